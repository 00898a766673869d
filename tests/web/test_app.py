"""Roles, 属地管理, masking, the crop of the scan and the access register, through FastAPI's TestClient."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from PIL import Image
from sqlalchemy import select

from dangan.storage.db import Event, session_scope
from dangan.web.crop import crop_png

from .conftest import (
    ARCHIVE_A,
    ARCHIVE_B,
    ID_A,
    ID_A_ELEC,
    INCOME_BOX,
    PASSWORD,
    UNIT_A,
    UNIT_B,
    World,
    make_scan,
)

MASKED_A = "330102********2318"


def login(world: World, username: str) -> TestClient:
    client = TestClient(world.app())
    r = client.post("/login", data={"username": username, "password": PASSWORD, "next": "/findings"},
                    follow_redirects=False)
    assert r.status_code == 303, r.text
    return client


def viewed(world: World) -> list[Event]:
    with session_scope(world.settings) as s:
        return list(s.scalars(select(Event).where(Event.event_type == "viewed").order_by(Event.id)))


def test_pages_need_login_and_wrong_password_is_refused(world: World) -> None:
    client = TestClient(world.app())
    r = client.get("/findings", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login?next=")
    r = client.post("/login", data={"username": "shenji", "password": "wrong-password"})
    assert r.status_code == 401 and "用户名或密码错误" in r.text
    r = client.post("/login", data={"username": "nobody", "password": "x"})
    assert r.status_code == 401
    r = client.post("/login", data={"username": "shenji", "password": PASSWORD, "next": "//evil.example"},
                    follow_redirects=False)
    assert r.headers["location"] == "/findings"  # no open redirect


def test_auditor_sees_all_units_with_masked_ids_and_counts(world_any_db: World) -> None:
    client = login(world_any_db, "shenji")
    r = client.get("/findings")
    assert r.status_code == 200
    assert UNIT_A in r.text and UNIT_B in r.text
    assert ID_A not in r.text and ID_A_ELEC not in r.text and MASKED_A in r.text
    assert 'id="total">4<' in r.text
    r = client.get("/findings", params={"unit": UNIT_A, "kind": "mismatch"})
    assert 'id="total">2<' in r.text and 'id="count-mismatch">2<' in r.text and ARCHIVE_B not in r.text
    r = client.get("/findings", params={"since": "2026-11-15"})
    assert 'id="total">2<' in r.text
    r = client.get("/findings", params={"field": "公示证明"})
    assert 'id="total">1<' in r.text and 'id="count-missing_material">1<' in r.text
    r = client.get(f"/archives/{ARCHIVE_A}")
    assert r.status_code == 200 and MASKED_A in r.text and ID_A not in r.text


def test_admin_sees_full_ids(world_any_db: World) -> None:
    client = login(world_any_db, "guanli")
    r = client.get(f"/findings/{world_any_db.ids['id']}")
    assert r.status_code == 200 and ID_A in r.text and ID_A_ELEC in r.text
    assert ID_A in client.get(f"/archives/{ARCHIVE_A}").text


def test_unit_staff_only_own_unit(world: World) -> None:
    client = login(world, "xiangjiao")
    r = client.get("/findings")
    assert 'id="total">3<' in r.text and ARCHIVE_B not in r.text
    for url in (f"/archives/{ARCHIVE_B}", f"/findings/{world.ids['b']}", f"/findings/{world.ids['b']}/crop.png",
                f"/findings?unit={UNIT_B}"):
        r = client.get(url)
        assert r.status_code == 403, url
        assert "属地管理" in r.text and UNIT_A in r.text
    assert client.get(f"/archives/{ARCHIVE_A}").status_code == 200
    refused = [e for e in viewed(world) if e.outcome == "failure"]
    assert len(refused) == 4 and all(e.actor == "xiangjiao" for e in refused)
    assert any(e.household_id == world.ids["household_b"] for e in refused)


def test_views_are_registered_as_events(world: World) -> None:
    client = login(world, "shenji")
    before = len(viewed(world))
    assert client.get(f"/archives/{ARCHIVE_A}").status_code == 200
    assert client.get(f"/findings/{world.ids['income']}").status_code == 200
    events = viewed(world)[before:]
    assert [e.detail["page"] for e in events] == ["档案", "问题"]
    assert all(e.actor == "shenji" and e.outcome == "success" for e in events)
    assert events[0].household_id == world.ids["household_a"]
    assert events[1].document_id == world.ids["doc"] and events[1].household_id == world.ids["household_a"]
    # the finding page lists the document's history, including the view just made
    r = client.get(f"/findings/{world.ids['income']}")
    assert 'id="doc-history"' in r.text and "查阅" in r.text and "viewed" not in r.text


def test_finding_page_shows_crop_next_to_electronic_value(world_s3: World) -> None:
    world = world_s3
    client = login(world, "shenji")
    r = client.get(f"/findings/{world.ids['income']}")
    assert f'src="/findings/{world.ids["income"]}/crop.png"' in r.text
    assert 'id="electronic-value">2530<' in r.text
    r = client.get(f"/findings/{world.ids['income']}/crop.png")
    assert r.status_code == 200 and r.headers["content-type"] == "image/png"
    img = Image.open(io.BytesIO(r.content))
    x0, y0, x1, y1 = INCOME_BOX
    assert img.size == (x1 - x0 + 120, y1 - y0 + 120)  # the box plus a 60-pixel margin
    # a finding with no document and no readable field: 404 page, not a crash
    assert client.get(f"/findings/{world.ids['b']}/crop.png").status_code == 404


def test_crop_of_a_pdf_is_rasterised_at_300_dpi() -> None:
    png = crop_png(make_scan("application/pdf"), "application/pdf", 0, INCOME_BOX)
    img = Image.open(io.BytesIO(png))
    assert img.size == (440, 200)
    # the region holds dark text pixels (the income), not an empty corner of the page
    assert min(img.convert("L").getdata()) < 100


def test_crop_of_a_poster_sized_pdf_page_renders_only_the_region() -> None:
    """A scanner that wrote a 72-dpi page size: extraction shrank the page, the boxes follow it."""
    from dangan.web.crop import MAX_PAGE_PIXELS, fit_scale

    buf = io.BytesIO()
    Image.new("RGB", (2000, 2000), "white").save(buf, format="PDF", resolution=20)  # 7200 x 7200 pt
    scale = fit_scale(7200, 7200)
    assert (7200 * scale) ** 2 <= MAX_PAGE_PIXELS * 1.001
    img = Image.open(io.BytesIO(crop_png(buf.getvalue(), "application/pdf", 0, [1000, 1000, 1300, 1100])))
    assert img.size == (420, 220)


def test_the_view_is_read_only(world: World) -> None:
    app = world.app()
    writes = sorted(r.path for r in app.routes
                    if set(getattr(r, "methods", None) or ()) - {"GET", "HEAD"})
    assert writes == ["/login", "/logout"]
    client = login(world, "guanli")
    r = client.post(f"/findings/{world.ids['income']}")
    assert r.status_code == 405


def test_logout_ends_the_session(world: World) -> None:
    client = login(world, "shenji")
    assert client.post("/logout", follow_redirects=False).status_code == 303
    assert client.get("/findings", follow_redirects=False).status_code == 303


@pytest.mark.parametrize("archive", ["不存在的档案"])
def test_unknown_archive_is_a_chinese_404(world: World, archive: str) -> None:
    r = login(world, "shenji").get(f"/archives/{archive}")
    assert r.status_code == 404 and "未找到" in r.text


def test_member_field_crop_and_electronic_record_masked(world_s3: World) -> None:
    """A member's finding finds the row of that member; the archive page masks IDs in the export."""
    world = world_s3
    from dangan.storage.db import ElectronicImport, ElectronicRecord, ExtractedField, Finding

    with session_scope(world.settings) as s:
        s.add_all([
            ExtractedField(document_id=world.ids["doc"], member_index=0, label="姓名", value="王五",
                           confidence=0.9, page=0, bbox=[0, 0, 10, 10]),
            ExtractedField(document_id=world.ids["doc"], member_index=0, label="月收入", value=800,
                           confidence=0.9, page=0, bbox=[30, 20, 230, 100]),
        ])
        member = Finding(fingerprint="m1", archive_no=ARCHIVE_A, unit=UNIT_A, kind="mismatch",
                         field="家庭成员[王五].月收入", paper=800, electronic=900, document_id=world.ids["doc"])
        imp = ElectronicImport(source="e.xlsx", sha256="0" * 64)
        s.add_all([member, imp])
        s.flush()
        s.add(ElectronicRecord(import_id=imp.id, archive_no=ARCHIVE_A, unit=UNIT_A,
                               data={"姓名": "张三", "身份证号": ID_A_ELEC},
                               members=[{"姓名": "王五", "身份证号": "3301021990"}]))
        member_id = member.id
    client = login(world, "shenji")
    crop = Image.open(io.BytesIO(client.get(f"/findings/{member_id}/crop.png").content))
    assert crop.size == (230 + 60, 100 + 60)  # the member row's box, clipped at the top-left corner
    page = client.get(f"/archives/{ARCHIVE_A}").text
    assert ID_A_ELEC not in page and "330102********2326" in page
    assert "3301021990" not in page  # a short, misread ID under 身份证号 is masked too


def test_cli_user_add(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from dangan.cli import build_app
    from dangan.storage.db import User
    from dangan.web.auth import verify_password

    monkeypatch.setenv("DANGAN_DATA_DIR", str(world.settings.data_dir))
    monkeypatch.setenv("DANGAN_DATABASE_URL", world.settings.database_url)
    app = build_app()
    r = CliRunner().invoke(app, ["user", "add", "fuyang", "--role", "unit_staff", "--unit", UNIT_B,
                                 "--password-stdin"], input="another-secret-1\n")
    assert r.exit_code == 0, r.output
    assert f"已添加用户 fuyang：单位经办人，{UNIT_B}" in r.output and "unit_staff" not in r.output
    with session_scope(world.settings) as s:
        user = s.scalar(select(User).where(User.username == "fuyang"))
        assert user is not None and user.unit == UNIT_B and user.role == "unit_staff"
        assert user.password_hash.startswith("scrypt$") and verify_password("another-secret-1", user.password_hash)
    r = CliRunner().invoke(app, ["user", "add", "x", "--role", "unit_staff", "--password-stdin"],
                           input="another-secret-1\n")
    assert r.exit_code != 0  # unit staff without a unit


def test_login_is_throttled_and_pages_carry_security_headers(world: World) -> None:
    client = TestClient(world.app())
    for _ in range(5):
        assert client.post("/login", data={"username": "shenji", "password": "nope"}).status_code == 401
    r = client.post("/login", data={"username": "shenji", "password": PASSWORD})
    assert r.status_code == 429 and "登录失败次数过多" in r.text
    other = login(world, "guanli")  # other users are not locked out
    r = other.get("/findings")
    assert r.headers["cache-control"] == "no-store" and r.headers["x-frame-options"] == "DENY"
    assert "default-src 'self'" in r.headers["content-security-policy"]


def test_access_register_page(world: World) -> None:
    staff = login(world, "xiangjiao")
    staff.get(f"/archives/{ARCHIVE_A}")
    staff.get(f"/archives/{ARCHIVE_B}")  # refused, and registered as refused
    assert staff.get("/register").status_code == 403
    r = login(world, "shenji").get("/register", params={"actor": "xiangjiao"})
    assert r.status_code == 200
    assert 'id="register-total">2<' in r.text  # the own archive, and the refusal
    assert ARCHIVE_A in r.text and ARCHIVE_B in r.text and "被拒绝" in r.text
    r = login(world, "shenji").get("/register", params={"actor": "xiangjiao", "outcome": "failure"})
    assert 'id="register-total">1<' in r.text


def test_password_change_ends_old_sessions(world: World) -> None:
    from dangan.web.auth import add_user

    client = login(world, "shenji")
    assert client.get("/findings", follow_redirects=False).status_code == 200
    with session_scope(world.settings) as s:
        add_user(s, "shenji", role="auditor", password="a-new-password-2", actor="test")
    assert client.get("/findings", follow_redirects=False).status_code == 303


def test_field_filter_offers_labels_and_matches_member_fields(world: World) -> None:
    from dangan.storage.db import Finding, User
    from dangan.web.auth import hash_password

    with session_scope(world.settings) as s:
        s.add_all([
            Finding(fingerprint="m2", archive_no=ARCHIVE_A, unit=UNIT_A, kind="mismatch",
                    field="家庭成员[王五].月收入", paper=800, electronic=900),
            Finding(fingerprint="m3", archive_no=ARCHIVE_A, unit=UNIT_A, kind="missing_material",
                    field="身份证[王五]"),
        ])
        s.add(User(username="nounit", password_hash=hash_password(PASSWORD), role="unit_staff", unit=None))
    client = login(world, "shenji")
    page = client.get("/findings").text
    assert '<option value="月收入"' in page and '<option value="身份证"' in page
    assert "家庭成员[王五].月收入</option>" not in page
    assert 'id="total">1<' in client.get("/findings", params={"field": "月收入"}).text
    assert 'id="total">1<' in client.get("/findings", params={"field": "身份证"}).text
    assert 'id="total">1<' in client.get("/findings", params={"field": "身份证号"}).text
    # a unit staff account without a unit (made behind the CLI's back) sees nothing at all
    r = login(world, "nounit").get("/findings")
    assert r.status_code == 403 and "未指定单位" in r.text


def test_crop_of_a_pdf_original_from_the_store(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """A PDF original in SeaweedFS is rasterised at 300 dpi and cut at the stored box."""
    from .conftest import _settings, _upload, seed

    pdf_world = World(settings=_settings(tmp_path, f"sqlite:///{tmp_path / 'pdf.db'}"))
    pdf_world.ids, pdf_world.originals = seed(pdf_world.settings, media_type="application/pdf")
    _upload(request, pdf_world)
    r = login(pdf_world, "shenji").get(f"/findings/{pdf_world.ids['income']}/crop.png")
    assert r.status_code == 200
    img = Image.open(io.BytesIO(r.content))
    assert img.size == (440, 200) and min(img.convert("L").getdata()) < 100
