"""CLI of the reconcile stage: import-electronic, reconcile, findings, resolve."""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

console = Console(highlight=False)

# Machine columns of the CSV export (keys of the findings contract; the JSON has every key).
FINDING_TABLE_COLUMNS = (
    "id",
    "单位",
    "职工编号",
    "kind",
    "field",
    "paper",
    "electronic",
    "detail",
    "status",
    "resolution",
)

# The table people read: (key of reports.data.normalise_finding, Chinese heading, minimum width,
# terminal width from which the column is shown). Narrow terminals drop columns rather than cut
# every cell into 2–5 character fragments.
_PEOPLE_COLUMNS: tuple[tuple[str, str, int, int], ...] = (
    ("id", "编号", 4, 0),
    ("职工编号", "职工编号", 16, 0),
    ("类型", "类型", 8, 0),
    ("field", "字段", 10, 0),
    ("状态", "状态", 6, 0),
    ("detail", "说明", 16, 0),
    ("单位", "单位", 8, 110),
    ("paper", "纸质档案", 12, 130),
    ("electronic", "电子档案", 12, 130),
    ("resolution", "整改方式", 8, 150),
)


def _machine_time(value: Any) -> Any:
    """Times in machine output: ISO 8601 with the offset, in 北京时间 (stored UTC; SQLite drops the zone)."""
    from datetime import UTC, datetime

    from dangan.reports.data import BEIJING

    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(BEIJING).isoformat(timespec="seconds")
    return value


def _machine_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _machine_time(v) if k.endswith("_at") else v for k, v in row.items()}


def findings_table(rows: list[dict[str, Any]], *, width: int, reveal_ids: bool = False,
                   rules_name: str | None = None) -> Table:
    """The findings as people read them: Chinese headings and values, members as 姓名：…，关系：…

    Tier findings say so when the 低保 figures of ``rules_name`` (the run's rule set) are examples.
    """
    from dangan.reconcile.ruleset import flag_illustrative
    from dangan.reports.data import normalise_finding

    columns = [c for c in _PEOPLE_COLUMNS if width >= c[3]]
    from rich import box

    table = Table(title=f"核查问题（{len(rows)} 条）", expand=False, box=box.SIMPLE_HEAD, pad_edge=False,
                  padding=(0, 1), collapse_padding=True, show_edge=False)
    for key, heading, min_width, _ in columns:
        wraps = key in ("detail", "paper", "electronic", "类型")  # 纸质材料之间不一致 is 18 cells: folded, not cut
        table.add_column(heading, min_width=min_width, no_wrap=not wraps,
                         overflow="fold" if wraps else "ellipsis", max_width=None if wraps else 16)
    shown_rows = flag_illustrative([normalise_finding(r, reveal_ids=reveal_ids) for r in rows], rules_name)
    for shown in shown_rows:
        table.add_row(*[_cell(shown.get(key)) for key, *_ in columns])
    return table


def _cell(value: Any, limit: int = 120) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def import_electronic_cmd(
    file: Annotated[Path, typer.Argument(help="电子档案导出文件 (.xlsx，或 X_档案.csv)")],
    actor: Annotated[str, typer.Option(help="操作人 (who imports)")] = "cli",
    show: Annotated[int, typer.Option(help="最多显示多少行错误 (bad rows shown)")] = 50,
) -> None:
    """导入电子档案导出文件 (import the national system's export; bad rows are listed, never dropped silently)."""
    from dangan.reconcile.electronic import import_electronic

    report = import_electronic(file, actor=actor)
    flagged = sum(1 for b in report.bad_rows if b.stored)
    console.print(
        f"导入 #{report.import_id}: 导入 {report.rows_ok} 户, 有误未导入 {report.rows_bad} 户, "
        f"家庭成员 {report.members_ok} 人; 新增 {report.new}, 有变化 {report.changed}"
        + (f"; 已导入但有问题的行 {flagged}（核查时列为问题）" if flagged else "")
    )
    if report.unknown_columns:
        console.print(f"[yellow]未识别的列（原样保存）[/]: {'、'.join(report.unknown_columns)}")
    if report.bad_rows:
        table = Table(title="有误的行 (bad rows)")
        for col in ("表", "行", "职工编号", "原因", "已导入"):
            table.add_column(col)
        for b in report.bad_rows[:show]:
            table.add_row(
                b.sheet, str(b.row), b.archive_no or "", "；".join(b.reasons), "是" if b.stored else "否"
            )
        console.print(table)
        if len(report.bad_rows) > show:
            console.print(f"… 另有 {len(report.bad_rows) - show} 行 (use --show)")


def reconcile_cmd(
    electronic: Annotated[Path, typer.Option("--electronic", help="电子档案导出文件 (.xlsx / X_档案.csv)")],
    scans: Annotated[Path | None, typer.Option("--scans", help="扫描件目录：<单位>/<职工编号>/文件")] = None,
    extracted: Annotated[
        Path | None,
        typer.Option("--extracted", help="已有的提取结果 JSONL（如 synth 的 truth.jsonl），跳过 OCR"),
    ] = None,
    rules: Annotated[
        str | None, typer.Option("--rules", help="规则集 (national/hangzhou/hunan/hebei)")
    ] = None,
    engine: Annotated[str | None, typer.Option("--engine", help="OCR 引擎 (rapidocr / tesseract)")] = None,
    workers: Annotated[int, typer.Option("--workers", help="识别用的并行进程数 (worker processes, as dangan extract)")] = 2,
    out: Annotated[Path | None, typer.Option("--out", help="XLSX 报告")] = None,
    findings_out: Annotated[Path | None, typer.Option("--findings", help="问题清单 JSONL")] = None,
    reveal_ids: Annotated[
        bool, typer.Option("--reveal-ids", help="输出完整身份证号（仅 --role admin，记入日志）(default: masked)")
    ] = False,
    role: Annotated[str, typer.Option("--role", help="使用者角色 auditor | admin")] = "auditor",
    as_of: Annotated[str | None, typer.Option("--as-of", help="核查日期 YYYY-MM-DD（默认今天）")] = None,
    only_scanned: Annotated[bool, typer.Option("--only-scanned", help="只核查有扫描件的户")] = False,
    store: Annotated[bool, typer.Option("--store/--no-store", help="把问题记入数据库（跨次跟踪）")] = True,
    actor: Annotated[str, typer.Option(help="操作人")] = "cli",
) -> None:
    """纸电一致性核查（本地目录，无需服务器）(reconcile local scans with an electronic export)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from dangan.commands.extract import check_reveal
    from dangan.config import load_settings
    from dangan.reconcile.local import run_local, write_findings_jsonl

    settings = load_settings()
    rules_name = rules or settings.rules
    _announce_rules(rules_name)
    check_reveal(reveal_ids, role, "reconcile")  # an unknown or broken rule set stops here, before any OCR
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as progress:
        task = progress.add_task("提取 (extracting)", total=None)

        def tick(i: int, n: int, name: str) -> None:
            progress.update(task, completed=i, total=n, description=f"提取 {name[-40:]}")

        result = run_local(
            electronic,
            scans=scans,
            extracted=extracted,
            rules=rules_name,
            engine=engine or settings.ocr_engine,
            as_of=date.fromisoformat(as_of) if as_of else None,
            only_scanned=only_scanned,
            progress=tick,
            workers=workers,
        )
    counts = result.counts()
    console.print(
        f"核查 {result.households} 户, {result.files} 个文件; 问题 {len(result.findings)} 条: "
        f"不一致 {counts.get('mismatch', 0)}, 缺材料 {counts.get('missing_material', 0)}, 规则 {counts.get('rule', 0)}; "
        f"待核对 {len(result.to_verify)} 条 (readings to verify: dangan review)"
    )
    if result.electronic.bad_rows:
        console.print(
            f"[yellow]电子档案有误的行 {len(result.electronic.bad_rows)} 行未参与核查[/] "
            "(see `dangan import-electronic`)"
        )
    for path, why in result.failed:
        console.print(f"[red]提取失败[/] {path}: {why}")
    if findings_out:
        write_findings_jsonl(result.findings, findings_out, reveal_ids=reveal_ids)
        console.print(f"问题清单: {findings_out}")
    stored: list[dict[str, Any]] | None = None
    if store:
        from dangan.reconcile.lifecycle import query_findings, store_run
        from dangan.storage.db import session_scope

        with session_scope(settings) as session:
            summary = store_run(
                session,
                result.findings,
                rules=rules_name,
                households=set(result.paper) | set(result.electronic.records),
                actor=actor,
            )
        console.print(
            f"第 {summary.run_id} 次核查: 新增 {summary.new}, 重新出现 {summary.reopened}, "
            f"已消除 {summary.resolved}, 仍未解决 {summary.still_open}"
        )
        scope = set(result.paper) | set(result.electronic.records)
        stored = [r for r in query_findings(reveal_ids=True) if r["职工编号"] in scope]
    if out:
        try:
            from dangan.reports.xlsx import write_xlsx_report
        except ImportError:
            console.print("[yellow]报告模块不可用，未生成 XLSX (reports stage missing)[/]")
        else:
            rows = stored if stored is not None else result.findings
            from dangan.reconcile.ruleset import load

            write_xlsx_report(
                rows, result.households_by_unit(), rules=load(rules_name).describe(), out=out,
                reveal_ids=reveal_ids, lacking=result.findings.lacking,
                to_verify=list(result.to_verify),
            )
            console.print(f"报告: {out}")


def findings_cmd(
    unit: Annotated[str | None, typer.Option("--unit")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="mismatch | missing_material | rule")] = None,
    field: Annotated[str | None, typer.Option("--field")] = None,
    status: Annotated[str | None, typer.Option("--status", help="open | resolved")] = None,
    since: Annotated[str | None, typer.Option("--since", help="YYYY-MM-DD")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table | csv | xlsx | json")] = "table",
    out: Annotated[Path | None, typer.Option("--out", help="输出文件（xlsx 必需）")] = None,
    reveal_ids: Annotated[bool, typer.Option("--reveal-ids", help="显示完整证件号（仅 --role admin，记入日志）")] = False,
    role: Annotated[str, typer.Option("--role", help="使用者角色 auditor | admin")] = "auditor",
) -> None:
    """列出核查问题 (list findings)."""
    from dangan.commands.extract import check_reveal
    from dangan.errors import InvalidData
    from dangan.reconcile.lifecycle import query_findings

    check_reveal(reveal_ids, role, "findings", format=fmt, unit=unit)
    rows = query_findings(
        unit=unit, kind=kind, field=field, status=status, since=since, reveal_ids=reveal_ids
    )
    if fmt == "json":
        text = json.dumps([_machine_row(r) for r in rows], ensure_ascii=False, indent=1, default=str)
        _emit(text, out)
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(
            buf,
            fieldnames=[*FINDING_TABLE_COLUMNS, "reopened", "resolved_by", "resolved_at", "created_at"],
            extrasaction="ignore",
        )
        writer.writeheader()
        for r in rows:
            writer.writerow(
                {
                    k: (json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v)
                    for k, v in _machine_row(r).items()
                }
            )
        _emit(buf.getvalue(), out)
    elif fmt == "xlsx":
        if out is None:
            raise InvalidData("--format xlsx 需要 --out FILE.xlsx")
        from dangan.reports.xlsx import write_xlsx_report

        units: dict[str, int] = {}
        for r in rows:
            units.setdefault(r["单位"] or "", 0)
        last = _last_rules()
        described = ""
        if last:
            from dangan.errors import ConfigError
            from dangan.reconcile.ruleset import load

            try:
                described = load(last).describe()
            except ConfigError:
                described = f"{last}（规则集已不可用）"
        write_xlsx_report(rows, units, rules=described, out=out, reveal_ids=reveal_ids)
        console.print(f"{len(rows)} 条 → {out}")
    elif fmt == "table":
        console.print(findings_table(rows, width=console.width, reveal_ids=reveal_ids,
                                     rules_name=_last_rules()))
    else:
        raise InvalidData(f"未知格式 {fmt} (table | csv | xlsx | json)")


def _emit(text: str, out: Path | None) -> None:
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def resolve_cmd(
    finding_id: Annotated[int, typer.Argument(help="问题编号 (finding id)")],
    resolution: Annotated[str, typer.Option("--resolution", help="纸质已改正 | 电子已改正 | 按现状接受")],
    actor: Annotated[str, typer.Option("--actor", help="处理人")],
    note: Annotated[str, typer.Option("--note")] = "",
) -> None:
    """处理一条问题 (resolve a finding by hand)."""
    from dangan.reconcile.lifecycle import resolve_finding
    from dangan.storage.db import session_scope

    with session_scope() as session:
        row = resolve_finding(session, finding_id, resolution=resolution, actor=actor, note=note)
    console.print(f"问题 #{row['id']} ({row['职工编号']} {row['field']}) 已处理: {resolution} by {actor}")


def reconcile_store_cmd(
    rules: str | None = typer.Option(None, "--rules", help="规则集 (national/hangzhou/hunan/hebei)"),
    unit: str | None = typer.Option(None, "--unit", help="只核查此单位 (only this unit)"),
    actor: str = typer.Option("cli", "--actor", help="操作人"),
    as_of: str | None = typer.Option(None, "--as-of", help="核查日期 YYYY-MM-DD（默认今天）"),
) -> None:
    """纸电一致性核查：库内已识别的原件 vs 最新导入的电子档案 (reconcile what the store holds, as a Prefect flow)."""
    from dangan.config import load_settings
    from dangan.flows.reconcile import reconcile_flow

    _announce_rules(rules or load_settings().rules)
    summary = reconcile_flow(rules=rules, unit=unit, actor=actor, as_of=as_of)
    table = Table(title="核查结果 (reconciliation run)")
    table.add_column("项目")
    table.add_column("数量", justify="right")
    for key, label in (
        ("households", "户数"),
        ("new", "新问题"),
        ("reopened", "重新出现"),
        ("resolved", "已消除"),
        ("open", "未解决"),
    ):
        table.add_row(label, str(summary[key]))
    console.print(table)


def _last_rules() -> str | None:
    """The rule set of the latest stored reconciliation run (what the findings were made with)."""
    from sqlalchemy import select

    from dangan.storage.db import ReconcileRun, session_scope

    with session_scope() as s:
        return s.scalar(select(ReconcileRun.rules).order_by(ReconcileRun.id.desc()).limit(1))


def _announce_rules(name: str) -> None:
    """Load the rule set (one-line ConfigError naming the sets available) and say which one runs.

    The 低保 figures of the shipped rule sets are examples: every run says so until a union configures
    its local authority's own table (DANGAN_RULES_DIR).
    """
    from dangan.reconcile.ruleset import load

    rules = load(name)
    err = Console(stderr=True, highlight=False)
    err.print(f"规则集：{rules.title}（{rules.source}）")
    if rules.dibao_illustrative:
        err.print("[yellow]注意[/] 低保标准为示例参数（非官方数据）：据此得出的档次问题仅供参考；"
                  "请在 DANGAN_RULES_DIR 配置当地民政部门公布的低保标准。")


def register(app: typer.Typer) -> None:
    """Add this stage's commands to the root app."""
    app.command("import-electronic")(import_electronic_cmd)
    app.command("reconcile")(reconcile_cmd)
    app.command("reconcile-store")(reconcile_store_cmd)
    app.command("findings")(findings_cmd)
    app.command("resolve")(resolve_cmd)
