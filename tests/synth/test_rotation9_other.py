"""Rotation 9's 其他 printings (other_rotation9; held out by rotation 9, released to seen by rotation 10): each draws,
for households of one and of several people and for every paper its kind stands for, a page that prints its truth and
stays inside its sheet; each is seen, held-out mode never draws it, and the same seed draws the same display list."""

from __future__ import annotations

import random

import pytest

from dangan.synth.canvas import text_width
from dangan.synth.households import Household, make_households
from dangan.synth.layouts import is_held_out, layouts_of
from dangan.synth.other_rotation5 import rmb_upper
from dangan.synth.render import Document, documents_for, load_layouts

from .printings import check_others_printed, check_others_same_seed, other_draws, other_households, page_text

OTHERS = {
    "其他/证明": "证明/轮换9",
    "其他/票据": "票据/轮换9",
    "其他/录取通知书": "录取通知书/轮换9",
    "其他/银行卡": "银行卡/轮换9",
    "其他/授权书": "授权书/轮换9",
    "其他/会议记录": "会议记录/轮换9",
}
# rotation 8's printings, registered before them: rotation 9 released these to seen and held OTHERS out instead;
# rotation 10 released OTHERS too and held out ROTATION_10 (other_rotation10, registered after them); rotation 11
# released those and holds out ROTATION_11 (other_rotation11, registered last)
BEFORE = {kind: name.replace("轮换9", "轮换8") for kind, name in OTHERS.items()}
ROTATION_10 = {kind: name.replace("轮换9", "轮换10") for kind, name in OTHERS.items()}
ROTATION_11 = {kind: name.replace("轮换9", "轮换11") for kind, name in OTHERS.items()}
# rotation 12 released ROTATION_11 too and held out ROTATION_12 (other_rotation12)
ROTATION_12 = {kind: name.replace("轮换9", "轮换12") for kind, name in OTHERS.items()}
# rotation 13 released ROTATION_12 too and held out ROTATION_13 (other_rotation13)
ROTATION_13 = {kind: name.replace("轮换9", "轮换13") for kind, name in OTHERS.items()}
# rotation 14 released ROTATION_13 too and held out ROTATION_14 (other_rotation14)
ROTATION_14 = {kind: name.replace("轮换9", "轮换14") for kind, name in OTHERS.items()}
# rotation 15 released ROTATION_14 too and held out ROTATION_15 (other_rotation15)
ROTATION_15 = {kind: name.replace("轮换9", "轮换15") for kind, name in OTHERS.items()}
# rotation 16 released ROTATION_15 too and holds out ROTATION_16 (other_rotation16)
ROTATION_16 = {kind: name.replace("轮换9", "轮换16") for kind, name in OTHERS.items()}
# rotation 17 released ROTATION_16 too and held out ROTATION_17 (other_rotation17)
ROTATION_17 = {kind: name.replace("轮换9", "轮换17") for kind, name in OTHERS.items()}
# rotation 18 released ROTATION_17 too and holds out ROTATION_18 (other_rotation18, registered last)
ROTATION_18 = {kind: name.replace("轮换9", "轮换18") for kind, name in OTHERS.items()}

# printings of rotation 1, seen since: a seen archive draws one of them too
FIRST_SEEN = {"证明/A4红头", "银行卡/A4正反复印", "会议记录/表格式"}

@pytest.fixture(scope="module")
def households() -> list[Household]:
    """Households of one person and of four or more, with a school child, divorced and widowed ones."""
    load_layouts()
    return other_households()


def _draws(kind: str, hh: Household, seed: int) -> list[Document]:
    """The kind's rotation-9 printing of every paper it stands for (a drawing in seen mode that fell on it:
    rotation 10 released it)."""
    return other_draws(kind, OTHERS[kind], hh, seed, "seen")


@pytest.mark.parametrize("kind", sorted(OTHERS))
def test_registered_before_rotation_10_and_released(kind: str) -> None:
    load_layouts()
    names = [lay.name for lay in layouts_of(kind)]
    assert names[-10:] == [OTHERS[kind], ROTATION_10[kind], ROTATION_11[kind], ROTATION_12[kind], ROTATION_13[kind], ROTATION_14[kind],
                          ROTATION_15[kind], ROTATION_16[kind], ROTATION_17[kind], ROTATION_18[kind]]
    assert not is_held_out(kind, OTHERS[kind]), "rotation 10 released it"
    assert not is_held_out(kind, ROTATION_10[kind]), "rotation 11 released it"
    assert not is_held_out(kind, ROTATION_11[kind]), "rotation 12 released it"
    assert not is_held_out(kind, ROTATION_12[kind]), "rotation 13 released it"
    assert not is_held_out(kind, ROTATION_13[kind]), "rotation 14 released it"
    assert not is_held_out(kind, ROTATION_14[kind]), "rotation 15 released it"
    assert not is_held_out(kind, ROTATION_15[kind]), "rotation 16 released it"
    assert [n for n in names if is_held_out(kind, n)] == [ROTATION_18[kind]]
    assert not is_held_out(kind, ROTATION_17[kind]), "rotation 18 released it"
    assert not is_held_out(kind, ROTATION_16[kind]), "rotation 17 released it"
    assert names[-11] == BEFORE[kind] and not is_held_out(kind, BEFORE[kind]), "rotation 9 released it"
    assert not is_held_out(kind, names[0])


@pytest.mark.parametrize("kind", sorted(OTHERS))
def test_truth_is_what_is_printed(households: list[Household], kind: str) -> None:
    check_others_printed(kind, OTHERS[kind], households, "seen")


@pytest.mark.parametrize("kind", sorted(OTHERS))
def test_everything_inside_the_sheet(households: list[Household], kind: str) -> None:
    """No text, rule or box off the sheet, for households of one and of several people (seeds 20 …)."""
    for i, hh in enumerate(households):
        for doc in _draws(kind, hh, 20 + i):
            page = doc.pages[0]
            for op in page.ops:
                if op[0] == "text":
                    _, x, y, s, size, key, anchor, _ = op
                    w = text_width(s, size, key)
                    left = x - {"l": 0.0, "m": w / 2}.get(anchor[0], w)
                    assert left >= -0.5 and left + w <= page.w + 0.5 and 0 <= y <= page.h, (kind, s)
                elif op[0] in ("rect", "line"):
                    assert min(op[1], op[3]) >= -0.5 and max(op[1], op[3]) <= page.w + 0.5, (kind, op[:5])
                    assert min(op[2], op[4]) >= -0.5 and max(op[2], op[4]) <= page.h + 0.5, (kind, op[:5])


def test_receipt_amounts_agree(households: list[Household]) -> None:
    """Each receipt's amount in capital numerals is its amount in figures."""
    for i, hh in enumerate(households):
        for doc in _draws("其他/票据", hh, i):
            texts = [op[3] for op in doc.pages[0].ops if op[0] == "text"]
            at = [k for k, t in enumerate(texts) if t == "人民币（大写）"]
            assert at
            for k in at:
                assert texts[k + 2] == "¥"
                assert texts[k + 1] == rmb_upper(float(texts[k + 3]))


def test_papers_name_their_people(households: list[Household]) -> None:
    """The admission notice names the household's student; the bank paper prints the record's account number,
    bank and branch; the authorisation every adult's ID number; the minutes the applicant and the panel's two."""
    for i, hh in enumerate(households):
        admission = _draws("其他/录取通知书", hh, i)[0]
        assert admission.fields["姓名"] in {hh.record["姓名"], *(m["姓名"] for m in hh.members)}
        bank = page_text(_draws("其他/银行卡", hh, i)[0].pages[0])
        assert hh.record["银行卡号"] in bank and hh.record["开户银行"] in bank and hh.record["支行名称"] in bank
        auth = page_text(_draws("其他/授权书", hh, i)[0].pages[0])
        adults = [hh.householder(), *[m for m in hh.members if m["年龄"] >= 18]][:5]
        assert all(p["身份证号"] in auth for p in adults)
        minutes = page_text(_draws("其他/会议记录", hh, i)[0].pages[0])
        assert hh.record["姓名"] in minutes and hh.record["审核人"] in minutes and hh.record["建档人"] in minutes


@pytest.mark.parametrize("kind", sorted(OTHERS))
def test_same_seed_same_display_list(households: list[Household], kind: str) -> None:
    check_others_same_seed(kind, OTHERS[kind], households, "seen")


def test_seen_archives_draw_them_and_held_out_ones_never() -> None:
    """Rotation 10 released them: seen archives draw them, held-out ones draw rotation 16's instead."""
    held: set[str] = set()
    seen: set[str] = set()
    wanted = {OTHERS[k] for k in ("其他/银行卡", "其他/授权书", "其他/会议记录", "其他/证明", "其他/票据")}
    for i, hh in enumerate(make_households(400, 13)):  # until they are drawn: more seen printings each rotation
        held |= {d.layout for d in documents_for(hh, random.Random(hh.index), "held-out") if d.doc_type == "其他"}
        seen |= {d.layout for d in documents_for(hh, random.Random(hh.index), "seen") if d.doc_type == "其他"}
        if i >= 30 and wanted <= seen and seen & FIRST_SEEN and seen & set(BEFORE.values()):
            break
    assert wanted <= seen
    assert held <= set(ROTATION_18.values()) and not held & (set(ROTATION_17.values()) | set(ROTATION_16.values()))
    assert held and not held & set(ROTATION_15.values())
    assert not held & (set(ROTATION_11.values()) | set(ROTATION_12.values()) | set(ROTATION_13.values())
                       | set(ROTATION_14.values()))
    assert not held & (set(OTHERS.values()) | set(BEFORE.values()) | set(ROTATION_10.values()))
    assert not seen & set(ROTATION_18.values())
    assert seen & FIRST_SEEN and seen & set(BEFORE.values())
