"""Unruled member tables (no ruled grid: rules over and under the header only, a text PDF) whose first
column numbers the rows (issue 8).

REAL-DOCUMENTS: each unit prints the form from its own Word file; a table of people often numbers its rows
(序号 | 姓名 | …, as the 低保证 and 公示 lists print them), and relates each member to the applicant, whom
the form calls 本人 (本人月收入, 本人承诺): 与本人关系. Drawn in the test (OCR lines where the drawing put the
text, no cells), read by ``extract_fields``:

- the row's number is no part of the member's name, and the name column's bounds are its own;
- a header whose narrow gap OCR (or a text layer) did not keep apart reads as the labels it holds, a label
  printed with a space inside as one ("编号 姓 名");
- 与本人关系 heads the relation, 学习或工作单位 the place of work or study.
"""

from __future__ import annotations

from datetime import date

import pytest

from dangan.extractors.fields import extract_fields

from .test_structure import Page, _id

TODAY = date(2025, 6, 1)
MEMBERS = [
    ("钟晓燕", "妻子", _id("33010619800214252"), "杭州市西湖区文新小学"),
    ("钟浩然", "儿子", _id("33010620090905391"), "杭州市第十四中学"),
]


@pytest.mark.parametrize("glued", [False, True])
def test_numbered_rows_of_an_unruled_member_table(glued: bool) -> None:
    page = Page()
    page.text("姓名：叶志俊", page.left, page.y + 35)
    page.y += 100
    xs = [page.left, page.left + 110, page.left + 330, page.left + 560, page.left + 1000]
    if glued:  # 编号 and 姓 名 one line: the text layer kept no gap between them
        page.text("编号  姓 名", xs[0] + 10, page.y + 35)
    else:
        page.text("编号", xs[0] + 10, page.y + 35)
        page.text("姓 名", xs[1] + 10, page.y + 35)
    for x, t in zip(xs[2:], ["与本人关系", "身份证号", "学习或工作单位"], strict=True):
        page.text(t, x + 10, page.y + 35)
    page.y += 62
    for i, (name, rel, idn, unit) in enumerate(MEMBERS, 1):
        for x, t in zip(xs, [str(i), name, rel, idn, unit], strict=True):
            page.text(t, x + 10, page.y + 35)
        page.y += 62
    page.text("主要致困原因：本人大病", page.left, page.y + 35)
    ex = extract_fields("建档申请表", page.lines, cells={0: []}, today=TODAY)
    got = [(m.get("姓名"), m.get("关系"), m.get("身份证号"), m.get("单位或学校")) for m in ex.members]
    assert got == MEMBERS
