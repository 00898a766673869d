"""Review queue: low-confidence machine fields are listed; a person's confirmation or correction wins."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from dangan.errors import NotFound
from dangan.extractors.review import confirm, correct, effective_fields, review_queue
from dangan.storage.db import Document, Event, ExtractedField, session_scope


@pytest.fixture
def doc_id(database_url: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv("DANGAN_DATABASE_URL", database_url)
    with session_scope() as s:
        doc = Document(sha256="a" * 64, object_key="unlinked/a.png", size=1, media_type="image/png",
                       original_name="01_建档申请表.png", doc_type="建档申请表")
        s.add(doc)
        s.flush()
        rows = [(-1, "姓名", "王明", 0.98), (-1, "本人月平均收入", 2850, 0.6), (-1, "身份证号", "330102198001011234", 0.4),
                (0, "姓名", "李芳", 0.99), (0, "月收入", 180, 0.5)]
        for idx, label, value, conf in rows:
            s.add(ExtractedField(document_id=doc.id, member_index=idx, label=label, value=value, confidence=conf,
                                 needs_review=conf < 0.85, engine="rapidocr", page=0, bbox=[1, 2, 3, 4]))
        return doc.id


def test_queue_lists_fields_under_threshold(doc_id: int) -> None:
    with session_scope() as s:
        items = review_queue(s)
        assert {(i.member_index, i.label) for i in items} == {(-1, "本人月平均收入"), (-1, "身份证号"), (0, "月收入")}
        assert all(i.file == "01_建档申请表.png" and i.bbox == [1, 2, 3, 4] for i in items)
        assert {i.label for i in review_queue(s, threshold=0.5)} == {"身份证号"}
        assert len(review_queue(s, limit=1)) == 1


def test_correction_wins_and_keeps_who_and_when(doc_id: int) -> None:
    with session_scope() as s:
        correct(s, doc_id, "本人月平均收入", 2350, "审核员张三")
        confirm(s, doc_id, "身份证号", "审核员李四")
        correct(s, doc_id, "月收入", 1800, "审核员张三", member_index=0)
    with session_scope() as s:
        eff = effective_fields(s, doc_id)
        assert eff["fields"]["本人月平均收入"] == 2350
        assert eff["fields"]["身份证号"] == "330102198001011234"
        assert eff["fields"]["姓名"] == "王明" and eff["source"]["姓名"] == "machine"
        assert eff["members"][0] == {"姓名": "李芳", "月收入": 1800}
        assert eff["source"]["本人月平均收入"] == "person"
        assert eff["corrected_by"]["本人月平均收入"][0] == "审核员张三" and eff["corrected_by"]["0.月收入"][1]
        assert review_queue(s) == []  # decided fields leave the queue
        events = s.scalars(select(Event).where(Event.event_type == "corrected")).all()
        assert len(events) == 3 and {e.actor for e in events} == {"审核员张三", "审核员李四"}
        assert {e.detail["action"] for e in events} == {"correct", "confirm"}
        logged = str([e.detail for e in events])  # the log holds references and keyed hashes, never values
        assert "330102198001011234" not in logged and "2350" not in logged
        assert all(e.detail["value"].startswith("hmac:") and e.detail["correction_id"] for e in events)
    # a later machine reading does not override the person
    with session_scope() as s:
        f = s.scalar(select(ExtractedField).where(ExtractedField.label == "本人月平均收入"))
        assert f is not None
        f.value = 9999
    with session_scope() as s:
        assert effective_fields(s, doc_id)["fields"]["本人月平均收入"] == 2350


def test_confirm_needs_a_machine_reading(doc_id: int) -> None:
    with session_scope() as s, pytest.raises(NotFound):
        confirm(s, doc_id, "家庭住址", "张三")
    with session_scope() as s, pytest.raises(NotFound):
        correct(s, doc_id + 100, "姓名", "x", "张三")
