"""收入证明 letters that count their months in words ("近三个月", "前十二个月").

The tokenizer calls 三 a number as it does 3; the count was read with float() and a count in words stopped the
whole reading with a ValueError. Drawn here: a unit's short letter, its sums in figures, its months in words.
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
