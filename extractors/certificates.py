"""Readers for identity papers and certificates: 身份证, 户口簿, 低保证, 诊断证明, 其他 materials.

These documents are cards and short certificates, not ruled application forms: a label and its value sit
on one printed row, often far apart (a value centred in a wide cell), glued together by OCR ("性别男民族汉",
"发证机关株洲市荷塘区民政局") or with the value's box overlapping the label's. The generic pairing of
``layout.pair_labels`` looks for the *nearest* text within a reach and misses those; here a row is read
from left to right instead: every text after a printed label, up to the next label of that document,
is its value. Written by hand for the same reason as ``layout.py``: no maintained library reads them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import Any

from dangan.extractors.fields import RELATIONS, Extraction, check_member, normalise_value
from dangan.extractors.layout import (
    Box,
    TextLine,
    enclosed_option,
    group_rows,
    label_of,
    option_spans,
    pair_labels,
    ticked_in_text,
    union_box,
    value_below,
)
from dangan.schemas.labels import DOC_MEMBER_FIELDS, MEMBER_LABELS, canonical_label
from dangan.schemas.normalise import (
    CN_DIGITS,
    cn_number,
    find_dates,
    fold_fullwidth,
    parse_date,
    simplified,
    spaced_figures_joined,
)
from dangan.schemas.places import names_division_first
from dangan.schemas.readings import (
    DISABILITY_GRADES,
    DISABILITY_KINDS,
    ETHNIC_GROUPS,
    ROLE_WORDS,
    check_reading,
)
from dangan.schemas.validators import is_valid_id_number, luhn_valid, normalise_id_number, parse_id_number

_NAME_CHARS = re.compile(r"[\u4e00-\u9fa5·]+")
# the 民族 label inside a line, after what came before it on its row ("男民族回"), its group after it
# 民族 read with one character wrong (族 → 旅, 民 → 凤), the group right after it, alone in its text
_MISREAD_ETHNIC = re.compile(r"^(?:民[\u4e00-\u9fa5]|[\u4e00-\u9fa5]族)[:：]?([\u4e00-\u9fa5]{1,5})$")
_INSIDE_ETHNIC = re.compile(r"(?<=.)民族[:：]?([\u4e00-\u9fa5]+)")
_ID_RUN = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])")


# ---------------------------------------------------------------------------------------------
# Reading a printed row from left to right


@dataclass
class RowValue:
    """The text after one printed label on its row, with the lines it came from."""

    label: str
    text: str
    confidence: float
    page: int
    box: Box
    label_line: TextLine
    lines: list[TextLine] = field(default_factory=list)
    ended_by: TextLine | None = None  # the printed label after the value on its row, if one ended it


# Cached: match_label compacts every printed label of the paper again for every text it is asked about
# (~500,000 calls on 48 pages); the labels are a few hundred strings, and the field stage's CPU falls ~15 %
@lru_cache(maxsize=8192)
def _compact(text: str) -> str:
    return fold_fullwidth(text).replace(" ", "").replace("\u3000", "").replace("*", "")


def _cut(text: str, n: int) -> str:
    """``text`` after its first ``n`` characters that are not spaces (the label's, in ``_compact`` form)."""
    text = fold_fullwidth(text)
    seen = 0
    for i, ch in enumerate(text):
        if seen == n:
            return text[i:]
        if ch not in " \u3000*":
            seen += 1
    return ""


# a note in brackets right after a printed label: the label's own words, not the value ("委托人（授权人）：朱永",
# "委托人（签名并按手印）：" | the name in the next cell; its colon may be lost to the copy)
# the unit a label prints in brackets after it ("月享受金额（元）", "保障人数（人）") is the label's too
_LABEL_NOTE = re.compile(r"^[（(](?:[^（()）]{2,12}|元|人|岁|月)[）)]")
# a section's heading is a label's word with what the section tells after it ("持证人情况", "户主信息",
# "申请人基本情况"), or the record a section keeps of it ("保障金核定记录", "救助金发放记录", "住址变更记录"):
# no label followed by its value
_SECTION_WORDS = re.compile(r"^(?:(?:基本)?(?:情况|信息|概况|资料)(?:登记|栏)?|[\u4e00-\u9fa5]{0,4}记录)$")
# a word a label is printed with that says the same field ("诊断结论：", "诊断结果", "单位名称"): the label's own,
# when a separator or nothing follows it
_LABEL_QUALIFIER = re.compile(r"^(?:结论|结果|意见|名称|全称|内容)(?=[：:]|$)")


# an item's number before a label: (1) / （一）, ①, 1. / 1、 / 1． (not a decimal's point: "1.5")
_ITEM_MARK = re.compile(
    r"^[ \u3000]*(?:[(（][0-9一二三四五六七八九十]{1,2}[)）]|[\u2460-\u2473]|[0-9]{1,2}[.、．](?![0-9]))[ \u3000]*"
)
# the colon after a label read as a dot or a mark ("发证机关·杭州市上城区民政局", "户主姓名。王芳"): no value starts
# with one (a name's middle dot stands between its parts, never before them)
_COLON_AS_MARK = re.compile(r"^[.。·・．]+[\s\u3000]*")


def match_label(text: str, labels: Mapping[str, str]) -> tuple[str, str] | None:
    """(canonical label, rest of the text) when ``text`` starts with one of the printed ``labels``.

    A printed label of four or more characters may have one character misread ("月保障全额"), one of eight
    or more two ("F主或与厂主关系"), but only
    when nothing but a separator follows it: a value that merely resembles a label is no label. The
    misread character may be the first only when the label is long (six or more: "云民身份证件编号"), where
    the other characters alone say which label it is.
    """
    if (item := _ITEM_MARK.match(fold_fullwidth(text))) is not None and item.end() < len(text):
        # signers or rows numbered down the page ("1．授权人", "（2）委托人", "③户名"): the item's number is no
        # part of the label printed after it
        return match_label(fold_fullwidth(text)[item.end() :], labels)
    t = _compact(text)
    keys = sorted(labels, key=len, reverse=True)
    for key in keys:
        printed = _compact(key)  # "甲方（用人单位）" is compared as OCR text is, brackets folded
        if t.startswith(printed):
            # unless the whole text is a longer label with one character misread that begins with this
            # one ("户主或与户主类系" is 户主或与户主关系, not 户主或与户主 and a value "类系")
            longer = _misread_label(t, [k for k in keys if len(_compact(k)) > len(printed)], labels)
            rest = _LABEL_NOTE.sub("", _cut(text, len(printed)).lstrip(" \u3000"))
            if longer is None and _SECTION_WORDS.match(_compact(rest)):
                return None
            rest = _LABEL_QUALIFIER.sub("", rest.lstrip(" \u3000"))
            return longer or (labels[key], _COLON_AS_MARK.sub("", rest.lstrip(" \u3000：:")).rstrip())
    # a misread label only when no label is printed exactly (公示截止时间 is no misread 公示起止时间)
    return _misread_label(t, keys, labels)


# the unit a label prints after it, a bracket perhaps lost to OCR ("月保障全额元)", "保障人口（人")
_UNIT_NOTE = re.compile(r"[（(]?(?:元|人|岁|元/月)[）)]?")


def _misread_label(t: str, keys: Sequence[str], labels: Mapping[str, str]) -> tuple[str, str] | None:
    """The label of ``keys`` that ``t`` (compact) is with one character misread, nothing after it but its
    unit."""
    for key in keys:
        printed = _compact(key)
        n = len(printed)
        head = t[:n]
        if (
            n >= 4
            and len(head) == n
            and (head[0] == printed[0] or n >= 6)
            and 1 <= sum(a != b for a, b in zip(head, printed, strict=True)) <= (2 if n >= 8 else 1)
            and (t[n:].strip("：:") == "" or _UNIT_NOTE.fullmatch(t[n:]))
        ):
            return labels[key], ""
    return None


def _split_inline(text: str, inline: Mapping[str, str]) -> list[tuple[str | None, str]]:
    """Split a value at a label glued inside it ("女民族汉" → 女 | 民族: 汉)."""
    if not inline:
        return [(None, text)]
    rx = re.compile("|".join(re.escape(w) for w in sorted(inline, key=len, reverse=True)))
    out: list[tuple[str | None, str]] = []
    pos, current = 0, None
    for m in rx.finditer(text):
        if m.start() == 0:
            continue
        out.append((current, text[pos : m.start()]))
        current, pos = inline[m.group()], m.end()
    out.append((current, text[pos:]))
    return out


def row_values(
    lines: Sequence[TextLine], labels: Mapping[str, str], inline: Iterable[str] = ()
) -> dict[str, RowValue]:
    """Every ``label → value`` of the printed rows: the texts after a label up to the next label.

    ``inline`` names labels that may also be found glued inside a text, not only at its start. The
    first (topmost) reading of a label wins, unless its label was only a one-character misreading of the
    printed one and a later row prints it as it is: another label differing by a character ("核对日期" of the
    union's check table beside a card's "核发日期") is no misreading of it.
    """
    inline_map = {w: labels[w] for w in inline if w in labels}
    out: dict[str, RowValue] = {}
    guessed: set[int] = set()  # the label lines that are a printed label only with a character misread

    def close(cur: RowValue | None) -> None:
        if cur is None:
            return
        for lab, val in _split_inline(cur.text, inline_map):
            lab = lab or cur.label
            val = val.strip(" \u3000：:_")
            first = lab not in out or (id(out[lab].label_line) in guessed and id(cur.label_line) not in guessed)
            if val and first:
                out[lab] = RowValue(
                    lab, val, cur.confidence, cur.page, cur.box, cur.label_line, cur.lines, cur.ended_by
                )

    for row in group_rows(lines):
        cur: RowValue | None = None
        for ln in row:
            m = match_label(ln.text, labels)
            if m is not None:
                if cur is not None:
                    cur.ended_by = ln
                close(cur)
                lab, rest = m
                if not _printed_as_is(ln.text, labels):
                    guessed.add(id(ln))
                cur = RowValue(lab, rest, ln.confidence, ln.page, ln.box, ln, [ln] if rest else [])
            elif cur is not None and label_of(ln.text) is not None:
                cur.ended_by = ln
                close(cur)  # another field's printed label (劳动者姓名 | 黄伟 | 性别 | 男): the value ends
                cur = None
            elif cur is not None and _cells_apart(cur.lines[-1] if cur.lines else cur.label_line, ln):
                close(cur)  # the next ruled cell is another table's, or an empty cell stands between
                cur = None
            elif cur is not None:
                cur.text += ln.text
                cur.confidence = min(cur.confidence, ln.confidence)
                cur.box = ln.box if not cur.lines else union_box(cur.box, ln.box)
                cur.lines.append(ln)
        close(cur)
    for lab, rv in list(out.items()):
        if (under := _under_header_row(rv, lines, labels)) is not None:
            out[lab] = RowValue(lab, under.text, under.confidence, under.page, under.box, rv.label_line, [under])
    return out


def _printed_as_is(text: str, labels: Mapping[str, str]) -> bool:
    """Whether ``text`` starts with one of ``labels`` as printed (not one read with a character misread)."""
    folded = fold_fullwidth(text)
    if (item := _ITEM_MARK.match(folded)) is not None and item.end() < len(text):
        folded = folded[item.end() :]
    t = _compact(folded)
    return any(t.startswith(_compact(k)) for k in labels)


def _cells_apart(a: TextLine, b: TextLine) -> bool:
    """Whether ``b``, the next text on ``a``'s row, is the whole text of a ruled cell that does not touch
    ``a``'s cell: cells of one table share their rulings (a gap of a ruling's width between them), so
    what stands further off is in a table printed beside this one (a booklet's 登记事项变更和更正记载
    column, its heads 项目 | 变更更正后 level with the card's first row) or beyond an empty cell."""
    return a.cell and b.cell and a.page == b.page and b.box[0] - a.box[2] > 0.4 * min(a.height, b.height)


def _under_header_row(rv: RowValue, lines: Sequence[TextLine], labels: Mapping[str, str]) -> TextLine | None:
    """The value under a label whose row is a row of column headers: what followed the label on its row
    stands between it and the next printed label (经治医师 | 科主任 | 开具日期: 科主任 a header this reader
    does not know), and the row below holds a text under the label, under each of those texts and under the
    next label, none of them a printed label (熊志强 | 薛明 | 2025年11月24日): the label heads its column too."""
    label, nxt = rv.label_line, rv.ended_by
    if nxt is None or not rv.lines or label in rv.lines:
        return None
    # small labels in the corners of tall boxes: their values may stand four label heights below them
    under = [value_below(t, lines, max_gap=4.0) for t in (label, *rv.lines, nxt)]
    found = [u for u in under if u is not None]
    if len(found) != len(under) or len({id(u) for u in found}) != len(found):
        return None
    h = max(u.height for u in found)
    if max(u.cy for u in found) - min(u.cy for u in found) > 0.6 * h:
        return None
    if any(match_label(u.text, labels) is not None or label_of(u.text) is not None or _LABEL_END.search(u.text)
           or _account_label(u.text) is not None for u in found):
        # a block of label | value rows printed twice side by side (a transfer's payer | payee, each 户名 /
        # 账号 / 开户行): the row under holds the next pair's labels (账号), not values of a header row
        return None
    return found[0]


# the end of a printed label this reader need not know (死亡日期, 死亡地点, 登记时间, 证件号码): a row of label
# cells under a row of label | value cells (a certificate's grid of two or three pairs) is no row of values
_LABEL_END = re.compile(r"^[\u4e00-\u9fa5]{2,6}(?:日期|时间|地点|地址|号码|原因)[:：]?$")


def labelled_values(
    lines: Sequence[TextLine], labels: Mapping[str, str], inline: Iterable[str] = ()
) -> dict[str, RowValue]:
    """``label → value`` wherever a paper prints the value: after its label on the row (a letter, a card,
    a two-column table), else in the cell right below the label (a table whose labels head its columns).
    A text below that is itself a printed label is no value. ``inline`` as for ``row_values``."""
    out = row_values(lines, labels, inline)
    for ln in sorted(lines, key=lambda t: (t.page, t.cy, t.box[0])):
        m = match_label(ln.text, labels)
        if m is None or m[1].strip("_＿ ") or m[0] in out:
            continue
        beside = _beside(ln, lines)
        if beside is not None and match_label(beside.text, labels) is None and label_of(beside.text) is None:
            out[m[0]] = RowValue(m[0], beside.text, beside.confidence, beside.page, beside.box, ln, [beside])
            continue
        below = value_below(ln, lines)  # a header beside a header: the values are in the row below
        if below is None or match_label(below.text, labels) is not None or label_of(below.text) is not None:
            continue
        out[m[0]] = RowValue(m[0], below.text, below.confidence, below.page, below.box, ln, [below])
    return out


# a caption's note in brackets as OCR may give it ("家庭人口（A）" for （人）, "发证机关（盖" its end lost)
_CAPTION_NOTE = re.compile(r"^[（(][^（()）]{1,4}[）)]?$")


def captioned_values(lines: Sequence[TextLine], labels: Mapping[str, str]) -> dict[str, RowValue]:
    """``label → value`` on a paper that writes each value on a line with its caption printed small under the
    line (户主姓名, 家庭住址 … centred under what was written over them), as certificates and booklets often do:
    the value is the text right above its caption, centred over it, nearer to it than any text centred under
    it. A page is read so only when three or more of its captions have their value so and more captions have
    a value above than below (a table whose labels head the values under them, row after row, has the
    previous row's values over its labels). {} when the page is not printed so."""
    caps: list[tuple[str, TextLine]] = []
    for ln in lines:
        m = match_label(ln.text, labels)
        if m is not None and (not m[1] or _CAPTION_NOTE.match(_compact(m[1])) or _UNIT_NOTE.fullmatch(_compact(m[1]))):
            caps.append((m[0], ln))
    above: dict[int, TextLine] = {}
    below: dict[int, TextLine] = {}
    for _, cap in caps:
        over = _centred_next(cap, lines, labels, up=True)
        under = _centred_next(cap, lines, labels, up=False)
        if over is not None and (under is None or cap.box[1] - over.box[3] < under.box[1] - cap.box[3]):
            above[id(cap)] = over
        elif under is not None:
            below[id(cap)] = under
    if len(above) < 3 or len(above) <= len(below):
        return {}
    out: dict[str, RowValue] = {}
    for lab, cap in sorted(caps, key=lambda c: (c[1].page, c[1].cy)):
        if (v := above.get(id(cap))) is not None and lab not in out:
            out[lab] = RowValue(lab, v.text, v.confidence, v.page, v.box, cap, [v])
    return out


def _centred_next(cap: TextLine, lines: Sequence[TextLine], labels: Mapping[str, str], up: bool) -> TextLine | None:
    """The nearest text right above (``up``) or under a caption, within one and a half text heights, no label,
    centred over the caption (their middles within a quarter of the wider's width and half a caption's height)
    or starting where it starts (a caption printed at the start of its line)."""
    h = cap.height
    best: tuple[float, TextLine] | None = None
    for t in lines:
        if t is cap or t.page != cap.page:
            continue
        gap = cap.box[1] - t.box[3] if up else t.box[1] - cap.box[3]
        if not -0.3 * h <= gap <= 1.5 * max(h, t.height) or (t.cy >= cap.cy if up else t.cy <= cap.cy):
            continue
        wide = max(t.box[2] - t.box[0], cap.box[2] - cap.box[0])
        if abs(t.cx - cap.cx) > 0.25 * wide + 0.5 * h and abs(t.box[0] - cap.box[0]) > h:
            continue  # neither centred over the caption nor starting where it starts
        if match_label(t.text, labels) is not None or label_of(t.text) is not None:
            continue
        if best is None or gap < best[0]:
            best = (gap, t)
    return best[1] if best is not None else None


def _beside(label: TextLine, lines: Sequence[TextLine]) -> TextLine | None:
    """The nearest text right of a label whose height band it shares for the most part: its value on a
    row that a photo's skew or curl took apart (the value a little higher than its label, so the rows
    were grouped without it)."""
    right = [
        t
        for t in lines
        if t is not label
        and t.page == label.page
        and t.box[0] >= label.box[2] - 0.3 * label.height
        and min(t.box[3], label.box[3]) - max(t.box[1], label.box[1]) >= 0.6 * min(t.height, label.height)
    ]
    return min(right, key=lambda t: t.box[0], default=None)


def column_below(label: TextLine, lines: Sequence[TextLine]) -> list[TextLine]:
    """The texts stacked under a column header, row after row, down to the first gap of more than two
    row heights (a list of households or people under its 姓名 header)."""
    h = label.height
    col = [
        t
        for t in lines
        if t.page == label.page
        and t.cy > label.box[3]
        and min(t.box[2], label.box[2] + h) - max(t.box[0], label.box[0] - h) > 0
    ]
    out: list[TextLine] = []
    bottom = label.box[3]
    for t in sorted(col, key=lambda t: t.cy):
        if t.box[1] - bottom > 2.5 * max(h, t.height):
            break
        out.append(t)
        bottom = max(bottom, t.box[3])
    return out


def column_list(rv: RowValue, lines: Sequence[TextLine], labels: Mapping[str, str]) -> list[TextLine]:
    """A list printed under its label as a column's head (序号 | 诊断名称 | 疾病编码 over one diagnosis a row):
    the label's value was read under it, or what followed it on its row are the other columns' heads (each
    with a text under it on the first row). The texts under the label, row after row, down to the list's end:
    a row that holds a printed label, a gap of more than a row, a row with nothing under the label or nothing
    else (a line a long value wrapped onto)."""
    label = rv.label_line
    if rv.lines and rv.lines != [value_below(label, lines)]:
        first = [value_below(t, lines) for t in rv.lines if t is not label]
        heads = [u for u in first if u is not None]
        if not heads or len(heads) < len(first) or any(abs(u.cy - heads[0].cy) > 0.6 * u.height for u in heads):
            return []
    if not any(t is not label and t.page == label.page and abs(t.cy - label.cy) <= 0.5 * label.height
               for t in lines):
        return []  # a label alone on its row heads no table
    out: list[TextLine] = []
    bottom = label.box[3]
    for row in group_rows([t for t in lines if t.page == label.page and t.cy > label.box[3]]):
        h = max(t.height for t in row)
        if min(t.box[1] for t in row) - bottom > 1.5 * h or any(_printed(t.text, labels) for t in row):
            break
        under = [t for t in row if min(t.box[2], label.box[2]) - max(t.box[0], label.box[0]) > 0]
        if len(under) != 1 or len(row) < 2:
            break  # a table's row holds the item and its other columns (its number, its code)
        out.append(under[0])
        bottom = max(t.box[3] for t in row)
    return out


def _printed(text: str, labels: Mapping[str, str]) -> bool:
    return match_label(text, labels) is not None or label_of(text) is not None


def _row_line(row: Sequence[TextLine]) -> TextLine:
    """One printed row as a single line (its texts from left to right)."""
    box = (
        min(t.box[0] for t in row),
        min(t.box[1] for t in row),
        max(t.box[2] for t in row),
        max(t.box[3] for t in row),
    )
    return TextLine("".join(t.text for t in row), box, min(t.confidence for t in row), row[0].page)


def _upright(ln: TextLine) -> bool:
    """A text printed top to bottom: two or more characters in a box taller than wide."""
    return len(_compact(ln.text)) >= 2 and ln.height >= 1.5 * max(1.0, ln.box[2] - ln.box[0])


# a box or tick glyph standing between two characters of a text: what OCR makes of a spaced label's gap
_GAP_MARK = re.compile(r"(?<=[\u4e00-\u9fa5])\s*[☑■✓√✔☒⊠▣●□☐○]\s*(?=[\u4e00-\u9fa5])")


def _gap_read_as_box(lines: Sequence[TextLine], keys: set[str]) -> list[TextLine]:
    """``lines`` with a text that is a printed label but for a box glyph between its characters ("姓☑名": the
    spaced label's gap read as a mark) read as the label; a glyph before or after a text is no gap."""
    out = []
    for ln in lines:
        text = _compact(ln.text)
        if _GAP_MARK.search(text) and (bare := _GAP_MARK.sub("", text)) in keys and bare != text:
            ln = replace(ln, text=bare)
        out.append(ln)
    return out


def joined_spaced_labels(lines: Sequence[TextLine], labels: Mapping[str, str]) -> list[TextLine]:
    """``lines`` with a printed label spaced out on its row ("姓　　名", "性　别") that OCR read one character a
    text ("姓" | "名", "性" | "别女") as one text: a single character followed, along its row and within three
    of its heights, by the texts that complete one of ``labels`` (the value glued to the last one stays on it).
    Texts that complete no label are left as they are. A label whose gap OCR read as a box ("姓☑名") is the
    label (``_gap_read_as_box``)."""
    keys = [k for k in (_compact(k) for k in labels) if len(k) >= 2]
    out: list[TextLine] = []
    for row in group_rows(_gap_read_as_box(lines, set(keys))):
        i = 0
        while i < len(row):
            first, acc, j = row[i], _compact(row[i].text), i
            if len(acc) == 1 and "\u4e00" <= acc <= "\u9fa5":
                while j + 1 < len(row) and row[j + 1].box[0] - row[j].box[2] <= 3 * first.height:
                    acc += _compact(row[j + 1].text)
                    j += 1
                    if any(acc.startswith(k) for k in keys) or not any(k.startswith(acc) for k in keys):
                        break
            if j > i and any(acc.startswith(k) for k in keys):
                part = row[i : j + 1]
                box = (
                    min(t.box[0] for t in part),
                    min(t.box[1] for t in part),
                    max(t.box[2] for t in part),
                    max(t.box[3] for t in part),
                )
                out.append(TextLine("".join(t.text for t in part), box, min(t.confidence for t in part), first.page))
                i = j + 1
            else:
                out.append(first)
                i += 1
    return out


def without_upright_text(lines: Sequence[TextLine]) -> list[TextLine]:
    """``lines`` without words printed top to bottom in a margin (a carbon form's stub "第二联 患者收执"):
    texts taller than wide, and the characters OCR read one by one stacked with them (or three and more
    stacked by themselves), none of a row. Left in, such a column is grouped with every row it spans
    and read into their values."""
    stacked = [t for t in lines if _upright(t) or len(_compact(t.text)) <= 2]
    if not stacked:
        return list(lines)
    parent = list(range(len(stacked)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(stacked):
        for j in range(i + 1, len(stacked)):
            b = stacked[j]
            wa, wb = a.box[2] - a.box[0], b.box[2] - b.box[0]
            narrow = max(1.0, min(wa, wb))
            over = min(a.box[2], b.box[2]) - max(a.box[0], b.box[0])
            gap = max(a.box[1], b.box[1]) - min(a.box[3], b.box[3])
            # one above the other in one column, set as close as the characters of one word (a table's
            # column of one-character values, 男 | 女 | 子, stands at least its row's spacing apart)
            if a.page == b.page and over >= 0.5 * narrow and gap <= 0.2 * narrow:
                parent[root(i)] = root(j)
    groups: dict[int, list[TextLine]] = {}
    for i, t in enumerate(stacked):
        groups.setdefault(root(i), []).append(t)
    gone = {
        id(t)
        for g in groups.values()
        if any(_upright(t) for t in g) or (len(g) >= 3 and all(len(_compact(t.text)) == 1 for t in g))
        for t in g
    }
    return [t for t in lines if id(t) not in gone]


def _single_character(t: TextLine) -> bool:
    c = _compact(t.text)
    return len(c) == 1 and "\u4e00" <= c <= "\u9fa5"


def _caption(text: str, parts: Sequence[TextLine]) -> TextLine:
    """A caption set top to bottom as one label: a box as wide as its column and one character tall, at the
    column's middle (the height of a character of the labels beside it, not of the whole cell)."""
    x0, y0 = min(t.box[0] for t in parts), min(t.box[1] for t in parts)
    x1, y1 = max(t.box[2] for t in parts), max(t.box[3] for t in parts)
    cy, half = (y0 + y1) / 2, (x1 - x0) / 2
    return TextLine(text, (x0, cy - half, x1, cy + half), min(t.confidence for t in parts), parts[0].page, False)


def _stacked_run(first: TextLine, singles: Sequence[TextLine], lines: Sequence[TextLine], keys: set[str]) -> list[TextLine]:
    """The single characters standing under ``first`` in its column, each within three of its heights of the
    last, nothing else between them, up to the first run whose characters make one of ``keys``."""
    run = [first]
    while "".join(_compact(t.text) for t in run) not in keys:
        last, acc = run[-1], "".join(_compact(t.text) for t in run)
        h = max(1.0, last.height)
        nxt = min(
            (
                t
                for t in singles
                if t.page == last.page
                and t.cy > last.cy
                and _across_overlap(t, last)
                and -0.2 * h <= t.box[1] - last.box[3] <= 3 * h
            ),
            key=lambda t: t.cy,
            default=None,
        )
        if nxt is None or not any(k.startswith(acc + _compact(nxt.text)) for k in keys):
            return []
        between = [
            t
            for t in lines
            if t.page == last.page and t not in (last, nxt) and last.cy < t.cy < nxt.cy and _across_overlap(t, last)
        ]
        if between:
            return []
        run.append(nxt)
    return run if len(run) >= 2 else []


def upright_captions(lines: Sequence[TextLine], labels: Mapping[str, str]) -> list[TextLine]:
    """``lines`` with a label set top to bottom in a narrow cell left of a tall value cell (a certificate's
    诊断 | 医嘱 boxes, their titles one character under another) read as a label: OCR gives it as one text
    taller than wide ("诊断" standing) or one character a text stacked in a column ("诊" | "断"), which
    ``without_upright_text`` would drop as a margin's words. Only a caption whose characters make a label of
    ``labels`` is joined; stacked characters making no label stay as they are."""
    keys = {c for c in (_compact(k) for k in labels) if 2 <= len(c) <= 4}
    singles = sorted((t for t in lines if _single_character(t)), key=lambda t: (t.page, t.cy))
    joined: dict[int, TextLine] = {}
    taken: set[int] = set()
    for t in lines:
        if _upright(t) and _compact(t.text) in keys:
            joined[id(t)] = _caption(_compact(t.text), [t])
    for t in singles:
        if id(t) in taken:
            continue
        run = _stacked_run(t, singles, lines, keys)
        if run:
            joined[id(t)] = _caption("".join(_compact(u.text) for u in run), run)
            taken |= {id(u) for u in run[1:]}
    return [joined.get(id(t), t) for t in lines if id(t) not in taken]


def loose_date(text: str) -> str | None:
    """The first date in ``text`` even when OCR turned its separators into spaces or dropped one."""
    found = find_dates(text)
    return found[0].isoformat() if found else None


def first_date(text: str) -> str | None:
    """The first date in ``text`` written in digits (as ``loose_date``), in Chinese numerals ("二〇二五年三月
    五日", as dates are written under a seal or by hand) or with a two-digit year ("23年1月24日")."""
    return loose_date(text) or next((d for _pos, d in all_dates(text)), None)


# a short note in brackets beside a name: "吴海燕（装配车间职工）", "（签名）钟华"
_NOTE = re.compile(r"[（(][^（()）]{0,12}[）)]")


def person_name(text: str, longest: int = 6) -> str | None:
    """A person's name from a value: Chinese characters and the middle dot only (drops ☑, _, punctuation
    and a bracketed note beside the name)."""
    parts = _NAME_CHARS.findall(_NOTE.sub("", fold_fullwidth(text)))
    if len(parts) != 1 or any(ch.isdigit() for ch in text):
        return None
    name = parts[0].strip("·")
    return name if 2 <= len(name) <= longest else None


def value_name(rv: RowValue, longest: int = 6) -> str | None:
    """A person's name from a label's value: the whole value, else its first text when the row went on
    into other cells (申请人 | 刘建华 | 所在单位 | 株洲冶炼集团: the first cell after the label)."""
    whole = person_name(rv.text, longest)
    if whole is not None and len(rv.lines) <= 1:
        return whole if check_reading("姓名", whole) is None else None
    others = [t.text for t in rv.lines if t is not rv.label_line]
    rest = rv.text  # what the label's own text held after the label ("申请人刘建华" → 刘建华), if anything
    for text in reversed(others):
        rest = rest[: -len(text)] if text and rest.endswith(text) else rest
    # a note after the label ("授权人（签字）：" | 莫秋菊) is none of the value, nor is the label's colon read
    # as another stop ("交款单位（人）。" | 董强建)
    first = next((t for t in [rest, *others] if _NOTE.sub("", fold_fullwidth(t)).strip(" \u3000：:_。.，,、")), None)
    if not rest.strip(" \u3000：:_") and (spaced := _spaced_word(rv)) is not None:
        first = spaced  # a name whose characters are set apart (黎 华 霞): OCR reads each as a text of its own
    name = person_name(first, longest) if first is not None else whole
    if name is None and first is not None:
        # the name, then the person's facts ("卢建平，男，52岁，机修车间职工…"): the name before the first comma
        head = re.split(r"[，,；;]", fold_fullwidth(first).strip(" \u3000：:_"), maxsplit=1)[0]
        name = person_name(head, longest) if head != first else None
    # a header's next header (职工姓名 | 部门 | 家庭人口) is no name
    return name if name is not None and check_reading("姓名", name) is None else None


def _spaced_word(rv: RowValue) -> str | None:
    """The first texts after a label when they are single characters close together (a name printed or
    written letter-spaced, read one character a text): two or more of them, joined."""
    run: list[TextLine] = []
    for t in (t for t in rv.lines if t is not rv.label_line):
        c = _compact(t.text).strip("：:_")
        if not re.fullmatch(r"[\u4e00-\u9fa5]", c) or (
            run and t.box[0] - run[-1].box[2] > 1.5 * max(t.height, run[-1].height)
        ):
            break
        run.append(t)
    return "".join(_compact(t.text).strip("：:_") for t in run) if len(run) >= 2 else None


def _put(ex: Extraction, label: str, value: Any, rv: RowValue | None, factor: float = 1.0) -> None:
    if value is None:
        return
    if rv is None:
        ex.set(label, value, factor)
    else:
        ex.set(label, value, rv.confidence * factor, rv.page, rv.box)
    ex.raw[label] = rv.text if rv is not None else str(value)


def _normalised(label: str, rv: RowValue) -> Any | None:
    value, factor = normalise_value(label, rv.text)
    return value if factor >= 1.0 else None


# ---------------------------------------------------------------------------------------------
# 居民身份证


ID_CARD_LABELS = {
    "姓名": "姓名",
    "性别": "性别",
    "民族": "民族",
    "出生": "出生日期",
    "出生日期": "出生日期",
    "住址": "住址",
    "公民身份号码": "身份证号",
    "签发机关": "签发机关",
    "有效期限": "有效期限",
}


def _id_number(
    rows: dict[str, RowValue], lines: Sequence[TextLine]
) -> tuple[str, float, RowValue | None] | None:
    """The 18-character number: from its row, else the only number of that shape on the card."""
    cands: list[tuple[str, float, RowValue | None]] = []
    rv = rows.get("身份证号")
    if rv is not None:
        cands += [(m.group(), rv.confidence, rv) for m in _ID_RUN.finditer(normalise_id_number(rv.text))]
    for ln in lines:
        for m in _ID_RUN.finditer(normalise_id_number(ln.text)):
            cands.append((m.group(), ln.confidence * 0.95, None))
    if not cands:
        return None
    valid = []
    for number, conf, src in cands:
        try:
            parse_id_number(number)
        except ValueError:
            continue
        valid.append((number.upper(), conf, src))
    return (valid or cands)[0]


_BARE_DATE = re.compile(r"(?:19|20)\d{2}[.\-/年]\d{1,2}(?:[.\-/月]\d{1,2}日?)?")


def _address_block(
    label_line: TextLine, rest: str, lines: Sequence[TextLine], labels: Mapping[str, str]
) -> tuple[str, list[TextLine]]:
    """住址 wraps over up to three rows right of its label, down to the next printed label. A label read into
    one text with the value's first row ("住址湖南省长沙市芙蓉区五一") ends where its characters' share of the
    text's width ends: the rows below start there, under the value."""
    h = label_line.height
    whole, said = len(_compact(label_line.text)), len(_compact(rest))
    label_end = label_line.box[2]
    if said and whole > said:
        label_end = label_line.box[0] + (label_line.box[2] - label_line.box[0]) * (whole - said) / whole
    below = [
        o.box[1]
        for o in lines
        if o.page == label_line.page
        and o is not label_line
        and o.box[1] > label_line.box[3] - 0.3 * h
        and match_label(o.text, labels) is not None
    ]
    stop = min(below, default=label_line.box[1] + 5 * h)
    stop = min(stop, label_line.box[1] + 5 * h)
    picked = [
        o
        for o in lines
        if o.page == label_line.page
        and o is not label_line
        and o.box[0] > label_line.box[0] + 0.5 * (label_end - label_line.box[0])
        and label_line.box[1] - 0.3 * h <= o.cy < stop
        and match_label(o.text, labels) is None
        and not _BARE_DATE.fullmatch(_compact(o.text))  # an attester's date, never part of an address
    ]
    picked = [o for o in picked if not _ID_RUN.fullmatch(normalise_id_number(_compact(o.text)))]
    used: list[TextLine] = []
    prev_bottom = label_line.box[3]
    start = label_end  # where the address's column starts: after its label, then its first row
    for row in _stacked_apart(group_rows(picked)):
        top = min(t.box[1] for t in row)
        if used and top - prev_bottom > 1.2 * max(t.height for t in row):
            break
        run = _contiguous(row, start, h)
        if not run:
            continue
        start = min(start, run[0].box[0]) if used else run[0].box[0]
        used += run
        prev_bottom = max(t.box[3] for t in run)
    return _without_stray_tail(rest + "".join(t.text for t in used)), used


def _stacked_apart(rows: Sequence[Sequence[TextLine]]) -> list[list[TextLine]]:
    """Rows as ``group_rows`` finds them, a row parted where two of its texts stand one above the other
    (their spans across overlap by half the narrower): a wrapped address's two lines that OCR boxed tall
    enough to look like one row, then read in the order they stand, not right-to-left by a pixel."""
    out: list[list[TextLine]] = []
    for row in rows:
        parts: list[list[TextLine]] = []
        for t in sorted(row, key=lambda t: t.cy):
            home = next((p for p in parts if not any(_across_overlap(t, o) for o in p)), None)
            if home is None:
                parts.append([t])
            else:
                home.append(t)
        out += [sorted(p, key=lambda t: t.box[0]) for p in parts]
    return out


def _across_overlap(a: TextLine, b: TextLine) -> bool:
    overlap = min(a.box[2], b.box[2]) - max(a.box[0], b.box[0])
    return overlap > 0.5 * min(a.box[2] - a.box[0], b.box[2] - b.box[0])


def _contiguous(row: Sequence[TextLine], start: float, h: float) -> list[TextLine]:
    """The texts of one row that continue the address: the first starting near its column, each next
    one close after the last. A clerk's signature or date written far right on the card is no part of it."""
    out: list[TextLine] = []
    for t in sorted(row, key=lambda t: t.box[0]):
        gap = t.box[0] - (out[-1].box[2] if out else start)
        if gap > (3 if out else 5) * h:
            break
        out.append(t)
    return out


# what an address never ends with: a copy's attestation (OCR drops the 致 of "与原件一致"), a date or the
# year of one written over it ("…光明村2组2025"), the card's number run into it
_ADDRESS_NOISE = re.compile(r"(?:(?:此|本)?复印件)?与原件[一致相符]{0,2}|^复印件")
_STRAY_TAIL = re.compile(
    r"(?<=[省市区县镇乡村街路道巷号弄室幢栋组])(?:(?:19|20)\d{2}[\d.\-/年月]*日?|\d{1,2}[.\-/]\d{1,2}日?|\d{17}[\dXx])$"
)


# an address starts with its place's name: digits before it are another text's (an attester's date written
# over the card, "20" of "2026.9.15" read into the address's first row)
_STRAY_HEAD = re.compile(r"^[0-9.\-/]+(?=[\u4e00-\u9fa5])")


def _without_stray_tail(text: str) -> str:
    """An address without an attester's words or date read into it, at its end or before its first place."""
    return _STRAY_HEAD.sub("", _STRAY_TAIL.sub("", _ADDRESS_NOISE.sub("", text)).lstrip())


# what a clerk writes or stamps on a copy to attest it ("复印件与原件一致", "此复印件仅供困难职工建档使用",
# "再复印无效"): never part of the copied card, wherever it lands on it
_ATTESTATION = re.compile(
    r"(?:(?:此|本)?复印件)?(?:经核对)?与原件(?:一致|相符|核对无误|无误)"
    r"|复印[\u4e00-\u9fa5]{0,4}?(?:一致|相符)"  # the note with characters OCR lost under a stroke or stamp
    r"|(?:(?:此|本)?复印件)?仅(?:供|限)[\u4e00-\u9fa5]{0,24}?(?:使用|之用)"
    r"|(?:再次?复印|他用|涂改)无效"
)


# papers that reach the archive as attested copies of cards and booklets
ATTESTED_TYPES = ("身份证", "户口簿", "低保证", "残疾人证")


def without_attestation(lines: Sequence[TextLine]) -> list[TextLine]:
    """``lines`` with the attestation notes cut out, and the attester's signature and date with them (on
    the note's line, right after it on its row, or a date just below it). Text OCR read into the note's
    line stays when it is longer than a signature (card text)."""
    out: list[TextLine] = []
    notes: list[TextLine] = []
    for ln in lines:
        t = _ATTESTATION.sub("", ln.text)
        if t == ln.text:
            out.append(ln)
            continue
        notes.append(ln)
        rest = _compact(t).strip("，,。.；;：:（）()_")
        if len(rest) >= 6 and not find_dates(rest):
            out.append(TextLine(t.strip(), ln.box, ln.confidence, ln.page, ln.cell))
    signed = {id(t) for n in notes for t in _signature_of(n, out)}
    return [ln for ln in out if id(ln) not in signed]


def _signature_of(note: TextLine, lines: Sequence[TextLine]) -> list[TextLine]:
    """The attester's name right after ``note`` on its row (nothing between them) and a bare date below."""
    h = note.height
    out: list[TextLine] = []
    row = [
        t
        for t in lines
        if t.page == note.page
        and min(t.box[3], note.box[3]) - max(t.box[1], note.box[1]) >= 0.5 * min(t.height, h)
        and t.box[0] >= note.box[2] - 0.5 * h
    ]
    if row:
        first = min(row, key=lambda t: t.box[0])
        text = _compact(first.text)
        signed = person_name(text, longest=4) is not None and not _is_printed_card_label(text)
        if first.box[0] - note.box[2] <= 5 * h and (signed or _BARE_DATE.fullmatch(text)):
            out.append(first)
    for t in lines:
        below = 0 <= t.box[1] - note.box[3] <= 1.5 * h
        near = t.page == note.page and below and note.box[0] - h <= t.cx <= note.box[2] + 5 * h
        if near and _BARE_DATE.fullmatch(_compact(t.text)):
            out.append(t)
    return out


def _is_printed_card_label(text: str) -> bool:
    """Whether ``text`` is a label a card prints ("出生" right after a note is no attester's name)."""
    tables = (ID_CARD_LABELS, HUKOU_LABELS, DISABILITY_LABELS, DIBAO_LABELS)
    return label_of(text) is not None or any(match_label(text, t) is not None for t in tables)


def _name_above_gender(ex: Extraction, rows: Mapping[str, RowValue], lines: Sequence[TextLine]) -> None:
    """The card's first row when OCR misread or lost its 姓名 label ("撼名徐波"): the line right above the
    性别 row, starting where that label starts, holds the name after at most the two label characters
    with one of them misread; or, the label lost whole, starting where the 性别 row's value (a text of its
    own) starts: the name in the values' column."""
    sex = rows.get("性别")
    if sex is None:
        return
    lab = sex.label_line
    starts = [lab.box[0], *(t.box[0] for t in sex.lines[:1] if t is not lab)]
    above = [
        t
        for t in lines
        if t.page == lab.page
        and t.box[3] <= lab.cy
        and lab.box[1] - t.box[3] <= 1.5 * lab.height
        and any(abs(t.box[0] - x) <= lab.height for x in starts)
    ]
    if not above:
        return
    ln = max(above, key=lambda t: t.cy)
    text = _compact(ln.text)
    if len(text) > 2 and (text[0] == "姓") != (text[1] == "名"):
        text = text[2:]  # the label with one character misread
    if (name := person_name(text, longest=4)) is not None and match_label(text, ID_CARD_LABELS) is None:
        ex.set("姓名", name, ln.confidence * 0.9, ln.page, ln.box)
        ex.raw["姓名"] = ln.text


_PLACE = re.compile(r"[省市区县镇乡村街路道巷号弄室幢栋组]")


def _unlabelled_address(ex: Extraction, rows: Mapping[str, RowValue], lines: Sequence[TextLine]) -> None:
    """住址 whose label OCR lost (under a copy's attestation): the card prints it between the 出生 row and
    the 公民身份号码 row, in the values' column; the rows there that read as a place are the address."""
    born, number = rows.get("出生日期"), rows.get("身份证号")
    if born is None or number is None or born.page != number.page:
        return
    top, bottom = born.label_line.box[3], number.label_line.box[1]
    left = born.label_line.box[2] - 0.5 * born.label_line.height
    block = [
        t
        for t in lines
        if t.page == born.page
        and top <= t.cy <= bottom
        and t.box[0] >= left
        and match_label(t.text, ID_CARD_LABELS) is None
        and not _BARE_DATE.search(_compact(t.text))
    ]
    text = "".join(t.text for row in group_rows(block) for t in row).strip()
    if len(text) >= 6 and len(_PLACE.findall(text)) >= 2:
        box = union_box(block[0].box, block[-1].box)
        ex.set("住址", text, 0.9 * min(t.confidence for t in block), born.page, box)
        ex.raw["住址"] = text


def _address_above_number(ex: Extraction, rows: Mapping[str, RowValue], lines: Sequence[TextLine]) -> None:
    """住址 whose label OCR lost, found from below when the 出生 row is lost too: the card prints the
    address right above the 公民身份号码 row, in the values' column, and nothing but the date of birth
    above it in that column before the 性别 / 民族 row. From the number's row (its label's, else the text
    that holds the card's number), the rows above that start left of the number's value (the card's values'
    column: not a slip or a note copied beside the card), each with a place's character in it, up to four,
    while the gap stays within two line heights; a date of birth or a printed label is passed over, a row
    with no place's character (性别 / 民族, a name) ends them."""
    def starts(t: TextLine) -> float:  # where the number starts in a text (glued after its label or not)
        text = _compact(t.text)
        m = re.search(r"[0-9]{6}", text)
        return t.box[0] + (t.box[2] - t.box[0]) * (m.start() if m else 0) / max(1, len(text))

    number = ex.fields.get("身份证号")
    anchors: list[tuple[TextLine, float]] = []  # (the row's text to start from, where the number starts)
    if (rv := rows.get("身份证号")) is not None and rv.lines:
        anchors.append((rv.label_line, starts(rv.lines[0])))
    if isinstance(number, str):
        holding = [t for t in lines if number in _compact(t.text).upper()]
        anchors += [(t, starts(t)) for t in sorted(holding, key=lambda t: t.box[0])]
    for anchor, start in anchors:
        h = anchor.height
        cands = [
            t
            for t in lines
            if t.page == anchor.page
            and t.cy < anchor.box[1]
            and t.box[0] <= start + 2 * h
            and match_label(t.text, ID_CARD_LABELS) is None
            and not _BARE_DATE.search(_compact(t.text))
            and not _ID_RUN.search(_compact(t.text))
        ]
        picked: list[list[TextLine]] = []
        top = anchor.box[1]
        for row in reversed(group_rows(cands)):
            text = "".join(t.text for t in row)
            if top - max(t.box[3] for t in row) > 2 * max(h, *(t.height for t in row)) or not _PLACE.search(text):
                break
            picked.insert(0, row)
            top = min(t.box[1] for t in row)
            if len(picked) == 4:
                break
        text = _STRAY_HEAD.sub("", "".join(t.text for row in picked for t in row)).strip()
        if len(text) >= 6 and len(_PLACE.findall(text)) >= 2:
            used = [t for row in picked for t in row]
            box = union_box(used[0].box, used[-1].box)
            ex.set("住址", text, 0.85 * min(t.confidence for t in used), anchor.page, box)
            ex.raw["住址"] = text
            return


def _group_at(text: str) -> str | None:
    """The longest ethnic group ``text`` starts with: a clerk's signature may run on after it ("汉陶静")."""
    m = _NAME_CHARS.search(text)
    words = m.group() if m else ""
    starts = (words[:k].removesuffix("族") for k in range(len(words), 0, -1))
    return next((g for g in starts if g in ETHNIC_GROUPS), None)


def _read_ethnic_group(ex: Extraction, rows: Mapping[str, RowValue], lines: Sequence[TextLine] = ()) -> None:
    """民族 as a card prints it ("汉", "土家族"): one of the 56 groups, or nothing (not the generic pairing's
    guess, which may be the next printed label). With no row of its own, the group after the card's one
    民族 label printed inside a line whose first label OCR lost or misread ("男民族回", "性型男民族汉")."""
    rv = rows.get("民族")
    sex = rows.get("性别")
    # "女凤族汉", or the label's 族 lost ("女民汉")
    glued = re.match(r"[男女]\s*(?:[\u4e00-\u9fa5]?族|民)\s*(\S+)", sex.text) if sex is not None else None
    if glued is not None and sex is not None and _group_at(glued.group(1)) is None:
        # "男民旅苗": the label's 族 misread, not lost — the group after the misread character
        glued = re.match(r"[男女]\s*民[\u4e00-\u9fa5]\s*(\S+)", sex.text) or glued
    if rv is None and sex is not None and glued is not None:
        # "女凤族汉": the label glued to the sex with one character misread; the group follows its 族
        rv = RowValue(
            "民族", glued.group(1), 0.9 * sex.confidence, sex.page, sex.box, sex.label_line, sex.lines
        )
    inside = [(ln, m) for ln in lines if (m := _INSIDE_ETHNIC.search(_compact(ln.text))) is not None]
    if rv is None and len(inside) == 1:
        ln, m = inside[0]
        rv = RowValue("民族", m.group(1), 0.9 * ln.confidence, ln.page, ln.box, ln, [ln])
    # a text of its own, the label with one of its two characters misread and the group after it ("民旅苗")
    misread = [
        (ln, m)
        for ln in lines
        if (m := _MISREAD_ETHNIC.match(_compact(ln.text))) is not None and m.group(1).removesuffix("族") in ETHNIC_GROUPS
    ]
    if rv is None and len(misread) == 1:
        ln, m = misread[0]
        rv = RowValue("民族", m.group(1), 0.85 * ln.confidence, ln.page, ln.box, ln, [ln])
    nat = _group_at(rv.text) if rv is not None else None
    if nat is not None:
        _put(ex, "民族", nat, rv)
    elif "民族" in ex.fields and check_reading("民族", ex.fields["民族"]) is not None:
        _drop(ex, "民族")
    if "民族" not in ex.fields:
        # its label lost or misread past knowing ("民", nothing): the group printed alone in a text of its
        # own ("满", "土家族"), every such text on the card the same group, a little less sure
        alone = [(g, ln) for ln in lines if (g := _compact(ln.text).removesuffix("族")) in ETHNIC_GROUPS]
        if alone and len({g for g, _ in alone}) == 1:
            g, ln = alone[0]
            ex.set("民族", g, 0.85 * ln.confidence, ln.page, ln.box)
            ex.raw["民族"] = ln.text


# the front of every second-generation card prints its labels down one column in this order
_FRONT_LABELS = ("姓名", "性别", "出生", "住址", "公民身份号码")


def _mended_front_labels(lines: Sequence[TextLine]) -> list[TextLine]:
    """The card's front with labels OCR misread ("性制", "自址", "位", "出症") read as the labels they are.

    The card is one national printing: its labels stand in one column, 姓名 / 性别 / 出生 / 住址 /
    公民身份号码 from top to bottom, each alone where it stands (the value begins right of it). A short
    text (two characters at most) standing in that column between two labels read right is the label
    the order puts there, when only one fits (the labels around it are one place apart) or only one of
    those that fit shares a character with it; each label so found places the next.
    """
    index = {"姓名": 0, "性别": 1, "出生日期": 2, "住址": 3, "身份证号": 4}
    known: dict[int, int] = {}  # id(line) -> place in the column
    for ln in lines:
        m = match_label(ln.text, ID_CARD_LABELS)
        if m is not None and m[0] in index:
            known[id(ln)] = index[m[0]]
    anchors = [ln for ln in lines if id(ln) in known]
    if len(anchors) < 2:
        return list(lines)
    h = sorted(ln.height for ln in anchors)[len(anchors) // 2]
    lefts = sorted(ln.box[0] for ln in anchors)
    column = lefts[len(lefts) // 2]
    if sum(abs(x - column) <= h for x in lefts) < 2:
        return list(lines)
    placed = {id(ln): i for ln in anchors if abs(ln.box[0] - column) <= h for i in [known[id(ln)]]}
    candidates = [
        ln
        for ln in lines
        if id(ln) not in known
        and 1 <= len(_compact(ln.text)) <= 2
        and abs(ln.box[0] - column) <= h
        and _NAME_CHARS.fullmatch(_compact(ln.text))
    ]
    mended: dict[int, str] = {}
    changed = True
    while changed:
        changed = False
        marks = [(ln.cy, placed[id(ln)]) for ln in lines if id(ln) in placed]
        for ln in candidates:
            if id(ln) in mended:
                continue
            text = _compact(ln.text)
            above = max((i for cy, i in marks if cy < ln.cy), default=-1)
            below = min((i for cy, i in marks if cy > ln.cy), default=len(_FRONT_LABELS))
            fits = list(_FRONT_LABELS[above + 1 : below])
            if len(fits) > 1:
                fits = [lab for lab in fits if set(lab) & set(text)] or _by_pitch(ln, marks, fits)
            if fits == ["姓名"] and not set(text) & set("姓名"):
                continue  # the name itself where OCR lost its label and boxed it from the column
            if len(fits) == 1 and len(text) <= len(fits[0]):
                mended[id(ln)] = fits[0]
                placed[id(ln)] = _FRONT_LABELS.index(fits[0])
                changed = True
    return [
        TextLine(mended[id(ln)], ln.box, ln.confidence * 0.9, ln.page, ln.cell) if id(ln) in mended else ln
        for ln in lines
    ]


def _by_pitch(ln: TextLine, marks: Sequence[tuple[float, int]], fits: Sequence[str]) -> list[str]:
    """Of the labels that may stand at ``ln``, the one whose place the column's row pitch (measured
    between two labels read one place apart: 姓名, 性别, 出生 and 住址 are evenly spaced) puts there."""
    marks = sorted(marks)
    pitches = [b[0] - a[0] for a, b in pairwise(marks) if b[1] == a[1] + 1 and b[1] <= 3]
    above = [m for m in marks if m[0] < ln.cy]
    if not pitches or not above:
        return []
    pitch = sorted(pitches)[len(pitches) // 2]
    cy, i = above[-1]
    near = [lab for lab in fits if abs(cy + (_FRONT_LABELS.index(lab) - i) * pitch - ln.cy) <= 0.35 * pitch]
    return near


def read_id_card(ex: Extraction, lines: Sequence[TextLine], today: date | None = None) -> None:
    """居民身份证 (front side): 姓名 / 性别 民族 / 出生 / 住址 / 公民身份号码; what the number says
    (birth date, gender) fills what OCR lost on the card."""
    lines = _mended_front_labels(lines)
    rows = row_values(lines, ID_CARD_LABELS, inline=("民族",))
    if (rv := rows.get("姓名")) is not None and (name := person_name(rv.text)):
        _put(ex, "姓名", name, rv)
    else:
        _name_above_gender(ex, rows, lines)
    if (rv := rows.get("性别")) is not None and (g := re.search(r"[男女]", rv.text)):
        _put(ex, "性别", g.group(), rv)
    _read_ethnic_group(ex, rows, lines)
    if (rv := rows.get("出生日期")) is not None:
        born = _normalised("出生日期", rv) or loose_date(rv.text)
        if born:
            _put(ex, "出生日期", born, rv)
    found = _id_number(rows, lines)
    info = None
    if found is not None:
        number, conf, src = found
        if src is not None:
            _put(ex, "身份证号", number, src)
        else:
            ex.set("身份证号", number, conf)
        try:
            info = parse_id_number(number, today=today)
        except ValueError:
            info = None
    label_line = next(
        (ln for ln in lines if (m2 := match_label(ln.text, ID_CARD_LABELS)) and m2[0] == "住址"), None
    )
    if label_line is not None:
        rest = match_label(label_line.text, ID_CARD_LABELS)
        text, used = _address_block(label_line, rest[1] if rest else "", lines, ID_CARD_LABELS)
        text = text.strip(" \u3000：:")
        if len(text) >= 4:
            box = union_box(used[0].box, used[-1].box) if used else label_line.box
            conf = min([t.confidence for t in used] or [label_line.confidence])
            ex.set("住址", text, conf, label_line.page, box)
            ex.raw["住址"] = text
    if "住址" not in ex.fields:
        _unlabelled_address(ex, rows, lines)
    if "住址" not in ex.fields:
        _address_above_number(ex, rows, lines)
    if info is not None:
        conf = 0.9 * ex.confidence.get("身份证号", 0.9)
        if ex.fields.get("性别") not in ("男", "女"):
            ex.set("性别", info.gender, conf)
        if not isinstance(ex.fields.get("出生日期"), str) or not re.fullmatch(
            r"\d{4}-\d{2}-\d{2}", ex.fields["出生日期"]
        ):
            ex.set("出生日期", info.birth_date.isoformat(), conf)
    _id_card_back(ex, rows)
    for lab in ("性别", "民族"):
        # a value that is a printed label ("出生", taken from the row below) is no value
        v = ex.fields.get(lab)
        if isinstance(v, str) and match_label(v, ID_CARD_LABELS) is not None:
            _drop(ex, lab)


def card_sides(lines: Sequence[TextLine], labels: Mapping[str, str]) -> list[list[TextLine]]:
    """Cards lying on one sheet (front and back side by side or one above the other, two holders' cards,
    each holder's pair in a row) as separate line sets, top to bottom and left to right.

    A cut is a strip, across the rows (or columns) that hold printed labels, that no text crosses, wider
    than four line heights, with labels on both sides: a card's own label-to-value gaps and line spacing
    are far narrower. The sheet is cut into rows of cards, each row into cards, and each card again
    while a cut is found (a copier's glass holds cards in any arrangement). Without such a strip the lines
    are one card. (The page's regions usually part the cards before OCR; a dark copy whose card tint was
    cleaned away comes here whole.)
    """
    for axis in (1, 0):  # rows of cards first: two holders' pairs stacked share the strip between the sides
        parts = _card_cut(lines, labels, axis)
        if len(parts) >= 2:
            return [card for part in parts for card in card_sides(part, labels)]
    return [list(lines)]


def _card_cut(lines: Sequence[TextLine], labels: Mapping[str, str], axis: int) -> list[list[TextLine]]:
    """``lines`` cut along ``axis`` (0: at x, 1: at y) where :func:`card_sides` finds an empty strip."""
    labelled = [ln for ln in lines if match_label(ln.text, labels) is not None]
    if len(labelled) < 2:
        return [list(lines)]
    lo, hi = 1 - axis, 3 - axis  # the box's extent across the cut
    top, bottom = min(t.box[lo] for t in labelled), max(t.box[hi] for t in labelled)

    def centre(t: TextLine) -> float:
        return t.cx if axis == 0 else t.cy

    def across(t: TextLine) -> float:
        return t.cy if axis == 0 else t.cx

    # a cut between columns looks at the rows of the labels only (a title or a note above or below the
    # cards spans the strip); a cut between rows at every text, since a card's labels stand in one column
    # and its values right of them fill the label column's gaps (an address under 住址)
    band = sorted((t for t in lines if axis == 1 or top <= across(t) <= bottom), key=lambda t: t.box[axis])
    h = sorted(t.height for t in band)[len(band) // 2]
    # a row of cards holds a card's labels (two at least: a back has 签发机关 and 有效期限), so a cut never
    # parts a card from its last row (公民身份号码) when OCR lost the labels between
    least = 2 if axis == 1 else 1
    cuts: list[float] = []
    end = band[0].box[axis + 2]
    for t in band[1:]:
        if t.box[axis] - end >= 4 * h:
            cut = (end + t.box[axis]) / 2
            parts = [ln for ln in labelled if centre(ln) < cut and (not cuts or centre(ln) > cuts[-1])]
            if len(parts) >= least and sum(centre(ln) > cut for ln in labelled) >= least:
                cuts.append(cut)
        end = max(end, t.box[axis + 2])
    edges = [float("-inf"), *cuts, float("inf")]
    sides = [[ln for ln in lines if a <= centre(ln) < b] for a, b in pairwise(edges)]
    return [side for side in sides if side]


def _read_id_sides(ex: Extraction, sides: Sequence[Sequence[TextLine]], today: date | None) -> None:
    """Each card of the sheet read alone, then one document from them (as for cards found before OCR):
    its readings replace the whole sheet's generic pairs; two holders' cards give two members."""
    from dangan.extractors.pipeline import merge_cards  # the pipeline's one rule for several cards

    cards = []
    for side in sides:
        card = Extraction()
        read_id_card(card, side, today)
        cards.append(card)
    merged = merge_cards(cards)
    for label, value in merged.fields.items():
        ex.fields[label], ex.confidence[label] = value, merged.confidence.get(label, 0.0)
        if label in merged.boxes:
            ex.boxes[label] = merged.boxes[label]
        if label in merged.raw:
            ex.raw[label] = merged.raw[label]
    if merged.members and not ex.members:
        ex.members, ex.member_confidence, ex.member_boxes = (
            merged.members,
            merged.member_confidence,
            merged.member_boxes,
        )


_TERM = re.compile(
    r"((?:19|20)\d{2})\D{0,2}(\d{2})\D{0,2}(\d{2})\D{0,3}(?:((?:19|20)\d{2})\D{0,2}(\d{2})\D{0,2}(\d{2})|(长期))"
)


def _id_card_back(ex: Extraction, rows: Mapping[str, RowValue]) -> None:
    """Back of the card: 签发机关 (the police office) and 有效期限 ("2015.03.01-2035.03.01" or "…-长期")."""
    if (rv := rows.get("签发机关")) is not None:
        office = "".join(_NAME_CHARS.findall(rv.text))
        if len(office) >= 4 and match_label(office, ID_CARD_LABELS) is None:
            _put(ex, "签发机关", office, rv)
    if (rv := rows.get("有效期限")) is not None and (m := _TERM.search(fold_fullwidth(rv.text))):
        g = m.groups()
        end = "长期" if g[6] else f"{g[3]}-{g[4]}-{g[5]}"
        _put(ex, "有效期限", f"{g[0]}-{g[1]}-{g[2]}至{end}", rv)


def _no_words_for_number(ex: Extraction) -> None:
    """A 身份证号 with no run of digits in it is no reading of the card's number: words the generic
    pairing took after a heading that begins with the label ("身份证复印件粘贴处" gives "复印件粘贴处").
    Left in, it would stand for the card's number when the sheet's regions are merged (the heading is a
    region of its own, read before the card). A number OCR misread (digits, a wrong check digit) stays,
    for the gate to send to review with what was seen."""
    number = ex.fields.get("身份证号")
    if isinstance(number, str) and not re.search(r"[0-9]{6}", normalise_id_number(number)):
        _drop(ex, "身份证号")


def _valid(ex: Extraction, label: str) -> bool:
    """Whether ``ex`` already holds a possible value of ``label`` (not the generic pairing's stray text)."""
    return label in ex.fields and check_reading(label, ex.fields[label]) is None


def _drop(ex: Extraction, label: str) -> None:
    for d in (ex.fields, ex.confidence, ex.boxes, ex.raw):
        d.pop(label, None)


# ---------------------------------------------------------------------------------------------
# 最低生活保障证


DIBAO_LABELS = {
    "户主姓名": "姓名",
    "持证人": "姓名",
    "发证时间": "发证日期",
    "证件号码": "证号",
    # printed beside the fields read, so they end a value: a row "户主 X 身份证号 …" is two values
    "身份证号": "身份证号",
    "身份证号码": "身份证号",
    "公民身份号码": "身份证号",
    "家庭人口": "家庭人口",
    "性别": "性别",
    "民族": "民族",
    "保障证编号": "证号",
    "姓名": "姓名",
    "证号": "证号",
    "低保证号": "证号",
    "保障证号": "证号",
    "证件编号": "证号",
    "编号": "证号",
    "保障人数": "保障人数",
    "享受人数": "保障人数",
    "保障人口": "保障人数",
    # other cities' booklets: who is covered and what is paid each month, in their words
    "享受低保人数": "保障人数",
    "享受保障人数": "保障人数",
    "低保人数": "保障人数",
    "救助人数": "保障人数",
    "保障对象人数": "保障人数",
    "月保障金额": "月保障金额",
    "保障金额": "月保障金额",
    "月低保金": "月保障金额",
    "月保障金": "月保障金额",
    "每月保障金": "月保障金额",
    "每月保障金额": "月保障金额",
    "每月低保金": "月保障金额",
    "低保金额": "月保障金额",
    "月享受金额": "月保障金额",
    "月低保金额": "月保障金额",
    "月救助金额": "月保障金额",
    "救助金额": "月保障金额",
    "月补助金额": "月保障金额",
    "补助金额": "月保障金额",
    "月发放金额": "月保障金额",
    "发放金额": "月保障金额",
    "月领取金额": "月保障金额",
    "领取金额": "月保障金额",
    "享受金额": "月保障金额",
    "保障金": "月保障金额",
    "低保金": "月保障金额",
    "证书编号": "证号",
    "证书号": "证号",
    "低保编号": "证号",
    "核发日期": "发证日期",
    "核发机关": "发证机关",
    "签发机关": "发证机关",
    "签发日期": "发证日期",
    "家庭住址": "住址",
    "住址": "住址",
    "有效期": "有效期",
    "有效期至": "有效期",
    "有效期限": "有效期",
    "有效日期": "有效期",
    "发证机关": "发证机关",
    "发证单位": "发证机关",
    "审批机关": "发证机关",
    "发证日期": "发证日期",
}
# how an issuing office's name ends (民政局, 街道办事处, 人民政府, 社会救助中心 …)
_OFFICE_END = re.compile(r"(?:局|厅|政府|办事处|委员会|民政所|中心|所|站|办)$")


def office_name(text: str) -> str | None:
    """An issuing office from a value ("株洲市荷塘区民政局（盖章）"), or None when what is left after
    the seal's place and punctuation is no office (a bare "（盖章）", a date, a label)."""
    t = _SEAL_NOTE.sub("", _compact(text))
    t = "".join(_NAME_CHARS.findall(re.sub(r"[（(][^（()）]*[）)]", "", t)))
    if re.search(r"[市区县旗]民政?$", t):
        # a district's civil-affairs bureau, its last characters lost under the seal's ink ("…西湖区民")
        t = t.removesuffix("政") + "政局"
    if _OFFICE_END.search(t) and not names_division_first(t) and names_division_first(t[1:]):
        t = t[1:]  # a seal's ring character read before the office's first division ("华株洲市荷塘区民政局")
    ok = len(t) >= 4 and _OFFICE_END.search(t) and match_label(t, DIBAO_LABELS) is None
    return t if ok else None


def _office_of(rv: RowValue) -> str | None:
    """The office after its label: one text of the row that is an office by itself (the seal's ring
    words "湘潭市" OCR'd into the same row are no part of it), else the row's text as a whole."""
    own = match_label(rv.label_line.text, DIBAO_LABELS)
    if own is not None and len(rv.lines) > 1 and (office := office_name(own[1])) is not None:
        return office  # printed after the label on its own text: the seal's words on the row come later
    alone = [o for ln in rv.lines if (o := office_name(ln.text)) is not None]
    if len(alone) == 1 and len(rv.lines) > 1:
        return alone[0]
    return office_name(rv.text)


def _unit_prefix(text: str) -> str:
    """A value with the unit its label printed after it cut off ("（元）1050" → "1050")."""
    return re.sub(r"^[（(](?:元|人|元/月)[）)]", "", _compact(text).lstrip("：:"))


def _eight_digit_date(text: str) -> str | None:
    """A whole date written as eight digits with no marks between ("20270714")."""
    m = re.fullmatch(r"((?:19|20)\d{2})(\d{2})(\d{2})", _compact(text).strip("：:.。"))
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


_SERIAL = re.compile(r"^(?:No|NO|N0|№)[.:：]?([0-9A-Za-z][0-9A-Za-z\-]{5,})$")
# a certificate's number as the certificate words it, without a label: "第 43030220254250 号"
_NUMBERED = re.compile(r"^第([0-9A-Za-z][0-9A-Za-z\-]{5,})号$")
# a card's term in its city's words (保障期限, 救助期限, 享受期限, 有效期限): a short label ending in 期限
_TERM_LABEL = re.compile(r"^([\u4e00-\u9fa5]{1,4}期限)")


def _term_labels(lines: Sequence[TextLine]) -> dict[str, str]:
    """The labels of the card's term of validity as this card prints them: whatever it is called, its value
    is a span of days (自…至…, a–b) and the day the span ends is the card's 有效期."""
    out: dict[str, str] = {}
    for ln in lines:
        if (m := _TERM_LABEL.match(_compact(ln.text))) is not None and match_label(m.group(1), DIBAO_LABELS) is None:
            out[m.group(1)] = "有效期"
    return out


# the monthly amount in a city's words (每月补助金额, 月享受金额, 低保金, 救助金): a short label ending in 金额 or 金,
# perhaps with its unit after it; what a 低保证 pays is its one amount of money
_MONEY_LABEL = re.compile(r"^([\u4e00-\u9fa5]{1,6}(?:金额|金))(?![\u4e00-\u9fa5])")


# the card's own number under the card's name (低保证编号, 救助证号, 保障证号码): a short name ending in 证 and 编号/号码/号
_SERIAL_LABEL = re.compile(r"^([\u4e00-\u9fa5]{1,5}证书?(?:编号|号码|号))(?![\u4e00-\u9fa5])")


def _serial_labels(lines: Sequence[TextLine]) -> dict[str, str]:
    """The labels of the card's number as this card prints them (see ``_SERIAL_LABEL``; an identity card's
    number, 身份证号, is the holder's, not the card's)."""
    out: dict[str, str] = {}
    for ln in lines:
        m = _SERIAL_LABEL.match(_compact(ln.text))
        if m is not None and "身份" not in m.group(1) and match_label(m.group(1), DIBAO_LABELS) is None:
            out[m.group(1)] = "证号"
    return out


def _money_labels(lines: Sequence[TextLine]) -> dict[str, str]:
    """The labels of the card's monthly amount as this card prints them (see ``_MONEY_LABEL``)."""
    out: dict[str, str] = {}
    for ln in lines:
        if (m := _MONEY_LABEL.match(_compact(ln.text))) is not None and match_label(m.group(1), DIBAO_LABELS) is None:
            out[m.group(1)] = "月保障金额"
    return out


def _dibao_office(ex: Extraction, rows: Mapping[str, RowValue], own: Sequence[TextLine]) -> None:
    """发证机关: the office after its label, else under it; else the office that signs the paper at its foot
    without a label, a little less sure."""
    rv = rows.get("发证机关")
    if rv is not None and (office := _office_of(rv)) is not None:
        _put(ex, "发证机关", office, rv)
    elif (
        rv is not None
        and (under := value_below(rv.label_line, own)) is not None
        and (office := office_name(under.text)) is not None
    ):
        # the office written under its label, the seal's ring words read on the label's row
        _put(
            ex,
            "发证机关",
            office,
            RowValue("发证机关", under.text, under.confidence, under.page, under.box, rv.label_line, [under]),
        )
    elif isinstance(ex.fields.get("发证机关"), str):
        if (office := office_name(ex.fields["发证机关"])) is not None:
            ex.fields["发证机关"] = office
        else:
            _drop(ex, "发证机关")  # the seal's place "（盖章）" or a label, not the office
    if "发证机关" not in ex.fields and (signed := _signing_office(own)) is not None:
        office, ln = signed
        ex.set("发证机关", office, 0.9 * ln.confidence, ln.page, ln.box)
        ex.raw["发证机关"] = ln.text


def _signing_office(lines: Sequence[TextLine]) -> tuple[str, TextLine] | None:
    """The office that signs a paper without a label: a text that is an office's name by itself (no
    sentence), the date right under it or after it on its row (the signature block a seal is pressed over);
    the lowest such on the page."""
    found = None
    for ln in sorted(lines, key=lambda t: (t.page, t.cy)):
        office = office_name(ln.text)
        if office is None or re.search(r"[，,。；;：:]", ln.text) or len(_compact(ln.text)) > len(office) + 4:
            continue
        h = ln.height
        if any(
            t is not ln
            and t.page == ln.page
            and first_date(t.text) is not None
            and (
                (0 < t.cy - ln.cy <= 2.5 * h and min(t.box[2], ln.box[2]) - max(t.box[0], ln.box[0]) > 0)
                or (abs(t.cy - ln.cy) <= 0.5 * h and 0 <= t.box[0] - ln.box[2] <= 4 * h)
            )
            for t in lines
        ):
            found = (office, ln)
    return found


def read_dibao_card(ex: Extraction, lines: Sequence[TextLine]) -> None:
    """低保证: a small card of rows "户主姓名 | value | 证号 | value" (the holder is the 户主)."""
    lines = joined_spaced_labels(without_upright_text(lines), {**DIBAO_LABELS, "户主": "姓名"})
    # labels OCR read into one text with the value before them ("户主：钱国华    证号：…") part it there
    inline = [k for k in DIBAO_LABELS if len(k) >= 3 or k == "证号"]
    # a list of the people covered printed beside the holder's rows (a booklet's facing page, a card's
    # other face copied beside it) is none of their values: its texts are read as the list only
    # a list printed on its side (heads down its left, a person a column) likewise
    by_column, listed_ids = people_by_column(lines)
    rest = [t for t in lines if id(t) not in listed_ids]
    own = holder_rows(rest)
    # a list under its title only (保障对象, no column headers), beside the holder's rows
    titled = titled_list(rest) if len(own) == len(rest) else []
    if titled:
        in_list = {id(x) for x in titled}
        own = [t for t in rest if id(t) not in in_list]
    labels = {**DIBAO_LABELS, **_term_labels(own), **_money_labels(own), **_serial_labels(own)}
    rows = labelled_values(own, labels, inline)
    if "姓名" not in rows:  # "户 主 | 程云": 户主 is the label (in a list of members it is a relation)
        rows = {**labelled_values(own, {**labels, "户主": "姓名"}, inline), **rows}
    # the values written over their captions: what stands under a caption is the next row's value
    rows = {**rows, **captioned_values(own, labels)}
    if (rv := rows.get("姓名")) is not None and (name := person_name(rv.text)) and _is_no_label(name):
        _put(ex, "姓名", name, rv)
    if (rv := rows.get("证号")) is not None:
        # a serial, perhaps after the issuing district's characters ("富民39310", "芙民字第0123号"): the
        # row's value, else one of its texts (a seal's ring character OCR'd on the row is none of it)
        for text in (rv.text, *(t.text for t in rv.lines if t is not rv.label_line)):
            m = re.search(r"[0-9A-Za-z][0-9A-Za-z\-]{5,}", _compact(text))
            # a serial after the issuing office's characters and perhaps its year ("芙民字第0123号", "杭低保2024第0567号")
            local = re.fullmatch(
                r"([\u4e00-\u9fa5]{1,4}(?:[0-9]{4})?(?:字第|字|第)?[0-9]{4,}号?)", _compact(text)
            )
            if local or m:
                _put(ex, "证号", local.group(1) if local else m.group() if m else None, rv)
                break
    if "证号" not in ex.fields:  # a serial printed without its label: "No.43020220261696", "No. | 4302…"
        for ln in lines:
            beside = _beside(ln, lines) if re.fullmatch(r"(?:No|NO|N0|№)[.:：]?", _compact(ln.text)) else None
            text = _compact(ln.text) + (_compact(beside.text) if beside is not None else "")
            if m := _SERIAL.match(text) or _NUMBERED.match(_compact(ln.text)):
                ex.set("证号", m.group(1), ln.confidence * 0.9, ln.page, ln.box)
                break
    for lab in ("保障人数", "月保障金额"):
        if (rv := rows.get(lab)) is None or _dibao_number(lab, rv.text) is None:
            rv = _under_column_head(lab, own, labels) or rv
        if rv is not None:
            rv = _last_of_column(rv, own, lab)
            value, factor = normalise_value(lab, _unit_prefix(_amount_text(lab, rv.text)))
            if value is not None and factor >= 1.0:
                _put(ex, lab, value, rv)
    if (rv := rows.get("有效期")) is not None:
        span = date_range(rv.text)  # "2025.08.04-2026.08.04": valid until the second
        # a term whose second date OCR wrote with other marks ("2026-04-09至2027~04-09"): the later one
        later = max((d for _pos, d in all_dates(rv.text)), default=None)
        valid = span[1] if span else later or first_date(rv.text) or _eight_digit_date(rv.text)
        if valid:
            _put(ex, "有效期", valid, rv)
        elif ex.fields.get("有效期") not in {d for ln in lines for _pos, d in all_dates(ln.text)}:
            _drop(ex, "有效期")  # a day the page does not print in full ("2026.1" cut short under a seal)
    if "有效期" not in rows and (rv := rows.get("发证日期")) is not None:
        # the term's label lost (a stamp over it, "有效期至" unread): a card prints two dates, the day it was
        # issued and the day it runs to; a later date on the issue date's row, unlabelled, is the second
        dates = [d for _pos, d in all_dates(rv.text)]
        if len(dates) >= 2 and dates[-1] > dates[0]:
            _put(ex, "有效期", dates[-1], rv, 0.8)
    _dibao_office(ex, rows, own)
    if not ex.members:
        # the list found beside the holder's rows holds the members: the holder's own number, printed under
        # its label in a cell of the holder's leaf, is no row of it
        listed = [t for t in lines if t not in own] if len(own) < len(lines) and not titled else []
        people = (
            by_column
            or person_rows(titled, whole=True)
            or person_rows(listed)
            or person_rows(lines)
            or person_rows(_without_own_number(lines))
        )
        for person, c, b in people:
            ex.members.append(person)
            ex.member_confidence.append(c)
            ex.member_boxes.append(b)


def _amount_text(lab: str, text: str) -> str:
    """The monthly amount's text without its unit before it, a decimal point OCR read as a space put back
    ("615 5": cents are one or two digits); other fields' text as it is."""
    if lab != "月保障金额":
        return text
    text = re.sub(r"^\s*[(（](?:元|元/月)[)）][:：]?", "", fold_fullwidth(text))
    return re.sub(r"^\s*([0-9]+)\s+([0-9]{1,2})\s*(元?)\s*$", r"\1.\2\3", text)


def _dibao_number(lab: str, text: str) -> Any | None:
    value, factor = normalise_value(lab, _unit_prefix(_amount_text(lab, text)))
    return value if value is not None and factor >= 1.0 and check_reading(lab, value) is None else None


def _under_column_head(lab: str, lines: Sequence[TextLine], labels: Mapping[str, str]) -> RowValue | None:
    """The value under ``lab``'s label where the label heads a column of a table (three or more headers level
    on its row): the text under it on the table's first row below, which holds texts under other headers
    too. A table's cells may be several text heights tall, so the row below is found by what stands under
    the headers, not by a text height's reach."""
    for label in lines:
        m = match_label(label.text, labels)
        if m is None or m[0] != lab or m[1]:
            continue
        h = label.height
        heads = [t for t in lines if t.page == label.page and abs(t.cy - label.cy) <= 0.6 * h]
        if len(heads) < 3:
            continue
        below = sorted(
            (t for t in lines if t.page == label.page and t.box[1] >= label.box[3] - 0.3 * h and t.cy > label.box[3]),
            key=lambda t: t.cy,
        )
        under = [t for t in below if min(t.box[2], label.box[2]) - max(t.box[0], label.box[0]) > 0]
        if not under or under[0].box[1] - label.box[3] > 8 * h:
            continue
        first = under[0]
        # the table's row: texts level with it under the other headers
        level = [t for t in below if t is not first and abs(t.cy - first.cy) <= 0.6 * max(t.height, first.height)]
        others = [hd for hd in heads if hd is not label]
        if sum(any(min(t.box[2], hd.box[2]) - max(t.box[0], hd.box[0]) > 0 for t in level) for hd in others) < 2:
            continue
        return RowValue(lab, first.text, first.confidence, first.page, first.box, label, [first])
    return None


def _last_of_column(rv: RowValue, lines: Sequence[TextLine], lab: str) -> RowValue:
    """A value read under its label, the label heading a column of a record the card keeps over time (核定日期 |
    保障人数 | 月保障金（元） | 经办人, a row for each approval or change): the column's last value, what is paid
    now. Row by row down the column while each row is a value of the field and the rows keep the pitch of the
    first (an empty row, a text that is no amount, ends the record)."""
    label = rv.label_line
    if len(rv.lines) != 1 or rv.lines[0] is label or rv.lines[0].box[1] < label.box[3] - 0.3 * label.height:
        return rv  # read after its label on its row
    cur = rv.lines[0]
    if _dibao_number(lab, cur.text) is None:
        return rv
    step = cur.cy - label.cy
    while True:
        # the next text under the column's head, below the current row, no further than 1.6 rows on
        probe = TextLine(label.text, (label.box[0], cur.box[1], label.box[2], cur.box[3]), label.confidence, label.page)
        nxt = value_below(probe, [t for t in lines if t is not cur and t.cy > cur.cy + 0.5 * cur.height],
                          max_gap=1.6 * step / max(1.0, probe.height))
        if nxt is None or nxt.cy - cur.cy > 1.6 * step or _dibao_number(lab, nxt.text) is None:
            break
        cur = nxt
    if cur is rv.lines[0]:
        return rv
    return RowValue(rv.label, cur.text, cur.confidence, cur.page, cur.box, label, [cur])


Person = tuple[dict[str, Any], dict[str, float], dict[str, list[Any]]]


def _without_own_number(lines: Sequence[TextLine]) -> list[TextLine]:
    """``lines`` without the holder's own 身份证号 printed under its label (the label over its value in a cell
    of the holder's rows): a list's numbers stand under a header that other column headers are level with
    (姓名 | 公民身份号码), the holder's under a label of its own, which read as one more listed number."""
    own: set[int] = set()
    for ln in lines:
        m = match_label(ln.text, DIBAO_LABELS)
        if m is None or m[0] != "身份证号" or m[1]:
            continue
        level = [
            t for t in lines if t is not ln and t.page == ln.page and abs(t.cy - ln.cy) <= 0.6 * ln.height
        ]
        if any(_list_head(t.text) is not None for t in level):
            continue  # a list's header row
        if (under := value_below(ln, lines)) is not None:
            own.add(id(under))
    return [t for t in lines if id(t) not in own]

# the headers of a list of people: a member column's label, or the list's serial-number column
_SERIAL_HEADS = ("序号", "编号", "No", "NO")


def _list_head(text: str) -> str | None:
    from dangan.extractors.structure import header_label

    t = _compact(text)
    if t in _SERIAL_HEADS:
        return "序号"
    lab = header_label(t)
    return lab if lab in DOC_MEMBER_FIELDS["低保证"] or lab in ("性别", "出生日期", "年龄") else None


def holder_rows(lines: Sequence[TextLine]) -> list[TextLine]:
    """``lines`` without a list of people printed beside the holder's own rows: the list is found by its
    header row (three or more column headers side by side, one of them the relation: 序号 | 姓名 | 与户主关系 |
    身份证号码), and spans from its first header to the next text right of its last on that row (or the page's
    edge), from the header row down while its rows keep their pitch and hold no label of the holder's."""
    for row in group_rows(lines):
        heads = [_list_head(t.text) for t in row]
        runs: list[list[int]] = []
        for i, lab in enumerate(heads):
            if lab is None:
                continue
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
        run = next((r for r in runs if len(r) >= 3 and "关系" in {heads[i] for i in r}), None)
        if run is None:
            continue
        first, last = row[run[0]], row[run[-1]]
        h = max(t.height for t in (row[i] for i in run))
        left = first.box[0] - 0.5 * h
        # the next text right of the last header level with it (within a text height: the next leaf of a
        # booklet copied open, its header row a little lower or higher, is no part of the list)
        after = [
            t.box[0]
            for t in lines
            if t.page == last.page and t.box[0] >= last.box[2] and abs(t.cy - last.cy) <= h
        ]
        right = min(after) - 0.5 * h if after else float("inf")
        inside = sorted(
            (t for t in lines if t.page == first.page and left <= t.cx <= right and t.cy >= first.box[1]),
            key=lambda t: t.box[1],
        )
        listed: set[int] = {id(row[i]) for i in run}
        # row by row below the header, while the rows keep their pitch (the first row's distance from the
        # header, or a text height at least) and no label of the holder's own fields is met; the first row
        # within four text heights of the header (a ruled list's cells may be three and more texts tall)
        below = group_rows([t for t in inside if t.cy > last.box[3]])
        prev, pitch = last.cy, None
        for r in below:
            cy = sum(t.cy for t in r) / len(r)
            step = cy - prev
            if step > (1.6 * pitch if pitch is not None else 4 * max(h, *(t.height for t in r))):
                break
            if any(match_label(t.text, DIBAO_LABELS) is not None and _list_head(t.text) is None for t in r):
                break
            pitch = max(pitch or step, h)
            listed.update(id(t) for t in r)
            prev = cy
        return [t for t in lines if id(t) not in listed]
    return list(lines)


def titled_list(lines: Sequence[TextLine]) -> list[TextLine]:
    """The texts of a list of people printed under its title alone (保障对象, 家庭成员: no column headers, each
    row a person's name, relation and 身份证号) on a leaf beside the holder's own rows (a booklet copied open,
    a card's two faces side by side): its rows are level with the holder's rows, and, read as the page's
    rows, a list's name ran on the holder's (持证人：邱刚龙 | 2. 邓霞 (配偶) 4303…). The list is what stands on
    the title's side of the holder's labelled rows (wholly right of their right edge, or left of their left),
    from the title down while its rows keep their pitch (as :func:`holder_rows`); it holds a listed valid
    身份证号, else it is no list. [] when no such list is printed."""
    for title in lines:
        if _compact(title.text) not in _LIST_HEADS:
            continue
        labelled = [
            t for t in lines if t is not title and t.page == title.page and match_label(t.text, DIBAO_LABELS) is not None
        ]
        if not labelled:
            continue
        x0, x1 = min(t.box[0] for t in labelled), max(t.box[2] for t in labelled)
        if title.box[0] >= x1:
            side = [t for t in lines if t.page == title.page and t.box[0] >= x1]
        elif title.box[2] <= x0:
            side = [t for t in lines if t.page == title.page and t.box[2] <= x0]
        else:
            continue
        h = title.height
        listed: list[TextLine] = [title]
        prev, pitch = title.cy, None
        for r in group_rows([t for t in side if t.cy > title.box[3]]):
            cy = sum(t.cy for t in r) / len(r)
            step = cy - prev
            if step > (1.6 * pitch if pitch is not None else 4 * max(h, *(t.height for t in r))):
                break
            if any(match_label(t.text, DIBAO_LABELS) is not None for t in r):
                break
            pitch = max(pitch or step, h)
            listed += r
            prev = cy
        if _listed_ids(listed[1:]):
            return listed
    return []


def _where(ln: TextLine) -> list[Any]:
    return [ln.page, [round(v) for v in ln.box]]


def _is_printed_label(text: str) -> bool:
    return match_label(text, DIBAO_LABELS) is not None or label_of(text) is not None


def _listed_ids(lines: Sequence[TextLine]) -> list[tuple[str, TextLine]]:
    """Valid 身份证号 that stand in a list, not after a label on their own row (the holder's own field)."""
    out: list[tuple[str, TextLine]] = []
    for ln in lines:
        hits = [h.group().upper() for h in _ID_RUN.finditer(normalise_id_number(ln.text))]
        hits = [h for h in hits if check_reading("身份证号", h) is None]
        if not hits or match_label(ln.text, DIBAO_LABELS) is not None:
            continue
        same_row = [
            t
            for t in lines
            if t is not ln and t.page == ln.page and abs(t.cy - ln.cy) <= 0.6 * max(t.height, ln.height)
        ]
        # the holder's own field has its label right before it; a list's number has a name or a relation
        # there (a label further left on the same row belongs to another block: 家庭住址 | … | 王欢帅 | 儿子)
        left = max(
            (t for t in same_row if t.box[2] <= ln.box[0] + 0.5 * ln.height),
            key=lambda t: t.box[2],
            default=None,
        )
        if left is None or not _is_printed_label(left.text):
            out.append((hits[0], ln))
    return sorted(out + _misread_in_column(lines, out), key=lambda x: (x[1].page, x[1].cy))


_DIGIT_RUN = re.compile(r"(?<![0-9])[0-9]{14,18}[0-9Xx]?(?![0-9])")


def _misread_in_column(
    lines: Sequence[TextLine], listed: Sequence[tuple[str, TextLine]]
) -> list[tuple[str, TextLine]]:
    """Numbers of the listed column that OCR misread (a digit lost or wrong: no valid 身份证号), as rows
    with no number (""): the column stands under the valid ones, one text a row, and is no label's value."""
    if not listed:
        return []
    taken = {id(ln) for _, ln in listed}
    out: list[tuple[str, TextLine]] = []
    for ln in lines:
        if id(ln) in taken or not _DIGIT_RUN.fullmatch(_compact(ln.text)):
            continue
        width = ln.box[2] - ln.box[0]
        column = [
            t
            for _, t in listed
            if t.page == ln.page and min(t.box[2], ln.box[2]) - max(t.box[0], ln.box[0]) > 0.5 * width
        ]
        near = [t for t in column if abs(t.cy - ln.cy) <= 4 * max(t.height, ln.height)]
        if near:
            out.append(("", ln))
    return out


# headers of a list of people, printed over its name column: no person's name
_LIST_HEADS = ("保障对象", "享受人员", "享受对象", "家庭成员", "成员姓名", "保障成员", "共同生活人员")


def _next_head(a: TextLine, b: TextLine, h: float) -> bool:
    """Whether ``b`` is a list's header beside header ``a``, level with it (within 4°)."""
    return abs(b.cy - a.cy) <= 0.07 * abs(b.cx - a.cx) + 0.3 * h and _list_head(b.text) is not None


def _list_slope(lines: Sequence[TextLine]) -> float:
    """The slope (dy per dx) of a list's header row on a skewed copy: the headers beside its relation
    header (序号 | 姓名 | 性别 | 与户主关系 | … | 身份证号码), each within 4° of it, fitted by least squares; 0
    when no list header of three or more is seen, or the row is level."""
    for anchor in lines:
        if _list_head(anchor.text) != "关系":
            continue
        band = sorted(
            (
                t
                for t in lines
                if t.page == anchor.page
                and abs(t.cy - anchor.cy) <= 0.07 * abs(t.cx - anchor.cx) + 0.6 * anchor.height
            ),
            key=lambda t: t.cx,
        )
        # the run of headers side by side that holds the relation's, each level with the one before it:
        # the holder's own labels further along the band (户主姓名 … 性别 left of the list) are parted from
        # it by their values, or stand on a row of their own above or below the list's header
        at = next(i for i, t in enumerate(band) if t is anchor)
        lo, hi = at, at
        while lo > 0 and _next_head(band[lo], band[lo - 1], anchor.height):
            lo -= 1
        while hi + 1 < len(band) and _next_head(band[hi], band[hi + 1], anchor.height):
            hi += 1
        slope = _fitted_slope(band[lo : hi + 1])
        if slope is not None:
            return slope
    return 0.0


def _fitted_slope(row: Sequence[TextLine]) -> float | None:
    """The least-squares slope (dy per dx) of the centres of a row of texts, 0 when level within 0.01; None when
    the row cannot tell (fewer than three texts, or all at one x)."""
    if len(row) < 3:
        return None
    xs = [t.cx for t in row]
    mx, my = sum(xs) / len(xs), sum(t.cy for t in row) / len(row)
    var = sum((x - mx) ** 2 for x in xs)
    if var <= 0:
        return None
    slope = sum((t.cx - mx) * (t.cy - my) for t in row) / var
    return slope if abs(slope) >= 0.01 else 0.0


# a listed row's serial number written before its name ("1.", "2、", "3．")
_SERIAL_BEFORE = re.compile(r"^[0-9]{1,2}[.、．,，]")


def person_rows(lines: Sequence[TextLine], whole: bool = False) -> list[Person]:
    """People listed one per printed row (a 低保证's 保障对象, a notice's households): each listed valid
    身份证号 is a person; names and relations are the texts left of the numbers that are a possible name /
    relation, paired with the numbers in reading order (columns printed a little lower or higher than
    their row, or a skewed copy, do not break the pairing). On a copy skewed by more than half a degree
    (a photo's perspective the page's straightening left), the rows are read along the header's slope.
    ``whole``: ``lines`` are a list's texts only (:func:`titled_list`), so a name may stand anywhere beside
    the numbers (a list skewed with no header to tell its slope: a row's name lower than its number)."""
    slope = _list_slope(lines)
    if not slope:
        return _person_rows(lines, _where, whole=whole)
    x0 = min(t.cx for t in lines)
    original: dict[int, TextLine] = {}
    level: list[TextLine] = []
    for ln in lines:
        d = slope * (ln.cx - x0)
        copy = TextLine(ln.text, (ln.box[0], ln.box[1] - d, ln.box[2], ln.box[3] - d), ln.confidence, ln.page)
        original[id(copy)] = ln
        level.append(copy)
    # which numbers stand in the list is told on the page as it is: the holder's own number after its label
    # far from the list (身份证号码 | …) keeps its row there, and levelling along the list's slope may part them
    listed = {id(ln) for _, ln in _listed_ids(lines)}
    return _person_rows(level, lambda t: _where(original[id(t)]), lambda t: id(original[id(t)]) in listed)


def _person_rows(
    lines: Sequence[TextLine],
    where: Callable[[TextLine], list[Any]],
    listed: Callable[[TextLine], bool] = lambda t: True,
    whole: bool = False,
) -> list[Person]:
    ids = [(number, ln) for number, ln in _listed_ids(lines) if listed(ln)]
    if not ids:
        return []
    h = max(ln.height for _, ln in ids)
    top, bottom = ids[0][1].cy - 1.5 * h, ids[-1][1].cy + 0.5 * h
    if whole:
        top, bottom = float("-inf"), float("inf")
    left = min(ln.box[0] for _, ln in ids) + h
    taken = {id(ln) for _, ln in ids}
    found: dict[str, list[tuple[str, TextLine]]] = {"关系": [], "姓名": []}
    for ln in sorted(lines, key=lambda t: (t.cy, t.box[0])):
        if id(ln) in taken or ln.page != ids[0][1].page or not top <= ln.cy <= bottom or ln.box[2] > left:
            continue
        if (
            match_label(ln.text, DIBAO_LABELS) is not None
            or _compact(ln.text) in _LIST_HEADS
            or _list_head(ln.text) is not None  # the list's own header row (序号 | 姓名 | 关系)
        ):
            continue
        # a relation written in brackets after the name ("邱刚龙 （户主）"); a row's serial before its name with no
        # space after it ("1.谢龙伟", "2、"); a glyph read traditional
        for part in re.split(r"[\s:：|()（）]+", simplified(fold_fullwidth(ln.text))):
            part = _SERIAL_BEFORE.sub("", part)
            lab = next((k for k in ("关系", "姓名") if part and check_reading(k, part) is None), None)
            if lab is not None:
                found[lab].append((part, ln))
    heads = _column_heads(lines, ids[0][1])
    found = {lab: _listed_column(_not_under_other_head(lab, cands, heads), len(ids)) for lab, cands in found.items()}
    if len(found["关系"]) != len(ids):
        # the relation's column printed after the numbers' (序号 | 姓名 | 身份证号码 | 与户主关系): a column right
        # of the numbers, within the list's rows, whose every text is a relation, one a listed number
        after = min(ln.box[2] for _, ln in ids) - 0.5 * h
        right = [
            (part, ln)
            for ln in lines
            if id(ln) not in taken
            and ln.page == ids[0][1].page
            and top <= ln.cy <= bottom
            and ln.box[0] >= after
            and check_reading("关系", part := simplified(_compact(ln.text))) is None
        ]
        column = _listed_column(_not_under_other_head("关系", right, heads), len(ids))
        if len(column) == len(ids):
            found["关系"] = column
    if len(found["姓名"]) != len(ids):
        return []
    out: list[Person] = []
    for i, (number, ln) in enumerate(ids):
        name, nl = found["姓名"][i]
        person: dict[str, Any] = {"姓名": name}
        c, b = {"姓名": nl.confidence}, {"姓名": where(nl)}
        if len(found["关系"]) == len(ids):
            rel, rl = found["关系"][i]
            person["关系"], c["关系"], b["关系"] = rel, rl.confidence, where(rl)
        elif (
            beside := _on_row(nl, ln, found["关系"])
        ) is not None:  # a relation OCR misread: the others by row
            rel, rl = beside
            person["关系"], c["关系"], b["关系"] = rel, rl.confidence, where(rl)
        if number:  # a misread number is no reading: the row keeps its name and relation
            person["身份证号"], c["身份证号"], b["身份证号"] = number, ln.confidence, where(ln)
        out.append((person, c, b))
    return out


def _column_heads(lines: Sequence[TextLine], first: TextLine) -> list[tuple[str, TextLine]]:
    """The list's column headers (姓名 | 与户主关系 | 性别 | 公民身份号码) above its first listed number."""
    return [
        (lab, t)
        for t in lines
        if t.page == first.page and t.cy < first.box[1] and (lab := _list_head(t.text)) is not None
    ]


def _not_under_other_head(
    lab: str, cands: list[tuple[str, TextLine]], heads: Sequence[tuple[str, TextLine]]
) -> list[tuple[str, TextLine]]:
    """Of the texts that could be a ``lab`` (a name, a relation), those not standing under another column's
    header: a one-character 女 is a possible relation, but under the 性别 header it is the member's sex. A text
    OCR read across two columns ("高峰 儿子") stands under its own header too, and stays."""

    def under(t: TextLine) -> set[str]:
        return {hl for hl, h in heads if min(t.box[2], h.box[2]) - max(t.box[0], h.box[0]) > 0}

    return [c for c in cands if not (over := under(c[1])) or lab in over]


def _on_row(
    name: TextLine, number: TextLine, cands: Sequence[tuple[str, TextLine]]
) -> tuple[str, TextLine] | None:
    """The one candidate standing on the row of ``name`` and ``number`` (within half a text height of
    both), or None."""
    on = [
        c
        for c in cands
        if all(abs(c[1].cy - t.cy) <= 0.5 * max(c[1].height, t.height) for t in (name, number))
    ]
    return on[0] if len(on) == 1 else None


def _listed_column(cands: list[tuple[str, TextLine]], n: int) -> list[tuple[str, TextLine]]:
    """Of the texts found beside ``n`` listed numbers, the column that lists ``n`` of them (the nearest
    to the numbers when several do): a holder's own field printed left of the list (户主姓名 | 王梅)
    is no row of it. All of them when no column holds ``n``."""
    columns: list[list[tuple[str, TextLine]]] = []
    for cand in sorted(cands, key=lambda c: c[1].box[0]):
        ln = cand[1]
        col = next((c for c in columns if min(t.box[2] for _, t in c) > ln.box[0] - 0.5 * ln.height), None)
        if col is None:
            columns.append([cand])
        else:
            col.append(cand)
    fits = [c for c in columns if len(c) == n]
    if not fits:
        return cands
    return sorted(fits[-1], key=lambda c: (c[1].cy, c[1].box[0]))


# the heads a list printed on its side must have down its left (each once; others, 序号 or 性别, may stand among them)
_COLUMN_LIST_HEADS = ("姓名", "关系", "身份证号")


def people_by_column(lines: Sequence[TextLine]) -> tuple[list[Person], set[int]]:
    """People listed one per column: a list printed on its side (a booklet's 保障对象 page whose heads stand one
    under the other down its left, 姓名 / 与户主关系 / 身份证号码, each person's values in a column of their own
    to their right, as a narrow page fits more people so). The heads: three list heads one under the other,
    each the whole of its text, their spans across overlapping, the name's, the relation's and the number's;
    each head's row: the texts right of the heads level with it (nearer to it than to another head). Each
    possible name of the name's row is a person, with the relation and the number standing in its column (the
    texts of those rows whose middle is nearest the name's, within half the wider's width); a list with no
    number in its number's row is no list. Also the ids of the list's texts (heads and rows): no
    holder's values. ([], set()) when no such list is printed."""
    heads = [(lab, t) for t in lines if (lab := _list_head(t.text)) is not None]
    for lab0, anchor in heads:
        if lab0 != "关系":
            continue
        h = anchor.height
        col = [
            (lab, t)
            for lab, t in heads
            if t.page == anchor.page
            and min(t.box[2], anchor.box[2]) - max(t.box[0], anchor.box[0])
            > 0.5 * min(t.box[2] - t.box[0], anchor.box[2] - anchor.box[0])
            and abs(t.cy - anchor.cy) <= 8 * h
        ]
        labs = [lab for lab, _ in col]
        if any(labs.count(lab) != 1 for lab in _COLUMN_LIST_HEADS):
            continue  # each head once: a list's header row or the holder's own labels are no such column
        right = max(t.box[2] for _, t in col) - 0.3 * h
        level: list[tuple[str, TextLine]] = []
        for t in lines:
            if t.page != anchor.page or t.box[0] < right or any(t is c for _, c in col):
                continue
            lab, head = min(col, key=lambda c: abs(c[1].cy - t.cy))
            if abs(head.cy - t.cy) <= 0.8 * max(head.height, t.height):
                level.append((lab, t))
        # the list's columns run on from its heads without a gap wider than its widest text (or three text
        # heights): what stands further right (another leaf copied beside it) is no part of it
        reach = max([3 * h, *(t.box[2] - t.box[0] for _, t in level)])
        end = right
        for _, t in sorted(level, key=lambda x: x[1].box[0]):
            if t.box[0] - end > reach:
                break
            end = max(end, t.box[2])
        rows: dict[str, list[TextLine]] = {lab: [] for lab, _ in col}
        for lab, t in level:
            if t.box[0] <= end:
                rows[lab] += _glued_numbers(t) if lab == "身份证号" else [t]
        # the numbers' row holds numbers (OCR may have misread every one of them: the people are still named)
        if not any(_DIGIT_RUN.search(_compact(normalise_id_number(t.text))) for t in rows["身份证号"]):
            continue
        people: list[Person] = []
        for nl in sorted(rows["姓名"], key=lambda t: t.cx):
            name = simplified(_compact(nl.text))
            if check_reading("姓名", name) is not None:
                continue
            person: dict[str, Any] = {"姓名": name}
            c, b = {"姓名": nl.confidence}, {"姓名": _where(nl)}
            for lab in ("关系", "身份证号"):
                cell = _standing_in(nl, rows[lab])
                if cell is None:
                    continue
                value = simplified(_compact(cell.text))
                if lab == "身份证号":
                    found = _ID_RUN.findall(normalise_id_number(cell.text))
                    value = next((n.upper() for n in found if _valid_id(n)), "")
                if value and check_reading(lab, value) is None:
                    person[lab], c[lab], b[lab] = value, cell.confidence, _where(cell)
            people.append((person, c, b))
        used = {id(t) for _, t in col} | {id(t) for _, t in level if t.box[0] <= end}
        return people, used
    return [], set()


def _glued_numbers(ln: TextLine) -> list[TextLine]:
    """A row's 身份证号 run together into one text (a PDF's text layer gives a row's cells as one run:
    "430302197907257850430302197907074501"): each number as a text of its own, its share of the run's width;
    else the text as it is."""
    run = _compact(normalise_id_number(ln.text)).upper()
    if len(run) < 36 or len(run) % 18 or not re.fullmatch(r"[0-9X]+", run):
        return [ln]
    parts = [run[i : i + 18] for i in range(0, len(run), 18)]
    if not all(_valid_id(p) for p in parts):
        return [ln]
    w = (ln.box[2] - ln.box[0]) / len(parts)
    return [
        TextLine(p, (ln.box[0] + i * w, ln.box[1], ln.box[0] + (i + 1) * w, ln.box[3]), ln.confidence, ln.page)
        for i, p in enumerate(parts)
    ]


def _valid_id(number: str) -> bool:
    return check_reading("身份证号", number.upper()) is None


def _standing_in(head: TextLine, row: Sequence[TextLine]) -> TextLine | None:
    """The text of ``row`` standing in ``head``'s column: its middle nearest to ``head``'s, within half the
    wider's width."""
    near = min(row, key=lambda t: abs(t.cx - head.cx), default=None)
    if near is None:
        return None
    half = 0.5 * max(near.box[2] - near.box[0], head.box[2] - head.box[0])
    return near if abs(near.cx - head.cx) <= half else None


# ---------------------------------------------------------------------------------------------
# 残疾人证


DISABILITY_LABELS = {
    "姓名": "姓名",
    "性别": "性别",
    "民族": "民族",
    "出生日期": "出生日期",
    "出生": "出生日期",
    "身份证号": "身份证号",
    "身份证号码": "身份证号",
    "公民身份号码": "身份证号",
    "残疾人证号": "残疾人证号",
    "残疾证号": "残疾人证号",
    "证号": "残疾人证号",
    "残疾类别": "残疾类别",
    "类别": "残疾类别",
    "残疾等级": "残疾等级",
    "等级": "残疾等级",
    "残疾类别及等级": "类别等级",
    "残疾类别等级": "类别等级",
    "类别等级": "类别等级",
    "残疾人证编号": "残疾人证号",
    "发证日期": "发证日期",
    # the day of issue in other offices' words (a booklet's 填发日期, a card's 签发日期)
    "发证时间": "发证日期",
    "签发日期": "发证日期",
    "核发日期": "发证日期",
    "填发日期": "发证日期",
    "住址": "住址",
    "监护人": "监护人",
}
_GRADE_WORDS = {
    "1": "一级",
    "2": "二级",
    "3": "三级",
    "4": "四级",
    "一": "一级",
    "二": "二级",
    "三": "三级",
    "四": "四级",
    "壹": "一级",
    "贰": "二级",
    "叁": "三级",
    "肆": "四级",
    # Roman numerals, as some cards print the grade ("Ⅱ级"), and OCR's reading of them in Latin letters
    "Ⅰ": "一级",
    "Ⅱ": "二级",
    "Ⅲ": "三级",
    "Ⅳ": "四级",
    "I": "一级",
    "II": "二级",
    "III": "三级",
    "IV": "四级",
}
_GRADE = re.compile(r"(?<![A-Za-z])([1-4一二三四壹贰叁肆ⅠⅡⅢⅣ]|I{1,3}|IV)\s*级")
_DISABILITY_NO = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx][1-7][1-4](?![0-9])")


Marks = Mapping[int | None, Sequence[tuple[Box, bool]]]  # the image's marked boxes by page (None: any page)
_KIND_OPTIONS = tuple(f"{k}残疾" for k in DISABILITY_KINDS)


def _row_band(rv: RowValue, lines: Sequence[TextLine]) -> list[TextLine]:
    """The texts of a label's row and of the rows it wraps onto (a list of options printed over two rows):
    right of the label, from the label's row down to the next row that starts with a printed label."""
    label = rv.label_line
    h = label.height
    below = [
        ln.cy for ln in lines
        if ln.page == label.page and ln.cy > label.cy + 0.6 * h and match_label(ln.text, DISABILITY_LABELS)
    ]
    end = min(below, default=label.cy + 0.6 * h) - 0.6 * h
    return [
        ln for ln in lines
        if ln is not label and ln.page == label.page and ln.box[0] >= label.box[2] - 0.5 * h
        and label.cy - 0.6 * h <= ln.cy <= max(end, label.cy + 0.6 * h)
    ]


def _marked_option(rv: RowValue, lines: Sequence[TextLine], marks: Marks, options: Sequence[str]) -> str | None:
    """The option a printed list of ``options`` on ``rv``'s row marks, "" when the row lists two or more
    and no one mark is read (the list says nothing: its first option is no answer), None when the row
    lists fewer (its text is the value as written). A ring round an option holds its word; a ring over a
    word OCR lost (the pen through it) marks the one option of the list not read, where no read word is."""
    band = _row_band(rv, lines)
    spans = [(opt, ln, a, b) for ln in band for opt, a, b in option_spans(ln, options)]
    printed = {opt for opt, *_ in spans}
    if len(printed) < 2:
        return None
    ticked = ticked_in_text("".join(ln.text for ln in sorted(band, key=lambda t: (t.cy, t.box[0]))), options)
    if ticked is not None and len(ticked) == 1:
        return ticked[0]
    top = min(ln.box[1] for ln in band)
    bottom = max(ln.box[3] for ln in band)
    boxes = [*marks.get(None, ()), *marks.get(rv.page, ())]
    found: set[str] = set()
    for box, on in boxes:
        cy = (box[1] + box[3]) / 2
        if not on or not top <= cy <= bottom or box[2] < rv.label_line.box[2]:
            continue
        if (hit := enclosed_option(box, band, options)) is not None:
            found.add(hit[0])
            continue
        lost = [opt for opt in options if opt not in printed]
        over_word = any(
            a < box[2] and box[0] < b and ln.box[1] < box[3] and box[1] < ln.box[3] for _o, ln, a, b in spans
        )
        if len(lost) == 1 and not over_word and box[2] - box[0] >= 1.2 * (box[3] - box[1]):
            found.add(lost[0])  # a ring (wider than tall: no printed □) where the one unread word stands
    return found.pop() if len(found) == 1 else ""


def _category_and_grade(
    ex: Extraction, rows: Mapping[str, RowValue], lines: Sequence[TextLine] = (), marks: Marks | None = None
) -> None:
    """残疾类别 as the category's name (GB/T 26341: 肢体残疾) and 残疾等级, from their own cells or from
    one cell holding both ("肢体二级"); a card printing every category or grade gives the one marked."""
    listed: set[str] = set()
    for lab, options in (("残疾类别", _KIND_OPTIONS), ("残疾等级", DISABILITY_GRADES)):
        if (rv := rows.get(lab)) is None or (marked := _marked_option(rv, lines, marks or {}, options)) is None:
            continue
        listed.add(lab)
        _drop(ex, lab)  # the generic pairing's first option of the list
        if marked:
            _put(ex, lab, marked, rv, 0.95)
    for lab, kind_too, grade_too in (
        ("残疾类别", True, False),
        ("残疾等级", False, True),
        ("类别等级", True, True),
    ):
        if (rv := rows.get(lab)) is None:
            continue
        own = lab != "类别等级"  # a label of its own wins; the shared cell only fills what is missing
        if lab in listed:
            continue  # a list of options: read by its mark above
        kind = next((k for k in DISABILITY_KINDS if k in rv.text), None)
        if kind_too and kind and (own or not _valid(ex, "残疾类别")):
            _put(ex, "残疾类别", f"{kind}残疾", rv)
        if grade_too and (g := _GRADE.search(rv.text)) is not None and (own or not _valid(ex, "残疾等级")):
            _put(ex, "残疾等级", _GRADE_WORDS[g.group(1)], rv)


def _subsequence(part: str, whole: str) -> bool:
    it = iter(whole)
    return all(ch in it for ch in part)


def _number_from_parts(ex: Extraction, rv: RowValue) -> None:
    """The 残疾人证号 printed one digit a box, OCR losing digits between the boxes ("3 | 0 | 0 | 8", or a
    digit of twenty): by GB/T 26341 it is the holder's 身份证号, the category's digit and the grade's digit,
    which the card prints in rows of their own. Composed from them (less surely) when the digits read after
    the label are that number's digits in order, two or more, and the card's own number and rows are valid."""
    digits = re.sub(r"[^0-9X]", "", normalise_id_number(rv.text).upper())
    holder, kind, grade = (ex.fields.get(k) for k in ("身份证号", "残疾类别", "残疾等级"))
    if len(digits) < 2 or not all(_valid(ex, k) for k in ("身份证号", "残疾类别", "残疾等级")):
        return
    k = str(kind).removesuffix("残疾")
    if k not in DISABILITY_KINDS or grade not in _GRADE_WORDS.values():
        return
    g = next(d for d, w in _GRADE_WORDS.items() if w == grade and d.isdigit())
    composed = f"{str(holder).upper()}{DISABILITY_KINDS.index(k) + 1}{g}"
    if _subsequence(digits, composed) and check_reading("残疾人证号", composed) is None:
        _put(ex, "残疾人证号", composed, rv, 0.8)


def read_disability(ex: Extraction, lines: Sequence[TextLine], marks: Marks | None = None) -> None:
    """残疾人证 (booklet page or card): rows of labels; the 20-character number (GB/T 26341: the holder's
    身份证号, the category digit, the grade digit) completes what OCR lost. ``marks``: the image's marked
    boxes, for a card that prints every category and grade and marks the holder's."""
    lines = joined_spaced_labels(without_upright_text(lines), DISABILITY_LABELS)
    rows = row_values(lines, DISABILITY_LABELS, inline=("性别", "民族", "等级"))
    for lab, below in labelled_values(lines, DISABILITY_LABELS).items():
        rows.setdefault(lab, below)  # a booklet page printed as a table: the value under its label
    if (rv := rows.get("姓名")) is not None and (name := value_name(rv)):
        _put(ex, "姓名", name, rv)  # the first text after the label: the row may run on into a table beside
    if (rv := rows.get("性别")) is not None and (g := re.search(r"[男女]", rv.text)):
        _put(ex, "性别", g.group(), rv)
    _read_ethnic_group(ex, rows)
    number: tuple[str, float, RowValue | None] | None = None
    cand = rows.get("残疾人证号")
    if cand is not None and (hit := _DISABILITY_NO.search(normalise_id_number(cand.text))):
        number = (hit.group().upper(), cand.confidence, cand)
    for ln in lines if number is None else ():
        if hit := _DISABILITY_NO.search(normalise_id_number(ln.text)):
            number = (hit.group().upper(), ln.confidence * 0.95, None)
            break
    if number is not None and check_reading("残疾人证号", number[0]) is not None:
        number = None
    if number is not None:
        if number[2] is not None:
            _put(ex, "残疾人证号", number[0], number[2])
        else:
            ex.set("残疾人证号", number[0], number[1])
    _category_and_grade(ex, rows, lines, marks)
    if (rv := rows.get("发证日期")) is not None and (d := loose_date(rv.text)):
        _put(ex, "发证日期", d, rv)
    if number is None and (rv := rows.get("残疾人证号")) is not None:
        _number_from_parts(ex, rv)
    if number is not None:
        no, conf = number[0], 0.9 * number[1]
        if "身份证号" not in ex.fields or check_reading("身份证号", ex.fields["身份证号"]) is not None:
            ex.set("身份证号", no[:18], conf)
        if "残疾类别" not in ex.fields:
            ex.set("残疾类别", f"{DISABILITY_KINDS[int(no[18]) - 1]}残疾", conf)
        if "残疾等级" not in ex.fields:
            ex.set("残疾等级", _GRADE_WORDS[no[19]], conf)


# ---------------------------------------------------------------------------------------------
# 收入证明: a unit's letter, or a payslip table of any column set


# a note in brackets between the sum's words and the sum ("月平均工资（税前）4060元", "（含绩效）"), its closing
# bracket perhaps lost to the copy ("月平均工资(税前4060元")
_MONEY_NOTE = r"(?:[（(][^（()）\d]{1,6}[）)]?)?"
# a sum as a letter writes it: figures and 元, or in words first and the figures after in brackets
# ("人民币叁仟伍佰元整（¥3500.00）", "叁仟伍佰元（3500元）"), as money is written where it must not be altered
_LETTER_AMOUNT = (
    r"(?:人民币)?(?:[零壹贰叁肆伍陆柒捌玖拾佰仟万元圆整]+[（(][￥¥]?([\d,，.]+)元?[）)]|[￥¥]?([\d,，.]+)元)"
)
_LETTER_MONEY = (
    (
        "月均实发工资",
        # 月均实发工资, 每月实发, 平均实发, 税后月均: the take-home sum a month
        re.compile(
            rf"(?:(?:月(?:平均|均)|每月|平均|月|(?<=[，,；;]))实发(?:工资|收入|金额)?|税后(?:月(?:平均|均)|每月)(?:工资|收入)?)"
            rf"{_MONEY_NOTE}(?:为|是|约)?[:：]?{_LETTER_AMOUNT}"
        ),
    ),
    (
        "月均工资",
        # 月均工资, 月平均收入, 平均月工资, 每月工资, 月收入 (not a household's 家庭月收入 or 月人均收入)
        re.compile(
            rf"(?<!家庭)(?<!人均)(?:月(?:平均|均)?(?:应发)?|平均月|每月)(?:工资|收入){_MONEY_NOTE}"
            rf"(?:为|是|约)?[:：]?{_LETTER_AMOUNT}"
        ),
    ),
    (
        "年收入",
        re.compile(
            rf"(?:年收入|全年收入|年工资(?:收入)?){_MONEY_NOTE}(?:为|是|约|共计)?[:：]?{_LETTER_AMOUNT}"
        ),
    ),
)
_LETTER_NAME = re.compile(
    r"兹证明(?:我单位职工|职工)?([\u4e00-\u9fa5·]{2,5}?)(?:同志|先生|女士|[（(，,]|身份证|是|系|为|在)"
)
# a letter that opens with the worker and their sex ("谭志刚，男，身份证号…，为我单位在职职工"), after its title
_LETTER_PERSON = re.compile(r"(?:^|[。；：:]|证明)([\u4e00-\u9fa5·]{2,4}?)(?:同志)?[，,][男女][，,]")
# payslip columns: gross (应发), net (实发), deductions (扣款) and the parts a gross is the sum of
_GROSS = ("应发", "应付", "工资总额", "应发合计", "应发工资")
_NET = ("实发", "实付", "实领", "实发工资", "实发金额")
_DEDUCT = ("扣款", "代扣", "扣除", "应扣", "扣款合计")
_PARTS = ("基本工资", "岗位工资", "薪级工资", "绩效", "绩效工资", "奖金", "补贴", "津贴", "加班费")
_MONTH = re.compile(r"^(?:\d{4}\s*(?:年\s*)?[-./]?\s*)?\d{1,2}\s*月?(?:份)?$|^\d{4}\s*[-./]\s*\d{1,2}$")
_MEAN_ROW = ("月均", "月平均", "平均", "平均值")
_SUM_ROW = ("合计", "总计", "小计")


def read_income(ex: Extraction, lines: Sequence[TextLine]) -> None:
    """收入证明: the letter's "兹证明…月平均工资…元" sentence, else a payslip's columns (mean over months)."""
    text = "".join(_compact(t.text) for row in group_rows(lines) for t in row)
    conf = min((ln.confidence for ln in lines), default=0.9) * 0.95
    for label, rx in _LETTER_MONEY:
        # the sum written right after its words says which sum is which; the generic pairing of a label
        # found inside running text may have taken the next line's sum ("…月平均工资(税前4060元，月均实发工资"
        # | "3120元…": 3120 for 月均工资), so the sentence's reading stands over it
        if m := rx.search(text):
            value = normalise_value(label, (m.group(1) or m.group(2)).replace("，", ","))[0]
            if isinstance(value, (int, float)):
                ex.set(label, value, conf)
    for rx in (_LETTER_NAME, _LETTER_PERSON):
        if "姓名" not in ex.fields and (m := rx.search(text)) and check_reading("姓名", m.group(1)) is None:
            ex.set("姓名", m.group(1), conf)
    if "姓名" not in ex.fields and (
        said := _sentence_name(sorted(lines, key=lambda t: (t.page, t.cy, t.box[0])))
    ):
        # the worker told as other papers tell their person, no 兹证明 before the name ("我单位职工李明华，近三个月…")
        ex.set("姓名", said[0], said[1].confidence * 0.9, said[1].page, said[1].box)
    _payslip(ex, lines)
    _unit_cut_at_the_next_cell(ex)
    # a name's character read in its traditional glyph (曹靜 for 曹静, 有限責任公司)
    for lab in ("姓名", "经办人", "工作单位"):
        if isinstance(v := ex.fields.get(lab), str) and (folded := simplified(v)) != v:
            ex.fields[lab] = folded
    if "工作单位" not in ex.fields:
        _issuing_unit(ex, lines)
    else:
        _unit_as_headed(ex, lines)
    if "出具日期" not in ex.fields or check_reading("出具日期", ex.fields["出具日期"]) is not None:
        _issue_date_unseparated(ex, lines)  # none read, or the text after the label is no date as it stands
    if "出具日期" not in ex.fields:
        # written in Chinese numerals under the seal ("二〇二五年七月三日"): the last whole date of the paper
        found = [(d, ln) for ln in sorted(lines, key=lambda t: (t.page, t.cy, t.box[0])) for _p, d in all_dates(ln.text)]
        found = [(d, ln) for d, ln in found if check_reading("出具日期", d) is None]
        if found:
            d, ln = found[-1]
            ex.set("出具日期", d, ln.confidence * 0.85, ln.page, ln.box)
    _landline_parts(ex)


def _unit_cut_at_the_next_cell(ex: Extraction) -> None:
    """A unit's name read on into the texts after it (a table's header and its amounts below the row:
    "杭州橡胶集团有限公司扣款(元)640470"): the longest head that is a unit's name, when what follows holds digits
    or brackets no unit's name ends with."""
    v = ex.fields.get("工作单位")
    if not isinstance(v, str) or unit_name(v) is not None:
        return
    t = _compact(v)
    for k in range(len(t) - 1, 3, -1):
        if unit_name(t[:k]) == t[:k] and re.search(r"[\d()（）]", t[k:]):
            ex.fields["工作单位"] = t[:k]
            return


def _issue_date_unseparated(ex: Extraction, lines: Sequence[TextLine]) -> None:
    """The date a payslip or letter was issued, written without its separators or having lost some to the
    copy ("日期：20251102", "日期202512.08", "出具日期.202512-10"): the last line that is such a date alone."""
    for ln in sorted(lines, key=lambda t: (t.page, t.cy, t.box[0]), reverse=True):
        found = _bare_date(ln.text)
        if found and check_reading("出具日期", found[0]) is None:
            ex.set("出具日期", found[0], ln.confidence * 0.9, ln.page, ln.box)
            return


def _landline_parts(ex: Extraction) -> None:
    """A landline read without the hyphen after its area code ("057181828449"): written as printed, area code
    and number apart. The numbering plan says where the code ends: 010 and 02X are three digits, every other
    area code four, the number eight."""
    v = ex.fields.get("联系电话")
    if not isinstance(v, str) or not re.fullmatch(r"0\d{10,11}", v):
        return
    cut = 3 if v[1] in "12" else 4
    if len(v) - cut == 8 and check_reading("联系电话", f"{v[:cut]}-{v[cut:]}") is None:
        ex.fields["联系电话"] = f"{v[:cut]}-{v[cut:]}"


# a seal's place printed on a paper: "（劳资部门盖章）", "（公章）", "单位（盖章）", "（财务专用章）"
_SEAL_NOTE = re.compile(r"[（(][^（()）]{0,10}(?:盖章|公章|专用章|签章)[）)]")
# how a unit's name ends (companies, factories, offices, schools, hospitals, shops …)
_UNIT_END = re.compile(
    r"(?:公司|厂|集团|局|所|院|中心|学校|大学|学院|委员会|办事处|处|队|场|站|社|银行|商店|超市|商场|酒店|宾馆|店|馆|工会)$"
)
# what a title adds after the unit's name: "某某公司职工工资明细", "某某厂工资表(收入证明)"
_TITLE_TAIL = re.compile(r"(?:职工)?(?:工资|薪资|收入)[\u4e00-\u9fa5]{0,6}$")


def unit_name(text: str) -> str | None:
    """The unit's name in ``text`` (a seal's place, a letterhead, a title with the paper's name after it),
    or None when the text is no unit's name (a sentence, a label, a blank)."""
    t = _SEAL_NOTE.sub("", _compact(text))
    t = re.sub(r"[（(][^（()）]*[）)]$", "", t).strip("_＿ ：:")
    t = _TITLE_TAIL.sub("", t)
    if not re.fullmatch(r"[\u4e00-\u9fa5（）()]{4,30}", t) or not _UNIT_END.search(t):
        return None
    return None if label_of(t) is not None else t


def _unit_as_headed(ex: Extraction, lines: Sequence[TextLine]) -> None:
    """The unit's name printed twice on the paper (its letterhead or seal note, and the 工作单位 cell), the
    cell's reading one character off the other's (长沙枫床 for 长沙机床): one name read two ways, the surer
    reading stands."""
    unit = ex.fields.get("工作单位")
    if not isinstance(unit, str):
        return
    conf = ex.confidence.get("工作单位", 0.0)
    for ln in lines:
        name = unit_name(simplified(ln.text))
        if (
            name is not None
            and len(name) == len(unit) >= 4
            and sum(a != b for a, b in zip(name, unit, strict=True)) == 1
            and ln.confidence > conf
        ):
            ex.set("工作单位", name, min(ln.confidence, conf) * 0.95, ln.page, ln.box)
            return


def _issuing_unit(ex: Extraction, lines: Sequence[TextLine]) -> None:
    """The unit that issued the paper when no label names it: the name where it seals (before or after
    the seal note on its line, or in the blank right above it), else its letterhead or the table's title."""
    for ln in lines:
        if not _SEAL_NOTE.search(_compact(ln.text)):
            continue
        if name := next(filter(None, map(unit_name, _SEAL_NOTE.split(_compact(ln.text)))), None):
            ex.set("工作单位", name, ln.confidence * 0.95, ln.page, ln.box)
            return
        # the blank above: the gap is measured in line heights, not pixels (any resolution, any font)
        above = [
            o
            for o in lines
            if o.page == ln.page
            and o.cy < ln.cy
            and ln.box[1] - o.box[3] <= 2.0 * ln.height
            and o.box[2] > ln.box[0]
            and o.box[0] < ln.box[2]
        ]
        if above and (name := unit_name((o := max(above, key=lambda x: x.cy)).text)):
            ex.set("工作单位", name, o.confidence * 0.9, o.page, o.box)
            return
    for ln in sorted(lines, key=lambda t: (t.page, t.cy, t.box[0]))[:3]:
        if name := unit_name(ln.text):
            ex.set("工作单位", name, ln.confidence * 0.85, ln.page, ln.box)
            return
    if (signed := _signing_unit(lines)) is not None:
        ex.set("工作单位", signed[0], signed[1].confidence * 0.85, signed[1].page, signed[1].box)


def _signing_unit(lines: Sequence[TextLine]) -> tuple[str, TextLine] | None:
    """A letter that says "…是我单位职工" and is signed by its unit at the foot, with no letterhead and no seal
    note printed: the unit's name standing alone on the last lines, the paper's date under it (within three
    line heights, overlapping it across)."""
    ordered = sorted(lines, key=lambda t: (t.page, t.cy, t.box[0]))
    dated = [ln for ln in ordered if all_dates(ln.text) or _bare_date(ln.text)]
    if not dated:
        return None
    day = dated[-1]
    above = [
        o
        for o in ordered
        if o.page == day.page
        and o.cy < day.cy
        and day.box[1] - o.box[3] <= 3.0 * max(day.height, o.height)
        and o.box[2] > day.box[0]
        and o.box[0] < day.box[2]
    ]
    if above and (name := unit_name((o := max(above, key=lambda x: x.cy)).text)) is not None:
        return name, o
    return None


def _column(header: Sequence[TextLine], words: Sequence[str], others: Sequence[str] = ()) -> TextLine | None:
    """The header of the column ``words`` name; else one read with a character wrong (应友工资 for 应发工资, 实友
    工资 for 实发工资) that no word of the other columns (``others``) names or fits as well."""
    exact = next((h for h in header if any(w in _compact(h.text) for w in words)), None)
    if exact is not None:
        return exact
    for h in header:
        t = _compact(h.text)
        if any(w in t for w in others) or any(_one_off_in(t, w) for w in others):
            continue
        if any(_one_off_in(t, w) for w in words):
            return h
    return None


def _one_off_in(text: str, word: str) -> bool:
    """``word`` (three characters or more) in ``text`` with one character other than its first misread."""
    n = len(word)
    return n >= 3 and any(
        text[i] == word[0] and sum(a != b for a, b in zip(text[i : i + n], word, strict=True)) == 1
        for i in range(len(text) - n + 1)
    )


def _cell(row: Sequence[TextLine], head: TextLine) -> float | None:
    """The amount on ``row`` under the column ``head`` (the text whose centre is nearest the header's)."""
    near = [t for t in row if abs(t.cx - head.cx) <= max(head.box[2] - head.box[0], t.box[2] - t.box[0])]
    if not near:
        return None
    best = min(near, key=lambda t: abs(t.cx - head.cx))
    v = normalise_value("月均工资", _compact(best.text))[0]
    return float(v) if isinstance(v, (int, float)) else None


def _payslip(ex: Extraction, lines: Sequence[TextLine]) -> None:
    """Payslip table: the header row names the columns; month rows below; a 月均 or 合计 row may close it.

    月均工资 is the gross column's mean (the 月均 row, or 合计 / months, or the mean of the month rows;
    without a gross column the sum of the pay parts); 月均实发工资 likewise from the net column (or
    gross − deductions)."""
    rows = group_rows(lines)
    slope = _header_slope(lines)
    if slope:
        # a copy laid on the glass at a slant: a row's cells drift down (or up) across the page, farther than
        # half a line over a wide table, so the rows are taken along the header's slope
        level = [replace(t, box=(t.box[0], t.box[1] - slope * t.cx, t.box[2], t.box[3] - slope * t.cx)) for t in lines]
        back = {id(a): b for a, b in zip(level, lines, strict=True)}
        rows = [[back[id(t)] for t in row] for row in group_rows(level)]
    for i, header in enumerate(rows):
        if _payslip_table(ex, header, rows[i + 1 :]):
            return


def _header_slope(lines: Sequence[TextLine]) -> float:
    """The slope (dy per dx) of a payslip's header row on a skewed copy: its column headers (月份, 应发, 扣款,
    实发, the pay parts) within 4° of the first gross or net header, fitted by least squares; 0 when fewer
    than three are seen or the row is level."""
    words = (*_GROSS, *_NET, *_DEDUCT, *_PARTS, "月份")
    heads = [t for t in lines if any(w in _compact(t.text) for w in words) and len(_compact(t.text)) <= 10]
    for anchor in heads:
        if not any(w in _compact(anchor.text) for w in (*_GROSS, *_NET)):
            continue
        band = [
            t
            for t in heads
            if t.page == anchor.page and abs(t.cy - anchor.cy) <= 0.07 * abs(t.cx - anchor.cx) + 0.6 * anchor.height
        ]
        slope = _fitted_slope(band)
        if slope is not None:
            return slope
    return 0.0


def _payslip_table(ex: Extraction, header: Sequence[TextLine], rows: Sequence[Sequence[TextLine]]) -> bool:
    """Read the table under ``header`` when it is a payslip's header row; False when it is not."""
    kinds = (("gross", _GROSS), ("net", _NET), ("deduct", _DEDUCT))
    cols = {
        k: _column(header, w, [o for k2, ws in kinds if k2 != k for o in ws] + list(_PARTS)) for k, w in kinds
    }
    parts = [h for h in header if any(w == _compact(h.text).strip("（）()元") for w in _PARTS)]
    if not (cols["gross"] or cols["net"] or len(parts) >= 2):
        return False
    months: list[Sequence[TextLine]] = []
    mean_row: Sequence[TextLine] | None = None
    sum_row: Sequence[TextLine] | None = None
    for row in rows:
        first = _compact(min(row, key=lambda t: t.box[0]).text).strip(":：")
        if _MONTH.match(first):
            months.append(row)
        elif first in _MEAN_ROW:
            mean_row = row
        elif first in _SUM_ROW:
            sum_row = row
    if not months and mean_row is None:
        return False

    def mean_of(values: Callable[[Sequence[TextLine]], float | None]) -> float | None:
        if mean_row is not None and (v := values(mean_row)) is not None:
            return v
        if sum_row is not None and months and (v := values(sum_row)) is not None:
            return v / len(months)
        got = [values(r) for r in months]
        ok = [v for v in got if v is not None]
        return sum(ok) / len(ok) if ok and len(ok) == len(got) else None

    def gross(r: Sequence[TextLine]) -> float | None:
        if cols["gross"] is not None:
            return _cell(r, cols["gross"])
        got = [_cell(r, h) for h in parts]
        return sum(v for v in got if v is not None) if parts and all(v is not None for v in got) else None

    def net(r: Sequence[TextLine]) -> float | None:
        if cols["net"] is not None:
            return _cell(r, cols["net"])
        g, d = gross(r), _cell(r, cols["deduct"]) if cols["deduct"] is not None else None
        return g - d if g is not None and d is not None else None

    conf = min(t.confidence for r in [header, *months] for t in r) * 0.9
    for label, fn, head in (("月均工资", gross, cols["gross"]), ("月均实发工资", net, cols["net"])):
        v = mean_of(fn)
        if v is not None and (label not in ex.fields or ex.confidence.get(label, 0) < 0.5):
            v = round(v, 2)
            # the box shown to a reviewer: the printed average's cell, else the column's header
            box = head.box if head is not None else union_box(header[0].box, header[-1].box)
            if mean_row is not None and head is not None:
                box = min(mean_row, key=lambda t: abs(t.cx - head.cx)).box
            ex.set(label, int(v) if float(v).is_integer() else v, conf, header[0].page, box)
    if months and "统计月数" not in ex.fields:
        ex.set("统计月数", len(months), conf)
    # a whole year's slips with their 合计 row: the year's take-home pay is printed there
    year = net(sum_row) if len(months) == 12 and sum_row is not None else None
    if year is not None and year > 0 and "年收入" not in ex.fields:
        ex.set("年收入", int(year) if float(year).is_integer() else round(year, 2), conf, header[0].page)
    return True


# ---------------------------------------------------------------------------------------------
# 诊断证明


DIAGNOSIS_LABELS = {
    "姓名": "姓名",
    "患者姓名": "姓名",
    "性别": "性别",
    "年龄": "年龄",
    "科别": "科别",
    "科室": "科别",
    "门诊号": "病历号",
    "住院号": "病历号",
    "门诊/住院号": "病历号",
    "病历号": "病历号",
    "诊断": "诊断",
    "诊断结果": "诊断",
    "诊断意见": "诊断",
    "临床诊断": "诊断",
    "出院诊断": "诊断",
    "处理意见": "处理意见",
    "医嘱": "处理意见",
    "医师": "医师",
    "医生": "医师",
    "主治医师": "医师",
    "医师签名": "医师",
    "医生签名": "医师",
    "医师签字": "医师",
    "医生签字": "医师",
    "经治医师": "医师",
    "主诊医师": "医师",
    "接诊医师": "医师",
    "诊治医师": "医师",
    "诊治医生": "医师",
    "经治医生": "医师",
    "主治医生": "医师",
    "接诊医生": "医师",
    "主诊医生": "医师",
    "就诊科别": "科别",
    "门诊号码": "病历号",
    "住院号码": "病历号",
    "病案号": "病历号",
    "出具时间": "出具日期",
    "证明日期": "出具日期",
    "就诊科室": "科别",
    "门诊病历号": "病历号",
    "开具时间": "出具日期",
    "日期": "出具日期",
    "出具日期": "出具日期",
    "开具日期": "出具日期",
    "初步诊断": "诊断",
    "诊断名称": "诊断",
    "疾病名称": "诊断",
    "处理及建议": "处理意见",
    # an 出院证明's own rows (REAL-DOCUMENTS: 处理意见 / 建议): they end the diagnosis above them
    "出院医嘱": "处理意见",
    "出院建议": "处理意见",
    "治疗意见": "处理意见",
    "治疗建议": "处理意见",
    "处理建议": "处理意见",
    "建议": "处理意见",
    "科 别": "科别",
    # the head of the department signing beside the doctor: a signer of its own, not the 科室 the patient saw
    "科室负责人": "科室负责人",
    "科室主任": "科室负责人",
    "住院科室": "科别",
    "门诊科室": "科别",
    "患者性别": "性别",
    "患者年龄": "年龄",
    # the other days a certificate tells (REAL-DOCUMENTS: 门诊/住院): printed labels of their own, so that the
    # bare label 日期 is never found inside them ("住院号 … 入院日期：…" read as one row gives no 出具日期)
    "入院日期": "入院日期",
    "入院时间": "入院日期",
    "住院日期": "入院日期",
    "出院日期": "出院日期",
    "出院时间": "出院日期",
    "就诊日期": "就诊日期",
    "就诊时间": "就诊日期",
    "门诊日期": "就诊日期",
    "初诊日期": "就诊日期",
    "复诊日期": "就诊日期",
    "确诊日期": "就诊日期",
    "发病日期": "就诊日期",
    "手术日期": "就诊日期",
    "检查日期": "就诊日期",
}
# labels a printer puts side by side on one row ("姓名 X 性别 女 年龄 38 科别 内科 门诊号 …") that OCR
# reads as one text: each is looked for inside a row's text, not only at its start
_DIAGNOSIS_INLINE = tuple(k for k in DIAGNOSIS_LABELS if len(k) >= 2)
_AGE = re.compile(r"^(\d{1,3})\s*(?:岁|周岁)?$")
_HOSPITAL = re.compile(r"(?:医院|卫生院|中心|保健院|门诊部|诊所)$")


def _continued(rv: RowValue, lines: Sequence[TextLine]) -> list[tuple[str, bool]]:
    """A free-text value that runs on below its row (诊断 over several lines): the following rows that
    start right of the label and hold no printed label, while the gap stays within a line height. Each
    row comes with whether the row above it ends short of the text's right margin: then the row is a
    new item of a list (one diagnosis a line), not the rest of a wrapped sentence."""
    label, taken = rv.label_line, {id(t) for t in rv.lines}
    below = [
        ln
        for ln in lines
        if ln.page == label.page
        and ln.cy > label.box[3]
        and ln.box[0] >= label.box[0] + 0.5 * label.height
        and id(ln) not in taken
    ]
    margin = max((t.box[2] for t in lines if t.page == label.page), default=rv.box[2])
    out: list[tuple[str, bool]] = []
    bottom, right = max(label.box[3], rv.box[3]), rv.box[2]
    # a value that starts on the row below its label keeps the list's own spacing: the gap between the
    # label and the value's first row is the gap between its rows (a list printed at double spacing)
    top0 = min((t.box[1] for t in rv.lines), default=label.box[1])
    pitch = top0 - label.box[3] if top0 >= label.box[3] - 0.3 * label.height else 0.0
    items = [rv.text]
    for row in group_rows(below):
        top = min(t.box[1] for t in row)
        gap = max(1.2 * max(t.height for t in row), 1.25 * pitch)
        if _next_item("".join(items), "".join(t.text for t in row)):
            gap = max(gap, 2.5 * max(t.height for t in row))  # the next number of a numbered list
        if top - bottom > gap:
            break
        if any(match_label(t.text, DIAGNOSIS_LABELS) is not None for t in row):
            break
        left = min(t.box[0] for t in row)
        if any(
            match_label(t.text, DIAGNOSIS_LABELS) is not None
            for t in lines
            if t.page == label.page
            and abs(t.cy - row[0].cy) <= 0.6 * t.height
            and t.box[2] <= max(label.box[0] + label.height, left + 0.5 * label.height)
        ):
            break  # a label further left on that row (处理意见 printed at the margin, or in the label column)
        out.append(("".join(t.text for t in row), right < margin - 3 * label.height))
        items.append(out[-1][0])
        bottom, right = max(t.box[3] for t in row), max(t.box[2] for t in row)
    return out


def _next_item(before: str, row: str) -> bool:
    """Whether ``row`` starts with the next number of the numbered list ``before`` holds ("2." after "1.")."""
    t = _compact(before).lstrip(" .．·。、；;，,:：")
    m = _FIRST_ITEM.match(t)
    if m is None:
        return False
    k = 2 + len(diagnosis_items(t).split("；")) - 1
    return _item_mark(m, k).match(_compact(row)) is not None


def _preceding(rv: RowValue, lines: Sequence[TextLine], below: int) -> list[tuple[str, bool]]:
    """A free-text value whose first rows stand above its label's row: a label centred in its cell beside a
    list of lines (出院诊断 | three diagnoses), or beside the list's middle on an unruled page, lines up with
    a middle line or with none. The rows above the value's first row (its text on the label's row, else
    the first row that continues it), starting where that row starts (one text height either way), right
    of the label, with nothing left of them on their row (the label column is empty there) and no printed
    label, while the gap stays within a line height; at most one more than the ``below`` rows that
    continue it (the label stands at the list's middle). Each row comes with whether it ends short of the
    right margin (the row after it is then a new item, as for :func:`_continued`); in reading order."""
    label = rv.label_line
    h = label.height
    right_of = [
        t for t in lines if t.page == label.page and t is not label and t.box[0] >= label.box[2] - 0.3 * h
    ]
    start = list(rv.lines)
    if not start:  # the label alone on its row: the value's first row is the nearest below it
        under = [t for t in right_of if t.box[1] >= label.box[1] and t.box[1] - label.box[3] <= 1.2 * h]
        if not under:
            return []
        top_row = min(under, key=lambda t: t.box[1])
        start = [t for t in under if abs(t.cy - top_row.cy) <= 0.5 * max(t.height, top_row.height)]
    first = min(start, key=lambda t: t.box[0])
    top = min(t.box[1] for t in start)
    above = [t for t in right_of if t.cy < top and t not in start]
    margin = max((t.box[2] for t in lines if t.page == label.page), default=rv.box[2])
    others = [t for t in lines if t.page == label.page]
    pitch = _list_pitch(first, right_of) if below else None
    out: list[tuple[str, bool]] = []
    prev = first.cy
    for row in reversed(group_rows(above)):
        bottom, left = max(t.box[3] for t in row), min(t.box[0] for t in row)
        if top - bottom > 1.2 * max(t.height for t in row) or abs(left - first.box[0]) > max(h, first.height):
            break
        if pitch is not None and prev - sum(t.cy for t in row) / len(row) > 1.3 * pitch:
            break  # further above than the list's rows are apart: the end of what is printed above the list
        prev = sum(t.cy for t in row) / len(row)
        if any(match_label(t.text, DIAGNOSIS_LABELS) is not None for t in row):
            break
        if any(t.box[2] <= left and abs(t.cy - row[0].cy) <= 0.6 * t.height for t in others if t not in row):
            break  # a text left of it on its row: a row of the page, not of the list beside the label
        out.append(("".join(t.text for t in row), max(t.box[2] for t in row) < margin - 3 * h))
        top = min(t.box[1] for t in row)
    if len(out) > below + 1 or (out and _wrapped_from_left(top, first, others, h)):
        return []
    return out[::-1]


def _list_pitch(first: TextLine, right_of: Sequence[TextLine]) -> float | None:
    """The distance from the value's first row to the next row of its list (starting where it starts, within
    two and a half text heights below), or None when no such row is seen."""
    reach = max(first.height, 1.0)
    nxt = [
        t.cy - first.cy
        for t in right_of
        if 0.5 * reach < t.cy - first.cy <= 2.5 * reach and abs(t.box[0] - first.box[0]) <= reach
    ]
    return min(nxt, default=None)


def _wrapped_from_left(top: float, first: TextLine, lines: Sequence[TextLine], h: float) -> bool:
    """Whether the row right above ``top`` is a text that starts left of the value's column and runs on over
    it (a section "诊疗经过：…" OCR read with its label as one text): the rows under it, indented to the value's
    column, are that section's wrapped tail, not the first rows of a list beside a centred label."""
    reach = max(h, first.height)
    return any(
        t.box[0] < first.box[0] - reach
        and t.box[2] > first.box[0] + 2 * reach
        and t.cy < top
        and top - t.box[3] <= 1.2 * t.height
        for t in lines
    )


def _with_preceding(
    first: str, more: list[tuple[str, bool]], before: Sequence[tuple[str, bool]]
) -> tuple[str, list[tuple[str, bool]]]:
    """The value's rows in reading order when :func:`_preceding` found rows above its label's row: each
    row after one of them is a new item when that row ended short of the margin."""
    if not before:
        return first, more
    rows = [text for text, _ in before[1:]]
    flags = [short for _, short in before]
    joined = list(zip(rows, flags[:-1], strict=True))
    if first:
        joined.append((first, flags[-1]))
    elif more:
        more = [(more[0][0], flags[-1]), *more[1:]]
    return before[0][0], [*joined, *more]


def free_text(first: str, more: Sequence[tuple[str, bool]]) -> str:
    """A value and its continuation rows as one text: a list's items parted by "；" (unless the item
    already ends in a mark), a wrapped sentence joined as it was."""
    text = first.strip()
    for row, new_item in more:
        row = row.strip()
        if new_item and text and text[-1] not in "，,；;。、：:":
            text += "；"
        text += row
    return text


# the certificate's own title, printed after the hospital's name on one heading ("株洲市中心医院诊断证明书")
_CERT_TITLE = re.compile(r"(?:疾病|医疗|医学)?(?:诊断证明书?|诊断书|疾病证明书?|病情证明书?|出院证明书?)$")
_TITLE_WORDS = ("诊断证明", "诊断书", "疾病证明", "病情证明", "出院证明")


def _hospital_name(text: str) -> str | None:
    t = _CERT_TITLE.sub("", _SEAL_NOTE.sub("", _compact(text)).strip("：:"))
    if (
        len(t) >= 4
        and _HOSPITAL.search(t)
        and match_label(t, DIAGNOSIS_LABELS) is None
        and not re.search(r"[，,。；;：:]", t)
    ):
        return t
    return None


def _record_kind(label: str, number: str) -> str:
    """住院号 or 门诊号: what the label says; a label naming both (门诊/住院号) by the number's own prefix
    (MZ… an outpatient's)."""
    t = _compact(label)
    inpatient, outpatient = "住院" in t or "病案" in t, "门诊" in t
    if inpatient and outpatient:
        return "门诊号" if number.upper().startswith("MZ") else "住院号"
    return "住院号" if inpatient else "门诊号"


def _heading_above(ordered: Sequence[TextLine], t: int) -> list[TextLine]:
    """The lines before ``ordered[t]`` (a title) beyond the three right before it, on its page, whose foot is
    within two of the title's heights above the title's top: nearest first."""
    title = ordered[t]
    return [
        ln for ln in ordered[: max(0, t - 3)][::-1]
        if ln.page == title.page and ln.cy < title.cy and title.box[1] - ln.box[3] <= 2 * title.height
    ]


def _diagnosis_hospital(ex: Extraction, lines: Sequence[TextLine]) -> None:
    """The hospital: its name printed above the title or before it on the same heading; else signed at the
    foot, under the last printed label (a letter closing with the hospital's name)."""
    ordered = sorted(lines, key=lambda t: (t.page, t.cy, t.box[0]))
    titles = [i for i, ln in enumerate(ordered) if any(w in _compact(ln.text) for w in _TITLE_WORDS)]
    # the lines right above a title, nearest first, and the title's own line (a certificate copied onto a
    # sheet below a clerk's caption that names it too, "病情诊断证明", and a copy's attestation: those stand
    # higher still), else the page's first three; and the heading's lines further back in reading order that
    # stand within two title heights above it (a logo and a number printed at the heading's right come first)
    heads = [h for t in titles for h in (*ordered[max(0, t - 3) : t][::-1], *_heading_above(ordered, t), ordered[t])]
    heads = heads or ordered[:3]
    labelled = [i for i, ln in enumerate(ordered) if match_label(ln.text, DIAGNOSIS_LABELS) is not None]
    foot = ordered[labelled[-1] + 1 :] if labelled else []
    for ln, factor in [*((h, 0.95) for h in heads), *((f, 0.85) for f in foot)]:
        if (name := _hospital_name(ln.text)) is not None:
            ex.set("医院名称", name, ln.confidence * factor, ln.page, ln.box)
            return


# a letter's sentences (REAL-DOCUMENTS: printed or handwritten): "患者王淑芬，女，63岁，于…在我院内分泌科住院
# 治疗（住院号：ZY0082451），经检查诊断为：2型糖尿病。"
_PATIENT = re.compile(
    r"(?:^|患者|病人|病员|兹证明|兹有)(?:患者|病人)?(?:姓名)?[:：]?[_＿]*([\u4e00-\u9fa5·]{2,4}?)[_＿]*"
    r"[，,、（(\s]*(?:性别[:：]?)?[_＿]*([男女])性?[_＿]*[，,、\s]*(?:年龄[:：]?)?[_＿]*(\d{1,3})[_＿]*(?:岁|周岁)",
    re.M,
)
# the sentence of a certificate that names whom it is about ("兹证明…", "现证明…"): no title
_ATTESTS = re.compile(r"(?:兹|现)证明")
_DEPT_SAID = re.compile(r"(?:我院|本院)([\u4e00-\u9fa5]{1,8}?科)(?:门诊|住院|就诊|治疗|诊治|检查|复诊|病房)")
_NUMBER_SAID = re.compile(r"(门诊|住院|病历|病案)号(?:码)?[:：]?([0-9A-Za-z][0-9A-Za-z\-]{3,})")
_DIAGNOSED = re.compile(
    r"(?:诊断为|诊断是|诊断结果为|确诊为)[:：]?\s*(.{2,60}?)\s*(?=[。；;\n]|$|建议|处理意见|医嘱)", re.M
)


# a clause that advises or tells what was done, not what the patient has
_ADVICE_SAID = re.compile(r"建议|需|请|应|宜|注意|休息|复查|随访|服药|予以|特此|证明|门诊|住院|就诊|医嘱|处理")


def _diagnosis_sentences(ex: Extraction, lines: Sequence[TextLine]) -> None:
    """What a letter says in its sentences, for the fields its rows did not give."""
    rows = [_row_line(r) for r in group_rows(lines)]
    if not rows:
        return
    text = "\n".join(_compact(r.text) for r in rows)
    flat = text.replace("\n", "")  # a sentence wrapped onto the next line ("（住" / "院号：…")
    conf = min(r.confidence for r in rows) * 0.9

    def put(label: str, value: Any) -> None:
        if label not in ex.fields and value is not None:
            ex.set(label, value, conf)
            ex.raw[label] = str(value)

    if (m := _PATIENT.search(text) or _PATIENT.search(flat)) is not None and _plain_name(m.group(1)):
        put("姓名", m.group(1))
        put("性别", m.group(2))
        put("年龄", int(m.group(3)))
    if (m := _DEPT_SAID.search(flat)) is not None:
        put("科别", m.group(1))
    if (m := _NUMBER_SAID.search(flat)) is not None and not {"门诊号", "住院号"} & set(ex.fields):
        put("住院号" if m.group(1) in ("住院", "病案") else "门诊号", m.group(2))
    said = next(((m, t) for t in (text, flat) if (m := _DIAGNOSED.search(t)) is not None), None)
    if said is not None:
        m, source = said
        found = [m.group(1).strip("：:，,")]
        # one diagnosis after another ("诊断为：高血压；2型糖尿病。"): the next ones up to the sentence's end,
        # while they tell no advice (the clause "；建议休息" or "；需长期服药" ends the diagnosis)
        for part in re.split(r"[；;]", re.split(r"[。\n]", source[m.end() :], maxsplit=1)[0])[1:]:
            part = part.strip(" ：:，,")
            if not 2 <= len(part) <= 30 or _ADVICE_SAID.search(part):
                break
            found.append(part)
        if len(found) == 1 and _FIRST_ITEM.match(found[0]) and source is text:
            # a numbered list after the sentence's colon, one item a line ("诊断为：" | "1.冠心病" | "2.高血压"):
            # the rows that go on with its numbers
            items = [found[0]]
            for row in source[m.end() :].split("\n")[1:]:
                if not _next_item("".join(items), row):
                    break
                items.append(row)
            if len(items) > 1 and ex.fields.get("诊断") in (items[0], diagnosis_items(items[0])):
                _drop(ex, "诊断")  # the first item alone, as a pairing took it
            found = [diagnosis_items("".join(items))]
        if len(found) > 1 and ex.fields.get("诊断") == found[0]:
            _drop(ex, "诊断")  # the first diagnosis alone, as a pairing of the sentence's words took it
        put("诊断", "；".join(found))


# the first item's number of a numbered list of diagnoses: "1.", "1、", "（1）", "①"
# "1.5级" is a number; "1·" is "1." with its dot read as a middle dot
# a hospital's system may number the list in words: "一、冠心病 二、高血压" (一、 is a number only with its mark:
# "一氧化碳中毒" is a diagnosis), or with a closing bracket alone: "1）慢性病 2）高血压病2级"
_FIRST_ITEM = re.compile(r"^(?:([（(])1[）)]|1([.．·](?![0-9])|、|[）)])|一([、．.])|①)\s*")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨"
_NUMERALS = "一二三四五六七八九十"


def _item_mark(first: re.Match[str], k: int) -> re.Pattern[str]:
    """Item ``k``'s number in the style of the list's first (``first``, a match of _FIRST_ITEM): （2） after
    （1）, 2. after 1., 二、 after 一、, ② after ①."""
    if first.group(1):
        return re.compile(rf"[（(]{k}[）)]")
    if first.group(2) in ("）", ")"):
        return re.compile(rf"(?<![0-9.．·（(]){k}[）)]")  # 2） after 1）, not the （2） inside a diagnosis
    if first.group(2):
        return re.compile(rf"(?<![0-9.．·]){k}[.．·、]")
    if first.group(3):
        return re.compile(rf"{_NUMERALS[k - 1]}[、．.]" if k <= len(_NUMERALS) else r"$^")
    return re.compile(re.escape(_CIRCLED[k - 1]) if k <= len(_CIRCLED) else r"$^")


def diagnosis_items(text: str) -> str:
    """A diagnosis as its items: a numbered list ("1.冠心病 2.高血压病3级 3.2型糖尿病") is its items without
    their numbers, parted by "；" (as one diagnosis after another is written); a closing full stop goes.
    Each next number is looked for in the list's own style (2. after 1., （2） after （1）), so "3.2型糖尿病"
    is item 3, not a number 3.2."""
    t = text.strip()
    if (rows := _numbered_rows(t)) is not None:
        return rows
    m = _FIRST_ITEM.match(t)
    if m is None:
        return t.rstrip("。 ")
    items, rest, k = [], t[m.end() :], 2
    while True:
        nxt = _item_mark(m, k).search(rest)
        if nxt is None:
            items.append(rest)
            break
        items.append(rest[: nxt.start()])
        rest, k = rest[nxt.end() :], k + 1
    return "；".join(i.strip(" ；;，,。") for i in items if i.strip(" ；;，,。"))


# what a figure inside a diagnosis is followed by (2型糖尿病, 高血压3级, 4期, 2度): no list's number
_FIGURE_WORDS = "型级期度次"


def _numbered_rows(text: str) -> str | None:
    """A list written one item a row (the rows parted by "；") whose rows start with 1, 2, 3 … in turn, the
    mark after some number lost by OCR ("1尿毒症；2慢性胃炎；3.贫血"): its items without their numbers. The
    numbers must run 1..n over every row, with a mark seen after one of them or three rows at least (a
    diagnosis may itself start with a figure: "2型糖尿病" alone is no item 2). None when it is no such list."""
    parts = [p.strip() for p in re.split(r"[；;]", text.rstrip("。 ")) if p.strip()]
    if len(parts) < 2:
        return None
    items, marked = [], False
    for k, part in enumerate(parts, 1):
        m = re.match(rf"{k}(?![0-9])([.．·、）)]?)(\s*)(?=[\u4e00-\u9fa5])", part)
        # the item's number and the diagnosis's own figure run together, the mark between them lost ("22型糖尿病")
        m = m or re.match(rf"{k}()()(?=[0-9]+[{_FIGURE_WORDS}])", part)
        if m is None or (not m.group(1) and part[m.end()] in _FIGURE_WORDS):
            return None  # "2型糖尿病", "3级": the figure is the diagnosis's own
        marked |= bool(m.group(1) or m.group(2))  # a gap where the mark was ("1 慢性病") is one too
        items.append(part[m.end() :])
    return "；".join(items) if marked or len(parts) >= 3 else None


def _signature_beside(lines: Sequence[TextLine]) -> tuple[str, TextLine] | None:
    """A doctor's name signed after its printed label but lower, on the line to sign on (its top above
    the label's foot, its middle within a line height below the label's): the nearest such name."""
    for label in lines:
        m = match_label(label.text, DIAGNOSIS_LABELS)
        if m is None or m[0] != "医师" or _NOTE.sub("", m[1]).strip(" ：:_"):
            continue
        h = label.height
        signed = [
            t
            for t in lines
            if t is not label
            and t.page == label.page
            and t.box[0] >= label.box[2] - 0.3 * h
            and t.box[0] <= label.box[2] + 6 * h
            and t.box[1] < label.box[3]
            and label.cy <= t.cy <= label.cy + h
        ]
        for t in sorted(signed, key=lambda t: t.box[0]):
            if match_label(t.text, DIAGNOSIS_LABELS) is not None:
                break
            if (name := person_name(t.text, longest=4)) is not None and _is_no_label(name):
                return name, t
    return None


def _own_value(text: str) -> str:
    """The value on a label's own text, up to the next label glued after it ("高峰日期：…" → "高峰")."""
    return _split_inline(text, {w: DIAGNOSIS_LABELS[w] for w in _DIAGNOSIS_INLINE})[0][1]


def value_cell(label: TextLine, cells: Sequence[Box], right: float = 0.0) -> Box | None:
    """The ruled cell that holds a label's value: the cell right of the label's own cell, beside it (its
    left ruling the label cell's right one) and spanning the label's row; when the label's own cell was not
    found (a ruling lost on a photo), the nearest cell right of the label spanning its row, its left ruling
    within four characters of the label. When only the label's own cell was found (the value cell's rulings
    lost), the band of its rows from its right ruling to ``right`` (the print's right edge), if given. None
    when nothing is ruled beside it."""
    h = label.height
    own = [c for c in cells if c[0] <= label.cx <= c[2] and c[1] <= label.cy <= c[3]]
    cell = min(own, key=lambda c: (c[2] - c[0]) * (c[3] - c[1])) if own else None
    if cell is not None:
        lo, hi = cell[2] - 0.6 * h, cell[2] + 0.6 * h
    else:  # the label centred in a column a few characters wide
        lo, hi = label.box[2] - 0.3 * h, label.box[2] + 4 * h
    beside = [c for c in cells if lo <= c[0] <= hi and c[1] <= label.cy <= c[3] and c[2] - c[0] > h]
    found = min(beside, key=lambda c: (c[0], (c[2] - c[0]) * (c[3] - c[1])), default=None)
    if found is None and cell is not None and right > cell[2] + h:
        return (cell[2], cell[1], right, cell[3])
    return found


def _cell_text(label: TextLine, lines: Sequence[TextLine], cells: Sequence[Box]) -> str | None:
    """A free-text value written anywhere in the ruled cell beside its label (诊断 centred in a tall cell,
    the diagnoses written at the cell's top): its rows in reading order, a row that ends short of the
    cell's right ruling ending an item of a list. None when no ruled cell holds the value."""
    cell = value_cell(label, cells, max((t.box[2] for t in lines if t.page == label.page), default=0.0))
    if cell is None:
        return None
    inside = [
        t
        for t in lines
        if t.page == label.page and t is not label and cell[0] <= t.cx <= cell[2] and cell[1] <= t.cy <= cell[3]
    ]
    rows = group_rows(inside)
    if not rows:
        return None
    if any(match_label(t.text, DIAGNOSIS_LABELS) is not None for row in rows for t in row):
        return None  # a label inside: the cell found is no value cell of its own
    more = [
        ("".join(t.text for t in row), max(t.box[2] for t in prev) < cell[2] - 3 * label.height)
        for prev, row in pairwise(rows)
    ]
    return free_text("".join(t.text for t in rows[0]), more)


def _diagnosis_of(rv: RowValue, body: Sequence[TextLine], grid: Mapping[int, Sequence[Box]] | None) -> str:
    """The diagnosis its row reading found: a list under the label as its column's head, else the row's text
    with the rows continuing it (a colon OCR read as "." or "·" after the label no part of it)."""
    listed = column_list(rv, body, DIAGNOSIS_LABELS)
    if listed:
        return "；".join(diagnosis_items(_compact(t.text)) for t in listed)
    more = _continued(rv, body)
    # the label centred beside the list: its first rows stand above the label's row
    first, more = _with_preceding(rv.text.lstrip(" .．·。、；;，,:："), more, _preceding(rv, body, len(more)))
    first = first.lstrip(" .．·。、；;，,:：")
    joined = free_text(first, more)
    # ruled: the cell beside the label holds the whole diagnosis, wherever in it it is written (at its top,
    # the label centred by its cell's middle row or by none), and what the label's row held is part of it
    in_cell = _cell_text(rv.label_line, body, grid.get(rv.page, ())) if grid else None
    if in_cell and _compact(rv.text.lstrip(" .．·。、；;，,:：")) in _compact(in_cell):
        joined = in_cell
    return diagnosis_items(joined)


def _nearer_below(rv: RowValue, lines: Sequence[TextLine]) -> bool:
    """Whether the value read under its label (the text below that overlaps the label) passed over a row
    nearer the label: a list indented right of the label (诊断 | the first item a little lower, just right of
    it, the next items reaching under it), whose first item does not overlap the label and its second does."""
    label = rv.label_line
    if len(rv.lines) != 1 or (value := rv.lines[0]).box[1] < label.box[3] - 0.3 * label.height:
        return False
    return any(
        t is not value
        and t.page == label.page
        and t.box[0] >= label.box[0]
        and label.cy < t.cy < value.cy - 0.5 * value.height
        and t.box[1] - label.box[3] <= 1.2 * label.height
        and abs(t.cy - label.cy) > 0.5 * label.height
        for t in lines
    )


# an English gloss: Latin words only, one of them with a run of three small letters ("Diagnosis", "Visit
# Date", "OP No.", an OCR'd "Diagnesit"); an abbreviation written as a value ("COPD", "IgA") is none
_GLOSS = re.compile(r"[A-Za-z]+\.?(?:[ '’/&-]+[A-Za-z]+\.?)*")
_SMALL_RUN = re.compile(r"[a-z]{3}")


def without_label_glosses(lines: Sequence[TextLine], labels: Mapping[str, str]) -> list[TextLine]:
    """A bilingual paper's labels without their English (a hospital's "诊断" over "Diagnosis", "姓名" over
    "Name"): a text of Latin words alone that stands right under a printed label, starting where the label
    starts (within a label height) and its top within a label height of the label's foot, is the label's
    gloss, no value (nor the first item of a list read under the label as its column's head)."""
    heads = [ln for ln in lines if match_label(ln.text, labels) is not None]

    def gloss(t: TextLine) -> bool:
        text = _compact(t.text)
        if not _GLOSS.fullmatch(text) or not _SMALL_RUN.search(text):
            return False
        return any(
            h.page == t.page
            and abs(t.box[0] - h.box[0]) <= h.height
            and t.cy > h.cy + 0.4 * h.height
            and t.box[1] - h.box[3] <= h.height
            for h in heads
        )

    return [ln for ln in lines if not gloss(ln)]


def read_diagnosis(
    ex: Extraction, lines: Sequence[TextLine], grid: Mapping[int, Sequence[Box]] | None = None
) -> None:
    """诊断证明书: the hospital's name printed as the title above it, then rows of labels and values (in
    ruled cells on a form: the cell beside a label holds its value wherever in the cell it is written)."""
    lines = upright_captions(lines, DIAGNOSIS_LABELS)
    lines = without_label_glosses(joined_spaced_labels(without_upright_text(lines), DIAGNOSIS_LABELS),
                                  DIAGNOSIS_LABELS)
    if "医院名称" not in ex.fields:
        _diagnosis_hospital(ex, lines)
    # the title 诊断证明书 starts with the label 诊断: it is no row of the certificate (nor is the note
    # "本证明加盖…专用章有效"); the sentence that names the patient ("兹证明 王芳，性别女，…") is one
    body = [ln for ln in lines if "证明" not in (t := _compact(ln.text)) or _ATTESTS.search(t)]
    rows = labelled_values(body, DIAGNOSIS_LABELS, inline=_DIAGNOSIS_INLINE)
    if (said := rows.get("诊断")) is not None and re.match(r"(?:结果)?[为是]", _compact(said.text)):
        del rows["诊断"]  # "诊断为：…" starts a sentence of a letter (_diagnosis_sentences), not a row
        _drop(ex, "诊断")
    if (said := rows.get("诊断")) is not None and _nearer_below(said, body):
        del rows["诊断"]  # the value taken from below its label, a row nearer it passed over: read them all
    if "诊断" not in rows:  # "诊断：" alone on its row, the diagnosis indented on the rows below it
        for ln in sorted(body, key=lambda t: (t.page, t.cy)):
            m = match_label(ln.text, DIAGNOSIS_LABELS)
            if m is not None and m[0] == "诊断" and not m[1].strip("_＿ "):
                rows["诊断"] = RowValue("诊断", "", ln.confidence, ln.page, ln.box, ln, [])
                break
    if (rv := rows.get("诊断")) is not None:
        text = _diagnosis_of(rv, body, grid)
        if text and match_label(text, DIAGNOSIS_LABELS) is None:
            _put(ex, "诊断", text, rv)
    if (rv := rows.get("科别")) is not None and (dept := "".join(_NAME_CHARS.findall(rv.text)).strip("·")):
        _put(ex, "科别", dept, rv)
    if (rv := rows.get("病历号")) is not None and (
        no := re.search(r"[0-9A-Za-z][0-9A-Za-z\-]{3,}", _compact(rv.text))
    ):
        _put(ex, _record_kind(rv.label_line.text, no.group()), no.group(), rv)
    own = match_label(rows["医师"].label_line.text, DIAGNOSIS_LABELS) if "医师" in rows else None
    # the name signed after the label on its own text first: a text further along the row may be a
    # stamp's characters ("高峰" | "市第" of the hospital's seal)
    if (rv := rows.get("医师")) is not None and (
        name := person_name(_own_value(own[1]) if own else "", longest=4) or person_name(rv.text, longest=4)
    ):
        _put(ex, "医师", name, rv)  # the signature, perhaps on the row of an unlabelled date
    elif isinstance(ex.fields.get("医师"), str) and match_label(ex.fields["医师"], DIAGNOSIS_LABELS):
        _drop(ex, "医师")  # the next printed label ("日期"), not a doctor
    if "医师" not in ex.fields and (signed := _signature_beside(body)) is not None:
        name, ln = signed
        ex.set("医师", name, ln.confidence * 0.9, ln.page, ln.box)
        ex.raw["医师"] = ln.text

    # the patient's row read left to right wins over the nearest-text pairing (which takes the line
    # below, "初步诊断", when the row is one glued text)
    def no_label(t: str) -> bool:
        return _is_no_label(t) and match_label(t, DIAGNOSIS_LABELS) is None

    if (rv := rows.get("姓名")) is not None and (name := person_name(rv.text, longest=4)) and no_label(name):
        _put(ex, "姓名", name, rv)
    elif isinstance(ex.fields.get("姓名"), str) and not no_label(str(ex.fields["姓名"])):
        _drop(ex, "姓名")
    if (rv := rows.get("性别")) is not None and (
        g := re.fullmatch(r"[男女]", _compact(rv.text).strip("：:"))
    ):
        _put(ex, "性别", g.group(), rv)
    if (rv := rows.get("年龄")) is not None and (a := _AGE.match(_compact(rv.text).strip("：:."))):
        _put(ex, "年龄", int(a.group(1)), rv)
    if (rv := rows.get("出具日期")) is not None and (issued := first_date(rv.text)) is not None:
        _put(ex, "出具日期", issued, rv)  # the date printed after its label wins over the last date seen
    else:
        # the label printed but its date read in part (a stamp over its day: "2026-04"): no day of it was
        # read (the month alone is no date of issue), and another date taken for it must agree with it
        part = _date_part(rv.text) if rv is not None else None
        if part is not None or _visit_date(ex.fields.get("出具日期"), body):
            _drop(ex, "出具日期")  # read in part, or the day of the visit an earlier pairing took
        if "出具日期" not in ex.fields:  # a date without a label, at the foot beside the doctor's name
            ordered = sorted(body, key=lambda t: (t.page, t.cy, t.box[0]))
            dated = [(ln, d) for ln in ordered if (d := first_date(ln.text)) is not None]
            if dated and (doc := rows.get("医师")) is not None and dated[-1][0].cy >= doc.label_line.box[1]:
                ln, d = dated[-1]
                if part is None or d.startswith(part):
                    ex.set("出具日期", d, ln.confidence * 0.9, ln.page, ln.box)
        if _visit_date(ex.fields.get("出具日期"), body):
            _drop(ex, "出具日期")  # the day of the visit ("于…在我院…就诊"): its own date went unread
        left = rows.get("出院日期")
        # a discharge certificate is written on the day the patient leaves: that day, less surely
        if (
            "出具日期" not in ex.fields
            and left is not None
            and (d := first_date(left.text)) is not None
            and (part is None or d.startswith(part))
        ):
            _put(ex, "出具日期", d, left, 0.8)
    _diagnosis_sentences(ex, body)
    doctor = ex.fields.get("医师")
    if isinstance(doctor, str) and (
        person_name(doctor, longest=4) is None
        or _compact(doctor) in _compact(str(ex.fields.get("医院名称", "")))
    ):
        _drop(ex, "医师")  # one character left of a name, or the hospital's words round its seal


# a sentence telling when the patient came: "于2025年3月1日在我院骨科就诊", "2025.1.8入院", "于…住院治疗"
_VISIT_SAID = re.compile(r"(?:在|到|来)(?:我|本|该)院|就诊|就医|住院|入院|门诊|治疗|复诊|手术")
_CLAUSE_END = "，,。；;"


_YEAR_MONTH = re.compile(r"((?:19|20)\d{2})\s*[年.\-/]\s*(\d{1,2})(?!\d)")


def _date_part(text: str) -> str | None:
    """The year and month of a date whose day was not read ("2026-04", "2026年4月"), as ``YYYY-MM-``."""
    m = _YEAR_MONTH.search(fold_fullwidth(text))
    if m is None or not 1 <= int(m.group(2)) <= 12:
        return None
    return f"{m.group(1)}-{int(m.group(2)):02d}-"


def _visit_date(value: Any, lines: Sequence[TextLine]) -> bool:
    """Whether the date ``value`` is written only where the certificate tells of the visit (the clause that
    holds it says when the patient came or stayed: "于…在我院就诊", "入院日期：…"), never after a label of
    the day it was issued or of the discharge (出院日期: the day a discharge certificate is written)."""
    if not isinstance(value, str):
        return False
    seen = False
    for row in group_rows(lines):
        t = fold_fullwidth(_row_line(row).text)
        for pos, d in all_dates(t):
            if d != value:
                continue
            seen = True
            before = _compact(t[max(0, pos - 8) : pos])
            if "入院" in before:
                continue
            if re.search(r"出院|出具|开具|签发|日期|时间", before):
                return False
            start = max(t.rfind(c, 0, pos) for c in _CLAUSE_END) + 1
            ends = [k for c in _CLAUSE_END if (k := t.find(c, pos)) >= 0]
            if not _VISIT_SAID.search(t[start : min(ends, default=len(t))]):
                return False
    return seen


# ---------------------------------------------------------------------------------------------
# 户口簿


HUKOU_LABELS = {
    "户别": "户别",
    "户主姓名": "户主姓名",
    "户号": "户号",
    "住址": "住址",
    "姓名": "姓名",
    "户主或与户主关系": "关系",
    "户主或与户主": "关系",  # the label wraps: "关系" on the line below
    "公民身份证件编号": "身份证号",
    "身份证件编号": "身份证号",
    "籍贯": "籍贯",
    "本市（县）其他住址": "其他住址",
    "身高": "身高",
    "血型": "血型",
    "兵役状况": "兵役状况",
    "职业": "职业",
    "何时由何地迁来本市（县）": "迁来本市",
    "何时由何地迁来本市": "迁来本市",
    "何时由何地迁来本址": "迁来本址",
    "与户主关系": "关系",
    "曾用名": "曾用名",
    "性别": "性别",
    "出生地": "出生地",
    "民族": "民族",
    "出生日期": "出生日期",
    "宗教信仰": "宗教信仰",
    "公民身份号码": "身份证号",
    "身份证号": "身份证号",
    # the number's other printed names (schemas/labels.py; older booklets print 身份证编号)
    "公民身份证号码": "身份证号",
    "身份证号码": "身份证号",
    "身份证编号": "身份证号",
    "文化程度": "文化程度",
    "婚姻状况": "婚姻状况",
    "服务处所": "服务处所",
    "承办人签章": "承办人签章",
    "登记日期": "登记日期",
    "签发日期": "签发日期",  # the 户主页's (REAL-DOCUMENTS): a value's end, like the other labels
    # the box of the police station's seal on the 户主页, printed under 住址 (REAL-DOCUMENTS: its 户口专用章)
    "户口登记机关和户口专用章": "户口登记机关",
}


# the card's labels of four characters or more, looked for inside a text too: a copy whose ruled cells came
# through only in part gives a row's cells as one text ("宋佳与户主关系配偶": the name, the next label, its value)
_HUKOU_INLINE = tuple(k for k in HUKOU_LABELS if len(_compact(k)) >= 4)


def _is_name_label(ln: TextLine) -> bool:
    m = match_label(ln.text, HUKOU_LABELS)
    return m is not None and m[0] == "姓名"


def _column_cut(band: Sequence[TextLine], left: TextLine, right: TextLine) -> float:
    """The x between two cards side by side: the middle of the widest strip between their 姓名 labels
    that no text of their rows covers (the margin between the two cards)."""
    lo, hi = left.box[2], right.box[0]
    spans = sorted((max(lo, t.box[0]), min(hi, t.box[2])) for t in band if t.box[2] > lo and t.box[0] < hi)
    best, at, x = 0.0, hi - 0.5 * right.height, lo
    for a, b in [*spans, (hi, hi)]:
        if a - x > best:
            best, at = a - x, (x + a) / 2
        x = max(x, b)
    return at


def card_blocks(lines: Sequence[TextLine]) -> list[list[TextLine]]:
    """One page's 常住人口登记卡, each as its own lines: a card starts at its own 姓名 row, printed first
    on every card; cards stacked on the page end where the next card's 姓名 row begins, cards side by side
    are cut at the empty strip between them. A page with one card (or none) is one block."""
    anchors = sorted((ln for ln in lines if _is_name_label(ln)), key=lambda t: (t.cy, t.box[0]))
    if len(anchors) < 2:
        return [list(lines)]
    rows: list[list[TextLine]] = []
    for a in anchors:
        # side by side: level within half a height, or within 4° of it (two cards photographed askew, the
        # right one's 姓名 a row lower); stacked cards stand one under the other, and keep apart
        if rows and abs(a.cy - rows[-1][0].cy) <= 0.6 * max(a.height, rows[-1][0].height) + 0.07 * abs(
            a.cx - rows[-1][0].cx
        ):
            rows[-1].append(a)
        else:
            rows.append([a])
    tops = [min(a.box[1] for a in row) - 0.6 * max(a.height for a in row) for row in rows]
    blocks: list[list[TextLine]] = []
    for i, row in enumerate(sorted(r, key=lambda t: t.box[0]) for r in rows):
        bottom = tops[i + 1] if i + 1 < len(rows) else float("inf")
        band = [ln for ln in lines if tops[i] <= ln.cy < bottom]
        cuts = [_column_cut(band, a, b) for a, b in pairwise(row)]
        edges = [float("-inf"), *cuts, float("inf")]
        blocks += [[ln for ln in band if x0 <= ln.cx < x1] for x0, x1 in pairwise(edges)]
    return blocks


def _from_number(m: dict[str, Any], c: dict[str, float], b: dict[str, list[Any]]) -> None:
    """性别 and 出生日期 a card's own cells did not give (a clerk's signature run into the cell, "董佳男"),
    from what its 公民身份证件编号 says, a little less sure: as for the ID card."""
    number = m.get("身份证号")
    if not isinstance(number, str):
        return
    try:
        info = parse_id_number(number)
    except ValueError:
        return
    conf = 0.9 * c.get("身份证号", 0.9)
    for lab, value in (("性别", info.gender), ("出生日期", info.birth_date.isoformat())):
        if lab not in m:
            m[lab], c[lab] = value, round(conf, 3)
            if "身份证号" in b:
                b[lab] = b["身份证号"]


_HEAD_DIGITS = re.compile(r"[0-9]{14,17}")
_TAIL_DIGITS = re.compile(r"[0-9XxOo]{1,4}")


def wrapped_id_number(lines: Sequence[TextLine]) -> tuple[str, float, int, Box] | None:
    """A 身份证号 that a cell too narrow for it wrapped onto a second line ("3301831977112629" over "0X"): a run
    of 14 to 17 digits and, right under its start, the short rest of digits (an X, or an O OCR read for a 0);
    together a valid number. The only one such on ``lines``, else None."""
    found: set[tuple[str, float, int, Box]] = set()
    for head in lines:
        if not _HEAD_DIGITS.fullmatch(digits := _compact(head.text)):
            continue
        h = head.height
        for tail in lines:
            rest = _compact(tail.text)
            if (
                tail is head
                or tail.page != head.page
                or not _TAIL_DIGITS.fullmatch(rest)
                or len(digits) + len(rest) != 18
                or not 0 < tail.cy - head.cy <= 1.8 * h
                or abs(tail.box[0] - head.box[0]) > 0.6 * h
            ):
                continue
            number = digits + rest.upper().replace("O", "0")
            if check_reading("身份证号", number) is None:
                found.add((number, min(head.confidence, tail.confidence), head.page, union_box(head.box, tail.box)))
    return next(iter(found)) if len({f[0] for f in found}) == 1 else None


def parted_cells(lines: Sequence[TextLine], labels: Mapping[str, str], checked: Iterable[str] = ()) -> list[TextLine]:
    """A ruled cell's text that holds several printed label/value pairs one after another, parted at the labels:
    a grid whose inner rulings a copy lost (thin lines faded, the thick frame of a band of rows kept) is found
    as one cell, its rows' texts joined ("姓名谭俊曾用名性别男民族汉族出生日期 1985年4月1日…"). A cell starting with
    a label and holding three labels or more is parted into texts that each start with one (the same box each,
    in order). One holding two is parted only when what each label would then hold is a possible value of a
    field ``checked`` knows (the label right after the first: "曾用名民族 汉族"), one of them at least: a value
    may hold a label's word ("民族路"). Other texts stay as they are."""
    keys = sorted((k for k in labels if len(_compact(k)) >= 2), key=len, reverse=True)
    rx = re.compile("|".join(re.escape(_compact(k)) for k in keys))
    known = set(checked)
    out: list[TextLine] = []
    for ln in lines:
        t = _compact(ln.text)
        found = [(m.start(), m.end(), labels.get(m.group(), m.group())) for m in rx.finditer(t)]
        if not ln.cell or len(found) < 2 or found[0][0] != 0:
            out.append(ln)
            continue
        parts = [(lab, t[a:b], t[e:b]) for (a, e, lab), b in zip(found, [*(f[0] for f in found[1:]), len(t)], strict=True)]
        if len(parts) == 2:
            said = [(lab, v) for lab, _, v in parts if v]
            if not any(lab in known for lab, _ in said) or not all(
                _possible(lab, v) for lab, v in said if lab in known
            ):
                out.append(ln)
                continue
        out += [replace(ln, text=text) for _, text, _ in parts]
    return out


def _possible(label: str, text: str) -> bool:
    value, _factor = normalise_value(label, text)
    return value is not None and check_reading(label, value) is None


def joined_upright_labels(lines: Sequence[TextLine], labels: Mapping[str, str]) -> list[TextLine]:
    """``lines`` with a two-character label set one character under the other in a narrow cell (姓 over 名,
    民 over 族) whose first character OCR read together with the value beside it ("姓 龚勇帆" | "名") read as
    the label followed by its value ("姓名 龚勇帆"), the second character's text dropped: when the two
    characters make a printed label, the second stands alone right under the first (its left within its own
    height of the text's left, its top within its height of the text's foot; or, the page's texts merged by
    ruled cell, the second alone in the cell left of the text's cell, level with it) and the text begins no
    label."""
    keys = {k for k in (_compact(k) for k in labels) if len(k) == 2}
    taken: set[int] = set()
    joined: dict[int, TextLine] = {}
    for t in lines:
        text = t.text.strip()
        if len(_compact(text)) < 2 or match_label(text, labels) is not None:
            continue
        under = [
            u
            for u in lines
            if u is not t
            and id(u) not in taken
            and u.page == t.page
            and len(c := _compact(u.text)) == 1
            and text[0] + c in keys
            and (
                # as read: right under the first character
                (u.cy > t.cy and abs(u.box[0] - t.box[0]) <= u.height and u.box[1] - t.box[3] <= u.height)
                # as ruled cells give them: the label's cell holds the second, the value's cell beside it the rest
                or (u.cell and t.cell and abs(u.cy - t.cy) <= 0.3 * t.height and 0 <= t.box[0] - u.box[2] <= u.height)
            )
        ]
        if len(under) == 1:
            u = under[0]
            taken.add(id(u))
            joined[id(t)] = TextLine(
                text[0] + _compact(u.text) + text[1:], union_box(t.box, u.box), min(t.confidence, u.confidence), t.page
            )
    return [joined.get(id(t), t) for t in lines if id(t) not in taken]


def hukou_entries(ex: Extraction, lines: Sequence[TextLine]) -> None:
    """户口簿: one 常住人口登记卡 per member, one or more to a page: its label/value pairs are a member.

    The row reading wins over the nearest-text pairing: a 姓名 whose value OCR lost must stay empty,
    not take the next printed label (曾用名) from the row below.
    """
    lines = joined_upright_labels(parted_cells(lines, HUKOU_LABELS, DOC_MEMBER_FIELDS["户口簿"]), HUKOU_LABELS)
    pages = sorted({ln.page for ln in lines})
    for card in (blk for page in pages for blk in card_blocks([ln for ln in lines if ln.page == page])):
        rd = pair_labels(card, wanted=set(MEMBER_LABELS.values()))
        rows = row_values(card, HUKOU_LABELS)
        if not any(misread_label_inside(rv.text, HUKOU_LABELS) for rv in rows.values()):
            # a label glued inside a value's text, printed as it is; one misread there is parted further on
            rows = row_values(card, HUKOU_LABELS, inline=_HUKOU_INLINE)
        texts: dict[str, tuple[str, float, int, Box]] = {
            lab: (str(r.value), r.confidence, r.page, r.box) for lab, r in rd.items()
        }
        for lab, rv in rows.items():
            texts[lab] = (rv.text, rv.confidence, rv.page, rv.box)
        if "关系" in texts:  # the wrapped label's second line read before the value
            text, conf, pg, box = texts["关系"]
            texts["关系"] = (re.sub(r"^关系[:：]?", "", _compact(text)), conf, pg, box)
        for lab, (text, *_rest) in list(texts.items()):
            if not text or match_label(text, HUKOU_LABELS) is not None or _label_part(text) is not None:
                del texts[lab]
        _part_at_misread_labels(texts)
        if "身份证号" not in texts or check_reading("身份证号", normalise_id_number(texts["身份证号"][0])):
            # the card's number without its label: the only valid 身份证号 printed on the card
            found = {
                (hit.group().upper(), ln.confidence, ln.page, ln.box)
                for ln in card
                for hit in _ID_RUN.finditer(normalise_id_number(ln.text))
                if check_reading("身份证号", hit.group()) is None
            }
            if len({f[0] for f in found}) == 1:
                texts["身份证号"] = next(iter(found))
            elif not found and (wrapped := wrapped_id_number(card)) is not None:
                texts["身份证号"] = wrapped
        for lab in DOC_MEMBER_FIELDS["户口簿"]:
            # a card printing its labels over their values (姓名 | 户主或与户主关系 above name | relation)
            if not texts.get(lab) and (under := _value_under_label(card, lab)) is not None:
                texts[lab] = (under.text, 0.95 * under.confidence, under.page, under.box)
        _name_before_unread_label(rows, texts)
        if not texts.get("姓名"):
            _name_by_relation(card, rows, texts)
        if "民族" not in texts:
            # its label misread past knowing ("氏族"): the card's one text that is an ethnic group ("满族")
            groups = [ln for ln in card if _compact(ln.text).removesuffix("族") in ETHNIC_GROUPS]
            if len(groups) == 1:
                g = groups[0]
                texts["民族"] = (_compact(g.text), 0.9 * g.confidence, g.page, g.box)
        # a card is a member when it names the person and says one more thing of them; a number OCR
        # misread (a wrong check digit) stays in the row for the gate to send to review
        if not texts.get("姓名") or not {"身份证号", "关系", "性别", "出生日期"} & set(texts):
            continue
        m: dict[str, Any] = {}
        c: dict[str, float] = {}
        b: dict[str, list[Any]] = {}
        for lab in DOC_MEMBER_FIELDS["户口簿"]:
            if lab in texts:
                text, conf, pg, box = texts[lab]
                value, f = normalise_value(lab, text)
                if value is not None:
                    m[lab], c[lab] = value, round(conf * f, 3)
                    b[lab] = [pg, [round(v) for v in box]]
        check_member(m, c)
        _from_number(m, c, b)
        ex.members.append(m)
        ex.member_confidence.append(c)
        ex.member_boxes.append(b)
    for lab in ("户主姓名", "住址"):
        if _printed_label(str(ex.raw.get(lab, ex.fields.get(lab, "")))):
            _drop(ex, lab)  # the next label of a row of labels printed over their values (户主姓名 | 户号)
    head = ex.fields.get("户主姓名")
    if isinstance(head, str) and person_name(head) is None:
        _drop(ex, "户主姓名")  # an address or a label read for the 户主's name: not a name
    if "住址" not in ex.fields and (addr := _value_under_label(lines, "住址")) is not None:
        _put(ex, "住址", _compact(addr.text), addr, 0.95)
    if "住址" not in ex.fields and (addr := _spaced_head_address(lines)) is not None:
        _put(ex, "住址", _compact(addr.text), addr)
    _address_to_next_label(ex)
    if "户主姓名" not in ex.fields:
        _head_from_register(ex, lines)
    _householder_relation(ex)


# the last character of a label spaced out along its row ("住　　址："), its colon after it: the label whose lone
# first character OCR lost (a character standing apart is often no text to the detector), the value after it
# (its colon lost too when a place's name follows: "址湖南省…")
_LABEL_TAIL = re.compile(r"^址(?:[:：]|(?=[\u4e00-\u9fa5]{2,8}?[省市区县]))(.+)$")


def _spaced_head_address(lines: Sequence[TextLine]) -> RowValue | None:
    """The 户主页's 住址 printed as a "label：value" line, the label spaced out ("住　　址：…") and read one character
    a text ("住" | "址：湖南省…") or with its lone first character lost ("址：湖南省…"), the address wrapped under
    its own first character onto the next rows ("…5单元2" | "01室") down to the next printed label."""
    joined = joined_spaced_labels(lines, HUKOU_LABELS)
    for ln in sorted(joined, key=lambda t: (t.page, t.cy)):
        m = match_label(ln.text, HUKOU_LABELS)
        tail = _LABEL_TAIL.match(_compact(ln.text)) if m is None else None
        rest = m[1] if m is not None and m[0] == "住址" else tail.group(1) if tail else ""
        if not rest.strip():
            continue
        text, used = _address_block(ln, rest, [t for t in joined if t.page == ln.page], HUKOU_LABELS)
        conf = min((t.confidence for t in (ln, *used)), default=ln.confidence) * (1.0 if m else 0.9)
        box = ln.box
        for t in used:
            box = union_box(box, t.box)
        return RowValue("住址", text, conf, ln.page, box, ln, [ln, *used])
    return None


def _address_to_next_label(ex: Extraction) -> None:
    """The 户主页's 住址 ends where a printed label of the booklet starts inside it: the address's box run on into
    the row under it (rulings a copy lost, or a skewed page's rows read as one cell) read the next row's label
    and values after the address ("…202室户口登记机关和户口专用章承办人签章蒋燕"). Labels of four characters or more,
    found after the address's first characters; a little less sure."""
    addr = ex.fields.get("住址")
    if not isinstance(addr, str):
        return
    t = _compact(addr)
    keys = [_compact(k) for k in HUKOU_LABELS if len(_compact(k)) >= 4]
    at = min((i for k in keys if (i := t.find(k, 2)) > 0), default=None)
    if at is None:
        return
    ex.fields["住址"] = t[:at]
    ex.lower("住址", 0.9)


def _label_part(text: str) -> str | None:
    """Whether ``text`` is one line of a long label wrapped in its cell ("户主或与" | "户主关系" of 户主或与户主关系,
    "公民身份" of 公民身份证件编号): three characters or more that begin ("head") or end ("tail") a label of six
    or more, two short of it at least; else None."""
    t = _compact(text)
    if len(t) < 3:
        return None
    long = [k for k in HUKOU_LABELS if len(k) >= max(6, len(t) + 2)]
    if any(k.startswith(t) for k in long):
        return "head"
    return "tail" if any(k.endswith(t) for k in long) else None


def misread_label_inside(text: str, labels: Mapping[str, str], shortest: int = 6) -> tuple[int, int, str] | None:
    """(start, end, canonical label) of a long printed label inside ``text`` (compact) with at most one
    character misread ("邱婷玲尸主或与户主关系户主": 户主或与户主关系 with 户 read 尸, the name before it, the
    relation after it); long labels only, whose other characters alone say which label it is."""
    for key in sorted(labels, key=len, reverse=True):
        printed = _compact(key)
        n = len(printed)
        if n < shortest:
            continue
        for i in range(1, len(text) - n + 1):
            if sum(a != b for a, b in zip(text[i : i + n], printed, strict=True)) <= 1:
                return i, i + n, labels[key]
    return None


def _part_at_misread_labels(texts: dict[str, tuple[str, float, int, Box]]) -> None:
    """A card's value that runs on into the next printed label, OCR having misread one of its characters
    (so the row was not parted there): the value ends where the label starts, and what follows the label is
    that label's value when the card gave it none."""
    for lab, (text, conf, pg, box) in list(texts.items()):
        t = _compact(text)
        hit = misread_label_inside(t, HUKOU_LABELS)
        if hit is None:
            continue
        start, end, other = hit
        texts[lab] = (t[:start], conf, pg, box)
        if other != lab and not texts.get(other) and t[end:].strip("：:"):
            texts[other] = (t[end:].strip("：:"), conf * 0.9, pg, box)


def _householder_relation(ex: Extraction) -> None:
    """关系 of the card whose relation OCR lost, when it names the 户主页's 户主 and no card is the 户主's:
    that card is the 户主's own (户主), a little less sure than the name it rests on."""
    head = ex.fields.get("户主姓名")
    if not isinstance(head, str) or any(m.get("关系") == "户主" for m in ex.members):
        return
    same = [i for i, m in enumerate(ex.members) if m.get("姓名") == head]
    if len(same) == 1 and "关系" not in ex.members[same[0]]:
        i = same[0]
        ex.members[i]["关系"] = "户主"
        if i < len(ex.member_confidence):
            conf = min(ex.confidence.get("户主姓名", 0.9), ex.member_confidence[i].get("姓名", 0.9))
            ex.member_confidence[i]["关系"] = round(0.85 * conf, 3)


_KINSHIP = set("本人户主配偶妻夫丈子女儿长次三四五六幼养继父母亲孙外祖曾兄弟姐妹媳婿岳公婆伯叔姑舅姨侄甥嫂")


def _kinship(text: str) -> bool:
    """Whether ``text`` is a relation as a register card writes it (户主, 配偶, 长子, 孙女 …)."""
    t = _compact(text)
    return 2 <= len(t) <= 4 and set(t) <= _KINSHIP


def _name_by_relation(
    card: Sequence[TextLine], rows: Mapping[str, RowValue], texts: dict[str, tuple[str, float, int, Box]]
) -> None:
    """The name of a card whose 姓名 label OCR lost or misread past knowing: the register card prints the
    person's name and relation in one row (姓名 | name | 户主或与户主关系 | relation), so the name is the
    nearest name-like text left of the relation (its label when read, else its value: the card's
    topmost kinship word). A printed label met on the way ends the search (the 姓名 cell is empty);
    a relation found so, not read by its label, is the card's 关系 too."""
    rel = rows.get("关系")
    anchor = rel.label_line if rel is not None else None
    if anchor is None:
        if not {"身份证号", "性别", "出生日期"} & set(texts):
            return  # a kinship word alone is no card (a 户主页 printing 户主 as a label)
        kin = sorted((t for t in card if _kinship(t.text)), key=lambda t: t.cy)
        if not kin:
            return
        anchor = kin[0]
    band, limit = (anchor.box[1], anchor.box[3]), anchor.box[0]
    passed: set[int] = set()
    while (t := _left_of(card, anchor, band, passed, limit)) is not None:
        passed.add(id(t))
        limit = min(limit, t.box[2])
        text = _compact(t.text)
        if (part := _label_part(text)) is not None:
            # a line of the relation's label wrapped in its cell (户主或与 | 户主关系): the row is the
            # cell's height, the label's two lines (a skewed copy's name stands level with their middle)
            if part == "head":
                band = (min(band[0], t.box[1]), max(band[1], t.box[3] + t.height))
            else:
                band = (min(band[0], t.box[1] - t.height), max(band[1], t.box[3]))
            continue
        if match_label(text, HUKOU_LABELS) is not None or label_of(text) is not None:
            return
        name = person_name(text, longest=4)
        if (
            name is None
            or name != text
            or _kinship(name)
            or set(name) & set("姓名")
            or name in ROLE_WORDS
            or re.search(r"户口?$", name)  # a 户别 (家庭户, 集体户, 农业家庭户口)
        ):
            continue  # a label OCR garbled past matching ("户主成与户主美第"), a stamp's word
        texts["姓名"] = (name, 0.85 * t.confidence, t.page, t.box)
        if rel is None and "关系" not in texts:
            texts["关系"] = (_compact(anchor.text), 0.85 * anchor.confidence, anchor.page, anchor.box)
        return


def _apart(a: TextLine, b: TextLine) -> bool:
    """Whether ``b``, after ``a`` on its row, stands apart from it: its own ruled cell, or a gap of a character's
    height at least."""
    return (a.cell and b.cell) or b.box[0] - a.box[2] >= min(a.height, b.height)


def _first_text(rv: RowValue) -> tuple[str, TextLine] | None:
    """The first text of a row's value (the label's own text's rest when the value was read with it), when
    the value is of two texts or more and the second stands apart from it; else None."""
    if len(rv.lines) < 2:
        return None
    first = rv.lines[0]
    own = match_label(first.text, HUKOU_LABELS) if first is rv.label_line else None
    text = _compact(own[1] if own is not None else first.text)
    return (text, first) if text and _apart(first, rv.lines[1]) else None


def _name_before_unread_label(rows: Mapping[str, RowValue], texts: dict[str, tuple[str, float, int, Box]]) -> None:
    """The 姓名 row's value run on past the name into the next cells: the relation's label, OCR having
    misread it past knowing (its two wrapped lines read as one text, "产主支", "户主成与"), did not end it, and
    the name, the label's garbled words and the relation came as one value ("钟勇宁产主支户主", no name). The
    register card prints 姓名 | name | 户主或与户主关系 | relation on one row, so when the value is no name, or
    ends in a text that is a relation, and its first text alone is a name, apart from the texts after it (its
    own ruled cell, or a gap of a character's height at least), that text is the name. The card's 关系, when it has none that is a common
    relation word (GB/T 4761: the label read with a character of the relation, "户主或与户户" | "主"; the
    relation's cell run on into a cell under it, "儿子2020年10月3日…"): its own row's first text when that alone is
    one and stands apart, else the name row's last text when it is one and the row's first text is the card's
    name; a little less sure."""
    rv = rows.get("姓名")
    said = texts.get("姓名")
    first = _first_text(rv) if rv is not None else None
    if rv is not None and said is not None and first is not None:
        name, ln = first
        if (
            person_name(name, longest=4) == name
            and not _kinship(name)
            and _possible("姓名", name)
            # the value no name, or one that ran on into the relation's cell ("郭波主与儿子", or cut at a label
            # misread with a character of the name's cell: "雷娟产")
            and (not _possible("姓名", _compact(said[0])) or _common_relation(_compact(rv.lines[-1].text)))
        ):
            texts["姓名"] = (name, 0.9 * ln.confidence, ln.page, ln.box)
    rel = texts.get("关系")
    if rel is not None and _common_relation(_compact(rel[0])):
        return
    if (own := rows.get("关系")) is not None and (head := _first_text(own)) is not None:
        value, ln = head
        if _common_relation(value):
            texts["关系"] = (value, 0.85 * ln.confidence, ln.page, ln.box)
            return
    named = texts.get("姓名")
    if rv is None or first is None or named is None or _compact(named[0]) != first[0]:
        return
    last = rv.lines[-1]
    value = _compact(last.text)
    if _common_relation(value):
        texts["关系"] = (value, 0.85 * last.confidence, last.page, last.box)


def _common_relation(text: str) -> bool:
    """Whether ``text`` is a relation word as registers write them most (GB/T 4761: 户主, 本人, 配偶, 儿子 …)."""
    return text in RELATIONS or text in ("户主", "本人")


def _left_of(
    card: Sequence[TextLine], anchor: TextLine, band: tuple[float, float], passed: set[int], limit: float
) -> TextLine | None:
    """The nearest text left of ``limit`` on ``anchor``'s row (overlapping ``band`` by half its height at
    least), within the card's left half, not yet ``passed``."""
    h = anchor.height
    width = max(t.box[2] for t in card) - min(t.box[0] for t in card)
    row = [
        t
        for t in card
        if t is not anchor
        and id(t) not in passed
        and min(t.box[3], band[1]) - max(t.box[1], band[0]) >= 0.5 * min(t.height, h)
        and t.box[2] <= limit + 0.3 * h
        and anchor.box[0] - t.box[2] <= 0.6 * width  # within the card: its left half
    ]
    return max(row, key=lambda t: t.box[2], default=None)


def _printed_label(text: str) -> bool:
    """Whether ``text`` is a printed label of the booklet or of the schema, with no value after it."""
    m = match_label(text, HUKOU_LABELS)
    return bool(text.strip()) and ((m is not None and not m[1]) or label_of(text) is not None)


def _value_under_label(lines: Sequence[TextLine], label: str) -> RowValue | None:
    """The value printed under a label that stands alone in its cell, where the 户主页 prints a row of
    labels over a row of values (户别 | 户主姓名 | 户号 above 家庭户 | name | number): the text right below
    it, unless that is another printed label (an empty value cell)."""
    for ln in sorted(lines, key=lambda t: (t.page, t.cy)):
        m = match_label(ln.text, HUKOU_LABELS)
        if m is None or m[0] != label or m[1]:
            continue
        below = value_below(ln, [t for t in lines if t.page == ln.page])
        if below is None or _printed_label(below.text):
            continue
        return RowValue(label, below.text, below.confidence, below.page, below.box, ln, [below])
    return None


def _head_from_register(ex: Extraction, lines: Sequence[TextLine]) -> None:
    """户主姓名 the generic pairing missed: its row on the 户主页 (the label with one character misread,
    "户王姓名"), else the name printed under its label (labels over values), else the name on the register
    card whose 户主或与户主关系 is 户主 (a booklet's 户主页 and the 户主's own card name the same person), a
    little less sure."""
    for page in sorted({ln.page for ln in lines}):
        rv = row_values([ln for ln in lines if ln.page == page], HUKOU_LABELS).get("户主姓名")
        if rv is not None and (name := person_name(_compact(rv.text), longest=4)) is not None:
            _put(ex, "户主姓名", name, rv)
            return
    rv = _value_under_label(lines, "户主姓名")
    if rv is not None and (name := person_name(_compact(rv.text), longest=4)) == _compact(rv.text):
        _put(ex, "户主姓名", name, rv, 0.95)
        return
    for i, m in enumerate(ex.members):
        if m.get("关系") == "户主" and isinstance(m.get("姓名"), str) and person_name(m["姓名"]) is not None:
            conf = ex.member_confidence[i].get("姓名", 0.9) if i < len(ex.member_confidence) else 0.9
            box = ex.member_boxes[i].get("姓名") if i < len(ex.member_boxes) else None
            ex.set("户主姓名", m["姓名"], 0.9 * conf, *(box or (None, None)))
            ex.raw["户主姓名"] = m["姓名"]
            return


# ---------------------------------------------------------------------------------------------
# 公示证明: a unit's letter, a notice listing several households, or a table of the notice's facts


# REAL-DOCUMENTS.md: 公示对象 (names), 公示时间 from–to, 公示结果; the seeds' notices head their lists
# 职工姓名 / 申请人 and write "公示期为 … 至 …", "公示期自 … 至 …"
PUBLICITY_LABELS = {
    "公示对象": "姓名",
    "公示人员": "姓名",
    "公示对象姓名": "姓名",
    "申请人": "姓名",
    "申请人姓名": "姓名",
    "职工姓名": "姓名",
    "困难职工姓名": "姓名",
    "姓名": "姓名",
    "公示时间": "公示期",
    "公示期": "公示期",
    "公示期间": "公示期",
    "公示期限": "公示期",
    "公示日期": "公示期",
    "公示起止时间": "公示期",
    "公示起止日期": "公示期",
    "起止时间": "公示期",
    "起止日期": "公示期",
    "公示开始时间": "公示期起",
    "公示开始日期": "公示期起",
    "公示起始日期": "公示期起",
    "公示起始时间": "公示期起",
    "开始时间": "公示期起",
    "开始日期": "公示期起",
    "起始日期": "公示期起",
    "起始时间": "公示期起",
    "公示结束时间": "公示期止",
    "公示结束日期": "公示期止",
    "公示截止日期": "公示期止",
    "公示截止时间": "公示期止",
    "公示终止日期": "公示期止",
    "公示终止时间": "公示期止",
    "结束时间": "公示期止",
    "结束日期": "公示期止",
    "截止日期": "公示期止",
    "截止时间": "公示期止",
    "终止日期": "公示期止",
    "终止时间": "公示期止",
    "公示结果": "结果",
    "结果": "结果",
    "公示情况": "结果",
    "群众意见": "结果",
    "异议情况": "结果",
    "反馈意见": "结果",
}

_YMD = r"((?:19|20)\d{2})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*[日号]?"
# the second date of a range may leave out its year, or its year and month ("1月23日至29日")
_RANGE = re.compile(
    _YMD + r"\s*(?:起)?\s*(?:至|到|—|－|-|~|～|―|一)+\s*"
    r"(?:(?:((?:19|20)\d{2})\s*[年.\-/]\s*)?(\d{1,2})\s*[月.\-/]\s*)?(\d{1,2})\s*[日号]?(?!\d)"
)


_EIGHT_DIGITS = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])(?![0-9])")
# one separator of two dropped by OCR: "2023.0709", "202308.30"
_MONTH_DAY_JOINED = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})[.\-/年](0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])(?![0-9])"
)
_YEAR_MONTH_JOINED = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(0[1-9]|1[0-2])[.\-/月]([0-9]{1,2})(?![0-9])")
# a date whose dash OCR read as an equals sign ("2026-08=01", "2025=11=03")
_DASH_AS_EQUALS = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})[\-=]([0-9]{1,2})[\-=]([0-9]{1,2})(?![0-9])")


# a date in Chinese numerals, its year left out when it ends a range ("二〇二五年三月五日至三月十一日")
_CN_DAY = re.compile(
    r"(?:([〇○零O一二三四五六七八九]{4})年)?([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})[日号]"
)


def _digits_for_numerals(text: str) -> str:
    """Dates in Chinese numerals written in digits ("二〇二五年三月五日" → "2025年3月5日")."""

    def one(m: re.Match[str]) -> str:
        try:
            year = "".join(str(CN_DIGITS[c]) for c in m.group(1)) + "年" if m.group(1) else ""
            return f"{year}{_cn_number(m.group(2))}月{_cn_number(m.group(3))}日"
        except KeyError:
            return m.group()

    return _CN_DAY.sub(one, text)


def _mended_dates(text: str) -> str:
    """``text`` compacted, its dates given back the separators OCR dropped ("20220316", "2023.0709",
    "202308.30" → "2022-03-16" …) and those in Chinese numerals written in digits; a dash read as 一
    between two dates stays for ``_RANGE`` to take."""
    t = _EIGHT_DIGITS.sub(r"\1-\2-\3", _digits_for_numerals(_compact(text)))
    t = _DASH_AS_EQUALS.sub(r"\1-\2-\3", t)
    t = _MONTH_DAY_JOINED.sub(r"\1-\2-\3", t)
    return _YEAR_MONTH_JOINED.sub(r"\1-\2-\3", t)


def date_ranges(text: str) -> list[tuple[int, str, str]]:
    """Every "from … to …" of two dates in ``text``: (where it starts in the compacted text, start, end
    as ``YYYY-MM-DD``); the later date is completed from the first when it leaves out its year or
    month, and a range whose end is before its start is none."""
    t = _mended_dates(text)  # "20220316": OCR dropped the separators
    out = []
    for m in _RANGE.finditer(t):
        y1, m1, d1, y2, m2, d2 = m.groups()
        try:
            a = date(int(y1), int(m1), int(d1))
            b = date(int(y2 or y1), int(m2 or m1), int(d2))
        except ValueError:
            continue
        if b >= a:
            out.append((m.start(), a.isoformat(), b.isoformat()))
    return out


# a period written without its year ("公示期为3月5日至3月11日"): the notice's signed date gives the year
_YEARLESS = re.compile(
    r"(?<![0-9年.\-/])(\d{1,2})月(\d{1,2})[日号]?起?(?:至|到|—|－|-|~|～|―|一)+(?:(\d{1,2})月)?(\d{1,2})[日号]"
)


def yearless_range(text: str, cue: str = "") -> tuple[str, str] | None:
    """A range of month and day in ``text`` (the one after ``cue`` if any), its year that of the latest full
    date printed (the date a notice was signed, on or after its period), a year earlier when the period
    would otherwise end after it."""
    t = _mended_dates(text)
    signed = max((d for _pos, d in all_dates(t)), default=None)
    if signed is None:
        return None
    last = date.fromisoformat(signed)
    found = list(_YEARLESS.finditer(t))
    near = [m for m in found if cue and cue in t[max(0, m.start() - 12) : m.start()]]
    for m in near or found:
        m1, d1, m2, d2 = m.groups()
        for year in (last.year, last.year - 1):
            try:
                a = date(year, int(m1), int(d1))
                b = date(year, int(m2 or m1), int(d2))
                if b < a:
                    b = date(year + 1, b.month, b.day)
            except ValueError:
                break
            if b <= last:
                return a.isoformat(), b.isoformat()
    return None


# a period given by its first day and its length ("自2025年3月5日起公示7天", "从…起公示一周", "5个工作日")
_FOR = re.compile(
    _YMD + r"\s*起?[，,]?\s*(?:在[\u4e00-\u9fa5]{0,10})?(?:进行)?(?:公示|为期)(?:期为|期|时间为|为)?"
    r"\s*([0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*(个工作日|天|日|周)"
)


def period_for(text: str) -> tuple[str, str] | None:
    """The period of "from a day, for so long": the last day counted in (7 days from the 5th end on the
    11th), a week 7 days, working days skipping Saturdays and Sundays."""
    m = _FOR.search(_mended_dates(text))
    if m is None:
        return None
    try:
        start = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        n = int(m.group(4)) if m.group(4).isdigit() else _cn_number(m.group(4))
    except (KeyError, ValueError):
        return None
    if not 1 <= n <= 31:
        return None
    unit = m.group(5)
    if unit == "个工作日":
        end, left = start, n - (start.weekday() < 5)
        while left > 0:
            end = date.fromordinal(end.toordinal() + 1)
            left -= end.weekday() < 5
    else:
        end = date.fromordinal(start.toordinal() + (7 * n if unit == "周" else n) - 1)
    return start.isoformat(), end.isoformat()


def date_range(text: str, cue: str = "") -> tuple[str, str] | None:
    """The range of ``text`` that follows ``cue`` closely (within 12 characters), else its first range."""
    found = date_ranges(text)
    t = _mended_dates(text)
    near = [r for r in found if cue and cue in t[max(0, r[0] - 12) : r[0]]]
    if not (near or found):
        return None
    best = (near or found)[0]
    return best[1], best[2]


_OBJECTION = ("无异议", "有异议")
# "没有异议", "未收到异议", "无人提出异议": the period ended with no objection
_NO_OBJECTION = re.compile(
    r"无异议|(?:没有|并无|均无)(?:任何)?人?(?:收到|接到|提出|发现)?[^。，,；;]{0,6}?(?:异议|不同意见|意见|举报)"
    r"|未(?:收到|接到|有人提出|有人|发现|提出)[^。，,；;]{0,8}(?:异议|反映|意见|举报)|无人(?:提出)?(?:异议|反映|不同意见)"
    r"|(?<![如若])无(?:任何)?(?:不同)?意见"
)
# "有异议" as the result, not the notice's instruction ("如有异议，请…", "对公示情况有异议的")
_OBJECTED = re.compile(r"(?<![如若凡没])有异议(?![的者，,请])")


def publicity_result(text: str) -> str | None:
    """无异议 / 有异议 from a result cell or the notice's sentences: the ticked option where options are
    printed with boxes, else what the text says happened."""
    t = _compact(text)
    ticked = ticked_in_text(t, _OBJECTION)
    if ticked is not None and len(ticked) == 1:
        return ticked[0]
    if _NO_OBJECTION.search(t):
        return "无异议"
    return "有异议" if _OBJECTED.search(t) else None


# words that end a notice's title or sentence right after the household's name
_PUBLICITY_NAME = (
    re.compile(r"关于(?:对)?([\u4e00-\u9fa5·]{2,5}?)(?:同志)?(?:等\d*[名户人位]?|同志|家庭|职工家庭)"),
    re.compile(
        r"(?:兹有|兹证明)?(?:我|本)单位(?:职工)?([\u4e00-\u9fa5·]{2,5}?)(?:同志)?(?:职工家庭|家庭|申请|同志)"
    ),
    re.compile(r"职工([\u4e00-\u9fa5·]{2,5}?)(?:同志|申请|家庭)"),
    # "对王秀英同志申报…进行了公示", "拟将赵丽同志确定为困难职工建档对象"
    re.compile(r"(?:对|将)([\u4e00-\u9fa5·]{2,5}?)同志"),
    # "现将王强家庭困难情况予以公示", "对李红家庭的申请": the household by its applicant's name
    re.compile(r"(?:对|将)(?:职工)?([\u4e00-\u9fa5·]{2,4}?)家庭"),
    re.compile(r"拟将([\u4e00-\u9fa5·]{2,4}?)(?:同志)?(?:确定|列为|认定|纳入)"),
)
_NOT_A_NAME = (
    "职工",
    "困难",
    "单位",
    "工会",
    "申请",
    "家庭",
    "公示",
    "同志",
    "建档",
    "救助",
    "帮扶",
    "对象",
    "姓名",
    "本人",
    "自愿",
    "个人",
    "特此",
    "证明",
    "名单",
    "以上",
    "合计",
    "说明",
    "监督",
    "电话",
    "附件",
    # who a worker's people are, not who they are called ("职工家属申请…", "职工子女申请助学", "职工代表")
    "家属",
    "子女",
    "配偶",
    "代表",
    "群众",
)


def _plain_name(text: str) -> str | None:
    name = person_name(text, longest=4)
    if name is None or any(w in name for w in _NOT_A_NAME) or label_of(name) is not None:
        return None
    return name


def _named_in_sentences(lines: Sequence[TextLine]) -> tuple[str, TextLine] | None:
    """The household a notice's title or sentence names ("关于徐桂等困难职工建档的公示", "兹有我单位职工
    邓佳雪申请…", "本单位王芳职工家庭申请…"): on one OCR line, or on its row read as one line."""
    ordered = sorted(lines, key=lambda t: (t.page, t.cy, t.box[0]))
    rows = [_row_line(r) for r in group_rows(ordered)]
    # a sentence wrapped after the words before the name ("兹有我单位职工" | "尹德胜申请…"): two rows as one
    wrapped = [
        TextLine(a.text + b.text, union_box(a.box, b.box), min(a.confidence, b.confidence), a.page)
        for a, b in pairwise(rows)
        if a.page == b.page
    ]
    for ln in [*ordered, *(_row_line(r) for r in group_rows(ordered) if len(r) <= 3), *wrapped]:
        t = _compact(_BLANKS.sub("", ln.text))
        for rx in _PUBLICITY_NAME:
            for m in rx.finditer(t):
                if (name := _plain_name(m.group(1))) is not None:
                    return name, ln
    return None


_BLANKS = re.compile(r"[_＿]+")


def _listed_names(label: TextLine, lines: Sequence[TextLine]) -> list[tuple[str, TextLine]]:
    """The names listed under a 姓名 column header: one per row, as long as the rows hold names."""
    out = []
    for t in column_below(label, lines):
        if match_label(t.text, PUBLICITY_LABELS) is not None or re.search(r"[。，,；;]", t.text):
            break  # the next label, or the sentence under the list ("特此证明。")
        if (name := _plain_name(t.text)) is not None:
            out.append((name, t))
    return out


_LIST_SEP = re.compile(r"[、，,；;/\s]+")


def publicity_candidates(lines: Sequence[TextLine]) -> list[tuple[str, TextLine]]:
    """The households a notice lists when it lists several, each with the text it was read from: the
    names under a 姓名 / 申请人 / 公示对象 column header (one per row), or names after such a label on one
    line ("公示对象：汤志勇、黎小梅、戴国庆"). Which of them is this archive's household the notice does
    not say; the household's own papers do (``pipeline.settle_household``). Fewer than two: none."""
    out: dict[str, TextLine] = {}
    for ln in sorted(lines, key=lambda t: (t.page, t.cy, t.box[0])):
        m = match_label(ln.text, PUBLICITY_LABELS)
        if m is None or m[0] != "姓名":
            continue
        rest = _BLANKS.sub("", m[1]).strip(" \u3000：:")
        if not rest:
            for name, t in _listed_names(ln, lines):
                out.setdefault(name, t)
            continue
        parts = [p for p in _LIST_SEP.split(_NOTE.sub("", fold_fullwidth(rest)).rstrip("。等")) if p]
        names = [n for p in parts if (n := _plain_name(p)) is not None and n == p]
        if len(names) >= 2 and len(names) == len(parts):
            for name in names:
                out.setdefault(name, ln)
    if len(out) < 2:
        out = dict(_listed_in_sentences(lines))
    return list(out.items()) if len(out) >= 2 else []


# names listed in a sentence, apart by 、, after the words that introduce them ("拟将黄丽娟、周志伟、马红梅等3名职工
# 确定为…", "对张三、李四同志…", "名单如下：…", minutes' "同意袁琳、吴丹敏列为…")
_LISTED_IN_SENTENCE = re.compile(
    r"(?:拟将|将|对|同意|名单[:：]?|如下[:：]?|职工|对象[:：]?)((?:[\u4e00-\u9fa5·]{2,4}、)+[\u4e00-\u9fa5·]{2,4}?)"
    r"(?=等|同志|列为|确定为|纳入|[，。,；;]|$)"
)


def _listed_in_sentences(lines: Sequence[TextLine]) -> list[tuple[str, TextLine]]:
    ordered = sorted(lines, key=lambda t: (t.page, t.cy, t.box[0]))
    rows = [_row_line(r) for r in group_rows(ordered)]
    for ln in [*ordered, *rows]:
        for m in _LISTED_IN_SENTENCE.finditer(_compact(ln.text)):
            parts = m.group(1).split("、")
            names = [n for p in parts if (n := _plain_name(p)) is not None and n == p]
            if len(names) >= 2 and len(names) == len(parts):
                return [(n, ln) for n in names]
    return []


def _publicity_name(ex: Extraction, lines: Sequence[TextLine], rows: Mapping[str, RowValue]) -> None:
    """Whose notice it is: the name its title or sentence gives; else the one name its 公示对象 / 姓名
    cell holds; a list of several households without such a sentence names nobody for certain."""
    rv = rows.get("姓名")
    listed = _listed_names(rv.label_line, lines) if rv is not None else []
    said = _named_in_sentences(lines)
    if said is not None:
        name, ln = said
        # "关于X等…的公示" over a list of several households names the notice, perhaps not this archive's
        # household: a reviewer confirms it
        factor = 0.95 if len(listed) <= 1 else 0.6
        ex.set("姓名", name, ln.confidence * factor, ln.page, ln.box)
        ex.raw["姓名"] = ln.text
        return
    if (
        rv is not None
        and len(listed) <= 1
        and (own := value_name(rv)) is not None
        and _plain_name(own) is not None
    ):
        _put(ex, "姓名", own, rv)
    elif len(listed) == 1:
        name, ln = listed[0]
        ex.set("姓名", name, ln.confidence, ln.page, ln.box)
    else:
        _drop(ex, "姓名")  # the generic pairing's first row of a list, or a label


def read_publicity(ex: Extraction, lines: Sequence[TextLine]) -> None:
    """公示证明 in any printing: a letter ("公示期为…至…，结果无异议"), a notice with a list of households,
    or a table of label and value cells (value right of or below its label)."""
    rows = labelled_values(lines, PUBLICITY_LABELS)
    _publicity_name(ex, lines, rows)
    period = date_range(rows["公示期"].text) if "公示期" in rows else None
    if period is None and "公示期起" in rows and "公示期止" in rows:
        a, b = first_date(rows["公示期起"].text), first_date(rows["公示期止"].text)
        period = (a, b) if a and b and a <= b else None
    src = rows.get("公示期") or rows.get("公示期起")
    text = "".join(_row_line(r).text for r in group_rows(lines))
    if period is None:
        period, src = (
            date_range(text, cue="公示") or yearless_range(text, cue="公示") or period_for(text),
            None,
        )
    if period is not None:
        for label, value in zip(("公示期起", "公示期止"), period, strict=True):
            _put(ex, label, value, src)
    result = publicity_result(rows["结果"].text) if "结果" in rows else None
    if result is not None:
        _put(ex, "结果", result, rows["结果"])
    elif (found := publicity_result(text)) is not None:
        ex.set("结果", found, min((ln.confidence for ln in lines), default=0.9) * 0.95)
    else:
        _drop(ex, "结果")


# ---------------------------------------------------------------------------------------------
# 劳动合同: the first page names 甲方 (用人单位) and 乙方 (劳动者) and the term, as sentences or a table


CONTRACT_LABELS = {
    "甲方": "用人单位",
    "甲方（用人单位）": "用人单位",
    "甲方名称": "用人单位",
    "甲方（用人单位）名称": "用人单位",
    "用人单位": "用人单位",
    "用人单位名称": "用人单位",
    "单位名称": "用人单位",
    "乙方": "姓名",
    "乙方（劳动者）": "姓名",
    "乙方（职工）": "姓名",
    "乙方姓名": "姓名",
    "乙方（劳动者）姓名": "姓名",
    "劳动者": "姓名",
    "劳动者姓名": "姓名",
    "职工姓名": "姓名",
    "姓名": "姓名",
    "合同期限": "合同期限",
    "劳动合同期限": "合同期限",
    "合同期": "合同期限",
    "起始日期": "合同起始",
    "合同起始日期": "合同起始",
    "合同开始日期": "合同起始",
    "生效日期": "合同起始",
    "终止日期": "合同终止",
    "合同终止日期": "合同终止",
    "合同到期日期": "合同终止",
    "到期日期": "合同终止",
}
_REMARK = re.compile(r"^[（(][^（()）]{0,8}[）)][:：]?")


def read_contract(ex: Extraction, lines: Sequence[TextLine]) -> None:
    """劳动合同 in any printing: the parties and the term read from their labels (right of or below them),
    over what the sentences gave; a term printed as "自…起至…止" in a cell is a range of two dates."""
    rows = labelled_values(lines, CONTRACT_LABELS)
    if (rv := rows.get("用人单位")) is not None and (unit := unit_name(_REMARK.sub("", _compact(rv.text)))):
        _put(ex, "用人单位", unit, rv)
    rv = rows.get("姓名")
    name = None
    if rv is not None:
        name = (
            value_name(rv)
            if not _REMARK.match(_compact(rv.text))
            else person_name(_REMARK.sub("", _compact(rv.text)))
        )
    if rv is not None and name is not None and _is_no_label(name):
        _put(ex, "姓名", name, rv)
    term = date_range(rows["合同期限"].text) if "合同期限" in rows else None
    if term is not None:
        for label, value in zip(("合同起始", "合同终止"), term, strict=True):
            _put(ex, label, value, rows["合同期限"])
    for label in ("合同起始", "合同终止"):
        if label in rows and (day := loose_date(rows[label].text)) is not None:
            _put(ex, label, day, rows[label])
    if "合同起始" not in ex.fields:
        _term_clause(ex, lines)


# the term clause of the contract's text: "期限自2023年1月1日起至2025年12月31日止", "合同期限：自…至…",
# "从…起至…止"; an open-ended contract "本合同为无固定期限劳动合同，自2019年11月22日起生效"
_FROM = re.compile(r"(?:自|从|于)\s*(?:19|20)\d{2}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*[日号]?\s*起")


def _term_clause(ex: Extraction, lines: Sequence[TextLine]) -> None:
    rows = [_row_line(r) for r in group_rows(sorted(lines, key=lambda t: (t.page, t.cy, t.box[0])))]
    text = "".join(ln.text for ln in rows)
    conf = min((ln.confidence for ln in lines), default=0.9) * 0.9
    term = date_range(text, cue="期限")
    if term is not None:
        ex.set("合同起始", term[0], conf)
        ex.set("合同终止", term[1], conf)
        return
    t = _mended_dates(text)
    m = _FROM.search(t[t.index("无固定期限") :]) if "无固定期限" in t else None
    if m is not None and (day := loose_date(m.group())) is not None:
        ex.set("合同起始", day, conf)


# ---------------------------------------------------------------------------------------------
# 其他 materials


# printed titles of 其他 materials -> the kind (labels.OTHER_DOC_KINDS); first match wins, titles first.
# Words from the seeds and REAL-DOCUMENTS.md: 授权书（声明书）, 民主评议会议记录, 录取通知书, 学生证 or the
# school's 证明, 学费/住宿费 单据, 医疗收费票据, 银行卡复印件 (a card, or the first page of a 存折)
OTHER_KIND_WORDS: tuple[tuple[str, str], ...] = (
    ("录取通知书", "录取通知书"),
    ("入学通知书", "录取通知书"),
    ("学生证", "学生证"),
    ("在读证明", "上学证明"),
    ("上学证明", "上学证明"),
    ("在校证明", "上学证明"),
    ("就读证明", "上学证明"),
    ("学籍证明", "上学证明"),
    ("教育收费", "学费票据"),
    ("学费", "学费票据"),
    ("学杂费", "学费票据"),
    ("医疗收费", "医药费票据"),
    ("医药费", "医药费票据"),
    ("医疗费", "医药费票据"),
    ("住院费用", "医药费票据"),
    ("门诊费用", "医药费票据"),
    ("离婚判决", "离婚判决书"),
    ("离婚证", "离婚证"),
    ("离婚登记", "离婚证"),
    ("死亡", "死亡证明"),
    ("火化", "死亡证明"),
    ("殡仪", "死亡证明"),
    ("灾害", "灾害证明"),
    ("受灾", "灾害证明"),
    ("灾情", "灾害证明"),
    ("事故", "事故证明"),
    ("授权书", "授权书"),
    ("声明书", "授权书"),
    ("委托书", "授权书"),
    ("承诺书", "授权书"),  # the household's pledge that what it declared is true (诚信承诺书)
    ("民主评议", "民主评议会议记录"),
    ("评议会", "民主评议会议记录"),
    ("失业证明", "失业证明"),
    ("居住证", "居住证"),
    ("借记卡", "银行卡复印件"),
    ("储蓄卡", "银行卡复印件"),
    ("银行卡", "银行卡复印件"),
    ("存折", "银行卡复印件"),
    ("银行账户", "银行卡复印件"),
    ("银行帐户", "银行卡复印件"),
    ("UnionPay", "银行卡复印件"),
    ("银联", "银行卡复印件"),
    ("录取", "录取通知书"),
    ("会议记录", "民主评议会议记录"),
    ("会议纪要", "民主评议会议记录"),
    ("授权", "授权书"),
    ("声明", "授权书"),
    ("我校", "上学证明"),
    ("在读", "上学证明"),
    ("就读", "上学证明"),
    ("在校", "上学证明"),
    ("学生证明", "上学证明"),
    # the 就业失业登记证 (人社部门), a 失业人员登记 proof
    ("就业失业登记", "失业证明"),
    ("失业人员", "失业证明"),
    ("失业登记", "失业证明"),
    ("离婚", "离婚证"),  # a court's mediation or a registry's letter that the couple divorced
    # what a disaster or an accident was, when the paper names only that (a community's 情况证明)
    *((w, "灾害证明") for w in ("暴雨", "洪水", "洪涝", "水灾", "旱灾", "雪灾", "地震", "台风", "冰雹", "泥石流", "滑坡")),
    # a disaster named short by its agent and 灾 (洪灾, 风灾, 雹灾, 震灾), or the household 遭灾
    *((w, "灾害证明") for w in ("洪灾", "风灾", "雹灾", "震灾", "冻灾", "遭灾")),
    *((w, "事故证明") for w in ("火灾", "失火", "车祸", "工伤", "交通事故")),
)
# a receipt whose title does not say what it paid for: what its lines name (a hospital, a school)
_RECEIPT_WORDS = ("票据", "收据", "发票", "结算单", "结算清单", "收费")
_RECEIPT_KINDS = (
    (("医院", "卫生院", "门诊", "住院", "药", "诊疗", "医疗"), "医药费票据"),
    (("学校", "学院", "大学", "中学", "小学", "学费", "住宿费", "教材"), "学费票据"),
)
_CJK_NAME = "([\u4e00-\u9fa5]{2,4}?)"
# what follows a person's name and nothing else: 同志 / 同学, their household, who they are, their ID or sex
_PERSON_NEXT = "同志|同学|一家|全家|家庭|系|是|[（(，,]?身份证|[，,][男女][，,]"
# what a signer declares of themself (本人<name>郑重声明 / 承诺 / 自愿 …): no name begins with these words
_DECLARES = "郑重|声明|承诺|保证|自愿|同意|授权|委托"
# the words of one's relation to another (GB/T 4761, fields.RELATIONS) and their one-character forms (之妻, 之母)
_RELATION_WORDS = "|".join(
    sorted({*RELATIONS, "子女", "爱人", "妻", "夫", "父", "母", "子", "女"}, key=len, reverse=True)
)
_NAME_PATTERNS = tuple(
    re.compile(p)
    for p in (
        rf"兹证明[，]?(?:我辖区居民|我校学生|学生)?{_CJK_NAME}(?:一家|全家|家庭|同志|同学|（|\(|系|是|，|家(?=于|在|遭|因|自|住))",
        rf"兹有(?:我校学生|学生)?{_CJK_NAME}(?:同志|同学|（|\(|系|是|，)",
        # the person, then what the letter says of them: "兹证明张建华为我单位职工", "兹证明李思远在我校就读",
        # "兹证明王秀英于2025年6月…", "经核实，刘国庆家庭于…"
        rf"(?:兹证明|兹有|(?:经核实|经调查|经查|经调查核实)[，,]){_CJK_NAME}(?:为|在|于|因|现|自|家庭|同志|系|是|，)",
        # "兹证明我村村民吴建国家于…", "兹有我校2022级学生李思远，男，…": the person after who they are
        rf"(?:兹证明|兹有)[^，,。；;]{{0,14}}?(?:村民|居民|学生|职工|员工){_CJK_NAME}(?:一家|全家|家|同志|同学|（|\(|系|是|，|,)",
        rf"(?:原告|申请人|委托人|声明人)[:：]?{_CJK_NAME}[，,（(]",
        rf"收到(?:[\u4e00-\u9fa5]{{0,4}}(?:家长|学生))?{_CJK_NAME}(?:交来|缴来|交纳|缴纳|交付)",
        # a letter addressed to the student: "李思远同学：", "胡宇飞_同学：", "黎海同学_：" (a blank line filled in), or the
        # salutation alone on its line
        rf"(?:^|[：:，,])?{_CJK_NAME}[_＿]*同学[_＿]*(?:[:：，,]|$)",
        rf"对{_CJK_NAME}同志",
        # minutes that tell of the worker by what the meeting did: "介绍朱永同志家庭情况", "同意朱永同志列为…"
        # the verb may carry its aspect particle ("主持人介绍了朱永同志的建档申请"): 了 is the verb's, not the name's,
        # and the object may be marked before the name ("同意将朱永同志列为…"): 将 / 把 are no name's
        rf"(?:介绍|同意|讨论|评议)了?(?:将|把)?(?:职工|员工)?{_CJK_NAME}同志",
        # what the meeting resolved for the one worker it appraised: "同意王兵新列为困难职工建档对象"
        # or with the object marked before the name ("同意将王兵新列为…"); "同意将其列为…" names nobody
        rf"同意(?:将|把)?(?:职工|员工)?{_CJK_NAME}(?:同志)?(?:列为|确定为|纳入)",
        # minutes headed by what the meeting was for: "议题：孟蓉桂同志困难职工建档申请评议" (its colon read 。 too)
        rf"(?:议题|主题)[：。]?(?:关于|对)?(?:职工|员工|村民|居民)?{_CJK_NAME}(?:同志|等|申请|家庭|的)",
        # minutes of an appraisal of several workers named by the first: "对韩磊等4名职工的…申请进行民主评议"
        rf"对(?:职工|员工|村民|居民)?{_CJK_NAME}等[0-9一二三四五六七八九十两]+(?:名|位|户|人)",
        # minutes of an appraisal: "对职工孙红梅申请困难职工建档进行民主评议"
        rf"对(?:职工|员工|村民|居民){_CJK_NAME}(?:同志|的|申请|家庭|提出)",
        rf"(?:^|原告|申请人|当事人){_CJK_NAME}[（(，,]身份证",
        # a person told by whose relative they are ("王秀英（李建国之妻）于…去世", "李建国（系王秀英的丈夫）…"):
        # the paper is about the person named first (a death proof names the dead, the bracket the applicant)
        rf"^(?:死者|逝者)?{_CJK_NAME}[（(](?:系|是)?[\u4e00-\u9fa5]{{2,4}}?[之的](?:{_RELATION_WORDS})",
        # the holder signing after a clerk's attestation, in any of its wordings ("与原件相符 彭玉兰", "复印件与原件
        # 一致 本人签字：彭玉兰 2026.2.3", its 致 lost under the pen): the name ends the line or stands before its date
        rf"(?:{_ATTESTATION.pattern}|与原件一(?!致))[，,。]?(?:(?:本人|持卡人|持折人)?(?:签名|签字)[：:]?)?{_CJK_NAME}(?=$|(?:19|20)[0-9]{{2}}[年.\-/])",
        rf"^[1１][.．、]?{_CJK_NAME}(?:[（(]|$)",  # the first of the signers listed 1. 2. (the applicant)
        rf"本人{_CJK_NAME}[，,（(]身份证",
        # the applicant named by who they are, then what they asked: "申请人罗志刚的建档申请", "职工刘丽萍申请建立…"
        rf"(?:申请人|职工|员工)[：]?{_CJK_NAME}(?:同志|提出|申请|的(?:申请|建档|困难))",
        # minutes telling the applicant's case, the name then their facts: "申请人情况：黄建国，男，48岁",
        # "介绍申请情况：孟蓉桂，家庭人口4人"
        rf"申请(?:人|人员)?(?:基本)?情况[：。]?{_CJK_NAME}[，]",
        # what the meeting found: "会议认为，张建华家庭因病致困…", "经核实，刘国庆同志家庭…"
        rf"(?:认为|认定)[，]?{_CJK_NAME}(?:同志)?家庭",
        # minutes or a notice about one application: "关于职工李红申请困难职工建档的评议"
        rf"关于(?:职工|员工|居民|村民)?{_CJK_NAME}(?:同志|等|申请|家庭)",
        # a community's or a unit's letter naming its resident or worker without 兹证明 before it
        # ("我社区居民彭丽一家三口租住…": the household told as the person and 一家 / 全家)
        rf"我(?:社区|村|街道|辖区|单位|公司|厂)(?:居民|村民|职工|员工){_CJK_NAME}(?:一家|全家|因|于|在|为|家|同志|（|\(|系|是|，)",
        # the resident told by the place alone ("我社区李明华一家…"), a word that only follows a person after it
        rf"我(?:社区|村|街道|辖区|单位|公司|厂){_CJK_NAME}(?=一家|全家|家庭|同志|[（(]身份证)",
        # a letter that opens with the person and their sex: "张三，男，汉族，身份证号…"
        rf"^{_CJK_NAME}(?:同志|同学)?，[男女]，",
        rf"考生{_CJK_NAME}(?:同学|，|：)",
        # a letter that opens with the person and what they are ("李明华同志系我单位职工…")
        rf"^{_CJK_NAME}(?:同志|同学)(?=系|是|为|于|在|因|自|现|已)",
        # in any wording: who the person is (a resident, a worker, a student …), the name, then a word that can
        # only follow a person ("村民李明华家庭确属困难", "居民李明华（身份证号…）", "对困难职工李明华家庭情况…")
        rf"(?:居民|村民|职工|员工|学生|考生|户主|患者|当事人){_CJK_NAME}(?={_PERSON_NEXT})",
        # the signer of a declaration naming themself before what they declare ("本人张秀英郑重声明…")
        rf"本人[：:]?{_CJK_NAME}(?={_DECLARES}|[（(，,]?身份证)",
    )
)


# the labels of a receipt's first row (交款人 | name | 收款单位 | payee)
PAYER_LABELS = {
    "交款人": "姓名",
    "缴款人": "姓名",
    "缴费人": "姓名",
    "交费人": "姓名",
    "付款人": "姓名",
    # a pre-printed receipt's payer for a unit or a person alike ("交款单位（人）" | 黎伟立): the note says a
    # person may pay; a unit's name there is no person's and is not read
    "交款单位（人）": "姓名",
    "缴款单位（人）": "姓名",
    "付款单位（人）": "姓名",
    "交款单位（个人）": "姓名",
    "缴款单位（个人）": "姓名",
    # the printed receipt's first line "今收到 ______ 交来 ______": the blank after 收到 is the payer's
    "今收到": "姓名",
    "兹收到": "姓名",
    "收款单位": "收款单位",
    "收款人": "收款单位",
}
# whose paper it is, as other printings label it: a passbook's 户名, a school's 学生姓名, a patient, the
# person a declaration or minutes are about; a table of several people marks its holder 本人 / 申请人
OTHER_NAME_LABELS = {
    **PAYER_LABELS,
    "姓名": "姓名",
    "户名": "姓名",
    "开户名": "姓名",
    "开户人": "姓名",
    "开户人姓名": "姓名",
    "持卡人姓名": "姓名",
    "账户姓名": "姓名",
    "账户名": "姓名",
    "账户名称": "姓名",
    "储户姓名": "姓名",
    "持卡人": "姓名",
    "客户姓名": "姓名",
    "学生姓名": "姓名",
    "考生姓名": "姓名",
    "患者姓名": "姓名",
    "病人姓名": "姓名",
    "患者": "姓名",
    "病人": "姓名",
    "就诊人": "姓名",
    "就诊人姓名": "姓名",
    "参保人": "姓名",
    "参保人姓名": "姓名",
    "申请人": "姓名",
    "申请人姓名": "姓名",
    "声明人": "姓名",
    "授权人": "姓名",
    # a signature's label read with the word 签名 / 签字 ("授权人签名：韩磊", "授权人签名韩磊" with its colon
    # lost): the word is the label's, not the name's
    "授权人签名": "姓名",
    "授权人签字": "姓名",
    "授权人（签名）": "姓名",
    "授权人（签字）": "姓名",
    "声明人签名": "姓名",
    "持卡人签名": "姓名",
    "持卡人签字": "姓名",
    # a passbook's holder (持折人) signs the copy of its account page as a card's holder does
    "持折人": "姓名",
    "持折人签名": "姓名",
    "持折人签字": "姓名",
    "持折人（签名）": "姓名",
    "持卡人（签名）": "姓名",
    "声明人签字": "姓名",
    "声明人（签名）": "姓名",
    "本人签名": "姓名",
    "本人签字": "姓名",
    # the seeds' pledge (本人承诺 … 承诺人（签名）): the applicant signs it
    "承诺人": "姓名",
    "承诺人签名": "姓名",
    "承诺人（签名）": "姓名",
    # a declaration signed at its foot under no other word: the signer is whose paper it is
    "签名": "姓名",
    "签字": "姓名",
    # the applicant signing a declaration or authorisation for the household (several 授权人 sign it: the
    # applicant is whose paper it is)
    "申请人签名": "申请人签名",
    "申请人签字": "申请人签名",
    "申请人（签名）": "申请人签名",
    "申请人（签字）": "申请人签名",
    "申请人（签章）": "申请人签名",
    "评议对象": "姓名",
    "委托人": "姓名",
    "持证人": "姓名",
    # printed after the name on its row: they end the name's value ("委托人：黄丽萍，身份证号：…")
    "身份证号": "身份证号",
    "身份证号码": "身份证号",
    "公民身份号码": "身份证号",
    "被评议人": "姓名",
    "死者": "姓名",
    "死者姓名": "姓名",
    "逝者姓名": "姓名",
    "关系": "关系",
    "与申请人关系": "关系",
    "与户主关系": "关系",
    "家庭关系": "关系",
}
_SELF = ("本人", "申请人", "户主")


def _names_kind(word: str, text: str) -> bool:
    """``word`` in ``text``, a card's name (学生证, 离婚证, 居住证) not as the start of a proof's ("在校学生证明"
    is a school's proof that the child studies there, not a student card)."""
    if not word.endswith("证"):
        return word in text
    return any(not text.startswith("明", i + len(word)) for i in _find_all(text, word))


def _find_all(text: str, word: str) -> list[int]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def _other_kind(ex: Extraction, ordered: Sequence[TextLine]) -> None:
    """What the material is: its title's words, else words of its body, else a receipt by what it names."""
    for group, factor in ((ordered[:4], 1.0), (ordered, 0.9)):
        for ln in group:
            t = ln.text.replace(" ", "").replace("\u3000", "")
            kind = next((k for w, k in OTHER_KIND_WORDS if _names_kind(w, t)), None)
            if kind and "材料名称" not in ex.fields:
                ex.set("材料名称", kind, ln.confidence * factor, ln.page, ln.box)
    text = "".join(_compact(ln.text) for ln in ordered)
    if ex.fields.get("材料名称") == "离婚证" and any("判决" in _compact(ln.text) for ln in ordered[:4]):
        # a court's judgment (民事判决书) on a divorce case: the paper is the judgment, not a certificate
        ex.fields["材料名称"] = "离婚判决书"
    if "材料名称" in ex.fields:
        return
    if any(w in text for w in _RECEIPT_WORDS):
        kind = next((k for words, k in _RECEIPT_KINDS if any(w in text for w in words)), None)
        if kind is not None:
            ex.set("材料名称", kind, min((ln.confidence for ln in ordered), default=0.9) * 0.85)
            return
    # a bank account's own labels (户名, 账号, 开户行 …) printed as labels: a card's or passbook's page whose
    # title was lost under a stroke or a stamp
    account = {lab for ln in ordered if (lab := _account_label(ln.text)) is not None}
    if len(account) < 2 and _BANK.search(text) and any(_card_number(ln.text) for ln in ordered):
        account |= {"银行", "卡号"}  # a bank's name and a card's number (Luhn): a card copied alone
    if len(account) >= 2:
        conf = min((ln.confidence for ln in ordered if _account_label(ln.text)), default=0.9)
        ex.set("材料名称", "银行卡复印件", conf * 0.85)
        return
    if ordered:  # a material of none of the kinds the rule sets name: 其他 (a person looks: 0.5)
        ex.set("材料名称", "其他", 0.5)


# the labels only a bank account's papers print (a passbook's first page, a card's details)
_ACCOUNT_LABELS = ("户名", "开户名", "账号", "帐号", "卡号", "银行卡号", "开户行", "开户银行", "开户网点", "开户日期")


_BANK = re.compile(r"银行|信用社|银联|储蓄|UnionPay", re.IGNORECASE)


def _card_number(text: str) -> bool:
    """A bank card's number on the text: 16 to 19 digits (printed in groups) passing Luhn, not an ID number."""
    for m in re.finditer(r"(?<!\d)\d(?:[ \-]?\d){15,18}(?!\d)", fold_fullwidth(text)):
        digits = re.sub(r"\D", "", m.group())
        if luhn_valid(digits) and not is_valid_id_number(digits):
            return True
    return False


def _account_label(text: str) -> str | None:
    """The bank-account label ``text`` is (a label alone, or a label and its value after a colon)."""
    t = _compact(fold_fullwidth(text))
    head = re.split(r"[:：]", t, maxsplit=1)[0] if re.search(r"[:：]", t) else t
    return head if head in _ACCOUNT_LABELS else None


def _holder_row(rows: Mapping[str, RowValue], lines: Sequence[TextLine]) -> tuple[str, TextLine] | None:
    """A table of several people (姓名 and 关系 columns): the name on the row whose relation is 本人."""
    name_rv, rel_rv = rows.get("姓名"), rows.get("关系")
    if name_rv is None or rel_rv is None:
        return None
    names = column_below(name_rv.label_line, lines)
    for rel in column_below(rel_rv.label_line, lines):
        if _compact(rel.text) in _SELF:
            same = [t for t in names if abs(t.cy - rel.cy) <= 0.6 * max(t.height, rel.height)]
            if same and (name := person_name(same[0].text)) is not None:
                return name, same[0]
    return None


def _other_name(ex: Extraction, ordered: Sequence[TextLine]) -> None:
    """Whose material it is: the holder's row of a table of people, a labelled name (right of or below
    its label), or a sentence's name; nothing rather than a label or a sentence fragment."""
    name = ex.fields.get("姓名")
    if isinstance(name, str) and (person_name(name) is None or label_of(name) is not None or _header(name)):
        _drop(ex, "姓名")  # e.g. the next printed label (收款单位, 项目) taken for the payer's name
    rows = labelled_values(ordered, OTHER_NAME_LABELS)
    if (held := _holder_row(rows, ordered)) is not None:
        ex.set("姓名", held[0], held[1].confidence, held[1].page, held[1].box)
        return
    if any((m0 := match_label(ln.text, PAYER_LABELS)) is not None and m0[0] == "姓名" for ln in ordered):
        # a receipt: the payer is what its row holds after 交款人, or nobody (not the row below)
        # the first text after the label ("交款人：任萍" | "结算日期：2026.06.04" on the same row)
        said = _sentence_name(ordered)
        if said is not None and "收到" in _compact(said[1].text):
            # the payer written into the receipt's line with what was paid ("今收到 学生家长 何勇 交来 …",
            # "今收到韩欢凯交来学费"): the sentence says who paid, past the words before the name
            ex.set("姓名", said[0], said[1].confidence * 0.95, said[1].page, said[1].box)
            return
        found = _payer_name(ordered)
        if found is not None:
            _put(ex, "姓名", found[0], found[1])
        else:
            _drop(ex, "姓名")
        return
    applicant = rows.get("申请人签名")
    signed = _labelled_name(applicant, ordered) if applicant is not None else None
    if signed is not None:
        _put(ex, "姓名", signed[0], signed[1])
        return
    rv = rows.get("姓名")
    found = _labelled_name(rv, ordered) if rv is not None else None
    if found is not None and rv is not None:
        said = _sentence_name(ordered)
        if said is not None and said[0] != found[0] and (
            _in_column(said[0], rv.label_line, ordered)
            or _people_listed(rv.label_line, ordered)
            or _stands_under(said[0], rv.label_line, ordered)
        ):
            # a table of several people under its 姓名 header (minutes of an appraisal listing every worker
            # appraised that day) whose sentence names the household's own ("对韩磊等4名职工的…申请进行民主
            # 评议"): the one the sentence names, found in the column too. Or a list of people the paper is
            # not about (the signers of a sign-in sheet under 签名, the members present): its first name is
            # nobody's paper, the person the sentence tells of is
            ex.set("姓名", said[0], said[1].confidence * 0.95, said[1].page, said[1].box)
            return
        if said is None and len(listed := _people_under(rv.label_line, ordered)) >= 2 and found[0] in dict(listed):
            # a roll of several people under the header (the workers one meeting appraised: 被评议人 | 杜秀 |
            # 高芳, its sentence naming them all), none singled out: the paper is filed in each one's archive,
            # so the first row is nobody's for certain; the names wait for the household's own papers
            # (``listed_people``, ``pipeline.settle_household``)
            _drop(ex, "姓名")
            return
        if (again := _named_again(found[0], rv.label_line, ordered)) is not None:
            # the page names its holder under several labels (a card's signature strip, the account's 户名,
            # the holder's signature under the pledge) and the first reading is the odd one out: a stamp's or
            # a watermark's character read into the strip's name (白宁旭建, 他用无), a stroke misread (宝倩)
            found = again
        _put(ex, "姓名", found[0], found[1])
        if said is not None and _one_apart(said[0], found[0]):
            # the same person written twice, read two ways (沈军浩 in the sentence, 沈军告 in the cell): which
            # is right OCR's line confidences do not tell (either way on the released printings), so the
            # cell's reading stands and a person looks at it
            ex.lower("姓名", 0.6)
        return
    if "姓名" in ex.fields:
        said = _sentence_name(ordered)
        if said is not None and _same_column(said[0], str(ex.fields["姓名"]), ordered):
            # the generic reading took the first of a column of names (职工姓名 | 姚蓉 | 韩磊 | …) the
            # sentence tells apart
            ex.set("姓名", said[0], said[1].confidence * 0.95, said[1].page, said[1].box)
        return
    # a sentence's name, on one OCR line or on its row (复印件与原件一致 | 张三 read as two lines)
    if (said := _sentence_name(ordered)) is not None:
        ex.set("姓名", said[0], said[1].confidence * 0.95, said[1].page, said[1].box)
        return
    _attester_name(ex, ordered)


# labels of the person a paper is about, whom others may sign it for (a death certificate's 死者, a student's
# letter signed by a parent): the signers' names, however often given, do not outvote theirs
_SUBJECT_LABELS = frozenset({
    "学生姓名", "考生姓名", "患者", "患者姓名", "病人", "病人姓名", "就诊人", "就诊人姓名", "参保人", "参保人姓名",
    "评议对象", "被评议人", "死者", "死者姓名", "逝者姓名",
})


def _named_again(first: str, label: TextLine, ordered: Sequence[TextLine]) -> tuple[str, RowValue] | None:
    """Another name the page's holder labels agree on where ``first`` is given by one label alone: each label
    word (户名, 持卡人签名, 本人签字 …) read as its own, the others ending its value. Two label words naming one
    person outvote a single other reading; a page whose labels give no such majority keeps ``first``, as does
    a paper about someone others sign for (``first`` under 死者姓名, 学生姓名 …). A signature whose characters
    the hand set apart ("李莉 华") is read as its first word and as the whole: it supports either."""
    printed = _compact(fold_fullwidth(label.text))
    word = next((w for w in sorted(OTHER_NAME_LABELS, key=len, reverse=True) if printed.startswith(_compact(w))), None)
    if word in _SUBJECT_LABELS:
        return None
    own = {w: (f"姓名@{w}" if k == "姓名" else k) for w, k in OTHER_NAME_LABELS.items()}
    readings: list[tuple[set[str], tuple[str, RowValue]]] = []
    for key, rv in labelled_values(ordered, own).items():
        if key.startswith("姓名@") and (found := _labelled_name(rv, ordered)) is not None:
            whole = _compact(rv.text)
            readings.append(({found[0], *([whole] if _plain_name(whole) == whole else [])}, found))
    counts = Counter(name for names, _found in readings for name in names)
    if counts[first] > 1 or not counts:
        return None
    (top, n), *rest = counts.most_common()
    if top == first or n < 2 or (rest and rest[0][1] == n):
        return None
    exact = [found for _names, found in readings if found[0] == top]
    if exact:
        return exact[0]
    rv = next(found[1] for names, found in readings if top in names)
    return top, RowValue(rv.label, top, rv.confidence, rv.page, rv.box, rv.label_line, rv.lines)


def _payer_name(ordered: Sequence[TextLine]) -> tuple[str, RowValue] | None:
    """The payer's name: each payer label's value on its row up to the next label, the first that is a name.
    A longer printed label that begins with the payer's word (交款人统一社会信用代码：<ID>) holds no name, and
    the payer's own 交款人：<name> may follow it on the same row."""
    for row in group_rows(ordered):
        for i, ln in enumerate(row):
            m = match_label(ln.text, PAYER_LABELS)
            if m is None or m[0] != "姓名":
                continue
            payer = row_values(row[i:], PAYER_LABELS).get("姓名")
            if payer is not None and (found := _labelled_name(payer, ordered)) is not None:
                return found
            if (found := _group_name(ln, ordered)) is not None:
                return found
    return None


# the labels of a holder's own name within a group of rows headed by the party (户名 under 付款人)
_GROUP_NAME_LABELS = {w: k for w, k in OTHER_NAME_LABELS.items() if k == "姓名" and w not in PAYER_LABELS}


def _group_name(label: TextLine, ordered: Sequence[TextLine]) -> tuple[str, RowValue] | None:
    """A party's label that heads a group of rows rather than a row of its own (付款人 printed down the
    side of its 户名 / 账号 / 开户行 rows, the payee's group beside it): the name under the group's own name
    label (户名, 姓名 …), on the rows the party's label spans, right of it and left of the next party's."""
    h = min(label.height, label.box[2] - label.box[0])
    band = [
        t
        for t in ordered
        if t is not label
        and t.page == label.page
        and label.box[1] - 0.3 * h <= t.cy <= label.box[3] + 0.3 * h
        and t.box[0] >= label.box[2] - 0.3 * h
    ]
    nxt = min(
        (t.box[0] for t in band if (m := match_label(t.text, PAYER_LABELS)) is not None and not m[1].strip()),
        default=None,
    )
    if nxt is not None:
        band = [t for t in band if t.box[2] <= nxt]
    rv = labelled_values(band, _GROUP_NAME_LABELS).get("姓名")
    return _labelled_name(rv, band) if rv is not None else None


def _in_column(name: str, label: TextLine, lines: Sequence[TextLine]) -> bool:
    """Whether ``name`` is one of several names stacked under the header ``label``."""
    names = [n for t in column_below(label, lines) if (n := person_name(t.text)) is not None]
    return len(names) >= 2 and any(n == name or _one_apart(n, name) for n in names)


def _stands_under(name: str, label: TextLine, lines: Sequence[TextLine]) -> bool:
    """Whether the name a sentence tells stands under the label too: the label heads a column (被评议人 |
    赞成 | 反对 | … over 张三 | 9 | 0 | …), and what follows it on its row is the next column's header."""
    below = value_below(label, lines)
    return below is not None and _signed_name(below.text) == name


def _people_under(label: TextLine, lines: Sequence[TextLine]) -> list[tuple[str, TextLine]]:
    """The names stacked under a column header, one a row, down to the first text that is not a name alone
    (the next printed label, the sentence under the table)."""
    out: list[tuple[str, TextLine]] = []
    h = label.height
    for t in column_below(label, lines):
        if not label.box[0] - h <= (t.box[0] + t.box[2]) / 2 <= label.box[2] + h:
            continue  # the next column's text reaching under the header's edge (a row's 序号)
        if (name := _signed_name(t.text)) is None or _plain_name(name) is None:
            break
        out.append((name, t))
    return out


def listed_people(lines: Sequence[TextLine]) -> list[tuple[str, TextLine]]:
    """The people a 其他 paper lists under its name column when it names none of them as its own (minutes
    of one meeting appraising several workers), each with the text it was read from: which of them is this
    archive's household the paper does not say, the household's own papers do (``pipeline.settle_household``).
    Fewer than two: none."""
    ordered = _other_lines(lines)
    rv = labelled_values(ordered, OTHER_NAME_LABELS).get("姓名")
    listed = _people_under(rv.label_line, ordered) if rv is not None else []
    if len(listed) < 2:  # the names its sentence lists ("同意袁琳、吴丹敏列为…"), the table read past use
        listed = _listed_in_sentences(ordered)
    return listed if len(listed) >= 2 else []


def _people_listed(label: TextLine, lines: Sequence[TextLine]) -> bool:
    """Whether a column header heads a list of people: two or more texts under it that are each a name
    alone (and no printed label)."""
    return sum(_signed_name(t.text) is not None for t in column_below(label, lines)) >= 2


def _same_column(said: str, taken: str, lines: Sequence[TextLine]) -> bool:
    """Whether two different names each stand alone in one column of a table (x ranges overlapping); the
    sentence's name may be read there with one character wrong (杜文平 in the sentence, 杜文干 in the cell)."""
    if said == taken:
        return False
    a = [t for t in lines if (n := person_name(t.text)) is not None and n != taken and (n == said or _one_apart(n, said))]
    b = [t for t in lines if person_name(t.text) == taken]
    return any(
        s.page == t.page and min(s.box[2], t.box[2]) - max(s.box[0], t.box[0]) > 0 for s in a for t in b
    )


def _sentence_name(ordered: Sequence[TextLine]) -> tuple[str, TextLine] | None:
    """The person a sentence names ("兹证明张三家庭…", "对职工李四同志…"), on one OCR line or its row."""
    rows_as_lines = [_row_line(row) for row in group_rows(ordered)]
    for ln in [*ordered, *rows_as_lines]:
        # punctuation as the patterns write it (fold_fullwidth turned "，" and "：" into ASCII)
        t = fold_fullwidth(ln.text).replace(" ", "").replace("(", "（").replace(",", "，").replace(":", "：")
        for rx in _NAME_PATTERNS:
            m = rx.search(t)
            if m is None:
                continue
            # the possessive particle and what follows it taken into the name when the blank after it was left
            # empty or filled short ("系申请人彭琳蓉的，同意…", "系申请人董新的儿，…"): 的 opens the relation, the
            # name ends before it
            name = m.group(1).split("的", 1)[0] if m.group(1).find("的") >= 2 else m.group(1)
            # a pronoun before the predicate ("兹证明该户家庭…", "兹证明我村于…") is nobody's name
            # nor is a pronoun after the object's marker ("同意将其列为…", "把他纳入…")
            if (
                _plain_name(name) is not None
                and name[0] not in "该我本此其"
                and re.match(_DECLARES, name) is None  # "本人郑重声明" names nobody
                and not re.match(r"[将把][其他她该此]", name)
                # a printed label in the name's place ("1．授权人" with its name in a text of its own) is none
                and _signed_name(name) == name
            ):
                return name, ln
    return None


def _one_apart(a: str, b: str) -> bool:
    """Two readings of one name that differ in one character only."""
    return len(a) == len(b) >= 2 and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _labelled_name(rv: RowValue, lines: Sequence[TextLine]) -> tuple[str, RowValue] | None:
    """The name a label holds: the first cell after it (户名 | 黄桂英 | 账号 | …), the first word when the
    next label was read into the same text ("户名：邵美华  卡号：6217…", "姓名：黄秋菊住院号：ZY…"), or, when
    what follows the label is the next column's header (交款人 | 收费日期 | 金额), the cell below it."""
    found = value_name(rv)
    others = [t for t in rv.lines if t is not rv.label_line]
    if found is None and any(_ATTESTATION.search(_compact(t.text)) for t in others):
        # a clerk's attestation written across the row ("复印件与原件一致" over the 户名 cell, the holder signing
        # after it): the row's texts past the note, the first that is a name alone (the printed name may be read
        # with a stroke of the writing in it, "1立涛" for 江立涛: no name)
        past = [t for t in others if not _ATTESTATION.search(_compact(t.text))]
        found = next((n for t in past if (n := _signed_name(t.text)) is not None), None)
    if found is None:
        first, _sep, rest = rv.text.strip().partition(" ")
        if rest.strip() and person_name(first) == first:
            found = first
    if found is None:
        found = _name_before_label(rv.text)
    if found is not None and _is_no_label(found) and not _header(found):
        return found, rv
    below = value_below(rv.label_line, lines)
    if below is not None and (name := _signed_name(below.text)) is not None and not _header(name):
        return name, RowValue(rv.label, below.text, below.confidence, below.page, below.box, rv.label_line, [below])
    return None


# words that end a column's or a row's printed header (收费日期, 金额, 项目, 住院号 …): no name ends so
_HEADER_ENDS = ("日期", "时间", "金额", "单位", "号码", "名称", "地址", "住址", "类别", "编号", "项目", "科室",
                "备注", "合计", "数量", "单价", "规格", "电话", "签名", "签字", "盖章", "账号", "卡号", "户名",
                "费用", "小计", "总计", "人员", "情况", "内容", "意见", "结果", "事项", "院号", "诊号", "床号")


def _header(text: str) -> bool:
    t = _compact(text)
    return any(t.endswith(w) for w in _HEADER_ENDS)


def _name_before_label(text: str) -> str | None:
    """The name before a label read into the same text ("黄秋菊住院号：ZY2025", "龙雨欣性别：女"): the split
    whose rest, up to its colon, is a label of the schemas or a printed header."""
    # the label's colon may come back as another stop ("申请人。孔娜工作单位。…"): before the name, and after the
    # label that follows it
    t = _compact(fold_fullwidth(text)).lstrip(":：。.，,、_")
    m = re.match(r"([\u4e00-\u9fa5·]{3,12})[:：。]", t)
    if m is None:
        return _name_before_bare_label(t)
    head = m.group(1)
    # a label of the schemas as printed first: a header's end alone (单位) fits a shorter label after a name
    # that took the label's first character ("宋帆所在单位：" is 宋帆 | 所在单位, not 宋帆所 | 在单位)
    for exact in (True, False):
        for n in (3, 2, 4):
            name, label = head[:n], head[n:]
            known = canonical_label(label) is not None if exact else label_of(label) is not None or _header(label)
            if len(label) >= 2 and known and _plain_name(name) == name:
                return name
    return None


def _name_before_bare_label(t: str) -> str | None:
    """The name before a label whose colon the copy lost ("谢帅国性别男身份证号码4303…"): the split whose rest
    begins with a label of the schemas as printed exactly (no misread allowed, nothing marks where it is)."""
    for n in (3, 2, 4):
        name, rest = t[:n], t[n:]
        if _plain_name(name) != name:
            continue
        if any(canonical_label(rest[:k]) is not None for k in range(2, min(len(rest), 8) + 1)):
            return name
    return None


def _signed_name(text: str) -> str | None:
    """A text that is a name alone, and none of the labels the paper prints (账号, 户名 near a copy's note
    are its rows' labels, not the signer)."""
    name = _plain_name(_SIGNED.sub("", _compact(fold_fullwidth(text))))
    if name is None or not _is_no_label(name) or _account_label(name) is not None:
        return None
    if _ROLE.fullmatch(name) or name in _RECEIPT_WORDS or any(name == w for w, _k in OTHER_KIND_WORDS):
        return None  # a clerk's role printed as a label (核对人), the paper's own title (收据)
    return name


# the roles of the people who handle a paper, printed as labels before their names: no holder's name
_ROLE = re.compile(r"(?:核对|经办|经手|收款|复核|审核|审批|记录|主持|负责|填表|制表|开票|收费|签发|联系|证明|见证)人")


def _after_role(t: TextLine, lines: Sequence[TextLine]) -> bool:
    """Whether the nearest text left of ``t`` on its row is a role's label (核对人 | 马新磊): the clerk's name."""
    left = [
        o
        for o in lines
        if o is not t
        and o.page == t.page
        and o.box[2] <= t.box[0] + 0.3 * t.height
        and abs(o.cy - t.cy) <= 0.6 * max(o.height, t.height)
    ]
    nearest = max(left, key=lambda o: o.box[2], default=None)
    return nearest is not None and _ROLE.fullmatch(_compact(nearest.text).rstrip(":：")) is not None


# the words before a signature: "签名：", "本人签字：", "持卡人（签名）"
_SIGNED = re.compile(r"^[\u4e00-\u9fa5]{0,4}[（(]?(?:签名|签字|签章|签名确认)[）)]?[:：]?")


def _is_no_label(text: str) -> bool:
    return label_of(text) is None and match_label(text, OTHER_NAME_LABELS) is None


def _attester_name(ex: Extraction, ordered: Sequence[TextLine]) -> None:
    """The name signed under or after a copy's attestation ("复印件与原件一致" | the holder's name on the
    next row): a line that is only a name, within three line heights of the note."""
    for note in ordered:
        # "复印件与原件" alone: the note's last words lost under a stroke or the stamp
        if not (
            re.search(r"与原件(?:一致?|相符|$)", _compact(note.text))
            or _ATTESTATION.search(_compact(note.text))
        ):
            continue
        h = note.height
        for t in ordered:
            # on the note's row after it, or on the rows under it
            beside = abs(t.cy - note.cy) <= 0.6 * max(h, t.height) and t.box[0] >= note.box[2] - h
            below = beside or 0 <= t.box[1] - note.box[1] <= 3.5 * h
            near = (
                t.page == note.page
                and t is not note
                and below
                and note.box[0] - 2 * h <= t.box[0] <= note.box[2] + 6 * h
            )
            if near and (name := _signed_name(t.text)) is not None and not _after_role(t, ordered):
                ex.set("姓名", name, t.confidence * 0.9, t.page, t.box)
                return
    # a name standing alone on two lines (the clerk's note signed by the holder, whose card carries the
    # same name), when the note itself was read past recognition
    alone = [(name, t) for t in ordered if (name := _signed_name(t.text)) is not None]
    counts = Counter(name for name, _ in alone)
    twice = [name for name, n in counts.items() if n >= 2]
    if len(twice) == 1:
        t = next(t for name, t in alone if name == twice[0])
        ex.set("姓名", twice[0], t.confidence * 0.8, t.page, t.box)


_CN_DATE = re.compile(
    r"([〇○零O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})[日号]"
)


def _cn_number(text: str) -> int:
    """一 … 三十一 as written in dates (十, 十二, 二十, 二十三); KeyError when ``text`` is no such number."""
    n = cn_number(text)
    if n is None:
        raise KeyError(text)
    return n


def all_dates(text: str) -> list[tuple[int, str]]:
    """Every date in ``text`` with where it starts: digits, and Chinese numerals as written under a seal
    or by hand ("二〇二六年一月九日")."""
    return sorted(_whole_dates(text) + _cut_dates(text))


def _whole_dates(text: str) -> list[tuple[int, str]]:
    """The dates of ``text`` written with their whole year, in digits or Chinese numerals."""
    t = spaced_figures_joined(fold_fullwidth(text))
    out = [(m.start(), d.isoformat()) for m in _DATE_TEXT.finditer(t) for d in find_dates(m.group())]
    for m in _YEAR_GLUED.finditer(t):  # the 年 lost under a seal's ink: "20258月2日"
        if not any(pos <= m.start() < pos + 10 for pos, _d in out):
            try:
                out.append((m.start(), date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()))
            except ValueError:
                continue
    for m in _CN_DATE.finditer(t):
        try:
            y = int("".join(str(CN_DIGITS[c]) for c in m.group(1)))
            out.append((m.start(), date(y, _cn_number(m.group(2)), _cn_number(m.group(3))).isoformat()))
        except (KeyError, ValueError):
            continue
    return out


def _cut_dates(text: str) -> list[tuple[int, str]]:
    """A date whose year lost its first characters under a seal or a stroke ("023年10月10", "）二〇年七月四日")
    or was written short ("23年1月24日"): 20YY, where no whole date was read."""
    t = spaced_figures_joined(fold_fullwidth(text))
    whole = _whole_dates(text)
    out: list[tuple[int, str]] = []
    for rx in (_CUT_YEAR, _CUT_CN_YEAR):
        for m in rx.finditer(t):
            if any(m.start() <= pos <= m.end() for pos, _d in whole + out):
                continue
            try:
                yy = m.group(1) if rx is _CUT_YEAR else "".join(str(CN_DIGITS[c]) for c in m.group(1))
                month, day = (
                    (int(m.group(2)), int(m.group(3)))
                    if rx is _CUT_YEAR
                    else (_cn_number(m.group(2)), _cn_number(m.group(3)))
                )
                out.append((m.start(), date(2000 + int(yy), month, day).isoformat()))
            except (KeyError, ValueError):
                continue
    return sorted(out)


_CUT_YEAR = re.compile(r"(?<![0-9])0?([0-9]{2})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})(?![0-9])")
_CUT_CN_YEAR = re.compile(
    r"(?<![〇○零O一二三四五六七八九])([〇○零O一二三四五六七八九]{2})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})[日号]"
)


# a whole year and the month run together, the month and the day still marked ("20258月2日")
_YEAR_GLUED = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(0?[1-9]|1[0-2])\s*月\s*([0-9]{1,2})\s*[日号]")
_DATE_TEXT = re.compile(r"(?:19|20)\d{2}\s*[年.\-/=~ ]\s*\d{1,2}\s*(?:[月.\-/=~ ]\s*\d{1,2}|\d{2})\s*[日号]?")


def _other_lines(lines: Sequence[TextLine]) -> list[TextLine]:
    """A 其他 paper's texts as its readers take them, in reading order."""
    # a hand-written record (minutes on ruled paper) comes back from OCR partly in traditional glyphs
    folded = [ln if (t := simplified(ln.text)) == ln.text else replace(ln, text=t) for ln in lines]
    # a label spaced out on its row ("户　名：" read as "户" | "名："): one text, as printed
    folded = joined_spaced_labels(folded, OTHER_NAME_LABELS)
    return sorted(folded, key=lambda t: (t.page, t.cy, t.box[0]))


def other_document(ex: Extraction, lines: Sequence[TextLine]) -> None:
    """其他 materials: what it is (its title), whose it is, and its date (the last full date printed)."""
    ordered = _other_lines(lines)
    _other_kind(ex, ordered)
    _other_name(ex, ordered)
    dates: list[tuple[str, TextLine]] = []
    for row in group_rows(ordered):
        for ln in row:
            found = [d for _pos, d in all_dates(ln.text)] or _bare_date(ln.text)
            dates += [(d, ln) for d in found]
    if not dates:  # a date written apart on its row ("2025年" | "6月18日"): the row read as one text
        for row in group_rows(ordered):
            joined = _row_line(row)
            # the texts kept apart by a space: a date whose 年 and 月 a seal's ink hid ("2025" | "6" | "12")
            spaced = " ".join(t.text for t in row)
            dates += [(d, joined) for _pos, d in all_dates(joined.text) or all_dates(spaced)]
    if not dates or "日期" in ex.fields:
        return
    # a day no paper can carry yet (OCR read a seal-covered 2026年4月4日 as 2028年1月1日) is no candidate while
    # the paper prints another; the one chosen in its place waits for a person
    possible = [(d, ln) for d, ln in dates if check_reading("日期", d) is None] or dates
    first = _own_date(possible, ordered)
    factor = 0.95 if _own_date(dates, ordered) == first else 0.8
    if _fact_date(first[1], ordered):
        # only a date of what the paper certifies was read (a passbook's 开户日期): the paper's own date, most
        # often the copy's written over the page, was lost to OCR or never written; a person looks
        factor = 0.7
    d, ln = _whole_year(*first, possible)
    if _before_what_it_tells(d, ordered):
        # no proof is dated before what it attests: a seal's ink read a digit of the year wrong (2023 for 2025
        # on the reviewer's line). Another date of the paper that is not so (the one it prints by its label, the
        # signer's) is the paper's; a person looks either way
        after = [(d2, ln2) for d2, ln2 in possible if not _before_what_it_tells(d2, ordered)]
        if after:
            d, ln = _whole_year(*_own_date(after, ordered), after)
            factor = min(factor, 0.8)
    ex.set("日期", d, ln.confidence * factor, ln.page, ln.box)
    if _before_what_it_tells(d, ordered):
        ex.lower("日期", 0.6)  # a seal's ink read a digit of the year wrong (2023 for 2025): a person looks


# what a proof tells happened in a month ("于2025年8月遭受自然灾害", "于2024年3月发生交通事故")
_EVENT_SAID = re.compile(r"于((?:19|20)\d{2})年(\d{1,2})月(?:\d{1,2}日)?(?:遭受|发生|遭遇|因)")


def _before_what_it_tells(day: str, ordered: Sequence[TextLine]) -> bool:
    """Whether the paper's date is before the month of what it says happened: no proof is written
    before the event it attests, so one of the two was misread."""
    text = "".join(_compact(ln.text) for ln in ordered)
    return any(day[:7] < f"{m.group(1)}-{int(m.group(2)):02d}" for m in _EVENT_SAID.finditer(text))


def _own_date(dates: Sequence[tuple[str, TextLine]], ordered: Sequence[TextLine]) -> tuple[str, TextLine]:
    """The paper's own date among those it prints (the last of its kind, in reading order).

    The paper's own date (a letter's, a receipt's) wins over the day a clerk attested the copy, and that
    day over a date the paper prints of what it certifies (a passbook's 开户日期, a card's 有效期, a birth
    date): those are facts of the account or person, not the day the paper was made or copied."""
    attested = _attestation_lines(ordered)
    held = [(d, ln) for d, ln in dates if _fact_date(ln, ordered)]
    # a period (报到时间 8月28日至9月1日, a 公示期 from-to, a card's validity) is what the paper tells of, not
    # the day it was written: last of all
    period = [(d, ln) for d, ln in dates if (d, ln) not in held and _PERIOD.search(fold_fullwidth(ln.text))]
    own = [(d, ln) for d, ln in dates if id(ln) not in attested and (d, ln) not in held + period]
    copied = [(d, ln) for d, ln in dates if id(ln) in attested and (d, ln) not in held + period]
    return (own or copied or held or period)[-1]


def _whole_year(d: str, ln: TextLine, dates: Sequence[tuple[str, TextLine]]) -> tuple[str, TextLine]:
    """A date whose year a seal or a stroke cut ("20年8月25日" of 2023年8月25日) is the whole date the paper
    prints elsewhere on the same month and day (a counterfoil's, the letter's body), when it prints one."""
    if d in {w for _p, w in _whole_dates(ln.text)}:
        return d, ln
    same = [(w, wl) for w, wl in dates if w != d and w[5:] == d[5:] and w in {x for _p, x in _whole_dates(wl.text)}]
    return same[-1] if same else (d, ln)


# a day, then 至 / 到 / a dash and another day (its year, or its month, may be left out)
_PERIOD = re.compile(
    r"\d{1,2}\s*[月./\-]\s*\d{1,2}\s*[日号]?\s*(?:至|到|~|～|—|－|-)\s*"
    r"(?:(?:19|20)\d{2}\s*[年./\-]\s*)?(?:\d{1,2}\s*[月./\-]\s*)?\d{1,2}\s*[日号]"
    r"|\d{1,2}\s*[月./\-]\s*\d{1,2}\s*[日号]?\s*(?:至|到|~|～|—|－|-)\s*(?:19|20)\d{2}\s*[年./\-]\s*\d{1,2}\s*[月./\-]\s*\d{1,2}"
)


# labels of dates that are facts about what a paper certifies, not the paper's own date
_FACT_DATE_WORDS = ("开户", "有效", "出生", "发卡", "到期", "失效", "截止")
_LABEL_HEAD = re.compile(r"^[\u4e00-\u9fa5（）()]{1,12}[:：]?")


def _bare_date(text: str) -> list[str]:
    """A date written without separators or having lost one ("20260106", "结算日期：202605.22"): the line is
    that date alone, after a date's label if it has one; nothing else in it (a 票号 or 流水号 of eight digits
    is no date)."""
    t = _compact(fold_fullwidth(text))
    rest = _LABEL_HEAD.sub("", t)
    label = t[: len(t) - len(rest)]
    if label:
        rest = rest.lstrip(".。·,，")  # the label's colon read as a stop ("出具日期.202512-10")
    if label and not re.search(r"日期|时间|日|年月", label):
        return []
    if re.fullmatch(r"(?:19|20)\d{5}", rest):
        return _seven_digit_date(rest)
    if not re.fullmatch(r"\d{4}[.\-/]?\d{2}[.\-/]?\d{1,2}", rest) or len(re.sub(r"\D", "", rest)) not in (7, 8):
        return []
    day = parse_date(rest)
    return [day.isoformat()] if day is not None else []


def _seven_digit_date(digits: str) -> list[str]:
    """Seven digits of a date whose separators were lost ("2026611"): the year, then a month of one digit and
    a day of two, or a month of two and a day of one; the date when only one of the two is a day of the
    calendar ("2026111" may be 1月11日 or 11月1日: none)."""
    found = []
    for month, day in ((digits[4], digits[5:]), (digits[4:6], digits[6])):
        try:
            found.append(date(int(digits[:4]), int(month), int(day)).isoformat())
        except ValueError:
            continue
    return found if len(found) == 1 else []


def _fact_date(ln: TextLine, lines: Sequence[TextLine]) -> bool:
    """Whether the date on ``ln`` is labelled as a fact of what the paper certifies (开户日期, 有效期至 …)."""
    return any(w in _date_label(ln, lines) for w in _FACT_DATE_WORDS)


# labels of the day a clerk checked a copy against its original (核对日期, 核实时间, 复印日期 …), or the union's
# reviewer the material (审核日期 under a 工会审核人's signature, on a table of the receipts handed in): an
# attestation's date, whatever the form the clerk filled it in (a check table under the copy, a stamp's line)
_CHECK_DATE_WORDS = ("核对", "核实", "复核", "复印", "核验", "审核")


def _check_date(ln: TextLine, lines: Sequence[TextLine]) -> bool:
    """Whether the date on ``ln`` is labelled as the day the copy was checked (the attestation's, not the
    paper's own). A label is short: a sentence that opens 经核实，… tells of what it found, its dates too."""
    head = _date_label(ln, lines).rstrip(":：")
    return len(head) <= 8 and any(w in head for w in _CHECK_DATE_WORDS)


def _date_label(ln: TextLine, lines: Sequence[TextLine]) -> str:
    """The words a date on ``ln`` is labelled with: those before it on its own text, else the text left of
    it on its row (a label in a cell of its own)."""
    t = _compact(fold_fullwidth(ln.text))
    head = re.split(r"\d", t, maxsplit=1)[0]
    if not re.search(r"[\u4e00-\u9fa5]", head):
        left = [
            o
            for o in lines
            if o is not ln
            and o.page == ln.page
            and o.box[2] <= ln.box[0] + 0.5 * ln.height
            and min(o.box[3], ln.box[3]) - max(o.box[1], ln.box[1]) >= 0.5 * min(o.height, ln.height)
        ]
        nearest = max(left, key=lambda o: o.box[2], default=None)
        head = _compact(nearest.text) if nearest is not None else ""
    return head


def _attestation_lines(lines: Sequence[TextLine]) -> set[int]:
    """Ids of a copy's attestation notes and of the signature and date written with them."""
    notes = [ln for ln in lines if _ATTESTATION.search(ln.text)]
    checked = {id(ln) for ln in lines if re.search(r"\d", ln.text) and _check_date(ln, lines)}
    return checked | {id(t) for n in notes for t in (n, *_signature_of(n, lines))}


# ---------------------------------------------------------------------------------------------
# Entry point


# the printed labels of each card photocopied onto a sheet (the pipeline joins a card's regions by them)
CARD_LABELS: dict[str, Mapping[str, str]] = {
    "身份证": ID_CARD_LABELS,
    "残疾人证": DISABILITY_LABELS,
    "低保证": DIBAO_LABELS,
}


_NAME_FIELDS = ("姓名", "户主姓名")


def _clean_names(ex: Extraction) -> None:
    """A name read next to a tick box or a blank keeps only its characters ("☑吕静" → 吕静)."""
    for lab in _NAME_FIELDS:
        v = ex.fields.get(lab)
        if isinstance(v, str) and not _NAME_CHARS.fullmatch(v):
            name = person_name(v)
            if name is not None:
                ex.fields[lab] = name
        v = ex.fields.get(lab)
        if isinstance(v, str) and len(v) in (4, 6, 8) and v[: len(v) // 2] == v[len(v) // 2 :]:
            ex.fields[lab] = v[: len(v) // 2]  # the value and a signature of the same name merged in one cell


READERS: dict[str, Callable[[Extraction, Sequence[TextLine]], None]] = {
    "低保证": read_dibao_card,
    "残疾人证": read_disability,
    "收入证明": read_income,
    "诊断证明": read_diagnosis,
    "公示证明": read_publicity,
    "劳动合同": read_contract,
    "其他": other_document,
}


def read_certificate(
    doc_type: str,
    ex: Extraction,
    raw_lines: Sequence[TextLine],
    lines: Sequence[TextLine],
    today: date | None = None,
    grid: Mapping[int, Sequence[Box]] | None = None,
    checkboxes: Sequence[tuple[Box, bool]] | Mapping[int, Sequence[tuple[Box, bool]]] | None = None,
) -> None:
    """The document-specific reading of identity papers and certificates, over the generic pairs.

    ``raw_lines`` are the OCR lines; ``lines`` the same merged per ruled cell (户口簿 pages); ``grid`` the
    ruled cells of each page, where the page has a table; ``checkboxes`` the image's marked boxes (by page,
    or one list for any page).
    """
    marks: Marks = (
        {p: list(bs) for p, bs in checkboxes.items()} if isinstance(checkboxes, Mapping)
        else {None: list(checkboxes or ())}
    )
    if doc_type == "身份证" and len(sides := card_sides(raw_lines, ID_CARD_LABELS)) >= 2:
        _read_id_sides(ex, sides, today)
        _no_words_for_number(ex)
    elif doc_type == "身份证":
        read_id_card(ex, raw_lines, today)
        _no_words_for_number(ex)
    elif doc_type == "户口簿":
        hukou_entries(ex, lines)
    elif doc_type == "诊断证明":
        read_diagnosis(ex, raw_lines, grid)
    elif doc_type == "残疾人证":
        read_disability(ex, raw_lines, marks)
    elif doc_type in READERS:
        READERS[doc_type](ex, raw_lines)
    if doc_type in ("身份证", "户口簿", "低保证", "诊断证明", "公示证明", "劳动合同", "其他", "残疾人证"):
        _clean_names(ex)
