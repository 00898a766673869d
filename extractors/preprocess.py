"""Image clean-up before OCR, and the things read from pixels rather than text: ruled cells, ticked
boxes and red seals.

Why hand-written OpenCV rather than a library: the pieces are small (projection profiles, morphology,
an HSV mask), every OCR-layout library we could install either pulls a deep-learning stack or downloads
models at run time, and here the forms are known: ruled tables, □ boxes, round red 公章.

Conventions: images are BGR ``uint8`` (grayscale accepted where noted); boxes are ``(x0, y0, x1, y1)``
in pixels of the image passed in; angles are degrees.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import cv2
import numpy as np

from dangan.errors import ExternalProgramError

Box = tuple[int, int, int, int]

# Working resolution for page-level analysis (orientation, skew): long side in pixels. Enough for
# 0.1° of skew resolution on A4 and ~10 px high characters, and 10x cheaper than 300 dpi.
ANALYSIS_SIDE = 1200


# --------------------------------------------------------------------------------------------- helpers


def to_gray(img: np.ndarray) -> np.ndarray:
    if img.ndim == 2:
        return img
    if img.shape[2] == 4:
        return cv2.cvtColor(img, cv2.COLOR_BGRA2GRAY)
    return cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)


def ink_gray(img: np.ndarray) -> np.ndarray:
    """Darkest channel: black print, blue/red pen and stamps all count as ink."""
    if img.ndim == 2:
        return img
    if img.shape[2] != 3 or not img.flags.c_contiguous:
        b, g, r = cv2.split(img)[:3]
        return cv2.min(cv2.min(b, g), r)
    # The page's rows as one channel (b g r b g r …): an erosion 3 wide takes the minimum of each pixel's
    # three values at its green position. The same values as split + min, 4-5x faster (split copies
    # every channel): ink_gray runs 3-4 times on every page.
    h, w = img.shape[:2]
    return np.ascontiguousarray(cv2.erode(img.reshape(h, 3 * w), _ROW3)[:, 1::3])


_ROW3 = np.ones((1, 3), np.uint8)


def flatten_paper(gray: np.ndarray, window: int = 61) -> np.ndarray:
    """``gray`` divided by its paper background (shadows, gradients, yellowing → 255).

    The background is a closing wider than strokes (``window`` px at 300 dpi scale) computed at
    quarter resolution: cheap, and it keeps thresholds meaningful on phone photos.
    """
    h, w = gray.shape[:2]
    s = 0.25 if min(h, w) >= 200 else 1.0
    small = cv2.resize(gray, (max(1, int(w * s)), max(1, int(h * s))), interpolation=cv2.INTER_AREA)
    k = max(3, int(window * s) | 1)
    bg = cv2.morphologyEx(small, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
    bg = cv2.medianBlur(bg, 5)
    if s != 1.0:
        bg = cv2.resize(bg, (w, h), interpolation=cv2.INTER_LINEAR)
    return cv2.divide(gray, np.maximum(bg, 1), scale=255)


# the paper's window of a page (``flatten_paper``'s default): a page whose short side is at least 8 times it
PAGE_WINDOW = 61


def paper_flattened(img: np.ndarray) -> np.ndarray:
    """The darkest channel divided by its paper, as ``ink_mask`` thresholds it (window ≤ ``PAGE_WINDOW``)."""
    gray = ink_gray(img)
    return flatten_paper(gray, window=max(15, min(PAGE_WINDOW, min(gray.shape[:2]) // 8)))


def ink_mask(img: np.ndarray, flatten: bool = True, *, flat: np.ndarray | None = None) -> np.ndarray:
    """Ink as 255: Otsu on the paper-flattened darkest channel (robust to shading and coloured pen).
    ``flat``: ``paper_flattened(img)``, when the caller has it already."""
    gray = flat if flat is not None else (paper_flattened(img) if flatten else ink_gray(img))
    _, mask = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    if cv2.countNonZero(mask) > 0.5 * mask.size:  # Otsu on an almost blank page splits the paper itself
        mask = np.where(gray < 128, 255, 0).astype(np.uint8)
    return mask


def _scaled(img: np.ndarray, side: int = ANALYSIS_SIDE) -> tuple[np.ndarray, float]:
    h, w = img.shape[:2]
    s = min(1.0, side / max(h, w))
    if s >= 1.0:
        return img, 1.0
    return cv2.resize(img, (max(1, round(w * s)), max(1, round(h * s))), interpolation=cv2.INTER_AREA), s


def _background_color(img: np.ndarray) -> tuple[int, ...]:
    """Paper colour: the per-channel 90th percentile (robust to text, lines and stamps)."""
    if img.ndim == 2:
        return (int(np.percentile(img[::4, ::4], 90)),)
    return tuple(int(np.percentile(img[::4, ::4, c], 90)) for c in range(img.shape[2]))


def rotate_image(img: np.ndarray, rotation: int) -> np.ndarray:
    """Rotate clockwise by 0/90/180/270 without resampling."""
    rotation %= 360
    if rotation == 0:
        return img
    code = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}[rotation]
    return cv2.rotate(img, code)


def _rotation_matrix(rotation: int, w: int, h: int) -> np.ndarray:
    """2x3 affine matrix mapping original pixel coordinates to those after ``rotate_image``."""
    rotation %= 360
    if rotation == 90:
        return np.array([[0.0, -1.0, h - 1.0], [1.0, 0.0, 0.0]])
    if rotation == 180:
        return np.array([[-1.0, 0.0, w - 1.0], [0.0, -1.0, h - 1.0]])
    if rotation == 270:
        return np.array([[0.0, 1.0, 0.0], [-1.0, 0.0, w - 1.0]])
    return np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])


def _remove_rulings(mask: np.ndarray) -> np.ndarray:
    """Drop long horizontal/vertical lines (table rulings) so they do not dominate text statistics."""
    h, w = mask.shape
    horiz = cv2.morphologyEx(
        mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(10, w // 12), 1))
    )
    vert = cv2.morphologyEx(
        mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(10, h // 12)))
    )
    return cv2.subtract(mask, cv2.bitwise_or(horiz, vert))


def _rotate_small(mask: np.ndarray, angle: float) -> np.ndarray:
    h, w = mask.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(mask, m, (w, h), flags=cv2.INTER_NEAREST, borderValue=0)


def component_heights(mask: np.ndarray) -> np.ndarray:
    """Heights of the 8-connected ink components of ``mask``, in no particular order.

    From the outer contours (every component has one, those inside another's hole too): the same heights
    as ``connectedComponentsWithStats``, whose statistics cost five times as much CPU on a page."""
    contours, hierarchy = cv2.findContours(mask, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return np.zeros(0, np.int32)
    outer = hierarchy[0][:, 3] == -1
    return np.array([cv2.boundingRect(c)[3] for c, o in zip(contours, outer, strict=True) if o], np.int32)


def _profile_sharpness(profile: np.ndarray) -> float:
    """How line-like a projection profile is: mean square over squared mean (scale-free).

    Text lines perpendicular to the projection make the profile alternate between empty gaps and
    full lines, which maximises this ratio; the same idea as Postl's skew criterion.
    """
    p = profile.astype(np.float64)
    mean = p.mean()
    return float((p * p).mean() / (mean * mean)) if mean > 0 else 0.0


# ----------------------------------------------------------------------------------------- orientation


def _without_large_components(mask: np.ndarray, longest: float) -> np.ndarray:
    """``mask`` without the components longer than ``longest`` either way: no character of a line is.
    A card's frame copied a little askew (rulings removal keeps a skewed frame), its photo, a seal's
    ring: smeared along the lines, they join every line of the card into one blob that is no line, and a
    small card on a sheet then has no line across (it was turned on its side)."""
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    big = np.maximum(stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]) > longest
    big[0] = False  # the background
    if n <= 1 or not big.any():
        return mask
    out = mask.copy()
    out[big[labels]] = 0
    return out


def _text_lines(mask: np.ndarray) -> list[Box]:
    """Horizontal text-line boxes in a binary ink mask: smear characters together along the line."""
    h = mask.shape[0]
    heights = component_heights(mask)
    heights = heights[(heights > 3) & (heights < h / 8)]
    if heights.size == 0:
        return []
    char_h = float(np.median(heights))
    mask = _without_large_components(mask, 4.0 * char_h)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, int(char_h * 1.2)), 1))
    smeared = cv2.dilate(mask, kernel)
    _, _, stats, _ = cv2.connectedComponentsWithStats(smeared, connectivity=8)
    out = []
    for x, y, bw, bh, _area in stats[1:]:
        if bh >= 0.5 * char_h and bh <= 2.5 * char_h and bw >= 3 * bh:
            out.append((int(x), int(y), int(x + bw), int(y + bh)))
    return out


def _by_line_width(mask: np.ndarray, fallback: int, sureness: float) -> int:
    """0 or 90 by the text lines, when they are surer than the projections (``sureness``: the ratio of
    the better projection to the other). A ruled page of short cell texts (户口簿 cards, members'
    blocks) lines its text up down the page as well as across, and rulings one row long stay in the
    mask, so its projections come out close or wrong. Smeared along its lines, text lying across makes
    long lines and text on its side does not: the total line length of the two ways, compared."""
    across = sum(b[2] - b[0] for b in _text_lines(mask))
    down = sum(b[2] - b[0] for b in _text_lines(rotate_image(mask, 90)))
    if max(across, down) / max(1, min(across, down)) <= sureness:
        return fallback
    return 0 if across > down else 90


_SQUARE = 1.25  # a cell whose longer side is no more than this times the shorter is square


def _by_cell_shape(small: np.ndarray, ink: np.ndarray) -> int | None:
    """0 or 90 by a ruled table's cells, or None when the page has none to say. Cells hold lines of text,
    so a printed table's cells are wider than tall (a 户口簿 card's label and value boxes, a form's member
    grid); on a page lying on its side they are taller than wide. A grid of short centred texts lines its
    text up down the page as well as across, where projections and line lengths come out close; the cells'
    shape does not. Said only for a table of twelve cells or more whose wide cells outweigh the tall ones
    (by area) four times or the other way round (a form's 18 boxes of an ID number are tall but small);
    a frame holding other cells does not count."""
    boxes = [c.box for c in detect_grid(small, mask=ink).cells]
    # a frame around the others (the scan's edge, a card's outline) is no cell of text
    boxes = [
        b
        for b in boxes
        if not any(
            o is not b and b[0] <= (o[0] + o[2]) / 2 <= b[2] and b[1] <= (o[1] + o[3]) / 2 <= b[3]
            for o in boxes
        )
    ]
    # a box a third of the page or more holds no line of text but a pasted paper (a 票据粘贴单's pasting
    # area, the receipts inside it not ruled cells) or a blank to write in: its shape says nothing
    page = small.shape[0] * small.shape[1]
    boxes = [b for b in boxes if (b[2] - b[0]) * (b[3] - b[1]) < page / 3]
    if len(boxes) < 12:
        return None
    wide = tall = 0
    for b in boxes:
        w, h = b[2] - b[0], b[3] - b[1]
        # a box about as tall as wide holds one character (an ID number's 18 boxes, a tick box), not a
        # line: it says nothing of the way the text runs, however many there are
        if w > _SQUARE * h:
            wide += w * h
        elif h > _SQUARE * w:
            tall += w * h
    if wide >= 4 * tall:
        return 0
    if tall >= 4 * wide:
        return 90
    return None


def _upright_votes(gray: np.ndarray, lines: list[Box], ocr: Any | None) -> float:
    """Evidence that horizontal text in ``gray`` is upright (> 0) rather than upside down (< 0).

    Uses RapidOCR's text-direction classifier (bundled, ~20 ms for a dozen lines) on the widest line
    crops; with another engine compares its confidence on each crop and on the crop turned 180°.
    """
    if not lines:
        return 0.0
    lines = sorted(lines, key=lambda b: b[2] - b[0], reverse=True)[:12]
    h, w = gray.shape[:2]
    crops = []
    for x0, y0, x1, y1 in lines:
        pad = max(2, (y1 - y0) // 6)
        crop = gray[max(0, y0 - pad) : min(h, y1 + pad), max(0, x0 - pad) : min(w, x1 + pad)]
        if crop.size:
            crops.append(cv2.cvtColor(crop, cv2.COLOR_GRAY2BGR))
    if ocr is None or hasattr(ocr, "text_direction"):
        if ocr is None:
            from dangan.extractors.ocr import get_engine

            ocr = get_engine("rapidocr")
        votes = 0.0
        for angle, score in ocr.text_direction(crops):
            votes += score if angle == 0 else -score
        return votes
    votes = 0.0
    for crop in crops[:4]:  # whole-line OCR is ~0.1-0.5 s a call: a few lines suffice
        try:
            up = ocr.read_cell(crop)
            down = ocr.read_cell(cv2.rotate(crop, cv2.ROTATE_180))
        except ExternalProgramError:
            continue  # tesseract crashes on some crops (SIGFPE): no evidence either way, not a lost page
        votes += (up.confidence if up else 0.0) - (down.confidence if down else 0.0)
    return votes


def _best_angle(mask: np.ndarray, axis: int, angles: np.ndarray) -> tuple[float, float]:
    """(sharpness, angle) of the best projection over ``angles``; axis 1 = row profile.

    The profile of the mask rotated by ``a`` is computed from the ink pixels' coordinates (rotate the
    points, count them per row or column) instead of rotating the whole image: the same profile as
    ``_rotate_small(mask, a).sum(axis)`` up to rounding, at a fraction of the cost (a page is ~5 % ink).
    """
    h, w = mask.shape
    ys, xs = np.nonzero(mask)
    if ys.size == 0:
        return (0.0, float(angles[0]) if len(angles) else 0.0)
    px, py = xs.astype(np.float32) - w / 2, ys.astype(np.float32) - h / 2
    best = (-1.0, 0.0)
    for a in angles:
        # the forward map of cv2.getRotationMatrix2D(centre, a, 1): counter-clockwise by a degrees
        c, s = math.cos(math.radians(float(a))), math.sin(math.radians(float(a)))
        rx = np.rint(c * px + s * py + w / 2).astype(np.int32)
        ry = np.rint(-s * px + c * py + h / 2).astype(np.int32)
        keep = (rx >= 0) & (rx < w) & (ry >= 0) & (ry < h)
        prof = np.bincount(ry[keep], minlength=h) if axis == 1 else np.bincount(rx[keep], minlength=w)
        score = _profile_sharpness(prof)
        if score > best[0]:
            best = (score, float(a))
    return best


def detect_orientation(
    img: np.ndarray,
    ocr: Any | None = None,
    scaled: tuple[np.ndarray, float] | None = None,
    small_ink: np.ndarray | None = None,
) -> int:
    """Clockwise rotation (0, 90, 180 or 270) that makes the page upright: ``rotate_image(img, r)``.

    90 vs 0: text lines make the projection across them sharp (profile of rows for horizontal text),
    searched over ±10° so a skewed page still decides. 180 vs 0: projections cannot tell, so a
    text-direction model decides on straightened line crops (RapidOCR's classifier by default, or
    ``ocr``'s confidence on each crop and the crop turned 180°). ``scaled``: ``_scaled(img)``, when
    the caller has made it already, and ``small_ink``: ``ink_mask`` of its image.
    """
    small, scale = scaled or _scaled(img)
    mask = _remove_rulings(ink_mask(small) if small_ink is None else small_ink)
    if cv2.countNonZero(mask) < 50:
        return 0  # blank page
    printed = mask
    if small.ndim == 3:
        # a large round 公章 on a sparse page (户口簿, 证明) outweighs the text in the projections:
        # decide 0 vs 90 on the print alone, unless (nearly) everything on the page is red
        no_red = cv2.bitwise_and(mask, cv2.bitwise_not(red_mask(small)))
        if cv2.countNonZero(no_red) >= max(300, 0.05 * cv2.countNonZero(mask)):
            printed = no_red
    coarse = np.arange(-10.0, 10.01, 2.0)
    rows = _best_angle(printed, 1, coarse)
    cols = _best_angle(printed, 0, coarse)
    base = 0 if rows[0] >= cols[0] else 90
    sureness = max(rows[0], cols[0]) / max(1e-9, min(rows[0], cols[0]))
    if sureness < 2.5:  # projections this far apart were never wrong on the seen corpora: skip the cost
        by_cells = _by_cell_shape(small, ink_mask(small) if small_ink is None else small_ink)
        base = by_cells if by_cells is not None else _by_line_width(printed, base, sureness)
    mask = rotate_image(mask, base)
    # straighten before cutting lines: a 4° skew turns a line crop into a staircase
    around = rows[1] if base == 0 else cols[1]  # rotations commute: the angle survives the quarter turn
    angle = _best_angle(mask, 1, np.arange(around - 1.5, around + 1.51, 0.5))[1]
    mask = _rotate_small(mask, angle)
    lines = _text_lines(mask)
    # crop from the full-resolution page (the classifier wants ~48 px high lines), same geometry
    full = ink_gray(rotate_image(img, base))
    if angle:  # the identity warp of a straight page would cost a copy of the page for nothing
        full = cv2.warpAffine(
            full,
            cv2.getRotationMatrix2D((full.shape[1] / 2, full.shape[0] / 2), angle, 1.0),
            (full.shape[1], full.shape[0]),
            flags=cv2.INTER_LINEAR,
            borderValue=255,
        )
    lines = [
        (int(x0 / scale), int(y0 / scale), int(x1 / scale) + 1, int(y1 / scale) + 1)
        for x0, y0, x1, y1 in lines
    ]
    real = [b for b in lines if b[3] - b[1] >= 12 and b[2] - b[0] >= 4 * (b[3] - b[1])]  # not specks
    if len(real) < 4 and ocr is not None and hasattr(ocr, "detect_boxes"):
        # a ruled card holds short words in its cells, too short for line smearing: ask the text
        # detector for the lines (only sparse pages pay for it)
        found = [
            b
            for b in ocr.detect_boxes(cv2.cvtColor(full, cv2.COLOR_GRAY2BGR))
            if b[2] - b[0] >= 2 * (b[3] - b[1])
        ]
        if len(found) > len(lines):
            lines = found
    votes = _upright_votes(full, lines, ocr)
    return (base + (180 if votes < 0 else 0)) % 360


# ---------------------------------------------------------------------------------------------- deskew


def estimate_skew(
    img: np.ndarray,
    max_angle: float = 10.0,
    scaled: tuple[np.ndarray, float] | None = None,
    small_ink: np.ndarray | None = None,
) -> float:
    """Skew of horizontal text in degrees, counter-clockwise positive (OpenCV's convention).

    Projection-profile search: 0.5° steps over ±max_angle, then 0.05° steps around the best.
    More robust than minAreaRect or Hough on pages mixing text, rulings and stamps. ``scaled``:
    ``_scaled(img)``, when the caller has made it already, and ``small_ink``: ``ink_mask`` of its image.
    """
    small, _ = scaled or _scaled(img)
    mask = ink_mask(small) if small_ink is None else small_ink
    if cv2.countNonZero(mask) < 50:
        return 0.0
    # rotating by -a undoes a skew of a
    _, best = _best_angle(mask, 1, -np.arange(-max_angle, max_angle + 1e-9, 0.5))
    _, best = _best_angle(mask, 1, np.arange(best - 0.5, best + 0.5 + 1e-9, 0.05))
    return round(-best, 2)


def rotate_by(img: np.ndarray, angle: float) -> tuple[np.ndarray, np.ndarray]:
    """Rotate by ``angle`` degrees (CCW positive) about the centre, same size, paper-coloured corners.
    Returns the image and the 2x3 matrix that maps input to output pixel coordinates."""
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    out = cv2.warpAffine(
        img,
        m,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=_background_color(img),
    )
    return out, m


def deskew(img: np.ndarray, max_angle: float = 10.0, min_angle: float = 0.1) -> tuple[np.ndarray, float]:
    """Straighten a page; returns ``(image, skew)`` where ``skew`` was the measured skew (0 if none).

    Skews under ``min_angle`` are left alone: resampling blurs text for no gain.
    """
    skew = estimate_skew(img, max_angle)
    if abs(skew) < min_angle:
        return img, 0.0
    out, _ = rotate_by(img, -skew)
    return out, skew


# ------------------------------------------------------------------------------------------- clean-up


def normalise_illumination(img: np.ndarray, window: int = 61) -> np.ndarray:
    """Divide by an estimate of the paper (shadows, yellowed paper, phone-photo vignetting → white).

    The background is a grayscale closing (removes dark strokes narrower than ``window`` px at 300 dpi)
    computed at quarter resolution for speed, then per channel division so red seals stay red.
    """
    h, w = img.shape[:2]
    s = 0.25
    small = cv2.resize(img, (max(1, int(w * s)), max(1, int(h * s))), interpolation=cv2.INTER_AREA)
    k = max(3, int(window * s) | 1)
    bg = cv2.morphologyEx(small, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
    bg = cv2.medianBlur(bg, 5)
    bg = cv2.resize(bg, (w, h), interpolation=cv2.INTER_LINEAR)
    out = cv2.divide(img, np.maximum(bg, 1), scale=255)
    return out


def denoise(img: np.ndarray, max_speck: int = 9, mask: np.ndarray | None = None) -> np.ndarray:
    """Remove isolated specks (scanner dust, toner dots) of at most ``max_speck`` pixels.

    Why not a median or NL-means filter: they also thin strokes and punctuation (、。and the decimal
    point), which OCR needs; a speck filter removes only what no character is made of.
    """
    mask = ink_mask(img) if mask is None else mask
    # labels and a count per label: a quarter of the CPU of OpenCV's full statistics, of which only the
    # area is needed here; counted and painted over the ink pixels only (a page is ~5 % ink), half the
    # CPU of counting and indexing every pixel's label
    n, labels = cv2.connectedComponents(mask, connectivity=8)
    ys, xs = np.nonzero(mask)
    own = labels[ys, xs]
    small = np.bincount(own, minlength=n) <= max_speck
    small[0] = False  # the paper
    if not small.any():
        return img
    speck = small[own]
    out = img.copy()
    out[ys[speck], xs[speck]] = _background_color(img)
    return out


def clahe(img: np.ndarray, clip: float = 2.0) -> np.ndarray:
    """Local contrast for faint pencil or carbon copies (on the L channel, colours kept)."""
    op = cv2.createCLAHE(clipLimit=clip, tileGridSize=(8, 8))
    if img.ndim == 2:
        return op.apply(img)
    lab = cv2.cvtColor(img, cv2.COLOR_BGR2LAB)
    lab[:, :, 0] = op.apply(lab[:, :, 0])
    return cv2.cvtColor(lab, cv2.COLOR_LAB2BGR)


# ------------------------------------------------------------------------------------------------ grid


@dataclass(frozen=True)
class Cell:
    box: Box
    row: int
    col: int


@dataclass
class Grid:
    """Cells of the ruled tables on a page, row-major; on forms a label cell precedes its value cell."""

    cells: list[Cell] = field(default_factory=list)
    h_lines: list[int] = field(default_factory=list)  # y of horizontal rulings
    v_lines: list[int] = field(default_factory=list)  # x of vertical rulings

    def rows(self) -> list[list[Cell]]:
        out: dict[int, list[Cell]] = {}
        for c in self.cells:
            out.setdefault(c.row, []).append(c)
        return [out[k] for k in sorted(out)]

    def cell_at(self, x: float, y: float) -> Cell | None:
        for c in self.cells:
            if c.box[0] <= x <= c.box[2] and c.box[1] <= y <= c.box[3]:
                return c
        return None

    def right_of(self, cell: Cell) -> Cell | None:
        """The value cell of a label cell: next cell in the same row."""
        row = [c for c in self.cells if c.row == cell.row and c.col == cell.col + 1]
        return row[0] if row else None

    def __len__(self) -> int:
        return len(self.cells)


def _line_positions(mask: np.ndarray, axis: int) -> list[int]:
    """Centres of the ruling lines in a line mask (runs of non-empty rows/columns)."""
    prof = (mask > 0).sum(axis=axis)
    on = prof > 0.5 * prof.max() if prof.max() > 0 else prof > 0
    out, start = [], None
    for i, v in enumerate(on):
        if v and start is None:
            start = i
        elif not v and start is not None:
            out.append((start + i - 1) // 2)
            start = None
    if start is not None:
        out.append((start + len(on) - 1) // 2)
    return out


def detect_grid(img: np.ndarray, min_cell: int = 20, mask: np.ndarray | None = None) -> Grid:
    """Ruled-table cells: long horizontal and vertical strokes by morphological opening, then the
    regions they enclose. Merged cells stay merged (one box); gaps of a few pixels in scanned
    rulings are closed first. Cells are numbered row by row (rows clustered by top edge). ``mask``:
    ``ink_mask(img)``, when the caller has it already. A table printed with a frame and thin grey inner
    rules has those rules added (``_faint_rulings``) within the frame's cells."""
    mask = ink_mask(img) if mask is None else mask
    h, w = mask.shape
    long_h = cv2.getStructuringElement(cv2.MORPH_RECT, (max(20, w // 25), 1))
    long_v = cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(20, h // 40)))
    horiz = cv2.morphologyEx(mask, cv2.MORPH_OPEN, long_h)
    vert = cv2.morphologyEx(mask, cv2.MORPH_OPEN, long_v)
    grid = _grid_of(mask, horiz, vert, min_cell)
    if not grid.cells:
        return grid
    x0, y0 = min(c.box[0] for c in grid.cells), min(c.box[1] for c in grid.cells)
    x1, y1 = max(c.box[2] for c in grid.cells), max(c.box[3] for c in grid.cells)
    if x1 - x0 < TABLE_WIDTH_SHARE * w:
        return grid  # no printed table across the page to hold thin rules (a card copied onto the sheet)
    faint_h, faint_v = _faint_rulings(img, long_h, long_v, horiz, vert)
    if cv2.countNonZero(faint_h) == 0 and cv2.countNonZero(faint_v) == 0:
        return grid
    inside = np.zeros_like(mask)
    inside[max(0, y0 - 3) : y1 + 3, max(0, x0 - 3) : x1 + 3] = 255
    faint_h, faint_v = cv2.bitwise_and(faint_h, inside), cv2.bitwise_and(faint_v, inside)
    if cv2.countNonZero(faint_h) == 0 and cv2.countNonZero(faint_v) == 0:
        return grid
    return _grid_of(mask, cv2.bitwise_or(horiz, faint_h), cv2.bitwise_or(vert, faint_v), min_cell)


# a table whose printed frame spans this share of the page's width may hold thin grey inner rules; a
# card photocopied onto A4 (86 mm of 210, enlarged up to ~1.4x) is narrower
TABLE_WIDTH_SHARE = 0.6


def _grid_of(mask: np.ndarray, horiz: np.ndarray, vert: np.ndarray, min_cell: int) -> Grid:
    """The cells the long strokes ``horiz`` and ``vert`` (openings of ``mask``) enclose."""
    h, w = mask.shape
    # bridge small breaks and make crossings meet
    horiz = cv2.dilate(horiz, cv2.getStructuringElement(cv2.MORPH_RECT, (15, 3)))
    vert = cv2.bitwise_or(vert, _short_rulings(mask, horiz))
    vert = cv2.dilate(vert, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 15)))
    lines = cv2.bitwise_or(horiz, vert)
    if cv2.countNonZero(vert) == 0 or cv2.countNonZero(horiz) == 0:
        return Grid()
    # Cells lie inside the rulings' bounding box, so only that box (and a pixel of paper round it) is
    # labelled: a region touching the box's edge joins the paper outside it, which reaches the page's edge,
    # and is dropped either way; every other region is the same set of pixels as on the whole page (the
    # labelling was ~2/3 of the grid's CPU on a form, and ran over the whole page).
    bx, by, bw_, bh_ = cv2.boundingRect(lines)
    ox, oy = max(0, bx - 1), max(0, by - 1)
    cw, ch = min(w, bx + bw_ + 1) - ox, min(h, by + bh_ + 1) - oy
    n, labels, stats, _ = cv2.connectedComponentsWithStats(
        cv2.bitwise_not(lines[oy : oy + ch, ox : ox + cw]), connectivity=4
    )
    boxes: list[Box] = []
    for i, (x, y, bw, bh, area) in enumerate(stats[1:] if n > 1 else [], 1):
        if x == 0 or y == 0 or x + bw >= cw or y + bh >= ch:
            continue  # the page outside the tables
        if bw < min_cell or bh < min_cell:
            continue  # slivers
        if area < 0.5 * bw * bh and not _holds_nested(labels, stats, i):
            continue  # non-rectangular leftovers
        boxes.append((int(x + ox), int(y + oy), int(x + ox + bw), int(y + oy + bh)))
    cells = _row_major(boxes)
    return Grid(cells, _line_positions(horiz, 1), _line_positions(vert, 0))


def _faint_rulings(
    img: np.ndarray, long_h: np.ndarray, long_v: np.ndarray, horiz: np.ndarray, vert: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """A table's thin grey rulings that the print's threshold missed (a 1-px rule at grey 85, thinner
    still once a 300-dpi scan is reduced, falls above the page's Otsu threshold, and the rows and columns
    it parts were one cell): long runs of pixels clearly darker than the paper, at most 3 px thick (a
    grey fill or a card's shading is no ruling), away from the rulings already found (so those stay as
    they were). Horizontal and vertical."""
    gray = ink_gray(img)
    paper = float(np.percentile(gray[::4, ::4], 90))
    faint = (gray < paper - max(40.0, 0.2 * paper)).astype(np.uint8) * 255
    out = []
    for kernel, found, across in ((long_h, horiz, (1, 5)), (long_v, vert, (5, 1))):
        runs = cv2.morphologyEx(faint, cv2.MORPH_OPEN, kernel)
        if cv2.countNonZero(runs) == 0:
            out.append(runs)
            continue
        thick = cv2.morphologyEx(runs, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, across))
        near = cv2.dilate(found, cv2.getStructuringElement(cv2.MORPH_RECT, (across[0] + 4, across[1] + 4)))
        out.append(cv2.bitwise_and(cv2.subtract(runs, thick), cv2.bitwise_not(near)))
    return out[0], out[1]


def _holds_nested(labels: np.ndarray, stats: np.ndarray, i: int) -> bool:
    """Whether component ``i``, a cell that is no rectangle, is one because boxes are ruled inside it (an
    ID number in 18 digit boxes inside a member-table cell): every other region within its bounding box
    lies wholly inside it. A leftover between merged cells has regions that reach out of its box."""
    x, y, bw, bh, _ = stats[i]
    crop = labels[y : y + bh, x : x + bw]
    others = np.unique(crop)
    others = others[(others != 0) & (others != i)]
    if others.size == 0:
        return False
    ox, oy, ow, oh = stats[others, 0], stats[others, 1], stats[others, 2], stats[others, 3]
    return bool(np.all((ox >= x) & (oy >= y) & (ox + ow <= x + bw) & (oy + oh <= y + bh)))


def _short_rulings(mask: np.ndarray, horiz: np.ndarray) -> np.ndarray:
    """Vertical rulings too short for the page-scale opening (a low header row, digit boxes): vertical
    strokes that run from one horizontal ruling to another. A character's stroke inside a cell stops
    short of the rulings, so it is not taken."""
    h, w = mask.shape
    k = max(12, h // 160)
    cand = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, k)))
    # the strokes' outlines, not labelled components: a vertical opening leaves strokes without holes, so
    # each outer contour is one 8-connected stroke, found at a twentieth of the cost of labelling the page
    contours, _ = cv2.findContours(cand, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    out = np.zeros_like(mask)
    if not contours:
        return out
    x, y, bw, bh = np.array([cv2.boundingRect(c) for c in contours]).T
    # a ruling within 4 px (vertically) and 3 px (horizontally) of a stroke's end: one dilation and a
    # lookup per stroke instead of a Python loop over the thousands of strokes of a form
    near = cv2.dilate(horiz, cv2.getStructuringElement(cv2.MORPH_RECT, (7, 9))) > 0
    cx = x + bw // 2
    keep = (bw <= max(8, w // 250)) & near[y, cx] & near[np.minimum(h - 1, y + bh - 1), cx]
    cv2.drawContours(
        out, [c for c, k in zip(contours, keep, strict=True) if k], -1, 255, thickness=cv2.FILLED
    )
    return cv2.bitwise_and(out, cand)


def _row_major(boxes: list[Box]) -> list[Cell]:
    if not boxes:
        return []
    boxes = sorted(boxes, key=lambda b: (b[1], b[0]))
    tol = max(8, int(np.median([b[3] - b[1] for b in boxes]) * 0.4))
    cells: list[Cell] = []
    row, row_top = -1, -(10**9)
    current: list[Box] = []

    def flush() -> None:
        for col, b in enumerate(sorted(current, key=lambda b: b[0])):
            cells.append(Cell(b, row, col))

    for b in boxes:
        if b[1] - row_top > tol:
            flush()
            current = []
            row += 1
            row_top = b[1]
        current.append(b)
    flush()
    return cells


# ------------------------------------------------------------------------------------------ checkboxes


class Checkbox(NamedTuple):
    """A □ on the page: ``box, ticked = checkbox`` works like the plain pair."""

    box: Box
    ticked: bool


CHECK_FILL = 0.06  # an empty □ has ~0 ink inside; ✓ √ × ☑ ☒ 0.10-0.30; ■ ~1
FILLED = 0.85  # inked nearly solid inside: a box blacked out, never the strokes of a character


def _fixed_ink(
    img: np.ndarray, level: int = 160, flatten: bool = False, flat: np.ndarray | None = None
) -> np.ndarray:
    """Ink by a fixed level relative to the paper: Otsu is meaningless on a crop that is nearly all
    paper (an empty □). The darkest channel counts, so ticks in red or blue pen are ink. A page is
    flattened first (shading); a small crop is scaled by its own paper level. ``flat``: the page's
    ``paper_flattened``, used when it was flattened with the same window (a page, not a small crop)."""
    if flatten and flat is not None and flat.shape == img.shape[:2] and min(flat.shape) // 8 >= PAGE_WINDOW:
        return _below(flat, level)
    gray = ink_gray(img)
    if flatten:
        gray = flatten_paper(gray)
    else:
        paper = max(1.0, float(np.percentile(gray, 90)))
        gray = np.clip(gray.astype(np.float32) * (255.0 / paper), 0, 255)
    return _below(gray, level)


def _below(gray: np.ndarray, level: int) -> np.ndarray:
    """255 where ``gray`` < ``level``, else 0 (uint8): a comparison's bytes times 255, not ``np.where``'s
    int64 page."""
    return (gray < level).view(np.uint8) * np.uint8(255)


def _inner(mask: np.ndarray, box: Box, inset: float = 0.2) -> np.ndarray:
    x0, y0, x1, y1 = box
    dx, dy = round((x1 - x0) * inset), round((y1 - y0) * inset)
    return mask[y0 + dy : y1 - dy, x0 + dx : x1 - dx]


def _fill(inner: np.ndarray) -> float:
    return float(cv2.countNonZero(inner)) / inner.size if inner.size else 0.0


def _straight_strokes(mask: np.ndarray, length: int) -> np.ndarray:
    """Only horizontal and vertical strokes at least ``length`` long: box edges survive, ticks do not."""
    length = max(3, length)
    h = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1)))
    v = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, length)))
    return cv2.bitwise_or(h, v)


def _square_contours(mask: np.ndarray, min_side: int, max_side: int) -> list[Box]:
    """Square outlines in ``mask`` (squares formed by its straight strokes), outermost only."""
    lines = _straight_strokes(mask, int(min_side * 0.6))
    contours, _ = cv2.findContours(lines, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    out: list[Box] = []
    for c in contours:
        x, y, w, h = cv2.boundingRect(c)
        if not (min_side <= w <= 1.5 * max_side and min_side <= h <= 1.5 * max_side):
            continue
        peri = cv2.arcLength(c, True)
        approx = cv2.approxPolyDP(c, 0.06 * peri, True)
        clean = len(approx) == 4 and cv2.isContourConvex(approx) and cv2.contourArea(c) >= 0.75 * w * h
        if clean and w <= max_side and h <= max_side and 0.8 <= w / h <= 1.25:
            out.append((x, y, x + w, y + h))
        elif not clean and 0.6 <= w / h <= 1.7:
            found = _ruled_square(lines, (x, y, x + w, y + h), min_side, max_side)
            # only a mark breaks a box's outline: an empty box is clean, so an empty square here is a glyph
            if found is not None and _fill(_inner(mask, found)) > CHECK_FILL:
                out.append(found)
    out.sort(key=lambda b: (b[2] - b[0]) * (b[3] - b[1]), reverse=True)
    kept: list[Box] = []
    for b in out:  # the inner edge of a square's stroke is a second, smaller square: keep the outer
        if not any(k[0] <= b[0] and k[1] <= b[1] and b[2] <= k[2] and b[3] <= k[3] for k in kept):
            kept.append(b)
    return kept


def _ruled_square(lines: np.ndarray, rect: Box, min_side: int, max_side: int) -> Box | None:
    """The square inside an outline that a mark made irregular: a hand tick or cross drawn thick across
    a small box leaves bits of its strokes on the box's edges after the opening, so the outline is no
    longer four corners. Its edges are still the rows and columns most covered by ink in each half of
    the outline's box; each must run along ≥ 80 % of its side."""
    x0, y0, x1, y1 = rect
    part = lines[y0:y1, x0:x1] > 0
    h, w = part.shape
    rows, cols = part.sum(axis=1), part.sum(axis=0)
    top, bottom = int(np.argmax(rows[: h // 2])), h // 2 + int(np.argmax(rows[h // 2 :]))
    left, right = int(np.argmax(cols[: w // 2])), w // 2 + int(np.argmax(cols[w // 2 :]))
    sw, sh = right - left + 1, bottom - top + 1
    if not (min_side <= sw <= max_side and min_side <= sh <= max_side and 0.8 <= sw / sh <= 1.25):
        return None
    edges = (
        part[top, left : right + 1],
        part[bottom, left : right + 1],
        part[top : bottom + 1, left],
        part[top : bottom + 1, right],
    )
    if min(float(e.mean()) for e in edges) < 0.8:
        return None
    return (x0 + left, y0 + top, x0 + right + 1, y0 + bottom + 1)


def checkbox_fill(roi: np.ndarray) -> float:
    """Ink fraction of the inner area of the square in ``roi`` (the whole roi if no square is found)."""
    mask = _fixed_ink(roi)
    h, w = mask.shape
    squares = _square_contours(mask, max(6, min(h, w) // 4), max(h, w) + 1)
    box = squares[0] if squares else (0, 0, w, h)
    return _fill(_inner(mask, box))


def read_checkbox(roi: np.ndarray, threshold: float = CHECK_FILL) -> bool:
    """Is the box in ``roi`` (a crop around one □) ticked? Ink fraction inside the square's inner area.

    Any mark counts (☑, ■, ✓, ✗, a hand tick overshooting the square): forms are ticked, not filled in.
    """
    return checkbox_fill(roi) > threshold


def _looks_like_glyph(mask: np.ndarray, box: Box, max_border: float | None = None) -> bool:
    """Is this square an enclosure character (困, 因, 国, 图, 日, 田) rather than a marked □?

    What is inside an enclosure character is made of horizontal and vertical strokes, whereas
    ticks and crosses are diagonal and a ■ is solid. (Neighbouring ink says nothing: forms print both
    "□已婚" and "已婚□" with almost no gap, and hand ticks overshoot the box.)
    """
    border = _border_thickness(mask, box)
    inner = _inner(mask, box)
    fill = _fill(inner)
    if border > 0.4:  # ink all the way in: a solid ■, or a dense small character (日 in 偶 at 9 pt)
        return fill < SOLID
    if border > (MAX_BORDER if max_border is None else max_border):
        return True  # bold enclosure (国, 圆 in a heading): printed boxes have hairline borders
    if fill <= CHECK_FILL or fill >= FILLED:
        return False
    straight = _straight_strokes(inner, int(min(inner.shape) * 0.5))
    if cv2.countNonZero(straight) <= 0.4 * cv2.countNonZero(inner):
        return False
    # the crossing of a hand cross or the heel of a tick also survives the opening in a small box; the
    # direction of the ink tells them apart (enclosure characters drawn in four fonts at 14-40 px: ≥ 0.37
    # of the edge strength on horizontal/vertical edges and ink along diagonals ≤ 1.12 times as
    # concentrated as along rows or columns; ✓ × ☒ and hand ticks mostly 0.1-0.3 and 1.2-2.8)
    return _axis_edge_share(inner) > AXIS_EDGES and _diagonal_ratio(inner) <= DIAGONAL_RATIO


MAX_BORDER = 0.13  # border stroke / side: printed □ 0.05-0.10, bold 囗 of 国/圆 ~0.15
AXIS_EDGES = 0.35  # share of edge strength within 15° of horizontal/vertical: strokes of a character
SOLID = 0.75  # inner ink of a ■ (0.95-1.0) or a box filled in by pen; dense small characters 0.5-0.7
DIAGONAL_RATIO = 1.2  # ink along a diagonal / along a row or column, at most, for a character


def _diagonal_ratio(mask: np.ndarray) -> float:
    """How much more the ink gathers on one diagonal line than on one row or column (3 px wide): the
    strokes of a tick or cross lie on diagonals, a character's inner strokes on rows and columns. Edge
    directions alone blur in a box 11 px wide, where a thin diagonal is a staircase."""
    ys, xs = np.nonzero(mask)
    if xs.size == 0:
        return 0.0

    def peak(v: np.ndarray) -> float:
        return float(np.convolve(np.bincount(v - v.min()), np.ones(3), "same").max())

    return max(peak(xs + ys), peak(xs - ys)) / max(peak(xs), peak(ys))


def _axis_edge_share(mask: np.ndarray) -> float:
    """Share of the ink's edge strength on edges within 15° of horizontal or vertical."""
    f = cv2.GaussianBlur(mask.astype(np.float32), (3, 3), 0)
    gx, gy = cv2.Sobel(f, cv2.CV_32F, 1, 0), cv2.Sobel(f, cv2.CV_32F, 0, 1)
    mag = np.hypot(gx, gy)
    if not mag.any():
        return 0.0
    mag[mag < 0.2 * mag.max()] = 0
    angle = np.degrees(np.arctan2(gy, gx)) % 90
    axis = (angle < 15) | (angle > 75)
    return float(mag[axis].sum() / mag.sum())


def _border_thickness(mask: np.ndarray, box: Box, thinnest: bool = False) -> float:
    """Median ink run inward from the four sides of ``box`` (sampled at 30-70 % along each side),
    as a fraction of the side: the stroke width of the square's outline. ``thinnest``: the median of
    the thinnest side alone (a mark that touches the outline thickens the sides it reaches)."""
    x0, y0, x1, y1 = box
    side = max(1, min(x1 - x0, y1 - y0))
    runs: list[list[int]] = [[], [], [], []]
    for f in (0.3, 0.4, 0.5, 0.6, 0.7):
        x = x0 + int((x1 - x0) * f)
        y = y0 + int((y1 - y0) * f)
        sides = (mask[y0:y1, x], mask[y0:y1, x][::-1], mask[y, x0:x1], mask[y, x0:x1][::-1])
        for k, line in enumerate(sides):
            on = line > 0
            start = int(np.argmax(on[:3])) if on[:3].any() else None
            if start is None:
                continue
            off = np.flatnonzero(~on[start:])
            runs[k].append(int(off[0]) if off.size else len(on) - start)
    if thinnest:
        widths = [float(np.median(r)) for r in runs if r]
        return min(widths) / side if widths else 0.0
    every = [v for r in runs for v in r]
    return float(np.median(every)) / side if every else 0.0


def find_checkboxes(
    img: np.ndarray, dpi: float = 300.0, threshold: float = CHECK_FILL, flat: np.ndarray | None = None
) -> list[Checkbox]:
    """All □-like squares between 1.8 and 8 mm with their tick state, in reading order, and every hand
    drawn ring around an option (圈选) as a ticked box the size of the ring.

    A box is ticked when its inner area holds clearly more ink than an empty box: ``threshold`` more
    than the page's emptier boxes (on a dark photocopy their paper is grey).

    Known limit: the character 口 (alone or in 号, 叶, 品 …) is an empty square too and is reported as
    an unticked box; a box means something only next to an option label, which the caller knows.
    Enclosure characters with strokes inside (困, 国, 日) are recognised and dropped, so a character
    is never reported as a *ticked* box. ``flat``: ``paper_flattened(img)``, when the caller has it.
    """
    mask = _fixed_ink(img, flatten=True, flat=flat)
    min_side, max_side = round(1.8 / 25.4 * dpi), round(8 / 25.4 * dpi)
    squares = _square_contours(mask, min_side, max_side)
    boxes = [b for b in squares if not _looks_like_glyph(mask, b)]
    boxes += _same_pen_boxes(mask, [b for b in squares if b not in boxes], boxes)
    boxes.sort(key=lambda b: (round(b[1] / max(1, min_side)), b[0]))
    fills = [_fill(_inner(mask, b)) for b in boxes]
    level = threshold
    if len(fills) >= 4:  # most boxes of a form are empty: their lower quartile is the paper's own grey
        level = threshold + float(np.percentile(fills, 25))
    found = [Checkbox(b, f > level) for b, f in zip(boxes, fills, strict=True)]
    found += [Checkbox(r, True) for r in find_rings(mask, dpi, avoid=boxes, outlines=squares)]
    return found


def _same_pen_boxes(mask: np.ndarray, rejected: list[Box], boxes: list[Box]) -> list[Box]:
    """Squares put aside as bold that are drawn like the page's boxes: as large (within 20 %) and
    with an outline at most a pixel thicker than theirs. On a blurred or low-resolution scan a printed
    box's hairline spreads to 3 px of a 20 px side, as thick for its size as a bold 国; the page's own
    boxes show what its pen looks like. A bold character is thick on every side, a box a mark touches
    only where it touches: its thinnest side is compared. What is inside still tells characters apart."""
    if len(boxes) < 3 or not rejected:
        return []
    sides = [min(b[2] - b[0], b[3] - b[1]) for b in boxes]
    side = float(np.median(sides))
    pen = float(np.median([_border_thickness(mask, b) * s for b, s in zip(boxes, sides, strict=True)]))
    out: list[Box] = []
    for b in rejected:
        s = min(b[2] - b[0], b[3] - b[1])
        if not 0.8 * side <= s <= 1.25 * side or _border_thickness(mask, b, thinnest=True) * s > pen + 1.0:
            continue
        if not _looks_like_glyph(mask, b, max_border=1.0):
            out.append(b)
    return out


def _char_height(mask: np.ndarray, dpi: float) -> float:
    """Median height of the ink components of character size (1.5-8 mm): the page's text height."""
    hs = component_heights(mask)
    lo, hi = 1.5 / 25.4 * dpi, 8 / 25.4 * dpi
    hs = hs[(hs >= lo) & (hs <= hi)]
    return float(np.median(hs)) if hs.size else 4 / 25.4 * dpi


def find_rings(
    mask: np.ndarray, dpi: float = 300.0, avoid: list[Box] | None = None, outlines: list[Box] | None = None
) -> list[Box]:
    """Hand-drawn rings (ellipses) around a word: an option circled instead of ticked.

    A ring is a closed curve taller than the text it encloses (≥ 1.3 text heights, ≤ 16 mm: a seal
    is larger), whose fitted ellipse has ink along ≥ 70 % of its outline and little ink in its band
    inside; squares already found as boxes are not rings. Rulings and the outlines of the squares
    (``outlines``: boxes, and squares taken for characters) are removed first: a ring drawn round an
    option touches or crosses its □, and without the □'s outline it stands apart.
    """
    if dpi > 160:  # rings are large: 150 dpi is plenty, and four times cheaper than 300
        s = 150.0 / dpi
        small = cv2.resize(mask, None, fx=s, fy=s, interpolation=cv2.INTER_AREA)
        small = np.where(small > 60, 255, 0).astype(np.uint8)

        def scaled(boxes: list[Box] | None) -> list[Box]:
            return [(round(a[0] * s), round(a[1] * s), round(a[2] * s), round(a[3] * s)) for a in boxes or []]

        return [
            (int(b[0] / s), int(b[1] / s), int(b[2] / s) + 1, int(b[3] / s) + 1)
            for b in find_rings(
                small, 150.0, scaled(avoid), scaled(outlines if outlines is not None else avoid)
            )
        ]
    char_h = _char_height(mask, dpi)
    rulings = _straight_strokes(mask, round(12 / 25.4 * dpi))
    # a cell's upright edge in a low row is shorter than 12 mm, and a ring drawn at the start of the cell
    # touches it: an upright stroke over twice the text height is no character's and no ring's (a ring
    # is wider than tall, its sides curve), so it goes too
    upright = round(2.2 * char_h)
    rulings |= cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, upright)))
    bare = cv2.subtract(mask, rulings)
    for a in outlines if outlines is not None else avoid or []:
        cv2.rectangle(bare, (a[0], a[1]), (a[2] - 1, a[3] - 1), 0, thickness=3)
    ink = cv2.dilate(bare, np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(ink, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    max_h = 16 / 25.4 * dpi
    out: list[Box] = []
    for c in contours:
        x, y, bw, bh = cv2.boundingRect(c)
        if not (1.3 * char_h <= bh <= max_h and bw >= 1.3 * char_h and bw <= 12 * bh) or len(c) < 20:
            continue
        box = (x, y, x + bw, y + bh)
        area = bw * bh
        if any(_overlap(box, a) * min(area, (a[2] - a[0]) * (a[3] - a[1])) > 0.5 * area for a in avoid or []):
            continue  # the outline of a box found as a square
        own = c - np.array([x, y])
        crop = ink[y : y + bh, x : x + bw]
        # a ring that touches its word is taken only when clearly taller than text (a character of a
        # larger size in running text, 特 at 1.4 text heights, has a roundish hull too)
        if _bare_ring(crop, own) or (bh >= 1.6 * char_h and _ring_outline(crop, own)):
            out.append(box)
    return out


def _bare_ring(ink: np.ndarray, contour: np.ndarray) -> bool:
    """Is the component outlined by ``contour`` (in ``ink``'s coordinates) a bare ring: every one of its
    pixels near its fitted ellipse, and ink along ≥ 70 % of that ellipse? An enclosure character
    (困, 回, 国) has strokes inside its outline; a ring around a word has the word apart from it."""
    own = np.zeros_like(ink)
    cv2.drawContours(own, [contour], -1, 255, thickness=-1)
    n, labels = cv2.connectedComponents(cv2.bitwise_and(ink, own), connectivity=8)
    if n < 2:
        return False
    x, y = int(contour[0][0][0]), int(contour[0][0][1])
    on = labels[min(y, ink.shape[0] - 1), min(x, ink.shape[1] - 1)]
    if on == 0:
        return False
    comp = (labels == on).astype(np.uint8) * 255
    (cx, cy), (ax, ay), angle = cv2.fitEllipse(contour)
    stroke = max(3.0, 0.12 * min(ax, ay))
    band = np.zeros_like(ink)
    cv2.ellipse(band, ((cx, cy), (ax, ay), angle), 255, thickness=int(2 * stroke))
    if cv2.countNonZero(cv2.bitwise_and(comp, band)) < 0.85 * cv2.countNonZero(comp):
        return False
    near = cv2.dilate(comp, np.ones((int(stroke) | 1, int(stroke) | 1), np.uint8))
    share = _inked_along(near, ((cx, cy), (ax, ay), angle))
    return share is not None and share >= 0.7


def _inked_along(near: np.ndarray, ellipse: Any, scale: float = 1.0) -> float | None:
    """Share of 72 points on ``ellipse`` (``cv2.fitEllipse``'s answer, its axes times ``scale``) that fall
    on ink in ``near``; None when fewer than three quarters of them lie inside the image."""
    (cx, cy), (ax, ay), angle = ellipse
    t = np.linspace(0, 2 * np.pi, 72, endpoint=False)
    a = np.deg2rad(angle)
    px = cx + scale * (ax / 2 * np.cos(t) * np.cos(a) - ay / 2 * np.sin(t) * np.sin(a))
    py = cy + scale * (ax / 2 * np.cos(t) * np.sin(a) + ay / 2 * np.sin(t) * np.cos(a))
    inside = (px >= 0) & (px < near.shape[1]) & (py >= 0) & (py < near.shape[0])
    if inside.sum() < 54:
        return None
    return float((near[py[inside].astype(int), px[inside].astype(int)] > 0).mean())


def _ring_outline(ink: np.ndarray, contour: np.ndarray) -> bool:
    """A ring drawn tight around its word touches the characters, so it is not a bare ring; its hull
    is still an ellipse (95 % of the hull within 12 % of the fitted ellipse's radius: a square outline
    such as 国's deviates by ~20 % at its corners) with ink along it (≥ 85 % of 72 points)."""
    if len(contour) < 20:
        return False
    # the convex hull, not the outline: where the □'s outline was taken out of the ring, the outline
    # runs in through the gap and round the characters, the hull does not
    hull = cv2.convexHull(contour).reshape(-1, 2).astype(np.float64)
    edges = zip(hull, np.roll(hull, -1, axis=0), strict=True)
    dense = np.concatenate(
        [np.linspace(p, q, max(2, int(np.hypot(*(q - p)) // 2)), endpoint=False) for p, q in edges]
    )
    if len(dense) < 20:
        return False
    (cx, cy), (ax, ay), angle = cv2.fitEllipse(dense.astype(np.float32))
    if min(ax, ay) < 8:
        return False
    a = np.deg2rad(angle)
    pts = dense - (cx, cy)
    u = pts[:, 0] * np.cos(a) + pts[:, 1] * np.sin(a)
    v = -pts[:, 0] * np.sin(a) + pts[:, 1] * np.cos(a)
    radius = np.hypot(u / (ax / 2), v / (ay / 2))
    if float(np.percentile(np.abs(radius - 1.0), 95)) > 0.12:
        return False
    inset = 1.0 - 2.0 / min(ax, ay)  # the stroke's middle, just inside the outline
    share = _inked_along(cv2.dilate(ink, np.ones((3, 3), np.uint8)), ((cx, cy), (ax, ay), angle), inset)
    return share is not None and share >= 0.85


def _overlap(a: Box, b: Box) -> float:
    """Intersection over the smaller box's area."""
    iw = min(a[2], b[2]) - max(a[0], b[0])
    ih = min(a[3], b[3]) - max(a[1], b[1])
    if iw <= 0 or ih <= 0:
        return 0.0
    return iw * ih / max(1, min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1])))


# ----------------------------------------------------------------------------------------------- seals


@dataclass(frozen=True)
class SealBox:
    box: Box
    center: tuple[int, int]
    radius: int
    circularity: float  # hull area / enclosing-circle area: 1 for a disc, ~0.64 for a 2:1 oval
    red_fraction: float  # red pixels / box area


def red_mask(img: np.ndarray) -> np.ndarray:
    """Stamp-red pixels (two hue bands around 0°/180° in OpenCV's 0-180 hue), 255 where red."""
    if img.ndim == 2:
        return np.zeros(img.shape, np.uint8)
    hsv = cv2.cvtColor(img, cv2.COLOR_BGR2HSV)
    low = cv2.inRange(hsv, (0, 70, 60), (12, 255, 255))
    high = cv2.inRange(hsv, (158, 70, 60), (180, 255, 255))
    return cv2.bitwise_or(low, high)


# the share of a picture's width (height) along each edge where coloured things are the surroundings of
# the sheet, not its ink (A4 margins are 5 % and more of the page)
EDGE_BAND = 0.03


def shows_colour(img: np.ndarray, max_side: int = 800) -> bool:
    """Whether any ink on the page is coloured (a stamp, blue pen): a black-and-white copy's seal is grey,
    so "no red stamp found" on a page without colour says nothing about whether it was stamped."""
    if img.ndim == 2:
        return False
    scale = min(1.0, max_side / max(img.shape[:2]))
    small = cv2.resize(img, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else img
    hsv = cv2.cvtColor(small, cv2.COLOR_BGR2HSV)
    # saturation above 100/255: ink, not yellowed or shadowed paper (which stays below ~60)
    coloured = cv2.inRange(hsv, (0, 100, 60), (180, 255, 255))
    if cv2.countNonZero(coloured) <= 2e-4 * coloured.size:
        return False
    # a photo of a sheet shows the desk or cloth round it, coloured, along the picture's edges (after the
    # page is straightened, a strip a little inside them): no ink of the page, which keeps off its edges
    # (a stamp or a pen stroke lies on the paper, inside the printed margins)
    n, _labels, stats, _ = cv2.connectedComponentsWithStats(coloured, connectivity=8)
    h, w = coloured.shape
    mx, my = EDGE_BAND * w, EDGE_BAND * h
    inside = sum(
        int(stats[i, cv2.CC_STAT_AREA])
        for i in range(1, n)
        if stats[i, cv2.CC_STAT_LEFT] > mx
        and stats[i, cv2.CC_STAT_TOP] > my
        and stats[i, cv2.CC_STAT_LEFT] + stats[i, cv2.CC_STAT_WIDTH] < w - mx
        and stats[i, cv2.CC_STAT_TOP] + stats[i, cv2.CC_STAT_HEIGHT] < h - my
    )
    return inside > 2e-4 * coloured.size



def detect_seal(img: np.ndarray, dpi: float = 300.0, min_diameter_mm: float = 15.0) -> list[SealBox]:
    """Round (or oval) red stamps at least ``min_diameter_mm`` across (公章 are 38-45 mm, 财务章 ~ 25 mm).

    ``dpi`` is often unknown (phone photos, small JPEGs): the size floor is also capped at 8 % of the
    image's short side, so a stamp on a 600-px photo of a certificate is still found.
    """
    mask = red_mask(img)
    if cv2.countNonZero(mask) == 0:
        return []
    min_d = min(min_diameter_mm / 25.4 * dpi, 0.08 * min(img.shape[:2]))
    k = max(3, int(min_d / 8) | 1)
    joined = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
    contours, _ = cv2.findContours(joined, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    seals = []
    for c in contours:
        x, y, w, h = cv2.boundingRect(c)
        if max(w, h) < min_d or min(w, h) < 0.5 * max(w, h):
            continue
        (cx, cy), r = cv2.minEnclosingCircle(c)
        hull_area = cv2.contourArea(cv2.convexHull(c))
        circularity = hull_area / (math.pi * r * r) if r > 0 else 0.0
        red_fraction = cv2.countNonZero(mask[y : y + h, x : x + w]) / float(w * h)
        if circularity < 0.55 or red_fraction < 0.03:
            continue  # red text lines, underlines and ticks are elongated or sparse
        seals.append(
            SealBox(
                (x, y, x + w, y + h),
                (int(cx), int(cy)),
                int(r),
                round(circularity, 3),
                round(red_fraction, 3),
            )
        )
    return seals


GREY_SEAL_DPI = 50.0  # a 公章's ring is 38-45 mm: ~80 px across at this resolution, enough for its outline
GREY_SEAL_CANDIDATES = 40  # Hough circles checked, most voted first (a stamp's ring is among the first few)


def detect_grey_seal(img: np.ndarray, dpi: float = 300.0, min_diameter_mm: float = 20.0) -> list[SealBox]:
    """Round stamps on a black-and-white copy, where a seal is grey: found by its shape, a ring of
    20-50 mm whose outline is inked nearly all round (≥ 75 % of 72 points) with characters in the band
    inside it. Circles come from OpenCV's Hough transform on a 50-dpi copy (the ring survives text
    printed across it, which breaks any outline contour); the checks on the ring then drop round
    things that are not stamps (a 〇, a circled option, a dark photo's corner)."""
    s = min(1.0, GREY_SEAL_DPI / dpi)
    gray = ink_gray(img)
    small = cv2.resize(gray, None, fx=s, fy=s, interpolation=cv2.INTER_AREA) if s < 1 else gray
    ink = _fixed_ink(small, level=170, flatten=True)
    px_mm = dpi * s / 25.4
    r_min, r_max = round(min_diameter_mm / 2 * px_mm), round(25 * px_mm)
    if min(small.shape[:2]) < 2 * r_min:
        return []
    seals: list[SealBox] = []
    for cx, cy, r in hough_circles(ink, r_min, r_max)[:GREY_SEAL_CANDIDATES]:
        # stamps 0.76-0.95 round their ring; circles Hough finds in text and tables at most ~0.6
        if ring_share(ink, cx, cy, r) < 0.75 or ring_share(ink, cx, cy, 0.72 * r, band=0.18 * r) < 0.15:
            continue
        cx, cy, r = cx / s, cy / s, r / s
        box = (int(cx - r), int(cy - r), int(cx + r) + 1, int(cy + r) + 1)
        if not any(math.dist((cx, cy), o.center) < o.radius for o in seals):  # Hough answers one ring often
            seals.append(SealBox(box, (int(cx), int(cy)), int(r), 1.0, 0.0))
    return seals


def hough_circles(ink: np.ndarray, r_min: int, r_max: int) -> list[tuple[float, float, float]]:
    """(x, y, r) of the circles OpenCV's Hough transform finds on an ink mask, most voted first: the
    candidates of a round stamp's ring (the ring survives text printed across it; contours do not)."""
    circles = cv2.HoughCircles(
        cv2.GaussianBlur(ink, (5, 5), 0),
        cv2.HOUGH_GRADIENT,
        dp=1,
        minDist=max(4, r_min // 3),
        param1=100,
        param2=20,
        minRadius=r_min,
        maxRadius=r_max,
    )
    return [] if circles is None else [(float(x), float(y), float(r)) for x, y, r in circles[0]]


def ring_share(ink: np.ndarray, cx: float, cy: float, r: float, band: float = 1.5) -> float:
    """Share of 72 points on the circle (cx, cy, r) with ink within ``band`` px of the circle."""
    t = np.linspace(0, 2 * np.pi, 72, endpoint=False)
    radii = r + np.linspace(-band, band, 5)[:, None]
    h, w = ink.shape[:2]
    xs = np.clip((cx + radii * np.cos(t)).astype(int), 0, w - 1)
    ys = np.clip((cy + radii * np.sin(t)).astype(int), 0, h - 1)
    return float((ink[ys, xs] > 0).any(axis=0).mean())


def suppress_seal(img: np.ndarray, seals: list[SealBox] | None = None, margin: int = 10) -> np.ndarray:
    """Paint the red of each stamp as paper so OCR can read the black text under it.

    Red-channel dropout: under red ink the red channel is bright, under black ink it stays dark, so
    replacing red pixels by their red channel removes the stamp and keeps overlapping text. Only
    inside detected stamps: a red-pen tick elsewhere is data, not noise.
    """
    if img.ndim == 2:
        return img
    seals = detect_seal(img) if seals is None else seals
    if not seals:
        return img
    out = img.copy()
    h, w = img.shape[:2]
    paper = np.array(_background_color(img)[:3], dtype=np.float32)
    for s in seals:
        x0, y0 = max(0, s.box[0] - margin), max(0, s.box[1] - margin)
        x1, y1 = min(w, s.box[2] + margin), min(h, s.box[3] + margin)
        roi = out[y0:y1, x0:x1]
        red = red_mask(roi) > 0
        if not red.any():
            continue
        # the anti-aliased rim of the stamp strokes is pinkish, not red: widen the mask a little
        mask = cv2.dilate(red.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
        r = roi[:, :, 2].astype(np.float32)
        # the stamp's own red level maps to paper; black text printed under the ink stays dark
        ink_r = float(np.percentile(r[red], 75))
        level = np.clip(r / max(1.0, ink_r), 0, 1)
        roi[mask] = (level[mask, None] * paper[None, :]).astype(np.uint8)
    return out


# ----------------------------------------------------------------------------------------- the whole page


@dataclass
class PreparedPage:
    """A page made upright and straight, plus what was done (so boxes can be mapped back).

    ``image``: rotated + deskewed colour page with illumination evened; seals and ticks intact (read
    checkboxes and seals on this). ``ocr_image``: the same with seals painted out and specks removed.
    ``matrix``: 2x3 affine from original page pixels to prepared pixels.
    """

    image: np.ndarray
    ocr_image: np.ndarray
    rotation: int = 0  # clockwise quarter turns applied, in degrees
    skew: float = 0.0  # measured skew in degrees (CCW positive); the page was rotated by -skew
    seals: list[SealBox] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    matrix: np.ndarray = field(default_factory=lambda: np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]))
    ink: np.ndarray | None = None  # ink_mask(image), when the clean-up made it (for detect_grid)
    flat: np.ndarray | None = None  # paper_flattened(image) that ink came from (for find_checkboxes)
    colour: bool | None = None  # shows_colour(image), when the seal search asked it (no red stamp found)

    def to_original(self, box: Box) -> Box:
        """Map a box on the prepared page back to the page as loaded (for crops of the original)."""
        inv = cv2.invertAffineTransform(self.matrix)
        x0, y0, x1, y1 = box
        pts = np.array([[x0, y0, 1], [x1, y0, 1], [x0, y1, 1], [x1, y1, 1]], dtype=np.float64) @ inv.T
        lo, hi = np.floor(pts.min(axis=0)), np.ceil(pts.max(axis=0))
        return (int(lo[0]), int(lo[1]), int(hi[0]), int(hi[1]))


def _compose(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Affine ``b`` after ``a`` (both 2x3)."""
    a3 = np.vstack([a, [0, 0, 1]])
    b3 = np.vstack([b, [0, 0, 1]])
    return (b3 @ a3)[:2]


def prepare_page(
    img: np.ndarray,
    ocr: Any | None = None,
    *,
    dpi: float = 300.0,
    detect_rotation: bool = True,
    straighten: bool = True,
    clean: bool = True,
) -> PreparedPage:
    """Orientation, deskew, illumination and seal/speck clean-up, recording each step.

    Pass ``detect_rotation=False, straighten=False`` for pages rendered from a text PDF, whose
    text-layer coordinates must keep matching the pixels.
    """
    steps: list[str] = []
    h, w = img.shape[:2]
    matrix = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
    rotation = 0
    scaled: tuple[np.ndarray, float] | None = None
    small_ink: np.ndarray | None = None
    if detect_rotation:
        # the reduced copy both analyses work on (``_scaled``: ~20 ms on a 220-dpi page) and its ink,
        # made once and kept for the skew while the page is not turned
        scaled = _scaled(img)
        small_ink = ink_mask(scaled[0])
        rotation = detect_orientation(img, ocr, scaled, small_ink)
        if rotation:
            matrix = _rotation_matrix(rotation, w, h)
            img = rotate_image(img, rotation)
            steps.append(f"rotate {rotation}")
    skew = 0.0
    if straighten:
        kept = not rotation and scaled is not None
        skew = estimate_skew(img, scaled=scaled if kept else None, small_ink=small_ink if kept else None)
        if abs(skew) >= 0.1:
            img, m = rotate_by(img, -skew)
            matrix = _compose(matrix, m)
            steps.append(f"deskew {skew:+.2f}")
        else:
            skew = 0.0
    if clean and img.ndim == 3:
        img = normalise_illumination(img)
        steps.append("illumination")
    seals = detect_seal(img, dpi=dpi) if img.ndim == 3 else []
    red = bool(seals)
    colour: bool | None = None
    if not seals:
        colour = shows_colour(img)
        if not colour:  # a black-and-white copy: its stamp is grey, found by shape
            seals = detect_grey_seal(img, dpi=dpi)
    ocr_img = img
    ink: np.ndarray | None = None
    flat: np.ndarray | None = None
    if clean:
        if red:  # a grey stamp's ink cannot be told from the text's: only red is painted out
            ocr_img = suppress_seal(ocr_img, seals)
            steps.append(f"suppress {len(seals)} seal(s)")
        if ocr_img is img:  # no seal painted out: the speck filter's ink is the page's own
            flat = paper_flattened(img)  # kept: the tick-box search thresholds it too
            ink = ink_mask(img, flat=flat)
        ocr_img = denoise(ocr_img, mask=ink)
        steps.append("despeckle")
    return PreparedPage(img, ocr_img, rotation, skew, seals, steps, matrix, ink=ink, flat=flat, colour=colour)
