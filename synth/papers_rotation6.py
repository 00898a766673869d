"""Rotation 6's printings of 身份证, 户口簿, 低保证, 诊断证明 and 残疾人证 (2026-12-06), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Drawn from REAL-DOCUMENTS.md and ARCHIVE-SCHEMA.md with the card, booklet and copier parts of ``papers_id``,
``papers_cert`` and ``papers_rotation3``. Truth as for the kind's other layouts (synth/README.md "Output").
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.papers_cert import ADVICE, EXTRA_DIAGNOSES, _dibao_facts, _disability_facts, dibao_document
from dangan.synth.papers_id import CARD, EDUCATION, _copy_note, id_back, id_facts, id_front
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.render import A4, Document, Grid, L, Style, V, _seal_on, _title, cn_date

A4_LANDSCAPE = (297.0, 210.0)
DESKS = ((126, 98, 70), (186, 180, 170), (64, 70, 82), (150, 122, 96), (96, 108, 96))


def _photo(sheet: Page, rng: random.Random, src: Page, x: float, y: float, k: float,
           margin: tuple[float, float]) -> tuple[float, float]:
    """A phone photo of ``src`` lying on a desk, printed at (x, y): the desk round it, its shadow, ``src``
    enlarged by ``k`` a little off the photo's centre. Returns the photo's width and height."""
    desk = rng.choice(DESKS)
    shade = (max(0, desk[0] - 42), max(0, desk[1] - 42), max(0, desk[2] - 42))
    pw, ph = src.w * k + 2 * margin[0], src.h * k + 2 * margin[1]
    sheet.rect(x, y, x + pw, y + ph, 0.1, desk, fill=desk)
    cx = x + margin[0] + rng.uniform(-margin[0] * 0.6, margin[0] * 0.6)
    cy = y + margin[1] + rng.uniform(-margin[1] * 0.6, margin[1] * 0.6)
    sheet.rect(cx + 1.4, cy + 1.9, cx + src.w * k + 1.4, cy + src.h * k + 1.9, 0.1, shade, fill=shade)
    embed_scaled(sheet, src, cx, cy, k)
    return pw, ph


# ---------------------------------------------------------------------------------------------------------
# 居民身份证: both faces at 100 % side by side at the top of a portrait A4 (a dark copy or a colour scan), the
# union's typed 核验 box below them, signed by the holder, sealed and dated
# ---------------------------------------------------------------------------------------------------------
@layout("身份证", "身份证/轮换6")
def id_card_union_verified(hh: Household, name: str, rng: random.Random) -> Document:
    f = id_facts(hh, name, rng)
    colour = rng.random() < 0.4
    sheet = Page(*A4, mono=not colour, tone=0.0 if colour else round(rng.uniform(0.35, 0.8), 2))
    gap = rng.uniform(6, 12)
    x0 = (210 - 2 * CARD[0] - gap) / 2 + rng.uniform(-3, 3)
    y0 = rng.uniform(12, 24)
    for i, side in enumerate((id_front(f, rng), id_back(f))):
        sheet.embed(side, x0 + i * (CARD[0] + gap), y0 + rng.uniform(-1.5, 1.5))
    lf = rng.choice(("sans", "serif", "hei"))
    y = y0 + CARD[1] + rng.uniform(18, 34)
    sheet.rect(18, y - 9, 192, y + 52, 0.4)
    sheet.text(105, y, rng.choice(("身份证复印件核验", "复印件核验确认", "证件核验")), 4.8,
               "bold" if lf != "serif" else "serifbold", "mm")
    sheet.text(24, y + 12, rng.choice(("以上复印件由持证人本人提供，经与原件核对一致。",
                                        "上述复印件已与原件核对，内容一致。")), 3.6, lf)
    sheet.text(24, y + 24, "持证人签名：", 3.6, lf)
    sheet.text(24 + text_width("持证人签名：", 3.6, lf) + 2, y + 23.5, name, 5.2, "kai", color=INK_BLUE)
    union = f"{hh.unit.employer}工会"
    ring = f"{hh.unit.employer[:12]}工会"
    sheet.text(24, y + 36, "核验单位（盖章）：", 3.6, lf)
    sheet.text(24 + text_width("核验单位（盖章）：", 3.6, lf) + 1, y + 36, union, 3.6, lf)
    day = hh.created - timedelta(days=rng.randrange(1, 30))
    sheet.text(24, y + 46, "核验日期：", 3.6, lf)
    sheet.text(24 + text_width("核验日期：", 3.6, lf) + 2, y + 45.6, cn_date(day), 4.4, "kai", color=INK_BLUE)
    st = Style.draw(rng, typed=True)
    _seal_on(sheet, st, 160, y + 34, ring, "", 15)
    fields = f.fields()
    sheet.fields = dict(fields)
    return Document("身份证", [sheet], fields, [], person=name, material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 户口簿: each booklet page photographed with a phone on a desk and printed in colour on portrait A4 (户主页,
# then one 常住人口登记卡 a sheet), another bureau's ruled printing with the labels in their own cells
# ---------------------------------------------------------------------------------------------------------
LEAF = (105.0, 143.0)


def _head_leaf(hh: Household, st: Style, rng: random.Random, addr: str, station: str, paper: Any) -> Page:
    r = hh.record
    p = Page(*LEAF, paper=paper)
    _title(p, st, "居 民 户 口 簿", 13, 5.2)
    p.text(LEAF[0] / 2, 20, "户 主 页", 3.0, st.label_font, "mm")
    g = Grid(p, st, 6, 26, LEAF[0] - 12)
    s = 2.6
    g.row([(1.0, L("户号")), (1.4, V(f"{rng.randrange(1000000, 9999999)}")), (1.0, L("户别")),
           (1.4, V(rng.choice(("家庭户", "家庭户", "城镇家庭户"))))], 11, s)
    g.row([(1.0, L("户主姓名")), (3.8, V(r["姓名"]))], 11, s)
    g.row([(1.0, L("住址")), (3.8, V(addr))], 22, s)
    g.row([(1.0, L("户口登记机关")), (3.8, V(station))], 12, s)
    g.row([(2.4, L("户口登记机关户口专用章")), (2.4, L("承办人签章"))], 8, 2.3)
    g.row([(2.4, None), (2.4, None)], 26, s)
    issued = hh.created - timedelta(days=rng.randrange(400, 5000))
    g.row([(1.0, L("签发日期")), (3.8, V(cn_date(issued)))], 11, s)
    _seal_on(p, st, 32, g.y - 24, station[:14], "户口专用章", 11.5)
    p.text(80, g.y - 24, rng.choice(("周建", "吴娟", "郑伟", "王芳")), 4.4, "kai", "mm", INK_BLUE)
    p.fields = {"户主姓名": r["姓名"], "住址": addr}
    return p


def _card_leaf(hh: Household, st: Style, rng: random.Random, person: dict[str, Any], rel_label: str,
               station: str, paper: Any) -> Page:
    p = Page(*LEAF, paper=paper)
    _title(p, st, "常住人口登记卡", 10, 4.6)
    born_place = hh.record["户口所在地行政区划"][:6]
    moved = hh.created - timedelta(days=rng.randrange(800, 9000))
    adult = person["年龄"] >= 16
    job = {"在职": "职员", "在读": "学生", "退休": "退休"}.get(person.get("人员身份") or "", "")
    y_, m_, d_ = (int(v) for v in person["出生日期"].split("-"))
    g = Grid(p, st, 5, 16, LEAF[0] - 10)
    h, s = 8.7, 2.3

    def v(value: Any) -> V | None:
        return V(value) if value else None

    g.row([(0.8, L("姓名")), (1.2, v(person["姓名"])), (1.0, L(rel_label)), (0.9, v(person["关系"]))], h, s)
    g.row([(0.8, L("曾用名")), (1.2, None), (1.0, L("性别")), (0.9, v(person["性别"]))], h, s)
    g.row([(0.8, L("出生地")), (1.2, v(born_place)), (1.0, L("民族")), (0.9, v(person["民族"]))], h, s)
    g.row([(0.8, L("籍贯")), (1.2, v(born_place)), (1.0, L("出生日期")), (0.9, v(f"{y_}年{m_}月{d_}日"))], h, s)
    g.row([(1.4, L("本市（县）其他住址")), (2.5, None)], h, s)
    g.row([(0.8, L("宗教信仰")), (0.5, None), (1.0, L("公民身份号码")), (1.6, v(person["身份证号"]))], h, s)
    g.row([(0.8, L("身高")), (1.2, v(f"{rng.randrange(152, 184)}cm" if adult else "")), (1.0, L("血型")),
           (0.9, v(rng.choice(("A", "B", "O", "AB")) if adult and rng.random() < 0.6 else ""))], h, s)
    g.row([(0.8, L("文化程度")), (1.2, v(EDUCATION.get(person.get("当前学历") or "", ""))), (1.0, L("婚姻状况")),
           (0.9, v(person.get("婚姻状况") or ""))], h, s)
    g.row([(0.8, L("兵役状况")), (1.2, None), (1.0, L("职业")), (0.9, v(job))], h, s)
    g.row([(0.8, L("服务处所")), (3.1, v(person.get("单位或学校") or ""))], h, s)
    g.row([(1.4, L("何时由何地迁来本市（县）")), (2.5, None)], h, s)
    g.row([(1.4, L("何时由何地迁来本址")), (2.5, None)], h, s)
    g.row([(0.8, L("承办人签章")), (1.2, None), (1.0, L("登记日期")), (0.9, v(cn_date(moved)))], h, s)
    _seal_on(p, st, 30, g.y - 7, station[:14], "户口专用章", 10)  # over the 承办人签章, clear of the date
    p.members = [{key: person[key] for key in ("姓名", "关系", "性别", "民族", "出生日期", "身份证号")}]
    return p


@layout("户口簿", "户口簿/轮换6")
def hukou_phone_photos(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng, typed=True)
    addr = id_facts(hh, r["姓名"], rng).addr
    station = f"{hh.unit.city}市公安局{rng.choice(hh.unit.streets)[:2]}派出所"
    paper = rng.choice(((240, 238, 226), (236, 240, 244), (244, 236, 232)))
    rel_label = rng.choice(("户主或与户主关系", "与户主关系"))
    people = [hh.householder() | {"关系": "户主", "婚姻状况": r["婚姻状况"]}, *hh.members]
    leaves = [_head_leaf(hh, st, rng, addr, station, paper)]
    leaves += [_card_leaf(hh, st, rng, person, rel_label, station, paper) for person in people]
    captions = rng.random() < 0.5
    k = rng.uniform(1.3, 1.42)
    pages: list[Page] = []
    for i, leaf in enumerate(leaves):
        sheet = Page(*A4)
        x, y = rng.uniform(10, 16), rng.uniform(22, 30)
        _photo(sheet, rng, leaf, x, y, k, (rng.uniform(9, 14), rng.uniform(8, 14)))
        if captions:  # the clerk's note above each print
            sheet.text(20, 13, "户口簿首页" if i == 0 else f"户口簿（{leaf.members[0]['姓名']}）", 4.6, "kai",
                       color=INK_BLUE)
        sheet.fields, sheet.members = dict(leaf.fields), list(leaf.members)
        pages.append(sheet)
    entries = [m for pg in leaves for m in pg.members]
    return Document("户口簿", pages, dict(leaves[0].fields), entries, person=r["姓名"], material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 低保证: another city's portrait booklet opened flat, its spread (持证人 page, 家庭保障成员 page) copied onto
# the top of a portrait A4, the 保障期限 written 自…至…
# ---------------------------------------------------------------------------------------------------------
BOOK = (96.0, 128.0)


@layout("低保证", "低保证/轮换6")
def dibao_portrait_spread(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng)
    f = _dibao_facts(hh, rng)
    issuer, issued, sealed = f["issuer"], f["issued"], f["sealed"]
    valid = f["valid"] - timedelta(days=1)
    people = [hh.householder() | {"关系": "户主"}, *hh.members]
    covered = people if rng.random() < 0.7 else people[: max(1, len(people) - 1)]
    paper = rng.choice(((246, 242, 232), (240, 244, 238)))
    lf = st.label_font
    s = 2.5

    left = Page(*BOOK, paper=paper)
    _title(left, st, rng.choice(("最低生活保障金领取证", "居民最低生活保障证", "最低生活保障证")), 9, 4.2)
    left.text(6, 17, "证号：", 2.8, lf)
    left.text(6 + text_width("证号：", 2.8, lf) + 0.5, 17, hh.dibao_no or "", 3.1, "heimono")
    left.rect(68, 12, 90, 37, 0.2, (90, 90, 95), fill=(92, 92, 98))  # the 户主's photo
    left.rect(74, 15, 84, 24, 0.1, (52, 52, 58), fill=(52, 52, 58))
    left.rect(70, 26, 88, 37, 0.1, (46, 46, 52), fill=(46, 46, 52))
    g = Grid(left, st, 6, 20, 60)
    holder = rng.choice(("户主", "户主姓名"))
    g.row([(1.0, L(holder)), (1.6, V(r["姓名"]))], 9, s)
    g.row([(1.0, L("性别")), (1.6, V(r["性别"]))], 9, s)
    g = Grid(left, st, 6, g.y, BOOK[0] - 12)
    g.row([(1.0, L("身份证号码")), (3.0, V(r["身份证号"]))], 9, s)
    g.row([(1.0, L("家庭住址")), (3.0, V(r["家庭住址"].removesuffix("（租住）")))], 14, s)
    count_label = rng.choice(("保障人口", "救助人数"))
    g.row([(1.0, L(count_label)), (1.0, V(f"{len(covered)}人")), (1.0, L("保障类别")),
           (1.0, V("农村低保" if r["是否农民工"] else "城市低保"))], 9, s)
    g.row([(1.0, L(rng.choice(("月保障金额", "月救助金额")))), (3.0, V(f"{hh.dibao_amount}元"))], 9, s)
    g.row([(1.0, L("保障期限")), (3.0, V(f"自{cn_date(issued)}至{cn_date(valid)}"))], 11, s)
    y = g.y + 8
    left.text(6, y, "发证单位（盖章）：", 2.8, lf)
    left.text(6, y + 7, issuer, 3.3, st.value_font, color=st.color)
    left.text(6, y + 14, "发证日期：", 2.8, lf)
    left.text(6 + text_width("发证日期：", 2.8, lf) + 1, y + 14, cn_date(issued), 3.2, st.value_font, color=st.color)
    if sealed:  # its ring over the office's end, clear of the date's line
        _seal_on(left, st, 70, y + 5, issuer[:14], "", 11)

    right = Page(*BOOK, paper=paper)
    _title(right, st, rng.choice(("家庭保障成员", "保 障 对 象 情 况")), 9, 3.9)
    rows = max(7, len(covered))
    gm = Grid(right, st, 5, 16, BOOK[0] - 10)
    widths = (0.8, 0.75, 0.45, 2.0)
    gm.row(list(zip(widths, (L("姓名"), L("与户主关系"), L("性别"), L("公民身份号码")), strict=True)), 8.5, 2.2)
    for i in range(rows):
        m = covered[i] if i < len(covered) else None
        cells = (m["姓名"], m["关系"], m["性别"], m["身份证号"]) if m else ("", "", "", "")
        gm.row([(w, V(c) if c else None) for w, c in zip(widths, cells, strict=True)], 8.5, 2.2)
    right.text(6, gm.y + 7, "注：家庭人口、收入变化时应及时申报，本证不得转借、涂改。", 2.3, lf)

    sheet = Page(*A4, mono=True, tone=round(rng.uniform(0.1, 0.7), 2))
    x0, y0 = (210 - 2 * BOOK[0]) / 2 + rng.uniform(-4, 4), rng.uniform(10, 20)
    sheet.embed(left, x0, y0)
    sheet.embed(right, x0 + BOOK[0], y0)
    sheet.line(x0 + BOOK[0], y0, x0 + BOOK[0], y0 + BOOK[1], rng.uniform(0.8, 1.4), (100, 100, 100))  # the fold
    if rng.random() < 0.6:
        _copy_note(sheet, rng, y0 + BOOK[1] + rng.uniform(14, 30), r["姓名"] if rng.random() < 0.6 else "",
                   hh.created - timedelta(days=rng.randrange(1, 25)))
    return dibao_document(hh, sheet, covered, issuer, valid, sealed)


# ---------------------------------------------------------------------------------------------------------
# 诊断证明书: a city hospital's A5 portrait form (labels down the left in ruled cells, the doctor's hand in
# them), scanned in colour at 100 % onto the top left of A4
# ---------------------------------------------------------------------------------------------------------
A5 = (148.0, 210.0)


@layout("诊断证明", "诊断证明/轮换6")
def diagnosis_a5_ruled(hh: Household, name: str, rng: random.Random) -> Document:
    person = hh.person(name)
    st = Style.draw(rng, typed=False)
    hospital = rng.choice(hh.unit.hospitals)
    doctor = rng.choice(("唐振华", "沈玉梅", "郭立新", "钟晓燕", "许国强", "宋佳", "田志刚"))
    issued = hh.created - timedelta(days=rng.randrange(15, 220))
    lines = [person["疾病/残疾类别"] or "慢性病", *rng.sample(EXTRA_DIAGNOSES, rng.randrange(0, 3))]
    dept = rng.choice(("内科门诊", "外科", "肿瘤科", "老年病科", "肾内科", "心内科", "风湿免疫科", "康复医学科"))
    inpatient = rng.random() < 0.4
    age = person["年龄"]
    sealed = rng.random() < 0.88
    ink = rng.choice(((30, 60, 120), (20, 20, 20), (40, 90, 60)))  # the form's printing colour
    lf = st.label_font
    bold = "bold" if lf != "serif" else "serifbold"

    form = Page(*A5, paper=rng.choice(((252, 252, 250), (250, 249, 242))))
    form.text(A5[0] / 2, 12, hospital, 5.0, bold, "mm", ink)
    form.text(A5[0] / 2, 21, rng.choice(("诊断证明书", "疾病诊断证明书")), 5.6, bold, "mm", ink)
    number_label = "住院号" if inpatient else "门诊号"
    form.text(12, 30, f"{number_label}：", 3.0, lf, color=ink)
    form.text(12 + text_width(f"{number_label}：", 3.0, lf) + 1, 30, f"{rng.randrange(100000, 9999999)}", 3.8,
              "kai", color=st.color)
    form.text(88, 30, "科别：", 3.0, lf, color=ink)
    form.text(88 + text_width("科别：", 3.0, lf) + 1, 30, dept, 3.8, "kai", color=st.color)

    x0, x1, xl = 10.0, A5[0] - 10, 32.0
    y = 35.0

    def ruled(label: str, h: float) -> float:
        form.rect(x0, y, xl, y + h, 0.3, ink)
        form.rect(xl, y, x1, y + h, 0.3, ink)
        form.fit(x0, y, xl, y + h, label, 3.2, lf, color=ink)
        return y + h

    def hand(text: str, x: float, yy: float, size: float = 4.4) -> None:
        form.text(x + rng.uniform(0, 1.5), yy + rng.uniform(-0.4, 0.4), text, size * rng.uniform(0.96, 1.04),
                  "kai", color=st.color)

    # 姓名 / 性别 / 年龄 share one ruled row with their own label cells
    row = [(x0, xl, "姓名"), (xl, 70, name), (70, 84, "性别"), (84, 98, person["性别"]), (98, 112, "年龄"),
           (112, x1, f"{age}岁")]
    for i, (a, b, text) in enumerate(row):
        form.rect(a, y, b, y + 11, 0.3, ink)
        if i % 2:
            hand(text, a + 1, y + 5.5)
        else:
            form.fit(a, y, b, y + 11, text, 3.2, lf, color=ink)
    y += 11
    top = y
    y = ruled("诊  断", max(48.0, 9.5 * len(lines) + 10))
    for i, ln in enumerate(lines):
        hand(f"{i + 1}. {ln}" if len(lines) > 1 else ln, xl + 2, top + 7 + i * 9.5)
    top = y
    y = ruled(rng.choice(("处理意见", "医  嘱", "建  议")), 36)
    hand(rng.choice(ADVICE), xl + 2, top + 7, 4.2)
    top = y
    y = ruled("医师签名", 13)
    hand(doctor, xl + 2, top + 6.5, 5.2)
    form.text(84, top + 6.5, "日期：", 3.0, lf, color=ink)
    hand(cn_date(issued), 94, top + 6.5, 4.2)
    y += 12
    form.text(A5[0] - 14, y, "（医院盖章）", 3.0, lf, "rm", ink)
    form.text(12, A5[1] - 14, "注：本证明须加盖医院诊断证明专用章，涂改无效。", 2.6, lf, color=ink)
    form.text(12, A5[1] - 9, "本证明仅证明就诊情况，不作休假依据。", 2.6, lf, color=ink)
    if sealed:  # over the （医院盖章）, below the doctor's row
        _seal_on(form, st, A5[0] - 34, y + 2, hospital[:14], "诊断证明专用章", 15)

    page = Page(*A4)
    page.embed(form, rng.uniform(0, 4), rng.uniform(0, 5))
    fields = {"医院名称": hospital, "姓名": name, "性别": person["性别"], "年龄": age, "诊断": "；".join(lines),
              "出具日期": issued.isoformat(), "医师": doctor, "是否盖章": sealed}
    page.fields = dict(fields)
    return Document("诊断证明", [page], fields, person=name, material="致困原因证明")


# ---------------------------------------------------------------------------------------------------------
# 残疾人证: the third-generation card's two faces photographed with a phone, the photos printed side by side in
# colour on landscape A4
# ---------------------------------------------------------------------------------------------------------
@layout("残疾人证", "残疾人证/轮换6")
def disability_card_photos(hh: Household, name: str, rng: random.Random) -> Document:
    f = _disability_facts(hh, name, rng)
    person = f["person"]
    st = Style.draw(rng, typed=True)
    issuer = f"{hh.unit.region_name[3:]}残疾人联合会"
    grey = (80, 86, 96)
    tint = rng.choice(((226, 236, 246), (236, 244, 232)))

    front = Page(*CARD, paper=tint)
    front.text(CARD[0] / 2, 6.5, "中华人民共和国残疾人证", 3.8, "bold", "mm", (150, 40, 40))
    rows = [("姓  名", name), ("性  别", person["性别"]), ("类  别", f["category"]), ("等  级", f["grade"])]
    for i, (lb, val) in enumerate(rows):
        front.text(5, 15 + i * 7, lb, 2.5, "hei", color=grey)
        front.text(17, 15 + i * 7, val, 3.4, "hei", color=BLACK)
    front.text(40, 22, "民族", 2.5, "hei", color=grey)
    front.text(48, 22, person["民族"].removesuffix("族"), 3.2, "hei")
    front.rect(61, 11, 81, 38, 0.1, (84, 84, 92), fill=(84, 84, 92))  # the photo
    front.rect(66, 14, 76, 24, 0.1, (48, 48, 54), fill=(48, 48, 54))
    front.rect(63, 26, 79, 38, 0.1, (42, 42, 48), fill=(42, 42, 48))
    front.text(5, 46, "证号", 2.5, "hei", color=grey)
    front.text(13, 46, f["number"], 3.3, "heimono")

    back = Page(*CARD, paper=tint)
    back.text(CARD[0] / 2, 11, "残 疾 人 证", 5.2, "bold", "mm")
    back.text(CARD[0] / 2, 18, "中国残疾人联合会监制", 2.4, "sans", "mm", grey)
    back.text(8, 31, "发证机关", 2.5, "hei", color=grey)
    back.text(22, 31, issuer, 2.9, "hei")
    back.text(8, 39, "发证日期", 2.5, "hei", color=grey)
    back.text(22, 39, cn_date(f["issued"]), 3.1, "hei")
    back.text(8, 47, "持证人需每年审核一次，本证不得转借。", 2.2, "sans", color=grey)
    _seal_on(back, st, 68, 33, issuer[:14], "", 8.5)  # over the office's end, clear of the date

    sheet = Page(*A4_LANDSCAPE)
    lf = rng.choice(("sans", "hei", "kai"))
    sheet.text(20, 14, rng.choice(("残疾人证（正面、背面）", "残疾人证照片", "本人残疾人证")), 4.6, lf)
    k = rng.uniform(1.25, 1.38)
    margins = [(rng.uniform(5, 7.5), rng.uniform(8, 14)) for _ in range(2)]
    gap = rng.uniform(5, 10)
    span = sum(CARD[0] * k + 2 * mx for mx, _ in margins) + gap
    x, y = (A4_LANDSCAPE[0] - span) / 2 + rng.uniform(-2, 2), rng.uniform(26, 40)
    for side, margin in zip((front, back), margins, strict=True):
        pw, _ = _photo(sheet, rng, side, x, y + rng.uniform(-3, 3), k, margin)
        x += pw + gap
    if rng.random() < 0.5:
        sheet.text(20, 190, f"{name}  {hh.created.year}.{hh.created.month}", 4.6, "kai", color=INK_BLUE)
    fields = {"姓名": name, "性别": person["性别"], "残疾人证号": f["number"], "残疾类别": f["category"],
              "残疾等级": f["grade"], "发证日期": f["issued"].isoformat()}
    sheet.fields = dict(fields)
    return Document("残疾人证", [sheet], fields, person=name, material="致困原因证明")
