"""Rotation 6's printings of the four application forms (forms_rotation6; held out by rotation 6 in place of
rotation 5's, released to seen by rotation 7): each is registered before rotation 7's, seen and drawn for a seen
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
    form_names,
    form_pool,
    forms_drawn,
    household_with,
)

PRINTINGS = {"杭州": "杭州/轮换6", "河北": "河北/轮换6", "湖南": "湖南/轮换6", "全国": "全国/轮换6"}


@pytest.fixture(scope="module")
def pool() -> list[Household]:
    return form_pool()


@pytest.mark.parametrize("variant", sorted(PRINTINGS))
def test_registered_before_rotation_7_and_released(pool: list[Household], variant: str) -> None:
    kind, names = form_names(variant)
    assert names[-13] == PRINTINGS[variant] and names[-14] == f"{variant}/轮换5"
    # rotation 7 added its printing after this one and released this one; rotation 8 added its own after
    # rotation 7's and released that, rotation 9 its own after rotation 8's and released that, rotation 10 its own
    # after rotation 9's and released that, rotation 11 its own after rotation 10's and released that,
    # rotation 12 its own after rotation 11's and released that, rotation 13 its own after rotation 12's and
    # released that, rotation 14 its own after rotation 13's and released that, rotation 15 its own after
    # rotation 14's and released that
    # rotation 17 added its own after rotation 16's and released that: the 轮换17 printing alone is held out
    # rotation 18 added its own after rotation 17's and released that: the 轮换18 printing alone is held out
    assert names[-12:] == [f"{variant}/轮换7", f"{variant}/轮换8", f"{variant}/轮换9", f"{variant}/轮换10",
                          f"{variant}/轮换11", f"{variant}/轮换12", f"{variant}/轮换13", f"{variant}/轮换14",
                          f"{variant}/轮换15",
                           f"{variant}/轮换16", f"{variant}/轮换17", f"{variant}/轮换18"]
    assert HELD_OUT[kind] == {f"{variant}/轮换18"} and not is_held_out(kind, PRINTINGS[variant])
    assert {n for n in names if is_held_out(kind, n)} == {f"{variant}/轮换18"}
    held = forms_drawn(pool, variant, "held-out", 40)
    assert held == {f"{variant}/轮换18"}
    assert PRINTINGS[variant] in forms_drawn(pool, variant, "seen", 60)


@pytest.mark.parametrize("variant", sorted(PRINTINGS))
@pytest.mark.parametrize("n_members", [0, 1, 3, 6])
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
