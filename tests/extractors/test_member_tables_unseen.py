"""Member tables in arrangements no reader was written for, drawn in the test with known truth.

REAL-DOCUMENTS: each unit prints the forms from its own Word file, rows and columns added or dropped. Each
test draws one arrangement (cells found by ``detect_grid``, OCR lines where the drawing put the text, with
the text real OCR gave for it on the same arrangement printed by Chromium: "1988 10" for 1988.10) and the
whole form is read by ``extract_fields``:

- the applicant's fields down the left and the member table on the right, on the same ruled rows (the
  header row holds the applicant's 姓名 | 叶志俊 pair before the member labels 姓名 | 关系 | 月收入);
- a member table whose header names only labels an applicant has too (姓名 | 性别 | 出生日期 | 身份证号);
- 出生年月 printed without its day (the seeds' 出生年月: 1988.10, 2012年9月).
"""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields

from .test_structure import Page, _id

TODAY = date(2025, 6, 1)
MEMBERS = [
    ("朱慧怡", "配偶", "女", _id("13060219881004190"), "2050", "1988-10-04"),
    ("叶磊宁", "儿子", "男", _id("13060220120901953"), "0", "2012-09-01"),
    ("叶国华", "父亲", "男", _id("13060219560315121"), "1380", "1956-03-15"),
]
APPLICANT_ID = _id("13060219841127949")


def _extract(page: Page) -> object:
    return extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)


def _applicant(page: Page) -> None:
    page.row([300, 400, 300, 410], ["姓名", "叶志俊", "性别", "男"])
    page.row([300, 1110], ["身份证号", APPLICANT_ID])


def _after(page: Page) -> None:
    page.row([300, 1110], ["主要致困原因", "本人大病"])


def test_applicant_pairs_and_member_table_side_by_side_on_the_same_rows() -> None:
    page = Page()
    left = [("姓名", "叶志俊"), ("性别", "男"), ("民族", "汉族"), ("联系电话", "13109157927")]
    widths = [180, 260, 200, 260, 170, 200]
    top = page.y
    page.left = 120
    for k, (lab, value) in enumerate(left):
        if k == 0:
            page.row(widths, [lab, value, "", "姓名", "关系", "月收入"])
        else:
            m = MEMBERS[k - 1]
            page.row(widths, [lab, value, "", m[0], m[1], m[4]])
    # the side title 家庭成员 merged down the member rows, between the two halves
    page.draw.rectangle((120 + 440, top, 120 + 640, page.y), fill="white", outline="black", width=3)
    page.text("家庭成员", 120 + 470, (top + page.y) / 2)
    _after(page)
    ex = _extract(page)
    got = [(m.get("姓名"), m.get("关系"), m.get("月收入")) for m in ex.members]  # type: ignore[attr-defined]
    assert got == [(m[0], m[1], int(m[4])) for m in MEMBERS]
    f = ex.fields  # type: ignore[attr-defined]
    assert f["姓名"] == "叶志俊" and f["民族"] == "汉族" and f["手机号码"] == "13109157927"


def test_member_table_whose_header_names_no_member_only_label() -> None:
    page = Page()
    _applicant(page)
    page.row([1410], ["家庭成员情况"])
    widths = [260, 180, 360, 610]
    page.row(widths, ["姓名", "性别", "出生日期", "身份证号"])
    for m in MEMBERS:
        page.row(widths, [m[0], m[2], m[5], m[3]])
    page.row(widths, ["", "", "", ""])
    _after(page)
    ex = _extract(page)
    got = [(m.get("姓名"), m.get("性别"), m.get("出生日期"), m.get("身份证号")) for m in ex.members]  # type: ignore[attr-defined]
    assert got == [(m[0], m[2], m[5], m[3]) for m in MEMBERS]
    assert ex.fields["姓名"] == "叶志俊" and ex.fields["身份证号"] == APPLICANT_ID  # type: ignore[attr-defined]


def test_applicant_labels_over_one_row_of_values_stay_the_applicants() -> None:
    """The guard of the test above: the same header over one row of values is the applicant's."""
    page = Page()
    widths = [260, 180, 360, 610]
    page.row(widths, ["姓名", "性别", "出生日期", "身份证号"])
    page.row(widths, ["叶志俊", "男", "1984-11-27", APPLICANT_ID])
    page.row([300, 1110], ["家庭住址", "保定市竞秀区朝阳大街12号"])
    _after(page)
    ex = _extract(page)
    assert ex.members == []  # type: ignore[attr-defined]
    assert ex.fields["姓名"] == "叶志俊" and ex.fields["身份证号"] == APPLICANT_ID  # type: ignore[attr-defined]


def test_birth_year_and_month_without_the_day() -> None:
    page = Page()
    _applicant(page)
    widths = [260, 200, 320, 630]
    page.row(widths, ["姓名", "关系", "出生年月", "身份证号"])
    written = ["1988 10", "2012年9月", "1956.03"]  # as OCR read them: the point of 1988.10 read as a space
    for m, born in zip(MEMBERS, written, strict=True):
        page.row(widths, [m[0], m[1], born, m[3]])
    _after(page)
    ex = _extract(page)
    got = [(m.get("姓名"), m.get("出生日期")) for m in ex.members]  # type: ignore[attr-defined]
    assert got == [(m[0], m[5]) for m in MEMBERS]


def test_birth_year_and_month_that_disagree_with_the_id_stay_as_written() -> None:
    page = Page()
    _applicant(page)
    widths = [260, 200, 320, 630]
    page.row(widths, ["姓名", "关系", "出生年月", "身份证号"])
    page.row(widths, [MEMBERS[0][0], MEMBERS[0][1], "1988.11", MEMBERS[0][3]])
    _after(page)
    ex = _extract(page)
    assert [m.get("出生日期") for m in ex.members] == ["1988-11-01"]  # type: ignore[attr-defined]


def test_one_member_row_under_wordings_no_seed_prints() -> None:
    """成员 | 称谓 | 性别 | 证件号 | 每月所得 over one member's row: named by its values (a relation, an ID)."""
    page = Page()
    _applicant(page)
    widths = [220, 180, 120, 560, 330]
    page.row(widths, ["成员", "称谓", "性别", "证件号", "每月所得"])
    m = MEMBERS[0]
    page.row(widths, [m[0], m[1], m[2], m[3], m[4]])
    page.row(widths, ["", "", "", "", ""])
    _after(page)
    ex = _extract(page)
    got = [(r.get("姓名"), r.get("关系"), r.get("性别"), r.get("身份证号"), r.get("月收入")) for r in ex.members]  # type: ignore[attr-defined]
    assert got == [(m[0], m[1], m[2], m[3], int(m[4]))]
    assert ex.fields["姓名"] == "叶志俊"  # type: ignore[attr-defined]


def test_unruled_member_table_on_a_page_photographed_askew() -> None:
    """No ruled grid found (a phone photo), the rows of text sloping 3.5 % (2°) down to the right: each row
    of the table is still one member (the rows of a band apart by more than half a line height)."""
    from dangan.extractors.layout import TextLine

    page = Page()
    xs = [page.left, page.left + 230, page.left + 430, page.left + 560, page.left + 1100]
    heads = ["姓名", "关系", "性别", "身份证号", "月收入"]
    page.text("姓名：叶志俊", page.left, page.y + 35)
    page.y += 100
    for texts in [heads] + [[m[0], m[1], m[2], m[3], m[4]] for m in MEMBERS]:
        for x, t in zip(xs, texts, strict=True):
            page.text(t, x + 10, page.y + 35)
        page.y += 62
    page.text("主要致困原因：本人大病", page.left, page.y + 35)
    slope = 0.035
    lines = [TextLine(ln.text, (ln.box[0], ln.box[1] + slope * ln.cx, ln.box[2], ln.box[3] + slope * ln.cx), 0.95) for ln in page.lines]
    ex = extract_fields("建档申请表", lines, cells={0: []}, today=TODAY)
    got = [(m.get("姓名"), m.get("关系"), m.get("性别"), m.get("身份证号"), m.get("月收入")) for m in ex.members]
    assert got == [(m[0], m[1], m[2], m[3], int(m[4])) for m in MEMBERS]


def test_birth_year_and_month_with_no_id_to_complete_them() -> None:
    """No ID column: the month as written (its first day, as 参加工作时间 is read), for a person to confirm."""
    page = Page()
    _applicant(page)
    widths = [300, 260, 420, 430]
    page.row(widths, ["姓名", "关系", "出生年月", "月收入"])
    for m, born in zip(MEMBERS, ["1988 10", "2012年9月", "1956.03"], strict=True):
        page.row(widths, [m[0], m[1], born, m[4]])
    _after(page)
    ex = _extract(page)
    assert [m.get("出生日期") for m in ex.members] == ["1988-10-01", "2012-09-01", "1956-03-01"]  # type: ignore[attr-defined]
    assert all(c["出生日期"] < 0.8 for c in ex.member_confidence)  # type: ignore[attr-defined]


def test_names_the_page_ocr_missed_in_narrow_cells_are_read_again_from_the_cell() -> None:
    """Names wrapped over two lines in a narrow 姓名 column, lost by whole-page OCR (as RapidOCR lost them on
    a browser-printed page): each blank cell with ink is read again from its crop with real OCR
    (``reread_blank_cells``), and the members get their names. Cells whose text was read are left alone."""
    from dangan.extractors.pipeline import get_cached_engine
    from dangan.extractors.structure import reread_blank_cells

    from .conftest import to_bgr

    page = Page()
    _applicant(page)
    widths = [110, 200, 120, 560, 420]
    page.row(widths, ["姓名", "关系", "性别", "身份证号", "月收入"])
    names = []
    for m in MEMBERS:
        names.append(page.row(widths, ["", m[1], m[2], m[3], m[4]], height=110)[0])
    for box, m in zip(names, MEMBERS, strict=True):  # the name wrapped in its cell: two characters, then one
        cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        page.text(m[0][:2], cx - 34, cy - 20, record=False)
        page.text(m[0][2:], cx - 34, cy + 22, record=False)
    _after(page)
    cells = page.cells()
    lines = reread_blank_cells(get_cached_engine("rapidocr"), to_bgr(page.im), cells, page.lines, 0)
    assert len(lines) - len(page.lines) == 2 * len(MEMBERS)  # each name's two lines; no other cell
    ex = extract_fields("建档申请表", lines, cells={0: cells}, today=TODAY)
    got = [(m.get("姓名"), m.get("关系"), m.get("身份证号")) for m in ex.members]
    # each name read whole from its two lines (a lone character may come out as a look-alike: 华 as 化)
    assert [(str(n)[:2], len(str(n)), r, i) for n, r, i in got] == [(m[0][:2], 3, m[1], m[3]) for m in MEMBERS]
    assert sum(n == m[0] for (n, _, _), m in zip(got, MEMBERS, strict=True)) >= 2


def test_the_applicants_own_row_of_the_member_table_is_no_member() -> None:
    """本人 listed first in the member table (称谓 | 姓名 | …), and a table on its side whose first column is
    the applicant's (申请人 | 成员1 | 成员2 …): the applicant is the record's own fields, no member."""
    page = Page()
    _applicant(page)
    widths = [170, 220, 120, 560, 340]
    page.row(widths, ["关系", "姓名", "性别", "身份证号", "月收入"])
    page.row(widths, ["本人", "叶志俊", "男", APPLICANT_ID, "2300"])
    for m in MEMBERS:
        page.row(widths, [m[1], m[0], m[2], m[3], m[4]])
    _after(page)
    ex = _extract(page)
    got = [(m.get("姓名"), m.get("关系"), m.get("身份证号")) for m in ex.members]  # type: ignore[attr-defined]
    assert got == [(m[0], m[1], m[3]) for m in MEMBERS]

    page = Page()
    page.row([230, 290, 290, 290, 310], ["项目", "申请人", "成员1", "成员2", "成员3"])
    app = ("叶志俊", "本人", "男", APPLICANT_ID, "2300")
    for k, lab in enumerate(["姓名", "关系", "性别", "身份证号", "月收入"]):
        page.row([230, 290, 290, 290, 310], [lab, app[k], *(m[k] for m in MEMBERS)])
    _after(page)
    ex = _extract(page)
    pairs = [(m.get("姓名"), m.get("关系")) for m in ex.members]  # type: ignore[attr-defined]
    assert pairs == [(m[0], m[1]) for m in MEMBERS]


def test_members_listed_in_the_one_field_of_the_contact_cards_title() -> None:
    """The national 联系卡 (seed 004) prints 家庭主要成员 as one field: the members written in it."""
    for text in ["、".join(f"{m[0]}（{m[1]}）" for m in MEMBERS), "，".join(f"{m[1]}：{m[0]}" for m in MEMBERS)]:
        page = Page()
        page.row([300, 400, 300, 410], ["职工姓名", "叶志俊", "性别", "男"])
        page.row([300, 1110], ["家庭主要成员", text])
        page.row([300, 1110], ["致困原因", "本人大病"])
        ex = _extract(page)
        got = [(m.get("姓名"), m.get("关系")) for m in ex.members]  # type: ignore[attr-defined]
        assert got == [(m[0], m[1]) for m in MEMBERS], text
        assert ex.fields["姓名"] == "叶志俊"  # type: ignore[attr-defined]


def test_name_and_relation_in_one_column() -> None:
    """A column 姓名（关系） holding 朱慧怡（配偶）: the name, and the relation."""
    page = Page()
    _applicant(page)
    widths = [380, 150, 560, 320]
    page.row(widths, ["姓名（关系）", "性别", "身份证号", "月收入"])
    for m in MEMBERS:
        page.row(widths, [f"{m[0]}（{m[1]}）", m[2], m[3], m[4]])
    _after(page)
    ex = _extract(page)
    got = [(m.get("姓名"), m.get("关系"), m.get("身份证号")) for m in ex.members]  # type: ignore[attr-defined]
    assert got == [(m[0], m[1], m[3]) for m in MEMBERS]


def test_a_members_fields_printed_as_the_applicants_under_labels_headed_by_the_relation() -> None:
    """配偶姓名 | 朱慧怡 | 配偶身份证号 | …, 配偶工作单位 | …, 子女姓名 | 叶磊宁 | 子女身份证号 | … (a form with no
    member table): one member a relation, a child's relation by the ID's sex digit."""
    page = Page()
    _applicant(page)
    spouse, child = MEMBERS[0], MEMBERS[1]
    page.row([250, 300, 260, 600], ["配偶姓名", spouse[0], "配偶身份证号", spouse[3]])
    page.row([250, 560, 260, 340], ["配偶工作单位", "保定纺织厂", "配偶月收入", spouse[4]])
    page.row([250, 300, 260, 600], ["子女姓名", child[0], "子女身份证号", child[3]])
    _after(page)
    ex = _extract(page)
    got = [(m.get("姓名"), m.get("关系"), m.get("身份证号"), m.get("月收入")) for m in ex.members]  # type: ignore[attr-defined]
    assert got == [(spouse[0], "配偶", spouse[3], int(spouse[4])), (child[0], "儿子", child[3], None)]
    assert ex.members[0]["单位或学校"] == "保定纺织厂"  # type: ignore[attr-defined]
    assert ex.fields["姓名"] == "叶志俊" and ex.fields["身份证号"] == APPLICANT_ID  # type: ignore[attr-defined]


def test_a_header_cell_naming_two_labels_over_cells_holding_both() -> None:
    """姓名 / 身份证号 over cells holding the name over the ID (two lines), or the two read as one line."""
    for joined in (False, True):
        page = Page()
        _applicant(page)
        widths = [560, 250, 200, 400]
        page.row(widths, ["姓名 / 身份证号", "关系", "性别", "月收入"])
        for m in MEMBERS:
            cells = page.row(widths, ["", m[1], m[2], m[4]], height=110)
            cx, cy = (cells[0][0] + cells[0][2]) / 2, (cells[0][1] + cells[0][3]) / 2
            if joined:
                page.text(m[0] + m[3], cells[0][0] + 12, cy)
            else:
                page.text(m[0], cx - 50, cy - 22)
                page.text(m[3], cells[0][0] + 40, cy + 22)
        _after(page)
        ex = _extract(page)
        got = [(m.get("姓名"), m.get("关系"), m.get("身份证号"), m.get("月收入")) for m in ex.members]  # type: ignore[attr-defined]
        assert got == [(m[0], m[1], m[3], int(m[4])) for m in MEMBERS], joined


def test_the_applicants_rows_ruled_right_under_the_member_table_end_it() -> None:
    """The member table first, the applicant's label/value rows ruled on under it with other column edges:
    joined column by column the applicant's row reads 叶志俊性别 under 姓名; its cells holding labels alone
    (姓名, 性别 under the table's 关系 and 身份证号 columns) end the table."""
    page = Page()
    widths = [200, 260, 620, 330]
    page.row(widths, ["关系", "姓名", "身份证号", "月收入"])
    for m in MEMBERS[:2]:
        page.row(widths, [m[1], m[0], m[3], m[4]])
    page.row([180, 240, 170, 240, 170, 410], ["姓名", "叶志俊", "性别", "男", "民族", "汉族"])
    page.row([300, 1110], ["身份证号", APPLICANT_ID])
    _after(page)
    ex = _extract(page)
    got = [(m.get("姓名"), m.get("关系"), m.get("身份证号")) for m in ex.members]  # type: ignore[attr-defined]
    assert got == [(m[0], m[1], m[3]) for m in MEMBERS[:2]]
    assert ex.fields["姓名"] == "叶志俊" and ex.fields["身份证号"] == APPLICANT_ID  # type: ignore[attr-defined]
