"""Two yes/no questions in ruled cells side by side, each printed as what it asks about with its answers after
it in the same cell (「零就业家庭：是（ ） 否（√）」 | 「有一定自救能力 是（√） 否（ ）」). OCR gives the first cell's
question and answers as two texts and the second's as one, its colon not printed: the first question's answers
ran on into the second cell's (two marks: no answer), and the second question, a label only as a cell's whole
text, was no label with its answers glued to it. A ruled cell holding a question and its answers is whole; a
question opening its cell with its answers right after it is their label. Pages drawn here (PIL + a CJK font,
cells found by ``detect_grid``), an arrangement of their own; the OCR lines are placed where the drawing put the
text."""

from __future__ import annotations

from dangan.extractors.fields import extract_fields

from .test_structure import TODAY, Page


def test_questions_in_cells_side_by_side() -> None:
    page = Page()
    page.row([300, 400, 300, 410], ["姓名", "林东强", "性别", "男"])
    cells = page.row([600, 810], ["", ""], height=80)
    cy = (cells[0][1] + cells[0][3]) / 2
    page.text("零就业家庭：", cells[0][0] + 10, cy)
    page.text("是（ ） 否（√）", cells[0][0] + 260, cy)
    page.text("有一定自救能力是（√） 否（ ）", cells[1][0] + 10, cy)
    f = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY).fields
    assert f["是否为零就业家庭"] is False
    assert f["是否有一定自救能力"] is True


def test_question_words_inside_a_sentence_stay_words() -> None:
    page = Page()
    page.row([260, 1150], ["家庭困难情况", "属零就业家庭是否纳入低保待定，生活困难。"], height=90)
    f = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY).fields
    assert "是否为零就业家庭" not in f
