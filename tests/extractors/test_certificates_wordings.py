"""Other offices' words for what a 残疾人证, a 低保证 and a 诊断证明书 tell.

REAL-DOCUMENTS.md: a 残疾人证 tells 残疾类别 and 残疾等级 (一级…四级; cards print the grade in Roman numerals
too, "Ⅱ级") and the day it was issued (发证日期; booklets and cards say 签发日期, 填发日期, 发证时间); a 低保证
tells the monthly amount (月保障金额 (元), "每月保障金"); a hospital's letter names the diagnoses in its
sentence, one after another ("诊断为：高血压；2型糖尿病。"). Pages are drawn with PIL
(``test_papers_general.Sheet``), their truth known, and read as the pipeline does.
"""

from __future__ import annotations

import pytest

from .test_papers_general import Sheet, check, read

HOLDER = "430102198503121221"  # a valid 身份证号
CARD_NO = HOLDER + "42"  # 肢体 (4), 二级 (2)


def disability_card(day_label: str, grade: str, number: str = CARD_NO) -> Sheet:
    s = Sheet()
    s.centred("中华人民共和国残疾人证", 200, 50)
    rows = [
        ("姓名", "李红梅"),
        ("性别", "女"),
        ("民族", "汉族"),
        ("身份证号", HOLDER),
        ("证号", number),
        ("残疾类别", "肢体"),
        ("残疾等级", grade),
        (day_label, "2019年05月20日"),
    ]
    for k, (label, value) in enumerate(rows):
        s.text(label, 150, 330 + 70 * k)
        s.text(value, 520, 330 + 70 * k)
    return s


@pytest.mark.parametrize("day_label", ["发证日期", "签发日期", "填发日期", "发证时间"])
@pytest.mark.parametrize("grade", ["二级", "Ⅱ级", "II级"])
def test_disability_grade_and_day_in_other_words(day_label: str, grade: str) -> None:
    """The grade in Roman numerals is the grade (never "Ⅱ级" emitted, which no grade is), the day under
    any of its labels is the day of issue. A card number whose grade digit was lost leaves the grade to
    the printed row."""
    got = read(disability_card(day_label, grade, number=CARD_NO[:-1]), "残疾人证")
    check(got, {"姓名": "李红梅", "残疾类别": "肢体残疾", "残疾等级": "二级", "发证日期": "2019-05-20"})


@pytest.mark.parametrize("label", ["每月保障金", "每月保障金额", "月保障金（元）"])
def test_dibao_monthly_amount_in_other_words(label: str) -> None:
    s = Sheet()
    s.centred("城乡居民最低生活保障证", 160, 52)
    s.text("证号：13060220262870", 1050, 250)
    s.text("户主姓名：段建波", 200, 330)
    s.text("保障人数：4人", 200, 410)
    s.text(label, 640, 410)
    s.text("1920.00", 1000, 410)
    s.text("有效期至：2027年7月14日", 200, 490)
    s.text("发证机关：保定市竞秀区民政局", 200, 570)
    check(read(s, "低保证"), {"保障人数": 4, "月保障金额": 1920, "有效期": "2027-07-14"})


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("诊断为：高血压；2型糖尿病。", "高血压；2型糖尿病"),
        ("诊断为：冠心病；腰椎间盘突出症；建议休息两周。", "冠心病；腰椎间盘突出症"),
        ("诊断为：肺恶性肿瘤；需长期服药治疗。", "肺恶性肿瘤"),
    ],
)
def test_diagnoses_one_after_another_in_a_letter(sentence: str, want: str) -> None:
    s = Sheet()
    s.centred("株洲市中心医院", 130, 50)
    s.centred("诊断证明书", 210, 46)
    s.text("兹证明罗桂英，女，61岁，于2026年5月10日在我院内分泌科就诊，", 150, 320)
    s.text(sentence, 150, 382)
    s.text("特此证明。", 150, 480)
    s.text("医师：王立新", 150, 600)
    s.text("2026年5月12日", 1000, 600)
    check(read(s, "诊断证明"), {"姓名": "罗桂英", "年龄": 61, "诊断": want, "出具日期": "2026-05-12"})


@pytest.mark.parametrize(
    "items",
    [
        ["（1）高血压病3级", "（2）2型糖尿病", "（3）慢性肾功能不全"],
        ["①脑梗死后遗症", "②冠心病"],
    ],
)
def test_diagnoses_numbered_one_a_line_after_the_letters_colon(items: list[str]) -> None:
    """A letter whose sentence ends at "确诊为：" and lists the diagnoses under it, one numbered item a line,
    a line's spacing and a half apart, the advice after them. The diagnosis is every item, without their
    numbers. Before: the first item alone, with its number ("（1）高血压病3级")."""
    s = Sheet()
    s.centred("保定市第二中心医院", 130, 50)
    s.centred("疾病证明书", 210, 46)
    s.text("患者刘海军，男，57岁，因头晕乏力于2026年3月2日来我院就诊，经我院检查确诊为：", 150, 320)
    for k, item in enumerate(items):
        s.text(item, 230, 420 + 90 * k)
    y = 420 + 90 * len(items) + 40
    s.text("建议：低盐低脂饮食，定期复查。", 150, y)
    s.text("医师：赵文军", 150, y + 160)
    s.text("2026年3月5日", 1000, y + 160)
    want = "；".join(i[3:] if i.startswith("（") else i[1:] for i in items)
    check(read(s, "诊断证明"), {"姓名": "刘海军", "年龄": 57, "诊断": want, "出具日期": "2026-03-05"})
