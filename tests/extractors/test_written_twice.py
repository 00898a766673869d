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


def test_a_date_written_again_right_after_the_struck_one() -> None:
    """「参加工作时间」 answered 2009年7月1日, struck through, then 2010年3月1日 beside it (or a date misread then
    written again): the one written last; a date written once stays as it is."""
    lines = [
        TextLine("困难职工家庭情况登记表", (600, 60, 1100, 110)),
        TextLine("参加工作时间", (120, 300, 300, 330)),
        TextLine("2009年7月1日2010年3月1日", (400, 300, 900, 330)),
        TextLine("出生日期", (120, 380, 260, 410)),
        TextLine("1980/13/02 1980/12/02", (400, 380, 900, 410)),
        TextLine("填表人：王芳", (120, 600, 400, 630)),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["工作时间"] == "2010-03-01"
    assert ex.fields["出生日期"] == "1980-12-02"
    assert normalise_value("工作时间", "2015.05.01") == ("2015-05-01", 1.0)


def test_a_level_written_again_after_a_struck_attempt_at_it() -> None:
    """档案类型 / 建档标准 hold a level (全总 / 省 / 市 / 县 / 基层): one written after an attempt begun with its first
    character and struck ("县城 县", "基屋基层") is that level; a level alone, or a place's name, stays as read."""
    assert normalise_value("档案类型", "县城 县")[0] == "县"
    assert normalise_value("建档标准", "基屋基层")[0] == "基层"
    assert normalise_value("档案类型", "市级")[0] == "市级"
    assert normalise_value("建档标准", "河北省")[0] == "河北省"
