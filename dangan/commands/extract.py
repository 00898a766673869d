"""``dangan extract`` (local files, no server) and ``dangan review`` (the review queue in the database)."""

from __future__ import annotations

import dataclasses
import json
import sys
import time
from pathlib import Path
from typing import Any

import typer

from dangan.errors import InputFileError, InvalidData, PermissionDenied

REVEAL_HELP = "显示完整身份证号、银行卡号（仅管理员，使用记入事件日志）(admins only; logged)"


def _masked(result: dict[str, Any]) -> dict[str, Any]:
    """The result as it may leave the machine: ID and card numbers masked (fields, members, text)."""
    from dangan.schemas.validators import mask_labelled

    out = dict(result)
    out["fields"] = {k: mask_labelled(k, v) for k, v in (result.get("fields") or {}).items()}
    out["members"] = [mask_labelled("家庭成员", m) for m in result.get("members") or []]
    return out


def check_reveal(reveal_ids: bool, role: str, command: str, **detail: Any) -> None:
    """``--reveal-ids`` only with ``--role admin``; each use goes into the event log (seed 000 第十七条)."""
    if not reveal_ids:
        return
    if role != "admin":
        raise PermissionDenied("显示完整证件号需要 --role admin (--reveal-ids needs --role admin)")
    from dangan.storage.db import record_event, session_scope

    with session_scope() as s:
        record_event(s, "ids-revealed", actor=f"cli:{role}", command=command, **detail)


def _fmt(value: Any) -> str:
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    if isinstance(value, bool):
        return "是" if value else "否"
    return "" if value is None else str(value)


def _mask(label: str, value: Any) -> Any:
    from dangan.schemas.validators import mask_labelled

    return mask_labelled(label, value)


def _print_table(result: dict[str, Any]) -> None:
    out = sys.stdout
    out.write(f"== {result['file']}  [{result['doc_type']}]  {result['pages']} 页\n")
    for label, value in result["fields"].items():
        conf = result["confidence"].get(label)
        out.write(f"  {label}\t{_fmt(value)}\t{'' if conf is None else f'{conf:.2f}'}\n")
    for i, m in enumerate(result.get("members", []), 1):
        out.write(f"  家庭成员{i}\t" + "  ".join(f"{k}={_fmt(v)}" for k, v in m.items()) + "\n")
    out.flush()


def register(app: typer.Typer) -> None:
    """Add this stage's commands to the root app."""

    @app.command("extract")
    def extract(
        paths: list[Path] = typer.Argument(..., help="扫描件文件或文件夹 (files or folders, recursive)"),  # noqa: B008
        engine: str = typer.Option("rapidocr", "--engine", help="rapidocr | tesseract"),
        fmt: str = typer.Option("jsonl", "--format", help="jsonl | table"),
        workers: int = typer.Option(2, "--workers", help="并行进程数 (worker processes)"),
        reveal_ids: bool = typer.Option(False, "--reveal-ids", help=REVEAL_HELP),
        role: str = typer.Option("auditor", "--role", help="使用者角色 auditor | admin"),
    ) -> None:
        """识别扫描件中的字段，每个文件输出一行 JSON (read the fields of local scans; one JSON line per file)."""
        from dangan.extractors.pipeline import collect_files, extract_many

        if engine not in ("rapidocr", "tesseract", "null"):
            raise InvalidData(f"未知的识别引擎 (unknown engine): {engine}")
        if fmt not in ("jsonl", "table"):
            raise InvalidData(f"未知的输出格式 (unknown format): {fmt}")
        check_reveal(reveal_ids, role, "extract", files=len(paths))
        missing = [p for p in paths if not p.exists()]
        files = collect_files([p for p in paths if p.exists()])
        failed = 0
        for p in missing:
            typer.echo(f"无法读取 (cannot read): {p}: 文件不存在 (no such file)", err=True)
            failed += 1
        started = time.monotonic()
        done = 0
        for path, output, error in extract_many(files, engine, workers=workers):
            done += 1
            if error is not None or output is None:
                failed += 1
                typer.echo(f"无法读取 (cannot read): {path}: {error}", err=True)
                continue
            shown = output.result if reveal_ids else _masked(output.result)
            if fmt == "jsonl":
                sys.stdout.write(json.dumps(shown, ensure_ascii=False) + "\n")
                sys.stdout.flush()
            else:
                _print_table(shown)
            typer.echo(
                f"[{done}/{len(files)}] {path} → {output.result['doc_type']} "
                f"({time.monotonic() - started:.1f} s)",
                err=True,
            )
        if failed:
            raise InputFileError(f"{failed} 个文件无法读取 ({failed} file(s) could not be read)")

    review = typer.Typer(help="人工复核队列 (review queue of low-confidence fields)", no_args_is_help=True)
    app.add_typer(review, name="review")

    @review.command("list")
    def review_list(
        threshold: float = typer.Option(0.85, help="置信度阈值 (confidence threshold)"),
        document: int | None = typer.Option(None, "--document", help="只看此文档 (one document)"),
        limit: int = typer.Option(100, help="最多条数 (at most)"),
        as_json: bool = typer.Option(False, "--json", help="JSON 行输出 (one JSON object per line)"),
        reveal_ids: bool = typer.Option(False, "--reveal-ids", help=REVEAL_HELP),
        role: str = typer.Option("auditor", "--role", help="使用者角色 auditor | admin"),
    ) -> None:
        """列出待复核字段 (list fields waiting for review)."""
        from dangan.extractors.review import review_queue
        from dangan.schemas.validators import mask_labelled
        from dangan.storage.db import session_scope

        check_reveal(reveal_ids, role, "review list", document=document)
        with session_scope() as s:
            items = review_queue(s, threshold=threshold, document_id=document, limit=limit)
        for it in items:
            if not reveal_ids:
                it = dataclasses.replace(it, value=mask_labelled(it.label, it.value))
            if as_json:
                typer.echo(json.dumps(it.__dict__, ensure_ascii=False, default=str))
            else:
                who = "" if it.member_index < 0 else f"成员{it.member_index + 1}."
                typer.echo(
                    f"{it.document_id}\t{who}{it.label}\t{_fmt(it.value)}\t{it.confidence:.2f}\t{it.file}"
                )
        typer.echo(f"{len(items)} 条待复核 (items to review)", err=True)

    @review.command("confirm")
    def review_confirm(
        document: int = typer.Argument(..., help="文档编号 (document id)"),
        label: str = typer.Argument(..., help="字段 (canonical label)"),
        member: int = typer.Option(-1, "--member", help="家庭成员序号，从 0 起 (member index)"),
        actor: str = typer.Option(..., "--by", help="复核人 (who confirms)"),
    ) -> None:
        """确认机器读取的值 (confirm the machine's value)."""
        from dangan.extractors.review import confirm
        from dangan.storage.db import session_scope

        with session_scope() as s:
            c = confirm(s, document, label, actor, member_index=member)
            typer.echo(f"已确认 (confirmed): {document} {label} = {_fmt(_mask(label, c.value))} by {actor}")

    @review.command("correct")
    def review_correct(
        document: int = typer.Argument(..., help="文档编号 (document id)"),
        label: str = typer.Argument(..., help="字段 (canonical label)"),
        value: str = typer.Argument(..., help="正确的值；JSON 亦可 (the right value; JSON accepted)"),
        member: int = typer.Option(-1, "--member", help="家庭成员序号，从 0 起 (member index)"),
        actor: str = typer.Option(..., "--by", help="复核人 (who corrects)"),
    ) -> None:
        """更正字段的值 (correct a field's value)."""
        from dangan.extractors.fields import normalise_value
        from dangan.extractors.review import correct
        from dangan.storage.db import session_scope

        parsed: Any
        try:
            parsed = json.loads(value)
        except ValueError:
            parsed, _ = normalise_value(label, value)
        with session_scope() as s:
            c = correct(s, document, label, parsed, actor, member_index=member)
            typer.echo(f"已更正 (corrected): {document} {label} = {_fmt(_mask(label, c.value))} by {actor}")
