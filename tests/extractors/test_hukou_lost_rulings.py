"""A 常住人口登记卡 whose inner rulings a copy lost: thin cell lines faded, the thick frame of a group of rows kept,
the page's grid finds one cell over several label/value pairs and gives their texts joined into one. Lines built
directly, as the ruled cells give them: a card of two columns of pairs (REAL-DOCUMENTS: 姓名 | 户主或与户主关系
first), its rows grouped in frames of two and of three rows; a value holding a label's word stays whole."""

from __future__ import annotations

from datetime import date

from dangan.extractors.certificates import HUKOU_LABELS, parted_cells
from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
from dangan.schemas.validators import id_check_digit

TODAY = date(2026, 6, 1)
NUMBER = (first := "64010419790312201") + id_check_digit(first)  # 男, born 1979-03-12


def L(text: str, x0: float, y0: float, x1: float, y1: float, cell: bool = False) -> TextLine:
    return TextLine(text, (x0, y0, x1, y1), 0.97, 0, cell)


def test_pairs_of_a_frame_read_joined_are_each_read() -> None:
    """Each pair of a joined text is read as its own row. Before: the pairs after a frame's first went unread
    or into the first one's value (民族 None)."""
    lines = [
        L("常住人口登记卡", 500, 80, 820, 130),
        L("姓名 马建国户主或与户主关系 户主", 100, 180, 1100, 300, cell=True),
        L("性别 男民族 回族出生日期 1979年3月12日", 100, 305, 1100, 480, cell=True),
        L("公民身份号码", 100, 500, 300, 560, cell=True),
        L(NUMBER, 305, 500, 1100, 560, cell=True),
    ]
    ex = extract_fields("户口簿", lines, today=TODAY)
    assert [{k: m.get(k) for k in ("姓名", "关系", "性别", "民族", "出生日期", "身份证号")} for m in ex.members] == [
        {"姓名": "马建国", "关系": "户主", "性别": "男", "民族": "回族", "出生日期": "1979-03-12", "身份证号": NUMBER}
    ]


def test_a_value_holding_a_labels_word_stays_whole() -> None:
    """Two labels in a cell are parted only where each holds a possible value: 服务处所 "民族中学" is no 民族."""
    kept = L("服务处所 银川市民族中学", 100, 100, 900, 160, cell=True)
    assert parted_cells([kept], HUKOU_LABELS, ("民族", "姓名")) == [kept]
    two = L("曾用名民族 回族", 100, 100, 900, 160, cell=True)
    assert [t.text for t in parted_cells([two], HUKOU_LABELS, ("民族", "姓名"))] == ["曾用名", "民族回族"]
