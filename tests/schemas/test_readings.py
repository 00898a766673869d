"""The validation gate: each rule of ``check_reading`` on values that are and are not possible readings."""

from __future__ import annotations

from datetime import date

import pytest

from dangan.schemas.readings import check_fields, check_reading
from dangan.schemas.validators import id_check_digit, luhn_check_digit

TODAY = date(2026, 6, 1)


def _id(first17: str) -> str:
    return first17 + id_check_digit(first17)


WOMAN = _id("11010519850312002")  # 1985-03-12, 17th digit even: 女
MAN = _id("33010219700101001")  # 1970-01-01, odd: 男


def ok(label: str, value: object, **ctx: object) -> bool:
    return check_reading(label, value, context={"today": TODAY, **ctx}) is None


def test_id_number_check_digit_and_birth() -> None:
    assert ok("身份证号", WOMAN) and ok("身份证号", MAN.lower())
    wrong = WOMAN[:-1] + ("0" if WOMAN[-1] != "0" else "1")
    reason = check_reading("身份证号", wrong, context={"today": TODAY})
    assert reason is not None and "校验码" in reason
    assert not ok("身份证号", "219240329380")  # a fragment read from digit boxes
    assert not ok("身份证号", _id("11010520300101001"))  # born in the future


@pytest.mark.parametrize(
    ("label", "good", "bad"),
    [
        ("困难类别", ["全总级", "省级", "持证困难户", "全国级", "低保边缘户"], ["审批人", "一般"]),
        ("住房类型", ["租房", "承租单位公房", "自建房"], ["丧偶", "审核人"]),
        ("婚姻状况", ["已婚", "离婚", "丧偶", "初婚"], ["租房", "群众"]),
        ("户口类型", ["农业", "非农业", "城镇"], ["一般", "家庭户"]),
        ("性别", ["男", "女"], ["汉族", "出生"]),
        ("民族", ["汉", "汉族", "维吾尔族", "土家"], ["男", "出生", "中国"]),
        ("工作状态", ["在岗", "下（待）岗", "下岗", "失业", "退休"], ["已婚", "工人"]),
        ("医保状况", ["新农合", "新农舍", "城镇职工医保"], ["农业"]),
        ("劳模类型", ["非劳模", "全国劳模"], ["党员"]),
        ("政治面貌", ["群众", "中共党员", "共青团员"], ["群众3 3 01 1", "汉"]),
        ("关系", ["本人", "配偶", "长子", "女儿", "儿媳"], ["家庭成员钱小平", "群众", "张三"]),
        ("残疾类别", ["肢体", "视力残疾", "多重"], ["一级", "严重"]),
        ("残疾等级", ["一级", "四级", "3级"], ["五级", "肢体"]),
        ("结果", ["无异议"], ["同意"]),
    ],
)
def test_vocabulary_fields(label: str, good: list[str], bad: list[str]) -> None:
    for v in good:
        assert ok(label, v), (label, v)
    for v in bad:
        assert not ok(label, v), (label, v)


def test_causes_in_every_rule_set_wording() -> None:
    for v in ("家庭成员患重大疾病", "本人大病", "因病致困", "家庭收入低", "本人残疾", "6", "☑子女上学"):
        assert ok("主要致困原因", v), v
    assert not ok("主要致困原因", "审批人")
    assert ok("次要致困原因", ["子女上学", "收入低"])
    assert not ok("次要致困原因", ["子女上学", "审核"])
    assert not ok("次要致困原因", ["子女上学", "收入低", "残疾", "自然灾害"])


def test_dates_real_and_plausible() -> None:
    assert ok("出生日期", "1985-03-12") and ok("发证日期", "2020-01-05") and ok("有效期", "2035-03-01")
    assert not ok("出生日期", "2027-01-01")  # after today
    assert not ok("出生日期", "1850-01-01")
    assert not ok("出具日期", "2023-02-30")  # no such day
    assert not ok("出具日期", "日")
    assert not ok("发证日期", "2030-01-01")
    assert ok("有效期", "长期")


def test_person_against_id_number() -> None:
    assert ok("性别", "女", 身份证号=WOMAN) and not ok("性别", "男", 身份证号=WOMAN)
    assert ok("出生日期", "1985-03-12", 身份证号=WOMAN)
    assert not ok("出生日期", "1985-03-13", 身份证号=WOMAN)
    assert ok("年龄", 41, 身份证号=WOMAN) and not ok("年龄", 14, 身份证号=WOMAN)
    # a paper filled in years before it is read states the age its holder had then (up to the ten years an
    # archive is kept); an age the holder reaches only later, or had more than ten years ago, is no reading
    assert ok("年龄", 39, 身份证号=WOMAN) and ok("年龄", 31, 身份证号=WOMAN)
    assert not ok("年龄", 30, 身份证号=WOMAN) and not ok("年龄", 43, 身份证号=WOMAN)
    # an invalid number judges nothing: the 性别 is then checked alone
    assert ok("性别", "男", 身份证号=WOMAN[:-1] + "Z")
    issues = check_fields({"身份证号": MAN, "性别": "女", "出生日期": "1970-01-01"}, context={"today": TODAY})
    assert set(issues) == {"性别"}


def test_money_counts_and_household_size() -> None:
    assert ok("本人月平均收入", 2350) and ok("月收入", 0) and ok("家庭年度总收入", 48000)
    assert not ok("本人月平均收入", -10)
    assert not ok("本人月平均收入", 2_350_000)  # a phone or ID digit run read as money
    assert not ok("年收入", "二千")
    assert ok("家庭人口", 3, member_rows=3) and ok("家庭人口", 4, member_rows=3)
    assert not ok("家庭人口", 2, member_rows=3)
    assert not ok("家庭人口", 0) and not ok("保障人数", 45)
    assert not ok("年龄", 230)


def test_bank_card_phone_names() -> None:
    card = "622202123456789012"
    card += luhn_check_digit(card)
    assert ok("银行卡号", card)
    assert not ok("银行卡号", card[:-1] + str((int(card[-1]) + 1) % 10))
    assert ok("手机号码", "13812345678") and ok("联系电话", "0571-87654321")
    assert not ok("手机号码", "2350")
    # fixed lines as China numbers them: 010/02x + 8 digits, a four-digit area code + 7 or 8, or 7-8 alone
    assert ok("联系电话", "010-62751234") and ok("联系电话", "0731 2288123") and ok("联系电话", "87654321")
    assert ok("联系电话", "0571-87161079-802")
    # a mobile number misread into ten digits: 045 is no area code, and 0451 leaves six digits
    assert not ok("手机号码", "0451868266") and not ok("联系电话", "0451868266")
    assert not ok("联系电话", "021-1234567")  # Shanghai's local numbers have eight digits
    assert ok("姓名", "钱小平") and ok("姓名", "阿依古丽·买买提")
    assert not ok("姓名", "审批人") and not ok("姓名", "联系电话") and not ok("姓名", "张3")
    assert not ok("审核人", "建档人")


def test_wrapped_label_tail_is_no_value() -> None:
    """A label wrapped in its cell (工作单位 / 或就读学校) leaves its second line beside the first as a 'value'."""
    assert not ok("工作单位", "或就读学校") and not ok("工作单位", "或就读子校")
    assert not ok("家庭住址", "或 通讯地址 12号")
    assert ok("工作单位", "株洲电力机车有限公司") and ok("工作单位", "和平区环卫所")


def test_disability_number() -> None:
    assert ok("残疾人证号", WOMAN + "42")
    assert not ok("残疾人证号", WOMAN + "92")  # no category 9
    assert not ok("残疾人证号", WOMAN)  # 18 characters, not 20


def test_free_text_and_blanks_pass() -> None:
    assert ok("家庭住址", "浙江省杭州市西湖区文三路100号")
    assert ok("诊断", "腰椎间盘突出症")
    assert ok("困难类别", None) and ok("住房类型", "")


def test_a_printed_label_is_no_free_text_value() -> None:
    """A neighbouring cell's label paired as the value (工作单位 read as 职工身份) is no reading of the field."""
    assert not ok("工作单位", "职工身份") and not ok("工作单位", "性别：") and not ok("家庭住址", "身份证号")
    assert ok("工作单位", "杭州钢铁集团有限公司") and ok("家庭住址", "石家庄市长安区建设北大街12号")


def test_a_household_address_names_a_place_or_a_house() -> None:
    """The forms' 家庭住址 is checked as the 住址 of an ID paper is: a label's last character left in the value
    cell (家 庭 住 | 址 spaced across two cells) or a heading names no place."""
    for label in ("家庭住址", "住址"):
        assert not ok(label, "址") and not ok(label, "住址变动登记"), label
        assert ok(label, "湖南省湘潭市岳塘区建设路口") and ok(label, "幸福小区") and ok(label, "1-2-301"), label
        # a leaf read sideways: figures among words that name no place
        assert not ok(label, "20年月414日所口用用用王") and not ok(label, "3月5日"), label


@pytest.mark.parametrize("mark", [".", "—", "/", "：", "-", "…", "（）", "、", " . ", "——", "☑"])
@pytest.mark.parametrize("label", ["合同期限", "单位", "家庭住址", "困难类别", "审核人", "备注", "次要致困原因"])
def test_mark_without_letter_digit_or_cjk_is_no_reading(label: str, mark: str) -> None:
    """A dot of a box line or a dash for "none" is not the value of any field, free text included."""
    value: object = [mark] if label == "次要致困原因" else mark
    reason = check_reading(label, value, context={"today": TODAY})
    assert reason is not None and "标点" in reason, (label, mark, reason)
    assert label in check_fields({label: value}, context={"today": TODAY})


def test_value_with_a_letter_digit_or_cjk_passes_the_mark_check() -> None:
    assert ok("合同期限", "3年") and ok("单位", "杭州市总工会") and ok("备注", "A")
    assert ok("家庭住址", "1-2-301") and ok("合同期限", "长期")


def test_contract_term_is_a_length_or_span_of_time() -> None:
    """The 杭州 words, open terms, spans and lengths pass; a fragment of a wrapped cell does not."""
    for v in ("半年至一年（7个月至18个月）", "半年至一年(7个月至", "无固定期限", "以完成一定工作任务为期限", "3年", "三年",
              "2020年1月至2023年1月", "2023-01-01至2026-01-01"):
        assert ok("合同期限", v), v
    for v in ("个月)", "7个月至18个月）", "至", "甲方"):
        assert not ok("合同期限", v), v


def test_a_department_is_no_name() -> None:
    assert not ok("姓名", "部门") and not ok("姓名", "科室") and ok("姓名", "部文明")


def test_a_heading_is_no_name() -> None:
    """A form's title read into 姓名 (困难救助申请人基本情况); long names of minority peoples carry the dot."""
    assert not ok("姓名", "困难救助申请人基本情况") and not ok("姓名", "家庭财产不动产")
    assert ok("姓名", "欧阳娜娜") and ok("姓名", "阿不都热合曼") and ok("姓名", "阿依古丽·买买提")


def test_health_names_a_state_of_health() -> None:
    for good in ("健康", "良好", "一般或较弱", "有慢性病", "长期慢性病", "患大病", "残疾", "残疾二级", "本人大病", "患病、残疾"):
        assert ok("健康状况", good), good
    # another field's value, a label, a date, or a fragment of a cell listing the options
    for bad in ("汉", "丧偶", "群众", "在职", "健康状况", "2020-01-01", "病/", "/残疾", "12"):
        assert not ok("健康状况", bad), bad


def test_bank_names_itself_or_is_written_short() -> None:
    for good in ("中国邮政储蓄银行", "中国工商银行", "工行", "邮政", "杭州联合农村商业银行", "余杭农信",
                 "临安市农村信用合作社", "工商银行文三路支行", "中国邮政储蓄银行(杭州分行)", "浙江农商行"):
        assert ok("开户银行", good), good
    # a fragment of a name, the printed labels, a person, a card number
    for bad in ("行", "银行", "开户银行", "银行卡号", "张三", "6222021234567890", "中国工商银行6222"):
        assert not ok("开户银行", bad), bad


def test_a_printed_row_label_of_a_form_is_no_name() -> None:
    """The 河北 申报表 prints a 家庭财产 section (不动产, 机动车辆) under its member table: read as a member row
    of a household with no members, its label was taken for a person's name, making a false member finding."""
    for word in ("不动产", "机动车辆", "家庭财产"):
        assert check_reading("姓名", word) is not None, word
    assert check_reading("姓名", "董佳男") is None and check_reading("姓名", "史不凡") is None


def test_a_label_inside_a_name_makes_it_no_name() -> None:
    """A row label of a form read as a member (致困原因序号: the row listing the numbered causes), or a row
    header glued to the name: no person's name holds a printed label of three characters or more."""
    for bad in ("致困原因序号", "家庭成员钱小平", "出生日期张三", "工作单位名称"):
        assert check_reading("姓名", bad) is not None, bad
    # names that hold a shorter label word or part of one stay names
    for good in ("单建国", "关民族", "姓名华", "欧阳月收", "韩身份"):
        assert check_reading("姓名", good) is None, good


def test_a_section_heading_read_as_a_member_is_no_name() -> None:
    """The form's own headings read down its first column as member rows (家庭成员, then the 湖南 审批表's
    家庭主要 | 困难情况 and 本人承诺 cells): a heading, whole, is a printed label, no person; so is it in a
    free-text field."""
    for heading in ("家庭成员", "困难情况", "本人承诺", "审核意见"):
        reason = check_reading("姓名", heading)
        assert reason is not None and "表格标签" in reason, heading
        assert check_reading("工作单位", heading) is not None, heading
    for good in ("成家宁", "困长顺", "承诺", "审意"):  # two characters of a heading, or a rare surname: still names
        assert check_reading("姓名", good) is None, good
