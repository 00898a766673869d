"""Rule sets: each union's variant of the archive rules, as versioned data (``rulesets/*.toml``).

Provinces and cities publish different material lists, tiers, deadlines and numbering; the code
must let a union pick its rule set (``Settings.rules`` / ``DANGAN_RULES``), not hard-code one.
A rule set is a TOML file read with ``tomllib`` into the ``RuleSet`` model below; a union can also
point ``DANGAN_RULES`` at its own ``.toml`` file, or keep its own rule sets in a folder outside the
package (``DANGAN_RULES_DIR``), which is searched first. The 低保 standards are one table
(``rulesets/dibao/<table>.toml``) that rule sets name; the shipped one is illustrative and says so.

Working days come from ``chinese-calendar`` (official holidays and adjusted working weekends).
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import chinese_calendar
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from dangan.errors import ConfigError
from dangan.schemas import labels as L
from dangan.schemas.normalise import parse_bool, parse_money
from dangan.schemas.vocab import cause_group, normalise_cause, normalise_vocab

__all__ = [
    "RULESETS_DIR",
    "Deadline",
    "Exemption",
    "Material",
    "RequiredMaterial",
    "RuleSet",
    "Tier",
    "add_working_days",
    "available_rules",
    "current_rules",
    "is_working_day",
    "load_rules",
    "working_days_between",
]

RULESETS_DIR = Path(__file__).with_name("rulesets")


# --- working days ------------------------------------------------------------------------------


def is_working_day(day: date) -> bool:
    """A working day in mainland China, holidays and adjusted (调休) weekends included.

    chinese-calendar only ships the years the State Council has announced (see its
    ``constants.holidays``); outside them it raises NotImplementedError and we fall back to plain
    Monday-Friday, which is wrong only around holidays not yet published.
    """
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return day.weekday() < 5


def add_working_days(start: date, n: int) -> date:
    """The day ``n`` working days after ``start`` (``start`` itself not counted); negative goes back.

    "within 15 working days" of an event on ``start`` means "on or before add_working_days(start, 15)".
    """
    step = 1 if n >= 0 else -1
    day, left = start, abs(n)
    while left:
        day += timedelta(days=step)
        if is_working_day(day):
            left -= 1
    return day


def working_days_between(a: date, b: date) -> int:
    """Working days after ``a`` up to and including ``b`` (negative when ``b`` is before ``a``).

    The inverse of ``add_working_days``: ``working_days_between(d, add_working_days(d, n)) == n``.
    """
    if b < a:
        return -working_days_between(b, a)
    return sum(1 for i in range(1, (b - a).days + 1) if is_working_day(a + timedelta(days=i)))


# --- the rule-set model ------------------------------------------------------------------------

Condition = str  # always | cause:<group> | migrant | single_parent | dibao_holder | dibao_edge | dibao
Per = Literal["household", "person", "earning_person"]
_CONDITIONS = ("always", "migrant", "single_parent", "dibao_holder", "dibao_edge", "dibao")


class Material(BaseModel):
    """One line of a material list: a document type, when it is needed and how many."""

    model_config = ConfigDict(extra="forbid")

    doc_type: str  # one of labels.DOC_TYPES
    name: str  # what the seed calls it (申请表, 户籍证明 …), for people
    purpose: str  # application | identity | income | cause_proof | publicity | contract | dibao | other
    when: Condition = "always"
    per: Per = "household"
    kind: str | None = None  # for 其他: which kind (labels.OTHER_DOC_KINDS)
    min_age: int | None = None  # per person: only people at least this old (身份证 from 16)
    note: str = ""

    @field_validator("doc_type")
    @classmethod
    def _known_doc_type(cls, value: str) -> str:
        if value not in L.DOC_TYPES:
            raise ValueError(f"未知的材料类型 {value!r}（应为 {'、'.join(L.DOC_TYPES)} 之一）")
        return value

    @field_validator("when")
    @classmethod
    def _known_condition(cls, value: str) -> str:
        if value not in _CONDITIONS and not value.startswith("cause:"):
            raise ValueError(f"未知的条件 {value!r}")
        return value


class Exemption(BaseModel):
    """A household kind that needs fewer materials (杭州: 低保证 holders, 低保边缘户)."""

    model_config = ConfigDict(extra="forbid")

    when: Condition
    only: list[str] | None = None  # keep only these purposes
    drop: list[str] = Field(default_factory=list)  # drop these purposes
    note: str = ""


class Tier(BaseModel):
    """A tier of archive: per-capita income after necessary expenses within ``max_multiple`` × 低保."""

    name: str
    max_multiple: float
    note: str = ""


class Deadline(BaseModel):
    """A time limit: ``days`` working days (or calendar days) after an event, or a minimum length."""

    days: int
    working: bool = True
    minimum: bool = False  # a minimum duration (publicity) rather than a time limit
    note: str = ""

    def due(self, start: date) -> date:
        """The last allowed day for something that must happen within this deadline of ``start``."""
        return add_working_days(start, self.days) if self.working else start + timedelta(days=self.days)

    def length(self, start: date, end: date) -> int:
        """The length of the period ``start``..``end`` (both included) in this deadline's unit."""
        if self.working:
            return working_days_between(start - timedelta(days=1), end)
        return (end - start).days + 1


class RequiredMaterial(BaseModel):
    """One document a household must have: its type, the person it is for, and why."""

    doc_type: str
    name: str
    purpose: str
    kind: str | None = None
    person: str | None = None
    note: str = ""


class RuleSet(BaseModel):
    """One union's rules, loaded from ``rulesets/<name>.toml``; see that folder for the fields."""

    model_config = ConfigDict(extra="forbid")

    name: str
    version: str
    title: str = ""
    source: str
    cause_wording: Literal["national", "hangzhou", "hebei", "hunan"]
    causes: list[str]
    categories: list[str] = Field(default_factory=list)
    cause_proof_for: Literal["main", "all"] = "main"
    numbering_pattern: str
    numbering_example: str = ""
    tiers: list[Tier] = Field(default_factory=list)
    deadlines: dict[str, Deadline] = Field(default_factory=dict)
    materials: list[Material]
    exemptions: list[Exemption] = Field(default_factory=list)
    dibao_note: str = ""
    dibao_standards: dict[str, dict[int, float]] = Field(default_factory=dict)
    dibao_illustrative: bool = False  # the shipped example figures, not a local authority's table
    path: str = ""  # the file it was read from (shown when something about it is wrong)

    @model_validator(mode="after")
    def _compiles(self) -> RuleSet:
        re.compile(self.numbering_pattern)
        self.tiers.sort(key=lambda t: t.max_multiple)
        return self

    # -- numbering -------------------------------------------------------------------------------

    def archive_no_valid(self, no: str) -> bool:
        """Does a 职工编号 follow this rule set's numbering (杭州: 单位 + 年份 + 4位序号)?"""
        if not no:
            return False
        text = re.sub(r"\s", "", no)
        match = re.fullmatch(self.numbering_pattern, text)
        if not match:
            return False
        year = match.groupdict().get("year")
        return not (year and not 1990 <= int(year) <= date.today().year + 1)

    def parse_archive_no(self, no: str) -> dict[str, str] | None:
        """The named parts (unit, year, serial) of a valid 职工编号, or ``None``."""
        match = re.fullmatch(self.numbering_pattern, re.sub(r"\s", "", no or ""))
        return {k: v for k, v in match.groupdict().items() if v is not None} if match else None

    # -- 低保 standards and tiers ----------------------------------------------------------------

    def _region_key(self, region: str) -> str | None:
        text = re.sub(r"\s", "", region or "")
        if not text:
            return None
        if text in self.dibao_standards:
            return text
        # "浙江省杭州市上城区" or "杭州": the longest known region named in the text, or naming it.
        # A district named after its city ("杭州市富阳区") wins: it is the more specific standard.
        hits = [k for k in self.dibao_standards if k in text or k.rstrip("市区县") == text]
        return max(hits, key=lambda k: (text.rfind(k), len(k))) if hits else None

    def dibao_standard(self, region: str, year: int) -> float | None:
        """The monthly 低保 standard (yuan) of ``region`` in ``year``: the latest one set by that year."""
        key = self._region_key(region)
        if key is None:
            return None
        years = [y for y in self.dibao_standards[key] if y <= year]
        return self.dibao_standards[key][max(years)] if years else None

    def tier_for(self, per_capita_after_expenses: float | None, region: str, year: int) -> str | None:
        """The lowest tier whose limit (multiple × 低保) the per-capita figure stays within, or ``None``."""
        if per_capita_after_expenses is None:
            return None
        standard = self.dibao_standard(region, year)
        if standard is None:
            return None
        for tier in self.tiers:
            if per_capita_after_expenses <= tier.max_multiple * standard + 1e-9:
                return tier.name
        return None

    # -- deadlines -------------------------------------------------------------------------------

    def deadline(self, name: str) -> Deadline | None:
        """A named deadline: sync, entry_after_approval, assistance_entry, publicity."""
        return self.deadlines.get(name)

    def add_working_days(self, start: date, n: int) -> date:
        """Same as the module function; here so callers holding only a RuleSet need no other import."""
        return add_working_days(start, n)

    def working_days_between(self, a: date, b: date) -> int:
        """Same as the module function (working days after ``a`` up to and including ``b``)."""
        return working_days_between(a, b)

    def publicity_long_enough(self, start: date, end: date) -> bool | None:
        """Is a publicity period (both days included) at least this rule set's minimum?"""
        rule = self.deadlines.get("publicity")
        if rule is None:
            return None
        return rule.length(start, end) >= rule.days

    # -- materials -------------------------------------------------------------------------------

    def required_items(
        self, household: Mapping[str, Any] | Any, members: Iterable[Mapping[str, Any] | Any] = ()
    ) -> list[RequiredMaterial]:
        """Every document the household's paper archive must hold, one entry per document."""
        data = _as_labels(household)
        people = _people(data, [_as_labels(m) for m in members] or _as_list(data.get(L.MEMBERS_LABEL)))
        facts = _facts(data, people) | {"scope": self.cause_proof_for}
        chosen = [m for m in self.materials if _holds(m.when, facts)]
        for exemption in self.exemptions:
            if _holds(exemption.when, facts):
                if exemption.only is not None:
                    chosen = [m for m in chosen if m.purpose in exemption.only]
                chosen = [m for m in chosen if m.purpose not in exemption.drop]
        out: list[RequiredMaterial] = []
        for m in chosen:
            if m.per == "household":
                targets: list[str | None] = [None]
            elif m.per == "earning_person":
                targets = [p["name"] for p in people if p["income"]]
            else:
                targets = [
                    p["name"]
                    for p in people
                    if m.min_age is None or p["age"] is None or p["age"] >= m.min_age
                ]
            out.extend(
                RequiredMaterial(
                    doc_type=m.doc_type, name=m.name, purpose=m.purpose, kind=m.kind, person=t, note=m.note
                )
                for t in targets
            )
        return out

    def required_materials(
        self, household: Mapping[str, Any] | Any, members: Iterable[Mapping[str, Any] | Any] = ()
    ) -> list[str]:
        """The document types (``labels.DOC_TYPES``) required, one entry per document.

        Compare with the classified documents as a multiset (``collections.Counter``): two earning
        members mean two 收入证明.
        """
        return [item.doc_type for item in self.required_items(household, members)]

    def cause_in_vocabulary(self, cause: str) -> bool:
        """Is this wording one of the boxes printed on this rule set's form?"""
        return normalise_cause(cause) in self.causes


# --- facts about a household (the conditions materials depend on) ------------------------------


def _as_labels(obj: Any) -> dict[str, Any]:
    if obj is None:
        return {}
    if hasattr(obj, "model_dump"):
        return obj.model_dump(by_alias=True)
    return dict(obj)


def _as_list(value: Any) -> list[dict[str, Any]]:
    return [_as_labels(v) for v in value] if isinstance(value, list) else []


def _age(person: Mapping[str, Any]) -> int | None:
    age = person.get("年龄")
    if isinstance(age, int):
        return age
    from dangan.schemas.validators import parse_id_number

    number = person.get("身份证号")
    if number:
        try:
            return parse_id_number(str(number)).age_on(date.today())
        except ValueError:
            return None
    return None


def _people(household: Mapping[str, Any], members: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The applicant and the other members, each once, with name, income and age."""
    applicant_income = parse_money(household.get("本人月平均收入"))
    people = [
        {
            "name": household.get("姓名") or "本人",
            "income": bool(applicant_income and applicant_income > 0),
            "age": _age(household),
        }
    ]
    for member in members:
        same_id = member.get("身份证号") and member.get("身份证号") == household.get("身份证号")
        if member.get("关系") == "本人" or same_id:
            continue
        income = parse_money(member.get("月收入"))
        people.append(
            {
                "name": member.get("姓名") or "家庭成员",
                "income": bool(income and income > 0),
                "age": _age(member),
            }
        )
    return people


def _facts(household: Mapping[str, Any], people: list[dict[str, Any]]) -> dict[str, Any]:
    category = normalise_vocab(str(household.get("困难类别") or ""))
    marital = normalise_vocab(str(household.get("婚姻状况") or ""))
    main = household.get("主要致困原因")
    if isinstance(main, list):
        main = main[0] if main else None
    secondary = household.get("次要致困原因") or []
    if isinstance(secondary, str):
        secondary = re.split(r"[、,，;；]", secondary)
    causes = [normalise_cause(str(c)) for c in [main, *secondary] if c]
    dibao = parse_bool(household.get("有无低保"))
    return {
        "main_group": cause_group(normalise_cause(str(main))) if main else None,
        "all_groups": {cause_group(c) for c in causes},
        "migrant": bool(parse_bool(household.get("是否农民工")) or "农民工" in category),
        "single_parent": bool(parse_bool(household.get("是否单亲")) or marital in ("离异", "丧偶")),
        "dibao_holder": bool(dibao or category == "持证困难户"),
        "dibao": bool(dibao),
        "dibao_edge": category == "低保边缘户",
    }


def _holds(condition: str, facts: Mapping[str, Any]) -> bool:
    if condition == "always":
        return True
    if condition.startswith("cause:"):
        groups = set(condition.removeprefix("cause:").split("|"))
        return (
            bool(groups & facts["all_groups"])
            if facts.get("scope") == "all"
            else facts["main_group"] in groups
        )
    return bool(facts.get(condition))


# --- loading -----------------------------------------------------------------------------------


def _rule_dirs() -> list[Path]:
    """Where rule sets are looked up: a union's own folder (``DANGAN_RULES_DIR``) first, then the package."""
    own = os.environ.get("DANGAN_RULES_DIR")
    return [*([Path(own).expanduser()] if own else []), RULESETS_DIR]


def available_rules() -> list[str]:
    """Names of the rule sets that can be chosen (``DANGAN_RULES_DIR`` and the shipped ``rulesets/*.toml``)."""
    return sorted({p.stem for d in _rule_dirs() if d.is_dir() for p in d.glob("*.toml")})


@lru_cache(maxsize=32)
def _load_path(path: Path) -> RuleSet:
    data = _read_toml(path, "规则集文件")
    try:
        fields = _from_toml(data, path)
        return RuleSet.model_validate({**fields, "path": str(path)})
    except ValueError as err:
        first = str(err).splitlines()
        detail = "；".join(line.strip() for line in first[1:3]) or first[0]
        raise ConfigError(f"规则集文件不合规：{path}：{detail}（可选规则集：{'、'.join(available_rules())}）"
                          ) from err


def _read_toml(path: Path, what: str) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise ConfigError(f"{what}无法读取：{path}（{err}）（可选规则集：{'、'.join(available_rules())}）"
                          ) from err


def _dibao_table(name: str, beside: Path) -> dict[str, Any]:
    """The 低保 table a rule set names: ``dibao/<name>.toml`` beside it, in DANGAN_RULES_DIR, or shipped."""
    for folder in [beside.parent, *_rule_dirs()]:
        path = folder / "dibao" / f"{name}.toml"
        if path.is_file():
            return _read_toml(path, "低保标准表")
    raise ConfigError(f"规则集 {beside} 引用的低保标准表不存在：dibao/{name}.toml")


def _from_toml(data: dict[str, Any], path: Path) -> dict[str, Any]:
    """TOML layout -> model fields: ``[numbering]``, the named or inline 低保 table, int year keys."""
    out = dict(data)
    numbering = out.pop("numbering", {})
    out.setdefault("numbering_pattern", numbering.get("pattern", r".+"))
    out.setdefault("numbering_example", numbering.get("example", ""))
    dibao = dict(out.pop("dibao", {}))
    if "table" in dibao:
        dibao = {**_dibao_table(str(dibao.pop("table")), path), **dibao}
    out["dibao_note"] = dibao.get("note", "")
    out["dibao_illustrative"] = bool(dibao.get("illustrative", False))
    out["dibao_standards"] = {
        region: {int(year): float(amount) for year, amount in years.items()}
        for region, years in dibao.get("standards", {}).items()
    }
    return out


def load_rules(name: str) -> RuleSet:
    """A rule set by name (national, hunan, hebei, hangzhou, or one in DANGAN_RULES_DIR) or by .toml path."""
    candidate = Path(name)
    if candidate.suffix == ".toml":
        if not candidate.is_file():
            raise ConfigError(f"规则集文件不存在：{name}（可选规则集：{'、'.join(available_rules())}）")
        return _load_path(candidate.resolve())
    key = name.strip().lower()
    for folder in _rule_dirs():
        path = folder / f"{key}.toml"
        if key and "/" not in key and path.is_file():
            return _load_path(path.resolve())
    raise ConfigError(
        f"未知的规则集：{name!r}（可选：{'、'.join(available_rules())}，或一个 .toml 文件路径；"
        f"见 DANGAN_RULES / DANGAN_RULES_DIR）"
    )


def current_rules() -> RuleSet:
    """The rule set chosen by configuration (``DANGAN_RULES``, default national)."""
    from dangan.config import load_settings

    return load_rules(load_settings().rules)
