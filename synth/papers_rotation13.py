"""Rotation 13's printings of 身份证, 户口簿, 低保证, 诊断证明 and 残疾人证 (2026-12-07), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Drawn from REAL-DOCUMENTS.md and ARCHIVE-SCHEMA.md with the card and copier parts of ``papers_id``,
``papers_cert`` and ``papers_rotation3``. Truth as for the kind's other layouts (synth/README.md "Output").
"""

from __future__ import annotations

import math
import random
from datetime import date, timedelta
from typing import Any

from dangan.synth import papers_rotation12  # noqa: F401  (registers rotation 12's printings before these)
from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.papers_cert import ADVICE, EXTRA_DIAGNOSES, _dibao_facts, _disability_facts, dibao_document
from dangan.synth.papers_id import CARD, EDUCATION, IdFacts, id_facts
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.render import A4, Document, cn_date

GREY = (105, 105, 110)
SEAL_RED = (196, 36, 44)
LANDSCAPE = (A4[1], A4[0])
INKS = (INK_BLUE, BLACK, (20, 20, 90))


def _double(p: Page, x0: float, y0: float, x1: float, y1: float, gap: float = 0.9,
            color: tuple[int, int, int] = BLACK) -> None:
    """A frame of a thick outer and a thin inner rule."""
    p.rect(x0, y0, x1, y1, 0.7, color)
    p.rect(x0 + gap, y0 + gap, x1 - gap, y1 - gap, 0.2, color)


def _dline(p: Page, x0: float, x1: float, y: float, color: tuple[int, int, int] = BLACK) -> None:
    """A double rule across (thick over thin)."""
    p.line(x0, y, x1, y, 0.6, color)
    p.line(x0, y + 0.9, x1, y + 0.9, 0.2, color)


# ---------------------------------------------------------------------------------------------------------
# 居民身份证: a 政务服务 window's printed 居民身份证复印件 sheet (portrait A4): two captioned frames, 人像面 over
# 国徽面, each face copied at 100 % inside its frame, the 用途 line and the holder's signature with a red
# fingerprint at the foot; the card's values set in another typeface than the other printings'
# ---------------------------------------------------------------------------------------------------------
def _front13(f: IdFacts, vf: str) -> Page:
    p = Page(*CARD, paper=(234, 238, 240))
    p.rect(0, 0, CARD[0], CARD[1], 0.3, (150, 155, 165))
    by, bm, bd = f.born.split("-")
    lbl = (95, 95, 105)
    p.text(5.5, 8.5, "姓名", 2.5, "sans", color=lbl)
    p.text(15.5, 8.5, f.name, 3.7, vf)
    p.text(5.5, 15, "性别", 2.5, "sans", color=lbl)
    p.text(15.5, 15, f.gender, 3.1, vf)
    p.text(25.5, 15, "民族", 2.5, "sans", color=lbl)
    p.text(35, 15, f.ethnic, 3.1, vf)
    p.text(5.5, 21.5, "出生", 2.5, "sans", color=lbl)
    p.text(15.5, 21.5, f"{by}年{int(bm)}月{int(bd)}日", 3.0, vf)
    p.text(5.5, 28, "住址", 2.5, "sans", color=lbl)
    for i in range(0, len(f.addr), 13):  # thirteen characters a line
        p.text(15.5, 28 + (i // 13) * 4.4, f.addr[i:i + 13], 2.9, vf)
    p.text(5.5, 48.5, "公民身份号码", 2.5, "sans", color=lbl)
    p.text(26, 48.5, f.number, 3.5, "sans")
    p.rect(60, 8, 80, 38, 0.1, (92, 92, 98), fill=(92, 92, 98))
    p.rect(66, 11, 74, 21, 0.1, (48, 48, 52), fill=(48, 48, 52))
    p.rect(62.5, 23, 77.5, 38, 0.1, (42, 42, 46), fill=(42, 42, 46))
    return p


def _back13(f: IdFacts, vf: str) -> Page:
    p = Page(*CARD, paper=(238, 240, 236))
    p.rect(0, 0, CARD[0], CARD[1], 0.3, (150, 155, 165))
    p.poly([(10, 5), (17, 8), (17, 15), (10, 18), (3, 15), (3, 8), (10, 5)], 0.4, (120, 100, 60))
    p.text(52, 13, "中华人民共和国", 3.6, "serifbold", "mm")
    p.text(52, 24, "居民身份证", 5.2, "serifbold", "mm")
    p.text(8, 40, "签发机关", 2.5, "sans", color=(95, 95, 105))
    p.text(22.5, 40, f.issuer, 2.9, vf)
    p.text(8, 47, "有效期限", 2.5, "sans", color=(95, 95, 105))
    p.text(22.5, 47, f.valid, 2.9, vf)
    return p


@layout("身份证", "身份证/轮换13")
def id_card_window_sheet(hh: Household, name: str, rng: random.Random) -> Document:
    f = id_facts(hh, name, rng)
    w, h = A4
    sheet = Page(w, h, mono=True, tone=round(rng.uniform(0.0, 0.4), 2))
    vf = rng.choice(("serif", "sans"))
    lf = rng.choice(("serif", "sans", "hei"))
    title = rng.choice(("居民身份证复印件", "身份证复印件粘贴页", "居民身份证（复印件）"))
    sheet.text(w / 2, 18, title, 5.6, "serifbold" if lf == "serif" else "bold", "mm")
    _dline(sheet, 22, w - 22, 24)
    fw, fh = 112.0, 76.0
    fx = (w - fw) / 2
    y = 34.0
    for caption, face in (("人像面", _front13(f, vf)), ("国徽面", _back13(f, vf))):
        sheet.text(fx, y - 3, f"（{caption}）", 3.2, lf)
        sheet.rect(fx, y, fx + fw, y + fh, 0.25, (80, 80, 80))
        embed_scaled(sheet, face, fx + (fw - CARD[0]) / 2 + rng.uniform(-5, 5),
                     y + (fh - CARD[1]) / 2 + rng.uniform(-5, 5), 1.0)
        y += fh + 12
    ink = rng.choice(INKS)
    y += 2
    sheet.text(26, y, "用途：", 3.4, lf)
    sheet.line(38, y + 2.4, w - 26, y + 2.4, 0.2)
    sheet.text(40, y - 0.3, rng.choice(("困难职工建档", "申请困难职工帮扶", "工会建档，再复印无效")), 4.4, "kai", color=ink)
    y += 12
    sheet.text(26, y, "本人签字：", 3.4, lf)
    sheet.line(45, y + 2.4, 100, y + 2.4, 0.2)
    sheet.text(48, y - 0.3, name, 4.8, "kai", color=ink)
    if rng.random() < 0.7:  # the holder's fingerprint over the signature
        cx, cy = 92 + rng.uniform(-4, 4), y - 0.5 + rng.uniform(-1, 1)
        for i in range(5):
            rx, ry = 1.2 + 0.8 * i, 1.6 + 1.0 * i
            ring = [(cx + rx * math.cos(t * math.pi / 12), cy + ry * math.sin(t * math.pi / 12)) for t in range(25)]
            sheet.poly(ring, 0.35, SEAL_RED)
    signed = hh.created - timedelta(days=rng.randrange(0, 30))
    sheet.text(110, y, "日期：", 3.4, lf)
    sheet.line(121, y + 2.4, w - 26, y + 2.4, 0.2)
    sheet.text(124, y - 0.3, f"{signed.year}.{signed.month}.{signed.day}", 4.4, "kai", color=ink)
    sheet.text(w / 2, h - 12, "请将身份证正反面复印在框内，字迹清晰，不得涂改", 2.6, lf, "mm", GREY)
    fields = f.fields()
    sheet.fields = dict(fields)
    return Document("身份证", [sheet], fields, [], person=name, material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 户口簿: a bureau's printing in a double-ruled frame, three label/value pairs a row with the labels letter-spaced
# in narrow cells; the 户主页 with its labels in a header row over their values; each leaf scanned in colour at
# 100 % into the top right corner of a portrait A4 (the scanner's origin), the lid's grey edge round it
# ---------------------------------------------------------------------------------------------------------
LEAF = (128.0, 92.0)


def _grid_row(p: Page, y: float, rh: float, x0: float, x1: float, pairs: list[tuple[str, str, float]],
              lf: str, vf: str) -> None:
    """One row of label/value pairs; each triple's share is the value cell's part of the row."""
    lw = 13.0
    free = x1 - x0 - lw * len(pairs)
    total = sum(s for _, _, s in pairs)
    x = x0
    for label, value, share in pairs:
        vw = free * share / total
        p.line(x + lw, y, x + lw, y + rh, 0.15)
        p.fit(x, y, x + lw, y + rh, label, 2.2, lf, pad=0.4)
        p.fit(x + lw, y, x + lw + vw, y + rh, value, 2.8, vf, "left", pad=0.8)
        x += lw + vw
        if x < x1 - 0.5:
            p.line(x, y, x, y + rh, 0.25)
    p.line(x0, y + rh, x1, y + rh, 0.2)


def _hukou_head13(hh: Household, rng: random.Random, addr: str, station: str, lf: str, vf: str) -> Page:
    r = hh.record
    p = Page(*LEAF, paper=(248, 244, 236))
    p.text(LEAF[0] / 2, 9, "居 民 户 口 簿", 4.8, "serifbold" if lf == "serif" else "bold", "mm")
    kind = "农业家庭户口" if r["是否农民工"] else rng.choice(("家庭户", "家庭户", "非农业家庭户口"))
    issued = hh.created - timedelta(days=rng.randrange(2500, 8000))
    x0, x1 = 6.0, LEAF[0] - 6.0
    _double(p, x0, 15, x1, LEAF[1] - 6)
    heads = [("户  别", 0.25, kind), ("户主姓名", 0.3, r["姓名"]), ("户  号", 0.45, f"{rng.randrange(100000000, 999999999)}")]
    x = x0 + 0.9
    span = x1 - x0 - 1.8
    for label, share, value in heads:
        cw = span * share
        p.fit(x, 16, x + cw, 23, label, 2.4, lf, pad=0.4)
        p.fit(x, 23, x + cw, 32, value, 3.0, vf, pad=0.6)
        if x + cw < x1 - 1.5:
            p.line(x + cw, 16, x + cw, 32, 0.2)
        x += cw
    p.line(x0 + 0.9, 23, x1 - 0.9, 23, 0.15)
    p.line(x0 + 0.9, 32, x1 - 0.9, 32, 0.25)
    p.fit(x0 + 1, 32, x0 + 15, 44, "住  址", 2.4, lf, pad=0.4)
    p.line(x0 + 15, 32, x0 + 15, 44, 0.15)
    p.fit(x0 + 15, 32, x1 - 1, 44, addr, 3.0, vf, "left", pad=1.0)
    p.line(x0 + 0.9, 44, x1 - 0.9, 44, 0.25)
    mid = (x0 + x1) / 2
    p.line(mid, 44, mid, LEAF[1] - 6.9, 0.2)
    p.text(x0 + 3, 49, "户口登记机关和户口专用章", 2.3, lf)
    p.seal((x0 + mid) / 2 + rng.uniform(-6, 6), 64 + rng.uniform(-3, 3), 12.0, station[:14], "户口专用章",
           rng.uniform(-25, 25), SEAL_RED, rng.randrange(1 << 30))
    p.text(mid + 3, 49, "承办人签章", 2.3, lf)
    p.text(mid + 22, 56, rng.choice(("罗", "邱", "蒋", "汪")) + rng.choice(("志刚", "丽萍", "建华", "燕")), 3.8, "kai",
           color=INK_BLUE)
    p.text(mid + 3, 68, "签发日期", 2.3, lf)
    p.text(mid + 6, 75, f"{issued.year}年{issued.month:02d}月{issued.day:02d}日", 2.9, vf)
    p.fields = {"户主姓名": r["姓名"], "住址": addr}
    return p


def _hukou_card13(hh: Household, rng: random.Random, person: dict[str, Any], station: str, lf: str,
                  vf: str) -> Page:
    r = hh.record
    p = Page(*LEAF, paper=(248, 244, 236))
    p.text(LEAF[0] / 2, 8, "常住人口登记卡", 4.2, "serifbold" if lf == "serif" else "bold", "mm")
    x0, x1 = 5.0, LEAF[0] - 5.0
    top = 12.0
    y, m, d = person["出生日期"].split("-")
    born = f"{y}年{int(m)}月{int(d)}日"
    place = r["户口所在地行政区划"][:6]
    job = {"在职": "职工", "在读": "学生", "退休": "退休"}.get(person.get("人员身份") or "", "")
    rows: list[list[tuple[str, str, float]]] = [
        [("姓名", person["姓名"], 1.0), ("户主或与户主关系", person["关系"], 0.8), ("曾用名", "", 0.7)],
        [("性别", person["性别"], 0.5), ("民族", person["民族"], 0.7), ("出生日期", born, 1.3)],
        [("出生地", place, 1.0), ("籍贯", place, 1.0)],
        [("公民身份证件编号", person["身份证号"], 1.0)],
        [("宗教信仰", "", 0.6), ("身高", "", 0.5), ("血型", "", 0.5)],
        [("文化程度", EDUCATION.get(person.get("当前学历") or "", ""), 0.8),
         ("婚姻状况", person.get("婚姻状况") or "", 0.6), ("兵役状况", "", 0.6)],
        [("服务处所", person.get("单位或学校") or "", 1.6), ("职业", job, 0.6)],
        [("何时由何地迁来本址", "", 1.0)],
    ]
    rh = 7.6
    yy = top
    for pairs in rows:
        _grid_row(p, yy, rh, x0, x1, pairs, lf, vf)
        yy += rh
    _double(p, x0 - 0.9, top - 0.9, x1 + 0.9, yy + 0.9)
    moved = hh.created - timedelta(days=rng.randrange(1500, 9000))
    p.text(x0 + 1, yy + 6, "承办人签章：", 2.3, lf)
    p.text(x0 + 20, yy + 5.8, rng.choice(("罗", "邱", "蒋", "汪")) + rng.choice(("志刚", "丽萍", "建华", "燕")), 3.6,
           "kai", color=INK_BLUE)
    p.text(x1 - 1, yy + 6, f"登记日期：{moved.year}年{moved.month:02d}月{moved.day:02d}日", 2.5, vf, "rm")
    p.seal(x0 + 48 + rng.uniform(-5, 5), yy + 2 + rng.uniform(-2, 2), 10.0, station[:14], "户口专用章",
           rng.uniform(-25, 25), SEAL_RED, rng.randrange(1 << 30))
    p.members = [{key: person[key] for key in ("姓名", "关系", "性别", "民族", "出生日期", "身份证号")}]
    return p


@layout("户口簿", "户口簿/轮换13")
def hukou_double_ruled_scanned(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    addr = id_facts(hh, r["姓名"], rng).addr
    station = f"{hh.unit.city}市公安局{rng.choice(hh.unit.streets)[:2]}派出所"
    lf = rng.choice(("serif", "sans"))
    vf = rng.choice(("hei", "sans", "heimono"))
    people = [hh.householder() | {"关系": "户主", "婚姻状况": r["婚姻状况"]}, *hh.members]
    leaves = [_hukou_head13(hh, rng, addr, station, lf, vf)]
    leaves += [_hukou_card13(hh, rng, person, station, lf, vf) for person in people]
    colour = rng.random() < 0.6
    pages: list[Page] = []
    for leaf in leaves:
        sheet = Page(*A4, mono=not colour, tone=0.0 if colour else round(rng.uniform(0.0, 0.3), 2))
        x = A4[0] - LEAF[0] - rng.uniform(1, 5)
        y = rng.uniform(1, 5)
        sheet.rect(x - 1.2, y - 1.2, x + LEAF[0] + 1.2, y + LEAF[1] + 1.2, 1.0, (170, 170, 170))  # the lid's edge
        sheet.embed(leaf, x, y)
        sheet.fields, sheet.members = dict(leaf.fields), list(leaf.members)
        pages.append(sheet)
    entries = [m for pg in leaves for m in pg.members]
    return Document("户口簿", pages, dict(leaves[0].fields), entries, person=r["姓名"], material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 低保证: a city's 最低生活保障证 as a laminated card in two faces: the front with the holder's items typed as
# label：value lines under a double rule and the 证号 in the top right, the back listing the 保障对象 as
# numbered lines (no table); the two faces copied side by side across landscape A4, the window's
# 复印件与原件一致 stamp under them
# ---------------------------------------------------------------------------------------------------------
CARDFACE = (128.0, 88.0)


@layout("低保证", "低保证/轮换13")
def dibao_laminated_card(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    f = _dibao_facts(hh, rng)
    issuer, issued, valid, sealed = f["issuer"], f["issued"], f["valid"], f["sealed"]
    people = [hh.householder() | {"关系": "户主"}, *hh.members]
    covered = people if rng.random() < 0.7 else people[: max(1, len(people) - 1)]
    lf = rng.choice(("serif", "hei", "sans"))
    vf = rng.choice(("serif", "heimono", "sans"))
    paper = rng.choice(((250, 238, 232), (236, 244, 250), (250, 248, 228)))
    bold = "serifbold" if lf == "serif" else "bold"
    # the front
    a = Page(*CARDFACE, paper=paper)
    a.text(CARDFACE[0] / 2, 9, "最低生活保障证", 5.0, bold, "mm")
    a.text(CARDFACE[0] - 5, 16, f"No.{hh.dibao_no}", 2.8, "heimono", "rm", SEAL_RED)
    _dline(a, 5, CARDFACE[0] - 5, 19)
    amount = f"{hh.dibao_amount:.2f}" if rng.random() < 0.5 else f"{hh.dibao_amount}"
    lines = [("持 证 人", r["姓名"]), ("身份证号", r["身份证号"]),
             ("家庭住址", r["家庭住址"].removesuffix("（租住）")),
             ("家庭人口", f"{r['家庭人口']}人"), ("保障人数", f"{len(covered)}人"),
             ("保障金额", f"{amount}元/月"), ("有效期限", f"{cn_date(issued)}至{cn_date(valid)}")]
    y = 25.5
    for label, value in lines:
        a.text(7, y, f"{label}：", 2.7, lf)
        lx = 7 + text_width(f"{label}：", 2.7, lf)
        a.fit(lx, y - 3, CARDFACE[0] - 5, y + 3, value, 3.0, vf, "left", pad=0.3)
        y += 7.0
    a.text(CARDFACE[0] - 8, CARDFACE[1] - 10, issuer, 3.0, lf, "rm")
    a.text(CARDFACE[0] - 8, CARDFACE[1] - 5, f"发证日期：{issued.year}.{issued.month:02d}.{issued.day:02d}", 2.6, lf,
           "rm")
    if sealed:
        a.seal(CARDFACE[0] - 28 + rng.uniform(-6, 6), CARDFACE[1] - 12 + rng.uniform(-3, 3), 11.0, issuer[:14], "",
               rng.uniform(-25, 25), SEAL_RED, rng.randrange(1 << 30))
    # the back
    b = Page(*CARDFACE, paper=paper)
    b.text(7, 9, "保障对象", 3.8, bold)
    _dline(b, 5, CARDFACE[0] - 5, 13)
    step = min(8.0, (CARDFACE[1] - 40) / max(1, len(covered)))
    size = min(3.0, step * 0.42)
    y = 18.5
    for i, m in enumerate(covered):
        b.text(7, y, f"{i + 1}.", size, lf)
        b.text(12, y, m["姓名"], size, vf)
        b.text(32, y, f"（{m['关系']}）", size, vf)
        b.text(CARDFACE[0] - 6, y, m["身份证号"], size * 0.95, "heimono", "rm")
        y += step
    b.line(5, CARDFACE[1] - 22, CARDFACE[0] - 5, CARDFACE[1] - 22, 0.2, GREY)
    b.text(7, CARDFACE[1] - 17, "注意事项", 2.6, lf)
    b.text(7, CARDFACE[1] - 12, "1.本证不得转借、涂改；家庭人口、收入变化应及时申报。", 2.2, lf, color=GREY)
    b.text(7, CARDFACE[1] - 7.5, "2.本证每年复核一次，过期未复核自行失效。", 2.2, lf, color=GREY)
    w, h = LANDSCAPE
    page = Page(w, h, mono=True, tone=round(rng.uniform(0.05, 0.5), 2))
    gap = rng.uniform(4, 12)
    x = (w - 2 * CARDFACE[0] - gap) / 2 + rng.uniform(-4, 4)
    y0 = rng.uniform(14, 40)
    faces = [a, b] if rng.random() < 0.75 else [b, a]
    for face in faces:
        page.embed(face, x, y0)
        x += CARDFACE[0] + gap
    sy = y0 + CARDFACE[1] + rng.uniform(10, 24)
    sx = rng.uniform(30, w - 110)
    stamp = (70, 70, 70)
    page.rect(sx, sy - 5, sx + 56, sy + 5, 0.5, stamp)
    page.text(sx + 28, sy, "复印件与原件一致", 4.2, "bold", "mm", stamp)
    page.text(sx + 64, sy, rng.choice(("经办人：", "核对：")), 3.4, "sans", color=stamp)
    page.text(sx + 80, sy - 0.3, rng.choice(("邵丹", "魏国庆", "蔡琳", "潘红")), 4.4, "kai", color=rng.choice(INKS))
    return dibao_document(hh, page, covered, issuer, valid, sealed)


# ---------------------------------------------------------------------------------------------------------
# 诊断证明: a hospital's portrait A4 form in a double-ruled frame, two label/value pairs a row in ruled cells
# (labels in a small serif, the doctor's hand in the values), the 诊断 and 处理意见 in tall cells, and at the
# foot a box the 医务科 fills (审核意见, its seal); the form's serial number in the top right
# ---------------------------------------------------------------------------------------------------------
@layout("诊断证明", "诊断证明/轮换13")
def diagnosis_double_ruled_form(hh: Household, name: str, rng: random.Random) -> Document:
    person = hh.person(name)
    hospital = rng.choice(hh.unit.hospitals)
    doctor = rng.choice(("卢振华", "秦雅琴", "丁志远", "任秀兰", "江海波", "石慧敏", "范立群"))
    issued = hh.created - timedelta(days=rng.randrange(5, 200))
    lines = [person["疾病/残疾类别"] or "慢性病", *rng.sample(EXTRA_DIAGNOSES, rng.randrange(0, 3))]
    dept = rng.choice(("内科", "普外科", "血液科", "神经内科", "呼吸内科", "风湿免疫科", "泌尿外科"))
    inpatient = rng.random() < 0.35
    record_no = f"{rng.randrange(100000, 999999)}" if inpatient else f"{rng.randrange(1000000, 9999999)}"
    age = person["年龄"]
    sealed = rng.random() < 0.85
    lf = rng.choice(("serif", "sans", "hei"))
    ink = rng.choice(INKS)
    typed = rng.random() < 0.3  # the values typed by the outpatient system rather than written
    vfont = rng.choice(("sans", "serif")) if typed else "kai"
    w, h = A4
    page = Page(w, h, mono=True, tone=round(rng.uniform(0.0, 0.45), 2))
    bold = "serifbold" if lf == "serif" else "bold"
    page.text(w / 2, 20, hospital, 5.0, bold, "mm")
    page.text(w / 2, 30, rng.choice(("疾病诊断证明书", "医学诊断证明书", "诊 断 证 明 书")), 6.0, bold, "mm")
    page.text(w - 20, 38, f"编号：{hh.created.year}{rng.randrange(0, 99999):05d}", 3.0, lf, "rm")
    x0, x1 = 20.0, w - 20.0
    top = 42.0
    lw = 24.0
    half = (x1 - x0) / 2
    rows: list[list[tuple[str, str]]] = [
        [("姓　　名", name), ("性　　别", person["性别"])],
        [("年　　龄", f"{age}岁"), ("就诊科室", dept)],
        [("住 院 号" if inpatient else "门 诊 号", record_no),
         ("就诊日期", f"{issued.year}.{issued.month:02d}.{issued.day:02d}")],
    ]
    rh = 12.0
    y = top
    for pairs in rows:
        for j, (label, value) in enumerate(pairs):
            cx = x0 + j * half
            page.rect(cx, y, cx + lw, y + rh, 0.2)
            page.fit(cx, y, cx + lw, y + rh, label, 3.0, lf, pad=0.4)
            page.rect(cx + lw, y, cx + half, y + rh, 0.2)
            page.fit(cx + lw, y, cx + half, y + rh, value, 3.9 if not typed else 3.4, vfont, "left", ink if not typed
                     else BLACK, pad=1.5, jitter=None if typed else rng)
        y += rh
    dh = max(42.0, 11.0 * len(lines) + 8)
    page.rect(x0, y, x0 + lw, y + dh, 0.2)
    page.fit(x0, y, x0 + lw, y + dh, "诊断意见", 3.0, lf, pad=0.4)
    page.rect(x0 + lw, y, x1, y + dh, 0.2)
    dy = y + 8
    for i, ln in enumerate(lines):
        text = f"{i + 1}、{ln}" if len(lines) > 1 else ln
        page.text(x0 + lw + 4 + (0 if typed else rng.uniform(0, 2)), dy, text, 3.9 if not typed else 3.5, vfont,
                  color=ink if not typed else BLACK)
        dy += 11
    y += dh
    ah = 30.0
    page.rect(x0, y, x0 + lw, y + ah, 0.2)
    page.fit(x0, y, x0 + lw, y + ah, "处理意见", 3.0, lf, pad=0.4)
    page.rect(x0 + lw, y, x1, y + ah, 0.2)
    page.fit(x0 + lw, y + 2, x1, y + ah - 10, rng.choice(ADVICE), 3.8 if not typed else 3.4, vfont, "left",
             ink if not typed else BLACK, pad=3.0)
    page.text(x1 - 70, y + ah - 5, "医师签名：", 3.0, lf)
    page.text(x1 - 48, y + ah - 5.3, doctor, 4.4, "kai", color=ink)
    page.text(x1 - 4, y + ah - 5, cn_date(issued), 3.3, "kai" if not typed else vfont, "rm",
              ink if not typed else BLACK)
    y += ah
    mh = 34.0
    page.rect(x0, y, x0 + lw, y + mh, 0.2)
    page.fit(x0, y, x0 + lw, y + mh, "医务科审核", 3.0, lf, pad=0.4)
    page.rect(x0 + lw, y, x1, y + mh, 0.2)
    if sealed:
        page.text(x0 + lw + 6, y + 10, rng.choice(("情况属实。", "属实", "同意出具。")), 4.2, "kai", color=ink)
        page.seal(x1 - 40 + rng.uniform(-8, 8), y + mh / 2 + rng.uniform(-3, 3), 14.0, hospital[:14], "诊断证明专用章",
                  rng.uniform(-20, 20), SEAL_RED, rng.randrange(1 << 30))
    y += mh
    _double(page, x0 - 1.5, top - 1.5, x1 + 1.5, y + 1.5)
    page.text(x0, y + 9, "注：1.本证明涂改无效；2.未加盖医院诊断证明专用章无效；3.仅作病情证明，不作其他用途。", 2.6, lf, color=GREY)
    fields: dict[str, Any] = {"医院名称": hospital, "姓名": name, "性别": person["性别"], "年龄": age, "科别": dept}
    fields["住院号" if inpatient else "门诊号"] = record_no
    fields |= {"诊断": "；".join(lines), "出具日期": issued.isoformat(), "医师": doctor, "是否盖章": sealed}
    page.fields = dict(fields)
    return Document("诊断证明", [page], fields, person=name, material="致困原因证明")


# ---------------------------------------------------------------------------------------------------------
# 残疾人证: an older second-generation booklet written by hand at the county federation: its data page ruled in
# cells (the labels printed, the values in the clerk's hand, the photo pasted top right with the steel seal's
# ring over its corner), the 发证 page with the federation's seal; both pages copied reduced one beside the other
# on the upper part of a portrait A4
# ---------------------------------------------------------------------------------------------------------
BOOKLET = (96.0, 132.0)


@layout("残疾人证", "残疾人证/轮换13")
def disability_handwritten_booklet(hh: Household, name: str, rng: random.Random) -> Document:
    f = _disability_facts(hh, name, rng)
    person = f["person"]
    issued: date = f["issued"]
    office = f"{hh.unit.city}市{hh.unit.region_name[-3:]}残疾人联合会"
    lf = rng.choice(("serif", "sans", "hei"))
    ink = rng.choice(INKS)
    paper = rng.choice(((236, 246, 236), (248, 236, 236)))
    bold = "serifbold" if lf == "serif" else "bold"
    # the data page
    a = Page(*BOOKLET, paper=paper)
    x0, x1 = 6.0, BOOKLET[0] - 6.0
    a.text(BOOKLET[0] / 2, 9, "残 疾 人 证", 4.6, bold, "mm")
    top = 15.0
    rh = 9.5
    ph = 34.0  # the photo's height: the first rows stop at it
    pw = 24.0
    short = [("姓名", name), ("性别", person["性别"]), ("民族", person["民族"]),
             ("出生日期", person["出生日期"].replace("-", "."))]
    y = top
    for label, value in short:
        a.rect(x0, y, x0 + 16, y + rh, 0.2)
        a.fit(x0, y, x0 + 16, y + rh, label, 2.4, lf, pad=0.3)
        a.rect(x0 + 16, y, x1 - pw, y + rh, 0.2)
        a.fit(x0 + 16, y, x1 - pw, y + rh, value, 3.4, "kai", "left", ink, pad=1.2, jitter=rng)
        y += rh
    a.rect(x1 - pw, top, x1, top + 4 * rh, 0.2)
    a.rect(x1 - pw + 3, top + 3, x1 - 3, top + ph, 0.1, (88, 88, 94), fill=(96, 96, 102))
    # the steel seal's ring over the photo's lower left corner
    a.poly([(x1 - pw + 5 + 7 * math.cos(math.radians(t)), top + ph - 2 + 7 * math.sin(math.radians(t)))
            for t in range(-80, 100, 10)], 0.3, (120, 120, 120))
    long_rows = [("公民身份号码", person["身份证号"]), ("残疾类别", f["category"]), ("残疾等级", f["grade"]),
                 ("残疾人证号", f["number"]), ("监护人", ""), ("发证日期", cn_date(issued))]
    for label, value in long_rows:
        a.rect(x0, y, x0 + 22, y + rh, 0.2)
        a.fit(x0, y, x0 + 22, y + rh, label, 2.4, lf, pad=0.3)
        a.rect(x0 + 22, y, x1, y + rh, 0.2)
        a.fit(x0 + 22, y, x1, y + rh, value, 3.3, "kai", "left", ink, pad=1.0, jitter=rng)
        y += rh
    a.rect(x0, top, x1, y, 0.5)
    # the 发证 page
    b = Page(*BOOKLET, paper=paper)
    b.text(BOOKLET[0] / 2, 22, "中华人民共和国", 4.0, bold, "mm")
    b.text(BOOKLET[0] / 2, 32, "残疾人证", 6.0, bold, "mm")
    b.text(BOOKLET[0] / 2, 40, "中国残疾人联合会监制", 2.6, lf, "mm", GREY)
    b.text(10, 62, "发证机关（盖章）", 2.8, lf)
    b.text(BOOKLET[0] / 2, 76, office, 3.3, lf, "mm")
    b.seal(BOOKLET[0] / 2 + rng.uniform(-10, 10), 76 + rng.uniform(-3, 3), 14.0, office[:14], "",
           rng.uniform(-20, 20), SEAL_RED, rng.randrange(1 << 30))
    b.text(10, 100, "持证人须知", 2.8, lf)
    b.text(10, 106, "一、本证为残疾人享受优惠待遇的有效证件。", 2.3, lf, color=GREY)
    b.text(10, 111, "二、本证不得涂改、转借，遗失须及时补办。", 2.3, lf, color=GREY)
    b.text(10, 116, "三、本证实行定期审核制度。", 2.3, lf, color=GREY)
    w, h = A4
    page = Page(w, h, mono=True, tone=round(rng.uniform(0.0, 0.55), 2))
    k = rng.choice((0.9, 0.94, 1.0))
    gap = rng.uniform(2, 8)
    x = (w - 2 * BOOKLET[0] * k - gap) / 2 + rng.uniform(-3, 3)
    y0 = rng.uniform(12, 40)
    order = [b, a] if rng.random() < 0.5 else [a, b]
    for pg in order:
        embed_scaled(page, pg, x, y0, k)
        x += BOOKLET[0] * k + gap
    if rng.random() < 0.6:
        page.text(rng.uniform(30, 100), y0 + BOOKLET[1] * k + rng.uniform(14, 30), "此复印件与原件相符", 5.0, "kai",
                  color=rng.choice(INKS))
    fields = {"姓名": name, "性别": person["性别"], "民族": person["民族"], "身份证号": person["身份证号"],
              "残疾人证号": f["number"], "残疾类别": f["category"], "残疾等级": f["grade"],
              "发证日期": issued.isoformat()}
    page.fields = dict(fields)
    return Document("残疾人证", [page], fields, person=name, material="致困原因证明")
