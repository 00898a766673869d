"""Two members a row (两人一行: the header's labels printed twice side by side) with what OCR does to them.

REAL-DOCUMENTS: a narrow column's header printed down its cell (性 over 别) is two small lines OCR often loses
or reads in part, in one half or in both; the form's next row (a label, then a list of options across the
rest of the table) follows the member rows. Each test draws one arrangement (cells found by ``detect_grid``,
OCR lines where the drawing put the text; a header text OCR lost is drawn but not given as a line) and the
whole form is read by ``extract_fields``.
"""

from __future__ import annotations

from .test_member_tables_general import MEMBERS, _after, _applicant, _extract, _got, _want
from .test_structure import Page

KEYS = ("姓名", "关系", "性别", "身份证号")


def _doubled_page(
    heads: list[str], lost: set[tuple[int, int]], widths: list[int], after: bool = True, left: int = 120
) -> Page:
    """A doubled header of ``heads`` (a half each), the header cells of ``lost`` (half, column) drawn but
    not read; MEMBERS two a row (the left half first), then a row of the form."""
    page = Page()
    _applicant(page)
    page.left = left
    top = page.y
    page.row(widths * 2, [""] * 2 * len(heads))
    x = page.left
    for half in range(2):
        for k, (w, head) in enumerate(zip(widths, heads, strict=True)):
            tw = page.draw.textlength(head, font=page.font)
            page.text(head, x + (w - tw) / 2, top + 35, record=(half, k) not in lost)
            x += w
    values = {"姓名": 0, "关系": 1, "性别": 2, "身份证号": 3}
    pairs = [(MEMBERS[0], MEMBERS[2]), (MEMBERS[1], None)]
    for n, (a, b) in enumerate(pairs):
        row: list[str] = []
        for k, m in enumerate((a, b)):
            for head in heads:
                if head == "序号":
                    row.append(str(2 * n + k + 1))
                else:
                    row.append(m[values[head]] if m else "")
        page.row(widths * 2, row)
    if after:
        _after(page)
    return page


def test_doubled_header_whose_narrow_label_ocr_lost_in_both_halves() -> None:
    page = _doubled_page(["姓名", "性别", "关系", "身份证号"], {(0, 1), (1, 1)}, [150, 70, 110, 370])
    ex = _extract(page)
    assert sorted(_got(ex, KEYS)) == sorted(_want(KEYS))


def test_doubled_header_whose_label_ocr_lost_in_one_half() -> None:
    page = _doubled_page(["姓名", "关系", "性别", "身份证号"], {(0, 2)}, [150, 110, 70, 370])
    ex = _extract(page)
    assert sorted(_got(ex, KEYS)) == sorted(_want(KEYS))


def test_form_row_after_a_doubled_table_is_no_member() -> None:
    """致困原因序号 | 1.本人大病 2.… : its label stands in the left half's 姓名 column, its options across the
    right half; no member is read from it."""
    heads, widths = ["序号", "姓名", "性别", "关系", "身份证号"], [50, 200, 70, 100, 360]
    page = _doubled_page(heads, set(), widths, after=False, left=40)
    page.row([360, 2 * sum(widths) - 360], ["致困原因序号", "1.本人大病 2.供养直系亲属大病 3.残疾 4.下岗失业"])
    _after(page)
    ex = _extract(page)
    assert sorted(_got(ex, KEYS)) == sorted(_want(KEYS))
