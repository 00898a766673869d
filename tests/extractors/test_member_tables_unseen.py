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
