"""A 低保证 that keeps a record over time, and lists in cells much taller than their text.

REAL-DOCUMENTS.md: a 低保证 tells 保障人数 and 月保障金额; a booklet keeps a leaf of its yearly reviews and
changes of the amount (核定日期 | 保障人数 | 月保障金 | 经办人, a row for each), the amount paid now the last
one written. Its family list and its record are ruled tables whose cells may be several text heights tall.
Pages are drawn with PIL (``test_papers_general.Sheet``), their truth known, and classified and read as the
pipeline does.
"""

from __future__ import annotations

import pytest

from dangan.extractors.fields import extract_fields
from dangan.extractors.pipeline import gate

from .test_papers_general import TODAY, Sheet, check, read

FAMILY = [
    ("周海燕", "户主", "130602197805140323"),
    ("刘强", "配偶", "130602197603221352"),
    ("刘思雨", "女儿", "130602200411280029"),
]


def dibao_with_record(row_height: int, record: list[tuple[str, str, str]], title: str) -> Sheet:
    """One A4 page: the holder's rows, the family's ruled list under them (its rows row_height tall, its
    header row lower), and at the foot the record of the amount under its own title, one row a review, two
    rows left empty."""
    s = Sheet()
    s.centred("城乡居民最低生活保障证", 150, 52)
    s.text("证号：13060220251234", 1050, 240)
    s.text("户主姓名：周海燕", 150, 320)
    s.text("家庭住址：保定市竞秀区东风西路12号", 150, 400)
    s.text("有效期至：2027年6月30日", 150, 480)
    s.text("发证机关：保定市竞秀区民政局", 150, 560)
    # the list's header row as tall as a line of text and a half, its rows row_height: room to write in
    widths = [120, 260, 260, 560]
    y = s.table([["序号", "姓名", "与户主关系", "公民身份号码"]], widths, 640, height=72)
    rows = [[str(k + 1), name, rel, number] for k, (name, rel, number) in enumerate(FAMILY)]
    y = s.table(rows, widths, y, height=row_height)
    s.centred(title, y + 90, 44)
    head = [["核定年月", "享受人数", "月低保金（元）", "经办人"]]
    body = [[when, people, amount, "王芳"] for when, people, amount in record] + [["", "", "", ""]] * 2
    s.table(head + body, [300, 220, 320, 260], y + 160, height=row_height)
    return s


RECORD = [("2025年1月", "3", "860"), ("2025年7月", "3", "905"), ("2026年1月", "3", "960")]


@pytest.mark.parametrize("row_height", [80, 150])
@pytest.mark.parametrize("title", ["低保金发放记录", "保障金变更记录"])
def test_the_amount_paid_now_is_the_records_last_row(row_height: int, title: str) -> None:
    """The monthly amount is told only in the record, under its column's head: the last row written (960),
    not the first (860), nor the record's title ("低保金发放记录" begins with a label of the amount: a
    section's name, not a label and its value). 保障人数 likewise under its head. Before: no amount, or the
    first row's. The family's list is read whole at either cell height, its rows three text heights apart
    and more (before: the list ended after its first row, the others read as none)."""
    s = dibao_with_record(row_height, RECORD, title)
    got = read(s, "低保证")
    check(got, {"姓名": "周海燕", "证号": "13060220251234", "月保障金额": 960, "保障人数": 3, "有效期": "2027-06-30"})
    ex = extract_fields("低保证", s.lines, cells=s.cells(), today=TODAY)
    assert gate(ex) == []
    assert [(m.get("姓名"), m.get("关系"), m.get("身份证号")) for m in ex.members] == FAMILY


def test_a_record_row_that_is_no_amount_ends_the_record() -> None:
    """The record goes on only while its rows are amounts: a note written under the last amount (a word in
    the amount's column) ends it, the amount before the note stands."""
    s = dibao_with_record(100, [*RECORD[:2], ("2026年1月", "3", "停发")], "低保金发放记录")
    check(read(s, "低保证"), {"月保障金额": 905})
