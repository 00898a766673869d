"""Watch the inbox bucket and hand what has finished arriving to whatever runs it, at most K at a time.

* **Stable.** An object is taken once its size and ETag are the same in two consecutive listings (a
  replaced upload is watched afresh), or at once when the store's bucket notification announced that
  very size and ETag (``storage.notify``: MinIO via NATS, Redis or AMQP). Polling stays the fallback:
  SeaweedFS sends no notifications.
* **Backpressure.** At most ``max_in_flight`` documents are in flight: a key counts from the moment it
  is submitted until it leaves the inbox (ingest removes it: stored, duplicate or quarantined), plus
  whatever ``pending()`` adds (e.g. documents stored but not yet extracted). A drop of 10,000 files is
  handed out K at a time, so it floods neither Prefect nor the store. A key still in the inbox
  ``resubmit_after`` seconds after it was submitted is handed out again: its run was lost (a killed
  worker); ingest is idempotent, so a second run of a live one costs time, never a second original.
* **Services away are not content errors.** When the store, the database (or Prefect's API) does not
  answer, the watcher says so in one line (Chinese first), waits with exponential backoff (up to a
  minute) and goes on; nothing is quarantined for it. A file is quarantined only by ingest's checks,
  or — by the in-process runner — after failing three times for another reason *while both services
  answer* (then it is the file that breaks ingest).
* **Folder markers** (zero-byte keys ending in ``/`` that S3 consoles create) are not files: skipped,
  recorded once (status ``skipped``), never deleted, never in flight.

Entry points (one loop, one ingest path):

``run_watcher(submit, max_in_flight=K, ...)`` — the loop. ``submit(keys)`` hands a batch of stable
inbox keys to whatever runs them and returns once they are handed over.

``watch_and_submit(submit=..., max_in_flight=K)`` — the ``watch-inbox`` deployment
(``flows.deployments.watch_inbox_flow``): the extraction backlog counted as in flight, bucket
notifications when configured; ``submit`` starts ``ingest-batch`` runs (``run_deployment``).

``watch_inbox(...)`` — ``dangan watch``: the same loop with ``LocalRunner`` as ``submit``, which runs
the same ``ingest-batch`` flow in this process on each poll's stable keys (ingest, then each new
original read as its chunk is stored; households reconciled when all their papers are read), and the
``extract-batch`` flow on documents left stored. Claims make every document read once, whichever
watchers and workers run.

The watcher is a loop rather than one endless Prefect flow run per poll: a drop is one run (visible,
retryable), and a watcher that runs for weeks does not keep one flow run open for weeks.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dangan.config import load_settings
from dangan.flows.retry import Backoff, is_transient, service_of

if TYPE_CHECKING:
    from dangan.storage.notify import Wakeup

log = logging.getLogger("dangan.flows.watch")

MAX_FAILURES = 3
DEFAULT_MAX_IN_FLIGHT = 32
DEFAULT_RESUBMIT_AFTER_S = 300.0
MARKER_REASON = "文件夹标记（零字节、以 / 结尾），不是文件，已跳过 (folder marker, not a file: skipped)"

Listing = dict[str, tuple[int, str]]


@dataclass
class WatchState:
    """What the watcher remembers between polls (kept in memory: a restart just re-polls)."""

    seen: Listing = field(default_factory=dict)  # key -> (size, etag) last poll
    done: dict[str, str] = field(default_factory=dict)  # key -> etag handled for good (left in inbox)
    submitted: dict[str, tuple[str, float]] = field(default_factory=dict)  # key -> (etag, when)
    markers: dict[str, str] = field(default_factory=dict)  # folder markers skipped: key -> etag
    failures: Counter[tuple[str, str]] = field(default_factory=Counter)
    polls: int = 0
    held_since: float | None = None  # when stable keys were first held back while a drop still arrived
    results: list[dict[str, Any]] = field(default_factory=list)
    max_seen_in_flight: int = 0

    def counts(self) -> dict[str, int]:
        return dict(Counter(r["status"] for r in self.results))


def list_inbox() -> Listing:
    """Every object in the inbox bucket: key -> (size, ETag)."""
    from dangan.flows.ingest import store

    client, settings = store()
    out: Listing = {}
    for obj in client.list_objects(settings.bucket("inbox"), recursive=True):
        if obj.object_name is None:
            continue
        out[obj.object_name] = (int(obj.size or 0), (obj.etag or "").strip('"'))
    return out


def is_folder_marker(key: str, size: int) -> bool:
    """A zero-byte key ending in '/' is a console's folder, never a scan (so never an original)."""
    return key.endswith("/") and size == 0


def stable_keys(state: WatchState, listing: Listing) -> list[str]:
    """Keys whose (size, ETag) equal the previous poll's, skipping ones already handled; updates state."""
    stable = [k for k, v in sorted(listing.items()) if state.seen.get(k) == v and state.done.get(k) != v[1]]
    state.seen = dict(listing)
    state.done = {k: e for k, e in state.done.items() if k in listing and listing[k][1] == e}
    return stable


def documents_awaiting_extraction() -> int:
    """Documents stored but not yet extracted: in flight too, for ``pending=`` of ``run_watcher``."""
    from sqlalchemy import func, select

    from dangan.storage import db

    with db.session_scope() as session:
        return int(session.scalar(
            select(func.count()).select_from(db.Document).where(db.Document.status == "stored")
        ) or 0)


def check_services() -> None:
    """Raise the error of the store or the database when one does not answer right now (one bucket
    call, one trivial query)."""
    from sqlalchemy import text

    from dangan.flows.ingest import store
    from dangan.storage import db

    client, settings = store()
    client.bucket_exists(settings.bucket("inbox"))
    with db.get_engine(settings).connect() as conn:
        conn.execute(text("SELECT 1"))


# --- one poll ------------------------------------------------------------------------------------


def _files(state: WatchState, listing: Listing) -> Listing:
    """The listing without folder markers; each marker is recorded once (per ETag)."""
    files: Listing = {}
    for key, (size, etag) in listing.items():
        if not is_folder_marker(key, size):
            files[key] = (size, etag)
        elif state.markers.get(key) != etag:
            state.markers[key] = etag
            state.results.append({"status": "skipped", "inbox_key": key, "reason": MARKER_REASON})
            log.info("%s: %s", MARKER_REASON, key)
    state.markers = {k: e for k, e in state.markers.items() if k in listing}
    return files


def next_batch(
    state: WatchState, listing: Listing, max_in_flight: int, pending: int = 0,
    resubmit_after: float = DEFAULT_RESUBMIT_AFTER_S, announced: Listing | None = None, min_batch: int = 1,
    hold_s: float = 0.0,
) -> list[str]:
    """The keys to submit now: lost runs first, then new stable keys, up to the room left under K.

    When more keys wait than there is room for, only whole ``min_batch``es go out: a run per few keys
    freed at a time would pay a flow run's start for each (the waiting keys are taken a batch at a time).

    With ``hold_s``, stable keys wait while a drop is still arriving (this poll saw keys new or changed
    since the last one), until the inbox is quiet, ``min_batch`` keys wait, or they waited ``hold_s``:
    a drop uploaded over several polls then goes out as one run, not as one run per poll (each run
    starts a process and its OCR processes: ~10 CPU-s).
    """
    files = _files(state, listing)
    for key, value in (announced or {}).items():  # the store told us this upload is complete
        if files.get(key) == value:
            state.seen[key] = value
    arriving = any(state.seen.get(k) != v for k, v in files.items())
    stable = stable_keys(state, files)
    state.submitted = {  # resolved: gone, replaced, or handled for good
        k: s for k, s in state.submitted.items() if k in files and files[k][1] == s[0] and state.done.get(k) != s[0]
    }
    now = time.monotonic()
    lost = [k for k in stable if k in state.submitted and now - state.submitted[k][1] >= resubmit_after]
    in_flight = len(state.submitted) + pending
    state.max_seen_in_flight = max(state.max_seen_in_flight, in_flight)
    room = max(0, max_in_flight - in_flight)
    fresh = [k for k in stable if k not in state.submitted]
    fresh = fresh if len(fresh) <= room else fresh[: room // max(1, min_batch) * max(1, min_batch)]
    if hold_s > 0 and not fresh:
        state.held_since = None
    elif hold_s > 0:
        state.held_since = state.held_since if state.held_since is not None else now
        if arriving and len(fresh) < min_batch and now - state.held_since < hold_s:
            log.debug("收件箱仍在上传，暂缓 %d 份 (a drop is still arriving: %d keys held)", len(fresh), len(fresh))
            return lost
        state.held_since = None
    if len(stable) > len(lost) + len(fresh) and not room:
        log.debug("在途 %d 份，已达上限 %d，等待 (backpressure: %d in flight)", in_flight, max_in_flight, in_flight)
    return lost + fresh


def _outage_line(exc: BaseException, delay: float) -> str:
    if is_transient(exc):
        return (f"{service_of(exc)} 暂时无法使用，{delay:.0f} 秒后重试，不会因此隔离任何文件 "
                f"(unavailable, retrying in {delay:.0f} s: {type(exc).__name__}: {exc})").splitlines()[0][:300]
    return (f"监视出错，{delay:.0f} 秒后重试 (watcher error, retrying in {delay:.0f} s: "
            f"{type(exc).__name__}: {exc})").splitlines()[0][:300]


def run_watcher(
    submit: Callable[[list[str]], None],
    *,
    max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
    interval: float = 5.0,
    max_polls: int | None = None,
    pending: Callable[[], int] | None = None,
    resubmit_after: float = DEFAULT_RESUBMIT_AFTER_S,
    wakeup: Wakeup | None = None,
    state: WatchState | None = None,
    on_notice: Callable[[str], None] | None = None,
    backoff: Backoff | None = None,
    after_poll: Callable[[], None] | None = None,
    min_batch: int = 1,
    hold_s: float | Callable[[], float] = 0.0,
) -> WatchState:
    """Poll (or wake on a notification), submit at most ``max_in_flight`` at a time; see the module doc.

    ``after_poll`` runs after every poll's submission (``dangan watch``: extract what is waiting).
    ``hold_s`` may be asked at each poll (the deployment holds a drop only when no run takes keys as
    they come).
    """
    if max_in_flight < 1:
        raise ValueError("max_in_flight must be ≥ 1")
    state = state or WatchState()
    backoff = backoff or Backoff(base=1.0, cap=60.0)
    notice = on_notice or log.warning
    last = None if max_polls is None else state.polls + max_polls  # polls of this call, not of the state
    while last is None or state.polls < last:
        started = time.monotonic()
        state.polls += 1
        announced = wakeup.drain() if wakeup else {}
        try:
            hold = hold_s() if callable(hold_s) else hold_s
            batch = next_batch(state, list_inbox(), max_in_flight, pending() if pending else 0,
                               resubmit_after, announced, min_batch, hold)
            if batch:
                submit(batch)
                now = time.monotonic()
                for key in batch:
                    if key in state.seen:
                        state.submitted[key] = (state.seen[key][1], now)
            if after_poll:
                after_poll()
        except Exception as exc:  # the watcher outlives every outage and every single object
            if wakeup and announced:
                wakeup.notify(announced)  # not taken: keep what the store told us for the next try
            delay = backoff.next_delay()
            notice(_outage_line(exc, delay))
            if last is not None and state.polls >= last:
                break
            time.sleep(delay)
            continue
        if backoff.failing:
            notice("服务已恢复，继续处理 (services are back; resuming)")
            backoff.reset()
        if last is not None and state.polls >= last:
            break
        left = max(0.0, interval - (time.monotonic() - started))
        if wakeup:
            wakeup.wait(left)
        else:
            time.sleep(left)
    return state


def watch_and_submit(
    *,
    submit: Callable[[list[str]], None],
    max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
    interval: float = 5.0,
    max_polls: int | None = None,
    resubmit_after: float = DEFAULT_RESUBMIT_AFTER_S,
    count_extraction: bool = True,
    min_batch: int = 1,
    after_poll: Callable[[], None] | None = None,
    hold_s: float | Callable[[], float] = 0.0,
    state: WatchState | None = None,
) -> dict[str, Any]:
    """The deployment side's entry point (``flows.deployments.watch_inbox_flow``): ``run_watcher`` with
    the extraction backlog counted as in flight, and bucket notifications when ``DANGAN_NOTIFY_URL`` is set."""
    from dangan.storage import notify

    wakeup, listener = None, None
    url = notify.notify_url()
    if url:
        wakeup = notify.Wakeup()
        listener = notify.listen(url, wakeup, load_settings().bucket("inbox"))
    try:
        state = run_watcher(submit, max_in_flight=max_in_flight, interval=interval, max_polls=max_polls,
                            pending=documents_awaiting_extraction if count_extraction else None,
                            resubmit_after=resubmit_after, wakeup=wakeup, min_batch=min_batch,
                            after_poll=after_poll, hold_s=hold_s, state=state)
    finally:
        if listener:
            listener.stop()
    return {"polls": state.polls, "submitted": len(state.submitted), "counts": state.counts(),
            "max_in_flight_seen": state.max_seen_in_flight}


# --- in process: `dangan watch` --------------------------------------------------------------------


@dataclass
class LocalRunner:
    """``submit`` for one process: the deployments' ``ingest-batch`` flow, in process, on the poll's
    stable keys (ingest in chunks, each new original read as its chunk is stored, households whose
    papers are all read reconciled); ``extract_waiting`` (after each poll) runs the deployments'
    ``extract-batch`` flow in process when documents are stored and claimed by nobody (left by a
    stopped run, or released by the sweep). One implementation of every stage: this class only
    decides what a key's failure means for the inbox.

    A key the batch could not ingest (``error``) while a service is away raises the service's error
    (the watcher waits and retries; nothing is counted against the file). Any other failure counts;
    the third one for the same ETag, with both services answering, quarantines the file with the
    error as reason.
    """

    state: WatchState
    actor: str = "watcher"
    on_result: Callable[[dict[str, Any]], None] | None = None
    extract: bool = False
    engine: str | None = None
    reconcile: bool = True

    def __call__(self, keys: list[str]) -> None:
        from dangan.flows.deployments import ingest_batch

        out = ingest_batch(keys, actor=self.actor, extract=self.extract, engine=self.engine,
                           reconcile=self.extract and self.reconcile)
        failed = [r for r in out["results"] if r.get("status") == "error"]
        for result in out["results"]:
            if result.get("status") != "error":
                self._handled(result)
        for read in out["reads"]:
            self._report(read)
        if failed:
            check_services()  # a service away: raised, the keys are due again once it answers
            for result in failed:
                if result.get("transient"):  # a service was away and is back: due again, not counted
                    continue
                key = result["inbox_key"]
                quarantined = self._failed(key, self.state.seen.get(key, (0, ""))[1], result.get("reason", ""))
                if quarantined is not None:
                    self._handled(quarantined)

    def _handled(self, result: dict[str, Any]) -> None:
        key = result.get("inbox_key")
        if key is not None:  # handled: not again unless a new upload (new ETag)
            self.state.done[key] = self.state.seen.get(key, (0, ""))[1]
        self._report(result)

    def _report(self, result: dict[str, Any]) -> None:
        self.state.results.append(result)
        if self.on_result:
            self.on_result(result)

    def _failed(self, key: str, etag: str, reason: str) -> dict[str, Any] | None:
        self.state.failures[(key, etag)] += 1
        n = self.state.failures[(key, etag)]
        log.warning("ingest of %r failed (%d/%d): %s", key, n, MAX_FAILURES, reason)
        if n < MAX_FAILURES:
            return None
        from dangan.flows.ingest import quarantine_object

        reason = (
            f"连续 {MAX_FAILURES} 次处理失败（存储与数据库均正常），已移入隔离区待人工检查 "
            f"(ingest failed {MAX_FAILURES} times while store and database answered: {reason})"
        ).replace("\n", " ")[:2000]
        try:
            return quarantine_object(key, reason, actor=self.actor)
        except Exception as err:
            if is_transient(err):
                raise
            log.error("could not quarantine %r either: %s", key, err)
            return {"status": "error", "inbox_key": key, "reason": str(err)}

    def extract_waiting(self) -> None:
        """Read the stored documents nobody reads (the deployments' ``extract-batch`` flow, in process:
        it claims them first, so several watchers or workers never read one document twice)."""
        from dangan.flows.deployments import extract_batch
        from dangan.flows.extract import pending_documents

        if self.extract and pending_documents(limit=1):
            out = extract_batch(None, self.engine, reconcile=self.reconcile)
            for read in out["results"]:
                self._report(read)


def watch_inbox(
    interval: float = 5.0,
    max_polls: int | None = None,
    *,
    actor: str = "watcher",
    extract: bool = False,
    engine: str | None = None,
    reconcile: bool = True,
    on_result: Callable[[dict[str, Any]], None] | None = None,
    on_notice: Callable[[str], None] | None = None,
    max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
    wakeup: Wakeup | None = None,
    state: WatchState | None = None,
    backoff: Backoff | None = None,
) -> dict[str, Any]:
    """``dangan watch``: the loop with ``LocalRunner``; returns a summary (polls, counts, results).

    Each poll's stable keys (at most ``max_in_flight``) go to one ``ingest-batch`` run in this process;
    with ``extract`` each new original is read in that run (``engine``: the OCR engine, default from the
    settings; its OCR processes stay up between runs) and what else waits is read after the poll; with
    ``reconcile`` too, households whose papers are all read are reconciled, as the deployments do.
    """
    from dangan.flows.ingest import quick_flow_runs

    load_settings()  # fail early on bad configuration
    state = state or WatchState()
    runner = LocalRunner(state, actor, on_result, extract, engine, reconcile)
    with quick_flow_runs():
        # in process, a key still in the inbox after its batch was not handled: due again next poll
        run_watcher(runner, max_in_flight=max_in_flight, interval=interval, max_polls=max_polls,
                    resubmit_after=0.0, wakeup=wakeup, state=state, on_notice=on_notice, backoff=backoff,
                    after_poll=runner.extract_waiting if extract else None)
    return {"polls": state.polls, "counts": state.counts(), "results": state.results}
