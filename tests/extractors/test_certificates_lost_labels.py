"""A 身份证 copy whose grey labels OCR lost: the 民族 label read without its 族 ("女民回"), the 出生 and 住址
labels lost altogether. The card's own order tells what is where: the group follows the sex; the address is
the rows of places right above the number's row, in the values' column. Lines built directly, a second-
generation card's front (its address two rows, the number glued to its label), a bank card copied beside it."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
from dangan.schemas.validators import id_check_digit

TODAY = date(2026, 6, 1)
NUMBER = (first := "64010419880723102") + id_check_digit(first)  # 女, born 1988-07-23


def L(text: str, x0: float, y0: float, x1: float, y1: float) -> TextLine:
    return TextLine(text, (x0, y0, x1, y1), 0.97, 0)


def _front(gender: str, born: list[TextLine], address: list[TextLine]) -> list[TextLine]:
    return [
        L("姓名", 120, 100, 200, 140),
        L("马晓燕", 230, 98, 360, 142),
        L("性别", 120, 170, 200, 210),
        L(gender, 230, 168, 420, 212),
        *born,
        *address,
        L("公民身份号码" + NUMBER, 120, 470, 840, 510),
        # a bank card copied on the same sheet, level with the card's rows
        L("中国工商银行", 1000, 160, 1260, 200),
        L("6222 0212 3456 7890", 1000, 330, 1400, 370),
    ]


def test_the_group_after_a_label_that_lost_its_last_character() -> None:
    lines = _front("女民回", [L("出生", 120, 240, 200, 280), L("1988年7月23日", 230, 238, 520, 282)],
                   [L("住址", 120, 310, 200, 350), L("宁夏回族自治区银川市兴庆区", 230, 308, 700, 352),
                    L("解放东街12号", 230, 360, 480, 400)])
    f = extract_fields("身份证", lines, today=TODAY).fields
    assert f["性别"] == "女" and f["民族"] == "回"


def test_the_address_above_the_number_when_its_label_and_the_born_label_are_lost() -> None:
    lines = _front("女民族回", [L("1988年7月23日", 230, 238, 520, 282)],
                   [L("宁夏回族自治区银川市兴庆区", 230, 308, 700, 352), L("解放东街12号", 230, 360, 480, 400)])
    f = extract_fields("身份证", lines, today=TODAY).fields
    assert f["住址"] == "宁夏回族自治区银川市兴庆区解放东街12号"
    assert f["身份证号"] == NUMBER and f["出生日期"] == "1988-07-23"


def test_the_address_read_with_its_label_wraps_under_the_value() -> None:
    """The 住址 label and the address's first row read as one text ("住址宁夏回族…"): the rows the card wrapped it
    onto start under the value, left of the glued text's middle, and are the address too. Before: the first
    row only."""
    lines = _front("女", [L("出生", 120, 240, 200, 280), L("1988年7月23日", 230, 238, 520, 282)],
                   [L("住址宁夏回族自治区银川市", 120, 308, 620, 352), L("兴庆区解放东街", 230, 358, 540, 398),
                    L("12号3单元", 230, 404, 420, 444)])
    f = extract_fields("身份证", lines, today=TODAY).fields
    assert f["住址"] == "宁夏回族自治区银川市兴庆区解放东街12号3单元"
