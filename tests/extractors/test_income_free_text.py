"""收入证明 letters that count their months in words ("近三个月", "前十二个月") or write a sum in words first.

The tokenizer calls 三 a number as it does 3; the count was read with float() and a count in words stopped the
whole reading with a ValueError. A sum written in words and then in figures in brackets ("叁仟伍佰元整（¥3500.00）")
was no sum after its words. Drawn here: a unit's short letter, its months in words, its sums either way.
"""

from __future__ import annotations

import pytest

from .test_papers_general import Sheet, read


@pytest.mark.parametrize(("months", "n"), [("近三个月", 3), ("前十二个月", 12), ("近6个月", 6)])
def test_months_counted_in_words(months: str, n: int) -> None:
    s = Sheet()
    s.centred("收入证明", 150, 52)
    s.paragraph([f"我单位职工李明华，{months}月均工资2350元，月均实发工资2100元。", "特此证明。"], 300)
    s.text("湘潭钢铁集团有限公司（盖章）", 700, 600)
    s.text("2026年1月10日", 900, 660)
    got = read(s, "收入证明")
    assert got.get("统计月数") == n and got.get("月均工资") == 2350, got


@pytest.mark.parametrize(
    "sums",
    [
        "平均月工资为人民币叁仟伍佰元整（¥3500.00），月均实发工资贰仟捌佰元（2800元），年收入33600元。",
        "月平均工资3500元，月均实发工资2800元，年收入人民币叁万叁仟陆佰元（33600元）。",
    ],
)
def test_sums_written_in_words_then_in_figures(sums: str) -> None:
    # a sum written in words first and in figures after it in brackets, as money is written where it must not be
    # altered: the figures are the sum
    s = Sheet()
    s.centred("收入证明", 150, 52)
    s.paragraph(["兹证明李明华同志系我单位职工，近12个月", sums, "特此证明。"], 300)
    s.text("湘潭钢铁集团有限公司（盖章）", 700, 600)
    s.text("2026年1月10日", 900, 660)
    got = read(s, "收入证明")
    assert (got.get("月均工资"), got.get("月均实发工资"), got.get("年收入")) == (3500, 2800, 33600), got


@pytest.mark.parametrize(
    "opening",
    ["我单位职工李明华，近三个月月均工资2350元。", "经核实，职工李明华家庭近6个月月均工资2350元。"],
)
def test_the_worker_told_without_a_fixed_opening(opening: str) -> None:
    # no 兹证明 before the name and no sex after it: the worker is told as other papers tell their person
    s = Sheet()
    s.centred("收入证明", 150, 52)
    s.paragraph([opening, "特此证明。"], 300)
    s.text("湘潭钢铁集团有限公司（盖章）", 700, 600)
    s.text("2026年1月10日", 900, 660)
    got = read(s, "收入证明")
    assert got.get("姓名") == "李明华", got
