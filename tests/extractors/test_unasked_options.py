"""Options printed without a question (困难职工 / 困难农民工) marked in brackets after the word: the text, whose
glyph order is exact, answers before a box the image found, placed against the words only by estimate.
Positioned text and boxes as the image search gives them (no OCR)."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine

TODAY = date(2026, 6, 1)


def test_bracketed_mark_after_an_unasked_option() -> None:
    lines = [
        TextLine("困难职工登记表", (730, 89, 1091, 139)),
        TextLine("人员类别：困难职工（√）", (1085, 219, 1429, 259)),
        TextLine("困难农民工（）", (1411, 224, 1637, 259)),
        TextLine("姓名", (114, 323, 232, 377)),
        TextLine("张敏", (400, 323, 480, 377)),
    ]
    # the brackets round the tick, found in the image as a ticked box right before the next word
    boxes = [((1362.0, 228.0, 1397.0, 259.0), True), ((859.0, 96.0, 875.0, 116.0), False)]
    ex = extract_fields("建档申请表", lines, checkboxes=boxes, today=TODAY)
    assert ex.fields["是否农民工"] is False


def test_unasked_options_read_as_texts_of_their_own_along_a_row() -> None:
    """「人员类型：□职工」 and 「农民工」 read as two texts of one row, the second's box (its tick) lost: the row's
    texts together show boxes before their words, and the word without one is the ticked one."""
    lines = [
        TextLine("困难职工登记表", (730, 89, 1091, 139)),
        TextLine("人员类型：□职工", (1085, 219, 1380, 259)),
        TextLine("农民工", (1440, 222, 1560, 259)),
        TextLine("姓名", (114, 323, 232, 377)),
        TextLine("张敏", (400, 323, 480, 377)),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["是否农民工"] is True
