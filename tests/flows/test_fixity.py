"""Fixity: a new version written behind the project's back, a lost version, sampling."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import select

from dangan.config import Settings, load_settings
from dangan.flows import ingest as ing
from dangan.flows.fixity import run_fixity, verify_fixity
from dangan.storage import db, objects

from .conftest import Drop, household_key, sample_bytes


def _ingest_three(drop: Drop) -> list[dict]:
    return [ing.run_ingest(drop(household_key(n), sample_bytes(n))) for n in ("ok.png", "ok.jpg", "ok.tif")]


@pytest.mark.xdist_group("prefect")  # one worker starts the Prefect test server
def test_fixity_detects_changed_and_missing_originals(s3_env: Settings, drop: Drop, prefect_harness: None) -> None:
    ok, changed, missing = _ingest_three(drop)
    client = objects.get_client(s3_env)
    bucket = s3_env.bucket("originals")
    # behind the project's back: a PUT to the same key makes a new latest version ...
    client.put_object(bucket, changed["object_key"], io.BytesIO(b"forged"), 6)
    # ... and someone with the right to lift the hold destroys a version
    objects.release_legal_hold(client, s3_env, missing["object_key"], missing["version_id"])
    client.remove_object(bucket, missing["object_key"], version_id=missing["version_id"])

    report = verify_fixity(actor="审计员")

    assert (report["checked"], report["ok"]) == (3, 1)
    assert [r["document_id"] for r in report["changed"]] == [changed["document_id"]]
    assert report["changed"][0]["recorded_sha256"] == changed["sha256"]  # the recorded version is intact
    assert report["changed"][0]["latest_version_id"] != changed["version_id"]
    assert [r["document_id"] for r in report["missing"]] == [missing["document_id"]]
    assert report["mismatches"] == []
    with db.session_scope(load_settings()) as session:
        events = session.scalars(select(db.Event).where(db.Event.event_type == "fixity-checked")).all()
        outcome = {e.document_id: (e.outcome, e.detail["result"]) for e in events}
        assert {e.actor for e in events} == {"审计员"}
    assert outcome == {
        ok["document_id"]: ("success", "ok"),
        changed["document_id"]: ("failure", "changed"),
        missing["document_id"]: ("failure", "missing"),
    }


def test_delete_marker_on_top_is_reported_as_changed(s3_env: Settings, drop: Drop) -> None:
    doc = ing.run_ingest(drop(household_key("x.png"), sample_bytes("ok.png")))
    client = objects.get_client(s3_env)
    client.remove_object(s3_env.bucket("originals"), doc["object_key"])  # no version: a delete marker
    report = run_fixity()
    assert [r["document_id"] for r in report["changed"]] == [doc["document_id"]]
    assert report["changed"][0]["latest_deleted"] is True


def test_sample_share_is_repeatable(s3_env: Settings, drop: Drop) -> None:
    docs = _ingest_three(drop)
    docs += [ing.run_ingest(drop(household_key(n, archive="工业橡胶20130009"), sample_bytes(n)))
             for n in ("ok.pdf",)]
    a = run_fixity(sample=0.3, seed=7)
    b = run_fixity(sample=0.3, seed=7)
    assert a["total"] == 4 and a["checked"] == 2  # ceil(0.3 × 4)
    assert [r["document_id"] for r in a["mismatches"] + a["missing"] + a["changed"]] == []
    assert a["ok"] == b["ok"] == 2
    assert a["document_ids"] == b["document_ids"]


def test_hash_differing_from_the_database_is_a_mismatch(s3_env: Settings, drop: Drop) -> None:
    doc = ing.run_ingest(drop(household_key("y.png"), sample_bytes("ok.png")))
    with db.session_scope(load_settings()) as session:  # the record, not the object, is what differs here
        session.get(db.Document, doc["document_id"]).sha256 = "0" * 64
    report = run_fixity()
    assert [r["document_id"] for r in report["mismatches"]] == [doc["document_id"]]
    assert report["mismatches"][0]["recorded_sha256"] == doc["sha256"]
