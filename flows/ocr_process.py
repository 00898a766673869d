"""What a flow run's OCR processes load: this module and the readers, nothing of Prefect.

A spawned process imports the module of every function it is handed, and its parent's ``__main__``.
In a flow-run process that main is ``prefect.engine`` and the extraction steps live in
``flows.extract``, which imports Prefect and SQLAlchemy: each OCR process paid ~1.7 CPU-s of imports it
never uses before its OCR engine started loading (``dangan extract``'s processes do not). So the
function the OCR processes run lives here, and they are started without their parent's ``__main__``.
"""

from __future__ import annotations

import multiprocessing.context
import sys
import threading
import types
from typing import Any


def run_in_worker(path: str, engine: str) -> dict[str, Any]:
    """One file's extraction in an OCR process (its engine loaded by ``pipeline.ocr_worker_init``)."""
    from dangan.extractors.pipeline import run_extraction

    out = run_extraction(path, engine)
    return {
        "result": out.result,
        "text": out.text,
        "member_confidence": out.member_confidence,
        "member_boxes": out.member_boxes,
    }


def loaded(module: str) -> bool:
    """Whether this process has imported ``module`` (what an OCR process carries; tests ask it)."""
    return module in sys.modules


_main_lock = threading.Lock()


class SpawnProcessWithoutMain(multiprocessing.context.SpawnProcess):
    """A spawned process that does not import its parent's ``__main__`` again (what it runs is named
    by module: ``run_in_worker``, ``pipeline.ocr_worker_init``)."""

    @staticmethod
    def _Popen(process_obj: Any) -> Any:
        with _main_lock:
            main = sys.modules.get("__main__")
            sys.modules["__main__"] = types.ModuleType("__main__")  # only while the child is handed its start
            try:
                return multiprocessing.context.SpawnProcess._Popen(process_obj)
            finally:
                if main is not None:
                    sys.modules["__main__"] = main


class SpawnContextWithoutMain(multiprocessing.context.SpawnContext):
    Process = SpawnProcessWithoutMain


SPAWN = SpawnContextWithoutMain()
