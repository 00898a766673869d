"""Fixtures of the reconcile tests: valid ID numbers, a small electronic export, a database per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from dangan.schemas.validators import id_check_digit


def make_id(region: str = "330102", born: str = "19800101", seq: str = "231") -> str:
    """A valid 身份证号 (seq's last digit odd = 男, even = 女)."""
    first17 = region + born + seq
    return first17 + id_check_digit(first17)


def bad_check_digit(number: str) -> str:
    return number[:-1] + ("0" if number[-1] != "0" else "1")


def write_export(path: Path, households: list[dict[str, Any]], members: list[dict[str, Any]]) -> Path:
    with pd.ExcelWriter(path) as w:
        pd.DataFrame(households).to_excel(w, sheet_name="档案", index=False)
        pd.DataFrame(members or [{"职工编号": None}]).to_excel(w, sheet_name="家庭成员", index=False)
    return path


@pytest.fixture
def db_env(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """DANGAN_* pointing at this test's directory and database (SQLite, and PostgreSQL when it answers)."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    monkeypatch.setenv("DANGAN_DATA_DIR", str(data_dir))
    monkeypatch.setenv("DANGAN_DATABASE_URL", database_url)
    yield database_url
