"""A 常住人口登记卡 whose two-character labels are set one character under the other in narrow cells (姓 over
名, 民 over 族): OCR may read the label's first character together with the value written beside it
("姓 马建国" | "名"). Read as the label and its value, the card is a member. Lines built directly: as OCR gives
them (the second character right under the first) and as the page's ruled cells give them (the second alone in
the label's cell, the first glued to the value's cell); a card of four rows, the number above the birth date."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
from dangan.schemas.validators import id_check_digit

TODAY = date(2026, 6, 1)
NUMBER = (first := "64010419790312201") + id_check_digit(first)  # 男, born 1979-03-12


def L(text: str, x0: float, y0: float, x1: float, y1: float, cell: bool = False) -> TextLine:
    return TextLine(text, (x0, y0, x1, y1), 0.97, 0, cell)


def test_a_first_character_read_with_the_value_and_the_second_under_it() -> None:
    lines = [
        L("常住人口登记卡", 500, 80, 820, 130),
        L("姓 马建国", 120, 200, 420, 262),
        L("名", 120, 250, 150, 280),
        L("户主或与户主关系", 700, 210, 950, 250),
        L("户主", 980, 205, 1060, 255),
        L("民 回族", 120, 320, 330, 382),
        L("族", 120, 370, 150, 400),
        L("公民身份号码", 120, 450, 300, 490),
        L(NUMBER, 330, 448, 700, 492),
        L("出生日期", 700, 520, 830, 560),
        L("1979.03.12", 860, 518, 1050, 562),
    ]
    ex = extract_fields("户口簿", lines, today=TODAY)
    assert [(m["姓名"], m["关系"], m["身份证号"]) for m in ex.members] == [("马建国", "户主", NUMBER)]
    assert str(ex.members[0].get("民族", "")).startswith("回")


def test_the_second_character_alone_in_the_label_cell() -> None:
    lines = [
        L("常住人口登记卡", 500, 80, 820, 130),
        L("名", 100, 190, 150, 290, cell=True),
        L("姓 马建国", 155, 190, 560, 290, cell=True),
        L("户主或与户主关系", 565, 190, 800, 290, cell=True),
        L("户主", 805, 190, 1100, 290, cell=True),
        L("公民身份号码", 100, 420, 300, 480, cell=True),
        L(NUMBER, 305, 420, 1100, 480, cell=True),
    ]
    ex = extract_fields("户口簿", lines, today=TODAY)
    assert [(m["姓名"], m["关系"], m["身份证号"]) for m in ex.members] == [("马建国", "户主", NUMBER)]
