"""Identity papers and certificates (certificates.py and the sentence readers), on positioned text."""

from __future__ import annotations

from datetime import date

import pytest

from dangan.extractors.certificates import (
    loose_date,
    match_label,
    person_name,
    row_values,
    without_attestation,
)
from dangan.extractors.fields import extract_fields
from dangan.extractors.freetext import read_publicity_sentence
from dangan.extractors.layout import TextLine
from dangan.extractors.pipeline import gate
from dangan.schemas.labels import DOC_FIELDS
from dangan.schemas.validators import id_check_digit

TODAY = date(2026, 6, 1)


def _id(first17: str) -> str:
    return first17 + id_check_digit(first17)


ID_F = _id("43010219950113050")  # 女 (17th digit even), born 1995-01-13
ID_M = _id("13042519700419455")  # 男, born 1970-04-19


def L(text: str, x0: float, y0: float, x1: float, y1: float, conf: float = 0.99, page: int = 0) -> TextLine:
    return TextLine(text, (x0, y0, x1, y1), conf, page)


# ---------------------------------------------------------------------------------------------
# helpers


def test_match_label_exact_and_one_misread_character() -> None:
    labels = {"月保障金额": "月保障金额", "发证机关": "发证机关"}
    assert match_label("发证机关：株洲市民政局", labels) == ("发证机关", "株洲市民政局")
    assert match_label("月保障全额", labels) == ("月保障金额", "")
    # a look-alike followed by more text is a value, not a misread label
    assert match_label("月保障全额1050", labels) is None
    assert match_label("株洲市民政局", labels) is None


def test_match_label_answers_alike_when_its_compacted_labels_are_cached() -> None:
    """_compact is cached (speed): a label printed full-width, spaced or with brackets is matched the same
    on the first call and on later ones, and a text asked about again gets the same answer."""
    from dangan.extractors.certificates import _compact

    labels = {"甲方（用人单位）": "单位", "发证机关": "发证机关", "公民身份号码": "身份证号"}
    texts = ["甲方（用人单位）：长沙机床厂", "发　证　机　关：株洲市民政局", "公民身份号码４３０１０２１９９０",
             "云民身份号码", "株洲市民政局"]
    _compact.cache_clear()
    first = [match_label(t, labels) for t in texts]
    again = [match_label(t, labels) for t in texts]
    assert first == again
    assert first[:2] == [("单位", "长沙机床厂"), ("发证机关", "株洲市民政局")]
    assert first[2] == ("身份证号", "4301021990")
    assert first[3] == ("身份证号", "") and first[4] is None
    assert _compact.cache_info().hits > 0
    assert _compact("发　证 *机关") == "发证机关"

def test_row_values_reads_far_and_glued_values() -> None:
    lines = [
        L("性别", 90, 150, 150, 180),
        L("女民族汉", 158, 147, 348, 184),
        L("证号", 600, 300, 660, 340),
        L("43020220261696", 820, 305, 990, 335),
    ]
    rows = row_values(lines, {"性别": "性别", "民族": "民族", "证号": "证号"}, inline=("民族",))
    assert rows["性别"].text == "女" and rows["民族"].text == "汉"
    assert rows["证号"].text == "43020220261696"


def test_loose_date() -> None:
    assert loose_date("至2026-08 11") == "2026-08-11"
    assert loose_date("2020 04 02") == "2020-04-02"
    assert loose_date("2026=06-25") == "2026-06-25"
    assert loose_date("2025年12 月13 日") == "2025-12-13"
    assert loose_date("6222 6285 9322 1814 270") is None  # a card number is no date
    assert loose_date("2026-13-40") is None


def test_person_name() -> None:
    assert person_name("☑吕静") == "吕静"
    assert person_name("_熊林文_") == "熊林文"
    assert person_name("浙江省杭州市上城区解放路76号") is None
    assert person_name("王") is None


# ---------------------------------------------------------------------------------------------
# 居民身份证


def _card_front(name: str, gender_line: list[TextLine], number: str) -> list[TextLine]:
    return [
        L("姓名", 135, 140, 255, 190),  # the label's box reaches over the start of the name
        L(name, 237, 132, 361, 197),
        L("性别", 136, 225, 227, 271),
        *gender_line,
        L("出生", 137, 308, 219, 351),
        L("1995 年 1 月 13 日", 253, 309, 620, 351, 0.92),
        L("住址", 135, 388, 214, 438),
        # the address starts below the label's row and wraps
        L("湖南省长沙市芙蓉区五一大道110", 247, 440, 757, 480),
        L("号6幢1单元602室", 247, 482, 526, 520),
        L("公民身份号码" + number, 139, 605, 856, 647),
        L("中华人民共和国", 514, 1014, 836, 1068),
        L("居民身份证", 499, 1126, 856, 1194),
        L("签发机关", 200, 1326, 341, 1365),
        L("长沙市公安局", 358, 1324, 583, 1368),
    ]


def test_id_card_glued_gender_and_nationality() -> None:
    lines = _card_front("程婷", [L("女民族汉", 243, 222, 519, 274)], ID_F)
    f = extract_fields("身份证", lines, today=TODAY).fields
    assert f["姓名"] == "程婷"
    assert f["性别"] == "女" and f["民族"] == "汉"
    assert f["出生日期"] == "1995-01-13"
    assert f["住址"] == "湖南省长沙市芙蓉区五一大道110号6幢1单元602室"
    assert f["身份证号"] == ID_F


def test_id_card_gender_lost_by_ocr_comes_from_the_number() -> None:
    """OCR dropped the 男: the row below (出生) is no gender; the number's 17th digit tells it."""
    lines = _card_front("熊宁永", [L("民族回", 236, 222, 347, 274)], ID_M)
    lines = [
        ln if not ln.text.startswith("1995") else L("1970年 4 月19 日", 253, 309, 620, 351) for ln in lines
    ]
    ex = extract_fields("身份证", lines, today=TODAY)
    assert ex.fields["性别"] == "男"
    assert ex.fields["民族"] == "回"
    assert ex.fields["出生日期"] == "1970-04-19"
    assert ex.confidence["性别"] < ex.confidence["身份证号"]  # derived, so a little less sure


def test_id_card_number_left_of_the_label_end() -> None:
    """The number's box starts before the end of its label's box: still the card's number."""
    lines = _card_front("王龙健", [L("男", 243, 224, 309, 270), L("民族汉", 349, 222, 521, 274)], ID_M)
    lines = [ln for ln in lines if not ln.text.startswith("公民身份号码")]
    lines += [L("公民身份号码", 111, 605, 312, 647), L(ID_M, 293, 602, 684, 648)]
    f = extract_fields("身份证", lines, today=TODAY).fields
    assert f["身份证号"] == ID_M and f["性别"] == "男"


@pytest.mark.parametrize(
    "note",
    [
        [L("复印件与原件一致", 300, 522, 700, 560)],  # handwritten right under the address
        [L("此复印件仅供困难职工建档使用", 260, 524, 760, 562), L("程婷 2026.3.1", 600, 566, 800, 600)],
        [L("号6幢1单元602室 与原件相符", 247, 482, 700, 520)],  # stamped across the last address line
        # written across the card between the rows; its date lands on the 住址 label's row
        [L("复印件与原件一致", 250, 340, 700, 395), L("2026.6", 600, 385, 700, 430)],
        # its date written over the address's first row: "20" of it read into the row, before the province
        [L("复印件与原件致", 100, 330, 420, 380), L("20湖南省长沙市芙蓉区五一大道110", 220, 440, 757, 480)],
    ],
)
def test_id_card_copy_attestation_is_no_address(note: list[TextLine]) -> None:
    lines = _card_front("程婷", [L("女民族汉", 243, 222, 519, 274)], ID_F)
    replaced = {t.text.lstrip("0123456789") for t in note}
    lines = [ln for ln in lines if not (note[0].box[1] == 482 and ln.text.startswith("号6幢"))]
    lines = [ln for ln in lines if ln.text not in replaced] + note
    f = extract_fields("身份证", lines, today=TODAY).fields
    assert f["住址"] == "湖南省长沙市芙蓉区五一大道110号6幢1单元602室"
    assert f["姓名"] == "程婷" and f["民族"] == "汉"


def _front_and_back_side_by_side(name: str, number: str, dx: float = 0) -> list[TextLine]:
    """A dark copy whose card tint was cleaned away: both sides of one card read as one page (no regions);
    the back's heading lies on the front's 性别 row."""
    lines = [
        L("姓名", 206, 973, 270, 1015),
        L(name, 297, 969, 430, 1024),
        L("性别", 206, 1041, 272, 1081),
        L("女民族汉", 290, 1037, 518, 1087),
        L("中华人民共和国", 1391, 1017, 1656, 1070),
        L("出生", 206, 1107, 270, 1147),
        L("1995年1月13日", 292, 1107, 598, 1151),
        L("居民身份证", 1377, 1118, 1676, 1184),
        L("住址", 204, 1171, 270, 1214),
        L("四川省南充市南部县新华村10组", 290, 1223, 684, 1261),
        L("签发机关湘潭市公安局雨湖区分局", 1138, 1282, 1594, 1329),
        L("公民身份号码" + number, 204, 1353, 720, 1396),
        L("有效期限2019.11.06-2039.11.06", 1140, 1353, 1594, 1390),
        L("复印件与原件一致", 547, 1499, 886, 1557),
        L(name, 1091, 1499, 1250, 1568),
        L("2026.9.22", 921, 1596, 1107, 1642),
    ]
    return _moved(lines, dx, 0)


def test_id_card_front_and_back_side_by_side_read_one_side_each() -> None:
    f = extract_fields("身份证", _front_and_back_side_by_side("程婷", ID_F), today=TODAY).fields
    assert (f["姓名"], f["性别"], f["民族"], f["出生日期"]) == ("程婷", "女", "汉", "1995-01-13")
    assert f["住址"] == "四川省南充市南部县新华村10组" and f["身份证号"] == ID_F
    assert f["签发机关"] == "湘潭市公安局雨湖区分局" and f["有效期限"] == "2019-11-06至2039-11-06"


# ---------------------------------------------------------------------------------------------
# 低保证, 诊断证明


def test_dibao_card_rows() -> None:
    lines = [
        L("株洲市城乡居民最低生活保障证", 316, 82, 864, 124),
        L("户主姓名", 113, 200, 220, 239),
        L("高超涛", 350, 198, 441, 238),
        L("证号", 595, 200, 656, 239),
        L("43020220261696", 816, 205, 994, 231),
        L("保障人数", 114, 285, 221, 323),
        L("3人", 365, 286, 418, 320),
        L("月保障全额", 561, 286, 691, 323),
        L("1410元", 864, 286, 950, 321),
        L("家庭住址", 115, 379, 220, 414),
        L("湖南省株洲市荷塘区红旗中路46号3幢3单元403室", 409, 380, 949, 410),
        L("有效期", 125, 466, 210, 506),
        L("至2026-08 11", 604, 468, 763, 498, 0.94),
        L("发证机关株洲市荷塘区民政局", 550, 631, 946, 664),
        L("2025-08-11", 688, 712, 828, 739),
    ]
    f = extract_fields("低保证", lines, today=TODAY).fields
    assert f["姓名"] == "高超涛" and f["证号"] == "43020220261696"
    assert f["保障人数"] == 3 and f["月保障金额"] == 1410
    assert f["有效期"] == "2026-08-11" and f["发证机关"] == "株洲市荷塘区民政局"


def test_diagnosis_certificate() -> None:
    lines = [
        L("长沙市中心医院", 668, 85, 987, 140),
        L("诊断证明书", 693, 164, 960, 217),
        L("姓名", 164, 270, 227, 316),
        L("吕华建", 371, 273, 460, 315),
        L("性别", 591, 270, 658, 317),
        L("男", 753, 272, 786, 311),
        L("年龄", 884, 270, 950, 316),
        L("55岁", 1030, 273, 1094, 317),
        L("诊断", 164, 367, 230, 411),
        L("重症肌无力", 843, 367, 973, 403),  # centred in a wide cell, far from its label
        L("处理意见", 141, 494, 252, 534),
        L("需长期治疗，定期复查，注意休息。", 291, 497, 691, 530),
        L("医师：", 862, 644, 950, 681),
        L("王立新", 937, 642, 1084, 683),  # its box overlaps the label's
        L("日期:", 859, 717, 945, 762),
        L("2026-02-13", 963, 722, 1133, 761),
    ]
    f = extract_fields("诊断证明", lines, today=TODAY).fields
    assert f["医院名称"] == "长沙市中心医院"
    assert f["诊断"] == "重症肌无力"
    assert f["医师"] == "王立新"
    assert f["姓名"] == "吕华建" and f["年龄"] == 55 and f["出具日期"] == "2026-02-13"


# ---------------------------------------------------------------------------------------------
# 其他, 公示证明, 劳动合同, 户口簿


def test_bank_card_copy_name_on_its_own_line_and_odd_date() -> None:
    lines = [
        L("交通银行", 137, 125, 339, 189),
        L("6222 6239 7292 1256 591", 152, 457, 789, 509),
        L("银联 UnionPay 借记卡", 151, 580, 486, 622),
        L("复印件与原件一致", 88, 768, 467, 817),
        L("熊林文", 448, 766, 602, 817),
        L("2026=06-25", 672, 869, 869, 906),
    ]
    f = extract_fields("其他", lines, today=TODAY).fields
    assert f["材料名称"] == "银行卡复印件"
    assert f["姓名"] == "熊林文" and f["日期"] == "2026-06-25"


def test_receipt_without_a_readable_payer_has_no_name() -> None:
    lines = [
        L("湖南省医疗收费票据", 854, 113, 1388, 178),
        L("交款人", 200, 291, 323, 349),
        L("收款单位", 1045, 293, 1201, 348),
        L("长沙市中心医院", 1571, 297, 1825, 344),
        L("项目", 216, 411, 305, 471),
        L("西药费/治疗费/检查费", 501, 415, 884, 462),
        L("收款日期：2025.07.18", 1294, 805, 1702, 852),
    ]
    f = extract_fields("其他", lines, today=TODAY).fields
    assert "姓名" not in f
    assert f["材料名称"] == "医药费票据" and f["日期"] == "2025-07-18"
    lines.insert(2, L("曾晓", 583, 293, 659, 345))
    assert extract_fields("其他", lines, today=TODAY).fields["姓名"] == "曾晓"


def test_publicity_sentence_with_blank_underlines() -> None:
    text = (
        "兹有我单位职工熊林文_申请工会困难职工救助。其家庭成员基本情况和家庭财产收支情况已按规定进行公示，"
        "公示期为2026年4_月11 日至2026年4月17 日（一周），结果无异议。"
    )
    out = read_publicity_sentence(text)
    assert out["姓名"] == "熊林文"
    assert out["公示期起"] == "2026-04-11" and out["公示期止"] == "2026-04-17"
    assert out["结果"] == "无异议"


def test_contract_name_next_to_a_tick() -> None:
    lines = [
        L("劳动合同书", 635, 283, 1019, 356),
        L("甲方（用人单位）：长沙机床有限责任公司", 312, 608, 980, 654),
        L("乙方（劳动者）：", 312, 736, 576, 780),
        L("☑吕静", 578, 736, 707, 782),
        L("第一条合同期限：本合同为固定期限劳动合同，期限自2024 年 11 月28日起至", 234, 1166, 1384, 1202),
        L("2027年10月31日止。", 249, 1230, 644, 1277),
    ]
    f = extract_fields("劳动合同", lines, today=TODAY).fields
    assert f["姓名"] == "吕静" and f["用人单位"] == "长沙机床有限责任公司"
    assert f["合同起始"] == "2024-11-28" and f["合同终止"] == "2027-10-31"


def _register_card(page: int, name: str | None, relation: str, number: str) -> list[TextLine]:
    out = [
        L("常住人口登记卡", 557, 72, 861, 124, page=page),
        L("姓名", 158, 165, 242, 232, page=page),
        L("户主或与户主关系", 757, 172, 991, 220, page=page),
        L(relation, 1151, 167, 1241, 232, page=page),
        L("曾用名", 147, 251, 255, 319, page=page),
        L("性别", 830, 250, 916, 318, page=page),
        L("女", 1171, 258, 1217, 317, page=page),
        L("出生日期", 134, 423, 270, 487, page=page),
        L("1995.01.13", 428, 426, 602, 480, page=page),
        L("公民身份号码", 110, 510, 294, 567, page=page),
        L(number, 680, 509, 978, 557, page=page),
    ]
    if name:
        out.append(L(name, 466, 165, 579, 226, page=page))
    return out


def test_hukou_member_whose_name_was_not_read_is_not_named_after_a_label() -> None:
    lines = _register_card(0, None, "户主", ID_F) + _register_card(1, "汤帆杰", "配偶", ID_M)
    ex = extract_fields("户口簿", lines, today=TODAY)
    assert [m["姓名"] for m in ex.members] == ["汤帆杰"]
    assert ex.members[0]["关系"] == "配偶" and ex.members[0]["身份证号"] == ID_M


def _moved(lines: list[TextLine], dx: float, dy: float) -> list[TextLine]:
    return [L(t.text, t.box[0] + dx, t.box[1] + dy, t.box[2] + dx, t.box[3] + dy, page=t.page) for t in lines]


def test_hukou_two_register_cards_stacked_on_one_page_are_two_members() -> None:
    # the 户主页 above, then two cards one below the other (an A4 copy of two booklet pages)
    head = [L("户主姓名", 150, -300, 280, -250), L("高超涛", 400, -300, 520, -250)]
    lines = head + _register_card(0, "高超涛", "户主", ID_M) + _moved(_register_card(0, "程慧", "配偶", ID_F), 0, 700)
    ex = extract_fields("户口簿", lines, today=TODAY)
    assert [(m["姓名"], m["关系"], m["身份证号"]) for m in ex.members] == [
        ("高超涛", "户主", ID_M),
        ("程慧", "配偶", ID_F),
    ]
    assert ex.fields["户主姓名"] == "高超涛"


def test_hukou_register_cards_side_by_side_and_in_two_rows() -> None:
    people = [("高超涛", "户主", ID_M), ("程慧", "配偶", ID_F), ("高峰", "儿子", _id("43010220100203001"))]
    people.append(("高雅", "女儿", _id("43010220120304002")))
    lines: list[TextLine] = []
    for i, (name, rel, number) in enumerate(people):
        lines += _moved(_register_card(0, name, rel, number), 1300 * (i % 2), 750 * (i // 2))
    ex = extract_fields("户口簿", lines, today=TODAY)
    assert [(m["姓名"], m["关系"], m["身份证号"]) for m in ex.members] == people
    # a card whose number OCR lost is its person's row without a number: it takes nothing from the card
    # beside it
    lines = [ln for ln in lines if ln.text != people[1][2]]
    ex = extract_fields("户口簿", lines, today=TODAY)
    assert [(m["姓名"], m["关系"], m.get("身份证号")) for m in ex.members] == [
        (name, rel, number if name != "程慧" else None) for name, rel, number in people
    ]


# ---------------------------------------------------------------------------------------------
# 身份证 back, 残疾人证, people listed by rows (低保证 保障对象)


def test_id_card_back_office_and_term() -> None:
    lines = [
        L("中华人民共和国", 300, 60, 700, 100),
        L("居民身份证", 330, 120, 680, 170),
        L("签发机关", 100, 400, 220, 430),
        L("长沙市公安局芙蓉分局", 260, 400, 600, 430),
        L("有效期限", 100, 460, 220, 490),
        L("2015.03.01-2035.03.01", 260, 460, 600, 490),
    ]
    ex = extract_fields("身份证", lines, today=TODAY)
    assert ex.fields["签发机关"] == "长沙市公安局芙蓉分局"
    assert ex.fields["有效期限"] == "2015-03-01至2035-03-01"
    lines[-1] = L("2020.05.06-长期", 260, 460, 600, 490)
    assert extract_fields("身份证", lines, today=TODAY).fields["有效期限"] == "2020-05-06至长期"


def test_disability_card_number_completes_category_and_grade() -> None:
    number = ID_M + "42"  # 肢体 (4), 二级 (2)
    lines = [
        L("中华人民共和国残疾人证", 200, 40, 800, 90),
        L("姓名", 80, 150, 150, 180),
        L("李建国", 300, 150, 420, 180),
        L("性别男", 600, 150, 700, 180),
        L("残疾人证号", 80, 250, 230, 280),
        L(number, 300, 250, 760, 280),
        L("发证日期", 80, 350, 200, 380),
        L("2019年7月3日", 300, 350, 500, 380),
    ]
    ex = extract_fields("残疾人证", lines, today=TODAY)
    assert ex.fields["残疾人证号"] == number
    assert ex.fields["身份证号"] == ID_M
    assert ex.fields["残疾类别"] == "肢体残疾" and ex.fields["残疾等级"] == "二级"
    assert ex.fields["姓名"] == "李建国" and ex.fields["发证日期"] == "2019-07-03"
    # printed category and grade win over the number's digits; a number with a wrong check digit is no number
    lines += [L("残疾类别", 80, 450, 200, 480), L("视力", 300, 450, 380, 480)]
    lines[5] = L(ID_M[:-1] + ("0" if ID_M[-1] != "0" else "1") + "42", 300, 250, 760, 280)
    ex = extract_fields("残疾人证", lines, today=TODAY)
    rejected = gate(ex)
    assert ex.fields["残疾类别"] == "视力残疾" and "残疾人证号" not in ex.fields
    assert [r["label"] for r in rejected] == ["残疾人证号"]


def test_dibao_lists_its_members_row_by_row() -> None:
    lines = [
        L("城乡居民最低生活保障证", 200, 40, 800, 90),
        L("户主姓名", 80, 150, 200, 180),
        L("高超涛", 260, 150, 380, 180),
        L("保障对象", 80, 250, 200, 280),
        L("姓名", 80, 300, 150, 330),
        L("与户主关系", 300, 300, 450, 330),
        L("身份证号", 600, 300, 720, 330),
        L("高超涛", 80, 350, 180, 380),
        L("户主", 300, 350, 360, 380),
        L(ID_M, 600, 350, 900, 380),
        L("程慧", 80, 400, 160, 430),
        L("配偶", 300, 400, 360, 430),
        L(ID_F, 600, 400, 900, 430),
        L("高峰 儿子", 80, 450, 360, 480),  # name and relation read as one line
        L("12345678901234567", 600, 450, 900, 480),  # 17 digits: a misread number, no reading
    ]
    ex = extract_fields("低保证", lines, today=TODAY)
    assert ex.members == [
        {"姓名": "高超涛", "关系": "户主", "身份证号": ID_M},
        {"姓名": "程慧", "关系": "配偶", "身份证号": ID_F},
        {"姓名": "高峰", "关系": "儿子"},  # still a row of the list: its name and relation are readings
    ]


def test_household_register_card_per_page_with_wrapped_and_unlabelled_number() -> None:
    def card(
        page: int, name: str, rel: str, sex: str, born: str, number: str, labelled: bool
    ) -> list[TextLine]:
        out = [
            L("常住人口登记卡", 780, 1020, 1100, 1060, page=page),
            L("姓名", 507, 1129, 580, 1160, page=page),
            L(name, 736, 1126, 850, 1160, page=page),
            L("户主或与户主", 954, 1112, 1150, 1140, page=page),
            L("关系", 1007, 1145, 1080, 1175, page=page),
            L(rel, 1268, 1120, 1340, 1155, page=page),
            L("曾用名", 489, 1228, 580, 1260, page=page),
            L("性别", 1007, 1223, 1080, 1255, page=page),
            L(sex, 1290, 1220, 1320, 1255, page=page),
            L("民族", 1002, 1318, 1080, 1350, page=page),
            L("汉族", 1268, 1318, 1340, 1350, page=page),
            L("出生日期", 969, 1411, 1100, 1445, page=page),
            L(born, 1187, 1414, 1400, 1445, page=page),
            L("公民身份证件编号" if labelled else "", 454, 1701, 700, 1735, page=page),
            L(number, 924, 1701, 1250, 1735, page=page),
            L("身高", 1100, 1600, 1160, 1630, page=page),
            L("153厘米", 1220, 1600, 1330, 1630, page=page),
        ]
        return [ln for ln in out if ln.text]

    lines = card(0, "高超涛", "户主", "男", "1970年4月19日", ID_M, True)
    lines += card(1, "程慧", "配偶", "女", "1995年1月13日", ID_F, False)
    ex = extract_fields("户口簿", lines, today=TODAY)
    assert [(m["姓名"], m["关系"], m["身份证号"], m["出生日期"]) for m in ex.members] == [
        ("高超涛", "户主", ID_M, "1970-04-19"),
        ("程慧", "配偶", ID_F, "1995-01-13"),
    ]


@pytest.mark.parametrize("glued", ["高超涛尸主或与户主关系户主", "高超涛户主或与户主关系户主"])
def test_household_register_name_glued_to_a_misread_relation_label(glued: str) -> None:
    """OCR read the name, the next label (one character misread: 户 as 尸) and its value as one text: the
    name ends where the label starts, and what follows the label is the relation."""
    lines = [
        L("常住人口登记卡", 780, 1020, 1100, 1060),
        L("姓名", 507, 1129, 580, 1160),
        L(glued, 736, 1120, 1340, 1160),
        L("曾用名", 489, 1228, 580, 1260),
        L("性别", 1007, 1223, 1080, 1255),
        L("男", 1290, 1220, 1320, 1255),
        L("民族", 1002, 1318, 1080, 1350),
        L("汉族", 1268, 1318, 1340, 1350),
        L("出生日期", 969, 1411, 1100, 1445),
        L("1970年4月19日", 1187, 1414, 1400, 1445),
        L("公民身份证件编号", 454, 1701, 700, 1735),
        L(ID_M, 924, 1701, 1250, 1735),
    ]
    ex = extract_fields("户口簿", lines, today=TODAY)
    assert [(m["姓名"], m["关系"], m["身份证号"]) for m in ex.members] == [("高超涛", "户主", ID_M)]


def test_diagnosis_over_several_lines_with_department_and_number() -> None:
    lines = [
        L("湘潭市中心医院", 300, 40, 700, 90),
        L("诊断证明书", 350, 110, 650, 160),
        L("姓名", 80, 200, 140, 230),
        L("李建国", 160, 200, 260, 230),
        L("科别", 420, 200, 480, 230),
        L("神经内科", 500, 200, 620, 230),
        L("住院号", 680, 200, 760, 230),
        L("ZY2025-00318", 780, 200, 950, 230),
        L("诊断：", 80, 300, 150, 330),
        L("1.脑梗死后遗症", 160, 300, 400, 330),
        L("2.高血压病3级（极高危）", 160, 345, 520, 375),
        L("3.2型糖尿病", 160, 390, 360, 420),
        L("处理意见：", 80, 480, 200, 510),
        L("建议长期服药，定期复查。", 210, 480, 560, 510),
        L("医师：", 80, 600, 150, 630),
        L("周明", 160, 600, 230, 630),
    ]
    ex = extract_fields("诊断证明", lines, today=TODAY)
    # one diagnosis a row: the items stay apart, without the list's numbers ("3.2型糖尿病" is item 3)
    assert ex.fields["诊断"] == "脑梗死后遗症；高血压病3级（极高危）；2型糖尿病"
    assert ex.fields["科别"] == "神经内科" and ex.fields["住院号"] == "ZY2025-00318"
    assert ex.fields["医师"] == "周明"


def test_dibao_booklet_list_with_drifting_columns_and_unlabelled_serial() -> None:
    """The number column printed lower than its row (each number between two names' heights)."""
    lines = [
        L("最低生活保障金领取证", 370, 164, 900, 210),
        L("No.43020220261696", 703, 246, 1000, 280),
        L("户主姓名", 269, 303, 400, 340),
        L("高超涛", 608, 321, 720, 360),
        L("身份证号", 267, 376, 400, 415),
        L(ID_M, 538, 396, 767, 439),
        L("保障对象", 466, 1325, 600, 1360),
        L("姓名", 262, 1409, 330, 1445),
        L("与户主关系", 385, 1417, 530, 1452),
        L("身份证号", 646, 1441, 780, 1476),
        L("高超涛", 248, 1474, 350, 1510),
        L("户主", 421, 1495, 480, 1530),
        L(ID_M, 579, 1507, 807, 1554),
        L("程慧", 255, 1541, 330, 1577),
        L("配偶", 419, 1562, 480, 1598),
        L(ID_F, 572, 1576, 815, 1623),
    ]
    ex = extract_fields("低保证", lines, today=TODAY)
    assert ex.fields["证号"] == "43020220261696"
    assert ex.members == [
        {"姓名": "高超涛", "关系": "户主", "身份证号": ID_M},
        {"姓名": "程慧", "关系": "配偶", "身份证号": ID_F},
    ]


# ---------------------------------------------------------------------------------------------
# 收入证明: the issuing unit where no label names it


def _payslip_page(title: str, signer: str) -> list[TextLine]:
    lines = [
        L(title, 711, 206, 1769, 273),
        L("姓名：罗建新", 177, 358, 446, 403),
        L("部门：车间", 827, 358, 1051, 403),
        L("单位：元", 1535, 359, 1706, 401),
        L("月份", 463, 486, 534, 521),
        L("应发合计", 996, 486, 1138, 521),
        L("代扣合计", 1491, 486, 1632, 521),
        L("实发金额", 1985, 486, 2127, 521),
    ]
    for i, (gross, cut, net) in enumerate((("2520", "510", "2010"), ("2530", "430", "2100"))):
        y = 581 + 83 * i
        lines += [L(f"2025.0{i + 4}", 429, y, 568, y + 35), L(gross, 1025, y, 1110, y + 35)]
        lines += [L(cut, 1530, y, 1593, y + 35), L(net, 2013, y, 2098, y + 35)]
    lines += [L(signer, 177, 900, 475, 942), L("日期：2026.04.07", 1594, 1000, 1952, 1042)]
    return lines


def test_payslip_unit_from_its_title_and_clerk_as_signer() -> None:
    ex = extract_fields("收入证明", _payslip_page("南方示例商贸有限公司职工工资明细", "制表人：张红梅"), today=TODAY)
    f = ex.fields
    assert f["工作单位"] == "南方示例商贸有限公司" and f["经办人"] == "张红梅"
    assert (f["月均工资"], f["月均实发工资"], f["统计月数"]) == (2525, 2055, 2)
    # a title that names no unit gives none (部门/单位：元 are labels, not the unit)
    ex = extract_fields("收入证明", _payslip_page("职工工资发放明细", "制表人：张红梅"), today=TODAY)
    assert "工作单位" not in ex.fields


def test_letter_unit_where_it_seals() -> None:
    body = [
        L("收入证明", 1055, 462, 1425, 538),
        L("兹证明王英同志系我单位职工，月平均工资为3300元。", 300, 700, 2100, 760),
        L("特此证明。", 390, 820, 700, 870),
    ]
    # the name on the seal note's own line, after its place
    ex = extract_fields("收入证明", [*body, L("（公章）北方示例机械厂", 1300, 1200, 1900, 1250)], today=TODAY)
    assert ex.fields["工作单位"] == "北方示例机械厂" and ex.fields["月均工资"] == 3300
    # the name in the blank above the note (any wording of the seal's place)
    lines = [*body, L("北方示例机械厂", 1300, 1120, 1700, 1170), L("（财务专用章）", 1300, 1200, 1650, 1250)]
    assert extract_fields("收入证明", lines, today=TODAY).fields["工作单位"] == "北方示例机械厂"
    # a sentence right above the note is no unit
    lines = [*body, L("本单位所提供的以上证明内容属实。", 390, 1120, 1146, 1170), L("（单位盖章）", 390, 1200, 700, 1250)]
    assert "工作单位" not in extract_fields("收入证明", lines, today=TODAY).fields


def test_readings_are_the_fields_their_paper_lists() -> None:
    """DOC_FIELDS is what a paper yields: the card back's fields are listed, a stray tick is no field."""
    back = [
        L("签发机关", 100, 400, 220, 430),
        L("长沙市公安局芙蓉分局", 260, 400, 600, 430),
        L("有效期限", 100, 460, 220, 490),
        L("2015.03.01-2035.03.01", 260, 460, 600, 490),
    ]
    card = [
        L("中华人民共和国残疾人证", 200, 40, 800, 90),
        L("姓名", 80, 150, 150, 180),
        L("李建国", 300, 150, 420, 180),
        L("性别男", 600, 150, 700, 180),
        L("民族", 80, 200, 150, 230),
        L("回族", 300, 200, 400, 230),
        L("残疾人证号", 80, 250, 230, 280),
        L(ID_M + "42", 300, 250, 760, 280),
    ]
    letter = [
        L("收入证明", 1055, 462, 1425, 538),
        L("兹证明王英同志系我单位职工，月平均工资为3300元。", 300, 700, 2100, 760),
        L("身份：☑职工 □农民工", 300, 800, 900, 850),
    ]
    for doc_type, lines in (("身份证", back), ("残疾人证", card), ("收入证明", letter)):
        ex = extract_fields(doc_type, lines, today=TODAY)
        assert set(ex.fields) <= {*DOC_FIELDS[doc_type], "日期"}, (doc_type, ex.fields)
    assert extract_fields("残疾人证", card, today=TODAY).fields["民族"] == "回"
    assert "是否农民工" not in extract_fields("收入证明", letter, today=TODAY).fields
    assert extract_fields("身份证", back, today=TODAY).fields["签发机关"] == "长沙市公安局芙蓉分局"


def test_id_card_name_whose_label_ocr_misread() -> None:
    lines = [
        L("撼名徐波", 120, 91, 275, 143, 0.81),  # 姓 read as 撼: no label, but the card's first row
        L("性别男民族回", 118, 146, 377, 201),
        L("出生", 118, 202, 170, 235),
        L("1970 年 4 月 19 日", 195, 206, 432, 256),
        L("住址", 115, 255, 165, 289),
        L("安徽省阜阳市临泉县新华村10组", 184, 290, 514, 345),
        L("公民身份号码", 108, 392, 238, 431),
        L(ID_M, 261, 402, 579, 455),
    ]
    f = extract_fields("身份证", lines, today=TODAY).fields
    assert f["姓名"] == "徐波" and f["民族"] == "回"
    # a label lost altogether: the name alone on the first row
    lines[0] = L("徐波", 190, 91, 275, 143)
    assert "姓名" not in extract_fields("身份证", lines, today=TODAY).fields  # not where a label starts
    lines[0] = L("徐波", 118, 91, 200, 143)
    assert extract_fields("身份证", lines, today=TODAY).fields["姓名"] == "徐波"


@pytest.mark.parametrize(
    ("scale", "sex_row", "name", "number", "born"),
    [
        # the label lost, the sex a text of its own and 民族 glued to its value
        (1.0, [("性别", 118, 170), ("女", 200, 230), ("民族汉", 262, 372)], "吕红", ID_F, "1995年1月13日"),
        # not written for: the card copied larger, every text of the row apart, a name of three characters
        (1.6, [("性别", 118, 170), ("男", 196, 226), ("民族", 262, 314), ("回", 340, 370)], "欧阳平", ID_M,
         "1970年4月19日"),
    ],
)
def test_id_card_name_whose_label_ocr_lost_in_the_values_column(
    scale: float, sex_row: list[tuple[str, float, float]], name: str, number: str, born: str
) -> None:
    """The 姓名 label lost whole (not misread): the name alone on the card's first row starts where the
    性别 row's value starts (the values' column), so it is the card's name."""

    def at(text: str, x0: float, y0: float, x1: float, y1: float) -> TextLine:
        return L(text, 100 + scale * x0, 100 + scale * y0, 100 + scale * x1, 100 + scale * y1)

    lines = [
        at(name, 200, 91, 200 + 30 * len(name), 143),
        *(at(text, x0, 150, x1, 198) for text, x0, x1 in sex_row),
        at("出生", 118, 206, 170, 250),
        at(born, 200, 206, 432, 256),
        at("住址", 115, 262, 165, 300),
        at("安徽省阜阳市临泉县新华村10组", 200, 262, 514, 310),
        at("公民身份号码", 108, 392, 238, 431),
        at(number, 261, 402, 579, 455),
    ]
    f = extract_fields("身份证", lines, today=TODAY).fields
    assert f["姓名"] == name


def test_hukou_card_with_attestation_signed_across_its_name_row() -> None:
    """The clerk's note, signature and date over the card's first row: the date falls inside the 姓名
    value's ruled cell, and must not be merged into the name."""
    lines = [
        *_register_card(0, "汤帆杰", "配偶", ID_M),
        L("复印件与原件一致", 200, 110, 560, 150),
        L("汤帆杰", 600, 108, 720, 152),  # the signature right after the note
        L("2026.4.16", 470, 190, 640, 222),  # the date just below, inside the name's cell
    ]
    kept = without_attestation(lines)
    assert [ln.text for ln in lines if ln not in kept] == ["复印件与原件一致", "汤帆杰", "2026.4.16"]
    assert "汤帆杰" in [ln.text for ln in kept]  # the card's own name, left of no note, stays
    cells = {0: [(440, 150, 740, 240), (0, 0, 2000, 3000)]}
    ex = extract_fields("户口簿", lines, cells=cells, today=TODAY)
    assert [(m["姓名"], m["关系"], m["身份证号"]) for m in ex.members] == [("汤帆杰", "配偶", ID_M)]
