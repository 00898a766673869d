"""Reading ruled forms by their structure: cells → rows → header row → every row below it.

The ruled grid (``preprocess.detect_grid``) says which text belongs together, whatever unit printed the
form: an OCR line that runs across a ruling is cut at it (a row header glued to a name, the digits of the
next column glued to 政治面貌), a run of digit boxes is one cell (an ID number in 18 boxes), a header row
of member labels fixes the columns of every row under it, in any order and width.

OCR lines carry no per-character boxes, so where a line is cut is estimated from the characters' widths
(an ideograph is about one character height wide, a digit about half) and the page's own character
width; a cut is made only where the text shows it was two texts (a gap, a space, or ideographs meeting
digits), so a value that merely runs over its ruling stays whole.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from dangan.extractors.layout import (
    MEMBER_HEADER_WORDS,
    PRINTED_LABELS,
    ROW_NUMBER_HEADS,
    Box,
    Reading,
    TextLine,
    clean_text,
    group_rows,
    is_applicant_row,
    is_member_header,
    label_of,
    member_column_label,
)
from dangan.schemas.labels import HOUSEHOLD_LABELS, MEMBER_COLUMN_SYNONYMS, MEMBER_LABELS, MEMBERS_LABEL
from dangan.schemas.normalise import fold_fullwidth

MEMBER_WORDS = frozenset(MEMBER_LABELS.values())
HOUSEHOLD_ONLY = frozenset(HOUSEHOLD_LABELS.values()) - MEMBER_WORDS - {"单位"}
# member labels too short to split running text (``PRINTED_LABELS`` leaves them out) that still start
# a header cell: 身份 (人员身份) printed with its options after it
SHORT_MEMBER_LABELS = frozenset(w for w in ("身份",) if label_of(w) in MEMBER_WORDS)
MAX_MEMBER_ROWS = 8  # forms print up to six rows; two more for a printing that adds rows


def char_weight(ch: str) -> float:
    """Width of a character in character heights: ideographs and full-width forms ≈ 1, ASCII ≈ ½."""
    if ch.isspace():
        return 0.35
    if ord(ch) < 0x2E80:
        return 0.55
    return 1.0


def text_weight(text: str) -> float:
    return sum(char_weight(c) for c in text)


def page_char_width(lines: Sequence[TextLine]) -> float | None:
    """Median width of one ideograph on the page, from lines of three or more characters."""
    ws = [(ln.box[2] - ln.box[0]) / text_weight(ln.text) for ln in lines if len(ln.text.strip()) >= 3]
    return statistics.median(ws) if ws else None


# ---------------------------------------------------------------------------------------------
# Cells


def _same_band(a: Box, b: Box, tol: float) -> bool:
    return abs(a[1] - b[1]) <= tol and abs(a[3] - b[3]) <= tol


def digit_runs(cells: Sequence[Box], min_run: int = 4) -> list[list[Box]]:
    """Each run of ≥ ``min_run`` narrow, equal, touching boxes on one band (the digit boxes of an ID
    number or a bank card), left to right. Each run is grown rightwards from its leftmost box: the boxes are
    taken left to right (a box a pixel higher than the first ones, top to bottom, would start a run of its own
    in the middle of a number and leave the boxes before it a short run, or none)."""
    boxes = sorted(cells, key=lambda b: (b[0], b[1]))
    narrow = [
        b for b in boxes if (b[2] - b[0]) <= 1.3 * (b[3] - b[1]) and (b[2] - b[0]) <= 120
    ]
    used: set[int] = set()
    runs: list[list[Box]] = []
    for b in narrow:
        if id(b) in used:
            continue
        h = b[3] - b[1]
        w = b[2] - b[0]
        run = [b]
        while True:
            last = run[-1]
            nxt = [
                o
                for o in narrow
                if id(o) not in used
                and o is not last
                and _same_band(o, last, 0.25 * h)
                and 0 <= o[0] - last[2] <= max(6.0, 0.3 * w)
                # boxes of one run are printed alike (within 6 % of one another on the scans seen): a narrower
                # sliver beside them is the margin of the cell they stand in, up to the next field's boxes
                and abs((o[2] - o[0]) - w) <= 0.25 * w
            ]
            if not nxt:
                break
            run.append(min(nxt, key=lambda o: o[0]))
        if len(run) >= min_run:
            used |= {id(r) for r in run}
            runs.append(run)
    return runs


def _run_box(run: Sequence[Box]) -> Box:
    return (run[0][0], min(r[1] for r in run), run[-1][2], max(r[3] for r in run))


def merge_digit_runs(cells: Sequence[Box], min_run: int = 4) -> list[Box]:
    """Replace each run of digit boxes (``digit_runs``) by the one box they form: their digits are one value."""
    runs = digit_runs(cells, min_run)
    used = {id(b) for run in runs for b in run}
    rest = [b for b in cells if id(b) not in used]
    # boxes printed inside a cell beside its label ("身份证号 □□□…" in one cell): the digits are that
    # cell's value, so the run is no cell of its own
    out = [r for r in map(_run_box, runs) if not any(_contains(c, r) for c in rest)]
    margins: set[int] = set()
    for k, r in enumerate(out):
        above, below = _margin_strip(r, rest, True), _margin_strip(r, rest, False)
        if above is not None and below is not None:
            # boxes ruled across their cell short of its side rulings: their top and bottom rulings cut the
            # cell into a strip above them, the run and a strip below; the three are the one cell
            margins |= {id(above), id(below)}
            out[k] = (min(above[0], r[0]), above[1], max(above[2], r[2]), below[3])
    return [*(b for b in rest if id(b) not in margins), *out]


def _margin_strip(run: Box, cells: Sequence[Box], above: bool) -> Box | None:
    """The thin cell right above (or below) a run of digit boxes, as wide as the run give or take a box's
    width each side (the margin of the cell the boxes stand in), else None."""
    h = run[3] - run[1]
    side = h  # a digit box is about as wide as it is high: the margins are narrower than one
    for c in cells:
        edge = c[3] - run[1] if above else run[3] - c[1]
        if (
            abs(edge) <= 0.25 * h
            and 0 < c[3] - c[1] < h
            and 0 <= run[0] - c[0] <= side
            and 0 <= c[2] - run[2] <= side
        ):
            return c
    return None


MAX_BOXED_DIGITS = 19  # an ID number's 18 boxes and one to spare: the longest number a form writes in boxes
MIN_REREAD_RUN = 11  # a mobile number's 11 boxes: the shortest number in boxes re-read whole
# a shorter run (a sum, a postcode, a year: 4 boxes and more) is read again only when the page's reading inside it
# holds fewer digits than it has inked boxes: digits were lost between its rulings ("8" for 1800)
MIN_SHORT_RUN = 4


def reread_digit_runs(
    engine: Any, img: np.ndarray, cells: Sequence[Box], lines: Sequence[TextLine], page: int
) -> list[TextLine]:
    """``lines`` with the text of every run of ≥ 11 digit boxes (``MIN_REREAD_RUN``) read again as one line, its box rulings
    erased: whole-page OCR reads the digits between rulings as fragments and drops some ("3 3", "8 3",
    "1" for 33018319…). The new reading replaces the fragments only when it has more digits. A shorter run
    (``MIN_SHORT_RUN``) is read again only when fewer digits were read inside it than it has inked boxes."""
    out = list(lines)
    for run in _joined_runs(digit_runs(cells, MIN_SHORT_RUN)):
        x0, y0, x1, y1 = (int(v) for v in _run_box(run))
        inked = [b for b in run if _box_has_ink(img, b)]
        if not inked:
            # no box holds a written character (a blank number on a form, an empty row of 稿纸's squares):
            # nothing to read, and recognition of a run is a long line's cost
            continue
        if len(run) < MIN_REREAD_RUN:
            read = [ln for ln in out if ln.page == page and x0 <= ln.cx <= x1 and y0 <= ln.cy <= y1]
            if sum(ch.isdigit() for ln in read for ch in ln.text) >= len(inked):
                continue  # every written digit read already
        crop = _without_rulings(img[max(0, y0) : y1, max(0, x0) : x1])
        if crop is None:
            continue
        one = engine.read_cell(crop)
        text = re.sub(r"[^0-9X]", "", fold_fullwidth(getattr(one, "text", "") or "").upper())
        conf, got = float(getattr(one, "confidence", 0.9)), one is not None
        inside = [ln for ln in out if ln.page == page and x0 <= ln.cx <= x1 and y0 <= ln.cy <= y1]
        before = sum(ch.isdigit() or ch in "Xx" for ln in inside for ch in ln.text)
        if max(before, len(text)) < len(inked) <= 18 + 2:
            # digits spaced box by box lose one to recognition ("13002…" for 130602…): each inked box
            # read alone holds one digit; taken when every box gives exactly one
            alone = _digits_box_by_box(engine, img, inked)
            if alone is not None:
                text, conf, got = alone[0], alone[1], True
        if not got or len(text) <= before or len(text) > 18 + 2:
            continue
        ids = {id(ln) for ln in inside}
        out = [ln for ln in out if id(ln) not in ids]
        out.append(TextLine(text, (x0, y0, x1, y1), conf, page))
    return out


def _box_inside(img: np.ndarray, b: Box) -> np.ndarray:
    """A digit box's inside, its rulings trimmed off (a sixth of its size each side)."""
    w, h = b[2] - b[0], b[3] - b[1]
    tx, ty = max(2, round(w / 6)), max(2, round(h / 6))
    return img[max(0, int(b[1]) + ty) : max(0, int(b[3]) - ty), max(0, int(b[0]) + tx) : max(0, int(b[2]) - tx)]


def _box_has_ink(img: np.ndarray, b: Box) -> bool:
    """Whether a digit box holds a written character (dark pixels inside its rulings)."""
    import cv2

    inner = _box_inside(img, b)
    if inner.size == 0:
        return False
    gray = inner if inner.ndim == 2 else cv2.cvtColor(inner, cv2.COLOR_BGR2GRAY)
    return float((gray < 128).mean()) >= 0.03


def _digits_box_by_box(engine: Any, img: np.ndarray, boxes: Sequence[Box]) -> tuple[str, float] | None:
    """The digits of a run of boxes read one box at a time (recognition only, a narrow white margin round
    each box's inside), and the least sure of them; None unless every box reads as exactly one digit or X."""
    import cv2

    digits: list[str] = []
    confs: list[float] = []
    for b in boxes:
        inner = _box_inside(img, b)
        if inner.size == 0:
            return None
        pad = 4  # little: a wide margin shrinks the digit for recognition, which then reads 7 as 1
        white = (255, 255, 255) if inner.ndim == 3 else 255
        one = engine.read_cell(cv2.copyMakeBorder(inner, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=white))
        text = re.sub(r"\s", "", fold_fullwidth(getattr(one, "text", "") or "").upper())
        if len(text) != 1 or text not in "0123456789X":
            return None
        digits.append(text)
        confs.append(float(getattr(one, "confidence", 0.9)))
    return "".join(digits), min(confs, default=0.0)


REREAD_CELLS = 16  # at most so many cells re-read a page: a blank form's page costs no more than that


def reread_blank_cells(
    engine: Any, img: np.ndarray, cells: Sequence[Box], lines: Sequence[TextLine], page: int
) -> list[TextLine]:
    """``lines`` with the text of ruled cells that whole-page OCR left empty though ink is in them, read
    again from the cell's crop alone (detection and recognition at the crop's own size, the ruling's edge
    trimmed off): a name wrapped over two lines in a narrow column, small or faint filling the page's
    detector missed. Digit boxes are left to ``reread_digit_runs``; a text of no letter, digit or
    ideograph (a box glyph, a stroke) or read below 0.6 is dropped."""
    import cv2

    on_page = [ln for ln in lines if ln.page == page]
    heights = sorted(ln.height for ln in on_page)
    line_h = heights[len(heights) // 2] if heights else 30.0
    in_runs = {id(b) for run in digit_runs(cells, 4) for b in run}
    todo: list[tuple[Box, np.ndarray, int, int]] = []
    for c in cells:
        w, h = c[2] - c[0], c[3] - c[1]
        if id(c) in in_runs or not (0.8 * line_h <= h <= 3.5 * line_h and 0.8 * line_h <= w <= 12 * line_h):
            continue
        if any(c[0] - 2 <= ln.cx <= c[2] + 2 and c[1] - 2 <= ln.cy <= c[3] + 2 for ln in on_page):
            continue
        if any(min(ln.box[2], c[2]) - max(ln.box[0], c[0]) > 0.3 * w and min(ln.box[3], c[3]) - max(ln.box[1], c[1]) > 0.3 * h for ln in on_page):
            continue  # a line reaching into the cell from beside it: its text is read already
        trim = max(3, round(0.08 * min(w, h)))
        x0, y0, x1, y1 = int(c[0]) + trim, int(c[1]) + trim, int(c[2]) - trim, int(c[3]) - trim
        crop = img[max(0, y0) : y1, max(0, x0) : x1]
        if crop.size == 0 or crop.shape[0] < 8 or crop.shape[1] < 8:
            continue
        gray = crop if crop.ndim == 2 else cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY)
        if float((gray < 128).mean()) < 0.01:
            continue
        todo.append((c, crop, max(0, x0), max(0, y0)))
    out = list(lines)
    for _c, crop, x0, y0 in todo[:REREAD_CELLS]:
        pad = 16
        padded = cv2.copyMakeBorder(crop, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=(255, 255, 255) if crop.ndim == 3 else 255)
        for one in engine.read(padded) or []:
            text = str(getattr(one, "text", "") or "").strip()
            conf = float(getattr(one, "confidence", 0.0))
            if conf < 0.6 or not any(ch.isalnum() for ch in text) or text in ("口", "□"):
                continue
            bx = getattr(one, "box", (0, 0, crop.shape[1], crop.shape[0]))
            box = (bx[0] - pad + x0, bx[1] - pad + y0, bx[2] - pad + x0, bx[3] - pad + y0)
            if not _read_already(text, box, on_page):
                out.append(TextLine(text, box, conf, page))
    return out


def _read_already(text: str, box: Box, lines: Sequence[TextLine]) -> bool:
    """Whether the page's read has this text already: a line over most of its box that holds its words. A
    label and its value read as one text whose box reaches into the value's cell only a little ("姓名何静", its
    centre over the label's cell) leaves that cell looking blank; read again, its value would be there twice."""
    words = re.sub(r"\s+", "", fold_fullwidth(text))
    area = max(1.0, (box[2] - box[0]) * (box[3] - box[1]))
    for ln in lines:
        w = min(box[2], ln.box[2]) - max(box[0], ln.box[0])
        h = min(box[3], ln.box[3]) - max(box[1], ln.box[1])
        if w > 0 and h > 0 and w * h >= 0.6 * area and words in re.sub(r"\s+", "", fold_fullwidth(ln.text)):
            return True
    return False


def _joined_runs(runs: list[list[Box]]) -> list[list[Box]]:
    """Runs on one band that touch end to start are one run (a box the grid missed cuts a run in two)."""
    out: list[list[Box]] = []
    for run in sorted(runs, key=lambda r: r[0][0]):
        h = run[0][3] - run[0][1]
        # no longer than a number written in boxes is (an ID's 18 and a box to spare): two fields' boxes side by
        # side (公民身份号码 | 联系电话, 18 and 11) are two numbers
        prev = next(
            (
                o
                for o in out
                if _same_band(o[-1], run[0], 0.25 * h)
                and -4 <= run[0][0] - o[-1][2] <= 2 * h
                and len(o) + len(run) <= MAX_BOXED_DIGITS
            ),
            None,
        )
        if prev is None:
            out.append(list(run))
        else:
            prev.extend(run)
    return out


def _without_rulings(crop: np.ndarray) -> np.ndarray | None:
    """The crop of a run of digit boxes with the box outlines painted white (vertical strokes taller
    than 70 % of the box, and the top and bottom rules), so recognition sees a row of digits."""
    import cv2

    if crop.size == 0 or crop.shape[0] < 8 or crop.shape[1] < 40:
        return None
    gray = crop if crop.ndim == 2 else cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY)
    ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)[1]
    h, w = ink.shape
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(3, int(0.7 * h)))))
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, w // 4), 1)))
    rules = cv2.dilate(cv2.bitwise_or(vertical, horizontal), np.ones((3, 3), np.uint8))
    clean = crop.copy()
    clean[rules > 0] = 255
    return clean


def _contains(outer: Box, inner: Box, slack: float = 4.0) -> bool:
    return (
        outer[0] - slack <= inner[0]
        and outer[1] - slack <= inner[1]
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
        and (outer[2] - outer[0]) * (outer[3] - outer[1]) > (inner[2] - inner[0]) * (inner[3] - inner[1])
    )


def _cells_of_line(ln: TextLine, cells: Sequence[Box], cw: float) -> list[Box]:
    """The cells a line runs through: its centre height inside them, at least half a character inside."""
    hits = [
        c
        for c in cells
        if c[1] - 2 <= ln.cy <= c[3] + 2
        and min(ln.box[2], c[2]) - max(ln.box[0], c[0]) > 0.5 * cw
        and (c[2] - c[0]) * (c[3] - c[1]) > 0
    ]
    return sorted(hits, key=lambda c: c[0])


def _is_ideo(ch: str) -> bool:
    return ord(ch) >= 0x2E80


def _cut(text: str, x0: float, x1: float, left: Box, right: Box, last: bool, cw: float) -> int | None:
    """Where to cut ``text`` (spanning x0..x1) at the ruling between cells ``left`` and ``right``, or None
    when it is one text running over the ruling.

    The left part is laid out from x0, the rest from x1, at ``cw`` per ideograph. Of the cuts whose parts
    stay on their sides, the one that places both parts as a printer does wins: centred in their cells,
    or left-aligned with the same margin. A cut needs evidence of two texts (a gap, a space, or
    ideographs meeting digits).
    """
    n = len(text)
    if n < 2:
        return None
    border = (left[2] + right[0]) / 2
    weights = [char_weight(c) for c in text]
    total = sum(weights)
    gap = (x1 - x0) - total * cw  # room the characters do not fill: a gap between two texts
    margin = x0 - left[0]
    scored: list[tuple[float, float, int]] = []  # (overflow, placement, k)
    acc = 0.0
    for k in range(1, n):
        acc += weights[k - 1]
        left_end = x0 + acc * cw
        right_start = x1 - (total - acc) * cw
        slack_left = slack_right = 0.3 * cw
        if text[k].isspace() or text[k - 1].isspace():
            # a space stands for a gap of any width (a text PDF's words a ruling apart, OCR's gap between two
            # texts), so ``cw`` taken over the whole line is too wide: where each part stands is known to
            # a twentieth of its length
            slack_left += 0.05 * acc * cw
            slack_right += 0.05 * (total - acc) * cw
        overflow = max(0.0, left_end - border - slack_left)
        if last:  # the rest fills the last cell; before that, it runs on into cells whose gaps are unknown
            overflow += max(0.0, border - right_start - slack_right)
        centred = abs((border - left_end) - margin)
        if last:
            centred += abs((right_start - border) - (right[2] - x1))
        aligned = abs((right_start - right[0]) - margin)
        scored.append((overflow, min(centred, aligned), k))
    # a cut where the kind of text changes (ideographs | digits, or a space) is what OCR glues most
    # often; it wins over a cut inside a run of one kind when both fit
    marked = [t for t in scored if _boundary(text, t[2]) and (t[0] <= 0.3 * cw or _fits_some_font(text, t[2], x0, x1, border, cw))]
    # digits run together across a ruling ("1306021981081171141981.08.1145": ID, birth date, age): a
    # cut whose left part is a whole ID number (its check digit holds) or a whole date is one, where
    # the estimate of where characters stand allows it
    whole = [t for t in scored if _whole_value(text[: t[2]]) and t[0] <= 1.5 * cw]
    # a whole date with a whole ID number after it ("2014-04-17130425201404176299"): the cut both sides
    # vouch for, though the estimate of where the figures stand is off by more (a date's day of two
    # figures is one as whole as its first figure alone, "2014-04-1")
    both = [t for t in scored if _whole_value(text[: t[2]]) and _id_starts(text, t[2]) and t[0] <= 3 * cw]
    if both:
        return max(t[2] for t in both)
    if whole:
        return max(t[2] for t in whole)  # the longest: "1981.08.11", not "1981.08.1" and a 1 more
    # the other way round ("57341221196802151441共青团": an age, then the ID number): a cut between a number
    # alone and a whole ID number
    after = [t for t in scored if text[: t[2]].strip().isdigit() and _id_starts(text, t[2]) and t[0] <= 1.5 * cw]
    if after:
        return min(after, key=lambda t: (10 * t[0] + t[1]))[2]
    # two header cells' labels read as one line ("关系（与申出生日期（年月": 关系（与申请人） wrapped in its
    # cell, 出生日期（年月日） beside it): a cut where a printed label starts, with a label before it
    labelled = [t for t in scored if t[0] <= 0.5 * cw and _LABEL_WORDS.match(text, t[2]) and _LABEL_WORDS.search(text[: t[2]])]
    if labelled:
        return min(labelled, key=lambda t: (10 * t[0] + t[1]))[2]
    # a label wrapped in its cell, its first line read on with the value beside it ("是否解困脱是" over "困对象："):
    # a cut where the beginning of a printed label ends, the next character no part of any label
    wrapped = [t for t in scored if t[0] <= 0.5 * cw and _label_start_ends(text, t[2])]
    if wrapped:
        return min(wrapped, key=lambda t: (10 * t[0] + t[1]))[2]
    _overflow, _placement, k = min(marked or scored, key=lambda t: (10 * t[0] + t[1]))
    evidence = gap > 0.8 * cw or _boundary(text, k)
    return k if evidence else None


def _fits_some_font(text: str, k: int, x0: float, x1: float, border: float, cw: float) -> bool:
    """Whether a cut at ``k`` between ideographs and figures (no spaces) falls on ``border`` for some width of
    the figures: ``char_weight`` takes a figure for half an ideograph, but fonts print them from half to
    nearly a whole one wide (家庭其他非薪2000 run over the ruling, its figures 0.85 of an ideograph: at 0.55 the
    six ideographs seemed to reach past the ruling). The line is taken as filled by its characters; the cut
    stands where the left part ends, at a figure width anywhere from 0.5 to 1."""
    if any(c.isspace() for c in text):
        return False
    ideo_l = sum(_is_ideo(c) for c in text[:k])
    ideo_r = sum(_is_ideo(c) for c in text[k:])
    fig_l, fig_r = k - ideo_l, len(text) - k - ideo_r
    width = x1 - x0

    def left_end(w: float) -> float:
        return x0 + width * (ideo_l + w * fig_l) / max(1e-6, ideo_l + ideo_r + w * (fig_l + fig_r))

    lo, hi = sorted((left_end(0.5), left_end(1.0)))
    slack = 0.3 * cw
    return lo - slack <= border <= hi + slack


# a date of figures and points, or of 年 月 日: a day written after 月 closes with 日 ("1968年2月57" is a year
# and month, 15日 wrapped under them, and the age of the next column)
_DATE_RE = re.compile(r"(?:19|20)\d{2}(?:[.\-/](\d{1,2})[.\-/](\d{1,2})|年(\d{1,2})月(\d{1,2})日)")


def _whole_value(text: str) -> bool:
    """An ID number whose check digit holds, or a date with a month and day a calendar has, and nothing else."""
    from dangan.schemas.validators import is_valid_id_number

    t = text.strip()
    if len(t) == 18 and t[:17].isdigit():
        return is_valid_id_number(t)
    m = _DATE_RE.fullmatch(t)
    if m is None:
        return False
    month, day = (int(g) for g in (m.group(1, 2) if m.group(1) else m.group(3, 4)))
    return 1 <= month <= 12 and 1 <= day <= 31


def _id_starts(text: str, k: int) -> bool:
    """An ID number whose check digit holds stands at ``k``, nothing of a number right after it."""
    from dangan.schemas.validators import is_valid_id_number

    idn, rest = text[k : k + 18], text[k + 18 : k + 19]
    return len(idn) == 18 and idn[:17].isdigit() and is_valid_id_number(idn) and not (rest and (rest.isdigit() or rest in "Xx"))


def _boundary(text: str, k: int) -> bool:
    a, b = text[k - 1], text[k]
    if b in "*＊":  # a required field's mark starts the next printed label ("*户口类型*人员身份")
        return True
    # a unit after a number belongs to it ("1日", "3000元"): no boundary between them
    unit = b in "年月日号元岁周"
    return a.isspace() or b.isspace() or (_is_ideo(a) and b.isdigit()) or (a.isdigit() and _is_ideo(b) and not unit)


def _crowded(ln: TextLine, cell: Box, x0: float, x1: float, lines: Sequence[TextLine]) -> bool:
    """Whether another line of the same band stands in ``cell`` over most of [x0, x1]: the piece a cut
    would leave there is the line's OCR box overshooting its ruling (宋桂永 | 配偶: 配 is no part of the
    name), not a text of that cell. Of the same band: each line's middle within the other's height — a label
    wrapped in its cell (本人月平 / 均收入：) puts its second line just under the first, their boxes overlapping
    where the value beside the first line (本人月平1820, read as one line) makes that one tall; that second line
    is below, not beside."""
    for o in lines:
        if o is ln or not (cell[0] - 2 <= o.cx <= cell[2] + 2):
            continue
        band = min(ln.box[3], o.box[3]) - max(ln.box[1], o.box[1])
        beside = o.box[1] <= ln.cy <= o.box[3] and ln.box[1] <= o.cy <= ln.box[3]
        if (
            beside
            and band >= 0.5 * min(ln.height, o.height)
            and min(o.box[2], x1) - max(o.box[0], x0) >= 0.5 * (x1 - x0)
        ):
            return True
    return False


def split_at_rulings(lines: Sequence[TextLine], cells: Sequence[Box]) -> list[TextLine]:
    """Cut every line that runs across a vertical ruling into one line per cell (see module doc)."""
    page_cw = page_char_width(lines) or 0.0
    out: list[TextLine] = []
    for ln in lines:
        text = ln.text
        width = ln.box[2] - ln.box[0]
        cw = width / max(0.5, text_weight(text))
        if page_cw:
            cw = min(cw, page_cw)
        hits = _cells_of_line(ln, cells, cw)
        # a text as tall as two characters or more (its own, or the page's) is two lines read as one box (a label
        # wrapped in a narrow cell, "户主或与 | 户主关系", its box widened by a skewed copy): its characters do not run along
        # its width, so where a ruling falls under it says nothing of which of them stand on which side
        if len(hits) < 2 or len(text) < 2 or (ln.height > 1.7 * cw and ln.height > 1.4 * width / max(0.5, text_weight(text))):
            out.append(ln)
            continue
        pieces: list[tuple[str, float, float]] = []
        rest, rx0 = text, ln.box[0]
        for i, (left, right) in enumerate(itertools.pairwise(hits)):
            border = (left[2] + right[0]) / 2
            k = _cut(rest, rx0, ln.box[2], left, right, i == len(hits) - 2, cw)
            if k is None or _crowded(ln, left, rx0, border, lines):
                continue
            head = rest[:k]
            pieces.append((head, rx0, min(border, rx0 + text_weight(head) * cw)))
            rest = rest[k:].lstrip()
            rx0 = max(border, ln.box[2] - text_weight(rest) * cw)
        pieces.append((rest, rx0, ln.box[2]))
        for t, a, b in pieces:
            t = t.strip()
            if t:
                out.append(TextLine(t, (a, ln.box[1], max(a + 1, b), ln.box[3]), ln.confidence, ln.page))
    return out


# ---------------------------------------------------------------------------------------------
# Rows of cells and the member table


def cell_rows(cells: Sequence[Box]) -> list[list[Box]]:
    """Cells grouped into rows by their top edge (a cell merged over several rows joins its first)."""
    if not cells:
        return []
    heights = sorted(c[3] - c[1] for c in cells)
    tol = max(6.0, 0.35 * heights[len(heights) // 2])
    rows: list[list[Box]] = []
    for c in sorted(cells, key=lambda b: (b[1], b[0])):
        # against the row's cell nearest across, not its first: a page photographed a little askew
        # lowers a row's cells from left to right by more than the tolerance
        near = min(rows[-1], key=lambda r: abs((r[0] + r[2]) - (c[0] + c[2]))) if rows else None
        if near is not None and abs(c[1] - near[1]) <= tol:
            rows[-1].append(c)
        else:
            rows.append([c])
    for r in rows:
        r.sort(key=lambda b: b[0])
    return rows


def _inside(ln: TextLine, c: Box) -> bool:
    return c[0] - 2 <= ln.cx <= c[2] + 2 and c[1] - 2 <= ln.cy <= c[3] + 2


def _cell_text(c: Box, lines: Sequence[TextLine]) -> tuple[str, list[TextLine]]:
    inside = sorted((ln for ln in lines if _inside(ln, c)), key=lambda t: (round(t.cy / max(1.0, t.height)), t.box[0]))
    return "".join(ln.text for ln in inside), inside


_LABEL_WORDS = re.compile("|".join(re.escape(w) for w in PRINTED_LABELS))
# the beginnings of the printed labels (three characters or more) short of the whole label
_LABEL_STARTS = frozenset(w[:i] for w in PRINTED_LABELS for i in range(3, len(w)))


def _label_start_ends(text: str, k: int) -> bool:
    """Whether ``text[:k]`` (its quotes left out) is the beginning of a printed label, wrapped short of its end,
    and ``text[k]`` takes it no further: neither a longer beginning nor a whole label."""
    head = text[:k].replace("“", "").replace('"', "").strip()
    if head not in _LABEL_STARTS:
        return False
    longer = head + text[k]
    return longer not in _LABEL_STARTS and longer not in PRINTED_LABELS


_HEADER_PREFIX = re.compile(
    "|".join(re.escape(w) for w in sorted({*MEMBER_HEADER_WORDS, *SHORT_MEMBER_LABELS}, key=len, reverse=True))
)
# what 河北 prints down the member table's side (seed 002: 家庭成员 / 关系): a title, no column's header
SIDE_TITLES = frozenset({MEMBERS_LABEL, MEMBERS_LABEL + "关系"})
_OPTION_TAIL = re.compile(r"[_＿\s]*(?:[\u4e00-\u9fff]{1,4}/)+[\u4e00-\u9fff]{1,4}$")


def header_label(text: str) -> str | None:
    """The label a header cell names: the whole text, else the text before a bracket or a remark
    ("身份 在职/失业/退休/在读", "关系（是户主的）"), else the one printed label that fills most of it; a
    household label that heads a member column means the member's field (工作单位: 单位或学校)."""
    lab = _header_label(text)
    return MEMBER_COLUMN_SYNONYMS.get(lab, lab) if lab is not None else None


def _header_label(text: str) -> str | None:
    t = clean_text(text).strip()
    # (a colon inside a bracketed remark is the remark's: "身份（在职/：失业/退休/在读）", "关系（注：与申请人）")
    bare = re.sub(r"[（(][^（）()]*[）)]", "", t)
    if ("：" in bare or ":" in bare) and bare.strip("：:"):
        # "姓名：黎桂", "当前学历：": a label with its value (or its blank) after it — a member block's
        # cell or a form's, never a column's header
        return None
    t = t.strip("：:")
    if not t:
        return None
    # the colon read as a full stop ("*姓名。侯新", "关系（是户主的）。儿子"): a label with its value as well
    head, dot, rest = t.partition("。")
    if dot and rest.strip() and (label_of(head) or label_of(re.split(r"[（(]", head)[0])):
        return None
    lab = member_column_label(t)  # (a wording only a member column has: 就业状况, 工作或学习单位)
    if lab:
        return lab
    if t.startswith(MEMBERS_LABEL) and t not in SIDE_TITLES:
        # the table's side title glued to its first header ("家庭成员姓名"), or worded into a header
        # ("家庭成员关系（与申请人）")
        return _header_label(t[len(MEMBERS_LABEL) :])
    head = re.split(r"[（(]", t)[0]
    if head and head != t and (lab := label_of(head)):
        return lab
    # a remark in brackets inside the label (工作（学习）单位: where one works or studies): the label the
    # words around it name
    inner = re.sub(r"[（(][^（）()]*[）)]", "", t)
    if inner and inner != t and (lab := label_of(inner)):
        return lab
    # the options printed after the label, with or without a blank: "身份_在职/失业/退休/在读"
    head = _OPTION_TAIL.sub("", t).strip("_＿：:")
    if head and head != t and (lab := label_of(head)):
        return lab
    # the options after the label with their separators lost ("身份在职失业退休在读"): a member label,
    # then four or more characters naming no other label
    m = _HEADER_PREFIX.match(t)
    # (not a label and its value: "姓名：薛婷娟" is a member block's cell, no header)
    if (
        m
        and len(t) - m.end() >= 4
        and not _LABEL_WORDS.search(t, m.end())
        and not re.search(r"\d", t)
        and t[m.end()] not in "：:"
    ):
        return label_of(m.group())
    found = [m.group() for m in _LABEL_WORDS.finditer(t)]
    if len(found) == 1 and len(found[0]) >= 0.5 * len(re.sub(r"[^\u4e00-\u9fff]", "", t) or t):
        return label_of(found[0])
    return None


@dataclass
class _Column:
    label: str
    x0: float
    x1: float


def _columns(header: list[tuple[str, Box]]) -> list[_Column]:
    return [_Column(lab, b[0], b[2]) for lab, b in sorted(header, key=lambda h: h[1][0])]


def _covers(c: Box, col: _Column) -> float:
    return max(0.0, min(c[2], col.x1) - max(c[0], col.x0)) / max(1.0, col.x1 - col.x0)


def _header_of(
    row: list[Box], lines: Sequence[TextLine], relaxed: bool = False, given: dict[int, str] | None = None
) -> list[tuple[str, Box]] | None:
    """The member labels of a row that is a member table's header row, else None.

    A header row names member labels, one of which only members have (``is_member_header``: a household
    header row names 姓名/民族/性别/身份证号 but no relation or member income), and is mostly labels: a row of label/value pairs (member
    blocks) is not a header row. ``given``: labels of cells by id, read in their context (a two-level header's
    lower cells under their group).
    """
    given = given or {}
    header: list[tuple[str, Box]] = []
    filled = 0
    borrowed: set[str] = set()  # member labels read from a household label (工作单位): no evidence alone
    labelled = 0
    paired = _applicant_pairs(row, lines)
    for c in row:
        text, _ = _cell_text(c, lines)
        if not text.strip() or id(c) in paired:
            continue
        if clean_text(text).strip("：:") in SIDE_TITLES | ROW_NUMBER_HEADS:
            continue  # the table's side title (家庭成员) or its row numbers' head (序号): no column of a label
        filled += 1
        lab = given.get(id(c)) or header_label(text)
        if lab is not None and lab in MEMBER_WORDS:
            labelled += 1  # a label printed twice (two members a row) is a label all the same
        if lab is not None and lab in MEMBER_WORDS and all(h[0] != lab for h in header):
            header.append((lab, c))
            if id(c) not in given and _header_label(text) in MEMBER_COLUMN_SYNONYMS:
                borrowed.add(lab)
        elif lab is None and (two := _compound_label(text)) is not None:
            labelled += 1
            header.append((COMPOUND.join(two), c))
    found = {part for h in header for part in h[0].split(COMPOUND)}
    # an applicant's labels over values (姓名 | 性别 | 工作单位) are no member header; ``relaxed``: a header of
    # labels an applicant has too (姓名 | 性别 | 身份证号), for the caller to judge by the rows under it
    if not is_member_header(found - borrowed) and not (relaxed and "姓名" in found and len(found) >= 3):
        return None
    if labelled < 0.6 * filled:
        return None
    return header


COMPOUND = "＋"  # joins the labels of a header cell naming two (姓名/身份证号): its column holds both values


def _compound_label(text: str) -> list[str] | None:
    """The member labels of a header cell that names two or three apart by a slash, 及, 和 or 、 (姓名 / 身份证号:
    the name over the ID number in each cell under it), else None."""
    parts = [p for p in re.split(r"\s*(?:[/／、]|及|和)\s*", clean_text(text)) if p]
    labs = [header_label(p) for p in parts]
    if not 2 <= len(labs) <= 3 or any(lab is None or lab not in MEMBER_WORDS for lab in labs) or len(set(labs)) < len(labs):
        return None
    return [str(lab) for lab in labs]


def _split_compound(label: str, parts: list[TextLine]) -> list[tuple[str, list[TextLine]]]:
    """The values of a column headed by two labels (``COMPOUND``), label by label: one line each in reading
    order, or one line cut where its kind of text changes (朱慧怡130602…: ideographs, then digits)."""
    labels = label.split(COMPOUND)
    if len(parts) == len(labels):
        return [(lab, [p]) for lab, p in zip(labels, parts, strict=True)]
    text = "".join(p.text for p in parts)
    chunks = [m.group() for m in re.finditer(r"[\u4e00-\u9fff·（）()]+|[0-9Xx*＊\-.年月日]+", text)]
    if len(chunks) != len(labels):
        return []
    out = []
    for lab, chunk in zip(labels, chunks, strict=True):
        p = parts[0]
        out.append((lab, [TextLine(chunk, p.box, min(q.confidence for q in parts), p.page)]))
    return out


def _applicant_pairs(row: list[Box], lines: Sequence[TextLine]) -> set[int]:
    """Ids of the cells of a row that are a label and its value side by side (the applicant's 姓名 | 叶志俊 or
    联系电话 | 131…) rather than column headers: a form may print such pairs on the band of the member
    table's header row (the applicant's fields down the left, the member table on the right). A label
    and the cell after it are a pair when that cell is no label and holds a value of it: any text after
    a household label or after a member label the row prints again (the member column's own), a
    possible value of that label otherwise (民族 | 汉族, 身份证号 | digits)."""
    from dangan.extractors.fields import normalise_value
    from dangan.schemas.readings import check_reading

    texts = [_cell_text(c, lines)[0].strip() for c in row]
    labs = [header_label(t) if t else None for t in texts]
    out: set[int] = set()
    for i in range(len(row) - 1):
        lab, nxt = labs[i], texts[i + 1]
        if lab is None or not nxt or labs[i + 1] is not None or clean_text(nxt) in SIDE_TITLES or id(row[i]) in out:
            continue
        again = sum(1 for o in labs if o == lab) >= 2
        fits = _is_value(nxt) and check_reading(lab, normalise_value(lab, nxt)[0]) is None
        if lab not in MEMBER_WORDS or again or fits:
            out |= {id(row[i]), id(row[i + 1])}
    return out


def read_member_grid(
    lines: Sequence[TextLine], cells: Sequence[Box], split: Sequence[TextLine] | None = None
) -> tuple[list[dict[str, Reading]], set[int]]:
    """Member rows read under the first member header row of the grid, and the ids of the lines used.

    Every row below the header belongs to the table until the ruling changes (a cell spans two header
    columns and holds no row of one text a column), a row holds labels, or rows stop; empty rows are
    skipped; a column the header does not name is ignored; the cells under one header column are joined
    left to right (digit boxes). A header of several rows (姓名/关系/… over a row 身份证号) gives each
    member as many rows, in the same order; a two-level header (a group label over some columns, the
    others merged down over both rows) is one header row of its lower labels and merged cells. A table
    that stops at a break and goes on below it (a second page scanned on: blank paper, 续表, its header
    again or not) goes on being read while the rows keep the header's columns. Member rows printed
    without rulings between them (one tall cell a column) are told apart by their bands of text, read
    from ``split`` (the lines before one cell's lines were joined into one text), when given. A table
    printed on its side (member labels down the left, a column a member) is read by columns.
    """
    members, used, _table = _read_grid(lines, cells, split)
    return complete_birth_dates(split_name_relation([m for m in members if not is_applicant_row(m)])), used


@dataclass
class MemberTable:
    """Where a member table read from one page's grid left off: its columns (a tier a row of a member),
    row height and header labels, and whether its last row was the page's last ruled row (the table may
    go on at the top of the next page)."""

    tiers: list[list[_Column]]
    row_h: float
    named: set[str]
    at_page_end: bool
    count: int


def read_member_pages(
    pages: Sequence[tuple[Sequence[TextLine], Sequence[Box], Sequence[TextLine] | None]],
) -> tuple[list[dict[str, Reading]], dict[int, set[int]]]:
    """Member rows of a document of several pages: the first page whose grid holds a member table, then
    the rows at the top of the pages after it that keep its columns (the table goes on over the page,
    its header printed again or not; the sheet may lie a little aside on the scanner). Returns the
    members and, by page index, the ids of the lines used."""
    for k, (lines, cells, split) in enumerate(pages):
        members, used, table = _read_grid(lines, cells, split)
        if not members and table is None:
            continue
        out_used = {k: used}
        for k2 in range(k + 1, len(pages)):
            if table is None or len(members) >= MAX_MEMBER_ROWS:
                break
            lines2, cells2, split2 = pages[k2]
            if not table.at_page_end:
                # the form went on below the table (its rows stop before the page does): the table goes on
                # on a later page only under its own header printed again (续表), the same columns
                more, used2, again = _read_grid(lines2, cells2, split2)
                if not more or again is None or again.named != table.named:
                    break
                more = [m for m in more if not any(_same_person(m, o) for o in members)]
                table = again
            else:
                more, used2, table = _next_page(lines2, cells2, split2, table)
            if not more:
                break
            members += more
            out_used[k2] = used2
        members = [m for m in members if not is_applicant_row(m)]
        if members:
            return complete_birth_dates(split_name_relation(members)), out_used
    return [], {}


def _same_person(a: dict[str, Reading], b: dict[str, Reading]) -> bool:
    """Two rows naming one person: the same ID number, or the same name."""
    for key in ("身份证号", "姓名"):
        x, y = a.get(key), b.get(key)
        if x is not None and y is not None and clean_text(str(x.value)) and clean_text(str(x.value)) == clean_text(str(y.value)):
            return True
    return False


def _next_page(
    lines: Sequence[TextLine], cells: Sequence[Box], split: Sequence[TextLine] | None, table: MemberTable
) -> tuple[list[dict[str, Reading]], set[int], MemberTable | None]:
    """The rows of ``table`` continued at the top of another page, its columns moved by how far this
    sheet lies aside (the shift that lines up most cell edges of the first ruled row with them)."""
    rows = cell_rows(cells)
    if not rows:
        return [], set(), None
    i = 0
    if _header_of(rows[0], lines) is not None:
        i = len(table.tiers)  # its header printed again
    elif len(rows) > 1 and _two_level(rows[0], rows[1], lines) is not None:
        i = 2
    if i >= len(rows):
        return [], set(), None
    cols = table.tiers[0]
    width = statistics.median(col.x1 - col.x0 for col in cols)
    shifts = [c[0] - col.x0 for c in rows[i] for col in cols if abs(c[0] - col.x0) <= 0.5 * width]
    dx = max(shifts, key=lambda d: sum(1 for e in shifts if abs(e - d) <= 6), default=0.0)
    tiers = [[_Column(col.label, col.x0 + dx, col.x1 + dx) for col in tier] for tier in table.tiers]
    if not _keeps_columns(rows[i], tiers[0]):
        return [], set(), None
    records, stop = _read_records(rows[i:], tiers, lines, min(c[1] for c in rows[i]), table.row_h, split)
    members = [r for r, _ in records if r.get("姓名") or r.get("身份证号")]
    used = {x for r, ids in records if r.get("姓名") or r.get("身份证号") for x in ids}
    for c in (c for row in rows[:i] for c in row):
        used |= {id(ln) for ln in _cell_text(c, lines)[1]}
    at_end = i + stop >= len(rows)
    return members, used, MemberTable(tiers, table.row_h, table.named, at_end, table.count + len(members))


def _read_grid(
    lines: Sequence[TextLine], cells: Sequence[Box], split: Sequence[TextLine] | None = None, part: bool = False
) -> tuple[list[dict[str, Reading]], set[int], MemberTable | None]:
    """``part``: the grid is a later part of a table (``_later_part``), whose rows need not name anyone."""
    rows = cell_rows(cells)

    def someone(r: dict[str, Reading]) -> bool:
        return bool(r.get("姓名") or r.get("身份证号") or (part and any(not k.startswith(UNNAMED) for k in r)))

    pending: tuple[set[int], MemberTable] | None = None
    for ri, row in enumerate(rows):
        header, skip = _header_of(row, lines), 1
        if ri + 1 < len(rows) and (two := _two_level(row, rows[ri + 1], lines)) is not None:
            header, skip = two, 2
        if header is None:
            continue
        used: set[int] = set()
        for _, c in header:
            used |= {id(ln) for ln in _cell_text(c, lines)[1]}
        low = rows[ri + skip - 1]
        row_h = statistics.median(c[3] - c[1] for c in low) if skip == 2 else statistics.median(c[3] - c[1] for _, c in header)
        bottom = statistics.median(c[3] for c in low) if skip == 2 else statistics.median(c[3] for _, c in header)
        top_row = row if skip == 1 else [c for c in row if c[3] >= bottom - 0.3 * row_h] + list(low)
        # a cell merged down a two-level header is as tall as both its rows
        paired = _applicant_pairs(row, lines) if skip == 1 else set()
        tiers = [_columns(header + _unnamed([c for c in top_row if id(c) not in paired], header, row_h * skip))]
        rest = rows[ri + skip :]
        while rest and (more := _header_tier(rest[0], lines)) is not None:
            tiers.append(_columns(more))
            used |= {id(ln) for _, c in more for ln in _cell_text(c, lines)[1]}
            bottom = statistics.median(c[3] for c in rest[0])
            rest = rest[1:]
        halves = _doubled(row, lines) if skip == 1 and len(tiers) == 1 else None
        if halves is not None:
            # two members a row: the left half's rows, then the right half's
            records, stop = [], 0
            # (a label printed twice is no applicant's pair here: cells outside the halves are left out)
            loose = _unnamed(row, [h for half in halves for h in half], row_h)
            full = [lab for lab, _ in max(halves, key=len)]
            for half in halves:
                half_cols = _columns(half + _unnamed_in_half(half, loose, full))
                got, stop_half = _read_records(rest, [half_cols], lines, bottom, row_h, split)
                records += got
                stop = max(stop, stop_half)
                used |= {id(ln) for _, c in half for ln in _cell_text(c, lines)[1]}
            header = max(halves, key=len)
        else:
            records, stop = _read_records(rest, tiers, lines, bottom, row_h, split)
            records += _continued(rest[stop:], tiers, lines, row_h, {h[0] for h in header}, len(records), split)
        named = {h[0] for h in header}
        chosen = _name_unnamed([r for r, _ in records], named)
        members = [r for r, _ in records if someone(r)]
        used |= {i for r, ids in records if someone(r) for i in ids}
        stacked, stacked_used = read_stacked_blocks(lines, rows)
        if not part and len(stacked) > max(1, len(members)):
            return stacked, stacked_used, None
        # an empty block of captioned cells (its captions alone) reads as a header over the blocks' rows
        captioned, captioned_used = read_captioned_blocks(lines, rows, split)
        if not part and len(captioned) > max(1, len(members)):
            return captioned, captioned_used, None
        if members:
            # the rows read reach the page's last ruled row: nothing of the form follows on this page
            last = max((r[key].box[3] for r, _ in records for key in r), default=0.0)
            if (joined := _later_part(rest, lines, split, members, last)) is not None:
                # the table's other part (its further columns under a header of their own) closes it
                return members, used | joined, None
            at_end = not any(
                min(c[1] for c in rw) > last + 0.5 * row_h and any(_cell_text(c, lines)[0].strip() for c in rw)
                for rw in rest
            )
            cols = [
                [_Column(chosen.get(col.label, col.label), col.x0, col.x1) for col in tier if not col.label.startswith(UNNAMED) or col.label in chosen]
                for tier in tiers
            ]
            return members, used, MemberTable(cols, row_h, named, at_end and halves is None, len(members))
        if pending is None and halves is None and not any(any(_cell_text(c, lines)[0].strip() for c in rw) for rw in rest):
            # a header at the foot of the page, its rows on the next
            cols = [[col for col in tier if not col.label.startswith(UNNAMED)] for tier in tiers]
            pending = (used, MemberTable(cols, row_h, named, True, 0))
    if part:
        return [], set(), None
    members, used = read_stacked_blocks(lines, rows)
    if not members:
        members, used = read_captioned_blocks(lines, rows, split)
    if not members:
        members, used = read_transposed_grid(lines, rows)
    if not members and pending is not None:
        return [], pending[0], pending[1]
    if not members:
        members, used = _read_unmarked(lines, rows, split)
    if not members:
        return _read_by_values(lines, rows, split)
    return members, used, None


def _later_part(
    rest: list[list[Box]],
    lines: Sequence[TextLine],
    split: Sequence[TextLine] | None,
    members: list[dict[str, Reading]],
    last: float,
) -> set[int] | None:
    """A member table printed in parts (基本信息, then 健康、保障及收入): below the rows read, a header of its
    own naming further member labels, over the same people in the same order. Its readings join
    ``members`` (in place) row by row, matched by name, else by position when no row names anyone and
    the counts agree; gives the ids of the lines used, or None when no such part follows."""
    below = [rw for rw in rest if min(c[1] for c in rw) >= last]
    start = next((i for i, rw in enumerate(below) if _header_of(rw, lines) is not None), None)
    if start is None:
        return None
    more, used, _table = _read_grid(lines, [c for rw in below[start:] for c in rw], split, part=True)
    # the form's rows after the part (本人承诺 | a paragraph across its columns, its lines read as rows):
    # the part ends at the first row whose values are none of its columns'
    more = list(itertools.takewhile(lambda m: not _no_values(m), more))
    have = {lab for m in members for lab in m}
    if not more or not any(lab not in have for m in more for lab in m):
        return None
    pairs = _same_people(members, more)
    if pairs is None:
        return None
    for i, j in pairs:
        for lab, rd in more[j].items():
            members[i].setdefault(lab, rd)
    return used


def _no_values(record: dict[str, Reading]) -> bool:
    """Whether a row read under the columns has readings of checked labels and none is a possible value
    of its label: a row of the form read across the columns, not a member's."""
    from dangan.extractors.fields import normalise_value
    from dangan.schemas.readings import check_reading

    checked = [(lab, rd) for lab, rd in record.items() if lab in CHECKED]
    return bool(checked) and all(
        (value := normalise_value(lab, rd.value)[0]) is None or check_reading(lab, value) is not None
        for lab, rd in checked
    )


def _same_people(
    first: list[dict[str, Reading]], second: list[dict[str, Reading]]
) -> list[tuple[int, int]] | None:
    """Which row of ``second`` is which row of ``first``: by name (a name read one character off, or with
    a stray character before it, still the same person), else by position when the counts agree (the
    parts list the same people in one order); None when half its named rows match no one of ``first``
    (another table, not a part of this one)."""

    def name(m: dict[str, Reading]) -> str:
        rd = m.get("姓名")
        return clean_text(str(rd.value)) if rd is not None else ""

    named = [j for j, m in enumerate(second) if name(m)]
    if not named:
        return list(zip(range(len(first)), range(len(second)), strict=False)) if len(first) == len(second) else None
    pairs: list[tuple[int, int]] = []
    taken: set[int] = set()
    for j in named:
        b = name(second[j])
        hit = next((i for i, m in enumerate(first) if i not in taken and name(m) == b), None)
        if hit is None:
            hit = next(
                (
                    i
                    for i, m in enumerate(first)
                    if i not in taken
                    and len(a := name(m)) == len(b) >= 2
                    and sum(x != y for x, y in zip(a, b, strict=True)) <= 1
                ),
                None,
            )
        if hit is None:
            hit = next((i for i, m in enumerate(first) if i not in taken and _within(name(m), b)), None)
        if hit is None and len(first) == len(second) and j not in taken:
            hit = j
        if hit is not None:
            taken.add(hit)
            pairs.append((hit, j))
    return pairs if 2 * len(pairs) >= len(named) else None


def _holds_relation(record: dict[str, Reading], chosen: dict[str, str]) -> bool:
    """Whether a row's relation column holds a relation: named so by its values, or headed so (称谓) over a
    value that is one."""
    from dangan.extractors.fields import normalise_value
    from dangan.schemas.readings import check_reading

    if "关系" in chosen.values():
        return True
    rel = record.get("关系")
    value = normalise_value("关系", rel.value)[0] if rel is not None else None
    return value is not None and check_reading("关系", value) is None


def _within(a: str, b: str) -> bool:
    """One name read inside the other (郑天邱梅 for 邱梅: a neighbour's stray characters before it)."""
    return min(len(a), len(b)) >= 2 and (a in b or b in a)


def _read_unmarked(
    lines: Sequence[TextLine], rows: list[list[Box]], split: Sequence[TextLine] | None
) -> tuple[list[dict[str, Reading]], set[int]]:
    """A member table whose header names only labels an applicant has too (姓名 | 性别 | 出生日期 | 身份证号:
    no relation, no member's income). Its rows tell it from the applicant's labels over their values: two
    or more rows under it, each a name with another reading that is a possible value of its column."""
    for ri, row in enumerate(rows[:-1]):
        if _header_of(row, lines) is not None or (header := _header_of(row, lines, relaxed=True)) is None:
            continue
        row_h = statistics.median(c[3] - c[1] for _, c in header)
        bottom = statistics.median(c[3] for _, c in header)
        records, _stop = _read_records(rows[ri + 1 :], [_columns(header)], lines, bottom, row_h, split)
        filled = [(r, ids) for r, ids in records if r]
        if len(filled) < 2 or not all(_person_row(r) for r, _ in filled):
            continue
        used = {i for _, ids in filled for i in ids} | {id(ln) for _, c in header for ln in _cell_text(c, lines)[1]}
        return [r for r, _ in filled], used
    return [], set()


def _person_row(record: dict[str, Reading]) -> bool:
    """A row that reads as one person: a name, and another reading that is a possible value of its label."""
    from dangan.extractors.fields import normalise_value
    from dangan.schemas.readings import check_reading

    name = record.get("姓名")
    if name is None or not _looks_like_name(str(name.value)):
        return False
    for lab, rd in record.items():
        if lab == "姓名":
            continue
        value = normalise_value(lab, rd.value)[0]
        if value is not None and check_reading(lab, value) is None:
            return True
    return False


_NAME_RELATION = re.compile(r"([\u4e00-\u9fff·]{2,4})\s*[（(]([\u4e00-\u9fff]{1,4})[）)]?")


def split_name_relation(members: list[dict[str, Reading]]) -> list[dict[str, Reading]]:
    """A name written with the member's relation after it in brackets (a column 姓名（关系）: 朱慧怡（配偶）)
    is the name and, when no 关系 was read, the relation (a possible value of it: 配偶, 儿子 …)."""
    from dangan.extractors.fields import normalise_value
    from dangan.schemas.readings import check_reading

    for m in members:
        name = m.get("姓名")
        got = _NAME_RELATION.fullmatch(clean_text(str(name.value))) if name is not None else None
        if name is None or got is None:
            continue
        rel = normalise_value("关系", got.group(2))[0]
        if not isinstance(rel, str) or check_reading("关系", rel) is not None:
            continue
        name.value = got.group(1)
        if not m.get("关系"):
            m["关系"] = Reading(rel, name.confidence, name.page, name.box, raw=got.group(2))
    return members


_YEAR_MONTH = re.compile(r"((?:19|20)\d{2})\s*(?:[年.\-/．·,，]\s*|\s+)(\d{1,2})\s*月?份?")


def complete_birth_dates(members: list[dict[str, Reading]]) -> list[dict[str, Reading]]:
    """出生年月 printed without its day (1975.03, 1975年3月, read "1975 03"): the member's birth date is the one
    the row's ID number gives when its year and month are those printed (ARCHIVE-SCHEMA: 出生日期 is
    derivable from 身份证号; dates are YYYY-MM-DD). Otherwise it is that month (read as its first day, as
    ``parse_date`` reads a year and month) at 0.8 of the confidence: the day is nowhere on the paper. A date
    whose day lost its last figure (wrapped under it in a narrow cell: "1970-04-0") is the ID number's when
    the rest agrees with it."""
    for m in members:
        born, number = m.get("出生日期"), m.get("身份证号")
        if born is None:
            continue
        digits = re.sub(r"[^0-9X]", "", fold_fullwidth(str(number.value)).upper()) if number is not None else ""
        year, month, day = digits[6:10], digits[10:12], digits[12:14]
        if _cut_short(str(born.value), digits):
            born.value, born.confidence = f"{year}-{month}-{day}", 0.9 * born.confidence
            continue
        ym = _YEAR_MONTH.fullmatch(fold_fullwidth(str(born.value)).strip())
        if ym is None:
            continue
        if (
            len(digits) == 18
            and digits[:17].isdigit()
            and year == ym.group(1)
            and int(month) == int(ym.group(2))
            and 1 <= int(day) <= 31
        ):
            born.value = f"{year}-{month}-{day}"
            continue
        born.value = f"{ym.group(1)}-{int(ym.group(2)):02d}"
        if number is None or len(digits) != 18:
            born.confidence *= 0.8
    return members


# a date whose day is cut short: its last figure wrapped under it in a narrow cell and lost ("1970-04-0")
_DAY_CUT = re.compile(r"((?:19|20)\d{2})\s*[年.\-/．]\s*(\d{1,2})\s*[月.\-/．]\s*(\d)")


def _cut_short(born: str, digits: str) -> bool:
    """Whether ``born`` is the birth date of the ID number ``digits`` with the day's last figure missing:
    the same year and month, and one figure that opens the ID's day (the ID tells the rest)."""
    m = _DAY_CUT.fullmatch(fold_fullwidth(born).strip())
    if m is None or len(digits) != 18 or not digits[:17].isdigit():
        return False
    year, month, day = digits[6:10], digits[10:12], digits[12:14]
    return m.group(1) == year and int(m.group(2)) == int(month) and day[0] == m.group(3)


def _read_by_values(
    lines: Sequence[TextLine], rows: list[list[Box]], split: Sequence[TextLine] | None
) -> tuple[list[dict[str, Reading]], set[int], MemberTable | None]:
    """A member table whose header names too few member labels to be known (称谓, 成员, 证件号 …): a row of
    three or more texts whose columns below are named by their values (``_name_unnamed``: relations,
    ID numbers, names …) into a member header with 姓名 and 关系, one of them at least named so."""
    for ri, row in enumerate(rows[:-1]):
        texts = [(c, _cell_text(c, lines)[0].strip()) for c in row]
        if sum(1 for _, t in texts if t) < 3 or any(_is_value(t) for _, t in texts if t):
            continue  # a row holding values (姓名 | 胡静 | 性别 | 男) is no header
        header: list[tuple[str, Box]] = []
        for i, (c, t) in enumerate(texts):
            lab = header_label(t) if t else None
            if lab in MEMBER_WORDS and all(h[0] != lab for h in header):
                header.append((str(lab), c))
            elif t:
                header.append((f"{UNNAMED}{i}", c))
        named = {h[0] for h in header if not h[0].startswith(UNNAMED)}
        if "关系" in named and "姓名" in named:
            continue  # a header the first reading would have known
        row_h = statistics.median(c[3] - c[1] for c in row)
        bottom = statistics.median(c[3] for c in row)
        records, _stop = _read_records(rows[ri + 1 :], [_columns(header)], lines, bottom, row_h, split)
        records = [(r, ids) for r, ids in records if r]
        if not records:
            continue
        final = set(named)
        chosen = _name_unnamed([r for r, _ in records], final)
        if not chosen or not {"姓名", "关系"} <= final or not is_member_header(final):
            continue
        if len(records) < 2 and not (_holds_relation(records[0][0], chosen) and _person_row(records[0][0])):
            # one row named by its values alone is a table only when a column of it holds a relation (配偶,
            # 儿子: no applicant's own value) beside a name
            continue
        members = [r for r, _ in records if r.get("姓名") or r.get("身份证号")]
        if not members:
            continue
        used = {i for r, ids in records for i in ids} | {id(ln) for _, c in header for ln in _cell_text(c, lines)[1]}
        return members, used, None
    return [], set(), None


def _label_row(row: list[Box], lines: Sequence[TextLine]) -> list[tuple[str, Box]] | None:
    """The member labels of a row of two or more texts that are all member labels (a cell merged down
    beside the rows, a block's title, aside), else None."""
    if not row:
        return None
    h = statistics.median(c[3] - c[1] for c in row)
    out: list[tuple[str, Box]] = []
    for c in row:
        text = _cell_text(c, lines)[0].strip()
        if not text or (c[3] - c[1]) > 1.6 * h:
            continue
        lab = header_label(text)
        if lab is None or lab not in MEMBER_WORDS or any(o[0] == lab for o in out):
            return None
        out.append((lab, c))
    return out if len(out) >= 2 else None


def read_stacked_blocks(
    lines: Sequence[TextLine], rows: list[list[Box]]
) -> tuple[list[dict[str, Reading]], set[int]]:
    """Members printed as blocks of rows of labels over rows of values (成员1: 姓名 关系 性别 民族 over its
    values, 身份证号 月收入 … over theirs; 成员2 the same): each label row's values are the row under it,
    paired by column; a member ends where a label comes again. A block counts when its labels make a
    member header (``is_member_header``): the applicant's own labels over values name no member-only one."""
    members: list[dict[str, Reading]] = []
    used: set[int] = set()
    cur: dict[str, Reading] = {}
    ids: set[int] = set()
    found: set[str] = set()
    borrowed: set[str] = set()  # read from a household label (工作单位): no sign of a member alone

    def flush() -> None:
        nonlocal cur, ids, found, borrowed
        if (cur.get("姓名") or cur.get("身份证号")) and is_member_header(found - borrowed):
            members.append(cur)
            used.update(ids)
        cur, ids, found, borrowed = {}, set(), set(), set()

    i = 0
    while i + 1 < len(rows):
        labels = _label_row(rows[i], lines)
        if labels is None or _label_row(rows[i + 1], lines) is not None:
            if labels is None and cur and any(_cell_text(c, lines)[0].strip() for c in rows[i]):
                flush()  # a row of something else: the blocks are over
            i += 1
            continue
        if any(lab in found for lab, _ in labels):
            flush()
        got, got_ids, is_label_row = _read_row(rows[i + 1], _columns(labels), lines)
        if is_label_row:
            i += 1
            continue
        cur.update(got)
        found |= {lab for lab, _ in labels}
        borrowed |= {lab for lab, c in labels if _header_label(_cell_text(c, lines)[0]) in MEMBER_COLUMN_SYNONYMS}
        ids |= got_ids | {id(ln) for _, c in labels for ln in _cell_text(c, lines)[1]}
        i += 2
    flush()
    return members, used


def _caption(
    c: Box, lines: Sequence[TextLine], cells: Sequence[Box] = ()
) -> tuple[str, TextLine, list[TextLine]] | None:
    """A cell captioned with a member label: its top line a member label alone in the cell's upper half,
    the lines under or beside it the value (none when left blank). Gives (label, caption, value lines).
    A line over the caption that lies in another of ``cells`` too is that cell's (a sheet scanned
    warped: the cells above reach down over this one's top)."""
    inside = [
        ln for ln in _cell_text(c, lines)[1]
        if not any(o is not c and _inside(ln, o) and ln.cy < (c[1] + c[3]) / 2 for o in cells)
    ]  # fmt: skip
    if not inside:
        return None
    top = min(inside, key=lambda ln: ln.box[1])
    lab = header_label(top.text)
    if lab is None or lab not in MEMBER_WORDS or top.cy > (c[1] + c[3]) / 2:
        return None
    rest = [ln for ln in inside if ln is not top]
    if any(ln.cy < top.box[1] for ln in rest):
        return None
    return lab, top, _reading_order(rest)


def _captioned_blocks(
    lines: Sequence[TextLine], rows: list[list[Box]], apart: Sequence[TextLine] | None = None
) -> list[tuple[dict[str, Reading], set[int], set[str], bool]]:
    """Every block of captioned cells down the rows: its readings, the ids of its lines, its captions. A block
    ends where a caption comes again, the blocks where a row holds text and no caption. ``beside``: a cell of a
    caption's row and height that is no caption holds text (label cells with their values beside them)."""
    seen = apart if apart is not None else lines
    every = [c for row in rows for c in row]
    blocks: list[tuple[dict[str, Reading], set[int], set[str], bool]] = []
    cur: dict[str, Reading] = {}
    ids: set[int] = set()
    found: set[str] = set()
    beside = False

    def flush() -> None:
        nonlocal cur, ids, found, beside
        if found:
            blocks.append((cur, ids, found, beside))
        cur, ids, found, beside = {}, set(), set(), False

    for row in rows:
        caps = [(c, got) for c in row if (got := _caption(c, seen, every)) is not None]
        if not caps:
            if found and any(_cell_text(c, lines)[0].strip() for c in row if c[2] - c[0] > 2 * (c[3] - c[1])):
                flush()  # a row of something else: the blocks are over
            continue
        high = 1.5 * max(c[3] - c[1] for c, _ in caps)
        spoken = any(
            c[3] - c[1] <= high and _cell_text(c, lines)[0].strip() for c in row if all(c is not k for k, _ in caps)
        )
        for c, (lab, top, value) in sorted(caps, key=lambda cg: cg[0][0]):
            if lab in found:
                flush()
            found.add(lab)
            beside |= spoken
            ids |= {id(top)} | {id(ln) for ln in value} | {id(ln) for ln in _cell_text(c, lines)[1]}
            text = "".join(ln.text for ln in value).strip()
            if text:
                box = (
                    min(ln.box[0] for ln in value),
                    min(ln.box[1] for ln in value),
                    max(ln.box[2] for ln in value),
                    max(ln.box[3] for ln in value),
                )
                cur[lab] = Reading(text, min(ln.confidence for ln in value), value[0].page, box, raw=text)
    flush()
    return blocks


def read_captioned_blocks(
    lines: Sequence[TextLine], rows: list[list[Box]], apart: Sequence[TextLine] | None = None
) -> tuple[list[dict[str, Reading]], set[int]]:
    """Members printed as blocks of captioned cells (成员一: a cell 姓名 with the name under it, 称谓 with the
    relation …; 成员二 the same): every cell's value is read from under its caption. A block counts when it
    names someone and its captions make a member header (``is_member_header``): the applicant's own captioned
    cells name no member-only label. ``apart``: the lines before each cell's lines were joined into one text
    (caption and value apart), when given."""
    members: list[dict[str, Reading]] = []
    used: set[int] = set()
    for cur, ids, found, _beside in _captioned_blocks(lines, rows, apart):
        if (cur.get("姓名") or cur.get("身份证号")) and is_member_header(found):
            members.append(cur)
            used |= ids
    return members, used


def member_block_lines(
    lines: Sequence[TextLine], rows: list[list[Box]], apart: Sequence[TextLine] | None = None
) -> set[int]:
    """The ids of the lines of every member block of captioned cells left blank (a slot for a member the
    household does not have: no name, no ID number under its captions): its captions are a member's, never a
    label of the applicant's (工作单位（就读学校） over nothing is not to pair with the next block's 称谓 or the
    statement under the blocks). A blank block counts when its captions make a member header and ask the
    relation (称谓, 关系) — the applicant's own captioned cells never ask it — and no cell beside its captions
    holds text (label cells with their values beside them are a block of label/value pairs)."""
    return {
        i
        for cur, ids, found, beside in _captioned_blocks(lines, rows, apart)
        if not (beside or cur.get("姓名") or cur.get("身份证号")) and "关系" in found and is_member_header(found)
        for i in ids
    }


def _label_cell(row: list[Box], lines: Sequence[TextLine]) -> tuple[str, Box] | None:
    """The member label a row of a transposed table starts with (its first cell with text, or the one after
    a side title such as 家庭成员 merged down the table's side), when no other cell of the row holds a
    printed label: the row's other cells are values, one a member."""
    texts = [(c, _cell_text(c, lines)[0].strip()) for c in row]
    texts = [(c, t) for c, t in texts if t]
    for i, (c, t) in enumerate(texts[:2]):
        lab = header_label(t)
        if lab is None or lab not in MEMBER_WORDS:
            if i == 0 and label_of(t) is None:
                continue  # a side title (家庭成员, 家庭主要成员) or a row number column's head
            return None
        rest = texts[i + 1 :]
        if any(label_of(o) is not None for _, o in rest):
            return None  # label/value pairs across the row (姓名 | 张三 | 性别 | 男): a form's row or a member block
        return lab, c
    return None


def read_transposed_grid(
    lines: Sequence[TextLine], rows: list[list[Box]]
) -> tuple[list[dict[str, Reading]], set[int]]:
    """A member table printed on its side: a column of member labels down the left (姓名, 关系, 身份证号 …,
    a side title 家庭成员 beside them or not), one column of values a member to their right. The rows that
    start with a member label at the same place are the table when their labels make a member header
    (``is_member_header``); each member is the cells of one column across those rows (digit boxes joined).
    A table too wide for the page goes on in blocks one under the other (成员1–3, then 成员4–6 under the same
    labels): the members of every block, in order."""
    members: list[dict[str, Reading]] = []
    used: set[int] = set()
    i = 0
    while i < len(rows):
        first = _label_cell(rows[i], lines)
        if first is None:
            i += 1
            continue
        run: list[tuple[str, Box, list[Box]]] = []
        x0 = first[1][0]
        j = i
        skipped = 0  # rows of the table passed over since the run's last member label
        while j < len(rows):
            got = _label_cell(rows[j], lines)
            if got is None or abs(got[1][0] - x0) > max(8.0, 0.3 * (got[1][2] - got[1][0])):
                if run and skipped < MAX_FOREIGN_ROWS and _foreign_row(rows[j], run, x0, lines):
                    skipped += 1
                    j += 1
                    continue
                break
            values = [c for c in rows[j] if c[0] >= got[1][2] - 4]
            if any(r[0] == got[0] for r in run) or (run and not _same_columns(run[-1][2], values)):
                break  # the same label again, or the rulings change: another table or the form's rows
            run.append((got[0], got[1], values))
            skipped = 0
            j += 1
        found = {r[0] for r in run}
        borrowed = {lab for lab, c, _ in run if _header_label(_cell_text(c, lines)[0]) in MEMBER_COLUMN_SYNONYMS}
        # one column of values is a person's own list of fields (the applicant's, down a two-column
        # form) unless it names the relation
        one = max(len(r[2]) for r in run) <= 1
        if len(run) >= 3 and is_member_header(found - borrowed) and (not one or "关系" in found):
            block, block_used = _transposed_members(run, lines)
            members += block[: MAX_MEMBER_ROWS - len(members)]
            used |= block_used
        i = max(j, i + 1)
    return members, used if members else set()


MAX_FOREIGN_ROWS = 3


def _foreign_row(
    row: list[Box], run: list[tuple[str, Box, list[Box]]], x0: float, lines: Sequence[TextLine]
) -> bool:
    """A row inside a table printed on its side whose label is no member field (其它联系方式, 备注, a wording no
    reader knows) ruled like the member rows: a unit's Word file puts the household's extra lines among the
    member's, and the member rows after it are the same table. Its label cell starts where the run's do and
    holds text, no other cell holds a label, and its value cells keep the run's columns."""
    tol = max(8.0, 0.3 * (run[-1][1][2] - run[-1][1][0]))
    head = next((c for c in row if abs(c[0] - x0) <= tol), None)
    if head is None or not _cell_text(head, lines)[0].strip():
        return False
    values = [c for c in row if c[0] >= head[2] - 4]
    if any(label_of(_cell_text(c, lines)[0].strip()) is not None for c in values if c is not head):
        return False
    ref = run[-1][2]
    if len(values) == 1 and ref:
        # one cell merged across every member's column (a household line printed whole: 备注, 其它联系方式)
        lo, hi = min(c[0] for c in ref), max(c[2] for c in ref)
        return abs(values[0][0] - lo) <= tol and abs(values[0][2] - hi) <= tol
    return _same_columns(ref, values)


def _same_columns(a: list[Box], b: list[Box]) -> bool:
    """Two rows of value cells ruled alike: most cells of each start where one of the other does (a
    digit-box row's cell a column merged into one, a lost ruling aside)."""
    if not a or not b:
        return False

    def hits(p: list[Box], q: list[Box]) -> int:
        return sum(1 for c in p if any(abs(c[0] - o[0]) <= max(8.0, 0.15 * (c[2] - c[0])) for o in q))

    return min(hits(a, b), hits(b, a)) >= 0.6 * max(len(a), len(b))


def _transposed_members(
    run: list[tuple[str, Box, list[Box]]], lines: Sequence[TextLine]
) -> tuple[list[dict[str, Reading]], set[int]]:
    """One member a column: the columns are the value cells of the run's row with most of them (the
    rulings of a digit-box row cut it finer), each member's reading under a label the texts of its row's
    cells standing in that column."""
    widest = max((r[2] for r in run), key=len)
    cols = [_Column(str(k), c[0], c[2]) for k, c in enumerate(sorted(widest, key=lambda b: b[0]))]
    if not cols or len(cols) > MAX_MEMBER_ROWS:
        return [], set()
    used: set[int] = set()
    for _, label_box, _ in run:
        used |= {id(ln) for ln in _cell_text(label_box, lines)[1]}
    members: list[dict[str, Reading]] = []
    for col in cols:
        member: dict[str, Reading] = {}
        ids: set[int] = set()
        for lab, _, data in run:
            parts = [
                ln
                for c in data
                if col.x0 - 4 <= (c[0] + c[2]) / 2 <= col.x1 + 4
                for ln in _cell_text(c, lines)[1]
            ]
            parts = _reading_order(parts)
            text = "".join(p.text for p in parts).strip()
            if not text:
                continue
            box = (min(p.box[0] for p in parts), min(p.box[1] for p in parts), max(p.box[2] for p in parts), max(p.box[3] for p in parts))
            member[lab] = Reading(text, min(p.confidence for p in parts), parts[0].page, box, raw=text)
            ids |= {id(p) for p in parts}
        if member.get("姓名") or member.get("身份证号"):
            members.append(member)
            used |= ids
    return members, used


def _doubled(row: list[Box], lines: Sequence[TextLine]) -> list[list[tuple[str, Box]]] | None:
    """A header row printing its member labels twice side by side (两人一行: 姓名 关系 … | 姓名 关系 …): the
    two halves, each a member header of the same labels in the same order (one of them may lack a label
    whose cell OCR could not read: a narrow 性别 printed down its cell); else None."""
    labelled = [(header_label(_cell_text(c, lines)[0]), c) for c in sorted(row, key=lambda b: b[0])]
    seq = [(str(lab), c) for lab, c in labelled if lab is not None and lab in MEMBER_WORDS]
    if len(seq) < 6:
        return None
    # the right half starts where the first label comes again
    k = next((i for i in range(3, len(seq) - 2) if seq[i][0] == seq[0][0]), None)
    if k is None:
        return None
    left, right = seq[:k], seq[k:]
    a, b = [lab for lab, _ in left], [lab for lab, _ in right]
    short, long_ = sorted((a, b), key=len)
    if a != b and not (len(long_) - len(short) == 1 and _subsequence(short, long_)):
        return None
    if not is_member_header(set(long_)):
        return None
    return [left, right]


def _subsequence(short: list[str], long_: list[str]) -> bool:
    it = iter(long_)
    return all(x in it for x in short)


def _unnamed_in_half(
    half: list[tuple[str, Box]], loose: list[tuple[str, Box]], full: list[str]
) -> list[tuple[str, Box]]:
    """The header cells of one half of a doubled header that name nothing readable (a narrow 性别 printed
    down the cell, lost by OCR). Where the other half (``full``, its labels in order) prints one label
    this half lacks between the labels either side of the cell, the cell is that label's (the halves
    print the same labels); otherwise a column to be named by its values, keyed by the label before it:
    the same key in both halves, so that the values under both name it together (``_name_unnamed``)."""
    ordered = sorted(half, key=lambda h: h[1][0])
    lo, hi = ordered[0][1][0], ordered[-1][1][2]
    have = {lab for lab, _ in ordered}
    out = []
    for _, c in loose:
        if not (lo <= c[0] and c[2] <= hi):
            continue
        before = max((h for h in ordered if h[1][2] <= c[0] + 4), key=lambda h: h[1][0], default=ordered[0])
        after = min((h for h in ordered if h[1][0] >= c[2] - 4), key=lambda h: h[1][0], default=None)
        i0 = full.index(before[0]) if before[0] in full else None
        i1 = full.index(after[0]) if after is not None and after[0] in full else len(full)
        lost = [lab for lab in full[i0 + 1 : i1] if lab not in have] if i0 is not None else []
        out.append((lost[0] if len(lost) == 1 else f"{UNNAMED}{before[0]}+", c))
        if len(lost) == 1:
            have.add(lost[0])
    return out


def _two_level(row: list[Box], below: list[Box], lines: Sequence[TextLine]) -> list[tuple[str, Box]] | None:
    """The header of a two-level member header: ``row`` holds cells merged down over ``below`` (姓名, 关系
    …) and a group label over some columns (身份信息, 收入情况), ``below`` the labels under that group.
    None unless some cell of ``row`` reaches ``below``'s bottom and every text of ``below`` is a member
    label standing under a cell of ``row`` that does not reach down."""
    if not below or not row:
        return None
    low_bottom = statistics.median(c[3] for c in below)
    low_h = statistics.median(c[3] - c[1] for c in below)
    # merged down to the lower row's bottom, not further (a cell beside the whole table is no header)
    down = [c for c in row if abs(c[3] - low_bottom) <= 0.3 * low_h]
    groups = [c for c in row if c[3] < low_bottom - 0.3 * low_h]
    if not down or not groups:
        return None
    under = [d for d in below if _group_over(d, groups) is not None]
    if len(under) < len([d for d in below if _cell_text(d, lines)[0].strip()]):
        return None
    named = _lower_tier(under, groups, lines)
    if named is None:
        return None
    # the group cells' own texts are no columns: the cells merged down and the lower row are the header
    return _header_of(down + under, lines, given=named)


def _lower_tier(under: list[Box], groups: list[Box], lines: Sequence[TextLine]) -> dict[int, str] | None:
    """The member labels of a two-level header's lower cells by cell id, else None (a text that names none).
    A lower cell may name only what kind of thing its column holds, its group saying of what: 就业（就学）情况
    over 状况 | 单位名称 reads 就业状况 | 单位名称."""
    named: dict[int, str] = {}
    for d in under:
        text = _cell_text(d, lines)[0].strip()
        if not text:
            continue
        lab = header_label(text)
        if lab is None or lab not in MEMBER_WORDS:
            group = _group_over(d, groups)
            assert group is not None  # ``under`` holds only cells under a group
            lab = header_label(_group_stem(_cell_text(group, lines)[0]) + clean_text(text))
        if lab is None or lab not in MEMBER_WORDS:
            return None
        named[id(d)] = lab
    return named


def _group_over(cell: Box, groups: list[Box]) -> Box | None:
    """The group cell of a two-level header that ``cell`` of the lower row lies under (4 px of slack), if any."""
    return next((g for g in groups if g[0] - 4 <= cell[0] and cell[2] <= g[2] + 4), None)


def _group_stem(text: str) -> str:
    """A group label without its remark in brackets and its general tail (情况, 信息): 就业（就学）情况 → 就业."""
    bare = re.sub(r"[（(][^（）()]*[）)]", "", clean_text(text)).strip("：: ")
    return re.sub(r"(?:情况|信息|状况)$", "", bare)


def _continued(
    rows: list[list[Box]],
    tiers: list[list[_Column]],
    lines: Sequence[TextLine],
    row_h: float,
    named: set[str],
    have: int,
    split: Sequence[TextLine] | None = None,
) -> list[tuple[dict[str, Reading], set[int]]]:
    """Records of the same table after a break: the rows after where reading stopped, past its header
    printed again (the same member labels) or a note (续表, a page number) outside the columns, while
    their cells keep the header's columns."""
    out: list[tuple[dict[str, Reading], set[int]]] = []
    cols = tiers[0]
    while rows and have + len(out) < MAX_MEMBER_ROWS:
        i = 0
        again = _header_of(rows[0], lines)
        if len(rows) > 1 and _two_level(rows[0], rows[1], lines) is not None:
            i = 2  # a two-level header printed again
        elif again is not None and {h[0] for h in again} - named:
            break  # a header naming other columns: the table's next part (``_later_part``), no repeat
        elif again is not None and {h[0] for h in again} & named:
            i = len(tiers)  # the header printed again on the next page
        if i >= len(rows) or not (_keeps_columns(rows[i], cols) or _unruled_part(rows[i], cols, split or lines)):
            break
        more, stop = _read_records(rows[i:], tiers, lines, min(c[1] for c in rows[i]), row_h, split)
        if not more:
            break
        out += more
        rows = rows[i + stop :]
    return out


def _unruled_part(row: list[Box], cols: list[_Column], apart: Sequence[TextLine]) -> bool:
    """A part of the table printed without rulings inside (the rows after a break in one frame): cells
    across several columns whose texts each stand in one column (``_unruled_row``)."""
    wide = [c for c in row if sum(1 for col in cols if _covers(c, col) > 0.5) >= 2]
    return bool(wide) and _unruled_row(wide, row, cols, apart)


def _keeps_columns(row: list[Box], cols: list[_Column]) -> bool:
    """A row ruled as the header is: most columns have a cell of their own edges (a lost ruling or a
    cell merged down beside the table aside), no cell spans two columns."""
    width = statistics.median(col.x1 - col.x0 for col in cols)
    tol = max(6.0, 0.15 * width)
    own = sum(
        1 for col in cols if any(abs(c[0] - col.x0) <= tol and abs(c[2] - col.x1) <= tol for c in row)
    )
    spans = any(sum(1 for col in cols if _covers(c, col) > 0.5) >= 2 for c in row)
    return own >= max(2, 0.6 * len(cols)) and not spans


UNNAMED = "?"  # key prefix of a column whose header cell OCR lost or could not read
# member labels whose possible values tell them apart (a vocabulary, the ID check digit): a column
# under an unread header is the one whose every value is a possible value of it
INFERABLE = ("关系", "身份证号", "性别", "政治面貌", "民族", "健康状况", "出生日期", "医保状况", "婚姻状况", "户口类型")
# the answers seed 002 prints for a member's 人员身份 (身份 在职/失业/退休/在读): a column under a header OCR
# garbled or no reader knows whose every value is one of them is that column (人员身份 itself takes any text,
# so its validation cannot name the column)
IDENTITY_ANSWERS = frozenset({"在职", "失业", "退休", "在读"})
# member labels whose readings can be wrong (a vocabulary, a check digit, a number): a row's 单位或学校 is
# any text, so it alone tells no member row from a paragraph
CHECKED = (*INFERABLE, "月收入", "年龄")


def _unnamed(row: list[Box], header: list[tuple[str, Box]], row_h: float) -> list[tuple[str, Box]]:
    """The header row's other cells (header text lost, or no member label), as columns to be named by
    their values; a cell merged down beside the table (家庭成员) is no column."""
    named = [c for _, c in header]
    return [
        (f"{UNNAMED}{i}", c)
        for i, c in enumerate(row)
        if c not in named and (c[3] - c[1]) <= 1.6 * row_h
    ]


def _name_unnamed(records: list[dict[str, Reading]], named: set[str]) -> dict[str, str]:
    """Give each unnamed column the label all its values are possible values of (the first such label
    of ``INFERABLE`` the header does not name; 姓名 for a column of names when the header has none);
    drop the rest. The field's validation decides, not the column's place: all its values are possible
    values of the label, or all but one of four or more."""
    from dangan.extractors.fields import normalise_value
    from dangan.schemas.readings import check_reading

    keys = sorted({k for r in records for k in r if k.startswith(UNNAMED)})
    chosen_of: dict[str, str] = {}
    for key in keys:
        values = [str(r[key].value) for r in records if key in r]
        chosen = None
        for lab in INFERABLE:
            if lab in named or not values:
                continue
            normed = [normalise_value(lab, v)[0] for v in values]
            ok = sum(1 for v in normed if v is not None and check_reading(lab, v) is None)
            # every value, or all but one of four or more (a value OCR garbled: "义亲" for 父亲); the
            # garbled one is dropped or mended by its field's own checks
            if ok == len(values) or (len(values) >= 4 and ok >= len(values) - 1):
                chosen = lab
                break
        answers = sum(1 for v in values if clean_text(v) in IDENTITY_ANSWERS)
        if (
            chosen is None
            and "人员身份" not in named
            and values
            and (answers == len(values) or (len(values) >= 4 and answers >= len(values) - 1))
        ):
            chosen = "人员身份"  # (all but one of four or more: a child's 学龄前, an answer the list does not print)
        if chosen is None and "姓名" not in named and values and all(_looks_like_name(v) for v in values):
            chosen = "姓名"
        if chosen is None and "月收入" not in named and _money_column(values):
            chosen = "月收入"
        for r in records:
            rd = r.pop(key, None)
            if chosen is not None and rd is not None:
                r[chosen] = rd
        if chosen is not None:
            named.add(chosen)
            chosen_of[key] = chosen
    return chosen_of


def _is_value(text: str) -> bool:
    """Text a header cell does not hold: digits, or a possible value of a member vocabulary (男, 配偶, 群众,
    良好 …)."""
    from dangan.extractors.fields import normalise_value
    from dangan.schemas.readings import check_reading

    t = clean_text(text)
    if sum(ch.isdigit() for ch in t) >= 2:
        return True
    return any(
        check_reading(lab, normalise_value(lab, t)[0]) is None for lab in ("关系", "性别", "政治面貌", "民族", "健康状况")
    )


def _money_column(values: list[str]) -> bool:
    """A column of amounts: every value a number (0 for a child), one of them ≥ 100 with a decimal point
    or ≥ 300 (no age, no row number), and not 1, 2, 3 … down the rows."""
    nums: list[float] = []
    for v in values:
        t = re.sub(r"[\s,元]", "", fold_fullwidth(v))
        if not re.fullmatch(r"\d+(?:\.\d{1,2})?", t):
            return False
        nums.append(float(t))
    if not nums or nums == [float(k + 1) for k in range(len(nums))]:
        return False
    if all(re.fullmatch(r"\d+\.\d\d", re.sub(r"[\s,元]", "", fold_fullwidth(v))) for v in values):
        return True  # written to the cent down the column (0.00 for each who earns nothing): amounts
    return any(n >= 300 or (n >= 100 and "." in v) for n, v in zip(nums, values, strict=True))


def _looks_like_name(text: str) -> bool:
    """Two to four ideographs that are no value of a member vocabulary (配偶, 群众, 汉族 …)."""
    from dangan.extractors.fields import normalise_value
    from dangan.schemas.readings import check_reading

    t = clean_text(text)
    if not re.fullmatch(r"[\u4e00-\u9fff·]{2,4}", t) or label_of(t) is not None:
        return False
    return all(check_reading(lab, normalise_value(lab, t)[0]) is not None for lab in ("关系", "政治面貌", "民族"))


def _header_tier(row: list[Box], lines: Sequence[TextLine]) -> list[tuple[str, Box]] | None:
    """A further header row right under the first: every text in it is a member label."""
    out: list[tuple[str, Box]] = []
    for c in row:
        text, _ = _cell_text(c, lines)
        if not text.strip():
            continue
        lab = header_label(text)
        if lab is None or lab not in MEMBER_WORDS:
            return None
        out.append((lab, c))
    return out or None


def _read_records(
    rows: list[list[Box]],
    tiers: list[list[_Column]],
    lines: Sequence[TextLine],
    bottom: float,
    row_h: float,
    split: Sequence[TextLine] | None = None,
) -> tuple[list[tuple[dict[str, Reading], set[int]]], int]:
    """Records from the rows under the header, ``len(tiers)`` rows each, with the ids of the lines read,
    and the index of the first row not read."""
    members: list[tuple[dict[str, Reading], set[int]]] = []
    k = len(tiers)
    start = 0
    for start in range(0, min(len(rows), MAX_MEMBER_ROWS * k), k):
        group = rows[start : start + k]
        if len(group) < k or min(c[1] for c in group[0]) - bottom > 1.5 * row_h:
            return members, start
        if k == 1 and split and (bands := _text_bands(group[0], tiers[0], split, row_h)) is not None:
            # rows with no rulings between them: one tall cell a column, a member per band of text
            y0, y1 = bands[0][0][1], bands[-1][0][3]
            joined = {id(ln) for ln in lines if y0 - 2 <= ln.cy <= y1 + 2 and tiers[0][0].x0 - 2 <= ln.cx <= tiers[0][-1].x1 + 2}
            for band in bands:
                across = [c for c in band if sum(1 for col in tiers[0] if _covers(c, col) > 0.5) >= 2]
                got, got_ids, is_label_row = _read_row(band, tiers[0], split, across, split)
                if is_label_row:
                    return members, start
                if got:
                    members.append((got, got_ids | joined))
            bottom = statistics.median(c[3] for c in group[0])
            continue
        member: dict[str, Reading] = {}
        ids: set[int] = set()
        for data, cols in zip(group, tiers, strict=True):
            wide = [c for c in data if sum(1 for col in cols if _covers(c, col) > 0.5) >= 2]
            # the lines of a cell across columns before they were joined into one text ("谢宁云孙子")
            apart = split if split is not None else lines
            if wide and (not _unruled_row(wide, data, cols, apart) or _labelled_beside(wide, data, cols, lines)):
                return members, start  # the ruling changes: the next block of the form starts here
            got, got_ids, is_label_row = _read_row(data, cols, lines, wide, apart)
            if is_label_row:
                return members, start
            member.update(got)
            ids |= got_ids
        bottom = statistics.median(c[3] for c in group[-1])  # not a cell merged down
        if member:
            members.append((member, ids))
    return members, min(len(rows), start + k) if rows else 0


def _reading_order(parts: list[TextLine]) -> list[TextLine]:
    """Lines of one cell or column left to right, a line under another (a wrapped value) after it:
    lines overlapping by half their height are one line of text."""
    out: list[list[TextLine]] = []
    for ln in sorted(parts, key=lambda t: t.cy):
        band = out[-1] if out else None
        if band is not None and min(b.box[3] for b in band) - ln.box[1] >= 0.5 * min(ln.height, band[0].height):
            band.append(ln)
        else:
            out.append([ln])
    return [ln for band in out for ln in sorted(band, key=lambda t: t.box[0])]


def _unruled_row(wide: list[Box], data: list[Box], cols: list[_Column], lines: Sequence[TextLine]) -> bool:
    """A member row printed without the rulings between its columns: cells across several of the
    header's columns (one across the row, or two either side of digit boxes) whose texts each stand in
    one column and name no printed label, the row's cells spanning most of the table. A form row after
    the table (a label cell and its value cell, a title, a paragraph) is not one."""
    span = cols[-1].x1 - cols[0].x0
    covered = sum(max(0.0, min(c[2], cols[-1].x1) - max(c[0], cols[0].x0)) for c in data)
    if covered < 0.6 * span:
        return False
    for c in wide:
        for ln in _cell_text(c, lines)[1]:
            if ln.cx < cols[0].x0 or ln.cx > cols[-1].x1:
                # beside the table's columns (its side title 家庭成员 in a frame around it all), or mostly
                # so (the title read with the first column's value: "家庭成女"); a text reaching into them
                # by more than two characters is the form's row across the table (a list of options after
                # its label), the other half of a table of two members a row beside these columns
                inside = min(ln.box[2], cols[-1].x1) - max(ln.box[0], cols[0].x0)
                if inside > 2 * max(1.0, ln.height):
                    return False
                continue
            if label_of(ln.text) is not None:
                return False
            col = next((col for col in cols if col.x0 - 2 <= ln.cx <= col.x1 + 2), None)
            if col is None:
                return False
            # OCR boxes are generous: a value may stick out of its column by half a height, or by a
            # third of its own width (a text across two columns sticks out by a column)
            over = max(0.0, col.x0 - ln.box[0]) + max(0.0, ln.box[2] - col.x1)
            if over > max(0.5 * max(1.0, ln.height), 0.3 * (ln.box[2] - ln.box[0])):
                return False
    return True


def _labelled_beside(wide: list[Box], data: list[Box], cols: list[_Column], lines: Sequence[TextLine]) -> bool:
    """A cell across the columns that starts left of the table, beside a label cell that lies left of it
    (主要致困原因 | 本人大病 under a member table printed on the right of the applicant's fields): the form's
    next row, a label and its value, not a member row without rulings."""
    return any(
        w[0] < cols[0].x0 - 4
        and any(c[2] <= w[0] + 4 and label_of(_cell_text(c, lines)[0].strip()) is not None for c in data if c not in wide)
        for w in wide
    )


def _text_bands(
    data: list[Box], cols: list[_Column], lines: Sequence[TextLine], row_h: float
) -> list[list[Box]] | None:
    """A row of cells each as tall as several rows (no rulings between the member rows) cut into one row
    a band of text: lines whose heights overlap by a third are one band (a wrapped name and the values
    beside it). None for an ordinary row."""
    in_cols = [c for c in data if any(_covers(c, col) > 0.5 for col in cols)]
    if not in_cols or min(c[3] - c[1] for c in in_cols) < 1.8 * row_h:
        return None
    span = cols[-1].x1 - cols[0].x0
    if sum(max(0.0, min(c[2], cols[-1].x1) - max(c[0], cols[0].x0)) for c in in_cols) < 0.6 * span:
        return None
    # a tall cell across columns too (the rulings between columns lost as well): its texts must each
    # stand in one column
    across = [c for c in in_cols if sum(1 for col in cols if _covers(c, col) > 0.5) >= 2]
    if across and not _unruled_row(across, in_cols, cols, lines):
        return None
    inside = [ln for c in in_cols for ln in _cell_text(c, lines)[1]]
    if not inside:
        return None
    spans: list[list[float]] = []
    for ln in sorted(inside, key=lambda t: t.box[1]):
        # OCR boxes of adjacent rows touch; a line of the same row overlaps it (a value centred beside a
        # wrapped name overlaps both its lines)
        if spans and spans[-1][1] - ln.box[1] >= 0.3 * ln.height:
            spans[-1][1] = max(spans[-1][1], ln.box[3])
        else:
            spans.append([ln.box[1], ln.box[3]])
    if len(spans) < 2:
        return None
    return [[(c[0], y0 - 1, c[2], y1 + 1) for c in in_cols] for y0, y1 in spans]


def _read_row(
    data: list[Box],
    cols: list[_Column],
    lines: Sequence[TextLine],
    unruled: Sequence[Box] = (),
    apart: Sequence[TextLine] = (),
) -> tuple[dict[str, Reading], set[int], bool]:
    """One row of the member table: (readings by label, ids of lines used, whether it is a label row).
    ``unruled``: cells across several columns whose texts (lines of ``apart``) go to the column each
    stands in."""
    member: dict[str, Reading] = {}
    ids: set[int] = set()
    labels = 0
    free = _free_lines(data, lines)
    for c in unruled:
        free += _cell_text(c, apart or lines)[1]
        ids |= {id(ln) for ln in _cell_text(c, lines)[1]}
    data = [c for c in data if c not in unruled]
    # a cell holding a label alone whose column is another's (the applicant's 姓名 | 叶志俊 | 性别 | 男 ruled
    # under the member table with other column edges: joined per column the labels hide in 叶志俊性别)
    alone = 0
    for c in data:
        t = _cell_text(c, lines)[0].strip()
        lab = label_of(t) if t else None
        home = next((col for col in cols if col.x0 - 2 <= (c[0] + c[2]) / 2 <= col.x1 + 2), None)
        if lab is not None and home is not None and lab not in home.label.split(COMPOUND):
            alone += 1
    for col in cols:
        parts: list[TextLine] = []
        for c in sorted(data, key=lambda b: b[0]):
            cx = (c[0] + c[2]) / 2
            if col.x0 - 2 <= cx <= col.x1 + 2:
                parts += _cell_text(c, lines)[1]
        # text the grid found no cell for (a cell whose rulings were lost, digit boxes drawn inside it)
        # belongs to the column its middle stands in
        parts += [ln for ln in free if col.x0 - 2 <= ln.cx <= col.x1 + 2]
        parts = _reading_order(parts)
        text = "".join(p.text for p in parts)  # cells left to right, each cell's lines in reading order
        text = text.strip()
        if not text:
            continue
        lab = label_of(text)
        if lab is not None and lab != col.label:
            # a household field's own label (主要致困原因, 开户银行) is the form going on after the table
            labels += 2 if lab in HOUSEHOLD_ONLY else 1
        ids |= {id(p) for p in parts}
        for key, got in _split_compound(col.label, parts) if COMPOUND in col.label else [(col.label, parts)]:
            value = "".join(p.text for p in got).strip()
            box = (
                min(p.box[0] for p in got),
                min(p.box[1] for p in got),
                max(p.box[2] for p in got),
                max(p.box[3] for p in got),
            )
            member[key] = Reading(value, min(p.confidence for p in got), got[0].page, box, raw=value)
    return member, ids, labels >= 2 or alone >= 2


def _free_lines(data: list[Box], lines: Sequence[TextLine]) -> list[TextLine]:
    """Lines inside the band of a row of cells that lie in none of its cells (the grid lost their cell)."""
    if not data:
        return []
    y0, y1 = min(c[1] for c in data), statistics.median(c[3] for c in data)
    return [
        ln
        for ln in lines
        if y0 - 2 <= ln.cy <= y1 + 2 and not ln.cell and not any(_inside(ln, c) for c in data)
    ]


# ---------------------------------------------------------------------------------------------
# Words struck through

# A stroke through the middle of a text line this many character sizes long is no character's own (an
# ideograph's longest stroke is about one character wide): the writer struck the words under it out, a
# wrong entry before its correction or the options that do not apply ("不符合的选项请划去").
STRIKE_LENGTH = 1.2
_DASHES = frozenset("—–-－一～~_＿/／、 ")


def _strike_segments(mask: np.ndarray, ln: TextLine) -> list[tuple[float, float]]:
    """x-ranges of the strokes through the middle band of ``ln`` (ink of ``mask`` as non-zero)."""
    import cv2
    x0, y0, x1, y1 = ln.box
    h = y1 - y0
    n = text_weight(ln.text)
    if h < 8 or n <= 0 or x1 - x0 < 0.8 * h:
        return []  # a text set vertically, or a speck
    size = min(h, (x1 - x0) / n)
    length = max(10, round(STRIKE_LENGTH * size))
    H, W = mask.shape[:2]
    a, b = int(y0 + 0.28 * h), int(np.ceil(y0 + 0.75 * h))
    lo, hi = max(0, int(x0 - 0.5 * h)), min(W, int(np.ceil(x1 + 0.5 * h)))
    if b - a < 2 or hi - lo < length:
        return []
    band = np.ascontiguousarray((mask[max(0, a) : min(H, b), lo:hi] > 0).astype(np.uint8) * 255)
    if band.shape[0] < 2:
        return []
    # a pen's stroke is not ruled: a little aslant or bent, it runs over three rows of pixels
    thick = cv2.dilate(band, cv2.getStructuringElement(cv2.MORPH_RECT, (1, 3)))
    long_ = cv2.morphologyEx(thick, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1)))
    cols = np.flatnonzero(long_.max(axis=0) > 0)
    if cols.size == 0:
        return []
    out: list[tuple[float, float]] = []
    start = prev = int(cols[0])
    for c in [*cols[1:].tolist(), None]:
        if c is not None and c - prev <= 2:
            prev = c
            continue
        # a stroke is thin: few rows carry it (characters run together by blur make a block of long runs)
        rows = int(np.count_nonzero((long_[:, start : prev + 1] > 0).mean(axis=1) >= 0.6))
        if start > 0 and prev < hi - lo - 1 and rows <= max(6, 0.3 * h):
            # (a stroke running on out of the line's reach is a ruling)
            out.append((lo + start, lo + prev + 1))
        if c is not None:
            start = prev = c
    return out


def is_option_line(text: str) -> bool:
    """A line of two or more options apart by slashes ("未婚／已婚／离异", "是／否"): what ``strike_out`` looks at
    (the pipeline asks first, so that a page without one costs no ink mask)."""
    tokens = re.findall(r"[^／/\s：:]+", text)  # (a label before its colon is no option)
    return len(tokens) >= 2 and re.search(r"[^\s][\s]*[／/][\s]*[^\s]", text) is not None


def strike_out(lines: Sequence[TextLine], mask: np.ndarray | None) -> list[TextLine]:
    """The lines of options apart by slashes ("未婚／已婚／离异／丧偶", "是／否") with the options struck
    through taken out: the form asks to strike out what does not apply (不符合的选项请划去). An option is
    struck when a stroke covers most of its characters (their places estimated by character widths along
    the line); the line keeps the options left, and is kept whole when none or all are struck. Other text
    is left as read: on a blurred scan, bold characters run together into bars a stroke cannot be told from."""
    if mask is None or not any(is_option_line(ln.text) for ln in lines):
        return list(lines)
    import cv2

    # the table's rulings out first: a line of text set close to one meets it in its middle band
    rulings = cv2.morphologyEx(
        mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(10, mask.shape[1] // 10), 1))
    )
    mask = cv2.subtract(mask, rulings)
    out: list[TextLine] = []
    for ln in lines:
        if not is_option_line(ln.text):
            out.append(ln)
            continue
        tokens = list(re.finditer(r"[^／/\s：:]+", ln.text))  # (a label before its colon is no option)
        segs = _strike_segments(mask, ln)
        if not segs:
            out.append(ln)
            continue
        scale = (ln.box[2] - ln.box[0]) / max(1e-6, text_weight(ln.text))
        places, pos = [], 0.0
        for ch in ln.text:
            w = char_weight(ch)
            places.append((ln.box[0] + pos * scale, ln.box[0] + (pos + w) * scale))
            pos += w
        covered = [any(min(c1, s1) - max(c0, s0) >= 0.5 * (c1 - c0) for s0, s1 in segs) for c0, c1 in places]
        struck = [
            m
            for m in tokens
            if not all(ch in _DASHES for ch in m.group())
            and sum(covered[m.start() : m.end()]) >= 0.6 * (m.end() - m.start())
        ]
        if not struck or len(struck) == len(tokens):
            out.append(ln)
            continue
        gone = {i for m in struck for i in range(m.start(), m.end())}
        text = "".join(ch for i, ch in enumerate(ln.text) if i not in gone)
        text = re.sub(r"[／/](?:\s*[／/])+", "／", text)
        text = re.sub(r"^\s*[／/]\s*|\s*[／/]\s*$", "", text)
        text = re.sub(r"([：:])\s*[／/]\s*", r"\1", text).strip()
        out.append(TextLine(text, ln.box, ln.confidence, ln.page, ln.cell))
    return out


# ---------------------------------------------------------------------------------------------
# Options marked by a stroke under them


UNDERLINE_LENGTH = 1.4  # an underline runs under a whole word: longer than any one character's stroke


def is_choice_line(text: str, options: Sequence[str]) -> bool:
    """A line printing two or more option words of two characters or more (本人大病 残疾 下岗失业 …): where
    an option may be marked by a stroke under it (``underlined``)."""
    t = clean_text(text)
    return sum(1 for o in set(options) if len(o) >= 2 and o in t) >= 2


def mark_underlined(lines: Sequence[TextLine], mask: np.ndarray | None, options: Sequence[str]) -> list[TextLine]:
    """Options marked by a stroke drawn under them (在所选项下划线), on the lines that print options: a tick
    (√) is written before each such option in its line's text, as the tick glyph OCR reads before a ticked
    box's word, so the option is read as ticked by the text. A stroke counts when it is longer than a
    character, thin, and ends within the line's reach (a ruling under the line runs on out of it). Which
    word it is under is told by the words' own ink (their columns, apart by the gaps the spaces of the
    text stand for, the first word taking any more); a line whose ink parts into fewer words than its text
is left as read."""
    if mask is None:
        return list(lines)
    # a text layer (or OCR) may give each option word a line of its own, the first one read with its label
    # ("建议困难类别：全总级" | 省级 | 地市级, or 全总级 | 省级地市级): a row of such lines is a choice line
    words = set(options)

    def lone(ln: TextLine) -> bool:
        word = re.split("[：:。]", clean_text(ln.text))[-1].strip()
        return word in words and len(word) >= 2

    alone = {
        id(ln)
        for row in group_rows(lines)
        if sum(1 for ln in row if lone(ln)) + sum(2 for ln in row if is_choice_line(ln.text, options)) >= 2
        for ln in row
        if lone(ln)
    }
    out: list[TextLine] = []
    for ln in lines:
        segs = _under_segments(mask, ln) if id(ln) in alone or is_choice_line(ln.text, options) else []
        # options OCR read as one run ("全总级省级地市级"): apart, one word each, as their ink is
        spaced = TextLine(_options_apart(ln.text, options), ln.box, ln.confidence, ln.page, ln.cell)
        marked = _marked_words(mask, spaced, segs, options) if segs else set()
        if not marked:
            out.append(ln)
            continue
        text = "".join((_tick_option(w, options) if k in marked else w) for k, w in enumerate(re.split(r"(\s+)", spaced.text)))
        out.append(TextLine(text, ln.box, ln.confidence, ln.page, ln.cell))
    return out


def _options_apart(text: str, options: Sequence[str]) -> str:
    """``text`` with each of its words that is two or more options run together (after a label's colon, or
    a label the colon of which was lost) written apart: "建议困难类别：全总级省级地市级" → "建议困难类别：全总级 省级 地市级"."""
    words = sorted({o for o in options if len(o) >= 2}, key=len, reverse=True)

    def apart(run: str) -> list[str] | None:
        if not run:
            return []
        for o in words:
            if run.startswith(o) and (rest := apart(run[len(o) :])) is not None:
                return [o, *rest]
        return None

    out = []
    for w in re.split(r"(\s+)", text):
        head, tail = _label_head(w, options)
        parts = apart(tail) if tail else None
        out.append(head + " ".join(parts) if parts and len(parts) >= 2 else w)
    return "".join(out)


def _label_head(word: str, options: Sequence[str]) -> tuple[str, str]:
    """A word parted into the label before its options (with its colon, or a printed label whose colon was
    lost: "建议困难类别全总级") and the rest; ("", word) when no label heads it."""
    cut = max((m.end() for m in re.finditer("[：:。]", word)), default=0)
    if cut:
        return word[:cut], word[cut:]
    for k in range(len(word) - 2, 1, -1):
        if label_of(word[:k]) is not None and any(word[k:].startswith(o) for o in options if len(o) >= 2):
            return word[:k], word[k:]
    return "", word


def _tick_option(word: str, options: Sequence[str]) -> str:
    """The tick written before the option of a marked word: after the label that heads it ("建议困难类别：√全总级")."""
    head, rest = _label_head(word, options)
    return head + "√" + rest


def _marked_words(
    mask: np.ndarray, ln: TextLine, segs: list[tuple[float, float, float]], options: Sequence[str]
) -> set[int]:
    r"""Indexes (in ``re.split(r"(\s+)", text)``) of the words of ``ln`` that a stroke of ``segs`` runs under,
    when they print an option."""
    parts = re.split(r"(\s+)", ln.text)
    words = [k for k, w in enumerate(parts) if w.strip()]
    runs = _word_runs(mask, ln)
    if len(runs) < len(words) or not words:
        return set()
    # more runs than words: a label before the options ("建议困难类别：全总级") parts at its colon; the
    # options are the line's last words, the first word takes the runs left over
    runs = [(runs[0][0], runs[len(runs) - len(words)][1]), *runs[len(runs) - len(words) + 1 :]]
    out: set[int] = set()
    for s0, s1, _y in segs:
        best = max(range(len(runs)), key=lambda i: min(s1, runs[i][1]) - max(s0, runs[i][0]))
        r0, r1 = runs[best]
        # the word is an option (after its label's colon, for the first): never a sentence naming one
        word = clean_text(_label_head(parts[words[best]], options)[1])
        if min(s1, r1) - max(s0, r0) >= 0.5 * min(s1 - s0, r1 - r0) and word in options:
            out.add(words[best])
    return out


def _word_runs(mask: np.ndarray, ln: TextLine) -> list[tuple[float, float]]:
    """x-ranges of the words of ``ln`` by its ink: columns with ink in the body of its characters (above
    any stroke under them), parted where a gap is wider than half a character."""
    x0, y0, x1, y1 = ln.box
    h = y1 - y0
    size = min(h, (x1 - x0) / max(1e-6, text_weight(ln.text)))
    H, W = mask.shape[:2]
    a, b = max(0, int(y0 + 0.15 * h)), min(H, int(y0 + 0.7 * h))
    lo, hi = max(0, int(x0)), min(W, int(np.ceil(x1)))
    if b - a < 2 or hi - lo < 2:
        return []
    cols = np.flatnonzero((mask[a:b, lo:hi] > 0).any(axis=0))
    runs: list[tuple[float, float]] = []
    for c in cols.tolist():
        if runs and c - runs[-1][1] <= 0.5 * size:
            runs[-1] = (runs[-1][0], c + 1)
        else:
            runs.append((c, c + 1))
    return [(lo + r0, lo + r1) for r0, r1 in runs]


def _under_segments(mask: np.ndarray, ln: TextLine) -> list[tuple[float, float, float]]:
    """(x0, x1, y) of the strokes in the band under the characters of ``ln`` (ink of ``mask`` non-zero)."""
    import cv2

    x0, y0, x1, y1 = ln.box
    h = y1 - y0
    n = text_weight(ln.text)
    if h < 8 or n <= 0 or x1 - x0 < 0.8 * h:
        return []
    size = min(h, (x1 - x0) / n)
    length = max(10, round(UNDERLINE_LENGTH * size))
    H, W = mask.shape[:2]
    a, b = max(0, int(y0 + 0.6 * h)), min(H, int(np.ceil(y1 + 0.45 * h)))
    lo, hi = max(0, int(x0 - 0.5 * h)), min(W, int(np.ceil(x1 + 0.5 * h)))
    if b - a < 2 or hi - lo < length:
        return []
    band = np.ascontiguousarray((mask[a:b, lo:hi] > 0).astype(np.uint8) * 255)
    # a pen's stroke is not ruled: a little aslant or bent, it runs over three rows of pixels
    thick = cv2.dilate(band, cv2.getStructuringElement(cv2.MORPH_RECT, (1, 3)))
    long_ = cv2.morphologyEx(thick, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1)))
    n_labels, _lab, stats, _c = cv2.connectedComponentsWithStats(long_, connectivity=8)
    out: list[tuple[float, float, float]] = []
    for i in range(1, n_labels):
        sx, sy, sw, sh = (int(v) for v in stats[i, :4])
        if sx == 0 or sx + sw >= hi - lo or sh > max(6, 0.3 * h):
            continue  # running out of the line's reach (a ruling), or a block of characters run together
        out.append((lo + sx, lo + sx + sw, a + sy + sh))
    return out
