"""Household questions and labels as other printings word them. A yes/no question printed as what it asks about
(零就业家庭, 有一定自救能力: a label only as a cell's whole text, since in a sentence they are the account's words)
opening its cell with its colon, the answers marked after it in the same cell (「零就业家庭：是（ ） 否（√）」): the
colon makes it the label of those answers. And wordings of the seeds' fields other printings use: the other income
by its kind (非薪资收入, seed 002; 家庭非薪资年收入, 其他非薪资年收入, 其中非薪资收入 under the year's total), the branch
as the banks' 网点名称, the home visitor as 走访人 / 调查核实人, the date of birth to the day (出生年月日), the employer by
its name (工作单位名称), the model worker in full (劳动模范), the self-help question as 具备一定自救能力, whoever filled
the form in (填表人, 录入人). Pages drawn here (PIL + a CJK font, cells found by ``detect_grid``), arrangements of
their own; the OCR lines are placed where the drawing put the text."""

from __future__ import annotations

from dangan.extractors.fields import extract_fields

from .test_structure import TODAY, Page


def _fields(page: Page) -> dict[str, object]:
    return extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY).fields


def test_question_opening_its_cell_with_its_colon() -> None:
    page = Page()
    page.row([300, 400, 300, 410], ["姓名", "林东强", "性别", "男"])
    page.row([600, 810], ["零就业家庭：是（ ） 否（√）", "有一定自救能力：是（√） 否（ ）"], align="left")
    f = _fields(page)
    assert f["是否为零就业家庭"] is False
    assert f["是否有一定自救能力"] is True


def test_labels_inline_in_their_cells() -> None:
    page = Page()
    page.row([700, 710], ["本人月均收入（元）：1810", "家庭非薪资年收入（元）：3100"], align="left")
    page.row([400, 500, 510], ["开户行：中国银行", "网点名称：杭州富春支行", "审核人：王霞玲"], align="left")
    page.row([700, 710], ["走访人：戴鹏国", "出生年月日：1976.04.17"], align="left")
    f = _fields(page)
    assert f["家庭其他非薪资年收入"] == 3100
    assert f["支行名称"] == "杭州富春支行"
    assert f["建档人"] == "戴鹏国"
    assert f["出生日期"] == "1976-04-17"


def test_labels_in_cells_beside_their_values() -> None:
    page = Page()
    page.row([300, 400, 300, 410], ["家庭年度总收入", "46720", "其中非薪资收入", "5500"])
    page.row([300, 400, 300, 410], ["工作单位名称", "唐山陶瓷集团", "劳动模范", "非劳模"])
    page.row([300, 400, 300, 410], ["填表人", "戴琴霞", "调查核实人", "周华霞"])
    f = _fields(page)
    assert f["家庭年度总收入"] == 46720
    assert f["家庭其他非薪资年收入"] == 5500
    assert f["工作单位"] == "唐山陶瓷集团"
    assert f["劳模类型"] == "非劳模"
    assert f["录入人"] == "戴琴霞"
    assert f["建档人"] == "周华霞"


def test_self_help_asked_as_having_it() -> None:
    page = Page()
    page.row([600, 810], ["具备一定自救能力：☑是 □否", "零就业家庭：□是 ☑否"], align="left")
    f = _fields(page)
    assert f["是否有一定自救能力"] is True
    assert f["是否为零就业家庭"] is False
