"""CLI of the watcher: ``dangan watch`` (poll the inbox bucket, take each object once it is stable)."""

from __future__ import annotations

from typing import Any

import typer

from dangan.commands.ingest import _STATUS_ZH, _print_results, console, err_console
from dangan.commands.prefect_env import prefect_defaults


def register(app: typer.Typer) -> None:
    """Add this stage's commands to the root app."""

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
