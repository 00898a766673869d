"""Values written far along a long blank without a colon before it, read from positioned text (no OCR)."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine

TODAY = date(2026, 6, 1)


def test_value_centred_on_a_long_blank_without_colon() -> None:
    lines = [
        TextLine("困难职工登记表", (600, 60, 1000, 110)),
        TextLine("家庭住址", (120, 300, 220, 324)),
        TextLine("河北省保定市竞秀区东风路12号", (900, 296, 1300, 322)),
        TextLine("开户银行", (120, 380, 220, 404)),
        TextLine("中国农业银行", (520, 376, 700, 402)),
        TextLine("银行卡号", (800, 380, 900, 404)),
        TextLine("6228480402564890018", (1400, 376, 1700, 402)),
        # a blank field: the next text of its band is the next label, no value of it
        TextLine("医保状况", (120, 460, 220, 484)),
        TextLine("住房类型", (900, 460, 1000, 484)),
        TextLine("自有住房", (1500, 456, 1620, 482)),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["家庭住址"] == "河北省保定市竞秀区东风路12号"
    assert ex.fields["银行卡号"] == "6228480402564890018"
    assert ex.fields["住房类型"] == "自有住房"
    assert ex.fields.get("医保状况") is None

