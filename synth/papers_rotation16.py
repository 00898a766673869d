"""Rotation 16's printings of 身份证, 户口簿, 低保证, 诊断证明 and 残疾人证 (2026-12-07), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Drawn from REAL-DOCUMENTS.md and ARCHIVE-SCHEMA.md with the card and copier parts of ``papers_id``,
``papers_cert`` and ``papers_rotation3``. Truth as for the kind's other layouts (synth/README.md "Output").
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from dangan.synth import papers_rotation15  # noqa: F401  (registers rotation 15's printings before these)
from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.papers_cert import ADVICE, EXTRA_DIAGNOSES, _dibao_facts, _disability_facts, dibao_document
from dangan.synth.papers_id import CARD, EDUCATION, IdFacts, id_facts
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.render import A4, Document

GREY = (110, 110, 116)
SEAL_RED = (200, 30, 40)
STAMP_RED = (190, 40, 50)
LANDSCAPE = (A4[1], A4[0])
INKS = (INK_BLUE, BLACK, (30, 40, 110), (20, 60, 90))
SURNAMES = ("谭", "龚", "孟", "汤", "严", "魏", "薛", "侯")
GIVEN = ("海燕", "志勇", "春梅", "建军", "晓东", "桂兰", "伟")


def _clerk(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _dot_date(d: date) -> str:
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def _box_stamp(p: Page, x: float, y: float, lines: list[str], size: float, color: tuple[int, int, int]) -> float:
    """A rectangular rubber stamp (double frame, lines centred); returns its right edge."""
    w = max(text_width(s, size, "hei") for s in lines) + 6
    h = len(lines) * size * 1.5 + 3
    p.rect(x, y, x + w, y + h, 0.5, color)
    p.rect(x + 0.9, y + 0.9, x + w - 0.9, y + h - 0.9, 0.2, color)
    for i, s in enumerate(lines):
        p.text(x + w / 2, y + 1.5 + size * 0.75 + i * size * 1.5, s, size, "hei", "mm", color)
    return x + w


# ---------------------------------------------------------------------------------------------------------
# 居民身份证: a street office's 复印件 sheet: the clerk's header line (单位, 姓名, 页次) under a rule, both faces at
# 100 % side by side in the lower half of a portrait A4 (the 国徽面 on the left), the card's 出生 printed with
# gaps as the card does, the window's rectangular 复印件与原件一致 stamp over the gap between them
# ---------------------------------------------------------------------------------------------------------
def _front16(f: IdFacts, lf: str, vf: str) -> Page:
    p = Page(*CARD, paper=(238, 238, 236))
    p.rect(0, 0, CARD[0], CARD[1], 0.3, (140, 140, 140))
    lbl = (96, 110, 140)
    by, bm, bd = f.born.split("-")
    p.text(5, 7.5, "姓名", 2.5, lf, color=lbl)
    p.text(14.5, 7.5, f.name, 3.9, vf)
    p.text(5, 14, "性别", 2.5, lf, color=lbl)
    p.text(14.5, 14, f.gender, 3.2, vf)
    p.text(26, 14, "民族", 2.5, lf, color=lbl)
    p.text(34, 14, f.ethnic, 3.2, vf)
    p.text(5, 20.5, "出生", 2.5, lf, color=lbl)
    p.text(14.5, 20.5, f"{by} 年 {int(bm)} 月 {int(bd)} 日", 3.0, vf)
    p.text(5, 27, "住址", 2.5, lf, color=lbl)
    for i in range(0, len(f.addr), 11):  # eleven characters a line
        p.text(14.5, 27 + (i // 11) * 4.4, f.addr[i : i + 11], 2.9, vf)
    p.text(5, 47.5, "公民身份号码", 2.5, lf, color=lbl)
    p.text(27, 47.5, f.number, 3.5, "heimono")
    p.rect(59, 7, 81, 42, 0.1, (80, 80, 84), fill=(84, 84, 88))
    p.rect(65, 11, 75, 23, 0.1, (40, 40, 44), fill=(40, 40, 44))
    p.rect(61.5, 25, 78.5, 42, 0.1, (36, 36, 40), fill=(36, 36, 40))
    return p


def _back16(f: IdFacts, lf: str, vf: str) -> Page:
    p = Page(*CARD, paper=(238, 238, 236))
    p.rect(0, 0, CARD[0], CARD[1], 0.3, (140, 140, 140))
    p.rect(6, 5, 19, 18, 0.4, (110, 90, 50))
    p.text(52, 10, "中华人民共和国", 4.0, "bold", "mm")
    p.text(52, 21, "居民身份证", 5.4, "bold", "mm")
    p.text(12, 38, "签发机关", 2.5, lf, color=(96, 110, 140))
    p.text(26, 38, f.issuer, 2.9, vf)
    p.text(12, 45.5, "有效期限", 2.5, lf, color=(96, 110, 140))
    p.text(26, 45.5, f.valid, 2.9, vf)
    return p


@layout("身份证", "身份证/轮换16")
def id_card_lower_half_stamped(hh: Household, name: str, rng: random.Random) -> Document:
    f = id_facts(hh, name, rng)
    w, h = A4
    sheet = Page(w, h, mono=True, tone=round(rng.uniform(0.05, 0.5), 2))
    lf = rng.choice(("serif", "hei"))
    vf = rng.choice(("sans", "hei"))
    # the clerk's header at the top
    hf = rng.choice(("serif", "sans"))
    sheet.text(w / 2, 22, "居民身份证复印件", 5.4, "serifbold" if hf == "serif" else "bold", "mm")
    sheet.line(18, 30, w - 18, 30, 0.3)
    street = f"{rng.choice(hh.unit.streets)[:2]}街道办事处"
    sheet.text(20, 36, f"单位：{street}", 3.3, hf)
    sheet.text(w / 2 + 10, 36, "持证人：", 3.3, hf)
    sheet.text(w / 2 + 10 + text_width("持证人：", 3.3, hf) + 1, 35.6, name, 4.6, "kai", color=rng.choice(INKS))
    sheet.text(w - 20, 36, f"第{rng.randrange(1, 4)}页", 3.3, hf, "rm")
    gap = rng.uniform(8, 14)
    span = 2 * CARD[0] + gap
    x = (w - span) / 2 + rng.uniform(-4, 4)
    y = rng.uniform(160, 200)
    back, front = _back16(f, lf, vf), _front16(f, lf, vf)
    sheet.embed(back, x, y + rng.uniform(-2, 2))
    sheet.embed(front, x + CARD[0] + gap, y + rng.uniform(-2, 2))
    sx = x + CARD[0] - 20 + rng.uniform(-3, 3)
    sy = y + CARD[1] + rng.uniform(4, 10)
    right = _box_stamp(sheet, sx, sy, ["复印件与原件一致", street], 3.2, STAMP_RED)
    day = hh.created - timedelta(days=rng.randrange(1, 40))
    sheet.text(min(right + 4, w - 40), sy + 6, _dot_date(day), 4.2, "kai", color=rng.choice(INKS))
    fields = f.fields()
    sheet.fields = dict(fields)
    return Document("身份证", [sheet], fields, [], person=name, material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 户口簿: a printing whose register card runs two label/value pairs a row with the labels in a narrow serif and the
# values printed by the station's dot-matrix printer a little above and right of their cells; the dates as
# yyyy.mm.dd; the 公民身份证件编号 across a whole row; each leaf copied reduced onto the left of a portrait A4,
# the archive's two punch holes in the left margin and the clerk's page number top right
# ---------------------------------------------------------------------------------------------------------
LEAF = (106.0, 148.0)


def _pairs(p: Page, y: float, rh: float, cols: list[float], cells: list[tuple[str, str]], lf: str, vf: str,
           off: tuple[float, float]) -> float:
    """One row: one pair across the whole row or two pairs (label, value, label, value)."""
    if len(cells) == 1:
        spans = [(cols[0], cols[1], cols[4])]
    else:
        spans = [(cols[0], cols[1], cols[2]), (cols[2], cols[3], cols[4])]
    for (a, b, c), (label, value) in zip(spans, cells, strict=True):
        p.rect(a, y, b, y + rh, 0.2)
        p.fit(a, y, b, y + rh, label, 2.5, lf, pad=0.5)
        p.rect(b, y, c, y + rh, 0.2)
        p.fit(b + off[0], y + off[1], c, y + rh + off[1], value, 2.9, vf, "left", pad=1.0)
    return y + rh


def _hukou_head16(hh: Household, rng: random.Random, addr: str, station: str, lf: str, vf: str,
                  off: tuple[float, float]) -> Page:
    r = hh.record
    p = Page(*LEAF, paper=(246, 244, 236))
    p.text(LEAF[0] / 2, 13, "常 住 人 口 登 记 簿", 4.4, "serifbold", "mm")
    x0, x1 = 7.0, LEAF[0] - 7.0
    cols = [x0, x0 + 19, x0 + 50, x0 + 66, x1]
    kind = rng.choice(("农业家庭户口", "非农业家庭户口")) if r["是否农民工"] else "家庭户"
    y = 22.0
    y = _pairs(p, y, 11, cols, [("户别", kind), ("户号", f"{rng.randrange(10000000, 99999999)}")], lf, vf, off)
    y = _pairs(p, y, 11, cols, [("户主姓名", r["姓名"])], lf, vf, off)
    y = _pairs(p, y, 20, cols, [("住址", addr)], lf, vf, off)
    box = y + 46
    p.rect(x0, y, x1, box, 0.2)
    p.text(x0 + 3, y + 6, "户口登记机关盖章", 2.6, lf)
    p.text(x0 + 3, box - 13, "承办人签章", 2.6, lf)
    p.text(x0 + 22, box - 13.3, _clerk(rng), 3.6, "kai", color=INK_BLUE)
    issued = hh.created - timedelta(days=rng.randrange(1500, 7000))
    p.text(x1 - 3, box - 5, _dot_date(issued), 2.9, vf, "rm")
    p.text(x0 + 3, box - 5, "签发日期", 2.6, lf)
    p.seal(x0 + 44 + rng.uniform(-4, 4), y + 20 + rng.uniform(-3, 3), 12.5, station[:14], "户口专用章",
           rng.uniform(-25, 25), SEAL_RED, rng.randrange(1 << 30))
    p.fields = {"户主姓名": r["姓名"], "住址": addr}
    return p


def _hukou_card16(hh: Household, rng: random.Random, person: dict[str, Any], lf: str, vf: str,
                  off: tuple[float, float]) -> Page:
    r = hh.record
    p = Page(*LEAF, paper=(246, 244, 236))
    p.text(LEAF[0] / 2, 11, "常住人口登记卡", 4.2, "serifbold", "mm")
    x0, x1 = 5.0, LEAF[0] - 5.0
    cols = [x0, x0 + 18, x0 + 50, x0 + 66, x1]
    y, m, d = person["出生日期"].split("-")
    place = r["户口所在地行政区划"][:6]
    job = {"在职": "职工", "在读": "学生", "退休": "退休"}.get(person.get("人员身份") or "", "")
    rh = rng.choice((8.0, 8.5))
    rows: list[list[tuple[str, str]]] = [
        [("姓名", person["姓名"]), ("与户主关系", person["关系"])],
        [("曾用名", ""), ("性别", person["性别"])],
        [("出生地", place), ("民族", person["民族"])],
        [("籍贯", place), ("出生日期", f"{y}.{m}.{d}")],
        [("本市(县)其他住址", "")],
        [("宗教信仰", ""), ("血型", "")],
        [("公民身份证件编号", person["身份证号"])],
        [("身高", ""), ("兵役状况", "")],
        [("文化程度", EDUCATION.get(person.get("当前学历") or "", "")), ("婚姻状况", person.get("婚姻状况") or "")],
        [("服务处所", person.get("单位或学校") or ""), ("职业", job)],
        [("何时由何地迁来本市(县)", "")],
        [("何时由何地迁来本址", "")],
    ]
    yy = 17.0
    for cells in rows:
        yy = _pairs(p, yy, rh, cols, cells, lf, vf, off)
    p.rect(x0 - 1, 16, x1 + 1, yy + 1, 0.5)
    moved = hh.created - timedelta(days=rng.randrange(900, 9000))
    p.text(x0, yy + 8, "承办人签章", 2.5, lf)
    p.text(x0 + 16, yy + 7.7, _clerk(rng), 3.5, "kai", color=INK_BLUE)
    p.text(x1 - 24, yy + 8, "登记日期", 2.5, lf, "rm")
    p.text(x1, yy + 8, _dot_date(moved), 2.7, vf, "rm")
    p.members = [{key: person[key] for key in ("姓名", "关系", "性别", "民族", "出生日期", "身份证号")}]
    return p


@layout("户口簿", "户口簿/轮换16")
def hukou_dot_matrix_punched(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    addr = id_facts(hh, r["姓名"], rng).addr
    station = f"{hh.unit.city}市公安局{rng.choice(hh.unit.streets)[:2]}派出所"
    lf = rng.choice(("serif", "sans"))
    vf = rng.choice(("heimono", "hei"))
    off = (rng.uniform(0.3, 1.8), rng.uniform(-1.4, -0.3))  # the printer's offset, the same on every leaf
    people = [hh.householder() | {"关系": "户主", "婚姻状况": r["婚姻状况"]}, *hh.members]
    leaves = [_hukou_head16(hh, rng, addr, station, lf, vf, off)]
    leaves += [_hukou_card16(hh, rng, person, lf, vf, off) for person in people]
    pages: list[Page] = []
    k = rng.choice((0.9, 0.94, 1.0))
    for i, leaf in enumerate(leaves):
        sheet = Page(*A4, mono=True, tone=round(rng.uniform(0.0, 0.45), 2))
        for hy in (A4[1] / 2 - 40, A4[1] / 2 + 40):  # the archive's punch holes
            sheet.rect(7, hy - 3, 13, hy + 3, 0.2, (200, 200, 200), fill=(232, 232, 232))
        sheet.text(A4[0] - 14, 12, str(i + 1), 4.4, "kai", "rm", rng.choice(INKS))
        embed_scaled(sheet, leaf, rng.uniform(24, 34), rng.uniform(22, 40), k)
        sheet.fields, sheet.members = dict(leaf.fields), list(leaf.members)
        pages.append(sheet)
    entries = [m for pg in leaves for m in pg.members]
    return Document("户口簿", pages, dict(leaves[0].fields), entries, person=r["姓名"], material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 低保证: a district's 城乡低保证 as a landscape card (A5): its front a ruled table of the holder's items, the
# labels in the unit's own words, the amount as ¥…元/月 and the 有效期 as 有效期至 yyyy.mm.dd, the issuer under
# it; its back the 保障成员 table (姓名 | 性别 | 与户主关系 | 身份证号码 | 保障类别) with six rows or more; the front
# copied at 100 % on the top of a portrait A4, the back under it
# ---------------------------------------------------------------------------------------------------------
CARD5 = (182.0, 118.0)


@layout("低保证", "低保证/轮换16")
def dibao_card_two_faces(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    f = _dibao_facts(hh, rng)
    issuer, issued, valid, sealed = f["issuer"], f["issued"], f["valid"], f["sealed"]
    people = [hh.householder() | {"关系": "户主"}, *hh.members]
    covered = people if rng.random() < 0.7 else people[: max(1, len(people) - 1)]
    lf = rng.choice(("sans", "hei", "serif"))
    vf = rng.choice(("serif", "heimono", "sans"))
    tint = rng.choice(((250, 236, 232), (236, 244, 250), (246, 246, 232)))
    bold = "serifbold" if lf == "serif" else "bold"
    a = Page(*CARD5, paper=tint)
    a.rect(3, 3, CARD5[0] - 3, CARD5[1] - 3, 0.6)
    a.text(CARD5[0] / 2, 13, "城乡居民最低生活保障证", 5.2, bold, "mm")
    x0, x1 = 10.0, CARD5[0] - 10.0
    lw = 26.0
    mid = (x0 + x1) / 2
    rh = 10.0
    y = 22.0

    def row(cells: list[tuple[str, str, str]]) -> None:
        nonlocal y
        spans = [(x0, x1)] if len(cells) == 1 else [(x0, mid), (mid, x1)]
        for (s0, s1), (label, value, font) in zip(spans, cells, strict=True):
            a.rect(s0, y, s0 + lw, y + rh, 0.25)
            a.fit(s0, y, s0 + lw, y + rh, label, 2.9, lf, pad=0.6)
            a.rect(s0 + lw, y, s1, y + rh, 0.25)
            a.fit(s0 + lw, y, s1, y + rh, value, 3.2, font, "left", pad=1.6)
        y += rh

    row([("保障证编号", hh.dibao_no or "", "heimono"), ("户　　主", r["姓名"], vf)])
    row([("公民身份号码", r["身份证号"], "heimono")])
    row([("家庭住址", r["家庭住址"].removesuffix("（租住）"), vf)])
    row([("家庭总人口", f"{r['家庭人口']}人", vf), ("纳入保障人数", f"{len(covered)}人", vf)])
    row([("月保障金", f"¥{hh.dibao_amount}元/月", vf), ("有效期", f"有效期至{_dot_date(valid)}", vf)])
    a.text(x1, y + 10, issuer, 3.3, lf, "rm")
    a.text(x1, y + 17, _cn_date(issued), 3.1, lf, "rm")
    a.text(x0, y + 10, "发证机关：", 3.1, lf)
    if sealed:
        a.seal(x1 - 16 + rng.uniform(-4, 4), y + 12 + rng.uniform(-2, 2), 12.0, issuer[:14], "低保专用章",
               rng.uniform(-25, 25), SEAL_RED, rng.randrange(1 << 30))
    b = Page(*CARD5, paper=tint)
    b.rect(3, 3, CARD5[0] - 3, CARD5[1] - 3, 0.6)
    b.text(CARD5[0] / 2, 11, "保障家庭成员", 4.6, bold, "mm")
    heads = ("姓名", "性别", "与户主关系", "身份证号码", "保障类别")
    widths = (0.17, 0.09, 0.16, 0.41, 0.17)
    xs = [x0]
    for wd in widths:
        xs.append(xs[-1] + (x1 - x0) * wd)
    y = 17.0
    for j, head in enumerate(heads):
        b.rect(xs[j], y, xs[j + 1], y + 8, 0.3)
        b.fit(xs[j], y, xs[j + 1], y + 8, head, 2.9, lf, pad=0.3)
    y += 8
    n_rows = max(6, len(covered))
    rowh = min(11.0, (CARD5[1] - 8 - y) / n_rows)
    kind = rng.choice(("A类", "B类", "全额", "差额"))
    for i in range(n_rows):
        m = covered[i] if i < len(covered) else None
        cells = [m["姓名"], m["性别"], m["关系"], m["身份证号"], kind] if m else [""] * 5
        for j, cell in enumerate(cells):
            b.rect(xs[j], y, xs[j + 1], y + rowh, 0.2)
            b.fit(xs[j], y, xs[j + 1], y + rowh, cell, min(3.1, rowh * 0.45), "heimono" if j == 3 else vf,
                  pad=0.4)
        y += rowh
    w, h = A4
    page = Page(w, h, mono=True, tone=round(rng.uniform(0.05, 0.45), 2))
    x = (w - CARD5[0]) / 2 + rng.uniform(-3, 3)
    ya = rng.uniform(12, 20)
    page.embed(a, x, ya)
    page.embed(b, x + rng.uniform(-2, 2), ya + CARD5[1] + rng.uniform(10, 18))
    return dibao_document(hh, page, covered, issuer, valid, sealed)


# ---------------------------------------------------------------------------------------------------------
# 诊断证明: a hospital's portrait A4 证明 printed from its system into a typed sentence with blanks (患者…，性别…，
# 年龄…岁，于…在我院…科就诊), the blanks' values underlined in a mono face; the 诊断意见 in a ruled box with its
# lines numbered 一、二、; the doctor's hand over 医师, the 科室负责人, the hospital's seal over the foot's date
# ---------------------------------------------------------------------------------------------------------
NUMERALS = "一二三四五"


@layout("诊断证明", "诊断证明/轮换16")
def diagnosis_typed_sentence(hh: Household, name: str, rng: random.Random) -> Document:
    person = hh.person(name)
    hospital = rng.choice(hh.unit.hospitals)
    doctor = rng.choice(("邹德明", "祁晓红", "莫立群", "柯红英", "伍建新", "褚雅琴", "芦国栋"))
    head = rng.choice(("乔卫东", "单凤英", "闵国强"))
    issued = hh.created - timedelta(days=rng.randrange(4, 200))
    seen = issued - timedelta(days=rng.randrange(0, 20))
    lines = [person["疾病/残疾类别"] or "慢性病", *rng.sample(EXTRA_DIAGNOSES, rng.randrange(0, 3))]
    dept = rng.choice(("神经内科", "心内科", "肾内科", "内分泌科", "骨科", "肿瘤科", "老年病科"))
    inpatient = rng.random() < 0.4
    record_no = f"ZY{rng.randrange(100000, 999999)}" if inpatient else f"{rng.randrange(10000000, 99999999)}"
    age = person["年龄"]
    sealed = rng.random() < 0.85
    tf = rng.choice(("serif", "sans"))
    vf = rng.choice(("heimono", "hei"))
    w, h = A4
    page = Page(w, h, mono=rng.random() < 0.65, tone=round(rng.uniform(0.0, 0.4), 2))
    x0, x1 = 22.0, w - 22.0
    bold = "serifbold" if tf == "serif" else "bold"
    page.text(w / 2, 24, hospital, 6.0, bold, "mm")
    page.line(x0, 31, x1, 31, 0.6)
    page.line(x0, 32.2, x1, 32.2, 0.2)
    page.text(w / 2, 44, "诊 断 证 明", 6.2, bold, "mm")
    page.text(x1, 53, f"No：{issued.year % 100:02d}{rng.randrange(100000, 999999)}", 3.0, tf, "rm")
    size = 3.9
    y = 66.0
    x = x0 + 2 * size  # the paragraph's indent

    def run(parts: list[tuple[str, bool]]) -> None:
        """The sentence: printed words and underlined values, wrapped at the right margin."""
        nonlocal x, y
        for s, value in parts:
            font = vf if value else tf
            for piece in ([s] if value else list(s)):
                wd = text_width(piece, size, font) + (2.4 if value else 0)
                if x + wd > x1:
                    x, y = x0, y + 10
                if value:
                    page.text(x + 1.2, y, piece, size, font)
                    page.line(x, y + 2.6, x + wd, y + 2.6, 0.2)
                else:
                    page.text(x, y, piece, size, font)
                x += wd

    label = "住院号" if inpatient else "门诊号"
    run([("患者", False), (name, True), ("，性别", False), (person["性别"], True), ("，年龄", False),
         (str(age), True), ("岁，", False), (label, False), (record_no, True), ("，于", False),
         (_cn_date(seen), True), ("在我院", False), (dept, True), ("就诊。", False)])
    y += 14
    page.text(x0, y, "诊断意见：", 4.0, bold)
    y += 5
    bh = 12 + 8 * len(lines)
    page.rect(x0, y, x1, y + bh, 0.3)
    ly = y + 8
    for i, ln in enumerate(lines):
        page.text(x0 + 5, ly, f"{NUMERALS[i]}、{ln}", 3.9, vf)
        ly += 8
    y += bh + 10
    page.text(x0, y, "处理意见：", 4.0, bold)
    page.fit(x0 + 22, y - 5, x1, y + 9, rng.choice(ADVICE), 3.7, tf, "left", pad=0.5)
    y += 16
    page.text(x0 + 2 * size, y, "特此证明。", size, tf)
    y += 22
    page.text(x0, y, "医　　师：", 3.6, tf)
    page.text(x0 + 22, y - 0.5, doctor, 5.0, "kai", color=rng.choice(INKS))
    page.text(x0 + 72, y, "科室负责人：", 3.6, tf)
    page.text(x0 + 72 + text_width("科室负责人：", 3.6, tf) + 1, y - 0.5, head, 5.0, "kai",
              color=rng.choice(INKS))
    y += 16
    page.text(x1, y, _cn_date(issued), 3.7, tf, "rm")
    page.text(x1 - 44, y - 10, "（医院盖章）", 3.2, tf, "rm")
    if sealed:
        page.seal(x1 - 24 + rng.uniform(-5, 5), y - 6 + rng.uniform(-3, 3), 16.0, hospital[:14], "诊断证明专用章",
                  rng.uniform(-20, 20), SEAL_RED, rng.randrange(1 << 30))
    page.line(x0, h - 28, x1, h - 28, 0.2, GREY)
    page.text(x0, h - 23, "说明：1.本证明涂改无效；2.未加盖医院印章无效；3.仅供病情证明使用。", 2.9, tf, color=GREY)
    fields: dict[str, Any] = {
        "医院名称": hospital,
        "姓名": name,
        "性别": person["性别"],
        "年龄": age,
        "科别": dept,
    }
    fields[label] = record_no
    fields |= {"诊断": "；".join(lines), "出具日期": issued.isoformat(), "医师": doctor, "是否盖章": sealed}
    page.fields = dict(fields)
    return Document("诊断证明", [page], fields, person=name, material="致困原因证明")


# ---------------------------------------------------------------------------------------------------------
# 残疾人证: a third-generation card of another province (the photo on the right, the labels in full words —
# 姓名, 性别, 民族, 残疾类别, 残疾等级 — the 证号 in groups along the foot; on the back the federation, the dates
# and its seal), both faces at 100 % side by side in the middle of a landscape A4 under a typed use-limit line,
# the clerk's handwritten name and date under them
# ---------------------------------------------------------------------------------------------------------
@layout("残疾人证", "残疾人证/轮换16")
def disability_card_use_limited(hh: Household, name: str, rng: random.Random) -> Document:
    f = _disability_facts(hh, name, rng)
    person = f["person"]
    issued: date = f["issued"]
    office = f"{hh.unit.city}市{hh.unit.region_name[-3:]}残联"
    lf = rng.choice(("serif", "hei"))
    vf = rng.choice(("sans", "hei"))
    band = rng.choice(((220, 200, 230), (200, 226, 214), (236, 226, 196)))
    lbl = (70, 70, 90)
    front = Page(*CARD, paper=(246, 246, 242))
    front.rect(0, 0, 7, CARD[1], 0.1, band, fill=band)  # the tint along the left edge
    front.text(46, 6, "中华人民共和国残疾人证", 3.4, "bold", "mm")
    front.rect(60, 12, 81, 40, 0.1, (86, 86, 92), fill=(88, 88, 94))
    front.rect(66, 15, 75, 25, 0.1, (44, 44, 48), fill=(44, 44, 48))
    rows = [
        ("姓　名", name, 3.5),
        ("性　别", person["性别"], 3.0),
        ("民　族", person["民族"], 3.0),
        ("残疾类别", f["category"], 3.0),
        ("残疾等级", f["grade"], 3.0),
    ]
    for i, (label, value, size) in enumerate(rows):
        yy = 13 + i * 5.8
        front.text(10, yy, label, 2.3, lf, color=lbl)
        front.text(23, yy, value, size, vf)
    n = f["number"]
    front.text(10, 48, "证　号", 2.3, lf, color=lbl)
    front.text(23, 48, f"{n[:6]} {n[6:14]} {n[14:18]} {n[18:]}", 3.2, "heimono")
    back = Page(*CARD, paper=(246, 246, 242))
    back.rect(0, 0, 7, CARD[1], 0.1, band, fill=band)
    back.text(46, 12, "残 疾 人 证", 5.2, "bold", "mm")
    back.text(12, 28, "发证机关", 2.4, lf, color=lbl)
    back.text(26, 28, office, 2.9, vf)
    back.text(12, 36, "发证日期", 2.4, lf, color=lbl)
    back.text(26, 36, _dot_date(issued), 2.9, vf)
    back.text(12, 44, "有效期至", 2.4, lf, color=lbl)
    back.text(26, 44, _dot_date(date(issued.year + 10, issued.month, min(issued.day, 28))), 2.9, vf)
    back.seal(66 + rng.uniform(-3, 3), 35 + rng.uniform(-2, 2), 9.5, office[:14], "", rng.uniform(-25, 25),
              SEAL_RED, rng.randrange(1 << 30))
    w, h = LANDSCAPE
    page = Page(w, h, mono=True, tone=round(rng.uniform(0.05, 0.5), 2))
    gap = rng.uniform(10, 20)
    x = (w - 2 * CARD[0] - gap) / 2 + rng.uniform(-6, 6)
    y = rng.uniform(62, 80)
    page.text(w / 2, y - 22, "本复印件仅供职工困难帮扶建档使用，再次复印无效", 4.0, rng.choice(("sans", "serif")), "mm")
    page.embed(front, x, y)
    page.embed(back, x + CARD[0] + gap, y + rng.uniform(-2, 2))
    day = hh.created - timedelta(days=rng.randrange(1, 20))
    ink = rng.choice(INKS)
    page.text(x + 10, y + CARD[1] + 18, f"核对人：{_clerk(rng)}", 4.6, "kai", color=ink)
    page.text(x + CARD[0] + gap + 20, y + CARD[1] + 18, f"{day.year}年{day.month}月{day.day}日", 4.4, "kai",
              color=ink)
    fields = {
        "姓名": name,
        "性别": person["性别"],
        "民族": person["民族"],
        "身份证号": person["身份证号"],
        "残疾人证号": n,
        "残疾类别": f["category"],
        "残疾等级": f["grade"],
        "发证日期": issued.isoformat(),
    }
    page.fields = dict(fields)
    return Document("残疾人证", [page], fields, person=name, material="致困原因证明")
