"""Rotation 12's printings of the four application forms (forms_rotation12): each was registered last and held
out (in place of rotation 11's, which rotation 12 released); rotation 13 added its own after each and released it,
so it is seen now and drawn for a seen corpus, never for a held-out one. Each draws a household of none, one, three, four and six members with every member in its truth and on its page, prints every truth
value, keeps everything on the sheet, and draws the same from the same seed."""

from __future__ import annotations

import pytest

from dangan.synth.households import Household
from dangan.synth.layouts import HELD_OUT, is_held_out

from .printings import (
    check_form_a4_and_seal,
    check_form_inside_sheet,
    check_form_member_page,
    check_form_members_and_truth,
    check_form_photocopies,
    check_form_same_seed,
    form_names,
    form_pool,
    forms_drawn,
    household_with,
)

PRINTINGS = {"杭州": "杭州/轮换12", "河北": "河北/轮换12", "湖南": "湖南/轮换12", "全国": "全国/轮换12"}


@pytest.fixture(scope="module")
def pool() -> list[Household]:
    return form_pool()


@pytest.mark.parametrize("variant", sorted(PRINTINGS))
def test_registered_before_rotation_13_and_released(pool: list[Household], variant: str) -> None:
    kind, names = form_names(variant)
    assert names[-7] == PRINTINGS[variant] and names[-8] == f"{variant}/轮换11"
    assert names[-6] == f"{variant}/轮换13"  # rotation 13 added its printing after this one and released this one
    assert names[-5] == f"{variant}/轮换14"  # rotation 14 added its own after rotation 13's and released that
    assert names[-4] == f"{variant}/轮换15"  # rotation 15 added its own after rotation 14's and released that
    assert names[-3] == f"{variant}/轮换16"  # rotation 16 added its own after rotation 15's and released that
    assert names[-2] == f"{variant}/轮换17"  # rotation 17 added its own after rotation 16's and released that
    assert names[-1] == f"{variant}/轮换18"  # rotation 18 added its own after rotation 17's and released that
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


@pytest.mark.parametrize("variant", sorted(PRINTINGS))
def test_member_rows_one_to_six_on_the_page_that_prints_them(pool: list[Household], variant: str) -> None:
    check_form_member_page(pool, variant, PRINTINGS[variant])


@pytest.mark.parametrize("variant", sorted(PRINTINGS))
def test_pages_are_a4_and_the_seal_on_the_page_whose_truth_says_so(pool: list[Household], variant: str) -> None:
    check_form_a4_and_seal(pool, variant, PRINTINGS[variant])


def test_some_copies_are_photocopies(pool: list[Household]) -> None:
    check_form_photocopies(pool, PRINTINGS)
