"""Causes listed down a table with a column to mark each as 主要 or 次要, headed 「致困原因 | 主要 | 次要」: the
qualifiers head the columns and name their fields with the header left of them; the options carry their numbers
(①…, 1、…); only the chosen cells hold a mark, the others are left blank; the table may be printed in two halves
side by side, the header repeated. Positioned text and ruled cells as the page readings give them (no OCR),
three rows a half and circled numbers, the marks written ✓."""

from __future__ import annotations

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine

from .test_unseen_forms import TODAY

CAUSES = ["家庭成员无劳动能力", "有劳动能力而未就业", "下岗失业", "未参加社会保险", "遭受自然灾害", "子女上学"]


def _table(halves: int, marks: dict[tuple[int, str], str]) -> tuple[list[TextLine], list[tuple[int, int, int, int]]]:
    """``halves`` side by side, each 「致困原因 | 主要（单选） | 次要（可多选）」 over its options; ``marks`` puts a text
    in the cell of (option index, 主要/次要)."""
    lines = [TextLine("困难职工建档申请表", (700, 60, 1300, 120)), TextLine("姓名", (150, 200, 250, 250)),
             TextLine("周红梅", (400, 200, 520, 250))]
    cells = [(100, 180, 300, 270), (300, 180, 2300, 270)]
    per = len(CAUSES) // halves
    width = 2200 // halves
    for h in range(halves):
        x0 = 100 + h * width
        cols = [(x0, x0 + width // 2), (x0 + width // 2, x0 + 3 * width // 4), (x0 + 3 * width // 4, x0 + width)]
        for (a, b), head in zip(cols, ["致困原因", "主要（单选）", "次要（可多选）"], strict=True):
            cells.append((a, 300, b, 360))
            lines.append(TextLine(head, (a + 10, 310, a + 10 + 30 * len(head), 350)))
        for r in range(per):
            k = h * per + r
            y = 360 + r * 70
            for (a, b), which in zip(cols, ["", "主要", "次要"], strict=True):
                cells.append((a, y, b, y + 70))
                text = f"{'①②③④⑤⑥'[k]}{CAUSES[k]}" if not which else marks.get((k, which), "")
                if text:
                    lines.append(TextLine(text, (a + 10, y + 15, a + 10 + 30 * len(text), y + 55)))
    return lines, cells


def test_marks_in_halves_side_by_side() -> None:
    lines, cells = _table(2, {(4, "主要"): "✓", (0, "次要"): "✓", (3, "次要"): "✓"})
    ex = extract_fields("建档申请表", lines, cells={0: cells}, today=TODAY)
    assert ex.fields["主要致困原因"] == "遭受自然灾害"
    assert sorted(ex.fields["次要致困原因"]) == ["家庭成员无劳动能力", "未参加社会保险"]


def test_marks_in_one_table() -> None:
    lines, cells = _table(1, {(2, "主要"): "✓", (5, "次要"): "✓"})
    ex = extract_fields("建档申请表", lines, cells={0: cells}, today=TODAY)
    assert ex.fields["主要致困原因"] == "下岗失业"
    assert ex.fields["次要致困原因"] == ["子女上学"]
