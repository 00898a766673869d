"""Member tables printed in ways the readers were not written for, drawn in the test with known truth.

REAL-DOCUMENTS: each unit prints the four forms from its own Word file (column widths, row heights, fonts,
line breaks, rows added or dropped, 1–6 member rows, some empty). The seeds word the member table's
columns 姓名 / 关系（是户主的）/ 与申请人关系 / 家庭关系 / 性别 / 公民身份号码 / 健康 状况 / 月收入 / 身 份 在职/失业/
退休/在读 / 单位或学校名称 / 工作单位 / 年龄 / 出生年月, with 家庭成员 (家庭 主要 成员) as the row header of the
table inside the form's grid. Each test draws one structural way of printing it (cells found by
``detect_grid``, OCR lines where the drawing put the text) inside a form (the applicant's rows above, a
household row after), and the whole form is read by ``extract_fields``.
"""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
from dangan.extractors.pipeline import gate
from dangan.extractors.structure import header_label, split_at_rulings

from .test_structure import Page, _id

TODAY = date(2025, 6, 1)
MEMBERS = [
    ("朱慧怡", "配偶", "女", _id("13060219881004190"), "2050"),
    ("叶磊宁", "儿子", "男", _id("13060220120901953"), "0"),
    ("叶国华", "父亲", "男", _id("13060219560315121"), "1380"),
]
KEYS = ("姓名", "关系", "性别", "身份证号", "月收入")


def _box(page: Page, box: tuple[float, float, float, float], text: str = "", lines: int = 1) -> None:
    """A ruled cell with ``text`` centred in it (``\\n`` breaks it into lines, as a wrapped cell)."""
    page.draw.rectangle(box, outline="black", width=3)
    parts = [p for p in text.split("\n") if p]
    if not parts:
        return
    step = 44
    cy0 = (box[1] + box[3]) / 2 - step * (len(parts) - 1) / 2
    for k, p in enumerate(parts):
        tw = page.draw.textlength(p, font=page.font)
        page.text(p, (box[0] + box[2] - tw) / 2, cy0 + k * step)


def _applicant(page: Page) -> None:
    page.row([300, 400, 300, 410], ["姓名", "叶志俊", "性别", "男"])
    page.row([300, 1110], ["身份证号", _id("13060219841127949")])


def _after(page: Page) -> None:
    page.row([300, 1110], ["主要致困原因", "本人大病"])


def _extract(page: Page, pages: dict[int, list[tuple[int, int, int, int]]] | None = None, lines: list[TextLine] | None = None) -> object:
    return extract_fields("建档申请表", lines or page.lines, cells=pages or {0: page.cells()}, today=TODAY)


def _got(ex: object, keys: tuple[str, ...] = KEYS) -> list[tuple[object, ...]]:
    return [tuple(m.get(k) for k in keys) for m in ex.members]  # type: ignore[attr-defined]


def _want(keys: tuple[str, ...] = KEYS, members: list[tuple[str, ...]] = MEMBERS) -> list[tuple[object, ...]]:
    out = []
    for m in members:
        row = dict(zip(KEYS, m, strict=True))
        out.append(tuple(int(row[k]) if k == "月收入" else row[k] for k in keys))
    return out


def _values(m: tuple[str, ...]) -> dict[str, str]:
    name, rel, sex, idn, inc = m
    return {"姓名": name, "关系": rel, "性别": sex, "身份证号": idn, "月收入": inc}


# ---------------------------------------------------------------------------------------------
# a table of one column per member (label column on the left)


def _transposed(page: Page, heads: list[str], side: str | None, empty_cols: int = 1) -> None:
    label_w, col_w, h = 260, 300, 70
    x0 = page.left + (90 if side else 0)
    n = len(MEMBERS) + empty_cols
    top = page.y
    for r, head in enumerate(heads):
        y = top + r * h
        _box(page, (x0, y, x0 + label_w, y + h), head)
        canon = {"公民身份号码": "身份证号", "与申请人关系": "关系", "月收入（元）": "月收入"}.get(head, head)
        for k in range(n):
            text = _values(MEMBERS[k])[canon] if k < len(MEMBERS) else ""
            _box(page, (x0 + label_w + k * col_w, y, x0 + label_w + (k + 1) * col_w, y + h), text)
    if side:
        _box(page, (page.left, top, x0, top + h * len(heads)), "\n".join(side))
    page.y = top + h * len(heads)


def test_transposed_table_one_column_per_member() -> None:
    page = Page()
    _applicant(page)
    _transposed(page, ["姓名", "关系", "性别", "身份证号", "月收入"], None)
    _after(page)
    ex = _extract(page)
    assert _got(ex) == _want()
    assert ex.fields["姓名"] == "叶志俊"  # type: ignore[attr-defined]


def test_transposed_table_under_a_side_title_with_seed_wordings() -> None:
    page = Page()
    _applicant(page)
    _transposed(page, ["姓名", "与申请人关系", "公民身份号码", "性别", "月收入（元）"], "家庭成员", empty_cols=0)
    _after(page)
    ex = _extract(page)
    assert _got(ex) == _want()


# ---------------------------------------------------------------------------------------------
# row header 家庭成员 merged down beside the table inside the form's grid; row numbers


def _side_table(page: Page, heads: list[str], widths: list[int], side: str, numbered: bool, empty: int = 2) -> None:
    x0 = page.left + 100
    top, h = page.y, 70
    rows = [heads] + [
        [str(k + 1) if hd == "序号" else _values(m).get(_CANON.get(hd, hd), "") for hd in heads] for k, m in enumerate(MEMBERS)
    ]
    rows += [[str(len(MEMBERS) + k + 1) if (hd == "序号" and numbered) else "" for hd in heads] for k in range(empty)]
    for r, texts in enumerate(rows):
        x = x0
        for w, t in zip(widths, texts, strict=True):
            _box(page, (x, top + r * h, x + w, top + (r + 1) * h), t)
            x += w
    _box(page, (page.left, top, x0, top + h * len(rows)), "\n".join(side))
    page.y = top + h * len(rows)


_CANON = {"与申请人关系": "关系", "关系（是户主的）": "关系", "家庭关系": "关系", "公民身份号码": "身份证号", "月收入（元）": "月收入",
          "身份证号码": "身份证号"}


def test_side_title_and_row_numbers() -> None:
    page = Page()
    _applicant(page)
    _side_table(page, ["序号", "姓名", "家庭关系", "性别", "身份证号码", "月收入（元）"], [80, 200, 170, 100, 480, 180], "家庭成员", True)
    _after(page)
    ex = _extract(page)
    assert _got(ex) == _want()


# ---------------------------------------------------------------------------------------------
# header cells broken over two lines


def test_header_cells_broken_over_two_lines() -> None:
    page = Page()
    _applicant(page)
    widths = [200, 170, 100, 480, 170, 290]
    heads = ["姓 名", "与申请\n人关系", "性\n别", "公民身份\n号码", "月收入\n（元）", "单位或学\n校名称"]
    top, h = page.y, 100
    x = page.left
    for w, t in zip(widths, heads, strict=True):
        _box(page, (x, top, x + w, top + h), t)
        x += w
    page.y = top + h
    for m in MEMBERS:
        page.row(widths, [m[0], m[1], m[2], m[3], m[4], "保定纺织厂"])
    _after(page)
    ex = _extract(page)
    assert _got(ex) == _want()
    assert [m.get("单位或学校") for m in ex.members] == ["保定纺织厂"] * 3  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------------------------
# the seeds' other wordings: 工作单位 (杭州 公示 sheet's member table), 年龄, 出生年月


def test_member_columns_worded_as_the_publicity_sheet() -> None:
    page = Page()
    _applicant(page)
    widths = [200, 180, 100, 100, 320, 170]
    page.row(widths, ["姓名", "家庭关系", "性别", "年龄", "工作单位", "月收入"])
    ages = ["36", "13", "69"]
    for m, age in zip(MEMBERS, ages, strict=True):
        page.row(widths, [m[0], m[1], m[2], age, "保定纺织厂", m[4]])
    _after(page)
    ex = _extract(page)
    assert _got(ex, ("姓名", "关系", "性别", "月收入")) == _want(("姓名", "关系", "性别", "月收入"))
    assert [m.get("年龄") for m in ex.members] == [36, 13, 69]  # type: ignore[attr-defined]
    assert [m.get("单位或学校") for m in ex.members] == ["保定纺织厂"] * 3  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------------------------
# cells marked empty (无, /, —)


def test_cells_marked_empty() -> None:
    page = Page()
    _applicant(page)
    widths = [200, 170, 100, 160, 480, 170]
    page.row(widths, ["姓名", "关系", "性别", "政治面貌", "身份证号", "月收入"])
    marks = ["无", "/", "—"]
    for m, mark in zip(MEMBERS, marks, strict=True):
        page.row(widths, [m[0], m[1], m[2], mark, m[3], m[4]])
    _after(page)
    ex = _extract(page)
    rejected = gate(ex)  # type: ignore[arg-type]
    assert _got(ex) == _want()
    assert all("政治面貌" not in m for m in ex.members)  # type: ignore[attr-defined]
    assert {r["member"] for r in rejected if r["label"] == "政治面貌"} <= {0}  # 无 waits for review; / and — are blanks


# ---------------------------------------------------------------------------------------------
# a table with no rulings at all, and one with horizontal rules only


def _unruled(page: Page, rules: bool) -> None:
    xs = [page.left, page.left + 230, page.left + 430, page.left + 560, page.left + 1100]
    heads = ["姓名", "关系", "性别", "身份证号", "月收入"]
    rows = [heads] + [list(m) for m in MEMBERS]
    for texts in rows:
        cy = page.y + 35
        for x, t in zip(xs, texts, strict=True):
            page.text(t, x + 10, cy)
        if rules:
            page.draw.line((page.left, page.y + 70, page.left + 1300, page.y + 70), fill="black", width=2)
        page.y += 70
    page.y += 30


def test_table_without_rulings() -> None:
    for rules in (False, True):
        page = Page()
        page.text("姓名：叶志俊", page.left, page.y + 35)
        page.y += 100
        _unruled(page, rules)
        page.text("主要致困原因：本人大病", page.left, page.y + 35)
        ex = _extract(page)
        assert _got(ex) == _want(), rules


# ---------------------------------------------------------------------------------------------
# a table continued on a second page without its header


def test_table_continued_on_the_next_page() -> None:
    widths = [220, 180, 110, 500, 200]
    first = Page()
    _applicant(first)
    first.row(widths, ["姓名", "关系", "性别", "身份证号", "月收入"])
    for m in MEMBERS[:2]:
        first.row(widths, list(m))
    second = Page()
    second.left = 126  # the second sheet lies a little further right on the scanner
    second.y = 160
    second.row(widths, list(MEMBERS[2]))
    second.row(widths, [""] * 5)
    _after(second)
    lines = first.lines + [TextLine(ln.text, ln.box, ln.confidence, 1) for ln in second.lines]
    ex = _extract(first, {0: first.cells(), 1: second.cells()}, lines)
    assert _got(ex) == _want()


# ---------------------------------------------------------------------------------------------
# member blocks whose relation is not on the name's row


def test_member_blocks_with_the_relation_on_another_row() -> None:
    page = Page()
    _applicant(page)
    page.y += 30
    w = [200, 270, 200, 270, 200, 270]
    for name, rel, sex, idn, inc in MEMBERS:
        page.row(w, ["姓名", name, "性别", sex, "民族", "汉族"])
        page.row(w, ["关系", rel, "月收入", inc, "健康状况", "健康"])
        page.row([200, 1210], ["身份证号", idn])
        page.y += 30
    _after(page)
    ex = _extract(page)
    assert _got(ex) == _want()


# ---------------------------------------------------------------------------------------------
# header wordings and header lines OCR read across two cells


def test_side_title_worded_into_a_header() -> None:
    assert header_label("家庭成员关系（与申请人）") == "关系"
    assert header_label("家庭成员姓名") == "姓名"
    assert header_label("家庭成员关系") is None  # 河北's side title down the table
    assert header_label("工作单位") == "单位或学校"  # in a member header only (see the publicity-sheet test)


def test_two_header_labels_read_as_one_line_are_cut_where_the_second_starts() -> None:
    """关系（与申请人） wrapped in a narrow cell, 出生日期（年月日） beside it: OCR read the first lines of both
    as one line across the ruling, with no gap; it is cut where the second label starts."""
    cells = [(677, 565, 766, 643), (769, 565, 902, 643)]
    lines = [TextLine("关系（与申出生日期（年月", (675, 578, 891, 607), 0.9), TextLine("请人）", (672, 598, 730, 637), 0.9),
             TextLine("日)", (765, 600, 806, 637), 0.9)]
    got = sorted(ln.text for ln in split_at_rulings(lines, cells))
    assert got == sorted(["关系（与申", "出生日期（年月", "请人）", "日)"])


# ---------------------------------------------------------------------------------------------
# a table with a frame and no inner rules (or only the rule under its header)


def test_framed_table_without_inner_rules() -> None:
    for header_rule in (False, True):
        page = Page()
        _applicant(page)
        top = page.y + 30
        page.y = top
        _unruled(page, rules=False)
        page.draw.rectangle((page.left - 10, top, page.left + 1400, page.y - 20), outline="black", width=3)
        if header_rule:
            page.draw.line((page.left - 10, top + 70, page.left + 1400, top + 70), fill="black", width=3)
        page.y += 10
        _after(page)
        ex = _extract(page)
        assert _got(ex) == _want(), header_rule
        assert ex.fields["姓名"] == "叶志俊"  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------------------------
# member blocks of labels over values, and blocks side by side


def test_member_blocks_of_labels_over_values() -> None:
    """A block a member (家庭成员1, 2 … down its side), each a row of labels over a row of values, twice."""
    page = Page()
    _applicant(page)
    w = [330, 330, 300, 450]
    for k, (name, rel, sex, idn, inc) in enumerate(MEMBERS, 1):
        top = page.y
        page.left = 220
        page.row(w, ["姓名", "关系（是户主的）", "性别", "民族"])
        page.row(w, [name, rel, sex, "汉族"])
        page.row(w, ["身份证号", "月收入", "健康状况", "单位或学校"])
        page.row([330, 330, 300, 450], [idn, inc, "健康", ""])
        page.left = 120
        _box(page, (120, top, 220, page.y), "成员\n" + str(k))
    _after(page)
    ex = _extract(page)
    assert _got(ex) == _want()
    assert ex.fields["姓名"] == "叶志俊"  # type: ignore[attr-defined]


def test_member_blocks_side_by_side() -> None:
    """Two members a row of blocks: 姓名 | X | 关系 | Y on the left half and again on the right."""
    page = Page()
    _applicant(page)
    page.y += 30
    w = [150, 200, 150, 200] * 2
    for pair in (MEMBERS[:2], MEMBERS[2:]):
        blank = 2 - len(pair)
        page.row(w, [t for m in pair for t in ("姓名", m[0], "关系", m[1])] + [""] * 4 * blank)
        page.row(w, [t for m in pair for t in ("性别", m[2], "月收入", m[4])] + [""] * 4 * blank)
        page.row([150, 550, 150, 550], [t for m in pair for t in ("身份证号", m[3])] + [""] * 2 * blank)
        page.y += 30
    _after(page)
    ex = _extract(page)
    assert sorted(_got(ex)) == sorted(_want())


# ---------------------------------------------------------------------------------------------
# columns under wordings no seed prints: named by their values


def test_columns_under_unknown_wordings_named_by_their_values() -> None:
    page = Page()
    _applicant(page)
    widths = [190, 150, 100, 160, 250, 200, 400]
    page.row(widths, ["成员", "称谓", "性别", "身体情况", "生日", "每月所得", "证件号"])
    births = ["1988-10-04", "2012-09-01", "1956-03-15"]
    health = ["健康", "健康", "患病"]
    for m, born, hl in zip(MEMBERS, births, health, strict=True):
        page.row(widths, [m[0], m[1], m[2], hl, born, m[4], m[3]])
    _after(page)
    ex = _extract(page)
    assert _got(ex) == _want()
    assert [m.get("健康状况") for m in ex.members] == health  # type: ignore[attr-defined]
    assert [m.get("出生日期") for m in ex.members] == births  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------------------------
# two members a row: the header's labels printed twice side by side


def test_two_members_a_row_under_a_doubled_header() -> None:
    page = Page()
    _applicant(page)
    widths = [150, 120, 80, 360] * 2
    page.row(widths, ["姓名", "关系", "性别", "身份证号"] * 2)
    left, right = MEMBERS[:2], MEMBERS[2:]
    for k in range(2):
        row: list[str] = []
        for half in (left, right):
            m = half[k] if k < len(half) else None
            row += [m[0], m[1], m[2], m[3]] if m else ["", "", "", ""]
        page.row(widths, row)
    _after(page)
    ex = _extract(page)
    keys = ("姓名", "关系", "性别", "身份证号")
    assert sorted(_got(ex, keys)) == sorted(_want(keys))


def test_unruled_table_whose_header_and_values_ocr_read_across_columns() -> None:
    """Columns close together with no rulings: OCR reads 性别 and 身份证号 as one line "性别 身份证号", and a
    row's relation and sex as one line "配偶 女"; each part stands in its own column."""
    page = Page()
    page.text("姓名：叶志俊", page.left, page.y + 35)
    page.y += 100
    _unruled(page, rules=False)
    page.text("主要致困原因：本人大病", page.left, page.y + 35)

    def joined(a: TextLine, b: TextLine) -> TextLine:
        return TextLine(f"{a.text} {b.text}", (a.box[0], min(a.box[1], b.box[1]), b.box[2], max(a.box[3], b.box[3])), 0.9)

    by_text = {ln.text: ln for ln in page.lines}
    merged = [joined(by_text["性别"], by_text["身份证号"]), joined(by_text["配偶"], by_text["女"])]
    gone = {"性别", "身份证号", "配偶"}
    lines = [ln for ln in page.lines if ln.text not in gone and not (ln.text == "女" and ln.cy == by_text["配偶"].cy)]
    ex = _extract(page, lines=lines + merged)
    assert _got(ex) == _want()


# ---------------------------------------------------------------------------------------------
# the national 档案表's member table as its seed lists it: 家庭主要成员 | 姓名 | 关系 | 性别 | 政治面貌 | 身份证号,
# then 出生日期 and 健康状况 under 身份证号 (the other cells merged down over the three rows)


def test_member_rows_of_three_lines_in_the_last_column() -> None:
    births = ["1988-10-04", "2012-09-01", "1956-03-15"]
    health = ["健康", "良好", "患病"]
    page = Page()
    _applicant(page)
    widths = [100, 200, 170, 110, 170, 500]
    xs = [page.left]
    for w in widths:
        xs.append(xs[-1] + w)
    h = 56
    rows = [("姓名", "关系", "性别", "政治面貌", ["身份证号", "出生日期", "健康状况"])]
    rows += [(m[0], m[1], m[2], "群众", [m[3], b, hl]) for m, b, hl in zip(MEMBERS, births, health, strict=True)]
    top = page.y
    for r, (name, rel, sex, pol, stack) in enumerate(rows):
        y = top + r * 3 * h
        for i, t in enumerate((name, rel, sex, pol)):
            _box(page, (xs[i + 1], y, xs[i + 2], y + 3 * h), t)
        for k, t in enumerate(stack):
            _box(page, (xs[5], y + k * h, xs[6], y + (k + 1) * h), t)
    _box(page, (xs[0], top, xs[1], top + 3 * h * len(rows)), "家庭\n主要\n成员")
    page.y = top + 3 * h * len(rows)
    _after(page)
    ex = _extract(page)
    keys = ("姓名", "关系", "性别", "身份证号")
    assert _got(ex, keys) == _want(keys)
    assert [m.get("出生日期") for m in ex.members] == births  # type: ignore[attr-defined]
    assert [m.get("健康状况") for m in ex.members] == health  # type: ignore[attr-defined]


def test_header_at_the_foot_of_a_page_and_its_rows_on_the_next() -> None:
    widths = [220, 180, 110, 500, 200]
    first = Page()
    _applicant(first)
    first.row(widths, ["姓名", "关系", "性别", "身份证号", "月收入"])
    second = Page()
    second.y = 160
    for m in MEMBERS:
        second.row(widths, list(m))
    _after(second)
    lines = first.lines + [TextLine(ln.text, ln.box, ln.confidence, 1) for ln in second.lines]
    ex = _extract(first, {0: first.cells(), 1: second.cells()}, lines)
    assert _got(ex) == _want()


def test_ruled_header_over_rows_in_one_frame() -> None:
    """The header's cells ruled, the members' rows under it in one frame with no rulings inside."""
    page = Page()
    _applicant(page)
    widths = [220, 180, 110, 500, 200]
    page.row(widths, ["姓名", "关系", "性别", "身份证号", "月收入"])
    xs = [page.left]
    for w in widths:
        xs.append(xs[-1] + w)
    top = page.y
    for k, m in enumerate(MEMBERS):
        for i, t in enumerate(m):
            page.text(t, xs[i] + 12, top + 35 + 60 * k)
    page.y = top + 60 * len(MEMBERS) + 20
    page.draw.rectangle((xs[0], top, xs[-1], page.y), outline="black", width=3)
    _after(page)
    ex = _extract(page)
    assert _got(ex) == _want()


def test_rows_after_a_break_in_one_frame_with_the_side_title() -> None:
    """The table goes on after a page-like break in one frame with no rulings inside, its side title
    家庭成员 printed again down the frame's left."""
    page = Page()
    _applicant(page)
    widths = [220, 180, 110, 500, 200]
    side = 90
    page.left = 120 + side
    top = page.y
    page.row(widths, ["姓名", "关系", "性别", "身份证号", "月收入"])
    page.row(widths, list(MEMBERS[0]))
    _box(page, (120, top, 120 + side, page.y), "家庭\n成员")
    page.y += 150
    page.text("续表", 130, page.y - 30)
    xs = [page.left]
    for w in widths:
        xs.append(xs[-1] + w)
    top = page.y
    for k, m in enumerate(MEMBERS[1:]):
        for i, t in enumerate(m):
            page.text(t, xs[i] + 12, top + 35 + 60 * k)
    page.text("家庭", 130, top + 35)
    page.text("成员", 130, top + 95)
    page.y = top + 60 * 2 + 20
    page.draw.rectangle((120, top, xs[-1], page.y), outline="black", width=3)
    page.left = 120
    _after(page)
    ex = _extract(page)
    assert _got(ex) == _want()


def test_ocr_box_overshooting_its_ruling_beside_a_text_of_that_cell_is_not_cut() -> None:
    """A narrow 姓名 cell holding 宋桂永, and 配偶 whose OCR box starts 15 px inside it: 配 is no part of the
    name (it was cut off and glued to it: 宋桂永配 | 偶)."""
    cells = [(147, 469, 210, 500), (213, 469, 431, 500)]
    name = TextLine("宋桂永", (138, 464, 218, 504), 0.9)
    rel = TextLine("配偶", (198, 466, 259, 504), 0.9)
    wide = [TextLine("330106198904268728", (792, 467, 971, 496), 0.9), TextLine("共青团员", (626, 466, 712, 504), 0.9)]
    got = {ln.text for ln in split_at_rulings([name, rel, *wide], cells)}
    assert {"宋桂永", "配偶"} <= got


def test_applicant_labels_over_values_with_a_one_member_table() -> None:
    """The applicant's fields as labels over values (工作单位 among them) and a member table of one row:
    the applicant is no member."""
    page = Page()
    w = [230, 230, 200, 300, 450]
    page.row(w, ["姓名", "性别", "民族", "出生日期", "工作单位"])
    page.row(w, ["叶志俊", "男", "汉族", "1984-11-27", "保定纺织厂"])
    page.row([460, 950], ["身份证号", "政治面貌"])
    page.row([460, 950], [_id("13060219841127949"), "群众"])
    widths = [220, 180, 110, 500, 200]
    page.row(widths, ["姓名", "关系", "性别", "身份证号", "月收入"])
    page.row(widths, list(MEMBERS[0]))
    _after(page)
    ex = _extract(page)
    assert _got(ex) == _want(members=MEMBERS[:1])
    assert ex.fields["姓名"] == "叶志俊"  # type: ignore[attr-defined]


def test_applicant_fields_down_a_two_column_form_before_member_blocks() -> None:
    """The applicant's fields as label | value rows down the page (工作单位 and 月收入 among them), then
    member blocks: the applicant is no member (a table on its side of one column)."""
    page = Page()
    for lab, val in [("姓名", "叶志俊"), ("性别", "男"), ("工作单位", "保定纺织厂"), ("月收入", "2230"),
                     ("身份证号", _id("13060219841127949"))]:
        page.row([300, 1110], [lab, val])
    page.y += 30
    w = [200, 270, 200, 270, 200, 270]
    for name, rel, sex, idn, inc in MEMBERS:
        page.row(w, ["姓名", name, "关系", rel, "性别", sex])
        page.row(w, ["身份证号", idn, "月收入", inc, "民族", "汉族"])
        page.y += 30
    _after(page)
    ex = _extract(page)
    assert _got(ex) == _want()
