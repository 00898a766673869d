"""CLI of fixity and status: ``dangan verify``, ``dangan status``."""

from __future__ import annotations

import getpass
import json
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from dangan.commands.prefect_env import prefect_defaults
from dangan.errors import DanganError, InvalidData
from dangan.schemas.display import DOC_STATUS_LABELS, label  # one table of state names for every output

console = Console(highlight=False)


def _default_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:
        return "cli"


def register(app: typer.Typer) -> None:
    """Add this stage's commands to the root app."""

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
        from dangan import stack
        from dangan.config import load_settings

        services = stack.status(load_settings())  # pids and one HTTP call: no Prefect import
        data = collect_status()
        if fmt == "json":
            console.print_json(json.dumps({**data, "services": services}, ensure_ascii=False, default=str))
            return
        _print_services(services)
        table = Table(title="文档 (documents)")
        table.add_column("状态 (status)")
        table.add_column("数量", justify="right")
        for st, n in sorted(data["documents_by_status"].items()):
            table.add_row(label(DOC_STATUS_LABELS, st), str(n))
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


def _print_services(services: dict[str, Any]) -> None:
    """One line each: the store, the Prefect server, the workers started here."""
    store, pf = services["store"], services["prefect"]
    ok = {True: "运行中 (up)", False: "未运行 (down)"}
    where = store.get("endpoint") or ""
    answers = store.get("answers", True) if store["kind"] == "SeaweedFS" else True
    console.print(f"对象存储 (store): {store['kind']} {where} {ok[bool(answers)]}")
    console.print(f"Prefect 服务 (server): {pf['api_url'] or '-'} {ok[bool(pf['answers'])]} 数据库 {pf['database']}")
    alive = [w for w in services["workers"] if w["alive"]]
    names = ", ".join(f"{w['name']} (pid {w['pid']})" for w in alive)
    console.print(f"worker: {len(alive)} 个运行中 (running) {names}")


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
