"""Drawing one named paper printing and checking its truth is printed: shared by the rotation tests."""

from __future__ import annotations

import random
from typing import Any

from dangan.synth.households import Household
from dangan.synth.layouts import layouts_of
from dangan.synth.render import Document

PER_PERSON = {"身份证", "诊断证明"}  # kinds drawn for one person of the household (the others for the household)


def draw_printing(kind: str, printing: str, hh: Household, seed: int, name: str | None = None,
                  per_person: set[str] = PER_PERSON) -> Document:
    lay = next(lay for lay in layouts_of(kind) if lay.name == printing)
    rng = random.Random(seed)
    doc: Document = lay.draw(hh, name or hh.record["姓名"], rng) if kind in per_person else lay.draw(hh, rng)
    return doc


def printed_text(doc: Document) -> str:
    """Every text of the pages in drawing order, joined (wrapped lines join up again), without spaces."""
    return "".join(op[3] for page in doc.pages for op in page.ops if op[0] == "text").replace(" ", "")


def printed(value: Any, text: str) -> bool:
    if isinstance(value, bool):
        return True  # 是否盖章: checked against the seals below
    if isinstance(value, int):
        return any(s in text for s in (str(value), f"{value:,.2f}", f"{value:.2f}"))
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        y, m, d = value.split("-")
        return any(s in text for s in (value, f"{y}年{int(m)}月{int(d)}日", f"{y}.{m}.{d}"))
    return all(part in text for part in str(value).split("；"))
