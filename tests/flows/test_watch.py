"""The inbox watcher: stability rule, and bad inputs that end in quarantine while the loop goes on."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from dangan.config import Settings, load_settings
from dangan.flows import ingest as ing
from dangan.flows.watch import WatchState, run_watcher, stable_keys, watch_inbox
from dangan.storage import db, objects

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
    # a control character in the name is no reason to refuse the bytes (intake_checks): kept, name as metadata
    odd = drop(household_key("bad\x07name.png"), sample_bytes("ok.png"))
    good = drop(household_key("05_公示证明.jpg"), sample_bytes("ok.jpg"))
    seen: list[dict[str, Any]] = []

    summary = watch_inbox(interval=0.05, max_polls=3, actor="watcher", on_result=seen.append)

    assert summary["counts"] == {"quarantined": 6, "stored": 2}
    by_key = {r["inbox_key"]: r for r in seen}
    assert by_key[good]["status"] == by_key[odd]["status"] == "stored"
    assert "\x07" not in by_key[odd]["object_key"]
    for name, words in BAD.items():
        assert words in by_key[household_key(name)]["reason"], name
    assert inbox_keys(s3_env) == []
    with db.session_scope(load_settings()) as session:
        entries = session.scalars(select(db.QuarantineEntry)).all()
        assert len(entries) == 6 and all(e.reason for e in entries)


@pytest.mark.xdist_group("prefect")
def test_an_ingest_that_keeps_failing_while_services_answer_is_quarantined_after_three_tries(
    s3_env: Settings, drop: Drop, prefect_harness: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dangan.flows import deployments

    key = drop(household_key("06.png"), sample_bytes("ok.png"))
    calls: list[str] = []
    real = deployments.ingest_key_step

    def broken(inbox_key: str, actor: str, *rest: Any) -> dict[str, Any]:
        calls.append(inbox_key)
        if inbox_key == key:  # a bug this file triggers (both services answer)
            raise RuntimeError("this file breaks the reader")
        return real(inbox_key, actor, *rest)

    monkeypatch.setattr(deployments, "ingest_key_step", broken)  # the batch flow's step for one key
    summary = watch_inbox(interval=0, max_polls=6)
    assert calls == [key] * 3
    assert summary["counts"] == {"quarantined": 1}
    assert "3 次处理失败" in summary["results"][0]["reason"]
    assert inbox_keys(s3_env) == []
    # and the loop still serves the next good drop
    good = drop(household_key("07.png"), sample_bytes("ok.tif"))
    summary = watch_inbox(interval=0, max_polls=2)
    assert [r["inbox_key"] for r in summary["results"]] == [good]


def test_at_most_k_documents_are_in_flight_and_lost_runs_are_handed_out_again(s3_env: Settings, drop: Drop) -> None:
    keys = [drop(household_key(f"{i:02d}.png"), sample_bytes("ok.png")) for i in range(12)]
    batches: list[list[str]] = []
    state = WatchState()

    def poll(resubmit_after: float = 600.0) -> None:
        run_watcher(batches.append, max_in_flight=5, interval=0, max_polls=1, state=state,
                    resubmit_after=resubmit_after)

    poll()  # first sight: nothing stable yet
    poll()
    assert batches == [keys[:5]]
    poll()  # none of them finished: no room
    assert len(batches) == 1
    client = objects.get_client(s3_env)
    for key in keys[:3]:  # three runs finish (ingest removes their inbox objects)
        objects.remove(client, s3_env, "inbox", key)
    poll()
    assert batches[-1] == keys[5:8]
    poll(resubmit_after=0.0)  # the other five were lost (a killed worker): handed out again, not more
    assert sorted(batches[-1]) == sorted(keys[3:8])
    assert state.max_seen_in_flight == 5


@pytest.mark.xdist_group("prefect")
def test_folder_markers_are_skipped_and_recorded_never_deleted(
    s3_env: Settings, drop: Drop, prefect_harness: None
) -> None:
    marker = drop(f"{household_key('')}", b"")  # what an S3 console's "create folder" makes
    good = drop(household_key("09.png"), sample_bytes("ok.png"))
    assert marker.endswith("/")
    summary = watch_inbox(interval=0, max_polls=3)
    assert summary["counts"] == {"skipped": 1, "stored": 1}
    skipped = next(r for r in summary["results"] if r["status"] == "skipped")
    assert skipped["inbox_key"] == marker and "文件夹标记" in skipped["reason"]
    assert good not in inbox_keys(s3_env)
    client = objects.get_client(s3_env)
    assert marker in [o.object_name for o in client.list_objects(s3_env.bucket("inbox"), recursive=True)]


@pytest.mark.xdist_group("prefect")
def test_the_local_runner_reads_each_stored_document_once_and_skips_one_claimed_elsewhere(
    s3_env: Settings, drop: Drop, monkeypatch: pytest.MonkeyPatch, prefect_harness: None
) -> None:
    from sqlalchemy import func

    from dangan.flows.extract import claim_documents, release_claims

    monkeypatch.setenv("DANGAN_OCR_WORKERS", "1")
    keys = [drop(household_key(f"1{i}.png"), sample_bytes(n)) for i, n in enumerate(["ok.png", "ok.jpg"])]
    first = ing.run_ingest(keys[0])["document_id"]
    assert claim_documents([first], "other-host:1") == [first]  # another worker is reading it right now
    state = WatchState()
    # engine "null": pages loaded and classified without OCR (the claims are under test, not reading)
    summary = watch_inbox(interval=0, max_polls=2, extract=True, engine="null", state=state)
    read = [r["document_id"] for r in summary["results"] if r["status"] == "extracted"]
    assert len(read) == 1 and first not in read
    release_claims(["other-host:1"])  # that worker died: its claim is handed back
    watch_inbox(interval=0, max_polls=1, extract=True, engine="null", state=state)
    watch_inbox(interval=0, max_polls=1, extract=True, engine="null", state=state)
    with db.session_scope(load_settings()) as session:
        reads = dict(session.execute(
            select(db.Event.document_id, func.count()).where(db.Event.event_type == "extracted")
            .group_by(db.Event.document_id)).all())
        statuses = set(session.scalars(select(db.Document.status)))
    assert sorted(reads.values()) == [1, 1] and statuses == {"extracted"}


def test_the_deployment_entry_point_counts_the_extraction_backlog(s3_env: Settings, drop: Drop) -> None:
    from dangan.flows.watch import watch_and_submit

    stored = drop(household_key("20.png"), sample_bytes("ok.png"))
    ing.run_ingest(stored)  # one document stored, waiting for extraction
    keys = [drop(household_key(f"2{i}.png"), sample_bytes(n)) for i, n in enumerate(["ok.jpg", "ok.tif"], 1)]
    batches: list[list[str]] = []
    out = watch_and_submit(submit=batches.append, max_in_flight=2, interval=0, max_polls=2)
    assert batches == [keys[:1]]  # one slot taken by the document awaiting extraction
    assert out["max_in_flight_seen"] == 1
