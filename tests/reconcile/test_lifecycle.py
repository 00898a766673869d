"""Findings across runs: fixed → resolved, new → open, came back → reopened; manual resolution; queries."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from dangan.cli import main
from dangan.errors import InvalidData, NotFound
from dangan.reconcile.compare import finding
from dangan.reconcile.lifecycle import fingerprint, query_findings, resolve_finding, store_run
from dangan.storage.db import Event, Finding, ReconcileRun, session_scope

from .conftest import make_id

A, B = "工业橡胶20130006", "工业橡胶20130007"


def f_income(paper: int = 2350, electronic: int = 2800) -> dict[str, Any]:
    return finding(A, "工业橡胶", "mismatch", "本人月平均收入", paper, electronic, "纸质与电子不一致")


def f_member() -> dict[str, Any]:
    return finding(A, "工业橡胶", "mismatch", "家庭成员[王梅].月收入", 1500, 1800)


def f_material() -> dict[str, Any]:
    return finding(B, "富春", "missing_material", "公示证明", None, None, "缺失")


def f_id() -> dict[str, Any]:
    return finding(B, "富春", "rule", "身份证号", None, make_id(), "校验码错误", rule="id_invalid")


def run(findings: list[dict[str, Any]], households: set[str] = frozenset({A, B})) -> Any:  # type: ignore[assignment]
    with session_scope() as s:
        return store_run(s, findings, rules="hangzhou", households=households, actor="tester")


def by_field() -> dict[str, dict[str, Any]]:
    return {r["field"]: r for r in query_findings(reveal_ids=True)}


def test_fingerprint_is_stable_and_distinguishes_rules() -> None:
    assert fingerprint(f_income()) == fingerprint(f_income(1, 2))
    other = {**f_id(), "rule": "duplicate_id"}
    assert fingerprint(other) != fingerprint(f_id())


def test_lifecycle_across_runs(db_env: str) -> None:
    s1 = run([f_income(), f_member(), f_material()])
    assert (s1.new, s1.resolved, s1.reopened, s1.open_total) == (3, 0, 0, 3)

    # run 2: the income was fixed, a new ID problem appeared, the rest remains
    s2 = run([f_member(), f_material(), f_id()])
    assert (s2.new, s2.resolved, s2.reopened, s2.still_open) == (1, 1, 0, 2)
    rows = by_field()
    assert rows["本人月平均收入"]["status"] == "resolved" and rows["本人月平均收入"]["resolution"] == "复查已消除"
    assert rows["身份证号"]["status"] == "open" and rows["身份证号"]["first_run_id"] == s2.run_id

    # run 3: the income gap came back
    s3 = run([f_income(2350, 2900), f_member(), f_material(), f_id()])
    assert (s3.new, s3.reopened, s3.resolved) == (0, 1, 0)
    row = by_field()["本人月平均收入"]
    assert row["status"] == "open" and row["reopened"] == 1 and row["resolution"] is None
    assert row["electronic"] == 2900 and row["first_run_id"] == s1.run_id and row["last_run_id"] == s3.run_id

    # a run over one household only never resolves the other household's findings
    s4 = run([], households={A})
    assert s4.resolved == 2
    assert {r["field"] for r in query_findings(status="open")} == {"公示证明", "身份证号"}
    with session_scope() as s:
        assert len(s.scalars(select(ReconcileRun)).all()) == 4
        assert len(s.scalars(select(Event).where(Event.event_type == "reconciled")).all()) == 4


def test_manual_resolution_and_accepted_findings_stay_closed(db_env: str) -> None:
    run([f_income(), f_material()])
    ids = {r["field"]: r["id"] for r in query_findings()}
    with session_scope() as s:
        row = resolve_finding(s, ids["本人月平均收入"], resolution="按现状接受", actor="王会计", note="核实无误")
        assert row["resolved_by"] == "王会计" and row["resolution"] == "按现状接受"
        resolve_finding(s, ids["公示证明"], resolution="纸质已改正", actor="王会计")
        with pytest.raises(InvalidData):
            resolve_finding(s, ids["公示证明"], resolution="随便", actor="x")
        with pytest.raises(NotFound):
            resolve_finding(s, 99999, resolution="纸质已改正", actor="x")
    s2 = run([f_income(), f_material()])  # both still there
    rows = by_field()
    assert rows["本人月平均收入"]["status"] == "resolved"  # accepted as is, values unchanged
    assert rows["公示证明"]["status"] == "open" and rows["公示证明"]["reopened"] == 1  # claimed fixed, still missing
    assert s2.reopened == 1
    with session_scope() as s:
        ev = s.scalars(select(Event).where(Event.event_type == "resolved")).all()
        assert [(e.actor, e.detail["resolution"]) for e in ev] == [("王会计", "按现状接受"), ("王会计", "纸质已改正")]


def test_query_filters_and_masking(db_env: str) -> None:
    run([f_income(), f_member(), f_material(), f_id()])
    assert {r["field"] for r in query_findings(unit="富春")} == {"公示证明", "身份证号"}
    assert [r["field"] for r in query_findings(kind="missing_material")] == ["公示证明"]
    assert [r["field"] for r in query_findings(field="月收入")] == ["家庭成员[王梅].月收入"]
    assert len(query_findings(status="open")) == 4 and query_findings(status="resolved") == []
    assert len(query_findings(since=datetime.now(UTC) - timedelta(hours=1))) == 4
    assert query_findings(since=(datetime.now(UTC) + timedelta(days=1)).date()) == []
    masked = next(r for r in query_findings(kind="rule"))
    assert masked["electronic"] == make_id()[:6] + "********" + make_id()[-4:]
    assert next(r for r in query_findings(kind="rule", reveal_ids=True))["electronic"] == make_id()


def test_cli_findings_and_resolve(db_env: str, capsys: pytest.CaptureFixture[str], tmp_path: Any) -> None:
    run([f_income(), f_material()])
    capsys.readouterr()
    assert main(["findings", "--kind", "mismatch", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["field"] for r in rows] == ["本人月平均收入"]
    assert main(["resolve", str(rows[0]["id"]), "--resolution", "电子已改正", "--actor", "李"]) == 0
    assert "已处理: 电子已改正 by 李" in capsys.readouterr().out
    assert main(["findings", "--status", "resolved", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "电子已改正" in out and out.splitlines()[0].startswith("id,单位,职工编号")
    assert main(["findings", "--format", "xlsx", "--out", str(tmp_path / "f.xlsx")]) == 0
    assert (tmp_path / "f.xlsx").stat().st_size > 0
    assert main(["resolve", "99999", "--resolution", "电子已改正", "--actor", "李"]) == 7
    with session_scope() as s:
        assert s.scalars(select(Finding)).all()
