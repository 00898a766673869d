"""The rule set reconciliation runs against: a thin, memoising view of ``dangan.schemas.rules.RuleSet``.

The rule tables (materials, tiers, deadlines, numbering, 低保 standards) exist once, in the TOML rule
sets read by the schema stage; this module adds only what reconciliation needs on top (memoised
material lists by household shape, a tier ceiling for categories that are not tiers). An unknown or
invalid rule set is a ``ConfigError`` naming the problem and the rule sets available — never a silent
fallback to other tables.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dangan.schemas.rules import RuleSet, load_rules

Material = str | tuple[str, ...]  # a doc type, or alternatives of which one suffices

ILLUSTRATIVE_NOTE = "低保标准为示例参数（非官方数据），据此得出的档次问题仅供参考，须配置当地民政部门公布的标准"
TIER_FIELD = "困难类别"  # the field of the tier check's findings (kind "rule", computed from 低保 figures)


def flag_illustrative(findings: list[dict[str, Any]], rules_name: str | None) -> list[dict[str, Any]]:
    """Beside each tier finding, say that the 低保 figures are examples, while the rule set's table is."""
    from dangan.errors import ConfigError

    try:
        illustrative = load(rules_name).dibao_illustrative if rules_name else True
    except ConfigError:
        illustrative = True  # a rule set no longer available: nothing vouches for its figures
    if illustrative:
        for f in findings:
            if uses_dibao(f):
                f["detail"] = f"{f.get('detail') or ''}【{ILLUSTRATIVE_SHORT}】"
    return findings


ILLUSTRATIVE_SHORT = "低保标准为示例参数，仅供参考"


def uses_dibao(finding: Mapping[str, Any]) -> bool:
    """Is this a tier finding, i.e. computed from the 低保 table (flagged while that table is illustrative)?"""
    return finding.get("kind") == "rule" and str(finding.get("field") or "") == TIER_FIELD and (
        "低保" in str(finding.get("detail") or ""))


@dataclass
class Rules:
    name: str
    impl: RuleSet
    _thresholds: tuple[int, ...] | None = None
    _dibao_cache: dict[tuple[str, int], float | None] = field(default_factory=dict)
    _shape_cache: dict[tuple[Any, ...], list[tuple[Material, str | None, str, str | None]]] = field(
        default_factory=dict
    )

    # -- what people read about the rule set ------------------------------------------------
    @property
    def title(self) -> str:
        """The Chinese name shown in reports and the CLI (杭州市工会困难职工建档规则), never the file key."""
        return self.impl.title or self.name

    @property
    def source(self) -> str:
        return self.impl.source

    @property
    def dibao_illustrative(self) -> bool:
        """True while the 低保 table is the shipped example, not a local authority's own figures."""
        return self.impl.dibao_illustrative

    def describe(self) -> str:
        """One line for report covers: Chinese name, the seed it follows, and the 低保 caveat if any."""
        text = f"{self.title}（{self.name} {self.impl.version}；依据 {self.source}）"
        return text + (f"；{ILLUSTRATIVE_NOTE}" if self.dibao_illustrative else "")

    # -- required materials -----------------------------------------------------------------
    def required_items(
        self, household: Mapping[str, Any], members: Sequence[Mapping[str, Any]]
    ) -> list[tuple[Material, str | None, str, str | None]]:
        """(doc type or alternatives, person or None, what the seed calls it, kind of a 其他), one per document.

        The schema's ``RuleSet.required_items`` depends on a few household facts and, per person, on
        "earns something" and the age; 100,000 households share few such shapes, so results are
        memoised by shape with placeholder names and the real names put back (see the 100k benchmark).
        """
        shape, names = _shape(household, members, self._age_thresholds())
        items = self._items_for_shape(shape)
        return [(m, names.get(p, p) if p else None, n, k) for m, p, n, k in items]

    def _age_thresholds(self) -> tuple[int, ...]:
        if self._thresholds is None:
            ages = {m.min_age for m in self.impl.materials}
            self._thresholds = tuple(sorted(a for a in ages if isinstance(a, int)))
        return self._thresholds

    def _items_for_shape(self, shape: tuple[Any, ...]) -> list[tuple[Material, str | None, str, str | None]]:
        cached = self._shape_cache.get(shape)
        if cached is None:
            facts, people = shape
            household = dict(facts)
            household.update({"姓名": "P0", "本人月平均收入": people[0][0], "年龄": people[0][1]})
            members = [{"姓名": f"P{i}", "关系": "家庭成员", "月收入": inc, "年龄": age}
                       for i, (inc, age) in enumerate(people[1:], 1)]
            cached = [(str(i.doc_type), i.person, str(i.name), i.kind)
                      for i in self.impl.required_items(household, members)]
            self._shape_cache[shape] = cached
        return cached

    def required_materials(
        self, household: Mapping[str, Any], members: Sequence[Mapping[str, Any]]
    ) -> list[Material]:
        result = self.impl.required_materials(dict(household), [dict(m) for m in members])
        return [tuple(m) if isinstance(m, list | tuple | set | frozenset) else str(m) for m in result]

    # -- numbering -----------------------------------------------------------------------------
    def archive_no_valid(self, archive_no: str) -> bool:
        return bool(self.impl.archive_no_valid(archive_no))

    # -- tiers and 低保 -------------------------------------------------------------------------
    def dibao_standard(self, region: str, year: int) -> float | None:
        key = (region, year)
        if key not in self._dibao_cache:
            value = self.impl.dibao_standard(region, year)
            self._dibao_cache[key] = float(value) if value is not None else None
        return self._dibao_cache[key]

    def tier_ceiling(self, category: str) -> float | None:
        """Multiple of the 低保 standard that a household of this category must stay within.

        A category that is not a tier of the rule set (杭州's 持证困难户 …) must still stay within
        the loosest tier: above it no archive may be kept at all.
        """
        multiples = {t.name: t.max_multiple for t in self.impl.tiers}
        if not multiples:
            return None
        return float(multiples.get(category, max(multiples.values())))

    # -- working days ----------------------------------------------------------------------------
    def working_days_between(self, start: date, end: date) -> int:
        return int(self.impl.working_days_between(start, end))

    def publicity_ok(self, start: date, end: date) -> bool | None:
        """Was the publicity (both days included) at least the minimum (湖南 5 working days, 杭州 a week)?"""
        return self.impl.publicity_long_enough(start, end)

    def deadline(self, key: str) -> int | None:
        """Working days allowed for ``key`` (sync, entry_after_approval …), or None when the set has none."""
        rule = self.impl.deadline(key)
        return rule.days if rule is not None and rule.working else None


# The household facts the schema's material lists depend on (schemas/rules.py ``_facts``).
SHAPE_FIELDS: tuple[str, ...] = ("困难类别", "婚姻状况", "主要致困原因", "次要致困原因", "有无低保", "是否农民工", "是否单亲")


def _freeze(value: Any) -> Any:
    if isinstance(value, list | tuple | set | frozenset):
        return tuple(sorted(str(v) for v in value))
    return value


def _person_age(person: Mapping[str, Any]) -> int | None:
    age = person.get("年龄")
    if isinstance(age, int | float) and not isinstance(age, bool):
        return int(age)
    number = person.get("身份证号")
    if number:
        from dangan.reconcile.normal import id_info, norm_id

        info = id_info(norm_id(number))
        return None if isinstance(info, str) else info.age_on(date.today())
    return None


def _bucket(age: int | None, thresholds: tuple[int, ...]) -> int | None:
    """The age a person is represented by: the highest threshold reached (0 below all), None unknown."""
    if age is None:
        return None
    reached = [t for t in thresholds if age >= t]
    return max(reached) if reached else 0


def _shape(
    household: Mapping[str, Any], members: Sequence[Mapping[str, Any]], thresholds: tuple[int, ...]
) -> tuple[tuple[Any, ...], dict[str, str]]:
    facts = tuple((k, _freeze(household.get(k))) for k in SHAPE_FIELDS)
    me = household.get("姓名") or "本人"
    people = [(_earns(household.get("本人月平均收入")), _bucket(_person_age(household), thresholds))]
    names = {"P0": str(me)}
    my_id = household.get("身份证号")
    for m in members:
        if m.get("关系") == "本人" or (my_id and m.get("身份证号") == my_id):
            continue
        names[f"P{len(people)}"] = str(m.get("姓名") or "家庭成员")
        people.append((_earns(m.get("月收入")), _bucket(_person_age(m), thresholds)))
    return (facts, tuple(people)), names


def _earns(value: Any) -> int:
    from dangan.reconcile.normal import to_number

    n = to_number(value)
    return 1 if n and n > 0 else 0


def load(name: str) -> Rules:
    """The rule set by name or path; ``ConfigError`` (one line: what is wrong, which sets exist) otherwise."""
    return Rules(name=name, impl=load_rules(name))
