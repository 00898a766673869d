"""A money cell whose lone 0 OCR read as a sign of its shape.

A member table prints each member's 月收入 in a narrow cell; a child's or a jobless member's 0, small in it, is read
as "。" (RapidOCR on the released 杭州 forms) or as a letter o — the income was lost, and a member's income of
nothing is what the household's figures are checked by. The table is drawn in the test (cells found by
``detect_grid``), the 月收入 cells' OCR lines given the text OCR read for them.
"""

from __future__ import annotations

from datetime import date

import pytest

from dangan.extractors.fields import extract_fields

from .test_structure import Page, _id

TODAY = date(2025, 6, 1)
MEMBERS = [
    ("崔明鹏", "配偶", _id("33018319811107755"), "0"),
    ("姜莉玲", "女儿", _id("33018320160620728"), "0"),
    ("雷国强", "父亲", _id("33018319560315121"), "1380"),
]


@pytest.mark.parametrize("read", ["。", "o", "○"])
def test_member_income_nought_read_as_a_sign(read: str) -> None:
    page = Page()
    page.row([300, 400, 300, 410], ["姓名", "雷蓉霞", "性别", "女"])
    page.row([300, 1110], ["身份证号", _id("33018319860520788")])
    page.row([1410], ["家庭成员情况"])
    widths = [260, 220, 610, 320]
    page.row(widths, ["姓名", "关系", "身份证号", "月收入（元）"])
    for m in MEMBERS:
        page.row(widths, list(m))
    page.row([300, 1110], ["主要致困原因", "本人大病"])
    noughts = [ln for ln in page.lines if ln.text == "0"]
    assert len(noughts) == 2
    for ln in noughts:
        ln.text = read
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    got = [(m.get("姓名"), m.get("月收入")) for m in ex.members]
    assert got == [(m[0], int(m[3])) for m in MEMBERS]


def test_an_empty_money_cell_stays_empty() -> None:
    """No text is no amount, and a figure is itself: only a nought's shape alone is read as 0."""
    from dangan.extractors.fields import normalise_value

    assert normalise_value("月收入", "")[0] is None
    assert normalise_value("月收入", "1380")[0] == 1380
    assert normalise_value("月收入", "。")[0] == 0
