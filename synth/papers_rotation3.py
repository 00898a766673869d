"""Printings of papers issued by others added with rotation 3 (2026-12-05), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from REAL-DOCUMENTS.md and ARCHIVE-SCHEMA.md with the parts of ``render``, ``papers_id`` and
``papers_cert``; the truth follows the conventions of the kind's other layouts (synth/README.md "Output").
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.papers_cert import ADVICE, EXTRA_DIAGNOSES
from dangan.synth.papers_id import EDUCATION, _copy_note, id_back, id_facts, id_front
from dangan.synth.render import A4, Document, Grid, L, Style, V, _seal_on, _title


def embed_scaled(sheet: Page, src: Page, dx: float, dy: float, k: float) -> None:
    """Draw ``src`` at (dx, dy) enlarged or reduced by ``k``: a copier set to another ratio than 100 %."""
    if src.paper != (255, 255, 255):
        sheet.rect(dx, dy, dx + src.w * k, dy + src.h * k, 0.15, (150, 150, 150), fill=src.paper)
    for op in src.ops:
        kind = op[0]
        if kind in ("line", "rect"):
            _, x0, y0, x1, y1, w, *rest = op
            sheet.ops.append((kind, dx + x0 * k, dy + y0 * k, dx + x1 * k, dy + y1 * k, w * k, *rest))
        elif kind == "text":
            _, x, y, s, size, *rest = op
            sheet.ops.append(("text", dx + x * k, dy + y * k, s, size * k, *rest))
        elif kind == "seal":
            _, cx, cy, r, *rest = op
            sheet.ops.append(("seal", dx + cx * k, dy + cy * k, r * k, *rest))
        elif kind == "poly":
            sheet.ops.append(("poly", tuple((dx + x * k, dy + y * k) for x, y in op[1]), op[2] * k, *op[3:]))


# ---------------------------------------------------------------------------------------------------------
# 居民身份证
# ---------------------------------------------------------------------------------------------------------
@layout("身份证", "身份证/轮换3")
def id_card_enlarged(hh: Household, name: str, rng: random.Random) -> Document:
    f = id_facts(hh, name, rng)
    sheet = Page(*A4, mono=True, tone=round(rng.uniform(0.0, 0.5), 2))
    font = rng.choice(("sans", "hei", "serif"))
    sheet.text(105, 18, rng.choice(("居民身份证复印件", "身份证复印件粘贴处")), 5.4, "bold", "mm")
    k = rng.uniform(1.25, 1.5)
    w, h = 85.6 * k, 54.0 * k
    x = (210 - w) / 2 + rng.uniform(-6, 6)
    y = 30.0
    for side, caption in ((id_front(f, rng), "（人像面）"), (id_back(f), "（国徽面）")):
        sheet.rect(x - 6, y - 3, x + w + 6, y + h + 10, 0.3)
        sheet.text(x - 4, y + h + 5, caption, 3.2, font)
        embed_scaled(sheet, side, x + rng.uniform(-1.5, 1.5), y + rng.uniform(-1, 1.5), k)
        y += h + 20
    day = hh.created - timedelta(days=rng.randrange(1, 30))
    note_y = min(y + 6, 262)
    if rng.random() < 0.5:
        sheet.text(
            30,
            note_y,
            "此复印件仅供困难职工建档使用，再复印无效",
            rng.uniform(4.0, 4.8),
            "kai",
            color=INK_BLUE,
        )
        note_y += 11
    _copy_note(sheet, rng, min(note_y, 272), name if rng.random() < 0.7 else "", day)
    fields = f.fields()
    sheet.fields = dict(fields)
    return Document("身份证", [sheet], fields, [], person=name, material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 户口簿: portrait booklet pages reduced, four to an A4 copy; another police bureau's 登记卡
# ---------------------------------------------------------------------------------------------------------
PORTRAIT = (105.0, 143.0)


def _head_page(hh: Household, st: Style, rng: random.Random, addr: str) -> Page:
    r = hh.record
    p = Page(*PORTRAIT, paper=(246, 243, 234))
    _title(p, st, "居 民 户 口 簿", 12, 5.2)
    p.text(8, 21, "户号：", 2.8, st.label_font)
    p.text(18, 21, f"{rng.randrange(100000000, 999999999)}", 3.0, st.value_font, color=st.color)
    g = Grid(p, st, 6, 25, PORTRAIT[0] - 12)
    g.row(
        [
            (1.0, L("户  别")),
            (1.5, V(rng.choice(("家庭户", "家庭户", "居民家庭户")))),
            (1.0, L("户主姓名")),
            (1.5, V(r["姓名"])),
        ],
        11,
        2.7,
    )
    g.row([(1.0, L("住  址")), (4.0, V(addr))], 20, 2.7)
    g.row([(5.0, L("住址变动登记"))], 8, 2.7)
    for _ in range(3):
        g.row([(1.0, L("住  址")), (4.0, None)], 9, 2.6)
    issued = hh.created - timedelta(days=rng.randrange(400, 5000))
    g.row([(1.0, L("承办人签章")), (1.5, None), (1.0, L("签发日期")), (1.5, V(issued.isoformat()))], 11, 2.6)
    _seal_on(
        p,
        st,
        70,
        g.y + 12,
        f"{hh.unit.city}市公安局{rng.choice(hh.unit.streets)[:2]}派出所"[:14],
        "户口专用章",
        12,
    )
    p.fields = {"户主姓名": r["姓名"], "住址": addr}
    return p


def _card_page(hh: Household, st: Style, rng: random.Random, person: dict[str, Any]) -> Page:
    r = hh.record
    born_place = r["户口所在地行政区划"][:6]
    moved = hh.created - timedelta(days=rng.randrange(800, 9000))
    p = Page(*PORTRAIT, paper=(246, 243, 234))
    _title(p, st, "常住人口登记卡", 9, 4.4)
    g = Grid(p, st, 5, 14, PORTRAIT[0] - 10)
    h = 9.0
    s = 2.4
    g.row(
        [(0.9, L("姓名")), (1.3, V(person["姓名"])), (1.0, L("户主或与户主关系")), (0.9, V(person["关系"]))],
        h,
        s,
    )
    g.row([(0.9, L("曾用名")), (1.3, None), (1.0, L("性别")), (0.9, V(person["性别"]))], h, s)
    g.row([(0.9, L("出生地")), (1.3, V(born_place)), (1.0, L("民族")), (0.9, V(person["民族"]))], h, s)
    g.row([(0.9, L("籍贯")), (1.3, V(born_place)), (1.0, L("出生日期")), (0.9, V(person["出生日期"]))], h, s)
    g.row([(1.3, L("本市（县）其他住址")), (2.8, None)], h, s)
    g.row(
        [(0.9, L("宗教信仰")), (0.6, None), (1.0, L("公民身份证件编号")), (1.6, V(person["身份证号"]))], h, s
    )
    adult = person["年龄"] >= 16
    g.row(
        [
            (0.6, L("身高")),
            (0.8, V(f"{rng.randrange(150, 185)}cm" if adult else "")),
            (0.6, L("血型")),
            (0.5, V(rng.choice("ABO") + "型" if rng.random() < 0.6 else "")),
            (0.8, L("文化程度")),
            (0.8, V(EDUCATION.get(person.get("当前学历") or "", ""))),
        ],
        h,
        s,
    )
    g.row(
        [(0.9, L("婚姻状况")), (1.0, V(person.get("婚姻状况") or "")), (0.9, L("兵役状况")), (1.3, None)],
        h,
        s,
    )
    g.row([(0.9, L("服务处所")), (3.2, V(person.get("单位或学校") or ""))], h, s)
    job = {"在职": "工人", "在读": "学生", "退休": "退休人员"}.get(person.get("人员身份") or "", "")
    g.row([(0.9, L("职业")), (3.2, V(job))], h, s)
    g.row([(1.7, L("何时由何地迁来本市（县）")), (2.4, None)], h, s)
    g.row(
        [
            (1.7, L("何时由何地迁来本址")),
            (2.4, V(f"{moved.year}年{moved.month}月" if rng.random() < 0.5 else "")),
        ],
        h,
        s,
    )
    g.row([(0.9, L("承办人签章")), (1.3, None), (0.9, L("登记日期")), (1.0, V(moved.isoformat()))], h, s)
    p.members = [
        {
            "姓名": person["姓名"],
            "关系": person["关系"],
            "性别": person["性别"],
            "民族": person["民族"],
            "出生日期": person["出生日期"],
            "身份证号": person["身份证号"],
        }
    ]
    return p


@layout("户口簿", "户口簿/轮换3")
def hukou_four_up(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng)
    addr = (
        r["家庭住址"]
        if not r["是否农民工"]
        else f"{r['户口所在地行政区划']}{rng.choice(('新华', '红星', '光明', '东风'))}村{rng.randrange(1, 12)}组{rng.randrange(1, 60)}号"
    )
    addr = addr.removesuffix("（租住）")
    booklet = [_head_page(hh, st, rng, addr)]
    people = [hh.householder() | {"关系": "户主", "婚姻状况": r["婚姻状况"]}, *hh.members]
    booklet += [_card_page(hh, st, rng, person) for person in people]
    k = rng.uniform(0.84, 0.88)
    pages: list[Page] = []
    for i in range(0, len(booklet), 4):
        group = booklet[i : i + 4]
        sheet = Page(*A4, mono=True, tone=round(rng.uniform(0.0, 0.6), 2))
        x0, y0 = rng.uniform(6, 10), rng.uniform(8, 14)
        gap = rng.uniform(3, 6)
        for j, pg in enumerate(group):
            embed_scaled(
                sheet, pg, x0 + (j % 2) * (PORTRAIT[0] * k + gap), y0 + (j // 2) * (PORTRAIT[1] * k + gap), k
            )
        if rng.random() < 0.5:
            _copy_note(
                sheet,
                rng,
                min(y0 + 2 * PORTRAIT[1] * k + gap + 8, 286),
                r["姓名"],
                hh.created - timedelta(days=rng.randrange(1, 30)),
            )
        sheet.fields = {key: v for pg in group for key, v in pg.fields.items()}
        sheet.members = [m for pg in group for m in pg.members]
        pages.append(sheet)
    entries = [m for pg in booklet for m in pg.members]
    return Document("户口簿", pages, dict(booklet[0].fields), entries, person=r["姓名"], material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 低保证: a county's folded card, its four inner and outer faces copied two by two onto A4
# ---------------------------------------------------------------------------------------------------------
FACE = (95.0, 128.0)


@layout("低保证", "低保证/轮换3")
def dibao_folded_card(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng)
    issuer = f"{hh.unit.region_name[3:]}民政局"
    issued = hh.created - timedelta(days=rng.randrange(30, 300))
    valid = issued.replace(year=issued.year + rng.choice((1, 2, 3)), day=min(issued.day, 28))
    sealed = rng.random() < 0.85
    people = [hh.householder() | {"关系": "户主"}, *hh.members]
    covered = people if rng.random() < 0.65 else people[: max(1, len(people) - 1)]
    number = hh.dibao_no or ""

    cover = Page(*FACE, paper=(238, 236, 228))
    cover.text(47.5, 40, "最低生活保障证", 6.4, "bold", "mm")
    cover.text(47.5, 52, rng.choice(("（城乡居民）", "（城市居民）", "（农村居民）")), 3.6, "sans", "mm")
    cover.text(47.5, 108, f"{issuer}制", 3.4, "sans", "mm")

    data = Page(*FACE, paper=(238, 236, 228))
    data.text(8, 10, "编号：", 3.0, st.label_font)
    data.text(18, 10, number, 3.2, st.value_font, color=st.color)
    g = Grid(data, st, 5, 16, FACE[0] - 10)
    for label, v, key, hgt in (
        ("户主姓名", r["姓名"], "", 10.0),
        ("身份证号码", r["身份证号"], "", 10.0),
        ("家庭住址", r["家庭住址"].removesuffix("（租住）"), "", 16.0),
        ("家庭人口", f"{r['家庭人口']}人", "", 10.0),
        ("保障人口", f"{len(covered)}人", "", 10.0),
        ("月保障金额（元）", hh.dibao_amount, "月保障金额", 10.0),
        ("发证日期", issued.isoformat(), "", 10.0),
        ("有效期限", f"{st.date(issued.isoformat())}至{st.date(valid.isoformat())}", "", 12.0),
    ):
        g.row([(1.0, L(label)), (2.2, V(v, key))], hgt, 2.6)
    data.text(8, g.y + 8, "发证机关（盖章）", 3.0, st.label_font)
    data.text(8, g.y + 15, issuer, 3.2, st.value_font, color=st.color)
    if sealed:
        _seal_on(data, st, 62, g.y + 10, issuer, "", 12)

    members_face = Page(*FACE, paper=(238, 236, 228))
    _title(members_face, st, "家庭成员（保障对象）", 10, 4.0)
    gm = Grid(members_face, st, 4, 16, FACE[0] - 8)
    gm.row([(0.5, L("序号")), (1.0, L("姓名")), (0.9, L("与户主关系")), (2.3, L("身份证号码"))], 9, 2.5)
    for i in range(max(6, len(covered))):
        m = covered[i] if i < len(covered) else None
        gm.row(
            [
                (0.5, L(str(i + 1))),
                (1.0, V(m["姓名"]) if m else None),
                (0.9, V(m["关系"]) if m else None),
                (2.3, V(m["身份证号"]) if m else None),
            ],
            9,
            2.5,
        )

    review = Page(*FACE, paper=(238, 236, 228))
    _title(review, st, "年 审 记 录", 10, 4.0)
    gr = Grid(review, st, 4, 16, FACE[0] - 8)
    gr.row([(0.8, L("年度")), (1.6, L("审核意见")), (1.0, L("经办人"))], 9, 2.5)
    for _ in range(6):
        gr.row([(0.8, None), (1.6, None), (1.0, None)], 12, 2.5)

    sheet = Page(*A4, mono=True, tone=round(rng.uniform(0.0, 0.6), 2))
    x0, y0 = rng.uniform(6, 9), rng.uniform(10, 18)
    gap = rng.uniform(2, 6)
    faces = [cover, data, members_face, review] if rng.random() < 0.5 else [data, members_face, cover, review]
    for j, face in enumerate(faces):
        sheet.embed(face, x0 + (j % 2) * (FACE[0] + gap), y0 + (j // 2) * (FACE[1] + gap))
    if rng.random() < 0.6:
        _copy_note(sheet, rng, min(y0 + 2 * FACE[1] + gap + 8, 284), r["姓名"], None)
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
# 诊断证明书: a county hospital's pad, the sentence filled in by hand, the half sheet copied onto A4
# ---------------------------------------------------------------------------------------------------------
def _blank(p: Page, st: Style, x: float, y: float, text: str, width: float, size: float) -> float:
    """A hand-filled blank on a printed line: the value written over an underline; returns the x after it."""
    w = max(width, text_width(text, size, st.value_font) + 4)
    p.line(x, y + size * 0.7, x + w, y + size * 0.7, 0.2)
    jy = st.rng.uniform(-0.4, 0.3) if st.hand else 0.0
    p.text(x + 2, y + jy, text, size, st.value_font, "lm", st.color)
    return x + w + 1


@layout("诊断证明", "诊断证明/轮换3")
def diagnosis_pad_copy(hh: Household, name: str, rng: random.Random) -> Document:
    person = hh.person(name)
    st = Style.draw(rng, typed=rng.random() < 0.25)
    hospital = rng.choice(hh.unit.hospitals)
    doctor = rng.choice(("陈志刚", "李海燕", "王立新", "赵敏", "周建华", "孙丽", "郑国强", "黄伟", "吴晓燕"))
    issued = hh.created - timedelta(days=rng.randrange(20, 200))
    seen_on = issued - timedelta(days=rng.randrange(0, 6))
    lines = [person["疾病/残疾类别"] or "慢性病", *rng.sample(EXTRA_DIAGNOSES, rng.randrange(0, 3))]
    dept = rng.choice(("内科", "外科", "肿瘤科", "肾内科", "神经内科", "心血管内科", "骨科"))
    age = person["年龄"]
    sealed = rng.random() < 0.9
    lf = st.label_font
    vs = 4.2 if st.hand else 3.8

    pad = Page(148, 210, paper=(252, 252, 246))
    _title(pad, st, hospital, 16, 5.4)
    _title(pad, st, "疾 病 诊 断 证 明 书", 27, 5.0)
    pad.line(10, 33, 138, 33, 0.5)
    pad.line(10, 34.2, 138, 34.2, 0.2)
    pad.text(96, 40, "门诊号：", 3.0, lf)
    pad.text(109, 40, f"{rng.randrange(100000, 9999999)}", 3.2, st.value_font, color=st.color)
    y = 52.0
    pad.text(12, y, "兹证明", 3.8, lf)
    x = _blank(pad, st, 25, y, name, 24, vs)
    pad.text(x, y, "，性别", 3.8, lf)
    x = _blank(pad, st, x + 12, y, person["性别"], 8, vs)
    pad.text(x, y, "，年龄", 3.8, lf)
    x = _blank(pad, st, x + 12, y, str(age), 8, vs)
    pad.text(x, y, "岁，", 3.8, lf)
    y += 10
    pad.text(12, y, "于", 3.8, lf)
    x = _blank(pad, st, 17, y, st.date(seen_on.isoformat()), 30, vs)
    pad.text(x, y, "在我院", 3.8, lf)
    x = _blank(pad, st, x + 12, y, dept, 18, vs)
    pad.text(x, y, "就诊。", 3.8, lf)
    y += 12
    pad.text(12, y, "诊断：", 3.8, lf)
    for i, ln in enumerate(lines):
        pad.text(26 + st.rng.uniform(0, 2), y + i * 8, ln, vs * 1.05, st.value_font, color=st.color)
        pad.line(25, y + i * 8 + 3.2, 136, y + i * 8 + 3.2, 0.15)
    y += 8 * max(len(lines), 3) + 6
    pad.text(12, y, "建议：", 3.8, lf)
    pad.fit(
        25, y - 4, 136, y + 12, rng.choice(ADVICE), vs, st.value_font, "left", st.color, jitter=st.jitter()
    )
    y += 20
    pad.text(12, y, "特此证明。", 3.8, lf)
    y += 14
    pad.text(70, y, "经治医师：", 3.6, lf)
    pad.text(88, y, doctor, 5.0, "kai", color=INK_BLUE)
    pad.text(70, y + 10, "日    期：", 3.6, lf)
    pad.text(88, y + 10, st.date(issued.isoformat()), 3.8, st.value_font, color=st.color)
    pad.text(74, 202, "（本证明加盖医院诊断证明专用章有效）", 2.6, lf, "mm")
    if sealed:
        _seal_on(pad, st, 100, y + 4, hospital[:14], "诊断证明专用章", 16)

    sheet = Page(*A4, mono=True, tone=round(rng.uniform(0.0, 0.6), 2))
    sheet.embed(pad, rng.uniform(8, 54), rng.uniform(10, 70))
    if rng.random() < 0.3:
        sheet.text(
            rng.uniform(20, 80),
            rng.uniform(284, 290),
            "复印件与原件一致",
            4.4,
            "kai",
            color=rng.choice((INK_BLUE, BLACK)),
        )
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
    sheet.fields = dict(fields)
    return Document("诊断证明", [sheet], fields, person=name, material="致困原因证明")
