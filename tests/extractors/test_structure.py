"""Structural readers on tables drawn in the test (PIL + a CJK font, cells found by ``detect_grid``).

The OCR lines are placed where the drawing put the text (what an OCR engine returns), including the
faults OCR makes on ruled forms: a line running across a ruling (a row header glued to a name, the
ID digits glued to 政治面貌) and an ID number in 18 digit boxes read as fragments. The layouts are not
the ones the readers were written against: columns reordered and of other widths, unknown columns,
five member rows with an empty one, values below their labels, label：value in one cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pytest
from PIL import Image, ImageDraw

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
from dangan.extractors.ocr import OcrLine
from dangan.extractors.preprocess import detect_grid
from dangan.extractors.structure import (
    cell_rows,
    header_label,
    merge_digit_runs,
    read_member_grid,
    split_at_rulings,
)
from dangan.schemas.validators import id_check_digit, is_valid_id_number

from .conftest import cjk_font, to_bgr

TODAY = date(2025, 6, 1)
FONT = 34  # px at 200 dpi: ≈ 12 pt


def _id(first17: str) -> str:
    return first17 + id_check_digit(first17)


@dataclass
class Drawn:
    """A drawn table: page image, OCR-like lines, and the cells that were drawn."""

    image: object
    lines: list[TextLine] = field(default_factory=list)
    cells: list[tuple[int, int, int, int]] = field(default_factory=list)


class Page:
    """A 200-dpi A4 page on which ruled rows are drawn one under the other."""

    def __init__(self) -> None:
        self.im = Image.new("RGB", (1654, 2339), "white")
        self.draw = ImageDraw.Draw(self.im)
        self.font = cjk_font(FONT)
        self.lines: list[TextLine] = []
        self.y = 200
        self.left = 120

    def text(self, text: str, x: float, cy: float, *, record: bool = True) -> TextLine:
        """Draw ``text`` left-aligned at x, centred on cy; return the OCR line it would give."""
        self.draw.text((x, cy), text, font=self.font, fill="black", anchor="lm")
        x0, y0, x1, y1 = self.draw.textbbox((x, cy), text, font=self.font, anchor="lm")
        ln = TextLine(text, (x0 - 3, y0 - 4, x1 + 3, y1 + 4), 0.97)
        if record:
            self.lines.append(ln)
        return ln

    def row(
        self, widths: list[int], texts: list[str], height: int = 70, align: str = "centre"
    ) -> list[tuple[int, int, int, int]]:
        """One ruled row of cells with the given widths; returns the cells' outer boxes."""
        x, out = self.left, []
        for w, t in zip(widths, texts, strict=True):
            box = (x, self.y, x + w, self.y + height)
            self.draw.rectangle(box, outline="black", width=3)
            if t:
                tw = self.draw.textlength(t, font=self.font)
                tx = x + (w - tw) / 2 if align == "centre" else x + 10
                self.text(t, tx, self.y + height / 2)
            out.append(box)
            x += w
        self.y += height
        return out

    def digit_boxes(self, x: int, width: int, digits: str, height: int = 70) -> None:
        """18 boxes across ``width`` px from x on the current row, one digit drawn in each."""
        step = width / len(digits)
        for i, d in enumerate(digits):
            bx = x + i * step
            self.draw.rectangle((bx, self.y, bx + step, self.y + height), outline="black", width=2)
            self.draw.text((bx + step / 2, self.y + height / 2), d, font=self.font, fill="black", anchor="mm")

    def cells(self) -> list[tuple[int, int, int, int]]:
        return [c.box for c in detect_grid(to_bgr(self.im)).cells]


# ---------------------------------------------------------------------------------------------


MEMBERS = [
    ("郝雪兰", "配偶", "女", "群众", _id("33018319790213920"), "0"),
    ("吕艳萍", "女儿", "女", "共青团员", _id("33018320100708784"), "0"),
    None,  # an empty row in the middle
    ("吕国强", "父亲", "男", "中共党员", _id("33018319500101001"), "1580"),
    ("钱小平", "母亲", "女", "群众", _id("33018319520303002"), "1200"),
]


ID_0, ID_1 = (m[4] for m in MEMBERS[:2] if m is not None)


def _member_page(glue: bool = False) -> tuple[Page, dict[str, tuple[int, int]]]:
    """A member table whose columns are in an order no seed prints, with two unknown columns
    (序号, 备注), a wide ID column and five rows, the third empty; then a two-cell row after it."""
    page = Page()
    page.row([300, 1100], ["困难职工", "夏凯国"])
    widths = [80, 380, 170, 150, 90, 170, 160, 210]
    heads = ["序号", "身份证号", "姓名", "与户主关系", "性别", "政治面貌", "月收入", "备注"]
    page.row(widths, heads)
    for i, m in enumerate(MEMBERS):
        if m is None:
            page.row(widths, [""] * 8)
            continue
        name, rel, sex, pol, idn, inc = m
        page.row(widths, [str(i + 1), idn, name, rel, sex, pol, inc, ""])
    page.row([300, 1110], ["主要致困原因", "本人大病"])
    return page, {}


def _members(lines: list[TextLine], cells: list[tuple[int, int, int, int]]) -> list[dict[str, object]]:
    rows, _used = read_member_grid(lines, cells)
    return [{k: r.value for k, r in row.items()} for row in rows]


def test_grid_cells_come_in_rows() -> None:
    page, _ = _member_page()
    cells = page.cells()
    rows = cell_rows(cells)
    assert [len(r) for r in rows] == [2, 8, 8, 8, 8, 8, 8, 2]
    assert all(r == sorted(r) for r in rows)


def test_member_table_columns_reordered_unknown_columns_and_empty_row() -> None:
    page, _ = _member_page()
    got = _members(page.lines, page.cells())
    assert len(got) == 4
    for m, want in zip(got, [x for x in MEMBERS if x], strict=True):
        name, rel, sex, pol, idn, inc = want
        assert m == {"姓名": name, "关系": rel, "性别": sex, "政治面貌": pol, "身份证号": idn, "月收入": inc}


def test_member_table_lines_glued_across_rulings_are_cut() -> None:
    """OCR joins texts of neighbouring cells into one line; the ruling cuts them apart again."""
    page, _ = _member_page()
    lines = list(page.lines)
    glued: list[TextLine] = []
    # 政治面貌 + 月收入 of every member row, and 序号 + ID of the first row, as one OCR line each
    for ln in lines:
        if ln.text in ("群众", "共青团员", "中共党员"):
            right = min((o for o in lines if abs(o.cy - ln.cy) < 5 and o.box[0] > ln.box[2]), key=lambda o: o.box[0])
            glued.append(TextLine(ln.text + right.text, (ln.box[0], ln.box[1], right.box[2], right.box[3]), 0.9))
    assert len(glued) == 4
    skip = {id(o) for g in glued for o in lines if abs(o.cy - g.cy) < 5 and g.box[0] <= o.cx <= g.box[2]}
    lines = [ln for ln in lines if id(ln) not in skip] + glued
    cells = merge_digit_runs(page.cells())
    got = _members(split_at_rulings(lines, cells), cells)
    assert [m["政治面貌"] for m in got] == ["群众", "共青团员", "中共党员", "群众"]
    assert [m["月收入"] for m in got] == ["0", "0", "1580", "1200"]


def test_row_header_glued_to_the_name_is_cut() -> None:
    """A row header cell (家庭成员) left of the name: OCR reads "家庭成员钱小平" as one line."""
    page = Page()
    widths = [200, 200, 150, 120, 420]
    page.row(widths, ["家庭成员", "姓名", "关系", "性别", "身份证号"])
    page.lines.clear()
    page.row(widths, ["家庭成员", "钱小平", "母亲", "女", _id("33018319520303002")])
    head, name = page.lines[0], page.lines[1]
    glued = TextLine("家庭成员钱小平", (head.box[0], head.box[1], name.box[2], name.box[3]), 0.95)
    lines = [glued, *page.lines[2:]]
    page.lines = []
    page.y = 200
    page.row(widths, ["家庭成员", "姓名", "关系", "性别", "身份证号"])
    cells = page.cells()
    got = _members(split_at_rulings(page.lines + lines, cells), cells)
    assert got == [{"姓名": "钱小平", "关系": "母亲", "性别": "女", "身份证号": _id("33018319520303002")}]


def test_a_value_overflowing_its_ruling_stays_whole() -> None:
    """Handwriting running over the ruling into an empty cell is one value, not two."""
    page = Page()
    cells = page.row([250, 250, 250], ["", "", ""])
    line = TextLine("浙江省杭州市", (cells[0][0] + 20, 215, cells[0][2] + 30, 255), 0.9)
    out = split_at_rulings([line], page.cells())
    assert [ln.text for ln in out] == ["浙江省杭州市"]


def test_id_number_in_digit_boxes_is_one_value() -> None:
    """杭州 style: 身份证号 label, then 18 boxes with one digit each; OCR gives fragments."""
    idn = _id("33010619800101123")
    page = Page()
    y = page.y
    page.row([240, 900, 200, 200], ["身份证号", "", "民族", "汉族"])
    page.y = y
    page.digit_boxes(page.left + 240, 900, idn)
    page.y += 70
    page.row([240, 900, 200, 200], ["姓名", "王明", "性别", "男"])
    cells = page.cells()
    assert len(merge_digit_runs(cells)) < len(cells) - 10
    step = 900 / 18
    x0 = page.left + 240
    frags = [(0, 7), (7, 13), (13, 18)]  # what OCR makes of digits between rulings
    lines = [ln for ln in page.lines]
    for a, b in frags:
        lines.append(TextLine(idn[a:b], (x0 + a * step + 8, y + 15, x0 + b * step - 8, y + 55), 0.9))
    ex = extract_fields("建档申请表", lines, cells={0: cells}, today=TODAY)
    assert ex.fields["身份证号"] == idn and is_valid_id_number(ex.fields["身份证号"])
    assert ex.fields["姓名"] == "王明" and ex.fields["民族"] == "汉族" and ex.fields["性别"] == "男"


def test_member_ids_in_digit_boxes() -> None:
    page = Page()
    widths = [200, 150, 900]
    page.row(widths, ["姓名", "关系", "身份证号"])
    ids = [_id("33018319790213920"), _id("33018320100708784")]
    for name, rel, idn in zip(["郝雪兰", "吕艳萍"], ["配偶", "女儿"], ids, strict=True):
        y = page.y
        page.row(widths, [name, rel, ""])
        page.y = y
        page.digit_boxes(page.left + 350, 900, idn)
        page.lines += [
            TextLine(idn[:9], (page.left + 358, y + 15, page.left + 350 + 450 - 8, y + 55), 0.9),
            TextLine(idn[9:], (page.left + 350 + 458, y + 15, page.left + 350 + 900 - 8, y + 55), 0.9),
        ]
        page.y += 70
    cells = merge_digit_runs(page.cells())
    got = _members(split_at_rulings(page.lines, cells), cells)
    assert [m["身份证号"] for m in got] == ids


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("身份 在职/失业/退休/在读", "人员身份"),
        ("身份_在职/失业/退休/在读", "人员身份"),  # the blank's underline read before the options
        ("健康状况＿健康/患病/残疾", "健康状况"),
        ("关系（是户主的）", "关系"),
        ("与户主关系", "关系"),
        ("与申请人关系", "关系"),
        ("公民身份号码", "身份证号"),
        ("*月收入", "月收入"),
        ("单位或学校名称", "单位或学校"),
        ("序号", None),
        ("家庭成员关系", None),
    ],
)
def test_header_labels_and_synonyms(printed: str, label: str | None) -> None:
    assert header_label(printed) == label


def test_pairs_right_below_and_inline_on_a_drawn_grid() -> None:
    """Three ways a value sits by its label, on one ruled page: right of it, below it, in its cell."""
    idn = _id("33010619800101123")
    page = Page()
    page.row([200, 300, 200, 300, 200, 300], ["姓名", "王明", "性别", "男", "民族", "汉族"])
    page.row([500, 400, 400, 200], ["身份证号", "婚姻状况", "住房类型", "家庭人口"])
    page.row([500, 400, 400, 200], [idn, "已婚", "租房", "3"])
    page.row([750, 550], ["联系电话：13812345678", "本人月收入：2350元"], align="left")
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    f = ex.fields
    assert f["姓名"] == "王明" and f["性别"] == "男" and f["民族"] == "汉族"
    assert f["身份证号"] == idn and f["婚姻状况"] == "已婚" and f["住房类型"] == "租房" and f["家庭人口"] == 3
    assert f["手机号码"] == "13812345678" and f["本人月平均收入"] == 2350


def test_member_table_through_extract_fields() -> None:
    page, _ = _member_page()
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    assert [m["姓名"] for m in ex.members] == ["郝雪兰", "吕艳萍", "吕国强", "钱小平"]
    assert ex.members[2] == {
        "姓名": "吕国强", "关系": "父亲", "性别": "男", "政治面貌": "中共党员",
        "身份证号": MEMBERS[3][4], "月收入": 1580,  # type: ignore[index]
    }
    assert ex.fields.get("姓名") != "郝雪兰"  # the member table is no household reading


# ---------------------------------------------------------------------------------------------
# Marked options: ✓ √ × ■ in a box, or a ring drawn around the option word (no box at all)


MARKS = ["✓", "√", "×", "■"]


def _option_row(page: Page, label: str, options: list[str], marked: int, mark: str) -> None:
    """``label`` then the options, each after a □ (or bare, for a ring); option ``marked`` is marked."""
    cy = page.y + 35
    page.text(label, page.left, cy)
    x = page.left + 60 + page.draw.textlength(label, font=page.font)
    side = 30
    for i, opt in enumerate(options):
        if mark != "ring":
            box = (x, cy - side / 2, x + side, cy + side / 2)
            page.draw.rectangle(box, outline="black", width=2)
            if i == marked:
                if mark == "■":
                    page.draw.rectangle(box, fill="black")
                else:
                    page.draw.text((x + side / 2, cy), mark, font=page.font, fill=(20, 20, 120), anchor="mm")
            x += side + 8
        ln = page.text(opt, x, cy)
        if mark == "ring" and i == marked:
            page.draw.ellipse((ln.box[0] - 14, cy - 34, ln.box[2] + 14, cy + 34), outline=(20, 20, 120), width=3)
        x = ln.box[2] + 50
    page.y += 90


@pytest.mark.parametrize("mark", [*MARKS, "ring"])
def test_marked_option_read_from_the_image(mark: str) -> None:
    from dangan.extractors.preprocess import find_checkboxes

    page = Page()
    _option_row(page, "婚姻状况", ["未婚", "已婚", "离异", "丧偶"], 2, mark)
    _option_row(page, "户口类型", ["非农业", "农业"], 1, mark)
    _option_row(page, "是否单亲", ["是", "否"], 0, mark)
    boxes = [(c.box, c.ticked) for c in find_checkboxes(to_bgr(page.im), dpi=200)]
    ex = extract_fields("建档申请表", page.lines, checkboxes=boxes, today=TODAY)
    assert ex.fields["婚姻状况"] == "离异"
    assert ex.fields["户口类型"] == "农业"
    assert ex.fields["是否单亲"] is True


def test_no_rings_in_plain_text_tables_or_seals(drawn_form: object, drawn_text_page: object) -> None:
    """Characters (回, 〇, 口), table rulings and a round seal are no rings around an option."""
    from dangan.extractors.preprocess import _fixed_ink, find_checkboxes, find_rings

    page = Page()
    page.text("回 〇 口 圆 国 日 田 0 O 8 6 9 Q 回", page.left, 300)
    page.row([300, 300, 300], ["姓名", "王明", "性别"])
    assert find_rings(_fixed_ink(to_bgr(page.im), flatten=True), 200) == []
    assert find_rings(_fixed_ink(drawn_text_page, flatten=True), 300) == []
    form = drawn_form
    found = find_checkboxes(form.image)  # type: ignore[attr-defined]
    assert sum(c.ticked for c in found) == sum(t for _, t in form.checkboxes)  # type: ignore[attr-defined]


def test_low_rows_keep_their_vertical_rulings() -> None:
    """A header row only 52 px high (shorter than the page-scale opening) still splits into cells."""
    page = Page()
    page.row([300, 200, 200, 300], ["姓名", "关系", "性别", "月收入"], height=52)
    page.row([300, 200, 200, 300], ["王明", "配偶", "男", "0"], height=52)
    rows = cell_rows(page.cells())
    assert [len(r) for r in rows] == [4, 4]


def test_digit_boxes_inside_the_label_cell() -> None:
    """杭州 printings put the 18 boxes inside the label's own cell, the label in its corner."""
    idn = _id("33010619800101123")
    page = Page()
    y = page.y
    page.row([1400], [""], height=90)
    page.text("*身份证号", page.left + 8, y + 20)
    page.y = y + 35
    page.digit_boxes(page.left + 300, 700, idn, height=45)
    page.y = y + 90
    page.row([700, 700], ["*姓名：王明", "*性别：男"], align="left")
    lines = list(page.lines)
    step = 700 / 18
    for a, b in [(0, 9), (9, 18)]:
        lines.append(TextLine(idn[a:b], (page.left + 300 + a * step + 6, y + 42, page.left + 300 + b * step - 6, y + 75), 0.9))
    ex = extract_fields("建档申请表", lines, cells={0: page.cells()}, today=TODAY)
    assert ex.fields["身份证号"] == idn
    assert ex.fields["姓名"] == "王明"


def test_member_header_with_its_options_printed_after_a_blank() -> None:
    page = Page()
    widths = [200, 160, 420, 330]
    page.row(widths, ["姓名", "关系", "公民身份号码", "身份_在职/失业/退休/在读"])
    page.row(widths, ["方军宁", "配偶", ID_0, "在职"])
    page.row(widths, ["黎敏雪", "女儿", ID_1, "在读"])
    got = _members(page.lines, page.cells())
    assert [(m["姓名"], m.get("人员身份")) for m in got] == [("方军宁", "在职"), ("黎敏雪", "在读")]


def _glue(page: Page, texts: list[str]) -> None:
    """OCR read the drawn ``texts`` (one row, left to right) as one line across their rulings."""
    parts = [ln for ln in page.lines if ln.text in texts and abs(ln.cy - page.lines[-1].cy) < 5]
    for ln in parts:
        page.lines.remove(ln)
    box = (parts[0].box[0], min(p.box[1] for p in parts), parts[-1].box[2], max(p.box[3] for p in parts))
    page.lines.append(TextLine("".join(texts), box, 0.97))


def test_a_line_across_three_cells_and_glued_marked_headers_are_cut() -> None:
    born, idn = "2017年11月1日", _id("34122120171101399")
    page = Page()
    widths = [180, 120, 80, 270, 400, 140, 140]
    page.row(widths, ["姓名", "关系", "性别", "出生日期", "身份证号", "*户口类型", "*人员身份"])
    _glue(page, ["*户口类型", "*人员身份"])
    page.row(widths, ["姜伟", "儿子", "男", born, idn, "农业", "在读"])
    _glue(page, ["男", born, idn])
    page.row(widths, ["姚春", "配偶", "女", "1981年5月5日", ID_0, "非农业", "在职"])
    cells = page.cells()
    lines = split_at_rulings(page.lines, merge_digit_runs(cells))
    got = _members(lines, cells)
    assert [(m["姓名"], m.get("性别"), m.get("出生日期"), m.get("身份证号")) for m in got] == [
        ("姜伟", "男", born, idn),
        ("姚春", "女", "1981年5月5日", ID_0),
    ]
    assert [(m.get("户口类型"), m.get("人员身份")) for m in got] == [("农业", "在读"), ("非农业", "在职")]


def test_member_id_cell_with_a_corrected_number() -> None:
    """A wrong number written, then the right one after it in the same cell: the valid one is the ID."""
    right = _id("41272620001104206")
    wrong = right[:-1] + ("0" if right[-1] != "0" else "1")
    page = Page()
    widths = [200, 160, 760]
    page.row(widths, ["姓名", "关系", "身份证号"])
    page.row(widths, ["潘娟蓉", "女儿", wrong + right])
    page.row(widths, ["潘琴", "女儿", ID_1])
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    assert [(m["姓名"], m["身份证号"]) for m in ex.members] == [("潘娟蓉", right), ("潘琴", ID_1)]
    assert ex.member_confidence[0]["身份证号"] < ex.member_confidence[1]["身份证号"]  # a correction: less sure


def test_digit_boxes_read_again_as_one_line() -> None:
    """Whole-page OCR drops digits between box rulings ("3 3", "8 3", "1"): the run is read again with its
    rulings erased, and replaces the fragments; a run whose fragments already hold every digit is kept."""
    from dangan.extractors.ocr import get_engine
    from dangan.extractors.structure import reread_digit_runs

    idn = _id("33018319711104724")
    page = Page()
    y = page.y
    page.row([240, 900], ["身份证号", ""])
    page.y = y
    page.digit_boxes(page.left + 240, 900, idn)
    page.y += 70
    step, x0 = 900 / 18, page.left + 240
    frags = [TextLine(idn[a:b], (x0 + a * step + 8, y + 15, x0 + b * step - 8, y + 55), 0.9) for a, b in ((0, 2), (4, 6))]
    cells = page.cells()
    out = reread_digit_runs(get_engine("rapidocr"), to_bgr(page.im), cells, [*page.lines, *frags], 0)
    assert [ln.text for ln in out if ln.text[:1].isdigit()] == [idn]
    whole = [TextLine(idn, (x0 + 8, y + 15, x0 + 900 - 8, y + 55), 0.9)]
    assert reread_digit_runs(get_engine("rapidocr"), to_bgr(page.im), cells, whole, 0) == whole


class _CountsCells:
    """RapidOCR that counts the single-line crops it is asked to recognise."""

    def __init__(self) -> None:
        from dangan.extractors.ocr import get_engine

        self.engine = get_engine("rapidocr")
        self.cells = 0

    def read_cell(self, crop: np.ndarray) -> OcrLine | None:
        self.cells += 1
        return self.engine.read_cell(crop)


def test_blank_digit_boxes_are_not_read() -> None:
    """A run of boxes with nothing written in them (a blank number on a form, an empty row of 稿纸's
    squares) is not recognised at all; the filled run beside it on the same page still is, once."""
    from dangan.extractors.structure import reread_digit_runs

    idn = _id("33018319711104724")
    page = Page()
    y = page.y
    page.row([240, 900], ["身份证号", ""])
    page.y = y
    page.digit_boxes(page.left + 240, 900, idn)
    page.y += 70
    blank_y = page.y
    page.row([240, 900], ["联系电话", ""])
    page.y = blank_y
    page.digit_boxes(page.left + 240, 900, " " * 18)
    page.y += 70
    step, x0 = 900 / 18, page.left + 240
    frags = [TextLine(idn[a:b], (x0 + a * step + 8, y + 15, x0 + b * step - 8, y + 55), 0.9) for a, b in ((0, 2), (4, 6))]
    engine = _CountsCells()
    out = reread_digit_runs(engine, to_bgr(page.im), page.cells(), [*page.lines, *frags], 0)
    assert [ln.text for ln in out if ln.text[:1].isdigit()] == [idn]
    assert engine.cells == 1  # the filled run only
    assert not [ln for ln in out if blank_y <= ln.cy <= blank_y + 70 and ln.text[:1].isdigit()]


class _DropsADigit:
    """RapidOCR, except that a crop of many digit boxes (wider than three times its height) is read with
    one digit lost, as recognition loses one of digits spaced box by box ("13002…" for 130602…)."""

    def __init__(self, lost: int) -> None:
        from dangan.extractors.ocr import get_engine

        self.engine = get_engine("rapidocr")
        self.lost = lost
        self.whole = ""

    def read_cell(self, crop: np.ndarray) -> OcrLine | None:
        one = self.engine.read_cell(crop)
        h, w = crop.shape[:2]
        if w > 3 * h and one is not None:
            return OcrLine(self.whole[: self.lost] + self.whole[self.lost + 1 :], one.box, one.confidence)
        return one


@pytest.mark.parametrize(
    ("width", "height", "lost"),
    [(900, 70, 3), (620, 48, 10)],  # not written for: narrower, lower boxes, another digit lost
)
def test_digit_boxes_read_box_by_box_when_a_digit_is_lost(width: int, height: int, lost: int) -> None:
    """The run read as one line loses a digit (17 of 18 boxes inked): each inked box is read alone, and
    when every box gives one digit, that number replaces the short reading."""
    from dangan.extractors.structure import reread_digit_runs

    idn = _id("13060219900712838")
    page = Page()
    y = page.y
    page.row([240, width + 40], ["身份证号", ""], height=height)
    page.y = y
    page.digit_boxes(page.left + 240 + 20, width, idn, height=height)
    page.y += height
    engine = _DropsADigit(lost)
    engine.whole = idn
    short = idn[:lost] + idn[lost + 1 :]
    x0 = page.left + 260
    whole_page = [TextLine(short, (x0 + 8, y + 10, x0 + width - 8, y + height - 10), 0.9)]
    out = reread_digit_runs(engine, to_bgr(page.im), page.cells(), [*page.lines, *whole_page], 0)
    assert [ln.text for ln in out if ln.text[:1].isdigit()] == [idn]
