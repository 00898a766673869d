"""The rectification report as one self-contained HTML page (inline SVG charts, print stylesheet).

One file with no external resources can be mailed, archived and printed to PDF from any browser;
charts are drawn with matplotlib's object API (no pyplot global state, safe inside the web server)
and the glyphs are embedded as paths so the Chinese renders even where no CJK font is installed.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import matplotlib
from jinja2 import Environment, select_autoescape
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from dangan.reports.crops import Cropper, data_uri, store_cropper
from dangan.reports.data import (
    FINDING_COLUMNS,
    KIND_LABELS,
    KINDS,
    VERIFY_COLUMNS,
    ReportSummary,
    local_time,
    summarise,
)
from dangan.reports.xlsx import SUMMARY_HEADERS, TITLE

CJK_FONTS = ["Noto Sans CJK SC", "Noto Sans CJK JP", "WenQuanYi Zen Hei", "DejaVu Sans"]
_KIND_COLOURS = {"mismatch": "#c0504d", "missing_material": "#f79646", "rule": "#4f81bd", "paper_conflict": "#9bbb59"}
MAX_CROPS = 300  # a drive's report stays mailable: beyond this, rows name the page and box only

_TEMPLATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{ title }}</title>
<style>
  body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif;
         margin: 2em auto; max-width: 1100px; color: #222; }
  h1 { font-size: 1.6em; border-bottom: 3px solid #4f81bd; padding-bottom: .3em; }
  h2 { font-size: 1.25em; margin-top: 1.6em; }
  table { border-collapse: collapse; width: 100%; font-size: .9em; margin: .6em 0; }
  th, td { border: 1px solid #bbb; padding: .25em .45em; text-align: left; vertical-align: top; }
  th { background: #dde7f0; white-space: nowrap; }  /* a column is never narrower than its heading */
  td { word-break: keep-all; overflow-wrap: break-word; }  /* 不一致, 待整改 stay whole; long text wraps */
  td.num { text-align: right; }
  tr.total td { font-weight: bold; background: #f3f3f3; }
  dl.cover { display: grid; grid-template-columns: 10em auto; gap: .2em 1em; }
  dl.cover dt { font-weight: bold; }
  .chart svg { max-width: 100%; height: auto; }
  .note { color: #666; font-size: .85em; }
  table img { max-width: 520px; max-height: 180px; border: 1px solid #ccc; }
  @media print {
    @page { size: A4 landscape; margin: 12mm; }
    body { margin: 0; max-width: none; font-size: 10pt; }
    h2 { break-before: page; }
    h2.first { break-before: avoid; }
    table { page-break-inside: auto; }
    tr { break-inside: avoid; }
    thead { display: table-header-group; }
    .chart { break-inside: avoid; }
  }
</style>
</head>
<body>
<h1>{{ title }}</h1>
<dl class="cover">
  <dt>规则集</dt><dd>{{ rules }}</dd>
  <dt>生成时间</dt><dd>{{ generated }}</dd>
  <dt>单位数</dt><dd>{{ summary.units|length }}</dd>
  <dt>户数</dt><dd>{{ total.households }}</dd>
  <dt>待整改问题合计</dt><dd>{{ total.open_total }}（{% for k in kinds %}{{ kind_labels[k] }} {{ total.open_by_kind.get(k, 0) }}{% if not loop.last %}，{% endif %}{% endfor %}）</dd>
  <dt>已整改问题</dt><dd>{{ total.resolved }}</dd>
  <dt>已完整户数</dt><dd>{{ total.complete }}（{{ "%.1f"|format(total.share_complete * 100) }}%）</dd>
  <dt>待核对读数</dt><dd>{{ summary.to_verify|length }}（不计入问题；人工核对后下次比对时成为问题或消除）</dd>
  {% if summary.lacking %}<dt>电子档案未包含</dt><dd id="coverage">{{ summary.lacking|join("、") }}（这些项不作比对）</dd>{% endif %}
  <dt>身份证号</dt><dd>{{ "完整显示，严格保密" if reveal_ids else "已脱敏" }}</dd>
</dl>
<p class="note">档案一般用于工会系统工作查询；查询者应遵守保密制度，不得泄露或擅自对外公布。</p>

<h2 class="first" id="summary">汇总</h2>
<table class="summary">
<thead><tr>{% for h in summary_headers %}<th>{{ h }}</th>{% endfor %}</tr></thead>
<tbody>
{% for s in summary.units %}
<tr><td>{{ s.unit }}</td><td class="num">{{ s.households }}</td>
{% for k in kinds %}<td class="num">{{ s.open_by_kind.get(k, 0) }}</td>{% endfor %}
<td class="num">{{ s.open_total }}</td><td class="num">{{ s.resolved }}</td>
<td class="num">{{ s.households_with_open }}</td><td class="num">{{ s.complete }}</td>
<td class="num">{{ "%.1f"|format(s.share_complete * 100) }}%</td></tr>
{% endfor %}
<tr class="total"><td>{{ total.unit }}</td><td class="num">{{ total.households }}</td>
{% for k in kinds %}<td class="num">{{ total.open_by_kind.get(k, 0) }}</td>{% endfor %}
<td class="num">{{ total.open_total }}</td><td class="num">{{ total.resolved }}</td>
<td class="num">{{ total.households_with_open }}</td><td class="num">{{ total.complete }}</td>
<td class="num">{{ "%.1f"|format(total.share_complete * 100) }}%</td></tr>
</tbody>
</table>

<div class="chart" id="chart-by-kind">{{ chart_by_kind|safe }}</div>
<div class="chart" id="chart-complete">{{ chart_complete|safe }}</div>

<h2 id="findings">问题清单</h2>
<table class="findings">
<thead><tr>{% for _, h in columns %}<th>{{ h }}</th>{% endfor %}</tr></thead>
<tbody>
{% for f in summary.findings %}
<tr>{% for key, _ in columns %}<td>{{ f[key] }}</td>{% endfor %}</tr>
{% if f.crop %}<tr class="crop"><td colspan="{{ columns|length }}"><img alt="纸质依据截图" src="{{ f.crop }}"></td></tr>{% endif %}
{% else %}
<tr><td colspan="{{ columns|length }}">没有问题</td></tr>
{% endfor %}
</tbody>
</table>

<h2 id="to-verify">待核对读数（{{ summary.to_verify|length }}）</h2>
<p class="note">以下纸质读数识别把握不足、不是该项的可能值，或规则集之间的用语对应未由文件确定：不作为问题派发。
请在复核中确认或更正（dangan review），下次比对时确认的读数成为问题或消除。</p>
<table class="verify">
<thead><tr>{% for _, h in verify_columns %}<th>{{ h }}</th>{% endfor %}<th>截图</th></tr></thead>
<tbody>
{% for f in summary.to_verify %}
<tr>{% for key, _ in verify_columns %}<td>{{ f[key] }}</td>{% endfor %}
<td>{% if f.crop %}<img alt="纸质读数截图" src="{{ f.crop }}">{% else %}（无截图）{% endif %}</td></tr>
{% else %}
<tr><td colspan="{{ verify_columns|length + 1 }}">没有待核对读数</td></tr>
{% endfor %}
</tbody>
</table>
</body>
</html>
"""

_env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))


def _svg(fig: Figure) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    text = buf.getvalue()
    return text[text.index("<svg"):]  # drop the XML prolog and DOCTYPE: invalid inside HTML


def _style() -> dict[Any, Any]:
    return {"font.family": "sans-serif", "font.sans-serif": CJK_FONTS, "svg.fonttype": "path",
            "axes.unicode_minus": False, "svg.hashsalt": "dangan"}


def chart_by_kind_svg(summary: ReportSummary) -> str:
    """Grouped bars: open findings per unit and kind (the drive's main question: who has what to fix)."""
    units = [s.unit for s in summary.units]
    with matplotlib.rc_context(_style()):
        fig = Figure(figsize=(max(6.0, 0.9 * len(units) + 2), 3.6))
        ax = fig.subplots()
        width = 0.8 / len(KINDS)
        for i, kind in enumerate(KINDS):
            xs = [j + (i - 1) * width for j in range(len(units))]
            ax.bar(xs, [s.open_by_kind.get(kind, 0) for s in summary.units], width,
                   label=KIND_LABELS[kind], color=_KIND_COLOURS[kind])
        ax.set_xticks(range(len(units)), units, rotation=30 if len(units) > 6 else 0, ha="right"
                      if len(units) > 6 else "center")
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no 0.2 of a finding
        ax.set_title("各单位待整改问题（按类型）")
        ax.set_ylabel("问题数")
        ax.legend()
        ax.spines[["top", "right"]].set_visible(False)
        return _svg(fig)


def chart_complete_svg(summary: ReportSummary) -> str:
    """Horizontal bars: share of households whose archive has no open finding."""
    units = [s.unit for s in summary.units]
    with matplotlib.rc_context(_style()):
        fig = Figure(figsize=(6.5, max(1.6, 0.4 * len(units) + 1)))
        ax = fig.subplots()
        shares = [100 * s.share_complete for s in summary.units]
        ax.barh(range(len(units)), shares, color="#9bbb59", label="完整")
        # the rest of each unit's bar: at 0 % complete the chart still shows a bar per unit
        ax.barh(range(len(units)), [100 - v for v in shares], left=shares, color="#e6b8b7",
                label="有待整改问题")
        ax.legend(loc="lower right", fontsize="small", frameon=False)
        ax.set_yticks(range(len(units)), units)
        ax.invert_yaxis()
        ax.set_xlim(0, 100)
        ax.set_xlabel("完整率 %")
        ax.set_title("各单位档案完整率")
        for y, v in enumerate(shares):
            ax.text(min(v + 1, 92), y, f"{v:.0f}%", va="center")
        ax.spines[["top", "right"]].set_visible(False)
        return _svg(fig)


def render_html_report(
    findings: list[dict[str, Any]],
    households_by_unit: dict[str, int],
    *,
    rules: str,
    generated_at: datetime | None = None,
    reveal_ids: bool = False,
    lacking: list[str] | None = None,
    cropper: Cropper | None = None,
    to_verify: list[dict[str, Any]] | None = None,
) -> str:
    summary = summarise(findings, households_by_unit, reveal_ids=reveal_ids, lacking=lacking,
                        to_verify=to_verify)
    add_crops(summary, cropper)
    generated_at = generated_at or datetime.now(UTC)
    return _env.from_string(_TEMPLATE).render(
        title=TITLE,
        rules=rules,
        generated=local_time(generated_at) + "（北京时间）",
        summary=summary,
        total=summary.total(),
        kinds=KINDS,
        kind_labels=KIND_LABELS,
        summary_headers=SUMMARY_HEADERS,
        columns=FINDING_COLUMNS,
        verify_columns=VERIFY_COLUMNS,
        reveal_ids=reveal_ids,
        chart_by_kind=chart_by_kind_svg(summary) if summary.units else "",
        chart_complete=chart_complete_svg(summary) if summary.units else "",
    )


def add_crops(summary: ReportSummary, cropper: Cropper | None) -> None:
    """Readings to verify first, then findings: each row with evidence gets its crop (as a data URI)."""
    rows = [r for r in (*summary.to_verify, *summary.findings) if r.get("evidence")][:MAX_CROPS]
    if not rows:
        return
    crop = cropper or store_cropper()
    for r in rows:
        r["crop"] = data_uri(crop(r))


def write_html_report(
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
    """Same summary as the XLSX, as one printable HTML file; IDs masked unless ``reveal_ids``."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        render_html_report(findings, households_by_unit, rules=rules, generated_at=generated_at,
                           reveal_ids=reveal_ids, lacking=lacking, cropper=cropper, to_verify=to_verify),
        encoding="utf-8",
    )
    return out
