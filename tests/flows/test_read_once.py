"""A run that stores an original and reads it fetches the file once; its OCR processes load no Prefect.

Against the real SeaweedFS and database (``s3_env``): the kept copy is the one read, and a copy that is
not of the stored bytes is never used (the original is fetched from the store instead).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from dangan.config import Settings
from dangan.flows import deployments
from dangan.flows import extract as ext
from dangan.flows import ingest as ing
from dangan.storage import db
from tests.flows.conftest import Drop, household_key, sample_bytes


def _remove_original(document_id: int) -> None:
    """Point the document at a key the store does not have: a download would fail."""
    with db.session_scope() as s:
        doc = s.get(db.Document, document_id)
        assert doc is not None
        doc.object_key, doc.version_id = "originals/none/missing.png", None


def test_an_original_stored_by_this_run_is_read_from_its_kept_copy(s3_env: Settings, drop: Drop,
                                                                      tmp_path: Path) -> None:
    key = drop(household_key("kept.png"), sample_bytes("ok.png"))
    [stored] = deployments.ingest_chunk_step([key], "test", keep_copies=True)
    assert stored["status"] == "stored"
    _remove_original(stored["document_id"])  # so only the kept copy can be what is read
    try:
        got = ext.fetch_original_step(stored["document_id"], str(tmp_path))
        assert Path(got["path"]).read_bytes() == sample_bytes("ok.png")
        assert got["sha256"] == stored["sha256"]
    finally:
        ext.drop_local_copies()


def test_a_copy_of_other_bytes_is_not_read(s3_env: Settings, drop: Drop, tmp_path: Path) -> None:
    stored = ing.run_ingest(drop(household_key("other.png"), sample_bytes("ok.png")))
    other = tmp_path / "other.bin"
    other.write_bytes(b"not the original")
    ext.keep_local_copy(stored["document_id"], str(other), "0" * 64)
    try:
        got = ext.fetch_original_step(stored["document_id"], str(tmp_path))  # fetched from the store
        assert Path(got["path"]).read_bytes() == sample_bytes("ok.png")
    finally:
        ext.drop_local_copies()


def test_ocr_processes_import_neither_prefect_nor_their_parents_main(tmp_path: Path) -> None:
    """A parent that imported Prefect (as ``python -m prefect.engine`` does) starts OCR processes that
    load only what they run (spawn used to import the parent's main and ``flows.extract`` again)."""
    probe = tmp_path / "probe_main.py"
    probe.write_text(
        "import sys\n"
        "import prefect  # noqa: F401\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from dangan.flows import ocr_process\n"
        "if __name__ == '__main__':\n"
        "    with ProcessPoolExecutor(1, mp_context=ocr_process.SPAWN) as pool:\n"
        "        print(pool.submit(ocr_process.loaded, 'prefect').result())\n",
        encoding="utf-8",
    )
    out = subprocess.run([sys.executable, str(probe)], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "False"
