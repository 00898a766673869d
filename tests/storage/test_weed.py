"""The embedded SeaweedFS wrapper and ``dangan up``/``down`` against the real ``weed`` binary."""

from __future__ import annotations

import io
import socket
import stat
from pathlib import Path

import pytest

from dangan.cli import main
from dangan.config import Settings, load_settings
from dangan.errors import ConfigError, ExternalProgramError, StoreUnavailable
from dangan.storage import objects, weed
from tests.conftest import free_port


def test_weed_binary_runs() -> None:
    assert weed.weed_version().startswith("version ")


def test_credentials_generated_once_and_private(data_env: Path) -> None:
    settings = load_settings()
    first = weed.embedded_credentials(settings)
    again = weed.embedded_credentials(settings)
    assert first == again
    assert len(first[0]) >= 16 and len(first[1]) >= 32
    path = data_env / "s3" / "credentials.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_credentials_from_environment(data_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DANGAN_S3_ACCESS_KEY", "envaccess123")
    monkeypatch.setenv("DANGAN_S3_SECRET_KEY", "envsecret1234567890")
    assert weed.embedded_credentials(load_settings()) == ("envaccess123", "envsecret1234567890")
    assert not (data_env / "s3" / "credentials.json").exists()
    monkeypatch.delenv("DANGAN_S3_SECRET_KEY")
    with pytest.raises(ConfigError):
        weed.embedded_credentials(load_settings())


def test_store_unavailable_when_nothing_listens(data_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DANGAN_S3_PORT", str(free_port()))
    with pytest.raises(StoreUnavailable, match="dangan up"):
        objects.get_client(load_settings())
    monkeypatch.setenv("DANGAN_S3_ENDPOINT", f"http://127.0.0.1:{free_port()}")
    monkeypatch.setenv("DANGAN_S3_ACCESS_KEY", "a" * 16)
    monkeypatch.setenv("DANGAN_S3_SECRET_KEY", "b" * 32)
    with pytest.raises(StoreUnavailable, match="DANGAN_S3_ENDPOINT"):
        objects.get_client(load_settings())
    assert main(["store", "selftest"]) == 4


def test_wrong_credentials_are_refused(s3_env: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DANGAN_S3_SECRET_KEY", "not-the-secret-at-all")
    with pytest.raises(StoreUnavailable, match="凭据"):
        objects.get_client(load_settings())


def test_port_taken_by_something_else(data_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        monkeypatch.setenv("DANGAN_S3_PORT", str(squatter.getsockname()[1]))
        with pytest.raises(ExternalProgramError, match="DANGAN_S3_PORT"):
            weed.start_embedded(load_settings(), timeout=10)
    assert weed.running_pid(load_settings()) is None


def test_up_and_down_via_cli(data_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    port = free_port()
    monkeypatch.setenv("DANGAN_S3_PORT", str(port))
    monkeypatch.delenv("DANGAN_S3_ENDPOINT", raising=False)
    settings = load_settings()
    try:
        assert main(["up"]) == 0
        out = capsys.readouterr().out
        assert f"127.0.0.1:{port}" in out
        pid = weed.running_pid(settings)
        assert pid is not None
        assert (data_env / "s3" / "weed.pid").read_text().strip() == str(pid)
        assert stat.S_IMODE((data_env / "s3" / "identities.json").stat().st_mode) == 0o600
        client = objects.get_client(settings)
        for name in objects.BUCKETS:
            assert client.bucket_exists(settings.bucket(name))
        assert main(["up"]) == 0  # idempotent: answers already
        assert weed.running_pid(settings) == pid
        assert main(["store", "selftest"]) == 0
        assert "通过" in capsys.readouterr().out
    finally:
        assert main(["down"]) == 0
    assert weed.running_pid(settings) is None
    assert not (data_env / "s3" / "weed.pid").exists()
    with pytest.raises(StoreUnavailable):
        objects.get_client(settings)
    assert main(["down"]) == 0  # nothing running: still fine
    assert "未在运行" in capsys.readouterr().out


def test_start_timeout_reports_log_and_leaves_nothing_running(data_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DANGAN_S3_PORT", str(free_port()))
    settings = load_settings()
    with pytest.raises(ExternalProgramError, match="dangan starts weed mini"):
        weed.start_embedded(settings, timeout=0)
    assert weed.running_pid(settings) is None
    assert not weed.pid_file(settings).exists()


def test_bad_port_is_a_config_error(data_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DANGAN_S3_PORT", "70000")
    assert main(["up"]) == 2


def test_up_and_down_with_external_store(s3_env: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["up"]) == 0
    assert s3_env.s3_endpoint is not None and s3_env.s3_endpoint in capsys.readouterr().out
    assert main(["down"]) == 0
    assert "无需停止" in capsys.readouterr().out
    assert objects.get_client(s3_env).bucket_exists(s3_env.bucket("originals"))


def test_many_buckets_each_get_volumes(s3_env: Settings) -> None:
    """Each bucket is a SeaweedFS collection with its own volumes; with the disk-derived default
    (free GB) a test worker ran out after 76 buckets and every write answered HTTP 500."""
    client = objects.get_client(s3_env)
    names = [s3_env.bucket(f"many{i:03d}") for i in range(100)]
    for name in names:
        client.make_bucket(name)
        client.put_object(name, "probe.txt", io.BytesIO(b"probe"), 5)
    try:
        assert all(client.get_object(name, "probe.txt").read() == b"probe" for name in names)
    finally:
        for name in names:
            client.remove_object(name, "probe.txt")
            client.remove_bucket(name)
