"""CPU-seconds per page of our extraction against a naive peer, on one folder of scans.

    nice -n 19 .venv/bin/python benchmarks/extraction_speed.py DIR [--workers 2] [--systems ours,naive,naive-tuned]
        [--rounds 2]

Ours: ``pipeline.extract_many`` (what ``dangan extract`` runs). Naive peer: every page loaded the same way
(sandboxed ``load_pages``) and read by whole-page RapidOCR with its stock settings at the scan's size
(``naive-tuned``: through our tuned engine instead, detection at ≤ 1280 px), nothing else. Both run in
``--workers`` spawned processes with a one-thread engine each.

Why CPU time: the machine is shared, so wall time measures the neighbours too. CPU time is
``getrusage`` of this process plus all reaped descendants (workers and their parser sandboxes), taken
after the pool has shut down. CPU time per page still grows with the neighbours' load (shared caches and
memory bandwidth: the same code measured 0.88 and 1.33 CPU-s per page an hour apart at load 15-20), so
``--rounds N`` runs the systems in turn N times (ours, naive, ours, naive …) and sums each system's
rounds: the ratio then compares runs made under the same load. The load average is printed with it. Pages/s on the cores is ``workers / CPU-s per page`` (the best the run
could do alone on them); wall pages/s is printed for information. Peak memory: RSS and PSS summed over
the process tree, sampled every 0.2 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from dangan.extractors.pipeline import collect_files, extract_many

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction_accuracy import RssSampler


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


_naive: dict[str, Any] = {}


def _naive_init(tuned: bool) -> None:
    """RapidOCR as shipped (its own detection size, classifier, batches; the bundled models and one
    thread are the only settings, like ours), or our tuned engine (``naive-tuned``)."""
    from rapidocr import RapidOCR

    from dangan.extractors.ocr import RapidOcrEngine, rapidocr_model_paths

    if tuned:
        _naive["e"] = RapidOcrEngine(threads=1).read
        return
    params: dict[str, Any] = {"Global.log_level": "error", "EngineConfig.onnxruntime.intra_op_num_threads": 1}
    params.update({f"{task}.model_path": str(path) for task, path in rapidocr_model_paths().items()})
    _naive["e"] = RapidOCR(params=params)


def _naive_read(path: str) -> tuple[str, int, str | None]:
    """Whole-page OCR of every page at the scan's own size (a text PDF's words are taken as they are)."""
    from dangan.extractors.pages import load_pages

    try:
        pages = load_pages(path)
        for p in pages:
            if p.image is not None and not (p.has_text_layer and p.words):
                _naive["e"](p.image)
        return path, len(pages), None
    except Exception as exc:  # counted and reported, the run goes on
        return path, 0, f"{type(exc).__name__}: {exc}"


def _run(name: str, files: list[Path], workers: int) -> dict[str, float]:
    """One system over all files; its pages, CPU seconds, wall seconds, failures and peak memory."""
    pages = failed = 0
    cpu0, t0 = _cpu(), time.perf_counter()
    cols = (TextColumn(f"{name:11}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[pages]} 页"),
            TimeElapsedColumn())
    with RssSampler() as mem, Progress(*cols) as bar:
        task = bar.add_task(name, total=len(files), pages=0)
        if name == "ours":
            for _path, out, err in extract_many(files, "rapidocr", workers=workers):
                pages += int(out.result["pages"]) if out else 0
                failed += err is not None
                bar.update(task, advance=1, pages=pages)
        else:
            ctx = get_context("spawn")
            init = (name == "naive-tuned",)
            with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_naive_init, initargs=init) as pool:
                for _path, n, err in pool.map(_naive_read, [str(f) for f in files]):
                    pages += n
                    failed += err is not None
                    bar.update(task, advance=1, pages=pages)
    # every worker has been joined here, so RUSAGE_CHILDREN holds all of its CPU time
    return {"pages": pages, "cpu": _cpu() - cpu0, "wall": time.perf_counter() - t0, "failed": failed,
            "rss": mem.peak_total / 2**20, "pss": mem.peak_pss / 2**20}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--systems", default="ours,naive", help="comma list of ours, naive, naive-tuned")
    ap.add_argument("--rounds", type=int, default=1, help="run the systems in turn this many times (summed)")
    args = ap.parse_args(argv)
    files = collect_files([args.folder / "scans" if (args.folder / "scans").is_dir() else args.folder])
    names = [n.strip() for n in args.systems.split(",") if n.strip()]
    load0 = os.getloadavg()[0]
    res: dict[str, dict[str, float]] = {}
    for _ in range(max(1, args.rounds)):
        for n in names:
            r = _run(n, files, args.workers)
            if n in res:  # rounds add up; peaks are the highest of any round
                for k in ("pages", "cpu", "wall", "failed"):
                    res[n][k] += r[k]
                for k in ("rss", "pss"):
                    res[n][k] = max(res[n][k], r[k])
            else:
                res[n] = r
    print(f"{len(files)} files, {args.workers} workers, {max(1, args.rounds)} round(s), load average "
          f"{load0:.1f} -> {os.getloadavg()[0]:.1f}; pages/s on the cores = workers / CPU-s per page")
    print("| system | pages | CPU-s/page | pages/s (cores) | pages/s (wall) | peak RSS tree | peak PSS tree | failed |")
    print("|---|---|---|---|---|---|---|---|")
    for n, r in res.items():
        per = r["cpu"] / max(1, r["pages"])
        print(f"| {n} | {r['pages']:.0f} | {per:.2f} | {args.workers / per:.2f} | {r['pages'] / r['wall']:.2f} "
              f"| {r['rss']:.0f} MB | {r['pss']:.0f} MB | {r['failed']:.0f} |")
    for n in [n for n in res if n != "ours" and "ours" in res]:
        ours, peer = (res[k]["cpu"] / max(1, res[k]["pages"]) for k in ("ours", n))
        print(f"ours / {n} pages/s (by CPU time): {peer / ours:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
