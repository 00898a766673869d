"""A ruling's tick between a label and its value read as a character (户籍地 | 「1」 | 河南省周口市郸城县: a form
ruled with short upright marks where cells meet, OCR reading the mark as 1 or 一). A place is named in words, so a
figure or a stroke alone is no 户口所在地行政区划: the text after it along the label's row is. Drawn as texts of
an unruled row, the label worded 户口所在地, with the address row under it (whose value must not be taken)."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
from dangan.schemas.readings import check_reading

TODAY = date(2026, 6, 1)


def test_a_figure_or_a_stroke_is_no_place() -> None:
    assert check_reading("户口所在地行政区划", "1") is not None
    assert check_reading("户口所在地行政区划", "一") is not None
    assert check_reading("户口所在地行政区划", "四川省成都市武侯区") is None
    assert check_reading("户口所在地行政区划", "武侯区") is None


def test_the_text_after_a_stray_mark_is_the_value() -> None:
    lines = [
        TextLine("户口所在地", (100, 300, 300, 346), 0.99),
        TextLine("一", (420, 292, 452, 352), 0.61),
        TextLine("四川省成都市武侯区", (700, 302, 1060, 344), 0.99),
        TextLine("现住址", (100, 400, 230, 446), 0.99),
        TextLine("四川省成都市武侯区武侯祠大街12号3幢201室", (300, 402, 1100, 444), 0.99),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields.get("户口所在地行政区划") == "四川省成都市武侯区"
    assert ex.fields.get("家庭住址") == "四川省成都市武侯区武侯祠大街12号3幢201室"
