"""What a form prints over its table and under its last opinion, worded by the unit that printed it:

- 所在单位 over the table beside the form's 编号 when the table asks 工作单位 as well: the unit the archive is
  filed with (单位), not a second question of the employer;
- 编号：… at the form's head: the archive's number (as 档案编号 is);
- the last opinion signed by its 审批人 on a form with no 审核人 line: the approver is the form's reviewer.

Drawn as a ruled table (label beside value) under a head line of unruled text, the signatures in the last
row's cell with their names after them.
"""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields

from .test_structure import Page

TODAY = date(2026, 6, 1)


def _form(head_unit: str, employer_asked: bool, reviewer_line: bool) -> Page:
    page = Page()
    page.text(head_unit, 120, 150)
    page.text("编号：HN2026-0137", 1150, 150)
    page.row([260, 420, 260, 470], ["姓名", "龙美华", "性别", "女"])
    if employer_asked:
        page.row([260, 1150], ["工作单位", "湘潭钢铁集团有限公司"])
    page.row([260, 1150], ["家庭住址", "湖南省湘潭市岳塘区建设北路12号"])
    sign = "审核人：宋雅丽  审批人：邓国强" if reviewer_line else "入户核查人：周敏  审批人：邓国强"
    page.row([1410], [sign], height=110)
    return page


def test_unit_over_the_table_that_asks_the_employer_too() -> None:
    page = _form("所在单位：湘潭钢铁", employer_asked=True, reviewer_line=False)
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    assert ex.fields.get("单位") == "湘潭钢铁"
    assert ex.fields.get("工作单位") == "湘潭钢铁集团有限公司"
    assert ex.fields.get("职工编号") == "HN2026-0137"
    assert ex.fields.get("审核人") == "邓国强"


def test_unit_the_only_question_of_the_employer_stays_the_employer() -> None:
    page = _form("所在单位：湘潭钢铁集团有限公司", employer_asked=False, reviewer_line=True)
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    assert ex.fields.get("工作单位") == "湘潭钢铁集团有限公司"
    assert ex.fields.get("审核人") == "宋雅丽"


def test_form_number_with_its_colon_lost_and_a_heading_under_the_unit() -> None:
    """「编号HN2026-0137」 (the colon lost to OCR) is the number; the section's title under the head line
    (一、申请人情况, left-aligned with 所在单位) is no wrapped end of the unit's name."""
    page = Page()
    page.text("所在单位：湘潭钢铁", 120, 150)
    page.text("编号HN2026-0137", 1150, 150)
    page.text("一、申请人情况", 120, 200)
    page.y = 240
    page.row([260, 420, 260, 470], ["姓名", "龙美华", "性别", "女"])
    page.row([260, 1150], ["工作单位", "湘潭钢铁集团有限公司"])
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    assert ex.fields.get("职工编号") == "HN2026-0137"
    assert ex.fields.get("单位") == "湘潭钢铁"


def test_union_over_the_table_its_colon_read_as_a_full_stop() -> None:
    """「基层工会.」 over the table, the union's name on the rule after it: OCR read the colon as a point (ASCII,
    as it reads 。 and ． elsewhere); the name is the unit all the same."""
    page = Page()
    page.text("基层工会.", 120, 150)
    page.text("工业橡胶", 330, 150)
    page.y = 240
    page.row([260, 420, 260, 470], ["姓名", "龙美华", "性别", "女"])
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    assert ex.fields.get("单位") == "工业橡胶"


def test_union_named_by_its_name_at_the_head() -> None:
    """The head line asks the union's name (工会名称（盖章）) with the name after it, the colon not printed or
    lost to OCR; the sheet's own table asks 工作单位: the head's name is the 单位."""
    for head in ("工会名称（盖章）株洲电力", "工会名称（盖章）：株洲电力"):
        page = _form(head, employer_asked=True, reviewer_line=True)
        ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
        assert ex.fields.get("单位") == "株洲电力", head
        assert ex.fields.get("工作单位") == "湘潭钢铁集团有限公司"
