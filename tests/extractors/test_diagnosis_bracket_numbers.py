"""A 诊断证明书's diagnoses numbered with a closing bracket alone ("1）慢性病" | "2）高血压病2级"), as hospital systems
print a list as often as with "1." or "（1）". Before, the bracket number was no item number: the diagnosis read
"1）慢性病；2）高血压病2级". Lines built directly: the 诊断 row of a ruled certificate, two rows in the cell beside
the label."""

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


def page(*items: str) -> list[TextLine]:
    rows = [L(t, 160, 350 + 40 * k, 160 + 26 * len(t), 385 + 40 * k) for k, t in enumerate(items)]
    return [
        L("中南大学湘雅医院", 510, 110, 730, 150),
        L("疾病证明书", 510, 155, 725, 200),
        L("姓名", 100, 236, 158, 276), L("龙雪梅", 175, 238, 250, 276),
        L("诊断", 93, 385, 133, 420),
        *rows,
        L("医师签名", 110, 608, 200, 643), L("覃志华", 310, 605, 410, 648),
    ]


@pytest.mark.parametrize(
    ("rows", "diagnosis"),
    [
        (("1）慢性病", "2）高血压病2级"), "慢性病；高血压病2级"),
        (("1)腰椎间盘突出症", "2)贫血", "3)2型糖尿病"), "腰椎间盘突出症；贫血；2型糖尿病"),
        (("1）慢性病",), "慢性病"),
    ],
)
def test_rows_numbered_with_a_closing_bracket(rows: tuple[str, ...], diagnosis: str) -> None:
    ex = extract_fields("诊断证明", page(*rows), cells={0: CELLS})
    assert ex.fields.get("诊断") == diagnosis


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("1）慢性病；2）高血压病2级", "慢性病；高血压病2级"),
        ("1) 冠心病 2) 高血压病3级", "冠心病；高血压病3级"),
        ("1）慢性病", "慢性病"),
        ("1）慢性病；2高血压病2级", "慢性病；高血压病2级"),  # item 2's bracket lost to the copy
        ("2型糖尿病（2）级", "2型糖尿病（2）级"),  # a bracket inside the diagnosis is no number
    ],
)
def test_items(text: str, items: str) -> None:
    assert diagnosis_items(text) == items
