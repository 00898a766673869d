"""Questions printed short in 「label：value」 cells: the kind word left off (健康：, 户口：, 住房：, 出生：, 行业：),
the question asked the common short way (婚否：, 单亲：, 零就业：, 参加工作：), or worded as the seeds word it
(困难程度：全总级 — seed 000: 困难职工档案按照困难程度分为全总级、省级和…). Such a short word is a value or a word of a
sentence elsewhere (健康 answers 健康状况), so it is a label only where it opens its cell with its colon. The answers
to a yes/no question may follow the printed choices in brackets (单亲：（是/否） 否; 是否享受低保 |（有低保/无低保）无低保):
the answer is what is written after them, and the choices with nothing after them are no answer. Pages drawn here
(PIL + a CJK font, cells found by ``detect_grid``), an arrangement of their own; each cell's label and its value
are OCR lines of their own, as OCR returns them."""

from __future__ import annotations

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import split_labelled

from .test_structure import TODAY, Page


def _inline_row(page: Page, cells: list[tuple[int, str, str]], height: int = 70) -> None:
    """One ruled row of cells, each 「label：」 at its left and the value written after it."""
    top = page.y
    page.row([w for w, _, _ in cells], [""] * len(cells), height=height)
    x = page.left
    for w, label, value in cells:
        ln = page.text(label, x + 10, top + height / 2)
        if value:
            page.text(value, int(ln.box[2]) + 30, top + height / 2)
        x += w


def _extract(page: Page) -> dict[str, object]:
    return extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY).fields


def test_short_labels_opening_their_cells() -> None:
    page = Page()
    _inline_row(page, [(480, "姓名：", "蒋晨帅"), (470, "出生：", "1984-11-26"), (460, "婚否：", "已婚")])
    _inline_row(page, [(470, "健康：", "健康"), (470, "户口：", "非农业"), (470, "单亲：", "（是/否） 否")])
    _inline_row(page, [(470, "住房：", "政府廉租房"), (470, "面积（㎡）：", "30"), (470, "行业：", "制造业")])
    _inline_row(page, [(700, "单位名称：", "杭州橡胶集团有限公司"), (710, "企业现状：", "正常经营")])
    _inline_row(page, [(470, "参加工作：", "2017-08-01"), (470, "参保情况：", "城镇职工医保"),
                       (470, "困难程度：", "全总级")])
    _inline_row(page, [(470, "零就业：", "（是/否）"), (470, "具备自救能力：", "（是/否） 是"),
                       (470, "解困脱困：", "（是/否） 否")])
    f = _extract(page)
    assert f["出生日期"] == "1984-11-26"
    assert f["婚姻状况"] == "已婚"
    assert f["健康状况"] == "健康"
    assert f["户口类型"] == "非农业"
    assert f["是否单亲"] is False
    assert f["住房类型"] == "政府廉租房"
    assert f["建筑面积"] == 30
    assert f["所属行业"] == "制造业"
    assert f["工作单位"] == "杭州橡胶集团有限公司"
    assert f["企业状况"] == "正常经营"
    assert f["工作时间"] == "2017-08-01"
    assert f["医保状况"] == "城镇职工医保"
    assert "有无低保" not in f  # 参保情况 is no 低保情况 misread
    assert f["困难类别"] == "全总级"
    assert "是否为零就业家庭" not in f  # the choices printed, nothing written after them
    assert f["是否有一定自救能力"] is True
    assert f["解困脱困对象"] is False


def test_short_labels_whose_colon_ocr_lost() -> None:
    """Small print on a grey copy: OCR drops the colons (健康健康, 户口非农业). A cell opening with a short label and
    a possible value of it right after is that value; one whose rest is no such value (户口所在地…) is not."""
    page = Page()
    _inline_row(page, [(470, "婚否", "已婚"), (470, "健康", "健康"), (470, "单亲", "（是/否）否")])
    _inline_row(page, [(700, "户口所在地", "河北省石家庄市长安区"), (710, "户口", "非农业")])
    _inline_row(page, [(470, "住房", "其他"), (470, "面积（m）", "86"), (470, "行业", "纺织业")])
    _inline_row(page, [(700, "单位名称", "石家庄常山纺织股份有限公司"), (710, "参加工作", "2008年8月1日")])
    _inline_row(page, [(470, "零就业", "（是/否）否"), (470, "困难程度", "全总级"), (470, "解困脱困", "（是否）是")])
    _inline_row(page, [(800, "身份证", "130102198701173048"), (610, "移动电话", "18286947039")])
    f = _extract(page)
    assert f["身份证号"] == "130102198701173048"  # its first digit no misread 号
    assert f["手机号码"] == "18286947039"
    assert f["婚姻状况"] == "已婚"
    assert f["健康状况"] == "健康"
    assert f["是否单亲"] is False
    assert f["户口类型"] == "非农业"
    assert f["户口所在地行政区划"] == "河北省石家庄市长安区"
    assert f["住房类型"] == "其他"
    assert f["建筑面积"] == 86
    assert f["所属行业"] == "纺织业"
    assert f["工作单位"] == "石家庄常山纺织股份有限公司"
    assert f["工作时间"] == "2008-08-01"
    assert f["是否为零就业家庭"] is False
    assert f["困难类别"] == "全总级"
    assert f["解困脱困对象"] is True


def test_a_short_word_without_its_colon_is_no_label() -> None:
    """健康 alone in the cell beside 健康状况 is the answer; 住房 opening a sentence is the account's word."""
    assert split_labelled("健康") == [(None, "健康")]
    assert split_labelled("住房困难，租房居住") == [(None, "住房困难，租房居住")]
    page = Page()
    page.row([300, 400, 300, 400], ["健康状况", "健康", "住房类型", "自有住房"])
    f = _extract(page)
    assert f["健康状况"] == "健康"


def test_the_answer_after_the_printed_choices_in_their_own_cell() -> None:
    """A question's cell, the choices in brackets before what is written in the next cell: the written answer."""
    page = Page()
    page.row([300, 900], ["是否享受低保", ""])
    page.text("（有低保/无低保）", page.left + 320, page.y - 35)
    page.text("无低保", page.left + 700, page.y - 35)
    page.row([300, 900], ["是否单亲", "（是/否）"])
    f = _extract(page)
    assert f["有无低保"] is False
    assert "是否单亲" not in f


def test_the_union_that_files_and_the_visitor_and_clerk_who_sign() -> None:
    """The union asked as the one that files the application (申报工会), the home visit signed by 入户调查人, the
    entry signed by the 录入员, on lines of their own."""
    page = Page()
    page.text("申报工会：湘潭钢铁", page.left, 150)
    page.row([300, 400, 300, 400], ["姓名", "王英", "性别", "女"])
    page.text("入户调查人", page.left, page.y + 60)  # its colon lost by OCR
    page.text("夏文阳", page.left + 250, page.y + 60)
    page.text("录入员：李刚飞", page.left, page.y + 140)
    f = _extract(page)
    assert f["单位"] == "湘潭钢铁"
    assert f["建档人"] == "夏文阳"
    assert f["录入人"] == "李刚飞"


def test_a_record_of_help_left_blank_reads_nothing() -> None:
    """The help's record printed with its own wordings (结对帮扶单位, 所属重点群体, 其他需说明事项) and nothing
    written: no label read as another's value."""
    page = Page()
    _inline_row(page, [(460, "立卡日期：", ""), (560, "结对帮扶单位：", ""), (400, "帮扶责任人：", "")])
    page.row([1420], ["所属重点群体"], height=90)
    page.row([1420], ["“四个一批”帮扶"], height=90)
    page.row([1420], ["其他需说明事项"], height=90)
    f = _extract(page)
    for lab in ("立卡时间", "帮扶单位", "帮扶联系人", "五类重点群体", "四个一批措施", "七个行动计划", "备注"):
        assert lab not in f, (lab, f.get(lab))


def test_the_illness_asked_as_its_state() -> None:
    """疾病或残疾情况 (as 疾病或残疾名称): the illness or disability written in words."""
    page = Page()
    _inline_row(page, [(900, "疾病或残疾情况：", "言语残疾"), (520, "户口：", "农业")])
    f = _extract(page)
    assert f["疾病/残疾类别"] == "言语残疾"
