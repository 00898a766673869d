"""Issue 11 at the command line: the findings table in Chinese and readable at 80 columns, times with
their offset in JSON/CSV, and an unknown or broken rule set as one line naming the sets available."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dangan.cli import main
from dangan.storage.db import Finding, session_scope

from .conftest import ARCHIVE_A, UNIT_A, World

MEMBERS = [{"姓名": "王小明", "关系": "子", "身份证号": "330102201001012314", "月收入": 0},
           {"姓名": "李芳", "关系": "妻", "月收入": 1800}]


@pytest.fixture
def cli_world(world: World, monkeypatch: pytest.MonkeyPatch) -> World:
    monkeypatch.setenv("DANGAN_DATA_DIR", str(world.settings.data_dir))
    monkeypatch.setenv("DANGAN_DATABASE_URL", world.settings.database_url)
    with session_scope(world.settings) as s:
        s.add(Finding(fingerprint="m1", archive_no=ARCHIVE_A, unit=UNIT_A, kind="mismatch", field="家庭成员",
                      paper=MEMBERS, electronic=MEMBERS[:1], detail="家庭成员不一致：纸质档案多 李芳",
                      created_at=datetime(2026, 11, 3, 1, 12, tzinfo=UTC)))
    return world


def _run(capsys: pytest.CaptureFixture[str], *args: str, width: int | None = None,
         monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[int, str, str]:
    if width is not None and monkeypatch is not None:
        monkeypatch.setenv("COLUMNS", str(width))
        from dangan.commands import reconcile

        monkeypatch.setattr(reconcile.console, "_width", width)
    capsys.readouterr()
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_findings_table_is_chinese_and_readable_at_80_columns(
        cli_world: World, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = _run(capsys, "findings", "--format", "table", width=80, monkeypatch=monkeypatch)
    assert code == 0
    lines = out.splitlines()
    assert all(len(line) <= 80 * 2 for line in lines)  # CJK cells are two columns wide
    from rich.cells import cell_len

    assert max(cell_len(line) for line in lines) <= 80
    for english in ("kind", "mismatch", "open", "status", "paper"):
        assert english not in out
    assert "类型" in out and "不一致" in out and "待整改" in out and "缺少材料" in out
    # every heading whole on one line, and no cell cut into 2–5 character fragments
    header = next(line for line in lines if "职工编号" in line)
    assert all(h in header for h in ("编号", "类型", "字段", "说明", "状态"))
    assert ARCHIVE_A in out  # the 16-character 职工编号 in one piece
    code, wide, _ = _run(capsys, "findings", "--format", "table", width=160, monkeypatch=monkeypatch)
    assert "纸质档案" in wide and "姓名：王小明" in wide and '{"姓名"' not in wide
    assert "330102201001012314" not in wide and "330102********" in wide


def test_machine_output_times_carry_their_offset(cli_world: World, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "findings", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    stamps = [r["created_at"] for r in rows]
    assert stamps and all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00", s) for s in stamps)
    assert "2026-11-03T09:12:00+08:00" in stamps
    code, out, _ = _run(capsys, "findings", "--format", "csv")
    created = [r["created_at"] for r in csv.DictReader(io.StringIO(out))]
    assert created and all(s.endswith("+08:00") for s in created)


def test_unknown_or_broken_rule_set_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DANGAN_DATA_DIR", str(tmp_path / "data"))
    xlsx = tmp_path / "e.xlsx"
    xlsx.write_bytes(b"")
    code, _, err = _run(capsys, "reconcile", "--electronic", str(xlsx), "--rules", "beijing", "--no-store")
    assert code == 2 and "未知的规则集" in err and "hangzhou" in err and "national" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    broken = tmp_path / "mine.toml"
    broken.write_text('name = "mine"\nversion = "1"\nsource = "x"\ncause_wording = "nowhere"\n', encoding="utf-8")
    code, _, err = _run(capsys, "reconcile", "--electronic", str(xlsx), "--rules", str(broken), "--no-store")
    assert code == 2 and "规则集文件不合规" in err and "mine.toml" in err and "hangzhou" in err
    assert len(err.strip().splitlines()) == 1


def test_review_list_and_extract_mask_ids_unless_an_admin_asks(
        cli_world: World, capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy import select

    from dangan.commands.extract import _masked
    from dangan.storage.db import Event

    from .conftest import ID_A

    code, out, _ = _run(capsys, "review", "list", "--threshold", "1.0")
    assert code == 0 and "身份证号" in out and ID_A not in out and "330102********2318" in out
    code, out, _ = _run(capsys, "review", "list", "--threshold", "1.0", "--json")
    assert code == 0 and ID_A not in out
    code, _, err = _run(capsys, "review", "list", "--threshold", "1.0", "--reveal-ids")
    assert code == 8 and "--role admin" in err
    code, out, _ = _run(capsys, "review", "list", "--threshold", "1.0", "--reveal-ids", "--role", "admin")
    assert code == 0 and ID_A in out
    with session_scope(cli_world.settings) as s:
        used = s.scalars(select(Event).where(Event.event_type == "ids-revealed")).all()
        assert [e.detail["command"] for e in used] == ["review list"]
    code, _, err = _run(capsys, "extract", "nothing.png", "--reveal-ids")
    assert code == 8
    result = {"file": "x.png", "doc_type": "身份证", "pages": 1,
              "fields": {"身份证号": ID_A, "银行卡号": "6222021234567890128", "备注": f"号码 {ID_A}"},
              "members": [{"姓名": "王小明", "身份证号": "330102201001012314"}], "confidence": {}}
    text = json.dumps(_masked(result), ensure_ascii=False)
    assert ID_A not in text and "6222021234567890128" not in text and "330102201001012314" not in text
    assert "王小明" in text and "622202" in text


def test_extract_leaves_no_process_behind(tmp_path: Path) -> None:
    """`dangan extract` with worker processes: once it exits, nothing of its session is still running."""
    import os
    import subprocess
    import sys
    import time

    from .conftest import make_scan

    for i in range(3):
        (tmp_path / f"scan{i}.png").write_bytes(make_scan())
    env = {**os.environ, "DANGAN_DATA_DIR": str(tmp_path / "data")}
    proc = subprocess.Popen([sys.executable, "-m", "dangan.cli", "extract", str(tmp_path), "--engine", "null",
                             "--workers", "2"], env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    deadline = time.monotonic() + 10  # a child may take a moment to notice its parent is gone
    while True:
        left = subprocess.run(["pgrep", "-a", "-s", str(proc.pid)], capture_output=True, text=True).stdout
        if not left.strip() or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert not left.strip(), f"processes left in the session of dangan extract: {left}"


def test_findings_reveal_ids_only_for_admins_and_logged(cli_world: World, capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy import select

    from dangan.storage.db import Event

    from .conftest import ID_A

    code, out, _ = _run(capsys, "findings", "--format", "json")
    assert code == 0 and ID_A not in out
    code, _, err = _run(capsys, "findings", "--format", "json", "--reveal-ids")
    assert code == 8 and "--role admin" in err
    code, out, _ = _run(capsys, "findings", "--format", "json", "--reveal-ids", "--role", "admin")
    assert code == 0 and ID_A in out
    with session_scope(cli_world.settings) as s:
        assert [e.detail["command"] for e in s.scalars(select(Event).where(Event.event_type == "ids-revealed"))] \
            == ["findings"]
