"""A form whose applicant has no 工作单位 of their own, its members each a block of captioned cells with
「工作单位（就读学校）」 in the block's last row (drawn in the test with known truth, issue 8).

REAL-DOCUMENTS: the family part of a form names each member's employer or school; the applicant's own
employer is asked elsewhere or not at all. What is under a member block's caption is that member's, and a
block left empty (a slot for a member the household does not have) is still a member block: its captions
pair with nothing of the applicant's — not with the next block's caption (称谓) nor with the statement of
the household under the blocks (家庭共2人，…). And a label word, a label glued to a relation (称谓女儿) or a
count of the household (家庭共N人) is no possible 工作单位 whatever pairs it: the validation gate holds it back.
"""

from __future__ import annotations

import pytest

from dangan.extractors.fields import extract_fields
from dangan.schemas.readings import check_reading

from .test_member_caption_blocks import MEMBERS, _block
from .test_member_tables_unseen import TODAY, _applicant
from .test_structure import Page


def _form(members: list[dict[str, object]], empty: int) -> Page:
    page = Page()
    _applicant(page)
    page.y += 40
    page.text("家庭成员（与申请人共同生活）", page.left, page.y)
    page.y += 40
    titles = iter(("成员一", "成员二", "成员三", "成员四"))
    for m in members:
        _block(page, next(titles), m)
    for _ in range(empty):
        _block(page, next(titles), {}, keys=False)
    page.y += 30
    page.text("家庭困难情况陈述", page.left, page.y)
    page.y += 60
    n = len(members) + 1
    said = f"家庭共{n}人，" + "".join(f"{m['关系']}{m['姓名']}{m['人员身份']}，" for m in members) + "本人月收入2000元。"
    page.text(said, page.left + 10, page.y)
    page.y += 60
    return page


@pytest.mark.parametrize(("members", "empty"), [(MEMBERS[1:2], 1), (MEMBERS[:2], 2), ([], 1), ([], 2)])
def test_no_applicants_unit_from_a_member_block(members: list[dict[str, object]], empty: int) -> None:
    page = _form(members, empty)
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    assert "工作单位" not in ex.fields, ex.fields.get("工作单位")
    assert ex.members == [{k: v for k, v in m.items() if v is not None} for m in members]


@pytest.mark.parametrize(
    "read", ["称谓", "称谓女儿", "称谓父亲", "从业状况", "家庭共1人", "家庭共2人,女儿黄敏学龄前",
             "家庭共3人，儿子董志明在职，儿子董军在读"],
)  # fmt: skip
def test_a_label_or_a_household_count_is_no_unit(read: str) -> None:
    assert check_reading("工作单位", read) is not None
    assert check_reading("单位或学校", read) is not None


@pytest.mark.parametrize("unit", ["杭州老街坊餐饮有限公司", "杭州市第25中学", "称心物业管理有限公司", "家庭服务中心"])
def test_units_stay_units(unit: str) -> None:
    assert check_reading("工作单位", unit) is None
