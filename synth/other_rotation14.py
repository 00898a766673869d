"""Printings of the 其他 papers added with rotation 14 (2026-12-07), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from REAL-DOCUMENTS.md and the seeds with the parts of ``render``, ``papers_rotation3``, ``other_rotation5``,
``other_rotation6``, ``other_rotation7``, ``other_rotation8``, ``other_rotation10``, ``other_rotation11`` and
``other_rotation13`` (imported first, so these register after rotation 13's); each keeps the signature of its
kind's first layout and the 其他 truth of ``render._other`` (材料名称, 姓名, 日期), every value of which is printed
on the page.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from dangan.synth import other_rotation13  # noqa: F401  (registers rotation 13's printings before these)
from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.other_rotation5 import _name, rmb_upper
from dangan.synth.other_rotation6 import _qr, _typed_lines
from dangan.synth.other_rotation7 import _stamp_box
from dangan.synth.other_rotation8 import FINGER_RED, _fit_size
from dangan.synth.other_rotation10 import LIGHT
from dangan.synth.other_rotation11 import PHONES, _province, _seal_red
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.render import A4, Document, Style, _other, _student, cn_date

HAIR = (100, 100, 100)


def _hand(p: Page, x: float, y: float, s: str, size: float, width: float, ink: tuple[int, int, int],
          jit: random.Random, anchor: str = "lm") -> None:
    p.text(x + jit.uniform(-0.4, 0.4), y + jit.uniform(-0.4, 0.4), s, _fit_size(s, size, "kai", width), "kai", anchor,
           ink)


def _union(hh: Household) -> str:
    return f"{hh.unit.employer}工会"


def _hand_day(p: Page, x: float, y: float, day: date, size: float, key: str, ink: tuple[int, int, int],
              jit: random.Random) -> float:
    """``____年__月__日`` printed, the figures written in; returns the right edge."""
    for value, unit, w in ((str(day.year), "年", 13.0), (str(day.month), "月", 8.0), (str(day.day), "日", 8.0)):
        p.text(x + w / 2 + jit.uniform(-0.5, 0.5), y + jit.uniform(-0.4, 0.3), value, size * 1.1, "kai", "mm", ink)
        p.line(x, y + 2.2, x + w, y + 2.2, 0.15, HAIR)
        p.text(x + w + 0.4, y, unit, size, key, "lm")
        x += w + 0.4 + text_width(unit, size, key) + 0.8
    return x


# ---------------------------------------------------------------------------------------------------------
# 证明: written by hand on the issuer's 400-character 稿纸 (a 20 × 20 grid of squares in green or red, a strip
# between the rows), one character to a square: the heading centred, the body indented two squares, 特此证明,
# the issuer and the date right-aligned in the squares, the seal over them; the 稿纸's printed foot (the issuer's
# name, 20×20=400); the union's 归档 stamp with the material's name in the top margin
# ---------------------------------------------------------------------------------------------------------
def _grid_rows(text: str, cols: int, indent: int) -> list[str]:
    rows: list[str] = []
    row = " " * indent
    for ch in text:
        if len(row) == cols:
            rows.append(row)
            row = ""
        row += ch
    if row.strip():
        rows.append(row)
    return rows


@layout("其他/证明", "证明/轮换14")
def certificate_grid_paper(hh: Household, rng: random.Random, kind: str, name: str, heading: str, body: str,
                           issuer: str, ring: str, day: date, centre: str = "") -> Document:
    p = Page(*A4, paper=rng.choice(((255, 255, 255), (253, 252, 246))))
    grid = rng.choice(((70, 140, 90), (200, 90, 80), (110, 130, 170)))
    cols, nrows = 20, 20
    x0, top = 21.0, 34.0
    cell = (210 - 2 * x0) / cols
    pitch = cell + rng.choice((2.2, 2.8, 3.2))
    p.rect(x0 - 1.5, top - 1.5, x0 + cols * cell + 1.5, top + nrows * pitch + 0.5, 0.5, grid)
    for r in range(nrows):
        y = top + r * pitch
        p.rect(x0, y, x0 + cols * cell, y + cell, 0.2, grid)
        for c in range(1, cols):
            p.line(x0 + c * cell, y, x0 + c * cell, y + cell, 0.15, grid)
    foot_y = top + nrows * pitch + 5
    p.text(x0, foot_y, f"{issuer[:16]}稿纸", _fit_size(f"{issuer[:16]}稿纸", 2.8, "sans", 110), "sans", "lm", grid)
    p.text(x0 + cols * cell, foot_y, "20×20=400", 2.8, "sans", "rm", grid)
    pen = Style.draw(rng, typed=False)
    ink = rng.choice((INK_BLUE, BLACK, pen.color))
    title = heading.replace(" ", "")
    title = title if len(title) > 2 else f"{title}证明"
    lines: list[tuple[str, str]] = [("centre", title), ("blank", "")]
    lines += [("left", row) for row in _grid_rows(body, cols, 2)]
    if "特此证明" not in body:
        lines.append(("left", "  特此证明。"))
    lines.append(("blank", ""))
    lines.append(("right", issuer[:cols - 1]))
    when = f"{day.year}年{day.month}月{day.day}日"
    lines.append(("right", when))
    size = cell * rng.uniform(0.66, 0.74)
    issuer_row = 0
    for r, (how, s) in enumerate(lines[:nrows]):
        if how == "blank":
            continue
        if how == "centre":
            start = (cols - len(s)) // 2
        elif how == "right":
            start = max(0, cols - 1 - len(s))
            if s == issuer[:cols - 1]:
                issuer_row = r
        else:
            start = 0
        y = top + r * pitch + cell / 2
        for c, ch in enumerate(s):
            if ch == " ":
                continue
            cx = x0 + (start + c + 0.5) * cell
            p.text(cx + pen.rng.uniform(-0.5, 0.5), y + pen.rng.uniform(-0.5, 0.4), ch,
                   _fit_size(ch, size, "kai", cell - 0.6), "kai", "mm", ink)
    sy = top + issuer_row * pitch + cell + pitch / 2
    p.seal(x0 + cols * cell - 34 + rng.uniform(-6, 6), sy + rng.uniform(-3, 3), 16, ring[:14], centre,
           rng.uniform(-25, 25), _seal_red(rng), rng.randrange(1 << 30))
    archive = _union(hh)
    _stamp_box(p, rng.uniform(20, 40), 10, (f"归档材料：{kind}", f"{archive[:12]} {day.year}"), 3.2,
               rng.choice(((40, 70, 150), (180, 40, 50))))
    if rng.random() < 0.55:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.45), 2)
    return _other(kind, name, day, p, heading)


# ---------------------------------------------------------------------------------------------------------
# 票据: the payee's finance office's 缴费证明 on an A5 sheet (in place of the lost or kept receipts): 兹证明 … 缴纳
# 下列费用, a ruled list (序号, 收费项目, 缴费方式, 金额), 合计 in figures and in capital numerals, the not-for-
# reimbursement note, 经办人, the payee and the date under its 财务专用章; copied at 100 % on an A4, the sheet's
# edge showing, the union's archive label (材料 / 页次) in the corner outside it
# ---------------------------------------------------------------------------------------------------------
@layout("其他/票据", "票据/轮换14")
def receipt_payment_certificate(hh: Household, rng: random.Random, kind: str, name: str, payee: str, items: str,
                                day: date, title: str, centre: str) -> Document:
    fees = [c.strip() for c in items.split(" / ")]
    medical = kind == "医药费票据"
    a5 = Page(148.0, 210.0)
    lf = rng.choice(("serif", "sans", "hei", "heimono"))
    bold = "serifbold" if lf == "serif" else "bold"
    a5.text(74, 20, rng.choice(("缴 费 证 明", "收费证明", "费用缴纳证明")), 6.0, bold, "mm")
    a5.text(134, 30, f"No.{rng.randrange(10**6, 10**7)}", 2.8, "heimono", "rm", LIGHT)
    place = "我院" if medical else "我校"
    what = "就诊" if medical else "就读"
    text = (f"兹证明{name}于{cn_date(day)}在{place}{what}，缴纳下列费用，"
            f"款项已收讫。")
    y = _typed_lines(a5, 14, 42, 120, text, 3.8, lf, 7.2, indent=7.6) + 2
    cols = (("序号", 12.0), ("收费项目", 44.0), ("缴费方式", 30.0), ("金额（元）", 34.0))
    xs = [14.0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    rh = 8.0
    for (lab, _), a, b in zip(cols, xs, xs[1:], strict=False):
        a5.rect(a, y, b, y + rh, 0.3)
        a5.text((a + b) / 2, y + rh / 2, lab, _fit_size(lab, 3.3, bold, b - a - 2), bold, "mm")
    y += rh
    total = 0.0
    ways = ("现金", "微信支付", "银行卡", "支付宝")
    for i, fee in enumerate(fees):
        if medical:
            amount = round(rng.randrange(40, 2600) + rng.randrange(100) / 100, 2)
        else:
            amount = float(rng.randrange(6, 45) * 100 if fee == "学费" else rng.randrange(2, 15) * 100)
        total += amount
        cells = (str(i + 1), fee, rng.choice(ways), f"{amount:.2f}")
        for j, (s, a, b) in enumerate(zip(cells, xs, xs[1:], strict=False)):
            a5.rect(a, y, b, y + rh, 0.3)
            if j == 3:
                a5.text(b - 2, y + rh / 2, s, 3.5, lf, "rm")
            else:
                a5.text((a + b) / 2, y + rh / 2, s, _fit_size(s, 3.5, lf, b - a - 2), lf, "mm")
        y += rh
    total = round(total, 2)
    a5.rect(xs[0], y, xs[3], y + rh, 0.3)
    a5.text((xs[0] + xs[3]) / 2, y + rh / 2, "合计（小写）", 3.4, bold, "mm")
    a5.rect(xs[3], y, xs[4], y + rh, 0.3)
    a5.text(xs[4] - 2, y + rh / 2, f"{total:.2f}", 3.5, lf, "rm")
    y += rh
    upper = rmb_upper(total)
    a5.rect(xs[0], y, xs[4], y + rh, 0.3)
    a5.text(xs[0] + 2, y + rh / 2, "合计（大写）", 3.4, bold, "lm")
    a5.text(xs[0] + 28, y + rh / 2, upper, _fit_size(upper, 3.6, lf, xs[4] - xs[0] - 30), lf, "lm")
    y += rh + 8
    note = "本证明仅作申请困难职工帮扶之用，不作报销凭证。"
    a5.text(14, y, note, _fit_size(note, 3.2, lf, 120), lf, "lm", LIGHT)
    y += 14
    a5.text(14, y, f"经办人：{_name(rng)}", 3.6, lf, "lm")
    a5.text(134, y, payee, _fit_size(payee, 3.8, lf, 80), lf, "rm")
    a5.text(134, y + 10, cn_date(day), 3.8, lf, "rm")
    a5.seal(110 + rng.uniform(-5, 5), y + 4 + rng.uniform(-3, 3), 15, payee[:14], "财务专用章", rng.uniform(-20, 20),
            _seal_red(rng), rng.randrange(1 << 30))
    sheet = Page(*A4)
    left = rng.uniform(8, 54)
    top = rng.uniform(22, 70)
    sheet.rect(left, top, left + 148, top + 210, 0.2, (165, 165, 165))
    embed_scaled(sheet, a5, left, top, 1.0)
    label_x = 150.0 if left < 30 else 8.0
    sheet.rect(label_x, 8, label_x + 52, 20, 0.3, (60, 60, 60))
    sheet.line(label_x + 36, 8, label_x + 36, 20, 0.3, (60, 60, 60))
    sheet.text(label_x + 2, 14, kind, _fit_size(kind, 3.6, lf, 33), lf, "lm")
    sheet.text(label_x + 44, 14, f"{rng.randrange(1, 9)}", 3.6, "kai", "mm", INK_BLUE)
    if rng.random() < 0.6:
        sheet.mono, sheet.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other(kind, name, day, sheet)


# ---------------------------------------------------------------------------------------------------------
# 录取通知书: a notice card printed like a train ticket (票号 in red at the top left, 家乡站 → 学校站 set large, the
# 车次 the 专业, the 报到 date as the train's date, the pupil's name and ID number masked, a QR code, 录取通知书 on
# the ticket's foot band), copied enlarged on the top of an A4 with the covering letter under it (the name, the
# school, the date under its seal) and the parent's note written at the foot
# ---------------------------------------------------------------------------------------------------------
def _ticket(hh: Household, rng: random.Random, child: dict[str, object], school: str, major: str, report: date,
            day: date) -> Page:
    t = Page(150.0, 74.0, paper=rng.choice(((214, 232, 244), (232, 222, 240), (246, 226, 210))))
    red = (200, 40, 45)
    t.text(6, 7, f"{rng.choice('ABCDEZ')}{rng.randrange(10**6, 10**7)}", 4.0, "heimono", "lm", red)
    t.text(144, 7, f"{school[:14]}售", _fit_size(f"{school[:14]}售", 3.0, "sans", 70), "sans", "rm")
    home = f"{hh.unit.city}站"
    dest = f"{school[:10]}站"
    t.text(26, 20, home, _fit_size(home, 6.0, "bold", 42), "bold", "mm")
    t.text(110, 20, dest, _fit_size(dest, 6.0, "bold", 64), "bold", "mm")
    t.line(52, 22, 74, 22, 0.5)
    t.poly([(71, 20.5), (74, 22), (71, 23.5)], 0.5, BLACK)
    code = f"{rng.choice('GDKZ')}{report.year}"
    t.text(63, 17, code, 3.4, "heimono", "mm")
    t.text(6, 33, f"{report.year}年{report.month:02d}月{report.day:02d}日 08:00开", 3.6, "sans", "lm")
    course = f"{major}专业" if major != "普通高中" else major
    t.text(92, 33, course, _fit_size(course, 3.6, "sans", 52), "sans", "lm")
    years = child.get("年制") or 3
    t.text(6, 41, f"¥0.00元    学制{years}年    新生专座", 3.4, "sans", "lm")
    ident = str(child.get("身份证号") or "")
    masked = f"{ident[:10]}****{ident[14:]}" if len(ident) == 18 else ""
    t.text(6, 51, f"{masked}  {child['姓名']}", _fit_size(f"{masked}  {child['姓名']}", 4.0, "heimono", 104), "heimono",
           "lm")
    t.text(6, 58, "请持本通知书按时报到，逾期视为放弃。", 2.8, "sans", "lm", LIGHT)
    _qr(t, rng, 120, 38, 22)
    t.rect(0, 64, 150, 74, 0.1, (120, 160, 200), fill=(120, 160, 200))
    t.text(6, 69, "录取通知书", 3.6, "bold", "lm", (255, 255, 255))
    t.text(144, 69, f"签发 {cn_date(day)}", 3.0, "sans", "rm", (255, 255, 255))
    return t


@layout("其他/录取通知书", "录取通知书/轮换14")
def admission_ticket(hh: Household, rng: random.Random) -> Document:
    child = _student(hh)
    school = str(child.get("单位或学校") or "某中学")
    year = int(child.get("入学年份") or hh.created.year)
    day = date(year, rng.choice((7, 7, 8)), rng.randrange(1, 29))
    report = date(year, rng.choice((8, 9)), rng.randrange(1, 28))
    level = str(child.get("当前学历") or "")
    if "大学" in level or "本科" in level or "专" in level:
        major = rng.choice(("机械设计制造及其自动化", "护理学", "财务管理", "软件工程", "汉语言文学"))
    else:
        major = rng.choice(("电子商务", "数控技术应用", "学前教育")) if "职" in level else "普通高中"
    sheet = Page(*A4)
    lf = rng.choice(("serif", "sans", "hei"))
    k = rng.choice((1.12, 1.18, 1.2))
    left = (210 - 150 * k) / 2 + rng.uniform(-4, 4)
    top = 12 + rng.uniform(0, 6)
    embed_scaled(sheet, _ticket(hh, rng, child, school, major, report, day), left, top, k)
    y = top + 74 * k + 14
    sheet.text(24, y, f"{child['姓名']}同学：", 4.4, lf, "lm")
    y += 10
    what = f"{major}专业" if major != "普通高中" else "高中部"
    text = (f"祝贺你被我校{what}录取！随信附上新生“车票”，请于{report.month}月{report.day}日持本录取通知书、"
            "身份证及户口簿复印件到校报到。报到时请携带近期一寸免冠照片四张。")
    y = _typed_lines(sheet, 24, y, 162, text, 4.0, lf, 8.0, indent=8.0) + 8
    sheet.text(186, y, school, _fit_size(school, 4.2, lf, 100), lf, "rm")
    sheet.text(186, y + 10, cn_date(day), 4.2, lf, "rm")
    sheet.seal(160 + rng.uniform(-5, 5), y + 4 + rng.uniform(-3, 3), 17, school[:12], "", rng.uniform(-20, 20),
               _seal_red(rng), rng.randrange(1 << 30))
    pen = Style.draw(rng, typed=False)
    ny = max(y + 34, 250.0)
    note = rng.choice(("与原件一致。", "此件为复印件，原件已核。", "复印件属实，家长确认。"))
    _hand(sheet, 24, ny, note, 5.0, 100, pen.color, pen.rng)
    sheet.text(110, ny + 12, "家长：", 3.8, lf, "lm")
    _hand(sheet, 110 + text_width("家长：", 3.8, lf) + 2, ny + 12, str(hh.record["姓名"]), 5.4, 40, pen.color, pen.rng)
    sheet.text(24, ny + 12, f"（{_province(hh)}）", 3.0, lf, "lm", LIGHT)
    if rng.random() < 0.6:
        sheet.mono, sheet.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("录取通知书", child["姓名"], day, sheet)


# ---------------------------------------------------------------------------------------------------------
# 银行卡: the union's printed 身份证、银行卡复印件 sheet: the holder's ID card front copied in the upper frame, the
# bank card's front in the lower one (both at 100 %), 开户行 and 户名 written beside the card, the holder's
# 确认 sentence, signature with fingerprint and the date written into the printed blanks at the foot
# ---------------------------------------------------------------------------------------------------------
def _id_front(r: dict[str, object], rng: random.Random) -> Page:
    c = Page(85.6, 54.0, paper=(236, 238, 240))
    born = date.fromisoformat(str(r["出生日期"]))
    nation = str(r["民族"]).removesuffix("族")
    rows = (("姓名", str(r["姓名"])), ("性别", f"{r['性别']}    民族  {nation}"),
            ("出生", f"{born.year}年{born.month}月{born.day}日"))
    for i, (lab, val) in enumerate(rows):
        c.text(5, 7 + i * 6.5, lab, 2.4, "sans", "lm", (90, 120, 160))
        c.text(14, 7 + i * 6.5, val, 3.0 if i else 3.6, "hei", "lm")
    c.text(5, 27, "住址", 2.4, "sans", "lm", (90, 120, 160))
    addr = str(r["家庭住址"])
    line, yy = "", 27.0
    for ch in addr:
        if text_width(line + ch, 2.9, "hei") > 46 and line:
            c.text(14, yy, line, 2.9, "hei", "lm")
            line, yy = "", yy + 4.2
        line += ch
    c.text(14, yy, line, 2.9, "hei", "lm")
    c.rect(63, 8, 81, 32, 0.1, (80, 80, 85), fill=(95, 95, 100))
    c.text(5, 47, "公民身份号码", 2.4, "sans", "lm", (90, 120, 160))
    c.text(24, 47, str(r["身份证号"]), 3.6, "heimono", "lm")
    return c


def _card_front(bank: str, number: str, rng: random.Random) -> Page:
    colour = rng.choice(((30, 60, 120), (140, 30, 40), (20, 95, 70), (180, 140, 60)))
    c = Page(85.6, 54.0, paper=colour)
    c.text(5, 7, bank, _fit_size(bank, 3.8, "bold", 58), "bold", "lm", (255, 255, 255))
    c.rect(9, 17, 20, 25, 0.2, (200, 170, 90), fill=(220, 190, 115))
    grouped = " ".join(number[i:i + 4] for i in range(0, len(number), 4))
    c.text(6, 35, grouped, _fit_size(grouped, 4.0, "heimono", 74), "heimono", "lm", (250, 250, 250))
    c.text(6, 44, f"{rng.randrange(1, 13):02d}/{rng.randrange(28, 36)}", 2.6, "heimono", "lm", (240, 240, 240))
    c.text(80, 47, "UnionPay 银联", 2.8, "bold", "rm", (255, 255, 255))
    return c


@layout("其他/银行卡", "银行卡/轮换14")
def bank_card_with_id(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    sheet = Page(*A4)
    lf = rng.choice(("sans", "serif", "hei"))
    bold = "serifbold" if lf == "serif" else "bold"
    day = hh.created - timedelta(days=rng.randrange(1, 25))
    bank = str(r["开户银行"])
    title = rng.choice(("身份证、银行卡复印件", "职工身份证及银行卡复印件", "帮扶对象身份证、银行卡复印件"))
    sheet.text(105, 18, title, 5.6, bold, "mm")
    sheet.text(105, 26, f"（{_union(hh)}制）", _fit_size(f"（{_union(hh)}制）", 3.0, lf, 150), lf, "mm", LIGHT)
    x0, x1 = 22.0, 188.0
    frames = ((34.0, "身份证（正面）"), (112.0, "银行卡（正面）"))
    for fy, cap in frames:
        sheet.rect(x0, fy, x1, fy + 70, 0.3)
        sheet.text(x0 + 3, fy + 5, cap, 3.4, lf, "lm")
    shift = rng.uniform(-6, 6)
    cx = x0 + 14 + rng.uniform(0, 10)
    embed_scaled(sheet, _id_front(r, rng), cx, 44 + shift * 0.5, 1.0)
    embed_scaled(sheet, _card_front(bank, str(r["银行卡号"]), rng), cx, 122 + shift * 0.5, 1.0)
    pen = Style.draw(rng, typed=False)
    hx = cx + 85.6 + 6
    sheet.text(hx, 136, "开户行：", 3.4, lf, "lm")
    _hand(sheet, hx, 145, f"{bank}{r['支行名称']}", 4.6, x1 - hx - 2, pen.color, pen.rng)
    sheet.text(hx, 156, "户名：", 3.4, lf, "lm")
    _hand(sheet, hx + text_width("户名：", 3.4, lf) + 2, 156, str(r["姓名"]), 5.0, 30, pen.color, pen.rng)
    phone = PHONES.get(bank, "")
    if phone:
        sheet.text(hx, 170, f"客服：{phone}", 2.8, lf, "lm", LIGHT)
    y = 196.0
    text = "本人确认以上银行卡为本人名下账户，同意作为工会帮扶资金发放账户，卡号无误。"
    y = _typed_lines(sheet, x0, y, x1 - x0, text, 3.8, lf, 7.6, indent=7.6) + 8
    sheet.text(x0 + 80, y, "本人签名：", 3.8, lf, "lm")
    nx = x0 + 80 + text_width("本人签名：", 3.8, lf) + 2
    _hand(sheet, nx, y, str(r["姓名"]), 5.6, 36, pen.color, pen.rng)
    sheet.seal(nx + 14 + rng.uniform(-3, 3), y + rng.uniform(-1, 1), 3.2, "", "", 0.0, FINGER_RED, rng.randrange(1 << 20))
    y += 11
    sheet.text(x0 + 80, y, "日    期：", 3.8, lf, "lm")
    _hand_day(sheet, nx, y, day, 3.8, lf, pen.color, pen.rng)
    if rng.random() < 0.75:
        sheet.mono, sheet.tone = True, round(rng.uniform(0.0, 0.55), 2)
    return _other("银行卡复印件", r["姓名"], day, sheet, "银行卡复印件")


# ---------------------------------------------------------------------------------------------------------
# 授权书: the authorisation typed once, then one printed sentence per adult with its blanks written in by hand
# (授权人 ____，公民身份号码 ____，系申请人 ____ 的 ____，同意上述授权。), each with its own signature line and
# fingerprint, the date written into the printed blanks under them
# ---------------------------------------------------------------------------------------------------------
@layout("其他/授权书", "授权书/轮换14")
def authorisation_sentences(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    lf = rng.choice(("serif", "sans", "hei", "heimono"))
    bold = "serifbold" if lf == "serif" else "bold"
    day = hh.created - timedelta(days=rng.randrange(3, 30))
    p = Page(*A4, paper=rng.choice(((255, 255, 255), (250, 250, 246))))
    x0, x1 = 20.0, 190.0
    title = rng.choice(("家庭经济状况信息查询授权书", "授权书（声明书）", "家庭收入财产查询核对授权书"))
    p.text(105, 20, title, 6.0, bold, "mm")
    people = [hh.householder(), *[m for m in hh.members if m["年龄"] >= 18]][:6]
    many = len(people) > 3
    text = (f"为申请{_union(hh)}困难职工建档帮扶，本人及共同生活的家庭成员同意工会组织、民政部门及其委托的核对机构"
            "向有关部门和机构查询、核对本家庭成员的收入、财产等信息，所提供的情况真实有效。")
    size, gap = (3.6, 6.6) if many else (3.9, 7.6)
    y = _typed_lines(p, x0, 34, x1 - x0, text, size, lf, gap, indent=2 * size) + 4
    step = 33.0 if many else 40.0
    for i, person in enumerate(people):
        ink = rng.choice((INK_BLUE, BLACK))
        jit = random.Random(rng.randrange(1 << 30))
        p.text(x0, y, f"{i + 1}．授权人", size, lf, "lm")
        bx = x0 + text_width(f"{i + 1}．授权人", size, lf) + 1
        p.line(bx, y + 2.2, bx + 28, y + 2.2, 0.2)
        _hand(p, bx + 14, y - 0.5, str(person["姓名"]), 5.0, 27, ink, jit, "mm")
        bx += 29
        lab = "，公民身份号码"
        p.text(bx, y, lab, size, lf, "lm")
        bx += text_width(lab, size, lf) + 1
        p.line(bx, y + 2.2, x1, y + 2.2, 0.2)
        _hand(p, bx + 2, y - 0.5, str(person["身份证号"]), 4.6, x1 - bx - 4, ink, jit)
        y += gap + 2
        p.text(x0 + 6, y, "系申请人", size, lf, "lm")
        bx = x0 + 6 + text_width("系申请人", size, lf) + 1
        p.line(bx, y + 2.2, bx + 26, y + 2.2, 0.2)
        _hand(p, bx + 13, y - 0.5, str(r["姓名"]), 4.8, 25, ink, jit, "mm")
        bx += 27
        p.text(bx, y, "的", size, lf, "lm")
        bx += text_width("的", size, lf) + 1
        p.line(bx, y + 2.2, bx + 18, y + 2.2, 0.2)
        _hand(p, bx + 9, y - 0.5, "本人" if i == 0 else str(person["关系"]), 4.6, 17, ink, jit, "mm")
        bx += 19
        p.text(bx, y, "，同意上述授权。", size, lf, "lm")
        y += gap + 3
        p.text(x0 + 92, y, "签名（按指模）：", size, lf, "lm")
        sx = x0 + 92 + text_width("签名（按指模）：", size, lf) + 2
        _hand(p, sx, y, str(person["姓名"]), 5.4, 30, ink, jit)
        p.seal(sx + 10 + jit.uniform(-3, 3), y + jit.uniform(-1, 1), 3.2, "", "", 0.0, FINGER_RED,
               rng.randrange(1 << 20))
        y += step - 2 * gap - 5
    y += 4
    pen = Style.draw(rng, typed=False)
    p.text(x0 + 92, y, "日期：", size, lf, "lm")
    _hand_day(p, x0 + 92 + text_width("日期：", size, lf) + 2, y, day, size, lf, pen.color, pen.rng)
    if rng.random() < 0.5:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("授权书", r["姓名"], day, p, "授权书（声明书）")


# ---------------------------------------------------------------------------------------------------------
# 会议记录: the union's ruled 民主评议会议记录表 filled in by hand or typed: 会议时间 / 地点, 主持人 / 记录人, 应到 /
# 实到 in label-value pairs, the 评议对象, the 会议内容 in a tall cell, a 会议现场照片 printed into its cell (the table,
# the people round it), the 评议结果 ticked (通过 / 不通过) with the votes, 参会人员签字 in a cell of its own
# ---------------------------------------------------------------------------------------------------------
def _photo(p: Page, x0: float, y0: float, x1: float, y1: float, rng: random.Random) -> None:
    """A printed snapshot of the sitting: a wall, a window, the table and the heads and shoulders round it."""
    p.rect(x0, y0, x1, y1, 0.2, (60, 60, 60), fill=(188, 186, 180))
    w, h = x1 - x0, y1 - y0
    p.rect(x0 + w * 0.62, y0 + 3, x0 + w * 0.9, y0 + h * 0.42, 0.1, (225, 228, 230), fill=(225, 228, 230))
    p.rect(x0 + 4, y0 + h * 0.64, x1 - 4, y0 + h * 0.8, 0.1, (120, 95, 70), fill=(120, 95, 70))
    n = rng.randrange(4, 8)
    for i in range(n):
        cx = x0 + 10 + i * (w - 20) / max(1, n - 1) + rng.uniform(-3, 3)
        head = rng.uniform(3.0, 4.0)
        top = y0 + h * 0.36 + rng.uniform(-3, 3)
        tone = rng.choice(((40, 40, 45), (70, 60, 55), (55, 65, 90)))
        p.rect(cx - head * 1.6, top + head * 1.6, cx + head * 1.6, y0 + h * 0.66, 0.1, tone, fill=tone)
        p.rect(cx - head / 2, top, cx + head / 2, top + head * 1.4, 0.1, (30, 30, 30), fill=(30, 30, 30))


@layout("其他/会议记录", "会议记录/轮换14")
def minutes_photo_form(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng)
    lf = st.label_font
    vf, ink = st.value_font, st.color
    day = hh.publicity_start - timedelta(days=rng.randrange(1, 8))
    due = rng.randrange(6, 11)
    present = due - rng.choice((0, 0, 1, 2))
    against = rng.choice((0, 0, 1)) if present >= 7 else 0
    agree = present - against
    p = Page(*A4)
    union = _union(hh)
    p.text(105, 17, union, _fit_size(union, 4.4, lf, 170), lf, "mm")
    p.text(105, 27, rng.choice(("民主评议会议记录表", "困难职工民主评议会议记录")), 6.0,
           "serifbold" if lf == "serif" else "bold", "mm")
    x0, x1 = 16.0, 194.0
    lw = 26.0
    mid = (x0 + x1) / 2

    def val(x: float, y: float, s: str, width: float) -> None:
        if st.hand:
            _hand(p, x, y, s, 4.6, width, ink, st.rng)
        else:
            p.text(x, y, s, _fit_size(s, 3.8, vf, width), vf, "lm", ink)

    y = 34.0
    rh = 10.0
    members = [r["审核人"], r["建档人"], *(_name(rng) for _ in range(present - 2))]
    pairs = ((("会议时间", cn_date(day)), ("会议地点", rng.choice(("工会会议室", "职工之家", "三楼小会议室")))),
             (("主 持 人", str(r["审核人"])), ("记 录 人", str(r["建档人"]))),
             (("应到人数", f"{due}人"), ("实到人数", f"{present}人")))
    for left_pair, right_pair in pairs:
        for (lab, v), bx in ((left_pair, x0), (right_pair, mid)):
            p.rect(bx, y, bx + lw, y + rh, 0.3)
            p.text(bx + lw / 2, y + rh / 2, lab, 3.6, lf, "mm")
            p.rect(bx + lw, y, bx + (x1 - x0) / 2, y + rh, 0.3)
            val(bx + lw + 2, y + rh / 2, v, (x1 - x0) / 2 - lw - 4)
        y += rh
    p.rect(x0, y, x0 + lw, y + rh, 0.3)
    p.text(x0 + lw / 2, y + rh / 2, "评议对象", 3.6, lf, "mm")
    p.rect(x0 + lw, y, x1, y + rh, 0.3)
    val(x0 + lw + 2, y + rh / 2, f"{r['姓名']}（家庭人口{r['家庭人口']}人）", x1 - x0 - lw - 4)
    y += rh
    said = (f"主持人介绍{r['姓名']}同志困难职工建档申请及入户核查情况：主要致困原因为{r['主要致困原因']}。"
            "与会人员对申请材料逐项核对，就家庭收入和实际困难进行了评议。")
    ch = 40.0
    p.rect(x0, y, x0 + lw, y + ch, 0.3)
    p.text(x0 + lw / 2, y + ch / 2, "会议内容", 3.6, lf, "mm")
    p.rect(x0 + lw, y, x1, y + ch, 0.3)
    if st.hand:
        line, ly, lx = "", y + 7, x0 + lw + 3
        for chh in said:
            if text_width(line + chh, 4.2, "kai") > x1 - lx - 3 and line:
                p.text(lx + st.rng.uniform(-0.4, 0.4), ly, line, 4.2, "kai", "lm", ink)
                line, ly = "", ly + 7
            line += chh
        p.text(lx, ly, line, 4.2, "kai", "lm", ink)
    else:
        _typed_lines(p, x0 + lw + 3, y + 7, x1 - x0 - lw - 6, said, 3.7, vf, 6.6, indent=7.4)
    y += ch
    ph = 58.0
    p.rect(x0, y, x0 + lw, y + ph, 0.3)
    for i, c in enumerate("会议照片"):
        p.text(x0 + lw / 2, y + ph / 2 - 9 + i * 6, c, 3.6, lf, "mm")
    p.rect(x0 + lw, y, x1, y + ph, 0.3)
    pw = rng.uniform(80, 110)
    px = x0 + lw + (x1 - x0 - lw - pw) / 2
    _photo(p, px, y + 4, px + pw, y + ph - 4, rng)
    y += ph
    p.rect(x0, y, x0 + lw, y + 14, 0.3)
    p.text(x0 + lw / 2, y + 7, "评议结果", 3.6, lf, "mm")
    p.rect(x0 + lw, y, x1, y + 14, 0.3)
    passed = agree * 2 > present
    bx = x0 + lw + 4
    for lab, ticked in (("通过", passed), ("不通过", not passed)):
        p.checkbox(bx, y + 7, 3.4, ticked, st.tick, st.rng, ink if st.hand else BLACK)
        p.text(bx + 4.6, y + 7, lab, 3.6, lf, "lm")
        bx += 8 + text_width(lab, 3.6, lf) + 4
    votes = f"同意{agree}票，不同意{against}票，弃权0票"
    val(bx + 6, y + 7, votes, x1 - bx - 9)
    y += 14
    sh = 30.0
    p.rect(x0, y, x0 + lw, y + sh, 0.3)
    p.text(x0 + lw / 2, y + sh / 2 - 3, "参会人员", 3.6, lf, "mm")
    p.text(x0 + lw / 2, y + sh / 2 + 3, "签字", 3.6, lf, "mm")
    p.rect(x0 + lw, y, x1, y + sh, 0.3)
    per = (len(members) + 1) // 2
    cw = (x1 - x0 - lw - 6) / max(per, 1)
    for i, who in enumerate(members):
        sig = Style.draw(rng, typed=False)
        sx = x0 + lw + 4 + (i % per) * cw + sig.rng.uniform(0, 3)
        sy = y + 9 + (i // per) * 12
        _hand(p, sx, sy, str(who), rng.uniform(4.4, 5.4), cw - 4, sig.color, sig.rng)
    y += sh + 10
    p.text(x1, y, f"记录人：{r['建档人']}", 3.6, lf, "rm")
    if rng.random() < 0.55:
        p.seal(x1 - 40 + rng.uniform(-6, 6), min(y - 6, 272), 15, union[:14], "", rng.uniform(-25, 25), _seal_red(rng),
               rng.randrange(1 << 30))
    if rng.random() < 0.5:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("民主评议会议记录", r["姓名"], day, p)
