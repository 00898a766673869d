"""Review queue: machine readings below a confidence threshold wait for a person.

A person either confirms the machine's value or corrects it; both are stored as a ``Correction`` (who,
when, value), which wins over any machine reading of that field — also over a later re-extraction,
because re-extraction replaces machine fields only. Each decision is an event ``corrected``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dangan.config import load_settings
from dangan.errors import NotFound
from dangan.schemas.validators import keyed_hash
from dangan.storage.db import Correction, Document, ExtractedField, record_event

DEFAULT_THRESHOLD = 0.85


@dataclass(frozen=True)
class ReviewItem:
    field_id: int
    document_id: int
    member_index: int
    label: str
    value: Any
    confidence: float
    page: int | None
    bbox: list[Any] | None
    file: str
    doc_type: str | None


def needs_review(confidence: float, threshold: float = DEFAULT_THRESHOLD) -> bool:
    return confidence < threshold


def _corrected_keys(session: Session, document_ids: set[int] | None = None) -> set[tuple[int, int, str]]:
    q = select(Correction.document_id, Correction.member_index, Correction.label)
    if document_ids is not None:
        q = q.where(Correction.document_id.in_(document_ids))
    return {(d, m, lab) for d, m, lab in session.execute(q)}


def review_queue(
    session: Session,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    document_id: int | None = None,
    unit: str | None = None,
    limit: int | None = None,
) -> list[ReviewItem]:
    """Machine fields below ``threshold`` that no person has decided on yet, by document.

    ``ExtractedField.needs_review`` holds the same test against the default threshold at extraction
    time (for readers that do not pass a threshold, e.g. the web view).
    """
    q = (
        select(ExtractedField, Document)
        .join(Document, Document.id == ExtractedField.document_id)
        .where(ExtractedField.confidence < threshold)
        .order_by(ExtractedField.document_id, ExtractedField.member_index, ExtractedField.id)
    )
    if document_id is not None:
        q = q.where(ExtractedField.document_id == document_id)
    if unit is not None:
        q = q.where(Document.unit == unit)
    rows = session.execute(q).all()
    done = _corrected_keys(session, {f.document_id for f, _ in rows})
    out: list[ReviewItem] = []
    for f, doc in rows:
        if (f.document_id, f.member_index, f.label) in done:
            continue
        out.append(
            ReviewItem(
                f.id,
                f.document_id,
                f.member_index,
                f.label,
                f.value,
                f.confidence,
                f.page,
                f.bbox,
                doc.original_name,
                doc.doc_type,
            )
        )
        if limit is not None and len(out) >= limit:
            break
    return out


def _field(session: Session, document_id: int, label: str, member_index: int) -> ExtractedField | None:
    return session.scalar(
        select(ExtractedField).where(
            ExtractedField.document_id == document_id,
            ExtractedField.label == label,
            ExtractedField.member_index == member_index,
        )
    )


def _pii_key() -> bytes:
    return load_settings().secret("pii-hash")


def _store(
    session: Session,
    document_id: int,
    label: str,
    member_index: int,
    value: Any,
    actor: str,
    action: str,
    machine: Any,
    at: datetime | None = None,
) -> Correction:
    if session.get(Document, document_id) is None:
        raise NotFound(f"文档不存在 (no such document): {document_id}")
    corr = Correction(
        document_id=document_id, member_index=member_index, label=label, value=value, actor=actor
    )
    if at is not None:
        corr.at = at
    session.add(corr)
    session.flush()
    record_event(
        session,
        "corrected",
        actor=actor,
        document_id=document_id,
        action=action,
        label=label,
        member_index=member_index,
        # references and keyed hashes only: the append-only log can never be purged of a personal value
        machine=keyed_hash(_pii_key(), machine),
        value=keyed_hash(_pii_key(), value),
        correction_id=corr.id,
    )
    return corr


def confirm(session: Session, document_id: int, label: str, actor: str, member_index: int = -1) -> Correction:
    """A person agrees with the machine's reading: the value is kept as a correction (who, when)."""
    f = _field(session, document_id, label, member_index)
    if f is None:
        raise NotFound(f"没有该字段的机器读取结果 (no machine reading): 文档 {document_id} {label}")
    return _store(session, document_id, label, member_index, f.value, actor, "confirm", f.value)


def correct(
    session: Session, document_id: int, label: str, value: Any, actor: str, member_index: int = -1
) -> Correction:
    """A person sets the value (also for fields the machine did not read at all)."""
    f = _field(session, document_id, label, member_index)
    return _store(session, document_id, label, member_index, value, actor, "correct", f.value if f else None)


def effective_fields(session: Session, document_id: int) -> dict[str, Any]:
    """The document's fields as they stand: the latest correction of a field wins over the machine.

    Returns ``{"fields": {label: value}, "members": [{label: value}], "source": {key: "machine"|"person"},
    "corrected_by": {key: [actor, at-iso]}}``; member keys are written ``"<index>.<label>"``.
    """
    fields: dict[str, Any] = {}
    members: dict[int, dict[str, Any]] = {}
    source: dict[str, str] = {}
    by: dict[str, list[str]] = {}
    machine = session.scalars(select(ExtractedField).where(ExtractedField.document_id == document_id)).all()
    for f in machine:
        _put(fields, members, f.member_index, f.label, f.value)
        source[_key(f.member_index, f.label)] = "machine"
    corrections = session.scalars(
        select(Correction).where(Correction.document_id == document_id).order_by(Correction.at, Correction.id)
    ).all()
    for c in corrections:
        _put(fields, members, c.member_index, c.label, c.value)
        source[_key(c.member_index, c.label)] = "person"
        by[_key(c.member_index, c.label)] = [c.actor, c.at.isoformat() if c.at else ""]
    return {
        "fields": fields,
        "members": [members[i] for i in sorted(members)],
        "source": source,
        "corrected_by": by,
    }


def _key(member_index: int, label: str) -> str:
    return label if member_index < 0 else f"{member_index}.{label}"


def _put(
    fields: dict[str, Any], members: dict[int, dict[str, Any]], idx: int, label: str, value: Any
) -> None:
    if idx < 0:
        fields[label] = value
    else:
        members.setdefault(idx, {})[label] = value
