"""Printings of the 其他 papers added with rotation 6 (2026-12-06), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from REAL-DOCUMENTS.md and the seeds with the parts of ``render``, ``papers_rotation3``,
``papers_rotation4`` and ``other_rotation5``; each keeps the signature of its kind's first layout and the 其他
truth of ``render._other`` (材料名称, 姓名, 日期), every value of which is printed on the page.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.other_rotation5 import WEEKDAYS, _copied, _hand_lines, _name, rmb_upper
from dangan.synth.papers_other import RED_HEAD
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.papers_rotation4 import _line_field
from dangan.synth.render import A4, Document, Grid, L, Style, V, _other, _para, _seal_on, _student, cn_date

LANDSCAPE = (A4[1], A4[0])
PAD_RED = (180, 50, 50)
RULE_BLUE = (140, 160, 200)
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _typed_lines(p: Page, x: float, y: float, w: float, text: str, size: float, key: str, gap: float,
                 indent: float = 0.0) -> float:
    """``text`` typeset line after line (first line indented); returns the y of the next line."""
    cx, line = x + indent, ""
    for ch in text:
        if cx + text_width(line + ch, size, key) > x + w and line:
            p.text(cx, y, line, size, key)
            cx, line, y = x, "", y + gap
        line += ch
    if line:
        p.text(cx, y, line, size, key)
    return y + gap


def _id_number(region: str, born: date, rng: random.Random) -> str:
    """A 18-digit 公民身份号码 of someone born on ``born`` in ``region`` (check digit computed)."""
    head = f"{region}{born:%Y%m%d}{rng.randrange(100, 999)}"
    check = "10X98765432"[sum(int(c) * w for c, w in zip(head, ID_WEIGHTS, strict=True)) % 11]
    return head + check


def _person_of(hh: Household, name: str) -> dict[str, Any]:
    try:
        return hh.person(name)
    except StopIteration:
        return {}


# ---------------------------------------------------------------------------------------------------------
# 证明: a leaf of a bound 证明 pad in landscape, the 存根 on the left, the perforation with the 骑缝章,
# the 证明 written by hand on the right, the issuer's seal over the date
# ---------------------------------------------------------------------------------------------------------
@layout("其他/证明", "证明/轮换6")
def certificate_counterfoil(hh: Household, rng: random.Random, kind: str, name: str, heading: str, body: str,
                            issuer: str, ring: str, day: date, centre: str = "") -> Document:
    st = Style.draw(rng, typed=False)
    p = Page(*LANDSCAPE, paper=(252, 250, 243))
    serial = f"{rng.randrange(1, 99999):05d}"
    cut = 96.0
    label = Style(rng=rng, hand=True, value_font="kai", color=st.color, date_style=1, money_style=0, tick="hand",
                  label_font=rng.choice(("serif", "sans")))
    # the 存根 (counterfoil), kept in the pad
    p.text(cut / 2 + 4, 26, "证 明 存 根", 5.6, "serifbold", "mm", PAD_RED)
    p.text(cut - 8, 38, f"No.{serial}", 3.2, "heimono", "rm", PAD_RED)
    handler = _name(rng)
    y = 52.0
    for lab, text in (("姓名", name), ("事由", kind), ("开具单位", issuer), ("经办人", handler),
                      ("开具日期", cn_date(day))):
        _line_field(p, label, 14, y, lab, text, cut - 28 - text_width(f"{lab}：", 3.0, label.label_font))
        y += 14
    p.text(14, y + 6, "备注：", 3.0, label.label_font)
    p.line(24, y + 8.4, cut - 10, y + 8.4, 0.15)
    # the perforation and its 骑缝 number and seal
    for k in range(0, 200, 4):
        p.line(cut, 5 + k, cut, 7 + k, 0.25, (120, 120, 120))
    for k, ch in enumerate(f"第{serial}号"):
        p.text(cut - 3.5, 70 + k * 5, ch, 3.4, "kai", "mm", st.color)
    p.seal(cut + rng.uniform(-2, 2), rng.uniform(100, 130), 15 * rng.uniform(0.95, 1.05), ring[:14], centre,
           rng.uniform(-20, 20), (rng.randrange(185, 230), rng.randrange(20, 60), rng.randrange(20, 60)),
           rng.randrange(1 << 30))
    # the 证明 itself
    x0, x1 = cut + 14, 283.0
    p.text((x0 + x1) / 2, 24, "证    明", 8.0, "serifbold", "mm", PAD_RED)
    p.text(x1, 24, f"No.{serial}", 3.2, "heimono", "rm", PAD_RED)
    p.line(x0, 32, x1, 32, 0.4, PAD_RED)
    p.text((x0 + x1) / 2, 40, f"（{heading.replace(' ', '')}）", 4.6, "kai", "mm", st.color)
    y = _hand_lines(p, st, x0 + 2, 54, x1 - x0 - 4, body, 4.8, 11.5, indent=10)
    if "特此证明" not in body:
        p.text(x0 + 12, y, "特此证明。", 4.8, "kai", "lm", st.color)
        y += 11.5
    y = max(y + 14, 150.0)
    p.text(x1 - 12, y, issuer, 4.6 if len(issuer) < 14 else 4.0, "kai", "rm", st.color)
    p.text(x1 - 16, y + 12, cn_date(day), 4.6, "kai", "rm", st.color)
    p.text(x0 + 4, y + 12, f"经办人：{handler}", 4.2, "kai", "lm", st.color)
    _seal_on(p, st, x1 - 40, y + 5, ring[:14], centre, 18)
    p.text((x0 + x1) / 2, 203, "（此证明涂改无效）", 2.8, label.label_font, "mm", PAD_RED)
    if rng.random() < 0.5:
        p.mono, p.tone = True, round(rng.uniform(0.1, 0.6), 2)
    return _other(kind, name, day, p, heading)


# ---------------------------------------------------------------------------------------------------------
# 票据: a 财政电子票据 printed on A4 from the checking site (QR code, 票据代码 / 号码 / 校验码, the item table
# in two column sets, 合计 in words and figures, the electronic seals), the applicant's note by hand below
# ---------------------------------------------------------------------------------------------------------
def _qr(p: Page, rng: random.Random, x: float, y: float, size: float) -> None:
    n = 25
    cell = size / n
    finder = {(0, 0), (0, n - 7), (n - 7, 0)}
    for i in range(n):
        for j in range(n):
            in_finder = any(fi <= i < fi + 7 and fj <= j < fj + 7 for fi, fj in finder)
            if not in_finder and rng.random() < 0.5:
                p.rect(x + j * cell, y + i * cell, x + (j + 1) * cell, y + (i + 1) * cell, 0.01, BLACK, fill=BLACK)
    for fi, fj in finder:
        fx, fy = x + fj * cell, y + fi * cell
        p.rect(fx, fy, fx + 7 * cell, fy + 7 * cell, 0.01, BLACK, fill=BLACK)
        p.rect(fx + cell, fy + cell, fx + 6 * cell, fy + 6 * cell, 0.01, (255, 255, 255), fill=(255, 255, 255))
        p.rect(fx + 2 * cell, fy + 2 * cell, fx + 5 * cell, fy + 5 * cell, 0.01, BLACK, fill=BLACK)


def _e_bill(hh: Household, rng: random.Random, name: str, payee: str, items: str, day: date, title: str,
            centre: str, top: float) -> tuple[Page, float]:
    """One 电子票据 (A4 width, 128 mm tall) placed at ``top`` of an A4 page; returns its total."""
    p = Page(*A4)
    province = "浙江" if hh.unit.province == "杭州" else hh.unit.province
    medical = "医疗" in title
    head = f"{title[:-2]}电子票据" if medical else f"{province}省非税收入统一票据（电子）"
    p.seal(105, top + 10, 8.5, "全国统一电子票据监制章", "财政部监制", 0.0, (205, 60, 60), rng.randrange(1 << 30))
    p.text(105, top + 24, head, 5.6, "serifbold", "mm", (150, 60, 40))
    if medical:
        p.text(105, top + 31, f"（{rng.choice(('门诊', '住院'))}）", 3.4, "serif", "mm", (150, 60, 40))
    _qr(p, rng, 14, top + 4, 22)
    code = f"{hh.unit.region_code[:2]}{rng.randrange(10**5, 10**6)}{rng.choice(('04', '01'))}"
    facts = [("票据代码", code), ("票据号码", f"{rng.randrange(10**9, 10**10)}"),
             ("校验码", "".join(rng.choice("0123456789abcdef") for _ in range(6))), ("开票日期", day.isoformat())]
    for i, (lab, val) in enumerate(facts):
        p.text(150, top + 6 + i * 5.2, f"{lab}：{val}", 2.9, "sans", "lm", (150, 60, 40) if i < 2 else BLACK)
    pid = _person_of(hh, name).get("身份证号") or ""
    p.text(14, top + 38, f"交款人统一社会信用代码：{pid}", 3.0, "sans")
    p.text(130, top + 38, f"交款人：{name}", 3.2, "sans")
    # the item table: two sets of columns side by side, as the national template has them
    lines = items.split(" / ")
    amounts = [rng.randrange(5, 2500) + rng.randrange(100) / 100 for _ in lines]
    total = round(sum(amounts), 2)
    x0, x1, y = 12.0, 198.0, top + 42
    p.rect(x0, y, x1, y + 66, 0.3, (150, 60, 40))
    half = (x1 - x0) / 2
    cols = (0.0, 38.0, 54.0, 76.0)
    for k in range(2):
        bx = x0 + k * half
        for c, lab in zip(cols, ("项目名称", "数量/单位", "金额（元）", "备注"), strict=True):
            p.text(bx + c + 2, y + 4, lab, 2.8, "sans", "lm", (150, 60, 40))
        if k:
            p.line(bx, y, bx, y + 40, 0.2, (150, 60, 40))
    p.line(x0, y + 7.5, x1, y + 7.5, 0.2, (150, 60, 40))
    for i, (it, amount) in enumerate(zip(lines, amounts, strict=True)):
        bx = x0 + (i % 2) * half
        ry = y + 12 + (i // 2) * 6
        p.text(bx + 2, ry, it, 3.0, "hei")
        p.text(bx + 40, ry, "1/项", 3.0, "hei")
        p.text(bx + 73, ry, f"{amount:.2f}", 3.0, "hei", "rm")
    p.line(x0, y + 40, x1, y + 40, 0.2, (150, 60, 40))
    p.text(x0 + 2, y + 45, f"金额合计（大写）  {rmb_upper(total)}", 3.1, "hei")
    p.text(x1 - 4, y + 45, f"（小写）¥{total:.2f}", 3.1, "hei", "rm")
    p.line(x0, y + 50, x1, y + 50, 0.2, (150, 60, 40))
    if medical:
        remark = (f"业务流水号：{rng.randrange(10**11, 10**12)}  医保类型：{rng.choice(('职工基本医疗保险', '城乡居民医保'))}  "
                  f"个人现金支付：{total * rng.uniform(0.3, 0.7):.2f}")
    else:
        remark = f"学年：{day.year}-{day.year + 1}  缴费方式：{rng.choice(('网上缴费', '银行代收', '现场缴费'))}"
    p.text(x0 + 2, y + 55, "备注", 2.8, "sans", "lm", (150, 60, 40))
    p.text(x0 + 14, y + 55, remark, 2.8, "hei")
    y += 66
    p.text(14, y + 6, f"收款单位（章）：{payee}", 3.0, "sans")
    p.text(120, y + 6, f"复核人：{_name(rng)}", 3.0, "sans")
    p.text(165, y + 6, f"收款人：{_name(rng)}", 3.0, "sans")
    p.seal(rng.uniform(40, 60), y - 6, 12, payee[:14], centre, 0.0, (215, 40, 50), rng.randrange(1 << 30))
    return p, total


@layout("其他/票据", "票据/轮换6")
def receipt_e_bill(hh: Household, rng: random.Random, kind: str, name: str, payee: str, items: str, day: date,
                   title: str, centre: str) -> Document:
    p = Page(*A4)
    p.text(8, 6, f"{day:%Y/%m/%d} {rng.randrange(8, 21)}:{rng.randrange(60):02d}", 2.4, "sans")
    p.text(105, 6, "电子票据查验", 2.4, "sans", "mm")
    p.text(202, 291, "1/1", 2.4, "sans", "rm")
    n = rng.choice((1, 1, 2))
    for k in range(n):
        bill, _ = _e_bill(hh, rng, name, payee, items, day, title, centre, 14 + k * 132)
        p.ops += bill.ops
    hand = Style.draw(rng, typed=False)
    y = 150.0 if n == 1 else 282.0
    if n == 1:
        p.line(12, y - 8, 198, y - 8, 0.15, (170, 170, 170))
    note = f"{kind}（电子票据打印件）{n}张  交款人：{name}"
    p.text(24 + rng.uniform(0, 10), y + (6 if n == 1 else 0), note, 4.6 if n == 1 else 3.8, "kai", "lm", hand.color)
    if rng.random() < 0.35:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.4), 2)
    return _other(kind, name, day, p)


# ---------------------------------------------------------------------------------------------------------
# 录取通知书: a mail-merged A4 notice of a 高中 / 中职 with its 报到 arrangements and a 回执 below a cut line,
# usually photocopied whole before the 回执 is cut off
# ---------------------------------------------------------------------------------------------------------
@layout("其他/录取通知书", "录取通知书/轮换6")
def admission_with_reply_slip(hh: Household, rng: random.Random) -> Document:
    child = _student(hh)
    school = child.get("单位或学校") or "某中学"
    year = int(child.get("入学年份") or hh.created.year)
    day = date(year, 7, rng.randrange(1, 28))
    report = date(year, 8, rng.randrange(20, 31))
    level = child.get("当前学历") or ""
    major = ("高一新生" if "高中" in level or not level else
             rng.choice(("数控技术应用专业", "电子商务专业", "护理专业", "会计事务专业", "汽车运用与维修专业")))
    font = rng.choice(("serif", "sans"))
    p = Page(*A4)
    p.text(105, 22, school, 7.4, "kai" if rng.random() < 0.5 else "serifbold", "mm", RED_HEAD)
    p.line(16, 30, 194, 30, 0.8, RED_HEAD)
    p.line(16, 31.4, 194, 31.4, 0.25, RED_HEAD)
    p.text(194, 37, f"编号：{year % 100:02d}{rng.randrange(1000, 9999)}", 3.2, "heimono", "rm")
    p.text(105, 48, "录 取 通 知 书", 8.0, "serifbold", "mm", RED_HEAD)
    p.text(22, 64, f"{child['姓名']}", 4.6, "bold")
    p.text(22 + text_width(child["姓名"], 4.6, "bold") + 1, 64, "同学：", 4.2, font)
    y = _typed_lines(p, 22, 74, 166, (f"祝贺你！根据{hh.unit.city}市{year}年高中阶段学校招生工作有关规定，经审核，"
                                     f"你已被我校录取为{year}级{major}。"), 4.0, font, 8.5, indent=8.4)
    y = _typed_lines(p, 22, y, 166, (f"请于{report.year}年{report.month}月{report.day}日（星期{WEEKDAYS[report.weekday()]}）"
                                     "上午8:00至11:30由家长陪同，持本通知书到校报到。"), 4.0, font, 8.5, indent=8.4)
    p.text(22, y + 2, "报到时请携带：", 3.8, "bold")
    y += 11
    for ln in ("1. 本通知书及中考准考证；", "2. 户口簿复印件、学生身份证复印件各一份；",
               "3. 近期一寸免冠彩色照片三张；", "4. 享受资助政策的，请携带低保证、困难职工证等证明材料。"):
        p.text(30, y, ln, 3.6, font)
        y += 7.5
    y = _typed_lines(p, 22, y + 3, 166, "无故逾期一周不报到者，视为自动放弃入学资格。", 3.8, font, 8.5, indent=8.4)
    p.text(150, y + 12, school, 4.2, font, "mm")
    p.text(150, y + 22, cn_date(day), 4.2, font, "mm")
    _seal_on(p, Style.draw(rng), 152, y + 14, school[:12], "", 17)
    p.text(22, y + 34, f"学校地址：{hh.unit.city}市{rng.choice(hh.unit.streets)}{rng.randrange(1, 300)}号    "
                       f"招生咨询电话：{hh.unit.phone_area}-{rng.randrange(10**7, 10**8)}", 3.0, font)
    cut = max(y + 46, 200.0)
    for k in range(0, 186, 3):
        p.line(12 + k, cut, 13.6 + k, cut, 0.25, (90, 90, 90))
    p.text(105, cut, "  沿此线剪下  ", 2.8, font, "mm")
    p.text(105, cut + 10, "回    执", 5.2, "bold", "mm")
    g = Grid(p, Style.draw(rng, typed=True), 22, cut + 16, 166)
    g.row([(1, L("学生姓名")), (2, V(child["姓名"])), (1, L("录取类别")), (2, V(major))], 10)
    g.row([(1, L("是否报到")), (2, None), (1, L("家长签名")), (2, None)], 10)
    g.row([(1, L("联系电话")), (5, None)], 10)
    p.text(22, g.y + 6, "注：请将回执于报到时交班主任。", 3.0, font)
    if rng.random() < 0.55:
        p.mono, p.tone = True, round(rng.uniform(0.05, 0.55), 2)
    return _other("录取通知书", child["姓名"], day, p)


# ---------------------------------------------------------------------------------------------------------
# 银行卡: the 社会保障卡 with its bank account (金融社保卡), front and back enlarged on a landscape copy,
# the holder's note of 开户行 written below
# ---------------------------------------------------------------------------------------------------------
@layout("其他/银行卡", "银行卡/轮换6")
def social_security_card_copy(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    w, h = 85.6, 54.0
    front = Page(w, h, paper=(226, 236, 246))
    front.rect(0, 0, w, 11, 0.1, (40, 90, 160), fill=(40, 90, 160))
    front.text(w / 2 + 4, 5.5, "中华人民共和国社会保障卡", 3.6, "bold", "mm", (250, 250, 250))
    front.poly([(6 + 3 * (k % 2), 2.5 + k * 0.75) for k in range(9)], 0.6, (250, 210, 80))
    front.rect(5, 15, 25, 40, 0.2, (140, 140, 140), fill=(200, 205, 215))  # the photo
    front.text(15, 27.5, "照片", 2.6, "sans", "mm", (120, 120, 130))
    for i, (lab, val) in enumerate((("姓名", r["姓名"]), ("社会保障号码", r["身份证号"]),
                                    ("社会保障卡号", f"{rng.choice('ABCDEFGH')}{rng.randrange(10**7, 10**8)}"),
                                    ("发卡日期", f"{hh.created.year - rng.randrange(1, 6)}年{rng.randrange(1, 13)}月"))):
        front.text(29, 17 + i * 6, lab, 2.2, "sans", "lm", (60, 60, 80))
        front.text(45, 17 + i * 6, val, 2.9, "hei", "lm", BLACK)
    front.rect(48, 40, 59, 49, 0.2, (150, 130, 60), fill=(210, 190, 120))  # the chip
    front.text(5, 48, r["开户银行"], 3.2, "bold", "lm", (160, 30, 40))
    front.rect(68, 43, 82, 51, 0.2, (250, 250, 250), fill=(250, 250, 250))
    front.text(75, 47, "银联", 2.8, "bold", "mm", (20, 60, 120))
    back = Page(w, h, paper=(236, 238, 240))
    back.rect(0, 5, w, 14, 0.1, BLACK, fill=(25, 25, 25))
    card = r["银行卡号"]
    back.text(5, 20, "银行账号", 2.3, "sans", "lm", (70, 70, 70))
    back.text(5, 25, " ".join(card[i:i + 4] for i in range(0, len(card), 4)), 3.3, "heimono", "lm", BLACK)
    back.text(5, 32, "1.本卡为社会保障卡，具有社会保障和金融功能。", 2.1, "sans")
    back.text(5, 36, "2.本卡仅限持卡人本人使用，请妥善保管，遗失请及时挂失。", 2.1, "sans")
    back.text(5, 40, "3.卡片信息变更请到社会保障卡服务网点办理。", 2.1, "sans")
    back.text(5, 47, f"服务电话：12333    {r['开户银行']} 95{rng.randrange(500, 599)}", 2.3, "hei")
    k = rng.choice((1.3, 1.4, 1.5))
    sheet = Page(*LANDSCAPE, paper=(246, 246, 244))
    gap = rng.uniform(10, 22)
    x = (297 - 2 * w * k - gap) / 2 + rng.uniform(-8, 8)
    y = rng.uniform(18, 30)
    embed_scaled(sheet, _copied(front), x, y, k)
    embed_scaled(sheet, _copied(back), x + w * k + gap, y, k)
    st = Style.draw(rng, typed=False)
    day = hh.created - timedelta(days=rng.randrange(1, 25))
    y0 = y + h * k + 18
    lines = ("银行卡复印件（社保卡金融账户）", f"开户行：{r['开户银行']}{r['支行名称']}", f"户名：{r['姓名']}",
             "此卡用于领取帮扶资金，复印件与原件一致。")
    for i, text in enumerate(lines):
        sheet.text(40 + st.rng.uniform(-1, 1), y0 + i * 11 + st.rng.uniform(-0.5, 0.5), text, 5.0, "kai", "lm", st.color)
    sheet.text(180, y0 + 48, f"持卡人：{r['姓名']}", 5.0, "kai", "lm", st.color)
    sheet.text(186, y0 + 59, cn_date(day), 4.8, "kai", "lm", st.color)
    sheet.mono, sheet.tone = True, round(rng.uniform(0.2, 0.7), 2)
    return _other("银行卡复印件", r["姓名"], day, sheet, "银行卡复印件")


# ---------------------------------------------------------------------------------------------------------
# 授权书: a printed 授权书 (委托代办) with blanks the applicant filled in: 委托人, 受托人, the reason, the matters
# delegated, the term; both sign, the applicant's fingerprint, the union's witness and seal
# ---------------------------------------------------------------------------------------------------------
@layout("其他/授权书", "授权书/轮换6")
def authorisation_delegate(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng, typed=False)
    day = hh.created - timedelta(days=rng.randrange(10, 45))
    adults = [m for m in hh.members if m["年龄"] >= 18]
    if adults:
        agent = rng.choice(adults)
        agent_name, relation, agent_id = agent["姓名"], agent["关系"], agent["身份证号"]
    else:
        agent_name, relation = _name(rng), rng.choice(("兄弟", "姐妹", "同事", "朋友"))
        born = date(int(r["出生日期"][:4]) + rng.randrange(-6, 7), rng.randrange(1, 13), rng.randrange(1, 29))
        agent_id = _id_number(hh.unit.region_code, born, rng)
    if r["健康状况"] != "健康":
        reason = rng.choice(("身患疾病、行动不便", "长期住院治疗"))
    else:
        reason = rng.choice(("在外地务工", "工作时间无法请假", "需在家照料病人"))
    p = Page(*A4)
    p.text(105, 26, "授  权  书", 8.0, "bold" if st.label_font != "serif" else "serifbold", "mm")
    p.text(105, 36, "（委托他人代为办理）", 3.8, st.label_font, "mm")
    size, gap = 3.9, 10.0
    y = _para(p, st, 22, 52, 166, [("委托人（授权人）：", False), (r["姓名"], True), ("  性别：", False), (r["性别"], True),
                                   ("  身份证号码：", False), (r["身份证号"], True)], size, gap)
    y = _para(p, st, 22, y, 166, [("工作单位：", False), (r["工作单位"], True), ("  联系电话：", False),
                                  (r["手机号码"], True)], size, gap)
    y = _para(p, st, 22, y + 2, 166, [("受托人：", False), (agent_name, True), ("  与委托人关系：", False),
                                      (relation, True), ("  身份证号码：", False), (agent_id, True)], size, gap)
    y = _para(p, st, 22, y + 4, 166, [("    本人因", False), (reason, True),
                                      ("，不能亲自到工会办理困难职工建档申请相关事宜，现委托受托人代为办理以下事项：", False)],
              size, gap)
    for item in ("1. 代为递交困难职工家庭情况登记表及相关证明材料；", "2. 代为接受入户调查，签署调查记录；",
                 "3. 代为领取有关通知及帮扶资金。"):
        p.text(30, y, item, size, st.label_font)
        y += gap
    y = _typed_lines(p, 22, y, 166, "受托人在上述权限内签署的文件和办理的手续，本人均予以承认，由此产生的法律责任由本人承担。",
                     size, st.label_font, gap, indent=8)
    end = day + timedelta(days=365)
    y = _para(p, st, 22, y, 166, [("    委托期限：自", False), (cn_date(day), True), ("起至", False), (cn_date(end), True),
                                  ("止。", False)], size, gap)
    y += 12
    p.text(26, y, "委托人（签名并按手印）：", size, st.label_font)
    p.text(80, y, r["姓名"], 5.4, "kai", "lm", st.color)
    p.ops.append(("seal", 102, y, 3.0, "", "", 0.0, (200, 40, 50), rng.randrange(1 << 20)))
    p.text(120, y, "受托人（签名）：", size, st.label_font)
    p.text(154, y, agent_name, 5.2, "kai", "lm", rng.choice((INK_BLUE, BLACK)))
    p.text(132, y + 14, cn_date(day), 4.8, "kai", "lm", st.color)
    y += 30
    p.rect(22, y, 188, y + 34, 0.3)
    p.text(26, y + 7, "见证单位意见：", size, st.label_font)
    p.text(34, y + 17, "经核，委托人、受托人身份属实，同意由受托人代为办理。", 4.4, "kai", "lm", INK_BLUE)
    p.text(110, y + 28, f"经办人：{r['建档人']}", 4.2, "kai", "lm", INK_BLUE)
    _seal_on(p, st, 160, y + 18, f"{hh.unit.employer}工会委员会"[:16], "", 15)
    p.text(22, 282, "附：委托人、受托人身份证复印件各一份。", 3.2, st.label_font)
    if rng.random() < 0.4:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other("授权书", r["姓名"], day, p, "授权书（声明书）")


# ---------------------------------------------------------------------------------------------------------
# 会议记录: an open 会议记录本 (the unit's bound book with the printed head of every page) copied as one
# landscape spread, written by hand across both pages, the members' signatures at the end
# ---------------------------------------------------------------------------------------------------------
class _Book:
    """Hand lines written onto the ruled body of the left page, then the right page."""

    def __init__(self, p: Page, st: Style, pages: list[tuple[float, float, float]], gap: float) -> None:
        self.p, self.st, self.pages, self.gap = p, st, pages, gap
        self.at, self.y = 0, pages[0][1]

    def write(self, text: str, indent: float = 0.0, size: float = 4.3) -> None:
        x = self.pages[self.at][0]
        cx, line = x + indent, ""
        for ch in text:
            if cx + text_width(line + ch, size, "kai") > x + 122 and line:
                self._put(cx, line, size)
                cx, line = self.pages[self.at][0], ""
            line += ch
        if line:
            self._put(cx, line, size)

    def _put(self, x: float, line: str, size: float) -> None:
        bx, _, bottom = self.pages[self.at]
        if self.y > bottom and self.at + 1 < len(self.pages):
            self.at += 1
            x = x - bx + self.pages[self.at][0]
            self.y = self.pages[self.at][1]
        self.p.text(x, self.y - 3.0 + self.st.rng.uniform(-0.4, 0.3), line, size, "kai", "lm", self.st.color)
        self.y += self.gap


@layout("其他/会议记录", "会议记录/轮换6")
def minutes_book_spread(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng, typed=False)
    day = hh.publicity_start - timedelta(days=rng.randrange(1, 8))
    p = Page(*LANDSCAPE, paper=(250, 249, 242))
    for k in range(8):  # the binding's shadow in the copy
        g = 150 + k * 12
        p.rect(148.5 - 4 + k * 0.5, 0, 148.5 + 4 - k * 0.5, 210, 0.01, (g, g, g), fill=(g, g, g))
    lefts = (12.0, 160.0)
    present = rng.randrange(7, 13)
    members = [r["审核人"], r["建档人"], *[_name(rng) for _ in range(present - 2)]]
    label_font = rng.choice(("serif", "sans"))
    ruled_top = 76.0
    leaf = rng.randrange(2, 90, 2)
    gap = 9.0
    for i, x in enumerate(lefts):
        p.text(x + 64, 14, "会  议  记  录", 5.0, "serifbold", "mm", (40, 70, 130))
        p.line(x, 19, x + 128, 19, 0.5, (40, 70, 130))
        if i == 0:
            rows = [("会议名称", "困难职工建档民主评议会"), ("时    间", f"{cn_date(day)} 下午{rng.randrange(2, 4)}:30"),
                    ("地    点", f"{r['单位']}工会{rng.choice(('会议室', '活动室', '办公室'))}"),
                    ("主 持 人", f"{r['审核人']}"), ("记 录 人", r["建档人"]),
                    ("出席人员", f"{'、'.join(members[:6])}等{present}人")]
            for k, (lab, val) in enumerate(rows):
                yy = 22 + k * 8.5
                p.rect(x, yy, x + 128, yy + 8.5, 0.2, (40, 70, 130))
                p.line(x + 22, yy, x + 22, yy + 8.5, 0.2, (40, 70, 130))
                p.text(x + 2, yy + 4.25, lab, 3.2, label_font, "lm", (40, 70, 130))
                size = 4.0
                while text_width(val, size, "kai") > 102 and size > 2.8:
                    size *= 0.93
                p.text(x + 24, yy + 4.25 + rng.uniform(-0.3, 0.3), val, size, "kai", "lm", st.color)
            top = ruled_top
        else:
            top = 28.0
        for k in range(int((196 - top) // gap) + 1):
            p.line(x, top + k * gap, x + 128, top + k * gap, 0.15, RULE_BLUE)
        p.text(x + 64, 203, f"第 {leaf + i} 页", 2.8, label_font, "mm", (40, 70, 130))
    book = _Book(p, st, [(lefts[0] + 2, ruled_top + gap, 190.0), (lefts[1] + 2, 28.0 + gap, 190.0)], gap)
    book.write(f"{day.year}年困难职工建档民主评议会议记录", indent=16, size=4.6)
    speakers = members[2:4]
    book.write(f"一、{r['审核人']}主席说明本次评议的程序和要求，评议实行一户一议。", indent=8)
    book.write(f"二、{r['建档人']}介绍{r['姓名']}同志家庭情况：家庭人口{r['家庭人口']}人，"
               f"主要致困原因为{r['主要致困原因']}，家庭月人均收入约{float(r['家庭月人均收入']):g}元，经入户调查情况属实。", indent=8)
    book.write("三、与会人员发言：", indent=8)
    book.write(f"{speakers[0]}：该同志家庭确实困难，情况属实，同意建档。", indent=8)
    book.write(f"{speakers[1]}：同意，建议帮扶时优先考虑。", indent=8)
    book.write(f"四、举手表决：实到{present}人，同意{present}人，反对0人，弃权0人。", indent=8)
    book.write(f"五、会议决定：同意{r['姓名']}同志列为困难职工建档对象，在本单位公示5个工作日。", indent=8)
    book.write("参会人员签字：", indent=0)
    x0, _, _ = book.pages[book.at]
    y = book.y
    for i, n in enumerate(members):
        col, row = i % 4, i // 4
        p.text(x0 + 4 + col * 30, y - 2 + row * gap, n, 4.4, "kai", "lm", rng.choice((INK_BLUE, BLACK, st.color)))
    if rng.random() < 0.7:
        p.mono, p.tone = True, round(rng.uniform(0.1, 0.6), 2)
    return _other("民主评议会议记录", r["姓名"], day, p)
