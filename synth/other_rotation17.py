"""Printings of the 其他 papers added with rotation 17 (2026-12-07), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from REAL-DOCUMENTS.md and the seeds with the parts of ``render``, ``papers_rotation3``, ``other_rotation5``,
``other_rotation6``, ``other_rotation8``, ``other_rotation10``, ``other_rotation11``, ``other_rotation14``,
``other_rotation15`` and ``other_rotation16`` (imported first, so these register after rotation 16's); each keeps the
signature of its kind's first layout and the 其他 truth of ``render._other`` (材料名称, 姓名, 日期), every value of
which is printed on the page.
"""

from __future__ import annotations

import itertools
import math
import random
from datetime import date, timedelta

from dangan.synth import other_rotation16  # noqa: F401  (registers rotation 16's printings before these)
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
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.render import A4, Document, Style, _other, _student, cn_date

SERIAL_RED = (190, 40, 45)


def _union(hh: Household) -> str:
    return f"{hh.unit.employer}工会"


def _stacked(p: Page, x: float, y0: float, y1: float, text: str, size: float, key: str) -> None:
    """``text`` set one character under another, centred in the column at x between y0 and y1."""
    step = min(size * 1.5, (y1 - y0) / max(len(text), 1))
    top = (y0 + y1) / 2 - step * (len(text) - 1) / 2
    for k, ch in enumerate(text):
        p.text(x, top + k * step, ch, size, key, "mm")


def _ring(p: Page, cx: float, cy: float, rx: float, ry: float, ink: tuple[int, int, int], jit: random.Random) -> None:
    """A hand-drawn loop round (cx, cy): a little more than once round, not quite closed where it began."""
    start = jit.uniform(0, 2 * math.pi)
    pts = []
    for k in range(29):
        a = start + k * (2 * math.pi * 1.08) / 28
        wob = 1 + jit.uniform(-0.04, 0.04)
        pts.append((cx + rx * wob * math.cos(a), cy + ry * wob * math.sin(a)))
    p.poly(pts, 0.35, ink)


def _corner_cell(p: Page, x0: float, y0: float, x1: float, y1: float, label: str, key: str) -> None:
    """A ruled cell whose label is printed small in its top left corner (the value written below it)."""
    p.rect(x0, y0, x1, y1, 0.3)
    p.text(x0 + 1.5, y0 + 2.8, label, 2.8, key, "lm")


def _date_boxes(p: Page, x: float, y: float, day: date, key: str, ink: tuple[int, int, int],
                jit: random.Random) -> float:
    """年 月 日 after boxes for their figures (four, two, two), the figures written in (a one-figure month or day
    in the right box); returns the x after 日."""
    bw, bh = 5.0, 6.4
    for figure, n, unit in ((str(day.year), 4, "年"), (str(day.month), 2, "月"), (str(day.day), 2, "日")):
        pad = n - len(figure)
        for k in range(n):
            p.rect(x + k * bw, y - bh / 2, x + (k + 1) * bw, y + bh / 2, 0.22)
            if k >= pad:
                _hand(p, x + k * bw + bw / 2, y, figure[k - pad], 4.4, bw - 1, ink, jit, "mm")
        x += n * bw + 1
        p.text(x, y, unit, 3.6, key, "lm")
        x += text_width(unit, 3.6, key) + 2
    return x


# ---------------------------------------------------------------------------------------------------------
# 证明: the issuer's numbered 证明 form
# ---------------------------------------------------------------------------------------------------------
@layout("其他/证明", "证明/轮换17")
def certificate_corner_labels(hh: Household, rng: random.Random, kind: str, name: str, heading: str, body: str,
                              issuer: str, ring: str, day: date, centre: str = "") -> Document:
    p = Page(*A4, paper=rng.choice(((255, 255, 255), (250, 252, 248))))
    lf = rng.choice(("sans", "serif", "hei"))
    bold = "serifbold" if lf == "serif" else "bold"
    pen = Style.draw(rng, typed=False)
    x0, x1 = 18.0, 192.0
    serial = f"No.{rng.randrange(10**6, 10**7)}"
    p.text(x1, 16, serial, 4.2, "serif", "rm", SERIAL_RED)
    title = heading.replace(" ", "")
    p.text(105, 28, "　".join(title) if len(title) <= 5 else title, _fit_size(title, 6.6, bold, 150), bold, "mm")
    p.text(105, 36, rng.choice(("（存根联另存）", "（第二联  交申请人）", "（申请人收执联）")), 3.2, lf, "mm", LIGHT)
    hx = x0 + 11.0  # the column of the stacked heads
    top = 44.0
    # head 1: who and what, two cells a row, the label in each cell's corner, the value under it
    r1, r2 = top + 17, top + 34
    p.rect(x0, top, hx, r2, 0.4)
    _stacked(p, (x0 + hx) / 2, top, r2, rng.choice(("基本情况", "证明对象")), 3.6, bold)
    mid = hx + (x1 - hx) * rng.uniform(0.45, 0.55)
    _corner_cell(p, hx, top, mid, r1, rng.choice(("被证明人", "当事人姓名")), lf)
    _corner_cell(p, mid, top, x1, r1, rng.choice(("证明类别", "证明事项")), lf)
    _corner_cell(p, hx, r1, x1, r2, rng.choice(("出具单位", "出证单位")), lf)
    _hand(p, hx + 6, (top + r1) / 2 + 2.5, name, 5.4, mid - hx - 10, pen.color, pen.rng)
    _hand(p, mid + 6, (top + r1) / 2 + 2.5, kind, 5.2, x1 - mid - 10, pen.color, pen.rng)
    _hand(p, hx + 6, (r1 + r2) / 2 + 2.5, issuer, 5.0, x1 - hx - 12, pen.color, pen.rng)
    # head 2: the text, written by hand or typed into the one big cell
    y = r2
    typed = rng.random() < 0.45
    size, gap = (4.2, 8.6) if typed else (4.8, 9.6)
    yy = y + 9
    if typed:
        yy = _typed_lines(p, hx + 4, yy, x1 - hx - 8, body, size, rng.choice(("heimono", "serif")), gap, indent=2 * size)
        p.text(hx + 4 + 2 * size, yy, "特此证明。", size, lf, "lm")
    else:
        yy = _hand_lines(p, hx + 4, yy, x1 - hx - 8, body, size, pen.color, pen.rng, gap, indent=2 * size)
        _hand(p, hx + 4 + 2 * size, yy, "特此证明。", size, 40, pen.color, pen.rng)
    bottom = max(yy + 10, y + 62)
    p.rect(x0, y, hx, bottom, 0.4)
    _stacked(p, (x0 + hx) / 2, y, bottom, rng.choice(("证明内容", "证明事由")), 3.6, bold)
    p.rect(hx, y, x1, bottom, 0.3)
    # head 3: who signed, and the day in boxes
    y = bottom
    sign_h = 20.0
    p.rect(x0, y, hx, y + 2 * sign_h, 0.4)
    _stacked(p, (x0 + hx) / 2, y, y + 2 * sign_h, "签发", 3.6, bold)
    thirds = [hx + (x1 - hx) * k / 3 for k in range(4)]
    roles = rng.choice((("经办人", "审核人", "负责人"), ("经办人", "复核人", "单位负责人")))
    for (a, b), role in zip(itertools.pairwise(thirds), roles, strict=True):
        _corner_cell(p, a, y, b, y + sign_h, role, lf)
        own = Style.draw(rng, typed=False)
        _hand(p, (a + b) / 2, y + sign_h / 2 + 3, _name(rng), 5.2, b - a - 8, own.color, own.rng, "mm")
    y += sign_h
    _corner_cell(p, hx, y, x1, y + sign_h, rng.choice(("出具日期", "开具日期", "签发日期")), lf)
    dx = hx + 24 + rng.uniform(0, 16)
    end = _date_boxes(p, dx, y + sign_h / 2 + 2, day, lf, pen.color, pen.rng)
    p.text(x1 - 3, y + sign_h / 2 + 2, "（盖章）", 3.4, lf, "rm", LIGHT)
    p.seal(min(end - 12 + rng.uniform(-6, 10), x1 - 20), y + sign_h / 2 + rng.uniform(-4, 2), 16, ring[:14], centre,
           rng.uniform(-25, 25), _seal_red(rng), rng.randrange(1 << 30))
    y += sign_h + 9
    notes = rng.choice((("注：1. 本证明涂改无效。", "2. 本证明自出具之日起三个月内有效。"),
                        ("说明：本证明仅用于困难职工帮扶申请，", "不作其他用途。")))
    for s in notes:
        p.text(x0 + 2, y, s, 3.2, lf, "lm", LIGHT)
        y += 6
    p.text(x0 + 2, y + 2, f"证明查询电话：{rng.choice(('0731', '0311', '0571', '010'))}-{rng.randrange(2000000, 8999999)}",
           3.2, lf, "lm", LIGHT)
    if rng.random() < 0.6:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other(kind, name, day, p, heading)


# ---------------------------------------------------------------------------------------------------------
# 票据: one carbon 联 of a receipt copied on the top of an A4
# ---------------------------------------------------------------------------------------------------------
UNITS = ("拾万", "万", "仟", "佰", "拾", "元", "角", "分")


@layout("其他/票据", "票据/轮换17")
def receipt_paired_items(hh: Household, rng: random.Random, kind: str, name: str, payee: str, items: str,
                         day: date, title: str, centre: str) -> Document:
    fees = [c.strip() for c in items.split(" / ")]
    medical = kind == "医药费票据"
    sheet = Page(*A4)
    pen = Style.draw(rng, typed=False)
    note = rng.choice((f"附：{kind}（复印件）", f"{kind}复印件", f"{kind}  原件已核"))
    _hand(sheet, 18 + rng.uniform(0, 10), 14 + rng.uniform(0, 4), note, 5.6, 150, pen.color, pen.rng)
    r = Page(184.0, 112.0, paper=rng.choice(((252, 250, 244), (246, 248, 252), (255, 255, 255))))
    lf = rng.choice(("serif", "sans", "heimono"))
    bold = "serifbold" if lf == "serif" else "bold"
    carbon = rng.choice(((40, 50, 140), (30, 30, 90), (60, 60, 70)))
    jit = random.Random(rng.randrange(1 << 30))
    r.text(88, 8, title, _fit_size(title, 5.4, bold, 120), bold, "mm")
    r.line(50, 12.2, 126, 12.2, 0.3)
    r.line(50, 13.2, 126, 13.2, 0.3)
    r.text(8, 18.5, f"票据代码：{rng.randrange(10**7, 10**8)}", 3.0, lf, "lm")
    r.text(168, 18.5, f"No.{rng.randrange(10**7, 10**8)}", 3.8, "serif", "rm", SERIAL_RED)
    x0, x1 = 6.0, 170.0
    # the 联 down the right margin, outside the frame
    _stacked(r, 177.0, 22, 108, rng.choice(("第二联收据联交款人收执", "第二联交款人收执")), 3.0, lf)
    y = 22.0
    rh = 10.0
    head = (("交款人", 22.0), ("", 50.0), ("收款单位", 24.0))
    xs = [x0]
    for _, w in head:
        xs.append(xs[-1] + w)
    xs.append(x1)
    for k, (a, b) in enumerate(itertools.pairwise(xs)):
        r.rect(a, y, b, y + rh, 0.3)
        if k in (0, 2):
            r.text((a + b) / 2, y + rh / 2, head[k][0], 3.3, lf, "mm")
    _hand(r, xs[1] + 3, y + rh / 2, name, 5.0, xs[2] - xs[1] - 6, carbon, jit)
    r.fit(xs[3], y, xs[4], y + rh, payee, 3.8, "kai", color=carbon, jitter=jit)
    y += rh
    # the fees two to a row: 项目 | 金额 | 项目 | 金额, under a stacked head on the left
    vx = x0 + 9.0
    half = (x1 - vx) / 2
    cols = [vx, vx + half * 0.55, vx + half, vx + half * 1.55, x1]
    r.rect(vx, y, x1, y + 7, 0.3)
    for a, b, lab in zip(cols, cols[1:], ("项目名称", "金额（元）", "项目名称", "金额（元）"), strict=False):
        r.rect(a, y, b, y + 7, 0.3)
        r.text((a + b) / 2, y + 3.5, lab, 3.0, bold, "mm")
    body_top = y
    y += 7
    amounts = []
    for fee in fees:
        if medical:
            amounts.append(round(rng.randrange(30, 2400) + rng.randrange(100) / 100, 2))
        else:
            amounts.append(float(rng.randrange(8, 45) * 100 if fee == "学费" else rng.randrange(2, 15) * 100))
    pairs = math.ceil(len(fees) / 2) + rng.choice((0, 1))
    for i in range(pairs):
        for a, b in itertools.pairwise(cols):
            r.rect(a, y, b, y + 8.5, 0.25)
        for j in range(2):
            k = 2 * i + j
            if k < len(fees):
                a = cols[2 * j]
                r.text(a + 3, y + 4.25, fees[k], 3.6, lf, "lm")
                _hand(r, cols[2 * j + 2] - 3, y + 4.25, f"{amounts[k]:.2f}", 4.4, cols[2 * j + 2] - cols[2 * j + 1] - 4,
                      carbon, jit, "rm")
        y += 8.5
    r.rect(x0, body_top, vx, y, 0.3)
    _stacked(r, (x0 + vx) / 2, body_top, y, "收费项目", 3.0, bold)
    # the total: in capitals, and its figures in boxes under printed units
    total = round(sum(amounts), 2)
    th = 13.0
    r.rect(x0, y, x1, y + th, 0.3)
    lab = "合计人民币（大写）"
    r.text(x0 + 2, y + th / 2, lab, 3.2, lf, "lm")
    bw = 5.6
    bx = x1 - 2 - bw * len(UNITS)
    _hand(r, x0 + 3 + text_width(lab, 3.2, lf), y + th / 2, rmb_upper(total), 4.4,
          bx - x0 - 8 - text_width(lab, 3.2, lf), carbon, jit)
    cents = round(total * 100)
    figure = f"{cents // 100}{cents % 100:02d}"
    start = len(UNITS) - len(figure)
    for k, unit in enumerate(UNITS):
        r.text(bx + k * bw + bw / 2, y + 2.8, unit, 2.2, lf, "mm")
        r.rect(bx + k * bw, y + 5, bx + (k + 1) * bw, y + th - 1, 0.2)
        if k == start - 1:
            _hand(r, bx + k * bw + bw / 2, y + 8.6, "¥", 3.8, bw - 1, carbon, jit, "mm")
        elif k >= start:
            _hand(r, bx + k * bw + bw / 2, y + 8.6, figure[k - start], 4.2, bw - 1, carbon, jit, "mm")
    y += th
    # the foot: the day, the cashier, the reviewer
    fy = y + 7
    r.text(x0 + 2, fy, "开票日期：", 3.3, lf, "lm")
    r.text(x0 + 2 + text_width("开票日期：", 3.3, lf), fy, day.isoformat(), 3.6, "heimono", "lm", carbon)
    r.text(x0 + 62, fy, "收款人：", 3.3, lf, "lm")
    _hand(r, x0 + 62 + text_width("收款人：", 3.3, lf) + 1, fy, _name(rng), 4.6, 24, carbon, jit)
    r.text(x0 + 104, fy, "复核：", 3.3, lf, "lm")
    _hand(r, x0 + 104 + text_width("复核：", 3.3, lf) + 1, fy, _name(rng), 4.6, 24, carbon, jit)
    r.seal(x1 - 16 + rng.uniform(-6, 2), fy + 4 + rng.uniform(-2, 3), 13, payee[:12], centre, rng.uniform(-30, 30),
           _seal_red(rng), rng.randrange(1 << 30))
    r.text(x0 + 2, fy + 7, "（手写无效　加盖收费专用章有效）", 2.8, lf, "lm", LIGHT)
    embed_scaled(sheet, r, 10 + rng.uniform(0, 4), 26 + rng.uniform(0, 8), 1.0)
    if rng.random() < 0.6:
        sheet.mono, sheet.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other(kind, name, day, sheet)


# ---------------------------------------------------------------------------------------------------------
# 录取通知书: the school's roster copied instead
# ---------------------------------------------------------------------------------------------------------
SCHOOLS_FROM = ("实验中学", "第二中学", "第五中学", "育才中学", "城关中学", "第一初级中学", "外国语学校", "光明中学")


@layout("其他/录取通知书", "录取通知书/轮换17")
def admission_roster(hh: Household, rng: random.Random) -> Document:
    child = _student(hh)
    school = str(child.get("单位或学校") or "某中学")
    year = int(child.get("入学年份") or hh.created.year)
    day = date(year, rng.choice((7, 8)), rng.randrange(1, 29))
    level = str(child.get("当前学历") or "")
    college = "大学" in level or "本科" in level or "专" in level
    subjects: tuple[str, ...]
    if college:
        subjects = ("会计学", "机械设计制造", "护理学", "计算机科学与技术", "市场营销", "土木工程")
    elif "职" in level:
        subjects = ("数控技术应用", "会计事务", "计算机应用", "电子商务", "汽车运用与维修")
    else:
        subjects = tuple(f"高一（{k}）班" for k in range(1, 13))
    p = Page(*A4)
    lf = rng.choice(("sans", "serif", "hei", "heimono"))
    bold = "serifbold" if lf == "serif" else "bold"
    pen = Style.draw(rng, typed=False)
    note = rng.choice(("录取通知书原件已交学校，附录取名册复印件。", "录取通知书遗失，以学校录取名册代。"))
    _hand(p, 16 + rng.uniform(0, 8), 14, note, 5.0, 176, pen.color, pen.rng)
    head = f"{school}{year}年{'新生' if not college else '普通本专科新生'}录取名册"
    p.text(105, 28, head, _fit_size(head, 5.4, bold, 176), bold, "mm")
    pages = rng.randrange(3, 12)
    p.text(192, 36, f"第{rng.randrange(1, pages + 1)}页　共{pages}页", 3.0, lf, "rm")
    p.text(18, 36, rng.choice(("招生办公室制表", "教务处制", "招生就业处")), 3.0, lf, "lm")
    cols = (("序号", 10.0), ("考生号", 32.0), ("姓名", 22.0), ("性别", 10.0),
            ("录取专业" if college or "职" in level else "编入班级", 38.0), ("毕业学校", 40.0), ("备注", 22.0))
    xs = [18.0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    y = 40.0
    hh_ = 9.0
    for (lab, _), a, b in zip(cols, xs, xs[1:], strict=False):
        p.rect(a, y, b, y + hh_, 0.35)
        p.text((a + b) / 2, y + hh_ / 2, lab, 3.3, bold, "mm")
    y += hh_
    rows = rng.randrange(16, 23)
    mine = rng.randrange(1, rows - 1)
    first = rng.randrange(1, 400)
    prefix = f"{str(year)[2:]}{rng.randrange(10**5, 10**6)}"
    rh = 9.0
    mine_y = 0.0
    for i in range(rows):
        for a, b in itertools.pairwise(xs):
            p.rect(a, y, b, y + rh, 0.25)
        if i == mine:
            who, sex = str(child["姓名"]), str(child.get("性别") or rng.choice(("男", "女")))
            mine_y = y + rh / 2
        else:
            who, sex = _name(rng), rng.choice(("男", "女"))
        cells = (str(first + i), f"{prefix}{rng.randrange(1000, 9999)}", who, sex, rng.choice(subjects),
                 rng.choice(SCHOOLS_FROM), rng.choice(("", "", "", "住校", "走读")))
        for s, a, b in zip(cells, xs, xs[1:], strict=False):
            p.text((a + b) / 2, y + rh / 2, s, _fit_size(s, 3.4, lf, b - a - 2), lf, "mm")
        y += rh
    # the pupil's row looped round in ink, 本人 written in the margin beside it
    _ring(p, (xs[2] + xs[3]) / 2, mine_y, (xs[3] - xs[2]) / 2 + 3, rh / 2 + 1.2, pen.color, pen.rng)
    p.line(xs[3] + 1, mine_y + 3.4, xs[-1] - 4, mine_y + 3.8, 0.3, pen.color)  # and the rest of it underlined
    y += 12
    p.text(18, y, f"以上共{rows}人。", 3.6, lf, "lm")
    y += 14
    p.text(188, y, school, _fit_size(school, 4.2, lf, 90), lf, "rm")
    p.text(188, y + 9, cn_date(day), 4.2, lf, "rm")
    p.seal(166 + rng.uniform(-6, 6), y + 4 + rng.uniform(-3, 3), 16, school[:12], "", rng.uniform(-25, 25),
           _seal_red(rng), rng.randrange(1 << 30))
    if rng.random() < 0.65:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("录取通知书", child["姓名"], day, p)


# ---------------------------------------------------------------------------------------------------------
# 银行卡: the account's printed statement with the card copied under it
# ---------------------------------------------------------------------------------------------------------
@layout("其他/银行卡", "银行卡/轮换17")
def bank_statement_card(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    bank, number, branch = str(r["开户银行"]), str(r["银行卡号"]), str(r["支行名称"])
    day = hh.created - timedelta(days=rng.randrange(1, 20))
    p = Page(*A4)
    lf = rng.choice(("heimono", "sans", "serif"))
    bold = "serifbold" if lf == "serif" else "bold"
    x0, x1 = 14.0, 196.0
    p.text(x0, 18, bank, _fit_size(bank, 5.4, bold, 90), bold, "lm")
    title = rng.choice(("个人账户交易明细清单", "个人客户对账单", "账户历史明细"))
    p.text(x1, 18, title, _fit_size(title, 4.8, bold, 86), bold, "rm")
    p.line(x0, 23, x1, 23, 0.5)
    since = day - timedelta(days=rng.choice((90, 180, 182)))
    pairs = ((("户名", str(r["姓名"])), ("币种", "人民币")),
             (("卡号", number), ("钞汇标志", "钞")),
             (("开户机构", branch), ("查询区间", f"{since.isoformat()}至{day.isoformat()}")),
             (("证件号码", str(r["身份证号"])), ("账户状态", "正常")))
    y = 27.0
    rh = 8.0
    cut = [x0, x0 + 24, x0 + 108, x0 + 130, x1]
    for pair in pairs:
        for k, (lab, v) in enumerate(pair):
            a, b, c = cut[2 * k], cut[2 * k + 1], cut[2 * k + 2]
            p.rect(a, y, b, y + rh, 0.25, fill=(238, 238, 238))
            p.rect(b, y, c, y + rh, 0.25)
            p.text((a + b) / 2, y + rh / 2, lab, 3.2, lf, "mm")
            p.text(b + 2, y + rh / 2, v, _fit_size(v, 3.5, lf, c - b - 4), lf, "lm")
        y += rh
    y += 5
    cols = (("交易日期", 26.0), ("摘要", 26.0), ("支出", 26.0), ("存入", 26.0), ("余额", 28.0), ("交易渠道", 22.0),
            ("对方户名", 28.0))
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    for (lab, _), a, b in zip(cols, xs, xs[1:], strict=False):
        p.line(a, y, b, y, 0.4)
        p.text((a + b) / 2, y + 4, lab, 3.1, bold, "mm")
    y += 8
    p.line(x0, y, xs[-1], y, 0.3)
    balance = float(rng.randrange(200, 6000))
    when = since
    n = rng.randrange(7, 12)
    employer = str(r.get("工作单位") or hh.unit.employer)
    for _ in range(n):
        when += timedelta(days=rng.randrange(3, 20))
        if when > day:
            break
        what = rng.choice(("代发工资", "消费", "ATM取款", "转账支出", "结息", "代发工资"))
        if what == "代发工资":
            amount, into, other = float(rng.randrange(1800, 4200)), True, employer
        elif what == "结息":
            amount, into, other = round(rng.uniform(0.5, 6.0), 2), True, ""
        else:
            amount, into, other = float(rng.randrange(50, 1500)), False, _name(rng) if what == "转账支出" else ""
        amount = min(amount, balance) if not into else amount
        balance = round(balance + amount if into else balance - amount, 2)
        channel = {"消费": "POS", "ATM取款": "ATM", "结息": "柜面"}.get(what, rng.choice(("网银", "批量")))
        cells = (when.isoformat(), what, "" if into else f"{amount:,.2f}", f"{amount:,.2f}" if into else "",
                 f"{balance:,.2f}", channel, other)
        for k, (s, a, b) in enumerate(zip(cells, xs, xs[1:], strict=False)):
            if s:
                anchor_x = b - 2 if k in (2, 3, 4) else (a + b) / 2
                p.text(anchor_x, y + 3.8, s, _fit_size(s, 3.0, lf, b - a - 2), lf, "rm" if k in (2, 3, 4) else "mm")
        y += 7
    p.line(x0, y, xs[-1], y, 0.4)
    y += 6
    p.text(x0, y, f"打印日期：{cn_date(day)}", 3.3, lf, "lm")
    p.text(x0 + 70, y, f"柜员号：{rng.randrange(100000, 999999)}", 3.3, lf, "lm")
    p.text(x1, y, "本清单仅供参考，加盖业务章有效", 3.0, lf, "rm", LIGHT)
    p.seal(x1 - 30 + rng.uniform(-8, 4), y - 8 + rng.uniform(-4, 4), 15, f"{bank}{branch}"[:14],
           rng.choice(("业务专用章", "业务受理章")), rng.uniform(-25, 25), _seal_red(rng), rng.randrange(1 << 30))
    # the card, copied under the statement, with a staple in its corner and the caption written beside it
    y += 14
    pen = Style.draw(rng, typed=False)
    cx = x0 + 6 + rng.uniform(0, 8)
    scale = rng.choice((1.0, 1.1))
    embed_scaled(p, _card_front(bank, number, rng), cx, y, scale)
    p.line(cx - 2, y + 4, cx + 6, y - 1, 0.6, (90, 90, 90))
    tx = cx + 85.6 * scale + 8
    _hand(p, tx, y + 8, "银行卡复印件", 6.0, x1 - tx, pen.color, pen.rng)
    _hand(p, tx, y + 20, f"持卡人：{r['姓名']}", 5.0, x1 - tx, pen.color, pen.rng)
    _hand(p, tx, y + 30, f"卡号：{number}", 4.4, x1 - tx, pen.color, pen.rng)
    _hand(p, tx, y + 40, f"{day.year}.{day.month}.{day.day}", 4.6, x1 - tx, pen.color, pen.rng)
    if rng.random() < 0.7:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.55), 2)
    return _other("银行卡复印件", r["姓名"], day, p, "银行卡复印件")


# ---------------------------------------------------------------------------------------------------------
# 授权书: landscape, the consents circled, the adults one to a column
# ---------------------------------------------------------------------------------------------------------
CONSENTS = ("查询、核对户籍、婚姻登记及殡葬信息", "查询、核对社会保险、住房公积金缴存及领取信息",
            "查询、核对银行存款、理财、证券及保险信息", "查询、核对不动产、车辆及工商登记信息")


@layout("其他/授权书", "授权书/轮换17")
def authorisation_member_columns(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    day = hh.created - timedelta(days=rng.randrange(3, 30))
    p = Page(297.0, 210.0)
    lf = rng.choice(("serif", "sans", "hei"))
    bold = "serifbold" if lf == "serif" else "bold"
    x0, x1 = 14.0, 283.0
    title = rng.choice(("家庭经济状况核查授权书", "困难职工家庭经济状况核对授权书", "居民家庭经济状况信息查询授权书"))
    p.text(148.5, 16, title, 6.2, bold, "mm")
    p.text(x1, 24, f"编号：{day.year}-{rng.randrange(1, 999):03d}", 3.2, lf, "rm", LIGHT)
    pen = Style.draw(rng, typed=False)
    y = 32.0
    intro = (f"我（们）是{r['姓名']}申请困难职工建档的共同生活家庭成员及法定赡养、抚养、扶养义务人，"
             "为核实家庭经济状况，就以下事项作出选择（在所选项上画圈）：")
    y = _typed_lines(p, x0, y, x1 - x0, intro, 3.8, lf, 7.2, indent=7.6)
    # the consents, one a row, each with 同意 / 不同意 and the chosen one looped in ink
    box_top = y - 3
    for k, s in enumerate(CONSENTS):
        p.text(x0 + 4, y + 1.5, f"{k + 1}．{s}", 3.7, lf, "lm")
        ox = x1 - 58
        p.text(ox, y + 1.5, "同意", 3.7, lf, "lm")
        p.text(ox + 26, y + 1.5, "不同意", 3.7, lf, "lm")
        _ring(p, ox + text_width("同意", 3.7, lf) / 2, y + 1.5, 6.0, 3.0, pen.color, pen.rng)
        y += 8.5
    p.rect(x0, box_top, x1, y - 2, 0.3)
    y += 4
    # the adults, one to a column, the labels down the left in a column of their own
    people = [r, *[m for m in hh.members if m["年龄"] >= 18]][:6]
    ncol = max(len(people) + rng.choice((0, 1)), 3)
    lab_w = 32.0
    cw = (x1 - x0 - lab_w) / ncol
    heads = (("姓名", 10.0), ("与申请人关系", 10.0), ("公民身份号码", 11.0), ("本人签名", 14.0), ("手印", 14.0))
    for lab, h in heads:
        p.rect(x0, y, x0 + lab_w, y + h, 0.3, fill=(242, 242, 242))
        p.text(x0 + lab_w / 2, y + h / 2, lab, _fit_size(lab, 3.5, bold, lab_w - 3), bold, "mm")
        for c in range(ncol):
            a = x0 + lab_w + c * cw
            p.rect(a, y, a + cw, y + h, 0.3)
            if c >= len(people):
                continue
            person = people[c]
            mid = a + cw / 2
            cy = y + h / 2
            if lab == "姓名":
                p.text(mid, cy, str(person["姓名"]), _fit_size(str(person["姓名"]), 3.8, lf, cw - 3), lf, "mm")
            elif lab == "与申请人关系":
                rel = "本人" if c == 0 else str(person.get("关系") or "")
                p.text(mid, cy, rel, _fit_size(rel, 3.6, lf, cw - 3), lf, "mm")
            elif lab == "公民身份号码":
                s = str(person["身份证号"])
                p.text(mid, cy, s, _fit_size(s, 3.4, "heimono", cw - 2), "heimono", "mm")
            elif lab == "本人签名":
                own = Style.draw(random.Random(rng.randrange(1 << 30)), typed=False)
                _hand(p, mid, cy, str(person["姓名"]), 5.6, cw - 4, own.color, own.rng, "mm")
            else:
                p.seal(mid + rng.uniform(-3, 3), cy + rng.uniform(-1.5, 1.5), 3.4, "", "", 0.0, FINGER_RED,
                       rng.randrange(1 << 20))
        y += h
    y += 9
    p.text(x0, y, "申请人：", 3.8, lf, "lm")
    _hand(p, x0 + text_width("申请人：", 3.8, lf) + 2, y, str(r["姓名"]), 5.6, 40, pen.color, pen.rng)
    p.text(x0 + 90, y, "签署日期：", 3.8, lf, "lm")
    _hand(p, x0 + 90 + text_width("签署日期：", 3.8, lf) + 2, y, cn_date(day), 5.0, 60, pen.color, pen.rng)
    union = _union(hh)
    p.text(x1, y, f"受理单位：{union}", _fit_size(f"受理单位：{union}", 3.8, lf, 100), lf, "rm")
    if rng.random() < 0.5:
        p.seal(x1 - 30 + rng.uniform(-6, 6), y - 2 + rng.uniform(-3, 3), 15, union[:14], "", rng.uniform(-25, 25),
               _seal_red(rng), rng.randrange(1 << 30))
    y += 10
    note = "注：无民事行为能力或限制民事行为能力的家庭成员由其监护人代为签名；本授权书复印件与原件具有同等效力。"
    p.text(x0, y, note, _fit_size(note, 3.2, lf, x1 - x0), lf, "lm", LIGHT)
    if rng.random() < 0.55:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("授权书", r["姓名"], day, p, title)


# ---------------------------------------------------------------------------------------------------------
# 会议记录: the minutes with their count of votes
# ---------------------------------------------------------------------------------------------------------
def _zheng(p: Page, x: float, y: float, count: int, ink: tuple[int, int, int], jit: random.Random) -> float:
    """``count`` votes tallied in 正 strokes (five a character) from (x, y), the character's centre line; returns
    the x after the last character."""
    s = 5.0
    while count > 0:
        strokes = min(count, 5)

        def j() -> float:
            return jit.uniform(-0.25, 0.25)

        segs = ((x, y - s / 2, x + s, y - s / 2), (x + s / 2, y - s / 2, x + s / 2, y + s / 2),
                (x + s / 2, y, x + s * 0.9, y), (x + s * 0.15, y + 0.2, x + s * 0.15, y + s / 2),
                (x - 0.2, y + s / 2, x + s + 0.2, y + s / 2))
        for a, b, c, d in segs[:strokes]:
            p.line(a + j(), b + j(), c + j(), d + j(), 0.4, ink)
        count -= strokes
        x += s + 2.5
    return x


@layout("其他/会议记录", "会议记录/轮换17")
def minutes_tally(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    day = hh.publicity_start - timedelta(days=rng.randrange(1, 8))
    due = rng.randrange(7, 13)
    present = due - rng.choice((0, 0, 1, 2))
    against = rng.choice((0, 0, 1)) if present >= 7 else 0
    abstain = rng.choice((0, 0, 1)) if present >= 8 else 0
    agree = present - against - abstain
    passed = agree * 2 > present
    lf = rng.choice(("serif", "sans", "hei", "heimono"))
    bold = "serifbold" if lf == "serif" else "bold"
    union = _union(hh)
    p = Page(*A4)
    p.text(105, 20, "民主评议会议记录", 6.4, bold, "mm")
    p.text(105, 28, rng.choice(("（附表决计票单）", "（含计票结果）")), 3.4, lf, "mm")
    pen = Style.draw(rng, typed=rng.random() < 0.4)
    ink = pen.color if pen.hand else BLACK
    vf = "kai" if pen.hand else pen.value_font

    def value(x: float, y: float, s: str, width: float) -> None:
        if pen.hand:
            _hand(p, x, y, s, 4.6, width, ink, pen.rng)
        else:
            p.text(x, y, s, _fit_size(s, 3.9, vf, width), vf, "lm")

    x0, x1 = 16.0, 194.0
    hx = x0 + 11
    chair, clerk = str(r["审核人"]), str(r["建档人"])
    cut = [hx, hx + 24, hx + 84, hx + 108, x1]
    rh = 10.0
    y = 34.0
    rows = ((("会议时间", f"{cn_date(day)}{rng.choice(('上午', '下午'))}"),
             ("会议地点", rng.choice(("工会会议室", "二楼小会议室", "职工之家")))),
            (("主 持 人", chair), ("记 录 人", clerk)),
            (("应到人数", f"{due}人"), ("实到人数", f"{present}人")))
    top = y
    for pair in rows:
        for k, (lab, v) in enumerate(pair):
            a, b, c = cut[2 * k], cut[2 * k + 1], cut[2 * k + 2]
            p.rect(a, y, b, y + rh, 0.3)
            p.rect(b, y, c, y + rh, 0.3)
            p.text((a + b) / 2, y + rh / 2, lab, 3.5, lf, "mm")
            value(b + 2.5, y + rh / 2, v, c - b - 5)
        y += rh
    p.rect(x0, top, hx, y, 0.4)
    _stacked(p, (x0 + hx) / 2, top, y, "会议概况", 3.6, bold)
    # the person reviewed and what the sitting heard, under a second stacked head
    top = y
    p.rect(hx, y, cut[1], y + rh, 0.3)
    p.text((hx + cut[1]) / 2, y + rh / 2, "评议对象", 3.5, lf, "mm")
    p.rect(cut[1], y, x1, y + rh, 0.3)
    value(cut[1] + 2.5, y + rh / 2, f"{r['姓名']}（{r.get('单位') or hh.unit.employer}）", x1 - cut[1] - 5)
    y += rh
    text = (f"申请人家庭人口{r['家庭人口']}人，主要致困原因为{r['主要致困原因']}。工会入户调查情况经会议通报，"
            "与会人员逐项核对申请材料，进行了讨论，随后以举手方式表决。")
    ty = y + 7
    if pen.hand:
        ty = _hand_lines(p, hx + 3, ty, x1 - hx - 6, text, 4.4, ink, pen.rng, 8.4, indent=8.8)
    else:
        ty = _typed_lines(p, hx + 3, ty, x1 - hx - 6, text, 3.8, vf, 7.6, indent=7.6)
    bottom = ty + 2
    p.rect(hx, y, x1, bottom, 0.3)
    p.rect(x0, top, hx, bottom, 0.4)
    _stacked(p, (x0 + hx) / 2, top, bottom, "评议情况", 3.6, bold)
    # the count: one row per option, 正 strokes, the number
    y = bottom + 8
    p.text(x0, y, "表决计票：", 3.8, bold, "lm")
    y += 5
    tc = [x0, x0 + 30, x0 + 128, x1]
    for lab, a, b in zip(("表决意见", "计票（画“正”字）", "票数"), tc, tc[1:], strict=False):
        p.rect(a, y, b, y + 8, 0.3, fill=(240, 240, 240))
        p.text((a + b) / 2, y + 4, lab, 3.4, bold, "mm")
    y += 8
    counter = Style.draw(rng, typed=False)
    for lab, n in (("同意", agree), ("不同意", against), ("弃权", abstain)):
        for a, b in itertools.pairwise(tc):
            p.rect(a, y, b, y + 11, 0.3)
        p.text((tc[0] + tc[1]) / 2, y + 5.5, lab, 3.8, lf, "mm")
        if n:
            _zheng(p, tc[1] + 5, y + 5.5, n, counter.color, counter.rng)
        _hand(p, (tc[2] + tc[3]) / 2, y + 5.5, f"{n}票", 4.8, tc[3] - tc[2] - 4, counter.color, counter.rng, "mm")
        y += 11
    y += 8
    p.text(x0, y, "计票人：", 3.6, lf, "lm")
    _hand(p, x0 + text_width("计票人：", 3.6, lf) + 2, y, _name(rng), 5.0, 28, counter.color, counter.rng)
    p.text(x0 + 62, y, "监票人：", 3.6, lf, "lm")
    mon = Style.draw(rng, typed=False)
    _hand(p, x0 + 62 + text_width("监票人：", 3.6, lf) + 2, y, _name(rng), 5.0, 28, mon.color, mon.rng)
    y += 13
    # the verdict: 通过 / 不通过 printed, the result looped
    lab = "评议结果："
    p.text(x0, y, lab, 3.8, bold, "lm")
    ox = x0 + text_width(lab, 3.8, bold) + 6
    p.text(ox, y, "通过", 3.8, lf, "lm")
    p.text(ox + 22, y, "不通过", 3.8, lf, "lm")
    chosen_x = ox + text_width("通过", 3.8, lf) / 2 if passed else ox + 22 + text_width("不通过", 3.8, lf) / 2
    _ring(p, chosen_x, y, 7.5 if passed else 9.5, 3.2, ink if pen.hand else (25, 40, 120), pen.rng)
    y += 9
    verdict = (f"同意将{r['姓名']}同志列为困难职工建档对象，按程序予以公示。" if passed
               else f"{r['姓名']}同志暂不列为困难职工建档对象。")
    y = _typed_lines(p, x0, y, x1 - x0, verdict, 3.8, lf, 7.6) + 6
    p.text(x0, y, "参会人员签名：", 3.6, lf, "lm")
    sx = x0 + text_width("参会人员签名：", 3.6, lf) + 2
    for who in [chair, clerk, *[_name(rng) for _ in range(min(present, 8) - 2)]]:
        own = Style.draw(rng, typed=False)
        w = min(text_width(who, 4.8, "kai"), 16)
        if sx + w > x1:
            sx, y = x0 + 4, y + 9
        _hand(p, sx, y, who, 4.8, 16, own.color, own.rng)
        sx += w + 5
    y += 16
    p.text(x1, y, union, _fit_size(union, 3.9, lf, 100), lf, "rm")
    p.text(x1, y + 8, cn_date(day), 3.9, lf, "rm")
    if rng.random() < 0.7:
        p.seal(x1 - 26 + rng.uniform(-5, 5), y + 3 + rng.uniform(-3, 3), 16, union[:14], "", rng.uniform(-25, 25),
               _seal_red(rng), rng.randrange(1 << 30))
    if rng.random() < 0.5:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("民主评议会议记录", r["姓名"], day, p)
