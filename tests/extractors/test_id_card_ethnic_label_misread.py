"""A 居民身份证's 民族 label read with one of its two characters wrong (族 → 旅), its own text on the sex's row
("性别" | "男" | "民旅苗"): the group after it was lost — the reader took "民" for the label with 族 lost and "旅苗"
for the group. Lines built directly: a card's front face, letter-spaced labels read as OCR reads them."""

from __future__ import annotations

from datetime import date

import pytest

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine

TODAY = date(2026, 6, 1)


def L(text: str, x0: float, y0: float, x1: float, y1: float) -> TextLine:
    return TextLine(text, (x0, y0, x1, y1), 0.97, 0, False)


def front(ethnic_text: str, with_sex_label: bool = True) -> list[TextLine]:
    lines = [
        L("姓名方涛伟", 161, 152, 350, 200),
        L("男", 248, 215, 281, 246),
        L(ethnic_text, 314, 211, 441, 249),
        L("出生", 161, 268, 234, 299),
        L("2001年11月10日", 245, 264, 432, 305),
        L("住址", 161, 325, 233, 355),
        L("浙江省杭州市富阳区富春街", 248, 323, 522, 360),
        L("道桂花路172号4幢3单元103室", 249, 357, 560, 390),
        L("公民身份号码", 161, 470, 295, 503),
        L("330183200111109391", 326, 472, 573, 503),
    ]
    if with_sex_label:
        lines.append(L("性别", 161, 212, 237, 247))
    return lines


@pytest.mark.parametrize("with_sex_label", [True, False])
@pytest.mark.parametrize(("text", "group"), [("民旅苗", "苗"), ("民旅土家族", "土家")])
def test_a_misread_ethnic_label_keeps_its_group(text: str, group: str, with_sex_label: bool) -> None:
    """Before: no 民族."""
    ex = extract_fields("身份证", front(text, with_sex_label), today=TODAY)
    assert ex.fields.get("民族") == group
    assert ex.fields.get("性别") == "男"


def test_the_label_with_its_last_character_lost_still_reads() -> None:
    ex = extract_fields("身份证", front("民汉"), today=TODAY)
    assert ex.fields.get("民族") == "汉"
