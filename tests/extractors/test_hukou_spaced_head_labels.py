"""The 户主页 of a 户口簿 printed as "label：value" lines in a frame (REAL-DOCUMENTS: 户别, 户主姓名, 户号, 住址,
承办人签章, 签发日期), its two-character labels spaced out to the width of the four-character ones ("户　　别：",
"住　　址："). OCR reads such a label one character a text ("住" | "址：湖南省…"), or loses the lone first
character altogether ("址：湖南省…"); the address wraps under its own first character onto the next row. Lines
built directly: the page as OCR gave it, no rulings."""

from __future__ import annotations

from datetime import date

import pytest

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine

TODAY = date(2026, 6, 1)
ADDRESS = "湖南省湘潭市岳塘区建设路88号3幢2单元402室"


def L(text: str, x0: float, y0: float, x1: float, y1: float) -> TextLine:
    return TextLine(text, (x0, y0, x1, y1), 0.97, 0, False)


def head_page(first_char_read: bool, cut: int) -> list[TextLine]:
    lines = [
        L("户号：430304118", 300, 200, 520, 228),
        L("户 口 簿", 560, 300, 780, 344),
        L("户", 310, 480, 338, 507),
        L("别：城镇家庭户", 394, 480, 590, 507),
        L("户主姓名：王建军", 310, 566, 520, 594),
        L("址：" + ADDRESS[:cut], 394, 653, 394 + 28 * (cut + 2), 681),
        L(ADDRESS[cut:], 450, 700, 450 + 28 * len(ADDRESS[cut:]), 728),
        L("承办人签章：赵玉", 310, 816, 540, 849),
        L("签发日期：2016年4月8日", 310, 908, 630, 936),
    ]
    if first_char_read:
        lines.append(L("住", 310, 653, 338, 681))
    return lines


@pytest.mark.parametrize("first_char_read", [True, False])
def test_a_spaced_out_address_label_reads_the_wrapped_address(first_char_read: bool) -> None:
    """Before: no 住址 at all (neither "住" | "址：…" nor "址：…" is a label the reader knows)."""
    ex = extract_fields("户口簿", head_page(first_char_read, 21), today=TODAY)
    assert ex.fields.get("住址") == ADDRESS
    assert ex.fields.get("户主姓名") == "王建军"


def test_an_address_on_one_row_stops_at_the_next_label() -> None:
    lines = [ln for ln in head_page(True, len(ADDRESS)) if ln.text]
    ex = extract_fields("户口簿", lines, today=TODAY)
    assert ex.fields.get("住址") == ADDRESS


def test_the_labels_colon_lost_with_its_first_character() -> None:
    """"址湖南省…": the lone 住 and the colon both lost (a low-resolution copy). Before: no 住址."""
    lines = [ln for ln in head_page(False, len(ADDRESS)) if ln.text]
    lines = [ln if not ln.text.startswith("址：") else TextLine("址" + ADDRESS, ln.box, 0.96, 0, False) for ln in lines]
    ex = extract_fields("户口簿", lines, today=TODAY)
    assert ex.fields.get("住址") == ADDRESS
