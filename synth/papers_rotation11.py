"""Rotation 11's printings of 身份证, 户口簿, 低保证, 诊断证明 and 残疾人证 (2026-12-07), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Drawn from REAL-DOCUMENTS.md and ARCHIVE-SCHEMA.md with the card and copier parts of ``papers_id``,
``papers_cert`` and ``papers_rotation3``. Truth as for the kind's other layouts (synth/README.md "Output").
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from dangan.synth import papers_rotation10  # noqa: F401  (registers rotation 10's printings before these)
from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.papers_cert import ADVICE, EXTRA_DIAGNOSES, _dibao_facts, _disability_facts, dibao_document
from dangan.synth.papers_id import CARD, EDUCATION, IdFacts, id_facts
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.render import A4, Document, cn_date

GREY = (105, 105, 112)
PALE = (190, 200, 215)
SEAL_RED = (205, 35, 45)
SERIAL_RED = (190, 40, 40)


def _bold(font: str) -> str:
    return "serifbold" if font == "serif" else "bold"


def _qr(p: Page, rng: random.Random, x: float, y: float, side: float) -> None:
    """A QR code's look: three finder squares and random modules."""
    n = 25
    m = side / n
    for i in range(n):
        for j in range(n):
            corner = next(((i0, j0) for i0, j0 in ((0, 0), (0, n - 7), (n - 7, 0))
                           if i0 <= i < i0 + 7 and j0 <= j < j0 + 7), None)
            if corner:
                a, b = i - corner[0], j - corner[1]
                on = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
            else:
                on = rng.random() < 0.48
            if on:
                p.rect(x + j * m, y + i * m, x + (j + 1) * m, y + (i + 1) * m, 0.05, BLACK, fill=BLACK)


def _barcode(p: Page, rng: random.Random, x: float, y: float, w: float, h: float) -> None:
    cx = x
    while cx < x + w - 1:
        bar = rng.choice((0.3, 0.3, 0.6, 0.9))
        p.rect(cx, y, cx + bar, y + h, 0.05, BLACK, fill=BLACK)
        cx += bar + rng.choice((0.3, 0.6, 0.6, 0.9))


def _dashes(p: Page, x0: float, x1: float, y: float, color: tuple[int, int, int] = GREY) -> None:
    x = x0
    while x < x1:
        p.line(x, y, min(x + 2.0, x1), y, 0.2, color)
        x += 3.2


def _vertical(p: Page, x0: float, y0: float, x1: float, y1: float, label: str, size: float, font: str) -> None:
    """A label set one character under another in a narrow (merged) cell."""
    step = min(size * 1.5, (y1 - y0 - 2) / max(1, len(label)))
    top = (y0 + y1) / 2 - step * (len(label) - 1) / 2
    for i, ch in enumerate(label):
        p.text((x0 + x1) / 2, top + i * step, ch, size, font, "mm")


# ---------------------------------------------------------------------------------------------------------
# 居民身份证: the 临时居民身份证 a police station issues while the card is being renewed (values printed by the
# station's printer, a little off the printed labels, on a guilloche ground), both faces copied at 100 % one
# above the other, the station's 居民身份证受理回执 slip copied beside them, a limited-use note written slanting
# across the cards
# ---------------------------------------------------------------------------------------------------------
def _guilloche(p: Page, rng: random.Random, w: float, h: float) -> None:
    for k in range(5):
        y0 = rng.uniform(6, h - 6)
        amp = rng.uniform(1.5, 4.0)
        pts = [(x * w / 24, y0 + amp * ((-1) ** x) * (0.5 + 0.5 * ((x + k) % 3) / 2)) for x in range(25)]
        p.poly(pts, 0.12, PALE)


def _temporary_front(f: IdFacts, rng: random.Random) -> Page:
    p = Page(*CARD, paper=(238, 242, 248))
    p.rect(0, 0, CARD[0], CARD[1], 0.3, (150, 160, 175))
    _guilloche(p, rng, CARD[0], CARD[1])
    for label, y in (("姓名", 8.0), ("性别", 15.0), ("出生", 22.0), ("住址", 29.0)):
        p.text(4, y, label, 2.4, "hei", color=GREY)
    p.text(23, 15.0, "民族", 2.4, "hei", color=GREY)
    p.text(4, 47.5, "公民身份号码", 2.4, "hei", color=GREY)
    p.rect(61, 7, 81, 33, 0.1, (95, 95, 100), fill=(92, 92, 98))  # the photo, dark on any copy
    p.rect(66.5, 10, 75.5, 19.5, 0.1, (48, 48, 54), fill=(48, 48, 54))
    p.rect(63, 21, 79, 33, 0.1, (42, 42, 48), fill=(42, 42, 48))
    # the station's printer: every value shifted by the same small offset
    dx, dy = rng.uniform(-0.8, 1.6), rng.uniform(-0.9, 0.9)
    vf = rng.choice(("heimono", "sans"))
    by, bm, bd = f.born.split("-")
    p.text(14 + dx, 8 + dy, f.name, 3.6, vf)
    p.text(14 + dx, 15 + dy, f.gender, 3.1, vf)
    p.text(32 + dx, 15 + dy, f.ethnic, 3.1, vf)
    p.text(14 + dx, 22 + dy, f"{by}年{int(bm)}月{int(bd)}日", 3.0, vf)
    p.fit(12 + dx, 26 + dy, 59, 42 + dy, f.addr, 2.8, vf, "left", pad=0.5)
    p.text(24 + dx, 47.5 + dy, f.number, 3.5, "heimono")
    return p


def _temporary_back(f: IdFacts, applied: date, rng: random.Random) -> Page:
    p = Page(*CARD, paper=(238, 242, 248))
    p.rect(0, 0, CARD[0], CARD[1], 0.3, (150, 160, 175))
    _guilloche(p, rng, CARD[0], CARD[1])
    p.rect(5, 5, 16, 16, 0.35, (130, 110, 70))  # the national emblem's place
    p.text(48, 11, "中华人民共和国", 3.6, "bold", "mm")
    p.text(48, 21, "临时居民身份证", 4.6, "bold", "mm")
    until = applied + timedelta(days=90)
    dx, dy = rng.uniform(-0.8, 1.4), rng.uniform(-0.8, 0.8)
    p.text(8, 38, "签发机关", 2.4, "hei", color=GREY)
    p.text(8, 46, "有效期限", 2.4, "hei", color=GREY)
    p.text(21 + dx, 38 + dy, f.issuer, 2.9, "sans")
    p.text(21 + dx, 46 + dy, f"{applied:%Y.%m.%d}-{until:%Y.%m.%d}", 2.9, "sans")
    return p


def _receipt_slip(hh: Household, f: IdFacts, applied: date, rng: random.Random) -> Page:
    """The 受理回执: a ruled slip with the application's number, the holder and where to fetch the card."""
    w, h = 92.0, 128.0
    p = Page(w, h)
    station = f"{hh.unit.city}市公安局{rng.choice(hh.unit.streets)[:2]}派出所"
    p.text(w / 2, 9, "居民身份证受理回执", 4.4, "bold", "mm")
    serial = f"{hh.unit.region_code}{applied:%Y%m%d}{rng.randrange(0, 99999):05d}"
    _barcode(p, rng, 14, 14, 64, 8)
    p.text(w / 2, 25.5, serial, 2.6, "heimono", "mm")
    fetch = applied + timedelta(days=rng.choice((20, 30, 45, 60)))
    kind = rng.choice(("换领", "补领", "到期换领"))
    rows = (("受理编号", serial), ("姓名", f.name), ("公民身份号码", f.number), ("申领类型", kind),
            ("受理日期", f"{applied.year}年{applied.month}月{applied.day}日"),
            ("预约领证日期", f"{fetch.year}年{fetch.month}月{fetch.day}日"), ("领证地点", f"{station}户籍窗口"),
            ("受理单位", station))
    y = 30.0
    lw = 25.0
    for label, value in rows:
        rh = 10.0 if label in ("领证地点", "受理单位") else 8.0
        p.rect(4, y, 4 + lw, y + rh, 0.2)
        p.fit(4, y, 4 + lw, y + rh, label, 2.6, "sans", pad=0.4)
        p.rect(4 + lw, y, w - 4, y + rh, 0.2)
        p.fit(4 + lw, y, w - 4, y + rh, value, 2.9, "heimono" if label in ("受理编号", "公民身份号码") else "sans",
              "left", pad=1.2)
        y += rh
    notes = ("1.凭本回执及临时居民身份证领取居民身份证。", "2.本回执遗失的，凭本人有效证件领取。",
             "3.逾期三个月未领取的，请与受理单位联系。")
    for i, note in enumerate(notes):
        p.text(5, y + 6 + i * 4.6, note, 2.35, "sans", color=GREY)
    p.seal(w - 24 + rng.uniform(-4, 4), y - 10 + rng.uniform(-3, 3), 11.5, station[:14], "户口专用章",
           rng.uniform(-20, 20), SEAL_RED, rng.randrange(1 << 30))
    return p


@layout("身份证", "身份证/轮换11")
def temporary_id_with_receipt(hh: Household, name: str, rng: random.Random) -> Document:
    f = id_facts(hh, name, rng)
    applied = hh.created - timedelta(days=rng.randrange(3, 60))
    sheet = Page(*A4, mono=True, tone=round(rng.uniform(0.0, 0.55), 2))
    x = rng.uniform(8, 16)
    y = rng.uniform(16, 34)
    gap = rng.uniform(8, 18)
    sheet.embed(_temporary_front(f, rng), x, y)
    sheet.embed(_temporary_back(f, applied, rng), x + rng.uniform(-2, 2), y + CARD[1] + gap)
    slip_x = rng.uniform(106, 112)
    sheet.embed(_receipt_slip(hh, f, applied, rng), slip_x, y + rng.uniform(-6, 10))
    # the note written slanting up across the two cards, one character after another
    note = rng.choice(("仅供困难职工建档使用", "此复印件仅供工会帮扶使用", "仅供建档用再复印无效"))
    size = rng.uniform(5.0, 6.0)
    nx, ny = x + 6, y + 2 * CARD[1] + gap - 8
    step_x, step_y = (CARD[0] - 14) / len(note), (CARD[1] + gap) / len(note)
    ink = rng.choice((INK_BLUE, BLACK))
    for i, ch in enumerate(note):
        sheet.text(nx + i * step_x, ny - i * step_y, ch, size, "kai", color=ink)
    if rng.random() < 0.7:
        day = hh.created - timedelta(days=rng.randrange(0, 10))
        sy = y + 2 * CARD[1] + gap + rng.uniform(14, 24)
        sheet.text(x + 8, sy, f"{name}  {day.year}.{day.month}.{day.day}", 4.6, "kai", color=INK_BLUE)
    fields = f.fields()
    sheet.fields = dict(fields)
    return Document("身份证", [sheet], fields, [], person=name, material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 户口簿: an older booklet filled in by hand by the 户籍 officer (labels printed in ruled cells, the narrow ones
# set one character under another; each leaf's red serial number; the 户口专用章 stamped on every card over the
# officer's name), each leaf copied enlarged onto its own portrait A4 with the binding and the edge of the
# facing leaf showing
# ---------------------------------------------------------------------------------------------------------
LEAF = (100.0, 140.0)
X0, X1 = 5.0, LEAF[0] - 5.0


class _HandGrid:
    def __init__(self, p: Page, y: float, lf: str, ink: tuple[int, int, int], rng: random.Random) -> None:
        self.p, self.y, self.top, self.lf, self.ink, self.rng = p, y, y, lf, ink, rng

    def row(self, cells: list[tuple[float, str, str]], h: float) -> None:
        """``cells``: (width share, printed label, value written by hand); labels of one or two characters in a
        narrow cell, longer ones wrapped."""
        p = self.p
        total = sum(w for w, _, _ in cells)
        x = X0
        for w, label, value in cells:
            cw = (X1 - X0) * w / total
            if len(label) <= 2 and h >= 9:
                lw = 6.0
                _vertical(p, x, self.y, x + lw, self.y + h, label, 2.4, self.lf)
            else:
                lw = min(cw * 0.5, 8.0 + 2.3 * min(len(label), 6))
                p.fit(x, self.y, x + lw, self.y + h, label, 2.4, self.lf, pad=0.4)
            p.line(x + lw, self.y, x + lw, self.y + h, 0.2)
            if value:
                p.fit(x + lw, self.y, x + cw, self.y + h, value, 3.4, "kai", "left", self.ink, pad=1.2,
                      jitter=self.rng)
            x += cw
            if x < X1 - 0.1:
                p.line(x, self.y, x, self.y + h, 0.3)
        self.y += h
        p.line(X0, self.y, X1, self.y, 0.25)

    def close(self) -> None:
        self.p.rect(X0, self.top, X1, self.y, 0.6)


def _serial(p: Page, rng: random.Random) -> None:
    p.text(X1, 5.0, f"№ {rng.randrange(0, 9999999):07d}", 2.8, "heimono", "rm", SERIAL_RED)


def _hukou_head11(hh: Household, rng: random.Random, addr: str, station: str, lf: str,
                  ink: tuple[int, int, int]) -> Page:
    r = hh.record
    p = Page(*LEAF, paper=(246, 243, 234))
    _serial(p, rng)
    p.text(LEAF[0] / 2, 14, "户 口 簿", 5.4, _bold(lf), "mm")
    p.text(LEAF[0] / 2, 21, "（户主页）", 2.8, lf, "mm")
    kind = "农业家庭户口" if r["是否农民工"] else rng.choice(("非农业家庭户口", "非农业家庭户口", "家庭户"))
    g = _HandGrid(p, 27, lf, ink, rng)
    g.row([(1.0, "户别", kind), (1.0, "户主姓名", r["姓名"])], 13)
    g.row([(1.0, "户号", f"{rng.randrange(100000, 999999)}")], 10)
    g.row([(1.0, "住址", addr)], 22)
    g.close()
    box = g.y + 4
    p.rect(X0, box, X1, LEAF[1] - 10, 0.6)
    p.text(X0 + 3, box + 5, "户口登记机关户口专用章", 2.4, lf)
    p.seal(LEAF[0] / 2 + rng.uniform(-12, 12), box + 27 + rng.uniform(-3, 3), 13.0, station[:14], "户口专用章",
           rng.uniform(-25, 25), SEAL_RED, rng.randrange(1 << 30))
    issued = hh.created - timedelta(days=rng.randrange(3000, 9000))
    p.text(X0 + 3, LEAF[1] - 15, "承办人签章", 2.4, lf)
    p.text(X0 + 20, LEAF[1] - 15.3, rng.choice(("王", "张", "刘", "陈")) + rng.choice(("建华", "丽", "卫东", "敏")), 4.0,
           "kai", color=ink)
    p.text(X1 - 3, LEAF[1] - 15, f"{issued.year}年{issued.month}月{issued.day}日", 3.2, "kai", "rm", ink)
    p.fields = {"户主姓名": r["姓名"], "住址": addr}
    return p


def _hukou_card11(hh: Household, rng: random.Random, person: dict[str, Any], station: str, lf: str,
                  ink: tuple[int, int, int]) -> Page:
    r = hh.record
    p = Page(*LEAF, paper=(246, 243, 234))
    _serial(p, rng)
    p.text(LEAF[0] / 2, 11, "常住人口登记卡", 4.2, _bold(lf), "mm")
    place = r["户口所在地行政区划"][:6]
    y, m, d = person["出生日期"].split("-")
    born = f"{y}.{m}.{d}" if rng.random() < 0.6 else f"{y}年{int(m)}月{int(d)}日"
    job = {"在职": "工人", "在读": "学生", "退休": "退休"}.get(person.get("人员身份") or "", "")
    moved = hh.created - timedelta(days=rng.randrange(1500, 9000))
    g = _HandGrid(p, 15, lf, ink, rng)
    g.row([(1.0, "姓名", person["姓名"]), (1.0, "户主或与户主关系", person["关系"])], 9.5)
    g.row([(1.0, "曾用名", ""), (1.0, "性别", person["性别"])], 9.5)
    g.row([(1.0, "出生地", place), (1.0, "民族", person["民族"])], 9.5)
    g.row([(1.0, "籍贯", place), (1.0, "出生日期", born)], 9.5)
    g.row([(1.0, "公民身份号码", person["身份证号"])], 8.5)
    g.row([(1.0, "文化程度", EDUCATION.get(person.get("当前学历") or "", "")),
           (1.0, "婚姻状况", person.get("婚姻状况") or "")], 8.5)
    g.row([(1.0, "服务处所", person.get("单位或学校") or ""), (0.7, "职业", job)], 8.5)
    g.row([(1.0, "何时由何地迁来本市（县）", "")], 8.5)
    g.row([(1.0, "何时由何地迁来本址", "")], 8.5)
    g.close()
    base = g.y + 7
    p.text(X0 + 2, base, "承办人签章", 2.4, lf)
    p.text(X0 + 18, base - 0.3, rng.choice(("李", "赵", "孙", "周")) + rng.choice(("国庆", "红", "志刚", "燕")), 4.0,
           "kai", color=ink)
    p.text(LEAF[0] / 2 + 6, base, "登记日期", 2.4, lf)
    p.text(X1 - 2, base + 6, f"{moved.year}.{moved.month}.{moved.day}", 3.4, "kai", "rm", ink)
    p.seal(X0 + 20 + rng.uniform(-4, 4), base + 2 + rng.uniform(-2, 3), 11.0, station[:14], "户口专用章",
           rng.uniform(-25, 25), SEAL_RED, rng.randrange(1 << 30))
    p.members = [{key: person[key] for key in ("姓名", "关系", "性别", "民族", "出生日期", "身份证号")}]
    return p


@layout("户口簿", "户口簿/轮换11")
def hukou_hand_filled(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    addr = id_facts(hh, r["姓名"], rng).addr
    station = f"{hh.unit.city}市公安局{rng.choice(hh.unit.streets)[:2]}派出所"
    lf = rng.choice(("serif", "sans", "hei"))
    ink = rng.choice((INK_BLUE, BLACK, (40, 40, 60)))
    people = [hh.householder() | {"关系": "户主", "婚姻状况": r["婚姻状况"]}, *hh.members]
    leaves = [_hukou_head11(hh, rng, addr, station, lf, ink)]
    leaves += [_hukou_card11(hh, rng, person, station, lf, ink) for person in people]
    tone = round(rng.uniform(0.0, 0.5), 2)
    k = rng.choice((1.3, 1.35, 1.41))
    x = (A4[0] - LEAF[0] * k) / 2 + rng.uniform(6, 14)
    pages: list[Page] = []
    for leaf in leaves:
        sheet = Page(*A4, mono=True, tone=tone)
        ly = rng.uniform(12, 30)
        # the facing leaf's edge and the binding, left of the copied leaf
        sheet.rect(x - 16, ly - 2, x - 1.5, ly + LEAF[1] * k + 2, 0.2, (120, 120, 120), fill=(236, 234, 226))
        for i in range(6):
            sheet.line(x - 16, ly + 20 + i * 22, x - 2.5, ly + 20 + i * 22, 0.25)
        sheet.line(x - 1.0, ly - 3, x - 1.0, ly + LEAF[1] * k + 3, 0.8, (60, 60, 60))
        embed_scaled(sheet, leaf, x, ly, k)
        sheet.fields, sheet.members = dict(leaf.fields), list(leaf.members)
        pages.append(sheet)
    entries = [m for pg in leaves for m in pg.members]
    return Document("户口簿", pages, dict(leaves[0].fields), entries, person=r["姓名"], material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 低保证: a city's 社会救助证 (救助类别 最低生活保障) in a landscape booklet: the data leaf as header rows of labels
# over their values, the 救助期限 written 自…起至…止, the 发证单位 with its seal; the 救助对象 leaf with its label
# in one merged cell down the left of the member rows; both leaves copied at 100 % one above the other
# ---------------------------------------------------------------------------------------------------------
BOOK = (150.0, 100.0)


def _header_rows(p: Page, x0: float, x1: float, y: float, cells: list[tuple[float, str, str]], lf: str, vf: str,
                 lh: float = 7.0, vh: float = 9.0) -> float:
    """A row of labels over a row of values (``cells``: width share, label, value); returns the y under them."""
    total = sum(w for w, _, _ in cells)
    x = x0
    for w, label, value in cells:
        cw = (x1 - x0) * w / total
        p.rect(x, y, x + cw, y + lh, 0.2, fill=(232, 232, 232))
        p.fit(x, y, x + cw, y + lh, label, 2.5, lf, pad=0.4)
        p.rect(x, y + lh, x + cw, y + lh + vh, 0.2)
        p.fit(x, y + lh, x + cw, y + lh + vh, value, 3.0, vf, pad=0.6)
        x += cw
    return y + lh + vh


@layout("低保证", "低保证/轮换11")
def dibao_relief_certificate(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    f = _dibao_facts(hh, rng)
    issuer, issued, valid, sealed = f["issuer"], f["issued"], f["valid"], f["sealed"]
    people = [hh.householder() | {"关系": "户主"}, *hh.members]
    covered = people if rng.random() < 0.65 else people[: max(1, len(people) - 1)]
    lf = rng.choice(("sans", "serif", "hei"))
    vf = rng.choice(("sans", "hei", "heimono"))
    paper = rng.choice(((244, 240, 228), (238, 244, 240)))
    # the data leaf
    a = Page(*BOOK, paper=paper)
    a.text(BOOK[0] / 2, 9, "社 会 救 助 证", 5.0, _bold(lf), "mm")
    a.text(6, 17, f"救助类别：{'城市' if not r['是否农民工'] else '农村'}最低生活保障", 2.8, lf)
    a.text(BOOK[0] - 6, 17, f"救助证号：{hh.dibao_no}", 2.9, "heimono", "rm", SERIAL_RED)
    x0, x1 = 6.0, BOOK[0] - 6.0
    y = _header_rows(a, x0, x1, 20, [(1.1, "户主姓名", r["姓名"]), (0.6, "性别", r["性别"]),
                                    (0.8, "家庭人口", f"{r['家庭人口']}人"), (0.8, "享受人口", f"{len(covered)}人"),
                                    (1.2, "月享受金额（元）", f"{hh.dibao_amount:.2f}")], lf, vf)
    for label, value, h in (("身份证号码", r["身份证号"], 8.0), ("家庭住址", r["家庭住址"].removesuffix("（租住）"), 10.0)):
        a.rect(x0, y, x0 + 24, y + h, 0.2, fill=(232, 232, 232))
        a.fit(x0, y, x0 + 24, y + h, label, 2.5, lf, pad=0.4)
        a.rect(x0 + 24, y, x1, y + h, 0.2)
        a.fit(x0 + 24, y, x1, y + h, value, 3.0, vf, "left", pad=1.2)
        y += h
    a.rect(x0, y, x0 + 24, y + 9, 0.2, fill=(232, 232, 232))
    a.fit(x0, y, x0 + 24, y + 9, "救助期限", 2.5, lf, pad=0.4)
    a.rect(x0 + 24, y, x1, y + 9, 0.2)
    a.fit(x0 + 24, y, x1, y + 9, f"自{cn_date(issued)}起至{cn_date(valid)}止", 3.0, vf, "left", pad=1.2)
    y += 9
    a.rect(x0, 20, x1, y, 0.5)
    a.text(x0 + 62, y + 9, "发证单位：", 2.9, lf)
    a.text(x0 + 62 + text_width("发证单位：", 2.9, lf), y + 9, issuer, 3.1, vf)
    a.text(x0 + 62, y + 16, "发证日期：", 2.9, lf)
    a.text(x0 + 62 + text_width("发证日期：", 2.9, lf), y + 16, cn_date(issued), 3.1, vf)
    if sealed:
        a.seal(x0 + 98 + rng.uniform(-6, 6), y + 11 + rng.uniform(-2, 2), 11.5, issuer[:14], "",
               rng.uniform(-25, 25), SEAL_RED, rng.randrange(1 << 30))
    a.text(x0, y + 9, "持证须知：", 2.4, lf, color=GREY)
    a.text(x0, y + 13.5, "本证不得转借、涂改，", 2.2, lf, color=GREY)
    a.text(x0, y + 17.5, "家庭情况变化须及时申报。", 2.2, lf, color=GREY)
    # the 救助对象 leaf
    b = Page(*BOOK, paper=paper)
    b.text(BOOK[0] / 2, 8, "救助对象情况", 4.0, _bold(lf), "mm")
    top, rh = 13.0, 8.4
    n_rows = max(6, len(covered))
    xs = [x0, x0 + 9, x0 + 36, x0 + 58, x0 + 114, x1]
    heads = ("姓名", "与户主关系", "公民身份号码", "备注")
    for xa, xb, head in zip(xs[1:-1], xs[2:], heads, strict=True):
        b.rect(xa, top, xb, top + rh, 0.2, fill=(232, 232, 232))
        b.fit(xa, top, xb, top + rh, head, 2.5, lf, pad=0.3)
    for i in range(n_rows):
        yy = top + (i + 1) * rh
        for xa, xb in pairwise(xs[1:]):
            b.rect(xa, yy, xb, yy + rh, 0.2)
    b.rect(x0, top, xs[1], top + (n_rows + 1) * rh, 0.3)
    _vertical(b, x0, top, xs[1], top + (n_rows + 1) * rh, "家庭成员", 2.8, lf)
    b.rect(x0, top, x1, top + (n_rows + 1) * rh, 0.5)
    for i, m in enumerate(covered):
        yy = top + (i + 1) * rh
        for xa, xb, v in zip(xs[1:4], xs[2:5], (m["姓名"], m["关系"], m["身份证号"]), strict=True):
            b.fit(xa, yy, xb, yy + rh, v, 2.9 if v != m["身份证号"] else 2.7, vf, pad=0.3)
    page = Page(*A4, mono=True, tone=round(rng.uniform(0.05, 0.55), 2))
    px = (A4[0] - BOOK[0]) / 2 + rng.uniform(-18, 18)
    py = rng.uniform(12, 26)
    gap = rng.uniform(6, 14)
    page.embed(a, px, py)
    page.embed(b, px + rng.uniform(-3, 3), py + BOOK[1] + gap)
    if rng.random() < 0.65:
        ny = py + 2 * BOOK[1] + gap + rng.uniform(8, 14)
        page.text(px + rng.uniform(5, 40), ny, rng.choice(("与原件核对一致", "复印件与原件相符")), rng.uniform(4.2, 5.0),
                  "kai", color=INK_BLUE)
    return dibao_document(hh, page, covered, issuer, valid, sealed)


# ---------------------------------------------------------------------------------------------------------
# 诊断证明: an electronic 诊断证明书 printed at the hospital's self-service kiosk on the upper half of an A4 sheet:
# bilingual labels (the English under the Chinese), no rules round the patient's items, a QR code and a check
# code for verifying it online, the doctor's name typed as an electronic signature, the hospital's electronic
# seal; the kiosk's print line and a cut line under it; printed in colour or photocopied
# ---------------------------------------------------------------------------------------------------------
@layout("诊断证明", "诊断证明/轮换11")
def diagnosis_kiosk_ecert(hh: Household, name: str, rng: random.Random) -> Document:
    person = hh.person(name)
    hospital = rng.choice(hh.unit.hospitals)
    doctor = rng.choice(("蒋文斌", "罗晓梅", "杜海峰", "葛春燕", "魏成龙", "秦雅琴", "潘立平"))
    issued = hh.created - timedelta(days=rng.randrange(7, 220))
    lines = [person["疾病/残疾类别"] or "慢性病", *rng.sample(EXTRA_DIAGNOSES, rng.randrange(0, 3))]
    dept = rng.choice(("内分泌科门诊", "心内科门诊", "肿瘤内科", "神经内科门诊", "肾内科门诊", "风湿免疫科", "骨科门诊"))
    age = person["年龄"]
    sealed = rng.random() < 0.85
    body = rng.choice(("sans", "hei", "serif"))
    mono = rng.random() < 0.6
    p = Page(*A4, mono=mono, tone=round(rng.uniform(0.0, 0.45), 2) if mono else 0.0)
    # letterhead: an emblem ring, the hospital's name, the title in Chinese and English
    p.rect(14, 10, 26, 22, 0.5, (30, 90, 150))
    p.text(20, 16, "医", 5.0, "bold", "mm", (30, 90, 150))
    p.text(30, 14, hospital, 4.6, _bold(body))
    p.text(30, 20, "门急诊电子病历系统", 2.6, body, color=GREY)
    p.text(92, 31, "诊 断 证 明 书", 5.2, _bold(body), "mm")
    p.text(92, 37, "MEDICAL CERTIFICATE", 2.8, "sans", "mm", GREY)
    _qr(p, rng, 164, 9, 24)
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    p.text(176, 36, "扫码核验 Scan to verify", 2.1, body, "mm", GREY)
    p.text(176, 40, f"校验码：{code[:4]}-{code[4:]}", 2.3, "heimono", "mm")
    number = f"{issued:%Y%m%d}{rng.randrange(0, 99999):05d}"
    p.text(14, 44, f"编号 No.：{number}", 2.8, body)
    p.line(14, 47, 196, 47, 0.5, (30, 90, 150))
    visit = f"{rng.randrange(1000000, 9999999)}"
    items = (("姓名", "Name", name), ("性别", "Sex", person["性别"]), ("年龄", "Age", f"{age}岁"),
             ("科室", "Dept.", dept), ("门诊号", "OP No.", visit), ("就诊日期", "Visit Date", issued.isoformat()))
    cols = (14.0, 76.0, 138.0)
    for i, (cn, en, value) in enumerate(items):
        cx, cy = cols[i % 3], 54.0 + (i // 3) * 11.0
        p.text(cx, cy, cn, 3.1, body)
        p.text(cx, cy + 3.4, en, 2.0, "sans", color=GREY)
        lw = max(text_width(cn, 3.1, body), text_width(en, 2.0, "sans")) + 2.5
        p.text(cx + lw, cy + 0.8, value, 3.3, body)
    p.line(14, 73, 196, 73, 0.2, GREY)
    y = 81.0
    p.text(14, y, "诊断", 3.4, _bold(body))
    p.text(14, y + 3.6, "Diagnosis", 2.0, "sans", color=GREY)
    for i, ln in enumerate(lines):
        p.text(36, y + i * 6.0, f"{i + 1}、{ln}" if len(lines) > 1 else ln, 3.4, body)
    y += max(10.0, 6.0 * len(lines) + 4)
    p.text(14, y, "建议", 3.4, _bold(body))
    p.text(14, y + 3.6, "Recommendation", 2.0, "sans", color=GREY)
    p.fit(34, y - 3.2, 196, y + 6.2, rng.choice(ADVICE), 3.3, body, "left", pad=2.0)
    y += 16
    p.text(108, y, "医师 Physician：", 3.1, body)
    p.text(108 + text_width("医师 Physician：", 3.1, body) + 1, y, f"{doctor}（电子签名）", 3.3, body)
    y += 8
    p.text(108, y, "开具日期 Date：", 3.1, body)
    p.text(108 + text_width("开具日期 Date：", 3.1, body) + 1, y, cn_date(issued), 3.3, body)
    if sealed:  # the electronic seal, printed with the page
        p.seal(150 + rng.uniform(-8, 8), y - 6 + rng.uniform(-3, 3), 14.0, hospital[:14], "电子专用章",
               rng.uniform(-8, 8), SEAL_RED, rng.randrange(1 << 30))
    y += 12
    p.line(14, y, 196, y, 0.2, GREY)
    p.text(14, y + 5, "本证明经电子签名，与纸质盖章证明具有同等效力；扫描二维码或登录医院官网输入校验码核验真伪。", 2.3, body,
           color=GREY)
    printed_at = issued + timedelta(days=rng.randrange(0, 5))
    p.text(14, y + 10, f"打印时间：{printed_at.isoformat()} {rng.randrange(7, 18):02d}:{rng.randrange(0, 60):02d}    "
           f"打印终端：自助机-{rng.randrange(1, 30):02d}", 2.3, body, color=GREY)
    _dashes(p, 6, 204, y + 16)
    fields = {"医院名称": hospital, "姓名": name, "性别": person["性别"], "年龄": age, "诊断": "；".join(lines),
              "出具日期": issued.isoformat(), "医师": doctor, "是否盖章": sealed}
    p.fields = dict(fields)
    return Document("诊断证明", [p], fields, person=name, material="致困原因证明")


# ---------------------------------------------------------------------------------------------------------
# 残疾人证: the federation's online 残疾人证查询 result printed from a browser (the browser's date and title
# above, the address and page number below; the site's banner and menu; the query's filled-in boxes; the
# result as label/value rows under horizontal rules only)
# ---------------------------------------------------------------------------------------------------------
@layout("残疾人证", "残疾人证/轮换11")
def disability_query_printout(hh: Household, name: str, rng: random.Random) -> Document:
    f = _disability_facts(hh, name, rng)
    person = f["person"]
    issued: date = f["issued"]
    colour = rng.random() < 0.3
    p = Page(*A4, mono=not colour, tone=0.0 if colour else round(rng.uniform(0.0, 0.3), 2))
    when = hh.created - timedelta(days=rng.randrange(0, 20))
    site = "中国残疾人联合会"
    title = f"残疾人证查询 - {site}"
    p.text(8, 7, f"{when.year}/{when.month}/{when.day} {rng.randrange(8, 18)}:{rng.randrange(0, 60):02d}", 2.4, "sans")
    p.text(105, 7, title, 2.4, "sans", "mm")
    band = (172, 30, 36) if colour else (150, 150, 150)
    p.rect(10, 14, 200, 32, 0.1, band, fill=band)
    p.text(16, 21, site, 5.2, "bold", color=(255, 255, 255))
    p.text(16, 28, "China Disabled Persons' Federation", 2.6, "sans", color=(255, 255, 255))
    menu = ("首页", "新闻中心", "政务公开", "办事服务", "残疾人证查询", "数据统计")
    for i, item in enumerate(menu):
        p.text(18 + i * 30, 38, item, 3.0, "sans", color=(40, 40, 40))
    p.line(10, 42, 200, 42, 0.3, (180, 180, 180))
    p.text(14, 49, "当前位置：首页 > 办事服务 > 残疾人证查询", 2.6, "sans", color=GREY)
    # the query form, filled in
    p.text(20, 60, "残疾人证号：", 3.2, "sans")
    p.rect(44, 56, 130, 64, 0.25, (140, 140, 140))
    p.text(46, 60, f["number"], 3.1, "heimono")
    p.text(20, 71, "姓　　名：", 3.2, "sans")
    p.rect(44, 67, 130, 75, 0.25, (140, 140, 140))
    p.text(46, 71, name, 3.2, "sans")
    captcha = "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXY3456789") for _ in range(4))
    p.text(20, 82, "验 证 码：", 3.2, "sans")
    p.rect(44, 78, 80, 86, 0.25, (140, 140, 140))
    p.text(46, 82, captcha.lower() if rng.random() < 0.5 else captcha, 3.2, "sans")
    p.rect(84, 78, 104, 86, 0.1, (120, 120, 120), fill=(215, 215, 215))
    p.text(94, 82, captcha, 3.4, "serifbold", "mm", (80, 80, 80))
    p.rect(140, 56, 168, 64, 0.1, band, fill=band)
    p.text(154, 60, "查 询", 3.2, "bold", "mm", (255, 255, 255))
    p.rect(140, 67, 168, 75, 0.25, (140, 140, 140))
    p.text(154, 71, "重 置", 3.2, "sans", "mm")
    # the result
    p.text(20, 99, "查询结果", 4.0, "bold")
    p.line(20, 103, 190, 103, 0.6)
    rows = (("姓名", name), ("性别", person["性别"]), ("残疾人证号", f["number"]), ("残疾类别", f["category"]),
            ("残疾等级", f["grade"]), ("发证日期", issued.isoformat()),
            ("证件状态", rng.choice(("有效", "正常"))), ("发证机构", f"{hh.unit.city}市残疾人联合会"))
    y = 103.0
    for label, value in rows:
        p.text(24, y + 5.5, f"{label}", 3.2, "sans", color=(70, 70, 70))
        p.text(70, y + 5.5, value, 3.4, "heimono" if label == "残疾人证号" else "sans")
        y += 11
        p.line(20, y, 190, y, 0.2, (150, 150, 150))
    p.text(20, y + 8, "温馨提示：查询结果仅供参考，以残疾人证原件及全国残疾人人口基础数据库信息为准。", 2.5, "sans", color=GREY)
    p.line(10, 262, 200, 262, 0.3, (180, 180, 180))
    p.text(105, 268, f"主办单位：{site}　版权所有", 2.5, "sans", "mm", GREY)
    p.text(8, 290, "https://www.cdpf.org.cn/fwzx/cjrzcx/index.htm", 2.4, "sans")
    p.text(202, 290, "1/1", 2.4, "sans", "rm")
    if rng.random() < 0.6:  # the clerk who checked it
        p.text(120, y + 24, f"已核 {rng.choice(('沈静', '蔡明', '卢红'))} {when.month}.{when.day}", 4.6, "kai",
               color=INK_BLUE)
    fields = {"姓名": name, "性别": person["性别"], "残疾人证号": f["number"], "残疾类别": f["category"],
              "残疾等级": f["grade"], "发证日期": issued.isoformat()}
    p.fields = dict(fields)
    return Document("残疾人证", [p], fields, person=name, material="致困原因证明")
