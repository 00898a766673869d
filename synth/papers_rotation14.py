"""Rotation 14's printings of 身份证, 户口簿, 低保证, 诊断证明 and 残疾人证 (2026-12-07), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Drawn from REAL-DOCUMENTS.md and ARCHIVE-SCHEMA.md with the card and copier parts of ``papers_id``,
``papers_cert`` and ``papers_rotation3``. Truth as for the kind's other layouts (synth/README.md "Output").
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from dangan.synth import papers_rotation13  # noqa: F401  (registers rotation 13's printings before these)
from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.papers_cert import ADVICE, EXTRA_DIAGNOSES, _dibao_facts, _disability_facts, dibao_document
from dangan.synth.papers_id import CARD, EDUCATION, IdFacts, id_facts
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.render import A4, Document

GREY = (110, 110, 115)
SEAL_RED = (200, 40, 48)
LANDSCAPE = (A4[1], A4[0])
INKS = (INK_BLUE, BLACK, (30, 30, 110))
CLERKS = ("高", "孟", "贺", "廖", "汤", "龚")
GIVEN = ("晓东", "春梅", "德明", "玉兰", "伟", "敏")


def _clerk(rng: random.Random) -> str:
    return rng.choice(CLERKS) + rng.choice(GIVEN)


def _dashed(p: Page, x0: float, y: float, x1: float, dash: float = 2.0, color: tuple[int, int, int] = GREY) -> None:
    """A dashed rule across (a tear-off or cut line)."""
    x = x0
    while x < x1:
        p.line(x, y, min(x + dash, x1), y, 0.2, color)
        x += 2 * dash


def _name_stamp(p: Page, x: float, y: float, name: str, color: tuple[int, int, int] = SEAL_RED) -> None:
    """A clerk's small square name stamp (the name in a box), pressed at (x, y), its top left corner."""
    w = text_width(name, 3.0, "serifbold") + 2.4
    p.rect(x, y, x + w, y + 5.2, 0.45, color)
    p.text(x + w / 2, y + 2.6, name, 3.0, "serifbold", "mm", color)


# ---------------------------------------------------------------------------------------------------------
# 居民身份证: a bank branch's 客户身份证件复印件 sheet (portrait A4): the branch's ruled header (网点, 业务种类,
# 流水号), both faces at 100 % side by side in a box, the 联网核查 result line, the teller's name stamp and a
# rubber stamp limiting the copy's use pressed over the 国徽面; the card's values in a mono typeface
# ---------------------------------------------------------------------------------------------------------
def _front14(f: IdFacts, vf: str) -> Page:
    p = Page(*CARD, paper=(240, 242, 244))
    p.rect(0, 0, CARD[0], CARD[1], 0.3, (140, 145, 150))
    lbl = (100, 100, 112)
    by, bm, bd = f.born.split("-")
    p.text(4.5, 7.5, "姓 名", 2.3, "sans", color=lbl)
    p.text(14, 7.5, f.name, 3.6, vf)
    p.text(4.5, 14, "性 别", 2.3, "sans", color=lbl)
    p.text(14, 14, f.gender, 3.0, vf)
    p.text(23, 14, "民 族", 2.3, "sans", color=lbl)
    p.text(31.5, 14, f.ethnic, 3.0, vf)
    p.text(4.5, 20.5, "出 生", 2.3, "sans", color=lbl)
    p.text(14, 20.5, f"{by}年{int(bm)}月{int(bd)}日", 2.9, vf)
    p.text(4.5, 27, "住 址", 2.3, "sans", color=lbl)
    for i in range(0, len(f.addr), 11):  # eleven characters a line
        p.text(14, 27 + (i // 11) * 4.2, f.addr[i:i + 11], 2.8, vf)
    p.text(4.5, 48, "公民身份号码", 2.3, "sans", color=lbl)
    p.text(24, 48, f.number, 3.4, "heimono")
    p.rect(59, 7, 81, 40, 0.1, (96, 96, 100), fill=(98, 98, 104))
    p.rect(65.5, 11, 74.5, 22, 0.1, (52, 52, 56), fill=(52, 52, 56))
    p.rect(61.5, 24, 78.5, 40, 0.1, (46, 46, 50), fill=(46, 46, 50))
    return p


def _back14(f: IdFacts, vf: str) -> Page:
    p = Page(*CARD, paper=(242, 242, 238))
    p.rect(0, 0, CARD[0], CARD[1], 0.3, (140, 145, 150))
    p.rect(6, 5, 18, 17, 0.4, (125, 105, 70))
    p.text(50, 12, "中华人民共和国", 3.7, "bold", "mm")
    p.text(50, 23, "居民身份证", 5.4, "bold", "mm")
    p.text(9, 40, "签发机关", 2.3, "sans", color=(100, 100, 112))
    p.text(23, 40, f.issuer, 2.9, vf)
    p.text(9, 47, "有效期限", 2.3, "sans", color=(100, 100, 112))
    p.text(23, 47, f.valid, 2.9, vf)
    return p


@layout("身份证", "身份证/轮换14")
def id_card_bank_counter(hh: Household, name: str, rng: random.Random) -> Document:
    f = id_facts(hh, name, rng)
    w, h = A4
    sheet = Page(w, h, mono=True, tone=round(rng.uniform(0.0, 0.35), 2))
    vf = rng.choice(("heimono", "hei"))
    lf = rng.choice(("sans", "hei", "serif"))
    bank = rng.choice(("中国工商银行", "中国农业银行", "中国建设银行", "中国邮政储蓄银行"))
    branch = f"{bank}{hh.unit.city}{rng.choice(hh.unit.streets)[:2]}支行"
    sheet.text(w / 2, 16, "客户身份证件复印件", 5.4, "bold", "mm")
    x0, x1 = 14.0, w - 14.0
    y = 24.0
    heads = [("网点名称", branch), ("业务种类", rng.choice(("代发工资卡", "工会帮扶卡", "个人开户"))),
             ("流 水 号", f"{hh.created:%Y%m%d}{rng.randrange(10000, 99999)}")]
    for label, value in heads:
        sheet.rect(x0, y, x0 + 26, y + 8, 0.2)
        sheet.fit(x0, y, x0 + 26, y + 8, label, 3.0, lf, pad=0.4)
        sheet.rect(x0 + 26, y, x1, y + 8, 0.2)
        sheet.fit(x0 + 26, y, x1, y + 8, value, 3.2, "sans", "left", pad=1.5)
        y += 8
    y += 8
    box_h = CARD[1] + 20
    sheet.rect(x0, y, x1, y + box_h, 0.3, (90, 90, 90))
    sheet.text(x0 + 2, y + 4, "证件正反面粘贴（复印）处", 2.6, lf, color=GREY)
    gap = (x1 - x0 - 2 * CARD[0]) / 3
    front, back = _front14(f, vf), _back14(f, vf)
    cx = x0 + gap + rng.uniform(-1.2, 1.2)
    cy = y + 11 + rng.uniform(-2, 2)
    sheet.embed(front, cx, cy)
    bx = x0 + 2 * gap + CARD[0] + rng.uniform(-1.2, 1.2)
    by = y + 11 + rng.uniform(-2, 2)
    sheet.embed(back, bx, by)
    # the rubber stamp over the 国徽面 (over its title and 签发机关, never over the 人像面's values)
    stamp = (70, 70, 70)
    sx, sy = bx + 6 + rng.uniform(-2, 2), by + 27 + rng.uniform(-2, 2)
    sheet.rect(sx, sy - 5, sx + 74, sy + 5, 0.55, stamp)
    sheet.text(sx + 37, sy - 1.8, "仅供办理困难职工建档使用", 3.3, "bold", "mm", stamp)
    sheet.text(sx + 37, sy + 2.4, "他用无效", 3.0, "bold", "mm", stamp)
    y += box_h + 10
    sheet.text(x0, y, "联网核查结果：", 3.4, lf)
    sheet.text(x0 + text_width("联网核查结果：", 3.4, lf) + 1, y, rng.choice(("公民身份号码与姓名一致，且存在照片",
                                                                         "核查一致")), 3.4, "sans")
    y += 10
    sheet.text(x0, y, "客户签名：", 3.4, lf)
    sheet.text(x0 + 20, y - 0.4, name, 5.0, "kai", color=rng.choice(INKS))
    sheet.text(x0 + 80, y, "经办柜员：", 3.4, lf)
    _name_stamp(sheet, x0 + 100, y - 2.6, _clerk(rng))
    y += 10
    day = hh.created - timedelta(days=rng.randrange(0, 40))
    sheet.text(x0, y, f"复印日期：{day.year}年{day.month:02d}月{day.day:02d}日", 3.4, lf)
    sheet.text(w / 2, h - 14, "本复印件仅限上述业务使用，请妥善保管，防止被挪作他用。", 2.6, lf, "mm", GREY)
    fields = f.fields()
    sheet.fields = dict(fields)
    return Document("身份证", [sheet], fields, [], person=name, material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 户口簿: a province's printing with two label/value column pairs, the label columns wide enough that long labels
# wrap onto two lines and the value columns of unequal width (the right pair narrow); the 户主页 with 户号 over
# the frame's top right; each leaf copied enlarged in the middle of a portrait A4 with the booklet's spine as a
# dark band along its left edge and the opposite leaf's margin showing beyond it
# ---------------------------------------------------------------------------------------------------------
LEAF = (104.0, 140.0)  # a portrait leaf


def _pair_row(p: Page, y: float, rh: float, cols: list[float], cells: list[tuple[str, str]], lf: str,
              vf: str) -> None:
    """One row of the register: ``cells`` are (label, value) pairs laid over ``cols`` (x of each column edge,
    label then value in turn); a single pair spans the row."""
    if len(cells) == 1:
        label, value = cells[0]
        p.fit(cols[0], y, cols[1], y + rh, label, 2.4, lf, pad=0.5)
        p.line(cols[1], y, cols[1], y + rh, 0.15)
        p.fit(cols[1], y, cols[-1], y + rh, value, 3.0, vf, "left", pad=1.0)
    else:
        for i, (label, value) in enumerate(cells):
            a, b, c = cols[2 * i], cols[2 * i + 1], cols[2 * i + 2]
            p.fit(a, y, b, y + rh, label, 2.4, lf, pad=0.5)
            p.line(b, y, b, y + rh, 0.15)
            p.fit(b, y, c, y + rh, value, 3.0, vf, "left", pad=1.0)
            if c < cols[-1] - 0.5:
                p.line(c, y, c, y + rh, 0.25)
    p.line(cols[0], y + rh, cols[-1], y + rh, 0.2)


def _hukou_head14(hh: Household, rng: random.Random, addr: str, station: str, lf: str, vf: str) -> Page:
    r = hh.record
    p = Page(*LEAF, paper=(246, 243, 232))
    p.text(LEAF[0] / 2, 12, "常 住 人 口", 4.6, "serifbold", "mm")
    p.text(LEAF[0] / 2, 19, "户　口　簿", 3.6, lf, "mm")
    x0, x1 = 7.0, LEAF[0] - 7.0
    p.text(x1, 27, f"户号  {rng.randrange(10000000, 99999999)}", 2.8, vf, "rm")
    top = 30.0
    kind = "农业家庭户口" if r["是否农民工"] else rng.choice(("家庭户", "家庭户", "非农业家庭户口"))
    cols = [x0, x0 + 18, x0 + 48, x0 + 64, x1]
    rh = 12.0
    _pair_row(p, top, rh, cols, [("户主姓名", r["姓名"]), ("户 别", kind)], lf, vf)
    _pair_row(p, top + rh, 22.0, [x0, x0 + 18, x1], [("住 址", addr)], lf, vf)
    yy = top + rh + 22.0
    issued = hh.created - timedelta(days=rng.randrange(2000, 9000))
    _pair_row(p, yy, rh, cols, [("承办人签章", ""), ("签发日期", f"{issued.year}年{issued.month}月{issued.day}日")], lf, vf)
    p.text(x0 + 21, yy + rh / 2, _clerk(rng), 3.6, "kai", color=INK_BLUE)
    yy += rh
    p.rect(x0, top, x1, yy, 0.6)
    p.text(x0 + 2, yy + 8, "户口登记机关盖章", 2.4, lf)
    p.seal(x0 + 30 + rng.uniform(-5, 5), yy + 24 + rng.uniform(-3, 3), 12.5, station[:14], "户口专用章",
           rng.uniform(-25, 25), SEAL_RED, rng.randrange(1 << 30))
    p.text(x0, LEAF[1] - 8, "注意：本户口簿记载事项须由户口登记机关填写，他人不得涂改。", 2.0, lf, color=GREY)
    p.fields = {"户主姓名": r["姓名"], "住址": addr}
    return p


def _hukou_card14(hh: Household, rng: random.Random, person: dict[str, Any], station: str, lf: str,
                  vf: str) -> Page:
    r = hh.record
    p = Page(*LEAF, paper=(246, 243, 232))
    p.text(LEAF[0] / 2, 10, "常住人口登记卡", 4.2, "serifbold", "mm")
    x0, x1 = 5.0, LEAF[0] - 5.0
    cols = [x0, x0 + 15, x0 + 55, x0 + 70, x1]
    y, m, d = person["出生日期"].split("-")
    place = r["户口所在地行政区划"][:6]
    job = {"在职": "职工", "在读": "学生", "退休": "退休人员"}.get(person.get("人员身份") or "", "")
    rows: list[list[tuple[str, str]]] = [
        [("姓　名", person["姓名"]), ("户主或与户主关系", person["关系"])],
        [("曾用名", ""), ("性　别", person["性别"])],
        [("出生地", place), ("民　族", person["民族"])],
        [("籍　贯", place), ("出生日期", f"{y}年{int(m)}月{int(d)}日")],
        [("本市（县）其他住址", "")],
        [("宗教信仰", ""), ("兵役状况", "")],
        [("公民身份证件编号", person["身份证号"])],
        [("身　高", ""), ("血　型", "")],
        [("文化程度", EDUCATION.get(person.get("当前学历") or "", "")), ("婚姻状况", person.get("婚姻状况") or "")],
        [("服务处所", person.get("单位或学校") or ""), ("职　业", job)],
        [("何时由何地迁来本市（县）", "")],
        [("何时由何地迁来本址", "")],
    ]
    top = 16.0
    rh = 9.4
    yy = top
    for cells in rows:
        if len(cells) == 1:  # one pair across the row (the number in a mono face)
            _pair_row(p, yy, rh, [x0, x0 + 15, x1], cells, lf, "heimono" if cells[0][1] else vf)
        else:
            _pair_row(p, yy, rh, cols, cells, lf, vf)
        yy += rh
    p.rect(x0, top, x1, yy, 0.6)
    moved = hh.created - timedelta(days=rng.randrange(1500, 9000))
    p.text(x0 + 1, yy + 7, "承办人签章", 2.4, lf)
    p.text(x0 + 18, yy + 6.8, _clerk(rng), 3.6, "kai", color=INK_BLUE)
    p.text(x1, yy + 7, f"登记日期 {moved.year}年{moved.month}月{moved.day}日", 2.4, lf, "rm")
    p.seal(x1 - 22 + rng.uniform(-4, 4), yy + 4 + rng.uniform(-2, 2), 9.5, station[:14], "户口专用章",
           rng.uniform(-25, 25), SEAL_RED, rng.randrange(1 << 30))
    p.members = [{key: person[key] for key in ("姓名", "关系", "性别", "民族", "出生日期", "身份证号")}]
    return p


@layout("户口簿", "户口簿/轮换14")
def hukou_spine_copies(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    addr = id_facts(hh, r["姓名"], rng).addr
    station = f"{hh.unit.city}市公安局{rng.choice(hh.unit.streets)[:2]}派出所"
    lf = rng.choice(("serif", "hei", "sans"))
    vf = rng.choice(("sans", "serif", "heimono"))
    people = [hh.householder() | {"关系": "户主", "婚姻状况": r["婚姻状况"]}, *hh.members]
    leaves = [_hukou_head14(hh, rng, addr, station, lf, vf)]
    leaves += [_hukou_card14(hh, rng, person, station, lf, vf) for person in people]
    k = rng.choice((1.2, 1.25, 1.3))
    pages: list[Page] = []
    for leaf in leaves:
        sheet = Page(*A4, mono=True, tone=round(rng.uniform(0.05, 0.5), 2))
        lw, lh = LEAF[0] * k, LEAF[1] * k
        x = (A4[0] - lw) / 2 + rng.uniform(4, 10)
        y = (A4[1] - lh) / 2 + rng.uniform(-10, 10)
        # the opposite leaf's margin and the spine between them, dark where the booklet lifts off the glass
        sheet.rect(max(0.0, x - 22), y - 2, x - 6, y + lh + 2, 0.1, (215, 215, 215), fill=(215, 215, 215))
        for i, shade in enumerate((150, 95, 60, 95, 140)):
            sheet.rect(x - 6 + i * 1.2, y - 3, x - 4.8 + i * 1.2, y + lh + 3, 0.05, (shade,) * 3, fill=(shade,) * 3)
        embed_scaled(sheet, leaf, x, y, k)
        sheet.fields, sheet.members = dict(leaf.fields), list(leaf.members)
        pages.append(sheet)
    entries = [m for pg in leaves for m in pg.members]
    return Document("户口簿", pages, dict(leaves[0].fields), entries, person=r["姓名"], material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 低保证: a county's 最低生活保障金领取证 booklet whose leaves are landscape: the 持证人 leaf as a ruled table (the
# labels in a tinted left column, 证号 in the table's first row), the 家庭保障成员 leaf as a table whose columns run
# 序号 | 与户主关系 | 姓名 | 公民身份号码, and the 发放记录 leaf (月份, 金额, 领取人) filled by hand; the three leaves
# copied one above the other on portrait A4
# ---------------------------------------------------------------------------------------------------------
DLEAF = (150.0, 84.0)


@layout("低保证", "低保证/轮换14")
def dibao_ledger_booklet(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    f = _dibao_facts(hh, rng)
    issuer, issued, valid, sealed = f["issuer"], f["issued"], f["valid"], f["sealed"]
    people = [hh.householder() | {"关系": "户主"}, *hh.members]
    covered = people if rng.random() < 0.65 else people[: max(1, len(people) - 1)]
    lf = rng.choice(("serif", "sans", "hei"))
    vf = rng.choice(("sans", "hei", "kai"))
    ink = rng.choice(INKS) if vf == "kai" else BLACK
    paper = rng.choice(((246, 236, 222), (232, 240, 246), (246, 246, 232)))
    tint = (222, 222, 222)
    x0, x1 = 6.0, DLEAF[0] - 6.0
    # the 持证人 leaf
    a = Page(*DLEAF, paper=paper)
    a.text(DLEAF[0] / 2, 8, "最低生活保障金领取证", 4.6, "serifbold" if lf == "serif" else "bold", "mm")
    rows = [("证　　号", hh.dibao_no or ""), ("户主姓名", r["姓名"]),
            ("家庭住址", r["家庭住址"].removesuffix("（租住）")),
            ("家庭人口", f"{r['家庭人口']}人"), ("享受人数", f"{len(covered)}人"),
            ("月保障金", f"{hh.dibao_amount}元"), ("有 效 期", f"{issued.year}.{issued.month:02d}.{issued.day:02d}—"
                                                    f"{valid.year}.{valid.month:02d}.{valid.day:02d}")]
    top, rh, lw = 13.0, 7.6, 22.0
    y = top
    for label, value in rows:
        a.rect(x0, y, x0 + lw, y + rh, 0.2, fill=tint)
        a.fit(x0, y, x0 + lw, y + rh, label, 2.7, lf, pad=0.4)
        a.rect(x0 + lw, y, x1, y + rh, 0.2)
        a.fit(x0 + lw, y, x1, y + rh, value, 3.1, vf, "left", ink, pad=1.5)
        y += rh
    a.text(x1 - 2, y + 6, f"发证机关：{issuer}", 2.8, lf, "rm")
    a.text(x0 + 2, y + 6, f"发证日期：{issued.year}年{issued.month}月{issued.day}日", 2.8, lf)
    if sealed:  # pressed over the issuer's line
        a.seal(x1 - 24 + rng.uniform(-5, 5), y + 5 + rng.uniform(-1.5, 1.5), 10.5, issuer[:14], "低保专用章",
               rng.uniform(-25, 25), SEAL_RED, rng.randrange(1 << 30))
    # the 家庭保障成员 leaf
    b = Page(*DLEAF, paper=paper)
    b.text(DLEAF[0] / 2, 8, "家庭保障成员", 4.0, "serifbold" if lf == "serif" else "bold", "mm")
    cols = [x0, x0 + 12, x0 + 36, x0 + 66, x1]
    heads = ["序号", "与户主关系", "姓　名", "公民身份号码"]
    y = 13.0
    hrow = 7.0
    for i, head in enumerate(heads):
        b.rect(cols[i], y, cols[i + 1], y + hrow, 0.2, fill=tint)
        b.fit(cols[i], y, cols[i + 1], y + hrow, head, 2.6, lf, pad=0.3)
    y += hrow
    n_rows = max(6, len(covered))
    mrow = min(7.6, (DLEAF[1] - 8 - y) / n_rows)
    for i in range(n_rows):
        m = covered[i] if i < len(covered) else None
        cells = [str(i + 1), m["关系"], m["姓名"], m["身份证号"]] if m else [str(i + 1), "", "", ""]
        for j, cell in enumerate(cells):
            b.rect(cols[j], y, cols[j + 1], y + mrow, 0.2)
            font = "heimono" if j == 3 else vf if j else lf
            b.fit(cols[j], y, cols[j + 1], y + mrow, cell, min(3.0, mrow * 0.45), font, "center" if j == 0 else
                  "left", ink if j in (1, 2) else BLACK, pad=0.8)
        y += mrow
    # the 发放记录 leaf
    c = Page(*DLEAF, paper=paper)
    c.text(DLEAF[0] / 2, 8, "保障金发放记录", 4.0, "serifbold" if lf == "serif" else "bold", "mm")
    ccols = [x0, x0 + 30, x0 + 62, x0 + 100, x1]
    y = 13.0
    for i, head in enumerate(("年　月", "金额（元）", "领取人签章", "经办人")):
        c.rect(ccols[i], y, ccols[i + 1], y + hrow, 0.2, fill=tint)
        c.fit(ccols[i], y, ccols[i + 1], y + hrow, head, 2.6, lf, pad=0.3)
    y += hrow
    month = date(issued.year, issued.month, 1)
    paid = rng.randrange(1, 7)
    for i in range(8):
        for j in range(4):
            c.rect(ccols[j], y, ccols[j + 1], y + 7.0, 0.2)
        if i < paid:
            c.text(ccols[0] + 4, y + 3.5, f"{month.year}.{month.month}", 3.2, "kai", color=INK_BLUE)
            c.text(ccols[1] + 4, y + 3.5, f"{hh.dibao_amount}", 3.2, "kai", color=INK_BLUE)
            c.text(ccols[2] + 4, y + 3.5, r["姓名"], 3.2, "kai", color=INK_BLUE)
            c.text(ccols[3] + 4, y + 3.5, rng.choice(("刘", "马", "胡")), 3.2, "kai", color=INK_BLUE)
            month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
        y += 7.0
    w, h = A4
    page = Page(w, h, mono=True, tone=round(rng.uniform(0.05, 0.5), 2))
    x = (w - DLEAF[0]) / 2 + rng.uniform(-8, 8)
    y = rng.uniform(10, 18)
    for leaf in (a, b, c):
        page.embed(leaf, x, y)
        y += DLEAF[1] + rng.uniform(3, 6)
    return dibao_document(hh, page, covered, issuer, valid, sealed)


# ---------------------------------------------------------------------------------------------------------
# 诊断证明: a hospital's A4 form whose patient items stand in a header table (the labels in one row, the values
# typed in the row under them: 姓名 | 性别 | 年龄 | 科别 | 门诊号/住院号 | 就诊日期), the 临床诊断 numbered (1) (2) …,
# 医嘱建议 below, signed by the 经治医师 and the 科主任; the hospital's seal pressed over the date; the form in the
# upper two thirds of the sheet, a dashed cut line and the 门诊收费处 note under it
# ---------------------------------------------------------------------------------------------------------
@layout("诊断证明", "诊断证明/轮换14")
def diagnosis_header_table(hh: Household, name: str, rng: random.Random) -> Document:
    person = hh.person(name)
    hospital = rng.choice(hh.unit.hospitals)
    doctor = rng.choice(("黄立新", "郑淑芬", "孔德胜", "夏婉清", "严国强", "付晓燕", "汪成林"))
    chief = rng.choice(("陈国栋", "吴丽娟", "许振东"))
    issued = hh.created - timedelta(days=rng.randrange(5, 200))
    lines = [person["疾病/残疾类别"] or "慢性病", *rng.sample(EXTRA_DIAGNOSES, rng.randrange(0, 3))]
    dept = rng.choice(("心内科", "肾内科", "肿瘤科", "骨科", "内分泌科", "消化内科", "神经外科"))
    inpatient = rng.random() < 0.4
    record_no = f"ZY{rng.randrange(100000, 999999)}" if inpatient else f"{rng.randrange(10000000, 99999999)}"
    age = person["年龄"]
    sealed = rng.random() < 0.85
    lf = rng.choice(("sans", "serif", "hei"))
    vf = rng.choice(("sans", "heimono", "serif"))
    w, h = A4
    page = Page(w, h, mono=True, tone=round(rng.uniform(0.0, 0.4), 2))
    bold = "serifbold" if lf == "serif" else "bold"
    x0, x1 = 16.0, w - 16.0
    page.text(w / 2, 18, hospital, 5.4, bold, "mm")
    page.line(x0, 23, x1, 23, 0.5)
    page.text(w / 2, 31, rng.choice(("诊断证明书", "疾病诊断证明", "诊 断 证 明")), 5.6, bold, "mm")
    page.text(x1, 37, f"No.{rng.randrange(1000000, 9999999)}", 2.8, "heimono", "rm")
    heads = [("姓名", 0.17, name), ("性别", 0.09, person["性别"]), ("年龄", 0.1, f"{age}岁"),
             ("科别", 0.17, dept), ("住院号" if inpatient else "门诊号", 0.23, record_no),
             ("就诊日期", 0.24, f"{issued.year}-{issued.month:02d}-{issued.day:02d}")]
    y = 40.0
    x = x0
    for label, share, value in heads:
        cw = (x1 - x0) * share
        page.rect(x, y, x + cw, y + 8, 0.2, fill=(230, 230, 230))
        page.fit(x, y, x + cw, y + 8, label, 3.0, lf, pad=0.4)
        page.rect(x, y + 8, x + cw, y + 18, 0.2)
        page.fit(x, y + 8, x + cw, y + 18, value, 3.3, vf, pad=0.8)
        x += cw
    y += 26
    page.text(x0, y, "临床诊断：", 3.8, bold)
    y += 8
    for i, ln in enumerate(lines):
        page.text(x0 + 8, y, f"（{i + 1}）{ln}" if len(lines) > 1 else ln, 3.8, vf)
        y += 7.5
    y += 4
    page.text(x0, y, "医嘱建议：", 3.8, bold)
    page.fit(x0 + 8, y + 3, x1, y + 19, rng.choice(ADVICE), 3.6, vf, "left", pad=0.5)
    y += 28
    page.text(x0, y, "经治医师：", 3.4, lf)
    page.text(x0 + 20, y - 0.3, doctor, 4.6, "kai", color=rng.choice(INKS))
    page.text(x0 + 70, y, "科主任：", 3.4, lf)
    page.text(x0 + 86, y - 0.3, chief, 4.6, "kai", color=rng.choice(INKS))
    y += 11
    day = f"{issued.year}年{issued.month}月{issued.day}日"
    page.text(x1, y, day, 3.6, lf, "rm")
    page.text(x1 - text_width(day, 3.6, lf) - 1, y, "出具日期：", 3.4, lf, "rm")
    if sealed:  # over the date
        page.seal(x1 - 22 + rng.uniform(-6, 6), y - 2 + rng.uniform(-2, 2), 15.0, hospital[:14], "诊断证明专用章",
                  rng.uniform(-20, 20), SEAL_RED, rng.randrange(1 << 30))
    y += 12
    page.text(x0, y, "说明：本证明须加盖医院诊断证明专用章方有效；涂改无效。", 2.8, lf, color=GREY)
    _dashed(page, x0, y + 12, x1)
    page.text(x0, y + 20, "（以下由门诊收费处填写）  盖章手续费：已收", 2.8, lf, color=GREY)
    fields: dict[str, Any] = {"医院名称": hospital, "姓名": name, "性别": person["性别"], "年龄": age, "科别": dept}
    fields["住院号" if inpatient else "门诊号"] = record_no
    fields |= {"诊断": "；".join(lines), "出具日期": issued.isoformat(), "医师": doctor, "是否盖章": sealed}
    page.fields = dict(fields)
    return Document("诊断证明", [page], fields, person=name, material="致困原因证明")


# ---------------------------------------------------------------------------------------------------------
# 残疾人证: a second-generation booklet's data page as a city federation printed it, two label/value column pairs
# under a photo set in the middle (婚姻状况 and 文化程度 beside the rest, the ID and the certificate number each
# across the row), the cover page beside it; both copied on landscape A4 and certified by the union: its round seal
# pressed over the data page's lower right corner and a 与原件核对无误 line with the clerk's name
# ---------------------------------------------------------------------------------------------------------
BOOK = (100.0, 136.0)


@layout("残疾人证", "残疾人证/轮换14")
def disability_centre_photo_booklet(hh: Household, name: str, rng: random.Random) -> Document:
    f = _disability_facts(hh, name, rng)
    person = f["person"]
    issued: date = f["issued"]
    office = f"{hh.unit.city}市残疾人联合会"
    lf = rng.choice(("sans", "serif", "hei"))
    vf = rng.choice(("sans", "hei", "heimono"))
    paper = rng.choice(((228, 240, 228), (246, 230, 230)))
    bold = "serifbold" if lf == "serif" else "bold"
    cover = Page(*BOOK, paper=paper)
    cover.text(BOOK[0] / 2, 34, "中华人民共和国", 4.6, bold, "mm")
    cover.text(BOOK[0] / 2, 50, "残疾人证", 8.0, bold, "mm")
    cover.text(BOOK[0] / 2, 118, "中国残疾人联合会", 3.4, lf, "mm")
    data = Page(*BOOK, paper=paper)
    data.rect(BOOK[0] / 2 - 12, 6, BOOK[0] / 2 + 12, 38, 0.1, (92, 92, 98), fill=(96, 96, 102))
    data.rect(BOOK[0] / 2 - 5, 10, BOOK[0] / 2 + 5, 20, 0.1, (50, 50, 55), fill=(50, 50, 55))
    x0, x1 = 5.0, BOOK[0] - 5.0
    cols = [x0, x0 + 14, x0 + 48, x0 + 62, x1]
    marital = person.get("婚姻状况") or (hh.record["婚姻状况"] if name == hh.record["姓名"] else "")
    rows: list[list[tuple[str, str]]] = [
        [("姓　名", name), ("性　别", person["性别"])],
        [("民　族", person["民族"]), ("婚　姻", marital)],
        [("出生日期", person["出生日期"].replace("-", ".")), ("文　化", EDUCATION.get(person.get("当前学历") or "", ""))],
        [("身份证号", person["身份证号"])],
        [("住　址", hh.record["家庭住址"].removesuffix("（租住）"))],
        [("残疾类别", f["category"]), ("等　级", f["grade"])],
        [("证　号", f["number"])],
        [("发证日期", f"{issued.year}年{issued.month}月{issued.day}日"), ("监护人", "")],
    ]
    top, rh = 42.0, 9.6
    y = top
    for cells in rows:
        if len(cells) == 1:
            label, value = cells[0]
            data.fit(x0, y, cols[1], y + rh, label, 2.4, lf, pad=0.4)
            data.line(cols[1], y, cols[1], y + rh, 0.15)
            data.fit(cols[1], y, x1, y + rh, value, 3.2, "heimono" if label != "住　址" else vf, "left", pad=1.0)
        else:
            for i, (label, value) in enumerate(cells):
                a, b, c = cols[2 * i], cols[2 * i + 1], cols[2 * i + 2]
                data.fit(a, y, b, y + rh, label, 2.4, lf, pad=0.4)
                data.line(b, y, b, y + rh, 0.15)
                data.fit(b, y, c, y + rh, value, 3.1, vf, "left", pad=1.0)
                if i == 0:
                    data.line(c, y, c, y + rh, 0.25)
        data.line(x0, y + rh, x1, y + rh, 0.2)
        y += rh
    data.rect(x0, top, x1, y, 0.5)
    data.line(x0, top, x1, top, 0.5)
    data.text(BOOK[0] / 2, y + 6, office, 2.8, lf, "mm")
    w, h = LANDSCAPE
    page = Page(w, h, mono=True, tone=round(rng.uniform(0.0, 0.5), 2))
    gap = rng.uniform(3, 9)
    x = (w - 2 * BOOK[0] - gap) / 2 + rng.uniform(-6, 6)
    y0 = rng.uniform(10, 22)
    left_data = rng.random() < 0.4
    for pg in ([data, cover] if left_data else [cover, data]):
        page.embed(pg, x, y0)
        x += BOOK[0] + gap
    dx = (w - 2 * BOOK[0] - gap) / 2 if left_data else (w - 2 * BOOK[0] - gap) / 2 + BOOK[0] + gap
    union = f"{hh.unit.employer}工会委员会"
    page.seal(dx + BOOK[0] - 16 + rng.uniform(-4, 4), y0 + y - 8 + rng.uniform(-3, 3), 13.0, union[-14:], "",
              rng.uniform(-30, 30), SEAL_RED, rng.randrange(1 << 30))
    ny = min(h - 8, y0 + BOOK[1] + rng.uniform(9, 14))
    page.text(rng.uniform(30, 80), ny, "与原件核对无误", 5.0, "kai", color=rng.choice(INKS))
    page.text(w - 90, ny, f"核对人：{_clerk(rng)}", 4.2, "kai", color=rng.choice(INKS))
    fields = {"姓名": name, "性别": person["性别"], "民族": person["民族"], "身份证号": person["身份证号"],
              "残疾人证号": f["number"], "残疾类别": f["category"], "残疾等级": f["grade"],
              "发证日期": issued.isoformat()}
    page.fields = dict(fields)
    return Document("残疾人证", [page], fields, person=name, material="致困原因证明")
