"""Printings of the 其他 papers added with rotation 8 (2026-12-06), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from REAL-DOCUMENTS.md and the seeds with the parts of ``render``, ``papers_rotation3``,
``other_rotation5`` and ``other_rotation6``; each keeps the signature of its kind's first layout and the 其他
truth of ``render._other`` (材料名称, 姓名, 日期), every value of which is printed on the page.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.other_rotation5 import _copied, _name, rmb_upper
from dangan.synth.other_rotation6 import LANDSCAPE, _typed_lines
from dangan.synth.papers_other import RED_HEAD
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.render import A4, Document, Style, _other, _student, cn_date

FORM_BROWN = (120, 70, 40)
PIN_BLUE = (50, 80, 150)
FINGER_RED = (200, 40, 50)
CLOSING = "，。、；：）”！？"


def _fit_size(s: str, size: float, key: str, width: float, floor: float = 2.2) -> float:
    """``size`` shrunk until ``s`` fits ``width``."""
    while text_width(s, size, key) > width and size > floor:
        size *= 0.94
    return size


def _hand_date(p: Page, st: Style, x: float, y: float, day: date, size: float, label_font: str,
               label_color: tuple[int, int, int] = BLACK) -> float:
    """A pre-printed ``____年__月__日`` blank, the figures written in by hand; returns the right edge."""
    for value, unit, gap in ((str(day.year), "年", 13.0), (str(day.month), "月", 8.0), (str(day.day), "日", 8.0)):
        p.text(x + gap / 2 + st.rng.uniform(-0.6, 0.6), y + st.rng.uniform(-0.5, 0.3), value, size * 1.1, "kai",
               "mm", st.color)
        p.text(x + gap, y, unit, size, label_font, "lm", label_color)
        x += gap + text_width(unit, size, label_font) + 0.6
    return x


def _hand_lines(p: Page, st: Style, x: float, y: float, w: float, text: str, size: float, gap: float,
                indent: float = 0.0) -> float:
    """``text`` written by hand line after line (first line indented), a closing mark kept on the line it
    closes as a writer squeezes it in; returns the y of the next line."""
    cx, line = x + indent, ""
    for ch in text:
        if cx + text_width(line + ch, size, "kai") > x + w and line and ch not in CLOSING:
            p.text(cx, y + st.rng.uniform(-0.4, 0.3), line, size, "kai", "lm", st.color)
            cx, line, y = x, "", y + gap
        line += ch
    if line:
        p.text(cx, y + st.rng.uniform(-0.4, 0.3), line, size, "kai", "lm", st.color)
    return y + gap


def _dashed(p: Page, x0: float, y: float, x1: float, dash: float = 2.0, gap: float = 1.4, w: float = 0.2,
            color: tuple[int, int, int] = (120, 120, 120)) -> None:
    x = x0
    while x < x1:
        p.line(x, y, min(x + dash, x1), y, w, color)
        x += dash + gap


def _octagon(p: Page, cx: float, cy: float, r: float, w: float, color: tuple[int, int, int]) -> None:
    pts = [(cx + r * c, cy + r * s) for c, s in ((1, 0), (0.7, 0.7), (0, 1), (-0.7, 0.7), (-1, 0), (-0.7, -0.7),
                                                 (0, -1), (0.7, -0.7), (1, 0))]
    p.poly(pts, w, color)


# ---------------------------------------------------------------------------------------------------------
# 证明: the issuer's pre-printed 证明 form in a double frame, the upper two thirds of an A4 sheet: a ruled head
# (证明事项, 被证明人, 编号, 用途) filled by hand, 证明内容 written on light rules, 经办人 on the left, the
# issuer's seal over the ____年__月__日 blank on the right, printed notes under the frame
# ---------------------------------------------------------------------------------------------------------
@layout("其他/证明", "证明/轮换8")
def certificate_framed_form(hh: Household, rng: random.Random, kind: str, name: str, heading: str, body: str,
                            issuer: str, ring: str, day: date, centre: str = "") -> Document:
    st = Style.draw(rng, typed=False)
    lf = rng.choice(("serif", "sans", "hei"))
    form = rng.choice((BLACK, FORM_BROWN, (30, 60, 110)))
    p = Page(*A4, paper=(252, 251, 246))
    x0, x1, top = 18.0, 192.0, rng.uniform(16, 24)
    iss = _fit_size(issuer, 4.4, lf, x1 - x0 - 20)
    p.text(105, top + 10, issuer, iss, lf, "mm", form)
    title = heading.replace(" ", "")
    p.text(105, top + 22, "  ".join(title) if len(title) <= 6 else title, 6.6, "serifbold", "mm", form)
    y = top + 31
    hw = (x1 - x0) / 2
    rows = ((("证明事项", kind), ("编    号", f"No.{rng.randrange(1, 99999):05d}")),
            (("被证明人", name), ("用    途", rng.choice(("困难职工建档", "申请困难帮扶", "工会建档用")))))
    for row in rows:
        for i, (lab, val) in enumerate(row):
            xa = x0 + i * hw
            p.rect(xa, y, xa + hw, y + 11, 0.3, form)
            p.line(xa + 27, y, xa + 27, y + 11, 0.3, form)
            p.text(xa + 13.5, y + 5.5, lab, 3.4, lf, "mm", form)
            if lab.startswith("编"):
                p.text(xa + 30, y + 5.5, val, 3.6, "heimono", "lm", (175, 40, 40))
            else:
                sz = _fit_size(val, 4.6, "kai", hw - 31)
                p.text(xa + 30 + rng.uniform(0, 2), y + 5.5 + rng.uniform(-0.4, 0.3), val, sz, "kai", "lm", st.color)
        y += 11
    p.text(x0 + 4, y + 8, "证明内容：", 3.6, lf, "lm", form)
    gap = 9.0
    first = y + 17
    end = _hand_lines(p, st, x0 + 6, first, x1 - x0 - 12, body, 4.4, gap, indent=9.0)
    if "特此证明" not in body:
        p.text(x0 + 15, end + st.rng.uniform(-0.4, 0.3), "特此证明。", 4.4, "kai", "lm", st.color)
        end += gap
    rules = int((end - first) / gap) + rng.randrange(1, 3)
    for k in range(rules):
        p.line(x0 + 5, first + 2.6 + k * gap, x1 - 5, first + 2.6 + k * gap, 0.15, (170, 185, 205))
    y = first + rules * gap + 8
    p.text(x0 + 6, y, "经办人：", 3.6, lf, "lm", form)
    p.text(x0 + 6 + text_width("经办人：", 3.6, lf) + 2, y + st.rng.uniform(-0.5, 0.3), _name(rng), 4.8, "kai", "lm",
           st.color)
    p.text(x0 + 6, y + 10, "联系电话：", 3.6, lf, "lm", form)
    p.text(x0 + 6 + text_width("联系电话：", 3.6, lf) + 2, y + 10, f"{hh.unit.phone_area}-{rng.randrange(10**7, 10**8)}",
           4.0, "kai", "lm", st.color)
    rx = 112.0
    p.text(rx, y, "出具单位（盖章）", 3.6, lf, "lm", form)
    _hand_date(p, st, rx + 2, y + 20, day, 3.6, lf, form)
    p.seal(rx + 28 + rng.uniform(-5, 5), y + 12 + rng.uniform(-3, 3), 15.5 * rng.uniform(0.95, 1.05), ring[:14], centre,
           rng.uniform(-30, 30), (rng.randrange(185, 230), rng.randrange(20, 60), rng.randrange(20, 60)),
           rng.randrange(1 << 30))
    bottom = y + 28
    p.rect(x0, top, x1, bottom, 0.8, form)
    p.rect(x0 + 1.2, top + 1.2, x1 - 1.2, bottom - 1.2, 0.2, form)
    notes = ("注：1. 本证明须经办人签字并加盖出具单位公章方为有效；",
             "2. 本证明涂改、复印无效，一式两份，出具单位存档一份；",
             "3. 出具单位对所证明内容的真实性负责。")
    for k, ln in enumerate(notes):
        p.text(x0 + (0 if k == 0 else 6.4), bottom + 6 + k * 5.2, ln, 2.9, lf, "lm", form)
    if rng.random() < 0.55:
        p.mono, p.tone = True, round(rng.uniform(0.05, 0.55), 2)
    return _other(kind, name, day, p, heading)


# ---------------------------------------------------------------------------------------------------------
# 票据: receipts printed by a dot-matrix printer on continuous pin-feed stationery (sprocket holes down both
# edges, perforations), an item list with 数量 / 金额, 合计 in figures and capital numerals; one or two torn
# off and copied side by side, the clerk's 附件 note under them
# ---------------------------------------------------------------------------------------------------------
def _pinfeed_slip(rng: random.Random, kind: str, name: str, payee: str, items: str, day: date, title: str,
                  centre: str, off: tuple[float, float], grade: str) -> Page:
    w, h = 96.0, 132.0
    p = Page(w, h, paper=(250, 250, 246))
    frame = rng.choice(((170, 50, 60), PIN_BLUE, (40, 110, 80)))
    for hole in range(6, int(h), 13):  # the sprocket holes, 12.7 mm apart, and the tear-off perforations
        _octagon(p, 4.0, hole + 0.35, 1.9, 0.25, (150, 150, 150))
        _octagon(p, w - 4.0, hole + 0.35, 1.9, 0.25, (150, 150, 150))
    for x in (8.5, w - 8.5):
        for y0 in range(0, int(h), 3):
            p.line(x, y0, x, y0 + 1.5, 0.15, (160, 160, 160))
    xa, xb = 11.0, w - 11.0
    dm = "heimono"

    def typed(x: float, y: float, s: str, size: float = 3.1, anchor: str = "lm") -> None:
        p.text(x + off[0], y + off[1], s, size, dm, anchor, BLACK)

    p.text(w / 2, 9, title, _fit_size(title, 4.2, "serifbold", xb - xa), "serifbold", "mm", frame)
    sub = "（门诊）" if kind == "医药费票据" and rng.random() < 0.6 else ("（住院）" if kind == "医药费票据" else "（学杂费）")
    p.text(w / 2, 15, sub, 3.0, "serif", "mm", frame)
    p.text(xa, 21, "票据代码：", 2.6, "serif", "lm", frame)
    p.text(xa + 14, 21, f"{rng.randrange(10**7, 10**8)}", 2.8, dm, "lm", frame)
    p.text(xb, 21, f"No.{rng.randrange(10**9, 10**10)}", 2.8, dm, "rm", (175, 40, 40))
    p.line(xa, 24, xb, 24, 0.3, frame)
    labels: list[tuple[str, str]] = [("交款人", name), ("收费日期", day.isoformat()),
              ("流 水 号", f"{day:%Y%m%d}{rng.randrange(10**5, 10**6)}")]
    if kind == "医药费票据":
        labels.append(("医保类型", rng.choice(("职工医保", "居民医保", "自费"))))
    else:
        labels.append(("年级班级", grade))
    y = 29.0
    for lab, val in labels:
        p.text(xa, y, f"{lab}：", 2.9, "serif", "lm", frame)
        typed(xa + 17, y, val, _fit_size(val, 3.2, dm, xb - xa - 18))
        y += 5.6
    y += 1
    p.line(xa, y, xb, y, 0.25, frame)
    p.text(xa + 1, y + 3.5, "项目名称", 2.8, "serif", "lm", frame)
    p.text(xa + 44, y + 3.5, "数量", 2.8, "serif", "mm", frame)
    p.text(xb - 1, y + 3.5, "金额（元）", 2.8, "serif", "rm", frame)
    p.line(xa, y + 6.5, xb, y + 6.5, 0.25, frame)
    y += 11
    paid = [c.strip() for c in items.split(" / ")]
    amounts = [rng.randrange(3, 3000) + rng.randrange(100) / 100 for _ in paid]
    for item, amount in zip(paid, amounts, strict=True):
        typed(xa + 1, y, item)
        typed(xa + 44, y, str(rng.randrange(1, 4)) if kind == "医药费票据" else "1", 3.1, "mm")
        typed(xb - 1, y, f"{amount:.2f}", 3.1, "rm")
        y += 5.4
    total = round(sum(amounts), 2)
    y = max(y, 78.0)
    p.line(xa, y, xb, y, 0.25, frame)
    y += 4.5
    p.text(xa, y, "合计（小写）：", 2.9, "serif", "lm", frame)
    typed(xa + 22, y, f"¥{total:.2f}", 3.3)
    y += 6
    p.text(xa, y, "合计（大写）：", 2.9, "serif", "lm", frame)
    upper = rmb_upper(total)
    typed(xa + 22, y, upper, _fit_size(upper, 3.1, dm, xb - xa - 23))
    if kind == "医药费票据":
        fund = round(total * rng.choice((0.0, 0.0, 0.45, 0.6)), 2)
        y += 6
        p.text(xa, y, "统筹支付：", 2.7, "serif", "lm", frame)
        typed(xa + 14, y, f"{fund:.2f}", 3.0)
        p.text(xa + 40, y, "个人支付：", 2.7, "serif", "lm", frame)
        typed(xa + 54, y, f"{total - fund:.2f}", 3.0)
    y = h - 22
    p.line(xa, y, xb, y, 0.25, frame)
    p.text(xa, y + 5, "收款单位（章）：", 2.8, "serif", "lm", frame)
    p.text(xa, y + 10.5, payee, _fit_size(payee, 3.0, "serif", xb - xa), "serif", "lm", frame)
    p.text(xa, y + 16, "收款员：", 2.8, "serif", "lm", frame)
    typed(xa + 12, y + 16, f"{rng.randrange(1000, 9999)}")
    p.text(xb, y + 16, "第二联 交款人联", 2.5, "serif", "rm", frame)
    p.seal(xa + 46 + rng.uniform(-6, 6), y + 6 + rng.uniform(-3, 2), 9.5, payee[:14], centre, rng.uniform(-20, 20),
           (rng.randrange(190, 230), rng.randrange(20, 60), rng.randrange(20, 60)), rng.randrange(1 << 30))
    return p


@layout("其他/票据", "票据/轮换8")
def receipt_pinfeed(hh: Household, rng: random.Random, kind: str, name: str, payee: str, items: str, day: date,
                    title: str, centre: str) -> Document:
    n = rng.choice((1, 2, 2))
    off = (rng.uniform(-1.0, 1.0), rng.uniform(-0.8, 0.8))
    grade = f"{rng.choice(('一', '二', '三'))}年级{rng.randrange(1, 12)}班"
    sheet = Page(*A4, paper=(248, 248, 246))
    k = 0.98 if n == 2 else rng.choice((1.0, 1.1))
    x = rng.uniform(4, 6) if n == 2 else rng.uniform(12, 210 - 96 * k - 12)
    y0 = rng.uniform(10, 24)
    for _ in range(n):
        slip = _pinfeed_slip(rng, kind, name, payee, items, day, title, centre, off, grade)
        embed_scaled(sheet, slip, x, y0 + rng.uniform(-2, 2), k)
        x += slip.w * k + rng.uniform(3, 5)
    hand = Style.draw(rng, typed=False)
    ny = y0 + 132 * k + rng.uniform(14, 24)
    sheet.text(rng.uniform(18, 30), ny, f"附件：{kind}{n}张（复印件）", 5.0, "kai", "lm", hand.color)
    sheet.text(rng.uniform(30, 50), ny + 12, f"交款人：{name}", 4.8, "kai", "lm", hand.color)
    if rng.random() < 0.65:
        sheet.mono, sheet.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other(kind, name, day, sheet)


# ---------------------------------------------------------------------------------------------------------
# 录取通知书: a college's printed card notice (a coloured band down the left with the school's name set
# vertically, 通知书编号 and 考生号 at the top right, the name typed in, 院系/专业 and 报到 date in the text,
# 校长's signature, the school and date under the seal) copied onto a landscape A4
# ---------------------------------------------------------------------------------------------------------
@layout("其他/录取通知书", "录取通知书/轮换8")
def admission_card_band(hh: Household, rng: random.Random) -> Document:
    child = _student(hh)
    school = child.get("单位或学校") or "某中学"
    year = int(child.get("入学年份") or hh.created.year)
    day = date(year, rng.choice((7, 7, 8)), rng.randrange(1, 29))
    years = child.get("年制") or 3
    level = str(child.get("当前学历") or "")
    college = "大学" in level or "本科" in level or "专" in level
    if college:
        dept, major = rng.choice((("土木工程学院", "土木工程"), ("化学化工学院", "应用化学"), ("外国语学院", "英语"),
                                  ("电气工程学院", "电气工程及其自动化"), ("医学院", "临床医学")))
    elif "职" in level:
        dept, major = rng.choice((("机电工程部", "机电技术应用"), ("财经部", "会计事务"), ("信息部", "计算机应用")))
    else:
        dept, major = "高一年级", "普通高中"
    w, h = 236.0, 166.0
    card = Page(w, h, paper=(254, 252, 246))
    band = rng.choice(((120, 25, 35), (25, 50, 110), (30, 90, 70)))
    card.rect(0, 0, 48, h, 0.1, band, fill=band)
    chars = school[:12]
    step = min(11.0, (h - 30) / max(len(chars), 1))
    for i, ch in enumerate(chars):
        card.text(24, 18 + i * step, ch, min(8.0, step * 0.8), "serifbold", "mm", (245, 230, 200))
    font = rng.choice(("serif", "sans"))
    x0, x1 = 60.0, w - 12
    red = rng.choice((RED_HEAD, band))
    card.text(x1, 12, f"通知书编号：{year}{rng.randrange(10**5, 10**6)}", 3.0, font, "rm")
    if college:
        card.text(x1, 18, f"考生号：{year % 100:02d}{hh.unit.region_code}{rng.randrange(10**5, 10**6)}", 3.0, font, "rm")
    card.text((x0 + x1) / 2, 34, "录取通知书", 10.0, "serifbold", "mm", red)
    card.line(x0 + 30, 41, x1 - 30, 41, 0.4, red)
    ink = BLACK
    card.text(x0, 56, child["姓名"], 6.0, "serifbold" if font == "serif" else "bold", "lm", ink)
    card.text(x0 + text_width(child["姓名"], 6.0, "bold") + 3, 56, "同学：", 4.4, font)
    if college:
        text = (f"我校决定录取你入{dept}{major}专业学习，学制{years}年。请你准时于{year}年9月{rng.randrange(1, 10)}日"
                "凭本通知书来校报到。")
    else:
        text = (f"经{hh.unit.city}市招生委员会批准，你被录取到我校{dept}{major}就读，学制{years}年。请于{year}年8月"
                f"{rng.randrange(25, 31)}日携带本通知书到校报到。")
    y = _typed_lines(card, x0, 68, x1 - x0, text, 4.4, font, 9.0, indent=8.8)
    card.text(x0 + 8.8, y, "具体事宜详见《新生入学须知》。", 3.8, font)
    sy = max(y + 24, 118.0)
    card.text(x1 - 58, sy, "校长", 4.4, font)
    card.text(x1 - 44, sy + rng.uniform(-0.6, 0.6), _name(rng), 6.4, "kai", "lm", (30, 30, 30))
    sz = _fit_size(school, 4.4, font, 84)
    card.text(x1 - 4, sy + 16, school, sz, font, "rm")
    card.text(x1 - 4, sy + 25, cn_date(day), 4.4, font, "rm")
    card.seal(x1 - 30 + rng.uniform(-5, 5), sy + 16 + rng.uniform(-3, 3), 16 * rng.uniform(0.95, 1.05), school[:12], "",
              rng.uniform(-20, 20), (rng.randrange(190, 230), rng.randrange(20, 60), rng.randrange(20, 60)),
              rng.randrange(1 << 30))
    card.text(x0, h - 8, rng.choice(("厚德  博学  求是  创新", "明德  笃学  自强  日新", "勤奋  严谨  求实  创新")), 3.0,
              font, "lm", band)
    sheet = Page(*LANDSCAPE, paper=(248, 248, 246), mono=True, tone=round(rng.uniform(0.05, 0.6), 2))
    k = rng.choice((1.0, 1.05, 1.1))
    embed_scaled(sheet, card, (297 - w * k) / 2 + rng.uniform(-6, 6), (210 - h * k) / 2 + rng.uniform(-8, 8), k)
    return _other("录取通知书", child["姓名"], day, sheet)


# ---------------------------------------------------------------------------------------------------------
# 银行卡: a bank passbook opened flat on the copier (landscape A4): the 户页 on the left (户名, 账号, 开户网点,
# 开户日期, 通兑 / 凭密支取, the bank's business stamp), the dot-matrix 明细 page on the right; the holder's
# note under the spread, signed and dated
# ---------------------------------------------------------------------------------------------------------
@layout("其他/银行卡", "银行卡/轮换8")
def bank_passbook_spread(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    card = r["银行卡号"]
    bank = r["开户银行"]
    pw, ph = 124.0, 88.0
    tint = rng.choice(((236, 240, 232), (240, 236, 226), (232, 238, 244)))
    left = Page(pw, ph, paper=tint)
    green = rng.choice(((30, 100, 70), (140, 30, 40), (30, 70, 130)))
    left.text(8, 9, bank, 4.0, "bold", "lm", green)
    left.text(pw - 8, 9, rng.choice(("活期储蓄存折", "个人结算账户存折", "活期一本通")), 3.4, "bold", "rm", green)
    left.line(8, 13, pw - 8, 13, 0.4, green)
    opened = hh.created - timedelta(days=rng.randrange(400, 4000))
    dm = "heimono"
    rows = (("户    名", r["姓名"]), ("账    号", card), ("客 户 号", f"{rng.randrange(10**9, 10**10)}"),
            ("开户网点", r["支行名称"]), ("开户日期", opened.isoformat()), ("币    种", "人民币"),
            ("通兑范围", rng.choice(("全国通兑", "全省通兑"))), ("支取方式", "凭密码支取"))
    off = (rng.uniform(-0.8, 0.8), rng.uniform(-0.6, 0.6))
    for i, (lab, val) in enumerate(rows):
        y = 21.0 + i * 8
        left.text(10, y, f"{lab}：", 3.0, "serif", "lm", green)
        left.text(32 + off[0], y + off[1], val, _fit_size(val, 3.4, dm, pw - 44), dm, "lm", BLACK)
    left.seal(pw - 26 + rng.uniform(-4, 4), 64 + rng.uniform(-4, 3), 10.5, f"{bank}{r['支行名称']}"[:14], "业务专用章",
              rng.uniform(-20, 20), (210, 45, 55), rng.randrange(1 << 30))
    right = Page(pw, ph, paper=tint)
    cols = ((4.0, "日期"), (25.0, "摘要"), (40.0, "支出"), (60.0, "存入"), (80.0, "余额"), (104.0, "柜员"))
    for cx, lab in cols:
        right.text(cx + 1, 7, lab, 2.8, "serif", "lm", green)
    right.line(3, 10, pw - 3, 10, 0.3, green)
    for k in range(1, 11):
        right.line(3, 10 + k * 7.4, pw - 3, 10 + k * 7.4, 0.12, (170, 180, 170))
    balance = 0.0
    lines = [("开户", 0.0, float(rng.choice((1, 10, 20))))]
    for _ in range(rng.randrange(3, 8)):
        if rng.random() < 0.55 or balance < 200:
            lines.append((rng.choice(("工资", "现存", "转存", "代发")), 0.0, rng.randrange(800, 4000) + rng.randrange(100) / 100))
        else:
            lines.append((rng.choice(("ATM取款", "消费", "转支")), float(rng.randrange(100, 1500)), 0.0))
    span = max((hh.created - timedelta(days=30) - opened).days, len(lines))
    days = [opened, *sorted(opened + timedelta(days=d) for d in rng.sample(range(1, span + 1), len(lines) - 1))]
    y = 15.0
    for (summary, out, into), when in zip(lines, days, strict=True):
        balance = round(balance - out + into, 2)
        right.text(4 + off[0], y + off[1], when.strftime("%Y%m%d"), 2.9, dm)
        right.text(25 + off[0], y + off[1], summary, 2.9, dm)
        if out:
            right.text(56 + off[0], y + off[1], f"-{out:.2f}", 2.9, dm, "rm")
        if into:
            right.text(77 + off[0], y + off[1], f"{into:.2f}", 2.9, dm, "rm")
        right.text(101 + off[0], y + off[1], f"{balance:.2f}", 2.9, dm, "rm")
        right.text(105 + off[0], y + off[1], f"{rng.randrange(1000, 9999)}", 2.7, dm)
        y += 7.4
    sheet = Page(*LANDSCAPE, paper=(247, 247, 245), mono=True, tone=round(rng.uniform(0.1, 0.6), 2))
    x = (297 - 2 * pw) / 2 + rng.uniform(-8, 8)
    top = rng.uniform(14, 30)
    embed_scaled(sheet, _copied(left), x, top, 1.0)
    embed_scaled(sheet, _copied(right), x + pw, top, 1.0)
    sheet.line(x + pw, top - 2, x + pw, top + ph + 2, 0.6, (90, 90, 90))  # the fold
    st = Style.draw(rng, typed=False)
    day = hh.created - timedelta(days=rng.randrange(1, 25))
    ny = top + ph + rng.uniform(14, 22)
    nx = rng.uniform(24, 40)
    sheet.text(nx, ny, "银行卡复印件（存折户页及明细页）", 5.4, "kai", "lm", st.color)
    note = f"以上为本人{bank}账户，账号{card}，用于接收困难职工帮扶资金。"
    _hand_lines(sheet, st, nx, ny + 12, 297 - nx - 24, note, 4.6, 10)
    sheet.text(nx + 120, ny + 34, f"持折人签字：{r['姓名']}", 5.0, "kai", "lm", st.color)
    sheet.text(nx + 120, ny + 45, cn_date(day) if rng.random() < 0.6 else f"{day:%Y.%m.%d}", 4.8, "kai", "lm",
               st.color)
    return _other("银行卡复印件", r["姓名"], day, sheet, "银行卡复印件")


# ---------------------------------------------------------------------------------------------------------
# 授权书: a letter addressed to the union, the applicant's name written into the text, the information to be
# checked numbered (一)…(四), the term and secrecy clause; then one strip per adult of the household between
# dashed lines (签字, 关系, 身份证号码, 日期, a box for the fingerprint), a spare strip, the applicant's line
# ---------------------------------------------------------------------------------------------------------
@layout("其他/授权书", "授权书/轮换8")
def authorisation_member_strips(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng, typed=False)
    lf = rng.choice(("serif", "sans", "hei"))
    day = hh.created - timedelta(days=rng.randrange(8, 35))
    p = Page(*A4)
    p.text(105, 20, "授  权  书", 7.0, "serifbold" if lf == "serif" else "bold", "mm")
    p.text(105, 29, "（家庭收入和财产状况查询核对）", 3.8, lf, "mm")
    x0, w = 20.0, 170.0
    union = f"{hh.unit.employer}工会委员会"
    p.text(x0, 40, f"{union}：", 3.8, lf)
    y = 49.0
    p.text(x0 + 7.6, y, "本人", 3.8, lf)
    nx = x0 + 7.6 + text_width("本人", 3.8, lf) + 1.5
    nw = text_width(r["姓名"], 4.6, "kai") + 8
    p.line(nx, y + 2.6, nx + nw, y + 2.6, 0.2)
    p.text(nx + 4, y + st.rng.uniform(-0.5, 0.2), r["姓名"], 4.6, "kai", "lm", st.color)
    rest = ("因家庭生活困难，申请纳入困难职工档案管理。为核实家庭经济状况，本人及下列共同生活的家庭成员自愿授权贵会"
            "及其委托的民政部门居民家庭经济状况核对机构，依法查询、核对我们的下列信息：")
    # the rest of the first line after the blank, then full lines
    cx, line = nx + nw + 1.5, ""
    lines: list[tuple[float, str]] = []
    for ch in rest:
        if cx + text_width(line + ch, 3.8, lf) > x0 + w and line:
            lines.append((cx, line))
            cx, line = x0, ""
        line += ch
    lines.append((cx, line))
    for i, (lx, ln) in enumerate(lines):
        p.text(lx, y + i * 7.4, ln, 3.8, lf)
    y += len(lines) * 7.4
    clauses = ("（一）工资性收入、经营净收入、财产净收入和转移净收入；",
               "（二）银行存款、理财产品、有价证券、商业保险等金融资产；",
               "（三）不动产登记、机动车辆、工商登记及纳税情况；",
               "（四）社会保险缴纳、待遇领取及公积金缴存情况。")
    for c in clauses:
        y = _typed_lines(p, x0 + 7.6, y, w - 7.6, c, 3.8, lf, 7.4)
    y = _typed_lines(p, x0, y, w, "授权期限自签字之日起至本家庭困难职工档案注销之日止。被授权单位对查询所获信息负有保密义务，"
                     "不得用于核对以外的用途。本人承诺所申报情况真实，如有虚假，自愿承担相应责任。", 3.8, lf, 7.4, indent=7.6)
    y += 2
    people = [hh.householder(), *[m for m in hh.members if m["年龄"] >= 18]][:5]
    strips = len(people) + 1 if len(people) < 5 else len(people)
    sh = min(25.0, (262 - y) / strips)
    for i in range(strips):
        _dashed(p, x0, y, x0 + w)
        person = people[i] if i < len(people) else None
        ya, yb = y + sh * 0.3, y + sh * 0.72
        p.text(x0 + 2, ya, "授权人（签字）：", 3.4, lf)
        p.text(x0 + 70, ya, "与申请人关系：", 3.4, lf)
        p.text(x0 + 2, yb, "身份证号码：", 3.4, lf)
        p.text(x0 + 100, yb, "日期：", 3.4, lf)
        p.rect(x0 + w - 26, y + 2.5, x0 + w - 2, y + sh - 2.5, 0.25)
        p.text(x0 + w - 14, y + sh - 4.6, "（手印）", 2.6, lf, "mm", (110, 110, 110))
        if person is not None:
            ink = rng.choice((INK_BLUE, BLACK, st.color))
            p.text(x0 + 30 + rng.uniform(0, 4), ya + rng.uniform(-0.5, 0.4), person["姓名"], 5.0, "kai", "lm", ink)
            p.text(x0 + 96, ya + rng.uniform(-0.4, 0.3), person["关系"], 4.4, "kai", "lm", ink)
            ident = person["身份证号"]
            p.text(x0 + 24, yb + rng.uniform(-0.4, 0.3), ident, _fit_size(ident, 4.2, "kai", 74), "kai", "lm", ink)
            when = cn_date(day) if i % 2 == 0 or rng.random() < 0.5 else f"{day:%Y.%m.%d}"
            p.text(x0 + 111, yb + rng.uniform(-0.4, 0.3), when, _fit_size(when, 4.0, "kai", 32), "kai", "lm", ink)
            p.seal(x0 + w - 14 + rng.uniform(-3, 3), y + sh / 2 - 1 + rng.uniform(-2, 2), 3.4, "", "", 0.0, FINGER_RED,
                   rng.randrange(1 << 20))
        y += sh
    _dashed(p, x0, y, x0 + w)
    y += 9
    p.text(x0, y, "申请人：", 3.6, lf)
    p.text(x0 + text_width("申请人：", 3.6, lf) + 2, y + st.rng.uniform(-0.4, 0.3), r["姓名"], 5.0, "kai", "lm", st.color)
    p.text(x0 + 60, y, "联系电话：", 3.6, lf)
    p.text(x0 + 60 + text_width("联系电话：", 3.6, lf) + 2, y, r["手机号码"], 4.4, "kai", "lm", st.color)
    p.text(x0 + 130, y + st.rng.uniform(-0.4, 0.3), cn_date(day), 4.4, "kai", "lm", st.color)
    p.text(x0, min(y + 10, 290), "注：年满18周岁的共同生活家庭成员均须本人签字并按手印，无民事行为能力的由监护人代签。", 2.9, lf)
    if rng.random() < 0.5:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("授权书", r["姓名"], day, p, "授权书（声明书）")


# ---------------------------------------------------------------------------------------------------------
# 会议记录: the union's printed 民主评议会议记录 form (会议时间 / 地点, 主持人 / 记录人, 应到 / 实到, 缺席, 议题,
# 评议情况 on light rules, a nested 表决 table of 赞成 / 反对 / 弃权, 参会人员签名 box), filled by hand
# ---------------------------------------------------------------------------------------------------------
@layout("其他/会议记录", "会议记录/轮换8")
def minutes_ruled_form(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng, typed=False)
    lf = rng.choice(("serif", "sans", "hei"))
    day = hh.publicity_start - timedelta(days=rng.randrange(1, 8))
    due = rng.randrange(7, 13)
    absent = rng.choice((0, 0, 1))
    present = due - absent
    members = [r["审核人"], r["建档人"], *[_name(rng) for _ in range(present - 2)]]
    p = Page(*A4)
    head = f"{hh.unit.employer}工会"
    p.text(105, 16, head, _fit_size(head, 4.4, lf, 170), lf, "mm")
    p.text(105, 26, "民主评议会议记录", 6.6, "serifbold" if lf == "serif" else "bold", "mm")
    x0, x1 = 18.0, 192.0
    lw = 26.0
    hw = (x1 - x0) / 2
    y = 33.0
    ink = st.color

    def hand(x: float, yy: float, s: str, size: float = 4.2, width: float = 60.0) -> None:
        p.text(x + st.rng.uniform(0, 1.5), yy + st.rng.uniform(-0.5, 0.3), s, _fit_size(s, size, "kai", width), "kai",
               "lm", ink)

    def pair_row(a: tuple[str, str], b: tuple[str, str] | None, h: float = 11.0) -> None:
        nonlocal y
        cells = [a] if b is None else [a, b]
        cw = (x1 - x0) if b is None else hw
        for i, (lab, val) in enumerate(cells):
            xa = x0 + i * hw
            p.rect(xa, y, xa + cw, y + h, 0.3)
            p.line(xa + lw, y, xa + lw, y + h, 0.3)
            p.fit(xa, y, xa + lw, y + h, lab, 3.3, lf)
            hand(xa + lw + 2, y + h / 2, val, 4.2, cw - lw - 5)
        y += h

    time = f"{cn_date(day)} {rng.choice(('上午9:00', '下午2:30', '上午10:00', '下午3:00'))}"
    place = rng.choice(("工会活动室", "办公楼三楼会议室", "职工之家", "车间会议室"))
    pair_row(("会议时间", time), ("会议地点", place))
    pair_row(("主 持 人", r["审核人"]), ("记 录 人", r["建档人"]))
    pair_row(("应到人数", f"{due}人"), ("实到人数", f"{present}人"))
    pair_row(("缺席人员", f"{_name(rng)}（{rng.choice(('出差', '病假', '事假'))}）" if absent else "无"), None)
    pair_row(("会议议题", f"评议{day.year}年度困难职工建档对象"), None)
    # 评议情况: a tall cell with light rules written across
    body = (f"主持人介绍了{r['姓名']}同志的建档申请及入户调查情况：家庭人口{r['家庭人口']}人，主要致困原因为"
            f"{r['主要致困原因']}，家庭月人均收入{float(r['家庭月人均收入']):g}元。与会人员逐项核对了申请材料，"
            "认为申报情况属实，符合困难职工建档条件。经举手表决，结果如下。")
    top = y
    gap = 8.4
    end = _hand_lines(p, st, x0 + lw + 3, y + 7, x1 - x0 - lw - 12, body, 4.0, gap)
    for k in range(round((end - y - 7) / gap)):
        p.line(x0 + lw + 2, y + 9.6 + k * gap, x1 - 2, y + 9.6 + k * gap, 0.12, (175, 185, 200))
    y = end + 1
    # the nested 表决 table
    tx = x0 + lw + 3
    heads = (("被评议人", 40.0), ("赞成", 22.0), ("反对", 22.0), ("弃权", 22.0), ("评议结论", 34.0))
    cx = tx
    for lab, cw in heads:
        p.rect(cx, y, cx + cw, y + 8, 0.25)
        p.text(cx + cw / 2, y + 4, lab, 3.1, lf, "mm")
        cx += cw
    y += 8
    names = [r["姓名"], *[_name(rng) for _ in range(rng.randrange(0, 3))]]
    for nm in names:
        yes = present if nm == r["姓名"] or rng.random() < 0.6 else present - rng.randrange(1, 3)
        vals = (nm, str(yes), str(present - yes), "0", "同意建档" if yes > present / 2 else "暂缓")
        cx = tx
        for (_, cw), v in zip(heads, vals, strict=True):
            p.rect(cx, y, cx + cw, y + 8.5, 0.25)
            p.text(cx + cw / 2 + st.rng.uniform(-1, 1), y + 4.3 + st.rng.uniform(-0.4, 0.3), v,
                   _fit_size(v, 4.0, "kai", cw - 2), "kai", "mm", ink)
            cx += cw
        y += 8.5
    y += 4
    p.rect(x0, top, x1, y, 0.3)
    p.line(x0 + lw, top, x0 + lw, y, 0.3)
    p.fit(x0, top, x0 + lw, y, "评议情况", 3.3, lf)
    # 参会人员签名
    sign_h = 12.0 * ((len(members) + 3) // 4) + 6
    p.rect(x0, y, x1, y + sign_h, 0.3)
    p.line(x0 + lw, y, x0 + lw, y + sign_h, 0.3)
    p.fit(x0, y, x0 + lw, y + sign_h, "参会人员签名", 3.3, lf)
    col = (x1 - x0 - lw - 6) / 4
    for i, nm in enumerate(members):
        sx = x0 + lw + 4 + (i % 4) * col + st.rng.uniform(0, 5)
        sy = y + 8 + (i // 4) * 12 + st.rng.uniform(-1, 1)
        p.text(sx, sy, nm, 4.6, "kai", "lm", rng.choice((INK_BLUE, BLACK, ink)))
    y += sign_h + 7
    p.text(x0, y, "记录人签字：", 3.4, lf)
    hand(x0 + 22, y, r["建档人"], 4.6)
    p.text(x0 + 95, y, "主持人签字：", 3.4, lf)
    hand(x0 + 117, y, r["审核人"], 4.6)
    if y + 9 < 290:
        p.text(x0, y + 9, "注：本记录与签到表、入户调查表一并存入困难职工档案。", 2.9, lf)
    if rng.random() < 0.5:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("民主评议会议记录", r["姓名"], day, p)
