"""A birth date and an ID number in neighbouring cells that a text layer (or OCR) reads as one run of figures,
the date's day of two figures (issue 8).

"2011-06-15330106201106153712": the date is whole cut after "2011-06-1" as well as after "2011-06-15", and
where the figures stand is estimated from the page's character width, which a line of figures does not keep
to. The cut both sides vouch for — a whole date before it, an ID number whose check digit holds after it —
is the one. Built from cells and lines directly: a member row of 序号 | 姓名 | 关系 | 性别 | 出生日期 | 身份证号 |
政治面貌 | … as a text PDF gives it, the page's labels a little narrower than the row's figures.
"""

from __future__ import annotations

import itertools

import pytest

from dangan.extractors.layout import TextLine
from dangan.extractors.structure import split_at_rulings

from .test_structure import _id

EDGES = [125, 181, 305, 392, 450, 595, 871, 988, 1104, 1264, 1365, 1467, 1694]
CELLS = [(a, 1423, b - 4, 1480) for a, b in itertools.pairwise(EDGES)]
# the page's labels elsewhere (their width sets the page's character width)
LABELS = [TextLine(t, (130 + 200 * i, 200, 231 + 200 * i, 226), 1.0) for i, t in enumerate(("工作单位", "家庭住址", "婚姻状况"))]


@pytest.mark.parametrize(
    ("born", "first17"),
    [("2011-06-15", "33010620110615371"), ("2009-12-28", "13060220091228402"), ("1998-03-19", "43010219980319551")],
)
def test_a_whole_date_then_a_whole_id_number(born: str, first17: str) -> None:
    idn = _id(first17)
    row = [
        TextLine("3", (144, 1441, 157, 1463), 1.0),
        TextLine("钟晓燕", (202, 1439, 280, 1465), 1.0),
        TextLine("女儿", (320, 1439, 372, 1465), 1.0),
        TextLine(f"女 {born}{idn} 团员", (406, 1439, 954, 1465), 1.0),
        TextLine("良好", (1018, 1439, 1070, 1465), 1.0),
        TextLine("城乡居民医保", (1112, 1440, 1252, 1464), 1.0),
        TextLine("在读", (1287, 1439, 1339, 1465), 1.0),
        TextLine("宁波市第二中学", (1490, 1439, 1672, 1465), 1.0),
    ]
    got = [ln.text for ln in split_at_rulings([*LABELS, *row], CELLS)][len(LABELS) :]
    assert got[:6] == ["3", "钟晓燕", "女儿", "女", born, idn]
