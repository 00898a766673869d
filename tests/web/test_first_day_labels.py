"""Every state and event the database can hold reaches people by its Chinese name, in every output.

The states are put into a real database (one document per document status, one event per event type
the code writes, one finding per kind and status), then ``dangan status``, ``dangan findings``,
``dangan report`` (XLSX and HTML) and the web pages are read as a person reads them. A copy of a name table in one output that falls behind the
others (a new status, a new event) shows the English code there, and fails here.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from dangan.cli import main
from dangan.reports.data import KIND_LABELS, STATUS_LABELS
from dangan.schemas.display import (
    DOC_STATUS_LABELS,
    EVENT_LABELS,
    HOUSEHOLD_STATUS_LABELS,
    OUTCOME_LABELS,
    VIEW_OUTCOME_LABELS,
)
from dangan.storage.db import Document, Finding, Household, record_event, session_scope

from .conftest import ARCHIVE_A, ARCHIVE_B, PASSWORD, UNIT_A, World

ROOT = Path(__file__).resolve().parents[2]
SOURCE_DIRS = ("dangan", "flows", "extractors", "reconcile", "reports", "storage", "web", "schemas")


def _literals(node: ast.expr) -> Iterator[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.IfExp):  # "user-added" if created else "user-updated"
        yield from _literals(node.body)
        yield from _literals(node.orelse)


def event_types_written() -> set[str]:
    """The event types the code passes to ``record_event``: what the event log can come to hold."""
    found: set[str] = set()
    for folder in SOURCE_DIRS:
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Call) and len(node.args) >= 2
                        and getattr(node.func, "id", getattr(node.func, "attr", None)) == "record_event"):
                    found.update(_literals(node.args[1]))
    return found


def _cells(html: str, table_id: str) -> list[str]:
    """The text of every cell of one table of a page."""
    body = html.split(f'id="{table_id}"', 1)[1].split("</table>", 1)[0]
    return [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", body, re.S)]


def _login(world: World, username: str) -> TestClient:
    client = TestClient(world.app())
    r = client.post("/login", data={"username": username, "password": PASSWORD}, follow_redirects=False)
    assert r.status_code == 303
    return client


@pytest.fixture
def every_state(world: World, monkeypatch: pytest.MonkeyPatch) -> World:
    """The seeded world plus a document in each status, an event of each type and outcome, a closed
    household and a finding of each kind in each status; the CLI pointed at the same database."""
    types = sorted(set(EVENT_LABELS) | event_types_written())
    with session_scope(world.settings) as s:
        ha = s.scalar(select(Household).where(Household.archive_no == ARCHIVE_A))
        hb = s.scalar(select(Household).where(Household.archive_no == ARCHIVE_B))
        assert ha is not None and hb is not None
        hb.status = "closed"
        for i, status in enumerate(DOC_STATUS_LABELS):
            s.add(Document(sha256=f"{i:064x}", object_key=f"originals/x/{i}.png", size=1, media_type="image/png",
                           original_name=f"{i:02d}_收入证明.png", unit=UNIT_A, household_id=ha.id,
                           doc_type="收入证明", pages=1, status=status))
        for outcome in OUTCOME_LABELS:
            for event_type in types:
                record_event(s, event_type, actor="labels-test", household_id=ha.id, outcome=outcome)
        for kind in KIND_LABELS:
            for status in STATUS_LABELS:
                s.add(Finding(fingerprint=f"{kind}-{status}", archive_no=ARCHIVE_A, unit=UNIT_A, kind=kind,
                              field="家庭人口", paper=3, electronic=4, detail="标签测试", status=status))
    monkeypatch.setenv("DANGAN_DATA_DIR", str(world.settings.data_dir))
    monkeypatch.setenv("DANGAN_DATABASE_URL", world.settings.database_url)
    return world


def test_the_event_log_can_hold_only_named_events() -> None:
    written = event_types_written()
    assert {"ingested", "stored", "viewed", "login"} <= written  # the scan finds the calls
    assert written <= set(EVENT_LABELS), sorted(written - set(EVENT_LABELS))


def test_dangan_status_names_every_document_status(every_state: World, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["status"]) == 0
    shown = capsys.readouterr().out
    for code, name in DOC_STATUS_LABELS.items():
        assert name in shown, (code, shown)
        assert f"│ {code} " not in shown, shown


# the CLI table caps its 类型 column at 16 cells (dangan/commands/reconcile.py, findings_table): the
# longest kind name, 纸质材料之间不一致 (18 cells), is cut to 纸质材料之间不 … at any terminal width
@pytest.mark.parametrize("kind", list(KIND_LABELS))
def test_dangan_findings_names_every_kind_and_status(
        every_state: World, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    capsys.readouterr()
    assert main(["findings", "--format", "table", "--kind", kind]) == 0
    shown = capsys.readouterr().out
    for code in [kind, *STATUS_LABELS]:
        assert not re.search(rf"\s{code}\s", shown), (code, shown)
    for name in [KIND_LABELS[kind], *STATUS_LABELS.values()]:
        assert name in shown, (name, shown)


def test_the_archive_page_names_every_state_and_event(every_state: World) -> None:
    client = _login(every_state, "shenji")
    html = client.get(f"/archives/{ARCHIVE_A}").text
    docs = _cells(html, "docs")
    for code, name in DOC_STATUS_LABELS.items():
        assert name in docs and code not in docs, code
    history = _cells(html, "history")
    for code in set(EVENT_LABELS) | event_types_written():
        assert EVENT_LABELS.get(code, code) in history and code not in history, code
    for code, name in OUTCOME_LABELS.items():
        assert name in history and code not in history, code
    findings = _cells(html, "archive-findings")
    for code, name in [*KIND_LABELS.items(), *STATUS_LABELS.items()]:
        assert name in findings and code not in findings, code
    closed = client.get(f"/archives/{ARCHIVE_B}").text
    assert re.search(rf"<dd>{HOUSEHOLD_STATUS_LABELS['closed']}", closed)
    assert re.search(rf"<dd>{HOUSEHOLD_STATUS_LABELS['open']}", html)


def test_the_findings_list_and_register_name_every_kind_status_and_outcome(every_state: World) -> None:
    client = _login(every_state, "shenji")
    listed = _cells(client.get("/findings").text, "findings")
    for code, name in [*KIND_LABELS.items(), *STATUS_LABELS.items()]:
        assert name in listed and code not in listed, code
    register = _cells(client.get("/register").text, "register")
    for code, name in VIEW_OUTCOME_LABELS.items():
        assert name in register and code not in register, code  # each view said as it happened


def test_the_reports_name_every_kind_and_status(every_state: World, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook

    from dangan.reports.xlsx import FINDINGS_SHEET

    xlsx, html = tmp_path / "report.xlsx", tmp_path / "report.html"
    assert main(["report", "--out", str(xlsx), "--html", str(html)]) == 0
    page = html.read_text(encoding="utf-8")
    listed = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(
        r"<td[^>]*>(.*?)</td>", page.split('<table class="findings">', 1)[1].split("</table>", 1)[0], re.S)]
    sheet = [str(c.value) for row in load_workbook(xlsx)[FINDINGS_SHEET].iter_rows() for c in row
             if c.value is not None]
    for cells in (listed, sheet):
        for code, name in [*KIND_LABELS.items(), *STATUS_LABELS.items()]:
            assert name in cells and code not in cells, code
