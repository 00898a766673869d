"""Rotation 9's printings of 身份证, 户口簿, 低保证, 诊断证明 and 残疾人证 (2026-12-06), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Drawn from REAL-DOCUMENTS.md and ARCHIVE-SCHEMA.md with the card and copier parts of ``papers_id``,
``papers_cert`` and ``papers_rotation3``. Truth as for the kind's other layouts (synth/README.md "Output").
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.papers_cert import ADVICE, EXTRA_DIAGNOSES, _dibao_facts, _disability_facts, dibao_document
from dangan.synth.papers_id import EDUCATION, id_facts
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.render import A4, Document, Style, cn_date

GREY = (110, 110, 118)
LIGHT = (200, 200, 206)


def _bold(font: str) -> str:
    return "serifbold" if font == "serif" else "bold"


def _qr(p: Page, x: float, y: float, side: float, rng: random.Random, color: tuple[int, int, int] = BLACK) -> None:
    """A QR code of 25 modules a side: three finder squares and random modules."""
    n = 25
    m = side / n

    def finder(i: int, j: int) -> None:
        p.rect(x + i * m, y + j * m, x + (i + 7) * m, y + (j + 7) * m, m, color)
        p.rect(x + (i + 2) * m, y + (j + 2) * m, x + (i + 5) * m, y + (j + 5) * m, 0.05, color, fill=color)

    for i, j in ((0, 0), (n - 7, 0), (0, n - 7)):
        finder(i, j)
    for i in range(n):
        for j in range(n):
            if (i < 8 and j < 8) or (i >= n - 8 and j < 8) or (i < 8 and j >= n - 8):
                continue
            if rng.random() < 0.48:
                p.rect(x + i * m, y + j * m, x + (i + 1) * m, y + (j + 1) * m, 0.02, color, fill=color)


def _status_bar(p: Page, rng: random.Random, w: float) -> None:
    p.text(4, 3.2, f"{rng.randrange(7, 22)}:{rng.randrange(0, 60):02d}", 2.2, "sans")
    for i in range(4):  # signal bars
        p.rect(w - 19 + i * 1.3, 4.2 - (i + 1) * 0.5, w - 18.4 + i * 1.3, 4.2, 0.05, BLACK, fill=BLACK)
    p.text(w - 13, 3.2, rng.choice(("5G", "4G", "")), 1.9, "sans")
    p.rect(w - 8, 2.0, w - 3.6, 4.4, 0.15)
    p.rect(w - 7.6, 2.4, w - 7.6 + 3.6 * rng.uniform(0.2, 1.0), 4.0, 0.05, BLACK, fill=BLACK)


# ---------------------------------------------------------------------------------------------------------
# 居民身份证: the 居民身份证电子证照 shown in a government-services app, screenshotted on the holder's phone and
# printed on portrait A4: the displayed card (用证 purpose, dynamic QR) and, on most prints, the 证照信息 screen
# with each item's label on the left and its value on the right
# ---------------------------------------------------------------------------------------------------------
SCREEN = (72.0, 152.0)


def _ecard_screen(f: Any, rng: random.Random, app: str, accent: tuple[int, int, int], purpose: str,
                  used: str, with_back: bool) -> Page:
    w, h = SCREEN
    p = Page(w, h, paper=(244, 245, 248))
    _status_bar(p, rng, w)
    p.text(4, 10, "<", 3.2, "sans")
    p.text(w / 2, 10, "居民身份证", 3.0, "bold", "mm")
    p.text(w - 4, 10, "···", 3.0, "bold", "rm")
    p.line(0, 13.5, w, 13.5, 0.1, LIGHT)
    # the card as the app draws it
    x0, x1, y0 = 4.0, w - 4.0, 17.0
    p.rect(x0, y0, x1, y0 + 62, 0.2, accent, fill=(250, 251, 253))
    p.rect(x0, y0, x1, y0 + 8, 0.1, accent, fill=accent)
    p.text(x0 + 3, y0 + 4, "居民身份证电子证照", 2.6, "bold", color=(255, 255, 255))
    p.rect(x1 - 19, y0 + 11, x1 - 3, y0 + 32, 0.1, (96, 96, 104), fill=(96, 96, 104))  # the photo
    p.rect(x1 - 14, y0 + 14, x1 - 8, y0 + 21, 0.1, (60, 60, 66), fill=(60, 60, 66))
    p.rect(x1 - 17, y0 + 23, x1 - 5, y0 + 32, 0.1, (52, 52, 58), fill=(52, 52, 58))
    y, m, d = f.born.split("-")
    rows = (("姓名", f.name, 3.2), ("性别", f.gender, 2.8), ("民族", f.ethnic, 2.8),
            ("出生", f"{y}年{int(m)}月{int(d)}日", 2.6))
    for i, (label, value, size) in enumerate(rows):
        p.text(x0 + 3, y0 + 13 + i * 5.2, label, 2.0, "hei", color=GREY)
        p.text(x0 + 11, y0 + 13 + i * 5.2, value, size, "hei")
    p.text(x0 + 3, y0 + 35, "住址", 2.0, "hei", color=GREY)
    p.fit(x0 + 10, y0 + 32, x1 - 2, y0 + 46, f.addr, 2.4, "hei", "left", pad=0.3)
    p.text(x0 + 3, y0 + 50, "公民身份号码", 2.0, "hei", color=GREY)
    p.fit(x0 + 2, y0 + 52, x1 - 2, y0 + 59, f.number, 3.0, "heimono", pad=0.5)
    y = y0 + 66
    if with_back:
        p.text(x0 + 1, y, "签发机关", 2.1, "hei", color=GREY)
        p.fit(x0 + 13, y - 2.5, x1, y + 2.5, f.issuer, 2.3, "hei", "left", pad=0.2)
        p.text(x0 + 1, y + 5.5, "有效期限", 2.1, "hei", color=GREY)
        p.text(x0 + 13, y + 5.5, f.valid, 2.3, "hei")
        y += 12
    side = 30.0
    _qr(p, w / 2 - side / 2, y, side, rng)
    y += side + 4
    p.text(w / 2, y, rng.choice(("二维码每60秒自动刷新", "请出示二维码供核验", "二维码有效时间60秒")), 2.0, "sans", "mm", GREY)
    p.text(w / 2, y + 5, f"用途：{purpose}", 2.2, "sans", "mm", accent)
    p.text(w / 2, y + 9.5, f"用证时间：{used}", 2.0, "sans", "mm", GREY)
    p.text(w / 2, h - 6, app, 2.0, "sans", "mm", GREY)
    return p


def _info_screen(f: Any, rng: random.Random, accent: tuple[int, int, int]) -> Page:
    w, h = SCREEN
    p = Page(w, h, paper=(244, 245, 248))
    _status_bar(p, rng, w)
    p.text(4, 10, "<", 3.2, "sans")
    p.text(w / 2, 10, rng.choice(("证照信息", "证照详情")), 3.0, "bold", "mm")
    p.line(0, 13.5, w, 13.5, 0.1, LIGHT)
    y, m, d = f.born.split("-")
    born = f.born if rng.random() < 0.5 else f"{y}年{int(m)}月{int(d)}日"
    rows = [("证照名称", "居民身份证"), ("姓名", f.name), ("性别", f.gender), ("民族", f.ethnic), ("出生日期", born),
            ("住址", f.addr), ("公民身份号码", f.number), ("签发机关", f.issuer), ("有效期限", f.valid)]
    top = 17.0
    p.rect(2, top, w - 2, top + 2 + 9.5 * len(rows) + 9, 0.1, (236, 236, 240), fill=(255, 255, 255))
    y0 = top + 1
    for label, value in rows:
        tall = label == "住址" and text_width(value, 2.4, "sans") > w - 28
        rh = 14.0 if tall else 9.5
        p.text(5, y0 + rh / 2, label, 2.3, "sans", color=GREY)
        if tall:
            p.fit(24, y0 + 0.5, w - 4, y0 + rh - 0.5, value, 2.4, "sans", "left", pad=0.2)
        elif text_width(value, 2.5, "sans") <= w - 30:
            p.text(w - 5, y0 + rh / 2, value, 2.5, "sans", "rm")
        else:
            p.fit(24, y0 + 0.5, w - 4, y0 + rh - 0.5, value, 2.5, "sans", "left", pad=0.2)
        y0 += rh
        p.line(5, y0, w - 5, y0, 0.08, LIGHT)
    p.rect(8, h - 20, w - 8, h - 12, 0.1, accent, fill=accent)
    p.text(w / 2, h - 16, rng.choice(("出示证照", "亮证")), 2.6, "bold", "mm", (255, 255, 255))
    return p


@layout("身份证", "身份证/轮换9")
def id_ecert_screenshots(hh: Household, name: str, rng: random.Random) -> Document:
    f = id_facts(hh, name, rng)
    colour = rng.random() < 0.4
    sheet = Page(*A4, mono=not colour, tone=0.0 if colour else round(rng.uniform(0.0, 0.4), 2))
    app = rng.choice(("国家政务服务平台", f"{hh.unit.province}政务服务", "政务服务 · 电子证照"))
    accent = rng.choice(((30, 90, 170), (20, 120, 110), (180, 50, 50)))
    purpose = rng.choice(("困难职工建档", "工会帮扶申请", "身份核验"))
    used = hh.created - timedelta(days=rng.randrange(1, 25))
    used_at = f"{used.isoformat()} {rng.randrange(8, 20):02d}:{rng.randrange(0, 60):02d}:{rng.randrange(0, 60):02d}"
    two = rng.random() < 0.65
    k = rng.uniform(1.05, 1.2) if two else rng.uniform(1.3, 1.5)
    sw, sh = SCREEN[0] * k, SCREEN[1] * k
    top = rng.uniform(16, 297 - sh - 34)
    shown = _ecard_screen(f, rng, app, accent, purpose, used_at, with_back=not two)
    if two:
        gap = rng.uniform(6, 14)
        x = (A4[0] - 2 * sw - gap) / 2 + rng.uniform(-4, 4)
        embed_scaled(sheet, shown, x, top, k)
        embed_scaled(sheet, _info_screen(f, rng, accent), x + sw + gap, top, k)
    else:
        x = (A4[0] - sw) / 2 + rng.uniform(-10, 10)
        embed_scaled(sheet, shown, x, top, k)
    if rng.random() < 0.8:  # the clerk's line under the print
        y = top + sh + rng.uniform(8, 14)
        words = rng.choice(("电子证照打印件，经核对属实", "本人电子身份证打印件", "与电子证照核对一致"))
        sheet.text(rng.uniform(18, 40), y, words, rng.uniform(4.2, 5.0), "kai", color=rng.choice((INK_BLUE, BLACK)))
        if rng.random() < 0.7:
            sheet.text(rng.uniform(120, 150), y + 8, f"{name} {used.year}.{used.month}.{used.day}", 4.2, "kai",
                       color=INK_BLUE)
    fields = f.fields()
    sheet.fields = dict(fields)
    return Document("身份证", [sheet], fields, [], person=name, material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 户口簿: a booklet with horizontal rules only (no column rules; each value printed right after its label, the
# 出生日期 filled between the printed 年 月 日; 宗教信仰, 公民身份证件编号, 身高, 血型 on one line), each page
# captured with a phone scanning app (cropped to the page, black-and-white "enhanced") and printed across a
# portrait A4
# ---------------------------------------------------------------------------------------------------------
PAGE = (105.0, 148.0)
X0, X1 = 5.0, PAGE[0] - 5.0


class _Lines:
    """Rows of label/value pairs between horizontal rules, inside an outer frame."""

    def __init__(self, p: Page, y: float, lf: str, vf: str, color: tuple[int, int, int]) -> None:
        self.p, self.y, self.lf, self.vf, self.color = p, y, lf, vf, color
        p.line(X0, y, X1, y, 0.35)

    def row(self, pairs: list[tuple[float, str, Any]], h: float) -> None:
        total = sum(w for w, _, _ in pairs)
        x = X0
        p = self.p
        mid = self.y + h / 2
        for w, label, value in pairs:
            cw = (X1 - X0) * w / total
            lw = text_width(label, 2.3, self.lf)
            if lw > cw * 0.6:  # a long label on two lines
                half = (len(label) + 1) // 2
                p.text(x + 1, mid - 1.4, label[:half], 2.1, self.lf)
                p.text(x + 1, mid + 1.4, label[half:], 2.1, self.lf)
                lw = text_width(label[:half], 2.1, self.lf)
            else:
                p.text(x + 1, mid, label, 2.3, self.lf)
            vx = x + 1 + lw + 1.8
            if callable(value):
                value(vx, mid)
            elif value:
                p.fit(vx, self.y, x + cw, self.y + h, str(value), 2.9, self.vf, "left", self.color, pad=0.2)
            x += cw
        self.y += h
        p.line(X0, self.y, X1, self.y, 0.2)


def _ymd(p: Page, iso: str, lf: str, vf: str, color: tuple[int, int, int]) -> Any:
    """The date's figures printed between the page's own 年 月 日."""
    y, m, d = iso.split("-")

    def draw(x: float, mid: float) -> None:
        for value, unit in ((y, "年"), (str(int(m)), "月"), (str(int(d)), "日")):
            p.text(x, mid, value, 2.9, vf, color=color)
            x += text_width(value, 2.9, vf) + 0.8
            p.text(x, mid, unit, 2.3, lf)
            x += text_width(unit, 2.3, lf) + 1.2

    return draw


def _hukou_head(hh: Household, rng: random.Random, addr: str, station: str, lf: str, vf: str,
                color: tuple[int, int, int]) -> Page:
    r = hh.record
    p = Page(*PAGE)  # cropped to the page and whitened by the app
    p.rect(X0 - 1.5, 6, X1 + 1.5, PAGE[1] - 6, 0.5)
    p.text(PAGE[0] / 2, 16, "户  口  簿", 5.4, _bold(lf), "mm")
    p.text(PAGE[0] / 2, 23, "（户主页）", 2.6, lf, "mm")
    kind = rng.choice(("家庭户", "家庭户", "非农业家庭户口" if not r["是否农民工"] else "农业家庭户口"))
    g = _Lines(p, 30, lf, vf, color)
    g.row([(1.0, "户别", kind), (1.1, "户主姓名", r["姓名"])], 11)
    g.row([(1.0, "户号", f"{rng.randrange(100000000, 999999999)}")], 11)
    g.row([(1.0, "住址", addr)], 17)
    issued = hh.created - timedelta(days=rng.randrange(400, 5000))
    g.row([(1.0, "签发日期", _ymd(p, issued.isoformat(), lf, vf, color))], 11)
    y = g.y + 8
    p.text(X0 + 3, y, "户口登记机关户口专用章", 2.4, lf)
    p.text(X0 + 60, y, "承办人签章", 2.4, lf)
    p.seal(X0 + 25 + rng.uniform(-3, 3), y + 20 + rng.uniform(-2, 2), 13 * rng.uniform(0.95, 1.05), station[:14],
           "户口专用章", rng.uniform(-20, 20), (200, 40, 50), rng.randrange(1 << 30))
    if rng.random() < 0.7:
        p.text(X0 + 64, y + 14, rng.choice(("刘洋", "陈红", "吴建军", "孙琳")), 4.0, "kai", color=INK_BLUE)
    p.fields = {"户主姓名": r["姓名"], "住址": addr}
    return p


def _hukou_card(hh: Household, rng: random.Random, person: dict[str, Any], station: str, lf: str, vf: str,
                color: tuple[int, int, int]) -> Page:
    r = hh.record
    p = Page(*PAGE)  # cropped to the page and whitened by the app
    p.rect(X0 - 1.5, 6, X1 + 1.5, PAGE[1] - 6, 0.5)
    p.text(PAGE[0] / 2, 13, "常住人口登记卡", 4.4, _bold(lf), "mm")
    place = r["户口所在地行政区划"][:6]
    adult = person["年龄"] >= 16
    moved = hh.created - timedelta(days=rng.randrange(800, 9000))
    job = {"在职": "职员", "在读": "学生", "退休": "离退休人员"}.get(person.get("人员身份") or "", "")
    h = 8.4
    g = _Lines(p, 18, lf, vf, color)
    g.row([(1.0, "姓名", person["姓名"]), (1.2, "户主或与户主关系", person["关系"])], h)
    g.row([(1.0, "曾用名", ""), (1.2, "性别", person["性别"])], h)
    g.row([(1.0, "出生地", place), (1.2, "民族", person["民族"])], h)
    g.row([(1.0, "籍贯", place), (1.2, "出生日期", _ymd(p, person["出生日期"], lf, vf, color))], h)
    g.row([(1.0, "本市（县）其他住址", "")], h)
    g.row([(0.55, "宗教信仰", "无" if rng.random() < 0.4 else ""), (1.75, "公民身份证件编号", person["身份证号"]),
           (0.55, "身高", f"{rng.randrange(150, 186)}" if adult else ""),
           (0.45, "血型", rng.choice(("A", "B", "O", "AB")) if adult and rng.random() < 0.6 else "")], h + 1)
    g.row([(1.0, "文化程度", EDUCATION.get(person.get("当前学历") or "", "")),
           (0.9, "婚姻状况", person.get("婚姻状况") or ""), (0.9, "兵役状况", "")], h)
    g.row([(1.5, "服务处所", person.get("单位或学校") or ""), (0.8, "职业", job)], h)
    g.row([(1.0, "何时由何地迁来本市（县）", "")], h)
    g.row([(1.0, "何时由何地迁来本址", f"{moved.year}年{moved.month}月" if rng.random() < 0.5 else "")], h)
    g.row([(1.0, "承办人签章", ""), (1.2, "登记日期", _ymd(p, moved.isoformat(), lf, vf, color))], h + 2)
    if rng.random() < 0.8:  # the station's stamp over the 承办人签章
        p.seal(X0 + 30 + rng.uniform(-4, 4), g.y - 4 + rng.uniform(-2, 2), 10.5, station[:14], "户口专用章",
               rng.uniform(-20, 20), (200, 40, 50), rng.randrange(1 << 30))
    p.members = [{key: person[key] for key in ("姓名", "关系", "性别", "民族", "出生日期", "身份证号")}]
    return p


@layout("户口簿", "户口簿/轮换9")
def hukou_scanner_app(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    addr = id_facts(hh, r["姓名"], rng).addr
    station = f"{hh.unit.city}市公安局{rng.choice(hh.unit.streets)[:2]}派出所"
    lf = rng.choice(("serif", "sans"))
    vf = rng.choice(("heimono", "hei", "sans"))
    color = BLACK
    people = [hh.householder() | {"关系": "户主", "婚姻状况": r["婚姻状况"]}, *hh.members]
    leaves = [_hukou_head(hh, rng, addr, station, lf, vf, color)]
    leaves += [_hukou_card(hh, rng, person, station, lf, vf, color) for person in people]
    margin = rng.uniform(4, 12)
    k = (A4[0] - 2 * margin) / PAGE[0]
    mark = rng.choice(("扫描全能王 创建", "由扫描王生成", ""))
    pages: list[Page] = []
    for n, leaf in enumerate(leaves):
        sheet = Page(*A4, mono=True, tone=round(rng.uniform(0.0, 0.15), 2))
        y = (A4[1] - PAGE[1] * k) / 2 + rng.uniform(-3, 3)
        embed_scaled(sheet, leaf, margin + rng.uniform(-1, 1), y, k)
        if mark:
            sheet.text(A4[0] - 6, A4[1] - 4, mark, 2.4, "sans", "rm", (120, 120, 120))
        if rng.random() < 0.3:
            sheet.text(6, A4[1] - 4, f"{n + 1}/{len(leaves)}", 2.4, "sans", color=(120, 120, 120))
        sheet.fields, sheet.members = dict(leaf.fields), list(leaf.members)
        pages.append(sheet)
    entries = [m for pg in leaves for m in pg.members]
    return Document("户口簿", pages, dict(leaves[0].fields), entries, person=r["姓名"], material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 低保证: a city's 低保救助证, a small portrait booklet: the 持证人 page as label：value lines on underlines
# (no amount on it), the 保障对象 page (姓名, 性别, 出生年月, 与户主关系, 身份证号码) and the 保障金核定记录 page
# whose rows the civil affairs office writes by hand at each approval and 年审; the first two copied side
# by side at 100 % at the top of a portrait A4, the third below the first
# ---------------------------------------------------------------------------------------------------------
BOOK = (92.0, 128.0)


def _underlined(p: Page, x: float, y: float, label: str, value: str, x1: float, lf: str, vf: str,
                color: tuple[int, int, int], size: float = 3.0) -> None:
    p.text(x, y, f"{label}：", 2.7, lf)
    vx = x + text_width(f"{label}：", 2.7, lf) + 0.5
    p.line(vx, y + 2.1, x1, y + 2.1, 0.15)
    if text_width(value, size, vf) <= x1 - vx - 1:
        p.text(vx + 1, y - 0.2, value, size, vf, color=color)
    else:
        p.fit(vx, y - 3.4, x1, y + 2.0, value, size, vf, "left", color, pad=0.4)


@layout("低保证", "低保证/轮换9")
def dibao_relief_booklet(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng)
    f = _dibao_facts(hh, rng)
    issuer, issued, valid, sealed = f["issuer"], f["issued"], f["valid"], f["sealed"]
    people = [hh.householder() | {"关系": "户主"}, *hh.members]
    covered = people if rng.random() < 0.7 else people[: max(1, len(people) - 1)]
    lf, vf, color = st.label_font, st.value_font, st.color
    paper = rng.choice(((250, 244, 236), (244, 246, 250)))
    title = rng.choice((f"{hh.unit.city}市最低生活保障救助证", f"{hh.unit.city}市城乡低保救助证",
                        f"{hh.unit.city}市居民最低生活保障证"))

    # the 持证人 page
    a = Page(*BOOK, paper=paper)
    a.rect(3, 3, BOOK[0] - 3, BOOK[1] - 3, 0.4)
    a.fit(6, 6, BOOK[0] - 6, 16, title, 4.2, _bold(lf))
    a.text(BOOK[0] - 6, 20, f"No.{hh.dibao_no}", 2.8, "heimono", "rm", (170, 40, 40))
    category = rng.choice(("A类", "B类", "C类", "全额保障", "差额保障"))
    rows = [("户主姓名", r["姓名"]), ("性别", r["性别"]), ("身份证号", r["身份证号"]),
            ("家庭住址", r["家庭住址"].removesuffix("（租住）")), ("保障类别", category),
            ("家庭人口", f"{r['家庭人口']}人"), ("保障人口", f"{len(covered)}人")]
    y = 28.0
    for label, value in rows:
        _underlined(a, 7, y, label, value, BOOK[0] - 7, lf, vf, color)
        y += 8.2 if label != "家庭住址" else 9.5
    _underlined(a, 7, y, "有效期至", cn_date(valid), BOOK[0] - 7, lf, vf, color)
    y += 12
    a.text(7, y, "发证机关（章）：", 2.7, lf)
    a.text(7 + text_width("发证机关（章）：", 2.7, lf), y, issuer, 3.0, vf, color=color)
    a.text(7, y + 7, "发证日期：", 2.7, lf)
    a.text(7 + text_width("发证日期：", 2.7, lf), y + 7, cn_date(issued), 3.0, vf, color=color)
    if sealed:
        a.seal(62 + rng.uniform(-4, 4), y + 3 + rng.uniform(-2, 2), 11.5, issuer[:14], "", rng.uniform(-25, 25),
               (205, 35, 45), rng.randrange(1 << 30))

    # the 保障对象 page
    b = Page(*BOOK, paper=paper)
    b.rect(3, 3, BOOK[0] - 3, BOOK[1] - 3, 0.4)
    b.text(BOOK[0] / 2, 11, rng.choice(("保 障 对 象", "享受保障家庭成员")), 4.0, _bold(lf), "mm")
    cols = ((0.9, "姓名"), (0.45, "性别"), (0.85, "出生年月"), (0.8, "与户主关系"), (2.3, "身份证号码"))
    total = sum(w for w, _ in cols)
    xs = [6.0]
    for w, _ in cols:
        xs.append(xs[-1] + (BOOK[0] - 12) * w / total)
    top, rh = 17.0, 8.0
    n_rows = max(7, len(covered))
    for i in range(n_rows + 2):
        b.line(xs[0], top + i * rh, xs[-1], top + i * rh, 0.25)
    for x in xs:
        b.line(x, top, x, top + (n_rows + 1) * rh, 0.25)
    for (_, label), x, x1 in zip(cols, xs[:-1], xs[1:], strict=True):
        b.fit(x, top, x1, top + rh, label, 2.2, lf, pad=0.3)
    for i, m in enumerate(covered):
        y0 = top + (i + 1) * rh
        by, bm, _ = m["出生日期"].split("-")
        vals = (m["姓名"], m["性别"], f"{by}.{bm}", m["关系"], m["身份证号"])
        for v, x, x1 in zip(vals, xs[:-1], xs[1:], strict=True):
            b.fit(x, y0, x1, y0 + rh, v, 2.6 if v != m["身份证号"] else 2.4, vf, color=color, pad=0.3,
                  jitter=st.jitter())
    b.text(6, top + (n_rows + 1) * rh + 6, "注：家庭人口、收入发生变化的，应在一个月内主动申报。", 2.1, lf)

    # the 保障金核定记录 page
    c = Page(*BOOK, paper=paper)
    c.rect(3, 3, BOOK[0] - 3, BOOK[1] - 3, 0.4)
    c.text(BOOK[0] / 2, 11, "保障金核定记录", 4.0, _bold(lf), "mm")
    heads = ((1.1, "核定日期"), (0.7, "保障人数"), (1.0, "月保障金（元）"), (0.8, "经办人"), (1.0, "审核意见"))
    total = sum(w for w, _ in heads)
    cx = [6.0]
    for w, _ in heads:
        cx.append(cx[-1] + (BOOK[0] - 12) * w / total)
    rh2 = 12.0
    for i in range(8):
        c.line(cx[0], 17 + i * rh2, cx[-1], 17 + i * rh2, 0.25)
    for x in cx:
        c.line(x, 17, x, 17 + 7 * rh2, 0.25)
    for (_, label), x, x1 in zip(heads, cx[:-1], cx[1:], strict=True):
        c.fit(x, 17, x1, 17 + rh2, label, 2.2, lf, pad=0.3)
    entries: list[tuple[date, int, str]] = []
    if rng.random() < 0.5 and (hh.created - issued).days > 60:  # approved, then raised at the 年审
        before = hh.dibao_amount - rng.randrange(1, 5) * 10 * len(covered)
        if before > 0:
            later = issued + timedelta(days=rng.randrange(30, (hh.created - issued).days - 10))
            entries = [(issued, before, "同意"), (later, hh.dibao_amount, rng.choice(("年审通过", "提标调整")))]
    if not entries:
        entries = [(issued, hh.dibao_amount, rng.choice(("同意", "核准")))]
    clerk = rng.choice(("周敏", "钱芳", "郑伟", "何丽华"))
    hand = "kai" if st.hand else vf
    ink = color if st.hand else BLACK
    for i, (day, amount, note) in enumerate(entries):
        y0 = 17 + (i + 1) * rh2
        for v, x, x1 in zip((cn_date(day), f"{len(covered)}", f"{amount}", clerk, note), cx[:-1], cx[1:], strict=True):
            c.fit(x, y0, x1, y0 + rh2, v, 2.8, hand, color=ink, pad=0.3, jitter=st.jitter())
    if sealed:  # the office's stamp on the latest approval
        y0 = 17 + len(entries) * rh2
        c.seal(cx[-2] + 4 + rng.uniform(-2, 2), y0 + 5, 7.5, issuer[:14], "", rng.uniform(-25, 25), (205, 35, 45),
               rng.randrange(1 << 30))

    page = Page(*A4, mono=True, tone=round(rng.uniform(0.05, 0.6), 2))
    gap = rng.uniform(3, 8)
    x = (A4[0] - 2 * BOOK[0] - gap) / 2 + rng.uniform(-3, 3)
    y = rng.uniform(10, 22)
    page.embed(a, x, y)
    page.embed(b, x + BOOK[0] + gap, y + rng.uniform(-1.5, 1.5))
    y2 = y + BOOK[1] + rng.uniform(5, 10)
    page.embed(c, x + rng.uniform(-1.5, 1.5), y2)
    if rng.random() < 0.7:
        nx = x + BOOK[0] + gap + 4
        page.text(nx, y2 + 30, rng.choice(("复印件与原件一致", "经核对与原件相符")), rng.uniform(4.2, 5.0), "kai",
                  color=INK_BLUE)
        if rng.random() < 0.6:
            day = hh.created - timedelta(days=rng.randrange(1, 20))
            page.text(nx + 4, y2 + 40, f"{r['姓名']}  {day.year}.{day.month}.{day.day}", 4.2, "kai", color=INK_BLUE)
    return dibao_document(hh, page, covered, issuer, valid, sealed)


# ---------------------------------------------------------------------------------------------------------
# 诊断证明书: a city hospital's typed 疾病证明 letter on portrait A4 letterhead (编号, a 兹证明 sentence naming the
# patient, the diagnoses numbered one a line, the advice, 特此证明), signed by the doctor and the head of the
# department, approved by the 医务科 whose seal sits on the date; the hospital's address under a rule at the foot
# ---------------------------------------------------------------------------------------------------------
@layout("诊断证明", "诊断证明/轮换9")
def diagnosis_letter(hh: Household, name: str, rng: random.Random) -> Document:
    person = hh.person(name)
    hospital = rng.choice(hh.unit.hospitals)
    doctor = rng.choice(("方志远", "许丽萍", "蔡俊", "潘玉兰", "袁文杰", "彭静", "蒋晓东"))
    chief = rng.choice(("林建平", "宋卫国", "唐秀英", "魏明"))
    issued = hh.created - timedelta(days=rng.randrange(10, 240))
    visit = issued - timedelta(days=rng.randrange(0, 20))
    lines = [person["疾病/残疾类别"] or "慢性病", *rng.sample(EXTRA_DIAGNOSES, rng.randrange(0, 3))]
    dept = rng.choice(("内分泌科", "心血管内科", "肿瘤内科", "神经内科", "肾内科", "风湿免疫科", "骨科"))
    inpatient = rng.random() < 0.4
    age = person["年龄"]
    sealed = rng.random() < 0.9
    serif = rng.random() < 0.5
    body = "serif" if serif else "sans"
    head_font = "serifbold" if serif else "bold"
    accent = rng.choice(((150, 30, 40), (20, 60, 130), (20, 20, 20)))
    colour = rng.random() < 0.55

    p = Page(*A4, mono=not colour, tone=0.0 if colour else round(rng.uniform(0.05, 0.5), 2))
    p.text(105, 24, hospital, 7.0, head_font, "mm", accent)
    p.line(20, 32, 190, 32, 0.8, accent)
    p.line(20, 33.4, 190, 33.4, 0.25, accent)
    p.text(105, 48, rng.choice(("疾 病 证 明", "病 情 证 明 书", "诊 断 证 明")), 6.0, head_font, "mm")
    p.text(190, 58, f"编号：{issued.year}{rng.randrange(1, 9999):04d}", 3.0, body, "rm")
    number = f"{'住院号' if inpatient else '门诊号'}{rng.randrange(100000, 9999999)}"
    how = (f"于{cn_date(visit)}入住我院{dept}治疗" if inpatient else f"于{cn_date(visit)}在我院{dept}门诊就诊")
    sentence = (f"兹证明患者{name}，{person['性别']}，{age}岁（{number}），{how}，经检查，诊断为：")
    y = 70.0
    p.fit(22, y - 4, 188, y + 14, sentence, 4.0, body, "left", pad=0.5)
    y += 22
    for i, ln in enumerate(lines):
        p.text(34, y, f"{i + 1}. {ln}" if len(lines) > 1 else ln, 4.2, body)
        y += 8
    y += 4
    advice = rng.choice(ADVICE)
    p.text(22, y, rng.choice(("建议：", "医嘱：")), 4.0, body)
    p.fit(22 + text_width("建议：", 4.0, body), y - 4, 188, y + 4, advice, 4.0, body, "left", pad=0.5)
    y += 12
    p.text(30, y, "特此证明。", 4.0, body)
    y += 22
    p.text(24, y, "经治医师：", 3.8, body)
    p.text(24 + text_width("经治医师：", 3.8, body) + 1, y - 0.4, doctor, 5.2, "kai", color=INK_BLUE)
    p.text(110, y, "科主任：", 3.8, body)
    p.text(110 + text_width("科主任：", 3.8, body) + 1, y - 0.4, chief, 5.0, "kai", color=INK_BLUE)
    y += 14
    p.text(24, y, "医务科审核意见：", 3.8, body)
    p.text(24 + text_width("医务科审核意见：", 3.8, body) + 1, y - 0.3, rng.choice(("情况属实", "属实")), 4.8, "kai",
           color=INK_BLUE)
    y += 16
    p.text(186, y, f"{hospital}医务科" if rng.random() < 0.5 else hospital, 3.8, body, "rm")
    p.text(186, y + 9, cn_date(issued), 3.8, body, "rm")
    if sealed:
        p.seal(160 + rng.uniform(-5, 5), y + 4 + rng.uniform(-2, 2), 17 * rng.uniform(0.95, 1.05), hospital[:14],
               rng.choice(("医务科", "疾病证明专用章", "医务处")), rng.uniform(-25, 25), (205, 35, 45),
               rng.randrange(1 << 30))
    p.line(20, 272, 190, 272, 0.3, accent)
    street = rng.choice(hh.unit.streets)
    p.text(105, 278, f"地址：{hh.unit.city}市{street}{rng.randrange(1, 300)}号    电话：{hh.unit.phone_area}-"
           f"{rng.randrange(80000000, 89999999)}", 2.8, body, "mm", (90, 90, 90))
    p.text(105, 284, "本证明涂改无效，未加盖公章无效", 2.6, body, "mm", (90, 90, 90))
    fields = {"医院名称": hospital, "姓名": name, "性别": person["性别"], "年龄": age, "诊断": "；".join(lines),
              "出具日期": issued.isoformat(), "医师": doctor, "是否盖章": sealed}
    p.fields = dict(fields)
    return Document("诊断证明", [p], fields, person=name, material="致困原因证明")


# ---------------------------------------------------------------------------------------------------------
# 残疾人证: the 残疾人证电子证照 as its issuing platform renders it on A4 (a printed 版式文件): the certificate's
# title over a framed 照面信息 table of shaded label cells and two pairs a row, the photo beside the first rows,
# the federation's electronic seal, the 证照标识 and a QR code for checking, a download line at the foot
# ---------------------------------------------------------------------------------------------------------
@layout("残疾人证", "残疾人证/轮换9")
def disability_ecert(hh: Household, name: str, rng: random.Random) -> Document:
    f = _disability_facts(hh, name, rng)
    person = f["person"]
    issuer = f"{hh.unit.city}市残疾人联合会"
    issued: date = f["issued"]
    colour = rng.random() < 0.5
    p = Page(*A4, mono=not colour, tone=0.0 if colour else round(rng.uniform(0.0, 0.45), 2))
    accent = rng.choice(((30, 100, 60), (140, 40, 40), (40, 70, 140)))
    lf = rng.choice(("sans", "hei"))
    p.rect(14, 14, 196, 200, 1.0, accent)
    p.rect(16.5, 16.5, 193.5, 197.5, 0.3, accent)
    p.text(105, 30, "中华人民共和国残疾人证", 6.2, "bold", "mm", accent)
    p.text(105, 39, "（电子证照）", 3.4, lf, "mm", accent)
    shade = {(30, 100, 60): (232, 240, 232), (140, 40, 40): (242, 232, 232), (40, 70, 140): (230, 234, 244)}[accent]
    x0, x1 = 24.0, 186.0
    photo_w = 30.0
    tw = x1 - x0 - photo_w - 4
    lw, vw = 22.0, tw / 2 - 22.0
    y = 48.0
    h = 11.0
    born = date.fromisoformat(person["出生日期"])
    date_text = cn_date(issued) if rng.random() < 0.6 else issued.isoformat()

    def cell(x: float, yy: float, w: float, text: str, label: bool, mono: bool = False) -> None:
        p.rect(x, yy, x + w, yy + h, 0.2, (120, 120, 120), fill=shade if label else None)
        if label:
            p.fit(x, yy, x + w, yy + h, text, 3.0, lf)
        else:
            p.fit(x, yy, x + w, yy + h, text, 3.4 if not mono else 3.2, "heimono" if mono else "sans", "left", pad=1.5)

    beside = [("姓名", name, "性别", person["性别"]), ("民族", person["民族"], "出生日期", cn_date(born)),
              ("残疾类别", f["category"], "残疾等级", f["grade"])]
    for l1, v1, l2, v2 in beside:
        cell(x0, y, lw, l1, True)
        cell(x0 + lw, y, vw, v1, False)
        cell(x0 + lw + vw, y, lw, l2, True)
        cell(x0 + 2 * lw + vw, y, vw, v2, False)
        y += h
    p.rect(x1 - photo_w, 48, x1, 48 + 3 * h, 0.2, (120, 120, 120), fill=(98, 98, 104))  # the photo
    p.rect(x1 - photo_w + 10, 52, x1 - 10, 62, 0.1, (60, 60, 66), fill=(60, 60, 66))
    p.rect(x1 - photo_w + 6, 64, x1 - 6, 48 + 3 * h, 0.1, (54, 54, 60), fill=(54, 54, 60))
    wide = x1 - x0 - lw
    for label, value, mono in (("残疾人证号", f["number"], True), ("身份证号", person["身份证号"], True),
                               ("住址", hh.record["家庭住址"].removesuffix("（租住）"), False)):
        cell(x0, y, lw, label, True)
        cell(x0 + lw, y, wide, value, False, mono)
        y += h
    guardian = hh.record["姓名"] if f["category"] in ("智力残疾", "精神残疾") and name != hh.record["姓名"] else "无"
    until = date(issued.year + 10, issued.month, min(issued.day, 28))
    for l1, v1, l2, v2 in (("监护人", guardian, "有效期至", cn_date(until)), ("发证机关", issuer, "发证日期", date_text)):
        half = (x1 - x0) / 2 - lw
        cell(x0, y, lw, l1, True)
        cell(x0 + lw, y, half, v1, False)
        cell(x0 + lw + half, y, lw, l2, True)
        cell(x0 + 2 * lw + half, y, half, v2, False)
        y += h
    p.seal(150 + rng.uniform(-6, 6), y + 16, 16, issuer[:14], "电子印章", rng.uniform(-10, 10), (215, 30, 40),
           rng.randrange(1 << 30))
    side = 26.0
    _qr(p, x0 + 2, y + 8, side, rng)
    p.text(x0 + 2 + side / 2, y + side + 12, "扫码核验", 2.8, lf, "mm")
    mark = f"1.2.156.3005.2.{rng.randrange(10 ** 8, 10 ** 9)}.{rng.randrange(1000, 9999)}.{issued.year}.001"
    p.text(x0, 190, f"证照标识：{mark}", 2.5, "sans", color=(90, 90, 90))
    got = hh.created - timedelta(days=rng.randrange(1, 30))
    p.text(105, 212, f"本电子证照由{issuer}签发，与实体证照具有同等效力。", 3.0, lf, "mm", (70, 70, 70))
    p.text(105, 219, f"下载时间：{got.isoformat()} {rng.randrange(8, 20):02d}:{rng.randrange(0, 60):02d}    "
           f"用途：{rng.choice(('困难职工帮扶', '工会建档', '帮扶申请'))}", 2.8, "sans", "mm", (70, 70, 70))
    p.text(105, 287, "第 1 页 共 1 页", 2.6, "sans", "mm", (110, 110, 110))
    fields = {"姓名": name, "性别": person["性别"], "身份证号": person["身份证号"], "残疾人证号": f["number"],
              "残疾类别": f["category"], "残疾等级": f["grade"], "发证日期": issued.isoformat()}
    p.fields = dict(fields)
    return Document("残疾人证", [p], fields, person=name, material="致困原因证明")
