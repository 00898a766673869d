"""The extract flow against the real SeaweedFS and database: original → fields, derived objects, links."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from dangan.config import Settings, load_settings
from dangan.extractors.review import correct, effective_fields
from dangan.flows import extract as ext
from dangan.flows import ingest as ing
from dangan.schemas.validators import mask_id_number
from dangan.storage import db, objects
from tests.flows.conftest import Drop


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    """One synthetic household as born-digital PDFs (no OCR needed: the flow is what is tested here)."""
    from dangan.synth.generate import generate

    out = tmp_path_factory.mktemp("synth")
    generate(out, 1, 5, formats=["pdf-text"], damage=False, workers=1, layouts="seen")
    truth = [json.loads(x) for x in (out / "truth.jsonl").read_text(encoding="utf-8").splitlines() if x]
    return out, truth


@pytest.mark.xdist_group("prefect")
def test_extract_document_links_by_id_number_and_keeps_corrections(
    s3_env: Settings, drop: Drop, prefect_harness: None, corpus: tuple[Path, list[dict]]
) -> None:
    out, truth = corpus
    card = next(t for t in truth if t["doc_type"] == "身份证")
    data = (out / card["file"]).read_bytes()
    stored = ing.run_ingest(drop("scan-0001.pdf", data))  # no household in the key: unlinked
    assert stored["status"] == "stored" and stored["object_key"].startswith("unlinked/")
    doc_id = stored["document_id"]
    with db.session_scope() as s:
        s.add(
            db.Household(archive_no=card["职工编号"], unit=card["单位"], id_number=card["fields"]["身份证号"])
        )

    result = ext.extract_document(doc_id, engine="rapidocr")

    assert result["status"] == "extracted" and result["doc_type"] == "身份证"
    assert result["linked_household"] == card["职工编号"]
    settings = load_settings()
    client = objects.get_client(settings)
    saved = json.loads(objects.get_bytes(client, settings, "derived", result["derived"]["result"]))
    # the derived copy is a working copy: personal numbers masked there (region and last four kept)
    assert saved["doc_type"] == "身份证" and saved["fields"]["身份证号"] == mask_id_number(card["fields"]["身份证号"])
    assert (
        "公民身份号码" in objects.get_bytes(client, settings, "derived", result["derived"]["text"]).decode()
    )
    with db.session_scope() as s:
        doc = s.get(db.Document, doc_id)
        assert doc is not None and (doc.status, doc.doc_type, doc.pages) == ("extracted", "身份证", 1)
        hh = s.get(db.Household, doc.household_id)
        assert hh is not None and hh.archive_no == card["职工编号"] and doc.unit == card["单位"]
        first = s.scalars(select(db.ExtractedField).where(db.ExtractedField.document_id == doc_id)).all()
        # the document's own fields (a sheet of two people's cards also lists both as members)
        fields = {f.label: f.value for f in first if f.member_index == -1}
        assert fields["姓名"] == card["fields"]["姓名"] and fields["出生日期"] == card["fields"]["出生日期"]
        n_fields = len(first)
        events = s.scalars(
            select(db.Event).where(db.Event.document_id == doc_id, db.Event.event_type == "extracted")
        ).all()
        assert len(events) == 1 and events[0].detail["linked_household"] == card["职工编号"]
        correct(s, doc_id, "姓名", "更正后", "审核员")

    # a second run replaces machine fields, never the person's correction
    again = ext.extract_document(doc_id, engine="rapidocr")
    assert again["status"] == "extracted"
    with db.session_scope() as s:
        rows = s.scalars(select(db.ExtractedField).where(db.ExtractedField.document_id == doc_id)).all()
        assert len(rows) == n_fields
        assert effective_fields(s, doc_id)["fields"]["姓名"] == "更正后"
    assert ext.pending_documents() == []


def test_extract_pending_and_failure(s3_env: Settings, drop: Drop, corpus: tuple[Path, list[dict]]) -> None:
    out, truth = corpus
    income = next(t for t in truth if t["doc_type"] == "收入证明")
    stored = ing.run_ingest(
        drop(f"{income['单位']}/{income['职工编号']}/04.pdf", (out / income["file"]).read_bytes())
    )
    assert ext.pending_documents() == [stored["document_id"]]
    res = ext.run_extract_document(stored["document_id"], "rapidocr")  # steps without Prefect
    assert res["status"] == "extracted" and res["doc_type"] == "收入证明"
    assert ext.pending_documents() == []
    with db.session_scope() as s:
        got = {f.label: f.value for f in s.scalars(select(db.ExtractedField))}
        assert got["月均实发工资"] == income["fields"]["月均实发工资"]
    # a worker that cannot read the file fails the document, with an event, and does not crash the flow
    with db.session_scope() as s:
        bad = db.Document(
            sha256="f" * 64,
            object_key=stored["object_key"],
            size=1,
            media_type="application/pdf",
            original_name="x.pdf",
        )
        bad.object_key = "unlinked/missing.pdf"
        s.add(bad)
        s.flush()
        bad_id = bad.id
    with pytest.raises(Exception):  # noqa: B017  (the store's own error: the object does not exist)
        ext.run_extract_document(bad_id, "rapidocr")
