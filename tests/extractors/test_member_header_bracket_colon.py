"""A member table's column header whose bracketed remark holds a colon.

A header cell printing its options or a note in brackets after the label ("身份（在职/失业/退休/在读）",
"关系（注：与申请人）") may hold a colon inside the brackets: printed so in a note, or read so by OCR between two
options ("身份（在职/：失业/退休/在读）", RapidOCR on a seen 河北 form). The header check took any colon for a label
followed by its value (a member block's "姓名：黎桂", no column header), and the column went unread unless its
values named it (失业/退休 do; a workplace does not: the tests head a 工作单位 column so). The table is drawn in the
test (cells found by ``detect_grid``), the header's OCR line given as OCR read it.
"""

from __future__ import annotations

from datetime import date

import pytest

from dangan.extractors.fields import extract_fields

from .test_structure import Page, _id

TODAY = date(2025, 6, 1)
MEMBERS = [
    ("戴明", "配偶", _id("13020319720502969"), "唐山市陶瓷厂"),
    ("侯红红", "母亲", _id("13020319520718602"), "唐山市第二中学"),
]


@pytest.mark.parametrize(
    ("printed", "read", "column"),
    [
        ("工作单位（在职/在读者填写）", "工作单位（在职/：在读者填写）", 3),
        ("工作单位（注：学生填学校）", "工作单位（注：学生填学校）", 3),
    ],
)
def test_header_with_a_colon_in_its_brackets(printed: str, read: str, column: int) -> None:
    page = Page()
    page.row([300, 400, 300, 410], ["姓名", "申小梅", "性别", "女"])
    page.row([300, 1110], ["身份证号", _id("13020319750811602")])
    page.row([1410], ["家庭成员情况"])
    widths = [240, 300, 470, 400]
    heads = ["姓名", "与申请人关系", "身份证号", "身份"]
    heads[column] = printed
    page.row(widths, heads, height=90)
    for m in MEMBERS:
        page.row(widths, list(m))
    page.row([300, 1110], ["主要致困原因", "本人大病"])
    (head,) = [ln for ln in page.lines if ln.text == printed]
    head.text = read
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    got = [(m.get("姓名"), m.get("关系"), m.get("单位或学校")) for m in ex.members]
    assert got == [(m[0], m[1], m[3]) for m in MEMBERS]
