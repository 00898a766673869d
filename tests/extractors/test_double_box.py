"""A ticked box read right before an empty one (☑□无医保) is one box misread twice: the option that lost its box
is the ticked one. Positioned text (no OCR)."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine, ticked_in_text

TODAY = date(2026, 6, 1)
INSURANCE = ["无医保", "城镇职工医保", "城镇居民医保", "新农合"]


def test_ticked_glyph_before_an_empty_box_is_no_mark() -> None:
    assert ticked_in_text("□城镇职工医保 城镇居民医保 □新农合☑□无医保", INSURANCE) == ["城镇居民医保"]
    # a ticked box alone still marks its word, and a tick beside a ring (○已婚●) is untouched
    assert ticked_in_text("□城镇职工医保 ☑城镇居民医保 □新农合", INSURANCE) == ["城镇居民医保"]
    assert ticked_in_text("○未婚 ○已婚● ○离异", ["未婚", "已婚", "离异"]) == ["已婚"]


def test_on_a_form_row() -> None:
    lines = [
        TextLine("困难职工登记表", (600, 60, 1000, 110)),
        TextLine("医保状况", (114, 560, 250, 603)),
        TextLine("□城镇职工医保", (260, 560, 450, 603)),
        TextLine("城镇居民医保", (460, 563, 640, 601)),
        TextLine("□新农合", (650, 563, 790, 606)),
        TextLine("☑□无医保", (780, 565, 920, 601)),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["医保状况"] == "城镇居民医保"
