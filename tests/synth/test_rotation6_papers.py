"""Rotation 6's held-out paper printings (papers_rotation6): each draws for households of one and of several
people, is held out, prints its truth (page by page), and draws the same display list from the same seed."""

from __future__ import annotations

import random

import pytest

from dangan.synth.households import Household, make_households
from dangan.synth.layouts import is_held_out, layouts_of
from dangan.synth.render import Document, documents_for, load_layouts

from .printings import (
    check_each_printed,
    check_same_seed_same_drawing,
    check_truth_printed,
    dibao_households,
    draw_printing,
)

PAPERS = {
    "身份证": "身份证/轮换6",
    "户口簿": "户口簿/轮换6",
    "低保证": "低保证/轮换6",
    "诊断证明": "诊断证明/轮换6",
    "残疾人证": "残疾人证/轮换6",
}
PER_PERSON = {"身份证", "诊断证明", "残疾人证"}
# held out beside them: rotation 6 released rotation 5's printings (RELEASED) to seen, so only 残疾人证/轮换6 has
# company (残疾人证/三代卡片复印 keeps its mark)
ALSO_HELD: dict[str, set[str]] = {"身份证": set(), "户口簿": set(), "低保证": set(), "诊断证明": set(),
                                  "残疾人证": {"残疾人证/三代卡片复印"}}
RELEASED = {"身份证": "身份证/轮换5", "户口簿": "户口簿/轮换5", "低保证": "低保证/轮换5", "诊断证明": "诊断证明/轮换5"}


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
    if kind in RELEASED:
        assert names[-2] == RELEASED[kind] and not is_held_out(kind, RELEASED[kind]), "rotation 6 released it"
    assert not is_held_out(kind, names[0])


@pytest.mark.parametrize("kind", sorted(PAPERS))
def test_truth_is_what_is_printed(households: list[Household], kind: str) -> None:
    check_each_printed(kind, PAPERS[kind], households, PER_PERSON)


def test_papers_hold_their_people(households: list[Household]) -> None:
    for hh in households:
        people = [hh.householder(), *hh.members]
        hukou = _draw("户口簿", hh, 1)
        assert [m["身份证号"] for m in hukou.members] == [p["身份证号"] for p in people]
        assert hukou.members[0]["关系"] == "户主" and len(hukou.pages) == 1 + len(people), "户主页, one card each"
        assert hukou.pages[0].fields["户主姓名"] == hh.record["姓名"] and not hukou.pages[0].members
        assert all(len(page.members) == 1 for page in hukou.pages[1:])
        dibao = _draw("低保证", hh, 2)
        assert dibao.members[0]["姓名"] == hh.record["姓名"] and dibao.fields["保障人数"] == len(dibao.members)
        assert 1 <= len(dibao.members) <= len(people) and dibao.fields["证号"] == hh.dibao_no
        card = _draw("身份证", hh, 3)
        assert card.fields["身份证号"] == hh.record["身份证号"] and card.members == []
        diag = _draw("诊断证明", hh, 4)
        assert diag.fields["姓名"] == hh.record["姓名"]
        disabled = _draw("残疾人证", hh, 5)
        assert disabled.fields["残疾人证号"].startswith(hh.record["身份证号"]) and disabled.members == []
    for kind in ("身份证", "诊断证明", "残疾人证"):  # drawn for a member too
        hh = next(h for h in households if h.members)
        member = hh.members[0]["姓名"]
        assert _draw(kind, hh, 6, member).fields["姓名"] == member


@pytest.mark.parametrize("kind", sorted(PAPERS))
def test_same_seed_same_display_list(households: list[Household], kind: str) -> None:
    for hh in (households[0], households[2]):
        check_same_seed_same_drawing(kind, PAPERS[kind], hh, PER_PERSON)


def test_held_out_archives_draw_them_and_seen_ones_never() -> None:
    held: set[str] = set()
    seen: set[str] = set()
    wanted = set(PAPERS.values()) - {"残疾人证/轮换6"}  # few households hold a 残疾人证
    for i, hh in enumerate(make_households(120, 17)):
        held |= {d.layout for d in documents_for(hh, random.Random(hh.index), "held-out") if d.doc_type in PAPERS}
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
    doc = _draw(kind, households[2], 5)
    label = next(k for k, v in doc.fields.items() if isinstance(v, str))
    doc.fields[label] = doc.pages[0].fields[label] = "未印出的值"
    with pytest.raises(AssertionError):
        check_truth_printed(doc)
    if doc.members:
        doc = _draw(kind, households[2], 5)
        doc.members[-1]["身份证号"] = doc.pages[-1].members[-1]["身份证号"] = "11010519491231002X"
        with pytest.raises(AssertionError):
            check_truth_printed(doc)
