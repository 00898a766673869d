"""One retry policy for I/O: the store or the database away, a timeout, a dropped connection.

Content errors (a refused file, a missing object, bad data, a bug) are never retried: doing the same
thing again gives the same answer and only delays the quarantine or the error. Only failures of a
*service* are, and they are never a reason to quarantine a file.

* ``is_transient(exc)`` — the one classification, walking the exception's cause chain (our
  ``StoreUnavailable``/``DatabaseError`` wrap the driver's error);
* ``retry_transient`` — the same as a Prefect ``retry_condition_fn``;
* ``IO_TASK_OPTIONS`` — the options of every Prefect task that talks to the store or the database:
  ``task(name=..., **IO_TASK_OPTIONS)(fn)`` (``IO_RETRY_OPTIONS``: the retry part alone);
* ``with_io_retries`` — the same delays for one item of a task that handles a chunk of items (ingest
  and reading travel as one task per chunk of documents: a retry of the whole task would redo the
  items already done);
* ``Backoff`` — exponential delays for plain loops (the watcher), which must outlast an outage of
  minutes, not the seconds a task's retries cover.
"""

from __future__ import annotations

import random
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import urllib3
from prefect.cache_policies import NO_CACHE
from sqlalchemy import exc as sa_exc

from dangan.errors import DatabaseError, StoreUnavailable

# S3 error codes that mean "the server is busy or broken right now", not "this request is wrong".
_TRANSIENT_S3_CODES = frozenset(
    {"SlowDown", "ServiceUnavailable", "InternalError", "RequestTimeout", "RequestTimeTooSkewed", "ServerBusy"}
)
_TRANSIENT_TYPES: tuple[type[BaseException], ...] = (
    StoreUnavailable,
    sa_exc.OperationalError,  # server gone, connection refused, SQLite "database is locked"
    sa_exc.InterfaceError,
    sa_exc.DisconnectionError,
    sa_exc.TimeoutError,  # connection pool exhausted
    urllib3.exceptions.HTTPError,  # MaxRetryError, ProtocolError, NewConnectionError, timeouts
    ConnectionError,
    TimeoutError,
    socket.timeout,
)


def _chain(exc: BaseException) -> list[BaseException]:
    out: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and cur not in out and len(out) < 10:
        out.append(cur)
        cur = cur.__cause__ or cur.__context__
    return out


def _transient_one(exc: BaseException) -> bool:
    if isinstance(exc, _TRANSIENT_TYPES):
        return True
    if type(exc).__name__ == "ServerError":  # minio: an HTTP 5xx without an S3 error body
        return True
    code = getattr(exc, "code", None)
    if isinstance(code, str) and code in _TRANSIENT_S3_CODES:
        return True
    # psycopg's own OperationalError (when not wrapped by SQLAlchemy)
    return type(exc).__name__ == "OperationalError" and type(exc).__module__.startswith("psycopg")


def is_transient(exc: BaseException | None) -> bool:
    """True when ``exc`` (or what caused it) is a service being away, not something wrong with the data."""
    if exc is None:
        return False
    return any(_transient_one(e) for e in _chain(exc))


def service_of(exc: BaseException) -> str:
    """Which service a transient failure is about, in the words shown to staff (Chinese first)."""
    for e in _chain(exc):
        if isinstance(e, StoreUnavailable | urllib3.exceptions.HTTPError) or type(e).__name__ == "ServerError":
            return "对象存储 (object store)"
        if isinstance(e, DatabaseError | sa_exc.SQLAlchemyError) or type(e).__module__.startswith("psycopg"):
            return "数据库 (database)"
    return "存储或数据库 (store or database)"


def retry_transient(_task: Any, _task_run: Any, state: Any) -> bool:
    """Prefect ``retry_condition_fn``: retry a task only when its failure is transient (see module doc)."""
    try:
        exc = state.result(raise_on_failure=False)
    except Exception as err:  # the result itself could not be read
        exc = err
    return is_transient(exc) if isinstance(exc, BaseException) else False


# Task-level retries bridge a hiccup (a restart, a dropped connection: ~30 s in all); longer outages
# are the caller's to wait out (the watcher re-submits with ``Backoff``).
IO_RETRY_DELAYS: list[float] = [1, 2, 5, 10, 15]
IO_RETRY_OPTIONS: dict[str, Any] = {
    "retries": len(IO_RETRY_DELAYS),
    "retry_delay_seconds": IO_RETRY_DELAYS,
    "retry_jitter_factor": 0.2,
    "retry_condition_fn": retry_transient,
}
IO_TASK_OPTIONS: dict[str, Any] = {**IO_RETRY_OPTIONS, "cache_policy": NO_CACHE, "persist_result": False}
CHUNK_TASK_OPTIONS: dict[str, Any] = {"cache_policy": NO_CACHE, "persist_result": False}  # items retry alone


def with_io_retries(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``fn(*args, **kwargs)``, tried again after ``IO_RETRY_DELAYS`` while it fails transiently: the
    retry policy of ``IO_TASK_OPTIONS`` for one item of a chunk task. A content error, or a service still
    away after the last delay, is raised to the caller."""
    for delay in [*IO_RETRY_DELAYS, None]:
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            if delay is None or not is_transient(exc):
                raise
            time.sleep(delay * random.uniform(0.8, 1.2))
    raise AssertionError("unreachable")


@dataclass
class Backoff:
    """Exponential delays with jitter: ``base``, 2×, 4× … up to ``cap`` seconds; ``reset()`` after a success.

    Jitter keeps several watchers (or workers) from knocking on a restarted service at the same instant.
    """

    base: float = 1.0
    cap: float = 60.0
    factor: float = 2.0
    jitter: float = 0.2
    failures: int = field(default=0, init=False)

    def next_delay(self) -> float:
        """The delay before the next attempt (and count one more failure)."""
        delay = min(self.cap, self.base * self.factor**self.failures)
        self.failures += 1
        return max(0.0, delay * random.uniform(1 - self.jitter, 1 + self.jitter))

    def reset(self) -> None:
        self.failures = 0

    @property
    def failing(self) -> bool:
        return self.failures > 0
