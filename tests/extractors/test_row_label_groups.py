"""Row labels a printing shares out under one tall header cell, and notes printed over a signer's line.

Positioned text and ruled cells as the page readings give them (no OCR): a form's 「致困原因」 cell spans the
rows 「主要（单选）」 and 「次要（可多选）」, each with its options; a narrative's label cell stands under a label left
blank; a union's 「（盖章）」 note is printed just over its reviewer's line in one cell."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import NARRATIVE_FACTOR, extract_fields
from dangan.extractors.layout import TextLine
from dangan.schemas.normalise import fold_fullwidth

TODAY = date(2026, 6, 1)
# the ruled box of a form number near the page's corner: the grid spans an A4 page at 300 dpi
CORNER = (2200, 3300, 2400, 3380)


def test_qualifier_rows_under_a_tall_header_name_their_fields() -> None:
    lines = [
        TextLine("困难职工建档申请表", (700, 60, 1300, 120)),
        TextLine("姓名", (150, 200, 250, 250)),
        TextLine("周红梅", (400, 200, 520, 250)),
        TextLine("致困原因", (110, 320, 170, 560)),  # printed down its tall cell
        TextLine("主要（单选）", (190, 350, 400, 400)),
        TextLine("□本人大病 ☑收入低 □子女上学 □自然灾害", (430, 350, 1200, 400)),
        TextLine("次要（可多选）", (190, 470, 420, 520)),
        TextLine("☑本人大病 □收入低 ☑子女上学 □自然灾害", (430, 470, 1200, 520)),
    ]
    cells = [
        (100, 180, 300, 270), (300, 180, 1250, 270),
        (100, 300, 180, 580), (180, 300, 420, 440), (420, 300, 1250, 440), (180, 440, 420, 580), (420, 440, 1250, 580),
        CORNER,
    ]
    ex = extract_fields("建档申请表", lines, cells={0: cells}, today=TODAY)
    assert ex.fields["主要致困原因"] == "收入低"
    assert sorted(ex.fields["次要致困原因"]) == ["子女上学", "本人大病"]


def test_a_narratives_label_reads_its_own_row_under_a_blank_label() -> None:
    """The label over the account's box was left blank (备注 |     ): the text under it is the account, but the
    account is the narrative's, beside its own label, not the blank label's column's."""
    account = "家庭共1人，本人月收入1980元，家庭年收入25600元，主要困难：本人大病，特申请建档。"
    lines = [
        TextLine("困难职工建档申请表", (700, 60, 1300, 120)),
        TextLine("备注", (230, 200, 310, 250)),
        TextLine("困难情况", (110, 290, 170, 520)),
        TextLine(account, (190, 380, 1240, 430)),
        TextLine("承诺", (110, 560, 170, 660)),
        TextLine("以上情况属实，如有虚假愿承担责任。", (190, 590, 900, 640)),
    ]
    cells = [
        (100, 180, 180, 270), (180, 180, 380, 270), (380, 180, 1250, 270),
        (100, 270, 180, 540), (180, 270, 1250, 540),
        (100, 540, 180, 680), (180, 540, 1250, 680), CORNER,
    ]
    ex = extract_fields("建档申请表", lines, cells={0: cells}, today=TODAY)
    assert ex.fields["困难情况说明"] == fold_fullwidth(account)
    # a narrative of many characters comes back whole to its last mark far less often than its characters' mean
    # confidence (the OCR line's, 1.0 here) says: it is no text to trust as read (0.98), nor one to review (0.85)
    assert 0.85 <= ex.confidence["困难情况说明"] <= NARRATIVE_FACTOR < 0.98


def test_a_seal_note_over_the_reviewers_line_is_no_part_of_it() -> None:
    lines = [
        TextLine("困难职工建档申请表", (700, 60, 1300, 120)),
        TextLine("单位工会意见", (110, 200, 170, 520)),
        TextLine("情况属实，同意建档。", (200, 230, 520, 275)),
        TextLine("（盖章）", (1000, 390, 1110, 440)),
        TextLine("审核人", (200, 448, 300, 500)),
        TextLine("柳志刚", (330, 448, 450, 500)),
        TextLine("2026年3月2日", (1000, 448, 1200, 500)),
    ]
    cells = [(100, 180, 180, 540), (180, 180, 1250, 540), CORNER]
    ex = extract_fields("建档申请表", lines, cells={0: cells}, today=TODAY)
    assert ex.fields["审核人"] == "柳志刚"
