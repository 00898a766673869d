"""Causes listed down a table headed 「原因 | 主要 | 次要」, printed in two halves side by side: the header names the
causes by the word 原因 alone, and the qualifiers make 主要原因 / 次要原因 with it (the cell-only wordings of
主要致困原因 / 次要致困原因); only the chosen cells hold a mark, written V or √. Positioned text and ruled cells as
the page readings give them (no OCR), an arrangement of its own: five rows a half, no numbers."""

from __future__ import annotations

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
from dangan.schemas.readings import check_reading

from .test_unseen_forms import TODAY

CAUSES = ["家庭成员无劳动能力", "有劳动能力而未就业", "下岗失业", "未参加社会保险", "社会保险待遇落实不到位",
          "家庭成员患重大疾病", "遭受自然灾害", "遭受意外事故", "子女上学", "其他"]


def _halves(marks: dict[tuple[int, str], str]) -> tuple[list[TextLine], list[tuple[int, int, int, int]]]:
    lines = [TextLine("困难职工档案登记表", (700, 60, 1300, 120)), TextLine("姓名：周红梅", (150, 200, 450, 250))]
    cells = [(100, 180, 1000, 270), (1000, 180, 2300, 270)]
    width = 1100
    for h in range(2):
        x0 = 100 + h * width
        cols = [(x0, x0 + 660), (x0 + 660, x0 + 880), (x0 + 880, x0 + width)]
        for (a, b), head in zip(cols, ["原因", "主要", "次要"], strict=True):
            cells.append((a, 300, b, 360))
            lines.append(TextLine(head, (a + 80, 310, a + 80 + 30 * len(head), 350)))
        for r in range(5):
            k = h * 5 + r
            y = 360 + r * 60
            for (a, b), which in zip(cols, ["", "主要", "次要"], strict=True):
                cells.append((a, y, b, y + 60))
                text = CAUSES[k] if not which else marks.get((k, which), "")
                if text:
                    lines.append(TextLine(text, (a + 10, y + 12, a + 10 + 30 * len(text), y + 48)))
    return lines, cells


def test_short_heads_marked_in_halves() -> None:
    lines, cells = _halves({(0, "主要"): "V", (7, "次要"): "√", (6, "次要"): "√"})
    f = extract_fields("建档申请表", lines, cells={0: cells}, today=TODAY).fields
    assert f["主要致困原因"] == "家庭成员无劳动能力"
    assert sorted(f["次要致困原因"]) == ["遭受意外事故", "遭受自然灾害"]


def test_main_cause_in_the_right_half() -> None:
    lines, cells = _halves({(9, "主要"): "√"})
    f = extract_fields("建档申请表", lines, cells={0: cells}, today=TODAY).fields
    assert f["主要致困原因"] == "其他"
    # no mark in the 次要 columns: nothing read there is a cause (a header word beside the label waits for review)
    assert not f.get("次要致困原因") or check_reading("次要致困原因", f["次要致困原因"]) is not None


def test_marks_of_a_text_layer_drawn_in_a_symbol_font() -> None:
    """A PDF's text layer gives the tick drawn in a symbol font as a glyph with no Unicode name (\\x00), alone in
    its cell; its empty cells hold no text at all."""
    lines, cells = _halves({(8, "主要"): "\x00", (3, "次要"): "\x00"})
    f = extract_fields("建档申请表", lines, cells={0: cells}, today=TODAY).fields
    assert f["主要致困原因"] == "子女上学"
    assert f["次要致困原因"] == ["未参加社会保险"]
