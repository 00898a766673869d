"""Another unit's printing words the form's questions its own way: 户籍性质 for 户口类型, 就业状态 for 工作状态,
参加工作日期 for 工作时间, 现住址 for 家庭住址, 有无一定自救能力, 是否零就业家庭 (是否为 without 为), 支行 under 开户银行 …
The seeds' own alternations (婚姻情况/婚姻状况, 劳模类别/劳模类型, 户籍地址/户口所在地, 有无低保 beside 是否单亲) make
the variants of every label; the other wordings are listed with the labels. Drawn as a ruled table of labels
over their values (the printings that showed them pair each label with the cell beside it)."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.schemas.labels import canonical_label

from .test_structure import Page

TODAY = date(2026, 6, 1)


def test_seed_wordings_make_the_variants_of_a_label() -> None:
    assert canonical_label("户籍性质") == "户口类型"
    assert canonical_label("就业状态") == "工作状态"
    assert canonical_label("参加工作日期") == "工作时间"
    assert canonical_label("劳动合同签订日期") == "劳动合同签订时间"
    assert canonical_label("是否零就业家庭") == "是否为零就业家庭"
    assert canonical_label("健康情况") == "健康状况"
    assert canonical_label("户籍所在地") == "户口所在地行政区划"
    # a word of a section's heading is no label: 就业情况 heads the rows of 工作单位, 工作状态 …
    assert canonical_label("就业情况") is None
    assert canonical_label("基本情况") is None


def test_labels_over_values_worded_by_another_printing() -> None:
    page = Page()
    w = [260, 260, 260, 300, 300]
    page.row(w, ["户籍性质", "就业状态", "劳模", "参加工作日期", "住房情况"])
    page.row(w, ["农业", "在岗", "非劳模", "2009年3月1日", "租房"])
    page.row([520, 860], ["现住址", "浙江省杭州市拱墅区湖墅南路88号2幢301室"])
    page.row([520, 170, 520, 170], ["有无一定自救能力", "否", "是否零就业家庭", "是"])
    page.row([260, 420, 260, 440], ["开户银行", "中国工商银行", "支行", "杭州拱墅支行"])
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    f = ex.fields
    assert f["户口类型"] == "农业"
    assert f["工作状态"] == "在岗"
    assert f["劳模类型"] == "非劳模"
    assert f["工作时间"] == "2009-03-01"
    assert f["住房类型"] == "租房"
    assert f["家庭住址"] == "浙江省杭州市拱墅区湖墅南路88号2幢301室"
    assert f["是否有一定自救能力"] is False
    assert f["开户银行"] == "中国工商银行"
    assert f["支行名称"] == "杭州拱墅支行"
    assert f["是否为零就业家庭"] is True


def test_measures_and_the_filing_category_worded_for_what_they_are() -> None:
    """「"四个一批"帮扶措施」 is the measures' label whole (not 四个一批 with 帮扶措施 its value), and the category
    a visitor ticks under 建档类别 is the 困难类别; drawn as label beside value, the options in the cell."""
    page = Page()
    page.row([420, 960], ["“四个一批”帮扶措施", "社会救助兜底"])
    page.row([420, 960], ["建档类别", "全总级 ☑省级 □地市级"])
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    assert ex.fields.get("四个一批措施") == "社会救助兜底"
    assert ex.fields.get("困难类别") == "省级"
