"""低保证 whose values are written over their captions, and whose people are listed one a column.

REAL-DOCUMENTS.md: a 低保证 tells 户主姓名, 身份证号, 家庭住址, 保障人数, 月保障金额 (元), 证号, 发证机关, 有效期 and lists
the family's members. Certificates and booklets often write each value on a line with its caption printed small
under the line, and a narrow booklet page may list the family on its side: its heads down the left, a person a
column. Pages are drawn with PIL (``test_papers_general.Sheet``, each drawn text one OCR line), their truth
known; the arrangements (captions at the start of their lines or centred under them, the heads' order, a 序号
row, a text layer's numbers run together) are this file's own.
"""

from __future__ import annotations

from typing import Any

import pytest

from dangan.extractors.certificates import DIBAO_LABELS, match_label
from dangan.extractors.fields import extract_fields
from dangan.extractors.pipeline import gate

from .conftest import cjk_font
from .test_papers_general import SIZE, TODAY, Sheet, check, read

HOLDER = "430102198503121221"
WIFE = "430102198607151249"
SON = "430102201103050019"
MEMBERS = [
    {"姓名": "罗建国", "关系": "户主", "身份证号": HOLDER},
    {"姓名": "易红梅", "关系": "配偶", "身份证号": WIFE},
    {"姓名": "罗小龙", "关系": "儿子", "身份证号": SON},
]


def _width(s: Sheet, text: str, size: int = SIZE) -> float:
    return s.draw.textlength(text, font=cjk_font(size))


def _blank(s: Sheet, x: float, y: float, w: float, value: str, caption: str, centred: bool) -> None:
    """``value`` written on a line from x to x + w at height y, ``caption`` printed small under the line."""
    s.draw.line((x, y, x + w, y), fill="black", width=2)
    vx = x + (w - _width(s, value)) / 2 if centred else x + 10
    s.text(value, vx, y - 26)
    cx = x + (w - _width(s, caption, 24)) / 2 if centred else x + 10
    s.text(caption, cx, y + 22, 24)


def captioned_card(centred: bool) -> Sheet:
    s = Sheet()
    s.text("最低生活保障金领取证", 500, 200, 48)
    s.text("第 43010220265871 号", 1100, 280)
    rows = [
        [(560, "罗建国", "持证人"), (760, HOLDER, "公民身份号码")],
        [(1340, "湖南省长沙市芙蓉区韶山北路12号", "家庭住址")],
        [(420, "3", "保障人数（人）"), (420, "1260", "每月保障金（元）"), (420, "2027年3月31日", "有效期限")],
        [(760, "长沙市芙蓉区民政局", "发证单位（盖章）")],
    ]
    y = 420
    for row in rows:
        x = 150
        for w, value, caption in row:
            _blank(s, x, y, w - 40, value, caption, centred)
            x += w
        y += 150
    s.text("本证不得涂改、转借。", 150, y + 40, 24)
    return s


@pytest.mark.parametrize("centred", [False, True])
def test_values_written_over_their_captions(centred: bool) -> None:
    """Each value stands over its caption (at the start of its line, or centred under it); what stands under a
    caption is the next row's value. The card's number is printed "第 … 号" without a label. Before: 保障人数 and
    月保障金额 from the rows under their captions, 有效期 and 证号 not read."""
    s = captioned_card(centred)
    check(read(s, "低保证"), {"姓名": "罗建国", "证号": "43010220265871", "保障人数": 3, "月保障金额": 1260,
                             "有效期": "2027-03-31", "发证机关": "长沙市芙蓉区民政局"})


def test_labels_heading_their_values_stay_so() -> None:
    """Labels over the values under them, row after row (the previous row's values over the labels): each
    label's value is the one under it."""
    s = Sheet()
    s.text("最低生活保障证", 500, 200, 48)
    y = 350
    for pairs in ([("户主姓名", "罗建国"), ("保障人数", "3")], [("月保障金额", "1260"), ("有效期至", "2027年3月31日")],
                  [("发证机关", "长沙市芙蓉区民政局"), ("证号", "43010220265871")]):
        for i, (label, value) in enumerate(pairs):
            s.text(label, 150 + 600 * i, y)
            s.text(value, 150 + 600 * i, y + 55)
        y += 130
    check(read(s, "低保证"), {"姓名": "罗建国", "证号": "43010220265871", "保障人数": 3, "月保障金额": 1260,
                             "有效期": "2027-03-31", "发证机关": "长沙市芙蓉区民政局"})


def _members(s: Sheet) -> list[dict[str, Any]]:
    ex = extract_fields("低保证", s.lines, cells=s.cells(), today=TODAY)
    assert gate(ex) == []
    return [{k: m.get(k) for k in ("姓名", "关系", "身份证号")} for m in ex.members]


def listed_on_its_side(glued: bool) -> Sheet:
    """The holder's rows (label：value) over the family's list on its side: 序号 / 姓名 / 公民身份号码 / 与户主关系
    down the left, one person a column, a column left empty; ``glued``: the numbers' row one text, as a
    PDF's text layer gives a row."""
    s = Sheet()
    s.text("城乡居民最低生活保障证", 400, 160, 48)
    s.paragraph(["户主姓名：罗建国", f"身份证号：{HOLDER}", "保障人数：3人", "月保障金额：1260元",
                 "发证机关：长沙市芙蓉区民政局"], 280, x=150, gap=70)
    s.text("家 庭 成 员", 650, 700, 40)
    heads = ["序号", "姓名", "公民身份号码", "与户主关系"]
    cols = [[str(i + 1), m["姓名"], "" if glued else m["身份证号"], m["关系"]] for i, m in enumerate(MEMBERS)]
    table = [[h, *(c[r] for c in cols), ""] for r, h in enumerate(heads)]
    s.table(table, [240, 360, 360, 360, 200], 780, x=100, height=80)
    if glued:
        s.text("".join(m["身份证号"] for m in MEMBERS), 370, 780 + 80 * 2 + 40)
    return s


@pytest.mark.parametrize("glued", [False, True])
def test_members_listed_one_a_column(glued: bool) -> None:
    """Each person's name, number and relation stand in a column of their own; the name's row is no holder's
    name. Before: the holder's 姓名 read from the list's name row, the members wrong or none."""
    s = listed_on_its_side(glued)
    check(read(s, "低保证"), {"姓名": "罗建国", "保障人数": 3, "月保障金额": 1260})
    assert _members(s) == MEMBERS


@pytest.mark.parametrize(("text", "label"), [("月保障全额元)", "月保障金额"), ("保障人教（人）", "保障人数")])
def test_a_misread_caption_with_its_unit(text: str, label: str) -> None:
    """A long label with one character misread and its unit after it, a bracket lost or not, is the label."""
    assert match_label(text, DIBAO_LABELS) == (label, "")
