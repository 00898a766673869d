"""The HTML report printed to PDF by Debian chromium (as a clerk does with Ctrl+P): every column of the
problem list at least as wide as its heading (no 单位/类型/字段 one character per line), and a
completeness chart with visible bars even when no unit's archives are complete yet."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from dangan.reports.data import FINDING_COLUMNS
from dangan.reports.html import write_html_report

CHROMIUM = "/usr/bin/chromium"
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium not installed")]

MEMBERS = [{"姓名": f"王{i}", "关系": "子女", "身份证号": "330102201001012314", "月收入": 0, "健康状况": "健康",
            "户口类型": "非农业", "人员身份": "在读"} for i in range(3)]
GREEN, PINK = (0.608, 0.733, 0.349), (0.902, 0.722, 0.718)  # #9bbb59 complete, #e6b8b7 still open


def _findings() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for i in range(12):
        unit = ("工业橡胶", "富阳富春", "西湖街道")[i % 3]
        rows.append({"职工编号": f"{unit}2013{i:04d}", "单位": unit, "kind": "mismatch", "field": "家庭成员",
                     "paper": MEMBERS, "electronic": MEMBERS[:1], "status": "open",
                     "detail": "电子档案有该成员，纸质档案没有；" * 4})
        rows.append({"职工编号": f"{unit}2013{i:04d}", "单位": unit, "kind": "missing_material",
                     "field": "公示证明", "paper": None, "electronic": None, "status": "open",
                     "detail": "hangzhou 规则集要求的材料缺失：经本单位公示的公示证明（附件2）"})
    return rows


def _print(html: Path, pdf: Path) -> None:
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


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text)  # ToUnicode maps some glyphs to Kangxi radicals


def _close(color: Any, want: tuple[float, float, float]) -> bool:
    return isinstance(color, tuple | list) and len(color) == 3 and all(
        abs(float(a) - b) < 0.03 for a, b in zip(color, want, strict=True))


def test_printed_report_columns_and_completeness_bars(tmp_path: Path) -> None:
    html = write_html_report(_findings(), {"工业橡胶": 30, "富阳富春": 20, "西湖街道": 10}, rules="hangzhou",
                             out=tmp_path / "r.html")
    pdf = tmp_path / "r.pdf"
    _print(html, pdf)
    headings = [h for _, h in FINDING_COLUMNS]
    checked = 0
    bars: list[tuple[float, tuple[float, float, float]]] = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            words = [(_norm(w["text"]), w) for w in page.extract_words(keep_blank_chars=False)]
            texts = {t for t, _ in words}
            if "职工编号" in texts and "纸质档案" in texts:  # a page of the problem list
                for table in page.find_tables():
                    header = table.rows[0]
                    for cell in header.cells:
                        if cell is None:
                            continue
                        inside = [w for t, w in words if w["x0"] >= cell[0] - 1 and w["x1"] <= cell[2] + 1
                                  and w["top"] >= cell[1] - 1 and w["bottom"] <= cell[3] + 1]
                        label = "".join(_norm(w["text"]) for w in inside)
                        if label in headings:
                            checked += 1
                            assert len(inside) == 1, f"heading {label} broken over lines"
                            assert cell[2] - cell[0] >= inside[0]["x1"] - inside[0]["x0"]
                for short in ("不一致", "缺少材料", "待整改", "公示证明"):
                    assert short in texts, f"{short} broken over lines"
            for obj in [*page.rects, *page.curves]:
                for want in (GREEN, PINK):
                    if obj.get("fill") and _close(obj.get("non_stroking_color"), want):
                        bars.append((float(obj["x1"] - obj["x0"]), want))
    assert checked >= len(headings)  # every heading found whole in a cell at least its width
    assert [w for w, c in bars if c == PINK and w > 20], "no visible bars in the completeness chart"
