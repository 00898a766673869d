"""How right OCR readings are at each confidence on the independent browser sources: the check of the trust
thresholds (``reconcile/evidence.py``: TRUST_BY_GROUP) on papers the generator never drew.

    .venv/bin/python benchmarks/trust_calibration.py [--forms-seeds 1,2] [--papers-seeds 1,2] [--out DIR]

The thresholds decide which readings may become findings (a clerk is sent after each), so they must hold on
printings the readers were not written for. ``reconcile_accuracy.py --layouts seen`` calibrates them on the
generator's seen layouts, where readings are nearly always right; this script prints the same table on
``browser_forms.py`` and ``browser_papers.py`` (HTML printed by Chromium: other fonts, arrangements, filling).
Only their tuning seeds (1, 2) belong here: seed 3 stays never-tuned.

Per group of ``evidence.field_group`` (application form / other papers): readings scored against truth,
right/read per confidence band, the lowest confidence from which they are 99 % right, and the share right
from the threshold in use.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import browser_forms
import browser_papers
from reconcile_accuracy import (
    cache_extraction,
    calibration,
    extraction_version,
    file_hash,
    readings_by_group,
    scored_readings,
)

BANDS: tuple[tuple[float, float], ...] = ((0.80, 0.90), (0.90, 0.95), (0.95, 0.98), (0.98, 1.01))


def extracted(corpus: Path, engine: str, workers: int) -> Path:
    """Every file of a browser corpus read by the real extraction (kept by file hash and code version, so a
    second run reads nothing again), as one JSONL line per file."""
    from dangan.extractors.pipeline import extract_many

    truths = browser_forms.load_or_build(corpus, lambda: [], "")
    version = extraction_version(engine)  # once: it hashes every extraction source file
    cache = corpus / "ocr-cache" / version  # where reconcile_accuracy.cache_extraction keeps a result
    files = [corpus / t["file"] for t in truths]
    keys = {str(f): cache / f"{file_hash(f)}.json" for f in files}
    todo = [f for f in files if not keys[str(f)].exists()]
    t0 = time.perf_counter()
    for path, output, error in extract_many(todo, engine, workers=workers):
        if output is None:
            print(f"  extraction failed: {path}: {error}", file=sys.stderr)
            continue
        cache_extraction(corpus, engine, Path(path), output, version)
    print(f"  {corpus.name}: {len(todo)} of {len(files)} files read in {time.perf_counter() - t0:.0f} s",
          file=sys.stderr)
    out = corpus / "extracted.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for f in files:
            if keys[str(f)].exists():
                res = json.loads(keys[str(f)].read_text(encoding="utf-8"))
                fh.write(json.dumps({**res, "file": f.name}, ensure_ascii=False) + "\n")
    return out


def corpora(out: Path, forms_seeds: list[int], papers_seeds: list[int], forms: int, papers: int) -> list[Path]:
    """The browser corpora of the tuning seeds, printed on first use."""
    plan = [(browser_forms.build, f"forms-{forms}", forms, s) for s in forms_seeds]
    plan += [(browser_papers.build, f"papers-{papers}", papers, s) for s in papers_seeds]
    dirs = []
    for build, name, n, seed in plan:
        d = out / f"{name}-{seed}"
        browser_forms.load_or_build(d, partial(build, d, n, seed), f"printing {name} seed {seed}")
        dirs.append(d)
    return dirs


def table(readings: list[tuple[float, bool, str, str]]) -> list[str]:
    """One markdown row per field group: readings, right/read per band, 99 % point, share right at threshold."""
    groups, thresholds = readings_by_group(readings)
    head = " | ".join(f"[{lo:.2f},{min(hi, 1.0):.2f}{']' if hi > 1 else ')'}" for lo, hi in BANDS)
    rows = [f"| group | readings | {head} | 99 % right from | threshold | right at threshold |",
            "|---|---|" + "---|" * len(BANDS) + "---|---|---|"]
    for key in sorted(groups):
        rs = groups[key]
        bands = []
        for lo, hi in BANDS:
            sel = [ok for c, ok in rs if lo <= c < hi]
            bands.append(f"{sum(sel)}/{len(sel)}")
        t99, _ = calibration(rs)
        at = [ok for c, ok in rs if c >= thresholds[key]]
        share = f"{100 * sum(at) / len(at):.1f} % ({len(at)})" if at else "–"
        rows.append(f"| {key} | {len(rs)} | {' | '.join(bands)} | {t99 if t99 is not None else '–'} | "
                    f"{thresholds[key]:.2f} | {share} |")
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--forms-seeds", default="1,2")
    ap.add_argument("--papers-seeds", default="1,2")
    ap.add_argument("--forms", type=int, default=12)
    ap.add_argument("--papers", type=int, default=36)
    ap.add_argument("--engine", default="rapidocr")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--out", type=Path, default=Path("/tmp/dangan-trust-calibration"))
    args = ap.parse_args(argv)
    seeds = [[int(s) for s in v.split(",") if s.strip()] for v in (args.forms_seeds, args.papers_seeds)]
    if 3 in seeds[0] + seeds[1]:
        print("seed 3 of the browser sources is never-tuned: calibrate on seeds 1 and 2", file=sys.stderr)
        return 2
    readings: list[tuple[float, bool, str, str]] = []
    for corpus in corpora(args.out, seeds[0], seeds[1], args.forms, args.papers):
        readings += scored_readings(corpus, extracted(corpus, args.engine, args.workers))
    print(f"OCR readings on the browser sources (tuning seeds: forms {args.forms_seeds}, papers "
          f"{args.papers_seeds}; {args.engine}), right/read by confidence band:")
    print("\n".join(table(readings)))
    allc = [(c, ok) for c, ok, _l, _d in readings]
    t99, _ = calibration(allc)
    print(f"all readings: {len(allc)}, {100 * sum(ok for _, ok in allc) / max(1, len(allc)):.1f} % right; "
          f"99 % right from {t99}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
