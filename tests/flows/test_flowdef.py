"""The project's flows record plain-JSON parameters as Prefect does, without importing FastAPI."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from fastapi.encoders import jsonable_encoder

from dangan.flows.flowdef import JsonFlow, flow, plain_json


@flow(name="flowdef-test", persist_result=False, validate_parameters=False)
def _a_flow(ids: list[int], key: str | None = None, options: dict[str, object] | None = None,
            as_of: date | None = None) -> int:
    return len(ids)


def test_plain_parameters_are_recorded_as_prefects_encoder_records_them() -> None:
    params = {"ids": [1, 2, 3], "key": "单位/A001/户口簿.png", "options": {"a": [1.5, None, True], "b": {"c": "d"}},
              "as_of": None}
    assert isinstance(_a_flow, JsonFlow)
    out = _a_flow.serialize_parameters(params)
    assert out == jsonable_encoder(params)
    out["ids"].append(4)  # a copy, not the caller's list
    assert params["ids"] == [1, 2, 3]


def test_other_values_still_go_through_prefects_encoder() -> None:
    params = {"ids": (1, 2), "as_of": date(2026, 12, 4)}
    assert not plain_json(params["ids"]) and not plain_json(params["as_of"]) and not plain_json(float("nan"))
    assert _a_flow.serialize_parameters(params) == {"ids": [1, 2], "as_of": "2026-12-04"}


def test_a_flow_run_with_plain_parameters_imports_no_fastapi() -> None:
    code = (
        "import sys\n"
        "from dangan.flows.flowdef import flow\n"
        "@flow(name='x')\n"
        "def f(ids: list, key: str) -> int:\n"
        "    return len(ids)\n"
        "f.serialize_parameters({'ids': [1, 2], 'key': 'a'})\n"
        "assert 'fastapi' not in sys.modules, 'fastapi imported'\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_every_flow_of_the_project_is_a_json_flow() -> None:
    from dangan.flows import deployments, extract, fixity, ingest, reconcile

    flows = [deployments.ingest_batch, deployments.extract_batch, deployments.reconcile_households,
             deployments.sweep, deployments.watch_inbox_flow, extract.extract_document, extract.extract_pending,
             fixity.verify_fixity, ingest.ingest_document, reconcile.reconcile_flow]
    assert all(isinstance(f, JsonFlow) for f in flows)
