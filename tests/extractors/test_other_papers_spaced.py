"""A name printed letter-spaced after its label: OCR reads each of its characters as a text of its own.

A unit's typed name fields are often spaced out to fill the blank (陈 志 远), and a hand may write a name so; the
characters after the label, each alone and close together, are one name, not a name of one character.

Drawn here in an arrangement of no generator: a letter of authority, its 委托人 row label | spaced name | 所在单位.
"""

from __future__ import annotations

from .test_papers_general import Sheet, check, read


def test_a_letter_spaced_name_after_its_label() -> None:
    s = Sheet()
    s.centred("委托书", 150)
    s.text("委托人：", 160, 300)
    for i, ch in enumerate("陈志远"):
        s.text(ch, 300 + 40 * i, 300)
    s.text("所在单位：", 500, 300)
    s.text("湘潭电机股份有限公司", 680, 300)
    s.paragraph(["本人委托单位工会代为办理困难职工建档事宜。", "特此委托。"], 400)
    s.text("2025年9月10日", 1100, 600)
    check(read(s, "其他"), {"姓名": "陈志远"})
