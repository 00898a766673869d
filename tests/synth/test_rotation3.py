"""Rotation 3's paper printings (papers_rotation3, held out by rotation 3, released to seen by rotation 4): each
draws, prints its truth, and draws the same display list from the same seed."""

from __future__ import annotations

import random
from typing import Any

import pytest

from dangan.schemas.labels import DOC_FIELDS
from dangan.schemas.validators import is_valid_id_number
from dangan.synth.canvas import rasterise
from dangan.synth.households import Household, make_households
from dangan.synth.layouts import is_held_out, layouts_of
from dangan.synth.render import Document, documents_for, load_layouts

from .printings import PER_PERSON, draw_printing, pick_person, printed, printed_text

PAPERS = {
    "身份证": "身份证/轮换3",
    "户口簿": "户口簿/轮换3",
    "低保证": "低保证/轮换3",
    "诊断证明": "诊断证明/轮换3",
}


@pytest.fixture(scope="module")
def households() -> list[Household]:
    load_layouts()
    return [h for h in make_households(40, 6) if h.dibao_no][:6]


def _draw(kind: str, hh: Household, seed: int, name: str | None = None) -> Document:
    return draw_printing(kind, PAPERS[kind], hh, seed, name)


@pytest.mark.parametrize("kind", sorted(PAPERS))
def test_registered_and_released_to_seen(kind: str) -> None:
    """Rotation 4 released them: registered, seen, and no longer the kind's held-out printing."""
    load_layouts()
    names = [lay.name for lay in layouts_of(kind)]
    assert PAPERS[kind] in names and not is_held_out(kind, PAPERS[kind])


@pytest.mark.parametrize("kind", sorted(PAPERS))
def test_truth_is_what_is_printed(households: list[Household], kind: str) -> None:
    for i, hh in enumerate(households):
        doc = _draw(kind, hh, i, pick_person(hh, i) if kind in PER_PERSON else None)
        assert doc.doc_type == kind and doc.fields
        assert set(doc.fields) <= set(DOC_FIELDS[kind]), set(doc.fields) - set(DOC_FIELDS[kind])
        text = printed_text(doc)
        for label, value in doc.fields.items():
            assert printed(value, text), (kind, label, value)
        seals = [op for page in doc.pages for op in page.ops if op[0] == "seal"]
        if "是否盖章" in doc.fields:
            assert bool(seals) == doc.fields["是否盖章"], kind
        for m in doc.members:
            assert m["姓名"] in text and m["身份证号"] in text and is_valid_id_number(m["身份证号"])
        assert [m for page in doc.pages for m in page.members] == doc.members
        merged: dict[str, Any] = {}
        for page in doc.pages:
            merged.update(page.fields)
        assert merged == doc.fields
        for page in doc.pages:
            assert page.w <= 210.5 and page.h <= 297.5
            img = rasterise(page, 25)
            assert img.width > 100


def test_papers_hold_their_people(households: list[Household]) -> None:
    for hh in households:
        people = [hh.householder(), *hh.members]
        hukou = _draw("户口簿", hh, 1)
        assert [m["身份证号"] for m in hukou.members] == [p["身份证号"] for p in people]
        assert hukou.pages[0].fields["户主姓名"] == hh.record["姓名"]
        dibao = _draw("低保证", hh, 2)
        assert dibao.members[0]["姓名"] == hh.record["姓名"] and dibao.fields["保障人数"] == len(
            dibao.members
        )
        card = _draw("身份证", hh, 3)
        assert card.fields["身份证号"] == hh.record["身份证号"] and card.members == []
        diag = _draw("诊断证明", hh, 4)
        assert diag.fields["姓名"] == hh.record["姓名"] and diag.pages[0].mono


@pytest.mark.parametrize("kind", sorted(PAPERS))
def test_same_seed_same_display_list(households: list[Household], kind: str) -> None:
    hh = households[0]
    a, b, c = _draw(kind, hh, 9), _draw(kind, hh, 9), _draw(kind, hh, 10)
    assert [p.ops for p in a.pages] == [p.ops for p in b.pages]
    assert [p.ops for p in a.pages] != [p.ops for p in c.pages]


def test_seen_archives_draw_them_and_held_out_ones_never(households: list[Household]) -> None:
    held: set[str] = set()
    seen: set[str] = set()
    # each kind has more seen printings since rotation 6 released the 轮换5 ones: draw until every one is seen
    # (rotation 15 released one more 其他 printing: 120 households were too few)
    for i, hh in enumerate(make_households(400, 13)):
        held |= {
            d.layout for d in documents_for(hh, random.Random(hh.index), "held-out") if d.doc_type in PAPERS
        }
        seen |= {d.layout for d in documents_for(hh, random.Random(hh.index), "seen") if d.doc_type in PAPERS}
        if i >= 30 and set(PAPERS.values()) <= seen:
            break
    assert not held & set(PAPERS.values())
    assert set(PAPERS.values()) <= seen
