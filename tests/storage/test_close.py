"""撤档: every version of every original kept ≥ 10 years from the close date, then the hold lifted."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from minio.commonconfig import COMPLIANCE
from minio.error import S3Error
from sqlalchemy import select

from dangan.cli import main
from dangan.config import Settings
from dangan.errors import InvalidData, NotFound
from dangan.storage import objects
from dangan.storage.db import Document, Event, Household, household_by_archive_no, session_scope

ARCHIVE = "工业橡胶20130006"


def _seed(settings: Settings, tmp_path: Path, archive: str = ARCHIVE, files: int = 2) -> list[tuple[int, str, str]]:
    """A household with ``files`` originals in the store; returns (document id, key, version id)."""
    client = objects.get_client(settings)
    out = []
    with session_scope(settings) as s:
        household = Household(archive_no=archive, unit="工业橡胶", name="张三")
        s.add(household)
        s.flush()
        for i in range(files):
            path = tmp_path / f"{archive}-{i}.jpg"
            path.write_bytes(f"scan {archive} {i}".encode() * 100)
            digest = objects.sha256_file(path)
            key = f"originals/工业橡胶/{archive}/{digest}.jpg"
            version = objects.put_original(client, settings, key, path, "image/jpeg")
            doc = Document(sha256=digest, object_key=key, version_id=version, size=path.stat().st_size,
                           media_type="image/jpeg", original_name=path.name, household_id=household.id)
            s.add(doc)
            s.flush()
            out.append((doc.id, key, version))
    return out


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def test_close_sets_retention_on_every_version_and_releases_hold(s3_env: Settings, tmp_path: Path) -> None:
    docs = _seed(s3_env, tmp_path)
    client = objects.get_client(s3_env)
    bucket = s3_env.bucket("originals")
    # a second version of the first key (e.g. written by an older tool): it must be retained as well
    second = client.put_object(bucket, docs[0][1], io.BytesIO(b"v2"), 2, legal_hold=True).version_id
    close_date = datetime.now(UTC).date() - timedelta(days=30)
    until = objects.add_years(close_date, 10)

    result = objects.close_archive(ARCHIVE, close_date, "王会计", settings=s3_env)
    assert result["documents"] == 2 and result["versions"] == 3 and result["retain_until"] == until

    versions = [(key, v.version_id) for _, key, _ in docs for v in objects.list_versions(client, s3_env, key)]
    assert {v for _, v in versions} == {docs[0][2], docs[1][2], second}
    for key, version in versions:
        assert objects.get_retention(client, s3_env, key, version) == (COMPLIANCE, _midnight(until))
        assert not objects.legal_hold_enabled(client, s3_env, key, version)
        with pytest.raises(S3Error):  # retention alone now protects it
            client.remove_object(bucket, key, version_id=version)
        with pytest.raises(objects.RetentionRefused):  # and shortening later is refused by the server
            objects.set_retention(client, s3_env, key, version, until - timedelta(days=1))

    with session_scope(s3_env) as s:
        household = household_by_archive_no(s, ARCHIVE)
        assert household is not None
        assert (household.status, household.closed_on, household.retain_until) == ("closed", close_date, until)
        events = s.scalars(select(Event).where(Event.household_id == household.id).order_by(Event.id)).all()
        kinds = [e.event_type for e in events]
        assert kinds.count("retention-set") == 2 and kinds.count("hold-released") == 2
        assert kinds[-1] == "closed"
        assert max(i for i, k in enumerate(kinds) if k == "retention-set") < kinds.index("hold-released")
        assert {e.actor for e in events} == {"王会计"}
        assert events[-1].detail["retain_until"] == until.isoformat()

    # closing again on the same day is harmless; on another day it is refused
    objects.close_archive(ARCHIVE, close_date, "王会计", settings=s3_env)
    with pytest.raises(InvalidData):
        objects.close_archive(ARCHIVE, close_date - timedelta(days=1), "王会计", settings=s3_env)


def test_close_on_29_february(s3_env: Settings, tmp_path: Path) -> None:
    docs = _seed(s3_env, tmp_path, files=1)
    client = objects.get_client(s3_env)
    objects.close_archive(ARCHIVE, date(2024, 2, 29), "test", settings=s3_env)
    assert objects.get_retention(client, s3_env, docs[0][1], docs[0][2]) == (COMPLIANCE, _midnight(date(2034, 2, 28)))


def test_close_refuses_bad_input(s3_env: Settings, tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        objects.close_archive("不存在20990001", date(2024, 1, 1), "test", settings=s3_env)
    _seed(s3_env, tmp_path, files=1)
    with pytest.raises(InvalidData):
        objects.close_archive(ARCHIVE, datetime.now(UTC).date() + timedelta(days=2), "test", settings=s3_env)


def test_close_via_cli(s3_env: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = _seed(s3_env, tmp_path, files=1)
    assert main(["close", ARCHIVE, "--date", "2025-06-30", "--actor", "李审核"]) == 0
    assert "2035-06-30" in capsys.readouterr().out
    client = objects.get_client(s3_env)
    assert objects.get_retention(client, s3_env, docs[0][1], docs[0][2]) == (COMPLIANCE, _midnight(date(2035, 6, 30)))
    assert main(["close", ARCHIVE, "--date", "30/06/2025"]) == 2
    assert main(["close", "不存在20990001", "--date", "2025-06-30"]) == 7
    assert main(["close", ARCHIVE]) == 2  # --date is required
    err = capsys.readouterr().err
    assert "YYYY-MM-DD" in err


def test_close_long_ago_retention_already_over(s3_env: Settings, tmp_path: Path) -> None:
    """Closed in 2010: the ten years ended in 2020, S3 refuses past dates, so only the hold is lifted."""
    docs = _seed(s3_env, tmp_path, files=1)
    client = objects.get_client(s3_env)
    result = objects.close_archive(ARCHIVE, date(2010, 3, 1), "test", settings=s3_env)
    assert result["retain_until"] == date(2020, 3, 1)
    assert objects.get_retention(client, s3_env, docs[0][1], docs[0][2]) is None
    assert not objects.legal_hold_enabled(client, s3_env, docs[0][1], docs[0][2])
    with session_scope(s3_env) as s:
        ev = s.scalars(select(Event).where(Event.event_type == "retention-set")).one()
        assert ev.detail["skipped_expired"] is True
