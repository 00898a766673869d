"""Masking of 身份证号 in findings before they leave the database (JSONL, reports, web, CLI)."""

from __future__ import annotations

import re
from typing import Any

from dangan.schemas.validators import mask_id_number

_ID_RUN = re.compile(r"(?<![0-9])[0-9]{6}[0-9]{8,11}[0-9Xx](?![0-9])")


def _mask_text(text: str) -> str:
    return _ID_RUN.sub(lambda m: mask_id_number(m.group(0)), text)


def mask_value(label: str, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, dict):
        return {k: mask_value(str(k), v) for k, v in value.items()}
    if isinstance(value, list):
        return [mask_value(label, v) for v in value]
    if label.endswith("身份证号") and isinstance(value, str | int):
        return mask_id_number(str(value))
    if isinstance(value, str):
        return _mask_text(value)
    return value


def mask_finding(f: dict[str, Any]) -> dict[str, Any]:
    out = dict(f)
    label = str(f.get("field") or "")
    out["paper"] = mask_value(label, f.get("paper"))
    out["electronic"] = mask_value(label, f.get("electronic"))
    if isinstance(f.get("detail"), str):
        out["detail"] = _mask_text(f["detail"])
    return out
