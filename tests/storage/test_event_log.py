"""The event log (custody and access register) is append-only: in the ORM and in the database itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from dangan.config import load_settings
from dangan.errors import DatabaseError
from dangan.storage import db


@pytest.fixture
def settings(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("DANGAN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DANGAN_DATABASE_URL", database_url)
    return load_settings()


def test_events_are_appended_and_read_back(settings) -> None:
    with db.session_scope(settings) as s:
        db.record_event(s, "viewed", actor="auditor1", archive="工业橡胶20130006")
    with db.session_scope(settings) as s:
        events = s.scalars(select(db.Event)).all()
    assert [(e.event_type, e.actor, e.detail["archive"]) for e in events] == [
        ("viewed", "auditor1", "工业橡胶20130006")
    ]


def test_the_orm_refuses_to_change_or_delete_an_event(settings) -> None:
    with db.session_scope(settings) as s:
        db.record_event(s, "viewed", actor="auditor1")
    with pytest.raises(DatabaseError), db.session_scope(settings) as s:
        s.scalars(select(db.Event)).one().actor = "someone else"
    with pytest.raises(DatabaseError), db.session_scope(settings) as s:
        s.delete(s.scalars(select(db.Event)).one())


@pytest.mark.parametrize("statement", ["UPDATE events SET actor = 'x'", "DELETE FROM events"])
def test_the_database_refuses_raw_sql_that_rewrites_history(settings, statement: str) -> None:
    with db.session_scope(settings) as s:
        db.record_event(s, "viewed", actor="auditor1")
    engine = db.get_engine(settings)
    with pytest.raises(Exception, match="append-only"), engine.begin() as conn:
        conn.execute(text(statement))
    with db.session_scope(settings) as s:
        assert [e.actor for e in s.scalars(select(db.Event))] == ["auditor1"]
