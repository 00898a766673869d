"""A tiny display list (lines, boxes, text, ticks, seals in millimetres) with two back ends.

Why by hand: every page must exist both as a raster scan (PIL) and as a born-digital PDF with a real
text layer (reportlab). Describing the page once and drawing it twice keeps both versions identical
and keeps the ground truth independent of the output format.
"""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT_FILES: dict[str, tuple[str, int]] = {
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "bold": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "hei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),  # AR PL UKai CN: the "hand" font
    "serifbold": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "heimono": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 1),  # WenQuanYi Zen Hei Mono: typewriter-like
}
# reportlab embeds TrueType outlines only (Noto CJK is CFF): the PDF back end maps fonts to these.
# A born-digital PDF is typed, so one embedded font does (parsing a CJK TTC costs ~1 s per font and process).
PDF_FONTS: dict[str, tuple[str, str, int]] = {
    "hei": ("DanganHei", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
}
BLACK = (20, 20, 20)
INK_BLUE = (25, 40, 120)
RED = (210, 30, 40)
MM_PER_PT = 25.4 / 72


@lru_cache(maxsize=256)
def font(key: str, px: int) -> ImageFont.FreeTypeFont:
    path, index = FONT_FILES[key]
    return ImageFont.truetype(path, max(4, px), index=index)


@lru_cache(maxsize=65536)
def _char_width(ch: str, key: str) -> float:
    return font(key, 100).getlength(ch) / 100


def text_width(text: str, size: float, key: str = "sans") -> float:
    """Width in mm of ``text`` at em size ``size`` mm: per-character advances measured once at 100 px.

    Summing cached advances ignores kerning, which CJK text does not use; it keeps wrapping linear.
    """
    return sum(_char_width(ch, key) for ch in text) * size


@dataclass
class Page:
    """One page: size in mm, a paper tint and the display list."""

    w: float
    h: float
    ops: list[tuple[Any, ...]] = field(default_factory=list)
    paper: tuple[int, int, int] = (255, 255, 255)
    # Truth for this page alone (used when a multi-page document is split into one file per page).
    fields: dict[str, Any] = field(default_factory=dict)
    members: list[dict[str, Any]] = field(default_factory=list)
    # A black-and-white photocopy: drawn in grey (seals too), ``tone`` 0..1 = how dark the copier was.
    mono: bool = False
    tone: float = 0.0

    def embed(self, src: Page, dx: float, dy: float) -> None:
        """Draw ``src``'s display list at (dx, dy) on this page: a card or booklet page laid on a copier."""
        if src.paper != (255, 255, 255):
            self.rect(dx, dy, dx + src.w, dy + src.h, 0.15, (150, 150, 150), fill=src.paper)
        for op in src.ops:
            kind = op[0]
            if kind in ("line", "rect"):
                self.ops.append((kind, op[1] + dx, op[2] + dy, op[3] + dx, op[4] + dy, *op[5:]))
            elif kind in ("text", "seal"):
                self.ops.append((kind, op[1] + dx, op[2] + dy, *op[3:]))
            elif kind == "poly":
                self.ops.append(("poly", tuple((x + dx, y + dy) for x, y in op[1]), *op[2:]))

    # -- building -------------------------------------------------------------------------------
    def line(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.3,
             color: tuple[int, int, int] = BLACK) -> None:
        self.ops.append(("line", x0, y0, x1, y1, w, color))

    def rect(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.3,
             color: tuple[int, int, int] = BLACK, fill: tuple[int, int, int] | None = None) -> None:
        self.ops.append(("rect", x0, y0, x1, y1, w, color, fill))

    def text(self, x: float, y: float, s: str, size: float = 3.2, key: str = "sans", anchor: str = "lm",
             color: tuple[int, int, int] = BLACK) -> None:
        if s:
            self.ops.append(("text", x, y, s, size, key, anchor, color))

    def poly(self, points: list[tuple[float, float]], w: float, color: tuple[int, int, int]) -> None:
        self.ops.append(("poly", tuple(points), w, color))

    def seal(self, cx: float, cy: float, r: float, ring: str, centre: str, angle: float,
             color: tuple[int, int, int] = RED, seed: int = 0) -> None:
        self.ops.append(("seal", cx, cy, r, ring, centre, angle, color, seed))

    def fit(self, x0: float, y0: float, x1: float, y1: float, s: str, size: float = 3.2, key: str = "sans",
            align: str = "center", color: tuple[int, int, int] = BLACK, pad: float = 1.0,
            jitter: random.Random | None = None) -> None:
        """Text inside a cell: wrapped on up to three lines, shrunk when it still does not fit."""
        if not s:
            return
        width, height = x1 - x0 - 2 * pad, y1 - y0 - 0.6
        lines = [s]
        sz = size
        for _ in range(12):
            lines = _wrap(s, width, sz, key)
            if len(lines) * sz * 1.18 <= height and all(text_width(ln, sz, key) <= width for ln in lines):
                break
            sz *= 0.9
        total = len(lines) * sz * 1.18
        y = (y0 + y1) / 2 - total / 2 + sz * 0.59
        for ln in lines:
            dx = dy = 0.0
            s2 = sz
            if jitter is not None:
                dx, dy = jitter.uniform(-0.6, 0.6), jitter.uniform(-0.35, 0.35)
                s2 = sz * jitter.uniform(0.93, 1.0)
            if align == "center":
                self.text((x0 + x1) / 2 + dx, y + dy, ln, s2, key, "mm", color)
            else:
                self.text(x0 + pad + abs(dx), y + dy, ln, s2, key, "lm", color)
            y += sz * 1.18

    def checkbox(self, x: float, y: float, size: float, ticked: bool, style: str,
                 rng: random.Random, color: tuple[int, int, int] = INK_BLUE) -> None:
        """An empty box (□) and, when ticked, ☑ / ■ / ✓ drawn as strokes or a hand-drawn tick."""
        self.rect(x, y - size / 2, x + size, y + size / 2, 0.22)
        if not ticked:
            return
        if style == "fill":
            m = size * 0.18
            self.rect(x + m, y - size / 2 + m, x + size - m, y + size / 2 - m, 0.1, color, fill=color)
        elif style == "cross":
            self.line(x + 0.4, y - size / 2 + 0.4, x + size - 0.4, y + size / 2 - 0.4, 0.35, color)
            self.line(x + 0.4, y + size / 2 - 0.4, x + size - 0.4, y - size / 2 + 0.4, 0.35, color)
        elif style == "check":
            self.poly([(x + size * 0.18, y), (x + size * 0.42, y + size * 0.32), (x + size * 0.85, y - size * 0.35)],
                      0.35, color)
        else:  # a hand tick, bigger than the box and a little off
            j = rng.uniform
            self.poly([(x - size * 0.1 + j(-0.3, 0.3), y - size * 0.05 + j(-0.3, 0.3)),
                       (x + size * 0.4 + j(-0.3, 0.3), y + size * 0.5 + j(-0.2, 0.2)),
                       (x + size * 1.35 + j(-0.4, 0.4), y - size * 0.9 + j(-0.4, 0.4))], 0.45, color)

    def options(self, x: float, y: float, labels: list[str], ticked: set[str], size: float, style: str,
                rng: random.Random, x_max: float, box_first: bool = True, line_gap: float | None = None) -> float:
        """A row of □label options, wrapping at ``x_max``; returns the y of the last line."""
        gap = line_gap or size * 1.6
        cx, cy = x, y
        for label in labels:
            w = size * 1.1 + text_width(label, size) + size * 1.2
            if cx + w > x_max and cx > x:
                cx, cy = x, cy + gap
            if box_first:
                self.checkbox(cx, cy, size * 0.85, label in ticked, style, rng)
                self.text(cx + size * 1.05, cy, label, size)
            else:
                self.text(cx, cy, label, size)
                self.checkbox(cx + text_width(label, size) + 0.4, cy, size * 0.85, label in ticked, style, rng)
            cx += w
        return cy


def _wrap(s: str, width: float, size: float, key: str) -> list[str]:
    lines: list[str] = []
    cur = ""
    cur_w = 0.0
    for ch in s:
        w = _char_width(ch, key) * size
        if cur_w + w > width and cur:
            lines.append(cur)
            cur, cur_w = ch, w
        else:
            cur += ch
            cur_w += w
    if cur:
        lines.append(cur)
    return lines or [""]


# -- seals ------------------------------------------------------------------------------------
def seal_image(r_px: int, ring: str, centre: str, color: tuple[int, int, int], seed: int) -> Image.Image:
    """A red round stamp (text ring, star, bottom line) as RGBA, with uneven ink."""
    rng = random.Random(seed)
    size = 2 * r_px + 4
    img = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(img)
    c = size / 2
    ring_w = max(2, int(r_px * 0.055))
    d.ellipse((c - r_px, c - r_px, c + r_px, c + r_px), outline=255, width=ring_w)
    # five-pointed star
    rs, ri = r_px * 0.24, r_px * 0.095
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = rs if k % 2 == 0 else ri
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    d.polygon(pts, fill=255)
    # ring text along the upper arc
    n = len(ring)
    if n:
        fpx = int(r_px * (0.3 if n <= 12 else 0.24))
        f = font("bold", fpx)
        span = min(250.0, 20.0 * n + 40)
        for i, ch in enumerate(ring):
            a = -span / 2 + span * (i + 0.5) / n  # degrees from the top, clockwise
            glyph = Image.new("L", (fpx * 2, fpx * 2), 0)
            ImageDraw.Draw(glyph).text((fpx, fpx), ch, font=f, fill=255, anchor="mm")
            glyph = glyph.rotate(-a, resample=Image.Resampling.BILINEAR)
            rad = math.radians(a - 90)
            gx = c + (r_px * 0.72) * math.cos(rad) - fpx
            gy = c + (r_px * 0.72) * math.sin(rad) - fpx
            img.paste(255, (int(gx), int(gy)), glyph)
    if centre:
        fpx = int(r_px * 0.2)
        d.text((c, c + r_px * 0.5), centre, font=font("bold", fpx), fill=255, anchor="mm")
    # uneven ink: the alpha is multiplied by blotchy noise
    arr = np.asarray(img, dtype=np.float32) / 255.0
    small = np.array([[rng.uniform(0.55, 1.0) for _ in range(6)] for _ in range(6)], dtype=np.float32)
    blot = np.asarray(Image.fromarray((small * 255).astype(np.uint8)).resize((size, size), Image.Resampling.BICUBIC),
                      dtype=np.float32) / 255.0
    alpha = (arr * blot * 0.9 * 255).clip(0, 255).astype(np.uint8)
    out = Image.new("RGBA", (size, size), (*color, 0))
    out.putalpha(Image.fromarray(alpha))
    return out


# -- raster back end ---------------------------------------------------------------------------
def rasterise(page: Page, dpi: int) -> Image.Image:
    """Draw the page at ``dpi`` into an RGB image."""
    k = dpi / 25.4
    img = Image.new("RGB", (round(page.w * k), round(page.h * k)), page.paper)
    d = ImageDraw.Draw(img)
    seals: list[tuple[Any, ...]] = []
    for op in page.ops:
        kind = op[0]
        if kind == "line":
            _, x0, y0, x1, y1, w, color = op
            d.line((x0 * k, y0 * k, x1 * k, y1 * k), fill=color, width=max(1, round(w * k)))
        elif kind == "rect":
            _, x0, y0, x1, y1, w, color, fill = op
            d.rectangle((x0 * k, y0 * k, x1 * k, y1 * k), outline=color, fill=fill, width=max(1, round(w * k)))
        elif kind == "text":
            _, x, y, s, size, key, anchor, color = op
            d.text((x * k, y * k), s, font=font(key, round(size * k)), fill=color, anchor=anchor)
        elif kind == "poly":
            _, pts, w, color = op
            d.line([(px * k, py * k) for px, py in pts], fill=color, width=max(1, round(w * k)), joint="curve")
        elif kind == "seal":
            seals.append(op)
    for _, cx, cy, r, ring, centre, angle, color, seed in seals:
        stamp = seal_image(round(r * k), ring, centre, color, seed).rotate(angle, resample=Image.Resampling.BILINEAR)
        _multiply(img, stamp, round(cx * k - stamp.width / 2), round(cy * k - stamp.height / 2))
    return _photocopy(img, page.tone) if page.mono else img


def _photocopy(img: Image.Image, tone: float) -> Image.Image:
    """Black-and-white copier: grey levels only (a red seal comes out grey), toner darkens the paper
    and crushes light strokes, edges of the glass come out darker."""
    grey = np.asarray(img.convert("L"), dtype=np.float32)
    h, w = grey.shape
    paper = 250 - 45 * tone
    out = grey * (paper / 255.0) * (1.0 - 0.25 * tone)
    out = np.where(out < 120, out * (1.0 - 0.5 * tone), out)  # strokes get blacker
    yy, xx = np.ogrid[:h, :w]
    edge = np.minimum(np.minimum(xx, w - 1 - xx) / max(1, w), np.minimum(yy, h - 1 - yy) / max(1, h))
    out = out * (1.0 - tone * 0.35 * np.clip(0.06 - edge, 0, 0.06) / 0.06)
    return Image.fromarray(out.clip(0, 255).astype(np.uint8)).convert("RGB")


def _multiply(img: Image.Image, stamp: Image.Image, x: int, y: int) -> None:
    """Ink over ink: the seal darkens what is below it (as a stamp on printed text does)."""
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(img.width, x + stamp.width), min(img.height, y + stamp.height)
    if x1 <= x0 or y1 <= y0:
        return
    base = np.asarray(img.crop((x0, y0, x1, y1)), dtype=np.float32)
    s = np.asarray(stamp.crop((x0 - x, y0 - y, x1 - x, y1 - y)), dtype=np.float32)
    a = s[..., 3:4] / 255.0
    out = base * (1 - a) + base * (s[..., :3] / 255.0) * a
    img.paste(Image.fromarray(out.clip(0, 255).astype(np.uint8)), (x0, y0))


# -- born-digital PDF back end ------------------------------------------------------------------
_registered = False


def _register_pdf_fonts() -> None:
    global _registered
    if _registered:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, path, index in PDF_FONTS.values():
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=index))
    _registered = True


def write_pdf(pages: list[Page], out: io.BufferedIOBase | str, title: str = "") -> None:
    """A born-digital PDF: vector rules, embedded CJK TrueType text, seals as images."""
    from reportlab import rl_config
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rl_config.useA85 = 0  # binary streams: the pure-Python ASCII85 encoder is the slowest part otherwise
    _register_pdf_fonts()
    c = canvas.Canvas(out, pagesize=(pages[0].w * mm, pages[0].h * mm), invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setCreator("dangan synth")
    for page in pages:
        c.setPageSize((page.w * mm, page.h * mm))
        H = page.h

        def Y(y: float, H: float = H) -> float:
            return (H - y) * mm

        if page.paper != (255, 255, 255):
            c.setFillColorRGB(*(v / 255 for v in page.paper))
            c.rect(0, 0, page.w * mm, page.h * mm, stroke=0, fill=1)
        for op in page.ops:
            kind = op[0]
            if kind == "line":
                _, x0, y0, x1, y1, w, color = op
                c.setStrokeColorRGB(*(v / 255 for v in color))
                c.setLineWidth(w * mm)
                c.line(x0 * mm, Y(y0), x1 * mm, Y(y1))
            elif kind == "rect":
                _, x0, y0, x1, y1, w, color, fill = op
                c.setStrokeColorRGB(*(v / 255 for v in color))
                c.setLineWidth(w * mm)
                if fill is not None:
                    c.setFillColorRGB(*(v / 255 for v in fill))
                c.rect(x0 * mm, Y(y1), (x1 - x0) * mm, (y1 - y0) * mm, stroke=1, fill=int(fill is not None))
            elif kind == "poly":
                _, pts, w, color = op
                c.setStrokeColorRGB(*(v / 255 for v in color))
                c.setLineWidth(w * mm)
                p = c.beginPath()
                p.moveTo(pts[0][0] * mm, Y(pts[0][1]))
                for px, py in pts[1:]:
                    p.lineTo(px * mm, Y(py))
                c.drawPath(p, stroke=1, fill=0)
            elif kind == "text":
                _, x, y, s, size, _key, anchor, color = op
                name = PDF_FONTS["hei"][0]
                pt = size / MM_PER_PT
                c.setFillColorRGB(*(v / 255 for v in color))
                c.setFont(name, pt)
                base = Y(y) - size * 0.35 * mm
                if anchor == "mm":
                    c.drawCentredString(x * mm, base, s)
                elif anchor == "rm":
                    c.drawRightString(x * mm, base, s)
                else:
                    c.drawString(x * mm, base, s)
            elif kind == "seal":
                _, cx, cy, r, ring, centre, angle, color, seed = op
                stamp = seal_image(round(r * 8), ring, centre, color, seed).rotate(
                    angle, resample=Image.Resampling.BILINEAR)
                side = stamp.width / 8
                c.drawImage(ImageReader(stamp), (cx - side / 2) * mm, Y(cy + side / 2), side * mm, side * mm,
                            mask="auto")
        c.showPage()
    c.save()
