"""Values written far along a long blank without a colon before it, fields titled by a section heading, and
option lists printed under their label rather than beside it, read from positioned text (no OCR)."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine

TODAY = date(2026, 6, 1)


def test_value_centred_on_a_long_blank_without_colon() -> None:
    lines = [
        TextLine("困难职工登记表", (600, 60, 1000, 110)),
        TextLine("家庭住址", (120, 300, 220, 324)),
        TextLine("河北省保定市竞秀区东风路12号", (900, 296, 1300, 322)),
        TextLine("开户银行", (120, 380, 220, 404)),
        TextLine("中国农业银行", (520, 376, 700, 402)),
        TextLine("银行卡号", (800, 380, 900, 404)),
        TextLine("6228480402564890018", (1400, 376, 1700, 402)),
        # a blank field: the next text of its band is the next label, no value of it
        TextLine("医保状况", (120, 460, 220, 484)),
        TextLine("住房类型", (900, 460, 1000, 484)),
        TextLine("自有住房", (1500, 456, 1620, 482)),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["家庭住址"] == "河北省保定市竞秀区东风路12号"
    assert ex.fields["银行卡号"] == "6228480402564890018"
    assert ex.fields["住房类型"] == "自有住房"
    assert ex.fields.get("医保状况") is None


def test_fields_titled_by_section_headings_and_options_under_labels() -> None:
    story = "家庭共3人，妻子下岗，女儿在读，因女儿上学开支大，生活困难。"
    lines = [
        TextLine("职工困难情况登记表", (600, 60, 1000, 110)),
        TextLine("二、困难原因", (120, 200, 300, 228)),
        # the options half a line lower than their label
        TextLine("主要致困原因", (120, 280, 280, 304)),
        TextLine("□本人大病", (340, 296, 460, 320)),
        TextLine("☑子女上学", (490, 296, 610, 320)),
        TextLine("□收入低", (640, 296, 740, 320)),
        TextLine("三、困难情况说明", (120, 400, 340, 428)),
        TextLine(story[:20], (140, 520, 900, 548)),
        TextLine(story[20:], (140, 556, 500, 584)),
        TextLine("四、困难类别（由市总工会认定）", (120, 700, 560, 728)),
        TextLine("□持证困难户", (130, 780, 280, 806)),
        TextLine("☑低保边缘户", (320, 780, 470, 806)),
        TextLine("□临时困难户", (510, 780, 660, 806)),
        TextLine("申请人签名：李华", (120, 900, 420, 930)),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["主要致困原因"] == "子女上学"
    assert ex.fields["困难情况说明"].replace(",", "，") == story
    assert ex.fields["困难类别"] == "低保边缘户"


def test_skewed_narrative_under_its_heading_read_in_order() -> None:
    """A photographed page: the short last line of the narrative is read as overlapping the long first one."""
    story = "本人因病长期休养，收入微薄，配偶无业，儿子在读，医药费和学费负担重，特申请帮扶。"
    lines = [
        TextLine("困难职工帮扶申请书", (600, 60, 1000, 110)),
        TextLine("四、困难情况说明", (78, 1299, 241, 1333)),
        TextLine(story[:36], (88, 1388, 1149, 1420)),
        TextLine(story[36:], (79, 1406, 332, 1444)),
        TextLine("五、审核意见", (78, 1600, 241, 1633)),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["困难情况说明"].replace(",", "，") == story
