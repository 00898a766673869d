"""The ``dangan`` console script: the one place where exceptions become exit codes.

Commands live in ``dangan/commands/<stage>.py``; each module exposes ``register(app)``.
"""

from __future__ import annotations

import gc
import importlib
import os
import signal
import sys
import threading
import traceback
from datetime import datetime
from typing import Any

import typer
from rich.console import Console

from dangan.errors import DanganError, ExitCode

COMMAND_MODULES = ("store", "extract", "reconcile", "web", "ingest", "watch", "status", "synth")

err_console = Console(stderr=True, highlight=False)


def _quiet_prefect() -> None:
    """Prefect must not phone home (no network here) and must not drown the user in logs."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")
    # Prefect's SDK telemetry (events to Prefect's servers from interactive terminals) stays off; it is
    # off already in CI. DO_NOT_TRACK is the variable Prefect reads for it.
    os.environ.setdefault("DO_NOT_TRACK", "1")


def build_app() -> typer.Typer:
    app = typer.Typer(
        name="dangan",
        help="困难职工档案数字化与纸电一致性核查 (digitise and reconcile hardship-household archives)",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        add_completion=False,
    )

    @app.command("version")
    def version() -> None:
        """打印版本 (print the version)."""
        from dangan import __version__

        typer.echo(__version__)

    for name in COMMAND_MODULES:
        importlib.import_module(f"dangan.commands.{name}").register(app)
    return app


def _log_traceback() -> str:
    from dangan.config import load_settings

    log_dir = load_settings().data_dir / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / f"crash-{datetime.now():%Y%m%d-%H%M%S}.log"
    path.write_text(traceback.format_exc(), encoding="utf-8")
    return str(path)


def _stop_on_sigterm(signum: int, _frame: Any) -> None:
    """``kill``, ``timeout`` and systemd stop a command with SIGTERM: leave the way Ctrl-C does, through
    every ``finally`` and exit handler, so OCR pools and temp dirs go with the command."""
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _stop_on_sigterm)
    _quiet_prefect()
    try:
        app = build_app()
        app(args=argv, standalone_mode=False)
    except DanganError as exc:
        err_console.print(f"[bold red]错误[/] {exc}", soft_wrap=True)  # one line, whatever the width
        return int(exc.exit_code)
    except typer.Exit as exc:
        return int(exc.exit_code)
    except (KeyboardInterrupt, typer.Abort):
        err_console.print("已中断 (interrupted)")
        return int(ExitCode.ctrl_c)
    except Exception as exc:
        # Typer vendors its own click: usage errors are recognised by behaviour, not by class.
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):
            err_console.print(f"[bold red]用法错误[/] {exc.format_message()}  (dangan --help)", soft_wrap=True)
            return int(ExitCode.bad_args)
        where = _log_traceback()  # the traceback goes to a file, never to the user's screen
        err_console.print(f"[bold red]内部错误[/] {type(exc).__name__}: {exc}  (details: {where})", soft_wrap=True)
        return 1
    return 0


# The cyclic garbage collector's default gen-0 threshold (700 allocations) runs a collection every few
# hundred objects while a command imports Prefect, pydantic models and SQLAlchemy: ~0.25 CPU-s of a flow
# command's ~1.5 CPU-s start (measured with and without ``gc.disable()``). Collections every 20,000
# allocations keep cyclic garbage bounded for commands that run for minutes.
GC_GEN0_THRESHOLD = 20_000


def run() -> None:
    """The console script: ``main``, then exit without the collector's final pass over every object the
    imports made (``gc.freeze``: ~0.4 CPU-s at the end of a flow command; the process ends anyway)."""
    gc.set_threshold(GC_GEN0_THRESHOLD, *gc.get_threshold()[1:])
    code = main()
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    run()
