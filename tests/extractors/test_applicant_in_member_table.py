"""An application form that asks the applicant's own particulars in the household's table: the first row of the
family table is the applicant's (与申请人关系 | 本人), the others the members'. The applicant's row is no member
(the member readers drop it); its cells are the applicant's 姓名, 性别, 出生日期, 身份证号, 政治面貌, 健康状况, work
status (就业状况), own income (月收入) and employer (工作单位或学校). Drawn with rulings and without, the applicant
first and the applicant among the rows, and with the household's own questions above the table."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine

from .conftest import cjk_font
from .test_structure import Page

TODAY = date(2026, 6, 1)
HEADS = ["与申请人关系", "姓名", "性别", "出生日期", "身份证号码", "政治面貌", "健康状况", "就业状况", "月收入（元）",
         "工作单位或学校"]
WIDTHS = [160, 90, 60, 180, 260, 110, 110, 110, 150, 260]
APPLICANT = ["本人", "薛帆刚", "男", "1976年3月14日", "430302197603144830", "群众", "患大病", "退休", "2820",
             "湘潭钢铁集团有限公司"]
DAUGHTER = ["女儿", "薛丹倩", "女", "2005年6月30日", "430302200506305289", "共青团员", "健康", "在读", "0",
            "湘潭大学"]


def _page() -> Page:
    """A page whose ten columns fit across the sheet: the text set smaller (9 pt)."""
    page = Page()
    page.left, page.font = 40, cjk_font(25)
    return page


def _check(f: dict[str, object]) -> None:
    assert f["姓名"] == "薛帆刚"
    assert f["性别"] == "男"
    assert f["出生日期"] == "1976-03-14"
    assert f["身份证号"] == "430302197603144830"
    assert f["政治面貌"] == "群众"
    assert f["健康状况"] == "患大病"
    assert f["工作状态"] == "退休"
    assert f["本人月平均收入"] == 2820
    assert f["工作单位"] == "湘潭钢铁集团有限公司"


def test_applicant_row_of_a_ruled_table_is_the_applicants_fields() -> None:
    page = _page()
    page.row([200, 700, 200, 480], ["家庭住址", "湘潭市雨湖区韶山西路155号", "家庭人口", "2"])
    page.y += 40
    page.row(WIDTHS, HEADS, height=90)
    page.row(WIDTHS, APPLICANT)
    page.row(WIDTHS, DAUGHTER)
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    _check(ex.fields)
    assert ex.fields["家庭人口"] == 2
    assert [m["姓名"] for m in ex.members] == ["薛丹倩"]


def test_applicant_listed_after_a_member_without_rulings() -> None:
    lines: list[TextLine] = [TextLine("家庭住址：湘潭市雨湖区韶山西路155号", (60, 200, 800, 240), 0.98)]
    for r, row in enumerate((HEADS, DAUGHTER, APPLICANT)):
        y = 320 + 80 * r
        x = 60
        for w, text in zip(WIDTHS, row, strict=True):
            lines.append(TextLine(text, (x + 4, y, x + min(w - 8, 26 * len(text)), y + 40), 0.97))
            x += w
    ex = extract_fields("建档申请表", lines, today=TODAY)
    _check(ex.fields)
    assert [m["姓名"] for m in ex.members] == ["薛丹倩"]


def test_fields_asked_apart_stay_as_asked() -> None:
    """A form that asks the applicant's name beside the table as well keeps what it asked; the row fills the rest."""
    page = _page()
    page.row([200, 500, 200, 680], ["申请人", "薛帆刚", "联系电话", "13907321234"])
    page.y += 40
    page.row(WIDTHS, HEADS, height=90)
    page.row(WIDTHS, APPLICANT)
    page.row(WIDTHS, DAUGHTER)
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    _check(ex.fields)
    assert ex.fields["手机号码"] == "13907321234"
