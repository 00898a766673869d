"""The validation gate of machine readings: is this value a possible value of its field?

OCR and layout reading produce text that may belong to the wrong field (困难类别 "审批人", 住房类型 "丧偶",
性别 "汉族"). A value that cannot be a value of its field is not a reading: the extraction keeps it aside
(``rejected``) with the text seen, and it goes to the review queue with confidence 0. ``check_reading``
answers ``None`` for a possible value and a one-line Chinese reason otherwise.

The checks reuse the schema's own validators, parsers and vocabularies (``validators``, ``normalise``,
``vocab``, the rule sets' categories and causes): this module only says which check belongs to which label.
Values that cannot be checked (free text, addresses, unit names) pass.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from dangan.errors import DanganError
from dangan.schemas import vocab
from dangan.schemas.labels import (
    HOUSEHOLD_LABELS,
    LABEL_SYNONYMS,
    MEMBER_COLUMN_SYNONYMS,
    MEMBER_COLUMN_WORDINGS,
    MEMBER_LABELS,
    MEMBERS_LABEL,
    canonical_label,
)
from dangan.schemas.normalise import fold_fullwidth, parse_bool, parse_date, parse_int, parse_number
from dangan.schemas.validators import is_valid_landline, is_valid_mobile, luhn_valid, parse_id_number

__all__ = ["ETHNIC_GROUPS", "check_fields", "check_reading"]

# The 56 nationalities (GB 3304), as printed on the 居民身份证 without 族.
ETHNIC_GROUPS: tuple[str, ...] = (
    "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白",
    "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西",
    "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌",
    "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔",
    "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
)  # fmt: skip

# 政治面貌 (GB/T 4762 code names and their usual short forms).
POLITICAL_STATUS: frozenset[str] = frozenset(
    {
        "中共党员", "中共预备党员", "共青团员", "群众", "无党派人士", "无党派民主人士", "民主党派",
        "党员", "预备党员", "团员", "民革党员", "民革会员", "民盟盟员", "民建会员", "民进会员",
        "农工党党员", "致公党党员", "九三学社社员", "台盟盟员",
    }
)  # fmt: skip

# 婚姻状况 as the 户口簿 (GB/T 2261.2) writes it besides the forms' four words.
MARITAL_REGISTER_WORDS: frozenset[str] = frozenset({"初婚", "再婚", "复婚", "离婚", "未婚", "已婚", "丧偶"})

# 关系 (GB/T 4761 家庭关系): a relation is written with these characters only, and is short.
_KINSHIP_CHARS = set(
    "本人户主配偶妻夫丈子女儿长次三四五六幼养继父母亲孙外祖曾兄弟姐妹媳婿岳公婆伯叔姑舅姨侄甥嫂其他之的"
)

# 残疾人证: category digit (19th) and grade digit (20th) of the 20-character number.
DISABILITY_KINDS: tuple[str, ...] = ("视力", "听力", "言语", "肢体", "智力", "精神", "多重")
DISABILITY_GRADES: tuple[str, ...] = ("一级", "二级", "三级", "四级")

# Roles printed before a signature on Chinese forms: a label, never a person's name.
ROLE_WORDS: frozenset[str] = frozenset(
    {
        "审批人", "申请人", "经办人", "负责人", "联系人", "承办人", "签发人", "填表人", "核查人", "审核人",
        "建档人", "录入人", "户主", "本人", "签字", "签名", "盖章", "签章", "日期", "单位", "部门", "科室",
    }
)  # fmt: skip

# Row labels the seeds' forms print outside any schema field (河北 申报表's 家庭财产 section: 不动产, 机动车辆, and
# its 职工身份 row of 在职□/失业□ boxes): read under an empty member table or beside another field, a printed
# label, never a person's name or a field's value. The 湖南 审批表's section headings (its first column, broken over
# lines in the narrow cell: 家庭主要 | 困难情况, 本人承诺, 入户核查 | 人员意见, 审核意见) likewise.
FORM_ROW_WORDS: frozenset[str] = frozenset({
    "家庭财产", "不动产", "机动车辆", "职工身份",
    "困难情况", "家庭主要困难情况", "本人承诺", "入户核查", "人员意见", "审核意见", "初审意见",
})  # fmt: skip

ID_LABELS = frozenset({"身份证号"})
NAME_LABELS = frozenset({"姓名", "户主姓名"})
SIGNER_LABELS = frozenset({"审核人", "建档人", "录入人", "经办人", "医师"})
PHONE_LABELS = frozenset({"手机号码", "联系电话"})
# money: yuan per month or per year; the bounds are far beyond any hardship household's figures
MONTHLY_MONEY = frozenset(
    {"本人月平均收入", "月收入", "月均工资", "月均实发工资", "月保障金额", "家庭月人均收入"}
)
YEARLY_MONEY = frozenset({"家庭其他非薪资年收入", "家庭年度总收入", "年收入", "年度必要支出"})
MONTHLY_MAX, YEARLY_MAX = 100_000.0, 2_000_000.0
# dates: past events (not after today), or ends of a term (may lie in the future)
PAST_DATES = frozenset(
    {
        "出生日期", "工作时间", "出具日期", "发证日期", "日期", "立卡时间", "登记日期", "签发日期",
        "劳动合同签订时间", "劳动合同签订/入伍时间", "合同起始", "公示期起",
    }
)  # fmt: skip
TERM_DATES = frozenset({"有效期", "合同终止", "公示期止"})
BOOL_LABELS = frozenset(
    {
        "解困脱困对象",
        "是否单亲",
        "是否有一定自救能力",
        "是否为零就业家庭",
        "是否盖章",
        "是否农民工",
        "有无低保",
    }
)
COUNT_RANGES: dict[str, tuple[int, int]] = {
    "家庭人口": (1, 20),
    "保障人数": (1, 20),
    "统计月数": (1, 36),
    "年龄": (0, 120),
    "年制": (1, 8),
}


@lru_cache(maxsize=1)
def _rule_set_words() -> tuple[frozenset[str], frozenset[str]]:
    """(categories, causes) of every shipped rule set: each union prints its own wording."""
    from dangan.schemas.rules import available_rules, load_rules

    cats: set[str] = set()
    causes: set[str] = set()
    for name in available_rules():
        try:
            rules = load_rules(name)
        except DanganError:  # a broken rule file is reported where rules are used, not by every reading
            continue
        cats.update(rules.categories)
        causes.update(rules.causes)
    return frozenset(cats), frozenset(causes)


@lru_cache(maxsize=1)
def _vocabularies() -> dict[str, frozenset[str]]:
    """The words of each vocabulary field (made once: every reading of such a field asks, ~10 CPU-ms a page)."""
    cats, _ = _rule_set_words()
    return {
        "困难类别": frozenset(c.value for c in vocab.HardshipCategory) | cats,
        "住房类型": frozenset(h.value for h in vocab.HousingType),
        "户口类型": frozenset(h.value for h in vocab.HukouType),
        "医保状况": frozenset(m.value for m in vocab.MedicalInsurance),
        "工作状态": frozenset(w.value for w in vocab.WorkStatus),
        "劳模类型": frozenset(m.value for m in vocab.ModelWorker),
        "婚姻状况": frozenset(m.value for m in vocab.MaritalStatus) | MARITAL_REGISTER_WORDS,
    }


def _all_causes() -> frozenset[str]:
    _, causes = _rule_set_words()
    words = {w for ws in vocab.CAUSE_VOCABULARIES.values() for w in ws}
    return frozenset(words | causes | set(vocab.CAUSE_GROUPS))


def _word(value: Any) -> str:
    return fold_fullwidth(str(value)).strip().replace(" ", "").replace("\u3000", "")


def _is_label(text: str) -> bool:
    """A printed label (审批人, 出生, 性别 …, a member column's 称谓 or 从业状况) read where a value should be."""
    t = text.strip("：: ")
    return (canonical_label(t) is not None or t in LABEL_SYNONYMS or t in SIGNER_LABELS or t in ROLE_WORDS
            or t in FORM_ROW_WORDS or t == MEMBERS_LABEL or t in MEMBER_COLUMN_WORDINGS)


# the narrative's opening count of the household (家庭共3人，…; 全家共有2口人): no name of a unit
_HOUSEHOLD_COUNT = re.compile(r"(?:家庭|全家|家中)?(?:共有?|总共|人口)[0-9一二三四五六七八九十]+(?:口人|人|口)")
UNIT_LABELS = frozenset({"工作单位", "单位或学校"})


def _unit_reason(value: Any) -> str | None:
    """A unit (an employer, a school) is named by a name: not a printed label, not a label with the relation
    under it read as one text (称谓女儿: a member block's caption and its value), not the household's count."""
    t = _word(value)
    if _is_label(t):
        return f"读到的是表格标签，不是单位: {value}"
    if any(_is_label(t[:i]) and set(t[i:]) <= _KINSHIP_CHARS for i in range(2, len(t))):
        return f"读到的是表格标签和家庭关系，不是单位: {value}"
    if _HOUSEHOLD_COUNT.match(t):
        return f"读到的是家庭人口的陈述，不是单位: {value}"
    return None


def _cause_reason(value: Any) -> str | None:
    word = vocab.normalise_cause(_word(value))
    if word in _all_causes() or vocab.to_national_cause(word) is not None:
        return None
    return f"不是致困原因选项: {value}"


def _date_reason(label: str, value: Any, today: date) -> str | None:
    if label == "有效期" and _word(value) in ("长期", "长期有效"):
        return None
    d = parse_date(value)
    if d is None:
        return f"不是有效日期: {value}"
    if label == "出生日期":
        return None if date(1900, 1, 1) <= d <= today else f"出生日期不合理: {d.isoformat()}"
    if label in PAST_DATES and not date(1940, 1, 1) <= d <= today + timedelta(days=31):
        return f"日期不合理（早于1940年或晚于今天）: {d.isoformat()}"
    if label in TERM_DATES and not date(1940, 1, 1) <= d <= today.replace(year=today.year + 100):
        return f"日期不合理: {d.isoformat()}"
    return None


def _person_reason(label: str, value: Any, context: Mapping[str, Any], today: date) -> str | None:
    """性别 / 出生日期 / 年龄 against the same person's 身份证号 (when that number is valid)."""
    number = context.get("身份证号")
    if not number or label not in ("性别", "出生日期", "年龄"):
        return None
    try:
        info = parse_id_number(str(number), today=today)
    except ValueError:
        return None
    if label == "性别" and _word(value) != info.gender:
        return f"性别与身份证号不符: 读出 {value}，身份证号为 {info.gender}"
    if label == "出生日期" and parse_date(value) != info.birth_date:
        return f"出生日期与身份证号不符: 读出 {value}，身份证号为 {info.birth_date.isoformat()}"
    if label == "年龄":
        age = parse_int(value)
        lo, hi = info.stated_ages(today)  # the paper's own date is not known here: any time it may be from
        if age is not None and not lo <= age <= hi:
            return f"年龄与身份证号不符: 读出 {age}，按身份证号应为 {lo + 1}–{hi - 1} 岁"
    return None


def _disability_number_reason(value: Any, today: date) -> str | None:
    t = _word(value).upper()
    if not re.fullmatch(r"\d{17}[\dX]\d{2}", t):
        return f"残疾人证号应为20位（身份证号+类别+等级）: {value}"
    try:
        parse_id_number(t[:18], today=today)
    except ValueError as err:
        return f"残疾人证号前18位不是有效身份证号: {err}"
    if not ("1" <= t[18] <= "7" and "1" <= t[19] <= "4"):
        return f"残疾人证号的类别/等级位无效: {t[18:]}"
    return None


def _name_reason(value: Any) -> str | None:
    t = _word(value)
    if not re.fullmatch(r"[\u4e00-\u9fa5·]{2,15}", t):
        return f"不是姓名: {value}"
    # a Han name has 2–4 characters (a double surname: 5–6); longer names of minority peoples are written
    # with the separating dot (阿依古丽·买买提). Seven characters or more without it: a title or a heading.
    if "·" not in t and len(t) > 6:
        return f"不是姓名（过长）: {value}"
    if _is_label(t):
        return f"读到的是表格标签，不是姓名: {value}"
    if (label := _label_inside(t)) is not None:
        return f"读到的是表格标签，不是姓名: {value}" if label == t else f"含表格标签“{label}”，不是姓名: {value}"
    return None


@lru_cache(maxsize=1)
def _long_labels() -> tuple[str, ...]:
    """Printed labels of three characters or more (the label tables, grown from the seeds): no person's
    name holds one, so a 姓名 that does is a label row read as a person (致困原因序号, 家庭成员钱小平)."""
    words = {*HOUSEHOLD_LABELS.values(), *MEMBER_LABELS.values(), *LABEL_SYNONYMS, *LABEL_SYNONYMS.values(),
             *MEMBER_COLUMN_SYNONYMS, MEMBERS_LABEL, *SIGNER_LABELS, *FORM_ROW_WORDS}
    return tuple(sorted((w for w in words if len(w) >= 3), key=len, reverse=True))


def _label_inside(text: str) -> str | None:
    """The longest printed label of three characters or more that ``text`` holds or is (家庭成员 read as a row)."""
    return next((w for w in _long_labels() if w in text), None)


def _range_reason(value: Any, low: float, high: float, what: str) -> str | None:
    n = parse_number(value)
    if n is None:
        return f"不是{what}: {value}"
    if not low <= n <= high:
        return f"{what}超出合理范围（{low:.10g}–{high:.10g}）: {n:.10g}"
    return None


def _vocab_reason(label: str, value: Any) -> str | None:
    words = _vocabularies()[label]
    w = _word(value).replace("(", "（").replace(")", "）")
    if w in words or vocab.normalise_vocab(w) in words:
        return None
    return f"不是“{label}”的选项: {value}"


# A value holds at least one letter, digit or CJK character; "."/"—"/"/"/"：" alone are marks on the paper
# (a dot of a box line, a dash for "none", a colon after a label), never the reading of any field.
_MEANINGFUL = re.compile(r"[^\W_]", re.UNICODE)


def _mark_only_reason(value: Any) -> str | None:
    """A string (or an item of a list) made only of punctuation, symbols or spaces is not a value."""
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, str) and item.strip() and not _MEANINGFUL.search(item):
            return f"只有标点或符号，不是取值: {item.strip()}"
    return None


def _simple_reason(label: str, value: Any, today: date) -> str | None:
    """Checks that need only the value itself; ``None`` also for labels nothing is known about."""
    if label in ID_LABELS:
        try:
            parse_id_number(str(value), today=today)
        except ValueError as err:
            return str(err)
        return None
    if label == "残疾人证号":
        return _disability_number_reason(value, today)
    if label in NAME_LABELS:
        return _name_reason(value)
    if label in UNIT_LABELS and (reason := _unit_reason(value)) is not None:
        return reason
    if label in SIGNER_LABELS:
        t = _word(value)
        return f"读到的是表格标签，不是签名: {value}" if _is_label(t) else None
    if label in MONTHLY_MONEY:
        return _range_reason(value, 0, MONTHLY_MAX, "金额")
    if label in YEARLY_MONEY:
        return _range_reason(value, 0, YEARLY_MAX, "金额")
    if label == "建筑面积":
        return _range_reason(value, 1, 2000, "面积")
    if label in COUNT_RANGES:
        if isinstance(value, bool) or parse_int(value) is None:
            return f"不是整数: {value}"
        return _range_reason(value, *COUNT_RANGES[label], "人数或月数" if label != "年龄" else "年龄")
    if label in PAST_DATES or label in TERM_DATES:
        return _date_reason(label, value, today)
    if label in BOOL_LABELS:
        return None if isinstance(value, bool) or parse_bool(value) is not None else f"不是是/否: {value}"
    if label == "银行卡号":
        return None if luhn_valid(_word(value)) else f"银行卡号校验位错误（Luhn）: {value}"
    if label in PHONE_LABELS:
        t = _word(value)
        return None if is_valid_mobile(t) or is_valid_landline(t) else f"不是电话号码: {value}"
    if label == "邮政编码":
        return None if re.fullmatch(r"\d{6}", _word(value)) else f"邮政编码应为6位数字: {value}"
    if label in ADDRESS_LABELS and not _is_address(_word(value)):
        return f"不是住址（没有地名或门牌）: {value}"
    if label == "户口所在地行政区划" and len(re.findall(r"[\u4e00-\u9fff]", _word(value))) < 2:
        # a place is named in words (郸城县, 河北省石家庄市): a figure or a stroke alone is a ruling read as one
        return f"不是行政区划（没有地名）: {value}"
    return _word_reason(label, value)


# an address names a place or a house (河北省…县…村3组, …路12号5幢): one of these words, or numbers alone
# (1-2-301: building, unit, room); a heading that starts with the label (住址变动登记), a column's other head
# (日期), the last character of a label spaced out across two cells (家 庭 住 | 址) or a leaf read sideways
# (20年月414日所口用用用王: words and figures, no place) names none. 住址 of the 身份证 and 户口簿, 家庭住址 of the forms.
ADDRESS_LABELS = ("住址", "家庭住址")
_ADDRESS_MARK = re.compile(r"[省市区县旗州盟镇乡村屯庄街路道巷弄里号组楼幢栋单元室院苑园社队场坊]")
_HOUSE_NUMBER = re.compile(r"[0-9０-９]+(?:[-－—][0-9０-９]+)*")


def _is_address(text: str) -> bool:
    return bool(_ADDRESS_MARK.search(text) or _HOUSE_NUMBER.fullmatch(text))


# 合同期限 besides the 杭州 words (vocab.ContractTerm): a term without end, or a span or length of time
# (REAL-DOCUMENTS.md: 固定期限 from–to, 无固定期限, 以完成一定工作任务为期限).
_OPEN_TERMS = ("无固定期限", "以完成一定工作任务为期限", "完成一定工作任务", "长期")
_TIME_SPAN = re.compile(r"[0-9０-９一二三四五六七八九十两半]+\s*(?:个)?[年月日]|\d{4}[-./]\d{1,2}")


def _contract_term_reason(value: Any) -> str | None:
    """A 合同期限 names a length or span of time; a fragment of a wrapped cell ("个月)") names none."""
    w = _word(value)
    if vocab.normalise_contract_term(w) in {t.value for t in vocab.ContractTerm}:
        return None
    if any(t in w for t in _OPEN_TERMS):
        return None
    opened = w.count("（") + w.count("(")
    closed = w.count("）") + w.count(")")
    if _TIME_SPAN.search(w) and opened == closed:
        return None
    return f"不是合同期限: {value}"


# 健康状况: GB/T 2261.3 names 健康或良好, 一般或较弱, 有慢性病, 残疾; the forms write 健康, 患病, 患大病, 长期慢性病,
# 残疾 … A value names a state of health by one of these marks; a unit, a relation or a date read there does not.
_HEALTH_MARKS: tuple[str, ...] = (
    "健康", "良", "好", "一般", "弱", "差", "正常", "病", "残", "疾", "癌", "瘤", "瘫", "伤", "失能", "失智", "障碍",
)  # fmt: skip
_HEALTH_SHAPE = re.compile(r"[\u4e00-\u9fa5、，,/（）()0-9]{1,16}")
# 开户银行: a bank or credit union names itself (中国工商银行, 杭州联合农村商业银行, 余杭农信, XX农村信用合作社, a
# branch: 工商银行文三路支行), or is written short (工行, 邮政 …). A fragment of the name (行, 银行) names none.
_BANK_WORDS: tuple[str, ...] = (
    "银行", "信用社", "信用合作社", "信用联社", "农信", "农商行", "村镇行", "邮储", "储蓄所", "支行", "分行", "分理处",
    "营业部",
)  # fmt: skip
_BANK_SHORT: frozenset[str] = frozenset(
    {"工行", "农行", "中行", "建行", "交行", "招行", "邮政", "中国邮政", "邮政储蓄", "农商行", "信用社", "农信社"}
)
_BANK_SHAPE = re.compile(r"[\u4e00-\u9fa5（）()·]{2,40}")
_SEPARATOR_ENDS = "/、,，;；:：|"
# the words a column's or a row's header ends in to say what is asked (疾病名称, 残疾类别, 患病情况): the
# question, never the answer a person's health is written as
ASKING_ENDS = ("名称", "类别", "类型", "情况", "状况")


def _health_reason(value: Any) -> str | None:
    w = _word(value)
    if (_HEALTH_SHAPE.fullmatch(w) and any(m in w for m in _HEALTH_MARKS) and not _is_label(w)
            and w[0] not in _SEPARATOR_ENDS and w[-1] not in _SEPARATOR_ENDS and not w.endswith(ASKING_ENDS)):
        return None
    return f"不是健康状况: {value}"


def _bank_reason(value: Any) -> str | None:
    w = _word(value).replace("(", "（").replace(")", "）")
    if w in _BANK_SHORT:
        return None
    if _BANK_SHAPE.fullmatch(w) and not _is_label(w) and any(b in w and w.replace(b, "", 1) for b in _BANK_WORDS):
        return None
    return f"不是开户银行名称: {value}"


def _word_reason(label: str, value: Any) -> str | None:
    """Fields whose value is one word of a list (vocabularies, nationalities, causes, relations)."""
    if label == "性别":
        return None if _word(value) in ("男", "女") else f"性别只能是男或女: {value}"
    if label == "民族":
        w = _word(value)
        return None if w in ETHNIC_GROUPS or w.removesuffix("族") in ETHNIC_GROUPS else f"不是民族: {value}"
    if label in _vocabularies():
        return _vocab_reason(label, value)
    if label == "主要致困原因":
        return _cause_reason(value)
    if label == "次要致困原因":
        items = value if isinstance(value, list) else [value]
        if len(items) > 3:
            return f"次要致困原因最多三项，读出 {len(items)} 项"
        return next((r for item in items if (r := _cause_reason(item)) is not None), None)
    if label == "政治面貌":
        return None if _word(value) in POLITICAL_STATUS else f"不是政治面貌: {value}"
    if label == "关系":
        t = _word(value)
        ok = 1 <= len(t) <= 6 and set(t) <= _KINSHIP_CHARS
        return None if ok else f"不是家庭关系: {value}"
    if label == "残疾类别":
        w = _word(value).removesuffix("残疾")
        return None if w in DISABILITY_KINDS else f"不是残疾类别: {value}"
    if label == "残疾等级":
        w = _word(value).removeprefix("残疾").replace("级", "")
        ok = w in ("一", "二", "三", "四", "1", "2", "3", "4", "壹", "贰", "叁", "肆")
        return None if ok else f"不是残疾等级（一级至四级）: {value}"
    if label == "合同期限":
        return _contract_term_reason(value)
    if label == "健康状况":
        return _health_reason(value)
    if label == "开户银行":
        return _bank_reason(value)
    if label == "结果":
        return None if _word(value) in ("无异议", "有异议") else f"公示结果应为无异议或有异议: {value}"
    if isinstance(value, str) and _is_label(_word(value)):
        # a free-text field (工作单位, 家庭住址, 诊断 …) whose reading is itself a printed label (职工身份, 性别 …):
        # the label of a neighbouring cell was paired as the value, so nothing of this field was read
        return f"读到的是表格标签，不是取值: {value}"
    if isinstance(value, str) and _word(value).startswith("或"):
        # no name, unit or address starts with 或: it is the second half of a label wrapped in its cell
        # (工作单位 | 或就读学校, 户主或 | 与户主关系) read as the value beside the first half
        return f"读到的是换行的表格标签，不是取值: {value}"
    return None


def check_reading(label: str, value: Any, *, context: Mapping[str, Any] | None = None) -> str | None:
    """``None`` when ``value`` is a possible value of ``label``, else a one-line Chinese reason.

    ``context`` holds what the check needs besides the value: the other readings of the same person
    (``身份证号`` for 性别/出生日期/年龄), ``member_rows`` (rows read in the member table, for 家庭人口),
    ``today`` (a ``date``, for plausibility of dates).
    """
    ctx = context or {}
    today = ctx.get("today") or date.today()
    if value is None or (isinstance(value, str) and not value.strip()):
        return None  # nothing read: nothing to reject
    reason = _mark_only_reason(value)
    if reason is None:
        reason = _simple_reason(label, value, today)
    if reason is None:
        reason = _person_reason(label, value, ctx, today)
    if reason is None and label == "家庭人口":
        rows = ctx.get("member_rows")
        n = parse_int(value)
        if isinstance(rows, int) and n is not None and n < rows:
            reason = f"家庭人口 {n} 少于家庭成员表的 {rows} 行"
    return reason


def member_rows(members: Sequence[Mapping[str, Any]]) -> int:
    """The rows of a member table that name a person, by 姓名 or by 身份证号 (a row left with its age alone
    names nobody): what 家庭人口 may not be fewer than. The validation gate and the benchmark both count so."""
    return sum(1 for m in members if m.get("姓名") or m.get("身份证号"))


def check_fields(fields: Mapping[str, Any], *, context: Mapping[str, Any] | None = None) -> dict[str, str]:
    """``label → reason`` for every value of one record (a document's fields, or one member) that fails.

    The record itself is the context of its person checks: its 身份证号, when valid, judges its 性别.
    """
    ctx = {**(context or {})}
    number = fields.get("身份证号")
    if number is not None and check_reading("身份证号", number, context=ctx) is None:
        ctx["身份证号"] = number
    else:
        ctx.pop("身份证号", None)
    out: dict[str, str] = {}
    for label, value in fields.items():
        reason = check_reading(label, value, context=ctx)
        if reason is not None:
            out[label] = reason
    return out
