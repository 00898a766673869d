"""An amount keeps the spaces it was read with when paired with its label: its point read as a space ("2150 50元")
or an amount written again beside one struck through ("2900 2250"). Positioned text (no OCR)."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine

TODAY = date(2026, 6, 1)


def test_amounts_read_with_spaces() -> None:
    lines = [
        TextLine("困难职工登记表", (600, 60, 1000, 110)),
        TextLine("家庭月人均收入", (120, 300, 300, 330)),
        TextLine("2150 50元", (520, 300, 650, 332)),
        TextLine("本人月平均收入", (800, 300, 980, 330)),
        TextLine("2900 2250", (1200, 300, 1360, 332)),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["家庭月人均收入"] == 2150.5
    assert ex.fields["本人月平均收入"] == 2250
