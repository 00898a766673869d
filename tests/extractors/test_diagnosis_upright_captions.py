"""A hospital's 诊断证明书 whose 诊断 and 医嘱 boxes are titled in a narrow cell on their left, the title's characters
set one under another (REAL-DOCUMENTS: 诊断 free text, often several lines; 处理意见 / 建议). OCR gives such a title
as one text taller than wide ("诊断" standing) or as its characters one a text ("诊" | "断"), and either was
dropped as a margin's upright words, leaving the diagnosis unlabelled. Lines built directly, with the form's
ruled cells: the patient's row, the record's row, the two tall boxes, the signature row."""

from __future__ import annotations

import pytest

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine


def L(text: str, x0: float, y0: float, x1: float, y1: float) -> TextLine:
    return TextLine(text, (x0, y0, x1, y1), 0.97, 0, False)


CELLS = [
    (120, 330, 250, 390), (250, 330, 480, 390), (480, 330, 610, 390), (610, 330, 760, 390),
    (120, 390, 400, 450), (400, 390, 1700, 450),
    (120, 450, 240, 640), (240, 450, 1700, 640),  # 诊断 | its box
    (120, 640, 240, 800), (240, 640, 1700, 800),  # 医嘱 | its box
    (120, 800, 330, 880), (330, 800, 700, 880), (700, 800, 850, 880), (850, 800, 1200, 880),
]


def page(stacked: bool, items: list[str]) -> list[TextLine]:
    lines = [
        L("株洲市中心医院", 760, 150, 1060, 200),
        L("诊断证明书", 800, 220, 1010, 265),
        L("姓名", 160, 345, 215, 375), L("郑宁峰", 270, 345, 360, 375),
        L("性别", 520, 345, 575, 375), L("男", 630, 345, 660, 375),
        L("门诊病历号", 190, 405, 330, 435), L("MZ6025273", 410, 405, 570, 435),
    ]
    if stacked:  # one character a text, set wide apart in the tall cell
        lines += [L("诊", 160, 500, 195, 535), L("断", 160, 555, 195, 590)]
        lines += [L("医", 160, 680, 195, 715), L("嘱", 160, 735, 195, 770)]
    else:  # one standing text each
        lines += [L("诊断", 150, 480, 205, 610), L("医嘱", 150, 660, 205, 780)]
    y = 470
    for item in items:
        lines.append(L(item, 260, y, 260 + 32 * len(item), y + 32))
        y += 55
    lines += [
        L("需长期服药治疗，门诊随访。", 250, 700, 630, 730),
        L("医师签名", 180, 825, 285, 855), L("冯建华", 470, 820, 590, 860),
        L("日期", 750, 825, 800, 855), L("2025年9月3日", 870, 825, 1160, 855),
    ]
    return lines


@pytest.mark.parametrize("stacked", [True, False])
@pytest.mark.parametrize(
    ("items", "expected"),
    [(["肝硬化"], "肝硬化"), (["1.冠心病", "2.高血压病"], "冠心病；高血压病")],
)
def test_a_diagnosis_titled_top_to_bottom_is_read(stacked: bool, items: list[str], expected: str) -> None:
    """Before: no 诊断 (its title gone with the margin's upright words)."""
    ex = extract_fields("诊断证明", page(stacked, items), cells={0: CELLS})
    assert ex.fields.get("诊断") == expected
    assert ex.fields.get("姓名") == "郑宁峰"
    assert ex.fields.get("医师") == "冯建华"


def test_stacked_characters_making_no_label_stay_apart() -> None:
    from dangan.extractors.certificates import DIAGNOSIS_LABELS, upright_captions

    lines = [L("男", 160, 500, 195, 535), L("女", 160, 555, 195, 590)]
    assert upright_captions(lines, DIAGNOSIS_LABELS) == lines
