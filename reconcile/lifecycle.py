"""Findings across runs: stored once per fingerprint, resolved when gone, reopened when back.

The fingerprint is archive_no + kind + field (+ the rule code), so the same gap found again next
month is the same finding with its history, not a new row.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import insert, or_, select
from sqlalchemy.orm import Session

from dangan.errors import InvalidData, NotFound
from dangan.reconcile.evidence import VERIFY
from dangan.reconcile.masking import mask_finding
from dangan.storage.db import (
    Finding,
    ReadingToVerify,
    ReconcileRun,
    finding_record,
    reading_record,
    record_event,
    session_scope,
    utcnow,
)

AUTO_RESOLVED = "复查已消除"
TO_VERIFY = "转为待核对"  # the paper side turned out not trustworthy enough for a finding: a person reads it first
MANUAL_RESOLUTIONS: tuple[str, ...] = ("纸质已改正", "电子已改正", "按现状接受")
ACCEPTED = "按现状接受"


def fingerprint(f: dict[str, Any]) -> str:
    key = "|".join([str(f.get("职工编号") or ""), str(f.get("kind") or ""), str(f.get("field") or ""),
                    str(f.get("rule") or "")])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class FindingRows(list[dict[str, Any]]):
    """Findings, with what a report states apart from them: the readings to verify (never mixed into the
    findings) and the schema fields the export lacked (stated once, "电子档案未包含 …")."""

    lacking: list[str]
    to_verify: list[dict[str, Any]]

    def __init__(self, rows: Iterable[dict[str, Any]] = (), lacking: Iterable[str] | None = None,
                 to_verify: Iterable[dict[str, Any]] | None = None) -> None:
        super().__init__(rows)
        self.lacking = list(lacking or [])
        self.to_verify = list(to_verify or [])


def split_outputs(outputs: Iterable[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(findings, readings to verify) of one reconciliation's outputs."""
    findings: list[dict[str, Any]] = []
    readings: list[dict[str, Any]] = list(getattr(outputs, "to_verify", []) or [])
    for f in outputs:
        (readings if f.get("kind") == VERIFY else findings).append(f)
    return findings, readings


@dataclass
class RunSummary:
    run_id: int
    households: int
    new: int
    reopened: int
    resolved: int
    still_open: int
    open_total: int
    to_verify: int = 0


def _jsonable(value: Any) -> Any:
    if isinstance(value, set | frozenset | tuple):
        return sorted(value, key=str) if isinstance(value, set | frozenset) else list(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value


def store_run(
    session: Session,
    findings: Iterable[dict[str, Any]],
    *,
    rules: str,
    households: Iterable[str],
    actor: str = "system",
    lacking: Iterable[str] | None = None,
) -> RunSummary:
    """Record one reconciliation run over ``households`` (only their findings can be auto-resolved).

    Readings to verify (kind ``verify``, or ``findings.to_verify``) go to their own table, never among
    the findings; ``lacking`` (else ``findings.lacking``): what the export did not carry. A drive too
    large for memory is the same run in batches: ``start_run``, ``store_batch`` per batch, ``finish_run``.
    """
    scope = set(households)
    gaps = list(lacking if lacking is not None else getattr(findings, "lacking", []) or [])
    run_id = start_run(session, rules=rules, actor=actor, lacking=gaps)
    counts = store_batch(session, run_id, findings, scope=scope, actor=actor)
    return finish_run(session, run_id, counts, households=len(scope))


def start_run(session: Session, *, rules: str, actor: str, lacking: Iterable[str] | None = None) -> int:
    """A new run row (its counts are filled in by ``finish_run``); returns its id."""
    run = ReconcileRun(rules=rules, households=0, actor=actor, lacking=list(lacking or []))
    session.add(run)
    session.flush()
    return run.id


BATCH_COUNTS = ("new", "reopened", "resolved", "still_open", "to_verify")


def _existing(session: Session, scope: set[str], fingerprints: Iterable[str]) -> dict[str, Finding]:
    """Stored findings of these households, and any stored under one of these fingerprints (500 per query)."""
    found: dict[str, Finding] = {}
    nos = sorted(scope)
    for i in range(0, len(nos), 500):
        for row in session.scalars(select(Finding).where(Finding.archive_no.in_(nos[i : i + 500]))):
            found[row.fingerprint] = row
    rest = [fp for fp in fingerprints if fp not in found]
    for i in range(0, len(rest), 500):
        for row in session.scalars(select(Finding).where(Finding.fingerprint.in_(rest[i : i + 500]))):
            found[row.fingerprint] = row
    return found


def store_batch(
    session: Session, run_id: int, findings: Iterable[dict[str, Any]], *, scope: set[str], actor: str = "system",
) -> dict[str, int]:
    """This batch's findings of run ``run_id``: new ones inserted in bulk, known ones kept or reopened, and
    the open findings of the batch's households (``scope``) that are gone resolved. Returns the counts."""
    found, readings = split_outputs(findings)
    waiting_on = {(str(r["职工编号"]), str(r["field"])[:64]) for r in readings}
    now = utcnow()
    current: dict[str, dict[str, Any]] = {}
    for f in found:
        current.setdefault(fingerprint(f), f)
    existing = _existing(session, scope, current)
    new = reopened = resolved = still = 0
    fresh: list[dict[str, Any]] = []
    for fp, f in current.items():
        paper, electronic = _jsonable(f.get("paper")), _jsonable(f.get("electronic"))
        row = existing.get(fp)
        if row is None:
            fresh.append(dict(
                fingerprint=fp, archive_no=str(f["职工编号"]), unit=f.get("单位"), kind=f["kind"],
                field=str(f["field"])[:64], paper=paper, electronic=electronic,
                detail=str(f.get("detail") or ""), document_id=f.get("document_id"), status="open",
                evidence=_jsonable(f.get("evidence")),
                first_run_id=run_id, last_run_id=run_id, created_at=now, reopened=0,
            ))
            new += 1
            continue
        unchanged = row.paper == paper and row.electronic == electronic
        if row.status == "resolved" and not (row.resolution == ACCEPTED and unchanged):
            row.status = "open"
            row.resolution = None
            row.resolved_by = None
            row.resolved_at = None
            row.reopened = (row.reopened or 0) + 1
            reopened += 1
        elif row.status == "open":
            still += 1
        row.paper, row.electronic, row.detail = paper, electronic, str(f.get("detail") or "")
        row.evidence = _jsonable(f.get("evidence"))
        row.document_id = f.get("document_id") or row.document_id
        row.unit = f.get("单位") or row.unit
        row.last_run_id = run_id
    for fp, row in existing.items():
        if fp not in current and row.status == "open" and row.archive_no in scope:
            row.status = "resolved"
            row.resolution = TO_VERIFY if (row.archive_no, row.field) in waiting_on else AUTO_RESOLVED
            row.resolved_by = actor
            row.resolved_at = now
            resolved += 1
    session.flush()
    if fresh:
        session.execute(insert(Finding.__table__), fresh)  # Core executemany: no ORM bookkeeping per row
    waiting = store_readings(session, readings, scope=scope, run_id=run_id)
    return {"new": new, "reopened": reopened, "resolved": resolved, "still_open": still, "to_verify": waiting}


def finish_run(
    session: Session, run_id: int, counts: dict[str, int], *, households: int, lacking: Iterable[str] | None = None,
) -> RunSummary:
    """The run's totals (summed over its batches) on its row and in the event log."""
    run = session.get(ReconcileRun, run_id)
    if run is None:
        raise NotFound(f"未找到核查批次 #{run_id} (reconcile run not found)")
    new, reopened, resolved, still = (counts.get(k, 0) for k in ("new", "reopened", "resolved", "still_open"))
    open_total = still + new + reopened
    run.findings_open, run.households = open_total, households
    if lacking is not None:
        run.lacking = list(lacking)
    waiting = counts.get("to_verify", 0)
    session.flush()
    record_event(session, "reconciled", actor=run.actor, run_id=run_id, rules=run.rules, households=households,
                 new=new, reopened=reopened, resolved=resolved, open=open_total, to_verify=waiting)
    return RunSummary(run_id, households, new, reopened, resolved, still, open_total, waiting)


def store_readings(session: Session, readings: Iterable[dict[str, Any]], *, scope: set[str], run_id: int) -> int:
    """This run's readings to verify: kept (or reopened) by fingerprint; those of the households in scope
    that are gone (settled in review, or the export changed) are cleared. Returns how many are open."""
    current: dict[str, dict[str, Any]] = {}
    for r in readings:
        current.setdefault(fingerprint({**r, "kind": VERIFY}), r)
    now = utcnow()
    existing = {row.fingerprint: row for row in session.scalars(
        select(ReadingToVerify).where(ReadingToVerify.archive_no.in_(scope))) } if scope else {}
    for fp, r in current.items():
        row = existing.get(fp) or session.scalar(select(ReadingToVerify).where(ReadingToVerify.fingerprint == fp))
        values = {"paper": _jsonable(r.get("paper")), "electronic": _jsonable(r.get("electronic")),
                  "detail": str(r.get("detail") or ""), "evidence": _jsonable(r.get("evidence")),
                  "document_id": r.get("document_id"), "unit": r.get("单位"), "last_run_id": run_id,
                  "status": "open", "cleared_at": None}
        if row is None:
            session.add(ReadingToVerify(fingerprint=fp, archive_no=str(r["职工编号"]), field=str(r["field"])[:128],
                                        first_run_id=run_id, created_at=now, **values))
        else:
            for k, v in values.items():
                setattr(row, k, v)
    for fp, row in existing.items():
        if fp not in current and row.status == "open":
            row.status, row.cleared_at = "cleared", now
    session.flush()
    return len(current)


def open_readings(
    session: Session, *, unit: str | None = None, archive_no: str | None = None, reveal_ids: bool = False
) -> list[dict[str, Any]]:
    """Readings waiting for a person, in the finding contract's shape (kind ``verify``)."""
    stmt = select(ReadingToVerify).where(ReadingToVerify.status == "open").order_by(
        ReadingToVerify.unit, ReadingToVerify.archive_no, ReadingToVerify.field)
    if unit:
        stmt = stmt.where(ReadingToVerify.unit == unit)
    if archive_no:
        stmt = stmt.where(ReadingToVerify.archive_no == archive_no)
    rows = [reading_record(r) for r in session.scalars(stmt)]
    return rows if reveal_ids else [mask_finding(r) for r in rows]


def latest_lacking(session: Session) -> list[str]:
    """What the newest run's export did not carry (stated once on the report's cover and the web view)."""
    for gaps in session.scalars(select(ReconcileRun.lacking).order_by(ReconcileRun.id.desc()).limit(20)):
        if gaps:
            return list(gaps)
    return []


def resolve_finding(
    session: Session, finding_id: int, *, resolution: str, actor: str, note: str = ""
) -> dict[str, Any]:
    """A person closes a finding: 纸质已改正 / 电子已改正 / 按现状接受."""
    if resolution not in MANUAL_RESOLUTIONS:
        raise InvalidData(f"处理结果应为 {' / '.join(MANUAL_RESOLUTIONS)} 之一 (resolution): {resolution}")
    row = session.get(Finding, finding_id)
    if row is None:
        raise NotFound(f"未找到问题 #{finding_id} (finding not found)")
    row.status = "resolved"
    row.resolution = resolution
    row.resolved_by = actor
    row.resolved_at = utcnow()
    session.flush()
    record_event(session, "resolved", actor=actor, finding_id=row.id, archive_no=row.archive_no,
                 kind=row.kind, field=row.field, resolution=resolution, note=note)
    return finding_to_dict(row)


def finding_to_dict(row: Finding) -> dict[str, Any]:
    """The shared row mapping (``storage.db.finding_record``) with dates as ISO strings, for JSON output."""
    record = finding_record(row)
    for key in ("resolved_at", "created_at"):
        record[key] = record[key].isoformat() if record[key] else None
    return record


def _since(value: date | datetime | str | None) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if not isinstance(value, datetime):
        value = datetime.combine(value, time.min)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def query_findings(
    unit: str | None = None,
    kind: str | None = None,
    field: str | None = None,
    status: str | None = None,
    since: date | datetime | str | None = None,
    *,
    archive_no: str | None = None,
    reveal_ids: bool = False,
    session: Session | None = None,
    limit: int | None = None,
) -> FindingRows:
    """Findings for the CLI and the web view; ``field`` matches a label also inside member fields.

    The readings to verify and the export's gaps ride along (``.to_verify``, ``.lacking``), never as rows.
    """
    stmt = select(Finding).order_by(Finding.unit, Finding.archive_no, Finding.kind, Finding.field)
    if unit:
        stmt = stmt.where(Finding.unit == unit)
    if kind:
        stmt = stmt.where(Finding.kind == kind)
    if status:
        stmt = stmt.where(Finding.status == status)
    if archive_no:
        stmt = stmt.where(Finding.archive_no == archive_no)
    if field:
        stmt = stmt.where(
            or_(Finding.field == field, Finding.field.like(f"%.{field}"), Finding.field.like(f"{field}[%"))
        )
    start = _since(since)
    if start is not None:
        stmt = stmt.where(or_(Finding.created_at >= start, Finding.resolved_at >= start))
    if limit:
        stmt = stmt.limit(limit)

    def run(s: Session) -> FindingRows:
        rows = [finding_to_dict(r) for r in s.scalars(stmt)]
        waiting = open_readings(s, unit=unit, archive_no=archive_no, reveal_ids=reveal_ids)
        return FindingRows(rows if reveal_ids else [mask_finding(r) for r in rows], latest_lacking(s), waiting)

    if session is not None:
        return run(session)
    with session_scope() as s:
        return run(s)
