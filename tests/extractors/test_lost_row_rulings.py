"""A table of labels down one column and values down the next whose thin row rulings a copy lost in part.

REAL-DOCUMENTS: the 常住人口登记卡 rules its rows with hairlines; on a photocopy (or a copy of a copy) some of
them fade, so the page's grid finds one cell over several rows of a column, and the values of those rows were
read as one text ("汉族湖南省长沙市1984年11月21日4301…": 民族 lost, the name run on into the relation). The
tests draw the card (labels right-aligned against the column rule, each row's value beside its label) with
PIL, rule some rows in the labels column only and none in the values column, find the grid with
``detect_grid`` and read the OCR lines where the drawing put the text. A label wrapped over two lines beside a
value wrapped over two lines (家庭 / 住址 beside an address) stays one label and one value. A labels cell over
two rows beside values ruled apart (the rule faded across the labels column only) holds two labels.
"""

from __future__ import annotations

from datetime import date

from PIL import Image, ImageDraw

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine, lines_from_cells
from dangan.extractors.preprocess import detect_grid
from dangan.schemas.validators import id_check_digit

from .conftest import cjk_font, to_bgr

TODAY = date(2026, 6, 1)
FONT = 30
NUMBER = (first := "43010219840211185") + id_check_digit(first)  # 男, born 1984-02-11
CARD = [
    ("姓名", "贺勇"),
    ("户主或与户主关系", "户主"),
    ("曾用名", ""),
    ("性别", "男"),
    ("出生地", "湖南省长沙市"),
    ("民族", "土家族"),
    ("籍贯", "湖南省长沙市"),
    ("出生日期", "1984年2月11日"),
    ("公民身份证件编号", NUMBER),
    ("宗教信仰", ""),
    ("婚姻状况", "已婚"),
]


def _card(
    ruled_labels: set[int], ruled_values: frozenset[int] = frozenset()
) -> tuple[list[TextLine], list[tuple[int, int, int, int]]]:
    """The card drawn at 200 dpi: the frame and the column rule, a row rule across the labels column under
    the rows ``ruled_labels`` names and across the values column under those ``ruled_values`` names (the
    others faded); the lines OCR gives and the cells the grid finds."""
    im = Image.new("RGB", (1654, 2339), "white")
    draw = ImageDraw.Draw(im)
    font = cjk_font(FONT)
    x0, rule, x1, top, rh = 200, 560, 1300, 300, 62
    lines: list[TextLine] = []

    def put(text: str, x: float, cy: float, anchor: str) -> None:
        draw.text((x, cy), text, font=font, fill="black", anchor=anchor)
        a, b, c, d = draw.textbbox((x, cy), text, font=font, anchor=anchor)
        lines.append(TextLine(text, (a - 3, b - 4, c + 3, d + 4), 0.97))

    for i, (label, value) in enumerate(CARD):
        cy = top + i * rh + rh / 2
        put(label, rule - 8, cy, "rm")
        if value:
            put(value, rule + 10, cy, "lm")
        if i in ruled_labels:
            draw.line((x0, top + (i + 1) * rh, rule, top + (i + 1) * rh), fill="black", width=2)
        if i in ruled_values:
            draw.line((rule, top + (i + 1) * rh, x1, top + (i + 1) * rh), fill="black", width=2)
    bottom = top + len(CARD) * rh
    draw.rectangle((x0, top, x1, bottom), outline="black", width=4)
    draw.line((rule, top, rule, bottom), fill="black", width=3)
    return lines, [c.box for c in detect_grid(to_bgr(im)).cells]


def _member(ruled_labels: set[int], ruled_values: frozenset[int] = frozenset()) -> dict[str, object]:
    lines, cells = _card(ruled_labels, ruled_values)
    ex = extract_fields("户口簿", lines, cells={0: cells}, today=TODAY)
    assert len(ex.members) == 1
    return {k: ex.members[0].get(k) for k in ("姓名", "关系", "性别", "民族", "出生日期", "身份证号")}


WANTED = {"姓名": "贺勇", "关系": "户主", "性别": "男", "民族": "土家族", "出生日期": "1984-02-11", "身份证号": NUMBER}


def test_values_column_found_as_one_cell_beside_ruled_labels() -> None:
    """Every label in a cell of its own, the values column one tall cell: each value is its own row's.
    Before: the values were read as one text and the card gave no 民族, the name run on into the relation."""
    assert _member(set(range(len(CARD)))) == WANTED


def test_both_columns_found_as_cells_over_several_rows() -> None:
    """The labels column's rules faded in places too (cells of two and of four labels): each label still
    reads its own row's value."""
    assert _member({1, 5, 9}) == WANTED


def test_labels_cell_over_two_rows_beside_values_ruled_apart() -> None:
    """The rule under 户主或与户主关系 faded across the labels column only: its cell holds 曾用名 (no value) as
    well, the values column is ruled between 户主 and the blank under it. Before: the two labels were read as
    one label with 曾用名 its value, and the card gave no 关系."""
    every = set(range(len(CARD)))
    assert _member(every - {1}, frozenset(every)) == WANTED


def test_a_label_wrapped_beside_a_value_wrapped_stays_one_field() -> None:
    """家庭 over 住址 in the label's cell, the address over two lines in the value's: one label, one value."""
    h = 40
    lines = [
        TextLine("家庭", (100, 100, 180, 100 + h), 0.97),
        TextLine("住址", (100, 146, 180, 146 + h), 0.97),
        TextLine("湖南省长沙市芙蓉区五一大道146号1幢", (210, 100, 900, 100 + h), 0.97),
        TextLine("5单元401室", (210, 146, 420, 146 + h), 0.97),
    ]
    cells = [(90, 90, 200, 200), (200, 90, 920, 200)]
    assert sorted(t.text for t in lines_from_cells(lines, cells)) == [
        "家庭住址",
        "湖南省长沙市芙蓉区五一大道146号1幢5单元401室",
    ]


def test_a_caption_set_one_character_a_row_beside_ruled_rows_stays_one() -> None:
    """家 / 庭 / 成 / 员 down a side cell beside the member rows, each character level with a ruled row: one title."""
    lines = [TextLine(ch, (110, 110 + 70 * i, 150, 150 + 70 * i), 0.97) for i, ch in enumerate("家庭成员")]
    cells = [(100, 100, 160, 380), *((160, 100 + 70 * i, 900, 170 + 70 * i) for i in range(4))]
    assert [t.text for t in lines_from_cells(lines, cells)] == ["家庭成员"]
