"""Rotation 9's printings of the four application forms (forms_rotation9): each was registered last and held
out (in place of rotation 8's, which rotation 9 released); rotation 10 added its own after each and released
it, so it is seen now (rotation 11 added its own after that and released it in turn). Each draws a household of none, one, three, four and six members with every member in its
truth and on its page, prints every truth value, keeps everything on the sheet, and draws the same from the same
seed."""

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

PRINTINGS = {"杭州": "杭州/轮换9", "河北": "河北/轮换9", "湖南": "湖南/轮换9", "全国": "全国/轮换9"}


@pytest.fixture(scope="module")
def pool() -> list[Household]:
    return form_pool()


@pytest.mark.parametrize("variant", sorted(PRINTINGS))
def test_registered_before_rotation_10_and_released(pool: list[Household], variant: str) -> None:
    kind, names = form_names(variant)
    assert names[-10] == PRINTINGS[variant] and names[-11] == f"{variant}/轮换8"
    # rotation 10 added its printing after this one and released this one; rotation 11 added its own after
    # rotation 10's and released that; rotation 12 added its own after rotation 11's and released that;
    # rotation 13 added its own after rotation 12's and released that; rotation 14 added its own after rotation 13's
    # and released that; rotation 15 added its own after rotation 14's and released that
    # rotation 17 added its own after rotation 16's and released that: the 轮换17 printing alone is held out
    # rotation 18 added its own after rotation 17's and released that: the 轮换18 printing alone is held out
    assert names[-9:] == [f"{variant}/轮换10", f"{variant}/轮换11", f"{variant}/轮换12", f"{variant}/轮换13",
                          f"{variant}/轮换14", f"{variant}/轮换15",
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


@pytest.mark.parametrize("variant", sorted(PRINTINGS))
def test_member_rows_one_to_six_on_the_page_that_prints_them(pool: list[Household], variant: str) -> None:
    """Each printing keeps its member entries (one to six, blank ones after the household's) on one page of its
    own, every member's ID number printed there and on no other page; a household of six fills all six."""
    for n_members in (2, 5, 6):
        hh = household_with(pool, variant, n_members)
        for seed in (3, 7):
            doc = draw_form(variant, PRINTINGS[variant], hh, seed)
            holding = [i for i, page in enumerate(doc.pages) if page.members]
            assert len(holding) == 1 and doc.pages[holding[0]].members == doc.members, variant
            assert [m["身份证号"] for m in doc.members] == [m["身份证号"] for m in hh.members]
            for i, page in enumerate(doc.pages):
                text = page_text(page)
                assert all((m["身份证号"] in text) == (i == holding[0]) for m in hh.members), (variant, i)


def test_cause_numbers_name_the_causes_of_the_legend(pool: list[Household]) -> None:
    """杭州/轮换9 and 全国/轮换9 write the causes as the numbers of the legend printed with them: the numbers
    written are those of the record's causes."""
    from dangan.synth.forms_hangzhou import CAUSES as HZ_CAUSES
    from dangan.synth.forms_rotation9 import CAUSES_BY_CODE, _numbers

    for variant, options in (("杭州", HZ_CAUSES), ("全国", CAUSES_BY_CODE)):
        hh = household_with(pool, variant, 2)
        r = hh.record
        main = _numbers(r["主要致困原因"], options)
        assert main and options[int(main) - 1] == r["主要致困原因"]
        others = _numbers(r["次要致困原因"], options)
        assert [options[int(k) - 1] for k in others.split("、") if k] == list(r["次要致困原因"] or [])
        doc = draw_form(variant, PRINTINGS[variant], hh, 2, typed=True)
        text = "".join(page_text(page) for page in doc.pages)
        assert all(o in text for o in options)
