"""A 诊断证明书's diagnoses listed one a row, numbered 1. 2. …, on a copy whose small print lost the numbers' dots:
"1 慢性病" (a gap where the dot was) and "22型糖尿病" (item 2's number run into the diagnosis's own figure, 2型).
Before, the second row's "22" was no item number (a figure follows it), so the list stayed as read: "1 慢性病；
22型糖尿病". Lines built directly: the 诊断 row of a ruled certificate, its two rows in the cell beside the label."""

from __future__ import annotations

import pytest

from dangan.extractors.certificates import diagnosis_items
from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine


def L(text: str, x0: float, y0: float, x1: float, y1: float) -> TextLine:
    return TextLine(text, (x0, y0, x1, y1), 0.97, 0, False)


CELLS = [
    (80, 230, 160, 280), (160, 230, 330, 280),
    (80, 340, 150, 470), (150, 340, 1160, 470),
    (80, 600, 210, 650), (210, 600, 500, 650),
]


def page(first: str, second: str) -> list[TextLine]:
    return [
        L("湘潭市中心医院", 510, 110, 730, 150),
        L("疾病诊断证明书", 510, 155, 725, 200),
        L("姓名", 100, 236, 158, 276), L("马帆辉", 175, 238, 250, 276),
        L(first, 160, 354, 160 + 26 * len(first), 393),
        L("诊断", 93, 385, 133, 420),
        L(second, 161, 397, 161 + 26 * len(second), 431),
        L("医师签名", 110, 608, 200, 643), L("冯建华", 310, 605, 410, 648),
    ]


def test_a_numbered_list_whose_dots_were_lost() -> None:
    """Before: 诊断 "1 慢性病；22型糖尿病"."""
    ex = extract_fields("诊断证明", page("1 慢性病", "22型糖尿病"), cells={0: CELLS})
    assert ex.fields.get("诊断") == "慢性病；2型糖尿病"


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("1 慢性病；22型糖尿病", "慢性病；2型糖尿病"),
        ("1 慢性病；2 高血压3级", "慢性病；高血压3级"),
        ("1.冠心病；2型糖尿病", "冠心病；2型糖尿病"),  # no number on row 2: its 2 is the diagnosis's own
        ("2型糖尿病", "2型糖尿病"),
    ],
)
def test_items(text: str, items: str) -> None:
    assert diagnosis_items(text) == items
