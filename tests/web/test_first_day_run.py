"""The first day, end to end, as a new user has it: ``./dev demo`` (one household, its own data
directory, store port and output folder), then an auditor logs in with the account the demo printed,
in Debian chromium, and walks findings → archive → access register.

Afterwards every table and bucket the project wrote is scanned for 18-digit ID numbers (check digit
and birth date valid) and bank-card numbers (Luhn): none may be there, except in the originals and
the tables that hold field values by design (extracted_fields, corrections, findings,
electronic_records, and readings_to_verify — readings of fields awaiting a person).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from dangan.config import Settings, load_settings
from dangan.schemas.display import DOC_STATUS_LABELS, EVENT_LABELS
from dangan.schemas.validators import is_valid_id_number, luhn_valid
from dangan.storage.db import Base, Document, Event, get_engine, session_scope

from ..conftest import free_port
from .conftest import CHROMEDRIVER, CHROMIUM, serve

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.xdist_group("prefect-stack"),  # a whole stack of its own: not beside another one
    pytest.mark.skipif(not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()),
                       reason="Debian chromium/chromedriver not installed"),
]

DEV = Path(__file__).resolve().parents[2] / "dev"
DEMO_TIMEOUT_S = 1800
MARK = "DANGAN_TEST_PROCESS_MARK"
BY_DESIGN = {"extracted_fields", "corrections", "findings", "electronic_records", "readings_to_verify"}
_ID_RUN = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_CARD_RUN = re.compile(r"(?<![0-9A-Za-z])\d{16,19}(?![0-9A-Za-z])")


@dataclass
class Demo:
    settings: Settings
    corpus: Path
    out: Path
    printed: str  # what ./dev demo printed
    password: str  # demo-auditor's, as printed


def _sensitive(text: str) -> list[str]:
    ids = [m for m in _ID_RUN.findall(text) if is_valid_id_number(m)]
    cards = [m for m in _CARD_RUN.findall(text) if luhn_valid(m) and m not in ids and m.startswith("62")]
    return ids + cards


def _demo_env(tmp_path: Path) -> dict[str, str]:
    """Only what the demo is told: its data dir, store port, output folder, one household (no setting of
    the test run leaks in: no external store, bucket prefix, database or Prefect URL)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DANGAN_", "PREFECT_"))}
    env.update(DANGAN_DATA_DIR=str(tmp_path / "data"), DANGAN_S3_PORT=str(free_port()),
               DEMO_OUT=str(tmp_path / "out"), DEMO_HOUSEHOLDS="1", PREFECT_SERVER_ANALYTICS_ENABLED="false")
    env[MARK] = uuid.uuid4().hex  # every process of the demo's stack inherits it: none is left after the test
    return env


def _stop(env: dict[str, str]) -> None:
    dangan = DEV.parent / ".venv" / "bin" / "dangan"
    subprocess.run([str(dangan), "down"], env=env, capture_output=True, timeout=300, check=False)
    for proc in psutil.process_iter():
        try:
            if proc.environ().get(MARK) == env[MARK]:
                proc.kill()
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Demo]:
    """``./dev demo`` as a new user runs it; its stack stopped afterwards (``dangan down``)."""
    stamp, project = DEV.parent / ".venv" / ".dangan-installed", DEV.parent / "pyproject.toml"
    if not stamp.exists() or stamp.stat().st_mtime < project.stat().st_mtime:
        pytest.skip("./dev setup has not run since pyproject.toml changed: the demo would reinstall packages")
    env = _demo_env(tmp_path)
    try:
        run = subprocess.run([str(DEV), "demo"], env=env, capture_output=True, text=True,
                             timeout=DEMO_TIMEOUT_S, check=False)
        assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
        printed = run.stdout
        match = re.search(r"demo-auditor\s+password: (\S+)", printed)
        assert match, printed[-2000:]
        for key in [k for k in os.environ if k.startswith(("DANGAN_", "PREFECT_API"))]:
            monkeypatch.delenv(key)
        monkeypatch.setenv("DANGAN_DATA_DIR", env["DANGAN_DATA_DIR"])
        monkeypatch.setenv("DANGAN_S3_PORT", env["DANGAN_S3_PORT"])
        out = Path(env["DEMO_OUT"])
        yield Demo(settings=load_settings(), corpus=out / "corpus", out=out, printed=printed,
                   password=match.group(1))
    finally:
        _stop(env)


def _walk_first_day(d: Any, base: str, password: str) -> str:
    """Log in → findings → an archive → the register; returns the archive's 职工编号."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(d, 15)
    d.get(f"{base}/")
    wait.until(ec.url_contains("/login"))
    d.find_element(By.ID, "username").send_keys("demo-auditor")
    d.find_element(By.ID, "password").send_keys(password)
    d.find_element(By.ID, "login-submit").click()
    wait.until(ec.presence_of_element_located((By.ID, "findings")))
    assert int(d.find_element(By.ID, "total").text) > 0
    link = d.find_element(By.CSS_SELECTOR, '#findings a[href^="/archives/"]')
    archive_no = link.text
    link.click()
    name = wait.until(ec.presence_of_element_located((By.ID, "name"))).text
    assert name and "未识别" not in name  # 姓名 from the paper or the electronic record
    id_text = d.find_element(By.ID, "id-number").text
    d.save_screenshot("/tmp/dangan_first_day_archive.png")
    assert re.fullmatch(r"\d{6}\*{8}\d{3}[\dX]", id_text), id_text
    page = d.find_element(By.TAG_NAME, "main").text
    assert "北京时间" in page and ("已入库" in page or "已识别" in page)
    for english in ("extracted", "stored", "viewed", "success"):
        assert english not in page, english
    d.find_element(By.ID, "nav-register").click()
    wait.until(ec.presence_of_element_located((By.ID, "register")))
    register = d.find_element(By.ID, "register").text
    assert "demo-auditor" in register and archive_no in register and "档案" in register
    return archive_no


def _scan_database(settings: Settings) -> dict[str, list[str]]:
    leaks: dict[str, list[str]] = {}
    engine = get_engine(settings)
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in BY_DESIGN:
                continue
            for row in conn.execute(table.select()):
                found = _sensitive(json.dumps([str(v) for v in row], ensure_ascii=False))
                if found:
                    leaks.setdefault(f"table {table.name}", []).extend(found)
    return leaks


def _scan_buckets(settings: Settings) -> dict[str, list[str]]:
    from dangan.storage import objects

    client = objects.get_client(settings)
    leaks: dict[str, list[str]] = {}
    for bucket in ("inbox", "derived", "quarantine"):
        for key in objects.list_keys(client, settings, bucket):
            resp = client.get_object(settings.bucket(bucket), key)
            try:
                found = _sensitive(key + "\n" + resp.read().decode("latin-1"))
            finally:
                resp.close()
                resp.release_conn()
            if found:
                leaks.setdefault(f"bucket {bucket}", []).extend(found)
    return leaks


def test_first_day_in_the_browser_and_no_personal_numbers_outside_their_tables(
        demo: Demo, browser: Any) -> None:
    from dangan.web.app import create_app

    assert (demo.out / "demo-auditor.password").read_text(encoding="utf-8").strip() == demo.password
    assert (demo.out / "report.html").exists() and (demo.out / "report.xlsx").exists()
    app = create_app(demo.settings)
    with serve(app) as base:
        _walk_first_day(browser, base, demo.password)
    with session_scope(demo.settings) as s:  # every state the demo left has its Chinese name
        statuses = set(s.scalars(select(Document.status).distinct()))
        events = set(s.scalars(select(Event.event_type).distinct()))
    assert "extracted" in statuses and statuses <= set(DOC_STATUS_LABELS), statuses
    assert {"stored", "extracted", "reconciled", "viewed"} <= events <= set(EVENT_LABELS), events
    # a failed log-in where someone typed their ID number as the user name
    typed = next(iter(_ID_RUN.findall((demo.corpus / "truth.jsonl").read_text(encoding="utf-8"))))
    TestClient(app).post("/login", data={"username": typed, "password": "x"})

    leaks = _scan_database(demo.settings)
    buckets = _scan_buckets(demo.settings)
    leaks.update(buckets)  # derived included: its OCR text and result JSON are masked
    assert not leaks, {k: sorted(set(v))[:3] for k, v in leaks.items()}
