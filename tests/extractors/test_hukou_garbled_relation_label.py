"""A 常住人口登记卡 whose relation label (户主或与户主关系, wrapped over two lines in a small cell) OCR read as one
garbled text ("户主成与", "产主支"): no label ends the 姓名 row's value, which ran on over the label's cell into
the relation's ("程凤云户主成与配偶": no name). The name is the row's first text, standing apart (its own ruled cell,
or a gap of a character's height); the relation is the row's last text when it is one.

Lines built directly, in two printings the readers were not written for: a card of ruled cells whose first row is
姓名 | name | 户主或与户主关系 | relation | 性别 | sex (three pairs on the row, the label cells narrow), and an
unruled booklet page whose row holds 姓名 | name | relation label | relation only, with gaps between the texts.
"""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
from dangan.extractors.pipeline import gate
from dangan.schemas.validators import id_check_digit

TODAY = date(2026, 6, 1)
NUMBER = (first := "43030419860721302") + id_check_digit(first)  # 女, born 1986-07-21


def L(text: str, x0: float, y0: float, x1: float, y1: float, cell: bool = False) -> TextLine:
    return TextLine(text, (x0, y0, x1, y1), 0.97, 0, cell)


def _member(lines: list[TextLine]) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    ex = extract_fields("户口簿", lines, today=TODAY)
    rejected = gate(ex)
    keys = ("姓名", "关系", "性别", "出生日期", "身份证号")
    return [{k: m.get(k) for k in keys} for m in ex.members], rejected


def _ruled_card(garbled: str, name: str = "程凤云") -> list[TextLine]:
    """Each text the whole of its ruled cell, cells touching (a ruling's width between them)."""
    return [
        L("常住人口登记卡", 520, 60, 840, 110),
        L("姓名", 100, 150, 190, 210, cell=True),
        L(name, 194, 150, 400, 210, cell=True),
        L(garbled, 404, 150, 500, 210, cell=True),  # the label's two lines read as one text
        L("配偶", 504, 150, 700, 210, cell=True),
        L("性别", 704, 150, 790, 210, cell=True),
        L("女", 794, 150, 900, 210, cell=True),
        L("民族", 100, 214, 190, 274, cell=True),
        L("汉族", 194, 214, 400, 274, cell=True),
        L("出生日期", 404, 214, 500, 274, cell=True),
        L("1986年7月21日", 504, 214, 900, 274, cell=True),
        L("公民身份证件编号", 100, 278, 400, 338, cell=True),
        L(NUMBER, 404, 278, 900, 338, cell=True),
    ]


def test_a_ruled_card_whose_relation_label_is_garbled() -> None:
    """Before: no member (the name "程凤云户主成与配偶" rejected, the card then no person)."""
    for garbled in ("户主成与", "产主支"):
        members, rejected = _member(_ruled_card(garbled))
        assert members == [
            {"姓名": "程凤云", "关系": "配偶", "性别": "女", "出生日期": "1986-07-21", "身份证号": NUMBER}
        ], garbled
        assert rejected == []


def test_an_unruled_row_parted_at_its_gaps() -> None:
    """No ruled cells: the name stands two characters' width from the garbled label, the relation after it."""
    lines = [
        L("姓 名", 100, 150, 170, 185),
        L("胡玲", 200, 150, 260, 185),
        L("主或与", 330, 140, 420, 195),
        L("配偶", 440, 150, 500, 185),
        L("性别", 100, 220, 160, 255),
        L("女", 200, 220, 230, 255),
        L("出生日期", 330, 220, 450, 255),
        L("1986年7月21日", 470, 220, 700, 255),
        L("公民身份号码", 100, 290, 280, 325),
        L(NUMBER, 300, 290, 620, 325),
    ]
    members, rejected = _member(lines)
    assert members == [{"姓名": "胡玲", "关系": "配偶", "性别": "女", "出生日期": "1986-07-21", "身份证号": NUMBER}]
    assert rejected == []


def test_a_first_text_that_is_no_name_stays_for_review() -> None:
    """The row's first text is no name alone (the name's cell read twice over, "程凤云程凤云"): nothing is
    guessed from the row; the name seen waits in review."""
    lines = _ruled_card("户主成与", name="程凤云程凤云")
    members, rejected = _member(lines)
    assert all(m["姓名"] is None for m in members)
    assert [r["label"] for r in rejected] == ["姓名"]
