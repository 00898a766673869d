"""Pre-processing on drawn pages with known truth: orientation, skew, grid, checkboxes, seals."""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Callable

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

from dangan.extractors import preprocess as P
from dangan.extractors.ocr import get_engine
from tests.extractors.conftest import (
    SEALED_LINE,
    Form,
    cjk_font,
    draw_form,
    stamp,
    symbol_font,
    to_bgr,
)


@pytest.fixture(scope="module")
def page(drawn_text_page: np.ndarray) -> np.ndarray:
    return drawn_text_page


@pytest.fixture(scope="module")
def sealed_form(drawn_form: Form) -> Form:
    return drawn_form


# --------------------------------------------------------------------------------------- orientation


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_orientation(page: np.ndarray, rotation: int) -> None:
    """A page fed turned counter-clockwise by ``rotation`` needs ``rotation`` clockwise to be upright."""
    turned = P.rotate_image(page, (360 - rotation) % 360)
    assert P.detect_orientation(turned) == rotation


def test_orientation_of_a_form_with_confidence_comparison(sealed_form: Form) -> None:
    """With an engine that has no direction classifier, OCR confidence decides 0 vs 180."""
    upside_down = P.rotate_image(sealed_form.image, 180)
    assert P.detect_orientation(upside_down, ocr=get_engine("tesseract")) == 180


def _sparse_card() -> np.ndarray:
    """A 户口簿 page: landscape, a title, short words in ruled cells and a large red 公章."""
    im = Image.new("RGB", (1417, 992), (236, 228, 212))
    draw = ImageDraw.Draw(im)
    draw.text((708, 110), "户口簿", font=cjk_font(56), fill="black", anchor="mm")
    words = [["户别", "非农业家庭户口", "户主姓名", "汤文东"], ["户号", "66847927", "住址", ""]]
    xs, ys = [95, 330, 700, 940, 1320], [210, 310, 410]
    for y in ys:
        draw.line((xs[0], y, xs[-1], y), fill="black", width=3)
    for x in xs:
        draw.line((x, ys[0], x, ys[-1]), fill="black", width=3)
    for r, row in enumerate(words):
        for c, w in enumerate(row):
            draw.text(((xs[c] + xs[c + 1]) // 2, (ys[r] + ys[r + 1]) // 2), w, font=cjk_font(24), fill="black", anchor="mm")
    return to_bgr(stamp(im, (1000, 700), 220))  # the seal holds most of the page's ink


@pytest.mark.parametrize("rotation", [0, 90, 180])
def test_orientation_of_a_sparse_sealed_card(rotation: int) -> None:
    """The seal's ink must not outweigh the few printed lines, and words too short for line smearing
    still decide 0 vs 180 (through the text detector)."""
    turned = P.rotate_image(_sparse_card(), (360 - rotation) % 360)
    assert P.detect_orientation(turned, get_engine("rapidocr")) == rotation


def _card_on_a_speckled_copy(dpi: int, tilt: float, seed: int) -> np.ndarray:
    """A small card (86 × 54 mm, rounded frame, a dark photo, five short rows printed close to its left
    edge) copied a little askew onto
    an A4 sheet scanned grey at ``dpi``, the sheet speckled with toner: most of the page is empty."""
    mm = dpi / 25.4
    card = Image.new("L", (round(86 * mm), round(54 * mm)), 255)
    draw = ImageDraw.Draw(card)
    draw.rounded_rectangle((2, 2, card.width - 3, card.height - 3), radius=round(3 * mm), outline=40, width=2)
    draw.rectangle((round(62 * mm), round(8 * mm), round(80 * mm), round(32 * mm)), fill=45)  # the photo
    font = cjk_font(max(10, round(3.2 * mm)))
    rows = ["持证人 韩雪梅", "性别 女", "类别 视力", "等级 二级", "编号 41030219800214562811"]
    for i, row in enumerate(rows):
        draw.text((round(2 * mm), round((6 + 7 * i) * mm)), row, font=font, fill=25)  # close to the frame
    card = card.rotate(tilt, expand=True, fillcolor=255, resample=Image.BICUBIC)
    sheet = Image.new("L", (round(210 * mm), round(297 * mm)), 255)
    rnd = np.random.default_rng(seed)
    sheet.paste(card, (round(rnd.uniform(15, 100) * mm), round(rnd.uniform(20, 200) * mm)))
    arr = np.asarray(sheet).astype(np.float32) - rnd.uniform(8, 20)
    arr += rnd.normal(0, 7, arr.shape)
    specks = rnd.random(arr.shape) < 0.0008
    arr[specks] = rnd.uniform(40, 120)
    return to_bgr(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)))


@pytest.mark.parametrize(("dpi", "tilt", "seed"), [(150, 2.0, 1), (150, -1.5, 2), (200, 2.5, 3)])
@pytest.mark.parametrize("rotation", [0, 90, 270])
def test_orientation_of_a_small_askew_card_on_a_speckled_copy(dpi: int, tilt: float, seed: int, rotation: int) -> None:
    """The card's frame (askew, so not removed with the rulings) and its photo are no text: smeared with
    the lines they joined all five rows into one blob, no line lay across, and the card was turned on
    its side."""
    turned = P.rotate_image(_card_on_a_speckled_copy(dpi, tilt, seed), (360 - rotation) % 360)
    assert P.detect_orientation(turned, get_engine("rapidocr")) == rotation


def test_blank_page_is_upright() -> None:
    assert P.detect_orientation(np.full((800, 600, 3), 255, np.uint8)) == 0


# ----------------------------------------------------------------------------------------------- skew


@pytest.mark.parametrize("skew", [-3.0, 3.0])
def test_deskew_recovers_skew(sealed_form: Form, skew: float) -> None:
    skewed, _ = P.rotate_by(sealed_form.image, skew)
    straight, measured = P.deskew(skewed)
    assert measured == pytest.approx(skew, abs=0.5)
    assert abs(P.estimate_skew(straight)) < 0.5


def test_deskew_leaves_straight_page_alone(page: np.ndarray) -> None:
    out, angle = P.deskew(page)
    assert angle == 0.0 and out is page


# ------------------------------------------------------------------------------------------------ grid


def test_grid_finds_drawn_cells(sealed_form: Form) -> None:
    grid = P.detect_grid(sealed_form.image)
    assert len(grid) == sealed_form.rows * sealed_form.cols
    assert [len(r) for r in grid.rows()] == [sealed_form.cols] * sealed_form.rows
    for cell, truth in zip(grid.cells, sealed_form.cells, strict=True):  # row-major, same order
        assert np.abs(np.array(cell.box) - np.array(truth)).max() <= 6
    first = grid.cells[0]
    assert (first.row, first.col) == (0, 0)
    value = grid.right_of(first)
    assert value is not None and value.col == 1 and value.row == 0
    cx, cy = (value.box[0] + value.box[2]) / 2, (value.box[1] + value.box[3]) / 2
    assert grid.cell_at(cx, cy) == value
    assert len(grid.h_lines) == sealed_form.rows + 1 and len(grid.v_lines) == sealed_form.cols + 1


def test_no_grid_on_plain_text(page: np.ndarray) -> None:
    assert len(P.detect_grid(page)) == 0


# ------------------------------------------------------------------------------------------ checkboxes



@pytest.mark.parametrize(("grey", "width"), [(85, 1), (120, 1), (150, 2)])
def test_grid_finds_thin_grey_inner_rulings_on_a_reduced_scan(grey: int, width: int) -> None:
    """A table printed with a black frame and thin grey inner rules, scanned at 300 dpi and read on a
    copy reduced to 220 dpi: the inner rules part its cells (they were below the print's threshold, so
    a row's label and value cells were one)."""
    rows, cols = 5, 4
    im = Image.new("RGB", (2480, 1400), "white")
    draw = ImageDraw.Draw(im)
    x0, y0, cw, rh = 120, 150, 540, 190
    for r in range(1, rows):
        draw.line((x0, y0 + r * rh, x0 + cols * cw, y0 + r * rh), fill=(grey,) * 3, width=width)
    for c in range(1, cols):
        draw.line((x0 + c * cw, y0, x0 + c * cw, y0 + rows * rh), fill=(grey,) * 3, width=width)
    draw.rectangle((x0, y0, x0 + cols * cw, y0 + rows * rh), outline="black", width=3)
    font = cjk_font(44)
    for r in range(rows):
        for c in range(cols):
            draw.text((x0 + c * cw + 20, y0 + r * rh + 70), ["姓名", "王小红", "性别", "女"][c], font=font, fill="black")
    small = cv2.resize(to_bgr(im), None, fx=220 / 300, fy=220 / 300, interpolation=cv2.INTER_AREA)
    grid = P.detect_grid(small)
    assert len(grid.cells) == rows * cols, len(grid.cells)


def test_grid_takes_no_ruling_from_a_grey_card_or_shaded_band() -> None:
    """Light grey fills (a card's shading, a shaded header band) are no thin rulings: no cell from them."""
    im = Image.new("RGB", (1800, 1200), "white")
    draw = ImageDraw.Draw(im)
    draw.rounded_rectangle((150, 150, 900, 620), radius=25, fill=(200, 200, 200))
    draw.rectangle((150, 800, 1650, 880), fill=(190, 190, 190))
    draw.text((200, 200), "姓名 王小红", font=cjk_font(44), fill="black")
    assert P.detect_grid(to_bgr(im)).cells == []

def _match(found: list[P.Checkbox], truth_box: tuple[int, int, int, int]) -> P.Checkbox | None:
    return next((c for c in found if np.abs(np.array(c.box) - np.array(truth_box)).max() <= 8), None)


def _ticks(found: list[P.Checkbox], truth: list[tuple[tuple[int, int, int, int], bool]]) -> list[bool | None]:
    """Tick state found at each truth box (None where no box was found)."""
    return [hit.ticked if (hit := _match(found, box)) is not None else None for box, _ in truth]


def test_find_checkboxes_on_form(sealed_form: Form, page: np.ndarray) -> None:
    found = P.find_checkboxes(sealed_form.image)
    for truth_box, truth_ticked in sealed_form.checkboxes:
        hit = _match(found, truth_box)
        assert hit is not None and hit.ticked == truth_ticked
    # characters are never *ticked* boxes: enclosures with strokes inside (困, 因, 国) are dropped,
    # only a bare 口 (家庭人口, the top of 号) may come back as an empty box
    extra = [c for c in found if all(_match([c], b) is None for b, _ in sealed_form.checkboxes)]
    assert not any(c.ticked for c in extra) and len(extra) <= 3
    assert not any(c.ticked for c in P.find_checkboxes(page))


def test_bold_enclosure_characters_are_not_ticked_boxes() -> None:
    """国/圆/图 in a bold heading have a square outline and strokes inside, like a ticked box."""
    from PIL import ImageFont

    bold = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 48, index=2)
    im = Image.new("RGB", (900, 150), "white")
    ImageDraw.Draw(im).text((40, 40), "全国困难职工档案图圆围", font=bold, fill="black")
    assert not any(c.ticked for c in P.find_checkboxes(to_bgr(im)))


def _glyph(ch: str, size: int = 60) -> np.ndarray:
    im = Image.new("RGB", (size * 2, size * 2), "white")
    ImageDraw.Draw(im).text((size, size), ch, font=symbol_font(size), fill="black", anchor="mm")
    return to_bgr(im)


def _hand_tick(size: int = 60, color: tuple[int, int, int] = (20, 20, 90)) -> np.ndarray:
    im = Image.new("RGB", (size * 2, size * 2), "white")
    d = ImageDraw.Draw(im)
    x0, y0, s = size // 2, size // 2, size
    d.rectangle((x0, y0, x0 + s, y0 + s), outline="black", width=3)
    d.line([(x0 + s * 0.2, y0 + s * 0.55), (x0 + s * 0.45, y0 + s * 0.85), (x0 + s * 1.15, y0 - s * 0.25)], fill=color, width=6)
    return to_bgr(im)


@pytest.mark.parametrize(
    ("roi", "ticked"),
    [
        (lambda: _glyph("□"), False),
        (lambda: _glyph("☐"), False),
        (lambda: _glyph("☑"), True),
        (lambda: _glyph("☒"), True),
        (lambda: _glyph("■"), True),
        (lambda: _hand_tick(), True),
        (lambda: _hand_tick(color=(40, 40, 220)), True),  # red pen
    ],
    ids=["□", "☐", "☑", "☒", "■", "hand-tick", "red-pen-tick"],
)
def test_read_checkbox(roi: Callable[[], np.ndarray], ticked: bool) -> None:
    assert P.read_checkbox(roi()) is ticked


def test_read_checkbox_tick_glyph_in_box() -> None:
    im = Image.new("RGB", (120, 120), "white")
    d = ImageDraw.Draw(im)
    d.rectangle((30, 30, 90, 90), outline="black", width=3)
    d.text((60, 60), "✓", font=symbol_font(54), fill="black", anchor="mm")
    assert P.read_checkbox(to_bgr(im))


def _option_row(dpi: int, mark: str) -> tuple[np.ndarray, tuple[int, int, int, int], tuple[int, int, int, int]]:
    """``致困原因：□本人大病 □子女上学`` at 11 pt, the first option marked by hand in ballpoint (the marks
    are drawn here, thick and overshooting, as a pen does on a small box). Returns page, □ and word box."""
    px = round(11 / 72 * dpi)
    font = cjk_font(px)
    im = Image.new("RGB", (round(6 * dpi), px * 5), "white")
    d = ImageDraw.Draw(im)
    y = px * 5 // 2
    d.text((px, y), "致困原因：", font=font, fill="black", anchor="lm")
    x = px + round(font.getlength("致困原因：")) + px // 2
    boxes, words = [], []
    for word in ("本人大病", "子女上学"):
        box = tuple(int(v) for v in d.textbbox((x, y), "□", font=font, anchor="lm"))
        d.text((x, y), "□", font=font, fill="black", anchor="lm")
        wx = box[2] + px // 4
        d.text((wx, y), word, font=font, fill="black", anchor="lm")
        wb = tuple(int(v) for v in d.textbbox((wx, y), word, font=font, anchor="lm"))
        boxes.append(box)
        words.append(wb)
        x = wb[2] + px
    (x0, y0, x1, y1), s, pen, w = boxes[0], boxes[0][2] - boxes[0][0], (30, 40, 120), max(2, px // 9)
    if mark == "cross":
        d.line([(x0 - 2, y0 - 2), (x1 + 2, y1 + 2)], fill=pen, width=w)
        d.line([(x1 + 2, y0 - 2), (x0 - 2, y1 + 2)], fill=pen, width=w)
    elif mark == "tick":
        d.line([(x0 + s * 0.1, (y0 + y1) / 2), (x0 + s * 0.4, y1 + s * 0.1), (x1 + s * 0.5, y0 - s * 0.5)],
               fill=pen, width=w, joint="curve")
    elif mark == "ring":  # tight round the word, over the □'s edge
        a0, b0, a1, b1 = words[0]
        d.ellipse((a0 - px * 0.6, b0 - px * 0.45, a1 + px * 0.3, b1 + px * 0.45), outline=pen, width=max(2, px // 14))
    return to_bgr(im), boxes[0], words[0]


def _ticked_at(found: list[P.Checkbox], box: tuple[int, int, int, int]) -> bool:
    return any(c.ticked and P._overlap(c.box, box) > 0.3 for c in found)


@pytest.mark.parametrize("dpi", [150, 220])
@pytest.mark.parametrize("mark", ["cross", "tick", "ring"])
def test_hand_marks_on_small_boxes(mark: str, dpi: int) -> None:
    """A hand cross (its crossing survives the straight-stroke opening, like a character's strokes), a
    tick drawn thick across the □'s edge (the outline is no longer four corners) and a ring tight round
    the word that touches the □ are all read as ticked; the unmarked option next to them is not."""
    img, box, word = _option_row(dpi, mark)
    found = P.find_checkboxes(img, dpi=float(dpi))
    assert _ticked_at(found, word if mark == "ring" else box)
    assert sum(c.ticked for c in found) == 1


def test_boxes_a_pixel_bolder_than_the_pages_others_are_still_boxes() -> None:
    """On a soft scan at 220 dpi a 2.3 mm box's hairline comes out 2 px on some boxes and 3 px on others
    (0.14 of the side, as thick for its size as a bold 国): a square drawn like the page's other boxes
    (as large, outline at most a pixel thicker) is a box, ticked or empty. A bold line of enclosure
    characters as tall as the boxes on the same page still gives no ticked box."""
    from PIL import ImageFont

    dpi = 220
    px, side = round(10 / 72 * dpi), round(2.3 / 25.4 * dpi)
    font = cjk_font(px)
    bold = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", side + 2, index=2)
    im = Image.new("RGB", (round(10 * dpi), px * 8), "white")
    d = ImageDraw.Draw(im)
    y, x = px * 5 // 2, px
    boxes, bolder, ticked = [], (1, 3, 4), (1, 3)
    for i, word in enumerate(("就业创业发展", "纳入社保", "社会救助兜底", "阳光就业计划", "金秋助学", "一帮一", "送温暖")):
        b = (x, y - side // 2, x + side, y - side // 2 + side)
        d.rectangle(b, outline="black", width=3 if i in bolder else 2)
        if i in ticked:
            x0, y0, x1, y1 = b
            d.line([(x0 + 4, y0 + side * 0.5), (x0 + side * 0.42, y1 - 4), (x1 - 2, y0 + 3)], fill="black", width=3)
        d.text((b[2] + px // 4, y), word, font=font, fill="black", anchor="lm")
        boxes.append(b)
        x = b[2] + px // 4 + round(font.getlength(word)) + px
    d.text((px, px * 6), "全国困难职工档案图圆围困因国日田回", font=bold, fill="black")
    found = P.find_checkboxes(cv2.GaussianBlur(to_bgr(im), (3, 3), 0), dpi=float(dpi))
    assert [_match(found, b) is not None for b in boxes] == [True] * len(boxes)
    assert [_ticked_at(found, b) for b in boxes] == [i in ticked for i in range(len(boxes))]
    assert sum(c.ticked for c in found) == len(ticked)


@pytest.mark.parametrize("dpi", [150, 200])
def test_ring_touching_a_low_cells_edge(dpi: int) -> None:
    """A row of a ruled table 8 mm high (its upright edges shorter than a 12 mm ruling): the option
    ringed at the very start of its cell touches the cell's left edge; the ring is still found, round
    the right word, and the unringed option beside it is not ticked."""
    px = round(10.5 / 72 * dpi)
    font = cjk_font(px)
    mm = dpi / 25.4
    im = Image.new("RGB", (round(120 * mm), round(30 * mm)), "white")
    d = ImageDraw.Draw(im)
    top, bottom = round(10 * mm), round(18 * mm)
    d.rectangle((round(5 * mm), top, round(115 * mm), bottom), outline="black", width=2)
    cell = round(40 * mm)
    d.line([(cell, top), (cell, bottom)], fill="black", width=2)
    d.text((round(12 * mm), (top + bottom) // 2), "婚姻状况", font=font, fill="black", anchor="lm")
    y, x = (top + bottom) // 2, cell + round(2.5 * mm)
    words: list[tuple[int, int, int, int]] = []
    for word in ("未婚", "已婚", "离异"):
        d.text((x, y), word, font=font, fill="black", anchor="lm")
        l0, t0, r0, b0 = d.textbbox((x, y), word, font=font, anchor="lm")
        words.append((int(l0), int(t0), int(r0), int(b0)))
        x = words[-1][2] + px
    _, b0, a1, b1 = words[0]
    d.ellipse((cell - 1, b0 - px * 0.4, a1 + px * 0.35, b1 + px * 0.4), outline=(30, 40, 120), width=max(2, px // 12))
    found = P.find_checkboxes(to_bgr(im), dpi=float(dpi))
    assert [_ticked_at(found, w) for w in words] == [True, False, False]


@pytest.mark.parametrize("px", [20, 28, 40])
def test_enclosure_characters_in_text_are_never_ticked(px: int) -> None:
    """Characters whose outline is a square (困 因 国 日 田 回 图 团 园 围 四) keep their horizontal and
    vertical inner strokes: however a mark is recognised, they are never ticked boxes."""
    im = Image.new("RGB", (px * 14, px * 3), "white")
    ImageDraw.Draw(im).text((px, px), "困因国日田回图团园围四", font=cjk_font(px), fill="black")
    assert not any(c.ticked for c in P.find_checkboxes(to_bgr(im), dpi=220.0))


# ----------------------------------------------------------------------------------------------- seals


def test_seal_detected(sealed_form: Form) -> None:
    seals = P.detect_seal(sealed_form.image)
    assert len(seals) == 1
    seal = seals[0]
    assert sealed_form.seal_center is not None
    assert np.hypot(seal.center[0] - sealed_form.seal_center[0], seal.center[1] - sealed_form.seal_center[1]) < 15
    assert seal.radius == pytest.approx(sealed_form.seal_radius, rel=0.1)
    assert seal.circularity > 0.8


def test_no_seal_on_plain_or_red_ink_page(page: np.ndarray) -> None:
    assert P.detect_seal(page) == []
    im = Image.fromarray(page[:, :, ::-1].copy())
    d = ImageDraw.Draw(im)
    d.text((200, 3000), "红笔批注：情况属实，同意上报", font=cjk_font(56), fill=(210, 30, 30))
    d.line((200, 3100, 1800, 3100), fill=(210, 30, 30), width=6)
    assert P.detect_seal(to_bgr(im)) == []


def _ratio(a: str, b: str) -> float:
    """Similarity of the Chinese characters only (engines differ in full/half-width punctuation)."""

    def han(s: str) -> str:
        return "".join(re.findall(r"[\u4e00-\u9fff]", s))

    return difflib.SequenceMatcher(None, han(a), han(b)).ratio()


def test_suppress_seal_improves_ocr(sealed_form: Form) -> None:
    assert sealed_form.seal_center is not None
    cx, cy = sealed_form.seal_center
    region = (slice(cy - 60, cy + 60), slice(cx - 440, cx + 250))
    before = sealed_form.image[region]
    cleaned = P.suppress_seal(sealed_form.image)
    after = cleaned[region]
    assert cv2.countNonZero(P.red_mask(cleaned)) < 0.02 * cv2.countNonZero(P.red_mask(sealed_form.image))
    tess = get_engine("tesseract")
    r_before = _ratio(tess.read_cell(before).text, SEALED_LINE)
    r_after = _ratio(tess.read_cell(after).text, SEALED_LINE)
    assert r_after > r_before and r_after >= 0.85


def test_suppress_seal_keeps_red_ticks_elsewhere() -> None:
    """Only stamps are painted out: a red-pen tick away from any stamp is data."""
    tick = _hand_tick(color=(40, 40, 220))
    assert np.array_equal(P.suppress_seal(tick), tick)


# -------------------------------------------------------------------------------------------- clean-up


def test_normalise_illumination_flattens_shadow(page: np.ndarray) -> None:
    w = page.shape[1]
    shade = np.linspace(0.55, 1.0, w, dtype=np.float32)[None, :, None]
    shadowed = (page.astype(np.float32) * shade).astype(np.uint8)
    out = P.normalise_illumination(shadowed)
    paper = P.to_gray(page) > 200
    gray_in, gray_out = P.to_gray(shadowed)[paper], P.to_gray(out)[paper]
    assert gray_in.std() > 20 and gray_out.std() < 6 and gray_out.mean() > 240
    assert P.to_gray(out)[~paper].mean() < 120  # text stays dark


def test_denoise_removes_specks_not_punctuation() -> None:
    im = Image.new("RGB", (600, 120), "white")
    ImageDraw.Draw(im).text((10, 20), "收入2350.5元。", font=cjk_font(56), fill="black")
    clean = to_bgr(im)
    noisy = clean.copy()
    rng = np.random.default_rng(1)
    ys, xs = rng.integers(0, 120, 300), rng.integers(0, 600, 300)
    noisy[ys, xs] = 0
    out = P.denoise(noisy)
    ink = P.to_gray(clean) < 128
    assert (P.to_gray(noisy)[~ink] < 128).sum() > 250
    assert (P.to_gray(out)[~ink] < 128).sum() < 30  # specks gone (except those touching strokes)
    assert (P.to_gray(out)[ink] < 128).mean() > 0.97  # strokes, '.' and '。' kept


# ---------------------------------------------------------------------------------------- whole page


def test_prepare_page_records_what_it_did() -> None:
    form = draw_form()
    skewed, _ = P.rotate_by(form.image, 2.0)
    turned = P.rotate_image(skewed, 270)  # fed sideways: needs 90° clockwise
    prepared = P.prepare_page(turned)
    assert prepared.rotation == 90
    assert prepared.skew == pytest.approx(2.0, abs=0.5)
    assert len(prepared.seals) == 1
    assert any(s.startswith("rotate") for s in prepared.steps) and any(s.startswith("deskew") for s in prepared.steps)
    assert prepared.image.shape[:2] == form.image.shape[:2]
    # seal painted out on the OCR image only; checkboxes readable on the prepared image
    assert cv2.countNonZero(P.red_mask(prepared.ocr_image)) < 0.05 * cv2.countNonZero(P.red_mask(prepared.image))
    found = P.find_checkboxes(prepared.image)
    assert _ticks(found, form.checkboxes) == [t for _, t in form.checkboxes]
    # boxes map back to the page as it was loaded
    sx, sy = prepared.seals[0].center
    x0, y0, x1, y1 = prepared.to_original((sx - 5, sy - 5, sx + 5, sy + 5))
    orig = P.detect_seal(turned)[0].center
    assert abs((x0 + x1) / 2 - orig[0]) < 15 and abs((y0 + y1) / 2 - orig[1]) < 15


def _phone_photo(img: np.ndarray, skew: float, seed: int = 0) -> np.ndarray:
    """Skew, a shadow across the page, sensor noise, blur and JPEG at quality 60."""
    rng = np.random.default_rng(seed)
    img, _ = P.rotate_by(img, skew)
    h = img.shape[0]
    shade = np.linspace(0.6, 1.0, h, dtype=np.float32)[:, None, None] * np.array([0.95, 1.0, 1.0], np.float32)
    img = np.clip(img.astype(np.float32) * shade + rng.normal(0, 12, img.shape), 0, 255).astype(np.uint8)
    img = cv2.GaussianBlur(img, (3, 3), 0)
    _, enc = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 60])
    out = cv2.imdecode(enc, cv2.IMREAD_COLOR)
    assert out is not None
    return out


def test_prepare_degraded_photo(sealed_form: Form) -> None:
    photo = P.rotate_image(_phone_photo(sealed_form.image, -4.0), 90)  # needs 270 clockwise
    prepared = P.prepare_page(photo)
    assert prepared.rotation == 270 and prepared.skew == pytest.approx(-4.0, abs=0.5)
    assert len(prepared.seals) == 1
    assert len(P.detect_grid(prepared.image)) == sealed_form.rows * sealed_form.cols
    found = P.find_checkboxes(prepared.image)
    assert _ticks(found, sealed_form.checkboxes) == [t for _, t in sealed_form.checkboxes]


def test_prepare_text_pdf_page_keeps_geometry(page: np.ndarray) -> None:
    prepared = P.prepare_page(page, detect_rotation=False, straighten=False)
    assert prepared.rotation == 0 and prepared.skew == 0.0 and prepared.image.shape == page.shape
    assert prepared.to_original((10, 20, 30, 40)) == (10, 20, 30, 40)


def test_stamp_helper_multiplies() -> None:
    im = Image.new("RGB", (200, 200), "white")
    ImageDraw.Draw(im).rectangle((90, 0, 110, 200), fill="black")
    out = to_bgr(stamp(im, (100, 100), 80))
    assert out[100, 100].max() < 30  # black under red ink stays black


# ------------------------------------------------------------------------------------ grey copies


def _grey_copy(img: np.ndarray, tint: tuple[float, float, float] = (1.0, 1.0, 1.0)) -> np.ndarray:
    """A black-and-white photocopy (the seal turns grey), optionally yellowed (a BGR factor per channel)."""
    grey = cv2.cvtColor(cv2.cvtColor(img, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR).astype(np.float32)
    return np.clip(grey * np.array(tint, np.float32), 0, 255).astype(np.uint8)


def test_colour_of_a_page_tells_a_grey_copy_from_a_scan() -> None:
    card = _sparse_card()
    assert P.shows_colour(card)
    assert not P.shows_colour(_grey_copy(card))
    assert not P.shows_colour(_grey_copy(card, tint=(0.78, 0.94, 1.0)))  # yellowed paper is no ink
    assert not P.shows_colour(cv2.cvtColor(card, cv2.COLOR_BGR2GRAY))
    blue_pen = _grey_copy(card)
    cv2.line(blue_pen, (300, 500), (700, 505), (200, 40, 20), 4)  # a clerk's blue-ink note
    assert P.shows_colour(blue_pen)


def test_a_grey_copy_is_not_read_as_unstamped() -> None:
    """No red on a black-and-white copy says nothing about its stamp: 是否盖章 is unknown, not 否;
    a page that shows colour (here a blue-ink note) but no red stamp is still read as unstamped."""
    from dangan.extractors.pages import Page
    from dangan.extractors.pipeline import read_page

    card = _sparse_card()
    assert read_page(Page(0, "image", card, dpi=150.0), "null").seal is True
    assert read_page(Page(0, "image", _grey_copy(card), dpi=150.0), "null").seal is None
    unstamped = card.copy()
    unstamped[P.red_mask(card) > 0] = (236, 228, 212)
    cv2.line(unstamped, (300, 500), (700, 505), (200, 40, 20), 4)
    assert read_page(Page(0, "image", unstamped, dpi=150.0), "null").seal is False


def test_a_grey_copys_stamp_is_found_by_its_shape(sealed_form: Form) -> None:
    """On a black-and-white copy the 公章 is grey: its ring (here 39 mm, under text) is found by shape, so
    是否盖章 is 是; the same copy without the stamp shows no ring (unknown, never 是)."""
    from dangan.extractors.pages import Page
    from dangan.extractors.pipeline import read_page

    grey = _grey_copy(sealed_form.image)
    assert not P.detect_seal(grey)
    seals = P.detect_grey_seal(grey, dpi=300.0)
    assert len(seals) == 1 and sealed_form.seal_center is not None
    assert math.dist(seals[0].center, sealed_form.seal_center) < 0.1 * sealed_form.seal_radius
    assert abs(seals[0].radius - sealed_form.seal_radius) < 0.15 * sealed_form.seal_radius
    assert read_page(Page(0, "image", grey, dpi=300.0), "null").seal is True
    unstamped = _grey_copy(draw_form(seal=False).image)
    assert not P.detect_grey_seal(unstamped, dpi=300.0)
    assert read_page(Page(0, "image", unstamped, dpi=300.0), "null").seal is None


def test_grid_finds_digit_boxes_between_two_rulings() -> None:
    """18 digit boxes 40 px wide in a row 45 px high (too short for the page-scale opening): each box is a
    cell, found by the short vertical rulings that run from the top ruling to the bottom one; a
    character's stroke in the next cell, touching neither ruling, cuts no cell in two."""
    img = np.full((2000, 1000, 3), 255, np.uint8)
    top, bottom, left = 600, 645, 100
    for y in (top, bottom):
        cv2.line(img, (40, y), (960, y), (0, 0, 0), 2)
    for x in (40, 960):
        cv2.line(img, (x, top), (x, bottom), (0, 0, 0), 2)
    for i in range(19):
        x = left + 40 * i
        cv2.line(img, (x, top), (x, bottom), (0, 0, 0), 2)
    cv2.line(img, (900, top + 14), (900, bottom - 14), (0, 0, 0), 3)  # a stroke of a character
    boxes = [c.box for c in P.detect_grid(img).cells]
    digit = [b for b in boxes if 30 <= b[2] - b[0] <= 45 and b[1] >= top - 4 and b[3] <= bottom + 4]
    assert len(digit) == 18
    assert not any(880 <= b[0] <= 905 or 895 <= b[2] <= 920 for b in boxes)


def test_component_heights_count_every_component_once() -> None:
    """Three strokes, a ring with a dot inside its hole, and a speck: five components with their heights
    (the dot inside the ring is a component of its own, the ring's hole is none)."""
    mask = np.zeros((200, 300), np.uint8)
    cv2.rectangle(mask, (10, 10), (14, 60), 255, -1)  # 51 high
    cv2.rectangle(mask, (30, 10), (90, 14), 255, -1)  # 5 high
    cv2.circle(mask, (150, 100), 40, 255, 3)  # ring: 83 high
    cv2.rectangle(mask, (148, 98), (152, 102), 255, -1)  # dot in its hole: 5 high
    mask[180, 250] = 255  # speck: 1 high
    heights = sorted(P.component_heights(mask).tolist())
    assert heights[:4] == [1, 5, 5, 51] and 80 <= heights[4] <= 86 and len(heights) == 5
    stats = cv2.connectedComponentsWithStats(mask, connectivity=8)[2]
    assert heights == sorted(stats[1:, cv2.CC_STAT_HEIGHT].tolist())


def test_prepared_page_hands_its_ink_to_the_grid(sealed_form: Form) -> None:
    """An unstamped page's ink mask is made once, by the clean-up, and gives the grid the cells it finds
    on its own; a stamped page's OCR image is not the page (its seal is painted out), so no mask is kept."""
    prepared = P.prepare_page(draw_form(seal=False).image, detect_rotation=False, straighten=False)
    assert prepared.ink is not None and np.array_equal(prepared.ink, P.ink_mask(prepared.image))
    own = [c.box for c in P.detect_grid(prepared.image).cells]
    assert len(own) >= 12 and [c.box for c in P.detect_grid(prepared.image, mask=prepared.ink).cells] == own
    assert P.prepare_page(sealed_form.image, detect_rotation=False, straighten=False).ink is None


def _cells_labelling_the_whole_page(mask: np.ndarray, monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """detect_grid's cells when the rulings' box is taken as the whole page (the labelling before)."""
    real = cv2.boundingRect

    def page_box(m: np.ndarray) -> tuple[int, int, int, int]:
        return (1, 1, m.shape[1] - 2, m.shape[0] - 2) if m.shape == mask.shape else real(m)

    with monkeypatch.context() as mp:
        mp.setattr(P.cv2, "boundingRect", page_box)
        return [(c.box, c.row, c.col) for c in P.detect_grid(np.dstack([255 - mask] * 3), mask=mask).cells]


def test_grid_labels_the_rulings_box_only_with_the_same_cells(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the rulings' bounding box is labelled: the same cells as labelling the whole page, for tables
    that reach the page's edges, a frame round a table, and digit boxes nested in a cell."""
    mask = np.zeros((700, 900), np.uint8)
    for x in (0, 150, 300):  # a table at the page's top-left corner, its rulings on the edge
        cv2.line(mask, (x, 0), (x, 240), 255, 3)
    for y in (0, 80, 160, 240):
        cv2.line(mask, (0, y), (300, y), 255, 3)
    cv2.rectangle(mask, (380, 300), (880, 690), 255, 3)  # a frame round a second table
    for x in (420, 600, 840):
        cv2.line(mask, (x, 340), (x, 650), 255, 3)
    for y in (340, 440, 540, 650):
        cv2.line(mask, (420, y), (840, y), 255, 3)
    for i in range(6):  # digit boxes inside one cell
        cv2.rectangle(mask, (610 + 36 * i, 460), (640 + 36 * i, 520), 255, 2)
    cells = [(c.box, c.row, c.col) for c in P.detect_grid(np.dstack([255 - mask] * 3), mask=mask).cells]
    assert len(cells) >= 12
    assert cells == _cells_labelling_the_whole_page(mask, monkeypatch)
