"""A letter whose title is printed down the page: OCR reads each character of it as a text of its own.

An old-style school letter (REAL-DOCUMENTS.md's school papers; 录取通知书 as the seeds name it) sets its title
vertically; the characters come back stacked in one column, none a word alone, and the body's words (户口簿
among what to bring) would name another paper. The column read top to bottom is the letter's heading.

Drawn here with PIL (``test_papers_general.Sheet``) in an arrangement of no generator: the title down the
left margin, the body in horizontal lines to its right, the student's row as label and value.
"""

from __future__ import annotations

from dangan.extractors.classify import vertical_runs

from .test_papers_general import Sheet, check, read


def test_a_title_printed_down_the_page_names_the_paper() -> None:
    s = Sheet()
    for i, ch in enumerate("录取通知书"):
        s.text(ch, 120, 300 + 90 * i, 64)
    s.text("考生姓名：覃海燕", 330, 320)
    s.text("你已被我校录取，请于2025年8月28日到校报到。", 330, 420)
    s.text("2025年7月20日", 1000, 600)
    s.centred("报到须知", 900)
    s.paragraph(["一、报到时请携带本人身份证、户口簿复印件。", "二、逾期两周不报到者取消入学资格。",
                 "三、家庭经济困难学生可申请资助。", "四、住宿安排见附页。"], 980)
    got = read(s, "其他")
    check(got, {"材料名称": "录取通知书", "姓名": "覃海燕"})


def test_vertical_runs_are_one_column_of_like_sized_characters() -> None:
    s = Sheet()
    for i, ch in enumerate("通知书"):
        s.text(ch, 120, 300 + 90 * i, 64)
    s.text("录", 600, 300, 64)  # another column
    s.text("取", 120, 1200, 64)  # the same column, far below: not the run's
    s.text("大", 120, 570, 30)  # half the size, right under the run: not the run's
    assert vertical_runs(s.lines) == ["通知书"]
