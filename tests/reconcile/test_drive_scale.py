"""A drive reconciled in batches finds exactly what one batch of everything finds (SQLite and PostgreSQL).

The drive is the benchmark's (``benchmarks/drive_scale.py``): synth households copied with fresh IDs, an
export with 2 % changed incomes and duplicate householder IDs 500 rows apart, papers inserted directly
for a share of households. Small here (300 households, batches of 50), the code path is the 100,000 one.
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import select

from dangan.flows.reconcile import paper_from_database, reconcile_task
from dangan.reconcile import electronic as electronic_mod
from dangan.reconcile.core import reconcile
from dangan.reconcile.electronic import import_electronic, latest_electronic, parse_electronic
from dangan.reconcile.lifecycle import _jsonable, fingerprint, split_outputs
from dangan.reconcile.ruleset import load
from dangan.storage.db import ElectronicRecord, Finding, ReadingToVerify, ReconcileRun, session_scope

N = 1200  # households in the export: the planted cross-batch duplicate sits at row 999 (and 499)
AS_OF = "2026-06-30"


def _bench() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "drive_scale.py"
    spec = importlib.util.spec_from_file_location("drive_scale", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("drive") / "export.xlsx"
    _bench().write_export(path, N, 5)
    return path


def _whole_drive() -> tuple[dict[str, tuple[Any, Any, str]], dict[str, tuple[Any, Any, str]]]:
    """Findings and readings to verify of one in-memory reconciliation of everything (the unbatched way)."""
    with session_scope() as s:
        paper = paper_from_database(s)
        electronic = latest_electronic(s)
    found, readings = split_outputs(reconcile(paper, electronic, load("hangzhou"), as_of=date.fromisoformat(AS_OF)))
    return ({fingerprint(f): _json((f["paper"], f["electronic"], f["detail"])) for f in found},
            {fingerprint({**r, "kind": "verify"}): _json((r["paper"], r["electronic"], r["detail"])) for r in readings})


def _stored() -> tuple[dict[str, tuple[Any, Any, str]], dict[str, tuple[Any, Any, str]]]:
    with session_scope() as s:
        found = {r.fingerprint: _json((r.paper, r.electronic, r.detail))
                 for r in s.scalars(select(Finding).where(Finding.status == "open"))}
        readings = {r.fingerprint: _json((r.paper, r.electronic, r.detail))
                    for r in s.scalars(select(ReadingToVerify).where(ReadingToVerify.status == "open"))}
    return found, readings


def test_batches_find_what_one_batch_of_everything_finds(db_env: str, export: Path, tmp_path: Path) -> None:
    report = import_electronic(export, actor="test")
    assert report.rows_ok == N and report.new == N
    papers = _bench().insert_scans(N, 5, 0.1)
    assert papers["households"] == N // 10 and papers["fields"] > 0

    summary = reconcile_task.fn("hangzhou", None, None, "test", AS_OF, batch_size=50)
    assert summary["households"] == N
    found, readings = _stored()
    whole_found, whole_readings = _whole_drive()
    assert set(found) == set(whole_found) and len(found) == summary["new"] == summary["open"]
    assert found == whole_found  # same values and wording, not only the same keys
    assert readings == whole_readings and summary["to_verify"] == len(readings)
    with session_scope() as s:
        dup = {r.archive_no for r in s.scalars(select(Finding).where(Finding.kind == "rule",
                                                                       Finding.detail.like("同一身份证号%")))}
        run = s.get(ReconcileRun, summary["run_id"])
        assert run is not None and run.households == N and run.findings_open == summary["open"]
    # the duplicate householder ID planted 500 rows apart lies in two different batches of 50: found in both
    nos = sorted(parse_electronic(export).records)
    assert len(dup) >= 2 and any(abs(nos.index(a) - nos.index(b)) > 50 for a in dup for b in dup)
    assert any(f[0] is not None and f[1] is not None for f in found.values())  # papers against the export

    # the same drive in one batch: nothing new, nothing resolved, the same open findings
    again = reconcile_task.fn("hangzhou", None, None, "test", AS_OF, batch_size=10_000)
    assert (again["new"], again["reopened"], again["resolved"], again["open"]) == (0, 0, 0, summary["open"])


def test_a_batch_resolves_only_its_own_households(db_env: str, export: Path, tmp_path: Path) -> None:
    import_electronic(export, actor="test")
    _bench().insert_scans(N, 5, 0.1)
    first = reconcile_task.fn("hangzhou", None, None, "test", AS_OF, batch_size=50)
    with session_scope() as s:
        target = s.scalars(select(Finding).where(Finding.kind == "mismatch",
                                                 Finding.field == "本人月平均收入")).first()
        assert target is not None, "the drive plants income differences on papered households"
        no, paper_value = target.archive_no, target.paper
        rec = s.scalars(select(ElectronicRecord).where(ElectronicRecord.archive_no == no)).one()
        fixed = {**rec.data, "本人月平均收入": paper_value}
    # the export's record of that household only is corrected, then the drive runs again in batches
    with session_scope() as s:
        s.execute(ElectronicRecord.__table__.update().where(ElectronicRecord.id == rec.id).values(data=fixed))
    second = reconcile_task.fn("hangzhou", None, None, "test", AS_OF, batch_size=50)
    assert second["resolved"] == 1 and second["new"] == 0 and second["open"] == first["open"] - 1
    with session_scope() as s:
        row = s.scalars(select(Finding).where(Finding.id == target.id)).one()
        assert row.status == "resolved" and row.resolution == "复查已消除"


def test_import_in_chunks_stores_what_the_whole_export_parses_to(
    db_env: str, export: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(electronic_mod, "IMPORT_CHUNK", 7)
    report = import_electronic(export, actor="test")
    parsed = parse_electronic(export)
    with session_scope() as s:
        stored = {r.archive_no: (r.unit, r.data, r.members) for r in s.scalars(select(ElectronicRecord))}
    assert len(stored) == report.rows_ok == len(parsed.records) == N
    assert stored == {no: (r["单位"], _json(r["data"]), _json(r["members"])) for no, r in parsed.records.items()}
    second = import_electronic(export, actor="test")
    assert (second.new, second.changed) == (0, 0)


def _json(value: Any) -> Any:
    import json

    return json.loads(json.dumps(_jsonable(value), ensure_ascii=False, default=str))
