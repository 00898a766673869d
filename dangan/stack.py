"""The local stack that ``dangan up`` starts once: SeaweedFS, a Prefect server and its workers.

Why a persistent server: a Prefect *temporary* server costs every command 12–16 s; against a running
server a flow command pays only Prefect's import and a few API calls. Everything lives under
``$DANGAN_DATA_DIR/prefect``::

    prefect/stack.json     api_url, port and pids (read by ``prefect_env`` and ``dangan status``)
    prefect/home/          PREFECT_HOME of the server and of the workers started here
    prefect/prefect.db     the server's SQLite database (DANGAN_PREFECT_DATABASE_URL: PostgreSQL instead)
    prefect/server.log     its output; prefect/worker-N.log per worker; prefect/worker-N/tmp its temp dir

This module never imports Prefect (``dangan status`` must stay cheap); Prefect runs here as the
``prefect`` console script of this virtualenv, each process in its own session so that ``down`` can
stop the whole process group (a worker's flow-run processes included): no process is left behind.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

from dangan.config import Settings
from dangan.errors import ConfigError, ExternalProgramError

HOST = "127.0.0.1"
POOL = "dangan"  # the work pool every deployment of the project is on
START_TIMEOUT = 120.0
STOP_TIMEOUT = 20.0
WORKER_QUERY_S = 5  # seconds between a worker's polls of the work pool (see start_worker)


# The server records each task run from the client's events. Prefect's default writes them one event per
# transaction (task-run recorder batch 1, event persister 20): a drop of thousands of documents (two
# tasks each, three states a task) then spends more CPU on the server than on reading. Batched, a task
# run's state reaches the database at most a flush interval (5 s) later. Pauses are never used here.
SERVER_TUNING = {
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE": "100",
    "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_BATCH_SIZE": "200",
    "PREFECT_SERVER_SERVICES_PAUSE_EXPIRATIONS_ENABLED": "false",
}


def prefect_dir(settings: Settings) -> Path:
    return settings.data_dir / "prefect"


def state_file(settings: Settings) -> Path:
    return prefect_dir(settings) / "stack.json"


def _read_state(settings: Settings) -> dict[str, Any]:
    try:
        data = json.loads(state_file(settings).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_state(settings: Settings, data: dict[str, Any]) -> None:
    path = state_file(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def prefect_bin() -> str:
    beside = Path(sys.executable).parent / "prefect"
    return str(beside) if beside.exists() else "prefect"


def _alive(pid: int | None) -> bool:
    if not pid:
        return False
    import psutil

    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return False


def healthy(api_url: str, timeout: float = 2.0) -> bool:
    """The Prefect API answers ``/health`` (plain HTTP: no Prefect import)."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # local: never via a proxy
    try:
        with opener.open(f"{api_url.rstrip('/')}/health", timeout=timeout) as resp:
            return bool(resp.status == 200)
    except OSError:
        return False


def api_url(settings: Settings, *, check: bool = True, patience: float = 20.0) -> str | None:
    """The API every command should use: DANGAN_PREFECT_API_URL (another host's server), else this stack's.

    With ``check``, a server whose process lives is given ``patience`` seconds to answer: a busy server
    answers late, and a command must not quietly fall back to a temporary server of its own (nor
    ``up`` start a second one) because of it."""
    external = os.environ.get("DANGAN_PREFECT_API_URL")
    if external:
        return external
    state = _read_state(settings)
    url, pid = state.get("api_url"), state.get("server_pid")
    if not url or not _alive(pid):
        return None
    deadline = time.monotonic() + patience
    while check and not healthy(url):
        if time.monotonic() > deadline or not _alive(pid):
            return None
        time.sleep(0.5)
    return str(url)


def _server_db_url(settings: Settings) -> str:
    url = os.environ.get("DANGAN_PREFECT_DATABASE_URL")
    if url:
        if url.startswith("postgresql") and "+asyncpg" not in url:
            url = "postgresql+asyncpg://" + url.split("://", 1)[1]
        return url
    return f"sqlite+aiosqlite:///{prefect_dir(settings) / 'prefect.db'}"


def _port(settings: Settings) -> int:
    wanted = os.environ.get("DANGAN_PREFECT_PORT")
    if wanted:
        try:
            port = int(wanted)
        except ValueError as exc:
            raise ConfigError(f"DANGAN_PREFECT_PORT 须为端口号 (got {wanted!r})") from exc
        return port
    old = _read_state(settings).get("port")
    if isinstance(old, int) and _port_free(old):
        return old
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((HOST, port))
        except OSError:
            return False
    return True


def base_env(settings: Settings, url: str | None = None) -> dict[str, str]:
    """Environment of every Prefect process of the stack (quiet, no analytics, our own home)."""
    env = dict(os.environ)
    env.update(
        {
            "PREFECT_HOME": str(prefect_dir(settings) / "home"),
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "PREFECT_LOGGING_LEVEL": env.get("PREFECT_LOGGING_LEVEL", "WARNING"),
            "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": env.get("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "WARNING"),
            "DANGAN_DATA_DIR": str(settings.data_dir),
        }
    )
    if url:
        env["PREFECT_API_URL"] = url
    return env


def _spawn(cmd: list[str], env: dict[str, str], log: Path) -> int:
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "ab") as fh:
        try:
            proc = subprocess.Popen(
                cmd, stdin=subprocess.DEVNULL, stdout=fh, stderr=subprocess.STDOUT, env=env,
                cwd=log.parent,
                start_new_session=True,  # its own process group: `down` stops it with all its children
            )
        except OSError as exc:
            raise ExternalProgramError(f"无法启动 {cmd[0]} (cannot start): {exc}") from exc
    return proc.pid


def start_server(settings: Settings, *, timeout: float = START_TIMEOUT) -> str:
    """Start ``prefect server start`` on 127.0.0.1 (idempotent); returns the API URL once healthy."""
    url = api_url(settings)
    if url:  # already running here, or another host's server (DANGAN_PREFECT_API_URL): nothing to start
        return url
    port = _port(settings)
    url = f"http://{HOST}:{port}/api"
    env = base_env(settings)
    env.update(
        {
            "PREFECT_SERVER_DATABASE_CONNECTION_URL": _server_db_url(settings),
            "PREFECT_UI_ENABLED": env.get("PREFECT_UI_ENABLED", "false"),
            "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
        }
    )
    for key, value in SERVER_TUNING.items():
        env.setdefault(key, value)
    env.pop("PREFECT_API_URL", None)
    (prefect_dir(settings) / "home").mkdir(parents=True, exist_ok=True)
    log = prefect_dir(settings) / "server.log"
    pid = _spawn([prefect_bin(), "server", "start", "--host", HOST, "--port", str(port)], env, log)
    _write_state(settings, {**_read_state(settings), "api_url": url, "port": port, "server_pid": pid})
    deadline = time.monotonic() + timeout
    while not healthy(url, timeout=1.0):
        if not _alive(pid) or time.monotonic() > deadline:
            stop_group(pid)
            raise ExternalProgramError(
                f"Prefect 服务未能启动 (Prefect server did not come up); log {log}:\n{_tail(log)}"
            )
        time.sleep(0.3)
    return url


WORKER_MARK = "DANGAN_STACK_WORKER"  # in the environment of a worker and of every process under it


def worker_mark(settings: Settings, index: int) -> str:
    return f"{settings.data_dir.resolve()}#{index}"


def start_worker(settings: Settings, url: str, index: int, *, limit: int | None = None) -> int:
    """One ``prefect worker start`` on the pool, with its own temp dir (its flow runs inherit it).

    Its flow runs inherit ``WORKER_MARK`` too: Prefect starts each in a session of its own (a signal to
    the worker's group does not reach them), so ``stop_worker`` finds them by it."""
    host = socket.gethostname()
    wdir = prefect_dir(settings) / f"worker-{index}"
    (wdir / "tmp").mkdir(parents=True, exist_ok=True)
    env = base_env(settings, url)
    env[WORKER_MARK] = worker_mark(settings, index)
    # heartbeats let the server's automation mark a run whose process died as crashed (deployments.py).
    # Each poll of the pool (get_scheduled_flow_runs, which also marks the pool and its deployments ready)
    # costs the server ~30 ms CPU: polling every 2 s was 0.016 of the server's 0.038 CPU-s/s with the
    # stack idle (0.022 with the worker stopped), the largest part of the CPU a drop's pages pay beyond
    # reading, since it runs for as long as the drop does. Every 5 s a hand-over (a drop's one
    # ingest-batch run) waits 2.5 s on average instead of 1 s; Prefect's default is 10 s.
    env.update({"TMPDIR": str(wdir / "tmp"), "PREFECT_WORKER_QUERY_SECONDS": str(WORKER_QUERY_S),
                "PREFECT_WORKER_PREFETCH_SECONDS": "5", "PREFECT_FLOWS_HEARTBEAT_FREQUENCY": "30"})
    cmd = [prefect_bin(), "worker", "start", "--pool", POOL, "--type", "process", "--name", f"{host}-{index}"]
    if limit:
        cmd += ["--limit", str(limit)]
    pid = _spawn(cmd, env, prefect_dir(settings) / f"worker-{index}.log")
    state = _read_state(settings)
    workers = [w for w in state.get("workers", []) if w.get("index") != index]
    workers.append({"index": index, "pid": pid, "name": f"{host}-{index}"})
    _write_state(settings, {**state, "workers": workers})
    return pid


def workers(settings: Settings) -> list[dict[str, Any]]:
    """The workers started here, each with ``alive``."""
    return [{**w, "alive": _alive(w.get("pid"))} for w in _read_state(settings).get("workers", [])]


def stop_group(pid: int | None, timeout: float = STOP_TIMEOUT) -> bool:
    """SIGTERM the process group led by ``pid``, then SIGKILL what is left; True if it was running."""
    if not _alive(pid):
        return False
    assert pid is not None
    import psutil

    try:
        members = [psutil.Process(pid), *psutil.Process(pid).children(recursive=True)]
    except psutil.NoSuchProcess:
        return False
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGTERM)
    _gone, alive = psutil.wait_procs(members, timeout=timeout)
    for proc in alive:
        with contextlib.suppress(psutil.NoSuchProcess):
            proc.kill()
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)
    psutil.wait_procs(alive, timeout=5)
    return True


def marked_processes(mark: str, tmpdir: str | None = None) -> list[Any]:
    """Live processes whose environment carries ``WORKER_MARK`` = ``mark`` (or, for a worker started
    before the mark existed, its ``TMPDIR``); never this process or its ancestors."""
    import psutil

    mine = {os.getpid()}
    with contextlib.suppress(psutil.Error):
        mine |= {p.pid for p in psutil.Process().parents()}
    found = []
    for proc in psutil.process_iter():
        if proc.pid in mine:
            continue
        try:
            env = proc.environ()
            ours = env.get(WORKER_MARK) == mark or bool(tmpdir and env.get("TMPDIR") == tmpdir)
            if ours and proc.status() != psutil.STATUS_ZOMBIE:
                found.append(proc)
        except psutil.Error:
            continue
    return found


def stop_worker(settings: Settings, worker: dict[str, Any], timeout: float = STOP_TIMEOUT) -> bool:
    """Stop a worker and every flow run it started, with their OCR processes; True if it was running.

    Prefect starts each flow run as the leader of a session and process group of its own, holding its
    OCR processes: a signal to the worker's group does not reach them. So the worker's group and the
    group of every process that carries its mark are stopped whole (SIGTERM, then SIGKILL), and again
    for what appeared meanwhile (a run the worker started as it was being stopped)."""
    import psutil

    index = worker.get("index")
    mark = worker_mark(settings, int(index)) if index is not None else None
    tmpdir = str(prefect_dir(settings) / f"worker-{index}" / "tmp") if index is not None else None
    was = False
    for _round in range(4):
        left = marked_processes(mark, tmpdir) if mark else []
        if _alive(worker.get("pid")):
            with contextlib.suppress(psutil.Error):
                left.append(psutil.Process(worker["pid"]))
        if not left:
            break
        was = True
        groups: set[int] = {int(worker["pid"])} if _alive(worker.get("pid")) else set()
        for proc in left:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                groups.add(os.getpgid(proc.pid))
        groups.discard(os.getpgid(0))
        for sig in (signal.SIGTERM, signal.SIGKILL):
            for pgid in groups:
                with contextlib.suppress(ProcessLookupError, PermissionError, TypeError):
                    os.killpg(pgid, sig)
            for proc in left:
                with contextlib.suppress(psutil.Error):
                    proc.send_signal(sig)
            _gone, left = psutil.wait_procs(left, timeout=timeout if sig == signal.SIGTERM else 5)
            if not left:
                break
    return was


def stop_prefect(settings: Settings, *, keep_server: bool = False) -> dict[str, int]:
    """Stop the workers first (a claim they leave is taken over later), then the server."""
    state = _read_state(settings)
    stopped_workers = sum(stop_worker(settings, w) for w in state.get("workers", []))
    _write_state(settings, {**state, "workers": []})
    return {"workers": stopped_workers, "server": 0 if keep_server else int(stop_server(settings))}


def stop_server(settings: Settings) -> bool:
    state = _read_state(settings)
    stopped = stop_group(state.get("server_pid"))
    _write_state(settings, {"port": state.get("port")} if state.get("port") else {})
    return stopped


def status(settings: Settings) -> dict[str, Any]:
    """What ``dangan status`` shows about the stack (no Prefect import, one HTTP call)."""
    from dangan.storage import weed

    state = _read_state(settings)
    url = os.environ.get("DANGAN_PREFECT_API_URL") or state.get("api_url")
    store: dict[str, Any]
    if settings.uses_embedded_store:
        store = {"kind": "SeaweedFS", **weed.embedded_status(settings)}
    else:
        store = {"kind": "external", "endpoint": settings.s3_endpoint}
    return {
        "store": store,
        "prefect": {
            "api_url": url,
            "server_pid": state.get("server_pid") if _alive(state.get("server_pid")) else None,
            "answers": bool(url and healthy(url, timeout=1.0)),
            "database": "PostgreSQL" if os.environ.get("DANGAN_PREFECT_DATABASE_URL") else "SQLite",
        },
        "workers": workers(settings),
    }


def _tail(path: Path, lines: int = 20) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "(no log)"
    return "\n".join(text.splitlines()[-lines:])
