"""`dangan down` (``stack.stop_prefect``) leaves no flow run behind.

Prefect's process worker starts each flow run as the leader of a session and process group of its own
(``start_new_session``), holding the run's OCR processes, so a signal to the worker's process group does
not reach them. A run the worker starts while it is being stopped (the watcher's warm standby, asked
for as a drop ends: what CI left running after ``test_stack_pipeline``) was no child of the worker when
``stop_group`` looked, and stayed with its OCR processes. Real processes here, laid out as Prefect lays
them out; the worker is a stand-in that starts such a run as it is stopped.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import psutil

from dangan import stack
from dangan.config import load_settings

# a flow run: its own session, with an "OCR process" in its group
RUN = "import subprocess, sys, time; subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)']); time.sleep(600)"
# the worker: one run started before it is stopped, one more as it is stopped (SIGTERM), then it exits
WORKER = f"""
import os, signal, subprocess, sys, time
def run():
    return subprocess.Popen([sys.executable, '-c', {RUN!r}], start_new_session=True)
def stopped(*_):
    run()
    time.sleep(1)
    os._exit(0)
signal.signal(signal.SIGTERM, stopped)
run()
print('ready', flush=True)
time.sleep(600)
"""


def _ours(mark: str) -> list[psutil.Process]:
    return stack.marked_processes(mark)


def test_down_stops_every_run_of_a_worker_with_its_ocr_processes(data_env: Path) -> None:
    settings = load_settings()
    mark = stack.worker_mark(settings, 0)
    env = {**os.environ, stack.WORKER_MARK: mark}
    worker = subprocess.Popen([sys.executable, "-c", WORKER], env=env, stdout=subprocess.PIPE, text=True,
                              start_new_session=True)
    try:
        assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + 30
        while len(_ours(mark)) < 3:  # the worker, its run and the run's OCR process
            assert time.monotonic() < deadline, [p.cmdline() for p in _ours(mark)]
            time.sleep(0.2)
        first_run = next(p for p in _ours(mark) if p.pid != worker.pid and p.ppid() == worker.pid)
        assert os.getsid(first_run.pid) == first_run.pid != os.getsid(worker.pid)  # its own session
        stack._write_state(settings, {"workers": [{"index": 0, "pid": worker.pid, "name": "test-0"}]})

        stopped = stack.stop_prefect(settings, keep_server=True)

        assert stopped["workers"] == 1
        left = [" ".join(p.cmdline())[:80] for p in _ours(mark)]
        assert not left, left  # the run started as the worker stopped is gone too, with its OCR process
        assert stack.workers(settings) == []
    finally:
        for proc in _ours(mark):
            proc.kill()
        worker.kill()
        worker.wait()
