"""A real browser (Debian chromium + chromedriver) on the readings to verify: a reading is listed apart
with its crop, a person confirms it in review (the ``dangan review`` command the row names), reconciliation
runs again and the finding appears."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from dangan.cli import build_app
from dangan.flows.reconcile import reconcile_task
from dangan.storage.db import Correction, session_scope

from .conftest import CHROMEDRIVER, CHROMIUM, World
from .test_browser import _login, server  # noqa: F401 (the uvicorn fixture)
from .test_verify import make_reading

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()),
                       reason="Debian chromium/chromedriver not installed"),
]
SCREENSHOT = Path("/tmp/dangan_web_verify.png")


def test_browser_confirm_reading_then_finding_appears(
    world_s3: World, server: str, browser: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path  # noqa: F811
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    world, d = world_s3, browser
    make_reading(world, monkeypatch, tmp_path)
    wait = WebDriverWait(d, 10)  # type: ignore[arg-type]
    _login(d, server, "shenji")
    d.get(f"{server}/findings?field=本人月平均收入&status=open")  # type: ignore[attr-defined]
    wait.until(ec.presence_of_element_located((By.ID, "findings")))
    assert d.find_element(By.ID, "total").text == "0"  # type: ignore[attr-defined]

    d.get(f"{server}/verify")  # type: ignore[attr-defined]
    table = wait.until(ec.presence_of_element_located((By.ID, "readings")))
    row = next(r for r in table.find_elements(By.CSS_SELECTOR, "tr.reading") if "本人月平均收入" in r.text)
    assert "2350" in row.text and "2530" in row.text
    assert "电子档案未包含" in d.find_element(By.ID, "coverage").text  # type: ignore[attr-defined]
    img = row.find_element(By.CSS_SELECTOR, "img.crop")
    wait.until(lambda drv: drv.execute_script("return arguments[0].complete && arguments[0].naturalWidth", img))
    assert d.execute_script("return arguments[0].naturalWidth", img) > 300  # type: ignore[attr-defined]
    d.save_screenshot(str(SCREENSHOT))  # type: ignore[attr-defined]

    # the reviewer does what the row says (复核方式: dangan review confirm <文档> <字段> --by …)
    hint = row.text[row.text.index("dangan review confirm"):].split()
    document, label = int(hint[3]), hint[4]
    assert (document, label) == (world.ids["doc"], "本人月平均收入")
    done = CliRunner().invoke(build_app(), ["review", "confirm", str(document), label, "--by", "审核员"])
    assert done.exit_code == 0, done.output
    with session_scope(world.settings) as s:  # kept as a person's confirmation (who, when)
        assert s.scalars(select(Correction).where(Correction.document_id == document)).one().actor == "审核员"
    reconcile_task.fn("hangzhou", None, None, "test", "2014-01-02")

    d.get(f"{server}/verify")  # type: ignore[attr-defined]
    table = wait.until(ec.presence_of_element_located((By.ID, "readings")))
    assert "本人月平均收入" not in table.text
    d.get(f"{server}/findings?field=本人月平均收入&status=open")  # type: ignore[attr-defined]
    wait.until(ec.presence_of_element_located((By.ID, "findings")))
    assert d.find_element(By.ID, "total").text == "1"  # type: ignore[attr-defined]
    rows = d.find_elements(By.CSS_SELECTOR, "#findings tr.finding")  # type: ignore[attr-defined]
    assert len(rows) == 1 and "2350" in rows[0].text and "2530" in rows[0].text
