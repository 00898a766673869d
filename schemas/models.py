"""Pydantic models of the household archive and of each paper document (ARCHIVE-SCHEMA.md §1-3).

Field names are English identifiers; aliases are the canonical Chinese labels of ``labels.py`` and
every dump is by alias, so what lands in JSON, CSV and XLSX is what staff read.

Paper is evidence, not input to be cleaned away: a wrong check digit, a card number failing Luhn or
an age that contradicts the 身份证号 is kept as written and reported by ``check_consistency()``
(Chinese issue strings) so the reconciliation can turn it into a finding. Pass
``context={"strict": True}`` to ``model_validate`` to make such identifiers raise instead.
Blank boxes are ``None``; money is parsed by ``normalise.parse_money``, dates by ``parse_date``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any, ClassVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from dangan.schemas import labels as L
from dangan.schemas.normalise import (
    BLANKS,
    fold_fullwidth,
    parse_bool,
    parse_date,
    parse_int,
    parse_list,
    parse_money,
    parse_number,
)
from dangan.schemas.validators import (
    is_valid_mobile,
    luhn_valid,
    normalise_id_number,
    parse_id_number,
)
from dangan.schemas.vocab import normalise_cause, normalise_vocab, to_national_cause

if TYPE_CHECKING:
    from dangan.schemas.rules import RuleSet

__all__ = [
    "DOCUMENT_MODELS",
    "ArchiveModel",
    "DiagnosisCertificate",
    "DibaoCertificate",
    "DisabilityCertificate",
    "HouseholdRecord",
    "HouseholdRegister",
    "HouseholdRegisterEntry",
    "IdCard",
    "IncomeCertificate",
    "LabourContract",
    "Member",
    "OtherDocument",
    "PaperDocument",
    "PublicityProof",
    "document_from_extraction",
    "parse_document",
]

# Tolerance (yuan) when comparing a written 家庭月人均收入 with the derived one: forms round to whole yuan.
PER_CAPITA_TOLERANCE = 1.0
MAX_SECONDARY_CAUSES = 3


# --- field types -------------------------------------------------------------------------------


def _text(value: object) -> str | None:
    """Trim, fold 全角 and treat the usual "nothing here" marks as blank."""
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN from pandas
        return None
    text = fold_fullwidth(str(value)).strip()
    return None if text in BLANKS else text


def _vocab(value: object) -> str | None:
    text = _text(value)
    return normalise_vocab(text) if text else None


def _money(value: object) -> float | None:
    if isinstance(value, str) and _text(value) is not None and parse_money(value) is None:
        raise ValueError(f"无法识别的金额: {value!r}")
    return parse_money(value)


def _number(value: object) -> float | None:
    if isinstance(value, str) and _text(value) is not None and parse_number(value) is None:
        raise ValueError(f"无法识别的数值: {value!r}")
    return parse_number(value)


def _int(value: object) -> int | None:
    if value is None or (isinstance(value, str) and _text(value) is None):
        return None
    number = parse_int(value)
    if number is None and _text(value) is not None:
        raise ValueError(f"无法识别的整数: {value!r}")
    return number


def _date(value: object) -> date | None:
    if value is None or (isinstance(value, str) and _text(value) is None):
        return None
    parsed = parse_date(value)
    if parsed is None:
        raise ValueError(f"无法识别的日期: {value!r}")
    return parsed


def _bool(value: object) -> bool | None:
    if value is None or (isinstance(value, str) and _text(value) is None):
        return None
    parsed = parse_bool(value)
    if parsed is None:
        raise ValueError(f"无法识别的是/否: {value!r}")
    return parsed


def _digits(value: object) -> str | None:
    """Identifiers written with spaces or dashes (bank cards, phones): keep the characters only."""
    text = _text(value)
    if text is None:
        return None
    if isinstance(value, float) and value.is_integer():  # a number cell in XLSX
        text = str(int(value))
    return re.sub(r"[\s\-]", "", text)


def _id_number(value: object) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):  # a number cell in XLSX
        value = str(value)
    text = _text(value)
    return normalise_id_number(text) if text else None


Text = Annotated[str | None, BeforeValidator(_text)]
Vocab = Annotated[str | None, BeforeValidator(_vocab)]
Money = Annotated[float | None, BeforeValidator(_money)]
Number = Annotated[float | None, BeforeValidator(_number)]
Count = Annotated[int | None, BeforeValidator(_int)]
Day = Annotated[date | None, BeforeValidator(_date)]
YesNo = Annotated[bool | None, BeforeValidator(_bool)]
Digits = Annotated[str | None, BeforeValidator(_digits)]
IdNumber = Annotated[str | None, BeforeValidator(_id_number)]


def _f(label: str) -> Any:
    """A blank-by-default field whose alias is the canonical label."""
    return Field(default=None, alias=label)


def _strict(info: ValidationInfo) -> bool:
    return bool(info.context and info.context.get("strict"))


# --- base --------------------------------------------------------------------------------------


class ArchiveModel(BaseModel):
    """Base of every model: Chinese labels in and out, form synonyms accepted, unknown labels kept."""

    model_config = ConfigDict(
        populate_by_name=True,
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        extra="allow",  # a label we do not model yet is kept, not silently dropped
        str_strip_whitespace=True,
    )

    @model_validator(mode="before")
    @classmethod
    def _canonical_keys(cls, data: Any) -> Any:
        """Rename form variants of a label (联系电话, 公民身份号码 …) to the label this model uses."""
        if not isinstance(data, dict):
            return data
        known = cls._known_keys()
        out: dict[str, Any] = {}
        for key, value in data.items():
            name = key
            if isinstance(key, str) and key not in known:
                canonical = L.canonical_label(key)
                if canonical and canonical in known and canonical not in data:
                    name = canonical
            out[name] = value
        return out

    @classmethod
    def _known_keys(cls) -> set[str]:
        keys: set[str] = set()
        for name, field in cls.model_fields.items():
            keys.add(name)
            if field.alias:
                keys.add(field.alias)
        return keys

    @classmethod
    def labels(cls) -> list[str]:
        """The canonical labels of this model in field order (the column order of exports)."""
        return [field.alias or name for name, field in cls.model_fields.items()]

    def to_json_dict(self) -> dict[str, Any]:
        """JSON-ready dict by Chinese label: dates as YYYY-MM-DD, lists as lists, blanks as null."""
        return self.model_dump(mode="json", by_alias=True)

    def to_row(self) -> dict[str, Any]:
        """One flat CSV/XLSX row by Chinese label: lists joined with 、, nested tables left out."""
        row: dict[str, Any] = {}
        for key, value in self.to_json_dict().items():
            if isinstance(value, list):
                if value and isinstance(value[0], dict):
                    continue
                row[key] = "、".join(str(v) for v in value)
            else:
                row[key] = value
        return row


def _id_issues(
    who: str,
    id_number: str | None,
    birth_date: date | None,
    age: int | None,
    gender: str | None,
    on: date,
) -> list[str]:
    """Check the written 出生日期 / 年龄 / 性别 against what the 身份证号 says."""
    if not id_number:
        return []
    try:
        info = parse_id_number(id_number, today=on)
    except ValueError as err:
        return [f"{who}身份证号无效：{err}"]
    issues: list[str] = []
    if birth_date and birth_date != info.birth_date:
        issues.append(
            f"{who}出生日期与身份证号不符：填写 {birth_date.isoformat()}，身份证号为 {info.birth_date.isoformat()}"
        )
    if age is not None and abs(age - info.age_on(on)) > 1:
        issues.append(f"{who}年龄与身份证号不符：填写 {age} 岁，按身份证号应为 {info.age_on(on)} 岁")
    if gender and gender not in ("男", "女"):
        issues.append(f"{who}性别填写无法识别：{gender}")
    elif gender and gender != info.gender:
        issues.append(f"{who}性别与身份证号不符：填写 {gender}，身份证号为 {info.gender}")
    return issues


def _normalise_gender(value: str | None) -> str | None:
    if value in ("男性", "M", "m", "male"):
        return "男"
    if value in ("女性", "F", "f", "female"):
        return "女"
    return value


class _PersonMixin(ArchiveModel):
    """Shared behaviour of rows that carry a 身份证号 with 出生日期 / 年龄 / 性别 next to it."""

    @field_validator("id_number", check_fields=False)
    @classmethod
    def _check_id(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value and _strict(info):
            parse_id_number(value)  # ValueError -> ValidationError
        return value

    @field_validator("gender", check_fields=False)
    @classmethod
    def _gender(cls, value: str | None) -> str | None:
        return _normalise_gender(value)

    @model_validator(mode="after")
    def _derive_from_id(self) -> _PersonMixin:
        """Fill 出生日期 / 性别 / 年龄 from a valid 身份证号 when the form left them blank."""
        number = getattr(self, "id_number", None)
        if not number:
            return self
        try:
            info = parse_id_number(number)
        except ValueError:
            return self
        if "birth_date" in type(self).model_fields and getattr(self, "birth_date", None) is None:
            object.__setattr__(self, "birth_date", info.birth_date)
        if "gender" in type(self).model_fields and getattr(self, "gender", None) is None:
            object.__setattr__(self, "gender", info.gender)
        if "age" in type(self).model_fields and getattr(self, "age", None) is None:
            object.__setattr__(self, "age", info.age_on(date.today()))
        return self

    def _person_issues(self, who: str, on: date) -> list[str]:
        # Only what was written is checked: values derived from the 身份证号 agree with it by construction
        # (and a derived 年龄 is today's, not the form's).
        written = self.model_fields_set
        return _id_issues(
            who,
            getattr(self, "id_number", None),
            getattr(self, "birth_date", None) if "birth_date" in written else None,
            getattr(self, "age", None) if "age" in written else None,
            getattr(self, "gender", None) if "gender" in written else None,
            on,
        )


# --- household and members ---------------------------------------------------------------------

M = L.MEMBER_LABELS
H = L.HOUSEHOLD_LABELS


class Member(_PersonMixin):
    """One row of 家庭成员信息表格 (ARCHIVE-SCHEMA.md §2)."""

    name: Text = _f(M["name"])
    relation: Text = _f(M["relation"])
    ethnicity: Text = _f(M["ethnicity"])
    id_number: IdNumber = _f(M["id_number"])
    birth_date: Day = _f(M["birth_date"])
    age: Count = _f(M["age"])
    gender: Text = _f(M["gender"])
    political_status: Text = _f(M["political_status"])
    monthly_income: Money = _f(M["monthly_income"])
    model_worker: Vocab = _f(M["model_worker"])
    health: Text = _f(M["health"])
    disease_category: Text = _f(M["disease_category"])
    medical_insurance: Vocab = _f(M["medical_insurance"])
    marital_status: Vocab = _f(M["marital_status"])
    hukou_type: Vocab = _f(M["hukou_type"])
    mobile: Digits = _f(M["mobile"])
    identity: Vocab = _f(M["identity"])
    education: Text = _f(M["education"])
    enrolment_year: Count = _f(M["enrolment_year"])
    study_years: Count = _f(M["study_years"])
    employer_or_school: Text = _f(M["employer_or_school"])
    employer_nature: Text = _f(M["employer_nature"])
    enterprise_status: Text = _f(M["enterprise_status"])
    industry: Text = _f(M["industry"])
    work_status: Vocab = _f(M["work_status"])
    contract_signed: Day = _f(M["contract_signed"])
    contract_term: Text = _f(M["contract_term"])

    @field_validator("mobile")
    @classmethod
    def _check_mobile(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value and _strict(info) and not is_valid_mobile(value):
            raise ValueError(f"手机号码格式错误: {value}")
        return value

    def check_consistency(self, *, on: date | None = None) -> list[str]:
        """Issues (Chinese) of this row alone: 身份证号 vs 出生日期/年龄/性别, 手机号码 shape."""
        who = f"家庭成员{self.name or ''}"
        issues = self._person_issues(who, on or date.today())
        if self.mobile and not is_valid_mobile(self.mobile):
            issues.append(f"{who}手机号码格式错误：{self.mobile}")
        if self.monthly_income is not None and self.monthly_income < 0:
            issues.append(f"{who}月收入为负数：{self.monthly_income}")
        return issues


def _cause(value: object) -> str | None:
    text = _text(value)
    return normalise_cause(text) if text else None


Cause = Annotated[str | None, BeforeValidator(_cause)]


class HouseholdRecord(_PersonMixin):
    """One household archive (一户一档): the 困难职工档案表 fields and the member table."""

    archive_no: Text = _f(H["archive_no"])
    unit: Text = _f(H["unit"])
    hardship_category: Vocab = _f(H["hardship_category"])
    archive_type: Text = _f(H["archive_type"])
    archive_standard: Text = _f(H["archive_standard"])
    name: Text = _f(H["name"])
    ethnicity: Text = _f(H["ethnicity"])
    gender: Text = _f(H["gender"])
    political_status: Text = _f(H["political_status"])
    id_number: IdNumber = _f(H["id_number"])
    birth_date: Day = _f(H["birth_date"])
    age: Count = _f(H["age"])
    health: Text = _f(H["health"])
    disease_category: Text = _f(H["disease_category"])
    work_status: Vocab = _f(H["work_status"])
    work_start: Day = _f(H["work_start"])
    housing_type: Vocab = _f(H["housing_type"])
    floor_area: Number = _f(H["floor_area"])
    mobile: Digits = _f(H["mobile"])
    other_contact: Text = _f(H["other_contact"])
    postcode: Digits = _f(H["postcode"])
    model_worker: Vocab = _f(H["model_worker"])
    marital_status: Vocab = _f(H["marital_status"])
    single_parent: YesNo = _f(H["single_parent"])
    medical_insurance: Vocab = _f(H["medical_insurance"])
    address: Text = _f(H["address"])
    employer: Text = _f(H["employer"])
    employer_nature: Text = _f(H["employer_nature"])
    enterprise_status: Text = _f(H["enterprise_status"])
    industry: Text = _f(H["industry"])
    monthly_income: Money = _f(H["monthly_income"])
    other_annual_income: Money = _f(H["other_annual_income"])
    household_annual_income: Money = _f(H["household_annual_income"])
    household_size: Count = _f(H["household_size"])
    per_capita_monthly_income: Money = _f(H["per_capita_monthly_income"])
    hukou_region: Text = _f(H["hukou_region"])
    hukou_type: Vocab = _f(H["hukou_type"])
    self_help: YesNo = _f(H["self_help"])
    zero_employment: YesNo = _f(H["zero_employment"])
    main_cause: Cause = _f(H["main_cause"])
    secondary_causes: list[str] = Field(default_factory=list, alias="次要致困原因")
    necessary_expenses: Money = _f(H["necessary_expenses"])
    bank: Text = _f(H["bank"])
    bank_branch: Text = _f(H["bank_branch"])
    bank_card: Digits = _f(H["bank_card"])
    dibao: YesNo = _f(H["dibao"])
    migrant_worker: YesNo = _f(H["migrant_worker"])
    contract_signed: Day = _f(H["contract_signed"])
    contract_term: Text = _f(H["contract_term"])
    created_by: Text = _f(H["created_by"])
    reviewed_by: Text = _f(H["reviewed_by"])
    entered_by: Text = _f(H["entered_by"])
    exit_target: YesNo = _f(H["exit_target"])
    key_group: Text = _f(H["key_group"])
    four_batches: Text = _f(H["four_batches"])
    action_plans: Text = _f(H["action_plans"])
    card_date: Day = _f(H["card_date"])
    helper_unit: Text = _f(H["helper_unit"])
    helper_contact: Text = _f(H["helper_contact"])
    hardship_description: Text = _f(H["hardship_description"])
    remarks: Text = _f(H["remarks"])
    # alias = labels.MEMBERS_LABEL, written out because mypy wants a literal
    members: list[Member] = Field(default_factory=list, alias="家庭成员")

    @field_validator("main_cause", mode="before")
    @classmethod
    def _one_main_cause(cls, value: object) -> object:
        """主要致困原因 is exactly one cause; a list with one item (ticked boxes) is unwrapped."""
        if isinstance(value, str):
            items = parse_list(value)
            if len(items) > 1:
                raise ValueError(f"主要致困原因只能有一项，实为 {len(items)} 项: {'、'.join(items)}")
            return items[0] if items else None
        if isinstance(value, list | tuple):
            items = parse_list(value)
            if len(items) > 1:
                raise ValueError(f"主要致困原因只能有一项，实为 {len(items)} 项: {'、'.join(items)}")
            return items[0] if items else None
        return value

    @field_validator("secondary_causes", mode="before")
    @classmethod
    def _secondary(cls, value: object) -> list[str]:
        """次要致困原因: 0-3 causes, from a list or a 、-separated cell; duplicates dropped."""
        items: list[str] = []
        for item in parse_list(value):
            word = normalise_cause(item)
            if word and word not in items:
                items.append(word)
        if len(items) > MAX_SECONDARY_CAUSES:
            raise ValueError(f"次要致困原因最多3项，实为 {len(items)} 项: {'、'.join(items)}")
        return items

    @field_validator("bank_card")
    @classmethod
    def _check_card(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value and _strict(info) and not luhn_valid(value):
            raise ValueError(f"银行卡号校验失败（Luhn）: {value}")
        return value

    @field_validator("mobile")
    @classmethod
    def _check_mobile(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value and _strict(info) and not is_valid_mobile(value):
            raise ValueError(f"手机号码格式错误: {value}")
        return value

    @model_validator(mode="after")
    def _derive_per_capita(self) -> HouseholdRecord:
        """家庭月人均收入 = 家庭年度总收入 / 12 / 家庭人口, filled in when the form left it blank."""
        if self.per_capita_monthly_income is None:
            derived = self.derived_per_capita_monthly_income
            if derived is not None:
                object.__setattr__(self, "per_capita_monthly_income", derived)
        return self

    def member_rows(self) -> list[dict[str, Any]]:
        """Rows of the 家庭成员 sheet / CSV: 职工编号 first, then the member labels."""
        return [{L.HOUSEHOLD_LABELS["archive_no"]: self.archive_no, **m.to_row()} for m in self.members]

    @property
    def derived_per_capita_monthly_income(self) -> float | None:
        """The per-capita figure the seeds define, from total and size; ``None`` if either is missing."""
        if self.household_annual_income is None or not self.household_size:
            return None
        return round(self.household_annual_income / 12 / self.household_size, 2)

    @property
    def national_main_cause(self) -> str | None:
        """主要致困原因 in the national wording (to compare forms of different provinces)."""
        if not self.main_cause:
            return None
        national = to_national_cause(self.main_cause)
        return national.value if national else None

    @property
    def national_secondary_causes(self) -> list[str]:
        out = []
        for cause in self.secondary_causes:
            national = to_national_cause(cause)
            out.append(national.value if national else cause)
        return out

    @property
    def per_capita_after_expenses(self) -> float | None:
        """(年度总收入 − 年度必要支出) / 12 / 人口: the figure the 湖南 tiers compare with the 低保 standard."""
        if self.household_annual_income is None or not self.household_size:
            return None
        expenses = self.necessary_expenses or 0.0
        return round((self.household_annual_income - expenses) / 12 / self.household_size, 2)

    def earning_people(self) -> list[str]:
        """Names of everyone with an income (the applicant first): each needs a 收入证明."""
        people = []
        if self.monthly_income:
            people.append(self.name or "本人")
        for member in self.members:
            if member.relation == "本人" or (member.id_number and member.id_number == self.id_number):
                continue
            if member.monthly_income:
                people.append(member.name or "家庭成员")
        return people

    def check_consistency(self, rules: RuleSet | None = None, *, on: date | None = None) -> list[str]:
        """Every issue (Chinese, one line each) that does not stop the record from being read.

        ``rules`` checks 职工编号 against that rule set's numbering; without it the configured rule
        set (``Settings.rules``) is used. ``on`` is the day ages are computed for (default: today);
        a written 年龄 may be one year off because forms are filled before or after a birthday.
        """
        day = on or date.today()
        issues = self._person_issues("申请人", day)
        if self.bank_card and not luhn_valid(self.bank_card):
            issues.append(f"银行卡号校验失败（Luhn）：{self.bank_card}")
        if self.mobile and not is_valid_mobile(self.mobile):
            issues.append(f"手机号码格式错误：{self.mobile}")
        if self.postcode and not re.fullmatch(r"\d{6}", self.postcode):
            issues.append(f"邮政编码应为6位数字：{self.postcode}")
        if self.archive_no:
            if rules is None:
                from dangan.schemas.rules import current_rules

                rules = current_rules()
            if not rules.archive_no_valid(self.archive_no):
                issues.append(f"职工编号不符合{rules.title or rules.name}编号规则：{self.archive_no}")
        if self.main_cause is None:
            issues.append("主要致困原因未填写")
        elif to_national_cause(self.main_cause) is None:
            issues.append(f"主要致困原因不在任何致困原因词表中：{self.main_cause}")
        if self.main_cause and self.main_cause in self.secondary_causes:
            issues.append(f"次要致困原因与主要致困原因重复：{self.main_cause}")
        for cause in self.secondary_causes:
            if to_national_cause(cause) is None:
                issues.append(f"次要致困原因不在任何致困原因词表中：{cause}")
        derived = self.derived_per_capita_monthly_income
        if (
            derived is not None
            and self.per_capita_monthly_income is not None
            and abs(derived - self.per_capita_monthly_income) > PER_CAPITA_TOLERANCE
        ):
            issues.append(
                f"家庭月人均收入与计算值不符：填写 {self.per_capita_monthly_income:.2f} 元，"
                f"家庭年度总收入/12/家庭人口 = {derived:.2f} 元"
            )
        people = 1 + sum(
            1
            for m in self.members
            if m.relation != "本人" and not (m.id_number and m.id_number == self.id_number)
        )
        if self.members and self.household_size and self.household_size != people:
            issues.append(
                f"家庭人口与成员表不符：填写 {self.household_size} 人，成员表（含申请人）{people} 人"
            )
        seen: dict[str, str] = {}
        for member in self.members:
            issues.extend(member.check_consistency(on=day))
            if member.id_number:
                if member.id_number in seen:
                    issues.append(f"身份证号重复：{member.id_number}")
                seen[member.id_number] = member.name or ""
        return issues


# --- paper documents ---------------------------------------------------------------------------


class PaperDocument(ArchiveModel):
    """A document of the paper archive; ``doc_type`` is one of ``labels.DOC_TYPES``."""

    doc_type: ClassVar[str] = "其他"

    def check_consistency(self, *, on: date | None = None) -> list[str]:
        """Issues of this document alone (none by default)."""
        return []


class IncomeCertificate(PaperDocument):
    """收入证明: 职工（家庭成员）工资收入证明 (河北 附件3), a payslip or a bank wage statement."""

    doc_type: ClassVar[str] = "收入证明"
    name: Text = _f("姓名")
    employer: Text = _f("工作单位")
    months: Count = _f("统计月数")
    monthly_wage: Money = _f("月均工资")
    monthly_net_wage: Money = _f("月均实发工资")
    annual_income: Money = _f("年收入")
    handled_by: Text = _f("经办人")
    phone: Digits = _f("联系电话")
    issued: Day = _f("出具日期")
    stamped: YesNo = _f("是否盖章")

    def check_consistency(self, *, on: date | None = None) -> list[str]:
        issues = []
        if self.stamped is False:
            issues.append("收入证明未盖章（劳资部门盖章）")
        if self.monthly_net_wage and self.monthly_wage and self.monthly_net_wage > self.monthly_wage:
            issues.append("收入证明月均实发工资高于月均工资")
        return issues


class DiagnosisCertificate(PaperDocument):
    """诊断证明 from a hospital (湖南: 二级以上医院)."""

    doc_type: ClassVar[str] = "诊断证明"
    hospital: Text = _f("医院名称")
    name: Text = _f("姓名")
    gender: Text = _f("性别")
    age: Count = _f("年龄")
    diagnosis: Text = _f("诊断")
    issued: Day = _f("出具日期")
    doctor: Text = _f("医师")
    stamped: YesNo = _f("是否盖章")

    @field_validator("gender")
    @classmethod
    def _gender(cls, value: str | None) -> str | None:
        return _normalise_gender(value)

    def check_consistency(self, *, on: date | None = None) -> list[str]:
        return ["诊断证明未盖章"] if self.stamped is False else []


class DisabilityCertificate(_PersonMixin, PaperDocument):
    """残疾人证: the 20-character 残疾人证号 is the 身份证号 + category digit + grade digit."""

    doc_type: ClassVar[str] = "残疾人证"
    name: Text = _f("姓名")
    gender: Text = _f("性别")
    id_number: IdNumber = _f("身份证号")
    certificate_no: Digits = _f("残疾人证号")
    category: Text = _f("残疾类别")
    grade: Text = _f("残疾等级")
    issued: Day = _f("发证日期")

    def check_consistency(self, *, on: date | None = None) -> list[str]:
        issues = _id_issues("残疾人证", self.id_number, None, None, self.gender, on or date.today())
        if (
            self.certificate_no
            and self.id_number
            and not self.certificate_no.upper().startswith(self.id_number)
        ):
            issues.append(f"残疾人证号与身份证号不符：{self.certificate_no}")
        return issues


class DibaoCertificate(PaperDocument):
    """低保证 (最低生活保障证) issued by 民政; 湖南 wants a stamp from within the last year."""

    doc_type: ClassVar[str] = "低保证"
    name: Text = _f("姓名")
    certificate_no: Text = _f("证号")
    persons: Count = _f("保障人数")
    monthly_amount: Money = _f("月保障金额")
    issuer: Text = _f("发证机关")
    valid: Text = _f("有效期")
    stamped: YesNo = _f("是否盖章")

    @property
    def valid_until(self) -> date | None:
        """The last date written in 有效期 ("2023年1月1日至2023年12月31日" -> 2023-12-31)."""
        if not self.valid:
            return None
        parts = re.split(r"至|到|—|~|～|-(?=\d{4})", self.valid)
        return parse_date(parts[-1].strip())

    def check_consistency(self, *, on: date | None = None) -> list[str]:
        issues = []
        if self.stamped is False:
            issues.append("低保证未盖章（民政部门审核盖章）")
        until = self.valid_until
        if until and until < (on or date.today()):
            issues.append(f"低保证已过有效期：{until.isoformat()}")
        return issues


class IdCard(_PersonMixin, PaperDocument):
    """身份证 (a copy in the archive)."""

    doc_type: ClassVar[str] = "身份证"
    name: Text = _f("姓名")
    gender: Text = _f("性别")
    ethnicity: Text = _f("民族")
    birth_date: Day = _f("出生日期")
    id_number: IdNumber = _f("身份证号")
    address: Text = _f("住址")

    def check_consistency(self, *, on: date | None = None) -> list[str]:
        return self._person_issues("身份证", on or date.today())


class HouseholdRegisterEntry(_PersonMixin):
    """One person's page of the 户口簿."""

    name: Text = _f("姓名")
    relation: Text = _f("关系")
    gender: Text = _f("性别")
    ethnicity: Text = _f("民族")
    birth_date: Day = _f("出生日期")
    id_number: IdNumber = _f("身份证号")


class HouseholdRegister(PaperDocument):
    """户口簿: the householder page and one entry per member."""

    doc_type: ClassVar[str] = "户口簿"
    head_name: Text = _f("户主姓名")
    address: Text = _f("住址")
    # alias = labels.MEMBERS_LABEL, written out because mypy wants a literal
    entries: list[HouseholdRegisterEntry] = Field(default_factory=list, alias="家庭成员")

    def check_consistency(self, *, on: date | None = None) -> list[str]:
        day = on or date.today()
        issues: list[str] = []
        for entry in self.entries:
            issues.extend(entry._person_issues(f"户口簿{entry.name or ''}", day))
        return issues


class PublicityProof(PaperDocument):
    """公示证明: the publicity period and its result (无异议 / 有异议)."""

    doc_type: ClassVar[str] = "公示证明"
    name: Text = _f("姓名")
    start: Day = _f("公示期起")
    end: Day = _f("公示期止")
    result: Text = _f("结果")
    stamped: YesNo = _f("是否盖章")

    def check_consistency(self, *, on: date | None = None) -> list[str]:
        issues = []
        if self.start and self.end and self.end < self.start:
            issues.append("公示期止早于公示期起")
        if self.result and "有异议" in self.result:
            issues.append("公示结果有异议")
        if self.stamped is False:
            issues.append("公示证明未盖章")
        return issues


class LabourContract(PaperDocument):
    """劳动合同 (migrant workers: at least one year, with the union's seal)."""

    doc_type: ClassVar[str] = "劳动合同"
    name: Text = _f("姓名")
    employer: Text = _f("用人单位")
    start: Day = _f("合同起始")
    end: Day = _f("合同终止")

    @property
    def term_days(self) -> int | None:
        if self.start and self.end:
            return (self.end - self.start).days + 1
        return None

    def check_consistency(self, *, on: date | None = None) -> list[str]:
        issues = []
        if self.start and self.end and self.end < self.start:
            issues.append("劳动合同终止日期早于起始日期")
        if self.end and self.end < (on or date.today()):
            issues.append(f"劳动合同已到期：{self.end.isoformat()}")
        return issues


class OtherDocument(PaperDocument):
    """其他: 录取通知书, 票据, 离婚证, 死亡证明 … (``labels.OTHER_DOC_KINDS``); kind and date at least."""

    doc_type: ClassVar[str] = "其他"
    kind: Text = _f("材料名称")
    name: Text = _f("姓名")
    day: Day = _f("日期")


# doc_type -> model; 建档申请表 is the household record itself.
DOCUMENT_MODELS: dict[str, type[ArchiveModel]] = {
    "建档申请表": HouseholdRecord,
    "收入证明": IncomeCertificate,
    "诊断证明": DiagnosisCertificate,
    "残疾人证": DisabilityCertificate,
    "低保证": DibaoCertificate,
    "身份证": IdCard,
    "户口簿": HouseholdRegister,
    "公示证明": PublicityProof,
    "劳动合同": LabourContract,
    "其他": OtherDocument,
}


def parse_document(
    doc_type: str,
    fields: dict[str, Any],
    members: list[dict[str, Any]] | None = None,
    *,
    strict: bool = False,
) -> ArchiveModel:
    """Build the model of one paper document from canonical-label fields (and member rows)."""
    try:
        model = DOCUMENT_MODELS[doc_type]
    except KeyError:
        raise ValueError(f"未知的材料类型: {doc_type!r}（应为 {'、'.join(L.DOC_TYPES)} 之一）") from None
    data = dict(fields)
    if members and model in (HouseholdRecord, HouseholdRegister):
        data.setdefault(L.MEMBERS_LABEL, members)
    return model.model_validate(data, context={"strict": strict})


def document_from_extraction(result: dict[str, Any], *, strict: bool = False) -> ArchiveModel:
    """The model of an ``extract_file`` result (``{"doc_type", "fields", "members", …}``)."""
    return parse_document(
        result.get("doc_type", "其他"), result.get("fields") or {}, result.get("members"), strict=strict
    )
