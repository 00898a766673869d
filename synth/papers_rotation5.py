"""Rotation 5's printings of 身份证, 户口簿, 低保证 and 诊断证明 (2026-12-06), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Drawn from REAL-DOCUMENTS.md and ARCHIVE-SCHEMA.md with the card, booklet and copier parts of ``papers_id``
and ``papers_rotation3``. Truth as for the kind's other layouts (synth/README.md "Output").
"""

from __future__ import annotations

import math
import random
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.papers_cert import ADVICE, EXTRA_DIAGNOSES, _dibao_facts, dibao_document
from dangan.synth.papers_id import CARD, EDUCATION, _copy_note, id_back, id_facts, id_front
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.render import A4, Document, Grid, L, Style, V, _seal_on, _title, cn_date

A4_LANDSCAPE = (297.0, 210.0)


# ---------------------------------------------------------------------------------------------------------
# 居民身份证: front and back each in one half of a landscape A4 copy, at a copier ratio, with the union
# clerk's rectangular 核对 stamp filled in by hand
# ---------------------------------------------------------------------------------------------------------
RATIOS = (1.0, 1.0, 1.15, 1.22, 1.41)


def _check_stamp(sheet: Page, rng: random.Random, x: float, y: float, clerk: str, day: date) -> None:
    """A rubber stamp (box, two printed lines) the clerk signs and dates by hand after seeing the original."""
    ink = (70, 70, 70)
    sheet.rect(x, y, x + 64, y + 19, 0.6, ink)
    sheet.text(x + 32, y + 5, rng.choice(("经核对与原件一致", "与原件核对无误", "此件与原件相符")), 4.0, "bold", "mm", ink)
    sheet.text(x + 3, y + 13, "核对人：", 3.2, "sans", color=ink)
    sheet.text(x + 16, y + 12.6 + rng.uniform(-0.5, 0.5), clerk, 4.4, "kai", color=INK_BLUE)
    sheet.text(x + 35, y + 13, "日期：", 3.2, "sans", color=ink)
    sheet.text(x + 44, y + 13, f"{day.month}.{day.day}", 3.8, "kai", color=INK_BLUE)


@layout("身份证", "身份证/轮换5")
def id_card_landscape_halves(hh: Household, name: str, rng: random.Random) -> Document:
    f = id_facts(hh, name, rng)
    sheet = Page(*A4_LANDSCAPE, mono=True, tone=round(rng.uniform(0.0, 0.55), 2))
    k = rng.choice(RATIOS)
    cw, ch = CARD[0] * k, CARD[1] * k
    sides = [id_front(f, rng), id_back(f)]
    if rng.random() < 0.3:  # the 国徽面 laid on the left
        sides.reverse()
    top = rng.uniform(14, max(15.0, 210 - ch - 52))
    half = A4_LANDSCAPE[0] / 2
    for i, side in enumerate(sides):
        x = i * half + (half - cw) / 2 + rng.uniform(-9, 9)
        embed_scaled(sheet, side, x, top + rng.uniform(-4, 4), k)
    below = top + ch + rng.uniform(14, 22)
    clerk = hh.record.get("建档人") or rng.choice(("王丽", "张敏", "刘洋"))
    day = hh.created - timedelta(days=rng.randrange(1, 30))
    stamp_x = rng.choice((rng.uniform(20, 60), rng.uniform(170, 215)))
    _check_stamp(sheet, rng, stamp_x, min(below, 184), str(clerk), day)
    if rng.random() < 0.6:  # the holder signs beside it
        sx = 120 if stamp_x < 120 else 30
        sheet.text(sx, min(below, 184) + 9, "本人签字：", 3.6, "sans")
        sheet.text(sx + 19, min(below, 184) + 8.5, name, 5.0, "kai", color=INK_BLUE)
    fields = f.fields()
    sheet.fields = dict(fields)
    return Document("身份证", [sheet], fields, [], person=name, material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 户口簿: each booklet page scanned in colour on its own (a page of the printing with the label at the top of
# each box and the values printed by the police station's dot-matrix printer, a little off the boxes)
# ---------------------------------------------------------------------------------------------------------
LEAF = (105.0, 143.0)
Box = tuple[float, str, str]  # weight, printed label, value


def _background(p: Page, rng: random.Random, color: tuple[int, int, int]) -> None:
    """The booklet's faint printed background of wavy lines (drawn first: everything prints over it)."""
    n = 16
    for i in range(n):
        base = 4 + (LEAF[1] - 8) * (i + 0.5) / n
        amp, period, phase = rng.uniform(1.2, 2.6), rng.uniform(16, 28), rng.uniform(0, 2 * math.pi)
        xs = range(3, int(LEAF[0]) - 2, 2)
        pts = [(float(x), base + amp * math.sin(phase + 2 * math.pi * x / period)) for x in xs]
        p.poly(pts, 0.15, color)


def _boxes(p: Page, st: Style, y: float, rows: list[tuple[float, list[Box]]], off: tuple[float, float]) -> float:
    """Rows of boxes, each with its label in its top left corner and its value printed below the label."""
    x0, width = 5.0, LEAF[0] - 10
    for h, boxes in rows:
        total = sum(w for w, _, _ in boxes)
        x = x0
        for w, label, val in boxes:
            cw = width * w / total
            p.rect(x, y, x + cw, y + h, 0.25, (60, 60, 70))
            p.text(x + 0.9, y + 1.9, label, 2.0, st.label_font, color=(60, 60, 70))
            if val:
                p.fit(x + off[0], y + 3.4 + off[1], x + cw + off[0], y + h + off[1], val, 3.0, "heimono", "left",
                      BLACK, pad=1.2)
            x += cw
        y += h
    return y


def _scanned(leaf: Page, rng: random.Random, binding_left: bool) -> Page:
    """One booklet page on the scanner glass: a strip of the facing page and the binding's shadow beside it."""
    sheet = Page(LEAF[0] + 14, LEAF[1] + 12)
    x = rng.uniform(8.5, 10) if binding_left else rng.uniform(3, 4.5)
    y = rng.uniform(4, 7)
    fold = x if binding_left else x + LEAF[0]
    strip = (fold - 7, fold) if binding_left else (fold, fold + 7)
    sheet.rect(strip[0], y - 1, strip[1], y + LEAF[1] + 1, 0.1, (200, 200, 196), fill=leaf.paper)
    sheet.embed(leaf, x, y)
    for i in range(6):  # the binding's shadow, darkest at the fold
        shade = 120 + i * 20
        dx = i * 0.5 if binding_left else -i * 0.5
        sheet.line(fold + dx, y, fold + dx, y + LEAF[1], 0.5, (shade, shade, shade - 4))
    sheet.fields, sheet.members = dict(leaf.fields), list(leaf.members)
    return sheet


def _head_leaf(hh: Household, st: Style, rng: random.Random, addr: str, station: str, tint: Any) -> Page:
    r = hh.record
    p = Page(*LEAF, paper=tint[0])
    _background(p, rng, tint[1])
    _title(p, st, "居 民 户 口 簿", 14, 5.4)
    off = (rng.uniform(0.3, 1.6), rng.uniform(-0.7, 0.8))
    issued = hh.created - timedelta(days=rng.randrange(400, 5000))
    kind = rng.choice(("家庭户", "家庭户", "居民家庭户"))
    y = _boxes(p, st, 24, [
        (11.0, [(1.0, "户别", kind), (1.2, "户主姓名", r["姓名"])]),
        (11.0, [(1.0, "户号", f"{rng.randrange(100000, 999999)}"), (1.2, "户口登记机关", station)]),
        (20.0, [(1.0, "住址", addr)]),
        (10.0, [(1.0, "住址变动登记", "")]),
        (10.0, [(1.0, "住址", "")]),
        (30.0, [(1.0, "户口登记机关户口专用章", ""), (1.0, "承办人签章", "")]),
        (11.0, [(1.0, "签发日期", f"{issued.year}年{issued.month:02d}月{issued.day:02d}日")]),
    ], off)
    _seal_on(p, st, 30, y - 25, station[:14], "户口专用章", 12)  # in its own box
    p.text(70, y - 22, rng.choice(("李明", "赵红", "陈刚", "孙磊")), 4.2, "kai", "mm", INK_BLUE)  # 承办人
    p.fields = {"户主姓名": r["姓名"], "住址": addr}
    return p


def _card_leaf(hh: Household, st: Style, rng: random.Random, person: dict[str, Any], id_label: str,
               tint: Any) -> Page:
    r = hh.record
    born_place = r["户口所在地行政区划"][:6]
    moved = hh.created - timedelta(days=rng.randrange(800, 9000))
    adult = person["年龄"] >= 16
    p = Page(*LEAF, paper=tint[0])
    _background(p, rng, tint[1])
    _title(p, st, "常住人口登记卡", 10, 4.6)
    off = (rng.uniform(0.3, 1.6), rng.uniform(-0.7, 0.8))
    y_, m_, d_ = (int(v) for v in person["出生日期"].split("-"))
    job = {"在职": "职工", "在读": "学生", "退休": "离退休人员"}.get(person.get("人员身份") or "", "")
    h = 9.6
    _boxes(p, st, 16, [
        (h, [(1.1, "姓名", person["姓名"]), (1.3, "户主或与户主关系", person["关系"]), (0.6, "性别", person["性别"])]),
        (h, [(1.1, "曾用名", ""), (1.3, "出生日期", f"{y_}年{m_}月{d_}日"), (0.6, "民族", person["民族"])]),
        (h, [(1.0, "出生地", born_place), (1.0, "籍贯", born_place)]),
        (h, [(2.2, id_label, person["身份证号"]), (0.8, "宗教信仰", "")]),
        (h, [(1.0, "本市（县）其他住址", "")]),
        (h, [(0.8, "身高", f"{rng.randrange(150, 186)}厘米" if adult else ""),
             (0.6, "血型", rng.choice(("A型", "B型", "O型", "")) if adult else ""),
             (1.2, "文化程度", EDUCATION.get(person.get("当前学历") or "", ""))]),
        (h, [(1.0, "婚姻状况", person.get("婚姻状况") or ""), (1.0, "兵役状况", ""), (1.0, "职业", job)]),
        (h, [(1.0, "服务处所", person.get("单位或学校") or "")]),
        (h, [(1.0, "何时由何地迁来本市（县）", "")]),
        (h, [(1.0, "何时由何地迁来本址", f"{moved.year}年{moved.month}月" if rng.random() < 0.5 else "")]),
        (h, [(1.0, "承办人签章", ""), (1.0, "登记日期", f"{moved.year}年{moved.month:02d}月{moved.day:02d}日")]),
    ], off)
    p.members = [{key: person[key] for key in ("姓名", "关系", "性别", "民族", "出生日期", "身份证号")}]
    return p


@layout("户口簿", "户口簿/轮换5")
def hukou_page_scans(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng, typed=True)
    addr = id_facts(hh, r["姓名"], rng).addr  # the 户主's registered address, as the card prints it
    station = f"{hh.unit.city}市公安局{rng.choice(hh.unit.streets)[:2]}派出所"
    tint = rng.choice((((238, 243, 249), (214, 225, 240)), ((249, 242, 240), (238, 218, 214)),
                       ((242, 246, 238), (222, 234, 214))))
    id_label = rng.choice(("公民身份证件编号", "身份证编号"))
    people = [hh.householder() | {"关系": "户主", "婚姻状况": r["婚姻状况"]}, *hh.members]
    leaves = [_head_leaf(hh, st, rng, addr, station, tint)]
    leaves += [_card_leaf(hh, st, rng, person, id_label, tint) for person in people]
    pages = [_scanned(leaf, rng, binding_left=i % 2 == 1) for i, leaf in enumerate(leaves)]
    entries = [m for pg in leaves for m in pg.members]
    return Document("户口簿", pages, dict(leaves[0].fields), entries, person=r["姓名"], material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 低保证: a district's certificate printed by the 社会救助 system on landscape A4 (framed, the 户主's photo,
# the 保障对象 beside the household's facts, a verification code), in colour or photocopied
# ---------------------------------------------------------------------------------------------------------
def _qr(p: Page, rng: random.Random, x: float, y: float, side: float) -> None:
    n = 21
    m = side / n
    for i in range(n):
        for j in range(n):
            finder = any(i0 <= i < i0 + 7 and j0 <= j < j0 + 7 for i0, j0 in ((0, 0), (0, n - 7), (n - 7, 0)))
            if finder:
                a, b = (i % 7 if i < 7 else i - (n - 7)), (j % 7 if j < 7 else j - (n - 7))
                on = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
            else:
                on = rng.random() < 0.5
            if on:
                p.rect(x + j * m, y + i * m, x + (j + 1) * m, y + (i + 1) * m, 0.05, BLACK, fill=BLACK)


@layout("低保证", "低保证/轮换5")
def dibao_system_certificate(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng, typed=True)
    f = _dibao_facts(hh, rng)
    issuer, issued, sealed = f["issuer"], f["issued"], f["sealed"]
    valid = f["valid"] - timedelta(days=1)
    people = [hh.householder() | {"关系": "户主"}, *hh.members]
    covered = people if rng.random() < 0.7 else people[: max(1, len(people) - 1)]
    copied = rng.random() < 0.45
    frame = rng.choice(((150, 110, 40), (40, 90, 140), (40, 110, 80)))  # not red: red is the seal's
    lf = st.label_font
    p = Page(*A4_LANDSCAPE, mono=copied, tone=round(rng.uniform(0.0, 0.5), 2) if copied else 0.0)
    p.rect(8, 8, 289, 202, 1.6, frame)
    p.rect(11.5, 11.5, 285.5, 198.5, 0.4, frame)
    for cx, cy in ((11.5, 11.5), (285.5, 11.5), (11.5, 198.5), (285.5, 198.5)):
        p.rect(cx - 2.5, cy - 2.5, cx + 2.5, cy + 2.5, 0.3, frame, fill=frame)
    title = rng.choice(("最低生活保障证", "城乡居民最低生活保障证", "居民最低生活保障证"))
    p.text(148.5, 27, title, 8.0, "bold" if lf != "serif" else "serifbold", "mm")
    p.text(148.5, 37, f"（{'农村' if r['是否农民工'] else '城市'}）", 3.6, lf, "mm")
    no_label = rng.choice(("证件编号", "证号", "编号"))
    p.text(200, 37, f"{no_label}：", 3.4, lf)
    p.text(200 + text_width(f"{no_label}：", 3.4, lf) + 1, 37, hh.dibao_no or "", 3.6, "heimono")

    p.rect(20, 46, 50, 86, 0.3, (90, 90, 95), fill=(96, 96, 104))  # the 户主's photo
    p.rect(28, 52, 42, 66, 0.1, (55, 55, 60), fill=(55, 55, 60))
    p.rect(23, 68, 47, 86, 0.1, (48, 48, 54), fill=(48, 48, 54))
    p.text(35, 91, "户主照片", 2.8, lf, "mm")

    holder = rng.choice(("户主姓名", "户主"))
    count_label = rng.choice(("保障人口", "享受人数", "保障人数"))
    amount_label = rng.choice(("月保障金（元）", "月低保金（元）", "保障金额（元/月）"))
    amount = f"{hh.dibao_amount:.2f}"
    g = Grid(p, st, 56, 46, 128)
    h = 13.0
    g.row([(1.0, L(holder)), (1.5, V(r["姓名"])), (0.9, L("性别")), (0.9, V(r["性别"]))], h, 3.2)
    g.row([(1.0, L("身份证号码")), (3.3, V(r["身份证号"]))], h, 3.2)
    g.row([(1.0, L("家庭住址")), (3.3, V(r["家庭住址"].removesuffix("（租住）")))], h + 4, 3.2)
    g.row([(1.0, L("家庭人口")), (1.5, V(f"{r['家庭人口']}人")), (0.9, L(count_label)), (0.9, V(f"{len(covered)}人"))],
          h, 3.2)
    g.row([(1.0, L("保障类别")), (1.5, V("农村低保" if r["是否农民工"] else "城市低保")), (0.9, L(amount_label)),
           (0.9, V(amount))], h, 3.2)
    g.row([(1.0, L("批准日期")), (1.5, V(st.date(issued.isoformat()))), (0.9, L("有效期至")),
           (0.9, V(st.date(valid.isoformat())))], h, 3.2)

    p.text(236, 50, rng.choice(("保 障 对 象", "享受保障家庭成员")), 4.0, lf, "mm")
    gm = Grid(p, st, 190, 55, 92)
    widths = (0.9, 0.8, 2.3)
    gm.row(list(zip(widths, (L("姓名"), L("关系"), L("身份证号")), strict=True)), 9.5, 2.6)
    for i in range(max(6, len(covered))):
        m = covered[i] if i < len(covered) else None
        values = (m["姓名"], m["关系"], m["身份证号"]) if m else ("", "", "")
        gm.row([(w, V(v) if v else None) for w, v in zip(widths, values, strict=True)], 9.5, 2.6)

    _qr(p, rng, 22, 150, 26)
    p.text(35, 181, "扫码核验", 2.8, lf, "mm")
    notes = ("注：1.本证是享受最低生活保障待遇的凭证，不得涂改、转借、出租；",
             "2.家庭人口、收入、财产发生变化的，应及时向所在乡镇（街道）申报；3.本证每年复核一次。")
    for i, ln in enumerate(notes):
        p.text(58, 168 + i * 6, ln, 2.8, lf)
    issuer_label = rng.choice(("审批机关（盖章）", "发证机关（盖章）"))
    p.text(200, 160, issuer_label, 3.4, lf)
    p.text(200, 170, issuer, 3.8, st.value_font)
    p.text(200, 180, cn_date(issued), 3.6, st.value_font)
    if sealed:
        _seal_on(p, st, 246, 168, issuer[:14], "", 15)
    return dibao_document(hh, p, covered, issuer, valid, sealed)


# ---------------------------------------------------------------------------------------------------------
# 诊断证明书: the patient's part of a county hospital's numbered carbon pad, printed in one colour, torn off
# along the perforation, written through carbon; scanned in colour or photocopied onto A4
# ---------------------------------------------------------------------------------------------------------
SLIP = (195.0, 132.0)
CARBON = (70, 55, 150)
PAD_INKS = ((30, 100, 70), (35, 60, 125), (70, 52, 40))  # no red: red on these papers is the seal's


def _on_line(p: Page, st: Style, ink: tuple[int, int, int], x: float, y: float, text: str, width: float) -> float:
    """A value written on the pad's printed underline; returns the x after the line."""
    w = max(width, text_width(text, 4.4, st.value_font) + 4)
    p.line(x, y + 3.0, x + w, y + 3.0, 0.2, ink)
    p.text(x + 2, y + st.rng.uniform(-0.5, 0.3), text, 4.4 * st.rng.uniform(0.95, 1.05), st.value_font,
           color=st.color)
    return x + w + 1.5


@layout("诊断证明", "诊断证明/轮换5")
def diagnosis_carbon_slip(hh: Household, name: str, rng: random.Random) -> Document:
    person = hh.person(name)
    st = replace(Style.draw(rng, typed=False), value_font="kai", color=CARBON)
    ink = rng.choice(PAD_INKS)
    hospital = rng.choice(hh.unit.hospitals)
    doctor = rng.choice(("韩立军", "曹玉兰", "谢文斌", "邓晓峰", "冯丽", "蒋海涛", "彭静"))
    issued = hh.created - timedelta(days=rng.randrange(20, 200))
    lines = [person["疾病/残疾类别"] or "慢性病", *rng.sample(EXTRA_DIAGNOSES, rng.randrange(0, 3))]
    dept = rng.choice(("内科", "外科", "肿瘤科", "血液科", "呼吸内科", "消化内科", "肾内科", "神经内科"))
    inpatient = rng.random() < 0.3
    age = person["年龄"]
    sealed = rng.random() < 0.9
    lf = st.label_font

    slip = Page(*SLIP, paper=(251, 250, 244))
    for yy in range(4, int(SLIP[1]) - 2, 4):  # the perforation it was torn along
        slip.rect(1.2, yy, 2.2, yy + 1.0, 0.05, (190, 190, 186), fill=(190, 190, 186))
    slip.text(SLIP[0] / 2, 11, hospital, 5.4, "bold" if lf != "serif" else "serifbold", "mm", ink)
    slip.text(SLIP[0] / 2, 20, rng.choice(("诊 断 证 明 书", "疾 病 证 明 书")), 5.2, "bold", "mm", ink)
    slip.line(14, 25, SLIP[0] - 14, 25, 0.4, ink)
    slip.text(150, 18, "No", 3.2, "serif", color=ink)
    slip.text(157, 18, f"{rng.randrange(0, 9999999):07d}", 3.8, "heimono", color=BLACK)
    for i, ch in enumerate("第二联患者收执"):  # printed down the right margin
        slip.text(SLIP[0] - 6, 38 + i * 5, ch, 3.0, lf, "mm", ink)

    y = 33.0
    slip.text(14, y, "姓名", 3.6, lf, color=ink)
    x = _on_line(slip, st, ink, 23, y, name, 24)
    slip.text(x, y, "性别", 3.6, lf, color=ink)
    x = _on_line(slip, st, ink, x + 9, y, person["性别"], 9)
    slip.text(x, y, "年龄", 3.6, lf, color=ink)
    x = _on_line(slip, st, ink, x + 9, y, str(age), 9)
    slip.text(x, y, "岁", 3.6, lf, color=ink)
    slip.text(x + 6, y, "科别", 3.6, lf, color=ink)
    _on_line(slip, st, ink, x + 15, y, dept, 22)
    y += 10
    slip.text(14, y, "住院号" if inpatient else "门诊号", 3.6, lf, color=ink)
    _on_line(slip, st, ink, 27, y, f"{rng.randrange(10000, 999999)}", 28)
    y += 11
    slip.text(14, y, "诊断：", 3.8, lf, color=ink)
    for i in range(max(3, len(lines))):
        slip.line(26, y + i * 8 + 3.0, SLIP[0] - 14, y + i * 8 + 3.0, 0.2, ink)
        if i < len(lines):
            slip.text(28 + rng.uniform(0, 2), y + i * 8 + rng.uniform(-0.5, 0.2), lines[i], 4.5, "kai", color=CARBON)
    y += 8 * max(3, len(lines)) + 3
    slip.text(14, y, "处理意见：", 3.8, lf, color=ink)
    slip.line(33, y + 3.0, SLIP[0] - 14, y + 3.0, 0.2, ink)
    slip.text(35, y, rng.choice(ADVICE), 4.2, "kai", color=CARBON)
    y += 14
    slip.text(14, y, "医师（签名）：", 3.6, lf, color=ink)
    slip.text(40, y - 0.4, doctor, 5.2, "kai", color=CARBON)
    slip.text(104, y, "（医院盖章）", 3.2, lf, color=ink)
    dx = 140.0
    for val, unit in ((str(issued.year), "年"), (str(issued.month), "月"), (str(issued.day), "日")):
        slip.text(dx, y - 0.3, val, 4.4, "kai", color=CARBON)
        dx += text_width(val, 4.4, "kai") + 0.8
        slip.text(dx, y, unit, 3.6, lf, color=ink)
        dx += 5.0
    slip.text(14, SLIP[1] - 8, "注：本证明涂改无效，需加盖医院印章。", 2.8, lf, color=ink)
    if sealed:  # over the printed （医院盖章）, clear of the doctor's name and the date
        _seal_on(slip, st, 118, y - 4, hospital[:14], rng.choice(("诊断证明专用章", "")), 16)

    if rng.random() < 0.35:  # photocopied onto A4
        page = Page(*A4, mono=True, tone=round(rng.uniform(0.0, 0.5), 2))
        top = rng.uniform(10, 40)
        page.embed(slip, rng.uniform(5, 10), top)
        if rng.random() < 0.5:
            _copy_note(page, rng, top + SLIP[1] + 14, name if rng.random() < 0.6 else "", None)
    else:
        page = slip
    fields = {"医院名称": hospital, "姓名": name, "性别": person["性别"], "年龄": age, "诊断": "；".join(lines),
              "出具日期": issued.isoformat(), "医师": doctor, "是否盖章": sealed}
    page.fields = dict(fields)
    return Document("诊断证明", [page], fields, person=name, material="致困原因证明")
