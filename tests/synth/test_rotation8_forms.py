"""Rotation 8's printings of the four application forms (forms_rotation8; held out by rotation 8 in place of
rotation 7's, released to seen by rotation 9): each is registered before rotation 9's, seen and drawn for a seen
corpus, never for a held-out one, draws a household of none, one and six members with every member in its truth
and on its page, prints every truth value, and draws the same from the same seed."""

from __future__ import annotations

import pytest

from dangan.synth.households import Household
from dangan.synth.layouts import HELD_OUT, is_held_out

from .printings import (
    check_form_inside_sheet,
    check_form_members_and_truth,
    check_form_same_seed,
    draw_form,
    form_names,
    form_pool,
    forms_drawn,
    household_with,
    page_text,
)

PRINTINGS = {"杭州": "杭州/轮换8", "河北": "河北/轮换8", "湖南": "湖南/轮换8", "全国": "全国/轮换8"}


@pytest.fixture(scope="module")
def pool() -> list[Household]:
    return form_pool()


@pytest.mark.parametrize("variant", sorted(PRINTINGS))
def test_registered_before_rotation_9_and_released(pool: list[Household], variant: str) -> None:
    kind, names = form_names(variant)
    assert names[-11] == PRINTINGS[variant] and names[-12] == f"{variant}/轮换7"
    # rotation 9 added its printing after this one and released this one; rotation 10 added its own after
    # rotation 9's and released that, rotation 11 its own after rotation 10's and released that,
    # rotation 12 its own after rotation 11's and released that, rotation 13 its own after rotation 12's and
    # released that, rotation 14 its own after rotation 13's and released that, rotation 15 its own after
    # rotation 14's and released that
    # rotation 17 added its own after rotation 16's and released that: the 轮换17 printing alone is held out
    # rotation 18 added its own after rotation 17's and released that: the 轮换18 printing alone is held out
    assert names[-10:] == [f"{variant}/轮换9", f"{variant}/轮换10", f"{variant}/轮换11", f"{variant}/轮换12",
                          f"{variant}/轮换13", f"{variant}/轮换14", f"{variant}/轮换15",
                           f"{variant}/轮换16", f"{variant}/轮换17", f"{variant}/轮换18"]
    assert HELD_OUT[kind] == {f"{variant}/轮换18"} and not is_held_out(kind, PRINTINGS[variant])
    assert {n for n in names if is_held_out(kind, n)} == {f"{variant}/轮换18"}
    held = forms_drawn(pool, variant, "held-out", 40)
    assert held == {f"{variant}/轮换18"}
    assert PRINTINGS[variant] in forms_drawn(pool, variant, "seen", 80)


@pytest.mark.parametrize("variant", sorted(PRINTINGS))
@pytest.mark.parametrize("n_members", [0, 1, 3, 4, 6])
def test_draws_its_members_and_prints_its_truth(pool: list[Household], variant: str, n_members: int) -> None:
    hh = household_with(pool, variant, n_members)
    check_form_members_and_truth(variant, PRINTINGS[variant], hh)


@pytest.mark.parametrize("variant", sorted(PRINTINGS))
def test_everything_drawn_inside_the_sheet(pool: list[Household], variant: str) -> None:
    """Six members and the longest values still fit on the sheet (nothing written off its edge)."""
    hh = household_with(pool, variant, 6)
    check_form_inside_sheet(variant, PRINTINGS[variant], hh)


@pytest.mark.parametrize("variant", sorted(PRINTINGS))
def test_same_seed_same_drawing(pool: list[Household], variant: str) -> None:
    hh = household_with(pool, variant, 3)
    check_form_same_seed(variant, PRINTINGS[variant], hh)


def test_member_truth_on_the_page_that_prints_the_members(pool: list[Household]) -> None:
    """Each printing keeps its member rows (one to six, blank ones after the household's) on one page of its own,
    every member's ID number printed there, none on the other pages."""
    for variant, printing in PRINTINGS.items():
        hh = household_with(pool, variant, 5)
        doc = draw_form(variant, printing, hh, 7)
        holding = [i for i, page in enumerate(doc.pages) if page.members]
        assert len(holding) == 1 and doc.pages[holding[0]].members == doc.members, variant
        for i, page in enumerate(doc.pages):
            text = page_text(page)
            assert all((m["身份证号"] in text) == (i == holding[0]) for m in hh.members), (variant, i)


def test_hangzhou_member_ids_in_boxes(pool: list[Household]) -> None:
    """杭州/轮换8 writes each member's ID number a character a box."""
    hh = household_with(pool, "杭州", 3)
    page = draw_form("杭州", PRINTINGS["杭州"], hh, 3).pages[1]
    texts = [op[3] for op in page.ops if op[0] == "text"]
    for m in hh.members:
        ident = m["身份证号"]
        assert any("".join(texts[i:i + 18]) == ident and all(len(t) == 1 for t in texts[i:i + 18])
                   for i in range(len(texts))), ident


def test_national_member_blocks_of_three(pool: list[Household]) -> None:
    """全国/轮换8 prints its members a column each, three columns a block, a second block for a fourth member."""
    hh = household_with(pool, "全国", 4)
    doc = draw_form("全国", PRINTINGS["全国"], hh, 2)
    assert len(doc.pages) == 3
    heads = [op for op in doc.pages[1].ops if op[0] == "text" and op[3].startswith("成员")]
    assert [op[3] for op in heads] == [f"成员{i}" for i in range(1, 7)]
    assert heads[0][2] == heads[2][2] < heads[3][2]
