"""The flows' own step that stores a reading (``extract.record_fields_step``), against a real database."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dangan.extractors.pipeline import LISTED_HOUSEHOLD


def test_a_notice_listing_several_households_is_stored_and_extracted(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 公示证明 listing three households leaves three rejected 姓名 texts; the database keeps one row per
    (member, label). They are stored as one row waiting for a person and the notice is extracted. Before,
    the unique constraint refused them, the notice stayed stored and every sweep took it again."""
    from dangan.flows.extract import record_fields_step
    from dangan.storage import db

    monkeypatch.setenv("DANGAN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DANGAN_DATABASE_URL", database_url)
    (tmp_path / "data").mkdir()
    with db.session_scope() as s:
        doc = db.Document(sha256="a" * 64, object_key="originals/a", size=1, media_type="image/jpeg",
                          original_name="10_公示证明.jpg")
        s.add(doc)
        s.flush()
        doc_id = doc.id
    listed = [{"label": "姓名", "member": None, "text": n, "reason": LISTED_HOUSEHOLD, "page": 0, "box": [1, 2, 3, 4]}
              for n in ("黄丽娟", "周志伟", "马红梅")]
    result = {"doc_type": "公示证明", "pages": 1, "fields": {"公示期起": "2025-01-02"},
              "confidence": {"公示期起": 0.99}, "boxes": {}, "members": [], "rejected": listed}
    record_fields_step(doc_id, {"result": result}, "rapidocr", {})
    with db.session_scope() as s:
        assert s.get(db.Document, doc_id).status == "extracted"
        rows = {(f.member_index, f.label): f for f in s.query(db.ExtractedField).filter_by(document_id=doc_id)}
    assert rows[(-1, "姓名")].value == "黄丽娟、周志伟、马红梅" and rows[(-1, "姓名")].needs_review
    assert rows[(-1, "公示期起")].value == "2025-01-02"


def _stored(s: Any, hh: Any, sha: str, name: str) -> int:
    from dangan.storage import db

    doc = db.Document(sha256=sha * 64, object_key=f"originals/{sha}", size=1, media_type="image/png",
                      original_name=name, household_id=hh.id)
    s.add(doc)
    s.flush()
    return int(doc.id)


def _read(doc_id: int, sha: str, result: dict[str, Any]) -> None:
    """A reading stored as the extract flow stores it: result JSON in derived, rows in the database."""
    from dangan.flows.extract import record_fields_step, write_derived_step

    derived = write_derived_step(sha * 64, "", result)
    record_fields_step(doc_id, {"result": result}, "rapidocr", derived)


@pytest.mark.parametrize("listing", ["公示证明", "其他"])
def test_the_household_step_settles_a_notice_read_on_its_own(s3_env: Any, listing: str) -> None:
    """Documents read one by one (the flows) get the household step of ``dangan extract``: once the
    household's papers are read, the notice (or a 其他 paper listing several workers: minutes of an
    appraisal) takes the listed name its form gives; the row leaves review, the event names no one. A paper
    whose household's papers name none of its names keeps waiting."""
    from dangan.flows.extract import settle_notices
    from dangan.storage import db

    with db.session_scope() as s:
        hh, other = db.Household(archive_no="ZZ0001", unit="株洲"), db.Household(archive_no="ZZ0002", unit="株洲")
        s.add_all([hh, other])
        s.flush()
        notice, form = _stored(s, hh, "b", f"01_{listing}.png"), _stored(s, hh, "c", "02_建档申请表.png")
        lone = _stored(s, other, "d", f"01_{listing}.png")
    listed = [{"label": "姓名", "member": None, "text": n, "reason": LISTED_HOUSEHOLD, "page": 0,
               "box": [10 * i, 2, 3, 4]} for i, n in enumerate(("黄丽娟", "周志伟", "马红梅"))]
    notice_result = {"doc_type": listing, "pages": 1, "fields": {}, "confidence": {}, "boxes": {},
                     "members": [], "rejected": listed}
    _read(notice, "b", notice_result)
    _read(form, "c", {"doc_type": "建档申请表", "pages": 1, "fields": {"姓名": "周志伟"},
                      "confidence": {"姓名": 0.97}, "boxes": {}, "members": [], "rejected": []})
    _read(lone, "d", notice_result)
    assert settle_notices(["ZZ0001", "ZZ0002"]) == 1
    with db.session_scope() as s:
        rows = {f.document_id: f for f in s.query(db.ExtractedField).filter_by(label="姓名", member_index=-1)}
        events = [e for e in s.query(db.Event).filter_by(event_type="notice_settled")]
        assert rows[notice].value == "周志伟" and not rows[notice].needs_review and rows[notice].confidence > 0.8
        assert rows[notice].bbox == [10, 2, 3, 4]
        assert rows[lone].value == "黄丽娟、周志伟、马红梅" and rows[lone].needs_review
        assert [e.document_id for e in events] == [notice] and "周志伟" not in json.dumps(events[0].detail)
    assert settle_notices(["ZZ0001"]) == 0  # settled once: nothing waits any more
