"""Idempotency across processes: the same scan ingested by two workers at once is one original, one row."""

from __future__ import annotations

import multiprocessing as mp
from typing import Any

import pytest
from sqlalchemy import func, select

from dangan.config import Settings, load_settings
from dangan.storage import db, objects

from .conftest import Drop, household_key, sample_bytes


def _ingest_all(args: tuple[list[str], Any]) -> list[dict[str, Any]]:
    """One worker process: wait for the other, then ingest every key (what two watchers would do)."""
    keys, barrier = args
    from dangan.flows.ingest import run_ingest

    barrier.wait(timeout=60)
    return [run_ingest(k, actor="worker") for k in keys]


def test_two_workers_ingesting_the_same_scan_at_once_make_one_original(
    s3_env: Settings, database_url: str, monkeypatch: pytest.MonkeyPatch, drop: Drop
) -> None:
    monkeypatch.setenv("DANGAN_DATABASE_URL", database_url)
    data = sample_bytes("ok.png")
    # the same bytes dropped twice under different names, and each key handed to both workers
    keys = [drop(household_key("01_申请表.png"), data), drop(household_key("01_申请表 (1).png"), data)]
    db.get_engine(load_settings())  # schema made once, as `dangan up` does before workers start
    ctx = mp.get_context("spawn")
    with ctx.Manager() as manager:
        barrier = manager.Barrier(2)
        with ctx.Pool(2) as pool:
            runs = pool.map(_ingest_all, [(keys, barrier), (list(reversed(keys)), barrier)])
    statuses = sorted(r["status"] for run in runs for r in run)
    assert statuses.count("stored") == 1, statuses
    assert set(statuses) <= {"stored", "duplicate", "missing"}

    settings = load_settings()
    with db.session_scope(settings) as session:
        assert session.scalar(select(func.count()).select_from(db.Document)) == 1
        doc = session.scalars(select(db.Document)).one()
        stored_events = session.scalar(
            select(func.count()).select_from(db.Event).where(db.Event.event_type == "stored")
        )
    assert stored_events == 1
    client = objects.get_client(settings)
    assert objects.list_keys(client, settings, "originals") == [doc.object_key]
    assert [v.version_id for v in objects.list_versions(client, settings, doc.object_key)] == [doc.version_id]
    assert objects.list_keys(client, settings, "inbox") == []
