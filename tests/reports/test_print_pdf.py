"""The HTML report printed to PDF by a real browser (Debian chromium), as a user would with Ctrl+P."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import pdfplumber
import pytest

from dangan.reports.html import write_html_report

CHROMIUM = "/usr/bin/chromium"

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium not installed")]


def test_html_report_prints_to_a_landscape_pdf_with_chinese_text(tmp_path: Path) -> None:
    findings = [{"职工编号": f"工业橡胶2013{i:04d}", "单位": "工业橡胶", "kind": "missing_material",
                 "field": "公示证明", "paper": None, "electronic": None, "detail": "缺少公示证明"} for i in range(60)]
    html = write_html_report(findings, {"工业橡胶": 80, "富阳富春": 20}, rules="hangzhou", out=tmp_path / "r.html")
    pdf = tmp_path / "r.pdf"
    profile = tempfile.mkdtemp(prefix="dangan-chromium-")
    try:
        subprocess.run(
            [CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
             f"--user-data-dir={profile}", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", html.as_uri()],
            check=True, timeout=90, capture_output=True,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    with pdfplumber.open(pdf) as doc:
        assert len(doc.pages) >= 3  # cover+summary, charts, then the findings from a new page
        first = doc.pages[0]
        assert first.width > first.height  # @page A4 landscape
        # NFKC: the PDF's ToUnicode maps some glyphs to Kangxi radicals (⼯ for 工)
        text = unicodedata.normalize("NFKC", "\n".join(p.extract_text() or "" for p in doc.pages))
    assert "困难职工档案纸电一致性整改报告" in text and "问题清单" in text and "20130059" in text
