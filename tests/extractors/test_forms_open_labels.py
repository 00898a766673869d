"""An application form printed without rulings, each label flush left with its colon and the value further along
the row: labels spaced out to the width of the longest (姓　　名：) that come back one character a text, a
narrative's label that says what it asks for (…困难情况简述：) with the account on the lines under it, and a
unit's own short wordings (身体状况, 卡号). Built from positioned text (no OCR), laid out as a column of labels
down the page, not in rows of several pairs."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
from dangan.schemas.labels import canonical_label
from dangan.schemas.normalise import fold_fullwidth

TODAY = date(2026, 6, 1)


def _row(y: int, *texts: tuple[int, str]) -> list[TextLine]:
    """Texts on one row at the given left edges, 26 px a character."""
    return [TextLine(t, (x, y, x + 26 * len(t), y + 26)) for x, t in texts]


def test_spaced_out_labels_read_one_character_a_text() -> None:
    lines = [
        TextLine("困难职工建档申请表", (500, 60, 1000, 110)),
        *_row(200, (120, "姓"), (200, "名"), (420, "王建华"), (900, "民"), (980, "族："), (1200, "回族")),
        *_row(270, (120, "性"), (200, "别：女"), (900, "政治面貌："), (1200, "群众")),  # the value glued on
        *_row(600, (120, "申请人签名：王建华")),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["姓名"] == "王建华"
    assert ex.fields["性别"] == "女"
    assert ex.fields["民族"] == "回族"
    assert ex.fields["政治面貌"] == "群众"


def test_a_narratives_label_that_says_what_it_asks_for() -> None:
    """「家庭主要困难情况简述：」 alone on its row, the account two lines under it: the account, not 简述."""
    account = "家庭共3人，妻子下岗失业，女儿在读，本人月收入2100元，生活困难，特申请建档。"
    lines = [
        TextLine("困难职工建档申请表", (500, 60, 1000, 110)),
        *_row(200, (120, "姓名："), (300, "王建华")),
        *_row(400, (120, "家庭主要困难情况简述：")),
        TextLine(account[:30], (130, 470, 130 + 26 * 30, 496)),
        TextLine(account[30:], (130, 502, 130 + 26 * len(account[30:]), 528)),
        *_row(600, (120, "申请人签名：王建华")),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["困难情况说明"] == fold_fullwidth(account)  # the form's texts come back folded (，→ ,)


def test_a_units_short_wordings_of_health_and_card() -> None:
    assert canonical_label("身体状况") == "健康状况"
    assert canonical_label("卡号") == "银行卡号"
    lines = [
        TextLine("困难职工建档申请表", (500, 60, 1000, 110)),
        *_row(200, (120, "姓名："), (300, "王建华")),
        *_row(270, (120, "身体状况："), (420, "健康")),
        *_row(340, (120, "开户银行："), (420, "中国农业银行")),
        *_row(410, (120, "卡号："), (420, "6228 4800 1234 5678 903")),
        *_row(600, (120, "申请人签名：王建华")),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["健康状况"] == "健康"
    assert ex.fields["银行卡号"] == "6228480012345678903"
