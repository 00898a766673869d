"""Option fields printed as a matrix, and signers whose blank date line follows the name.

Drawn pages with known truth (PIL + a CJK font, ruled cells found by ``detect_grid``, boxes by
``find_checkboxes``): a header row of cause words, one column each (a long word wrapped in its cell),
and under it a row per field (主要致困原因, 次要致困原因) whose cells hold a box, or only a mark where
chosen. The orders of the columns and of the rows are ones no printing of the generator uses.
"""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
from dangan.extractors.preprocess import find_checkboxes

from .conftest import to_bgr
from .test_structure import Page

TODAY = date(2025, 6, 1)
CAUSES = ["子女上学", "下岗失业", "供养直系亲属大病", "自然灾害", "本人大病", "收入低", "残疾"]


def _header(page: Page, label_w: int, col_w: int) -> list[tuple[int, int, int, int]]:
    """The header row: a label cell, then one cell a cause; the long cause wrapped on two lines."""
    cells = page.row([label_w, *[col_w] * len(CAUSES)], ["致困原因", *[c if len(c) <= 4 else "" for c in CAUSES]],
                     height=90)
    for word, box in zip(CAUSES, cells[1:], strict=True):
        if len(word) > 4:
            for k, part in enumerate((word[:6], word[6:])):
                w = page.draw.textlength(part, font=page.font)
                page.text(part, (box[0] + box[2] - w) / 2, box[1] + 28 + 34 * k)
    return cells


def _tick_row(page: Page, label: str, widths: list[int], ticked: set[str], boxes: bool) -> None:
    """A row under the header: the label, then a box in every cell (✓ in the chosen), or ✓ alone."""
    cells = page.row(widths, [label, *[""] * len(CAUSES)])
    for word, box in zip(CAUSES, cells[1:], strict=True):
        cx, cy = (box[0] + box[2]) // 2, (box[1] + box[3]) // 2
        if boxes:
            page.draw.rectangle((cx - 15, cy - 15, cx + 15, cy + 15), outline="black", width=2)
        if word in ticked:
            page.draw.text((cx, cy), "✓", font=page.font, fill=(20, 20, 120), anchor="mm")
            if not boxes:
                page.text("√", cx - 10, cy, record=True)


def _read(page: Page) -> dict[str, object]:
    boxes = [(c.box, c.ticked) for c in find_checkboxes(to_bgr(page.im), dpi=200)]
    return extract_fields("建档申请表", page.lines, checkboxes=boxes, cells={0: page.cells()}, today=TODAY).fields


def test_cause_matrix_with_a_box_in_every_cell() -> None:
    page = Page()
    page.left = 90
    page.row([300, 1150], ["姓名", "孙立新"])
    label_w, col_w = 310, 160
    _header(page, label_w, col_w)
    widths = [label_w, *[col_w] * len(CAUSES)]
    _tick_row(page, "*主要致困原因（单选）", widths, {"供养直系亲属大病"}, boxes=True)
    _tick_row(page, "次要致困原因（最多3项）", widths, {"子女上学", "收入低"}, boxes=True)
    f = _read(page)
    assert f["姓名"] == "孙立新"
    assert f["主要致困原因"] == "供养直系亲属大病"
    assert sorted(f["次要致困原因"]) == ["子女上学", "收入低"]  # type: ignore[arg-type]


def test_cause_matrix_marked_only_where_chosen_rows_swapped() -> None:
    """No boxes: the chosen cell holds a mark alone; 次要 printed above 主要."""
    page = Page()
    page.left = 90
    label_w, col_w = 310, 160
    _header(page, label_w, col_w)
    widths = [label_w, *[col_w] * len(CAUSES)]
    _tick_row(page, "次要致困原因", widths, {"下岗失业"}, boxes=False)
    _tick_row(page, "主要致困原因", widths, {"残疾"}, boxes=False)
    f = _read(page)
    assert f["主要致困原因"] == "残疾"
    assert f["次要致困原因"] == ["下岗失业"]


def test_a_signers_blank_date_line_is_no_part_of_the_name() -> None:
    """「入户核查人签名：魏帅  年  月  日」 (the date printed blank beside the signature) reads 魏帅."""
    page = Page()
    page.row([300, 1100], ["姓名", "孙立新"])
    page.row([300, 1100], ["经办人", "魏帅      年   月   日"], align="left")
    page.row([300, 1100], ["审核人", "丁敏 年月日"], align="left")
    f = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY).fields
    assert f["建档人"] == "魏帅"
    assert f["审核人"] == "丁敏"


PLANS = ["技能培训促就业计划", "创业援助计划", "阳光就业计划", "送温暖精准化计划"]


def test_a_ticked_box_on_the_second_line_of_a_wrapped_option_list() -> None:
    """□ before each option, the list wrapping in its cell so both lines start at one x: the box ticked on
    the second line is its first option's, not the first line's."""
    page = Page()
    page.row([300, 1100], ["姓名", "孙立新"])
    cells = page.row([300, 1100], ["七个行动计划", ""], height=130)
    box = cells[1]
    x, cy = box[0] + 50, box[1] + 35
    for opt in PLANS:
        width = page.draw.textlength(opt, font=page.font)
        if x + width > box[2] - 20 or opt == PLANS[-1]:
            x, cy = box[0] + 50, cy + 42
        sq = (x - 36, cy - 14, x - 8, cy + 14)
        page.draw.rectangle(sq, outline="black", width=2)
        if opt == PLANS[-1]:
            page.draw.text(((sq[0] + sq[2]) / 2, cy), "✓", font=page.font, fill=(20, 20, 120), anchor="mm")
        page.text(opt, x, cy)
        x += width + 70
    assert len({round(ln.box[0]) for ln in page.lines if ln.text in (PLANS[0], PLANS[-1])}) == 1
    # the page's OCR reads each printed line as one text, its box loose around the glyphs (taller than the
    # gap between the two lines)
    first = [ln for ln in page.lines if ln.text in PLANS and ln.cy < box[1] + 50]
    rest = [ln for ln in page.lines if ln.text in PLANS and ln.cy >= box[1] + 50]
    for part in (first, rest):
        joined = type(part[0])(" ".join(p.text for p in part), (part[0].box[0], min(p.box[1] for p in part) - 12,
                                                                 part[-1].box[2], max(p.box[3] for p in part) + 12), 0.97)
        page.lines = [ln for ln in page.lines if ln not in part] + [joined]
    f = _read(page)
    assert f["七个行动计划"] == "送温暖精准化计划"


def test_two_options_with_no_question_where_the_text_shows_which_lost_its_box() -> None:
    """「类别  ☒职工 □农民工」: the image finds one box only, by 职工, and takes its faint × for empty (the □ by
    农民工 printed with a gap in its outline is not found); OCR drops the ☒ and reads "职工 □农民工" from the
    box starting inside the ☒. The text's order decides (the one option without its □ is the ticked one: 职工), not
    the box placed against the line's characters by estimate."""
    from dangan.extractors.layout import TextLine

    page = Page()
    page.row([300, 1100], ["姓名", "孙立新"])
    cells = page.row([300, 1100], ["类别", ""])
    cy = (cells[1][1] + cells[1][3]) // 2
    x = cells[1][0] + 40
    page.draw.rectangle((x, cy - 14, x + 28, cy + 14), outline="black", width=2)
    page.draw.line((x + 12, cy - 2, x + 16, cy + 2), fill=(20, 20, 120), width=1)
    first = page.text("职工", x + 36, cy, record=False)
    sx = int(first.box[2]) + 30
    page.draw.line((sx, cy - 14, sx + 28, cy - 14), fill="black", width=2)
    page.draw.line((sx, cy + 14, sx + 28, cy + 14), fill="black", width=2)
    page.draw.line((sx, cy - 14, sx, cy + 14), fill="black", width=2)
    page.draw.line((sx + 28, cy - 14, sx + 28, cy - 4), fill="black", width=2)
    last = page.text("农民工", sx + 36, cy, record=False)
    page.lines.append(TextLine("职工 □农民工", (x + 4, first.box[1], last.box[2], first.box[3]), 0.95))
    boxes = [(c.box, c.ticked) for c in find_checkboxes(to_bgr(page.im), dpi=200)]
    assert [t for b, t in boxes if abs((b[1] + b[3]) / 2 - cy) < 20] == [False]
    f = extract_fields("建档申请表", page.lines, checkboxes=boxes, cells={0: page.cells()}, today=TODAY).fields
    assert f["姓名"] == "孙立新"
    assert f["是否农民工"] is False


def test_two_labelled_option_lists_one_under_the_other_are_no_matrix() -> None:
    """「主要致困原因 □本人大病 □残疾 □收入低 □子女上学」 over 「次要致困原因 □本人大病 …」, the words read one text
    each (OCR dropped the □s): the first row looks like a matrix header, but the row under it prints
    its own options, so each list is read for its own field."""
    words = ["本人大病", "残疾", "收入低", "子女上学"]
    page = Page()
    page.row([300, 1100], ["姓名", "孙立新"])
    for label, ticked, order in (
        ("主要致困原因", {"残疾"}, words),
        ("次要致困原因", {"本人大病", "收入低"}, words[::-1]),  # its own order: no column of the row above
    ):
        cells = page.row([300, 1100], [label, ""])
        cy = (cells[1][1] + cells[1][3]) // 2
        x = cells[1][0] + 30
        for w in order:
            page.draw.rectangle((x, cy - 14, x + 28, cy + 14), outline="black", width=2)
            if w in ticked:
                page.draw.text((x + 14, cy), "✓", font=page.font, fill=(20, 20, 120), anchor="mm")
            ln = page.text(w, x + 38, cy)
            x = int(ln.box[2]) + 60
    boxes = [(c.box, c.ticked) for c in find_checkboxes(to_bgr(page.im), dpi=200)]
    # the grid not found (a photographed page): every word stays a text of its own
    f = extract_fields("建档申请表", page.lines, checkboxes=boxes, today=TODAY).fields
    assert f["主要致困原因"] == "残疾"
    assert sorted(f["次要致困原因"]) == sorted(["本人大病", "收入低"])  # type: ignore[arg-type]


def test_a_ring_round_a_one_character_answer() -> None:
    """是 ringed: the ring is hardly larger than the character, no wider than tall and no taller than the
    OCR line of the character (OCR boxes are generous), like a □; the 否 line's box reaches into it. It
    holds most of the line 是 read on its own, and a □ never covers its word: 是 is the answer."""
    page = Page()
    cells = page.row([420, 200, 420, 200], ["是否有一定自救能力", "", "是否为零就业家庭", ""], height=90)
    for cell, ringed in ((cells[1], "是"), (cells[3], "否")):
        cy = (cell[1] + cell[3]) / 2
        for k, word in enumerate(("是", "否")):
            b = page.text(word, cell[0] + 40 + 52 * k, cy, record=False).box
            pad = 20 if k else 10  # the 否 line's box reaches into the ring round 是
            page.lines.append(TextLine(word, (b[0] - pad, b[1] - 10, b[2] + 10, b[3] + 10), 0.9))
            if word == ringed:
                page.draw.ellipse((b[0] - 6, b[1] - 7, b[2] + 6, b[3] + 7), outline=(20, 20, 120), width=3)
    fields = _read(page)
    assert fields["是否有一定自救能力"] is True
    assert fields["是否为零就业家庭"] is False
