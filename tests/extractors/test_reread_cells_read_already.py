"""A ruled cell is read again from its crop when whole-page OCR left it blank (``reread_blank_cells``); a cell
whose value the page's read took into its label's text ("姓名何静", the text's centre over the label's cell, its
box reaching only a little into the value's) only looks blank: read again, the value came twice and the member's
name with it ("何静何静"). A row drawn with PIL (a register card's 姓名 | value, the value cell wide), real OCR."""

from __future__ import annotations

from PIL import Image, ImageDraw

from dangan.extractors.layout import TextLine

from .conftest import cjk_font, to_bgr

LABEL_CELL = (100.0, 100.0, 300.0, 200.0)
VALUE_CELL = (300.0, 100.0, 900.0, 200.0)


def _row() -> Image.Image:
    im = Image.new("RGB", (1000, 300), "white")
    d = ImageDraw.Draw(im)
    for c in (LABEL_CELL, VALUE_CELL):
        d.rectangle(c, outline="black", width=3)
    font = cjk_font(48)
    d.text((140, 124), "姓名", font=font, fill="black")
    d.text((312, 124), "何静", font=font, fill="black")
    return im


def _reread(lines: list[TextLine]) -> list[TextLine]:
    from dangan.extractors.pipeline import get_cached_engine
    from dangan.extractors.structure import reread_blank_cells

    return reread_blank_cells(
        get_cached_engine("rapidocr"), to_bgr(_row()), [LABEL_CELL, VALUE_CELL], lines, 0
    )


def test_a_value_read_with_its_label_is_not_read_again_from_its_cell() -> None:
    glued = [TextLine("姓名何静", (138.0, 120.0, 412.0, 178.0), 0.95, 0)]
    assert [ln.text for ln in _reread(glued)] == ["姓名何静"]


def test_a_value_the_page_lost_is_still_read_from_its_cell() -> None:
    label = [TextLine("姓名", (138.0, 120.0, 238.0, 178.0), 0.95, 0)]
    assert [ln.text for ln in _reread(label)] == ["姓名", "何静"]
