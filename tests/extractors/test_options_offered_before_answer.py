"""A question whose cell prints the answers it offers in brackets and the answer written after them
(是否零就业家庭：（是/否）否, 有无自救能力 (是/否) 是, 户口：（农业/非农业）非农业): the bracket is the printed offer, the
text after it the answer. The same cell read with the offer only (nothing written) gives no answer."""

from __future__ import annotations

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine

from .test_unseen_forms import TODAY


def _cells(texts: list[str]) -> tuple[list[TextLine], list[tuple[int, int, int, int]]]:
    """One ruled row of cells, each holding its text as one line."""
    lines = [TextLine("姓名", (150, 200, 250, 250)), TextLine("周红梅", (400, 200, 520, 250))]
    cells = [(100, 180, 300, 270), (300, 180, 1700, 270)]
    for i, t in enumerate(texts):
        x = 100 + 550 * i
        cells.append((x, 300, x + 550, 400))
        lines.append(TextLine(t, (x + 10, 330, x + 10 + 26 * len(t), 370)))
    return lines, cells


def test_answer_after_the_offered_options() -> None:
    lines, cells = _cells(["是否零就业家庭：（是/否）否", "有无自救能力：（是/否）是", "户口：（农业/非农业）非农业"])
    ex = extract_fields("建档申请表", lines, cells={0: cells}, today=TODAY)
    assert ex.fields["是否为零就业家庭"] is False
    assert ex.fields["是否有一定自救能力"] is True
    assert ex.fields["户口类型"] == "非农业"


def test_offer_alone_is_no_answer() -> None:
    lines, cells = _cells(["是否零就业家庭：（是/否）", "有无自救能力：（是/否）", "户口：（农业/非农业）"])
    ex = extract_fields("建档申请表", lines, cells={0: cells}, today=TODAY)
    assert "是否为零就业家庭" not in ex.fields
    assert "是否有一定自救能力" not in ex.fields
    assert "户口类型" not in ex.fields
