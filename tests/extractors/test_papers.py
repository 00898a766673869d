"""Supporting papers in printings their readers were not written for: the same 公示证明 or 其他 material
drawn in the test as a letter, a notice listing several households, a two-column table, a table whose
labels head their columns, a card copied onto A4 (positioned text with known truth)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest

from dangan.extractors.certificates import date_range, labelled_values, publicity_result
from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
from dangan.extractors.pipeline import gate

TODAY = date(2026, 6, 1)
CH = 40  # the drawn font's character size in pixels


def text_at(text: str, x: float, y: float, page: int = 0, size: float = CH) -> TextLine:
    """One printed text whose left edge is at ``x`` and top at ``y``, as OCR boxes it."""
    return TextLine(text, (x, y, x + size * max(1, len(text)), y + size), 0.97, page)


def letter(rows: Sequence[str], x: float = 200, y: float = 300, gap: float = 80) -> list[TextLine]:
    """Sentences printed one under the other (a letter, a notice's paragraphs)."""
    return [text_at(t, x, y + i * gap) for i, t in enumerate(rows) if t]


def table(
    rows: Sequence[Sequence[str]], widths: Sequence[float], x: float = 150, y: float = 400, height: float = 90
) -> list[TextLine]:
    """A ruled table: each cell's text centred in its cell (empty cells print nothing)."""
    out = []
    for r, cells in enumerate(rows):
        left = x
        for text, w in zip(cells, widths, strict=True):
            if text:
                tw = CH * len(text)
                out.append(text_at(text, left + (w - tw) / 2, y + r * height + (height - CH) / 2))
            left += w
    return out


def fields(doc_type: str, lines: list[TextLine]) -> dict[str, object]:
    ex = extract_fields(doc_type, lines, today=TODAY)
    assert gate(ex) == []  # nothing read fails its field's validation
    return ex.fields


# ---------------------------------------------------------------------------------------------
# helpers


def test_date_range_written_every_way() -> None:
    assert date_range("公示期为2026年1月23日至2026年1月29日。") == ("2026-01-23", "2026-01-29")
    assert date_range("公示时间：2026年3月1日至7日") == ("2026-03-01", "2026-03-07")
    assert date_range("2026.03.28-2026.04.03") == ("2026-03-28", "2026-04-03")
    assert date_range("自2025年12月29日起至1月4日止") is None  # an end before its start is no range
    assert date_range("自2025年12月29日起至2026年1月4日止") == ("2025-12-29", "2026-01-04")
    assert date_range("于2026年1月5日召开会议") is None
    text = "我单位于2026年1月2日至1月3日评议，公示期为2026年1月6日至1月12日"
    assert date_range(text, cue="公示") == ("2026-01-06", "2026-01-12")


def test_publicity_result_is_what_happened_not_the_instruction() -> None:
    assert publicity_result("公示期满，结果无异议。") == "无异议"
    assert publicity_result("□无异议 ☑有异议") == "有异议"
    assert publicity_result("☑无异议 □有异议") == "无异议"
    assert publicity_result("公示期内未收到任何异议") == "无异议"
    assert publicity_result("如有异议，请向单位工会反映。") is None
    assert publicity_result("职工群众对公示情况有异议的，可在公示期内反映") is None


def test_labelled_values_right_or_below() -> None:
    labels = {"公示对象": "姓名", "公示时间": "公示期"}
    two_columns = table([["公示对象", "王芳"], ["公示时间", "2026年3月1日至3月7日"]], [300, 900])
    assert labelled_values(two_columns, labels)["姓名"].text == "王芳"
    headed = table([["公示对象", "公示时间"], ["王芳", "2026年3月1日至3月7日"]], [400, 900])
    got = labelled_values(headed, labels)
    assert got["姓名"].text == "王芳" and got["公示期"].text == "2026年3月1日至3月7日"


# ---------------------------------------------------------------------------------------------
# 公示证明


def test_publicity_letter() -> None:
    lines = [
        text_at("困难职工救助公示证明", 700, 150, size=60),
        *letter(
            [
                "兹有我单位职工 刘建华 申请困难职工救助。其家庭成员基本情况已按规定进行公示，",
                "公示期为2026年 2 月 3 日至2026年 2 月 9 日（一周），结果 无异议 。",
                "特此证明。",
            ]
        ),
    ]
    f = fields("公示证明", lines)
    assert (f["姓名"], f["公示期起"], f["公示期止"], f["结果"]) == ("刘建华", "2026-02-03", "2026-02-09", "无异议")


def _notice(title: str, names: Sequence[str], result: str = "公示结果：无异议") -> list[TextLine]:
    head = [text_at(title, 500, 150, size=56)]
    body = letter(
        [
            f"经个人申请、民主评议，拟将以下{len(names)}名职工列为困难职工建档对象，现予公示。",
            "公示期为2026年1月11日至2026年1月17日。如有异议，请向单位工会反映。",
        ]
    )
    rows = [["序号", "职工姓名", "部门", "家庭人口", "主要致困原因"]]
    rows += [[str(i + 1), n, "生产部", "3人", "疾病"] for i, n in enumerate(names)]
    listed = table(rows, [160, 300, 300, 300, 500], y=500)
    tail = letter([result, "单位工会（盖章）", "2026-01-17"], x=1200, y=520 + 90 * len(rows))
    return head + body + listed + tail


def test_publicity_notice_listing_several_households_names_the_one_its_title_names() -> None:
    ex = extract_fields("公示证明", _notice("关于赵丽娟等困难职工建档的公示", ["程志军", "周小燕", "赵丽娟"]), today=TODAY)
    f = ex.fields
    assert f["姓名"] == "赵丽娟"  # the third row, not the first
    assert ex.confidence["姓名"] < 0.7  # the notice's subject, perhaps not this archive's household: reviewed
    assert (f["公示期起"], f["公示期止"], f["结果"]) == ("2026-01-11", "2026-01-17", "无异议")


def test_publicity_notice_of_several_households_without_a_name_in_its_title_names_nobody() -> None:
    f = fields("公示证明", _notice("困难职工名单公示", ["程志军", "周小燕", "赵丽娟"]))
    assert "姓名" not in f  # which of three households is this archive's is not on the paper
    assert f["公示期起"] == "2026-01-11" and f["结果"] == "无异议"
    one = fields("公示证明", _notice("困难职工名单公示", ["周小燕"]))
    assert one["姓名"] == "周小燕"


def test_publicity_notice_whose_result_is_not_printed_has_no_result() -> None:
    f = fields("公示证明", _notice("关于周小燕等困难职工建档的公示", ["周小燕", "程志军"], result=""))
    assert "结果" not in f  # "如有异议，请…反映" is the notice's instruction, not its result


def test_publicity_sheet_with_the_households_members_and_no_result_yet() -> None:
    """The seeds' 公示单: the applicant named in the sentence, members in a table (本人 not first)."""
    lines = [
        text_at("困难职工救助公示单", 700, 150, size=56),
        *letter(["本单位 谢宁旭 职工家庭申请困难救助。现将申请人家庭基本情况予以公示并征求群众意见："]),
        *table(
            [["姓名", "家庭关系", "性别", "年龄"], ["韩桂琳", "配偶", "女", "42"], ["谢宁旭", "本人", "男", "47"]],
            [300, 300, 200, 200],
        ),
        *letter(["公示期自 2025 年 10 月 21 日至 2025 年 10 月 27 日。职工群众对公示情况有异议的，可在公示期内反映。"], y=800),
    ]
    f = fields("公示证明", lines)
    assert (f["姓名"], f["公示期起"], f["公示期止"]) == ("谢宁旭", "2025-10-21", "2025-10-27")
    assert "结果" not in f


def test_publicity_as_a_two_column_table() -> None:
    lines = [
        text_at("困难职工公示情况表", 600, 150, size=56),
        *table(
            [
                ["公示对象", "孙海燕"],
                ["工作单位", "株洲电机有限公司"],
                ["公示时间", "2026年3月28日至4月3日"],
                ["公示地点", "厂区公告栏"],
                ["公示结果", "☑无异议 □有异议"],
            ],
            [400, 1200],
        ),
    ]
    f = fields("公示证明", lines)
    assert (f["姓名"], f["公示期起"], f["公示期止"], f["结果"]) == ("孙海燕", "2026-03-28", "2026-04-03", "无异议")


def test_publicity_table_with_labels_heading_their_columns_and_separate_dates() -> None:
    lines = [
        text_at("公示证明", 800, 150, size=56),
        *table(
            [
                ["申请人", "公示开始日期", "公示结束日期", "公示结果"],
                ["钱小平", "2026-05-06", "2026-05-12", "无异议"],
            ],
            [300, 450, 450, 350],
        ),
    ]
    f = fields("公示证明", lines)
    assert (f["姓名"], f["公示期起"], f["公示期止"], f["结果"]) == ("钱小平", "2026-05-06", "2026-05-12", "无异议")


# ---------------------------------------------------------------------------------------------
# 其他


def test_passbook_first_page_copied_onto_a4() -> None:
    lines = [
        text_at("中国农业银行", 500, 400, size=50),
        text_at("活期储蓄存折", 520, 470, size=44),
        *table([["户名", "李秀英"], ["账号", "6228 4801 2345 6789 012"], ["开户日期", "2019-05-06"]], [300, 900], y=560),
        text_at("复印件与原件一致", 500, 1000),
        text_at("李秀英", 900, 1110),
        text_at("2026年3月2日", 900, 1200),
    ]
    f = fields("其他", lines)
    assert (f["材料名称"], f["姓名"], f["日期"]) == ("银行卡复印件", "李秀英", "2026-03-02")


def test_school_certificate_as_a_two_column_table_dated_in_chinese_numerals() -> None:
    lines = [
        text_at("证明", 1000, 150, size=60),
        *table(
            [["学生姓名", "王小明"], ["就读学校", "长沙市第一中学"], ["年级", "高二（3）班"], ["入学时间", "2024年9月1日"]],
            [400, 900],
        ),
        *letter(["特此证明。"], y=820),
        text_at("长沙市第一中学", 1100, 950),
        text_at("二〇二六年一月九日", 1100, 1030),
    ]
    f = fields("其他", lines)
    assert (f["材料名称"], f["姓名"], f["日期"]) == ("上学证明", "王小明", "2026-01-09")


def test_declaration_in_sentences() -> None:
    lines = [
        text_at("个人声明", 900, 150, size=60),
        *letter(
            [
                "本人刘桂兰，身份证号码430102197001011234，郑重声明：本人申请登记的家庭",
                "基本情况和家庭经济状况属实，同意工会组织查询、核对家庭成员的收入及财产状况。",
                "声明人：刘桂兰",
            ]
        ),
        text_at("2026年2月14日", 1200, 700),
    ]
    f = fields("其他", lines)
    assert (f["材料名称"], f["姓名"], f["日期"]) == ("授权书", "刘桂兰", "2026-02-14")


def test_minutes_written_on_ruled_lines() -> None:
    lines = [
        text_at("民主评议会议记录", 700, 150, size=56),
        *letter(
            [
                "时间：2026年1月22日",
                "地点：机修车间会议室",
                "主持人：苏平磊      记录人：孔帆勇",
                "内容：对王建国同志提出的困难职工建档申请进行民主评议，与会人员一致同意。",
            ],
            gap=110,
        ),
    ]
    f = fields("其他", lines)
    assert (f["材料名称"], f["姓名"], f["日期"]) == ("民主评议会议记录", "王建国", "2026-01-22")


def test_hospital_settlement_sheet_is_a_medical_receipt() -> None:
    lines = [
        text_at("湘潭市中心医院", 800, 120, size=50),
        text_at("住院结算单", 850, 190, size=50),
        *table([["姓名", "张德海", "住院号", "Z2025110"], ["入院日期", "2025-11-02", "出院日期", "2025-11-20"]], [250, 400, 250, 400]),
        *table([["费用合计", "12345.60元"], ["结算日期", "2025-11-20"]], [300, 600], y=700),
    ]
    f = fields("其他", lines)
    assert (f["材料名称"], f["姓名"], f["日期"]) == ("医药费票据", "张德海", "2025-11-20")


def test_authorisation_table_names_the_row_marked_self() -> None:
    lines = [
        text_at("家庭经济状况核对授权书", 600, 150, size=56),
        *table(
            [
                ["序号", "姓名", "与申请人关系", "身份证号"],
                ["1", "黄林杰", "配偶", ""],
                ["2", "徐桂", "本人", ""],
                ["3", "徐颖", "女儿", ""],
            ],
            [150, 300, 400, 700],
        ),
        text_at("2026-01-09", 1200, 900),
    ]
    f = fields("其他", lines)
    assert (f["材料名称"], f["姓名"], f["日期"]) == ("授权书", "徐桂", "2026-01-09")


# ---------------------------------------------------------------------------------------------
# 低保证, 诊断证明


def test_dibao_certificate_as_an_a4_table_with_values_below_labels() -> None:
    lines = [
        text_at("城乡居民最低生活保障证", 600, 150, size=56),
        *table(
            [
                ["户主姓名", "证件编号", "保障人数", "月保障金额（元）"],
                ["高超涛", "430202202616", "3", "1410"],
            ],
            [300, 450, 300, 450],
        ),
        *table(
            [["有效期限", "2025.08.11-2026.08.11"], ["发证单位", "株洲市荷塘区民政局（盖章）"]], [450, 1050], y=650
        ),
    ]
    f = fields("低保证", lines)
    assert (f["姓名"], f["证号"], f["保障人数"], f["月保障金额"]) == ("高超涛", "430202202616", 3, 1410)
    assert f["有效期"] == "2026-08-11" and f["发证机关"] == "株洲市荷塘区民政局"


def test_dibao_office_left_blank_under_its_seal_is_no_reading() -> None:
    lines = [
        text_at("最低生活保障金领取证", 500, 150, size=56),
        *table([["户主姓名", "邓佳雪"], ["保障人数", "2人"], ["发证机关（盖章）", ""]], [500, 900]),
    ]
    f = fields("低保证", lines)
    assert f["姓名"] == "邓佳雪" and "发证机关" not in f


def test_diagnosis_listed_one_a_line_and_written_below_its_label() -> None:
    lines = [
        text_at("湘潭市中心医院", 700, 100, size=56),
        text_at("诊断证明书", 760, 180, size=56),
        *table([["姓名", "性别", "年龄", "科别"], ["李春梅", "女", "52岁", "内分泌科"]], [300, 200, 200, 400]),
        text_at("诊断：", 200, 650),
        text_at("2型糖尿病", 300, 730),
        text_at("高血压病3级", 300, 810),
        text_at("处理意见：建议长期服药治疗，定期复查血糖血压，注意休息，避免劳累，低盐低脂饮食。", 200, 900),
        text_at("医师：张国庆", 1000, 1000),
        text_at("日期：2026 03.14", 1000, 1080),
        text_at("2026年3月20日复印", 1000, 1300),
    ]
    f = fields("诊断证明", lines)
    assert f["诊断"] == "2型糖尿病；高血压病3级"
    assert (f["姓名"], f["性别"], f["年龄"], f["科别"]) == ("李春梅", "女", 52, "内分泌科")
    assert f["医师"] == "张国庆" and f["出具日期"] == "2026-03-14"


def test_diagnosis_sentence_wrapped_over_two_rows_stays_one_sentence() -> None:
    first = "诊断：腰椎间盘突出症伴左下肢放射痛及腰椎"
    lines = [
        text_at("诊断证明书", 760, 180, size=56),
        text_at("姓名：王建国", 200, 300),
        text_at(first, 200, 400),
        text_at("管狭窄", 320, 480),
        text_at("医师：陈明", 200, 600),
    ]
    # the page's right margin: the wrapped row ends there
    lines.append(text_at("处理意见：休息", 200 + CH * len(first) - CH * 7, 700))
    f = fields("诊断证明", lines)
    assert f["诊断"] == "腰椎间盘突出症伴左下肢放射痛及腰椎管狭窄"


# ---------------------------------------------------------------------------------------------
# 身份证 copied onto A4 with the clerk's note across it


def test_id_card_copy_whose_address_label_was_lost_under_the_note() -> None:
    """The note "复印件与原件一致" ends right before the 出生 label, the 住址 label is not read: 出生 is
    no attester's name, and the address is what the card prints between 出生 and 公民身份号码."""
    lines = [
        text_at("姓名", 964, 564),
        text_at("石霞英", 1050, 560),
        text_at("性别", 964, 625),
        text_at("女民族回", 1043, 622),
        text_at("复印件与原件一致", 591, 670, size=37),
        text_at("出生", 965, 685),
        text_at("1995年12月31日", 1060, 682),
        text_at("2025.10.28", 878, 743, size=18),
        text_at("湖南省长沙市芙蓉区韶山北路70", 1045, 774, size=25),
        text_at("号1幢1单元101室", 1048, 807, size=25),
        text_at("公民身份号码", 968, 914, size=25),
        text_at("430102199512310600", 1139, 909, size=16),
    ]
    f = fields("身份证", lines)
    assert f["出生日期"] == "1995-12-31" and f["住址"] == "湖南省长沙市芙蓉区韶山北路70号1幢1单元101室"


def test_id_card_copy_with_a_garbled_note_keeps_its_signature_out_of_the_address() -> None:
    lines = [
        text_at("姓名", 148, 1016),
        text_at("金蓉琳", 218, 1014),
        text_at("出生", 148, 1133),
        text_at("1995年5月2日", 225, 1131, size=25),
        text_at("住址", 148, 1185),
        text_at("河北省唐山市路北区长宁道26号", 218, 1200, size=24),
        text_at("复印释一致", 173, 1250, size=50),
        text_at("金蓉琳", 440, 1252, size=50),
        text_at("公民身份号码", 148, 1336, size=25),
        text_at("130203199505028421", 299, 1332, size=18),
    ]
    f = fields("身份证", lines)
    assert f["住址"] == "河北省唐山市路北区长宁道26号"


def test_id_card_address_keeps_out_what_a_clerk_wrote_over_the_card_and_the_number_above_its_label() -> None:
    """A skewed copy: the note lost its 致 and lies on the 住址 row, the clerk's signature and the date
    land far right of the address, the number sits above its label, the note's year runs into the
    address line. The address is the place alone."""
    lines = [
        text_at("姓名", 140, 220),
        text_at("韦丽娟", 230, 220),
        text_at("出生", 140, 300),
        text_at("1992年3月24日", 230, 300, size=30),
        text_at("复印件与原件一", 380, 380, size=42),
        text_at("娟", 1230, 390),
        text_at("住址", 140, 420),
        text_at("四川省南充市南部县光明村6组2026", 230, 470, size=30),
        text_at("5.14", 1000, 480, size=30),
        text_at("511321199203244305", 290, 555, size=22),
        text_at("公民身份号码", 140, 600, size=25),
    ]
    f = fields("身份证", lines)
    assert f["住址"] == "四川省南充市南部县光明村6组"
    assert f["身份证号"] == "511321199203244305" and f["姓名"] == "韦丽娟"


# ---------------------------------------------------------------------------------------------
# 劳动合同


def test_contract_first_page_as_a_table() -> None:
    lines = [
        text_at("劳动合同书", 800, 150, size=60),
        *table(
            [
                ["甲方（用人单位）名称", "株洲电机有限公司"],
                ["法定代表人", "王建设"],
                ["乙方（劳动者）姓名", "孙海燕"],
                ["合同期限", "自2024年3月1日起至2027年2月28日止"],
            ],
            [500, 1100],
        ),
    ]
    f = fields("劳动合同", lines)
    assert (f["用人单位"], f["姓名"]) == ("株洲电机有限公司", "孙海燕")
    assert (f["合同起始"], f["合同终止"]) == ("2024-03-01", "2027-02-28")


def test_contract_parties_heading_their_columns_and_term_in_two_cells() -> None:
    lines = [
        text_at("劳动合同", 800, 150, size=60),
        *table([["用人单位", "劳动者姓名"], ["湘潭钢铁集团有限公司", "程志军"]], [800, 500]),
        *table([["起始日期", "2025-01-01"], ["终止日期", "2027-12-31"]], [400, 600], y=700),
    ]
    f = fields("劳动合同", lines)
    assert (f["用人单位"], f["姓名"], f["合同起始"], f["合同终止"]) == (
        "湘潭钢铁集团有限公司", "程志军", "2025-01-01", "2027-12-31"
    )


# ---------------------------------------------------------------------------------------------
# 残疾人证 as a card copied onto A4


def test_disability_card_with_labels_over_values_and_category_and_grade_in_one_cell() -> None:
    lines = [
        text_at("中华人民共和国残疾人证", 300, 300, size=50),
        *table(
            [["姓名", "性别", "残疾类别及等级"], ["李建国", "男", "肢体贰级"]],
            [250, 150, 400],
            x=300,
            y=400,
            height=70,
        ),
        *table([["发证日期", "2019年7月3日"]], [250, 550], x=300, y=560, height=70),
    ]
    f = fields("残疾人证", lines)
    assert (f["姓名"], f["性别"], f["残疾类别"], f["残疾等级"]) == ("李建国", "男", "肢体残疾", "二级")
    assert f["发证日期"] == "2019-07-03"


def test_court_mediation_of_a_divorce() -> None:
    lines = [
        text_at("民事调解书", 800, 150, size=60),
        *letter(
            [
                "原告李晓芳（身份证号：130425199608235182）与被告离婚纠纷一案，本院于2019年7月13日依法审理。",
                "经本院主持调解，双方自愿达成如下协议：一、原告与被告自愿离婚；二、子女由原告抚养。",
            ]
        ),
        text_at("杭州市上城区人民法院", 1100, 600),
        text_at("2019年7月13日", 1100, 680),
    ]
    f = fields("其他", lines)
    assert (f["材料名称"], f["姓名"], f["日期"]) == ("离婚证", "李晓芳", "2019-07-13")



def test_court_judgment_of_a_divorce_is_the_judgment() -> None:
    """A 民事判决书 whose case is a divorce: its title says judgment, only its sentences say divorce."""
    lines = [
        text_at("保定市莲池区人民法院", 700, 120, size=56),
        text_at("民事判决书", 820, 220, size=60),
        text_at("（2024）冀0606民初1187号", 1300, 320),
        *letter(
            [
                "原告：马秀英，女，1979年4月2日出生，住保定市莲池区。",
                "原告马秀英诉被告离婚纠纷一案，本院受理后依法审理，现已审理终结。",
                "判决如下：准予原告马秀英与被告离婚。",
            ],
            y=420,
        ),
        text_at("二〇二四年九月三日", 1200, 760),
    ]
    f = fields("其他", lines)
    assert (f["材料名称"], f["日期"]) == ("离婚判决书", "2024-09-03")

def test_household_head_and_a_signature_of_the_same_name_merged_in_one_cell() -> None:
    lines = [
        text_at("居民户口簿", 800, 150, size=60),
        text_at("户主姓名", 200, 300),
        text_at("汤东超汤东超", 600, 300),
        text_at("住址", 200, 400),
        text_at("河北省石家庄市长安区中山东路282号", 600, 400),
    ]
    assert fields("户口簿", lines)["户主姓名"] == "汤东超"


def test_admission_letter_copy_dated_by_the_letter_not_by_the_clerks_attestation() -> None:
    lines = [
        text_at("湖南工业大学", 800, 150, size=56),
        text_at("录取通知书", 820, 230, size=56),
        *letter(["王小明同学：", "你已被我校机械工程专业录取，请于2025年9月1日持本通知书到校报到。"]),
        text_at("2025年7月10日", 1300, 600),
        text_at("复印件与原件一致", 300, 900),
        text_at("王建国", 300 + CH * 9, 900),
        text_at("2026.1.9", 300, 960),
    ]
    f = fields("其他", lines)
    assert (f["材料名称"], f["姓名"], f["日期"]) == ("录取通知书", "王小明", "2025-07-10")


def test_dibao_card_with_its_members_listed_beside_the_holders_fields() -> None:
    """A 低保证 printing the holder's fields in a left column and the household's members in a table on
    the right, sharing rows: the holder's own name and number (left of the list, after their labels)
    are no rows of it, a label further left on a member's row (家庭住址) does not hide that member."""
    from dangan.schemas.validators import id_check_digit

    def idn(first17: str) -> str:
        return first17 + id_check_digit(first17)

    people = [("王梅", "户主", idn("13010219870114270")), ("段鑫阳", "配偶", idn("13010219831003923")),
              ("王欢帅", "儿子", idn("13010220131115155")), ("段英", "母亲", idn("13010219560307162"))]
    left = table([["户主姓名", "王梅"], ["身份证号", people[0][2]], ["家庭住址", "河北省石家庄市长安区中山东路39号"],
                  ["保障人数", "4人"]], [200, 700], x=100, y=400)
    right = table([["姓名", "与户主关系", "身份证号"], *[list(p) for p in people]], [180, 220, 760], x=1050, y=330)
    f_ex = extract_fields("低保证", [text_at("最低生活保障金领取证", 500, 150, size=56), *left, *right], today=TODAY)
    assert gate(f_ex) == []
    assert f_ex.fields["姓名"] == "王梅" and f_ex.fields["保障人数"] == 4
    assert [(m["姓名"], m["关系"], m["身份证号"]) for m in f_ex.members] == people


def test_id_card_whose_ethnic_group_runs_into_a_clerks_signature() -> None:
    """The attestation written across the 性别/民族 row of a text PDF: "…民族汉陶静" is 汉."""
    lines = [
        text_at("姓名", 420, 273, size=24),
        text_at("陶静", 506, 270, size=30),
        text_at("复印件与原件一致性别女民族汉陶静", 200, 310, size=36),
        text_at("出生", 420, 394, size=24),
        text_at("1977年3月2日", 506, 390, size=24),
        text_at("公民身份号码330106197703020203", 420, 615, size=24),
    ]
    f = fields("身份证", lines)
    assert f["民族"] == "汉" and f["性别"] == "女" and f["姓名"] == "陶静"


def test_bank_card_copy_whose_note_was_garbled_names_its_signer() -> None:
    """The note read past its 与原件 ("复印件每鼎件一致") with the holder's signature beside it, on the
    note's row; and a copy whose note is lost in the card's number, the name on the signature strip
    and signed again beside the card."""
    lines = [
        text_at("中国农业银行", 767, 1133),
        text_at("6228 4846 8582 7596 838", 777, 1375, size=20),
        text_at("复印件每鼎件一致", 668, 1782, size=42),
        text_at("叶娟", 1164, 1776, size=56),
        text_at("2025.11.29", 1012, 1867, size=18),
    ]
    assert fields("其他", lines)["姓名"] == "叶娟"
    lines = [
        text_at("中国工商银行", 519, 484),
        text_at("夏件291原485868 360", 523, 696, size=24),
        text_at("李超宁", 975, 710, size=44),
        text_at("银联 UnionPay 借记卡", 528, 786, size=16),
        text_at("李超宁", 544, 1124, size=33),
        text_at("客服热线95524", 530, 1240, size=20),
    ]
    assert fields("其他", lines)["姓名"] == "李超宁"


# ---------------------------------------------------------------------------------------------
# printings of benchmarks/browser_papers.py (Chromium): what OCR made of them, drawn with known truth


def test_diagnosis_whose_patient_row_ocr_read_as_one_text() -> None:
    """A hospital that prints 姓名 性别 年龄 科室 住院号 on one row with a space for separator: OCR gives
    one text; the labels inside it part the values, and the line below (初步诊断) is no name."""
    lines = [
        text_at("保定市妇幼保健院", 1130, 370, size=48),
        text_at("医疗诊断证明", 1214, 456),
        text_at("姓名刘志芳性别女年龄38就诊科室精神科住院号26598040", 310, 610, size=30),
        text_at("初步诊断", 310, 704, size=30),
        text_at("腰椎间盘突出症", 424, 784, size=30),
        text_at("处理及建议", 310, 906, size=30),
        text_at("建议住院治疗。", 413, 979, size=30),
        text_at("主治医师丁国杰", 314, 1150, size=30),
        text_at("2021-03-25", 1467, 1150, size=30),
    ]
    f = fields("诊断证明", lines)
    assert f["姓名"] == "刘志芳" and f["性别"] == "女" and f["年龄"] == 38
    assert f["科别"] == "精神科" and f["住院号"] == "26598040"
    assert f["诊断"] == "腰椎间盘突出症" and f["医师"] == "丁国杰"
    assert f["医院名称"] == "保定市妇幼保健院" and f["出具日期"] == "2021-03-25"


def test_publicity_period_whose_date_lost_its_separators() -> None:
    lines = letter(["困难职工名单公示", "本次共有2户申请。公示期自20220316起至2022-03-22止。", "公示结果：无异议"])
    f = fields("公示证明", lines)
    assert (f["公示期起"], f["公示期止"], f["结果"]) == ("2022-03-16", "2022-03-22", "无异议")



def test_publicity_period_whose_dates_lost_one_separator_or_whose_dash_was_read_as_one() -> None:
    """OCR drops one of a date's separators ("2025.1106", "202511.12") and reads the dash between two
    dates as 一; the notice's earlier date (the day of the meeting) is no part of the period."""
    lines = letter(["关于困难职工建档情况的公示", "经2025年11月03日职工代表会议评议，现将结果公示。",
                    "公示期：2025.1106—202511.12", "公示结果：无异议"])
    f = fields("公示证明", lines)
    assert (f["公示期起"], f["公示期止"]) == ("2025-11-06", "2025-11-12")
    wrapped = letter(["名单公示", "我单位于2024年05月06日召开会议评议，现予公示。公示时间：2024年5月8",
                      "日一2024年05月14日。如有异议请向工会反映。"])
    f = fields("公示证明", wrapped)
    assert (f["公示期起"], f["公示期止"]) == ("2024-05-08", "2024-05-14")
    assert date_range("于2024年05月06日召开一次会议") is None

def test_contract_term_in_its_clause_fixed_and_open_ended() -> None:
    head = [
        "劳动合同书",
        "甲方（用人单位）：保定纺织厂",
        "劳动者(乙方)：杜娟云",
        "公民身份号码：430304198309098463",
    ]
    fixed = letter([*head, "第一条 甲乙双方选择固定期限，合同期限为3年，从2018年5月2日起至2021年5月1日止。"])
    f = fields("劳动合同", fixed)
    assert (f["姓名"], f["用人单位"]) == ("杜娟云", "保定纺织厂")
    assert (f["合同起始"], f["合同终止"]) == ("2018-05-02", "2021-05-01")
    open_ended = letter([*head, "第一章合同期限第一条本合同为无固定期限劳动合同，自2019年11月22日起生效。"])
    f = fields("劳动合同", open_ended)
    assert f["合同起始"] == "2019-11-22" and "合同终止" not in f


def test_dibao_booklet_rows_with_the_holders_id_a_local_serial_and_the_seal_over_the_office() -> None:
    """户主 and 身份证号 share a row; the serial starts with the district's characters; the seal's ring
    words (湘潭市) stand in the 发证机关 row above its value."""
    lines = [
        text_at("湘潭市城市居民最低生活保障证", 860, 968),
        *table([["户主", "程云", "身份证号", "330106197412224927"], ["保障人数", "4", "月保障金额（元）", "320"],
                ["证号", "富民39310", "发证机关", "湘潭市岳塘区民政局"]], [300, 450, 400, 800], x=260, y=1030),
        text_at("湘潭市", 1300, 1190, size=30),
    ]
    f = fields("低保证", lines)
    assert f["姓名"] == "程云" and f["证号"] == "富民39310" and f["发证机关"] == "湘潭市岳塘区民政局"
    assert (f["保障人数"], f["月保障金额"]) == (4, 320)


def test_diagnosis_label_alone_value_indented_below_and_the_date_unlabelled_at_the_foot() -> None:
    """诊断 alone on its row, the diagnosis indented under it; the patient's row in another order; the
    doctor's signature with the date beside it, no 日期 printed; a unit ending in 处 is a unit."""
    lines = [
        text_at("湘潭市第三人民医院", 652, 85, size=40),
        text_at("疾病诊断证明书", 701, 130, size=34),
        text_at("住院号 MZ19174338 科室 内科 性别 男", 254, 201, size=24),
        text_at("年龄 42 姓名 董军", 254, 235, size=24),
        text_at("诊断", 250, 278, size=24),
        text_at("2型糖尿病", 302, 315, size=24),
        text_at("建议", 248, 379, size=24),
        text_at("建议长期服药治疗，门诊随访。", 304, 417, size=24),
        text_at("医生签字:苏艳", 250, 493, size=24),
        text_at("2024年6月4日", 847, 497, size=24),
    ]
    f = fields("诊断证明", lines)
    assert (f["姓名"], f["性别"], f["年龄"], f["科别"], f["住院号"]) == ("董军", "男", 42, "内科", "MZ19174338")
    assert f["诊断"] == "2型糖尿病" and f["医师"] == "苏艳" and f["出具日期"] == "2024-06-04"
    contract = letter(["劳动合同书", "甲方名称：长沙市环卫处", "乙方(劳动者)：林敏",
                       "第一条本合同为无固定期限劳动合同，自2019年02月21日起履行。"])
    assert fields("劳动合同", contract)["用人单位"] == "长沙市环卫处"


def test_dibao_members_listed_under_a_header_naming_them() -> None:
    """The list of people headed 保障对象 (not 姓名) over its name column: the header is no person."""
    from dangan.schemas.validators import id_check_digit

    people = [("孙娟勇", "户主", "33018319741225994"), ("郭伟霞", "父亲", "43010219620101673"),
              ("田静", "女儿", "43010220150829664")]
    people = [(n, r, i + id_check_digit(i)) for n, r, i in people]
    lines = [
        text_at("最低生活保障金领取证", 400, 100, size=50),
        *table([["户主姓名", "孙娟勇", "保障人数", "3"]], [220, 300, 220, 300], x=100, y=200),
        text_at("家庭成员情况", 500, 330),
        *table([["保障对象", "关系", "身份证号码"], *[list(p) for p in people]], [260, 200, 700], x=100, y=400),
    ]
    ex = extract_fields("低保证", lines, today=TODAY)
    assert [(m["姓名"], m["关系"], m["身份证号"]) for m in ex.members] == people


def test_dibao_member_whose_id_ocr_misread_keeps_its_row() -> None:
    """One listed number OCR misread (a digit lost): the row is still a member, with its name and relation
    and no 身份证号 (a misread number is no reading); the other rows keep theirs."""
    from dangan.schemas.validators import id_check_digit

    people = [("韩秀兰", "户主", "13060219660812442"), ("刘建军", "配偶", "13060219641103301"),
              ("刘晨", "儿子", "13060219950620301")]
    people = [(n, r, i + id_check_digit(i)) for n, r, i in people]
    shown = [list(p) for p in people]
    shown[0][2] = shown[0][2][:6] + shown[0][2][8:]  # "19" of the year lost: 16 digits
    lines = [
        text_at("城市居民最低生活保障证", 400, 100, size=50),
        *table([["持证人", "韩秀兰", "证号", "莲民00417"]], [220, 300, 220, 300], x=100, y=200),
        *table([["姓名", "与户主关系", "公民身份号码"], *shown], [260, 260, 700], x=100, y=400),
    ]
    ex = extract_fields("低保证", lines, today=TODAY)
    assert [(m["姓名"], m["关系"], m.get("身份证号")) for m in ex.members] == [
        (people[0][0], people[0][1], None), *people[1:]]
    assert gate(ex) == []


def test_dibao_amount_whose_decimal_point_ocr_read_as_a_space() -> None:
    lines = [
        text_at("最低生活保障证", 400, 100, size=50),
        *table([["户主姓名", "周桂英", "月保障金额（元）", "427 5"], ["保障人数", "2", "证号", "芙民字第0815号"]],
               [220, 300, 320, 300], x=100, y=200),
    ]
    f = fields("低保证", lines)
    assert (f["月保障金额"], f["保障人数"], f["证号"]) == (427.5, 2, "芙民字第0815号")


def test_dibao_members_keep_their_relations_when_one_relation_was_misread() -> None:
    """One relation OCR read as a stray character: the other rows keep theirs, paired by row."""
    from dangan.schemas.validators import id_check_digit

    people = [("郑丽华", "户主", "33010619700305262"), ("郑浩", "儿子", "33010619990917401"),
              ("王桂珍", "母亲", "33010619450211262"), ("郑敏", "女儿", "33010620030422262")]
    people = [(n, r, i + id_check_digit(i)) for n, r, i in people]
    shown = [list(p) for p in people]
    shown[2][1] = "毋"  # 母亲, half read
    lines = [
        text_at("最低生活保障证", 400, 100, size=50),
        *table([["户主", "郑丽华", "保障人数", "4"]], [220, 300, 220, 300], x=100, y=200),
        *table([["保障对象", "关系", "身份证号码"], *shown], [260, 200, 700], x=100, y=400, height=70),
    ]
    ex = extract_fields("低保证", lines, today=TODAY)
    assert [(m["姓名"], m.get("关系"), m["身份证号"]) for m in ex.members] == [
        *people[:2], (people[2][0], None, people[2][2]), people[3]]


OTHER_WORDINGS = [
    (["受灾证明", "兹证明我村村民吴建国家于2024年6月18日遭受洪涝灾害，房屋倒塌两间。", "特此证明。",
      "城关镇石门村村民委员会", "2024年6月25日"], ("灾害证明", "吴建国", "2024-06-25")),
    (["授权委托书", "委托人：黄丽萍，身份证号：430102198003152248", "委托事项：代为办理困难职工建档事宜。",
      "2023年5月8日"], ("授权书", "黄丽萍", "2023-05-08")),
    (["在校证明", "兹有我校2022级学生李思远，男，现在我校就读高二年级。", "特此证明", "长沙市第一中学",
      "2023年10月8日"], ("上学证明", "李思远", "2023-10-08")),
    (["离婚证", "持证人 孙丽", "登记日期 2019年04月12日"], ("离婚证", "孙丽", "2019-04-12")),
    (["杭州市西湖区人民法院", "民事调解书", "原告：孔燕，女，1982年5月2日出生", "被告：钱伟，男",
      "原告孔燕与被告钱伟离婚纠纷一案，双方自愿离婚。", "二〇二一年六月二日"], ("离婚证", "孔燕", "2021-06-02")),
    (["学费收据", "今收到 学生家长 何勇 交来 2023年秋季学费 2800元", "收款单位：株洲市第二中学",
      "2023年9月1日"], ("学费票据", "何勇", "2023-09-01")),
]


@pytest.mark.parametrize(("rows", "want"), OTHER_WORDINGS)
def test_other_material_names_its_holder_however_its_sentence_or_label_is_worded(
    rows: list[str], want: tuple[str, str, str]
) -> None:
    """Whose paper it is, as other offices word it: 村民 X 家, 委托人 X（，身份证号…）, 学生 X，, 持证人 X,
    原告：X，, 收到 学生家长 X 交来."""
    f = fields("其他", letter(rows))
    assert (f.get("材料名称"), f.get("姓名"), f.get("日期")) == want


def test_publicity_names_the_household_its_sentence_names_and_no_pronoun() -> None:
    said = fields("公示证明", letter([
        "公示情况说明", "我单位于2023年11月20日至11月26日对王秀英同志申报困难职工档案情况进行了公示，公示期内未收到任何异议。",
        "2023年11月27日"]))
    assert (said["姓名"], said["公示期起"], said["公示期止"], said["结果"]) == ("王秀英", "2023-11-20", "2023-11-26", "无异议")
    proposed = fields("公示证明", letter([
        "关于困难职工建档对象的公示", "经个人申请、基层工会审核，拟将赵丽同志确定为困难职工建档对象，现予公示。",
        "公示期：2025年6月3日至2025年6月9日"]))
    assert proposed["姓名"] == "赵丽" and "结果" not in proposed
    own = fields("公示证明", letter(["公示", "经职工本人申请、单位审核，现将申报困难职工名单予以公示。", "公示时间：2024年3月4日—3月8日"]))
    assert "姓名" not in own  # 本人 is no name


def test_publicity_and_contract_tables_whose_rows_go_on_into_other_fields_cells() -> None:
    """A ruled row of two label|value pairs: the name is the cell after its label, not the row's rest
    (申请人 | 刘建华 | 所在单位 | …; 劳动者姓名 | 黄伟 | 性别 | 男), and 未接到群众反映 is no objection."""
    w = [300, 500, 300, 500]
    sheet = [text_at("困难职工建档公示情况表", 500, 150, size=56), *table([
        ["申请人", "刘建华", "所在单位", "株洲冶炼集团"], ["公示地点", "厂区公示栏", "公示天数", "7天"],
        ["公示开始", "2024年4月1日", "公示结束", "2024年4月7日"], ["公示期间群众反映情况", "公示期间未接到群众反映", "", ""]], w)]
    f = fields("公示证明", sheet)
    assert (f["姓名"], f["公示期起"], f["公示期止"], f["结果"]) == ("刘建华", "2024-04-01", "2024-04-07", "无异议")
    first = [text_at("劳动合同书", 600, 150, size=56), *table([
        ["用人单位", "湖南华菱湘潭钢铁有限公司", "法定代表人", "张军"], ["劳动者姓名", "黄伟", "性别", "男"],
        ["合同类型", "固定期限", "合同期限", "2021年7月1日至2024年6月30日"]], w)]
    f = fields("劳动合同", first)
    assert (f["姓名"], f["用人单位"], f["合同起始"], f["合同终止"]) == ("黄伟", "湖南华菱湘潭钢铁有限公司", "2021-07-01", "2024-06-30")


def test_dibao_serial_beside_a_seal_character() -> None:
    """A seal's ring character OCR'd on the serial's row (编号 | 雁民87839 | 长) is no part of the serial."""
    card = [text_at("最低生活保障证", 400, 100, size=50),
            *table([["户主", "孟秀芝"], ["编号", "衡民40213"], ["保障人数", "2"]], [250, 400], x=100, y=200),
            text_at("长", 900, 290, size=60)]
    assert fields("低保证", card)["证号"] == "衡民40213"


def test_diagnosis_whose_colons_ocr_read_as_dots() -> None:
    """"初步诊断." with the diagnosis on the next row, "就诊科室·心内科": the dot is the label's colon."""
    lines = [
        text_at("株洲市中心医院", 500, 100, size=56),
        text_at("诊断证明书", 560, 200, size=56),
        text_at("姓名.李桂芝性别女年龄:61岁就诊科室·心内科 门诊号.20931877", 150, 320),
        text_at("初步诊断.", 150, 420),
        text_at("冠状动脉粥样硬化性心脏病", 250, 500),
        text_at("医师.彭立新", 150, 640),
        text_at("日期:2024年1月8日", 900, 640),
    ]
    f = fields("诊断证明", lines)
    assert (f["诊断"], f["科别"], f["姓名"], f["医师"]) == ("冠状动脉粥样硬化性心脏病", "心内科", "李桂芝", "彭立新")
