"""Printings of the 其他 papers added with rotation 18 (2026-12-07), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from REAL-DOCUMENTS.md and the seeds with the parts of ``render``, ``papers_rotation3``, ``other_rotation5``,
``other_rotation6``, ``other_rotation8``, ``other_rotation10``, ``other_rotation11``, ``other_rotation14``,
``other_rotation15`` and ``other_rotation17`` (imported first, so these register after rotation 17's); each keeps the
signature of its kind's first layout and the 其他 truth of ``render._other`` (材料名称, 姓名, 日期), every value of
which is printed on the page.
"""

from __future__ import annotations

import itertools
import random
from datetime import date, timedelta

from dangan.synth import other_rotation17  # noqa: F401  (registers rotation 17's printings before these)
from dangan.synth.canvas import BLACK, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.other_rotation5 import _name, rmb_upper
from dangan.synth.other_rotation6 import _typed_lines
from dangan.synth.other_rotation8 import FINGER_RED, _fit_size
from dangan.synth.other_rotation10 import LIGHT
from dangan.synth.other_rotation11 import _seal_red
from dangan.synth.other_rotation14 import _card_front
from dangan.synth.other_rotation15 import _hand, _hand_lines
from dangan.synth.other_rotation17 import SERIAL_RED
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.render import A4, Document, Style, _other, _student, cn_date


def _union(hh: Household) -> str:
    return f"{hh.unit.employer}工会"


def _dashed(p: Page, x0: float, y0: float, x1: float, y1: float, dash: float, w: float,
            ink: tuple[int, int, int] = BLACK) -> None:
    """A dashed rule from (x0, y0) to (x1, y1), dashes and gaps ``dash`` long."""
    length = max(abs(x1 - x0), abs(y1 - y0))
    n = max(int(length / (2 * dash)), 1)
    for k in range(n):
        a, b = 2 * k * dash / length, min((2 * k + 1) * dash / length, 1.0)
        p.line(x0 + (x1 - x0) * a, y0 + (y1 - y0) * a, x0 + (x1 - x0) * b, y0 + (y1 - y0) * b, w, ink)


def _tokens(text: str) -> list[str]:
    """``text`` cut for setting down a column: each character its own, a run of figures kept together (纵中横)."""
    out: list[str] = []
    for ch in text:
        if ch.isascii() and ch.isalnum() and out and out[-1][-1].isascii() and out[-1][-1].isalnum():
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _column(p: Page, x: float, y: float, text: str, size: float, key: str, ink: tuple[int, int, int] = BLACK,
            jit: random.Random | None = None) -> float:
    """``text`` set down a column centred at x from y (a run of figures across the column, smaller); returns the y
    under the last character."""
    step = size * 1.25
    for tok in _tokens(text):
        small = size * 0.72 if len(tok) > 1 else size
        dx = jit.uniform(-0.3, 0.3) if jit else 0.0
        p.text(x + dx, y + step / 2, tok, small, key, "mm", ink)
        y += step
    return y


def _digit_boxes(p: Page, x: float, y: float, s: str, bw: float, bh: float, ink: tuple[int, int, int],
                 jit: random.Random) -> float:
    """``s`` written by hand one figure to a box (boxes ``bw`` wide, centred on y); returns the x after them."""
    for k, ch in enumerate(s):
        p.rect(x + k * bw, y - bh / 2, x + (k + 1) * bw, y + bh / 2, 0.2)
        _hand(p, x + k * bw + bw / 2, y, ch, min(bh * 0.72, 4.4), bw - 0.6, ink, jit, "mm")
    return x + len(s) * bw


# ---------------------------------------------------------------------------------------------------------
# 证明: the issuer's bound 证明 book, one leaf copied whole on a landscape A4: the 存根 on the left (编号, the
# person, the matter, the day, who issued it, as label：value lines written in), the perforation between, the
# 骑缝 number written and the seal struck across it, the 证明 itself on the right addressed to the union
# ---------------------------------------------------------------------------------------------------------
@layout("其他/证明", "证明/轮换18")
def certificate_counterfoil(hh: Household, rng: random.Random, kind: str, name: str, heading: str, body: str,
                            issuer: str, ring: str, day: date, centre: str = "") -> Document:
    p = Page(297.0, 210.0, paper=rng.choice(((255, 255, 255), (252, 250, 244))))
    lf = rng.choice(("serif", "sans", "hei"))
    bold = "serifbold" if lf == "serif" else "bold"
    pen = Style.draw(rng, typed=False)
    number = rng.randrange(1, 400)
    year = day.year
    serial = f"{rng.choice(('', '证', '开'))}字（{year}）第{number:03d}号"
    # the leaf's outline and the perforation
    sx0, sx1, cut, bx0, bx1 = 14.0, 86.0, 92.0, 98.0, 283.0
    top, bottom = 14.0, 196.0
    p.rect(sx0 - 4, top - 4, bx1 + 4, bottom + 4, 0.2, (160, 160, 160))
    for k in range(int((bottom - top) / 3)):
        p.rect(cut - 0.4, top + k * 3 + 1, cut + 0.4, top + k * 3 + 1.8, 0.1, (120, 120, 120), fill=(120, 120, 120))
    # the counterfoil
    p.text((sx0 + sx1) / 2, top + 10, "存　根", 6.0, bold, "mm")
    paren = f"（{heading.replace(' ', '')}）"
    p.text((sx0 + sx1) / 2, top + 18, paren, _fit_size(paren, 3.6, lf, sx1 - sx0), lf, "mm")
    y = top + 32
    stub = (("编　　号", serial), ("证明对象", name), ("证明事项", kind),
            ("开具日期", cn_date(day)), ("经 办 人", _name(rng)), ("批 准 人", _name(rng)))
    for lab, v in stub:
        p.text(sx0, y, f"{lab}：", 3.5, lf, "lm")
        lx = sx0 + text_width(f"{lab}：", 3.5, lf)
        p.line(lx, y + 3, sx1, y + 3, 0.2)
        _hand(p, lx + 1.5, y, v, 4.6, sx1 - lx - 3, pen.color, pen.rng)
        y += 14
    p.text(sx0, bottom - 10, rng.choice(("存根由出具单位留存备查", "此联存档  不得撕毁")), 3.0, lf, "lm", LIGHT)
    # the 骑缝 number written down the perforation, and the seal struck across it
    riding = f"第{number:03d}号"
    _column(p, cut, top + 60, riding, 5.0, "kai", pen.color, pen.rng)
    p.seal(cut + rng.uniform(-2, 2), top + 120 + rng.uniform(-10, 10), 15, ring[:14], centre, rng.uniform(-20, 20),
           _seal_red(rng), rng.randrange(1 << 30))
    # the 证明 itself
    title = heading.replace(" ", "")
    mid = (bx0 + bx1) / 2
    p.text(mid, top + 12, "  ".join(title) if len(title) <= 4 else title, _fit_size(title, 7.4, bold, 120), bold, "mm")
    p.text(bx1, top + 22, serial, 3.6, lf, "rm")
    y = top + 34
    typed = rng.random() < 0.55
    size, gap = (4.4, 9.2) if typed else (5.0, 10.4)
    addressee = rng.choice((f"{_union(hh)}：", "困难职工帮扶中心：", f"{hh.unit.employer}工会帮扶站："))
    if typed:
        face = rng.choice(("serif", "heimono", "hei"))
        p.text(bx0, y, addressee, _fit_size(addressee, size, face, bx1 - bx0), face, "lm")
        y += gap
        y = _typed_lines(p, bx0, y, bx1 - bx0, body, size, face, gap, indent=2 * size)
        p.text(bx0 + 2 * size, y, "特此证明。", size, face, "lm")
    else:
        _hand(p, bx0, y, addressee, size, bx1 - bx0, pen.color, pen.rng)
        y += gap
        y = _hand_lines(p, bx0, y, bx1 - bx0, body, size, pen.color, pen.rng, gap, indent=2 * size)
        _hand(p, bx0 + 2 * size, y, "特此证明。", size, 40, pen.color, pen.rng)
    y = max(y + 2 * gap + 8, top + 120)
    y = min(y, bottom - 30)
    iw = min(text_width(issuer, 4.6, lf), 110)
    p.text(bx1 - 6, y, issuer, _fit_size(issuer, 4.6, lf, 110), lf, "rm")
    p.text(bx1 - 6, y + 10, cn_date(day), 4.6, lf, "rm")
    p.seal(bx1 - 6 - iw / 2 + rng.uniform(-8, 8), y + 4 + rng.uniform(-4, 4), 18, ring[:14], centre,
           rng.uniform(-25, 25), _seal_red(rng), rng.randrange(1 << 30))
    p.text(bx0, bottom - 6, rng.choice(("（本证明复印无效，涂改无效）", "（有效期：自开具之日起三个月）",
                                        "联系电话：" + str(rng.randrange(2000000, 8999999)))), 3.2, lf, "lm", LIGHT)
    if rng.random() < 0.6:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other(kind, name, day, p, heading)


# ---------------------------------------------------------------------------------------------------------
# 票据: the union's 单据粘贴单, one small receipt a fee glued down its 粘贴线 one under another (each its own 票号,
# the payer, the one fee, its amount in capitals and figures, the payee's seal), the header filled in by hand
# ---------------------------------------------------------------------------------------------------------
def _small_receipt(rng: random.Random, title: str, name: str, payee: str, centre: str, fee: str, amount: float,
                   day: date, w: float) -> Page:
    r = Page(w, 46.0, paper=rng.choice(((250, 246, 236), (244, 248, 252), (255, 255, 255), (248, 244, 250))))
    lf = rng.choice(("sans", "serif"))
    bold = "serifbold" if lf == "serif" else "bold"
    ink = rng.choice(((30, 30, 40), (40, 40, 120), (70, 30, 30)))
    r.text(w / 2, 5.5, title, _fit_size(title, 4.4, bold, w - 50), bold, "mm")
    r.text(w - 3, 5.5, f"No {rng.randrange(10**7, 10**8)}", 3.0, "serif", "rm", SERIAL_RED)
    r.text(3, 11.5, "交款人：", 2.9, lf, "lm")
    r.text(3 + text_width("交款人：", 2.9, lf), 11.5, name, 3.4, "heimono", "lm", ink)
    r.text(w - 3, 11.5, f"开票日期：{day.isoformat()}", 2.9, "heimono", "rm", ink)
    cols = [3.0, 3.0 + (w - 6) * 0.38, 3.0 + (w - 6) * 0.52, 3.0 + (w - 6) * 0.76, w - 3.0]
    labels = ("项目", "数量", "金额（元）", "备注")
    y = 14.5
    for a, b, lab in zip(cols, cols[1:], labels, strict=False):
        r.rect(a, y, b, y + 5.5, 0.2)
        r.text((a + b) / 2, y + 2.75, lab, 2.7, lf, "mm")
    y += 5.5
    for a, b in itertools.pairwise(cols):
        r.rect(a, y, b, y + 7, 0.2)
    r.text(cols[0] + 2, y + 3.5, fee, 3.4, "heimono", "lm", ink)
    r.text((cols[1] + cols[2]) / 2, y + 3.5, "1", 3.2, "heimono", "mm", ink)
    r.text(cols[3] - 2, y + 3.5, f"{amount:.2f}", 3.4, "heimono", "rm", ink)
    y += 7
    r.rect(cols[0], y, cols[-1], y + 6.5, 0.2)
    cap = f"合计（大写）{rmb_upper(amount)}"
    r.text(cols[0] + 2, y + 3.25, cap, _fit_size(cap, 3.0, lf, (w - 6) * 0.62), lf, "lm")
    r.text(cols[-1] - 2, y + 3.25, f"（小写）¥{amount:.2f}", 3.0, lf, "rm")
    y += 10
    r.text(3, y, "收款单位（章）：", 2.8, lf, "lm")
    r.text(3 + text_width("收款单位（章）：", 2.8, lf), y, payee, _fit_size(payee, 3.0, lf, w * 0.45), lf, "lm")
    r.text(w - 3, y, f"收款人：{_name(rng)}", 2.8, lf, "rm")
    r.seal(w * 0.42 + rng.uniform(-6, 6), y - 1.5 + rng.uniform(-1, 1), 8.5, payee[:12], centre, rng.uniform(-30, 30),
           _seal_red(rng), rng.randrange(1 << 30))
    return r


@layout("其他/票据", "票据/轮换18")
def receipt_paste_sheet(hh: Household, rng: random.Random, kind: str, name: str, payee: str, items: str,
                        day: date, title: str, centre: str) -> Document:
    fees = [c.strip() for c in items.split(" / ")]
    medical = kind == "医药费票据"
    p = Page(*A4)
    lf = rng.choice(("sans", "serif", "hei"))
    bold = "serifbold" if lf == "serif" else "bold"
    pen = Style.draw(rng, typed=False)
    amounts = []
    for fee in fees:
        if medical:
            amounts.append(round(rng.randrange(20, 1800) + rng.randrange(100) / 100, 2))
        else:
            amounts.append(float(rng.randrange(8, 45) * 100 if fee == "学费" else rng.randrange(2, 15) * 100))
    total = round(sum(amounts), 2)
    x0, x1 = 16.0, 194.0
    head = rng.choice(("单据粘贴单", "原始凭证粘贴单", "报销单据粘贴单"))
    p.text(105, 16, head, 6.0, bold, "mm")
    p.text(x1, 23, f"附件 {len(fees)} 张", 3.2, lf, "rm")
    # the header the applicant fills in: two rows of label | value cells
    y = 27.0
    rh = 9.0
    cut = [x0, x0 + 22, x0 + 82, x0 + 104, x1]
    rows = ((("报 销 人", name), ("单据张数", f"{len(fees)}张")),
            (("费用类别", kind), ("金额合计", f"{total:.2f}元")))
    for pair in rows:
        for k, (lab, v) in enumerate(pair):
            a, b, c = cut[2 * k], cut[2 * k + 1], cut[2 * k + 2]
            p.rect(a, y, b, y + rh, 0.3, fill=(242, 242, 242))
            p.rect(b, y, c, y + rh, 0.3)
            p.text((a + b) / 2, y + rh / 2, lab, 3.4, lf, "mm")
            _hand(p, b + 3, y + rh / 2, v, 4.6, c - b - 6, pen.color, pen.rng)
        y += rh
    p.rect(x0, y, cut[1], y + rh, 0.3, fill=(242, 242, 242))
    p.text((x0 + cut[1]) / 2, y + rh / 2, "大写金额", 3.4, lf, "mm")
    p.rect(cut[1], y, x1, y + rh, 0.3)
    _hand(p, cut[1] + 3, y + rh / 2, rmb_upper(total), 4.6, x1 - cut[1] - 6, pen.color, pen.rng)
    y += rh + 6
    # the 粘贴线 down the left, the receipts glued to it one under another
    gx = x0 + 8
    _dashed(p, gx, y, gx, 282, 2.0, 0.3, LIGHT)
    mid = (y + 282) / 2
    for k, ch in enumerate("粘贴线"):
        p.text(x0 + 3, mid - 10 + k * 10, ch, 3.4, lf, "mm", LIGHT)
    p.text(gx + 4, y + 2, rng.choice(("（票据请按顺序由上而下粘贴，不得超出虚线）", "（请将票据平整粘贴于虚线右侧）")), 3.0, lf,
           "lm", LIGHT)
    ry = y + 7
    for fee, amount in zip(fees, amounts, strict=True):
        w = rng.uniform(130, 160)
        rec = _small_receipt(rng, title, name, payee, centre, fee, amount, day, w)
        rx = gx + 1.5 + rng.uniform(0, 8)
        embed_scaled(p, rec, rx, ry, 1.0)
        ry += 46 + rng.uniform(4, 9)
    # the union clerk's check written at the foot
    clerk = Style.draw(rng, typed=False)
    fy = min(ry + 4, 286)
    p.text(x0, fy, "经办人：", 3.4, lf, "lm")
    _hand(p, x0 + text_width("经办人：", 3.4, lf) + 1, fy, _name(rng), 4.8, 26, clerk.color, clerk.rng)
    p.text(x0 + 70, fy, "审核：", 3.4, lf, "lm")
    _hand(p, x0 + 70 + text_width("审核：", 3.4, lf) + 1, fy, _name(rng), 4.8, 26, clerk.color, clerk.rng)
    if rng.random() < 0.6:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other(kind, name, day, p)


# ---------------------------------------------------------------------------------------------------------
# 录取通知书: the EMS 录取通知书 mail's 详情单 copied on the top of an A4 (邮件号 with its bars, 寄件人 the school's
# 招生办, 收件人 the pupil), the notice under it set in columns from right to left (竖排) in a double frame, the
# school and the date at the left under its seal
# ---------------------------------------------------------------------------------------------------------
def _bars(p: Page, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    cx = x
    while cx < x + w:
        t = rng.choice((0.25, 0.25, 0.5, 0.8))
        p.rect(cx, y, cx + t, y + h, 0.05, BLACK, fill=BLACK)
        cx += t + rng.choice((0.3, 0.5, 0.8))


@layout("其他/录取通知书", "录取通知书/轮换18")
def admission_vertical_mail(hh: Household, rng: random.Random) -> Document:
    child = _student(hh)
    school = str(child.get("单位或学校") or "某中学")
    year = int(child.get("入学年份") or hh.created.year)
    day = date(year, rng.choice((7, 8)), rng.randrange(1, 26))
    level = str(child.get("当前学历") or "")
    college = "大学" in level or "本科" in level or "专" in level
    if college:
        what = rng.choice(("会计学专业", "机械设计制造及其自动化专业", "护理学专业", "软件工程专业", "汉语言文学专业"))
    elif "职" in level:
        what = rng.choice(("数控技术应用专业", "会计事务专业", "计算机应用专业", "电子商务专业"))
    else:
        what = rng.choice(("高中部", "初中部", "高一年级", "七年级"))
    pupil = str(child["姓名"])
    p = Page(*A4)
    lf = rng.choice(("sans", "hei", "serif"))
    bold = "serifbold" if lf == "serif" else "bold"
    # the mail's 详情单, copied at 100 %
    m = Page(186.0, 88.0, paper=(255, 255, 255))
    green = rng.choice(((20, 110, 60), (30, 90, 150), (190, 110, 20)))
    m.rect(0.5, 0.5, 185.5, 87.5, 0.4, green)
    m.rect(0.5, 0.5, 185.5, 12.0, 0.2, green, fill=green)
    m.text(5, 6.3, "中国邮政  EMS", 5.0, "bold", "lm", (255, 255, 255))
    m.text(181, 6.3, rng.choice(("录取通知书专用", "高校录取通知书  特快专递")), 4.0, "bold", "rm", (255, 255, 255))
    mail_no = f"1{rng.randrange(10**11, 10**12)}"
    _bars(m, 110, 16, 68, 11, rng)
    m.text(144, 30.5, mail_no, 3.6, "heimono", "mm")
    m.text(5, 18, "寄件人", 3.2, "bold", "lm", green)
    m.text(22, 18, f"{school}{rng.choice(('招生办公室', '招生就业处', '教务处'))}", _fit_size(school + "招生办公室", 3.6,
                                                                                  lf, 84), lf, "lm")
    m.text(22, 25, f"电话：{rng.choice(('0571', '0311', '0731', '010'))}-{rng.randrange(2000000, 8999999)}", 3.2, lf, "lm")
    m.line(3, 34, 183, 34, 0.3, green)
    m.text(5, 41, "收件人", 3.2, "bold", "lm", green)
    m.text(22, 41, pupil, 5.2, "heimono", "lm")
    m.text(60, 41, f"电话：1{rng.randrange(30, 99)}****{rng.randrange(1000, 9999)}", 3.2, lf, "lm")
    addr = str(hh.record.get("家庭住址") or "")
    m.fit(20, 45, 183, 60, f"地址：{addr}", 3.6, lf, align="left")
    m.line(3, 62, 183, 62, 0.3, green)
    posted = day + timedelta(days=rng.randrange(1, 6))
    m.text(5, 68, f"收寄日期：{posted.isoformat()}", 3.2, lf, "lm")
    m.text(90, 68, "内件品名：录取通知书", 3.2, lf, "lm")
    m.text(5, 76, "收件人签名：", 3.2, lf, "lm")
    signer = Style.draw(rng, typed=False)
    _hand(m, 5 + text_width("收件人签名：", 3.2, lf) + 2, 76, rng.choice((pupil, _name(rng))), 5.0, 30, signer.color,
          signer.rng)
    m.text(181, 82, "客户联", 3.0, lf, "rm", LIGHT)
    embed_scaled(p, m, 12 + rng.uniform(0, 4), 12 + rng.uniform(0, 4), 1.0)
    # the notice, in columns from the right
    fx0, fx1, fy0, fy1 = 20.0, 190.0, 112.0, 272.0
    red = (175, 35, 40) if rng.random() < 0.6 else BLACK
    p.rect(fx0, fy0, fx1, fy1, 0.8, red)
    p.rect(fx0 + 2, fy0 + 2, fx1 - 2, fy1 - 2, 0.3, red)
    x = fx1 - 12
    title = "录取通知书"
    _column(p, x, fy0 + 16, title, 7.6, bold, red)
    x -= 16
    face = rng.choice(("serif", "kai", "hei"))
    size = 5.2
    colw = size * 1.9
    per_col = int((fy1 - fy0 - 22) / (size * 1.25))
    _column(p, x, fy0 + 10, f"{pupil}同学：", size, face)
    x -= colw
    body = (f"经{rng.choice(('省招生委员会批准', '市招生考试机构审核同意', '学校招生委员会审定'))}，你已被录取到我校{what}"
            f"学习。请持本通知书于{year}年{rng.choice((8, 9))}月{rng.randrange(1, 20)}日到校报到。")
    toks = _tokens(body)
    col: list[str] = []
    lead = 2
    for tok in toks:
        if len(col) + lead >= per_col:
            _column(p, x, fy0 + 10 + lead * size * 1.25, "".join(col), size, face)
            x -= colw
            col, lead = [], 0
        col.append(tok)
    if col:
        _column(p, x, fy0 + 10 + lead * size * 1.25, "".join(col), size, face)
        x -= colw
    x -= colw * 0.6
    # the school and the date, lower in the last columns, the seal over them
    sy = fy1 - 12 - len(_tokens(school)) * size * 1.25
    dy = fy1 - 12 - len(_tokens(cn_date(day))) * size * 1.25
    x = max(x, fx0 + 14 + colw)
    _column(p, x, sy, school, size, face)
    _column(p, x - colw, dy, cn_date(day), size, face)
    p.seal(x - colw / 2 + rng.uniform(-3, 3), fy1 - 40 + rng.uniform(-6, 6), 17, school[:12], "", rng.uniform(-20, 20),
           _seal_red(rng), rng.randrange(1 << 30))
    pen = Style.draw(rng, typed=False)
    _hand(p, 20, 284, rng.choice(("录取通知书及邮寄单复印件，原件本人保存。", "以上为录取通知书及EMS信封复印件。")), 4.6, 170,
          pen.color, pen.rng)
    if rng.random() < 0.65:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("录取通知书", pupil, day, p)


# ---------------------------------------------------------------------------------------------------------
# 银行卡: the bank's 业务回单 (客户回单联) of the card's opening, the form printed in one pale ink and the values
# struck by the counter's dot-matrix printer off their places; the card's front copied under it, the holder's note
# and signature written beside the card
# ---------------------------------------------------------------------------------------------------------
@layout("其他/银行卡", "银行卡/轮换18")
def bank_counter_slip(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    bank, number, branch = str(r["开户银行"]), str(r["银行卡号"]), str(r["支行名称"])
    holder = str(r["姓名"])
    day = hh.created - timedelta(days=rng.randrange(2, 40))
    p = Page(*A4)
    form = rng.choice(((190, 80, 80), (60, 130, 90), (70, 100, 170)))
    lf = rng.choice(("sans", "serif", "hei"))
    bold = "serifbold" if lf == "serif" else "bold"
    x0, x1 = 14.0, 196.0
    top = 14.0
    p.text(x0, top + 5, bank, _fit_size(bank, 5.0, bold, 80), bold, "lm", form)
    title = rng.choice(("个人业务回单", "个人结算账户开户回单", "借记卡开卡业务凭证"))
    p.text(105, top + 5, title, _fit_size(title, 5.4, bold, 70), bold, "mm", form)
    p.text(x1, top + 5, "客户回单联", 3.4, lf, "rm", form)
    # the printed form: label cells in the pale ink, the value cells blank
    y0 = top + 12
    rh = 9.0
    cut = [x0, x0 + 24, x0 + 100, x0 + 124, x1]
    labels = (("交易日期", "交易代码"), ("户　　名", "证件类型"), ("证件号码", "币　　种"),
              ("卡　　号", "卡 种 类"), ("开户机构", "交易柜员"), ("交易名称", "流 水 号"))
    for i, pair in enumerate(labels):
        y = y0 + i * rh
        for k, lab in enumerate(pair):
            a, b, c = cut[2 * k], cut[2 * k + 1], cut[2 * k + 2]
            p.rect(a, y, b, y + rh, 0.25, form)
            p.rect(b, y, c, y + rh, 0.25, form)
            p.text((a + b) / 2, y + rh / 2, lab, 3.3, lf, "mm", form)
    bottom = y0 + len(labels) * rh
    p.rect(x0, bottom, x1, bottom + 16, 0.25, form)
    p.text(x0 + 2, bottom + 4, "客户确认：以上信息正确无误。", 3.2, lf, "lm", form)
    p.text(x0 + 2, bottom + 11, "客户签名：", 3.2, lf, "lm", form)
    p.text(x0 + 110, bottom + 11, "银行签章：", 3.2, lf, "lm", form)
    # the dot-matrix values, all shifted by the same feed error
    dx, dy = rng.uniform(-1.5, 4.0), rng.uniform(-2.2, 1.8)
    ink = rng.choice(((35, 35, 45), (50, 50, 90)))
    kind_card = rng.choice(("借记卡", "IC借记卡", "社保卡金融账户"))
    values = ((day.isoformat(), str(rng.randrange(1000, 9999))), (holder, "居民身份证"), (str(r["身份证号"]), "人民币"),
              (number, kind_card), (branch, str(rng.randrange(100000, 999999))),
              (rng.choice(("开户", "借记卡开卡", "账户开立")), f"{rng.randrange(10**9, 10**10)}"))
    for i, pair in enumerate(values):
        y = y0 + i * rh + rh / 2
        for k, v in enumerate(pair):
            b, c = cut[2 * k + 1], cut[2 * k + 2]
            p.text(b + 2 + dx, y + dy, v, _fit_size(v, 3.6, "heimono", c - b - 6), "heimono", "lm", ink)
    pen = Style.draw(rng, typed=False)
    _hand(p, x0 + 2 + text_width("客户签名：", 3.2, lf) + 2, bottom + 11, holder, 5.4, 40, pen.color, pen.rng)
    p.seal(x0 + 150 + rng.uniform(-6, 6), bottom + 8 + rng.uniform(-3, 3), 12, f"{bank}{branch}"[:14],
           rng.choice(("业务受理章", "转讫", "业务专用章")), rng.uniform(-25, 25), _seal_red(rng), rng.randrange(1 << 30))
    # the card under it, with the holder's note
    y = bottom + 30
    cx = x0 + rng.uniform(0, 10)
    embed_scaled(p, _card_front(bank, number, rng), cx, y, 1.0)
    tx = cx + 85.6 + 8
    note = rng.choice(("此卡为本人工资卡，请将帮扶资金打入此卡。", "本人确认以上银行卡为本人名下账户。"))
    _hand(p, tx, y + 4, "银行卡复印件", 5.8, x1 - tx, pen.color, pen.rng)
    ty = _hand_lines(p, tx, y + 14, x1 - tx, note, 4.6, pen.color, pen.rng, 8.0)
    _hand(p, tx, ty + 4, f"签名：{holder}", 5.0, x1 - tx, pen.color, pen.rng)
    _hand(p, tx, ty + 14, f"{day.year}.{day.month:02d}.{day.day:02d}", 4.8, x1 - tx, pen.color, pen.rng)
    p.seal(tx + text_width(f"签名：{holder}", 5.0, "kai") + 6, ty + 4, 3.4, "", "", 0.0, FINGER_RED,
           rng.randrange(1 << 20))
    if rng.random() < 0.7:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.55), 2)
    return _other("银行卡复印件", holder, day, p, "银行卡复印件")


# ---------------------------------------------------------------------------------------------------------
# 授权书: the consents as a list of boxes ticked by hand, then one boxed card per adult two to a row: 姓名 and
# 关系 written on lines, the 公民身份号码 written one figure to a box, 签名 and 指印 side by side
# ---------------------------------------------------------------------------------------------------------
CONSENTS = ("户籍、婚姻、殡葬等民政登记信息", "社会保险、住房公积金缴存及领取信息", "银行存款、理财、证券、商业保险信息",
            "不动产、车辆、工商登记及纳税信息", "工资收入及其他劳动收入信息")


@layout("其他/授权书", "授权书/轮换18")
def authorisation_id_boxes(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    day = hh.created - timedelta(days=rng.randrange(3, 30))
    p = Page(*A4)
    lf = rng.choice(("serif", "sans", "hei"))
    bold = "serifbold" if lf == "serif" else "bold"
    x0, x1 = 16.0, 194.0
    title = rng.choice(("家庭经济状况核对授权委托书", "困难职工家庭收入财产状况核查授权书", "家庭经济状况信息核对授权书"))
    p.text(105, 18, title, _fit_size(title, 6.0, bold, 170), bold, "mm")
    union = _union(hh)
    p.text(x0, 30, f"{union}：", _fit_size(union, 4.0, lf, 150), lf, "lm")
    intro = (f"因{r['姓名']}申请困难职工帮扶建档，本人（我们）作为其共同生活的家庭成员，自愿授权贵单位及相关部门"
             "查询、核对下列打“√”的信息，并对所提供材料的真实性负责：")
    y = _typed_lines(p, x0, 38, x1 - x0, intro, 3.8, lf, 7.0, indent=7.6)
    pen = Style.draw(rng, typed=False)
    style = rng.choice(("hand", "check", "cross"))
    for k, s in enumerate(CONSENTS):
        cx = x0 + 6 + (k % 2) * 88
        if k % 2 == 0 and k:
            y += 8
        p.checkbox(cx, y, 3.4, True, style, pen.rng, pen.color)
        p.text(cx + 5, y, s, _fit_size(s, 3.4, lf, 80), lf, "lm")
    y += 12
    p.text(x0, y, "授权人签署：", 3.8, bold, "lm")
    y += 5
    people = [r, *[m for m in hh.members if m["年龄"] >= 18]][:6]
    slots = len(people) + (len(people) % 2)
    cw, ch, gap = (x1 - x0 - 4) / 2, 31.0, 4.0
    bw = min((cw - 6) / 18, 4.6)
    for k in range(slots):
        cx = x0 + (k % 2) * (cw + 4)
        cy = y + (k // 2) * (ch + gap)
        p.rect(cx, cy, cx + cw, cy + ch, 0.35)
        p.text(cx + 2, cy + 5, "姓名", 3.3, lf, "lm")
        p.line(cx + 11, cy + 7.5, cx + 42, cy + 7.5, 0.2)
        p.text(cx + 45, cy + 5, "与申请人关系", 3.3, lf, "lm")
        rx = cx + 45 + text_width("与申请人关系", 3.3, lf) + 1
        p.line(rx, cy + 7.5, cx + cw - 2, cy + 7.5, 0.2)
        p.text(cx + 2, cy + 12, "公民身份号码", 3.0, lf, "lm")
        p.text(cx + 2, cy + 25, "签名", 3.3, lf, "lm")
        p.line(cx + 11, cy + 27.5, cx + 48, cy + 27.5, 0.2)
        p.text(cx + 52, cy + 25, "指印", 3.3, lf, "lm")
        if k >= len(people):
            for j in range(18):
                p.rect(cx + 3 + j * bw, cy + 15, cx + 3 + (j + 1) * bw, cy + 21, 0.2)
            continue
        person = people[k]
        own = Style.draw(random.Random(rng.randrange(1 << 30)), typed=False)
        who = str(person["姓名"])
        _hand(p, cx + 12, cy + 5, who, 4.8, 30, own.color, own.rng)
        rel = "本人" if k == 0 else str(person.get("关系") or "")
        _hand(p, rx + 1, cy + 5, rel, 4.6, cx + cw - rx - 3, own.color, own.rng)
        _digit_boxes(p, cx + 3, cy + 18, str(person["身份证号"]), bw, 6.0, own.color, own.rng)
        _hand(p, cx + 12, cy + 25, who, 5.4, 36, own.color, own.rng)
        p.seal(cx + 64 + rng.uniform(-2, 2), cy + 25 + rng.uniform(-1, 1), 3.4, "", "", 0.0, FINGER_RED,
               rng.randrange(1 << 20))
    y += (slots // 2) * (ch + gap) + 6
    p.text(x0, y, "申请人（签名）：", 3.8, lf, "lm")
    _hand(p, x0 + text_width("申请人（签名）：", 3.8, lf) + 2, y, str(r["姓名"]), 5.6, 36, pen.color, pen.rng)
    p.text(x0 + 96, y, "日期：", 3.8, lf, "lm")
    _hand(p, x0 + 96 + text_width("日期：", 3.8, lf) + 2, y, cn_date(day), 5.0, 60, pen.color, pen.rng)
    y += 9
    note = "说明：未成年家庭成员由其法定监护人代签；本授权书有效期至帮扶档案注销时止。"
    p.text(x0, y, note, _fit_size(note, 3.1, lf, x1 - x0), lf, "lm", LIGHT)
    if rng.random() < 0.55:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("授权书", r["姓名"], day, p, title)


# ---------------------------------------------------------------------------------------------------------
# 会议记录: the sign-in sheet on top (two runs of 序号 / 姓名 / 职务 side by side, each name signed), the sitting's
# business as numbered items (一、二、三、…) typed under it, the secret ballot counted in a sentence (发出 / 收回 /
# 有效 and 同意 / 不同意 / 弃权), the chair and the clerk signing at the foot
# ---------------------------------------------------------------------------------------------------------
NUMERALS = "一二三四五六"
ROLES = ("工会主席", "工会副主席", "女工委员", "经审委员", "职工代表", "职工代表", "组织委员", "宣传委员", "财务委员",
         "职工代表", "生活委员", "职工代表")


@layout("其他/会议记录", "会议记录/轮换18")
def minutes_sign_in(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    day = hh.publicity_start - timedelta(days=rng.randrange(1, 8))
    due = rng.randrange(7, 13)
    present = due - rng.choice((0, 0, 1, 2))
    against = rng.choice((0, 0, 1)) if present >= 7 else 0
    abstain = rng.choice((0, 0, 1)) if present >= 8 else 0
    agree = present - against - abstain
    passed = agree * 2 > present
    lf = rng.choice(("serif", "sans", "hei"))
    bold = "serifbold" if lf == "serif" else "bold"
    face = rng.choice(("serif", "heimono", lf))
    union = _union(hh)
    chair, clerk = str(r["审核人"]), str(r["建档人"])
    p = Page(*A4)
    x0, x1 = 16.0, 194.0
    p.text(105, 16, union, _fit_size(union, 4.6, bold, 170), bold, "mm")
    p.text(105, 25, rng.choice(("困难职工建档民主评议会议记录", "民主评议会议记录")), 5.6, bold, "mm")
    y = 34.0
    place = rng.choice(("工会会议室", "三楼会议室", "职工之家活动室"))
    p.text(x0, y, f"时间：{cn_date(day)}　地点：{place}", 3.8, face, "lm")
    y += 7
    p.text(x0, y, f"主持人：{chair}　记录人：{clerk}　应到：{due}人　实到：{present}人", 3.8, face, "lm")
    y += 8
    # the sign-in sheet
    p.text(x0, y, "参会人员签到：", 3.8, bold, "lm")
    y += 4
    half = (x1 - x0) / 2
    cols = [0.0, 12.0, 50.0, half]
    rh = 8.0
    for side in range(2):
        bx = x0 + side * half
        for a, b, lab in zip(cols, cols[1:], ("序号", "签　名", "职　务"), strict=False):
            p.rect(bx + a, y, bx + b, y + rh, 0.3, fill=(240, 240, 240))
            p.text(bx + (a + b) / 2, y + rh / 2, lab, 3.3, bold, "mm")
    y += rh
    names = [chair, clerk, *[_name(rng) for _ in range(present - 2)]]
    roles = list(ROLES[1:present])
    rng.shuffle(roles)
    roles.insert(0, ROLES[0])  # the chair is the union's 主席
    rows = (due + 1) // 2
    for i in range(rows):
        for side in range(2):
            k = i + side * rows
            bx = x0 + side * half
            for a, b in itertools.pairwise(cols):
                p.rect(bx + a, y, bx + b, y + rh, 0.25)
            if k >= due:
                continue
            p.text(bx + cols[1] / 2, y + rh / 2, str(k + 1), 3.3, lf, "mm")
            if k < present:
                own = Style.draw(rng, typed=False)
                _hand(p, bx + cols[1] + 3, y + rh / 2, names[k], 4.8, cols[2] - cols[1] - 6, own.color, own.rng)
                p.text(bx + cols[2] + 3, y + rh / 2, roles[k], 3.3, lf, "lm")
            else:
                p.text(bx + cols[2] + 3, y + rh / 2, rng.choice(("（请假）", "（出差）")), 3.3, lf, "lm", LIGHT)
        y += rh
    y += 9
    # the business, item by item
    p.text(x0, y, "会议内容：", 3.8, bold, "lm")
    y += 8
    items = [
        f"主持人{chair}宣布会议开始，本次会议应到{due}人，实到{present}人，符合议事规定。",
        f"记录人{clerk}介绍申请人{r['姓名']}（{r.get('单位') or hh.unit.employer}）的申请情况：家庭人口"
        f"{r['家庭人口']}人，主要致困原因为{r['主要致困原因']}，入户调查情况属实。",
        "与会人员对照建档条件逐项审核申请材料并进行讨论。",
        f"采取无记名投票方式表决：发出选票{present}张，收回{present}张，有效票{present}张；"
        f"其中同意{agree}票，不同意{against}票，弃权{abstain}票。",
        (f"评议结果：通过。同意将{r['姓名']}同志列为困难职工建档对象，按程序予以公示。" if passed
         else f"评议结果：未通过。{r['姓名']}同志暂不列为困难职工建档对象。"),
    ]
    size, gap = 3.8, 7.2
    for k, s in enumerate(items):
        lab = f"{NUMERALS[k]}、"
        p.text(x0 + 4, y, lab, size, face, "lm")
        y = _typed_lines(p, x0 + 4 + text_width(lab, size, face), y, x1 - x0 - 6 - text_width(lab, size, face), s,
                         size, face, gap) + 1.5
    y += 8
    pen = Style.draw(rng, typed=False)
    p.text(x0, y, "主持人签字：", 3.6, lf, "lm")
    _hand(p, x0 + text_width("主持人签字：", 3.6, lf) + 2, y, chair, 5.0, 30, pen.color, pen.rng)
    own = Style.draw(rng, typed=False)
    p.text(x0 + 70, y, "记录人签字：", 3.6, lf, "lm")
    _hand(p, x0 + 70 + text_width("记录人签字：", 3.6, lf) + 2, y, clerk, 5.0, 30, own.color, own.rng)
    y += 16
    p.text(x1, y, union, _fit_size(union, 3.9, lf, 100), lf, "rm")
    p.text(x1, y + 8, cn_date(day), 3.9, lf, "rm")
    if rng.random() < 0.75:
        p.seal(x1 - 26 + rng.uniform(-5, 5), y + 3 + rng.uniform(-3, 3), 16, union[:14], "", rng.uniform(-25, 25),
               _seal_red(rng), rng.randrange(1 << 30))
    if rng.random() < 0.5:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("民主评议会议记录", r["姓名"], day, p)
