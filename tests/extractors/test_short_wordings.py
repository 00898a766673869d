"""Printings that word the household's questions short or their own way: the union as 所在工会, the bank as
开户行, the address as 家庭详细住址, the people as 家庭成员人数, the year's income as 家庭年收入（合计）, the other
income as 家庭其他收入 or 家庭年非薪资收入, the month's income as 个人月收入, the spending as 家庭年必要支出,
the start of work as 参工时间, work as 就业状况, the self-help question without 一定, the home visitor as 调查人.
Drawn two ways no printing of the generator uses: a ruled table of labels over their values, and lines of
「label：value」 with no rulings at all."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
from dangan.schemas.labels import canonical_label

from .test_structure import Page

TODAY = date(2026, 6, 1)


def test_short_wordings_name_their_fields() -> None:
    assert canonical_label("所在工会") == "单位"
    assert canonical_label("家庭成员人数") == "家庭人口"
    assert canonical_label("家庭年收入合计") == "家庭年度总收入"
    assert canonical_label("家庭年非薪资收入") == "家庭其他非薪资年收入"
    assert canonical_label("参工时间") == "工作时间"
    # still no label: a section's heading word, and the member table's column (人员身份, its own reader)
    assert canonical_label("就业情况") is None


def test_labels_over_values_worded_short() -> None:
    page = Page()
    w = [300, 300, 300, 300, 300]
    page.row(w, ["所在工会", "就业状况", "参工时间", "家庭成员人数", "个人月收入"])
    page.row(w, ["拱墅区总工会", "下岗", "2004年6月1日", "3", "1650"])
    page.row(w, ["家庭其他收入（年）", "家庭年收入合计", "家庭年必要支出", "有无自救能力", "开户行"])
    page.row(w, ["1200", "43800", "21500", "否", "中国农业银行"])
    page.row([400, 1100], ["家庭详细住址", "浙江省杭州市拱墅区湖墅南路88号2幢301室"])
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    f = ex.fields
    assert f["单位"] == "拱墅区总工会"
    assert f["工作状态"] == "下（待）岗"  # the vocabulary's word for it
    assert f["工作时间"] == "2004-06-01"
    assert f["家庭人口"] == 3
    assert f["本人月平均收入"] == 1650
    assert f["家庭其他非薪资年收入"] == 1200
    assert f["家庭年度总收入"] == 43800
    assert f["年度必要支出"] == 21500
    assert f["是否有一定自救能力"] is False
    assert f["开户银行"] == "中国农业银行"
    assert f["家庭住址"] == "浙江省杭州市拱墅区湖墅南路88号2幢301室"


def test_colon_lines_worded_short_without_rulings() -> None:
    rows = [
        ("家庭人数：4", "家庭年非薪资收入（元）：2400"),
        ("家庭年收入（元）：56000", "调查人：郑明远"),
    ]
    lines: list[TextLine] = []
    for i, (left, right) in enumerate(rows):
        y = 300 + 90 * i
        lines.append(TextLine(left, (120, y, 120 + 36 * len(left), y + 44), 0.98))
        lines.append(TextLine(right, (900, y, 900 + 36 * len(right), y + 44), 0.98))
    ex = extract_fields("建档申请表", lines, today=TODAY)
    f = ex.fields
    assert f["家庭人口"] == 4
    assert f["家庭其他非薪资年收入"] == 2400
    assert f["家庭年度总收入"] == 56000
    assert f["建档人"] == "郑明远"
