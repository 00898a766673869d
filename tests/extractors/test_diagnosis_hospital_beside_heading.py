"""A 诊断证明书 headed by the hospital's name with its logo before it and the outpatient number printed at the
right of the same heading, the title (疾病证明书) under the name: more than three texts stand between the name and
the title in reading order (门诊号, the logo's 医, the number). Before, only the three texts right before the
title were looked at and the hospital went unread. Lines as OCR gives them for a 150-dpi scan."""

from __future__ import annotations

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine


def L(text: str, x0: float, y0: float, x1: float, y1: float) -> TextLine:
    return TextLine(text, (x0, y0, x1, y1), 0.99, 0, False)


def certificate(hospital: str) -> list[TextLine]:
    return [
        L(hospital, 160, 56, 160 + 29 * len(hospital), 96),
        L("门诊号", 1102, 65, 1161, 91),
        L("医", 93, 72, 136, 114),
        L("疾病证明书", 160, 101, 274, 133),
        L("MZ61580716", 1053, 100, 1161, 125),
        L("姓名", 94, 172, 183, 202), L("曹蓉颖", 193, 169, 268, 203),
        L("性别", 630, 171, 729, 203), L("女", 722, 173, 765, 201),
        L("年龄", 94, 225, 179, 255), L("46岁", 194, 226, 246, 254),
        L("就诊科室", 633, 225, 715, 255), L("消化内科", 731, 225, 830, 255),
        L("诊断", 110, 300, 150, 360), L("1）重症肌无力", 200, 285, 380, 315),
        L("医嘱", 105, 430, 150, 460), L("需长期服药治疗，门诊随访。", 200, 430, 460, 460),
        L("经治医师：殷晓梅", 75, 530, 270, 570), L("开具日期：2026-08-09", 670, 535, 880, 570),
    ]


def test_the_hospital_named_above_the_title_beside_its_logo_and_number() -> None:
    ex = extract_fields("诊断证明", certificate("唐山市工人医院"))
    assert ex.fields.get("医院名称") == "唐山市工人医院"
    assert ex.fields.get("门诊号") == "MZ61580716"


def test_a_long_name_too() -> None:
    assert extract_fields("诊断证明", certificate("中南大学湘雅医院")).fields.get("医院名称") == "中南大学湘雅医院"
