"""``ingest-batch`` reads as it ingests: each stored original is claimed at once and read once, in the same
run; a claim taken over after its lease is not read again; the watcher hands out whole batches.
Real SeaweedFS, database and Prefect's test server; the null OCR engine (the orchestration is tested)."""

from __future__ import annotations

import io
import time
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from dangan.config import Settings
from dangan.flows import extract as ext
from dangan.flows.watch import WatchState, next_batch
from dangan.storage import db

from .conftest import Drop, household_key, inbox_keys


def _page(i: int) -> bytes:
    """A small unique page (unique bytes, so each is its own original)."""
    from PIL import Image

    img = Image.new("L", (120, 80), 255)
    for bit in range(8):
        if i >> bit & 1:
            img.paste(0, (4 + bit * 12, 20, 12 + bit * 12, 60))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


@pytest.mark.xdist_group("prefect")
def test_one_run_ingests_and_reads_every_new_original_exactly_once(
    s3_env: Settings, drop: Drop, prefect_harness: None
) -> None:
    from dangan.flows.deployments import ingest_batch

    keys = [drop(household_key(f"{i:02d}.png"), _page(i)) for i in range(8)]
    keys.append(drop(household_key("again.png"), _page(0)))  # the same bytes twice: one original

    out = ingest_batch(keys, engine="null", reconcile=False)

    assert Counter(r["status"] for r in out["results"]) == {"stored": 8, "duplicate": 1}
    assert sorted(r["document_id"] for r in out["reads"]) == sorted(out["stored"])
    assert out["counts"] == {"extracted": 8}
    assert out["tasks"] < len(keys) + len(out["stored"])  # chunks of keys and of documents, not one task each
    assert inbox_keys(s3_env) == []
    with db.session_scope() as s:
        reads = Counter(s.scalars(select(db.Event.document_id).where(db.Event.event_type == "extracted")))
        assert sorted(reads) == sorted(out["stored"]) and set(reads.values()) == {1}
        assert s.scalar(select(func.count()).select_from(db.Document).where(db.Document.claimed_by.is_not(None))) == 0


def test_a_claim_taken_over_after_its_lease_is_neither_read_nor_recorded_again(database_url: str, monkeypatch: pytest.MonkeyPatch,
                                                             data_env: object) -> None:
    monkeypatch.setenv("DANGAN_DATABASE_URL", database_url)
    with db.session_scope() as s:
        doc = db.Document(sha256="f" * 64, object_key="originals/x/f.png", size=1, media_type="image/png",
                          original_name="f.png")
        s.add(doc)
        s.flush()
        doc_id = doc.id
    assert ext.claim_documents([doc_id], "run-a") == [doc_id]
    assert ext.renew_claim(doc_id, "run-a")  # still ours: lease restarted
    assert not ext.renew_claim(doc_id, "run-b")  # held by a live claim
    with db.session_scope() as s:  # run-a's lease runs out while it waits; run-b takes the document
        old = datetime.now(UTC) - timedelta(seconds=ext.CLAIM_LEASE_S + 1)
        s.execute(update(db.Document).where(db.Document.id == doc_id).values(claimed_at=old))
    assert ext.claim_documents([doc_id], "run-b") == [doc_id]
    assert not ext.renew_claim(doc_id, "run-a")  # so run-a must not read it
    with pytest.raises(ext.TakenOver):  # and a reading run-a had begun before is not recorded
        ext.record_failure_step(doc_id, "不可读", claimant="run-a")
    with db.session_scope() as s:
        doc = s.get(db.Document, doc_id)
        assert doc is not None and (doc.status, doc.claimed_by) == ("stored", "run-b")


def test_the_watcher_hands_out_whole_batches_when_more_wait_than_there_is_room_for() -> None:
    state = WatchState()

    def poll(listing: dict[str, tuple[int, str]]) -> list[str]:
        batch = next_batch(state, listing, max_in_flight=7, min_batch=3)
        state.submitted.update({k: (listing[k][1], time.monotonic()) for k in batch})  # as run_watcher records them
        return batch

    listing = {f"k{i:02d}": (1, f"e{i}") for i in range(10)}
    assert poll(listing) == []  # first sight
    assert poll(listing) == [f"k{i:02d}" for i in range(6)]  # room 7: two whole batches of 3
    assert poll(listing) == []  # room 1: less than a batch
    left = {k: v for k, v in listing.items() if k >= "k02"}  # two ingested: room 3, four waiting
    assert poll(left) == ["k06", "k07", "k08"]
    rest = {k: v for k, v in left.items() if k >= "k06"}  # all that wait fit now: the small rest goes too
    assert poll(rest) == ["k09"]


def test_documents_travel_in_chunks_small_first_and_toward_the_end() -> None:
    from dangan.flows.deployments import INGEST_CHUNK, ingest_chunks

    sizes = [len(c) for c in ingest_chunks([f"k{i}" for i in range(100)])]
    assert sizes[:4] == [2, 4, 8, 16] and max(sizes) == INGEST_CHUNK and sum(sizes) == 100
    parts = ext.chunks(list(range(40)), 3, 10)
    assert [len(p) for p in parts] == [10, 10, 7, 5, 3, 2, 1, 1, 1]  # a third of what is left, at most 10
    assert [i for p in parts for i in p] == list(range(40))


def test_one_item_of_a_chunk_is_retried_alone_and_only_when_a_service_is_away(monkeypatch: pytest.MonkeyPatch) -> None:
    from dangan.flows import retry

    monkeypatch.setattr(retry.time, "sleep", lambda _s: None)
    calls: list[str] = []

    def flaky(item: str) -> str:
        calls.append(item)
        if len(calls) < 3:
            raise ConnectionError("store away")
        return item.upper()

    assert retry.with_io_retries(flaky, "a") == "A" and calls == ["a", "a", "a"]
    calls.clear()

    def broken(item: str) -> str:
        calls.append(item)
        raise ValueError("bad data")

    with pytest.raises(ValueError):
        retry.with_io_retries(broken, "b")
    assert calls == ["b"]  # a content error is not tried again


def test_the_watcher_sweeps_in_its_own_run_every_turn_and_outlives_a_failed_sweep(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dangan.flows import deployments

    calls: list[int] = []

    def sweep_once() -> None:
        calls.append(1)
        if len(calls) == 1:
            raise ConnectionError("Prefect's API away")

    monkeypatch.setattr(deployments, "sweep_once", sweep_once)
    sweeper = deployments._Sweeper()
    sweeper()
    assert calls == []  # not before a turn has passed
    sweeper.last -= deployments.SWEEP_EVERY_S
    sweeper()  # fails: logged, not raised
    sweeper()
    assert calls == [1]  # the next try waits for the next turn
    sweeper.last -= deployments.SWEEP_EVERY_S
    sweeper()
    assert calls == [1, 1]


def test_the_watcher_hands_a_drop_over_once_the_inbox_is_quiet() -> None:
    """A drop uploaded over several polls goes out as one run (each run starts a process and OCR
    processes), not as one run per poll; a batch's worth, or a hold of ``hold_s``, goes at once."""
    state = WatchState()

    def poll(listing: dict[str, tuple[int, str]], min_batch: int = 100, hold_s: float = 60.0) -> list[str]:
        batch = next_batch(state, listing, max_in_flight=1000, min_batch=min_batch, hold_s=hold_s)
        state.submitted.update({k: (listing[k][1], time.monotonic()) for k in batch})
        return batch

    drop = {f"k{i:02d}": (1, f"e{i}") for i in range(9)}
    assert poll(dict(list(drop.items())[:3])) == []  # first sight
    assert poll(dict(list(drop.items())[:6])) == []  # k00-k02 stable, but more arrived: held
    assert poll(drop) == []  # still arriving
    assert poll(drop) == sorted(drop)  # quiet: the whole drop at once
    more = {**drop, "k20": (1, "x"), "k21": (1, "y")}
    assert poll(more) == [] and poll({**more, "k22": (1, "z")}, min_batch=2) == ["k20", "k21"]  # a batch's worth
    state.held_since = time.monotonic() - 61  # held too long: out even while a drop arrives
    assert poll({**more, "k22": (1, "z"), "k23": (1, "w")}) == ["k22"]
