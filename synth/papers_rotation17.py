"""Rotation 17's printings of 身份证, 户口簿, 低保证, 诊断证明 and 残疾人证 (2026-12-07), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Drawn from REAL-DOCUMENTS.md and ARCHIVE-SCHEMA.md with the card and copier parts of ``papers_id``,
``papers_cert`` and ``papers_rotation3``. Truth as for the kind's other layouts (synth/README.md "Output").
"""

from __future__ import annotations

import math
import random
from datetime import date, timedelta
from typing import Any

from dangan.synth import papers_rotation16  # noqa: F401  (registers rotation 16's printings before these)
from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.papers_cert import ADVICE, EXTRA_DIAGNOSES, _dibao_facts, _disability_facts, dibao_document
from dangan.synth.papers_id import CARD, EDUCATION, IdFacts, id_facts
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.render import A4, Document

GREY = (105, 105, 112)
SEAL_RED = (196, 32, 44)
LANDSCAPE = (A4[1], A4[0])
INKS = (INK_BLUE, BLACK, (28, 36, 100), (24, 70, 96))
SURNAMES = ("鲁", "葛", "童", "卢", "蔡", "贺", "范", "程")
GIVEN = ("玉珍", "建平", "秀英", "卫国", "丽娟", "长春", "敏")


def _clerk(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _dot_date(d: date) -> str:
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def _ring(p: Page, cx: float, cy: float, rx: float, ry: float, color: tuple[int, int, int],
          rng: random.Random) -> None:
    """A pen's ring drawn round a printed option, a little open where the pen started."""
    start = rng.uniform(0, 2 * math.pi)
    pts = [(cx + rx * math.cos(start + t * 0.3) * rng.uniform(0.97, 1.03),
            cy + ry * math.sin(start + t * 0.3) * rng.uniform(0.95, 1.05)) for t in range(23)]
    p.poly(pts, 0.35, color)


def _digit_boxes(p: Page, x: float, y: float, s: str, cw: float, h: float, size: float, font: str) -> float:
    """One printed character a box (a row of joined boxes); returns the right edge."""
    for i, ch in enumerate(s):
        p.rect(x + i * cw, y, x + (i + 1) * cw, y + h, 0.2)
        p.text(x + i * cw + cw / 2, y + h / 2, ch, size, font, "mm")
    return x + len(s) * cw


# ---------------------------------------------------------------------------------------------------------
# 居民身份证
# ---------------------------------------------------------------------------------------------------------
def _front17(f: IdFacts, lf: str, vf: str) -> Page:
    p = Page(*CARD, paper=(236, 240, 240))
    p.rect(0, 0, CARD[0], CARD[1], 0.3, (130, 130, 130))
    lbl = (100, 116, 136)
    by, bm, bd = f.born.split("-")
    p.text(4.5, 8, "姓　名", 2.4, lf, color=lbl)
    p.text(15, 8, f.name, 3.7, vf)
    p.text(4.5, 14.5, "性　别", 2.4, lf, color=lbl)
    p.text(15, 14.5, f.gender, 3.1, vf)
    p.text(25, 14.5, "民　族", 2.4, lf, color=lbl)
    p.text(34, 14.5, f.ethnic, 3.1, vf)
    p.text(4.5, 21, "出　生", 2.4, lf, color=lbl)
    p.text(15, 21, f"{by}年{int(bm)}月{int(bd)}日", 3.0, vf)
    p.text(4.5, 27.5, "住　址", 2.4, lf, color=lbl)
    for i in range(0, len(f.addr), 12):
        p.text(15, 27.5 + (i // 12) * 4.2, f.addr[i : i + 12], 2.8, vf)
    p.text(4.5, 48, "公民身份号码", 2.4, lf, color=lbl)
    p.text(26, 48, f.number, 3.4, "heimono")
    p.rect(60, 8, 81, 41, 0.1, (78, 78, 84), fill=(80, 80, 86))
    p.rect(65.5, 12, 75.5, 24, 0.1, (38, 38, 42), fill=(38, 38, 42))
    p.rect(62, 26, 79, 41, 0.1, (34, 34, 38), fill=(34, 34, 38))
    return p


def _back17(f: IdFacts, lf: str, vf: str) -> Page:
    p = Page(*CARD, paper=(236, 240, 240))
    p.rect(0, 0, CARD[0], CARD[1], 0.3, (130, 130, 130))
    p.rect(5, 5, 18, 18, 0.4, (100, 84, 48))
    p.text(50, 10, "中华人民共和国", 3.9, "bold", "mm")
    p.text(50, 21, "居民身份证", 5.2, "bold", "mm")
    p.text(11, 38.5, "签发机关", 2.4, lf, color=(100, 116, 136))
    p.text(25, 38.5, f.issuer, 2.8, vf)
    p.text(11, 46, "有效期限", 2.4, lf, color=(100, 116, 136))
    p.text(25, 46, f.valid, 2.8, vf)
    return p


@layout("身份证", "身份证/轮换17")
def id_card_paste_sheet(hh: Household, name: str, rng: random.Random) -> Document:
    f = id_facts(hh, name, rng)
    w, h = A4
    sheet = Page(w, h, mono=True, tone=round(rng.uniform(0.0, 0.45), 2))
    lf = rng.choice(("sans", "serif"))
    vf = rng.choice(("hei", "sans"))
    tf = rng.choice(("serif", "hei"))
    # a community office's 证件粘贴单: a ruled frame, the 国徽面 above the 人像面, enlarged by the copier
    sheet.text(w / 2, 20, "身份证件复印粘贴单", 5.6, "serifbold" if tf == "serif" else "bold", "mm")
    x0, x1 = 20.0, w - 20.0
    sheet.rect(x0, 28, x1, 40, 0.3)
    sheet.line(x0 + 34, 28, x0 + 34, 40, 0.2)
    sheet.line(x0 + 100, 28, x0 + 100, 40, 0.2)
    sheet.line(x0 + 124, 28, x0 + 124, 40, 0.2)
    sheet.fit(x0, 28, x0 + 34, 40, "所属社区", 3.2, tf)
    community = f"{rng.choice(hh.unit.streets)[:2]}社区居民委员会"
    sheet.fit(x0 + 34, 28, x0 + 100, 40, community, 3.3, "kai", "left", rng.choice(INKS))
    sheet.fit(x0 + 100, 28, x0 + 124, 40, "份数", 3.2, tf)
    sheet.fit(x0 + 124, 28, x1, 40, f"共{rng.randrange(1, 3)}份", 3.4, "kai", "left", rng.choice(INKS))
    sheet.rect(x0, 44, x1, 250, 0.3)
    sheet.text(x0 + 3, 49, "（粘贴处：请将证件正反面复印在框内）", 2.9, tf, color=GREY)
    k = rng.choice((1.2, 1.25, 1.3))
    cw, ch = CARD[0] * k, CARD[1] * k
    x = (w - cw) / 2 + rng.uniform(-6, 6)
    y = rng.uniform(56, 64)
    embed_scaled(sheet, _back17(f, lf, vf), x, y, k)
    y2 = y + ch + rng.uniform(12, 20)
    embed_scaled(sheet, _front17(f, lf, vf), x + rng.uniform(-3, 3), y2, k)
    note_y = min(y2 + ch + 14, 238.0)
    ink = rng.choice(INKS)
    sheet.text(x0 + 8, note_y, "此件与原件核对无误", 4.6, "kai", color=ink)
    sheet.text(x0 + 8, note_y + 8, f"核对人：{_clerk(rng)}", 4.4, "kai", color=ink)
    day = hh.created - timedelta(days=rng.randrange(2, 50))
    sheet.text(x1 - 8, note_y + 8, _cn_date(day), 4.3, "kai", "rm", ink)
    sheet.seal(x1 - 36 + rng.uniform(-5, 5), note_y + rng.uniform(-3, 3), 15.0, community[:12], "★",
               rng.uniform(-30, 30), SEAL_RED, rng.randrange(1 << 30))
    sheet.text(w / 2, 262, "注：本粘贴单仅限办理职工困难帮扶建档使用", 3.0, tf, "mm", GREY)
    fields = f.fields()
    sheet.fields = dict(fields)
    return Document("身份证", [sheet], fields, [], person=name, material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 户口簿
# ---------------------------------------------------------------------------------------------------------
LEAF = (150.0, 104.0)  # the booklet's leaf as this city prints it, landscape


def _above(p: Page, x0: float, y0: float, x1: float, y1: float, label: str, value: str, lf: str, vf: str,
           size: float = 3.0) -> None:
    """A cell with its label small in the top-left corner and the value under it."""
    p.rect(x0, y0, x1, y1, 0.2)
    p.text(x0 + 0.8, y0 + 1.9, label, 1.9, lf, color=(70, 70, 76))
    p.fit(x0, y0 + 2.6, x1, y1, value, size, vf, "left", pad=1.2)


def _vertical(p: Page, x: float, y0: float, y1: float, s: str, size: float, font: str) -> None:
    """A title set one character under the other, centred between ``y0`` and ``y1``."""
    step = min(size * 1.4, (y1 - y0) / max(1, len(s)))
    y = (y0 + y1) / 2 - step * (len(s) - 1) / 2
    for chx in s:
        p.text(x, y, chx, size, font, "mm")
        y += step


def _hukou_head17(hh: Household, rng: random.Random, addr: str, station: str, lf: str, vf: str) -> Page:
    r = hh.record
    p = Page(*LEAF, paper=(242, 246, 240))
    p.rect(3, 3, LEAF[0] - 3, LEAF[1] - 3, 0.5)
    p.rect(3, 3, 16, LEAF[1] - 3, 0.3)
    _vertical(p, 9.5, 6, LEAF[1] - 6, "户主页", 4.6, "serifbold")
    x0, x1 = 16.0, LEAF[0] - 3.0
    p.rect(x0, 3, x1, 14, 0.3)
    p.text((x0 + x1) / 2, 8.5, "户　口　簿", 4.8, "serifbold", "mm")
    farm = bool(r["是否农民工"])
    p.rect(x0, 14, x0 + 20, 26, 0.2)
    p.fit(x0, 14, x0 + 20, 26, "户　别", 2.8, lf)
    p.rect(x0 + 20, 14, x1, 26, 0.2)
    ox = x0 + 23
    for opt in ("家庭户", "集体户"):
        p.checkbox(ox, 20, 2.6, opt == "家庭户", "check", rng, BLACK)
        p.text(ox + 3.4, 20, opt, 2.9, vf)
        ox += 22
    if farm:
        p.text(ox + 4, 20, "（农业）", 2.7, vf)
    mid = x0 + (x1 - x0) * 0.5
    _above(p, x0, 26, mid, 38, "户主姓名", r["姓名"], lf, vf, 3.4)
    _above(p, mid, 38 - 12, x1, 38, "户　号", f"{rng.randrange(100000000, 999999999)}", lf, "heimono")
    _above(p, x0, 38, x1, 54, "住　址", addr, lf, vf, 3.2)
    p.rect(x0, 54, mid, LEAF[1] - 3, 0.2)
    p.text(x0 + 1, 57, "户口登记机关", 2.2, lf, color=(70, 70, 76))
    p.seal(x0 + (mid - x0) / 2 + rng.uniform(-5, 5), 76 + rng.uniform(-4, 4), 13.0, station[:14], "户口专用章",
           rng.uniform(-30, 30), SEAL_RED, rng.randrange(1 << 30))
    p.rect(mid, 54, x1, 74, 0.2)
    p.text(mid + 1, 57, "承办人", 2.2, lf, color=(70, 70, 76))
    p.text(mid + 16, 66, _clerk(rng), 4.2, "kai", color=INK_BLUE)
    p.rect(mid, 74, x1, LEAF[1] - 3, 0.2)
    p.text(mid + 1, 77, "签发日期", 2.2, lf, color=(70, 70, 76))
    issued = hh.created - timedelta(days=rng.randrange(1200, 6000))
    p.text(mid + 8, 88, _cn_date(issued), 3.1, vf)
    p.fields = {"户主姓名": r["姓名"], "住址": addr}
    return p


def _hukou_card17(hh: Household, rng: random.Random, person: dict[str, Any], lf: str, vf: str) -> Page:
    r = hh.record
    p = Page(*LEAF, paper=(242, 246, 240))
    p.rect(3, 3, LEAF[0] - 3, LEAF[1] - 3, 0.5)
    p.rect(3, 3, 12, LEAF[1] - 3, 0.3)
    _vertical(p, 7.5, 6, LEAF[1] - 6, "常住人口登记卡", 3.6, "serifbold")
    x0, x1 = 12.0, LEAF[0] - 3.0
    y, m, d = (int(v) for v in person["出生日期"].split("-"))
    place = r["户口所在地行政区划"][:6]
    job = {"在职": "职工", "在读": "学生", "退休": "退休人员"}.get(person.get("人员身份") or "", "")
    # three cells a row, labels above their values; the ID number in boxes across a whole row
    rows: list[list[tuple[str, str, float]]] = [
        [("姓名", person["姓名"], 1.0), ("户主或与户主关系", person["关系"], 1.0), ("性别", person["性别"], 0.6)],
        [("民族", person["民族"], 0.6), ("出生日期", f"{y}年{m}月{d}日", 1.2), ("曾用名", "", 0.8)],
        [("出生地", place, 1.0), ("籍贯", place, 1.0), ("宗教信仰", "", 0.6)],
        [("身高", "", 0.5), ("血型", "", 0.5), ("文化程度", EDUCATION.get(person.get("当前学历") or "", ""), 0.8),
         ("婚姻状况", person.get("婚姻状况") or "", 0.7), ("兵役状况", "", 0.6)],
        [("服务处所", person.get("单位或学校") or "", 1.6), ("职业", job, 0.8)],
        [("本市（县）其他住址", "", 1.0)],
        [("何时由何地迁来本市（县）", "", 1.0), ("何时由何地迁来本址", "", 1.0)],
    ]
    rh = 9.0
    yy = 3.0
    id_row = 2  # the ID boxes after the second row
    for i, cells in enumerate(rows):
        if i == id_row:
            p.rect(x0, yy, x1, yy + rh, 0.2)
            p.text(x0 + 0.8, yy + 1.9, "公民身份证件编号", 1.9, lf, color=(70, 70, 76))
            cw = min(5.2, (x1 - x0 - 26) / 18)
            _digit_boxes(p, x0 + 24, yy + 1.6, person["身份证号"], cw, rh - 3.2, 3.0, "heimono")
            yy += rh
        total = sum(c[2] for c in cells)
        x = x0
        for label, value, share in cells:
            xe = x + (x1 - x0) * share / total
            _above(p, x, yy, xe, yy + rh, label, value, lf, vf, 2.9)
            x = xe
        yy += rh
    moved = hh.created - timedelta(days=rng.randrange(700, 8000))
    p.text(x0 + 2, yy + 6, "承办人签章：", 2.4, lf)
    p.text(x0 + 18, yy + 6, _clerk(rng), 3.6, "kai", color=INK_BLUE)
    p.text(x1 - 2, yy + 6, f"登记日期：{_cn_date(moved)}", 2.6, vf, "rm")
    p.members = [{key: person[key] for key in ("姓名", "关系", "性别", "民族", "出生日期", "身份证号")}]
    return p


@layout("户口簿", "户口簿/轮换17")
def hukou_landscape_vertical_titles(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    addr = id_facts(hh, r["姓名"], rng).addr
    station = f"{hh.unit.city}市公安局{rng.choice(hh.unit.streets)[:2]}派出所"
    lf = rng.choice(("hei", "serif"))
    vf = rng.choice(("sans", "kai", "serif"))
    people = [hh.householder() | {"关系": "户主", "婚姻状况": r["婚姻状况"]}, *hh.members]
    leaves = [_hukou_head17(hh, rng, addr, station, lf, vf)]
    leaves += [_hukou_card17(hh, rng, person, lf, vf) for person in people]
    k = rng.choice((1.2, 1.3, 1.35))
    pages: list[Page] = []
    for leaf in leaves:
        w, h = LANDSCAPE
        sheet = Page(w, h, mono=True, tone=round(rng.uniform(0.0, 0.5), 2))
        x = (w - LEAF[0] * k) / 2 + rng.uniform(-8, 8)
        y = (h - LEAF[1] * k) / 2 + rng.uniform(-10, 6)
        sheet.rect(x - 4, y - 3, x - 1.5, y + LEAF[1] * k + 3, 0.1, (170, 170, 170), fill=(180, 180, 180))  # spine
        embed_scaled(sheet, leaf, x, y, k)
        sheet.fields, sheet.members = dict(leaf.fields), list(leaf.members)
        pages.append(sheet)
    entries = [m for pg in leaves for m in pg.members]
    return Document("户口簿", pages, dict(leaves[0].fields), entries, person=r["姓名"], material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 低保证
# ---------------------------------------------------------------------------------------------------------
BOOK = (128.0, 182.0)


@layout("低保证", "低保证/轮换17")
def dibao_booklet_open_spread(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    f = _dibao_facts(hh, rng)
    issuer, issued, valid, sealed = f["issuer"], f["issued"], f["valid"], f["sealed"]
    people = [hh.householder() | {"关系": "户主"}, *hh.members]
    covered = people if rng.random() < 0.65 else people[: max(1, len(people) - 1)]
    lf = rng.choice(("serif", "sans"))
    vf = rng.choice(("kai", "hei", "serif"))
    ink = rng.choice(INKS) if vf == "kai" else BLACK
    bold = "serifbold" if lf == "serif" else "bold"
    # the right leaf: the holder's page, label then a ruled line to write on
    a = Page(*BOOK, paper=(248, 244, 234))
    a.text(BOOK[0] / 2, 14, "最低生活保障金领取证", 5.0, bold, "mm")
    a.text(BOOK[0] - 10, 23, f"编号 {hh.dibao_no}", 2.9, "heimono", "rm")
    x0, x1 = 12.0, BOOK[0] - 10.0
    y = 36.0

    def line(label: str, value: str, font: str = vf, color: tuple[int, int, int] = ink) -> None:
        nonlocal y
        a.text(x0, y, label, 3.2, lf)
        lx = x0 + text_width(label, 3.2, lf) + 1.5
        a.line(lx, y + 2.4, x1, y + 2.4, 0.2)
        a.fit(lx, y - 4, x1, y + 2.2, value, 3.4, font, "left", color, pad=1.0)
        y += 11

    line("户主姓名", r["姓名"])
    line("身份证号", r["身份证号"], "heimono", BLACK)
    line("家庭住址", r["家庭住址"].removesuffix("（租住）"))
    line("家庭人口", f"{r['家庭人口']}人")
    line("享受人数", f"{len(covered)}人")
    a.text(x0, y, "月领取金额", 3.2, lf)
    bx = x0 + text_width("月领取金额", 3.2, lf) + 2
    amount = str(hh.dibao_amount)
    right = _digit_boxes(a, bx, y - 3.2, amount, 5.0, 6.4, 3.6, "heimono")
    a.text(right + 1.5, y, "元", 3.2, lf)
    y += 11
    a.text(x0, y, "有效期限", 3.2, lf)
    a.text(x0 + 16, y, f"至{_cn_date(valid)}止", 3.3, vf, color=ink)
    y += 16
    a.text(x0, y, "发证单位（章）", 3.1, lf)
    a.text(x0 + 4, y + 8, issuer, 3.4, vf, color=ink)
    a.text(x0 + 4, y + 16, _cn_date(issued), 3.3, vf, color=ink)
    if sealed:
        a.seal(x0 + 30 + rng.uniform(-4, 6), y + 8 + rng.uniform(-3, 3), 13.0, issuer[:14], "专用章",
               rng.uniform(-30, 30), SEAL_RED, rng.randrange(1 << 30))
    # the left leaf: the members, a ruled table whose first column's heading is set vertically
    b = Page(*BOOK, paper=(248, 244, 234))
    b.text(BOOK[0] / 2, 14, "保障对象情况", 4.6, bold, "mm")
    bx0, bx1 = 8.0, BOOK[0] - 8.0
    cols = [bx0, bx0 + 8, bx0 + 30, bx0 + 46, bx1]
    ty = 22.0
    head_h = 14.0
    b.rect(cols[0], ty, cols[1], ty + head_h, 0.3)
    _vertical(b, (cols[0] + cols[1]) / 2, ty, ty + head_h, "序号", 2.6, lf)
    for j, head in enumerate(("姓名", "与户主关系", "身份证号码"), start=1):
        b.rect(cols[j], ty, cols[j + 1], ty + head_h, 0.3)
        b.fit(cols[j], ty, cols[j + 1], ty + head_h, head, 2.9, lf, pad=0.4)
    ty += head_h
    n_rows = max(7, len(covered))
    rowh = min(12.0, (BOOK[1] - 12 - ty) / n_rows)
    for i in range(n_rows):
        m = covered[i] if i < len(covered) else None
        cells = [str(i + 1), m["姓名"], m["关系"], m["身份证号"]] if m else [str(i + 1), "", "", ""]
        for j, cell in enumerate(cells):
            b.rect(cols[j], ty, cols[j + 1], ty + rowh, 0.2)
            font = "heimono" if j in (0, 3) else vf
            b.fit(cols[j], ty, cols[j + 1], ty + rowh, cell, min(3.1, rowh * 0.45), font, pad=0.4,
                  color=ink if j in (1, 2) else BLACK)
        ty += rowh
    w, h = LANDSCAPE
    page = Page(w, h, mono=True, tone=round(rng.uniform(0.0, 0.45), 2))
    gap = rng.uniform(2, 6)
    x = (w - 2 * BOOK[0] - gap) / 2 + rng.uniform(-5, 5)
    x = max(1.0, min(x, w - 2 * BOOK[0] - gap - 1))
    yb = (h - BOOK[1]) / 2 + rng.uniform(-4, 4)
    page.embed(b, x, yb)
    page.line(x + BOOK[0] + gap / 2, yb - 2, x + BOOK[0] + gap / 2, yb + BOOK[1] + 2, 1.2, (120, 120, 120))
    page.embed(a, x + BOOK[0] + gap, yb + rng.uniform(-1.5, 1.5))
    return dibao_document(hh, page, covered, issuer, valid, sealed)


# ---------------------------------------------------------------------------------------------------------
# 诊断证明
# ---------------------------------------------------------------------------------------------------------
HALF = (210.0, 148.0)


@layout("诊断证明", "诊断证明/轮换17")
def diagnosis_half_sheet_grid(hh: Household, name: str, rng: random.Random) -> Document:
    person = hh.person(name)
    hospital = rng.choice(hh.unit.hospitals)
    doctor = rng.choice(("尹学军", "甘淑芬", "翟永刚", "殷晓梅", "覃志华", "韦丽萍", "冉东升"))
    issued = hh.created - timedelta(days=rng.randrange(3, 190))
    lines = [person["疾病/残疾类别"] or "慢性病", *rng.sample(EXTRA_DIAGNOSES, rng.randrange(0, 3))]
    dept = rng.choice(("呼吸内科", "消化内科", "肾病科", "心血管内科", "骨伤科", "血液科", "康复医学科"))
    inpatient = rng.random() < 0.45
    record_no = f"{rng.randrange(1000000, 9999999)}" if inpatient else f"MZ{rng.randrange(10000000, 99999999)}"
    age = person["年龄"]
    sealed = rng.random() < 0.85
    lf = rng.choice(("hei", "serif"))
    vf = rng.choice(("sans", "kai"))
    hand = rng.choice(INKS)
    w, h = HALF
    page = Page(w, h, mono=rng.random() < 0.5, tone=round(rng.uniform(0.0, 0.35), 2),
                paper=rng.choice(((255, 255, 255), (250, 250, 244))))
    x0, x1 = 14.0, w - 14.0
    page.rect(x0, 10, x0 + 11, 21, 0.4)  # the hospital's mark
    page.text(x0 + 5.5, 15.5, "医", 5.0, "bold", "mm")
    page.text(x0 + 14, 13, hospital, 4.8, "bold")
    page.text(x0 + 14, 19.5, "疾病证明书", 3.6, lf)
    label = "住院号" if inpatient else "门诊号"
    page.text(x1, 13, f"{label}", 2.8, lf, "rm", GREY)
    page.text(x1, 19, record_no, 3.4, "heimono", "rm")
    page.line(x0, 24, x1, 24, 0.5)
    # a ruled grid: two label/value pairs a row, the value in the hand or a plain face
    lw = 18.0
    mid = (x0 + x1) / 2
    rows = [(("姓　　名", name), ("性　　别", person["性别"])),
            (("年　　龄", f"{age}岁"), ("就诊科室", dept))]
    y = 27.0
    rh = 9.0
    for pair in rows:
        for (s0, s1), (lb, v) in zip(((x0, mid), (mid, x1)), pair, strict=True):
            page.rect(s0, y, s0 + lw, y + rh, 0.25)
            page.fit(s0, y, s0 + lw, y + rh, lb, 3.0, lf, pad=0.5)
            page.rect(s0 + lw, y, s1, y + rh, 0.25)
            page.fit(s0 + lw, y, s1, y + rh, v, 3.6, vf, "left", hand if vf == "kai" else BLACK, pad=2.0)
        y += rh
    # the diagnosis: a tall cell whose label runs down its left edge
    dh = max(26.0, 8.0 + 7.0 * len(lines))
    page.rect(x0, y, x0 + lw, y + dh, 0.25)
    _vertical(page, x0 + lw / 2, y, y + dh, "诊断", 3.4, lf)
    page.rect(x0 + lw, y, x1, y + dh, 0.25)
    ly = y + 6
    for i, ln in enumerate(lines):
        page.text(x0 + lw + 3, ly, f"{i + 1}）{ln}", 3.6, vf, color=hand if vf == "kai" else BLACK)
        ly += 7
    y += dh
    ah = 14.0
    page.rect(x0, y, x0 + lw, y + ah, 0.25)
    page.fit(x0, y, x0 + lw, y + ah, "医嘱", 3.0, lf)
    page.rect(x0 + lw, y, x1, y + ah, 0.25)
    page.fit(x0 + lw, y, x1, y + ah, rng.choice(ADVICE), 3.4, vf, "left", hand if vf == "kai" else BLACK, pad=2.0)
    y += ah + 9
    page.text(x0, y, "经治医师：", 3.2, lf)
    page.text(x0 + text_width("经治医师：", 3.2, lf) + 1, y - 0.4, doctor, 4.8, "kai", color=hand)
    page.text(mid + 10, y, "开具日期：", 3.2, lf)
    page.text(mid + 10 + text_width("开具日期：", 3.2, lf) + 1, y, issued.isoformat(), 3.4, "heimono")
    if sealed:
        page.seal(x1 - 22 + rng.uniform(-4, 4), y - 4 + rng.uniform(-3, 2), 14.0, hospital[:14], "门诊部",
                  rng.uniform(-25, 25), SEAL_RED, rng.randrange(1 << 30))
    page.text(w / 2, h - 6, "本证明书须加盖医院印章方有效，复印无效", 2.6, lf, "mm", GREY)
    fields: dict[str, Any] = {"医院名称": hospital, "姓名": name, "性别": person["性别"], "年龄": age, "科别": dept}
    fields[label] = record_no
    fields |= {"诊断": "；".join(lines), "出具日期": issued.isoformat(), "医师": doctor, "是否盖章": sealed}
    page.fields = dict(fields)
    return Document("诊断证明", [page], fields, person=name, material="致困原因证明")


# ---------------------------------------------------------------------------------------------------------
# 残疾人证
# ---------------------------------------------------------------------------------------------------------
BOOKLET = (124.0, 88.0)
CATEGORIES = ("视力残疾", "听力残疾", "言语残疾", "肢体残疾", "智力残疾", "精神残疾", "多重残疾")
GRADES = ("一级", "二级", "三级", "四级")


@layout("残疾人证", "残疾人证/轮换17")
def disability_booklet_circled(hh: Household, name: str, rng: random.Random) -> Document:
    f = _disability_facts(hh, name, rng)
    person = f["person"]
    issued: date = f["issued"]
    office = f"{hh.unit.city}市残疾人联合会"
    lf = rng.choice(("serif", "hei"))
    vf = rng.choice(("sans", "serif", "hei"))
    pen = rng.choice(INKS)
    tint = rng.choice(((226, 238, 224), (240, 226, 222)))
    # the booklet's data page: labels beside values, the category and grade printed as lists and ringed
    d = Page(*BOOKLET, paper=tint)
    d.rect(3, 3, BOOKLET[0] - 3, BOOKLET[1] - 3, 0.4)
    x0, x1 = 6.0, BOOKLET[0] - 6.0
    d.rect(x1 - 24, 7, x1, 37, 0.1, (84, 84, 90), fill=(86, 86, 92))  # the photo
    d.rect(x1 - 17, 11, x1 - 7, 22, 0.1, (42, 42, 46), fill=(42, 42, 46))
    y0 = 9.0
    by, bm, bd = person["出生日期"].split("-")
    for i, (lb, v) in enumerate((("姓名", name), ("性别", person["性别"]), ("民族", person["民族"]),
                                  ("出生日期", f"{by}年{int(bm)}月{int(bd)}日"))):
        yy = y0 + i * 7
        d.text(x0 + 1, yy, lb, 2.6, lf)
        d.text(x0 + 16, yy, v, 3.2, vf)
        d.line(x0 + 15, yy + 2.2, x1 - 27, yy + 2.2, 0.15)
    yy = y0 + 4 * 7 + 2
    d.text(x0 + 1, yy, "身份证号", 2.6, lf)
    d.text(x0 + 16, yy, person["身份证号"], 3.1, "heimono")
    yy += 8
    d.text(x0 + 1, yy, "残疾类别", 2.6, lf)
    cx = x0 + 16
    chosen = f["category"]
    for i, cat in enumerate(CATEGORIES):
        if i == 4:
            cx, yy = x0 + 16, yy + 6
        d.text(cx, yy, cat, 2.7, lf)
        wd = text_width(cat, 2.7, lf)
        if cat == chosen:
            _ring(d, cx + wd / 2, yy, wd / 2 + 1.6, 2.6, pen, rng)
        cx += wd + 4.5
    yy += 8
    d.text(x0 + 1, yy, "残疾等级", 2.6, lf)
    cx = x0 + 16
    for g in GRADES:
        d.text(cx, yy, g, 2.9, lf)
        wd = text_width(g, 2.9, lf)
        if g == f["grade"]:
            _ring(d, cx + wd / 2, yy, wd / 2 + 1.6, 2.6, pen, rng)
        cx += wd + 6
    yy += 8
    d.text(x0 + 1, yy, "证　　号", 2.6, lf)
    n = f["number"]
    cw = min(4.4, (x1 - x0 - 18) / len(n))
    _digit_boxes(d, x0 + 16, yy - 2.6, n, cw, 5.2, 2.7, "heimono")
    # the facing page: the federation, the date, its seal
    c = Page(*BOOKLET, paper=tint)
    c.rect(3, 3, BOOKLET[0] - 3, BOOKLET[1] - 3, 0.4)
    c.text(BOOKLET[0] / 2, 16, "中华人民共和国残疾人证", 4.6, "bold", "mm")
    c.text(BOOKLET[0] / 2, 24, "（第二代）", 3.0, lf, "mm")
    c.text(14, 46, "发证单位：", 3.0, lf)
    c.text(14 + text_width("发证单位：", 3.0, lf), 46, office, 3.1, vf)
    c.text(14, 56, "发证时间：", 3.0, lf)
    c.text(14 + text_width("发证时间：", 3.0, lf), 56, _cn_date(issued), 3.1, vf)
    c.seal(BOOKLET[0] - 30 + rng.uniform(-4, 4), 56 + rng.uniform(-3, 3), 12.0, office[:14], "★",
           rng.uniform(-25, 25), SEAL_RED, rng.randrange(1 << 30))
    w, h = A4
    page = Page(w, h, mono=True, tone=round(rng.uniform(0.05, 0.45), 2))
    k = rng.choice((1.2, 1.25))
    x = (w - BOOKLET[0] * k) / 2 + rng.uniform(-4, 4)
    ytop = rng.uniform(22, 34)
    embed_scaled(page, c, x, ytop, k)  # the cover's inside above, the data page below, as the booklet folds
    y2 = ytop + BOOKLET[1] * k + rng.uniform(6, 12)
    embed_scaled(page, d, x + rng.uniform(-2, 2), y2, k)
    ink = rng.choice(INKS)
    foot = y2 + BOOKLET[1] * k + 14
    page.text(28, foot, f"经办：{_clerk(rng)}", 4.5, "kai", color=ink)
    day = hh.created - timedelta(days=rng.randrange(1, 25))
    page.text(w - 28, foot, f"{day.year}.{day.month}.{day.day}", 4.4, "kai", "rm", ink)
    fields = {
        "姓名": name,
        "性别": person["性别"],
        "民族": person["民族"],
        "身份证号": person["身份证号"],
        "残疾人证号": n,
        "残疾类别": chosen,
        "残疾等级": f["grade"],
        "发证日期": issued.isoformat(),
    }
    page.fields = dict(fields)
    return Document("残疾人证", [page], fields, person=name, material="致困原因证明")
