"""Paper versus electronic, household by household: pure functions over plain dicts.

Why plain dicts and not DataFrames: a household is ~50 fields and ~3 members, and the common case is
"equal" — a Python ``==`` fast path on each field beats building and aligning wide frames for
100,000 households (see ``benchmarks/reconcile_100k.py``). Normalisation is cached per distinct value.

A finding is a dict with the contract's keys (CONTRIBUTING.md): 职工编号, 单位, kind, field, paper,
electronic, detail; rule findings also carry ``rule`` (a short code that keeps fingerprints distinct).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from dangan.reconcile.normal import (
    CAUSES_LABEL,
    causes_set,
    is_blank,
    norm_id,
    norm_text,
    to_number,
    values_equal,
)
from dangan.schemas.labels import HOUSEHOLD_LABELS, LABEL_SYNONYMS, MEMBER_LABELS, canonical_label

Finding = dict[str, Any]

# Not compared: the key itself, paper-only marks, and who typed it in.
SKIP_HOUSEHOLD: frozenset[str] = frozenset({"职工编号", "是否盖章", "录入人"})
SKIP_MEMBER: frozenset[str] = frozenset({"是否盖章"})
AGE_LABEL = "年龄"
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


@dataclass
class PaperHousehold:
    """What the paper archive says: fields merged from the household's documents."""

    archive_no: str
    unit: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    members: list[dict[str, Any]] = field(default_factory=list)
    doc_types: list[str] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)


def _canon(label: str) -> str:
    if label in HOUSEHOLD_LABELS.values() or label in MEMBER_LABELS.values():
        return label
    return LABEL_SYNONYMS.get(label) or canonical_label(label) or label


def canonical_dict(data: Mapping[str, Any]) -> dict[str, Any]:
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
        paper.documents.append({"file": ex.get("file"), "doc_type": doc_type, "fields": ex.get("fields") or {}})
        (forms if doc_type == APPLICATION_FORM else others).append(ex)
    for ex in forms:
        for k, v in canonical_dict(ex.get("fields") or {}).items():
            if not is_blank(v) and is_blank(paper.fields.get(k)):
                paper.fields[k] = v
        if not paper.members and ex.get("members"):
            paper.members = [canonical_dict(m) for m in ex.get("members") or []]
    name = paper.fields.get("姓名")
    for ex in others:
        flds = canonical_dict(ex.get("fields") or {})
        if name is None or norm_text(str(flds.get("姓名", ""))) != norm_text(str(name)):
            continue
        for k in ("身份证号", "出生日期", "性别", "民族"):
            if k in flds and not is_blank(flds[k]) and is_blank(paper.fields.get(k)):
                paper.fields[k] = flds[k]
    return paper


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
) -> None:
    for label, pv in paper.items():
        if label in skip or is_blank(pv):
            continue
        ev = electronic.get(label)
        if pv == ev:
            continue
        if is_blank(ev):
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
            out.append(finding(archive_no, unit, "mismatch", prefix + label, pv, ev, detail))


def compare_members(
    archive_no: str,
    unit: str | None,
    paper_members: list[Mapping[str, Any]],
    electronic_members: list[Mapping[str, Any]],
    householder_id: str = "",
) -> list[Finding]:
    """Members as a set: matched by 身份证号, then by name; missing, extra and differing members."""
    out: list[Finding] = []
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
    for j, em in enumerate(electronic_members):
        if j in matched_e:
            continue
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
        _compare_fields(out, archive_no, unit, pm, em, SKIP_MEMBER, prefix=f"家庭成员[{name}].")
    return out


def compare_household(
    archive_no: str,
    unit: str | None,
    paper_fields: Mapping[str, Any],
    paper_members: list[Mapping[str, Any]],
    electronic_data: Mapping[str, Any],
    electronic_members: list[Mapping[str, Any]],
) -> list[Finding]:
    """Every field the paper states, compared with the electronic record; then the member table."""
    out: list[Finding] = []
    _compare_fields(out, archive_no, unit, paper_fields, electronic_data, SKIP_HOUSEHOLD)
    householder = norm_id(electronic_data.get("身份证号") or paper_fields.get("身份证号"))
    if paper_members or electronic_members:
        out.extend(compare_members(archive_no, unit, paper_members, electronic_members, householder))
    return out


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
                archive_no, unit, ph.fields, ph.members, rec.get("data") or {}, rec.get("members") or []
            )
        )
    return out
