"""Printings of papers issued by others added with rotation 4 (2026-12-06), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from REAL-DOCUMENTS.md and ARCHIVE-SCHEMA.md with the parts of ``render``, ``papers_id``,
``papers_cert`` and ``papers_rotation3``; the truth follows the conventions of the kind's other layouts
(synth/README.md "Output"): 身份证 fields are the card's front, 户口簿 members its 常住人口登记卡, 低保证
members its 保障对象, a 诊断 of several lines is the lines joined with "；".
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.papers_cert import ADVICE, EXTRA_DIAGNOSES, _disability_facts
from dangan.synth.papers_id import CARD, EDUCATION, _copy_note, id_back, id_facts, id_front
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.render import A4, Document, Grid, L, Style, V, _seal_on, _title

A4_LANDSCAPE = (297.0, 210.0)


def _months_back(day: date, n: int) -> date:
    """The first of the month ``n`` months before ``day``'s month."""
    m = day.year * 12 + day.month - 1 - n
    return date(m // 12, m % 12 + 1, 1)


# ---------------------------------------------------------------------------------------------------------
# 居民身份证: the two faces photographed with a phone on a desk, the photos printed one above the other
# ---------------------------------------------------------------------------------------------------------
DESKS = ((112, 86, 62), (72, 74, 80), (150, 140, 126), (48, 62, 84), (128, 120, 112))


@layout("身份证", "身份证/轮换4")
def id_card_phone_photos(hh: Household, name: str, rng: random.Random) -> Document:
    """Two phone photos (人像面, 国徽面) of the card lying on a desk, enlarged and printed on A4 in colour, or
    that printout photocopied again; the card fills most of each photo, a little off centre, with its shadow."""
    f = id_facts(hh, name, rng)
    copied = rng.random() < 0.4
    sheet = Page(*A4, mono=copied, tone=round(rng.uniform(0.0, 0.45), 2) if copied else 0.0)
    font = rng.choice(("sans", "hei", "kai"))
    sheet.text(105, 11, rng.choice(("身份证正反面照片", "本人身份证（正、反面）", "居民身份证")), 4.6, font, "mm")
    desk = rng.choice(DESKS)
    shade = (max(0, desk[0] - 38), max(0, desk[1] - 38), max(0, desk[2] - 38))
    k = rng.uniform(1.45, 1.7)
    cw, ch = CARD[0] * k, CARD[1] * k
    pw = rng.uniform(max(cw + 14, 168), 188)
    ph = rng.uniform(ch + 12, ch + 20)
    x = (210 - pw) / 2 + rng.uniform(-3, 3)
    y = rng.uniform(17, 21)
    sides = [id_front(f, rng), id_back(f)]
    if rng.random() < 0.25:  # the 国徽面 photographed first
        sides.reverse()
    for side in sides:
        sheet.rect(x, y, x + pw, y + ph, 0.1, desk, fill=desk)
        cx = x + rng.uniform(5, pw - cw - 5)
        cy = y + rng.uniform(4, ph - ch - 4)
        sheet.rect(cx + 1.6, cy + 1.8, cx + cw + 1.6, cy + ch + 1.8, 0.1, shade, fill=shade)
        embed_scaled(sheet, side, cx, cy, k)
        y += ph + rng.uniform(5, 10)
    day = hh.created - timedelta(days=rng.randrange(1, 30))
    _copy_note(sheet, rng, min(y + 8, 284), name if rng.random() < 0.7 else "", day if rng.random() < 0.7 else None)
    fields = f.fields()
    sheet.fields = dict(fields)
    return Document("身份证", [sheet], fields, [], person=name, material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 户口簿: the booklet opened flat on the copier, one spread (two facing pages) per landscape A4 sheet,
# another police bureau's printing of the 常住人口登记卡 (three label/value pairs a row, 公民身份号码)
# ---------------------------------------------------------------------------------------------------------
BOOK_PAGE = (105.0, 143.0)
NOTICE = (
    "一、户口簿是证明公民身份状况以及家庭成员间相互关系的法定证件，户主应妥善保管。",
    "二、户口簿不得涂改、转借、出卖。遗失或者损毁的，应当及时向户口登记机关申报补领、换领。",
    "三、户口簿记载的事项发生变更、更正的，应当持户口簿向户口登记机关申报登记。",
    "四、户内成员出生、死亡、迁出、迁入等，应当按照规定办理户口登记。",
    "五、公安机关依法查验户口簿时，户主或者户内成员应当出示。",
)


def _notice_page(st: Style) -> Page:
    p = Page(*BOOK_PAGE, paper=(246, 244, 238))
    _title(p, st, "注 意 事 项", 16, 4.6)
    y = 26.0
    for para in NOTICE:
        lines = max(1, int(text_width(para, 2.8, "serif") / 80) + 1)
        p.fit(11, y, 96, y + lines * 4.4 + 1, para, 2.8, "serif", "left")
        y += lines * 4.4 + 4
    return p


def _register_head(hh: Household, st: Style, rng: random.Random, addr: str, station: str) -> Page:
    r = hh.record
    p = Page(*BOOK_PAGE, paper=(246, 244, 238))
    _title(p, st, "居 民 户 口 簿", 14, 5.0)
    g = Grid(p, st, 7, 26, BOOK_PAGE[0] - 14)
    g.row([(1.0, L("户  号")), (3.2, V(f"{rng.randrange(10000000, 99999999)}"))], 11, 2.7)
    kind = rng.choice(("家庭户", "家庭户", "非农业家庭户口" if not r["是否农民工"] else "农业家庭户口"))
    g.row([(1.0, L("户  别")), (1.1, V(kind)), (1.0, L("户主姓名")), (1.1, V(r["姓名"]))], 11, 2.7)
    g.row([(1.0, L("住  址")), (3.2, V(addr))], 22, 2.7)
    g.row([(1.0, L("户口登记机关")), (3.2, V(station))], 12, 2.6)
    issued = hh.created - timedelta(days=rng.randrange(400, 5000))
    g.row([(1.0, L("承办人签章")), (1.1, None), (1.0, L("签发日期")), (1.1, V(issued.isoformat()))], 12, 2.6)
    _seal_on(p, st, 72, g.y - 8, station[:14], "户口专用章", 12)  # over the 签发日期
    p.fields = {"户主姓名": r["姓名"], "住址": addr}
    return p


def _register_card(hh: Household, st: Style, rng: random.Random, person: dict[str, Any] | None,
                   station: str) -> Page:
    """One 常住人口登记卡; ``person`` None: the next blank card of the booklet (printed labels only)."""
    p = Page(*BOOK_PAGE, paper=(246, 244, 238))
    _title(p, st, "常住人口登记卡", 10, 4.4)
    g = Grid(p, st, 5, 16, BOOK_PAGE[0] - 10)
    s = 2.3
    h = 8.9
    blank: dict[str, Any] = {}
    q = person or blank
    born_place = hh.record["户口所在地行政区划"][:6] if person else ""
    moved = hh.created - timedelta(days=rng.randrange(800, 9000))
    adult = bool(person) and q["年龄"] >= 16

    def v(value: Any) -> V | None:
        return V(value) if person and value else None

    g.row([(0.8, L("姓名")), (1.3, v(q.get("姓名"))), (1.2, L("户主或与户主关系")), (0.9, v(q.get("关系")))], h, s)
    g.row([(0.8, L("曾用名")), (0.9, None), (0.6, L("性别")), (0.5, v(q.get("性别"))), (0.6, L("民族")),
           (0.8, v(q.get("民族")))], h, s)
    g.row([(0.8, L("出生日期")), (1.3, v(q.get("出生日期"))), (0.6, L("出生地")), (1.5, v(born_place))], h, s)
    g.row([(0.8, L("籍贯")), (1.3, v(born_place)), (0.8, L("宗教信仰")), (1.3, v("无" if rng.random() < 0.5 else ""))],
          h, s)
    g.row([(1.2, L("公民身份号码")), (3.0, v(q.get("身份证号")))], h, s)
    g.row([(0.8, L("文化程度")), (0.8, v(EDUCATION.get(q.get("当前学历") or "", ""))), (0.8, L("婚姻状况")),
           (0.5, v(q.get("婚姻状况"))), (0.8, L("兵役状况")), (0.5, None)], h, s)
    job = {"在职": "工人", "在读": "学生", "退休": "离退休人员"}.get(q.get("人员身份") or "", "")
    g.row([(0.5, L("身高")), (0.8, v(f"{rng.randrange(150, 185)}厘米" if adult else "")), (0.5, L("血型")),
           (0.6, v(rng.choice(("A", "B", "O", "AB")) if adult and rng.random() < 0.5 else "")), (0.6, L("职业")),
           (1.2, v(job))], h, s)
    g.row([(0.9, L("服务处所")), (3.3, v(q.get("单位或学校")))], h, s)
    g.row([(1.6, L("本市（县）其他住址")), (2.6, None)], h, s)
    g.row([(1.6, L("何时由何地迁来本市（县）")), (2.6, None)], h, s)
    g.row([(1.6, L("何时由何地迁来本址")), (2.6, v(f"{moved.year}年{moved.month}月" if rng.random() < 0.5 else ""))],
          h, s)
    g.row([(0.9, L("承办人签章")), (1.2, None), (0.8, L("登记日期")), (1.3, v(moved.isoformat()))], h, s)
    if person:
        _seal_on(p, st, 42, g.y - 6, station[:14], "户口专用章", 11)  # over 承办人签章 and the 登记日期
        p.members = [{"姓名": q["姓名"], "关系": q["关系"], "性别": q["性别"], "民族": q["民族"],
                      "出生日期": q["出生日期"], "身份证号": q["身份证号"]}]
    return p


@layout("户口簿", "户口簿/轮换4")
def hukou_spreads(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng)
    addr = (
        r["家庭住址"]
        if not r["是否农民工"]
        else f"{r['户口所在地行政区划']}{rng.choice(('新华', '红星', '光明', '东风'))}村{rng.randrange(1, 12)}组{rng.randrange(1, 60)}号"
    )
    addr = addr.removesuffix("（租住）")
    station = f"{hh.unit.city}市公安局{rng.choice(hh.unit.streets)[:2]}派出所"
    people = [hh.householder() | {"关系": "户主", "婚姻状况": r["婚姻状况"]}, *hh.members]
    booklet = [_notice_page(st), _register_head(hh, st, rng, addr, station)]
    booklet += [_register_card(hh, st, rng, person, station) for person in people]
    if len(booklet) % 2:
        booklet.append(_register_card(hh, st, rng, None, station))
    k = rng.uniform(1.2, 1.3)
    pages: list[Page] = []
    for i in range(0, len(booklet), 2):
        left, right = booklet[i], booklet[i + 1]
        sheet = Page(*A4_LANDSCAPE, mono=True, tone=round(rng.uniform(0.0, 0.6), 2))
        x0 = (A4_LANDSCAPE[0] - 2 * BOOK_PAGE[0] * k) / 2 + rng.uniform(-5, 5)
        y0 = (A4_LANDSCAPE[1] - BOOK_PAGE[1] * k) / 2 + rng.uniform(-4, 3)
        embed_scaled(sheet, left, x0, y0, k)
        embed_scaled(sheet, right, x0 + BOOK_PAGE[0] * k, y0, k)
        fold = x0 + BOOK_PAGE[0] * k
        sheet.line(fold, y0, fold, y0 + BOOK_PAGE[1] * k, rng.uniform(0.8, 1.6), (110, 110, 110))  # the binding
        if i == 0 and rng.random() < 0.6:  # written across the 注意事项 page
            _copy_note(sheet, rng, y0 + 112 * k, r["姓名"], hh.created - timedelta(days=rng.randrange(1, 30)))
        sheet.fields = {key: val for pg in (left, right) for key, val in pg.fields.items()}
        sheet.members = [m for pg in (left, right) for m in pg.members]
        pages.append(sheet)
    entries = [m for pg in booklet for m in pg.members]
    return Document("户口簿", pages, dict(booklet[1].fields), entries, person=r["姓名"], material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 低保证: another city's landscape booklet (持证人 …, 保障金额 元/月), three pages copied one above the other
# ---------------------------------------------------------------------------------------------------------
LEAF = (140.0, 86.0)


def _line_field(p: Page, st: Style, x: float, y: float, label: str, text: str, width: float) -> None:
    """``label：`` printed, the value on an underline after it (typed or written in)."""
    p.text(x, y, f"{label}：", 3.0, st.label_font)
    x0 = x + text_width(f"{label}：", 3.0, st.label_font) + 0.5
    p.line(x0, y + 2.4, x0 + width, y + 2.4, 0.15)
    size = 3.4 if st.hand else 3.1
    while size > 2.2 and text_width(text, size, st.value_font) > width - 2:
        size *= 0.92
    p.text(x0 + 1, y + (st.rng.uniform(-0.3, 0.2) if st.hand else 0.0), text, size, st.value_font, "lm", st.color)


def _signed(p: Page, name: str) -> Callable[[float, float, float, float], None]:
    """A cell signed by hand (blue ballpoint, the hand font)."""

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text((x0 + x1) / 2, (y0 + y1) / 2, name, 3.6, "kai", "mm", INK_BLUE)

    return draw


@layout("低保证", "低保证/轮换4")
def dibao_landscape_booklet(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng)
    issuer = f"{hh.unit.region_name[3:]}民政局"
    issued = hh.created - timedelta(days=rng.randrange(30, 300))
    valid = date(issued.year + rng.choice((1, 1, 2)), issued.month, min(issued.day, 28)) - timedelta(days=1)
    sealed = rng.random() < 0.85
    people = [hh.householder() | {"关系": "户主"}, *hh.members]
    covered = people if rng.random() < 0.7 else people[: max(1, len(people) - 1)]
    number = hh.dibao_no or ""
    amount = st.money(hh.dibao_amount)
    amount_text = amount + ("/月" if amount.endswith("元") else "元/月")
    paper = rng.choice(((244, 240, 230), (236, 242, 236), (246, 238, 238)))

    data = Page(*LEAF, paper=paper)
    title = rng.choice(("最低生活保障证", "城乡居民最低生活保障证", "最低生活保障救助证"))
    _title(data, st, title, 9, 4.6)
    data.text(96, 17, "编号：", 2.8, st.label_font)
    data.text(106, 17, number, 3.0, "heimono" if not st.hand else st.value_font, color=st.color)
    holder = rng.choice(("持证人", "户主姓名", "户主"))
    _line_field(data, st, 8, 25, holder, r["姓名"], 34)
    _line_field(data, st, 66, 25, "保障类别", "农村低保" if r["是否农民工"] else "城市低保", 26)
    _line_field(data, st, 8, 33, "身份证号", r["身份证号"], 70)
    _line_field(data, st, 8, 41, "家庭住址", r["家庭住址"].removesuffix("（租住）"), 104)
    _line_field(data, st, 8, 49, "家庭人口", f"{r['家庭人口']}人", 16)
    _line_field(data, st, 50, 49, "保障人数", f"{len(covered)}人", 16)
    _line_field(data, st, 92, 49, "保障金额", amount_text, 26)
    _line_field(data, st, 8, 57, "发证日期", st.date(issued.isoformat()), 30)
    _line_field(data, st, 66, 57, "有效期至", st.date(valid.isoformat()), 32)
    data.text(8, 68, "发证机关：", 3.0, st.label_font)
    data.text(24, 68, issuer, 3.2, st.value_font, color=st.color)
    data.text(8, 77, "（本证只限持证人使用，涂改、转借无效）", 2.5, st.label_font)
    if sealed:
        _seal_on(data, st, 72, 67, issuer, "", 11)  # its ring over the 发证机关's end, the star clear of it

    members_page = Page(*LEAF, paper=paper)
    _title(members_page, st, rng.choice(("保 障 对 象", "享受保障家庭成员")), 8, 3.8)
    rows = max(5, len(covered))
    h = min(8.0, (LEAF[1] - 18) / (rows + 1))
    gm = Grid(members_page, st, 5, 14, LEAF[0] - 10)
    widths = (0.45, 1.0, 0.5, 0.9, 0.95, 2.3)
    gm.row(list(zip(widths, (L("序号"), L("姓名"), L("性别"), L("与户主关系"), L("出生年月"), L("身份证号码")),
                    strict=True)), h, 2.4)
    for i in range(rows):
        m = covered[i] if i < len(covered) else None
        born = f"{m['出生日期'][:4]}.{m['出生日期'][5:7]}" if m else ""
        cells = (L(str(i + 1)), V(m["姓名"]) if m else None, V(m["性别"]) if m else None,
                 V(m["关系"]) if m else None, V(born) if m else None, V(m["身份证号"]) if m else None)
        gm.row(list(zip(widths, cells, strict=True)), h, 2.4)

    record = Page(*LEAF, paper=paper)
    _title(record, st, "保障金发放记录", 8, 3.8)
    gr = Grid(record, st, 5, 14, LEAF[0] - 10)
    gr.row([(1.0, L("发放年月")), (1.0, L("金额（元）")), (1.2, L("领取人签字")), (1.0, L("经办人"))], 7.5, 2.4)
    paid = rng.randrange(2, 6)
    clerk = rng.choice(("刘芳", "陈静", "张伟", "杨丽"))
    for j in range(8):
        if j < paid:
            mo = _months_back(hh.created, paid - j)
            gr.row([(1.0, V(f"{mo.year}年{mo.month}月")), (1.0, V(f"{hh.dibao_amount}")),
                    (1.2, _signed(record, r["姓名"])), (1.0, V(clerk))], 7.5, 2.4)
        else:
            gr.row([(1.0, None), (1.0, None), (1.2, None), (1.0, None)], 7.5, 2.4)

    sheet = Page(*A4, mono=True, tone=round(rng.uniform(0.0, 0.6), 2))
    x0, y = rng.uniform(22, 48), rng.uniform(10, 15)
    for leaf in (data, members_page, record):
        sheet.embed(leaf, x0 + rng.uniform(-1.5, 1.5), y)
        y += LEAF[1] + rng.uniform(3, 5)
    if rng.random() < 0.5:
        _copy_note(sheet, rng, y - 22, r["姓名"], None)  # across the blank rows of the 发放记录
    fields = {
        "姓名": r["姓名"],
        "证号": hh.dibao_no,
        "保障人数": len(covered),
        "月保障金额": hh.dibao_amount,
        "发证机关": issuer,
        "有效期": valid.isoformat(),
        "是否盖章": sealed,
    }
    members = [{"姓名": p["姓名"], "关系": p["关系"], "身份证号": p["身份证号"]} for p in covered]
    sheet.fields, sheet.members = dict(fields), list(members)
    return Document("低保证", [sheet], fields, members, person=r["姓名"], material="低保证")


# ---------------------------------------------------------------------------------------------------------
# 诊断证明书: a hospital information system's A4 printout (bar code, patient block without rules, numbered
# 临床诊断), the doctor's signature by hand and the hospital seal over the date
# ---------------------------------------------------------------------------------------------------------
def _barcode(p: Page, rng: random.Random, x: float, y: float, w: float, h: float) -> None:
    cx = x
    while cx < x + w:
        bar = rng.choice((0.25, 0.25, 0.5, 0.75))
        p.rect(cx, y, cx + bar, y + h, 0.05, BLACK, fill=BLACK)
        cx += bar + rng.choice((0.25, 0.5, 0.5, 0.75))


@layout("诊断证明", "诊断证明/轮换4")
def diagnosis_his_printout(hh: Household, name: str, rng: random.Random) -> Document:
    person = hh.person(name)
    st = Style.draw(rng, typed=rng.random() < 0.55)  # typed by the system, or the form filled by hand
    hospital = rng.choice(hh.unit.hospitals)
    doctor = rng.choice(("刘建军", "马晓梅", "何志明", "徐静", "高峰", "林秀英", "胡国华", "朱丽娟", "罗明"))
    issued = hh.created - timedelta(days=rng.randrange(20, 200))
    inpatient = rng.random() < 0.35
    seen_on = issued - timedelta(days=rng.randrange(5, 25) if inpatient else rng.randrange(0, 4))
    lines = [person["疾病/残疾类别"] or "慢性病", *rng.sample(EXTRA_DIAGNOSES, rng.randrange(0, 3))]
    dept = rng.choice(("内科", "普通外科", "肿瘤内科", "肾病内科", "神经内科", "心血管内科", "内分泌科", "骨科"))
    number = f"{rng.choice(('MZ', 'ZY', '')) if rng.random() < 0.3 else ''}{rng.randrange(1000000, 99999999)}"
    age = person["年龄"]
    sealed = rng.random() < 0.9
    copied = rng.random() < 0.5
    lf = st.label_font
    vs = 4.2 if st.hand else 3.7
    vf = st.value_font

    p = Page(*A4, mono=copied, tone=round(rng.uniform(0.0, 0.5), 2) if copied else 0.0)
    p.rect(16, 12, 28, 24, 0.5)  # the hospital's emblem
    p.line(22, 14, 22, 22, 1.2)
    p.line(18, 18, 26, 18, 1.2)
    p.text(32, 16, hospital, 5.6, "bold" if lf != "serif" else "serifbold")
    p.text(32, 22.5, rng.choice(("医疗证明专用", "门诊/住院诊断证明", "医务处制")), 2.8, lf)
    _barcode(p, rng, 150, 11, 44, 9)
    p.text(172, 23.5, number, 2.8, "heimono", "mm")
    title = rng.choice(("诊 断 证 明 书", "疾 病 证 明 书", "医 学 诊 断 证 明"))
    p.text(105, 36, title, 6.0, "bold" if lf != "serif" else "serifbold", "mm")
    p.line(15, 42, 195, 42, 0.5)
    info = [
        [("姓名", name), ("性别", person["性别"]), ("年龄", f"{age}岁")],
        [("科别", dept), ("住院号" if inpatient else "门诊号", number),
         ("入院日期" if inpatient else "就诊日期", st.date(seen_on.isoformat()))],
    ]
    if inpatient:
        info.append([("床号", f"{rng.randrange(1, 60)}床"), ("病区", f"{rng.randrange(1, 20)}病区"),
                     ("出院日期", st.date(issued.isoformat()))])
    y = 50.0
    for row in info:
        for col, (lb, val) in enumerate(row):
            x = 18 + col * 60
            p.text(x, y, f"{lb}：", 3.6, lf)
            p.text(x + text_width(f"{lb}：", 3.6, lf) + 0.5, y, val, vs, vf, color=st.color)
        y += 8.5
    p.line(15, y - 2.5, 195, y - 2.5, 0.3)
    y += 6
    p.text(18, y, rng.choice(("临床诊断：", "诊断：", "诊断意见：")), 4.0, lf)
    y += 9
    for i, ln in enumerate(lines):
        text = f"{i + 1}．{ln}" if len(lines) > 1 else ln
        jx = st.rng.uniform(0, 2) if st.hand else 0.0
        p.text(26 + jx, y, text, vs * 1.05, vf, color=st.color)
        y += 8.5
    y += 6
    head = rng.choice(("处理意见：", "医嘱：", "建议："))
    p.text(18, y, head, 4.0, lf)
    p.text(18 + text_width(head, 4.0, lf) + 3, y, rng.choice(ADVICE), vs, vf, color=st.color)
    y = max(y + 40, 190.0)
    p.text(120, y, "医师签名：", 3.8, lf)
    p.text(140, y + rng.uniform(-0.6, 0.6), doctor, rng.uniform(5.0, 5.8), "kai", color=INK_BLUE)
    p.text(120, y + 11, "开具日期：", 3.8, lf)
    p.text(140, y + 11, st.date(issued.isoformat()), 3.8, vf, color=st.color)
    if sealed:
        # the ring over the date's end, the star clear of it (a seal on the digits would hide the date)
        _seal_on(p, st, 176, y + 9, hospital[:14], rng.choice(("", "诊断证明专用章")), 18)
    p.line(15, 268, 195, 268, 0.3)
    p.text(18, 274, "注：1.本证明书须加盖医院印章方为有效；2.涂改无效；3.仅供本人使用。", 2.8, lf)
    p.text(195, 282, "第1页/共1页", 2.6, lf, "rm")
    fields = {
        "医院名称": hospital,
        "姓名": name,
        "性别": person["性别"],
        "年龄": age,
        "诊断": "；".join(lines),
        "出具日期": issued.isoformat(),
        "医师": doctor,
        "是否盖章": sealed,
    }
    p.fields = dict(fields)
    return Document("诊断证明", [p], fields, person=name, material="致困原因证明")


# ---------------------------------------------------------------------------------------------------------
# 残疾人证: a county federation's booklet (photo on the left, label：value lines, no rules), its data page and
# its 审核记录 page copied one above the other onto A4, enlarged
# ---------------------------------------------------------------------------------------------------------
BOOKLET = (128.0, 90.0)


@layout("残疾人证", "残疾人证/轮换4")
def disability_booklet_lines(hh: Household, name: str, rng: random.Random) -> Document:
    f = _disability_facts(hh, name, rng)
    person = f["person"]
    st = Style.draw(rng, typed=rng.random() < 0.6)
    issuer = f"{hh.unit.region_name[3:]}残疾人联合会"
    paper = rng.choice(((232, 240, 228), (242, 228, 226)))
    lf, vf = st.label_font, st.value_font
    vs = 3.4 if st.hand else 3.1

    data = Page(*BOOKLET, paper=paper)
    _title(data, st, "中华人民共和国残疾人证", 8, 4.2)
    data.rect(8, 16, 32, 48, 0.2, (90, 90, 95), fill=(88, 88, 94))  # the photo, on the left
    data.rect(14, 20, 26, 31, 0.1, (50, 50, 55), fill=(50, 50, 55))
    data.rect(10, 33, 30, 48, 0.1, (44, 44, 50), fill=(44, 44, 50))
    rows = [
        [("姓名", name, 24), ("性别", person["性别"], 10)],
        [("民族", person["民族"], 14), ("出生日期", st.date(person["出生日期"]), 24)],
        [("身份证号", person["身份证号"], 52)],
        [("残疾类别", f["category"], 18), ("残疾等级", f["grade"], 12)],
        [("住址", hh.record["家庭住址"].removesuffix("（租住）"), 72)],
    ]
    y = 20.0
    for row in rows:
        x = 38.0
        for label, value, width in row:
            _line_field(data, st, x, y, label, value, width)
            x += text_width(f"{label}：", 3.0, lf) + width + 4
        y += 7.5
    data.text(8, 60, "残疾人证号：", 3.0, lf)
    data.text(8 + text_width("残疾人证号：", 3.0, lf) + 1, 60, f["number"], 3.6, "heimono")
    data.text(8, 70, "发证机关：", 3.0, lf)
    data.text(24, 70, issuer, vs, vf, color=st.color)
    data.text(8, 79, "发证日期：", 3.0, lf)
    data.text(24, 79, st.date(f["issued"].isoformat()), vs, vf, color=st.color)
    _seal_on(data, st, 96, 72, issuer[:14], "", 11)  # beside the 发证机关, its ring over the text's end

    review = Page(*BOOKLET, paper=paper)
    _title(review, st, "审 核 记 录", 9, 4.0)
    gr = Grid(review, st, 8, 16, BOOKLET[0] - 16)
    gr.row([(1.0, L("审核日期")), (1.6, L("审核意见")), (1.0, L("审核机关（盖章）"))], 8, 2.5)
    for i in range(7):
        done = i < rng.randrange(0, 3)
        when = f["issued"].replace(year=f["issued"].year + i + 1, day=min(f["issued"].day, 28))
        gr.row([(1.0, V(st.date(when.isoformat())) if done else None), (1.6, V("合格") if done else None),
                (1.0, None)], 8.5, 2.5)

    k = rng.uniform(1.2, 1.35)
    sheet = Page(*A4, mono=True, tone=round(rng.uniform(0.0, 0.55), 2))
    x = (210 - BOOKLET[0] * k) / 2 + rng.uniform(-6, 6)
    y = rng.uniform(12, 20)
    for leaf in (data, review):
        embed_scaled(sheet, leaf, x + rng.uniform(-2, 2), y, k)
        y += BOOKLET[1] * k + rng.uniform(6, 14)
    if rng.random() < 0.6:
        _copy_note(sheet, rng, min(y + 4, 282), name if rng.random() < 0.5 else "",
                   hh.created - timedelta(days=rng.randrange(1, 20)))
    fields = {"姓名": name, "性别": person["性别"], "身份证号": person["身份证号"], "残疾人证号": f["number"],
              "残疾类别": f["category"], "残疾等级": f["grade"], "发证日期": f["issued"].isoformat()}
    sheet.fields = dict(fields)
    return Document("残疾人证", [sheet], fields, person=name, material="致困原因证明")
