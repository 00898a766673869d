"""Which side of its word a list's boxes are printed on is told by the tick boxes of that list only: the cells of
a digit grid above the row (an ID number's 18 boxes) reaching into its band are none. Positioned text and boxes
as the image search gives them (no OCR)."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine

TODAY = date(2026, 6, 1)


def test_digit_grid_over_an_option_row_sets_no_style() -> None:
    lines = [
        TextLine("职工困难情况登记表", (600, 60, 1000, 110)),
        TextLine("身份证号", (117, 630, 260, 670)),
        TextLine("婚姻情况 未婚 已婚 ●离异 丧偶", (117, 707, 648, 749)),
    ]
    # the ID number's boxes, found by the image search at their grid's pitch, some missed
    grid = [((336.0 + 45 * k, 678.0, 381.0 + 45 * k, 734.0), False) for k in (0, 3, 5, 6)]
    ex = extract_fields("建档申请表", lines, checkboxes=grid, today=TODAY)
    assert ex.fields["婚姻状况"] == "离异"
