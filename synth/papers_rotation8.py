"""Rotation 8's printings of 身份证, 户口簿, 低保证, 诊断证明 and 残疾人证 (2026-12-06), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Drawn from REAL-DOCUMENTS.md and ARCHIVE-SCHEMA.md with the card and copier parts of ``papers_id``,
``papers_cert`` and ``papers_rotation3``. Truth as for the kind's other layouts (synth/README.md "Output").
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.papers_cert import ADVICE, EXTRA_DIAGNOSES, _dibao_facts, _disability_facts, dibao_document
from dangan.synth.papers_id import CARD, EDUCATION, id_back, id_facts, id_front
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.render import A4, Document, Grid, L, Style, V, _seal_on, cn_date

A4_LANDSCAPE = (297.0, 210.0)
A5_LANDSCAPE = (210.0, 148.0)


def _bold(font: str) -> str:
    return "serifbold" if font == "serif" else "bold"


def _attest(sheet: Page, rng: random.Random, x: float, y: float, signer: str, day: date | None) -> None:
    """The clerk's handwritten line that the copy matches the original, signed and dated, on one line."""
    words = rng.choice(("与原件相符", "经核对与原件一致", "此件与原件核对无误"))
    size = rng.uniform(4.4, 5.2)
    sheet.text(x, y, words, size, "kai", color=INK_BLUE)
    x += text_width(words, size, "kai") + 6
    if signer:
        sheet.text(x, y, f"核对人：{signer}", 4.2, "kai", color=INK_BLUE)
        x += text_width(f"核对人：{signer}", 4.2, "kai") + 5
    if day:
        sheet.text(x, y, f"{day.year}年{day.month}月{day.day}日", 4.0, "kai", color=INK_BLUE)


# ---------------------------------------------------------------------------------------------------------
# 居民身份证: the copier's ID-card mode, each face at 100 % in the middle of its half of a portrait A4 (the 国徽面
# sometimes on top), the lid's shadow round each card, the limited-use note written between the halves
# ---------------------------------------------------------------------------------------------------------
@layout("身份证", "身份证/轮换8")
def id_card_copy_mode(hh: Household, name: str, rng: random.Random) -> Document:
    f = id_facts(hh, name, rng)
    sheet = Page(*A4, mono=True, tone=round(rng.uniform(0.1, 0.7), 2))
    faces = [id_front(f, rng), id_back(f)]
    if rng.random() < 0.3:  # the 国徽面 laid first
        faces.reverse()
    x = (A4[0] - CARD[0]) / 2 + rng.uniform(-8, 8)
    shadow = rng.choice(((70, 70, 70), (110, 110, 110)))
    for i, face in enumerate(faces):
        y = A4[1] / 4 + i * A4[1] / 2 - CARD[1] / 2 + rng.uniform(-12, 12)
        dx = x + rng.uniform(-1.5, 1.5)
        sheet.rect(dx - 0.9, y - 0.9, dx + CARD[0] + 1.6, y + CARD[1] + 1.8, 0.1, shadow, fill=shadow)
        sheet.embed(face, dx, y)
    note = rng.choice(("本复印件仅供困难职工建档使用", "仅供工会帮扶建档用，再复印无效", "此复印件仅用于困难职工申报"))
    mid = A4[1] / 2 + rng.uniform(-4, 4)
    nx = rng.uniform(24, 60)
    sheet.text(nx, mid, note, 4.8, "kai", color=rng.choice((INK_BLUE, BLACK)))
    if rng.random() < 0.7:
        day = hh.created - timedelta(days=rng.randrange(1, 30))
        sheet.text(nx + rng.uniform(20, 60), mid + 9, f"{name}  {day.year}.{day.month}.{day.day}", 4.4, "kai",
                   color=INK_BLUE)
    fields = f.fields()
    sheet.fields = dict(fields)
    return Document("身份证", [sheet], fields, [], person=name, material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 户口簿: an older provincial printing of landscape leaves, the record on the left two thirds and the
# 住址变动登记 / 登记事项变更和更正记载 column on the right of the same leaf; the 常住人口登记卡 with the 公民身份号码
# right under the 姓名 and up to three label/value pairs a row; each leaf enlarged onto the top of a portrait A4
# ---------------------------------------------------------------------------------------------------------
LEAF = (150.0, 105.0)
MAIN_W = 100.0  # the record's part of the leaf; the change column takes the rest


def _change_column(p: Page, st: Style, title: str, heads: tuple[str, ...], y0: float, rows: int) -> None:
    x0 = 4 + MAIN_W + 3
    g = Grid(p, st, x0, y0, LEAF[0] - 4 - x0)
    g.row([(1.0, L(title))], 9, 2.2)
    g.row([(1.0, L(h)) for h in heads], 7, 2.0)
    h = (LEAF[1] - 6 - g.y) / rows
    for _ in range(rows):
        g.row([(1.0, None) for _ in heads], h, 2.0)


def _head_leaf(hh: Household, st: Style, rng: random.Random, addr: str, station: str, paper: Any) -> Page:
    r = hh.record
    p = Page(*LEAF, paper=paper)
    p.text(4 + MAIN_W / 2, 9, rng.choice(("户 口 簿", "居民户口簿")), 5.0, _bold(st.label_font), "mm")
    g = Grid(p, st, 4, 15, MAIN_W)
    s = 2.5
    kind = rng.choice(("家庭户", "家庭户", "非农业家庭户口" if not r["是否农民工"] else "农业家庭户口"))
    g.row([(0.8, L("户主姓名")), (1.5, V(r["姓名"])), (0.7, L("户别")), (1.4, V(kind))], 10, s)
    g.row([(0.8, L("户号")), (1.5, V(f"{rng.randrange(1000000, 99999999)}")), (0.7, L("签发日期")),
           (1.4, V(cn_date(hh.created - timedelta(days=rng.randrange(400, 5000)))))], 10, s)
    g.row([(0.8, L("住址")), (3.6, V(addr))], 18, s)
    g.row([(0.8, L("户口登记机关")), (3.6, V(station))], 10, s)
    top = g.y
    g.row([(0.8, L("户口专用章")), (1.5, None), (0.7, L("承办人签章")), (1.4, None)], 26, s)
    _seal_on(p, st, 4 + MAIN_W * 1.55 / 4.4, top + 13, station[:14], "户口专用章", 10.5)
    p.text(4 + MAIN_W * 3.7 / 4.4, top + 14, rng.choice(("黄立", "马红梅", "蒋涛", "曹静")), 4.2, "kai", "mm",
           INK_BLUE)
    _change_column(p, st, "住址变动登记", ("住址", "日期"), 6, 6)
    p.fields = {"户主姓名": r["姓名"], "住址": addr}
    return p


def _card_leaf(hh: Household, st: Style, rng: random.Random, person: dict[str, Any], id_label: str,
               paper: Any) -> Page:
    r = hh.record
    p = Page(*LEAF, paper=paper)
    p.text(4 + MAIN_W / 2, 8, "常住人口登记卡", 4.4, _bold(st.label_font), "mm")
    born_place = r["户口所在地行政区划"][:6]
    moved = hh.created - timedelta(days=rng.randrange(800, 9000))
    adult = person["年龄"] >= 16
    job = {"在职": "职工", "在读": "学生", "退休": "离退休"}.get(person.get("人员身份") or "", "")
    s, h = 2.1, 6.6

    def v(value: Any) -> V | None:
        return V(value) if value else None

    g = Grid(p, st, 4, 13, MAIN_W)
    g.row([(0.7, L("姓名")), (1.2, v(person["姓名"])), (1.0, L("户主或与户主关系")), (0.9, v(person["关系"]))], h, s)
    g.row([(0.9, L(id_label)), (2.9, v(person["身份证号"]))], h + 0.8, s)
    g.row([(0.7, L("曾用名")), (0.8, None), (0.5, L("性别")), (0.5, v(person["性别"])), (0.5, L("民族")),
           (0.8, v(person["民族"]))], h, s)
    g.row([(0.7, L("出生日期")), (1.2, v(person["出生日期"])), (0.6, L("出生地")), (1.3, v(born_place))], h, s)
    g.row([(0.7, L("籍贯")), (1.2, v(born_place)), (0.6, L("宗教信仰")), (1.3, None)], h, s)
    g.row([(0.7, L("文化程度")), (0.8, v(EDUCATION.get(person.get("当前学历") or "", ""))), (0.6, L("婚姻状况")),
           (0.6, v(person.get("婚姻状况") or "")), (0.6, L("兵役状况")), (0.5, None)], h, s)
    g.row([(0.5, L("身高")), (0.7, v(f"{rng.randrange(150, 186)}厘米" if adult else "")), (0.5, L("血型")),
           (0.5, v(rng.choice(("A", "B", "O", "AB")) if adult and rng.random() < 0.5 else "")), (0.5, L("职业")),
           (1.1, v(job))], h, s)
    g.row([(0.7, L("服务处所")), (3.1, v(person.get("单位或学校") or ""))], h, s)
    g.row([(1.3, L("本市（县）其他住址")), (2.5, None)], h, s)
    g.row([(1.3, L("何时由何地迁来本市（县）")), (2.5, None)], h, s)
    g.row([(1.3, L("何时由何地迁来本址")), (2.5, v(f"{moved.year}年{moved.month}月" if rng.random() < 0.5 else ""))],
          h, s)
    g.row([(0.7, L("登记日期")), (1.2, v(cn_date(moved))), (0.8, L("承办人签章")), (1.1, None)], h + 1, s)
    _change_column(p, st, "登记事项变更和更正记载", ("项目", "变更更正后", "日期"), 6, 8)
    p.members = [{key: person[key] for key in ("姓名", "关系", "性别", "民族", "出生日期", "身份证号")}]
    return p


@layout("户口簿", "户口簿/轮换8")
def hukou_landscape_leaves(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng)
    addr = id_facts(hh, r["姓名"], rng).addr
    station = f"{hh.unit.city}市公安局{rng.choice(hh.unit.streets)[:2]}派出所"
    paper = rng.choice(((246, 240, 226), (240, 244, 236), (238, 240, 246)))
    id_label = rng.choice(("公民身份号码", "公民身份证件编号"))
    people = [hh.householder() | {"关系": "户主", "婚姻状况": r["婚姻状况"]}, *hh.members]
    leaves = [_head_leaf(hh, st, rng, addr, station, paper)]
    leaves += [_card_leaf(hh, st, rng, person, id_label, paper) for person in people]
    k = rng.uniform(1.2, 1.3)
    tone = round(rng.uniform(0.05, 0.6), 2)
    x0 = (A4[0] - LEAF[0] * k) / 2 + rng.uniform(-4, 4)
    y0 = rng.uniform(12, 40)
    attest = rng.random() < 0.65
    pages: list[Page] = []
    for leaf in leaves:
        sheet = Page(*A4, mono=True, tone=tone)
        x, y = x0 + rng.uniform(-1.5, 1.5), y0 + rng.uniform(-1.5, 1.5)
        embed_scaled(sheet, leaf, x, y, k)
        if attest:
            _attest(sheet, rng, rng.uniform(20, 40), y + LEAF[1] * k + rng.uniform(14, 26), r["姓名"],
                    hh.created - timedelta(days=rng.randrange(1, 30)) if rng.random() < 0.6 else None)
        sheet.fields, sheet.members = dict(leaf.fields), list(leaf.members)
        pages.append(sheet)
    entries = [m for pg in leaves for m in pg.members]
    return Document("户口簿", pages, dict(leaves[0].fields), entries, person=r["姓名"], material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 低保证: another city's hard-cover certificate opened flat and scanned in colour: the 保障家庭成员 table (序号,
# 姓名, 身份证号码, 与户主关系) inside the left cover, the certificate's sentence with the household's figures
# in it on the right, the 民政 office's seal over its name
# ---------------------------------------------------------------------------------------------------------
@layout("低保证", "低保证/轮换8")
def dibao_certificate_spread(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng, typed=True)
    f = _dibao_facts(hh, rng)
    issuer, issued, valid, sealed = f["issuer"], f["issued"], f["valid"], f["sealed"]
    people = [hh.householder() | {"关系": "户主"}, *hh.members]
    covered = people if rng.random() < 0.7 else people[: max(1, len(people) - 1)]
    lf = st.label_font
    paper = rng.choice(((250, 246, 236), (246, 248, 240), (252, 244, 240)))
    page = Page(*A5_LANDSCAPE, paper=paper)
    frame = rng.choice(((170, 40, 40), (150, 110, 40), (40, 80, 130)))
    half = A5_LANDSCAPE[0] / 2
    for x0 in (4.0, half + 2):  # each inner face framed twice
        page.rect(x0, 4, x0 + half - 6, A5_LANDSCAPE[1] - 4, 0.7, frame)
        page.rect(x0 + 1.6, 5.6, x0 + half - 7.6, A5_LANDSCAPE[1] - 5.6, 0.25, frame)
    page.line(half, 2, half, A5_LANDSCAPE[1] - 2, 0.8, (150, 146, 140))  # the fold

    # left: the household's members
    page.text(half / 2, 14, rng.choice(("保障家庭成员", "享受低保家庭成员情况")), 4.0, _bold(lf), "mm")
    widths = (0.45, 1.0, 2.3, 0.9)
    gm = Grid(page, st, 10, 20, half - 18)
    gm.row(list(zip(widths, (L("序号"), L("姓名"), L("身份证号码"), L("与户主关系")), strict=True)), 7, 2.3)
    for i in range(max(7, len(covered))):
        m = covered[i] if i < len(covered) else None
        vals = (V(str(i + 1)), V(m["姓名"]), V(m["身份证号"]), V(m["关系"])) if m else (None,) * 4
        gm.row(list(zip(widths, vals, strict=True)), 7.4, 2.3)
    page.text(10, min(gm.y + 6, A5_LANDSCAPE[1] - 10), "家庭成员变动的，应及时到街道（乡镇）申报。", 2.4, lf)

    # right: the certificate
    x0, x1 = half + 10, A5_LANDSCAPE[0] - 12
    title = rng.choice((f"{hh.unit.city}市城乡居民最低生活保障证", f"{hh.unit.city}市最低生活保障证",
                        f"{hh.unit.city}市低保证"))
    page.fit(x0, 9, x1, 20, title, 4.6, _bold(lf))
    no_label = rng.choice(("编号：", "证号：", "No. "))
    page.text(x0, 25, no_label, 2.8, lf)
    page.text(x0 + text_width(no_label, 2.8, lf) + 0.6, 25, hh.dibao_no or "", 3.0, "heimono")
    home = r["家庭住址"].removesuffix("（租住）")
    sentence = (f"户主{r['姓名']}，家庭住址{home}，经本人申请、街道（乡镇）审核、公示，符合城乡居民最低生活保障"
                f"条件，核定保障人数{len(covered)}人，月保障金额{hh.dibao_amount}元，特发此证。")
    page.fit(x0, 30, x1, 78, sentence, 3.2, st.value_font, "left", pad=0.5)
    page.text(x0, 86, f"有效期：{cn_date(issued)}至{cn_date(valid)}", 2.9, lf)
    page.text(x0, 93, "凭此证按月领取保障金，每年复核一次。", 2.6, lf)
    page.text(x1, 114, issuer, 3.4, st.value_font, "rm")
    page.text(x1, 122, cn_date(issued), 3.2, st.value_font, "rm")
    if sealed:
        cx = x1 - text_width(issuer, 3.4, st.value_font) / 2
        page.seal(cx + rng.uniform(-3, 3), 116 + rng.uniform(-2, 2), 11.5 * rng.uniform(0.95, 1.05), issuer[:14],
                  "", rng.uniform(-25, 25), (205, 35, 45), rng.randrange(1 << 30))
    return dibao_document(hh, page, covered, issuer, valid, sealed)


# ---------------------------------------------------------------------------------------------------------
# 诊断证明书: a hospital's half-sheet printout from its outpatient system, scanned in colour: the patient's line
# as a table of labels over values, the diagnoses numbered in a table with their disease codes, the doctor's
# signature by hand, the 疾病证明专用章 over the issue date
# ---------------------------------------------------------------------------------------------------------
ICD = {"肢体残疾": "T90.900", "慢性病": "R69.x00", "高血压病2级": "I10.x03", "2型糖尿病": "E11.900",
       "慢性胃炎": "K29.500", "腰椎间盘突出症": "M51.202", "冠状动脉粥样硬化性心脏病": "I25.103", "贫血": "D64.900",
       "慢性支气管炎": "J42.x00", "骨质疏松症": "M81.900"}


@layout("诊断证明", "诊断证明/轮换8")
def diagnosis_outpatient_printout(hh: Household, name: str, rng: random.Random) -> Document:
    person = hh.person(name)
    st = Style.draw(rng, typed=True)
    hospital = rng.choice(hh.unit.hospitals)
    doctor = rng.choice(("谢文斌", "冯海燕", "邹立军", "严佳", "田国华", "汪晓峰", "韩雪梅"))
    issued = hh.created - timedelta(days=rng.randrange(10, 240))
    lines = [person["疾病/残疾类别"] or "慢性病", *rng.sample(EXTRA_DIAGNOSES, rng.randrange(0, 3))]
    dept = rng.choice(("普通内科", "肿瘤科", "肾病科", "心内科", "神经内科", "内分泌科", "骨科门诊", "呼吸内科"))
    age = person["年龄"]
    sealed = rng.random() < 0.9
    codes = rng.random() < 0.7
    lf = st.label_font
    vf = st.value_font
    accent = rng.choice(((20, 60, 130), (20, 110, 90), (120, 30, 40)))

    p = Page(*A5_LANDSCAPE, paper=rng.choice(((255, 255, 255), (252, 252, 248))))
    p.rect(10, 6, 20, 16, 0.5, accent)  # the hospital's mark
    p.text(15, 11, "医", 5.0, "bold", "mm", accent)
    p.text(23, 11, hospital, 5.0, _bold(lf), color=accent)
    p.line(10, 19, 200, 19, 0.6, accent)
    p.text(105, 26, rng.choice(("疾病诊断证明书", "诊断证明书", "门诊诊断证明")), 4.8, _bold(lf), "mm")
    for i in range(5):  # the page's code for the system, top right
        for j in range(5):
            if rng.random() < 0.55:
                p.rect(184 + i * 2.4, 4 + j * 2.4, 186.4 + i * 2.4, 6.4 + j * 2.4, 0.05, BLACK, fill=BLACK)
    heads = [(1.1, "姓名", name), (0.6, "性别", person["性别"]), (0.6, "年龄", f"{age}岁"), (1.2, "科别", dept),
             (1.3, "门诊号", f"MZ{rng.randrange(10000000, 99999999)}"),
             (1.1, "就诊日期", (issued - timedelta(days=rng.randrange(0, 3))).isoformat())]
    g = Grid(p, st, 10, 31, 190)
    g.row([(w, L(label)) for w, label, _ in heads], 6.5, 2.7)
    g.row([(w, V(text)) for w, _, text in heads], 8.5, 2.7)
    y = g.y + 3
    gd = Grid(p, st, 10, y, 190)
    cols = [(0.4, "序号"), (3.2, "诊断名称"), (1.0, "疾病编码")] if codes else [(0.4, "序号"), (4.2, "诊断名称")]
    gd.row([(w, L(label)) for w, label in cols], 6.5, 2.7)
    for i, ln in enumerate(lines):
        cells: list[tuple[float, Any]] = [(cols[0][0], V(str(i + 1))), (cols[1][0], V(ln))]
        if codes:
            cells.append((cols[2][0], V(ICD.get(ln, "Z03.900"))))
        gd.row(cells, 7.2, 2.7)
    y = gd.y + 7
    p.text(10, y, rng.choice(("医嘱及建议：", "处理意见：", "建议：")), 3.2, lf)
    p.fit(32, y - 4, 200, y + 4, rng.choice(ADVICE), 3.2, vf, "left", pad=0.5)
    y += 14
    p.text(10, y, "医师：", 3.2, lf)
    p.text(10 + text_width("医师：", 3.2, lf) + 1, y - 0.4, doctor, 5.0, "kai", color=INK_BLUE)
    p.text(70, y, f"工号：{rng.randrange(1000, 9999)}", 3.0, lf)
    date_text = cn_date(issued) if rng.random() < 0.5 else issued.isoformat()
    p.text(125, y, "出具日期：", 3.2, lf)
    p.text(125 + text_width("出具日期：", 3.2, lf) + 1, y, date_text, 3.2, vf)
    if sealed:
        p.seal(162 + rng.uniform(-4, 4), y - 2 + rng.uniform(-2, 2), 12.5, hospital[:14],
               rng.choice(("疾病证明专用章", "门诊部", "")), rng.uniform(-25, 25), (205, 35, 45), rng.randrange(1 << 30))
    notes = ("1. 本证明书须加盖本院疾病证明专用章方为有效。", "2. 本证明书仅说明病情，不作休假、鉴定及其他用途。")
    for i, t in enumerate(notes):
        p.text(10, 134 + i * 5, t, 2.5, lf, color=(90, 90, 90))
    fields = {"医院名称": hospital, "姓名": name, "性别": person["性别"], "年龄": age, "诊断": "；".join(lines),
              "出具日期": issued.isoformat(), "医师": doctor, "是否盖章": sealed}
    p.fields = dict(fields)
    return Document("诊断证明", [p], fields, person=name, material="致困原因证明")


# ---------------------------------------------------------------------------------------------------------
# 残疾人证: a province's second-generation booklet, its data page (photo top left, 姓名 … beside it, two
# label/value pairs a row below, the 残疾人证号) and its 残疾评定 page (a table: 评定日期, 残疾类别, 残疾等级,
# 评定机构) copied side by side at 100 % onto landscape A4
# ---------------------------------------------------------------------------------------------------------
BOOK = (96.0, 128.0)


@layout("残疾人证", "残疾人证/轮换8")
def disability_assessment_pages(hh: Household, name: str, rng: random.Random) -> Document:
    f = _disability_facts(hh, name, rng)
    person = f["person"]
    st = Style.draw(rng, typed=rng.random() < 0.6)
    issuer = f"{hh.unit.city}市残疾人联合会"
    paper = rng.choice(((226, 238, 226), (240, 226, 226)))
    lf = st.label_font

    data = Page(*BOOK, paper=paper)
    data.text(BOOK[0] / 2, 8, "残 疾 人 证", 4.6, _bold(lf), "mm")
    data.rect(6, 14, 30, 46, 0.2, (90, 90, 95), fill=(92, 92, 98))  # the photo
    data.rect(13, 18, 23, 29, 0.1, (50, 50, 56), fill=(50, 50, 56))
    data.rect(9, 31, 27, 46, 0.1, (44, 44, 50), fill=(44, 44, 50))
    born = date.fromisoformat(person["出生日期"])
    g = Grid(data, st, 33, 14, BOOK[0] - 39)
    for label, value in (("姓名", name), ("性别", person["性别"]), ("民族", person["民族"]),
                         ("出生日期", born.isoformat())):
        g.row([(1.0, L(label)), (2.0, V(value))], 8, 2.5)
    married = person.get("婚姻状况") or (hh.record["婚姻状况"] if name == hh.record["姓名"] else "")
    guardian = hh.record["姓名"] if f["category"] in ("智力残疾", "精神残疾") and name != hh.record["姓名"] else ""
    g2 = Grid(data, st, 6, 50, BOOK[0] - 12)
    g2.row([(0.9, L("婚姻状况")), (1.1, V(married) if married else None), (0.8, L("监护人")),
            (1.2, V(guardian) if guardian else None)], 8, 2.5)
    g2.row([(0.9, L("身份证号")), (3.1, V(person["身份证号"]))], 8, 2.5)
    g2.row([(0.9, L("住址")), (3.1, V(hh.record["家庭住址"].removesuffix("（租住）")))], 13, 2.5)
    g2.row([(0.9, L("残疾人证号")), (3.1, None)], 9, 2.4)
    data.fit(6 + (BOOK[0] - 12) * 0.9 / 4, g2.y - 9, BOOK[0] - 6, g2.y, f["number"], 3.2, "heimono", pad=0.8)
    data.text(6, g2.y + 8, "发证机关：", 2.7, lf)
    data.text(6 + text_width("发证机关：", 2.7, lf) + 0.5, g2.y + 8, issuer, 3.0, st.value_font, color=st.color)
    data.text(6, g2.y + 15, "发证日期：", 2.7, lf)
    data.text(6 + text_width("发证日期：", 2.7, lf) + 0.5, g2.y + 15, cn_date(f["issued"]), 3.0, st.value_font,
              color=st.color)
    _seal_on(data, st, 66, g2.y + 12, issuer[:14], "", 10)

    rate = Page(*BOOK, paper=paper)
    rate.text(BOOK[0] / 2, 10, rng.choice(("残 疾 评 定", "残疾评定记录")), 4.2, _bold(lf), "mm")
    widths = (1.1, 1.1, 0.8, 1.6)
    gr = Grid(rate, st, 5, 17, BOOK[0] - 10)
    gr.row(list(zip(widths, (L("评定日期"), L("残疾类别"), L("残疾等级"), L("评定机构")), strict=True)), 8, 2.3)
    rated = f["issued"] - timedelta(days=rng.randrange(20, 90))
    hospital = rng.choice(hh.unit.hospitals)
    gr.row(list(zip(widths, (V(cn_date(rated)), V(f["category"]), V(f["grade"]), V(hospital)), strict=True)), 14,
           2.3)
    for _ in range(4):
        gr.row([(w, None) for w in widths], 14, 2.3)
    rate.text(5, gr.y + 7, "注：残疾等级变化的，须重新评定并换发证件。", 2.4, lf)

    sheet = Page(*A4_LANDSCAPE, mono=True, tone=round(rng.uniform(0.05, 0.6), 2))
    x = (A4_LANDSCAPE[0] - 2 * BOOK[0]) / 2 + rng.uniform(-20, 20)
    y = rng.uniform(14, A4_LANDSCAPE[1] - BOOK[1] - 26)
    sheet.embed(data, x, y)
    sheet.embed(rate, x + BOOK[0], y)
    sheet.line(x + BOOK[0], y, x + BOOK[0], y + BOOK[1], rng.uniform(0.6, 1.4), (100, 100, 100))
    if rng.random() < 0.6:
        _attest(sheet, rng, rng.uniform(20, 60), min(y + BOOK[1] + rng.uniform(10, 16), A4_LANDSCAPE[1] - 6),
                name if rng.random() < 0.5 else "", None)
    fields = {"姓名": name, "性别": person["性别"], "身份证号": person["身份证号"], "残疾人证号": f["number"],
              "残疾类别": f["category"], "残疾等级": f["grade"], "发证日期": f["issued"].isoformat()}
    sheet.fields = dict(fields)
    return Document("残疾人证", [sheet], fields, person=name, material="致困原因证明")
