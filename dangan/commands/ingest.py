"""CLI of the ingest stage: ``dangan ingest`` (upload local files into the inbox, ingest, then extract)."""

from __future__ import annotations

import getpass
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from dangan.commands.prefect_env import prefect_defaults
from dangan.errors import InputFileError, InvalidData

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
