"""Is a paper value trustworthy enough to send a clerk after? Readings, their provenance, and the thresholds.

A finding is made only from a paper value read with high confidence and valid for its field, settled
by a person in review (confirmed or corrected), or corroborated by a second document. Everything else
that would differ from the electronic record is a *reading to verify* (待核对): it names the electronic
value it would contradict and where on which page it was read, so a person settles it in review.

The thresholds are calibrated by ``benchmarks/reconcile_accuracy.py --layouts seen --ocr`` (it prints
the confidence above which OCR readings are 99 % right); calibrating on the held-out layouts would tune
on them, so the held-out run only reports how the threshold holds there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from dangan.reconcile.normal import (
    CAUSE_LABEL,
    CAUSES_LABEL,
    DATE_LABELS,
    MONEY_LABELS,
    id_info,
    is_blank,
    norm_id,
    to_date,
    to_number,
)
from dangan.schemas.readings import check_reading  # the gate extraction applies too: one source
from dangan.schemas.vocab import cause_candidates

# A machine reading at or above this confidence is trusted (calibrated on seen layouts: see module doc).
TRUST_CONFIDENCE = 0.90
# A name read at or above this (not trusted as a value) still says whose paper it is NOT when it shares no
# character with that person's name: below it the text may be another name on the page (a signer's).
LIKELY_CONFIDENCE = 0.80
# A document classified below this confidence may be another type: its material is not a sure thing.
CLASS_CONFIDENCE = 0.60

VERIFY = "verify"  # kind of a reading to verify (待核对)
# The label under which a person gives a document its type in review (dangan review correct DOC 材料类型 收入证明):
# a material to verify is settled by it (or by 材料名称 / 姓名 read right).
DOC_TYPE_LABEL = "材料类型"
PAPER_CONFLICT = "paper_conflict"  # kind: two papers of the household disagree (纸质材料之间不一致)

HOW_MACHINE, HOW_PERSON = "机器识别", "人工核对"


@dataclass
class Policy:
    """``naive``: the peer the benchmark measures beside (every reading trusted, export gaps read as blanks)."""

    naive: bool = False


POLICY = Policy()


# Printed labels of the person rows: a 姓名 that holds one was read from the label, not the value.
_LABEL_WORDS: tuple[str, ...] = ("姓名", "关系", "身份证", "性别", "民族", "出生", "年龄", "月收入", "签名", "盖章")


@lru_cache(maxsize=65536)
def _invalid_text(label: str, text: str) -> str | None:
    base = label.rsplit(".", 1)[-1]
    reason = check_reading(base, text, context=None)
    if reason:
        return reason
    if base == "姓名" and any(word in text for word in _LABEL_WORDS):
        return "读到的是表格标签，不是姓名"
    if base == "身份证号":
        info = id_info(norm_id(text))
        return info if isinstance(info, str) else None
    if base in MONEY_LABELS and to_number(text) is None:
        return "不是金额"
    if base in DATE_LABELS and to_date(text) is None:
        return "不是日期"
    if base == CAUSE_LABEL and cause_candidates(text) is None:
        return "不是致困原因"
    return None


def invalid_reason(label: str, value: Any) -> str | None:
    """Why a paper value cannot be a value of its field (None: it can)."""
    if is_blank(value):
        return None
    if isinstance(value, list):
        if label.rsplit(".", 1)[-1] == CAUSES_LABEL:
            bad = [str(v) for v in value if cause_candidates(str(v)) is None]
            return f"不是致困原因: {'、'.join(bad)}" if bad else None
        return None
    if isinstance(value, bool | int | float):  # money ranges, counts: the gate judges numbers too
        return check_reading(label.rsplit(".", 1)[-1], value, context=None)
    return _invalid_text(label, str(value))


def provenance(doc: Any, box: Any, value: Any, confidence: float | None, how: str) -> dict[str, Any]:
    """Where a paper value was read: document, page, box (as the report and the web view show it)."""
    page, bbox = None, None
    if isinstance(box, list | tuple) and len(box) == 2:
        page, bbox = box[0], box[1]
    return {
        "document_id": getattr(doc, "document_id", None),
        "file": None if getattr(doc, "file", None) is None else str(doc.file),
        "doc_type": getattr(doc, "doc_type", None),
        "page": page,
        "bbox": list(bbox) if isinstance(bbox, list | tuple) else None,
        "value": value,
        "confidence": confidence,
        "how": how,
    }


def trust_note(confidence: float | None, invalid: str | None) -> str:
    """Why a reading waits for a person (shown in the 待核对 list)."""
    if invalid:
        return f"读数不是该项的可能值（{invalid}）"
    if confidence is not None:
        return f"机器识别置信度 {confidence:.2f}，低于 {TRUST_CONFIDENCE:.2f}"
    return "读数待核对"


def is_trusted(confidence: float | None, invalid: str | None, settled: bool) -> bool:
    """A person settled it, or a machine read it valid with high confidence (None: truth/a person's value)."""
    if settled or POLICY.naive:
        return True
    if invalid:
        return False
    return confidence is None or confidence >= TRUST_CONFIDENCE


def best(readings: list[Mapping[str, Any]]) -> Mapping[str, Any]:
    """The reading a value is taken from: a person's first, then the most confident."""
    return max(readings, key=lambda r: (r.get("how") == HOW_PERSON, r.get("confidence") or 1.0))
