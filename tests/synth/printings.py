"""Drawing one named paper printing and checking its truth is printed: shared by the rotation tests."""

from __future__ import annotations

import copy
import random
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from dangan.schemas.labels import DOC_FIELDS, MEMBER_LABELS, OTHER_DOC_KINDS
from dangan.schemas.validators import is_valid_id_number
from dangan.synth.canvas import Page, rasterise, text_width
from dangan.synth.forms import KINDS, application_form
from dangan.synth.households import Household, make_households
from dangan.synth.layouts import Mode, layouts_of
from dangan.synth.render import (
    Document,
    Style,
    cause_certificate,
    load_layouts,
    marital_proof,
    medical_receipt,
    school_certificate,
    tuition_receipt,
)

PER_PERSON = {"身份证", "诊断证明"}  # kinds drawn for one person of the household (the others for the household)


def draw_printing(kind: str, printing: str, hh: Household, seed: int, name: str | None = None,
                  per_person: set[str] = PER_PERSON) -> Document:
    lay = next(lay for lay in layouts_of(kind) if lay.name == printing)
    rng = random.Random(seed)
    doc: Document = lay.draw(hh, name or hh.record["姓名"], rng) if kind in per_person else lay.draw(hh, rng)
    return doc


def page_text(page: Page) -> str:
    """Every text of one page in drawing order, joined (digit boxes and wrapped lines join up again), without
    spaces."""
    return "".join(op[3] for op in page.ops if op[0] == "text").replace(" ", "")


def printed_text(doc: Document) -> str:
    """Every text of the pages in drawing order, joined (wrapped lines join up again), without spaces."""
    return "".join(page_text(page) for page in doc.pages)


def printed(value: Any, text: str) -> bool:
    if isinstance(value, bool):
        return True  # 是否盖章: checked against the seals below
    if isinstance(value, int):
        return any(s in text for s in (str(value), f"{value:,.2f}", f"{value:.2f}"))
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        y, m, d = value.split("-")
        return any(s in text for s in (value, f"{y}年{int(m)}月{int(d)}日", f"{y}.{m}.{d}"))
    return all(part in text for part in str(value).split("；"))


def dibao_households(seed: int, others: int) -> list[Household]:
    """Households holding a 低保证: two of one person, two of four or more, and ``others`` more."""
    pool = [h for h in make_households(80, seed) if h.dibao_no]
    alone = [h for h in pool if not h.members][:2]
    big = [h for h in pool if len(h.members) >= 3][:2]
    rest = [h for h in pool if h not in alone and h not in big][:others]
    assert alone and big
    return alone + big + rest


def pick_person(hh: Household, i: int) -> str:
    """Whose per-person paper to draw: the householder, or for odd ``i`` the first adult member if any."""
    adults = [m for m in hh.members if m["年龄"] >= 16] if i % 2 else []
    return str(adults[0]["姓名"] if adults else hh.record["姓名"])


def check_each_printed(kind: str, printing: str, households: list[Household],
                       per_person: set[str] = PER_PERSON) -> None:
    """``printing`` drawn for each household (seed its index; a per-person kind for ``pick_person``) is of
    ``kind`` and prints its truth."""
    for i, hh in enumerate(households):
        name = pick_person(hh, i) if kind in per_person else None
        doc = draw_printing(kind, printing, hh, i, name, per_person)
        assert doc.doc_type == kind
        check_truth_printed(doc)


def check_same_seed_same_drawing(kind: str, printing: str, hh: Household, per_person: set[str] = PER_PERSON) -> None:
    """``printing`` drawn twice from one seed gives the same display list and truth, from another seed another
    display list."""
    a, b, c = (draw_printing(kind, printing, hh, seed, None, per_person) for seed in (9, 9, 10))
    assert [p.ops for p in a.pages] == [p.ops for p in b.pages]
    assert a.fields == b.fields and a.members == b.members
    assert [p.ops for p in a.pages] != [p.ops for p in c.pages]


def household_with(pool: list[Household], variant: str, n_members: int) -> Household:
    """A household of ``variant`` with exactly ``n_members`` members (borrowed from others when short)."""
    hh = next(h for h in pool if h.variant == variant)
    others = [m for h in pool if h is not hh for m in h.members]
    members = [copy.deepcopy(m) for m in (hh.members + others)[:n_members]]
    return replace(hh, members=members, record=dict(hh.record, 家庭人口=1 + n_members))


def check_form_printed(doc: Document, hh: Household, shown: Callable[[Any, str], bool]) -> None:
    """An application form's truth is what it prints: its fields (each page's its own, each the record's value,
    ``shown`` in the text), the household's members in order, each on the page that prints it, and pages no
    larger than A4."""
    assert set(doc.fields) <= set(DOC_FIELDS["建档申请表"]), set(doc.fields) - set(DOC_FIELDS["建档申请表"])
    merged: dict[str, Any] = {}
    for page in doc.pages:
        assert not set(page.fields) & set(merged)
        merged.update(page.fields)
    assert merged == doc.fields
    text = printed_text(doc)
    for label, value in doc.fields.items():
        if label != "是否盖章":
            assert value == hh.record[label], label
            assert shown(value, text), (label, value)
    assert [m["姓名"] for m in doc.members] == [m["姓名"] for m in hh.members]
    assert [m for page in doc.pages for m in page.members] == doc.members
    for page in doc.pages:
        ids = page_text(page)
        for m in page.members:
            assert m["身份证号"] in ids and is_valid_id_number(m["身份证号"])
    for m in doc.members:
        assert set(m) <= set(MEMBER_LABELS.values())
        for label, value in m.items():
            assert shown(value, text), (label, value)
    for page in doc.pages:
        assert page.w <= 297.5 and page.h <= 297.5
        assert rasterise(page, 20).width > 100


def check_truth_printed(doc: Document) -> None:
    """The truth is what is printed: every field value on the document and every page's own fields and member
    rows on that page; a seal iff 是否盖章; valid ID numbers; pages' truth adding up to the document's; pages no
    larger than A4, and grey when photocopied."""
    kind = doc.doc_type
    assert doc.fields and set(doc.fields) <= set(DOC_FIELDS[kind]), set(doc.fields) - set(DOC_FIELDS[kind])
    text = printed_text(doc)
    for label, value in doc.fields.items():
        assert printed(value, text), (kind, label, value)
    if "是否盖章" in doc.fields:
        assert any(op[0] == "seal" for page in doc.pages for op in page.ops) == doc.fields["是否盖章"], kind
    for page in doc.pages:
        own = page_text(page)
        rows = [(label, value) for m in page.members for label, value in m.items()]
        for label, value in [*page.fields.items(), *rows]:
            assert printed(value, own), (kind, label, value)
        assert all(is_valid_id_number(m["身份证号"]) for m in page.members)
        assert max(page.w, page.h) <= 297.5 and min(page.w, page.h) <= 210.5
        img = rasterise(page, 25)
        assert img.width > 100
        if page.mono:
            r, g, b = img.split()
            assert r.tobytes() == g.tobytes() == b.tobytes(), kind
    assert [m for page in doc.pages for m in page.members] == doc.members
    assert {k: v for page in doc.pages for k, v in page.fields.items()} == doc.fields


def household_with_members(households: list[Household], n: int) -> Household:
    """The first household (it holds a 低保证) with exactly ``n`` members, borrowed from the others."""
    hh = households[0]
    pool = [m for h in households for m in h.members]
    members = [copy.deepcopy(m) for m in pool[:n]]
    return replace(hh, members=members, record=dict(hh.record, 家庭人口=1 + n))


def check_members_printed(kind: str, households: list[Household], n_members: int,
                          draw: Callable[[str, Household, int], Document]) -> None:
    """A 户口簿 or 低保证 ``draw`` gives for a household of ``n_members`` members besides the worker prints its truth
    (three seeds): the 户口簿 one card a person after its two household pages, the 低保证 every member (the
    worker may or may not be among them)."""
    hh = household_with_members(households, n_members)
    for seed in range(3):
        doc = draw(kind, hh, seed)
        check_truth_printed(doc)
        if kind == "户口簿":
            assert len(doc.members) == 1 + n_members and len(doc.pages) == 2 + n_members
        else:
            assert n_members <= len(doc.members) <= 1 + n_members


def check_papers_and_disability_card_hold_their_people(households: list[Household],
                                                       draw: Callable[..., Document]) -> None:
    """For each household the papers of ``check_papers_hold_their_people`` and the 残疾人证 (seed 5) ``draw`` gives
    hold its people; the per-person 身份证, 诊断证明 and 残疾人证 drawn (seed 6) for a member name that member."""
    for hh in households:
        check_papers_hold_their_people(hh, draw)
        disabled = draw("残疾人证", hh, 5)
        assert disabled.fields["残疾人证号"].startswith(hh.record["身份证号"]) and disabled.members == []
    for kind in ("身份证", "诊断证明", "残疾人证"):  # drawn for a member too
        hh = next(h for h in households if h.members)
        member = hh.members[0]["姓名"]
        assert draw(kind, hh, 6, member).fields["姓名"] == member


def check_same_seed_for_two(kind: str, printing: str, households: list[Household],
                            per_person: set[str] = PER_PERSON) -> None:
    """``check_same_seed_same_drawing`` for the first and the third household."""
    for hh in (households[0], households[2]):
        check_same_seed_same_drawing(kind, printing, hh, per_person)


def check_papers_hold_their_people(hh: Household, draw: Callable[[str, Household, int], Document]) -> dict[str, Document]:
    """The 户口簿 (seed 1), 低保证 (2), 身份证 (3) and 诊断证明 (4) ``draw`` gives for ``hh`` hold its people;
    returns them by kind."""
    people = [hh.householder(), *hh.members]
    hukou = draw("户口簿", hh, 1)
    assert [m["身份证号"] for m in hukou.members] == [p["身份证号"] for p in people]
    assert hukou.members[0]["关系"] == "户主" and len(hukou.pages) == 1 + len(people), "户主页, one card each"
    assert hukou.pages[0].fields["户主姓名"] == hh.record["姓名"] and not hukou.pages[0].members
    assert all(len(page.members) == 1 for page in hukou.pages[1:])
    dibao = draw("低保证", hh, 2)
    assert dibao.members[0]["姓名"] == hh.record["姓名"] and dibao.fields["保障人数"] == len(dibao.members)
    assert 1 <= len(dibao.members) <= len(people) and dibao.fields["证号"] == hh.dibao_no
    card = draw("身份证", hh, 3)
    assert card.fields["身份证号"] == hh.record["身份证号"] and card.members == []
    diag = draw("诊断证明", hh, 4)
    assert diag.fields["姓名"] == hh.record["姓名"]
    return {"户口簿": hukou, "低保证": dibao, "身份证": card, "诊断证明": diag}


def check_papers_inside_sheet(kind: str, households: list[Household],
                              draw: Callable[[str, Household, int], Document]) -> None:
    """``kind`` drawn by ``draw`` for each of ``households`` (the i-th from seed 20 + i) writes no text, rule or
    box off its sheet."""
    for i, hh in enumerate(households):
        doc = draw(kind, hh, 20 + i)
        for page in doc.pages:
            for op in page.ops:
                if op[0] == "text":
                    _, x, y, s, size, key, anchor, _ = op
                    w = text_width(s, size, key)
                    left = x - {"l": 0.0, "m": w / 2}.get(anchor[0], w)
                    assert left >= -0.5 and left + w <= page.w + 0.5 and 0 <= y <= page.h, (kind, s)
                elif op[0] in ("rect", "line"):
                    assert min(op[1], op[3]) >= -0.5 and max(op[1], op[3]) <= page.w + 0.5, (kind, op[:5])
                    assert min(op[2], op[4]) >= -0.5 and max(op[2], op[4]) <= page.h + 0.5, (kind, op[:5])


def check_the_check_fails(kind: str, hh: Household, draw: Callable[[str, Household, int], Document]) -> None:
    """``check_truth_printed`` fails on ``kind`` drawn (seed 5) for ``hh`` with a value, or a member's ID number,
    that is not printed."""
    doc = draw(kind, hh, 5)
    label = next(k for k, v in doc.fields.items() if isinstance(v, str))
    doc.fields[label] = doc.pages[0].fields[label] = "未印出的值"
    with pytest.raises(AssertionError):
        check_truth_printed(doc)
    if doc.members:
        doc = draw(kind, hh, 5)
        doc.members[-1]["身份证号"] = doc.pages[-1].members[-1]["身份证号"] = "11010519491231002X"
        with pytest.raises(AssertionError):
            check_truth_printed(doc)


# application forms (a variant's printing of 建档申请表)

def form_pool() -> list[Household]:
    """The households the form printings are drawn for (every printing registered)."""
    load_layouts()
    return make_households(40, 5)


def form_names(variant: str) -> tuple[str, list[str]]:
    """The kind of ``variant``'s application form and its printings' names in the order registered."""
    kind = KINDS[variant]
    return kind, [lay.name for lay in layouts_of(kind)]


def forms_drawn(pool: list[Household], variant: str, mode: Mode, seeds: int) -> set[str]:
    """The printings an archive in ``mode`` draws for the first household of ``variant`` from seeds 0 to
    ``seeds`` - 1."""
    hh = next(h for h in pool if h.variant == variant)
    return {application_form(hh, random.Random(s), mode).layout for s in range(seeds)}


def draw_form(variant: str, printing: str, hh: Household, seed: int, sealed: bool = True,
              typed: bool | None = None) -> Document:
    lay = next(lay for lay in layouts_of(KINDS[variant]) if lay.name == printing)
    doc: Document = lay.draw(hh, Style.draw(random.Random(seed), typed), sealed)
    return doc


def form_shown(value: Any, text: str) -> bool:
    if value is None:
        return True  # nothing to write
    if isinstance(value, list):
        return all(printed(v, text) for v in value)
    if isinstance(value, float):
        return any(s in text for s in (f"{value:g}", f"{value:,.2f}", f"{value:.2f}"))
    return printed(value, text)


def check_form_members_and_truth(variant: str, printing: str, hh: Household) -> None:
    """``printing`` drawn for ``hh`` from seeds 1-4 (unsealed for 2, typed for even ones) prints its truth, each
    page's on that page, with a seal iff sealed."""
    for seed in (1, 2, 3, 4):
        doc = draw_form(variant, printing, hh, seed, sealed=seed != 2, typed=seed % 2 == 0)
        assert doc.doc_type == "建档申请表" and doc.layout == printing
        check_form_printed(doc, hh, form_shown)
        for page in doc.pages:  # each page's truth is printed on that page
            own = page_text(page)
            for label, value in page.fields.items():
                assert label == "是否盖章" or form_shown(value, own), (label, value)
        seals = [op for page in doc.pages for op in page.ops if op[0] == "seal"]
        assert bool(seals) == doc.fields["是否盖章"] == (seed != 2)


def check_form_inside_sheet(variant: str, printing: str, hh: Household) -> None:
    """``printing`` drawn for ``hh`` from seeds 0-5 writes nothing off the sheet's edge."""
    for seed in range(6):
        doc = draw_form(variant, printing, hh, seed)
        for page in doc.pages:
            for op in page.ops:
                if op[0] == "text":
                    w = text_width(op[3], op[4], op[5])
                    x0 = op[1] - {"l": 0.0, "m": w / 2}.get(op[6][0], w)
                    pts = [(x0, op[2]), (x0 + w, op[2])]
                elif op[0] in ("rect", "line"):
                    pts = [(op[1], op[2]), (op[3], op[4])]
                else:
                    continue
                for x, y in pts:
                    assert -0.5 <= x <= page.w + 0.5 and -0.5 <= y <= page.h + 0.5, (variant, op[:4])


def check_form_same_seed(variant: str, printing: str, hh: Household) -> None:
    """``printing`` drawn for ``hh`` (of three members) twice from one seed draws the same, from another another."""
    a, b, c = (draw_form(variant, printing, hh, seed) for seed in (9, 9, 10))
    assert [p.ops for p in a.pages] == [p.ops for p in b.pages]
    assert [p.fields for p in a.pages] == [p.fields for p in b.pages] and a.members == b.members
    assert [p.ops for p in a.pages] != [p.ops for p in c.pages]
    assert len(a.members) == 3


# 其他 printings (a rotation's printing of each 其他 kind)

OtherDrawer = Callable[[Household, random.Random, Mode], Document]


def _cause(kind: str) -> OtherDrawer:
    def draw(hh: Household, rng: random.Random, mode: Mode) -> Document:
        return cause_certificate(hh, kind, rng, mode)

    return draw


# the papers a kind drawn with arguments stands for, drawn by the callers of ``render`` with their real arguments
OTHER_CALLERS: dict[str, list[OtherDrawer]] = {
    "其他/证明": [school_certificate, marital_proof, _cause("事故证明"), _cause("灾害证明"), _cause("失业证明")],
    "其他/票据": [medical_receipt, tuition_receipt],
}


def other_households() -> list[Household]:
    """Households of one person and of four or more, with a school child, divorced and widowed ones."""
    pool = make_households(80, 6)
    alone = [h for h in pool if not h.members][:2]
    big = [h for h in pool if len(h.members) >= 3][:2]
    school = [h for h in pool if h.school_child][:2]
    single = [h for h in pool if h.record["婚姻状况"] in ("离异", "丧偶")][:3]
    assert alone and big and school and single
    return alone + big + school + single


def other_draws(kind: str, printing: str, hh: Household, seed: int, mode: Mode) -> list[Document]:
    """``printing`` of every paper ``kind`` stands for (a drawing in ``mode`` that fell on it)."""
    if kind not in OTHER_CALLERS:
        return [draw_printing(kind, printing, hh, seed)]
    docs = []
    for caller in OTHER_CALLERS[kind]:
        for k in range(160):  # more seen printings each rotation: a seen one is drawn less often
            doc = caller(hh, random.Random(seed * 1000 + k), mode)
            if doc.layout == printing:
                docs.append(doc)
                break
        else:
            raise AssertionError(f"{kind}: {printing} never drawn")
    return docs


def check_other_printed(kind: str, printing: str, doc: Document) -> None:
    """One paper of ``kind``'s ``printing``: its truth printed on its one page, every text inside the sheet, grey
    when photocopied."""
    assert doc.doc_type == "其他" and doc.layout in ("", printing)
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


def check_others_printed(kind: str, printing: str, households: list[Household], mode: Mode) -> None:
    """``printing`` drawn in ``mode`` for each household (seed its index) prints its truth, for every paper
    ``kind`` stands for."""
    kinds: set[str] = set()
    for i, hh in enumerate(households):
        for doc in other_draws(kind, printing, hh, i, mode):
            check_other_printed(kind, printing, doc)
            kinds.add(doc.fields["材料名称"])
    if kind == "其他/证明":
        assert {"上学证明", "事故证明", "灾害证明", "失业证明", "死亡证明", "离婚证"} <= kinds
    if kind == "其他/票据":
        assert kinds == {"医药费票据", "学费票据"}


def check_others_same_seed(kind: str, printing: str, households: list[Household], mode: Mode) -> None:
    """``printing`` drawn in ``mode`` for the first and last household twice from one seed gives the same display
    lists and truth, from another seed other display lists."""
    for hh in (households[0], households[-1]):
        a, b, c = (other_draws(kind, printing, hh, seed, mode) for seed in (9, 9, 10))
        assert [p.ops for d in a for p in d.pages] == [p.ops for d in b for p in d.pages]
        assert [d.fields for d in a] == [d.fields for d in b]
        assert [p.ops for d in a for p in d.pages] != [p.ops for d in c for p in d.pages]


def check_form_member_page(pool: list[Household], variant: str, printing: str) -> None:
    """Each printing keeps its member entries (one to six, blank ones after the household's) on one page of its
    own, every member's ID number printed there and on no other page; a household of six fills all six."""
    for n_members in (2, 5, 6):
        hh = household_with(pool, variant, n_members)
        for seed in (3, 7):
            doc = draw_form(variant, printing, hh, seed)
            holding = [i for i, page in enumerate(doc.pages) if page.members]
            assert len(holding) == 1 and doc.pages[holding[0]].members == doc.members, variant
            assert [m["身份证号"] for m in doc.members] == [m["身份证号"] for m in hh.members]
            for i, page in enumerate(doc.pages):
                text = page_text(page)
                assert all((m["身份证号"] in text) == (i == holding[0]) for m in hh.members), (variant, i)


def check_form_a4_and_seal(pool: list[Household], variant: str, printing: str) -> None:
    """Every page is an A4 sheet (portrait or landscape); the seal is printed on the one page whose truth holds
    是否盖章, and on no other."""
    hh = household_with(pool, variant, 3)
    for seed in (1, 5, 8):
        doc = draw_form(variant, printing, hh, seed)
        for page in doc.pages:
            assert sorted((round(page.w), round(page.h))) == [210, 297]
            sealed_here = any(op[0] == "seal" for op in page.ops)
            assert sealed_here == ("是否盖章" in page.fields), (variant, seed)


def check_form_photocopies(pool: list[Household], printings: dict[str, str]) -> None:
    """Some seeds draw a black-and-white photocopy (every page of it through the copier), others the original."""
    for variant in ("杭州", "河北", "全国"):
        hh = household_with(pool, variant, 2)
        copies = [draw_form(variant, printings[variant], hh, seed) for seed in range(12)]
        kinds = {tuple(page.mono for page in doc.pages) for doc in copies}
        assert all(len(set(k)) == 1 for k in kinds), variant
        assert {k[0] for k in kinds} == {True, False}, variant
