"""Fixtures of the flows tests: an inbox to drop files into, against the real SeaweedFS and database."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from dangan.config import Settings
from dangan.storage import objects

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
UNIT = "工业橡胶"
ARCHIVE = "工业橡胶20130006"

Drop = Callable[..., str]


@pytest.fixture
def drop(s3_env: Settings) -> Drop:
    """Put bytes (or a sample file by name) into the inbox under ``key``; returns the key."""
    client = objects.get_client(s3_env)

    def _drop(key: str, data: bytes | None = None, *, sample: str | None = None) -> str:
        if sample is not None:
            data = (SAMPLES / sample).read_bytes()
        assert data is not None
        client.put_object(s3_env.bucket("inbox"), key, io.BytesIO(data), len(data))
        return key

    return _drop


def sample_bytes(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def household_key(name: str, unit: str = UNIT, archive: str = ARCHIVE) -> str:
    return f"{unit}/{archive}/{name}"


def inbox_keys(settings: Settings) -> list[str]:
    return objects.list_keys(objects.get_client(settings), settings, "inbox")
