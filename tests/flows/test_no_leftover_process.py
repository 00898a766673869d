"""`dangan ingest` and `dangan extract` leave no process behind, whether they finish or are stopped.

Each command runs as a real process (the console script) against the worker's SeaweedFS and a real
database, with a marker in its environment that every process it starts inherits (OCR pool workers,
multiprocessing's resource tracker, PDF checks, a temporary Prefect server). Once the command has
exited, no process carrying the marker may remain: a worker left running holds memory and a CPU
and, on a server, piles up with every run.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from dangan.config import Settings

from .conftest import ARCHIVE, UNIT, sample_bytes

DANGAN = str(Path(sys.executable).parent / "dangan")
GRACE_S = 15.0  # a finished child may take a moment to notice its parent is gone
MARK = "DANGAN_TEST_PROCESS_MARK"


class Marked:
    """Runs one command with a fresh marker and finds the processes that carry it."""

    def __init__(self, env: dict[str, str]) -> None:
        self.mark = uuid.uuid4().hex
        self.env = {**env, MARK: self.mark}

    def processes(self) -> list[psutil.Process]:
        found = []
        for proc in psutil.process_iter():
            try:
                if proc.environ().get(MARK) == self.mark and proc.status() != psutil.STATUS_ZOMBIE:
                    found.append(proc)
            except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
                continue
        return found

    def left_after_exit(self) -> list[str]:
        """What still runs ``GRACE_S`` after the command exited (command lines, for the message)."""
        deadline = time.monotonic() + GRACE_S
        while (left := self.processes()) and time.monotonic() < deadline:
            time.sleep(0.5)
        return [" ".join(p.cmdline())[:160] for p in left if p.is_running()]

    def kill_all(self) -> None:
        for proc in self.processes():
            proc.kill()


@pytest.fixture
def marked(s3_env: Settings, prefect_harness: None) -> Iterator[Marked]:
    """The test's environment, the Prefect API of the test server (as after ``dangan up``), two OCR
    processes; whatever the command leaves is killed afterwards so that it cannot harm other tests."""
    from prefect.settings import PREFECT_API_URL

    env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value()), "DANGAN_OCR_WORKERS": "2"}
    m = Marked(env)
    try:
        yield m
    finally:
        m.kill_all()


def _scans(tmp_path: Path) -> Path:
    folder = tmp_path / "scans" / UNIT / ARCHIVE
    folder.mkdir(parents=True)
    (folder / "01_建档申请表.png").write_bytes(sample_bytes("ok.png"))
    (folder / "02_收入证明.jpg").write_bytes(sample_bytes("ok.jpg"))
    (folder / "03_truncated.jpg").write_bytes(sample_bytes("truncated.jpg"))  # a failure on the way
    return tmp_path / "scans"


def _run(m: Marked, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([DANGAN, *args], env=m.env, capture_output=True, text=True, timeout=900, check=False)


def _stop_while_reading(m: Marked, *args: str) -> int:
    """Start the command, wait until its OCR processes run, then stop it as `kill`, `timeout` and
    systemd do (SIGTERM to the command only); returns its exit status."""
    proc = subprocess.Popen([DANGAN, *args], env=m.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 600
    while not any("spawn_main" in " ".join(p.cmdline()) for p in m.processes()):
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
        assert time.monotonic() < deadline, "no OCR process started"
        time.sleep(0.3)
    proc.send_signal(signal.SIGTERM)
    return proc.wait(timeout=120)


@pytest.mark.xdist_group("prefect")
def test_dangan_extract_leaves_no_process(marked: Marked, tmp_path: Path) -> None:
    done = _run(marked, "extract", str(_scans(tmp_path)), "--workers", "2")
    assert done.returncode == 3 and done.stdout.count("\n") == 2, done.stderr  # two read, one damaged
    assert not marked.left_after_exit()


@pytest.mark.xdist_group("prefect")
def test_dangan_ingest_leaves_no_process(marked: Marked, tmp_path: Path) -> None:
    done = _run(marked, "ingest", str(_scans(tmp_path)))
    assert done.returncode == 3, done.stderr  # the damaged file is quarantined: a script must see it
    assert "已入库" in done.stdout and "Traceback" not in done.stderr
    assert not marked.left_after_exit()


@pytest.mark.xdist_group("prefect")
def test_a_stopped_dangan_extract_leaves_no_process(marked: Marked, tmp_path: Path) -> None:
    assert _stop_while_reading(marked, "extract", str(_scans(tmp_path)), "--workers", "2") != 0
    assert not marked.left_after_exit()


@pytest.mark.xdist_group("prefect")
def test_a_stopped_dangan_ingest_leaves_no_process(marked: Marked, tmp_path: Path) -> None:
    assert _stop_while_reading(marked, "ingest", str(_scans(tmp_path))) != 0
    assert not marked.left_after_exit()
