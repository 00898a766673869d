"""Member tables whose columns are headed short, drawn in the test with known truth (issue 8).

REAL-DOCUMENTS: each unit prints the forms from its own Word file; its wording of a column is its own.

- the relation headed 称谓 (what the member is called in the family: the column of 家庭主要成员 on personnel
  and application forms, 称谓 姓名 出生年月 工作单位);
- the member's work or study headed by its two heads alone, with or without a word between them
  (就业或就学, 就业就学, 就业/就学: 就业（就学）状况 without its tail): 人员身份;
- the unit and the school side by side with no 或 between them (单位学校, 工作单位就读学校): 单位或学校;
- a member column's own wording with one character misread (就儿状况 for 就业状况): still the member's
  人员身份, not the household's 工作状态 the same wording names beside the applicant's questions.
"""

from __future__ import annotations

import pytest

from dangan.extractors.structure import header_label

from .test_member_tables_unseen import _after, _applicant, _extract
from .test_structure import Page, _id

MEMBERS = [
    {"关系": "配偶", "姓名": "朱慧怡", "人员身份": "在职", "单位或学校": "保定纺织厂", "月收入": 2050,
     "身份证号": _id("13060219881004190")},
    {"关系": "儿子", "姓名": "叶磊宁", "人员身份": "在读", "单位或学校": "保定市第一中学", "月收入": 0,
     "身份证号": _id("13060220120901953")},
    {"关系": "母亲", "姓名": "郑桂英", "人员身份": "退休", "单位或学校": "保定化纤厂", "月收入": 1380,
     "身份证号": _id("13060219560315121")},
]  # fmt: skip

KEYS = ("关系", "姓名", "人员身份", "单位或学校", "月收入")


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("称谓", "关系"),
        ("就业或就学", "人员身份"),
        ("就业就学", "人员身份"),
        ("就业/就学", "人员身份"),
        ("就学或就业", "人员身份"),
        ("单位学校", "单位或学校"),
        ("工作单位就读学校", "单位或学校"),
        ("就业情况", "人员身份"),
        ("就儿状况", "人员身份"),  # 就业状况 with a character misread: the member's, not the applicant's 工作状态
        ("企业状兄", "企业状况"),  # the employer's state misread stays the employer's state
    ],
)
def test_short_heads(printed: str, label: str | None) -> None:
    assert header_label(printed) == label


@pytest.mark.parametrize(
    ("relation", "identity", "place"), [("称谓", "就业或就学", "单位学校"), ("称谓", "就业就学", "单位学校")]
)
def test_a_table_headed_short_is_read(relation: str, identity: str, place: str) -> None:
    page = Page()
    _applicant(page)
    widths = [200, 220, 220, 430, 200]
    page.row(widths, [relation, "姓名", identity, place, "月收入"])
    for m in MEMBERS:
        page.row(widths, [str(m[k]) for k in KEYS])
    page.row(widths, [""] * 5)
    _after(page)
    ex = _extract(page)
    got = [tuple(m.get(k) for k in KEYS) for m in ex.members]  # type: ignore[attr-defined]
    assert got == [tuple(m[k] for k in KEYS) for m in MEMBERS]
