"""Watch the inbox bucket and ingest what has finished arriving.

An object is taken only when its size and ETag are the same in two consecutive polls, so a scanner
that uploads slowly (or a multipart upload that is replaced) is never read half-written. Each stable
object runs the ``ingest_document`` flow on its own; an object whose ingest keeps failing for reasons
other than its content (three times for the same ETag) is moved to quarantine with that reason, and the
loop always goes on.

The watcher is a plain loop rather than one endless Prefect flow: each document is its own flow run
(visible, retryable), and a watcher that runs for weeks does not keep one flow run open for weeks.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from dangan.config import load_settings

log = logging.getLogger("dangan.flows.watch")

MAX_FAILURES = 3


@dataclass
class WatchState:
    """What the watcher remembers between polls (kept in memory: a restart just re-polls)."""

    seen: dict[str, tuple[int, str]] = field(default_factory=dict)  # key -> (size, etag) last poll
    done: dict[str, str] = field(default_factory=dict)  # key -> etag already handled (left in inbox)
    failures: Counter[tuple[str, str]] = field(default_factory=Counter)
    polls: int = 0
    results: list[dict[str, Any]] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return dict(Counter(r["status"] for r in self.results))


def list_inbox() -> dict[str, tuple[int, str]]:
    """Every object in the inbox bucket: key -> (size, ETag)."""
    from dangan.flows.ingest import store

    client, settings = store()
    out: dict[str, tuple[int, str]] = {}
    for obj in client.list_objects(settings.bucket("inbox"), recursive=True):
        if obj.is_dir or obj.object_name is None:
            continue
        out[obj.object_name] = (int(obj.size or 0), (obj.etag or "").strip('"'))
    return out


def stable_keys(state: WatchState, listing: dict[str, tuple[int, str]]) -> list[str]:
    """Keys whose (size, ETag) equal the previous poll's, skipping ones already handled; updates state."""
    stable = [k for k, v in sorted(listing.items()) if state.seen.get(k) == v and state.done.get(k) != v[1]]
    state.seen = dict(listing)
    state.done = {k: e for k, e in state.done.items() if k in listing and listing[k][1] == e}
    return stable


def _ingest_one(key: str, etag: str, state: WatchState, actor: str, ingest: Callable[..., dict[str, Any]]) -> None:
    try:
        result = ingest(key, actor=actor)
    except Exception as exc:  # the watcher must outlive any single object
        state.failures[(key, etag)] += 1
        n = state.failures[(key, etag)]
        log.warning("ingest of %r failed (%d/%d): %s", key, n, MAX_FAILURES, exc)
        if n < MAX_FAILURES:
            return
        result = _quarantine_after_failures(key, actor, exc)
    # Handled: if the object is still there with this ETag (e.g. a quarantine that could not copy
    # it), it is not handled again every poll; a new upload under the key has a new ETag.
    state.done[key] = etag
    state.results.append(result)


def _quarantine_after_failures(key: str, actor: str, exc: BaseException) -> dict[str, Any]:
    from dangan.flows.ingest import quarantine_object

    reason = (
        f"连续 {MAX_FAILURES} 次处理失败，已移入隔离区待人工检查 "
        f"(ingest failed {MAX_FAILURES} times: {type(exc).__name__}: {exc})"
    ).replace("\n", " ")[:2000]
    try:
        return quarantine_object(key, reason, actor=actor)
    except Exception as err:
        log.error("could not quarantine %r either: %s", key, err)
        return {"status": "error", "inbox_key": key, "reason": str(err)}


def watch_inbox(
    interval: float = 5.0,
    max_polls: int | None = None,
    *,
    actor: str = "watcher",
    ingest: Callable[..., dict[str, Any]] | None = None,
    on_result: Callable[[dict[str, Any]], None] | None = None,
    state: WatchState | None = None,
) -> dict[str, Any]:
    """Poll every ``interval`` seconds (``max_polls`` times, or forever); returns a summary.

    ``ingest`` defaults to the ``ingest_document`` flow; ``on_result`` is called after each object
    (the CLI prints a line there).
    """
    from dangan.flows.ingest import ingest_document, quick_flow_runs

    ingest = ingest or ingest_document
    load_settings()  # fail early on bad configuration
    state = state or WatchState()
    with quick_flow_runs():
        return _loop(interval, max_polls, state, actor, ingest, on_result)


def _loop(
    interval: float,
    max_polls: int | None,
    state: WatchState,
    actor: str,
    ingest: Callable[..., dict[str, Any]],
    on_result: Callable[[dict[str, Any]], None] | None,
) -> dict[str, Any]:
    while max_polls is None or state.polls < max_polls:
        started = time.monotonic()
        state.polls += 1
        try:
            listing = list_inbox()
        except Exception as exc:  # store briefly away: keep watching, say so
            log.warning("listing the inbox failed: %s", exc)
            listing = None
        if listing is not None:
            for key in stable_keys(state, listing):
                before = len(state.results)
                _ingest_one(key, listing[key][1], state, actor, ingest)
                if on_result and len(state.results) > before:
                    on_result(state.results[-1])
        if max_polls is not None and state.polls >= max_polls:
            break
        time.sleep(max(0.0, interval - (time.monotonic() - started)))
    return {"polls": state.polls, "counts": state.counts(), "results": state.results}
