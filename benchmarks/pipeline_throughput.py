"""End to end through the bucket on the local stack: pages/s with 1 and 2 workers, Prefect's overhead per
document, a drop of thousands of small documents, and the overhead of CLI commands.

    .venv/bin/python benchmarks/pipeline_throughput.py [--households 8[,24] --seed 5] [--workers 1,2]
        [--drop 2000] [--skip-e2e] [--skip-drop] [--skip-overhead] [--overhead-docs 100]

Starts its own SeaweedFS and Prefect server (``dangan.stack``) in a temporary directory; each run gets a
fresh PostgreSQL database (SQLite when PostgreSQL does not answer) and its own bucket prefix, and its
own workers (``prefect worker start`` on the ``dangan`` pool), stopped after the run.

1. baseline: ``dangan extract DIR --workers <cores>`` on the synthetic scans (seen layouts, one-page
   JPEGs), pages/s;
2. end to end: the same files put into the inbox with the minio SDK once the stack (workers, watcher and
   its warm standby ``ingest-batch`` run) is up and at rest, as ``dangan up`` leaves it; the clock stops
   when every document is read (watcher → ingest-batch, which reads each original as it stores it;
   RapidOCR), with 1 and with 2 workers; ``dangan extract`` runs just before and after each, and the
   end-to-end figure is compared with the mean of the two. Each run prints where its seconds went (from
   the first upload: stored, flow runs created / picked up by a worker / running, first and last page
   read, households reconciled) and CPU seconds by process (server, store, worker, each flow run and its
   OCR processes; the standby's start, paid before the drop, apart). ``--households 8,24`` runs a
   second, larger corpus: the fixed latency of a drop weighs less there;
3. orchestration only (``DANGAN_OCR_ENGINE=null``: page preparation runs, OCR returns nothing — this
   measures Prefect and the pipeline's plumbing, not reading): ``--drop`` tiny unique PNGs; flow runs
   by final state, documents by status;
4. Prefect's overhead per document: the same work done by the plain steps and by its tasks mapped in a
   flow (one thread, so nothing overlaps), for both kinds of task (``ingest-objects``, a chunk of keys as
   ``ingest-batch`` cuts them; ``extract-documents``, chunks of ``READ_CHUNK`` documents), in wall ms and
   in CPU ms of the client and the Prefect server (wall time on a shared machine grows with the other
   agents' load), plus the start of one ``ingest-batch`` run shared by a batch (``BATCH`` documents;
   that run ingests and reads): wall, and CPU of the worker's flow-run process and the server; the drop
   (3) counts the task runs it made per document;
5. commands against the running server: ``dangan verify --sample 0.05`` (runs a flow), ``dangan status``
   and ``dangan findings`` (read-only), wall time of the whole process.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DANGAN = str(Path(sys.executable).parent / "dangan")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _fresh_database(tmp: Path, tag: str) -> str:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=1):
            pass
    except OSError:
        return f"sqlite:///{tmp / f'{tag}.db'}"
    from sqlalchemy import text

    name = f"dangan_bench_{tag}_{uuid.uuid4().hex[:8]}"
    with _admin() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    CREATED_DBS.append(name)
    return f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"


CREATED_DBS: list[str] = []


@contextlib.contextmanager
def _admin() -> Iterator[Any]:
    from sqlalchemy import create_engine

    admin = create_engine("postgresql+psycopg://postgres@127.0.0.1:5432/test", isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            yield conn
    finally:
        admin.dispose()


def _drop_databases() -> None:
    from sqlalchemy import text

    from dangan.storage.db import _engine_for

    _engine_for.cache_clear()
    with _admin() as conn:
        for name in CREATED_DBS:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def _new_run(tmp: Path, tag: str) -> None:
    """Fresh database and bucket prefix for one run (the store and the Prefect server are shared)."""
    from dangan.config import load_settings
    from dangan.storage import db, objects

    os.environ["DANGAN_DATABASE_URL"] = _fresh_database(tmp, tag)
    os.environ["DANGAN_BUCKET_PREFIX"] = f"b{uuid.uuid4().hex[:6]}-"
    settings = load_settings()
    db.get_engine(settings)
    objects.ensure_buckets(objects.get_client(settings), settings)


def _upload(files: list[tuple[str, bytes | Path]]) -> None:
    from dangan.config import load_settings
    from dangan.storage import objects

    settings = load_settings()
    client = objects.get_client(settings)
    for key, data in files:
        if isinstance(data, Path):
            client.fput_object(settings.bucket("inbox"), key, str(data))
        else:
            client.put_object(settings.bucket("inbox"), key, io.BytesIO(data), len(data))


def _counts() -> dict[str, int]:
    from sqlalchemy import func, select

    from dangan.storage import db

    with db.session_scope() as s:
        docs = dict(s.execute(select(db.Document.status, func.count()).group_by(db.Document.status)).all())
        docs["quarantined"] = s.scalar(select(func.count()).select_from(db.QuarantineEntry)) or 0
        reads = s.execute(select(db.Event.document_id, func.count()).where(db.Event.event_type == "extracted")
                          .group_by(db.Event.document_id)).all()
    docs["read"] = len(reads)
    docs["read_twice"] = sum(1 for _d, n in reads if n > 1)
    return docs


def _wait_done(n: int, timeout: float) -> tuple[float, dict[str, int]]:
    """Until n documents are finished (or ``timeout``: the counts then say how far it got)."""
    start = time.monotonic()
    while True:
        c = _counts()
        finished = c.get("extracted", 0) + c.get("extract_failed", 0) + c["quarantined"]
        if finished >= n or time.monotonic() - start > timeout:
            c["finished"] = finished
            return time.monotonic() - start, c
        time.sleep(0.25)  # the clock's resolution: `dangan extract` is timed to its exit


def _wait_running(flow_run_id: Any, timeout: float = 300.0) -> None:
    from prefect import get_client

    deadline = time.monotonic() + timeout
    with get_client(sync_client=True) as client:
        while time.monotonic() < deadline:
            state = client.read_flow_run(flow_run_id).state
            if state is not None and (state.is_running() or state.is_final()):
                return
            time.sleep(0.5)


class Stack:
    """The benchmark's SeaweedFS + Prefect server; workers per run."""

    def __init__(self, tmp: Path) -> None:
        from dangan.config import load_settings
        from dangan.storage import weed

        os.environ.update({"DANGAN_DATA_DIR": str(tmp / "data"), "DANGAN_S3_PORT": os.environ.get("DANGAN_S3_PORT") or str(_free_port())})
        prefect_db = _fresh_database(tmp, "prefect")  # several workers and a 2,000-file drop: SQLite answers 503
        if prefect_db.startswith("postgresql"):
            os.environ["DANGAN_PREFECT_DATABASE_URL"] = prefect_db
        for k in ("DANGAN_S3_ENDPOINT", "DANGAN_S3_ACCESS_KEY", "DANGAN_S3_SECRET_KEY", "PREFECT_API_URL"):
            os.environ.pop(k, None)
        self.settings = load_settings()
        weed.start_embedded(self.settings)
        t = time.monotonic()
        from dangan import stack

        self.url = stack.start_server(self.settings)
        self.server_start_s = time.monotonic() - t
        os.environ["PREFECT_API_URL"] = self.url
        from dangan.flows import deployments

        deployments.apply_deployments()

    def start_workers(self, n: int, interval: float = 1.0) -> None:
        """``n`` workers and the watcher (polling every ``interval`` s; `dangan up`'s watcher: 5 s)."""
        from dangan import stack
        from dangan.flows import deployments

        for i in range(n):
            stack.start_worker(self.settings, self.url, i)
        watcher = deployments.start("watch-inbox", {"interval": interval})
        _wait_running(watcher.id)  # the stack is up before the drop, as `dangan up` leaves it
        self.settle()

    def settle(self, timeout: float = 300.0) -> None:
        """Until the stack is at rest as `dangan up` leaves it: the watcher's warm standby running (its
        OCR engines loaded) and the stack's processes near idle."""
        import psutil

        from dangan import stack as stack_mod
        from dangan.flows import deployments

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not _standby_running():
            time.sleep(0.5)
        pids = [w["pid"] for w in stack_mod.workers(self.settings)]
        last = None
        while time.monotonic() < deadline:
            total = 0.0
            for pid in pids:
                with contextlib.suppress(Exception):
                    for proc in [psutil.Process(pid), *psutil.Process(pid).children(recursive=True)]:
                        with contextlib.suppress(Exception):
                            t = proc.cpu_times()
                            total += t.user + t.system
            if last is not None and total - last < 0.3 * deployments.STANDBY_POLL_S * 2:  # < 0.3 CPU-s/s
                return
            last = total
            time.sleep(2 * deployments.STANDBY_POLL_S)

    def stop_workers(self) -> None:
        from dangan import stack
        from dangan.flows import deployments

        stack.stop_prefect(self.settings, keep_server=True)
        deployments.crash_orphans()

    def close(self) -> None:
        from dangan import stack
        from dangan.storage import weed

        stack.stop_prefect(self.settings)
        weed.stop_embedded(self.settings)


def baseline(scans: Path, pages: int, workers: int) -> tuple[float, float]:
    """``dangan extract`` pages/s on the same files (the in-process path, no store, no Prefect), and the
    CPU seconds of its process tree."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.monotonic()
    # its own process group: stopped with the benchmark, its OCR processes go too (subprocess.run would
    # SIGKILL the command alone and leave them running)
    proc = subprocess.Popen([DANGAN, "extract", str(scans), "--workers", str(workers)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        code = proc.wait()
    finally:
        if proc.poll() is None:
            from dangan import stack

            stack.stop_group(proc.pid)
    if code not in (0, 3):  # 3: some files could not be read (the corpus has damaged scans)
        raise RuntimeError(f"dangan extract exited {code}")
    wall, after = time.monotonic() - t, resource.getrusage(resource.RUSAGE_CHILDREN)
    return pages / wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def _baseline(scans: Path, pages: int, workers: int) -> dict[str, float]:
    rate, cpu = baseline(scans, pages, workers)
    return {"pages_per_s": rate, "cpu_s": cpu, "cpu_s_per_page": cpu / pages, "load": os.getloadavg()[0]}


def end_to_end(stack: Stack, tmp: Path, files: list[tuple[str, Path]], pages: int, workers: int) -> dict[str, Any]:
    os.environ.pop("DANGAN_OCR_ENGINE", None)
    _new_run(tmp, f"e2e{workers}")
    stack.start_workers(workers)
    sampler = _Sampler(stack)
    try:
        t, since, cpu0 = time.monotonic(), time.time(), _tree_cpu(stack)
        offset = since - t  # the timeline is in wall-clock times (database, Prefect): a step of the clock shifts it
        sampler.start()
        _upload(list(files))
        uploaded = time.time()
        _elapsed, counts = _wait_done(len(files), 3600)
        total = time.monotonic() - t
        cpu1 = _tree_cpu(stack)
        cpu = sum(cpu1.values()) - sum(cpu0.values())
        server_cpu = cpu1["server"] - cpu0["server"]
        reconciled = _wait_reconciled(since, 180)  # after the clock: the findings' latency, not pages/s
        sampler.stop()
        time.sleep(8)  # the server records the last task runs
        tasks = _task_runs(since)
        ingest_runs = _ingest_runs(since)
        timeline = _timeline(since, uploaded, total, reconciled)
        timeline["wall_clock_step"] = round((time.time() - time.monotonic()) - offset, 2)  # ~0 unless it was set
        names = timeline.pop("_run_names")
    finally:
        sampler.stop()
        stack.stop_workers()
    return {"workers": workers, "seconds": total, "pages_per_s": pages / total, "load": os.getloadavg()[0],
            "cpu_s": cpu, "server_cpu_s": server_cpu, "cpu_s_per_page": cpu / pages, "counts": counts,
            "task_runs": tasks, "ingest_batch_runs": ingest_runs, "timeline_s": timeline,
            "cpu_by_role_s": sampler.by_role(names)}


class _Sampler(threading.Thread):
    """CPU seconds of every process of the stack by role, sampled twice a second: flow-run processes and
    their OCR processes end with their run, so a process's last sample is its CPU (its own, not its
    children's: nothing is counted twice). Roles: server, store (SeaweedFS), worker (the `prefect worker`
    processes), one per flow run (`prefect.engine` processes, by flow-run id) and its OCR processes."""

    def __init__(self, stack: Stack) -> None:
        super().__init__(daemon=True)
        from dangan import stack as stack_mod
        from dangan.storage import weed

        state = stack_mod._read_state(stack.settings)
        self.roots = {"server": state.get("server_pid"), "store": weed.running_pid(stack.settings)}
        self.workers = [w.get("pid") for w in state.get("workers", [])]
        self.seen: dict[int, tuple[str, float, float]] = {}  # pid -> (role, cpu at first sight, last cpu)
        self.halt = threading.Event()

    def _role(self, proc: Any, parent_role: str) -> str:
        if parent_role.startswith("run:"):
            return parent_role if parent_role.endswith(":ocr") else parent_role + ":ocr"
        with contextlib.suppress(Exception):
            run = proc.environ().get("PREFECT__FLOW_RUN_ID")
            if run:
                return f"run:{run}"
        return parent_role

    def _sample(self) -> None:
        import psutil

        todo = [(pid, role) for role, pid in self.roots.items() if pid]
        todo += [(pid, "worker") for pid in self.workers if pid]
        while todo:
            pid, role = todo.pop()
            try:
                proc = psutil.Process(pid)
                t = proc.cpu_times()
                cpu = t.user + t.system
                known = self.seen.get(pid)
                role = known[0] if known else self._role(proc, role)
                # a process born during the run counts whole; one alive before, from the first sample
                first = known[1] if known else (cpu if proc.create_time() < self.started else 0.0)
                self.seen[pid] = (role, first, cpu)
                todo += [(c.pid, role) for c in proc.children()]
            except Exception:
                continue

    def run(self) -> None:
        self.started = time.time()
        while not self.halt.is_set():
            self._sample()
            self.halt.wait(0.5)

    def stop(self) -> None:
        if self.is_alive():
            self.halt.set()
            self.join()

    def by_role(self, names: dict[str, str]) -> dict[str, float]:
        """CPU-s by role; flow runs named by their flow (``ingest-batch``, ``ingest-batch:ocr`` …)."""
        out: dict[str, float] = {}
        for role, first, last in self.seen.values():
            if role.startswith("run:"):
                run, _, ocr = role[4:].partition(":")
                role = names.get(run, "other-run") + (":ocr" if ocr else "")
                if first and role.startswith("ingest-batch"):  # the warm standby's start, paid before the drop
                    out[f"{role} before the drop"] = round(out.get(f"{role} before the drop", 0.0) + first, 1)
            out[role] = round(out.get(role, 0.0) + last - first, 1)
        return dict(sorted(out.items()))


def _wait_reconciled(since: float, timeout: float) -> float | None:
    """Epoch when the last ``reconcile-households`` run of the drop ended (None: none within ``timeout``)."""
    from prefect import get_client

    deadline = time.monotonic() + timeout
    with get_client(sync_client=True) as client:
        while time.monotonic() < deadline:
            runs = [r for r in client.read_flow_runs(limit=200) if r.created is not None
                    and r.created.timestamp() >= since and "archive_nos" in (r.parameters or {})]
            if runs and all(r.state is not None and r.state.is_final() for r in runs):
                ends = [r.end_time.timestamp() for r in runs if r.end_time is not None]
                return max(ends) if ends else None
            time.sleep(1.0)
    return None


def _timeline(since: float, uploaded: float, total: float, reconciled: float | None) -> dict[str, Any]:
    """Seconds from the drop's first upload: where the end-to-end time goes. From the database's events
    (stored, extracted), Prefect's flow runs (created = handed over by the watcher, Pending = the worker
    took it and starts its process, Running = the process has imported and begun) and task runs."""

    from prefect import get_client
    from prefect.client.schemas.filters import TaskRunFilter, TaskRunFilterStartTime
    from sqlalchemy import func, select

    from dangan.storage import db

    def rel(x: Any) -> float | None:
        return None if x is None else round((x if isinstance(x, float) else x.timestamp()) - since, 2)

    out: dict[str, Any] = {"uploaded": rel(uploaded), "all_read (clock)": round(total, 2)}
    with db.session_scope() as s:
        for kind in ("stored", "extracted"):
            first, last = s.execute(select(func.min(db.Event.at), func.max(db.Event.at))
                                    .where(db.Event.event_type == kind)).one()
            out[f"first_{kind}"], out[f"last_{kind}"] = rel(_utc(first)), rel(_utc(last))
    names: dict[str, str] = {}
    with get_client(sync_client=True) as client:
        # runs of the drop, and the standby that was warm before it (created before the first upload)
        runs = [r for r in client.read_flow_runs(limit=200) if r.created is not None and (
            r.created.timestamp() >= since - 1 or r.end_time is None or r.end_time.timestamp() >= since)]
        for r in sorted(runs, key=lambda r: r.created.timestamp() if r.created else 0.0):
            names[str(r.id)] = _flow_name(client, r.flow_id) if r.flow_id else ""
            if names[str(r.id)] not in ("ingest-batch", "extract-batch", "reconcile-households"):
                continue
            states = {st.type.value: st.timestamp for st in reversed(client.read_flow_run_states(r.id))}
            key = f"{names[str(r.id)]}#{sum(1 for k in out if k.startswith(names[str(r.id)]))}"
            out[key] = {"created": rel(r.created), "pending": rel(states.get("PENDING")),
                        "running": rel(states.get("RUNNING")), "end": rel(r.end_time),
                        "state": r.state.type.value if r.state else None}
            if {"standby_s", "linger_s"} & set(r.parameters or {}):  # keys handed by flow-run input
                from dangan.flows.deployments import STANDBY_INPUT

                handed = client.filter_flow_run_input(r.id, STANDBY_INPUT, 1000, set())
                times = [i.created for i in handed if i.created is not None]
                out[key]["keys_handed"] = rel(min(times)) if times else None
                out[key]["hand_overs"] = len(times)  # the drop's later keys, taken while the run works
                out[key]["last_keys_handed"] = rel(max(times)) if times else None
        after = TaskRunFilter(start_time=TaskRunFilterStartTime(after_=_after(since - 1)))
        tasks = client.read_task_runs(task_run_filter=after, limit=200)
        for name in ("ingest-objects", "extract-documents"):
            starts = [t.start_time for t in tasks if t.name.startswith(name) and t.start_time]
            out[f"first_{name}_task"] = rel(min(starts)) if starts else None
    out["reconciled"] = rel(reconciled)
    out["_run_names"] = names
    return out


_FLOW_NAMES: dict[Any, str] = {}


def _flow_name(client: Any, flow_id: Any) -> str:
    if flow_id not in _FLOW_NAMES:
        _FLOW_NAMES[flow_id] = client.read_flow(flow_id).name
    return _FLOW_NAMES[flow_id]


def _after(seconds: float) -> Any:
    """A filter's lower time bound (Prefect types it as its own DateTime, a datetime subclass)."""
    from datetime import UTC, datetime

    return datetime.fromtimestamp(seconds, UTC)


def _utc(x: Any) -> Any:
    """SQLite gives naive datetimes (stored in UTC)."""
    from datetime import UTC

    return x.replace(tzinfo=UTC) if x is not None and x.tzinfo is None else x


def _standby_running() -> bool:
    """An ``ingest-batch`` run without keys (the watcher's standby) is running."""
    from prefect import get_client

    with get_client(sync_client=True) as client:
        return any(r.state is not None and r.state.is_running() and not (r.parameters or {}).get("inbox_keys")
                   and "standby_s" in (r.parameters or {}) for r in client.read_flow_runs(limit=200))


def _ingest_runs(since: float) -> int:
    """``ingest-batch`` runs that ingested keys of the drop (the watcher hands a drop over as one run
    once the inbox is quiet, to its warm standby when one waits; each other run starts a process and
    its OCR processes)."""

    from prefect import get_client
    from prefect.client.schemas.filters import TaskRunFilter, TaskRunFilterStartTime

    after = TaskRunFilter(start_time=TaskRunFilterStartTime(after_=_after(since - 5)))
    runs = set()
    with get_client(sync_client=True) as client:
        offset = 0
        while batch := client.read_task_runs(task_run_filter=after, limit=200, offset=offset):
            runs |= {r.flow_run_id for r in batch if r.name.startswith("ingest-objects")}
            offset += len(batch)
    return len(runs)


def _tree_cpu(stack: Stack) -> dict[str, float]:
    """CPU seconds of the stack (``server``; ``workers``: the workers and their flow runs, live or waited
    for, with their OCR processes). The store and the database are not counted."""
    import psutil

    from dangan import stack as stack_mod

    state = stack_mod._read_state(stack.settings)
    roles = {"server": [state.get("server_pid")], "workers": [w.get("pid") for w in state.get("workers", [])]}
    out = {}
    for role, pids in roles.items():
        total = 0.0
        for pid in pids:
            with contextlib.suppress(Exception):
                for proc in [psutil.Process(pid), *psutil.Process(pid).children(recursive=True)]:
                    with contextlib.suppress(Exception):
                        t = proc.cpu_times()  # a process's waited-for children are in its children_* times
                        total += t.user + t.system + t.children_user + t.children_system
        out[role] = total
    return out


def tiny_png(i: int) -> bytes:
    """A small unique page (index drawn as a bar code of black cells): unique bytes, cheap to prepare."""
    import numpy as np
    from PIL import Image

    page = np.full((160, 240), 255, dtype=np.uint8)
    for bit in range(16):
        if i >> bit & 1:
            page[60:100, 8 + bit * 14 : 18 + bit * 14] = 0
    buf = io.BytesIO()
    Image.fromarray(page, "L").save(buf, "PNG")
    return buf.getvalue()


def _run_states(since: float) -> dict[str, int]:
    """Flow runs of the drop by state, read while the workers still run (stopping them crashes the
    watcher, which would otherwise count as a failure of the drop)."""
    from prefect import get_client

    with get_client(sync_client=True) as client:
        runs, offset = [], 0
        while batch := client.read_flow_runs(limit=200, offset=offset):  # the API serves 200 at most
            runs += [r for r in batch if r.start_time is None or r.start_time.timestamp() >= since - 5]
            offset += len(batch)
    states: dict[str, int] = {}
    for r in runs:
        key = r.state.type.value if r.state else "?"
        states[key] = states.get(key, 0) + 1
    return states


def orchestration_drop(stack: Stack, tmp: Path, n: int, workers: int, timeout: float) -> dict[str, Any]:
    os.environ["DANGAN_OCR_ENGINE"] = "null"
    _new_run(tmp, "drop")
    stack.start_workers(workers, interval=5.0)  # as `dangan up` runs it: a listing of thousands each second costs
    files: list[tuple[str, bytes | Path]] = [
        (f"压力测试/压测{i // 20:05d}/{i:05d}.png", tiny_png(i)) for i in range(n)]
    started_at = time.time()
    try:
        t = time.monotonic()
        _upload(files)
        upload_s = time.monotonic() - t
        _elapsed, counts = _wait_done(n, timeout)
        total = time.monotonic() - t
        time.sleep(10)  # the last runs finish (states are read before the benchmark stops the workers)
        states = _run_states(started_at)
        tasks = _task_runs(started_at)
    finally:
        stack.stop_workers()
        os.environ.pop("DANGAN_OCR_ENGINE", None)
    stored = sum(v for k, v in counts.items() if k in ("stored", "extracted", "extract_failed"))
    failures = states.get("FAILED", 0) + states.get("CRASHED", 0) + counts.get("extract_failed", 0)
    return {"documents": n, "upload_s": upload_s, "seconds": total, "docs_per_s": counts["finished"] / total,
            "load": os.getloadavg()[0], "stored": stored, "read": counts["read"], "read_twice": counts["read_twice"],
            "quarantined": counts["quarantined"], "failures": failures, "counts": counts,
            "flow_runs_by_state": states, "task_runs": tasks, "task_runs_per_document": sum(tasks.values()) / n}


def _one_thread() -> Any:
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner(max_workers=1)


class _Clock:
    """Wall time and CPU time of this process (its threads: Prefect's client runs here) plus the Prefect
    server's: CPU seconds do not grow with the other agents' load the way wall seconds do."""

    def __init__(self, server_pid: int | None) -> None:
        import psutil

        self.server = psutil.Process(server_pid) if server_pid else None

    def _cpu(self) -> tuple[float, float]:
        server = 0.0
        if self.server is not None:
            for proc in [self.server, *self.server.children(recursive=True)]:
                with contextlib.suppress(Exception):
                    t = proc.cpu_times()
                    server += t.user + t.system
        return time.process_time(), server

    def __call__(self, fn: Any, *args: Any) -> dict[str, float]:
        """Measure ``fn``; the server's CPU over 6 s more (it records task runs in batches every 5 s)."""
        time.sleep(6)  # earlier work's records land before the start
        wall, (client, server) = time.monotonic(), self._cpu()
        fn(*args)
        elapsed, (client2, _) = time.monotonic() - wall, self._cpu()
        time.sleep(6)
        return {"wall": elapsed, "client_cpu": client2 - client, "server_cpu": self._cpu()[1] - server}


def _per_doc(plain: dict[str, float], in_flow: dict[str, float], n_plain: int, n_flow: int) -> dict[str, float]:
    """Milliseconds per document that the task adds: wall, and CPU (client + server)."""
    out = {k: (in_flow[k] / n_flow - plain[k] / n_plain) * 1000 for k in plain}
    out["cpu"] = out["client_cpu"] + out["server_cpu"]
    return out


def _reset_reads(ids: list[int]) -> None:
    """The documents stored and unclaimed again, so that the same reading is measured twice."""
    from sqlalchemy import update

    from dangan.storage import db

    with db.session_scope() as s:
        s.execute(update(db.Document).where(db.Document.id.in_(ids))
                  .values(status="stored", claimed_by=None, claimed_at=None))


def _worker_cpu(pid: int) -> float:
    """CPU seconds of a worker and of the flow-run processes it has waited for (children's times)."""
    import psutil

    t = psutil.Process(pid).cpu_times()
    return t.user + t.system + t.children_user + t.children_system


def overhead_per_document(stack: Stack, tmp: Path, docs: int) -> dict[str, Any]:
    """Per document, one thread each so nothing overlaps: (task-mapped flow − plain steps) for its two
    kinds of task, chunked as a batch chunks them, plus one ``ingest-batch`` deployment run's start
    shared by the ``BATCH`` documents of a run (that run ingests and reads: no second run per batch).
    The tasks' cost is given in wall ms and in CPU ms of this process and the server (the machine is
    shared); the run's start in wall s and in CPU s of the worker's flow-run process and the server."""
    from prefect import flow

    from dangan import stack as stack_mod
    from dangan.flows import extract as ext
    from dangan.flows.deployments import BATCH, ingest_chunk, ingest_chunk_step, ingest_chunks

    os.environ["DANGAN_OCR_ENGINE"] = "null"
    _new_run(tmp, "overhead")
    clock = _Clock(stack_mod._read_state(stack.settings).get("server_pid"))
    keys = [f"开销/开销00001/{i:05d}.png" for i in range(2 * docs + 2)]
    _upload([(k, tiny_png(50000 + i)) for i, k in enumerate(keys)])
    ids: list[int] = []
    plain_parts, flow_parts = ingest_chunks(keys[:docs]), ingest_chunks(keys[docs + 2 :])

    def ingest_plainly() -> None:
        for part in plain_parts:
            ids.extend(r["document_id"] for r in ingest_chunk_step(part, "bench"))

    ingest_plain = clock(ingest_plainly)

    @flow(name="bench-mapped-ingest", persist_result=False, task_runner=_one_thread())
    def mapped_ingest(parts: list[list[str]]) -> int:
        return len([f.result() for f in ingest_chunk.map(parts, "bench")])

    mapped_ingest([keys[docs : docs + 2]])  # warm the flow machinery
    ingest_flow = clock(mapped_ingest, flow_parts)

    read_parts = ext.chunks(ids, ext.ocr_workers() + 1, ext.READ_CHUNK)  # a backlog as the readers cut it
    ext.run_extract_document(ids[0], "null")  # warm: OCR pool, engine, connections
    _reset_reads(ids)
    read_plain = clock(lambda: [ext.extract_chunk_step(p, "null") for p in read_parts])
    _reset_reads(ids)

    @flow(name="bench-mapped", persist_result=False, task_runner=_one_thread())
    def mapped(parts: list[list[int]]) -> int:
        reads = [r for f in ext.extract_chunk.map(parts, "null") for r in f.result()]
        assert all(r["status"] == "extracted" for r in reads), reads[:3]
        return len(reads)

    mapped([ids[:1]])  # warm the flow machinery
    _reset_reads(ids)
    read_flow = clock(mapped, read_parts)
    run_start = _run_start(stack, clock)
    os.environ.pop("DANGAN_OCR_ENGINE", None)
    ingest_ms, extract_ms = _per_doc(ingest_plain, ingest_flow, docs, docs), _per_doc(read_plain, read_flow, docs, docs)
    return {"documents": docs, "load": os.getloadavg()[0], "ingest_tasks": len(flow_parts),
            "extract_tasks": len(read_parts), "ingest_task_ms": ingest_ms, "extract_task_ms": extract_ms,
            "deployment_run_s": run_start["wall"], "deployment_run_cpu_s": run_start["cpu"],
            "deployment_run_cpu_with_background_s": run_start["cpu_with_background"],
            "background_cpu_per_s": run_start["background_cpu_per_s"], "batch": BATCH,
            "amortised_wall_ms": ingest_ms["wall"] + extract_ms["wall"] + run_start["wall"] / BATCH * 1000,
            "amortised_cpu_ms": ingest_ms["cpu"] + extract_ms["cpu"] + run_start["cpu"] / BATCH * 1000}


def _run_start(stack: Stack, clock: _Clock) -> dict[str, float]:
    """Wall and CPU (worker and its flow-run process, server) of one empty ``ingest-batch`` deployment run."""
    from prefect.deployments import run_deployment

    from dangan import stack as stack_mod
    from dangan.flows import deployments

    stack.start_workers(1)
    try:
        time.sleep(5)  # the worker polls every 2 s
        worker = stack_mod.workers(stack.settings)[0]["pid"]
        time.sleep(6)  # the watcher's start lands before the clock starts
        # what the server and the worker burn meanwhile anyway (the watcher polling, the server's loop
        # services), measured over 20 s before the run, is taken off the run's figure
        cpu0, server0, t = _worker_cpu(worker), clock._cpu()[1], time.monotonic()
        time.sleep(20)
        idle_rate = (_worker_cpu(worker) - cpu0 + clock._cpu()[1] - server0) / (time.monotonic() - t)
        cpu0, server0, t = _worker_cpu(worker), clock._cpu()[1], time.monotonic()
        run_deployment(f"ingest-batch/{deployments.DEPLOYMENT}", parameters={"inbox_keys": [], "reconcile": False},
                       timeout=600, poll_interval=0.2, as_subflow=False)
        wall = time.monotonic() - t
        time.sleep(6)
        cpu = _worker_cpu(worker) - cpu0 + clock._cpu()[1] - server0
        background = idle_rate * (time.monotonic() - t)
    finally:
        stack.stop_workers()
    return {"wall": wall, "cpu": cpu - background, "cpu_with_background": cpu, "background_cpu_per_s": idle_rate}


def _task_runs(since: float) -> dict[str, int]:
    """Task runs started since ``since`` (epoch s), by task name (``ingest-objects-1a2``: ``ingest-objects``)."""

    from prefect import get_client
    from prefect.client.schemas.filters import TaskRunFilter, TaskRunFilterStartTime

    after = TaskRunFilter(start_time=TaskRunFilterStartTime(after_=_after(since - 5)))
    names: dict[str, int] = {}
    with get_client(sync_client=True) as client:
        offset = 0
        while batch := client.read_task_runs(task_run_filter=after, limit=200, offset=offset):
            for r in batch:
                name = r.name.rsplit("-", 1)[0]
                names[name] = names.get(name, 0) + 1
            offset += len(batch)
    return names


def command_times() -> dict[str, float]:
    """Wall time of whole CLI processes against the running server (the benchmark's own env), and their
    CPU seconds (``… cpu``: the process alone; the server's share of a flow run is not in it)."""
    import resource

    out = {}
    for name, args in (("verify --sample 0.05 (flow)", ["verify", "--sample", "0.05", "--format", "json"]),
                       ("status (read-only)", ["status"]),
                       ("findings (read-only)", ["findings", "--format", "json"])):
        env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}  # found via stack.json
        before, t = resource.getrusage(resource.RUSAGE_CHILDREN), time.monotonic()
        subprocess.run([DANGAN, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        out[name] = time.monotonic() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        out[f"{name} cpu"] = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # ~112 pages; a list (8,24) runs each corpus in turn: the stack's fixed latency (hand-over, process
    # start) weighs less on a larger drop
    parser.add_argument("--households", default="8")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--drop", type=int, default=2000)
    parser.add_argument("--drop-workers", type=int, default=1)
    parser.add_argument("--drop-timeout", type=float, default=3600.0)
    parser.add_argument("--overhead-docs", type=int, default=100)
    parser.add_argument("--skip-e2e", action="store_true")
    parser.add_argument("--skip-drop", action="store_true")
    parser.add_argument("--skip-overhead", action="store_true")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop the stack on `kill` too (finally below)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "ERROR")
    cores = os.cpu_count() or 1
    report: dict[str, Any] = {"cores": cores, "load_at_start": os.getloadavg()}
    with tempfile.TemporaryDirectory(prefix="dangan-pipeline-bench-") as tmpdir:
        tmp = Path(tmpdir)
        stack = Stack(tmp)
        report["prefect_server_start_s"] = stack.server_start_s
        try:
            if not args.skip_e2e:
                report["corpora"] = [_corpus_runs(stack, tmp, int(h), args.seed, args.workers, cores)
                                     for h in str(args.households).split(",")]
            if not args.skip_overhead:
                report["overhead"] = _shown("overhead", overhead_per_document(stack, tmp, args.overhead_docs))
                report["commands_s"] = _shown("commands", command_times())
            if not args.skip_drop:
                report["drop"] = _shown("drop", orchestration_drop(stack, tmp, args.drop, args.drop_workers,
                                                                   args.drop_timeout))
        finally:
            stack.close()
            _drop_databases()
    report["load_at_end"] = os.getloadavg()
    _print(report)
    return 0


def _corpus_runs(stack: Stack, tmp: Path, households: int, seed: int, workers: str, cores: int) -> dict[str, Any]:
    """One synthetic corpus (seen layouts, one-page JPEGs): ``dangan extract`` before and after each
    end-to-end run, each end-to-end figure compared with the mean of the two (the machine is shared)."""
    from dangan.synth.generate import generate

    corpus = tmp / f"corpus-{households}"
    generate(corpus, households, seed, formats=["jpg"], damage=True, workers=1, layouts="seen")
    scans = corpus / "scans"
    paths = sorted(p for p in scans.rglob("*.jpg"))
    files = [(p.relative_to(scans).as_posix(), p) for p in paths]
    pages = len(paths)  # one page per JPEG
    out: dict[str, Any] = {"corpus": {"households": households, "seed": seed, "files": len(files), "pages": pages}}
    bases = [_shown("baseline", _baseline(scans, pages, cores))]
    out["end_to_end"] = []
    for w in workers.split(","):
        e = _shown("end to end", end_to_end(stack, tmp, files, pages, int(w)))
        bases.append(_shown("baseline", _baseline(scans, pages, cores)))
        e["peer_pages_per_s"] = (bases[-2]["pages_per_s"] + bases[-1]["pages_per_s"]) / 2
        out["end_to_end"].append(e)
    out["baselines"] = bases
    out["dangan_extract_pages_per_s"] = sum(b["pages_per_s"] for b in bases) / len(bases)
    return out


def _shown(what: str, value: Any) -> Any:
    """Each part's figures as soon as it is measured (a later part may run for an hour)."""
    print(f"[{time.strftime('%H:%M:%S')}] {what}: {json.dumps(value, ensure_ascii=False, default=str)}", flush=True)
    return value


def _print(r: dict[str, Any]) -> None:
    print(json.dumps(r, ensure_ascii=False, indent=1, default=str))
    print(f"\nmachine: {r['cores']} cores, load {r['load_at_start'][0]:.1f} → {r['load_at_end'][0]:.1f}; "
          f"Prefect server start {r['prefect_server_start_s']:.1f} s")
    for c in r.get("corpora", []):
        print(f"corpus: {c['corpus']}")
        for b in c["baselines"]:
            print(f"  dangan extract (in process, no store), load {b['load']:.1f}: {b['pages_per_s']:.3f} pages/s, "
                  f"{b['cpu_s_per_page']:.2f} CPU-s/page")
        for e in c["end_to_end"]:
            base = e["peer_pages_per_s"]
            print(f"  end to end through the bucket (RapidOCR), {e['workers']} worker(s), load {e['load']:.1f}: "
                  f"{e['pages_per_s']:.3f} pages/s "
                  f"({e['pages_per_s'] / base:.0%} of dangan extract just before and after: {base:.3f}), "
                  f"{e['seconds']:.0f} s, {e['cpu_s_per_page']:.2f} CPU-s/page (server, workers, flow runs; the "
                  f"server {e['server_cpu_s']:.0f} of {e['cpu_s']:.0f} CPU-s), "
                  f"{e['counts']}, task runs {e['task_runs']}, ingest-batch runs {e['ingest_batch_runs']}")
            print(f"    seconds from the first upload: {json.dumps(e['timeline_s'], ensure_ascii=False)}")
            print(f"    CPU-s by role: {json.dumps(e['cpu_by_role_s'], ensure_ascii=False)}")
    if "overhead" in r:
        o = r["overhead"]
        i, e = o["ingest_task_ms"], o["extract_task_ms"]
        print(f"Prefect overhead per document (load {o['load']:.1f}; {o['documents']} documents in "
              f"{o['ingest_tasks']} ingest and {o['extract_tasks']} extract tasks): ingest {i['wall']:.1f} ms wall / "
              f"{i['cpu']:.1f} ms CPU (client {i['client_cpu']:.1f} + server {i['server_cpu']:.1f}); extract "
              f"{e['wall']:.1f} ms wall / {e['cpu']:.1f} ms CPU (client {e['client_cpu']:.1f} + server "
              f"{e['server_cpu']:.1f}); {o['deployment_run_s']:.2f} s wall / {o['deployment_run_cpu_s']:.2f} CPU-s "
              f"({o['deployment_run_cpu_with_background_s']:.2f} with the {o['background_cpu_per_s']:.2f} CPU-s/s "
              f"the idle stack burns anyway) per ingest-batch run / {o['batch']} "
              f"documents; amortised {o['amortised_wall_ms']:.1f} ms (wall) / {o['amortised_cpu_ms']:.1f} ms "
              f"(tasks' CPU + run start's CPU) (goal ≤ 50 ms)")
        for name, s in r["commands_s"].items():
            if not name.endswith(" cpu"):
                print(f"command {name}: {s:.2f} s wall, {r['commands_s'][name + ' cpu']:.2f} CPU-s")
    if "drop" in r:
        d = r["drop"]
        print(f"orchestration-only drop (DANGAN_OCR_ENGINE=null, not a reading figure): {d['documents']} documents "
              f"in {d['seconds']:.0f} s ({d['docs_per_s']:.1f} finished/s, load {d['load']:.1f}); "
              f"stored {d['stored']}, read {d['read']}, read twice {d['read_twice']}, quarantined {d['quarantined']}, "
              f"failures {d['failures']} (failed/crashed flow runs + documents extract_failed); "
              f"flow runs {d['flow_runs_by_state']}; task runs {d['task_runs']} "
              f"({d['task_runs_per_document']:.2f} per document)")


if __name__ == "__main__":
    sys.exit(main())
