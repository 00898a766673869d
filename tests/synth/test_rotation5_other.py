"""Rotation 5's 其他 printings (other_rotation5; held out by rotation 5, released to seen by rotation 6): each
draws, for households of one and of several people and for every paper its kind stands for, a page that prints its
truth; each is seen, held-out mode never draws it, and the same seed draws the same display list."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from dangan.schemas.labels import DOC_FIELDS, OTHER_DOC_KINDS
from dangan.synth.canvas import rasterise, text_width
from dangan.synth.households import Household, make_households
from dangan.synth.layouts import Mode, is_held_out, layouts_of
from dangan.synth.other_rotation5 import rmb_upper
from dangan.synth.render import (
    Document,
    cause_certificate,
    documents_for,
    load_layouts,
    marital_proof,
    medical_receipt,
    school_certificate,
    tuition_receipt,
)

from .printings import draw_printing, printed, printed_text

OTHERS = {
    "其他/证明": "证明/轮换5",
    "其他/票据": "票据/轮换5",
    "其他/录取通知书": "录取通知书/轮换5",
    "其他/银行卡": "银行卡/轮换5",
    "其他/授权书": "授权书/轮换5",
    "其他/会议记录": "会议记录/轮换5",
}
# rotation 6 released OTHERS to seen and holds these out in their place (other_rotation6, registered after them)
ROTATION_6 = {kind: name.replace("轮换5", "轮换6") for kind, name in OTHERS.items()}
BEFORE = {"其他/证明": "证明/表格式", "其他/票据": "票据/结算单", "其他/录取通知书": "录取通知书/复印件",
          "其他/银行卡": "银行卡/存折首页复印", "其他/授权书": "授权书/个人声明", "其他/会议记录": "会议记录/手写横线纸"}
Drawer = Callable[[Household, random.Random, Mode], Document]


def _cause(kind: str) -> Drawer:
    def draw(hh: Household, rng: random.Random, mode: Mode) -> Document:
        return cause_certificate(hh, kind, rng, mode)

    return draw


# the papers a kind drawn with arguments stands for, drawn by the callers of ``render`` with their real arguments
CALLERS: dict[str, list[Drawer]] = {
    "其他/证明": [school_certificate, marital_proof, _cause("事故证明"), _cause("灾害证明"), _cause("失业证明")],
    "其他/票据": [medical_receipt, tuition_receipt],
}


@pytest.fixture(scope="module")
def households() -> list[Household]:
    """Households of one person and of four or more, with a school child, divorced and widowed ones."""
    load_layouts()
    pool = make_households(80, 6)
    alone = [h for h in pool if not h.members][:2]
    big = [h for h in pool if len(h.members) >= 3][:2]
    school = [h for h in pool if h.school_child][:2]
    single = [h for h in pool if h.record["婚姻状况"] in ("离异", "丧偶")][:3]
    assert alone and big and school and single
    return alone + big + school + single


def _draws(kind: str, hh: Household, seed: int) -> list[Document]:
    """The kind's rotation-5 printing of every paper it stands for (a drawing in seen mode that fell on it:
    rotation 6 released it)."""
    if kind not in CALLERS:
        return [draw_printing(kind, OTHERS[kind], hh, seed)]
    docs = []
    for caller in CALLERS[kind]:
        for k in range(64):
            doc = caller(hh, random.Random(seed * 1000 + k), "seen")
            if doc.layout == OTHERS[kind]:
                docs.append(doc)
                break
        else:
            raise AssertionError(f"{kind}: {OTHERS[kind]} never drawn")
    return docs


@pytest.mark.parametrize("kind", sorted(OTHERS))
def test_registered_before_rotation_6_and_released(kind: str) -> None:
    load_layouts()
    names = [lay.name for lay in layouts_of(kind)]
    assert names[-2:] == [OTHERS[kind], ROTATION_6[kind]] and not is_held_out(kind, OTHERS[kind])
    # rotation 5 released BEFORE[kind], rotation 6 released this one: its printing (other_rotation6) alone is held out
    assert [n for n in names if is_held_out(kind, n)] == [ROTATION_6[kind]]
    assert BEFORE[kind] in names and not is_held_out(kind, BEFORE[kind])
    assert not is_held_out(kind, names[0])


def _check_printed(kind: str, doc: Document) -> None:
    """One paper of ``kind``'s rotation-5 printing: its truth printed on its one page, every text inside the
    sheet, grey when photocopied."""
    assert doc.doc_type == "其他" and doc.layout in ("", OTHERS[kind])
    assert set(doc.fields) == set(DOC_FIELDS["其他"]), doc.fields
    assert doc.fields["材料名称"] in OTHER_DOC_KINDS and doc.material == doc.fields["材料名称"]
    text = printed_text(doc)
    for label, value in doc.fields.items():
        assert printed(value, text), (kind, label, value)
    assert len(doc.pages) == 1 and doc.pages[0].fields == doc.fields
    page = doc.pages[0]
    assert max(page.w, page.h) <= 297.5 and min(page.w, page.h) <= 210.5
    for op in page.ops:  # every text inside the sheet: (x, y, text, size, font, anchor)
        if op[0] == "text":
            _, x, y, s, size, key, anchor, _ = op
            w = text_width(s, size, key)
            left = x - (w / 2 if anchor == "mm" else w if anchor == "rm" else 0)
            assert left >= 0 and left + w <= page.w + 0.5 and 0 <= y <= page.h, (kind, s)
    img = rasterise(page, 25)
    assert img.width > 100
    if page.mono:
        r, g, b = img.split()
        assert r.tobytes() == g.tobytes() == b.tobytes(), kind


@pytest.mark.parametrize("kind", sorted(OTHERS))
def test_truth_is_what_is_printed(households: list[Household], kind: str) -> None:
    kinds: set[str] = set()
    for i, hh in enumerate(households):
        for doc in _draws(kind, hh, i):
            _check_printed(kind, doc)
            kinds.add(doc.fields["材料名称"])
    if kind == "其他/证明":
        assert {"上学证明", "事故证明", "灾害证明", "失业证明", "死亡证明", "离婚证"} <= kinds
    if kind == "其他/票据":
        assert kinds == {"医药费票据", "学费票据"}


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
    for hh in (households[0], households[-1]):
        a, b, c = _draws(kind, hh, 9), _draws(kind, hh, 9), _draws(kind, hh, 10)
        assert [p.ops for d in a for p in d.pages] == [p.ops for d in b for p in d.pages]
        assert [d.fields for d in a] == [d.fields for d in b]
        assert [p.ops for d in a for p in d.pages] != [p.ops for d in c for p in d.pages]


def test_seen_archives_draw_them_and_held_out_ones_never() -> None:
    """Rotation 6 released them: seen archives draw them, held-out ones draw rotation 6's instead."""
    held: set[str] = set()
    seen: set[str] = set()
    for hh in make_households(30, 13):
        held |= {d.layout for d in documents_for(hh, random.Random(hh.index), "held-out") if d.doc_type == "其他"}
        seen |= {d.layout for d in documents_for(hh, random.Random(hh.index), "seen") if d.doc_type == "其他"}
    assert {OTHERS[k] for k in ("其他/银行卡", "其他/授权书", "其他/会议记录", "其他/证明", "其他/票据")} <= seen
    assert held <= set(ROTATION_6.values())
    assert not seen & set(ROTATION_6.values()) and not held & (set(OTHERS.values()) | set(BEFORE.values()))
    assert seen & {"证明/A4红头", "银行卡/A4正反复印", "会议记录/表格式"}
