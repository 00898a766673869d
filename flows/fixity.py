"""Fixity: re-read originals and compare their SHA-256 with the database.

Two things are checked per document, because the originals bucket is versioned:

* the version recorded at ingest (``Document.version_id``) is read and hashed: a different hash is a
  *mismatch* (the store corrupted it), an unreadable version is *missing*;
* the key's *latest* version must still be that version: a PUT to the same key behind the project's
  back (or a delete marker) leaves the recorded version intact but makes every plain GET return
  something else, so it is reported as *changed*.

``sample`` < 1 checks a random share (the seeds ask higher unions to re-check ≥ 30 % a year); ``seed``
makes the draw repeatable. Every document checked gets a ``fixity-checked`` event (success/failure).
"""

from __future__ import annotations

import hashlib
import math
import random
from typing import Any

from prefect import task
from sqlalchemy import select

from dangan.config import load_settings
from dangan.errors import InvalidData
from dangan.flows.flowdef import flow
from dangan.flows.ingest import is_missing, store
from dangan.flows.retry import IO_TASK_OPTIONS
from dangan.storage import db


def _sha256_of(client: Any, bucket: str, key: str, version_id: str | None) -> str:
    resp = client.get_object(bucket, key, version_id=version_id)
    try:
        sha = hashlib.sha256()
        for chunk in resp.stream(1024 * 1024):
            sha.update(chunk)
        return sha.hexdigest()
    finally:
        resp.close()
        resp.release_conn()


def read_object_state(object_key: str, version_id: str | None) -> dict[str, Any]:
    """Hash of the recorded version and the latest version's id and hash (None where unreadable)."""
    client, settings = store()
    bucket = settings.bucket("originals")
    out: dict[str, Any] = {"recorded_sha256": None, "latest_version_id": None, "latest_sha256": None,
                           "latest_deleted": False}
    try:
        out["recorded_sha256"] = _sha256_of(client, bucket, object_key, version_id)
    except Exception as exc:
        if not is_missing(exc):
            raise
    try:
        st = client.stat_object(bucket, object_key)
        out["latest_version_id"] = st.version_id
    except Exception as exc:
        if not is_missing(exc):
            raise
        out["latest_deleted"] = True  # no object, or a delete marker on top
        return out
    if version_id and out["latest_version_id"] != version_id:
        try:
            out["latest_sha256"] = _sha256_of(client, bucket, object_key, out["latest_version_id"])
        except Exception as exc:
            if not is_missing(exc):
                raise
    elif out["recorded_sha256"] is not None:
        out["latest_sha256"] = out["recorded_sha256"]
    return out


def classify(expected: str, version_id: str | None, state: dict[str, Any]) -> str:
    """ok | mismatch | missing | changed (the first problem found, most serious first)."""
    if state["recorded_sha256"] is None:
        return "missing"
    if state["recorded_sha256"] != expected:
        return "mismatch"
    if state["latest_deleted"]:
        return "changed"
    if version_id and state["latest_version_id"] != version_id:
        return "changed"
    if state["latest_sha256"] is not None and state["latest_sha256"] != expected:
        return "changed"
    return "ok"


def check_document_step(document_id: int, actor: str = "system") -> dict[str, Any]:
    """Check one document and record its ``fixity-checked`` event."""
    settings = load_settings()
    with db.session_scope(settings) as session:
        doc = session.get(db.Document, document_id)
        if doc is None:
            raise InvalidData(f"文档不存在 (no document {document_id})")
        key, version_id, expected = doc.object_key, doc.version_id, doc.sha256
    state = read_object_state(key, version_id)
    result = classify(expected, version_id, state)
    detail = {
        "result": result,
        "expected_sha256": expected,
        "version_id": version_id,
        **state,
    }
    with db.session_scope(settings) as session:
        db.record_event(
            session,
            "fixity-checked",
            actor=actor,
            document_id=document_id,
            object_key=key,
            outcome="success" if result == "ok" else "failure",
            **detail,
        )
    return {"document_id": document_id, "object_key": key, **detail}


check_document = task(name="fixity-check-document", **IO_TASK_OPTIONS)(check_document_step)


def pick_documents(sample: float = 1.0, seed: int | None = None) -> tuple[list[int], int]:
    """Ids to check (sorted) and the total number of documents."""
    if not 0 < sample <= 1:
        raise InvalidData(f"抽查比例须在 0 到 1 之间 (sample must be in (0, 1], got {sample})")
    with db.session_scope(load_settings()) as session:
        ids = list(session.scalars(select(db.Document.id).order_by(db.Document.id)))
    if sample >= 1:
        return ids, len(ids)
    k = min(len(ids), math.ceil(sample * len(ids)))
    return sorted(random.Random(seed).sample(ids, k)), len(ids)


def run_fixity(sample: float = 1.0, seed: int | None = None, actor: str = "system", *, use_tasks: bool = False
               ) -> dict[str, Any]:
    ids, total = pick_documents(sample, seed)
    step = check_document if use_tasks else check_document_step
    results = [step(i, actor) for i in ids]
    by = {kind: [r for r in results if r["result"] == kind] for kind in ("ok", "mismatch", "missing", "changed")}
    return {
        "total": total,
        "checked": len(results),
        "document_ids": ids,
        "sample": sample,
        "seed": seed,
        "ok": len(by["ok"]),
        "mismatches": by["mismatch"],
        "missing": by["missing"],
        "changed": by["changed"],
    }


@flow(name="verify-fixity", persist_result=False, validate_parameters=False)
def verify_fixity(sample: float = 1.0, seed: int | None = None, actor: str = "system") -> dict[str, Any]:
    """Re-read all originals (or a random share) and report mismatched, missing and changed ones."""
    return run_fixity(sample, seed, actor, use_tasks=True)
