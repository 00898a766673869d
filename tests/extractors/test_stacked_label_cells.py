"""A label printed stacked in its narrow cell, one character over the other (姓 | 名, 性 | 别), and a text layer
(or OCR) that reads the label's first character and the value beside it as one line (issue 8).

REAL-DOCUMENTS: the register card and many units' forms print two-character labels down a narrow cell. The
line "姓 周立平" runs across the ruling between the label's cell and the value's; its box reaches down to
the label's second character (名), which is the next line of the label, no text of the line's own band:
the line is cut at the ruling all the same. Built from the cells and the lines directly (no card drawn):
a row of two label/value pairs, the value's line taller than the label's characters.
"""

from __future__ import annotations

from dangan.extractors.layout import TextLine
from dangan.extractors.structure import split_at_rulings

CELLS = [(300, 600, 360, 706), (364, 600, 800, 706), (804, 600, 864, 706), (868, 600, 1300, 706)]


def test_a_line_across_the_ruling_beside_a_stacked_labels_second_character_is_cut() -> None:
    lines = [
        TextLine("姓 周立平", (316, 615, 500, 674), 1.0),  # 姓 (616-646) and the value, taller, as one line
        TextLine("名", (316, 659, 344, 688), 1.0),
        TextLine("性 男", (820, 615, 930, 674), 1.0),
        TextLine("别", (820, 659, 848, 688), 1.0),
        TextLine("公民身份号码", (316, 720, 500, 748), 1.0),  # the next row's label, for the page's character width
    ]
    got = [ln.text for ln in split_at_rulings(lines, CELLS)]
    assert got == ["姓", "周立平", "名", "性", "男", "别", "公民身份号码"]

