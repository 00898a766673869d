"""A label wrapped over two lines in a narrow ruled cell (户主或与 | 户主关系) that OCR read as one text, its box two
lines tall and, on a skewed copy, wider than its cell (over the rulings on both sides): cutting it at the rulings by
where its characters would stand along one line put its first character into the name's cell ("武伟户"). A text
as tall as two of its characters is not cut at rulings (one-line texts are, as before: test_structure).

Lines and cells built directly: a register card's first row of ruled cells (REAL-DOCUMENTS: 姓名 | 户主或与户主关系
first), the wrapped label read "户主与" across three cells, in a row of three pairs (姓名 | 关系 | 性别)."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
from dangan.extractors.structure import split_at_rulings
from dangan.schemas.validators import id_check_digit

TODAY = date(2026, 6, 1)
NUMBER = (first := "13010219971214839") + id_check_digit(first)  # 男, born 1997-12-14

# the card's first rows: (x0, x1) of each cell, two rows 70 px tall
COLUMNS = [(100, 220), (224, 520), (524, 640), (644, 900), (904, 1000), (1004, 1200)]
ROW1, ROW2, ROW3 = (150, 220), (224, 294), (298, 368)
CELLS = [(a, y0, b, y1) for y0, y1 in (ROW1, ROW2) for a, b in COLUMNS] + [(100, 298, 520, 368), (524, 298, 1200, 368)]


def L(text: str, x0: float, y0: float, x1: float, y1: float) -> TextLine:
    return TextLine(text, (x0, y0, x1, y1), 0.96, 0)


WRAPPED = L("户主与", 490, 140, 664, 232)  # two lines of small print, its box over both of its cell's rulings


def card() -> list[TextLine]:
    return [
        L("常住人口登记卡", 500, 60, 820, 110),
        L("姓名", 120, 165, 200, 205),
        L("武伟", 240, 162, 330, 208),
        WRAPPED,
        L("户主", 660, 162, 740, 208),
        L("性别", 920, 165, 985, 205),
        L("男", 1020, 162, 1060, 208),
        L("民族", 120, 239, 200, 279),
        L("汉族", 240, 236, 330, 282),
        L("出生日期", 540, 239, 630, 279),
        L("1997年12月14日", 660, 236, 890, 282),
        L("公民身份证件编号", 120, 313, 500, 353),
        L(NUMBER, 540, 310, 900, 356),
    ]


def test_a_two_line_text_over_rulings_is_not_cut() -> None:
    """Before: "户" | "主与", the first character put into the name's cell."""
    assert WRAPPED in split_at_rulings(card(), CELLS)


def test_the_name_keeps_no_character_of_the_wrapped_label() -> None:
    """Before: 姓名 "武伟户" (a possible name), the label's "户" cut into the name's cell."""
    ex = extract_fields("户口簿", card(), cells={0: CELLS}, today=TODAY)
    assert [(m.get("姓名"), m.get("关系"), m.get("身份证号")) for m in ex.members] == [("武伟", "户主", NUMBER)]
