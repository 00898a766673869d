"""Member-table columns of a member's work or study, as a unit's own table heads them (issue 8).

REAL-DOCUMENTS: each unit prints the forms from its own Word file. 人员身份 asks what work or study a member
is in (在职 / 失业 / 退休 / 在读, ARCHIVE-SCHEMA.md); a unit heads that column with the plain words for it,
就业情况 or 就业状况 (with a remark in brackets, 就业（就学）状况), one misread from 企业状况, the employer's
own state, which it is not. The column of where a member works or studies names both, in either order and
with either word for it (学习或工作单位, 就读学校或工作单位): 单位或学校. Drawn in the test (cells found by
``detect_grid``, OCR lines where the drawing put the text), read by ``extract_fields``.
"""

from __future__ import annotations

import pytest

from dangan.extractors.structure import header_label

from .test_member_tables_unseen import _after, _applicant, _extract
from .test_structure import Page, _id

MEMBERS = [
    {"姓名": "孔令华", "关系": "丈夫", "人员身份": "失业", "单位或学校": "", "身份证号": _id("41010219790612351")},
    {"姓名": "孔雪", "关系": "女儿", "人员身份": "在读", "单位或学校": "郑州市第三中学", "身份证号": _id("41010220100309402")},
    {"姓名": "曹玉兰", "关系": "母亲", "人员身份": "退休", "单位或学校": "郑州纺织机械厂", "身份证号": _id("41010219521130202")},
]


@pytest.mark.parametrize(
    ("status", "unit"),
    [("就业情况", "学习或工作单位"), ("就业（就学）状况", "就读学校或工作单位"), ("就业状况", "工作或学习单位")],
)
def test_work_status_and_work_or_study_columns(status: str, unit: str) -> None:
    page = Page()
    _applicant(page)
    widths = [180, 330, 200, 260, 430]
    page.row(widths, ["姓名", "身份证号", "关系", status, unit])
    for m in MEMBERS:
        page.row(widths, [m["姓名"], m["身份证号"], m["关系"], m["人员身份"], m["单位或学校"]])
    page.row(widths, [""] * 5)
    _after(page)
    ex = _extract(page)
    keys = ("姓名", "人员身份", "单位或学校")
    got = [tuple(m.get(k) or "" for k in keys) for m in ex.members]  # type: ignore[attr-defined]
    assert got == [tuple(m[k] for k in keys) for m in MEMBERS]
    assert all("企业状况" not in m for m in ex.members)  # type: ignore[attr-defined]


def test_the_employers_state_is_still_its_own_column() -> None:
    assert header_label("企业状况") == "企业状况"
    # no 单位, no 学校: no workplace column; 就业（就学）状况 with 或 for the brackets: the member's 人员身份
    assert header_label("就业或就学状况") == "人员身份"
