"""Masking of findings before they leave the database (JSONL, reports, web, CLI).

The rules themselves (which labels are masked whole, which runs of digits inside text) live in
``dangan.schemas.validators`` (``mask_labelled``, ``mask_numbers_in_text``): one source for every output.
"""

from __future__ import annotations

from typing import Any

from dangan.schemas.validators import mask_labelled, mask_numbers_in_text


def mask_value(label: str, value: Any) -> Any:
    return mask_labelled(label, value)


def mask_finding(f: dict[str, Any]) -> dict[str, Any]:
    out = dict(f)
    label = str(f.get("field") or "")
    out["paper"] = mask_labelled(label, f.get("paper"))
    out["electronic"] = mask_labelled(label, f.get("electronic"))
    if isinstance(f.get("detail"), str):
        out["detail"] = mask_numbers_in_text(f["detail"])
    return out
