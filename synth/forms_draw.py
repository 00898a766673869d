"""Parts every printing of an application form is made of: field rows arranged four ways, member tables,
ID numbers in 18 digit boxes, options ticked with a box, a glyph or a circle, crossed-out corrections.

Why one set of parts: a unit re-types the form in Word, so printings differ in arrangement (label beside,
above or inside the value's cell; columns reordered; rows added or dropped), not in what a cell is. Each
printing in ``forms_*.py`` is data handed to these routines; its truth is what the routines report printed.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal, TypeVar

from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household, cause_kind
from dangan.synth.render import A4, Cell, Document, Grid, L, Style

Arrange = Literal["pair", "inline", "below", "stacked"]
WHITE = (255, 255, 255)


@dataclass(frozen=True)
class Fill:
    """How this copy was filled in, beyond ``Style``: tick habit, corrections, writing over the ruling."""

    p: Page
    st: Style
    tick: str  # "box" (the Style's mark in □), "glyph" (√ ✓ × ■ over □), "circle" (a ring round the option)
    glyph: str
    corrections: float  # share of hand-written values written wrong first, struck through, written again
    overflow: float  # share of hand-written values written low, across the cell's bottom rule

    @classmethod
    def draw(cls, p: Page, st: Style) -> Fill:
        rng = st.rng
        if st.hand:
            return cls(p, st, rng.choice(("box", "box", "glyph", "circle")), rng.choice(("√", "✓", "×")), 0.04, 0.04)
        return cls(p, st, rng.choice(("box", "glyph")), rng.choice(("√", "■")), 0.0, 0.0)

    def on(self, page: Page) -> Fill:
        """The same filling habits on another page of the document."""
        return replace(self, p=page)


@dataclass(frozen=True)
class F:
    """One field as printed: its label (as that printing words it), the record key, width weights, and how the
    value is given (written text, 18 digit boxes, or ticked options)."""

    label: str
    key: str | None
    w: float = 1.0
    options: tuple[str, ...] = ()
    boxes: bool = False
    lw: float = 0.0  # label weight when the label has its own cell; 0 = from the label's length
    truth: bool = True  # False: printed and filled, but not a field of the archive (河北 职工身份)

    @property
    def label_w(self) -> float:
        return self.lw or max(0.7, 0.21 * len(self.label))


@dataclass(frozen=True)
class MCol:
    """One column of a member table: printed header, member key (None: a blank column such as 备注), weight."""

    label: str
    key: str | None
    w: float = 1.0


# -- writing one value -------------------------------------------------------------------------------
def _misspelt(text: str, rng: random.Random) -> str:
    """A plausible first attempt: one digit or character wrong, or the value cut short."""
    digits = [i for i, ch in enumerate(text) if ch.isdigit()]
    if digits:
        i = rng.choice(digits)
        return text[:i] + str((int(text[i]) + rng.randrange(1, 10)) % 10) + text[i + 1:]
    if len(text) > 2:
        return text[:-1]
    return text[0] + rng.choice("大天日中王月")


def write(f: Fill, x0: float, y0: float, x1: float, y1: float, text: str, size: float | None = None,
          align: str = "center") -> None:
    """A value in a cell: fitted, or (by hand) crossed out and rewritten, or written across the bottom rule."""
    if not text:
        return
    st, p, rng = f.st, f.p, f.st.rng
    sz = size or (3.4 if st.hand else 3.0)
    roll = rng.random()
    wrong = _misspelt(text, rng) if roll < f.corrections else ""
    ws = sz * 0.8
    ww = text_width(wrong, ws, st.value_font)
    if wrong and ww + text_width(text, sz, st.value_font) + 5 < x1 - x0:
        p.fit(x0, y0, x0 + ww + 3, y1, wrong, ws, st.value_font, "left", st.color)
        cy = (y0 + y1) / 2
        p.line(x0 + 0.6, cy + rng.uniform(-0.5, 0.5), x0 + ww + 1.8, cy + rng.uniform(-0.5, 0.5), 0.35, st.color)
        if rng.random() < 0.5:
            p.line(x0 + 0.6, cy + 0.8, x0 + ww + 1.8, cy - 0.6, 0.3, st.color)
        x0, align = x0 + ww + 3, "left"
    elif f.corrections <= roll < f.corrections + f.overflow and text_width(text, sz, st.value_font) < (x1 - x0) - 2:
        # cramped: the writing sits on the bottom rule and its feet cross it
        p.text(x0 + 1.2 + rng.uniform(0, 1.5), y1 - sz * rng.uniform(0.35, 0.5), text, sz * 1.05, st.value_font,
               "lm", st.color)
        return
    p.fit(x0, y0, x1, y1, text, sz, st.value_font, align, st.color, jitter=st.jitter())


def value(f: Fill, v: Any, key: str = "", align: str = "center") -> Cell:
    """A cell holding one record value, written as this copy's ``Style`` writes values of ``key``."""
    text = f.st.value(v, key)

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        write(f, x0, y0, x1, y1, text, align=align)

    return draw


def digit_boxes(f: Fill, v: Any, n: int = 18) -> Cell:
    """An ID number in ``n`` boxes, one character per box (the 杭州 form's 身份证号)."""
    chars = str(v or "")

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        st, p = f.st, f.p
        bw = min((x1 - x0 - 1.5) / n, 6.0)
        bh = min(y1 - y0 - 1.6, bw * 1.5)
        left, top = x0 + (x1 - x0 - bw * n) / 2, (y0 + y1 - bh) / 2
        for i in range(n):
            p.rect(left + i * bw, top, left + (i + 1) * bw, top + bh, 0.18)
        size = min(bh * 0.78, bw * 1.05, 3.6)
        for i, ch in enumerate(chars[:n]):
            dx, dy = (st.rng.uniform(-0.3, 0.3), st.rng.uniform(-0.3, 0.3)) if st.hand else (0.0, 0.0)
            p.text(left + (i + 0.5) * bw + dx, top + bh / 2 + dy, ch, size, st.value_font, "mm", st.color)

    return draw


def ticked_of(v: Any) -> set[str]:
    """Which options a record value ticks: the value itself, 是/否 of a boolean, or every item of a list."""
    if isinstance(v, bool):
        return {"是" if v else "否"}
    if isinstance(v, list):
        return {str(x) for x in v}
    return set() if v is None else {str(v)}


def _ring(p: Page, f: Fill, x0: float, x1: float, cy: float, h: float) -> None:
    rng = f.st.rng
    cx, rx, ry = (x0 + x1) / 2, (x1 - x0) / 2 + 1.2, h * 0.75
    start = rng.uniform(0, 2 * math.pi)
    pts = [(cx + rx * math.cos(start + a) * rng.uniform(0.97, 1.03), cy + ry * math.sin(start + a))
           for a in (2 * math.pi * k / 24 for k in range(27))]
    p.poly(pts, 0.35, INK_BLUE if f.st.hand else BLACK)


def choice(f: Fill, options: Sequence[str], ticked: set[str], size: float = 3.0, box_first: bool = True) -> Cell:
    """Options across the cell (wrapping), the ticked ones marked in this copy's habit."""

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        st = f.st
        box = size * 0.85
        widths = [text_width(o, size, st.label_font) + (0 if f.tick == "circle" else box + 0.6) + size * 1.2
                  for o in options]
        lines: list[list[int]] = [[]]
        used = 0.0
        for i, w in enumerate(widths):
            if lines[-1] and used + w > x1 - x0 - 2:
                lines.append([])
                used = 0.0
            lines[-1].append(i)
            used += w
        gap = min(size * 1.7, (y1 - y0 - 1) / len(lines))
        y = (y0 + y1) / 2 - (len(lines) - 1) * gap / 2
        for line in lines:
            x = x0 + 1.2
            for i in line:
                option(f, x, y, options[i], options[i] in ticked, size, box_first)
                x += widths[i]
            y += gap

    return draw


def option(f: Fill, x: float, y: float, label: str, on: bool, size: float, box_first: bool) -> None:
    """One option at (x, y): label with its □ before or after it, or a bare label ringed when chosen."""
    p, st = f.p, f.st
    box = size * 0.85
    tw = text_width(label, size, st.label_font)
    if f.tick == "circle":
        p.text(x, y, label, size, st.label_font)
        if on:
            _ring(p, f, x, x + tw, y, size)
        return
    bx, tx = (x, x + box + 0.6) if box_first else (x + tw + 0.4, x)
    p.text(tx, y, label, size, st.label_font)
    if f.tick == "box":
        p.checkbox(bx, y, box, on, st.tick, st.rng)
        return
    p.rect(bx, y - box / 2, bx + box, y + box / 2, 0.22)
    if on:
        key = "sans" if f.glyph == "✓" else st.value_font
        p.text(bx + box / 2, y, f.glyph, box * 1.25, key, "mm", st.color if st.hand else BLACK)


# -- a label and its value in one cell ---------------------------------------------------------------
def inline(f: Fill, label: str, content: Cell, sep: str = "：") -> Cell:
    """「姓名：张三」: the label at the cell's left, the value after it."""

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        st = f.st
        text = label + sep
        size = min(3.0, (x1 - x0) * 0.5 / max(text_width(text, 1.0, st.label_font), 0.1))
        f.p.text(x0 + 1.2, (y0 + y1) / 2, text, size, st.label_font)
        if callable(content):
            content(x0 + 1.6 + text_width(text, size, st.label_font), y0, x1, y1)

    return draw


def below(f: Fill, label: str, content: Cell) -> Cell:
    """The label small in the cell's top-left corner, the value written under it."""

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        st = f.st
        size = min(2.7, (x1 - x0 - 2) / max(text_width(label, 1.0, st.label_font), 0.1))
        f.p.text(x0 + 1.0, y0 + size * 0.8, label, size, st.label_font)
        if callable(content):
            content(x0, y0 + size * 1.5, x1, y1)

    return draw


def content(f: Fill, field: F, record: dict[str, Any]) -> Cell:
    """What fills a field's value: ticked options, 18 digit boxes or the written value."""
    v = record.get(field.key) if field.key else None
    if field.options:
        return choice(f, field.options, ticked_of(v))
    if field.boxes:
        return digit_boxes(f, v)
    return value(f, v, field.key or "")


def field_rows(g: Grid, f: Fill, record: dict[str, Any], rows: Sequence[Sequence[F]], arrange: Arrange,
               h: float, label_h: float = 8.0, label_size: float = 3.0,
               cell: Callable[[Fill, F, dict[str, Any]], Cell] = content) -> list[str]:
    """Rows of fields in one of four arrangements, each value filled by ``cell``; returns the record keys printed
    (for the truth)."""
    for row in rows:
        if arrange == "stacked":
            g.row([(x.w, L(x.label)) for x in row], label_h, label_size)
            g.row([(x.w, cell(f, x, record)) for x in row], h)
        elif arrange == "pair":
            cells: list[tuple[float, Cell]] = []
            for x in row:
                cells += [(x.label_w, L(x.label)), (x.w, cell(f, x, record))]
            g.row(cells, h, label_size)
        elif arrange == "inline":
            g.row([(x.w + x.label_w, inline(f, x.label, cell(f, x, record))) for x in row], h)
        else:
            g.row([(x.w, below(f, x.label, cell(f, x, record))) for x in row], h)
    return [x.key for row in rows for x in row if x.key and x.truth]


# -- member tables -------------------------------------------------------------------------------------
def span_label(g: Grid, top: float, w_mm: float, text: str, size: float = 3.0) -> None:
    """A label cell merged down the left of the rows drawn since ``top`` (家庭成员 beside its table)."""
    g.page.rect(g.x, top, g.x + w_mm, g.y, 0.3, fill=WHITE)
    g.page.fit(g.x, top, g.x + w_mm, g.y, text, size, g.st.label_font)


def member_table(g: Grid, f: Fill, members: Sequence[dict[str, Any]], cols: Sequence[MCol], rows: int,
                 lead: str = "", lead_w: float = 0.0, header_h: float = 9.0, row_h: float = 9.0,
                 id_boxes: bool = False, header_size: float = 2.8,
                 second: Sequence[MCol] = (), numbered: bool = False) -> list[dict[str, Any]]:
    """A header and one row per member (at least ``rows``, the rest left blank); returns the member truth.

    ``lead`` is a label merged down the table's left side (``lead_w`` its weight). With ``second``, each
    member takes two lines (a narrow printing that moved some columns under the others). ``numbered``
    adds a 序号 column with the row numbers pre-printed, empty rows included.
    """
    total = sum(c.w for c in cols)
    lines = [list(cols)]
    if second:
        scale = total / sum(c.w for c in second)
        lines.append([replace(c, w=c.w * scale) for c in second])
    top = g.y
    first: list[tuple[float, Cell]] = [(lead_w, None)] if lead_w else []
    number_w = 0.45 if numbered else 0.0
    for line in lines:
        g.row([*first, *([(number_w, L("序号"))] if numbered else []), *((c.w, L(c.label)) for c in line)],
              header_h, header_size)
    for i in range(max(rows, len(members))):
        m = members[i] if i < len(members) else None
        for k, line in enumerate(lines):
            number: list[tuple[float, Cell]] = [(number_w, L(str(i + 1)) if k == 0 else None)] if numbered else []
            g.row([*first, *number, *((c.w, _member_cell(f, m, c, id_boxes)) for c in line)], row_h)
    if lead_w:
        span_label(g, top, g.w * lead_w / (lead_w + number_w + total), lead)
    return [{c.key: m[c.key] for line in lines for c in line if c.key} for m in members]


def _member_cell(f: Fill, m: dict[str, Any] | None, c: MCol, id_boxes: bool) -> Cell:
    if m is None or c.key is None:
        return None
    if c.key == "身份证号" and id_boxes:
        return digit_boxes(f, m[c.key])
    return value(f, m[c.key], c.key)


def new_page(st: Style, landscape: bool = False) -> tuple[Page, Fill]:
    """A blank A4 sheet (portrait or landscape) and how this copy will be filled in."""
    p = Page(A4[1], A4[0]) if landscape else Page(*A4)
    return p, Fill.draw(p, st)


def finish(hh: Household, pages: list[Page], keys: Sequence[str], members: list[dict[str, Any]], sealed: bool,
           detail: str, layout_name: str) -> Document:
    """The Document of a form: the record's values of the printed ``keys`` on page 1; the members stay with
    the page they are printed on (set by the printing when there are several pages)."""
    fields: dict[str, Any] = {k: hh.record[k] for k in keys}
    fields["是否盖章"] = sealed
    pages[0].fields = dict(fields)
    if len(pages) == 1:
        pages[0].members = list(members)
    doc = Document("建档申请表", pages, fields, members, material="建档申请表", detail=detail)
    doc.layout = layout_name
    return doc


def situation(hh: Household) -> str:
    """The narrative as written on the form (nothing when the record has none)."""
    return str(hh.record["困难情况说明"] or "")


def hebei_split(hh: Household) -> tuple[int, int, int]:
    """年度必要支出 split into the 河北 申报表's 医疗 / 教育 / 其他 by what the main cause implies."""
    r = hh.record
    total = int(r["年度必要支出"] or 0)
    kind = cause_kind(r["主要致困原因"] or "")
    if kind.startswith("illness") or kind.startswith("disability"):
        med = total * 8 // 10 // 100 * 100
        edu = 0
    elif kind == "schooling":
        med, edu = 0, total * 8 // 10 // 100 * 100
    else:
        med = edu = total // 4 // 100 * 100
    return med, edu, total - med - edu


Draw = Callable[[Household, Style, bool], Document]
_A = TypeVar("_A")
_B = TypeVar("_B")


def printed_text(f: Fill, text: str, size: float = 2.7) -> Cell:
    """Printed text of the form itself (instructions, checklists), left-aligned in the cell."""

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        f.p.fit(x0, y0, x1, y1, text, size, f.st.label_font, "left", pad=2)

    return draw


# -- how a unit re-types a printing ------------------------------------------------------------------
@dataclass(frozen=True)
class Retype:
    """One unit's re-typing of a printing in Word (REAL-DOCUMENTS.md: widths, rows and order change from one
    unit to the next): where values go, how many fields share a row, the member table's column order and
    widths, and whether the table comes before the applicant's fields. ``None``/0/False keep the printing."""

    arrange: Arrange | None = None
    per_row: int = 0
    shuffle_members: bool = False
    members_first: bool = False

    @classmethod
    def draw(cls, rng: random.Random, members_first: bool = True) -> Retype:
        """Half the copies keep the printing as the seed shows it; the other half are re-typed."""
        if rng.random() < 0.5:
            return cls()
        arrange: Arrange | None = rng.choice((None, "pair", "inline", "below", "stacked"))
        return cls(arrange, rng.choice((0, 0, 1, 2, 3, 4)), rng.random() < 0.6,
                   members_first and rng.random() < 0.3)

    def rows(self, rows: Sequence[Sequence[F]], rng: random.Random, own: Arrange) -> list[list[F]]:
        """The same fields regrouped ``per_row`` a row (a field in digit boxes keeps a row of its own when
        rows are crowded), neighbouring fields sometimes swapped."""
        stacking = self.arrangement(own) == "stacked" and own != "stacked"
        if not self.per_row and not stacking:
            return [list(r) for r in rows]
        flat = [x for r in rows for x in r]
        # the page holds about as many rows as the printing had (half as many when labels get rows of their
        # own): fewer fields a row would run off it
        room = max(1, len(rows) // 2) if stacking else len(rows) + 1
        per_row = max(self.per_row, math.ceil(len(flat) / room))
        if self.per_row:
            for i in range(len(flat) - 1):
                if rng.random() < 0.2:
                    flat[i], flat[i + 1] = flat[i + 1], flat[i]
        out: list[list[F]] = []
        for x in flat:
            alone = (x.boxes or len(x.options) > 4) and per_row > 2
            if alone or not out or len(out[-1]) >= per_row or (any(o.boxes for o in out[-1]) and per_row > 2):
                out.append([x])
            else:
                out[-1].append(x)
        return out

    def in_order(self, fields: Callable[[], _A], members: Callable[[], _B]) -> tuple[_A, _B]:
        """Draw the applicant's fields and the member table in this copy's order; returns (fields, members)."""
        if self.members_first:
            drawn = members()
            return fields(), drawn
        printed = fields()
        return printed, members()

    def arrangement(self, own: Arrange) -> Arrange:
        return self.arrange or own

    def height(self, own: Arrange, h: float) -> float:
        """A value under its label needs room for both."""
        return max(h, 11.5) if self.arrangement(own) == "below" and own != "below" else h

    def columns(self, cols: Sequence[MCol], rng: random.Random) -> list[MCol]:
        """Member columns in another order, each a little wider or narrower."""
        if not self.shuffle_members:
            return list(cols)
        out = [replace(c, w=c.w * rng.uniform(0.75, 1.35)) for c in cols]
        rng.shuffle(out)
        return out
