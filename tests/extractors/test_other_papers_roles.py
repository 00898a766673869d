"""Whose a 其他 paper is, when it prints no labelled holder: a clerk's role (核对人, 复核人) or the paper's own
title (收据) is nobody's name, nor is the clerk's name written after the role.

A copy's note ("复印件与原件一致") is signed by whoever checked it; a sheet of two receipts prints 收据 twice.
Before, the text under the note (核对人) or the title printed twice was read as the holder's name. Pages are
drawn with PIL (``test_papers_general.Sheet``) in wordings of REAL-DOCUMENTS.md.
"""

from __future__ import annotations

from .test_papers_general import Sheet, read


def test_the_checker_of_a_copy_is_not_whose_paper_it_is() -> None:
    s = Sheet()
    s.centred("门诊收费票据", 160, 52)
    rows = [["项目", "金额（元）"], ["检查费", "320.00"], ["西药费", "186.50"], ["合计", "506.50"]]
    y = s.table(rows, [500, 400], 280)
    s.text("收款单位（盖章）：衡阳市第三人民医院", 150, y + 70)
    s.text("开票日期：2025年10月8日", 950, y + 70)
    s.text("以上票据复印件与原件一致。", 200, y + 200)
    s.text("核对人", 900, y + 270)
    s.text("黎文斌", 1060, y + 270)
    got = read(s, "其他")
    assert got["材料名称"] == "医药费票据" and got["日期"] == "2025-10-08"
    assert "姓名" not in got, got


def test_a_title_printed_twice_is_no_name() -> None:
    s = Sheet()
    for top, fee in ((150, "住宿费"), (1150, "教材费")):
        s.centred("收据", top, 52)
        s.text("2025年9月2日", 700, top + 90)
        s.text(f"交来{fee}", 200, top + 250)
        s.text("人民币（大写）：贰佰元整", 200, top + 330)
        s.text("收款单位（盖章）：湘潭县第一中学", 200, top + 420)
    got = read(s, "其他")
    assert got["材料名称"] == "学费票据"
    assert "姓名" not in got, got
