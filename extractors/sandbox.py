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

import contextlib
import importlib
import json
import os
import resource
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from dangan.config import MAX_FILE_BYTES, max_pages
from dangan.errors import InputFileError

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
        # Only what Python and the parsers need: a parser subverted by a hostile file must not find
        # S3 or database credentials (DANGAN_*) in its environment.
        env = {k: v for k, v in os.environ.items() if k in _CHILD_ENV}
        # Thread pools reserve address space per thread; one thread keeps RLIMIT_AS meaningful.
        env.update(OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1", OMP_THREAD_LIMIT="1")
        try:
            proc = subprocess.run(
                [sys.executable, "-m", "dangan.extractors.sandbox", str(work)],
                env=env,
                capture_output=True,
                timeout=limits.timeout_s,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise InputFileError(
                f"文件解析超时 (parsing took longer than {limits.timeout_s:g} s)"
            ) from exc
        error_file = work / "error.json"
        if error_file.exists():
            err = json.loads(error_file.read_text(encoding="utf-8"))
            raise InputFileError(_reason(err.get("kind", "corrupt"), err.get("message", "")))
        if proc.returncode != 0:
            raise InputFileError(_reason_from_exit(proc.returncode, proc.stderr))
        meta = json.loads((work / "meta.json").read_text(encoding="utf-8"))
        arrays = [
            np.load(work / f"arr_{i}.npy", allow_pickle=False) for i in range(int(meta["n_arrays"]))
        ]
        return meta["meta"], arrays


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


def _child_main(work: Path) -> int:
    call = json.loads((work / "call.json").read_text(encoding="utf-8"))
    _set_limits(call["limits"])
    try:
        module_name, func_name = call["target"].split(":")
        func = getattr(importlib.import_module(module_name), func_name)
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


if __name__ == "__main__":
    # Run the package copy of this module, not ``__main__``: targets raise *its* ChildFailure class.
    from dangan.extractors.sandbox import _child_main as _package_child_main

    sys.exit(_package_child_main(Path(sys.argv[1])))
