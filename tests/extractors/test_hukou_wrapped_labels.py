"""A 常住人口登记卡 whose long label wraps in its cell (户主或与 | 户主关系, two lines): neither line is a value,
and the person's name is found beside the wrapped label's two lines, not beside its first alone.

The card is the register card of REAL-DOCUMENTS.md (姓名 | name | 户主或与户主关系 | relation first), drawn with
``test_papers_id_hukou.register_card``; what OCR reads of the first row is placed as a copy shows it.
"""

from __future__ import annotations

from dangan.extractors.layout import TextLine

from .test_papers_general import Sheet
from .test_papers_id_hukou import members_of, register_card
from .test_papers_people import PEOPLE


def test_name_beside_a_relation_label_wrapped_over_two_lines() -> None:
    """The 姓名 label lost (a fold over it), the relation's label wrapped over two lines in its cell, the
    relation written high in its cell and the name low in its own: the name is the text left of the wrapped
    label's two lines, and neither line of the label is read as a name."""
    s = Sheet()
    wife = PEOPLE[1] | {"关系": "配偶"}
    x, y = 150, 300
    register_card(s, x, y, wife | {"姓名": "", "关系": ""}, {"姓名": "", "户主或与户主关系": ""})
    s.lines += [
        TextLine("户主或与", (x + 560, y - 30, x + 660, y - 2), 0.99),
        TextLine("户主关系", (x + 560, y + 2, x + 660, y + 30), 0.99),
        TextLine("配偶", (x + 810, y - 40, x + 870, y - 8), 0.99),
        TextLine(wife["姓名"], (x + 250, y - 5, x + 350, y + 35), 0.99),
    ]
    ex, rejected = members_of(s.lines)
    assert rejected == []
    assert [(m["姓名"], m["关系"], m["身份证号"]) for m in ex.members] == [(wife["姓名"], "配偶", wife["身份证号"])]
