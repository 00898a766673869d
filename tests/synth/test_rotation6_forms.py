"""Rotation 6's held-out printings of the four application forms (forms_rotation6): each is registered last and
held out (in place of rotation 5's, which rotation 6 released), never drawn for a seen corpus, draws a household
of none, one and six members with every member in its truth and on its page, prints every truth value, and draws
the same from the same seed."""

from __future__ import annotations

import random
from typing import Any

import pytest

from dangan.synth.canvas import text_width
from dangan.synth.forms import KINDS, application_form
from dangan.synth.households import Household, make_households
from dangan.synth.layouts import HELD_OUT, is_held_out, layouts_of
from dangan.synth.render import Document, Style, load_layouts

from .printings import check_form_printed, household_with, page_text, printed

PRINTINGS = {"杭州": "杭州/轮换6", "河北": "河北/轮换6", "湖南": "湖南/轮换6", "全国": "全国/轮换6"}


@pytest.fixture(scope="module")
def pool() -> list[Household]:
    load_layouts()
    return make_households(40, 5)


def _draw(variant: str, hh: Household, seed: int, sealed: bool = True, typed: bool | None = None) -> Document:
    lay = next(lay for lay in layouts_of(KINDS[variant]) if lay.name == PRINTINGS[variant])
    doc: Document = lay.draw(hh, Style.draw(random.Random(seed), typed), sealed)
    return doc


def _shown(value: Any, text: str) -> bool:
    if value is None:
        return True  # nothing to write
    if isinstance(value, list):
        return all(printed(v, text) for v in value)
    if isinstance(value, float):
        return any(s in text for s in (f"{value:g}", f"{value:,.2f}", f"{value:.2f}"))
    return printed(value, text)


@pytest.mark.parametrize("variant", sorted(PRINTINGS))
def test_registered_last_held_out_and_never_seen(pool: list[Household], variant: str) -> None:
    kind = KINDS[variant]
    names = [lay.name for lay in layouts_of(kind)]
    assert names[-1] == PRINTINGS[variant] and names[-2] == f"{variant}/轮换5"
    assert HELD_OUT[kind] == {PRINTINGS[variant]}  # in place of rotation 5's, which rotation 6 released
    assert {n for n in names if is_held_out(kind, n)} == {PRINTINGS[variant]}
    hh = next(h for h in pool if h.variant == variant)
    held = {application_form(hh, random.Random(s), "held-out").layout for s in range(40)}
    assert held == {PRINTINGS[variant]}
    assert PRINTINGS[variant] not in {application_form(hh, random.Random(s), "seen").layout for s in range(60)}


@pytest.mark.parametrize("variant", sorted(PRINTINGS))
@pytest.mark.parametrize("n_members", [0, 1, 3, 6])
def test_draws_its_members_and_prints_its_truth(pool: list[Household], variant: str, n_members: int) -> None:
    hh = household_with(pool, variant, n_members)
    for seed in (1, 2, 3, 4):
        doc = _draw(variant, hh, seed, sealed=seed != 2, typed=seed % 2 == 0)
        assert doc.doc_type == "建档申请表" and doc.layout == PRINTINGS[variant]
        check_form_printed(doc, hh, _shown)
        for page in doc.pages:  # each page's truth is printed on that page
            own = page_text(page)
            for label, value in page.fields.items():
                assert label == "是否盖章" or _shown(value, own), (label, value)
        seals = [op for page in doc.pages for op in page.ops if op[0] == "seal"]
        assert bool(seals) == doc.fields["是否盖章"] == (seed != 2)


@pytest.mark.parametrize("variant", sorted(PRINTINGS))
def test_everything_drawn_inside_the_sheet(pool: list[Household], variant: str) -> None:
    """Six members and the longest values still fit on the sheet (nothing written off its edge)."""
    hh = household_with(pool, variant, 6)
    for seed in range(6):
        doc = _draw(variant, hh, seed)
        for page in doc.pages:
            for op in page.ops:
                if op[0] == "text":
                    w = text_width(op[3], op[4], op[5])
                    x0 = op[1] - {"l": 0.0, "m": w / 2}.get(op[6][0], w)
                    pts = [(x0, op[2]), (x0 + w, op[2])]
                elif op[0] in ("rect", "line"):
                    pts = [(op[1], op[2]), (op[3], op[4])]
                else:
                    continue
                for x, y in pts:
                    assert -0.5 <= x <= page.w + 0.5 and -0.5 <= y <= page.h + 0.5, (variant, op[:4])


@pytest.mark.parametrize("variant", sorted(PRINTINGS))
def test_same_seed_same_drawing(pool: list[Household], variant: str) -> None:
    hh = household_with(pool, variant, 3)
    a, b, c = _draw(variant, hh, 9), _draw(variant, hh, 9), _draw(variant, hh, 10)
    assert [p.ops for p in a.pages] == [p.ops for p in b.pages]
    assert [p.fields for p in a.pages] == [p.fields for p in b.pages] and a.members == b.members
    assert [p.ops for p in a.pages] != [p.ops for p in c.pages]
    assert len(a.members) == 3
