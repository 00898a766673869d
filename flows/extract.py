"""Extract one stored document: original from the store → fields in the database, text and JSON in ``derived``.

Steps pass ids and keys, never clients or images. OCR runs in a worker process with a time limit, so
a page that hangs the OCR engine (or eats memory) fails that document only. Re-running replaces the
machine fields of the document and never touches people's corrections (``extractors.review``).
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import shutil
import socket
import tempfile
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePosixPath
from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE
from sqlalchemy import delete, select

from dangan.config import Settings, load_settings
from dangan.errors import InputFileError, NotFound
from dangan.extractors.review import DEFAULT_THRESHOLD
from dangan.flows import ocr_process
from dangan.flows.flowdef import flow
from dangan.flows.retry import CHUNK_TASK_OPTIONS, IO_RETRY_OPTIONS, with_io_retries
from dangan.schemas.validators import mask_numbers_in_text
from dangan.storage import db

log = logging.getLogger("dangan.flows.extract")

ACTOR = "extractor"
EXTRACT_TIMEOUT_S = 600.0
DERIVED_PREFIX = "extract"

_pool: ProcessPoolExecutor | None = None


def _client(settings: Settings) -> Any:
    """The process's client, buckets ensured once (``ingest.store``): ensuring them cost five S3 calls
    per fetch and per write, twice a document."""
    from dangan.flows.ingest import store

    return store(settings)[0]


_io: dict[str, Any] = IO_RETRY_OPTIONS  # one policy: store/database away, timeouts (flows.retry)
_common: dict[str, Any] = {"cache_policy": NO_CACHE, "persist_result": False}


# --- steps ---------------------------------------------------------------------------------------


def fetch_original_step(document_id: int, workdir: str) -> dict[str, Any]:
    """Download the original (the version recorded at ingest) into ``workdir``, or take the copy this
    process's ingest kept of it (``keep_local_copy``: the same bytes, hashed and stored)."""
    settings = load_settings()
    with db.session_scope(settings) as s:
        doc = s.get(db.Document, document_id)
        if doc is None:
            raise NotFound(f"文档不存在 (no such document): {document_id}")
        key, version, sha, name = doc.object_key, doc.version_id, doc.sha256, doc.original_name
    ext = PurePosixPath(key).suffix or PurePosixPath(name).suffix
    path = Path(workdir) / f"original{ext}"
    local = _take_local_copy(document_id, sha)
    if local is not None:
        with contextlib.suppress(OSError):
            os.replace(local, path)
            return {"path": str(path), "object_key": key, "sha256": sha}
    client = _client(settings)
    client.fget_object(settings.bucket("originals"), key, str(path), version_id=version)
    return {"path": str(path), "object_key": key, "sha256": sha}


# Local copies of originals ingested by this process and not yet read: document id -> (sha256, path).
_local_copies: dict[int, tuple[str, str]] = {}
_local_lock = threading.Lock()
_local_dir: str | None = None


def keep_local_copy(document_id: int, path: str, sha256: str | None = None) -> None:
    """Keep the bytes ingest just stored for this process's reading of them (moved, not copied)."""
    global _local_dir
    with _local_lock:
        if _local_dir is None or not os.path.isdir(_local_dir):
            _local_dir = tempfile.mkdtemp(prefix="dangan-stored-")
        dest = os.path.join(_local_dir, str(document_id))
        try:
            os.replace(path, dest)
        except OSError:
            return
        _local_copies[document_id] = (sha256 or "", dest)


def _take_local_copy(document_id: int, sha256: str) -> str | None:
    with _local_lock:
        kept = _local_copies.pop(document_id, None)
    if kept is None or (kept[0] and kept[0] != sha256):
        return None
    return kept[1]


def drop_local_copies() -> None:
    """Remove the copies nobody read here (another run took the document, or reading stopped)."""
    global _local_dir
    with _local_lock:
        _local_copies.clear()
        folder, _local_dir = _local_dir, None
    if folder:
        shutil.rmtree(folder, ignore_errors=True)


def ocr_workers() -> int:
    """OCR processes per flow-run process: DANGAN_OCR_WORKERS, else one per core."""
    try:
        return max(1, int(os.environ.get("DANGAN_OCR_WORKERS") or 0) or (os.cpu_count() or 1))
    except ValueError:
        return os.cpu_count() or 1


def _get_pool(engine: str) -> ProcessPoolExecutor:
    """One pool per process, one OCR engine per pool process (loaded once, one thread each), as in
    ``dangan extract`` (``pipeline.extract_many``): the cores are used by processes, not threads."""
    global _pool
    from dangan.extractors.pipeline import ocr_worker_init

    if _pool is None:
        _pool = ProcessPoolExecutor(max_workers=ocr_workers(), mp_context=ocr_process.SPAWN,
                                    initializer=ocr_worker_init, initargs=(engine,))
    return _pool



def warm_pool(engine: str, n: int | None = None) -> None:
    """Start ``n`` OCR processes now (engines loading) instead of at the first document: a run that
    ingests first then has them ready when the first original is stored."""
    pool = _get_pool(engine)
    for _ in range(min(n or ocr_workers(), ocr_workers())):
        pool.submit(os.getpid)


def extract_step(path: str, engine: str, timeout_s: float = EXTRACT_TIMEOUT_S) -> dict[str, Any]:
    """Run the extraction in a worker process; a hang or a crash there fails this document only."""
    global _pool
    fut = _get_pool(engine).submit(ocr_process.run_in_worker, path, engine)
    try:
        return fut.result(timeout=timeout_s)
    except FutureTimeout:
        pool, _pool = _pool, None
        if pool is not None:
            for proc in list(getattr(pool, "_processes", {}).values()):
                proc.kill()
            pool.shutdown(wait=False, cancel_futures=True)
        raise InputFileError(f"识别超时 (extraction timed out after {timeout_s:.0f} s)") from None
    except Exception as exc:
        if type(exc).__name__ == "BrokenProcessPool":
            _pool = None
            raise InputFileError("识别进程崩溃 (the extraction worker died)") from exc
        # the worker only reads a local copy: what it raises is this document defeating a reader, which
        # another try would repeat (the document ends extract_failed with the reason, its claim freed)
        raise InputFileError(f"读取出错 (a reader failed on this document): {type(exc).__name__}: {exc}") from exc


def _masked(value: Any) -> Any:
    """Every ID/card-like digit run in a result masked (strings inside dicts and lists included)."""
    if isinstance(value, str):
        return mask_numbers_in_text(value)
    if isinstance(value, dict):
        return {k: _masked(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_masked(v) for v in value]
    return value


def write_derived_step(sha256: str, text: str, result: dict[str, Any]) -> dict[str, str]:
    """OCR text and result JSON into the ``derived`` bucket, keyed by the original's hash.

    Personal numbers are masked there: the bucket is a working copy (crops come from the original,
    readings live in extracted_fields), and it is not one of the places that hold them by design.
    """
    text, result = mask_numbers_in_text(text), _masked(result)
    settings = load_settings()
    client = _client(settings)
    bucket = settings.bucket("derived")
    keys = {"text": f"{DERIVED_PREFIX}/{sha256}/ocr.txt", "result": f"{DERIVED_PREFIX}/{sha256}/result.json"}
    for kind, data, ctype in (
        ("text", text.encode("utf-8"), "text/plain; charset=utf-8"),
        ("result", json.dumps(result, ensure_ascii=False, indent=1).encode("utf-8"), "application/json"),
    ):
        client.put_object(bucket, keys[kind], io.BytesIO(data), len(data), content_type=ctype)
    return keys


def record_fields_step(
    document_id: int,
    output: dict[str, Any],
    engine: str,
    derived: dict[str, str],
    threshold: float = DEFAULT_THRESHOLD,
    claimant: str | None = None,
) -> dict[str, Any]:
    """One transaction: replace machine fields, set doc_type/pages/status, link the household, event.
    With ``claimant``, only while that claim still holds (``TakenOver`` otherwise)."""
    from dangan.extractors.pipeline import field_rows  # rows from the result, rejected readings included

    result = output["result"]
    settings = load_settings()
    with db.session_scope(settings) as s:
        doc = _still_claimed(s, document_id, claimant)
        s.execute(delete(db.ExtractedField).where(db.ExtractedField.document_id == document_id))
        rows = field_rows(output)
        for row in rows:
            s.add(
                db.ExtractedField(
                    document_id=document_id,
                    member_index=row.member_index,
                    label=row.label,
                    value=row.value,
                    confidence=row.confidence,
                    page=row.page,
                    bbox=row.bbox,
                    needs_review=row.confidence < threshold,
                    engine=engine,
                )
            )
        n = len(rows)
        review = sum(row.confidence < threshold for row in rows)
        doc.doc_type = result.get("doc_type")
        doc.pages = result.get("pages")
        doc.status = "extracted"
        doc.claimed_by = doc.claimed_at = None
        linked = None
        id_number = result.get("fields", {}).get("身份证号")
        if doc.household_id is None and isinstance(id_number, str) and id_number:
            found = s.scalars(select(db.Household).where(db.Household.id_number == id_number)).all()
            if len(found) == 1:
                doc.household_id = found[0].id
                doc.unit = doc.unit or found[0].unit
                linked = found[0].archive_no
        db.record_event(
            s,
            "extracted",
            actor=ACTOR,
            document_id=document_id,
            household_id=doc.household_id,
            object_key=doc.object_key,
            engine=engine,
            doc_type=doc.doc_type,
            pages=doc.pages,
            fields=n,
            needs_review=review,
            derived=derived,
            linked_household=linked,
        )
    return {
        "document_id": document_id,
        "doc_type": result.get("doc_type"),
        "fields": n,
        "needs_review": review,
        "linked_household": linked,
    }


def settle_notices(archive_nos: list[str]) -> int:
    """The household step of ``dangan extract`` (``pipeline.settle_household``) for documents read one by
    one in the flows: once a household's papers are all read, a notice (or minutes) listing several households
    takes the listed name its household's form, income proof or ID card gives. Returns how many were settled.

    The listed names (with their reason) come from the notice's result in ``derived``; with the store away
    the notice keeps waiting in review and the next household step settles it."""
    from dangan.extractors.pipeline import LISTING_TYPES, settle_household

    settings = load_settings()
    with db.session_scope(settings) as s:
        docs = s.execute(
            select(db.Document).join(db.Household, db.Document.household_id == db.Household.id)
            .where(db.Household.archive_no.in_(archive_nos), db.Document.status == "extracted")
        ).scalars().all()
        names = {f.document_id: f for f in s.scalars(select(db.ExtractedField).where(
            db.ExtractedField.document_id.in_([d.id for d in docs]), db.ExtractedField.member_index == -1,
            db.ExtractedField.label == "姓名"))}
        waiting = [d for d in docs if d.doc_type in LISTING_TYPES and d.id in names and names[d.id].confidence == 0.0]
        settled = 0
        for hh_id in {d.household_id for d in waiting}:
            household = [d for d in docs if d.household_id == hh_id]
            results = {d.id: _name_result(d, names.get(d.id)) for d in household}
            for notice in (d for d in waiting if d.household_id == hh_id):
                results[notice.id]["rejected"] = _rejected_of(settings, notice.sha256)
            settle_household(list(results.values()))
            for notice in (d for d in waiting if d.household_id == hh_id):
                settled += _keep_settled(s, notice, names[notice.id], results[notice.id])
    return settled


def _name_result(doc: db.Document, row: db.ExtractedField | None) -> dict[str, Any]:
    """A document as ``settle_household`` reads it: its type and its 姓名 reading, if it is one."""
    if row is None or row.confidence <= 0.0:
        return {"doc_type": doc.doc_type, "fields": {}, "confidence": {}, "rejected": []}
    return {"doc_type": doc.doc_type, "fields": {"姓名": row.value}, "confidence": {"姓名": row.confidence},
            "rejected": []}


def _rejected_of(settings: Settings, sha256: str) -> list[dict[str, Any]]:
    from dangan.storage import objects

    try:
        raw = objects.get_bytes(_client(settings), settings, "derived", f"{DERIVED_PREFIX}/{sha256}/result.json")
        return list(json.loads(raw).get("rejected") or [])
    except Exception as exc:  # the store away or no result kept: the notice waits for the next household step
        log.warning("公示证明暂未核对姓名 (notice not settled now): %s", exc)
        return []


def _keep_settled(s: Any, doc: db.Document, row: db.ExtractedField, result: dict[str, Any]) -> int:
    value = (result.get("fields") or {}).get("姓名")
    if not value:
        return 0
    row.value, row.confidence, row.needs_review = value, float(result["confidence"]["姓名"]), False
    page_box = (result.get("boxes") or {}).get("姓名")
    if page_box:
        row.page, row.bbox = int(page_box[0]), list(page_box[1])
    db.record_event(s, "notice_settled", actor=ACTOR, document_id=doc.id, household_id=doc.household_id,
                    object_key=doc.object_key)  # a reference only: the name stays in extracted_fields
    return 1


class TakenOver(Exception):
    """The claim on a document lapsed or was handed back while it was read, and another run took it:
    that run records the reading, this one records nothing (each document is read once)."""


def _still_claimed(s: Any, document_id: int, claimant: str | None) -> Any:
    doc = s.get(db.Document, document_id, with_for_update=claimant is not None)
    if doc is None:
        raise NotFound(f"文档不存在 (no such document): {document_id}")
    if claimant is not None and (doc.status != "stored" or doc.claimed_by != claimant):
        raise TakenOver(f"文档 {document_id} 已由其他运行认领 (claimed by another run: {doc.claimed_by})")
    return doc


def record_failure_step(document_id: int, reason: str, claimant: str | None = None) -> None:
    with db.session_scope() as s:
        doc = _still_claimed(s, document_id, claimant)
        doc.status = "extract_failed"
        doc.claimed_by = doc.claimed_at = None
        db.record_event(
            s, "extracted", actor=ACTOR, document_id=document_id, outcome="failure", reason=reason
        )


# task(name=..., ...)(fn) is task(fn, name=..., ...) at run time; only the former is in Prefect's overloads
fetch_original = task(name="fetch-original", **_io, **_common)(fetch_original_step)
run_extract = task(name="ocr-and-fields", timeout_seconds=EXTRACT_TIMEOUT_S + 60, **_common)(extract_step)
write_derived = task(name="write-derived", **_io, **_common)(write_derived_step)
record_fields = task(name="record-fields", retries=2, retry_delay_seconds=1, **_common)(record_fields_step)
record_failure = task(name="record-failure", **_common)(record_failure_step)


def run_extract_document(
    document_id: int, engine: str | None = None, *, use_tasks: bool = False, claimant: str | None = None
) -> dict[str, Any]:
    """The flow's logic; with ``use_tasks`` each step is a Prefect task (retries, timeouts). With
    ``claimant`` the reading is recorded only while that claim holds (else status ``taken_over``)."""
    engine = engine or load_settings().ocr_engine
    f = (
        (fetch_original, run_extract, write_derived, record_fields, record_failure)
        if use_tasks
        else (fetch_original_step, extract_step, write_derived_step, record_fields_step, record_failure_step)
    )
    workdir = tempfile.mkdtemp(prefix="dangan-extract-")
    try:
        got = f[0](document_id, workdir)
        try:
            try:
                output = f[1](got["path"], engine)
            except InputFileError as exc:
                f[4](document_id, str(exc), claimant=claimant)
                return {"document_id": document_id, "status": "extract_failed", "reason": str(exc)}
            derived = f[2](got["sha256"], output["text"], output["result"])
            summary = f[3](document_id, output, engine, derived, claimant=claimant)
        except TakenOver as exc:
            log.warning("%s", exc)
            return {"document_id": document_id, "status": "taken_over", "reason": str(exc)}
        return {"status": "extracted", **summary, "derived": derived}
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


@flow(name="extract-document", persist_result=False, validate_parameters=False)
def extract_document(document_id: int, engine: str | None = None) -> dict[str, Any]:
    """Read the fields of one stored document into the database (machine fields replaced)."""
    return run_extract_document(document_id, engine, use_tasks=True)


def pending_documents(limit: int | None = None) -> list[int]:
    """Stored, not yet read, and claimed by nobody (or by a claim whose lease ran out)."""
    with db.session_scope() as s:
        stmt = select(db.Document.id).where(_claimable(datetime.now(UTC))).order_by(db.Document.id)
        return list(s.scalars(stmt.limit(limit) if limit else stmt))


# --- batches: claims, one task per document, many documents per flow run ----------------------------

CLAIM_LEASE_S = EXTRACT_TIMEOUT_S + 300  # a claim older than this is a worker that died: take it over


def _claimable(now: datetime) -> Any:
    from sqlalchemy import and_, or_

    stale = now - timedelta(seconds=CLAIM_LEASE_S)
    return and_(db.Document.status == "stored",
                or_(db.Document.claimed_by.is_(None), db.Document.claimed_at < stale))


def claimant() -> str:
    """Who claims: the Prefect flow run (its state tells whether the claim is still alive), else this process."""
    from prefect.runtime import flow_run

    run_id = flow_run.get_id()
    return str(run_id) if run_id else f"{socket.gethostname()}:{os.getpid()}"[:64]


def claim_documents(document_ids: list[int] | None, who: str, limit: int | None = None) -> list[int]:
    """Atomically take the documents nobody reads yet (one UPDATE; safe between workers and hosts).

    This is the idempotency by original: a document is stored once per SHA-256 (unique), and only the
    run that wins this UPDATE reads it, so two workers given the same ids read each document once.
    """
    from sqlalchemy import update

    ids = document_ids if document_ids is not None else pending_documents(limit)
    if not ids:
        return []
    now = datetime.now(UTC)
    taken: list[int] = []
    with db.session_scope() as s:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            stmt = (update(db.Document).where(db.Document.id.in_(chunk), _claimable(now))
                    .values(claimed_by=who, claimed_at=now).returning(db.Document.id))
            taken += list(s.scalars(stmt))
    return sorted(taken)


def renew_claim(document_id: int, who: str) -> bool:
    """Take the claim afresh right before reading: still ours (or free again) → True, lease restarted;
    taken over by another run after our lease lapsed → False, and we must not read it (read once)."""
    from sqlalchemy import or_, update

    now = datetime.now(UTC)
    with db.session_scope() as s:
        stmt = (update(db.Document).where(db.Document.id == document_id, db.Document.status == "stored",
                                          or_(db.Document.claimed_by == who, _claimable(now)))
                .values(claimed_by=who, claimed_at=now).returning(db.Document.id))
        return s.scalar(stmt) is not None


def renew_claims(who: str) -> int:
    """Restart the lease of every claim ``who`` holds on a document still waiting: a run that claimed a
    batch as it was stored keeps it while it reads the rest (a run that stopped renews nothing)."""
    from sqlalchemy import update

    with db.session_scope() as s:
        res = s.execute(update(db.Document).where(db.Document.status == "stored", db.Document.claimed_by == who)
                        .values(claimed_at=datetime.now(UTC)))
        return int(getattr(res, "rowcount", 0) or 0)


def release_claims(claimants: list[str]) -> int:
    """Hand the documents of dead claimants (crashed flow runs) back to the queue; returns how many."""
    from sqlalchemy import update

    if not claimants:
        return 0
    with db.session_scope() as s:
        res = s.execute(update(db.Document).where(db.Document.status == "stored", db.Document.claimed_by.in_(claimants))
                        .values(claimed_by=None, claimed_at=None))
        return int(getattr(res, "rowcount", 0) or 0)


def claimants_in_flight() -> list[str]:
    with db.session_scope() as s:
        rows = s.scalars(select(db.Document.claimed_by).where(
            db.Document.status == "stored", db.Document.claimed_by.is_not(None)).distinct())
        return [r for r in rows if r]


@contextlib.contextmanager
def ocr_slots(n: int) -> Iterator[None]:
    """``n`` slots of the global concurrency limit ``ocr-<host>`` (as many as the host has cores) for a
    whole batch, when it runs in a Prefect flow: two workers on one host never run more OCR processes
    than it has cores. Per batch, not per document: two API calls per batch instead of per page.

    The limit guards the host's cores; it is no condition of reading. When the server cannot hand out or
    take back the slots (busy: 503, timeouts), the batch reads without them rather than failing and
    leaving its documents claimed until the sweep hands them back."""
    from prefect.runtime import flow_run

    if flow_run.get_id() is None or n < 1:
        yield
        return
    from prefect.concurrency.sync import concurrency

    slots: Any = concurrency(ocr_limit_name(), occupy=n, strict=False, raise_on_lease_renewal_failure=False)
    try:
        slots.__enter__()
    except Exception as exc:
        log.warning("OCR 并发名额暂时无法取得，本批照常识别 (concurrency slots unavailable, reading anyway): %s", exc)
        slots = None
    try:
        yield
    finally:
        if slots is not None:
            try:
                slots.__exit__(None, None, None)
            except Exception as exc:  # the lease lapses by itself (300 s)
                log.warning("OCR 并发名额未能归还，租约到期后自动释放 (slots not released; the lease lapses): %s", exc)


def ocr_limit_name() -> str:
    return f"ocr-{socket.gethostname()}"


def extract_claimed_step(document_id: int, engine: str) -> dict[str, Any]:
    """Read one document claimed by this run (or process): the plain steps of ``run_extract_document``,
    recorded only if the claim still holds then."""
    return run_extract_document(document_id, engine, claimant=claimant())


READ_CHUNK = 10  # most documents one reading task takes (Prefect's cost, ~50 ms CPU a task run, shared)


def extract_chunk_step(document_ids: list[int], engine: str) -> list[dict[str, Any]]:
    """Read claimed documents one after another: one Prefect task for a chunk of documents, not one per
    document (a task run costs the server ~30 ms of CPU whatever it does). Each document takes its claim
    afresh right before it is read (a lapsed claim another run took is skipped: read once), and only its
    own steps are retried on a service away (``with_io_retries``), never the documents already done. A
    document that cannot be read now for a cause outside it keeps its claim (``unread``)."""
    who = claimant()
    reads = []
    for doc_id in document_ids:
        try:
            if not with_io_retries(renew_claim, doc_id, who):
                log.warning("文档 %s 已由其他运行认领，跳过 (taken over by another run: skipped)", doc_id)
                reads.append({"document_id": doc_id, "status": "taken_over"})
                continue
            reads.append(with_io_retries(run_extract_document, doc_id, engine, claimant=who))
        except Exception as exc:
            reads.append(unread(doc_id, exc))
    return reads


extract_chunk = task(name="extract-documents", **CHUNK_TASK_OPTIONS)(extract_chunk_step)


def chunks(items: list[Any], parallel: int, most: int) -> list[list[Any]]:
    """``items`` in chunks for ``parallel`` runners: at most ``most`` each, smaller toward the end
    (guided self-scheduling: each takes 1/``parallel`` of what is left), so no runner waits long at
    the end of a batch for another's last chunk."""
    out, i = [], 0
    while i < len(items):
        k = max(1, min(most, -(-(len(items) - i) // max(1, parallel))))
        out.append(items[i : i + k])
        i += k
    return out


def _reads(ids: list[int], engine: str, use_tasks: bool) -> Iterator[dict[str, Any]]:
    """Each claimed document's result in the order of the ids: chunks as Prefect tasks, or one by one in
    this process; a failure outside a document (its task, its step) is that document's ``unread``."""
    if not use_tasks:
        for doc_id in ids:
            try:
                yield extract_claimed_step(doc_id, engine)
            except Exception as exc:
                yield unread(doc_id, exc)
        return
    parts = chunks(ids, ocr_workers() + 1, READ_CHUNK)
    for part, fut in zip(parts, extract_chunk.map(parts, engine), strict=True):
        try:
            yield from fut.result()
        except Exception as exc:
            yield from (unread(doc_id, exc) for doc_id in part)


def run_batch(document_ids: list[int] | None, engine: str | None, *, use_tasks: bool,
              limit: int | None = None, on_done: Callable[[dict[str, Any]], None] | None = None
              ) -> dict[str, Any]:
    """Claim, read in parallel (one task per chunk of documents on a thread runner feeding the OCR
    processes); ``on_done`` sees each document's result (in the order of the ids)."""
    engine = engine or load_settings().ocr_engine
    db.get_engine()  # once, before the threads: Alembic's upgrade is not thread-safe
    ids = claim_documents(document_ids, claimant(), limit)
    results: list[dict[str, Any]] = []
    with ocr_slots(min(ocr_workers(), len(ids), os.cpu_count() or 1)):
        for res in _reads(ids, engine, use_tasks):
            results.append(res)
            if on_done:
                on_done(res)
    counts: dict[str, int] = {}
    for r in results:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    return {"claimed": ids, "counts": counts, "results": results}


def unread(document_id: int, exc: Exception) -> dict[str, Any]:
    """A document the batch could not read for a cause outside it (a service away past the retries, the
    code or its environment: a deployment half rolled out raised ImportError for 200 documents of one
    drop). Its claim is kept and lapses, so another run retakes it later; nothing final is recorded."""
    log.warning("文档 %s 暂未识别，租约到期后重试 (not read now, retried when its claim lapses): %s: %s",
                document_id, type(exc).__name__, str(exc)[:200])
    return {"document_id": document_id, "status": "error", "reason": f"{type(exc).__name__}: {exc}"[:300]}


@flow(name="extract-pending", persist_result=False, validate_parameters=False)
def extract_pending(engine: str | None = None) -> list[dict[str, Any]]:
    """Extract every document that is stored but not yet extracted."""
    results: list[dict[str, Any]] = run_batch(None, engine, use_tasks=True)["results"]
    return results
