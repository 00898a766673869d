"""``dangan serve`` really serves: started as a child process, asked for the log-in page, stopped."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from .conftest import World, _free_port_for_tests


def test_dangan_serve_answers(world: World, tmp_path: Path) -> None:
    port = _free_port_for_tests()
    env = {**os.environ, "DANGAN_DATA_DIR": str(world.settings.data_dir),
           "DANGAN_DATABASE_URL": world.settings.database_url}
    proc = subprocess.Popen([sys.executable, "-m", "dangan.cli", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline, body = time.monotonic() + 60, ""
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=2) as r:
                    body = r.read().decode("utf-8")
                    break
            except OSError:
                if proc.poll() is not None:
                    raise AssertionError(proc.stdout.read().decode() if proc.stdout else "serve exited") from None
                time.sleep(0.2)
        assert "登录" in body
        key = world.settings.data_dir / "web-session.key"
        assert key.exists() and key.stat().st_mode & 0o077 == 0  # the session key is private
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout:
            proc.stdout.close()


def test_serve_with_no_users_says_how_to_add_one(tmp_path: Path) -> None:
    port = _free_port_for_tests()
    env = {**os.environ, "DANGAN_DATA_DIR": str(tmp_path / "data"),
           "DANGAN_DATABASE_URL": f"sqlite:///{tmp_path / 'empty.db'}"}
    proc = subprocess.Popen([sys.executable, "-m", "dangan.cli", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        lines = [proc.stdout.readline() for _ in range(2)] if proc.stdout else []
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout:
            proc.stdout.close()
    assert f"127.0.0.1:{port}" in lines[0]
    assert "还没有网页用户" in lines[1] and "dangan user add" in lines[1] and "--password-stdin" in lines[1]
