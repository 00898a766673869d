"""The rectification (整改) report as an XLSX workbook: what the Hangzhou drive (seed 003) asks units to fix.

openpyxl rather than pandas.to_excel: the report needs an autofilter, frozen headers, column widths
and a native chart, which pandas would only pass through to openpyxl anyway.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from dangan.reports.crops import Cropper, store_cropper
from dangan.reports.data import (
    FINDING_COLUMNS,
    KIND_LABELS,
    KINDS,
    VERIFY_COLUMNS,
    ReportSummary,
    local_time,
    summarise,
)

TITLE = "困难职工档案纸电一致性整改报告"
SUMMARY_SHEET = "汇总"
FINDINGS_SHEET = "问题清单"
COVER_SHEET = "封面"
VERIFY_SHEET = "待核对"
MAX_CROPS = 300  # beyond this the rows name the page and box only (the workbook stays small)
SUMMARY_HEADERS: tuple[str, ...] = (
    "单位",
    "户数",
    *KIND_LABELS.values(),
    "待整改问题合计",
    "已整改问题",
    "有问题户数",
    "已完整户数",
    "完整率",
)
_HEADER_FILL = PatternFill("solid", fgColor="DDE7F0")
_BOLD = Font(bold=True)
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_WIDTHS = {"单位": 16, "职工编号": 18, "类型": 10, "字段": 16, "纸质档案": 28, "电子档案": 28, "说明": 40}


def _put(ws: Worksheet, row: int, column: int, value: Any) -> Cell:
    """Text read from paper must never become a formula in the auditor's Excel (openpyxl treats '=…' so)."""
    cell = ws.cell(row=row, column=column, value=value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
    return cell


def _sheet_title(name: str, taken: set[str]) -> str:
    """Excel sheet names: ≤ 31 characters, no []:*?/\\, unique (case-insensitive)."""
    base = _BAD_SHEET_CHARS.sub("_", name).strip("'") or "单位"
    base = base[:31]
    title, n = base, 2
    while title.lower() in taken:
        suffix = f"({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title.lower())
    return title


def _header(ws: Worksheet, headers: tuple[str, ...] | list[str], row: int = 1) -> None:
    for col, text in enumerate(headers, start=1):
        cell = ws.cell(row=row, column=col, value=text)
        cell.font = _BOLD
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center")


def _write_findings(ws: Worksheet, rows: list[dict[str, Any]]) -> None:
    headers = [h for _, h in FINDING_COLUMNS]
    _header(ws, headers)
    for r, finding in enumerate(rows, start=2):
        for c, (key, _) in enumerate(FINDING_COLUMNS, start=1):
            _put(ws, r, c, finding[key])
    last_row = max(len(rows) + 1, 2)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{last_row}"
    ws.freeze_panes = "A2"
    for c, h in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(c)].width = _WIDTHS.get(h, 14)


def _write_cover(ws: Worksheet, summary: ReportSummary, rules: str, generated_at: datetime,
                 reveal_ids: bool) -> None:
    total = summary.total()
    ws["A1"] = TITLE
    ws["A1"].font = Font(bold=True, size=18)
    lines: list[tuple[str, Any]] = [
        ("规则集", rules),
        ("生成时间", local_time(generated_at) + "（北京时间）"),
        ("单位数", len(summary.units)),
        ("户数", total.households),
        *((f"待整改：{label}", total.open_by_kind[k]) for k, label in KIND_LABELS.items()),
        ("待整改问题合计", total.open_total),
        ("已整改问题", total.resolved),
        ("已完整户数", total.complete),
        ("完整率", total.share_complete),
        ("待核对读数", f"{len(summary.to_verify)}（不计入问题，见“{VERIFY_SHEET}”表）"),
        *((("电子档案未包含", "、".join(summary.lacking) + "（这些项不作比对）"),) if summary.lacking else ()),
        ("身份证号", "完整显示，严格保密" if reveal_ids else "已脱敏"),
        ("依据", "档案查阅须登记，不得泄露或擅自对外公布（湖南省总工会档案管理办法第十七条）"),
    ]
    for i, (label, value) in enumerate(lines, start=3):
        ws.cell(row=i, column=1, value=label).font = _BOLD
        cell = _put(ws, i, 2, value)
        if label == "完整率":
            cell.number_format = "0.0%"
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 60


def _write_summary(ws: Worksheet, summary: ReportSummary) -> None:
    _header(ws, SUMMARY_HEADERS)
    rows = [*summary.units, summary.total()]
    for r, s in enumerate(rows, start=2):
        values = [s.unit, s.households, *(s.open_by_kind.get(k, 0) for k in KINDS), s.open_total,
                  s.resolved, s.households_with_open, s.complete, s.share_complete]
        for c, v in enumerate(values, start=1):
            cell = _put(ws, r, c, v)
            if r == len(rows) + 1:
                cell.font = _BOLD
        ws.cell(row=r, column=len(values)).number_format = "0.0%"
    ws.freeze_panes = "B2"
    ws.column_dimensions["A"].width = 20
    for c in range(2, len(SUMMARY_HEADERS) + 1):
        ws.column_dimensions[get_column_letter(c)].width = 13
    if summary.units:
        chart = BarChart()
        chart.type = "col"
        chart.grouping = "clustered"
        chart.title = "各单位待整改问题（按类型）"
        chart.y_axis.title = "问题数"
        chart.x_axis.title = "单位"
        chart.x_axis.delete = False  # openpyxl 3.1 hides both axes unless told otherwise
        chart.y_axis.delete = False
        n_units = len(summary.units)
        data = Reference(ws, min_col=3, max_col=2 + len(KINDS), min_row=1, max_row=1 + n_units)
        cats = Reference(ws, min_col=1, min_row=2, max_row=1 + n_units)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(cats)
        chart.height = 9
        chart.width = max(16, 2.5 * n_units)
        ws.add_chart(chart, f"A{n_units + 5}")


def _write_verify(ws: Worksheet, summary: ReportSummary, cropper: Cropper | None) -> None:
    """The readings to verify, apart from the findings, each with its crop beside it."""
    from openpyxl.drawing.image import Image as XlImage

    headers = [h for _, h in VERIFY_COLUMNS] + ["截图"]
    _header(ws, headers)
    crop = cropper if cropper is not None else (store_cropper() if summary.to_verify else None)
    image_col = get_column_letter(len(headers))
    for r, row in enumerate(summary.to_verify, start=2):
        for c, (key, _) in enumerate(VERIFY_COLUMNS, start=1):
            _put(ws, r, c, row[key])
        png = crop(row) if crop is not None and r - 2 < MAX_CROPS and row.get("evidence") else None
        if png:
            img = XlImage(io.BytesIO(png))
            scale = min(1.0, 360 / max(img.width, 1), 120 / max(img.height, 1))
            img.width, img.height = int(img.width * scale), int(img.height * scale)
            ws.add_image(img, f"{image_col}{r}")
            ws.row_dimensions[r].height = max(20, img.height * 0.75 + 4)
        else:
            _put(ws, r, len(headers), "（无截图）")
    ws.freeze_panes = "A2"
    for c, h in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(c)].width = _WIDTHS.get(h, 14)
    ws.column_dimensions[image_col].width = 52


def write_xlsx_report(
    findings: list[dict[str, Any]],
    households_by_unit: dict[str, int],
    *,
    rules: str,
    out: Path,
    generated_at: datetime | None = None,
    reveal_ids: bool = False,
    lacking: list[str] | None = None,
    cropper: Cropper | None = None,
    to_verify: list[dict[str, Any]] | None = None,
) -> Path:
    """Write cover, 汇总 (with chart), 问题清单, 待核对 (with crops) and one sheet per unit.

    IDs masked unless ``reveal_ids``; ``lacking``: schema fields the export lacks (else the rows' own).
    """
    generated_at = generated_at or datetime.now(UTC)
    summary = summarise(findings, households_by_unit, reveal_ids=reveal_ids, lacking=lacking,
                        to_verify=to_verify)
    wb = Workbook()
    cover = wb.active
    assert cover is not None
    cover.title = COVER_SHEET
    _write_cover(cover, summary, rules, generated_at, reveal_ids)
    _write_summary(wb.create_sheet(SUMMARY_SHEET), summary)
    _write_findings(wb.create_sheet(FINDINGS_SHEET), summary.findings)
    _write_verify(wb.create_sheet(VERIFY_SHEET), summary, cropper)
    taken = {COVER_SHEET.lower(), SUMMARY_SHEET.lower(), FINDINGS_SHEET.lower(), VERIFY_SHEET.lower()}
    for unit in summary.units:
        rows = [f for f in summary.findings if f["单位"] == unit.unit]
        _write_findings(wb.create_sheet(_sheet_title(unit.unit, taken)), rows)
    wb.properties.title = TITLE
    wb.properties.creator = "dangan"
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return out
