"""Rotation 14's 其他 printings (other_rotation14; held out by rotation 14, released to seen by rotation 15): each
draws, for households of one and of several people and for every paper its kind stands for, a page that prints its
truth and stays inside its sheet; each is seen, held-out mode never draws it, and the same seed draws the same display
list."""

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
    "其他/证明": "证明/轮换14",
    "其他/票据": "票据/轮换14",
    "其他/录取通知书": "录取通知书/轮换14",
    "其他/银行卡": "银行卡/轮换14",
    "其他/授权书": "授权书/轮换14",
    "其他/会议记录": "会议记录/轮换14",
}
# rotation 13's printings, registered before them: rotation 14 released these to seen and held OTHERS out instead;
# rotation 15 released OTHERS too and held out ROTATION_15 (other_rotation15, registered after them)
BEFORE = {kind: name.replace("轮换14", "轮换13") for kind, name in OTHERS.items()}
ROTATION_15 = {kind: name.replace("轮换14", "轮换15") for kind, name in OTHERS.items()}
# rotation 16 released ROTATION_15 too and holds out ROTATION_16 (other_rotation16)
ROTATION_16 = {kind: name.replace("轮换14", "轮换16") for kind, name in OTHERS.items()}
# rotation 17 released ROTATION_16 too and held out ROTATION_17 (other_rotation17)
ROTATION_17 = {kind: name.replace("轮换14", "轮换17") for kind, name in OTHERS.items()}
# rotation 18 released ROTATION_17 too and holds out ROTATION_18 (other_rotation18, registered last)
ROTATION_18 = {kind: name.replace("轮换14", "轮换18") for kind, name in OTHERS.items()}

# printings of rotation 1, seen since: a seen archive draws one of them too
FIRST_SEEN = {"证明/A4红头", "银行卡/A4正反复印", "会议记录/表格式"}


@pytest.fixture(scope="module")
def households() -> list[Household]:
    """Households of one person and of four or more, with a school child, divorced and widowed ones."""
    load_layouts()
    return other_households()


def _draws(kind: str, hh: Household, seed: int) -> list[Document]:
    """The kind's rotation-14 printing of every paper it stands for (a drawing in seen mode that fell on it:
    rotation 15 released it)."""
    return other_draws(kind, OTHERS[kind], hh, seed, "seen")


def _texts(doc: Document) -> list[str]:
    return [op[3] for op in doc.pages[0].ops if op[0] == "text"]


@pytest.mark.parametrize("kind", sorted(OTHERS))
def test_registered_before_rotation_15_and_released(kind: str) -> None:
    load_layouts()
    names = [lay.name for lay in layouts_of(kind)]
    assert names[-5:] == [OTHERS[kind], ROTATION_15[kind], ROTATION_16[kind], ROTATION_17[kind], ROTATION_18[kind]]
    assert not is_held_out(kind, OTHERS[kind]), "rotation 15 released it"
    assert not is_held_out(kind, ROTATION_15[kind]), "rotation 16 released it"
    assert [n for n in names if is_held_out(kind, n)] == [ROTATION_18[kind]]  # in place of this one
    assert not is_held_out(kind, ROTATION_17[kind]), "rotation 18 released it"
    assert not is_held_out(kind, ROTATION_16[kind]), "rotation 17 released it"
    assert names[-6] == BEFORE[kind] and not is_held_out(kind, BEFORE[kind]), "rotation 14 released it"
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


def test_certificate_one_character_a_square(households: list[Household]) -> None:
    """The certificate's written characters stand one to a square: single characters, the body's text in order,
    no two in one place."""
    for i, hh in enumerate(households):
        for doc in _draws("其他/证明", hh, i):
            kai = [op for op in doc.pages[0].ops if op[0] == "text" and op[5] == "kai"]
            assert kai and all(len(op[3]) == 1 for op in kai)
            assert doc.fields["姓名"] in "".join(op[3] for op in kai)
            spots = {(round(op[1] / 4), round(op[2] / 4)) for op in kai}
            assert len(spots) == len(kai)


def test_receipt_amounts_agree(households: list[Household]) -> None:
    """The certificate of payment lists one row per fee the receipt is for, and its total in figures is their sum
    and its total in capital numerals that figure."""
    for i, hh in enumerate(households):
        for doc in _draws("其他/票据", hh, i):
            texts = _texts(doc)
            fees = ("西药费", "治疗费", "检查费") if doc.fields["材料名称"] == "医药费票据" else ("学费", "住宿费", "教材费")
            rows = [texts.index(fee) for fee in fees]
            amounts = [float(texts[k + 2]) for k in rows]  # 收费项目, 缴费方式, 金额
            k = texts.index("合计（小写）")
            total = float(texts[k + 1])
            assert abs(sum(amounts) - total) < 0.005
            assert texts[k + 2] == "合计（大写）" and texts[k + 3] == rmb_upper(total)


def test_papers_name_their_people(households: list[Household]) -> None:
    """The admission notice names the household's student; the bank paper prints the record's account number,
    bank, branch and the holder's ID number; the authorisation every adult's ID number (up to six) and the applicant
    once per adult; the minutes the applicant, the panel's two and votes that add up to the members present."""
    for i, hh in enumerate(households):
        admission = _draws("其他/录取通知书", hh, i)[0]
        assert admission.fields["姓名"] in {hh.record["姓名"], *(m["姓名"] for m in hh.members)}
        assert f"{admission.fields['姓名']}同学" in page_text(admission.pages[0])
        bank = page_text(_draws("其他/银行卡", hh, i)[0].pages[0])
        r = hh.record
        assert r["银行卡号"] in bank and r["开户银行"] in bank and r["支行名称"] in bank and r["身份证号"] in bank
        auth_doc = _draws("其他/授权书", hh, i)[0]
        auth = page_text(auth_doc.pages[0])
        adults = [hh.householder(), *[m for m in hh.members if m["年龄"] >= 18]][:6]
        assert all(p["身份证号"] in auth for p in adults)
        # the blank after 系申请人 of every adult, and the applicant's own 授权人 blank and signature
        assert _texts(auth_doc).count(r["姓名"]) >= len(adults) + 2
        page = _draws("其他/会议记录", hh, i)[0].pages[0]
        minutes = page_text(page)
        assert r["姓名"] in minutes and r["审核人"] in minutes and r["建档人"] in minutes
        texts = [op[3] for op in page.ops if op[0] == "text"]
        due = int(texts[texts.index("应到人数") + 1][:-1])
        present = int(texts[texts.index("实到人数") + 1][:-1])
        votes = next(t for t in texts if t.startswith("同意") and "票" in t)
        agree, against = int(votes[2:votes.index("票")]), int(votes[votes.index("不同意") + 3:votes.rindex("票，")])
        assert present <= due and agree + against == present


@pytest.mark.parametrize("kind", sorted(OTHERS))
def test_same_seed_same_display_list(households: list[Household], kind: str) -> None:
    check_others_same_seed(kind, OTHERS[kind], households, "seen")


def test_seen_archives_draw_them_and_held_out_ones_never() -> None:
    """Rotation 15 released them: seen archives draw them, held-out ones draw rotation 16's instead."""
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
    assert not held & (set(OTHERS.values()) | set(BEFORE.values()))
    assert not seen & set(ROTATION_18.values())
    assert seen & FIRST_SEEN and seen & set(BEFORE.values())
