"""The ingest flow against the real SeaweedFS, the real database (SQLite and PostgreSQL) and Prefect."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

import pytest
from minio.error import S3Error
from sqlalchemy import func, select

from dangan.config import Settings, load_settings
from dangan.flows import ingest as ing
from dangan.storage import db, objects

from .conftest import ARCHIVE, UNIT, Drop, household_key, inbox_keys, sample_bytes


def _events(document_id: int | None = None, event_type: str | None = None) -> list[db.Event]:
    with db.session_scope(load_settings()) as session:
        q = select(db.Event).order_by(db.Event.id)
        if document_id is not None:
            q = q.where(db.Event.document_id == document_id)
        if event_type is not None:
            q = q.where(db.Event.event_type == event_type)
        return list(session.scalars(q))


def _count(model: type) -> int:
    with db.session_scope(load_settings()) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _versions(settings: Settings, key: str) -> list[objects.VersionInfo]:
    return objects.list_versions(objects.get_client(settings), settings, key, include_delete_markers=True)


@pytest.mark.xdist_group("prefect")  # one worker starts the Prefect test server
def test_dropped_file_becomes_one_locked_original(
    s3_env: Settings, database_url: str, monkeypatch: pytest.MonkeyPatch, drop: Drop, prefect_harness: None
) -> None:
    monkeypatch.setenv("DANGAN_DATABASE_URL", database_url)
    data = sample_bytes("ok.pdf")
    key = drop(household_key("01_建档申请表.pdf"), data)

    result = ing.ingest_document(key, actor="张三")

    sha = hashlib.sha256(data).hexdigest()
    assert result["status"] == "stored"
    assert result["sha256"] == sha
    assert result["sm3"] == hashlib.new("sm3", data).hexdigest()
    assert result["object_key"] == f"originals/{UNIT}/{ARCHIVE}/{sha}.pdf"
    # exactly one original, byte-identical, under legal hold; deleting it is refused
    client = objects.get_client(s3_env)
    versions = _versions(s3_env, result["object_key"])
    assert [v.version_id for v in versions] == [result["version_id"]]
    assert objects.get_bytes(client, s3_env, "originals", result["object_key"], result["version_id"]) == data
    assert objects.legal_hold_enabled(client, s3_env, result["object_key"], result["version_id"])
    with pytest.raises(S3Error):
        client.remove_object(s3_env.bucket("originals"), result["object_key"], version_id=result["version_id"])
    assert objects.get_bytes(client, s3_env, "originals", result["object_key"], result["version_id"]) == data
    # the inbox is empty only now
    assert inbox_keys(s3_env) == []
    # one Document, linked to its household
    with db.session_scope(load_settings()) as session:
        doc = session.scalars(select(db.Document)).one()
        assert (doc.sha256, doc.size, doc.media_type, doc.pages, doc.version_id) == (
            sha, len(data), "application/pdf", 2, result["version_id"])
        hh = session.get(db.Household, doc.household_id)
        assert hh is not None and (hh.archive_no, hh.unit) == (ARCHIVE, UNIT)
        assert doc.original_name == "01_建档申请表.pdf" and doc.inbox_key == key
    events = _events(result["document_id"])
    assert [e.event_type for e in events] == ["ingested", "hashed", "stored", "held"]
    assert {e.actor for e in events} == {"张三"}
    assert all(e.at is not None for e in events)
    hashed = events[1].detail
    assert (hashed["sha256"], hashed["sm3"], hashed["size"]) == (sha, result["sm3"], len(data))
    assert events[2].detail["version_id"] == result["version_id"]
    assert events[3].detail["legal_hold"] == "ON"


def test_second_drop_of_same_bytes_is_a_duplicate(s3_env: Settings, drop: Drop) -> None:
    data = sample_bytes("ok.png")
    first = ing.run_ingest(drop(household_key("scan.png"), data))
    # same bytes, other name, other household: still the same document
    second = ing.run_ingest(drop(household_key("copy.png", archive="工业橡胶20130007"), data))
    assert first["status"] == "stored"
    assert second["status"] == "duplicate" and second["document_id"] == first["document_id"]
    assert _count(db.Document) == 1
    assert len(_versions(s3_env, first["object_key"])) == 1
    assert objects.list_keys(objects.get_client(s3_env), s3_env, "originals") == [first["object_key"]]
    assert inbox_keys(s3_env) == []
    dup = _events(event_type="duplicate")
    assert len(dup) == 1 and dup[0].document_id == first["document_id"]
    assert dup[0].detail["inbox_key"].endswith("copy.png")


@pytest.mark.xdist_group("prefect")  # one worker starts the Prefect test server
def test_crash_after_storing_the_original_then_rerun(s3_env: Settings, drop: Drop, prefect_harness: None) -> None:
    """Simulate a kill between the S3 write and the DB row: the re-run loses and duplicates nothing."""
    data = sample_bytes("ok.jpg")
    key = drop(household_key("02_收入证明.jpg"), data)
    with tempfile.TemporaryDirectory() as workdir:  # the steps, by hand, up to the original
        fetched = ing.download_step(key, workdir)
        digests = ing.hash_step(fetched["path"])
        checks = ing.check_step(fetched["path"], key)
        okey = ing.original_key(key, digests["sha256"], checks["ext"])
        v1 = ing.store_original_step(fetched["path"], okey, checks["media_type"], digests["sha256"])
    # ... killed here: original stored, no Document, inbox object still there
    assert _count(db.Document) == 0 and inbox_keys(s3_env) == [key]

    result = ing.ingest_document(key)
    again = ing.ingest_document(key)  # and once more, after success: the object is gone

    assert result["status"] == "stored" and result["version_id"] == v1 and result["object_key"] == okey
    assert again["status"] == "missing"
    assert [v.version_id for v in _versions(s3_env, okey)] == [v1]
    assert _count(db.Document) == 1
    assert [e.event_type for e in _events(result["document_id"])] == ["ingested", "hashed", "stored", "held"]
    assert inbox_keys(s3_env) == []


def test_rerun_of_a_finished_drop_dropped_again_is_duplicate(s3_env: Settings, drop: Drop) -> None:
    data = sample_bytes("ok.tif")
    key = household_key("03.tif")
    first = ing.run_ingest(drop(key, data))
    second = ing.run_ingest(drop(key, data))
    assert (first["status"], second["status"]) == ("stored", "duplicate")
    assert _count(db.Document) == 1 and len(_versions(s3_env, first["object_key"])) == 1


def test_unlinked_key_is_kept_without_household(s3_env: Settings, drop: Drop) -> None:
    data = sample_bytes("ok.png")
    result = ing.run_ingest(drop("loose-scan.png", data))
    assert result["status"] == "stored"
    assert result["object_key"] == f"unlinked/{hashlib.sha256(data).hexdigest()}.png"
    assert result["household_id"] is None and _count(db.Household) == 0
    ingested = _events(result["document_id"], "ingested")[0]
    assert ingested.detail["linked"] is False


def test_bad_file_goes_to_quarantine_byte_for_byte(
    s3_env: Settings, drop: Drop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    data = sample_bytes("encrypted.pdf")
    key = drop(household_key("04_诊断证明.pdf"), data)
    result = ing.run_ingest(key, actor="李四")
    assert list(scratch.iterdir()) == []  # the downloaded copy is gone
    assert result["status"] == "quarantined" and "已加密" in result["reason"]
    client = objects.get_client(s3_env)
    assert objects.get_bytes(client, s3_env, "quarantine", result["quarantine_key"]) == data
    assert result["quarantine_key"].endswith(key)
    assert inbox_keys(s3_env) == [] and _count(db.Document) == 0
    with db.session_scope(load_settings()) as session:
        entry = session.scalars(select(db.QuarantineEntry)).one()
        assert entry.inbox_key == key and "已加密" in entry.reason
        assert entry.sha256 == hashlib.sha256(data).hexdigest() and entry.size == len(data)
    ev = _events(event_type="quarantined")
    assert len(ev) == 1 and ev[0].actor == "李四" and ev[0].outcome == "failure"


def test_key_with_dot_dot_is_refused(s3_env: Settings) -> None:
    """S3 servers refuse to store such keys at all; a caller handing one over still gets an entry."""
    result = ing.run_ingest(f"{UNIT}/../{ARCHIVE}/x.pdf")
    assert result["status"] == "quarantined" and ".." in result["reason"]
    assert result["bytes_copied"] is False
    assert ".." not in result["quarantine_key"].split("/")
    with db.session_scope(load_settings()) as session:
        assert session.scalars(select(db.QuarantineEntry)).one().inbox_key == f"{UNIT}/../{ARCHIVE}/x.pdf"
