"""Relational metadata through SQLAlchemy 2: SQLite by default, PostgreSQL when configured.

The tables are the contract between stages: ingest writes documents, extraction writes fields,
reconciliation writes findings, and every stage appends to the event log (PREMIS-style).
The schema is created and upgraded by Alembic (``storage/migrations``), never by ``create_all``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    select,
    text,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from dangan.config import Settings, load_settings
from dangan.errors import DatabaseError


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Household(Base):
    """One household, one archive (一户一档); keyed by 职工编号."""

    __tablename__ = "households"
    id: Mapped[int] = mapped_column(primary_key=True)
    archive_no: Mapped[str] = mapped_column(String(64), unique=True)  # 职工编号
    unit: Mapped[str | None] = mapped_column(String(128), index=True)  # 单位 (union unit)
    name: Mapped[str | None] = mapped_column(String(64))
    id_number: Mapped[str | None] = mapped_column(String(18), index=True)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | closed
    closed_on: Mapped[date | None] = mapped_column(Date)
    retain_until: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Document(Base):
    """One original file, stored once (de-duplicated by SHA-256) under object lock."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    sm3: Mapped[str | None] = mapped_column(String(64))
    object_key: Mapped[str] = mapped_column(String(512), unique=True)
    version_id: Mapped[str | None] = mapped_column(String(128))
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(64))
    original_name: Mapped[str] = mapped_column(String(512))
    inbox_key: Mapped[str | None] = mapped_column(String(1024))
    unit: Mapped[str | None] = mapped_column(String(128), index=True)
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), index=True)
    doc_type: Mapped[str | None] = mapped_column(String(32))
    pages: Mapped[int | None] = mapped_column(Integer)
    # stored -> extracted | extract_failed ; held/retained is the store's business, mirrored in events
    status: Mapped[str] = mapped_column(String(32), default="stored")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # extraction claim (flows.extract.claim_documents): who reads it now, since when (a stale one is re-taken)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class QuarantineEntry(Base):
    """A file that could not be accepted: kept byte for byte in the quarantine bucket, with a reason."""

    __tablename__ = "quarantine"
    id: Mapped[int] = mapped_column(primary_key=True)
    inbox_key: Mapped[str] = mapped_column(String(1024))
    quarantine_key: Mapped[str] = mapped_column(String(1024), unique=True)
    reason: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str | None] = mapped_column(String(64))
    size: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Event(Base):
    """Append-only event log in the spirit of PREMIS: what happened, to what, by whom, when."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    # ingested, hashed, stored, held, duplicate, quarantined, extracted, fixity-checked, closed,
    # retention-set, hold-released, viewed, imported, reconciled, corrected, resolved
    event_type: Mapped[str] = mapped_column(String(32), index=True)
    outcome: Mapped[str] = mapped_column(String(16), default="success")  # success | failure
    actor: Mapped[str] = mapped_column(String(64))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), index=True)
    object_key: Mapped[str | None] = mapped_column(String(1024))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ExtractedField(Base):
    """One field read from one document by a machine, with its confidence and where it was read."""

    __tablename__ = "extracted_fields"
    __table_args__ = (UniqueConstraint("document_id", "member_index", "label"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    member_index: Mapped[int] = mapped_column(Integer, default=-1)  # -1: household field
    label: Mapped[str] = mapped_column(String(64))  # canonical Chinese label
    value: Mapped[Any] = mapped_column(JSON)
    confidence: Mapped[float] = mapped_column(Float)
    page: Mapped[int | None] = mapped_column(Integer)
    bbox: Mapped[list[Any] | None] = mapped_column(JSON)  # [x0, y0, x1, y1] in page pixels
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    engine: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Correction(Base):
    """A person's confirmation or correction of a field: wins over the machine's reading."""

    __tablename__ = "corrections"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    member_index: Mapped[int] = mapped_column(Integer, default=-1)
    label: Mapped[str] = mapped_column(String(64))
    value: Mapped[Any] = mapped_column(JSON)
    actor: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ElectronicImport(Base):
    """One import of the national system's export; rows are versioned by the import that brought them."""

    __tablename__ = "electronic_imports"
    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(1024))
    sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    rows_ok: Mapped[int] = mapped_column(Integer, default=0)
    rows_bad: Mapped[int] = mapped_column(Integer, default=0)
    actor: Mapped[str] = mapped_column(String(64), default="system")
    # schema fields the export carries, per sheet ({"档案": [...], "家庭成员": [...]}); None: not recorded
    coverage: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


class ElectronicRecord(Base):
    """A household as the electronic system had it in one import (data: canonical label -> value)."""

    __tablename__ = "electronic_records"
    __table_args__ = (UniqueConstraint("import_id", "archive_no"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("electronic_imports.id"), index=True)
    archive_no: Mapped[str] = mapped_column(String(64), index=True)
    unit: Mapped[str | None] = mapped_column(String(128))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    members: Mapped[list[Any]] = mapped_column(JSON, default=list)  # list of {label: value}
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # label -> [old, new] vs previous import


class ReconcileRun(Base):
    __tablename__ = "reconcile_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    rules: Mapped[str] = mapped_column(String(32))
    households: Mapped[int] = mapped_column(Integer, default=0)
    findings_open: Mapped[int] = mapped_column(Integer, default=0)
    actor: Mapped[str] = mapped_column(String(64), default="system")
    # schema fields the compared export lacked (not compared: "电子档案未包含 …"); None: not recorded
    lacking: Mapped[list[Any] | None] = mapped_column(JSON, nullable=True)


class Finding(Base):
    """A gap between paper and electronic, a missing material, or a broken rule; tracked across runs."""

    __tablename__ = "findings"
    __table_args__ = (UniqueConstraint("fingerprint"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))  # stable: archive_no + kind + field (+ member)
    archive_no: Mapped[str] = mapped_column(String(64), index=True)
    unit: Mapped[str | None] = mapped_column(String(128), index=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)  # mismatch | missing_material | rule
    field: Mapped[str] = mapped_column(String(64))
    paper: Mapped[Any] = mapped_column(JSON, nullable=True)
    electronic: Mapped[Any] = mapped_column(JSON, nullable=True)
    detail: Mapped[str] = mapped_column(Text, default="")
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    # where the paper side was read: [{document_id, file, doc_type, page, bbox, value, confidence, how}]
    evidence: Mapped[list[Any] | None] = mapped_column(JSON, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)  # open | resolved
    resolution: Mapped[str | None] = mapped_column(
        String(32)
    )  # 纸质已改正 | 电子已改正 | 按现状接受 | 复查已消除
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    first_run_id: Mapped[int | None] = mapped_column(ForeignKey("reconcile_runs.id"))
    last_run_id: Mapped[int | None] = mapped_column(ForeignKey("reconcile_runs.id"))
    reopened: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ReadingToVerify(Base):
    """A paper reading that would contradict the electronic record but is not trustworthy enough for a
    finding (low confidence, invalid for its field, or a vocabulary mapping the seeds do not settle).

    Kept apart from findings so that no list of findings ever holds one; it waits for a person in review
    (confirm/correct), after which the next reconciliation turns it into a finding or clears it.
    """

    __tablename__ = "readings_to_verify"
    __table_args__ = (UniqueConstraint("fingerprint"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    archive_no: Mapped[str] = mapped_column(String(64), index=True)
    unit: Mapped[str | None] = mapped_column(String(128), index=True)
    field: Mapped[str] = mapped_column(String(128))
    paper: Mapped[Any] = mapped_column(JSON, nullable=True)
    electronic: Mapped[Any] = mapped_column(JSON, nullable=True)  # the value the reading would contradict
    detail: Mapped[str] = mapped_column(Text, default="")
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    evidence: Mapped[list[Any] | None] = mapped_column(JSON, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)  # open | cleared
    first_run_id: Mapped[int | None] = mapped_column(ForeignKey("reconcile_runs.id"))
    last_run_id: Mapped[int | None] = mapped_column(ForeignKey("reconcile_runs.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    cleared_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


def reading_record(row: ReadingToVerify) -> dict[str, Any]:
    """A ReadingToVerify row in the finding contract's shape (kind "verify"), for reports and the web view."""
    return {
        "id": row.id, "职工编号": row.archive_no, "单位": row.unit, "kind": "verify", "field": row.field,
        "paper": row.paper, "electronic": row.electronic, "detail": row.detail, "document_id": row.document_id,
        "evidence": row.evidence, "status": row.status, "created_at": row.created_at,
        "cleared_at": row.cleared_at, "fingerprint": row.fingerprint,
    }


def finding_record(row: Finding) -> dict[str, Any]:
    """A Finding row in the contract's shape (职工编号, 单位, kind, field, paper, electronic, detail) + lifecycle.

    Dates stay ``datetime`` here; JSON writers format them.
    """
    return {
        "id": row.id,
        "职工编号": row.archive_no,
        "单位": row.unit,
        "kind": row.kind,
        "field": row.field,
        "paper": row.paper,
        "electronic": row.electronic,
        "detail": row.detail,
        "document_id": row.document_id,
        "evidence": row.evidence,
        "status": row.status,
        "resolution": row.resolution,
        "resolved_by": row.resolved_by,
        "resolved_at": row.resolved_at,
        "created_at": row.created_at,
        "reopened": row.reopened,
        "first_run_id": row.first_run_id,
        "last_run_id": row.last_run_id,
        "fingerprint": row.fingerprint,
    }


class User(Base):
    """Web users: auditor (read-only, masked IDs), unit staff (own unit only), administrator."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(16))  # auditor | unit_staff | admin
    unit: Mapped[str | None] = mapped_column(String(128))


@event.listens_for(Session, "before_flush")
def _event_log_is_append_only(session: Session, _ctx: object, _instances: object) -> None:
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, Event):
            raise DatabaseError("事件日志只能追加，不能修改或删除 (the event log is append-only)")


def _migrations_dir() -> Path:
    return Path(__file__).with_name("migrations")


@lru_cache(maxsize=8)
def _engine_for(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, future=True, pool_pre_ping=True)
    if url.startswith("sqlite"):

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

    return engine


def upgrade_schema(url: str) -> None:
    """Bring the database to the newest schema with Alembic (idempotent)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    cfg.attributes["engine"] = _engine_for(url)
    command.upgrade(cfg, "head")


def schema_head() -> str:
    """The newest migration's revision, without importing Alembic (about a third of a command's start).

    Revisions are named by their file's number (``0006_pipeline.py`` holds ``revision = "0006"``) and form
    one line; ``tests/storage`` checks this against Alembic's own view of the scripts.
    """
    return max(p.name.split("_", 1)[0] for p in (_migrations_dir() / "versions").glob("[0-9]*_*.py"))


def _schema_is_current(engine: Engine) -> bool:
    """True when the database already carries the newest revision: then Alembic need not run at all."""
    try:
        with engine.connect() as conn:
            stored = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except Exception:  # no table yet, or a database that does not answer: the upgrade path says which
        return False
    return stored == [schema_head()]


_upgraded: set[str] = set()


def get_engine(settings: Settings | None = None) -> Engine:
    url = (settings or load_settings()).database_url
    engine = _engine_for(url)
    if url not in _upgraded and _schema_is_current(engine):
        _upgraded.add(url)
    if url not in _upgraded:
        try:
            upgrade_schema(url)
        except Exception as exc:  # any driver error: one clear line for the user
            raise DatabaseError(
                f"数据库无法使用 ({url.split('@')[-1]}): {type(exc).__name__}: {exc}".splitlines()[0]
            ) from exc
        _upgraded.add(url)
    return engine


@contextmanager
def session_scope(settings: Settings | None = None) -> Iterator[Session]:
    """A transaction: committed on success, rolled back on any error."""
    factory = sessionmaker(bind=get_engine(settings), expire_on_commit=False)
    session = factory()
    try:
        yield session
        session.commit()
    except Exception:
        session.rollback()
        raise
    finally:
        session.close()


def record_event(
    session: Session,
    event_type: str,
    *,
    actor: str,
    document_id: int | None = None,
    household_id: int | None = None,
    object_key: str | None = None,
    outcome: str = "success",
    **detail: Any,
) -> Event:
    """Append one event; ``detail`` is made JSON-safe here (str() for dates etc.), not at flush time."""
    ev = Event(
        event_type=event_type,
        actor=actor,
        document_id=document_id,
        household_id=household_id,
        object_key=object_key,
        outcome=outcome,
        detail=json.loads(json.dumps(detail, ensure_ascii=False, default=str)),
    )
    session.add(ev)
    return ev


def household_by_archive_no(session: Session, archive_no: str) -> Household | None:
    return session.scalar(select(Household).where(Household.archive_no == archive_no))
