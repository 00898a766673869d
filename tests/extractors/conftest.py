"""Synthetic page images with known truth for the image side of ``extractors`` (pages, preprocess, OCR).

Everything is drawn with PIL and the Debian CJK fonts, so tests need no sample files and the truth
(text, cell boxes, ticks, seal position) is known exactly.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont

CJK_FONT_CANDIDATES = [
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),  # index 2: Noto Sans CJK SC
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
]
SYMBOL_FONT_CANDIDATES = [
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0),
]

A4_300 = (2480, 3508)  # A4 at 300 dpi, width x height


@lru_cache(maxsize=64)
def cjk_font(size: int) -> ImageFont.FreeTypeFont:
    for path, index in CJK_FONT_CANDIDATES:
        if Path(path).exists():
            return ImageFont.truetype(path, size, index=index)
    pytest.skip("no Chinese font installed (fonts-noto-cjk or fonts-wqy-zenhei)")


@lru_cache(maxsize=16)
def symbol_font(size: int) -> ImageFont.FreeTypeFont:
    for path, index in SYMBOL_FONT_CANDIDATES:
        if Path(path).exists():
            return ImageFont.truetype(path, size, index=index)
    pytest.skip("no DejaVu font for ☑/■ glyphs")


def to_bgr(im: Image.Image) -> np.ndarray:
    return np.ascontiguousarray(np.asarray(im.convert("RGB"))[:, :, ::-1])


def render_line(text: str, size: int = 48, pad: int = 24) -> np.ndarray:
    """One line of black text on white, tightly padded: a 'cell crop'."""
    font = cjk_font(size)
    x0, y0, x1, y1 = (int(v) for v in font.getbbox(text))
    im = Image.new("RGB", (x1 - x0 + 2 * pad, y1 - y0 + 2 * pad), "white")
    ImageDraw.Draw(im).text((pad - x0, pad - y0), text, font=font, fill="black")
    return to_bgr(im)


PARAGRAPH = [
    "困难职工建档申请表",
    "申请人因家庭成员患重大疾病致困，现申请建立困难职工档案。",
    "本人月平均收入二千三百五十元，家庭人口三人，住房类型为租房。",
    "工作单位为杭州橡胶工业有限公司，工作状态为下岗，已参加医疗保险。",
    "经单位工会民主评议并公示五个工作日，无异议，同意建档。",
    "主要致困原因：家庭成员患重大疾病；次要致困原因：子女上学。",
    "家庭住址：浙江省杭州市西湖区文三路一百号三单元五零二室。",
    "建档人：王明　审核人：李华　录入人：张强　日期：二〇二五年三月一日",
]


def text_page(lines: list[str] | None = None, size: int = 56, width: int = 2480, height: int = 3508) -> np.ndarray:
    """A 300-dpi A4 page of horizontal Chinese text (orientation / deskew / page-OCR tests)."""
    lines = lines or PARAGRAPH * 2
    font = cjk_font(size)
    im = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(im)
    y = 250
    for line in lines:
        draw.text((200, y), line, font=font, fill="black")
        y += int(size * 1.9)
    return to_bgr(im)


@dataclass
class Form:
    """A drawn application form and its truth."""

    image: np.ndarray
    cells: list[tuple[int, int, int, int]]  # inner boxes of every table cell, row-major
    rows: int
    cols: int
    checkboxes: list[tuple[tuple[int, int, int, int], bool]] = field(default_factory=list)
    seal_center: tuple[int, int] | None = None
    seal_radius: int = 0


def draw_seal(draw: ImageDraw.ImageDraw, center: tuple[int, int], radius: int, text: str = "杭州市总工会") -> None:
    """A red round stamp: ring, star and an arc of characters, like a 公章."""
    red = (220, 30, 40)
    cx, cy = center
    ring = max(6, radius // 14)
    draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=red, width=ring)
    star = radius // 4
    pts = []
    for k in range(10):
        r = star if k % 2 == 0 else star * 0.4
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    draw.polygon(pts, fill=red)
    font = cjk_font(max(12, radius // 4))
    n = len(text)
    for k, ch in enumerate(text):
        a = math.radians(-150 + k * 120 / max(1, n - 1))
        x = cx + radius * 0.68 * math.cos(a)
        y = cy + radius * 0.68 * math.sin(a)
        draw.text((x, y), ch, font=font, fill=red, anchor="mm")


def draw_checkbox(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], style: str) -> None:
    """Checkbox styles: empty, glyph-check (☑-like), filled (■), tick-glyph (✓ in □), hand (drawn tick)."""
    x0, y0, x1, y1 = box
    side = x1 - x0
    if style == "filled":
        draw.rectangle(box, fill="black")
        return
    draw.rectangle(box, outline="black", width=max(2, side // 16))
    if style == "glyph-check":
        font = symbol_font(int(side * 1.05))
        draw.text(((x0 + x1) / 2, (y0 + y1) / 2), "✓", font=font, fill="black", anchor="mm")
    elif style == "tick-glyph":
        font = symbol_font(int(side * 0.9))
        draw.text(((x0 + x1) / 2, (y0 + y1) / 2), "✔", font=font, fill="black", anchor="mm")
    elif style == "hand":
        pts = [(x0 + side * 0.15, y0 + side * 0.5), (x0 + side * 0.42, y0 + side * 0.85), (x0 + side * 1.1, y0 - side * 0.2)]
        draw.line(pts, fill=(20, 20, 90), width=max(3, side // 10), joint="curve")


def draw_form(
    rows: int = 6,
    cols: int = 4,
    seal: bool = True,
    ticks: tuple[str, ...] = ("glyph-check", "empty", "filled", "empty", "tick-glyph", "hand"),
) -> Form:
    """A ruled 建档申请表-like form on A4 at 300 dpi: label/value cells, a checkbox row, a red seal."""
    im = Image.new("RGB", A4_300, "white")
    draw = ImageDraw.Draw(im)
    draw.text((A4_300[0] // 2, 200), "困难职工建档申请表", font=cjk_font(80), fill="black", anchor="mm")
    left, top, right = 200, 360, A4_300[0] - 200
    row_h = 150
    col_edges = [left + (right - left) * c // cols for c in range(cols + 1)]
    row_edges = [top + r * row_h for r in range(rows + 1)]
    line_w = 4
    for y in row_edges:
        draw.line((left, y, right, y), fill="black", width=line_w)
    for x in col_edges:
        draw.line((x, top, x, row_edges[-1]), fill="black", width=line_w)
    labels = ["姓名", "王明", "性别", "男", "身份证号", "330106198001011234", "民族", "汉",
              "本人月收入", "2350", "家庭人口", "3", "工作单位", "杭州橡胶", "工作状态", "下岗",
              "住房类型", "租房", "婚姻状况", "已婚", "手机号码", "13800000000", "医保", "城镇职工"]
    font = cjk_font(44)
    cells = []
    for r in range(rows):
        for c in range(cols):
            x0, x1 = col_edges[c] + line_w, col_edges[c + 1] - line_w
            y0, y1 = row_edges[r] + line_w, row_edges[r + 1] - line_w
            cells.append((x0, y0, x1, y1))
            text = labels[(r * cols + c) % len(labels)]
            draw.text((x0 + 20, (y0 + y1) // 2), text, font=font, fill="black", anchor="lm")
    checkboxes = []
    y = row_edges[-1] + 150
    draw.text((left, y), "致困原因：", font=font, fill="black", anchor="lm")
    side = 44
    x = left + 260
    options = ["本人大病", "子女上学", "收入低", "下岗失业", "残疾", "灾害"]
    for style, option in zip(ticks, options, strict=False):
        box = (x, y - side // 2, x + side, y + side // 2)
        draw_checkbox(draw, box, style)
        checkboxes.append((box, style != "empty"))
        draw.text((x + side + 12, y), option, font=font, fill="black", anchor="lm")
        x += side + 12 + int(font.getlength(option)) + 60
    seal_center, seal_radius = None, 0
    draw.text((A4_300[0] - 1020, row_edges[-1] + 700), SEALED_LINE, font=font, fill="black", anchor="lm")
    if seal:
        seal_center, seal_radius = (A4_300[0] - 600, row_edges[-1] + 700), 230
        im = stamp(im, seal_center, seal_radius)
    return Form(to_bgr(im), cells, rows, cols, checkboxes, seal_center, seal_radius)


SEALED_LINE = "单位（盖章）：杭州橡胶工会"


def stamp(im: Image.Image, center: tuple[int, int], radius: int) -> Image.Image:
    """Stamp like ink: multiply a red seal layer onto the page, so black text under it stays black."""
    layer = Image.new("RGB", im.size, "white")
    draw_seal(ImageDraw.Draw(layer), center, radius)
    return ImageChops.multiply(im.convert("RGB"), layer)


@pytest.fixture(scope="session")
def drawn_form() -> Form:
    """A sealed, ticked application form (A4, 300 dpi) with its truth; shared by the session."""
    return draw_form()


@pytest.fixture(scope="session")
def drawn_text_page() -> np.ndarray:
    return text_page()


@pytest.fixture
def render_text_line() -> Callable[..., np.ndarray]:
    return render_line
