"""Services away are not content errors: the watcher waits, says so, and quarantines nothing."""

from __future__ import annotations

import os
from typing import Any

import pytest
from sqlalchemy import func, select

from dangan.config import Settings, load_settings
from dangan.flows import retry
from dangan.flows.watch import watch_inbox
from dangan.storage import db
from tests.conftest import free_port

from .conftest import Drop, household_key, inbox_keys, sample_bytes

FAST = retry.Backoff(base=0.01, cap=0.05)


def _outage(monkeypatch: pytest.MonkeyPatch, var: str, away: str, back: str, polls: int) -> tuple[list[str], Any]:
    """Point ``var`` at a dead port; after ``polls`` notices of the outage point it back."""
    notices: list[str] = []
    monkeypatch.setattr(retry, "IO_RETRY_DELAYS", [0.01, 0.02])  # each key's own retries: short here
    monkeypatch.setenv(var, away)

    def notice(line: str) -> None:
        notices.append(line)
        if sum("暂时无法使用" in n for n in notices) >= polls:
            monkeypatch.setenv(var, back)

    return notices, notice


@pytest.mark.xdist_group("prefect")
def test_with_the_database_away_nothing_is_quarantined_and_the_drop_completes_later(
    s3_env: Settings, drop: Drop, monkeypatch: pytest.MonkeyPatch, prefect_harness: None
) -> None:
    back = load_settings().database_url
    db.get_engine(load_settings())  # the schema exists; the server then goes away
    keys = [drop(household_key(f"0{i}.png"), sample_bytes(n)) for i, n in enumerate(["ok.png", "ok.jpg", "ok.tif"])]
    dead = f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/dangan"
    notices, notice = _outage(monkeypatch, "DANGAN_DATABASE_URL", dead, back, polls=5)

    summary = watch_inbox(interval=0, max_polls=12, on_notice=notice, backoff=FAST)

    assert sum("数据库 (database) 暂时无法使用" in n for n in notices) >= 5, notices  # said so, Chinese first
    assert any("服务已恢复" in n for n in notices)
    assert summary["counts"] == {"stored": 3}, summary["counts"]
    assert sorted(r["inbox_key"] for r in summary["results"]) == sorted(keys)
    assert inbox_keys(s3_env) == []
    with db.session_scope(load_settings()) as session:
        assert session.scalar(select(func.count()).select_from(db.QuarantineEntry)) == 0
        assert session.scalar(select(func.count()).select_from(db.Document)) == 3


@pytest.mark.xdist_group("prefect")
def test_with_the_store_away_the_watcher_waits_and_goes_on(
    s3_env: Settings, drop: Drop, monkeypatch: pytest.MonkeyPatch, prefect_harness: None
) -> None:
    key = drop(household_key("08.png"), sample_bytes("ok.png"))


    back = os.environ["DANGAN_S3_ENDPOINT"]
    notices, notice = _outage(monkeypatch, "DANGAN_S3_ENDPOINT", f"http://127.0.0.1:{free_port()}", back, polls=4)

    summary = watch_inbox(interval=0, max_polls=10, on_notice=notice, backoff=FAST)

    assert sum(n.startswith("对象存储 (object store) 暂时无法使用") for n in notices) >= 4, notices
    assert [(r["status"], r["inbox_key"]) for r in summary["results"]] == [("stored", key)]
    with db.session_scope(load_settings()) as session:
        assert session.scalar(select(func.count()).select_from(db.QuarantineEntry)) == 0
