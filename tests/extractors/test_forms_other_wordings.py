"""Other units' wordings of the form's questions: the union that files the form named 基层工会 (the seeds' word for
it), income per month said 月均 (as the seeds' 收入证明 says 月均工资), a date asked to the month (参加工作年月, as
出生年月), the health insurance asked as 医保参保情况, the bank's branch as its 开户网点. Built from positioned
text (no OCR) in an open arrangement: label and value on one row, the unit under the title."""

from __future__ import annotations

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
from dangan.schemas.labels import canonical_label

from .test_unseen_forms import TODAY


def _row(y: int, *texts: tuple[int, str]) -> list[TextLine]:
    return [TextLine(t, (x, y, x + 26 * len(t), y + 26)) for x, t in texts]


def test_the_wordings_name_their_fields() -> None:
    assert canonical_label("本人月均收入") == "本人月平均收入"
    assert canonical_label("参加工作年月") == "工作时间"
    assert canonical_label("医保参保情况") == "医保状况"
    assert canonical_label("医疗保险参保情况") == "医保状况"
    assert canonical_label("开户网点") == "支行名称"


def test_a_form_in_these_wordings() -> None:
    lines = [
        TextLine("困难职工建档申请表", (500, 60, 1000, 110)),
        *_row(150, (1000, "所在基层工会："), (1400, "富春街道")),
        *_row(240, (120, "姓名："), (300, "王建华"), (900, "参加工作年月："), (1300, "2009年7月")),
        *_row(310, (120, "本人月均收入："), (500, "2,350元"), (900, "医保参保情况："), (1300, "城镇职工医保")),
        *_row(380, (120, "开户银行："), (400, "中国工商银行"), (900, "开户网点："), (1200, "富阳支行")),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["单位"] == "富春街道"
    assert ex.fields["工作时间"] == "2009-07-01"
    assert ex.fields["本人月平均收入"] == 2350
    assert ex.fields["医保状况"] == "城镇职工医保"
    assert ex.fields["支行名称"] == "富阳支行"


def test_the_unions_stamp_in_an_opinion_is_no_unit() -> None:
    """「基层工会（盖章）」 over the date in the union's opinion: a place to stamp, no name written after it."""
    lines = [
        TextLine("困难职工建档申请表", (500, 60, 1000, 110)),
        *_row(240, (120, "姓名："), (300, "王建华")),
        *_row(900, (120, "基层工会意见：同意。")),
        *_row(960, (900, "基层工会（盖章）")),
        *_row(1000, (900, "2026年3月5日")),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert "单位" not in ex.fields


def test_the_contract_date_asked_without_labour() -> None:
    """The labour contract's date asked as 签订合同时间 or 合同签订时间 (劳动 left out), beside 参加工作时间 and 合同期限."""
    assert canonical_label("合同签订时间") == "劳动合同签订时间"
    for label in ("签订合同时间", "合同签订时间"):
        lines = [
            *_row(240, (120, "姓名："), (300, "郭勇"), (900, "参加工作时间："), (1300, "2009.07.01")),
            *_row(310, (120, label + "："), (500, "2024.08.13"), (900, "合同期限："), (1300, "三年")),
        ]
        ex = extract_fields("建档申请表", lines, today=TODAY)
        assert ex.fields.get("劳动合同签订时间") == "2024-08-13", label
        assert ex.fields["工作时间"] == "2009-07-01"
