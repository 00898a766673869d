"""Reconciliation as a Prefect flow over what the database holds.

Paper side: every document linked to a household, with its machine-read fields and people's
corrections on top (a correction wins). Electronic side: the newest record of each household across
imports (or one import by id). Findings go through the lifecycle (resolved when gone, reopened when
back). Tasks pass ids and counts only.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from sqlalchemy import select
from sqlalchemy.orm import Session

from dangan.config import load_settings
from dangan.reconcile.compare import PaperHousehold
from dangan.reconcile.core import paper_from_extractions, reconcile
from dangan.reconcile.electronic import latest_electronic
from dangan.reconcile.lifecycle import store_run
from dangan.reconcile.ruleset import load
from dangan.storage import db


def paper_from_database(session: Session, unit: str | None = None) -> dict[str, PaperHousehold]:
    """Extraction results rebuilt from extracted_fields, with the newest correction of each field winning."""
    stmt = (
        select(db.Document, db.Household)
        .join(db.Household, db.Document.household_id == db.Household.id)
        .order_by(db.Household.archive_no, db.Document.id)
    )
    if unit:
        stmt = stmt.where(db.Household.unit == unit)
    docs = list(session.execute(stmt))
    ids = [d.id for d, _h in docs]
    values: dict[int, dict[tuple[int, str], Any]] = defaultdict(dict)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for f in session.scalars(select(db.ExtractedField).where(db.ExtractedField.document_id.in_(chunk))):
            values[f.document_id][(f.member_index, f.label)] = f.value
        corrections = session.scalars(
            select(db.Correction).where(db.Correction.document_id.in_(chunk)).order_by(db.Correction.at, db.Correction.id)
        )
        for c in corrections:  # later corrections overwrite earlier ones
            values[c.document_id][(c.member_index, c.label)] = c.value
    triples: list[tuple[str, str | None, dict[str, Any]]] = []
    for doc, hh in docs:
        fields: dict[str, Any] = {}
        members: dict[int, dict[str, Any]] = defaultdict(dict)
        for (idx, label), value in values.get(doc.id, {}).items():
            if idx < 0:
                fields[label] = value
            else:
                members[idx][label] = value
        ex = {
            "file": doc.object_key,
            "document_id": doc.id,
            "doc_type": doc.doc_type or "其他",
            "fields": fields,
            "members": [members[i] for i in sorted(members)],
        }
        triples.append((hh.archive_no, hh.unit or doc.unit, ex))
    return paper_from_extractions(triples)


@task(name="reconcile-households", cache_policy=NO_CACHE, persist_result=False)
def reconcile_task(rules: str, import_id: int | None, unit: str | None, actor: str, as_of: str | None) -> dict[str, Any]:
    settings = load_settings()
    with db.session_scope(settings) as session:
        paper = paper_from_database(session, unit)
        electronic = latest_electronic(session, import_id)
        if unit:
            electronic = {no: r for no, r in electronic.items() if r.get("单位") == unit or no in paper}
        findings = reconcile(paper, electronic, load(rules), as_of=date.fromisoformat(as_of) if as_of else None)
        summary = store_run(session, findings, rules=rules, households=set(paper) | set(electronic), actor=actor)
    return {
        "run_id": summary.run_id,
        "households": summary.households,
        "new": summary.new,
        "reopened": summary.reopened,
        "resolved": summary.resolved,
        "open": summary.open_total,
    }


@flow(name="reconcile", log_prints=False)
def reconcile_flow(
    rules: str | None = None,
    import_id: int | None = None,
    unit: str | None = None,
    actor: str = "reconcile-flow",
    as_of: str | None = None,
) -> dict[str, Any]:
    """Paper (documents + fields + corrections) vs the latest electronic import; findings stored per run."""
    return reconcile_task(rules or load_settings().rules, import_id, unit, actor, as_of)
