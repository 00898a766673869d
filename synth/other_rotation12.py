"""Printings of the 其他 papers added with rotation 12 (2026-12-07), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from REAL-DOCUMENTS.md and the seeds with the parts of ``render``, ``papers_rotation3``, ``papers_rotation4``,
``other_rotation5``, ``other_rotation6``, ``other_rotation7``, ``other_rotation8``, ``other_rotation10`` and
``other_rotation11``; each keeps the signature of its kind's first layout and the 其他 truth of ``render._other``
(材料名称, 姓名, 日期), every value of which is printed on the page.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.other_rotation5 import _name, rmb_upper
from dangan.synth.other_rotation6 import LANDSCAPE, _typed_lines
from dangan.synth.other_rotation7 import _stamp_box
from dangan.synth.other_rotation8 import FINGER_RED, _dashed, _fit_size
from dangan.synth.other_rotation10 import LIGHT
from dangan.synth.other_rotation11 import PHONES, _numeral_date, _province, _seal_red
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.render import A4, Document, Style, _other, _student, cn_date


def _shadow(p: Page, rng: random.Random) -> None:
    """A phone photo's uneven light: bands of grey darkening towards one edge, under everything drawn later."""
    side = rng.choice(("left", "right", "bottom"))
    n = rng.randrange(4, 8)
    for i in range(n):
        g = 246 - i * rng.randrange(3, 6)
        if side == "bottom":
            y = p.h * (1 - (n - i) * 0.07)
            p.rect(0, y, p.w, p.h, 0.01, (g, g, g - 3), fill=(g, g, g - 3))
        elif side == "left":
            x = p.w * (n - i) * 0.06
            p.rect(0, 0, x, p.h, 0.01, (g, g, g - 3), fill=(g, g, g - 3))
        else:
            x = p.w * (1 - (n - i) * 0.06)
            p.rect(x, 0, p.w, p.h, 0.01, (g, g, g - 3), fill=(g, g, g - 3))


def _vdashed(p: Page, x: float, y0: float, y1: float, color: tuple[int, int, int] = LIGHT) -> None:
    y = y0
    while y < y1:
        p.line(x, y, x, min(y + 2.0, y1), 0.25, color)
        y += 3.4


def _union(hh: Household) -> str:
    return f"{hh.unit.employer}工会"


# ---------------------------------------------------------------------------------------------------------
# 证明: a printed 证明 whose particulars stand in a head-row table (被证明人 / 证明事项 / 用途 as column heads, the
# values in the row under them), 证明内容 boxed under its label, then two opinion cells side by side: the issuer's
# (name, 经办人 written in, date, seal) and the union's 核实意见 written by hand under the union's seal
# ---------------------------------------------------------------------------------------------------------
@layout("其他/证明", "证明/轮换12")
def certificate_head_row(hh: Household, rng: random.Random, kind: str, name: str, heading: str, body: str,
                         issuer: str, ring: str, day: date, centre: str = "") -> Document:
    p = Page(*A4, paper=rng.choice(((255, 255, 255), (252, 251, 246))))
    if rng.random() < 0.4:
        _shadow(p, rng)
    lf = rng.choice(("serif", "sans", "hei", "heimono"))
    bold = "serifbold" if lf == "serif" else "bold"
    hand = Style.draw(rng, typed=False)
    x0, x1 = 18.0, 192.0
    p.text(x1, 16, f"编号：（{day.year}）{rng.choice(('证', '字', '明'))}第{rng.randrange(1, 400):03d}号", 3.2, lf, "rm")
    title = heading if len(heading.replace(" ", "")) > 2 else f"{heading}证明"
    p.text(105, 30, title, 7.2, bold, "mm")
    y = 42.0
    purpose = rng.choice(("困难职工建档", "申请工会帮扶", "工会困难职工申报"))
    heads = [(rng.choice(("被证明人", "当事人姓名", "姓 名")), name), (rng.choice(("证明事项", "证明类别")), kind),
             ("证明用途", purpose)]
    if rng.random() < 0.5:
        heads.insert(2, ("联系电话", f"1{rng.choice('35789')}{rng.randrange(10**8, 10**9)}"))
    widths = [max(text_width(v, 4.2, lf), text_width(lab, 3.6, bold)) + 8 for lab, v in heads]
    k = (x1 - x0) / sum(widths)
    x = x0
    for (lab, val), cw in zip(heads, widths, strict=True):
        cw *= k
        p.rect(x, y, x + cw, y + 9, 0.3, fill=(236, 236, 236) if lf != "heimono" else None)
        p.fit(x, y, x + cw, y + 9, lab, 3.6, bold)
        p.rect(x, y + 9, x + cw, y + 20, 0.3)
        p.fit(x, y + 9, x + cw, y + 20, val, 4.2, lf)
        x += cw
    y += 30
    p.text(x0, y, rng.choice(("证明内容：", "证明事项具体情况：", "情况说明：")), 3.8, bold, "lm")
    y += 5
    top = y
    y = _typed_lines(p, x0 + 4, y + 8, x1 - x0 - 8, body, 4.2, lf, 8.2, indent=8.4)
    if "特此证明" not in body:
        p.text(x0 + 12.4, y, "特此证明。", 4.2, lf, "lm")
        y += 8.2
    bottom = max(y + 4, top + 60)
    p.rect(x0, top, x1, bottom, 0.4)
    # the two opinion cells
    y = bottom + 8
    mid = (x0 + x1) / 2
    h = 62.0
    p.rect(x0, y, mid, y + h, 0.4)
    p.rect(mid, y, x1, y + h, 0.4)
    p.text(x0 + 3, y + 6, rng.choice(("出具单位（盖章）", "出具单位意见（盖章）")), 3.6, bold, "lm")
    p.text(mid + 3, y + 6, rng.choice(("工会核实意见", "单位工会审核意见")), 3.6, bold, "lm")
    p.fit(x0 + 2, y + 16, mid - 2, y + 26, issuer, 4.2, lf)
    clerk = _name(rng)
    p.text(x0 + 6, y + 36, "经办人：", 3.6, lf, "lm")
    p.text(x0 + 6 + text_width("经办人：", 3.6, lf) + 2, y + 36 + hand.rng.uniform(-0.5, 0.5), clerk, 5.0, "kai", "lm",
           hand.color)
    p.text(mid - 6, y + 50, cn_date(day), 4.2, lf, "rm")
    p.seal(x0 + (mid - x0) * rng.uniform(0.55, 0.7), y + 38 + rng.uniform(-4, 4), 16, ring[:14], centre,
           rng.uniform(-20, 20), _seal_red(rng), rng.randrange(1 << 30))
    note = rng.choice(("经核实，情况属实。", "已核对原件，情况属实。", "情况属实，同意作为建档材料。"))
    ink = rng.choice((INK_BLUE, BLACK, hand.color))
    p.text(mid + 8, y + 20 + hand.rng.uniform(-0.6, 0.6), note, _fit_size(note, 4.8, "kai", x1 - mid - 12), "kai", "lm", ink)
    p.text(mid + 6, y + 44, "审核人：", 3.6, lf, "lm")
    p.text(mid + 6 + text_width("审核人：", 3.6, lf) + 2, y + 44 + hand.rng.uniform(-0.5, 0.5), hh.record["审核人"], 5.0,
           "kai", "lm", ink)
    union = _union(hh)
    p.seal(mid + (x1 - mid) * rng.uniform(0.6, 0.75), y + 42 + rng.uniform(-4, 4), 15, union[:14], "",
           rng.uniform(-25, 25), _seal_red(rng), rng.randrange(1 << 30))
    y += h + 7
    p.text(x0, y, "注：本证明涂改无效，未加盖出具单位公章无效。", 3.0, lf, "lm", LIGHT)
    if rng.random() < 0.6:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other(kind, name, day, p, heading)


# ---------------------------------------------------------------------------------------------------------
# 票据: the payment made by bank transfer: the bank's 电子回单 printed two to an A4 (one per payment), each a ruled
# grid with the 付款人 and 收款人 blocks side by side (户名 / 账号 / 开户行 under a tall merged head cell), 金额 in
# capital numerals and in figures, 用途 / 附言, 交易流水号 and 交易时间, the bank's 电子回单专用章; the clerk's note of
# what the 回单 stand for under them
# ---------------------------------------------------------------------------------------------------------
def _masked_account(rng: random.Random) -> str:
    return f"62{rng.randrange(10**2, 10**3)}{rng.randrange(10)}****{rng.randrange(10**3, 10**4)}"


def _bank_slip(p: Page, rng: random.Random, y: float, payer: tuple[str, str, str], payee: str, purpose: str,
               amount: float, when: str, lf: str, bank: str) -> float:
    """One 电子回单 from y; returns the y under it."""
    x0, x1 = 14.0, 196.0
    bold = "serifbold" if lf == "serif" else "bold"
    p.text(x0, y + 5, bank, _fit_size(bank, 4.4, bold, 60), bold, "lm", (30, 60, 130))
    p.text(105, y + 5, rng.choice(("网上银行电子回单", "电子回单（付款）", "客户业务回单")), 5.0, bold, "mm")
    p.text(x1, y + 5, f"回单编号：{rng.randrange(10**13, 10**14)}", 2.9, lf, "rm")
    y += 10
    rh = 7.4
    head = 10.0
    half = (x1 - x0) / 2
    for side, (title, who, account, branch) in enumerate(
            (("付款人", *payer),
             ("收款人", payee, f"{rng.randrange(10**11, 10**12)}{rng.randrange(10**6, 10**7)}",
              f"{rng.choice(list(PHONES))}{rng.choice(('城中支行', '开发区支行', '人民路支行'))}"))):
        bx = x0 + side * half
        p.rect(bx, y, bx + head, y + 3 * rh, 0.3)
        for i, ch in enumerate(title):
            p.text(bx + head / 2, y + 3 * rh / 2 + (i - 1) * 4.6, ch, 3.6, bold, "mm")
        for i, (lab, val) in enumerate((("户名", who), ("账号", account), ("开户行", branch))):
            p.rect(bx + head, y + i * rh, bx + head + 16, y + (i + 1) * rh, 0.3)
            p.fit(bx + head, y + i * rh, bx + head + 16, y + (i + 1) * rh, lab, 3.3, lf)
            p.rect(bx + head + 16, y + i * rh, bx + half, y + (i + 1) * rh, 0.3)
            p.text(bx + head + 18, y + (i + 0.5) * rh, val, _fit_size(val, 3.6, lf, half - head - 20), lf, "lm")
    y += 3 * rh
    rows = [(("金额（大写）", f"人民币{rmb_upper(amount)}"), ("金额（小写）", f"¥{amount:,.2f}")),
            (("用途", purpose), ("币种", "人民币")),
            (("交易流水号", f"{rng.randrange(10**15, 10**16)}"), ("交易时间", when))]
    for left, right in rows:
        for side, (lab, val) in enumerate((left, right)):
            bx = x0 + side * half
            lw = 26.0
            p.rect(bx, y, bx + lw, y + rh, 0.3)
            p.fit(bx, y, bx + lw, y + rh, lab, 3.3, lf)
            p.rect(bx + lw, y, bx + half, y + rh, 0.3)
            p.text(bx + lw + 2, y + rh / 2, val, _fit_size(val, 3.6, lf, half - lw - 4), lf, "lm")
        y += rh
    p.text(x0, y + 5, f"打印次数：{rng.randrange(1, 3)}    验证码：{rng.randrange(10**7, 10**8)}", 2.9, lf, "lm")
    ring = f"{bank}电子回单专用章"
    p.seal(x1 - 22 + rng.uniform(-4, 2), y - 6 + rng.uniform(-3, 3), 13, ring[:14], "", 0.0, (215, 35, 40),
           rng.randrange(1 << 30))
    return y + 9


@layout("其他/票据", "票据/轮换12")
def receipt_bank_transfer_slips(hh: Household, rng: random.Random, kind: str, name: str, payee: str, items: str,
                                day: date, title: str, centre: str) -> Document:
    fees = [c.strip() for c in items.split(" / ")]
    medical = kind == "医药费票据"
    p = Page(*A4)
    if rng.random() < 0.3:
        _shadow(p, rng)
    lf = rng.choice(("sans", "hei", "serif"))
    bank = rng.choice(list(PHONES))
    groups = [fees] if rng.random() < 0.45 else [fees[:1], fees[1:]]
    payer = (name, _masked_account(rng), f"{bank}{rng.choice(('营业部', '城东支行', '新华路支行'))}")
    hour = rng.randrange(8, 17)
    y = 14.0
    for n, group in enumerate(groups):
        if medical:
            amount = round(rng.randrange(300, 9000) + rng.randrange(100) / 100, 2)
            purpose = f"{'、'.join(group)}（{rng.choice(('门诊', '住院', '住院预交金'))}）"
        else:
            amount = float(sum(rng.randrange(8, 50) * 100 if g == "学费" else rng.randrange(3, 16) * 100 for g in group))
            purpose = f"{'、'.join(group)} {day.year}-{day.year + 1}学年"
        when = f"{day.isoformat()} {hour + n:02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"  # one day
        y = _bank_slip(p, rng, y, payer, payee, purpose, amount, when, lf, bank)
        _dashed(p, 10, y + 2, 200, 3.0, 2.0, 0.2, LIGHT)
        y += 12
    clerk = Style.draw(rng, typed=False)
    note = f"以上为{name}{kind}（银行转账回单{len(groups)}张），收款单位：{payee}。"
    size = _fit_size(note, 4.6, "kai", 176)
    p.text(16, min(y + 6, 250), note, size, "kai", "lm", clerk.color)
    p.text(120, min(y + 18, 262), f"核对人：{hh.record['建档人']}", 4.4, "kai", "lm", clerk.color)
    if rng.random() < 0.6:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.4), 2)
    return _other(kind, name, day, p)


# ---------------------------------------------------------------------------------------------------------
# 录取通知书: a notice of two 联 on landscape A4: the school's 存根 on the left (label and value in one cell each:
# 编号：…, 姓名：…), the perforation with the 骑缝 seal across it and the 骑缝 number set down it, the 学生联 on
# the right with the name written by brush on the line before 同学, the text typed, 报到 lines, the school and the
# date under the seal
# ---------------------------------------------------------------------------------------------------------
@layout("其他/录取通知书", "录取通知书/轮换12")
def admission_two_part(hh: Household, rng: random.Random) -> Document:
    child = _student(hh)
    school = str(child.get("单位或学校") or "某中学")
    year = int(child.get("入学年份") or hh.created.year)
    day = date(year, rng.choice((7, 7, 8)), rng.randrange(1, 29))
    years = child.get("年制") or 3
    level = str(child.get("当前学历") or "")
    college = "大学" in level or "本科" in level or "专" in level
    if college:
        major = rng.choice(("机械设计制造及其自动化", "护理学", "软件工程", "财务管理", "汉语言文学"))
    else:
        major = rng.choice(("数控技术应用", "学前教育", "电子商务")) if "职" in level else "普通高中"
    p = Page(*LANDSCAPE, paper=rng.choice(((255, 255, 255), (253, 250, 242))))
    if rng.random() < 0.35:
        _shadow(p, rng)
    lf = rng.choice(("serif", "sans", "hei"))
    bold = "serifbold" if lf == "serif" else "bold"
    colour = rng.choice(((170, 25, 35), (140, 20, 30), (20, 70, 130)))
    serial = f"{year}{rng.randrange(10**4, 10**5)}"
    # the stub
    sx0, sx1 = 12.0, 84.0
    p.text((sx0 + sx1) / 2, 22, "录取通知书存根", 4.8, bold, "mm", colour)
    stub = [f"编号：{serial}", f"姓名：{child['姓名']}", f"性别：{child.get('性别') or ''}",
            f"录取{'专业' if major != '普通高中' else '类别'}：{major}", f"学制：{years}年", f"签发日期：{cn_date(day)}",
            f"经办人：{_name(rng)}"]
    y = 32.0
    for s in stub:
        p.rect(sx0, y, sx1, y + 13, 0.3)
        p.fit(sx0, y, sx1, y + 13, s, 3.7, lf, align="left", pad=2.0)
        y += 13
    # the perforation and the 骑缝 seal over it
    px = 92.0
    _vdashed(p, px, 8, 202)
    for i, ch in enumerate(f"骑缝第{serial[-5:]}号"):
        p.text(px - 3.2, 60 + i * 4.4, ch, 3.2, lf, "mm", LIGHT)
    p.seal(px + rng.uniform(-1.5, 1.5), 150 + rng.uniform(-10, 10), 14, school[:12], "", rng.uniform(-15, 15),
           _seal_red(rng), rng.randrange(1 << 30))
    # the 学生联
    rx0, rx1 = 104.0, 284.0
    p.rect(rx0 - 4, 10, rx1 + 4, 200, 0.9, colour)
    p.text((rx0 + rx1) / 2, 28, "录 取 通 知 书", 9.0, "serifbold", "mm", colour)
    p.text(rx1 - 2, 40, f"No.{serial}", 3.2, lf, "rm", colour)
    y = 54.0
    brush = Style.draw(rng, typed=False)
    p.line(rx0 + 4, y + 3, rx0 + 48, y + 3, 0.3)
    p.text(rx0 + 26 + brush.rng.uniform(-1, 1), y - 0.6, child["姓名"], _fit_size(child["姓名"], 7.0, "kai", 42), "kai",
           "mm", rng.choice((BLACK, BLACK, INK_BLUE)))
    p.text(rx0 + 50, y, "同学：", 4.6, lf, "lm")
    if major == "普通高中":
        text = f"经{_province(hh)}省{year}年高中阶段学校招生录取，你已被我校录取为{year}级高一新生。"
    else:
        text = f"经审核，你已被我校{major}专业录取，学制{years}年。"
    text += "请凭本通知书及有关证件按时到校报到。"
    y = _typed_lines(p, rx0 + 4, y + 13, rx1 - rx0 - 8, text, 4.6, lf, 9.0, indent=9.2) + 3
    report = date(year, rng.choice((8, 9)), rng.randrange(1, 28))
    for lab, val in (("报到时间", f"{report.year}年{report.month}月{report.day}日"),
                     ("报到地点", f"{school}{rng.choice(('行政楼一楼大厅', '体育馆', '学生服务中心'))}")):
        p.text(rx0 + 13.2, y, f"{lab}：{val}", _fit_size(f"{lab}：{val}", 4.2, lf, rx1 - rx0 - 20), lf, "lm")
        y += 8.5
    sy = max(y + 12, 150.0)
    p.text(rx1 - 8, sy, school, _fit_size(school, 4.8, lf, 100), lf, "rm")
    p.text(rx1 - 8, sy + 10, cn_date(day), 4.6, lf, "rm")
    p.seal(rx1 - 40 + rng.uniform(-5, 5), sy + 3 + rng.uniform(-3, 3), 17, school[:12], "", rng.uniform(-20, 20),
           _seal_red(rng), rng.randrange(1 << 30))
    p.text(rx0, 194, "（学生联：请妥善保管，报到时交验）", 3.0, lf, "lm", LIGHT)
    if rng.random() < 0.6:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.45), 2)
    return _other("录取通知书", child["姓名"], day, p)


# ---------------------------------------------------------------------------------------------------------
# 银行卡: a newer card whose number is printed flat on the back only (the front: the bank, the chip, the logos),
# front above back enlarged down the left of an A4 copy; the holder's notes written to the right of each card (开户
# 网点 beside the front, 持卡人 and the date beside the back), the clerk's 核对 box stamp at the foot
# ---------------------------------------------------------------------------------------------------------
def _plain_front(bank: str, rng: random.Random, colour: tuple[int, int, int]) -> Page:
    c = Page(85.6, 54.0, paper=colour)
    c.text(6, 8, bank, _fit_size(bank, 4.2, "bold", 58), "bold", "lm", (255, 255, 255))
    c.rect(10, 20, 21, 28.5, 0.2, (200, 170, 90), fill=(215, 185, 110))
    c.line(10, 24, 21, 24, 0.15, (150, 120, 60))
    c.text(6, 46, rng.choice(("借记卡", "储蓄卡", "DEBIT CARD")), 3.0, "sans", "lm", (240, 240, 240))
    c.rect(62, 40, 80, 50, 0.2, (255, 255, 255), fill=(230, 230, 240))
    c.text(71, 45, "银联", 3.2, "bold", "mm", (20, 60, 120))
    return c


def _numbered_back(number: str, branch: str, holder: str, rng: random.Random, phone: str) -> Page:
    c = Page(85.6, 54.0, paper=(238, 238, 238))
    c.rect(0, 4, 85.6, 12, 0.1, (30, 30, 30), fill=(30, 30, 30))
    grouped = " ".join(number[i:i + 4] for i in range(0, len(number), 4))
    c.text(5, 17, grouped, _fit_size(grouped, 3.6, "heimono", 74), "heimono", "lm")
    c.text(5, 22, f"有效期 {rng.randrange(1, 13):02d}/{rng.randrange(30, 36)}", 2.4, "heimono", "lm")
    c.rect(5, 25, 55, 31, 0.15, (120, 120, 120), fill=(250, 250, 246))
    c.text(7, 28, holder, 3.8, "kai", "lm", rng.choice((BLACK, INK_BLUE)))
    c.text(58, 28, f"{rng.randrange(100, 999)}", 2.6, "heimono", "lm")
    c.text(5, 36, f"发卡网点：{branch}", _fit_size(f"发卡网点：{branch}", 2.4, "sans", 76), "sans", "lm")
    c.text(5, 41, f"客服热线 {phone}", 2.4, "sans", "lm")
    c.text(5, 47, "持卡人须妥善保管密码，遗失请及时挂失。", 2.2, "sans", "lm")
    return c


@layout("其他/银行卡", "银行卡/轮换12")
def bank_card_back_number(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    sheet = Page(*A4)
    if rng.random() < 0.45:
        _shadow(sheet, rng)
    lf = rng.choice(("serif", "sans", "hei"))
    day = hh.created - timedelta(days=rng.randrange(1, 20))
    colour = rng.choice(((30, 80, 150), (160, 30, 45), (20, 110, 80), (60, 60, 70), (150, 110, 40)))
    k = rng.choice((1.2, 1.25, 1.3))
    left = 14.0 + rng.uniform(0, 4)
    top = 30.0 + rng.uniform(0, 6)
    sheet.text(105, 16, rng.choice(("银行卡复印件", "帮扶资金发放银行卡复印件", "银行卡复印件（正反面）")), 5.0,
               "serifbold" if lf == "serif" else "bold", "mm")
    bank = str(r["开户银行"])
    embed_scaled(sheet, _plain_front(bank, rng, colour), left, top, k)
    back_top = top + 54 * k + 14
    embed_scaled(sheet, _numbered_back(str(r["银行卡号"]), str(r["支行名称"]), str(r["姓名"]), rng,
                                       PHONES.get(bank, "96" + str(rng.randrange(100, 999)))), left, back_top, k)
    st = Style.draw(rng, typed=False)
    nx = left + 85.6 * k + 8
    width = 196 - nx
    notes_front = [f"开户行：{bank}", str(r["支行名称"]), "（正面）"]
    y = top + 10
    for s in notes_front:
        sheet.text(nx, y + st.rng.uniform(-0.5, 0.5), s, _fit_size(s, 4.6, "kai", width), "kai", "lm", st.color)
        y += 10
    y = back_top + 10
    for s in ("（反面）", f"持卡人：{r['姓名']}", f"{day.year}.{day.month:02d}.{day.day:02d}"):
        sheet.text(nx, y + st.rng.uniform(-0.5, 0.5), s, _fit_size(s, 4.6, "kai", width), "kai", "lm", st.color)
        y += 10
    fy = back_top + 54 * k + 14
    text = rng.choice(("本人确认上述银行卡为本人名下账户，用于接收工会帮扶资金。",
                       "以上银行卡为本人所有，卡号无误，同意工会将帮扶资金打入此卡。"))
    fy = _typed_lines(sheet, 16, fy, 178, text, 3.8, lf, 7.2, indent=7.6) + 4
    sheet.text(110, fy, "本人签字：", 3.8, lf, "lm")
    sheet.text(110 + text_width("本人签字：", 3.8, lf) + 2, fy + st.rng.uniform(-0.5, 0.5), r["姓名"], 5.4, "kai", "lm",
               st.color)
    if rng.random() < 0.7:
        _stamp_box(sheet, 18, min(fy + 8, 262), ("复印件与原件核对一致", f"核对人 {r['建档人']}"), 3.6,
                   (180, 40, 50))
    if rng.random() < 0.75:
        sheet.mono, sheet.tone = True, round(rng.uniform(0.0, 0.55), 2)
    return _other("银行卡复印件", r["姓名"], day, sheet, "银行卡复印件")


# ---------------------------------------------------------------------------------------------------------
# 授权书: one printed 授权书 slip per adult of the household, cut out and pasted on the union's A4 sheet (one column,
# or two abreast for four or more): each slip with its blanks written in over printed captions (the value on the
# line, the caption under it: 授权人 / 与申请人关系 / 公民身份号码), the clause typed, the signature and the date on
# lines over their captions, the fingerprint; the sheet's head names the applicant
# ---------------------------------------------------------------------------------------------------------
def _captioned(p: Page, x0: float, x1: float, y: float, value: str, caption: str, size: float, lf: str,
               ink: tuple[int, int, int], jit: random.Random) -> None:
    """``value`` written on a line from x0 to x1 at y, ``caption`` printed small under the line."""
    p.line(x0, y + 1.6, x1, y + 1.6, 0.2)
    p.text((x0 + x1) / 2 + jit.uniform(-0.8, 0.8), y - 1.2 + jit.uniform(-0.3, 0.3), value,
           _fit_size(value, size, "kai", x1 - x0 - 1), "kai", "mm", ink)
    p.text((x0 + x1) / 2, y + 4.6, caption, 2.6, lf, "mm", LIGHT)


@layout("其他/授权书", "授权书/轮换12")
def authorisation_pasted_slips(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    lf = rng.choice(("serif", "sans", "hei"))
    bold = "serifbold" if lf == "serif" else "bold"
    day = hh.created - timedelta(days=rng.randrange(3, 25))
    p = Page(*A4, paper=rng.choice(((255, 255, 255), (250, 249, 244))))
    x0, x1 = 14.0, 196.0
    p.text(105, 14, rng.choice(("家庭成员授权书粘贴单", "困难职工家庭成员核查授权书（每人一份）")), 5.2, bold, "mm")
    head = f"申请人：{r['姓名']}    所在单位：{hh.unit.employer}"
    p.text(x0, 23, head, _fit_size(head, 3.6, lf, x1 - x0), lf, "lm")
    people = [hh.householder(), *[m for m in hh.members if m["年龄"] >= 18]][:6]
    two = len(people) >= 4
    cols = 2 if two else 1
    rows = (len(people) + cols - 1) // cols
    gap = 4.0
    sw = (x1 - x0 - (cols - 1) * gap) / cols
    sh = min(78.0 if two else 58.0, (282 - 30 - (rows - 1) * gap) / rows)
    clause = (f"本人自愿授权{hh.unit.employer}工会及有关部门查询、核对本人的收入、财产及社会保险等信息，"
              "用于困难职工建档审核。本人保证所填信息真实。")
    size = 3.1 if two else 3.5
    for i, person in enumerate(people):
        row, col = divmod(i, cols)
        bx, by = x0 + col * (sw + gap), 30 + row * (sh + gap)
        ink = rng.choice((INK_BLUE, BLACK))
        jit = random.Random(rng.randrange(1 << 30))
        p.rect(bx, by, bx + sw, by + sh, 0.25, (90, 90, 90), fill=(255, 255, 253))
        p.text(bx + sw / 2, by + 6, "授 权 书", 4.4 if two else 5.0, bold, "mm")
        relation = "本人" if i == 0 else str(person["关系"])
        ly = by + 16
        if two:
            _captioned(p, bx + 4, bx + sw * 0.55, ly, person["姓名"], "授权人", 4.4, lf, ink, jit)
            _captioned(p, bx + sw * 0.6, bx + sw - 4, ly, relation, "与申请人关系", 4.2, lf, ink, jit)
            ly += 11
            _captioned(p, bx + 4, bx + sw - 4, ly, str(person["身份证号"]), "公民身份号码", 4.2, lf, ink, jit)
        else:
            _captioned(p, bx + 6, bx + 46, ly, person["姓名"], "授权人", 4.8, lf, ink, jit)
            _captioned(p, bx + 52, bx + 82, ly, relation, "与申请人关系", 4.6, lf, ink, jit)
            _captioned(p, bx + 88, bx + sw - 6, ly, str(person["身份证号"]), "公民身份号码", 4.6, lf, ink, jit)
        ty = _typed_lines(p, bx + 4, ly + 11, sw - 14, clause, size, lf, size * 1.7, indent=size * 2)
        sy = min(ty + 6, by + sh - 8)
        half = (sw - 8) * 0.45
        _captioned(p, bx + 4, bx + 4 + half, sy, person["姓名"], "授权人签名", 5.2 if not two else 4.6, lf,
                   rng.choice((INK_BLUE, BLACK, ink)), jit)
        _captioned(p, bx + 8 + half, bx + sw - 20, sy, cn_date(day), "日期", 4.2, lf, ink, jit)
        p.seal(bx + sw - 10 + jit.uniform(-1.2, 1.2), sy - 1 + jit.uniform(-1, 1), 3.3, "", "", 0.0, FINGER_RED,
               rng.randrange(1 << 20))
        p.text(bx + sw - 10, sy + 4.6, "手印", 2.4, lf, "mm", LIGHT)
    if rng.random() < 0.5:
        union = _union(hh)
        p.seal(x1 - 30 + rng.uniform(-6, 6), 20 + rng.uniform(-2, 2), 12, union[:14], "", rng.uniform(-25, 25),
               _seal_red(rng), rng.randrange(1 << 30))
    if rng.random() < 0.55:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("授权书", r["姓名"], day, p, "授权书（声明书）")


# ---------------------------------------------------------------------------------------------------------
# 会议记录: a typed 评议会 record whose particulars fill a two-column ruled grid, label and value in one cell (会议
# 时间：…), the 议题 across the grid, the 评议情况 in a tall cell; under it the sitting's paper 表决票 (one per member
# present, each with the applicant's name and □同意 □不同意 □弃权, one marked by hand in its voter's style) copied
# three to a row, the 计票结果 that counts them, 计票人 / 监票人 / 记录人 signing
# ---------------------------------------------------------------------------------------------------------
@layout("其他/会议记录", "会议记录/轮换12")
def minutes_with_ballots(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    lf = rng.choice(("serif", "sans", "hei", "heimono"))
    bold = "serifbold" if lf == "serif" else "bold"
    day = hh.publicity_start - timedelta(days=rng.randrange(1, 8))
    due = rng.randrange(6, 11)
    present = min(due - (1 if rng.random() < 0.4 else 0), 9)
    p = Page(*A4)
    if rng.random() < 0.3:
        _shadow(p, rng)
    x0, x1 = 16.0, 194.0
    union = _union(hh)
    p.text(105, 14, union, _fit_size(union, 4.4, lf, 170), lf, "mm")
    p.text(105, 24, rng.choice(("困难职工民主评议会议记录", "民主评议会议记录", "建档对象民主评议会议记录")), 6.0, bold, "mm")
    y = 32.0
    mid = (x0 + x1) / 2
    rh = 9.0
    when = f"{cn_date(day)} {rng.choice(('9:00', '14:30', '15:00', '10:00'))}"
    pairs = ((f"会议时间：{when}", f"会议地点：{rng.choice(('工会办公室', '三楼小会议室', '职工之家'))}"),
             (f"主持人：{r['审核人']}", f"记录人：{r['建档人']}"),
             (f"应到人数：{due}人", f"实到人数：{present}人"))
    for a, b in pairs:
        for bx, s in ((x0, a), (mid, b)):
            p.rect(bx, y, bx + (mid - x0), y + rh, 0.3)
            p.text(bx + 2.5, y + rh / 2, s, _fit_size(s, 3.7, lf, mid - x0 - 5), lf, "lm")
        y += rh
    topic = f"议题：评议{r['姓名']}同志困难职工建档申请"
    p.rect(x0, y, x1, y + rh, 0.3)
    p.text(x0 + 2.5, y + rh / 2, topic, 3.7, lf, "lm")
    y += rh
    said = (f"评议情况：{r['建档人']}汇报了{r['姓名']}同志的申请及入户核查情况。该户家庭人口{r['家庭人口']}人，"
            f"主要致困原因为{r['主要致困原因']}。与会人员进行了评议，随后以无记名方式投票表决，表决票附后。")
    top = y
    y = _typed_lines(p, x0 + 2.5, y + 5.5, x1 - x0 - 5, said, 3.6, lf, 6.4, indent=0.0)
    y = max(y, top + 26)
    p.rect(x0, top, x1, y, 0.3)
    y += 6
    p.text(x0, y, f"附：表决票{present}张（复印）", 3.6, bold, "lm")
    y += 4
    against = rng.choice((0, 0, 1)) if present >= 7 else 0
    abstain = rng.choice((0, 0, 1)) if present >= 8 else 0
    votes = ["同意"] * (present - against - abstain) + ["不同意"] * against + ["弃权"] * abstain
    rng.shuffle(votes)
    bw, bh = (x1 - x0 - 6) / 3, 27.0
    for i, vote in enumerate(votes):
        row, col = divmod(i, 3)
        bx, by = x0 + col * (bw + 3), y + row * (bh + 3)
        p.rect(bx, by, bx + bw, by + bh, 0.25, (110, 110, 110))
        p.text(bx + bw / 2, by + 4.5, "民主评议表决票", 3.4, bold, "mm")
        p.text(bx + 3, by + 11, f"被评议人：{r['姓名']}", _fit_size(f"被评议人：{r['姓名']}", 3.4, lf, bw - 6), lf, "lm")
        voter = Style.draw(rng, typed=False)
        style = rng.choice(("hand", "check", "fill", "cross"))
        ox = bx + 3
        for opt in ("同意", "不同意", "弃权"):
            p.checkbox(ox, by + 19, 3.0, opt == vote, style, voter.rng, voter.color)
            p.text(ox + 3.8, by + 19, opt, 3.2, lf, "lm")
            ox += 5.0 + text_width(opt, 3.2, lf) + 3.0
        p.text(bx + bw - 2, by + bh - 2.5, "（不记名）", 2.4, lf, "rm", LIGHT)
    y += ((len(votes) + 2) // 3) * (bh + 3) + 4
    agree = votes.count("同意")
    result = (f"计票结果：同意{agree}票，不同意{against}票，弃权{abstain}票。"
              + ("同意票超过实到人数半数，同意列为困难职工建档对象。" if agree * 2 > present else "同意票未过半数。"))
    y = _typed_lines(p, x0, y, x1 - x0, result, 3.7, lf, 6.8) + 6
    sign = Style.draw(rng, typed=False)
    teller, scrutineer = _name(rng), _name(rng)
    for i, (lab, who) in enumerate((("计票人", teller), ("监票人", scrutineer), ("记录人", r["建档人"]))):
        bx = x0 + i * 60
        p.text(bx, y, f"{lab}：", 3.7, lf, "lm")
        p.text(bx + text_width(f"{lab}：", 3.7, lf) + 1, y + sign.rng.uniform(-0.5, 0.5), who,
               _fit_size(who, 5.0, "kai", 34), "kai", "lm", rng.choice((INK_BLUE, BLACK, sign.color)))
    if rng.random() < 0.5:
        p.seal(x1 - 30 + rng.uniform(-5, 5), min(y - 8, 268), 15, union[:14], "", rng.uniform(-25, 25), _seal_red(rng),
               rng.randrange(1 << 30))
    p.text(105, 290, f"共1页  {_numeral_date(day)}印", 2.8, lf, "mm", LIGHT)
    if rng.random() < 0.5:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("民主评议会议记录", r["姓名"], day, p)
