"""Units' wordings of the household questions by what they ask in the unit's own words: the card's number as
the account's (账号), the phone as the way to reach one (联系方式), the employer's state as how it is doing
(单位经营状况), the other income as what is not wages (其中：非工资收入 under the year's total), the category as
the 困难职工's (困难职工类别). Built from positioned text (no OCR): each label in its cell, its value in the next."""

from __future__ import annotations

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
from dangan.schemas.labels import canonical_label

from .test_unseen_forms import TODAY


def _row(y: int, *texts: tuple[int, str]) -> list[TextLine]:
    return [TextLine(t, (x, y, x + 26 * len(t), y + 26)) for x, t in texts]


def test_the_wordings_name_their_fields() -> None:
    assert canonical_label("账号") == "银行卡号"
    assert canonical_label("联系方式") == "手机号码"
    assert canonical_label("单位经营状况") == "企业状况"
    assert canonical_label("非工资收入（元）") is None  # the unit's note is the reader's to take off
    assert canonical_label("非工资收入") == "家庭其他非薪资年收入"
    assert canonical_label("困难职工类别") == "困难类别"


def test_a_form_in_these_wordings() -> None:
    lines = [
        TextLine("困难职工建档申请表", (500, 60, 1000, 110)),
        *_row(240, (120, "姓名"), (300, "王建华"), (600, "性别"), (700, "男"), (900, "民族"), (1000, "汉族")),
        *_row(310, (120, "联系方式"), (400, "13812345678"), (900, "单位经营状况"), (1300, "改制")),
        *_row(380, (120, "家庭年总收入（元）"), (620, "28,800.00"), (900, "其中：非工资收入（元）"), (1500, "6,000.00")),
        *_row(450, (120, "开户银行"), (300, "交通银行"), (600, "网点"), (700, "杭州富春支行"), (1000, "账号"),
              (1100, "6222622965053336539")),
        *_row(520, (120, "困难职工类别"), (500, "全国级 √地市级")),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["姓名"] == "王建华"
    assert ex.fields["手机号码"] == "13812345678"
    assert ex.fields["企业状况"] == "改制"
    assert ex.fields["家庭年度总收入"] == 28800
    assert ex.fields["家庭其他非薪资年收入"] == 6000
    assert ex.fields["支行名称"] == "杭州富春支行"
    assert ex.fields["银行卡号"] == "6222622965053336539"
    assert ex.fields["困难类别"] == "地市级"
