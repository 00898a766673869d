"""Whole application forms drawn in the test in arrangements no printing of the generator uses.

Each page is ruled and filled here (PIL + a CJK font, cells found by ``detect_grid``), with the truth
known: the member table before the applicant's fields, four label/value pairs a row, a row of labels
over a row of values with the columns in a new order, values under their labels in the same cell, a
member table alone on a second page, two-line member rows with the ID on the second line, synonyms of
the labels. What is read must be the truth, and nothing of the member table may become a household
reading (or the reverse).
"""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine

from .test_structure import Page, _id

TODAY = date(2025, 6, 1)
APPLICANT_ID = _id("13060219841127949")
MEMBERS = [
    ("朱慧怡", "配偶", "女", _id("13060219881004190"), "2050"),
    ("叶磊宁", "儿子", "男", _id("13060220120901953"), "0"),
    ("叶国华", "父亲", "男", _id("13060219560315121"), "1380"),
]


def _extract(page: Page, pages: dict[int, list[tuple[int, int, int, int]]] | None = None) -> object:
    return extract_fields("建档申请表", page.lines, cells=pages or {0: page.cells()}, today=TODAY)


def _assert_members(members: list[dict[str, object]], with_income: bool = True) -> None:
    assert [m["姓名"] for m in members] == [m[0] for m in MEMBERS]
    for got, (_name, rel, sex, idn, inc) in zip(members, MEMBERS, strict=True):
        assert got["关系"] == rel and got["身份证号"] == idn
        if "性别" in got:
            assert got["性别"] == sex
        if with_income:
            assert got["月收入"] == int(inc)


def _member_rows(page: Page, widths: list[int], order: list[str], empty: int = 1) -> None:
    """The member table: a header in ``order`` and one row a member, then ``empty`` blank rows."""
    page.row(widths, order)
    for name, rel, sex, idn, inc in MEMBERS:
        values = {"姓名": name, "家庭关系": rel, "关系": rel, "与申请人关系": rel, "性别": sex,
                  "公民身份证号码": idn, "身份证号": idn, "月收入": inc, "月收入（元）": inc, "备注": ""}
        page.row(widths, [values[h] for h in order])
    for _ in range(empty):
        page.row(widths, [""] * len(order))


def test_member_table_before_the_applicant_and_four_pairs_a_row() -> None:
    """The table comes first (under a title row), then the applicant's fields four label/value pairs a row."""
    page = Page()
    page.row([1410], ["家庭成员情况"])
    _member_rows(page, [170, 330, 200, 120, 420, 170], ["月收入（元）", "备注", "姓名", "性别", "公民身份证号码", "家庭关系"])
    page.y += 40
    w = [170, 180, 170, 180, 170, 180, 170, 190]
    page.row(w, ["姓名", "叶志俊", "性别", "男", "民族", "汉族", "家庭人口", "4"])
    page.row([170, 530, 170, 540], ["身份证号码", APPLICANT_ID, "联系电话", "13109157927"])
    page.row(w, ["婚姻情况", "已婚", "住房类型", "租房", "户口类型", "非农业", "工作状态", "在岗"])
    ex = _extract(page)
    _assert_members(ex.members)  # type: ignore[attr-defined]
    f = ex.fields  # type: ignore[attr-defined]
    assert f["姓名"] == "叶志俊" and f["性别"] == "男" and f["民族"] == "汉族" and f["家庭人口"] == 4
    assert f["身份证号"] == APPLICANT_ID and f["手机号码"] == "13109157927"
    assert f["婚姻状况"] == "已婚" and f["住房类型"] == "租房" and f["户口类型"] == "非农业" and f["工作状态"] == "在岗"


def test_labels_in_a_row_over_their_values_in_a_new_order() -> None:
    """Header-row style with columns no printing uses, then a member table whose rows run to the next block."""
    page = Page()
    w = [240, 200, 160, 360, 250, 200]
    page.row(w, ["工作状态", "民族", "性别", "身份证号", "婚姻状况", "姓名"])
    page.row(w, ["失业", "回族", "女", APPLICANT_ID, "离异", "马丽娟"], height=80)
    w2 = [330, 330, 400, 350]
    page.row(w2, ["本人月平均收入", "家庭人口", "家庭住址", "医保状况"])
    page.row(w2, ["1,650.00", "4", "保定市竞秀区东风西路83号", "城镇职工医保"], height=80)
    _member_rows(page, [240, 210, 130, 500, 330], ["与申请人关系", "姓名", "性别", "身份证号", "月收入"], empty=2)
    page.row([300, 1110], ["主要致困原因", "本人大病"])
    ex = _extract(page)
    f = ex.fields  # type: ignore[attr-defined]
    assert f["姓名"] == "马丽娟" and f["民族"] == "回族" and f["性别"] == "女" and f["身份证号"] == APPLICANT_ID
    assert f["工作状态"] == "失（无）业" and f["婚姻状况"] == "离异" and f["本人月平均收入"] == 1650
    assert f["家庭人口"] == 4 and f["家庭住址"] == "保定市竞秀区东风西路83号" and f["医保状况"] == "城镇职工医保"
    _assert_members(ex.members)  # type: ignore[attr-defined]


def test_values_under_their_labels_in_one_cell() -> None:
    """The label small in the cell's top-left corner, the value written under it in the same cell."""
    page = Page()
    rows = [
        [(300, "姓名", "王秀英"), (200, "性别", "女"), (300, "民族", "汉族"), (610, "身份证号", APPLICANT_ID)],
        [(400, "婚姻状况", "丧偶"), (400, "住房类型", "政府廉租房"), (610, "手机号码", "13812345678")],
    ]
    for row in rows:
        cells = page.row([w for w, _, _ in row], ["" for _ in row], height=110)
        for (x0, y0, _x1, _y1), (_w, label, value) in zip(cells, rows[rows.index(row)], strict=True):
            page.text(label, x0 + 8, y0 + 25)
            page.text(value, x0 + 60, y0 + 75)
    ex = _extract(page)
    f = ex.fields  # type: ignore[attr-defined]
    assert f["姓名"] == "王秀英" and f["性别"] == "女" and f["民族"] == "汉族" and f["身份证号"] == APPLICANT_ID
    assert f["婚姻状况"] == "丧偶" and f["住房类型"] == "政府廉租房" and f["手机号码"] == "13812345678"


def test_member_table_alone_on_a_second_page() -> None:
    """Page 1 holds the applicant (label：value in each cell), page 2 only the member table."""
    first = Page()
    first.row([470, 470, 470], ["姓名：李建国", "性别：男", "民族：汉族"], align="left")
    first.row([940, 470], [f"身份证号：{APPLICANT_ID}", "家庭人口：4"], align="left")
    second = Page()
    _member_rows(second, [260, 200, 150, 520, 280], ["姓名", "关系", "性别", "身份证号", "月收入"], empty=3)
    lines = first.lines + [TextLine(ln.text, ln.box, ln.confidence, 1) for ln in second.lines]
    ex = extract_fields("建档申请表", lines, cells={0: first.cells(), 1: second.cells()}, today=TODAY)
    f = ex.fields
    assert f["姓名"] == "李建国" and f["性别"] == "男" and f["身份证号"] == APPLICANT_ID and f["家庭人口"] == 4
    _assert_members(ex.members)


def test_two_line_member_rows_with_the_id_below() -> None:
    """Each member takes two ruled lines: name, relation, sex, income over the ID number."""
    page = Page()
    page.row([300, 500, 300, 310], ["姓名", "赵志强", "性别", "男"])
    w = [350, 350, 300, 410]
    page.row(w, ["姓名", "关系", "性别", "月收入"])
    page.row([1410], ["身份证号"])
    for name, rel, sex, idn, inc in MEMBERS:
        page.row(w, [name, rel, sex, inc])
        page.row([1410], [idn])
    page.row([300, 1110], ["困难情况说明", "家庭困难。"])
    ex = _extract(page)
    assert ex.fields["姓名"] == "赵志强"  # type: ignore[attr-defined]
    _assert_members(ex.members)  # type: ignore[attr-defined]


def test_six_member_rows_read_to_the_end() -> None:
    """Six members, none left behind, with the table closing on a ruled row of other labels."""
    page = Page()
    w = [300, 240, 150, 520, 200]
    page.row(w, ["姓名", "与户主关系", "性别", "身份证号", "月收入"])
    six = [
        ("周明", "配偶", "男", _id("33010219800101001"), "3000"),
        ("周小雨", "女儿", "女", _id("33010220080202002"), "0"),
        ("周小雷", "儿子", "男", _id("33010220100303003"), "0"),
        ("王桂芝", "母亲", "女", _id("33010219550404004"), "900"),
        ("周德胜", "父亲", "男", _id("33010219530505005"), "1100"),
        ("周小雪", "女儿", "女", _id("33010220150606006"), "0"),
    ]
    for m in six:
        page.row(w, list(m))
    page.row([300, 340, 300, 470], ["开户银行", "中国银行", "银行卡号", "6216612144979976307"])
    ex = _extract(page)
    got = ex.members  # type: ignore[attr-defined]
    assert [m["姓名"] for m in got] == [m[0] for m in six]
    assert [m["身份证号"] for m in got] == [m[3] for m in six]
    assert ex.fields["开户银行"] == "中国银行"  # type: ignore[attr-defined]


CAUSES = ["本人大病", "供养直系亲属大病", "残疾", "下岗失业", "收入低", "自然灾害", "重大事故", "子女上学"]


def _options_cell(page: Page, box: tuple[int, int, int, int], ticked: set[str]) -> None:
    """The causes across a ruled cell, wrapping, each word followed by its □ (选项□), ticked with ✓."""
    x, cy = box[0] + 12, box[1] + 35
    for opt in CAUSES:
        width = page.draw.textlength(opt, font=page.font) + 30 + 30
        if x + width > box[2] - 8:
            x, cy = box[0] + 12, cy + 55
        ln = page.text(opt, x, cy)
        sq = (ln.box[2] + 4, cy - 14, ln.box[2] + 32, cy + 14)
        page.draw.rectangle(sq, outline="black", width=2)
        if opt in ticked:
            page.draw.text(((sq[0] + sq[2]) / 2, cy), "✓", font=page.font, fill=(20, 20, 120), anchor="mm")
        x = sq[2] + 26


def test_main_and_secondary_causes_side_by_side_in_one_row() -> None:
    """Both cause lists in one ruled row, each wrapping in its cell, boxes after the words."""
    from dangan.extractors.preprocess import find_checkboxes

    from .conftest import to_bgr

    page = Page()
    page.row([300, 400, 300, 410], ["姓名", "孙立新", "性别", "男"])
    cells = page.row([170, 530, 180, 530], ["主要致困原因", "", "次要致困原因", ""], height=230)
    _options_cell(page, cells[1], {"收入低"})
    _options_cell(page, cells[3], {"本人大病", "子女上学"})
    boxes = [(c.box, c.ticked) for c in find_checkboxes(to_bgr(page.im), dpi=200)]
    ex = extract_fields("建档申请表", page.lines, checkboxes=boxes, cells={0: page.cells()}, today=TODAY)
    assert ex.fields["姓名"] == "孙立新"
    assert ex.fields["主要致困原因"] == "收入低"
    assert sorted(ex.fields["次要致困原因"]) == ["子女上学", "本人大病"]


def test_member_blocks_with_label_and_value_in_one_cell() -> None:
    """Members as blocks of 「label：value」 cells (no table header), two blocks on a page of their own."""
    first = Page()
    first.row([470, 470, 470], ["姓名：何文华", "性别：女", "民族：汉族"], align="left")
    second = Page()
    for name, rel, sex, idn, inc in MEMBERS[:2]:
        second.row([470, 470, 470], [f"姓名：{name}", f"关系（是户主的）：{rel}", "民族：汉族"], align="left")
        second.row([560, 430, 420], [f"身份证号：{idn}", f"性别：{sex}", f"月收入：{inc}"], align="left")
        second.row([1410], ["备注："], align="left")
        second.y += 40
    lines = first.lines + [TextLine(ln.text, ln.box, ln.confidence, 1) for ln in second.lines]
    ex = extract_fields("建档申请表", lines, cells={0: first.cells(), 1: second.cells()}, today=TODAY)
    assert ex.fields["姓名"] == "何文华"
    assert [(m["姓名"], m["关系"], m["身份证号"], m["月收入"]) for m in ex.members] == [
        (n, r, i, int(c)) for n, r, _s, i, c in MEMBERS[:2]
    ]
