"""Option lists printed one option a line down the value's column, numbered (「（√）2．已婚」), and labels printed
with a word glossed in brackets (「确定（立卡）时间」), read from positioned text (no OCR)."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine, split_labelled, ticked_in_text

TODAY = date(2026, 6, 1)


def _stacked(label: str, options: list[str], y: int, x: int = 360) -> list[TextLine]:
    """``label`` with its options under each other, a line apart, the first on the label's row."""
    out = [TextLine(label, (120, y, 320, y + 26))]
    for k, opt in enumerate(options):
        out.append(TextLine(opt, (x, y + 48 * k, x + 24 * len(opt), y + 26 + 48 * k)))
    return out


def test_numbered_options_stacked_down_the_column() -> None:
    lines = [
        TextLine("困难职工家庭情况登记表", (600, 60, 1100, 110)),
        *_stacked("婚姻状况：", ["（ ）1.未婚", "（√）2.已婚", "（ ）3离异", "（ ）4、丧偶"], 200),
        # the next list under its own label, its first option on that label's row: none of the above
        *_stacked("是否为零就业家庭：", ["（ ）是", "（√）否"], 420),
        *_stacked("主要致困原因", ["□1.本人大病", "☑2.子女上学", "□3.收入低"], 560, x=400),
        TextLine("填表人：王芳", (120, 760, 400, 790)),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["婚姻状况"] == "已婚"
    assert ex.fields["是否为零就业家庭"] is False
    assert ex.fields["主要致困原因"] == "子女上学"


def test_number_between_mark_and_word() -> None:
    opts = ["就业创业发展", "纳入社保制度覆盖", "社会救助兜底"]
    # the tick goes to the word its bracket numbers, not to the word before the bracket
    assert ticked_in_text("（ ）1．就业创业发展（√）2．纳入社保制度覆盖（ ）3．社会救助兜底", opts) == ["纳入社保制度覆盖"]
    # none ticked: the number OCR read without its dot is no lost box
    assert ticked_in_text("（）1就业创业发展（）2纳入社保制度覆盖（）3社会救助兜底", opts) == []


def test_label_with_a_glossed_word() -> None:
    assert split_labelled("确定（立卡）时间") == [("立卡时间", "")]
    assert split_labelled("联系（手机）号码：13800001111") == [("手机号码", "13800001111")]
    assert split_labelled("户口所在（户籍）地：河北省唐山市路北区")[0][0] == "户口所在地行政区划"
    # a note in brackets before a value is no gloss
    assert split_labelled("房产（不动产）无") == [(None, "房产（不动产）无")]
    lines = [
        TextLine("立卡信息", (120, 300, 240, 330)),
        TextLine("确定（立卡）时间", (126, 546, 306, 568)),
        TextLine("2026.03.02", (570, 542, 719, 570)),
        TextLine("帮扶单位", (126, 624, 216, 646)),
        TextLine("某某工会", (558, 620, 730, 649)),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["立卡时间"] == "2026-03-02"


def test_first_option_on_the_label_line() -> None:
    """OCR reads the label and the list's first option as one line; the others stand under that option."""
    lines = [
        TextLine("困难职工家庭情况登记表", (600, 60, 1100, 110)),
        TextLine("七个行动计划：（ ）1、技能培训促就业计划", (192, 982, 700, 1030)),
        TextLine("（ ）2、创业援助计划", (415, 1037, 660, 1080)),
        TextLine("（√）3、金秋助学计划", (410, 1085, 660, 1128)),
        TextLine("（ ）4、一帮一结对计划", (407, 1133, 680, 1176)),
        TextLine("录入人：赵敏", (152, 1300, 400, 1340)),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["七个行动计划"] == "金秋助学计划"
