"""Rotation 18's held-out 其他 printings (other_rotation18): each draws, for households of one and of several
people and for every paper its kind stands for, a page that prints its truth and stays inside its sheet; each is
held out, seen mode never draws it, and the same seed draws the same display list."""

from __future__ import annotations

import random
import re

import pytest

from dangan.synth.canvas import text_width
from dangan.synth.households import Household, make_households
from dangan.synth.layouts import is_held_out, layouts_of
from dangan.synth.other_rotation5 import rmb_upper
from dangan.synth.render import Document, documents_for, load_layouts

from .printings import check_others_printed, check_others_same_seed, other_draws, other_households, page_text

OTHERS = {
    "其他/证明": "证明/轮换18",
    "其他/票据": "票据/轮换18",
    "其他/录取通知书": "录取通知书/轮换18",
    "其他/银行卡": "银行卡/轮换18",
    "其他/授权书": "授权书/轮换18",
    "其他/会议记录": "会议记录/轮换18",
}
# rotation 17's printings, registered before them: rotation 18 released these to seen and holds OTHERS out instead
BEFORE = {kind: name.replace("轮换18", "轮换17") for kind, name in OTHERS.items()}


@pytest.fixture(scope="module")
def households() -> list[Household]:
    """Households of one person and of four or more, with a school child, divorced and widowed ones."""
    load_layouts()
    return other_households()


def _draws(kind: str, hh: Household, seed: int) -> list[Document]:
    """The kind's rotation-18 printing of every paper it stands for (a drawing in held-out mode that fell on it)."""
    return other_draws(kind, OTHERS[kind], hh, seed, "held-out")


def _texts(doc: Document) -> list[str]:
    return [op[3] for op in doc.pages[0].ops if op[0] == "text"]


def _adults(hh: Household) -> list[dict]:
    return [hh.householder(), *[m for m in hh.members if m["年龄"] >= 18]][:6]


@pytest.mark.parametrize("kind", sorted(OTHERS))
def test_registered_last_and_held_out(kind: str) -> None:
    load_layouts()
    names = [lay.name for lay in layouts_of(kind)]
    assert names[-1] == OTHERS[kind] and is_held_out(kind, OTHERS[kind])
    assert [n for n in names if is_held_out(kind, n)] == [OTHERS[kind]]  # in place of rotation 17's
    assert names[-2] == BEFORE[kind] and not is_held_out(kind, BEFORE[kind]), "rotation 18 released it"
    assert not is_held_out(kind, names[0])


@pytest.mark.parametrize("kind", sorted(OTHERS))
def test_truth_is_what_is_printed(households: list[Household], kind: str) -> None:
    check_others_printed(kind, OTHERS[kind], households, "held-out")


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
    """The counterfoil and the certificate name the paper and the person; the day is written out on both, and the
    counterfoil's number is the one written across the perforation."""
    for i, hh in enumerate(households):
        for doc in _draws("其他/证明", hh, i):
            text = page_text(doc.pages[0])
            y, m, dd = (int(x) for x in doc.fields["日期"].split("-"))
            assert doc.fields["姓名"] in _texts(doc) and doc.fields["材料名称"] in _texts(doc)
            assert text.count(f"{y}年{m}月{dd}日") >= 2
            number = re.search(r"第(\d{3})号", text)[1]
            assert text.count(f"第{number}号") >= 3


def test_receipts_add_up(households: list[Household]) -> None:
    """One receipt a fee, each naming the payer and the day, its amount in figures and in capitals; the header's
    total (in figures and in capitals) is their sum, and the count of receipts is written in."""
    for i, hh in enumerate(households):
        for doc in _draws("其他/票据", hh, i):
            texts = _texts(doc)
            fees = ("西药费", "治疗费", "检查费") if doc.fields["材料名称"] == "医药费票据" else ("学费", "住宿费", "教材费")
            assert all(texts.count(fee) == 1 for fee in fees)
            amounts = [float(texts[texts.index(fee) + 2]) for fee in fees]
            total = round(sum(amounts), 2)
            assert f"{total:.2f}元" in texts and rmb_upper(total) in texts and "3张" in texts
            assert all(f"合计（大写）{rmb_upper(a)}" in texts for a in amounts)
            assert texts.count(doc.fields["姓名"]) >= 4
            assert sum(f"开票日期：{doc.fields['日期']}" == t for t in texts) == 3


def test_papers_name_their_people(households: list[Household]) -> None:
    """The admission paper names the household's student on the mail and in the notice's column; the bank paper
    prints the record's card number, bank, branch and the holder's ID number; the authorisation every adult's name
    and ID number (one figure a box, up to six); the minutes the applicant, the panel's two signing in, and a
    ballot whose votes add up to those present."""
    for i, hh in enumerate(households):
        admission = _draws("其他/录取通知书", hh, i)[0]
        who = admission.fields["姓名"]
        assert who in {hh.record["姓名"], *(m["姓名"] for m in hh.members)}
        assert who in _texts(admission) and f"{who}同学：" in page_text(admission.pages[0])
        bank_doc = _draws("其他/银行卡", hh, i)[0]
        bank = page_text(bank_doc.pages[0])
        r = hh.record
        assert r["银行卡号"] in bank and r["开户银行"] in bank and r["支行名称"] in bank and r["身份证号"] in bank
        assert r["银行卡号"] in _texts(bank_doc) and r["身份证号"] in _texts(bank_doc)
        auth_doc = _draws("其他/授权书", hh, i)[0]
        auth = page_text(auth_doc.pages[0])
        assert all(p["身份证号"] in auth and p["姓名"] in _texts(auth_doc) for p in _adults(hh))
        minutes_doc = _draws("其他/会议记录", hh, i)[0]
        minutes = page_text(minutes_doc.pages[0])
        assert r["姓名"] in minutes and r["审核人"] in _texts(minutes_doc) and r["建档人"] in _texts(minutes_doc)
        present = int(re.search(r"实到：(\d+)人", minutes)[1])
        due = int(re.search(r"应到：(\d+)人", minutes)[1])
        issued = re.search(r"发出选票(\d+)张，收回(\d+)张，有效票(\d+)张", minutes)
        votes = [int(n) for n in re.search(r"同意(\d+)票，不同意(\d+)票，弃权(\d+)票", minutes).groups()]
        assert present <= due and sum(votes) == present and all(int(n) == present for n in issued.groups())


@pytest.mark.parametrize("kind", sorted(OTHERS))
def test_same_seed_same_display_list(households: list[Household], kind: str) -> None:
    check_others_same_seed(kind, OTHERS[kind], households, "held-out")


def test_held_out_archives_draw_them_and_seen_ones_never() -> None:
    held: set[str] = set()
    seen: set[str] = set()
    for hh in make_households(40, 13):
        held |= {d.layout for d in documents_for(hh, random.Random(hh.index), "held-out") if d.doc_type == "其他"}
        seen |= {d.layout for d in documents_for(hh, random.Random(hh.index), "seen") if d.doc_type == "其他"}
    assert {OTHERS[k] for k in ("其他/银行卡", "其他/授权书", "其他/会议记录", "其他/证明", "其他/票据")} <= held
    assert held <= set(OTHERS.values()) and not held & set(BEFORE.values())
    assert not seen & set(OTHERS.values())
    assert seen & {"证明/A4红头", "银行卡/A4正反复印", "会议记录/表格式"}
