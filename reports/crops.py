"""The crop of the scan a paper value was read from, for the report's readings to verify and findings.

A reading's evidence names its document (database id and/or local file), page and box. The original is
read as stored (the locked version in ``originals`` through the storage API, or the local scan for
``dangan reconcile --scans``) and cropped by the web view's ``crop_png`` (one crop routine for both).
A crop that cannot be made (store down, file gone) is left out with no error: the report still lists
the reading and where it is.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dangan.config import Settings, load_settings

Cropper = Callable[[dict[str, Any]], bytes | None]
MEDIA_BY_SUFFIX = {".pdf": "application/pdf"}


def _first_located(evidence: Any) -> dict[str, Any] | None:
    if not isinstance(evidence, list):
        return None
    return next((e for e in evidence if isinstance(e, dict) and (e.get("document_id") or e.get("file"))), None)


def store_cropper(settings: Settings | None = None, *, root: Path | None = None) -> Cropper:
    """A function evidence → PNG bytes (or None), caching originals per document within one report."""
    from dangan.web.crop import crop_png

    cache: dict[Any, tuple[bytes, str] | None] = {}

    def original(e: dict[str, Any]) -> tuple[bytes, str] | None:
        key = (e.get("document_id"), e.get("file"))
        if key in cache:
            return cache[key]
        got: tuple[bytes, str] | None = None
        try:
            if e.get("document_id"):
                got = _from_store(settings or load_settings(), int(e["document_id"]))
            if got is None and e.get("file"):
                path = Path(str(e["file"]))
                path = path if path.is_absolute() or root is None else root / path
                if path.is_file():
                    got = path.read_bytes(), MEDIA_BY_SUFFIX.get(path.suffix.lower(), "image/" + path.suffix[1:])
        except Exception:  # the store away or the file gone: the report goes on without this crop
            got = None
        if len(cache) > 64:
            cache.clear()
        cache[key] = got
        return got

    def crop(evidence: dict[str, Any]) -> bytes | None:
        e = _first_located(evidence.get("evidence")) if "evidence" in evidence else _first_located([evidence])
        if e is None:
            return None
        got = original(e)
        if got is None:
            return None
        try:
            return crop_png(got[0], got[1], e.get("page"), e.get("bbox"))
        except Exception:
            return None

    return crop


def _from_store(settings: Settings, document_id: int) -> tuple[bytes, str] | None:
    from dangan.storage import objects
    from dangan.storage.db import Document, session_scope

    with session_scope(settings) as s:
        doc = s.get(Document, document_id)
        if doc is None:
            return None
        key, version, media = doc.object_key, doc.version_id, doc.media_type
    client = objects.get_client(settings)
    return objects.get_bytes(client, settings, "originals", key, version_id=version or None), media


def data_uri(png: bytes | None) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii") if png else ""
