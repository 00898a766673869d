"""Fault script (issue 10): workers killed with SIGKILL and services taken away during a drop.

A drop of ``--docs`` one-page scans lands in the inbox of a private stack (``dangan up``: its own
SeaweedFS, a Prefect server with its own database — a fresh PostgreSQL database on 127.0.0.1:5432 by
default, ``--prefect-db sqlite`` for the stack's SQLite file —, ``--workers`` process workers, the deployments);
the database is a PostgreSQL instance this script starts for itself (``initdb`` + ``pg_ctl`` in a temp
dir on a free port — the machine's shared PostgreSQL on 5432 is never touched). While the drop is being
processed the script

* kills a worker ``--kills`` times with SIGKILL (the worker and every flow-run process under it, as a
  host crash would), at 10 %, 25 %, 55 %, 70 % and 85 % of the way (progress = half ingest, half
  reading), and restarts it the way an operator or systemd would (``dangan up``, which also marks the
  killed runs crashed);
* stops the store (``--outage store``), the database (``db``) or both one after the other (``both``)
  for ``--outage-s`` seconds at 35 % (during ingest) and 60 % (during reading) of the way.

Then it checks: every document stored once (one Document row and one original version per hash), read
exactly once (one successful ``extracted`` event each), nothing left in the inbox, nothing quarantined,
nothing failed. It prints the timeline and the figures.

``--engine null`` (the default here) is a CHEAP EXTRACTION MODE for this orchestration test: pages are
loaded, pre-processed and classified, but no OCR engine reads them. It tests the orchestration, not
OCR; ``--engine rapidocr`` runs the real reader (about a page a second on this machine).

    .venv/bin/python benchmarks/faults.py --docs 200 --kills 5 --outage both
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DANGAN = str(Path(sys.executable).parent / "dangan")
PG_BIN = next((p for p in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)), Path("/usr/local/bin"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def log(t0: float, text: str) -> None:
    print(f"[{time.monotonic() - t0:7.1f} s] {text}", flush=True)


# --- a private PostgreSQL ------------------------------------------------------------------------------


@dataclass
class Postgres:
    """initdb + pg_ctl in ``root`` on ``port``, run as the ``postgres`` user when we are root."""

    root: Path
    port: int = field(default_factory=free_port)

    def _run(self, *cmd: str, timeout: float = 120) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run([*prefix, *cmd], check=True, timeout=timeout, stdout=subprocess.DEVNULL,
                       stderr=subprocess.STDOUT)

    @property
    def data(self) -> Path:
        return self.root / "pgdata"

    def init(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
        self._run(str(PG_BIN / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8")
        self.start()
        from sqlalchemy import create_engine, text

        eng = create_engine(f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres",
                            isolation_level="AUTOCOMMIT")
        with eng.connect() as conn:
            conn.execute(text("CREATE DATABASE dangan"))
        eng.dispose()

    def start(self) -> None:
        opts = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=200"
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-o", opts, "-l", str(self.root / "pg.log"),
                  "-w", "start")

    def stop(self) -> None:
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/dangan"


# --- the drop ----------------------------------------------------------------------------------------


def scan_png(n: int, rng: random.Random) -> bytes:
    """A small one-page scan, different bytes each (so each is its own original)."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (620, 440), 255)
    draw = ImageDraw.Draw(img)
    draw.rectangle((20, 20, 600, 420), outline=0, width=3)
    for row in range(8):
        y = 60 + row * 44
        draw.line((40, y, 580, y), fill=0, width=2)
        draw.text((50, y - 30), f"No.{n:05d} row {row} {rng.randrange(10**9)}", fill=0)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def drop(n_docs: int, seed: int) -> list[str]:
    from dangan.config import load_settings
    from dangan.storage import objects

    settings = load_settings()
    client = objects.get_client(settings)
    rng = random.Random(seed)
    keys = []
    for i in range(n_docs):
        unit = "故障演练单位"
        key = f"{unit}/{unit}{2024000 + i // 10:07d}/{i:04d}_收入证明.png"
        objects.put_bytes(client, settings, "inbox", key, scan_png(i, rng), "image/png")
        keys.append(key)
    return keys


# --- watching the outcome ----------------------------------------------------------------------------


def progress() -> dict[str, int] | None:
    """Counts from the database and the inbox, or None while a service is away."""
    from sqlalchemy import func, select

    from dangan.config import load_settings
    from dangan.storage import db, objects

    try:
        settings = load_settings()
        with db.session_scope(settings) as s:
            by_status = dict(s.execute(select(db.Document.status, func.count()).group_by(db.Document.status)).all())
            quarantined = s.scalar(select(func.count()).select_from(db.QuarantineEntry)) or 0
        inbox = len(objects.list_keys(objects.get_client(settings), settings, "inbox"))
    except Exception:
        return None
    return {"stored": by_status.get("stored", 0), "extracted": by_status.get("extracted", 0),
            "failed": by_status.get("extract_failed", 0), "documents": sum(by_status.values()),
            "quarantined": quarantined, "inbox": inbox}


def final_checks(n_docs: int) -> dict[str, Any]:
    from sqlalchemy import func, select

    from dangan.config import load_settings
    from dangan.storage import db, objects

    settings = load_settings()
    with db.session_scope(settings) as s:
        docs = s.execute(select(db.Document.id, db.Document.sha256, db.Document.object_key,
                                db.Document.status)).all()
        reads = dict(s.execute(
            select(db.Event.document_id, func.count()).where(db.Event.event_type == "extracted",
                                                             db.Event.outcome == "success")
            .group_by(db.Event.document_id)).all())
        quarantined = s.scalar(select(func.count()).select_from(db.QuarantineEntry)) or 0
        stored_events = s.scalar(select(func.count()).select_from(db.Event).where(db.Event.event_type == "stored"))
    client = objects.get_client(settings)
    originals = objects.list_keys(client, settings, "originals", "originals/")  # not selftest canaries
    versions = sum(len(objects.list_versions(client, settings, k)) for k in originals)
    inbox = objects.list_keys(client, settings, "inbox")
    return {
        "dropped": n_docs,
        "documents": len(docs),
        "distinct sha256": len({d.sha256 for d in docs}),
        "originals (keys / versions)": f"{len(originals)} / {versions}",
        "stored events": stored_events,
        "extracted (status)": sum(d.status == "extracted" for d in docs),
        "read exactly once": sum(reads.get(d.id, 0) == 1 for d in docs),
        "read more than once": sum(reads.get(d.id, 0) > 1 for d in docs),
        "never read": sum(reads.get(d.id, 0) == 0 for d in docs),
        "extract failed": sum(d.status == "extract_failed" for d in docs),
        "quarantined": quarantined,
        "left in inbox": len(inbox),
    }


# --- faults ------------------------------------------------------------------------------------------


def kill_worker(index: int) -> int:
    """SIGKILL a worker and every process under it (its flow runs); returns how many died."""
    import psutil

    from dangan import stack
    from dangan.config import load_settings

    w = next((w for w in stack.workers(load_settings()) if w["index"] == index and w["alive"]), None)
    if w is None:
        return 0
    root = psutil.Process(int(w["pid"]))
    procs = [root, *root.children(recursive=True)]
    for p in procs:
        with contextlib.suppress(psutil.NoSuchProcess):
            p.send_signal(signal.SIGKILL)
    psutil.wait_procs(procs, timeout=10)
    return len(procs)


def dangan(*args: str, timeout: float = 600) -> str:
    out = subprocess.run([DANGAN, *args], capture_output=True, text=True, timeout=timeout, env=os.environ.copy())
    if out.returncode != 0:
        raise RuntimeError(f"dangan {' '.join(args)} failed ({out.returncode}): {out.stderr.strip()[-800:]}")
    return out.stdout


def restart(workers: int, t0: float, attempts: int = 4) -> None:
    """``dangan up`` as a supervisor would run it: again after a pause when it fails (on a loaded machine
    the Prefect server's own SQLite answered 503 "database is locked" once; that must not end the run)."""
    for attempt in range(1, attempts + 1):
        try:
            dangan("up", "--workers", str(workers))
            return
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            if attempt == attempts:
                raise
            log(t0, f"`dangan up` failed ({attempt}/{attempts}), again in {15 * attempt} s: {str(exc)[:160]}")
            time.sleep(15 * attempt)


@contextlib.contextmanager
def prefect_database(kind: str) -> Iterator[str | None]:
    """The Prefect server's own database: a fresh one on the machine's PostgreSQL (127.0.0.1:5432, never
    stopped by this script), as the README advises for several workers; ``sqlite``: the stack's default
    file (several workers on it meet "database is locked" under load)."""
    if kind != "postgresql":
        yield None
        return
    import psycopg

    name = f"dangan_faults_prefect_{os.getpid()}_{int(time.time())}"
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def environment(tmp: Path, pg: Postgres, engine: str, prefect_db: str) -> Iterator[None]:
    for var in ("DANGAN_S3_ENDPOINT", "DANGAN_S3_ACCESS_KEY", "DANGAN_S3_SECRET_KEY", "DANGAN_BUCKET_PREFIX",
                "PREFECT_API_URL", "DANGAN_PREFECT_API_URL", "DANGAN_NOTIFY_URL", "DANGAN_PREFECT_DATABASE_URL"):
        os.environ.pop(var, None)
    os.environ.update({
        "DANGAN_DATA_DIR": str(tmp / "data"), "DANGAN_S3_PORT": str(free_port()),
        "DANGAN_PREFECT_PORT": str(free_port()), "DANGAN_DATABASE_URL": pg.url,
        "DANGAN_OCR_ENGINE": engine, "DANGAN_OCR_WORKERS": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    })
    with prefect_database(prefect_db) as url:
        if url:
            os.environ["DANGAN_PREFECT_DATABASE_URL"] = url
        yield


@dataclass
class Plan:
    kills: list[float]  # share of documents read at which a worker is killed
    outages: list[tuple[float, str]]  # (share read, "store" | "db")
    timeline: list[str] = field(default_factory=list)


def make_plan(kills: int, outage: str) -> Plan:
    at = [0.10, 0.25, 0.55, 0.70, 0.85, 0.92, 0.45][:kills]
    outages = {"store": [(0.35, "store")], "db": [(0.35, "db")], "both": [(0.35, "store"), (0.60, "db")],
               "none": []}[outage]
    return Plan(sorted(at), outages)


def outage_of(what: str, seconds: float, pg: Postgres, t0: float) -> float:
    """Take ``what`` away for ``seconds``; returns when it answered again (monotonic)."""
    from dangan.config import load_settings
    from dangan.storage import weed

    settings = load_settings()
    log(t0, f"停止 {what} ({seconds:.0f} s): {progress()}")
    if what == "store":
        weed.stop_embedded(settings)
    else:
        pg.stop()
    time.sleep(seconds)
    if what == "store":
        weed.start_embedded(settings)
    else:
        pg.start()
    log(t0, f"{what} 已恢复 (back)")
    return time.monotonic()


def run(args: argparse.Namespace) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="dangan-faults-"))
    tmp.chmod(0o755)  # the postgres user must reach its data dir below
    pg = Postgres(tmp / "pg")
    t0 = time.monotonic()
    try:
        pg.init()
        log(t0, f"PostgreSQL on 127.0.0.1:{pg.port} ({pg.data})")
        with environment(tmp, pg, args.engine, args.prefect_db):
            try:
                dangan("up", "--workers", str(args.workers))
                log(t0, f"stack up: SeaweedFS, Prefect server, {args.workers} workers (`dangan up`)")
                return _drop_and_fault(args, pg, t0)
            finally:
                # inside the environment: the stack's data dir, and the Prefect server's database still
                # there (down outside it asked a server whose database was dropped, timed out, and left
                # the server and SeaweedFS running)
                _down()
    finally:
        with contextlib.suppress(Exception):
            pg.stop()
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            print(f"kept: {tmp}")


def _down() -> None:
    """``dangan down``; whatever it left (it failed or timed out) is stopped by process group here."""
    from dangan import stack
    from dangan.config import load_settings
    from dangan.storage import weed

    with contextlib.suppress(Exception):
        dangan("down", timeout=300)
    settings = load_settings()
    with contextlib.suppress(Exception):
        stack.stop_prefect(settings)
    with contextlib.suppress(Exception):
        weed.stop_embedded(settings)


def _drop_and_fault(args: argparse.Namespace, pg: Postgres, t0: float) -> int:
    plan = make_plan(args.kills, args.outage)
    started = time.monotonic()
    drop(args.docs, args.seed)
    log(t0, f"{args.docs} scans dropped into the inbox ({time.monotonic() - started:.1f} s)")
    kills_done, outages_done, recovered = 0, 0, []
    last_fault = started
    last: dict[str, int] | None = None
    deadline = started + args.timeout
    while time.monotonic() < deadline:
        now = progress()
        if now is not None:
            last = now
            # half for ingest, half for reading: so that faults hit both phases
            read = (now["documents"] + now["extracted"] + now["failed"]) / (2 * args.docs)
            if now["extracted"] + now["failed"] >= args.docs and now["inbox"] == 0:
                break
            if kills_done < len(plan.kills) and read >= plan.kills[kills_done]:
                idx = kills_done % args.workers
                n = kill_worker(idx)
                log(t0, f"SIGKILL worker {idx} ({n} processes) at {read:.0%} of the way: {now}")
                restart(args.workers, t0)
                log(t0, "worker restarted (`dangan up`: killed runs marked crashed)")
                kills_done += 1
                last_fault = time.monotonic()
                continue
            if outages_done < len(plan.outages) and read >= plan.outages[outages_done][0]:
                back = outage_of(plan.outages[outages_done][1], args.outage_s, pg, t0)
                recovered.append(back)
                outages_done += 1
                last_fault = back
                continue
        time.sleep(2)
    elapsed = time.monotonic() - started
    log(t0, f"drop finished after {elapsed:.0f} s: {last}")
    figures = final_checks(args.docs)
    ok = (figures["documents"] == args.docs == figures["distinct sha256"] == figures["read exactly once"]
          and figures["originals (keys / versions)"] == f"{args.docs} / {args.docs}"
          and figures["quarantined"] == 0 and figures["left in inbox"] == 0 and figures["extract failed"] == 0)
    print()
    print(f"## fault script: {args.docs} documents, {kills_done} SIGKILLs of {args.workers} workers, "
          f"outages {[o[1] for o in plan.outages[:outages_done]]} of {args.outage_s:.0f} s each")
    print(f"extraction: {args.engine}" + (" (CHEAP MODE: no OCR — orchestration only)" if args.engine == "null" else ""))
    print("| figure | value |\n|---|---|")
    print(f"| wall time of the drop | {elapsed:.0f} s |")
    print(f"| completed after the last fault | {started + elapsed - last_fault:.0f} s |")
    for k, v in figures.items():
        print(f"| {k} | {v} |")
    print(f"| verdict | {'PASS' if ok else 'FAIL'} |")
    return 0 if ok else 1


STAGES = ("schemas", "storage", "flows", "extractors", "synth", "reconcile", "reports", "web")


def frozen_tree() -> Path:
    """The committed code (``git archive HEAD``) laid out as the ``dangan`` package, for PYTHONPATH.

    Why: the working tree is shared and changes under a half-hour run (a model column landing before
    the run's database has it breaks every flow run started afterwards). Flow runs import
    ``dangan.*`` by module path, so a tree first on PYTHONPATH wins over the editable install.
    """
    root = Path(tempfile.mkdtemp(prefix="dangan-faults-code-"))
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "HEAD"], capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(root)], input=archive, check=True)
    pkg = root / "site" / "dangan"
    shutil.copytree(root / "dangan", pkg)
    for stage in STAGES:
        shutil.copytree(root / stage, pkg / stage)
    return root / "site"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--kills", type=int, default=5)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--outage", choices=["store", "db", "both", "none"], default="both")
    ap.add_argument("--outage-s", type=float, default=60.0)
    ap.add_argument("--engine", default="null", help="null = cheap mode without OCR (orchestration only)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--timeout", type=float, default=1800.0)
    ap.add_argument("--keep", action="store_true", help="keep the temp dir (logs) afterwards")
    ap.add_argument("--prefect-db", choices=["postgresql", "sqlite"], default="postgresql",
                    help="the Prefect server's database (postgresql: a fresh one on 127.0.0.1:5432)")
    ap.add_argument("--frozen", action="store_true", help="run the committed code (git HEAD), not the work tree")
    args = ap.parse_args()
    if args.frozen and "DANGAN_FAULTS_FROZEN" not in os.environ:
        site = frozen_tree()
        env = {**os.environ, "PYTHONPATH": f"{site}:{os.environ.get('PYTHONPATH', '')}".rstrip(":"),
               "DANGAN_FAULTS_FROZEN": str(site)}
        print(f"code: git HEAD {subprocess.run(['git', '-C', str(ROOT), 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip()} in {site}", flush=True)
        os.execve(sys.executable, [sys.executable, __file__, *sys.argv[1:]], env)
    return run(args)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
