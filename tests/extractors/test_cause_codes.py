"""Causes written as the numbers of a legend the form prints (「致困原因请填写下列代码」): the number is the cause
it numbers on that paper, wherever the legend stands (over or under the cells, one line or two), and the
legend itself is no answer. Pages drawn here, in arrangements of their own."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import by_legend, cause_legend, extract_fields
from dangan.extractors.layout import TextLine

from .test_structure import Page

TODAY = date(2025, 6, 1)


def _extract(page: Page) -> object:
    return extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)


def test_codes_under_a_legend_printed_below_them_over_two_rows() -> None:
    page = Page()
    page.row([300, 400, 300, 410], ["姓名", "王丽华", "性别", "女"])
    page.row([300, 400, 300, 410], ["主要致困原因", "6", "次要致困原因", "2，5"])
    page.row([300, 1110], ["原因代码", "1、本人大病 2、供养直系亲属大病 3、残疾 4、下岗失业"], align="left")
    page.row([300, 1110], ["", "5、收入低 6、自然灾害 7、重大事故 8、子女上学"], align="left")
    ex = _extract(page)
    f = ex.fields  # type: ignore[attr-defined]
    assert f["姓名"] == "王丽华"
    assert f["主要致困原因"] == "自然灾害"
    assert f["次要致困原因"] == ["供养直系亲属大病", "收入低"]


def test_two_digit_code_with_the_instruction_in_its_cell() -> None:
    """The national wording, ten codes, the legend first; the cell prints what to write before the figure."""
    page = Page()
    page.row([1410], ["致困原因代码：1.家庭成员无劳动能力；2.有劳动能力而未就业；3.下岗失业；"], align="left")
    page.row([1410], ["4.未参加社会保险；5.社会保险待遇落实不到位；6.家庭成员患重大疾病；"], align="left")
    page.row([1410], ["7.遭受自然灾害；8.遭受意外事故；9.子女上学；10.其他"], align="left")
    page.row([300, 400, 300, 410], ["主要致困原因", "（填代码）10", "次要致困原因", "3、7"])
    ex = _extract(page)
    f = ex.fields  # type: ignore[attr-defined]
    assert f["主要致困原因"] == "其他"
    assert f["次要致困原因"] == ["下岗失业", "遭受自然灾害"]


def test_no_legend_no_cause_and_a_legend_is_no_answer() -> None:
    """A figure with no legend on the paper stays the figure, for a person to read (not an empty answer sure of
    itself); a legend beside a blank is not its last cause."""
    page = Page()
    page.row([300, 1110], ["主要致困原因", "3"])
    ex = _extract(page)
    assert ex.fields["主要致困原因"] == "3" and ex.confidence["主要致困原因"] < 0.5  # type: ignore[attr-defined]
    page = Page()
    page.row([300, 1110], ["致困原因", "1本人大病 2供养直系亲属大病 3残疾 4下岗失业 5收入低"], align="left")
    page.row([300, 1110], ["主要致困原因", ""])
    ex = _extract(page)
    assert ex.fields.get("主要致困原因") is None  # type: ignore[attr-defined]


def test_legend_parts() -> None:
    lines = [TextLine("代码：1.下岗失业 2.遭受自然灾害 3.子女上学 4.其他", (0, 0, 900, 40), 0.99)]
    legend = cause_legend(lines)
    assert legend == {"1": "下岗失业", "2": "遭受自然灾害", "3": "子女上学", "4": "其他"}
    assert by_legend("（填序号）3", legend) == "子女上学"
    assert by_legend("2、1", legend) == "遭受自然灾害、下岗失业"
    assert by_legend("5", legend) is None  # no such number
    assert by_legend("子女上学", legend) is None
    assert cause_legend(lines[:0]) == {}
    # three causes numbered are an answer, not a legend
    assert cause_legend([TextLine("1下岗失业 2遭受自然灾害 3子女上学", (0, 0, 600, 40), 0.99)]) == {}


def test_legend_with_a_word_garbled() -> None:
    """OCR garbles a word of the legend: one slip from a cause is that cause; past that, the number still
    belongs to the legend (its numbers run on) and only that code goes unread."""
    page = Page()
    page.row([260, 1150], ["序号说明", "1本人大病 2供养直系亲属大病 3残疾 4下岗失业 5收入低 6自然穴害 7重大事故 8子女上学"],
             align="left")
    page.row([300, 400, 300, 410], ["主要致困原因", "6", "次要致困原因", "3"])
    ex = _extract(page)
    assert ex.fields["主要致困原因"] == "自然灾害"  # type: ignore[attr-defined]
    assert ex.fields["次要致困原因"] == ["残疾"]  # type: ignore[attr-defined]
    legend = cause_legend([TextLine("1本人大病 2供养直系亲属大病 3残疾 4下岗失业 5收入低 6自X穴害 7重大事故", (0, 0, 900, 40), 0.9)])
    assert "6" not in legend and legend["7"] == "重大事故"
