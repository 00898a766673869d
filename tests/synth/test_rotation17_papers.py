"""Rotation 17's paper printings (papers_rotation17), held out when added and released by rotation 18: each draws
for households of one and of several people, is seen now, prints its truth (page by page, for 0, 1, 3, 4 and 6
members where members apply), draws the same display list from the same seed, and writes nothing off its sheet."""

from __future__ import annotations

import random

import pytest

from dangan.synth.households import Household, make_households
from dangan.synth.layouts import is_held_out, layouts_of
from dangan.synth.render import Document, documents_for, load_layouts

from .printings import (
    check_each_printed,
    check_members_printed,
    check_papers_and_disability_card_hold_their_people,
    check_papers_inside_sheet,
    check_same_seed_for_two,
    check_the_check_fails,
    dibao_households,
    draw_printing,
)

PAPERS = {
    "身份证": "身份证/轮换17",
    "户口簿": "户口簿/轮换17",
    "低保证": "低保证/轮换17",
    "诊断证明": "诊断证明/轮换17",
    "残疾人证": "残疾人证/轮换17",
}
PER_PERSON = {"身份证", "诊断证明", "残疾人证"}
# rotation 17 released rotation 16's printings (RELEASED) to seen; rotation 18 released PAPERS in turn and holds out
# its own (ROTATION_18, papers_rotation18, registered last) in their place, 残疾人证/轮换18 beside 残疾人证/三代卡片复印
ALSO_HELD: dict[str, set[str]] = {
    "身份证": set(),
    "户口簿": set(),
    "低保证": set(),
    "诊断证明": set(),
    "残疾人证": {"残疾人证/三代卡片复印"},
}
RELEASED = {kind: name.replace("轮换17", "轮换16") for kind, name in PAPERS.items()}
ROTATION_18 = {kind: name.replace("轮换17", "轮换18") for kind, name in PAPERS.items()}


@pytest.fixture(scope="module")
def households() -> list[Household]:
    """Households holding a 低保证: at least one of one person and one of four or more."""
    load_layouts()
    return dibao_households(7, 5)


def _draw(kind: str, hh: Household, seed: int, name: str | None = None) -> Document:
    return draw_printing(kind, PAPERS[kind], hh, seed, name, PER_PERSON)


@pytest.mark.parametrize("kind", sorted(PAPERS))
def test_registered_before_rotation_18_and_released(kind: str) -> None:
    load_layouts()
    names = [lay.name for lay in layouts_of(kind)]
    assert names[-2:] == [PAPERS[kind], ROTATION_18[kind]], "added after the printings it rotates with"
    assert not is_held_out(kind, PAPERS[kind]), "rotation 18 released it"
    assert {n for n in names if is_held_out(kind, n)} == {ROTATION_18[kind]} | ALSO_HELD[kind]
    assert names[-3] == RELEASED[kind] and not is_held_out(kind, RELEASED[kind]), "rotation 17 released it"
    assert not is_held_out(kind, names[0])


@pytest.mark.parametrize("kind", sorted(PAPERS))
def test_truth_is_what_is_printed(households: list[Household], kind: str) -> None:
    check_each_printed(kind, PAPERS[kind], households, PER_PERSON)


@pytest.mark.parametrize("n_members", [0, 1, 3, 4, 6])
@pytest.mark.parametrize("kind", ["户口簿", "低保证"])
def test_truth_printed_for_any_number_of_members(
    households: list[Household], kind: str, n_members: int
) -> None:
    check_members_printed(kind, households, n_members, _draw)


def test_papers_hold_their_people(households: list[Household]) -> None:
    check_papers_and_disability_card_hold_their_people(households, _draw)


@pytest.mark.parametrize("kind", sorted(PAPERS))
def test_same_seed_same_display_list(households: list[Household], kind: str) -> None:
    check_same_seed_for_two(kind, PAPERS[kind], households, PER_PERSON)


def test_seen_archives_draw_them_and_held_out_ones_never() -> None:
    """Rotation 18 released them: seen archives draw them, held-out ones draw rotation 18's instead."""
    held: set[str] = set()
    seen: set[str] = set()
    wanted = set(PAPERS.values()) - {"残疾人证/轮换17"}  # few households hold a 残疾人证
    for i, hh in enumerate(make_households(400, 17)):  # until drawn: more seen printings each rotation
        held |= {
            d.layout for d in documents_for(hh, random.Random(hh.index), "held-out") if d.doc_type in PAPERS
        }
        seen |= {d.layout for d in documents_for(hh, random.Random(hh.index), "seen") if d.doc_type in PAPERS}
        for d in documents_for(hh, random.Random(hh.index), "all"):
            if d.layout in PAPERS.values():
                assert not d.held_out
        if i >= 40 and wanted <= seen:
            break
    assert wanted <= seen and not seen & set(ROTATION_18.values())
    assert held <= set(ROTATION_18.values()) | {n for s in ALSO_HELD.values() for n in s}
    assert not held & (set(PAPERS.values()) | set(RELEASED.values()))


@pytest.mark.parametrize("kind", sorted(PAPERS))
def test_the_check_fails_on_a_value_not_printed(households: list[Household], kind: str) -> None:
    check_the_check_fails(kind, households[2], _draw)


@pytest.mark.parametrize("kind", sorted(PAPERS))
def test_everything_inside_the_sheet(households: list[Household], kind: str) -> None:
    check_papers_inside_sheet(kind, households, _draw)
