"""Reconciliation as a Prefect flow over what the database holds.

Paper side: every document linked to a household, with its machine-read fields and people's
corrections on top (a correction wins). Electronic side: the newest record of each household across
imports (or one import by id). Findings go through the lifecycle (resolved when gone, reopened when
back). Tasks pass ids and counts only.
"""

from __future__ import annotations

import json
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
from dangan.reconcile.electronic import lacking_fields, latest_electronic
from dangan.reconcile.lifecycle import store_run
from dangan.reconcile.ruleset import load
from dangan.storage import db


def paper_from_database(session: Session, unit: str | None = None) -> dict[str, PaperHousehold]:
    """Extraction results rebuilt from extracted_fields, with the newest correction of each field winning.

    Each document keeps what trust needs: the machine confidence and box of each reading, and which
    readings a person settled in review (a confirmation or a correction: ``settled``).
    """
    stmt = (
        select(db.Document, db.Household)
        .join(db.Household, db.Document.household_id == db.Household.id)
        .order_by(db.Household.archive_no, db.Document.id)
    )
    if unit:
        stmt = stmt.where(db.Household.unit == unit)
    docs = list(session.execute(stmt))
    doc_conf = classification_confidence([d for d, _h in docs])
    ids = [d.id for d, _h in docs]
    values: dict[int, dict[tuple[int, str], Any]] = defaultdict(dict)
    conf: dict[int, dict[tuple[int, str], float]] = defaultdict(dict)
    boxes: dict[int, dict[tuple[int, str], list[Any]]] = defaultdict(dict)
    settled: dict[int, set[tuple[int, str]]] = defaultdict(set)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for f in session.scalars(select(db.ExtractedField).where(db.ExtractedField.document_id.in_(chunk))):
            key = (f.member_index, f.label)
            values[f.document_id][key] = f.value
            conf[f.document_id][key] = f.confidence
            boxes[f.document_id][key] = [f.page, f.bbox]
        corrections = session.scalars(
            select(db.Correction).where(db.Correction.document_id.in_(chunk)).order_by(db.Correction.at, db.Correction.id)
        )
        for c in corrections:  # later corrections overwrite earlier ones
            values[c.document_id][(c.member_index, c.label)] = c.value
            settled[c.document_id].add((c.member_index, c.label))
    triples: list[tuple[str, str | None, dict[str, Any]]] = []
    for doc, hh in docs:
        ex = _extraction(doc, values[doc.id], conf[doc.id], boxes[doc.id], settled[doc.id])
        if doc.id in doc_conf:
            ex["confidence"]["doc_type"] = doc_conf[doc.id]
        triples.append((hh.archive_no, hh.unit or doc.unit, ex))
    return paper_from_extractions(triples)


# sha256 of an original -> extraction's confidence["doc_type"] (an original never changes; re-extraction
# of the same original gives the same classification), so each original is read from the store once per process
_CLASS_CONFIDENCE: dict[str, float | None] = {}


def classification_confidence(docs: list[db.Document]) -> dict[int, float]:
    """How sure each document's classification is, from the extraction result kept in ``derived``.

    Missing material is claimed only from sure classifications. The result JSON holds the confidence
    (the documents table does not: a column for it belongs with the extract flow). When the store cannot
    be reached a value stays unknown, and the classification is taken as it stands.
    """
    todo = [d for d in docs if d.status == "extracted" and d.sha256 not in _CLASS_CONFIDENCE]
    if todo:
        _load_confidences(todo)
    return {d.id: c for d in docs if (c := _CLASS_CONFIDENCE.get(d.sha256)) is not None}


def _load_confidences(todo: list[db.Document]) -> None:
    try:
        from dangan.storage import objects

        settings = load_settings()
        client = objects.get_client(settings)
    except Exception:  # no store configured or reachable: nothing known now
        return
    failures = 0
    for doc in todo:
        try:
            raw = objects.get_bytes(client, settings, "derived", f"extract/{doc.sha256}/result.json")
            conf = (json.loads(raw).get("confidence") or {}).get("doc_type")
        except Exception:  # no result kept for this document (older extraction) or the store went away
            failures += 1
            if failures >= 3 and failures * 2 > len(todo):
                return  # the store is away: do not wait on every document
            continue
        if len(_CLASS_CONFIDENCE) > 500_000:
            _CLASS_CONFIDENCE.clear()
        _CLASS_CONFIDENCE[doc.sha256] = float(conf) if isinstance(conf, int | float) else None


def _extraction(
    doc: db.Document, values: dict[tuple[int, str], Any], conf: dict[tuple[int, str], float],
    boxes: dict[tuple[int, str], list[Any]], settled: set[tuple[int, str]],
) -> dict[str, Any]:
    """One document in the extraction contract's shape, plus confidence, boxes and what a person settled."""
    fields: dict[str, Any] = {}
    confidence: dict[str, float] = {}
    field_boxes: dict[str, list[Any]] = {}
    members: dict[int, dict[str, Any]] = defaultdict(dict)
    mconf: dict[int, dict[str, float]] = defaultdict(dict)
    mbox: dict[int, dict[str, list[Any]]] = defaultdict(dict)
    for (idx, label), value in values.items():
        c, b = conf.get((idx, label)), boxes.get((idx, label))
        if idx < 0:
            fields[label] = value
            if c is not None:
                confidence[label] = c
            if b is not None:
                field_boxes[label] = b
        else:
            members[idx][label] = value
            if c is not None:
                mconf[idx][label] = c
            if b is not None:
                mbox[idx][label] = b
    order = sorted(members)
    return {
        "file": doc.object_key,
        "document_id": doc.id,
        "doc_type": doc.doc_type or "其他",
        "fields": fields,
        "confidence": confidence,
        "boxes": field_boxes,
        "members": [members[i] for i in order],
        "member_confidence": [mconf[i] for i in order],
        "member_boxes": [mbox[i] for i in order],
        # member indexes are renumbered to the list's order; a person's decisions follow them
        "settled": [[-1 if i < 0 else order.index(i), label] for i, label in settled if i < 0 or i in members],
    }


@task(name="reconcile-households", cache_policy=NO_CACHE, persist_result=False)
def reconcile_task(rules: str, import_id: int | None, unit: str | None, actor: str, as_of: str | None) -> dict[str, Any]:
    settings = load_settings()
    with db.session_scope(settings) as session:
        paper = paper_from_database(session, unit)
        electronic = latest_electronic(session, import_id)
        if unit:
            electronic = {no: r for no, r in electronic.items() if r.get("单位") == unit or no in paper}
        findings = reconcile(paper, electronic, load(rules), as_of=date.fromisoformat(as_of) if as_of else None)
        summary = store_run(session, findings, rules=rules, households=set(paper) | set(electronic), actor=actor,
                            lacking=_lacking(electronic))
    return {
        "run_id": summary.run_id,
        "households": summary.households,
        "new": summary.new,
        "reopened": summary.reopened,
        "resolved": summary.resolved,
        "open": summary.open_total,
        "to_verify": summary.to_verify,
    }


def _lacking(electronic: dict[str, dict[str, Any]]) -> list[str]:
    """The schema fields the compared records' export(s) lacked: a field lacking from any is listed."""
    seen: dict[int, Any] = {}
    for rec in electronic.values():
        cov = rec.get("coverage")
        if cov is not None:
            seen.setdefault(id(cov), cov)
    out: list[str] = []
    for cov in seen.values():
        out.extend(f for f in lacking_fields(cov) if f not in out)
    return out


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
