"""CLI of the reports and web stage: ``dangan serve``, ``dangan user add``, ``dangan report``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from dangan.errors import InvalidData, PermissionDenied


def register(app: typer.Typer) -> None:
    """Add this stage's commands to the root app."""
    user_app = typer.Typer(help="网页用户管理 (web users)", no_args_is_help=True)
    app.add_typer(user_app, name="user")

    @app.command("serve")
    def serve(
        host: str = typer.Option("127.0.0.1", help="监听地址 (bind address)"),
        port: int = typer.Option(8000, help="端口 (port)"),
    ) -> None:
        """启动只读网页（审计与单位查阅）(start the read-only web view)."""
        import uvicorn
        from sqlalchemy import func, select

        from dangan.config import load_settings
        from dangan.storage.db import User, get_engine, session_scope
        from dangan.web.app import create_app

        settings = load_settings()
        get_engine(settings)  # fail early, with one line, when the database is unusable
        with session_scope(settings) as session:
            users = session.scalar(select(func.count(User.id))) or 0
        typer.echo(f"http://{host}:{port}/  (Ctrl+C 停止)")
        if not users:  # the first day: nobody could log in yet
            typer.echo("还没有网页用户，请先添加 (no web users yet): "
                       "printf '%s\\n' \"$PASSWORD\" | dangan user add NAME --role auditor --password-stdin")
        uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")

    @user_app.command("add")
    def user_add(
        name: str = typer.Argument(..., help="用户名 (user name)"),
        role: str = typer.Option(..., help="auditor | unit_staff | admin"),
        unit: str | None = typer.Option(None, help="单位（单位经办人必填）(unit, required for unit_staff)"),
        password_stdin: bool = typer.Option(False, "--password-stdin", help="从标准输入读取密码"),
    ) -> None:
        """添加或更新网页用户 (add or update a web user)."""
        from dangan.config import load_settings
        from dangan.storage.db import session_scope
        from dangan.web.auth import ROLES, add_user

        if password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
        else:
            password = typer.prompt("密码 (password)", hide_input=True, confirmation_prompt=True)
        with session_scope(load_settings()) as session:
            user = add_user(session, name, role=role, password=password, unit=unit)
            role_name = ROLES.get(user.role, user.role)
            typer.echo(f"已添加用户 {user.username}：{role_name}{'，' + user.unit if user.unit else ''}")

    @app.command("report")
    def report(
        out: Annotated[Path, typer.Option("--out", help="XLSX 报告路径 (XLSX report path)")],
        html: Annotated[Path | None, typer.Option("--html", help="同时输出 HTML 报告 (also write HTML)")] = None,
        unit: str | None = typer.Option(None, help="只含一个单位 (one unit only)"),
        rules: str | None = typer.Option(None, help="规则集名称，默认 DANGAN_RULES (rule set)"),
        reveal_ids: bool = typer.Option(False, "--reveal-ids", help="显示完整身份证号（仅管理员）"),
        role: str = typer.Option("auditor", help="报告使用者角色 auditor | admin"),
    ) -> None:
        """生成整改报告（XLSX，可选 HTML）(write the rectification report from the findings table)."""
        from sqlalchemy import select

        from dangan.config import load_settings
        from dangan.reports.data import load_findings, load_households_by_unit
        from dangan.reports.html import write_html_report
        from dangan.reports.xlsx import write_xlsx_report
        from dangan.storage.db import ReconcileRun, record_event, session_scope

        if role not in {"auditor", "admin"}:
            raise InvalidData("--role 应为 auditor 或 admin (role must be auditor or admin)")
        if reveal_ids and role != "admin":
            raise PermissionDenied("显示完整身份证号需要 --role admin (--reveal-ids needs --role admin)")
        settings = load_settings()
        with session_scope(settings) as session:
            findings = load_findings(session, unit=unit)
            households = load_households_by_unit(session, unit=unit)
            # the rule set the findings were made with, not merely today's default
            last_rules = session.scalar(select(ReconcileRun.rules).order_by(ReconcileRun.id.desc()).limit(1))
        from dangan.errors import ConfigError
        from dangan.reconcile.ruleset import ILLUSTRATIVE_NOTE, load

        # the cover names the rule set in Chinese, its seed, and says when the 低保 figures are examples
        name = rules or last_rules or settings.rules
        try:
            rule_set = load(name).describe()
        except ConfigError:
            if rules:  # asked for by name: say what is wrong
                raise
            rule_set = f"{name}（该规则集已不可用；{ILLUSTRATIVE_NOTE}）"
        path = write_xlsx_report(findings, households, rules=rule_set, out=out, reveal_ids=reveal_ids)
        typer.echo(f"XLSX: {path}  ({len(findings)} 条问题, {sum(households.values())} 户)")
        hpath = None
        if html:
            hpath = write_html_report(findings, households, rules=rule_set, out=html, reveal_ids=reveal_ids)
            typer.echo(f"HTML: {hpath}")
        with session_scope(settings) as session:
            # a report is a copy of the archives leaving the system: register it (seed 000 第十七条)
            record_event(session, "reported", actor=role, unit=unit, findings=len(findings),
                         reveal_ids=reveal_ids, out=str(path), html=str(hpath) if hpath else None)
