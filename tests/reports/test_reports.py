"""The XLSX and HTML rectification reports, built from a real findings table (SQLite and PostgreSQL)."""

from __future__ import annotations

import dataclasses
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from dangan.config import Settings, load_settings
from dangan.reports.data import KIND_LABELS, load_findings, load_households_by_unit, mask_text
from dangan.reports.html import write_html_report
from dangan.reports.xlsx import FINDINGS_SHEET, SUMMARY_SHEET, TITLE, write_xlsx_report
from dangan.storage.db import Finding, Household, session_scope

ID_1, ID_2 = "330102199001012318", "33010219900101232X"
MASKED_1, MASKED_2 = "330102********2318", "330102********232X"
WHEN = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def seed(settings: Settings) -> None:
    """Unit A: 4 households, 3 open findings in 2 households, 1 resolved. Unit B: 2 households, 1 open."""
    with session_scope(settings) as s:
        for i in range(4):
            s.add(Household(archive_no=f"A{i}", unit="工业橡胶"))
        for i in range(2):
            s.add(Household(archive_no=f"B{i}", unit="富阳富春"))
        s.add_all([
            Finding(fingerprint="1", archive_no="A0", unit="工业橡胶", kind="mismatch", field="身份证号",
                    paper=ID_1, electronic=ID_2, detail=f"纸质 {ID_1}，电子 {ID_2}"),
            Finding(fingerprint="2", archive_no="A0", unit="工业橡胶", kind="missing_material", field="公示证明",
                    detail="缺少公示证明"),
            Finding(fingerprint="3", archive_no="A1", unit="工业橡胶", kind="mismatch",
                    field="家庭成员[王五].身份证号", paper={"姓名": "王五", "身份证号": ID_2}, electronic=None,
                    detail="=HYPERLINK(\"http://x\")"),
            Finding(fingerprint="4", archive_no="A2", unit="工业橡胶", kind="rule", field="家庭月人均收入",
                    paper=3100, electronic=3100, detail="超过低保标准2倍", status="resolved",
                    resolution="电子已改正", resolved_by="王会计", resolved_at=WHEN),
            Finding(fingerprint="5", archive_no="B0", unit="富阳富春", kind="rule", field="家庭月人均收入",
                    paper=2900.0, electronic=2900, detail="超过低保标准2倍"),
        ])


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    s = dataclasses.replace(load_settings(), data_dir=tmp_path / "data", database_url=database_url)
    seed(s)
    return s


def _load(settings: Settings) -> tuple[list[dict], dict[str, int]]:
    with session_scope(settings) as s:
        return load_findings(s), load_households_by_unit(s)


def _all_text(wb: openpyxl.Workbook) -> str:
    return "\n".join(str(v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row if v is not None)


def test_xlsx_sheets_counts_masking_filter_chart(settings: Settings, tmp_path: Path) -> None:
    findings, households = _load(settings)
    assert households == {"工业橡胶": 4, "富阳富春": 2}
    out = write_xlsx_report(findings, households, rules="hangzhou", out=tmp_path / "r.xlsx", generated_at=WHEN)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["封面", SUMMARY_SHEET, FINDINGS_SHEET, "待核对", "富阳富春", "工业橡胶"]
    cover = {r[0]: r[1] for r in wb["封面"].iter_rows(min_row=3, values_only=True) if r[0]}
    assert wb["封面"]["A1"].value == TITLE
    assert cover["规则集"] == "hangzhou" and cover["生成时间"] == "2026-11-23 17:30（北京时间）"
    assert cover["户数"] == 6 and cover["待整改问题合计"] == 4 and cover["已完整户数"] == 3

    rows = list(wb[SUMMARY_SHEET].iter_rows(values_only=True))
    header = rows[0]
    assert header[:5] == ("单位", "户数", "不一致", "缺少材料", "规则问题")
    table = {r[0]: dict(zip(header, r, strict=True)) for r in rows[1:]}
    a, b, total = table["工业橡胶"], table["富阳富春"], table["合计"]
    assert (a["户数"], a["不一致"], a["缺少材料"], a["规则问题"]) == (4, 2, 1, 0)
    assert (a["已整改问题"], a["有问题户数"], a["已完整户数"], a["完整率"]) == (1, 2, 2, 0.5)
    assert (b["户数"], b["规则问题"], b["已完整户数"], b["完整率"]) == (2, 1, 1, 0.5)
    assert (total["户数"], total["待整改问题合计"], total["已完整户数"]) == (6, 4, 3)
    assert len(wb[SUMMARY_SHEET]._charts) == 1
    with zipfile.ZipFile(out) as z:
        chart_xml = z.read("xl/charts/chart1.xml").decode()
    assert "<barChart>" in chart_xml and chart_xml.count("<ser>") == len(KIND_LABELS)  # one series per kind

    ws = wb[FINDINGS_SHEET]
    head = [c.value for c in ws[1]]
    assert head[:9] == ["单位", "职工编号", "类型", "字段", "纸质档案", "电子档案", "说明", "纸质依据", "状态"]
    assert ws.auto_filter.ref == "A1:M6" and ws.freeze_panes == "A2"
    data = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(data) == 5
    assert {r[2] for r in data} == {"不一致", "缺少材料", "规则问题"}
    assert {r[8] for r in data} == {"待整改", "已整改"}
    assert len(list(wb["工业橡胶"].iter_rows(min_row=2))) == 4 and wb["工业橡胶"].auto_filter.ref
    # masked everywhere: values, member dicts, free-text details; and no formula smuggled in
    text = _all_text(wb)
    assert ID_1 not in text and ID_2 not in text and MASKED_1 in text and MASKED_2 in text
    hyperlink = next(c for row in ws.iter_rows(min_row=2) for c in row if str(c.value).startswith("=HYP"))
    assert hyperlink.data_type == "s"


def test_xlsx_reveal_ids(settings: Settings, tmp_path: Path) -> None:
    findings, households = _load(settings)
    out = write_xlsx_report(findings, households, rules="hangzhou", out=tmp_path / "r.xlsx", reveal_ids=True)
    text = _all_text(openpyxl.load_workbook(out))
    assert ID_1 in text and ID_2 in text


def test_html_report_tables_charts_print(settings: Settings, tmp_path: Path) -> None:
    findings, households = _load(settings)
    out = write_html_report(findings, households, rules="hangzhou", out=tmp_path / "r.html", generated_at=WHEN)
    html = out.read_text(encoding="utf-8")
    assert TITLE in html and "hangzhou" in html
    assert html.count("<svg") == 2 and 'id="chart-by-kind"' in html
    assert "@media print" in html and "@page" in html
    assert '<table class="summary">' in html and '<table class="findings">' in html
    assert "缺少材料" in html and "规则问题" in html and "工业橡胶" in html
    assert ID_1 not in html and ID_2 not in html and MASKED_1 in html
    for external in ('src="http', 'href="http', "<link", "<script", "@import", "url(http"):  # self-contained
        assert external not in html
    assert "&lt;" not in html.split("<body>")[0]


def test_mask_text_covers_ids_inside_text() -> None:
    assert mask_text(f"身份证{ID_1}，卡号") == f"身份证{MASKED_1}，卡号"
    assert mask_text("金额 2350 元") == "金额 2350 元"


def test_cli_report_and_reveal_needs_admin(settings: Settings, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from dangan.cli import build_app, main

    monkeypatch.setenv("DANGAN_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("DANGAN_DATABASE_URL", settings.database_url)
    r = CliRunner().invoke(build_app(), ["report", "--out", str(tmp_path / "c.xlsx"), "--html",
                                         str(tmp_path / "c.html")])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "c.xlsx").exists() and (tmp_path / "c.html").exists()
    assert main(["report", "--out", str(tmp_path / "d.xlsx"), "--reveal-ids"]) == 8
    assert main(["report", "--out", str(tmp_path / "d.xlsx"), "--reveal-ids", "--role", "admin"]) == 0
    assert ID_1 in _all_text(openpyxl.load_workbook(tmp_path / "d.xlsx"))


def test_households_counted_once_from_paper_electronic_and_findings(settings: Settings) -> None:
    from dangan.storage.db import ElectronicImport, ElectronicRecord

    with session_scope(settings) as s:
        imp = ElectronicImport(source="e.xlsx", sha256="0" * 64)
        s.add(imp)
        s.flush()
        s.add_all([ElectronicRecord(import_id=imp.id, archive_no="A0", unit="工业橡胶", data={}),
                   ElectronicRecord(import_id=imp.id, archive_no="B9", unit="富阳富春", data={}),
                   ElectronicRecord(import_id=imp.id, archive_no="C1", unit="西湖街道", data={})])
        s.add(Finding(fingerprint="6", archive_no="D1", unit="长沙机床", kind="rule", field="x"))
    with session_scope(settings) as s:
        assert load_households_by_unit(s) == {"工业橡胶": 4, "富阳富春": 3, "西湖街道": 1, "长沙机床": 1}
        assert load_households_by_unit(s, unit="富阳富春") == {"富阳富春": 3}
