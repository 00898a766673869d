"""The signers of an opinion one under the other in one cell, each label with no colon and its name a text of its
own; a signature's flourish read as a sign after the name. A drawn ruled page in an arrangement of its own (no
OCR)."""

from __future__ import annotations

from dangan.extractors.fields import extract_fields, normalise_value

from .test_structure import Page
from .test_unseen_forms import TODAY


def test_signers_one_under_the_other_in_one_cell() -> None:
    page = Page()
    page.row([300, 400, 300, 410], ["姓名", "叶志俊", "性别", "男"])
    top = page.y
    page.row([300, 1110], ["单位意见", ""], height=260)
    page.text("同意申报。", 450, top + 50)
    page.text("建档人", 450, top + 150)
    page.text("孙丽华", 600, top + 150)
    page.text("审核人", 450, top + 205)
    page.text("冯建国", 600, top + 205)
    page.text("2026年3月5日", 1100, top + 205)
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    assert ex.fields["建档人"] == "孙丽华"
    assert ex.fields["审核人"] == "冯建国"


def test_a_signatures_flourish_is_no_part_of_the_name() -> None:
    assert normalise_value("审核人", "冯建国Z")[0] == "冯建国"
    assert normalise_value("建档人", "孙丽华 ★")[0] == "孙丽华"
    assert normalise_value("建档人", "孙丽华")[0] == "孙丽华"
