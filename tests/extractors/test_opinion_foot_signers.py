"""A unit's opinion signed at its foot by the head who answers for it and the clerk who handled it, the clerk's
role said short (负责人：… / 经办：…, as offices print it under an opinion): the head is the review (审核人), the
clerk the one who filed the archive (建档人, as 经办人 is on the form). Drawn as one ruled box holding the
opinion's title, its words, the two signers one under the other, the bracket and the date — its lines read
as one text of the cell — and as free lines with no rulings."""

from __future__ import annotations

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine, split_labelled

from .test_unseen_forms import TODAY


def _box_lines() -> list[TextLine]:
    return [
        TextLine("单位工会意见", (320, 1580, 560, 1630)),
        TextLine("属实，同意申报。", (180, 1670, 400, 1715)),
        TextLine("负责人：", (170, 1850, 280, 1890)),
        TextLine("胡娜怡", (290, 1845, 390, 1890)),
        TextLine("经办：", (170, 1925, 250, 1965)),
        TextLine("蒋佳艳", (255, 1912, 360, 1960)),
        TextLine("(公章)", (540, 1985, 630, 2035)),
        TextLine("2026.04.16", (480, 2048, 640, 2090)),
    ]


def test_short_clerk_role_is_a_label() -> None:
    assert split_labelled("经办：蒋佳艳") == [("经办人", "蒋佳艳")]
    assert split_labelled("负责人：胡娜怡经办：蒋佳艳") == [("审核人", "胡娜怡"), ("经办人", "蒋佳艳")]
    assert split_labelled("已由社保经办机构核实")[0][0] is None  # inside a sentence it is no label


def test_signers_at_the_foot_of_a_ruled_opinion_box() -> None:
    lines = [TextLine("姓名", (150, 200, 250, 250)), TextLine("周红梅", (400, 200, 520, 250)), *_box_lines()]
    cells = [(100, 180, 300, 270), (300, 180, 1700, 270), (150, 1570, 660, 2110)]
    ex = extract_fields("建档申请表", lines, cells={0: cells}, today=TODAY)
    assert ex.fields["审核人"] == "胡娜怡"
    assert ex.fields["建档人"] == "蒋佳艳"


def test_signers_without_rulings() -> None:
    ex = extract_fields("建档申请表", _box_lines(), today=TODAY)
    assert ex.fields["审核人"] == "胡娜怡"
    assert ex.fields["建档人"] == "蒋佳艳"
