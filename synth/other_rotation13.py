"""Printings of the 其他 papers added with rotation 13 (2026-12-07), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from REAL-DOCUMENTS.md and the seeds with the parts of ``render``, ``papers_rotation3``, ``other_rotation5``,
``other_rotation6``, ``other_rotation7``, ``other_rotation8``, ``other_rotation10`` and ``other_rotation11``; each
keeps the signature of its kind's first layout and the 其他 truth of ``render._other`` (材料名称, 姓名, 日期), every
value of which is printed on the page.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.other_rotation5 import _name, rmb_upper
from dangan.synth.other_rotation6 import _typed_lines
from dangan.synth.other_rotation7 import _stamp_box
from dangan.synth.other_rotation8 import FINGER_RED, _dashed, _fit_size
from dangan.synth.other_rotation10 import LIGHT
from dangan.synth.other_rotation11 import PHONES, _numeral_date, _province, _seal_red
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.render import A4, Document, Style, _other, _student, cn_date

HAIR = (90, 90, 90)


def _double_rule(p: Page, x0: float, x1: float, y: float, color: tuple[int, int, int] = BLACK) -> None:
    """A thick rule over a thin one (the 文武线 of official papers)."""
    p.line(x0, y, x1, y, 0.8, color)
    p.line(x0, y + 1.3, x1, y + 1.3, 0.2, color)


def _hand(p: Page, x: float, y: float, s: str, size: float, width: float, ink: tuple[int, int, int],
          jit: random.Random, anchor: str = "lm") -> None:
    p.text(x + jit.uniform(-0.5, 0.5), y + jit.uniform(-0.4, 0.4), s, _fit_size(s, size, "kai", width), "kai", anchor,
           ink)


def _union(hh: Household) -> str:
    return f"{hh.unit.employer}工会"


# ---------------------------------------------------------------------------------------------------------
# 证明: a 证明 typed as a letter to the union (致 … 工会：), its particulars in a half-ruled block (rules under each
# line, none down) of 姓名 / 事由 / 出具日期, the body, the issuer's signing on the right under its seal; under a cut
# line the 街道 / 乡镇's 审核意见 (two-level sign-off) written by hand with its own seal, a 存档 number in the margin
# ---------------------------------------------------------------------------------------------------------
@layout("其他/证明", "证明/轮换13")
def certificate_two_level(hh: Household, rng: random.Random, kind: str, name: str, heading: str, body: str,
                          issuer: str, ring: str, day: date, centre: str = "") -> Document:
    p = Page(*A4, paper=rng.choice(((255, 255, 255), (251, 251, 248))))
    lf = rng.choice(("heimono", "serif", "hei"))
    bold = "serifbold" if lf == "serif" else "bold"
    hand = Style.draw(rng, typed=False)
    x0, x1 = 26.0, 184.0
    title = heading if len(heading.replace(" ", "")) > 2 else f"{heading}证明"
    p.text(x0, 26, title, 6.6, bold, "lm")
    _double_rule(p, x0, x1, 32)
    p.text(x1, 28, f"存档号：{day.year}-{rng.randrange(1, 999):03d}", 3.0, lf, "rm", LIGHT)
    y = 44.0
    to = f"致：{_union(hh)}"
    p.text(x0, y, to, _fit_size(to, 4.2, lf, x1 - x0), lf, "lm")
    y += 11
    rows = [(rng.choice(("当 事 人", "被证明人", "姓    名")), name), (rng.choice(("事    由", "证明类别")), kind),
            (rng.choice(("出具日期", "日    期")), cn_date(day))]
    if rng.random() < 0.5:
        rows.insert(2, ("用    途", rng.choice(("申请困难职工建档", "工会帮扶审核"))))
    lw = text_width("出具日期", 3.8, bold) + 6
    for lab, val in rows:
        p.text(x0 + 2, y, lab, 3.8, bold, "lm")
        p.text(x0 + lw + 4, y, val, _fit_size(val, 4.2, lf, x1 - x0 - lw - 6), lf, "lm")
        p.line(x0 + lw, y + 3.2, x1, y + 3.2, 0.2, HAIR)
        y += 9
    y += 6
    y = _typed_lines(p, x0, y, x1 - x0, body, 4.2, lf, 8.6, indent=8.4)
    if "特此证明" not in body:
        p.text(x0 + 8.4, y, "特此证明。", 4.2, lf, "lm")
        y += 8.6
    y += 10
    p.text(x1 - 4, y, issuer, _fit_size(issuer, 4.2, lf, 110), lf, "rm")
    p.text(x1 - 4, y + 10, _numeral_date(day) if rng.random() < 0.5 else cn_date(day), 4.2, lf, "rm")
    p.seal(x1 - 34 + rng.uniform(-5, 5), y + 4 + rng.uniform(-3, 3), 16, ring[:14], centre, rng.uniform(-20, 20),
           _seal_red(rng), rng.randrange(1 << 30))
    p.text(x0, y + 4, "证明人（经办）：", 3.6, lf, "lm")
    _hand(p, x0 + text_width("证明人（经办）：", 3.6, lf) + 1, y + 4, _name(rng), 5.0, 30, hand.color, hand.rng)
    y += 26
    _dashed(p, 14, y, 196, 2.4, 1.6, 0.25, LIGHT)
    cut = "以下由街道（乡镇）填写"
    half = text_width(cut, 2.8, lf) / 2 + 2
    p.rect(105 - half, y - 2, 105 + half, y + 2, 0.01, p.paper, fill=p.paper)
    p.text(105, y, cut, 2.8, lf, "mm", LIGHT)
    y += 10
    level = f"{hh.unit.region_name[3:]}{rng.choice(('街道办事处', '人民政府', '社会事务办公室'))}"
    p.text(x0, y, rng.choice(("街道（乡镇）审核意见：", "上级审核意见：")), 3.8, bold, "lm")
    note = rng.choice(("经核查，以上情况属实。", "情况属实，请予办理。", "同意上述证明。"))
    ink = rng.choice((INK_BLUE, BLACK, hand.color))
    _hand(p, x0 + 10, y + 12, note, 5.0, x1 - x0 - 20, ink, hand.rng)
    p.text(x1 - 4, y + 26, level, _fit_size(level, 3.8, lf, 100), lf, "rm")
    _hand(p, x1 - 4, y + 35, f"{day.year}.{day.month}.{day.day}", 4.6, 50, ink, hand.rng, "rm")
    p.seal(x1 - 30 + rng.uniform(-5, 5), y + 28 + rng.uniform(-3, 3), 15, level[:14], "", rng.uniform(-25, 25),
           _seal_red(rng), rng.randrange(1 << 30))
    if rng.random() < 0.6:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other(kind, name, day, p, heading)


# ---------------------------------------------------------------------------------------------------------
# 票据: the 电子发票（普通发票） of a 数电 invoice as printed by the payer on the top of an A4: 发票号码 / 开票日期 at
# the top right, 购买方信息 and 销售方信息 blocks side by side under vertical heads, the item table (项目名称, 单位,
# 数量, 单价, 金额, 税率, 税额) unruled inside, 合计, 价税合计 in capital numerals and figures, 备注, 开票人; the
# union clerk's 附件 label stamped under it
# ---------------------------------------------------------------------------------------------------------
def _vertical_head(p: Page, x0: float, y0: float, x1: float, y1: float, s: str, key: str) -> None:
    p.rect(x0, y0, x1, y1, 0.3, (150, 80, 40))
    step = min(4.6, (y1 - y0 - 2) / len(s))
    top = (y0 + y1) / 2 - step * (len(s) - 1) / 2
    for i, ch in enumerate(s):
        p.text((x0 + x1) / 2, top + i * step, ch, 3.2, key, "mm", (150, 80, 40))


@layout("其他/票据", "票据/轮换13")
def receipt_digital_invoice(hh: Household, rng: random.Random, kind: str, name: str, payee: str, items: str,
                            day: date, title: str, centre: str) -> Document:
    fees = [c.strip() for c in items.split(" / ")]
    medical = kind == "医药费票据"
    p = Page(*A4)
    lf = rng.choice(("serif", "sans", "heimono"))
    brown = (150, 80, 40)
    x0, x1 = 12.0, 198.0
    y = 16.0
    p.text(105, y, "电子发票（普通发票）", 6.0, "serifbold" if lf == "serif" else "bold", "mm", brown)
    p.line(80, y + 5, 130, y + 5, 0.3, brown)
    p.line(80, y + 6.2, 130, y + 6.2, 0.3, brown)
    number = f"{day.year % 100}{rng.randrange(10**17, 10**18)}"
    p.text(x1, y - 2, f"发票号码：{number}", 3.0, lf, "rm")
    p.text(x1, y + 4, f"开票日期：{cn_date(day)}", 3.0, lf, "rm")
    y += 12
    half = (x1 - x0) / 2
    bh = 22.0
    credit = f"{rng.choice(('12', '52'))}{rng.randrange(10**13, 10**14)}{rng.choice('XYKMN')}{rng.randrange(10)}"
    parties = (("购买方信息", (("名称", name), ("统一社会信用代码/纳税人识别号", ""))),
               ("销售方信息", (("名称", payee), ("统一社会信用代码/纳税人识别号", credit))))
    for side, (caption, rows) in enumerate(parties):
        bx = x0 + side * half
        _vertical_head(p, bx, y, bx + 8, y + bh, caption, lf)
        p.rect(bx + 8, y, bx + half, y + bh, 0.3, brown)
        for i, (lab, val) in enumerate(rows):
            s = f"{lab}：{val}"
            p.text(bx + 11, y + 6 + i * 9, s, _fit_size(s, 3.3, lf, half - 14), lf, "lm")
    y += bh
    cols = (("项目名称", 46.0), ("规格型号", 20.0), ("单位", 12.0), ("数量", 14.0), ("单价", 24.0), ("金额", 26.0),
            ("税率/征收率", 20.0), ("税额", 24.0))
    k = (x1 - x0) / sum(w for _, w in cols)
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w * k)
    th = 62.0
    p.rect(x0, y, x1, y + th, 0.3, brown)
    for (lab, _), a, b in zip(cols, xs, xs[1:], strict=False):
        p.text((a + b) / 2, y + 4, lab, _fit_size(lab, 2.9, lf, b - a - 1), lf, "mm", brown)
    total = 0.0
    ry = y + 10
    category = "*医疗服务*" if medical else "*教育服务*"
    for fee in fees:
        if medical:
            amount = round(rng.randrange(60, 3000) + rng.randrange(100) / 100, 2)
        else:
            amount = float(rng.randrange(8, 50) * 100 if fee == "学费" else rng.randrange(3, 16) * 100)
        total += amount
        qty = 1
        cells = (f"{category}{fee}", "", rng.choice(("次", "项", "元")) if medical else "学年", str(qty),
                 f"{amount:.2f}", f"{amount:.2f}", "免税", "***")
        for s, a, b in zip(cells, xs, xs[1:], strict=False):
            if s:
                p.text(b - 1.5 if s[0].isdigit() else a + 1.5, ry, s, _fit_size(s, 3.1, lf, b - a - 3), lf,
                       "rm" if s[0].isdigit() else "lm")
        ry += 6
    total = round(total, 2)
    p.text(x0 + 12, y + th - 5, "合        计", 3.2, lf, "mm")
    p.text(xs[6] - 1.5, y + th - 5, f"¥{total:.2f}", 3.2, lf, "rm")
    p.text(x1 - 1.5, y + th - 5, "***", 3.2, lf, "rm")
    y += th
    p.rect(x0, y, x1, y + 9, 0.3, brown)
    p.text(x0 + 2, y + 4.5, "价税合计（大写）", 3.1, lf, "lm", brown)
    upper = rmb_upper(total)
    p.text(x0 + 34, y + 4.5, upper, _fit_size(upper, 3.4, lf, 90), lf, "lm")
    p.text(x0 + 130, y + 4.5, "（小写）", 3.1, lf, "lm", brown)
    p.text(x0 + 146, y + 4.5, f"¥{total:,.2f}", 3.4, lf, "lm")
    y += 9
    _vertical_head(p, x0, y, x0 + 8, y + 18, "备注", lf)
    p.rect(x0 + 8, y, x1, y + 18, 0.3, brown)
    remark = f"{'就诊人' if medical else '学生姓名'}：{name}"
    p.text(x0 + 11, y + 6, remark, 3.2, lf, "lm")
    y += 18
    p.text(x0 + 4, y + 6, f"开票人：{_name(rng)}", 3.2, lf, "lm")
    p.seal(x1 - 32 + rng.uniform(-4, 4), y - 9 + rng.uniform(-2, 2), 12, payee[:14], "发票专用章", 0.0, (215, 35, 40),
           rng.randrange(1 << 30))
    y += 22
    _stamp_box(p, x0 + 4, y, (f"附件：{kind}", f"经办 {hh.record['建档人']}"), 3.6, (180, 40, 50))
    if rng.random() < 0.5:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.4), 2)
    return _other(kind, name, day, p)


# ---------------------------------------------------------------------------------------------------------
# 录取通知书: the school's blank 新生录取通知书 filled in by ballpoint on an A5 landscape card (double frame, the
# blanks on underlines: ____同学, 专业 / 类别, 学制, 报到日期), 编号 written in at the top left, the school and the
# printed 年 月 日 with the date written in under the seal; copied on the top of a portrait A4, the parent's
# 复印件 note and signature under it
# ---------------------------------------------------------------------------------------------------------
def _blank(p: Page, x: float, y: float, w: float, value: str, size: float, ink: tuple[int, int, int],
           jit: random.Random) -> float:
    p.line(x, y + 1.8, x + w, y + 1.8, 0.2)
    p.text(x + w / 2 + jit.uniform(-0.8, 0.8), y - 0.4 + jit.uniform(-0.3, 0.3), value, _fit_size(value, size, "kai", w - 1),
           "kai", "mm", ink)
    return x + w


@layout("其他/录取通知书", "录取通知书/轮换13")
def admission_filled_blank(hh: Household, rng: random.Random) -> Document:
    child = _student(hh)
    school = str(child.get("单位或学校") or "某中学")
    year = int(child.get("入学年份") or hh.created.year)
    day = date(year, rng.choice((7, 8, 8)), rng.randrange(1, 29))
    years = child.get("年制") or 3
    level = str(child.get("当前学历") or "")
    if "大学" in level or "本科" in level or "专" in level:
        major = rng.choice(("电气工程及其自动化", "临床医学", "会计学", "土木工程", "英语"))
    else:
        major = rng.choice(("计算机应用", "汽车运用与维修", "会计事务")) if "职" in level else "普通高中"
    sheet = Page(*A4)
    lf = rng.choice(("serif", "sans", "hei", "heimono"))
    pen = Style.draw(rng, typed=False)
    ink = rng.choice((INK_BLUE, BLACK, pen.color))
    card = Page(210.0, 148.0, paper=rng.choice(((255, 252, 244), (250, 246, 236))))
    colour = rng.choice(((175, 30, 40), (150, 110, 30), (30, 90, 60)))
    card.rect(5, 5, 205, 143, 1.0, colour)
    card.rect(7.5, 7.5, 202.5, 140.5, 0.3, colour)
    card.text(16, 16, "编号：", 3.2, lf, "lm")
    _hand(card, 26, 16, f"{year % 100:02d}{rng.randrange(100, 999)}", 4.0, 24, ink, pen.rng)
    card.text(105, 28, school, _fit_size(school, 5.0, lf, 150), lf, "mm", colour)
    card.text(105, 41, rng.choice(("新生录取通知书", "录取通知书")), 8.0, "serifbold", "mm", colour)
    y = 60.0
    x = _blank(card, 22, y, 40, child["姓名"], 5.6, ink, pen.rng)
    card.text(x + 1, y, "同学：", 4.4, lf, "lm")
    y += 13
    card.text(30, y, "你已被我校", 4.4, lf, "lm")
    x = _blank(card, 30 + text_width("你已被我校", 4.4, lf) + 1, y, 56, major, 4.8, ink, pen.rng)
    tail = "专业录取，" if major != "普通高中" else "录取，"
    card.text(x + 1, y, tail, 4.4, lf, "lm")
    x += 1 + text_width(tail, 4.4, lf)
    card.text(x, y, "学制", 4.4, lf, "lm")
    x = _blank(card, x + text_width("学制", 4.4, lf) + 1, y, 12, str(years), 4.8, ink, pen.rng)
    card.text(x + 1, y, "年。", 4.4, lf, "lm")
    y += 13
    report = date(year, rng.choice((8, 9)), rng.randrange(1, 28))
    card.text(22, y, "请于", 4.4, lf, "lm")
    x = _blank(card, 22 + text_width("请于", 4.4, lf) + 1, y, 48, f"{report.month}月{report.day}日", 4.8, ink, pen.rng)
    rest = "持本通知书、户口簿复印件到校报到。"
    card.text(x + 1, y, rest, _fit_size(rest, 4.4, lf, 196 - x), lf, "lm")
    y += 13
    card.text(22, y, "逾期两周不报到者，视为自动放弃入学资格。", 3.6, lf, "lm", LIGHT)
    card.text(188, 116, school, _fit_size(school, 4.2, lf, 90), lf, "rm")
    x = 140.0
    for figure, unit in ((str(day.year), "年"), (str(day.month), "月"), (str(day.day), "日")):
        w = 16.0 if unit == "年" else 9.0
        _hand(card, x + w / 2, 126.5, figure, 4.6, w, ink, pen.rng, "mm")
        card.text(x + w, 128, unit, 4.2, lf, "lm")
        x += w + 5.5
    card.seal(160 + rng.uniform(-5, 5), 118 + rng.uniform(-3, 3), 16, school[:12], "", rng.uniform(-20, 20),
              _seal_red(rng), rng.randrange(1 << 30))
    k = rng.choice((0.86, 0.88, 0.9))
    left = (210 - 210 * k) / 2 + rng.uniform(-3, 3)
    top = 14.0 + rng.uniform(0, 6)
    embed_scaled(sheet, card, left, top, k)
    parent = hh.record["姓名"]
    ny = top + 148 * k + 16
    note = rng.choice(("此复印件与原件一致，仅供申请困难职工帮扶使用。", "以上为我子女录取通知书复印件，原件已核。"))
    _hand(sheet, 24, ny, note, 5.0, 166, pen.color, pen.rng)
    sheet.text(110, ny + 14, "家长签名：", 3.8, lf, "lm")
    _hand(sheet, 110 + text_width("家长签名：", 3.8, lf) + 2, ny + 14, parent, 5.4, 40, pen.color, pen.rng)
    sheet.text(24, ny + 14, f"（{_province(hh)}）", 3.0, lf, "lm", LIGHT)
    if rng.random() < 0.65:
        sheet.mono, sheet.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("录取通知书", child["姓名"], day, sheet)


# ---------------------------------------------------------------------------------------------------------
# 银行卡: the worker's typed 收款账户确认书 to the union across the top of an A4 (本人…，身份证号…，现提供本人名下…
# 账户，卡号…), signed with the fingerprint over the name and dated; the card's front and back copied at 100 %
# side by side low on the sheet, 银行卡复印件 printed over them in a bracket
# ---------------------------------------------------------------------------------------------------------
def _front(bank: str, number: str, rng: random.Random, colour: tuple[int, int, int]) -> Page:
    c = Page(85.6, 54.0, paper=colour)
    c.text(5, 7, bank, _fit_size(bank, 3.8, "bold", 60), "bold", "lm", (255, 255, 255))
    c.rect(8, 16, 18, 24, 0.2, (200, 170, 90), fill=(215, 185, 110))
    grouped = f"{number[:6]} {number[6:]}" if rng.random() < 0.5 else " ".join(number[i:i + 4] for i in range(0, len(number), 4))
    c.text(5, 34, grouped, _fit_size(grouped, 3.8, "heimono", 76), "heimono", "lm", (245, 245, 245))
    c.text(5, 46, rng.choice(("借记卡", "储蓄卡", "IC卡")), 2.8, "sans", "lm", (240, 240, 240))
    c.text(78, 46, "银联", 3.0, "bold", "rm", (255, 255, 255))
    return c


def _back(phone: str, rng: random.Random) -> Page:
    c = Page(85.6, 54.0, paper=(240, 240, 236))
    c.rect(0, 5, 85.6, 13, 0.1, (35, 35, 35), fill=(35, 35, 35))
    c.rect(5, 18, 60, 24, 0.15, (120, 120, 120), fill=(252, 252, 248))
    c.text(62, 21, f"{rng.randrange(100, 999)}", 2.6, "heimono", "lm")
    c.text(5, 32, f"服务热线：{phone}", 2.4, "sans", "lm")
    c.text(5, 38, "本卡仅限持卡人本人使用，请妥善保管。", 2.2, "sans", "lm")
    return c


@layout("其他/银行卡", "银行卡/轮换13")
def bank_card_account_letter(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    sheet = Page(*A4, paper=rng.choice(((255, 255, 255), (252, 252, 249))))
    lf = rng.choice(("serif", "heimono", "sans"))
    bold = "serifbold" if lf == "serif" else "bold"
    day = hh.created - timedelta(days=rng.randrange(1, 20))
    bank = str(r["开户银行"])
    x0, x1 = 22.0, 188.0
    sheet.text(105, 24, rng.choice(("收款账户确认书", "帮扶资金收款账户确认书", "个人银行账户确认书")), 5.6, bold, "mm")
    y = 40.0
    sheet.text(x0, y, f"{_union(hh)}：", _fit_size(f"{_union(hh)}：", 4.0, lf, x1 - x0), lf, "lm")
    y += 10
    text = (f"本人{r['姓名']}，公民身份号码{r['身份证号']}，现提供本人名下{bank}{r['支行名称']}个人账户"
            f"（卡号：{r['银行卡号']}）作为工会帮扶资金收款账户。上述账户信息由本人提供，如有错误由本人负责。")
    y = _typed_lines(sheet, x0, y, x1 - x0, text, 4.0, lf, 8.2, indent=8.0)
    rows = (("户    名", str(r["姓名"])), ("开 户 行", f"{bank}{r['支行名称']}"), ("账    号", str(r["银行卡号"])))
    y += 2
    for lab, val in rows:
        sheet.text(x0 + 8, y, f"{lab}：", 3.8, lf, "lm")
        sheet.text(x0 + 30, y, val, _fit_size(val, 4.0, lf, x1 - x0 - 32), lf, "lm")
        y += 7.5
    y += 6
    pen = Style.draw(rng, typed=False)
    sx = 112.0
    sheet.text(sx, y, "确认人：", 3.8, lf, "lm")
    nx = sx + text_width("确认人：", 3.8, lf) + 2
    _hand(sheet, nx, y, str(r["姓名"]), 5.6, 40, pen.color, pen.rng)
    sheet.seal(nx + 8 + rng.uniform(-2, 2), y + rng.uniform(-1, 1), 3.2, "", "", 0.0, FINGER_RED, rng.randrange(1 << 20))
    sheet.text(sx, y + 10, "日    期：", 3.8, lf, "lm")
    _hand(sheet, nx, y + 10, f"{day.year}年{day.month}月{day.day}日", 4.8, 60, pen.color, pen.rng)
    # the card copied at 100 % low on the sheet
    cy = max(y + 30, 176.0) + rng.uniform(0, 8)
    sheet.text(105, cy - 8, "【银行卡复印件】", 3.8, bold, "mm")
    colour = rng.choice(((25, 75, 140), (150, 35, 45), (25, 105, 75), (70, 70, 80)))
    gap = rng.uniform(6, 12)
    cx = (210 - 2 * 85.6 - gap) / 2
    embed_scaled(sheet, _front(bank, str(r["银行卡号"]), rng, colour), cx, cy, 1.0)
    embed_scaled(sheet, _back(PHONES.get(bank, "96" + str(rng.randrange(100, 999))), rng), cx + 85.6 + gap, cy, 1.0)
    sheet.text(cx, cy + 60, "（正面）", 3.0, lf, "lm", LIGHT)
    sheet.text(cx + 85.6 + gap, cy + 60, "（反面）", 3.0, lf, "lm", LIGHT)
    if rng.random() < 0.7:
        sheet.mono, sheet.tone = True, round(rng.uniform(0.0, 0.55), 2)
    return _other("银行卡复印件", r["姓名"], day, sheet, "银行卡复印件")


# ---------------------------------------------------------------------------------------------------------
# 授权书: a 信息核查授权书 whose title stands on the left over a double rule, the clauses typeset in two columns
# (newspaper style) with a thin rule between them, then one unruled row per adult with a line under it only:
# the signature first, the 关系, the 身份证号 written in, the fingerprint over the signature's end; the date and
# the union's 收件 note at the foot
# ---------------------------------------------------------------------------------------------------------
@layout("其他/授权书", "授权书/轮换13")
def authorisation_two_columns(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    lf = rng.choice(("heimono", "serif", "hei"))
    bold = "serifbold" if lf == "serif" else "bold"
    day = hh.created - timedelta(days=rng.randrange(3, 25))
    p = Page(*A4)
    x0, x1 = 18.0, 192.0
    p.text(x0, 22, rng.choice(("家庭经济状况信息核查授权书", "信息核查授权书", "授权书（含承诺）")), 6.0, bold, "lm")
    _double_rule(p, x0, x1, 28)
    head = f"申请人：{r['姓名']}    工作单位：{hh.unit.employer}"
    p.text(x0, 36, head, _fit_size(head, 3.6, lf, x1 - x0), lf, "lm")
    clauses = (
        f"一、本人及共同生活的家庭成员自愿授权{_union(hh)}及民政、人社、住建、公安、市场监管、税务、银行等部门和"
        "机构，查询、核对本家庭成员的收入、财产、社会保险及婚姻等信息。",
        "二、上述查询核对结果仅用于困难职工建档及帮扶资格审核，不作他用。",
        "三、本人承诺所提供的家庭情况及证明材料真实、完整，如有虚报、隐瞒，自愿退回所领帮扶资金并承担相应责任。",
        "四、本授权自签字之日起生效，至帮扶终止之日止。",
    )
    col_w = (x1 - x0 - 8) / 2
    size, gap, top = 3.6, 6.4, 46.0
    lines: list[str] = []
    for clause in clauses:
        line = ""
        for ch in clause:
            if text_width(line + ch, size, lf) > col_w - 3 and line:
                lines.append(line)
                line = ""
            line += ch
        lines.append(line)
    first = (len(lines) + 1) // 2
    for i, ln in enumerate(lines):
        col, row = (0, i) if i < first else (1, i - first)
        p.text(x0 + col * (col_w + 8), top + row * gap, ln, size, lf, "lm")
    last = top + first * gap
    p.line(x0 + col_w + 4, top - 3, x0 + col_w + 4, last - 3, 0.2, HAIR)
    y = last + 6
    p.text(x0, y, "授权人（年满18周岁的家庭成员）：", 3.8, bold, "lm")
    y += 10
    people = [hh.householder(), *[m for m in hh.members if m["年龄"] >= 18]][:6]
    for i, person in enumerate(people):
        ink = rng.choice((INK_BLUE, BLACK))
        jit = random.Random(rng.randrange(1 << 30))
        p.text(x0, y, "签名", 3.0, lf, "lm", LIGHT)
        _hand(p, x0 + 10, y, str(person["姓名"]), 5.2, 30, ink, jit)
        p.seal(x0 + 32 + jit.uniform(-2, 2), y + jit.uniform(-1, 1), 3.2, "", "", 0.0, FINGER_RED, rng.randrange(1 << 20))
        p.text(x0 + 44, y, "关系", 3.0, lf, "lm", LIGHT)
        _hand(p, x0 + 53, y, "本人" if i == 0 else str(person["关系"]), 4.6, 18, ink, jit)
        p.text(x0 + 76, y, "身份证号", 3.0, lf, "lm", LIGHT)
        _hand(p, x0 + 90, y, str(person["身份证号"]), 4.4, x1 - x0 - 92, ink, jit)
        p.line(x0, y + 4, x1, y + 4, 0.2, HAIR)
        y += 14
    y += 4
    p.text(x1, y, f"签署日期：{cn_date(day)}", 3.8, lf, "rm")
    y += 14
    if rng.random() < 0.7:
        union = _union(hh)
        p.text(x0, y, f"收件人：{r['建档人']}", 3.6, lf, "lm")
        p.seal(x0 + 70 + rng.uniform(-6, 6), y - 2 + rng.uniform(-2, 2), 13, union[:14], "", rng.uniform(-25, 25),
               _seal_red(rng), rng.randrange(1 << 30))
    if rng.random() < 0.55:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("授权书", r["姓名"], day, p, "授权书（声明书）")


# ---------------------------------------------------------------------------------------------------------
# 会议记录: typed minutes with hanging labels (the labels right-aligned in a left column, no rules, the text beside
# them), double rules over and under the particulars, the 表决 result in a small one-row ruled table (应到 / 实到 /
# 同意 / 不同意 / 弃权 heads over the figures), 参会人员签名 written in at random in an open box at the foot
# ---------------------------------------------------------------------------------------------------------
@layout("其他/会议记录", "会议记录/轮换13")
def minutes_hanging_labels(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    lf = rng.choice(("serif", "hei", "sans"))
    bold = "serifbold" if lf == "serif" else "bold"
    day = hh.publicity_start - timedelta(days=rng.randrange(1, 8))
    due = rng.randrange(5, 10)
    present = due - (1 if rng.random() < 0.4 else 0)
    p = Page(*A4)
    x0, x1 = 20.0, 190.0
    lx = 46.0
    union = _union(hh)
    p.text(105, 20, f"{union}", _fit_size(union, 4.6, lf, 160), lf, "mm")
    p.text(105, 30, rng.choice(("民主评议会议记录", "困难职工建档民主评议会议记录")), 6.2, bold, "mm")
    _double_rule(p, x0, x1, 37)
    y = 46.0
    members = [r["审核人"], r["建档人"], *(_name(rng) for _ in range(present - 2))]
    pairs = [("时间", f"{cn_date(day)}{rng.choice(('上午', '下午'))}"),
             ("地点", rng.choice(("工会会议室", "职工活动中心二楼", "综合楼会议室"))),
             ("主持", r["审核人"]), ("记录", r["建档人"]),
             ("出席", "、".join(members)),
             ("议题", f"{r['姓名']}同志困难职工建档申请评议")]
    for lab, val in pairs:
        p.text(lx - 3, y, f"{lab}", 3.8, bold, "rm")
        y = _typed_lines(p, lx, y, x1 - lx, val, 3.8, lf, 6.8)
    _double_rule(p, x0, x1, y - 2)
    y += 8
    said = (f"{r['建档人']}介绍申请情况：{r['姓名']}，家庭人口{r['家庭人口']}人，主要致困原因为{r['主要致困原因']}，"
            "经入户走访核实，家庭收入低、负担重，符合建档条件。与会人员逐项核对了申请材料，对家庭收入、住房及"
            "就医就学情况进行了讨论。")
    p.text(lx - 3, y, "内容", 3.8, bold, "rm")
    y = _typed_lines(p, lx, y, x1 - lx, said, 3.8, lf, 6.8, indent=7.6) + 4
    against = rng.choice((0, 0, 1)) if present >= 7 else 0
    abstain = rng.choice((0, 0, 1)) if present >= 6 else 0
    agree = present - against - abstain
    p.text(lx - 3, y, "表决", 3.8, bold, "rm")
    heads = ("应到人数", "实到人数", "同意", "不同意", "弃权")
    vals = (due, present, agree, against, abstain)
    cw = (x1 - lx) / len(heads)
    for i, (h, v) in enumerate(zip(heads, vals, strict=True)):
        bx = lx + i * cw
        p.rect(bx, y - 4, bx + cw, y + 3, 0.3)
        p.text(bx + cw / 2, y - 0.5, h, 3.4, lf, "mm")
        p.rect(bx, y + 3, bx + cw, y + 10, 0.3)
        p.text(bx + cw / 2, y + 6.5, f"{v}", 3.8, lf, "mm")
    y += 18
    verdict = (f"会议以{'举手' if rng.random() < 0.5 else '无记名投票'}方式表决，同意{agree}票，"
               + ("同意将其列为困难职工建档对象，并按规定进行公示。" if agree * 2 > present else "未获通过。"))
    p.text(lx - 3, y, "结论", 3.8, bold, "rm")
    y = _typed_lines(p, lx, y, x1 - lx, verdict, 3.8, lf, 6.8) + 6
    # signatures written at random in an open box
    bh = 16.0 + ((len(members) + 3) // 4) * 10
    p.rect(x0, y, x1, y + bh, 0.3)
    p.text(x0 + 2, y + 4, "参会人员签名：", 3.4, lf, "lm")
    slots = [(x0 + 8 + (i % 4) * 42, y + 14 + (i // 4) * 10) for i in range(((len(members) + 3) // 4) * 4)]
    rng.shuffle(slots)
    for who, (sx, sy) in zip(members, slots, strict=False):
        st = Style.draw(rng, typed=False)
        _hand(p, sx + st.rng.uniform(0, 6), sy, who, rng.uniform(4.4, 5.6), 34, st.color, st.rng)
    y += bh + 8
    p.text(x1, y, f"记录人：{r['建档人']}    {_numeral_date(day)}", 3.6, lf, "rm")
    if rng.random() < 0.5:
        p.seal(x1 - 36 + rng.uniform(-5, 5), min(y - 4, 270), 15, union[:14], "", rng.uniform(-25, 25), _seal_red(rng),
               rng.randrange(1 << 30))
    if rng.random() < 0.5:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("民主评议会议记录", r["姓名"], day, p)
