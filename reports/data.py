"""What both report formats and the web view share: findings as contract dicts, labels, masking, totals.

Reports read the ``findings`` table directly (the stage contract is the database, not reconcile's
internals), so a report can be built while reconciliation is still being developed or re-run.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from dangan.schemas.display import FINDING_KIND_LABELS, FINDING_STATUS_LABELS
from dangan.schemas.validators import mask_id_number
from dangan.storage.db import ElectronicRecord, Finding, Household, finding_record

# Finding kinds as the reports show them (CONTRIBUTING: every user-visible label is Chinese).
KIND_LABELS = FINDING_KIND_LABELS  # named once, in schemas.display
KINDS: tuple[str, ...] = tuple(KIND_LABELS)
# Readings to verify are not findings: a person settles them in review first (issue 9). Listed apart.
VERIFY_KIND, VERIFY_LABEL = "verify", "待核对"
COVERAGE_LABEL = "电子档案未包含"
STATUS_LABELS = FINDING_STATUS_LABELS
NO_UNIT = "（未注明单位）"
BEIJING = ZoneInfo("Asia/Shanghai")  # every time shown in reports and pages is 北京时间

# An 18-character 身份证号 anywhere in a value: masked in reports and for auditors (seed 000 第十七条).
# 15-digit (first generation) IDs too; a 16–19 digit bank card is masked as well, which errs on the safe side.
_ID_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])\d{14,17}[\dXx](?![0-9A-Za-z])")

# Columns of the findings sheet/table, in order: (key in the normalised dict, Chinese heading).
FINDING_COLUMNS: tuple[tuple[str, str], ...] = (
    ("单位", "单位"),
    ("职工编号", "职工编号"),
    ("类型", "类型"),
    ("field", "字段"),
    ("paper", "纸质档案"),
    ("electronic", "电子档案"),
    ("detail", "说明"),
    ("依据", "纸质依据"),
    ("状态", "状态"),
    ("resolution", "整改方式"),
    ("resolved_by", "整改人"),
    ("resolved_at", "整改时间"),
    ("created_at", "发现时间"),
)


# Columns of the readings-to-verify list: what was read, what it would contradict, why it waits, where.
VERIFY_COLUMNS: tuple[tuple[str, str], ...] = (
    ("单位", "单位"),
    ("职工编号", "职工编号"),
    ("field", "字段"),
    ("paper", "纸质读数"),
    ("electronic", "电子档案"),
    ("detail", "说明"),
    ("依据", "纸质依据"),
    ("复核", "复核方式"),
)


def local_time(value: datetime) -> str:
    """Times are stored in UTC (SQLite hands them back naive); readers in China expect Beijing time."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M")


def mask_text(text: str) -> str:
    """Mask every 18-character ID number inside free text (OCR values, details, member lists)."""
    return _ID_IN_TEXT.sub(lambda m: mask_id_number(m.group(0)), text)


def display_value(value: Any, *, reveal_ids: bool = False, label: str = "") -> str:
    """A finding's paper/electronic value as one line of text, IDs masked unless revealed.

    Under a 身份证号 label the whole value is masked whatever its shape: a misread ID (17 digits,
    a letter for a digit) is still somebody's ID.
    """
    if value is None:
        return ""
    if not reveal_ids and label.endswith("身份证号") and isinstance(value, str | int):
        text = str(value).strip()
        # mask_id_number keeps 6 + 4 characters: on a short misread that would be nearly all of it
        return mask_id_number(text) if len(text) >= 15 else "*" * len(text)
    if isinstance(value, bool):
        text = "是" if value else "否"
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    elif isinstance(value, list):
        text = "；".join(display_value(v, reveal_ids=reveal_ids, label=label) for v in value)
    elif isinstance(value, dict):
        text = "，".join(f"{k}：{display_value(v, reveal_ids=reveal_ids, label=str(k))}" for k, v in value.items())
    elif isinstance(value, datetime):
        text = local_time(value)
    elif isinstance(value, date):
        text = value.isoformat()
    else:
        text = str(value)
    return text if reveal_ids else mask_text(text)


def _get(finding: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        if key in finding and finding[key] is not None:
            return finding[key]
    return None


def evidence_text(evidence: Any) -> str:
    """Where the paper side was read, as a clerk looks it up: 建档申请表 第1页（机器识别 0.93）."""
    if not isinstance(evidence, list):
        return ""
    parts = []
    for e in evidence[:3]:
        if not isinstance(e, dict):
            continue
        where = str(e.get("doc_type") or "文件")
        if e.get("document_id"):
            where += f" #{e['document_id']}"
        if e.get("page") is not None:
            where += f" 第{int(e['page']) + 1}页"
        how = str(e.get("how") or "")
        if isinstance(e.get("confidence"), int | float):
            how += f" {float(e['confidence']):.2f}"
        parts.append(f"{where}（{how.strip()}）" if how.strip() else where)
    return "；".join(parts)


def review_hint(field_label: str, evidence: Any) -> str:
    """How a person settles a reading to verify: the review command for its document and field.

    A material to verify (收入证明[王梅], 医药费票据) is settled by saying what the page is: its 材料类型
    (or, for a 其他, its 材料名称); a field by confirming or correcting the reading.
    """
    from dangan.reconcile.evidence import DOC_TYPE_LABEL
    from dangan.schemas.labels import DOC_TYPES, canonical_label

    e = next((x for x in evidence or [] if isinstance(x, dict) and x.get("document_id")), None)
    if e is None:
        return ""
    head = field_label.split("[")[0].split("#")[0]
    person = field_label.split("[", 1)[1].split("]")[0] if "[" in field_label else ""
    if "]." not in field_label and person and e.get("doc_type") in head.split("/"):  # whose is it?
        return f"dangan review correct {e['document_id']} 姓名 {person} --by 复核人（若这份{e['doc_type']}是{person}的）"
    if "]." not in field_label and set(head.split("/")) <= set(DOC_TYPES):
        return (f"dangan review correct {e['document_id']} {DOC_TYPE_LABEL} {head.split('/')[0]} --by 复核人"
                "（若该页是这份材料；不是则更正为其实际类型）")
    if "[" not in field_label and canonical_label(head) is None and head != "家庭成员":
        return f"dangan review correct {e['document_id']} 材料名称 {head} --by 复核人（若该页是这份材料）"
    label = field_label.rsplit("].", 1)[-1] if "]." in field_label else field_label.split("[")[0]
    member = f" --member {e['member_index']}" if e.get("member_index") is not None else ""
    return f"dangan review confirm {e['document_id']} {label}{member} --by 复核人（或 correct … 正确值）"


def normalise_finding(finding: dict[str, Any], *, reveal_ids: bool = False) -> dict[str, Any]:
    """Accept the contract's keys (职工编号, 单位) or the table's (archive_no, unit); return display strings."""
    kind = str(_get(finding, "kind") or "")
    status = str(_get(finding, "status") or "open")
    field_label = str(_get(finding, "field") or "")
    return {
        "id": _get(finding, "id"),
        "document_id": _get(finding, "document_id"),
        "单位": str(_get(finding, "单位", "unit") or NO_UNIT),
        "职工编号": str(_get(finding, "职工编号", "archive_no") or ""),
        "kind": kind,
        "类型": VERIFY_LABEL if kind == VERIFY_KIND else KIND_LABELS.get(kind, kind),
        "依据": evidence_text(_get(finding, "evidence")),
        "复核": review_hint(field_label, _get(finding, "evidence")) if kind == VERIFY_KIND else "",
        "evidence": _get(finding, "evidence"),
        "field": field_label,
        "paper": display_value(_get(finding, "paper"), reveal_ids=reveal_ids, label=field_label),
        "electronic": display_value(_get(finding, "electronic"), reveal_ids=reveal_ids, label=field_label),
        "detail": display_value(_get(finding, "detail"), reveal_ids=reveal_ids),
        "status": status,
        "状态": STATUS_LABELS.get(status, status),
        "resolution": str(_get(finding, "resolution") or ""),
        "resolved_by": str(_get(finding, "resolved_by") or ""),
        "resolved_at": display_value(_get(finding, "resolved_at")),
        "created_at": display_value(_get(finding, "created_at")),
    }


@dataclass
class UnitSummary:
    """One row of the 汇总 sheet: a unit's households, open findings by kind, and completeness."""

    unit: str
    households: int = 0
    open_by_kind: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    resolved: int = 0
    households_with_open: int = 0
    to_verify: int = 0  # readings to verify (not findings: not in the totals above)

    @property
    def open_total(self) -> int:
        return sum(self.open_by_kind.values())

    @property
    def complete(self) -> int:
        return max(self.households - self.households_with_open, 0)

    @property
    def share_complete(self) -> float:
        return self.complete / self.households if self.households else 0.0


@dataclass
class ReportSummary:
    units: list[UnitSummary]
    findings: list[dict[str, Any]]  # normalised, sorted by unit, archive no, kind, field
    to_verify: list[dict[str, Any]] = field(default_factory=list)  # open readings to verify, normalised
    lacking: list[str] = field(default_factory=list)  # schema fields the electronic export does not carry

    @property
    def coverage_note(self) -> str:
        return f"{COVERAGE_LABEL}: {', '.join(self.lacking)}（这些项不作比对）" if self.lacking else ""

    def total(self) -> UnitSummary:
        t = UnitSummary(unit="合计")
        for u in self.units:
            t.households += u.households
            t.resolved += u.resolved
            t.households_with_open += u.households_with_open
            t.to_verify += u.to_verify
            for k in KINDS:
                t.open_by_kind[k] += u.open_by_kind[k]
        return t


def summarise(
    findings: list[dict[str, Any]], households_by_unit: dict[str, int], *, reveal_ids: bool = False,
    lacking: list[str] | None = None,
    to_verify: list[dict[str, Any]] | None = None,
) -> ReportSummary:
    """Count open findings per unit and kind; a household is complete when it has no open finding.

    Readings to verify (``to_verify``, else ``findings.to_verify``, and any row of kind ``verify``) are
    counted apart and never mixed into the findings; ``lacking`` (else ``findings.lacking``) is stated once.
    """
    if lacking is None:
        lacking = getattr(findings, "lacking", None) or []
    if to_verify is None:
        to_verify = getattr(findings, "to_verify", None) or []
    verify = [normalise_finding(f, reveal_ids=reveal_ids) for f in [*to_verify, *findings]
              if f.get("kind") == VERIFY_KIND and (f.get("status") or "open") == "open"]
    verify.sort(key=lambda r: (r["单位"], r["职工编号"], r["field"]))
    rows = [normalise_finding(f, reveal_ids=reveal_ids) for f in findings if f.get("kind") != VERIFY_KIND]
    rows.sort(key=lambda r: (r["单位"], r["职工编号"], KINDS.index(r["kind"]) if r["kind"] in KINDS else 9,
                             r["field"]))
    by_unit: dict[str, UnitSummary] = {u or NO_UNIT: UnitSummary(unit=u or NO_UNIT) for u in households_by_unit}
    for u, n in households_by_unit.items():
        by_unit[u or NO_UNIT].households += n
    open_households: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        s = by_unit.setdefault(r["单位"], UnitSummary(unit=r["单位"]))
        if r["status"] == "open":
            s.open_by_kind[r["kind"]] = s.open_by_kind.get(r["kind"], 0) + 1
            open_households[r["单位"]].add(r["职工编号"])
        else:
            s.resolved += 1
    for unit, archives in open_households.items():
        by_unit[unit].households_with_open = len(archives)
        # a unit whose households were never counted still has at least the ones with findings
        by_unit[unit].households = max(by_unit[unit].households, len(archives))
    for r in verify:
        by_unit.setdefault(r["单位"], UnitSummary(unit=r["单位"])).to_verify += 1
    return ReportSummary(units=sorted(by_unit.values(), key=lambda s: s.unit), findings=rows, to_verify=verify,
                         lacking=list(lacking))


# The one mapping of a Finding row lives next to the table.
finding_to_dict = finding_record


def household_units(session: Session) -> dict[str, str]:
    """One unit per household: the ingest key's (``households``), else the export's, else the finding's.

    Never a 单位 read from a form: a printed instruction (（填写盖章）) must not become a unit of the drive.
    """
    units: dict[str, str] = {}
    sources = (
        select(Household.archive_no, Household.unit),
        select(ElectronicRecord.archive_no, ElectronicRecord.unit).order_by(ElectronicRecord.import_id.desc()),
        select(Finding.archive_no, Finding.unit),
    )
    for stmt in sources:
        for archive_no, u in session.execute(stmt):
            if archive_no not in units or (u and units[archive_no] == NO_UNIT):
                units[archive_no] = u or NO_UNIT
    return units


def load_findings(session: Session, *, unit: str | None = None) -> list[dict[str, Any]]:
    """All findings and readings to verify (open and resolved), each under its household's one unit;
    with the coverage of the newest electronic import (what the cover states once)."""
    from dangan.reconcile.electronic import lacking_fields, latest_coverage
    from dangan.reconcile.lifecycle import FindingRows, latest_lacking, open_readings

    units = household_units(session)
    rows = []
    for f in session.scalars(select(Finding).order_by(Finding.unit, Finding.archive_no, Finding.kind, Finding.field)):
        record = finding_to_dict(f)
        record["单位"] = units.get(f.archive_no) or f.unit
        if unit is None or record["单位"] == unit:
            rows.append(record)
    waiting = []
    for r in open_readings(session, reveal_ids=True):
        r["单位"] = units.get(r["职工编号"]) or r["单位"]
        if unit is None or r["单位"] == unit:
            waiting.append(r)
    return FindingRows(rows, latest_lacking(session) or lacking_fields(latest_coverage(session)), waiting)


def load_households_by_unit(session: Session, *, unit: str | None = None) -> dict[str, int]:
    """Household counts per unit: the denominator of the share of complete archives; each 职工编号 once."""
    counts: Counter[str] = Counter(u for u in household_units(session).values() if unit is None or u == unit)
    return dict(counts)
