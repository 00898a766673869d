"""Printings of the 其他 papers added with rotation 11 (2026-12-07), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from REAL-DOCUMENTS.md and the seeds with the parts of ``render``, ``papers_rotation3``, ``papers_rotation4``,
``other_rotation5``, ``other_rotation6``, ``other_rotation7``, ``other_rotation8`` and ``other_rotation10``; each keeps
the signature of its kind's first layout and the 其他 truth of ``render._other`` (材料名称, 姓名, 日期), every value of
which is printed on the page.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.other_rotation5 import _name, rmb_upper
from dangan.synth.other_rotation6 import LANDSCAPE, _qr, _typed_lines
from dangan.synth.other_rotation7 import _digit_boxes, _stamp_box
from dangan.synth.other_rotation8 import FINGER_RED, _fit_size
from dangan.synth.other_rotation10 import LIGHT
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.papers_rotation4 import _barcode
from dangan.synth.render import A4, Document, Style, _other, _student, cn_date

E_RED = (220, 30, 35)  # an electronic seal prints pure red
NUMERALS = "〇一二三四五六七八九"


def _seal_red(rng: random.Random) -> tuple[int, int, int]:
    return rng.randrange(190, 230), rng.randrange(20, 60), rng.randrange(30, 70)


def _numeral_date(day: date) -> str:
    """A day in the numerals of official papers: 二〇二四年三月五日."""

    def small(n: int) -> str:
        tens, ones = divmod(n, 10)
        head = "" if tens == 0 else ("十" if tens == 1 else NUMERALS[tens] + "十")
        return head + (NUMERALS[ones] if ones else "")

    return f"{''.join(NUMERALS[int(c)] for c in str(day.year))}年{small(day.month)}月{small(day.day)}日"


def _province(hh: Household) -> str:
    return "浙江" if hh.unit.province == "杭州" else hh.unit.province


# ---------------------------------------------------------------------------------------------------------
# 证明: an electronic 证明 issued online (政务服务网 / 一网通办) and printed by the applicant: the platform's head,
# 证明编号 and a QR code, the particulars as label：value lines, the body typeset, the issuer and the date in the
# numerals of official papers under the electronic seal, a 核验 foot with the 核验码 and the issuing time
# ---------------------------------------------------------------------------------------------------------
@layout("其他/证明", "证明/轮换11")
def certificate_e_issued(hh: Household, rng: random.Random, kind: str, name: str, heading: str, body: str,
                         issuer: str, ring: str, day: date, centre: str = "") -> Document:
    p = Page(*A4)
    lf = rng.choice(("sans", "hei", "serif"))
    band = rng.choice(((30, 90, 170), (20, 120, 150), (170, 40, 40)))
    x0, x1 = 22.0, 188.0
    platform = rng.choice((f"{_province(hh)}政务服务网", f"{_province(hh)}政务服务一网通办", f"{hh.unit.city}市民服务平台"))
    p.rect(0, 0, 210, 14, 0.1, band, fill=band)
    p.text(x0, 7, platform, 4.2, "bold", "lm", (255, 255, 255))
    p.text(x1, 7, rng.choice(("电子证明", "电子证照 · 证明开具")), 3.4, "sans", "rm", (255, 255, 255))
    serial = f"{day.year}{rng.randrange(10**11, 10**12)}"
    p.text(x0, 24, f"证明编号：{serial}", 3.2, lf, "lm")
    _qr(p, rng, x1 - 24, 20, 24)
    p.text(x1 - 12, 47, "扫码验真", 2.8, "sans", "mm", LIGHT)
    title = heading if len(heading.replace(" ", "")) > 2 else f"{heading}证明"
    p.text(105, 58, title, 7.0, "serifbold" if lf == "serif" else "bold", "mm")
    y = 72.0
    particulars = [("被证明人", name), ("证明事项", kind), ("证明用途", rng.choice(("困难职工建档", "申请困难职工帮扶")))]
    for lab, val in particulars:
        p.text(x0 + 6, y, f"{lab}：", 3.8, lf, "lm")
        p.text(x0 + 6 + text_width(f"{lab}：", 3.8, lf) + 1, y, val, 3.8, lf, "lm")
        y += 7.0
    p.line(x0, y - 1, x1, y - 1, 0.2, LIGHT)
    y += 8
    y = _typed_lines(p, x0, y, x1 - x0, body, 4.2, lf, 8.4, indent=8.4)
    if "特此证明" not in body:
        p.text(x0 + 8.4, y, "特此证明。", 4.2, lf, "lm")
        y += 8.4
    y = max(y + 16, 150.0)
    p.text(x1 - 8, y, issuer, _fit_size(issuer, 4.2, lf, 90), lf, "rm")
    p.text(x1 - 8, y + 9, _numeral_date(day), 4.2, lf, "rm")
    p.seal(x1 - 40, y + 3, 17, ring[:14], centre, 0.0, E_RED, rng.randrange(1 << 30))
    # the 核验 foot
    fy = 238.0
    p.line(x0, fy, x1, fy, 0.5, band)
    code = "-".join(f"{rng.randrange(16**4):04X}" for _ in range(4))
    issued = f"{day.isoformat()} {rng.randrange(8, 18):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
    foot = [f"核验码：{code}", f"出具时间：{issued}",
            f"有效期：自出具之日起{rng.choice(('三个月', '六个月', '30日'))}内有效"]
    for i, s in enumerate(foot):
        p.text(x0, fy + 7 + i * 6, s, 3.1, lf, "lm")
    note = "本证明为电子证明，与纸质证明具有同等效力。可扫描二维码或登录平台输入核验码核验真伪。"
    _typed_lines(p, x0, fy + 27, x1 - x0, note, 2.9, lf, 5.0)
    p.line(x0, 284, x1, 284, 0.2, LIGHT)
    p.text(105, 289, "第1页/共1页", 2.8, "sans", "mm", LIGHT)
    if rng.random() < 0.55:  # a black-and-white office printer
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.35), 2)
    return _other(kind, name, day, p, heading)


# ---------------------------------------------------------------------------------------------------------
# 票据: the payee's 费用明细清单 printed from its billing system on landscape A4: the particulars in one line of
# label：value with no rules, a three-line table (rules above and below the head and under the last row, none
# down) of the fees item by item, grouped by category with a 小计 after each, 合计 in capital numerals and in
# figures with thousands commas, 打印人 / 打印时间 and the page count at the foot, the payee's seal
# ---------------------------------------------------------------------------------------------------------
DETAILS = {
    "西药费": (("阿莫西林胶囊", "0.25g*24粒", "盒"), ("头孢克肟分散片", "0.1g*6片", "盒"), ("奥美拉唑肠溶胶囊", "20mg*14粒", "盒"),
            ("氯化钠注射液", "0.9%250ml", "袋"), ("二甲双胍缓释片", "0.5g*30片", "盒")),
    "治疗费": (("静脉输液", "", "次"), ("肌肉注射", "", "次"), ("换药（中）", "", "次"), ("针灸治疗", "", "次")),
    "检查费": (("血常规", "", "项"), ("肝功能检查", "", "项"), ("胸部CT平扫", "", "部位"), ("心电图", "", "次"),
            ("彩色多普勒超声", "", "部位")),
    "学费": (("学费", "", "学年"),),
    "住宿费": (("住宿费（四人间）", "", "学年"), ("住宿费（六人间）", "", "学年")),
    "教材费": (("教材费（上学期）", "", "套"), ("作业本及资料费", "", "套"), ("教材费（代收）", "", "套")),
}


def _fee_rows(rng: random.Random, fee: str, medical: bool) -> list[tuple[str, str, str, int, float]]:
    """(name, spec, unit, quantity, unit price) of the items one fee category was made of."""
    options = DETAILS.get(fee, ((fee, "", "项"),))
    picked = rng.sample(options, min(len(options), rng.randrange(1, 4) if medical else 1))
    rows = []
    for item, spec, unit in picked:
        if medical:
            qty = rng.randrange(1, 8)
            price = round(rng.randrange(3, 400) + rng.randrange(100) / 100, 2)
        else:
            qty = 1
            price = float(rng.randrange(10, 60) * 100 if fee == "学费" else rng.randrange(3, 16) * 100)
        rows.append((item, spec, unit, qty, price))
    return rows


@layout("其他/票据", "票据/轮换11")
def receipt_itemised_list(hh: Household, rng: random.Random, kind: str, name: str, payee: str, items: str,
                          day: date, title: str, centre: str) -> Document:
    fees = [c.strip() for c in items.split(" / ")]
    medical = kind == "医药费票据"
    p = Page(*LANDSCAPE)
    key = rng.choice(("heimono", "sans", "serif"))
    head_font = "serifbold" if key == "serif" else "bold"
    x0, x1 = 18.0, 279.0
    p.text(148.5, 14, payee, _fit_size(payee, 5.2, head_font, 200), head_font, "mm")
    sheet_title = (rng.choice(("门诊费用明细清单", "门诊收费明细清单", "医疗费用结算清单")) if medical
                   else rng.choice(("学生缴费明细清单", "学生收费明细单", "缴费项目明细")))
    p.text(148.5, 23, sheet_title, 5.0, head_font, "mm")
    dotted = f"{day.year}.{day.month:02d}.{day.day:02d}"
    if medical:
        info = [("姓名", name), ("就诊号", f"{rng.randrange(10**9, 10**10)}"),
                ("科室", rng.choice(("内科门诊", "呼吸内科", "消化内科", "骨科门诊", "内分泌科"))),
                ("费别", rng.choice(("职工医保", "城乡居民医保", "自费"))), ("结算日期", dotted)]
    else:
        term = day.year if day.month >= 8 else day.year - 1
        info = [("学生姓名", name), ("学号", f"{term}{rng.randrange(10**5, 10**6)}"),
                ("班级", f"{rng.choice(('一', '二', '三'))}年级{rng.randrange(1, 13)}班"), ("学年", f"{term}-{term + 1}学年"),
                ("缴费日期", dotted)]
    x = x0
    for lab, val in info:
        s = f"{lab}：{val}"
        p.text(x, 33, s, 3.4, key, "lm")
        x += text_width(s, 3.4, key) + 10
    cols: tuple[tuple[str, float], ...]
    if medical:
        cols = (("序号", 14.0), ("项目名称", 62.0), ("规格", 36.0), ("单位", 16.0), ("数量", 16.0), ("单价", 28.0),
                ("金额", 32.0), ("医保类别", 24.0), ("自付比例", x1 - x0 - 228.0))
    else:
        cols = (("序号", 14.0), ("收费项目", 70.0), ("计费单位", 24.0), ("数量", 18.0), ("收费标准", 32.0),
                ("金额", 34.0), ("收费依据", x1 - x0 - 192.0))
    y = 40.0
    rh = 6.6
    p.line(x0, y, x1, y, 0.6)
    x = x0
    for lab, cw in cols:
        p.text(x + cw / 2, y + rh / 2, lab, 3.3, head_font, "mm")
        x += cw
    y += rh
    p.line(x0, y, x1, y, 0.3)
    total = 0.0
    n = 0
    for fee in fees:
        p.text(x0 + 3, y + rh / 2, f"【{fee}】", 3.3, key, "lm")
        y += rh
        sub = 0.0
        for item, spec, unit, qty, price in _fee_rows(rng, fee, medical):
            n += 1
            amount = round(qty * price, 2)
            sub = round(sub + amount, 2)
            vals: tuple[str, ...]
            if medical:
                vals = (str(n), item, spec, unit, str(qty), f"{price:.2f}", f"{amount:.2f}",
                        rng.choice(("甲类", "乙类", "甲类", "丙类")), rng.choice(("0%", "10%", "20%", "100%")))
            else:
                basis = rng.choice((f"{_province(hh)[:1]}价费〔{day.year - rng.randrange(2, 8)}〕{rng.randrange(10, 99)}号",
                                    "代收费", "按学年收取"))
                vals = (str(n), item, unit, str(qty), f"{price:.2f}", f"{amount:.2f}", basis)
            x = x0
            for (lab, cw), val in zip(cols, vals, strict=True):
                if lab in ("项目名称", "收费项目", "规格", "收费依据"):
                    p.text(x + 2, y + rh / 2, val, _fit_size(val, 3.3, key, cw - 3), key, "lm")
                elif lab in ("单价", "金额", "收费标准"):
                    p.text(x + cw - 3, y + rh / 2, val, 3.3, key, "rm")
                else:
                    p.text(x + cw / 2, y + rh / 2, val, 3.3, key, "mm")
                x += cw
            y += rh
        amount_x = x0 + sum(cw for lab, cw in cols[: [c[0] for c in cols].index("金额") + 1])
        p.text(amount_x - 40, y + rh / 2, "小计", 3.3, key, "lm")
        p.text(amount_x - 3, y + rh / 2, f"{sub:.2f}", 3.3, key, "rm")
        y += rh
        total = round(total + sub, 2)
    p.line(x0, y + 1, x1, y + 1, 0.6)
    y += 8
    upper = rmb_upper(total)
    p.text(x0 + 3, y, "合计金额（大写）：", 3.6, head_font, "lm")
    p.text(x0 + 3 + text_width("合计金额（大写）：", 3.6, head_font) + 1, y, upper, 3.6, key, "lm")
    p.text(x0 + 150, y, "（小写）：", 3.6, head_font, "lm")
    p.text(x0 + 150 + text_width("（小写）：", 3.6, head_font) + 1, y, f"¥{total:,.2f}", 3.6, key, "lm")
    y += 9
    if medical:
        pooled = round(total * rng.choice((0.0, 0.45, 0.6, 0.7)), 2)
        p.text(x0 + 3, y, f"统筹基金支付：{pooled:,.2f}    个人账户支付：0.00    个人现金支付：{total - pooled:,.2f}", 3.3,
               key, "lm")
        y += 8
    seal_y = min(y + 8, 180.0)
    p.text(x1 - 90, seal_y, "收款单位（盖章）", 3.4, key, "lm")
    p.seal(x1 - 62 + rng.uniform(-8, 8), seal_y + rng.uniform(-3, 3), 15, payee[:14], centre, rng.uniform(-15, 15),
           _seal_red(rng), rng.randrange(1 << 30))
    clerk = Style.draw(rng, typed=False)
    note = f"附：{kind}{rng.randrange(1, 4)}张，与本清单核对一致。"
    p.text(x0 + 3, seal_y + clerk.rng.uniform(-0.5, 0.5), note, 4.4, "kai", "lm", clerk.color)
    printed_at = f"{day.isoformat()} {rng.randrange(8, 18):02d}:{rng.randrange(60):02d}"
    p.text(x0, 196, f"打印人：{rng.randrange(1000, 9999)}", 3.0, key, "lm")
    p.text(x0 + 50, 196, f"打印时间：{printed_at}", 3.0, key, "lm")
    p.text(x1, 196, "第 1 页 / 共 1 页", 3.0, key, "rm")
    p.text(148.5, 203, "本清单仅供核对费用明细，报销以收费票据为准。", 2.8, key, "mm", LIGHT)
    if rng.random() < 0.65:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.45), 2)
    return _other(kind, name, day, p)


# ---------------------------------------------------------------------------------------------------------
# 录取通知书: a notice printed in vertical columns read right to left (the title, 「X同学」, the text, the school, the
# date in the numerals of official papers under the seal, the 校长's signature), front and back copied on one A4:
# the back with the 新生报到须知 and the admission particulars in a ruled table, labels in a head row over values
# ---------------------------------------------------------------------------------------------------------
def _column(p: Page, x: float, y: float, s: str, size: float, key: str, color: tuple[int, int, int] = BLACK,
            step: float = 1.18) -> float:
    """``s`` set down one column from (x, y), a character a cell; returns the y under it."""
    for ch in s:
        if ch in "，。、：":  # punctuation sits in the cell's upper right in vertical setting
            p.text(x + size * 0.3, y - size * 0.3, ch, size, key, "mm", color)
        else:
            p.text(x, y, ch, size, key, "mm", color)
        y += size * step
    return y


def _columns(p: Page, x: float, y0: float, y1: float, text: str, size: float, key: str, gap: float,
             indent: int = 0) -> float:
    """``text`` in vertical columns from x leftwards between y0 and y1; returns the x of the next column."""
    per = int((y1 - y0) // (size * 1.18))
    chunks = []
    line = " " * indent
    for ch in text:
        if len(line) >= per and ch not in "，。、：）":
            chunks.append(line)
            line = ""
        line += ch
    chunks.append(line)
    for chunk in chunks:
        lead = len(chunk) - len(chunk.lstrip(" "))
        _column(p, x, y0 + lead * size * 1.18, chunk.lstrip(" "), size, key)
        x -= gap
    return x


@layout("其他/录取通知书", "录取通知书/轮换11")
def admission_vertical_card(hh: Household, rng: random.Random) -> Document:
    child = _student(hh)
    school = child.get("单位或学校") or "某中学"
    year = int(child.get("入学年份") or hh.created.year)
    day = date(year, rng.choice((7, 7, 8)), rng.randrange(1, 29))
    years = child.get("年制") or 3
    level = str(child.get("当前学历") or "")
    college = "大学" in level or "本科" in level or "专" in level
    if college:
        faculty = rng.choice(("土木工程学院", "医学院", "信息工程学院", "经济管理学院", "外国语学院"))
        major = rng.choice(("土木工程", "临床医学", "计算机科学与技术", "会计学", "英语"))
        text = f"经{_province(hh)}省招生委员会批准，录取你入我校{faculty}{major}专业学习，请持本通知书按时到校报到。"
    else:
        faculty = ""
        major = rng.choice(("机电技术应用", "护理", "会计事务")) if "职" in level else "普通高中"
        text = f"你已被我校录取为{year}级{'新生' if major == '普通高中' else major + '专业新生'}，请持本通知书按时到校报到。"
    key = rng.choice(("serif", "kai", "serifbold"))
    colour = rng.choice(((160, 25, 35), (130, 20, 30), (25, 60, 120)))
    # the front, set vertically
    w, h = 186.0, 124.0
    front = Page(w, h, paper=(252, 246, 232))
    front.rect(4, 4, w - 4, h - 4, 0.8, colour)
    front.rect(6, 6, w - 6, h - 6, 0.25, colour)
    x = w - 20
    _column(front, x, 20, "录取通知书", 9.0, "serifbold", colour, 1.3)
    x -= 18
    _column(front, x, 18, f"{child['姓名']}同学：", 5.4, "serifbold" if key == "serif" else key)
    x -= 10
    x = _columns(front, x, 24, h - 14, text, 5.0, key, 8.5, indent=0)
    x -= 6
    _column(front, x, 46, school, min(4.6, (h - 58) / (len(school) * 1.18)), key)
    x -= 8.5
    _column(front, x, 52, _numeral_date(day), 4.4, key)
    front.seal(x + 2 + rng.uniform(-3, 3), 76 + rng.uniform(-5, 5), 15, school[:12], "", rng.uniform(-20, 20),
               _seal_red(rng), rng.randrange(1 << 30))
    x -= 10
    _column(front, x, 58, "校长", 4.0, key)
    president = _name(rng)
    _column(front, x - 1, 72, president, 6.0, "kai", BLACK, 1.05)
    front.text(12, h - 10, f"No.{rng.randrange(10**6, 10**7)}", 3.0, "sans", "lm", colour)
    # the back
    back = Page(w, h, paper=(252, 250, 244))
    back.rect(4, 4, w - 4, h - 4, 0.5, colour)
    back.text(w / 2, 14, "新生报到须知", 5.2, "bold", "mm", colour)
    notes = (f"一、请于{year}年{rng.choice((8, 9))}月{rng.randrange(1, 28)}日持本通知书到校报到，逾期两周不报到者取消入学资格。",
             "二、报到时请携带本人身份证、户口簿复印件及近期一寸免冠照片四张。",
             "三、家庭经济困难学生可通过学校“绿色通道”先办理入学手续，再申请资助。")
    y = 24.0
    for ln in notes:
        y = _typed_lines(back, 12, y, w - 24, ln, 3.3, "sans", 5.4) + 1
    y += 3
    ident = str(child["身份证号"])
    head = [("考生号", f"{year % 100:02d}{rng.randrange(10**10, 10**11)}"), ("姓名", child["姓名"]),
            ("身份证号", f"{ident[:6]}********{ident[-4:]}"), ("录取专业", major), ("学制", f"{years}年"),
            ("录取日期", cn_date(day))]
    if faculty:
        head.insert(3, ("院系", faculty))
    tx0, tx1 = 12.0, w - 12
    widths = [text_width(v, 3.3, "sans") + 4 for _, v in head]
    k = (tx1 - tx0) / sum(widths)
    x = tx0
    for (lab, val), cw in zip(head, widths, strict=True):
        cw *= k
        back.rect(x, y, x + cw, y + 7, 0.25)
        back.fit(x, y, x + cw, y + 7, lab, 3.2, "bold")
        back.rect(x, y + 7, x + cw, y + 15, 0.25)
        back.fit(x, y + 7, x + cw, y + 15, val, 3.3, "sans")
        x += cw
    _barcode(back, rng, 12, h - 20, 44, 7)
    back.text(w - 12, h - 12, f"{school}招生办公室", _fit_size(f"{school}招生办公室", 3.2, "sans", 100), "sans", "rm")
    sheet = Page(*A4)
    kx = rng.choice((0.95, 1.0))
    embed_scaled(sheet, front, (210 - w * kx) / 2 + rng.uniform(-3, 3), 12 + rng.uniform(0, 4), kx)
    embed_scaled(sheet, back, (210 - w * kx) / 2 + rng.uniform(-3, 3), 150 + rng.uniform(0, 4), kx)
    if rng.random() < 0.7:
        sheet.mono, sheet.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("录取通知书", child["姓名"], day, sheet)


# ---------------------------------------------------------------------------------------------------------
# 银行卡: the card's front and back copied side by side at the top of an A4, the holder's restriction written by
# hand across both at a slant (仅供…使用), under them a ruled table with the labels in a head row over the values
# written in by hand, the holder's signature and the date written 2024.03.05
# ---------------------------------------------------------------------------------------------------------
def _card_front(hh: Household, rng: random.Random, colour: tuple[int, int, int]) -> Page:
    r = hh.record
    c = Page(85.6, 54.0, paper=colour)
    c.text(6, 8, r["开户银行"], _fit_size(r["开户银行"], 4.0, "bold", 60), "bold", "lm", (255, 255, 255))
    c.rect(8, 18, 18, 26, 0.2, (200, 170, 90), fill=(215, 185, 110))  # the chip
    c.line(8, 22, 18, 22, 0.15, (150, 120, 60))
    c.line(13, 18, 13, 26, 0.15, (150, 120, 60))
    number = str(r["银行卡号"])
    grouped = " ".join(number[i:i + 4] for i in range(0, len(number), 4))
    c.text(6, 35, grouped, _fit_size(grouped, 4.4, "heimono", 74), "heimono", "lm", (240, 240, 240))
    c.text(6, 42, f"{rng.randrange(1, 13):02d}/{rng.randrange(28, 35)}", 2.6, "heimono", "lm", (240, 240, 240))
    c.rect(62, 42, 80, 51, 0.2, (255, 255, 255), fill=(230, 230, 240))
    c.text(71, 46.5, "银联", 3.2, "bold", "mm", (20, 60, 120))
    c.text(6, 49, rng.choice(("借记卡", "DEBIT", "储蓄卡")), 2.6, "sans", "lm", (240, 240, 240))
    return c


def _card_back(hh: Household, rng: random.Random, phone: str) -> Page:
    r = hh.record
    c = Page(85.6, 54.0, paper=(240, 240, 240))
    c.rect(0, 5, 85.6, 14, 0.1, (30, 30, 30), fill=(30, 30, 30))  # the magnetic stripe
    c.text(5, 18, "持卡人签名", 2.2, "sans", "lm")
    c.rect(5, 20, 60, 27, 0.15, (120, 120, 120), fill=(250, 250, 246))
    c.text(8, 23.5, r["姓名"], 4.0, "kai", "lm", rng.choice((BLACK, INK_BLUE)))
    c.text(63, 23.5, f"{rng.randrange(100, 999)}", 2.6, "heimono", "lm")
    c.text(5, 34, f"客户服务热线：{phone}", 2.4, "sans", "lm")
    c.text(5, 39, "本卡仅限持卡人本人使用，遗失请及时挂失。", 2.2, "sans", "lm")
    c.text(5, 49, rng.choice(("本卡为金融IC借记卡", "本卡可在标有“银联”标识的终端使用")), 2.2, "sans", "lm")
    return c


PHONES = {"中国工商银行": "95588", "中国农业银行": "95599", "中国银行": "95566", "中国建设银行": "95533",
          "交通银行": "95559", "中国邮政储蓄银行": "95580"}


@layout("其他/银行卡", "银行卡/轮换11")
def bank_card_slanted_note(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    sheet = Page(*A4)
    lf = rng.choice(("serif", "sans", "hei"))
    day = hh.created - timedelta(days=rng.randrange(1, 20))
    colour = rng.choice(((40, 70, 140), (150, 30, 40), (30, 110, 90), (70, 70, 80)))
    k = rng.choice((1.0, 1.05, 1.1))
    top = 20.0 + rng.uniform(0, 6)
    sheet.text(105, 11, rng.choice(("银行卡复印件（正反面）", "银行卡复印件")), 4.8, "serifbold" if lf == "serif" else "bold", "mm")
    left = (210 - 2 * 85.6 * k - 8) / 2
    embed_scaled(sheet, _card_front(hh, rng, colour), left, top, k)
    embed_scaled(sheet, _card_back(hh, rng, PHONES.get(r["开户银行"], "96" + str(rng.randrange(100, 999)))),
                 left + 85.6 * k + 8, top, k)
    # the restriction written across both cards, rising to the right
    st = Style.draw(rng, typed=False)
    note = rng.choice(("仅供困难职工帮扶资金发放使用，他用无效", "此复印件仅用于工会帮扶资金发放", "仅限工会困难职工建档使用"))
    size = 6.0
    span = 2 * 85.6 * k - 10
    step = span / len(note)
    for i, ch in enumerate(note):
        sheet.text(left + 8 + i * step, top + 54 * k - 8 - i * (54 * k - 18) / len(note) + st.rng.uniform(-0.5, 0.5), ch,
                   size, "kai", "mm", st.color)
    # the account table: labels in a head row, the values written under them
    y = top + 54 * k + 26
    sheet.text(105, y - 9, "帮扶资金发放账户信息", 4.8, "serifbold" if lf == "serif" else "bold", "mm")
    x0, x1 = 16.0, 194.0
    cols = (("户名", 24.0), ("开户银行", 42.0), ("开户网点（支行）", 46.0), ("银行卡号", x1 - x0 - 112.0))
    vals = (r["姓名"], r["开户银行"], r["支行名称"], str(r["银行卡号"]))
    x = x0
    for (lab, cw), val in zip(cols, vals, strict=True):
        sheet.rect(x, y, x + cw, y + 9, 0.3)
        sheet.fit(x, y, x + cw, y + 9, lab, 3.5, lf)
        sheet.rect(x, y + 9, x + cw, y + 23, 0.3)
        sheet.fit(x, y + 9, x + cw, y + 23, val, 4.6, "kai", color=st.color, jitter=st.rng)
        x += cw
    y += 23 + 14
    text = "本人承诺：以上账户为本人名下正常使用的借记卡账户，信息填写无误。因账户信息错误导致资金无法到账的，责任由本人承担。"
    y = _typed_lines(sheet, x0, y, x1 - x0, text, 3.7, lf, 7.4, indent=7.4) + 10
    sheet.text(112, y, "持卡人签字：", 3.8, lf)
    sheet.text(112 + text_width("持卡人签字：", 3.8, lf) + 2, y + st.rng.uniform(-0.5, 0.3), r["姓名"], 5.4, "kai", "lm",
               st.color)
    y += 11
    sheet.text(112, y, "日期：", 3.8, lf)
    sheet.text(112 + text_width("日期：", 3.8, lf) + 2, y + st.rng.uniform(-0.5, 0.3),
               f"{day.year}.{day.month:02d}.{day.day:02d}", 4.6, "kai", "lm", st.color)
    if rng.random() < 0.8:
        sheet.mono, sheet.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("银行卡复印件", r["姓名"], day, sheet, "银行卡复印件")


# ---------------------------------------------------------------------------------------------------------
# 授权书: the 核对 authorisation with a bar code at the top, the clauses typeset, then one framed block per adult
# two abreast (姓名 and 与申请人关系 on a line, the 身份证号码 written into 18 boxes under its label, 授权人签名 with
# the fingerprint beside it), an empty block when the count is odd, the applicant's line and the union's seal
# ---------------------------------------------------------------------------------------------------------
@layout("其他/授权书", "授权书/轮换11")
def authorisation_blocks(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng, typed=False)
    ink = st.color
    lf = rng.choice(("serif", "sans", "hei"))
    bold = "serifbold" if lf == "serif" else "bold"
    day = hh.created - timedelta(days=rng.randrange(3, 25))
    p = Page(*A4)
    x0, x1 = 16.0, 194.0
    _barcode(p, rng, x0, 8, 42, 7)
    p.text(x0, 18, f"{rng.randrange(10**11, 10**12)}", 2.6, "heimono", "lm")
    p.text(105, 28, rng.choice(("家庭收入和财产状况核查授权书", "困难职工家庭经济状况核对授权书", "家庭经济状况信息查询授权书")),
           5.8, bold, "mm")
    y = 40.0
    clauses = (f"为申请{hh.unit.employer}工会困难职工建档帮扶，本人及共同生活的家庭成员（以下简称授权人）自愿作出如下授权：",
               "一、授权工会及有关部门向公安、民政、人社、住建、税务、市场监管、公积金管理及金融机构等查询、核对授权人的"
               "收入和财产状况；",
               "二、上述机构可将查询、核对结果提供给工会，作为困难职工认定和帮扶的依据；",
               "三、本授权自签署之日起至帮扶对象退出之日止有效。授权人保证所提供的信息真实，如有隐瞒、虚报，愿承担相应责任。")
    for i, c in enumerate(clauses):
        y = _typed_lines(p, x0, y, x1 - x0, c, 3.5, lf, 6.4, indent=7.0 if i == 0 else 0.0)
    y += 2
    people = [hh.householder(), *[m for m in hh.members if m["年龄"] >= 18]][:6]
    n = len(people) + (len(people) % 2)
    bw = (x1 - x0 - 4) / 2
    bh = 40.0 if n <= 4 else 35.0
    for i in range(n):
        row, col = divmod(i, 2)
        bx, by = x0 + col * (bw + 4), y + row * (bh + 3)
        p.rect(bx, by, bx + bw, by + bh, 0.4)
        p.rect(bx, by, bx + 12, by + 7, 0.2)
        p.text(bx + 6, by + 3.5, f"{i + 1}", 3.2, lf, "mm")
        person = people[i] if i < len(people) else None
        p.text(bx + 15, by + 4.5, "姓名", 3.2, lf, "lm")
        p.line(bx + 24, by + 6.5, bx + 46, by + 6.5, 0.15)
        p.text(bx + 49, by + 4.5, "与申请人关系", 3.2, lf, "lm")
        p.line(bx + 49 + text_width("与申请人关系", 3.2, lf) + 1, by + 6.5, bx + bw - 3, by + 6.5, 0.15)
        p.text(bx + 3, by + 12, "公民身份号码", 3.2, lf, "lm")
        p.text(bx + 3, by + bh - 8, "授权人签名", 3.2, lf, "lm")
        p.line(bx + 3 + text_width("授权人签名", 3.2, lf) + 1, by + bh - 6, bx + bw - 22, by + bh - 6, 0.15)
        p.rect(bx + bw - 18, by + bh - 13, bx + bw - 4, by + bh - 2, 0.2, LIGHT)
        p.text(bx + bw - 11, by + bh - 1, "手印", 2.4, lf, "mm", LIGHT)
        if person is None:
            cell = (bw - 6) / 18
            for j in range(18):
                p.rect(bx + 3 + j * cell, by + 15, bx + 3 + (j + 1) * cell, by + 21, 0.2)
            continue
        relation = "本人" if i == 0 else str(person["关系"])
        p.text(bx + 35 + st.rng.uniform(-1, 1), by + 4 + st.rng.uniform(-0.4, 0.3), person["姓名"],
               _fit_size(person["姓名"], 4.4, "kai", 21), "kai", "mm", ink)
        rel_x = bx + 49 + text_width("与申请人关系", 3.2, lf) + 1
        p.text((rel_x + bx + bw - 3) / 2, by + 4 + st.rng.uniform(-0.4, 0.3), relation, 4.2, "kai", "mm", ink)
        _digit_boxes(p, bx + 3, by + 15, str(person["身份证号"]), (bw - 6) / 18, 6.0, 3.8, "kai", ink, st.rng)
        sig = rng.choice((INK_BLUE, BLACK, ink))
        p.text(bx + 3 + text_width("授权人签名", 3.2, lf) + 10, by + bh - 8.5 + rng.uniform(-0.8, 0.5), person["姓名"], 5.2,
               "kai", "lm", sig)
        p.seal(bx + bw - 11 + rng.uniform(-1.5, 1.5), by + bh - 8.5 + rng.uniform(-1.5, 1.5), 3.3, "", "", 0.0,
               FINGER_RED, rng.randrange(1 << 20))
    y += (n // 2) * (bh + 3) + 6
    p.text(x0, y, "说明：家庭成员中年满18周岁的均须本人签名并捺手印；在外地的可另附签名授权书。", 2.9, lf, "lm", LIGHT)
    y += 10
    p.text(x0, y, "申请人：", 3.7, lf)
    p.text(x0 + text_width("申请人：", 3.7, lf) + 2, y + st.rng.uniform(-0.5, 0.3), r["姓名"], 5.2, "kai", "lm", ink)
    p.text(x0 + 70, y, "授权日期：", 3.7, lf)
    p.text(x0 + 70 + text_width("授权日期：", 3.7, lf) + 2, y + st.rng.uniform(-0.5, 0.3), cn_date(day), 4.6, "kai", "lm",
           ink)
    y += 12
    clerk = Style.draw(rng, typed=False)
    union = f"{hh.unit.employer}工会"
    p.text(x0, y, "工会经办人：", 3.7, lf)
    p.text(x0 + text_width("工会经办人：", 3.7, lf) + 2, y, r["建档人"], 4.8, "kai", "lm", clerk.color)
    p.text(x0 + 70, y, "（工会盖章）", 3.7, lf)
    p.seal(x0 + 112 + rng.uniform(-6, 6), min(y - 2, 272) + rng.uniform(-2, 2), 16, union[:14], "", rng.uniform(-25, 25),
           _seal_red(rng), rng.randrange(1 << 30))
    if rng.random() < 0.5:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("授权书", r["姓名"], day, p, "授权书（声明书）")


# ---------------------------------------------------------------------------------------------------------
# 会议记录: typed minutes whose particulars are label：value lines with no rules (出席人员 named in a run of text,
# 缺席人员), the 议程 numbered, the 评议情况 in a paragraph, then the secret ballot's 计票结果 in a ruled table with
# the votes counted by hand in 正 strokes beside the figure, 计票人 / 监票人 signing under it
# ---------------------------------------------------------------------------------------------------------
TALLY = ("", "一", "丅", "下", "止", "正")


def _tally(n: int) -> str:
    """``n`` votes counted in 正 strokes: 正 for five, the first strokes of 正 for the rest."""
    return "正" * (n // 5) + TALLY[n % 5]


@layout("其他/会议记录", "会议记录/轮换11")
def minutes_ballot_tally(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    lf = rng.choice(("serif", "sans", "hei"))
    bold = "serifbold" if lf == "serif" else "bold"
    day = hh.publicity_start - timedelta(days=rng.randrange(1, 8))
    due = rng.randrange(7, 12)
    absent = [_name(rng)] if rng.random() < 0.4 else []
    present = due - len(absent)
    members = [r["审核人"], r["建档人"], *[_name(rng) for _ in range(present - 2)]]
    teller, scrutineer = members[2], members[3]
    p = Page(*A4)
    x0, x1 = 22.0, 188.0
    union = f"{hh.unit.employer}工会"
    p.text(105, 20, union, _fit_size(union, 4.4, lf, 160), lf, "mm")
    p.text(105, 30, rng.choice(("困难职工建档民主评议会议记录", "民主评议会议记录", "帮扶对象民主评议会议记录")), 6.2, bold, "mm")
    y = 42.0
    when = f"{cn_date(day)}{rng.choice(('上午9时', '下午3时', '上午10时', '下午2时30分'))}"
    lines = [("时　　间", when), ("地　　点", rng.choice(("工会会议室", "职工书屋", "二楼会议室"))), ("主 持 人", r["审核人"]),
             ("记 录 人", r["建档人"]),
             ("出席人员", "、".join(members) + f"（应到{due}人，实到{present}人）"),
             ("缺席人员", "、".join(absent) + "（请假）" if absent else "无")]
    for lab, val in lines:
        label = f"{lab}："
        p.text(x0, y, label, 3.8, bold)
        y = _typed_lines(p, x0 + text_width(label, 3.8, bold) + 1, y, x1 - x0 - text_width(label, 3.8, bold) - 1, val,
                         3.8, lf, 6.8)
    y += 3
    p.text(x0, y, "会议议程：", 3.8, bold)
    y += 7
    agenda = (f"1. 由记录人介绍{r['姓名']}同志的建档申请及入户核查情况；", "2. 与会人员评议；", "3. 无记名投票表决。")
    for a in agenda:
        p.text(x0 + 6, y, a, 3.8, lf)
        y += 6.8
    y += 3
    p.text(x0, y, "评议情况：", 3.8, bold)
    y += 7
    cause = str(r["主要致困原因"])
    said = (f"{r['建档人']}介绍：{r['姓名']}同志家庭人口{r['家庭人口']}人，主要致困原因为{cause}，经入户核查，"
            f"申报情况基本属实。与会人员逐一发表意见，认为该户{rng.choice(('生活确有困难', '家庭负担较重', '符合建档条件'))}，"
            "同意提交表决。")
    y = _typed_lines(p, x0, y, x1 - x0, said, 3.8, lf, 6.8, indent=7.6) + 4
    p.text(105, y, "无记名投票计票结果", 4.4, bold, "mm")
    y += 5
    against = rng.choice((0, 0, 0, 1)) if present > 6 else 0
    abstain = rng.choice((0, 0, 1)) if present - against > 6 else 0
    agree = present - against - abstain
    cols = (("序号", 14.0), ("被评议人", 30.0), ("同意", 38.0), ("不同意", 30.0), ("弃权", 26.0), ("评议结果", x1 - x0 - 138.0))
    x = x0
    for lab, cw in cols:
        p.rect(x, y, x + cw, y + 9, 0.3)
        p.fit(x, y, x + cw, y + 9, lab, 3.6, bold)
        x += cw
    y += 9
    hand = Style.draw(rng, typed=False)
    counts = (agree, against, abstain)
    vals: tuple[str, ...] = ("1", r["姓名"], "", "", "", "同意" if agree * 2 > present else "不同意")
    x = x0
    for j, ((_, cw), val) in enumerate(zip(cols, vals, strict=True)):
        p.rect(x, y, x + cw, y + 13, 0.3)
        if j in (2, 3, 4):
            votes = counts[j - 2]
            marks = _tally(votes)
            if marks:
                p.text(x + 3, y + 6.5 + hand.rng.uniform(-0.5, 0.5), marks, 4.6, "kai", "lm", hand.color)
            p.text(x + cw - 3, y + 6.5, f"{votes}票", 3.8, lf, "rm")
        elif j == 1:
            p.fit(x, y, x + cw, y + 13, val, 4.2, lf)
        else:
            p.fit(x, y, x + cw, y + 13, val, 3.8, lf)
        x += cw
    y += 13
    for _ in range(2):  # the table's spare rows
        x = x0
        for _, cw in cols:
            p.rect(x, y, x + cw, y + 9, 0.3)
            x += cw
        y += 9
    y += 9
    sign = Style.draw(rng, typed=False)
    for i, (lab, who) in enumerate((("计票人", teller), ("监票人", scrutineer), ("主持人", r["审核人"]))):
        bx = x0 + i * 56
        p.text(bx, y, f"{lab}：", 3.8, lf)
        p.text(bx + text_width(f"{lab}：", 3.8, lf) + 1, y + sign.rng.uniform(-0.6, 0.4), who,
               _fit_size(who, 5.0, "kai", 30), "kai", "lm", rng.choice((INK_BLUE, BLACK, sign.color)))
    y += 12
    p.text(x0, y, "会议结论：", 3.8, bold)
    verdict = (f"{r['姓名']}同志获得同意票{agree}票，超过实到人数的半数，同意列为困难职工建档对象，按程序公示。"
               if agree * 2 > present else f"{r['姓名']}同志所获同意票未过半数，暂不列为建档对象。")
    y = _typed_lines(p, x0 + text_width("会议结论：", 3.8, bold) + 1, y, x1 - x0 - 22, verdict, 3.8, lf, 6.8) + 6
    p.text(x1, min(y + 4, 280), f"记录人（签字）：{r['建档人']}", 3.8, lf, "rm")
    p.text(105, 289, "— 1 —", 3.2, lf, "mm")
    if rng.random() < 0.3:
        _stamp_box(p, x0, min(y + 10, 268), ("存档",), 4.0, (190, 50, 60))
    if rng.random() < 0.5:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("民主评议会议记录", r["姓名"], day, p)
