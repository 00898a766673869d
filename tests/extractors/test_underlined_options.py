"""Options marked by a stroke drawn under them (在所选项下划线), drawn in the test with known truth.

Some printings ask the applicant to underline the chosen causes or category instead of ticking a box:
OCR reads the words and loses the stroke. ``mark_underlined`` finds the stroke in the image under a line
of option words and writes a tick before the word over it, which the form's readers take as ticked.
"""

from __future__ import annotations

import numpy as np

from dangan.extractors.fields import CHECKBOX_OPTIONS, extract_fields
from dangan.extractors.layout import TextLine, ticked_in_text
from dangan.extractors.structure import mark_underlined

from .test_structure import Page

CAUSES = ["本人大病", "供养直系亲属大病", "残疾", "下岗失业", "收入低", "自然灾害"]
OPTIONS = tuple(dict.fromkeys(w for words in CHECKBOX_OPTIONS.values() for w in words))


def _options_line(page: Page, words: list[str], under: set[str], x: float = 200, y: float = 400,
                  label: str = "") -> TextLine:
    """``label`` then ``words`` apart by a gap wider than a character, the ones in ``under`` underlined
    (a pen's stroke: a little aslant); the OCR line reads them apart by single spaces."""
    gap = 45
    parts = [label] if label else []
    if label:
        ln = page.text(label, x, y, record=False)
        x = ln.box[2] + gap
    for w in words:
        ln = page.text(w, x, y, record=False)
        if w in under:
            page.draw.line((ln.box[0] + 2, ln.box[3] + 2, ln.box[2] - 2, ln.box[3] + 5), fill="black", width=3)
        x = ln.box[2] + gap
        parts.append(w)
    box = page.draw.textbbox((200, y), "国", font=page.font, anchor="lm")
    return TextLine(" ".join(parts), (195, box[1] - 4, x - gap + 3, box[3] + 4), 0.97)


def _mask(page: Page) -> np.ndarray:
    return ((np.asarray(page.im.convert("L")) < 128) * 255).astype(np.uint8)


def test_underlined_causes_are_ticked() -> None:
    page = Page()
    ln = _options_line(page, CAUSES, {"供养直系亲属大病", "自然灾害"})
    [got] = mark_underlined([ln], _mask(page), OPTIONS)
    assert ticked_in_text(got.text, CAUSES) == ["供养直系亲属大病", "自然灾害"]


def test_short_word_after_a_long_one() -> None:
    """A two-character word after an eight-character one: told by its own ink, not by a share of the line."""
    page = Page()
    ln = _options_line(page, CAUSES, {"残疾"})
    [got] = mark_underlined([ln], _mask(page), OPTIONS)
    assert ticked_in_text(got.text, CAUSES) == ["残疾"]


def test_label_before_the_options() -> None:
    """「建议困难类别：全总级 省级 地市级」: the label and the first option are one word of the text."""
    page = Page()
    ln = _options_line(page, ["省级", "地市级"], {"省级"}, label="建议困难类别：全总级")
    [got] = mark_underlined([ln], _mask(page), OPTIONS)
    assert "√省级" in got.text and got.text.count("√") == 1


def test_no_stroke_no_tick_and_a_ruling_is_no_stroke() -> None:
    """Nothing underlined: the line stays as read; a table's ruling under the line runs on beyond it."""
    page = Page()
    ln = _options_line(page, CAUSES, set())
    page.draw.line((100, ln.box[3] + 3, 1600, ln.box[3] + 3), fill="black", width=3)
    [got] = mark_underlined([ln], _mask(page), OPTIONS)
    assert got.text == ln.text


def test_a_sentence_over_a_rule_is_no_option() -> None:
    """A sentence naming options (主要困难：本人大病，下岗失业) written on a rule as long as itself stays as read."""
    page = Page()
    ln = page.text("主要困难：本人大病，下岗失业，生活困难", 200, 400, record=False)
    page.draw.line((ln.box[0] + 4, ln.box[3] + 2, ln.box[2] - 4, ln.box[3] + 2), fill="black", width=3)
    [got] = mark_underlined([ln], _mask(page), OPTIONS)
    assert got.text == ln.text


def test_options_each_a_line_of_their_own() -> None:
    """A text layer gives each option word a line of its own (本人大病 | 供养直系亲属大病 | 残疾 …): a row of
    such lines is a line of options all the same."""
    page = Page()
    whole = _options_line(page, CAUSES, {"残疾"})
    lines, x = [], 200
    for w in CAUSES:  # each word's own box, in the order the words were drawn (45 px apart)
        x0, _y0, x1, _y1 = page.draw.textbbox((x, 400), w, font=page.font, anchor="lm")
        lines.append(TextLine(w, (x0 - 3, whole.box[1], x1 + 3, whole.box[3]), 0.97))
        x = x1 + 3 + 45
    got = mark_underlined(lines, _mask(page), OPTIONS)
    assert [ln.text for ln in got if ln.text.startswith("√")] == ["√残疾"]


def _word_lines(page: Page, texts: list[str], under: set[str], y: float = 400) -> list[TextLine]:
    """Each of ``texts`` an OCR line of its own, 45 px apart; the option words of ``under`` underlined (a
    text may be a label and its first option: the stroke under the option only)."""
    lines, x = [], 200.0
    for t in texts:
        ln = page.text(t, x, y, record=False)
        for w in under:
            if t.endswith(w):
                x0 = page.draw.textbbox((x, y), t[: len(t) - len(w)], font=page.font, anchor="lm")[2] if len(t) > len(w) else ln.box[0] + 3
                page.draw.line((x0 + 2, ln.box[3] + 2, ln.box[2] - 5, ln.box[3] + 4), fill="black", width=3)
        lines.append(ln)
        x = ln.box[2] + 45
    return lines


def test_first_option_read_with_its_label_the_others_alone() -> None:
    """「建议困难类别：全总级」 | 省级 | 地市级 as three lines (the label and the first option one line), or
    全总级 | 省级地市级 (the category alone, the others one line): the stroke under the lone option counts."""
    for texts, under, want in (
        (["建议困难类别：全总级", "省级", "地市级"], {"全总级"}, "全总级"),
        (["建议困难类别：全总级", "省级", "地市级"], {"地市级"}, "地市级"),
        (["全总级", "省级 地市级"], {"全总级"}, "全总级"),
        (["建议困难类别。全总级", "省级", "地市级"], {"全总级"}, "全总级"),  # the colon read as a full stop
    ):
        page = Page()
        lines = _word_lines(page, texts, under)
        got = mark_underlined(lines, _mask(page), OPTIONS)
        marked = [ln.text for ln in got if "√" in ln.text]
        assert len(marked) == 1 and "√" + want in marked[0], (texts, marked)
        if texts[0].startswith("建议困难类别"):  # read as the form's reader reads the row
            assert extract_fields("建档申请表", got).fields["困难类别"] == want


def test_lone_option_words_apart_in_a_row_of_values() -> None:
    """A row of a label and its value and one more option word elsewhere, nothing underlined: stays as read."""
    page = Page()
    lines = _word_lines(page, ["建议困难类别：全总级", "省级", "地市级"], set())
    got = mark_underlined(lines, _mask(page), OPTIONS)
    assert [ln.text for ln in got] == [ln.text for ln in lines]


def test_options_read_as_one_run() -> None:
    """OCR reads the label and the options as one run with no spaces ("建议困难类别：全总级省级地市级"), or loses
    the colon ("建议困难类别全总级 省级 地市级"): the stroke under one option is told by the options' own ink."""
    for texts, joined in (
        (["建议困难类别：", "全总级", "省级", "地市级"], "建议困难类别：全总级省级地市级"),
        (["建议困难类别", "全总级", "省级", "地市级"], "建议困难类别全总级 省级 地市级"),
    ):
        for want in ("全总级", "地市级"):
            page = Page()
            drawn = _word_lines(page, texts, {want})
            box = (drawn[0].box[0], drawn[0].box[1], drawn[-1].box[2], drawn[-1].box[3])
            got = mark_underlined([TextLine(joined, box, 0.97)], _mask(page), OPTIONS)
            assert extract_fields("建档申请表", got).fields.get("困难类别") == want, (joined, want, got[0].text)
