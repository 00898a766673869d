"""Commands skip Alembic when the database already carries the newest schema (issue 10: read-only commands
start in well under 1.5 s); a database of an older schema is still brought up to date."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from dangan.config import load_settings
from dangan.storage import db

MIGRATIONS = Path(db.__file__).with_name("migrations")


def _alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def test_schema_head_is_the_head_alembic_sees() -> None:
    assert ScriptDirectory.from_config(_alembic_config("sqlite://")).get_heads() == [db.schema_head()]


def _document_columns(url: str) -> set[str]:
    return {c["name"] for c in inspect(db._engine_for(url)).get_columns("documents")}


def test_an_older_database_is_brought_to_the_newest_schema(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = _alembic_config(database_url)
    cfg.attributes["engine"] = db._engine_for(database_url)
    command.upgrade(cfg, "0005")  # a database left by an older release: no extraction claims yet
    assert "claimed_by" not in _document_columns(database_url)

    monkeypatch.setenv("DANGAN_DATABASE_URL", database_url)
    monkeypatch.setattr(db, "_upgraded", set())
    db.get_engine(load_settings())

    assert "claimed_by" in _document_columns(database_url)
    with db._engine_for(database_url).connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == db.schema_head()


def test_a_current_database_is_opened_without_alembic(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DANGAN_DATABASE_URL", database_url)
    monkeypatch.setattr(db, "_upgraded", set())
    db.get_engine(load_settings())  # a fresh database: Alembic creates every table

    def no_alembic(url: str) -> None:
        raise AssertionError(f"Alembic ran on a database already at {db.schema_head()}: {url}")

    monkeypatch.setattr(db, "_upgraded", set())
    monkeypatch.setattr(db, "upgrade_schema", no_alembic)
    db.get_engine(load_settings())
    with db.session_scope(load_settings()) as session:
        assert session.query(db.Document).count() == 0
