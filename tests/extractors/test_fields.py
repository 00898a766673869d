"""Field extraction on positioned text (no OCR): label→value pairing, member table, ticked boxes, checks."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields, normalise_value
from dangan.extractors.layout import TextLine, split_labelled, ticked_in_text
from dangan.schemas.validators import id_check_digit

TODAY = date(2025, 6, 1)


def _id(first17: str) -> str:
    return first17 + id_check_digit(first17)


ID_M = _id("33010219800101123")  # 男 (17th digit odd)
ID_F = _id("33010219821212002")  # 女


def grid(rows: list[list[str]], x0: int = 100, y0: int = 300, cw: int = 400, rh: int = 100) -> list[TextLine]:
    """Cells of a ruled form as OCR would return them (one line per non-empty cell)."""
    out = []
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text:
                out.append(TextLine(text, (x0 + c * cw + 10, y0 + r * rh + 30, x0 + c * cw + 10 + 30 * len(text), y0 + r * rh + 70), 0.98))
    return out


def test_side_by_side_form_and_members() -> None:
    lines = [TextLine("杭州市工会困难职工建档申请表", (600, 100, 1400, 160), 0.99)]
    lines += grid([
        ["*姓名", "王明", "*性别", "男"],
        ["*身份证号", ID_M, "*民族", "汉族"],
        ["*婚姻状况", "已婚", "*住房类型", "租房"],
        ["*本人月收入", "2,350元", "*家庭其他年收入", "１２００"],
        ["*参加工作时间", "2003年7月1日", "*联系电话", "13812345678"],
        ["*户口类型", "非农", "*医保状况", "新农舍"],
    ])
    lines += grid([["姓名", "关系", "性别", "身份证号", "月收入"],
                   ["李芳", "配偶", "女", ID_F, "1800"],
                   ["王小明", "子", "男", _id("33010220100505001"), "0"]], y0=1000, cw=600)
    ex = extract_fields("建档申请表", lines, today=TODAY)
    f = ex.fields
    assert f["姓名"] == "王明" and f["性别"] == "男" and f["身份证号"] == ID_M and f["民族"] == "汉族"
    assert f["婚姻状况"] == "已婚" and f["住房类型"] == "租房"
    assert f["本人月平均收入"] == 2350 and f["家庭其他非薪资年收入"] == 1200
    assert f["工作时间"] == "2003-07-01" and f["手机号码"] == "13812345678"
    assert f["户口类型"] == "非农业" and f["医保状况"] == "新农合"
    assert ex.confidence["姓名"] > 0.9
    assert ex.boxes["姓名"][0] == 0 and len(ex.boxes["姓名"][1]) == 4
    assert [m["姓名"] for m in ex.members] == ["李芳", "王小明"]
    assert ex.members[0] == {"姓名": "李芳", "关系": "配偶", "性别": "女", "身份证号": ID_F, "月收入": 1800}


def test_header_row_form() -> None:
    """档案表 style: a row of labels with the values in the row below."""
    lines = [TextLine("困难职工档案表", (600, 100, 1000, 160))]
    lines += grid([
        ["*姓名", "*民族", "*性别", "*身份证号", "*出生日期"],
        ["王明", "汉族", "男", ID_M, "1980-01-01"],
        ["*本人月平均收入", "*家庭年度总收入", "*家庭人口", "家庭月人均收入", ""],
        ["2350", "36000", "3", "1000", ""],
    ], cw=600)
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["姓名"] == "王明" and ex.fields["出生日期"] == "1980-01-01"
    assert ex.fields["家庭年度总收入"] == 36000 and ex.fields["家庭人口"] == 3 and ex.fields["家庭月人均收入"] == 1000


def test_inline_pairs_and_split() -> None:
    assert split_labelled("姓名：张三 性别：男") == [("姓名", "张三"), ("性别", "男")]
    assert split_labelled("本人月收入：2350元 家庭人口：3") == [("本人月平均收入", "2350元"), ("家庭人口", "3")]


def test_ticked_boxes_from_text() -> None:
    assert ticked_in_text("□未婚 ☑已婚 □离异 □丧偶", ["未婚", "已婚", "离异", "丧偶"]) == ["已婚"]
    assert ticked_in_text("未婚□已婚■离异□丧偶□", ["未婚", "已婚", "离异", "丧偶"]) == ["已婚"]
    # the ticked glyph lost by OCR: the option without a box is the ticked one
    assert ticked_in_text("□本人大病 供养直系亲属大病 □残疾", ["本人大病", "供养直系亲属大病", "残疾"]) == ["供养直系亲属大病"]
    assert ticked_in_text("已婚", ["未婚", "已婚"]) is None
    # the ticked box lost, and the spaces tell which word the other box belongs to
    assert ticked_in_text("是□ 否", ["是", "否"]) == ["否"]
    assert ticked_in_text("是 □否", ["是", "否"]) == ["是"]


def test_checkbox_fields_by_geometry() -> None:
    """Boxes found in the image are mapped to the word printed right after them, and to their row's label."""
    y1, y2, y3 = 300, 400, 500
    lines = [
        TextLine("*主要致困原因", (100, y1, 400, y1 + 40)),
        TextLine("本人大病", (470, y1, 590, y1 + 40)), TextLine("子女上学", (680, y1, 800, y1 + 40)),
        TextLine("次要致困原因", (100, y2, 400, y2 + 40)),
        TextLine("本人大病", (470, y2, 590, y2 + 40)), TextLine("子女上学", (680, y2, 800, y2 + 40)),
        TextLine("收入低", (890, y2, 980, y2 + 40)),
        TextLine("是否为零就业家庭", (100, y3, 400, y3 + 40)),
        TextLine("是", (470, y3, 500, y3 + 40)), TextLine("否", (580, y3, 610, y3 + 40)),
    ]
    boxes = [
        ((430, y1, 465, y1 + 40), False), ((640, y1, 675, y1 + 40), True),
        ((430, y2, 465, y2 + 40), True), ((640, y2, 675, y2 + 40), False), ((850, y2, 885, y2 + 40), True),
        ((430, y3, 465, y3 + 40), False), ((540, y3, 575, y3 + 40), True),
    ]
    ex = extract_fields("建档申请表", lines, checkboxes=boxes, today=TODAY)
    assert ex.fields["主要致困原因"] == "子女上学"
    assert ex.fields["次要致困原因"] == ["本人大病", "收入低"]
    assert ex.fields["是否为零就业家庭"] is False


def test_checks_lower_confidence() -> None:
    bad_id = ID_M[:-1] + ("0" if ID_M[-1] != "0" else "1")
    lines = grid([["姓名", "王明", "性别", "女"], ["身份证号", bad_id, "出生日期", "1980-01-01"]])
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.confidence["身份证号"] < 0.6
    lines = grid([["姓名", "王明", "性别", "女"], ["身份证号", ID_M, "出生日期", "1981-01-01"],
                  ["家庭人口", "5", "", ""]])
    lines += grid([["姓名", "关系", "性别"], ["李芳", "配偶", "女"]], y0=800)
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.confidence["性别"] < 0.85 and ex.confidence["出生日期"] < 0.85 and ex.confidence["家庭人口"] < 0.85
    assert ex.confidence["姓名"] > 0.9


def test_income_certificate_sentence_and_check() -> None:
    text = ["职工（家庭成员）工资收入证明", "王明同志是我单位职工（或聘用人员），其前12个月的月均工资为3500元，",
            "月均实发工资3200元，年收入为38400元。", "经办人（签名）：李四", "联系电话：0571-87654321", "2024年3月5日"]
    lines = [TextLine(t, (100, 100 + 80 * i, 100 + 40 * len(t), 150 + 80 * i), 0.97) for i, t in enumerate(text)]
    ex = extract_fields("收入证明", lines, seal=True, today=TODAY)
    f = ex.fields
    assert f["姓名"] == "王明" and f["统计月数"] == 12 and f["月均工资"] == 3500 and f["月均实发工资"] == 3200
    assert f["年收入"] == 38400 and f["经办人"] == "李四" and f["出具日期"] == "2024-03-05" and f["是否盖章"] is True
    assert f["联系电话"] == "0571-87654321"
    assert ex.confidence["年收入"] > 0.85
    lines[2] = TextLine("月均实发工资3200元，年收入为98400元。", lines[2].box, 0.97)
    assert extract_fields("收入证明", lines, today=TODAY).confidence["年收入"] < 0.85


def test_publicity_and_contract() -> None:
    text = ["杭州市工会困难职工救助公示证明", "兹有我单位职工王明申请杭州市工会困难职工救助。其家庭成员基本情况",
            "已进行公示，公示期为2024年3月1日至2024年3月8日（一周），结果无异议。"]
    lines = [TextLine(t, (100, 100 + 80 * i, 100 + 40 * len(t), 150 + 80 * i)) for i, t in enumerate(text)]
    f = extract_fields("公示证明", lines, seal=False).fields
    assert f["公示期起"] == "2024-03-01" and f["公示期止"] == "2024-03-08" and f["结果"] == "无异议"
    assert f["是否盖章"] is False and f["姓名"] == "王明"
    text = ["劳动合同书", "甲方（用人单位）：杭州橡胶集团有限公司", "乙方（劳动者）：王明",
            "合同期限自2020年1月1日起至2023年12月31日止"]
    lines = [TextLine(t, (100, 100 + 80 * i, 100 + 40 * len(t), 150 + 80 * i)) for i, t in enumerate(text)]
    f = extract_fields("劳动合同", lines).fields
    assert f["用人单位"] == "杭州橡胶集团有限公司" and f["姓名"] == "王明"
    assert f["合同起始"] == "2020-01-01" and f["合同终止"] == "2023-12-31"


def test_normalise_values() -> None:
    assert normalise_value("本人月平均收入", "２，３５０元")[0] == 2350
    assert normalise_value("出生日期", "1980年1月2日")[0] == "1980-01-02"
    assert normalise_value("是否单亲", "否")[0] is False
    assert normalise_value("次要致困原因", "本人大病、子女上学")[0] == ["本人大病", "子女上学"]
    assert normalise_value("身份证号", "33010219800101123x")[0].endswith("X")
    # a colon between label and value read as a full stop is no part of the value; a decimal point is
    assert normalise_value("开户银行", ".中国邮政储蓄银行")[0] == "中国邮政储蓄银行"
    assert normalise_value("合同期限", ".")[0] is None
    assert normalise_value("本人月平均收入", ".5")[0] == 0.5


def test_printed_form_instructions_are_not_values() -> None:
    """困难职工单位工会：（填写盖章） prints an instruction in the value's place; it must not become the value."""
    assert normalise_value("单位", "（填写盖章）西湖街道")[0] == "西湖街道"
    assert normalise_value("单位", "(填写盖章)")[0] is None
    assert normalise_value("姓名", "王（小）明")[0] == "王(小)明"


def test_label_with_cut_off_remark() -> None:
    """OCR often splits "关系（是户主的）" over two lines or drops the closing bracket."""
    from dangan.extractors.layout import label_of

    assert label_of("*关系（是户主的") == "关系"
    assert label_of("关系（是户主的）") == "关系"
    assert label_of("经办人（签名") == "经办人"
    assert label_of("（是户主的") is None and label_of("张三（是") is None


def test_member_block_whose_relation_label_was_missed() -> None:
    """档案表 member blocks: the third block lost its 关系 label to OCR but starts where the others do."""
    lines = [TextLine("困难职工档案表", (600, 100, 1000, 160))]
    names = [("李芳", "配偶", ID_F), ("王小明", "儿子", _id("33010220100505001")), ("王小红", "女儿", _id("33010220120606002"))]
    for i, (name, rel, idn) in enumerate(names):
        row = ["*姓名", name, "" if i == 2 else "*关系（是户主的", rel]
        lines += grid([row, ["*身份证号", idn, "年龄", "30"]], y0=300 + 400 * i)
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert [m["姓名"] for m in ex.members] == ["李芳", "王小明", "王小红"]
    assert ex.members[2]["身份证号"] == names[2][2] and ex.members[0]["关系"] == "配偶"


def test_narrative_is_taken_whole() -> None:
    """困难情况说明 names other fields (本人月收入…) and ends with 。; the printed prompt 直接叙述： is no part of it."""
    story = "家庭共3人，配偶程慧失业，本人月收入3370元，家庭年收入45240元，主要困难：家庭收入低，特申请建档。"
    lines = [TextLine("困难职工申报表", (600, 100, 1000, 160))]
    lines += grid([["*姓名", "王明"], ["家庭困难原因及状况", "直接叙述：" + story]], cw=500)
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["困难情况说明"].replace(",", "，").replace(":", "：") == story
    assert "本人月平均收入" not in ex.fields


def test_tall_label_cell_takes_its_own_value_and_stops_at_the_ruling() -> None:
    """A 3-line label cell must not take the phone number in the row above, nor the promise below its cell."""
    story = "家庭共2人，配偶在职，生活困难，特申请建档。"
    phone = TextLine("13102868708", (291, 656, 1533, 730), 0.99, cell=True)
    label = TextLine("家庭主要困难情况", (121, 735, 286, 1060), 0.99, cell=True)
    value = TextLine(story, (291, 735, 1533, 1060), 0.99, cell=True)
    promise = TextLine("本人承诺以上所填情况皆真实，愿意接受审核。", (299, 1095, 1180, 1129), 0.99)
    lines = [TextLine("联系电话", (121, 656, 286, 730), 0.99, cell=True), phone, label, value, promise]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["困难情况说明"] == story.replace("，", ",")  # values are folded to half-width
    assert ex.fields["手机号码"] == "13102868708"


def test_ticked_box_lost_its_outline_while_the_question_names_the_options() -> None:
    """有无低保: the label holds 无低保 and 有 itself; the one option with no box found is the ticked one,
    and 有 inside 有限公司 is no option."""
    lines = [
        TextLine("有无低保", (1357, 430, 1492, 482)),
        TextLine("□有低保", (1526, 403, 1661, 456)),
        TextLine("无低保", (1515, 433, 1666, 514)),
        TextLine("工作单位", (1357, 560, 1492, 610)),
        TextLine("株洲电力机车有限公司", (1515, 560, 1900, 610)),
    ]
    boxes = [((1536, 417, 1562, 443), False)]
    ex = extract_fields("建档申请表", lines, checkboxes=boxes, today=TODAY)
    assert ex.fields["有无低保"] is False
    assert ex.fields["工作单位"] == "株洲电力机车有限公司"


def test_signer_after_a_bracketed_label_without_the_date() -> None:
    """湖南 审批表: "（公章+审签人签字）卢艳娜 2026 05 12" in one cell: 审核人 is the name alone."""
    lines = [TextLine("困难职工家庭建档申请审批表", (600, 100, 1400, 160))]
    lines += [TextLine("（公章+审签人签字）卢艳娜 2026 05 12", (850, 1540, 1400, 1600), 0.97)]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["审核人"] == "卢艳娜"


def test_labelless_option_read_from_the_tick_glyph() -> None:
    """□困难职工 ☑困难农民工 with no question printed, and the ticked box not found in the image."""
    lines = [TextLine("困难职工☑困难农民工（劳动合同签订时间2025-07-02）", (579, 164, 1562, 223), 0.94)]
    ex = extract_fields("建档申请表", lines, checkboxes=[((590, 185, 616, 210), False)], today=TODAY)
    assert ex.fields["是否农民工"] is True


def test_written_option_value_and_options_in_the_cell_below() -> None:
    """杭州 申请表: 户口类型 written as 非农业 (one option, though 农业 is inside it); 是否有一定自救能力
    with its options printed under the label ("是☑否□")."""
    lines = [
        TextLine("杭州市工会困难职工建档申请表", (600, 100, 1400, 160)),
        TextLine("*户口类型", (1421, 353, 1551, 398)), TextLine("非农业", (1438, 428, 1534, 475)),
        TextLine("是否有一定自救能力", (100, 645, 310, 687)), TextLine("是☑否口", (190, 745, 360, 785)),
    ]
    boxes = [((208, 753, 230, 775), False), ((325, 753, 347, 775), False)]
    ex = extract_fields("建档申请表", lines, checkboxes=boxes, today=TODAY)
    assert ex.fields["户口类型"] == "非农业"
    assert ex.fields["是否有一定自救能力"] is True


def test_clipped_long_label_still_names_its_column() -> None:
    """河北 申报表: OCR drops the 系 of the member header 与申请人关系; the table is still found."""
    from dangan.extractors.layout import label_of

    assert label_of("与申请人关") == "关系"
    assert label_of("家庭住") is None  # short texts stay what they are
    lines = [TextLine("困难职工申报表", (600, 100, 1000, 160))]
    lines += grid([["姓名", "与申请人关", "性别", "公民身份号码", "月收入"],
                   ["李芳", "配偶", "女", ID_F, "1800元"]], y0=1000, cw=500)
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.members == [{"姓名": "李芳", "关系": "配偶", "性别": "女", "身份证号": ID_F, "月收入": 1800}]


def test_header_row_value_is_below_even_with_a_misread_label_beside() -> None:
    """档案表 header row: "使康" (a misread 健康) squeezed right of 年龄 is not 年龄's value; 42 below is."""
    heads = ["*姓名", "*民族", "*性别", "*政治面貌", "*身份证号", "年龄"]
    lines = [TextLine(h, (100 + 200 * i, 400, 100 + 200 * i + 30 * len(h), 450)) for i, h in enumerate(heads)]
    lines.append(TextLine("使康", (1290, 380, 1400, 470), 0.52))
    vals = ["史欢勇", "汉族", "男", "群众", ID_M, "42"]
    lines += [TextLine(v, (100 + 200 * i, 500, 100 + 200 * i + 30 * len(v), 550)) for i, v in enumerate(vals)]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["年龄"] == 42 and ex.fields["姓名"] == "史欢勇"


def test_impossible_value_from_the_wrong_cell_gives_way_to_a_possible_one() -> None:
    """A label paired with the wrong neighbour (性别 "汉族", 住房类型 "丧偶") takes the text below it
    when that is a possible value of the field."""
    lines = [
        TextLine("性别", (100, 100, 180, 140)), TextLine("汉族", (300, 100, 380, 140)),
        TextLine("男", (110, 170, 140, 210)),
        TextLine("住房类型", (100, 400, 260, 440)), TextLine("丧偶", (400, 400, 480, 440)),
        TextLine("租房", (110, 470, 190, 510)),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["性别"] == "男" and ex.fields["住房类型"] == "租房"


def test_a_sentence_naming_a_signer_role_is_no_signer() -> None:
    lines = [TextLine("*建档人或审核人确定困难职工是否为解困脱困对象（是 否）", (100, 100, 1500, 140))]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert "建档人" not in ex.fields


def test_label_with_one_character_misread_and_money_with_points() -> None:
    """OCR reads 劳 as 芳 in a label glued to its value, and a thousands comma as a point."""
    lines = grid([["*芳模类型非劳模", "*因困总支出：11.100.00"], ["*姓名：王明", "申请人签名：王明"]])
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["劳模类型"] == "非劳模"
    assert ex.fields["年度必要支出"] == 11100
    assert split_labelled("申请人签名：王明")[0][0] != "姓名"


def test_struck_through_first_attempt_gives_way_to_the_word_after_it() -> None:
    """A hand-filled cell with a wrong first attempt struck through: OCR reads both, the second counts."""
    assert normalise_value("政治面貌", "共青图共青团员") == ("共青团员", 0.9)
    assert normalise_value("医保状况", "城镇居民医城镇居民医保") == ("城镇居民医保", 0.9)
    assert normalise_value("姓名", "陈峰陈峰凯") == ("陈峰凯", 0.9)
    assert normalise_value("姓名", "张小明张晓明") == ("张晓明", 0.9)
    assert normalise_value("姓名", "邵桂 邵桂佳") == ("邵桂佳", 0.9)
    assert normalise_value("月收入", "8元0元") == (0, 0.9)
    assert normalise_value("月收入", "2,300元")[0] == 2300
    assert normalise_value("姓名", "欧阳娜娜") == ("欧阳娜娜", 1.0)
    assert normalise_value("政治面貌", "群众") == ("群众", 1.0)
    assert normalise_value("住房类型", "公租房") == ("公租房", 1.0)  # no first attempt: left for review


def test_one_option_written_twice_is_no_printed_option_list() -> None:
    """「男」 struck through and written again reads "男月男": one option named twice is a value."""
    ex = extract_fields("建档申请表", grid([["姓名", "毛军海", "性别", "男月男"]]), today=date(2025, 6, 1))
    assert ex.fields["性别"] == "男"
    ex = extract_fields("建档申请表", grid([["姓名", "毛军海", "性别", "□男 □女"]]), today=date(2025, 6, 1))
    assert ex.fields.get("性别") is None  # nothing ticked: no reading


def test_first_attempt_struck_past_resemblance_and_an_id_with_a_date_stamped_over_it() -> None:
    """A stroke garbles the first attempt ("儿中" read 先中): the possible word after it, less sure. An ID
    cell with the attestation's date stamped into it, or the next column run into it: the one valid run."""
    assert normalise_value("关系", "先中儿子") == ("儿子", 0.8)
    assert normalise_value("关系", "先儿子") == ("先儿子", 1.0)  # one character is no struck attempt
    idn = _id("33010219890310528")
    assert normalise_value("身份证号", "2026.1.23" + idn) == (idn, 0.9)
    assert normalise_value("身份证号", idn + "3 3") == (idn, 0.9)
    other = _id("33010219920611402")
    assert normalise_value("身份证号", idn + other)[1] == 1.0  # two valid numbers: left as read, for review


def test_question_and_its_options_in_one_cell_with_the_ticked_glyph_lost() -> None:
    """「是否有一定自救能力：☑是 □否」 in one cell, OCR dropping the ☑: the 是/否 of the question are no
    options; the option that lost its box is the ticked one."""
    lines = grid([["是否有一定自救能力：是 □否", "是否为零就业家庭：□是 否"]], cw=700)
    cells = [(100 + c * 700, 300, 100 + (c + 1) * 700, 400) for c in range(2)]
    ex = extract_fields("建档申请表", lines, checkboxes=[], cells={0: cells}, today=TODAY)
    assert ex.fields["是否有一定自救能力"] is True
    assert ex.fields["是否为零就业家庭"] is False


def test_signer_with_a_tick_read_into_the_name_and_an_amount_that_lost_its_point() -> None:
    """A box of the row's options read before the signer ("☑史兰"); "6,900.00" read without its point."""
    assert normalise_value("审核人", "☑史兰") == ("史兰", 1.0)
    assert normalise_value("审核人", "口红") == ("口红", 1.0)  # 口 may be a name's character
    assert normalise_value("年度必要支出", "6,90000") == (6900, 1.0)
    assert normalise_value("月收入", "12,345") == (12345, 1.0)


def test_amount_whose_point_was_lost_and_vocabulary_word_one_slip_away() -> None:
    """Hand-filled digits at 150 dpi: 1850.00 read "185000" (too large for a monthly income) is 1850.00,
    less sure; a word one OCR slip from exactly one vocabulary word is that word; a word that is one
    character longer than a vocabulary word (公租房) or one slip from several (又族) is left for review."""
    assert normalise_value("本人月平均收入", "185000") == (1850, 0.8)
    assert normalise_value("家庭年度总收入", "120000") == (120000, 1.0)
    assert normalise_value("月收入", "3100 00") == (3100, 1.0)
    assert normalise_value("医保状况", "新农全") == ("新农合", 0.8)
    assert normalise_value("婚姻状况", "丧俚") == ("丧偶", 0.8)
    assert normalise_value("政治面貌", "共青团") == ("共青团员", 0.8)
    assert normalise_value("民族", "又族") == ("又族", 1.0)
    assert normalise_value("住房类型", "公租房") == ("公租房", 1.0)


def test_unlikely_readings_wait_for_a_person() -> None:
    """A 年龄 its birth date cannot give (54 read 4) and a monthly income no hardship household has (2380.5
    read 23805, its point lost) are kept but lowered below any trust threshold; the likely ones are not."""
    rows = [["姓名", "王明", "性别", "男"], ["出生日期", "1971-03-02", "年龄", "4"],
            ["本人月平均收入", "23805", "", ""]]
    ex = extract_fields("建档申请表", grid(rows), today=TODAY)
    assert ex.fields["年龄"] == 4 and ex.confidence["年龄"] < 0.85
    assert ex.fields["本人月平均收入"] == 23805 and ex.confidence["本人月平均收入"] < 0.85
    rows[1][3], rows[2][1] = "54", "2380.5"
    ex = extract_fields("建档申请表", grid(rows), today=TODAY)
    assert ex.confidence["年龄"] > 0.9 and ex.confidence["本人月平均收入"] > 0.9
    # an age written some years before the archive was scanned is an age the birth date gave then
    rows[1][3] = "48"
    assert extract_fields("建档申请表", grid(rows), today=TODAY).confidence["年龄"] > 0.9
    members = grid([["姓名", "关系", "性别", "身份证号", "月收入"],
                    ["李芳", "配偶", "女", ID_F, "23805"], ["王小明", "儿子", "男", _id("33010220100505001"), "0"]],
                   y0=800, cw=600)
    ex = extract_fields("建档申请表", grid(rows[:1]) + members, today=TODAY)
    assert [m["月收入"] for m in ex.members] == [23805, 0]
    assert ex.member_confidence[0]["月收入"] < 0.85 and ex.member_confidence[1]["月收入"] > 0.9
