"""A union's opinion cell holding fields one under the other (a choice of level, the signers), the number of
the archive glued to its label at the form's head, option lists whose ticked box was lost by the image search
(OCR dropping every box glyph) or whose word begins with a character shaped like a box, and answers in
brackets stacked over two lines in a row of two questions (issue 8). Pages are drawn here (PIL + a CJK font,
cells found by ``detect_grid``) in arrangements of their own; the OCR lines are placed where the drawing put the
text, with the faults OCR makes on them."""

from __future__ import annotations

from dangan.extractors.fields import extract_fields, normalise_value
from dangan.extractors.layout import TextLine, bracket_ticked

from .test_structure import TODAY, Page

Boxes = list[tuple[tuple[float, float, float, float], bool]]


def _extract(page: Page, boxes: Boxes | None = None) -> dict[str, object]:
    return extract_fields("建档申请表", page.lines, checkboxes=boxes, cells={0: page.cells()}, today=TODAY).fields


def test_an_opinion_cell_holding_a_choice_and_its_signers() -> None:
    """The signers and the level chosen, one row each under the opinion's words in one tall cell, in an order of
    their own: a signer's colon read as a dot, another signer's name glued to the label, the unit's seal note
    far right on a signer's row. Merged into one text each label read the rows after it as its value."""
    page = Page()
    page.text("档案号HX2025017", 1250, page.y - 40)  # colon never printed: the number glued to its label
    page.row([300, 400, 300, 410], ["姓名", "叶志俊", "性别", "男"])
    top = page.y
    page.row([120, 1290], ["", ""], height=330)
    page.text("单位", 150, top + 120)
    page.text("意见", 150, top + 170)
    page.text("情况属实，同意上报。", 260, top + 40)
    page.text("负责人。冯建国", 260, top + 100)
    page.text("（盖章）", 1250, top + 100)
    page.text("经办人孙丽华", 260, top + 160)
    page.text("建档级别：☑省级 □全总级 □地市级", 260, top + 220)
    page.text("2026年3月5日", 1150, top + 280)
    f = _extract(page)
    assert f["审核人"] == "冯建国"
    assert f["建档人"] == "孙丽华"
    assert f["困难类别"] == "省级"
    assert f["职工编号"] == "HX2025017"


def _boxed_options(page: Page, label: str, options: list[str], ticked: str, gap: int = 60) -> tuple[Boxes, TextLine]:
    """One row: the label's cell, then its options each after a drawn □ (the ticked one's box ☑, which the
    image search lost). OCR reads the row as one line of the words alone, glyphs and colon dropped."""
    top = page.y
    page.row([300, 1110], [label, ""])
    cy = top + 35
    x = page.left + 330
    boxes: Boxes = []
    words: list[TextLine] = []
    for opt in options:
        page.draw.rectangle((x, cy - 12, x + 24, cy + 12), outline="black", width=2)
        if opt == ticked:
            page.draw.line((x + 4, cy, x + 10, cy + 8, x + 21, cy - 9), fill="black", width=3)
        else:
            boxes.append(((x, cy - 12, x + 24, cy + 12), False))
        words.append(page.text(opt, x + 34, cy, record=False))
        x = int(words[-1].box[2]) + gap
    line = TextLine("".join(options), (boxes[0][0][0] - 6, words[0].box[1], words[-1].box[2], words[-1].box[3]), 0.97)
    page.lines.append(line)
    return boxes, line


def test_the_ticked_box_lost_and_every_box_glyph_dropped_from_the_text() -> None:
    """Estimated from the characters read, each word's place drifts by the boxes before it: the nearest word
    to a box is then the word before its own. By order, the word left without its box is the ticked one."""
    page = Page()
    page.row([300, 1110], ["姓名", "庞秀英"])
    options = ["因病致困", "子女上学", "意外致困", "家庭收入低"]
    boxes, _ = _boxed_options(page, "致困原因", options, "子女上学", gap=90)
    assert _extract(page, boxes)["主要致困原因"] == "子女上学"


def test_a_word_beginning_with_a_character_shaped_like_a_box() -> None:
    """因 right after its word's □ is found as a second, marked box; the mark that counts is the real one."""
    page = Page()
    page.row([300, 1110], ["姓名", "庞秀英"])
    top = page.y
    page.row([300, 1110], ["致困原因", ""])
    cy = top + 35
    x = page.left + 330
    boxes: Boxes = []
    for opt in ["子女上学", "因病致困", "家庭收入低"]:
        mark = opt == "家庭收入低"
        page.draw.rectangle((x, cy - 12, x + 24, cy + 12), outline="black", width=2, fill="black" if mark else None)
        boxes.append(((x, cy - 12, x + 24, cy + 12), mark))
        word = page.text(opt, x + 30, cy)
        if opt == "因病致困":  # the enclosure character 因, found as a box with strokes inside: "marked"
            boxes.append(((x + 30, cy - 13, x + 55, cy + 12), True))
        x = int(word.box[2]) + 50
    assert _extract(page, boxes)["主要致困原因"] == "家庭收入低"


def test_bracketed_answers_stacked_in_two_questions_of_one_row() -> None:
    """是（ ） over 否（√） beside each question, two questions on the row: the first list ends at the next
    question; a tick read as a kana, and a tick lost with its closing bracket, mark their word."""
    page = Page()
    page.row([300, 1110], ["姓名", "庞秀英"])
    top = page.y
    page.row([330, 300, 380, 400], ["是否零就业家庭", "", "是否有一定自救能力", ""], height=100)
    left = page.left
    page.text("是（ ）", left + 360, top + 30)
    page.text("否（い", left + 360, top + 72)
    page.text("是（）", left + 1050, top + 30)
    page.text("否（", left + 1050, top + 72)
    f = _extract(page)
    assert f["是否为零就业家庭"] is False
    assert f["是否有一定自救能力"] is False


def test_brackets_printed_after_the_words_tell_the_side_of_a_lost_mark() -> None:
    assert bracket_ticked("是（）否（", ["是", "否"]) == ["否"]
    assert bracket_ticked("已婚（）离异（", ["已婚", "离异"]) == ["离异"]
    assert bracket_ticked("是（ ）否（レ）", ["是", "否"]) == ["否"]


def test_the_helper_named_as_the_one_who_helps() -> None:
    page = Page()
    page.row([300, 1110], ["姓名", "庞秀英"])
    page.row([300, 420, 260, 430], ["帮扶单位", "湘潭钢铁工会", "帮扶人", "邱莉英"])
    assert _extract(page)["帮扶联系人"] == "邱莉英"


def test_a_struck_attempt_read_as_one_character_before_the_word() -> None:
    value, factor = normalise_value("民族", "天汉族")  # 汉夫 struck through, then 汉族
    assert value == "汉族" and factor < 1
    assert normalise_value("民族", "土家族") == ("土家族", 1.0)


def test_the_same_options_listed_again_under_the_next_label() -> None:
    """主要 and 次要 each list the same causes over two lines, the marks of 主要 lost: the second list, beside its
    own label, is none of the first's."""
    page = Page()
    page.row([300, 1110], ["姓名", "庞秀英"])
    first = ["家庭成员无劳动能力", "下岗失业", "未参加社会保险"]
    second = ["遭受自然灾害", "子女上学", "其他"]
    for label, mark in (("主要致困原因", ""), ("次要致困原因", "●")):
        top = page.y
        page.row([300, 1110], [label, ""], height=110)
        page.text("○" + "○".join(first), page.left + 320, top + 30)
        page.text("○" + "○".join(second).replace("○子女上学", f"{mark or '○'}子女上学"), page.left + 320, top + 75)
    f = _extract(page)
    assert f["次要致困原因"] == ["子女上学"]
    assert f.get("主要致困原因") is None


def test_a_words_first_character_written_twice() -> None:
    assert normalise_value("工作状态", "在在岗") == ("在岗", 0.9)
    assert normalise_value("婚姻状况", "已已婚") == ("已婚", 0.9)
    assert normalise_value("关系", "姐姐") == ("姐姐", 1.0)  # a word that repeats its character is read as it is


def test_the_unit_at_the_head_with_its_colon_read_as_a_dot() -> None:
    page = Page()
    page.text("单位（公章）。河西机械厂", page.left, page.y - 40)
    page.row([300, 400, 300, 410], ["姓名", "叶志俊", "性别", "男"])
    assert _extract(page)["单位"] == "河西机械厂"


def test_a_ring_round_an_option_whose_first_and_last_characters_the_stroke_took() -> None:
    """子女上学 circled by hand, read 女上 at the end of the row's line: the ring holds the remnant of the one option
    OCR did not read whole, not the word before it that the estimate of the characters' places half puts in it."""
    page = Page()
    page.row([300, 1110], ["姓名", "庞秀英"])
    top = page.y
    page.row([1410], [""])
    cy = top + 35
    x = page.left + 10
    words = []
    for w in ["致困原因：", "家庭收入低", "因病致困", "意外致困", "子女上学"]:
        words.append(page.text(w, x, cy, record=False))
        x = int(words[-1].box[2]) + 30
    last = words[-1].box
    ring = (last[0] - 10, last[1] - 4, last[2] + 10, last[3] + 4)
    page.draw.ellipse(ring, outline="black", width=3)
    page.lines.append(TextLine("致困原因家庭收入低 因病致困 意外致困女上", (words[0].box[0], last[1], ring[2], last[3]), 0.95))
    assert _extract(page, [(ring, True)])["主要致困原因"] == "子女上学"
