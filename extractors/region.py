"""Printed regions of a page: the cards photocopied onto an A4 sheet, found before OCR.

An ID card, 残疾人证, 低保证 or bank card reaches the archive as a small card (85.6 × 54 mm) on an A4
photocopy, sometimes front and back, or two members' cards, on one sheet. OCR of the whole page at the
detector's size shrinks the card's print; reading each card at its own size is sharper and cheaper, and
each card is then read as one card (no printed row running from one card into the next).

Found with OpenCV: ink (darker than the page's paper), closed with a kernel of a few millimetres so a
card's text, frame and photo become one blob, outer contours, boxes merged when they touch. Written with
OpenCV primitives because layout-analysis libraries (layoutparser, docTR) need model downloads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from dangan.extractors.layout import Box, TextLine

MM_PER_INCH = 25.4
WORK_DPI = 75.0  # regions are found on a small copy: a card is ~250 px wide at this resolution
CLOSE_MM = 4.0  # gaps inside a card (between its rows and columns) are smaller than this
SPECK_MM = (1.5, 3.0)  # a blob smaller than this (short side, long side) is a speck, not print
EDGE_MM = 10.0  # a strip narrower than this along the sheet's edge is the scanner's shadow
CARD_SIDE_MM = 20.0  # a card's short side is ≥ 20 mm even when the copy was reduced
MARGIN_MM = 2.0  # kept around a region when it is cropped, so no stroke at its edge is cut
MAX_SPARSE_SHARE = 0.6  # regions covering more of the page than this: a full page (form, letter)
MAX_REGIONS = 8
DOT_MM = 0.7  # a dot of toner no larger than this (a photocopy's speck) is no print


@dataclass(frozen=True)
class Region:
    """One printed region, in pixels of the page it was found on."""

    box: Box

    @property
    def area(self) -> float:
        return float((self.box[2] - self.box[0]) * (self.box[3] - self.box[1]))


def _gray(img: np.ndarray) -> np.ndarray:
    if img.ndim == 2:
        return img
    return cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)


def _ink_mask(gray: np.ndarray) -> np.ndarray:
    """Pixels darker than the paper: the paper's level is taken from the page itself (dark copies)."""
    paper = float(np.percentile(gray, 90))
    return (gray < paper - max(25.0, 0.15 * paper)).astype(np.uint8) * 255


def _without_specks(mask: np.ndarray, px_per_mm: float) -> np.ndarray:
    """The mask without isolated dots of toner (a photocopy's specks): closed with the kernel below,
    dots a few millimetres apart would join into blobs all over the sheet and hide the cards. A dot is
    a connected component no wider and no taller than ``DOT_MM``; strokes of print are longer."""
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    if n <= 1:
        return mask
    dot = max(1, round(DOT_MM * px_per_mm))
    small = (stats[:, cv2.CC_STAT_WIDTH] <= dot) & (stats[:, cv2.CC_STAT_HEIGHT] <= dot)
    small[0] = False  # the background
    if not small.any():
        return mask
    out = mask.copy()
    out[small[labels]] = 0
    return out


def _merge(boxes: list[Box], gap: float) -> list[Box]:
    """Union boxes that overlap or lie within ``gap`` of each other, until none do."""
    out = list(boxes)
    changed = True
    while changed:
        changed = False
        for i in range(len(out)):
            for j in range(i + 1, len(out)):
                a, b = out[i], out[j]
                if a[0] - gap <= b[2] and b[0] - gap <= a[2] and a[1] - gap <= b[3] and b[1] - gap <= a[3]:
                    out[i] = (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
                    del out[j]
                    changed = True
                    break
            if changed:
                break
    return out


def find_regions(img: np.ndarray, dpi: float = 300.0) -> list[Region]:
    """Printed regions of the page, top to bottom then left to right, with a margin; page pixels."""
    gray = _gray(img)
    h, w = gray.shape[:2]
    scale = min(1.0, WORK_DPI / max(dpi, 1.0))
    small = cv2.resize(
        gray, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA
    )
    px_per_mm = dpi * scale / MM_PER_INCH
    mask = _without_specks(_ink_mask(small), px_per_mm)
    k = max(3, round(CLOSE_MM * px_per_mm))
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    boxes: list[Box] = []
    for c in contours:
        x, y, bw, bh = cv2.boundingRect(c)
        edge = x <= 1 or y <= 1 or x + bw >= small.shape[1] - 1 or y + bh >= small.shape[0] - 1
        if edge and min(bw, bh) < EDGE_MM * px_per_mm:
            continue  # the scanner's shadow along the sheet's edge, not print
        if min(bw, bh) >= SPECK_MM[0] * px_per_mm and max(bw, bh) >= SPECK_MM[1] * px_per_mm:
            boxes.append((x, y, x + bw, y + bh))
    boxes = _merge(boxes, gap=1.0 * px_per_mm)
    m = MARGIN_MM * px_per_mm
    out = [
        Region(
            (
                max(0, round((b[0] - m) / scale)),
                max(0, round((b[1] - m) / scale)),
                min(w, round((b[2] + m) / scale)),
                min(h, round((b[3] + m) / scale)),
            )
        )
        for b in boxes
    ]
    return sorted(out, key=lambda r: (round(r.box[1] / (h * 0.05)), r.box[0]))


def card_regions(img: np.ndarray, dpi: float = 300.0) -> list[Region]:
    """The regions worth reading one by one: a few, one at least a card, together a small part of the page.

    Every printed region is returned (a handwritten "复印件与原件一致" beside the cards too), so nothing
    on the page goes unread. An application form or a letter fills the page or breaks into many pieces
    with no card among them: then ``[]``, and the page is read whole.
    """
    regions = find_regions(img, dpi)
    h, w = img.shape[:2]
    card = CARD_SIDE_MM * dpi / MM_PER_INCH
    if not regions or len(regions) > MAX_REGIONS:
        return []
    if not any(min(r.box[2] - r.box[0], r.box[3] - r.box[1]) >= card for r in regions):
        return []
    if sum(r.area for r in regions) > MAX_SPARSE_SHARE * w * h:
        return []
    return regions


def lines_in(region: Box, lines: Sequence[TextLine]) -> list[TextLine]:
    """The lines whose centre lies inside ``region``."""
    return [ln for ln in lines if region[0] <= ln.cx <= region[2] and region[1] <= ln.cy <= region[3]]
