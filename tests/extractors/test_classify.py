"""Document type from text: every type, the four application-form variants, and 其他 when unsure."""

from __future__ import annotations

import pytest

from dangan.extractors.classify import classify_lines, classify_text
from dangan.extractors.layout import TextLine


def _lines(*rows: str) -> list[TextLine]:
    return [TextLine(t, (100, 100 + 80 * i, 100 + 40 * len(t), 150 + 80 * i)) for i, t in enumerate(rows)]


CASES = {
    "建档申请表": [
        ("困难职工家庭建档申请审批表", "姓名", "性别", "年龄", "有无低保", "身份证号码", "致困原因", "工作单位", "联系电话"),
        ("困难职工申报表", "申请困难类别", "姓名", "民族", "性别", "政治面貌", "婚姻情况", "公民身份号码", "现居住地",
         "本人月平均收入", "家庭人口", "主要致困原因", "公示结果：□无异议"),
        ("杭州市工会困难职工建档申请表", "姓名", "民族", "性别", "身份证号", "婚姻状况", "住房类型", "户口类型",
         "医保状况", "本人月收入", "家庭其他年收入", "因困总支出"),
        ("困难职工档案表", "职工编号", "困难类别", "档案类型", "姓名", "民族", "身份证号", "本人月平均收入",
         "家庭年度总收入", "家庭人口", "是否为零就业家庭", "劳动合同签订时间"),
    ],
    "收入证明": [
        ("职工（家庭成员）工资收入证明", "张三同志是我单位职工，其前12个月的月均工资为3500元，月均实发工资3200元", "经办人：李四"),
        # a payslip titled by its unit, no 收入证明 printed: the table's columns say what it is
        ("南方示例商贸有限公司职工工资明细", "姓名：张三 部门：车间 单位：元", "月份 应发合计 代扣合计 实发金额",
         "2025.04 2520 510 2010", "2025.05 2530 430 2100", "合计 5050 940 4110", "制表人：李四 日期：2026.04.07"),
    ],
    "诊断证明": [("浙江大学医学院附属第一医院", "诊断证明书", "姓名：张三 性别：男 年龄：45", "诊断：2型糖尿病", "医师：王五")],
    "残疾人证": [("中华人民共和国残疾人证", "姓名 张三", "残疾类别 肢体", "残疾等级 三级", "残疾人证号 33010219800101123X41")],
    "低保证": [("城乡居民最低生活保障证", "户主姓名 张三", "保障人数 3", "月保障金额 960元", "发证机关 上城区民政局")],
    "身份证": [("姓名 张三", "性别 男 民族 汉", "出生 1980年1月1日", "住址 杭州市上城区清泰街1号", "公民身份号码 330102198001011234")],
    "户口簿": [
        ("常住人口登记卡", "户主或与户主关系 户主", "姓名 张三", "出生地 浙江杭州", "公民身份号码 330102198001011234"),
        # a register card copied without its title, its relation label garbled by OCR: its own labels
        ("姓名 张三 户主成与户主美第 户主", "曾用名 性别 男", "出生地 浙江杭州 民族 汉族", "籍贯 浙江杭州 出生日期 1980-01-01",
         "宗教信仰 公民身份证件编号 330102198001011234", "文化程度 高中 婚姻状况 已婚", "兵役状况 服务处所 杭州橡胶厂 职业 工人",
         "何时由何地迁来本址"),
    ],
    "公示证明": [
        ("杭州市工会困难职工救助公示证明", "兹有我单位职工张三申请困难职工救助，公示期为2023年3月1日至2023年3月8日（一周），结果无异议。"),
        ("困难职工公示情况表", "公示对象 孙海燕", "工作单位 株洲电机有限公司", "公示时间 2026年3月28日至4月3日",
         "公示结果 ☑无异议 □有异议"),
    ],
    "劳动合同": [("劳动合同书", "甲方（用人单位）：杭州橡胶集团有限公司", "乙方（劳动者）：张三", "合同期限：2020年1月1日至2023年12月31日")],
    "其他": [("录取通知书", "张小明同学：你已被我校录取"), ("今天天气很好",)],
}


@pytest.mark.parametrize(("doc_type", "rows"), [(k, r) for k, v in CASES.items() for r in v])
def test_each_type(doc_type: str, rows: tuple[str, ...]) -> None:
    got = classify_lines(_lines(*rows), (2480, 3508))
    assert got.doc_type == doc_type, got.scores
    assert 0 < got.confidence <= 1


def test_unsure_is_other() -> None:
    got = classify_text("收入证明 诊断证明")
    assert got.doc_type == "其他"
    assert classify_lines([]).doc_type == "其他"


def test_id_card_aspect_ratio_helps() -> None:
    rows = _lines("张三", "公民身份号码 330102198001011234")
    assert classify_lines(rows, (1012, 638)).doc_type == "身份证"


OTHER_PAPERS = [
    # a receipt names the hospital, 门诊 and 住院; no heading says 诊断证明
    ("浙江省医疗门诊收费票据", "交款人：张三", "收款单位：杭州市第一人民医院", "门诊号 2023001", "西药费 120.00",
     "合计（大写）壹佰贰拾元整", "收款人：李四"),
    # a court paper mentions the hospital, the diagnosis and a labour contract
    ("浙江省杭州市上城区人民法院", "民事判决书", "原告：张三，男，汉族", "被告：杭州某某有限公司",
     "原告与被告于2019年签订劳动合同，约定合同期限三年，甲方为被告，乙方为原告。",
     "原告经杭州市第一人民医院诊断为腰椎间盘突出，住院治疗。", "判决如下："),
    # a bank-card copy
    ("中国建设银行", "龙卡储蓄卡", "6217 0053 7214 6208 360", "银联 UnionPay", "复印件与原件一致"),
    # a school certificate
    ("在读证明", "兹证明张小明同学系我校2023级学生，学号20230101，学制三年。", "杭州市第二中学"),
    # the same as a table under a bare 证明 heading
    ("证明", "学生姓名 王小明", "就读学校 长沙市第一中学", "年级 高二（3）班", "特此证明。", "长沙市第一中学"),
    # a passbook's first page, a hospital's settlement sheet, a personal declaration
    ("中国农业银行", "活期储蓄存折", "户名 李秀英", "账号 6228480123456789012", "开户日期 2019-05-06"),
    ("湘潭市中心医院", "住院费用结算单", "姓名 张德海 住院号 Z2025110 科室 心内科", "诊断 冠心病",
     "费用合计 12345.60元 个人支付 4345.60", "结算日期 2025-11-20"),
    ("个人声明", "本人刘桂兰，身份证号码430102197001011234，郑重声明：本人申请登记的家庭经济状况属实。",
     "声明人：刘桂兰"),
    # a unit's certificate about a member's illness: it names the unit's 职工, not an income
    ("证明", "兹证明王建国同志系我单位职工，其妻子李梅患尿毒症，家庭生活困难。", "特此证明。", "湘潭钢铁集团有限公司工会"),
    # a hospital's bill listing its charges, and a 门诊病历 (its diagnosis under a record's sections): a
    # hospital's papers that are no 诊断证明书
    ("湘潭市中心医院住院费用清单", "姓名 张三 住院号 Z2025110 科室 骨科", "入院诊断 腰椎间盘突出症", "药品费 1200.00",
     "检查费 800.00", "合计 2000.00", "收费员 王明"),
    ("湘潭市中心医院", "门诊病历", "姓名 张三 性别 男 年龄 45岁", "主诉：腰痛3月", "现病史：劳累后加重，无外伤史",
     "既往史：体健", "诊断：腰椎间盘突出症", "处理：休息，理疗", "医师：李海燕"),
]


@pytest.mark.parametrize("rows", OTHER_PAPERS)
def test_other_papers_are_not_contract_or_diagnosis(rows: tuple[str, ...]) -> None:
    got = classify_lines(_lines(*rows), (2480, 3508))
    assert got.doc_type == "其他", got.scores


def test_diagnosis_heading_anywhere_on_the_page() -> None:
    """A half-A4 certificate copied into the middle of the page: its heading is the big line, not the top."""
    lines = _lines("复印件", "", "", "", "", "", "姓名：张三 性别：男 年龄：45 科别：内科", "诊断：2型糖尿病",
                   "建议：休息两周", "医师：王五", "杭州市第一人民医院")
    lines.append(TextLine("诊断证明书", (300, 500, 700, 580)))
    got = classify_lines([ln for ln in lines if ln.text], (2480, 3508))
    assert got.doc_type == "诊断证明", got.scores


def test_an_id_number_label_is_no_id_card_title() -> None:
    """A contract's first page prints 居民身份证号码 high on a 225-dpi page (inside its top fifth): a label
    naming the number, not the heading of an ID card; the contract's own heading decides."""
    lines = [
        TextLine("劳动合同", (832, 271, 1000, 330)),
        TextLine("甲方湘潭钢铁集团有限公司", (174, 394, 700, 440)),
        TextLine("乙方（劳动者）彭娜健", (175, 583, 600, 620)),
        TextLine("性别女", (174, 629, 300, 670)),
        TextLine("居民身份证号码130602197507073783", (174, 677, 900, 720)),
        TextLine("住址保定市竞秀区朝阳大街184号7栋1137室", (173, 726, 1000, 770)),
        TextLine("第一章合同期限第一条本合同为无固定期限劳动合同，自2023年4月11日起生效。", (221, 834, 1700, 880)),
        TextLine("甲方（盖章）", (173, 418, 400, 460), page=1),
        TextLine("乙方（签字）彭娜健", (1048, 428, 1400, 470), page=1),
    ]
    got = classify_lines(lines, (1860, 2631))
    assert got.doc_type == "劳动合同" and got.confidence >= 0.9, got.scores


def test_a_form_with_a_materials_checklist_is_a_form() -> None:
    """A form that prints the household's fields and, at its foot, the checklist of attached materials
    (□银行卡复印件 □居住证 □劳动合同 □医药费票据 □灾害证明 □残疾证): the checklist names other papers, the
    thirty labels say what this one is (it was 其他 at 0.4)."""
    labels = [
        "职工编号", "困难类别", "姓名", "民族", "性别", "政治面貌", "身份证号", "出生日期", "健康状况", "疾病/残疾类别",
        "工作状态", "工作时间", "婚姻状况", "住房类型", "建筑面积", "手机号码", "其他联系方式", "劳模类型",
        "家庭住址", "邮政编码", "工作单位", "单位性质", "企业状况", "所属行业", "医保状况", "户口类型",
        "本人月平均收入", "家庭年度总收入", "家庭人口", "开户银行", "支行名称", "银行卡号", "建档人", "审核人",
    ]
    rows = [
        "困难职工家庭情况表",
        "（劳动合同签订时间 合同期限 ）",
        *labels,
        "附件（请勾选）□本人申请书；□身份材料；□户口页；□收入材料；□银行卡复印件；□居住证；□劳动合同；□低保证；",
        "□医疗诊断书；□医药费票据复印件；□残疾证；□灾害证明；□上学证明；□其他",
        "每年所需医药费（元） 每年个人自付医药费（元）",
        "劳动合同签订/入伍时间 合同期限",
    ]
    got = classify_lines(_lines(*rows))
    assert got.doc_type == "建档申请表" and got.confidence >= 0.9, got


def test_a_notice_naming_the_procedure_in_its_first_paragraph() -> None:
    """A 公示 whose first paragraph, high on the page, names the procedure (入户调查和民主评议): a sentence
    is no title, and the record of a 民主评议 is titled so; the notice is a 公示证明 beyond doubt."""
    rows = (
        "关于王明等困难职工建档的公示",
        "根据困难职工建档工作要求，经个人申请、入户调查和民主评议，拟将以下3名职工列为困难职工建",
        "档对象，现予公示。公示期为2026年2月23日至2026年3月1日。如有异议，请向单位工会反映。",
        "序号 姓名 部门 家庭人口 主要致困原因",
        "1 王明 综合办 4人 失业",
        "2 李华 后勤部 3人 残疾",
        "公示结果：无异议",
        "单位工会（盖章） 2026年3月1日",
    )
    got = classify_lines(_lines(*rows), (2480, 3508))
    assert got.doc_type == "公示证明" and got.confidence >= 0.9, got


def test_a_spaced_title_read_one_character_a_text() -> None:
    """A title printed with wide gaps ("诊  断  证  明  书") comes back from OCR one character a text, their
    centres a pixel or two apart: read left to right along its row, it is still the title."""
    jitter = (3, 0, 2, -1, 1)
    title = [
        TextLine(ch, (800 + 120 * i, 200 + dy, 870 + 120 * i, 270 + dy)) for i, (ch, dy) in enumerate(zip("诊断证明书", jitter, strict=True))
    ]
    body = [TextLine(t, (300, 1200 + 90 * i, 300 + 40 * len(t), 1250 + 90 * i)) for i, t in enumerate(
        ("姓名：张三 性别：男 年龄：52", "诊断：慢性肾功能不全", "建议：休息两周，定期复查", "医师：李明", "湘潭市中心医院")
    )]
    got = classify_lines(title + body, (2480, 3508))
    assert got.doc_type == "诊断证明", got.scores


@pytest.mark.parametrize(
    "rows",
    [
        # minutes whose title a stroke or the binding took: their body appraises a 建档申请, their rows
        # say who chaired and who wrote them (the seeds' 民主评议会议记录 样式)
        ("（单位工会）", "会议时间：2025年11月6日", "会议地点：工会会议室", "主持人：方建平    记录人：唐丽",
         "参会人员：工会委员5人，职工代表6人", "内容：对职工江海燕的困难职工建档申请进行民主评议",
         "职工姓名 家庭人口 主要致困原因 评议结果", "江海燕 3人 本人大病 同意"),
        # the seeds' 授权书（声明书） without its title: 特此授权, the signers' 指模
        ("本人同意工会组织向民政部门查询、核对家庭成员的收入及财产状况信息，申请困难职工建档。", "特此授权。",
         "授权人：1. 吴小红（指模）身份证号码 430102197501012345", "2026年3月2日"),
    ],
)
def test_other_papers_without_their_title(rows: tuple[str, ...]) -> None:
    got = classify_lines([TextLine(t, (100, 900 + 80 * i, 100 + 40 * len(t), 950 + 80 * i)) for i, t in enumerate(rows)],
                         (2480, 3508))
    assert got.doc_type == "其他", got.scores


def _at(text: str, x: float, y: float, h: float = 45) -> TextLine:
    return TextLine(text, (x, y, x + 0.9 * h * len(text), y + h))


@pytest.mark.parametrize("arrangement", ["leaves side by side", "list above the holder"])
@pytest.mark.parametrize("title", ["城乡低保证", "低保（困难）证", "最低生活保障（困难）证"])
def test_a_booklets_labels_in_its_top_fifth_are_no_title(arrangement: str, title: str) -> None:
    """A 低保证 booklet copied open (its holder's leaf beside the leaf listing the family) prints the list's
    header 与户主关系 and the holder's 户主姓名 as high as its title: labels of fields, which a 户口簿 prints
    too, are no paper's name wherever they stand. A paper's name with a short note in brackets
    ("低保（困难）证") is that name. Before: 其他 (a tie with 户口簿) or 户口簿."""
    if arrangement == "leaves side by side":  # landscape: three leaves, their tops level
        lines = [
            _at(title, 350, 214, 60), _at("家庭成员", 1212, 230, 55), _at("年审记录", 2182, 211, 60),
            _at("持证人情况", 410, 269),
            _at("证号：43010220266737", 129, 331), _at("与户主关系", 1017, 328), _at("姓名", 1212, 325),
            _at("身份证号码", 1493, 328), _at("年度", 1952, 307), _at("审核意见", 2173, 307),
            _at("户主姓名", 231, 392), _at("性别", 501, 394), _at("家庭人口", 701, 397), _at("户主", 1044, 402),
            _at("吕琳", 1209, 402), _at("430102199203036126", 1417, 408), _at("2025年", 1930, 421),
            _at("吕琳", 248, 466), _at("女", 512, 466), _at("4人", 726, 469), _at("配偶", 1044, 490),
            _at("罗鑫", 1206, 487), _at("430102198711122050", 1420, 498),
            _at("家庭住址", 450, 687), _at("湖南省长沙市芙蓉区韶山北路79号8幢2单元401室", 199, 782),
            _at("批准日期", 248, 1016), _at("有效期限", 623, 1014),
            _at("2025.12.06", 229, 1093), _at("至2027年12月5日止", 555, 1093),
            _at("审核单位：车站街道办事处", 129, 1250),
        ]
        size = (2806, 1984)
    else:  # portrait: the title, then the family's list, the holder's rows below it
        lines = [
            _at(title, 900, 200, 70),
            _at("户主姓名", 300, 330), _at("何龙", 520, 330), _at("与户主关系", 300, 420), _at("姓名", 700, 420),
            _at("公民身份号码", 1100, 420), _at("户主", 300, 500), _at("何龙", 700, 500),
            _at("430202198805170317", 1100, 500), _at("妻子", 300, 580), _at("陈红", 700, 580),
            _at("430202199001120326", 1100, 580),
            _at("家庭住址", 300, 1400), _at("株洲市荷塘区新华路12号", 600, 1400),
            _at("有效期至", 300, 1500), _at("2026年10月3日", 600, 1500),
        ]
        size = (2480, 3508)
    got = classify_lines(lines, size)
    assert got.doc_type == "低保证", got.scores


@pytest.mark.parametrize("title", ["农村低保救助证", "城市低保金领取证", "低保户证"])
def test_a_dibao_card_under_a_longer_name(title: str) -> None:
    """A 低保证 whose name puts a city's words between 低保 and 证 ("城乡低保救助证", "低保金领取证"): a card
    printed landscape, its holder's rows above the family's list (户主姓名, 与户主关系: a 户口簿's words too),
    no word of the money it pays. Its name says what it is. Before: 户口簿. A form asking for a 低保户's
    身份证号, and a 低保证明 (a letter), are named no card."""
    lines = [
        _at(title, 1000, 150, 70),
        _at("户主姓名：孙立平", 300, 330), _at("家庭住址：保定市竞秀区东风路8号", 1300, 330),
        _at("与户主关系", 300, 500), _at("姓名", 700, 500), _at("身份证号码", 1100, 500),
        _at("户主", 300, 580), _at("孙立平", 700, 580), _at("130602197205140318", 1100, 580),
        _at("妻子", 300, 660), _at("马丽", 700, 660), _at("130602197503220326", 1100, 660),
        _at("审批机关：竞秀区民政局", 300, 900), _at("2025年6月1日", 1300, 900),
    ]
    got = classify_lines(lines, (3508, 2480))
    assert got.doc_type == "低保证", got.scores
    assert classify_text("低保户身份证号 低保证明").scores["低保证"] == classify_text("低保证明").scores["低保证"]


@pytest.mark.parametrize("title", ["长沙市低保家庭保障证", "城镇低保对象救助证"])
def test_a_dibao_card_with_four_words_of_its_city_in_its_name(title: str) -> None:
    """A 低保证 whose name puts four words of its city between 低保 and 证 ("低保家庭保障证"), its holder's
    rows label | value with the household labels a form prints too (姓名, 性别, 民族, 身份证号码, 家庭住址,
    家庭人口, 联系电话), its numbers counted as 保障人口, signed by a 街道办事处: the name says what it is, the
    labels make it no application form. Before: 建档申请表."""
    rows = [
        ("户主姓名", "黄俊宁"), ("性别", "男"), ("民族", "汉"), ("身份证号码", "430102199009306831"),
        ("家庭住址", "长沙市芙蓉区五一大道18号"), ("联系电话", "13907311234"), ("家庭人口", "2人"),
        ("保障人口", "2人"), ("月救助金额", "1530元"), ("有效期", "2025.10.28-2026.10.28"),
        ("发证单位", "定王台街道办事处"),
    ]
    lines = [_at(title, 700, 150, 70), _at("证号：43010220250964", 300, 260)]
    for k, (label, value) in enumerate(rows):
        lines += [_at(label, 300, 340 + 80 * k), _at(value, 700, 340 + 80 * k)]
    got = classify_lines(lines, (2480, 3508))
    assert got.doc_type == "低保证", got.scores
