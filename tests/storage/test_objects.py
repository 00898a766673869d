"""Object lock on originals, proven against the real SeaweedFS (no mocks)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from minio.commonconfig import COMPLIANCE
from minio.error import S3Error
from minio.retention import Retention

from dangan.config import Settings
from dangan.errors import InvalidData, NotFound, PermissionDenied, StoreNotSafe
from dangan.storage import objects


@pytest.fixture
def scan(tmp_path: Path) -> Path:
    path = tmp_path / "scan.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0 fake jpeg " + bytes(range(256)) * 40)
    return path


def _key(settings: Settings, path: Path, unit: str = "工业橡胶", archive: str = "工业橡胶20130006") -> str:
    return f"originals/{unit}/{archive}/{objects.sha256_file(path)}.jpg"


def test_buckets_exist_and_originals_locked(s3_env: Settings) -> None:
    client = objects.get_client(s3_env)
    for name in objects.BUCKETS:
        assert client.bucket_exists(s3_env.bucket(name))
    assert client.get_bucket_versioning(s3_env.bucket("originals")).status == "Enabled"
    assert objects.ensure_buckets(client, s3_env) == []  # idempotent


def test_originals_bucket_without_lock_is_not_safe(s3_env: Settings) -> None:
    import dataclasses

    client = objects.get_client(s3_env)
    other = dataclasses.replace(s3_env, bucket_prefix=s3_env.bucket_prefix + "nolock-")
    client.make_bucket(other.bucket("originals"))  # created by someone else, without object lock
    with pytest.raises(StoreNotSafe):
        objects.ensure_buckets(client, other)


def test_put_original_holds_and_never_overwrites(s3_env: Settings, scan: Path, tmp_path: Path) -> None:
    client = objects.get_client(s3_env)
    key = _key(s3_env, scan)
    version = objects.put_original(client, s3_env, key, scan, "image/jpeg")
    assert version
    assert objects.legal_hold_enabled(client, s3_env, key, version)
    stat = objects.stat_version(client, s3_env, key, version)
    assert stat.metadata is not None
    assert {k.lower(): v for k, v in stat.metadata.items()}["x-amz-meta-sha256"] == objects.sha256_file(scan)
    assert objects.get_bytes(client, s3_env, "originals", key, version) == scan.read_bytes()

    # same bytes again: the existing version, no new one
    assert objects.put_original(client, s3_env, key, scan, "image/jpeg") == version
    assert [v.version_id for v in objects.list_versions(client, s3_env, key)] == [version]

    # other bytes under the same key: refused, nothing written
    other = tmp_path / "other.jpg"
    other.write_bytes(b"something else")
    with pytest.raises(objects.OriginalExists):
        objects.put_original(client, s3_env, key, other, "image/jpeg")
    assert [v.version_id for v in objects.list_versions(client, s3_env, key)] == [version]


def test_chinese_keys_and_bad_keys(s3_env: Settings, scan: Path) -> None:
    client = objects.get_client(s3_env)
    key = _key(s3_env, scan, unit="富阳富春", archive="富阳富春20130125")
    objects.put_original(client, s3_env, key, scan, "image/jpeg")
    assert key in objects.list_keys(client, s3_env, "originals", "originals/富阳富春/")
    for bad in ("", "/abs", "a/../b", "a//b"):
        with pytest.raises(InvalidData):
            objects.put_original(client, s3_env, bad, scan, "image/jpeg")


def test_legal_hold_blocks_delete(s3_env: Settings, scan: Path) -> None:
    client = objects.get_client(s3_env)
    key = _key(s3_env, scan)
    version = objects.put_original(client, s3_env, key, scan, "image/jpeg")
    with pytest.raises(S3Error):
        client.remove_object(s3_env.bucket("originals"), key, version_id=version)
    assert objects.get_bytes(client, s3_env, "originals", key, version) == scan.read_bytes()


def test_locked_version_refuses_delete_overwrite_and_shortening(s3_env: Settings, scan: Path) -> None:
    client = objects.get_client(s3_env)
    bucket = s3_env.bucket("originals")
    key = _key(s3_env, scan)
    version = objects.put_original(client, s3_env, key, scan, "image/jpeg")
    until = date.today() + timedelta(days=3)
    objects.set_retention(client, s3_env, key, version, until)
    mode, kept = objects.get_retention(client, s3_env, key, version) or ("", datetime.min)
    assert mode == COMPLIANCE and kept == datetime(until.year, until.month, until.day, tzinfo=UTC)
    objects.release_legal_hold(client, s3_env, key, version)  # retention alone must hold from here

    with pytest.raises(S3Error):
        client.remove_object(bucket, key, version_id=version)

    # a PUT to the same key makes a new version; the locked one stays byte-identical
    new = client.put_object(bucket, key, io.BytesIO(b"tampered"), 8)
    assert new.version_id != version
    assert objects.get_bytes(client, s3_env, "originals", key, version) == scan.read_bytes()

    with pytest.raises(objects.RetentionRefused):
        objects.set_retention(client, s3_env, key, version, until - timedelta(days=1))
    with pytest.raises(S3Error):
        client.set_object_retention(bucket, key, Retention(COMPLIANCE, datetime.now(UTC) + timedelta(hours=1)),
                                    version_id=version)
    assert objects.get_retention(client, s3_env, key, version) == (COMPLIANCE, kept)
    objects.set_retention(client, s3_env, key, version, until)  # same date again: fine
    objects.set_retention(client, s3_env, key, version, until + timedelta(days=1))  # extending: fine


def test_helpers_for_working_buckets(s3_env: Settings, scan: Path, tmp_path: Path) -> None:
    client = objects.get_client(s3_env)
    objects.put_file(client, s3_env, "inbox", "工业橡胶/工业橡胶20130006/01_建档申请表.jpg", scan, "image/jpeg")
    objects.put_bytes(client, s3_env, "derived", "pages/1/p1.png", b"png", "image/png")
    assert objects.list_keys(client, s3_env, "inbox") == ["工业橡胶/工业橡胶20130006/01_建档申请表.jpg"]
    assert objects.exists(client, s3_env, "derived", "pages/1/p1.png")
    assert not objects.exists(client, s3_env, "derived", "pages/1/p2.png")
    objects.copy(client, s3_env, "inbox", "工业橡胶/工业橡胶20130006/01_建档申请表.jpg", "quarantine", "q/1.jpg")
    dest = objects.fetch_file(client, s3_env, "quarantine", "q/1.jpg", tmp_path / "back.jpg")
    assert dest.read_bytes() == scan.read_bytes()
    objects.remove(client, s3_env, "inbox", "工业橡胶/工业橡胶20130006/01_建档申请表.jpg")
    assert objects.list_keys(client, s3_env, "inbox") == []
    with pytest.raises(NotFound):
        objects.get_bytes(client, s3_env, "inbox", "missing")
    with pytest.raises(PermissionDenied):
        objects.remove(client, s3_env, "originals", "anything")
    with pytest.raises(PermissionDenied):
        objects.put_bytes(client, s3_env, "originals", "anything", b"x")
    with pytest.raises(PermissionDenied):
        objects.copy(client, s3_env, "derived", "pages/1/p1.png", "originals", "x")
    with pytest.raises(InvalidData):
        objects.put_bytes(client, s3_env, "nonsense", "k", b"x")


@pytest.mark.parametrize(
    ("day", "expected"),
    [(date(2024, 2, 29), date(2034, 2, 28)), (date(2026, 11, 23), date(2036, 11, 23)),
     (date(2028, 2, 29), date(2038, 2, 28)), (date(2023, 12, 31), date(2033, 12, 31))],
)
def test_add_years(day: date, expected: date) -> None:
    assert objects.add_years(day, 10) == expected


def test_selftest_passes_on_seaweedfs(s3_env: Settings) -> None:
    client = objects.get_client(s3_env)
    report = objects.selftest(client, s3_env)
    assert report.ok
    names = " ".join(c.name for c in report.checks)
    for word in ("delete", "shorten", "GOVERNANCE", "PUT to same key", "retention alone", "legal hold alone"):
        assert word in names
    assert len(report.checks) == 8


def test_selftest_refuses_a_store_without_lock(s3_env: Settings, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    import dataclasses

    from dangan.cli import main

    client = objects.get_client(s3_env)
    other = dataclasses.replace(s3_env, bucket_prefix=s3_env.bucket_prefix + "weak-")
    client.make_bucket(other.bucket("originals"))  # no object lock: must never be trusted
    with pytest.raises(StoreNotSafe) as info:
        objects.selftest(client, other)
    report = info.value.report  # type: ignore[attr-defined]
    assert not report.ok and report.checks[0].ok is False
    monkeypatch.setenv("DANGAN_BUCKET_PREFIX", other.bucket_prefix)
    assert main(["store", "selftest"]) == 5
    captured = capsys.readouterr()
    assert "FAILED" in captured.out and "对象锁定" in captured.err


def test_large_original_goes_multipart_and_stays_locked(s3_env: Settings, tmp_path: Path) -> None:
    import os

    big = tmp_path / "big.tif"
    big.write_bytes(os.urandom(12 * 1024 * 1024))  # above minio's 5 MiB part size: multipart upload
    client = objects.get_client(s3_env)
    key = f"unlinked/{objects.sha256_file(big)}.tif"
    version = objects.put_original(client, s3_env, key, big, "image/tiff")
    assert objects.legal_hold_enabled(client, s3_env, key, version)
    assert objects.get_bytes(client, s3_env, "originals", key, version) == big.read_bytes()
    with pytest.raises(S3Error):
        client.remove_object(s3_env.bucket("originals"), key, version_id=version)
