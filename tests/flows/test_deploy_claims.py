"""Claims: two workers given the same documents read each once; a dead worker's claim is taken over.
Read-only commands import no Prefect. Real SQLite and PostgreSQL (``database_url``)."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from dangan.flows import extract as ext
from dangan.flows.deployments import complete_households
from dangan.storage import db


@pytest.fixture
def docs(database_url: str, data_env: Path, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Four stored documents: three of household A, one of household B."""
    monkeypatch.setenv("DANGAN_DATABASE_URL", database_url)
    with db.session_scope() as s:
        a, b = db.Household(archive_no="甲0001", unit="甲厂"), db.Household(archive_no="乙0001", unit="乙厂")
        s.add_all([a, b])
        s.flush()
        rows = [
            db.Document(sha256=f"{i:064x}", object_key=f"originals/x/{i}.png", size=1, media_type="image/png",
                        original_name=f"{i}.png", household_id=(a if i < 3 else b).id)
            for i in range(4)
        ]
        s.add_all(rows)
        s.flush()
        return [d.id for d in rows]


def test_two_claimants_never_get_the_same_document(docs: list[int]) -> None:
    first = ext.claim_documents(docs[:3], "worker-a")
    second = ext.claim_documents(docs, "worker-b")  # overlapping: only the free one
    assert first == docs[:3] and second == [docs[3]]
    assert ext.claim_documents(None, "worker-c") == []  # nothing pending is unclaimed
    assert ext.pending_documents() == []
    assert sorted(ext.claimants_in_flight()) == ["worker-a", "worker-b"]


def test_a_dead_claim_is_handed_back_or_taken_over_after_its_lease(docs: list[int]) -> None:
    ext.claim_documents(docs, "worker-a")
    assert ext.release_claims(["worker-a"]) == 4  # its flow run crashed: all four back in the queue
    assert ext.claim_documents(docs[:2], "worker-b") == docs[:2]
    with db.session_scope() as s:  # worker-b dies silently; its lease runs out
        old = datetime.now(UTC) - timedelta(seconds=ext.CLAIM_LEASE_S + 1)
        s.execute(update(db.Document).where(db.Document.id == docs[0]).values(claimed_at=old))
    assert ext.claim_documents(docs[:2], "worker-c") == [docs[0]]


def test_a_household_is_complete_when_none_of_its_papers_waits(docs: list[int]) -> None:
    with db.session_scope() as s:
        s.execute(update(db.Document).where(db.Document.id.in_(docs[:2] + docs[3:])).values(status="extracted"))
    assert complete_households(docs) == ["乙0001"]  # 甲 still has a paper waiting
    with db.session_scope() as s:
        s.execute(update(db.Document).where(db.Document.id == docs[2]).values(status="extract_failed"))
    assert complete_households([docs[2]]) == ["甲0001"]


@pytest.mark.parametrize("command", [["status"], ["findings", "--format", "json"]])
def test_read_only_commands_import_no_prefect(data_env: Path, command: list[str]) -> None:
    code = (
        f"import sys; from dangan.cli import main; rc = main({command!r}); "
        "print('PREFECT' if any(m == 'prefect' or m.startswith('prefect.') for m in sys.modules) else 'NONE'); "
        "sys.exit(rc)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "NONE"


def _lost_original(unit: str) -> int:
    """A document row whose original is not in this store (say, a database restored against another store)."""
    with db.session_scope() as s:
        hh = db.Household(archive_no="丙0001", unit=unit)
        s.add(hh)
        s.flush()
        doc = db.Document(sha256="f" * 64, object_key="originals/丙厂/gone.png", size=1, media_type="image/png",
                          original_name="gone.png", household_id=hh.id)
        s.add(doc)
        s.flush()
        return doc.id


def test_a_document_whose_original_cannot_be_fetched_keeps_its_claim_for_a_later_try(s3_env: object) -> None:
    """Not the document's fault (the store or the database is wrong): nothing final, the claim lapses."""
    doc_id = _lost_original("丙厂")
    out = ext.run_batch([doc_id], "null", use_tasks=False)
    assert out["counts"] == {"error": 1} and "NoSuch" in out["results"][0]["reason"]
    with db.session_scope() as s:
        doc = s.get(db.Document, doc_id)
        assert doc is not None and doc.status == "stored" and doc.claimed_by is not None
        assert not s.query(db.Event).filter_by(document_id=doc_id, event_type="extracted").count()


def test_with_the_store_away_the_claim_stays_for_another_try(s3_env: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import free_port

    doc_id = _lost_original("丙厂")
    monkeypatch.setenv("DANGAN_S3_ENDPOINT", f"http://127.0.0.1:{free_port()}")
    out = ext.run_batch([doc_id], "null", use_tasks=False)
    assert out["counts"] == {"error": 1}
    with db.session_scope() as s:
        doc = s.get(db.Document, doc_id)
        assert doc is not None and doc.status == "stored" and doc.claimed_by is not None  # lapses, is retaken
