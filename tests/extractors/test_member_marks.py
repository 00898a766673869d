"""Member values and labels with a mark OCR read beside them.

REAL-DOCUMENTS: a unit's member table may print a field's options for the writer to tick, the one ticked
copied alone into the cell ("√非农业"); a label's colon is read as a full stop or a dot ("关系.", "身份证号。"),
its value in the next cell. Each test draws one arrangement (cells found by ``detect_grid``, OCR lines where
the drawing put the text) inside a form, read by ``extract_fields``.
"""

from __future__ import annotations

from dangan.extractors.fields import normalise_value
from dangan.extractors.layout import split_labelled

from .test_member_tables_general import MEMBERS, _after, _applicant, _extract, _got, _want
from .test_structure import Page


def test_a_tick_before_the_one_option_written_is_the_mark_of_the_choice() -> None:
    assert normalise_value("户口类型", "√非农业")[0] == "非农业"
    assert normalise_value("户口类型", "☑ 农业")[0] == "农业"
    assert normalise_value("婚姻状况", "■已婚")[0] == "已婚"


def test_ticked_options_in_a_member_table_column() -> None:
    page = Page()
    _applicant(page)
    widths = [200, 150, 100, 420, 220, 150]
    page.row(widths, ["姓名", "关系", "性别", "身份证号", "户口类型", "月收入"])
    kinds = ["√非农业", "√农业", "☑非农业"]
    for m, kind in zip(MEMBERS, kinds, strict=True):
        page.row(widths, [m[0], m[1], m[2], m[3], kind, m[4]])
    _after(page)
    ex = _extract(page)
    assert _got(ex) == _want()
    assert [m.get("户口类型") for m in ex.members] == ["非农业", "农业", "非农业"]  # type: ignore[attr-defined]


def test_a_label_whose_colon_was_read_as_a_full_stop_is_the_label_alone() -> None:
    assert split_labelled("关系.") == [("关系", "")]
    assert split_labelled("身份证号。") == [("身份证号", "")]
    assert split_labelled("关系. 性别：女") == [("关系", ""), ("性别", "女")]
    assert split_labelled("开户银行.中国邮政储蓄银行")[0][0] == "开户银行"  # a value after the dot stays one


def test_ruled_member_blocks_whose_label_colons_were_read_as_dots() -> None:
    page = Page()
    _applicant(page)
    page.y += 30
    w = [200, 270, 200, 270, 200, 270]
    for name, rel, sex, idn, inc in MEMBERS:
        page.row(w, ["姓名.", name, "关系.", rel, "性别。", sex])
        page.row([200, 670, 200, 470], ["身份证号.", idn, "月收入.", inc])
        page.y += 30
    _after(page)
    ex = _extract(page)
    assert _got(ex) == _want()


def test_an_amount_with_its_thousands_comma_and_its_point_read_as_a_space() -> None:
    """1,990.00 read "1,990 00": the two figures after a grouped amount are its cents (before: read as an
    amount struck through and 00 written again, 0)."""
    assert normalise_value("月收入", "1,990 00") == (1990, 1.0)
    assert normalise_value("月收入", "12,345 67")[0] == 12345.67
    assert normalise_value("月收入", "2900 2250")[0] == 2250  # two amounts stay two
    page = Page()
    _applicant(page)
    widths = [230, 200, 160, 130, 440]
    page.row(widths, ["月收入（元）", "姓名", "关系", "性别", "身份证号"])
    written = ["2,050 00", "0.00", "1,380 00"]
    for m, inc in zip(MEMBERS, written, strict=True):
        page.row(widths, [inc, m[0], m[1], m[2], m[3]])
    _after(page)
    ex = _extract(page)
    assert _got(ex) == _want()
