"""Application forms whose fields are blanks: the value written on a rule, what it is printed small under the
rule (the caption under the blank), the block of blanks framed by one ruled box with no inner rulings.

Two ways that lost every field of such a form: the frame was taken for one field's cell, so every text in it
was merged into one (each label then read its neighbours' values run together); and a caption, a label with
labels only beside it, took the text under it — the next line's value — as a header row's label would.
The lines are built here as OCR gives them (values left on their rules, not centred; captions of other
fields than any printing's), against a form of labels over their values drawn the same way, which keeps
reading each label's value under it.
"""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine

TODAY = date(2026, 6, 1)
ID = "430102198505060027"


def _t(text: str, x0: float, y0: float, h: float = 44.0, w: float | None = None) -> TextLine:
    return TextLine(text, (x0, y0, x0 + (w if w is not None else len(text) * h * 0.9), y0 + h), 0.99, 0)


def _blanks() -> list[TextLine]:
    """Two lines of blanks, three and two to a line, values written from the left of their rules."""
    lines: list[TextLine] = []
    y = 400.0
    # line 1: 姓名 | 出生日期 | 婚姻状况 (rules 180-700, 760-1300, 1360-1880)
    lines += [_t("沈秀兰", 200, y), _t("1985年5月6日", 780, y), _t("已婚", 1380, y)]
    y += 50
    lines += [_t("姓名", 400, y, 30), _t("出生日期", 970, y, 30), _t("婚姻状况", 1560, y, 30)]
    y += 90
    # line 2: 身份证号码 | 户口所在地
    lines += [_t(ID, 200, y, 40, 520), _t("湖南省长沙市天心区", 1000, y)]
    y += 50
    lines += [_t("身份证号码", 380, y, 30), _t("户口所在地", 1250, y, 30)]
    return lines


def _cells(*boxes: tuple[float, float, float, float]) -> dict[int, list[tuple[float, float, float, float]]]:
    # a ruled table lower down the sheet (the member table), so the frame is no page outline
    table = [(100 + 300 * i, 1800, 400 + 300 * i, 1900) for i in range(6)] + [(100, 2500, 1900, 2700)]
    return {0: [*boxes, *table]}


def test_captions_under_their_blanks_in_one_frame() -> None:
    lines = [_t("一、申请人基本情况", 140, 320, 40), *_blanks()]
    ex = extract_fields("建档申请表", lines, cells=_cells((120, 300, 1900, 660)), today=TODAY)
    assert ex.fields.get("姓名") == "沈秀兰"
    assert ex.fields.get("出生日期") == "1985-05-06"
    assert ex.fields.get("婚姻状况") == "已婚"
    assert ex.fields.get("身份证号") == ID
    assert ex.fields.get("户口所在地行政区划") == "湖南省长沙市天心区"


def test_captions_under_their_blanks_with_no_frame() -> None:
    ex = extract_fields("建档申请表", _blanks(), today=TODAY)
    assert ex.fields.get("姓名") == "沈秀兰"
    assert ex.fields.get("婚姻状况") == "已婚"
    assert ex.fields.get("身份证号") == ID


def test_labels_over_their_values_keep_the_value_under_them() -> None:
    """The same texts a row lower each: each label's value is under it, the row above it another's."""
    lines: list[TextLine] = []
    y = 400.0
    lines += [_t("姓名", 400, y, 30), _t("出生日期", 970, y, 30), _t("婚姻状况", 1560, y, 30)]
    y += 38
    lines += [_t("沈秀兰", 380, y), _t("1985年5月6日", 900, y), _t("已婚", 1570, y)]
    y += 70
    lines += [_t("身份证号码", 380, y, 30), _t("户口所在地", 1250, y, 30)]
    y += 38
    lines += [_t(ID, 250, y, 40, 520), _t("湖南省长沙市天心区", 1100, y)]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields.get("姓名") == "沈秀兰"
    assert ex.fields.get("婚姻状况") == "已婚"
    assert ex.fields.get("身份证号") == ID
    assert ex.fields.get("户口所在地行政区划") == "湖南省长沙市天心区"


def test_small_captions_further_under_their_values_than_their_own_height() -> None:
    """Captions printed at half the writing's height, spaced out (姓 名), a little more than their own height
    under the values: still under them, nearer than the next line."""
    lines = [
        _t("龙建国", 230, 400, 46), _t("1970年3月2日", 700, 400, 46),
        _t("姓 名", 300, 470, 22), _t("出生日期", 820, 470, 22),
        _t("长沙市岳麓区银盆岭街道", 230, 560, 46),
        _t("户 籍 地", 420, 630, 22),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields.get("姓名") == "龙建国"
    assert ex.fields.get("出生日期") == "1970-03-02"
    assert ex.fields.get("户口所在地行政区划") == "长沙市岳麓区银盆岭街道"
