"""The rule set reconciliation runs against: ``dangan.schemas.rules.load_rules`` when available.

``Rules`` is the narrow interface this stage needs. It delegates to the schema stage's ``RuleSet``
and falls back, method by method, to the small built-in tables below (Hangzhou, Hunan, Hebei,
national, from the seeds) when the schema stage lacks a method or is not installed yet — so a
partial rule set never stops a reconciliation run.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from dangan.schemas.vocab import cause_group

Material = str | tuple[str, ...]  # a doc type, or alternatives of which one suffices

# 低保 standard (元/人/月) by region code prefix: a coarse fallback, the rule sets hold the real table.
_DIBAO_FALLBACK: dict[str, float] = {"3301": 917.0, "43": 600.0, "13": 650.0, "": 700.0}

# Working-day deadlines (seeds): entry after approval, paper/electronic sync.
_DEADLINES: dict[str, dict[str, int]] = {
    "hunan": {"entry_after_approval": 7, "sync": 15, "publicity": 5},
    "hangzhou": {"sync": 15},
    "hebei": {"sync": 30},
    "national": {"sync": 30},
}
_TIERS: dict[str, dict[str, float]] = {
    "hunan": {"全总级": 1.0, "省级": 1.5, "地市级": 2.0},
    "hebei": {"全国级": 1.0, "地市级": 2.0},
    "national": {"全总级": 1.0, "全国级": 1.0, "省级": 1.5, "地市级": 2.0},
    # Hangzhou: a local standard must not exceed 2 × 低保 — every category shares that ceiling.
    "hangzhou": {
        "持证困难户": 2.0,
        "低保边缘户": 2.0,
        "意外致困户": 2.0,
        "临时困难户": 2.0,
        "其他困难户": 2.0,
    },
}
_HANGZHOU_NO = re.compile(r"^\D+(19|20)\d{2}\d{4}$")

# Evidence by cause group (湖南 附件3, `001_…`): which doc types prove the cause.
_CAUSE_EVIDENCE: dict[str, Material] = {
    "疾病": "诊断证明",
    "残疾": "残疾人证",
    "上学": "其他",
    "灾害": "其他",
    "事故": "其他",
}


def _is_yes(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return str(value).strip() in {"是", "有", "true", "True", "1", "☑", "✓"}


@dataclass
class Rules:
    name: str
    impl: Any = None  # the schema stage's RuleSet, when there is one
    deadlines: dict[str, int] = field(default_factory=dict)
    _thresholds: tuple[int, ...] | None = None
    _dibao_cache: dict[tuple[str, int], float | None] = field(default_factory=dict)
    _shape_cache: dict[tuple[Any, ...], list[tuple[Material, str | None, str, str | None]]] = field(
        default_factory=dict
    )

    # -- delegation helper ------------------------------------------------------------------
    def _call(self, method: str, *args: Any) -> Any:
        fn = getattr(self.impl, method, None) if self.impl is not None else None
        if fn is None:
            raise LookupError(method)
        return fn(*args)

    # -- required materials -----------------------------------------------------------------
    def required_items(
        self, household: Mapping[str, Any], members: Sequence[Mapping[str, Any]]
    ) -> list[tuple[Material, str | None, str, str | None]]:
        """(doc type or alternatives, person or None, what the seed calls it, kind of a 其他), one per document.

        The schema's ``RuleSet.required_items`` depends on a few household facts and, per person, on
        "earns something" and the age; 100,000 households share few such shapes, so results are
        memoised by shape with placeholder names and the real names put back (see the 100k benchmark).
        """
        if self.impl is not None and hasattr(self.impl, "required_items"):
            try:
                shape, names = _shape(household, members, self._age_thresholds())
                items = self._items_for_shape(shape)
                return [(m, names.get(p, p) if p else None, n, k) for m, p, n, k in items]
            except Exception:
                pass
        return [
            (m, None, m if isinstance(m, str) else "/".join(m), None)
            for m in self.required_materials(household, members)
        ]

    def _age_thresholds(self) -> tuple[int, ...]:
        if self._thresholds is None:
            ages = {getattr(m, "min_age", None) for m in getattr(self.impl, "materials", [])}
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
            cached = [
                (str(i.doc_type), getattr(i, "person", None), str(getattr(i, "name", i.doc_type)),
                 getattr(i, "kind", None))
                for i in self.impl.required_items(household, members)
            ]
            self._shape_cache[shape] = cached
        return cached

    def required_materials(
        self, household: Mapping[str, Any], members: Sequence[Mapping[str, Any]]
    ) -> list[Material]:
        try:
            result = self._call("required_materials", household, members)
            return [tuple(m) if isinstance(m, list | tuple | set | frozenset) else str(m) for m in result]
        except LookupError:
            return self._fallback_materials(household, members)

    def _fallback_materials(
        self, household: Mapping[str, Any], members: Sequence[Mapping[str, Any]]
    ) -> list[Material]:
        category = str(household.get("困难类别") or "")
        dibao = _is_yes(household.get("有无低保", False)) or category == "持证困难户"
        migrant = _is_yes(household.get("是否农民工", False))
        causes = [str(household.get("主要致困原因") or "")]
        sec = household.get("次要致困原因") or []
        causes += list(sec) if isinstance(sec, list | tuple) else [str(sec)]
        groups = {cause_group(c) for c in causes if c}
        if self.name == "hangzhou":
            if dibao:
                return ["建档申请表", "低保证"]
            needed: list[Material] = ["建档申请表", "户口簿", "身份证", "收入证明", "公示证明"]
            if category != "低保边缘户":
                main = cause_group(causes[0]) if causes[0] else "其他"
                needed.append(_CAUSE_EVIDENCE.get(main, ("诊断证明", "残疾人证", "其他")))
            if migrant:
                needed.append("劳动合同")
            return needed
        needed = ["建档申请表", "身份证", "户口簿", "收入证明", "公示证明"]
        if dibao:
            needed.append("低保证")
        for g in sorted(groups):
            ev = _CAUSE_EVIDENCE.get(g)
            if ev is not None and ev not in needed:
                needed.append(ev)
        if migrant:
            needed.append("劳动合同")
        return needed

    # -- numbering -----------------------------------------------------------------------------
    def archive_no_valid(self, archive_no: str) -> bool:
        try:
            return bool(self._call("archive_no_valid", archive_no))
        except LookupError:
            if self.name == "hangzhou":
                return bool(_HANGZHOU_NO.match(archive_no))
            return bool(archive_no.strip())

    # -- tiers and 低保 -------------------------------------------------------------------------
    def dibao_standard(self, region: str, year: int) -> float | None:
        key = (region, year)
        if key not in self._dibao_cache:
            self._dibao_cache[key] = self._dibao_standard(region, year)
        return self._dibao_cache[key]

    def _dibao_standard(self, region: str, year: int) -> float | None:
        try:
            value = self._call("dibao_standard", region, year)
            return float(value) if value is not None else None
        except (LookupError, KeyError, ValueError, TypeError):
            for prefix in sorted(_DIBAO_FALLBACK, key=len, reverse=True):
                if str(region).startswith(prefix):
                    return _DIBAO_FALLBACK[prefix]
            return None

    def tier_ceiling(self, category: str) -> float | None:
        """Multiple of the 低保 standard that a household of this category must stay within.

        A category that is not a tier of the rule set (杭州's 持证困难户 …) must still stay within
        the loosest tier: above it no archive may be kept at all.
        """
        impl_tiers = getattr(self.impl, "tiers", None)
        if isinstance(impl_tiers, list) and impl_tiers:
            multiples = {str(getattr(t, "name", "")): getattr(t, "max_multiple", None) for t in impl_tiers}
            value = multiples.get(category)
            if isinstance(value, int | float):
                return float(value)
            known = [float(v) for v in multiples.values() if isinstance(v, int | float)]
            if known:
                return max(known)
        table = _TIERS.get(self.name, _TIERS["national"])
        return table.get(category, max(table.values()))

    # -- working days ----------------------------------------------------------------------------
    def working_days_between(self, start: date, end: date) -> int:
        try:
            return int(self._call("working_days_between", start, end))
        except LookupError:
            return _working_days_between(start, end)

    def publicity_ok(self, start: date, end: date) -> bool | None:
        """Was the publicity (both days included) at least the minimum (湖南 5 working days, 杭州 a week)?"""
        try:
            result = self._call("publicity_long_enough", start, end)
            return None if result is None else bool(result)
        except LookupError:
            if self.name == "hangzhou":
                return (end - start).days + 1 >= 7
            days = self.deadline("publicity")
            if days is None:
                return None
            return _working_days_between(start - timedelta(days=1), end) >= days

    def deadline(self, key: str) -> int | None:
        """Working days allowed for ``key`` (sync, entry_after_approval …), or None when the set has none."""
        impl_deadlines = getattr(self.impl, "deadlines", None)
        if isinstance(impl_deadlines, dict) and impl_deadlines:
            value = impl_deadlines.get(key)
            if isinstance(value, int):
                return value
            days = getattr(value, "days", None)
            if isinstance(days, int) and getattr(value, "working", True):
                return days
            return None
        return self.deadlines.get(key)


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


def _working_days_between(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end`` (chinese-calendar knows the 调休 days)."""
    try:
        from chinese_calendar import get_workdays

        if end <= start:
            return 0
        return len(get_workdays(start + timedelta(days=1), end))
    except Exception:  # years outside chinese-calendar's table: plain Monday-Friday
        days = 0
        d = start
        while d < end:
            d += timedelta(days=1)
            days += d.weekday() < 5
        return days


def load(name: str) -> Rules:
    impl = None
    try:
        from dangan.schemas.rules import load_rules

        impl = load_rules(name)
    except Exception:
        impl = None
    return Rules(name=name, impl=impl, deadlines=dict(_DEADLINES.get(name, _DEADLINES["national"])))
