"""The corpus on disk: layout, determinism, truth vs the electronic export, planted differences, seals, PDFs."""

from __future__ import annotations

import hashlib
import io
import json
import random
import re
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pdfplumber
import pytest
from openpyxl import load_workbook
from PIL import Image

from dangan.schemas.labels import DOC_FIELDS, DOC_TYPES, MEMBER_LABELS
from dangan.schemas.validators import is_valid_id_number
from dangan.schemas.vocab import to_national_cause
from dangan.synth.canvas import rasterise, write_pdf
from dangan.synth.forms import form_hangzhou
from dangan.synth.generate import HOUSEHOLD_COLUMNS, MEMBER_COLUMNS, Summary, generate
from dangan.synth.households import make_households
from dangan.synth.layouts import layouts_of
from dangan.synth.render import Style, documents_for, load_layouts

FILE_RE = re.compile(r"^scans/([^/]+)/([^/]+)/(\d{2})_([^/_.]+)(?:_\d+)?\.(jpg|png|tif|pdf)$")


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _sheet(path: Path, name: str) -> list[dict[str, Any]]:
    wb = load_workbook(path, read_only=True)
    rows = list(wb[name].iter_rows(values_only=True))
    header = list(rows[0])
    # read-only sheets drop trailing empty cells
    return [dict(zip(header, (*r, *([None] * (len(header) - len(r)))), strict=True)) for r in rows[1:]]


def _electronic(v: Any) -> Any:
    """A value as the export writes it (是/否, lists joined with 、, blanks empty)."""
    if v is None or v == [] or v == "":
        return None
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, list):
        return "、".join(v)
    return v


def _paper_as_electronic(label: str, v: Any) -> Any:
    if label == "主要致困原因":
        return to_national_cause(v).value
    if label == "次要致困原因":
        return _electronic([to_national_cause(c).value for c in v])
    return _electronic(v)


def _red_mask(img: Image.Image) -> np.ndarray:
    a = np.asarray(img.convert("RGB")).astype(np.int16)
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    return (r > 140) & (r - g > 60) & (r - b > 50)


def _red_pixels(img: Image.Image) -> int:
    return int(_red_mask(img).sum())


def _seals(img: Image.Image, dpi: int) -> list[tuple[float, float]]:
    """The red blobs shaped like a round seal, as (width, height) in mm: red ink joined across gaps of ~2 mm
    (a seal's ring, star and text, its uneven ink) whose extent is 14-60 mm both ways and about as wide as
    high (a ring of r ≈ 8-30 mm at any angle). A unit's red letterhead (a name a few mm high, a rule across the
    page) or a red heading is red ink of another shape and is not counted."""
    px = dpi / 25.4
    k = max(1, round(px))  # ~1 mm each side
    mask = cv2.dilate(_red_mask(img).astype(np.uint8), np.ones((2 * k + 1, 2 * k + 1), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    found = []
    for i in range(1, n):
        w, h = (stats[i, cv2.CC_STAT_WIDTH] - 2 * k) / px, (stats[i, cv2.CC_STAT_HEIGHT] - 2 * k) / px
        if min(w, h) >= 14 and max(w, h) <= 60 and max(w, h) <= 1.35 * min(w, h):
            found.append((round(float(w), 1), round(float(h), 1)))
    return found


def test_layout_and_files(corpus: tuple[Path, Summary]) -> None:
    out, summary = corpus
    truth = _jsonl(out / "truth.jsonl")
    households = _jsonl(out / "households.jsonl")
    assert len(households) == summary.households == 3
    assert len(truth) == summary.files
    numbers = {h["职工编号"]: h for h in households}
    for t in truth:
        m = FILE_RE.match(t["file"])
        assert m, t["file"]
        unit, no, _, doc_type, _ = m.groups()
        assert (out / t["file"]).is_file()
        assert doc_type == t["doc_type"] and doc_type in DOC_TYPES
        assert numbers[no]["单位"] == unit == t["单位"]
        assert set(t["fields"]) <= set(DOC_FIELDS[doc_type]), set(t["fields"]) - set(DOC_FIELDS[doc_type])
        assert set(t) >= {"file", "doc_type", "fields", "members"}
        if t["format"] != "pdf-text":
            assert len(t["rotation"]) == t["pages"]
    wb = load_workbook(out / "electronic.xlsx", read_only=True)
    assert wb.sheetnames == ["档案", "家庭成员"]
    header = next(wb["档案"].iter_rows(values_only=True))
    assert list(header) == HOUSEHOLD_COLUMNS and header[0] == "职工编号" and "单位" in header
    assert list(next(wb["家庭成员"].iter_rows(values_only=True))) == MEMBER_COLUMNS
    # nothing planted: only the documents drawn without a seal are listed (kind rule, rule stamp)
    for p in _jsonl(out / "planted.jsonl"):
        assert p["kind"] == "rule" and p["rule"] == "stamp" and p["paper"] is False
        assert (out / p["file"]).is_file()
    # images open, at 150-400 dpi
    for t in truth:
        if t["format"] in ("jpg", "png", "tif"):
            with Image.open(out / t["file"]) as im:
                assert getattr(im, "n_frames", 1) == t["pages"]
                assert 149 <= round(im.info["dpi"][0]) <= 400


def test_id_numbers_in_every_output_are_valid(corpus: tuple[Path, Summary]) -> None:
    out, _ = corpus
    for h in _jsonl(out / "households.jsonl"):
        assert is_valid_id_number(h["身份证号"])
        assert all(is_valid_id_number(m["身份证号"]) for m in h["家庭成员"])
    for t in _jsonl(out / "truth.jsonl"):
        for value in [t["fields"].get("身份证号"), *(m.get("身份证号") for m in t["members"])]:
            if value:
                assert is_valid_id_number(value), (t["file"], value)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    def digest(out: Path) -> dict[str, str]:
        return {str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(out.rglob("*")) if p.is_file()}

    kwargs: dict[str, Any] = {"plant_rate": 0.5, "remove_rate": 0.5, "workers": 1, "dpi": 72}
    generate(tmp_path / "a", 2, 7, **kwargs)
    generate(tmp_path / "b", 2, 7, **kwargs)
    a, b = digest(tmp_path / "a"), digest(tmp_path / "b")
    assert a == b
    for name in ("truth.jsonl", "households.jsonl", "planted.jsonl", "electronic.xlsx"):
        assert name in a
    generate(tmp_path / "c", 2, 8, **kwargs)
    assert digest(tmp_path / "c")["truth.jsonl"] != a["truth.jsonl"]
    # generating again into the same directory replaces the corpus
    generate(tmp_path / "a", 2, 7, **kwargs)
    assert digest(tmp_path / "a") == b


def test_every_doc_type_and_form_variant_renders() -> None:
    seen: dict[str, Any] = {}
    variants: set[str] = set()
    for hh in make_households(60, 2):
        docs = documents_for(hh, random.Random(hh.index))
        assert docs[0].doc_type == "建档申请表"
        variants.add(hh.variant)
        for d in docs:
            seen.setdefault(d.doc_type, d)
            assert d.fields, d.doc_type
    assert set(seen) == set(DOC_TYPES)
    assert variants == {"湖南", "河北", "杭州", "全国"}
    for d in seen.values():
        img = rasterise(d.pages[0], 50)
        assert img.width > 100 and img.height > 100
    buf = io.BytesIO()
    write_pdf([seen["户口簿"].pages[0], seen["诊断证明"].pages[0]], buf)
    assert buf.getvalue().startswith(b"%PDF")


def test_application_truth_matches_the_export(corpus: tuple[Path, Summary]) -> None:
    """With nothing planted, every field printed on a 建档申请表 equals the export (national wording)."""
    out, _ = corpus
    rows = {r["职工编号"]: r for r in _sheet(out / "electronic.xlsx", "档案")}
    members: dict[str, dict[str, dict[str, Any]]] = {}
    for m in _sheet(out / "electronic.xlsx", "家庭成员"):
        members.setdefault(m["职工编号"], {})[m["姓名"]] = m
    households = {h["职工编号"]: h for h in _jsonl(out / "households.jsonl")}
    checked = 0
    for t in _jsonl(out / "truth.jsonl"):
        if t["doc_type"] != "建档申请表":
            continue
        no = t["职工编号"]
        for label, value in t["fields"].items():
            if label == "是否盖章":
                continue
            assert _paper_as_electronic(label, value) == rows[no][label], (no, label, value, rows[no][label])
            checked += 1
        for m in t["members"]:
            e = members[no][m["姓名"]]
            for label, value in m.items():
                assert label in MEMBER_LABELS.values()
                assert _electronic(value) == e[label], (no, m["姓名"], label)
    assert checked > 40
    for no, h in households.items():
        assert set(members.get(no, {})) == {m["姓名"] for m in h["家庭成员"]}
        assert rows[no]["家庭人口"] == 1 + len(h["家庭成员"])


def test_planted_records_are_exactly_what_differs(planted_corpus: tuple[Path, Summary]) -> None:
    out, summary = planted_corpus
    planted = _jsonl(out / "planted.jsonl")
    households = {h["职工编号"]: h for h in _jsonl(out / "households.jsonl")}
    rows = {r["职工编号"]: r for r in _sheet(out / "electronic.xlsx", "档案")}
    members: dict[str, dict[str, dict[str, Any]]] = {}
    for m in _sheet(out / "electronic.xlsx", "家庭成员"):
        members.setdefault(m["职工编号"], {})[m["姓名"]] = m
    mismatches = [p for p in planted if p["kind"] == "mismatch"]
    assert len(mismatches) == summary.mismatches == len(households)  # rate 1.0: one per household
    found: list[tuple[str, str, Any, Any]] = []
    for no, h in households.items():
        for label in HOUSEHOLD_COLUMNS:
            paper = _paper_as_electronic(label, h.get(label))
            if paper != rows[no][label]:
                found.append((no, label, _electronic(h.get(label)), rows[no][label]))
        # members matched by 身份证号, as the reconciliation does
        paper_members = {m["身份证号"]: m for m in h["家庭成员"]}
        e_members = {m["身份证号"]: m for m in members.get(no, {}).values()}
        for key in set(paper_members) | set(e_members):
            if key not in e_members:
                found.append((no, f"家庭成员[{paper_members[key]['姓名']}]", "paper only"))
            elif key not in paper_members:
                found.append((no, f"家庭成员[{e_members[key]['姓名']}]", "electronic only"))
            else:
                for label in MEMBER_COLUMNS[1:]:
                    pv, ev = _electronic(paper_members[key].get(label)), e_members[key][label]
                    if pv != ev:
                        found.append((no, f"家庭成员[{e_members[key]['姓名']}].{label}", pv, ev))
    expected = []
    for p in mismatches:
        if p["paper"] is None and p["field"].startswith("家庭成员["):
            expected.append((p["职工编号"], p["field"], "electronic only"))
        elif p["electronic"] is None and p["field"].startswith("家庭成员["):
            expected.append((p["职工编号"], p["field"], "paper only"))
        else:
            expected.append((p["职工编号"], p["field"], _electronic(p["paper"]), _electronic(p["electronic"])))
    found = [(f[0], f[1], *(_paper_as_electronic(f[1], v) if f[1] == "主要致困原因" and i == 0 else v
                             for i, v in enumerate(f[2:]))) for f in found]
    assert sorted(map(str, found)) == sorted(map(str, expected))
    # removed materials: recorded, not on disk, not in the truth, paper truth untouched
    removed = [p for p in planted if p["kind"] == "missing_material"]
    assert removed and len(removed) == summary.removed
    truth_files = {t["file"] for t in _jsonl(out / "truth.jsonl")}
    for p in removed:
        assert p["doc_type"] in DOC_TYPES and p["doc_type"] != "建档申请表" and p["rules"]
        assert p["field"].startswith(p["material"])
        assert not list((out / p["file"]).parent.glob(Path(p["file"]).name + "*"))
        assert not any(f.startswith(p["file"]) for f in truth_files)


def test_planting_leaves_the_paper_truth_alone(tmp_path: Path) -> None:
    generate(tmp_path / "plain", 3, 5, damage=False, formats=["jpg"], workers=1, dpi=50)
    generate(tmp_path / "planted", 3, 5, damage=False, formats=["jpg"], plant_rate=1.0, workers=1, dpi=50)
    for name in ("households.jsonl", "truth.jsonl"):
        assert (tmp_path / "plain" / name).read_bytes() == (tmp_path / "planted" / name).read_bytes()


def test_born_digital_pdf_has_a_readable_text_layer(tmp_path: Path) -> None:
    out = tmp_path / "pdf"
    generate(out, 1, 3, formats=["pdf-text"], workers=1)
    truth = _jsonl(out / "truth.jsonl")
    assert truth and all(t["format"] == "pdf-text" for t in truth)
    for t in truth:
        with pdfplumber.open(out / t["file"]) as pdf:
            assert len(pdf.pages) == t["pages"]
            text = "".join((page.extract_text() or "") for page in pdf.pages)
        fields = t["fields"]
        for label in ("姓名", "身份证号", "户主姓名"):
            if fields.get(label) and t["doc_type"] not in ("公示证明", "收入证明"):  # those split names into blanks
                assert str(fields[label]) in text.replace(" ", ""), (t["file"], label)
        if t["doc_type"] == "建档申请表":
            assert "身份证号" in text or "公民身份号码" in text or "身份证号码" in text


def test_red_seal_where_the_truth_says_so(planted_corpus: tuple[Path, Summary]) -> None:
    out, _ = planted_corpus
    sealed = unsealed = 0
    for t in _jsonl(out / "truth.jsonl"):
        if "是否盖章" not in t["fields"] or t["photocopy"]:
            continue  # a black-and-white photocopy's seal is grey (test_layouts checks it has no colour)
        # not "no red ink at all": some printings carry red ink of their own (a unit's letterhead in red),
        # so what is counted is a seal-shaped red blob, present exactly where the truth says sealed
        with Image.open(out / t["file"]) as im:
            red = _red_pixels(im) / (t["dpi"] / 25.4) ** 2  # in mm²: a seal of r ≈ 15-20 mm inks > 60 mm²
            seals = _seals(im, t["dpi"])
        if t["fields"]["是否盖章"]:
            assert seals and red > 60, (t["file"], t["layout"], red, seals)
            sealed += 1
        else:
            assert not seals, (t["file"], t["layout"], red, seals)
            unsealed += 1
    assert sealed > 5
    # and the same form drawn both ways
    hh = next(h for h in make_households(10, 1) if h.variant == "杭州")
    with_seal = rasterise(form_hangzhou(hh, Style.draw(random.Random(1)), True).pages[0], 100)
    without = rasterise(form_hangzhou(hh, Style.draw(random.Random(1)), False).pages[0], 100)
    assert _red_pixels(with_seal) > 1000 > 50 > _red_pixels(without)
    assert len(_seals(with_seal, 100)) == 1 and not _seals(without, 100)
    # a red letterhead is not a seal: 收入证明 letters on red letterhead, one sealed and one unsealed
    hh = next(h for h in make_households(10, 1) if any((p["月收入"] or 0) > 0 for p in [h.householder(), *h.members]))
    name = next(p["姓名"] for p in [hh.householder(), *hh.members] if (p["月收入"] or 0) > 0)
    load_layouts()
    letter = next(lo.draw for lo in layouts_of("收入证明") if lo.name == "收入证明/单位信笺")
    letters = {}
    for seed in range(200):
        doc = letter(hh, name, random.Random(seed))
        letters.setdefault(doc.fields["是否盖章"], doc)
        if len(letters) == 2:
            break
    sealed_letter, unsealed_letter = (rasterise(letters[s].pages[0], 100) for s in (True, False))
    assert _red_pixels(unsealed_letter) > 1000  # the red letterhead: any red ink is no sign of a seal
    assert len(_seals(sealed_letter, 100)) == 1 and not _seals(unsealed_letter, 100)


def test_bad_arguments_are_refused(tmp_path: Path) -> None:
    from dangan.synth.generate import SynthError

    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "keep.txt").write_text("x")
    with pytest.raises(SynthError):
        generate(tmp_path / "other", 1, 1)
    with pytest.raises(SynthError):
        generate(tmp_path / "x", 1, 1, formats=["gif"])
    with pytest.raises(SynthError):
        generate(tmp_path / "x", 1, 1, plant_rate=2.0)
    assert (tmp_path / "other" / "keep.txt").exists()


def test_worker_processes_do_not_change_the_output(tmp_path: Path) -> None:
    def digest(out: Path) -> dict[str, str]:
        return {str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(out.rglob("*")) if p.is_file()}

    generate(tmp_path / "one", 3, 9, workers=1, dpi=50, plant_rate=0.5)
    generate(tmp_path / "two", 3, 9, workers=2, dpi=50, plant_rate=0.5)
    assert digest(tmp_path / "one") == digest(tmp_path / "two")
