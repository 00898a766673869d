"""Household questions as application forms word them in plain nouns: the address as where the family lives now
(家庭现住址), the people counted as those living together (共同生活人口, seed 001's 常年共同生活的人口), the year's
necessary spending as 刚性支出, the year's income as the whole year's (家庭全年总收入), the category as its level
(困难级别), the account as the reason applied for (申请理由), marital state and registration by their bare nouns
(婚姻：已婚, 户口：农业), the model worker as one's standing (劳模情况). Drawn two ways: a ruled table of labels over their values, and lines of
「label：value」 with no rulings at all."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
from dangan.schemas.labels import canonical_label

from .test_structure import Page

TODAY = date(2026, 6, 1)


def test_plain_nouns_name_their_fields() -> None:
    assert canonical_label("家庭现住址") == "家庭住址"
    assert canonical_label("共同生活人口") == "家庭人口"
    assert canonical_label("全年刚性支出") == "年度必要支出"
    assert canonical_label("家庭全年总收入") == "家庭年度总收入"
    assert canonical_label("困难级别") == "困难类别"
    assert canonical_label("申请理由") == "困难情况说明"
    assert canonical_label("婚姻") == "婚姻状况"
    assert canonical_label("户口") == "户口类型"
    assert canonical_label("劳模情况") == "劳模类型"
    assert canonical_label("户口簿") is None  # the booklet is a paper, no question


def test_labels_over_values_in_plain_nouns() -> None:
    page = Page()
    w = [400, 300, 300, 300]
    page.row(w, ["家庭现住址", "共同生活人口", "全年刚性支出（元）", "家庭全年总收入（元）"])
    page.row(w, ["杭州市拱墅区湖墅南路12号", "3", "18600", "42000"])
    page.row(w, ["婚姻", "户口", "困难级别", "劳模情况"])
    page.row(w, ["已婚", "非农业", "省级", "非劳模"])
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    f = ex.fields
    assert f["家庭住址"] == "杭州市拱墅区湖墅南路12号"
    assert f["家庭人口"] == 3
    assert f["年度必要支出"] == 18600
    assert f["家庭年度总收入"] == 42000
    assert f["婚姻状况"] == "已婚"
    assert f["户口类型"] == "非农业"
    assert f["困难类别"] == "省级"
    assert f["劳模类型"] == "非劳模"


def test_colon_lines_in_plain_nouns_without_rulings() -> None:
    rows = [
        ("民族：汉族", "婚姻：离异", "户口：农业"),
        ("家庭现住址：保定市竞秀区东风路8号", "共同生活人口：2", "全年刚性支出：9600元"),
    ]
    lines: list[TextLine] = []
    for i, row in enumerate(rows):
        y = 300 + 90 * i
        x = 120
        for text in row:
            lines.append(TextLine(text, (x, y, x + 36 * len(text), y + 44), 0.98))
            x += 36 * len(text) + 160
    lines.append(TextLine("申请理由：本人患病多年，配偶下岗，特申请建档。", (120, 500, 1200, 544), 0.98))
    ex = extract_fields("建档申请表", lines, today=TODAY)
    f = ex.fields
    assert f["婚姻状况"] == "离异"
    assert f["户口类型"] == "农业"
    assert f["家庭住址"] == "保定市竞秀区东风路8号"
    assert f["家庭人口"] == 2
    assert f["年度必要支出"] == 9600
    assert str(f["困难情况说明"]).replace(",", "，") == "本人患病多年，配偶下岗，特申请建档。"  # commas folded to ASCII
