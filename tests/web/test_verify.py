"""The readings-to-verify page (issue 9): apart from the findings, with crops, coverage stated once,
属地管理 and the access register; the readings come from a real reconciliation run."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select, update

from dangan.extractors.review import confirm
from dangan.flows.reconcile import reconcile_task
from dangan.reconcile.electronic import import_electronic
from dangan.storage.db import Event, ExtractedField, Finding, ReadingToVerify, session_scope

from .conftest import ARCHIVE_A, ID_A, UNIT_A, World
from .test_app import login


def make_reading(world: World, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The form's income was read with confidence 0.40; the export (without 政治面貌) says 2530."""
    import pandas as pd

    monkeypatch.setenv("DANGAN_DATABASE_URL", world.settings.database_url)
    monkeypatch.setenv("DANGAN_DATA_DIR", str(world.settings.data_dir))
    with session_scope(world.settings) as s:
        s.execute(update(ExtractedField).where(ExtractedField.label == "本人月平均收入").values(confidence=0.40))
        s.add(ExtractedField(document_id=world.ids["doc"], label="政治面貌", value="群众", confidence=0.99, page=0))
    path = tmp_path / "export.xlsx"
    with pd.ExcelWriter(path) as w:
        pd.DataFrame([{"职工编号": ARCHIVE_A, "单位": UNIT_A, "姓名": "张三", "身份证号": ID_A,
                       "本人月平均收入": 2530}]).to_excel(w, sheet_name="档案", index=False)
        pd.DataFrame([{"职工编号": None, "姓名": None}]).to_excel(w, sheet_name="家庭成员", index=False)
    with session_scope(world.settings) as s:
        import_electronic(path, actor="test", session=s)
    reconcile_task.fn("hangzhou", None, None, "test", "2014-01-02")


def open_findings(world: World, field: str) -> list[Finding]:
    with session_scope(world.settings) as s:
        return list(s.scalars(select(Finding).where(Finding.field == field, Finding.status == "open")))


def test_reading_listed_apart_with_coverage_then_confirmed_becomes_finding(
    world_any_db: World, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    world = world_any_db
    make_reading(world, monkeypatch, tmp_path)
    assert open_findings(world, "本人月平均收入") == []  # the machine's 0.40 reading is no finding
    client = login(world, "shenji")
    page = client.get("/verify")
    assert page.status_code == 200
    assert "本人月平均收入" in page.text and "2530" in page.text and "0.40" in page.text
    assert "电子档案未包含" in page.text and "政治面貌" in page.text
    assert ID_A not in page.text  # an auditor never sees a full ID number
    findings_page = client.get("/findings")
    assert "待核对：" not in findings_page.text  # never mixed into the findings
    with session_scope(world.settings) as s:
        confirm(s, world.ids["doc"], "本人月平均收入", actor="审核员")
    reconcile_task.fn("hangzhou", None, None, "test", "2014-01-02")
    (f,) = open_findings(world, "本人月平均收入")
    assert (f.paper, f.electronic) == (2350, 2530) and f.evidence[0]["how"] == "人工核对"
    assert "本人月平均收入" not in client.get("/verify").text
    with session_scope(world.settings) as s:
        pages = [e.detail.get("page") for e in s.scalars(select(Event).where(Event.event_type == "viewed"))]
    assert "待核对读数" in pages


def test_crop_of_a_reading_and_unit_staff_scope(
    world_s3: World, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    world = world_s3
    make_reading(world, monkeypatch, tmp_path)
    with session_scope(world.settings) as s:
        reading = s.scalars(select(ReadingToVerify).where(ReadingToVerify.field == "本人月平均收入")).one()
        rid = reading.id
        s.add(ReadingToVerify(fingerprint="other-unit", archive_no="富阳富春20130125", unit="富阳富春",
                              field="家庭人口", paper=3, electronic=4, detail="待核对", status="open"))
    client = login(world, "shenji")
    png = client.get(f"/verify/{rid}/crop.png")
    assert png.status_code == 200 and png.headers["content-type"] == "image/png"
    assert Image.open(io.BytesIO(png.content)).size[0] > 300  # the box plus its margin, not an icon
    staff = login(world, "xiangjiao")  # 工业橡胶's staff: their reading, not 富阳富春's
    text = staff.get("/verify").text
    assert "本人月平均收入" in text and "富阳富春20130125" not in text
    assert login(world, "shenji").get("/verify").text.count('class="reading"') >= 2
