"""The report's readings to verify (issue 9): their own section with count and crop, never among the
findings; the export's coverage stated once on the cover. Real reconciliation, database and store."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import openpyxl
import pandas as pd
from PIL import Image, ImageDraw

from dangan.config import Settings
from dangan.flows.reconcile import reconcile_task
from dangan.reconcile.electronic import import_electronic
from dangan.reports.data import load_findings, load_households_by_unit
from dangan.reports.html import render_html_report
from dangan.reports.xlsx import write_xlsx_report
from dangan.storage import objects
from dangan.storage.db import Document, ExtractedField, Household, session_scope

NO, UNIT = "工业橡胶20130006", "工业橡胶"
BOX = [300, 140, 620, 220]


def _scan() -> bytes:
    img = Image.new("RGB", (1000, 420), "white")
    ImageDraw.Draw(img).rectangle((BOX[0] + 20, BOX[1] + 10, BOX[2] - 20, BOX[3] - 10), outline="black", width=4)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def _world(settings: Settings, tmp_path: Path) -> None:
    data = _scan()
    sha = hashlib.sha256(data).hexdigest()
    key = f"originals/{UNIT}/{NO}/{sha}.png"
    path = tmp_path / "scan.png"
    path.write_bytes(data)
    version = objects.put_original(objects.get_client(settings), settings, key, path, "image/png")
    with session_scope(settings) as s:
        hh = Household(archive_no=NO, unit=UNIT, name="张三")
        s.add(hh)
        s.flush()
        doc = Document(sha256=sha, object_key=key, version_id=version, size=len(data), media_type="image/png",
                       original_name="01_建档申请表.png", unit=UNIT, household_id=hh.id, doc_type="建档申请表",
                       status="extracted")
        s.add(doc)
        s.flush()
        s.add_all([
            ExtractedField(document_id=doc.id, label="姓名", value="张三", confidence=0.99, page=0),
            ExtractedField(document_id=doc.id, label="本人月平均收入", value=2350, confidence=0.35, page=0, bbox=BOX),
            ExtractedField(document_id=doc.id, label="婚姻状况", value="离异", confidence=0.99, page=0),
            ExtractedField(document_id=doc.id, label="政治面貌", value="群众", confidence=0.99, page=0),
        ])
    export = tmp_path / "e.xlsx"
    with pd.ExcelWriter(export) as w:
        pd.DataFrame([{"职工编号": NO, "单位": UNIT, "姓名": "张三", "本人月平均收入": 2530, "婚姻状况": "已婚"}]
                     ).to_excel(w, sheet_name="档案", index=False)
        pd.DataFrame([{"职工编号": None, "姓名": None}]).to_excel(w, sheet_name="家庭成员", index=False)
    import_electronic(export, actor="test")
    reconcile_task.fn("hangzhou", None, None, "test", "2014-01-02")


def test_report_lists_readings_to_verify_apart_with_crops(s3_env: Settings, tmp_path: Path) -> None:
    _world(s3_env, tmp_path)
    with session_scope(s3_env) as s:
        findings, households = load_findings(s), load_households_by_unit(s)
    assert {f["field"] for f in findings if f["kind"] == "mismatch"} == {"婚姻状况"}
    html = render_html_report(findings, households, rules="hangzhou")
    head, verify = html.split('<h2 id="to-verify">')
    assert verify.startswith("待核对读数（1）") and "本人月平均收入" in verify and "0.35" in verify
    assert "data:image/png;base64," in verify  # the crop of the page region, from the locked original
    assert "本人月平均收入" not in head.split('<h2 id="findings">')[1]  # never among the findings
    assert "电子档案未包含" in head and "政治面貌" in head
    out = write_xlsx_report(findings, households, rules="hangzhou", out=tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(out)
    ws = wb["待核对"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 1 and rows[0][2] == "本人月平均收入" and len(ws._images) == 1
    cover = {r[0]: r[1] for r in wb["封面"].iter_rows(values_only=True) if r[0]}
    assert "政治面貌" in cover["电子档案未包含"] and str(cover["待核对读数"]).startswith("1")
    assert all(r[3] != "本人月平均收入" for r in wb["问题清单"].iter_rows(min_row=2, values_only=True))
