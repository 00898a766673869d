"""收入证明 whose words OCR read a character wrong where the paper prints them as labels or twice.

- A long label of the paper's own (月均实发工资, not an application form's) read with one character wrong
  ("月均实友工资") alone in its cell: still that label, where no other label is one character from it.
- The unit's name printed twice (the letterhead above the title, the 工作单位 row), the row's reading one
  character off (印朵 for 印染) or in traditional glyphs (有限責任公司): the surer reading, simplified.

Positioned texts built here (no generator's arrangement): a letterhead, the title, then label | value rows
down the page, two to a row; the wordings are the seeds' (附件3: 月均工资, 月均实发工资, 年收入).
"""

from __future__ import annotations

from datetime import date

import pytest

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine, label_of

TODAY = date(2026, 9, 1)


def _page(unit_read: str, net_label: str) -> list[TextLine]:
    lines = [
        TextLine("湘潭纺织印染有限责任公司", (500, 100, 1100, 150), 0.99),
        TextLine("职工收入证明", (650, 220, 950, 280), 1.0),
    ]
    rows = [("姓名", "罗春梅", "工作单位", unit_read), ("月均工资", "3600", net_label, "3100"),
            ("年收入", "37200", "联系电话", "0731-58812345")]
    for i, (l1, v1, l2, v2) in enumerate(rows):
        y = 400 + 90 * i
        conf = 0.9 if v2 == unit_read else 0.99
        lines += [TextLine(l1, (150, y, 150 + 40 * len(l1), y + 45), 0.99),
                  TextLine(v1, (420, y, 420 + 30 * len(v1), y + 45), 0.99),
                  TextLine(l2, (800, y, 800 + 40 * len(l2), y + 45), 0.97),
                  TextLine(v2, (1100, y, 1100 + 30 * len(v2), y + 45), conf)]
    lines.append(TextLine("2026年5月15日", (1000, 900, 1300, 950), 0.98))
    return lines


@pytest.mark.parametrize(
    ("unit_read", "net_label"),
    [
        ("湘潭纺织印朵有限责任公司", "月均实友工资"),  # a character of each misread
        ("湘潭纺织印染有限責任公司", "月均实发工资"),  # the unit's glyph read traditional
        ("湘潭纺织印朵有限責任公司", "月均宝发工资"),
    ],
)
def test_words_read_wrong_where_the_paper_prints_them_twice_or_as_labels(unit_read: str, net_label: str) -> None:
    f = extract_fields("收入证明", _page(unit_read, net_label), today=TODAY).fields
    assert f.get("工作单位") == "湘潭纺织印染有限责任公司"
    assert f.get("月均实发工资") == 3100 and f.get("月均工资") == 3600


def test_a_long_label_one_character_from_another_is_no_misread() -> None:
    # 审签人签字 and 审签人签名 are one character apart: a reading between them names neither
    assert label_of("审签人签子") is None
    assert label_of("月均实友工资") == label_of("月均实发工资") is not None
    assert label_of("甲方（用人单住）") == label_of("甲方（用人单位）")
