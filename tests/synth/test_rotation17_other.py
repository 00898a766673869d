"""Rotation 17's 其他 printings (other_rotation17; held out by rotation 17, released to seen by rotation 18): each
draws, for households of one and of several people and for every paper its kind stands for, a page that prints its
truth and stays inside its sheet; each is seen, held-out mode never draws it, and the same seed draws the same display
list."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from dangan.synth.canvas import text_width
from dangan.synth.households import Household, make_households
from dangan.synth.layouts import is_held_out, layouts_of
from dangan.synth.render import Document, documents_for, load_layouts

from .printings import check_others_printed, check_others_same_seed, other_draws, other_households, page_text

OTHERS = {
    "其他/证明": "证明/轮换17",
    "其他/票据": "票据/轮换17",
    "其他/录取通知书": "录取通知书/轮换17",
    "其他/银行卡": "银行卡/轮换17",
    "其他/授权书": "授权书/轮换17",
    "其他/会议记录": "会议记录/轮换17",
}
# rotation 16's printings, registered before them: rotation 17 released these to seen and held OTHERS out instead;
# rotation 18 released OTHERS too and holds out ROTATION_18 (other_rotation18, registered after them)
BEFORE = {kind: name.replace("轮换17", "轮换16") for kind, name in OTHERS.items()}
ROTATION_18 = {kind: name.replace("轮换17", "轮换18") for kind, name in OTHERS.items()}

# printings of rotation 1, seen since: a seen archive draws one of them too
FIRST_SEEN = {"证明/A4红头", "银行卡/A4正反复印", "会议记录/表格式"}


@pytest.fixture(scope="module")
def households() -> list[Household]:
    """Households of one person and of four or more, with a school child, divorced and widowed ones."""
    load_layouts()
    return other_households()


def _draws(kind: str, hh: Household, seed: int) -> list[Document]:
    """The kind's rotation-17 printing of every paper it stands for (a drawing in seen mode that fell on it:
    rotation 18 released it)."""
    return other_draws(kind, OTHERS[kind], hh, seed, "seen")


def _texts(doc: Document) -> list[str]:
    return [op[3] for op in doc.pages[0].ops if op[0] == "text"]


def _adults(hh: Household) -> list[dict]:
    return [hh.householder(), *[m for m in hh.members if m["年龄"] >= 18]][:6]


@pytest.mark.parametrize("kind", sorted(OTHERS))
def test_registered_before_rotation_18_and_released(kind: str) -> None:
    load_layouts()
    names = [lay.name for lay in layouts_of(kind)]
    assert names[-2:] == [OTHERS[kind], ROTATION_18[kind]]
    assert not is_held_out(kind, OTHERS[kind]), "rotation 18 released it"
    assert [n for n in names if is_held_out(kind, n)] == [ROTATION_18[kind]]  # in place of this one
    assert names[-3] == BEFORE[kind] and not is_held_out(kind, BEFORE[kind]), "rotation 17 released it"
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


def test_certificate_names_paper_and_person(households: list[Household]) -> None:
    """The certificate names the paper and the person, and the day is written into its boxes."""
    for i, hh in enumerate(households):
        for doc in _draws("其他/证明", hh, i):
            text = page_text(doc.pages[0])
            d = doc.fields["日期"]
            y, m, dd = (int(x) for x in d.split("-"))
            assert doc.fields["姓名"] in text and doc.fields["材料名称"] in text and f"{y}年{m}月{dd}日" in text


def test_receipt_total_adds_up(households: list[Household]) -> None:
    """Each fee the receipt is for printed once with its amount; the figures written in the total's boxes (under
    their printed units) are their sum."""
    for i, hh in enumerate(households):
        for doc in _draws("其他/票据", hh, i):
            texts = _texts(doc)
            fees = ("西药费", "治疗费", "检查费") if doc.fields["材料名称"] == "医药费票据" else ("学费", "住宿费", "教材费")
            assert all(texts.count(fee) == 1 for fee in fees)
            amounts = [float(texts[texts.index(fee) + 1]) for fee in fees]
            start = texts.index("¥")
            boxed = "".join(t for t in itertools.takewhile(lambda t: t != "开票日期：", texts[start + 1:]) if t.isdigit())
            assert abs(int(boxed) / 100 - sum(amounts)) < 0.005


def test_papers_name_their_people(households: list[Household]) -> None:
    """The admission paper names the household's student once among others; the bank paper prints the record's
    card number, bank, branch and the holder's ID number; the authorisation every adult's ID number (up to six) and
    name; the minutes the applicant, the panel's two and votes that add up to those present."""
    for i, hh in enumerate(households):
        admission = _draws("其他/录取通知书", hh, i)[0]
        assert admission.fields["姓名"] in {hh.record["姓名"], *(m["姓名"] for m in hh.members)}
        assert admission.fields["姓名"] in _texts(admission)
        bank_doc = _draws("其他/银行卡", hh, i)[0]
        bank = page_text(bank_doc.pages[0])
        r = hh.record
        assert r["银行卡号"] in bank and r["开户银行"] in bank and r["支行名称"] in bank and r["身份证号"] in bank
        assert r["银行卡号"] in _texts(bank_doc)
        auth_doc = _draws("其他/授权书", hh, i)[0]
        auth = _texts(auth_doc)
        assert all(p["身份证号"] in auth and p["姓名"] in auth for p in _adults(hh))
        minutes_doc = _draws("其他/会议记录", hh, i)[0]
        minutes = page_text(minutes_doc.pages[0])
        assert r["姓名"] in minutes and r["审核人"] in minutes and r["建档人"] in minutes
        present = int(re.search(r"实到人数(\d+)人", minutes)[1])
        due = int(re.search(r"应到人数(\d+)人", minutes)[1])
        votes = [int(n) for n in re.findall(r"(\d+)票", minutes)]
        assert present <= due and len(votes) == 3 and sum(votes) == present


@pytest.mark.parametrize("kind", sorted(OTHERS))
def test_same_seed_same_display_list(households: list[Household], kind: str) -> None:
    check_others_same_seed(kind, OTHERS[kind], households, "seen")


def test_seen_archives_draw_them_and_held_out_ones_never() -> None:
    """Rotation 18 released them: seen archives draw them, held-out ones draw rotation 18's instead."""
    held: set[str] = set()
    seen: set[str] = set()
    wanted = {OTHERS[k] for k in ("其他/银行卡", "其他/授权书", "其他/会议记录", "其他/证明", "其他/票据")}
    for i, hh in enumerate(make_households(400, 13)):  # until they are drawn: more seen printings each rotation
        held |= {d.layout for d in documents_for(hh, random.Random(hh.index), "held-out") if d.doc_type == "其他"}
        seen |= {d.layout for d in documents_for(hh, random.Random(hh.index), "seen") if d.doc_type == "其他"}
        if i >= 30 and wanted <= seen and seen & FIRST_SEEN and seen & set(BEFORE.values()):
            break
    assert wanted <= seen
    assert held <= set(ROTATION_18.values()) and not held & (set(OTHERS.values()) | set(BEFORE.values()))
    assert not seen & set(ROTATION_18.values())
    assert seen & FIRST_SEEN and seen & set(BEFORE.values())
