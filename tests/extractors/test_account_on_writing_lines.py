"""An account (困难情况说明) written on ruled writing lines (横线) in its box: its rows stand a line's pitch apart,
wider than a wrapped paragraph's, each full row running to the box's right edge before the next starts under its
left end. Read row by row, only the first row was the account (…主要困 — the rest cut off). And a section's title
naming the account (「四、困难情况」) over rows that are labelled each (申报类别 | its options, 家庭困难情况 | the
account): the options under the title are 申报类别's, not the account. Pages drawn here (PIL + a CJK font, cells
found by ``detect_grid``), an arrangement of their own; the OCR lines are placed where the drawing put the text."""

from __future__ import annotations

from dangan.extractors.fields import extract_fields

from .test_structure import TODAY, Page

ROWS = [
    "家庭共4人，配偶袁平平失业，女儿林芳婷在读，父亲林东退休，本",
    "人月收入2730元，家庭年收入64180元，主要困难：收入低，年支",
    "出约4900元，生活困难，特申请建档。",
]
# as the readers give it: its punctuation folded to ASCII (fields.normalise_value)
ACCOUNT = "".join(ROWS).replace("，", ",").replace("：", ":")


def _written_on_lines(page: Page, x0: int, x1: int, top: int, pitch: int = 105) -> None:
    """The rows of ``ROWS`` on grey writing lines a ``pitch`` apart, inside a box (the lines short of its sides)."""
    for i, row in enumerate(ROWS):
        base = top + 60 + i * pitch
        page.text(row, x0 + 20, base - 22)
        page.draw.line((x0 + 15, base, x1 - 15, base), fill=(170, 170, 170), width=1)


def test_account_on_writing_lines_beside_its_label() -> None:
    page = Page()
    page.row([300, 400, 300, 410], ["姓名", "林东强", "性别", "男"])
    top = page.y
    cells = page.row([260, 1150], ["家庭困难情况简述", ""], height=400)
    _written_on_lines(page, cells[1][0], cells[1][2], top)
    page.row([260, 1150], ["申请人承诺", "以上情况属实。"], height=90)
    f = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY).fields
    assert f["困难情况说明"] == ACCOUNT
    assert f["姓名"] == "林东强"


def test_account_on_writing_lines_under_its_heading() -> None:
    page = Page()
    page.text("家庭困难情况", page.left, 160)
    top = page.y
    cells = page.row([1150], [""], height=400)
    _written_on_lines(page, cells[0][0], cells[0][2], top)
    page.row([300, 400, 300, 410], ["调查核实人", "周华霞", "审核人", "夏丽敏"])
    f = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY).fields
    assert f["困难情况说明"] == ACCOUNT
    assert f["审核人"] == "夏丽敏"


def test_two_fields_one_under_the_other_stay_apart() -> None:
    """A short first row (a value that ends well before the box's edge) a line's pitch above the next: two
    texts, not one account run on."""
    page = Page()
    cells = page.row([260, 1150], ["家庭住址", ""], height=200)
    page.text("杭州市拱墅区湖墅南路88号", cells[1][0] + 20, cells[1][1] + 50)
    page.text("家庭人口：4", cells[1][0] + 20, cells[1][1] + 130)
    f = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY).fields
    assert f["家庭住址"] == "杭州市拱墅区湖墅南路88号"


def test_section_title_over_labelled_rows() -> None:
    page = Page()
    page.row([1410], ["四、困难情况"], height=60)
    page.row([260, 1150], ["申报类别", "全国级  省级  √地市级"], height=90)
    top = page.y
    cells = page.row([260, 1150], ["家庭困难情况", ""], height=400)
    _written_on_lines(page, cells[1][0], cells[1][2], top)
    f = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY).fields
    assert f["困难情况说明"] == ACCOUNT
