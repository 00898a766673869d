"""`dangan ingest / watch / verify / status` end to end, through the real console entry point."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from dangan.cli import main
from dangan.commands.ingest import inbox_keys_for
from dangan.config import Settings
from dangan.errors import InvalidData
from dangan.storage import objects

from .conftest import ARCHIVE, UNIT, Drop, household_key, inbox_keys, sample_bytes


def _status(capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert main(["status", "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_keys_for_a_folder_keep_unit_and_archive(tmp_path: Path) -> None:
    scans = tmp_path / "scans"
    (scans / UNIT / ARCHIVE).mkdir(parents=True)
    (scans / UNIT / ARCHIVE / "01.png").write_bytes(b"x")
    (scans / "loose.png").write_bytes(b"x")
    (scans / ".hidden").write_bytes(b"x")
    (scans / "truth.jsonl").write_bytes(b"{}")  # not a scan: left out of a folder walk
    keys = {k for _, k in inbox_keys_for([scans], None, None)}
    assert keys == {f"{UNIT}/{ARCHIVE}/01.png", "loose.png"}
    keys = {k for _, k in inbox_keys_for([scans / UNIT / ARCHIVE / "01.png"], "U", "A1")}
    assert keys == {"U/A1/01.png"}
    with pytest.raises(InvalidData):
        list(inbox_keys_for([scans], "U", None))


@pytest.mark.xdist_group("prefect")  # one worker starts the Prefect test server
def test_ingest_status_verify_watch(
    s3_env: Settings, tmp_path: Path, drop: Drop, capsys: pytest.CaptureFixture[str], prefect_harness: None
) -> None:
    scans = tmp_path / "demo" / "scans"
    (scans / UNIT / ARCHIVE).mkdir(parents=True)
    (scans / UNIT / ARCHIVE / "01_建档申请表.png").write_bytes(sample_bytes("ok.png"))
    (scans / UNIT / ARCHIVE / "02_收入证明.pdf").write_bytes(sample_bytes("encrypted.pdf"))
    single = tmp_path / "scan.jpg"
    single.write_bytes(sample_bytes("ok.jpg"))

    assert main(["ingest", str(scans)]) == 3  # a file was quarantined: a script must see it
    captured = capsys.readouterr()
    out = captured.out
    assert "已入库" in out and "已隔离" in out and "PDF 文件已加密" in out
    assert "1 个文件未入库" in captured.err and "Traceback" not in captured.err
    assert main(["ingest", str(single), "--unit", UNIT, "--archive", "工业橡胶20130099"]) == 0

    status = _status(capsys)
    assert status["documents"] == 2 and status["households"] == 2 and status["unlinked_documents"] == 0
    assert status["quarantined"] == 1 and "已加密" in status["quarantine"][0]["reason"]
    assert main(["status"]) == 0
    shown = capsys.readouterr().out
    from dangan.schemas.display import DOC_STATUS_LABELS

    # people read Chinese statuses: a label of each status shown, never the raw key as a cell
    assert any(zh in shown for zh in DOC_STATUS_LABELS.values())
    assert not any(f"│ {key} " in shown for key in DOC_STATUS_LABELS), shown

    assert main(["verify", "--sample", "1"]) == 0
    assert "正常 2" in capsys.readouterr().out

    # the watcher picks up a drop (two polls: one to see it, one to see it unchanged)
    drop(household_key("03.tif"), sample_bytes("ok.tif"))
    assert main(["watch", "--once", "--interval", "0.1"]) == 0
    assert "03.tif" in capsys.readouterr().out and inbox_keys(s3_env) == []
    assert _status(capsys)["documents"] == 3

    # a forged new version makes verify fail with one line and exit code 10
    client = objects.get_client(s3_env)
    key = objects.list_keys(client, s3_env, "originals", f"originals/{UNIT}/{ARCHIVE}/")[0]
    client.put_object(s3_env.bucket("originals"), key, io.BytesIO(b"forged"), 6)
    assert main(["verify"]) == int(InvalidData.exit_code)
    captured = capsys.readouterr()
    assert "出现新版本" in captured.out
    assert "固定性检查发现 1 个问题" in captured.err and "Traceback" not in captured.err


def test_errors_are_one_line(s3_env: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(tmp_path / "nope")]) == 3
    err = capsys.readouterr().err
    assert "找不到文件或目录" in err and "Traceback" not in err and err.startswith("错误")  # rich may wrap it
    assert main(["status", "--format", "xml"]) == int(InvalidData.exit_code)
    assert main(["verify", "--sample", "1.5"]) == int(InvalidData.exit_code)
    err = capsys.readouterr().err
    assert "Traceback" not in err and "抽查比例" in err


@pytest.mark.xdist_group("prefect")
def test_awkward_folder_every_file_stored_quarantined_or_skipped(
    s3_env: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str], prefect_harness: None
) -> None:
    """Odd names kept (name as metadata), symlinks out of the folder and unsupported images listed."""
    from sqlalchemy import select

    from dangan.storage.db import Document, session_scope

    scans = tmp_path / "scans"
    home = scans / UNIT / ARCHIVE
    home.mkdir(parents=True)
    odd = ["my scan 01.png", "a+b?c&d#e.png", "tab\there.png", "two\nlines.png", "\u202egnp.jpg"]
    payloads = [sample_bytes("ok.png"), *(_variant(i) for i in range(1, 4)), sample_bytes("ok.jpg")]
    for name, data in zip(odd, payloads, strict=True):
        (home / name).write_bytes(data)
    (home / "passwd.png").symlink_to("/etc/passwd")
    for ext in ("gif", "bmp", "webp"):
        (home / f"photo.{ext}").write_bytes(b"GIF89a" if ext == "gif" else b"BM....")
    (scans / "notes.txt").write_text("x", encoding="utf-8")

    from dangan.commands import ingest as ingest_cmd

    ingest_cmd.console._width = 200  # whole paths on one line, for the asserts below
    try:
        assert main(["ingest", str(scans), "--no-extract"]) == 0
    finally:
        ingest_cmd.console._width = None
    out = capsys.readouterr().out
    for reason in ("符号链接指向所选目录之外", "不支持的图像格式 .gif", ".bmp", ".webp", "不是扫描件"):
        assert reason in out, reason
    assert "passwd.png" in out and "photo.gif" in out and "notes.txt" in out
    with session_scope(s3_env) as s:
        names = {d.original_name: d.object_key for d in s.scalars(select(Document))}
    assert set(odd) <= set(names)  # every odd name kept whole as the original's name
    assert all(k.startswith(f"originals/{UNIT}/{ARCHIVE}/") for k in names.values())
    client = objects.get_client(s3_env)
    stored = b"".join(client.get_object(s3_env.bucket("originals"), k).read() for k in names.values())
    assert b"root:" not in stored  # /etc/passwd never uploaded
    assert inbox_keys(s3_env) == []


def _variant(seed: int) -> bytes:
    """A distinct valid PNG (different bytes → a new original each)."""
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (64 + seed, 64), (seed * 40, 200, 200)).save(buf, format="PNG")
    return buf.getvalue()
