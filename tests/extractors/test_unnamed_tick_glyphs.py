"""A text PDF whose ticks come from a symbol font embedded without a ToUnicode map: the text layer gives the
mark as a glyph with no Unicode name (a control character, a private-use code point, U+FFFD) right before the
word it marks, and gives the empty boxes (drawn as lines) not at all: 「未婚 \\x00已婚 离异」. Such a glyph before
an option word is its tick; anywhere else it is no mark. Drawn as two lists under their labels, the second
list's marked answer read right after the first list's last word (「农业\\uf0fe非农业\\x00丧偶」: the mark leads the
word after it), and as a row of questions with their answers beside them — no generator printing has these."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine, ticked_in_text, unnamed_marks

TODAY = date(2026, 6, 1)


def test_a_glyph_with_no_name_before_an_option_is_its_tick() -> None:
    assert unnamed_marks("未婚 \x00已婚 离异", ["未婚", "已婚", "离异"]) == "未婚 ☑已婚 离异"
    assert unnamed_marks("\ufffd 丧偶", ["丧偶"]) == "☑ 丧偶"
    # anywhere else: no mark
    assert unnamed_marks("困难\x00说明", ["已婚", "丧偶"]) == "困难\x00说明"
    assert unnamed_marks("已婚\ue000", ["已婚"]) == "已婚\ue000"


def test_a_mark_leading_the_next_lists_word_is_not_this_lists() -> None:
    # 非农业's mark, the word after it none of this list's: it leads 丧偶, not 非农业's trailing box
    assert ticked_in_text("农业☑非农业☑丧偶未婚已婚", ["农业", "非农业"]) == ["非农业"]


def test_two_lists_under_their_labels_the_second_run_on_into_the_first() -> None:
    lines = [
        TextLine("户口类型", (300, 400, 460, 440), 1.0),
        TextLine("婚姻状况", (700, 400, 860, 440), 1.0),
        # the options stand left of their labels' centres: 婚姻状况's first starts before its label does
        TextLine("农业", (100, 470, 180, 510), 1.0),
        TextLine("\uf0fe非农业", (260, 470, 380, 510), 1.0),
        TextLine("\x00丧偶", (660, 470, 738, 510), 1.0),
        TextLine("未婚", (780, 470, 860, 510), 1.0),
        TextLine("已婚", (900, 470, 980, 510), 1.0),
    ]
    f = extract_fields("建档申请表", lines, today=TODAY).fields
    assert f["户口类型"] == "非农业"
    assert f["婚姻状况"] == "丧偶"


def test_questions_along_a_row_their_answers_marked_by_unnamed_glyphs() -> None:
    lines = [
        TextLine("有一定自救能力", (100, 400, 380, 446), 1.0),
        TextLine("\x00是 否", (500, 400, 640, 446), 1.0),
        TextLine("零就业家庭", (760, 400, 960, 446), 1.0),
        TextLine("是 \ufffd否", (1080, 400, 1220, 446), 1.0),
    ]
    f = extract_fields("建档申请表", lines, today=TODAY).fields
    assert f["是否有一定自救能力"] is True
    assert f["是否为零就业家庭"] is False
