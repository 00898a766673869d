"""Alembic environment: the engine comes from ``dangan.storage.db`` (SQLite or PostgreSQL)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.exc import ArgumentError

from dangan.storage.db import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    engine = config.attributes.get("engine")
    if not engine:
        url = config.get_main_option("sqlalchemy.url")
        if url is None:  # what create_engine(None) raises
            raise ArgumentError("Expected string or URL object, got None")
        engine = create_engine(url)
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations()
