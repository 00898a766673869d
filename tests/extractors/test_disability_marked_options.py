"""A 残疾人证 that prints every category and grade and rings the holder's (视力残疾 听力残疾 … (肢体残疾) …,
一级 (二级) 三级 四级): the ringed option is the reading, a ring over a word OCR lost (the pen through 二级) marks the
one word of the printed series not read, and a list with no mark read says nothing (the card's number then
tells). Before, the first option printed was read: 视力残疾, 一级. Lines and the image's marked boxes as the
page reading gives them (a card drawn upright, one page)."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import Box, TextLine

TODAY = date(2026, 12, 1)
HOLDER = "412726199612319583"


def L(text: str, x0: float, y0: float, x1: float, y1: float, conf: float = 1.0) -> TextLine:
    return TextLine(text, (x0, y0, x1, y1), conf, 0, False)


def card(number: str | None, grade_read: tuple[str, ...] = ("一级", "三级", "四级")) -> list[TextLine]:
    grades = {"一级": (403, 472), "二级": (512, 586), "三级": (622, 701), "四级": (733, 807)}
    lines = [
        L("中华人民共和国残疾人证", 558, 314, 1040, 366),
        L("发证单位株洲市残疾人联合会", 338, 596, 756, 644),
        L("发证时间2022年11月15日", 338, 692, 710, 740),
        L("姓名", 260, 1159, 327, 1204), L("程娜敏", 394, 1154, 514, 1211),
        L("性别", 260, 1225, 329, 1270), L("女", 394, 1225, 454, 1275),
        L("民族", 260, 1291, 331, 1336), L("汉族", 394, 1289, 484, 1341),
        L("出生日期", 257, 1352, 385, 1406), L("1996年12月31日", 394, 1362, 638, 1400),
        L("身份证号", 262, 1444, 375, 1485), L(HOLDER, 403, 1444, 678, 1482),
        L("残疾类别", 262, 1519, 380, 1560),
        L("视力残疾", 401, 1519, 525, 1560), L("听力残疾", 539, 1519, 671, 1557),
        L("言语残疾", 687, 1521, 830, 1560), L("肢体残疾", 823, 1519, 957, 1557),
        L("智力残疾", 405, 1576, 525, 1617), L("精神残疾", 541, 1578, 675, 1617),
        L("多重残疾", 689, 1576, 814, 1617),
        L("残疾等级", 262, 1651, 380, 1692),
        *(L(g, grades[g][0], 1651, grades[g][1], 1694) for g in grade_read),
        L("证号", 260, 1726, 380, 1767),
    ]
    if number is not None:
        lines.append(L(number, 414, 1725, 1240, 1770, 0.85))
    return lines


DIGIT_BOXES: list[tuple[Box, bool]] = [((495.0 + 41 * k, 1723.0, 536.0 + 41 * k, 1772.0), False) for k in range(18)]
RING_GRADE_TWO: tuple[Box, bool] = ((503.0, 1642.0, 596.0, 1700.0), True)
RING_LIMBS: tuple[Box, bool] = ((815.0, 1511.0, 964.0, 1568.0), True)


def read(lines: list[TextLine], boxes: list[tuple[Box, bool]]) -> dict[str, object]:
    return extract_fields("残疾人证", lines, checkboxes={0: boxes}, today=TODAY).fields


def test_the_ringed_category_and_the_grade_whose_word_the_ring_hid() -> None:
    fields = read(card(HOLDER + "42"), [*DIGIT_BOXES, RING_GRADE_TWO, RING_LIMBS])
    assert fields["残疾类别"] == "肢体残疾" and fields["残疾等级"] == "二级"
    assert fields["残疾人证号"] == HOLDER + "42"


def test_the_rings_alone_when_the_number_was_not_read() -> None:
    fields = read(card(None), [*DIGIT_BOXES, RING_GRADE_TWO, RING_LIMBS])
    assert fields["残疾类别"] == "肢体残疾" and fields["残疾等级"] == "二级"


def test_a_ring_round_a_grade_read_whole() -> None:
    fields = read(card(None, ("一级", "二级", "三级", "四级")), [RING_GRADE_TWO, RING_LIMBS])
    assert fields["残疾等级"] == "二级"


def test_lists_with_no_mark_read_go_by_the_number() -> None:
    fields = read(card(HOLDER + "43"), DIGIT_BOXES)
    assert fields["残疾类别"] == "肢体残疾" and fields["残疾等级"] == "三级"


def test_lists_with_no_mark_and_no_number_say_nothing() -> None:
    fields = read(card(None), DIGIT_BOXES)
    assert "残疾类别" not in fields and "残疾等级" not in fields


def test_a_row_printing_one_category_is_read_as_it_stands() -> None:
    lines = [ln for ln in card(None) if ln.text not in ("听力残疾", "言语残疾", "肢体残疾", "智力残疾", "精神残疾",
                                                      "多重残疾", "三级", "四级")]
    fields = read(lines, [])
    assert fields["残疾类别"] == "视力残疾" and fields["残疾等级"] == "一级"
