"""A note printed in brackets as a sentence in a value's box (「（请写明致困原因及家庭收支，可另附页）」) tells what to
write: it is neither a label nor the value, read from positioned text (no OCR)."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import split_labelled

TODAY = date(2026, 6, 1)
STORY = "家庭共3人，妻子下岗，女儿在读，因女儿上学开支大，生活困难。"


def test_note_names_a_label_but_pairs_none() -> None:
    assert split_labelled("（家庭主要困难情况，请如实填写）") == [(None, "（家庭主要困难情况，请如实填写）")]
    assert split_labelled("家庭主要困难情况，请如实填写）")[0][0] is None  # its opening bracket lost
    # a label printed in brackets alone still is one
    assert split_labelled("（公章+审签人签字）卢艳娜")[-1] == ("审核人", "卢艳娜")


def test_note_over_the_narrative_in_a_tall_cell() -> None:
    from dangan.extractors.layout import TextLine

    lines = [
        TextLine("困难职工帮扶申请表", (600, 60, 1100, 110)),
        TextLine("家庭主要困难情况", (108, 1388, 398, 1902), cell=True),
        TextLine("（请写明致困原因、家庭收支，可另附页）", (417, 1411, 900, 1432)),
        TextLine(STORY, (417, 1644, 1652, 1671)),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["困难情况说明"].replace(",", "，") == STORY
