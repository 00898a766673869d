"""Option lists under a block's title. A printing may title a section with its own wording of one field
(「三、申请类别」 for 困难类别: the options follow the title), or title a ruled block with the fields it holds
joined (「致困原因及困难类别（在相应项后□内打√）」) and label its rows short, 主要原因 / 次要原因 / 困难类别. The
title is no label with a value, and each row's options are read against the row's own label. Drawn with the
options before their boxes and their rows in an order no printing of the generator uses (困难类别 first)."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine, split_labelled

from .test_structure import Page

TODAY = date(2026, 6, 1)


def test_a_title_joining_fields_pairs_none() -> None:
    assert split_labelled("致困原因及困难类别（在相应项后□内打“√”）")[0][0] is None
    assert split_labelled("收入与支出")[0][0] is None
    # a section titled by a wording of the causes heads both rows: no field of its own
    assert split_labelled("二、致困原因")[0][0] is None
    assert split_labelled("三、申请类别") == [("困难类别", "")]


def test_a_section_titled_with_a_wording_of_its_field() -> None:
    lines = [
        TextLine("三、申请类别", (120, 300, 400, 350), 0.99),
        TextLine("☑全国级 □地市级", (460, 300, 800, 350), 0.95),
        TextLine("四、致困原因（单选）", (120, 420, 560, 470), 0.99),
        TextLine("□本人大病 □子女上学 ☑收入低 □其他", (140, 500, 1200, 550), 0.95),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields.get("困难类别") == "全国级"


def test_rows_labelled_short_under_a_title_joining_their_fields() -> None:
    page = Page()
    page.row([1400], ["致困原因及困难类别（在相应项后□内打“√”）"], height=60)
    page.row([200, 1200], ["困难类别", "低保边缘户□ 临时困难户 意外致困户□ 其他困难户□"])
    page.row([200, 1200], ["次要原因", "残疾□ 收入低 子女上学 自然灾害□ 本人大病□"])
    page.row([200, 1200], ["主要原因", "残疾□ 收入低□ 子女上学□ 自然灾害 本人大病□"])
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    assert ex.fields.get("困难类别") == "临时困难户"
    assert ex.fields.get("主要致困原因") == "自然灾害"
    assert sorted(ex.fields.get("次要致困原因") or []) == ["子女上学", "收入低"]


def test_the_short_row_label_inside_a_sentence_is_no_label() -> None:
    text = "主要原因是本人下岗，家庭收入低"
    assert split_labelled(text) == [(None, text)]
