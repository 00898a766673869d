"""身份证 copies and 户口簿 pages in printings their readers were not written for (issue 8).

A sheet headed by a clerk's caption ("身份证复印件粘贴处") above an enlarged card's two sides, read with
RapidOCR from the drawn page (its regions found before OCR, as for any copy); 常住人口登记卡 whose labels or
number OCR misread; a 户主页 whose 户主姓名 label OCR misread. The cards are laid out as REAL-DOCUMENTS.md
describes them (the second-generation card's front and back; the register card's ruled grid of two
label/value column pairs, 姓名 | 户主或与户主关系 first). What is read must be the truth, and nothing read
may fail its field's validation: what cannot be read waits in review with the text seen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dangan.extractors.certificates import HUKOU_LABELS, match_label
from dangan.extractors.fields import Extraction, extract_fields
from dangan.extractors.layout import TextLine
from dangan.extractors.pipeline import PageReading, assemble, extract_file, gate, merge_cards

from .test_papers_general import Sheet
from .test_papers_people import CARD_H, CARD_W, MM, PEOPLE, TODAY, back, front

# ---------------------------------------------------------------------------------------------
# 身份证: a caption over the copy is no card


def captioned_copy(caption: str, arrangement: str) -> Sheet:
    """An ID card's front and back copied onto A4 under a printed caption, each side framed as the
    copier's glass shows it: one above the other, or (not tuned on) side by side."""
    s = Sheet()
    s.centred(caption, 120, 44)
    x, y = 40 * MM, 30 * MM
    for side in ("front", "back"):
        s.draw.rectangle((x - 20, y - 20, x + CARD_W + 20, y + CARD_H + 20), outline="black", width=3)
        if side == "front":
            front(s, x, y, PEOPLE[1])
        else:
            back(s, x, y)
        if arrangement == "stacked":
            y += CARD_H + 25 * MM
        else:
            x += CARD_W + 12 * MM
    s.text("复印件与原件一致", 300, y + (40 if arrangement == "stacked" else CARD_H + 120))
    return s


@pytest.mark.parametrize(
    ("caption", "arrangement"),
    [("身份证复印件粘贴处", "stacked"), ("身份证正反面复印件", "stacked"), ("身份证复印件粘贴处", "side by side")],
)
def test_a_caption_beginning_with_the_label_is_no_number(tmp_path: Path, caption: str, arrangement: str) -> None:
    """The caption "身份证复印件粘贴处" begins with a label of the number (身份证): its words are no number,
    and the card's own 公民身份号码 is the paper's; one holder gives no member rows."""
    path = tmp_path / "id.png"
    captioned_copy(caption, arrangement).im.save(path)
    got = extract_file(path, "rapidocr")
    p = PEOPLE[1]
    assert got["doc_type"] == "身份证"
    assert got["fields"]["身份证号"] == p["身份证号"]
    assert {k: got["fields"].get(k) for k in ("姓名", "性别", "出生日期")} == {
        k: p[k] for k in ("姓名", "性别", "出生日期")
    }
    assert got["members"] == []
    assert not [r for r in got["rejected"] if r["label"] == "身份证号"]


def test_cards_merged_take_the_possible_value() -> None:
    """Cards read apart and merged: a value that fails its field's check (read from a caption region
    read first) gives way to another card's possible value."""
    caption, card = Extraction(), Extraction()
    caption.set("性别", "汉族", 0.9)
    caption.set("身份证号", "复印件粘贴处12", 0.9)
    for k in ("性别", "身份证号"):
        card.set(k, PEOPLE[0][k], 0.95)
    merged = merge_cards([caption, card])
    assert merged.fields == {"性别": PEOPLE[0]["性别"], "身份证号": PEOPLE[0]["身份证号"]}


# ---------------------------------------------------------------------------------------------
# 户口簿: register cards OCR misread

ROWS = [
    ("姓名", "户主或与户主关系"),
    ("曾用名", "性别"),
    ("出生地", "民族"),
    ("籍贯", "出生日期"),
    ("宗教信仰", "公民身份证件编号"),
]


def register_card(
    s: Sheet, x: float, y: float, p: dict[str, Any], said: dict[str, str] | None = None, number: str = ""
) -> None:
    """A 常住人口登记卡's first rows at (x, y): label | value | label | value, each text where its ruled
    cell has it; ``said`` replaces printed labels by what OCR misread them as."""
    said = said or {}
    values = {
        "姓名": p["姓名"],
        "户主或与户主关系": p["关系"],
        "曾用名": "",
        "性别": p["性别"],
        "出生地": "湖南省湘潭市",
        "民族": p["民族"] + "族",
        "籍贯": "湖南省湘潭市",
        "出生日期": p["出生日期"],
        "宗教信仰": "",
        "公民身份证件编号": number or p["身份证号"],
    }
    s.centred("常住人口登记卡", y - 60, 40)
    for i, (left, right) in enumerate(ROWS):
        cy = y + i * 70
        for lab, at in ((left, x), (right, x + 560)):
            if said.get(lab, lab):
                s.text(said.get(lab, lab), at, cy, 26)
            if values[lab]:
                s.text(values[lab], at + 250, cy, 30)


def members_of(lines: list[TextLine]) -> tuple[Extraction, list[dict[str, Any]]]:
    ex = extract_fields("户口簿", lines, today=TODAY)
    return ex, gate(ex)


HOLDER = PEOPLE[0] | {"关系": "户主"}


def wrong_check_digit(number: str) -> str:
    return number[:-1] + ("0" if number[-1] != "0" else "1")


@pytest.mark.parametrize(
    "said",
    [
        {"公民身份证件编号": "云民身份证件编号"},  # the label's first character misread
        {},  # not written for: the label read right, only the number misread
    ],
)
def test_a_card_whose_number_ocr_misread_is_still_a_member(said: dict[str, str]) -> None:
    """One digit of the card's number misread (its check digit fails): the card is still the person's
    row (姓名, 关系, 性别, 民族, 出生日期 as printed), and the number seen waits in review."""
    s = Sheet()
    bad = wrong_check_digit(HOLDER["身份证号"])
    register_card(s, 150, 300, HOLDER, said, number=bad)
    ex, rejected = members_of(s.lines)
    assert ex.members == [
        {
            "姓名": HOLDER["姓名"],
            "关系": "户主",
            "性别": HOLDER["性别"],
            "民族": HOLDER["民族"] + "族",
            "出生日期": HOLDER["出生日期"],
        }
    ]
    assert [(r["label"], r["member"], r["text"]) for r in rejected] == [("身份证号", 0, bad)]


def test_a_long_label_read_with_its_first_character_wrong() -> None:
    assert match_label("云民身份证件编号", HUKOU_LABELS) == ("身份证号", "")
    assert match_label("户主或与户主类系", HUKOU_LABELS) == ("关系", "")
    # a short label keeps its first character; a value that resembles a label is no label
    assert match_label("尸别", HUKOU_LABELS) is None
    assert match_label("云民身份证件编号330102", HUKOU_LABELS) is None


@pytest.mark.parametrize("head_label", ["尸主姓名", "户王姓名", ""])
def test_householder_named_by_the_householders_card(head_label: str) -> None:
    """The 户主页 beside the first register card, its 户主姓名 label misread (first character: "尸主姓名",
    another: "户王姓名") or lost: 户主姓名 is the name on its row, or else the name of the card whose
    relation is 户主 (a booklet's 户主页 and the 户主's own card name one person)."""
    s = Sheet()
    s.centred("居民户口簿", 160, 40)
    s.text("户别", 120, 240, 26)
    s.text("家庭户", 230, 240, 30)
    if head_label:
        s.text(head_label, 420, 240, 26)
    s.text(HOLDER["姓名"], 560, 240, 30)
    s.text("住址", 120, 320, 26)
    s.text("湖南省湘潭市岳塘区建设北路18号3幢2单元401室", 230, 320, 30)
    register_card(s, 150, 700, HOLDER)
    spouse = PEOPLE[1] | {"关系": "配偶"}
    register_card(s, 150, 1300, spouse)
    lines = s.lines if head_label else [ln for ln in s.lines if ln.text != HOLDER["姓名"] or ln.box[1] > 400]
    ex, rejected = members_of(lines)
    assert rejected == []
    assert ex.fields["户主姓名"] == HOLDER["姓名"]
    assert [m["姓名"] for m in ex.members] == [HOLDER["姓名"], spouse["姓名"]]
    assert [m["身份证号"] for m in ex.members] == [HOLDER["身份证号"], spouse["身份证号"]]


def test_the_booklet_read_whole() -> None:
    """The same page as the pipeline reads it (classification, cards, gate)."""
    s = Sheet()
    register_card(s, 150, 300, HOLDER, {"公民身份证件编号": "云民身份证件编号"})
    reading = PageReading(list(s.lines), [], None, None, s.im.size, "ocr")
    got = assemble("hukou.png", 1, [reading], "rapidocr").result
    assert got["doc_type"] == "户口簿"
    assert [m["身份证号"] for m in got["members"]] == [HOLDER["身份证号"]]
    assert got["fields"]["户主姓名"] == HOLDER["姓名"]


@pytest.mark.parametrize(
    "said",
    [
        {"姓名": ""},  # the name's label lost: the relation's label is read
        {"姓名": "", "户主或与户主关系": "户主成与户主美第"},  # and the relation's garbled: its value placed
        {"姓名": "", "户主或与户主关系": ""},  # not written for: both labels lost
    ],
)
def test_a_card_whose_name_label_ocr_lost(said: dict[str, str]) -> None:
    """The register card prints the person's name and relation on its first row: with the 姓名 label
    lost, the name is the name-like text left of the relation (its label, else its value)."""
    s = Sheet()
    son = PEOPLE[2] | {"关系": "儿子"}
    register_card(s, 150, 300, son, said)
    ex, rejected = members_of(s.lines)
    assert rejected == []
    assert [(m["姓名"], m["关系"], m["身份证号"]) for m in ex.members] == [(son["姓名"], "儿子", son["身份证号"])]


def test_a_name_label_lost_with_the_name_cell_empty_gives_no_name() -> None:
    """The 姓名 cell empty and its label read: the search stops at the label, no other text is the name."""
    s = Sheet()
    register_card(s, 150, 300, HOLDER | {"姓名": ""})
    ex, _ = members_of(s.lines)
    assert ex.members == []


def test_the_householders_card_whose_relation_ocr_lost() -> None:
    """The 户主's card with its relation lost: it names the 户主页's 户主 and no other card is the 户主's."""
    s = Sheet()
    s.text("户主姓名", 120, 160, 26)
    s.text(HOLDER["姓名"], 300, 160, 30)
    register_card(s, 150, 400, HOLDER)
    register_card(s, 150, 1000, PEOPLE[1] | {"关系": "配偶"})
    lines = [ln for ln in s.lines if ln.text != "户主"]
    ex, rejected = members_of(lines)
    assert rejected == []
    assert [(m["姓名"], m.get("关系")) for m in ex.members] == [(HOLDER["姓名"], "户主"), (PEOPLE[1]["姓名"], "配偶")]


def test_a_head_page_printing_householder_as_a_label_gives_no_member() -> None:
    """Not written for: a 户主页 printing 户主 as a label (户别 | 家庭户 | 户主 | name): a kinship word with
    no card around it (no number, sex or birth date) is no register card, and 家庭户 is no name."""
    s = Sheet()
    s.centred("居民户口簿", 160, 40)
    for text, x in (("户别", 120), ("家庭户", 230), ("户主", 420), (HOLDER["姓名"], 560)):
        s.text(text, x, 240, 30)
    s.text("住址", 120, 320, 26)
    s.text("湖南省湘潭市岳塘区建设北路18号3幢2单元401室", 230, 320, 30)
    ex, rejected = members_of(s.lines)
    assert ex.members == [] and rejected == []


# the 户主页 printing its labels in a row over a row of their values: one arrangement of the cells, and
# (not written for) others with the labels in another order and 住址 in the header row
HEAD_ROWS = [
    [("户别", "家庭户"), ("户主姓名", "name"), ("户号", "310457")],
    [("户主姓名", "name"), ("户号", "310457"), ("户别", "家庭户")],
    [("户号", "310457"), ("户主姓名", "name"), ("住址", "addr")],
]


@pytest.mark.parametrize("header", HEAD_ROWS)
def test_head_page_labels_over_values(header: list[tuple[str, str]]) -> None:
    """A 户主页 whose labels head their cells with the values in the row below (户别 | 户主姓名 | 户号 over
    家庭户 | name | number): the label's neighbour on its row is the next label, no value; 户主姓名 and
    住址 are the texts under their labels. No register card on the page: the name is the 户主页's own."""
    s = Sheet()
    addr = "湖南省湘潭市岳塘区建设北路18号3幢2单元401室"
    s.centred("居民户口簿", 160, 40)
    for i, (lab, value) in enumerate(header):
        x = 120 + 420 * i
        s.text(lab, x, 260, 26)
        s.text({"name": HOLDER["姓名"], "addr": addr}.get(value, value), x, 340, 30)
    if all(lab != "住址" for lab, _ in header):
        s.text("住址", 120, 440, 26)
        s.text(addr, 120, 520, 30)
    ex, rejected = members_of(s.lines)
    assert rejected == []
    assert ex.fields["户主姓名"] == HOLDER["姓名"]
    assert ex.fields["住址"] == addr


# ---------------------------------------------------------------------------------------------
# 身份证: the 民族 label inside a line whose first label OCR lost or misread


def glued_sex_row(s: Sheet, x: float, y: float, p: dict[str, Any], row: str, at: float) -> None:
    """A card's front whose 性别 row OCR read as one line ``row`` starting ``at`` mm from the card's edge."""
    s.text("姓名", x + 5 * MM, y + 8 * MM, 24)
    s.text(p["姓名"], x + 15 * MM, y + 8 * MM, 28)
    s.text(row, x + at * MM, y + 15 * MM, 28)
    born = p["出生日期"].split("-")
    s.text("出生", x + 5 * MM, y + 22 * MM, 24)
    s.text(f"{born[0]}年{int(born[1])}月{int(born[2])}日", x + 15 * MM, y + 22 * MM, 28)
    s.text("住址", x + 5 * MM, y + 29 * MM, 24)
    s.text(p["住址"], x + 15 * MM, y + 31 * MM, 28)
    s.text("公民身份号码", x + 5 * MM, y + 48 * MM, 24)
    s.text(p["身份证号"], x + 25 * MM, y + 48 * MM, 28)


@pytest.mark.parametrize(
    ("who", "row", "at"),
    [
        (0, "{sex}民族{group}", 15),  # the 性别 label lost: the line starts with the sex
        (1, "性型{sex}民族{group}", 5),  # the 性别 label misread past knowing
        (1, "{sex} 民族：{group}", 15),  # not written for: a space and a colon in the line, another group
    ],
)
def test_ethnic_group_inside_a_line_whose_first_label_was_lost(who: int, row: str, at: float) -> None:
    """The 民族 label is printed once on the card: inside a line whose first label OCR lost or misread,
    the group after it is the card's 民族 (性别 and 出生日期 as the number and their rows say)."""
    p = PEOPLE[who]
    s = Sheet()
    glued_sex_row(s, 40 * MM, 40 * MM, p, row.format(sex=p["性别"], group=p["民族"]), at)
    ex = extract_fields("身份证", s.lines, today=TODAY)
    assert gate(ex) == []
    assert {k: ex.fields.get(k) for k in ("姓名", "性别", "民族", "身份证号")} == {
        k: p[k] for k in ("姓名", "性别", "民族", "身份证号")
    }


# ---------------------------------------------------------------------------------------------
# 户口簿: labels misread more than once


@pytest.mark.parametrize("beside", [True, False])  # not written for: the card alone on its page
def test_a_card_whose_long_label_has_two_characters_misread(beside: bool) -> None:
    """A booklet copied open (the 户主页 left, the householder's card right): the card's 户主或与户主关系
    read with two characters wrong ("F主或与厂主关系": eight characters, six right, is that label still),
    and its 民族 label read "氏族" (its value, the card's one ethnic group, is the 民族)."""
    assert match_label("F主或与厂主关系", HUKOU_LABELS) == ("关系", "")
    assert match_label("户主成与户主美第", HUKOU_LABELS) is None  # three wrong of eight: no label
    assert match_label("公民身伤证号", HUKOU_LABELS) is None  # six characters: one wrong at most
    s = Sheet()
    if beside:
        s.text("户号", 60, 300, 26)
        s.text("654770815", 150, 300, 26)
        s.text("户别", 60, 370, 26)
        s.text("家庭户", 150, 370, 30)
        s.text("户主姓名", 400, 370, 26)
        s.text(HOLDER["姓名"], 540, 370, 30)
    x = 760 if beside else 150
    register_card(s, x, 300, HOLDER | {"民族": "满"}, {"户主或与户主关系": "F主或与厂主关系", "民族": "氏族"})
    ex, rejected = members_of(s.lines)
    assert rejected == []
    assert ex.members == [
        {
            "姓名": HOLDER["姓名"],
            "关系": "户主",
            "性别": HOLDER["性别"],
            "民族": "满族",
            "出生日期": HOLDER["出生日期"],
            "身份证号": HOLDER["身份证号"],
        }
    ]


CARD_OVER = [
    ("姓名", "户主或与户主关系", "曾用名", "性别", "民族", "出生日期", "出生地", "公民身份号码", "婚姻状况"),
    # not written for: two columns, the relation after the number
    ("姓名", "性别", "民族", "出生日期", "公民身份证件编号", "与户主关系"),
]


@pytest.mark.parametrize(("labels", "columns"), [(CARD_OVER[0], 3), (CARD_OVER[1], 2)])
def test_a_register_card_printing_its_labels_over_their_values(labels: tuple[str, ...], columns: int) -> None:
    """A 常住人口登记卡 whose labels head their cells, each value in the row below its label: the label's
    neighbour on its row is the next label, so each value is the text under its label."""
    p = PEOPLE[1] | {"关系": "配偶"}
    born = p["出生日期"].split("-")
    values = {
        "姓名": p["姓名"], "户主或与户主关系": "配偶", "与户主关系": "配偶", "曾用名": "", "性别": p["性别"],
        "民族": p["民族"] + "族", "出生日期": f"{born[0]}年{int(born[1])}月{int(born[2])}日", "出生地": "湖南省湘潭市",
        "公民身份号码": p["身份证号"], "公民身份证件编号": p["身份证号"], "婚姻状况": "已婚",
    }
    s = Sheet()
    s.centred("常住人口登记卡", 200, 40)
    for i, lab in enumerate(labels):
        x, y = 120 + (1400 // columns) * (i % columns), 300 + 170 * (i // columns)
        s.text(lab, x, y, 26)
        if values[lab]:
            s.text(values[lab], x, y + 70, 30)
    ex, rejected = members_of(s.lines)
    assert rejected == []
    assert ex.members == [{k: p[k] if k != "民族" else p[k] + "族" for k in ("姓名", "关系", "性别", "民族", "出生日期", "身份证号")}]


@pytest.mark.parametrize(("who", "cut", "zero_read_as_o"), [(0, 16, False), (0, 17, False), (1, 15, True)])
def test_a_number_wrapped_in_its_cell_onto_a_second_line(who: int, cut: int, zero_read_as_o: bool) -> None:
    """The card's 公民身份证件编号 in a cell too narrow for it: its last digits wrapped onto the line under its
    start ("4303021972030812" over "3X"), perhaps a 0 of them read as the letter O. Together they are the
    member's number. Before: no number (16 digits are none), the row without its 身份证号."""
    s = Sheet()
    person = PEOPLE[who] | {"关系": "户主"}
    number = person["身份证号"]
    register_card(s, 150, 300, person, number=number[:cut])
    tail = number[cut:]
    if zero_read_as_o:
        assert "0" in tail
        tail = tail.replace("0", "O")
    s.text(tail, 150 + 560 + 250, 300 + 4 * 70 + 34, 30)
    ex, rejected = members_of(s.lines)
    assert [m.get("身份证号") for m in ex.members] == [number]
    assert rejected == []


def test_a_wrapped_tail_that_makes_no_valid_number_is_none() -> None:
    """The digits under a cut number that do not complete it (a wrong check digit) are no number: the row
    keeps its other fields, and the digits seen wait in review."""
    s = Sheet()
    number = HOLDER["身份证号"]
    register_card(s, 150, 300, HOLDER, number=number[:16])
    s.text(wrong_check_digit(number)[16:], 150 + 560 + 250, 300 + 4 * 70 + 34, 30)
    ex, _rejected = members_of(s.lines)
    assert [m.get("身份证号") for m in ex.members] == [None]
    assert ex.members[0]["姓名"] == HOLDER["姓名"]


@pytest.mark.parametrize("said", ["", "民", "氏"])
def test_an_id_cards_ethnic_group_whose_label_ocr_lost(said: str) -> None:
    """The front of a card (the national card's layout) whose 民族 label OCR lost or read as one character:
    the group printed in a text of its own ("土家") is the card's 民族. Before: no 民族."""
    s = Sheet()
    p = PEOPLE[1]
    front(s, 20 * MM, 30 * MM, p, labels={"民族": said})
    ex = extract_fields("身份证", s.lines, today=TODAY)
    assert gate(ex) == []
    assert ex.fields.get("民族") == p["民族"]
    assert ex.fields.get("姓名") == p["姓名"]
