"""What a paper prints beside its record, and a list printed under its label as a column's head.

A booklet's leaf may carry a second ruled table beside the record (a 户口簿's 住址变动登记 or 登记事项变更和更正
记载 column): its heads stand level with the record's rows and are no part of those rows' last values. A
certificate may list its diagnoses one a row under the head of their column (序号 | 诊断名称 | 疾病编码): the
diagnosis is every row's, not the next head nor the first row alone. A heading may begin with a label's
word (住址变动登记, 住址变更记录): it names no place, so it is no address. A 低保证 may be signed by its
office at its foot without a 发证机关 label, the date under or after it. A 残疾人证's name is the first text
after its label: the row may run on into the table or photo box beside the data rows. Pages are
drawn with PIL (``test_papers_general.Sheet``: the grid found on the drawn image), their truth known; the
wordings are those of REAL-DOCUMENTS.md.
"""

from __future__ import annotations

from dangan.extractors.fields import extract_fields
from dangan.extractors.pipeline import gate

from .test_papers_general import TODAY, Sheet, read
from .test_papers_people import PEOPLE


def side_table(s: Sheet, x: int, y: int, title: str, heads: list[str], rows: int = 4) -> None:
    """A ruled table of its own at (x, y): a title row over its column heads and empty rows, the heads
    level with the row of the record beside it that starts at ``y``."""
    widths = [150] * len(heads)
    s.table([[title], heads, *([[""] * len(heads)] * rows)], widths, y - 72, x=x,
            merged={0: [sum(widths)]})


def test_a_register_card_with_the_change_column_beside_it() -> None:
    """A 常住人口登记卡 with its 登记事项变更和更正记载 table beside it (项目 | 变更更正后 | 日期 level with the
    姓名 row): the relation is the card's own cell (户主), not 户主项目变更更正后."""
    p = PEOPLE[0]
    s = Sheet()
    s.centred("常住人口登记卡", 200, 44)
    s.table(
        [
            ["姓名", p["姓名"], "户主或与户主关系", "户主"],
            ["公民身份号码", p["身份证号"], "性别", p["性别"]],
            ["民族", p["民族"] + "族", "出生日期", p["出生日期"]],
        ],
        [190, 330, 280, 160],
        300,
        x=80,
    )
    side_table(s, 1090, 300, "登记事项变更和更正记载", ["项目", "变更更正后", "日期"])
    ex = extract_fields("户口簿", s.lines, cells=s.cells(), today=TODAY)
    assert gate(ex) == []
    assert ex.members == [
        {"姓名": p["姓名"], "关系": "户主", "性别": p["性别"], "民族": p["民族"] + "族",
         "出生日期": p["出生日期"], "身份证号": p["身份证号"]}
    ]


def test_a_card_of_another_order_with_a_change_record_beside_its_second_row() -> None:
    """Not written for: a card printing 姓名 | 性别 first and the relation on its second row, 民族 last on the
    third, with a change record of other heads (变动项目 | 变动内容 | 日期) beside the second and third rows: the
    relation and the ethnic group are the card's own cells."""
    p = PEOPLE[1]
    s = Sheet()
    s.centred("常住人口登记卡", 160, 44)
    s.table(
        [
            ["姓名", p["姓名"], "性别", p["性别"]],
            ["出生日期", p["出生日期"], "与户主关系", "配偶"],
            ["公民身份号码", p["身份证号"], "民族", p["民族"] + "族"],
        ],
        [200, 330, 200, 150],
        260,
        x=90,
    )
    side_table(s, 1040, 332, "变动记录", ["变动项目", "变动内容", "日期"], rows=3)
    ex = extract_fields("户口簿", s.lines, cells=s.cells(), today=TODAY)
    assert gate(ex) == []
    assert ex.members == [
        {"姓名": p["姓名"], "关系": "配偶", "性别": p["性别"], "民族": p["民族"] + "族",
         "出生日期": p["出生日期"], "身份证号": p["身份证号"]}
    ]


def diagnosis_list(heads: list[str], items: list[list[str]], ruled: bool) -> Sheet:
    """A hospital's certificate whose diagnoses are a table of their own, one a row under its column's head
    (序号 | 诊断名称 | 疾病编码), then the advice and the doctor's row."""
    s = Sheet()
    s.centred("湘潭市第一人民医院", 120, 52)
    s.centred("门诊诊断证明", 200, 46)
    s.text("姓名：罗桂英", 140, 290)
    s.text("性别：女", 560, 290)
    s.text("年龄：61岁", 860, 290)
    widths = [160, 760, 300][: len(heads)]
    if ruled:
        y = s.table([heads, *items], widths, 360)
    else:
        y = 360.0
        for row in [heads, *items]:
            x = 140
            for text, w in zip(row, widths, strict=True):
                s.text(text, x + 20, y + 36)
                x += w
            y += 72
    s.text("医嘱及建议：低糖饮食，定期复查。", 140, y + 70)
    s.text("医师：王立新", 140, y + 170)
    s.text("出具日期：2025年8月2日", 900, y + 170)
    return s


def test_diagnoses_listed_under_their_column_head() -> None:
    """A ruled list (序号 | 诊断名称 | 疾病编码): the diagnosis is every row's 诊断名称, not the next column's
    head (疾病编码) nor the first row alone."""
    items = [["1", "糖尿病", "E11.900"], ["2", "高血压病3级", "I10.x05"], ["3", "慢性胃炎", "K29.500"]]
    got = read(diagnosis_list(["序号", "诊断名称", "疾病编码"], items, ruled=True), "诊断证明")
    assert got["诊断"] == "糖尿病；高血压病3级；慢性胃炎"
    assert got["姓名"] == "罗桂英"


def test_diagnoses_listed_unruled_under_another_head() -> None:
    """Not written for: the list printed without rulings, headed 出院诊断 with each diagnosis's outcome
    beside it (序号 | 出院诊断 | 治疗结果), two rows."""
    items = [["1", "冠心病", "好转"], ["2", "2型糖尿病", "好转"]]
    got = read(diagnosis_list(["序号", "出院诊断", "治疗结果"], items, ruled=False), "诊断证明")
    assert got["诊断"] == "冠心病；2型糖尿病"


def head_page(s: Sheet, x: int, addr: str) -> None:
    """A 户主页's ruled rows at ``x``: 户别 | 家庭户 | 户主姓名 | name, 户号 | number, 住址 | address."""
    s.table(
        [["户别", "家庭户", "户主姓名", PEOPLE[0]["姓名"]], ["户号", "310457", "签发日期", "2024年7月2日"]],
        [150, 180, 180, 240],
        300,
        x=x,
    )
    s.table([["住址", addr]], [150, 600], 444, x=x, height=100)


ADDRESS = "湖南省湘潭市岳塘区建设北路18号3幢2单元401室"


def test_a_head_page_with_its_address_change_column_beside_it() -> None:
    """A 户主页 with its 住址变动登记 column on the right of the leaf, titled above its heads 住址 | 日期:
    the heading begins with the label's word but names no place; the address is the 住址 row's."""
    s = Sheet()
    s.centred("户 口 簿", 200, 44)
    head_page(s, 80, ADDRESS)
    side_table(s, 1000, 300, "住址变动登记", ["住址", "日期"], rows=4)
    ex = extract_fields("户口簿", s.lines, cells=s.cells(), today=TODAY)
    assert gate(ex) == []
    assert ex.fields == {"户主姓名": PEOPLE[0]["姓名"], "住址": ADDRESS}


def test_a_head_page_beside_an_address_change_leaf_on_its_left() -> None:
    """Not written for: the booklet copied open with a 住址变更记录 leaf left of the 户主页, unruled: its
    heading stands first on the page (top left) and begins with the label's word."""
    s = Sheet()
    s.text("住址变更记录", 110, 240, 34)
    s.text("变更后住址", 90, 320, 28)
    s.text("变更日期", 420, 320, 28)
    s.centred("居民户口簿", 246, 40)
    head_page(s, 760, ADDRESS)
    ex = extract_fields("户口簿", s.lines, cells=s.cells(), today=TODAY)
    assert gate(ex) == []
    assert ex.fields == {"户主姓名": PEOPLE[0]["姓名"], "住址": ADDRESS}


def test_a_dibao_certificate_signed_by_its_office_without_a_label() -> None:
    """A 低保证 written as a sentence (户主…，核定保障人数3人，月保障金额960元，特发此证) and signed at its foot by
    the office, the date under it, no 发证机关 label: the office is the issuer."""
    s = Sheet()
    s.centred("湘潭市最低生活保障证", 170, 48)
    s.text("编号：43030220257606", 160, 260)
    s.paragraph(
        [
            "户主罗建平，家庭住址湘潭市岳塘区建设北路18号，经本人申请、街道",
            "审核、公示，符合城乡居民最低生活保障条件，核定保障人数3人，月保",
            "障金额960元，特发此证。",
        ],
        360,
    )
    s.text("有效期：2025年3月5日至2026年3月5日", 160, 620)
    s.text("湘潭市岳塘区民政局", 1000, 820)
    s.text("2025年3月5日", 1040, 890)
    got = read(s, "低保证")
    assert got["发证机关"] == "湘潭市岳塘区民政局"
    assert got["有效期"] == "2026-03-05"


def test_a_dibao_card_signed_on_one_row_under_its_members_list() -> None:
    """Not written for: a card of labelled rows with no 发证机关 label, its foot one row (the office, then the
    date after it) under the list of the people covered."""
    s = Sheet()
    s.centred("城乡居民最低生活保障金领取证", 160, 44)
    s.text("证号：430302202501234", 140, 250)
    s.text("户主姓名：罗建平", 140, 320)
    s.text("保障人数：2人", 140, 390)
    s.text("月保障金额：640元", 700, 390)
    s.text("有效期至：2026年3月5日", 140, 460)
    s.table([["姓名", "与户主关系", "身份证号码"], ["罗建平", "户主", PEOPLE[0]["身份证号"]],
             ["贺兰", "配偶", PEOPLE[1]["身份证号"]]], [220, 260, 520], 540)
    s.text("长沙市芙蓉区人民政府东湖街道办事处", 300, 840)
    s.text("2025年3月6日", 1040, 840)
    got = read(s, "低保证")
    assert got["发证机关"] == "长沙市芙蓉区人民政府东湖街道办事处"
    assert got["姓名"] == "罗建平"


def disability_page(s: Sheet, p: dict[str, str]) -> None:
    """A 残疾人证's data page: ruled rows of label | value, the number's 20 characters (the holder's 身份证号,
    category 4 (肢体), grade 3)."""
    s.centred("中华人民共和国残疾人证", 180, 44)
    s.table(
        [
            ["姓名", p["姓名"]],
            ["性别", p["性别"]],
            ["民族", p["民族"] + "族"],
            ["身份证号", p["身份证号"]],
            ["残疾类别", "肢体残疾"],
            ["残疾等级", "三级"],
            ["残疾人证号", p["身份证号"] + "43"],
        ],
        [200, 480],
        280,
        x=80,
    )


def test_a_disability_card_with_its_assessment_record_beside_it() -> None:
    """A 残疾人证 page with its 残疾评定记录 table beside it, the heads (评定日期 | 残疾类别 | 残疾等级) level with the
    姓名 row: the name is the first text after its label, not 张倩评定日期."""
    p = PEOPLE[1] | {"姓名": "张倩"}
    s = Sheet()
    disability_page(s, p)
    side_table(s, 900, 280, "残疾评定记录", ["评定日期", "残疾类别", "残疾等级"], rows=3)
    got = read(s, "残疾人证")
    assert got["姓名"] == p["姓名"]
    assert (got["残疾类别"], got["残疾等级"]) == ("肢体残疾", "三级")


def test_a_disability_card_whose_name_row_runs_into_the_photo_box() -> None:
    """Not written for: the photo's box right of the data rows, its caption 相片 level with the name."""
    p = PEOPLE[0]
    s = Sheet()
    disability_page(s, p)
    s.draw.rectangle((1000, 260, 1300, 640), outline="black", width=3)
    s.text("相片", 1110, 316)
    got = read(s, "残疾人证")
    assert got["姓名"] == p["姓名"]


def test_diagnoses_indented_from_their_label_alone_on_its_row() -> None:
    """An unruled certificate: the label 临床诊断 alone at the margin, its list starting just right of it and
    a little lower, every next item written further left, under the label (a hand drifting back to the
    margin). The diagnosis is every item in order: the nearest text under the label that overlaps it is
    the second item, and the first, passed over, is the list's start. Before: the second item taken for the
    value, the first read after it and the third lost ("高血压病3级；慢性胃炎；（1）高血压病3级")."""
    s = Sheet()
    s.centred("株洲市中心医院", 120, 52)
    s.centred("诊断证明书", 200, 46)
    s.text("姓名：罗桂英", 140, 290)
    s.text("性别：女", 560, 290)
    s.text("年龄：61岁", 860, 290)
    label = s.text("临床诊断", 140, 380)
    items = (("（1）高血压病3级", label.box[2] + 8), ("（2）慢性胃炎", 250), ("（3）糖尿病", 200))
    for k, (item, x) in enumerate(items):
        s.text(item, x, 418 + 62 * k)
    s.text("处理意见：低糖饮食，定期复查。", 140, 620)
    s.text("医师：王立新", 140, 720)
    s.text("出具日期：2025年8月2日", 900, 720)
    got = read(s, "诊断证明")
    assert got["诊断"] == "高血压病3级；慢性胃炎；糖尿病"
