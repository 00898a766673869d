"""Option lists whose text settles what the image leaves open, read from positioned text (no OCR): options
stacked down two columns, a question printed after another label on its line, and a ticked box the image
found between two words that the text's own glyphs place."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields, normalise_value
from dangan.extractors.layout import TextLine

TODAY = date(2026, 6, 1)


def test_options_stacked_down_two_columns() -> None:
    """The list's label alone on its row, its options two a row under it; the ticked one, whose box OCR lost,
    in the right column's last row."""
    lines = [
        TextLine("困难职工帮扶登记表", (600, 60, 1100, 110)),
        TextLine("“四个一批”帮扶措施（可多选）：", (120, 300, 560, 330)),
        TextLine("□就业创业发展", (160, 350, 380, 378)),
        TextLine("□纳入社保制度覆盖", (820, 350, 1090, 378)),
        TextLine("□纳入大病保险和医疗互助保险保障", (160, 400, 640, 428)),
        TextLine("社会救助兜底", (836, 400, 1020, 428)),
        TextLine("填表人：王芳", (120, 600, 400, 630)),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["四个一批措施"] == "社会救助兜底"


def test_question_after_another_label_on_its_line() -> None:
    """「建档人核实后确定是否为零就业家庭：□是 否」: the options are the last question's, not 建档人's."""
    lines = [
        TextLine("困难职工帮扶登记表", (600, 60, 1100, 110)),
        TextLine("*建档人核实后确定是否为零就业家庭：□是 否", (120, 300, 900, 330)),
        TextLine("填表人：王芳", (120, 600, 400, 630)),
    ]
    ex = extract_fields("建档申请表", lines, checkboxes=[((700, 303, 724, 327), False)], today=TODAY)
    assert ex.fields["是否为零就业家庭"] is False


def test_ticked_box_between_two_words_placed_by_the_texts_glyphs() -> None:
    """The image found one ticked box, between 是 and 否; the text opens the list with an empty box before 是
    and shows none before 否 (its tick not read): boxes stand before their words, the ticked one is 否's."""
    lines = [
        TextLine("困难职工帮扶登记表", (600, 60, 1100, 110)),
        TextLine("是否单亲：□是　否", (120, 300, 420, 330)),
        TextLine("填表人：王芳", (120, 600, 400, 630)),
    ]
    # the text 「是否单亲：□是　否」: 10 characters over 300 px, 30 px each; the ticked box just after 是
    ex = extract_fields("建档申请表", lines, checkboxes=[((304, 304, 326, 326), True)], today=TODAY)
    assert ex.fields["是否单亲"] is False


def test_area_code_hyphen_read_as_an_equals_sign() -> None:
    assert normalise_value("其他联系方式", "0731=82393263")[0] == "0731-82393263"
    assert normalise_value("联系电话", "0571 — 88275820")[0] == "0571-88275820"
    assert normalise_value("其他联系方式", "邮箱 a=b")[0] == "邮箱 a=b"
