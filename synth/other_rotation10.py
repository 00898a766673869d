"""Printings of the 其他 papers added with rotation 10 (2026-12-06), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from REAL-DOCUMENTS.md and the seeds with the parts of ``render``, ``papers_rotation3``, ``papers_rotation4``,
``other_rotation5``, ``other_rotation6``, ``other_rotation8`` and ``other_rotation9``; each keeps the signature of its
kind's first layout and the 其他 truth of ``render._other`` (材料名称, 姓名, 日期), every value of which is printed on
the page.
"""

from __future__ import annotations

import itertools
import math
import random
from datetime import date, timedelta

from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.other_rotation5 import _name, rmb_upper
from dangan.synth.other_rotation6 import _typed_lines
from dangan.synth.other_rotation8 import FINGER_RED, _fit_size, _hand_date, _hand_lines
from dangan.synth.other_rotation9 import _emblem, _seal_colour
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.papers_rotation4 import _barcode
from dangan.synth.render import A4, Document, Style, _other, _student, cn_date

LIGHT = (120, 120, 120)


def _cell(p: Page, x0: float, y0: float, x1: float, y1: float, label: str, size: float, key: str,
          w: float = 0.3) -> None:
    """A ruled cell with its printed label centred (wrapped when it is long)."""
    p.rect(x0, y0, x1, y1, w)
    p.fit(x0, y0, x1, y1, label, size, key)


# ---------------------------------------------------------------------------------------------------------
# 证明: the union's own printed 情况证明表 (the unit hands it out; the issuer fills it in by hand): 编号, a ruled
# grid (被证明人 / 证明事项, 证明内容 written in the tall cell, 出具单位 / 经办人 / 联系电话, 出具单位意见 with
# the seal over the written date), the union's 核实 row at the foot and the 填表说明 under the grid
# ---------------------------------------------------------------------------------------------------------
@layout("其他/证明", "证明/轮换10")
def certificate_union_table(hh: Household, rng: random.Random, kind: str, name: str, heading: str, body: str,
                            issuer: str, ring: str, day: date, centre: str = "") -> Document:
    p = Page(*A4, paper=(253, 253, 250))
    st = Style.draw(rng, typed=False)
    ink = st.color
    lf = rng.choice(("serif", "sans", "hei"))
    x0, x1 = 18.0, 192.0
    union = f"{hh.unit.employer}工会"
    p.text(105, 18, union, _fit_size(union, 4.4, lf, 160), lf, "mm")
    p.text(105, 29, "困难职工家庭情况证明表", 6.6, "serifbold" if lf == "serif" else "bold", "mm")
    p.text(x1, 38, f"编号：{day.year}-{rng.randrange(1, 400):03d}", 3.2, lf, "rm")
    lw = 30.0
    mid = x0 + lw + 52.0
    y = 42.0
    rh = 13.0
    # 被证明人 | name | 证明事项 | kind
    _cell(p, x0, y, x0 + lw, y + rh, "被证明人", 3.6, lf)
    p.rect(x0 + lw, y, mid, y + rh)
    p.fit(x0 + lw, y, mid, y + rh, name, 4.8, "kai", color=ink, jitter=st.rng)
    _cell(p, mid, y, mid + lw, y + rh, "证明事项", 3.6, lf)
    p.rect(mid + lw, y, x1, y + rh)
    p.fit(mid + lw, y, x1, y + rh, kind, 4.8, "kai", color=ink, jitter=st.rng)
    y += rh
    # 证明内容: the issuer's own heading, then the text written by hand on light rules
    tall = 104.0
    _cell(p, x0, y, x0 + lw, y + tall, "证明内容", 3.6, lf)
    p.rect(x0 + lw, y, x1, y + tall)
    for k in range(1, 10):
        p.line(x0 + lw + 3, y + 8 + k * 9.6, x1 - 3, y + 8 + k * 9.6, 0.12, (200, 200, 200))
    p.text((x0 + lw + x1) / 2, y + 8, heading, 5.0, "kai", "mm", ink)
    yy = _hand_lines(p, st, x0 + lw + 5, y + 8 + 9.6 - 2.4, x1 - x0 - lw - 10, body, 4.3, 9.6, indent=9)
    if "特此证明" not in body and yy < y + tall - 4:
        p.text(x0 + lw + 14, yy + st.rng.uniform(-0.4, 0.3), "特此证明。", 4.3, "kai", "lm", ink)
    y += tall
    # 出具单位 | issuer ; 经办人 | 联系电话
    _cell(p, x0, y, x0 + lw, y + rh, "出具单位", 3.6, lf)
    p.rect(x0 + lw, y, x1, y + rh)
    p.fit(x0 + lw, y, x1, y + rh, issuer, 4.6, "kai", color=ink, jitter=st.rng)
    y += rh
    _cell(p, x0, y, x0 + lw, y + rh, "经 办 人", 3.6, lf)
    p.rect(x0 + lw, y, mid, y + rh)
    p.fit(x0 + lw, y, mid, y + rh, _name(rng), 4.6, "kai", color=ink, jitter=st.rng)
    _cell(p, mid, y, mid + lw, y + rh, "联系电话", 3.6, lf)
    p.rect(mid + lw, y, x1, y + rh)
    phone = f"{hh.unit.phone_area}-{rng.randrange(10**7, 10**8)}"
    p.fit(mid + lw, y, x1, y + rh, phone, 4.2, "kai", color=ink, jitter=st.rng)
    y += rh
    # 出具单位意见: 情况属实, the seal over the written date
    op = 38.0
    _cell(p, x0, y, x0 + lw, y + op, "出具单位意见", 3.6, lf)
    p.rect(x0 + lw, y, x1, y + op)
    p.text(x0 + lw + 8, y + 9, rng.choice(("以上情况属实。", "情况属实，特此证明。", "经核实，情况属实。")), 4.6, "kai", "lm", ink)
    p.text(x1 - 70, y + 20, "（盖章）", 3.4, lf)
    _hand_date(p, st, x1 - 52, y + 30, day, 3.6, lf)
    p.seal(x1 - 36 + rng.uniform(-6, 6), y + 22 + rng.uniform(-3, 3), 16.5 * rng.uniform(0.95, 1.05), ring[:14], centre,
           rng.uniform(-25, 25), _seal_colour(rng), rng.randrange(1 << 30))
    y += op
    # the union's 核实 row
    clerk = Style.draw(rng, typed=False)
    _cell(p, x0, y, x0 + lw, y + rh + 4, "工会核实", 3.6, lf)
    p.rect(x0 + lw, y, x1, y + rh + 4)
    p.text(x0 + lw + 5, y + (rh + 4) / 2, rng.choice(("已电话核实。", "已入户核实。", "与原件核对无误。")), 4.3, "kai", "lm",
           clerk.color)
    p.text(x1 - 60, y + (rh + 4) / 2, f"核实人：{hh.record['建档人']}", 4.2, "kai", "lm", clerk.color)
    y += rh + 4 + 7
    notes = ("填表说明：1. 本表由被证明人所在社区（村）、学校或有关单位如实填写，并加盖公章；",
             "2. 证明内容须写明被证明人的具体情况，涂改处须加盖公章，否则无效；",
             "3. 本表仅用于困难职工建档帮扶，由工会存档。")
    for i, ln in enumerate(notes):
        p.text(x0 + (0 if i == 0 else 16.3), min(y + i * 5.6, 288), ln, 3.0, lf, "lm", LIGHT)
    if rng.random() < 0.6:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other(kind, name, day, p, heading)


# ---------------------------------------------------------------------------------------------------------
# 票据: the payee's laser-printed 收费结算凭证 (the 财政 监制 oval, 票据代码 / 号码, 交款人 and 收费日期 in a head
# grid, one row per fee with 数量 / 单价 / 金额, for a clinic the 医保 统筹 / 个人支付 split, for a school 学号 and
# 班级) on the upper half of an A4 copy; under it the union's 票据复印件核对登记 table filled by the clerk
# ---------------------------------------------------------------------------------------------------------
def _oval(p: Page, cx: float, cy: float, rx: float, ry: float, text: str, color: tuple[int, int, int]) -> None:
    pts = [(cx + rx * math.cos(a / 30 * 2 * math.pi), cy + ry * math.sin(a / 30 * 2 * math.pi)) for a in range(31)]
    p.poly(pts, 0.35, color)
    p.text(cx, cy, text, _fit_size(text, 2.4, "sans", rx * 1.7), "sans", "mm", color)


@layout("其他/票据", "票据/轮换10")
def receipt_settlement_slip(hh: Household, rng: random.Random, kind: str, name: str, payee: str, items: str,
                            day: date, title: str, centre: str) -> Document:
    fees = [c.strip() for c in items.split(" / ")]
    medical = kind == "医药费票据"
    sheet = Page(*A4, paper=(250, 250, 248))
    form = rng.choice(((150, 60, 40), (40, 80, 140), (60, 60, 60)))
    lf = rng.choice(("serif", "sans"))
    dot = rng.choice(("heimono", "sans", "hei"))
    w, h = 196.0, 132.0
    slip = Page(w, h, paper=(252, 252, 250))
    province = hh.unit.province if hh.unit.province != "杭州" else "浙江"
    _oval(slip, 24, 13, 15, 7, f"{province}省财政厅监制", (200, 60, 60))
    slip.text(w / 2, 10, title, _fit_size(title, 5.4, "serifbold", 100), "serifbold", "mm", form)
    sub = "（门诊收费结算凭证）" if medical else "（学生缴费结算凭证）"
    slip.text(w / 2, 17.5, sub, 3.2, lf, "mm", form)
    slip.text(w - 8, 8, f"票据代码：{rng.randrange(10**7, 10**8)}", 2.9, lf, "rm", form)
    slip.text(w - 8, 13.5, f"票据号码：{rng.randrange(10**9, 10**10)}", 2.9, lf, "rm", (180, 40, 40))
    xa, xb = 8.0, w - 8.0
    y = 23.0
    rh = 7.5
    head = [("交款人", name), ("收费日期", day.isoformat())]
    if medical:
        head += [("医保类型", rng.choice(("城镇职工基本医疗保险", "职工医保", "城乡居民医保"))),
                 ("门诊号", f"{rng.randrange(10**7, 10**8)}")]
    else:
        head += [("学号", f"{day.year}{rng.randrange(10**5, 10**6)}"), ("班级", f"{rng.randrange(1, 16)}班")]
    cw = (xb - xa) / 4
    for i, (lab, val) in enumerate(head):
        row, col = divmod(i, 2)
        cx0 = xa + col * 2 * cw
        slip.rect(cx0, y + row * rh, cx0 + cw * 0.7, y + (row + 1) * rh, 0.25, form)
        slip.fit(cx0, y + row * rh, cx0 + cw * 0.7, y + (row + 1) * rh, lab, 3.0, lf, color=form)
        slip.rect(cx0 + cw * 0.7, y + row * rh, cx0 + 2 * cw, y + (row + 1) * rh, 0.25, form)
        slip.text(cx0 + cw * 0.7 + 2.5, y + (row + 0.5) * rh, val, _fit_size(val, 3.4, dot, cw * 1.3 - 4), dot, "lm")
    y += 2 * rh + 2
    cols = (("序号", 12.0), ("收费项目", 52.0), ("数量", 20.0), ("单价（元）", 30.0), ("金额（元）", 34.0),
            ("备注", xb - xa - 148.0))
    x = xa
    for lab, cwid in cols:
        slip.rect(x, y, x + cwid, y + rh, 0.25, form)
        slip.fit(x, y, x + cwid, y + rh, lab, 3.0, lf, color=form)
        x += cwid
    y += rh
    amounts: list[float] = []
    for i, fee in enumerate(fees):
        if medical:
            qty = rng.randrange(1, 6)
            unit = rng.randrange(5, 600) + rng.randrange(100) / 100
        else:
            qty = 1
            unit = float(rng.randrange(8, 60) * 100 if fee == "学费" else rng.randrange(3, 16) * 100)
        amount = round(qty * unit, 2)
        amounts.append(amount)
        x = xa
        for (_, cwid), val in zip(cols, (str(i + 1), fee, str(qty), f"{unit:.2f}", f"{amount:.2f}", ""), strict=True):
            slip.rect(x, y, x + cwid, y + rh, 0.25, form)
            if val:
                slip.text(x + cwid / 2, y + rh / 2, val, 3.3, dot, "mm")
            x += cwid
        y += rh
    for _ in range(len(fees), 4):  # the form's empty rows
        x = xa
        for _, cwid in cols:
            slip.rect(x, y, x + cwid, y + rh, 0.25, form)
            x += cwid
        y += rh
    total = round(sum(amounts), 2)
    slip.rect(xa, y, xb, y + rh, 0.25, form)
    slip.text(xa + 3, y + rh / 2, "合计（大写）", 3.1, lf, "lm", form)
    upper = rmb_upper(total)
    slip.text(xa + 25, y + rh / 2, upper, _fit_size(upper, 3.4, dot, 90), dot, "lm")
    slip.text(xa + 122, y + rh / 2, "（小写）¥", 3.1, lf, "lm", form)
    slip.text(xa + 140, y + rh / 2, f"{total:.2f}", 3.4, dot, "lm")
    y += rh
    if medical:
        pooled = round(total * rng.choice((0.0, 0.0, 0.5, 0.6, 0.7)), 2)
        split = [("医保统筹支付", pooled), ("个人账户支付", 0.0), ("个人现金支付", round(total - pooled, 2))]
        scw = (xb - xa) / 3
        for i, (part, paid) in enumerate(split):
            slip.rect(xa + i * scw, y, xa + (i + 1) * scw, y + rh, 0.25, form)
            slip.text(xa + i * scw + 3, y + rh / 2, f"{part}：", 3.0, lf, "lm", form)
            slip.text(xa + (i + 1) * scw - 3, y + rh / 2, f"{paid:.2f}", 3.3, dot, "rm")
        y += rh
    y += 7
    slip.text(xa, y, "收款单位（章）：", 3.1, lf, "lm", form)
    slip.text(xa + text_width("收款单位（章）：", 3.1, lf) + 1, y, payee, _fit_size(payee, 3.3, dot, 62), dot, "lm")
    slip.text(xa + 108, y, "收款人：", 3.1, lf, "lm", form)
    slip.text(xa + 108 + text_width("收款人：", 3.1, lf) + 1, y, f"{rng.randrange(1000, 9999)}", 3.3, dot, "lm")
    slip.text(xb, y, rng.choice(("第二联：交款人联", "第二联 收据联")), 2.9, lf, "rm", form)
    slip.seal(xa + 62 + rng.uniform(-6, 6), y + 1 + rng.uniform(-2, 2), 11.5, payee[:14], centre,
              rng.uniform(-20, 20), _seal_colour(rng), rng.randrange(1 << 30))
    slip.h = h = y + 12  # the slip torn off under its last line
    k = rng.choice((0.9, 0.92, 0.95))
    top = rng.uniform(10, 16)
    embed_scaled(sheet, slip, (210 - w * k) / 2 + rng.uniform(-3, 3), top, k)
    # the union's check table under the copy
    clerk = Style.draw(rng, typed=False)
    ty = min(top + h * k + rng.uniform(14, 22), 200.0)
    sheet.text(105, ty, "票据复印件核对登记", 4.6, "serifbold" if lf == "serif" else "bold", "mm")
    ty += 6
    tx0, tx1 = 25.0, 185.0
    rows = [("票据种类", kind, "票据张数", "1"), ("交款人", name, "金额（元）", f"{total:.2f}"),
            ("核对人", hh.record["建档人"], "核对日期", cn_date(hh.created - timedelta(days=rng.randrange(0, 6))))]
    trh = 10.0
    lw, vw = 26.0, (tx1 - tx0 - 52.0) / 2
    for lab1, v1, lab2, v2 in rows:
        xs = [tx0, tx0 + lw, tx0 + lw + vw, tx0 + 2 * lw + vw, tx1]
        for j, (a, b) in enumerate(itertools.pairwise(xs)):
            sheet.rect(a, ty, b, ty + trh, 0.3)
            if j % 2 == 0:
                sheet.fit(a, ty, b, ty + trh, (lab1, lab2)[j // 2], 3.4, lf)
            else:
                v = (v1, v2)[j // 2]
                sheet.fit(a, ty, b, ty + trh, v, 4.3, "kai", color=clerk.color, jitter=clerk.rng)
        ty += trh
    sheet.text(tx0, ty + 7, "（原件由申请人保管，复印件与原件核对一致）", 3.2, lf, "lm", LIGHT)
    if rng.random() < 0.7:
        sheet.mono, sheet.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other(kind, name, day, sheet)


# ---------------------------------------------------------------------------------------------------------
# 录取通知书: the 电子录取通知书 as printed from a browser (the browser's date and page title across the top, the
# address and 1/1 across the foot): the school's notice card with the name set in, and the 录取信息 table under it
# (准考证号, 姓名, 身份证号 masked, 录取学校, 录取专业 / 类别, 学制, 录取时间), the parent's note written beside
# ---------------------------------------------------------------------------------------------------------
@layout("其他/录取通知书", "录取通知书/轮换10")
def admission_web_printout(hh: Household, rng: random.Random) -> Document:
    child = _student(hh)
    school = child.get("单位或学校") or "某中学"
    year = int(child.get("入学年份") or hh.created.year)
    day = date(year, rng.choice((7, 7, 8)), rng.randrange(1, 29))
    years = child.get("年制") or 3
    level = str(child.get("当前学历") or "")
    college = "大学" in level or "本科" in level or "专" in level
    if college:
        major = rng.choice(("土木工程", "药学", "电子信息工程", "市场营销", "英语", "电气工程及其自动化"))
        sort = rng.choice(("普通类本科批", "普通类专科批", "普通类平行录取"))
    else:
        major = rng.choice(("机电技术应用", "数控技术应用", "学前教育")) if "职" in level else "普通高中"
        sort = "中职统招" if "职" in level else "统招"
    p = Page(*A4)
    printed = hh.created - timedelta(days=rng.randrange(1, 30))
    p.text(8, 6, f"{printed.year}/{printed.month}/{printed.day} {rng.randrange(8, 22)}:{rng.randrange(60):02d}", 2.6, "sans",
           "lm")
    tab = f"{school}{'新生录取查询' if rng.random() < 0.5 else '录取通知书'}"
    p.text(105, 6, tab, _fit_size(tab, 2.6, "sans", 110), "sans", "mm")
    # the notice card
    cx0, cx1, cy0, cy1 = 30.0, 180.0, 16.0, 126.0
    colour = rng.choice(((165, 30, 40), (20, 70, 140), (30, 110, 80)))
    p.rect(cx0, cy0, cx1, cy1, 0.1, colour, fill=colour)
    p.rect(cx0 + 5, cy0 + 5, cx1 - 5, cy1 - 5, 0.1, (252, 248, 236), fill=(252, 248, 236))
    p.rect(cx0 + 7, cy0 + 7, cx1 - 7, cy1 - 7, 0.3, colour)
    _emblem(p, cx0 + 22, cy0 + 20, 8, colour)
    p.text((cx0 + cx1) / 2 + 8, cy0 + 20, school, _fit_size(school, 6.2, "serifbold", 100), "serifbold", "mm", colour)
    p.text((cx0 + cx1) / 2, cy0 + 38, "录 取 通 知 书", 8.4, "serifbold", "mm", colour)
    font = rng.choice(("serif", "sans", "hei"))
    nx = cx0 + 16
    p.text(nx, cy0 + 52, f"{child['姓名']}同学：", 5.0, "serifbold" if font == "serif" else "bold", "lm")
    if college:
        text = (f"你已被我校{major}专业录取，学制{years}年。请凭本通知书于{year}年9月{rng.randrange(1, 12)}日"
                "到校报到。")
    else:
        text = (f"祝贺你被我校录取为{year}级{major}{'专业' if major != '普通高中' else ''}新生（学制{years}年），"
                f"请于{year}年8月{rng.randrange(20, 31)}日到校报到。")
    y = _typed_lines(p, nx, cy0 + 62, cx1 - cx0 - 32, text, 4.2, font, 8.0, indent=8.4)
    p.text(cx1 - 16, max(y + 6, cy1 - 26), school, _fit_size(school, 4.0, font, 70), font, "rm")
    p.text(cx1 - 16, max(y + 14, cy1 - 18), cn_date(day), 4.0, font, "rm")
    p.seal(cx1 - 40 + rng.uniform(-4, 4), max(y + 9, cy1 - 22) + rng.uniform(-2, 2), 13, school[:12], "",
           rng.uniform(-20, 20), _seal_colour(rng), rng.randrange(1 << 30))
    # 录取信息
    ty = cy1 + 12
    p.text(30, ty, "录取信息", 4.6, "bold", "lm")
    p.line(30, ty + 4, 180, ty + 4, 0.5, colour)
    ident = str(child["身份证号"])
    masked = f"{ident[:6]}********{ident[-4:]}"
    rows = [("准考证号", f"{year % 100:02d}{rng.randrange(10**8, 10**9)}"), ("姓名", child["姓名"]), ("身份证号", masked),
            ("录取学校", school), ("录取专业", major), ("录取类别", sort), ("学制", f"{years}年"),
            ("录取时间", day.isoformat()), ("录取状态", "已录取")]
    ty += 10
    for lab, val in rows:
        p.text(34, ty, lab, 3.6, "sans", "lm", (100, 100, 100))
        p.text(70, ty, str(val), _fit_size(str(val), 3.8, "sans", 108), "sans", "lm")
        p.line(30, ty + 4, 180, ty + 4, 0.12, (210, 210, 210))
        ty += 9.5
    _barcode(p, rng, 30, ty + 2, 50, 8)
    p.text(84, ty + 6, "扫码核验通知书真伪", 2.8, "sans", "lm", LIGHT)
    # the parent's note
    st = Style.draw(rng, typed=False)
    note = rng.choice((f"{child['姓名']}录取通知书原件已交学校，此为网上打印件。",
                       "录取通知书原件学校收回，以网上查询打印件代替。"))
    ny = min(ty + 22, 268.0)
    ny = _hand_lines(p, st, 30, ny, 150, note, 4.4, 9)
    p.text(120, min(ny + 2, 282), f"家长：{hh.record['姓名']}", 4.4, "kai", "lm", st.color)
    site = f"https://zsb.{rng.choice(('edu', 'school', 'zs'))}{rng.randrange(10, 99)}.cn/lqcx/result"
    p.text(8, 291, site, 2.5, "sans", "lm")
    p.text(202, 291, "1/1", 2.5, "sans", "rm")
    if rng.random() < 0.6:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.45), 2)
    return _other("录取通知书", child["姓名"], day, p)


# ---------------------------------------------------------------------------------------------------------
# 银行卡: the bank counter's 个人账户开户证明 (a voucher printed at the window: 户名, 证件, 账号 / 卡号, 开户网点,
# 开户日期, 账户状态, 柜员 / 授权, the 业务专用章) pasted into the union's 银行卡复印件 frame in place of a copy
# of the card, the worker's 本人确认 line under the frame
# ---------------------------------------------------------------------------------------------------------
def _account_voucher(hh: Household, rng: random.Random, opened: date, printed_on: date) -> Page:
    r = hh.record
    w, h = 150.0, 100.0
    v = Page(w, h, paper=(250, 250, 252))
    key = rng.choice(("heimono", "sans"))
    brand = rng.choice(((180, 40, 40), (30, 80, 150), (20, 110, 80)))
    v.text(w / 2, 9, r["开户银行"], 4.6, "bold", "mm", brand)
    v.text(w / 2, 17, rng.choice(("个人账户开户证明", "个人银行结算账户开户证明", "账户信息证明")), 4.8, "serifbold", "mm")
    v.line(8, 22, w - 8, 22, 0.3)
    ident = str(r["身份证号"])
    rows = [("户    名", r["姓名"]), ("证件类型", "居民身份证"), ("证件号码", f"{ident[:4]}**********{ident[-4:]}"),
            ("卡    号", r["银行卡号"]), ("账户类型", rng.choice(("个人结算账户（I类）", "借记卡 I类户"))),
            ("开户机构", f"{r['开户银行']}{r['支行名称']}"), ("开户日期", opened.isoformat()), ("币    种", "人民币"),
            ("账户状态", "正常")]
    y = 28.0
    for lab, val in rows:
        v.text(12, y, f"{lab}：", 3.3, key, "lm")
        v.text(36, y, str(val), _fit_size(str(val), 3.5, key, w - 46), key, "lm")
        y += 6.6
    v.line(8, y - 1, w - 8, y - 1, 0.2)
    v.text(12, y + 4, f"打印日期：{printed_on.isoformat()}", 3.0, key, "lm")
    v.text(w - 10, y + 4, f"柜员：{rng.randrange(10**5, 10**6)}", 3.0, key, "rm")
    ring = f"{r['开户银行']}{r['支行名称']}"[:16]
    v.seal(w - 32 + rng.uniform(-5, 5), y - 14 + rng.uniform(-3, 3), 13, ring, "业务专用章", rng.uniform(-20, 20),
           _seal_colour(rng), rng.randrange(1 << 30))
    return v


@layout("其他/银行卡", "银行卡/轮换10")
def bank_account_voucher(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    lf = rng.choice(("serif", "sans", "hei"))
    sheet = Page(*A4)
    day = hh.created - timedelta(days=rng.randrange(1, 25))
    opened = hh.created - timedelta(days=rng.randrange(400, 4000))
    union = f"{hh.unit.employer}工会"
    sheet.text(105, 16, union, _fit_size(union, 4.0, lf, 160), lf, "mm")
    sheet.text(105, 26, "帮扶资金发放银行卡复印件", 5.8, "serifbold" if lf == "serif" else "bold", "mm")
    fx0, fy0, fx1, fy1 = 22.0, 36.0, 188.0, 164.0
    sheet.rect(fx0, fy0, fx1, fy1, 0.4)
    sheet.text(fx0 + 3, fy0 + 5, "银行卡复印件（正面）", 3.2, lf, "lm", LIGHT)
    sheet.text(fx1 - 3, fy1 - 4, "无银行卡的，附开户银行出具的账户证明", 2.9, lf, "rm", LIGHT)
    voucher = _account_voucher(hh, rng, opened, day)
    k = rng.choice((0.95, 1.0))
    embed_scaled(sheet, voucher, (210 - voucher.w * k) / 2 + rng.uniform(-6, 6), fy0 + 11 + rng.uniform(0, 6), k)
    st = Style.draw(rng, typed=False)
    ink = st.color
    y = fy1 + 14
    table = [("持卡人", r["姓名"]), ("开户银行", r["开户银行"]), ("支行名称", r["支行名称"]), ("银行卡号", r["银行卡号"])]
    for i in range(0, 4, 2):
        for j, (lab, val) in enumerate(table[i:i + 2]):
            x = fx0 + j * 84
            sheet.rect(x, y, x + 24, y + 11, 0.3)
            sheet.fit(x, y, x + 24, y + 11, lab, 3.4, lf)
            sheet.rect(x + 24, y, x + 82 if j == 0 else fx1, y + 11, 0.3)
            sheet.fit(x + 24, y, x + 82 if j == 0 else fx1, y + 11, str(val), 4.4, "kai", color=ink, jitter=st.rng)
        y += 11
    y += 12
    text = "本人确认以上账户为本人名下账户，用于接收困难职工帮扶资金，如账户变更将及时告知工会。"
    y = _typed_lines(sheet, fx0, y, fx1 - fx0, text, 3.7, lf, 7.6, indent=7.4)
    y += 8
    sheet.text(110, y, "本人签字：", 3.8, lf)
    sheet.text(110 + text_width("本人签字：", 3.8, lf) + 2, y + rng.uniform(-0.5, 0.3), r["姓名"], 5.2, "kai", "lm", ink)
    y += 11
    sheet.text(110, y, "日    期：", 3.8, lf)
    _hand_date(sheet, st, 110 + text_width("日    期：", 3.8, lf) + 1, y, day, 3.8, lf)
    if rng.random() < 0.75:
        sheet.mono, sheet.tone = True, round(rng.uniform(0.0, 0.45), 2)
    return _other("银行卡复印件", r["姓名"], day, sheet, "银行卡复印件")


# ---------------------------------------------------------------------------------------------------------
# 授权书: the 民政 核对中心's template 居民家庭经济状况核对授权书 (编号 at the top right, 申请事项 ticked, the
# authorisation typeset in one paragraph), a row per adult (序号, 授权人姓名, 公民身份号码, 与申请人关系, 联系电话,
# 签名并按手印 in one cell), spare rows, 受理单位 / 受理人 / 受理日期 with the union's seal at the foot
# ---------------------------------------------------------------------------------------------------------
@layout("其他/授权书", "授权书/轮换10")
def authorisation_rows(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng, typed=False)
    ink = st.color
    lf = rng.choice(("serif", "sans", "hei"))
    day = hh.created - timedelta(days=rng.randrange(5, 30))
    p = Page(*A4)
    x0, x1 = 16.0, 194.0
    p.text(x1, 12, f"编号：{rng.randrange(10**9, 10**10)}", 3.0, lf, "rm")
    p.text(105, 24, "居民家庭经济状况核对授权书", 6.4, "serifbold" if lf == "serif" else "bold", "mm")
    y = 38.0
    p.text(x0, y, "申请事项：", 3.7, lf)
    x = x0 + text_width("申请事项：", 3.7, lf) + 2
    for opt in ("困难职工建档", "医疗救助", "助学救助", "其他"):
        p.rect(x, y - 1.6, x + 3.2, y + 1.6, 0.25)
        if opt == "困难职工建档":
            p.poly([(x + 0.4, y), (x + 1.4, y + 1.4), (x + 3.6, y - 2.2)], 0.45, ink)
        p.text(x + 4.4, y, opt, 3.7, lf)
        x += 4.4 + text_width(opt, 3.7, lf) + 8
    y += 10
    text = (f"本人（申请人）及下列共同生活的家庭成员，因申请{hh.unit.employer}工会困难职工建档帮扶，同意并授权工会及"
            "居民家庭经济状况核对机构，依法查询、核对本人及家庭成员的户籍、车辆、房产、工商登记、纳税、社会保险、住房公积金、"
            "存款、理财、证券、商业保险等收入和财产信息，并将核对结果提供给工会作为认定依据。本授权书复印件、传真件与原件具有同等"
            "效力。授权人已知悉上述内容，签名并按手印确认。")
    y = _typed_lines(p, x0, y, x1 - x0, text, 3.7, lf, 7.0, indent=7.4)
    y += 3
    people = [hh.householder(), *[m for m in hh.members if m["年龄"] >= 18]][:6]
    cols = (("序号", 11.0), ("授权人姓名", 24.0), ("公民身份号码", 50.0), ("与申请人关系", 24.0), ("联系电话", 31.0),
            ("签名并按手印", x1 - x0 - 140.0))
    hh_ = 10.0
    x = x0
    for lab, cw in cols:
        _cell(p, x, y, x + cw, y + hh_, lab, 3.3, lf)
        x += cw
    y += hh_
    rh = 16.0
    for i in range(max(len(people) + 1, 4)):
        person = people[i] if i < len(people) else None
        vals: tuple[str, ...] = ("", "", "", "", "", "")
        if person is not None:
            phone = r["手机号码"] if i == 0 else (person.get("手机号码") or "")
            vals = (str(i + 1), person["姓名"], person["身份证号"], "本人" if i == 0 else person["关系"], str(phone), "")
        x = x0
        for j, ((_, cw), val) in enumerate(zip(cols, vals, strict=True)):
            p.rect(x, y, x + cw, y + rh, 0.3)
            if j == 0 and val:
                p.text(x + cw / 2, y + rh / 2, val, 3.6, lf, "mm")
            elif val:
                p.text(x + cw / 2 + st.rng.uniform(-0.8, 0.8), y + rh / 2 + st.rng.uniform(-0.5, 0.5), val,
                       _fit_size(val, 4.4, "kai", cw - 2.5), "kai", "mm", ink)
            elif j == 5 and person is not None:
                sig = rng.choice((INK_BLUE, BLACK, ink))
                p.text(x + cw * 0.38, y + rh / 2 + rng.uniform(-1, 1), person["姓名"], 5.2, "kai", "mm", sig)
                p.seal(x + cw * 0.78, y + rh / 2 + rng.uniform(-1, 1), 3.3, "", "", 0.0, FINGER_RED, rng.randrange(1 << 20))
            x += cw
        y += rh
    y += 6
    p.text(x0, y, "注：年满18周岁的共同生活家庭成员均须本人签名并按手印，无民事行为能力的由监护人代签。", 3.0, lf, "lm", LIGHT)
    y += 12
    p.text(x0, y, "申请人（签名）：", 3.7, lf)
    p.text(x0 + text_width("申请人（签名）：", 3.7, lf) + 2, y + rng.uniform(-0.5, 0.3), r["姓名"], 5.2, "kai", "lm", ink)
    p.text(x0 + 96, y, "签署日期：", 3.7, lf)
    _hand_date(p, st, x0 + 96 + text_width("签署日期：", 3.7, lf) + 1, y, day, 3.7, lf)
    y += 14
    clerk = Style.draw(rng, typed=False)
    p.text(x0, y, "受理单位（盖章）：", 3.7, lf)
    union = f"{hh.unit.employer}工会"
    p.text(x0 + text_width("受理单位（盖章）：", 3.7, lf) + 2, y, union, _fit_size(union, 3.7, lf, 70), lf)
    p.text(x0 + 118, y, "受理人：", 3.7, lf)
    p.text(x0 + 118 + text_width("受理人：", 3.7, lf) + 2, y + rng.uniform(-0.5, 0.3), r["建档人"], 4.8, "kai", "lm",
           clerk.color)
    p.seal(x0 + 60 + rng.uniform(-6, 6), min(y + 2, 272) + rng.uniform(-2, 2), 16, union[:14], "", rng.uniform(-25, 25),
           _seal_colour(rng), rng.randrange(1 << 30))
    if rng.random() < 0.5:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("授权书", r["姓名"], day, p, "授权书（声明书）")


# ---------------------------------------------------------------------------------------------------------
# 会议记录: typed minutes of a 职工代表 评议 sitting set out as who said what: the particulars in a ruled box at the
# top, then 发言人：发言内容 paragraphs (the chair opens, the clerk reports the applicant, members speak), 表决情况 by
# show of hands, 会议结论; the attendance written in by hand at the foot in a grid of boxes, page number under it
# ---------------------------------------------------------------------------------------------------------
@layout("其他/会议记录", "会议记录/轮换10")
def minutes_speakers(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    lf = rng.choice(("serif", "sans", "hei"))
    bold = "serifbold" if lf == "serif" else "bold"
    day = hh.publicity_start - timedelta(days=rng.randrange(1, 8))
    due = rng.randrange(5, 10)
    present = due - rng.choice((0, 0, 1))
    others = [_name(rng) for _ in range(present - 2)]
    p = Page(*A4)
    x0, x1 = 20.0, 190.0
    union = f"{hh.unit.employer}工会"
    p.text(105, 20, union, _fit_size(union, 4.4, lf, 160), lf, "mm")
    p.text(105, 30, "民主评议会议记录", 6.6, bold, "mm")
    y = 40.0
    box = [("会议时间", f"{cn_date(day)} {rng.choice(('9:00', '14:30', '15:00', '10:00'))}"),
           ("会议地点", rng.choice(("工会办公室", "职工之家活动室", "三楼小会议室"))),
           ("主 持 人", r["审核人"]), ("记 录 人", r["建档人"]),
           ("应到人数", f"{due}人"), ("实到人数", f"{present}人")]
    bw = (x1 - x0) / 2
    for i, (lab, val) in enumerate(box):
        row, col = divmod(i, 2)
        bx = x0 + col * bw
        p.rect(bx, y + row * 9, bx + 24, y + (row + 1) * 9, 0.3)
        p.fit(bx, y + row * 9, bx + 24, y + (row + 1) * 9, lab, 3.4, lf)
        p.rect(bx + 24, y + row * 9, bx + bw, y + (row + 1) * 9, 0.3)
        p.text(bx + 27, y + (row + 0.5) * 9, val, _fit_size(val, 3.6, lf, bw - 30), lf)
    y += 3 * 9 + 9
    p.text(x0, y, "议题：", 3.8, bold)
    p.text(x0 + text_width("议题：", 3.8, bold) + 1, y, "对申请困难职工建档的职工进行民主评议。", 3.8, lf)
    y += 10
    cause = str(r["主要致困原因"])
    a, b = [*others, r["审核人"], r["审核人"]][:2]
    speeches = [
        (r["审核人"], f"今天召开民主评议会，对{r['姓名']}同志的建档申请进行评议。请记录人先介绍申请人家庭情况。"),
        (r["建档人"], f"{r['姓名']}同志家庭人口{r['家庭人口']}人，主要致困原因为{cause}。已入户走访，申请材料齐全，"
                      "家庭收入情况经核对属实。"),
        (a, rng.choice(("我了解他家的情况，确实比较困难，同意建档。", "情况属实，符合建档条件，我同意。",
                        "家庭负担重，建议列入帮扶对象。"))),
        (b, rng.choice(("同意，建议后续跟进帮扶。", "没有不同意见，同意建档。", "同意，公示时注意保护个人隐私。"))),
    ]
    for who, said in speeches:
        label = f"{who}："
        p.text(x0, y, label, 3.8, bold)
        y = _typed_lines(p, x0 + text_width(label, 3.8, bold) + 1, y, x1 - x0 - text_width(label, 3.8, bold) - 1, said, 3.8,
                         lf, 7.2)
        y += 2
    against = rng.choice((0, 0, 0, 1)) if present > 4 else 0
    p.text(x0, y, "表决情况：", 3.8, bold)
    vote = f"举手表决，实到{present}人，同意{present - against}人，不同意{against}人，弃权0人。"
    y = _typed_lines(p, x0 + text_width("表决情况：", 3.8, bold) + 1, y, 140, vote, 3.8, lf, 7.2) + 2
    p.text(x0, y, "会议结论：", 3.8, bold)
    verdict = f"同意{r['姓名']}同志列为困难职工建档对象，在本单位公示后报上级工会审批。"
    y = _typed_lines(p, x0 + text_width("会议结论：", 3.8, bold) + 1, y, 140, verdict, 3.8, lf, 7.2) + 6
    # attendance written in by hand
    p.text(x0, y, "参会人员签名：", 3.8, bold)
    y += 5
    signers = [r["审核人"], r["建档人"], *others]
    rng.shuffle(signers)
    per_row = 5
    cw = (x1 - x0) / per_row
    rows_n = (len(signers) + per_row - 1) // per_row
    for i in range(rows_n * per_row):
        row, col = divmod(i, per_row)
        bx, by = x0 + col * cw, y + row * 12
        p.rect(bx, by, bx + cw, by + 12, 0.3)
        if i < len(signers):
            colour = rng.choice((INK_BLUE, BLACK))
            p.text(bx + cw / 2 + rng.uniform(-2, 2), by + 6 + rng.uniform(-1, 1), signers[i],
                   _fit_size(signers[i], 5.0, "kai", cw - 3), "kai", "mm", colour)
    y += rows_n * 12 + 8
    p.text(x1, min(y, 280), f"记录人：{r['建档人']}", 3.6, lf, "rm")
    p.text(105, 288, "第 1 页  共 1 页", 3.0, lf, "mm")
    if rng.random() < 0.5:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("民主评议会议记录", r["姓名"], day, p)
