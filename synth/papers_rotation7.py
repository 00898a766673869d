"""Rotation 7's printings of 身份证, 户口簿, 低保证, 诊断证明 and 残疾人证 (2026-12-06), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Drawn from REAL-DOCUMENTS.md, ARCHIVE-SCHEMA.md and the seeds' wording (户口本复印件, 医疗诊断书, a 低保证 with the
民政 office's yearly 审核 stamp) with the card and copier parts of ``papers_id``, ``papers_cert`` and
``papers_rotation3``. Truth as for the kind's other layouts (synth/README.md "Output").
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.papers_cert import ADVICE, EXTRA_DIAGNOSES, _dibao_facts, _disability_facts, dibao_document
from dangan.synth.papers_id import CARD, EDUCATION, _copy_note, id_back, id_facts, id_front
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.render import A4, Document, Grid, L, Style, V, _seal_on, cn_date

A4_LANDSCAPE = (297.0, 210.0)
SHADE = (222, 222, 218)  # a printed label cell's tint


def _bold(font: str) -> str:
    return "serifbold" if font == "serif" else "bold"


def _digit_boxes(p: Page, x: float, y: float, w: float, h: float, digits: str, size: float, font: str,
                 color: tuple[int, int, int] = BLACK, ink: tuple[int, int, int] = BLACK) -> None:
    """``digits`` one a box, the boxes filling ``w`` from ``x`` (the text ops follow each other: they read as
    one number)."""
    step = w / len(digits)
    for i in range(len(digits)):
        p.rect(x + i * step, y, x + (i + 1) * step, y + h, 0.2, ink)
    for i, ch in enumerate(digits):
        p.text(x + (i + 0.5) * step, y + h / 2, ch, size, font, "mm", color)


# ---------------------------------------------------------------------------------------------------------
# 居民身份证: the union's 材料粘贴单 (its header filled in), both faces reduced by the copier and laid at odd
# places in its pasting frame, the union's seal over the 国徽面's title
# ---------------------------------------------------------------------------------------------------------
@layout("身份证", "身份证/轮换7")
def id_card_paste_sheet(hh: Household, name: str, rng: random.Random) -> Document:
    f = id_facts(hh, name, rng)
    r = hh.record
    st = Style.draw(rng)
    lf = st.label_font
    sheet = Page(*A4, mono=True, tone=round(rng.uniform(0.05, 0.6), 2))
    title = rng.choice(("困难职工建档材料粘贴单", "证件复印件粘贴单", "户籍证明材料粘贴页"))
    sheet.text(105, 16, title, 5.6, _bold(lf), "mm")
    relation = "本人" if name == r["姓名"] else str(hh.person(name).get("关系") or "家庭成员")
    g = Grid(sheet, st, 16, 24, 178)
    g.row([(1.0, L("职工姓名")), (1.5, V(r["姓名"])), (1.0, L("工作单位")), (2.5, V(hh.unit.employer))], 10)
    g.row([(1.0, L("持证人")), (1.5, V(name)), (1.0, L("与职工关系")), (2.5, V(relation))], 10)
    g.row([(1.0, L("材料名称")), (5.0, V(rng.choice(("居民身份证（正反面）", "身份证复印件"))))], 10)
    top = g.y + 6
    bottom = 268.0
    sheet.rect(16, top, 194, bottom, 0.3, (120, 120, 120))
    sheet.text(105, top + 5, rng.choice(("（粘贴处）", "粘 贴 处", "（请将证件复印件粘贴于此框内）")), 3.0, lf, "mm",
               (120, 120, 120))
    k = rng.uniform(0.8, 0.92)  # the copier set to reduce
    cw, ch = CARD[0] * k, CARD[1] * k
    faces = [id_front(f, rng), id_back(f)]
    placing = rng.randrange(3)
    if placing == 0:  # staggered down the frame, left to right
        x1, y1 = rng.uniform(22, 34), rng.uniform(top + 12, top + 26)
        x2, y2 = rng.uniform(max(x1 + 20, 148 - cw), 188 - cw), y1 + ch + rng.uniform(8, 30)
    elif placing == 1:  # both low in the frame, far right, one above the other
        x1 = rng.uniform(188 - cw - 30, 188 - cw)
        y2 = rng.uniform(bottom - ch - 20, bottom - ch - 6)
        x2, y1 = x1 + rng.uniform(-12, 0), y2 - ch - rng.uniform(6, 16)
    else:  # the 国徽面 high on the right, the 人像面 lower on the left
        x2, y2 = rng.uniform(188 - cw - 12, 188 - cw), rng.uniform(top + 12, top + 24)
        x1, y1 = rng.uniform(22, 40), y2 + ch + rng.uniform(14, 40)
    embed_scaled(sheet, faces[0], x1, y1, k)
    embed_scaled(sheet, faces[1], x2, y2, k)
    union = f"{hh.unit.employer[:12]}工会"
    # the union's seal over the 国徽面's printed title (中华人民共和国 / 居民身份证), clear of its two lines below
    sheet.seal(x2 + cw * rng.uniform(0.5, 0.62), y2 + ch * 0.3, 12.5 * k * rng.uniform(0.95, 1.1), union, "",
               rng.uniform(-25, 25), (200, 40, 50), rng.randrange(1 << 30))
    clerk = str(r.get("建档人") or rng.choice(("王丽", "张敏", "刘洋", "陈芳")))
    sheet.text(22, bottom + 10, "经办人：", 3.6, lf)
    sheet.text(22 + text_width("经办人：", 3.6, lf) + 2, bottom + 9.6, clerk, 4.8, "kai", color=INK_BLUE)
    day = hh.created - timedelta(days=rng.randrange(1, 30))
    sheet.text(120, bottom + 10, "日期：", 3.6, lf)
    sheet.text(120 + text_width("日期：", 3.6, lf) + 2, bottom + 9.6, f"{day.year}.{day.month}.{day.day}", 4.4, "kai",
               color=INK_BLUE)
    fields = f.fields()
    sheet.fields = dict(fields)
    return Document("身份证", [sheet], fields, [], person=name, material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 户口簿: another bureau's printing (labels in tinted cells, wrapped when long; the 户主页's labels above their
# values; the 公民身份号码 in eighteen boxes), each page copied enlarged onto its own A4 sheet with the cover's
# edge showing round it
# ---------------------------------------------------------------------------------------------------------
LEAF = (105.0, 143.0)
Cell = tuple[float, str, str]  # weight, "l" (label) / "v" (value) / "d" (digit boxes), text


def _cells(p: Page, y: float, h: float, cells: list[Cell], vfont: str, x0: float = 5.0,
           width: float = LEAF[0] - 10) -> float:
    total = sum(w for w, _, _ in cells)
    x = x0
    for w, kind, text in cells:
        cw = width * w / total
        if kind == "l":
            p.rect(x, y, x + cw, y + h, 0.25, BLACK, fill=SHADE)
            p.fit(x, y, x + cw, y + h, text, 2.4, "sans", pad=0.6)
        elif kind == "d":
            p.rect(x, y, x + cw, y + h, 0.25)
            _digit_boxes(p, x + 1.2, y + 1.2, cw - 2.4, h - 2.4, text, 2.9, "heimono")
        else:
            p.rect(x, y, x + cw, y + h, 0.25)
            p.fit(x, y, x + cw, y + h, text, 2.9, vfont, "left", pad=1.2)
        x += cw
    return y + h


def _head_page(hh: Household, rng: random.Random, addr: str, station: str, vfont: str, paper: Any) -> Page:
    r = hh.record
    p = Page(*LEAF, paper=paper)
    p.text(LEAF[0] / 2, 12, rng.choice(("居民户口簿", "户 口 簿")), 5.4, "bold", "mm")
    p.text(LEAF[0] / 2, 19, "户主页", 2.8, "sans", "mm")
    issued = hh.created - timedelta(days=rng.randrange(400, 5000))
    kind = rng.choice(("家庭户", "家庭户", "非农业家庭户口" if not r["是否农民工"] else "农业家庭户口"))
    y = _cells(p, 24, 6.5, [(1.0, "l", "户别"), (1.2, "l", "户主姓名"), (1.2, "l", "户号")], vfont)
    y = _cells(p, y, 10, [(1.0, "v", kind), (1.2, "v", r["姓名"]), (1.2, "v", f"{rng.randrange(100000, 999999)}")],
               vfont)
    y = _cells(p, y, 6.5, [(1.0, "l", "住址")], vfont)
    y = _cells(p, y, 18, [(1.0, "v", addr)], vfont)
    y = _cells(p, y, 6.5, [(1.6, "l", "户口登记机关"), (1.0, "l", "签发日期")], vfont)
    y = _cells(p, y, 11, [(1.6, "v", station), (1.0, "v", cn_date(issued))], vfont)
    y = _cells(p, y, 6.5, [(1.0, "l", "户口专用章"), (1.0, "l", "承办人签章")], vfont)
    y = _cells(p, y, 24, [(1.0, "v", ""), (1.0, "v", "")], vfont)
    _seal_on(p, Style.draw(rng, typed=True), 5 + 47.5 / 2, y - 12, station[:14], "户口专用章", 10.5)
    p.text(5 + 47.5 * 1.5, y - 12, rng.choice(("周丽", "何军", "罗敏", "邓超")), 4.2, "kai", "mm", INK_BLUE)
    y = _cells(p, y + 4, 6.5, [(1.0, "l", "住址变动登记")], vfont)
    for _ in range(2):
        y = _cells(p, y, 8, [(0.5, "l", "住址"), (2.5, "v", "")], vfont)
    p.fields = {"户主姓名": r["姓名"], "住址": addr}
    return p


def _card_page(hh: Household, rng: random.Random, person: dict[str, Any], vfont: str, paper: Any,
               born_style: int) -> Page:
    r = hh.record
    p = Page(*LEAF, paper=paper)
    p.text(LEAF[0] / 2, 10, "常住人口登记卡", 4.6, "bold", "mm")
    born_place = r["户口所在地行政区划"][:6]
    moved = hh.created - timedelta(days=rng.randrange(800, 9000))
    adult = person["年龄"] >= 16
    y_, m_, d_ = person["出生日期"].split("-")
    born = f"{y_}年{int(m_)}月{int(d_)}日" if born_style == 0 else f"{y_}.{m_}.{d_}"
    job = {"在职": "职员", "在读": "学生", "退休": "退休人员"}.get(person.get("人员身份") or "", "")
    a, b = 0.72, 1.1  # a label cell, narrow (long labels wrap), and its value
    rows: list[tuple[float, list[Cell]]] = [
        (8.6, [(a, "l", "姓名"), (b, "v", person["姓名"]), (a, "l", "户主或与户主关系"), (b, "v", person["关系"])]),
        (8.6, [(a, "l", "曾用名"), (b, "v", ""), (a, "l", "性别"), (b, "v", person["性别"])]),
        (8.6, [(a, "l", "出生地"), (b, "v", born_place), (a, "l", "民族"), (b, "v", person["民族"])]),
        (8.6, [(a, "l", "籍贯"), (b, "v", born_place), (a, "l", "出生日期"), (b, "v", born)]),
        (8.6, [(a, "l", "本市（县）其他住址"), (2 * b + a, "v", "")]),
        (8.6, [(a, "l", "宗教信仰"), (b, "v", ""), (a, "l", "身高"),
               (b, "v", f"{rng.randrange(150, 186)}厘米" if adult else "")]),
        (9.0, [(a, "l", "公民身份号码"), (2 * b + a, "d", person["身份证号"])]),
        (8.6, [(a, "l", "血型"), (b, "v", rng.choice(("A型", "B型", "O型", "AB型", "")) if adult else ""),
               (a, "l", "文化程度"), (b, "v", EDUCATION.get(person.get("当前学历") or "", ""))]),
        (8.6, [(a, "l", "婚姻状况"), (b, "v", person.get("婚姻状况") or ""), (a, "l", "兵役状况"), (b, "v", "")]),
        (8.6, [(a, "l", "服务处所"), (b, "v", person.get("单位或学校") or ""), (a, "l", "职业"), (b, "v", job)]),
        (8.6, [(a, "l", "何时由何地迁来本市（县）"), (2 * b + a, "v", "")]),
        (8.6, [(a, "l", "何时由何地迁来本址"),
               (2 * b + a, "v", f"{moved.year}年{moved.month}月" if rng.random() < 0.5 else "")]),
        (10.0, [(a, "l", "承办人签章"), (b, "v", ""), (a, "l", "登记日期"), (b, "v", cn_date(moved))]),
    ]
    y = 15.0
    for h, cells in rows:
        y = _cells(p, y, h, cells, vfont)
    p.members = [{key: person[key] for key in ("姓名", "关系", "性别", "民族", "出生日期", "身份证号")}]
    return p


@layout("户口簿", "户口簿/轮换7")
def hukou_enlarged_pages(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    addr = id_facts(hh, r["姓名"], rng).addr
    station = f"{hh.unit.city}市公安局{rng.choice(hh.unit.streets)[:2]}派出所"
    vfont = rng.choice(("serif", "heimono", "sans"))
    paper = rng.choice(((244, 240, 230), (238, 242, 246)))
    born_style = rng.randrange(2)
    people = [hh.householder() | {"关系": "户主", "婚姻状况": r["婚姻状况"]}, *hh.members]
    leaves = [_head_page(hh, rng, addr, station, vfont, paper)]
    leaves += [_card_page(hh, rng, person, vfont, paper, born_style) for person in people]
    k = rng.uniform(1.3, 1.4)
    tone = round(rng.uniform(0.1, 0.6), 2)
    x0, y0 = rng.uniform(10, 210 - LEAF[0] * k - 14), rng.uniform(14, 297 - LEAF[1] * k - 40)
    cover = (rng.uniform(2.5, 5), rng.uniform(2.5, 5))
    note = rng.random() < 0.6
    pages: list[Page] = []
    for i, leaf in enumerate(leaves):
        sheet = Page(*A4, mono=True, tone=tone)
        x, y = x0 + rng.uniform(-2, 2), y0 + rng.uniform(-2, 2)
        # the cover board, a little larger than the page, dark on the copy
        sheet.rect(x - cover[0], y - cover[1], x + LEAF[0] * k + cover[0], y + LEAF[1] * k + cover[1], 0.1,
                   (70, 66, 62), fill=(70, 66, 62))
        embed_scaled(sheet, leaf, x, y, k)
        if note:
            sheet.text(x, y + LEAF[1] * k + cover[1] + 12,
                       "户口本复印件" if i == 0 else f"户口本复印件（{leaf.members[0]['姓名']}）", 4.6, "kai",
                       color=INK_BLUE)
        sheet.text(200, 290, f"{i + 1}/{len(leaves)}", 3.6, "kai", "rm", INK_BLUE)
        sheet.fields, sheet.members = dict(leaf.fields), list(leaf.members)
        pages.append(sheet)
    entries = [m for pg in leaves for m in pg.members]
    return Document("户口簿", pages, dict(leaves[0].fields), entries, person=r["姓名"], material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 低保证: another city's 低保（困难）证, three pages of its portrait booklet (持证人情况 with its labels above the
# values, 家庭成员 with the relation first, 年审记录 with the civil affairs office's stamp on the year's row) copied
# side by side onto landscape A4
# ---------------------------------------------------------------------------------------------------------
BOOK = (90.0, 126.0)


def _head_cells(p: Page, st: Style, y: float, labels: list[tuple[float, str]], values: list[str], hl: float = 6.0,
                hv: float = 9.5, x0: float = 5.0, width: float = BOOK[0] - 10) -> float:
    """A row of labels over a row of their values."""
    total = sum(w for w, _ in labels)
    x = x0
    for (w, label), value in zip(labels, values, strict=True):
        cw = width * w / total
        p.rect(x, y, x + cw, y + hl, 0.25)
        p.fit(x, y, x + cw, y + hl, label, 2.5, st.label_font, pad=0.5)
        p.rect(x, y + hl, x + cw, y + hl + hv, 0.25)
        size = 3.3 if st.hand else 3.0
        p.fit(x, y + hl, x + cw, y + hl + hv, value, size, st.value_font, color=st.color, jitter=st.jitter(), pad=0.8)
        x += cw
    return y + hl + hv


@layout("低保证", "低保证/轮换7")
def dibao_three_pages(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng)
    f = _dibao_facts(hh, rng)
    issuer, issued, sealed = f["issuer"], f["issued"], f["sealed"]
    valid = f["valid"] - timedelta(days=1)
    people = [hh.householder() | {"关系": "户主"}, *hh.members]
    covered = people if rng.random() < 0.7 else people[: max(1, len(people) - 1)]
    paper = rng.choice(((246, 240, 228), (236, 242, 240), (244, 238, 242)))
    lf = st.label_font
    street = rng.choice(hh.unit.streets)[:2]

    info = Page(*BOOK, paper=paper)
    info.text(BOOK[0] / 2, 9, rng.choice(("低保（困难）证", "最低生活保障（困难）证", "城乡低保证")), 4.6, _bold(lf), "mm")
    info.text(BOOK[0] / 2, 15, "持 证 人 情 况", 3.0, lf, "mm")
    no_label = rng.choice(("证书编号", "证号", "No."))
    info.text(5, 21, f"{no_label}{'' if no_label == 'No.' else '：'}", 2.7, lf)
    info.text(5 + text_width(f"{no_label}：", 2.7, lf) + 0.5, 21, hh.dibao_no or "", 3.0, "heimono")
    y = _head_cells(info, st, 25, [(1.2, "户主姓名"), (0.7, "性别"), (1.0, "家庭人口")],
                    [r["姓名"], r["性别"], f"{r['家庭人口']}人"])
    y = _head_cells(info, st, y, [(1.0, "身份证号码")], [r["身份证号"]])
    y = _head_cells(info, st, y, [(1.0, "家庭住址")], [r["家庭住址"].removesuffix("（租住）")], hv=13)
    count_label = rng.choice(("享受低保人数", "保障人口", "保障人数"))
    amount_label = rng.choice(("低保金（元/月）", "月享受金额（元）", "每月补助金额（元）"))
    y = _head_cells(info, st, y, [(1.0, count_label), (1.2, amount_label)],
                    [f"{len(covered)}人", f"{hh.dibao_amount}"])
    valid_label = rng.choice(("有效期至", "有效期限"))
    valid_text = st.date(valid.isoformat()) if valid_label == "有效期至" else f"至{cn_date(valid)}止"
    y = _head_cells(info, st, y, [(1.0, "批准日期"), (1.2, valid_label)], [st.date(issued.isoformat()), valid_text])
    info.text(5, y + 6, "发证机关：", 2.7, lf)
    info.text(5 + text_width("发证机关：", 2.7, lf) + 0.5, y + 6, issuer, 3.0, st.value_font, color=st.color)
    info.text(5, y + 12, f"审核单位：{street}街道办事处", 2.7, lf)

    fam = Page(*BOOK, paper=paper)
    fam.text(BOOK[0] / 2, 10, rng.choice(("家 庭 成 员", "保障对象（家庭成员）")), 3.8, _bold(lf), "mm")
    widths = (0.9, 1.0, 2.6)
    gm = Grid(fam, st, 4, 16, BOOK[0] - 8)
    gm.row(list(zip(widths, (L("与户主关系"), L("姓名"), L("身份证号码")), strict=True)), 8, 2.4)
    for i in range(max(8, len(covered))):
        m = covered[i] if i < len(covered) else None
        values = (m["关系"], m["姓名"], m["身份证号"]) if m else ("", "", "")
        gm.row([(w, V(v) if v else None) for w, v in zip(widths, values, strict=True)], 9, 2.4)
    fam.text(5, gm.y + 6, "注：家庭成员增减变动，须到街道（乡镇）办理变更。", 2.3, lf)

    review = Page(*BOOK, paper=paper)
    review.text(BOOK[0] / 2, 10, "年 审 记 录", 3.8, _bold(lf), "mm")
    gr = Grid(review, st, 4, 16, BOOK[0] - 8)
    gr.row([(0.8, L("年度")), (1.3, L("审核意见")), (1.2, L("审核机关（盖章）"))], 8, 2.4)
    row_y = gr.y
    gr.row([(0.8, V(f"{issued.year}年")), (1.3, V(rng.choice(("继续享受", "审核合格", "同意续保")))), (1.2, None)], 16,
           2.4)
    for _ in range(4):
        gr.row([(0.8, None), (1.3, None), (1.2, None)], 16, 2.4)
    if sealed:  # the office's stamp in the year's row (Hunan: a stamp within the last year)
        cx = 4 + (BOOK[0] - 8) * (2.1 + 0.6) / 3.3
        review.seal(cx + rng.uniform(-3, 3), row_y + 8 + rng.uniform(-2, 2), 10.5 * rng.uniform(0.95, 1.05),
                    issuer[:14], "", rng.uniform(-25, 25), (205, 35, 45), rng.randrange(1 << 30))
    review.text(5, gr.y + 6, "本证每年审核一次，未经审核自行失效。", 2.3, lf)

    sheet = Page(*A4_LANDSCAPE, mono=True, tone=round(rng.uniform(0.05, 0.6), 2))
    gap = rng.uniform(1.5, 5)
    x = (A4_LANDSCAPE[0] - 3 * BOOK[0] - 2 * gap) / 2 + rng.uniform(-3, 3)
    y0 = rng.uniform(14, 40)
    for leaf in (info, fam, review):
        sheet.embed(leaf, x, y0 + rng.uniform(-1.5, 1.5))
        x += BOOK[0] + gap
    if rng.random() < 0.6:
        _copy_note(sheet, rng, min(y0 + BOOK[1] + rng.uniform(12, 22), 194), r["姓名"] if rng.random() < 0.6 else "",
                   None)
    return dibao_document(hh, sheet, covered, issuer, valid, sealed)


# ---------------------------------------------------------------------------------------------------------
# 诊断证明书 / 医疗诊断书: a provincial hospital's form of boxes, each label small in its box's corner, signed by
# the doctor and the head of department, the 医务科's stamp in its own box; copied reduced onto the lower part of
# an A4 sheet the clerk wrote on
# ---------------------------------------------------------------------------------------------------------
FORM = (190.0, 134.0)


@layout("诊断证明", "诊断证明/轮换7")
def diagnosis_boxed_form(hh: Household, name: str, rng: random.Random) -> Document:
    person = hh.person(name)
    st = Style.draw(rng)
    hospital = rng.choice(hh.unit.hospitals)
    doctor = rng.choice(("蔡文杰", "潘晓红", "杜建平", "袁丽萍", "程国栋", "陆敏", "熊志强"))
    chief = rng.choice(("魏振东", "范秀兰", "金宏伟", "薛明"))
    issued = hh.created - timedelta(days=rng.randrange(15, 220))
    lines = [person["疾病/残疾类别"] or "慢性病", *rng.sample(EXTRA_DIAGNOSES, rng.randrange(0, 3))]
    dept = rng.choice(("内科", "肿瘤内科", "肾内科", "心血管内科", "神经内科", "血液内科", "内分泌科", "骨科"))
    inpatient = rng.random() < 0.35
    age = person["年龄"]
    sealed = rng.random() < 0.88
    colour = rng.random() < 0.4
    ink = rng.choice(((20, 20, 20), (30, 70, 60), (40, 50, 110))) if colour else BLACK
    lf = st.label_font
    vs = 4.0 if st.hand else 3.6

    form = Page(*FORM, paper=(252, 252, 250) if colour else (255, 255, 255))
    form.text(FORM[0] / 2, 10, hospital, 5.4, _bold(lf), "mm", ink)
    form.text(FORM[0] / 2, 19, rng.choice(("诊断证明书", "医疗诊断书", "疾病诊断证明书")), 5.2, _bold(lf), "mm", ink)
    form.text(FORM[0] - 10, 19, f"No.{rng.randrange(0, 999999):06d}", 3.0, "heimono", "rm", ink)

    def box(x0: float, y0: float, x1: float, y1: float, label: str) -> None:
        form.rect(x0, y0, x1, y1, 0.3, ink)
        form.text(x0 + 1.2, y0 + 2.4, label, 2.5, lf, color=ink)

    def value(x: float, y: float, text: str, size: float = vs) -> None:
        jx, jy = (rng.uniform(0, 1.2), rng.uniform(-0.4, 0.4)) if st.hand else (0.0, 0.0)
        form.text(x + jx, y + jy, text, size, st.value_font, color=st.color)

    x0, x1 = 8.0, FORM[0] - 8
    y = 25.0
    number_label = "住院号" if inpatient else "门诊号"
    heads = [(0.9, "姓名", name), (0.5, "性别", person["性别"]), (0.5, "年龄", f"{age}岁"), (1.0, "科室", dept),
             (1.1, number_label, f"{rng.randrange(100000, 99999999)}")]
    total = sum(w for w, _, _ in heads)
    x = x0
    for w, label, text in heads:
        cw = (x1 - x0) * w / total
        box(x, y, x + cw, y + 13, label)
        value(x + 2, y + 8.6, text)
        x += cw
    y += 13
    tall = max(30.0, 9.0 * len(lines) + 8)
    box(x0, y, x1, y + tall, rng.choice(("诊断", "临床诊断", "诊断结论")))
    for i, ln in enumerate(lines):
        value(x0 + 8, y + 8 + i * 9, f"{i + 1}、{ln}" if len(lines) > 1 else ln, vs * 1.05)
    y += tall
    box(x0, y, x1, y + 20, rng.choice(("处理意见", "医嘱及建议", "建议")))
    value(x0 + 8, y + 11, rng.choice(ADVICE))
    y += 20
    cols = [(1.0, "经治医师"), (1.0, "科主任"), (1.3, "开具日期"), (1.2, "医务科（盖章）")]
    total = sum(w for w, _ in cols)
    x = x0
    spots: list[tuple[float, float]] = []
    for w, label in cols:
        cw = (x1 - x0) * w / total
        box(x, y, x + cw, y + 22, label)
        spots.append((x, cw))
        x += cw
    form.text(spots[0][0] + 4, y + 13, doctor, 5.0, "kai", color=INK_BLUE)
    form.text(spots[1][0] + 4, y + 13, chief, 5.0, "kai", color=INK_BLUE)
    value(spots[2][0] + 2, y + 13, cn_date(issued) if rng.random() < 0.6 else st.date(issued.isoformat()))
    if sealed:  # the stamp over its box's printed label, clear of the date's box
        sx, sw = spots[3]
        form.seal(sx + sw / 2 + rng.uniform(-1.5, 1.5), y + 9 + rng.uniform(-1, 1), 10.5, hospital[:14],
                  rng.choice(("医务科", "诊断证明专用章", "")), rng.uniform(-25, 25), (205, 35, 45),
                  rng.randrange(1 << 30))
    y += 22
    form.text(x0, y + 5, "注：本证明仅证明病情，不作休假及鉴定依据；无医务科印章无效，涂改无效。", 2.6, lf, color=ink)

    mono = not colour or rng.random() < 0.5
    sheet = Page(*A4, mono=mono, tone=round(rng.uniform(0.05, 0.5), 2) if mono else 0.0)
    k = rng.uniform(0.84, 0.92)
    fx = 210 - FORM[0] * k - rng.uniform(4, 14)
    fy = 297 - FORM[1] * k - rng.uniform(12, 60)
    embed_scaled(sheet, form, fx, fy, k)
    sheet.text(rng.uniform(18, 40), rng.uniform(22, 40),
               rng.choice((f"{name} 病情诊断证明", "诊断证明（复印件）", f"致困原因证明：{name}")), 5.2, "kai",
               color=rng.choice((INK_BLUE, BLACK)))
    if rng.random() < 0.6:
        _copy_note(sheet, rng, min(fy - 14, 120), "", hh.created - timedelta(days=rng.randrange(1, 20)))
    fields = {"医院名称": hospital, "姓名": name, "性别": person["性别"], "年龄": age, "诊断": "；".join(lines),
              "出具日期": issued.isoformat(), "医师": doctor, "是否盖章": sealed}
    sheet.fields = dict(fields)
    return Document("诊断证明", [sheet], fields, person=name, material="致困原因证明")


# ---------------------------------------------------------------------------------------------------------
# 残疾人证: a city federation's booklet data page (no rules, letter-spaced labels, the 残疾人证号 in twenty boxes,
# 残疾类别 and 残疾等级 as labels over their values, a 监护人 line) enlarged on an A4 copy, the holder's 身份证
# 人像面 copied at 100 % beside it
# ---------------------------------------------------------------------------------------------------------
DATA = (124.0, 88.0)


@layout("残疾人证", "残疾人证/轮换7")
def disability_with_id_copy(hh: Household, name: str, rng: random.Random) -> Document:
    f = _disability_facts(hh, name, rng)
    person = f["person"]
    st = Style.draw(rng, typed=True)
    issuer = f"{hh.unit.region_name[3:]}残疾人联合会"
    paper = rng.choice(((240, 228, 226), (230, 238, 228)))
    grey = (70, 70, 76)
    vf = rng.choice(("heimono", "serif", "hei"))

    data = Page(*DATA, paper=paper)
    data.text(DATA[0] / 2, 7, "中华人民共和国残疾人证", 4.2, "bold", "mm", (150, 40, 40))
    px0, py0 = DATA[0] - 30, 12.0  # the photo on the right, the federation's steel stamp over its corner
    data.rect(px0, py0, px0 + 24, py0 + 32, 0.2, (90, 90, 95), fill=(92, 92, 98))
    data.rect(px0 + 7, py0 + 4, px0 + 17, py0 + 15, 0.1, (52, 52, 58), fill=(52, 52, 58))
    data.rect(px0 + 3, py0 + 17, px0 + 21, py0 + 32, 0.1, (46, 46, 52), fill=(46, 46, 52))
    rows = [("姓　　名", name), ("性　　别", person["性别"]), ("民　　族", person["民族"]),
            ("出生日期", cn_date(date.fromisoformat(person["出生日期"]))), ("身份证号", person["身份证号"])]
    for i, (label, text) in enumerate(rows):
        yy = 15 + i * 6.4
        data.text(6, yy, label, 2.6, "sans", color=grey)
        data.text(22, yy, text, 3.2, vf)
    y = 15 + len(rows) * 6.4 + 1
    data.text(6, y, "残疾人证号", 2.6, "sans", color=grey)
    _digit_boxes(data, 23, y - 3, 95, 6, f["number"], 3.0, "heimono", ink=grey)
    y += 6.5
    for i, (label, text) in enumerate((("残疾类别", f["category"]), ("残疾等级", f["grade"]))):
        cx = 6 + i * 30
        data.rect(cx, y, cx + 28, y + 5, 0.2, grey)
        data.text(cx + 14, y + 2.5, label, 2.4, "sans", "mm", grey)
        data.rect(cx, y + 5, cx + 28, y + 12, 0.2, grey)
        data.text(cx + 14, y + 8.6, text, 3.3, vf, "mm")
    guardian = ""
    if f["category"] in ("智力残疾", "精神残疾") and name != hh.record["姓名"]:
        guardian = hh.record["姓名"]
    data.text(70, y + 2.5, "监护人：", 2.6, "sans", color=grey)
    data.text(70 + text_width("监护人：", 2.6, "sans") + 0.5, y + 2.5, guardian, 3.0, vf)
    data.text(70, y + 9, "联系电话：", 2.6, "sans", color=grey)
    y += 17
    data.text(6, y, "发证机关", 2.6, "sans", color=grey)
    data.text(22, y, issuer, 3.1, vf)
    data.text(6, y + 6.5, "发证日期", 2.6, "sans", color=grey)
    data.text(22, y + 6.5, cn_date(f["issued"]), 3.1, vf)
    _seal_on(data, st, 22 + text_width(issuer, 3.1, vf) + 11, y + 2, issuer[:14], "", 8.5)  # the office's end
    data.seal(px0 + 3, py0 + 22, 6.5, issuer[:14], "", 0.0, (150, 150, 150), rng.randrange(1 << 30))  # steel stamp

    sheet = Page(*A4, mono=True, tone=round(rng.uniform(0.05, 0.6), 2))
    card = id_front(id_facts(hh, name, rng), rng)
    k = rng.uniform(1.2, 1.32)
    dw, dh = DATA[0] * k, DATA[1] * k
    if rng.random() < 0.5:  # the card high on the right, the booklet page below it on the left
        card_x, card_y = rng.uniform(105, 210 - CARD[0] - 8), rng.uniform(14, 30)
        dx, dy = rng.uniform(8, 210 - dw - 8), card_y + CARD[1] + rng.uniform(14, 40)
    else:  # the booklet page first, the card low on the left
        dx, dy = rng.uniform(8, 210 - dw - 8), rng.uniform(16, 40)
        card_x, card_y = rng.uniform(12, 60), dy + dh + rng.uniform(16, 50)
    embed_scaled(sheet, data, dx, dy, k)
    sheet.embed(card, card_x, card_y)
    caption = rng.choice(("残疾人证、身份证复印件", "残疾人证复印件", f"{name} 残疾证"))
    sheet.text(rng.uniform(14, 30), max(card_y, dy) + (CARD[1] if card_y > dy else dh) + rng.uniform(14, 22), caption, 4.8,
               "kai", color=INK_BLUE)
    fields = {"姓名": name, "性别": person["性别"], "身份证号": person["身份证号"], "残疾人证号": f["number"],
              "残疾类别": f["category"], "残疾等级": f["grade"], "发证日期": f["issued"].isoformat()}
    sheet.fields = dict(fields)
    return Document("残疾人证", [sheet], fields, person=name, material="致困原因证明")
