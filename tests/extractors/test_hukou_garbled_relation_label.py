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


def test_a_run_on_value_that_could_be_a_name_still_parts_at_the_cells() -> None:
    """A two-character name, the label read as two characters ("主与") and the relation: the row's value
    "郭波主与配偶" is six characters, a possible name; but it runs on into a cell holding a relation, so the name is
    its first cell's text. Before: the name "郭波主与配偶", no 关系."""
    members, rejected = _member(_ruled_card("主与", name="郭波"))
    assert members == [{"姓名": "郭波", "关系": "配偶", "性别": "女", "出生日期": "1986-07-21", "身份证号": NUMBER}]
    assert rejected == []


def test_a_label_read_with_the_relations_first_character() -> None:
    """The wrapped label read "户主或与户" in its cell: the row's run-on value "程凤云户主或与户配偶" holds the label
    with one character misread ("户主或与户配"), so the label took the relation's first character (关系 "偶").
    The relation is the row's last cell, a relation word. Before: 关系 "偶"."""
    members, _rejected = _member(_ruled_card("户主或与户"))
    assert [(m["姓名"], m["关系"]) for m in members] == [("程凤云", "配偶")]


def test_a_relation_cell_run_on_into_a_cell_under_it() -> None:
    """The relation's label read, but its value ran on into a tall cell under the row (rulings lost: the next rows'
    values joined, "1986年7月21日湖南省湘潭市"): the relation is the row's first cell, a relation word alone.
    Before: no 关系."""
    lines = [
        L("常住人口登记卡", 520, 60, 840, 110),
        L("姓名", 100, 150, 190, 210, cell=True),
        L("程凤云", 194, 150, 400, 210, cell=True),
        L("户主或与户主关系", 404, 150, 500, 210, cell=True),
        L("配偶", 504, 150, 640, 210, cell=True),
        L("1986年7月21日湖南省湘潭市", 600, 155, 900, 325, cell=True),
        L("性别", 100, 214, 190, 274, cell=True),
        L("女", 194, 214, 400, 274, cell=True),
        L("公民身份证件编号", 100, 340, 400, 400, cell=True),
        L(NUMBER, 404, 340, 900, 400, cell=True),
    ]
    members, _rejected = _member(lines)
    assert [(m["姓名"], m["关系"], m["身份证号"]) for m in members] == [("程凤云", "配偶", NUMBER)]
