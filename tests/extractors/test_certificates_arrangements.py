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
