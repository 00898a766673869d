"""Printings of the 其他 papers added with rotation 16 (2026-12-07), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from REAL-DOCUMENTS.md and the seeds (the 河北 授权书（声明书） and 民主评议会议记录 样式) with the parts of
``render``, ``papers_rotation3``, ``other_rotation5``, ``other_rotation6``, ``other_rotation8``, ``other_rotation10``,
``other_rotation11``, ``other_rotation14`` and ``other_rotation15`` (imported first, so these register after rotation
15's); each keeps the signature of its kind's first layout and the 其他 truth of ``render._other`` (材料名称, 姓名,
日期), every value of which is printed on the page.
"""

from __future__ import annotations

import itertools
import random
from datetime import date, timedelta

from dangan.synth import other_rotation15  # noqa: F401  (registers rotation 15's printings before these)
from dangan.synth.canvas import BLACK, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.other_rotation5 import _name, rmb_upper
from dangan.synth.other_rotation6 import _typed_lines
from dangan.synth.other_rotation8 import FINGER_RED, _fit_size
from dangan.synth.other_rotation10 import LIGHT
from dangan.synth.other_rotation11 import PHONES, _seal_red
from dangan.synth.other_rotation14 import _card_front
from dangan.synth.other_rotation15 import _hand
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.render import A4, Document, Style, _other, _student, cn_date

STAMP_BLUE = (40, 70, 160)  # a clerk's rubber stamp in blue ink pad
STEEL = (175, 175, 175)  # an embossed steel seal shows as a grey ring on a copy


def _union(hh: Household) -> str:
    return f"{hh.unit.employer}工会"


def _dotted(p: Page, x0: float, x1: float, y: float, color: tuple[int, int, int] = LIGHT) -> None:
    """A dotted leader (a row of short dashes) from x0 to x1 at y."""
    x = x0
    while x + 0.6 <= x1:
        p.line(x, y, x + 0.6, y, 0.2, color)
        x += 1.6


def _dashed(p: Page, x0: float, y0: float, x1: float, y1: float, color: tuple[int, int, int] = LIGHT,
            dash: float = 2.0) -> None:
    """A dashed straight line (horizontal or vertical)."""
    length = max(abs(x1 - x0), abs(y1 - y0))
    n = int(length // (dash * 2))
    for k in range(n + 1):
        t0, t1 = k * dash * 2 / length, min(1.0, (k * dash * 2 + dash) / length)
        p.line(x0 + (x1 - x0) * t0, y0 + (y1 - y0) * t0, x0 + (x1 - x0) * t1, y0 + (y1 - y0) * t1, 0.2, color)


def _checked_stamp(p: Page, x: float, y: float, material: str, clerk: str, day: date, rng: random.Random) -> None:
    """The union clerk's blue rectangular 核对 stamp, the material, the clerk's name and the day written into it."""
    w, h = 46.0, 23.0
    p.rect(x, y, x + w, y + h, 0.45, STAMP_BLUE)
    p.rect(x + 0.9, y + 0.9, x + w - 0.9, y + h - 0.9, 0.2, STAMP_BLUE)
    p.text(x + w / 2, y + 5, rng.choice(("复印件与原件核对一致", "经核对与原件相符")), 3.0, "bold", "mm", STAMP_BLUE)
    pen = Style.draw(rng, typed=False)
    p.text(x + 3, y + 11.5, "材料：", 2.7, "sans", "lm", STAMP_BLUE)
    _hand(p, x + 3 + text_width("材料：", 2.7, "sans") + 1, y + 11.5, material, 4.0, w - 14, pen.color, pen.rng)
    y += 6
    _hand(p, x + 3 + text_width("核对人：", 2.7, "sans") + 1, y + 11.5, clerk, 4.0, 16, pen.color, pen.rng)
    when = f"{day.month}.{day.day}"
    _hand(p, x + w - 3, y + 11.5, when, 3.6, 12, pen.color, pen.rng, "rm")


# ---------------------------------------------------------------------------------------------------------
# 证明: a typed 证明 on a plain A4 with a 装订线 down the left margin (dashed, 装 订 线 set in the gap), the
# issuer's 字号 at the top right, the body set in the office's typewriter or 仿宋-like face, 特此证明 on its own
# line, the issuer and the date on the LEFT under the seal with 联系人 / 联系电话 under them; the union clerk's blue
# 核对 stamp (the material's name, the clerk and the day written in) struck at the right of the issuer's lines
# ---------------------------------------------------------------------------------------------------------
@layout("其他/证明", "证明/轮换16")
def certificate_binding_margin(hh: Household, rng: random.Random, kind: str, name: str, heading: str, body: str,
                               issuer: str, ring: str, day: date, centre: str = "") -> Document:
    p = Page(*A4, paper=rng.choice(((255, 255, 255), (252, 251, 246))))
    lf = rng.choice(("serif", "heimono", "hei"))
    bold = "serifbold" if lf == "serif" else "bold"
    gutter = 24.0 + rng.uniform(-2, 2)
    _dashed(p, gutter, 12, gutter, 285, (150, 150, 150), 2.4)
    for k, ch in enumerate("装订线"):
        p.text(gutter - 6, 90 + k * 55, ch, 3.2, "sans", "mm", (150, 150, 150))
    x0, x1 = gutter + 12, 192.0
    short = issuer[:2] if len(issuer) > 2 else issuer
    no = f"{short}证字〔{day.year}〕第{rng.randrange(3, 240)}号"
    p.text(x1, 22, no, _fit_size(no, 3.4, lf, 90), lf, "rm")
    top = 46.0 + rng.uniform(0, 18)
    spaced = heading if len(heading) > 4 else " ".join(heading)
    title = spaced if "证" in heading else f"{heading}证明"
    p.text((x0 + x1) / 2, top, title, _fit_size(title, 7.0, bold, x1 - x0), bold, "mm")
    size = rng.choice((4.0, 4.2))
    gap = size * 2.0
    y = top + 18
    p.text(x0, y, rng.choice(("致：", "")) + _union(hh) + "：", _fit_size(_union(hh) + "：致：", size, lf, x1 - x0), lf,
           "lm")
    y = _typed_lines(p, x0, y + gap, x1 - x0, body.replace("特此证明。", "").replace("特此证明", ""), size, lf, gap,
                     indent=2 * size)
    p.text(x0 + 2 * size, y + 2, "特此证明。", size, lf, "lm")
    y += gap + 16
    p.text(x0 + 4, y, issuer, _fit_size(issuer, size, lf, 110), lf, "lm")
    date_style = rng.random() < 0.6
    when = cn_date(day) if date_style else f"{day.year}.{day.month:02d}.{day.day:02d}"
    p.text(x0 + 4, y + gap + 2, when, size, lf, "lm")
    sx = x0 + 4 + min(text_width(issuer, size, lf), 110) / 2
    p.seal(sx + rng.uniform(-5, 5), y + 4 + rng.uniform(-3, 3), 16, ring[:14], centre, rng.uniform(-25, 25),
           _seal_red(rng), rng.randrange(1 << 30))
    _checked_stamp(p, x1 - 50 + rng.uniform(-4, 2), y + rng.uniform(-6, 10), kind, _name(rng),
                   day + timedelta(days=rng.randrange(2, 30)), rng)
    y += 2 * gap + 14
    p.text(x0 + 4, y, f"联系人：{_name(rng)}", 3.4, lf, "lm", LIGHT)
    phone = f"联系电话：{rng.choice(('0571', '0311', '0731', '0371'))}-{rng.randrange(2000000, 8999999)}"
    p.text(x0 + 4 + 50, y, phone, 3.4, lf, "lm", LIGHT)
    if rng.random() < 0.65:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other(kind, name, day, p, heading)


# ---------------------------------------------------------------------------------------------------------
# 票据: the union's printed 票据汇总表 the applicant fills in by hand before handing the receipts in: 交款人 and
# 单位 on lines, a ruled ledger (序号, 日期, 票据号码, 收费单位, 费用项目, 金额 split into 万 千 百 十 元 角 分 digit
# columns under a merged head, 备注), spare rows, the 合计 row with the total in capital numerals and in figures,
# 附票据 N 张, 申请人 / 审核人 signing, the union's seal
# ---------------------------------------------------------------------------------------------------------
DIGITS = ("万", "千", "百", "十", "元", "角", "分")


@layout("其他/票据", "票据/轮换16")
def receipt_union_ledger(hh: Household, rng: random.Random, kind: str, name: str, payee: str, items: str,
                         day: date, title: str, centre: str) -> Document:
    fees = [c.strip() for c in items.split(" / ")]
    medical = kind == "医药费票据"
    p = Page(*A4)
    lf = rng.choice(("sans", "serif", "hei"))
    bold = "serifbold" if lf == "serif" else "bold"
    union = _union(hh)
    head = f"{kind}汇总表"
    top = 20.0 + rng.uniform(0, 14)
    p.text(105, top, head, 6.2, bold, "mm")
    p.text(105, top + 8, f"（{union}困难职工帮扶专用）", _fit_size(f"（{union}困难职工帮扶专用）", 3.2, lf, 170), lf, "mm",
           LIGHT)
    pen = Style.draw(rng, typed=False)
    x0, x1 = 14.0, 196.0
    y = top + 20
    p.text(x0, y, "交款人：", 3.6, lf, "lm")
    ax = x0 + text_width("交款人：", 3.6, lf) + 1
    p.line(ax, y + 2.4, ax + 36, y + 2.4, 0.2)
    _hand(p, ax + 2, y - 0.4, name, 5.0, 32, pen.color, pen.rng)
    lab = "所在单位："
    bx = 96.0
    p.text(bx, y, lab, 3.6, lf, "lm")
    ux = bx + text_width(lab, 3.6, lf) + 1
    p.line(ux, y + 2.4, x1, y + 2.4, 0.2)
    _hand(p, ux + 2, y - 0.4, str(hh.record["单位"]), 4.4, x1 - ux - 4, pen.color, pen.rng)
    y += 9
    digit_w = 5.2
    cols = [("序号", 10.0), ("日期", 24.0), ("票据号码", 26.0), ("收费单位", 42.0), ("费用项目", 22.0)]
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    dx0 = xs[-1]
    dxs = [dx0 + k * digit_w for k in range(len(DIGITS) + 1)]
    note_x = dxs[-1]
    h1, h2, rh = 7.0, 6.0, 10.0
    for (lab2, _), a, b in zip(cols, xs, xs[1:], strict=False):
        p.rect(a, y, b, y + h1 + h2, 0.3)
        p.text((a + b) / 2, y + (h1 + h2) / 2, lab2, _fit_size(lab2, 3.3, bold, b - a - 2), bold, "mm")
    p.rect(dx0, y, note_x, y + h1, 0.3)
    p.text((dx0 + note_x) / 2, y + h1 / 2, "金　额", 3.3, bold, "mm")
    for k, ch in enumerate(DIGITS):
        p.rect(dxs[k], y + h1, dxs[k + 1], y + h1 + h2, 0.25)
        p.text((dxs[k] + dxs[k + 1]) / 2, y + h1 + h2 / 2, ch, 2.8, lf, "mm")
    p.rect(note_x, y, x1, y + h1 + h2, 0.3)
    p.text((note_x + x1) / 2, y + (h1 + h2) / 2, "备注", 3.3, bold, "mm")
    y += h1 + h2

    def digits(amount: float, yy: float) -> None:
        cents = round(amount * 100)
        figure = f"{cents // 100}{cents % 100:02d}"
        start = len(DIGITS) - len(figure)
        if start > 0:
            _hand(p, (dxs[start - 1] + dxs[start]) / 2, yy, "¥", 4.0, digit_w - 1, pen.color, pen.rng, "mm")
        for k, ch in enumerate(figure):
            _hand(p, (dxs[start + k] + dxs[start + k + 1]) / 2, yy, ch, 4.4, digit_w - 1, pen.color, pen.rng, "mm")

    total = 0.0
    rows = max(len(fees) + rng.choice((1, 2, 3)), 4)
    for i in range(rows):
        for a, b in itertools.pairwise([*xs, *dxs[1:], x1]):
            p.rect(a, y, b, y + rh, 0.25)
        if i < len(fees):
            fee = fees[i]
            if medical:
                amount = round(rng.randrange(40, 2600) + rng.randrange(100) / 100, 2)
            else:
                amount = float(rng.randrange(6, 45) * 100 if fee == "学费" else rng.randrange(2, 15) * 100)
            total += amount
            cy = y + rh / 2
            cells = (str(i + 1), f"{day.year}.{day.month:02d}.{day.day:02d}", f"{rng.randrange(10**7, 10**8)}", payee,
                     fee)
            for j, (s, a, b) in enumerate(zip(cells, xs, xs[1:], strict=False)):
                if j == 3:
                    p.fit(a, y, b, y + rh, s, 4.0, "kai", color=pen.color, jitter=pen.rng)
                else:
                    _hand(p, (a + b) / 2, cy, s, 4.2, b - a - 2, pen.color, pen.rng, "mm")
            digits(amount, cy)
            if rng.random() < 0.3:
                _hand(p, (note_x + x1) / 2, cy, rng.choice(("原件", "复印件", "电子票")), 3.8, x1 - note_x - 2,
                      pen.color, pen.rng, "mm")
        y += rh
    total = round(total, 2)
    p.rect(x0, y, xs[3], y + rh, 0.3)
    p.text((x0 + xs[3]) / 2, y + rh / 2, "合　　计", 3.6, bold, "mm")
    p.rect(xs[3], y, dx0, y + rh, 0.3)
    upper = rmb_upper(total)
    p.text(xs[3] + 1.5, y + rh / 2 - 2.2, "（大写）", 2.6, lf, "lm")
    _hand(p, xs[3] + 2, y + rh / 2 + 1.6, upper, 4.0, dx0 - xs[3] - 4, pen.color, pen.rng)
    for a, b in itertools.pairwise([*dxs, x1]):
        p.rect(a, y, b, y + rh, 0.3)
    digits(total, y + rh / 2)
    y += rh + 9
    p.text(x0, y, f"合计金额（小写）：¥{total:.2f}元", 3.6, lf, "lm")
    p.text(x0 + 100, y, f"附票据 {len(fees)} 张", 3.6, lf, "lm")
    y += 14
    p.text(x0, y, "申请人签字：", 3.6, lf, "lm")
    _hand(p, x0 + text_width("申请人签字：", 3.6, lf) + 2, y, str(hh.record["姓名"]), 5.4, 34, pen.color, pen.rng)
    p.text(x0 + 100, y, "工会审核人：", 3.6, lf, "lm")
    rev = Style.draw(rng, typed=False)
    _hand(p, x0 + 100 + text_width("工会审核人：", 3.6, lf) + 2, y, str(hh.record["审核人"]), 5.2, 34, rev.color, rev.rng)
    y += 11
    p.text(x0 + 100, y, "审核日期：", 3.6, lf, "lm")
    checked = day + timedelta(days=rng.randrange(3, 40))
    _hand(p, x0 + 100 + text_width("审核日期：", 3.6, lf) + 2, y, f"{checked.year}.{checked.month}.{checked.day}", 4.6,
          40, rev.color, rev.rng)
    p.seal(x0 + 150 + rng.uniform(-6, 6), y - 5 + rng.uniform(-3, 3), 16, union[:14], "", rng.uniform(-25, 25),
           _seal_red(rng), rng.randrange(1 << 30))
    y += 14
    note = "说明：票据原件按日期先后粘贴于本表背面，复印件须注明原件存放处。"
    p.text(x0, y, note, _fit_size(note, 3.0, lf, x1 - x0), lf, "lm", LIGHT)
    if rng.random() < 0.55:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other(kind, name, day, p)


# ---------------------------------------------------------------------------------------------------------
# 录取通知书: an A4 notice with the pupil's photo pasted at the top right under the school's embossed steel seal
# (a grey ring over the photo's corner), the particulars to the left of the photo as label……value lines with dotted
# leaders (姓名 / 性别 / 考生号 / 录取专业 / 学制 / 报到时间), the text, the 校长's signature, the school and the date
# under its red seal; the 注意事项 boxed in two columns at the foot
# ---------------------------------------------------------------------------------------------------------
def _photo(p: Page, x0: float, y0: float, w: float, h: float, rng: random.Random) -> None:
    p.rect(x0, y0, x0 + w, y0 + h, 0.2, (120, 120, 120), fill=rng.choice(((200, 215, 235), (230, 230, 232))))
    dark = (60, 60, 65)
    cx = x0 + w / 2
    p.rect(cx - w * 0.2, y0 + h * 0.16, cx + w * 0.2, y0 + h * 0.52, 0.1, dark, fill=(70, 62, 60))  # hair / face
    p.rect(cx - w * 0.16, y0 + h * 0.26, cx + w * 0.16, y0 + h * 0.56, 0.1, (150, 130, 120), fill=(190, 160, 140))
    p.rect(x0 + w * 0.12, y0 + h * 0.62, x0 + w * 0.88, y0 + h, 0.1, dark, fill=(40, 45, 60))  # shoulders


@layout("其他/录取通知书", "录取通知书/轮换16")
def admission_photo_leaders(hh: Household, rng: random.Random) -> Document:
    child = _student(hh)
    school = str(child.get("单位或学校") or "某中学")
    year = int(child.get("入学年份") or hh.created.year)
    day = date(year, rng.choice((7, 7, 8)), rng.randrange(1, 29))
    report = date(year, rng.choice((8, 9)), rng.randrange(1, 28))
    level = str(child.get("当前学历") or "")
    years = child.get("年制") or 3
    if "大学" in level or "本科" in level or "专" in level:
        what = rng.choice(("会计学", "土木工程", "临床医学", "软件工程"))
    else:
        what = rng.choice(("汽车运用与维修", "会计事务", "计算机应用")) if "职" in level else "普通高中"
    p = Page(*A4, paper=rng.choice(((255, 255, 255), (254, 251, 244))))
    lf = rng.choice(("serif", "sans", "hei"))
    bold = "serifbold" if lf == "serif" else "bold"
    red = (185, 35, 40)
    x0, x1 = 22.0, 188.0
    p.text(105, 24, school, _fit_size(school, 6.4, bold, 160), bold, "mm", red)
    p.line(x0, 31, x1, 31, 0.7, red)
    p.text(105, 44, rng.choice(("录取通知书", "新生录取通知书")), 8.0, bold, "mm", red)
    pw, ph = 26.0, 34.0
    px, py = x1 - pw - 4, 56.0
    _photo(p, px, py, pw, ph, rng)
    p.seal(px + rng.uniform(0, 4), py + ph - rng.uniform(2, 6), 11, school[:12], "", rng.uniform(-30, 30), STEEL,
           rng.randrange(1 << 30))
    ksh = f"{str(year)[2:]}{rng.randrange(10**10, 10**11)}"
    rows = (("姓　　名", str(child["姓名"])), ("性　　别", str(child.get("性别") or "")), ("考 生 号", ksh),
            ("录取类别" if what == "普通高中" else "录取专业", what), ("学　　制", f"{years}年"), ("报到时间", f"{report.year}年{report.month}月{report.day}日"))
    typed = rng.random() < 0.5
    pen = Style.draw(rng, typed=typed)
    y = 60.0
    for lab, v in rows:
        p.text(x0, y, lab, 3.8, lf, "lm")
        lx = x0 + text_width(lab, 3.8, lf) + 1.5
        vw = min(text_width(v, 4.4, pen.value_font), 70)
        vx = px - 8 - vw
        _dotted(p, lx, vx - 1.5, y + 1.2)
        if pen.hand:
            _hand(p, px - 8, y, v, 4.6, 70, pen.color, pen.rng, "rm")
        else:
            p.text(px - 8, y, v, _fit_size(v, 4.4, pen.value_font, 70), pen.value_font, "rm")
        y += 9
    y += 8
    p.text(x0, y, f"{child['姓名']}同学：", 4.4, lf, "lm")
    admitted = f"录取为我校{year}级高一新生" if what == "普通高中" else f"被我校{what}专业录取"
    text = (f"你已{admitted}，请持本通知书于{report.year}年{report.month}月{report.day}日到校报到。"
            "逾期两周不报到者，视为自动放弃入学资格。")
    y = _typed_lines(p, x0, y + 10, x1 - x0, text, 4.2, lf, 8.6, indent=8.4) + 10
    p.text(x0 + 4, y, "校长：", 4.0, lf, "lm")
    sig = Style.draw(rng, typed=False)
    _hand(p, x0 + 4 + text_width("校长：", 4.0, lf) + 2, y, _name(rng), 5.6, 30, BLACK, sig.rng)
    p.text(x1 - 4, y, school, _fit_size(school, 4.2, lf, 80), lf, "rm")
    p.text(x1 - 4, y + 10, cn_date(day), 4.2, lf, "rm")
    p.seal(x1 - 26 + rng.uniform(-4, 4), y + 5 + rng.uniform(-3, 3), 16, school[:12], "", rng.uniform(-20, 20),
           _seal_red(rng), rng.randrange(1 << 30))
    y = max(y + 28, 200.0)
    bh = 62.0
    p.rect(x0, y, x1, y + bh, 0.3)
    p.text(x0 + 3, y + 6, "注意事项", 4.0, bold, "lm")
    mid = (x0 + x1) / 2
    p.line(mid, y + 11, mid, y + bh - 3, 0.15, LIGHT)
    notes = ("一、报到时携带本通知书及户口簿复印件。", "二、近期免冠一寸照片六张。",
             "三、家庭经济困难学生可持相关证明申请资助。", "四、本通知书仅限本人使用，涂改无效。")
    for k, s in enumerate(notes):
        cx = x0 + 3 if k < 2 else mid + 3
        cy = y + 16 + (k % 2) * 20
        _typed_lines(p, cx, cy, mid - x0 - 7, s, 3.3, lf, 6.2)
    if rng.random() < 0.6:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("录取通知书", child["姓名"], day, p)


# ---------------------------------------------------------------------------------------------------------
# 银行卡: the card's front copied beside the ATM's thermal 交易凭条 of a 余额查询 (the card number printed whole, the
# terminal, the time, the balance starred) pasted beside it; 银行卡复印件 written by hand over them, the holder's
# particulars written under them as label：value lines with no rules, the holder's signature and the date
# ---------------------------------------------------------------------------------------------------------
def _atm_slip(bank: str, number: str, when: date, rng: random.Random) -> Page:
    s = Page(58.0, 104.0, paper=(250, 250, 246))
    grey = (70, 70, 70)
    s.text(29, 7, bank, _fit_size(bank, 3.4, "hei", 52), "hei", "mm", grey)
    s.text(29, 13, "自助设备交易凭条", 3.0, "heimono", "mm", grey)
    _dashed(s, 3, 17, 55, 17, grey, 1.0)
    clock = f"{rng.randrange(8, 21):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
    rows = (("日期", f"{when.year}/{when.month:02d}/{when.day:02d}"), ("时间", clock),
            ("终端号", f"{rng.randrange(10**7, 10**8)}"), ("交易类型", "余额查询"),
            ("流水号", f"{rng.randrange(10**5, 10**6)}"), ("卡号", ""), ("", number), ("可用余额", "******"),
            ("交易结果", "成功"))
    y = 23.0
    for lab, v in rows:
        if lab:
            s.text(4, y, f"{lab}：", 2.8, "heimono", "lm", grey)
        if v:
            s.text(54, y, v, _fit_size(v, 2.8, "heimono", 48 if lab else 50), "heimono", "rm", grey)
        y += 6.2
    _dashed(s, 3, y, 55, y, grey, 1.0)
    s.text(29, y + 6, "请妥善保管您的凭条", 2.6, "heimono", "mm", grey)
    phone = PHONES.get(bank, "")
    if phone:
        s.text(29, y + 11, f"客服热线 {phone}", 2.6, "heimono", "mm", grey)
    return s


@layout("其他/银行卡", "银行卡/轮换16")
def bank_card_atm_slip(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    sheet = Page(*A4)
    day = hh.created - timedelta(days=rng.randrange(1, 25))
    pen = Style.draw(rng, typed=False)
    _hand(sheet, 20 + rng.uniform(0, 6), 18, rng.choice(("银行卡复印件", "银行卡复印件（附查询凭条）")), 6.4, 120,
          pen.color, pen.rng)
    bank, number = str(r["开户银行"]), str(r["银行卡号"])
    top = 30 + rng.uniform(0, 10)
    cx = 16 + rng.uniform(0, 6)
    k = rng.choice((1.0, 1.2))
    embed_scaled(sheet, _card_front(bank, number, rng), cx, top + rng.uniform(0, 12), k)
    slip_x = cx + 85.6 * k + 8 + rng.uniform(0, 6)
    embed_scaled(sheet, _atm_slip(bank, number, day - timedelta(days=rng.randrange(0, 5)), rng), slip_x, top, 1.0)
    y = top + 104 + 18
    size = 4.8
    lines = (("户名", str(r["姓名"])), ("身份证号", str(r["身份证号"])), ("开户行", bank), ("开户网点", str(r["支行名称"])),
             ("卡号", number))
    for lab, v in lines:
        _hand(sheet, 24, y, f"{lab}：{v}", size, 166, pen.color, pen.rng)
        y += 10
    y += 6
    sheet.text(110, y, "持卡人签名：", 3.8, "sans", "lm")
    nx = 110 + text_width("持卡人签名：", 3.8, "sans") + 2
    _hand(sheet, nx, y, str(r["姓名"]), 5.6, 36, pen.color, pen.rng)
    y += 11
    when = cn_date(day) if rng.random() < 0.5 else f"{day.year}.{day.month:02d}.{day.day:02d}"
    _hand(sheet, nx, y, when, 4.8, 60, pen.color, pen.rng)
    if rng.random() < 0.7:
        sheet.mono, sheet.tone = True, round(rng.uniform(0.0, 0.55), 2)
    return _other("银行卡复印件", r["姓名"], day, sheet, "银行卡复印件")


# ---------------------------------------------------------------------------------------------------------
# 授权书: the 授权书（声明书） typeset in the provincial union's own wording (本人郑重声明…, 本人同意…, 特此授权),
# 授权人（家庭成员及法定赡养、抚养、扶养义务人） with the undertaking, then one numbered line per adult: the
# signature on a line, （指模 with the fingerprint in the bracket）, 身份证号码 written on a line; the date's figures
# written into the printed 年 月 日, the 备注 under it
# ---------------------------------------------------------------------------------------------------------
@layout("其他/授权书", "授权书/轮换16")
def authorisation_numbered_lines(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    lf = rng.choice(("serif", "sans", "hei"))
    bold = "serifbold" if lf == "serif" else "bold"
    day = hh.created - timedelta(days=rng.randrange(3, 30))
    p = Page(*A4)
    x0, x1 = 24.0, 186.0
    p.text(105, 26, rng.choice(("授权书（声明书）", "授 权 书（声明书）")), 6.4, bold, "mm")
    size, gap = 4.0, 8.4
    y = 42.0
    for para in ("本人郑重声明，申请登记的困难职工家庭基本情况和家庭经济状况属实。如有不实，自愿停止申请或停止享受工会"
                 "困难职工救助和帮扶，并承担相应法律责任。",
                 "本人同意工会组织向民政部门查询、核对家庭成员的收入及财产状况信息。本人亦同意民政部门或民政部门委托的"
                 "核查机构向所有涉及到本人家庭经济状况信息的部门或机构查询、核对家庭成员的收入及财产状况信息。同意所有"
                 "涉及到本人家庭经济状况信息的部门或机构将所需资料和信息提供给民政部门或民政部门委托的核查机构，以及"
                 "工会组织。"):
        y = _typed_lines(p, x0, y, x1 - x0, para, size, lf, gap, indent=2 * size)
    p.text(x0 + 2 * size, y, "特此授权。", size, lf, "lm")
    y += gap * 1.6
    p.text(x0, y, "授权人（家庭成员及法定赡养、抚养、扶养义务人）", size, bold, "lm")
    y += gap
    y = _typed_lines(p, x0, y, x1 - x0, "本人承诺以下签名、指模、身份证号码均为本人签署，如有虚假，本人愿意承担法律责任。",
                     size, lf, gap, indent=2 * size) + 6
    people = [hh.householder(), *[m for m in hh.members if m["年龄"] >= 18]][:6]
    rows = len(people) + rng.choice((0, 1))
    fs = 3.8
    for i in range(rows):
        p.text(x0, y, f"{i + 1}.", fs, lf, "lm")
        sx = x0 + 6
        p.line(sx, y + 2.4, sx + 30, y + 2.4, 0.2)
        p.text(sx + 31, y, "（指模", fs, lf, "lm")
        fx = sx + 31 + text_width("（指模", fs, lf) + 1
        p.text(fx + 12, y, "）", fs, lf, "lm")
        lab = "身份证号码"
        ix = fx + 12 + text_width("）", fs, lf) + 2
        p.text(ix, y, lab, fs, lf, "lm")
        nx = ix + text_width(lab, fs, lf) + 1
        p.line(nx, y + 2.4, x1, y + 2.4, 0.2)
        if i < len(people):
            person = people[i]
            own = Style.draw(rng, typed=False)
            _hand(p, sx + 1, y - 0.6, str(person["姓名"]), 5.4, 28, own.color, own.rng)
            p.seal(fx + 5.5 + own.rng.uniform(-1, 1), y + own.rng.uniform(-0.8, 0.8), 3.0, "", "", 0.0, FINGER_RED,
                   rng.randrange(1 << 20))
            _hand(p, nx + 2, y - 0.6, str(person["身份证号"]), 4.6, x1 - nx - 3, own.color, own.rng)
        y += 12
    y += 6
    pen = Style.draw(rng, typed=False)
    # the figures written into the printed 年 月 日 blanks, in reading order
    x = x1 - 62
    for figure, unit in ((str(day.year), "年"), (str(day.month), "月"), (str(day.day), "日")):
        _hand(p, x + 7, y - 0.6, figure, 4.8, 16, pen.color, pen.rng, "mm")
        p.text(x + 15, y, unit, 4.0, lf, "lm")
        x += 21
    y += 14
    note = ("备注：家庭成员为无民事行为能力人、限制民事行为能力人的，由监护人代签；代签的需由本人按指模。")
    _typed_lines(p, x0, y, x1 - x0, note, 3.4, lf, 6.6)
    if rng.random() < 0.55:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("授权书", r["姓名"], day, p, "授权书（声明书）")


# ---------------------------------------------------------------------------------------------------------
# 会议记录: the 民主评议会议记录 in the provincial 样式 typed in Word (时间 / 地点 / 参会人数 / 主持人 and 记录人 /
# 内容 as label：value lines), then each member's own opinion in a ruled table (序号, 评议人, 身份, 评议意见 written by
# the member, 签名 in the member's hand), the 表决结果 and the 评议结论 under it, the union's seal over the date
# ---------------------------------------------------------------------------------------------------------
@layout("其他/会议记录", "会议记录/轮换16")
def minutes_member_opinions(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    day = hh.publicity_start - timedelta(days=rng.randrange(1, 8))
    due = rng.randrange(5, 10)
    present = due - rng.choice((0, 0, 1))
    against = rng.choice((0, 0, 0, 1)) if present >= 6 else 0
    agree = present - against
    passed = agree * 2 > present
    lf = rng.choice(("serif", "sans", "hei", "heimono"))
    bold = "serifbold" if lf == "serif" else "bold"
    union = _union(hh)
    p = Page(*A4)
    p.text(105, 22, "民主评议会议记录", 6.4, bold, "mm")
    x0, x1 = 20.0, 190.0
    chair, clerk = str(r["审核人"]), str(r["建档人"])
    size, gap = 3.9, 8.0
    y = 36.0
    lines = (f"时间：{day.year}年{day.month}月{day.day}日{rng.choice(('上午', '下午'))}",
             f"地点：{rng.choice(('工会办公室', '三楼会议室', '职工活动室'))}",
             f"参会人数：应到{due}人，实到{present}人")
    for s in lines:
        p.text(x0, y, s, size, lf, "lm")
        y += gap
    p.text(x0, y, f"主持人：{chair}", size, lf, "lm")
    p.text(x0 + 80, y, f"记录人：{clerk}", size, lf, "lm")
    y += gap
    text = (f"内容：对{r['姓名']}同志的困难职工建档申请进行民主评议。记录人介绍了申请人家庭情况：家庭人口"
            f"{r['家庭人口']}人，主要致困原因为{r['主要致困原因']}，经入户调查核实，申报情况属实。参会人员逐一发表评议"
            "意见并签名。")
    y = _typed_lines(p, x0, y, x1 - x0, text, size, lf, gap) + 4
    members = [chair, clerk, *[_name(rng) for _ in range(present - 2)]]
    roles = ["工会主席", "工会委员", *[rng.choice(("职工代表", "工会委员", "班组长", "女工委员")) for _ in members[2:]]]
    cols = (("序号", 12.0), ("评议人", 28.0), ("身份", 28.0), ("评议意见", 62.0), ("签名", 40.0))
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    rh = 10.0 if present <= 8 else 9.0
    for (lab, _), a, b in zip(cols, xs, xs[1:], strict=False):
        p.rect(a, y, b, y + 9, 0.3)
        p.text((a + b) / 2, y + 4.5, lab, 3.5, bold, "mm")
    y += 9
    dissent = set(rng.sample(range(2, present), against)) if against else set()
    for i, (who, role) in enumerate(zip(members, roles, strict=True)):
        for a, b in itertools.pairwise(xs):
            p.rect(a, y, b, y + rh, 0.3)
        cy = y + rh / 2
        p.text((xs[0] + xs[1]) / 2, cy, str(i + 1), 3.6, lf, "mm")
        p.text((xs[1] + xs[2]) / 2, cy, who, _fit_size(who, 3.8, lf, 26), lf, "mm")
        p.text((xs[2] + xs[3]) / 2, cy, role, _fit_size(role, 3.6, lf, 26), lf, "mm")
        own = Style.draw(rng, typed=False)
        say = (rng.choice(("不同意", "不同意，收入偏高")) if i in dissent
               else rng.choice(("同意", "同意", "同意建档", "情况属实，同意")))
        _hand(p, xs[3] + 3, cy, say, 4.6, 56, own.color, own.rng)
        _hand(p, (xs[4] + xs[5]) / 2, cy, who, rng.uniform(4.6, 5.4), 36, own.color, own.rng, "mm")
        y += rh
    y += 9
    p.text(x0, y, f"表决结果：同意{agree}人，不同意{against}人。", size, lf, "lm")
    y += gap
    verdict = (f"评议结论：{'同意' if passed else '不同意'}{r['姓名']}同志列为困难职工建档对象"
               f"{'，在本单位公示' if passed else ''}。")
    y = _typed_lines(p, x0, y, x1 - x0, verdict, size, lf, gap) + 10
    p.text(x1, y, union, _fit_size(union, size, lf, 100), lf, "rm")
    p.text(x1, y + gap + 1, cn_date(day), size, lf, "rm")
    if rng.random() < 0.7:
        p.seal(x1 - 28 + rng.uniform(-5, 5), y + 4 + rng.uniform(-3, 3), 16, union[:14], "", rng.uniform(-25, 25),
               _seal_red(rng), rng.randrange(1 << 30))
    if rng.random() < 0.5:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("民主评议会议记录", r["姓名"], day, p)
