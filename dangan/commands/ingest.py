"""CLI of the ingest stage: ``dangan ingest``, ``dangan watch``, ``dangan verify``, ``dangan status``."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from dangan.errors import DanganError, InputFileError, InvalidData

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)

_STATUS_ZH = {
    "stored": "已入库",
    "duplicate": "重复",
    "quarantined": "已隔离",
    "missing": "已不在收件箱",
    "error": "出错",
}


def _default_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:
        return "cli"


# --- which inbox key each local file gets -----------------------------------------------------------


SCAN_SUFFIXES = frozenset({".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff"})


def inbox_keys_for(paths: list[Path], unit: str | None, archive: str | None) -> Iterator[tuple[Path, str]]:
    """(local file, inbox key) for every file under ``paths``.

    With --unit/--archive every file goes to ``<unit>/<archive>/<name>``. Otherwise a file found in a
    folder keeps the last three parts of its path below that folder when there are three or more
    (``…/<单位>/<职工编号>/<file>``); anything shallower, and a single file given by name, is
    uploaded by its (relative) name and ends as an unlinked original. In folders only scan files
    (``SCAN_SUFFIXES``) are taken, so a synthetic corpus's truth.jsonl or electronic.xlsx stays out;
    a file named on the command line is always taken (and quarantined if it is no scan).
    """
    if (unit is None) != (archive is None):
        raise InvalidData("--unit 和 --archive 须同时给出 (give both --unit and --archive, or neither)")
    for given in paths:
        if not given.exists():
            raise InputFileError(f"找不到文件或目录 (no such file or folder): {given}")
        if given.is_file():
            files = [(given, Path(given.name))]
        else:
            files = [
                (p, p.relative_to(given))
                for p in sorted(given.rglob("*"))
                if p.is_file()
                and p.suffix.lower() in SCAN_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(given).parts)
            ]
        for path, rel in files:
            if unit is not None:
                yield path, f"{unit}/{archive}/{path.name}"
            elif len(rel.parts) >= 3:
                yield path, "/".join(rel.parts[-3:])
            else:
                yield path, "/".join(rel.parts)


def _upload(path: Path, key: str) -> None:
    from dangan.flows.ingest import store

    client, settings = store()
    try:
        client.fput_object(settings.bucket("inbox"), key, str(path))
    except ValueError as exc:
        raise InputFileError(
            f"文件名无法作为对象键 (file name not usable as an object key): {key}: {exc}"
        ) from exc


def _summary_table(results: list[dict[str, Any]]) -> Table:
    table = Table(title="入库结果 (ingest summary)")
    table.add_column("状态 (status)")
    table.add_column("数量 (count)", justify="right")
    for status, n in Counter(r["status"] for r in results).most_common():
        table.add_row(f"{_STATUS_ZH.get(status, status)} ({status})", str(n))
    return table


def _problem_table(results: list[dict[str, Any]]) -> Table | None:
    rows = [r for r in results if r["status"] != "stored"]
    if not rows:
        return None
    table = Table(title="未入库或重复的文件 (files not stored as new originals)")
    table.add_column("文件 (inbox key)", overflow="fold")
    table.add_column("状态")
    table.add_column("原因 (reason)", overflow="fold")
    for r in rows:
        reason = r.get("reason") or (f"与文档 #{r['document_id']} 相同" if r.get("document_id") else "")
        table.add_row(r["inbox_key"], _STATUS_ZH.get(r["status"], r["status"]), reason)
    return table


def _print_results(results: list[dict[str, Any]]) -> None:
    console.print(_summary_table(results))
    problems = _problem_table(results)
    if problems is not None:
        console.print(problems)


@contextlib.contextmanager
def prefect_defaults() -> Iterator[None]:
    """Quiet logs and a patient ephemeral server for CLI runs (env settings still win).

    Without PREFECT_API_URL, Prefect starts a temporary local API server on the first flow run; on a
    busy two-core machine that took 40–70 s here, more than Prefect's default start-up timeout.
    """
    # Flow and task failures are reported by us in one line; Prefect's console handler would print
    # tracebacks. Its API handler (the run history in the Prefect UI) keeps every log line.
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "CRITICAL")
    from prefect.settings import (
        PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
        PREFECT_LOGGING_LEVEL,
        PREFECT_SERVER_ANALYTICS_ENABLED,
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS,
        temporary_settings,
    )

    with (
        temporary_settings(
            set_defaults={
                PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS: 300,
                PREFECT_LOGGING_LEVEL: "WARNING",
                PREFECT_SERVER_ANALYTICS_ENABLED: False,
            }
        ),
        temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}),
    ):
        # no flow-run heartbeats: ~1 s less per document (see dangan.flows.ingest.quick_flow_runs)
        yield


def _extract_stored(progress: Any, document_ids: list[int], engine: str | None) -> None:
    """The next stage of the chain (original → pages → OCR → fields), one extract flow per new original."""
    from dangan.flows.extract import extract_document

    bar = progress.add_task("", total=len(document_ids))
    failed = 0
    for doc_id in document_ids:
        progress.update(bar, description=f"识别 (extract) document {doc_id}")
        result = extract_document(doc_id, engine=engine)
        failed += result.get("status") == "extract_failed"
        progress.advance(bar)
    if failed:
        err_console.print(
            f"{failed} 份文件识别失败，见 dangan status (extraction failed for {failed} documents)"
        )


def register(app: typer.Typer) -> None:
    """Add this stage's commands to the root app."""

    @app.command("ingest")
    def ingest(
        paths: Annotated[list[Path], typer.Argument(help="文件或目录 (files or folders)")],
        unit: str | None = typer.Option(None, "--unit", help="单位 (put every file under this unit)"),
        archive: str | None = typer.Option(None, "--archive", help="职工编号 (… and this household)"),
        actor: str = typer.Option(_default_actor(), help="记入事件日志的操作人 (actor in the event log)"),
        extract: bool = typer.Option(
            True,
            "--extract/--no-extract",
            help="入库后立即识别字段 (run OCR and field extraction after ingest)",
        ),
        engine: str | None = typer.Option(None, "--engine", help="OCR 引擎 (rapidocr / tesseract)"),
    ) -> None:
        """上传到收件箱并逐个入库 (upload into the inbox and ingest each file)."""
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        from dangan.flows.ingest import ingest_document

        todo = list(inbox_keys_for(paths, unit, archive))
        if not todo:
            raise InputFileError("没有可入库的文件 (no files found)")
        results: list[dict[str, Any]] = []
        with (
            prefect_defaults(),
            Progress(
                TextColumn("[bold]入库[/]"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.description}"),
                console=err_console,
                transient=False,
            ) as progress,
        ):
            bar = progress.add_task("", total=len(todo))
            for path, key in todo:
                progress.update(bar, description=key[-60:])
                try:
                    _upload(path, key)
                    results.append(ingest_document(key, actor=actor))
                except InputFileError as exc:
                    results.append({"status": "error", "inbox_key": key, "reason": str(exc)})
                progress.advance(bar)
            stored = [
                r["document_id"] for r in results if r.get("status") == "stored" and r.get("document_id")
            ]
            if extract and stored:
                _extract_stored(progress, stored, engine)
        _print_results(results)

    @app.command("watch")
    def watch(
        interval: float = typer.Option(5.0, "--interval", help="轮询间隔，秒 (poll interval, seconds)"),
        once: bool = typer.Option(
            False, "--once", help="只处理当前已稳定的文件后退出 (two polls, then exit)"
        ),
        actor: str = typer.Option("watcher", help="记入事件日志的操作人 (actor in the event log)"),
    ) -> None:
        """监视收件箱并自动入库 (watch the inbox bucket and ingest what arrives)."""
        from dangan.flows.watch import watch_inbox

        def show(result: dict[str, Any]) -> None:
            status = result.get("status", "?")
            extra = result.get("reason") or result.get("object_key") or ""
            console.print(f"{_STATUS_ZH.get(status, status)}\t{result.get('inbox_key')}\t{extra}")

        if not once:
            err_console.print(f"监视收件箱，每 {interval:g} 秒一次 (Ctrl+C 停止)")
        # One poll cannot tell a finished upload from one in progress: --once polls twice.
        with prefect_defaults():
            summary = watch_inbox(interval, 2 if once else None, actor=actor, on_result=show)
        if once:
            _print_results(summary["results"]) if summary["results"] else console.print(
                "收件箱中没有新文件 (inbox empty)"
            )

    @app.command("verify")
    def verify(
        sample: float = typer.Option(1.0, "--sample", help="抽查比例，如 0.3 (share of originals to check)"),
        seed: int | None = typer.Option(None, "--seed", help="随机种子 (seed, for a repeatable sample)"),
        fmt: str = typer.Option("table", "--format", help="table | json"),
        actor: str = typer.Option(_default_actor(), help="记入事件日志的操作人 (actor in the event log)"),
    ) -> None:
        """固定性检查：重读原件并核对 SHA-256 (re-read originals and compare their SHA-256)."""
        from dangan.flows.fixity import verify_fixity

        _check_format(fmt)
        if not 0 < sample <= 1:
            raise InvalidData(f"抽查比例须在 0 到 1 之间 (--sample must be in (0, 1], got {sample})")
        with prefect_defaults():
            report = verify_fixity(sample=sample, seed=seed, actor=actor)
        problems = [(kind, r) for kind in ("mismatches", "missing", "changed") for r in report[kind]]
        if fmt == "json":
            console.print_json(json.dumps(report, ensure_ascii=False, default=str))
        else:
            table = Table(
                title=f"固定性检查 (fixity): 检查 {report['checked']}/{report['total']}，正常 {report['ok']}"
            )
            table.add_column("问题 (problem)")
            table.add_column("文档 (document)", justify="right")
            table.add_column("对象键 (object key)", overflow="fold")
            label = {
                "mismatches": "哈希不符 (mismatch)",
                "missing": "原件缺失 (missing)",
                "changed": "出现新版本 (changed)",
            }
            for kind, r in problems:
                table.add_row(label[kind], str(r["document_id"]), r["object_key"])
            if problems:
                console.print(table)
            else:
                console.print(f"{table.title}：全部正常 (all originals match)")
        if problems:
            raise FixityProblems(
                f"固定性检查发现 {len(problems)} 个问题：哈希不符 {len(report['mismatches'])}，"
                f"缺失 {len(report['missing'])}，被改写 {len(report['changed'])} (fixity problems found)"
            )

    @app.command("status")
    def status(fmt: str = typer.Option("table", "--format", help="table | json")) -> None:
        """入库概况：文档状态、户数、隔离区及原因 (documents, households, quarantine)."""
        _check_format(fmt)
        data = collect_status()
        if fmt == "json":
            console.print_json(json.dumps(data, ensure_ascii=False, default=str))
            return
        table = Table(title="文档 (documents)")
        table.add_column("状态 (status)")
        table.add_column("数量", justify="right")
        for st, n in sorted(data["documents_by_status"].items()):
            table.add_row(st, str(n))
        table.add_row("合计 (total)", str(data["documents"]))
        table.add_row("未关联户 (unlinked)", str(data["unlinked_documents"]))
        console.print(table)
        console.print(f"户数 (households): {data['households']}    隔离 (quarantined): {data['quarantined']}")
        if data["quarantine"]:
            q = Table(title="隔离区 (quarantine, newest first)")
            q.add_column("时间 (at)")
            q.add_column("文件 (inbox key)", overflow="fold")
            q.add_column("原因 (reason)", overflow="fold")
            for e in data["quarantine"][:50]:
                q.add_row(str(e["at"])[:19], e["inbox_key"], e["reason"])
            console.print(q)


class FixityProblems(DanganError):
    exit_code = InvalidData.exit_code


def _check_format(fmt: str) -> None:
    if fmt not in ("table", "json"):
        raise InvalidData(f"--format 只能是 table 或 json (got {fmt!r})")


def collect_status() -> dict[str, Any]:
    """The numbers behind ``dangan status`` (also handy for tests and the web view)."""
    from sqlalchemy import func, select

    from dangan.config import load_settings
    from dangan.storage import db

    with db.session_scope(load_settings()) as session:
        by_status = dict(
            session.execute(select(db.Document.status, func.count()).group_by(db.Document.status))
            .tuples()
            .all()
        )
        unlinked = (
            session.scalar(
                select(func.count()).select_from(db.Document).where(db.Document.household_id.is_(None))
            )
            or 0
        )
        households = session.scalar(select(func.count()).select_from(db.Household)) or 0
        entries = session.scalars(
            select(db.QuarantineEntry).order_by(
                db.QuarantineEntry.created_at.desc(), db.QuarantineEntry.id.desc()
            )
        ).all()
        quarantine = [
            {
                "id": e.id,
                "at": e.created_at,
                "inbox_key": e.inbox_key,
                "quarantine_key": e.quarantine_key,
                "reason": e.reason,
                "sha256": e.sha256,
                "size": e.size,
            }
            for e in entries
        ]
    return {
        "documents": sum(by_status.values()),
        "documents_by_status": by_status,
        "unlinked_documents": unlinked,
        "households": households,
        "quarantined": len(quarantine),
        "quarantine": quarantine,
    }
