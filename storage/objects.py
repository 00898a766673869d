"""Object storage through the ``minio`` SDK: the embedded SeaweedFS here, MinIO in production.

Buckets (names through ``settings.bucket(name)``): ``inbox``, ``originals`` (object lock + versioning),
``derived``, ``quarantine``. Originals are written once, under a legal hold, and nothing in this module
deletes or overwrites an object in ``originals``: the only writes there are ``put_original`` (refuses an
existing key), retention (extend only; the *server* refuses shortening) and releasing the legal hold when
an archive is closed. ``selftest`` proves the server enforces all of this instead of trusting it.

Prefect tasks pass keys, not clients: ``get_client`` is cached per process and cheap to call.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import secrets
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import urllib3
from minio import Minio
from minio.commonconfig import COMPLIANCE, GOVERNANCE
from minio.datatypes import Object
from minio.error import S3Error
from minio.retention import Retention

from dangan.config import Settings, load_settings
from dangan.errors import (
    ConfigError,
    DanganError,
    ExitCode,
    InvalidData,
    NotFound,
    PermissionDenied,
    StoreNotSafe,
    StoreUnavailable,
)

BUCKETS = ("inbox", "originals", "derived", "quarantine")
ORIGINALS = "originals"
RETENTION_YEARS = 10  # 原始档案自撤档之日起至少保存十年 (湖南 第十五条, 001 第九条)
SELFTEST_RETENTION = timedelta(minutes=2)
SHA256_META = "sha256"
EMBEDDED_REGION = "us-east-1"
_CONNECT_TIMEOUT = 3.0
_READ_TIMEOUT = 120.0


class OriginalExists(DanganError):
    """An original with this key but other content is already stored: originals are never overwritten."""

    exit_code = ExitCode.invalid_data
    message = "原件已存在且内容不同，拒绝覆盖 (an original with this key exists; refusing to overwrite)"


class RetentionRefused(PermissionDenied):
    """The store refused a retention change (shortening, mode change, or a date in the past)."""

    message = "对象存储拒绝修改保留期 (the store refused the retention change)"


# -- client --------------------------------------------------------------------------------------


def _split_endpoint(endpoint: str, secure: bool) -> tuple[str, int]:
    if endpoint.startswith("["):  # [ipv6]:port
        host, _, rest = endpoint[1:].partition("]")
        return host, int(rest.lstrip(":") or (443 if secure else 80))
    host, _, port = endpoint.partition(":")
    return host, int(port) if port else (443 if secure else 80)


def _answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=_CONNECT_TIMEOUT):
            return True
    except OSError:
        return False


@lru_cache(maxsize=32)
def _client(endpoint: str, access: str, secret: str, secure: bool, region: str | None, _pid: int) -> Minio:
    """One client (and one connection pool) per endpoint, credentials and process."""
    http = urllib3.PoolManager(
        timeout=urllib3.Timeout(connect=_CONNECT_TIMEOUT, read=_READ_TIMEOUT),
        maxsize=16,
        retries=urllib3.Retry(total=3, backoff_factor=0.2, status_forcelist=[500, 502, 503, 504]),
    )
    return Minio(endpoint, access_key=access, secret_key=secret, secure=secure, region=region,
                 http_client=http)


_verified: set[tuple[str, str, str, bool]] = set()


def get_client(settings: Settings | None = None) -> Minio:
    """The S3 client for these settings: the embedded server, or DANGAN_S3_ENDPOINT (MinIO).

    Cheap after the first call in a process (cached client, one TCP probe). Raises StoreUnavailable
    when nothing answers or the credentials are refused.
    """
    import os

    settings = settings or load_settings()
    if settings.uses_embedded_store:
        from dangan.storage.weed import embedded_credentials

        endpoint, secure, region = settings.embedded_endpoint, False, EMBEDDED_REGION
        access, secret = embedded_credentials(settings)
    else:
        assert settings.s3_endpoint is not None
        endpoint, secure, region = settings.s3_endpoint, settings.s3_secure, None
        access, secret = settings.s3_access_key or "", settings.s3_secret_key or ""
        if not (access and secret):
            raise ConfigError("使用 DANGAN_S3_ENDPOINT 时须设置 DANGAN_S3_ACCESS_KEY 和 DANGAN_S3_SECRET_KEY")
    host, port = _split_endpoint(endpoint, secure)
    if not _answers(host, port):
        hint = "请先运行 `dangan up`" if settings.uses_embedded_store else "请检查 DANGAN_S3_ENDPOINT"
        raise StoreUnavailable(f"对象存储无法连接 {endpoint}：{hint} (object store not reachable)")
    client = _client(endpoint, access, secret, secure, region, os.getpid())
    key = (endpoint, access, secret, secure)
    if key not in _verified:
        with _s3_errors(f"连接 {endpoint}"):
            client.bucket_exists(settings.bucket(ORIGINALS))  # proves the credentials once per process
        _verified.add(key)
    return client


@contextlib.contextmanager
def _s3_errors(what: str) -> Iterator[None]:
    """Turn transport and common S3 errors into one-line DanganErrors."""
    try:
        yield
    except S3Error as exc:
        if exc.code in ("NoSuchKey", "NoSuchVersion", "NoSuchBucket", "ResourceNotFound"):
            raise NotFound(f"未找到 (not found): {what}: {exc.code}") from exc
        if exc.code in ("InvalidAccessKeyId", "SignatureDoesNotMatch"):
            raise StoreUnavailable(
                f"对象存储拒绝了凭据 (credentials refused: {exc.code})：请检查 DANGAN_S3_ACCESS_KEY/SECRET_KEY"
            ) from exc
        raise
    except (urllib3.exceptions.HTTPError, OSError) as exc:
        raise StoreUnavailable(f"对象存储无法连接 (object store not reachable): {what}: {exc}") from exc


def _bucket(settings: Settings, name: str) -> str:
    if name not in BUCKETS:
        raise InvalidData(f"未知的存储桶 (unknown bucket): {name}; one of {', '.join(BUCKETS)}")
    return settings.bucket(name)


def _check_key(key: str) -> str:
    if not key or key.startswith("/") or "\\" in key or any(p in ("", ".", "..") for p in key.split("/")):
        raise InvalidData(f"对象键不合法 (invalid object key): {key!r}")
    return key


# -- buckets -------------------------------------------------------------------------------------


def ensure_buckets(client: Minio, settings: Settings) -> list[str]:
    """Create the four buckets if missing (``originals`` with object lock, hence versioning).

    Returns the names created. Raises StoreNotSafe if ``originals`` exists without object lock:
    lock can only be switched on at creation, so such a bucket can never be trusted with originals.
    """
    created: list[str] = []
    for name in BUCKETS:
        bucket = settings.bucket(name)
        with _s3_errors(f"bucket {bucket}"):
            if not client.bucket_exists(bucket):
                try:
                    client.make_bucket(bucket, object_lock=(name == ORIGINALS))
                    created.append(bucket)
                except S3Error as exc:
                    if exc.code not in ("BucketAlreadyOwnedByYou", "BucketAlreadyExists"):
                        raise
    check_originals_bucket(client, settings)
    return created


def check_originals_bucket(client: Minio, settings: Settings) -> None:
    """Raise StoreNotSafe unless ``originals`` has object lock on and versioning enabled."""
    bucket = settings.bucket(ORIGINALS)
    with _s3_errors(f"bucket {bucket}"):
        try:
            client.get_object_lock_config(bucket)
        except S3Error as exc:
            if exc.code == "ObjectLockConfigurationNotFoundError":
                raise StoreNotSafe(
                    f"存储桶 {bucket} 未启用对象锁定 (bucket exists without object lock); 须新建存储桶"
                ) from exc
            raise
        status = client.get_bucket_versioning(bucket).status
    if status != "Enabled":
        raise StoreNotSafe(f"存储桶 {bucket} 未启用版本控制 (versioning is {status})")


# -- originals -----------------------------------------------------------------------------------


def sha256_file(path: Path | str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True)
class VersionInfo:
    key: str
    version_id: str
    is_latest: bool
    is_delete_marker: bool
    size: int | None
    last_modified: datetime | None
    etag: str | None


def list_versions(
    client: Minio, settings: Settings, key: str, *, bucket: str = ORIGINALS, include_delete_markers: bool = False
) -> list[VersionInfo]:
    """Every version of exactly this key, newest first."""
    name = _bucket(settings, bucket)
    out: list[VersionInfo] = []
    with _s3_errors(f"{name}/{key}"):
        for obj in client.list_objects(name, prefix=key, recursive=True, include_version=True):
            if obj.object_name != key or (obj.is_delete_marker and not include_delete_markers):
                continue
            out.append(
                VersionInfo(
                    key=key,
                    version_id=str(obj.version_id),
                    is_latest=str(obj.is_latest).lower() == "true",
                    is_delete_marker=bool(obj.is_delete_marker),
                    size=obj.size,
                    last_modified=obj.last_modified,
                    etag=obj.etag,
                )
            )
    out.sort(key=lambda v: v.last_modified or datetime.min.replace(tzinfo=UTC), reverse=True)
    return out


def _meta(stat: Object, name: str) -> str | None:
    meta = stat.metadata or {}
    for k, v in meta.items():
        if k.lower() == f"x-amz-meta-{name}":
            return str(v)
    return None


def stat_version(client: Minio, settings: Settings, key: str, version_id: str | None = None,
                 *, bucket: str = ORIGINALS) -> Object:
    name = _bucket(settings, bucket)
    with _s3_errors(f"{name}/{key}"):
        return client.stat_object(name, key, version_id=version_id)


def put_original(
    client: Minio,
    settings: Settings,
    key: str,
    data_path: Path | str,
    content_type: str,
    *,
    legal_hold: bool = True,
    sha256: str | None = None,
) -> str:
    """Store one original under object lock and return its version id.

    Never overwrites: if the key exists with the same SHA-256 (kept as object metadata) the existing
    version id is returned; if it exists with other content, OriginalExists is raised.
    """
    _check_key(key)
    data_path = Path(data_path)
    bucket = settings.bucket(ORIGINALS)
    digest = sha256 or sha256_file(data_path)
    size = data_path.stat().st_size
    existing = list_versions(client, settings, key)
    for version in reversed(existing):  # oldest first: the first stored copy is the original
        if _meta(stat_version(client, settings, key, version.version_id), SHA256_META) == digest:
            return version.version_id
    if existing:
        raise OriginalExists(f"原件已存在且内容不同，拒绝覆盖 (refusing to overwrite {key})")
    with _s3_errors(f"{bucket}/{key}"), open(data_path, "rb") as fh:
        result = client.put_object(
            bucket, key, fh, size, content_type=content_type, metadata={SHA256_META: digest},
            legal_hold=legal_hold,
        )
    version_id = result.version_id
    if not version_id:
        raise StoreNotSafe(f"存储未返回版本号 (no version id for {key}): versioning is not working")
    stat = stat_version(client, settings, key, version_id)
    if stat.size != size or _meta(stat, SHA256_META) != digest:
        raise StoreNotSafe(f"写入后校验失败 (stored object differs from the file): {key}")
    if legal_hold and not legal_hold_enabled(client, settings, key, version_id):
        raise StoreNotSafe(f"存储未保留法律保留标记 (legal hold not kept): {key}")
    return version_id


def legal_hold_enabled(client: Minio, settings: Settings, key: str, version_id: str) -> bool:
    bucket = settings.bucket(ORIGINALS)
    with _s3_errors(f"{bucket}/{key}"):
        return bool(client.is_object_legal_hold_enabled(bucket, key, version_id=version_id))


def get_retention(client: Minio, settings: Settings, key: str, version_id: str) -> tuple[str, datetime] | None:
    """(mode, retain-until) of one version, or None when it has no retention."""
    bucket = settings.bucket(ORIGINALS)
    with _s3_errors(f"{bucket}/{key}"):
        try:
            ret = client.get_object_retention(bucket, key, version_id=version_id)
        except S3Error as exc:
            if exc.code in ("NoSuchObjectLockConfiguration", "ObjectLockConfigurationNotFoundError"):
                return None
            raise
    if ret is None or not ret.mode or ret.retain_until_date is None:
        return None
    return str(ret.mode), ret.retain_until_date


def _until_datetime(until: date) -> datetime:
    return datetime.combine(until, time(0, 0), tzinfo=UTC)


def set_retention(client: Minio, settings: Settings, key: str, version_id: str, until: date) -> None:
    """COMPLIANCE retention until 00:00 UTC of ``until``. Shortening is refused by the server
    (raised here as RetentionRefused); setting the same date again is a no-op."""
    bucket = settings.bucket(ORIGINALS)
    target = _until_datetime(until)
    current = get_retention(client, settings, key, version_id)
    if current is not None and current[0] == COMPLIANCE and current[1] == target:
        return
    with _s3_errors(f"{bucket}/{key}"):
        try:
            client.set_object_retention(bucket, key, Retention(COMPLIANCE, target), version_id=version_id)
        except S3Error as exc:
            if exc.code in ("AccessDenied", "InvalidRequest", "InvalidArgument", "ObjectLocked"):
                now = current[1].date().isoformat() if current else "none"
                raise RetentionRefused(
                    f"对象存储拒绝将保留期设为 {until.isoformat()} (the store refused retention until "
                    f"{until.isoformat()}; current: {now}; {exc.code}): {key}"
                ) from exc
            raise


def release_legal_hold(client: Minio, settings: Settings, key: str, version_id: str) -> None:
    """Lift the legal hold of one version (retention, if any, still protects it)."""
    bucket = settings.bucket(ORIGINALS)
    with _s3_errors(f"{bucket}/{key}"):
        client.disable_object_legal_hold(bucket, key, version_id=version_id)


def add_years(day: date, years: int) -> date:
    """Same day ``years`` later; 29 February becomes 28 February (hand-written: no dateutil needed)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def close_archive(
    archive_no: str,
    close_date: date,
    actor: str,
    *,
    settings: Settings | None = None,
    client: Minio | None = None,
) -> dict[str, Any]:
    """撤档: keep every original of the household ≥ 10 years from ``close_date``, then lift the hold.

    For every version of every document's object: COMPLIANCE retention until close_date + 10 years,
    then release the legal hold. The household becomes ``closed``; events ``retention-set``,
    ``hold-released`` (per document) and ``closed`` are recorded with ``actor``.
    """
    from sqlalchemy import select

    from dangan.storage.db import Document, household_by_archive_no, record_event, session_scope

    settings = settings or load_settings()
    today = datetime.now(UTC).date()
    if close_date > today:
        raise InvalidData(f"撤档日期不能晚于今天 (close date {close_date.isoformat()} is in the future)")
    until = add_years(close_date, RETENTION_YEARS)
    expired = until <= today  # retention already over: S3 refuses a past date, and nothing is owed
    with session_scope(settings) as session:
        household = household_by_archive_no(session, archive_no)
        if household is None:
            raise NotFound(f"未找到档案 (no archive) {archive_no}")
        if household.status == "closed" and household.closed_on not in (None, close_date):
            raise InvalidData(
                f"档案 {archive_no} 已于 {household.closed_on} 撤档 (already closed on {household.closed_on})"
            )
        docs = session.scalars(
            select(Document).where(Document.household_id == household.id).order_by(Document.id)
        ).all()
        client = client or get_client(settings)
        plan: list[tuple[Any, list[VersionInfo]]] = []
        for doc in docs:
            versions = list_versions(client, settings, doc.object_key)
            if not versions:
                raise NotFound(f"原件不在对象存储中 (original missing from the store): {doc.object_key}")
            plan.append((doc, versions))
        for doc, versions in plan:  # first retention on everything, only then lift the holds
            if not expired:
                for v in versions:
                    set_retention(client, settings, doc.object_key, v.version_id, until)
            record_event(
                session, "retention-set", actor=actor, document_id=doc.id, household_id=household.id,
                object_key=doc.object_key, mode=COMPLIANCE, retain_until=until.isoformat(),
                versions=[v.version_id for v in versions], skipped_expired=expired,
            )
        for doc, versions in plan:
            for v in versions:
                release_legal_hold(client, settings, doc.object_key, v.version_id)
            record_event(
                session, "hold-released", actor=actor, document_id=doc.id, household_id=household.id,
                object_key=doc.object_key, versions=[v.version_id for v in versions],
            )
        household.status = "closed"
        household.closed_on = close_date
        household.retain_until = until
        record_event(
            session, "closed", actor=actor, household_id=household.id, archive_no=archive_no,
            closed_on=close_date.isoformat(), retain_until=until.isoformat(), documents=len(plan),
        )
        return {
            "archive_no": archive_no,
            "closed_on": close_date,
            "retain_until": until,
            "documents": len(plan),
            "versions": sum(len(v) for _, v in plan),
        }


# -- selftest ------------------------------------------------------------------------------------


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


@dataclass
class SelftestReport:
    endpoint: str
    bucket: str
    key: str
    version_id: str | None = None
    checks: list[Check] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def add(self, name: str, ok: bool, detail: str) -> None:
        self.checks.append(Check(name, ok, detail))


def _refused(action: Any) -> tuple[bool, str]:
    """Run a forbidden action; (True, error code) when the server refused it."""
    try:
        action()
    except S3Error as exc:
        return True, f"refused: {exc.code}"
    return False, "ACCEPTED"


def selftest(client: Minio, settings: Settings) -> SelftestReport:
    """Prove, on a canary in ``originals``, that the store enforces object lock.

    Raises StoreNotSafe (with ``.report``) if the server accepts deleting a locked version, destroys it
    on a PUT to the same key, shortens or weakens COMPLIANCE retention, or lets a legal hold be ignored.
    """
    bucket = settings.bucket(ORIGINALS)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    key = f"selftest/{stamp}-{secrets.token_hex(4)}.txt"
    endpoint = settings.embedded_endpoint if settings.uses_embedded_store else str(settings.s3_endpoint)
    report = SelftestReport(endpoint=endpoint, bucket=bucket, key=key)
    failed: list[str] = []

    def check(name: str, ok: bool, detail: str, accepted: str | None = None) -> None:
        report.add(name, ok, detail)
        if not ok and accepted:
            failed.append(accepted)

    def finish() -> SelftestReport:
        if failed:
            exc = StoreNotSafe(
                f"对象存储接受了{failed[0]}，未强制执行对象锁定 (the store accepted {failed[0]}: "
                "it does not enforce object lock)"
            )
            exc.report = report  # type: ignore[attr-defined]
            raise exc
        return report

    try:
        check_originals_bucket(client, settings)
        check("对象锁定与版本控制 (object lock + versioning on originals)", True, "enabled")
    except StoreNotSafe as exc:
        check("对象锁定与版本控制 (object lock + versioning on originals)", False, str(exc), "a bucket without lock")
        return finish()

    body = f"dangan selftest canary {stamp} {secrets.token_hex(16)}\n".encode()
    until = (datetime.now(UTC) + SELFTEST_RETENTION).replace(microsecond=0)
    with _s3_errors(f"{bucket}/{key}"):
        try:
            put = client.put_object(
                bucket, key, io.BytesIO(body), len(body), content_type="text/plain",
                retention=Retention(COMPLIANCE, until), legal_hold=True,
            )
        except S3Error as exc:
            check("写入带锁的金丝雀 (write locked canary)", False, f"{exc.code}", "no locked writes")
            return finish()
    v1 = put.version_id
    report.version_id = v1
    if not v1:
        check("写入带锁的金丝雀 (write locked canary)", False, "no version id", "a write without a version")
        return finish()
    ret = get_retention(client, settings, key, v1)
    hold = legal_hold_enabled(client, settings, key, v1)
    kept = ret is not None and ret[0] == COMPLIANCE and abs((ret[1] - until).total_seconds()) < 2 and hold
    check("写入带锁的金丝雀 (write canary: COMPLIANCE + legal hold)", kept,
          f"version {v1}, retention {ret[1].isoformat() if ret else None}, hold {hold}",
          "lock settings it does not keep")

    ok, detail = _refused(lambda: client.remove_object(bucket, key, version_id=v1))
    check("删除锁定版本被拒绝 (delete locked version refused)", ok, detail, "deleting a locked version")
    if not ok:
        return finish()  # the canary is gone: nothing left to test on

    ok, detail = _refused(lambda: client.set_object_retention(
        bucket, key, Retention(COMPLIANCE, until - timedelta(seconds=60)), version_id=v1))
    after = get_retention(client, settings, key, v1)
    if ok and (after is None or ret is None or after[1] != ret[1]):
        ok, detail = False, f"{detail}, but retention is now {after[1].isoformat() if after else None}"
    check("缩短保留期被拒绝 (shorten COMPLIANCE retention refused)", ok, detail, "shortening retention")

    ok, detail = _refused(lambda: client.set_object_retention(
        bucket, key, Retention(GOVERNANCE, until + timedelta(seconds=60)), version_id=v1))
    check("改为 GOVERNANCE 被拒绝 (switch to GOVERNANCE refused)", ok, detail, "weakening COMPLIANCE")

    other = b"overwrite attempt " + secrets.token_bytes(8)
    with _s3_errors(f"{bucket}/{key}"):
        try:
            put2 = client.put_object(bucket, key, io.BytesIO(other), len(other))
            v2: str | None = put2.version_id
            detail = f"new version {v2}"
        except S3Error as exc:
            v2, detail = None, f"refused: {exc.code}"
        try:
            resp = client.get_object(bucket, key, version_id=v1)
            try:
                same = resp.read() == body
            finally:
                resp.close()
                resp.release_conn()
        except S3Error as exc:
            same, detail = False, f"{detail}; old version unreadable: {exc.code}"
    ok = same and v2 != v1
    check("覆盖写入不破坏锁定版本 (PUT to same key keeps locked version byte-identical)", ok,
          detail + ("; old version intact" if same else "; old version changed"), "overwriting a locked version")

    release_legal_hold(client, settings, key, v1)
    ok, detail = _refused(lambda: client.remove_object(bucket, key, version_id=v1))
    check("仅保留期也阻止删除 (retention alone blocks delete)", ok, detail, "deleting a version under retention")

    key2 = key.replace(".txt", "-hold.txt")
    with _s3_errors(f"{bucket}/{key2}"):
        put3 = client.put_object(bucket, key2, io.BytesIO(body), len(body), legal_hold=True)
    v3 = put3.version_id
    ok, detail = _refused(lambda: client.remove_object(bucket, key2, version_id=v3))
    check("仅法律保留也阻止删除 (legal hold alone blocks delete)", ok, detail, "deleting a version under legal hold")
    if ok and v3:
        release_legal_hold(client, settings, key2, v3)
    return finish()


# -- inbox / derived / quarantine helpers --------------------------------------------------------


def _writable(settings: Settings, bucket: str) -> str:
    if bucket == ORIGINALS:
        raise PermissionDenied("原件只能通过 put_original 写入 (originals are written by put_original only)")
    return _bucket(settings, bucket)


def put_file(client: Minio, settings: Settings, bucket: str, key: str, path: Path | str,
             content_type: str = "application/octet-stream", metadata: dict[str, str] | None = None) -> None:
    """Upload a file to inbox, derived or quarantine (never originals)."""
    name = _writable(settings, bucket)
    _check_key(key)
    with _s3_errors(f"{name}/{key}"):
        client.fput_object(name, key, str(path), content_type=content_type, metadata=metadata)  # type: ignore[arg-type]


def put_bytes(client: Minio, settings: Settings, bucket: str, key: str, data: bytes,
              content_type: str = "application/octet-stream", metadata: dict[str, str] | None = None) -> None:
    """Upload bytes to inbox, derived or quarantine (never originals)."""
    name = _writable(settings, bucket)
    _check_key(key)
    with _s3_errors(f"{name}/{key}"):
        client.put_object(name, key, io.BytesIO(data), len(data), content_type=content_type,
                          metadata=metadata)  # type: ignore[arg-type]


def get_bytes(client: Minio, settings: Settings, bucket: str, key: str, version_id: str | None = None) -> bytes:
    """Read a whole object (any bucket, originals included)."""
    name = _bucket(settings, bucket)
    with _s3_errors(f"{name}/{key}"):
        resp = client.get_object(name, key, version_id=version_id)
        try:
            return resp.read()
        finally:
            resp.close()
            resp.release_conn()


def fetch_file(client: Minio, settings: Settings, bucket: str, key: str, dest: Path | str,
               version_id: str | None = None) -> Path:
    """Download an object (any bucket) to ``dest``."""
    name = _bucket(settings, bucket)
    with _s3_errors(f"{name}/{key}"):
        client.fget_object(name, key, str(dest), version_id=version_id)
    return Path(dest)


def exists(client: Minio, settings: Settings, bucket: str, key: str) -> bool:
    try:
        stat_version(client, settings, key, bucket=bucket)
    except NotFound:
        return False
    return True


def list_keys(client: Minio, settings: Settings, bucket: str, prefix: str = "", *,
              recursive: bool = True) -> list[str]:
    """Object keys under ``prefix`` (any bucket), sorted."""
    name = _bucket(settings, bucket)
    with _s3_errors(name):
        return sorted(
            str(o.object_name) for o in client.list_objects(name, prefix=prefix or None, recursive=recursive)
            if o.object_name is not None
        )


def remove(client: Minio, settings: Settings, bucket: str, key: str) -> None:
    """Delete from inbox, derived or quarantine. Refuses ``originals``."""
    name = _writable(settings, bucket)
    with _s3_errors(f"{name}/{key}"):
        client.remove_object(name, key)


def copy(client: Minio, settings: Settings, src_bucket: str, src_key: str, dst_bucket: str, dst_key: str) -> None:
    """Server-side copy (e.g. inbox → quarantine). The destination may not be ``originals``."""
    from minio.commonconfig import CopySource

    src = _bucket(settings, src_bucket)
    dst = _writable(settings, dst_bucket)
    _check_key(dst_key)
    with _s3_errors(f"{src}/{src_key} → {dst}/{dst_key}"):
        client.copy_object(dst, dst_key, CopySource(src, src_key))
