"""Options printed with letters, the chosen letters written in brackets (exam-style printings of the form: "在括号
内填写所选项字母"), where other printings tick a box: the options the letters name are the answer. Drawn ruled
pages in an arrangement of their own — the bracket written first in its cell, the options after it, a long list
wrapped over two lines with the bracket at the end of the first — and the letter-to-word reading on its own."""

from __future__ import annotations

from dangan.extractors.fields import extract_fields, lettered_answer

from .test_structure import Page
from .test_unseen_forms import TODAY


def _answered_row(page: Page, label: str, parts: list[str], label_width: int = 300, width: int = 1110) -> None:
    """A ruled row: the label's cell, then one cell holding ``parts`` (each its own text), left to right."""
    top = page.y
    page.row([label_width, width], [label, ""], height=80)
    x = page.left + label_width + 14
    for part in parts:
        ln = page.text(part, x, top + 40)
        x = ln.box[2] + 24


def _page(answer: str) -> Page:
    page = Page()
    page.row([300, 400, 300, 410], ["姓名", "叶志俊", "性别", "男"])
    _answered_row(page, "婚姻状况", [answer, "A、未婚", "B、已婚", "C、离异", "D、丧偶"])
    _answered_row(page, "申请困难类别", [answer.replace("C", "B"), "A、全国级", "B、地市级"])
    return page


def test_the_bracketed_letters_name_the_answer() -> None:
    page = _page("（ C ）")
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    assert ex.fields["婚姻状况"] == "离异"
    assert ex.fields["困难类别"] == "地市级"


def test_empty_brackets_give_no_answer() -> None:
    page = _page("（　　）")
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    assert "婚姻状况" not in ex.fields
    assert "困难类别" not in ex.fields


def test_letters_read_from_the_cells_text() -> None:
    # wrapped: the bracket at the end of the first line, the list going on after it; a point read as 。
    text = "A.本人大病 B.供养直系亲属大病 C本人残疾 D。家属残疾 (C)E.家属下岗失业 F收入低"
    assert lettered_answer("主要致困原因", text) == "本人残疾"
    assert lettered_answer("次要致困原因", "A 本人大病 B 收入低 C 子女上学（A、C）") == "本人大病、子女上学"
    assert lettered_answer("婚姻状况", "（Ｂ）Ａ．未婚　Ｂ．已婚") == "已婚"  # full-width letters and brackets
    # not a lettered list of this field's options: no answer
    assert lettered_answer("婚姻状况", "A.全国级 B.地市级（A）") is None
    assert lettered_answer("婚姻状况", "已婚（B）") is None
    assert lettered_answer("婚姻状况", "A.未婚 B.已婚（E）") is None
    assert lettered_answer("婚姻状况", "A.未婚 B.已婚") is None
