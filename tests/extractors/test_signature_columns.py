"""Signature blocks side by side at the foot of a form, each column's label over the name signed under it: the
name right of one column's label on its row is the next column's signer, and a label printed in brackets with
words before it (「（单位盖章+审签人签名）」) is a label alone, no value of the column before it."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine, split_labelled

TODAY = date(2026, 6, 1)


def _foot(second_label: str) -> list[TextLine]:
    return [
        TextLine("困难职工帮扶申请表", (600, 60, 1000, 110)),
        TextLine("入户调查情况", (100, 500, 320, 530)),
        TextLine("单位审核意见", (700, 500, 920, 530)),
        TextLine("上级审批意见", (1300, 500, 1520, 530)),
        TextLine("（单位盖章+审签人签名）", (700, 560, 1040, 590)),
        TextLine(second_label, (1300, 560, 1640, 590)),
        TextLine("经办人（签字）：", (100, 610, 330, 640)),
        TextLine("李强", (760, 612, 840, 645)),
        TextLine("王芳", (120, 660, 200, 692)),
        TextLine("年月日", (1450, 660, 1560, 690)),
    ]


def test_each_signer_under_their_own_label() -> None:
    ex = extract_fields("建档申请表", _foot("（盖章+审签人签名）"), today=TODAY)
    assert ex.fields["建档人"] == "王芳"
    assert ex.fields["审核人"] == "李强"


def test_label_in_brackets_after_words_of_the_bracket() -> None:
    assert split_labelled("（单位盖章+审签人签名）") == [("审核人", "")]
    assert split_labelled("（公章+审签人签字）卢艳娜") == [("审核人", "卢艳娜")]
    assert split_labelled("张三（公章+审签人签字）") == [(None, "张三"), ("审核人", "")]
