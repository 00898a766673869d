"""CLI of the storage stage: ``dangan up``, ``dangan down``, ``dangan store selftest``, ``dangan close``."""

from __future__ import annotations

import contextlib
import getpass
from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from dangan.errors import DanganError, StoreNotSafe

if TYPE_CHECKING:
    from dangan.config import Settings
    from dangan.storage.objects import SelftestReport

console = Console(highlight=False)


def _default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry in some containers
        return "cli"


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise DanganError(f"日期格式应为 YYYY-MM-DD (expected YYYY-MM-DD): {text!r}") from exc


def up(
    workers: Annotated[int, typer.Option("--workers", help="本机启动的 Prefect worker 数 (workers on this host)")] = 1,
    prefect: Annotated[bool, typer.Option("--prefect/--no-prefect", help="同时启动 Prefect 服务与 worker")] = True,
) -> None:
    """启动本地服务：对象存储、Prefect 服务与 worker (start the store, the Prefect server and its workers)."""
    from dangan.config import load_settings
    from dangan.storage import objects

    settings = load_settings()
    if settings.uses_embedded_store:
        from dangan.storage import weed

        endpoint, _access, _secret = weed.start_embedded(settings)
        where = f"http://{endpoint}"
    else:
        where = f"{'https' if settings.s3_secure else 'http'}://{settings.s3_endpoint}"
    client = objects.get_client(settings)
    created = objects.ensure_buckets(client, settings)
    console.print(f"对象存储已就绪 (object store ready): {where}")
    if created:
        console.print(f"新建存储桶 (buckets created): {', '.join(created)}")
    if settings.uses_embedded_store:
        console.print(f"凭据与日志 (credentials and log): {settings.data_dir / 's3'}")
    if prefect:
        _up_prefect(settings, workers)


def _up_prefect(settings: Settings, n_workers: int) -> None:
    """Server, deployments, workers, then the watcher's first run (its schedule is only the watchdog)."""
    from dangan import stack
    from dangan.storage.db import get_engine

    get_engine(settings)  # the schema is upgraded before any worker writes
    url = stack.start_server(settings)
    console.print(f"Prefect 服务已就绪 (Prefect server ready): {url}")
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from dangan.flows import deployments

    with temporary_settings(updates={PREFECT_API_URL: url}):
        names = deployments.apply_deployments()
        crashed = deployments.crash_orphans()
        running = {w["index"] for w in stack.workers(settings) if w["alive"]}
        for i in range(n_workers):
            if i not in running:
                stack.start_worker(settings, url, i)
        deployments.start("watch-inbox", {})
    console.print(f"部署 (deployments, pool {stack.POOL}): {', '.join(names)}")
    console.print(f"worker: {n_workers}；日志 (logs): {stack.prefect_dir(settings)}")
    if crashed:
        console.print(f"上次未完成的运行已标为崩溃，其文档将重新识别 ({crashed} orphaned runs marked crashed)")


def down() -> None:
    """停止本地服务 (stop the workers, the Prefect server and the embedded store)."""
    from dangan import stack
    from dangan.config import load_settings

    settings = load_settings()
    url = stack.api_url(settings)
    stopped = stack.stop_prefect(settings, keep_server=True)
    if url and stopped["workers"]:
        from prefect.settings import PREFECT_API_URL, temporary_settings

        from dangan.flows.deployments import crash_orphans

        with temporary_settings(updates={PREFECT_API_URL: url}):
            crash_orphans()  # while the server still answers: the next `up` starts clean
    stopped["server"] = int(stack.stop_server(settings))
    if stopped["server"] or stopped["workers"]:
        console.print(f"Prefect 已停止 (stopped): 服务 {stopped['server']}，worker {stopped['workers']}")
    if not settings.uses_embedded_store:
        console.print(f"使用外部对象存储 {settings.s3_endpoint}，无需停止 (external store: nothing to stop)")
        return
    from dangan.storage import weed

    if weed.stop_embedded(settings):
        console.print("对象存储已停止 (embedded store stopped)")
    else:
        console.print("对象存储未在运行 (embedded store was not running)")


def worker(
    name: Annotated[str | None, typer.Option("--name", help="worker 名称 (default: host name)")] = None,
) -> None:
    """在本机加入工作池（另一台主机扩容用）(run one worker in the foreground against the server)."""
    import os
    import socket

    from dangan import stack
    from dangan.config import load_settings
    from dangan.errors import StoreUnavailable

    settings = load_settings()
    url = stack.api_url(settings)
    if url is None:
        raise StoreUnavailable("Prefect 服务未运行：请先 `dangan up` 或设置 DANGAN_PREFECT_API_URL (no Prefect server)")
    env = stack.base_env(settings, url)
    cmd = [stack.prefect_bin(), "worker", "start", "--pool", stack.POOL, "--type", "process",
           "--name", name or f"{socket.gethostname()}-{os.getpid()}"]
    os.execvpe(cmd[0], cmd, env)  # the worker replaces this process: Ctrl+C stops it


def selftest() -> None:
    """证明对象存储强制执行对象锁定 (prove the store enforces object lock on originals)."""
    from dangan.config import load_settings
    from dangan.storage import objects

    settings = load_settings()
    client = objects.get_client(settings)
    with contextlib.suppress(StoreNotSafe):  # a bucket without lock: the selftest reports it in its table
        objects.ensure_buckets(client, settings)
    try:
        report = objects.selftest(client, settings)
    except StoreNotSafe as exc:
        bad = getattr(exc, "report", None)
        if bad is not None:
            _print_report(bad)
        raise
    _print_report(report)
    console.print("[bold green]通过[/] 对象存储强制执行对象锁定 (the store enforces object lock)")


def _print_report(report: SelftestReport) -> None:
    table = Table(title=f"自检 selftest {report.endpoint} {report.bucket}/{report.key}")
    table.add_column("检查 (check)")
    table.add_column("结果 (outcome)")
    table.add_column("详情 (detail)")
    for check in report.checks:
        table.add_row(check.name, "[green]通过 ok[/]" if check.ok else "[bold red]失败 FAILED[/]", check.detail)
    console.print(table)


def close(
    archive: Annotated[str, typer.Argument(help="职工编号 (archive number)")],
    date_: Annotated[str, typer.Option("--date", help="撤档日期 YYYY-MM-DD (day the archive is closed)")],
    actor: Annotated[str | None, typer.Option("--actor", help="操作人 (who closes it)")] = None,
) -> None:
    """撤档：原件保留十年并解除法律保留 (close an archive: retain originals 10 years, lift the hold)."""
    from dangan.storage import objects

    result = objects.close_archive(archive, _parse_date(date_), actor or _default_actor())
    console.print(
        f"已撤档 (closed) {result['archive_no']}: {result['documents']} 份原件 / {result['versions']} 个版本 "
        f"保留至 (retained until) {result['retain_until'].isoformat()}"
    )


def register(app: typer.Typer) -> None:
    """Add this stage's commands to the root app."""
    app.command("up")(up)
    app.command("down")(down)
    app.command("close")(close)
    app.command("worker")(worker)
    store_app = typer.Typer(help="对象存储 (object store)", no_args_is_help=True)
    store_app.command("selftest")(selftest)
    app.add_typer(store_app, name="store")
