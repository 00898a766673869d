"""A form's narrative under a section heading worded by the printing (「四、家庭困难情况叙述」: the field's synonym
and what it asks for), written in a ruled box with a pledge printed under the box, outside it. A drawn ruled
page in an arrangement of its own (no OCR)."""

from __future__ import annotations

from dangan.extractors.fields import extract_fields
from dangan.schemas.normalise import fold_fullwidth

from .test_structure import Page
from .test_unseen_forms import TODAY

ACCOUNT = ("家庭共4人，妻子患病，儿子在读，本人月收入2100元，", "家庭年收入30000元，生活困难，特申请建档。")


def test_a_narrative_under_a_section_worded_by_the_printing() -> None:
    page = Page()
    page.row([300, 400, 300, 410], ["姓名", "叶志俊", "性别", "男"])
    page.y += 60
    page.text("四、家庭困难情况叙述", 130, page.y)
    page.y += 30
    top = page.y
    page.row([1410], [""], height=220)
    page.text(ACCOUNT[0], 140, top + 50)
    page.text(ACCOUNT[1], 140, top + 95)
    page.text("申请人承诺：以上情况属实，如有虚假愿承担责任。", 130, page.y + 40)  # under the box, outside it
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    assert ex.fields["困难情况说明"] == fold_fullwidth("".join(ACCOUNT))
