"""Application forms whose narrow label cells wrap their labels, and other units' wordings of the form's questions.

A unit's own Word file (REAL-DOCUMENTS.md) sets its label cells as narrow as it likes: 家庭年度总收入 then wraps over
two lines in its cell, and OCR (or a PDF's text) reads the value in the next cell on the same line as the label's
first line ("家庭年度63600" | "总收入："). The lines and cells are composed here directly, in an arrangement of the
test's own: cell widths, character widths and which labels wrap are chosen by the test.
"""

from __future__ import annotations

from dangan.extractors.fields import extract_fields, normalise_value
from dangan.extractors.layout import TextLine
from dangan.extractors.structure import split_at_rulings
from dangan.schemas.normalise import fold_fullwidth

Box = tuple[float, float, float, float]


def _wrapped(
    label1: str, value: str, label2: str, cells: tuple[Box, Box], ch: float, fig: float, right: float = 0.0
) -> list[TextLine]:
    """A label wrapped in ``cells[0]`` (``label1`` over ``label2``, ``right`` px short of the ruling or from the
    cell's left), ``value`` left-aligned in ``cells[1]`` on the first label line's height and read as one line
    with it; ideographs ``ch`` wide, figures ``fig`` wide. The label is printed smaller than the value: the
    second line's box is shorter and starts within the first's."""
    lab, val = cells
    x0 = lab[2] - right - ch * len(label1) if right else lab[0] + 6
    top = lab[1] + 8
    v0 = val[0] + 8
    first = TextLine(label1 + value, (x0, top, v0 + fig * len(value), top + ch * 1.5), 0.99)
    second = TextLine(label2, (x0, top + ch * 0.95, x0 + ch * len(label2), top + ch * 1.75), 0.99)
    return [first, second]


def _elsewhere(y: float) -> list[TextLine]:
    """Other rows of the form, printed in the larger size of its one-line labels (26 px an ideograph)."""
    texts = ["申请人姓名：周丽萍", "联系电话：", "家庭住址：衡阳市石鼓区"]
    return [TextLine(t, (40, y + 50 * i, 40 + 26 * len(t), y + 36 + 50 * i), 0.99) for i, t in enumerate(texts)]


def test_a_wrapped_labels_second_line_is_below_not_beside() -> None:
    """家庭年度63600 | 总收入： — the second line's box overlaps the first (made tall by the figures) but stands
    under it: the first is cut at the ruling, not taken for an OCR box overshooting it."""
    lab, val = (100.0, 300.0, 230.0, 370.0), (234.0, 300.0, 460.0, 370.0)
    lines = _wrapped("家庭年度", "63600", "总收入：", (lab, val), 24.0, 13.0)
    got = {ln.text for ln in split_at_rulings(lines, [lab, val])}
    assert {"家庭年度", "63600", "总收入："} <= got
    ex = extract_fields("建档申请表", lines, cells={0: [lab, val]})
    assert ex.fields.get("家庭年度总收入") == 63600


def test_figures_printed_nearly_as_wide_as_ideographs_are_cut_at_their_ruling() -> None:
    """A font whose figures are 0.85 of an ideograph wide: at the half width assumed, the six ideographs of
    家庭其他非薪 seemed to run past the ruling and the line was left whole; a figure width from half to a whole
    ideograph puts the cut on it."""
    lab, val = (40.0, 500.0, 190.0, 570.0), (194.0, 500.0, 420.0, 570.0)
    lines = [*_wrapped("家庭其他非薪", "2400", "资年收入：", (lab, val), 20.0, 17.0, right=4.0), *_elsewhere(700)]
    got = {ln.text for ln in split_at_rulings(lines, [lab, val])}
    assert {"家庭其他非薪", "2400"} <= got
    ex = extract_fields("建档申请表", lines, cells={0: [lab, val]})
    assert ex.fields.get("家庭其他非薪资年收入") == 2400


def test_other_units_wordings_of_the_forms_questions() -> None:
    """所在单位 (the seeds' word for one's employer), 在岗状态, 家庭年总收入 and 是否享受低保, written as lines of
    label and value on an unruled sheet."""
    rows = [
        "申请人姓名：周丽萍  所在单位：衡阳市第三纺织厂",
        "在岗状态：在岗  家庭年总收入：45600元",
        "是否享受低保：有低保（√）无低保（）",
    ]
    lines = [TextLine(t, (80, 100 + 60 * i, 80 + 30 * len(t), 140 + 60 * i), 0.99) for i, t in enumerate(rows)]
    ex = extract_fields("建档申请表", lines)
    assert ex.fields.get("工作单位") == "衡阳市第三纺织厂"
    assert ex.fields.get("工作状态") == "在岗"
    assert ex.fields.get("家庭年度总收入") == 45600
    assert ex.fields.get("有无低保") is True


def test_a_signature_followed_by_its_seal_note_and_a_date_in_words() -> None:
    """建档人（签名）：刘建国 with （盖章） and the date in words written on after it in the same cell."""
    assert normalise_value("建档人", "刘建国（盖章）二〇二五年十二月三日")[0] == "刘建国"
    assert normalise_value("审核人", "何芳 二O二六年一月八日")[0] == "何芳"
    assert normalise_value("建档人", "杜伟刚（盖章）二二五年十一月二十一日")[0] == "杜伟刚"  # 〇 lost
    line = TextLine("建档人（签名）：刘建国（盖章）二〇二五年十二月三日", (60, 900, 700, 950), 0.97)
    assert extract_fields("建档申请表", [line]).fields.get("建档人") == "刘建国"


def test_the_person_category_answers_whether_a_migrant_worker() -> None:
    """人员类别 answered 农民工 or 职工 (the seeds' 困难职工 / 困难农民工 asked as the person's category)."""
    for answer, want in (("农民工", True), ("职工", False)):
        lines = [
            TextLine("姓名：黄志强", (60, 100, 260, 140), 0.99),
            TextLine(f"人员类别：{answer}", (600, 100, 600 + 30 * (5 + len(answer)), 140), 0.99),
        ]
        assert extract_fields("建档申请表", lines).fields.get("是否农民工") is want


def test_a_remarks_opening_bracket_read_as_a_title_mark() -> None:
    """家庭主要困难情况《可另附页）: OCR reads the remark's opening bracket as 《; the account written under the
    label is the narrative, not the remark."""
    text = "丈夫常年卧病，本人月收入1800元，女儿在读，家庭收入低，特申请建档。"
    lines = [
        TextLine("家庭主要困难情况《可另附页）", (70, 700, 420, 735), 0.97),
        TextLine(text, (80, 770, 80 + 30 * len(text), 805), 0.98),
    ]
    ex = extract_fields("建档申请表", lines)
    assert ex.fields.get("困难情况说明") == fold_fullwidth(text)


def test_a_wrapped_labels_first_line_run_on_into_a_word_answer() -> None:
    """是否有一定自救是 | 能力： — the answer is an ideograph like the label's, no figure to cut at: the cut falls
    where the beginning of a printed label ends and the next character takes it no further."""
    lab, val = (40.0, 880.0, 230.0, 950.0), (234.0, 880.0, 430.0, 950.0)
    lines = _wrapped("是否有一定自救", "是", "能力：", (lab, val), 24.0, 24.0, right=4.0)
    got = {ln.text for ln in split_at_rulings(lines, [lab, val])}
    assert {"是否有一定自救", "是"} <= got
    ex = extract_fields("建档申请表", lines, cells={0: [lab, val]})
    assert ex.fields.get("是否有一定自救能力") is True


def test_a_bracket_tick_in_a_one_line_cell_read_as_two_lines() -> None:
    """A ruled cell one line high holding 有无低保：有低保（√） and 无低保（） as two OCR lines, and the brackets round the
    tick found in the image as a ticked box (between the two words): the bracket binds the tick to the word it
    follows, read from the cell's text."""
    cell = (80.0, 400.0, 1100.0, 460.0)
    lines = [
        TextLine("有无低保：有低保（√）", (90, 410, 470, 450), 0.98),
        TextLine("无低保（）", (520, 410, 690, 450), 0.98),
    ]
    ex = extract_fields("建档申请表", lines, cells={0: [cell]}, checkboxes=[((428.0, 412.0, 466.0, 448.0), True)])
    assert ex.fields.get("有无低保") is True


def test_an_amounts_point_read_twice() -> None:
    """家庭月人均收入（元）：1266..25 — OCR reads the decimal point twice: one point."""
    line = TextLine("家庭月人均收入（元）：1266..25", (620, 420, 1150, 470), 0.97)
    assert extract_fields("建档申请表", [line]).fields.get("家庭月人均收入") == 1266.25
    assert normalise_value("本人月平均收入", "2350..50元")[0] == 2350.5
