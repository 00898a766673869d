"""Rotation 18's held-out paper printings (papers_rotation18): each draws for households of one and of several
people, is held out, prints its truth (page by page, for 0, 1, 3, 4 and 6 members where members apply), draws
the same display list from the same seed, and writes nothing off its sheet."""

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
    "身份证": "身份证/轮换18",
    "户口簿": "户口簿/轮换18",
    "低保证": "低保证/轮换18",
    "诊断证明": "诊断证明/轮换18",
    "残疾人证": "残疾人证/轮换18",
}
PER_PERSON = {"身份证", "诊断证明", "残疾人证"}
# held out beside them: rotation 18 released rotation 17's printings (RELEASED) to seen, so only 残疾人证/轮换18 has
# company (残疾人证/三代卡片复印 keeps its mark)
ALSO_HELD: dict[str, set[str]] = {
    "身份证": set(),
    "户口簿": set(),
    "低保证": set(),
    "诊断证明": set(),
    "残疾人证": {"残疾人证/三代卡片复印"},
}
RELEASED = {kind: name.replace("轮换18", "轮换17") for kind, name in PAPERS.items()}


@pytest.fixture(scope="module")
def households() -> list[Household]:
    """Households holding a 低保证: at least one of one person and one of four or more."""
    load_layouts()
    return dibao_households(7, 5)


def _draw(kind: str, hh: Household, seed: int, name: str | None = None) -> Document:
    return draw_printing(kind, PAPERS[kind], hh, seed, name, PER_PERSON)


@pytest.mark.parametrize("kind", sorted(PAPERS))
def test_registered_last_and_held_out(kind: str) -> None:
    load_layouts()
    names = [lay.name for lay in layouts_of(kind)]
    assert names[-1] == PAPERS[kind], "added after the printings it rotates with"
    assert {n for n in names if is_held_out(kind, n)} == {PAPERS[kind]} | ALSO_HELD[kind]
    assert names[-2] == RELEASED[kind] and not is_held_out(kind, RELEASED[kind]), "rotation 18 released it"
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


def test_held_out_archives_draw_them_and_seen_ones_never() -> None:
    held: set[str] = set()
    seen: set[str] = set()
    wanted = set(PAPERS.values()) - {"残疾人证/轮换18"}  # few households hold a 残疾人证
    for i, hh in enumerate(make_households(120, 17)):
        held |= {
            d.layout for d in documents_for(hh, random.Random(hh.index), "held-out") if d.doc_type in PAPERS
        }
        seen |= {d.layout for d in documents_for(hh, random.Random(hh.index), "seen") if d.doc_type in PAPERS}
        for d in documents_for(hh, random.Random(hh.index), "all"):
            if d.layout in PAPERS.values():
                assert d.held_out
        if i >= 40 and wanted <= held:
            break
    assert wanted <= held and held <= set(PAPERS.values()) | {n for s in ALSO_HELD.values() for n in s}
    assert not seen & set(PAPERS.values()) and not held & set(RELEASED.values())


@pytest.mark.parametrize("kind", sorted(PAPERS))
def test_the_check_fails_on_a_value_not_printed(households: list[Household], kind: str) -> None:
    check_the_check_fails(kind, households[2], _draw)


@pytest.mark.parametrize("kind", sorted(PAPERS))
def test_everything_inside_the_sheet(households: list[Household], kind: str) -> None:
    check_papers_inside_sheet(kind, households, _draw)
