"""Run a parser on an untrusted file in a child process with a memory cap and a wall-clock timeout.

Why a child process: PDF and image parsers are large C libraries (pdfium, libtiff, libjpeg). A crafted
or damaged file can make them hang, allocate gigabytes or crash; in a child that costs one process,
not the worker. Why ``subprocess`` and not ``multiprocessing``: Prefect task runners may run us in a
daemonic process, which ``multiprocessing`` refuses to give children, and ``subprocess.run`` already
kills the child on timeout.

Protocol: the child gets a JSON call description, sets ``RLIMIT_AS``/``RLIMIT_CPU``/``RLIMIT_FSIZE``
before importing the target, calls ``target(*args)`` which returns ``(meta, arrays)``, and writes
``meta.json`` plus ``arr_<i>.npy``. The parent reads them back with ``allow_pickle=False`` so that a
child subverted by a hostile file cannot hand us a pickle to execute.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import inspect
import json
import multiprocessing.util
import os
import resource
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from dangan.config import MAX_FILE_BYTES, max_pages
from dangan.errors import ExternalProgramError, InputFileError

_MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Resource caps for one untrusted parse; the defaults fit a 2-core, few-GiB worker."""

    timeout_s: float = 120.0
    memory_bytes: int = 2048 * _MiB  # RLIMIT_AS of the child: address space, not RSS
    max_file_bytes: int = MAX_FILE_BYTES  # the intake check's limit too
    max_pages: int = field(default_factory=max_pages)  # one cap with the intake check (config)
    max_pixels: int = 80_000_000  # per page, after rendering; A4 at 600 dpi is ~35 Mpx
    max_output_bytes: int = 1024 * _MiB  # RLIMIT_FSIZE: total written back per file


class ChildFailure(Exception):
    """Raised inside the child for an expected refusal; its ``kind`` travels back to the parent."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def run_isolated(
    target: str, args: Sequence[Any], limits: Limits | None = None
) -> tuple[Any, list[np.ndarray]]:
    """Call ``target`` ("package.module:function") in a limited child; return its ``(meta, arrays)``.

    ``args`` must be JSON-serialisable. Raises ``InputFileError`` with a one-line reason on timeout,
    memory exhaustion, a crash or a refusal reported by the target.
    """
    limits = limits or Limits()
    with tempfile.TemporaryDirectory(prefix="dangan-sandbox-") as tmp:
        work = Path(tmp)
        (work / "call.json").write_text(
            json.dumps({"target": target, "args": list(args), "limits": asdict(limits)}), encoding="utf-8"
        )
        try:
            returncode, stderr = _run_child(work, _child_env(), limits.timeout_s)
        except subprocess.TimeoutExpired as exc:
            raise InputFileError(
                f"文件解析超时 (parsing took longer than {limits.timeout_s:g} s)"
            ) from exc
        error_file = work / "error.json"
        if error_file.exists():
            err = json.loads(error_file.read_text(encoding="utf-8"))
            if err.get("kind") == "internal":
                raise ExternalProgramError(
                    "解析程序与调用方版本不一致，请重新安装并重启工作进程 (the parser and its caller run different "
                    f"code: reinstall dangan and restart the workers): {err.get('message', '')}"
                )
            raise InputFileError(_reason(err.get("kind", "corrupt"), err.get("message", "")))
        if returncode != 0:
            raise InputFileError(_reason_from_exit(returncode, stderr))
        meta = json.loads((work / "meta.json").read_text(encoding="utf-8"))
        arrays = [
            np.load(work / f"arr_{i}.npy", allow_pickle=False) for i in range(int(meta["n_arrays"]))
        ]
        return meta["meta"], arrays


def _child_env() -> dict[str, str]:
    """Only what Python and the parsers need: a parser subverted by a hostile file must not find S3 or
    database credentials (DANGAN_*) in its environment."""
    env = {k: v for k, v in os.environ.items() if k in _CHILD_ENV}
    # Thread pools reserve address space per thread; one thread keeps RLIMIT_AS meaningful.
    env.update(OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1", OMP_THREAD_LIMIT="1")
    return env


def _run_child(work: Path, env: dict[str, str], timeout_s: float) -> tuple[int, bytes]:
    """Run the call in ``work`` in a fresh child: forked from this process's zygote when it is free (no
    interpreter start), else a new interpreter. Returns (exit code, stderr)."""
    zygote = _zygote_for(env)
    if zygote is not None:
        try:
            return zygote.run(work, timeout_s)
        except OSError:  # the zygote itself died (not the parse): a new one next time, this call as before
            zygote.close()
        finally:
            _ZYGOTE_LOCK.release()
    proc = subprocess.run(
        [sys.executable, "-m", "dangan.extractors.sandbox", str(work)],
        env=env,
        capture_output=True,
        timeout=timeout_s,
        check=False,
    )
    return proc.returncode, proc.stderr


_CHILD_ENV = frozenset(
    {"PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TMPDIR", "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "FONTCONFIG_PATH"}
)

_REASONS = {
    "oom": "文件解析内存超限 (parsing needed more memory than allowed)",
    "timeout": "文件解析超时 (parsing took too long)",
    "too_big": "文件过大 (file too large)",
    "too_many_pages": "页数过多 (too many pages)",
    "too_many_pixels": "图像尺寸过大，疑似解压炸弹 (image too large: possible decompression bomb)",
    "unsupported": "不支持的文件类型 (unsupported file type)",
    "encrypted": "文件已加密，请提供未加密的扫描件 (the file is password-protected)",
    "corrupt": "文件已损坏或无法解析 (file is damaged or cannot be parsed)",
}


def _reason(kind: str, message: str) -> str:
    base = _REASONS.get(kind, _REASONS["corrupt"])
    detail = " ".join(message.split())[:160]
    return f"{base}: {detail}" if detail else base


def _reason_from_exit(returncode: int, stderr: bytes) -> str:
    text = stderr.decode("utf-8", "replace")
    if "MemoryError" in text or "std::bad_alloc" in text or "Cannot allocate memory" in text:
        return _REASONS["oom"]
    if returncode in (-9, -24):  # SIGKILL (kernel OOM killer) / SIGXCPU (RLIMIT_CPU)
        return _REASONS["oom"] if returncode == -9 else _REASONS["timeout"]
    last = next((ln for ln in reversed(text.strip().splitlines()) if ln.strip()), "")
    return _reason("corrupt", f"解析进程异常退出 (parser exited with {returncode}) {last}")


def _set_limits(limits: dict[str, Any]) -> None:
    mem = int(limits["memory_bytes"])
    resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
    cpu = int(limits["timeout_s"]) + 5  # backstop if the parent's timer is lost
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
    out = int(limits["max_output_bytes"])
    resource.setrlimit(resource.RLIMIT_FSIZE, (out, out))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _target(call: dict[str, Any], work: Path) -> Any:
    """The function ``call`` names, or None after writing an "internal" error: a target that cannot be
    found, or whose signature does not take the call's arguments, says parent and child run different
    code (an upgrade half done, a stray PYTHONPATH). That is no fault of the file, so it must not be
    reported as a damaged one (which would quarantine good scans)."""
    try:
        module_name, func_name = call["target"].split(":")
        func = getattr(importlib.import_module(module_name), func_name)
        inspect.signature(func).bind(*call["args"], call["limits"])
        return func
    except (ImportError, AttributeError, TypeError, ValueError) as exc:
        error = {"kind": "internal", "message": f"{call.get('target')}: {type(exc).__name__}: {exc}"}
        (work / "error.json").write_text(json.dumps(error), encoding="utf-8")
        return None


def _child_main(work: Path) -> int:
    call = json.loads((work / "call.json").read_text(encoding="utf-8"))
    _set_limits(call["limits"])
    try:
        func = _target(call, work)
        if func is None:
            return 3
        meta, arrays = func(*call["args"], call["limits"])
        for i, arr in enumerate(arrays):
            np.save(work / f"arr_{i}.npy", np.ascontiguousarray(arr), allow_pickle=False)
        (work / "meta.json").write_text(
            json.dumps({"meta": meta, "n_arrays": len(arrays)}, ensure_ascii=False), encoding="utf-8"
        )
        return 0
    except ChildFailure as exc:
        kind, message = exc.kind, str(exc)
    except MemoryError as exc:
        kind, message = "oom", str(exc)
    except Exception as exc:  # any parser failure on a hostile file is "corrupt", never a crash
        kind, message = "corrupt", f"{type(exc).__name__}: {exc}"
    with contextlib.suppress(OSError, MemoryError):  # nothing more we can do; the exit code still tells
        (work / "error.json").write_text(json.dumps({"kind": kind, "message": message}), encoding="utf-8")
    return 3


# -- the zygote --------------------------------------------------------------------------------------
# Why: a new interpreter per file spends ~0.25 s of CPU importing numpy, Pillow and pdfium before it
# parses anything, a fifth of the whole cost of reading a one-page scan. The zygote is one child per
# process that has imported the parsers and never parses: for each call it forks a grandchild, which
# sets the limits and parses exactly as a fresh child would (own address space, closed pipes, an alarm
# as wall-clock backstop), so a hostile file still reaches only a process that dies after it.
# Hand-written because multiprocessing's forkserver hands back pickles and refuses daemonic parents.


class _Zygote:
    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.owner = os.getpid()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "dangan.extractors.sandbox", "--zygote"],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._buffer = b""

    def usable(self, env: dict[str, str]) -> bool:
        return self.owner == os.getpid() and self.env == env and self.proc.poll() is None

    def run(self, work: Path, timeout_s: float) -> tuple[int, bytes]:
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write(f"{work}\n".encode())
            self.proc.stdin.flush()
            pid = int(self._line(START_TIMEOUT_S))
        except (subprocess.TimeoutExpired, ValueError) as exc:
            raise OSError(f"sandbox zygote does not answer: {exc}") from exc
        try:
            code = int(self._line(timeout_s))
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            self._line(START_TIMEOUT_S)  # the zygote reaps it and reports
            raise
        stderr = work / "stderr.txt"
        return code, stderr.read_bytes() if stderr.exists() else b""

    def _line(self, timeout_s: float) -> str:
        """One line from the zygote within ``timeout_s``; raises TimeoutExpired, or OSError if it died."""
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        deadline = time.monotonic() + timeout_s
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise subprocess.TimeoutExpired("zygote", timeout_s)
            chunk = os.read(fd, 4096)
            if not chunk:
                raise OSError("sandbox zygote exited")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()

    def close(self) -> None:
        for pipe in (self.proc.stdin, self.proc.stdout):
            with contextlib.suppress(OSError):
                if pipe is not None:
                    pipe.close()
        if self.owner == os.getpid():
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=5)


START_TIMEOUT_S = 30.0
_ZYGOTE: _Zygote | None = None
_ZYGOTE_LOCK = threading.Lock()


def _zygote_for(env: dict[str, str]) -> _Zygote | None:
    """This process's zygote, locked for the caller (release ``_ZYGOTE_LOCK`` after), or None when
    another thread is using it or it cannot start: the caller then starts an interpreter as before."""
    global _ZYGOTE
    if not _ZYGOTE_LOCK.acquire(blocking=False):
        return None
    try:
        if _ZYGOTE is None or not _ZYGOTE.usable(env):
            if _ZYGOTE is not None and _ZYGOTE.owner == os.getpid():
                _ZYGOTE.close()
            _ZYGOTE = _Zygote(env)
            # pool workers leave through os._exit, past atexit: multiprocessing's finalizers still run
            multiprocessing.util.Finalize(None, _close_zygote, exitpriority=1)
        return _ZYGOTE
    except OSError:
        _ZYGOTE_LOCK.release()
        return None


@atexit.register
def _close_zygote() -> None:
    if _ZYGOTE is not None:
        _ZYGOTE.close()


def _forget_inherited_zygote() -> None:
    """A forked worker must not keep its parent's zygote pipes open (the zygote waits for their EOF),
    nor a lock another thread of the parent held at the fork."""
    global _ZYGOTE, _ZYGOTE_LOCK
    _ZYGOTE_LOCK = threading.Lock()
    if _ZYGOTE is not None:
        _ZYGOTE.close()
        _ZYGOTE = None


os.register_at_fork(after_in_child=_forget_inherited_zygote)


def _zygote_main() -> int:
    """Fork one grandchild per work directory read from stdin; report its pid, then its exit code."""
    import dangan.extractors.pages  # noqa: F401  (the parsers, imported once for every fork)

    # the libraries the parsers import inside their functions: imported in each fork, they cost ~0.07 CPU-s
    # per file (Pillow and its format plugins, pdfium, OpenCV), a third of an image file's load
    _preload("PIL.Image", "PIL.ImageOps", "pypdfium2", "pypdfium2.raw", "cv2")
    with contextlib.suppress(Exception):
        import PIL.Image

        PIL.Image.init()  # every format plugin (TIFF's among them), which Image.open would import each time
    with contextlib.suppress(ImportError):  # a text PDF's words: ~0.05 CPU-s per file imported in the fork
        import pdfplumber  # noqa: F401

    for raw in sys.stdin.buffer:  # EOF: the parent has gone, and so do we
        work = Path(raw.decode().strip())
        pid = os.fork()
        if pid == 0:
            os._exit(_grandchild(work))
        sys.stdout.buffer.write(f"{pid}\n".encode())
        sys.stdout.flush()
        _, status = os.waitpid(pid, 0)
        sys.stdout.buffer.write(f"{os.waitstatus_to_exitcode(status)}\n".encode())
        sys.stdout.flush()
    return 0


def _preload(*names: str) -> None:
    for name in names:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


def _grandchild(work: Path) -> int:
    """In the fork: no access to the zygote's pipes, stderr to a file, then the call as a fresh child."""
    try:
        null = os.open(os.devnull, os.O_RDWR)
        err = os.open(work / "stderr.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(null, 0)
        os.dup2(null, 1)
        os.dup2(err, 2)
        call = json.loads((work / "call.json").read_text(encoding="utf-8"))
        signal.alarm(int(call["limits"]["timeout_s"]) + 5)  # backstop: a hang that uses no CPU
        return _child_main(work)
    except BaseException:  # anything here is the parse failing: reported by the exit code
        with contextlib.suppress(Exception):
            traceback.print_exc()
        return 70


if __name__ == "__main__":
    # Run the package copy of this module, not ``__main__``: targets raise *its* ChildFailure class.
    from dangan.extractors import sandbox as _package

    if sys.argv[1] == "--zygote":
        sys.exit(_package._zygote_main())
    sys.exit(_package._child_main(Path(sys.argv[1])))
