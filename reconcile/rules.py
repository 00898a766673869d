"""Rule checks of ARCHIVE-SCHEMA.md §4 on each household, and the required materials of the rule set.

Rules look at "the record": the electronic data where the household has one (the system of record),
otherwise what the paper says. Each finding carries a ``rule`` code so that two rules on the same
field keep distinct fingerprints.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from dangan.reconcile.compare import Finding, Holder, Judge, PaperHousehold, finding, match_members, name_only
from dangan.reconcile.evidence import (
    CLASS_CONFIDENCE,
    CLASS_SURE,
    HOW_MACHINE,
    LIKELY_CONFIDENCE,
    POLICY,
    VERIFY,
    invalid_reason,
    provenance,
    reading_trusted,
    trust_threshold,
)
from dangan.reconcile.normal import (
    CAUSE_LABEL,
    CAUSES_LABEL,
    chars_apart,
    filled,
    id_info,
    is_blank,
    money_equal,
    norm_id,
    norm_text,
    to_bool,
    to_date,
    to_number,
)
from dangan.reconcile.ruleset import Rules

# Columns some exports and forms carry for the exclusions of 湖南 第七条 / 河北 填表说明 1.
_EXCLUSION_KEYS: dict[str, str] = {
    "住房套数": "拥有2套（含）以上住宅",
    "住宅套数": "拥有2套（含）以上住宅",
    "房产套数": "拥有2套（含）以上住宅",
    "是否有商业店铺": "拥有商业店铺",
    "是否雇佣他人": "雇佣他人从事经营活动",
    "子女是否就读高收费私立学校": "子女进入高收费私立学校",
    "子女是否自费出国留学": "子女自费出国留学",
    "是否经常使用机动车辆": "经常使用机动车辆、船舶、工程机械或大型农机具",
}
_APPROVAL_KEYS = ("审批日期", "审批时间", "认定日期", "认定时间", "审核日期")
_ENTRY_KEYS = ("录入日期", "录入时间", "入库时间", "建档录入时间")
_PAPER_DATE_KEYS = ("出具日期", "发证日期", "公示期止", "日期", "填表日期", "申请日期")


def _iso(value: Any) -> date | None:
    text = to_date(value)
    if text is None or len(text) != 10:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def trusted_fields(paper: PaperHousehold) -> dict[str, Any]:
    """The paper fields a rule may stand on: settled, well read, or corroborated (never a doubtful reading)."""
    if not paper.confidence and not paper.sources:
        return dict(paper.fields)  # truth or a person's record: nothing to doubt
    judge = Judge(paper)
    return {k: v for k, v in paper.fields.items() if judge.trusted(k, v)[0]}


def trusted_members(paper: PaperHousehold) -> list[dict[str, Any]]:
    """The member rows a rule may stand on; an identity the table lacks or misread is taken from another
    paper of that member read surely (the 户口簿's or their own card's 身份证号: their age decides whether a
    身份证 can be asked of them)."""
    if not paper.member_meta or all(not meta.get("conf") for meta in paper.member_meta):
        return list(paper.members)
    judge = Judge(paper)
    out = []
    for m in paper.members:
        row = {k: v for k, v in m.items() if judge.trusted(k, v, m)[0]}
        if (name := _papers_agree_on_name(judge, m)) is not None:
            row["姓名"] = name
        for k in ("身份证号", "出生日期"):
            if is_blank(row.get(k)):
                alt = next((r["value"] for r in judge.others(k, m) if reading_trusted(k, r)), None)
                if alt is not None:
                    row[k] = alt
        out.append(row)
    return out


def _papers_agree_on_name(judge: Judge, member: Mapping[str, Any]) -> str | None:
    """The member's name as two or more of their other papers (their card, the 户口簿 row: matched to the table's
    row by 身份证号 or name) read it surely and alike, where the table reads another: the table's one reading
    against two is the misread one (金建立 on card and 户口簿, 全建工 in the table), and the material a rule
    asks of that member is named as the papers name them. None: no such agreement."""
    others = [r for r in judge.others("姓名", member) if reading_trusted("姓名", r)]
    names = {norm_text(str(r["value"])) for r in others}
    papers = {(r.get("document_id"), r.get("file")) for r in others}
    if len(names) != 1 or len(papers) < 2 or norm_text(str(member.get("姓名") or "")) in names:
        return None
    return str(others[0]["value"])


def record_of(paper: PaperHousehold | None, electronic: Mapping[str, Any] | None) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Electronic data over trusted paper fields; the electronic member table when there is one."""
    data: dict[str, Any] = trusted_fields(paper) if paper else {}
    if electronic:
        data.update(filled(electronic.get("data") or {}))
    members = list((electronic or {}).get("members") or []) or (trusted_members(paper) if paper else [])
    return data, members


@lru_cache(maxsize=65536)
def archive_year(no: str, as_of: date) -> int | None:
    """The year in a 职工编号 numbered 单位 + year + 4-digit serial (杭州), when there is one."""
    digits = "".join(ch for ch in no if ch.isdigit())
    if len(digits) >= 8 and 1990 <= int(digits[-8:-4]) <= as_of.year:
        return int(digits[-8:-4])
    return None


def _person_checks(
    out: list[Finding], no: str, unit: str | None, person: Mapping[str, Any], prefix: str, as_of: date,
    year: int | None = None,
) -> None:
    raw = person.get("身份证号")
    if is_blank(raw):
        return
    info = id_info(norm_id(raw))
    label = prefix + "身份证号"
    if isinstance(info, str):
        out.append(finding(no, unit, "rule", label, None, raw, info, rule="id_invalid"))
        return
    born = person.get("出生日期")
    if not is_blank(born):
        text = to_date(born)
        if text is not None and not info.birth_date.isoformat().startswith(text):
            out.append(
                finding(no, unit, "rule", prefix + "出生日期", None, born,
                        f"与身份证号不符（身份证号为 {info.birth_date.isoformat()}）", rule="birth_vs_id")
            )
    gender = person.get("性别")
    if not is_blank(gender) and str(gender).strip() not in (info.gender, info.gender + "性"):
        out.append(
            finding(no, unit, "rule", prefix + "性别", None, gender,
                    f"与身份证号不符（身份证号为{info.gender}）", rule="gender_vs_id")
        )
    age = to_number(person.get("年龄"))
    if age is not None:
        lo, hi = info.stated_ages(as_of, year)
        if not lo <= age <= hi:
            when = f"{year}年" if year else "核查日"
            out.append(
                finding(no, unit, "rule", prefix + "年龄", None, person.get("年龄"),
                        f"与身份证号推算的年龄（{when}约 {max(lo + 1, 0)}–{hi - 1} 岁）不符", rule="age_vs_id")
            )


def household_rules(
    no: str,
    unit: str | None,
    data: Mapping[str, Any],
    members: Sequence[Mapping[str, Any]],
    rules: Rules,
    as_of: date,
) -> list[Finding]:
    out: list[Finding] = []
    year = archive_year(no, as_of)
    _person_checks(out, no, unit, data, "", as_of, year)
    for m in members:
        _person_checks(out, no, unit, m, f"家庭成员[{str(m.get('姓名') or '?').strip()}].", as_of, year)

    if not rules.archive_no_valid(no):
        out.append(finding(no, unit, "rule", "职工编号", None, no, f"编号不符合{rules.name}规则集的编号格式",
                           rule="archive_no_format"))

    size = to_number(data.get("家庭人口"))
    if size is not None:
        if size < 1:
            out.append(finding(no, unit, "rule", "家庭人口", None, data.get("家庭人口"), "家庭人口应至少为1",
                               rule="household_size"))
        elif members and int(size) not in (len(members), len(members) + 1):
            # the member table lists the family with or without the householder (forms differ)
            out.append(finding(no, unit, "rule", "家庭人口", len(members), data.get("家庭人口"),
                               f"家庭人口与家庭成员表人数（{len(members)}）不符", rule="household_size"))

    total = to_number(data.get("家庭年度总收入"))
    per_capita = to_number(data.get("家庭月人均收入"))
    if total is not None and per_capita is not None and size and size >= 1:
        expected = round(total / 12 / size, 2)
        if not money_equal(expected, per_capita):
            out.append(finding(no, unit, "rule", "家庭月人均收入", expected, data.get("家庭月人均收入"),
                               f"应为 家庭年度总收入/12/家庭人口 = {expected}", rule="per_capita"))

    _tier_check(out, no, unit, data, rules, as_of, total, size)

    for key, what in _EXCLUSION_KEYS.items():
        if key not in data or is_blank(data[key]):
            continue
        value = data[key]
        hit = (to_number(value) or 0) >= 2 if key.endswith("套数") else bool(to_bool(value))
        if hit:
            out.append(finding(no, unit, "rule", key, None, value, f"不应建档：{what}", rule="exclusion"))

    limit = rules.deadline("entry_after_approval")
    if limit is not None:
        approved = next((_iso(data[k]) for k in _APPROVAL_KEYS if k in data and _iso(data[k])), None)
        entered = next((_iso(data[k]) for k in _ENTRY_KEYS if k in data and _iso(data[k])), None)
        if approved and entered:
            days = rules.working_days_between(approved, entered)
            if days > limit:
                out.append(finding(no, unit, "rule", "录入时间", approved.isoformat(), entered.isoformat(),
                                   f"审批后 {days} 个工作日才录入（应在 {limit} 个工作日内）",
                                   rule="entry_deadline"))
    return out


def _tier_check(
    out: list[Finding], no: str, unit: str | None, data: Mapping[str, Any], rules: Rules, as_of: date,
    total: float | None, size: float | None,
) -> None:
    category = data.get("困难类别")
    if is_blank(category) or total is None or not size or size < 1:
        return
    ceiling = rules.tier_ceiling(str(category).strip())
    if ceiling is None:
        return
    region = str(data.get("户口所在地行政区划") or "")
    year = archive_year(no, as_of) or as_of.year
    dibao = rules.dibao_standard(region, year)
    if not dibao:
        return
    expenses = to_number(data.get("年度必要支出")) or 0.0
    net = (total - expenses) / 12 / size
    if net > ceiling * dibao * 1.005:
        out.append(finding(no, unit, "rule", "困难类别", round(net, 2), category,
                           f"（总收入−必要支出）/12/人口 = {net:.2f} 元，超过 {ceiling:g} 倍低保标准 "
                           f"{dibao:g} 元", rule="tier"))


def duplicate_ids(records: Mapping[str, tuple[Mapping[str, Any], Sequence[Mapping[str, Any]], str | None]]) -> list[Finding]:
    """The same 身份证号 in two archives (householder or member): one household, one archive."""
    where: dict[str, list[tuple[str, str, Any]]] = defaultdict(list)
    for no, (data, members, _unit) in records.items():
        seen: set[str] = set()
        people = [("", data)] + [(f"家庭成员[{str(m.get('姓名') or '?').strip()}].", m) for m in members]
        for prefix, person in people:
            nid = norm_id(person.get("身份证号"))
            if len(nid) == 18 and nid not in seen:
                seen.add(nid)
                where[nid].append((no, prefix, person.get("身份证号")))
    out: list[Finding] = []
    for hits in where.values():
        if len(hits) < 2:
            continue
        archives = sorted({h[0] for h in hits})
        if len(archives) < 2:
            continue
        for no, prefix, raw in hits:
            others = [a for a in archives if a != no]
            out.append(finding(no, records[no][2], "rule", prefix + "身份证号", None, raw,
                               f"同一身份证号也在档案 {', '.join(others)} 中（一户一档，严禁重复建档）",
                               rule="duplicate_id"))
    return out


@lru_cache(maxsize=256)
def kind_options(kind: str) -> frozenset[str]:
    return frozenset(norm_text(k) for k in kind.split("|"))


# What the material list calls a person whose name nobody read (schemas.rules, reconcile.ruleset)
_UNNAMED = ("本人", "家庭成员")


@dataclass(slots=True)
class _Paper:
    """A document as the material list sees it."""

    doc_type: str
    kind: str  # what a 其他 says it is (材料名称), "" when not read
    holders: tuple[Holder, ...]
    confidence: float | None  # of the classification
    sure_type: bool  # classified with high confidence, or by a person / the truth
    unidentified: bool  # the classifier named no type (其他 at low confidence, nothing read naming it)
    source: Any = None  # the document itself (its provenance: shown as a page in the 待核对 list)
    # the types the paper shows any sign of (extraction's doc_type_candidates); None: not known (a person's
    # or the truth's classification, an older extraction, a paper with no sign of any type)
    could_be: frozenset[str] | None = None

    def may_be(self, alts: tuple[str, ...]) -> bool:
        """Whether a doubt about this paper may be a doubt about one of these materials."""
        return self.could_be is None or any(a in self.could_be for a in alts)


def _papers(documents: Iterable[Mapping[str, Any]]) -> list[_Paper]:
    out: list[_Paper] = []
    for d in documents:
        flds = d.get("fields") or {}
        conf = d.get("confidence")
        conf = float(conf) if isinstance(conf, int | float) else None
        doc_type = str(d.get("doc_type") or "其他")
        kind = norm_text(str(flds.get("材料名称") or d.get("kind") or ""))
        if not _names_itself(kind, (d.get("field_confidence") or {}).get("材料名称")):
            kind = ""
        # a 其他 whose 材料名称 was read names itself: the classifier's low score says only that no type won
        low = conf is not None and conf < CLASS_CONFIDENCE and not POLICY.naive and not (doc_type == "其他" and kind)
        holders = d.get("holders") or _holders_of_fields(flds, d.get("field_confidence") or {})
        signs = d.get("doc_type_candidates")
        could_be = frozenset(signs) if signs and not POLICY.naive else None
        out.append(_Paper(doc_type, kind, tuple(holders), conf, not low, low and doc_type == "其他" and not kind, d,
                          could_be))
    return out


def _names_itself(kind: str, confidence: Any) -> bool:
    """Whether a 材料名称 says what the paper is: not the bare word 其他 (what a reader puts when nothing on the
    page names the paper), nor a reading below ``CLASS_CONFIDENCE``: such a paper is as unidentified as one
    with no 材料名称 (a 户口簿 page the classifier missed must leave the missing 户口簿 in doubt)."""
    if not kind or kind == "其他":
        return False
    return not (isinstance(confidence, int | float) and confidence < CLASS_CONFIDENCE)


def _holders_of_fields(flds: Mapping[str, Any], conf: Mapping[str, Any]) -> tuple[Holder, ...]:
    """The holder of a document given as a plain dict (its 姓名 and 身份证号)."""
    name = norm_text(str(flds.get("姓名") or ""))
    number = norm_id(flds.get("身份证号")) or None
    if not name and number is None:
        return ()
    c = conf.get("姓名")
    sure = bool(name) and (POLICY.naive or not isinstance(c, int | float) or c >= trust_threshold("姓名"))
    likely = sure or (bool(name) and isinstance(c, int | float) and c >= LIKELY_CONFIDENCE)
    return (Holder(name, number if number and not isinstance(id_info(number), str) else None, sure, likely),)


def _people_ids(data: Mapping[str, Any], members: Sequence[Mapping[str, Any]]) -> dict[str, str | None]:
    """Normalised name → normalised 身份证号 (or None) of everyone of the household."""
    out: dict[str, str | None] = {}
    for person in (data, *members):
        name = norm_text(str(person.get("姓名") or ""))
        if name:
            out[name] = norm_id(person.get("身份证号")) or out.get(name)
    return out


def _aged(person: Mapping[str, Any], day: date) -> dict[str, Any]:
    """The person with the 年龄 their valid 身份证号 gives on ``day`` (what the material list depends on)."""
    info = id_info(norm_id(person.get("身份证号"))) if person.get("身份证号") else None
    if info is None or isinstance(info, str):
        return dict(person)
    return {**person, "年龄": info.age_on(day)}


def papers_day(documents: Iterable[Any], as_of: date) -> date | None:
    """The latest date the household's papers carry (surely read, not after ``as_of``): when they were put
    together (a 收入证明's 出具日期, the 公示期 …)."""
    dates = [
        d for doc in documents for k in _PAPER_DATE_KEYS
        if (d := _iso((doc.get("fields") or {}).get(k))) is not None and d <= as_of and _sure(doc)(k)
    ]
    return max(dates) if dates else None


def _required(
    data: Mapping[str, Any], members: Sequence[Mapping[str, Any]], docs: list[_Paper], rules: Rules,
    documents: list[Any], as_of: date | None,
    doubtful: tuple[Mapping[str, Any], Sequence[Mapping[str, Any]]] | None = None,
    export: Mapping[str, Any] | None = None,
    unread: frozenset[str] = frozenset(),
) -> tuple[list[tuple[tuple[str, ...], str | None, str, str | None, str]], date]:
    """(alternatives, person, name, kind, unsure) per required document; ``unsure`` says why the requirement
    itself is not sure ("" : it is).

    Ages are taken on the day the papers were put together: a child who turned 16 since then had no
    身份证 to copy (“未满16周岁者通常无身份证”), so that requirement is unsure (a reading to verify, never a
    missing material). ``doubtful``: the record with every reading, the doubtful ones too; a requirement
    that only one of the two records makes (是否农民工 read at 0.84: the 劳动合同) rests on a doubtful
    reading, so it is unsure too. ``export``: the record with the export's household facts first; a
    requirement it does not make rests on a field paper and export disagree on (a cause misread surely
    asks for a 诊断证明), so it is unsure as well (the disagreement itself is a finding or a reading to verify).
    ``unread``: fields the household's form prints but no reading of which was taken (a cause ticked where no
    box was found); a requirement only those fields' export values make rests on the export alone, and the
    form may say otherwise: unsure too.
    """
    household: Mapping[str, Any] = data
    if any(p.doc_type == "低保证" and p.sure_type for p in docs) and is_blank(data.get("有无低保")):
        household = {**data, "有无低保": "有"}
    now = as_of or date.today()
    then = papers_day(documents, now) or now
    items_now = rules.required_items(_aged(household, now), [_aged(m, now) for m in members])
    if then == now:
        items_then = items_now
    else:
        items_then = rules.required_items(_aged(household, then), [_aged(m, then) for m in members])
    left = list(items_then)
    other = _doubtful_items(household is not data, doubtful, rules, now)
    blind = (rules.required_items(_aged({k: v for k, v in household.items() if k not in unread}, now),
                                  [_aged(m, now) for m in members]) if unread else None)
    exported = _doubtful_items(household is not data, (export, members) if export else None, rules, now)
    maybe_dibao = _maybe_dibao(docs) if household is data and is_blank(data.get("有无低保")) else []
    as_dibao = _doubtful_items(True, (household, members), rules, now) if maybe_dibao else None
    if_dibao = f"本户有可能是低保证的文件（{'、'.join(maybe_dibao)}），若是则按持低保证户不需要该材料"
    out = []
    for item in items_now:
        material, person, name, kind = item
        why = ""
        if item in left:
            left.remove(item)
        else:
            why = f"{person}在本户材料的日期（{then.isoformat()}）之后才到达要求的年龄"
        if blind is not None and item not in blind and not why:
            why = f"是否需要该材料取决于纸质申请表未读出的项（{'、'.join(sorted(unread))}），仅凭电子档案的记载"
        for also, unless in ((other, "是否需要该材料取决于把握不足的读数"),
                             (exported, "按电子档案的记载不需要该材料（纸质与电子档案在决定所需材料的项上不一致）"),
                             (as_dibao, if_dibao)):
            if also is not None and item in also:
                also.remove(item)
            elif also is not None and not why:
                why = unless  # the other record does not ask for it: the requirement itself is unsure
        alts = (material,) if isinstance(material, str) else tuple(material)
        out.append((alts, person, name, kind, why))
    named = {norm_text(str(p.get("姓名") or "")) for p in (data, *members)} - {""}
    for material, person, name, kind in other or []:  # only the doubtful readings ask for these
        if person is None or norm_text(person) in named:
            alts = (material,) if isinstance(material, str) else tuple(material)
            out.append((alts, person, name, kind, "是否需要该材料取决于把握不足的读数"))
    return out, then


def _maybe_dibao(docs: list[_Paper]) -> list[str]:
    """Papers that may be a 低保证 though none is surely one (a 低保证 classified 户口簿 at 0.80, its candidates
    naming 低保证, beside the household's own 户口簿): a 低保 household's material list is another, so what only
    the other list asks is unsure. A paper that is the only one of its type (the application form, whose text
    names every kind of paper) is that paper, not a 低保证."""
    if POLICY.naive:
        return []
    of_type = Counter(p.doc_type for p in docs)
    return [f"识别为{p.doc_type}、可能是低保证的文件（分类置信度 {p.confidence or 0:.2f}）" for p in docs
            if (p.doc_type == "低保证" and not p.sure_type) or (
                p.doc_type != "低保证" and of_type[p.doc_type] > 1 and p.could_be is not None
                and "低保证" in p.could_be and p.confidence is not None and p.confidence < CLASS_SURE)]


def _doubtful_items(
    dibao: bool, doubtful: tuple[Mapping[str, Any], Sequence[Mapping[str, Any]]] | None, rules: Rules, now: date,
) -> list[Any] | None:
    """The requirements of the record with every reading (None: no doubtful reading to weigh);
    ``dibao``: a 低保证 is surely among the papers."""
    if doubtful is None or POLICY.naive:
        return None
    data, members = doubtful
    if dibao and is_blank(data.get("有无低保")):
        data = {**data, "有无低保": "有"}
    return list(rules.required_items(_aged(data, now), [_aged(m, now) for m in members]))


class _Attribution:
    """Which document stands for which requirement: a person's by a sure name of theirs or their 身份证号
    on it, a household's by any document surely of the type; and which documents leave a doubt."""

    def __init__(self, docs: list[_Paper], people: dict[str, str | None], aka: Mapping[str, set[str]]) -> None:
        self.docs, self.people, self.aka = docs, people, aka
        self.ids = {v for v in people.values() if v}
        self.everyone = set(people).union(*aka.values()) if aka else set(people)
        self.used: set[tuple[int, int]] = set()  # (document, holder) attributed to a person
        self.taken: set[int] = set()  # documents that stand for a requirement

    def names_of(self, who: str) -> set[str]:
        return self.aka.get(who) or {who}

    def is_of(self, h: Holder, who: str) -> bool:
        """The holder's name is one this person goes by, or holds it whole with one misread mark beside it
        (元段倩 for 段倩) and no one else's name."""
        names = self.names_of(who)
        if h.name in names:
            return True
        inside = {n for n in self.everyone if len(n) >= 2 and n in h.name}
        return bool(inside) and inside <= names and len(h.name) <= max(map(len, inside)) + 1

    def near_of(self, h: Holder) -> set[str]:
        """Names of the household that a name of no one differs from in one character (侯王: 侯玉)."""
        if len(h.name) < 2 or h.name in self.everyone:
            return set()
        return {n for n in self.everyone if chars_apart(n, h.name, 1)}

    def fits(self, i: int, alts: tuple[str, ...], kind: str | None) -> bool:
        p = self.docs[i]
        # a kind may list alternatives ("离婚证|死亡证明"): the seeds accept any one of them
        return p.doc_type in alts and (not kind or not p.kind or p.kind in kind_options(kind) or p.doc_type != "其他")

    def sure_of(self, alts: tuple[str, ...], kind: str | None) -> list[int]:
        return [i for i, p in enumerate(self.docs) if p.sure_type and not p.unidentified and self.fits(i, alts, kind)]

    def someone_elses(self, h: Holder, who: str) -> bool:
        """Surely another person of the household (a sure name of theirs, or their 身份证号)."""
        if self.is_of(h, who) or (h.id_number is not None and h.id_number == self.people.get(who)):
            return False
        if h.sure and (near := self.near_of(h)) and not near & self.names_of(who):
            # read surely, one character off another person's name and off no name of theirs: the
            # other person's paper with a character misread (that person's material waits for a reader)
            return h.id_number is None or h.id_number in self.ids
        if h.id_number is not None and h.id_number in self.ids:
            return True
        if h.sure:
            return h.name in self.everyone
        return self.unlike(h, who)

    def unlike(self, h: Holder, who: str) -> bool:
        """A name read fairly well (``Holder.likely``) that is another person's, or one character off it, and
        shares no character with any name of this person: a misreading does not turn 石晓玲 into 魏強鑫."""
        if not h.likely or len(h.name) < 2 or h.id_number is not None:
            return False
        if any(set(h.name) & set(n) for n in self.names_of(who)):
            return False
        return h.name in self.everyone or bool(self.near_of(h))

    def attribute(self, alts: tuple[str, ...], person: str, kind: str | None) -> bool:
        who = norm_text(person)
        pid = self.people.get(who)
        hit = next(((i, j) for i in self.sure_of(alts, kind) for j, h in enumerate(self.docs[i].holders)
                    if (i, j) not in self.used and (self.is_of(h, who) or (pid and h.id_number == pid))), None)
        if hit is not None:
            self.used.add(hit)
            self.taken.add(hit[0])
        return hit is not None

    def take(self, alts: tuple[str, ...], kind: str | None) -> bool:
        j = next((i for i in self.sure_of(alts, kind) if i not in self.taken), None)
        if j is not None:
            self.taken.add(j)
        return j is not None

    def spare(self, i: int) -> bool:
        """Classified as a type with some doubt (below ``CLASS_SURE``) and taken for no requirement of that type:
        it may be another material, one the household seems to lack."""
        p = self.docs[i]  # a paper whose 材料名称 was read names itself (a 其他 that says it is a bank card)
        return (i not in self.taken and p.sure_type and not p.kind and p.confidence is not None
                and p.confidence < CLASS_SURE and not POLICY.naive)

    def doubts(self, alts: tuple[str, ...], person: str | None, kind: str | None) -> dict[str, _Paper]:
        """Documents that may be this material, though they do not prove it (note → document)."""
        who = norm_text(person) if person else ""
        out: dict[str, _Paper] = {}
        if person:  # of the type, but whose holder is not surely someone else
            nobody = (Holder("", None, False),)
            for i in self.sure_of(alts, kind):
                for j, h in enumerate(self.docs[i].holders or nobody):
                    if (i, j) not in self.used and not self.someone_elses(h, who):
                        out.setdefault(_doubt_note(self.docs[i], h), self.docs[i])
        for i, p in enumerate(self.docs):
            # an unidentified page is typed 其他 only because no type won: that it "fits" an 其他 material says
            # nothing, only the signs it shows do (a page showing signs of a 低保证 is no disaster proof)
            maybe = ((not p.sure_type and not p.unidentified and self.fits(i, alts, kind))
                     or (p.unidentified and p.may_be(alts)))
            spare = not maybe and not self.fits(i, alts, kind) and self.spare(i) and p.may_be(alts)
            elses = bool(person and p.holders and all(self.someone_elses(h, who) for h in p.holders))
            if (maybe or spare) and i not in self.taken and not elses:
                out.setdefault(_doubt_note(p, spare=spare), p)
        return out


def missing_materials(
    no: str, unit: str | None, data: Mapping[str, Any], members: Sequence[Mapping[str, Any]],
    documents: Iterable[Mapping[str, Any]], rules: Rules, *, as_of: date | None = None,
    aka: Mapping[str, set[str]] | None = None,
    doubtful: tuple[Mapping[str, Any], Sequence[Mapping[str, Any]]] | None = None,
    export: Mapping[str, Any] | None = None,
    unread: frozenset[str] = frozenset(),
    strangers: frozenset[str] = frozenset(),
) -> list[Finding]:
    """The rule set's list (one entry per document) against the classified documents, as a multiset.

    A material is claimed missing only when no document of the household is surely of its type, and
    (for a person's 身份证, 收入证明 …) none is surely that person's: a sure name or their 身份证号 on it.
    A document of the type whose holder was not read surely, a doubtful classification, or a document the
    classifier could not name is a reading to verify (待核对), not a finding. A 其他 of a named kind
    (医药费票据 …) needs a 其他 document of that 材料名称 when the document says what it is.
    """
    documents = list(documents)
    docs = _papers(documents)
    items, _then = _required(data, members, docs, rules, documents, as_of, doubtful, export, unread)
    match = _Attribution(docs, _people_ids(data, members), aka or {})
    pending = [it for it in items if not (it[1] and match.attribute(it[0], str(it[1]), it[3]))]
    # named kinds first, so a generic requirement does not take the one receipt a named one needs
    pending.sort(key=lambda p: p[3] is None)
    # every requirement takes its document first: what is left over (``spare``) is known only then
    pending = [it for it in pending if it[1] or not match.take(it[0], it[3])]
    out: list[Finding] = []
    seen: dict[str, int] = {}
    for alts, person, name, kind, unsure in pending:
        doubt = match.doubts(alts, person, kind)
        label = (kind if kind and alts == ("其他",) else "/".join(alts)) + (f"[{person}]" if person else "")
        seen[label] = seen.get(label, 0) + 1
        if seen[label] > 1:
            label = f"{label}#{seen[label]}"
        what = f"{rules.name} 规则集要求的材料缺失: {name}" + (f"（{person}）" if person else "")
        unnamed = bool(person) and (person in _UNNAMED or invalid_reason("姓名", person) is not None)
        stranger = bool(person) and norm_text(str(person)) in strangers
        if doubt or unsure or unnamed or stranger:
            if doubt:
                why = f"本户有可能是该材料但无法确认的文件（{'、'.join(doubt)}）"
            elif unnamed:
                why = "有一名家庭成员的姓名未能读出" if person in _UNNAMED else f"家庭成员的姓名读作“{person}”，未能确认"
            elif stranger:
                why = f"家庭成员“{person}”在纸质表中只读出姓名，电子档案中没有此人"
            else:
                why = unsure
            seen_on = [provenance(p.source, None, None, p.confidence, HOW_MACHINE) for p in doubt.values()
                       if p.source is not None and (p.source.get("document_id") or p.source.get("file"))]
            out.append(finding(no, unit, VERIFY, label, None, None, f"待核对：{why}，请确认；若确实没有则{what}",
                               evidence=seen_on or None))
        else:
            out.append(finding(no, unit, "missing_material", label, None, None, what))
    return out


def _doubt_note(p: _Paper, h: Holder | None = None, *, spare: bool = False) -> str:
    """Why a document may be the material though it does not prove it (shown in the 待核对 detail)."""
    if spare:
        return f"识别为{p.doc_type}但把握不足、可能是其他材料的文件（分类置信度 {p.confidence or 0:.2f}）"
    if p.unidentified:
        return f"未能识别类型的文件（分类置信度 {p.confidence or 0:.2f}）"
    if not p.sure_type:
        return f"识别为{p.doc_type}但把握不足（分类置信度 {p.confidence or 0:.2f}）"
    if h is None or not h.name:
        return f"{p.doc_type}（未读出持有人姓名）"
    return f"{p.doc_type}（持有人姓名读作“{h.name}”，无法确认）"


def sync_deadline(
    no: str, unit: str | None, paper: PaperHousehold | None, mismatches: int, rules: Rules, as_of: date
) -> list[Finding]:
    """Paper changed, electronic did not follow: a mismatch older than the sync deadline."""
    limit = rules.deadline("sync")
    if not mismatches or limit is None or paper is None:
        return []
    latest = papers_day(paper.documents, as_of)
    if latest is None:
        return []
    days = rules.working_days_between(latest, as_of)
    if days <= limit:
        return []
    return [finding(no, unit, "rule", "纸电同步", latest.isoformat(), as_of.isoformat(),
                    f"纸质材料（{latest.isoformat()}）与电子档案不一致已 {days} 个工作日（应在 {limit} 个工作日内同步）",
                    rule="sync_deadline")]


# Documents that must carry an official red seal (劳资部门盖章, 单位签章, 民政部门审核盖章).
STAMPED_DOCS: frozenset[str] = frozenset({"建档申请表", "收入证明", "公示证明", "低保证", "诊断证明"})


def _sure(doc: Any) -> Any:
    """Is a kept field of this document read well enough for a rule finding?"""
    conf = getattr(doc, "field_confidence", None) or {}
    doc_type = getattr(doc, "doc_type", None) or (doc.get("doc_type") if isinstance(doc, Mapping) else None)

    def sure(label: str) -> bool:
        c = conf.get(label)
        return c is None or c >= trust_threshold(label, doc_type) or POLICY.naive

    return sure


def document_rules(no: str, unit: str | None, paper: PaperHousehold | None, rules: Rules) -> list[Finding]:
    """Checks on single documents: the seal, and the length of the publicity."""
    if paper is None:
        return []
    out: list[Finding] = []
    for doc in paper.documents:
        doc_type = doc.get("doc_type")
        flds = doc.get("fields") or {}
        who = str(flds.get("姓名") or "").strip()
        tag = f"{doc_type}[{who}]" if who else str(doc_type)
        sure = _sure(doc)
        seen = [provenance(doc, None, None, (getattr(doc, "field_confidence", None) or {}).get("是否盖章"),
                           HOW_MACHINE)] if doc.get("document_id") or doc.get("file") else None
        if doc_type in STAMPED_DOCS and "是否盖章" in flds and to_bool(flds["是否盖章"]) is False:
            if sure("是否盖章"):
                out.append(finding(no, unit, "rule", f"{tag}.是否盖章", False, None, f"{doc_type}未盖章",
                                   rule="stamp", evidence=seen))
            else:
                out.append(finding(no, unit, VERIFY, f"{tag}.是否盖章", False, None,
                                   f"待核对：未识别到印章的把握不足；若属实则{doc_type}未盖章", rule="stamp",
                                   evidence=seen))
        if doc_type == "公示证明":
            start, end = _iso(flds.get("公示期起")), _iso(flds.get("公示期止"))
            if start and end and sure("公示期起") and sure("公示期止"):
                ok = rules.publicity_ok(start, end)
                if ok is False:
                    out.append(finding(no, unit, "rule", "公示证明.公示期", f"{start}～{end}", None,
                                       f"公示期不足（{rules.name} 规则集要求的最短公示期）", rule="publicity",
                                       evidence=seen))
            if str(flds.get("结果") or "").strip() == "有异议" and sure("结果"):
                out.append(finding(no, unit, "rule", "公示证明.结果", "有异议", None, "公示结果有异议",
                                   rule="publicity_objection", evidence=seen))
    return out


def _name_only_strangers(
    paper_members: Sequence[Mapping[str, Any]], electronic_members: Sequence[Mapping[str, Any]]
) -> frozenset[str]:
    """Names of paper member rows of which nothing but a name was read surely (``name_only``) and whom the export
    does not list: the papers a rule asks of such a person wait for someone to confirm the person exists."""
    _, unmatched, _ = match_members(paper_members, electronic_members)
    return frozenset(norm_text(str(m.get("姓名") or "")) for m in unmatched if name_only(m)) - {""}


def _with_electronic_gaps(
    paper_members: list[dict[str, Any]], electronic_members: Sequence[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """Paper members, with what the paper does not say (a 户口簿 has no income) taken from the electronic twin."""
    if all(not is_blank(m.get("月收入")) and not is_blank(m.get("身份证号") or m.get("年龄")) for m in paper_members):
        return paper_members  # nothing the material list depends on is missing
    pairs, unmatched, _ = match_members(paper_members, electronic_members)
    out: list[dict[str, Any]] = []
    for pm, em in pairs:
        out.append({**{k: v for k, v in em.items() if not is_blank(v)}, **{k: v for k, v in pm.items() if not is_blank(v)}})
    out.extend(dict(pm) for pm in unmatched)
    return out


def _aliases(
    data: Mapping[str, Any], people: Sequence[Mapping[str, Any]], e_data: Mapping[str, Any],
    e_members: Sequence[Mapping[str, Any]], paper: PaperHousehold | None,
) -> dict[str, set[str]]:
    """Every name each person of the household goes by (the form's, the electronic twin's), and the
    names of everyone else the papers or the export know (the 户口簿's people): a paper surely naming
    one of them is theirs."""
    aka: dict[str, set[str]] = {}

    def add(a: Any, b: Any = None) -> None:
        na, nb = norm_text(str(a or "")), norm_text(str(b or ""))
        if na:
            aka.setdefault(na, {na}).update({nb} if nb else set())
        if nb:
            aka.setdefault(nb, {nb}).update({na} if na else set())

    add(data.get("姓名"), e_data.get("姓名"))
    pairs, unmatched, _ = match_members(people, e_members)
    for pm, em in pairs:
        add(pm.get("姓名"), em.get("姓名"))
    registered = [e for e, _ in paper.register_only] if paper else []
    for m in (*unmatched, *e_members, *(paper.members if paper else ()), *registered):
        add(m.get("姓名"))
    return aka


# 五类重点群体 of the national 建档立卡 notice (seed 004): "4. 城市困难农民工" says the applicant is a migrant worker,
# which the rule sets' 劳动合同 requirement (仅困难农民工) turns on; 河北's form prints it instead of 是否农民工.
_MIGRANT_LABEL, _KEY_GROUP_LABEL, _MIGRANT_GROUP = "是否农民工", "五类重点群体", "农民工"


def stated_facts(data: Mapping[str, Any]) -> dict[str, Any]:
    """The record with what another field's wording states: 是否农民工 from a 五类重点群体 naming 农民工."""
    group = data.get(_KEY_GROUP_LABEL)
    if is_blank(data.get(_MIGRANT_LABEL)) and not is_blank(group) and _MIGRANT_GROUP in str(group):
        return {**data, _MIGRANT_LABEL: True}
    return dict(data)


def _doubtful_record(paper: PaperHousehold, sure: Mapping[str, Any], trusted: Mapping[str, Any]) -> dict[str, Any] | None:
    """The record the material list would follow if the doubtful paper readings were right: where the record
    has nothing else (the export lacks 是否农民工, the form's reading of it is at 0.84), and where the export
    says otherwise (a cause ticked at 0.93 against the export's): None: no such reading.
    The material list follows the sure record (the export where the paper is in doubt), but a material only
    that record asks for rests on a field the paper may state otherwise: it waits for a person with the
    doubtful reading (a 诊断证明 the export's 大病 asks for, where the form's cause may read 意外致困), when that
    reading is fair (``LIKELY_CONFIDENCE``): a 困难类别 read at 0.44 says little of what the paper states."""
    extra = {k: v for k, v in filled(paper.fields).items() if is_blank(sure.get(k)) or (
        k not in trusted and paper.confidence.get(k, 1.0) >= LIKELY_CONFIDENCE)}
    return stated_facts({**sure, **extra}) if extra else None


# Fields every printing of the application form asks for (the seeds' four forms all print the main cause) that
# decide which papers the archive must hold: when the form was read but these were not, what they would ask
# for rests on the export alone.
_FORM_DECIDES: tuple[str, ...] = (CAUSE_LABEL, CAUSES_LABEL)


def _unread_on_form(paper: PaperHousehold | None) -> frozenset[str]:
    """The deciding fields the household's form was read without (none read: the cause went unseen)."""
    if paper is None or not paper.confidence or "建档申请表" not in paper.doc_types:
        return frozenset()  # no form, or truth / a person's record: nothing unread
    if any(not is_blank(paper.fields.get(k)) or paper.sources.get(k) for k in _FORM_DECIDES):
        return frozenset()
    return frozenset(_FORM_DECIDES)


def check_households(
    nos: Iterable[str],
    paper: Mapping[str, PaperHousehold],
    electronic: Mapping[str, Mapping[str, Any]],
    rules: Rules,
    as_of: date | None = None,
    mismatch_counts: Mapping[str, int] | None = None,
) -> list[Finding]:
    """Every per-household rule and the required materials (the cross-household check is separate)."""
    as_of = as_of or date.today()
    out: list[Finding] = []
    for no in nos:
        ph = paper.get(no)
        rec = electronic.get(no)
        data, members = record_of(ph, rec)
        # the drive's unit: the export's or the ingest key's, never a 单位 read from a form
        unit = (rec or {}).get("单位") or (ph.unit if ph else None)
        out.extend(household_rules(no, unit, data, members, rules, as_of))
        if ph is not None and ph.fields:
            # what the paper archive must hold follows the paper form (its family, its cause), the
            # electronic record filling only what that form variant does not print
            trusted = trusted_fields(ph)
            m_data = stated_facts({**data, **filled(trusted)})
            paper_members = trusted_members(ph)
            m_members = _with_electronic_gaps(paper_members, members) if paper_members else members
            doubtful = _doubtful_record(ph, m_data, trusted)
            strangers = _name_only_strangers(paper_members, rec.get("members") or []) if rec else frozenset()
        else:
            m_data, m_members, doubtful, strangers = stated_facts(data), members, None, frozenset()
        aka = _aliases(m_data, m_members, (rec or {}).get("data") or {}, members, ph)
        out.extend(missing_materials(no, unit, m_data, m_members, ph.documents if ph else [], rules, as_of=as_of,
                                     aka=aka, doubtful=(doubtful, m_members) if doubtful else None,
                                     export=stated_facts({**m_data, **data}) if rec and ph is not None else None,
                                     unread=_unread_on_form(ph), strangers=strangers))
        out.extend(document_rules(no, unit, ph, rules))
        if mismatch_counts:
            out.extend(sync_deadline(no, unit, ph, mismatch_counts.get(no, 0), rules, as_of))
    return out


def identities(
    nos: Iterable[str], paper: Mapping[str, PaperHousehold], electronic: Mapping[str, Mapping[str, Any]]
) -> dict[str, tuple[Mapping[str, Any], Sequence[Mapping[str, Any]], str | None]]:
    """Just what the duplicate check needs: the householder's ID, the members, the unit."""
    out: dict[str, tuple[Mapping[str, Any], Sequence[Mapping[str, Any]], str | None]] = {}
    for no in nos:
        ph, rec = paper.get(no), electronic.get(no)
        e_data = (rec or {}).get("data") or {}
        ident = e_data.get("身份证号") or (trusted_fields(ph).get("身份证号") if ph else None)
        members = list((rec or {}).get("members") or []) or (trusted_members(ph) if ph else [])
        unit = (rec or {}).get("单位") or (ph.unit if ph else None) or e_data.get("单位")
        out[no] = ({"身份证号": ident}, members, unit)
    return out


def check_all(
    paper: Mapping[str, PaperHousehold],
    electronic: Mapping[str, Mapping[str, Any]],
    rules: Rules,
    as_of: date | None = None,
    mismatch_counts: Mapping[str, int] | None = None,
) -> list[Finding]:
    """Every rule on every household that has paper, electronic, or both."""
    nos = list(dict.fromkeys([*electronic.keys(), *paper.keys()]))
    out = check_households(nos, paper, electronic, rules, as_of, mismatch_counts)
    out.extend(duplicate_ids(identities(nos, paper, electronic)))
    return out
