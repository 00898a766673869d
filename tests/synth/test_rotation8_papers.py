"""Rotation 8's paper printings (papers_rotation8; held out by rotation 8, released to seen by rotation 9): each
draws for households of one and of several people, is seen, prints its truth (page by page), draws the same
display list from the same seed, and writes nothing off its sheet."""

from __future__ import annotations

import random

import pytest

from dangan.synth.households import Household, make_households
from dangan.synth.layouts import is_held_out, layouts_of
from dangan.synth.render import Document, documents_for, load_layouts

from .printings import (
    check_each_printed,
    check_papers_and_disability_card_hold_their_people,
    check_papers_inside_sheet,
    check_same_seed_for_two,
    check_the_check_fails,
    dibao_households,
    draw_printing,
)

PAPERS = {
    "身份证": "身份证/轮换8",
    "户口簿": "户口簿/轮换8",
    "低保证": "低保证/轮换8",
    "诊断证明": "诊断证明/轮换8",
    "残疾人证": "残疾人证/轮换8",
}
PER_PERSON = {"身份证", "诊断证明", "残疾人证"}
# rotation 8 released rotation 7's printings (RELEASED) to seen; rotation 9 released PAPERS in turn and held out its
# own (ROTATION_9, papers_rotation9) in their place; rotation 10 released those and held out its own (ROTATION_10,
# papers_rotation10); rotation 11 released those and held out its own (ROTATION_11, papers_rotation11), 残疾人证/轮换11 beside 残疾人证/三代卡片复印
ALSO_HELD: dict[str, set[str]] = {"身份证": set(), "户口簿": set(), "低保证": set(), "诊断证明": set(),
                                  "残疾人证": {"残疾人证/三代卡片复印"}}
RELEASED = {kind: name.replace("轮换8", "轮换7") for kind, name in PAPERS.items()}
ROTATION_9 = {kind: name.replace("轮换8", "轮换9") for kind, name in PAPERS.items()}
ROTATION_10 = {kind: name.replace("轮换8", "轮换10") for kind, name in PAPERS.items()}
ROTATION_11 = {kind: name.replace("轮换8", "轮换11") for kind, name in PAPERS.items()}
# rotation 12 released ROTATION_11 in turn and held out ROTATION_12 (papers_rotation12); rotation 13 released
# ROTATION_12 in turn and held out ROTATION_13 (papers_rotation13)
ROTATION_12 = {kind: name.replace("轮换8", "轮换12") for kind, name in PAPERS.items()}
ROTATION_13 = {kind: name.replace("轮换8", "轮换13") for kind, name in PAPERS.items()}
# rotation 14 released ROTATION_13 in turn and held out ROTATION_14 (papers_rotation14)
ROTATION_14 = {kind: name.replace("轮换8", "轮换14") for kind, name in PAPERS.items()}
# rotation 15 released ROTATION_14 in turn and held out ROTATION_15 (papers_rotation15)
ROTATION_15 = {kind: name.replace("轮换8", "轮换15") for kind, name in PAPERS.items()}
# rotation 16 released ROTATION_15 in turn and held out ROTATION_16 (papers_rotation16)
ROTATION_16 = {kind: name.replace("轮换8", "轮换16") for kind, name in PAPERS.items()}
# rotation 17 released ROTATION_16 in turn and held out ROTATION_17 (papers_rotation17)
ROTATION_17 = {kind: name.replace("轮换8", "轮换17") for kind, name in PAPERS.items()}
# rotation 18 released ROTATION_17 in turn and holds out ROTATION_18 (papers_rotation18, registered last)
ROTATION_18 = {kind: name.replace("轮换8", "轮换18") for kind, name in PAPERS.items()}


@pytest.fixture(scope="module")
def households() -> list[Household]:
    """Households holding a 低保证: at least one of one person and one of four or more."""
    load_layouts()
    return dibao_households(7, 5)


def _draw(kind: str, hh: Household, seed: int, name: str | None = None) -> Document:
    return draw_printing(kind, PAPERS[kind], hh, seed, name, PER_PERSON)


@pytest.mark.parametrize("kind", sorted(PAPERS))
def test_registered_before_rotation_9_and_released(kind: str) -> None:
    load_layouts()
    names = [lay.name for lay in layouts_of(kind)]
    assert names[-11:] == [PAPERS[kind], ROTATION_9[kind], ROTATION_10[kind], ROTATION_11[kind], ROTATION_12[kind],
                          ROTATION_13[kind], ROTATION_14[kind],
                          ROTATION_15[kind], ROTATION_16[kind], ROTATION_17[kind], ROTATION_18[kind]], \
        "added after the printings it rotates with"
    assert not is_held_out(kind, PAPERS[kind]), "rotation 9 released it"
    assert not is_held_out(kind, ROTATION_9[kind]), "rotation 10 released it"
    assert not is_held_out(kind, ROTATION_10[kind]), "rotation 11 released it"
    assert not is_held_out(kind, ROTATION_11[kind]), "rotation 12 released it"
    assert not is_held_out(kind, ROTATION_12[kind]), "rotation 13 released it"
    assert not is_held_out(kind, ROTATION_13[kind]), "rotation 14 released it"
    assert not is_held_out(kind, ROTATION_14[kind]), "rotation 15 released it"
    assert not is_held_out(kind, ROTATION_15[kind]), "rotation 16 released it"
    assert not is_held_out(kind, ROTATION_16[kind]), "rotation 17 released it"
    assert not is_held_out(kind, ROTATION_17[kind]), "rotation 18 released it"
    assert {n for n in names if is_held_out(kind, n)} == {ROTATION_18[kind]} | ALSO_HELD[kind]
    if kind in RELEASED:
        assert names[-12] == RELEASED[kind] and not is_held_out(kind, RELEASED[kind]), "rotation 8 released it"
    assert not is_held_out(kind, names[0])


@pytest.mark.parametrize("kind", sorted(PAPERS))
def test_truth_is_what_is_printed(households: list[Household], kind: str) -> None:
    check_each_printed(kind, PAPERS[kind], households, PER_PERSON)


def test_papers_hold_their_people(households: list[Household]) -> None:
    check_papers_and_disability_card_hold_their_people(households, _draw)


@pytest.mark.parametrize("kind", sorted(PAPERS))
def test_same_seed_same_display_list(households: list[Household], kind: str) -> None:
    check_same_seed_for_two(kind, PAPERS[kind], households, PER_PERSON)


def test_seen_archives_draw_them_and_held_out_ones_never() -> None:
    """Rotation 9 released them: seen archives draw them, held-out ones draw what is held out instead (since
    rotation 11, its printings; rotation 9's and 10's are released too)."""
    held: set[str] = set()
    seen: set[str] = set()
    wanted = set(PAPERS.values()) - {"残疾人证/轮换8"}  # few households hold a 残疾人证
    for i, hh in enumerate(make_households(400, 17)):  # until drawn: more seen printings each rotation
        held |= {d.layout for d in documents_for(hh, random.Random(hh.index), "held-out") if d.doc_type in PAPERS}
        seen |= {d.layout for d in documents_for(hh, random.Random(hh.index), "seen") if d.doc_type in PAPERS}
        for d in documents_for(hh, random.Random(hh.index), "all"):
            if d.layout in PAPERS.values():
                assert not d.held_out
        if i >= 40 and wanted <= seen:
            break
    assert wanted <= seen and not seen & set(ROTATION_18.values())
    assert held <= set(ROTATION_18.values()) | {n for s in ALSO_HELD.values() for n in s}
    assert not held & (set(PAPERS.values()) | set(RELEASED.values()) | set(ROTATION_9.values())
                       | set(ROTATION_10.values())
                       | set(ROTATION_11.values()) | set(ROTATION_12.values()) | set(ROTATION_13.values())
                       | set(ROTATION_14.values())
                       | set(ROTATION_15.values()))


@pytest.mark.parametrize("kind", sorted(PAPERS))
def test_the_check_fails_on_a_value_not_printed(households: list[Household], kind: str) -> None:
    check_the_check_fails(kind, households[2], _draw)


@pytest.mark.parametrize("kind", sorted(PAPERS))
def test_everything_inside_the_sheet(households: list[Household], kind: str) -> None:
    check_papers_inside_sheet(kind, households, _draw)
