"""Rotation 11's printings of the four application forms (forms_rotation11): each was registered last and held
out (in place of rotation 10's, which rotation 11 released); rotation 12 added its own after each and released it,
so it is seen now and drawn for a seen corpus, never for a held-out one. Each draws a household
of none, one, three, four and six members with every member in its truth and on its page, prints every truth
value, keeps everything on the sheet, and draws the same from the same seed."""

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

PRINTINGS = {"杭州": "杭州/轮换11", "河北": "河北/轮换11", "湖南": "湖南/轮换11", "全国": "全国/轮换11"}


@pytest.fixture(scope="module")
def pool() -> list[Household]:
    return form_pool()


@pytest.mark.parametrize("variant", sorted(PRINTINGS))
def test_registered_before_rotation_12_and_released(pool: list[Household], variant: str) -> None:
    kind, names = form_names(variant)
    assert names[-8] == PRINTINGS[variant] and names[-9] == f"{variant}/轮换10"
    assert names[-7] == f"{variant}/轮换12"  # rotation 12 added its printing after this one and released this one
    assert names[-6] == f"{variant}/轮换13"  # rotation 13 added its own after rotation 12's and released that
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


def test_dates_written_out_in_chinese_numerals() -> None:
    """The opinions' dates some printings write out (not fields of the truth): 二〇二六年三月五日."""
    from datetime import date

    from dangan.synth.forms_rotation11 import cn_numeral_date

    assert cn_numeral_date(date(2026, 3, 5)) == "二〇二六年三月五日"
    assert cn_numeral_date(date(2024, 10, 20)) == "二〇二四年十月二十日"
    assert cn_numeral_date(date(2025, 12, 31)) == "二〇二五年十二月三十一日"
    assert cn_numeral_date(date(2026, 11, 14)) == "二〇二六年十一月十四日"


def test_system_printout_types_its_values(pool: list[Household]) -> None:
    """全国/轮换11 is the management system's printout: its values typed (not in the hand font) whatever the copy's
    style, dates in ISO form, the archive number on its first page; two pages, the members on the first."""
    hh = household_with(pool, "全国", 3)
    doc = draw_form("全国", PRINTINGS["全国"], hh, 1, typed=False)
    assert len(doc.pages) == 2 and doc.pages[0].members == doc.members
    assert str(hh.record["职工编号"]) in page_text(doc.pages[0])
    assert hh.record["出生日期"] in page_text(doc.pages[0])
    values = [op for op in doc.pages[0].ops if op[0] == "text" and op[3] == hh.record["姓名"]]
    assert values and all(op[5] != "kai" for op in values)


def test_second_page_of_the_hebei_printing_holds_the_opinions_only(pool: list[Household]) -> None:
    """河北/轮换11 prints its fields and members on page 1 and the declaration and opinions (with the seal) on
    page 2."""
    hh = household_with(pool, "河北", 4)
    doc = draw_form("河北", PRINTINGS["河北"], hh, 3)
    first, second = (page_text(page) for page in doc.pages)
    assert "基层工会意见" in second and "基层工会意见" not in first
    assert any(op[0] == "seal" for op in doc.pages[1].ops)
    assert not any(op[0] == "seal" for op in doc.pages[0].ops)
    assert doc.pages[1].fields == {"是否盖章": True}
