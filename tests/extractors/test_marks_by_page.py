"""A form printed over several pages: the tick boxes the image search finds on one page are read against
that page's words and ruled cells only. Pixel positions of one page say nothing of another — a first-page
cell at the height of a second-page box must not cut that page's row of boxes in two. Positioned text, boxes
and cells as the page readings give them (no OCR), through ``pipeline.assemble``."""

from __future__ import annotations

from dangan.extractors.layout import TextLine
from dangan.extractors.pipeline import PageReading, assemble


def _page_one() -> PageReading:
    lines = [
        TextLine("困难职工建档申请表", (700, 100, 1300, 160), 0.99, 0),
        TextLine("姓名", (150, 300, 260, 350), 0.99, 0),
        TextLine("赵敏", (400, 300, 500, 350), 0.99, 0),
        TextLine("性别", (700, 300, 800, 350), 0.99, 0),
        TextLine("女", (900, 300, 940, 350), 0.99, 0),
    ]
    # the first page's ruled rows; one small cell stands where the second page prints the 已婚 box
    cells = [(100.0, 280.0, 300.0, 370.0), (300.0, 280.0, 600.0, 370.0), (470.0, 480.0, 560.0, 560.0)]
    return PageReading(lines, [], None, None, (2480, 3508), "ocr", cells)


def _page_two(ticked: int) -> PageReading:
    lines = [
        TextLine("家庭情况", (150, 300, 300, 350), 0.99, 1),
        TextLine("婚姻状况", (100, 500, 260, 540), 0.99, 1),
        # the words as OCR reads them, the printed boxes after each word lost from the text
        TextLine("未婚已婚离异丧偶", (300, 500, 720, 540), 0.99, 1),
    ]
    boxes = [((392.0 + 105 * k, 510.0, 412.0 + 105 * k, 530.0), k == ticked) for k in range(4)]
    return PageReading(lines, boxes, None, None, (2480, 3508), "ocr", [(80.0, 480.0, 760.0, 560.0)])


def test_a_box_is_read_against_its_own_pages_cells() -> None:
    for ticked, word in enumerate(["未婚", "已婚", "离异", "丧偶"]):
        got = assemble("form.png", 2, [_page_one(), _page_two(ticked)], "rapidocr").result
        assert got["doc_type"] == "建档申请表"
        assert got["fields"].get("婚姻状况") == word, (word, got["fields"].get("婚姻状况"))
