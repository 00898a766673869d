"""A sum or a code written one digit a box in a short run (a 低保证's 月领取金额 □□□□ 元): whole-page OCR loses
digits between the box rulings ("8" for 1800, "2 3 6" for 2360), as it does for an ID number's 18 boxes. A run
of four to ten boxes is read again (as one line, else box by box) when the page's reading inside it holds fewer
digits than the run has inked boxes; a run read whole is not read again (no cost). Before, only runs of eleven
boxes and more (a mobile number's, an ID number's) were read again. Drawn on a 200-dpi page, real RapidOCR."""

from __future__ import annotations

from dangan.extractors.layout import TextLine
from dangan.extractors.ocr import get_engine
from dangan.extractors.structure import reread_digit_runs

from .conftest import to_bgr
from .test_structure import Page, _CountsCells

BOX = 48


def _card(amount: str) -> tuple[Page, float, float]:
    page = Page()
    page.y = 400
    page.text("月领取金额", page.left, page.y + BOX / 2)
    x0 = page.left + 230
    page.digit_boxes(x0, BOX * len(amount), amount, height=BOX)
    page.text("元", x0 + BOX * len(amount) + 20, page.y + BOX / 2)
    return page, x0, page.y


def _fragment(text: str, k: int, x0: float, y: float) -> TextLine:
    return TextLine(text, (x0 + k * BOX + 8, y + 6, x0 + (k + len(text)) * BOX - 8, y + BOX - 6), 0.95)


def test_a_sum_in_four_boxes_whose_digits_ocr_lost() -> None:
    page, x0, y = _card("1800")
    out = reread_digit_runs(get_engine("rapidocr"), to_bgr(page.im), page.cells(), [*page.lines, _fragment("8", 1, x0, y)], 0)
    assert [ln.text for ln in out if ln.text[:1].isdigit()] == ["1800"]
    assert {"月领取金额", "元"} <= {ln.text for ln in out}


def test_a_sum_read_whole_is_not_read_again() -> None:
    page, x0, y = _card("2360")
    whole = [*page.lines, _fragment("2360", 0, x0, y)]
    engine = _CountsCells()
    assert reread_digit_runs(engine, to_bgr(page.im), page.cells(), whole, 0) == whole
    assert engine.cells == 0
