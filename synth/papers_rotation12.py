"""Rotation 12's printings of 身份证, 户口簿, 低保证, 诊断证明 and 残疾人证 (2026-12-07), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Drawn from REAL-DOCUMENTS.md and ARCHIVE-SCHEMA.md with the card and copier parts of ``papers_id``,
``papers_cert`` and ``papers_rotation3``. Truth as for the kind's other layouts (synth/README.md "Output").
"""

from __future__ import annotations

import math
import random
from datetime import date, timedelta
from typing import Any

from dangan.synth import papers_rotation11  # noqa: F401  (registers rotation 11's printings before these)
from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.papers_cert import ADVICE, EXTRA_DIAGNOSES, _dibao_facts, _disability_facts, dibao_document
from dangan.synth.papers_id import CARD, EDUCATION, IdFacts, id_facts
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.render import A4, Document, cn_date

GREY = (100, 100, 108)
SEAL_RED = (200, 38, 48)
LANDSCAPE = (A4[1], A4[0])
INKS = (INK_BLUE, BLACK, (30, 30, 75))


def _circle(p: Page, cx: float, cy: float, r: float, w: float = 0.3, color: tuple[int, int, int] = BLACK) -> None:
    pts = [(cx + r * math.cos(2 * math.pi * i / 24), cy + r * math.sin(2 * math.pi * i / 24)) for i in range(25)]
    p.poly(pts, w, color)


def _spaced(s: str) -> str:
    """A label letter-spaced to the width of a longer one (the spaces are only room)."""
    return " ".join(s) if len(s) == 2 else s


# ---------------------------------------------------------------------------------------------------------
# 居民身份证: the two faces sent by fax from the holder's community office: enlarged on the copier, side by side
# across a landscape sheet, the fax machine's header line at the top and its streaks across the page, the
# address wrapped on the card as the card printer wraps it (eleven characters a line); the community's boxed
# 核对 stamp under the cards filled in by hand
# ---------------------------------------------------------------------------------------------------------
def _front12(f: IdFacts, rng: random.Random) -> Page:
    p = Page(*CARD, paper=(236, 240, 244))
    p.rect(0, 0, CARD[0], CARD[1], 0.3, (150, 160, 170))
    by, bm, bd = f.born.split("-")
    lbl = (80, 80, 90)
    p.text(4.5, 7.5, "姓 名", 2.3, "hei", color=lbl)
    p.text(14, 7.5, f.name, 3.9, "hei")
    p.text(4.5, 14, "性 别", 2.3, "hei", color=lbl)
    p.text(14, 14, f.gender, 3.1, "hei")
    p.text(23, 14, "民 族", 2.3, "hei", color=lbl)
    p.text(32, 14, f.ethnic, 3.1, "hei")
    p.text(4.5, 20.5, "出 生", 2.3, "hei", color=lbl)
    p.text(14, 20.5, f"{by} 年 {int(bm)} 月 {int(bd)} 日", 3.0, "hei")
    p.text(4.5, 27, "住 址", 2.3, "hei", color=lbl)
    for i in range(0, len(f.addr), 11):  # the card printer's eleven characters a line
        p.text(14, 27 + (i // 11) * 4.6, f.addr[i:i + 11], 3.0, "hei")
    p.text(4.5, 48, "公民身份号码", 2.3, "hei", color=lbl)
    p.text(24, 48, f.number, 3.6, "heimono")
    p.rect(59, 6, 81, 37, 0.1, (88, 88, 94), fill=(86, 86, 92))
    p.rect(65.5, 10, 74.5, 20, 0.1, (44, 44, 50), fill=(44, 44, 50))
    p.rect(61.5, 22, 78.5, 37, 0.1, (40, 40, 46), fill=(40, 40, 46))
    return p


def _back12(f: IdFacts) -> Page:
    p = Page(*CARD, paper=(238, 242, 238))
    p.rect(0, 0, CARD[0], CARD[1], 0.3, (150, 160, 170))
    _circle(p, 11, 11, 6.5, 0.4, (120, 100, 60))  # the emblem's place
    p.text(50, 12, "中华人民共和国", 3.7, "bold", "mm")
    p.text(50, 22.5, "居 民 身 份 证", 5.0, "bold", "mm")
    p.text(9, 39.5, "签发机关", 2.4, "hei", color=(80, 80, 90))
    p.text(23, 39.5, f.issuer, 2.9, "hei")
    p.text(9, 46.5, "有效期限", 2.4, "hei", color=(80, 80, 90))
    p.text(23, 46.5, f.valid, 2.9, "hei")
    return p


@layout("身份证", "身份证/轮换12")
def id_card_faxed(hh: Household, name: str, rng: random.Random) -> Document:
    f = id_facts(hh, name, rng)
    w, h = LANDSCAPE
    sheet = Page(w, h, mono=True, tone=round(rng.uniform(0.1, 0.6), 2))
    sent = hh.created - timedelta(days=rng.randrange(1, 25))
    office = f"{rng.choice(hh.unit.streets)[:4]}社区居委会"
    number = f"{hh.unit.phone_area}-{rng.randrange(80000000, 89999999)}"
    head = f"{sent:%Y-%m-%d} {rng.randrange(8, 17):02d}:{rng.randrange(0, 60):02d}   FROM: {number}   TO:"
    sheet.text(8, 5, head, 2.6, "heimono")
    sheet.text(w - 8, 5, "P.001/001", 2.6, "heimono", "rm")
    for _ in range(rng.randrange(3, 8)):  # the fax's streaks
        y = rng.uniform(12, h - 6)
        sheet.line(4, y, w - 4, y, rng.uniform(0.08, 0.25), (150, 150, 150))
    k = rng.choice((1.2, 1.3, 1.41))
    gap = rng.uniform(6, 14)
    span = 2 * CARD[0] * k + gap
    x = (w - span) / 2 + rng.uniform(-6, 6)
    y = rng.uniform(16, 30)
    back_first = rng.random() < 0.3
    faces = [_back12(f), _front12(f, rng)] if back_first else [_front12(f, rng), _back12(f)]
    for face in faces:
        embed_scaled(sheet, face, x, y, k)
        x += CARD[0] * k + gap
    # the community's 核对 stamp, a box of printed lines filled in by hand
    sy = y + CARD[1] * k + rng.uniform(12, 22)
    sx = rng.uniform(30, 150)
    stamp = (70, 70, 70)
    sheet.rect(sx, sy, sx + 78, sy + 26, 0.5, stamp)
    sheet.text(sx + 39, sy + 5, "复印件与原件核对无误", 3.6, "bold", "mm", stamp)
    sheet.line(sx, sy + 9, sx + 78, sy + 9, 0.3, stamp)
    sheet.text(sx + 3, sy + 14.5, "核对人：", 3.0, "sans", color=stamp)
    sheet.text(sx + 3, sy + 21.5, "日　期：", 3.0, "sans", color=stamp)
    ink = rng.choice(INKS)
    sheet.text(sx + 18, sy + 14.2, rng.choice(("黄丽", "钱志强", "马晓燕", "曹敏")), 4.4, "kai", color=ink)
    sheet.text(sx + 18, sy + 21.2, f"{sent.year}.{sent.month}.{sent.day}", 4.0, "kai", color=ink)
    if rng.random() < 0.8:
        sheet.seal(sx + 62 + rng.uniform(-4, 4), sy + 15 + rng.uniform(-3, 3), 11.0, office[:12], "",
                   rng.uniform(-20, 20), SEAL_RED, rng.randrange(1 << 30))
    if rng.random() < 0.6:
        sheet.text(min(sx + 96, w - 60), sy + 14, rng.choice(("此件仅用于困难职工建档", "仅供工会建档")), 4.6, "kai",
                   color=ink)
    fields = f.fields()
    sheet.fields = dict(fields)
    return Document("身份证", [sheet], fields, [], person=name, material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 户口簿: a bureau's printing whose register card is grouped in bands, each band's title set one character under
# another in a merged cell down the left, the labels right-aligned against their values in the same row, the
# values typed by the station's printer in a small serif; the relation to the householder in a band of its
# own over the card; each leaf copied slightly reduced onto its own portrait A4, punched for the archive's
# binder and numbered by the archivist in the top right corner
# ---------------------------------------------------------------------------------------------------------
LEAF = (104.0, 146.0)


def _vertical(p: Page, x0: float, y0: float, x1: float, y1: float, label: str, size: float, font: str) -> None:
    step = min(size * 1.45, (y1 - y0 - 2) / max(1, len(label)))
    top = (y0 + y1) / 2 - step * (len(label) - 1) / 2
    for i, ch in enumerate(label):
        p.text((x0 + x1) / 2, top + i * step, ch, size, font, "mm")


class _Band:
    """Rows of (label, value) pairs under a band title in a merged cell down the left."""

    def __init__(self, p: Page, x0: float, x1: float, lf: str, vf: str) -> None:
        self.p, self.x0, self.x1, self.lf, self.vf = p, x0, x1, lf, vf

    def band(self, y: float, title: str, rows: list[list[tuple[str, str]]], rh: float,
             heights: dict[int, float] | None = None) -> float:
        """``heights``: the rows (by index) taller than ``rh``."""
        p = self.p
        tw = 7.0
        hs = [(heights or {}).get(i, rh) for i in range(len(rows))]
        bottom = y + sum(hs)
        p.rect(self.x0, y, self.x0 + tw, bottom, 0.4)
        _vertical(p, self.x0, y, self.x0 + tw, bottom, title, 2.6, self.lf)
        ry = y
        for pairs, rh in zip(rows, hs, strict=True):
            share = (self.x1 - self.x0 - tw) / len(pairs)
            for j, (label, value) in enumerate(pairs):
                cx = self.x0 + tw + j * share
                lw = min(share * 0.55, 3.0 + text_width(label, 2.3, self.lf))
                p.rect(cx, ry, cx + share, ry + rh, 0.2)
                p.fit(cx, ry, cx + lw, ry + rh, label, 2.3, self.lf, pad=0.5)
                p.fit(cx + lw, ry, cx + share, ry + rh, value, 2.9, self.vf, "left", pad=0.8)
            ry += rh
        p.rect(self.x0, y, self.x1, bottom, 0.5)
        return bottom


def _hukou_head12(hh: Household, rng: random.Random, addr: str, station: str, lf: str, vf: str) -> Page:
    r = hh.record
    p = Page(*LEAF, paper=(245, 244, 238))
    p.text(LEAF[0] / 2, 12, "户　口　簿", 5.4, "serifbold" if lf == "serif" else "bold", "mm")
    p.text(LEAF[0] / 2, 19, "户主页", 3.0, lf, "mm")
    kind = "农业家庭户口" if r["是否农民工"] else rng.choice(("家庭户", "家庭户", "非农业家庭户口"))
    issued = hh.created - timedelta(days=rng.randrange(2500, 8000))
    b = _Band(p, 6, LEAF[0] - 6, lf, vf)
    y = b.band(25, "户籍信息", [[("户别", kind), ("户号", f"{rng.randrange(10000000, 99999999)}")],
                            [("户主姓名", r["姓名"])], [("住址", addr)]], 10.0, {2: 18.0})
    y = b.band(y, "登记", [[("签发日期", f"{issued.year}年{issued.month}月{issued.day}日")],
                          [("承办人签章", "")]], 10.0)
    p.text(LEAF[0] / 2 + 8, y - 5, rng.choice(("杨", "朱", "何", "郭")) + rng.choice(("立新", "春梅", "建军", "玲")),
           4.0, "kai", color=INK_BLUE)
    p.rect(6, y + 6, LEAF[0] - 6, LEAF[1] - 8, 0.4)
    p.text(9, y + 11, "户口登记机关盖章", 2.4, lf)
    p.seal(LEAF[0] / 2 + rng.uniform(-10, 14), y + 26 + rng.uniform(-3, 3), 13.0, station[:14], "户口专用章",
           rng.uniform(-25, 25), SEAL_RED, rng.randrange(1 << 30))
    p.fields = {"户主姓名": r["姓名"], "住址": addr}
    return p


def _hukou_card12(hh: Household, rng: random.Random, person: dict[str, Any], station: str, lf: str,
                  vf: str) -> Page:
    r = hh.record
    p = Page(*LEAF, paper=(245, 244, 238))
    p.text(LEAF[0] / 2, 9, "常住人口登记卡", 4.4, "serifbold" if lf == "serif" else "bold", "mm")
    x0, x1 = 6.0, LEAF[0] - 6.0
    p.rect(x0, 14, x1, 22, 0.5)
    p.text(x0 + 2, 18, "户主或与户主关系", 2.5, lf)
    p.text(x0 + 4 + text_width("户主或与户主关系", 2.5, lf), 18, person["关系"], 3.1, vf)
    y, m, d = person["出生日期"].split("-")
    born = f"{y}年{int(m)}月{int(d)}日"
    place = r["户口所在地行政区划"][:6]
    job = {"在职": "职员", "在读": "学生", "退休": "退休人员"}.get(person.get("人员身份") or "", "")
    b = _Band(p, x0, x1, lf, vf)
    yy = b.band(24, "基本信息", [[("姓名", person["姓名"]), ("曾用名", "")],
                              [("性别", person["性别"]), ("民族", person["民族"])],
                              [("出生日期", born), ("出生地", place)],
                              [("籍贯", place), ("宗教信仰", "")]], 8.5)
    yy = b.band(yy, "证件", [[("公民身份证件编号", " ".join(person["身份证号"]))], [("身高", ""), ("血型", "")]], 8.5)
    yy = b.band(yy, "其他", [[("文化程度", EDUCATION.get(person.get("当前学历") or "", "")),
                             ("婚姻状况", person.get("婚姻状况") or "")],
                            [("服务处所", person.get("单位或学校") or "")],
                            [("职业", job), ("兵役状况", "")],
                            [("何时由何地迁来本址", "")]], 8.5)
    moved = hh.created - timedelta(days=rng.randrange(1500, 9000))
    p.text(x0 + 2, yy + 7, "承办人签章", 2.4, lf)
    p.text(x0 + 18, yy + 6.7, rng.choice(("吴", "郑", "冯", "韩")) + rng.choice(("卫国", "秀英", "海涛", "静")), 4.0,
           "kai", color=INK_BLUE)
    p.text(LEAF[0] / 2 + 8, yy + 7, "登记日期", 2.4, lf)
    p.text(x1 - 1, yy + 7, f"{moved.year}年{moved.month}月{moved.day}日", 2.9, vf, "rm")
    p.seal(x0 + 24 + rng.uniform(-5, 5), yy + 9 + rng.uniform(-2, 3), 11.0, station[:14], "户口专用章",
           rng.uniform(-25, 25), SEAL_RED, rng.randrange(1 << 30))
    p.members = [{key: person[key] for key in ("姓名", "关系", "性别", "民族", "出生日期", "身份证号")}]
    return p


@layout("户口簿", "户口簿/轮换12")
def hukou_banded_punched(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    addr = id_facts(hh, r["姓名"], rng).addr
    station = f"{hh.unit.city}市公安局{rng.choice(hh.unit.streets)[:2]}派出所"
    lf = rng.choice(("serif", "sans", "hei"))
    vf = rng.choice(("serif", "heimono"))
    people = [hh.householder() | {"关系": "户主", "婚姻状况": r["婚姻状况"]}, *hh.members]
    leaves = [_hukou_head12(hh, rng, addr, station, lf, vf)]
    leaves += [_hukou_card12(hh, rng, person, station, lf, vf) for person in people]
    tone = round(rng.uniform(0.0, 0.5), 2)
    k = rng.choice((0.93, 1.0, 1.1, 1.2))
    first = rng.randrange(1, 30)  # the archivist's page number of the first leaf
    pages: list[Page] = []
    for i, leaf in enumerate(leaves):
        sheet = Page(*A4, mono=True, tone=tone)
        x = (A4[0] - LEAF[0] * k) / 2 + rng.uniform(0, 16)
        y = rng.uniform(22, 50)
        embed_scaled(sheet, leaf, x, y, k)
        for hy in (A4[1] / 2 - 40, A4[1] / 2 + 40):  # the binder's punched holes
            _circle(sheet, 11, hy, 3.0, 0.4, (90, 90, 90))
        sheet.text(A4[0] - 14, 12, str(first + i), 4.6, "kai", "rm", (70, 70, 70))
        sheet.fields, sheet.members = dict(leaf.fields), list(leaf.members)
        pages.append(sheet)
    entries = [m for pg in leaves for m in pg.members]
    return Document("户口簿", pages, dict(leaves[0].fields), entries, person=r["姓名"], material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 低保证: a county's 最低生活保障证 whose data page writes each value on a line with its caption printed small
# under it; its 保障对象 page a table turned on its side (one column a person, one row an item); the two pages
# copied onto a portrait A4 in the order the clerk laid them, the members' page on top
# ---------------------------------------------------------------------------------------------------------
BOOK = (150.0, 104.0)


def _captioned(p: Page, x: float, y: float, w: float, value: str, caption: str, vf: str, lf: str,
               size: float = 3.2) -> None:
    """A value over its line, the caption under the line, small and centred."""
    p.fit(x, y - 5.5, x + w, y - 0.3, value, size, vf, pad=0.3)
    p.line(x, y, x + w, y, 0.25)
    p.text(x + w / 2, y + 2.8, caption, 2.2, lf, "mm", GREY)


@layout("低保证", "低保证/轮换12")
def dibao_captioned_transposed(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    f = _dibao_facts(hh, rng)
    issuer, issued, valid, sealed = f["issuer"], f["issued"], f["valid"], f["sealed"]
    people = [hh.householder() | {"关系": "户主"}, *hh.members]
    covered = people if rng.random() < 0.7 else people[: max(1, len(people) - 1)]
    lf = rng.choice(("sans", "serif", "hei"))
    vf = rng.choice(("sans", "hei", "serif"))
    hand = rng.random() < 0.45  # the values written by the 民政 clerk rather than printed
    vfont = "kai" if hand else vf
    paper = rng.choice(((246, 240, 226), (240, 246, 240), (244, 240, 244)))
    rural = bool(r["是否农民工"])
    # the data page
    a = Page(*BOOK, paper=paper)
    title = "农村居民最低生活保障证" if rural else "城市居民最低生活保障证"
    a.text(BOOK[0] / 2, 10, title, 4.8, "serifbold" if lf == "serif" else "bold", "mm")
    a.text(BOOK[0] - 8, 18, f"第 {hh.dibao_no} 号", 3.0, "heimono", "rm")
    x0, x1 = 10.0, BOOK[0] - 10.0
    span = x1 - x0
    y = 31.0
    _captioned(a, x0, y, span * 0.3, r["姓名"], "户主姓名", vfont, lf)
    _captioned(a, x0 + span * 0.34, y, span * 0.66, r["身份证号"], "身份证号码", vf, lf, 3.0)
    y += 13
    _captioned(a, x0, y, span, r["家庭住址"].removesuffix("（租住）"), "家庭住址", vfont, lf)
    y += 13
    amount = f"{hh.dibao_amount:.2f}" if rng.random() < 0.6 else f"{hh.dibao_amount}"
    _captioned(a, x0, y, span * 0.2, f"{r['家庭人口']}", "家庭人口（人）", vfont, lf)
    _captioned(a, x0 + span * 0.26, y, span * 0.2, f"{len(covered)}", "保障人口（人）", vfont, lf)
    _captioned(a, x0 + span * 0.52, y, span * 0.48, amount, "月保障金额（元）", vfont, lf)
    y += 13
    _captioned(a, x0, y, span * 0.46, cn_date(issued), "批准日期", vfont, lf)
    _captioned(a, x0 + span * 0.54, y, span * 0.46, cn_date(valid), "有效期至", vfont, lf)
    y += 13
    _captioned(a, x0 + span * 0.4, y + 4, span * 0.6, issuer, "发证机关（盖章）", vf, lf)
    if sealed:
        a.seal(x0 + span * 0.7 + rng.uniform(-8, 8), y - 2 + rng.uniform(-3, 3), 12.0, issuer[:14], "",
               rng.uniform(-25, 25), SEAL_RED, rng.randrange(1 << 30))
    a.text(x0, y, "本证每年审验一次，", 2.2, lf, color=GREY)
    a.text(x0, y + 4, "未经审验自行失效。", 2.2, lf, color=GREY)
    # the 保障对象 page: a column a person
    b = Page(*BOOK, paper=paper)
    b.text(BOOK[0] / 2, 9, "保 障 对 象", 4.2, "serifbold" if lf == "serif" else "bold", "mm")
    heads = ("姓名", "与户主关系", "身份证号码", "备注")
    rows_h = (9.0, 9.0, 16.0, 9.0)
    cols = max(4, len(covered))
    lw = 20.0
    cw = (BOOK[0] - 12 - lw) / cols
    top = 15.0
    yy = top
    for head, rh in zip(heads, rows_h, strict=True):
        b.rect(6, yy, 6 + lw, yy + rh, 0.3, fill=(228, 228, 228))
        b.fit(6, yy, 6 + lw, yy + rh, head, 2.5, lf, pad=0.4)
        for c in range(cols):
            b.rect(6 + lw + c * cw, yy, 6 + lw + (c + 1) * cw, yy + rh, 0.2)
        yy += rh
    b.rect(6, top, BOOK[0] - 6, yy, 0.5)
    for c, m in enumerate(covered):
        cx = 6 + lw + c * cw
        yy = top
        for value, rh in zip((m["姓名"], m["关系"], m["身份证号"]), rows_h, strict=False):
            size = 2.6 if value == m["身份证号"] else 3.0
            b.fit(cx, yy, cx + cw, yy + rh, value, size, "heimono" if value == m["身份证号"] else vfont, pad=0.5)
            yy += rh
    b.text(6, top + sum(rows_h) + 8, "年审记录", 3.0, lf)
    for i in range(3):
        ry = top + sum(rows_h) + 12 + i * 8
        b.line(6, ry + 8, BOOK[0] - 6, ry + 8, 0.2, GREY)
        b.text(8, ry + 4, f"{issued.year + i}年度", 2.5, lf, color=GREY)
    page = Page(*A4, mono=True, tone=round(rng.uniform(0.05, 0.55), 2))
    px = (A4[0] - BOOK[0]) / 2 + rng.uniform(-16, 16)
    py = rng.uniform(14, 30)
    gap = rng.uniform(8, 20)
    page.embed(b, px, py)
    page.embed(a, px + rng.uniform(-4, 4), py + BOOK[1] + gap)
    return dibao_document(hh, page, covered, issuer, valid, sealed)


# ---------------------------------------------------------------------------------------------------------
# 诊断证明: a hospital's two-part pad, the 存根 kept by the hospital on the left (a narrow ruled column) and the
# 诊断证明书 given to the patient on the right (blanks on underlines, filled by hand), the 诊断证明专用章
# straddling the perforation between them; the unseparated pair copied onto landscape A4
# ---------------------------------------------------------------------------------------------------------
@layout("诊断证明", "诊断证明/轮换12")
def diagnosis_stub_pair(hh: Household, name: str, rng: random.Random) -> Document:
    person = hh.person(name)
    hospital = rng.choice(hh.unit.hospitals)
    doctor = rng.choice(("许文杰", "沈丽华", "邓建平", "彭晓东", "韦小红", "田国强", "夏婉如"))
    issued = hh.created - timedelta(days=rng.randrange(5, 200))
    lines = [person["疾病/残疾类别"] or "慢性病", *rng.sample(EXTRA_DIAGNOSES, rng.randrange(0, 3))]
    dept = rng.choice(("内科", "外科", "肿瘤科", "神经内科", "心血管内科", "骨科", "肾内科"))
    inpatient = rng.random() < 0.4
    record_no = f"{rng.randrange(100000, 999999)}" if inpatient else f"{rng.randrange(10000000, 99999999)}"
    age = person["年龄"]
    sealed = rng.random() < 0.85
    lf = rng.choice(("serif", "sans"))
    ink = rng.choice(INKS)
    serial = f"{rng.randrange(0, 999999):06d}"
    w, h = LANDSCAPE
    page = Page(w, h, mono=True, tone=round(rng.uniform(0.0, 0.5), 2))
    ox, oy = rng.uniform(10, 18), rng.uniform(14, 28)
    sw, cw, ph = 62.0, 190.0, 150.0
    if ox + sw + cw > w - 6:
        cw = w - 6 - ox - sw
    page.rect(ox, oy, ox + sw + cw, oy + ph, 0.2, (140, 140, 140))
    # the 存根
    sx = ox + 4
    page.text(ox + sw / 2, oy + 9, "诊断证明书", 3.8, "bold", "mm")
    page.text(ox + sw / 2, oy + 15, "（存　根）", 2.8, lf, "mm")
    page.text(ox + sw - 4, oy + 21, f"№{serial}", 2.8, "heimono", "rm")
    stub = [("姓名", name), ("性别", person["性别"]), ("年龄", f"{age}岁"), ("科别", dept),
            ("住院号" if inpatient else "门诊号", record_no), ("诊断", "；".join(lines)),
            ("医师", doctor), ("日期", f"{issued.year}.{issued.month}.{issued.day}")]
    yy = oy + 25
    for label, value in stub:
        rh = 26.0 if label == "诊断" else 10.5
        page.rect(sx, yy, sx + 14, yy + rh, 0.2)
        page.fit(sx, yy, sx + 14, yy + rh, label, 2.5, lf, pad=0.3)
        page.rect(sx + 14, yy, ox + sw - 4, yy + rh, 0.2)
        page.fit(sx + 14, yy, ox + sw - 4, yy + rh, value, 3.3, "kai", "left", ink, pad=0.8, jitter=rng)
        yy += rh
    # the perforation
    px = ox + sw
    y = oy + 2
    while y < oy + ph - 2:
        page.line(px, y, px, y + 1.6, 0.3, (90, 90, 90))
        y += 3.2
    # the 证明书
    cx0, cx1 = px + 8, ox + sw + cw - 8
    page.text((cx0 + cx1) / 2, oy + 10, hospital, 4.6, "serifbold" if lf == "serif" else "bold", "mm")
    page.text((cx0 + cx1) / 2, oy + 19, "诊 断 证 明 书", 5.4, "serifbold" if lf == "serif" else "bold", "mm")
    page.text(cx1, oy + 26, f"№{serial}", 2.8, "heimono", "rm")

    def blank(x: float, y: float, label: str, value: str, width: float) -> float:
        page.text(x, y, label, 3.2, lf)
        lx = x + text_width(label, 3.2, lf) + 1
        page.line(lx, y + 2.4, lx + width, y + 2.4, 0.2)
        page.text(lx + 1.5 + rng.uniform(0, 1.5), y - 0.4 + rng.uniform(-0.4, 0.3), value, 3.9, "kai", color=ink)
        return lx + width + 3

    y = oy + 36
    x = blank(cx0, y, "姓名", name, 26)
    x = blank(x, y, "性别", person["性别"], 10)
    x = blank(x, y, "年龄", f"{age}岁", 12)
    blank(x, y, "科别", dept, max(14.0, cx1 - x - 14))
    y += 11
    blank(cx0, y, "住院号" if inpatient else "门诊号", record_no, 40)
    y += 13
    page.text(cx0, y, "诊断：", 3.4, lf)
    dy = y
    for i, ln in enumerate(lines):
        page.line(cx0 + 12, dy + 2.4, cx1, dy + 2.4, 0.2)
        page.text(cx0 + 14 + rng.uniform(0, 2), dy - 0.4, f"{i + 1}.{ln}" if len(lines) > 1 else ln, 3.9, "kai",
                  color=ink)
        dy += 9
    y = max(dy, y + 18) + 4
    page.text(cx0, y, "处理意见：", 3.4, lf)
    page.line(cx0 + 18, y + 2.4, cx1, y + 2.4, 0.2)
    page.fit(cx0 + 18, y - 4, cx1, y + 2.2, rng.choice(ADVICE), 3.7, "kai", "left", ink, pad=1.0)
    y += 20
    blank(cx0 + 40, y, "医师签名", doctor, 28)
    y += 11
    page.text(cx0 + 40, y, "日期", 3.2, lf)
    page.text(cx0 + 40 + text_width("日期", 3.2, lf) + 3, y - 0.4, cn_date(issued), 3.9, "kai", color=ink)
    page.text(cx0, oy + ph - 6, "（本证明需加盖诊断证明专用章方有效）", 2.4, lf, color=GREY)
    if sealed:  # over the perforation, half on the stub
        page.seal(px + rng.uniform(-3, 3), oy + ph - 34 + rng.uniform(-6, 6), 13.0, hospital[:14], "诊断证明专用章",
                  rng.uniform(-15, 15), SEAL_RED, rng.randrange(1 << 30))
    fields: dict[str, Any] = {"医院名称": hospital, "姓名": name, "性别": person["性别"], "年龄": age, "科别": dept}
    fields["住院号" if inpatient else "门诊号"] = record_no
    fields |= {"诊断": "；".join(lines), "出具日期": issued.isoformat(), "医师": doctor, "是否盖章": sealed}
    page.fields = dict(fields)
    return Document("诊断证明", [page], fields, person=name, material="致困原因证明")


# ---------------------------------------------------------------------------------------------------------
# 残疾人证: the street's 残联 certifies the holder's card from the federation's database: a letter on landscape A4
# with a one-row table (the items in the header row, narrow columns, long values wrapped), the 残联 seal
# over the date, the clerk and a telephone number
# ---------------------------------------------------------------------------------------------------------
@layout("残疾人证", "残疾人证/轮换12")
def disability_database_certificate(hh: Household, name: str, rng: random.Random) -> Document:
    f = _disability_facts(hh, name, rng)
    person = f["person"]
    issued: date = f["issued"]
    district = hh.unit.region_name[-3:]
    office = f"{hh.unit.city}市{district}残疾人联合会"
    w, h = LANDSCAPE
    lf = rng.choice(("serif", "sans", "hei"))
    vf = rng.choice(("sans", "serif", "hei"))
    colour = rng.random() < 0.25
    page = Page(w, h, mono=not colour, tone=0.0 if colour else round(rng.uniform(0.0, 0.45), 2))
    bold = "serifbold" if lf == "serif" else "bold"
    page.text(w / 2, 22, "持证残疾人信息证明", 6.2, bold, "mm")
    year = hh.created.year
    page.text(w - 22, 32, f"{district[:-1]}残联证字〔{year}〕{rng.randrange(1, 99)}号", 3.0, lf, "rm")
    page.text(22, 42, f"{hh.unit.employer}工会：", 3.6, lf)
    page.text(30, 51, "经查询全国残疾人人口基础数据库，下列人员持有《中华人民共和国残疾人证》，信息如下：", 3.6, lf)
    cols = [("姓名", 1.0, name), ("性别", 0.55, person["性别"]), ("民族", 0.6, person["民族"]),
            ("公民身份号码", 1.9, person["身份证号"]), ("残疾人证号", 2.1, f["number"]),
            ("残疾类别", 1.0, f["category"]), ("残疾等级", 0.8, f["grade"]),
            ("发证日期", 1.15, issued.isoformat() if rng.random() < 0.5 else cn_date(issued)),
            ("证件状态", 0.8, rng.choice(("有效", "正常")))]
    if rng.random() < 0.5:  # another print of the query puts the number first
        cols.insert(0, cols.pop(4))
    x0, x1 = 20.0, w - 20.0
    total = sum(c[1] for c in cols) + 0.5
    x = x0
    top, hh1, hh2 = 60.0, 11.0, 16.0
    page.rect(x, top, x + (x1 - x0) * 0.5 / total, top + hh1, 0.25, fill=(232, 232, 232) if colour else None)
    page.fit(x, top, x + (x1 - x0) * 0.5 / total, top + hh1, "序号", 2.9, lf, pad=0.3)
    page.rect(x, top + hh1, x + (x1 - x0) * 0.5 / total, top + hh1 + hh2, 0.25)
    page.fit(x, top + hh1, x + (x1 - x0) * 0.5 / total, top + hh1 + hh2, "1", 3.2, vf, pad=0.3)
    x += (x1 - x0) * 0.5 / total
    for label, share, value in cols:
        cw = (x1 - x0) * share / total
        page.rect(x, top, x + cw, top + hh1, 0.25, fill=(232, 232, 232) if colour else None)
        page.fit(x, top, x + cw, top + hh1, label, 2.9, lf, pad=0.3)
        page.rect(x, top + hh1, x + cw, top + hh1 + hh2, 0.25)
        mono = label in ("公民身份号码", "残疾人证号")
        page.fit(x, top + hh1, x + cw, top + hh1 + hh2, value, 3.1 if mono else 3.2, "heimono" if mono else vf,
                 pad=0.6)
        x += cw
    page.rect(x0, top, x1, top + hh1 + hh2, 0.5)
    y = top + hh1 + hh2 + 12
    page.text(30, y, "特此证明。", 3.6, lf)
    when = hh.created - timedelta(days=rng.randrange(0, 20))
    page.text(w - 40, y + 22, office, 3.6, lf, "mm")
    page.text(w - 40, y + 31, cn_date(when), 3.6, lf, "mm")
    page.seal(w - 40 + rng.uniform(-8, 8), y + 25 + rng.uniform(-3, 3), 16.0, office[:14], "",
              rng.uniform(-20, 20), SEAL_RED, rng.randrange(1 << 30))
    clerk = rng.choice(("龚红", "谭立", "孔雪梅", "廖建"))
    page.text(30, y + 40, f"经办人：{clerk}　　联系电话：{hh.unit.phone_area}-{rng.randrange(80000000, 89999999)}", 3.1,
              lf)
    page.text(30, y + 48, "（本证明仅用于困难职工建档，有效期三个月）", 2.8, lf, color=GREY)
    fields = {"姓名": name, "性别": person["性别"], "民族": person["民族"], "身份证号": person["身份证号"],
              "残疾人证号": f["number"], "残疾类别": f["category"], "残疾等级": f["grade"],
              "发证日期": issued.isoformat()}
    page.fields = dict(fields)
    return Document("残疾人证", [page], fields, person=name, material="致困原因证明")
