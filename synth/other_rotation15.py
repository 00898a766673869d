"""Printings of the 其他 papers added with rotation 15 (2026-12-07), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from REAL-DOCUMENTS.md and the seeds with the parts of ``render``, ``papers_rotation3``, ``other_rotation5``,
``other_rotation6``, ``other_rotation7``, ``other_rotation8``, ``other_rotation10``, ``other_rotation11`` and
``other_rotation14`` (imported first, so these register after rotation 14's); each keeps the signature of its
kind's first layout and the 其他 truth of ``render._other`` (材料名称, 姓名, 日期), every value of which is printed
on the page.
"""

from __future__ import annotations

import itertools
import random
from datetime import date, timedelta

from dangan.synth import other_rotation14  # noqa: F401  (registers rotation 14's printings before these)
from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.other_rotation5 import _name
from dangan.synth.other_rotation6 import _typed_lines
from dangan.synth.other_rotation8 import FINGER_RED, _fit_size
from dangan.synth.other_rotation10 import LIGHT
from dangan.synth.other_rotation11 import PHONES, _seal_red
from dangan.synth.other_rotation14 import _card_front
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.render import A4, Document, Style, _other, _student, cn_date

RULE = (170, 170, 170)


def _union(hh: Household) -> str:
    return f"{hh.unit.employer}工会"


def _hand_lines(p: Page, x: float, y: float, width: float, text: str, size: float, ink: tuple[int, int, int],
                jit: random.Random, gap: float, indent: float = 0.0) -> float:
    """``text`` written by hand line after line (the first indented); returns the y of the next line."""
    cx, line = x + indent, ""
    for ch in text:
        if text_width(line + ch, size, "kai") > x + width - cx and line:
            p.text(cx + jit.uniform(0.0, 0.4), y + jit.uniform(-0.4, 0.4), line, size, "kai", "lm", ink)
            cx, line, y = x, "", y + gap
        line += ch
    if line:
        p.text(cx + jit.uniform(0.0, 0.4), y + jit.uniform(-0.4, 0.4), line, size, "kai", "lm", ink)
        y += gap
    return y


def _hand(p: Page, x: float, y: float, s: str, size: float, width: float, ink: tuple[int, int, int],
          jit: random.Random, anchor: str = "lm") -> None:
    p.text(x + jit.uniform(0.0, 0.4), y + jit.uniform(-0.4, 0.4), s, _fit_size(s, size, "kai", width), "kai", anchor,
           ink)


# ---------------------------------------------------------------------------------------------------------
# 证明: written by hand on the issuer's printed 便笺 (the issuer's name in red over a double red rule, light
# rules for the writing), 特此证明, the issuer and the date right-aligned under the seal; the leaf pasted into the
# frame of the union's 证明材料粘贴单, the clerk's caption table under the frame (材料名称 / 出具单位 / 出具日期 /
# 页数 as heads, written in under them)
# ---------------------------------------------------------------------------------------------------------
@layout("其他/证明", "证明/轮换15")
def certificate_memo_pasted(hh: Household, rng: random.Random, kind: str, name: str, heading: str, body: str,
                            issuer: str, ring: str, day: date, centre: str = "") -> Document:
    memo = Page(150.0, 132.0, paper=rng.choice(((255, 253, 244), (250, 250, 250), (252, 248, 236))))
    red = (200, 50, 50)
    head = f"{issuer[:18]}便笺"
    memo.text(75, 10, head, _fit_size(head, 5.2, rng.choice(("serifbold", "bold")), 136),
              rng.choice(("serifbold", "bold")), "mm", red)
    memo.line(8, 16, 142, 16, 0.6, red)
    memo.line(8, 17.2, 142, 17.2, 0.2, red)
    gap = 8.0
    for k in range(13):
        memo.line(8, 27 + k * gap, 142, 27 + k * gap, 0.15, (220, 170, 170))
    pen = Style.draw(rng, typed=False)
    ink = rng.choice((INK_BLUE, BLACK, pen.color))
    size = rng.uniform(4.0, 4.4)
    y = 24.0
    title = heading if len(heading.replace(" ", "")) > 2 else f"{heading}证明"
    memo.text(75 + pen.rng.uniform(-2, 2), y, title, _fit_size(title, size * 1.25, "kai", 120), "kai", "mm", ink)
    y += gap
    text = body if "特此证明" in body else f"{body}特此证明。"
    y = _hand_lines(memo, 12, y, 128, text, size, ink, pen.rng, gap, indent=2 * size)
    y = max(y, 24 + 8 * gap)
    _hand(memo, 138, y, issuer, size, 100, ink, pen.rng, "rm")
    when = f"{day.year}年{day.month}月{day.day}日"
    _hand(memo, 138, y + gap, when, size, 80, ink, pen.rng, "rm")
    memo.seal(112 + rng.uniform(-6, 6), y + gap / 2 + rng.uniform(-3, 3), 16, ring[:14], centre, rng.uniform(-25, 25),
              _seal_red(rng), rng.randrange(1 << 30))
    sheet = Page(*A4)
    lf = rng.choice(("sans", "serif", "hei"))
    bold = "serifbold" if lf == "serif" else "bold"
    sheet.text(105, 16, rng.choice(("证明材料粘贴单", "证 明 材 料 粘 贴 单", "其他证明材料粘贴页")), 5.4, bold, "mm")
    sheet.text(105, 24, _union(hh), _fit_size(_union(hh), 3.2, lf, 160), lf, "mm", LIGHT)
    fx0, fy0, fx1, fy1 = 20.0, 30.0, 190.0, 196.0
    sheet.rect(fx0, fy0, fx1, fy1, 0.25, (120, 120, 120))
    sheet.text(fx0 + 2, fy0 + 4, "（粘贴处）", 2.8, lf, "lm", LIGHT)
    embed_scaled(sheet, memo, 30 + rng.uniform(-4, 4), 44 + rng.uniform(-5, 8), 1.0)
    heads = (("材料名称", 36.0), ("出具单位", 70.0), ("出具日期", 40.0), ("页数", 24.0))
    xs = [fx0]
    for _, w in heads:
        xs.append(xs[-1] + w)
    ty = fy1 + 10
    clerk = Style.draw(rng, typed=False)
    values = (kind, issuer, f"{day.year}.{day.month:02d}.{day.day:02d}", "1")
    for (lab, _), v, a, b in zip(heads, values, xs, xs[1:], strict=False):
        sheet.rect(a, ty, b, ty + 9, 0.3)
        sheet.text((a + b) / 2, ty + 4.5, lab, 3.4, lf, "mm")
        sheet.rect(a, ty + 9, b, ty + 21, 0.3)
        _hand(sheet, (a + b) / 2, ty + 15, v, 4.4, b - a - 4, clerk.color, clerk.rng, "mm")
    sheet.text(fx0, ty + 30, f"经办人：{_name(rng)}", 3.4, lf, "lm")
    if rng.random() < 0.6:
        sheet.mono, sheet.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other(kind, name, day, sheet, heading)


# ---------------------------------------------------------------------------------------------------------
# 票据: no receipt kept, the payments' phone screenshots (账单详情 of a payment app: the amount large, then
# label-left value-right rows of 当前状态, 支付时间, 商品, 商户全称, 支付方式, 交易单号) printed one per fee side by
# side on an A4, the applicant's note of what they are and their total written under them
# ---------------------------------------------------------------------------------------------------------
def _screenshot(rng: random.Random, payee: str, fee: str, amount: float, paid: str, wallet: str) -> Page:
    s = Page(58.0, 122.0, paper=(246, 246, 246))
    s.text(4, 4, f"{rng.randrange(8, 18)}:{rng.randrange(60):02d}", 2.6, "sans", "lm")
    s.text(54, 4, f"{rng.randrange(20, 100)}%", 2.4, "sans", "rm")
    s.text(29, 12, "账单详情", 3.2, "hei", "mm")
    s.line(0, 17, 58, 17, 0.1, (220, 220, 220))
    green = (60, 170, 90) if wallet == "微信" else (30, 120, 220)
    s.rect(25, 23, 33, 31, 0.1, green, fill=green)
    s.text(29, 36, payee, _fit_size(payee, 3.0, "sans", 52), "sans", "mm")
    figure = f"-{amount:,.2f}"
    s.text(29, 46, figure, _fit_size(figure, 7.0, "bold", 52), "bold", "mm")
    s.line(4, 54, 54, 54, 0.1, (220, 220, 220))
    serial = "".join(str(rng.randrange(10)) for _ in range(28))
    rows = (("当前状态", "支付成功"), ("支付时间", paid), ("商品", fee), ("商户全称", payee),
            ("支付方式", rng.choice(("零钱", "余额", f"储蓄卡({rng.randrange(1000, 10000)})"))), ("交易单号", serial))
    y = 60.0
    for lab, v in rows:
        s.text(4, y, lab, 2.5, "sans", "lm", (120, 120, 120))
        width = 36.0
        if text_width(v, 2.5, "sans") <= width:
            s.text(54, y, v, 2.5, "sans", "rm")
        else:
            for k in range(0, len(v), 14):
                s.text(54, y, v[k:k + 14], _fit_size(v[k:k + 14], 2.5, "sans", width), "sans", "rm")
                y += 3.6
            y -= 3.6
        y += 7.0
    s.text(29, 114, "对订单有疑惑", 2.4, "sans", "mm", (90, 110, 150))
    return s


@layout("其他/票据", "票据/轮换15")
def receipt_phone_screenshots(hh: Household, rng: random.Random, kind: str, name: str, payee: str, items: str,
                              day: date, title: str, centre: str) -> Document:
    fees = [c.strip() for c in items.split(" / ")]
    medical = kind == "医药费票据"
    sheet = Page(*A4)
    lf = rng.choice(("sans", "serif", "hei"))
    bold = "serifbold" if lf == "serif" else "bold"
    head = f"{kind}（手机支付记录打印件）"
    sheet.text(105, 16, head, _fit_size(head, 5.0, bold, 180), bold, "mm")
    wallet = rng.choice(("微信", "支付宝"))
    iso = wallet == "支付宝" or rng.random() < 0.5  # the app's own way of writing the time, the same on every shot
    k = rng.choice((1.0, 1.04, 1.08))
    gap = (210 - 3 * 58 * k) / 4
    total = 0.0
    top = 26 + rng.uniform(0, 6)
    for i, fee in enumerate(fees):
        if medical:
            amount = round(rng.randrange(40, 2600) + rng.randrange(100) / 100, 2)
        else:
            amount = float(rng.randrange(6, 45) * 100 if fee == "学费" else rng.randrange(2, 15) * 100)
        total += amount
        clock = f"{rng.randrange(8, 17):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
        paid = f"{day.isoformat()} {clock}" if iso else f"{day.year}年{day.month}月{day.day}日 {clock}"
        shot = _screenshot(rng, payee, fee, amount, paid, wallet)
        embed_scaled(sheet, shot, gap + i * (58 * k + gap), top + rng.uniform(-2, 2), k)
    total = round(total, 2)
    pen = Style.draw(rng, typed=False)
    y = top + 122 * k + 16
    note = (f"说明：以上为{name}在{payee}缴纳{('、'.join(fees))}的{wallet}支付记录，共{len(fees)}笔，"
            f"合计{total:.2f}元。原始票据已遗失，情况属实。")
    y = _hand_lines(sheet, 22, y, 166, note, 4.6, pen.color, pen.rng, 9.0, indent=0.0) + 8
    sheet.text(112, y, "申请人：", 3.8, lf, "lm")
    _hand(sheet, 112 + text_width("申请人：", 3.8, lf) + 2, y, str(hh.record["姓名"]), 5.2, 40, pen.color, pen.rng)
    if rng.random() < 0.5:
        sheet.mono, sheet.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other(kind, name, day, sheet)


# ---------------------------------------------------------------------------------------------------------
# 录取通知书: the inside of a tri-fold notice copied on landscape A4, three leaves between the fold lines: the
# 新生报到须知 numbered on the left leaf, the notice on the middle one (the school, 录取通知书, the name written in on
# the line before 同学, the text, the school and the date under its seal), the 联系方式 and 温馨提示 on the right
# ---------------------------------------------------------------------------------------------------------
@layout("其他/录取通知书", "录取通知书/轮换15")
def admission_trifold(hh: Household, rng: random.Random) -> Document:
    child = _student(hh)
    school = str(child.get("单位或学校") or "某中学")
    year = int(child.get("入学年份") or hh.created.year)
    day = date(year, rng.choice((7, 7, 8)), rng.randrange(1, 29))
    report = date(year, rng.choice((8, 9)), rng.randrange(1, 28))
    level = str(child.get("当前学历") or "")
    years = child.get("年制") or 3
    if "大学" in level or "本科" in level or "专" in level:
        what = rng.choice(("机械工程学院", "护理学院", "经济管理学院", "信息工程学院"))
    else:
        what = rng.choice(("电子商务专业", "数控技术应用专业", "学前教育专业")) if "职" in level else "高一年级"
    sheet = Page(297.0, 210.0, paper=rng.choice(((255, 255, 255), (253, 250, 242))))
    lf = rng.choice(("serif", "sans", "hei"))
    bold = "serifbold" if lf == "serif" else "bold"
    leaf = 297.0 / 3
    for k in (1, 2):
        for yy in range(8, 204, 6):
            sheet.line(leaf * k, yy, leaf * k, yy + 3, 0.15, (160, 160, 160))
    # left leaf: what to bring
    x = 10.0
    sheet.text(leaf / 2, 22, "新生报到须知", 5.0, bold, "mm")
    notes = (f"报到时间：{report.month}月{report.day}日8:00—17:00。",
             "报到时请携带本通知书、身份证及户口簿复印件。",
             "近期一寸免冠照片四张。",
             "原毕业学校档案及团组织关系。",
             "家庭经济困难的新生可申请绿色通道，凭相关证明办理。")
    y = 36.0
    for i, s in enumerate(notes):
        y = _typed_lines(sheet, x, y, leaf - 20, f"{i + 1}. {s}", 3.5, lf, 6.4) + 3
    # middle leaf: the notice
    mx0 = leaf + 10
    sheet.text(leaf * 1.5, 22, school, _fit_size(school, 5.2, bold, leaf - 16), bold, "mm")
    sheet.text(leaf * 1.5, 38, rng.choice(("录取通知书", "录 取 通 知 书")), 7.6, bold, "mm", (180, 30, 40))
    no = f"No.{year}{rng.randrange(10000, 99999)}"
    sheet.text(leaf * 2 - 8, 48, no, 2.8, "heimono", "rm", LIGHT)
    pen = Style.draw(rng, typed=False)
    y = 58.0
    sheet.line(mx0, y + 2.4, mx0 + 36, y + 2.4, 0.2)
    _hand(sheet, mx0 + 18, y - 0.6, str(child["姓名"]), 5.6, 34, pen.color, pen.rng, "mm")
    sheet.text(mx0 + 37, y, "同学：", 4.2, lf, "lm")
    text = (f"经审核，你已被我校{what}录取，学制{years}年。请于{report.year}年{report.month}月{report.day}日"
            "凭本通知书到校报到。")
    y = _typed_lines(sheet, mx0, y + 11, leaf - 20, text, 4.0, lf, 7.6, indent=8.0) + 10
    sheet.text(leaf * 2 - 10, y, school, _fit_size(school, 4.0, lf, leaf - 24), lf, "rm")
    sheet.text(leaf * 2 - 10, y + 9, cn_date(day), 4.0, lf, "rm")
    sheet.seal(leaf * 2 - 28 + rng.uniform(-4, 4), y + 4 + rng.uniform(-3, 3), 16, school[:12], "",
               rng.uniform(-20, 20), _seal_red(rng), rng.randrange(1 << 30))
    # right leaf: contacts
    rx = leaf * 2 + 10
    sheet.text(leaf * 2.5, 22, "联系方式", 5.0, bold, "mm")
    area = rng.choice(("0571", "0311", "0731", "010", "0371"))
    contacts = (f"招生办电话：{area}-{rng.randrange(2000000, 8999999)}",
                f"学生资助中心：{area}-{rng.randrange(2000000, 8999999)}",
                f"学校网址：www.{rng.choice(('zx', 'zhx', 'xx'))}{rng.randrange(10, 99)}.edu.cn")
    y = 36.0
    for s in contacts:
        sheet.text(rx, y, s, _fit_size(s, 3.4, lf, leaf - 20), lf, "lm")
        y += 8
    sheet.text(leaf * 2.5, y + 10, "温馨提示", 4.2, bold, "mm")
    _typed_lines(sheet, rx, y + 22, leaf - 20, "本通知书是报到的凭证，请妥善保管，不得涂改、转让。", 3.4, lf, 6.4,
                 indent=6.8)
    if rng.random() < 0.6:
        sheet.mono, sheet.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("录取通知书", child["姓名"], day, sheet)


# ---------------------------------------------------------------------------------------------------------
# 银行卡: the card's paper sleeve (卡套 / 密码函) copied open beside the card's front: on the sleeve the bank's band,
# 户名 / 证件号码 / 卡号 / 开户网点 / 开卡日期 ruled and written in by the teller, the branch's 业务专用章; under them
# the holder's sentence, signature with fingerprint and the date written after it
# ---------------------------------------------------------------------------------------------------------
def _sleeve(r: dict[str, object], rng: random.Random) -> Page:
    bank = str(r["开户银行"])
    colour = rng.choice(((180, 30, 40), (30, 70, 140), (20, 110, 80)))
    s = Page(100.0, 88.0)
    s.rect(0, 0, 100, 88, 0.2, (150, 150, 150))
    s.rect(0, 0, 100, 14, 0.1, colour, fill=colour)
    s.text(5, 7, bank, _fit_size(bank, 4.4, "bold", 60), "bold", "lm", (255, 255, 255))
    s.text(95, 7, "借记卡", 3.4, "bold", "rm", (255, 255, 255))
    teller = Style.draw(rng, typed=False)
    opened = date(min(max(date.fromisoformat(str(r["出生日期"])).year + 22, 2008), 2024), rng.randrange(1, 13), rng.randrange(1, 28))
    rows = (("户    名", str(r["姓名"])), ("证件号码", str(r["身份证号"])), ("卡    号", str(r["银行卡号"])),
            ("开户网点", str(r["支行名称"])), ("开卡日期", f"{opened.year}.{opened.month:02d}.{opened.day:02d}"))
    y = 20.0
    for lab, v in rows:
        s.rect(4, y, 24, y + 9, 0.2)
        s.text(14, y + 4.5, lab, 2.9, "sans", "mm")
        s.rect(24, y, 96, y + 9, 0.2)
        _hand(s, 26, y + 4.5, v, 4.0, 68, teller.color, teller.rng)
        y += 9
    phone = PHONES.get(bank, "")
    s.text(4, 74, f"客户服务热线：{phone}" if phone else "请妥善保管您的卡片和密码", 2.6, "sans", "lm")
    s.text(4, 80, "密码请勿告知他人，卡与密码函分开存放。", 2.4, "sans", "lm", LIGHT)
    branch = str(r["支行名称"])
    s.seal(80 + rng.uniform(-4, 4), 68 + rng.uniform(-3, 3), 9, f"{bank[:8]}{branch[:6]}", "业务专用章",
           rng.uniform(-20, 20), _seal_red(rng), rng.randrange(1 << 30))
    return s


@layout("其他/银行卡", "银行卡/轮换15")
def bank_card_sleeve(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    sheet = Page(*A4)
    lf = rng.choice(("sans", "serif", "hei"))
    bold = "serifbold" if lf == "serif" else "bold"
    day = hh.created - timedelta(days=rng.randrange(1, 25))
    title = rng.choice(("银行卡复印件", "帮扶资金发放银行卡复印件", "银行卡复印件（附卡套）"))
    sheet.text(105, 18, title, 5.6, bold, "mm")
    top = 30 + rng.uniform(0, 8)
    sx = 8 + rng.uniform(0, 3)
    embed_scaled(sheet, _sleeve(r, rng), sx, top, 1.0)
    embed_scaled(sheet, _card_front(str(r["开户银行"]), str(r["银行卡号"]), rng), sx + 103 + rng.uniform(0, 4),
                 top + rng.uniform(6, 28), 1.0)
    pen = Style.draw(rng, typed=False)
    y = top + 88 + 22
    text = rng.choice(("此卡为本人名下借记卡，用于接收工会帮扶资金。", "以上卡片及卡套复印件与原件一致，卡号无误。"))
    y = _hand_lines(sheet, 24, y, 160, text, 5.0, pen.color, pen.rng, 9.0) + 8
    sheet.text(100, y, "持卡人：", 3.8, lf, "lm")
    nx = 100 + text_width("持卡人：", 3.8, lf) + 2
    _hand(sheet, nx, y, str(r["姓名"]), 5.6, 36, pen.color, pen.rng)
    sheet.seal(nx + 12 + rng.uniform(-3, 3), y + rng.uniform(-1, 1), 3.2, "", "", 0.0, FINGER_RED, rng.randrange(1 << 20))
    y += 11
    when = (f"{day.year}年{day.month}月{day.day}日" if rng.random() < 0.6
            else f"{day.year}.{day.month:02d}.{day.day:02d}")
    _hand(sheet, nx, y, when, 4.8, 60, pen.color, pen.rng)
    if rng.random() < 0.75:
        sheet.mono, sheet.tone = True, round(rng.uniform(0.0, 0.55), 2)
    return _other("银行卡复印件", r["姓名"], day, sheet, "银行卡复印件")


# ---------------------------------------------------------------------------------------------------------
# 授权书: the adults' table first, right under the title and the applicant's line (序号, 与申请人关系, 姓名, 公民
# 身份号码, 本人签名, 手印 in that order, written in by hand, one spare row), the authorisation typeset under the
# table (上表所列…), the applicant's signature and the date written in at the foot
# ---------------------------------------------------------------------------------------------------------
@layout("其他/授权书", "授权书/轮换15")
def authorisation_table_first(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    lf = rng.choice(("serif", "sans", "hei"))
    bold = "serifbold" if lf == "serif" else "bold"
    day = hh.created - timedelta(days=rng.randrange(3, 30))
    p = Page(*A4)
    title = rng.choice(("家庭经济状况核对授权书", "居民家庭经济状况信息核对授权书", "家庭收入财产信息查询授权书"))
    p.text(105, 20, title, 6.0, bold, "mm")
    pen = Style.draw(rng, typed=False)
    x0, x1 = 16.0, 194.0
    y = 34.0
    p.text(x0, y, "申请人：", 3.8, lf, "lm")
    ax = x0 + text_width("申请人：", 3.8, lf) + 1
    p.line(ax, y + 2.4, ax + 34, y + 2.4, 0.2)
    _hand(p, ax + 17, y - 0.5, str(r["姓名"]), 5.2, 32, pen.color, pen.rng, "mm")
    unit = f"所在单位：{r['单位']}"
    p.text(x1, y, unit, _fit_size(unit, 3.8, lf, 100), lf, "rm")
    cols = (("序号", 12.0), ("与申请人关系", 26.0), ("姓名", 26.0), ("公民身份号码", 62.0), ("本人签名", 32.0),
            ("手印", 20.0))
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    y += 8
    rh = 12.0
    for (lab, _), a, b in zip(cols, xs, xs[1:], strict=False):
        p.rect(a, y, b, y + 10, 0.3)
        p.text((a + b) / 2, y + 5, lab, _fit_size(lab, 3.4, bold, b - a - 2), bold, "mm")
    y += 10
    people = [hh.householder(), *[m for m in hh.members if m["年龄"] >= 18]][:6]
    for i in range(len(people) + 1):
        for a, b in itertools.pairwise(xs):
            p.rect(a, y, b, y + rh, 0.3)
        if i < len(people):
            person = people[i]
            jit = random.Random(rng.randrange(1 << 30))
            ink = rng.choice((INK_BLUE, BLACK))
            cy = y + rh / 2
            p.text((xs[0] + xs[1]) / 2, cy, str(i + 1), 3.6, lf, "mm")
            _hand(p, (xs[1] + xs[2]) / 2, cy, "本人" if i == 0 else str(person["关系"]), 4.6, 24, pen.color, pen.rng,
                  "mm")
            _hand(p, (xs[2] + xs[3]) / 2, cy, str(person["姓名"]), 4.8, 24, pen.color, pen.rng, "mm")
            _hand(p, (xs[3] + xs[4]) / 2, cy, str(person["身份证号"]), 4.4, 60, pen.color, pen.rng, "mm")
            _hand(p, (xs[4] + xs[5]) / 2, cy, str(person["姓名"]), 5.2, 30, ink, jit, "mm")
            p.seal((xs[5] + xs[6]) / 2 + jit.uniform(-2, 2), cy + jit.uniform(-1, 1), 3.2, "", "", 0.0, FINGER_RED,
                   rng.randrange(1 << 20))
        y += rh
    y += 10
    text = (f"上表所列本人及共同生活的家庭成员，为申请{_union(hh)}困难职工建档帮扶，同意并授权工会组织、民政部门及其委托的"
            "核对机构，向公安、人社、住建、税务、金融等部门和机构查询、核对本家庭成员的户籍、收入、财产等信息。"
            "本人保证所提供的情况真实、完整，如有虚假，愿承担相应责任。")
    y = _typed_lines(p, x0, y, x1 - x0, text, 3.8, lf, 7.6, indent=7.6) + 14
    p.text(x0 + 90, y, "申请人（签名）：", 3.8, lf, "lm")
    sx = x0 + 90 + text_width("申请人（签名）：", 3.8, lf) + 2
    _hand(p, sx, y, str(r["姓名"]), 5.6, 36, pen.color, pen.rng)
    y += 11
    p.text(x0 + 90, y, "日期：", 3.8, lf, "lm")
    _hand(p, sx, y, f"{day.year}年{day.month}月{day.day}日", 4.8, 50, pen.color, pen.rng)
    if rng.random() < 0.5:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("授权书", r["姓名"], day, p, "授权书（声明书）")


# ---------------------------------------------------------------------------------------------------------
# 会议记录: a page of the union's 会议记录 pad written by hand as the sitting went: the printed head (会议名称 /
# 时间 / 地点 on lines), then a narrow ruled margin down the left where the clock time of each entry is written,
# the entries beside it (the chair opens with the count present, the clerk reports the applicant, the show of
# hands, the conclusion, 散会), the signatures of those present in a run at the foot
# ---------------------------------------------------------------------------------------------------------
@layout("其他/会议记录", "会议记录/轮换15")
def minutes_timed_log(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    day = hh.publicity_start - timedelta(days=rng.randrange(1, 8))
    due = rng.randrange(6, 12)
    present = due - rng.choice((0, 0, 1, 2))
    against = rng.choice((0, 0, 1)) if present >= 7 else 0
    agree = present - against
    lf = rng.choice(("serif", "sans", "hei"))
    bold = "serifbold" if lf == "serif" else "bold"
    union = _union(hh)
    p = Page(*A4, paper=rng.choice(((255, 255, 255), (251, 250, 244))))
    p.text(105, 14, union, _fit_size(union, 3.6, lf, 170), lf, "mm", LIGHT)
    p.text(105, 24, rng.choice(("民主评议会议记录", "困难职工民主评议会议记录")), 6.0, bold, "mm")
    pen = Style.draw(rng, typed=False)
    ink = pen.color
    x0, x1, margin = 16.0, 194.0, 34.0
    y = 36.0
    start_h, start_m = rng.choice((9, 14, 15)), rng.choice((0, 30))
    heads = (("会议名称：", "困难职工建档民主评议会"), ("时    间：", f"{day.year}年{day.month}月{day.day}日"),
             ("地    点：", rng.choice(("工会会议室", "职工之家", "二楼小会议室"))))
    for lab, v in heads:
        p.text(x0, y, lab, 3.8, lf, "lm")
        lx = x0 + text_width(lab, 3.8, lf) + 1
        p.line(lx, y + 2.4, x1, y + 2.4, 0.2)
        _hand(p, lx + 3, y - 0.4, v, 4.8, x1 - lx - 6, ink, pen.rng)
        y += 9
    y += 3
    gap = 8.5
    top = y
    for k in range(24):
        p.line(x0, top + k * gap, x1, top + k * gap, 0.15, RULE)
    p.line(margin, top - 4, margin, top + 23 * gap, 0.3, (200, 120, 120))
    others = [_name(rng) for _ in range(present - 2)]
    passed = agree * 2 > present
    chair, clerk = str(r["审核人"]), str(r["建档人"])
    entries = (
        (0, f"主持人{chair}宣布开会，应到{due}人，实到{present}人，符合规定人数。"),
        (5, f"记录人{clerk}介绍{r['姓名']}同志申请情况：家庭人口{r['家庭人口']}人，主要致困原因为{r['主要致困原因']}，"
            "经入户核查，情况属实。"),
        (18, f"{others[0] if others else chair}等同志发言，对申请材料无异议。"),
        (32, f"举手表决：同意{agree}票，不同意{against}票，弃权0票。"),
        (36, f"结论：{'同意' if passed else '不同意'}{r['姓名']}同志列为困难职工建档对象，按程序公示。"),
        (40, "散会。"),
    )
    y = top + gap / 2 + 0.6
    for minutes, s in entries:
        t = start_h * 60 + start_m + minutes
        _hand(p, x0 + 2, y, f"{t // 60}:{t % 60:02d}", 4.4, margin - x0 - 4, ink, pen.rng)
        y = _hand_lines(p, margin + 3, y, x1 - margin - 5, s, 4.6, ink, pen.rng, gap)
    y += gap
    p.text(margin + 3, y, "参会人员签名：", 3.8, lf, "lm")
    y += gap
    people = [chair, clerk, *others]
    per = 5
    cw = (x1 - margin - 6) / per
    for i, who in enumerate(people):
        sig = Style.draw(rng, typed=False)
        _hand(p, margin + 3 + (i % per) * cw, y + (i // per) * gap, who, rng.uniform(4.4, 5.4), cw - 4, sig.color,
              sig.rng)
    y += ((len(people) + per - 1) // per) * gap + 4
    _hand(p, x1, y, f"记录人：{clerk}", 4.6, 60, ink, pen.rng, "rm")
    if rng.random() < 0.5:
        p.seal(x1 - 36 + rng.uniform(-6, 6), min(y - 8, 270), 15, union[:14], "", rng.uniform(-25, 25), _seal_red(rng),
               rng.randrange(1 << 30))
    if rng.random() < 0.5:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("民主评议会议记录", r["姓名"], day, p)
