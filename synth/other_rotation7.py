"""Printings of the 其他 papers added with rotation 7 (2026-12-06, session 16), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from REAL-DOCUMENTS.md and the seeds with the parts of ``render``, ``papers_rotation3``,
``other_rotation5`` and ``other_rotation6``; each keeps the signature of its kind's first layout and the 其他
truth of ``render._other`` (材料名称, 姓名, 日期), every value of which is printed on the page.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.other_rotation5 import _copied, _name, rmb_upper
from dangan.synth.other_rotation6 import LANDSCAPE, _typed_lines
from dangan.synth.papers_other import RED_HEAD
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.render import A4, Cell, Document, Grid, L, Style, V, _other, _seal_on, _student, cn_date

STAMP_RED = (200, 45, 55)
GREEN_FORM = (40, 110, 80)
CARBON = (45, 55, 135)


def _stamp_box(p: Page, x: float, y: float, lines: tuple[str, ...], size: float, color: tuple[int, int, int]) -> None:
    """A rectangular rubber stamp (复印件核对章, 作废 …): a double frame round one to three lines."""
    w = max(text_width(s, size, "bold") for s in lines) + 6
    h = len(lines) * size * 1.5 + 3
    p.rect(x, y, x + w, y + h, 0.6, color)
    p.rect(x + 0.9, y + 0.9, x + w - 0.9, y + h - 0.9, 0.2, color)
    for i, s in enumerate(lines):
        p.text(x + w / 2, y + 1.5 + size * 0.75 + i * size * 1.5, s, size, "bold", "mm", color)


def _digit_boxes(p: Page, x: float, y: float, digits: str, cell: float, h: float, size: float, key: str,
                 color: tuple[int, int, int], jitter: random.Random | None = None) -> float:
    """``digits`` one to a box (a card or ID number written into printed boxes); returns the right edge."""
    for i, ch in enumerate(digits):
        p.rect(x + i * cell, y, x + (i + 1) * cell, y + h, 0.2)
        dx = jitter.uniform(-0.4, 0.4) if jitter else 0.0
        dy = jitter.uniform(-0.4, 0.3) if jitter else 0.0
        p.text(x + (i + 0.5) * cell + dx, y + h / 2 + dy, ch, size, key, "mm", color)
    return x + len(digits) * cell


# ---------------------------------------------------------------------------------------------------------
# 证明: an A5 证明 printed from the issuer's office system (编号, 证明事项, 经办人 signing by hand, the issuer and
# date on the left under the seal, 有效期 footnote), photocopied onto A4 low and to the right, the union clerk's
# 核对 note and box stamp above it
# ---------------------------------------------------------------------------------------------------------
@layout("其他/证明", "证明/轮换7")
def certificate_system_copy(hh: Household, rng: random.Random, kind: str, name: str, heading: str, body: str,
                            issuer: str, ring: str, day: date, centre: str = "") -> Document:
    hand = Style.draw(rng, typed=False)
    font = rng.choice(("serif", "sans", "hei"))
    a5 = Page(148, 210, paper=(255, 255, 255))
    a5.text(12, 14, f"{issuer}", 3.4 if len(issuer) < 20 else 2.9, font)
    a5.text(136, 14, f"证明编号：{day.year}-{rng.randrange(1, 9999):04d}", 2.8, "heimono", "rm")
    a5.line(12, 18, 136, 18, 0.35)
    a5.text(74, 32, "证    明", 6.4, "serifbold" if font == "serif" else "bold", "mm")
    a5.text(74, 41, f"事项：{heading.replace(' ', '')}", 3.4, font, "mm")
    y = _typed_lines(a5, 14, 54, 120, body, 3.7, font, 7.6, indent=7.4)
    if "特此证明" not in body:
        a5.text(21.4, y, "特此证明。", 3.7, font)
        y += 7.6
    y = max(y + 6, 118.0)
    a5.text(14, y, "经办人（签字）：", 3.3, font)
    handler = _name(rng)
    a5.text(14 + text_width("经办人（签字）：", 3.3, font) + 1, y + rng.uniform(-0.4, 0.3), handler, 4.6, "kai",
            "lm", hand.color)
    a5.text(14, y + 9, f"联系电话：{hh.unit.phone_area}-{rng.randrange(10**7, 10**8)}", 3.3, font)
    a5.text(14, y + 24, f"出具单位（盖章）：{issuer}" if len(issuer) < 18 else "出具单位（盖章）：", 3.3, font)
    if len(issuer) >= 18:
        a5.text(14, y + 31, issuer, 3.3, font)
    a5.text(14, y + 40, f"出具日期：{cn_date(day)}", 3.3, font)
    a5.seal(44 + rng.uniform(-4, 4), y + 29 + rng.uniform(-3, 3), 15 * rng.uniform(0.95, 1.05), ring[:14], centre,
            rng.uniform(-25, 25), (rng.randrange(185, 230), rng.randrange(20, 60), rng.randrange(20, 60)),
            rng.randrange(1 << 30))
    a5.line(12, 196, 136, 196, 0.2)
    a5.text(74, 201, "本证明自出具之日起三个月内有效，涂改无效。", 2.6, font, "mm")
    sheet = Page(*A4, paper=(248, 248, 246), mono=True, tone=round(rng.uniform(0.1, 0.6), 2))
    k = rng.choice((0.9, 0.95, 1.0))
    x0 = rng.uniform(52, 210 - 148 * k - 4)
    y0 = rng.uniform(70, 293 - 210 * k)
    embed_scaled(sheet, a5, x0, y0, k)
    clerk = hh.record["建档人"]
    _stamp_box(sheet, rng.uniform(16, 30), rng.uniform(16, 24), ("复印件与原件核对无误",), 3.6, STAMP_RED)
    note_y = rng.uniform(42, 52)
    sheet.text(18 + rng.uniform(0, 8), note_y, f"{name}  {kind}（复印件）", 5.0, "kai", "lm", hand.color)
    sheet.text(24 + rng.uniform(0, 8), note_y + 11, f"核对人：{clerk}", 4.8, "kai", "lm", hand.color)
    return _other(kind, name, day, sheet, heading)


# ---------------------------------------------------------------------------------------------------------
# 票据: the pre-printed 收费票据 of a small clinic or school finance office, filled by dot-matrix or by hand
# (carbon copy): a grid of printed fee categories with the paid ones filled, the total in capital-numeral
# digit boxes (拾万 … 分), 第二联 down the right edge; one or two of them on an A4 copy
# ---------------------------------------------------------------------------------------------------------
CATEGORIES = {
    "医药费票据": ("西药费", "中成药费", "中草药费", "检查费", "化验费", "治疗费", "材料费", "其他"),
    "学费票据": ("学费", "住宿费", "教材费", "作业本费", "代办费", "校服费", "伙食费", "其他"),
}
UNITS = ("拾", "万", "仟", "佰", "拾", "元", "角", "分")


def _fee_slip(rng: random.Random, kind: str, name: str, payee: str, items: str, day: date, title: str,
              centre: str, typed: bool, ink: tuple[int, int, int]) -> Page:
    p = Page(186, 92, paper=(250, 252, 247))
    frame = rng.choice((GREEN_FORM, (150, 60, 40), (40, 70, 140)))
    fill_font = "heimono" if typed else "kai"
    off = (rng.uniform(-1.2, 1.2), rng.uniform(-0.8, 0.8)) if typed else (0.0, 0.0)

    def put(x: float, y: float, s: str, size: float, anchor: str = "lm") -> None:
        j = (0.0, 0.0) if typed else (rng.uniform(-0.5, 0.5), rng.uniform(-0.4, 0.3))
        p.text(x + off[0] + j[0], y + off[1] + j[1], s, size, fill_font, anchor, ink)

    p.text(88, 8, title, 4.6, "serifbold", "mm", frame)
    p.line(58, 12.5, 118, 12.5, 0.3, frame)
    p.text(172, 8, f"No {rng.randrange(10**7, 10**8)}", 3.0, "heimono", "rm", (170, 40, 40))
    p.text(10, 19, "交款单位（人）：", 3.0, "serif", "lm", frame)
    put(36, 19, name, 3.8)
    p.text(112, 19, "日期：", 3.0, "serif", "lm", frame)
    put(122, 19, f"{day.year}.{day.month:02d}.{day.day:02d}" if typed else cn_date(day), 3.6)
    x0, x1, top = 8.0, 172.0, 24.0
    cats = CATEGORIES.get(kind, CATEGORIES["医药费票据"])
    paid = [c.strip() for c in items.split(" / ")]
    amounts = {c: rng.randrange(5, 2000) + rng.randrange(100) / 100 for c in paid}
    total = round(sum(amounts.values()), 2)
    cw = (x1 - x0) / 4
    for row in range(2):
        ya = top + row * 14
        for col in range(4):
            cat = cats[row * 4 + col]
            xa = x0 + col * cw
            p.rect(xa, ya, xa + cw, ya + 14, 0.25, frame)
            p.line(xa + 17, ya, xa + 17, ya + 14, 0.2, frame)
            p.text(xa + 8.5, ya + 7, cat, 2.7 if len(cat) < 4 else 2.4, "serif", "mm", frame)
            if cat in amounts:
                put(xa + cw - 2.5, ya + 7, f"{amounts[cat]:.2f}", 3.4, "rm")
    ya = top + 28
    p.rect(x0, ya, x1, ya + 13, 0.25, frame)
    p.text(x0 + 2, ya + 6.5, "合计人民币（大写）", 2.9, "serif", "lm", frame)
    fen = round(total * 100)
    digits = f"{fen:08d}"[-8:]
    lead = len(str(fen)) if fen else 1
    bx = x0 + 32.0
    for i, (d, unit) in enumerate(zip(digits, UNITS, strict=True)):
        cx = bx + i * 11.0
        p.text(cx + 7.4, ya + 6.5, unit, 2.8, "serif", "mm", frame)
        if 8 - i <= lead:
            put(cx + 3.2, ya + 6.5, "零壹贰叁肆伍陆柒捌玖"[int(d)], 3.6, "mm")
        else:
            p.text(cx + 3.2, ya + 6.5, "⊗", 2.6, "sans", "mm", ink)
    p.text(x0 + 124, ya + 6.5, "¥", 3.2, "serif", "lm", frame)
    put(x0 + 128, ya + 6.5, f"{total:.2f}", 3.8)
    p.text(x0 + 2, ya + 17, "（大写）", 2.6, "serif", "lm", frame)
    put(x0 + 14, ya + 17, rmb_upper(total), 3.2)
    p.text(x0 + 2, 80, "收款单位（盖章）：", 2.9, "serif", "lm", frame)
    p.text(x0 + 26, 80, payee if len(payee) < 22 else payee[:21], 2.9, "serif", "lm", frame)
    p.text(118, 80, "收款人：", 2.9, "serif", "lm", frame)
    p.text(131, 80 + rng.uniform(-0.4, 0.3), _name(rng), 4.0, "kai", "lm", ink)
    p.text(118, 87, "开票人：", 2.9, "serif", "lm", frame)
    put(131, 87, f"{rng.randrange(100, 999)}", 3.2)
    for k, ch in enumerate("第二联收据联"):
        p.text(179, 20 + k * 9, ch, 3.0, "serif", "mm", frame)
    p.line(175, 14, 175, 88, 0.2, frame)
    p.seal(rng.uniform(36, 56), rng.uniform(68, 76), 10.5, payee[:14], centre, rng.uniform(-15, 15),
           (rng.randrange(190, 230), rng.randrange(20, 60), rng.randrange(20, 60)), rng.randrange(1 << 30))
    return p


@layout("其他/票据", "票据/轮换7")
def receipt_fee_form(hh: Household, rng: random.Random, kind: str, name: str, payee: str, items: str, day: date,
                     title: str, centre: str) -> Document:
    typed = rng.random() < 0.5
    ink = BLACK if typed else rng.choice((CARBON, INK_BLUE))
    n = rng.choice((1, 2, 2))
    sheet = Page(*A4, paper=(247, 247, 245))
    y = rng.uniform(10, 22)
    for _ in range(n):
        slip = _fee_slip(rng, kind, name, payee, items, day, title, centre, typed, ink)
        sheet.embed(slip, rng.uniform(6, 210 - slip.w - 6), y)
        y += slip.h + rng.uniform(8, 18)
    hand = Style.draw(rng, typed=False)
    sheet.text(rng.uniform(20, 60), min(y + 10, 280), f"{kind}复印件  交款人：{name}  共{n}张", 4.6, "kai", "lm",
               hand.color)
    if rng.random() < 0.6:
        sheet.mono, sheet.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other(kind, name, day, sheet)


# ---------------------------------------------------------------------------------------------------------
# 录取通知书: the inside spread of a folded notice copied on landscape A4: 入学须知 on the left leaf; on the
# right leaf the name written in with a brush, 录取院系/专业, 学制, the 校长's signature and the date on the left
# under the seal
# ---------------------------------------------------------------------------------------------------------
@layout("其他/录取通知书", "录取通知书/轮换7")
def admission_folded_spread(hh: Household, rng: random.Random) -> Document:
    child = _student(hh)
    school = child.get("单位或学校") or "某中学"
    year = int(child.get("入学年份") or hh.created.year)
    day = date(year, rng.choice((7, 8)), rng.randrange(1, 28))
    years = child.get("年制") or 3
    level = child.get("当前学历") or ""
    if "大学" in level or "本科" in level or "专" in level:
        dept = rng.choice(("机械工程学院 机械设计制造及其自动化", "经济管理学院 会计学", "信息工程学院 计算机科学与技术",
                           "护理学院 护理学"))
    elif "中职" in level or "职" in level:
        dept = rng.choice(("数控技术应用", "电子商务", "护理", "汽车运用与维修"))
    else:
        dept = "普通高中"
    font = rng.choice(("serif", "sans"))
    red = rng.choice((RED_HEAD, (150, 30, 40)))
    p = Page(*LANDSCAPE, paper=(253, 249, 240))
    mid = 148.5
    for k in range(0, 200, 5):
        p.line(mid, 5 + k, mid, 7.5 + k, 0.2, (150, 150, 150))
    # the left leaf: 新生入学须知
    p.text(mid / 2, 22, "新生入学须知", 5.4, "serifbold", "mm", red)
    notes = (f"一、报到时间：{year}年8月{rng.randrange(25, 31)}日至9月1日，逾期不报到者取消入学资格。",
             "二、报到时请携带本通知书、户口簿复印件、身份证复印件及一寸免冠照片四张。",
             "三、家庭经济困难的新生，可凭有关证明材料申请国家助学金、学费减免。",
             "四、学费、住宿费按物价部门核定的标准收取，详见缴费须知。",
             "五、新生入学后进行资格复查，不合格者取消入学资格。")
    y = 36.0
    for ln in notes:
        y = _typed_lines(p, 16, y, mid - 32, ln, 3.3, font, 6.6, indent=0) + 2
    p.text(16, y + 6, f"学校地址：{hh.unit.city}市{rng.choice(hh.unit.streets)}{rng.randrange(1, 300)}号", 3.0, font)
    p.text(16, y + 12, f"邮政编码：{hh.unit.postcode}    咨询电话：{hh.unit.phone_area}-{rng.randrange(10**7, 10**8)}",
           3.0, font)
    # the right leaf: the notice
    x0, x1 = mid + 14, 283.0
    p.text((x0 + x1) / 2, 24, school, 5.2 if len(school) < 16 else 4.2, "serifbold", "mm", red)
    p.text((x0 + x1) / 2, 40, "录取通知书", 9.0, "serifbold", "mm", red)
    brush = rng.choice((BLACK, (30, 30, 30)))
    p.line(x0, 62.5, x0 + 40, 62.5, 0.2)
    p.text(x0 + 2, 59.5 + rng.uniform(-0.5, 0.3), child["姓名"], 7.0, "kai", "lm", brush)
    p.text(x0 + 42, 60, "同学：", 4.4, font)
    y = _typed_lines(p, x0, 72, x1 - x0, f"经{hh.unit.city}市招生考试机构审核批准，你已被我校录取，专业（类别）为：",
                     4.0, font, 8.5, indent=8.6)
    p.line(x0 + 8, y + 2.5, x1 - 6, y + 2.5, 0.2)
    p.text(x0 + 10, y - 0.5 + rng.uniform(-0.4, 0.3), dept, 5.2 if len(dept) < 16 else 4.4, "kai", "lm", brush)
    y += 10
    y = _typed_lines(p, x0, y, x1 - x0, f"学制{years}年。请凭本通知书按《新生入学须知》规定的时间到校报到。", 4.0, font, 8.5,
                     indent=8.6)
    p.text(x1 - 40, y + 12, "校长：", 4.0, font)
    p.text(x1 - 28, y + 12 + rng.uniform(-0.5, 0.5), _name(rng), 5.6, "kai", "lm", brush)
    p.text(x0 + 4, y + 30, f"{school}（章）" if len(school) < 14 else school, 4.0, font)
    p.text(x0 + 4, y + 40, cn_date(day), 4.0, font)
    _seal_on(p, Style.draw(rng), x0 + 30, y + 32, school[:12], "", 17)
    p.text(x1, 200, f"No.{year}{rng.randrange(10**4, 10**5)}", 3.0, "heimono", "rm", red)
    if rng.random() < 0.6:
        p.mono, p.tone = True, round(rng.uniform(0.05, 0.5), 2)
    return _other("录取通知书", child["姓名"], day, p)


# ---------------------------------------------------------------------------------------------------------
# 银行卡: the card's front and back stacked down the right of an A4 copy, the 帮扶资金发放账户 slip the worker
# filled in by hand beside and below them (户名, 身份证号, 开户银行, 支行名称, the card number in boxes), signed
# with the date on the left
# ---------------------------------------------------------------------------------------------------------
@layout("其他/银行卡", "银行卡/轮换7")
def bank_card_account_slip(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    card = r["银行卡号"]
    w, h = 85.6, 54.0
    tint = rng.choice(((205, 210, 220), (230, 200, 160), (200, 225, 210)))
    front = Page(w, h, paper=tint)
    front.text(6, 8, r["开户银行"], 3.8, "bold", "lm", (150, 20, 30))
    front.text(w - 5, 8, rng.choice(("借记卡", "储蓄卡", "金穗借记卡", "龙卡")), 3.0, "bold", "rm", (60, 60, 80))
    front.rect(9, 18, 20, 26, 0.2, (150, 130, 60), fill=(210, 190, 120))
    groups = [card[:6], card[6:]] if len(card) == 19 else [card[i:i + 4] for i in range(0, len(card), 4)]
    front.text(7, 36, "  ".join(groups), 4.3, "heimono", "lm", (40, 40, 40))
    front.rect(w - 22, h - 13, w - 5, h - 4, 0.2, (250, 250, 250), fill=(250, 250, 250))
    front.text(w - 13.5, h - 8.5, "银联", 3.0, "bold", "mm", (20, 60, 120))
    back = Page(w, h, paper=(232, 232, 232))
    back.rect(0, 5, w, 15, 0.1, BLACK, fill=(25, 25, 25))
    back.rect(5, 20, 58, 28, 0.2, (120, 120, 120), fill=(250, 250, 250))
    back.text(7, 24, r["姓名"], 3.6, "kai", "lm", INK_BLUE)
    back.text(5, 36, f"客户服务热线：95{rng.randrange(500, 599)}", 2.6, "hei")
    back.text(5, 42, "请妥善保管本卡及密码，遗失请即挂失。", 2.3, "hei", "lm", (70, 70, 70))
    sheet = Page(*A4, paper=(247, 247, 245), mono=True, tone=round(rng.uniform(0.1, 0.6), 2))
    k = rng.choice((0.95, 1.0, 1.05))
    cx = 210 - w * k - rng.uniform(8, 14)
    cy = rng.uniform(12, 22)
    embed_scaled(sheet, _copied(front), cx, cy, k)
    embed_scaled(sheet, _copied(back), cx, cy + h * k + rng.uniform(5, 10), k)
    st = Style.draw(rng, typed=False)
    ink = st.color
    # beside the cards: the worker's own note
    for i, s in enumerate(("银行卡复印件", "（正、反面）", f"持卡人：{r['姓名']}")):
        sheet.text(16 + st.rng.uniform(0, 4), cy + 12 + i * 12, s, 5.2 if i != 1 else 4.4, "kai", "lm", ink)
    # below: the printed slip filled in by hand
    top = cy + 2 * h * k + 24
    label_font = rng.choice(("serif", "sans", "hei"))
    sheet.text(105, top, "帮扶资金发放账户信息", 5.0, "bold" if label_font != "serif" else "serifbold", "mm")
    g = Grid(sheet, st, 16, top + 6, 178)
    g.row([(1.2, L("户  名")), (2.0, V(r["姓名"])), (1.2, L("联系电话")), (2.6, V(r["手机号码"]))], 11)
    g.row([(1.2, L("身份证号")), (5.8, V(r["身份证号"]))], 11)
    g.row([(1.2, L("开户银行")), (2.0, V(r["开户银行"])), (1.2, L("支行名称")), (2.6, V(r["支行名称"]))], 11)
    sheet.rect(16, g.y, 194, g.y + 13, 0.3)
    sheet.rect(16, g.y, 16 + 178 * 1.2 / 7, g.y + 13, 0.3)
    sheet.text(16 + 178 * 0.6 / 7, g.y + 6.5, "银行卡号", 3.2, label_font, "mm")
    cell = min(7.4, (194 - 16 - 178 * 1.2 / 7 - 6) / len(card))
    _digit_boxes(sheet, 16 + 178 * 1.2 / 7 + 3, g.y + 2.5, card, cell, 8, 4.2, "kai", ink, st.rng)
    y = g.y + 24
    y = _typed_lines(sheet, 16, y, 178, "本人确认以上账户为本人在当地开户的银行账户，用于接收工会帮扶资金，信息如有变更及时告知工会。",
                     3.6, label_font, 8.0, indent=7.2)
    sheet.text(16, y + 8, "职工签字：", 3.8, label_font)
    sheet.text(16 + text_width("职工签字：", 3.8, label_font) + 2, y + 8, r["姓名"], 5.4, "kai", "lm", ink)
    day = hh.created - timedelta(days=rng.randrange(1, 25))
    sheet.text(80, y + 8, cn_date(day), 4.8, "kai", "lm", ink)
    return _other("银行卡复印件", r["姓名"], day, sheet, "银行卡复印件")


# ---------------------------------------------------------------------------------------------------------
# 授权书: the 家庭经济状况信息查询核对授权书 as a form: the date written in at the top, the applicant's block with
# the ID number in 18 boxes, the authorisation in a frame, then a table signature-first (本人签字, 关系, 公民身份
# 号码, 手印) with empty rows, the union's acceptance at the foot
# ---------------------------------------------------------------------------------------------------------
@layout("其他/授权书", "授权书/轮换7")
def authorisation_check_form(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng, typed=False)
    lf = rng.choice(("serif", "sans", "hei"))
    day = hh.created - timedelta(days=rng.randrange(10, 40))
    p = Page(*A4)
    p.text(105, 20, "家庭经济状况信息查询核对授权书", 6.0, "bold" if lf != "serif" else "serifbold", "mm")
    p.text(20, 32, f"编号：{r['职工编号']}", 3.2, lf)
    p.text(124, 32, "填写日期：", 3.4, lf)
    p.text(142, 32 + rng.uniform(-0.4, 0.3), cn_date(day), 4.4, "kai", "lm", st.color)
    x0, x1, y = 18.0, 192.0, 38.0
    lw = 30.0
    p.rect(x0, y, x1, y + 11, 0.3)
    p.line(x0 + lw, y, x0 + lw, y + 11, 0.3)
    p.text(x0 + lw / 2, y + 5.5, "申请人姓名", 3.2, lf, "mm")
    p.text(x0 + lw + 4, y + 5.5, r["姓名"], 4.6, "kai", "lm", st.color)
    p.line(110, y, 110, y + 11, 0.3)
    p.text(110 + 14, y + 5.5, "联系电话", 3.2, lf, "mm")
    p.line(138, y, 138, y + 11, 0.3)
    p.text(141, y + 5.5, r["手机号码"], 4.0, "kai", "lm", st.color)
    y += 11
    p.rect(x0, y, x1, y + 11, 0.3)
    p.line(x0 + lw, y, x0 + lw, y + 11, 0.3)
    p.text(x0 + lw / 2, y + 5.5, "公民身份号码", 3.2, lf, "mm")
    _digit_boxes(p, x0 + lw + 3, y + 1.5, r["身份证号"], 7.4, 8, 4.2, "kai", st.color, st.rng)
    y += 11
    p.rect(x0, y, x1, y + 11, 0.3)
    p.line(x0 + lw, y, x0 + lw, y + 11, 0.3)
    p.text(x0 + lw / 2, y + 5.5, "家庭住址", 3.2, lf, "mm")
    addr = r["家庭住址"]
    size = 4.0
    while text_width(addr, size, "kai") > x1 - x0 - lw - 6 and size > 2.6:
        size *= 0.93
    p.text(x0 + lw + 3, y + 5.5, addr, size, "kai", "lm", st.color)
    y += 17
    text = ("本人及共同生活的家庭成员申请困难职工建档，自愿授权工会组织、民政部门及其委托的核对机构，"
            "向公安、人力资源社会保障、住房城乡建设、自然资源、税务、市场监管、银行、保险、证券等部门和机构查询、"
            "核对本家庭成员的户籍、收入、存款、有价证券、车辆、房产、社会保险等信息。本家庭所申报的情况真实、完整，"
            "如有隐瞒或虚报，愿承担一切后果及法律责任。")
    frame_top = y - 5
    y = _typed_lines(p, x0 + 4, y + 1, x1 - x0 - 8, text, 3.5, lf, 7.0, indent=7.0)
    p.rect(x0, frame_top, x1, y - 2, 0.3)
    y += 2
    p.text(x0, y + 4, "授权人签字（共同生活的家庭成员，限制民事行为能力人由监护人签字）：", 3.3, lf)
    y += 10
    cols = ((0.0, "本人签字"), (34.0, "与申请人关系"), (62.0, "公民身份号码"), (150.0, "手  印"))
    p.rect(x0, y, x1, y + 9, 0.3)
    for cx, lab in cols:
        if cx:
            p.line(x0 + cx, y, x0 + cx, y + 9, 0.3)
        nxt = [c for c, _ in cols if c > cx]
        p.text(x0 + (cx + (nxt[0] if nxt else x1 - x0)) / 2, y + 4.5, lab, 3.2, lf, "mm")
    y += 9
    people = [hh.householder() | {"关系": "本人"}, *[m for m in hh.members if m["年龄"] >= 18]][:5]
    rows = len(people) + rng.randrange(1, 3)
    for i in range(rows):
        p.rect(x0, y, x1, y + 12, 0.3)
        for cx, _ in cols[1:]:
            p.line(x0 + cx, y, x0 + cx, y + 12, 0.3)
        if i < len(people):
            person = people[i]
            ink = rng.choice((INK_BLUE, BLACK, st.color))
            p.text(x0 + 4 + rng.uniform(0, 3), y + 6 + rng.uniform(-0.5, 0.5), person["姓名"], 5.0, "kai", "lm", ink)
            p.text(x0 + 48, y + 6, person["关系"], 4.2, "kai", "mm", ink)
            ident = person["身份证号"]
            sz = 4.0
            while text_width(ident, sz, "kai") > 84 and sz > 3.0:
                sz *= 0.95
            p.text(x0 + 64, y + 6 + rng.uniform(-0.4, 0.3), ident, sz, "kai", "lm", ink)
            p.ops.append(("seal", x0 + 162 + rng.uniform(-3, 3), y + 6, 3.1, "", "", 0.0, (200, 40, 50),
                          rng.randrange(1 << 20)))
        y += 12
    y += 10
    p.rect(x0, y, x1, y + 30, 0.3)
    p.text(x0 + 4, y + 7, "受理单位（工会）意见：", 3.4, lf)
    p.text(x0 + 12, y + 17, "已核对授权人身份，材料收存。", 4.4, "kai", "lm", INK_BLUE)
    p.text(x0 + 100, y + 25, f"经办人：{r['建档人']}", 4.2, "kai", "lm", INK_BLUE)
    _seal_on(p, st, x0 + 60, y + 16, f"{hh.unit.employer}工会委员会"[:16], "", 14)
    if rng.random() < 0.45:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("授权书", r["姓名"], day, p, "授权书（声明书）")


# ---------------------------------------------------------------------------------------------------------
# 会议记录: the union's typed 会议纪要 (red head, 第N期, date under the head, 议定事项 numbered, 出席 / 列席 /
# 记录 lines, 抄送 and 印发 at the foot) with the 会议签到表 below, signed by hand
# ---------------------------------------------------------------------------------------------------------
@layout("其他/会议记录", "会议记录/轮换7")
def minutes_summary_signin(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng, typed=True)
    font = rng.choice(("serif", "sans"))
    day = hh.publicity_start - timedelta(days=rng.randrange(1, 8))
    present = rng.randrange(7, 13)
    members = [r["审核人"], r["建档人"], *[_name(rng) for _ in range(present - 2)]]
    p = Page(*A4)
    head = f"{r['单位']}工会委员会"
    p.text(105, 24, head, 7.6 if len(head) < 12 else 6.4, "serifbold", "mm", RED_HEAD)
    p.text(105, 38, "会 议 纪 要", 7.0, "serifbold", "mm", RED_HEAD)
    p.text(105, 47, f"第{rng.randrange(1, 20)}期", 3.8, font, "mm")
    p.text(20, 55, f"{r['单位']}工会办公室", 3.6, font)
    p.text(190, 55, cn_date(day), 3.6, font, "rm")
    p.line(18, 58.5, 192, 58.5, 0.8, RED_HEAD)
    p.text(105, 68, f"{day.year}年度困难职工建档民主评议会议记录（纪要）", 4.6, "bold" if font == "sans" else "serifbold", "mm")
    place = rng.choice(("工会会议室", "职工之家", "二楼小会议室"))
    y = _typed_lines(p, 20, 80, 170,
                     f"{cn_date(day)}，{r['单位']}工会在{place}召开困难职工建档民主评议会，会议由工会主席{r['审核人']}主持，"
                     f"工会委员、职工代表共{present}人参加。会议听取了入户调查情况汇报，对{r['姓名']}同志的建档申请进行了"
                     "民主评议。现将会议议定事项纪要如下：", 3.8, font, 7.6, indent=7.6)
    items = (f"一、{r['姓名']}同志家庭{r['家庭人口']}人，主要致困原因为{r['主要致困原因']}，"
             f"家庭月人均收入{float(r['家庭月人均收入']):g}元，经入户调查，情况属实。",
             f"二、经与会人员举手表决，同意{present}人，不同意0人，同意将{r['姓名']}同志列为困难职工建档对象。",
             "三、评议结果在本单位公示5个工作日，公示无异议后报上级工会审核。")
    for it in items:
        y = _typed_lines(p, 20, y + 1, 170, it, 3.8, font, 7.6, indent=7.6)
    y = _typed_lines(p, 20, y + 3, 170, f"出席：{'、'.join(members)}", 3.4, font, 6.8)
    p.text(20, y, f"记录：{r['建档人']}", 3.4, font)
    # the sign-in sheet
    y += 20
    p.text(105, y, "会议签到表", 4.6, "bold", "mm")
    g = Grid(p, st, 20, y + 5, 170)
    g.row([(0.5, L("序号")), (1.3, L("签名")), (1.2, L("部门/职务")), (0.5, L("序号")), (1.3, L("签名")),
           (1.2, L("部门/职务"))], 9)
    roles = ["工会主席", "工会干事", *[rng.choice(("职工代表", "工会委员", "车间主任", "女工委员")) for _ in members[2:]]]
    half = (len(members) + 1) // 2
    hand = Style.draw(rng, typed=False)

    def sign(name: str) -> Callable[[float, float, float, float], None]:
        def draw(xa: float, ya: float, xb: float, yb: float) -> None:
            p.text((xa + xb) / 2 + hand.rng.uniform(-2, 2), (ya + yb) / 2 + hand.rng.uniform(-0.5, 0.5), name, 4.4,
                   "kai", "mm", rng.choice((INK_BLUE, BLACK, hand.color)))
        return draw

    for i in range(half):
        j = i + half
        left: list[tuple[float, Cell]] = [(0.5, V(str(i + 1))), (1.3, sign(members[i])), (1.2, V(roles[i]))]
        right: list[tuple[float, Cell]] = [(0.5, None), (1.3, None), (1.2, None)]
        if j < len(members):
            right = [(0.5, V(str(j + 1))), (1.3, sign(members[j])), (1.2, V(roles[j]))]
        g.row(left + right, 10)
    y = max(g.y + 12, 262.0)
    p.line(18, y, 192, y, 0.3)
    p.text(20, y + 5, f"抄送：{hh.unit.city}市总工会帮扶中心", 3.2, font)
    p.line(18, y + 9, 192, y + 9, 0.3)
    p.text(20, y + 14, f"{r['单位']}工会办公室", 3.2, font)
    p.text(190, y + 14, f"{cn_date(day)}印发", 3.2, font, "rm")
    p.line(18, y + 18, 192, y + 18, 0.3)
    if rng.random() < 0.5:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("民主评议会议记录", r["姓名"], day, p)
