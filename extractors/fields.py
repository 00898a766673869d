"""Fields of one document: read label→value pairs, ticked boxes and sentences, normalise, validate, score.

Each field's confidence is the OCR confidence times the factors of the checks it passed or failed
(ID check digit, birth date and gender against the ID, 家庭人口 against the member rows, 年收入 against
12 × 月均 …), so a reading that breaks a rule lands in the review queue even when OCR was sure.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from dangan.extractors.applicant import applicant_row
from dangan.extractors.freetext import read_freetext
from dangan.extractors.layout import (
    _LABEL_RE,
    _UNNAMED_GLYPH,
    EMPTY,
    FREE_TEXT,
    PRINTED_LABELS,
    TICKED,
    Box,
    Reading,
    TextLine,
    _same_row,
    bracket_ticked,
    clean_text,
    find_member_blocks,
    find_member_table_lines,
    group_rows,
    label_of,
    lines_from_cells,
    option_spans,
    pair_labels,
    qualify_role_labels,
    qualify_row_labels,
    split_labelled,
    text_slope,
    ticked_by_geometry,
    ticked_in_text,
    unnamed_marks,
    value_below,
    value_right_of,
    vertical_overlap,
)
from dangan.extractors.structure import (
    cell_rows,
    member_block_lines,
    merge_digit_runs,
    read_member_pages,
    split_at_rulings,
)
from dangan.schemas import vocab
from dangan.schemas.labels import COLON_LABELS, DOC_FIELDS, MEMBER_LABELS
from dangan.schemas.normalise import (
    find_dates,
    fold_fullwidth,
    parse_bool,
    parse_date,
    parse_int,
    parse_money,
    parse_number,
    simplified,
)
from dangan.schemas.readings import (
    BOOL_LABELS,
    ETHNIC_GROUPS,
    ID_LABELS,
    MONTHLY_MONEY,
    PHONE_LABELS,
    POLITICAL_STATUS,
    SIGNER_LABELS,
    check_reading,
)
from dangan.schemas.validators import is_valid_mobile, normalise_id_number, parse_id_number

MONEY = {
    "本人月平均收入",
    "家庭其他非薪资年收入",
    "家庭年度总收入",
    "家庭月人均收入",
    "年度必要支出",
    "月均工资",
    "月均实发工资",
    "年收入",
    "月保障金额",
    "月收入",
}
NUMBERS = {"建筑面积"}
COUNTS = {"家庭人口", "统计月数", "保障人数", "年龄"}
DATES = {
    "出生日期",
    "工作时间",
    "出具日期",
    "发证日期",
    "有效期",
    "合同起始",
    "合同终止",
    "公示期起",
    "公示期止",
    "日期",
    "立卡时间",
    "劳动合同签订时间",
    "劳动合同签订/入伍时间",
    "入学年份_",
}
BOOLS = BOOL_LABELS  # yes/no fields: one list, kept with the validation gate
VOCAB_FIELDS = {
    "婚姻状况",
    "住房类型",
    "户口类型",
    "医保状况",
    "工作状态",
    "劳模类型",
    "困难类别",
    "性别",
    "民族",
}

# every rule set's printed cause words (a tick box may carry any of them), national first
_CAUSES = list(dict.fromkeys(w for words in vocab.CAUSE_VOCABULARIES.values() for w in words))
YES_NO = ["是", "否"]
CHECKBOX_OPTIONS: dict[str, list[str]] = {
    "婚姻状况": [m.value for m in vocab.MaritalStatus],
    "有无低保": ["有低保", "无低保", "有", "无"],
    "主要致困原因": _CAUSES,
    "次要致困原因": _CAUSES,
    "是否有一定自救能力": YES_NO,
    "是否为零就业家庭": YES_NO,
    "是否单亲": YES_NO,
    "解困脱困对象": YES_NO,
    "是否农民工": YES_NO,
    "困难类别": [c.value for c in vocab.HardshipCategory],
    "户口类型": [c.value for c in vocab.HukouType],
    "医保状况": [c.value for c in vocab.MedicalInsurance]
    + [k for k, v in vocab.VOCAB_SYNONYMS.items() if v in set(vocab.MedicalInsurance)],  # 新农舍 misprint
    "住房类型": [c.value for c in vocab.HousingType],
    "工作状态": [c.value for c in vocab.WorkStatus],
    "劳模类型": [c.value for c in vocab.ModelWorker],
    "性别": ["男", "女"],
    "结果": ["无异议", "有异议"],
    # 立卡信息 of the national 档案表 (全总 2016 样表, 河北 附件6)
    "五类重点群体": [
        "低保范围内有劳动能力而未充分就业",
        "收入或生活水平低于低保线而未纳入低保",
        "低收入或生活水平低于低保线而未纳入低保",
        "支出性生活困难",
        "城市困难农民工",
        "供给侧结构性改革中的困难职工",
    ],
    "四个一批措施": ["就业创业发展", "纳入社保制度覆盖", "纳入大病保险和医疗互助保险保障", "社会救助兜底"],
    "七个行动计划": [
        "技能培训促就业计划",
        "技能培训促进就业计划",
        "创业援助计划",
        "阳光就业计划",
        "职工医疗互助计划",
        "金秋助学计划",
        "一帮一结对计划",
        "送温暖精准化计划",
        "送温暖精准计划",
    ],
}
MULTI = {"次要致困原因"}
EMPTY_BOXES = "□口☐"
# option words that answer a question printed without a label (（职工□ 农民工□）, □困难职工 □困难农民工)
LABELLESS: dict[str, tuple[str, Any]] = {
    "困难农民工": ("是否农民工", True),
    "困难职工": ("是否农民工", False),
    "农民工": ("是否农民工", True),
    "职工": ("是否农民工", False),
}
# every word a box may mark
_MARKED_WORDS = sorted({o for opts in CHECKBOX_OPTIONS.values() for o in opts} | set(LABELLESS))
DOC_ALIASES: dict[str, dict[str, str]] = {
    "建档申请表": {"经办人": "建档人"},
    "收入证明": {"手机号码": "联系电话"},
    "身份证": {"家庭住址": "住址"},
    "残疾人证": {"家庭住址": "住址"},
}


@dataclass
class Extraction:
    fields: dict[str, Any] = field(default_factory=dict)
    confidence: dict[str, float] = field(default_factory=dict)
    boxes: dict[str, list[Any]] = field(default_factory=dict)
    members: list[dict[str, Any]] = field(default_factory=list)
    member_confidence: list[dict[str, float]] = field(default_factory=list)
    member_boxes: list[dict[str, list[Any]]] = field(default_factory=list)
    raw: dict[str, str] = field(default_factory=dict)

    def set(
        self, label: str, value: Any, conf: float, page: int | None = None, box: Box | None = None
    ) -> None:
        self.fields[label] = value
        self.confidence[label] = round(max(0.0, min(1.0, conf)), 3)
        if box is not None and page is not None:
            self.boxes[label] = [page, [round(v) for v in box]]

    def lower(self, label: str, factor: float) -> None:
        if label in self.confidence:
            self.confidence[label] = round(self.confidence[label] * factor, 3)


# ---------------------------------------------------------------------------------------------
# Normalisation of single values


# Instructions printed on the forms next to a blank, e.g. 困难职工单位工会：（填写盖章）: never a value.
_FORM_INSTRUCTION = re.compile(r"[（(][^（()）]{0,12}(?:填写|盖章|签名|签字|签章)[^（()）]{0,12}[）)]")


# Prompts printed at the start of a free-text box (河北 申报表: 家庭困难原因及状况 "直接叙述：…").
# OCR reads the colon as 。 too, or loses it
_FORM_PROMPT = re.compile(r"^\s*(?:(?:直接叙述|简要叙述|请简述)\s*[:：。.，,]?|(?:具体说明|简述)\s*[:：。.，,])")


def _strip_value(text: str) -> str:
    text = _FORM_PROMPT.sub("", _FORM_INSTRUCTION.sub("", fold_fullwidth(text))).strip()
    text = text.strip("：:，,。;；_·・ ")  # "经办人·李秀英": OCR reads the colon as a middle dot
    # "开户银行.中国邮政储蓄银行": a colon read as a full stop (never before a digit: ".5" is a number)
    text = re.sub(r"^\.+(?=\D|$)", "", text).strip()
    # a value last in a bracketed group ("（劳动合同签订时间…，合同期限三年（31个月至42个月））") takes the
    # group's closing bracket along: a closer with no opener in the value is not the value's
    text = text.replace("〔", "（").replace("〕", "）")
    while text[-1:] in ("）", ")") and text.count("）") + text.count(")") > text.count("（") + text.count("("):
        text = text[:-1].rstrip()
    return text


# letters and signs OCR reads for a digit of a number (a slashed or dotted 0 read Φ or Ø, 0 read O or D, 1 read
# I or |): taken for the digit only where the number then holds (its check digit and birth date)
# (the number comes here upper-cased: o, ø, l are O, Ø, L)
_DIGIT_LOOKALIKES = str.maketrans({"Φ": "0", "Ø": "0", "O": "0", "D": "0", "I": "1", "|": "1"})


def _digit_lookalikes(number: str) -> str:
    """An 18-character ID number with a digit read as a look-alike sign (3301Φ6…): the number with the digit,
    when that number is valid; else as read."""
    if len(number) != 18 or number[:17].isdigit():
        return number
    mended = number[:17].translate(_DIGIT_LOOKALIKES) + number[17]
    if mended == number or not mended[:17].isdigit():
        return number
    try:
        return parse_id_number(mended).number
    except ValueError:
        return number


def _id_from(number: str) -> tuple[str, float]:
    """An ID cell holding more than 18 characters (a wrong number crossed out and the right one written
    after it, a date stamped over the cell, the next column's digits run into it): the 18 whose check
    digit and birth date hold, when only one such run does; else the text as read."""
    if len(number) <= 18:
        return number, 1.0
    valid = set()
    for i in range(len(number) - 17):
        try:
            valid.add(parse_id_number(number[i : i + 18]).number)
        except ValueError:
            continue
    return (valid.pop(), 0.9) if len(valid) == 1 else (number, 1.0)


NARRATIVE_FACTOR = 0.97

# an amount written as its parts closed by their total (医疗3000元，教育2500元，合计5500元): the closing total
_ITEMISED_TOTAL = re.compile(r"(?:合计|总计|共计)\s*[：:]?\s*(\d[\d,]*(?:\.\d+)?)\s*元?\s*[。.]?$")


# an amount with its cents followed, with no gap, by another amount with its cents (the first maybe garbled by
# the stroke through it)
_AMOUNT_AFTER_AMOUNT = re.compile(r"\S*?\d[.．]\d{2}\s*(\d{1,3}(?:,\d{3})+\.\d{2}|\d+\.\d{2})元?")

# two dates written one after the other, figures and points (or 年月日) only
_DATE_TWICE_RE = re.compile(r"(\d{4}[.\-/年]\d{1,2}[.\-/月]\d{1,2}日?)\s*(\d{4}[.\-/年]\d{1,2}[.\-/月]\d{1,2}日?)")


# a nought alone read as a sign of its shape (a small 0 in a member row's 月收入 cell read "。", "o", "○")
_NOUGHT_READ_AS_SIGN = re.compile(r"[。○oO]")


# the choices of a question printed in brackets before the answer is written (（是/否） 否, （有低保/无低保）无低保)
_CHOICES_FIRST = re.compile(r"\s*[（(]([^（）()]+)[）)]\s*[：:]?\s*")


def answer_after_choices(label: str, text: str) -> str | None:
    """What is written after the question's choices printed in brackets at the text's start (「（是/否） 否」,
    「（农业/非农业）非农业」: 否, 非农业; "" when nothing is), or None when the text opens with no such choices: a
    form that asks for the answer in words prints the choices to write from, and they are no answer. The
    bracket holds the options alone, or names two of them among other words when one option is written
    after it. The one reading of it: a value's (``normalise_value``) and a reading's (``_possible_reading``,
    ``_option_list``)."""
    m = _CHOICES_FIRST.match(text)
    options = CHECKBOX_OPTIONS.get(label)
    if m is None or not options:
        return None
    after = text[m.end() :].strip()
    if len(_choices_named(m.group(1), options)) >= 2:
        return after
    if _count_options(m.group(1), options) >= 2 and _count_options(after, options) == 1:
        return after
    return None


def _choices_named(printed: str, options: Sequence[str]) -> list[str]:
    """The options ``printed`` lists and nothing else, set apart by / 、 | or run together where OCR lost the
    mark between them (（是否）); [] when it holds anything else."""
    out: list[str] = []
    for part in (p.strip() for p in re.split(r"[/／、|｜]", printed)):
        while part:
            word = next((o for o in sorted(options, key=len, reverse=True) if part.startswith(o)), None)
            if word is None:
                return []
            out.append(word)
            part = part[len(word) :].strip()
    return out


def normalise_value(label: str, text: Any) -> tuple[Any, float]:
    """(value, factor): the factor is < 1 when the text could not be read as what the label needs."""
    if not isinstance(text, str):
        return text, 1.0
    if label in FREE_TEXT:  # a narrative ends with its full stop; only leading separators are noise
        raw = _FORM_PROMPT.sub("", fold_fullwidth(text)).strip().lstrip("：:，,。;；_").rstrip("，,;；_ ")
        # OCR's confidence is its characters' mean, and a narrative runs to 60-100 of them over several lines:
        # it comes back whole to the last mark far less often than that mean says (released rotation-10 forms:
        # 8 of 21 read at >= 0.98 were exact, the others a colon read as 。 or lost, the closing 。 lost, once a
        # line lost). What is used of it is the figures it states (reconcile.narrative, at the narrative's
        # confidence): the factor keeps it below a text's trust (0.98) and those figures above an amount's (0.95).
        return (raw, NARRATIVE_FACTOR) if raw else (None, 0.5)
    if label in MONEY and _NOUGHT_READ_AS_SIGN.fullmatch(fold_fullwidth(text).strip()):
        return 0, 0.85  # a money cell's lone 0 read as a circle sign: a small 0 in a narrow cell is read 。 or o
    if (written := answer_after_choices(label, text)) is not None:
        text = written  # 「（是/否） 否」: what is written after the printed choices
    raw = _strip_value(text)
    if raw == "":
        return None, 0.5
    if label in MONEY:
        raw = re.sub(r"(?<=\d|元)\s*(?:/|每)\s*月$", "", raw)  # "1,92000元/月": a month's amount, its unit
        raw = re.sub(r"(?<=\d)\.{2,}(?=\d{1,2}元?$)", ".", raw)  # "809..58": the point read twice
        if (m := _ITEMISED_TOTAL.search(raw)) and len(re.findall(r"\d[\d,.]*", raw)) >= 2:
            # "医疗3000元，教育2500元，合计5500元": an amount written as its parts and their total is the total
            return normalise_value(label, m.group(1))[0], 1.0
        if m := re.fullmatch(r"[\d,.]+元\s*([\d,.]+元)", raw):  # "8元0元": the first amount struck through
            return normalise_value(label, m.group(1))[0], 0.9
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+\.\d{2}", raw):
            raw = raw.replace(".", "", raw.count(".") - 1)  # "11.100.00": OCR read the thousands commas as points
        elif m := _AMOUNT_AFTER_AMOUNT.fullmatch(raw):
            # "84,700.0184,700.00", "H009.001,900.00": an amount with its cents struck through and written again
            # right after it, the gap lost (one amount has one point): the one written last
            return normalise_value(label, m.group(1))[0], 0.9
        if m := re.fullmatch(r"(\d{1,3}(?:[\s,]\d{3})+)\s(\d{2})元?", raw):
            # "3 900 00", "1,990 00": 3 900.00 / 1,990.00 printed with its thousands set apart, its point read as
            # a space (two figures after a grouped amount are its cents, no second amount)
            raw = m.group(1).replace(" ", "").replace(",", "") + "." + m.group(2)
        elif m := re.fullmatch(r"(\d+)\s(\d{2})元?", raw):
            raw = f"{m.group(1)}.{m.group(2)}"  # "3100 00": the point of 3100.00 read as a space
        elif (m := re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)元?\s+(\d[\d,]*(?:\.\d+)?元?)", raw)) and not re.fullmatch(
            r"\d{1,3}\s+\d{3}(?:\.\d+)?元?", raw
        ):
            # "2900 2250", "5 0": an amount struck through and written again beside it (not "1 500", a
            # thousands group set apart)
            return normalise_value(label, m.group(2))[0], 0.9
        if m := re.fullmatch(r"(\d{1,3}(?:,\d{3})+)(\d{2})元?", raw):
            raw = f"{m.group(1)}.{m.group(2)}"  # "6,90000": the point of 6,900.00 lost (groups are of three)
        v = parse_money(raw)
        if v is None:
            m = re.search(r"\d[\d,]*(?:\.\d+)?", raw)
            v = parse_money(m.group()) if m else None
        if v is None:
            return raw, 0.3
        digits = raw.removesuffix("元")
        if (
            len(digits) >= 8
            and len(digits) % 2 == 0
            and digits.isdigit()
            and check_reading(label, v) is not None
            and digits[0] != "0"
            and digits[len(digits) // 2] != "0"
            and check_reading(label, int(digits[len(digits) // 2 :])) is None
        ):
            # "67009700": an amount struck through and written again beside it, read as one number
            return int(digits[len(digits) // 2 :]), 0.8
        if re.fullmatch(r"\d+00元?", raw) and check_reading(label, v) is not None and check_reading(label, v / 100) is None:
            v, factor = v / 100, 0.8  # "185000": 1850.00 with its point lost, too large for the field as read
        else:
            factor = 1.0
        return (int(v) if float(v).is_integer() else v), factor
    if label in NUMBERS:
        n = parse_number(raw)
        return (raw, 0.3) if n is None else ((int(n) if n.is_integer() else n), 1.0)
    if label in COUNTS:
        if m := re.fullmatch(r"\d{1,3}\s+(\d{1,3})[人口个月岁]?", raw):
            return int(m.group(1)), 0.9  # "69 59": a figure struck through and written again beside it
        n = parse_int(re.sub(r"[人口个月岁]", "", raw))
        return (raw, 0.3) if n is None else (n, 1.0)
    if label in DATES:
        d = parse_date(raw)
        if d is None and (m := _DATE_TWICE_RE.fullmatch(raw)) and (redone := parse_date(m.group(2))) is not None:
            # "2017.01.01 2018.01.01" (the space lost when the cell's texts were joined): a date struck through and
            # written again beside it, as an amount is ("2900 2250"); the one written last is the answer
            return redone.isoformat(), 0.9
        if d is None:
            found = find_dates(raw)
            d = found[0] if found else None
        return (raw, 0.3) if d is None else (d.isoformat(), 1.0)
    if label in BOOLS:
        b = parse_bool(raw)
        if b is None and (answer := LABELLESS.get(raw.lstrip(TICKED + " "))) is not None and answer[0] == label:
            b = answer[1]  # the question asked as a category ("人员类别：农民工"): the option word that answers it
        return (raw, 0.3) if b is None else (b, 1.0)
    if label in ID_LABELS:
        # the check digit X read as the multiplication sign (× and X look alike in print): an ID holds no ×
        return _id_from(_digit_lookalikes(normalise_id_number(raw.replace("×", "X")).replace("x", "X")))
    if label in SIGNER_LABELS:  # the signing date often follows the name ("卢艳娜 2026 05 12")
        # a tick or box of the row's options read into the name ("☑史兰"): no character of a name
        name = re.split(r"\s*\d", raw.lstrip("□☑■✓√✔☒ "))[0].strip("：:，,。 ")
        # or the date written in words ("宋梅艳（盖章）二〇二六年一月十日", the seal's note gone): a year is four
        # numerals, 〇 read as O or a ring at times, or lost (二二五年)
        name = re.split(r"\s*[〇○◯Oo零一二三四五六七八九]{3,4}\s*年", name)[0].strip("：:，,。 ")
        # a date line printed blank after the signature ("魏帅  年  月  日"): its words are no part of a name
        name = re.sub(r"\s*年\s*月\s*日\s*$", "", name).strip("：:，,。 ")
        # the flourish a hand signature ends in, read as a letter or a sign after the name ("沈丹K", "高军军★")
        name = re.sub(r"(?<=[\u4e00-\u9fff]{2})\s*[^\u4e00-\u9fff\d\s·]$", "", name)
        # a signature begun again after a first attempt broken off ("董玲 董玲丽"): the whole one
        compact = re.sub(r"\s", "", name)
        for k in range(2, len(compact) // 2 + 1):
            if compact[k:].startswith(compact[:k]) and len(compact) - k > k:
                name = compact[k:]
                break
        if len(name) > 6 and not re.search(r"[A-Za-z]", name):
            return None, 0.5  # a sentence that names the signer's role ("建档人或审核人确定…"), no name
        return (name, 1.0) if name else (None, 0.5)
    if (label in PHONE_LABELS or label == "其他联系方式") and re.fullmatch(r"[\d\s=＝一—–－-]+", raw):
        # the hyphen of an area code read as "=" or a dash ("0731=82393263"): one between two digit groups
        raw = re.sub(r"(?<=\d)\s*[=＝一—–－]\s*(?=\d)", "-", raw)
    if label in PHONE_LABELS:
        # a number struck through and written again beside it ("18777429070 18773429670"): most digits agree
        # place by place, where two numbers of one household do not
        if (again := _written_again(raw)) is not None and re.fullmatch(r"[\d\s-]+", raw):
            return again, 0.9
        if re.fullmatch(r"1\d{10}1\d{10}", raw) and sum(a == b for a, b in zip(raw[:11], raw[11:], strict=True)) > 5:
            return raw[11:], 0.9  # the same, the space between the two mobile numbers lost
        return re.sub(r"\s", "", raw), 1.0  # "0571-87654321" keeps its hyphen, as printed
    if label == "银行卡号" and (again := _card_written_again(raw)) is not None:
        return again, 0.9
    if label == "邮政编码" and (m := re.fullmatch(r"\d{6}\s*(\d{6})", raw)):
        return m.group(1), 0.9  # "003690 063000": a postcode struck through and written again beside it
    if label == "性别":
        m = re.search(r"[男女]", raw)
        return (m.group(), 1.0) if m else (raw, 0.3)
    if label == "合同期限":
        return vocab.normalise_contract_term(raw), 1.0
    if label in VOCAB_FIELDS or label in CORRECTABLE:
        # the mark of the choice before the one option written ("√非农业"): no first attempt at a word
        raw = raw.lstrip(TICKED + " ") or raw
        value = vocab.normalise_vocab(raw.replace("(", "（").replace(")", "）"))
        if check_reading(label, value) is None:
            return value, 1.0
        fixed = _corrected(label, value)
        if check_reading(label, fixed[0]) is None and fixed[1] > STRUCK_ONE:
            return fixed
        # a word one slip away ("共党员", 中共党员 with a character lost) before an ending after one struck character
        return _nearest_word(label, value) or fixed
    if label in PERSON_NAMES and (name := _rewritten_name(raw)) is not None:
        return name, 0.9
    if label in PERSON_NAMES and (m := _MARK_BEFORE_NAME.fullmatch(raw)) is not None:
        return m.group(1), 0.9  # "+贾平浩": a struck character or a stray stroke before the name, no part of it
    if label == "主要致困原因":
        cause = raw.lstrip("0123456789.、． ")
        if not cause:
            return raw, 0.3  # a number with no legend to read it by: no cause, the figure kept for review
        head = re.split(r"[（(]", raw)[0].strip()
        if head and head != cause and check_reading(label, cause) is not None and check_reading(label, head) is None:
            # the answer written over the printed legend of the same cell ("家属残疾（从下列原因中选填一项）1本人…")
            return head, 0.95
        if (numbered := _numbered_causes(raw)) and (len(numbered) > 1 or check_reading(label, cause) is not None):
            # the legend's numbers written before the words ("4.家庭成员无劳动能力 1.家庭成员无劳动能力": one
            # struck through, the answer written after it): the last cause written
            return numbered[-1], 0.9 if len(set(numbered)) > 1 else 1.0
        return (cause, 1.0) if check_reading(label, cause) is None else (_nearest_word(label, cause) or (cause, 1.0))
    if label == "次要致困原因":
        if numbered := _numbered_causes(raw):
            # "8.遭受意外事故 1.家庭成员无劳动能力", "5社会保险待遇落实不到位": the legend's numbers before them
            return list(dict.fromkeys(numbered)), 1.0
        items = [p.strip() for p in re.split(r"[、，,;；/\s]+", raw) if p.strip()]
        return items, 1.0
    if (again := _written_again(raw)) is not None:
        return again, 0.9
    if label in WORD_LABELS and (again := _word_written_again(raw)) is not None:
        return again, 0.9
    if label in LEVEL_LABELS and (level := _level_written_again(raw)) is not None:
        return level, 0.9
    return raw, 1.0


# fields answered by the level of the standard applied (ARCHIVE-SCHEMA.md: 全总 / 省 / 市 / 县 / 基层)
LEVEL_LABELS = {"档案类型", "建档标准"}
_LEVELS = ("全总", "基层", "省", "市", "县")
_LEVEL_AGAIN_RE = re.compile(rf"(\S{{1,3}}?)\s*({'|'.join(_LEVELS)})级?")


def _level_written_again(text: str) -> str | None:
    """A level written after a first attempt at it struck through ("全大 全总", "省中省": the attempt begun with
    the level's first character, the rest garbled by the stroke): the level written last."""
    t = re.sub(r"\s", "", text)
    m = _LEVEL_AGAIN_RE.fullmatch(t)
    if m is None or t.removesuffix("级") in _LEVELS:
        return None
    head, level = m.groups()
    return level if head[0] == level[0] else None


def _numbered_causes(text: str) -> list[str]:
    """The causes a cell names after the numbers of the printed legend ("5.社会保险待遇落实不到位",
    "7遭受自然灾害、8遭受意外事故"), in order, when every numbered part is a cause; else []."""
    parts = [p.strip("、，,;；/.．。 ") for p in re.split(r"(?<![\d.])\d{1,2}(?![\d])[.、．]?", text)]
    parts = [p for p in parts if p]
    if not parts or not re.match(r"\s*\d", text):
        return []
    return parts if all(check_reading("主要致困原因", p) is None for p in parts) else []


# a cause's number in a printed legend: one or two digits not part of a longer number, its point or comma
_CODE_RE = re.compile(r"(?<![\d.])(\d{1,2})(?![\d])[.、．]?")


def _legend_items(text: str) -> dict[str, str | None]:
    """Number → cause of a legend line ("代码1家庭成员无劳动能力，2有劳动能力而未就业，…", "1本人大病2供养…"),
    whatever precedes the first number (代码, 致困原因序号); a part that is no cause is kept as None (a word OCR
    garbled past one slip: the number is the legend's all the same), one a slip from a cause is that cause."""
    marks = list(_CODE_RE.finditer(text))
    items: dict[str, str | None] = {}
    for i, m in enumerate(marks):
        word = text[m.end() : marks[i + 1].start() if i + 1 < len(marks) else len(text)].strip("、，,;；/.．。:： ")
        if m.group(1) in items or not word:
            continue
        if check_reading("主要致困原因", word) is None:
            items[m.group(1)] = word
        else:
            near = _nearest_word("主要致困原因", word)
            items[m.group(1)] = near[0] if near else None
    return items


def cause_legend(lines: Sequence[TextLine]) -> dict[str, str]:
    """The printed legend of cause codes on the page(s) (「致困原因序号 1本人大病 2供养直系亲属大病 …」, 「代码 1家庭成员
    无劳动能力，2…」, on one line or wrapped over several), number → cause; empty when the paper prints none.
    Each line of it numbers two causes or more in a row (k, k+1 …), and together they number 1 to n, four
    causes at least: a written answer names three at most, in no such order ("8.遭受意外事故 1.家庭成员无劳动能力")."""
    parts: list[dict[str, str | None]] = []
    for ln in lines:
        items = _legend_items(clean_text(ln.text))
        numbers = [int(k) for k in items]
        causes = sum(v is not None for v in items.values())
        if causes >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers))):
            parts.append(items)
    legend: dict[str, str | None] = {}
    for items in sorted(parts, key=lambda p: int(next(iter(p)))):
        for k, v in items.items():
            legend.setdefault(k, v)
    n = len(legend)
    words = {k: v for k, v in legend.items() if v is not None}
    if len(words) >= 4 and sorted(int(k) for k in legend) == list(range(1, n + 1)):
        return words
    return {}


_CODES_RE = re.compile(r"[^\u4e00-\u9fff\d]*(\d{1,2}(?:[、，,;；/\s.．]+\d{1,2})*)[^\u4e00-\u9fff\d]*")


def by_legend(text: str, legend: Mapping[str, str]) -> str | None:
    """The causes a cell names by their legend numbers ("3", "3、1", "（填序号，限1项）3": the printed instruction
    in brackets set aside; a stray mark OCR read beside the figure, "チ3", too), joined by 、; None when the
    text is no list of legend numbers."""
    if not legend:
        return None
    bare = re.sub(r"[（(][^（()）]*[）)]", "", fold_fullwidth(text).replace("（", "(").replace("）", ")"))
    m = _CODES_RE.fullmatch(bare.strip())
    if m is None:
        return None
    codes = re.findall(r"\d{1,2}", m.group(1))
    if not codes or any(c not in legend for c in codes):
        return None
    return "、".join(dict.fromkeys(legend[c] for c in codes))


def _written_again(text: str) -> str | None:
    """A text written a second time after a first attempt broken off and struck through ("富阳富春街道社区
    服务中" then "富阳富春街道社区服务中心"): the second, whole one. The first attempt is four or more
    characters, all of them the start of the second."""
    t = text.strip()
    for k in range(4, len(t) // 2 + 1):
        first, second = t[:k], t[k:]
        if second.startswith(first) and len(second) > len(first) and not first.isdigit():
            return second
    if (again := _garbled_attempt_before(t)) is not None:
        return again
    # the stroke through the first attempt garbles some of its characters for OCR, which reads the gap
    # between the two as a space ("在宿和餐 住宿和餐饮业", "4026 2026", "土沙市实验手 长沙市实验小学"): two
    # parts, the first of four or more characters, most of them those the second starts with, place by place
    # the whole text written twice with no gap read between ("…2单元572室河北省…2单元502室"): two halves of one
    # length, a few characters apart (those the stroke garbled), the first of six or more and no number alone
    half = len(t) // 2
    if (
        len(t) % 2 == 0
        and half >= 6
        and not t[:half].isdigit()
        and sum(x != y for x, y in zip(t[:half], t[half:], strict=True)) <= half // 8
    ):
        return t[half:]
    parts = t.split()
    if len(parts) == 2:
        first, second = parts
        same = sum(x == y for x, y in zip(first, second, strict=False))
        if len(first) >= 4 and len(second) >= len(first) and first != second and 2 * same > len(first):
            return second
    return None


def _garbled_attempt_before(t: str) -> str | None:
    """The first attempt broken off, the stroke through it garbling one of its characters, and no gap read
    between it and the whole text written after it ("唐山北新文唐山北新支行", "和光就业计阳光就业计划"): the
    second, when the attempt (four or more characters, no number) differs from the start of it in one place
    (two from eight characters on)."""
    for k in range(4, (len(t) - 1) // 2 + 1):
        first, second = t[:k], t[k:]
        if first.isdigit() or re.search(r"\s", first):
            continue
        if 1 <= sum(x != y for x, y in zip(first, second, strict=False)) <= max(1, k // 4):
            return second
    return None


def _card_written_again(text: str) -> str | None:
    """A card's number struck through and written again beside it, read as one run of figures
    ("6222645015069582033 6222625615069582033", the gap lost): two halves of one length (a card number has 16
    to 19 figures), most figures alike place by place (the stroke garbles a few of the first), the whole
    failing the card's check digit and the second half passing it: the second, written last."""
    digits = re.sub(r"\s", "", text)
    half = len(digits) // 2
    if not digits.isdigit() or len(digits) % 2 or not 16 <= half <= 19 or check_reading("银行卡号", digits) is None:
        return None
    first, second = digits[:half], digits[half:]
    if 2 * sum(a == b for a, b in zip(first, second, strict=True)) <= half:
        return None
    return second if check_reading("银行卡号", second) is None else None


# fields whose value is one short word of a list no vocabulary here holds (the forms print the options:
# 身份 在职/失业/退休/在读, 单位性质 国有企业/私营企业 …)
WORD_LABELS = {"人员身份", "单位性质", "企业状况", "所属行业", "当前学历", "健康状况"}


def _word_written_again(text: str) -> str | None:
    """A short word written after a first attempt of the same length struck through, one character of
    the attempt garbled by the stroke ("在中在职": 在职 after a struck 在X). Only for ``WORD_LABELS``: a
    word of such a list never repeats its start, a name or an address may."""
    t = re.sub(r"\s", "", text)  # the gap after the struck attempt may be read as a space
    if not re.fullmatch(r"[\u4e00-\u9fff]+", t):
        return None
    # the attempt broken off before the word was whole ("国有企 国有企业", "健健康")
    for k in range(1, len(t) // 2 + 1):
        if t[k:].startswith(t[:k]) and len(t) - k > k:
            return t[k:]
    for k in range(2, (len(t) + 1) // 2):
        # broken off and a character of it garbled by the stroke ("制净制造业": 制造 struck, then 制造业)
        first, second = t[:k], t[k:]
        if first[0] == second[0] and sum(x != y for x, y in zip(first, second, strict=False)) == 1:
            return second
    if len(t) not in (4, 6):
        return None
    first, second = t[: len(t) // 2], t[len(t) // 2 :]
    if sum(x != y for x, y in zip(first, second, strict=True)) == 1 and first[0] == second[0]:
        return second
    return None


# words of a vocabulary written by hand: a wrong first attempt struck through stays readable before the
# right one ("共青图共青团员", "城镇居民医城镇居民医保")
CORRECTABLE = {"政治面貌", "关系"}


STRUCK_ONE = 0.7  # the factor of a value read after a struck attempt of one character


def _corrected(label: str, value: str) -> tuple[str, float]:
    """The longest ending of ``value`` that is a possible value of ``label`` after a first attempt at it
    (two or more characters, half of them in the word: "共青图" before 共青团员), else ``value`` as read
    ("公租房" is no 租房 written twice)."""
    struck: tuple[str, float] | None = None
    for k in range(1, len(value) - 1):
        head, tail = value[:k], vocab.normalise_vocab(value[k:])
        if check_reading(label, tail) is not None:
            continue
        if k == 1 and tail.startswith(head):
            return tail, 0.9  # the word's first character written twice, the attempt broken off ("在在岗")
        if k >= 2 and 2 * sum(ch in tail for ch in head) >= len(head):
            return tail, 0.9
        if struck is None and 2 <= k <= len(tail):
            # a stroke through the first attempt garbles it past resemblance ("儿中" struck read 先中):
            # the possible value after it, less sure
            struck = (tail, 0.8)
        elif struck is None and k == 1 and len(tail) >= 2 and label == "民族":
            # the struck attempt read as one character, or none of it but a stroke's remnant ("汉夫" struck
            # through, then 汉族: read 天汉族): the possible value after it, less sure still — for 民族 only,
            # whose words are whole with their 族 and none another's ending (a 政治面貌 read 男党员, 性别 glued
            # to 中共党员 with its start lost, ends in 党员, no answer)
            struck = (tail, STRUCK_ONE)
    return struck or (value, 1.0)


def _vocabulary(label: str) -> list[str]:
    """The words a vocabulary field can be written with (options printed on the forms, 政治面貌, 民族)."""
    if label == "政治面貌":
        words: list[str] = sorted(POLITICAL_STATUS)
    elif label == "民族":
        words = [g + "族" for g in ETHNIC_GROUPS]
    else:
        words = list(CHECKBOX_OPTIONS.get(label, ()))
    return [w for w in words if check_reading(label, w) is None]


def _one_edit(read: str, word: str) -> bool:
    """Whether ``read`` is ``word`` with one character misread, or (words of three or more) one lost.
    A character more than the word is no slip: 公租房 is another word than 租房."""
    if len(read) == len(word):
        return sum(x != y for x, y in zip(read, word, strict=True)) == 1
    if len(word) - len(read) != 1 or len(word) < 3:
        return False
    return any(word[:i] + word[i + 1 :] == read for i in range(len(word)))


def _nearest_word(label: str, value: str) -> tuple[str, float] | None:
    """The one vocabulary word of ``label`` that ``value`` is a single OCR slip away from ("新农全" for
    新农合, "丧俚" for 丧偶, "共青团" for 共青团员); None when none or several are (汉族 and 回族 for 又族).
    Less sure than a word read as printed."""
    if len(value) < 2:
        return None
    near = {vocab.normalise_vocab(w) for w in _vocabulary(label) if _one_edit(value, w)}  # 新农舍 is 新农合
    return (near.pop(), 0.8) if len(near) == 1 else None


PERSON_NAMES = {"姓名", "帮扶联系人"}  # fields holding one person's name, written by hand
# a name starts with a character of it: strokes and crosses before it are a struck attempt or a stray mark
_MARK_BEFORE_NAME = re.compile(r"[+＋×✕✗xX\-－—|/\\]+\s*([\u4e00-\u9fff][\u4e00-\u9fff·]{1,5})")


def _rewritten_name(text: str) -> str | None:
    """A name written twice, the first attempt struck through: cut short ("陈峰陈峰凯") or one character
    wrong ("张小明张晓明"); the second is the name."""
    t = re.sub(r"\s", "", text)
    if not 4 <= len(t) <= 9 or not re.fullmatch(r"[\u4e00-\u9fff·]+", t):
        return None
    for k in range(2, len(t) - 1):
        a, b = t[:k], t[k:]
        if 2 <= len(b) <= 4 and (
            (b.startswith(a) and len(b) > len(a))
            or (len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1)
            # cut short and one character garbled by the stroke ("禅波谭波峰": 谭波 struck, then 谭波峰)
            or (len(a) < len(b) and sum(x != y for x, y in zip(a, b, strict=False)) == 1 and len(b) == 3)
        ):
            return b
    return None


# ---------------------------------------------------------------------------------------------
# Ticked boxes


def _starts_with_label(text: str) -> bool:
    sp = split_labelled(text)
    return bool(sp) and sp[0][0] is not None


def _region_text(
    label_line: TextLine, lines: Sequence[TextLine], options: Sequence[str] = (), label: str | None = None
) -> tuple[str, list[TextLine]]:
    """The label's own text after the label plus what follows it on its row, up to the next label (with
    ``options``: and the options stacked under the row's first one, ``_stacked_options``). ``label``: the
    field whose options are read, when the label's line names others before it (「*建档人或审核人确定…是否为解困
    脱困对象：☑是 □否」 is 解困脱困对象's, not 建档人's)."""
    row = [
        ln
        for ln in lines
        if ln.page == label_line.page
        and abs(ln.cy - label_line.cy) <= 0.6 * max(ln.height, label_line.height)
        and ln.box[0] >= label_line.box[0] - 1
    ]
    # a tall label cell faces an option list wrapped over two lines: read them line by line, not by x
    lb = label_line.box
    others = [ln for ln in row if ln is not label_line and not (lb[0] <= ln.cx <= lb[2] and lb[1] <= ln.cy <= lb[3])]
    # up to the next label on the row: read line by line, the first line of a wrapped list would run on into
    # the next field's options before the label between them is met (是否零就业家庭 | 是（ ）/否（√） | 是否有一定
    # 自救能力 | 是（√）/否（ ）, each answer a line of its own over two)
    after = [ln.box[0] for ln in others if ln.box[0] >= lb[2] - 1 and _starts_with_label(ln.text)]
    if after:
        others = [ln for ln in others if ln.cx < min(after)]
    # a label line merged from the lines of a cell one line high (a ruled form's cell text) while ``lines`` are
    # those read: the lines inside its box are its parts, and it stands for them
    parts_of = [ln for ln in row if ln not in others]
    one_line = bool(parts_of) and label_line.height <= 1.6 * max(ln.height for ln in parts_of)
    row = [label_line, *(ln for r in group_rows(others) for ln in r)] if label_line in row or one_line else others
    parts: list[str] = []
    used: list[TextLine] = []
    for ln in row:
        if ln is label_line:
            sp = split_labelled(ln.text)
            own = [v for lab, v in sp if lab == label]
            parts.append(own[0] if own else "".join(v for _, v in sp[:1]))
            used.append(ln)
            if ln.cell and options and _count_options(clean_text(parts[-1]), options) >= 2:
                break  # a ruled cell holding the question and its answers: the next cell is another field's
            continue
        sp = split_labelled(ln.text)
        if sp and sp[0][0] is not None:
            break
        parts.append(ln.text)
        used.append(ln)
    if options and not _count_options(clean_text("".join(parts)), options):
        for ln in _options_under(label_line, lines, options):
            parts.append(ln.text)
            used.append(ln)
    if options:
        stacked = _stacked_options(label_line, used, lines, options)
        parts += [ln.text for ln in stacked]
        used += stacked
    return "".join(parts), used


def _options_under(label_line: TextLine, lines: Sequence[TextLine], options: Sequence[str]) -> list[TextLine]:
    """A label whose row holds none of its options, printed over them (「五、困难类别」 over 「○持证困难户 ○…」, or
    「主要致困原因：」 with its options set half a line lower): the first row of text under the label's top, within
    two and a half lines of its foot, that names options of the list — its lines left to right, up to a label.
    Labels side by side, each over its own options (有无一定自救能力 | 是否零就业家庭, each with □是 □否 under it):
    the options under the next label along the row are that label's."""
    lb, h = label_line.box, label_line.height
    end = min(
        (
            ln.box[0]
            for ln in lines
            if ln.page == label_line.page
            and ln.box[0] >= lb[2]
            and abs(ln.cy - label_line.cy) <= 0.6 * max(ln.height, h)
            and split_labelled(ln.text)[:1]
            and split_labelled(ln.text)[0][0] is not None
        ),
        default=float("inf"),
    )
    under = [
        ln
        for ln in lines
        if ln.page == label_line.page
        and lb[1] + 0.3 * h < ln.box[1] <= lb[3] + 2.5 * h
        and ln.box[0] >= lb[0] - h
        and ln.cx < end
        and ln is not label_line
    ]
    for row in group_rows(under):
        if not any(_count_options(clean_text(ln.text), options) for ln in row):
            return []
        out: list[TextLine] = []
        for ln in sorted(row, key=lambda t: t.box[0]):
            if split_labelled(ln.text)[0][0] is not None:
                break
            out.append(ln)
        return out
    return []


def _stacked_options(
    label_line: TextLine, used: Sequence[TextLine], lines: Sequence[TextLine], options: Sequence[str]
) -> list[TextLine]:
    """An option list printed one option a line down the value's column (「五类重点群体：（ ）1．… / （√）2．… /
    …」), or down two columns side by side (□技能培训促就业计划 □金秋助学计划 / □创业援助计划 □一帮一结对计划 / …):
    under each option line of the first row, the lines left-aligned with it and each a line apart that name
    options of the list and no label (the next list, under its own label, names options of its own)."""
    firsts = [u for u in used if u is not label_line and _count_options(clean_text(u.text), options)]
    if not firsts:
        first = next((u for u in used if u is not label_line), None)
        if first is None and split_labelled(label_line.text)[-1][1]:
            first = label_line  # the first option printed on the label's own line (「“四个一批”措施：（ ）1．…」)
        if first is None or not _count_options(clean_text(first.text), options):
            return []
        firsts = [first]
    out: list[TextLine] = []
    for first in firsts:
        column: list[TextLine] = []
        cur = first

        def aligned(o: TextLine, first: TextLine = first, column: list[TextLine] = column) -> bool:
            if column or first is not label_line:
                return abs(o.box[0] - (column or [first])[0].box[0]) <= first.height
            return first.box[0] + first.height <= o.box[0] <= first.box[2]  # under the label line's options

        while True:
            nxt = [
                o
                for o in lines
                if o.page == cur.page
                and o not in used
                and o not in out
                and o not in column
                and 0.6 * cur.height < o.cy - cur.cy <= 2.5 * cur.height
                and aligned(o)
                and _count_options(clean_text(o.text), options)
                and split_labelled(o.text)[0][0] is None
                and not _labelled_row(o, label_line, lines)
            ]
            if not nxt:
                break
            cur = min(nxt, key=lambda o: o.cy)
            column.append(cur)
        out += column
    return out


def _labelled_row(o: TextLine, label_line: TextLine, lines: Sequence[TextLine]) -> bool:
    """Whether a label other than ``label_line`` stands left of ``o`` on its row: ``o`` is that label's list
    (rows 次要原因 / 主要原因 one under the other, their options left-aligned), no continuation of this one."""
    return any(
        ln is not label_line
        and ln is not o
        and ln.page == o.page
        and ln.box[2] <= o.box[0] + 0.3 * o.height
        and vertical_overlap(ln, o) >= 0.5
        and split_labelled(ln.text)[0][0] is not None
        for ln in lines
    )


def _without_glyphs_beside_boxes(boxes: Sequence[tuple[Box, bool]]) -> list[tuple[Box, bool]]:
    """``boxes`` without the "marked" ones that touch an empty box of their size on their row: options
    are printed with their words between their boxes, so a square standing right against an empty □
    is the first or last character of that box's word, an enclosure character (□因病致困, 致困□) whose
    inner strokes read as a mark, and never a second box."""
    def size(b: Box) -> float:
        return max(1.0, b[3] - b[1], b[2] - b[0])

    empty = [b for b, t in boxes if not t]
    out: list[tuple[Box, bool]] = []
    for b, t in boxes:
        if t and any(
            abs((b[1] + b[3]) / 2 - (e[1] + e[3]) / 2) <= 0.5 * size(e)
            and 0.7 <= size(b) / size(e) <= 1.4
            and min(abs(b[0] - e[2]), abs(e[0] - b[2])) <= 0.4 * size(e)
            for e in empty
        ):
            continue
        out.append((b, t))
    return out


def read_checkboxes(
    ex: Extraction,
    readings: dict[str, Reading],
    lines: Sequence[TextLine],
    boxes: Sequence[tuple[Box, bool]] | None,
    cells: Sequence[Box] = (),
    page_cells: Mapping[int, Sequence[Box]] | None = None,
) -> None:
    """Fields printed as option lists: ticked options from the image when boxes were found, else the text.
    ``cells`` (the ruled grid) keep the boxes of one cell apart from those of the next; ``page_cells``, the
    same cells by page, tell which cell of its own page an option word stands in."""
    if boxes:
        boxes = _without_glyphs_beside_boxes(boxes)
    label_lines: dict[str, TextLine] = {}
    for lab, rd in readings.items():
        ll = rd.extra.get("label_line")
        if ll is not None:
            label_lines[lab] = ll
    # labels that stand alone on their row, with no reading (e.g. "主要致困原因" and boxes to the right)
    for ln in lines:
        for alone, val in split_labelled(ln.text):
            if alone in CHECKBOX_OPTIONS and alone not in label_lines and not val.strip("□☑■✓√ "):
                label_lines[alone] = ln
    geo: dict[str, list[tuple[str, float, Box, int]]] = {}
    unasked: list[tuple[str, TextLine, Box]] = []  # options without a question, ticked in the image
    if boxes:
        all_opts = sorted({o for opts in CHECKBOX_OPTIONS.values() for o in opts}, key=lambda o: (-len(o), o))
        rings = _rings_round_misread_words(boxes, lines, [*all_opts, *LABELLESS])
        ringed = {id(box) for _, _, box in rings}
        plain = [(b, t) for b, t in boxes if id(b) not in ringed]
        for opt, ln, box in [*rings, *ticked_by_geometry(plain, lines, [*all_opts, *LABELLESS], cells)]:
            if opt in LABELLESS:
                unasked.append((opt, ln, box))
                continue
            owner = _owner_label(box, ln, label_lines, opt)
            if owner:
                geo.setdefault(owner, []).append((opt, ln.confidence, box, ln.page))
        # a heavy tick can break the square outline, so the box is not found at all: in an option list
        # where the other options have their (empty) box, the option that lost its box is the ticked one
        for lab, (opt, conf, box, page) in _boxless_options(
            boxes, lines, label_lines, all_opts, page_cells if page_cells is not None else {-1: cells}
        ):
            if lab not in geo and lab not in ex.fields and not _text_decides(lab, label_lines[lab], lines):
                geo.setdefault(lab, []).append((opt, conf * 0.9, box, page))
    # the text first: where OCR kept the glyphs, their order against the words is exact ("职工 □农民工": the
    # one option that lost its □ is the ticked one), where a box found in the image is placed against the
    # characters of a line only by estimate
    _labelless_from_text(ex, lines, boxes is not None)
    for opt, ln, box in unasked:
        lab, fixed = LABELLESS[opt]
        if lab not in ex.fields:
            ex.set(lab, fixed, ln.confidence * 0.95, ln.page, box)
    if boxes:
        _labelless_boxless(ex, boxes, lines)
    for lab, ll in label_lines.items():
        if lab not in CHECKBOX_OPTIONS:
            continue
        opts = CHECKBOX_OPTIONS[lab]
        text, used = _region_text(ll, lines, opts, lab)
        conf = min((u.confidence for u in used), default=ll.confidence)
        box = used[-1].box if used else ll.box
        picked: list[str] | None = None
        factor = 1.0
        bracketed = bracket_ticked(text, opts)
        lb = ll.box
        own = [ln for ln in lines if ln.page == ll.page and lb[0] <= ln.cx <= lb[2] and lb[1] <= ln.cy <= lb[3]]
        above = _ticks_above([*used, *(ln for ln in own if ln not in used)], lines, opts)
        if bracketed is not None:
            # 「已婚（√）」: the bracket binds the mark to the word it follows, where a box found in the image
            # (the brackets round the tick look like one) is placed against the words only by estimate
            picked = bracketed
        elif above:
            picked = above  # no boxes printed: the tick written over the chosen word
        elif lab in geo and not _text_contradicts(text, [g[0] for g in geo[lab]], opts):
            picked = [g[0] for g in geo[lab]]
            conf = min(g[1] for g in geo[lab])
            box = geo[lab][0][2]
        else:
            # a glyph read between two options ("已婚√离异"): the way the image's boxes of this list are
            # printed (□选项 or 选项□) says which word it marks
            style = None
            if boxes and used:
                region = (min(u.box[0] for u in used), min(u.box[1] for u in used),
                          max(u.box[2] for u in used), max(u.box[3] for u in used))
                style = _printed_style(region, ll.page, boxes, lines, opts)
            picked = ticked_in_text(text, opts, style)
            if picked is None and lab in readings:
                # header-row forms print the options in the cell below the label: its reading
                below = readings[lab]
                style = _printed_style(below.box, below.page, boxes or (), lines, opts)
                picked = ticked_in_text(_after_label(below.raw or str(below.value), lab), opts, style)
                if picked is not None:
                    conf, box = below.confidence, below.box
            if picked is not None and boxes is not None and picked:
                factor = 0.9  # read from text only, while the image showed boxes: less sure
        if picked is None:
            continue  # no boxes printed: a written value, handled as a normal field
        picked = list(dict.fromkeys(picked))
        value: Any
        if lab in MULTI:
            value = picked[:3]
        elif lab in BOOLS:
            value = None if len(picked) != 1 else picked[0] in ("是", "有", "有低保")
            if value is None:
                factor *= 0.5
        else:
            if len(picked) != 1:
                factor *= 0.5
            value = picked[0] if picked else None
            if value is not None and lab in VOCAB_FIELDS:
                value = vocab.normalise_vocab(value)
        if value is None and lab not in MULTI:
            ex.set(lab, None, 0.4 * conf, ll.page, box)
            continue
        ex.set(lab, value, conf * factor, ll.page, box)
        ex.raw[lab] = text


_MATRIX_TICKS = set(TICKED) | set("VvＶｖ")


def _text_contradicts(text: str, picked: Sequence[str], options: Sequence[str]) -> bool:
    """Whether the option list's text says another option than the image's ticked boxes were placed on: the
    text names a ticked option (its tick read, or the one that lost its box), none of ``picked``, and reads
    each of ``picked`` with its own box empty (「□是　否」: 是's box is the one before it, as the glyph opening
    the list shows). A box between two words is placed against them only by estimate; the order of the
    glyphs and words in the text is exact."""
    said = ticked_in_text(text, options)
    if not said or set(said) & set(picked):
        return False
    t = clean_text(text)
    spans: list[tuple[int, int, str]] = []
    for opt in sorted(options, key=len, reverse=True):
        for m in re.finditer(re.escape(opt), t):
            if not any(a < m.end() and m.start() < b for a, b, _ in spans):
                spans.append((m.start(), m.end(), opt))
    glyphs = EMPTY + TICKED
    n_before = sum(1 for a, _, _ in spans if a > 0 and t[a - 1] in glyphs)
    n_after = sum(1 for _, b, _ in spans if b < len(t) and t[b] in glyphs)
    if n_before == n_after:
        return False
    for opt in picked:
        own = [t[a - 1 : a] if n_before > n_after else t[b : b + 1] for a, b, o in spans if o == opt]
        if not own or any(ch not in EMPTY for ch in own) or any(not ch for ch in own):
            return False
    return True


def _ticks_above(used: Sequence[TextLine], lines: Sequence[TextLine], options: Sequence[str]) -> list[str]:
    """Options printed bare (no □), the chosen one marked by a tick written just over it: a line that is
    only a tick glyph, its foot within a line height above the option's line, its centre over the word
    (the option's place in its line estimated proportionally)."""
    spans = [(opt, x0, x1, ln) for ln in used for opt, x0, x1 in option_spans(ln, options)]
    if not spans:
        return []
    ticks = [t for t in lines if t.text.strip() and all(ch in _MATRIX_TICKS for ch in t.text.strip())]
    picked: list[str] = []
    for t in ticks:
        for opt, x0, x1, ln in spans:
            h = ln.height
            if (
                t.page == ln.page
                and ln.box[1] - 1.2 * h <= t.box[3] <= ln.cy
                and x0 - 0.25 * h <= t.cx <= x1 + 0.25 * h
                and opt not in picked
            ):
                picked.append(opt)
                break
    return picked


# the number an option is printed with in a list of them ("1．本人大病", "③残疾", "（2）收入低"): no word of it
_OPTION_NUMBER_RE = re.compile(r"(?:\d{1,2}\s*[.．、。]?|[\u2460-\u2473]|[（(]\d{1,2}[）)])\s*(?=[\u4e00-\u9fff])")


def _option_word(text: str, options: Sequence[str]) -> str | None:
    """The option ``text`` prints (a header cell of an option matrix, a row of an option column), allowing one
    OCR slip; the number it is printed with in its list set aside."""
    t = _OPTION_NUMBER_RE.sub("", clean_text(text), count=1) if _OPTION_NUMBER_RE.match(clean_text(text)) else clean_text(text)
    t = t.strip("：:（）()")
    if t in options:
        return t
    near = [o for o in options if len(o) >= 2 and _one_edit(t, o)]
    return near[0] if len(near) == 1 else None


def _matrix_marks(
    lab_line: TextLine,
    cols: Sequence[tuple[str, float]],
    pitch: float,
    height: float,
    slope: float,
    lines: Sequence[TextLine],
    boxes: Sequence[tuple[Box, bool]],
) -> dict[int, bool]:
    """Column → ticked, for the marks on the row of ``lab_line`` (its band followed along the page's slope):
    the image's boxes first, else the cells' texts (□ unticked, a tick mark ticked)."""

    def band(x: float, y: float) -> bool:
        return abs(y - (lab_line.cy + slope * (x - lab_line.cx))) < 0.45 * max(lab_line.height, height)

    def column(x: float) -> int | None:
        k = min(range(len(cols)), key=lambda i: abs(cols[i][1] - x))
        return k if abs(cols[k][1] - x) < 0.5 * pitch else None

    state: dict[int, bool] = {}
    for b, on in boxes:
        bx, by = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
        if bx > lab_line.box[2] and band(bx, by) and (k := column(bx)) is not None:
            state[k] = state.get(k, False) or bool(on)
    marks: dict[int, bool] = {}
    for ln in lines:
        t = ln.text.strip()
        if ln.cx <= lab_line.box[2] or not band(ln.cx, ln.cy) or not t or len(t) > 2:
            continue
        if (k := column(ln.cx)) is None:
            continue
        if all(ch in EMPTY_BOXES for ch in t):
            marks[k] = marks.get(k, False)
        elif any(ch in _MATRIX_TICKS for ch in t):
            marks[k] = True
    return {**marks, **state}


def read_option_matrix(
    ex: Extraction, lines: Sequence[TextLine], boxes: Sequence[tuple[Box, bool]] | None
) -> set[str]:
    """Option fields printed as a matrix: a header row of option words (one per column) and, below it, a
    row per field whose first cell is the field's label and whose other cells hold a box or a mark under
    each option (主要致困原因 and 次要致困原因 sharing one row of causes). A column is ticked when the image's
    box in it is ticked, or, with no box found there, when the cell's text is a tick mark. Returns the
    labels read (a row found with its marks), which win over a reading of the same label elsewhere."""
    done: set[str] = set()
    slope = text_slope(lines)
    for page in sorted({ln.page for ln in lines}):
        on_page = [ln for ln in lines if ln.page == page]
        for row in group_rows(on_page):
            heads: dict[str, list[tuple[str, float]]] = {}
            for ln in row:
                for lab in {"主要致困原因", *CHECKBOX_OPTIONS}:
                    if lab in BOOLS or lab not in CHECKBOX_OPTIONS:
                        continue
                    word = _option_word(ln.text, CHECKBOX_OPTIONS[lab])
                    if word is not None:
                        heads.setdefault(lab, []).append((word, ln.cx))
            heads = {lab: cols for lab, cols in heads.items() if len({w for w, _ in cols}) >= 3}
            if not heads:
                continue
            # the header's cells, wrapped words ("供养直系亲属" over "大病") joined: the text in the header's band,
            # gathered by column (the grid may have missed the row), read top to bottom
            height = sorted(ln.height for ln in row)[len(row) // 2]
            level = sorted(ln.cy - slope * ln.cx for ln in row)[len(row) // 2]
            band_lines = sorted(
                (ln for ln in on_page if abs(ln.cy - slope * ln.cx - level) < height),
                key=lambda ln: ln.box[0],
            )
            groups: list[list[TextLine]] = []
            for ln in band_lines:
                last = groups[-1] if groups else None
                if last is not None and ln.box[0] < max(g.box[2] for g in last) - 0.3 * min(
                    ln.box[2] - ln.box[0], min(g.box[2] - g.box[0] for g in last)
                ):
                    last.append(ln)
                else:
                    groups.append([ln])
            for lab in heads:
                found = []
                for grp in groups:
                    text = "".join(g.text for g in sorted(grp, key=lambda g: g.cy))
                    word = _option_word(text, CHECKBOX_OPTIONS[lab])
                    if word is not None:
                        found.append((word, sum(g.cx for g in grp) / len(grp)))
                if len(found) >= len(heads[lab]):
                    heads[lab] = found
            words = {w for cols in heads.values() for w, _ in cols}
            row = [ln for grp in groups for ln in grp if _option_word(ln.text, list(words)) is not None] or row
            widest = max(heads, key=lambda k: len(heads[k]))
            cols = sorted(heads[widest], key=lambda c: c[1])
            pitch = min(b[1] - a[1] for a, b in itertools.pairwise(cols))
            top = max(ln.box[3] for ln in row)
            for lab_line in on_page:
                row_lab = label_of(lab_line.text)
                if (
                    row_lab is None
                    or row_lab not in heads
                    or row_lab in done
                    or lab_line.cy <= top
                    or lab_line.cy - top > 6 * height
                    or lab_line.box[2] > cols[0][1]
                ):
                    continue
                # a row that prints option words of its own is an option list of its own field (主要 then
                # 次要, each with its causes), not a row of marks under the header's columns
                own_words = [w for w in CHECKBOX_OPTIONS[row_lab] if len(w) >= 2]
                if any(
                    ln.cx > lab_line.box[2]
                    and abs(ln.cy - (lab_line.cy + slope * (ln.cx - lab_line.cx))) < 0.45 * max(lab_line.height, height)
                    and any(w in clean_text(ln.text) for w in own_words)
                    for ln in on_page
                ):
                    continue
                seen = _matrix_marks(lab_line, cols, pitch, height, slope, on_page, boxes or ())
                if not seen:
                    continue
                ticked = [cols[k][0] for k in sorted(seen) if seen[k]]
                conf = lab_line.confidence * (1.0 if len(seen) == len(cols) or ticked else 0.8)
                if row_lab in MULTI:
                    ex.set(row_lab, ticked[:3], conf, page, lab_line.box)
                elif len(ticked) == 1:
                    ex.set(row_lab, ticked[0], conf, page, lab_line.box)
                else:
                    ex.set(row_lab, None, 0.3 * conf, page, lab_line.box)
                ex.raw[row_lab] = " ".join(("☑" if seen[k] else "□") + cols[k][0] for k in sorted(seen))
                done.add(row_lab)
    return done


_MARK_GLYPHS = set(EMPTY_BOXES) | set("○◯〇") | _MATRIX_TICKS
_RING_MISREADS = set("Oo0")  # an empty ○ alone in its cell, as OCR reads it


def _header_label(ln: TextLine) -> str | None:
    """The option field a cell names alone ("*主要致困原因（单选）"), or None."""
    parts = split_labelled(ln.text)
    if len(parts) != 1 or parts[0][0] is None or parts[0][1].strip("（）()：: "):
        return None
    lab = parts[0][0]
    return lab if lab in CHECKBOX_OPTIONS and lab not in BOOLS else None


def _column_marks(
    head: TextLine, rows: Sequence[tuple[str, TextLine]], on_page: Sequence[TextLine],
    boxes: Sequence[tuple[Box, bool]],
) -> dict[str, bool]:
    """Option → marked, for the marks under ``head``, each given to the option row nearest to it (text
    glyphs, then image boxes)."""
    if not rows:
        return {}
    marks: dict[str, bool] = {}

    def give(cx: float, cy: float, on: bool) -> None:
        if not head.box[0] <= cx <= head.box[2]:
            return
        word, row = min(rows, key=lambda r: abs(r[1].cy - cy))
        if abs(row.cy - cy) <= 0.6 * row.height:
            marks[word] = marks.get(word, False) or on

    for ln in on_page:
        t = re.sub(r"\s", "", ln.text)
        if t and len(t) <= 3 and re.fullmatch(_UNNAMED_GLYPH + "+", t):
            give(ln.cx, ln.cy, True)  # a text layer's tick drawn in a symbol font: its empty cells hold no text
        elif t and len(t) <= 3 and (all(ch in _MARK_GLYPHS for ch in t) or t in _RING_MISREADS):
            give(ln.cx, ln.cy, any(ch in _MATRIX_TICKS for ch in t))
    for b, on in boxes:
        give((b[0] + b[2]) / 2, (b[1] + b[3]) / 2, bool(on))
    return marks


# a column's header written out from a qualifier (qualify_row_labels: 主要（限1项） under 致困原因 → 主要致困原因（…）;
# 主要 beside the options' column headed by the bare noun, 原　因 → 主要原因)
_QUALIFIED_HEAD_RE = re.compile(r"(?:主要|次要)(?:致困)?原因")


def read_option_columns(
    ex: Extraction, lines: Sequence[TextLine], boxes: Sequence[tuple[Box, bool]] | None
) -> set[str]:
    """Option fields printed as columns of a table (the transpose of ``read_option_matrix``): a header row
    whose cells name fields (主要致困原因 | 次要致困原因) and, below it, a row per option, its word in a
    cell left of those columns and a mark (○ / ● / □ / √, or a box of the image) under each field. A
    field is read when at least three option rows show a mark in its column. OCR often drops a filled
    ● while it reads the empty ○: on a row whose mark another column shows, the column that lost its
    mark is the one marked."""
    found: list[tuple[str, TextLine, list[tuple[str, TextLine]], dict[str, bool]]] = []
    heads = [(lab, head) for head in lines if (lab := _header_label(head)) is not None]
    for lab, head in heads:
        if any(f[0] == lab and not _same_row(f[1], head) for f in found):
            continue
        opts = CHECKBOX_OPTIONS[lab]
        on_page = [ln for ln in lines if ln.page == head.page]
        # the table printed in halves side by side (options | 主要 | 次要 ‖ options | 主要 | 次要): a column's
        # options are those after the same header repeated to its left
        after = max(
            (
                o.box[2]
                for other, o in heads
                if other == lab and _same_row(o, head) and o.box[2] <= head.box[0] and clean_text(o.text) == clean_text(head.text)
            ),
            default=float("-inf"),
        )
        rows = [
            (word, ln)
            for ln in on_page
            if ln.cy > head.box[3]
            and ln.cy - head.cy < 16 * head.height
            and after <= ln.box[0]
            and ln.box[2] <= head.box[0] + 0.2 * head.height
            and (word := _option_word(ln.text, opts)) is not None
        ]
        marks = _column_marks(head, rows, on_page, boxes or ())
        # a column that marks only its choices, leaving the others' cells blank: three options listed at least
        qualified = len(rows) >= 3 and any(marks.values()) and _QUALIFIED_HEAD_RE.match(clean_text(head.text)) is not None
        if len(marks) >= 3 or qualified:
            found.append((lab, head, rows, marks))
    # the halves of one field's column: one reading, their rows and marks together
    merged: dict[str, tuple[str, TextLine, list[tuple[str, TextLine]], dict[str, bool]]] = {}
    for lab, head, rows, marks in found:
        if lab in merged:
            _, first, rows0, marks0 = merged[lab]
            merged[lab] = (lab, first, [*rows0, *rows], {**marks0, **marks})
        else:
            merged[lab] = (lab, head, list(rows), dict(marks))
    found = list(merged.values())
    for lab, head, rows, marks in found:
        ticked = [w for w, _ in rows if marks.get(w)]
        factor = 1.0
        if not ticked:
            read_elsewhere = {
                w for other, oh, _, om in found if other != lab and oh.page == head.page for w in om
            }
            ticked = [w for w, _ in rows if w not in marks and w in read_elsewhere]
            factor = 0.9
        ticked = list(dict.fromkeys(ticked))
        conf = head.confidence * factor
        if lab in MULTI:
            ex.set(lab, ticked[:3], conf, head.page, head.box)
        elif len(ticked) == 1:
            ex.set(lab, ticked[0], conf, head.page, head.box)
        else:
            ex.set(lab, None, 0.3 * conf, head.page, head.box)
        ex.raw[lab] = " ".join(("☑" if marks[w] else "□") + w for w in marks)
    return {f[0] for f in found}


def _ring_fragment(box: Box, ln: TextLine, options: Sequence[str]) -> str | None:
    """The option whose word's middle a ring holds, read with its first and last characters lost to the pen's
    stroke: characters of ``ln`` that no option read whole and no label takes, lying inside ``box``, that are a
    run of half or more of exactly one option found nowhere whole in the line — when no option read whole
    lies mostly (six tenths) inside the ring. None otherwise."""
    spans = option_spans(ln, options)
    if any(min(x1, box[2]) - max(x0, box[0]) >= 0.6 * (x1 - x0) for _, x0, x1 in spans):
        return None
    n = max(1, len(ln.text))
    step = (ln.box[2] - ln.box[0]) / n
    taken = [False] * n
    for _o, x0, x1 in spans:
        for i in range(n):
            if x0 <= ln.box[0] + (i + 0.5) * step <= x1:
                taken[i] = True
    for m in _LABEL_RE.finditer(ln.text):
        for i in range(m.start(), m.end()):
            taken[i] = True
    rest = "".join(
        ch if not taken[i] and box[0] <= ln.box[0] + (i + 0.5) * step <= box[2] else " " for i, ch in enumerate(ln.text)
    )
    runs = [r for r in rest.split() if len(r) >= 2]
    found = {o for o, _a, _b in spans}
    hits = {o for r in runs for o in options if o not in found and r in o and 2 * len(r) >= len(o)}
    return hits.pop() if len(hits) == 1 else None


def _rings_round_misread_words(
    boxes: Sequence[tuple[Box, bool]], lines: Sequence[TextLine], options: Sequence[str]
) -> list[tuple[str, TextLine, Box]]:
    """Options circled by hand whose word OCR misread: the pen's stroke runs through the word's first or
    last character, which is then lost or read as another ("困难职工" circled, read "困难职" joined to the
    next word). A ring (a marked box wider than 1.5 heights: no printed □ is) round characters one slip
    from exactly one option is that option; a ring is never a □ printed before the next word."""
    out: list[tuple[str, TextLine, Box]] = []
    for box, ticked in boxes:
        w, h = box[2] - box[0], box[3] - box[1]
        if not ticked or w < 1.5 * h:
            continue
        inside = ""
        whole = False
        hit_line: TextLine | None = None
        for ln in lines:
            if not (box[1] <= ln.cy <= box[3]) or ln.box[2] < box[0] or ln.box[0] > box[2] or not ln.text:
                continue
            if any(box[0] <= (x0 + x1) / 2 <= box[2] for _, x0, x1 in option_spans(ln, options)):
                # a word whole inside: the ring path of ticked_by_geometry reads it — unless the ring holds the
                # remnant of an option OCR did not read whole (子女上学 circled, read 女上), the word it would
                # read no more than half inside (its place estimated across characters lost)
                fragment = _ring_fragment(box, ln, options)
                if fragment is not None:
                    out.append((fragment, ln, box))
                whole = True
                break
            step = (ln.box[2] - ln.box[0]) / len(ln.text)
            inside += "".join(
                ch for i, ch in enumerate(ln.text) if box[0] <= ln.box[0] + (i + 0.5) * step <= box[2]
            ).strip("□☑■✓√口 ")
            hit_line = ln
        if whole or len(inside) < 2 or hit_line is None:
            continue
        near = [o for o in options if len(o) >= 2 and _one_edit(inside, o)]
        if len(near) == 1:
            out.append((near[0], hit_line, box))
        elif (fragment := _ring_fragment(box, hit_line, options)) is not None:
            out.append((fragment, hit_line, box))
    return out


def _text_decides(label: str, label_line: TextLine, lines: Sequence[TextLine]) -> bool:
    """Whether the text of the option list already says which option is ticked (a tick glyph read, or
    the one option whose □ is missing among printed boxes): character order in the text is exact, where
    placing a box found in the image against characters of a line is only an estimate."""
    options = CHECKBOX_OPTIONS[label]
    picked = ticked_in_text(_region_text(label_line, lines, options, label)[0], options)
    return picked is not None and bool(picked) and (label in MULTI or len(picked) == 1)


def _after_label(text: str, label: str) -> str:
    """The text after ``label`` when the text starts with it: a cell holding the question and its options
    ("是否有一定自救能力：☑是 □否") must not count the 是/否 of the question as options."""
    parts = split_labelled(text)
    return parts[0][1] if parts and parts[0][0] == label else text


def _count_options(text: str, options: Sequence[str]) -> int:
    """Options named in ``text``, longest first and without overlaps: 非农业 is one option, not two."""
    taken: list[tuple[int, int]] = []
    for opt in sorted(options, key=len, reverse=True):
        for m in re.finditer(re.escape(opt), text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
    return len(taken)


def _labelless_boxless(ex: Extraction, boxes: Sequence[tuple[Box, bool]], lines: Sequence[TextLine]) -> None:
    """Two options printed without a question (□困难职工 □困难农民工) where the image found the empty box
    of one and no box at all by the other: a heavy tick broke that box's outline, so it is the ticked one."""
    options = list(LABELLESS)
    for texts in group_rows(lines):
        spans = [(opt, ln, x0, x1) for ln in texts for opt, x0, x1 in option_spans(ln, options)]
        spans = [sp for sp in spans if _standalone(sp[1], sp[0])]
        if len(spans) != 2 or len({LABELLESS[o][1] for o, *_ in spans}) != 2:
            continue
        ln = spans[0][1]
        if spans[1][2] - spans[0][3] > 4 * ln.height:
            continue  # two words far apart on one row are no pair of options
        # the boxes printed with these words: centred on their line, within a box and a half of a word
        row = [(b, t) for b, t in boxes if abs((b[1] + b[3]) / 2 - ln.cy) <= 0.3 * ln.height]
        if not row or any(t for _, t in row):
            continue
        costs = {st: sum(_nearest_span(b, spans, st)[0] for b, _ in row) for st in ("before", "after")}
        style = min(costs, key=lambda k: costs[k])
        near = [(d, i) for d, i in (_nearest_span(b, spans, style) for b, _ in row) if i >= 0]
        owned = {i for d, i in near if d <= 1.5 * (ln.height / 2)}
        if len(owned) == 1:
            lab, value = LABELLESS[spans[1 - owned.pop()][0]]
            if lab not in ex.fields:
                ex.set(lab, value, ln.confidence * 0.85, ln.page, ln.box)


def _standalone(ln: TextLine, opt: str) -> bool:
    """Whether ``opt`` stands as a word of its own in the line (not 职工 in 职工签字 or 困难职工档案表)."""
    for m in re.finditer(re.escape(opt), ln.text):
        before, after = ln.text[m.start() - 1 : m.start()], ln.text[m.end() : m.end() + 1]
        if not _is_ideograph(before) and not _is_ideograph(after):
            return True
    return False


def _is_ideograph(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"


def _labelless_from_text(ex: Extraction, lines: Sequence[TextLine], image_had_boxes: bool) -> None:
    """Options printed without a question (□困难职工 ☑困难农民工) whose ticked box the image did not give:
    the tick glyph OCR read, or the one option that lost its □, answers them."""
    options = list(LABELLESS)
    for ln in lines:
        picked = ticked_in_text(ln.text, options)
        if not picked:
            continue
        answers = {LABELLESS[o] for o in picked}
        if len(answers) == 1:
            (lab, value), = answers
            if lab not in ex.fields:
                ex.set(lab, value, ln.confidence * (0.9 if image_had_boxes else 1.0), ln.page, ln.box)
    # the two options read as texts of their own along one row ("职工类型：困难职工" | "□困难农民工"): the row's
    # texts in order, a space between (the gap keeps a box with the word it touches)
    for row in group_rows(lines):
        held = [(ln, o) for ln in row for o in options if o in ln.text and _standalone(ln, o)]
        if len({id(ln) for ln, _ in held}) < 2 or len({LABELLESS[o] for _, o in held}) < 2:
            continue
        picked = ticked_in_text(" ".join(ln.text for ln in row), options)
        answers = {LABELLESS[o] for o in picked or ()}
        if len(answers) == 1:
            (lab, value), = answers
            if lab not in ex.fields:
                first = held[0][0]
                conf = min(ln.confidence for ln, _ in held) * (0.85 if image_had_boxes else 0.95)
                ex.set(lab, value, conf, first.page, first.box)


def _box_rows(boxes: Sequence[tuple[Box, bool]]) -> list[list[tuple[Box, bool]]]:
    """Boxes grouped into rows: centres within half a box height."""
    rows: list[list[tuple[Box, bool]]] = []
    for box, ticked in sorted(boxes, key=lambda b: ((b[0][1] + b[0][3]) / 2, b[0][0])):
        cy, h = (box[1] + box[3]) / 2, box[3] - box[1]
        if rows and abs(cy - (rows[-1][0][0][1] + rows[-1][0][0][3]) / 2) <= 0.5 * h:
            rows[-1].append((box, ticked))
        else:
            rows.append([(box, ticked)])
    return rows


def _abut(a: Box, b: Box) -> bool:
    """Whether boxes ``a`` and ``b`` stand side by side sharing an edge (cells of one grid)."""
    w = min(a[2] - a[0], b[2] - b[0])
    level = abs(a[1] - b[1]) <= 0.2 * w and abs(a[3] - b[3]) <= 0.2 * w
    return level and min(abs(a[2] - b[0]), abs(b[2] - a[0])) <= 0.15 * w


def _printed_style(
    region: Box, page: int, boxes: Sequence[tuple[Box, bool]], lines: Sequence[TextLine], options: Sequence[str]
) -> str | None:
    """How the boxes found in ``region`` are printed, "before" (□选项) or "after" (选项□), by which puts
    them nearer their words; None when the image gave no boxes there."""

    def inside(x: float, y: float) -> bool:
        return region[0] - 2 <= x <= region[2] + 2 and region[1] - 2 <= y <= region[3] + 2

    # a box of the list stands in its line's band; one reaching far above or below it is another ruling's
    found = [
        b
        for b, _ in boxes
        if inside((b[0] + b[2]) / 2, (b[1] + b[3]) / 2)
        and min(b[3], region[3]) - max(b[1], region[1]) >= 0.7 * (b[3] - b[1])
    ]
    # boxes edge to edge are a digit grid (the ID number's 18 boxes over the row), no option's tick box: those
    # stand apart, a word between each two
    found = [b for b in found if not any(c is not b and _abut(b, c) for c in found)]
    spans = [
        (opt, ln, x0, x1)
        for ln in lines
        if ln.page == page and inside(ln.cx, ln.cy)
        for opt, x0, x1 in option_spans(ln, options)
    ]
    if len(found) < 2 or not spans:
        return None
    costs = {st: sum(_nearest_span(b, spans, st)[0] for b in found) for st in ("before", "after")}
    if costs["before"] == costs["after"]:
        return None
    return min(costs, key=lambda k: costs[k])


def _nearest_span(
    box: Box, spans: Sequence[tuple[str, TextLine, float, float]], style: str
) -> tuple[float, int]:
    """(distance, index) of the option word ``box`` belongs to in ``style`` ("before": □ then the word),
    within 2.5 box heights; (2.5 box heights, -1) when none is."""
    bcy, bh = (box[1] + box[3]) / 2, max(1.0, box[3] - box[1])
    best: tuple[float, int] = (2.5 * bh, -1)
    for i, (_opt, ln, x0, x1) in enumerate(spans):
        if abs(ln.cy - bcy) > 0.8 * max(bh, ln.height):
            continue
        d = abs(x0 - box[2]) if style == "before" else abs(box[0] - x1)
        if d <= best[0]:
            best = (d, i)
    return best


def _owned_in_order(
    row: Sequence[tuple[Box, bool]], spans: Sequence[tuple[str, TextLine, float, float]]
) -> dict[int, bool] | None:
    """Span index -> ticked state of its box, for a row of boxes matched to the option words of their row by
    order, when the row prints one box a word and one box may have been lost (a heavy tick breaks its
    outline): where OCR dropped the box glyphs (and a colon) from the text, a word's place estimated from
    the characters read drifts by a box a word, so the nearest word can be the wrong one; the order of
    boxes and words does not drift. Every box stands before its word and after the word before (□选项
    style), or after its word and before the next (选项□); None unless exactly one way of printing and
    one lost box (or none) fit all the row's boxes."""
    if len(row) < 2:
        return None
    bh = max(1.0, sorted(b[3] - b[1] for b, _ in row)[len(row) // 2])
    bcy = sorted((b[1] + b[3]) / 2 for b, _ in row)[len(row) // 2]
    x0, x1 = min(b[0] for b, _ in row), max(b[2] for b, _ in row)
    near = sorted(
        (
            i
            for i, (_o, ln, a, b) in enumerate(spans)
            if abs(ln.cy - bcy) <= 0.8 * max(bh, ln.height) and b >= x0 - 4 * bh and a <= x1 + 4 * bh
        ),
        key=lambda i: spans[i][2],
    )
    boxes = sorted(row, key=lambda r: r[0][0])
    if len(near) not in (len(boxes), len(boxes) + 1):
        return None
    mids = [(spans[i][2] + spans[i][3]) / 2 for i in near]
    fits: list[dict[int, bool]] = []
    for style in ("before", "after"):
        for lost in range(len(near)) if len(near) > len(boxes) else (-1,):
            words = [k for k in range(len(near)) if k != lost]
            ok = True
            for (box, _t), k in zip(boxes, words, strict=True):
                cx = (box[0] + box[2]) / 2
                if style == "before":
                    ok = cx < mids[k] and (k == 0 or cx > mids[k - 1])
                else:
                    ok = cx > mids[k] and (k + 1 == len(mids) or cx < mids[k + 1])
                if not ok:
                    break
            if ok:
                fits.append({near[k]: t for (_b, t), k in zip(boxes, words, strict=True)})
    if len(fits) != 1:
        return None
    return fits[0]


def _boxless_options(
    boxes: Sequence[tuple[Box, bool]],
    lines: Sequence[TextLine],
    label_lines: dict[str, TextLine],
    options: Sequence[str],
    cells: Mapping[int, Sequence[Box]] | None = None,
) -> list[tuple[str, tuple[str, float, Box, int]]]:
    spans: list[tuple[str, TextLine, float, float]] = [
        (opt, ln, x0, x1) for ln in lines for opt, x0, x1 in option_spans(ln, options)
    ]
    owned: dict[int, bool] = {}  # span index -> ticked state of the box it owns
    # the boxes of a row are printed one way (□选项 or 选项□): the style that puts them nearer their
    # words decides, so a box between two words goes with the right one
    for row in _box_rows(boxes):
        if (in_order := _owned_in_order(row, spans)) is not None:
            for i, ticked in in_order.items():
                owned[i] = owned.get(i, False) or ticked
            continue
        costs = {st: sum(_nearest_span(box, spans, st)[0] for box, _ in row) for st in ("before", "after")}
        style = min(costs, key=lambda k: costs[k])
        for box, ticked in row:
            _d, i = _nearest_span(box, spans, style)
            if i >= 0:
                owned[i] = owned.get(i, False) or ticked
    groups: dict[str, list[tuple[int, bool | None]]] = {}
    for i, (opt, ln, x0, x1) in enumerate(spans):
        sbox = (x0, ln.box[1], x1, ln.box[3])
        lab = _owner_label(sbox, ln, label_lines, opt)
        if lab is not None:
            groups.setdefault(lab, []).append((i, owned.get(i)))
    out: list[tuple[str, tuple[str, float, Box, int]]] = []
    # one option list is one ruled cell, or one row of options (two when it wraps): words of the same
    # label elsewhere (a materials checklist "□残疾证；□其他" under the causes) are another list
    # (the cells of the word's own page: a form's second page, its member table, rules other rows at the
    # same pixel heights, and a cell of that page must not cut the first page's option list in two)
    def cell_of(ln: TextLine) -> int:
        own = (cells or {}).get(ln.page, (cells or {}).get(-1, ()))
        holding = [
            (i, (c[2] - c[0]) * (c[3] - c[1]))
            for i, c in enumerate(own)
            if c[0] <= ln.cx <= c[2] and c[1] <= ln.cy <= c[3]
        ]
        return min(holding, key=lambda t: t[1])[0] if holding else -1

    lists: list[tuple[str, list[tuple[int, bool | None]]]] = []
    for lab, members in groups.items():
        members.sort(key=lambda m: spans[m[0]][1].cy)
        for m in members:
            ln = spans[m[0]][1]
            prev = spans[lists[-1][1][-1][0]][1] if lists and lists[-1][0] == lab else None
            if prev is not None and (
                cell_of(ln) == cell_of(prev) >= 0 or (cell_of(ln) < 0 and ln.cy - prev.cy <= 1.6 * ln.height)
            ):
                lists[-1][1].append(m)
            else:
                lists.append((lab, [m]))
    for lab, members in lists:
        if any(state for _, state in members):
            continue  # a ticked box was found: the normal path reads it
        boxed = [i for i, state in members if state is False]
        boxless = [i for i, state in members if state is None]
        if len(boxed) >= 1 and 1 <= len(boxless) <= (3 if lab in MULTI else 1):
            for i in boxless:
                opt, ln, x0, x1 = spans[i]
                out.append((lab, (opt, ln.confidence, (x0, ln.box[1], x1, ln.box[3]), ln.page)))
    return out


def _owner_label(box: Box, ln: TextLine, label_lines: dict[str, TextLine], opt: str) -> str | None:
    """The option-list label a ticked box belongs to: same row to the left, else the nearest label above
    whose column holds the box (header-row forms print the options in the cell below the label)."""
    bcy = (box[1] + box[3]) / 2
    bcx = (box[0] + box[2]) / 2
    bh = box[3] - box[1]
    cands: list[tuple[float, str]] = []
    for lab, ll in label_lines.items():
        if opt not in CHECKBOX_OPTIONS.get(lab, ()) or ll.page != ln.page:
            continue
        dy = bcy - ll.cy
        if abs(dy) <= 0.6 * max(ll.height, bh):
            if ll.box[0] > box[0] and ll is not ln:
                continue
            cands.append(((box[0] - ll.box[2]) / 10000, lab))
        # a label merged over its ruled cell is as tall as the cell: reach in text heights instead
        elif 0 < dy <= 6 * max(bh, min(ll.height, 1.5 * bh) if ll.cell else ll.height):
            dx = max(0.0, ll.box[0] - bcx - 2 * bh, bcx - ll.box[2] - 2 * bh)
            cands.append((dy + 3 * dx, lab))
    if not cands:
        return None
    return min(cands)[1]


# ---------------------------------------------------------------------------------------------
# Members


def _holds(joined: TextLine, part: TextLine) -> bool:
    """Whether a line made of a cell's lines (or a line as it was) holds ``part``."""
    b = joined.box
    return b[0] - 2 <= part.cx <= b[2] + 2 and b[1] - 2 <= part.cy <= b[3] + 2


_BLANK_MARK = re.compile(r"[/／\\—―\-–－_＿~～]+")


def _member_rows(
    lines: Sequence[TextLine],
    grid: dict[int, list[Box]] | None = None,
    split: dict[int, list[TextLine]] | None = None,
) -> tuple[Extraction, set[int]]:
    """Member rows: by the ruled grid when the page has one, else by text geometry alone. ``split``: a
    page's lines before the lines of one cell were joined (rows with no rulings between them)."""
    ex = Extraction()
    rows: list[dict[str, Reading]] = []
    used: set[int] = set()
    if grid:
        order = sorted(grid)
        pages = [([ln for ln in lines if ln.page == p], grid[p], (split or {}).get(p)) for p in order]
        rows, used_by_page = read_member_pages(pages)
        used = set().union(*used_by_page.values()) if used_by_page else set()
        if not rows and (blank := _member_blocks_in_grid(lines, grid, split or {})):
            return ex, blank  # the members' part is blocks of captioned cells, each left blank: no member to read
    if not rows:
        # the table's lines (its header, its rows) are no household label's or value's: its 姓 名 header
        # over a member's name is no applicant's 姓名
        rows, table = find_member_table_lines(lines)
        used = {id(ln) for ln in lines if any(ln.page == t.page and _holds(ln, t) for t in table)} if rows else set()
    if not rows and split:
        # a table framed with no rulings between its columns: its cell's lines were joined into one
        # text; the lines as OCR read them hold its header and rows
        for page, apart in sorted(split.items()):
            rows, table = find_member_table_lines(apart)
            if rows:
                used = {id(ln) for ln in lines if ln.page == page and any(_holds(ln, t) for t in table)}
                break
    if not rows:
        rows, used = find_member_blocks(lines)
    elif (blocks := find_member_blocks(lines))[0] and _plausible_rows(blocks[0]) > _plausible_rows(rows):
        # a page of member blocks (label：value cells, 成员1, 成员2 …) has a grid too: read as a table it
        # gives rows of labels ("*身份证号" as a name); the blocks give the people
        rows, used = blocks
    for row in rows:
        _join_id_fragments(row, lines)
        m: dict[str, Any] = {}
        c: dict[str, float] = {}
        b: dict[str, list[Any]] = {}
        for lab, rd in row.items():
            if isinstance(rd.value, str) and _BLANK_MARK.fullmatch(rd.value.strip()):
                continue  # a cell struck through as not applicable (/, —): no value, nothing to review
            value, f = normalise_value(lab, rd.value)
            if value is None:
                continue
            m[lab] = value
            c[lab] = round(rd.confidence * f, 3)
            b[lab] = [rd.page, [round(v) for v in rd.box]]
        rel = m.get("关系")
        mended = _relation_by_sex(rel, m.get("性别"), m.get("身份证号")) if isinstance(rel, str) else None
        if mended is not None and check_reading("关系", rel) is not None:
            m["关系"], c["关系"] = mended, round(c["关系"] * 0.8, 3)
        # a row whose name OCR lost (two small lines in a narrow cell) is still that member when its ID
        # number holds: dropping it would leave the household a member short
        if m.get("姓名") or (m.get("身份证号") and check_reading("身份证号", m["身份证号"]) is None):
            check_member(m, c)
            ex.members.append(m)
            ex.member_confidence.append(c)
            ex.member_boxes.append(b)
    return ex, used


def _member_blocks_in_grid(
    lines: Sequence[TextLine], grid: Mapping[int, Sequence[Box]], split: Mapping[int, Sequence[TextLine]]
) -> set[int]:
    """The ids of the lines in the member blocks of captioned cells left blank on every ruled page: what is in a
    member's block is that member's, no pair of the applicant's (the blocks read as members are used already)."""
    out: set[int] = set()
    for page, cells in grid.items():
        out |= member_block_lines([ln for ln in lines if ln.page == page], cell_rows(cells), split.get(page))
    return out


def _plausible_rows(rows: Sequence[dict[str, Reading]]) -> int:
    """How many of ``rows`` hold a name that is a name (no label's text) or an ID number that holds."""
    n = 0
    for row in rows:
        name = row.get("姓名")
        idn = row.get("身份证号")
        text = clean_text(str(name.value)) if name is not None else ""
        named = bool(text) and re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", text) is not None and label_of(text) is None
        identified = idn is not None and check_reading("身份证号", normalise_value("身份证号", idn.value)[0]) is None
        n += named or identified
    return n


# relations a member table writes most (GB/T 4761 家庭关系), each with the sex it implies (None: either)
RELATIONS: dict[str, str | None] = {
    "配偶": None, "妻子": "女", "丈夫": "男", "儿子": "男", "女儿": "女", "长子": "男", "长女": "女", "次子": "男",
    "次女": "女", "父亲": "男", "母亲": "女", "孙子": "男", "孙女": "女", "外孙": "男", "外孙女": "女", "儿媳": "女",
    "女婿": "男", "岳父": "男", "岳母": "女", "公公": "男", "婆婆": "女", "兄弟": "男", "姐妹": "女", "哥哥": "男",
    "弟弟": "男", "姐姐": "女", "妹妹": "女", "祖父": "男", "祖母": "女",
}  # fmt: skip


def _relation_by_sex(read: str, sex: Any, id_number: Any) -> str | None:
    """A relation misread in one character ("文亲", "义亲" for 父亲): the one common relation a single slip
    away that agrees with the member's sex (from 性别, else the ID number's 17th digit); None when
    several or none do."""
    if sex not in ("男", "女") and isinstance(id_number, str) and len(id_number) == 18 and id_number[16].isdigit():
        sex = "男" if int(id_number[16]) % 2 else "女"
    near = [w for w, s in RELATIONS.items() if _one_edit(read, w) and (s is None or sex in (None, s))]
    return near[0] if len(near) == 1 else None


# A monthly figure from this much up is not a hardship household's (a family qualifies when what each member
# has a month is below the local minimum): read so, it is far likelier a lost decimal point ("2380.5" read
# 23805) than a wage, so it waits for a person. Not a validation bound: such a figure is possible, only unlikely.
UNLIKELY_MONTHLY = 10_000


def _unlikely_monthly(label: str, value: Any) -> bool:
    return label in MONTHLY_MONEY and isinstance(value, int | float) and value >= UNLIKELY_MONTHLY


# How many years before today a paper's 年龄 may have been written: an archive is kept ten years after it closes.
AGE_WRITTEN_YEARS = 10


def _age_disagrees(age: Any, born: date | None, today: date | None) -> bool:
    """A 年龄 its birth date cannot have given on any day the paper may have been filled in (from ten years
    ago to today): a digit of it lost (54 read 4) or added."""
    if not isinstance(age, int) or born is None:
        return False
    day = today or date.today()
    years = day.year - born.year - ((day.month, day.day) < (born.month, born.day))
    return not years - AGE_WRITTEN_YEARS - 1 <= age <= years + 1


def check_member(m: dict[str, Any], c: dict[str, float], today: date | None = None) -> None:
    """Lower the confidence of a member row whose 身份证号 fails its check digit or disagrees with its
    性别/出生日期, whose 年龄 disagrees with its birth date, or whose monthly income is unlikely."""
    for lab in [k for k in m if _unlikely_monthly(k, m[k])]:
        c[lab] = round(c.get(lab, 1.0) * 0.8, 3)
    born = parse_date(m.get("出生日期"))
    if "身份证号" in m:
        try:
            info = parse_id_number(str(m["身份证号"]))
        except ValueError:
            c["身份证号"] = round(c.get("身份证号", 1.0) * 0.5, 3)
            return
        born = info.birth_date
        if m.get("性别") and m["性别"] != info.gender:
            c["性别"] = round(c.get("性别", 1.0) * 0.6, 3)
        if m.get("出生日期") and m["出生日期"] != info.birth_date.isoformat():
            c["出生日期"] = round(c.get("出生日期", 1.0) * 0.6, 3)
    if _age_disagrees(m.get("年龄"), born, today):
        c["年龄"] = round(c.get("年龄", 1.0) * 0.8, 3)


# ---------------------------------------------------------------------------------------------
# Cross-field checks


def _close(a: float, b: float, rel: float = 0.05) -> bool:
    return abs(a - b) <= rel * max(abs(a), abs(b), 1.0)


def validate(ex: Extraction, today: date | None = None) -> None:
    f = ex.fields
    if isinstance(f.get("身份证号"), str):
        try:
            info = parse_id_number(f["身份证号"], today=today)
        except ValueError:
            ex.lower("身份证号", 0.5)
        else:
            if f.get("性别") in ("男", "女") and f["性别"] != info.gender:
                ex.lower("性别", 0.6)
                ex.lower("身份证号", 0.8)
            if isinstance(f.get("出生日期"), str) and f["出生日期"] != info.birth_date.isoformat():
                ex.lower("出生日期", 0.6)
                ex.lower("身份证号", 0.8)
            if _age_disagrees(f.get("年龄"), info.birth_date, today):
                ex.lower("年龄", 0.8)
    elif _age_disagrees(f.get("年龄"), parse_date(f.get("出生日期")), today):  # no ID to judge by: the birth date
        ex.lower("年龄", 0.8)
    for lab in [k for k in f if _unlikely_monthly(k, f[k])]:
        ex.lower(lab, 0.8)
    for lab in PHONE_LABELS:
        if (
            isinstance(f.get(lab), str)
            and f[lab]
            and not is_valid_mobile(f[lab])
            and not re.fullmatch(r"0\d{2,3}\d{7,8}", f[lab])
        ):
            ex.lower(lab, 0.8)
    n = f.get("家庭人口")
    if isinstance(n, int) and ex.members and n not in (len(ex.members), len(ex.members) + 1):
        ex.lower("家庭人口", 0.7)
    yearly, monthly = f.get("年收入"), f.get("月均实发工资") or f.get("月均工资")
    if isinstance(yearly, (int, float)) and isinstance(monthly, (int, float)):
        counted = f.get("统计月数")
        months = counted if isinstance(counted, int) and counted else 12
        if not (
            _close(yearly, 12 * monthly, 0.06)
            or _close(yearly, months * monthly, 0.06)
            or (f.get("月均工资") and _close(yearly, 12 * f["月均工资"], 0.06))
        ):
            ex.lower("年收入", 0.7)
    total, size, per = f.get("家庭年度总收入"), f.get("家庭人口"), f.get("家庭月人均收入")
    if (
        isinstance(total, (int, float))
        and isinstance(size, (int, float))
        and isinstance(per, (int, float))
        and size
        and not _close(per, total / 12 / size, 0.05)
        and abs(per - total / 12 / size) > 1
    ):
        ex.lower("家庭月人均收入", 0.7)
    causes = f.get("次要致困原因")
    if isinstance(causes, list) and (len(causes) > 3 or f.get("主要致困原因") in causes):
        ex.lower("次要致困原因", 0.7)
    a, b = f.get("公示期起"), f.get("公示期止")
    if isinstance(a, str) and isinstance(b, str) and a > b:
        ex.lower("公示期起", 0.6)
        ex.lower("公示期止", 0.6)
    a, b = f.get("合同起始"), f.get("合同终止")
    if isinstance(a, str) and isinstance(b, str) and a > b:
        ex.lower("合同起始", 0.6)
        ex.lower("合同终止", 0.6)


def _possible_reading(label: str, rd: Reading, lines: Sequence[TextLine]) -> Reading | None:
    """The first reading of ``label`` (the one paired first, then the page's later ones) whose value is a
    possible value of it; else the text right of or below one of its labels that is one (a ruled form
    pairs a label with the cell beside or under it, and the wrong one gives 住房类型 "丧偶" or 性别
    "汉族"); else the first reading with a value, for the validation gate to hold back. A printed
    option list ("1家庭成员无劳动能力，2有劳动能力而未就业 …") is no value: None when nothing else is."""
    cands = [_answer_after_offer(label, c) for c in (rd, *rd.extra.get("alternatives", ()))]
    cands = [c for c in cands if not _option_list(label, c)]
    values = [normalise_value(label, c.value)[0] for c in cands]
    for c, value in zip(cands, values, strict=True):
        if value is not None and check_reading(label, value) is None:
            return c
    for c in cands:
        ll = c.extra.get("label_line")
        if ll is None:
            continue
        # the text after the one paired along the label's row, when that one is a single character: a ruling or
        # a mark read as one (户籍地 | 「1」 | 河南省周口市郸城县)
        lone = len(clean_text(str(c.value))) <= 1
        beyond = value_right_of(ll, [o for o in lines if o.box != c.box]) if lone else None
        for cand in (value_right_of(ll, lines), beyond, value_below(ll, lines)):
            if cand is None or cand.box == c.box or not (sp := split_labelled(cand.text)) or sp[0][0] is not None:
                continue
            if _option_list(label, Reading(cand.text, cand.confidence, cand.page, cand.box)):
                continue  # the printed options (or the legend of their numbers) beside the label: no answer
            v, _ = normalise_value(label, cand.text)
            if v is not None and check_reading(label, v) is None:
                return Reading(cand.text, cand.confidence * 0.95, cand.page, cand.box, raw=cand.text, extra=c.extra)
    return next((c for c, v in zip(cands, values, strict=True) if v is not None), cands[0] if cands else None)


def _answer_after_offer(label: str, rd: Reading) -> Reading:
    """``rd`` with the choices its cell prints before the answer written taken out (``answer_after_choices``):
    the answer, when one is written after them; else ``rd`` as read (the choices alone: ``_option_list``)."""
    written = answer_after_choices(label, str(rd.value).strip())
    return replace(rd, value=written) if written else rd


def _option_list(label: str, rd: Reading) -> bool:
    """Whether the reading is the printed option list of a tick-box label, with no tick read: two
    different options named (one option written twice is a correction: "男月男"); for a label with no
    options, a list of boxed options at all."""
    text = str(rd.value)
    if (answer := answer_after_choices(label, text)) is not None:
        # the choices printed, an answer written after them or none: still asked here, as the texts right of or
        # below a label (_possible_reading) come as read, and two choices counted would make any a list
        return not answer
    if label not in CHECKBOX_OPTIONS:
        # another field's option list taken for this one's value (a blank 帮扶责任人 over the 五类重点群体
        # boxes): two printed boxes or more, where a written value has none
        return sum(text.count(g) for g in "□☐☑") >= 2
    head = re.split(r"[（(]", text)[0]
    if head != text and _count_options(head, CHECKBOX_OPTIONS[label]) == 1 and not any(g in head for g in EMPTY_BOXES):
        return False  # the answer, then the printed legend of its cell in brackets
    n = _count_options(text, CHECKBOX_OPTIONS[label])
    if label in MULTI and n <= 3 and not any(g in text for g in EMPTY_BOXES):
        # up to three causes written out ("遭受自然灾害、未参加社会保险"): the answer, not the printed list
        return False
    return n >= 2 and sum(o in text for o in CHECKBOX_OPTIONS[label]) >= 2


def _usable_cells(cells: Sequence[Box]) -> list[Box]:
    """Drop the page frame and table outlines: a cell larger than a fifth of the page area is no cell when
    other cells lie inside it. One holding none is a cell all the same: the tall box a form leaves for the
    narrative (家庭主要困难情况 over half a page), whose text must not run into its label's cell."""
    if not cells:
        return []
    x1 = max(c[2] for c in cells)
    y1 = max(c[3] for c in cells)
    page_area = max(1.0, x1 * y1)

    def holds_cells(c: Box) -> bool:
        return any(
            o is not c
            and c[0] - 2 <= (o[0] + o[2]) / 2 <= c[2] + 2
            and c[1] - 2 <= (o[1] + o[3]) / 2 <= c[3] + 2
            for o in cells
        )

    return [
        c
        for c in cells
        if (area := (c[2] - c[0]) * (c[3] - c[1])) < 0.2 * page_area
        or (area < 0.5 * page_area and not holds_cells(c))
    ]


def sentence_text(lines: Sequence[TextLine]) -> str:
    """The page as running text: a wrapped sentence continues on the next row ("…2月" + "16日至…"),
    but a row ending in a digit and one starting with a digit stay apart (phone number, then a date)."""
    out = ""
    for row in group_rows(lines):
        t = "".join(x.text for x in row)
        if out and not (out[-1].isdigit() and t[:1].isdigit()):
            out += t
        else:
            out += ("\n" if out else "") + t
    return out


EXPENSE_PARTS = ("医疗费用", "教育费用", "其他生活致困必要支出")


TOTAL_WORDS = ("合计", "总计", "小计")


# 合计, or 合计（元） with the unit it is counted in
_TOTAL_RE = re.compile("(?:" + "|".join(TOTAL_WORDS) + r")(?:（[^（）\d]{1,3}）?)?[：:]?")


def _closes(total: TextLine, head: TextLine) -> bool:
    """Whether the 合计 ``total`` closes the expense parts headed by ``head``: after them on their row, or first
    thing on the row right under theirs (医疗费用 | 4500 | 教育费用 | 4500 | … over 合计（元） | 9000)."""
    if total.page != head.page:
        return False
    if abs(total.cy - head.cy) <= 0.6 * max(total.height, head.height):
        return total.cx > head.cx
    return 0.6 * head.height < total.cy - head.cy <= 3 * max(total.height, head.height)


def _expense_total(readings: dict[str, Reading], lines: Sequence[TextLine]) -> Reading | None:
    """The 合计 cell closing a row of expense headers (医疗费用 | 教育费用 | … | 合计), with its value under it.
    A part whose reading is that header word (the next cell of a header row that is no label) is read again
    from under its own label."""
    heads = [readings[k].extra["label_line"] for k in EXPENSE_PARTS if k in readings and "label_line" in readings[k].extra]
    whole = readings.get("年度必要支出")
    if whole is not None and "label_line" in whole.extra and clean_text(str(whole.value)) not in TOTAL_WORDS:
        # the label's cell followed by its parts and their amounts (医疗 | 21200 | 教育 | 0 | … | 合计 | 26500):
        # the total closes its own row
        heads.append(whole.extra["label_line"])
    if not heads:
        return None
    for k in EXPENSE_PARTS:
        rd = readings.get(k)
        if rd is not None and clean_text(str(rd.value)) in TOTAL_WORDS and "label_line" in rd.extra:
            below = value_below(rd.extra["label_line"], lines)
            if below is None or clean_text(below.text) in TOTAL_WORDS:
                readings.pop(k)
            else:
                readings[k] = Reading(below.text, below.confidence, below.page, below.box, raw=below.text,
                                      extra=rd.extra)
    for ln in lines:
        if not _TOTAL_RE.fullmatch(clean_text(ln.text)) or not any(_closes(ln, h) for h in heads):
            continue
        right = value_right_of(ln, lines)
        if right is not None and isinstance(normalise_value("年度必要支出", right.text)[0], (int, float)):
            return Reading(right.text, right.confidence, right.page, right.box, raw=right.text)
        below = value_below(ln, lines)
        if below is not None:
            return Reading(below.text, below.confidence, below.page, below.box, raw=below.text)
    return None


def _sum_expenses(ex: Extraction, readings: dict[str, Reading], lines: Sequence[TextLine] = ()) -> None:
    """河北 申报表 prints 必要性支出 as 医疗费用 + 教育费用 + 其他: their sum is 年度必要支出, or the 合计
    printed after them."""
    total = _expense_total(readings, lines)
    if total is not None:
        value, factor = normalise_value("年度必要支出", total.value)
        if isinstance(value, (int, float)):
            ex.set("年度必要支出", value, total.confidence * factor, total.page, total.box)
            return
    parts = [readings[k] for k in EXPENSE_PARTS if k in readings]
    if len(parts) < 2:
        return
    values = [normalise_value("年度必要支出", p.value)[0] for p in parts]
    if all(isinstance(v, (int, float)) for v in values):
        total = sum(values)
        ex.set(
            "年度必要支出",
            int(total) if float(total).is_integer() else total,
            min(p.confidence for p in parts) * 0.95,
            parts[0].page,
            parts[0].box,
        )


# ---------------------------------------------------------------------------------------------
# Entry point


_DIGITS_ONLY = re.compile(r"[0-9Xx\s]+")


def _join_id_fragments(readings: dict[str, Reading], lines: Sequence[TextLine]) -> None:
    """An ID number written in digit boxes that OCR read as several pieces along the row ("3 4" |
    "122 1 1 9 8 …"): the pieces of digits right after the value, in order, up to the first other text,
    joined, when the whole is a valid number (check digit, birth date) and the first piece alone is not."""
    for lab in ID_LABELS:
        rd = readings.get(lab)
        if rd is None or rd.box is None or not isinstance(rd.value, str):
            continue
        first = re.sub(r"\s", "", rd.value)
        if len(first) >= 18 or not _DIGITS_ONLY.fullmatch(rd.value):
            continue
        x0, y0, x1, y1 = rd.box
        h = max(1.0, y1 - y0)
        after = sorted(
            (
                ln
                for ln in lines
                if ln.page == rd.page
                and ln.box[0] >= x1 - 0.5 * h
                and min(ln.box[3], y1) - max(ln.box[1], y0) >= 0.5 * min(h, ln.height)
            ),
            key=lambda ln: ln.box[0],
        )
        joined, pieces = first, []
        for ln in after:
            if len(joined) >= 18:
                break
            if not _DIGITS_ONLY.fullmatch(ln.text):
                # the last group's digits cut off with the next cell's label：value ("1450出生日期：…")
                lead = re.match(r"[0-9Xx×\s]+", ln.text)
                rest = ln.text[lead.end() :] if lead else ""
                if lead and (parts := split_labelled(rest)) and parts[0][0] is not None:
                    joined += re.sub(r"\s", "", lead.group()).replace("×", "X")
                    pieces.append(ln)
                break
            joined += re.sub(r"\s", "", ln.text)
            pieces.append(ln)
        if not pieces or len(joined) != 18:
            continue
        try:
            number = parse_id_number(joined.upper()).number
        except ValueError:
            continue
        box = (x0, min(y0, *(p.box[1] for p in pieces)), pieces[-1].box[2], max(y1, *(p.box[3] for p in pieces)))
        conf = min(rd.confidence, *(p.confidence for p in pieces)) * 0.95
        readings[lab] = Reading(number, conf, rd.page, box, raw=joined, extra=rd.extra)


# a label naming the unit that files the form, worded by each printing (申请单位, 所在单位工会（盖章）, 基层单位工会):
# up to four characters, then 单位 or 单位工会, then a remark in brackets; a label the schema knows is none of it
# (工作单位, 帮扶单位, 用人单位 are other fields). Or the union itself named by the seeds' word for it, 基层工会
# (001 第五条: 档案由所在基层工会…负责建立; 000: 向所属基层工会提出书面申请): 基层工会（盖章）, 所在基层工会;
# or the union asked by its name, 工会名称（盖章） (as union papers head the union's line)
_UNIT_LABEL_RE = re.compile(r"(?P<lab>[\u4e00-\u9fff]{0,4}(?:单位(?:工会)?|基层工会|工会名称))(?:（[^（）]{0,6}）)?")


def _short_labels_colon_lost(readings: dict[str, Reading], lines: Sequence[TextLine]) -> None:
    """A text opening with a short label (COLON_LABELS) whose colon OCR lost, a possible value of it right after
    (健康健康, 户口非农业, 面积（m）86): that value, for a label read nowhere else. Small print on a grey copy
    loses its colons; a word of a sentence (户口所在地…, 户口迁入…) is followed by no value of the label."""
    for ln in lines:
        text = clean_text(ln.text)
        for word, lab in COLON_LABELS.items():
            if lab in readings or not text.startswith(word):
                continue
            rest = re.sub(r"^（[^（）]*）(?=.)", "", text[len(word) :])  # its unit in brackets (面积（㎡）)
            if not rest or answer_after_choices(lab, text[len(word) :]) == "":
                continue
            value, factor = normalise_value(lab, text[len(word) :] if lab in CHECKBOX_OPTIONS else rest)
            if value is not None and factor >= 0.9 and check_reading(lab, value) is None:
                readings[lab] = Reading(rest, ln.confidence * 0.9, ln.page, ln.box, raw=rest)


def _unit_reading(lines: Sequence[TextLine], grid: Mapping[int, Sequence[Box]] | None = None) -> Reading | None:
    """The form's 单位 from a line whose label names the unit in a wording of its own ("申请单位：长沙机床",
    "所在单位工会（盖章）" with the name written on the rule after it): the label and a colon with the name
    after it, or the label alone with the name next to it on its row. The colon lost ("申请单位株洲电力"):
    the label and the name apart by a space, or the line in the head of the sheet, in no ruled cell (a
    cell's "承租单位公房" is a value). None when no such line holds a name."""

    def in_cell(ln: TextLine) -> bool:
        return any(c[0] <= ln.cx <= c[2] and c[1] <= ln.cy <= c[3] for c in (grid or {}).get(ln.page, ()))

    for ln in lines:
        cleaned = clean_text(ln.text)
        m = _UNIT_LABEL_RE.match(cleaned)
        if m is None or label_of(m.group("lab")) not in (None, "单位"):
            continue
        rest = cleaned[m.end() :]
        if rest[:1] in ("：", ":", "。", "．", ".", "；", ";"):  # the colon, or the colon read as a dot ("（盖章）。湘潭钢铁")
            rest = rest[1:].strip()
        elif rest and (re.match(re.escape(m.group("lab")) + r"(?:[（(][^（）()]{0,6}[）)])?[ \u3000]+\S", ln.text.strip("*＊ "))
                       or (grid and not in_cell(ln))):
            rest = rest.strip()
        elif rest:
            continue  # no colon, text after: a value that holds the word (承租单位公房), not a label
        value_line = ln
        if not rest:
            right = value_right_of(ln, lines)
            if right is None or split_labelled(right.text)[:1] != [(None, clean_text(right.text).strip())]:
                continue
            value_line, rest = right, clean_text(right.text).strip()
        if not re.fullmatch(r"[\u4e00-\u9fff（）()]{2,30}", rest):
            continue
        return Reading(rest, 0.9 * value_line.confidence, value_line.page, value_line.box, raw=value_line.text)
    return None


_FORM_NUMBER_RE = re.compile(r"编号[：:]?\s*(\S*\d\S*)")  # the colon may be lost to OCR


def _form_number(lines: Sequence[TextLine]) -> Reading | None:
    """The form's own number printed 编号：… at its head, outside its tables (the number the union gives
    the archive, as 档案编号): a text that is only that, with a digit in the number. A column headed 编号 in
    a table has no number beside its head."""
    for ln in sorted(lines, key=lambda t: (t.page, t.cy)):
        if not ln.cell and (m := _FORM_NUMBER_RE.fullmatch(clean_text(ln.text))):
            return Reading(m.group(1), ln.confidence, ln.page, ln.box, raw=ln.text, extra={"label_line": ln})
    return None


def _printed_as(rd: Reading, wording: str) -> bool:
    """Whether the label ``rd`` was read for is printed ``wording`` (its label line starts with it)."""
    label_line = rd.extra.get("label_line")
    return isinstance(label_line, TextLine) and clean_text(label_line.text).startswith(wording)


def _unit_apart_from_employer(readings: dict[str, Reading]) -> None:
    """所在单位 asks for the applicant's unit: read as the employer (工作单位) when it is the form's only
    question of it, but a form that asks 工作单位 among the applicant's fields as well prints 所在单位 over its
    table for the unit the archive is filed with (所在单位：长沙机床 … 编号：…): that one is the 单位."""
    first = readings.get("工作单位")
    if first is None or "单位" in readings:
        return
    every = [first, *first.extra.get("alternatives", [])]
    unit = [rd for rd in every if _printed_as(rd, "所在单位")]
    own = [rd for rd in every if not _printed_as(rd, "所在单位")]
    if not unit or not own:
        return
    readings["单位"] = replace(unit[0], extra={k: v for k, v in unit[0].extra.items() if k != "alternatives"})
    rest = own[1:]
    readings["工作单位"] = replace(own[0], extra={**{k: v for k, v in own[0].extra.items() if k != "alternatives"},
                                                 **({"alternatives": rest} if rest else {})})


def _causes_by_legend(readings: dict[str, Reading], legend: Mapping[str, str]) -> None:
    """Cause readings written as numbers of the printed legend ("8", "3、1") → the causes they number (the
    reading and each of its alternatives)."""

    def mapped(rd: Reading) -> Reading:
        words = by_legend(str(rd.value), legend) if isinstance(rd.value, str) else None
        return rd if words is None else Reading(words, rd.confidence, rd.page, rd.box, raw=rd.raw, extra=rd.extra)

    for lab in ("主要致困原因", "次要致困原因"):
        rd = readings.get(lab)
        if rd is None:
            continue
        alternatives = [mapped(a) for a in rd.extra.get("alternatives", ())]
        readings[lab] = first = mapped(rd)
        if alternatives:
            first.extra = {**first.extra, "alternatives": alternatives}


# the answer of a question whose options are printed lettered (A.未婚 B.已婚 …), the chosen letters written in
# brackets after them: "（B）", "( A、C )"; OCR may read the brackets half-width or leave a space inside
_CHOSEN_LETTERS_RE = re.compile(r"[（(]\s*([A-Z](?:\s*[、，,/;；\s]\s*[A-Z])*)\s*[）)]")
_OPTION_LETTER_RE = re.compile(r"(?<![A-Za-z])([A-Z])\s*[.．、。·]?\s*(?=[\u4e00-\u9fff])")


def lettered_answer(label: str, text: str) -> str | None:
    """The options a cell answers by their printed letters, in the wording the field takes (several joined by
    、), or None when the cell is no lettered option list with letters chosen.

    Exam-style printings of the form list a question's options with letters (A.未婚 B.已婚 C.离异 …) and ask for
    the chosen letter in brackets at the end of the cell ("在括号内填写所选项字母"), where other printings
    tick a box. The letters run in order from A (one may be lost or misread by OCR: the others still name
    their words), each word a possible value of the field; the bracket may sit anywhere in a wrapped cell."""
    folded = fold_fullwidth(text)
    chosen_m = list(_CHOSEN_LETTERS_RE.finditer(folded))
    if len(chosen_m) != 1:
        return None
    chosen = re.findall(r"[A-Z]", chosen_m[0].group(1))
    rest = folded[: chosen_m[0].start()] + " " + folded[chosen_m[0].end() :]
    marks = list(_OPTION_LETTER_RE.finditer(rest))
    if len(marks) < 2 or marks[0].group(1) != "A" or rest[: marks[0].start()].strip():
        return None
    letters = [m.group(1) for m in marks]
    if letters != sorted(set(letters)):
        return None
    options: dict[str, str] = {}
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(rest)
        word = re.sub(r"\s+", "", rest[m.end() : end]).strip("、，,;；。.．")
        if not word or check_reading(label, word) is not None:
            return None  # a word no option of this field: not the field's options
        options[m.group(1)] = word
    if not chosen or any(c not in options for c in chosen):
        return None
    return "、".join(dict.fromkeys(options[c] for c in chosen))


def _letters_answered(readings: dict[str, Reading]) -> None:
    """Readings of option fields written as a lettered list with the chosen letters in brackets → the options
    chosen (the reading and each of its alternatives)."""

    def answered(lab: str, rd: Reading) -> Reading:
        words = lettered_answer(lab, rd.value) if isinstance(rd.value, str) else None
        return rd if words is None else Reading(words, rd.confidence, rd.page, rd.box, raw=rd.raw, extra=rd.extra)

    for lab in [lab for lab in readings if lab in CHECKBOX_OPTIONS]:
        rd = readings[lab]
        alternatives = [answered(lab, a) for a in rd.extra.get("alternatives", ())]
        readings[lab] = first = answered(lab, rd)
        if alternatives:
            first.extra = {**first.extra, "alternatives": alternatives}


def _as_written(label: str, rd: Reading) -> Any:
    """An amount's or a count's value with the spaces it was read with (pairing drops them): "1965 83元" is
    1965.83 with its point read as a space, "2900 2250" an amount written again, "4 3" a count struck through
    and written again beside it — run together they are out of range (43 people)."""
    raw = rd.raw
    if (label in MONEY or label in COUNTS) and isinstance(raw, str) and " " in raw.strip() and clean_text(raw) == clean_text(str(rd.value)):
        return raw.strip()
    return rd.value


PageBoxes = Mapping[int, Sequence[tuple[Box, bool]]]


def _read_marks(
    ex: Extraction,
    form: bool,
    readings: dict[str, Reading],
    raw_lines: Sequence[TextLine],
    lines: Sequence[TextLine],
    checkboxes: Sequence[tuple[Box, bool]] | PageBoxes | None,
    grid: Mapping[int, Sequence[Box]],
) -> None:
    """Option lists, matrices and columns of marks. With the boxes given page by page, each page's boxes are
    read against that page's words and ruled cells only: pixel positions of one page say nothing of another
    (a form printed over three pages has a box of its last page at the height of a first-page cell, which
    cut that page's row of boxes in two). A flat list of boxes is read against every page."""
    if not isinstance(checkboxes, Mapping) or len(checkboxes) < 2:
        flat = [b for bs in checkboxes.values() for b in bs] if isinstance(checkboxes, Mapping) else checkboxes
        pages: list[tuple[int | None, Sequence[tuple[Box, bool]] | None]] = [(None, flat)]
    else:
        pages = [(page, list(checkboxes[page])) for page in sorted(checkboxes)]

    def on(page: int | None, ls: Sequence[TextLine]) -> list[TextLine]:
        return list(ls) if page is None else [ln for ln in ls if ln.page == page]

    for page, boxes in pages:
        own = {
            lab: rd for lab, rd in readings.items() if page is None or (rd.extra.get("label_line") or rd).page == page
        }
        cells = [c for p, cs in grid.items() if page is None or p == page for c in cs]
        page_cells = grid if page is None else {page: grid.get(page, [])}
        read_checkboxes(ex, own, on(page, raw_lines), boxes, cells, page_cells)
    if form:
        for page, boxes in pages:
            read_option_matrix(ex, on(page, lines), boxes)
        for page, boxes in pages:
            read_option_columns(ex, on(page, lines), boxes)


# the form's printed labels, for joining one spaced out into single characters (extract_fields)
_SPACED_LABELS: dict[str, str] = {w: w for w in PRINTED_LABELS}


def extract_fields(
    doc_type: str,
    lines: Sequence[TextLine],
    *,
    checkboxes: Sequence[tuple[Box, bool]] | PageBoxes | None = None,
    seal: bool | None = None,
    seal_box: tuple[int, Box] | None = None,
    cells: dict[int, Sequence[Box]] | None = None,
    today: date | None = None,
) -> Extraction:
    """Read the fields ``DOC_FIELDS[doc_type]`` (and the date printed on the paper, ``日期``); nothing else
    is a reading of this paper (a tick box read as 是否农民工 on a 收入证明 is dropped)."""
    wanted = set(DOC_FIELDS.get(doc_type, ())) | {"日期"}
    if doc_type == "建档申请表":
        wanted |= set(CHECKBOX_OPTIONS) | {"主要致困原因", "次要致困原因"}
    # a tick from a symbol font with no Unicode name (a text layer's "\\x00已婚") before an option word is ☑
    lines = [
        ln if (t := unnamed_marks(ln.text, _MARKED_WORDS)) == ln.text else replace(ln, text=t) for ln in lines
    ]
    # identity cards and booklets reach the archive as attested copies: the clerk's note (复印件与原件一致,
    # signature, date) is no text of the paper, and must go before it is merged into a ruled cell
    from dangan.extractors.certificates import ATTESTED_TYPES, without_attestation

    raw_lines = without_attestation(lines) if doc_type in ATTESTED_TYPES else list(lines)
    if doc_type == "建档申请表":
        # a form filled in or printed on a simplified paper comes back from OCR with glyphs read traditional or
        # variant (建议困难类別, 情況属实, 黃俊宁, 天鵝化纤): its labels go unmatched and its values differ from the
        # same words elsewhere — folded as the other papers' readers fold them (schemas.normalise.simplified)
        raw_lines = [ln if (t := simplified(ln.text)) == ln.text else replace(ln, text=t) for ln in raw_lines]
        # a label spaced out along its row (姓　　名：, 性　　别：) that OCR or the PDF's text gives one character a
        # text ("姓" | "名：") is one label, as the certificates' readers join theirs
        from dangan.extractors.certificates import joined_spaced_labels

        raw_lines = joined_spaced_labels(raw_lines, _SPACED_LABELS)
        if not cells:
            lines = raw_lines  # the texts read as they stand (no rulings to gather them by)
    grid: dict[int, list[Box]] = {}
    split: dict[int, list[TextLine]] = {}
    if cells:
        # one text per ruled cell: wrapped labels and values ("健康状\n况", long addresses) become whole,
        # a line running across a ruling is cut at it, a run of digit boxes is one cell
        lines = []
        for page in sorted({ln.page for ln in raw_lines}):
            grid[page] = merge_digit_runs(_usable_cells(cells.get(page, ())))
            on_page = split_at_rulings([ln for ln in raw_lines if ln.page == page], grid[page])
            split[page] = on_page
            lines += lines_from_cells(on_page, grid[page], page)
    lines = qualify_role_labels(qualify_row_labels(lines))
    used: set[int] = set()
    mem: Extraction | None = None
    if doc_type == "建档申请表":
        mem, used = _member_rows(lines, grid, split)
        used |= _member_blocks_in_grid(lines, grid, split)
    household_lines = [ln for ln in lines if id(ln) not in used] if used else list(lines)
    readings = pair_labels(household_lines)
    _join_id_fragments(readings, household_lines)
    if doc_type == "建档申请表":
        for lab, rd in applicant_row(lines).items():
            readings.setdefault(lab, rd)  # asked in the household's table, as its 本人 row (what is asked apart wins)
        _short_labels_colon_lost(readings, household_lines)
        _unit_apart_from_employer(readings)
        if "审核人" not in readings and "审批人" in readings:
            readings["审核人"] = readings["审批人"]  # no reviewer's line: the approver signed the review
        if "职工编号" not in readings and (number := _form_number(household_lines)) is not None:
            readings["职工编号"] = number
    if doc_type == "建档申请表" and "单位" not in readings and (unit := _unit_reading(household_lines, grid)) is not None:
        readings["单位"] = unit
    if doc_type == "建档申请表" and (legend := cause_legend(lines)):
        _causes_by_legend(readings, legend)
    if doc_type == "建档申请表":
        _letters_answered(readings)
    # a document's own wording wins over the household schema's synonym (收入证明 prints 联系电话)
    for canon, own in DOC_ALIASES.get(doc_type, {}).items():
        if canon in readings and own not in readings:
            readings[own] = readings.pop(canon)
    ex = Extraction()
    _read_marks(ex, doc_type == "建档申请表", readings, raw_lines, lines, checkboxes, grid)
    for lab, rd in readings.items():
        if lab not in wanted or lab in ex.fields:
            continue
        if doc_type == "建档申请表" and lab in MEMBER_LABELS.values() and lab not in DOC_FIELDS["建档申请表"]:
            continue
        possible = _possible_reading(lab, rd, household_lines)
        if possible is None:
            continue  # the printed option list itself, with no tick read: not a value
        rd = possible
        value, factor = normalise_value(lab, _as_written(lab, rd))
        if value is None:
            continue
        ex.set(lab, value, rd.confidence * factor, rd.page, rd.box)
        ex.raw[lab] = str(rd.value)
    # sentences: only fill what the boxes did not give
    text = sentence_text(raw_lines)
    for lab, value in read_freetext(doc_type, text).items():
        if lab in wanted and (lab not in ex.fields or ex.confidence.get(lab, 0) < 0.5):
            conf = min((ln.confidence for ln in lines), default=0.9)
            ex.set(lab, value, 0.95 * conf)
    if "是否盖章" in wanted and seal is not None:
        conf = 0.95
        box = seal_box[1] if seal_box else None
        ex.set("是否盖章", bool(seal), conf, seal_box[0] if seal_box else None, box)
    # identity papers and certificates: their own row readings (certificates.py imports this module)
    from dangan.extractors.certificates import read_certificate

    read_certificate(doc_type, ex, raw_lines, lines, today, grid, checkboxes)
    if mem is not None:
        ex.members, ex.member_confidence, ex.member_boxes = (
            mem.members,
            mem.member_confidence,
            mem.member_boxes,
        )
    if doc_type == "建档申请表" and not isinstance(ex.fields.get("年度必要支出"), (int, float)):
        # not read, or read as the first part's label (医疗): from its parts or their 合计
        _sum_expenses(ex, readings, household_lines)
    if doc_type in ("身份证",) and "身份证号" in ex.fields:
        try:
            info = parse_id_number(str(ex.fields["身份证号"]), today=today)
            if "出生日期" not in ex.fields:
                ex.set("出生日期", info.birth_date.isoformat(), 0.9 * ex.confidence["身份证号"])
        except ValueError:
            pass
    for lab in set(ex.fields) - set(DOC_FIELDS.get(doc_type, ())) - {"日期"}:
        for d in (ex.fields, ex.confidence, ex.boxes, ex.raw):
            d.pop(lab, None)
    validate(ex, today)
    return ex
