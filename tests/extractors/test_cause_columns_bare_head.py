"""Causes listed down a table with a column to mark each as 主要 or 次要, the options' column headed by the bare
noun (原　因 | 主要 | 次要: the table's title above says whose causes they are): the qualifiers name the columns
主要原因 / 次要原因, the causes' fields; only the chosen cells hold a ✓. One table, and two halves side by side
with the header repeated. Positioned text and ruled cells as the page readings give them (no OCR)."""

from __future__ import annotations

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine

from .test_unseen_forms import TODAY

CAUSES = ["本人大病", "供养直系亲属大病", "残疾", "下岗失业", "收入低", "自然灾害", "重大事故", "子女上学"]


def _table(halves: int, marks: dict[tuple[int, str], str]) -> tuple[list[TextLine], list[tuple[int, int, int, int]]]:
    """A title over ``halves`` side by side, each 「原　因 | 主要 | 次要」 over its options; ``marks`` puts a text in
    the cell of (option index, 主要/次要)."""
    lines = [TextLine("致困原因（在相应栏内打“√”）", (100, 230, 800, 275)), TextLine("姓名", (150, 100, 250, 150)),
             TextLine("周红梅", (400, 100, 520, 150))]
    cells = [(100, 80, 300, 170), (300, 80, 2300, 170)]
    per = len(CAUSES) // halves
    width = 2200 // halves
    for h in range(halves):
        x0 = 100 + h * width
        cols = [(x0, x0 + 3 * width // 5), (x0 + 3 * width // 5, x0 + 4 * width // 5), (x0 + 4 * width // 5, x0 + width)]
        for (a, b), head in zip(cols, ["原　因", "主要", "次要"], strict=True):
            cells.append((a, 300, b, 360))
            lines.append(TextLine(head, ((a + b) // 2 - 30, 310, (a + b) // 2 + 30, 350)))
        for r in range(per):
            k = h * per + r
            y = 360 + r * 60
            for (a, b), which in zip(cols, ["", "主要", "次要"], strict=True):
                cells.append((a, y, b, y + 60))
                text = CAUSES[k] if not which else marks.get((k, which), "")
                if text:
                    lines.append(TextLine(text, (a + 10, y + 10, a + 10 + 30 * len(text), y + 50)))
    return lines, cells


def test_bare_head_in_halves_side_by_side() -> None:
    lines, cells = _table(2, {(0, "主要"): "√", (3, "次要"): "√", (6, "次要"): "√"})
    ex = extract_fields("建档申请表", lines, cells={0: cells}, today=TODAY)
    assert ex.fields["主要致困原因"] == "本人大病"
    assert sorted(ex.fields["次要致困原因"]) == ["下岗失业", "重大事故"]


def test_bare_head_in_one_table() -> None:
    lines, cells = _table(1, {(4, "主要"): "√", (7, "次要"): "√"})
    ex = extract_fields("建档申请表", lines, cells={0: cells}, today=TODAY)
    assert ex.fields["主要致困原因"] == "收入低"
    assert ex.fields["次要致困原因"] == ["子女上学"]
