"""Reconciliation as a Prefect flow over what the database holds.

Paper side: every document linked to a household, with its machine-read fields and people's
corrections on top (a correction wins). Electronic side: the newest record of each household across
imports (or one import by id). Findings go through the lifecycle (resolved when gone, reopened when
back). Tasks pass ids and counts only.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE
from sqlalchemy import select
from sqlalchemy.orm import Session

from dangan.config import load_settings
from dangan.flows.flowdef import flow
from dangan.reconcile.compare import PaperHousehold
from dangan.reconcile.core import paper_from_extractions, reconcile
from dangan.reconcile.electronic import lacking_fields, latest_electronic, latest_units
from dangan.reconcile.lifecycle import finish_run, start_run, store_batch
from dangan.reconcile.rules import duplicate_ids, identities
from dangan.reconcile.ruleset import load
from dangan.storage import db


def paper_from_database(
    session: Session, unit: str | None = None, archive_nos: Sequence[str] | None = None,
) -> dict[str, PaperHousehold]:
    """Extraction results rebuilt from extracted_fields, with the newest correction of each field winning
    (of the households ``archive_nos`` only, when given: a drive is read a batch at a time).

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
    if archive_nos is not None:
        nos = list(archive_nos)
        docs = [row for i in range(0, len(nos), 1000)
                for row in session.execute(stmt.where(db.Household.archive_no.in_(nos[i : i + 1000])))]
    else:
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
            ex["confidence"]["doc_type"], ex["doc_type_candidates"] = doc_conf[doc.id]
        triples.append((hh.archive_no, hh.unit or doc.unit, ex))
    return paper_from_extractions(triples)


# sha256 of an original -> extraction's confidence["doc_type"] and doc_type_candidates (an original never
# changes; re-extraction of the same original gives the same classification), so each original is read from
# the store once per process
_CLASS_CONFIDENCE: dict[str, tuple[float, list[str]] | None] = {}


def classification_confidence(docs: list[db.Document]) -> dict[int, tuple[float, list[str]]]:
    """How sure each document's classification is, and which other types it shows signs of, from the
    extraction result kept in ``derived``.

    Missing material is claimed only from sure classifications; a doubtful one stands only for the types it
    shows signs of. The result JSON holds both (the documents table does not: a column for it belongs with
    the extract flow). When the store cannot be reached a value stays unknown, and the classification is
    taken as it stands.
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
            result = json.loads(raw)
            conf = (result.get("confidence") or {}).get("doc_type")
            signs = [str(t) for t in result.get("doc_type_candidates") or []]
        except Exception:  # no result kept for this document (older extraction) or the store went away
            failures += 1
            if failures >= 3 and failures * 2 > len(todo):
                return  # the store is away: do not wait on every document
            continue
        if len(_CLASS_CONFIDENCE) > 500_000:
            _CLASS_CONFIDENCE.clear()
        _CLASS_CONFIDENCE[doc.sha256] = (float(conf), signs) if isinstance(conf, int | float) else None


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
        "member_indexes": order,
        # member indexes are renumbered to the list's order; a person's decisions follow them
        "settled": [[-1 if i < 0 else order.index(i), label] for i, label in settled if i < 0 or i in members],
    }


BATCH = 2000  # households reconciled, written and dropped at a time: memory does not grow with the drive


def drive_scope(
    session: Session, *, import_id: int | None, unit: str | None, archive_nos: Sequence[str] | None = None,
    span: tuple[str, str] | None = None,
) -> list[str]:
    """The households one run covers, in 职工编号 order: those with papers (of ``unit``) and those the
    export has (of ``unit``, or with papers); only ``archive_nos`` / those in ``span`` when given."""
    with_papers = (select(db.Household.archive_no).join(db.Document, db.Document.household_id == db.Household.id)
                   .distinct())
    if unit:
        with_papers = with_papers.where(db.Household.unit == unit)
    if span is not None:
        with_papers = with_papers.where(db.Household.archive_no.between(*span))
    paper = set(session.scalars(with_papers))
    nos = paper | {no for no, u in latest_units(session, import_id, span) if not unit or u == unit or no in paper}
    if archive_nos is not None:
        nos &= set(archive_nos)
    return sorted(nos)


@task(name="reconcile-plan", cache_policy=NO_CACHE, persist_result=False)
def plan_task(rules: str, import_id: int | None, unit: str | None, actor: str, archive_nos: list[str] | None,
              batch_size: int) -> dict[str, Any]:
    """The run's row and its batches as 职工编号 spans (first, last): tasks pass keys and counts, not data."""
    with db.session_scope(load_settings()) as session:
        nos = drive_scope(session, import_id=import_id, unit=unit, archive_nos=archive_nos)
        run_id = start_run(session, rules=rules, actor=actor)
    spans = [(nos[i], nos[min(i + batch_size, len(nos)) - 1]) for i in range(0, len(nos), batch_size)]
    return {"run_id": run_id, "households": len(nos), "spans": spans}


def _export_names_all(rec: dict[str, Any] | None) -> bool:
    """``identities`` reads the paper only for what the export's record does not say (ID, members, unit)."""
    return bool(rec and rec.get("单位") and (rec.get("data") or {}).get("身份证号") and rec.get("members"))


@task(name="reconcile-duplicates", cache_policy=NO_CACHE, persist_result=False)
def duplicates_task(spans: list[tuple[str, str]], import_id: int | None, unit: str | None,
                    archive_nos: list[str] | None) -> list[dict[str, Any]]:
    """The one check across households (the same 身份证号 in two archives), over the whole drive first: only
    each household's IDs, names and unit are kept; the paper is read only where the export is silent."""
    records: dict[str, Any] = {}
    with db.session_scope(load_settings()) as session:
        for span in spans:
            nos = drive_scope(session, import_id=import_id, unit=unit, archive_nos=archive_nos, span=span)
            electronic = latest_electronic(session, import_id, nos)
            need = [no for no in nos if not _export_names_all(electronic.get(no))]
            paper = paper_from_database(session, unit, need) if need else {}
            for no, (data, members, u) in identities(nos, paper, electronic).items():
                records[no] = ({"身份证号": data.get("身份证号")},
                               [{"姓名": m.get("姓名"), "身份证号": m.get("身份证号")} for m in members], u)
            session.expunge_all()
    return duplicate_ids(records)


@task(name="reconcile-batch", cache_policy=NO_CACHE, persist_result=False)
def batch_task(run_id: int, span: tuple[str, str], rules: str, import_id: int | None, unit: str | None, actor: str,
               as_of: str | None, archive_nos: list[str] | None, duplicates: list[dict[str, Any]]) -> dict[str, Any]:
    """One batch of households: its papers and records loaded, reconciled, its findings written (new ones
    inserted, gone ones of these households resolved) and everything dropped; returns its counts."""
    with db.session_scope(load_settings()) as session:
        nos = drive_scope(session, import_id=import_id, unit=unit, archive_nos=archive_nos, span=span)
        paper = paper_from_database(session, unit, nos)
        electronic = latest_electronic(session, import_id, nos)
        findings = reconcile(paper, electronic, load(rules), as_of=date.fromisoformat(as_of) if as_of else None,
                             duplicates=False)
        scope = set(nos)
        findings.extend(f for f in duplicates if f["职工编号"] in scope)
        counts: dict[str, Any] = store_batch(session, run_id, findings, scope=scope, actor=actor)
        counts["lacking"] = _lacking(electronic)
    return counts


@task(name="reconcile-finish", cache_policy=NO_CACHE, persist_result=False)
def finish_task(run_id: int, counts: dict[str, int], households: int, lacking: list[str]) -> dict[str, Any]:
    with db.session_scope(load_settings()) as session:
        summary = finish_run(session, run_id, counts, households=households, lacking=lacking)
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
    archive_nos: list[str] | None = None,
    batch_size: int = BATCH,
) -> dict[str, Any]:
    """Paper (documents + fields + corrections) vs the latest electronic import; findings stored per run.

    The drive is read ``batch_size`` households at a time (in 职工编号 order), each batch a task whose
    findings are written before the next is read: memory stays bounded whatever the drive's size.
    ``archive_nos``: only these households (the pipeline reconciles a household once its papers are read).
    """
    return _run(lambda step: step, rules or load_settings().rules, import_id, unit, actor, as_of, archive_nos,
                batch_size)


@task(name="reconcile-households", cache_policy=NO_CACHE, persist_result=False)
def reconcile_task(rules: str, import_id: int | None, unit: str | None, actor: str, as_of: str | None,
                   archive_nos: list[str] | None = None, batch_size: int = BATCH) -> dict[str, Any]:
    """The same run inside one task (for a caller already in a flow, and ``.fn`` without Prefect)."""
    return _run(lambda step: step.fn, rules, import_id, unit, actor, as_of, archive_nos, batch_size)


def _run(call: Callable[[Any], Any], rules: str, import_id: int | None, unit: str | None, actor: str,
         as_of: str | None, archive_nos: list[str] | None, batch_size: int) -> dict[str, Any]:
    """Plan, the cross-household check, the batches, the totals; ``call`` gives each step as a task or a function."""
    plan = call(plan_task)(rules, import_id, unit, actor, archive_nos, batch_size)
    duplicates = call(duplicates_task)(plan["spans"], import_id, unit, archive_nos)
    totals: Counter[str] = Counter()
    lacking: list[str] = []
    for span in plan["spans"]:
        counts = call(batch_task)(plan["run_id"], span, rules, import_id, unit, actor, as_of, archive_nos, duplicates)
        lacking.extend(f for f in counts.pop("lacking") if f not in lacking)
        totals.update(counts)
    return call(finish_task)(plan["run_id"], dict(totals), plan["households"], lacking)
