"""How well tick boxes are read, mark by mark, on option rows drawn here (not by ``synth``).

    .venv/bin/python benchmarks/tick_marks.py [--rows 40] [--seed 1] [--show 0]

Every row is a line of options as the seeds print them (``□本人大病 □子女上学 …``) at a random text size
(9–14 pt), scan resolution (150–300 dpi, reduced to the pipeline's working resolution as ``read_page``
does) and box kind (the font's □ glyph, or a ruled square of 2.5–5 mm). One or two options are marked
with one of the marks archive papers carry: ✓ ☑ ☒ ■ glyphs, a hand tick or cross in ballpoint that
overshoots the box, a filled-in box, or a ring drawn around the option word (圈选). Then the page is
degraded like a scan (clean, grey photocopy with noise and blur, JPEG). For each option the verdict is
"ticked" when ``preprocess.find_checkboxes`` returns a ticked box overlapping the option's box or word.

Prints, per mark and per degradation, the share of marked options read as ticked (recall) and the
share of unmarked options read as ticked (false ticks). Nothing here is tuned on: the marks are drawn by
this script's own hand, so the figures say how the detector does on marks it was not written for.
"""

from __future__ import annotations

import argparse
import math
import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from dangan.extractors import preprocess as P
from dangan.extractors.pipeline import WORK_DPI

Box = tuple[int, int, int, int]

OPTIONS = ["本人大病", "家庭成员患大病", "子女上学", "残疾", "下岗失业", "收入低", "灾害", "其他",
           "已婚", "未婚", "离异", "丧偶", "城镇", "农村", "自有住房", "租房", "是", "否"]
MARKS = ["✓ glyph", "☑ glyph", "☒ glyph", "■ glyph", "hand tick", "hand cross", "filled in", "ring"]
DEGRADATIONS = ["clean", "photocopy", "jpeg"]
CJK_FONTS = [("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2), ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
             ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0), ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0)]
SYMBOL_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@dataclass
class Option:
    box: Box  # the printed □
    word: Box  # the option's text
    mark: str | None  # None: left empty


def _font(path: str, px: int, index: int = 0) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, px, index=index)


def _font_of(rng: random.Random, px: int) -> ImageFont.FreeTypeFont:
    path, index = rng.choice(CJK_FONTS)
    return _font(path, px, index)


def _pen(rng: random.Random) -> tuple[int, int, int]:
    return rng.choice([(25, 25, 30), (30, 40, 120), (20, 30, 90)])  # black or blue ballpoint (RGB)


def _hand_stroke(
    draw: ImageDraw.ImageDraw, pts: list[tuple[float, float]], rng: random.Random, width: int, wobble: float = 1.0
) -> None:
    jitter = [(x + rng.uniform(-1, 1) * width * wobble, y + rng.uniform(-1, 1) * width * wobble) for x, y in pts]
    draw.line(jitter, fill=_pen(rng), width=width, joint="curve")


def _mark(draw: ImageDraw.ImageDraw, opt: Option, mark: str, rng: random.Random) -> None:
    x0, y0, x1, y1 = opt.box
    s = x1 - x0
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    if mark.endswith("glyph"):
        glyph = mark.split()[0]
        if glyph in "☑☒■":  # the glyph replaces the printed □
            draw.rectangle(opt.box, fill="white")
        draw.text((cx, cy), glyph, font=_font(SYMBOL_FONT, int(s * 1.25)), fill="black", anchor="mm")
    elif mark == "hand tick":
        w = max(2, round(s / 9))
        _hand_stroke(draw, [(x0 + s * 0.1, cy), (x0 + s * 0.4, y1 + s * 0.1), (x1 + s * 0.5, y0 - s * 0.5)], rng, w)
    elif mark == "hand cross":
        w = max(2, round(s / 9))
        _hand_stroke(draw, [(x0 - s * 0.1, y0 - s * 0.1), (x1 + s * 0.1, y1 + s * 0.1)], rng, w)
        _hand_stroke(draw, [(x1 + s * 0.1, y0 - s * 0.1), (x0 - s * 0.1, y1 + s * 0.1)], rng, w)
    elif mark == "filled in":
        draw.rectangle((x0 + 2, y0 + 2, x1 - 2, y1 - 2), fill=_pen(rng))
    elif mark == "ring":
        a0, b0, a1, b1 = opt.word
        pad_x, pad_y = (a1 - a0) * 0.12, (b1 - b0) * 0.45
        w = max(2, round((b1 - b0) / 14))
        pts = []
        start = rng.uniform(0, 2 * math.pi)
        for k in range(40):  # a hand ring: an ellipse whose ends overlap a little
            t = start + k * (2 * math.pi * 1.06) / 39
            rx, ry = (a1 - a0) / 2 + pad_x, (b1 - b0) / 2 + pad_y
            pts.append(((a0 + a1) / 2 + rx * math.cos(t), (b0 + b1) / 2 + ry * math.sin(t)))
        _hand_stroke(draw, pts, rng, w, wobble=0.25)


def draw_row(rng: random.Random) -> tuple[np.ndarray, list[Option], float, str]:
    """One A4-wide strip with a labelled option row; returns (BGR image, options, dpi, box kind)."""
    dpi = rng.choice([150, 200, 240, 300])
    pt = rng.uniform(9, 14)
    px = round(pt / 72 * dpi)
    font = _font_of(rng, px)
    width, height = round(8.27 * dpi), px * 5
    im = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(im)
    kind = rng.choice(["glyph □", "ruled square"])
    x, y = round(0.8 * dpi), height // 2
    draw.text((x, y), "致困原因：", font=font, fill="black", anchor="lm")
    x += round(font.getlength("致困原因：")) + px // 2
    opts: list[Option] = []
    side = px if kind == "glyph □" else round(rng.uniform(2.5, 5.0) / 25.4 * dpi)
    for word in rng.sample(OPTIONS, rng.randint(3, 6)):
        if kind == "glyph □":
            x0, y0, x1, y1 = (int(v) for v in draw.textbbox((x, y), "□", font=font, anchor="lm"))
            draw.text((x, y), "□", font=font, fill="black", anchor="lm")
            box = (x0, y0, x1, y1)
        else:
            box = (x, y - side // 2, x + side, y + side // 2)
            draw.rectangle(box, outline="black", width=max(1, round(dpi / 150)))
        tx = box[2] + px // 4
        draw.text((tx, y), word, font=font, fill="black", anchor="lm")
        wb = draw.textbbox((tx, y), word, font=font, anchor="lm")
        opts.append(Option(box, (int(wb[0]), int(wb[1]), int(wb[2]), int(wb[3])), None))
        x = int(wb[2]) + px
        if x > width - 6 * px:
            break
    for opt in rng.sample(opts, min(len(opts), rng.choice([1, 1, 2]))):
        opt.mark = rng.choice(MARKS)
        _mark(draw, opt, opt.mark, rng)
    return np.ascontiguousarray(np.asarray(im)[:, :, ::-1]), opts, float(dpi), kind


def degrade(img: np.ndarray, how: str, rng: random.Random) -> np.ndarray:
    if how == "photocopy":  # grey paper, darker print, toner noise, a little blur
        g = img.astype(np.float32) * rng.uniform(0.7, 0.85) + rng.uniform(15, 40)
        g += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 10, g.shape)
        img = cv2.GaussianBlur(np.clip(g, 0, 255).astype(np.uint8), (3, 3), 0)
        return cv2.cvtColor(cv2.cvtColor(img, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR)
    if how == "jpeg":
        ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, rng.randint(35, 60)])
        decoded = cv2.imdecode(buf, cv2.IMREAD_COLOR) if ok else None
        return img if decoded is None else np.asarray(decoded, dtype=np.uint8)
    return img


def _overlaps(a: Box, b: tuple[float, ...]) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def verdicts(img: np.ndarray, opts: list[Option], dpi: float) -> list[bool]:
    """Ticked or not per option, from what ``find_checkboxes`` returns (at the pipeline's resolution)."""
    k = 1.0
    if dpi > WORK_DPI * 1.1:
        k = WORK_DPI / dpi
        img = cv2.resize(img, None, fx=k, fy=k, interpolation=cv2.INTER_AREA)
        dpi = WORK_DPI
    found = [(tuple(v / k for v in c.box), c.ticked) for c in P.find_checkboxes(img, dpi=dpi)]
    out = []
    for o in opts:
        span = (o.box[0], min(o.box[1], o.word[1]), o.word[2], max(o.box[3], o.word[3]))
        # a ticked box on this option's □, or a ring around its word (and not its neighbour's)
        out.append(any(t and (_overlaps(o.box, b) or (_overlaps(span, b) and b[0] < o.word[2])) for b, t in found))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=40, help="option rows per degradation")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=0, help="write the first N misread rows as PNG to /tmp")
    args = ap.parse_args()
    hits: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    false: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    shown = 0
    for how in DEGRADATIONS:
        rng = random.Random(f"{args.seed}-{how}")
        for _ in range(args.rows):
            img, opts, dpi, kind = draw_row(rng)
            got = verdicts(degrade(img, how, rng), opts, dpi)
            wrong = False
            for o, ticked in zip(opts, got, strict=True):
                if o.mark:
                    hits[(o.mark, how)][0] += ticked
                    hits[(o.mark, how)][1] += 1
                    wrong |= not ticked
                else:
                    false[how][0] += ticked
                    false[how][1] += 1
                    wrong |= ticked
            if wrong and shown < args.show:
                path = Path(f"/tmp/tick-miss-{shown}.png")
                cv2.imwrite(str(path), degrade(img, how, rng))
                print(f"  miss: {path} ({kind}, {dpi:.0f} dpi, {how}: {[(o.mark, t) for o, t in zip(opts, got, strict=True)]})")
                shown += 1
    print(f"\n| mark | {' | '.join(DEGRADATIONS)} |\n|---|{'---|' * len(DEGRADATIONS)}")
    for mark in MARKS:
        cells = [f"{hits[(mark, h)][0]}/{hits[(mark, h)][1]}" for h in DEGRADATIONS]
        print(f"| {mark} | {' | '.join(cells)} |")
    print(f"| unmarked read as ticked | {' | '.join(f'{false[h][0]}/{false[h][1]}' for h in DEGRADATIONS)} |")
    total = sum(v[0] for v in hits.values()), sum(v[1] for v in hits.values())
    fp = sum(v[0] for v in false.values()), sum(v[1] for v in false.values())
    print(f"\nmarked options read as ticked: {total[0]}/{total[1]} = {total[0] / max(1, total[1]):.1%}; "
          f"unmarked read as ticked: {fp[0]}/{fp[1]} = {fp[0] / max(1, fp[1]):.1%}")


if __name__ == "__main__":
    main()
