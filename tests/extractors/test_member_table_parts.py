"""A member table printed in parts, each under a header of its own, drawn in the test with known truth.

Some printings split the member table in two (基本信息: 姓名 关系 性别 身份证号; then 健康、保障及收入:
姓名 婚姻状况 健康状况 月收入 单位或学校), the same people in the same order, a gap or a caption between
the parts. Each member is one record of both parts' columns. Also: a label's colon read as a character of
its own ("*工作时间8") that must not join the value in its cell.
"""

from __future__ import annotations

from dangan.extractors.layout import TextLine, lines_from_cells
from dangan.extractors.structure import merge_digit_runs, read_member_grid, split_at_rulings

from .test_structure import Page, _id

PEOPLE = [
    ("郝雪兰", "配偶", "女", _id("33018319790213920"), "已婚", "健康", "1650", "杭州联华超市有限公司"),
    ("吕艳萍", "女儿", "女", _id("33018320100708784"), "未婚", "健康", "0", "杭州市实验小学"),
    ("吕国强", "父亲", "男", _id("33018319500101001"), "丧偶", "残疾", "1580", "杭州华信科技有限公司"),
]
FIRST = (["序号", "姓名", "与户主关系", "性别", "身份证号"], [90, 200, 200, 110, 600])
SECOND = (["序号", "姓名", "婚姻状况", "健康状况", "月收入（元）", "单位或学校"], [90, 200, 180, 180, 200, 350])


def _two_parts(names_again: bool = True, spare_rows: int = 1) -> Page:
    page = Page()
    heads, widths = FIRST
    page.row(widths, heads)
    for i, (name, rel, sex, idn, *_rest) in enumerate(PEOPLE):
        page.row(widths, [str(i + 1), name, rel, sex, idn])
    for k in range(spare_rows):
        page.row(widths, [str(len(PEOPLE) + k + 1), "", "", "", ""])
    page.y += 30
    page.text("（二）健康、保障及收入", page.left, page.y + 20)
    page.y += 50
    heads, widths = SECOND
    page.row(widths, heads)
    for i, (name, _rel, _sex, _idn, marital, health, income, school) in enumerate(PEOPLE):
        page.row(widths, [str(i + 1), name if names_again else "", marital, health, income, school])
    return page


def _read(page: Page) -> list[dict[str, object]]:
    cells = merge_digit_runs(page.cells())
    split = split_at_rulings(page.lines, cells)
    rows, _ = read_member_grid(lines_from_cells(split, cells), cells, split)
    return [{k: r.value for k, r in row.items()} for row in rows]


def _expected() -> list[dict[str, object]]:
    labels = ["姓名", "关系", "性别", "身份证号", "婚姻状况", "健康状况", "月收入", "单位或学校"]
    return [dict(zip(labels, p, strict=True)) for p in PEOPLE]


def test_second_part_joins_its_people_by_name() -> None:
    """The second part's columns join each member of the first (fails before: its columns were lost)."""
    assert _read(_two_parts()) == _expected()


def test_second_part_without_names_joins_by_position() -> None:
    """A second part that does not print the names again lists the same people in the same order."""
    got = _read(_two_parts(names_again=False))
    assert [{k: v for k, v in m.items()} for m in got] == _expected()


def test_name_read_with_stray_characters_still_matches() -> None:
    """A name in the second part read with a neighbour's characters before it (郑天吕艳萍) is still 吕艳萍."""
    page = _two_parts()
    for i, ln in enumerate(page.lines):
        if ln.text == "吕艳萍" and ln.box[1] > 700:
            page.lines[i] = TextLine("郑天吕艳萍", ln.box, ln.confidence)
    assert _read(page) == _expected()


def test_colon_read_as_a_character_stays_out_of_the_value() -> None:
    """「*工作时间8」 then 「2002年6月1日」 in one cell: the 8 is the label's colon (fails before: 82002年6月1日)."""
    label = TextLine("*工作时间8", (100, 100, 250, 150), 0.94)
    value = TextLine("2002年6月1日", (300, 105, 480, 145), 1.0)
    merged = lines_from_cells([label, value], [(90, 90, 500, 160)])
    assert [m.text for m in merged] == ["*工作时间：2002年6月1日"]
    # a value of one character written after its label, with nothing after it, stays a value
    alone = lines_from_cells([TextLine("*家庭人口8", (100, 100, 250, 150), 0.9)], [(90, 90, 500, 160)])
    assert [m.text for m in alone] == ["*家庭人口8"]
