"""A 常住人口登记卡 (two label/value pairs a row) whose ruling between a value and the next pair's label a copy lost:
the grid finds the name's value cell and the next pair's label as one cell, its text "宋佳与户主关系" — a value
first, then a label (its value in the next cell, or in the same one). parted_cells parts only a cell that starts with a label, so before, the whole text was
the name's value, which is no name: the member went unnamed (every field of the row lost in the comparison).
Lines built directly, as the ruled cells give them."""

from __future__ import annotations

from datetime import date

import pytest

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
from dangan.schemas.validators import id_check_digit

TODAY = date(2026, 6, 1)
NUMBER = (first := "33018319931228410") + id_check_digit(first)  # 女, born 1993-12-28


def L(text: str, x0: float, y0: float, x1: float, y1: float, cell: bool = True) -> TextLine:
    return TextLine(text, (x0, y0, x1, y1), 0.97, 0, cell)


@pytest.mark.parametrize(
    "joined",
    [
        [L("宋佳与户主关系", 422, 330, 784, 399), L("配偶", 787, 336, 1015, 403)],
        [L("宋佳户主或与户主关系", 422, 330, 784, 399), L("配偶", 787, 336, 1015, 403)],
        [L("宋佳与户主关系配偶", 422, 330, 1015, 403)],
    ],
)
def test_a_value_cell_joined_with_the_next_pairs_label(joined: list[TextLine]) -> None:
    lines = [
        L("常住人口登记卡", 529, 256, 772, 314, cell=False),
        L("姓名", 324, 339, 378, 379, cell=False), L("曾用名", 314, 402, 388, 447, cell=False),
        *joined,
        L("性别", 663, 400, 782, 464), L("女", 785, 403, 1013, 468),
        L("出生地", 278, 458, 415, 522), L("浙江省杭州市", 418, 460, 658, 526),
        L("民族", 661, 465, 780, 530), L("汉族", 783, 468, 1012, 533),
        L("籍贯", 276, 523, 413, 587), L("浙江省杭州市", 416, 525, 656, 591),
        L("出生日期", 659, 531, 778, 594), L("1993.12.28", 781, 533, 1005, 598),
        L("公民身份证件编号", 270, 719, 408, 782), L(NUMBER, 411, 722, 1004, 794),
    ]
    ex = extract_fields("户口簿", lines, today=TODAY)
    assert [{k: m.get(k) for k in ("姓名", "关系", "性别", "身份证号")} for m in ex.members] == [
        {"姓名": "宋佳", "关系": "配偶", "性别": "女", "身份证号": NUMBER}
    ]
