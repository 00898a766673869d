"""Member values and labels with a mark OCR read beside them.

REAL-DOCUMENTS: a unit's member table may print a field's options for the writer to tick, the one ticked
copied alone into the cell ("√非农业"); a label's colon is read as a full stop or a dot ("关系.", "身份证号。"),
its value in the next cell. Each test draws one arrangement (cells found by ``detect_grid``, OCR lines where
the drawing put the text) inside a form, read by ``extract_fields``.
"""

from __future__ import annotations

from dangan.extractors.fields import normalise_value

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
