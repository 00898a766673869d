"""低保证 whose family list stands under its title alone (保障对象, 家庭成员: no column headers), on a leaf beside
the holder's own rows, each listed person's relation written in brackets after the name.

REAL-DOCUMENTS.md: a 低保证 tells the holder (户主姓名 / 持证人), 身份证号, 保障人数, 月保障金额, 证号, 发证机关, 有效期 and
lists the family's members. A booklet copied open (or a card's two faces side by side) puts the list's rows level
with the holder's rows: read as the page's rows, the holder's name ran on into a listed person's. Arrangements
here are this file's own: the list on the left leaf with name and relation in one text (「罗建国（户主）」), drawn
with PIL; the list on the right leaf of a skewed copy (each row's name lower than its number, no header to tell
the slope), built as lines.
"""

from __future__ import annotations

import pytest

from dangan.extractors.certificates import titled_list
from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
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


def _people(ex: object) -> list[dict[str, object]]:
    return [{k: m.get(k) for k in ("姓名", "关系", "身份证号")} for m in ex.members]  # type: ignore[attr-defined]


def test_a_list_on_the_left_leaf_names_and_relations_in_one_text() -> None:
    """Before: no member (the list not parted from the holder's rows, and 「易红梅（配偶）」 no name nor relation)."""
    s = Sheet()
    s.text("最低生活保障证", 950, 160, 44)
    s.text("家庭成员", 120, 260, 32)
    for i, m in enumerate(MEMBERS):
        y = 330 + 70 * i
        s.text(f"{m['姓名']}（{m['关系']}）", 120, y, 26)
        s.text(m["身份证号"], 420, y, 24)
    # the holder's leaf, its rows level with the list's
    for i, row in enumerate(
        [
            "户主姓名：罗建国",
            f"身份证号：{HOLDER}",
            "保障人数：3人",
            "月保障金额：1260元",
            "有效期至：2027年3月31日",
            "发证机关：长沙市芙蓉区民政局",
        ]
    ):
        s.text(row, 950, 330 + 70 * i, 26)
    s.text("证号：43010220265871", 950, 260, 26)
    fields = read(s, "低保证")
    check(
        fields,
        {"姓名": "罗建国", "证号": "43010220265871", "保障人数": 3, "月保障金额": 1260, "有效期": "2027-03-31",
         "发证机关": "长沙市芙蓉区民政局"},
    )
    ex = extract_fields("低保证", s.lines, today=TODAY)
    assert _people(ex) == MEMBERS


def L(text: str, x0: float, y0: float, x1: float, y1: float) -> TextLine:
    return TextLine(text, (x0, y0, x1, y1), 0.96, 0)


def skewed_booklet(serial: str = ". ") -> list[TextLine]:
    """The holder's leaf on the left, the list's on the right: a copy tilted 2.5°, each row's name about 40 px
    lower than its number 1000 px to the right; the holder's 持证人 row level with the list's second row. Each
    row's serial before its name, ``serial`` after its number ("1. 罗建国", or "1.罗建国" as a text layer has it)."""
    lines = [
        L("最低生活保障证", 150, 120, 600, 180),
        L("持证人：罗建国", 150, 330, 420, 380),
        L(f"身份证号：{HOLDER}", 150, 400, 700, 450),
        L("保障人数：3人", 150, 470, 400, 520),
        L("保障金额：1260.00元/月", 150, 540, 560, 590),
        L("有效期限：2026年3月31日至2027年3月31日", 150, 610, 900, 660),
        L("长沙市芙蓉区民政局", 600, 700, 900, 750),
        L("保障对象", 1200, 200, 1360, 250),
    ]
    for i, m in enumerate(MEMBERS):
        y = 280 + 65 * i
        lines += [
            L(f"{i + 1}{serial}{m['姓名']}", 1200, y + 45, 1330, y + 95),
            L(f"({m['关系']})", 1420, y + 40, 1510, y + 90),
            L(m["身份证号"], 1900, y, 2200, y + 45),
        ]
    lines.append(L("注意事项", 1200, 700, 1330, 740))
    lines.append(L("1.本证不得转借、涂改。", 1200, 750, 1700, 790))
    return lines


@pytest.mark.parametrize("serial", [". ", ".", "、"])
def test_a_list_on_the_right_leaf_of_a_skewed_copy(serial: str) -> None:
    """Before: the holder's name ran on into the list's row (「罗建国2. 易红梅(配偶)4301…」, no name), and
    the names, lower than their numbers by more than half a row, were not paired with them (no member); a
    serial with no space after it ("2.易红梅") hid the name."""
    ex = extract_fields("低保证", skewed_booklet(serial), today=TODAY)
    assert gate(ex) == []
    assert ex.fields.get("姓名") == "罗建国"
    assert ex.fields.get("保障人数") == 3
    assert ex.fields.get("月保障金额") == 1260
    assert _people(ex) == MEMBERS


def test_a_title_over_no_listed_number_is_no_list() -> None:
    """A title with no valid 身份证号 in the rows under it (the list's numbers not printed) parts nothing."""
    lines = [ln for ln in skewed_booklet() if not ln.text.startswith("43")]
    assert titled_list(lines) == []
    listed = titled_list(skewed_booklet())
    assert {ln.text for ln in listed} >= {"保障对象", SON, "(儿子)"}
    assert not {ln.text for ln in listed} & {"持证人：罗建国", "注意事项"}
