"""A 诊断证明 printed from a hospital's system as a sentence ("患者…，性别…，年龄…岁，住院号…，于…在我院…科就诊。"),
its 诊断意见 numbered in words (一、 二、), signed by the 医师 and, beside, the 科室负责人, dated at the foot.

Before: the diagnoses kept their numbers ("一、肝硬化；二、骨质疏松症"); 科别 was the department head's name read
after "科室" ("负责人乔卫东"); 出具日期 was missing — the sentence's day of the visit, taken first by the pairing of
dates, was dropped as the visit's only after the foot's unlabelled date had been looked for. Lines built
directly, as OCR gives them for such a page."""

from __future__ import annotations

import pytest

from dangan.extractors.certificates import diagnosis_items
from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine


def L(text: str, x0: float, y0: float, x1: float, y1: float) -> TextLine:
    return TextLine(text, (x0, y0, x1, y1), 0.97, 0, False)


def page(items: list[str], head: str = "科室负责人乔卫东") -> list[TextLine]:
    lines = [
        L("浙江大学医学院附属第一医院", 520, 165, 1136, 217),
        L("诊断证明", 701, 313, 953, 382),
        L("No:25643339", 1313, 402, 1485, 434),
        L("患者邵燕玉，性别女，年龄35岁，住院号ZY865177，于2025年12月2日在我院", 231, 498, 1364, 544),
        L("内分泌科就诊。", 173, 576, 390, 621),
        L("诊断意见:", 164, 688, 316, 736),
    ]
    for i, item in enumerate(items):
        lines.append(L(item, 204, 788 + 62 * i, 204 + 33 * len(item), 836 + 62 * i))
    return [
        *lines,
        L("处理意见：", 166, 1026, 321, 1074),
        L("建议住院进一步治疗。", 343, 1042, 627, 1088),
        L("特此证明。", 227, 1152, 376, 1199),
        L("医师：芦国栋", 159, 1313, 471, 1373),
        L(head, 732, 1313, 1036, 1371),
        L("(医院盖章)", 993, 1375, 1125, 1414),
        L("2025年12月6日", 1275, 1451, 1485, 1496),
        L("网", 1333, 1435, 1367, 1467),  # the seal's star, and its words, over the date
        L("诊断证明专用章", 1157, 1456, 1360, 1533),
        L("说明：1.本证明涂改无效；2.未加盖医院印章无效；3.仅供病情证明使用。", 171, 2141, 908, 2177),
    ]


def test_items_numbered_in_words() -> None:
    ex = extract_fields("诊断证明", page(["一、肝硬化", "二、骨质疏松症"]))
    assert ex.fields.get("诊断") == "肝硬化；骨质疏松症"


@pytest.mark.parametrize("head", ["科室负责人乔卫东", "科室负责人：单凤英", "科室主任：单凤英"])
def test_department_is_the_sentences_not_the_head_signing(head: str) -> None:
    ex = extract_fields("诊断证明", page(["一、肝硬化"], head))
    assert ex.fields.get("科别") == "内分泌科"
    assert ex.fields.get("医师") == "芦国栋"


def test_date_of_issue_is_the_foots_not_the_visits() -> None:
    ex = extract_fields("诊断证明", page(["一、肝硬化"]))
    assert ex.fields.get("出具日期") == "2025-12-06"


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("一、冠心病；二、高血压3级；三、2型糖尿病", "冠心病；高血压3级；2型糖尿病"),
        ("一、重症肌无力", "重症肌无力"),
        ("一．冠心病 二．慢性胃炎", "冠心病；慢性胃炎"),
        ("一氧化碳中毒后遗症", "一氧化碳中毒后遗症"),  # a diagnosis starting with 一: no number without its mark
        ("1.冠心病 2.高血压病3级 3.2型糖尿病", "冠心病；高血压病3级；2型糖尿病"),
    ],
)
def test_items(text: str, items: str) -> None:
    assert diagnosis_items(text) == items
