"""Ingest throughput: N small synthetic scans through the Prefect flow, and the same steps called directly.

    .venv/bin/python benchmarks/ingest_throughput.py [--files 500] [--direct 100] [--seed 1]

Starts its own SeaweedFS (``storage.weed``) and SQLite database in a temporary directory, makes
synthetic JPEG/PNG "scans" of 50–200 KB with Pillow (noise over a blank page: nothing personal), puts
them into the inbox, then ingests them one after another:

* ``--files`` of them through ``ingest_document`` (a Prefect flow run per document, a task run per step),
  inside ``quick_flow_runs()`` as the watcher and the CLI run it;
* ``--heartbeats`` others through the same flow with Prefect's default flow-run heartbeat thread
  (which costs about a second per run: see ``dangan.flows.ingest.quick_flow_runs``);
* ``--direct`` others through ``run_ingest`` with the plain step functions (no Prefect at all).

Prints files/s and MB/s for both and the per-document overhead of Prefect. Without PREFECT_API_URL
Prefect starts its temporary local server on the first flow run; that start is timed separately.
"""

from __future__ import annotations

import argparse
import io
import os
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def make_scan(i: int, rng: Any) -> tuple[str, bytes]:
    """A unique JPEG or PNG of roughly 50–200 KB: a white page with a noisy 'scanned' block."""
    import numpy as np
    from PIL import Image

    if i % 2 == 0:
        side = int(rng.integers(360, 560))
        page = np.full((side, side, 3), 245, dtype=np.uint8)
        page[20:-20, 20:-20] = rng.integers(0, 255, (side - 40, side - 40, 3), dtype=np.uint8)
        buf = io.BytesIO()
        Image.fromarray(page).save(buf, "JPEG", quality=int(rng.integers(60, 80)))
        return f"{i:04d}_scan.jpg", buf.getvalue()
    side = int(rng.integers(240, 460))
    page = np.full((side, side), 250, dtype=np.uint8)
    page[10:-10, 10:-10] = rng.integers(0, 255, (side - 20, side - 20), dtype=np.uint8)
    buf = io.BytesIO()
    Image.fromarray(page, "L").save(buf, "PNG")
    return f"{i:04d}_scan.png", buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=500, help="documents through the Prefect flow")
    parser.add_argument("--direct", type=int, default=100, help="documents through the plain steps")
    parser.add_argument("--heartbeats", type=int, default=50,
                        help="documents through the flow with Prefect's default flow-run heartbeats")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args(argv)

    workdir = Path(tempfile.mkdtemp(prefix="dangan-bench-"))
    os.environ.update(
        DANGAN_DATA_DIR=str(workdir / "data"),
        DANGAN_DATABASE_URL=f"sqlite:///{workdir / 'data' / 'dangan.db'}",
        DANGAN_S3_PORT=str(_free_port()),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_LOGGING_LEVEL="WARNING",
        PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL="CRITICAL",
    )
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "300")
    if not os.environ.get("PREFECT_API_URL"):
        # Prefect's temporary server gets its own SQLite database: the shared ~/.prefect/prefect.db
        # of other processes on this machine made API calls wait for locks (seen as 2 s retries).
        os.environ.setdefault("PREFECT_HOME", str(workdir / "prefect"))
    for name in ("DANGAN_S3_ENDPOINT", "DANGAN_S3_ACCESS_KEY", "DANGAN_S3_SECRET_KEY", "DANGAN_BUCKET_PREFIX"):
        os.environ.pop(name, None)

    import numpy as np

    from dangan.config import load_settings
    from dangan.flows import ingest as ing
    from dangan.storage import db, objects, weed

    settings = load_settings()
    t0 = time.perf_counter()
    weed.start_embedded(settings)
    print(f"SeaweedFS started in {time.perf_counter() - t0:.1f} s ({settings.embedded_endpoint}, {workdir})")
    try:
        client = objects.get_client(settings)
        objects.ensure_buckets(client, settings)
        db.get_engine(settings)

        rng = np.random.default_rng(args.seed)
        total = args.files + args.direct + args.heartbeats + 1
        t0 = time.perf_counter()
        scans = [make_scan(i, rng) for i in range(total)]
        sizes = [len(b) for _, b in scans]
        print(f"made {total} scans in {time.perf_counter() - t0:.1f} s: "
              f"{min(sizes) / 1024:.0f}–{max(sizes) / 1024:.0f} KB, mean {statistics.mean(sizes) / 1024:.0f} KB")

        keys = []
        t0 = time.perf_counter()
        for i, (name, data) in enumerate(scans):
            key = f"基准单位/基准单位2026{i // 5:04d}/{name}"
            client.put_object(settings.bucket("inbox"), key, io.BytesIO(data), len(data))
            keys.append(key)
        up = time.perf_counter() - t0
        print(f"upload to inbox: {total / up:.1f} files/s, {sum(sizes) / up / 1e6:.2f} MB/s")

        warm, flow_keys = keys[0], keys[1 : 1 + args.files]
        direct_keys = keys[1 + args.files : 1 + args.files + args.direct]
        beat_keys = keys[1 + args.files + args.direct :]
        t0 = time.perf_counter()
        assert ing.ingest_document(warm, actor="bench")["status"] == "stored"
        print(f"first flow run (includes Prefect's temporary server start): {time.perf_counter() - t0:.1f} s")

        results: dict[str, dict[str, Any]] = {}

        def quick(k: str) -> dict[str, Any]:
            with ing.quick_flow_runs():
                return ing.ingest_document(k, actor="bench")

        runners = {
            "prefect flow": quick,
            "flow+heartbeat": lambda k: ing.ingest_document(k, actor="bench"),
            "direct steps": lambda k: ing.run_ingest(k, actor="bench"),
        }
        # The two flow variants alternate, so that load on the machine and the growth of Prefect's
        # database hit both alike; the direct steps run afterwards.
        plan: list[tuple[str, str]] = []
        for i in range(max(len(flow_keys), len(beat_keys))):
            plan += [("prefect flow", k) for k in flow_keys[i : i + 1]]
            plan += [("flow+heartbeat", k) for k in beat_keys[i : i + 1]]
        plan += [("direct steps", k) for k in direct_keys]
        for label, k in plan:
            s = time.perf_counter()
            out = runners[label](k)
            took = time.perf_counter() - s
            if out["status"] != "stored":
                print(f"unexpected result for {k}: {out}", file=sys.stderr)
                return 1
            r = results.setdefault(label, {"n": 0, "s": 0.0, "per": [], "bytes": 0})
            r["n"] += 1
            r["s"] += took
            r["per"].append(took)
            r["bytes"] += sizes[keys.index(k)]
        for label, r in results.items():
            per = r["per"]
            print(f"{label:14s}: {r['n']} docs in {r['s']:.1f} s = {r['n'] / r['s']:.2f} files/s, "
                  f"{r['bytes'] / r['s'] / 1e6:.2f} MB/s; per doc median {statistics.median(per) * 1000:.0f} ms, "
                  f"p95 {sorted(per)[int(0.95 * (len(per) - 1))] * 1000:.0f} ms")
        d = results.get("direct steps")
        for label in ("prefect flow", "flow+heartbeat"):
            f = results.get(label)
            if f and d:
                over = statistics.median(f["per"]) - statistics.median(d["per"])
                print(f"Prefect overhead per document ({label}): {over * 1000:.0f} ms median "
                      f"({statistics.median(f['per']) / statistics.median(d['per']):.1f}× the direct steps)")
        with db.session_scope(settings) as session:
            from sqlalchemy import func, select

            n_docs = session.scalar(select(func.count()).select_from(db.Document))
        print(f"documents in the database: {n_docs}; inbox left: "
              f"{len(objects.list_keys(client, settings, 'inbox'))}; load average {os.getloadavg()[0]:.1f} "
              f"on {os.cpu_count()} CPUs")
    finally:
        weed.stop_embedded(settings)
        if not args.keep:
            import shutil

            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

