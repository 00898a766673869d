"""Papers that list people besides the forms' tables: a sheet with several holders' ID cards copied on it,
cards whose printed labels OCR misread, a card the page's regions cut in two, and a diagnosis whose label
stands at the middle of its list (issue 8).

Pages are drawn with PIL (``test_papers_general.Sheet``), every text drawn recorded as one OCR line where
it stands; the cards are laid out as the second-generation card prints them (REAL-DOCUMENTS: 姓名 / 性别
民族 / 出生 / 住址 / 公民身份号码 down one column, 签发机关 and 有效期限 on the back) in arrangements a copier's
glass allows: each holder's front and back in a row with the holders one below the other, the fronts in
a row over the backs, three fronts in a column. What is read must be the truth and nothing read may fail
its field's validation.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
from dangan.extractors.pipeline import PageReading, assemble, gate
from dangan.schemas.validators import id_check_digit

from .test_papers_general import Sheet

TODAY = date(2026, 6, 1)
MM = 200 / 25.4  # px per mm on the 200-dpi sheet
CARD_W, CARD_H = 85.6 * MM, 54 * MM


def number(first17: str) -> str:
    return first17 + id_check_digit(first17)


PEOPLE = [
    {
        "姓名": "罗建平",
        "性别": "男",
        "民族": "汉",
        "出生日期": "1972-03-08",
        "身份证号": number("43030219720308123"),
        "住址": "湖南省湘潭市岳塘区建设北路18号3幢2单元401室",
    },
    {
        "姓名": "欧阳秀英",
        "性别": "女",
        "民族": "土家",
        "出生日期": "1975-11-21",
        "身份证号": number("43030219751121302"),
        "住址": "湖南省湘潭市岳塘区建设北路18号3幢2单元401室",
    },
    {
        "姓名": "罗小军",
        "性别": "男",
        "民族": "汉",
        "出生日期": "1999-06-30",
        "身份证号": number("43030219990630451"),
        "住址": "湖南省湘潭市岳塘区建设北路18号3幢2单元401室",
    },
]
LABEL = 24  # the card's grey labels, smaller than its values
VALUE = 28


def front(s: Sheet, x: float, y: float, p: dict[str, Any], labels: dict[str, str] | None = None) -> None:
    """A card's front at (x, y) (its top left corner), in mm on the card as the national card prints it;
    ``labels`` replaces printed labels by what OCR misread them as."""
    said = labels or {}

    def at(mx: float, my: float) -> tuple[float, float]:
        return x + mx * MM, y + my * MM

    def label(text: str, mx: float, my: float) -> None:
        shown = said.get(text, text)
        if shown:
            s.text(shown, *at(mx, my), LABEL)

    label("姓名", 5, 8)
    s.text(p["姓名"], *at(15, 8), VALUE)
    label("性别", 5, 15)
    s.text(p["性别"], *at(15, 15), VALUE)
    label("民族", 24, 15)
    s.text(p["民族"], *at(33, 15), VALUE)
    born = date.fromisoformat(p["出生日期"])
    label("出生", 5, 22)
    s.text(f"{born.year}年{born.month}月{born.day}日", *at(15, 22), VALUE)
    label("住址", 5, 29)
    s.text(p["住址"][:15], *at(15, 31), VALUE)
    s.text(p["住址"][15:], *at(15, 36), VALUE)
    label("公民身份号码", 5, 48)
    s.text(p["身份证号"], *at(25, 48), VALUE)


def back(s: Sheet, x: float, y: float) -> None:
    s.text("中华人民共和国", x + 35 * MM, y + 12 * MM, 30)
    s.text("居民身份证", x + 35 * MM, y + 23 * MM, 40)
    s.text("签发机关", x + 10 * MM, y + 40 * MM, LABEL)
    s.text("湘潭市公安局岳塘分局", x + 24 * MM, y + 40 * MM, VALUE)
    s.text("有效期限", x + 10 * MM, y + 47 * MM, LABEL)
    s.text("2016.05.12-2036.05.12", x + 24 * MM, y + 47 * MM, VALUE)


def read_cards(s: Sheet) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The sheet read as the pipeline reads a copy whose cards no region parted (one page of lines)."""
    ex = extract_fields("身份证", s.lines, today=TODAY)
    assert gate(ex) == []
    return dict(ex.fields), list(ex.members)


def pairs_stacked() -> tuple[Sheet, list[dict[str, Any]]]:
    """Two holders, each front and back side by side, the second holder's pair below the first's."""
    s = Sheet()
    y = 40 * MM
    for i, p in enumerate(PEOPLE[:2]):
        x = (12 + 9 * i) * MM  # each pair laid on the glass a little apart
        front(s, x, y, p)
        back(s, x + CARD_W + 6 * MM, y)
        y += CARD_H + 30 * MM
    s.text("复印件与原件一致", 600, y + 40)
    return s, PEOPLE[:2]


def fronts_over_backs() -> tuple[Sheet, list[dict[str, Any]]]:
    """Not tuned on: the two fronts side by side in the top row, their backs in the row below."""
    s = Sheet()
    for i, p in enumerate(PEOPLE[:2]):
        x = (10 + i * 95) * MM
        front(s, x, 30 * MM, p)
        back(s, x, 30 * MM + CARD_H + 20 * MM)
    return s, PEOPLE[:2]


def three_fronts() -> tuple[Sheet, list[dict[str, Any]]]:
    """Not tuned on: three holders' fronts one below the other, no backs copied."""
    s = Sheet()
    for i, p in enumerate(PEOPLE):
        front(s, (30 + 4 * i) * MM, (20 + i * (54 + 16)) * MM, p)
    return s, PEOPLE


@pytest.mark.parametrize("make", [pairs_stacked, fronts_over_backs, three_fronts])
def test_each_holder_on_a_sheet_is_a_member(make: Any) -> None:
    sheet, people = make()
    fields, members = read_cards(sheet)
    assert members == people
    assert {k: fields[k] for k in people[0]} == people[0]  # the first holder is the paper's
    if make is not three_fronts:
        assert fields["签发机关"] == "湘潭市公安局岳塘分局"


def test_card_labels_misread_by_ocr_are_placed_by_the_column() -> None:
    """性别 read 性制, 出生 read 这全 (no character in common: placed by the column's row pitch), 住址 read
    位 (one character), 民族 lost in the sex's text ("女凤族土家"): the card prints them in one order."""
    s = Sheet()
    p = PEOPLE[1]
    front(s, 20 * MM, 30 * MM, p, {"性别": "性制", "出生": "这全", "住址": "位", "民族": ""})
    s.lines = [ln for ln in s.lines if ln.text != p["民族"]]
    sex = next(i for i, ln in enumerate(s.lines) if ln.text == p["性别"])
    ln = s.lines[sex]
    s.lines[sex] = TextLine(
        f"{p['性别']}凤族{p['民族']}", (ln.box[0], ln.box[1], ln.box[2] + 200, ln.box[3]), ln.confidence
    )
    fields, _ = read_cards(s)
    assert {k: fields.get(k) for k in p} == p


def test_wrapped_address_boxed_tall_reads_in_order() -> None:
    """OCR boxed the address's two lines so tall that they look like one row, the second a pixel left of
    the first: they are read top to bottom."""
    s = Sheet()
    p = PEOPLE[0]
    front(s, 20 * MM, 30 * MM, p)
    out = []
    for ln in s.lines:
        if ln.text == p["住址"][:15]:
            ln = TextLine(ln.text, (ln.box[0], ln.box[1] - 25, ln.box[2], ln.box[3] + 25), ln.confidence)
        elif ln.text == p["住址"][15:]:
            ln = TextLine(ln.text, (ln.box[0] - 2, ln.box[1] - 25, ln.box[2], ln.box[3] + 25), ln.confidence)
        out.append(ln)
    s.lines = out
    fields, _ = read_cards(s)
    assert fields["住址"] == p["住址"]


def test_a_card_parted_by_the_regions_is_one_card() -> None:
    """The page's regions found the second holder's 公民身份号码 row as a region of its own (the blank under
    the address parts it from the card): it is the end of the card above it, not a third card."""
    s, people = pairs_stacked()
    y2 = 40 * MM + CARD_H + 30 * MM
    x2 = 21 * MM
    number_top = y2 + 44 * MM
    regions = [
        (12 * MM, 40 * MM, 12 * MM + CARD_W, 40 * MM + CARD_H),
        (12 * MM + CARD_W + 6 * MM, 40 * MM, 12 * MM + 2 * CARD_W + 6 * MM, 40 * MM + CARD_H),
        (x2, y2, x2 + CARD_W, number_top - 5),
        (x2, number_top, x2 + CARD_W, y2 + CARD_H),
        (x2 + CARD_W + 6 * MM, y2, x2 + 2 * CARD_W + 6 * MM, y2 + CARD_H),
    ]
    boxes = [(float(a), float(b), float(c), float(d)) for a, b, c, d in regions]
    reading = PageReading(list(s.lines), [], None, None, s.im.size, "ocr", regions=boxes, grey=True)
    got = assemble("cards.png", 1, [reading], "rapidocr").result
    assert got["doc_type"] == "身份证"
    assert [m["姓名"] for m in got["members"]] == [p["姓名"] for p in people]
    assert [m["身份证号"] for m in got["members"]] == [p["身份证号"] for p in people]


# ---------------------------------------------------------------------------------------------
# 诊断证明: the diagnosis label at the middle of its list


def diagnosis_boxed(items: list[str]) -> Sheet:
    """An 出院证明: the 出院诊断 label centred in its ruled cell beside the diagnoses, one a line."""
    s = Sheet()
    s.centred("湘潭市第一人民医院", 170, 56)
    s.centred("出院诊断证明书", 250, 48)
    s.text("姓名：罗建平    性别：男    年龄：54岁    住院号：2203942", 150, 360)
    top, pitch = 460, 62
    height = 40 + pitch * len(items)
    s.table([["", ""]], [260, 1140], top, height=height)
    s.text("出院诊断", 190, top + height / 2)
    for i, item in enumerate(items):
        s.text(item, 430, top + 50 + i * pitch)
    s.table([["处理意见", "建议休息两周，定期复查。"]], [260, 1140], top + height, height=100)
    s.text("医师签名：李海燕", 1000, top + height + 200)
    s.text("日期：2025年11月10日", 1000, top + height + 270)
    return s


def diagnosis_unruled(items: list[str]) -> Sheet:
    """Not tuned on: a letter's 诊断： at the middle of its list, no ruling."""
    s = Sheet()
    s.centred("株洲市中心医院", 170, 56)
    s.centred("诊断证明书", 250, 48)
    s.text("姓名：罗建平    性别：男    年龄：54岁", 150, 360)
    pitch, top = 60, 480
    s.text("诊断：", 150, top + pitch * (len(items) - 1) / 2)
    for i, item in enumerate(items):
        s.text(item, 330, top + i * pitch)
    s.text("处理意见：休息，门诊随访。", 150, top + pitch * len(items) + 60)
    s.text("医师：赵敏", 1000, top + pitch * len(items) + 200)
    s.text("2025年3月5日", 1000, top + pitch * len(items) + 270)
    return s


@pytest.mark.parametrize("draw", [diagnosis_boxed, diagnosis_unruled])
@pytest.mark.parametrize(
    "items", [["系统性红斑狼疮", "腰椎间盘突出症"], ["尿毒症", "骨质疏松症", "2型糖尿病"], ["慢性肾衰竭"]]
)
def test_every_diagnosis_beside_a_centred_label(draw: Any, items: list[str]) -> None:
    s = draw(items)
    ex = extract_fields("诊断证明", s.lines, cells=s.cells(), today=TODAY)
    assert gate(ex) == []
    assert ex.fields["诊断"] == "；".join(items)
    assert ex.fields["姓名"] == "罗建平"


# ---------------------------------------------------------------------------------------------
# 户口簿: what the card's number says


def test_register_card_sex_lost_under_a_signature_comes_from_its_number() -> None:
    """The clerk signed the copy across the card's second row: OCR read the note, the row's labels, the
    signature and the sex as one text ("复印件与原件一致曾用名性别 董佳男"). 性别 and 出生日期 the cells do not
    give are what the card's 公民身份证件编号 says (a number whose check digit fails says nothing)."""
    p = PEOPLE[0]

    def card(number: str) -> list[TextLine]:
        return [
            TextLine("常住人口登记卡", (557, 72, 861, 124), 0.99),
            TextLine("姓名", (158, 165, 242, 232), 0.99),
            TextLine(p["姓名"], (466, 165, 579, 226), 0.99),
            TextLine("户主或与户主关系", (757, 172, 991, 220), 0.99),
            TextLine("户主", (1151, 167, 1241, 232), 0.99),
            TextLine("复印件与原件一致曾用名性别 罗建平男", (147, 251, 1250, 319), 0.97),
            TextLine("公民身份证件编号", (110, 510, 294, 567), 0.99),
            TextLine(number, (680, 509, 978, 557), 0.99),
        ]

    ex = extract_fields("户口簿", card(p["身份证号"]), today=TODAY)
    assert gate(ex) == []
    assert [(m["姓名"], m["性别"], m["出生日期"]) for m in ex.members] == [(p["姓名"], "男", p["出生日期"])]
    wrong = p["身份证号"][:-1] + ("0" if p["身份证号"][-1] != "0" else "1")
    ex = extract_fields("户口簿", card(wrong), today=TODAY)
    assert all("性别" not in m and "出生日期" not in m for m in ex.members)
