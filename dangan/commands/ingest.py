"""CLI of the ingest stage: ``dangan ingest`` (upload local files into the inbox, then the ``ingest-batch`` flow in process)."""

from __future__ import annotations

import getpass
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from dangan.commands.prefect_env import prefect_defaults
from dangan.errors import InputFileError, InvalidData
from dangan.flows.intake_checks import SCAN_EXTENSIONS
from dangan.schemas.display import INTAKE_RESULT_LABELS

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)

def _default_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:
        return "cli"


# --- which inbox key each local file gets -----------------------------------------------------------


# The extensions the intake check accepts (one table: flows.intake_checks.SCAN_EXTENSIONS).
SCAN_SUFFIXES = frozenset(f".{ext}" for ext in SCAN_EXTENSIONS)
# Images archive staff do drop, which the archive does not keep as originals (convert to PNG/TIFF/PDF).
UNSUPPORTED_IMAGES = frozenset({".gif", ".bmp", ".webp", ".heic", ".jp2"})


def plan_files(
    paths: list[Path], unit: str | None, archive: str | None
) -> tuple[list[tuple[Path, str]], list[tuple[Path, str]]]:
    """(local file, inbox key) to upload, and (local file, reason) for every file left out.

    With --unit/--archive every file goes to ``<unit>/<archive>/<name>``. Otherwise a file found in a
    folder keeps the last three parts of its path below that folder when there are three or more
    (``…/<单位>/<职工编号>/<file>``); anything shallower, and a single file given by name, is
    uploaded by its (relative) name and ends as an unlinked original. In folders only scan files
    (``SCAN_SUFFIXES``) are taken; every other file is listed as skipped with its reason, never
    silently. Symbolic links are never followed out of the folder given (a link to /etc/passwd in
    a scans folder is skipped); a file named on the command line is always taken.
    """
    if (unit is None) != (archive is None):
        raise InvalidData("--unit 和 --archive 须同时给出 (give both --unit and --archive, or neither)")
    todo: list[tuple[Path, str]] = []
    skipped: list[tuple[Path, str]] = []
    for given in paths:
        if not given.exists():
            raise InputFileError(f"找不到文件或目录 (no such file or folder): {given}")
        found = [(given, Path(given.name))] if given.is_file() else _walk(given, skipped)
        for path, rel in found:
            if unit is not None:
                todo.append((path, f"{unit}/{archive}/{path.name}"))
            elif len(rel.parts) >= 3:
                todo.append((path, "/".join(rel.parts[-3:])))
            else:
                todo.append((path, "/".join(rel.parts)))
    return todo, skipped


def _walk(root: Path, skipped: list[tuple[Path, str]]) -> list[tuple[Path, Path]]:
    """Scan files below ``root`` (no symlinked folders entered); the rest goes to ``skipped``."""
    real_root = root.resolve()
    found: list[tuple[Path, Path]] = []
    for folder, dirs, names in os.walk(root, followlinks=False):
        here = Path(folder)
        for d in sorted(dirs):
            if (here / d).is_symlink():
                skipped.append((root.name / (here / d).relative_to(root),
                                "符号链接的目录，未跟随 (symlinked folder not followed)"))
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not (here / d).is_symlink())
        for name in sorted(names):
            path = here / name
            rel = path.relative_to(root)
            reason = _skip_reason(path, name, real_root)
            if reason:
                skipped.append((root.name / rel, reason))  # shown relative to the folder given
            else:
                found.append((path, rel))
    return found


def _skip_reason(path: Path, name: str, real_root: Path) -> str | None:
    suffix = Path(name).suffix.lower()
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(real_root):
            return "符号链接指向所选目录之外，未跟随 (symlink points outside the folder: not followed)"
        if not target.is_file():
            return "符号链接无效 (broken symlink)"
    if name.startswith("."):
        return "隐藏文件 (hidden file)"
    if suffix in UNSUPPORTED_IMAGES:
        return (f"不支持的图像格式 {suffix}，请转换为 PDF、JPEG、PNG 或 TIFF 后再入库 "
                f"(unsupported image format: convert to PDF/JPEG/PNG/TIFF)")
    if suffix not in SCAN_SUFFIXES:
        return f"不是扫描件（扩展名 {suffix or '无'}）(not a scan file)"
    if not path.is_file():
        return "不是普通文件 (not a regular file)"
    return None


def inbox_keys_for(paths: list[Path], unit: str | None, archive: str | None) -> Iterator[tuple[Path, str]]:
    """(local file, inbox key) for every file ``plan_files`` takes (the skipped ones are left out)."""
    yield from plan_files(paths, unit, archive)[0]


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
        table.add_row(f"{INTAKE_RESULT_LABELS.get(status, status)} ({status})", str(n))
    return table


def _problem_table(results: list[dict[str, Any]]) -> Table | None:
    from dangan.flows.intake_checks import display_name

    rows = [r for r in results if r["status"] != "stored"]
    if not rows:
        return None
    table = Table(title="未入库或重复的文件 (files not stored as new originals)")
    table.add_column("文件 (inbox key)", overflow="fold")
    table.add_column("状态")
    table.add_column("原因 (reason)", overflow="fold")
    for r in rows:
        reason = r.get("reason") or (f"与文档 #{r['document_id']} 相同" if r.get("document_id") else "")
        table.add_row(display_name(r["inbox_key"]), INTAKE_RESULT_LABELS.get(r["status"], r["status"]), reason)
    return table


def print_results(results: list[dict[str, Any]]) -> None:
    console.print(_summary_table(results))
    problems = _problem_table(results)
    if problems is not None:
        console.print(problems)


def _print_skipped(skipped: list[tuple[Path, str]]) -> None:
    if not skipped:
        return
    from dangan.flows.intake_checks import display_name

    table = Table(title=f"未上传的文件 (skipped: {len(skipped)})")
    table.add_column("文件 (file)", overflow="fold")
    table.add_column("原因 (reason)", overflow="fold")
    for path, reason in skipped:
        table.add_row(display_name(str(path)), reason)
    console.print(table)


def _exit_status(results: list[dict[str, Any]], extract_failed: int) -> None:
    """A script must see failures: quarantined or failed files, failed extraction → non-zero exit."""
    bad = sum(r.get("status") in ("quarantined", "error") for r in results)
    if bad or extract_failed:
        parts = [f"{bad} 个文件未入库（已隔离或出错）" if bad else "",
                 f"{extract_failed} 份文件识别失败" if extract_failed else ""]
        raise InputFileError("；".join(p for p in parts if p) + "，见上表和 dangan status "
                             "(some files were not stored or not extracted)")


def _failed_reads(reads: list[dict[str, Any]]) -> int:
    """Documents the batch could not read: failed (``extract_failed``) or left unread (``error``: a
    service away past the retries; the original stays stored and claimed until its lease lapses)."""
    failed = sum(r.get("status") in ("extract_failed", "error") for r in reads)
    for r in reads:
        if r.get("status") in ("extract_failed", "error"):
            err_console.print(f"文档 #{r.get('document_id')} 识别失败 (extraction failed): {r.get('reason', '')}",
                              soft_wrap=True)
    if failed:
        err_console.print(f"{failed} 份文件识别失败，见 dangan status (extraction failed for {failed} documents)")
    return failed


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
        """上传到收件箱，入库并识别 (upload into the inbox, ingest and read: the deployments' batch flow, in process)."""
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        from dangan.flows.deployments import BATCH, ingest_batch

        todo, skipped = plan_files(paths, unit, archive)
        if not todo:
            _print_skipped(skipped)
            raise InputFileError("没有可入库的文件 (no files found)")
        results: list[dict[str, Any]] = []
        reads: list[dict[str, Any]] = []
        with (
            prefect_defaults(),
            Progress(
                TextColumn("[bold]{task.fields[stage]}[/]"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.description}"),
                console=err_console,
                transient=False,
            ) as progress,
        ):
            bar = progress.add_task("", total=len(todo), stage="上传 (upload)")
            keys: list[str] = []
            for path, key in todo:
                progress.update(bar, description=key[-60:])
                try:
                    _upload(path, key)
                    keys.append(key)
                except InputFileError as exc:
                    results.append({"status": "error", "inbox_key": key, "reason": str(exc)})
                progress.advance(bar)
            # the deployments' batch flow, in process (one implementation): ingest in chunks, each new
            # original read as soon as its chunk is stored, on one OCR process per core
            bar = progress.add_task("", total=len(keys), stage="入库并识别 (ingest and read)" if extract
                                    else "入库 (ingest)")
            for start in range(0, len(keys), BATCH):
                part = keys[start : start + BATCH]
                out = ingest_batch(part, actor=actor, extract=extract, engine=engine, reconcile=False)
                results += out["results"]
                reads += out["reads"]
                progress.advance(bar, len(part))
            extract_failed = _failed_reads(reads) if extract else 0
        print_results(results)
        _print_skipped(skipped)
        _exit_status(results, extract_failed)
