"""A value wrapped in its cell, its lines set close and the second read taller than the first (「…8幢1单元」 over
「501室」): their middles lie within half a line, yet the second lies under the first, not beside it. Texts of
one row never share their width: the two are two rows, read top first. Positioned readings (no OCR) as RapidOCR
gave them on a 河北 申报表 scanned at 200 dpi."""

from __future__ import annotations

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine, group_rows

from .test_unseen_forms import TODAY

FIRST = TextLine("河北省唐山市路北区长宁道296号8幢1单元", (404, 941, 808, 979))
SECOND = TextLine("501室", (400, 960, 474, 1010))


def test_lines_one_under_the_other_are_two_rows() -> None:
    rows = group_rows([SECOND, FIRST])
    assert [[t.text for t in row] for row in rows] == [[FIRST.text], [SECOND.text]]


def test_texts_side_by_side_stay_one_row() -> None:
    label, value = TextLine("现住址", (214, 955, 293, 997)), TextLine("501室", (400, 962, 474, 1008))
    assert [[t.text for t in row] for row in group_rows([value, label])] == [["现住址", "501室"]]


def test_the_wrapped_address_reads_in_order() -> None:
    cells = [(180, 930, 390, 1020), (395, 930, 880, 1020), (180, 1020, 390, 1080), (395, 1020, 880, 1080)]
    lines = [
        TextLine("现住址", (214, 955, 293, 997)),
        FIRST,
        SECOND,
        TextLine("邮编", (223, 1030, 286, 1070)),
        TextLine("063000", (563, 1032, 658, 1068)),
    ]
    ex = extract_fields("建档申请表", lines, cells={0: cells}, today=TODAY)
    assert ex.fields["家庭住址"] == "河北省唐山市路北区长宁道296号8幢1单元501室"
    assert ex.fields["邮政编码"] == "063000"
