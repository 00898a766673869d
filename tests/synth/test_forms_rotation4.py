"""Rotation 4's held-out printings of the four application forms (forms_rotation4): each is registered last and
held out, draws a household of one and of six members with every member in its truth and on its page, prints
every truth value, and draws the same display list from the same seed."""

from __future__ import annotations

import random
from typing import Any

import pytest

from dangan.synth.forms import KINDS, application_form
from dangan.synth.households import Household, make_households
from dangan.synth.layouts import is_held_out, layouts_of
from dangan.synth.render import Document, Style, load_layouts

from .printings import check_form_printed, household_with

PRINTINGS = {"杭州": "杭州/轮换4", "河北": "河北/轮换4", "湖南": "湖南/轮换4", "全国": "全国/轮换4"}


@pytest.fixture(scope="module")
def pool() -> list[Household]:
    load_layouts()
    return make_households(40, 4)


def _draw(variant: str, hh: Household, seed: int, sealed: bool = True) -> Document:
    lay = next(lay for lay in layouts_of(KINDS[variant]) if lay.name == PRINTINGS[variant])
    doc: Document = lay.draw(hh, Style.draw(random.Random(seed)), sealed)
    return doc


def _printed(value: Any, text: str) -> bool:
    if value is None or isinstance(value, bool):
        return True  # nothing written / ticked options (是否盖章: checked against the seals)
    if isinstance(value, list):
        return all(str(v) in text for v in value)
    if isinstance(value, int | float):
        return any(s in text for s in (f"{value:g}", f"{value:,.2f}", f"{value:.2f}", str(value)))
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        y, m, d = value.split("-")
        return any(s in text for s in (value, f"{y}年{int(m)}月{int(d)}日", f"{y}.{m}.{d}"))
    return str(value).replace(" ", "") in text


@pytest.mark.parametrize("variant", sorted(PRINTINGS))
def test_registered_before_rotation_5_and_released(pool: list[Household], variant: str) -> None:
    kind = KINDS[variant]
    names = [lay.name for lay in layouts_of(kind)]
    # rotation 5 added its printing after this one and released this one to seen (forms_rotation5 held out);
    # rotation 6 added its printing after rotation 5's and released that one too (forms_rotation6 held out);
    # rotation 7 added its printing after rotation 6's and released that one too (forms_rotation7 held out);
    # rotation 8 added its printing after rotation 7's and released that one too (forms_rotation8 held out);
    # rotation 9 added its printing after rotation 8's and released that one too (forms_rotation9 held out);
    # rotation 10 added its printing after rotation 9's and released that one too (forms_rotation10 held out);
    # rotation 11 added its printing after rotation 10's and released that one too (forms_rotation11 held out);
    # rotation 12 added its printing after rotation 11's and released that one too (forms_rotation12 held out);
    # rotation 13 added its printing after rotation 12's and released that one too (forms_rotation13 held out);
    # rotation 14 added its printing after rotation 13's and released that one too (forms_rotation14 held out);
    # rotation 15 added its printing after rotation 14's and released that one too (forms_rotation15 held out);
    # rotation 16 added its printing after rotation 15's and released that one (forms_rotation16 held out)
    # rotation 17 added its own after rotation 16's and released that (forms_rotation17 held out);
    # rotation 18 added its own after rotation 17's and released that: the 轮换18 printing alone is held out
    assert names[-15:] == [PRINTINGS[variant], f"{variant}/轮换5", f"{variant}/轮换6", f"{variant}/轮换7",
                           f"{variant}/轮换8", f"{variant}/轮换9", f"{variant}/轮换10", f"{variant}/轮换11",
                           f"{variant}/轮换12", f"{variant}/轮换13", f"{variant}/轮换14", f"{variant}/轮换15",
                           f"{variant}/轮换16", f"{variant}/轮换17", f"{variant}/轮换18"]
    assert names[-16] == f"{variant}/轮换3"
    assert [n for n in names if is_held_out(kind, n)] == [f"{variant}/轮换18"]
    hh = next(h for h in pool if h.variant == variant)
    assert PRINTINGS[variant] not in {application_form(hh, random.Random(s), "held-out").layout for s in range(20)}
    assert PRINTINGS[variant] in {application_form(hh, random.Random(s), "seen").layout for s in range(60)}


@pytest.mark.parametrize("variant", sorted(PRINTINGS))
@pytest.mark.parametrize("n_members", [1, 6])
def test_draws_its_members_and_prints_its_truth(pool: list[Household], variant: str, n_members: int) -> None:
    hh = household_with(pool, variant, n_members)
    for seed in (1, 2, 3):
        doc = _draw(variant, hh, seed, sealed=seed != 2)
        assert doc.doc_type == "建档申请表" and doc.layout == PRINTINGS[variant]
        check_form_printed(doc, hh, _printed)
        seals = [op for page in doc.pages for op in page.ops if op[0] == "seal"]
        assert bool(seals) == doc.fields["是否盖章"] == (seed != 2)


@pytest.mark.parametrize("variant", sorted(PRINTINGS))
@pytest.mark.parametrize("n_members", [1, 6])
def test_same_seed_same_drawing(pool: list[Household], variant: str, n_members: int) -> None:
    hh = household_with(pool, variant, n_members)
    a, b, c = _draw(variant, hh, 9), _draw(variant, hh, 9), _draw(variant, hh, 10)
    assert [p.ops for p in a.pages] == [p.ops for p in b.pages]
    assert [p.fields for p in a.pages] == [p.fields for p in b.pages] and a.members == b.members
    assert [p.ops for p in a.pages] != [p.ops for p in c.pages]
    assert len(a.members) == n_members
