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

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from dangan.errors import InvalidData, NotFound
from dangan.reconcile.masking import mask_finding
from dangan.storage.db import Finding, ReconcileRun, finding_record, record_event, session_scope, utcnow

AUTO_RESOLVED = "复查已消除"
MANUAL_RESOLUTIONS: tuple[str, ...] = ("纸质已改正", "电子已改正", "按现状接受")
ACCEPTED = "按现状接受"


def fingerprint(f: dict[str, Any]) -> str:
    key = "|".join([str(f.get("职工编号") or ""), str(f.get("kind") or ""), str(f.get("field") or ""),
                    str(f.get("rule") or "")])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


@dataclass
class RunSummary:
    run_id: int
    households: int
    new: int
    reopened: int
    resolved: int
    still_open: int
    open_total: int


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
) -> RunSummary:
    """Record one reconciliation run over ``households`` (only their findings can be auto-resolved)."""
    scope = set(households)
    run = ReconcileRun(rules=rules, households=len(scope), actor=actor)
    session.add(run)
    session.flush()
    now = utcnow()
    current: dict[str, dict[str, Any]] = {}
    for f in findings:
        current.setdefault(fingerprint(f), f)
    existing: dict[str, Finding] = {}
    for row in session.scalars(select(Finding)):
        if row.archive_no in scope or row.fingerprint in current:
            existing[row.fingerprint] = row
    new = reopened = resolved = still = 0
    for fp, f in current.items():
        paper, electronic = _jsonable(f.get("paper")), _jsonable(f.get("electronic"))
        row = existing.get(fp)
        if row is None:
            session.add(
                Finding(
                    fingerprint=fp, archive_no=str(f["职工编号"]), unit=f.get("单位"), kind=f["kind"],
                    field=str(f["field"])[:64], paper=paper, electronic=electronic,
                    detail=str(f.get("detail") or ""), document_id=f.get("document_id"), status="open",
                    first_run_id=run.id, last_run_id=run.id, created_at=now,
                )
            )
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
        row.unit = f.get("单位") or row.unit
        row.last_run_id = run.id
    for fp, row in existing.items():
        if fp not in current and row.status == "open" and row.archive_no in scope:
            row.status = "resolved"
            row.resolution = AUTO_RESOLVED
            row.resolved_by = actor
            row.resolved_at = now
            resolved += 1
    session.flush()
    open_total = still + new + reopened
    run.findings_open = open_total
    record_event(session, "reconciled", actor=actor, run_id=run.id, rules=rules, households=len(scope),
                 new=new, reopened=reopened, resolved=resolved, open=open_total)
    return RunSummary(run.id, len(scope), new, reopened, resolved, still, open_total)


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
) -> list[dict[str, Any]]:
    """Findings for the CLI and the web view; ``field`` matches a label also inside member fields."""
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

    def run(s: Session) -> list[dict[str, Any]]:
        rows = [finding_to_dict(r) for r in s.scalars(stmt)]
        return rows if reveal_ids else [mask_finding(r) for r in rows]

    if session is not None:
        return run(session)
    with session_scope() as s:
        return run(s)
