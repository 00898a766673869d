"""Certificates whose labels and values are arranged in other ways than the readers were first written for.

REAL-DOCUMENTS.md: a 低保证 tells 户主姓名, 身份证号, 家庭住址, 保障人数, 月保障金额 (元), 证号, 发证机关, 有效期 and lists the
family's members; booklets head a section with what it tells ("持证人情况", "户主信息"), print the unit after a
label ("（元）"), call the monthly amount in their city's words and are copied open, their leaves side by side.
Pages are drawn with PIL (``test_papers_general.Sheet``, each drawn text one OCR line), their truth known.
"""

from __future__ import annotations

from typing import Any

import pytest

from dangan.extractors.fields import extract_fields
from dangan.extractors.pipeline import gate

from .test_papers_general import TODAY, Sheet, check, read

HOLDER = "430102198503121221"
WIFE = "430102198607151249"
SON = "430102201103050019"
MEMBERS = [
    {"姓名": "罗建国", "关系": "户主", "身份证号": HOLDER},
    {"姓名": "易红梅", "关系": "配偶", "身份证号": WIFE},
    {"姓名": "罗小龙", "关系": "儿子", "身份证号": SON},
]


def _members(s: Sheet) -> list[dict[str, Any]]:
    ex = extract_fields("低保证", s.lines, cells=s.cells(), today=TODAY)
    assert gate(ex) == []
    return [{k: m.get(k) for k in ("姓名", "关系", "身份证号")} for m in ex.members]


def booklet_open(amount_label: str) -> Sheet:
    """The holder's leaf (labels over their values in cells, the number after a bare "No.") with the leaf
    listing the family beside it, its header a little lower than the holder's first row."""
    s = Sheet()
    s.text("最低生活保障（困难）证", 120, 160, 44)
    s.text("持证人情况", 250, 220)
    s.text("No.", 100, 280)
    s.text("43010220265871", 170, 280)
    y = s.table([["户主姓名", "性别"], ["罗建国", "男"]], [260, 160], 330, x=100, height=70)
    y = s.table([["身份证号码"], [HOLDER]], [420], y, x=100, height=70)
    y = s.table([["保障人数", amount_label], ["3人", "1260"]], [150, 270], y, x=100, height=70)
    y = s.table([["有效期至"], ["2027年3月31日"]], [420], y, x=100, height=70)
    s.text("发证机关：长沙市芙蓉区民政局", 100, y + 60)
    s.text("家 庭 成 员", 900, 220, 40)
    s.table([["与户主关系", "姓名", "身份证号码"], *([m["关系"], m["姓名"], m["身份证号"]] for m in MEMBERS)],
            [190, 170, 420], 352, x=640, height=70)
    return s


@pytest.mark.parametrize("amount_label", ["每月救助金额（元）", "月享受金额（元）", "低保金（元）"])
def test_booklet_copied_open(amount_label: str) -> None:
    """The section's heading 持证人情况 is no 持证人 named 情况; the amount's label in the city's words with its
    unit after it heads its value; the serial after a bare "No."; the members are the list's rows, and the
    holder's own number under its label in the holder's leaf is no row of it. Before: 姓名 情况, no amount,
    no 证号, no members."""
    s = booklet_open(amount_label)
    check(read(s, "低保证"), {"姓名": "罗建国", "证号": "43010220265871", "保障人数": 3, "月保障金额": 1260,
                             "有效期": "2027-03-31", "发证机关": "长沙市芙蓉区民政局"})
    assert _members(s) == MEMBERS


def test_card_with_sections_and_list_below() -> None:
    """Another arrangement: labels beside their values under a heading "户主信息", the amount's own words
    with its unit, the list of the family below with a serial column."""
    s = Sheet()
    s.centred("城市居民最低生活保障证", 160, 48)
    s.text("户主信息", 140, 260)
    s.paragraph(["户主姓名：罗建国", f"身份证号：{HOLDER}", "保障人口：3人", "每月救助金（元）：1260",
                 "有效期限：2026年4月1日至2027年3月31日", "发证单位：长沙市芙蓉区民政局"], 330, x=140, gap=70)
    s.table([["序号", "姓名", "与户主关系", "身份证号码"],
             *([str(i + 1), m["姓名"], m["关系"], m["身份证号"]] for i, m in enumerate(MEMBERS))],
            [120, 220, 240, 520], 820, x=140, height=70)
    check(read(s, "低保证"), {"姓名": "罗建国", "保障人数": 3, "月保障金额": 1260, "有效期": "2027-03-31",
                             "发证机关": "长沙市芙蓉区民政局"})
    assert _members(s) == MEMBERS


# ---------------------------------------------------------------------------------------------
# 诊断证明: a certificate copied onto a sheet, its signers' row a row of column headers


def diagnosis_copy(ruled: bool) -> Sheet:
    """A hospital's certificate copied low on a sheet: a clerk's caption naming it above (with 诊断证明 in it)
    and a copy's attestation, the hospital's name over the title; the signers' row heads its columns
    (the doctor, a second signer this reader has no label for, the date), the names and the date below."""
    s = Sheet()
    s.text("关于王桂兰的病情诊断证明（复印件）", 160, 200, 40)
    s.text("复印件与原件一致", 700, 600)
    s.centred("湘潭市中心医院", 900, 44)
    s.centred("诊断证明书", 970, 44)
    s.text("姓名：王桂兰", 200, 1080)
    s.text("性别：女", 620, 1080)
    s.text("年龄：56岁", 900, 1080)
    s.text("诊断：慢性肾功能不全", 200, 1170)
    s.text("处理意见：定期复查，避免劳累。", 200, 1260)
    heads, values = ["主治医师", "审核医师", "出具日期"], ["陈立新", "周海波", "2026年3月9日"]
    if ruled:
        s.table([heads, values], [360, 360, 460], 1340, x=200, height=110)
    else:
        for i, (h, v) in enumerate(zip(heads, values, strict=True)):
            s.text(h, 200 + 420 * i, 1360, 28)
            s.text(v, 215 + 420 * i, 1470)
    return s


@pytest.mark.parametrize("ruled", [False, True])
def test_diagnosis_copy_with_signers_heading_their_columns(ruled: bool) -> None:
    """The doctor is the name under 主治医师, not the next header 审核医师 (a header this reader does not know,
    read as the value after the label on its row); the hospital is the name right above the certificate's
    title, though the caption above it says 诊断证明 too. Before: 医师 审核医师, no 医院名称."""
    got = read(diagnosis_copy(ruled), "诊断证明")
    check(got, {"医院名称": "湘潭市中心医院", "姓名": "王桂兰", "医师": "陈立新", "出具日期": "2026-03-09"})


def test_a_label_and_its_value_on_a_row_stay_paired() -> None:
    """A row of label | value | label | value, the next row's values under them, is no row of headers: the
    value after the label stays its value (the rule above asks for the row below to hold no label)."""
    s = Sheet()
    s.centred("湘潭市中心医院", 200, 44)
    s.centred("诊断证明书", 270, 44)
    s.text("医师", 200, 400)
    s.text("陈立新", 360, 400)
    s.text("日期", 700, 400)
    s.text("2026年3月9日", 860, 400)
    s.text("诊断", 200, 470)
    s.text("高血压病", 360, 470)
    s.text("姓名", 700, 470)
    s.text("王桂兰", 860, 470)
    check(read(s, "诊断证明"), {"医师": "陈立新", "出具日期": "2026-03-09", "诊断": "高血压病", "姓名": "王桂兰"})


# ---------------------------------------------------------------------------------------------
# 残疾人证: the number printed one digit a box


@pytest.mark.parametrize("read_digits", [["4", "3", "0", "8"], [(HOLDER + "42")[:10] + (HOLDER + "42")[11:]]])
def test_disability_number_in_boxes_partly_read(read_digits: list[str]) -> None:
    """A 残疾人证号 printed one digit a box comes back from OCR as a few digits, or with one lost: the number
    is the holder's 身份证号 with the category's and grade's digits (GB/T 26341), which the card prints in
    rows of its own, when the digits read are that number's in order. Before: no 残疾人证号."""
    s = Sheet()
    s.centred("中华人民共和国残疾人证", 200, 50)
    for k, (label, value) in enumerate([("姓　　名", "李红梅"), ("性　　别", "女"), ("身份证号", HOLDER)]):
        s.text(label, 150, 330 + 70 * k)
        s.text(value, 400, 330 + 70 * k)
    s.text("残疾人证号", 150, 540)
    for i, d in enumerate(read_digits):
        s.text(d, 420 + 260 * i, 540)
    s.text("残疾类别", 150, 640)
    s.text("残疾等级", 600, 640)
    s.text("肢体残疾", 150, 720)
    s.text("二级", 620, 720)
    s.text("发证日期", 150, 820)
    s.text("2019年05月20日", 400, 820)
    check(read(s, "残疾人证"), {"姓名": "李红梅", "身份证号": HOLDER, "残疾人证号": HOLDER + "42",
                             "残疾类别": "肢体残疾", "残疾等级": "二级"})


def test_disability_number_not_composed_from_other_digits() -> None:
    """Digits after the label that are not the composed number's (another holder's) compose nothing."""
    s = Sheet()
    s.centred("中华人民共和国残疾人证", 200, 50)
    s.text("姓名", 150, 330)
    s.text("李红梅", 400, 330)
    s.text("身份证号", 150, 400)
    s.text(HOLDER, 400, 400)
    s.text("残疾人证号", 150, 470)
    s.text("9", 420, 470)
    s.text("9", 680, 470)
    s.text("残疾类别", 150, 540)
    s.text("肢体", 400, 540)
    s.text("残疾等级", 150, 610)
    s.text("二级", 400, 610)
    ex = extract_fields("残疾人证", s.lines, today=TODAY)
    gate(ex)
    assert "残疾人证号" not in ex.fields


@pytest.mark.parametrize("below", [False, True])
def test_label_printed_with_a_qualifier_word(below: bool) -> None:
    """"诊断结论" is the label 诊断 printed with a word that says the same field: the value is what follows the
    colon (not "结论：高血压病3级"), or, the label alone in its box, the text under it. Before: 诊断 结论:高血压病3级
    / 结论."""
    s = Sheet()
    s.centred("湘潭市中心医院", 200, 44)
    s.centred("诊断证明书", 270, 44)
    s.text("姓名：王桂兰", 200, 400)
    s.text("性别：女", 700, 400)
    if below:
        s.text("诊断结论", 200, 480, 26)
        s.text("高血压病3级", 260, 550)
    else:
        s.text("诊断结论：高血压病3级", 200, 480)
    s.text("医生签名：陈立新", 200, 660)
    s.text("日期：2026年3月9日", 800, 660)
    check(read(s, "诊断证明"), {"诊断": "高血压病3级", "医师": "陈立新", "姓名": "王桂兰"})


@pytest.mark.parametrize("where", ["beside", "below"])
def test_members_listed_without_a_relation_column(where: str) -> None:
    """A list of the family with no relation column (姓名 | 公民身份号码), beside or below the holder's cells whose
    身份证号码 heads its own value: the holder's number is no listed row, the list's rows are the members.
    Before: no members (four numbers, three names)."""
    s = Sheet()
    s.text("城乡居民最低生活保障证", 120, 160, 44)
    y = s.table([["户主姓名", "家庭人口"], ["罗建国", "3人"]], [260, 160], 260, x=100, height=70)
    y = s.table([["身份证号码"], [HOLDER]], [420], y, x=100, height=70)
    y = s.table([["保障人数", "月保障金额（元）"], ["3人", "1260"]], [150, 270], y, x=100, height=70)
    s.text("发证机关：长沙市芙蓉区民政局", 100, y + 60)
    rows = [["姓名", "公民身份号码"], *([m["姓名"], m["身份证号"]] for m in MEMBERS)]
    s.table(rows, [200, 420], 300 if where == "beside" else y + 150, x=700 if where == "beside" else 100, height=70)
    check(read(s, "低保证"), {"姓名": "罗建国", "保障人数": 3, "月保障金额": 1260})
    assert _members(s) == [{**m, "关系": None} for m in MEMBERS]


def _spaced(s: Sheet, rows: list[tuple[str, str]], y0: float = 330) -> None:
    """Rows of a label printed letter-spaced, which OCR reads one character a text, and its value."""
    for k, (label, value) in enumerate(rows):
        y = y0 + 70 * k
        for i, ch in enumerate(label):
            s.text(ch, 150 + 110 * i, y)
        s.text(value, 150 + 110 * len(label) + 60, y)


@pytest.mark.parametrize("kind", ["残疾人证", "低保证", "诊断证明"])
def test_letter_spaced_labels_read_one_character_a_text(kind: str) -> None:
    """"姓　　名", "性　别", "证　号", "诊　断": a label printed with wide gaps comes back one character a text;
    read along its row it is the label. Before: 姓名, 性别, 证号, 诊断, 医师 not read."""
    s = Sheet()
    if kind == "残疾人证":
        s.centred("中华人民共和国残疾人证", 200, 50)
        _spaced(s, [("姓名", "李红梅"), ("性别", "女"), ("民族", "汉族")])
        s.text(f"身份证号  {HOLDER}", 150, 560)
        s.text("残疾类别  肢体", 150, 630)
        s.text("残疾等级  二级", 150, 700)
        want = {"姓名": "李红梅", "性别": "女", "残疾类别": "肢体残疾"}
    elif kind == "低保证":
        s.centred("最低生活保障证", 200, 50)
        _spaced(s, [("户主", "罗建国"), ("证号", "43010220265871")])
        s.text("保障人数：3人", 150, 520)
        s.text("保障金额：860元", 150, 590)
        want = {"姓名": "罗建国", "证号": "43010220265871", "保障人数": 3}
    else:
        s.centred("长沙市中心医院", 200, 44)
        s.centred("诊断证明书", 270, 44)
        _spaced(s, [("姓名", "王桂兰"), ("诊断", "高血压病3级"), ("医师", "陈立新"), ("日期", "2026年3月9日")], 380)
        want = {"姓名": "王桂兰", "诊断": "高血压病3级", "医师": "陈立新", "出具日期": "2026-03-09"}
    check(read(s, kind), want)


@pytest.mark.parametrize("label", ["低保证编号", "救助证号", "保障证号码"])
def test_card_number_under_the_cards_own_name(label: str) -> None:
    """The card's number under the card's name and 编号/号码/号 ("低保证编号：…") is its 证号; the holder's
    身份证号 printed as "持证人身份证号" beside it stays the holder's. Before: no 证号."""
    s = Sheet()
    s.centred("最低生活保障证", 200, 50)
    s.paragraph([f"{label}：43010220265871", "持证人姓名：罗建国", f"持证人身份证号：{HOLDER}", "保障人数：3人",
                 "有效期至：2026年3月31日", "发证机关：长沙市芙蓉区民政局"], 330, x=150, gap=70)
    check(read(s, "低保证"), {"证号": "43010220265871", "姓名": "罗建国", "保障人数": 3, "有效期": "2026-03-31"})


@pytest.mark.parametrize("sex_column", [False, True])
def test_members_listed_with_the_relation_after_the_number(sex_column: bool) -> None:
    """A card that lists its family under the holder's rows with the relation's column last (姓名 | 公民身份号码 |
    与户主关系, perhaps 性别 between): each row's relation is the one after its number. Before: the members
    without their relations (only the texts before the numbers were looked at)."""
    s = Sheet()
    s.text("最低生活保障证", 120, 160, 44)
    s.text("持证人：罗建国", 100, 260)
    s.text("保障人数：3人", 100, 330)
    s.text("发证机关：长沙市芙蓉区民政局", 100, 400)
    heads = ["姓名", "公民身份号码", *(["性别"] if sex_column else []), "与户主关系"]
    rows = [heads]
    for m, sex in zip(MEMBERS, ("男", "女", "男"), strict=True):
        rows.append([m["姓名"], m["身份证号"], *([sex] if sex_column else []), m["关系"]])
    s.table(rows, [200, 420, *([100] if sex_column else []), 220], 500, x=100, height=70)
    check(read(s, "低保证"), {"姓名": "罗建国", "保障人数": 3})
    assert _members(s) == MEMBERS
