"""Rotation 18's printings of 身份证, 户口簿, 低保证, 诊断证明 and 残疾人证 (2026-12-07), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Drawn from REAL-DOCUMENTS.md and ARCHIVE-SCHEMA.md with the card and copier parts of ``papers_id``,
``papers_cert`` and ``papers_rotation3``. Truth as for the kind's other layouts (synth/README.md "Output").
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from dangan.synth import papers_rotation17  # noqa: F401  (registers rotation 17's printings before these)
from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.papers_cert import ADVICE, EXTRA_DIAGNOSES, _dibao_facts, _disability_facts, dibao_document
from dangan.synth.papers_id import CARD, EDUCATION, IdFacts, id_facts
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.render import A4, Document

GREY = (100, 102, 110)
SEAL_RED = (192, 28, 40)
TINT = (226, 228, 232)
LANDSCAPE = (A4[1], A4[0])
INKS = (INK_BLUE, BLACK, (32, 44, 104), (30, 64, 100))
SURNAMES = ("邱", "钟", "汪", "田", "任", "姜", "范", "方")
GIVEN = ("红霞", "国庆", "淑珍", "文斌", "美玲", "德胜", "静")


def _clerk(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _spaced(s: str) -> str:
    """A title letter-spaced with ideographic spaces (kept in the text, as a typesetter spaces it)."""
    return "\u3000".join(s)


def _label_cell(p: Page, x0: float, y0: float, x1: float, y1: float, label: str, lf: str, size: float = 2.9) -> None:
    """A label cell tinted grey, as a system's form printer shades them."""
    p.rect(x0, y0, x1, y1, 0.2, fill=TINT)
    p.fit(x0, y0, x1, y1, label, size, lf, pad=0.6)


def _value_cell(p: Page, x0: float, y0: float, x1: float, y1: float, value: str, vf: str, size: float = 3.2) -> None:
    p.rect(x0, y0, x1, y1, 0.2)
    p.fit(x0, y0, x1, y1, value, size, vf, "left", pad=1.5)


# ---------------------------------------------------------------------------------------------------------
# 居民身份证: both faces enlarged side by side across a landscape A4 under the union's title, a ruled
# 持证人 / 与申请人关系 / 用途 / 核验方式 / 经办人 table under them, the union's seal over the table's end
# ---------------------------------------------------------------------------------------------------------
def _front18(f: IdFacts, lf: str, vf: str) -> Page:
    p = Page(*CARD, paper=(240, 238, 232))
    p.rect(0, 0, CARD[0], CARD[1], 0.3, (140, 140, 140))
    lbl = (96, 110, 128)
    p.text(5, 7.5, "姓名", 2.5, lf, color=lbl)
    p.text(14.5, 7.5, f.name, 3.8, vf)
    p.text(5, 13.5, "性别", 2.5, lf, color=lbl)
    p.text(14.5, 13.5, f.gender, 3.2, vf)
    p.text(24, 13.5, "民族", 2.5, lf, color=lbl)
    p.text(32, 13.5, f.ethnic, 3.2, vf)
    by, bm, bd = f.born.split("-")
    p.text(5, 19.5, "出生", 2.5, lf, color=lbl)
    x = 14.5  # 年 月 日 as separate pieces, the digits in the value face
    for piece, key in ((by, vf), ("年", lf), (str(int(bm)), vf), ("月", lf), (str(int(bd)), vf), ("日", lf)):
        p.text(x, 19.5, piece, 3.1 if key == vf else 2.5, key, color=BLACK if key == vf else lbl)
        x += text_width(piece, 3.1 if key == vf else 2.5, key) + 1.2
    p.text(5, 25.5, "住址", 2.5, lf, color=lbl)
    per = 11
    for i in range(0, len(f.addr), per):
        p.text(14.5, 25.5 + (i // per) * 4.4, f.addr[i : i + per], 3.0, vf)
    p.text(5, 47.5, "公民身份号码", 2.5, lf, color=lbl)
    p.text(28, 47.5, f.number, 3.5, "heimono")
    p.rect(58, 6, 80, 40, 0.1, (72, 72, 78), fill=(74, 74, 80))  # the photo, dark as copied
    p.rect(63.5, 10, 74.5, 22, 0.1, (36, 36, 40), fill=(36, 36, 40))
    p.rect(61, 24, 77.5, 40, 0.1, (32, 32, 36), fill=(32, 32, 36))
    return p


def _back18(f: IdFacts, lf: str, vf: str) -> Page:
    p = Page(*CARD, paper=(240, 238, 232))
    p.rect(0, 0, CARD[0], CARD[1], 0.3, (140, 140, 140))
    p.rect(6, 5, 20, 19, 0.4, (96, 80, 50))
    p.text(52, 10.5, "中华人民共和国", 3.8, "bold", "mm")
    p.text(52, 20.5, "居民身份证", 5.0, "bold", "mm")
    p.text(13, 39, "签发机关", 2.5, lf, color=(96, 110, 128))
    p.text(27, 39, f.issuer, 2.9, vf)
    p.text(13, 46.5, "有效期限", 2.5, lf, color=(96, 110, 128))
    p.text(27, 46.5, f.valid, 2.9, vf)
    return p


@layout("身份证", "身份证/轮换18")
def id_card_landscape_with_use_table(hh: Household, name: str, rng: random.Random) -> Document:
    f = id_facts(hh, name, rng)
    person = hh.person(name)
    w, h = LANDSCAPE
    sheet = Page(w, h, mono=True, tone=round(rng.uniform(0.0, 0.4), 2))
    lf = rng.choice(("sans", "hei"))
    vf = rng.choice(("hei", "serif", "sans"))
    tf = rng.choice(("bold", "serifbold"))
    union = f"{hh.unit.employer}工会"
    sheet.text(w / 2, 14, "居民身份证（正、反面）复印件", 5.4, tf, "mm")
    sheet.line(24, 20, w - 24, 20, 0.5)
    sheet.line(24, 21.2, w - 24, 21.2, 0.2)
    k = rng.choice((1.35, 1.4, 1.45))
    cw, ch = CARD[0] * k, CARD[1] * k
    gap = rng.uniform(8, 14)
    x = (w - 2 * cw - gap) / 2 + rng.uniform(-4, 4)
    y = rng.uniform(28, 36)
    embed_scaled(sheet, _front18(f, lf, vf), x, y, k)  # 人像面 on the left this time
    embed_scaled(sheet, _back18(f, lf, vf), x + cw + gap, y + rng.uniform(-2, 2), k)
    # the ruled use table under the faces
    ty = y + ch + rng.uniform(12, 18)
    x0, x1 = 24.0, w - 24.0
    cols = [x0, x0 + 44, x0 + 82, x0 + 140, x0 + 200, x1]
    heads = ("持证人", "与申请人关系", "复印件用途", "核验方式", "经办人")
    rel = "本人" if name == hh.record["姓名"] else str(person["关系"])
    ink = rng.choice(INKS)
    clerk = _clerk(rng)
    for j, head in enumerate(heads):
        _label_cell(sheet, cols[j], ty, cols[j + 1], ty + 9, head, lf, 3.0)
    vy = ty + 9
    for j in range(len(heads)):
        sheet.rect(cols[j], vy, cols[j + 1], vy + 12, 0.2)
    sheet.fit(cols[0], vy, cols[1], vy + 12, name, 4.2, "kai", color=ink)
    sheet.fit(cols[1], vy, cols[2], vy + 12, rel, 4.0, "kai", color=ink)
    sheet.fit(cols[2], vy, cols[3], vy + 12, "困难职工建档", 3.2, lf)
    cx = cols[3] + 4
    for opt, on in (("人证比对", True), ("联网核查", rng.random() < 0.5)):
        sheet.checkbox(cx, vy + 6, 2.8, on, "hand", rng, ink)
        sheet.text(cx + 4, vy + 6, opt, 2.9, lf)
        cx += 4 + text_width(opt, 2.9, lf) + 4
    sheet.fit(cols[4], vy, cols[5], vy + 12, clerk, 4.2, "kai", color=ink)
    day = hh.created - timedelta(days=rng.randrange(1, 40))
    foot = vy + 12 + 9
    sheet.text(x0, foot, "备注：复印件仅供本次建档使用，再复印无效。", 3.0, lf, color=GREY)
    sheet.text(x1, foot, f"核验日期：{_cn_date(day)}", 3.4, "kai", "rm", ink)
    sheet.seal(x1 - 30 + rng.uniform(-4, 4), vy + 2 + rng.uniform(-3, 3), 14.0, union[:14], "★",
               rng.uniform(-30, 30), SEAL_RED, rng.randrange(1 << 30))
    fields = f.fields()
    sheet.fields = dict(fields)
    return Document("身份证", [sheet], fields, [], person=name, material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 户口簿: the police station's 户籍信息 printouts rather than the booklet: a portrait A4 户 page (tinted label
# cells, one pair a row) and a 常住人口登记表 a person (two pairs a row, the photo box over the last column's
# first rows, the dates as yyyy-mm-dd), each printed from the 户政 system and stamped
# ---------------------------------------------------------------------------------------------------------
def _hukou_head18(hh: Household, rng: random.Random, addr: str, station: str, hno: str, lf: str, vf: str,
                  printed: date) -> Page:
    r = hh.record
    w, h = A4
    p = Page(w, h, mono=True, tone=round(rng.uniform(0.0, 0.3), 2))
    p.text(w / 2, 26, "常住人口户籍信息", 6.0, "bold", "mm")
    p.text(w - 22, 36, f"打印编号：{rng.randrange(10 ** 11, 10 ** 12)}", 2.8, "heimono", "rm", GREY)
    x0, x1 = 22.0, w - 22.0
    lw = 40.0
    y = 40.0
    farm = bool(r["是否农民工"])
    rows = [("户　　别", "家庭户" + ("（农业）" if farm else "")), ("户主姓名", r["姓名"]), ("户　　号", hno),
            ("住　　址", addr), ("户口登记机关", station), ("人　　数", f"{1 + len(hh.members)}人")]
    for label, value in rows:
        rh = 14.0 if label.startswith("住") else 11.0
        _label_cell(p, x0, y, x0 + lw, y + rh, label, lf, 3.3)
        _value_cell(p, x0 + lw, y, x1, y + rh, value, vf, 3.6)
        y += rh
    y += 12
    p.text(x0, y, "以上信息与公安机关户籍档案记载一致。", 3.4, lf)
    p.text(x1 - 6, y + 22, station, 3.3, lf, "rm")
    p.text(x1 - 6, y + 31, _cn_date(printed), 3.3, lf, "rm")
    p.seal(x1 - 30 + rng.uniform(-4, 4), y + 24 + rng.uniform(-3, 3), 16.0, station[:14], "户口专用章",
           rng.uniform(-30, 30), SEAL_RED, rng.randrange(1 << 30))
    p.text(x0, h - 18, "注：本信息由户政管理信息系统打印，涂改无效。", 2.9, lf, color=GREY)
    p.fields = {"户主姓名": r["姓名"], "住址": addr}
    return p


def _hukou_card18(hh: Household, rng: random.Random, person: dict[str, Any], station: str, hno: str, lf: str,
                  vf: str, printed: date, page_no: int) -> Page:
    r = hh.record
    w, h = A4
    p = Page(w, h, mono=True, tone=round(rng.uniform(0.0, 0.3), 2))
    p.text(w / 2, 24, "常住人口登记表", 6.0, "bold", "mm")
    p.text(22, 33, f"户号：{hno}", 3.0, "heimono")
    p.text(w - 22, 33, f"第{page_no}页", 3.0, lf, "rm")
    x0, x1 = 22.0, w - 22.0
    photo_w = 32.0
    lw = 26.0
    inner = x1 - photo_w
    mid = x0 + (inner - x0) / 2
    place = r["户口所在地行政区划"][:6]
    job = {"在职": "职工", "在读": "学生", "退休": "退休人员"}.get(person.get("人员身份") or "", "")
    rh = 11.0
    y = 37.0
    pairs: list[tuple[tuple[str, str], tuple[str, str]]] = [
        (("姓　　名", person["姓名"]), ("户主或与户主关系", person["关系"])),
        (("曾 用 名", ""), ("性　　别", person["性别"])),
        (("出 生 地", place), ("民　　族", person["民族"])),
        (("籍　　贯", place), ("出生日期", person["出生日期"])),
    ]
    for a, b in pairs:
        for (label, value), (s0, s1) in zip((a, b), ((x0, mid), (mid, inner)), strict=True):
            _label_cell(p, s0, y, s0 + lw, y + rh, label, lf, 2.9)
            _value_cell(p, s0 + lw, y, s1, y + rh, value, vf, 3.4)
        y += rh
    p.rect(inner, 37, x1, y, 0.2)  # the photo box over four rows
    p.rect(inner + 5, 41, x1 - 5, y - 4, 0.1, (90, 90, 96), fill=(92, 92, 98))
    _label_cell(p, x0, y, x0 + lw, y + rh, "公民身份号码", lf, 2.9)
    _value_cell(p, x0 + lw, y, x1, y + rh, person["身份证号"], "heimono", 3.8)
    y += rh
    full: list[tuple[tuple[str, str], tuple[str, str]]] = [
        (("宗教信仰", ""), ("文化程度", EDUCATION.get(person.get("当前学历") or "", ""))),
        (("婚姻状况", person.get("婚姻状况") or ""), ("兵役状况", "")),
        (("身　　高", ""), ("血　　型", "")),
        (("职　　业", job), ("服务处所", person.get("单位或学校") or "")),
    ]
    mid2 = x0 + (x1 - x0) / 2
    for a, b in full:
        for (label, value), (s0, s1) in zip((a, b), ((x0, mid2), (mid2, x1)), strict=True):
            _label_cell(p, s0, y, s0 + lw, y + rh, label, lf, 2.9)
            _value_cell(p, s0 + lw, y, s1, y + rh, value, vf, 3.3)
        y += rh
    for label in ("本市（县）其他住址", "何时由何地迁来本市（县）", "何时由何地迁来本址"):
        _label_cell(p, x0, y, x0 + 52, y + rh, label, lf, 2.8)
        _value_cell(p, x0 + 52, y, x1, y + rh, "", vf)
        y += rh
    moved = hh.created - timedelta(days=rng.randrange(700, 8000))
    _label_cell(p, x0, y, x0 + lw, y + rh, "承办人", lf, 2.9)
    _value_cell(p, x0 + lw, y, mid2, y + rh, _clerk(rng), vf, 3.4)
    _label_cell(p, mid2, y, mid2 + lw, y + rh, "登记日期", lf, 2.9)
    _value_cell(p, mid2 + lw, y, x1, y + rh, moved.isoformat(), vf, 3.4)
    y += rh + 14
    p.text(x1 - 6, y, f"打印日期：{printed.isoformat()}", 3.1, lf, "rm")
    p.seal(x1 - 34 + rng.uniform(-4, 4), y - 4 + rng.uniform(-3, 3), 15.0, station[:14], "户口专用章",
           rng.uniform(-30, 30), SEAL_RED, rng.randrange(1 << 30))
    p.members = [{key: person[key] for key in ("姓名", "关系", "性别", "民族", "出生日期", "身份证号")}]
    return p


@layout("户口簿", "户口簿/轮换18")
def hukou_station_printouts(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    addr = id_facts(hh, r["姓名"], rng).addr
    station = f"{hh.unit.city}市公安局{rng.choice(hh.unit.streets)[:2]}派出所"
    hno = f"{rng.randrange(10 ** 8, 10 ** 9)}"
    lf = rng.choice(("sans", "hei"))
    vf = rng.choice(("serif", "sans", "heimono"))
    printed = hh.created - timedelta(days=rng.randrange(2, 60))
    people = [hh.householder() | {"关系": "户主", "婚姻状况": r["婚姻状况"]}, *hh.members]
    pages = [_hukou_head18(hh, rng, addr, station, hno, lf, vf, printed)]
    pages += [_hukou_card18(hh, rng, person, station, hno, lf, vf, printed, i + 1) for i, person in enumerate(people)]
    entries = [m for pg in pages for m in pg.members]
    return Document("户口簿", pages, dict(pages[0].fields), entries, person=r["姓名"], material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 低保证: a landscape card's two faces copied one above the other on portrait A4: the front a tinted title
# band and the holder's items as a header row over a value row (户主 | 证号 | 保障人数 | 保障金额), the amount
# in capitals with the figure after it; the back the 保障成员 as boxes two a row, each a member's lines
# ---------------------------------------------------------------------------------------------------------
FACE = (166.0, 112.0)
DIGITS = "零壹贰叁肆伍陆柒捌玖"


def _capitals(n: int) -> str:
    """An amount of whole yuan in capitals: 叁佰伍拾元整."""
    if n == 0:
        return "零元整"
    units = ("", "拾", "佰", "仟", "万")
    s = str(n)
    out = ""
    zero = False
    for i, ch in enumerate(s):
        pos = len(s) - 1 - i
        if ch == "0":
            zero = True
            continue
        if zero and out:
            out += "零"
        zero = False
        out += DIGITS[int(ch)] + units[pos]
    return out + "元整"


@layout("低保证", "低保证/轮换18")
def dibao_card_faces_stacked(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    f = _dibao_facts(hh, rng)
    issuer, issued, valid, sealed = f["issuer"], f["issued"], f["valid"], f["sealed"]
    people = [hh.householder() | {"关系": "户主"}, *hh.members]
    covered = people if rng.random() < 0.7 else people[: max(1, len(people) - 1)]
    lf = rng.choice(("sans", "serif", "hei"))
    vf = rng.choice(("hei", "sans", "serif"))
    band = rng.choice(((170, 60, 60), (60, 100, 150), (70, 120, 80)))
    # the front
    a = Page(*FACE, paper=(250, 248, 242))
    a.rect(2, 2, FACE[0] - 2, FACE[1] - 2, 0.4)
    a.rect(2, 2, FACE[0] - 2, 16, 0.1, band, fill=band)
    a.text(FACE[0] / 2, 9, "城乡居民最低生活保障证", 5.2, "bold", "mm", (250, 250, 250))
    x0, x1 = 8.0, FACE[0] - 8.0
    cols = [x0, x0 + 30, x0 + 72, x0 + 96, x1]
    heads = ("户　主", "证　号", "保障人数", "月保障金额")
    amount = hh.dibao_amount
    vals = (r["姓名"], hh.dibao_no, f"{len(covered)}人", f"{_capitals(amount)}（¥{amount}）")
    y = 22.0
    for j, head in enumerate(heads):
        _label_cell(a, cols[j], y, cols[j + 1], y + 8, head, lf, 3.0)
    for j, v in enumerate(vals):
        a.rect(cols[j], y + 8, cols[j + 1], y + 20, 0.2)
        a.fit(cols[j], y + 8, cols[j + 1], y + 20, v, 3.4 if j != 1 else 3.2, vf if j != 1 else "heimono", pad=0.8)
    y += 26
    a.text(x0, y, "身份证号：", 3.1, lf)
    a.text(x0 + text_width("身份证号：", 3.1, lf), y, r["身份证号"], 3.3, "heimono")
    y += 8
    a.text(x0, y, "家庭住址：", 3.1, lf)
    a.fit(x0 + text_width("家庭住址：", 3.1, lf), y - 3.5, x1, y + 3.5, r["家庭住址"].removesuffix("（租住）"), 3.3,
          vf, "left", pad=0.2)
    y += 8
    a.text(x0, y, "有效期限：", 3.1, lf)
    a.text(x0 + text_width("有效期限：", 3.1, lf), y, f"{_cn_date(issued)}至{_cn_date(valid)}", 3.3, vf)
    y += 14
    a.text(x1 - 4, y, f"发证机关：{issuer}", 3.3, lf, "rm")
    a.text(x1 - 4, y + 9, f"发证日期：{_cn_date(issued)}", 3.3, lf, "rm")
    if sealed:
        a.seal(x0 + 36 + rng.uniform(-6, 6), y + 6 + rng.uniform(-3, 3), 13.0, issuer[:14], "低保专用章",
               rng.uniform(-30, 30), SEAL_RED, rng.randrange(1 << 30))
    # the back: the members as boxes, two a row
    b = Page(*FACE, paper=(250, 248, 242))
    b.rect(2, 2, FACE[0] - 2, FACE[1] - 2, 0.4)
    b.text(FACE[0] / 2, 10, "保障家庭成员", 4.6, "bold" if lf != "serif" else "serifbold", "mm")
    b.line(8, 15, FACE[0] - 8, 15, 0.3)
    n_rows = max(3, (len(covered) + 1) // 2)
    top = 18.0
    bh = min(22.0, (FACE[1] - 6 - top) / n_rows)
    bw = (x1 - x0 - 4) / 2
    for i in range(2 * n_rows):
        m = covered[i] if i < len(covered) else None
        bx = x0 + (i % 2) * (bw + 4)
        by = top + (i // 2) * bh
        b.rect(bx, by + 0.8, bx + bw, by + bh - 0.8, 0.25)
        b.text(bx + 2, by + bh * 0.3, f"{i + 1}.", 2.8, "heimono", color=GREY)
        if m is None:
            continue
        s = min(3.2, bh * 0.16)
        b.text(bx + 7, by + bh * 0.3, "姓名", s * 0.9, lf, color=GREY)
        b.text(bx + 7 + text_width("姓名", s * 0.9, lf) + 1.5, by + bh * 0.3, m["姓名"], s, vf)
        b.text(bx + bw * 0.55, by + bh * 0.3, "关系", s * 0.9, lf, color=GREY)
        b.text(bx + bw * 0.55 + text_width("关系", s * 0.9, lf) + 1.5, by + bh * 0.3, m["关系"], s, vf)
        b.text(bx + 7, by + bh * 0.68, "身份证号", s * 0.9, lf, color=GREY)
        b.text(bx + 7 + text_width("身份证号", s * 0.9, lf) + 1.5, by + bh * 0.68, m["身份证号"], s, "heimono")
    w, h = A4
    page = Page(w, h, mono=True, tone=round(rng.uniform(0.0, 0.45), 2))
    x = (w - FACE[0]) / 2 + rng.uniform(-6, 6)
    ya = rng.uniform(16, 26)
    page.embed(a, x, ya)
    yb = ya + FACE[1] + rng.uniform(10, 18)
    page.embed(b, x + rng.uniform(-3, 3), yb)
    ink = rng.choice(INKS)
    page.text(w - 24, min(yb + FACE[1] + 12, h - 8), f"与原件相符　{_clerk(rng)}", 4.2, "kai", "rm", ink)
    return dibao_document(hh, page, covered, issuer, valid, sealed)


# ---------------------------------------------------------------------------------------------------------
# 诊断证明: a hospital system's A4 疾病诊断证明书: a barcode and the record number top right, the patient's items
# as 「label：value」 runs in one box, the sections under tinted title bars (临床诊断 numbered with their codes,
# 处理意见, 注意事项), the doctor's and the reviewing doctor's hands, the 证明专用章 over the date
# ---------------------------------------------------------------------------------------------------------
CODES = {"高血压病2级": "I10.x05", "2型糖尿病": "E11.900", "慢性胃炎": "K29.500", "腰椎间盘突出症": "M51.202",
         "冠状动脉粥样硬化性心脏病": "I25.103", "贫血": "D64.900", "慢性支气管炎": "J42.x00", "骨质疏松症": "M81.900"}


def _barcode(p: Page, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    xx = x
    while xx < x + w - 1.2:
        bw = rng.choice((0.25, 0.35, 0.5, 0.7))
        p.rect(xx, y, xx + bw, y + h, 0.05, BLACK, fill=BLACK)
        xx += bw + rng.choice((0.3, 0.45, 0.6))


def _bar(p: Page, x0: float, x1: float, y: float, title: str, lf: str) -> float:
    p.rect(x0, y, x1, y + 7, 0.15, (150, 150, 150), fill=TINT)
    p.text(x0 + 2.5, y + 3.5, title, 3.4, lf)
    return y + 7


@layout("诊断证明", "诊断证明/轮换18")
def diagnosis_system_barred(hh: Household, name: str, rng: random.Random) -> Document:
    person = hh.person(name)
    hospital = rng.choice(hh.unit.hospitals)
    doctor = rng.choice(("付建华", "龙秀兰", "史国强", "黎春燕", "常卫东", "武丽君", "段宏伟"))
    checker = rng.choice(("康", "严", "郝", "毛")) + rng.choice(("振华", "玉兰", "立新"))
    issued = hh.created - timedelta(days=rng.randrange(3, 180))
    seen_on = issued - timedelta(days=rng.randrange(0, 20))
    lines = [person["疾病/残疾类别"] or "慢性病", *rng.sample(EXTRA_DIAGNOSES, rng.randrange(0, 3))]
    dept = rng.choice(("肿瘤内科", "内分泌科", "神经内科", "风湿免疫科", "普外科", "心内科", "老年病科"))
    inpatient = rng.random() < 0.4
    record_no = f"ZY{rng.randrange(100000, 999999)}" if inpatient else f"{rng.randrange(10 ** 9, 10 ** 10)}"
    label = "住院号" if inpatient else "门诊号"
    age = person["年龄"]
    sealed = rng.random() < 0.85
    lf = rng.choice(("sans", "hei", "serif"))
    vf = rng.choice(("hei", "sans"))
    hand = rng.choice(INKS)
    w, h = A4
    page = Page(w, h, mono=rng.random() < 0.6, tone=round(rng.uniform(0.0, 0.3), 2))
    x0, x1 = 20.0, w - 20.0
    page.text(x0, 20, hospital, 5.6, "bold")
    page.text(x0, 28, _spaced("疾病诊断证明书"), 4.4, "serifbold" if lf == "serif" else "bold")
    _barcode(page, x1 - 46, 12, 46, 9, rng)
    page.text(x1 - 23, 25, record_no, 3.0, "heimono", "mm")
    page.line(x0, 33, x1, 33, 0.6)
    # the patient's items in one box, 「label：value」 runs
    page.rect(x0, 37, x1, 57, 0.25)
    items = [[("姓名", name), ("性别", person["性别"]), ("年龄", f"{age}岁")],
             [("科室", dept), (label, record_no), ("就诊日期", _cn_date(seen_on))]]
    col = [x0 + 3, x0 + 3 + (x1 - x0) * 0.34, x0 + 3 + (x1 - x0) * 0.62]
    for i, row in enumerate(items):
        yy = 43 + i * 9
        for (lb, v), cx in zip(row, col, strict=True):
            page.text(cx, yy, f"{lb}：", 3.3, lf)
            page.text(cx + text_width(f"{lb}：", 3.3, lf), yy, v, 3.5, vf)
    y = _bar(page, x0, x1, 63, "临床诊断", lf) + 8
    for i, ln in enumerate(lines):
        page.text(x0 + 4, y, f"{i + 1}. {ln}", 3.7, vf)
        page.text(x1 - 4, y, CODES.get(ln, ""), 3.0, "heimono", "rm", GREY)  # the code when the system knows it
        y += 8
    y = _bar(page, x0, x1, max(y + 4, 110), "处理意见", lf) + 9
    page.text(x0 + 4, y, rng.choice(ADVICE), 3.6, vf)
    y += 9
    if rng.random() < 0.5:
        page.text(x0 + 4, y, "病情属实，特此证明。", 3.6, vf)
    y = _bar(page, x0, x1, max(y + 8, 150), "注意事项", lf) + 7
    for note in ("1. 本证明仅用于证明患者病情，不作其他用途。", "2. 涂改、复印无效，须加盖医院证明专用章。",
                 "3. 休假建议以经治医师书写为准。"):
        page.text(x0 + 4, y, note, 3.0, lf, color=GREY)
        y += 6
    y = max(y + 16, 200)
    page.text(x0, y, "医师签名：", 3.4, lf)
    page.text(x0 + text_width("医师签名：", 3.4, lf) + 1, y - 0.5, doctor, 5.0, "kai", color=hand)
    page.text(x0 + 70, y, "审核医师：", 3.4, lf)
    page.text(x0 + 70 + text_width("审核医师：", 3.4, lf) + 1, y - 0.5, checker, 4.8, "kai", color=hand)
    page.text(x1, y + 12, f"开具日期：{_cn_date(issued)}", 3.4, lf, "rm")
    if sealed:
        page.seal(x1 - 26 + rng.uniform(-4, 4), y + 6 + rng.uniform(-3, 3), 15.0, hospital[:14], "证明专用章",
                  rng.uniform(-25, 25), SEAL_RED, rng.randrange(1 << 30))
    page.text(w / 2, h - 14, f"打印时间：{issued.isoformat()} {rng.randrange(8, 17):02d}:{rng.randrange(60):02d}",
              2.7, "heimono", "mm", GREY)
    fields: dict[str, Any] = {"医院名称": hospital, "姓名": name, "性别": person["性别"], "年龄": age, "科别": dept}
    fields[label] = record_no
    fields |= {"诊断": "；".join(lines), "出具日期": issued.isoformat(), "医师": doctor, "是否盖章": sealed}
    page.fields = dict(fields)
    return Document("诊断证明", [page], fields, person=name, material="致困原因证明")


# ---------------------------------------------------------------------------------------------------------
# 残疾人证: a third-generation card of a province that prints the category and grade in one cell (残疾类别
# 等级) and the 证号 in groups under a title band; the back with 住址, 监护人, the federation and its date; both
# faces enlarged one above the other on portrait A4, the federation's ruled 年审记录 under them, filled by hand
# ---------------------------------------------------------------------------------------------------------
@layout("残疾人证", "残疾人证/轮换18")
def disability_card_review_record(hh: Household, name: str, rng: random.Random) -> Document:
    f = _disability_facts(hh, name, rng)
    person = f["person"]
    issued: date = f["issued"]
    office = f"{hh.unit.city}市{hh.unit.region_name[-3:]}残疾人联合会"
    lf = rng.choice(("hei", "sans"))
    vf = rng.choice(("hei", "serif"))
    n = f["number"]
    band = rng.choice(((60, 110, 70), (150, 60, 60)))
    front = Page(*CARD, paper=(238, 242, 236))
    front.rect(0, 0, CARD[0], CARD[1], 0.3, (140, 140, 140))
    front.rect(0, 0, CARD[0], 9, 0.1, band, fill=band)
    front.text(CARD[0] / 2, 4.6, "中华人民共和国残疾人证", 3.7, "bold", "mm", (248, 248, 248))
    lbl = (90, 96, 104)
    front.text(4, 14, "姓　名", 2.3, lf, color=lbl)
    front.text(14, 14, name, 3.4, vf)
    front.text(4, 20, "性　别", 2.3, lf, color=lbl)
    front.text(14, 20, person["性别"], 3.0, vf)
    front.text(25, 20, "民　族", 2.3, lf, color=lbl)
    front.text(34, 20, person["民族"], 3.0, vf)
    by, bm, bd = person["出生日期"].split("-")
    front.text(4, 26, "出　生", 2.3, lf, color=lbl)
    front.text(14, 26, f"{by}年{int(bm)}月{int(bd)}日", 3.0, vf)
    front.text(4, 33, "残疾类别等级", 2.3, lf, color=lbl)
    front.text(21, 33, f"{f['category']}\u3000{f['grade']}", 3.2, vf)
    front.rect(60, 12, 81, 40, 0.1, (80, 80, 86), fill=(82, 82, 88))
    front.text(4, 46, "证号", 2.3, lf, color=lbl)
    front.text(12, 46, f"{n[:6]} {n[6:14]} {n[14:18]} {n[18:]}", 3.2, "heimono")
    back = Page(*CARD, paper=(238, 242, 236))
    back.rect(0, 0, CARD[0], CARD[1], 0.3, (140, 140, 140))
    addr = hh.record["家庭住址"].removesuffix("（租住）")
    back.text(5, 9, "住　址", 2.3, lf, color=lbl)
    back.fit(15, 5, CARD[0] - 4, 13, addr, 2.8, vf, "left", pad=0.3)
    back.text(5, 17, "监护人", 2.3, lf, color=lbl)
    back.line(15, 19, 48, 19, 0.1, (150, 150, 150))
    back.text(5, 28, "发证机关", 2.3, lf, color=lbl)
    back.fit(18, 24, CARD[0] - 4, 32, office, 2.9, vf, "left", pad=0.3)
    back.text(5, 36, "发证日期", 2.3, lf, color=lbl)
    back.text(18, 36, f"{issued.year}.{issued.month:02d}.{issued.day:02d}", 3.0, vf)
    back.text(CARD[0] / 2, 48, "本证全国通用　凭证享受优惠政策", 2.3, lf, "mm", lbl)
    back.seal(64 + rng.uniform(-3, 3), 40 + rng.uniform(-1.5, 1.5), 9.0, office[:14], "★", rng.uniform(-25, 25),
              SEAL_RED, rng.randrange(1 << 30))
    w, h = A4
    page = Page(w, h, mono=True, tone=round(rng.uniform(0.05, 0.4), 2))
    k = rng.choice((1.4, 1.5))
    x = (w - CARD[0] * k) / 2 + rng.uniform(-6, 6)
    y = rng.uniform(16, 24)
    embed_scaled(page, front, x, y, k)
    y2 = y + CARD[1] * k + rng.uniform(6, 10)
    embed_scaled(page, back, x + rng.uniform(-2, 2), y2, k)
    ty = y2 + CARD[1] * k + rng.uniform(12, 16)
    x0, x1 = 24.0, w - 24.0
    page.text(w / 2, ty, "年　审　记　录", 4.2, "bold", "mm")
    ty += 5
    cols = [x0, x0 + 30, x0 + 70, x0 + 130, x1]
    for j, head in enumerate(("年度", "审核结果", "审核单位", "经办人")):
        _label_cell(page, cols[j], ty, cols[j + 1], ty + 8, head, lf, 3.0)
    ty += 8
    years = list(range(issued.year + 1, hh.created.year + 1))[-3:] or [hh.created.year]
    ink = rng.choice(INKS)
    for yr in years:
        for j in range(4):
            page.rect(cols[j], ty, cols[j + 1], ty + 10, 0.2)
        page.fit(cols[0], ty, cols[1], ty + 10, str(yr), 3.6, "kai", color=ink)
        page.fit(cols[1], ty, cols[2], ty + 10, "合格", 3.8, "kai", color=ink)
        page.fit(cols[2], ty, cols[3], ty + 10, f"{hh.unit.region_name[-3:]}残联", 3.6, "kai", color=ink)
        page.fit(cols[3], ty, cols[4], ty + 10, _clerk(rng), 3.8, "kai", color=ink)
        ty += 10
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
