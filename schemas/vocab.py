"""Controlled vocabularies of the forms, as enums whose values are the printed Chinese words.

致困原因 comes in three wordings (national codes 1-10, Hangzhou, Hebei; Hunan's 审批表 has a fourth,
shorter list). ``to_national_cause`` maps any of them to the national wording, which is what the
electronic system stores, so paper and electronic can be compared across wordings.
"""

from __future__ import annotations

import re
from enum import StrEnum

from dangan.schemas.normalise import fold_fullwidth


class MaritalStatus(StrEnum):
    unmarried = "未婚"
    married = "已婚"
    divorced = "离异"
    widowed = "丧偶"


class HousingType(StrEnum):
    self_built = "自建房"
    commercial = "商品房"
    affordable = "经济适用房"
    price_capped = "两限房"
    employer_rental = "承租单位公房"
    public_rental = "政府廉租房"
    rented = "租房"
    other = "其他"


class HukouType(StrEnum):
    non_agricultural = "非农业"
    agricultural = "农业"


class MedicalInsurance(StrEnum):
    none = "无医保"
    urban_employee = "城镇职工医保"
    urban_resident = "城镇居民医保"
    rural_cooperative = "新农合"
    other = "其他"


class WorkStatus(StrEnum):
    employed = "在岗"
    laid_off = "下（待）岗"
    unemployed = "失（无）业"
    retired = "退休"
    honourably_retired = "离休"
    sick_retired = "病退"
    sick_leave = "病休"
    early_retired = "内退"


class ModelWorker(StrEnum):
    none = "非劳模"
    national = "全国劳模"
    provincial = "省部级劳模"
    municipal = "地市级劳模"
    other = "其他"


class NationalCause(StrEnum):
    """致困原因, national codes 1-10 (全总 困难职工档案表)."""

    no_work_capacity = "家庭成员无劳动能力"
    unemployed_able = "有劳动能力而未就业"
    laid_off = "下岗失业"
    no_social_insurance = "未参加社会保险"
    insurance_shortfall = "社会保险待遇落实不到位"
    serious_illness = "家庭成员患重大疾病"
    natural_disaster = "遭受自然灾害"
    accident = "遭受意外事故"
    schooling = "子女上学"
    other = "其他"

    @property
    def code(self) -> int:
        return list(NationalCause).index(self) + 1


class HangzhouCause(StrEnum):
    own_illness = "本人大病"
    dependant_illness = "供养直系亲属大病"
    disability = "残疾"
    laid_off = "下岗失业"
    low_income = "收入低"
    natural_disaster = "自然灾害"
    accident = "重大事故"
    schooling = "子女上学"


class HebeiCause(StrEnum):
    own_illness = "本人大病"
    dependant_illness = "供养直系亲属大病"
    own_disability = "本人残疾"
    family_disability = "家属残疾"
    family_laid_off = "家属下岗失业"
    low_income = "收入低"
    natural_disaster = "自然灾害"
    accident = "重大意外事故"
    schooling = "子女上学"
    other = "其他"


class HardshipCategory(StrEnum):
    acftu = "全总级"
    national = "全国级"
    provincial = "省级"
    municipal = "地市级"
    certified = "持证困难户"
    dibao_edge = "低保边缘户"
    accident = "意外致困户"
    temporary = "临时困难户"
    other = "其他困难户"


class ContractTerm(StrEnum):
    """合同期限 as the 杭州 填表说明 (003_…, item 7) asks it to be written."""

    under_half_year = "半年内（6个月及以下）"
    half_to_one_year = "半年至一年（7个月至18个月）"
    two_years = "两年（19个月至30个月）"
    three_years = "三年（31个月至42个月）"
    four_years = "四年（43个月至54个月）"
    five_years_plus = "五年以上（55个月至120个月）"
    open_ended = "无固定期限（120个月以上）"


def normalise_contract_term(text: str) -> str:
    """A 合同期限 as read → its vocabulary word, by the word before the bracket ("半年至一年(7个月至"
    when OCR cut the bracket off, or wrote another blank's date into it); otherwise unchanged."""
    word = fold_fullwidth(text).strip().replace(" ", "").replace("\u3000", "")
    for term in ContractTerm:
        head = term.value.split("（")[0]
        if word == head or word.startswith((head + "（", head + "(")):
            return term.value
    return word


# Any printed cause wording -> national wording.
_CAUSE_TO_NATIONAL: dict[str, NationalCause] = {c.value: c for c in NationalCause}
_CAUSE_TO_NATIONAL.update(
    {
        "本人大病": NationalCause.serious_illness,
        "供养直系亲属大病": NationalCause.serious_illness,
        "因病致困": NationalCause.serious_illness,
        "患重特大疾病": NationalCause.serious_illness,
        "残疾": NationalCause.no_work_capacity,
        "本人残疾": NationalCause.no_work_capacity,
        "家属残疾": NationalCause.no_work_capacity,
        "无劳动能力": NationalCause.no_work_capacity,
        "家属下岗失业": NationalCause.laid_off,
        "收入低": NationalCause.other,
        "家庭收入低": NationalCause.other,
        "自然灾害": NationalCause.natural_disaster,
        "重大事故": NationalCause.accident,
        "重大意外事故": NationalCause.accident,
        "意外致困": NationalCause.accident,
    }
)

# Cause wording -> the kind of evidence it needs (rule sets list required materials by this group).
CAUSE_GROUPS: dict[str, str] = {
    "本人大病": "疾病",
    "供养直系亲属大病": "疾病",
    "因病致困": "疾病",
    "家庭成员患重大疾病": "疾病",
    "患重特大疾病": "疾病",
    "残疾": "残疾",
    "本人残疾": "残疾",
    "家属残疾": "残疾",
    "家庭成员无劳动能力": "残疾",
    "下岗失业": "失业",
    "家属下岗失业": "失业",
    "有劳动能力而未就业": "失业",
    "自然灾害": "灾害",
    "遭受自然灾害": "灾害",
    "重大事故": "事故",
    "重大意外事故": "事故",
    "意外致困": "事故",
    "遭受意外事故": "事故",
    "子女上学": "上学",
    "收入低": "收入低",
    "家庭收入低": "收入低",
}

# Misprints and variants seen on the forms -> the vocabulary word.
VOCAB_SYNONYMS: dict[str, str] = {
    "新农舍": "新农合",
    "新型农村合作医疗": "新农合",
    "下岗": "下（待）岗",
    "下(待)岗": "下（待）岗",
    "待岗": "下（待）岗",
    "失业": "失（无）业",
    "失(无)业": "失（无）业",
    "无业": "失（无）业",
    "离婚": "离异",
    "城镇": "非农业",
    "非农": "非农业",
    "农村": "农业",
}


def to_national_cause(text: str) -> NationalCause | None:
    """Map a cause in any wording (national, Hangzhou, Hebei, Hunan, or a national code) to the national one."""
    word = text.strip().lstrip("0123456789.、． ").strip() if not text.strip().isdigit() else text.strip()
    if word.isdigit():
        code = int(word)
        return list(NationalCause)[code - 1] if 1 <= code <= len(NationalCause) else None
    return _CAUSE_TO_NATIONAL.get(word)


def cause_group(text: str) -> str:
    """The evidence group of a cause wording: 疾病, 残疾, 上学, 灾害, 事故, 失业, 收入低 or 其他."""
    return CAUSE_GROUPS.get(text.strip(), "其他")


def normalise_vocab(text: str) -> str:
    """Fold full-width brackets and known misprints so that 'vocabulary words' compare equal."""
    word = text.strip().replace(" ", "").replace("\u3000", "")
    return VOCAB_SYNONYMS.get(word, word)


# Checkbox marks and list numbering that OCR leaves around a ticked cause ("☑本人大病", "6.家庭成员患重大疾病").
_MARKS = "☑■✓✔√▣☒□☐"
_CAUSE_PREFIX = re.compile(r"^[\s" + _MARKS + r"]*(?:\(?\d{1,2}\)?\s*[.、．:：)）]?\s*)?")


def normalise_cause(text: str) -> str:
    """One cause as written (ticks, list numbers, 全角) -> the vocabulary word; a bare code -> national word.

    The wording is kept (Hangzhou 本人大病 stays 本人大病) because rule sets ask for evidence by the
    printed word; compare across wordings with ``to_national_cause`` or ``same_cause``.
    """
    word = fold_fullwidth(text).strip().replace(" ", "").replace("\u3000", "")
    if word.isdigit():
        national = to_national_cause(word)
        return national.value if national else word
    word = _CAUSE_PREFIX.sub("", word).strip(_MARKS + " ")
    return CAUSE_SYNONYMS.get(word, word)


def same_cause(a: str, b: str) -> bool:
    """True when two wordings (any form, any rule set) name the same national cause."""
    na, nb = to_national_cause(normalise_cause(a)), to_national_cause(normalise_cause(b))
    if na is None or nb is None:
        return normalise_cause(a) == normalise_cause(b)
    return na is nb


# Cause words seen in other spellings -> the printed vocabulary word.
CAUSE_SYNONYMS: dict[str, str] = {
    "患重特大疾病": "家庭成员患重大疾病",
    "无劳动能力": "家庭成员无劳动能力",
    "重大(意外)事故": "重大意外事故",
    "重大（意外）事故": "重大意外事故",
    "意外事故": "遭受意外事故",
    "大病": "本人大病",
    "因病": "因病致困",
    "下岗": "下岗失业",
    "失业": "下岗失业",
}

# Which printed vocabulary each rule set's forms use (see schemas/rulesets/*.toml, ``cause_wording``).
CAUSE_VOCABULARIES: dict[str, tuple[str, ...]] = {
    "national": tuple(c.value for c in NationalCause),
    "hangzhou": tuple(c.value for c in HangzhouCause),
    "hebei": tuple(c.value for c in HebeiCause),
    # 湖南 附件1 审批表 prints only four boxes.
    "hunan": ("家庭收入低", "因病致困", "意外致困", "子女上学"),
}


# -- relations between the rule sets' wordings (issue 9) --------------------------------------------
#
# Each printed cause → the national causes (codes 1–10) it can stand for, and whether the seeds settle
# that. Settled: the seeds name the correspondence (004 lists the national wording; 000 附件 says 因病致困
# covers 本人大病, 家庭成员大病 and 三级以上残疾, 意外灾害致困 covers 自然灾害 and 重大意外事故). Unsettled: the
# seeds never say which national code a word is (残疾, 收入低 have no national twin); a comparison
# through such a word is a reading to verify, never a mismatch.
_N = NationalCause
CAUSE_CANDIDATES: dict[str, tuple[frozenset[NationalCause], bool]] = {
    **{c.value: (frozenset({c}), True) for c in NationalCause},
    "本人大病": (frozenset({_N.serious_illness}), True),
    "供养直系亲属大病": (frozenset({_N.serious_illness}), True),
    "患重特大疾病": (frozenset({_N.serious_illness}), True),
    "因病致困": (frozenset({_N.serious_illness, _N.no_work_capacity}), False),
    "残疾": (frozenset({_N.no_work_capacity}), False),
    "本人残疾": (frozenset({_N.no_work_capacity}), False),
    "家属残疾": (frozenset({_N.no_work_capacity}), False),
    "无劳动能力": (frozenset({_N.no_work_capacity}), True),
    "家属下岗失业": (frozenset({_N.laid_off}), True),
    "收入低": (frozenset({_N.other, _N.unemployed_able, _N.no_social_insurance, _N.insurance_shortfall}), False),
    "家庭收入低": (frozenset({_N.other, _N.unemployed_able, _N.no_social_insurance, _N.insurance_shortfall}), False),
    "自然灾害": (frozenset({_N.natural_disaster}), True),
    "重大事故": (frozenset({_N.accident}), True),
    "重大意外事故": (frozenset({_N.accident}), True),
    "意外致困": (frozenset({_N.natural_disaster, _N.accident}), True),
}
# 因病致困 settles its illness part (000 附件3: 本人或家庭成员大病); its disability part has no national code.
_PARTLY_SETTLED: dict[str, frozenset[NationalCause]] = {"因病致困": frozenset({_N.serious_illness})}

SAME, DIFFERENT, UNSETTLED = "same", "different", "unsettled"

# 困难类别 across rule sets: 全总级 (湖南) and 全国级 (河北) both mean the national union's standard;
# 杭州's household kinds (持证困难户 …) have no tier in the seeds.
_CATEGORY_GROUPS: dict[str, tuple[str, str]] = {
    "全总级": ("tier", "national"), "全国级": ("tier", "national"),
    "省级": ("tier", "provincial"), "地市级": ("tier", "municipal"),
    **{c: ("hangzhou", c) for c in ("持证困难户", "低保边缘户", "意外致困户", "临时困难户", "其他困难户")},
}


def _cause_word(text: str) -> str:
    word = normalise_cause(str(text))
    return CAUSE_SYNONYMS.get(word, word)


def cause_candidates(text: str) -> tuple[frozenset[NationalCause], bool] | None:
    """The national causes a printed cause can stand for, and whether the seeds settle it (None: unknown word)."""
    word = _cause_word(text)
    if word.isdigit():
        nat = to_national_cause(word)
        return (frozenset({nat}), True) if nat else None
    return CAUSE_CANDIDATES.get(word)


def cause_relation(paper: str, electronic: str) -> str:
    """SAME, DIFFERENT or UNSETTLED for two cause wordings of any rule set (paper side may be coarse)."""
    a, b = _cause_word(paper), _cause_word(electronic)
    if a == b:
        return SAME
    ca, cb = cause_candidates(a), cause_candidates(b)
    if ca is None or cb is None:
        return UNSETTLED  # a word of no vocabulary: a person reads it
    (sa, oka), (sb, okb) = ca, cb
    if not sa & sb:
        return DIFFERENT
    if oka and okb and (sa <= sb or sb <= sa):
        return SAME  # equal, or a coarse word of the seeds (意外致困) covering a fine one
    part_a, part_b = _PARTLY_SETTLED.get(a), _PARTLY_SETTLED.get(b)
    if (part_a and okb and sb <= part_a) or (part_b and oka and sa <= part_b):
        return SAME
    return UNSETTLED


def causes_relation(paper: list[str] | tuple[str, ...], electronic: list[str] | tuple[str, ...]) -> str:
    """Two lists of causes (次要致困原因): pair equal ones first; what is left decides."""
    left_p, left_e = list(paper), list(electronic)
    for p in list(left_p):
        j = next((i for i, e in enumerate(left_e) if cause_relation(p, e) == SAME), None)
        if j is not None:
            left_p.remove(p)
            left_e.pop(j)
    if not left_p and not left_e:
        return SAME
    if len(left_p) == len(left_e) and all(
        any(cause_relation(p, e) == UNSETTLED for e in left_e) for p in left_p
    ):
        return UNSETTLED
    return DIFFERENT


def category_relation(paper: str, electronic: str) -> str:
    """困难类别 of two rule sets: 全总级 = 全国级; a 杭州 household kind against a tier is not settled."""
    a, b = normalise_vocab(str(paper)), normalise_vocab(str(electronic))
    if a == b:
        return SAME
    ga, gb = _CATEGORY_GROUPS.get(a), _CATEGORY_GROUPS.get(b)
    if ga is None or gb is None:
        return UNSETTLED
    if ga[0] != gb[0]:
        return UNSETTLED
    return SAME if ga[1] == gb[1] else DIFFERENT
