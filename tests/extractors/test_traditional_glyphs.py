"""OCR answers a blurred or hand-like glyph of a simplified paper in its traditional or variant form (建议困难类別,
黃俊宁, 天鵝化纤): an application form's texts are folded back to the simplified characters mainland papers print,
so a label so read is matched and a value reads as the same words on the household's other papers."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields

from .test_structure import Page

TODAY = date(2026, 6, 1)


def test_traditional_glyphs_on_a_simplified_form_are_folded() -> None:
    page = Page()
    page.row([260, 300, 260, 560], ["婚姻狀況", "離異", "工作單位", "杭州鋼鐵有限公司"])
    page.row([260, 300, 260, 560], ["姓名", "劉國華", "醫療保險", "城鎮職工醫保"])
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    f = ex.fields
    assert f["婚姻状况"] == "离异"
    assert f["工作单位"] == "杭州钢铁有限公司"
    assert f["姓名"] == "刘国华"
    assert f["医保状况"] == "城镇职工医保"
