"""年度必要支出 from its parts and their total: the total worded with its unit (小计（元）) on the row under the
parts, and a part worded 其他必要支出, read from positioned text (no OCR)."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine

TODAY = date(2026, 6, 1)


def _parts(y: int, other: str) -> list[TextLine]:
    return [
        TextLine("困难职工登记表", (600, 60, 1000, 110)),
        TextLine("支出情况", (120, y, 240, y + 30)),
        TextLine("医疗费用", (300, y, 420, y + 30)),
        TextLine("3000", (460, y, 540, y + 30)),
        TextLine("教育费用", (620, y, 740, y + 30)),
        TextLine("2500", (780, y, 860, y + 30)),
        TextLine(other, (940, y, 1100, y + 30)),
        TextLine("1700", (1140, y, 1220, y + 30)),
    ]


def test_total_with_its_unit_on_the_row_under_the_parts() -> None:
    lines = [
        *_parts(600, "其它开支"),  # a part of no known wording: the total, not a sum
        TextLine("小计（元)", (120, 670, 260, 700)),
        TextLine("7200", (320, 670, 400, 700)),
        TextLine("申请人签名：王强", (120, 800, 400, 830)),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["年度必要支出"] == 7200


def test_part_worded_other_necessary_expense() -> None:
    lines = [*_parts(600, "其他必要支出"), TextLine("申请人签名：王强", (120, 800, 400, 830))]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["年度必要支出"] == 7200


def test_heading_worded_necessary_spending_over_parts_named_short() -> None:
    """The heading 必要支出（元） in a cell of its own, the parts named short (医药 | 学费 | 其他) over their amounts,
    the 合计 last in the header row with the total under it: the total, not a part."""
    lines = [
        TextLine("困难职工家庭情况表", (600, 60, 1000, 110)),
        TextLine("必要支出（元）", (120, 600, 300, 630)),
        TextLine("医药", (360, 600, 420, 630)),
        TextLine("学费", (560, 600, 620, 630)),
        TextLine("其他", (760, 600, 820, 630)),
        TextLine("合计", (960, 600, 1020, 630)),
        TextLine("4100", (360, 660, 440, 690)),
        TextLine("2500", (560, 660, 640, 690)),
        TextLine("600", (760, 660, 820, 690)),
        TextLine("7200", (960, 660, 1040, 690)),
        TextLine("申请人签名：王强", (120, 800, 400, 830)),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["年度必要支出"] == 7200


def test_amount_written_as_its_parts_and_their_total() -> None:
    """The expense written out in its own cell as its parts closed by their total (医疗费…元，学费…元，合计…元):
    the total, not the first part; a lone amount stays itself."""
    lines = [
        TextLine("困难职工登记表", (600, 60, 1000, 110)),
        TextLine("姓名：王强", (120, 200, 400, 230)),
        TextLine("年度必要支出：", (120, 600, 330, 630)),
        TextLine("医药费4,100元；学费2500元，生活600元，共计：7200元。", (350, 600, 1200, 630)),
        TextLine("申请人签名：王强", (120, 800, 400, 830)),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["年度必要支出"] == 7200
    from dangan.extractors.fields import normalise_value

    assert normalise_value("年度必要支出", "4100元")[0] == 4100
