"""Named locks shared by every worker of a deployment, released by the operating system when a holder dies.

Why: two workers (or two hosts) can be handed the same bytes or the same document at once — the same
scan dropped twice, a run retried while the first is still alive. Unique keys in the database catch
the second *row*, but not a second *version* in the locked originals bucket (which can never be
removed) nor a second OCR of the same document. A lock around "look up, store, record" makes the
second one find the first one's work.

* PostgreSQL: session-level advisory locks (``pg_advisory_lock``) on a connection held for the
  duration; a killed worker's connection closes and the server drops its locks at once.
* SQLite (one host only): ``flock`` on a lock file under ``$DANGAN_DATA_DIR/locks`` (1024 stripes, so
  the folder stays small); the kernel drops it when the process dies.

No lease times to tune, no lock left behind by a SIGKILL.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
from collections.abc import Iterator

from sqlalchemy import text

from dangan.config import Settings, load_settings
from dangan.storage import db

_STRIPES = 1024


def _key64(name: str) -> int:
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big", signed=True)


@contextlib.contextmanager
def held(name: str, *, wait: bool = True, settings: Settings | None = None) -> Iterator[bool]:
    """Hold the lock ``name`` inside the block; yields False (without waiting) when ``wait`` is off
    and someone else holds it."""
    settings = settings or load_settings()
    if settings.database_url.startswith("postgresql"):
        with _pg_lock(settings, _key64(name), wait) as got:
            yield got
    else:
        with _file_lock(settings, _key64(name) % _STRIPES, wait) as got:
            yield got


@contextlib.contextmanager
def _pg_lock(settings: Settings, key: int, wait: bool) -> Iterator[bool]:
    with db.get_engine(settings).connect() as conn:
        if wait:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": key})
            got = True
        else:
            got = bool(conn.scalar(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}))
        conn.commit()  # session-level lock: survives the transaction, ends with the connection
        try:
            yield got
        finally:
            if got:
                with contextlib.suppress(Exception):  # a dropped connection has dropped the lock too
                    conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                    conn.commit()


@contextlib.contextmanager
def _file_lock(settings: Settings, stripe: int, wait: bool) -> Iterator[bool]:
    folder = settings.data_dir / "locks"
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / f"{stripe:04d}.lock", "a+b") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
