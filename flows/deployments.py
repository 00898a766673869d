"""The project's Prefect deployments, declared in code, and the batch flows they run.

Every deployment is on the process work pool ``dangan`` (``dangan.stack.POOL``) and named ``dangan``
(``<flow name>/dangan``); ``apply_deployments`` registers them (``dangan up`` calls it). What runs:

* ``watch-inbox``   polls the inbox; hands stable keys in batches to ``ingest-batch`` (at most K in flight)
* ``ingest-batch``  ingests a batch of inbox keys (one task per key) and starts ``extract-batch`` with the
                    new originals: ``run_deployment`` (a stored original triggers its extraction)
* ``extract-batch`` claims and reads a batch of documents (one task per document, parallel on the OCR
                    processes) and starts ``reconcile-households`` for households whose papers are all read
* ``reconcile-households`` / ``reconcile`` (H4's flow, the whole drive)
* ``sweep``         every 2 minutes: hands back claims of crashed runs, extracts what was left stored
* ``verify-fixity`` on the 1st of every month, a 30 % sample

Why ``run_deployment`` chaining rather than events + automations: each hand-over carries a *batch*
(ids in the parameters), one flow run per batch, and the chain is visible in the code; an event per
document would make a flow run per document (~0.5 s each). Schedules are the safety net (``sweep``,
the watcher's watchdog) and the calendar (fixity). Outside a deployment (tests, ``dangan`` commands
run in process) the same flows call each other in process: one path, several entry points.
"""

from __future__ import annotations

import contextlib
import inspect
import os
import time
from typing import Any

from prefect import flow, task
from prefect.runtime import deployment as current_deployment
from prefect.task_runners import ThreadPoolTaskRunner

from dangan.flows import extract as ext
from dangan.flows.retry import IO_TASK_OPTIONS
from dangan.storage import db

DEPLOYMENT = "dangan"
BATCH = 100  # inbox keys per ingest-batch run; documents per extract-batch run
MAX_IN_FLIGHT = 500  # inbox keys handed over and not yet gone from the inbox (backpressure)
SWEEP_EVERY_S = 120
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


def ingest_key_step(inbox_key: str, actor: str) -> dict[str, Any]:
    from dangan.flows.ingest import run_ingest

    return run_ingest(inbox_key, actor)


ingest_key = task(name="ingest-object", **IO_TASK_OPTIONS)(ingest_key_step)


# Threads only wait on S3, the database and the checks' subprocesses: one per core keeps a busy machine
# from timing the PDF sandbox out (a file must never be quarantined because the host was overloaded).
@flow(name="ingest-batch", persist_result=False, validate_parameters=False,
      task_runner=_threads(os.cpu_count() or 1))
def ingest_batch(inbox_keys: list[str], actor: str = "watcher", extract: bool = True,
                 engine: str | None = None) -> dict[str, Any]:
    """Ingest a batch of inbox objects, then hand the new originals to extraction."""
    db.get_engine()  # once, before the threads: Alembic's upgrade is not thread-safe
    results: list[dict[str, Any]] = []
    for key, fut in zip(inbox_keys, ingest_key.map(inbox_keys, actor), strict=True):
        try:
            results.append(fut.result())
        except Exception as exc:  # a service away past the retries: the key stays in the inbox
            results.append({"status": "error", "inbox_key": key, "reason": str(exc)[:300]})
    stored = [r["document_id"] for r in results if r.get("status") == "stored"]
    if extract and stored:
        if in_deployment():
            start("extract-batch", {"document_ids": stored, "engine": engine})
        else:
            extract_batch(stored, engine)
    return {"results": results, "stored": stored}


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
    """Claim and read a batch (``None``: whatever is pending, up to ``limit``); reconcile finished households."""
    flusher = _HouseholdFlusher() if reconcile else None
    out = ext.run_batch(document_ids, engine, use_tasks=True, limit=limit,
                        on_done=flusher.document_done if flusher else None)
    households = flusher.flush(final=True) if flusher else []
    return {**out, "households_complete": households}


class _HouseholdFlusher:
    """Collects households whose papers are all read as documents finish; hands them to reconciliation
    every ``FLUSH_S`` seconds (and at the end), so findings follow the reading instead of the batch."""

    FLUSH_S = 20.0

    def __init__(self) -> None:
        self.waiting: list[int] = []
        self.sent: list[str] = []
        self.last = time.monotonic()

    def document_done(self, result: dict[str, Any]) -> None:
        if result.get("status") in ("extracted", "extract_failed"):
            self.waiting.append(int(result["document_id"]))
        if time.monotonic() - self.last >= self.FLUSH_S:
            self.flush()

    def flush(self, final: bool = False) -> list[str]:
        self.last = time.monotonic()
        ready = [h for h in complete_households(self.waiting) if h not in self.sent] if self.waiting else []
        self.waiting = [] if final else self.waiting
        if ready:
            self.sent += ready
            if in_deployment():
                start("reconcile-households", {"archive_nos": ready})
            else:
                reconcile_households(ready)
        return self.sent


@flow(name="reconcile-households", persist_result=False, validate_parameters=False)
def reconcile_households(archive_nos: list[str], rules: str | None = None) -> list[dict[str, Any]]:
    """Reconcile these households now that their papers are read (findings stay current on their own).

    The reconciliation is ``flows.reconcile.reconcile_flow`` (one implementation); when it takes
    households (``archive_nos``) they are passed, otherwise it runs once per unit of these households.
    """
    from sqlalchemy import select

    from dangan.flows.reconcile import reconcile_flow

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


@flow(name="watch-inbox", persist_result=False, validate_parameters=False)
def watch_inbox_flow(interval: float = 5.0, max_in_flight: int = MAX_IN_FLIGHT,
                     max_polls: int | None = None) -> dict[str, Any]:
    """Watch the inbox (``flows.watch.watch_and_submit``) and hand stable keys to ``ingest-batch`` runs."""
    from dangan.flows.watch import watch_and_submit

    return watch_and_submit(submit=submit_ingest, max_in_flight=max_in_flight, interval=interval,
                            max_polls=max_polls)


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
        (sweep, {"interval": SWEEP_EVERY_S, "concurrency_limit": one}),
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
        actions=[ChangeFlowRunState(state=StateType.CRASHED, name="Crashed", message="心跳停止 (heartbeats stopped)",
                                   force=True)],
    )
    with get_client(sync_client=True) as client:
        if not client.read_automations_by_name(ZOMBIE_AUTOMATION):
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
