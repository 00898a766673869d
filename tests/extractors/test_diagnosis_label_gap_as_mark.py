"""A 诊断证明书 whose spaced label 姓　名 comes back from OCR with its gap read as a tick box ("姓☑名"): the text is
the label 姓名 and the name after it is the patient's. Before, "姓☑名" was no label and the 姓名 went unread (two
of rotation 17's certificates). Lines as OCR gives them."""

from __future__ import annotations

import pytest

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine


def L(text: str, x0: float, y0: float, x1: float, y1: float) -> TextLine:
    return TextLine(text, (x0, y0, x1, y1), 0.9, 0, False)


@pytest.mark.parametrize("label", ["姓☑名", "姓□名", "姓 ☐ 名"])
def test_the_label_s_gap_read_as_a_box(label: str) -> None:
    lines = [
        L("医", 137, 106, 200, 168),
        L("杭州市富阳区第一人民医院", 238, 91, 747, 139),
        L("住院号", 1619, 91, 1705, 138), L("1131460", 1586, 143, 1705, 187),
        L("疾病证明书", 234, 147, 403, 195),
        L(label, 135, 252, 270, 301), L("薛洁", 281, 248, 367, 301),
        L("性别", 926, 252, 1073, 301), L("女", 1061, 252, 1125, 300),
        L("年龄", 137, 332, 263, 376), L("38岁", 283, 328, 366, 376),
        L("就诊科室", 929, 332, 1052, 376), L("肾病科", 1073, 328, 1183, 378),
        L("1）尿毒症", 294, 421, 452, 469), L("诊断", 171, 456, 223, 553),
    ]
    ex = extract_fields("诊断证明", lines)
    assert ex.fields.get("姓名") == "薛洁"
    assert ex.fields.get("性别") == "女"


def test_a_name_with_a_box_before_it_is_no_label() -> None:
    """A text that is no label once its box is taken out stays as read (the name cleaning deals with it)."""
    lines = [
        L("杭州市富阳区第一人民医院", 238, 91, 747, 139), L("疾病证明书", 234, 147, 403, 195),
        L("姓名", 135, 252, 270, 301), L("☑薛洁", 281, 248, 367, 301),
    ]
    assert extract_fields("诊断证明", lines).fields.get("姓名") == "薛洁"
