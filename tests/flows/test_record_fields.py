"""The flows' own step that stores a reading (``extract.record_fields_step``), against a real database."""

from __future__ import annotations

from pathlib import Path

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
