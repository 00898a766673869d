"""``generate()``: the synthetic corpus — scans, paper truth, electronic export and planted differences.

Layout (CONTRIBUTING.md, "Synthetic corpus")::

    DIR/scans/<单位>/<职工编号>/<NN>_<doc_type>.<jpg|png|tif|pdf>
    DIR/truth.jsonl        one line per scan file
    DIR/households.jsonl   one line per household (paper truth)
    DIR/electronic.xlsx    sheets 档案 and 家庭成员 (+ electronic_档案.csv, electronic_家庭成员.csv)
    DIR/planted.jsonl      what a perfect check must find: mismatches planted in the electronic side
                           (kind mismatch), paper materials removed (missing_material) and documents
                           drawn without their seal (kind rule, rule stamp)

Every random choice comes from a generator seeded by (seed, household, purpose), so the same seed gives
byte-identical truth files and images, and planting or removing never changes the paper truth.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import shutil
import time
import zipfile
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from dangan.errors import DanganError
from dangan.schemas.labels import HOUSEHOLD_LABELS, MEMBER_LABELS
from dangan.schemas.validators import id_check_digit
from dangan.schemas.vocab import NationalCause, to_national_cause
from dangan.synth import damage as dmg
from dangan.synth.canvas import rasterise, write_pdf
from dangan.synth.households import Household, make_households
from dangan.synth.layouts import MODES, Mode
from dangan.synth.render import Document, documents_for

FORMATS = ("jpg", "png", "tif", "pdf", "pdf-text")
FORMAT_WEIGHTS = {"jpg": 44, "png": 8, "tif": 16, "pdf": 16, "pdf-text": 16}
MULTI_PAGE = ("tif", "pdf", "pdf-text")
EXTENSIONS = {"jpg": "jpg", "png": "png", "tif": "tif", "pdf": "pdf", "pdf-text": "pdf"}
DPIS = (150, 200, 200, 200, 240, 300, 300, 400)  # 200-300 the rule; 150 and 400 occur
TRUTH_FILES = ("truth.jsonl", "households.jsonl", "planted.jsonl", "electronic.xlsx", "electronic_档案.csv",
               "electronic_家庭成员.csv")
# 档案 sheet columns: 职工编号 first, then 单位, then every other household label.
HOUSEHOLD_COLUMNS = ["职工编号", "单位", *[v for v in HOUSEHOLD_LABELS.values() if v not in ("职工编号", "单位")]]
MEMBER_COLUMNS = ["职工编号", *MEMBER_LABELS.values()]
_FIXED_TIME = (2025, 1, 1, 0, 0, 0)


class SynthError(DanganError):
    message = "无法生成合成数据 (cannot generate the synthetic corpus)"


@dataclass
class Summary:
    out: Path
    households: int
    files: int = 0
    pages: int = 0
    documents_by_type: dict[str, int] = field(default_factory=dict)
    mismatches: int = 0
    removed: int = 0
    unsealed: int = 0
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {"out": str(self.out), "households": self.households, "files": self.files, "pages": self.pages,
                "documents_by_type": self.documents_by_type, "mismatches": self.mismatches,
                "removed": self.removed, "unsealed": self.unsealed, "seconds": round(self.seconds, 2)}


@dataclass
class _Job:
    hh: Household
    seed: int
    out: Path
    damage: bool
    formats: tuple[str, ...]
    remove_rate: float
    dpi: int | None = None
    layouts: Mode = "all"


@dataclass
class _Result:
    index: int
    truth: list[dict[str, Any]]
    removed: list[dict[str, Any]]
    files: list[dict[str, str]]
    pages: int


def seeded_rng(seed: int, index: int, purpose: str) -> random.Random:
    """One random stream per household and purpose: the same seed draws the same corpus in any process."""
    return random.Random(f"dangan-synth/{seed}/{index}/{purpose}")


def _choose_format(rng: random.Random, formats: tuple[str, ...], pages: int) -> str:
    fmt = rng.choices(formats, [FORMAT_WEIGHTS[f] for f in formats])[0]
    if pages > 1 and fmt not in MULTI_PAGE:
        multi = tuple(f for f in formats if f in MULTI_PAGE)
        if multi:
            fmt = rng.choices(multi, [FORMAT_WEIGHTS[f] for f in multi])[0]
    return fmt


@lru_cache(maxsize=1)
def _rule_sets() -> tuple[Any, ...]:
    from dangan.schemas.rules import available_rules, load_rules

    return tuple(load_rules(name) for name in available_rules())


def _fits(item: Any, doc: Document) -> bool:
    if item.doc_type != doc.doc_type:
        return False
    return not (item.kind and doc.doc_type == "其他" and item.kind != doc.fields.get("材料名称"))


def requiring_rule_sets(hh: Household, doc: Document, docs: list[Document]) -> tuple[list[str], bool]:
    """Names of the shipped rule sets that miss something without ``doc``, and whether per person.

    A per-person requirement needs this person's document; a household-level one (one 身份证 in 河北)
    is only missed when no other document of the household fits it.
    """
    names = []
    per_person = False
    for rules in _rule_sets():
        for item in rules.required_items(hh.record, hh.members):
            if not _fits(item, doc):
                continue
            if item.person:
                if doc.person and item.person != doc.person:
                    continue
            elif sum(1 for d in docs if _fits(item, d)) > 1:
                continue
            names.append(rules.name)
            per_person = per_person or bool(item.person)
            break
    return names, per_person


def required_materials(hh: Household, docs: list[Document]) -> list[tuple[int, list[str], bool]]:
    """Documents ``--remove-materials`` may take away, with the rule sets that then miss them.

    Preferably one every shipped rule set requires (so whichever rule set a test runs, the removal is
    a finding); the 建档申请表 always stays, as without it a folder cannot be tied to its household.
    ``docs[0]`` is the 建档申请表.
    """
    # Without a member table on the form (湖南 审批表) the 户口簿 is the paper's only list of members:
    # taking it away would turn every member into a difference, not one missing material.
    keep = {"建档申请表"} | ({"户口簿"} if not docs[0].members else set())
    found = [(i, *requiring_rule_sets(hh, d, docs)) for i, d in enumerate(docs) if d.doc_type not in keep]
    found = [f for f in found if f[1]]
    everywhere = [f for f in found if len(f[1]) == len(_rule_sets())]
    return everywhere or found


def _save(images: list[Any], path: Path, fmt: str, dpi: int, rng: random.Random, quality: int = 0) -> None:
    if fmt == "jpg":
        q = rng.randrange(72, 93)
        images[0].save(path, "JPEG", quality=quality or q, dpi=(dpi, dpi))
    elif fmt == "png":
        images[0].save(path, "PNG", dpi=(dpi, dpi), compress_level=1)
    elif fmt == "tif":
        images[0].save(path, "TIFF", save_all=True, append_images=images[1:], dpi=(dpi, dpi),
                       **({"compression": "jpeg", "quality": rng.randrange(75, 92)} if rng.random() < 0.7
                          else {"compression": "tiff_lzw"}))
    else:  # image-only PDF, JPEG-compressed pages
        buf = io.BytesIO()
        images[0].save(buf, "PDF", save_all=True, append_images=images[1:], resolution=float(dpi),
                       quality=rng.randrange(75, 92), creationDate=time.struct_time((*_FIXED_TIME, 2, 1, 0)),
                       modDate=time.struct_time((*_FIXED_TIME, 2, 1, 0)), producer="dangan synth")
        path.write_bytes(buf.getvalue())


def _worker_init() -> None:
    """One OpenCV thread per worker: the pool already uses every CPU, more threads only contend."""
    import cv2

    cv2.setNumThreads(1)


def _render_household(job: _Job) -> _Result:
    """Worker: build, damage and write one household's scans (runs in a process pool)."""
    hh = job.hh
    docs = documents_for(hh, seeded_rng(job.seed, hh.index, "documents"), job.layouts)
    folder = job.out / "scans" / hh.unit.name / hh.archive_no
    folder.mkdir(parents=True, exist_ok=True)
    removed_idx: dict[int, tuple[list[str], bool]] = {}
    rm = seeded_rng(job.seed, hh.index, "remove")
    if rm.random() < job.remove_rate:
        candidates = required_materials(hh, docs)
        if candidates:
            i, names, per_person = rm.choice(candidates)
            removed_idx[i] = (names, per_person)
    truth: list[dict[str, Any]] = []
    removed: list[dict[str, Any]] = []
    unsealed: list[dict[str, Any]] = []
    files: list[dict[str, str]] = []
    n_pages = 0
    for k, doc in enumerate(docs):
        nn = f"{k + 1:02d}"
        if k in removed_idx:
            names, per_person = removed_idx[k]
            material = doc.fields.get("材料名称") if doc.doc_type == "其他" else doc.doc_type
            removed.append({"职工编号": hh.archive_no, "单位": hh.unit.name, "kind": "missing_material",
                            "field": f"{material}[{doc.person}]" if per_person and doc.person else material,
                            "paper": None, "electronic": None, "doc_type": doc.doc_type, "material": material,
                            "person": doc.person, "rules": names,
                            "file": f"scans/{hh.unit.name}/{hh.archive_no}/{nn}_{doc.doc_type}",
                            "detail": f"已移除{doc.person or ''}的{doc.detail or doc.doc_type}"})
            continue
        frng = seeded_rng(job.seed, hh.index, f"file/{k}")
        fmt = _choose_format(frng, job.formats, len(doc.pages))
        dpi = frng.choice(DPIS)
        if job.dpi:
            dpi = job.dpi
        # one file, or (multi-page document, single-page formats only) one file per page
        groups = [doc.pages] if (len(doc.pages) == 1 or fmt in MULTI_PAGE) else [[pg] for pg in doc.pages]
        for gi, pages in enumerate(groups):
            suffix = "" if len(groups) == 1 else f"_{gi + 1}"
            rel = f"scans/{hh.unit.name}/{hh.archive_no}/{nn}_{doc.doc_type}{suffix}.{EXTENSIONS[fmt]}"
            path = job.out / rel
            rotations: list[int] = []
            damages: list[dict[str, Any]] = []
            if fmt == "pdf-text":
                write_pdf(pages, str(path), title=doc.doc_type)
                rotations = [0] * len(pages)
            else:
                images = []
                quality = 0
                for pi, page in enumerate(pages):
                    img = rasterise(page, dpi)
                    d = dmg.draw_damage(frng) if job.damage else dmg.NONE
                    img = dmg.apply(img, d, frng.randrange(1 << 30), jpeg_round_trip=fmt != "jpg")
                    quality = d.jpeg_quality
                    images.append(img)
                    rotations.append(d.rotation)
                    damages.append({"page": pi + 1, **d.to_json()})
                _save(images, path, fmt, dpi, frng, quality)
            n_pages += len(pages)
            if len(groups) == 1:
                fields, members = doc.fields, doc.members
            else:
                fields = pages[0].fields
                members = [m for pg in pages for m in pg.members]
            truth.append({
                "file": rel, "doc_type": doc.doc_type, "fields": fields, "members": members,
                "职工编号": hh.archive_no, "单位": hh.unit.name, "pages": len(pages), "format": fmt,
                "dpi": None if fmt == "pdf-text" else dpi, "rotation": rotations, "detail": doc.detail,
                "person": doc.person, "damage": damages, "layout": doc.layout, "held_out": doc.held_out,
                "photocopy": any(pg.mono for pg in pages),
            })
            files.append({"file": rel, "doc_type": doc.doc_type})
        if doc.fields.get("是否盖章") is False:
            unsealed.append({"职工编号": hh.archive_no, "单位": hh.unit.name, "kind": "rule",
                             "field": f"{doc.doc_type}[{doc.fields.get('姓名') or ''}].是否盖章", "paper": False,
                             "electronic": None, "rule": "stamp", "doc_type": doc.doc_type, "person": doc.person,
                             "file": files[-1]["file"], "detail": f"{doc.doc_type}未盖章"})
    return _Result(hh.index, truth, removed + unsealed, files, n_pages)


# -- electronic export --------------------------------------------------------------------------
def electronic_record(hh: Household) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The household as the national system holds it: same values, national cause wording."""
    rec = dict(hh.record)
    main = to_national_cause(rec["主要致困原因"])
    rec["主要致困原因"] = main.value if main else NationalCause.other.value
    rec["次要致困原因"] = [c.value for c in (to_national_cause(w) for w in rec["次要致困原因"]) if c]
    members = [{"职工编号": hh.archive_no, **{k: m.get(k) for k in MEMBER_LABELS.values()}} for m in hh.members]
    return rec, members


def _plant(hh: Household, rec: dict[str, Any], members: list[dict[str, Any]], rng: random.Random,
           ) -> dict[str, Any]:
    """Change one electronic value; return the planted record (paper value vs electronic value)."""
    base = {"职工编号": hh.archive_no, "单位": hh.unit.name, "kind": "mismatch"}
    kinds = ["本人月平均收入", "家庭年度总收入", "主要致困原因", "家庭人口", "身份证号", "member_added"]
    if members:
        kinds += ["member_removed", "member_changed"]
    kind = rng.choice(kinds)
    paper = hh.record
    if kind in ("本人月平均收入", "家庭年度总收入"):
        delta = rng.choice((-1, 1)) * rng.randrange(10, 80) * (10 if kind == "本人月平均收入" else 100)
        new = paper[kind] + delta if paper[kind] + delta >= 0 else paper[kind] + abs(delta)
        rec[kind] = new
        return {**base, "field": kind, "paper": paper[kind], "electronic": new}
    if kind == "主要致困原因":
        taken = {rec["主要致困原因"], *rec["次要致困原因"]}
        new = rng.choice([c.value for c in NationalCause if c.value not in taken])
        rec[kind] = new
        return {**base, "field": kind, "paper": paper[kind], "electronic": new}
    if kind == "家庭人口":
        new = paper[kind] + rng.choice((1, -1)) if paper[kind] > 1 else paper[kind] + 1
        rec[kind] = new
        return {**base, "field": kind, "paper": paper[kind], "electronic": new}
    if kind == "身份证号":
        old = paper[kind]
        pos = rng.randrange(14, 17)
        digit = rng.choice([d for d in "0123456789" if d != old[pos]])
        new = old[:pos] + digit + old[pos + 1:]
        rec[kind] = new
        return {**base, "field": kind, "paper": old, "electronic": new}
    if kind == "member_added":
        from dangan.synth.households import FEMALE_GIVEN, MALE_GIVEN

        gender = rng.choice(("男", "女"))
        name = paper["姓名"][0] + rng.choice(MALE_GIVEN if gender == "男" else FEMALE_GIVEN) + rng.choice("一二三小")
        age = rng.randrange(3, 17)
        born = hh.created.replace(year=hh.created.year - age, day=min(hh.created.day, 28))
        first17 = f"{paper['身份证号'][:6]}{born:%Y%m%d}{rng.randrange(0, 100):02d}{rng.choice('13579' if gender == '男' else '02468')}"
        template: dict[str, Any] = {k: None for k in MEMBER_COLUMNS}
        template.update({"职工编号": hh.archive_no, "姓名": name, "关系": "儿子" if gender == "男" else "女儿",
                         "民族": paper["民族"], "身份证号": first17 + id_check_digit(first17),
                         "出生日期": born.isoformat(), "年龄": age, "性别": gender, "政治面貌": "群众", "月收入": 0,
                         "健康状况": "健康", "婚姻状况": "未婚", "户口类型": paper["户口类型"], "人员身份": "在读"})
        members.append(template)
        row = {k: v for k, v in template.items() if k != "职工编号"}
        return {**base, "field": f"家庭成员[{name}]", "paper": None, "electronic": row, "member": name}
    if kind == "member_removed":
        gone = members.pop(rng.randrange(len(members)))
        row = {k: v for k, v in gone.items() if k != "职工编号"}
        return {**base, "field": f"家庭成员[{gone['姓名']}]", "paper": row, "electronic": None,
                "member": gone["姓名"]}
    m = rng.choice(members)
    if rng.random() < 0.5:
        old = m["月收入"]
        m["月收入"] = old + rng.randrange(5, 60) * 10
        return {**base, "field": f"家庭成员[{m['姓名']}].月收入", "paper": old, "electronic": m["月收入"],
                "member": m["姓名"]}
    old = m["姓名"]
    m["姓名"] = old[0] + ("晓" if old[1:2] != "晓" else "小") + old[2:]
    # members are matched by 身份证号, so a renamed member is one differing field, shown by its new name
    return {**base, "field": f"家庭成员[{m['姓名']}].姓名", "paper": old, "electronic": m["姓名"], "member": old}


def sheet_cell(v: Any) -> Any:
    """XLSX/CSV cell as the national system exports it: 是/否, lists joined with 、, dates as text."""
    if v is None:
        return None
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, list):
        return "、".join(str(x) for x in v)
    return v


def _write_xlsx(path: Path, rows: list[dict[str, Any]], member_rows: list[dict[str, Any]]) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    wb.properties.creator = "dangan synth"
    wb.properties.created = datetime(*_FIXED_TIME)
    wb.properties.modified = datetime(*_FIXED_TIME)
    ws = wb.create_sheet("档案")
    ws.append(HOUSEHOLD_COLUMNS)
    for r in rows:
        ws.append([sheet_cell(r.get(c)) for c in HOUSEHOLD_COLUMNS])
    ws2 = wb.create_sheet("家庭成员")
    ws2.append(MEMBER_COLUMNS)
    for m in member_rows:
        ws2.append([sheet_cell(m.get(c)) for c in MEMBER_COLUMNS])
    buf = io.BytesIO()
    wb.save(buf)
    _normalise_zip(buf.getvalue(), path)


def _normalise_zip(data: bytes, path: Path) -> None:
    """Rewrite the XLSX zip with fixed member times and document dates: same seed, same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re

                body = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2025-01-01T00:00:00Z\g<3>",
                              body)
            zi = zipfile.ZipInfo(info.filename, date_time=_FIXED_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, body)
    path.write_bytes(out.getvalue())


def _write_csv(path: Path, columns: list[str], rows: Iterable[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(columns)
        for r in rows:
            w.writerow(["" if sheet_cell(r.get(c)) is None else sheet_cell(r.get(c)) for c in columns])


def _jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def _prepare(out: Path) -> None:
    if out.exists() and any(out.iterdir()):
        if not (out / "truth.jsonl").exists():
            raise SynthError(f"输出目录非空且不是合成数据目录，拒绝覆盖: {out} (not an empty directory or an earlier corpus)")
        shutil.rmtree(out / "scans", ignore_errors=True)
        for name in TRUTH_FILES:
            (out / name).unlink(missing_ok=True)
    out.mkdir(parents=True, exist_ok=True)


def generate(out: Path, households: int, seed: int, *, damage: bool = True, formats: Iterable[str] | None = None,
             plant_rate: float = 0.0, remove_rate: float = 0.0, workers: int | None = None,
             dpi: int | None = None, progress: Callable[[int, int], None] | None = None,
             layouts: Mode = "all") -> Summary:
    """Write a synthetic corpus of ``households`` households to ``out``; deterministic in ``seed``.

    ``formats`` restricts the output formats (``jpg png tif pdf pdf-text``; ``pdf`` is image-only,
    ``pdf-text`` born-digital with a text layer). ``plant_rate`` is the share of households whose
    electronic record gets one planted mismatch, ``remove_rate`` the share missing one required material.
    ``workers`` processes render in parallel (default: CPUs, at most 8); ``dpi`` fixes the scan
    resolution (default: 150-400 dpi drawn per file, mostly 200-300; tests use less to stay fast).
    ``layouts``: "all", or only "seen" / only "held-out" layouts of every paper (``layouts.is_held_out``):
    readers are tuned on "seen" corpora, "held-out" measures whether that generalises.
    """
    started = time.perf_counter()
    out = Path(out)
    fmts = tuple(formats) if formats else FORMATS
    bad = [f for f in fmts if f not in FORMATS]
    if bad:
        raise SynthError(f"未知的输出格式 (unknown format): {', '.join(bad)}; 可选 {', '.join(FORMATS)}")
    if layouts not in MODES:
        raise SynthError(f"未知的版式选择 (unknown --layouts): {layouts}; 可选 {', '.join(MODES)}")
    if households < 1:
        raise SynthError("户数至少为 1 (--households must be at least 1)")
    for name, rate in (("plant", plant_rate), ("remove", remove_rate)):
        if not 0.0 <= rate <= 1.0:
            raise SynthError(f"比例应在 0 到 1 之间 (--{name} rate must be within 0..1): {rate}")
    _prepare(out)
    hhs = make_households(households, seed)
    jobs = [_Job(hh, seed, out, damage, fmts, remove_rate, dpi, layouts) for hh in hhs]
    results: dict[int, _Result] = {}
    n_workers = workers if workers is not None else min(os.cpu_count() or 1, 8)
    if n_workers <= 1 or households <= 2:
        for i, job in enumerate(jobs):
            results[job.hh.index] = _render_household(job)
            if progress:
                progress(i + 1, households)
    else:
        with ProcessPoolExecutor(max_workers=n_workers, mp_context=get_context("spawn"),
                                 initializer=_worker_init) as pool:
            for i, res in enumerate(pool.map(_render_household, jobs, chunksize=1)):
                results[res.index] = res
                if progress:
                    progress(i + 1, households)
    ordered = [results[hh.index] for hh in hhs]

    summary = Summary(out=out, households=households)
    truth_rows = [t for r in ordered for t in r.truth]
    for t in truth_rows:
        summary.documents_by_type[t["doc_type"]] = summary.documents_by_type.get(t["doc_type"], 0) + 1
    summary.files = len(truth_rows)
    summary.pages = sum(r.pages for r in ordered)
    _jsonl(out / "truth.jsonl", truth_rows)
    _jsonl(out / "households.jsonl", ({**hh.to_json(), "材料": r.files} for hh, r in zip(hhs, ordered, strict=True)))

    rows: list[dict[str, Any]] = []
    member_rows: list[dict[str, Any]] = []
    planted: list[dict[str, Any]] = []
    for hh, res in zip(hhs, ordered, strict=True):
        rec, members = electronic_record(hh)
        prng = seeded_rng(seed, hh.index, "plant")
        if prng.random() < plant_rate:
            planted.append(_plant(hh, rec, members, prng))
        rows.append(rec)
        member_rows.extend(members)
        planted.extend(res.removed)
    summary.mismatches = sum(1 for p in planted if p["kind"] == "mismatch")
    summary.removed = sum(1 for p in planted if p["kind"] == "missing_material")
    summary.unsealed = sum(1 for p in planted if p["kind"] == "rule")
    _write_xlsx(out / "electronic.xlsx", rows, member_rows)
    _write_csv(out / "electronic_档案.csv", HOUSEHOLD_COLUMNS, rows)
    _write_csv(out / "electronic_家庭成员.csv", MEMBER_COLUMNS, member_rows)
    _jsonl(out / "planted.jsonl", planted)
    summary.seconds = time.perf_counter() - started
    return summary
