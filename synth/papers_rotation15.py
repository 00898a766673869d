"""Rotation 15's printings of 身份证, 户口簿, 低保证, 诊断证明 and 残疾人证 (2026-12-07), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Drawn from REAL-DOCUMENTS.md and ARCHIVE-SCHEMA.md with the card and copier parts of ``papers_id``,
``papers_cert`` and ``papers_rotation3``. Truth as for the kind's other layouts (synth/README.md "Output").
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from dangan.synth import papers_rotation14  # noqa: F401  (registers rotation 14's printings before these)
from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.papers_cert import ADVICE, EXTRA_DIAGNOSES, _dibao_facts, _disability_facts, dibao_document
from dangan.synth.papers_id import CARD, EDUCATION, IdFacts, id_facts
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.render import A4, Document

GREY = (105, 105, 110)
SEAL_RED = (205, 35, 45)
LANDSCAPE = (A4[1], A4[0])
INKS = (INK_BLUE, BLACK, (35, 35, 100))
SURNAMES = ("邵", "鲁", "秦", "尹", "钟", "史", "柏")
GIVEN = ("建平", "秀芳", "国庆", "丽华", "永", "静")


def _clerk(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _right_label(p: Page, x: float, y: float, width: float, label: str, size: float, key: str) -> None:
    """A label set flush right against a rule at ``x`` (shrunk to fit ``width``)."""
    while size > 1.4 and text_width(label, size, key) > width:
        size *= 0.92
    p.text(x, y, label, size, key, "rm")


def _upright(p: Page, x0: float, y0: float, x1: float, y1: float, label: str, size: float, key: str) -> None:
    """A short label set one character under another, centred in the narrow cell (x0, y0)-(x1, y1)."""
    step = min(size * 1.6, (y1 - y0) / (len(label) + 1))
    y = (y0 + y1) / 2 - step * (len(label) - 1) / 2
    for ch in label:
        p.text((x0 + x1) / 2, y, ch, size, key, "mm")
        y += step


# ---------------------------------------------------------------------------------------------------------
# 居民身份证: both faces copied reduced (the copier at 80-90 %) one above the other in the upper left of a portrait
# A4, the community's typed 核对说明 beside them on the right, under the residents' committee's seal; the card's
# labels letter-spaced, its values in another typeface
# ---------------------------------------------------------------------------------------------------------
def _front15(f: IdFacts, lf: str, vf: str) -> Page:
    p = Page(*CARD, paper=(236, 240, 240))
    p.rect(0, 0, CARD[0], CARD[1], 0.3, (150, 155, 160))
    lbl = (70, 90, 130)
    by, bm, bd = f.born.split("-")
    p.text(4, 8, "姓　名", 2.4, lf, color=lbl)
    p.text(15, 8, f.name, 3.7, vf)
    p.text(4, 15, "性　别", 2.4, lf, color=lbl)
    p.text(15, 15, f.gender, 3.1, vf)
    p.text(25, 15, "民　族", 2.4, lf, color=lbl)
    p.text(35, 15, f.ethnic, 3.1, vf)
    p.text(4, 22, "出　生", 2.4, lf, color=lbl)
    p.text(15, 22, f"{by}年{int(bm)}月{int(bd)}日", 3.0, vf)
    p.text(4, 29, "住　址", 2.4, lf, color=lbl)
    for i in range(0, len(f.addr), 12):  # twelve characters a line
        p.text(15, 29 + (i // 12) * 4.3, f.addr[i : i + 12], 2.8, vf)
    p.text(4, 48.5, "公民身份号码", 2.4, lf, color=lbl)
    p.text(25, 48.5, f.number, 3.4, "heimono")
    p.rect(60, 6, 82, 41, 0.1, (90, 90, 96), fill=(92, 92, 98))
    p.rect(66, 10, 76, 22, 0.1, (48, 48, 52), fill=(48, 48, 52))
    p.rect(62.5, 24, 79.5, 41, 0.1, (42, 42, 46), fill=(42, 42, 46))
    return p


def _back15(f: IdFacts, lf: str, vf: str) -> Page:
    p = Page(*CARD, paper=(240, 240, 236))
    p.rect(0, 0, CARD[0], CARD[1], 0.3, (150, 155, 160))
    p.rect(5, 4, 17, 16, 0.4, (120, 100, 60))
    p.text(49, 11, "中华人民共和国", 3.8, "bold", "mm")
    p.text(49, 22, "居民身份证", 5.6, "bold", "mm")
    p.text(10, 39, "签发机关", 2.4, lf, color=(70, 90, 130))
    p.text(24, 39, f.issuer, 2.9, vf)
    p.text(10, 46, "有效期限", 2.4, lf, color=(70, 90, 130))
    p.text(24, 46, f.valid, 2.9, vf)
    return p


@layout("身份证", "身份证/轮换15")
def id_card_reduced_with_note(hh: Household, name: str, rng: random.Random) -> Document:
    f = id_facts(hh, name, rng)
    w, h = A4
    sheet = Page(w, h, mono=True, tone=round(rng.uniform(0.05, 0.45), 2))
    lf = rng.choice(("sans", "hei"))
    vf = rng.choice(("serif", "hei", "sans"))
    k = rng.choice((0.8, 0.85, 0.9))
    x0 = rng.uniform(10, 16)
    y0 = rng.uniform(12, 20)
    front, back = _front15(f, lf, vf), _back15(f, lf, vf)
    embed_scaled(sheet, front, x0, y0, k)
    embed_scaled(sheet, back, x0 + rng.uniform(-1, 1), y0 + CARD[1] * k + rng.uniform(5, 9), k)
    # the note on the right
    nx = x0 + CARD[0] * k + rng.uniform(9, 13)
    nf = rng.choice(("serif", "sans"))
    community = f"{rng.choice(hh.unit.streets)[:2]}社区居民委员会"
    day = hh.created - timedelta(days=rng.randrange(1, 30))
    ny = y0 + 6
    sheet.text(nx, ny, "复印件核对说明", 4.2, "serifbold" if nf == "serif" else "bold")
    ny += 10
    for line in (f"持证人：{name}", "用　途：困难职工建档", "经核对，本复印件与", "原件相符。"):
        sheet.text(nx, ny, line, 3.4, nf)
        ny += 7
    ny += 6
    sheet.text(nx, ny, "核对单位（盖章）：", 3.4, nf)
    ny += 7
    sheet.text(nx, ny, community, 3.4, nf)
    sheet.seal(
        nx + 26 + rng.uniform(-4, 4),
        ny - 2 + rng.uniform(-3, 3),
        14.0,
        f"{hh.unit.city}市{community}"[:14],
        "",
        rng.uniform(-25, 25),
        SEAL_RED,
        rng.randrange(1 << 30),
    )
    ny += 9
    sheet.text(nx, ny, "经办人：", 3.4, nf)
    sheet.text(
        nx + text_width("经办人：", 3.4, nf) + 1, ny - 0.4, _clerk(rng), 4.6, "kai", color=rng.choice(INKS)
    )
    ny += 8
    sheet.text(nx, ny, _cn_date(day), 3.4, nf)
    fields = f.fields()
    sheet.fields = dict(fields)
    return Document("身份证", [sheet], fields, [], person=name, material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 户口簿: a printing whose register card sets one label/value pair a row (the labels right-aligned against the
# column rule, thin rules between the rows, a double frame); the 户主页 as label：value lines in a frame with the
# 户号 at its top left; each leaf copied at 100 % with the copier's lid up, black all round the leaf
# ---------------------------------------------------------------------------------------------------------
LEAF = (102.0, 144.0)


def _hukou_head15(hh: Household, rng: random.Random, addr: str, station: str, lf: str, vf: str) -> Page:
    r = hh.record
    p = Page(*LEAF, paper=(244, 242, 230))
    x0, x1 = 8.0, LEAF[0] - 8.0
    p.rect(x0 - 2, 8, x1 + 2, LEAF[1] - 10, 0.5)
    p.text(x0 + 1, 14, f"户号：{rng.randrange(100000000, 999999999)}", 2.8, vf)
    p.text(LEAF[0] / 2, 26, "户　口　簿", 5.0, "serifbold", "mm")
    p.text(LEAF[0] / 2, 33, "（户主页）", 2.8, lf, "mm")
    kind = (
        rng.choice(("非农业家庭户口", "农业家庭户口"))
        if r["是否农民工"]
        else rng.choice(("家庭户", "城镇家庭户"))
    )
    y = 46.0
    size = 3.2
    for label, value in (("户　　别", kind), ("户主姓名", r["姓名"])):
        p.text(x0 + 2, y, f"{label}：", size, lf)
        p.text(x0 + 2 + text_width(f"{label}：", size, lf), y, value, size, vf)
        y += 10
    p.text(x0 + 2, y, "住　　址：", size, lf)
    ax = x0 + 2 + text_width("住　　址：", size, lf)
    line = ""
    for ch in addr:  # wrapped under its own first character, as the station's printer wraps it
        if text_width(line + ch, size, vf) > x1 - 1 - ax:
            p.text(ax, y, line, size, vf)
            line, y = "", y + 5.5
        line += ch
    p.text(ax, y, line, size, vf)
    y += 14
    p.text(x0 + 2, y, "承办人签章：", size, lf)
    p.text(x0 + 2 + text_width("承办人签章：", size, lf), y - 0.3, _clerk(rng), 3.8, "kai", color=INK_BLUE)
    y += 10
    issued = hh.created - timedelta(days=rng.randrange(1800, 8000))
    p.text(x0 + 2, y, "签发日期：", size, lf)
    p.text(x0 + 2 + text_width("签发日期：", size, lf), y, _cn_date(issued), size, vf)
    p.seal(
        x1 - 20 + rng.uniform(-3, 3),
        y + 12 + rng.uniform(-3, 3),
        13.0,
        station[:14],
        "户口专用章",
        rng.uniform(-25, 25),
        SEAL_RED,
        rng.randrange(1 << 30),
    )
    p.fields = {"户主姓名": r["姓名"], "住址": addr}
    return p


def _hukou_card15(hh: Household, rng: random.Random, person: dict[str, Any], lf: str, vf: str) -> Page:
    r = hh.record
    p = Page(*LEAF, paper=(244, 242, 230))
    p.text(LEAF[0] / 2, 10, "常住人口登记卡", 4.4, "serifbold" if lf == "serif" else "bold", "mm")
    x0, x1 = 6.0, LEAF[0] - 6.0
    rule = x0 + 34
    y, m, d = person["出生日期"].split("-")
    place = r["户口所在地行政区划"][:6]
    job = {"在职": "工人", "在读": "学生", "退休": "离退休人员"}.get(person.get("人员身份") or "", "")
    rows: list[tuple[str, str, str]] = [
        ("姓名", person["姓名"], vf),
        ("户主或与户主关系", person["关系"], vf),
        ("曾用名", "", vf),
        ("性别", person["性别"], vf),
        ("出生地", place, vf),
        ("民族", person["民族"], vf),
        ("籍贯", place, vf),
        ("出生日期", f"{y}年{int(m)}月{int(d)}日", vf),
        ("公民身份证件编号", person["身份证号"], "heimono"),
        ("本市（县）其他住址", "", vf),
        ("宗教信仰", "", vf),
        ("身高", "", vf),
        ("血型", "", vf),
        ("文化程度", EDUCATION.get(person.get("当前学历") or "", ""), vf),
        ("婚姻状况", person.get("婚姻状况") or "", vf),
        ("兵役状况", "", vf),
        ("服务处所", person.get("单位或学校") or "", vf),
        ("职业", job, vf),
        ("何时由何地迁来本市（县）", "", vf),
        ("何时由何地迁来本址", "", vf),
    ]
    top, rh = 16.0, 5.7
    yy = top
    for label, value, font in rows:
        _right_label(p, rule - 1.2, yy + rh / 2, rule - x0 - 2.4, label, 2.4, lf)
        p.fit(rule, yy, x1, yy + rh, value, 2.9, font, "left", pad=1.6)
        yy += rh
        p.line(x0, yy, x1, yy, 0.12)
    p.line(rule, top, rule, yy, 0.25)
    p.rect(x0, top, x1, yy, 0.6)
    p.rect(x0 - 1.2, top - 1.2, x1 + 1.2, yy + 1.2, 0.25)
    moved = hh.created - timedelta(days=rng.randrange(900, 9000))
    p.text(x0, yy + 7, "承办人签章：", 2.5, lf)
    p.text(x0 + text_width("承办人签章：", 2.5, lf) + 1, yy + 6.8, _clerk(rng), 3.5, "kai", color=INK_BLUE)
    p.text(x1, yy + 7, f"登记日期：{_cn_date(moved)}", 2.5, lf, "rm")
    p.members = [{key: person[key] for key in ("姓名", "关系", "性别", "民族", "出生日期", "身份证号")}]
    return p


@layout("户口簿", "户口簿/轮换15")
def hukou_lid_up_copies(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    addr = id_facts(hh, r["姓名"], rng).addr
    station = f"{hh.unit.city}市公安局{rng.choice(hh.unit.streets)[:2]}派出所"
    lf = rng.choice(("serif", "sans", "hei"))
    vf = rng.choice(("sans", "hei", "serif"))
    people = [hh.householder() | {"关系": "户主", "婚姻状况": r["婚姻状况"]}, *hh.members]
    leaves = [_hukou_head15(hh, rng, addr, station, lf, vf)]
    leaves += [_hukou_card15(hh, rng, person, lf, vf) for person in people]
    pages: list[Page] = []
    for leaf in leaves:
        sheet = Page(*A4, mono=True, tone=round(rng.uniform(0.0, 0.4), 2))
        dark = rng.randrange(25, 60)
        x = rng.uniform(20, A4[0] - LEAF[0] - 20)
        y = rng.uniform(25, A4[1] - LEAF[1] - 40)
        # the lid up: black round the booklet (the open booklet's other half a little lighter on the left)
        sheet.rect(0, 0, A4[0], A4[1], 0.05, (dark,) * 3, fill=(dark,) * 3)
        sheet.rect(
            max(0.0, x - LEAF[0] + 4),
            y - 1,
            x - 1.5,
            y + LEAF[1] + 1,
            0.05,
            (dark + 40,) * 3,
            fill=(dark + 40,) * 3,
        )
        sheet.embed(leaf, x, y)
        sheet.fields, sheet.members = dict(leaf.fields), list(leaf.members)
        pages.append(sheet)
    entries = [m for pg in leaves for m in pg.members]
    return Document("户口簿", pages, dict(leaves[0].fields), entries, person=r["姓名"], material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 低保证: a city's portrait booklet opened at its inner spread: on the left 持证人基本情况 as a grid of two pairs a
# row (享受低保人数, 月保障金 每月…元, 保障期限 …至…, 发证单位 with the civil affairs seal under the grid), on the
# right 享受低保家庭成员 with the relation first and age and sex before the ID number; the spread copied reduced onto
# the top of a portrait A4, the union clerk's handwritten 与原件相符 under it
# ---------------------------------------------------------------------------------------------------------
DPAGE = (96.0, 132.0)


@layout("低保证", "低保证/轮换15")
def dibao_inner_spread_reduced(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    f = _dibao_facts(hh, rng)
    issuer, issued, valid, sealed = f["issuer"], f["issued"], f["valid"], f["sealed"]
    people = [hh.householder() | {"关系": "户主"}, *hh.members]
    covered = people if rng.random() < 0.7 else people[: max(1, len(people) - 1)]
    lf = rng.choice(("serif", "sans", "hei"))
    vf = rng.choice(("sans", "hei", "kai"))
    ink = rng.choice(INKS) if vf == "kai" else BLACK
    paper = rng.choice(((248, 240, 226), (240, 246, 236)))
    bold = "serifbold" if lf == "serif" else "bold"
    x0, x1 = 5.0, DPAGE[0] - 5.0
    a = Page(*DPAGE, paper=paper)
    a.text(DPAGE[0] / 2, 9, "持证人基本情况", 4.2, bold, "mm")
    cols = [x0, x0 + 17, x0 + 45, x0 + 62, x1]
    rh = 9.0

    def pair(y: float, cells: list[tuple[str, str]], height: float = rh, font: str = vf) -> float:
        if len(cells) == 1:
            label, value = cells[0]
            a.rect(cols[0], y, cols[1], y + height, 0.2)
            a.fit(cols[0], y, cols[1], y + height, label, 2.6, lf, pad=0.4)
            a.rect(cols[1], y, cols[4], y + height, 0.2)
            a.fit(
                cols[1],
                y,
                cols[4],
                y + height,
                value,
                3.0,
                font,
                "left",
                ink if font == vf else BLACK,
                pad=1.2,
            )
        else:
            for i, (label, value) in enumerate(cells):
                a.rect(cols[2 * i], y, cols[2 * i + 1], y + height, 0.2)
                a.fit(cols[2 * i], y, cols[2 * i + 1], y + height, label, 2.6, lf, pad=0.4)
                a.rect(cols[2 * i + 1], y, cols[2 * i + 2], y + height, 0.2)
                a.fit(cols[2 * i + 1], y, cols[2 * i + 2], y + height, value, 3.0, font, "left", ink, pad=1.2)
        return y + height

    y = 15.0
    y = pair(y, [("证　号", hh.dibao_no or "")], font="heimono")
    y = pair(y, [("户主姓名", r["姓名"]), ("性　别", r["性别"])])
    y = pair(y, [("家庭人口", f"{r['家庭人口']}人"), ("享受低保人数", f"{len(covered)}人")])
    y = pair(y, [("家庭住址", r["家庭住址"].removesuffix("（租住）"))], 14.0)
    y = pair(y, [("月保障金", f"每月{hh.dibao_amount}元")])
    y = pair(y, [("保障期限", f"{_cn_date(issued)}至{_cn_date(valid)}")], 12.0)
    y += 9
    a.text(x0 + 2, y, "发证单位（盖章）", 2.8, lf)
    a.text(x0 + 2, y + 6, issuer, 3.0, lf)
    a.text(x1 - 1, y + 14, _cn_date(issued), 2.8, lf, "rm")
    if sealed:  # over the issuer's name
        a.seal(
            x0 + 22 + rng.uniform(-4, 4),
            y + 5 + rng.uniform(-2, 2),
            11.0,
            issuer[:14],
            "低保专用章",
            rng.uniform(-25, 25),
            SEAL_RED,
            rng.randrange(1 << 30),
        )
    b = Page(*DPAGE, paper=paper)
    b.text(DPAGE[0] / 2, 9, "享受低保家庭成员", 4.2, bold, "mm")
    bcols = [3.0, 15.0, 31.0, 38.0, 46.0, DPAGE[0] - 3.0]
    y = 15.0
    for i, head in enumerate(("关系", "姓名", "性别", "年龄", "身份证号码")):
        b.rect(bcols[i], y, bcols[i + 1], y + 8, 0.25)
        b.fit(bcols[i], y, bcols[i + 1], y + 8, head, 2.6, lf, pad=0.2)
    y += 8
    n_rows = max(7, len(covered))
    row_h = min(9.0, (DPAGE[1] - 10 - y) / n_rows)
    for i in range(n_rows):
        m = covered[i] if i < len(covered) else None
        cells = [m["关系"], m["姓名"], m["性别"], str(m["年龄"]), m["身份证号"]] if m else [""] * 5
        for j, cell in enumerate(cells):
            b.rect(bcols[j], y, bcols[j + 1], y + row_h, 0.2)
            font = "heimono" if j == 4 else vf
            b.fit(
                bcols[j],
                y,
                bcols[j + 1],
                y + row_h,
                cell,
                min(2.9, row_h * 0.42),
                font,
                "center",
                ink if j < 4 else BLACK,
                pad=0.4,
            )
        y += row_h
    w, h = A4
    page = Page(w, h, mono=True, tone=round(rng.uniform(0.05, 0.5), 2))
    k = rng.choice((0.88, 0.92, 0.95))
    gap = rng.uniform(0.5, 2.5)  # the booklet's fold
    span = (2 * DPAGE[0] + gap) * k
    x = (w - span) / 2 + rng.uniform(-6, 6)
    y0 = rng.uniform(12, 22)
    embed_scaled(page, a, x, y0, k)
    embed_scaled(page, b, x + (DPAGE[0] + gap) * k, y0, k)
    ny = y0 + DPAGE[1] * k + rng.uniform(14, 22)
    page.text(x + rng.uniform(0, 30), ny, "与原件相符", 5.2, "kai", color=rng.choice(INKS))
    page.text(x + rng.uniform(70, 100), ny + 1, f"核对人：{_clerk(rng)}", 4.2, "kai", color=rng.choice(INKS))
    day = hh.created - timedelta(days=rng.randrange(1, 25))
    page.text(
        x + rng.uniform(70, 100),
        ny + 10,
        f"{day.year}.{day.month}.{day.day}",
        4.0,
        "kai",
        color=rng.choice(INKS),
    )
    return dibao_document(hh, page, covered, issuer, valid, sealed)


# ---------------------------------------------------------------------------------------------------------
# 诊断证明: a hospital's landscape A5 form printed on the upper half of an A4 sheet: the patient's items as one
# ruled row of label | value | label | value … and a second row with the record number; the 诊断 and 医嘱 in tall
# boxes whose titles stand one character under another in a narrow cell on the left; a foot row 医师签名 | 日期 |
# 医院盖章, the seal pressed in its box over the date's edge
# ---------------------------------------------------------------------------------------------------------
@layout("诊断证明", "诊断证明/轮换15")
def diagnosis_upright_titles(hh: Household, name: str, rng: random.Random) -> Document:
    person = hh.person(name)
    hospital = rng.choice(hh.unit.hospitals)
    doctor = rng.choice(("冯建华", "葛玉梅", "蒋志刚", "韦秋菊", "卢海涛", "沈佩琳", "殷文斌"))
    issued = hh.created - timedelta(days=rng.randrange(5, 220))
    lines = [person["疾病/残疾类别"] or "慢性病", *rng.sample(EXTRA_DIAGNOSES, rng.randrange(0, 3))]
    dept = rng.choice(("内科", "呼吸内科", "血液科", "康复科", "风湿免疫科", "泌尿外科", "眼科"))
    inpatient = rng.random() < 0.35
    record_no = f"{rng.randrange(100000, 999999)}" if inpatient else f"MZ{rng.randrange(1000000, 9999999)}"
    age = person["年龄"]
    sealed = rng.random() < 0.85
    lf = rng.choice(("serif", "sans", "hei"))
    vf = rng.choice(("sans", "serif", "heimono", "kai"))
    ink = rng.choice(INKS) if vf == "kai" else BLACK
    w, h = A4
    page = Page(w, h, mono=rng.random() < 0.7, tone=round(rng.uniform(0.0, 0.4), 2))
    bold = "serifbold" if lf == "serif" else "bold"
    x0, x1 = 14.0, w - 14.0
    oy = rng.uniform(6, 12)
    page.text(w / 2, oy + 10, hospital, 5.0, bold, "mm")
    page.text(w / 2, oy + 18, rng.choice(("诊断证明书", "疾病诊断证明书")), 4.8, bold, "mm")
    page.text(x1, oy + 24, f"编号：{issued.year}{rng.randrange(10000, 99999)}", 2.8, lf, "rm")
    y = oy + 27
    row1 = [
        ("姓名", 0.09, 0.14, name),
        ("性别", 0.09, 0.08, person["性别"]),
        ("年龄", 0.09, 0.1, f"{age}岁"),
        ("科别", 0.09, 0.32, dept),
    ]
    x = x0
    for label, lw, vw, value in row1:
        a, b, c = x, x + (x1 - x0) * lw, x + (x1 - x0) * (lw + vw)
        page.rect(a, y, b, y + 9, 0.25)
        page.fit(a, y, b, y + 9, label, 3.0, lf, pad=0.3)
        page.rect(b, y, c, y + 9, 0.25)
        page.fit(b, y, c, y + 9, value, 3.3, vf, "left", ink, pad=1.0)
        x = c
    y += 9
    label = "住院号" if inpatient else "门诊病历号"
    split = x0 + (x1 - x0) * 0.18
    mid = x0 + (x1 - x0) * 0.55
    page.rect(x0, y, split, y + 9, 0.25)
    page.fit(x0, y, split, y + 9, label, 3.0, lf, pad=0.3)
    page.rect(split, y, mid, y + 9, 0.25)
    page.fit(split, y, mid, y + 9, record_no, 3.3, "heimono", "left", pad=1.0)
    page.rect(mid, y, mid + (x1 - x0) * 0.12, y + 9, 0.25)
    page.fit(mid, y, mid + (x1 - x0) * 0.12, y + 9, "费别", 3.0, lf, pad=0.3)
    page.rect(mid + (x1 - x0) * 0.12, y, x1, y + 9, 0.25)
    page.fit(
        mid + (x1 - x0) * 0.12,
        y,
        x1,
        y + 9,
        rng.choice(("职工医保", "自费", "居民医保")),
        3.3,
        vf,
        "left",
        ink,
        pad=1.0,
    )
    y += 9
    narrow = x0 + 11
    dh = 8 + 7 * len(lines)
    page.rect(x0, y, narrow, y + dh, 0.25)
    _upright(page, x0, y, narrow, y + dh, "诊断", 3.4, bold)
    page.rect(narrow, y, x1, y + dh, 0.25)
    ly = y + 6
    for i, ln in enumerate(lines):
        page.text(narrow + 4, ly, f"{i + 1}.{ln}" if len(lines) > 1 else ln, 3.6, vf, color=ink)
        ly += 7
    y += dh
    ah = 20.0
    page.rect(x0, y, narrow, y + ah, 0.25)
    _upright(page, x0, y, narrow, y + ah, "医嘱", 3.4, bold)
    page.rect(narrow, y, x1, y + ah, 0.25)
    page.fit(narrow, y + 1, x1, y + ah - 1, rng.choice(ADVICE), 3.4, vf, "left", ink, pad=3.0)
    y += ah
    fh = 14.0
    c1, c2, c3, c4 = (
        x0 + (x1 - x0) * 0.14,
        x0 + (x1 - x0) * 0.38,
        x0 + (x1 - x0) * 0.48,
        x0 + (x1 - x0) * 0.72,
    )
    for a, b in ((x0, c1), (c1, c2), (c2, c3), (c3, c4), (c4, x1)):
        page.rect(a, y, b, y + fh, 0.25)
    page.fit(x0, y, c1, y + fh, "医师签名", 3.0, lf, pad=0.3)
    page.text((c1 + c2) / 2, y + fh / 2, doctor, 4.6, "kai", "mm", rng.choice(INKS))
    page.fit(c2, y, c3, y + fh, "日期", 3.0, lf, pad=0.3)
    page.fit(c3, y, c4, y + fh, _cn_date(issued), 3.3, vf, color=ink, pad=0.8)
    page.text(c4 + 2, y + 3.5, "医院盖章", 2.6, lf)
    if sealed:  # in its box, over the date's right edge
        page.seal(
            c4 + 6 + rng.uniform(-3, 5),
            y + fh / 2 + rng.uniform(-2, 2),
            14.0,
            hospital[:14],
            "诊断证明专用章",
            rng.uniform(-20, 20),
            SEAL_RED,
            rng.randrange(1 << 30),
        )
    y += fh
    page.text(x0, y + 6, "注：本证明仅说明病情，不作休假依据；无医院盖章无效。", 2.7, lf, color=GREY)
    fields: dict[str, Any] = {
        "医院名称": hospital,
        "姓名": name,
        "性别": person["性别"],
        "年龄": age,
        "科别": dept,
    }
    fields["住院号" if inpatient else "门诊号"] = record_no
    fields |= {"诊断": "；".join(lines), "出具日期": issued.isoformat(), "医师": doctor, "是否盖章": sealed}
    page.fields = dict(fields)
    return Document("诊断证明", [page], fields, person=name, material="致困原因证明")


# ---------------------------------------------------------------------------------------------------------
# 残疾人证: a third-generation card (a tinted title band, the photo on the left, 类别 and 等级 beside it, the 证号
# across the foot; on the back 住址, 监护人, 发证机关 and 发证日期 with the federation's seal) copied enlarged, the two
# faces one above the other on the left half of a landscape A4; the union's ruled 复印件核对登记 table on the right
# half, filled by hand
# ---------------------------------------------------------------------------------------------------------
@layout("残疾人证", "残疾人证/轮换15")
def disability_card_with_check_table(hh: Household, name: str, rng: random.Random) -> Document:
    f = _disability_facts(hh, name, rng)
    person = f["person"]
    issued: date = f["issued"]
    office = f"{hh.unit.city}市{hh.unit.region_name[-3:]}残疾人联合会"
    lf = rng.choice(("sans", "hei"))
    vf = rng.choice(("hei", "sans", "serif"))
    band = rng.choice(((196, 222, 240), (240, 214, 196), (208, 232, 208)))
    front = Page(*CARD, paper=(244, 246, 248))
    front.rect(0, 0, CARD[0], 9, 0.1, band, fill=band)
    front.text(CARD[0] / 2, 4.8, "中华人民共和国残疾人证", 3.6, "bold", "mm")
    front.rect(4, 13, 24, 39, 0.1, (88, 88, 94), fill=(90, 90, 96))
    front.rect(10, 16, 18, 25, 0.1, (46, 46, 50), fill=(46, 46, 50))
    lbl = (80, 80, 95)
    rows = [
        ("姓名", name, 3.4),
        ("性别", person["性别"], 3.0),
        ("民族", person["民族"], 3.0),
        ("类别", f["category"], 3.0),
        ("等级", f["grade"], 3.0),
    ]
    for i, (label, value, size) in enumerate(rows):
        yy = 15 + i * 5.6
        front.text(28, yy, label, 2.3, lf, color=lbl)
        front.text(37, yy, value, size, vf)
    front.text(4, 47, "证号", 2.3, lf, color=lbl)
    front.text(12, 47, f["number"], 3.4, "heimono")
    back = Page(*CARD, paper=(244, 246, 248))
    back.rect(0, CARD[1] - 5, CARD[0], CARD[1], 0.1, band, fill=band)
    back.text(5, 8, "住址", 2.3, lf, color=lbl)
    back.fit(14, 3, CARD[0] - 4, 16, hh.record["家庭住址"].removesuffix("（租住）"), 2.8, vf, "left", pad=0.2)
    back.text(5, 22, "监护人", 2.3, lf, color=lbl)
    back.text(5, 31, "发证机关", 2.3, lf, color=lbl)
    back.fit(17, 27, CARD[0] - 4, 35, office, 2.8, vf, "left", pad=0.2)
    back.text(5, 40, "发证日期", 2.3, lf, color=lbl)
    back.text(17, 40, _cn_date(issued), 2.8, vf)
    back.seal(
        62 + rng.uniform(-3, 3),
        36 + rng.uniform(-2, 2),
        9.0,
        office[:14],
        "",
        rng.uniform(-25, 25),
        SEAL_RED,
        rng.randrange(1 << 30),
    )
    w, h = LANDSCAPE
    page = Page(w, h, mono=True, tone=round(rng.uniform(0.0, 0.5), 2))
    k = rng.choice((1.2, 1.3, 1.35))
    x = rng.uniform(10, 18)
    y = rng.uniform(12, 20)
    embed_scaled(page, front, x, y, k)
    embed_scaled(page, back, x + rng.uniform(-1.5, 1.5), y + CARD[1] * k + rng.uniform(6, 10), k)
    # the check table on the right half
    tx0, tx1 = w / 2 + 14, w - 14
    ty = rng.uniform(24, 40)
    page.text((tx0 + tx1) / 2, ty, "残疾人证复印件核对登记", 4.4, "bold", "mm")
    ty += 6
    relation = "本人" if name == hh.record["姓名"] else person.get("关系", "")
    day = hh.created - timedelta(days=rng.randrange(1, 20))
    items = [
        ("持证人", name),
        ("与职工关系", relation),
        ("证件类型", "第三代智能化残疾人证"),
        ("职工姓名", hh.record["姓名"]),
        ("核对人", _clerk(rng)),
        ("核对日期", f"{day.year}.{day.month}.{day.day}"),
    ]
    split = tx0 + 30
    for label, value in items:
        page.rect(tx0, ty, split, ty + 11, 0.25)
        page.fit(tx0, ty, split, ty + 11, label, 3.2, "sans", pad=0.4)
        page.rect(split, ty, tx1, ty + 11, 0.25)
        typed = label == "证件类型"
        page.text(
            split + 3,
            ty + 5.5,
            value,
            3.4 if typed else 4.4,
            "sans" if typed else "kai",
            "lm",
            BLACK if typed else rng.choice(INKS),
        )
        ty += 11
    union = f"{hh.unit.employer}工会"
    page.seal(
        tx1 - 22 + rng.uniform(-4, 4),
        ty - 8 + rng.uniform(-3, 3),
        14.0,
        union[-14:],
        "",
        rng.uniform(-30, 30),
        SEAL_RED,
        rng.randrange(1 << 30),
    )
    fields = {
        "姓名": name,
        "性别": person["性别"],
        "民族": person["民族"],
        "身份证号": person["身份证号"],
        "残疾人证号": f["number"],
        "残疾类别": f["category"],
        "残疾等级": f["grade"],
        "发证日期": issued.isoformat(),
    }
    page.fields = dict(fields)
    return Document("残疾人证", [page], fields, person=name, material="致困原因证明")
