"""CLI of the watcher: ``dangan watch`` (take each object of the inbox once it is complete; the deployments'
``ingest-batch`` flow ingests and reads it, in this process)."""

from __future__ import annotations

from typing import Any

import typer

from dangan.commands.ingest import console, err_console, print_results
from dangan.commands.prefect_env import prefect_defaults
from dangan.schemas.display import INTAKE_RESULT_LABELS, label


def register(app: typer.Typer) -> None:
    """Add this stage's commands to the root app."""

    @app.command("watch")
    def watch(
        interval: float = typer.Option(5.0, "--interval", help="轮询间隔，秒 (poll interval, seconds)"),
        once: bool = typer.Option(
            False, "--once", help="只处理当前已稳定的文件后退出 (two polls, then exit)"
        ),
        extract: bool = typer.Option(
            True, "--extract/--no-extract", help="入库后识别字段 (read each stored original: OCR + fields)"
        ),
        reconcile: bool = typer.Option(
            True, "--reconcile/--no-reconcile", help="一户材料读完即核对 (reconcile a household once its papers are read)"
        ),
        max_in_flight: int = typer.Option(
            32, "--max-in-flight", min=1, help="每批文件数上限 (keys per ingest-batch run: backpressure)"
        ),
        actor: str = typer.Option("watcher", help="记入事件日志的操作人 (actor in the event log)"),
    ) -> None:
        """监视收件箱，自动入库并识别 (watch the inbox bucket: ingest and read what arrives, as the deployments do)."""
        from dangan.config import load_settings
        from dangan.flows.watch import watch_inbox
        from dangan.storage import notify

        def show(result: dict[str, Any]) -> None:
            status = result.get("status", "?")
            name = label(INTAKE_RESULT_LABELS, status)
            where = result.get("inbox_key") or result.get("document_id")
            extra = result.get("reason") or result.get("object_key") or result.get("doc_type") or ""
            console.print(f"{name}\t{where}\t{extra}")

        wakeup, listener = None, None
        url = notify.notify_url()
        if url and not once:  # bucket notifications (MinIO) wake the watcher; polling stays the fallback
            wakeup = notify.Wakeup()
            listener = notify.listen(url, wakeup, load_settings().bucket("inbox"))
        if not once:
            how = "，并接收存储桶通知" if listener else ""
            err_console.print(f"监视收件箱，每 {interval:g} 秒一次{how} (Ctrl+C 停止)")
        with prefect_defaults():
            try:
                # One poll cannot tell a finished upload from one in progress: --once polls twice.
                summary = watch_inbox(
                    interval, 2 if once else None, actor=actor, extract=extract, reconcile=reconcile, on_result=show,
                    on_notice=lambda line: err_console.print(line), max_in_flight=max_in_flight, wakeup=wakeup,
                )
            finally:
                if listener:
                    listener.stop()
        if once:
            ingested = [r for r in summary["results"] if "inbox_key" in r]
            print_results(ingested) if ingested else console.print("收件箱中没有新文件 (inbox empty)")
            read = sum(r["status"] == "extracted" for r in summary["results"])
            if read:
                console.print(f"已识别 {read} 份 (documents read)")
