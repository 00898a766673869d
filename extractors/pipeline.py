"""One file in, one extraction result out (the contract in CONTRIBUTING.md), and many files on 2 cores.

load pages → (text layer | pre-process + OCR, cell by cell for Tesseract) → classify → fields → checks.
OCR runs in worker processes (``extract_many``); each worker builds its engine once, because loading
the ONNX sessions costs more than reading a page.

Cards photocopied onto a sheet (身份证, 残疾人证, 低保证 …) are found before OCR (``region.py``) and read
card by card: front and back complete one reading; a sheet with two holders' cards gives the first
holder's ``fields`` and one ``members`` entry per holder. Every value then passes the validation gate
(``schemas.readings``): what its field cannot hold goes to ``rejected`` and waits in the review queue.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, is_dataclass, replace
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from dangan.errors import ExternalProgramError
from dangan.extractors.classify import classify_lines
from dangan.extractors.fields import CHECKBOX_OPTIONS, Extraction, extract_fields
from dangan.extractors.layout import Box, TextLine, group_rows, lines_from_ocr, lines_from_words, to_box
from dangan.extractors.region import card_regions, lines_in
from dangan.extractors.structure import (
    is_choice_line,
    is_option_line,
    mark_underlined,
    reread_blank_cells,
    reread_digit_runs,
    strike_out,
)
from dangan.schemas.readings import check_reading

RESULT_KEYS = (
    "file",
    "doc_type",
    "doc_type_candidates",
    "pages",
    "fields",
    "members",
    "confidence",
    "boxes",
    "rejected",
)

_engines: dict[str, Any] = {}


def get_cached_engine(name: str) -> Any:
    """One engine per process and name."""
    if name not in _engines:
        from dangan.extractors.ocr import get_engine

        _engines[name] = get_engine(name)
    return _engines[name]


@dataclass
class PageReading:
    lines: list[TextLine]
    checkboxes: list[tuple[Box, bool]] | None
    seal: bool | None
    seal_box: Box | None
    size: tuple[int, int] | None
    kind: str
    cells: list[Box] = field(default_factory=list)  # ruled table cells (detect_grid), page pixels
    regions: list[Box] = field(default_factory=list)  # cards on a photocopy (region.card_regions), read apart
    grey: bool = False  # a black-and-white copy: its seal is found by shape (``grey_ring_seal``) or unknown


@dataclass(frozen=True)
class FieldRow:
    """One field reading as the database stores it (``member_index`` -1 = household field)."""

    member_index: int
    label: str
    value: Any
    confidence: float
    page: int | None
    bbox: list[float] | None


@dataclass
class ExtractionOutput:
    """The contract dict plus what the flow and the review queue need besides it."""

    result: dict[str, Any]
    text: str
    member_confidence: list[dict[str, float]] = field(default_factory=list)
    member_boxes: list[dict[str, list[Any]]] = field(default_factory=list)
    engine: str = ""


# ---------------------------------------------------------------------------------------------
# Page reading


def _preprocess() -> Any | None:
    try:
        from dangan.extractors import preprocess
    except ImportError:
        return None
    return preprocess


def _call(mod: Any, name: str, *args: Any, **kw: Any) -> Any:
    fn = getattr(mod, name, None) if mod is not None else None
    if fn is None:
        return None
    return fn(*args, **kw)


def _cell_boxes(grid: Any) -> list[Box]:
    if grid is None:
        return []
    cells = getattr(grid, "cells", grid)
    out: list[Box] = []
    for c in cells or []:
        b = getattr(c, "box", c)
        try:
            out.append(to_box(b))
        except (TypeError, ValueError):
            continue
    return out


def _seal_info(found: Any) -> tuple[bool | None, Box | None]:
    """detect_seal may answer a bool, a box, a list of boxes, or an object with ``found``/``box``."""
    if found is None:
        return None, None
    if isinstance(found, (bool, np.bool_)):
        return bool(found), None
    if hasattr(found, "found"):
        box = getattr(found, "box", None)
        return bool(found.found), to_box(box) if box is not None else None
    if isinstance(found, (list, tuple)):
        if not found:
            return False, None
        first = found[0]
        first = getattr(first, "box", first)
        try:
            return True, to_box(first)
        except (TypeError, ValueError):
            return True, None
    return bool(found), None


def _checkbox_list(found: Any) -> list[tuple[Box, bool]] | None:
    if found is None:
        return None
    out: list[tuple[Box, bool]] = []
    for item in found:
        if isinstance(item, (tuple, list)) and len(item) == 2:
            box, ticked = item
        else:
            box, ticked = getattr(item, "box", None), getattr(item, "ticked", False)
        out.append((to_box(box), bool(ticked)))
    return out


# "unstamped" on a grey copy (no ring found) is surer than nothing, less than a colour page's answer
GREY_UNSTAMPED = 0.7
# Scans above this resolution are read at it: print stays ≥ 20 px high (OCR recognises lines at 48 px,
# and detects on at most 1280 px anyway) while pre-processing costs fall with the square of the scale.
WORK_DPI = 220.0
# a page with this many ruled cells is a table (a form, a 户口簿 page): read whole, never region by region;
# fewer are the frames of cards photocopied onto the sheet
MIN_TABLE_CELLS = 12


def read_page(page: Any, engine_name: str) -> PageReading:
    """Text of one page with geometry, ticked boxes and seal, whatever its source.

    A scan finer than ``WORK_DPI`` is read on a reduced copy (made while loading, ``read_document``, or
    here); boxes come back in the page's own pixels.
    """
    from dangan.extractors.pages import reduced

    img = getattr(page, "image", None)
    dpi = float(getattr(page, "dpi", 300.0) or 300.0)
    text_layer = getattr(page, "source_kind", "image") == "text-pdf" and bool(getattr(page, "words", None))
    if img is None or text_layer or not is_dataclass(page) or isinstance(page, type):
        return _read_page(page, engine_name)
    loaded = float(getattr(page, "scale", 1.0) or 1.0)
    if loaded != 1.0:  # reduced by load_pages already
        return _rescaled(_read_page(page, engine_name), 1.0 / loaded)
    small, f = reduced(img, dpi, WORK_DPI)
    if f == 1.0:
        return _read_page(page, engine_name)
    reading = _read_page(replace(page, image=small, dpi=WORK_DPI), engine_name)
    return _rescaled(reading, 1.0 / f)


def _scale_box(b: Box, k: float) -> Box:
    return (b[0] * k, b[1] * k, b[2] * k, b[3] * k)


def _rescaled(r: PageReading, k: float) -> PageReading:
    """The reading of a reduced copy in the full page's pixels."""
    return PageReading(
        [TextLine(ln.text, _scale_box(ln.box, k), ln.confidence, ln.page) for ln in r.lines],
        [(_scale_box(b, k), t) for b, t in r.checkboxes] if r.checkboxes is not None else None,
        r.seal,
        _scale_box(r.seal_box, k) if r.seal_box is not None else None,
        (round(r.size[0] * k), round(r.size[1] * k)) if r.size is not None else None,
        r.kind,
        [_scale_box(c, k) for c in r.cells],
        [_scale_box(c, k) for c in r.regions],
        getattr(r, "grey", False),
    )


def _read_page(page: Any, engine_name: str) -> PageReading:
    pre = _preprocess()
    img = getattr(page, "image", None)
    index = int(getattr(page, "index", 0))
    dpi = float(getattr(page, "dpi", 300.0) or 300.0)
    text_layer = getattr(page, "source_kind", "image") == "text-pdf" and bool(getattr(page, "words", None))
    size = (img.shape[1], img.shape[0]) if img is not None else None
    checkboxes: list[tuple[Box, bool]] | None = None
    seal: bool | None = None
    seal_box: Box | None = None
    grey = False
    engine = get_cached_engine(engine_name) if not text_layer else None
    ocr_img = img
    ink: np.ndarray | None = None  # the page's ink mask, when pre-processing made it
    flat: np.ndarray | None = None  # and the paper-flattened page it was thresholded from
    if img is not None and pre is not None:
        # a text PDF's words are in the rendered page's pixels: never rotate or straighten those
        prepared = pre.prepare_page(
            img,
            engine if engine_name != "null" else None,
            dpi=dpi,
            detect_rotation=not text_layer,
            straighten=not text_layer,
            clean=not text_layer,
        )
        img, ocr_img, ink, flat = prepared.image, prepared.ocr_image, prepared.ink, prepared.flat
        size = (img.shape[1], img.shape[0])
        seals = list(prepared.seals)  # a text PDF's page is not turned: its seals are those of the page
        seal, seal_box = _seal_info(seals)
        # with no seal found, the seal search has asked already whether the page shows colour
        shows = prepared.colour
        if seal is False and not text_layer and not (pre.shows_colour(img) if shows is None else shows):
            # a grey photocopy: its stamp is grey, found by its ring or not at all ("unstamped" is less sure)
            grey = True
            ring = grey_ring_seal(img, dpi)
            if ring is not None:
                seal, seal_box = True, ring
            else:
                seal = None  # the page says nothing for certain: an oval or faint stamp has no clear ring
        grey = grey or (not text_layer and shows is False)  # a grey stamp pre-processing found by shape
    cells: list[Box] = []
    if img is not None and pre is not None:
        cells = _cell_boxes(pre.detect_grid(img, mask=ink))
    regions: list[Box] = []
    if img is not None and not text_layer and engine is not None and len(cells) < MIN_TABLE_CELLS:
        regions = [r.box for r in card_regions(img, dpi)]
    if img is not None and pre is not None:
        # cards photocopied onto a sheet carry no tick boxes: the search is skipped for them
        checkboxes = [] if regions else _checkbox_list(pre.find_checkboxes(img, dpi=dpi, flat=flat))
    if text_layer:
        lines = _pen_marks(lines_from_words(page.words, index, cells=cells), ink, img, pre)
        return PageReading(lines, checkboxes, seal, seal_box, size, "text-pdf", cells)
    if img is None or engine is None:
        return PageReading([], checkboxes, seal, seal_box, size, "none", cells, grey=grey)
    lines = []
    if engine_name == "tesseract" and pre is not None and len(cells) >= 4:
        assert ocr_img is not None  # cells come from a page image, and ocr_img is that image or its OCR copy
        lines = _read_cells(engine, ocr_img, cells, index)
        # text outside the table (title, sentences) is read as a page with the table blanked out
        outside = ocr_img.copy()
        for x0, y0, x1, y1 in cells:
            outside[int(y0) : int(y1), int(x0) : int(x1)] = 255
        lines += lines_from_ocr(engine.read(outside), index)
    if not lines and regions:
        assert ocr_img is not None
        lines = _read_regions(engine, ocr_img, regions, index, dpi)
    if not lines:
        regions = []
        lines = lines_from_ocr(engine.read(ocr_img), index)
        if cells and ocr_img is not None:  # an ID number in 18 boxes comes out of a whole-page read in fragments
            lines = reread_digit_runs(engine, ocr_img, cells, lines, index)
            lines = reread_blank_cells(engine, ocr_img, cells, lines, index)
    if grey and seal and seal_box is not None and ocr_img is not None and lines:  # a grey stamp over text
        lines = lines + under_seal_lines(engine, ocr_img, seal_box, lines, index)
    if not regions:  # on the page with red seals painted out, whose rings would pass for strokes
        lines = _pen_marks(lines, ink, ocr_img, pre)
    return PageReading(lines, checkboxes, seal, seal_box, size, "ocr", cells, regions, grey)


# every option word a form prints (a stroke under one of them marks it, ``structure.underlined``)
CHOICE_WORDS = tuple(dict.fromkeys(w for words in CHECKBOX_OPTIONS.values() for w in words))


def _pen_marks(
    lines: list[TextLine], ink: np.ndarray | None, image: np.ndarray | None, pre: Any
) -> list[TextLine]:
    """The lines with what a pen did to printed options: words struck through dropped
    (``structure.strike_out``: a correction, the options that do not apply) and options marked by a stroke
    under them ticked (``structure.mark_underlined``). The page's ink mask is made at most once, and not at
    all for a page with no line of options."""
    if image is None or pre is None:
        return lines
    mask = ink
    if any(is_option_line(ln.text) for ln in lines):
        mask = mask if mask is not None else pre.ink_mask(image)
        lines = strike_out(lines, mask)
    alone = sum(1 for ln in lines if len(ln.text.strip()) >= 2 and ln.text.strip() in CHOICE_WORDS)
    if alone < 2 and not any(is_choice_line(ln.text, CHOICE_WORDS) for ln in lines):
        return lines
    return mark_underlined(lines, mask if mask is not None else pre.ink_mask(image), CHOICE_WORDS)


# Grey seals by shape. A stamp's ring is 18-50 mm across (20 mm and more as stamped; a card or booklet page
# copied onto A4 a little reduced brings a small office stamp under 20 mm) and inked nearly all round, with
# characters in the band inside it; on a 75-dpi copy the ring is still a clear closed curve. Circles come from OpenCV's Hough
# transform; each is then moved by up to 2 px (and its radius changed by up to 2 px) to the position whose
# circle lies on ink most (a ring half-hidden by text or a frame, or a Hough centre a little off, misses
# a fixed test), and kept when ≥ 85 % of it is inked, the circle 4 px wider is inked 40 points less, the
# band inside holds characters but is no solid block, and the circle 1.25 times as wide is not inked all
# round too (a block of dense text holds circles of ink everywhere; a ring stands out of the paper).
SEAL_SHAPE_DPI = 75.0
SEAL_RADIUS_MM = (9.0, 25.0)
# the band inside the ring where a stamp's characters stand (centre and half-width, in radii): kept off the
# ring's own stroke, whose inner edge a small ring's blur brings to 0.9 of its radius (an empty ring is none)
RING_BAND = (0.66, 0.14)
SEAL_INK_LEVELS = (170, 210)  # print's level; a stamp inked lightly (a copy of a copy) only at the second


def grey_ring_seal(img: np.ndarray, dpi: float, candidates: int = 40) -> Box | None:
    """The box of a round stamp on a black-and-white page, found by its shape; ``None`` when there is none."""
    from dangan.extractors import preprocess as pre

    s = min(1.0, SEAL_SHAPE_DPI / dpi)
    gray = pre.ink_gray(img)
    small = cv2.resize(gray, None, fx=s, fy=s, interpolation=cv2.INTER_AREA) if s < 1 else gray
    flat = pre.flatten_paper(small)
    px_mm = dpi * s / 25.4
    r_min, r_max = round(SEAL_RADIUS_MM[0] * px_mm), round(SEAL_RADIUS_MM[1] * px_mm)
    if min(flat.shape[:2]) < 2 * r_min:
        return None
    for level in SEAL_INK_LEVELS:
        ink = without_rulings(np.where(flat < level, 255, 0).astype(np.uint8), px_mm)
        found = _ring_at(ink, r_min, r_max, candidates)
        if found is not None:
            x, y, rr = found
            return ((x - rr) / s, (y - rr) / s, (x + rr) / s, (y + rr) / s)
    return None


# A straight run of ink this long is a ruling (a table's, a frame's): no stamp's ring holds one. The ring
# of the largest stamp (25 mm radius) stays within a 2-px stroke for under 12 mm at its top or side.
RULING_MM = 15.0


def without_rulings(ink: np.ndarray, px_mm: float) -> np.ndarray:
    """``ink`` without its horizontal and vertical rulings: a booklet's or a form's table gives the Hough
    transform circles at every crossing of its rulings, and those outvote a grey stamp's ring beside it."""
    n = max(3, round(RULING_MM * px_mm))
    across = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (n, 1)))
    down = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, n)))
    return cv2.subtract(ink, cv2.bitwise_or(across, down))


def under_seal_lines(
    engine: Any, img: np.ndarray, seal: Box, lines: Sequence[TextLine], page: int
) -> list[TextLine]:
    """Texts a grey stamp hid from the page's read (a date or a signature stamped over): on a black-and-white
    copy the stamp's ink is lighter than the print, so the stamp's neighbourhood (a stamp's width to its
    left, where the label stands, half a width to its right) is read again with every pixel as light as
    the stamp's ring (its ink level, measured on the ring) turned to paper. Only texts where the page's
    read found none are returned: what it read stays as it was."""
    x0, y0, x1, y1 = seal
    w, h = x1 - x0, y1 - y0
    if w < 8 or h < 8:
        return []
    height, width = img.shape[:2]
    a, b = int(max(0, x0 - w)), int(max(0, y0 - 0.1 * h))
    c, d = int(min(width, x1 + 0.5 * w)), int(min(height, y1 + 0.1 * h))
    crop = img[b:d, a:c]
    grey = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY) if crop.ndim == 3 else crop
    cx, cy, r = (x0 + x1) / 2 - a, (y0 + y1) / 2 - b, w / 2
    t = np.linspace(0, 2 * np.pi, 720)
    # the darkest pixel across the ring's stroke at each angle: the ring's ink where it is not cut
    band = [
        grey[
            np.clip((cy + (r + dr) * np.sin(t)).astype(int), 0, grey.shape[0] - 1),
            np.clip((cx + (r + dr) * np.cos(t)).astype(int), 0, grey.shape[1] - 1),
        ]
        for dr in range(-4, 5)
    ]
    level = float(np.median(np.min(np.stack(band), axis=0)))
    lifted = np.where(grey > level - 30, 255, grey).astype(np.uint8)

    def area(q: Box) -> float:
        return max(0.0, q[2] - q[0]) * max(0.0, q[3] - q[1])

    def read_before(q: Box) -> bool:
        """A text the page's read found already: ≥ 30 % of it under one of the page's lines."""
        x0, y0, x1, y1 = q[0] + a, q[1] + b, q[2] + a, q[3] + b
        covered = max(
            (
                area((max(x0, o.box[0]), max(y0, o.box[1]), min(x1, o.box[2]), min(y1, o.box[3])))
                for o in lines
            ),
            default=0.0,
        )
        return covered >= 0.3 * area((x0, y0, x1, y1))

    # the texts the page's read found (most of the neighbourhood's) are detected but not recognised again
    found = lines_from_ocr(engine.read(cv2.cvtColor(lifted, cv2.COLOR_GRAY2BGR), skip=read_before), page)
    return [
        TextLine(ln.text, (ln.box[0] + a, ln.box[1] + b, ln.box[2] + a, ln.box[3] + b), ln.confidence, page)
        for ln in found
        if not read_before(ln.box)
    ]


def _ring_at(ink: np.ndarray, r_min: int, r_max: int, candidates: int) -> tuple[float, float, float] | None:
    from dangan.extractors.preprocess import hough_circles, ring_share

    steps = (-2, -1, 0, 1, 2)
    for cx, cy, r in hough_circles(ink, r_min, r_max)[:candidates]:
        if ring_share(ink, cx, cy, r, 2.0) < 0.55:
            continue  # not near a ring at all: not worth moving
        share, x, y, rr = max(
            (ring_share(ink, cx + dx, cy + dy, r + dr, 2.0), cx + dx, cy + dy, r + dr)
            for dx in steps
            for dy in steps
            for dr in steps
        )
        if share < 0.85 or share - ring_share(ink, x, y, rr + 4, 1.0) < 0.4:
            continue  # a thin line with paper just outside it, not a block of text
        if (
            0.15 <= ring_share(ink, x, y, RING_BAND[0] * rr, RING_BAND[1] * rr) <= 0.85
            and ring_share(ink, x, y, 1.25 * rr, 2.0) <= 0.6
        ):
            return float(x), float(y), float(rr)
    return None


# Cards are detected at this resolution at most (recognition still cuts each line from the region at the
# page's own resolution). At the page's 220 dpi a card's detection cost more than the whole page's (each
# region detected at scale 1: 0.4 s for an 825x481 card against 0.75 s for the A4 page at 1024 px, and a
# sheet holds 3-4 regions). At 150 dpi a card's 2.5 mm print is still ~15 px high for the detector, more than the
# 13 px a page's 3.7 mm print has at 1024 px. Fresh OCR against main 5751d35's page readings, on every file of
# seen-7301 read region by region (47: 身份证, 低保证, 其他, 户口簿 …) and every card file of rel6-7201 (45):
# no field or member field changed (seen 242/243 and 99/99, rel6 269/274 and 26/27); on 11 ID-card sheets
# detection CPU -26 %, the sheet's whole reading 1.83 -> 1.61 CPU-s (-12 %).
REGION_DET_DPI = 150.0


def _read_regions(
    engine: Any, img: np.ndarray, regions: Sequence[Box], page: int, dpi: float = 300.0
) -> list[TextLine]:
    """OCR each printed region (a card on a photocopy) at its own size; boxes back in page pixels."""
    out: list[TextLine] = []
    scale = min(1.0, REGION_DET_DPI / max(dpi, 1.0))
    for x0, y0, x1, y1 in regions:
        a, b = int(x0), int(y0)
        for ln in lines_from_ocr(engine.read(img[b : int(y1), a : int(x1)], det_scale=scale), page):
            bx = ln.box
            out.append(TextLine(ln.text, (bx[0] + a, bx[1] + b, bx[2] + a, bx[3] + b), ln.confidence, page))
    return out


def _read_cells(engine: Any, img: np.ndarray, cells: Sequence[Box], page: int) -> list[TextLine]:
    """Tesseract loses cells to ruling lines on a whole page: read each cell on its own (inset 3 px)."""
    out: list[TextLine] = []
    h, w = img.shape[:2]
    for x0, y0, x1, y1 in cells:
        a, b = max(0, int(x0) + 3), max(0, int(y0) + 3)
        c, d = min(w, int(x1) - 3), min(h, int(y1) - 3)
        if c - a < 8 or d - b < 8 or (c - a) * (d - b) > 0.3 * w * h:
            continue
        crop = img[b:d, a:c]
        if float(crop.min()) > 200:  # blank cell: nothing to read
            continue
        try:
            if (d - b) > 2.2 * 60:  # a tall cell holds several lines
                lines = engine.read(crop)
            else:
                one = engine.read_cell(crop)
                lines = [one] if one is not None else []
        except ExternalProgramError:
            continue  # tesseract crashed on this one cell: its field stays empty and goes to review
        for ln in lines_from_ocr(lines, page):
            bx = ln.box
            out.append(TextLine(ln.text, (bx[0] + a, bx[1] + b, bx[2] + a, bx[3] + b), ln.confidence, page))
    return out


# ---------------------------------------------------------------------------------------------
# One file


def read_document(path: str | Path, engine: str = "rapidocr") -> tuple[int, list[PageReading]]:
    """Load and read every page (the slow part: OCR); raises ``InputFileError`` when unreadable."""
    from dangan.extractors.pages import load_pages

    # scans finer than the reader's resolution are reduced in the loading sandbox (``read_page``)
    pages = load_pages(Path(path), pdf_dpi=round(WORK_DPI), image_dpi=WORK_DPI)
    return len(pages), [read_page(p, engine) for p in pages]


# papers issued by others that arrive as cards on a photocopy: each card found on the page is read alone
CARD_TYPES = ("身份证", "残疾人证", "低保证")
# what one card says about its holder: with two holders' cards on a sheet, one member entry per card
PERSON_LABELS = ("姓名", "性别", "民族", "出生日期", "身份证号", "住址")


def _card_groups(readings: Sequence[PageReading], doc_type: str = "") -> list[list[TextLine]] | None:
    """The lines of each card when a page holds several; ``None`` when every page is one card or a page."""
    if not any(len(r.regions) >= 2 for r in readings):
        return None
    groups: list[list[TextLine]] = []
    for r in readings:
        if len(r.regions) >= 2:
            groups += _whole_cards([lines_in(box, r.lines) for box in r.regions], doc_type)
        else:
            groups.append(list(r.lines))
    return [g for g in groups if g]


def _whole_cards(groups: list[list[TextLine]], doc_type: str) -> list[list[TextLine]]:
    """Regions that are one card's rows: a card's last row printed below a wide blank (公民身份号码 under
    the address and photo) may be found as a region of its own. A region with fewer than two of the
    card's printed labels that stands right under another region, across the same span (each covering
    half the narrower), within three of its text heights, is the rest of that card."""
    from dangan.extractors.certificates import CARD_LABELS, match_label

    labels = CARD_LABELS.get(doc_type)
    if labels is None:
        return groups

    def span(g: Sequence[TextLine]) -> Box:
        return (
            min(t.box[0] for t in g),
            min(t.box[1] for t in g),
            max(t.box[2] for t in g),
            max(t.box[3] for t in g),
        )

    out: list[list[TextLine]] = []
    for g in sorted((g for g in groups if g), key=lambda g: span(g)[1]):
        x0, y0, x1, _ = span(g)
        if sum(match_label(t.text, labels) is not None for t in g) < 2:
            for up in reversed(out):
                u0, _, u1, u3 = span(up)
                overlap = min(x1, u1) - max(x0, u0)
                if 0 <= y0 - u3 <= 3 * _line_height(g) and overlap > 0.5 * min(x1 - x0, u1 - u0):
                    up += g
                    break
            else:
                out.append(g)
        else:
            out.append(g)
    return out


def _line_height(g: Sequence[TextLine]) -> float:
    return sorted(t.height for t in g)[len(g) // 2]


def merge_cards(cards: Sequence[Extraction]) -> Extraction:
    """One document from its cards: a field from the first card that has a possible value of it (front and
    back of one card complete each other); when cards name different 身份证号, one member entry per holder."""
    out = Extraction()
    # a possible value before one that fails its field's check (a heading region's words paired with a label)
    for ex in cards:
        for label, value in ex.fields.items():
            if label not in out.fields or (
                check_reading(label, out.fields[label]) is not None and check_reading(label, value) is None
            ):
                out.fields[label] = value
                out.confidence[label] = ex.confidence.get(label, 0.0)
                if label in ex.boxes:
                    out.boxes[label] = ex.boxes[label]
                if label in ex.raw:
                    out.raw[label] = ex.raw[label]
        out.members += ex.members
        out.member_confidence += ex.member_confidence
        out.member_boxes += ex.member_boxes
    holders = [ex for ex in cards if ex.fields.get("身份证号")]
    if len({ex.fields["身份证号"] for ex in holders}) >= 2 and not out.members:
        for ex in holders:
            out.members.append({k: ex.fields[k] for k in PERSON_LABELS if k in ex.fields})
            out.member_confidence.append(
                {k: ex.confidence.get(k, 0.0) for k in PERSON_LABELS if k in ex.fields}
            )
            out.member_boxes.append({k: ex.boxes[k] for k in PERSON_LABELS if k in ex.boxes})
    return out


def _seen(value: Any) -> str:
    return "、".join(map(str, value)) if isinstance(value, list) else str(value)


def _rejected(label: str, member: int | None, text: str, reason: str, box: Any) -> dict[str, Any]:
    page, bbox = _split_box(box)
    return {"label": label, "member": member, "text": text, "reason": reason, "page": page, "box": bbox}


# an issuing office is named after the divisions it serves, from the top down like an address
# ("湘潭市雨湖区民政局", "杭州市公安局上城分局"): its leading division names are repaired as an address's are
OFFICE_LABELS = ("发证机关", "签发机关")


def repair_place_names(ex: Extraction) -> None:
    """Addresses and offices whose division names OCR misread (淑浦县 for 溆浦县, 湘潭市南湖区民政局 for
    雨湖区) get the gazetteer's name (``schemas.places``); the text as read stays in ``raw``."""
    from dangan.schemas.places import correct_divisions
    from dangan.schemas.readings import ADDRESS_LABELS

    for record, raw in ((ex.fields, ex.raw), *((m, None) for m in ex.members)):
        for label in (*ADDRESS_LABELS, *OFFICE_LABELS):
            value = record.get(label)
            if isinstance(value, str) and (repaired := correct_divisions(value)) != value:
                record[label] = repaired
                if raw is not None:
                    raw.setdefault(label, value)


def gate(ex: Extraction) -> list[dict[str, Any]]:
    """Take every value that is not a possible value of its field out of ``ex`` (validation gate).

    What was taken out is returned as the contract's ``rejected`` items (the text seen and why), so
    it reaches the review queue with confidence 0 instead of being emitted as a reading.
    """
    from dangan.schemas.readings import check_fields, member_rows

    out: list[dict[str, Any]] = []
    for i, member in enumerate(ex.members):
        conf = ex.member_confidence[i] if i < len(ex.member_confidence) else {}
        boxes = ex.member_boxes[i] if i < len(ex.member_boxes) else {}
        for label, reason in check_fields(member).items():
            out.append(_rejected(label, i, _seen(member[label]), reason, boxes.get(label)))
            for d in (member, conf, boxes):
                d.pop(label, None)
    # the household's fields after the rows: 家庭人口 is judged against the rows that still name a person
    for label, reason in check_fields(ex.fields, context={"member_rows": member_rows(ex.members)}).items():
        text = ex.raw.get(label) or _seen(ex.fields[label])
        out.append(_rejected(label, None, text, reason, ex.boxes.get(label)))
        for d in (ex.fields, ex.confidence, ex.boxes, ex.raw):
            d.pop(label, None)
    return out


# A notice listing several households (or minutes of a meeting that appraised several workers) does not say
# which is this archive's: each listed name waits for a person (confidence 0) unless the household's own
# papers settle it (``settle_household``)
LISTED_HOUSEHOLD = "名单列有多户，本户是哪一户须对照本户的申请表或身份证"
# the papers that may list several households
LISTING_TYPES = ("公示证明", "其他")
# below this, the name a notice's title gives over its list ("关于X等…的公示") may be another household's
LISTED_TRUST = 0.7


def listed_households(
    ex: Extraction, lines: Sequence[TextLine], doc_type: str = "公示证明"
) -> list[dict[str, Any]]:
    """The households a 公示证明 (or a 其他 paper: minutes of an appraisal) lists, as ``rejected`` items of
    姓名 (one per name, with its box), when the paper names none of them for certain."""
    from dangan.extractors.certificates import listed_people, publicity_candidates

    if "姓名" in ex.fields and (doc_type != "公示证明" or ex.confidence.get("姓名", 0.0) >= LISTED_TRUST):
        return []
    return [
        _rejected("姓名", None, name, LISTED_HOUSEHOLD, [ln.page, [round(v) for v in ln.box]])
        for name, ln in (publicity_candidates(lines) if doc_type == "公示证明" else listed_people(lines))
        if check_reading("姓名", name) is None
    ]


# the papers that name the household's applicant (the worker), most certain first: the application form,
# then the worker's own income proof, then ID cards (one of them the worker's)
_APPLICANT_PAPERS = (("建档申请表",), ("收入证明",), ("身份证",))


def _compact_name(value: Any) -> str:
    return str(value).replace(" ", "").replace("\u3000", "")


def settle_household(results: Sequence[dict[str, Any]]) -> None:
    """Household step, once all of one household's papers are read: a 公示证明 (or a 其他 paper: minutes)
    that lists several households takes, as its 姓名, the listed name that the household's application form
    (else its income proof, else exactly one of its ID cards) gives; the value stays the paper's own reading
    (its box on the paper), its confidence the lower of the two readings'. With no such paper, or papers naming several applicants
    (a folder holding several households), the listed names keep waiting for a person."""
    for r in results:
        if r.get("doc_type") not in LISTING_TYPES:
            continue
        listed = [
            it
            for it in r.get("rejected") or []
            if it.get("label") == "姓名" and it.get("reason") == LISTED_HOUSEHOLD
        ]
        if not listed:
            continue
        by_name = {_compact_name(it.get("text")): it for it in listed}
        for types in _APPLICANT_PAPERS:
            named: dict[str, float] = {}
            for other in results:
                value = (other.get("fields") or {}).get("姓名")
                if other.get("doc_type") in types and isinstance(value, str) and value:
                    conf = float((other.get("confidence") or {}).get("姓名", 0.0))
                    key = _compact_name(value)
                    named[key] = max(conf, named.get(key, 0.0))
            if not named:
                continue
            hits = [n for n in named if n in by_name]
            if (len(named) > 1 and types == ("建档申请表",)) or len(hits) != 1:
                break  # several applicants' forms, or none / several of the listed names: a person decides
            item = by_name[hits[0]]
            fields, conf = r.setdefault("fields", {}), r.setdefault("confidence", {})
            fields["姓名"] = item["text"]
            conf["姓名"] = round(min(0.95, named[hits[0]]) * 0.95, 3)
            if item.get("box") is not None and item.get("page") is not None:
                r.setdefault("boxes", {})["姓名"] = [item["page"], list(item["box"])]
            r["rejected"] = [it for it in r.get("rejected") or [] if not any(it is x for x in listed)]
            break


def type_candidates(scores: dict[str, float]) -> list[str]:
    """The types the paper shows any sign of (a keyword or label of theirs scored), best first. A doubtful
    classification may stand for one of these materials only: reconciliation asks a person about a missing
    收入证明 when a doubtful paper could be one, not when it has nothing of one."""
    return [t for t, s in sorted(scores.items(), key=lambda kv: kv[1], reverse=True) if s > 0]


def assemble(
    path: str | Path, n_pages: int, readings: Sequence[PageReading], engine: str
) -> ExtractionOutput:
    """Classification, fields, members and checks from the page readings (fast; no OCR)."""
    lines = [ln for r in readings for ln in r.lines]
    size = readings[0].size if readings else None
    cls = classify_lines(lines, size)
    has_boxes = any(r.checkboxes is not None for r in readings)
    # by page: a box's pixels place it against its own page's words only
    checkboxes = {i: list(r.checkboxes or []) for i, r in enumerate(readings)} if has_boxes else None
    seals = [r for r in readings if r.seal is not None]
    seal = any(r.seal for r in seals) if seals else None
    # a grey copy with no ring found: "unstamped", less sure than a colour page's answer (it waits for a
    # person's look before it counts against the paper)
    grey_only = seal is None and any(getattr(r, "grey", False) for r in readings)
    if grey_only:
        seal = False
    seal_box = next(((i, r.seal_box) for i, r in enumerate(readings) if r.seal and r.seal_box), None)
    cells = {i: getattr(r, "cells", []) for i, r in enumerate(readings)}
    groups = _card_groups(readings, cls.doc_type) if cls.doc_type in CARD_TYPES else None
    if groups is None:
        ex: Extraction = extract_fields(
            cls.doc_type, lines, checkboxes=checkboxes, seal=seal, seal_box=seal_box, cells=cells
        )
    else:
        ex = merge_cards(
            [
                extract_fields(cls.doc_type, g, checkboxes=checkboxes, seal=seal, seal_box=seal_box)
                for g in groups
            ]
        )
    if grey_only:
        ex.lower("是否盖章", GREY_UNSTAMPED)
    repair_place_names(ex)
    rejected = gate(ex)
    if cls.doc_type in LISTING_TYPES:
        rejected += listed_households(ex, lines, cls.doc_type)
    confidence = dict(ex.confidence)
    confidence["doc_type"] = cls.confidence
    result = {
        "file": str(path),
        "doc_type": cls.doc_type,
        "doc_type_candidates": type_candidates(cls.scores),
        "pages": n_pages,
        "fields": ex.fields,
        "members": ex.members,
        "confidence": confidence,
        "boxes": ex.boxes,
        "rejected": rejected,
    }
    text = "\n\n".join(
        "\n".join(" ".join(t.text for t in row) for row in group_rows(r.lines)) for r in readings
    )
    return ExtractionOutput(result, text, ex.member_confidence, ex.member_boxes, engine)


def _split_box(b: Any) -> tuple[int | None, list[float] | None]:
    if not b:
        return None, None
    return (int(b[0]) if b[0] is not None else None), (list(b[1]) if b[1] is not None else None)


def field_rows(output: Any) -> list[FieldRow]:
    """Every reading of one extraction as rows: household fields, member fields, rejected readings.

    Takes an ``ExtractionOutput``, the flow's dict (``result`` plus ``member_confidence``/``member_boxes``)
    or a bare contract result. A rejected reading (a value its field cannot take) becomes a row with the
    text that was seen and confidence 0.0, so it lands in the review queue and never counts as a reading.
    """
    if isinstance(output, ExtractionOutput):
        result, mconf, mbox = output.result, output.member_confidence, output.member_boxes
    elif isinstance(output, dict) and isinstance(output.get("result"), dict):
        result = output["result"]
        mconf, mbox = output.get("member_confidence") or [], output.get("member_boxes") or []
    else:
        result, mconf, mbox = output, [], []
    conf = result.get("confidence") or {}
    boxes = result.get("boxes") or {}
    rows: list[FieldRow] = []
    for label, value in (result.get("fields") or {}).items():
        rows.append(FieldRow(-1, label, value, float(conf.get(label, 0.0)), *_split_box(boxes.get(label))))
    for i, member in enumerate(result.get("members") or []):
        mc = mconf[i] if i < len(mconf) else {}
        mb = mbox[i] if i < len(mbox) else {}
        for label, value in member.items():
            rows.append(FieldRow(i, label, value, float(mc.get(label, 0.0)), *_split_box(mb.get(label))))
    # the database keeps one row per (member, label): a reading emitted for a label keeps its row, and several
    # texts rejected for one label (the names a notice lists, ``LISTED_HOUSEHOLD``) wait as one row, joined
    taken = {(r.member_index, r.label) for r in rows}
    waiting: dict[tuple[int, str], FieldRow] = {}
    for item in result.get("rejected") or []:
        member = item.get("member")
        key = (-1 if member is None else int(member), str(item["label"]))
        if key in taken:
            continue
        if key in waiting:
            waiting[key] = replace(waiting[key], value=f"{waiting[key].value}、{item.get('text')}")
            continue
        page, box = item.get("page"), item.get("box")
        waiting[key] = FieldRow(
            *key,
            item.get("text"),
            0.0,
            int(page) if page is not None else None,
            list(box) if box is not None else None,
        )
    return rows + list(waiting.values())


def run_extraction(path: str | Path, engine: str = "rapidocr") -> ExtractionOutput:
    """Read one file completely; raises ``InputFileError`` when the file cannot be read."""
    n_pages, readings = read_document(path, engine)
    return assemble(path, n_pages, readings, engine)


def extract_file(path: str | Path, engine: str = "rapidocr") -> dict[str, Any]:
    """The extraction result of one file, exactly the contract's keys (CONTRIBUTING.md)."""
    return run_extraction(path, engine).result


# ---------------------------------------------------------------------------------------------
# Many files on several cores


def ocr_worker_init(engine: str) -> None:
    # each worker uses one core for onnxruntime / OpenMP / OpenCV: parallelism comes from the processes
    # (OpenCV's own pool of one thread per core only added waiting: -5 % CPU per page with one thread)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    cv2.setNumThreads(1)
    try:
        from dangan.extractors.ocr import get_engine

        if engine == "rapidocr":
            from dangan.extractors.ocr import RapidOcrEngine

            _engines[engine] = RapidOcrEngine(threads=1)
        else:
            _engines[engine] = get_engine(engine)
    except Exception:  # the first file will raise the same error with its own message
        pass


def _worker_run(path: str, engine: str) -> tuple[str, ExtractionOutput | None, str | None]:
    try:
        return path, run_extraction(path, engine), None
    except Exception as exc:  # reported per file; the other files go on
        return path, None, f"{type(exc).__name__}: {exc}".splitlines()[0]


Outcome = tuple[str, ExtractionOutput | None, str | None]


def by_household(outcomes: Iterable[Outcome], paths: Sequence[str]) -> Iterator[Outcome]:
    """``outcomes`` as they come, except a notice listing several households (``listed_households``), which
    waits until every file of its folder (``<单位>/<职工编号>/``, one household's papers) is read and is then
    settled by them (``settle_household``)."""
    left = Counter(str(Path(p).parent) for p in paths)
    seen: dict[str, list[dict[str, Any]]] = {}
    held: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        folder = str(Path(outcome[0]).parent)
        left[folder] -= 1
        out = outcome[1]
        if out is not None:
            seen.setdefault(folder, []).append(out.result)
        listed = out is not None and any(
            it.get("reason") == LISTED_HOUSEHOLD for it in out.result.get("rejected") or []
        )
        if listed:
            held.setdefault(folder, []).append(outcome)
        else:
            yield outcome
        if left[folder] <= 0:
            settle_household(seen.pop(folder, []))
            yield from held.pop(folder, [])
    for folder in list(held):  # paths the outcomes did not name as given: settle what came
        settle_household(seen.pop(folder, []))
        yield from held.pop(folder)


def extract_many(
    paths: Iterable[str | Path], engine: str = "rapidocr", workers: int = 2
) -> Iterator[Outcome]:
    """Yield ``(path, output, error)`` per file as they finish (order of completion), ``workers`` processes;
    a notice listing several households comes once its household's folder is read (``by_household``)."""
    todo = [str(p) for p in paths]
    yield from by_household(_extract_all(todo, engine, workers), todo)


def _extract_all(todo: list[str], engine: str, workers: int) -> Iterator[Outcome]:
    if workers <= 1 or len(todo) <= 1:
        for p in todo:
            yield _worker_run(p, engine)
        return
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=ctx, initializer=ocr_worker_init, initargs=(engine,)
    ) as pool:
        pending: set[Future[Any]] = set()
        it = iter(todo)
        for p in it:
            pending.add(pool.submit(_worker_run, p, engine))
            if len(pending) >= workers * 2:
                break
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                yield fut.result()
                nxt = next(it, None)
                if nxt is not None:
                    pending.add(pool.submit(_worker_run, nxt, engine))


def collect_files(paths: Sequence[str | Path]) -> list[Path]:
    """Files of the arguments, folders walked recursively in sorted order (hidden files skipped)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(
                q
                for q in p.rglob("*")
                if q.is_file() and not any(part.startswith(".") for part in q.relative_to(p).parts)
            )
        else:
            out.append(p)
    return out
