"""Member-table headers as other units word and wrap them, drawn in the test with known truth (issue 8).

REAL-DOCUMENTS: each unit prints the forms from its own Word file, with its own column widths and wordings.
Each test draws one arrangement and the whole form is read by ``extract_fields``:

- a member's 人员身份 (what work or study the person is in) headed 从业状况 / 从业情况, the plain words for
  being in work, read as that column whatever its answers (无业, 学龄前 are no answer of the seeds' list,
  so the answers alone cannot name the column), not as 企业状况 (the employer's state), one character off;
- an unruled table (rules over and under the header only, as a text PDF or a scan of one gives it) whose
  long headers wrap over two lines in their narrow columns: the two parts, neither a label alone, are one
  header, whether they lie level with the row of one-line headers or straddle it (the upper part above
  the row, the lower part below it), and the lower part is no member's row.
"""

from __future__ import annotations

import pytest

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine

from .test_member_tables_unseen import TODAY, _after, _applicant, _extract
from .test_structure import Page, _id

MEMBERS = [
    {"姓名": "韩素芬", "关系": "妻子", "身份证号": _id("13060219790412362"), "人员身份": "无业", "月收入": 0},
    {"姓名": "李子涵", "关系": "女儿", "身份证号": _id("13060220210101004"), "人员身份": "学龄前", "月收入": 0},
    {"姓名": "李建国", "关系": "父亲", "身份证号": _id("13060219510623121"), "人员身份": "退休", "月收入": 2310},
]
KEYS = ("姓名", "关系", "身份证号", "人员身份", "月收入")


@pytest.mark.parametrize("wording", ["从业状况", "从业情况"])
def test_a_column_headed_as_being_in_work_is_the_members_identity(wording: str) -> None:
    page = Page()
    _applicant(page)
    widths = [330, 160, 200, 230, 180, 310]  # the ID first, the identity before the name
    page.row(widths, ["身份证号码", "称谓", wording, "姓名", "月收入", "备注"])
    for m in MEMBERS:
        page.row(widths, [m["身份证号"], m["关系"], m["人员身份"], m["姓名"], str(m["月收入"]), ""])
    _after(page)
    ex = _extract(page)
    got = [tuple(m.get(k) for k in KEYS) for m in ex.members]  # type: ignore[attr-defined]
    assert got == [tuple(m[k] for k in KEYS) for m in MEMBERS]


@pytest.mark.parametrize("straddle", [False, True])
def test_unruled_headers_wrapped_in_narrow_columns(straddle: bool) -> None:
    page = Page()
    page.text("姓名：李志强", page.left, page.y + 35)
    page.y += 110
    # columns: 姓名 | 与申请人 / 关系 | 身份证号 | 从业（就学 / ）状况 | 月收入（元）
    xs = [page.left, page.left + 200, page.left + 360, page.left + 820, page.left + 1010]
    head_y = page.y + 35
    upper, lower = (head_y - 22, head_y + 22) if straddle else (head_y - 4, head_y + 36)
    page.text("姓名", xs[0] + 20, head_y)
    page.text("身份证号", xs[2] + 120, head_y)
    page.text("月收入（元）", xs[4] + 10, head_y)
    page.text("与申请人", xs[1] + 10, upper)
    page.text("关系", xs[1] + 40, lower)
    page.text("从业（就学", xs[3] + 5, upper)
    page.text("）状况", xs[3] + 30, lower)
    page.y += 100
    for m in MEMBERS:
        texts = [m["姓名"], m["关系"], m["身份证号"], m["人员身份"], str(m["月收入"])]
        for x, t in zip(xs, texts, strict=True):
            page.text(t, x + 20, page.y + 30)
        page.y += 62
    page.text("主要致困原因：本人大病", page.left, page.y + 40)
    ex = extract_fields("建档申请表", page.lines, cells={0: []}, today=TODAY)
    got = [tuple(m.get(k) for k in KEYS) for m in ex.members]
    assert got == [tuple(m[k] for k in KEYS) for m in MEMBERS]


WRAPPED = [
    # name, sex, date as written (first line, second line), income (first line, second line), ID, relation
    ("姚欣雪", "女", ("2020年1月2", "6日"), ("0.00", ""), _id("13020320200126288"), "女儿"),
    ("姚波平", "男", ("1968年6月2", "9日"), ("2,080.", "00"), _id("13020319680629703"), "父亲"),
]


@pytest.mark.parametrize("glued", [False, True])
def test_unruled_rows_whose_cells_wrap(glued: bool) -> None:
    """A row of an unruled table whose narrow cells wrap (a date, an amount over two lines) comes as three
    rows of text: the wrapped cells' first lines above the one-line cells, their last lines below; the
    parts are the member's. ``glued``: the sex and the date's first line a character apart, one text."""
    page = Page()
    page.text("姓名：姚建华", page.left, page.y + 35)
    page.y += 110
    xs = [page.left, page.left + 170, page.left + 260, page.left + 470, page.left + 660, page.left + 1060]
    for x, t in zip(xs, ["姓名", "性别", "出生年月", "月收入（元）", "公民身份号码", "关系"], strict=True):
        page.text(t, x + 5, page.y + 30)
    page.y += 90
    for name, sex, (d1, d2), (m1, m2), idn, rel in WRAPPED:
        mid = page.y + 30
        for x, t in ((xs[0], name), (xs[4], idn), (xs[5], rel)):
            page.text(t, x + 5, mid)
        if glued:  # as a text layer gives them: two words a few pixels apart, one run
            a = page.text(sex, xs[2] - 45, mid - 20, record=False)
            b = page.text(d1, xs[2] + 5, mid - 20, record=False)
            page.lines.append(TextLine(sex + d1, (a.box[0], a.box[1], b.box[2], b.box[3]), 0.97))
        else:
            page.text(sex, xs[1] + 10, mid)
            page.text(d1, xs[2] + 5, mid - 20)
        page.text(d2, xs[2] + 40, mid + 20)
        page.text(m1, xs[3] + 5, mid - 20 if m2 else mid)
        if m2:
            page.text(m2, xs[3] + 30, mid + 20)
        page.y += 100
    page.text("主要致困原因：本人大病", page.left, page.y + 40)
    ex = extract_fields("建档申请表", page.lines, cells={0: []}, today=TODAY)
    got = [(m.get("姓名"), m.get("性别"), m.get("出生日期"), m.get("月收入"), m.get("关系")) for m in ex.members]
    assert got == [("姚欣雪", "女", "2020-01-26", 0, "女儿"), ("姚波平", "男", "1968-06-29", 2080, "父亲")]


def test_unruled_cell_wrapped_left_aligned_stays_in_its_column() -> None:
    """A long place of work wrapped left-aligned in a wide last column whose header is centred: the
    second line (a character or two) lies left of the border halfway between the header centres, over
    the income column; it is the place of work's, the line it continues."""
    page = Page()
    page.text("姓名：方建国", page.left, page.y + 35)
    page.y += 110
    xs = [page.left, page.left + 180, page.left + 340, page.left + 520, page.left + 900]
    heads = ["姓名", "关系", "月收入", "身份证号", "工作单位或就读学校"]
    for x, t in zip(xs, heads, strict=True):
        page.text(t, x + (250 if t == "工作单位或就读学校" else 10), page.y + 30)
    page.y += 90
    rows = [("方平", "配偶", "3590", _id("13060219810701131"), ("保定安居物业服务有限公", "司")),
            ("方晓", "女儿", "0", _id("13060220100302002"), ("保定市第一中学", ""))]
    for name, rel, income, idn, (w1, w2) in rows:
        mid = page.y + 30
        for x, t in zip(xs[:4], [name, rel, income, idn], strict=True):
            page.text(t, x + 10, mid)
        first = page.text(w1, xs[4] + 10, mid - (20 if w2 else 0))
        if w2:
            page.text(w2, first.box[0] + 3, mid + 22)
        page.y += 100
    page.text("主要致困原因：本人大病", page.left, page.y + 40)
    ex = extract_fields("建档申请表", page.lines, cells={0: []}, today=TODAY)
    got = [(m.get("姓名"), m.get("月收入"), m.get("单位或学校")) for m in ex.members]
    assert got == [("方平", 3590, "保定安居物业服务有限公司"), ("方晓", 0, "保定市第一中学")]
