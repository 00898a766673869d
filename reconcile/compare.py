"""Paper versus electronic, household by household: pure functions over plain dicts.

Why plain dicts and not DataFrames: a household is ~50 fields and ~3 members, and the common case is
"equal" — a Python ``==`` fast path on each field beats building and aligning wide frames for
100,000 households (see ``benchmarks/reconcile_100k.py``). Normalisation is cached per distinct value.

A finding is a dict with the contract's keys (CONTRIBUTING.md): 职工编号, 单位, kind, field, paper,
electronic, detail; rule findings also carry ``rule`` (a short code that keeps fingerprints distinct).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from dangan.reconcile.normal import (
    CAUSES_LABEL,
    causes_set,
    is_blank,
    money_equal,
    norm_id,
    norm_text,
    to_number,
    values_equal,
)
from dangan.schemas.labels import DOC_FIELDS, HOUSEHOLD_LABELS, LABEL_SYNONYMS, MEMBER_LABELS, canonical_label

Finding = dict[str, Any]

# Not compared: the key itself, paper-only marks, and who typed it in.
# Free-text narratives (困难情况说明, 备注) are not compared word for word: the seeds ask paper and
# electronic to agree on members, incomes and causes, which are compared as structured fields.
SKIP_HOUSEHOLD: frozenset[str] = frozenset({"职工编号", "是否盖章", "录入人", "困难情况说明", "备注"})
SKIP_MEMBER: frozenset[str] = frozenset({"是否盖章"})
AGE_LABEL = "年龄"
# What the per-document checks read (materials by person and kind, seals, publicity, dates): only these
# are kept per document, so 100,000 households stay small.
DOCUMENT_KEYS: tuple[str, ...] = (
    "姓名", "材料名称", "是否盖章", "公示期起", "公示期止", "结果", "出具日期", "发证日期", "日期", "填表日期",
    "申请日期", "有效期",
)
LOW_CONFIDENCE = 0.85  # extractors.review's threshold: below it a person should look at the scan first
APPLICATION_FORM = "建档申请表"


def finding(
    archive_no: str,
    unit: str | None,
    kind: str,
    label: str,
    paper: Any,
    electronic: Any,
    detail: str = "",
    rule: str | None = None,
) -> Finding:
    f: Finding = {
        "职工编号": archive_no,
        "单位": unit,
        "kind": kind,
        "field": label,
        "paper": paper,
        "electronic": electronic,
        "detail": detail,
    }
    if rule:
        f["rule"] = rule
    return f


_EMPTY: dict[str, Any] = {}


class DocSummary:
    """One paper document as the per-document checks need it; slotted (a household has ~15 of them).

    ``get`` answers like the dict it replaces, so checks accept either.
    """

    __slots__ = ("doc_type", "document_id", "fields", "file")

    def __init__(self, doc_type: str, fields: dict[str, Any], file: Any = None, document_id: Any = None) -> None:
        self.doc_type, self.fields, self.file, self.document_id = doc_type, fields, file, document_id

    def get(self, key: str, default: Any = None) -> Any:
        value = getattr(self, key, None) if key in self.__slots__ else None
        return default if value is None else value

    def __repr__(self) -> str:
        return f"DocSummary({self.doc_type!r}, {self.fields!r}, {self.file!r})"


@dataclass
class PaperHousehold:
    """What the paper archive says: fields merged from the household's documents."""

    archive_no: str
    unit: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    members: list[dict[str, Any]] = field(default_factory=list)
    doc_types: list[str] = field(default_factory=list)
    documents: list[Any] = field(default_factory=list)  # DocSummary (or dicts with the same keys)
    # label -> where a value not printed on the form came from (shown in the finding's detail)
    derived: dict[str, str] = field(default_factory=dict)
    # names of people with a 收入证明 on paper
    income_proofs: set[str] = field(default_factory=set)
    # does the paper say who the family is (a filled member table or a 户口簿)? If not, members are not compared
    members_known: bool = False
    # machine confidence of household fields read from the form (absent: a person's value or truth)
    confidence: dict[str, float] = field(default_factory=dict)


_CANONICAL: frozenset[str] = (
    frozenset(HOUSEHOLD_LABELS.values())
    | frozenset(MEMBER_LABELS.values())
    | frozenset(label for labels in DOC_FIELDS.values() for label in labels)
)


@lru_cache(maxsize=4096)
def _canon(label: str) -> str:
    if label in _CANONICAL:
        return label
    return LABEL_SYNONYMS.get(label) or canonical_label(label) or label


def canonical_dict(data: Mapping[str, Any]) -> dict[str, Any]:
    if all(k in _CANONICAL for k in data):  # the common case: extraction already speaks canonical labels
        return dict(data)
    out: dict[str, Any] = {}
    for k, v in data.items():
        ck = _canon(str(k))
        if ck not in out or is_blank(out[ck]):
            out[ck] = v
    return out


def merge_paper(
    archive_no: str,
    unit: str | None,
    extractions: Iterable[Mapping[str, Any]],
) -> PaperHousehold:
    """Household fields come from the 建档申请表 (the form the electronic record is typed from).

    Other documents (ID cards, income proofs, …) describe *a* person, not necessarily the householder,
    so they only fill fields the application form left blank when they name the householder.
    Callers apply people's corrections to each extraction before merging (a Correction wins).
    """
    paper = PaperHousehold(archive_no=archive_no, unit=unit)
    forms: list[Mapping[str, Any]] = []
    others: list[Mapping[str, Any]] = []
    for ex in extractions:
        doc_type = str(ex.get("doc_type") or "其他")
        paper.doc_types.append(doc_type)
        flds = ex.get("fields") or {}
        kept = {k: flds[k] for k in DOCUMENT_KEYS if k in flds}
        paper.documents.append(DocSummary(doc_type, kept or _EMPTY, ex.get("file"), ex.get("document_id")))
        (forms if doc_type == APPLICATION_FORM else others).append(ex)
    seen_members: set[str] = set()
    for ex in forms:
        conf = canonical_dict(ex.get("confidence") or {})
        for k, v in canonical_dict(ex.get("fields") or {}).items():
            if not is_blank(v) and is_blank(paper.fields.get(k)):
                paper.fields[k] = v
                if isinstance(conf.get(k), int | float):
                    paper.confidence[k] = float(conf[k])
        # a form scanned as one file per page carries its member table over several files: union them
        for m in ex.get("members") or []:
            cm = canonical_dict(m)
            key = norm_id(cm.get("身份证号")) or norm_text(str(cm.get("姓名") or ""))
            if key and key in seen_members:
                continue
            seen_members.add(key)
            paper.members.append(cm)
    name = paper.fields.get("姓名")
    wage: dict[str, Any] = {}
    register: list[dict[str, Any]] = []
    for ex in others:
        flds = canonical_dict(ex.get("fields") or {})
        who = norm_text(str(flds.get("姓名") or ""))
        if ex.get("doc_type") == "收入证明" and who:
            paper.income_proofs.add(who)
            if not is_blank(flds.get("月均实发工资")):
                wage.setdefault(who, flds["月均实发工资"])
        if ex.get("doc_type") == "户口簿":
            register.extend(canonical_dict(m) for m in ex.get("members") or [])
        if name is None or who != norm_text(str(name)):
            continue
        for k in ("身份证号", "出生日期", "性别", "民族"):
            if k in flds and not is_blank(flds[k]) and is_blank(paper.fields.get(k)):
                paper.fields[k] = flds[k]
    _derive(paper, wage, register)
    return paper


# 户口簿 entries say who the family is; their 关系 is to the 户主, not to the applicant, so only these count.
_REGISTER_LABELS = ("姓名", "身份证号", "性别", "民族", "出生日期")


def _derive(paper: PaperHousehold, wage: dict[str, Any], register: list[dict[str, Any]]) -> None:
    """Fill what the form variant does not print from the other paper documents.

    河北 defines 本人月平均收入 as last year's average *net* wage, which is what a 收入证明's
    月均实发工资 states; the 湖南 审批表 has no member table, the 户口簿 lists the family.
    """
    name = paper.fields.get("姓名")
    me = norm_text(str(name or ""))
    if is_blank(paper.fields.get("本人月平均收入")) and me in wage:
        paper.fields["本人月平均收入"] = wage[me]
        paper.derived["本人月平均收入"] = "收入证明的月均实发工资"
    from_form = bool(paper.members)
    paper.members_known = from_form or bool(register)
    my_id = norm_id(paper.fields.get("身份证号"))
    people: set[str] = set()
    me_registered = False
    for entry in register:
        key = norm_id(entry.get("身份证号")) or norm_text(str(entry.get("姓名") or ""))
        if not key or key in people:
            continue
        people.add(key)
        if (my_id and key == my_id) or norm_text(str(entry.get("姓名") or "")) == me:
            me_registered = True
        elif not from_form:
            paper.members.append({k: entry[k] for k in _REGISTER_LABELS if k in entry})
    if paper.members and not from_form:
        paper.derived["家庭成员"] = "户口簿"
    if is_blank(paper.fields.get("家庭人口")):
        if register:
            paper.fields["家庭人口"] = len(people) + (0 if me_registered else 1)
            paper.derived["家庭人口"] = "户口簿人数"
        elif from_form:
            paper.fields["家庭人口"] = 1 + len(paper.members)
            paper.derived["家庭人口"] = "家庭成员表人数+本人"
    for m in paper.members:
        who = norm_text(str(m.get("姓名") or ""))
        if is_blank(m.get("月收入")) and who in wage:
            m["月收入"] = wage[who]
            paper.derived[f"家庭成员[{m.get('姓名')}].月收入"] = "收入证明的月均实发工资"


def _member_name(m: Mapping[str, Any]) -> str:
    return str(m.get("姓名") or "").strip() or "?"


def _compare_fields(
    out: list[Finding],
    archive_no: str,
    unit: str | None,
    paper: Mapping[str, Any],
    electronic: Mapping[str, Any],
    skip: frozenset[str],
    prefix: str = "",
    derived: Mapping[str, str] | None = None,
) -> None:
    for label, pv in paper.items():
        ev = electronic.get(label)
        if pv == ev or label in skip or is_blank(pv):
            continue
        if is_blank(ev):
            if derived and (prefix + label) in derived:
                continue  # inferred from other documents, not stated on paper: nothing to type in
            out.append(
                finding(archive_no, unit, "mismatch", prefix + label, pv, None, "电子档案未填写该项，纸质档案有")
            )
            continue
        if label == AGE_LABEL:
            a, b = to_number(pv), to_number(ev)
            if a is not None and b is not None and abs(a - b) <= 1:  # age moves between form and export
                continue
        if not values_equal(label, pv, ev):
            detail = "纸质与电子不一致"
            if label == CAUSES_LABEL:
                ps, es = causes_set(pv), causes_set(ev)
                detail = f"仅纸质: {sorted(ps - es)}; 仅电子: {sorted(es - ps)}"
            how = (derived or {}).get(prefix + label)
            if how:
                detail += f"（纸质值取自{how}）"
            out.append(finding(archive_no, unit, "mismatch", prefix + label, pv, ev, detail))


def match_members(
    paper_members: Sequence[Mapping[str, Any]], electronic_members: Sequence[Mapping[str, Any]]
) -> tuple[list[tuple[Mapping[str, Any], Mapping[str, Any]]], Sequence[Mapping[str, Any]], list[int]]:
    """Pairs matched by 身份证号 then by name; unmatched paper members; indexes of unmatched electronic ones."""
    e_by_id: dict[str, int] = {}
    for i, m in enumerate(electronic_members):
        nid = norm_id(m.get("身份证号"))
        if nid:
            e_by_id.setdefault(nid, i)
    matched_e: set[int] = set()
    pairs: list[tuple[Mapping[str, Any], Mapping[str, Any]]] = []
    unmatched_p: list[Mapping[str, Any]] = []
    for pm in paper_members:
        nid = norm_id(pm.get("身份证号"))
        j = e_by_id.get(nid) if nid else None
        if j is not None and j not in matched_e:
            matched_e.add(j)
            pairs.append((pm, electronic_members[j]))
        else:
            unmatched_p.append(pm)
    if unmatched_p:
        e_by_name: dict[str, list[int]] = {}
        for i, m in enumerate(electronic_members):
            if i not in matched_e:
                e_by_name.setdefault(norm_text(_member_name(m)), []).append(i)
        still: list[Mapping[str, Any]] = []
        for pm in unmatched_p:
            cands = e_by_name.get(norm_text(_member_name(pm)))
            if cands:
                j = cands.pop(0)
                matched_e.add(j)
                pairs.append((pm, electronic_members[j]))
            else:
                still.append(pm)
        unmatched_p = still
    return pairs, unmatched_p, [j for j in range(len(electronic_members)) if j not in matched_e]


def compare_members(
    archive_no: str,
    unit: str | None,
    paper_members: Sequence[Mapping[str, Any]],
    electronic_members: Sequence[Mapping[str, Any]],
    householder_id: str = "",
    derived: Mapping[str, str] | None = None,
) -> list[Finding]:
    """Members as a set: matched by 身份证号, then by name; missing, extra and differing members."""
    out: list[Finding] = []
    pairs, unmatched_p, unmatched_e = match_members(paper_members, electronic_members)
    for pm in unmatched_p:
        if householder_id and norm_id(pm.get("身份证号")) == householder_id:
            continue  # the householder listed in one table only: not a family difference
        out.append(
            finding(
                archive_no,
                unit,
                "mismatch",
                f"家庭成员[{_member_name(pm)}]",
                dict(pm),
                None,
                "纸质档案有该成员，电子档案没有",
            )
        )
    for j in unmatched_e:
        em = electronic_members[j]
        if householder_id and norm_id(em.get("身份证号")) == householder_id:
            continue
        out.append(
            finding(
                archive_no,
                unit,
                "mismatch",
                f"家庭成员[{_member_name(em)}]",
                None,
                dict(em),
                "电子档案有该成员，纸质档案没有",
            )
        )
    for pm, em in pairs:
        name = _member_name(em) if not is_blank(em.get("姓名")) else _member_name(pm)
        _compare_fields(out, archive_no, unit, pm, em, SKIP_MEMBER, prefix=f"家庭成员[{name}].",
                        derived=_renamed(derived, _member_name(pm), name))
    return out


def _renamed(derived: Mapping[str, str] | None, paper_name: str, shown: str) -> dict[str, str] | None:
    if not derived or paper_name == shown:
        return dict(derived) if derived else None
    old = f"家庭成员[{paper_name}]."
    return {(f"家庭成员[{shown}]." + k[len(old):] if k.startswith(old) else k): v for k, v in derived.items()}


def compare_household(
    archive_no: str,
    unit: str | None,
    paper_fields: Mapping[str, Any],
    paper_members: Sequence[Mapping[str, Any]],
    electronic_data: Mapping[str, Any],
    electronic_members: Sequence[Mapping[str, Any]],
    paper: PaperHousehold | None = None,
) -> list[Finding]:
    """Every field the paper states, compared with the electronic record; then the member table."""
    out: list[Finding] = []
    derived = paper.derived if paper is not None else None
    _compare_fields(out, archive_no, unit, paper_fields, electronic_data, SKIP_HOUSEHOLD, derived=derived)
    householder = norm_id(electronic_data.get("身份证号") or paper_fields.get("身份证号"))
    if paper is not None and paper.confidence:
        for f in out:
            c = paper.confidence.get(f["field"])
            if c is not None and c < LOW_CONFIDENCE:
                f["detail"] += f"（纸质值为机器识别，置信度 {c:.2f}，请先核对原件）"
    known = paper.members_known if paper is not None else bool(paper_members)
    if known or (paper is None and electronic_members):
        out.extend(compare_members(archive_no, unit, paper_members, electronic_members, householder, derived))
    if paper is not None and is_blank(paper_fields.get(TOTAL_LABEL)) and not is_blank(electronic_data.get(TOTAL_LABEL)):
        total = _paper_total(paper, electronic_data, electronic_members)
        ev = to_number(electronic_data.get(TOTAL_LABEL))
        if total is not None and ev is not None and not money_equal(total, ev):
            out.append(finding(archive_no, unit, "mismatch", TOTAL_LABEL, total, electronic_data.get(TOTAL_LABEL),
                               "纸质未直接填写家庭年度总收入：按 12×(本人月收入+家庭成员月收入)+家庭其他非薪资年收入 推算，"
                               "与电子档案不一致"))
    return out


TOTAL_LABEL = "家庭年度总收入"
OTHER_INCOME_LABEL = "家庭其他非薪资年收入"


def _paper_total(
    paper: PaperHousehold, electronic_data: Mapping[str, Any], electronic_members: Sequence[Mapping[str, Any]]
) -> float | None:
    """The household's yearly income as the paper shows it, when every earner's income is on paper.

    A member whose income the paper does not state counts as 0 only when the electronic record agrees
    (no earner without a 收入证明 is silently assumed to earn nothing).
    """
    own = to_number(paper.fields.get("本人月平均收入"))
    if own is None or not paper.members_known:
        return None
    monthly = own
    pairs, _unmatched, _ = match_members(paper.members, electronic_members)
    partner = {id(pm): em for pm, em in pairs}
    for m in paper.members:
        income = to_number(m.get("月收入"))
        if income is None:
            em = partner.get(id(m))
            e_income = to_number(em.get("月收入")) if em is not None else None
            if e_income not in (None, 0.0):
                return None
            income = 0.0
        monthly += income
    other = to_number(paper.fields.get(OTHER_INCOME_LABEL))
    if other is None:
        other = to_number(electronic_data.get(OTHER_INCOME_LABEL)) or 0.0
    return round(12 * monthly + other, 2)


def compare_all(
    paper: Mapping[str, PaperHousehold],
    electronic: Mapping[str, Mapping[str, Any]],
) -> list[Finding]:
    """All households. ``electronic`` maps 职工编号 → {"单位", "data": {...}, "members": [...]}.

    A household with paper but no electronic record is one finding; one with no paper at all is left
    to the required-materials check (every material is missing).
    """
    out: list[Finding] = []
    for archive_no, ph in paper.items():
        rec = electronic.get(archive_no)
        if rec is None:
            out.append(
                finding(archive_no, ph.unit, "mismatch", "职工编号", archive_no, None, "电子档案中没有该户")
            )
            continue
        if APPLICATION_FORM not in ph.doc_types and not ph.fields:
            continue  # nothing on paper to compare with: the missing form is a missing_material finding
        unit = rec.get("单位") or ph.unit
        out.extend(
            compare_household(
                archive_no, unit, ph.fields, ph.members, rec.get("data") or {}, rec.get("members") or [], ph
            )
        )
    return out
