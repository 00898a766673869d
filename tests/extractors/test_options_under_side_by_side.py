"""Labels side by side along a row, each printed over its own options (a cell's label in its corner, the options
written under it): the options under the next label along the row are that label's, not more of the first's.
OCR lost the ticked box's glyph of each list ("□是 否": the option without its □ is the ticked one). Positioned
text (no OCR), two yes/no questions of their own and a third label further along."""

from __future__ import annotations

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine

from .test_unseen_forms import TODAY


def test_each_label_reads_the_options_under_it() -> None:
    lines = [
        TextLine("困难职工建档申请表", (600, 60, 1100, 110)),
        TextLine("姓名", (120, 200, 200, 230)),
        TextLine("李红", (300, 200, 380, 230)),
        TextLine("是否单亲", (120, 400, 260, 435)),
        TextLine("是否零就业家庭", (700, 400, 930, 435)),
        TextLine("住房类型", (1300, 400, 1440, 435)),
        TextLine("□是 否", (115, 445, 260, 490)),
        TextLine("是 □否", (695, 445, 840, 490)),
        TextLine("租房", (1320, 445, 1400, 490)),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["是否单亲"] is False
    assert ex.fields["是否为零就业家庭"] is True
