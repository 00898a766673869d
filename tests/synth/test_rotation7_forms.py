"""Rotation 7's printings of the four application forms (forms_rotation7; held out by rotation 7 in place of
rotation 6's, released to seen by rotation 8): each is registered before rotation 8's, seen and drawn for a seen
corpus, never for a held-out one, draws a household of none, one and six members with every member in its truth and on its page, prints every truth value, and draws
the same from the same seed."""

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

PRINTINGS = {"杭州": "杭州/轮换7", "河北": "河北/轮换7", "湖南": "湖南/轮换7", "全国": "全国/轮换7"}


@pytest.fixture(scope="module")
def pool() -> list[Household]:
    return form_pool()


@pytest.mark.parametrize("variant", sorted(PRINTINGS))
def test_registered_before_rotation_8_and_released(pool: list[Household], variant: str) -> None:
    kind, names = form_names(variant)
    assert names[-12] == PRINTINGS[variant] and names[-13] == f"{variant}/轮换6"
    # rotation 8 added its printing after this one and released this one; rotation 9 added its own after
    # rotation 8's and released that; rotation 10 added its own after rotation 9's and released that; rotation
    # 11 added its own after rotation 10's and released that; rotation 12 added its own after rotation 11's and
    # released that; rotation 13 added its own after rotation 12's and released that; rotation 14 added its own
    # after rotation 13's and released that; rotation 15 added its own after rotation 14's and released that
    # rotation 17 added its own after rotation 16's and released that: the 轮换17 printing alone is held out
    # rotation 18 added its own after rotation 17's and released that: the 轮换18 printing alone is held out
    assert names[-11:] == [f"{variant}/轮换8", f"{variant}/轮换9", f"{variant}/轮换10", f"{variant}/轮换11",
                          f"{variant}/轮换12", f"{variant}/轮换13", f"{variant}/轮换14", f"{variant}/轮换15",
                           f"{variant}/轮换16", f"{variant}/轮换17", f"{variant}/轮换18"]
    assert HELD_OUT[kind] == {f"{variant}/轮换18"} and not is_held_out(kind, PRINTINGS[variant])
    assert {n for n in names if is_held_out(kind, n)} == {f"{variant}/轮换18"}
    held = forms_drawn(pool, variant, "held-out", 40)
    assert held == {f"{variant}/轮换18"}
    assert PRINTINGS[variant] in forms_drawn(pool, variant, "seen", 60)


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


def test_hebei_member_table_continues_on_page_2(pool: list[Household]) -> None:
    """河北/轮换7 prints three member rows on page 1 and the rest on page 2 (续表), each page with its members."""
    hh = household_with(pool, "河北", 5)
    doc = draw_form("河北", PRINTINGS["河北"], hh, 1)
    assert [len(page.members) for page in doc.pages] == [3, 2]
    assert "续表" in page_text(doc.pages[1])
    small = household_with(pool, "河北", 2)
    doc = draw_form("河北", PRINTINGS["河北"], small, 1)
    assert [len(page.members) for page in doc.pages] == [2, 0]


def test_hangzhou_id_number_in_boxes_above_the_table(pool: list[Household]) -> None:
    """杭州/轮换7 writes the applicant's ID number a character a box in the head of the sheet, above the table."""
    hh = household_with(pool, "杭州", 2)
    page = draw_form("杭州", PRINTINGS["杭州"], hh, 3).pages[0]
    texts = [op for op in page.ops if op[0] == "text"]
    ident = str(hh.record["身份证号"])
    at = next(i for i in range(len(texts)) if "".join(op[3] for op in texts[i:i + 18]) == ident)
    boxed = texts[at:at + 18]
    assert all(len(op[3]) == 1 for op in boxed)
    first_label = next(op for op in texts if op[3] == "*姓名")
    assert all(op[2] < first_label[2] for op in boxed)


def test_hunan_member_rows_repeat_their_labels(pool: list[Household]) -> None:
    """湖南/轮换7 prints each member column's label inside every row's cell, above the value."""
    hh = household_with(pool, "湖南", 4)
    doc = draw_form("湖南", PRINTINGS["湖南"], hh, 5)
    labels = [op for op in doc.pages[0].ops if op[0] == "text" and op[3] == "工作单位或就读学校"]
    assert len(labels) >= 4
    for m in hh.members:
        cell = next(op for op in doc.pages[0].ops if op[0] == "text" and op[3] == m["身份证号"])
        assert any(0 < cell[2] - op[2] < 12 for op in labels)


def test_national_member_cards_side_by_side(pool: list[Household]) -> None:
    """全国/轮换7 gives each member a card on page 2, two cards a row, every card headed with its number."""
    hh = household_with(pool, "全国", 3)
    doc = draw_form("全国", PRINTINGS["全国"], hh, 2)
    heads = [op for op in doc.pages[1].ops if op[0] == "text" and op[3].startswith("家庭成员信息表格")]
    assert [op[3] for op in heads][:3] == ["家庭成员信息表格1", "家庭成员信息表格2", "家庭成员信息表格3"]
    assert heads[0][2] == heads[1][2] and heads[1][1] > heads[0][1] + 80 and heads[2][2] > heads[0][2]
    assert doc.pages[1].members == doc.members and not doc.pages[0].members
