"""Extraction accuracy and speed on a synthetic corpus, our pipeline (both engines) against a naive peer.

    .venv/bin/python benchmarks/extraction_accuracy.py --households 30 --seed 11 [--engines rapidocr,tesseract,naive]
        [--corpus DIR] [--limit N] [--workers 2] [--layouts all|seen|held-out]

Prints, for every engine, two columns: SEEN layouts (those readers may be tuned on) and HELD-OUT layouts
(``truth.jsonl``'s ``held_out``: never looked at while fixing readers): document-type accuracy, field
accuracy overall and per document type, member-table field accuracy, members found (recall of the member
rows printed), then pages per second and peak memory (PSS and RSS summed over the process tree, RSS of
the largest worker) of the whole run. ``--layouts`` chooses the corpus generated (default all: both
columns from one corpus and one run).
The naive peer turns each page upright with our orientation step (so that it differs from us in reading
only), then reads it with whole-page RapidOCR and regular expressions only ("label：value"
on one line, or a line that is a label followed by the next line as its value; the first 18-digit
number as 身份证号), with no grid, checkbox or seal logic.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
import threading
import time
import tracemalloc
from collections import defaultdict
from pathlib import Path
from typing import Any

import psutil

from dangan.extractors.pipeline import extract_many
from dangan.schemas.normalise import fold_fullwidth
from dangan.schemas.readings import check_fields, member_rows
from dangan.schemas.vocab import normalise_vocab

# ---------------------------------------------------------------------------------------------
# Scoring


def _norm(v: Any) -> Any:
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, (int, float)):
        return round(float(v), 2)
    if isinstance(v, list):
        return sorted(_norm(x) for x in v)
    s = fold_fullwidth(str(v)).replace(" ", "").replace("\u3000", "").replace("(", "（").replace(")", "）")
    s = normalise_vocab(s)
    try:
        return round(float(s.replace(",", "")), 2)
    except ValueError:
        return s.upper()


def same(truth: Any, got: Any, label: str | None = None) -> bool:
    if truth in (None, "", []) and got in (None, "", []):
        return True
    if label == "民族" and isinstance(truth, str) and isinstance(got, str):  # 汉 = 汉族, as reconciliation has it
        truth, got = truth.strip().removesuffix("族"), got.strip().removesuffix("族")
    return _norm(truth) == _norm(got)


def score_file(truth: dict[str, Any], result: dict[str, Any] | None) -> dict[str, Any]:
    fields_t = {k: v for k, v in truth.get("fields", {}).items() if v not in (None, "", [])}
    got = (result or {}).get("fields", {})
    ok_fields = {k: same(v, got.get(k), k) for k, v in fields_t.items()}
    members_t = truth.get("members", [])
    members_g = (result or {}).get("members", [])
    m_total = m_ok = 0
    for i, mt in enumerate(members_t):
        mg = members_g[i] if i < len(members_g) else {}
        # align by name when the order differs
        if mt.get("姓名") and mg.get("姓名") != mt.get("姓名"):
            mg = next((m for m in members_g if m.get("姓名") == mt.get("姓名")), mg)
        for k, v in mt.items():
            if v in (None, "", []):
                continue
            m_total += 1
            m_ok += same(v, mg.get(k), k)
    found = sum(1 for mt in members_t if _member_found(mt, members_g))
    emitted, invalid = emitted_and_invalid(got, members_g)
    # Values for fields the truth does not record are scored neither right nor wrong (the truth may leave out
    # what a printing holds), so a misreading there is invisible to the field rows: count them to be looked at.
    unscored = sum(1 for k, v in got.items() if k not in fields_t and v not in (None, "", []))
    unmatched = sum(1 for mg in members_g if not any(_member_found(mt, [mg]) for mt in members_t))
    return {
        "doc_ok": result is not None and result.get("doc_type") == truth["doc_type"],
        "fields": ok_fields,
        "m_total": m_total,
        "m_ok": m_ok,
        "rows_total": len(members_t),
        "rows_found": found,
        "emitted": emitted,
        "invalid": invalid,
        "unscored": unscored,
        "unmatched": unmatched,
    }


def emitted_and_invalid(fields: dict[str, Any], members: list[dict[str, Any]]) -> tuple[int, int]:
    """Values emitted as readings, and how many of them fail their field's validation (issue 8: none may)."""
    records = [(fields, {"member_rows": member_rows(members)}), *((m, {}) for m in members)]
    emitted = sum(1 for rec, _ in records for v in rec.values() if v not in (None, "", []))
    invalid = sum(len(check_fields(rec, context=ctx)) for rec, ctx in records)
    return emitted, invalid


def _member_found(mt: dict[str, Any], members_g: list[dict[str, Any]]) -> bool:
    """A printed member row is found when some read row has its 姓名 or its 身份证号."""
    return any(
        (mt.get("姓名") and same(mt.get("姓名"), mg.get("姓名")))
        or (mt.get("身份证号") and same(mt.get("身份证号"), mg.get("身份证号")))
        for mg in members_g
    )


def confidence_pairs(truth: dict[str, Any], result: dict[str, Any] | None) -> list[tuple[float, bool]]:
    """(confidence, right?) of every field value emitted for one file that truth.jsonl records (it leaves
    out what no schema field holds, e.g. a 身份证's 签发机关): what the trust threshold is calibrated on."""
    if not result or result.get("doc_type") != truth["doc_type"]:
        return []
    conf, printed = result.get("confidence") or {}, truth.get("fields") or {}
    return [
        (float(conf[k]), same(printed[k], v))
        for k, v in (result.get("fields") or {}).items()
        if k in printed and isinstance(conf.get(k), int | float) and v not in (None, "", [])
    ]


def calibration_rows(pairs: list[tuple[float, bool]]) -> tuple[list[str], float | None]:
    """Cells "share right (readings)" at reconcile_accuracy's thresholds, and its 99 % confidence."""
    from reconcile_accuracy import calibration  # one calibration for both benchmarks

    t99, table = calibration(pairs)
    return [f"{acc:.1%} ({n})" if n else "–" for _t, n, acc in table], t99


# ---------------------------------------------------------------------------------------------
# The naive peer: whole-page OCR + regular expressions


_NAIVE_TYPES = [
    ("建档申请表", r"申请表|审批表|申报表|档案表"),
    ("收入证明", r"收入证明"),
    ("诊断证明", r"诊断"),
    ("残疾人证", r"残疾人证"),
    ("低保证", r"最低生活保障|低保证"),
    ("户口簿", r"户口簿|常住人口"),
    ("身份证", r"身份证|公民身份号码"),
    ("公示证明", r"公示"),
    ("劳动合同", r"劳动合同"),
]


def naive_extract(path: str) -> dict[str, Any]:
    from dangan.extractors.pages import load_pages
    from dangan.extractors.preprocess import detect_orientation, rotate_image
    from dangan.schemas.labels import canonical_label
    from dangan.schemas.normalise import parse_date, parse_money

    eng = _naive_engine()
    pages = load_pages(path)
    texts = []
    for p in pages:
        if p.source_kind == "text-pdf" and p.words:
            texts.append([w.text for w in p.words])
        elif p.image is not None:  # turned upright first (our orientation step): the peer differs in reading only
            texts.append([ln.text for ln in eng.read(rotate_image(p.image, detect_orientation(p.image)))])
    lines = [t for page in texts for t in page]
    full = "\n".join(lines)
    doc_type = next((t for t, rx in _NAIVE_TYPES if re.search(rx, full)), "其他")
    fields: dict[str, Any] = {}

    def typed(val: str) -> Any:
        if parse_money(val) is not None and re.fullmatch(r"[\d,.]+元?", val):
            return parse_money(val)
        return parse_date(val).isoformat() if parse_date(val) is not None else val

    folded = [fold_fullwidth(ln).strip() for ln in lines]
    for i, ln in enumerate(folded):
        m = re.match(r"^\*?([\u4e00-\u9fa5]{2,10})[:：]\s*(.+)$", ln)
        if m:  # "label：value" on one line
            fields.setdefault(canonical_label(m.group(1)) or m.group(1), typed(m.group(2).strip()))
            continue
        lab = canonical_label(ln.rstrip(":："))
        nxt = folded[i + 1] if i + 1 < len(folded) else ""
        if lab and nxt and canonical_label(nxt.rstrip(":：")) is None:  # a label line, its value the next line
            fields.setdefault(lab, typed(nxt))
    idm = re.search(r"\d{17}[\dXx]", full)
    if idm:
        fields.setdefault("身份证号", idm.group().upper())
    return {
        "file": path,
        "doc_type": doc_type,
        "pages": len(pages),
        "fields": fields,
        "members": [],
        "confidence": {},
        "boxes": {},
    }


_naive: dict[str, Any] = {}


def _naive_engine() -> Any:
    """The worker's engine: the one ``ocr_worker_init`` made (one onnxruntime thread, as ours has), so that the
    two differ in what they do with a page, not in how their workers share the cores."""
    if "e" not in _naive:
        from dangan.extractors.pipeline import get_cached_engine

        _naive["e"] = get_cached_engine("rapidocr")
    return _naive["e"]


def _naive_worker(path: str) -> tuple[str, dict[str, Any] | None, str | None]:
    try:
        return path, naive_extract(path), None
    except Exception as exc:
        return path, None, f"{type(exc).__name__}: {exc}"


def _pct(ok: int, total: int) -> str:
    return f"{100 * ok / total:.1f}% ({total})" if total else "–"


def _summary(scored: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, str]:
    """One column of the table: the scores of one group of files (seen or held-out layouts)."""
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for t, sc in scored:
        for ok in sc["fields"].values():
            per_type[t["doc_type"]][0] += ok
            per_type[t["doc_type"]][1] += 1
    return {
        "files": str(len(scored)),
        "doc type": _pct(sum(sc["doc_ok"] for _, sc in scored), len(scored)),
        "fields (all)": _pct(sum(v[0] for v in per_type.values()), sum(v[1] for v in per_type.values())),
        **{f"  {k}": _pct(v[0], v[1]) for k, v in sorted(per_type.items())},
        "member-table fields": _pct(sum(sc["m_ok"] for _, sc in scored), sum(sc["m_total"] for _, sc in scored)),
        "members found": _pct(sum(sc["rows_found"] for _, sc in scored), sum(sc["rows_total"] for _, sc in scored)),
        "emitted values failing validation": (f"{sum(sc['invalid'] for _, sc in scored)} of "
                                              f"{sum(sc['emitted'] for _, sc in scored)}"),
        "values for fields truth lacks": str(sum(sc.get("unscored", 0) for _, sc in scored)),
        "members read matching none": str(sum(sc.get("unmatched", 0) for _, sc in scored)),
    }


def _dump_line(dump: Any, name: str, t: dict[str, Any], res: dict[str, Any] | None, sc: dict[str, Any]) -> None:
    miss = {k: [t["fields"].get(k), (res or {}).get("fields", {}).get(k)] for k, ok in sc["fields"].items() if not ok}
    members = [t.get("members"), (res or {}).get("members")] if sc["m_ok"] < sc["m_total"] else None
    dump.write(json.dumps({"engine": name, "file": t["file"], "doc_type": t["doc_type"],
                           "got_type": (res or {}).get("doc_type"), "miss": miss, "members": members},
                          ensure_ascii=False, default=str) + "\n")


# ---------------------------------------------------------------------------------------------
# Running


class RssSampler:
    """Peak memory of this process and its children (workers, parser sandboxes), sampled every 0.2 s.

    RSS counts the shared libraries (onnxruntime, OpenCV …) once per process; PSS shares them out,
    so the PSS sum is what the process tree really takes from the machine.
    """

    def __init__(self) -> None:
        self.peak_total = 0
        self.peak_worker = 0
        self.peak_pss = 0
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            procs = [me]
            with contextlib.suppress(psutil.Error):
                procs += me.children(recursive=True)
            rss = pss = 0
            for p in procs:
                try:
                    full = p.memory_full_info()
                except psutil.Error:
                    continue  # a sandbox child that just ended
                rss += full.rss
                pss += full.pss
                if p is not me:
                    self.peak_worker = max(self.peak_worker, full.rss)
            self.peak_total = max(self.peak_total, rss)
            self.peak_pss = max(self.peak_pss, pss)
            self._stop.wait(0.2)

    def __enter__(self) -> RssSampler:
        self._t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._t.join()


def _cached_worker(job: tuple[str, str, str]) -> tuple[str, Any, str | None]:
    """For iterating on the field logic: page readings (the OCR) are kept in ``cache`` between runs.
    Gives the whole extraction (``ExtractionOutput``), so that ``--reconcile-cache`` can keep it too."""
    import hashlib
    import pickle

    from dangan.extractors.pipeline import assemble, read_document

    path, engine, cache = job
    key = Path(cache) / f"{engine}-{hashlib.sha1(path.encode()).hexdigest()}.pkl"
    try:
        if key.exists():
            n_pages, readings = pickle.loads(key.read_bytes())
        else:
            n_pages, readings = read_document(path, engine)
            key.write_bytes(pickle.dumps((n_pages, readings)))
        return path, assemble(path, n_pages, readings, engine), None
    except Exception as exc:
        return path, None, f"{type(exc).__name__}: {exc}"


def run_engine(
    name: str, files: list[Path], workers: int, cache: Path | None = None, on_output: Any = None
) -> tuple[dict[str, Any], dict[str, float]]:
    """Run one engine over ``files``; ``on_output(path, output)`` sees each whole extraction (ours, uncached)."""
    results: dict[str, Any] = {}
    tracemalloc.start()
    started = time.perf_counter()
    with RssSampler() as rss:
        if name == "naive":
            from concurrent.futures import ProcessPoolExecutor
            from multiprocessing import get_context

            from dangan.extractors.pipeline import ocr_worker_init

            with ProcessPoolExecutor(
                max_workers=workers,
                mp_context=get_context("spawn"),
                initializer=ocr_worker_init,  # as ours: one thread a worker (it had two, on two workers)
                initargs=("rapidocr",),
            ) as pool:
                for path, res, err in pool.map(_naive_worker, [str(f) for f in files]):
                    results[path] = res
                    if err:
                        print(f"  naive failed: {path}: {err}", file=sys.stderr)
        elif cache is not None:
            from concurrent.futures import ProcessPoolExecutor
            from multiprocessing import get_context

            from dangan.extractors.pipeline import ocr_worker_init

            with ProcessPoolExecutor(
                max_workers=workers,
                mp_context=get_context("spawn"),
                initializer=ocr_worker_init,
                initargs=(name,),
            ) as pool:
                jobs = [(str(f), name, str(cache)) for f in files]
                outputs: dict[str, Any] = {}
                for i, (path, out, err) in enumerate(pool.map(_cached_worker, jobs), 1):
                    results[path] = out.result if out is not None else None
                    if out is not None:
                        outputs[path] = out
                    if err:
                        print(f"  {name} failed: {path}: {err}", file=sys.stderr)
                    if i % 20 == 0:
                        print(
                            f"  {name}: {i}/{len(files)} files, {time.perf_counter() - started:.0f} s",
                            file=sys.stderr,
                        )
            # what extract_many does once a household's folder is read (a notice listing several households)
            from dangan.extractors.pipeline import settle_household

            folders: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for path, res in results.items():
                if res is not None:
                    folders[str(Path(path).parent)].append(res)
            for household in folders.values():
                settle_household(household)
            if on_output is not None:  # after the household step, as extract_many gives them
                for path, out in outputs.items():
                    on_output(Path(path), out)
        else:
            for i, (path, out, err) in enumerate(extract_many(files, name, workers=workers), 1):
                results[path] = out.result if out else None
                if out is not None and on_output is not None:
                    on_output(Path(path), out)
                if err:
                    print(f"  {name} failed: {path}: {err}", file=sys.stderr)
                if i % 20 == 0:
                    print(
                        f"  {name}: {i}/{len(files)} files, {time.perf_counter() - started:.0f} s",
                        file=sys.stderr,
                    )
    seconds = time.perf_counter() - started
    _cur, peak_py = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return results, {
        "seconds": seconds,
        "tracemalloc_mb": peak_py / 1e6,
        "rss_total_mb": rss.peak_total / 1e6,
        "rss_worker_mb": rss.peak_worker / 1e6,
        "pss_total_mb": rss.peak_pss / 1e6,
    }


def _reconcile_cache_writer(corpus: Path, engine: str) -> Any:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from reconcile_accuracy import cache_extraction, extraction_version

    version = extraction_version(engine)  # once: it hashes every extraction source file
    return lambda path, output: cache_extraction(corpus, engine, path, output, version)


def _kept_results(corpus: Path, engine: str, files: list[Path]) -> dict[str, Any]:
    """The results a --reconcile-cache run of this code kept, by file (absent: not read or failed)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from reconcile_accuracy import extraction_version, file_hash

    cache = corpus / "ocr-cache" / extraction_version(engine)
    out: dict[str, Any] = {}
    for f in files:
        kept = cache / f"{file_hash(f)}.json"
        out[str(f)] = json.loads(kept.read_text(encoding="utf-8")) if kept.exists() else None
    print(f"  {engine}: {sum(v is not None for v in out.values())} of {len(files)} results from {cache}", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--households", type=int, default=30)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--corpus", type=Path, default=None, help="reuse / write the corpus here")
    ap.add_argument("--engines", default="rapidocr,tesseract,naive")
    ap.add_argument("--limit", type=int, default=0, help="only the first N files (0: all)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument(
        "--cache",
        type=Path,
        default=None,
        help="keep page readings (OCR) here between runs: for tuning the field logic only",
    )
    ap.add_argument("--dump", type=Path, default=None, help="write per-file misses of SEEN layouts as JSONL")
    ap.add_argument("--layouts", default="all", choices=("all", "seen", "held-out"),
                    help="which layouts the generated corpus holds (default all: both columns)")
    ap.add_argument("--rescore", action="store_true",
                    help="score the extractions an earlier --reconcile-cache run of the same code kept (no OCR, no "
                         "speed figures): the same readings under changed scoring")
    ap.add_argument("--reconcile-cache", action="store_true",
                    help="also keep each extraction where reconcile_accuracy.py --ocr reads it (same corpus, same "
                         "code): one OCR run serves both benchmarks")
    args = ap.parse_args(argv)

    corpus = args.corpus or Path(f"/tmp/dangan-bench-{args.households}-{args.seed}-{args.layouts}")
    if not (corpus / "truth.jsonl").exists():
        from dangan.synth.generate import generate

        print(f"generating {args.households} households into {corpus} …", file=sys.stderr)
        generate(corpus, args.households, args.seed, workers=args.workers, layouts=args.layouts)
    truths = [
        json.loads(ln) for ln in (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines() if ln
    ]
    if args.limit:
        truths = truths[: args.limit]
    files = [corpus / t["file"] for t in truths]
    n_pages = sum(int(t.get("pages", 1)) for t in truths)
    print(f"corpus: {corpus}  files: {len(files)}  pages: {n_pages}", file=sys.stderr)

    table: dict[str, dict[str, Any]] = {}
    calibrations: dict[str, tuple[list[str], float | None]] = {}
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for name in [e.strip() for e in args.engines.split(",") if e.strip()]:
        print(f"running {name} …", file=sys.stderr)
        if args.cache:
            args.cache.mkdir(parents=True, exist_ok=True)
        keep = None
        if args.reconcile_cache and name != "naive":
            keep = _reconcile_cache_writer(corpus, name)
        if args.rescore and name != "naive":
            results, perf = _kept_results(corpus, name, files), None
        else:
            results, perf = run_engine(name, files, args.workers, args.cache if name != "naive" else None, keep)
        per_label: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        groups: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = {"seen": [], "held-out": []}
        for t, f in zip(truths, files, strict=True):
            res = results.get(str(f))
            sc = score_file(t, res)
            groups["held-out" if t.get("held_out") else "seen"].append((t, sc))
            if not t.get("held_out"):  # the weakest labels are printed for seen layouts only
                for lab, ok in sc["fields"].items():
                    per_label[f"{t['doc_type']}.{lab}"][0] += ok
                    per_label[f"{t['doc_type']}.{lab}"][1] += 1
            if dump is not None and not t.get("held_out"):  # held-out misses are never written out
                _dump_line(dump, name, t, res, sc)
        for group, scored in groups.items():
            table[f"{name} {group.upper()}"] = _summary(scored)
        if name != "naive":
            for group in ("seen", "held-out"):
                pairs = [p for t, f in zip(truths, files, strict=True) if bool(t.get("held_out")) == (group != "seen")
                         for p in confidence_pairs(t, results.get(str(f)))]
                calibrations[f"{name} {group.upper()}"] = calibration_rows(pairs)
        if perf is None:
            continue
        perf_rows = {
            "pages/s (whole run)": f"{n_pages / perf['seconds']:.2f}",
            "seconds": f"{perf['seconds']:.0f}",
            "peak PSS total": f"{perf['pss_total_mb']:.0f} MB",
            "peak RSS total": f"{perf['rss_total_mb']:.0f} MB",
            "peak RSS worker": f"{perf['rss_worker_mb']:.0f} MB",
            "tracemalloc peak": f"{perf['tracemalloc_mb']:.0f} MB",
        }
        table[f"{name} SEEN"].update(perf_rows)
        worst = sorted(per_label.items(), key=lambda kv: kv[1][0] / kv[1][1])[:12]
        print(
            f"{name}: weakest labels: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in worst), file=sys.stderr
        )
    if dump is not None:
        dump.close()
    names = list(table)
    n_held = sum(1 for t in truths if t.get("held_out"))
    print(f"SEEN = layouts readers may be tuned on ({len(truths) - n_held} files); HELD-OUT = layouts never looked at "
          f"while fixing readers ({n_held} files); same corpus, same run; speed and memory are of the whole run")
    rows = list(dict.fromkeys(r for n in names for r in table[n]))
    w0 = max(len(r) for r in rows) + 2
    print("| metric".ljust(w0) + " | " + " | ".join(n.ljust(18) for n in names) + " |")
    print("|" + "-" * w0 + "|" + "|".join("-" * 20 for _ in names) + "|")
    for r in rows:
        print(
            f"| {r}".ljust(w0) + " | " + " | ".join(str(table[n].get(r, "")).ljust(18) for n in names) + " |"
        )
    print_calibration(calibrations)
    return 0


def print_calibration(calibrations: dict[str, tuple[list[str], float | None]]) -> None:
    """Field readings right at or above each confidence; the trust threshold is set from the SEEN row,
    the HELD-OUT row shows whether it holds."""
    if not calibrations:
        return
    print("\nfield readings right at or above each confidence (readings)")
    from reconcile_accuracy import calibration

    thresholds = [t for t, _n, _acc in calibration([])[1]]
    print("| engine, layouts | " + " | ".join(f"≥ {t:.2f}" for t in thresholds) + " | 99 % right from |")
    print("|---" * (len(thresholds) + 2) + "|")
    for name, (cells, t99) in calibrations.items():
        print(f"| {name} | " + " | ".join(cells) + f" | {t99 if t99 is not None else 'never'} |")


if __name__ == "__main__":
    sys.exit(main())
