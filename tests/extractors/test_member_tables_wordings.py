"""Member tables as other units word and fill them, drawn in the test with known truth (issue 8).

REAL-DOCUMENTS: each unit prints the forms from its own Word file; its wording of a column is its own.
Each test draws one arrangement (cells found by ``detect_grid``, OCR lines where the drawing put the
text) and the whole form is read by ``extract_fields``:

- a header with a remark in brackets inside its words (工作（学习）单位: where a member works or studies):
  the column is the label the words around the remark name;
- the school offered in brackets after the unit (单位（学校）: the unit or the school): 单位或学校, not the
  household's 单位 (the archive's union);
- texts of neighbouring cells read as one line (a text PDF's words a ruling apart, OCR gluing them): a
  number alone before an ID number whose check digit holds (a row number, an age) is cut off it, and a
  year and month written with 年 月 (the day wrapped under them) keep no figure of the next cell;
- a birth date in a narrow cell whose last figure wrapped under it and was lost ("1988.10.0"): the row's
  ID number gives the day when the rest agrees with it (出生日期 is derivable from 身份证号).
"""

from __future__ import annotations

from dangan.extractors.layout import TextLine
from dangan.extractors.structure import split_at_rulings

from .test_member_tables_unseen import _after, _applicant, _extract
from .test_structure import Page, _id

MEMBERS = [
    {"关系": "配偶", "姓名": "朱慧怡", "单位或学校": "保定纺织厂", "月收入": 2050, "身份证号": _id("13060219881004190")},
    {"关系": "儿子", "姓名": "叶磊宁", "单位或学校": "保定市第一中学", "月收入": 0, "身份证号": _id("13060220120901953")},
    {"关系": "母亲", "姓名": "郑桂英", "单位或学校": "保定化纤厂", "月收入": 1380, "身份证号": _id("13060219560315121")},
]


def test_header_with_a_remark_in_brackets_inside_its_words() -> None:
    page = Page()
    _applicant(page)
    widths = [200, 220, 430, 200, 360]
    page.row(widths, ["与户主关系", "姓名", "工作（学习）单位", "月收入", "备注"])
    for m in MEMBERS:
        page.row(widths, [m["关系"], m["姓名"], m["单位或学校"], str(m["月收入"]), ""])
    page.row(widths, [""] * 5)
    _after(page)
    ex = _extract(page)
    keys = ("关系", "姓名", "单位或学校", "月收入")
    got = [tuple(m.get(k) for k in keys) for m in ex.members]  # type: ignore[attr-defined]
    assert got == [tuple(m[k] for k in keys) for m in MEMBERS]


def test_the_school_offered_in_brackets_after_the_unit() -> None:
    for head in ("单位（学校）", "工作单位（学校）", "学校（单位）"):
        page = Page()
        _applicant(page)
        widths = [200, 220, 430, 200, 360]
        page.row(widths, ["关系", "姓名", head, "月收入", "备注"])
        for m in MEMBERS:
            page.row(widths, [m["关系"], m["姓名"], m["单位或学校"], str(m["月收入"]), ""])
        page.row(widths, [""] * 5)
        _after(page)
        ex = _extract(page)
        keys = ("关系", "姓名", "单位或学校", "月收入")
        got = [tuple(m.get(k) for k in keys) for m in ex.members]  # type: ignore[attr-defined]
        assert got == [tuple(m[k] for k in keys) for m in MEMBERS], head


def test_a_number_before_an_id_number_and_after_a_year_and_month_is_cut_off_them() -> None:
    idn = _id("33018319750304152")
    page = Page()
    widths = [70, 330, 200, 80, 200]
    page.row(widths, ["序号", "身份证号", "出生年月", "年龄", "姓名"])
    cells = page.row(widths, ["", "", "", "", ""])
    y0, y1 = cells[0][1] + 22, cells[0][1] + 50
    runs = [
        TextLine("3" + idn, (cells[0][0] + 25, y0, cells[1][2] - 12, y1), 0.99),
        TextLine("1975年3月50", (cells[2][0] + 30, y0, cells[3][2] - 18, y1), 0.99),
        TextLine("郑桂英", (cells[4][0] + 40, y0, cells[4][2] - 40, y1), 0.99),
    ]
    got = split_at_rulings(runs, page.cells())
    assert [ln.text for ln in got] == ["3", idn, "1975年3月", "50", "郑桂英"]


def test_a_birth_date_that_lost_its_last_figure_is_the_id_numbers() -> None:
    page = Page()
    _applicant(page)
    widths = [330, 200, 160, 200, 520]
    page.row(widths, ["身份证号", "出生日期", "关系", "姓名", "工作单位"])
    written = ["1988.10.0", "2012-09-0", "1956.03.1"]  # the day's last figure lost; 1956.03.1: 15th, not 1st
    for m, born in zip(MEMBERS, written, strict=True):
        page.row(widths, [m["身份证号"], born, m["关系"], m["姓名"], m["单位或学校"]])
    page.row(widths, ["", "1975.03.0", "父亲", "钱小平", ""])  # no ID number to tell the day
    _after(page)
    ex = _extract(page)
    got = [m.get("出生日期") for m in ex.members]  # type: ignore[attr-defined]
    assert got == ["1988-10-04", "2012-09-01", "1956-03-15", "1975.03.0"]  # the last as written, for the gate
