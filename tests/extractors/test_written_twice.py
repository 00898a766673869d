"""A value written twice with no gap OCR could read between the two: the first attempt struck through, a
character or two of it garbled by the stroke, the second the value. Read from positioned text (no OCR)."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields, normalise_value
from dangan.extractors.layout import TextLine

TODAY = date(2026, 6, 1)


def test_an_address_written_again_right_after_the_struck_one() -> None:
    lines = [
        TextLine("困难职工家庭情况登记表", (600, 60, 1100, 110)),
        TextLine("现居住地", (120, 300, 260, 330)),
        TextLine("湖南省长沙市岳麓区麓山路12号3栋207室湖南省长沙市岳麓区麓山路12号3栋201室", (400, 300, 1500, 330)),
        TextLine("填表人：王芳", (120, 600, 400, 630)),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["家庭住址"] == "湖南省长沙市岳麓区麓山路12号3栋201室"
    assert ex.confidence["家庭住址"] < 1.0


def test_texts_that_only_look_doubled_stay_whole() -> None:
    assert normalise_value("工作单位", "长沙机床有限责任公司")[0] == "长沙机床有限责任公司"
    assert normalise_value("家庭住址", "北京市东城区北京市西城区")[0] == "北京市东城区北京市西城区"
    assert normalise_value("银行卡号", "622202622202")[0] == "622202622202"
