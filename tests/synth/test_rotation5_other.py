"""Rotation 5's 其他 printings (other_rotation5; held out by rotation 5, released to seen by rotation 6): each
draws, for households of one and of several people and for every paper its kind stands for, a page that prints its
truth; each is seen, held-out mode never draws it, and the same seed draws the same display list."""

from __future__ import annotations

import random

import pytest

from dangan.synth.households import Household, make_households
from dangan.synth.layouts import is_held_out, layouts_of
from dangan.synth.other_rotation5 import rmb_upper
from dangan.synth.render import Document, documents_for, load_layouts

from .printings import check_others_printed, check_others_same_seed, other_draws, other_households

OTHERS = {
    "其他/证明": "证明/轮换5",
    "其他/票据": "票据/轮换5",
    "其他/录取通知书": "录取通知书/轮换5",
    "其他/银行卡": "银行卡/轮换5",
    "其他/授权书": "授权书/轮换5",
    "其他/会议记录": "会议记录/轮换5",
}
# rotation 6 released OTHERS to seen and held these out in their place (other_rotation6, registered after them);
# rotation 7 released those too and held out ROTATION_7 (other_rotation7, registered after them); rotation 8
# released those and held out ROTATION_8 (other_rotation8); rotation 9 released those and held out ROTATION_9
# (other_rotation9); rotation 10 released those and held out ROTATION_10 (other_rotation10); rotation 11 released
# those and holds out ROTATION_11 (other_rotation11, registered last)
ROTATION_6 = {kind: name.replace("轮换5", "轮换6") for kind, name in OTHERS.items()}
ROTATION_7 = {kind: name.replace("轮换5", "轮换7") for kind, name in OTHERS.items()}
ROTATION_8 = {kind: name.replace("轮换5", "轮换8") for kind, name in OTHERS.items()}
ROTATION_9 = {kind: name.replace("轮换5", "轮换9") for kind, name in OTHERS.items()}
ROTATION_10 = {kind: name.replace("轮换5", "轮换10") for kind, name in OTHERS.items()}
ROTATION_11 = {kind: name.replace("轮换5", "轮换11") for kind, name in OTHERS.items()}
# rotation 12 released ROTATION_11 too and held out ROTATION_12 (other_rotation12)
ROTATION_12 = {kind: name.replace("轮换5", "轮换12") for kind, name in OTHERS.items()}
# rotation 13 released ROTATION_12 too and held out ROTATION_13 (other_rotation13)
ROTATION_13 = {kind: name.replace("轮换5", "轮换13") for kind, name in OTHERS.items()}
# rotation 14 released ROTATION_13 too and held out ROTATION_14 (other_rotation14)
ROTATION_14 = {kind: name.replace("轮换5", "轮换14") for kind, name in OTHERS.items()}
# rotation 15 released ROTATION_14 too and held out ROTATION_15 (other_rotation15)
ROTATION_15 = {kind: name.replace("轮换5", "轮换15") for kind, name in OTHERS.items()}
# rotation 16 released ROTATION_15 too and holds out ROTATION_16 (other_rotation16)
ROTATION_16 = {kind: name.replace("轮换5", "轮换16") for kind, name in OTHERS.items()}
# rotation 17 released ROTATION_16 too and held out ROTATION_17 (other_rotation17)
ROTATION_17 = {kind: name.replace("轮换5", "轮换17") for kind, name in OTHERS.items()}
# rotation 18 released ROTATION_17 too and holds out ROTATION_18 (other_rotation18, registered last)
ROTATION_18 = {kind: name.replace("轮换5", "轮换18") for kind, name in OTHERS.items()}
BEFORE = {"其他/证明": "证明/表格式", "其他/票据": "票据/结算单", "其他/录取通知书": "录取通知书/复印件",
          "其他/银行卡": "银行卡/存折首页复印", "其他/授权书": "授权书/个人声明", "其他/会议记录": "会议记录/手写横线纸"}

# printings of rotation 1, seen since: a seen archive draws one of them too
FIRST_SEEN = {"证明/A4红头", "银行卡/A4正反复印", "会议记录/表格式"}

@pytest.fixture(scope="module")
def households() -> list[Household]:
    """Households of one person and of four or more, with a school child, divorced and widowed ones."""
    load_layouts()
    return other_households()


def _draws(kind: str, hh: Household, seed: int) -> list[Document]:
    """The kind's rotation-5 printing of every paper it stands for (a drawing in seen mode that fell on it:
    rotation 6 released it)."""
    return other_draws(kind, OTHERS[kind], hh, seed, "seen")


@pytest.mark.parametrize("kind", sorted(OTHERS))
def test_registered_before_rotation_6_and_released(kind: str) -> None:
    load_layouts()
    names = [lay.name for lay in layouts_of(kind)]
    assert names[-14:] == [OTHERS[kind], ROTATION_6[kind], ROTATION_7[kind], ROTATION_8[kind], ROTATION_9[kind],
                           ROTATION_10[kind], ROTATION_11[kind], ROTATION_12[kind], ROTATION_13[kind], ROTATION_14[kind],
                           ROTATION_15[kind], ROTATION_16[kind], ROTATION_17[kind], ROTATION_18[kind]]
    assert not is_held_out(kind, OTHERS[kind])
    # rotation 5 released BEFORE[kind], rotation 6 released this one, rotation 7 rotation 6's, rotation 8 rotation
    # 7's, rotation 9 rotation 8's, rotation 10 rotation 9's, rotation 11 rotation 10's, rotation 12 rotation 11's,
    # rotation 13 rotation 12's, rotation 14 rotation 13's, rotation 15 rotation 14's, rotation 16 rotation 15's:
    # rotation 16's printing (other_rotation16) alone is held out
    assert not is_held_out(kind, ROTATION_11[kind]), "rotation 12 released it"
    assert not is_held_out(kind, ROTATION_12[kind]), "rotation 13 released it"
    assert not is_held_out(kind, ROTATION_13[kind]), "rotation 14 released it"
    assert not is_held_out(kind, ROTATION_14[kind]), "rotation 15 released it"
    assert not is_held_out(kind, ROTATION_15[kind]), "rotation 16 released it"
    assert [n for n in names if is_held_out(kind, n)] == [ROTATION_18[kind]]
    assert not is_held_out(kind, ROTATION_17[kind]), "rotation 18 released it"
    assert not is_held_out(kind, ROTATION_16[kind]), "rotation 17 released it"
    assert BEFORE[kind] in names and not is_held_out(kind, BEFORE[kind])
    assert not is_held_out(kind, names[0])


@pytest.mark.parametrize("kind", sorted(OTHERS))
def test_truth_is_what_is_printed(households: list[Household], kind: str) -> None:
    check_others_printed(kind, OTHERS[kind], households, "seen")


def test_receipt_totals_in_words_match_figures(households: list[Household]) -> None:
    assert rmb_upper(1050.3) == "壹仟零伍拾元叁角" and rmb_upper(10020) == "壹万零贰拾元整"
    assert rmb_upper(1001.01) == "壹仟零壹元零壹分" and rmb_upper(12345.67) == "壹万贰仟叁佰肆拾伍元陆角柒分"
    for i, hh in enumerate(households):
        for doc in _draws("其他/票据", hh, i):
            texts = [op[3] for op in doc.pages[0].ops if op[0] == "text"]
            figures = [t.split("¥")[1] for t in texts if t.startswith("合计(小写)")]
            words = [t.split("：")[1] for t in texts if t.startswith("合计(大写)")]
            assert figures and [rmb_upper(float(f)) for f in figures] == words


@pytest.mark.parametrize("kind", sorted(OTHERS))
def test_same_seed_same_display_list(households: list[Household], kind: str) -> None:
    check_others_same_seed(kind, OTHERS[kind], households, "seen")


def test_seen_archives_draw_them_and_held_out_ones_never() -> None:
    """Rotation 6 released them: seen archives draw them, held-out ones draw rotation 16's instead."""
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
    assert not seen & set(ROTATION_18.values())
    assert not held & (set(OTHERS.values()) | set(BEFORE.values()) | set(ROTATION_6.values()) | set(ROTATION_7.values())
                       | set(ROTATION_8.values()) | set(ROTATION_9.values()) | set(ROTATION_10.values()))
    assert seen & FIRST_SEEN
