"""Recall and precision of reconciliation on a synthetic corpus with planted differences (issue 9).

    .venv/bin/python benchmarks/reconcile_accuracy.py --households 40 --seed 23 --ocr     # the issue's run
    .venv/bin/python benchmarks/reconcile_accuracy.py --corpus DIR [--ocr]                 # an existing corpus

The corpus is drawn from the HELD-OUT layouts (``--layouts held-out``: papers the readers were never
tuned on), with planted mismatches and removed papers. The electronic side is the corpus' export cut
down to what real exports carry (sheet 档案: 26 columns; sheet 家庭成员: 职工编号, 姓名, 关系, 性别, 身份证号,
月收入, 人员身份), so columns the export lacks must produce no finding.

Rows printed, all on the same corpus and export:
- OCR (the paper side read by the extraction pipeline, with confidences and boxes);
- the ground truth (truth.jsonl) as the paper side;
- the naive peer: OCR, but every reading trusted and every schema column compared (what dangan did before).
Then the calibration: the share of OCR readings that are right above each confidence, and the lowest
confidence at which they are 99 % right, overall and by field group and paper (``evidence.field_group``: the
thresholds ``evidence.TRUST_BY_GROUP`` are read from that table on seen layouts); only the fields
truth.jsonl records for a file are scored. ``--trust-sweep 0.90,0.99`` adds OCR rows with one threshold for
every reading (what the calibrated thresholds cost or save). OCR results are cached in ``DIR/ocr-cache/<extraction version>/``
by file hash: a re-run after a change to reconcile/ reads no page again.
Targets: mismatch precision ≥ 0.90 at recall ≥ 0.90; missing material precision ≥ 0.90 at recall ≥ 0.95;
zero findings on columns the export lacks.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from dangan.reconcile import evidence
from dangan.reconcile.compare import match_members
from dangan.reconcile.local import run_local
from dangan.reconcile.normal import is_blank, values_equal

# What a real export carries (issue 9): 26 columns of 档案, 7 of 家庭成员.
KEPT_HOUSEHOLD = (
    "职工编号", "单位", "困难类别", "姓名", "民族", "性别", "身份证号", "年龄", "健康状况", "工作状态", "住房类型",
    "手机号码", "婚姻状况", "医保状况", "家庭住址", "工作单位", "本人月平均收入", "家庭其他非薪资年收入",
    "家庭年度总收入", "家庭人口", "家庭月人均收入", "户口类型", "主要致困原因", "次要致困原因", "开户银行", "银行卡号",
)
KEPT_MEMBER = ("职工编号", "姓名", "关系", "性别", "身份证号", "月收入", "人员身份")
FINDING_KINDS = ("mismatch", "missing_material", "rule")


def _base(field: str) -> tuple[str, str | None]:
    """("收入证明", "张三") from "收入证明[张三]#2"; ("户口簿", None) from "户口簿"."""
    field = field.split("#")[0]
    if "[" in field and field.endswith("]"):
        head, person = field[:-1].split("[", 1)
        return head, person
    return field, None


def planted_matches(p: dict[str, Any], f: dict[str, Any]) -> bool:
    """Does finding ``f`` report planted difference ``p``? (synth writes the reconciliation's field names)"""
    if p["职工编号"] != f["职工编号"] or p["kind"] != f["kind"]:
        return False
    field, want = str(f["field"]), str(p["field"])
    if field == want or field.split("#")[0] == want:
        return True
    if p["kind"] == "missing_material":
        (fb, fp), (pb, pp) = _base(field), _base(want)
        if pb == "其他":  # older synth corpora: the kind (医药费票据 …) only in the detail
            return fb == "其他" or fb in str(p.get("detail") or "")
        alternatives = set(fb.split("/"))
        return (pb in alternatives or (str(p.get("doc_type")) in alternatives and fb == pb)) and (
            fp is None or pp is None or fp == pp)
    if p["kind"] == "rule":
        return f.get("rule") == p.get("rule") and field.split("[")[0] == want.split("[")[0]
    if want.startswith("家庭成员[") and "]." in want:
        # a renamed member is reported under its electronic name: same household, same member label
        label = want.split("].", 1)[1]
        names = {want.split("]")[0]}
        if label == "姓名":  # the renamed member: under its electronic or its paper name, not another member
            names |= {f"家庭成员[{p.get('electronic')}", f"家庭成员[{p.get('paper')}"}
        return field.startswith("家庭成员[") and field.endswith("]." + label) and field.split("]")[0] in names
    if want == "家庭成员" and p.get("member"):  # older synth corpora: the member in its own key
        return field in (f"家庭成员[{p['member']}]", f"家庭成员[{p.get('electronic') or p.get('paper')}]")
    if p.get("member") and not want.startswith("家庭成员"):
        return field.startswith("家庭成员[") and field.endswith("]." + want)
    if want.startswith("家庭成员[") and field.startswith("家庭成员[") and "." not in field:
        return field in (want, f"家庭成员[{p.get('electronic') or p.get('paper')}]")
    return False


def detectable(p: dict[str, Any], asked: dict[str, set[str]] | None = None) -> bool:
    """A planted difference in a column the cut-down export lacks cannot be found (and must not be); nor can a
    removed paper that only a condition asks for when no record states the condition: a 低保证 when neither the
    export (it lacks 有无低保) nor any paper says the household holds 低保, a 劳动合同 (仅困难农民工) when neither
    says the applicant is a 农民工 (the export lacks 是否农民工 and 五类重点群体; 湖南's form prints neither).
    ``asked``: doc_type → the households some record states its condition of (None: not checked)."""
    if p["kind"] == "missing_material" and asked is not None and p.get("doc_type") in asked:
        return p["职工编号"] in asked[str(p["doc_type"])]
    if p["kind"] != "mismatch":
        return True
    field = str(p["field"])
    if field.startswith("家庭成员[") and "]." in field:
        return field.split("].", 1)[1] in KEPT_MEMBER
    return field.startswith("家庭成员[") or field in KEPT_HOUSEHOLD


def lacking_field(f: dict[str, Any]) -> bool:
    """Is this output a comparison on a column the export does not carry? (must never happen)"""
    if f["kind"] not in ("mismatch", evidence.VERIFY) or f.get("rule"):
        return False  # a rule on one document (its seal: 建档申请表.是否盖章 when no name was read) compares no column
    field = str(f["field"])
    if field.startswith("家庭成员[") and "]." in field:
        return field.split("].", 1)[1] not in KEPT_MEMBER
    if "[" in field or (f["kind"] == evidence.VERIFY and f.get("electronic") is None and f.get("paper") is None):
        return False  # a member as a whole, or a material to verify
    return field not in KEPT_HOUSEHOLD


def conditional_households(corpus: Path, export: Path) -> dict[str, set[str]]:
    """doc_type → households some record states the condition of that paper of: 低保证 (有无低保 on a paper of
    truth.jsonl, or 持证困难户), 劳动合同 (是否农民工, or 农民工 in 五类重点群体 or 困难类别), on a paper or in the export."""
    import pandas as pd

    from dangan.reconcile.normal import to_bool

    def dibao(rec: Any) -> bool:
        return bool(to_bool(rec.get("有无低保")) or rec.get("困难类别") == "持证困难户")

    def migrant(rec: Any) -> bool:
        return bool(to_bool(rec.get("是否农民工")) or any(
            "农民工" in str(rec.get(k) or "") for k in ("五类重点群体", "困难类别")))

    asked: dict[str, set[str]] = {"低保证": set(), "劳动合同": set()}
    records = [(str(t.get("职工编号") or Path(t["file"]).parent.name), t.get("fields") or {})
               for t in _read_jsonl(corpus / "truth.jsonl")]
    sheet = pd.read_excel(export, sheet_name="档案", dtype=str, engine="calamine")
    records += [(str(row["职工编号"]), row) for _, row in sheet.iterrows()]
    for no, rec in records:
        for doc_type, stated in (("低保证", dibao), ("劳动合同", migrant)):
            if stated(rec):
                asked[doc_type].add(no)
    return asked


def score(planted: list[dict[str, Any]], findings: list[dict[str, Any]], rules: str,
          asked: dict[str, set[str]] | None = None) -> dict[str, Any]:
    by_no: dict[str, list[dict[str, Any]]] = {}
    for f in findings:
        by_no.setdefault(f["职工编号"], []).append(f)
    out: dict[str, Any] = {}
    for kind in FINDING_KINDS:
        # a removal counts only for the rule sets that require that document
        plants = [p for p in planted
                  if p["kind"] == kind and rules in p.get("rules", [rules]) and detectable(p, asked)]
        found = [f for f in findings if f["kind"] == kind and (kind != "rule" or f.get("rule") == "stamp")]
        hit = [p for p in plants if any(planted_matches(p, f) for f in by_no.get(p["职工编号"], []))]
        true_f = [f for f in found if any(planted_matches(p, f) for p in plants if p["职工编号"] == f["职工编号"])]
        as_verify = [p for p in plants if p not in hit and any(
            planted_matches(p, {**f, "kind": kind}) for f in by_no.get(p["职工编号"], []) if f["kind"] == evidence.VERIFY)]
        out[kind] = {
            "planted": len(plants),
            "detected": len(hit),
            "recall": len(hit) / len(plants) if plants else 1.0,
            "findings": len(found),
            "precision": len(true_f) / len(found) if found else 1.0,
            "to_verify": len(as_verify),
            "missed": [p for p in plants if p not in hit],
            "false": [f for f in found if f not in true_f],
        }
    return out


# -- corpus ----------------------------------------------------------------------------------------


def make_corpus(out: Path, households: int, seed: int, layouts: str, plant: float, remove: float) -> None:
    from dangan.synth.generate import generate

    kwargs: dict[str, Any] = {"damage": True, "plant_rate": plant, "remove_rate": remove}
    if "layouts" in inspect.signature(generate).parameters:
        kwargs["layouts"] = layouts
    else:
        print("  (this synth has no held-out layouts: all layouts used)", file=sys.stderr)
    t0 = time.perf_counter()
    generate(out, households, seed, **kwargs)
    print(f"generated {households} households ({layouts} layouts) in {time.perf_counter() - t0:.0f} s → {out}")


def cut_export(corpus: Path) -> Path:
    """The export as real systems give it: fewer columns (the lacking ones are absent, not blank)."""
    import pandas as pd

    sheets = pd.read_excel(corpus / "electronic.xlsx", sheet_name=None, dtype=str, engine="calamine")
    out = corpus / "electronic_cut.xlsx"
    with pd.ExcelWriter(out) as writer:
        hh = sheets["档案"]
        hh[[c for c in KEPT_HOUSEHOLD if c in hh.columns]].to_excel(writer, sheet_name="档案", index=False)
        mem = sheets["家庭成员"]
        mem[[c for c in KEPT_MEMBER if c in mem.columns]].to_excel(writer, sheet_name="家庭成员", index=False)
    return out


def extraction_version(engine: str) -> str:
    """The version of the code a reading comes from: the engine and every source file of extraction and of
    the schemas it validates against (a change there re-reads; a change in reconcile/ does not)."""
    import dangan.extractors
    import dangan.schemas

    h = hashlib.sha256(engine.encode())
    for package in (dangan.extractors, dangan.schemas):
        root = Path(next(iter(package.__path__))).resolve()
        for path in sorted(p for p in root.rglob("*") if p.suffix in (".py", ".toml", ".json") and p.is_file()):
            h.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cache_extraction(corpus: Path, engine: str, path: Path, output: Any, version: str | None = None) -> None:
    """Keep one file's extraction where ``ocr_extractions`` looks first (also called by
    extraction_accuracy.py --reconcile-cache, so that one OCR run of a corpus serves both benchmarks)."""
    cache = corpus / "ocr-cache" / (version or extraction_version(engine))
    cache.mkdir(parents=True, exist_ok=True)
    res = {**output.result, "member_confidence": output.member_confidence, "member_boxes": output.member_boxes}
    (cache / f"{file_hash(path)}.json").write_text(json.dumps(res, ensure_ascii=False, default=str), encoding="utf-8")


def ocr_extractions(corpus: Path, engine: str, out: Path, workers: int, *, read: bool = True) -> Path:
    """The real extraction over the corpus' scans: result, member confidences and boxes, one JSONL line per
    file. Each file's result is cached under ``ocr-cache/`` by the file's sha256 and ``extraction_version``,
    so a re-run after a change outside extraction (reconcile/, this script) reads nothing again.
    ``read=False``: only what is cached (a run still under way in another process)."""
    from dangan.extractors.pipeline import extract_many
    from dangan.reconcile.local import household_of, iter_scan_files

    version = extraction_version(engine)  # once: it hashes every extraction source file
    cache = corpus / "ocr-cache" / version
    files = [p for _no, _unit, p in iter_scan_files(corpus / "scans")]
    keys = {str(p): cache / f"{file_hash(p)}.json" for p in files}
    todo = [p for p in files if read and not keys[str(p)].exists()]
    t0 = time.perf_counter()
    for i, (path, output, error) in enumerate(extract_many(todo, engine, workers=workers), 1):
        if output is None:
            print(f"  extraction failed: {Path(path).relative_to(corpus)}: {error}", file=sys.stderr)
            continue
        cache_extraction(corpus, engine, Path(path), output, version)
        if i % 25 == 0:
            print(f"  extracted {i}/{len(todo)} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    with out.open("w", encoding="utf-8") as fh:
        for path in files:
            if not keys[str(path)].exists():
                continue  # failed above: the household's other files still count
            rel = path.relative_to(corpus)
            no, unit = household_of(rel.relative_to("scans"))
            res = json.loads(keys[str(path)].read_text(encoding="utf-8"))
            fh.write(json.dumps({**res, "职工编号": no, "单位": unit, "file": str(rel)}, ensure_ascii=False) + "\n")
    print(f"OCR ({engine}, {workers} processes): {len(todo)} of {len(files)} files read, the rest from "
          f"{cache.relative_to(corpus)}: {time.perf_counter() - t0:.0f} s")
    return out


# -- calibration -------------------------------------------------------------------------------------


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def readings_vs_truth(corpus: Path, extracted: Path, forms_only: bool = False) -> list[tuple[float, bool]]:
    """(confidence, right?) for every OCR reading of a field truth.jsonl records for that file, against it
    (``forms_only``: the 建档申请表's readings, which are what paper-vs-electronic compares). A label truth
    does not record (a 身份证's 签发机关, a printed 门诊号) is not scored: it is not known to be wrong."""
    return [(c, ok) for c, ok, _label, doc_type in scored_readings(corpus, extracted)
            if not forms_only or doc_type == "建档申请表"]


def scored_readings(corpus: Path, extracted: Path) -> list[tuple[float, bool, str, str]]:
    """(confidence, right?, label, document type) of every scored OCR reading (see ``readings_vs_truth``)."""
    truth = {str(t["file"]): t for t in _read_jsonl(corpus / "truth.jsonl")}
    out: list[tuple[float, bool, str, str]] = []
    for ex in _read_jsonl(extracted):
        t = truth.get(str(ex["file"])) or truth.get(str(ex["file"]).removeprefix("scans/"))
        if t is None:
            continue
        doc_type = str(ex.get("doc_type") or "其他")
        conf = ex.get("confidence") or {}
        tf = t.get("fields") or {}
        for label, value in (ex.get("fields") or {}).items():
            c = conf.get(label)
            if label in tf and isinstance(c, int | float) and not is_blank(value):
                out.append((float(c), not is_blank(tf[label]) and values_equal(label, value, tf[label]), label,
                            doc_type))
        recorded = {label for tm in t.get("members") or [] for label in tm}
        pairs, unmatched, _ = match_members(ex.get("members") or [], t.get("members") or [])
        mconf = ex.get("member_confidence") or []
        index = {id(m): i for i, m in enumerate(ex.get("members") or [])}
        for pm, tm in pairs:
            mc = mconf[index[id(pm)]] if index[id(pm)] < len(mconf) else {}
            for label, value in pm.items():
                c = mc.get(label)
                if label in tm and isinstance(c, int | float) and not is_blank(value):
                    out.append((float(c), not is_blank(tm[label]) and values_equal(label, value, tm[label]),
                                f"家庭成员.{label}", doc_type))
        for pm in unmatched:  # a person truth does not list: each reading of a recorded label is wrong
            mc = mconf[index[id(pm)]] if index[id(pm)] < len(mconf) else {}
            out.extend((float(c), False, f"家庭成员.{label}", doc_type) for label, c in mc.items()
                       if label in recorded and isinstance(c, int | float))
    return out


def readings_by_group(
    readings: list[tuple[float, bool, str, str]],
) -> tuple[dict[str, list[tuple[float, bool]]], dict[str, float]]:
    """(confidence, right?) per "paper/field group" (form or other papers, ``evidence.field_group``), and the
    trust threshold in use for each group."""
    groups: dict[str, list[tuple[float, bool]]] = {}
    thresholds: dict[str, float] = {}
    for c, ok, label, doc_type in readings:
        key = f"{'建档申请表' if doc_type == '建档申请表' else '其他材料'}/{evidence.field_group(label)}"
        groups.setdefault(key, []).append((c, ok))
        thresholds[key] = evidence.trust_threshold(label, doc_type)
    return groups, thresholds


def group_calibration(readings: list[tuple[float, bool, str, str]]) -> list[tuple[str, int, float | None, float]]:
    """Per field group of ``evidence.field_group`` (and form / other papers): (group, readings, the lowest
    confidence from which they are 99 % right, the share right from the threshold in use for the group)."""
    groups, thresholds = readings_by_group(readings)
    out = []
    for key in sorted(groups):
        t99, _ = calibration(groups[key])
        sel = [ok for c, ok in groups[key] if c >= thresholds[key]]
        out.append((key, len(groups[key]), t99, sum(sel) / len(sel) if sel else 1.0))
    return out


def classification_vs_truth(corpus: Path, extracted: Path) -> list[tuple[float, bool]]:
    """(confidence, right?) of each file's document type."""
    truth = {str(t["file"]): t for t in _read_jsonl(corpus / "truth.jsonl")}
    out = []
    for ex in _read_jsonl(extracted):
        t = truth.get(str(ex["file"])) or truth.get(str(ex["file"]).removeprefix("scans/"))
        c = (ex.get("confidence") or {}).get("doc_type")
        if t is not None and isinstance(c, int | float):
            out.append((float(c), ex.get("doc_type") == t["doc_type"]))
    return out


def calibration(readings: list[tuple[float, bool]]) -> tuple[float | None, list[tuple[float, int, float]]]:
    """The lowest confidence above which readings are ≥ 99 % right, and accuracy at some thresholds."""
    table = []
    for t in (0.0, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98):
        sel = [ok for c, ok in readings if c >= t]
        table.append((t, len(sel), sum(sel) / len(sel) if sel else 0.0))
    t99 = None
    for t in sorted({round(c, 2) for c, _ in readings}):
        sel = [ok for c, ok in readings if c >= t]
        if len(sel) >= 30 and sum(sel) / len(sel) >= 0.99:
            t99 = t
            break
    return t99, table


@contextmanager
def uniform_trust(threshold: float) -> Iterator[None]:
    """Every machine reading trusted from one confidence (the sweep beside the calibrated thresholds)."""
    saved = (evidence.TRUST_CONFIDENCE, dict(evidence.TRUST_BY_GROUP))
    evidence.TRUST_CONFIDENCE = threshold
    evidence.TRUST_BY_GROUP.clear()
    try:
        yield
    finally:
        evidence.TRUST_CONFIDENCE = saved[0]
        evidence.TRUST_BY_GROUP.clear()
        evidence.TRUST_BY_GROUP.update(saved[1])


@contextmanager
def naive() -> Iterator[None]:
    """The peer: every reading trusted, every classification sure, every column compared."""
    saved = (evidence.POLICY.naive,)
    evidence.POLICY.naive = True
    try:
        yield
    finally:
        (evidence.POLICY.naive,) = saved


# -- main --------------------------------------------------------------------------------------------


def run_row(name: str, export: Path, paper: Path, planted: list[dict[str, Any]], args: Any) -> dict[str, Any]:
    t0 = time.perf_counter()
    result = run_local(export, extracted=paper, rules=args.rules, only_scanned=True,
                       as_of=date.fromisoformat(args.as_of) if args.as_of else None)
    outputs = [*result.findings, *result.to_verify]
    s = score(planted, outputs, args.rules, args.asked)
    households = len(result.paper) or 1
    kinds = Counter(f["kind"] for f in outputs)
    lacking = [f for f in outputs if lacking_field(f)]
    row = {"name": name, "seconds": time.perf_counter() - t0, "score": s, "kinds": dict(kinds),
           "verify_per_household": kinds.get(evidence.VERIFY, 0) / households, "lacking": lacking,
           "households": households, "outputs": outputs}
    return row


def print_row(row: dict[str, Any]) -> None:
    m, r = row["score"]["mismatch"], row["score"]["missing_material"]
    print(f"| {row['name']} | {m['detected']}/{m['planted']} = {m['recall']:.2f} | {m['findings']} → "
          f"{m['precision']:.2f} | {r['detected']}/{r['planted']} = {r['recall']:.2f} | {r['findings']} → "
          f"{r['precision']:.2f} | {len(row['lacking'])} | {row['kinds'].get(evidence.VERIFY, 0)} "
          f"({row['verify_per_household']:.1f}/户) | {row['kinds'].get(evidence.PAPER_CONFLICT, 0)} |")


def complete_households(corpus: Path, partial: Path, out: Path) -> tuple[Path, Path, set[str]]:
    """From an OCR run still under way: the households whose every file is read (paper and truth cut to them)."""
    truth = _read_jsonl(corpus / "truth.jsonl")
    read = _read_jsonl(partial)
    done = {str(r["file"]) for r in read}
    files_of: dict[str, list[str]] = {}
    for t in truth:
        files_of.setdefault(str(Path(t["file"]).parent.name), []).append(str(t["file"]))
    complete = {no for no, files in files_of.items()
                if all(f in done or f"scans/{f}" in done or f.removeprefix("scans/") in done for f in files)}
    ocr, tru = out / "extracted-complete.jsonl", out / "truth-complete.jsonl"
    ocr.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in read
                           if str(r.get("职工编号")) in complete), encoding="utf-8")
    tru.write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in truth
                           if Path(t["file"]).parent.name in complete), encoding="utf-8")
    return ocr, tru, complete


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, help="existing synth corpus (truth.jsonl, electronic.xlsx, planted.jsonl)")
    ap.add_argument("--households", type=int, default=40)
    ap.add_argument("--seed", type=int, default=23)
    ap.add_argument("--layouts", default="held-out", choices=("held-out", "seen", "all"))
    ap.add_argument("--plant-rate", type=float, default=0.4)
    ap.add_argument("--remove-rate", type=float, default=0.35)
    ap.add_argument("--rules", default="hangzhou")
    ap.add_argument("--as-of", default=None)
    ap.add_argument("--ocr", action="store_true", help="also the OCR row (paper side from real extraction)")
    ap.add_argument("--engine", default="rapidocr")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--trust-sweep", type=lambda v: [float(x) for x in v.split(",") if x], default=[],
                    help="also OCR rows with one trust threshold for every reading, e.g. 0.90,0.95,0.99")
    ap.add_argument("--show", type=int, default=10, help="misses / false findings to print (seen corpora)")
    ap.add_argument("--dump", type=Path, default=None,
                    help="write every output of the first row (findings and readings to verify) as JSONL (not for "
                         "corpora holding held-out layouts)")
    ap.add_argument("--show-held-out", action="store_true",
                    help="print individual misses of a corpus holding held-out layouts too (default: counts only, "
                         "so that nobody fixing readers reads held-out papers' values)")
    ap.add_argument("--partial", action="store_true",
                    help="OCR still under way in another run: score the households whose files are all cached so far")
    args = ap.parse_args()

    corpus = args.corpus or Path(f"/tmp/dangan-reconcile-{args.layouts}-{args.households}-{args.seed}")
    if not (corpus / "truth.jsonl").exists():
        make_corpus(corpus, args.households, args.seed, args.layouts, args.plant_rate, args.remove_rate)
    export = cut_export(corpus)
    held = {bool(t.get("held_out")) for t in _read_jsonl(corpus / "truth.jsonl")}
    args.layouts = "all" if len(held) > 1 else ("held-out" if held == {True} else "seen")  # what the corpus holds
    if True in held and not args.show_held_out:
        args.show = 0
        print("corpus holds held-out layouts: counts only, no individual misses (--show-held-out prints them)")
    planted = _read_jsonl(corpus / "planted.jsonl")
    args.asked = conditional_households(corpus, export)
    unknowable = [p for p in planted if not detectable(p, args.asked) and p["kind"] == "missing_material"]
    if unknowable:
        print(f"{len(unknowable)} removed papers not counted: no record of the household states the condition that "
              f"asks for them ({', '.join(p['职工编号'] + ' ' + str(p.get('doc_type')) for p in unknowable)})")
    rows = []
    truth_paper = corpus / "truth.jsonl"
    if args.ocr:
        paper = corpus / f"extracted-{args.engine}.jsonl"
        if args.partial:
            ocr_extractions(corpus, args.engine, paper.with_suffix(".partial"), args.workers, read=False)
            paper, truth_paper, complete = complete_households(corpus, paper.with_suffix(".partial"), corpus)
            planted = [p for p in planted if p["职工编号"] in complete]
            print(f"partial OCR run: {len(complete)} households completely read so far")
        else:
            ocr_extractions(corpus, args.engine, paper, args.workers)
        rows.append(run_row("OCR（待核对分开）", export, paper, planted, args))
        for t in args.trust_sweep:
            with uniform_trust(t):
                rows.append(run_row(f"OCR，统一阈值 {t:.2f}", export, paper, planted, args))
        with naive():
            rows.append(run_row("朴素对照：OCR，全部读数当真，缺列当空", export, paper, planted, args))
    rows.append(run_row("真值（truth.jsonl）", export, truth_paper, planted, args))
    n_files = sum(1 for _ in truth_paper.open(encoding="utf-8"))
    print(f"\ncorpus {corpus}: {rows[0]['households']} households, {n_files} files, layouts {args.layouts}, "
          f"rules {args.rules}; export cut to {len(KEPT_HOUSEHOLD)} + {len(KEPT_MEMBER)} columns")
    print("| paper side | mismatch recall | mismatch findings → precision | missing recall | missing findings → "
          "precision | findings on lacking columns | readings to verify | paper conflicts |")
    print("|---|---|---|---|---|---|---|---|")
    for row in rows:
        print_row(row)
    main_row = rows[0]
    m, r = main_row["score"]["mismatch"], main_row["score"]["missing_material"]
    print(f"planted mismatches sent to 待核对 instead: {m['to_verify']}; removed papers sent to 待核对: {r['to_verify']}")
    if args.ocr:
        scored = scored_readings(corpus, paper)
        for what, forms_only in (("all papers", False), ("建档申请表 only", True)):
            t99, table = calibration([(c, ok) for c, ok, _label, d in scored if not forms_only or d == "建档申请表"])
            print(f"\nOCR readings right, by confidence ({args.layouts} layouts, {what})")
            print("| confidence ≥ | readings | right |")
            print("|---|---|---|")
            for t, n, acc in table:
                print(f"| {t:.2f} | {n} | {acc:.1%} |")
            print(f"readings are 99 % right from confidence {t99} (trust threshold in use: "
                  f"{evidence.TRUST_CONFIDENCE})")
        print(f"\nOCR readings by field group ({args.layouts} layouts): 99 % right from (None: never, or < 30 readings)")
        print("| papers/group | readings | 99 % right from | threshold in use | right at or above it |")
        print("|---|---|---|---|---|")
        for key, n, t99, acc in group_calibration(scored):
            paper_kind, group = key.split("/")
            print(f"| {key} | {n} | {t99} | {evidence.trust_threshold(group=group, form=paper_kind == '建档申请表')} "
                  f"| {acc:.1%} |")
        classes = classification_vs_truth(corpus, paper)
        wrong = sorted(c for c, ok in classes if not ok)
        print(f"\ndocument types: {sum(ok for _, ok in classes)}/{len(classes)} right; confidences of the wrong ones: "
              f"{wrong}; files below {evidence.CLASS_CONFIDENCE}: {sum(c < evidence.CLASS_CONFIDENCE for c, _ in classes)}")
    for p in m["missed"][: args.show]:
        print("  missed mismatch:", json.dumps(p, ensure_ascii=False, default=str)[:300])
    for f in m["false"][: args.show]:
        print("  false mismatch: ", json.dumps({k: v for k, v in f.items() if k != "evidence"}, ensure_ascii=False,
                                               default=str)[:300])
    for p in r["missed"][: args.show]:
        print("  missed material:", json.dumps(p, ensure_ascii=False, default=str)[:300])
    for f in r["false"][: args.show]:
        print("  false material: ", json.dumps(f, ensure_ascii=False, default=str)[:300])
    for f in main_row["lacking"][: args.show]:
        print("  on a lacking column:", json.dumps(f, ensure_ascii=False, default=str)[:300])
    if args.dump and args.show:
        with args.dump.open("w", encoding="utf-8") as out:
            for f in main_row["outputs"]:
                out.write(json.dumps(f, ensure_ascii=False, default=str) + "\n")
    ok = (m["recall"] >= 0.90 and m["precision"] >= 0.90 and r["recall"] >= 0.95 and r["precision"] >= 0.90
          and not main_row["lacking"])
    print("targets met" if ok else "targets NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
