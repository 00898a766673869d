"""A 公示证明's period whose dash OCR read as an equals sign ("2025-11=09"): still a period of two dates.

The notice is drawn with PIL (``test_papers_general.Sheet``) as a letter: the period in its sentence, the
first date's and the second's dashes read as "=" by turns; the unit signs and dates it below.
"""

from __future__ import annotations

import pytest

from dangan.extractors.certificates import date_range

from .test_papers_general import Sheet, check, read


@pytest.mark.parametrize("period", ["2025-11-03至2025-11=09", "2025=11=03至2025-11-09", "2025-11-03至2025=11-09"])
def test_a_period_with_a_dash_read_as_equals(period: str) -> None:
    assert date_range(period) == ("2025-11-03", "2025-11-09")
    s = Sheet()
    s.centred("公示证明", 180, 56)
    s.paragraph(["兹有我单位职工蒋丽华申请困难职工建档，经本单位工会研究，", f"于{period}在单位公告栏进行了公示，",
                 "公示期间未收到任何异议。", "特此证明。"], 300)
    s.text("株洲市石峰区环卫所工会", 950, 700)
    s.text("2025年11月10日", 1000, 770)
    check(read(s, "公示证明"), {"姓名": "蒋丽华", "公示期起": "2025-11-03", "公示期止": "2025-11-09", "结果": "无异议"})


def test_equals_signs_elsewhere_are_no_dates() -> None:
    assert date_range("编号2025=1234至2025=1240") is None
