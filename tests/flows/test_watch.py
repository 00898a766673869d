"""The inbox watcher: stability rule, and bad inputs that end in quarantine while the loop goes on."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from dangan.config import Settings, load_settings
from dangan.flows import ingest as ing
from dangan.flows.watch import WatchState, stable_keys, watch_inbox
from dangan.storage import db

from .conftest import Drop, household_key, inbox_keys, sample_bytes


def test_only_objects_unchanged_across_two_polls_are_taken() -> None:
    state = WatchState()
    assert stable_keys(state, {"a": (10, "e1")}) == []  # first sight
    assert stable_keys(state, {"a": (20, "e2"), "b": (5, "x")}) == []  # a still growing, b new
    assert stable_keys(state, {"a": (20, "e2"), "b": (5, "x")}) == ["a", "b"]
    state.done["a"] = "e2"  # handled but still there (e.g. could not be moved)
    assert stable_keys(state, {"a": (20, "e2")}) == []
    assert stable_keys(state, {"a": (30, "e3")}) == []  # replaced: a new drop, watched afresh
    assert stable_keys(state, {"a": (30, "e3")}) == ["a"]


BAD = {
    "empty.pdf": "文件为空",
    "text_renamed.pdf": "内容不是 PDF",
    "truncated.pdf": "PDF 文件不完整",
    "encrypted.pdf": "已加密",
    "bomb_30000x30000.png": "30000×30000",
    "empty.tif": "文件为空",
}


@pytest.mark.xdist_group("prefect")  # one worker starts the Prefect test server
def test_bad_inputs_end_in_quarantine_and_the_watcher_keeps_running(
    s3_env: Settings, drop: Drop, prefect_harness: None
) -> None:
    for name in BAD:
        drop(household_key(name), sample_bytes(name))
    drop(household_key("bad\x07name.png"), sample_bytes("ok.png"))  # control character in the key
    good = drop(household_key("05_公示证明.jpg"), sample_bytes("ok.jpg"))
    seen: list[dict[str, Any]] = []

    summary = watch_inbox(interval=0.05, max_polls=3, actor="watcher", on_result=seen.append)

    assert summary["counts"] == {"quarantined": 7, "stored": 1}
    by_key = {r["inbox_key"]: r for r in seen}
    assert by_key[good]["status"] == "stored"
    for name, words in BAD.items():
        assert words in by_key[household_key(name)]["reason"], name
    assert "控制字符" in by_key[household_key("bad\x07name.png")]["reason"]
    assert inbox_keys(s3_env) == []
    with db.session_scope(load_settings()) as session:
        entries = session.scalars(select(db.QuarantineEntry)).all()
        assert len(entries) == 7 and all(e.reason for e in entries)
        assert all("\x07" not in e.quarantine_key for e in entries)


def test_an_ingest_that_keeps_failing_is_quarantined_after_three_tries(s3_env: Settings, drop: Drop) -> None:
    key = drop(household_key("06.png"), sample_bytes("ok.png"))
    calls: list[str] = []

    def broken(inbox_key: str, actor: str = "system") -> dict[str, Any]:
        calls.append(inbox_key)
        raise RuntimeError("database went away")

    summary = watch_inbox(interval=0, max_polls=6, ingest=broken)
    assert calls == [key] * 3
    assert summary["counts"] == {"quarantined": 1}
    assert "3 次处理失败" in summary["results"][0]["reason"]
    assert inbox_keys(s3_env) == []
    # and the loop still serves the next good drop
    good = drop(household_key("07.png"), sample_bytes("ok.tif"))
    summary = watch_inbox(interval=0, max_polls=2, ingest=ing.run_ingest)
    assert [r["inbox_key"] for r in summary["results"]] == [good]
