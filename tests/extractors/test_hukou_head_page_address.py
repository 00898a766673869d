"""The 户主页 of a 户口簿 (REAL-DOCUMENTS: 户别, 户主姓名, 户号, 住址, 承办人签章, 签发日期, the police station's 户口专用章):
its 住址 ends where a printed label of the booklet starts inside the value read for it. A skewed copy, or rulings
lost, read the address's box together with the row under it ("…8号户口登记机关和户口专用章承办人签章王强"). Lines
built directly: a page whose labels stand over their values in ruled cells (户别 | 户主姓名 | 户号 above their
values), 住址 and its value in one row of cells, the seal's box and the clerk's signature under it."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine

TODAY = date(2026, 6, 1)
ADDRESS = "湖南省湘潭市岳塘区建设路8号2栋101室"


def L(text: str, x0: float, y0: float, x1: float, y1: float, cell: bool = True) -> TextLine:
    return TextLine(text, (x0, y0, x1, y1), 0.97, 0, cell)


def head_page(address_cell: str) -> list[TextLine]:
    return [
        L("居民户口簿", 600, 60, 900, 120, cell=False),
        L("户别", 100, 150, 400, 200),
        L("户主姓名", 404, 150, 800, 200),
        L("户号", 804, 150, 1200, 200),
        L("非农业家庭户口", 100, 204, 400, 260),
        L("王建军", 404, 204, 800, 260),
        L("430304123", 804, 204, 1200, 260),
        L("住址", 100, 264, 300, 330),
        L(address_cell, 304, 264, 1200, 330),
        L("签发日期", 804, 430, 1200, 480),
        L("2019年5月6日", 804, 484, 1200, 540),
    ]


def test_an_address_run_on_into_the_row_under_it_ends_at_its_label() -> None:
    """Before: 住址 "湖南省…101室户口登记机关和户口专用章承办人签章王强"."""
    ex = extract_fields("户口簿", head_page(ADDRESS + "户口登记机关和户口专用章承办人签章王强"), today=TODAY)
    assert ex.fields.get("住址") == ADDRESS
    assert ex.fields.get("户主姓名") == "王建军"


def test_an_address_holding_no_label_stays_whole() -> None:
    ex = extract_fields("户口簿", head_page(ADDRESS), today=TODAY)
    assert ex.fields.get("住址") == ADDRESS
