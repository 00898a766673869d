"""Issue 11 in the web view: names and masked IDs on the archive page, Chinese states, 北京时间,
log-in failures kept as keyed hashes only, throttling per address and per user, Secure cookies."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from dangan.storage.db import Document, Event, ExtractedField, Household, session_scope

from .conftest import PASSWORD, UNIT_A, World

UNNAMED = "工业橡胶20130099"
ID_NEW = "330102198003040018"


def _login(world: World, username: str, *, base_url: str = "http://testserver") -> TestClient:
    client = TestClient(world.app(), base_url=base_url)
    r = client.post("/login", data={"username": username, "password": PASSWORD}, follow_redirects=False)
    assert r.status_code == 303
    return client


def _unnamed_household(world: World) -> None:
    """As ingest leaves it: a household row from the folder name only; 姓名/身份证号 come from OCR."""
    with session_scope(world.settings) as s:
        hh = Household(archive_no=UNNAMED, unit=UNIT_A)
        s.add(hh)
        s.flush()
        doc = Document(sha256="f" * 64, object_key="originals/x.png", size=1, media_type="image/png",
                       original_name="建档申请表.png", unit=UNIT_A, household_id=hh.id, doc_type="建档申请表",
                       pages=1, status="extracted", created_at=datetime(2026, 11, 2, 1, 12, tzinfo=UTC))
        s.add(doc)
        s.flush()
        s.add_all([ExtractedField(document_id=doc.id, label="姓名", value="王五", confidence=0.99),
                   ExtractedField(document_id=doc.id, label="身份证号", value=ID_NEW, confidence=0.99)])


def test_archive_page_has_name_masked_id_chinese_status_and_beijing_time(world: World) -> None:
    _unnamed_household(world)
    html = _login(world, "shenji").get(f"/archives/{UNNAMED}").text
    assert '<dd id="name">王五</dd>' in html
    assert "330102********0018" in html and ID_NEW not in html
    assert "已识别" in html and ">extracted<" not in html
    assert "2026-11-02 09:12" in html and "01:12" not in html  # stored 01:12 UTC
    assert "北京时间" in html
    admin = _login(world, "guanli").get(f"/archives/{UNNAMED}").text
    assert ID_NEW in admin  # administrators see it whole (seed 000 第十七条)


def test_failed_login_keeps_no_typed_name(world: World) -> None:
    client = TestClient(world.app())
    typed = "330102199001012318"  # people type their ID number or password into the name field
    assert client.post("/login", data={"username": typed, "password": "x"}).status_code == 401
    with session_scope(world.settings) as s:
        events = s.scalars(select(Event).where(Event.event_type == "login")).all()
        stored = [repr((e.actor, e.detail)) for e in events]
    assert stored and not any(typed in text for text in stored)
    assert any("hmac:" in text for text in stored)
    # the same typed name twice gives the same hash: repeated attempts stay visible
    client.post("/login", data={"username": typed, "password": "y"})
    with session_scope(world.settings) as s:
        hashes = [e.detail.get("username_hash") for e in s.scalars(
            select(Event).where(Event.event_type == "login", Event.outcome == "failure"))]
    assert len(hashes) == 2 and hashes[0] == hashes[1]


def test_throttle_per_address_and_per_user(world: World) -> None:
    app = world.app()
    client = TestClient(app)
    for i in range(20):  # one address trying many names
        assert client.post("/login", data={"username": f"guess{i}", "password": "x"}).status_code == 401
    r = client.post("/login", data={"username": "shenji", "password": PASSWORD})
    assert r.status_code == 429  # the address is paused, even with a right password
    other = TestClient(app, client=("10.0.0.9", 5000))
    # per user: a user locked by failures from one address is still locked from another
    for _ in range(5):
        other.post("/login", data={"username": "guanli", "password": "nope"})
    third = TestClient(app, client=("10.0.0.10", 5000))
    assert third.post("/login", data={"username": "guanli", "password": PASSWORD}).status_code == 429


def test_session_cookie_secure_over_https_only(world: World) -> None:
    r = TestClient(world.app(), base_url="https://testserver").post(
        "/login", data={"username": "shenji", "password": PASSWORD}, follow_redirects=False)
    cookie = r.headers["set-cookie"].lower()
    assert "dangan_session=" in cookie and "secure" in cookie and "httponly" in cookie
    r = TestClient(world.app()).post("/login", data={"username": "shenji", "password": PASSWORD},
                                     follow_redirects=False)
    assert "secure" not in r.headers["set-cookie"].lower()


def test_illustrative_dibao_flagged_on_cover_and_beside_tier_findings(
        world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from dangan.cli import main
    from dangan.storage.db import Finding, ReconcileRun

    with session_scope(world.settings) as s:
        s.add(ReconcileRun(rules="hangzhou"))
        s.add(Finding(fingerprint="t1", archive_no="富阳富春20130125", unit="富阳富春", kind="rule", field="困难类别",
                      paper=2100.5, electronic="低保边缘户", detail="（总收入−必要支出）/12/人口 = 2100.50 元，超过 2 倍低保标准 917 元"))
    html = _login(world, "shenji").get("/findings", params={"kind": "rule"}).text
    assert "低保标准为示例参数" in html
    monkeypatch.setenv("DANGAN_DATA_DIR", str(world.settings.data_dir))
    monkeypatch.setenv("DANGAN_DATABASE_URL", world.settings.database_url)
    assert main(["report", "--out", str(tmp_path / "r.xlsx"), "--html", str(tmp_path / "r.html")]) == 0
    cover = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "杭州市工会困难职工建档规则" in cover and "003_" in cover and "低保标准为示例参数" in cover
    from dangan.commands import reconcile

    monkeypatch.setattr(reconcile.console, "_width", 160)
    capsys.readouterr()
    assert main(["findings", "--kind", "rule", "--format", "table"]) == 0
    assert "示例参数" in capsys.readouterr().out


def test_file_names_with_bidi_controls_are_shown_defused(world: World) -> None:
    with session_scope(world.settings) as s:
        doc = s.get(Document, world.ids["doc"])
        assert doc is not None
        doc.original_name = "\u202egnp.exe"  # would display as exe.png
    html = _login(world, "shenji").get("/archives/工业橡胶20130006").text
    assert "_gnp.exe" in html and "\u202e" not in html
