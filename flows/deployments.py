"""The project's Prefect deployments, declared in code, and the batch flows they run.

Every deployment is on the process work pool ``dangan`` (``dangan.stack.POOL``) and named ``dangan``
(``<flow name>/dangan``); ``apply_deployments`` registers them (``dangan up`` calls it). What runs:

* ``watch-inbox``   polls the inbox; hands stable keys in whole batches to ``ingest-batch`` (at most K in
                    flight, counting documents stored and not yet read)
* ``ingest-batch``  ingests a batch of inbox keys (one task per chunk of up to 20 keys) and reads the new
                    originals as their chunk is stored, in the same run (one task per chunk of up to 10
                    documents, on OCR processes started with the run): a stored original triggers its
                    extraction without a second flow run; households whose papers are all read go to
                    ``reconcile-households``
* ``extract-batch`` claims and reads documents already stored (the sweep's, or given ids), likewise

Documents travel as chunks because a task run costs Prefect's server ~30 ms of CPU whatever it does
(about 50 ms with the client's share): one per document was most of the pipeline's overhead. Each
document in a chunk keeps its own retries (I/O only), its claim and ingest's idempotency by hash.
* ``reconcile-households`` / ``reconcile`` (H4's flow, the whole drive)
* ``sweep``         hands back claims of crashed runs, extracts what was left stored: every 2 minutes
                    inside the watcher's run, and on its own schedule every 30 minutes as a safety net
* ``verify-fixity`` on the 1st of every month, a 30 % sample

Why ``run_deployment`` chaining rather than events + automations: each hand-over carries a *batch*
(ids in the parameters), one flow run per batch, and the chain is visible in the code; an event per
document would make a flow run per document (~0.5 s each). Why ingest and reading in one run: a run
that only ingests makes reading wait for the whole batch, and a second run per batch costs a process
start and OCR processes loading their models again (``benchmarks/pipeline_throughput.py``). Schedules
are the safety net (``sweep``, the watcher's watchdog) and the calendar (fixity). Outside a deployment (tests, ``dangan`` commands
run in process) the same flows call each other in process: one path, several entry points.
"""

from __future__ import annotations

import contextlib
import contextvars
import inspect
import os
import queue
import threading
import time
from collections import deque
from typing import Any

from prefect import task
from prefect.runtime import deployment as current_deployment
from prefect.task_runners import ThreadPoolTaskRunner

from dangan.config import load_settings
from dangan.flows import extract as ext
from dangan.flows.flowdef import flow
from dangan.flows.retry import CHUNK_TASK_OPTIONS, is_transient, with_io_retries
from dangan.storage import db

DEPLOYMENT = "dangan"
BATCH = 500  # inbox keys per ingest-batch run; documents per extract-batch run (a run's start: ~5 s)
MAX_IN_FLIGHT = 1000  # keys handed over and not yet gone from the inbox + documents not yet read (two runs)
SWEEP_EVERY_S = 120  # by the watcher, in its run
HOLD_S = 60.0  # most seconds stable keys wait for a drop still arriving (one run per drop, not per poll)
SWEEP_SCHEDULE_S = 1800  # the sweep deployment's own schedule: the safety net when no watcher runs
FIXITY_CRON = "0 2 1 * *"  # 02:00 on the 1st of each month
FIXITY_SAMPLE = 0.3


def in_deployment() -> bool:
    return current_deployment.get_id() is not None


def start(flow_name: str, parameters: dict[str, Any]) -> Any:
    """Start a run of ``<flow_name>/dangan`` and return at once (no waiting for it)."""
    from prefect.deployments import run_deployment

    return run_deployment(f"{flow_name}/{DEPLOYMENT}", parameters=parameters, timeout=0, as_subflow=False)


def _threads(n: int) -> Any:
    return ThreadPoolTaskRunner(max_workers=n)


# --- ingest -----------------------------------------------------------------------------------------


def ingest_key_step(inbox_key: str, actor: str, keep_copies: bool = False) -> dict[str, Any]:
    from dangan.flows.ingest import run_ingest

    return run_ingest(inbox_key, actor, keep=ext.keep_local_copy if keep_copies else None)


def ingest_chunk_step(inbox_keys: list[str], actor: str, keep_copies: bool = False) -> list[dict[str, Any]]:
    """Ingest inbox keys one after another: one Prefect task for a chunk of keys, not one per key (a task
    run costs the server ~30 ms of CPU). Each key is retried alone on a service away, never the keys
    already done; a key that still fails keeps its inbox object (the watcher hands it out again), and
    ingest's own rules (hash, lock, the inbox object removed last) keep it from being stored twice.
    With ``keep_copies`` (the run reads what it stores) each new original's local copy is kept for
    its reading: the file is fetched once, as ``dangan extract`` reads it once."""
    out = []
    for key in inbox_keys:
        try:
            out.append(with_io_retries(ingest_key_step, key, actor, keep_copies))
        except Exception as exc:  # a service away past the retries, or a bug: the key stays in the inbox
            out.append({"status": "error", "inbox_key": key, "reason": f"{type(exc).__name__}: {exc}"[:300],
                        "transient": is_transient(exc)})
    return out


ingest_chunk = task(name="ingest-objects", **CHUNK_TASK_OPTIONS)(ingest_chunk_step)


INGEST_AHEAD = os.cpu_count() or 1  # chunks of inbox keys being ingested at once: they wait on S3 and the database
INGEST_CHUNK = 20  # most keys one ingest task takes; the first chunks are smaller so that reading starts soon


def ingest_chunks(keys: list[str]) -> list[list[str]]:
    """Chunks of 2, 4, 8 … up to ``INGEST_CHUNK`` keys: the first stored originals reach the readers
    after a few ingests, and most keys travel 20 to a task."""
    out, i, size = [], 0, 2
    while i < len(keys):
        out.append(keys[i : i + size])
        i, size = i + size, min(INGEST_CHUNK, size * 2)
    return out


# Threads only wait: ingest on S3, the database and the checks' subprocesses (one per core keeps a busy
# machine from timing the PDF sandbox out), reads on the OCR processes (one thread each and one fetching
# ahead). Every task is submitted only when a thread is free for it, so none queues behind another.
@flow(name="ingest-batch", persist_result=False, validate_parameters=False,
      task_runner=_threads(INGEST_AHEAD + ext.ocr_workers() + 1))
def ingest_batch(inbox_keys: list[str], actor: str = "watcher", extract: bool = True,
                 engine: str | None = None, reconcile: bool = True, standby_s: float = 0.0,
                 watcher: str | None = None, linger_s: float = 0.0) -> dict[str, Any]:
    """Ingest a batch of inbox objects and read each new original soon after it is stored.

    One run, one process: reading starts with the first stored chunk (not after the batch), on OCR
    processes started at the run's start, and no second flow run per batch is paid for. Households whose
    papers are all read are handed to reconciliation as they complete.

    Without keys and with ``standby_s``, the run is the watcher's warm standby: its process started and
    its OCR engines loaded, it waits up to ``standby_s`` for the keys of the next drop (``_await_keys``),
    and no longer than its ``watcher`` run lives (a killed watcher's successor starts its own standby).
    With ``linger_s`` (in a deployment), the run takes more keys while it works, as the watcher hands
    them over (flow-run input, asked every second: a drop is read while it is still being uploaded, and
    its later keys pay no second run's start), reconciles what is complete whenever it has nothing
    left, and ends once no key came for ``linger_s``.
    """
    db.get_engine()  # once, before the threads: Alembic's upgrade is not thread-safe
    engine = (engine or load_settings().ocr_engine) if extract else None
    inbox = _KeyInbox() if (linger_s > 0 or standby_s > 0) and in_deployment() else None
    if not inbox_keys and standby_s > 0:
        inbox_keys = _await_keys(engine, standby_s, watcher, inbox)
    flusher = _HouseholdFlusher() if engine and reconcile else None
    stream = _IngestAndRead(actor, engine, flusher.document_done if flusher else None,
                            inbox if inbox_keys and linger_s > 0 else None, linger_s,
                            on_idle=flusher.drain if flusher else None)
    stream.run(inbox_keys)
    households = flusher.finish() if flusher else []
    stored = [r["document_id"] for r in stream.results if r.get("status") == "stored"]
    counts: dict[str, int] = {}
    for r in stream.reads:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    return {"results": stream.results, "stored": stored, "reads": stream.reads, "counts": counts,
            "households_complete": households, "tasks": stream.tasks, "handed": stream.handed}


STANDBY_S = 3600.0  # how long a warm standby waits for a drop; then it ends and the watcher starts another
STANDBY_MARGIN_S = 120.0  # a standby this close to its end gets no keys (they might arrive after it ended)
STANDBY_POLL_S = 1.0  # how often a standby asks for its keys (one small query of the server)
STANDBY_INPUT = "inbox-keys"  # key prefix of the flow-run input that carries them


STANDBY_CHECK_S = 60.0  # how often a standby asks whether its watcher still runs
LINGER_MIN_S = 10.0  # least time a run that took a drop waits for more of it once its work is done


class _KeyInbox:
    """The keys the watcher sends this run (Prefect's flow-run input, ``STANDBY_INPUT``), each taken once."""

    def __init__(self) -> None:
        from prefect.input import receive_input

        self.handler: Any = receive_input(list[str], timeout=STANDBY_CHECK_S, poll_interval=STANDBY_POLL_S,
                                          key_prefix=STANDBY_INPUT)
        self.asked = 0.0

    def wait(self, timeout: float) -> list[str] | None:
        """The next keys sent, waiting up to ``timeout`` (None: none came)."""
        self.handler.timeout = max(STANDBY_POLL_S, timeout)
        try:
            got: Any = self.handler.next()
        except TimeoutError:
            return None
        return [str(k) for k in got]

    def poll(self) -> list[str]:
        """Keys sent meanwhile, without waiting; asked at most every ``STANDBY_POLL_S``."""
        if time.monotonic() - self.asked < STANDBY_POLL_S:
            return []
        self.asked = time.monotonic()
        try:
            found = self.handler.filter_for_inputs_sync()
        except Exception as exc:  # a busy server: asked again at the next turn
            ext.log.warning("未能查询新交来的文件 (handed keys not asked now): %s", exc)
            return []
        return [str(k) for k in self.handler.to_instance(found[0])] if found else []


def _await_keys(engine: str | None, wait_s: float, watcher: str | None = None,
                inbox: _KeyInbox | None = None) -> list[str]:
    """The standby's wait: OCR engines loaded now (without the host's OCR slots: they only wait, and
    another run may hold the slots), then the keys the watcher sends with Prefect's flow-run input
    (``send_input``/``receive_input``); none after ``wait_s``, or once the watcher's run has ended (a
    killed watcher's standby would otherwise hold its OCR processes for nothing)."""
    if engine:
        ext.warm_pool(engine)
    from dangan.flows import ingest  # noqa: F401  (imported now, not when the drop has come)

    inbox = inbox or _KeyInbox()
    until = time.monotonic() + wait_s
    while True:
        got = inbox.wait(min(wait_s, STANDBY_CHECK_S))
        if got is not None:
            return got
        if time.monotonic() >= until or (watcher and _ended(watcher)):
            return []


class _IngestAndRead:
    """The loop of ``ingest_batch``: at most ``INGEST_AHEAD`` chunks of keys ingesting and one chunk of
    reads per OCR process (plus one fetching) at any time; stored originals are claimed as their chunk
    ends and read in chunks of 1/readers of what waits (``extract.chunks``), at most ``READ_CHUNK``.
    With an ``inbox``, keys the watcher hands over meanwhile join the loop (asked every second), and
    the loop ends only when nothing came for ``linger_s`` after its work was done (``on_idle`` then).

    Why by hand and not ``task.map``: mapped tasks queue in submission order, so the reads would wait
    behind every ingest of the batch (the overlap this loop exists for).
    """

    def __init__(self, actor: str, engine: str | None, on_read: Any, inbox: _KeyInbox | None = None,
                 linger_s: float = 0.0, on_idle: Any = None) -> None:
        self.actor, self.engine, self.on_read = actor, engine, on_read
        self.inbox, self.linger_s, self.on_idle = inbox, linger_s, on_idle
        self.who = ext.claimant()
        self.results: list[dict[str, Any]] = []
        self.reads: list[dict[str, Any]] = []
        self.done: queue.Queue[Any] = queue.Queue()
        self.ingesting: dict[Any, list[str]] = {}
        self.reading: dict[Any, list[int]] = {}
        self.readable: deque[int] = deque()
        self.renewed = time.monotonic()
        self.tasks = 0
        self.handed = 1 if inbox else 0  # hand-overs of keys taken (the first: the run's own keys)
        self.readers = ext.ocr_workers() + 1

    def run(self, keys: list[str]) -> None:
        todo = deque(ingest_chunks(keys))
        n = min(ext.ocr_workers(), len(keys) if not self.inbox else ext.ocr_workers(), os.cpu_count() or 1) \
            if self.engine and keys else 0
        # the OCR processes start (their engines loading) once the host's slots are this run's: a second
        # run on the host ingests meanwhile, and its OCR processes do not load beside the first run's
        slots = _Slots(n, self.done, on_ready=lambda: ext.warm_pool(self.engine or "", n))
        try:
            while True:
                while todo or self.ingesting or self.reading or self.readable:
                    while todo and len(self.ingesting) < INGEST_AHEAD:
                        part = todo.popleft()
                        self._watch(ingest_chunk.submit(part, self.actor, bool(self.engine)), self.ingesting, part)
                    while slots.ready.is_set() and self.readable and len(self.reading) < self.readers:
                        part = ext.chunks(list(self.readable), self.readers, ext.READ_CHUNK)[0]
                        for _ in part:
                            self.readable.popleft()
                        self._watch(ext.extract_chunk.submit(part, self.engine), self.reading, part)
                    if self.ingesting or self.reading or (self.readable and not slots.ready.is_set()):
                        # a task done, or the slots came; with an inbox, asked again within a second
                        with contextlib.suppress(queue.Empty):
                            self._settle(self.done.get(timeout=STANDBY_POLL_S if self.inbox else None))
                    self._keep_claims()
                    if self.inbox is not None:
                        self._take(todo, self.inbox.poll())
                if self.inbox is None or not self._linger(todo):
                    break
        finally:
            slots.close()
            ext.drop_local_copies()  # copies of originals another run read, or none was read

    def _take(self, todo: deque[list[str]], keys: list[str]) -> None:
        if keys:
            self.handed += 1
            todo.extend(ingest_chunks(keys))

    def _linger(self, todo: deque[list[str]]) -> bool:
        """All done: what is complete is reconciled now, then up to ``linger_s`` for more keys."""
        assert self.inbox is not None
        if self.on_idle is not None:
            with contextlib.suppress(Exception):
                self.on_idle()
        got = self.inbox.wait(self.linger_s)
        self._take(todo, got or [])
        return bool(got)

    def _keep_claims(self) -> None:
        """Renew the leases of the originals claimed and not yet read, well before they lapse (a batch
        of many pages reads for longer than a lease)."""
        if (self.readable or self.reading) and time.monotonic() - self.renewed > ext.CLAIM_LEASE_S / 4:
            self.renewed = time.monotonic()
            try:
                ext.renew_claims(self.who)
            except Exception as exc:  # the database away: tried again at the next document
                ext.log.warning("认领续期失败 (claims not renewed now): %s", exc)

    def _watch(self, fut: Any, into: dict[Any, Any], item: Any) -> None:
        self.tasks += 1
        into[fut.task_run_id] = item
        fut.add_done_callback(self.done.put)

    def _settle(self, fut: Any) -> None:
        if fut is None:  # the OCR slots came
            return
        if fut.task_run_id in self.ingesting:
            part = self.ingesting.pop(fut.task_run_id)
            try:
                res = fut.result()
            except Exception as exc:  # the task itself failed (not one key): the keys stay in the inbox
                res = [{"status": "error", "inbox_key": k, "reason": str(exc)[:300]} for k in part]
            self.results += res
            stored = [int(r["document_id"]) for r in res if r.get("status") == "stored"]
            if self.engine and stored:
                self.readable.extend(_claimed(stored, self.who))
            return
        docs = self.reading.pop(fut.task_run_id)
        try:
            reads = fut.result()
        except Exception as exc:
            reads = [ext.unread(doc_id, exc) for doc_id in docs]
        for read in reads:
            self.reads.append(read)
            if self.on_read:
                self.on_read(read)


class _Slots:
    """The host's OCR slots (``extract.ocr_slots``) taken and held in a thread of their own, so that the
    run ingests while another run on the host still reads; ``None`` on ``wake`` when they came."""

    def __init__(self, n: int, wake: queue.Queue[Any], on_ready: Any = None) -> None:
        self.ready, self._release = threading.Event(), threading.Event()
        self._wake, self._on_ready = wake, on_ready
        if n < 1:
            self.ready.set()
            self._thread = None
            return
        ctx = contextvars.copy_context()  # the flow run's context: the slots are taken for this run
        self._thread = threading.Thread(target=ctx.run, args=(self._hold, n), daemon=True, name="ocr-slots")
        self._thread.start()

    def _hold(self, n: int) -> None:
        try:
            with ext.ocr_slots(n):
                if self._on_ready is not None:
                    with contextlib.suppress(Exception):  # a pool that cannot start fails the first read instead
                        self._on_ready()
                self.ready.set()
                self._wake.put(None)
                self._release.wait()
        finally:  # whatever happened, never leave the reads waiting for slots
            if not self.ready.is_set():
                self.ready.set()
                self._wake.put(None)

    def close(self) -> None:
        self._release.set()
        if self._thread is not None:
            self._thread.join(timeout=30)


def _claimed(document_ids: list[int], who: str) -> list[int]:
    """Claim just-stored originals (one UPDATE for the chunk). With the database away they are queued
    unclaimed: the reading task takes each claim right before reading (unless the sweep took it)."""
    try:
        return ext.claim_documents(document_ids, who)
    except Exception as exc:
        ext.log.warning("文档 %s 暂未认领，识别前再认领 (not claimed now; claimed before reading): %s", document_ids, exc)
        return list(document_ids)


# --- extraction and what follows it -------------------------------------------------------------------


def complete_households(document_ids: list[int]) -> list[str]:
    """職工编号 of the households of these documents whose papers are all read (none left stored)."""
    from sqlalchemy import select

    with db.session_scope() as s:
        hh_ids = set(s.scalars(select(db.Document.household_id).where(
            db.Document.id.in_(document_ids), db.Document.household_id.is_not(None))))
        if not hh_ids:
            return []
        waiting = set(s.scalars(select(db.Document.household_id).where(
            db.Document.household_id.in_(hh_ids), db.Document.status == "stored")))
        done = hh_ids - waiting
        return sorted(s.scalars(select(db.Household.archive_no).where(db.Household.id.in_(done))))


# one thread per OCR process (and one fetching ahead): the processes, not the threads, use the cores
@flow(name="extract-batch", persist_result=False, validate_parameters=False,
      task_runner=_threads(ext.ocr_workers() + 1))
def extract_batch(document_ids: list[int] | None = None, engine: str | None = None,
                  limit: int | None = None, reconcile: bool = True) -> dict[str, Any]:
    """Claim and read a batch (``None``: whatever is pending, up to ``limit``) in chunks of documents;
    reconcile finished households."""
    flusher = _HouseholdFlusher() if reconcile else None
    out = ext.run_batch(document_ids, engine, use_tasks=True, limit=limit,
                        on_done=flusher.document_done if flusher else None)
    households = flusher.flush(final=True) if flusher else []
    return {**out, "households_complete": households}


class _HouseholdFlusher:
    """Collects households whose papers are all read as documents finish; hands them to reconciliation
    every ``FLUSH_S`` seconds (and at the end), so findings follow the reading instead of the batch."""

    FLUSH_S = 300.0  # each hand-over is a flow run (a process start, 10-120 s of CPU under load): findings
    # follow the reading by minutes, and at the end of a run at once

    def __init__(self) -> None:
        self.waiting: list[int] = []
        self.sent: list[str] = []
        self.earlier: list[str] = []  # reconciled at an earlier drain of this run
        self.last = time.monotonic()

    def drain(self) -> None:
        """The run has nothing left to do for now (it waits for more keys): what is complete is
        reconciled now, in this process; a household that gets more papers later is reconciled again."""
        self.flush(final=True)
        self.earlier += [h for h in self.sent if h not in self.earlier]
        self.sent = []

    def finish(self) -> list[str]:
        """The run's last flush; every household reconciled by the run."""
        last = self.flush(final=True)
        return self.earlier + [h for h in last if h not in self.earlier]

    def document_done(self, result: dict[str, Any]) -> None:
        if result.get("status") in ("extracted", "extract_failed"):
            self.waiting.append(int(result["document_id"]))
        if time.monotonic() - self.last >= self.FLUSH_S:
            self.flush()

    def flush(self, final: bool = False) -> list[str]:
        self.last = time.monotonic()
        try:
            ready = [h for h in complete_households(self.waiting) if h not in self.sent] if self.waiting else []
        except Exception as exc:  # the database away: the households stay waiting for the next flush
            ext.log.warning("暂时无法确定已读完的户 (households not checked now): %s", exc)
            return self.sent
        self.waiting = [] if final else self.waiting
        if ready:
            if not final and in_deployment():
                if not self._hand_over(ready):
                    return self.sent
            elif in_deployment():
                # the run's reading is done: reconcile here as a subflow rather than in a run of its own,
                # which starts a process and imports everything again (~3 CPU-s; 15 s before the findings
                # at load 20); handed to the deployment only when that fails here
                try:
                    reconcile_households(ready)
                except Exception as exc:
                    ext.log.warning("本进程对账未完成，交由部署运行 (reconciling here failed; handed over): %s", exc)
                    if not self._hand_over(ready):
                        return self.sent
            else:
                reconcile_households(ready)
            self.sent += ready
        return self.sent

    @staticmethod
    def _hand_over(ready: list[str]) -> bool:
        try:
            start("reconcile-households", {"archive_nos": ready})
        except Exception as exc:  # a busy or absent server: handed over at the next flush
            ext.log.warning("对账未能启动，稍后再试 (reconciliation not started now): %s", exc)
            return False
        return True


@flow(name="reconcile-households", persist_result=False, validate_parameters=False)
def reconcile_households(archive_nos: list[str], rules: str | None = None) -> list[dict[str, Any]]:
    """Reconcile these households now that their papers are read (findings stay current on their own).

    The reconciliation is ``flows.reconcile.reconcile_flow`` (one implementation); when it takes
    households (``archive_nos``) they are passed, otherwise it runs once per unit of these households.
    """
    from sqlalchemy import select

    from dangan.flows.extract import settle_notices
    from dangan.flows.reconcile import reconcile_flow

    settle_notices(archive_nos)  # the household step of dangan extract, before the household is compared
    accepts = inspect.signature(reconcile_flow.fn).parameters
    if "archive_nos" in accepts:
        return [reconcile_flow(rules=rules, archive_nos=archive_nos, actor="pipeline")]
    with db.session_scope() as s:
        units = sorted({u for u in s.scalars(select(db.Household.unit).where(
            db.Household.archive_no.in_(archive_nos))) if u})
    return [reconcile_flow(rules=rules, unit=u, actor="pipeline") for u in units]


# --- the safety net ----------------------------------------------------------------------------------


def dead_claimants(claimants: list[str]) -> list[str]:
    """Claimants that are flow runs in a final state (crashed, failed, cancelled, or done without
    finishing the document: a killed worker's run is marked crashed by Prefect)."""
    import uuid

    from prefect import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    ids = []
    for c in claimants:
        try:
            ids.append(uuid.UUID(c))
        except ValueError:
            continue
    if not ids:
        return []
    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=ids)))
    final = {str(r.id) for r in runs if r.state is not None and r.state.is_final()}
    known = {str(r.id) for r in runs}
    return [c for c in claimants if c in final or (c not in known and _is_uuid(c))]


def _is_uuid(text: str) -> bool:
    import uuid

    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


@flow(name="sweep", persist_result=False, validate_parameters=False)
def sweep(engine: str | None = None, min_age_s: float = 60.0) -> dict[str, Any]:
    """Hand back claims of dead runs, then extract what is still waiting (older than ``min_age_s``)."""
    return sweep_once(engine, min_age_s)


def sweep_once(engine: str | None = None, min_age_s: float = 60.0) -> dict[str, Any]:
    """The sweep's work, for the ``sweep`` flow and for the watcher, which does it in its own run every
    ``SWEEP_EVERY_S`` (a scheduled run every 2 minutes cost a process start each: ~5 CPU-s, half of what
    an idle stack burns)."""
    released = ext.release_claims(dead_claimants(ext.claimants_in_flight()))
    waiting = _waiting_documents(min_age_s)
    batches = [waiting[i : i + BATCH] for i in range(0, len(waiting), BATCH)]
    for ids in batches:
        if in_deployment():
            start("extract-batch", {"document_ids": ids, "engine": engine})
        else:
            extract_batch(ids, engine)
    return {"released": released, "waiting": len(waiting), "batches": len(batches)}


def _waiting_documents(min_age_s: float) -> list[int]:
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import select

    cutoff = datetime.now(UTC) - timedelta(seconds=min_age_s)
    pending = set(ext.pending_documents())
    if not pending:
        return []
    with db.session_scope() as s:
        old = s.scalars(select(db.Document.id).where(db.Document.id.in_(pending), db.Document.created_at < cutoff))
        return sorted(old)


# --- the watcher ------------------------------------------------------------------------------------


def submit_ingest(keys: list[str]) -> None:
    """What the watcher calls with stable inbox keys: ``ingest-batch`` runs of at most BATCH keys."""
    for i in range(0, len(keys), BATCH):
        chunk = keys[i : i + BATCH]
        if in_deployment():
            start("ingest-batch", {"inbox_keys": chunk})
        else:
            ingest_batch(chunk)


class _Submitter:
    """``submit`` of the watcher's run. A batch of stable keys goes to the run that took the drop's
    earlier keys while it still runs (it takes them as it works: ``ingest_batch``'s ``linger_s``), else
    to the warm standby ``ingest-batch`` run when one waits (Prefect's flow-run input: ``send_input``),
    else to a new run. A new run waits for a worker's poll (5 s), starts a process that imports Prefect
    and the pipeline, and loads its OCR engines (together ~8 s and ~8 CPU-s on this machine at rest)
    before the first page is read; the standby did all that before the drop. ``keep_warm`` (after each
    poll) starts a standby when none waits and nothing is in flight, so one never starts beside a
    drop's reading; it also hands out again at once the keys of a run that ended without taking them
    (sent as it ended; ingest is idempotent), instead of after ``resubmit_after``.

    A run takes at most ``BATCH`` keys in all; more go to a new run (another worker may take it)."""

    def __init__(self, standby_s: float, linger_s: float = 0.0, state: Any = None) -> None:
        self.standby_s, self.linger_s, self.state = standby_s, linger_s, state
        self.standby: tuple[Any, float] | None = None  # (flow run id, when started)
        self.current: tuple[Any, int] | None = None  # (flow run id, keys sent) of the run taking the drop
        self.sent: dict[Any, list[str]] = {}  # keys sent to each run still to be seen taken
        self.checked = 0.0
        self.checked_sent = 0.0

    def __call__(self, keys: list[str]) -> None:
        i = 0
        while i < len(keys):
            room = BATCH - self.current[1] if self.current and self.linger_s > 0 else BATCH
            chunk = keys[i : i + (room if room > 0 else BATCH)]
            i += len(chunk)
            if not in_deployment():
                ingest_batch(chunk)
                continue
            if room > 0 and self._to_current(chunk):
                continue
            if self._to_standby(chunk):
                continue
            run = start("ingest-batch", {"inbox_keys": chunk, "linger_s": self.linger_s})
            self._took(run.id, chunk)

    def receiving(self) -> bool:
        """A run takes keys as they come (the current one, or the standby): no need to hold a drop."""
        return self.linger_s > 0 and (self.current is not None or self._fresh() is not None)

    def _took(self, run_id: Any, keys: list[str]) -> None:
        if self.current is None or self.current[0] != run_id:
            self.current = (run_id, 0)
        self.current = (run_id, self.current[1] + len(keys))
        self.sent.setdefault(run_id, []).extend(keys)

    def _to_current(self, keys: list[str]) -> bool:
        if self.current is None or self.linger_s <= 0:
            return False
        run_id = self.current[0]
        if not _waiting(run_id) or not self._send(run_id, keys):
            self.current = None
            return False
        self._took(run_id, keys)
        return True

    def _fresh(self) -> Any:
        """The standby's run id while it has time left to take keys, else None."""
        if self.standby is None or time.monotonic() - self.standby[1] > self.standby_s - STANDBY_MARGIN_S:
            return None
        return self.standby[0]

    def _to_standby(self, keys: list[str]) -> bool:
        run_id, self.standby = self._fresh(), None
        if run_id is None or not _waiting(run_id) or not self._send(run_id, keys):
            return False
        self._took(run_id, keys)
        return True

    @staticmethod
    def _send(run_id: Any, keys: list[str]) -> bool:
        from prefect.input import send_input

        try:
            send_input(keys, flow_run_id=run_id, key_prefix=STANDBY_INPUT)
        except Exception as exc:  # a new run takes them instead
            ext.log.warning("运行未能接收，另起运行 (run not reached; a new run takes the keys): %s", exc)
            return False
        return True

    def hand_back(self) -> None:
        """Keys sent to a run that has ended and are still in the inbox are due again now (the run ended
        just as they were sent, or died); keys gone from the inbox were taken."""
        if self.state is None or not self.sent:
            return
        submitted = self.state.submitted
        for run_id in list(self.sent):
            keys = [k for k in self.sent[run_id] if k in submitted]
            if not keys:
                del self.sent[run_id]
            elif _ended(run_id):
                for k in keys:
                    submitted.pop(k, None)
                del self.sent[run_id]
                if self.current and self.current[0] == run_id:
                    self.current = None

    def keep_warm(self, in_flight: Any) -> None:
        now = time.monotonic()
        if now - self.checked_sent < 5:
            if self.current is not None:
                return
        else:
            self.checked_sent = now
            self.hand_back()
            if self.current is not None and not _ended(self.current[0]):
                return  # the drop's run still takes keys: it is the standby until it ends
            self.current = None
        if self._fresh() is not None:
            if now - self.checked < 30:
                return
            self.checked = now
            if _waiting(self.standby[0] if self.standby else None):  # a killed one is replaced
                return
        self.standby = None
        if in_flight():
            return
        from prefect.runtime import flow_run

        run = start("ingest-batch", {"inbox_keys": [], "standby_s": self.standby_s, "watcher": flow_run.get_id(),
                                     "linger_s": self.linger_s})
        self.standby, self.checked = (run.id, now), now


def _ended(run_id: Any) -> bool:
    """The run is known to have ended (a server that does not answer now says nothing)."""
    from prefect import get_client

    try:
        with get_client(sync_client=True) as client:
            state = client.read_flow_run(run_id).state
    except Exception:
        return False
    return state is not None and state.is_final()


def _waiting(run_id: Any) -> bool:
    """The run has not ended (scheduled, pending, running: it reads its input when it starts)."""
    if run_id is None:
        return False
    from prefect import get_client

    try:
        with get_client(sync_client=True) as client:
            state = client.read_flow_run(run_id).state
    except Exception:
        return False
    return state is not None and not state.is_final()


@flow(name="watch-inbox", persist_result=False, validate_parameters=False)
def watch_inbox_flow(interval: float = 5.0, max_in_flight: int = MAX_IN_FLIGHT,
                     max_polls: int | None = None, standby_s: float = STANDBY_S) -> dict[str, Any]:
    """Watch the inbox (``flows.watch.watch_and_submit``) and hand stable keys to ``ingest-batch`` runs,
    a warm standby first (``standby_s`` 0: none)."""
    from dangan.flows.watch import WatchState, documents_awaiting_extraction, watch_and_submit

    state = WatchState()
    # a run that takes a drop waits this long for more of it before it ends: two polls make a key stable
    linger_s = max(LINGER_MIN_S, 3 * interval) if standby_s > 0 else 0.0
    submitter, sweeper = _Submitter(standby_s, linger_s, state), _Sweeper()

    def after_poll() -> None:
        sweeper()
        if standby_s > 0 and in_deployment():  # in process, submit runs the batch here: no standby
            try:
                submitter.keep_warm(lambda: len(state.submitted) or documents_awaiting_extraction())
            except Exception as exc:  # the watcher goes on; a standby is tried again after the next poll
                ext.log.warning("备用运行未能启动 (standby not started now): %s", exc)

    return watch_and_submit(submit=submitter, max_in_flight=max_in_flight, interval=interval,
                            max_polls=max_polls, min_batch=BATCH, after_poll=after_poll,
                            hold_s=lambda: 0.0 if submitter.receiving() else HOLD_S, state=state)


class _Sweeper:
    """``sweep_once`` every ``SWEEP_EVERY_S`` inside the watcher's run; a failure is logged and tried at
    the next turn (the watcher's polling goes on)."""

    def __init__(self) -> None:
        self.last = time.monotonic()

    def __call__(self) -> None:
        if time.monotonic() - self.last < SWEEP_EVERY_S:
            return
        self.last = time.monotonic()
        try:
            sweep_once()
        except Exception as exc:
            ext.log.warning("清扫未完成，稍后再试 (sweep not done now; trying again later): %s", exc)


# --- registration -----------------------------------------------------------------------------------


def crash_orphans() -> int:
    """Mark runs of this host whose process is gone as crashed (a stopped or killed worker's runs).

    Their deployment slots (the watcher's) are freed and ``sweep`` hands their claims back. Runs of
    other hosts are left alone: their process ids mean nothing here.
    """
    import socket

    import psutil
    from prefect import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterState, FlowRunFilterStateType
    from prefect.client.schemas.objects import StateType
    from prefect.states import Crashed

    host = socket.gethostname()
    active = FlowRunFilter(state=FlowRunFilterState(type=FlowRunFilterStateType(
        any_=[StateType.RUNNING, StateType.PENDING, StateType.CANCELLING])))
    n = 0
    with get_client(sync_client=True) as client:
        for run in client.read_flow_runs(flow_run_filter=active):
            worker = str((run.labels or {}).get("prefect.worker.name", ""))
            pid = run.infrastructure_pid or ""
            if not worker.startswith(f"{host}-") or not pid.isdigit() or psutil.pid_exists(int(pid)):
                continue
            client.set_flow_run_state(run.id, Crashed(message="进程已不在 (its process is gone)"), force=True)
            n += 1
    return n



def deployment_specs() -> list[tuple[Any, dict[str, Any]]]:
    """(flow, to_deployment options) of every deployment of the project."""
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy

    from dangan.flows.fixity import verify_fixity
    from dangan.flows.reconcile import reconcile_flow

    one = ConcurrencyLimitConfig(limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW)
    return [
        # the schedule is a watchdog: a new run is cancelled while one watches, started if none does
        (watch_inbox_flow, {"interval": 300, "concurrency_limit": one}),
        (ingest_batch, {}),
        (extract_batch, {}),
        (reconcile_households, {}),
        (reconcile_flow, {}),
        (sweep, {"interval": SWEEP_SCHEDULE_S, "concurrency_limit": one}),
        (verify_fixity, {"cron": FIXITY_CRON, "parameters": {"sample": FIXITY_SAMPLE, "actor": "schedule"}}),
    ]


ZOMBIE_AUTOMATION = "dangan: 心跳停止的运行标为崩溃 (crash flow runs whose heartbeats stopped)"
HEARTBEAT_S = 30  # PREFECT_FLOWS_HEARTBEAT_FREQUENCY of the workers' flow runs (dangan.stack)


def ensure_zombie_automation() -> None:
    """Prefect's own zombie detection (docs: "detect zombie flows"): a run whose heartbeats stop for
    three periods — its host died, its process was killed with the worker — is marked crashed, and
    ``sweep`` then hands its claims to another worker."""
    from datetime import timedelta

    from prefect import get_client
    from prefect.client.schemas.objects import StateType
    from prefect.events.actions import ChangeFlowRunState
    from prefect.events.schemas.automations import AutomationCore, EventTrigger, Posture
    from prefect.events.schemas.events import ResourceSpecification

    final = {f"prefect.flow-run.{s}" for s in ("Completed", "Failed", "Cancelled", "Crashed")}
    automation = AutomationCore(
        name=ZOMBIE_AUTOMATION,
        trigger=EventTrigger(
            after={"prefect.flow-run.heartbeat"},
            expect={"prefect.flow-run.heartbeat", *final},
            match=ResourceSpecification({"prefect.resource.id": ["prefect.flow-run.*"]}),
            for_each={"prefect.resource.id"},
            posture=Posture.Proactive,
            threshold=1,
            within=timedelta(seconds=3 * HEARTBEAT_S),
        ),
        # not forced: Prefect's rules then refuse to mark a run that already ended (under load a last
        # heartbeat can reach the trigger after the run's Completed event; forced, it turned a completed
        # run into a crashed one 90 s later)
        actions=[ChangeFlowRunState(state=StateType.CRASHED, name="Crashed", message="心跳停止 (heartbeats stopped)",
                                   force=False)],
    )
    with get_client(sync_client=True) as client:
        for old in client.read_automations_by_name(ZOMBIE_AUTOMATION):  # an earlier version of it
            client.delete_automation(old.id)
        client.create_automation(automation)


def apply_deployments(ocr_slots: int | None = None) -> list[str]:
    """Create the work pool, the host's OCR limit and every deployment (idempotent); returns the names."""
    from prefect import get_client
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.exceptions import ObjectAlreadyExists
    from prefect.types.entrypoint import EntrypointType
    from prefect.workers.process import ProcessWorker

    from dangan.stack import POOL

    with get_client(sync_client=True) as client:
        with contextlib.suppress(ObjectAlreadyExists):
            client.create_work_pool(WorkPoolCreate(
                name=POOL, type="process", base_job_template=ProcessWorker.get_default_base_job_template()))
        client.upsert_global_concurrency_limit_by_name(ext.ocr_limit_name(), ocr_slots or os.cpu_count() or 1)
    ensure_zombie_automation()
    names = []
    for fl, options in deployment_specs():
        dep = fl.to_deployment(name=DEPLOYMENT, entrypoint_type=EntrypointType.MODULE_PATH, **options)
        dep.apply(work_pool_name=POOL)
        names.append(f"{fl.name}/{DEPLOYMENT}")
    return names
