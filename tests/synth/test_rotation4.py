"""Rotation 4's held-out paper printings (papers_rotation4): each draws for households of one and of several
people, is held out, prints its truth, and draws the same display list from the same seed."""

from __future__ import annotations

import random

import pytest

from dangan.synth.households import Household, make_households
from dangan.synth.layouts import is_held_out, layouts_of
from dangan.synth.render import Document, documents_for, load_layouts

from .printings import check_each_printed, check_same_seed_same_drawing, dibao_households, draw_printing

PAPERS = {
    "身份证": "身份证/轮换4",
    "户口簿": "户口簿/轮换4",
    "低保证": "低保证/轮换4",
    "诊断证明": "诊断证明/轮换4",
    "残疾人证": "残疾人证/轮换4",
}
PER_PERSON = {"身份证", "诊断证明", "残疾人证"}
# Rotation 5's printings of the same kinds (papers_rotation5): registered after these, held out in their place
# (rotation 5 released these to seen); rotation 6 released them in turn and held out its own (papers_rotation6) in
# their place; rotation 7 released those and held out its own (papers_rotation7); rotation 8 released those and held
# out its own (papers_rotation8); rotation 9 released those and held out its own (papers_rotation9); rotation 10
# released those and held out its own (papers_rotation10); rotation 11 released those and held out its own
# (papers_rotation11).
ROTATION_5 = {kind: f"{kind}/轮换5" for kind in ("身份证", "户口簿", "低保证", "诊断证明")}
ROTATION_6 = {kind: name.replace("轮换4", "轮换6") for kind, name in PAPERS.items()}
ROTATION_7 = {kind: name.replace("轮换4", "轮换7") for kind, name in PAPERS.items()}
ROTATION_8 = {kind: name.replace("轮换4", "轮换8") for kind, name in PAPERS.items()}
ROTATION_9 = {kind: name.replace("轮换4", "轮换9") for kind, name in PAPERS.items()}
ROTATION_10 = {kind: name.replace("轮换4", "轮换10") for kind, name in PAPERS.items()}
ROTATION_11 = {kind: name.replace("轮换4", "轮换11") for kind, name in PAPERS.items()}
# rotation 12 released ROTATION_11 in turn and held out ROTATION_12 (papers_rotation12); rotation 13 released
# ROTATION_12 in turn and held out ROTATION_13 (papers_rotation13)
ROTATION_12 = {kind: name.replace("轮换4", "轮换12") for kind, name in PAPERS.items()}
ROTATION_13 = {kind: name.replace("轮换4", "轮换13") for kind, name in PAPERS.items()}
# rotation 14 released ROTATION_13 in turn and held out ROTATION_14 (papers_rotation14)
ROTATION_14 = {kind: name.replace("轮换4", "轮换14") for kind, name in PAPERS.items()}
# rotation 15 released ROTATION_14 in turn and held out ROTATION_15 (papers_rotation15)
ROTATION_15 = {kind: name.replace("轮换4", "轮换15") for kind, name in PAPERS.items()}
# rotation 16 released ROTATION_15 in turn and held out ROTATION_16 (papers_rotation16)
ROTATION_16 = {kind: name.replace("轮换4", "轮换16") for kind, name in PAPERS.items()}
# rotation 17 released ROTATION_16 in turn and held out ROTATION_17 (papers_rotation17)
ROTATION_17 = {kind: name.replace("轮换4", "轮换17") for kind, name in PAPERS.items()}
# rotation 18 released ROTATION_17 in turn and holds out ROTATION_18 (papers_rotation18, registered last)
ROTATION_18 = {kind: name.replace("轮换4", "轮换18") for kind, name in PAPERS.items()}


@pytest.fixture(scope="module")
def households() -> list[Household]:
    """Households holding a 低保证: at least one of one person and one of four or more."""
    load_layouts()
    return dibao_households(6, 3)


def _draw(kind: str, hh: Household, seed: int, name: str | None = None) -> Document:
    return draw_printing(kind, PAPERS[kind], hh, seed, name, PER_PERSON)


@pytest.mark.parametrize("kind", sorted(PAPERS))
def test_registered_last_and_held_out(kind: str) -> None:
    load_layouts()
    names = [lay.name for lay in layouts_of(kind)]
    # rotation 6 released rotation 5's printing, rotation 7 rotation 6's, rotation 8 rotation 7's, rotation 9 rotation 8's,
    # rotation 10 rotation 9's, rotation 11 rotation 10's … rotation 16 rotation 15's, rotation 17 rotation 16's,
    # rotation 18 rotation 17's
    released = [*([ROTATION_5[kind]] if kind in ROTATION_5 else []), ROTATION_6[kind], ROTATION_7[kind],
                ROTATION_8[kind], ROTATION_9[kind], ROTATION_10[kind], ROTATION_11[kind], ROTATION_12[kind],
                ROTATION_13[kind], ROTATION_14[kind], ROTATION_15[kind], ROTATION_16[kind], ROTATION_17[kind]]
    later = [*released, ROTATION_18[kind]]  # rotation 18's printing, registered last
    assert names[len(names) - len(later) - 1:] == [PAPERS[kind], *later] and not is_held_out(kind, PAPERS[kind])
    assert not any(is_held_out(kind, n) for n in released)
    held = [n for n in names if is_held_out(kind, n)]
    assert held == ([ROTATION_18[kind]] if kind != "残疾人证" else ["残疾人证/三代卡片复印", ROTATION_18[kind]])
    assert not is_held_out(kind, names[0])


@pytest.mark.parametrize("kind", sorted(PAPERS))
def test_truth_is_what_is_printed(households: list[Household], kind: str) -> None:
    check_each_printed(kind, PAPERS[kind], households, PER_PERSON)


def test_papers_hold_their_people(households: list[Household]) -> None:
    for hh in households:
        people = [hh.householder(), *hh.members]
        hukou = _draw("户口簿", hh, 1)
        assert [m["身份证号"] for m in hukou.members] == [p["身份证号"] for p in people]
        assert hukou.members[0]["关系"] == "户主"
        assert hukou.pages[0].fields["户主姓名"] == hh.record["姓名"]
        assert len(hukou.pages) == (len(people) + 2 + 1) // 2, "one spread per sheet: 注意事项 + 户主页, cards"
        dibao = _draw("低保证", hh, 2)
        assert dibao.members[0]["姓名"] == hh.record["姓名"] and dibao.fields["保障人数"] == len(dibao.members)
        assert 1 <= len(dibao.members) <= len(people)
        card = _draw("身份证", hh, 3)
        assert card.fields["身份证号"] == hh.record["身份证号"] and card.members == []
        diag = _draw("诊断证明", hh, 4)
        assert diag.fields["姓名"] == hh.record["姓名"]
        disabled = _draw("残疾人证", hh, 5)
        assert disabled.fields["残疾人证号"].startswith(hh.record["身份证号"]) and disabled.pages[0].mono


@pytest.mark.parametrize("kind", sorted(PAPERS))
def test_same_seed_same_display_list(households: list[Household], kind: str) -> None:
    for hh in (households[0], households[-1]):
        check_same_seed_same_drawing(kind, PAPERS[kind], hh, PER_PERSON)


def test_held_out_archives_draw_them_and_seen_ones_never() -> None:
    held: set[str] = set()
    seen: set[str] = set()
    wanted = set(PAPERS.values()) - {"残疾人证/轮换4"} | {"身份证/轮换3", "户口簿/轮换3"}
    for i, hh in enumerate(make_households(400, 13)):  # until they are drawn: more seen printings each rotation
        held |= {d.layout for d in documents_for(hh, random.Random(hh.index), "held-out") if d.doc_type in PAPERS}
        seen |= {d.layout for d in documents_for(hh, random.Random(hh.index), "seen") if d.doc_type in PAPERS}
        if i >= 30 and wanted <= seen:
            break
    # rotation 5 released these: seen archives draw them, held-out ones draw what is held out instead (since
    # rotation 11, its printings; rotation 5's to 10's are released too)
    assert set(PAPERS.values()) - {"残疾人证/轮换4"} <= seen
    assert held <= {"残疾人证/三代卡片复印"} | set(ROTATION_18.values())
    assert not held & (set(PAPERS.values()) | set(ROTATION_5.values()) | set(ROTATION_6.values())
                       | set(ROTATION_7.values()) | set(ROTATION_8.values()) | set(ROTATION_9.values())
                       | set(ROTATION_10.values())
                       | set(ROTATION_11.values()) | set(ROTATION_12.values()) | set(ROTATION_13.values())
                       | set(ROTATION_14.values()) | set(ROTATION_15.values()))
    assert {"身份证/轮换3", "户口簿/轮换3"} <= seen
