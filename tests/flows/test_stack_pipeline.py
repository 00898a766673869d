"""The watched bucket is the product: scans dropped with an S3 client end up read and reconciled.

Against the real parts: SeaweedFS (``s3_env``), PostgreSQL (``database_url``), a real Prefect server
started by ``dangan.stack`` and a real process worker on the ``dangan`` pool running the deployments.
Nothing is called after the drop: the watcher deployment, ``run_deployment`` chaining and the claims
do the rest.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dangan import stack
from dangan.config import Settings, load_settings
from dangan.storage import db, objects

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("prefect-stack")]

HOUSEHOLDS = 6
DEADLINE_S = 900.0


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Six households, born-digital PDFs (the orchestration is tested, not OCR), with
    discrepancies planted in the electronic export so that reconciliation has findings to make."""
    from dangan.synth.generate import generate

    out = tmp_path_factory.mktemp("synth-stack")
    generate(out, HOUSEHOLDS, 21, formats=["pdf-text"], damage=False, workers=1, plant_rate=0.5, layouts="seen")
    return out


@pytest.fixture
def running_stack(s3_env: Settings, database_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A Prefect server, the deployments and one worker for this test's data dir; all stopped at the end."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from dangan.flows import deployments

    monkeypatch.setenv("DANGAN_DATABASE_URL", database_url)
    monkeypatch.setenv("DANGAN_OCR_WORKERS", "1")
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    settings = load_settings()
    db.get_engine(settings)
    try:
        url = stack.start_server(settings)
        with temporary_settings(updates={PREFECT_API_URL: url}):
            deployments.apply_deployments(ocr_slots=1)
            stack.start_worker(settings, url, 0)
            deployments.start("watch-inbox", {"interval": 1.0})
        yield url
    finally:
        import psutil

        state = json.loads(stack.state_file(settings).read_text(encoding="utf-8"))
        leaders = [state.get("server_pid"), *(w["pid"] for w in state.get("workers", []))]
        family = [psutil.Process(p) for p in leaders if p and psutil.pid_exists(p)]
        family += [c for p in list(family) for c in p.children(recursive=True)]
        stack.stop_prefect(settings)
        assert not [p.pid for p in family if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]  # none left
        # nor a run the worker started as it was stopped (the watcher's next standby: its own session)
        assert not stack.marked_processes(stack.worker_mark(settings, 0))


def _drop_all(settings: Settings, corpus: Path) -> int:
    """Each household's application form and first ID card (two papers each keep the test short; the
    missing ones become findings too), in two waves: the ID cards once the first form is stored, as
    staff go on uploading while the pipeline already works."""
    client = objects.get_client(settings)
    files = sorted(p for p in (corpus / "scans").rglob("*") if p.is_file() and p.name[:3] in ("01_", "02_"))
    deadline = time.monotonic() + DEADLINE_S
    for wave in ("01_", "02_"):
        for p in files:
            if p.name.startswith(wave):
                client.fput_object(settings.bucket("inbox"), p.relative_to(corpus / "scans").as_posix(), str(p))
        while wave == "01_" and not _progress()["by_status"]:
            assert time.monotonic() < deadline, "nothing stored"
            time.sleep(0.5)
    return len(files)


def _progress() -> dict[str, object]:
    with db.session_scope() as s:
        by_status = dict(s.execute(select(db.Document.status, func.count()).group_by(db.Document.status)).all())
        runs = s.scalar(select(func.coalesce(func.sum(db.ReconcileRun.households), 0))) or 0
        last_run = s.scalar(select(func.max(db.ReconcileRun.at)))
        last_read = s.scalar(select(func.max(db.Event.at)).where(db.Event.event_type == "extracted"))
    return {"by_status": by_status, "runs": runs, "last_run": last_run, "last_read": last_read}


def _runs(url: str) -> list[tuple[str, str, str, str]]:
    """The flow runs (flow, state, start, end) for the failure message."""
    from prefect import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: url}), get_client(sync_client=True) as client:
        flows = {f.id: f.name for f in client.read_flows()}
        return [(flows.get(r.flow_id, "?"), str(r.state.name if r.state else "?"), str(r.start_time)[11:19],
                 str(r.end_time)[11:19]) for r in client.read_flow_runs() if r.start_time]


def _ingesting_runs(url: str) -> list[dict[str, object]]:
    """Parameters of the ``ingest-batch`` runs that ingested keys, and how many hand-overs of keys each
    took by flow-run input (``_hand_overs``)."""
    from prefect import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from dangan.flows.deployments import STANDBY_INPUT

    with temporary_settings(updates={PREFECT_API_URL: url}), get_client(sync_client=True) as client:
        ids = {t.flow_run_id for t in client.read_task_runs() if t.name.startswith("ingest-objects")}
        return [{**client.read_flow_run(i).parameters,
                 "_hand_overs": len(client.filter_flow_run_input(i, STANDBY_INPUT, 100, set()))}
                for i in ids if i is not None]


def test_dropped_scans_are_ingested_read_and_reconciled_without_a_command(
    running_stack: str, s3_env: Settings, corpus: Path
) -> None:
    from dangan.reconcile.electronic import import_electronic

    import_electronic(corpus / "electronic.xlsx", actor="test")
    n_files = _drop_all(load_settings(), corpus)

    deadline = time.monotonic() + DEADLINE_S
    while True:
        p = _progress()
        done = p["by_status"] == {"extracted": n_files}
        # every household reconciled (runs go by unit: their households add up), the last after the last read
        if done and p["runs"] >= HOUSEHOLDS and p["last_run"] >= p["last_read"]:  # type: ignore[operator]
            break
        assert time.monotonic() < deadline, f"pipeline did not finish: {p}; runs: {_runs(running_stack)}"
        time.sleep(2)

    settings = load_settings()
    assert objects.list_keys(objects.get_client(settings), settings, "inbox") == []
    planted = [json.loads(x) for x in (corpus / "planted.jsonl").read_text(encoding="utf-8").splitlines() if x]
    with db.session_scope() as s:
        # every original read exactly once: one extraction event per document, no claim left behind
        reads = Counter(s.scalars(select(db.Event.document_id).where(db.Event.event_type == "extracted")))
        assert len(reads) == n_files and set(reads.values()) == {1}
        assert s.scalar(select(func.count()).select_from(db.Document).where(db.Document.claimed_by.is_not(None))) == 0
        assert s.scalar(select(func.count()).select_from(db.QuarantineEntry)) == 0
        households = {h.archive_no for h in s.scalars(select(db.Household))}
        assert len(households) == HOUSEHOLDS
        # the findings are current, made by the pipeline with no command run, every household covered
        runs = s.scalars(select(db.ReconcileRun)).all()
        open_findings = {f.archive_no for f in s.scalars(select(db.Finding).where(db.Finding.status == "open"))}
    # the drop went to the watcher's warm standby (its keys by flow-run input, not as parameters), and
    # its second wave to the same run while it worked: one run, no second start
    ingesting = _ingesting_runs(running_stack)
    assert len(ingesting) == 1, ingesting
    assert ingesting[0]["inbox_keys"] == [] and float(ingesting[0]["standby_s"]) > 0  # type: ignore[arg-type]
    assert ingesting[0]["_hand_overs"] >= 2, ingesting  # type: ignore[operator]
    assert {r.actor for r in runs} == {"pipeline"}
    assert sum(r.households for r in runs) >= HOUSEHOLDS
    assert open_findings and open_findings <= households
    assert planted and {p["职工编号"] for p in planted} <= households
