"""The holder's name run into the next label on one text: which characters are the label's.

A declaration or pledge prints its signer's row as 申请人：<name>所在单位：<unit> on one line, and OCR reads it as
one text. A name of two characters and a label of four (所在单位, 工作单位) split also as a name of three and the
label's tail (在单位, 作单位), a header's end all the same: the label of the schemas as printed wins.

Drawn here in an arrangement of no generator: a pledge, its signer's row at the foot, other label words.
"""

from __future__ import annotations

from .test_papers_general import Sheet, check, read


def _pledge(row: str) -> Sheet:
    s = Sheet()
    s.centred("诚信承诺书", 150)
    s.paragraph(["本人承诺所提供的家庭收入、财产等情况真实有效，", "如有虚假，愿承担相应责任。"], 300)
    s.text(row, 160, 600)
    s.text("2026年4月3日", 1100, 700)
    return s


def test_a_two_character_name_before_a_four_character_label() -> None:
    check(read(_pledge("承诺人：吴杰工作单位：湘潭钢铁集团有限公司"), "其他"), {"姓名": "吴杰"})
    check(read(_pledge("承诺人：何英所在单位：株洲硬质合金集团"), "其他"), {"姓名": "何英"})


def test_a_three_character_name_keeps_its_third() -> None:
    check(read(_pledge("承诺人：邓丽华所在单位：株洲硬质合金集团"), "其他"), {"姓名": "邓丽华"})
