"""Ingest one object from the inbox bucket: checks, hashes, a locked original, a Document row, events.

Order matters, so that a crash at any point loses nothing and duplicates nothing when run again:

1. download the inbox object to a private temp dir (always removed);
2. intake checks (``intake_checks``) — a refusal sends the bytes to the quarantine bucket;
3. SHA-256 and SM3; a known SHA-256 is a duplicate: event, inbox object removed, nothing stored;
4. store the original under a key *derived from the hash* with a legal hold (``put_original`` is
   idempotent for the same bytes, so a re-run after a crash finds the original already there);
5. one transaction: household, Document (unique on sha256), events ingested/hashed/stored/held;
6. only then remove the inbox object (and only if it is still the object we read).

Tasks pass keys, ids and local paths of this run's temp dir, never clients. Only tasks that talk to
the store or the database retry, and only on a transient failure (``flows.retry``); checks are
deterministic and retrying them would only delay the quarantine.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from prefect import Task, task
from prefect.cache_policies import NO_CACHE
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from dangan.config import Settings, load_settings
from dangan.errors import NotFound, RejectedFile
from dangan.flows import locks
from dangan.flows.flowdef import flow
from dangan.flows.intake_checks import (
    DEFAULT_LIMITS,
    check_file,
    hash_file,
    parse_inbox_key,
    safe_key_fragment,
)
from dangan.flows.retry import IO_TASK_OPTIONS
from dangan.storage import db, objects

P = ParamSpec("P")
R = TypeVar("R")

ORIGINALS_PREFIX = "originals"
UNLINKED_PREFIX = "unlinked"

# --- the store, once per process --------------------------------------------------------------------


@lru_cache(maxsize=8)
def _client_for(settings: Settings, _pid: int) -> Any:
    """One minio client per settings and process, with the buckets ensured once (not per document)."""
    client = objects.get_client(settings)
    objects.ensure_buckets(client, settings)
    return client


def store(settings: Settings | None = None) -> tuple[Any, Settings]:
    """(client, settings) for this process; tasks call it instead of receiving a client."""
    settings = settings or load_settings()
    return _client_for(settings, os.getpid()), settings


def is_missing(exc: BaseException) -> bool:
    """The store answered that the object (or that version of it) is not there: not an outage."""
    return isinstance(exc, NotFound) or getattr(exc, "code", None) in ("NoSuchKey", "NoSuchVersion")


def _task(fn: Callable[P, R], name: str, *, io: bool = False) -> Task[P, R]:
    """A Prefect task around a plain step; only I/O retries (``flows.retry``: checks would fail the same way)."""
    if io:
        return task(name=name, **IO_TASK_OPTIONS)(fn)
    return task(name=name, cache_policy=NO_CACHE, persist_result=False)(fn)


def original_key(inbox_key: str, sha256: str, ext: str) -> str:
    """The original's key: a function of the bytes (and the household), so re-runs find it again."""
    parsed = parse_inbox_key(inbox_key)
    if parsed.linked:
        return f"{ORIGINALS_PREFIX}/{parsed.unit}/{parsed.archive_no}/{sha256}.{ext}"
    return f"{UNLINKED_PREFIX}/{sha256}.{ext}"


def quarantine_key(inbox_key: str, at: datetime | None = None) -> str:
    at = at or datetime.now(UTC)
    return f"{at:%Y%m%dT%H%M%S%fZ}/{safe_key_fragment(inbox_key)}"


# --- steps (plain functions; the flow wraps each in a Prefect task) ----------------------------------


def download_step(inbox_key: str, workdir: str) -> dict[str, Any]:
    """Copy the inbox object into ``workdir``; returns its local path, size and ETag (or ``missing``)."""
    client, settings = store()
    path = Path(workdir) / "object.bin"
    try:
        resp = client.get_object(settings.bucket("inbox"), inbox_key)
    except Exception as exc:
        if is_missing(exc):
            return {"missing": True}
        raise
    try:
        etag = (resp.headers.get("ETag") or "").strip('"')
        size = 0
        with open(path, "wb") as fh:
            for chunk in resp.stream(1024 * 1024):
                fh.write(chunk)
                size += len(chunk)
    finally:
        resp.close()
        resp.release_conn()
    return {"path": str(path), "size": size, "etag": etag}


def check_step(path: str, inbox_key: str) -> dict[str, Any]:
    """Run the intake checks on the downloaded copy.

    A refusal is a normal outcome, not a failed task: it comes back as ``{"rejected": reason}`` so
    Prefect does not log a traceback for every bad scan.
    """
    try:
        parsed = parse_inbox_key(inbox_key)
        result = check_file(Path(path), parsed.filename, DEFAULT_LIMITS)
    except RejectedFile as exc:
        return {"rejected": exc.reason}
    return {"ext": result.ext, **result.as_detail()}


def hash_step(path: str) -> dict[str, Any]:
    d = hash_file(Path(path))
    return {"sha256": d.sha256, "sm3": d.sm3, "size": d.size}


def find_document_step(sha256: str) -> int | None:
    """The id of the Document already holding these bytes, if any."""
    with db.session_scope(load_settings()) as session:
        return session.scalar(select(db.Document.id).where(db.Document.sha256 == sha256))


def store_original_step(path: str, key: str, media_type: str, sha256: str) -> str:
    """Put the original with a legal hold; idempotent for the same bytes at the same key."""
    client, settings = store()
    return objects.put_original(client, settings, key, Path(path), media_type, legal_hold=True, sha256=sha256)


def record_document_step(
    inbox_key: str, actor: str, key: str, version_id: str | None, digests: dict[str, Any], checks: dict[str, Any]
) -> dict[str, Any]:
    """One transaction: household, Document and its four events. A unique-sha256 race ends as duplicate."""
    settings = load_settings()
    parsed = parse_inbox_key(inbox_key)
    try:
        with db.session_scope(settings) as session:
            household_id = _household_id(session, parsed.unit, parsed.archive_no, actor) if parsed.linked else None
            doc = db.Document(
                sha256=digests["sha256"],
                sm3=digests["sm3"],
                object_key=key,
                version_id=version_id,
                size=digests["size"],
                media_type=checks["media_type"],
                original_name=parsed.filename,
                inbox_key=inbox_key,
                unit=parsed.unit,
                household_id=household_id,
                pages=checks.get("pages"),
                status="stored",
            )
            session.add(doc)
            session.flush()
            common = {"actor": actor, "document_id": doc.id, "household_id": household_id, "object_key": key}
            db.record_event(
                session,
                "ingested",
                **common,
                inbox_key=inbox_key,
                original_name=parsed.filename,
                unit=parsed.unit,
                archive_no=parsed.archive_no,
                linked=parsed.linked,
                **{k: v for k, v in checks.items() if k != "ext"},
            )
            db.record_event(session, "hashed", **common, sha256=digests["sha256"], sm3=digests["sm3"],
                            size=digests["size"])
            db.record_event(session, "stored", **common, bucket=settings.bucket("originals"), version_id=version_id,
                            sha256=digests["sha256"], size=digests["size"])
            db.record_event(session, "held", **common, legal_hold="ON", version_id=version_id,
                            sha256=digests["sha256"])
            return {"document_id": doc.id, "household_id": household_id, "created": True}
    except IntegrityError:
        # Another run stored the same bytes between our lookup and our insert: theirs is the one.
        existing = find_document_step(digests["sha256"])
        if existing is None:
            raise
        return {"document_id": existing, "household_id": None, "created": False}


def _household_id(session: Any, unit: str | None, archive_no: str | None, actor: str) -> int:
    """Find or create the household (一户一档: one per 职工编号); tolerant of a concurrent insert."""
    assert archive_no is not None
    found = db.household_by_archive_no(session, archive_no)
    if found is not None:
        return found.id
    try:
        with session.begin_nested():
            hh = db.Household(archive_no=archive_no, unit=unit)
            session.add(hh)
            session.flush()
    except IntegrityError:
        found = db.household_by_archive_no(session, archive_no)
        assert found is not None
        return found.id
    return hh.id


def record_duplicate_step(inbox_key: str, actor: str, document_id: int, digests: dict[str, Any]) -> None:
    parsed = parse_inbox_key(inbox_key)
    with db.session_scope(load_settings()) as session:
        doc = session.get(db.Document, document_id)
        db.record_event(
            session,
            "duplicate",
            actor=actor,
            document_id=document_id,
            household_id=doc.household_id if doc else None,
            object_key=doc.object_key if doc else None,
            inbox_key=inbox_key,
            sha256=digests["sha256"],
            sm3=digests["sm3"],
            size=digests["size"],
            dropped_unit=parsed.unit,
            dropped_archive_no=parsed.archive_no,
            note="同一文件已入库，未重复保存 (same bytes already stored; no second original)",
        )


def remove_inbox_step(inbox_key: str, etag: str | None) -> bool:
    """Remove the inbox object, unless it was replaced since we read it (then it is a new drop)."""
    client, settings = store()
    try:
        st = objects.stat_version(client, settings, inbox_key, bucket="inbox")
    except NotFound:
        return False
    if etag and (st.etag or "").strip('"') != etag:
        return False
    objects.remove(client, settings, "inbox", inbox_key)
    return True


def quarantine_bytes_step(inbox_key: str, qkey: str, local_path: str | None) -> bool:
    """Copy the bytes to the quarantine bucket: the very bytes we checked when we have them, else a
    server-side copy of the inbox object. False when there is nothing to copy."""
    client, settings = store()
    if local_path and Path(local_path).exists():
        objects.put_file(client, settings, "quarantine", qkey, local_path)
        return True
    try:
        objects.copy(client, settings, "inbox", inbox_key, "quarantine", qkey)
        return True
    except (ValueError, NotFound):
        return False  # gone, or a key the S3 client refuses outright (e.g. "..")


def record_quarantine_step(
    inbox_key: str, actor: str, qkey: str, reason: str, copied: bool, digests: dict[str, Any] | None
) -> int:
    with db.session_scope(load_settings()) as session:
        entry = db.QuarantineEntry(
            inbox_key=inbox_key,
            quarantine_key=qkey,
            reason=reason,
            sha256=(digests or {}).get("sha256"),
            size=(digests or {}).get("size"),
        )
        session.add(entry)
        session.flush()
        db.record_event(
            session,
            "quarantined",
            actor=actor,
            object_key=qkey,
            outcome="failure",
            inbox_key=inbox_key,
            reason=reason,
            quarantine_id=entry.id,
            bytes_copied=copied,
            **({"sha256": digests["sha256"], "sm3": digests["sm3"], "size": digests["size"]} if digests else {}),
        )
        return entry.id


# --- Prefect tasks ----------------------------------------------------------------------------------

download = _task(download_step, "download-inbox-object", io=True)
run_checks = _task(check_step, "intake-checks")
compute_hashes = _task(hash_step, "hash")
find_document = _task(find_document_step, "find-by-sha256", io=True)
store_original = _task(store_original_step, "store-original", io=True)
record_document = _task(record_document_step, "record-document", io=True)
record_duplicate = _task(record_duplicate_step, "record-duplicate", io=True)
remove_inbox = _task(remove_inbox_step, "remove-inbox-object", io=True)
quarantine_bytes = _task(quarantine_bytes_step, "quarantine-bytes", io=True)
record_quarantine = _task(record_quarantine_step, "record-quarantine", io=True)


@dataclass(frozen=True)
class _Steps:
    download: Any
    run_checks: Any
    compute_hashes: Any
    find_document: Any
    store_original: Any
    record_document: Any
    record_duplicate: Any
    remove_inbox: Any
    quarantine_bytes: Any
    record_quarantine: Any


TASKS = _Steps(download, run_checks, compute_hashes, find_document, store_original, record_document,
               record_duplicate, remove_inbox, quarantine_bytes, record_quarantine)
DIRECT = _Steps(download_step, check_step, hash_step, find_document_step, store_original_step,
                record_document_step, record_duplicate_step, remove_inbox_step, quarantine_bytes_step,
                record_quarantine_step)


def run_ingest(inbox_key: str, actor: str = "system", steps: _Steps = DIRECT,
               keep: Callable[[int, str, str], None] | None = None) -> dict[str, Any]:
    """The ingest logic; ``ingest_document`` runs it with Prefect tasks, benchmarks call it directly.

    ``keep(document_id, path, sha256)`` takes the local copy of a newly stored original (the very bytes hashed
    and stored) before the temp dir goes: a run that reads the document next needs no second download."""
    workdir = tempfile.mkdtemp(prefix="dangan-ingest-")
    digests: dict[str, Any] | None = None
    fetched: dict[str, Any] | None = None
    try:
        try:
            parse_inbox_key(inbox_key)
        except RejectedFile as exc:
            return _quarantine(steps, inbox_key, actor, exc.reason, None, None)
        fetched = steps.download(inbox_key, workdir)
        if fetched.get("missing"):  # taken by another run meanwhile: nothing to do
            return {"status": "missing", "inbox_key": inbox_key}
        digests = steps.compute_hashes(fetched["path"])
        checks = steps.run_checks(fetched["path"], inbox_key)
        if "rejected" in checks:
            return _quarantine(steps, inbox_key, actor, checks["rejected"], fetched, digests)

        existing = steps.find_document(digests["sha256"])
        if existing is not None:
            steps.record_duplicate(inbox_key, actor, existing, digests)
            steps.remove_inbox(inbox_key, fetched["etag"])
            return {"status": "duplicate", "inbox_key": inbox_key, "document_id": existing, **digests}

        key = original_key(inbox_key, digests["sha256"], checks["ext"])
        # The same bytes handed to two workers at once: one stores and records, the other waits here
        # and then finds that Document (no second version in the locked bucket, no second row).
        with locks.held(f"sha256:{digests['sha256']}"):
            rec = _store_and_record(steps, inbox_key, actor, key, fetched["path"], digests, checks)
        if not rec["created"]:
            steps.record_duplicate(inbox_key, actor, rec["document_id"], digests)
            steps.remove_inbox(inbox_key, fetched["etag"])
            return {"status": "duplicate", "inbox_key": inbox_key, "document_id": rec["document_id"], **digests}
        steps.remove_inbox(inbox_key, fetched["etag"])
        if keep is not None:
            keep(int(rec["document_id"]), fetched["path"], digests["sha256"])
        return {
            "status": "stored",
            "inbox_key": inbox_key,
            "document_id": rec["document_id"],
            "household_id": rec["household_id"],
            "object_key": key,
            "version_id": rec["version_id"],
            "media_type": checks["media_type"],
            "pages": checks.get("pages"),
            **digests,
        }
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _store_and_record(
    steps: _Steps, inbox_key: str, actor: str, key: str, path: str, digests: dict[str, Any], checks: dict[str, Any]
) -> dict[str, Any]:
    """Store the original and record its Document, unless another run did so first (under the lock)."""
    existing = steps.find_document(digests["sha256"])
    if existing is not None:
        return {"document_id": existing, "household_id": None, "created": False}
    version_id = steps.store_original(path, key, checks["media_type"], digests["sha256"])
    rec = steps.record_document(inbox_key, actor, key, version_id, digests, checks)
    return {**rec, "version_id": version_id}


def _quarantine(
    steps: _Steps,
    inbox_key: str,
    actor: str,
    reason: str,
    fetched: dict[str, Any] | None,
    digests: dict[str, Any] | None,
) -> dict[str, Any]:
    """Bytes first, then the entry, then (only if the bytes are safe) the inbox object goes."""
    qkey = quarantine_key(inbox_key)
    copied = steps.quarantine_bytes(inbox_key, qkey, fetched["path"] if fetched else None)
    entry_id = steps.record_quarantine(inbox_key, actor, qkey, reason, copied, digests)
    if copied:
        steps.remove_inbox(inbox_key, fetched["etag"] if fetched else None)
    return {
        "status": "quarantined",
        "inbox_key": inbox_key,
        "reason": reason,
        "quarantine_key": qkey,
        "quarantine_id": entry_id,
        "bytes_copied": copied,
        **(digests or {}),
    }


@contextlib.contextmanager
def quick_flow_runs() -> Iterator[None]:
    """Run flows without Prefect's flow-run heartbeat thread (for callers that run many short flows).

    Prefect 3.8 joins that thread at the end of every flow run, and it sleeps in 1 s steps: measured
    here, an empty flow run took 1.3 s with it and 0.19 s without. Heartbeats only serve to mark a
    crashed run as crashed in the UI; an ingest that crashed is simply run again (it is idempotent).
    """
    from prefect.settings import temporary_settings

    with temporary_settings(updates={"flows.heartbeat_frequency": None}):
        yield


def quarantine_object(inbox_key: str, reason: str, actor: str = "system") -> dict[str, Any]:
    """Move an inbox object to quarantine with a reason given by the caller (e.g. the watcher)."""
    return _quarantine(DIRECT, inbox_key, actor, reason, None, None)


@flow(name="ingest-document", persist_result=False, validate_parameters=False)
def ingest_document(inbox_key: str, actor: str = "system") -> dict[str, Any]:
    """Turn one inbox object into a locked original + Document, a duplicate event, or a quarantine entry."""
    return run_ingest(inbox_key, actor, TASKS)
