"""Two numbers written in digit boxes side by side on one ruled row, each field's boxes inset in its own cell: the
boxes of one field are one number, not one run with the next field's (a run of 30 is re-read as nothing, and
read as one cell it glues the two numbers). The cell's margin beside the boxes is no box; a run cut by a box the
grid missed is still one. Drawn as a page (boxes of a size and inset no printing uses), the numbers' texts given."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
from dangan.extractors.structure import _joined_runs, digit_runs, merge_digit_runs

from .test_structure import Page

TODAY = date(2026, 6, 1)
ID_NUMBER = "330106198503124514"
PHONE = "13957112468"


def _boxes(page: Page, x: int, y: int, n: int, step: int = 44, height: int = 58) -> None:
    for i in range(n):
        page.draw.rectangle((x + i * step, y, x + (i + 1) * step, y + height), outline="black", width=2)


def _page() -> tuple[Page, list[tuple[int, int, int, int]]]:
    page = Page()
    page.row([300, 1100], ["困难职工建档申请表", ""])
    page.row([816, 644], ["公民身份号码", "联系电话"])
    y = page.y
    page.row([816, 644], ["", ""], height=84)
    # the ID's 18 boxes inset 20 px in its cell, up to its right ruling; the phone's 11 inset 24 px in the next:
    # that margin is a narrow cell of its own between the two runs
    _boxes(page, 120 + 20, y + 13, 18)
    _boxes(page, 120 + 816 + 24, y + 13, 11)
    page.text(ID_NUMBER, 150, y + 42)
    page.text(PHONE, 970, y + 42)
    page.row([300, 1160], ["姓名", "赵海涛"])
    return page, page.cells()


def test_two_fields_of_boxes_side_by_side_are_two_runs() -> None:
    cells = _page()[1]
    runs = _joined_runs(digit_runs(cells, 4))
    assert sorted(len(r) for r in runs) == [11, 18]


def test_a_run_cut_by_a_missed_box_is_still_one() -> None:
    boxes = [(100 + i * 44, 500, 144 + i * 44, 558) for i in range(18) if i != 8]
    assert [len(r) for r in _joined_runs(digit_runs(boxes, 4))] == [17]
    # as cells the two pieces stay apart: a number printed in groups of boxes (6 | 8 | 4) is read group by group
    assert len(merge_digit_runs(boxes)) == 2


def test_both_numbers_read_under_their_labels() -> None:
    page, cells = _page()
    ex = extract_fields("建档申请表", page.lines, cells={0: cells}, today=TODAY)
    assert ex.fields["身份证号"] == ID_NUMBER
    assert ex.fields["手机号码"] == PHONE


def test_the_next_cells_margin_found_as_a_cell_joins_no_runs() -> None:
    """The grid finds the phone cell's margin before its boxes as a narrow cell of its own (a little taller than the
    boxes, half as wide): the runs stay apart, and each number is read under its own label."""
    step, top, bottom = 40, 420, 470
    id_boxes = [(200 + i * step, top, 200 + (i + 1) * step - 3, bottom) for i in range(18)]
    margin = (200 + 18 * step + 8, top - 6, 200 + 18 * step + 30, bottom + 6)
    phone_x = margin[2] + 4
    phone_boxes = [(phone_x + i * step, top, phone_x + (i + 1) * step - 3, bottom) for i in range(11)]
    heads = [(190, 350, 200 + 18 * step + 4, 405), (200 + 18 * step + 8, 350, 1500, 405)]
    title = [(190, 200, 1500, 260)]
    cells = [*title, *heads, *id_boxes, margin, *phone_boxes]
    assert sorted(len(r) for r in digit_runs(cells, 4)) == [11, 18]
    lines = [
        TextLine("困难职工建档申请表", (600, 210, 1100, 250)),
        TextLine("公民身份号码", (400, 360, 600, 395)),
        TextLine("联系电话", (1150, 360, 1280, 395)),
        TextLine(ID_NUMBER, (205, 425, 910, 465)),
        TextLine(PHONE, (phone_x + 5, 425, phone_x + 430, 465)),
    ]
    ex = extract_fields("建档申请表", lines, cells={0: cells}, today=TODAY)
    assert ex.fields["身份证号"] == ID_NUMBER
    assert ex.fields["手机号码"] == PHONE


def test_boxes_found_a_pixel_higher_along_the_run_are_one_run() -> None:
    """A skewed scan's boxes: the later ones found two pixels higher than the first three (a mobile number's 11):
    one run of 11 from the leftmost box, not a run of 8 from the topmost with the three before it left over."""
    boxes = [(300 + i * 50, 702 if i < 3 else 700, 346 + i * 50, 762 if i < 3 else 760) for i in range(11)]
    assert [len(r) for r in digit_runs(boxes, 4)] == [11]
