"""Printings of the 其他 papers added with rotation 9 (2026-12-06), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from REAL-DOCUMENTS.md and the seeds with the parts of ``render``, ``papers_rotation3``, ``papers_rotation4``,
``other_rotation5``, ``other_rotation6`` and ``other_rotation8``; each keeps the signature of its kind's first layout
and the 其他 truth of ``render._other`` (材料名称, 姓名, 日期), every value of which is printed on the page.
"""

from __future__ import annotations

import math
import random
from datetime import date, timedelta

from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.other_rotation5 import _name, rmb_upper
from dangan.synth.other_rotation6 import LANDSCAPE, _typed_lines
from dangan.synth.other_rotation8 import FINGER_RED, _fit_size, _hand_date, _hand_lines
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.papers_rotation4 import _barcode
from dangan.synth.render import A4, Document, Style, _other, _student, cn_date

MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
GREY = (150, 150, 150)


def _seal_colour(rng: random.Random) -> tuple[int, int, int]:
    return rng.randrange(185, 230), rng.randrange(20, 60), rng.randrange(20, 60)


def _emblem(p: Page, cx: float, cy: float, r: float, color: tuple[int, int, int]) -> None:
    """A round emblem: two rings and a five-pointed star."""
    for rr in (r, r * 0.82):
        pts = [(cx + rr * math.cos(a / 24 * 2 * math.pi), cy + rr * math.sin(a / 24 * 2 * math.pi)) for a in range(25)]
        p.poly(pts, 0.3, color)
    star = [(cx + r * 0.5 * math.cos(-math.pi / 2 + k * 4 * math.pi / 5),
             cy + r * 0.5 * math.sin(-math.pi / 2 + k * 4 * math.pi / 5)) for k in range(6)]
    p.poly(star, 0.3, color)


def _vdash(p: Page, x: float, y0: float, y1: float, color: tuple[int, int, int] = GREY) -> None:
    y = y0
    while y < y1:
        p.line(x, y, x, min(y + 1.6, y1), 0.2, color)
        y += 3.0


# ---------------------------------------------------------------------------------------------------------
# 证明: the issuer's typed 证明 on its letterhead (emblem, name, address / 电话 / 传真 line), addressed to the
# union, received by fax: the fax machine's header line across the top, the copy grey with streaks, the
# union clerk's note of what it is written under it
# ---------------------------------------------------------------------------------------------------------
@layout("其他/证明", "证明/轮换9")
def certificate_faxed(hh: Household, rng: random.Random, kind: str, name: str, heading: str, body: str,
                      issuer: str, ring: str, day: date, centre: str = "") -> Document:
    p = Page(*A4, paper=(246, 246, 243), mono=True, tone=round(rng.uniform(0.25, 0.7), 2))
    area = hh.unit.phone_area
    fax_from = f"{area}{rng.randrange(10**7, 10**8)}"
    hour, minute = rng.randrange(8, 18), rng.randrange(60)
    stamp = rng.choice((f"{day.isoformat()} {hour:02d}:{minute:02d}",
                        f"{MONTHS[day.month - 1]}-{day.day:02d}-{day.year} {hour:02d}:{minute:02d}",
                        f"{day.year}/{day.month:02d}/{day.day:02d} {hour:02d}:{minute:02d}"))
    p.text(8, 6, stamp, 2.6, "heimono", "lm")
    p.text(82, 6, f"FROM : {fax_from}", 2.6, "heimono", "lm")
    p.text(202, 6, rng.choice(("P.001/001", "P. 1", "第1页/共1页")), 2.6, "heimono", "rm")
    for _ in range(rng.randrange(2, 6)):  # the fax's streaks
        y = rng.uniform(40, 285)
        p.line(2, y, 208, y, rng.uniform(0.15, 0.4), (205, 205, 205))
    lf = rng.choice(("serif", "sans", "hei"))
    x0, x1 = 22.0, 188.0
    head = (60, 60, 60)
    _emblem(p, x0 + 8, 22, 7.5, head)
    isz = _fit_size(issuer, 6.0, "serifbold", x1 - x0 - 22)
    p.text(x0 + 20, 20, issuer, isz, "serifbold", "lm", head)
    street = rng.choice(hh.unit.streets)
    contact = (f"地址：{hh.unit.city}市{street}{rng.randrange(1, 300)}号    电话：{area}-{rng.randrange(10**7, 10**8)}"
               f"    传真：{area}-{fax_from[len(area):]}")
    p.text(x0 + 20, 27.5, contact, _fit_size(contact, 2.7, lf, x1 - x0 - 22), lf, "lm", head)
    p.line(x0, 32, x1, 32, 0.7, head)
    p.line(x0, 33.3, x1, 33.3, 0.2, head)
    p.text(105, 50, heading, 6.4, "serifbold" if lf != "hei" else "hei", "mm")
    union = f"{hh.unit.employer}工会"
    p.text(x0, 64, f"{union}：", 4.0, lf)
    y = _typed_lines(p, x0, 73, x1 - x0, body, 4.0, lf, 8.2, indent=8.0)
    if "特此证明" not in body:
        p.text(x0 + 8, y, "特此证明。", 4.0, lf)
        y += 8.2
    y += 14
    p.text(x1 - 6, y, issuer, _fit_size(issuer, 4.0, lf, 90), lf, "rm")
    p.text(x1 - 6, y + 9, cn_date(day), 4.0, lf, "rm")
    p.seal(x1 - 34 + rng.uniform(-5, 5), y + 3 + rng.uniform(-3, 3), 17 * rng.uniform(0.95, 1.05), ring[:14], centre,
           rng.uniform(-25, 25), _seal_colour(rng), rng.randrange(1 << 30))
    y += 26
    p.text(x0, y, f"联系人：{_name(rng)}    联系电话：{area}-{rng.randrange(10**7, 10**8)}", 3.2, lf)
    st = Style.draw(rng, typed=False)
    ny = rng.uniform(max(y + 22, 240), 270)
    note = f"{kind}（传真件），原件另送。"
    p.text(rng.uniform(24, 60), ny, note, 4.6, "kai", "lm", st.color)
    p.text(rng.uniform(120, 150), ny + 10, f"收件：{hh.record['建档人']}", 4.4, "kai", "lm", st.color)
    return _other(kind, name, day, p, heading)


# ---------------------------------------------------------------------------------------------------------
# 票据: the stationery-shop 收据 a small clinic or a school's office writes out by hand (今收到 … 交来 …,
# 人民币（大写）… ¥ …, the payee's seal, 收款人 / 经手人, the part number down the right edge, the stub's
# perforation on the left), one to three of them from one book copied on an A4, checked by the clerk
# ---------------------------------------------------------------------------------------------------------
def _hand_receipt(rng: random.Random, st: Style, kind: str, name: str, payee: str, paid: list[str], day: date,
                  serial: int, centre: str, form: tuple[int, int, int], lf: str, part: str) -> Page:
    w, h = 178.0, 86.0
    p = Page(w, h, paper=(252, 252, 248))
    _vdash(p, 6, 3, h - 3)
    xa, xb = 12.0, w - 12.0
    p.text(w / 2, 10, "收    据", 6.8, "serifbold", "mm", form)
    tw = text_width("收    据", 6.8, "serifbold")
    p.line(w / 2 - tw / 2 - 2, 14.2, w / 2 + tw / 2 + 2, 14.2, 0.4, form)
    p.line(w / 2 - tw / 2 - 2, 15.2, w / 2 + tw / 2 + 2, 15.2, 0.2, form)
    p.text(xb, 9, "No", 3.2, "serif", "rm", form)
    p.text(xb + 0.5, 15, f"{serial:07d}", 3.6, "heimono", "rm", (180, 40, 40))
    _hand_date(p, st, w / 2 - 17, 21, day, 3.2, lf, form)
    ink = st.color

    def hand(x: float, y: float, s: str, width: float, size: float = 4.6) -> None:
        p.text(x + st.rng.uniform(0, 2), y - 0.8 + st.rng.uniform(-0.5, 0.3), s, _fit_size(s, size, "kai", width), "kai",
               "lm", ink)

    y = 33.0
    p.text(xa, y, "今收到", 3.6, lf, "lm", form)
    lx = xa + text_width("今收到", 3.6, lf) + 1
    p.line(lx, y + 2.2, xb, y + 2.2, 0.2, form)
    hand(lx + 6, y, name, xb - lx - 8)
    y += 10
    p.text(xa, y, "交    来", 3.6, lf, "lm", form)
    lx = xa + text_width("交    来", 3.6, lf) + 1
    p.line(lx, y + 2.2, xb, y + 2.2, 0.2, form)
    hand(lx + 4, y, "、".join(paid), xb - lx - 6)
    y += 10
    if kind == "学费票据":
        amount = float(rng.randrange(8, 70) * 100 if "学费" in paid else rng.randrange(3, 16) * 100) + rng.choice((0, 0, 50))
    else:
        amount = rng.randrange(40, 4000) + rng.randrange(100) / 100
    p.text(xa, y, "人民币（大写）", 3.6, lf, "lm", form)
    lx = xa + text_width("人民币（大写）", 3.6, lf) + 1
    rx = xb - 42
    p.line(lx, y + 2.2, rx - 3, y + 2.2, 0.2, form)
    hand(lx + 2, y, rmb_upper(amount), rx - lx - 6)
    p.text(rx, y, "¥", 3.8, lf, "lm", form)
    p.line(rx + 4, y + 2.2, xb, y + 2.2, 0.2, form)
    hand(rx + 6, y, f"{amount:.2f}", xb - rx - 8)
    y += 14
    p.text(xa, y, "收款单位（盖章）", 3.2, lf, "lm", form)
    p.text(xa + 2, y + 8, payee, _fit_size(payee, 3.6, "kai", 62), "kai", "lm", ink)
    p.text(xa + 80, y + 8, "收款人", 3.2, lf, "lm", form)
    hand(xa + 92, y + 8.8, _name(rng), 20, 4.2)
    p.text(xa + 118, y + 8, "经手人", 3.2, lf, "lm", form)
    hand(xa + 130, y + 8.8, _name(rng), 22, 4.2)
    p.seal(xa + 34 + rng.uniform(-6, 8), y + 3 + rng.uniform(-3, 2), 11.5, payee[:14], centre, rng.uniform(-25, 25),
           _seal_colour(rng), rng.randrange(1 << 30))
    for i, ch in enumerate(part):
        p.text(w - 4.5, 18 + i * 7.5, ch, 3.0, lf, "mm", form)
    return p


@layout("其他/票据", "票据/轮换9")
def receipt_handwritten_book(hh: Household, rng: random.Random, kind: str, name: str, payee: str, items: str,
                             day: date, title: str, centre: str) -> Document:
    fees = [c.strip() for c in items.split(" / ")]
    n = rng.choice((1, 1, 2, 3)) if len(fees) >= 3 else rng.randrange(1, len(fees) + 1)
    # one receipt for all the fees, or the fees shared out over the receipts of one book
    shares = [fees] if n == 1 else [fees[i::n] for i in range(n)]
    part = rng.choice(("第二联交客户", "第二联客户联", "第二联收据联"))
    st = Style.draw(rng, typed=False)
    form = rng.choice(((40, 70, 140), (170, 50, 60), (40, 110, 80), BLACK))
    lf = rng.choice(("serif", "sans", "hei"))
    serial = rng.randrange(10**5, 10**7 - 10)
    sheet = Page(*A4, paper=(248, 248, 246))
    k = 1.0 if n < 3 else 0.95
    y = rng.uniform(10, 18)
    for i, share in enumerate(shares):
        slip = _hand_receipt(rng, st, kind, name, payee, share, day, serial + i, centre, form, lf, part)
        embed_scaled(sheet, slip, (210 - slip.w * k) / 2 + rng.uniform(-3, 3), y, k)
        y += slip.h * k + rng.uniform(3, 6)
    clerk = Style.draw(rng, typed=False)
    ny = min(y + rng.uniform(8, 14), 276.0)
    sheet.text(rng.uniform(20, 34), ny, f"以上{kind}共{n}张，复印件与原件一致。", 4.8, "kai", "lm", clerk.color)
    sheet.text(rng.uniform(120, 140), min(ny + 11, 290), f"核对人：{hh.record['建档人']}", 4.6, "kai", "lm", clerk.color)
    if rng.random() < 0.7:
        sheet.mono, sheet.tone = True, round(rng.uniform(0.0, 0.55), 2)
    return _other(kind, name, day, sheet)


# ---------------------------------------------------------------------------------------------------------
# 录取通知书: the EMS 录取通知书 envelope (邮编 boxes, the household's address and the pupil's name typed by the
# school's mail merge, the waybill's bar code, the school's 招生办 as sender) and the notice it held, an A5
# leaf in a decorated frame, both on one A4 copy, envelope above
# ---------------------------------------------------------------------------------------------------------
def _envelope(hh: Household, rng: random.Random, child: str, school: str) -> Page:
    w, h = 220.0, 110.0
    p = Page(w, h, paper=(250, 248, 240))
    ems = (30, 90, 60)
    for i, digit in enumerate(hh.unit.postcode):
        p.rect(10 + i * 9, 8, 17 + i * 9, 16, 0.35, (200, 60, 50))
        p.text(13.5 + i * 9, 12, digit, 4.6, "heimono", "mm")
    p.rect(w - 62, 6, w - 8, 30, 0.5, ems)
    p.text(w - 35, 12, "中国邮政  EMS", 4.2, "bold", "mm", ems)
    p.text(w - 35, 19, "特快专递", 3.6, "bold", "mm", ems)
    p.text(w - 35, 25.5, "录取通知书专用", 3.2, "sans", "mm", ems)
    r = hh.record
    phone = r["手机号码"]
    masked = f"{phone[:3]}****{phone[-4:]}"
    p.text(20, 40, "收件人地址：", 3.2, "sans", "lm", (90, 90, 90))
    addr = r["家庭住址"].split("（")[0]  # the address as the school has it, without the household's own note
    p.text(20, 48, addr, _fit_size(addr, 5.0, "hei", w - 40), "hei", "lm")
    p.text(60, 64, f"{child}  同学  收", 8.0, "hei", "lm")
    p.text(20, 76, f"电话：{masked}", 3.8, "hei", "lm")
    bar_no = f"E{rng.choice('LMZ')}{rng.randrange(10**8, 10**9)}CN"
    _barcode(p, rng, 20, 82, 58, 12)
    p.text(49, 98, bar_no, 3.2, "heimono", "mm")
    sender = f"{school}招生办公室"
    p.text(w - 12, 88, sender, _fit_size(sender, 4.0, "sans", 100), "sans", "rm")
    p.text(w - 12, 96, f"{hh.unit.city}市{rng.choice(hh.unit.streets)}{rng.randrange(1, 400)}号  邮编：{hh.unit.postcode}",
           3.0, "sans", "rm", (80, 80, 80))
    p.line(w - 100, 101.5, w - 12, 101.5, 0.2, (120, 120, 120))
    return p


@layout("其他/录取通知书", "录取通知书/轮换9")
def admission_with_envelope(hh: Household, rng: random.Random) -> Document:
    child = _student(hh)
    school = child.get("单位或学校") or "某中学"
    year = int(child.get("入学年份") or hh.created.year)
    day = date(year, rng.choice((7, 7, 8)), rng.randrange(1, 29))
    years = child.get("年制") or 3
    level = str(child.get("当前学历") or "")
    if "大学" in level or "本科" in level or "专" in level:
        major = rng.choice(("机械设计制造及其自动化专业", "护理学专业", "会计学专业", "计算机科学与技术专业", "汉语言文学专业"))
        text = (f"经{hh.unit.province if hh.unit.province != '杭州' else '浙江'}省教育考试院批准，你被录取到我校{major}"
                f"学习，学制{years}年。请于{year}年9月{rng.randrange(1, 10)}日凭本通知书到校报到。")
    else:
        major = (rng.choice(("机电技术应用专业", "会计事务专业", "计算机应用专业")) + "学生") if "职" in level else "高一新生"
        text = (f"经{hh.unit.city}市{year}年高中阶段学校招生录取工作领导小组审核批准，你被我校录取为{year}级{major}"
                f"（学制{years}年）。请于{year}年8月{rng.randrange(20, 31)}日持本通知书及户口簿复印件到校报到。")
    sheet = Page(*A4, paper=(248, 248, 246), mono=True, tone=round(rng.uniform(0.05, 0.55), 2))
    env = _envelope(hh, rng, child["姓名"], school)
    ke = rng.choice((0.8, 0.82, 0.84))
    ey = rng.uniform(8, 14)
    embed_scaled(sheet, env, (210 - env.w * ke) / 2 + rng.uniform(-4, 4), ey, ke)
    nw, nh = 148.0, 210.0
    note = Page(nw, nh, paper=(254, 251, 240))
    frame = rng.choice(((150, 30, 40), (30, 60, 120), (150, 110, 40)))
    note.rect(5, 5, nw - 5, nh - 5, 1.2, frame)
    note.rect(7.5, 7.5, nw - 7.5, nh - 7.5, 0.3, frame)
    note.text(nw - 14, 15, f"编号：{year % 100:02d}{rng.randrange(10**4, 10**5)}", 2.8, "serif", "rm")
    _emblem(note, nw / 2, 30, 8, frame)
    note.text(nw / 2, 46, school, _fit_size(school, 6.0, "serifbold", nw - 30), "serifbold", "mm", frame)
    note.text(nw / 2, 62, "录 取 通 知 书", 9.0, "serifbold", "mm", (180, 30, 40))
    font = rng.choice(("serif", "sans"))
    nx = 18.0
    nwid = text_width(child["姓名"], 5.4, "kai") + 12
    note.line(nx, 82.5, nx + nwid, 82.5, 0.25)
    note.text(nx + 6, 80.5 + rng.uniform(-0.5, 0.3), child["姓名"], 5.4, "kai", "lm", INK_BLUE)
    note.text(nx + nwid + 1, 80.5, "同学：", 4.2, font)
    y = _typed_lines(note, nx, 92, nw - 2 * nx, text, 4.0, font, 8.6, indent=8.0)
    note.text(nx + 8, y, "特此通知。", 4.0, font)
    y = max(y + 22, 160.0)
    note.text(nw - 18, y, school, _fit_size(school, 4.0, font, 80), font, "rm")
    note.text(nw - 18, y + 9, cn_date(day), 4.0, font, "rm")
    note.seal(nw - 42 + rng.uniform(-5, 5), y + 3 + rng.uniform(-3, 3), 15, school[:12], "", rng.uniform(-20, 20),
              _seal_colour(rng), rng.randrange(1 << 30))
    note.text(nw / 2, nh - 13, f"咨询电话：{hh.unit.phone_area}-{rng.randrange(10**7, 10**8)}", 2.8, font, "mm", frame)
    kn = rng.choice((0.78, 0.8))
    top = ey + env.h * ke + rng.uniform(6, 10)
    embed_scaled(sheet, note, (210 - nw * kn) / 2 + rng.uniform(-12, 12), min(top, 297 - nh * kn - 4), kn)
    return _other("录取通知书", child["姓名"], day, sheet)


# ---------------------------------------------------------------------------------------------------------
# 银行卡: the union's printed 银行卡复印件粘贴处 sheet with, pasted in its frame in place of the card (lost, being
# replaced), a printed screenshot of the bank's phone app 账户详情 (户名, 卡号 with 复制, 账户类型, 开户网点, 联行号),
# the worker's explanation written under it, signed and dated
# ---------------------------------------------------------------------------------------------------------
def _app_screen(rng: random.Random, name: str, card: str, bank: str, branch: str) -> Page:
    w, h = 70.0, 150.0
    p = Page(w, h, paper=(244, 245, 248))
    p.text(5, 4, f"{rng.randrange(8, 22)}:{rng.randrange(60):02d}", 2.6, "sans", "lm")
    for i in range(4):  # signal bars and the battery
        p.rect(w - 22 + i * 1.5, 5 - i * 0.5, w - 21.2 + i * 1.5, 5.4, 0.05, BLACK, fill=BLACK)
    p.rect(w - 10, 3, w - 4, 5.4, 0.2)
    p.rect(w - 10, 3, w - 10 + 6 * rng.uniform(0.3, 0.95), 5.4, 0.05, BLACK, fill=BLACK)
    p.text(5, 13, "<", 4.0, "sans", "lm")
    p.text(w / 2, 13, "账户详情", 3.8, "bold", "mm")
    brand = rng.choice(((190, 40, 40), (30, 80, 150), (20, 120, 90), (200, 120, 30)))
    p.rect(4, 19, w - 4, 46, 0.1, brand, fill=brand)
    p.text(8, 25, bank, 3.6, "bold", "lm", (250, 250, 250))
    p.text(w - 8, 25, rng.choice(("借记卡", "储蓄卡", "I类账户")), 2.8, "sans", "rm", (250, 250, 250))
    spaced = " ".join(card[i:i + 4] for i in range(0, len(card), 4))
    p.text(8, 35, spaced, _fit_size(spaced, 3.4, "hei", w - 16), "hei", "lm", (250, 250, 250))
    p.text(8, 42, "余额 ******", 2.6, "sans", "lm", (235, 235, 235))
    rows = [("户名", name), ("卡号", card), ("账户类型", rng.choice(("I类账户", "个人结算账户"))),
            ("开户银行", bank), ("开户网点", branch), ("联行号", f"{rng.randrange(100, 999)}{rng.randrange(10**8, 10**9)}"),
            ("币种", "人民币"), ("账户状态", "正常")]
    y = 54.0
    for lab, val in rows:
        p.line(4, y + 4.5, w - 4, y + 4.5, 0.1, (200, 200, 205))
        p.text(6, y, lab, 2.9, "sans", "lm", (110, 110, 110))
        right = w - (16 if lab == "卡号" else 6)
        p.text(right, y, val, _fit_size(val, 3.0, "sans", right - 22), "sans", "rm")
        if lab == "卡号":
            p.text(w - 6, y, "复制", 2.6, "sans", "rm", brand)
        y += 9.0
    p.rect(10, h - 22, w - 10, h - 13, 0.1, brand, fill=brand)
    p.text(w / 2, h - 17.5, rng.choice(("分享账户信息", "保存到相册")), 3.2, "sans", "mm", (250, 250, 250))
    p.rect(w / 2 - 12, h - 4, w / 2 + 12, h - 3, 0.05, BLACK, fill=BLACK)
    return p


@layout("其他/银行卡", "银行卡/轮换9")
def bank_app_screenshot(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    lf = rng.choice(("serif", "sans", "hei"))
    sheet = Page(*A4)
    title = rng.choice(("银行卡复印件粘贴处", "帮扶资金发放银行卡复印件（粘贴处）"))
    sheet.text(105, 20, title, 5.6, "serifbold" if lf == "serif" else "bold", "mm")
    sheet.text(105, 28, f"申请人：{r['姓名']}", 4.2, "kai", "mm", INK_BLUE)
    fx0, fy0, fx1, fy1 = 25.0, 36.0, 185.0, 206.0
    x = fx0
    while x < fx1:
        sheet.line(x, fy0, min(x + 3, fx1), fy0, 0.25, GREY)
        sheet.line(x, fy1, min(x + 3, fx1), fy1, 0.25, GREY)
        x += 5
    _vdash(sheet, fx0, fy0, fy1)
    _vdash(sheet, fx1, fy0, fy1)
    screen = _app_screen(rng, r["姓名"], r["银行卡号"], r["开户银行"], f"{r['开户银行']}{r['支行名称']}")
    k = rng.choice((1.0, 1.05))
    embed_scaled(sheet, screen, (210 - screen.w * k) / 2 + rng.uniform(-25, 25), fy0 + 4 + rng.uniform(0, 4), k)
    sheet.text(fx1 - 2, fy1 + 4, "（请将银行卡正反面复印件粘贴于框内）", 2.8, lf, "rm", (110, 110, 110))
    st = Style.draw(rng, typed=False)
    day = hh.created - timedelta(days=rng.randrange(1, 25))
    note = (f"说明：本人{r['开户银行']}借记卡原卡已挂失补办，新卡尚未领取，现以手机银行账户详情截图代替，卡号"
            f"{r['银行卡号']}不变，开户行{r['支行名称']}，请将帮扶资金发放至该账户。")
    y = _hand_lines(sheet, st, 25, fy1 + 16, 160, note, 4.5, 10, indent=9)
    sheet.text(110, y + 8, f"本人签字：{r['姓名']}", 4.8, "kai", "lm", st.color)
    sheet.text(110, y + 19, cn_date(day) if rng.random() < 0.6 else f"{day:%Y.%m.%d}", 4.6, "kai", "lm", st.color)
    if rng.random() < 0.8:
        sheet.mono, sheet.tone = True, round(rng.uniform(0.0, 0.45), 2)
    return _other("银行卡复印件", r["姓名"], day, sheet, "银行卡复印件")


# ---------------------------------------------------------------------------------------------------------
# 授权书: the 授权书 with the applicant's particulars written on a line under the title, the authorisation
# printed whole, then a table turned on its side: one column per adult of the household (姓名, 与申请人关系,
# 公民身份号码, 本人签字, 手印), a spare column, the signing date and the applicant's line under it
# ---------------------------------------------------------------------------------------------------------
@layout("其他/授权书", "授权书/轮换9")
def authorisation_columns(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng, typed=False)
    lf = rng.choice(("serif", "sans", "hei"))
    day = hh.created - timedelta(days=rng.randrange(8, 35))
    p = Page(*A4)
    p.text(105, 22, "授  权  书", 7.2, "serifbold" if lf == "serif" else "bold", "mm")
    x0, x1 = 20.0, 190.0
    y = 36.0
    ink = st.color

    def blank(x: float, label: str, value: str, width: float, size: float = 4.6) -> None:
        p.text(x, y, label, 3.6, lf)
        lx = x + text_width(label, 3.6, lf) + 1
        p.line(lx, y + 2.4, lx + width, y + 2.4, 0.2)
        p.text(lx + 2 + rng.uniform(0, 2), y - 0.6 + rng.uniform(-0.4, 0.3), value, _fit_size(value, size, "kai", width - 3),
               "kai", "lm", ink)

    blank(x0, "申请人：", r["姓名"], 28)
    blank(x0 + 46, "工作单位：", r["工作单位"], 64)
    blank(x0 + 130, "电话：", r["手机号码"], 30, 4.2)
    y += 12
    text = ("本人及下列共同生活的家庭成员，因申请困难职工建档帮扶，自愿授权" + f"{hh.unit.employer}工会"
            + "及其委托的核对机构，向民政、人力资源社会保障、住房和城乡建设、自然资源、公安、市场监管、税务、住房公积金管理"
            "等部门以及银行、证券、保险等金融机构，查询、核对本家庭成员的收入、财产和社会保障等信息。查询核对结果仅用于"
            "困难职工家庭认定和帮扶工作，被授权单位应依法保密。本授权自签字之日起生效，至本家庭困难职工档案注销之日止。"
            "我们承诺所提供的材料真实有效，如有隐瞒或虚报，自愿退还所领取的帮扶资金并承担相应责任。")
    y = _typed_lines(p, x0, y, x1 - x0, text, 3.7, lf, 7.2, indent=7.4)
    y += 2
    people = [hh.householder(), *[m for m in hh.members if m["年龄"] >= 18]][:5]
    cols = min(5, max(3, len(people) + 1))
    lw = 27.0
    cw = (x1 - x0 - lw) / cols
    rows = (("姓    名", 11.0), ("与申请人关系", 11.0), ("公民身份号码", 13.0), ("本人签字", 16.0), ("手    印", 18.0))
    p.rect(x0, y, x1, y + 9, 0.3)
    p.text(x0 + lw / 2, y + 4.5, "项  目", 3.3, lf, "mm")
    for c in range(cols):
        p.line(x0 + lw + c * cw, y, x0 + lw + c * cw, y + 9, 0.3)
        p.text(x0 + lw + (c + 0.5) * cw, y + 4.5, "申请人" if c == 0 else f"家庭成员{c}", 3.3, lf, "mm")
    y += 9
    for lab, rh in rows:
        p.rect(x0, y, x1, y + rh, 0.3)
        p.fit(x0, y, x0 + lw, y + rh, lab, 3.3, lf)
        for c in range(cols):
            cx = x0 + lw + c * cw
            p.line(cx, y, cx, y + rh, 0.3)
            if c >= len(people):
                continue
            person = people[c]
            mid = cx + cw / 2 + rng.uniform(-1, 1)
            if lab.startswith("姓"):
                p.text(mid, y + rh / 2, person["姓名"], 4.4, "kai", "mm", ink)
            elif lab.startswith("与"):
                p.text(mid, y + rh / 2, "本人" if c == 0 else person["关系"], 4.2, "kai", "mm", ink)
            elif lab.startswith("公"):
                ident = person["身份证号"]
                p.text(mid, y + rh / 2, ident, _fit_size(ident, 3.8, "kai", cw - 2.5), "kai", "mm", ink)
            elif lab.startswith("本"):
                sig = rng.choice((INK_BLUE, BLACK, ink))
                p.text(mid, y + rh / 2 + rng.uniform(-1, 1), person["姓名"], 5.4, "kai", "mm", sig)
            else:
                p.seal(mid, y + rh / 2, 3.4, "", "", 0.0, FINGER_RED, rng.randrange(1 << 20))
        y += rh
    y += 9
    p.text(x0, y, "签字日期：", 3.6, lf)
    _hand_date(p, st, x0 + text_width("签字日期：", 3.6, lf) + 1, y, day, 3.6, lf)
    p.text(x0 + 95, y, "申请人（签字）：", 3.6, lf)
    p.text(x0 + 95 + text_width("申请人（签字）：", 3.6, lf) + 2, y + rng.uniform(-0.5, 0.3), r["姓名"], 5.0, "kai", "lm", ink)
    y += 12
    notes = ("说明：1. 申请人及共同生活的年满18周岁家庭成员均须在本人栏内亲笔签字并按手印；",
             "2. 家庭成员超过四人的，可另附页；未成年人由监护人代为签署；",
             "3. 本授权书一式两份，工会和申请人各执一份。")
    for i, ln in enumerate(notes):
        p.text(x0 + (0 if i == 0 else 10.6), min(y + i * 5.6, 288), ln, 2.9, lf)
    if rng.random() < 0.5:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("授权书", r["姓名"], day, p, "授权书（声明书）")


# ---------------------------------------------------------------------------------------------------------
# 会议记录: a landscape 民主评议会议记录 whose body is the marking grid: one row per household under review (序号, 姓名,
# 家庭人口, 主要困难), one column per member of the panel headed by the member's own signature, each cell ticked or
# crossed by hand, 同意 / 不同意 counted, 评议结果; the sitting's particulars above it, the 评议意见 under it
# ---------------------------------------------------------------------------------------------------------
@layout("其他/会议记录", "会议记录/轮换9")
def minutes_marking_grid(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng, typed=False)
    lf = rng.choice(("serif", "sans", "hei"))
    day = hh.publicity_start - timedelta(days=rng.randrange(1, 8))
    due = rng.randrange(7, 12)
    present = due - rng.choice((0, 0, 1))
    panel = [r["审核人"], r["建档人"], *[_name(rng) for _ in range(present - 2)]]
    rng.shuffle(panel)
    p = Page(*LANDSCAPE)
    W = LANDSCAPE[0]
    x0, x1 = 12.0, W - 12.0
    head = f"{hh.unit.employer}工会"
    p.text(W / 2, 13, head, _fit_size(head, 4.0, lf, 200), lf, "mm")
    p.text(W / 2, 23, "民主评议会议记录", 6.8, "serifbold" if lf == "serif" else "bold", "mm")
    p.text(W / 2, 30.5, "（困难职工建档对象评议情况登记）", 3.4, lf, "mm")
    ink = st.color

    def field(x: float, y: float, label: str, value: str, width: float) -> None:
        p.text(x, y, label, 3.4, lf)
        lx = x + text_width(label, 3.4, lf) + 1
        p.line(lx, y + 2.3, lx + width, y + 2.3, 0.2)
        p.text(lx + 1.5 + st.rng.uniform(0, 1.5), y - 0.6 + st.rng.uniform(-0.4, 0.3), value,
               _fit_size(value, 4.2, "kai", width - 2), "kai", "lm", ink)

    time = f"{cn_date(day)}{rng.choice(('上午9:00', '下午2:30', '上午9:30', '下午3:00'))}"
    field(x0, 40, "会议时间：", time, 62)
    field(x0 + 86, 40, "会议地点：", rng.choice(("工会会议室", "职工之家", "行政楼二楼会议室", "车间学习室")), 44)
    field(x0 + 154, 40, "主持人：", r["审核人"], 26)
    field(x0 + 210, 40, "记录人：", r["建档人"], 26)
    field(x0, 50, "评议小组应到：", f"{due}人", 16)
    field(x0 + 44, 50, "实到：", f"{present}人", 16)
    absent = "无" if present == due else f"{_name(rng)}（{rng.choice(('出差', '病假', '事假'))}）"
    field(x0 + 76, 50, "缺席：", absent, 40)
    causes = ("本人大病", "子女上学", "下岗失业", "供养直系亲属大病", "家属残疾", "收入低", "重大意外事故")
    n_rows = rng.randrange(1, 5)
    at = rng.randrange(n_rows)
    rows: list[tuple[str, str, str]] = []
    for i in range(n_rows):
        if i == at:
            rows.append((r["姓名"], f"{r['家庭人口']}人", str(r["主要致困原因"])))
        else:
            rows.append((_name(rng), f"{rng.randrange(2, 6)}人", rng.choice(causes)))
    fixed = (("序号", 10.0), ("被评议人", 22.0), ("家庭人口", 15.0), ("主要困难", 30.0))
    tail = (("同意", 13.0), ("不同意", 14.0), ("评议结果", 22.0))
    rater_w = (x1 - x0 - sum(c for _, c in fixed) - sum(c for _, c in tail)) / len(panel)
    y = 58.0
    hh1, hh2 = 7.0, 12.0
    cx = x0
    for lab, cw in fixed:
        p.rect(cx, y, cx + cw, y + hh1 + hh2, 0.3)
        p.fit(cx, y, cx + cw, y + hh1 + hh2, lab, 3.2, lf)
        cx += cw
    rx0 = cx
    p.rect(rx0, y, rx0 + rater_w * len(panel), y + hh1, 0.3)
    p.text(rx0 + rater_w * len(panel) / 2, y + hh1 / 2, "评议小组成员（签名）及意见（同意打“√”，不同意打“×”）", 3.1, lf, "mm")
    for i, member in enumerate(panel):
        ca = rx0 + i * rater_w
        p.rect(ca, y + hh1, ca + rater_w, y + hh1 + hh2, 0.3)
        p.text(ca + rater_w / 2 + st.rng.uniform(-0.6, 0.6), y + hh1 + hh2 / 2, member,
               _fit_size(member, 3.6, "kai", rater_w - 1.2), "kai", "mm", rng.choice((INK_BLUE, BLACK, ink)))
    cx = rx0 + rater_w * len(panel)
    for lab, cw in tail:
        p.rect(cx, y, cx + cw, y + hh1 + hh2, 0.3)
        p.fit(cx, y, cx + cw, y + hh1 + hh2, lab, 3.2, lf)
        cx += cw
    y += hh1 + hh2
    rh = 13.0
    agreed: list[str] = []
    for i, (nm, size, cause) in enumerate(rows):
        yes = [True] * len(panel)
        if i != at and rng.random() < 0.5:
            for j in rng.sample(range(len(panel)), rng.randrange(1, len(panel) // 2 + 2)):
                yes[j] = False
        elif i == at and rng.random() < 0.3:
            yes[rng.randrange(len(panel))] = False
        n_yes = sum(yes)
        verdict = "同意" if n_yes * 2 > len(panel) else "不同意"
        if verdict == "同意":
            agreed.append(nm)
        cx = x0
        for (_, cw), val in zip(fixed, (str(i + 1), nm, size, cause), strict=True):
            p.rect(cx, y, cx + cw, y + rh, 0.3)
            numbered = val == str(i + 1) and cw == fixed[0][1]
            p.fit(cx, y, cx + cw, y + rh, val, 4.0, lf if numbered else "kai", color=BLACK if numbered else ink)
            cx += cw
        for j, ok in enumerate(yes):
            ca = rx0 + j * rater_w
            p.rect(ca, y, ca + rater_w, y + rh, 0.3)
            mx, my = ca + rater_w / 2 + st.rng.uniform(-0.8, 0.8), y + rh / 2 + st.rng.uniform(-0.6, 0.6)
            if ok:
                p.poly([(mx - 2.2, my - 0.2), (mx - 0.6, my + 2.0), (mx + 2.6, my - 2.6)], 0.4, ink)
            else:
                p.line(mx - 2, my - 2, mx + 2, my + 2, 0.4, ink)
                p.line(mx - 2, my + 2, mx + 2, my - 2, 0.4, ink)
        cx = rx0 + rater_w * len(panel)
        for (_, cw), val in zip(tail, (str(n_yes), str(len(panel) - n_yes), verdict), strict=True):
            p.rect(cx, y, cx + cw, y + rh, 0.3)
            p.fit(cx, y, cx + cw, y + rh, val, 4.0, "kai", color=ink)
            cx += cw
        y += rh
    for _ in range(len(rows), 6):  # the printed form's empty rows
        cx = x0
        for cw in [c for _, c in fixed] + [rater_w] * len(panel) + [c for _, c in tail]:
            p.rect(cx, y, cx + cw, y + rh, 0.3)
            cx += cw
        y += rh
    y += 10
    p.text(x0, y, "评议意见：", 3.4, lf)
    if agreed:
        opinion = (f"经评议小组逐户评议、记名表决，同意{'、'.join(agreed)}列为困难职工建档对象，"
                   "按规定在本单位公示后报上级工会审批。")
    else:
        opinion = "经评议小组逐户评议、记名表决，本次评议对象均暂缓建档。"
    y = _hand_lines(p, st, x0 + text_width("评议意见：", 3.4, lf) + 2, y, x1 - x0 - 24, opinion, 4.2, 9)
    y = max(y + 4, 0.0)
    p.text(x0 + 150, min(y, 196), "主持人（签字）：", 3.4, lf)
    p.text(x0 + 150 + text_width("主持人（签字）：", 3.4, lf) + 2, min(y, 196), r["审核人"], 4.8, "kai", "lm", ink)
    p.text(x0 + 215, min(y, 196), "记录人（签字）：", 3.4, lf)
    p.text(x0 + 215 + text_width("记录人（签字）：", 3.4, lf) + 2, min(y, 196), r["建档人"], 4.8, "kai", "lm", ink)
    if rng.random() < 0.5:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("民主评议会议记录", r["姓名"], day, p)
