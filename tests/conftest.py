"""Shared fixtures: a private data directory and a real database per test (SQLite always, PostgreSQL when it answers).

Stage-specific fixtures live in ``tests/<stage>/conftest.py``; the embedded SeaweedFS server is started
once per test worker by the ``s3_server`` fixture below.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")

PG_HOST, PG_PORT = "127.0.0.1", 5432
PG_ADMIN_URL = f"postgresql+psycopg://postgres@{PG_HOST}:{PG_PORT}/test"


def postgres_answers() -> bool:
    try:
        with socket.create_connection((PG_HOST, PG_PORT), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database: a SQLite file, or a throw-away PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'dangan.db'}"
        return
    if not postgres_answers():
        pytest.skip("PostgreSQL is not answering on 127.0.0.1:5432")
    from sqlalchemy import create_engine, text

    name = f"dangan_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = f"postgresql+psycopg://postgres@{PG_HOST}:{PG_PORT}/{name}"
    try:
        yield url
    finally:
        from dangan.storage.db import _engine_for

        _engine_for(url).dispose()
        _engine_for.cache_clear()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'dangan.db'}"


@pytest.fixture
def data_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sqlite_url: str) -> Path:
    """Point DANGAN_DATA_DIR and DANGAN_DATABASE_URL at this test's own directory."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    monkeypatch.setenv("DANGAN_DATA_DIR", str(data_dir))
    monkeypatch.setenv("DANGAN_DATABASE_URL", sqlite_url)
    return data_dir


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One temporary Prefect server per test worker (Prefect's own test harness)."""
    from prefect.testing.utilities import prefect_test_harness

    # 300 s like a command's temporary server (dangan.commands.prefect_env): CI once saw 120 s run out at load 10
    with prefect_test_harness(server_startup_timeout=300):
        yield


# -- object storage (storage stage): one real SeaweedFS per test worker ---------------------------

import dataclasses  # noqa: E402  (appended section: the top of this file belongs to everyone)

from dangan.config import Settings  # noqa: E402


def free_port() -> int:
    """A TCP port nobody listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclasses.dataclass(frozen=True)
class S3Server:
    endpoint: str  # host:port, no scheme
    access_key: str
    secret_key: str
    data_dir: Path


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3Server]:
    """One ``weed mini`` per pytest-xdist worker: free port, own data dir, stopped at session end."""
    from dangan.config import load_settings
    from dangan.errors import ExternalProgramError
    from dangan.storage import weed

    data_dir = tmp_path_factory.mktemp("seaweedfs")
    base = dataclasses.replace(
        load_settings(), data_dir=data_dir, s3_endpoint=None, s3_access_key=None, s3_secret_key=None
    )
    for attempt in range(3):  # another process may grab the free port between probe and bind
        settings = dataclasses.replace(base, embedded_s3_port=free_port())
        try:
            endpoint, access, secret = weed.start_embedded(settings, die_with_parent=True)
            break
        except ExternalProgramError:
            weed.stop_embedded(settings)
            if attempt == 2:
                raise
    try:
        yield S3Server(endpoint=endpoint, access_key=access, secret_key=secret, data_dir=data_dir)
    finally:
        weed.stop_embedded(settings)


@pytest.fixture
def s3_env(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, s3_server: S3Server
) -> Settings:
    """Environment for one test against the worker's SeaweedFS: endpoint, credentials and a unique
    bucket prefix (``t<8 hex>-``), buckets created; DANGAN_DATA_DIR/DATABASE_URL as in ``data_env``.
    Returns the Settings."""
    from dangan.config import load_settings
    from dangan.storage import objects

    if (tmp_path / "data").exists():  # a stage fixture made the data dir already: same env as data_env
        monkeypatch.setenv("DANGAN_DATA_DIR", str(tmp_path / "data"))
        monkeypatch.setenv("DANGAN_DATABASE_URL", request.getfixturevalue("sqlite_url"))
    else:
        request.getfixturevalue("data_env")
    monkeypatch.setenv("DANGAN_S3_ENDPOINT", f"http://{s3_server.endpoint}")
    monkeypatch.setenv("DANGAN_S3_ACCESS_KEY", s3_server.access_key)
    monkeypatch.setenv("DANGAN_S3_SECRET_KEY", s3_server.secret_key)
    monkeypatch.setenv("DANGAN_BUCKET_PREFIX", f"t{uuid.uuid4().hex[:8]}-")
    settings = load_settings()
    objects.ensure_buckets(objects.get_client(settings), settings)
    return settings
