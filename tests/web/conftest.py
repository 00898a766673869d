"""Fixtures of the web stage: a real database with two units, three users and a scanned form.

The scan is stored as a locked original in the worker's real SeaweedFS (``s3_env``), so the crop
route reads it exactly as in production.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw, ImageFont
from sqlalchemy import select

from dangan.config import Settings, load_settings
from dangan.storage.db import Document, ExtractedField, Finding, Household, session_scope
from dangan.web.auth import add_user

CJK_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
PASSWORD = "correct-horse-9"
UNIT_A, UNIT_B = "工业橡胶", "富阳富春"
ARCHIVE_A, ARCHIVE_B = "工业橡胶20130006", "富阳富春20130125"
ID_A, ID_A_ELEC = "330102199001012318", "330102199001012326"
INCOME_BOX = [300, 140, 620, 220]


def make_scan(media_type: str = "image/png") -> bytes:
    """A small application form: the income written where the extracted box says it was read."""
    img = Image.new("RGB", (1000, 420), "white")
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(CJK_FONT, 44)
    draw.text((30, 30), "杭州市工会困难职工建档申请表", fill="black", font=font)
    draw.text((30, 150), "本人月收入", fill="black", font=font)
    draw.text((INCOME_BOX[0] + 20, INCOME_BOX[1] + 10), "2350 元", fill="black", font=font)
    draw.text((30, 300), "身份证号 330102199001012318", fill="black", font=font)
    buf = io.BytesIO()
    if media_type == "application/pdf":
        img.save(buf, format="PDF", resolution=300)  # 300 dpi: page pixels == rendered pixels
    else:
        img.save(buf, format="PNG")
    return buf.getvalue()


@dataclass
class World:
    settings: Settings
    ids: dict[str, int] = field(default_factory=dict)
    originals: dict[str, bytes] = field(default_factory=dict)  # object key -> bytes, as uploaded

    def app(self) -> Any:
        from dangan.web.app import create_app

        return create_app(self.settings, secret_key="test-secret")


def seed(settings: Settings, media_type: str = "image/png") -> tuple[dict[str, int], dict[str, bytes]]:
    scan = make_scan(media_type)
    sha = hashlib.sha256(scan).hexdigest()
    ext = "pdf" if media_type == "application/pdf" else "png"
    key = f"originals/{UNIT_A}/{ARCHIVE_A}/{sha}.{ext}"
    ids: dict[str, int] = {}
    with session_scope(settings) as s:
        ha = Household(archive_no=ARCHIVE_A, unit=UNIT_A, name="张三", id_number=ID_A)
        hb = Household(archive_no=ARCHIVE_B, unit=UNIT_B, name="李四", id_number="330183198502023413")
        s.add_all([ha, hb])
        s.flush()
        doc = Document(sha256=sha, object_key=key, version_id=None, size=len(scan), media_type=media_type,
                       original_name=f"01_建档申请表.{ext}", unit=UNIT_A, household_id=ha.id,
                       doc_type="建档申请表", pages=1, status="extracted")
        s.add(doc)
        s.flush()
        s.add_all([
            ExtractedField(document_id=doc.id, label="本人月平均收入", value=2350, confidence=0.93, page=0,
                           bbox=INCOME_BOX),
            ExtractedField(document_id=doc.id, label="身份证号", value=ID_A, confidence=0.99, page=0,
                           bbox=[30, 290, 900, 360]),
        ])
        f_income = Finding(fingerprint="a1", archive_no=ARCHIVE_A, unit=UNIT_A, kind="mismatch",
                           field="本人月平均收入", paper=2350, electronic=2530, detail="纸电不一致",
                           document_id=doc.id, created_at=datetime(2026, 11, 1, tzinfo=UTC))
        f_id = Finding(fingerprint="a2", archive_no=ARCHIVE_A, unit=UNIT_A, kind="mismatch", field="身份证号",
                       paper=ID_A, electronic=ID_A_ELEC, detail=f"电子档案为 {ID_A_ELEC}", document_id=doc.id,
                       created_at=datetime(2026, 11, 1, tzinfo=UTC))
        f_pub = Finding(fingerprint="a3", archive_no=ARCHIVE_A, unit=UNIT_A, kind="missing_material",
                        field="公示证明", detail="缺少公示证明", created_at=datetime(2026, 11, 20, tzinfo=UTC))
        f_b = Finding(fingerprint="b1", archive_no=ARCHIVE_B, unit=UNIT_B, kind="rule", field="家庭月人均收入",
                      paper=900, electronic=900, detail="超过低保标准2倍",
                      created_at=datetime(2026, 11, 20, tzinfo=UTC))
        s.add_all([f_income, f_id, f_pub, f_b])
        s.flush()
        for name, role, unit in (("shenji", "auditor", None), ("xiangjiao", "unit_staff", UNIT_A),
                                 ("guanli", "admin", None)):
            add_user(s, name, role=role, unit=unit, password=PASSWORD, actor="test")
        ids.update(doc=doc.id, household_a=ha.id, household_b=hb.id, income=f_income.id, id=f_id.id,
                   pub=f_pub.id, b=f_b.id)
    return ids, {key: scan}


def _settings(tmp_path: Path, database_url: str) -> Settings:
    data_dir = tmp_path / "data"
    data_dir.mkdir(exist_ok=True)
    return dataclasses.replace(load_settings(), data_dir=data_dir, database_url=database_url)


def _upload(request: pytest.FixtureRequest, world: World) -> None:
    """Put the originals into the worker's real SeaweedFS, locked, as ingest does."""
    from dangan.storage import objects

    s3_settings: Settings = request.getfixturevalue("s3_env")
    world.settings = dataclasses.replace(s3_settings, data_dir=world.settings.data_dir,
                                         database_url=world.settings.database_url)
    client = objects.get_client(world.settings)
    tmp = world.settings.data_dir / "upload"
    tmp.mkdir(exist_ok=True)
    for key, data in world.originals.items():
        path = tmp / key.rsplit("/", 1)[1]
        path.write_bytes(data)
        media = "application/pdf" if key.endswith(".pdf") else "image/png"
        version = objects.put_original(client, world.settings, key, path, media)
        with session_scope(world.settings) as s:
            for doc in s.scalars(select(Document).where(Document.object_key == key)):
                doc.version_id = version


@pytest.fixture
def world(tmp_path: Path, sqlite_url: str) -> World:
    """Database only: enough for roles, masking, filters and the access register."""
    w = World(settings=_settings(tmp_path, sqlite_url))
    w.ids, w.originals = seed(w.settings)
    return w


@pytest.fixture
def world_s3(request: pytest.FixtureRequest, world: World) -> World:
    """The same, with the scan stored as a locked original in the real SeaweedFS (for crops)."""
    _upload(request, world)
    return world


@pytest.fixture
def world_any_db(tmp_path: Path, database_url: str) -> World:
    """The same world on SQLite and on PostgreSQL (masking and roles must not depend on the database)."""
    w = World(settings=_settings(tmp_path, database_url))
    w.ids, w.originals = seed(w.settings)
    return w


def _free_port_for_tests() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# -- a real uvicorn server and a real browser (Debian chromium + chromedriver), shared by browser tests --

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


@contextlib.contextmanager
def serve(app: Any) -> Iterator[str]:
    """Run ``app`` under uvicorn on a free port in a thread; yields the base URL."""
    import uvicorn

    port = _free_port_for_tests()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def browser() -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="dangan-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", f"--user-data-dir={profile}", "--window-size=1280,1000", "--lang=zh-CN"):
        options.add_argument(arg)
    # an explicit driver path: selenium-manager is never asked to download anything
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(20)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
