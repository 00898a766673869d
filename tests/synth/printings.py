"""Drawing one named paper printing and checking its truth is printed: shared by the rotation tests."""

from __future__ import annotations

import copy
import random
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from dangan.schemas.labels import DOC_FIELDS, MEMBER_LABELS
from dangan.schemas.validators import is_valid_id_number
from dangan.synth.canvas import Page, rasterise
from dangan.synth.households import Household, make_households
from dangan.synth.layouts import layouts_of
from dangan.synth.render import Document

PER_PERSON = {"身份证", "诊断证明"}  # kinds drawn for one person of the household (the others for the household)


def draw_printing(kind: str, printing: str, hh: Household, seed: int, name: str | None = None,
                  per_person: set[str] = PER_PERSON) -> Document:
    lay = next(lay for lay in layouts_of(kind) if lay.name == printing)
    rng = random.Random(seed)
    doc: Document = lay.draw(hh, name or hh.record["姓名"], rng) if kind in per_person else lay.draw(hh, rng)
    return doc


def page_text(page: Page) -> str:
    """Every text of one page in drawing order, joined (digit boxes and wrapped lines join up again), without
    spaces."""
    return "".join(op[3] for op in page.ops if op[0] == "text").replace(" ", "")


def printed_text(doc: Document) -> str:
    """Every text of the pages in drawing order, joined (wrapped lines join up again), without spaces."""
    return "".join(page_text(page) for page in doc.pages)


def printed(value: Any, text: str) -> bool:
    if isinstance(value, bool):
        return True  # 是否盖章: checked against the seals below
    if isinstance(value, int):
        return any(s in text for s in (str(value), f"{value:,.2f}", f"{value:.2f}"))
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        y, m, d = value.split("-")
        return any(s in text for s in (value, f"{y}年{int(m)}月{int(d)}日", f"{y}.{m}.{d}"))
    return all(part in text for part in str(value).split("；"))


def dibao_households(seed: int, others: int) -> list[Household]:
    """Households holding a 低保证: two of one person, two of four or more, and ``others`` more."""
    pool = [h for h in make_households(80, seed) if h.dibao_no]
    alone = [h for h in pool if not h.members][:2]
    big = [h for h in pool if len(h.members) >= 3][:2]
    rest = [h for h in pool if h not in alone and h not in big][:others]
    assert alone and big
    return alone + big + rest


def pick_person(hh: Household, i: int) -> str:
    """Whose per-person paper to draw: the householder, or for odd ``i`` the first adult member if any."""
    adults = [m for m in hh.members if m["年龄"] >= 16] if i % 2 else []
    return str(adults[0]["姓名"] if adults else hh.record["姓名"])


def check_each_printed(kind: str, printing: str, households: list[Household],
                       per_person: set[str] = PER_PERSON) -> None:
    """``printing`` drawn for each household (seed its index; a per-person kind for ``pick_person``) is of
    ``kind`` and prints its truth."""
    for i, hh in enumerate(households):
        name = pick_person(hh, i) if kind in per_person else None
        doc = draw_printing(kind, printing, hh, i, name, per_person)
        assert doc.doc_type == kind
        check_truth_printed(doc)


def check_same_seed_same_drawing(kind: str, printing: str, hh: Household, per_person: set[str] = PER_PERSON) -> None:
    """``printing`` drawn twice from one seed gives the same display list and truth, from another seed another
    display list."""
    a, b, c = (draw_printing(kind, printing, hh, seed, None, per_person) for seed in (9, 9, 10))
    assert [p.ops for p in a.pages] == [p.ops for p in b.pages]
    assert a.fields == b.fields and a.members == b.members
    assert [p.ops for p in a.pages] != [p.ops for p in c.pages]


def household_with(pool: list[Household], variant: str, n_members: int) -> Household:
    """A household of ``variant`` with exactly ``n_members`` members (borrowed from others when short)."""
    hh = next(h for h in pool if h.variant == variant)
    others = [m for h in pool if h is not hh for m in h.members]
    members = [copy.deepcopy(m) for m in (hh.members + others)[:n_members]]
    return replace(hh, members=members, record=dict(hh.record, 家庭人口=1 + n_members))


def check_form_printed(doc: Document, hh: Household, shown: Callable[[Any, str], bool]) -> None:
    """An application form's truth is what it prints: its fields (each page's its own, each the record's value,
    ``shown`` in the text), the household's members in order, each on the page that prints it, and pages no
    larger than A4."""
    assert set(doc.fields) <= set(DOC_FIELDS["建档申请表"]), set(doc.fields) - set(DOC_FIELDS["建档申请表"])
    merged: dict[str, Any] = {}
    for page in doc.pages:
        assert not set(page.fields) & set(merged)
        merged.update(page.fields)
    assert merged == doc.fields
    text = printed_text(doc)
    for label, value in doc.fields.items():
        if label != "是否盖章":
            assert value == hh.record[label], label
            assert shown(value, text), (label, value)
    assert [m["姓名"] for m in doc.members] == [m["姓名"] for m in hh.members]
    assert [m for page in doc.pages for m in page.members] == doc.members
    for page in doc.pages:
        ids = page_text(page)
        for m in page.members:
            assert m["身份证号"] in ids and is_valid_id_number(m["身份证号"])
    for m in doc.members:
        assert set(m) <= set(MEMBER_LABELS.values())
        for label, value in m.items():
            assert shown(value, text), (label, value)
    for page in doc.pages:
        assert page.w <= 297.5 and page.h <= 297.5
        assert rasterise(page, 20).width > 100


def check_truth_printed(doc: Document) -> None:
    """The truth is what is printed: every field value on the document and every page's own fields and member
    rows on that page; a seal iff 是否盖章; valid ID numbers; pages' truth adding up to the document's; pages no
    larger than A4, and grey when photocopied."""
    kind = doc.doc_type
    assert doc.fields and set(doc.fields) <= set(DOC_FIELDS[kind]), set(doc.fields) - set(DOC_FIELDS[kind])
    text = printed_text(doc)
    for label, value in doc.fields.items():
        assert printed(value, text), (kind, label, value)
    if "是否盖章" in doc.fields:
        assert any(op[0] == "seal" for page in doc.pages for op in page.ops) == doc.fields["是否盖章"], kind
    for page in doc.pages:
        own = page_text(page)
        rows = [(label, value) for m in page.members for label, value in m.items()]
        for label, value in [*page.fields.items(), *rows]:
            assert printed(value, own), (kind, label, value)
        assert all(is_valid_id_number(m["身份证号"]) for m in page.members)
        assert max(page.w, page.h) <= 297.5 and min(page.w, page.h) <= 210.5
        img = rasterise(page, 25)
        assert img.width > 100
        if page.mono:
            r, g, b = img.split()
            assert r.tobytes() == g.tobytes() == b.tobytes(), kind
    assert [m for page in doc.pages for m in page.members] == doc.members
    assert {k: v for page in doc.pages for k, v in page.fields.items()} == doc.fields
