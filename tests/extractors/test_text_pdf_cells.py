"""A text PDF's words in a ruled member table: one run a cell, however near the cells (issue 8).

REAL-DOCUMENTS: each unit prints the form from its own Word file, some with many narrow columns (性别, 关系,
a date wrapped over two lines in its cell), and a form filled on the computer reaches the archive as the PDF
it was saved as, its words in its text layer. Two words a character apart are one run of text unless a
ruling lies between them: a row whose wrapped cells start higher than its one-line cells gives a run as
tall as both lines, and such a run would bridge any gap. Drawn in the test (cells found by ``detect_grid``,
the text layer's words where the drawing put the text), read by ``lines_from_words`` and ``extract_fields``.
"""

from __future__ import annotations

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine, lines_from_words

from .test_member_tables_unseen import TODAY
from .test_structure import Page, _id

MEMBERS = [
    ("谢宇杰", "父亲", "男", "1958-06-17", "中共党员", "退休", 1260, _id("33018319580617031")),
    ("张秀燕", "母亲", "女", "1957-02-28", "群众", "退休", 1430, _id("33018319570228534")),
]


def _words(page: Page) -> list[dict[str, object]]:
    return [{"text": ln.text, "box": ln.box} for ln in page.lines]


def _page() -> Page:
    page = Page()
    page.row([300, 400, 300, 410], ["姓名", "叶志俊", "性别", "男"])
    page.row([300, 1110], ["身份证号", _id("33018319800101152")])
    # narrow columns, the name after the ID number, the relation and the sex a few pixels apart
    widths = [330, 130, 90, 60, 250, 130, 140, 140]
    page.row(widths, ["身份证号", "姓名", "关系", "性别", "出生日期", "政治面貌", "人员身份", "月收入"], height=60)
    for name, rel, sex, born, party, who, income, idn in MEMBERS:
        y = page.y
        y0, m, d = born.split("-")
        cells = page.row(widths, [idn, name, rel, sex, "", "", who, str(income)], height=90)
        # the date and a long party name wrapped in their cells: two lines, the first one higher than the
        # row's one-line cells
        page.text(f"{y0}年{int(m)}月{int(d)}", cells[4][0] + 6, y + 28)
        page.text("日", cells[4][0] + 6, y + 64)
        if len(party) > 2:
            page.text(party[:2], cells[5][0] + 6, y + 28)
            page.text(party[2:], cells[5][0] + 6, y + 64)
        else:
            page.text(party, cells[5][0] + 6, y + 45)
    page.row([300, 1110], ["主要致困原因", "本人大病"])
    return page


def test_words_of_neighbouring_cells_are_runs_of_their_own() -> None:
    page = _page()
    cells = page.cells()
    lines = lines_from_words(_words(page), cells=cells)
    row = [ln.text for ln in lines if "父亲" in ln.text or ln.text == "男" or "退休" in ln.text]
    assert "父亲" in row and "男" in row  # not one run "父亲男…"
    ex = extract_fields("建档申请表", lines, cells={0: cells}, today=TODAY)
    keys = ("姓名", "关系", "性别", "出生日期", "政治面貌", "人员身份", "月收入", "身份证号")
    got = [tuple(m.get(k) for k in keys) for m in ex.members]
    assert got == MEMBERS


def test_words_in_one_cell_still_join() -> None:
    page = Page()
    cell = page.row([900], [""], height=80)[0]
    a = page.text("家庭共2人，", cell[0] + 10, cell[1] + 40)
    b = page.text("配偶在职", a.box[2] + 8, cell[1] + 40)
    lines = lines_from_words(_words(page), cells=page.cells())
    assert [ln.text for ln in lines] == ["家庭共2人，配偶在职"]
    assert isinstance(lines[0], TextLine) and lines[0].box[2] >= b.box[2]
