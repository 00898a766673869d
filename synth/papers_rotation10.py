"""Rotation 10's printings of 身份证, 户口簿, 低保证, 诊断证明 and 残疾人证 (2026-12-06), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Drawn from REAL-DOCUMENTS.md and ARCHIVE-SCHEMA.md with the card and copier parts of ``papers_id``,
``papers_cert`` and ``papers_rotation3``. Truth as for the kind's other layouts (synth/README.md "Output").
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from dangan.synth import papers_rotation9  # noqa: F401  (registers rotation 9's printings before these)
from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.papers_cert import ADVICE, EXTRA_DIAGNOSES, _dibao_facts, _disability_facts, dibao_document
from dangan.synth.papers_id import CARD, EDUCATION, id_back, id_facts, id_front
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.render import A4, Document, Style, cn_date

GREY = (110, 110, 118)
LIGHT = (205, 205, 210)
SEAL_RED = (205, 35, 45)


def _bold(font: str) -> str:
    return "serifbold" if font == "serif" else "bold"


def _spread(p: Page, x0: float, x1: float, y: float, label: str, size: float, font: str,
            color: tuple[int, int, int] = BLACK) -> None:
    """A label's characters set evenly across its cell (the way ruled official forms print short labels)."""
    chars = list(label)
    if len(chars) == 1:
        p.text((x0 + x1) / 2, y, label, size, font, "mm", color)
        return
    widths = [text_width(ch, size, font) for ch in chars]
    room = x1 - x0 - 2.0
    if sum(widths) >= room or len(chars) > 4:
        p.fit(x0, y - size, x1, y + size, label, size, font, pad=0.6)
        return
    gap = (room - sum(widths)) / (len(chars) - 1)
    x = x0 + 1.0
    for ch, w in zip(chars, widths, strict=True):
        p.text(x, y, ch, size, font, color=color)
        x += w + gap


# ---------------------------------------------------------------------------------------------------------
# 居民身份证: the 人证核验 terminal's 核验单 printed at the union's service counter: the card as the reader
# rebuilds it from the chip (both faces at 100 %), a ruled table of the chip's items under it, the 证件照片 /
# 现场照片 comparison and its result, signed by the clerk and the holder
# ---------------------------------------------------------------------------------------------------------
@layout("身份证", "身份证/轮换10")
def id_verification_slip(hh: Household, name: str, rng: random.Random) -> Document:
    f = id_facts(hh, name, rng)
    colour = rng.random() < 0.45
    p = Page(*A4, mono=not colour, tone=0.0 if colour else round(rng.uniform(0.0, 0.35), 2))
    lf = rng.choice(("sans", "hei", "serif"))
    vf = rng.choice(("sans", "hei"))
    counter = rng.choice((f"{hh.unit.city}市总工会职工服务中心", f"{hh.unit.region_name[3:]}总工会帮扶中心",
                          f"{hh.unit.employer}工会"))
    when = hh.created - timedelta(days=rng.randrange(0, 20))
    at = f"{when.isoformat()} {rng.randrange(8, 18):02d}:{rng.randrange(0, 60):02d}:{rng.randrange(0, 60):02d}"
    p.text(105, 20, rng.choice(("居民身份证信息核验单", "人证核验记录单", "身份证件核验单")), 5.6, _bold(lf), "mm")
    p.text(20, 30, f"核验单位：{counter}", 3.0, lf)
    p.text(190, 30, f"流水号：{when:%Y%m%d}{rng.randrange(1, 9999):04d}", 3.0, lf, "rm")
    p.line(20, 33, 190, 33, 0.5)
    # the card as the reader draws it from the chip
    front, back = id_front(f, rng), id_back(f)
    gap = (170 - 2 * CARD[0])
    y = 38.0
    p.text(20, y + 1.5, "证件图像", 2.6, lf, color=GREY)
    y += 4
    p.embed(front, 20, y)
    p.embed(back, 20 + CARD[0] + gap, y)
    y += CARD[1] + 8
    # the chip's items
    p.text(20, y, "证件信息", 3.4, _bold(lf))
    y += 3.5
    by, bm, bd = f.born.split("-")
    born = f"{by}年{int(bm)}月{int(bd)}日" if rng.random() < 0.6 else f.born
    lw, h = 26.0, 9.0
    half = 85.0
    x0, x1 = 20.0, 190.0
    p.rect(x0, y, x1, y + 5 * h + 5, 0.5)

    def pair(xx: float, yy: float, w: float, label: str, value: str, hh_: float = h, mono: bool = False) -> None:
        p.rect(xx, yy, xx + lw, yy + hh_, 0.2, (90, 90, 90), fill=(238, 238, 238))
        _spread(p, xx + 1, xx + lw - 1, yy + hh_ / 2, label, 3.0, lf)
        p.rect(xx + lw, yy, xx + w, yy + hh_, 0.2, (90, 90, 90))
        p.fit(xx + lw, yy, xx + w, yy + hh_, value, 3.4, "heimono" if mono else vf, "left", pad=1.8)

    pair(x0, y, half, "姓名", f.name)
    pair(x0 + half, y, x1 - x0 - half, "性别", f.gender)
    y += h
    pair(x0, y, half, "民族", f.ethnic)
    pair(x0 + half, y, x1 - x0 - half, "出生日期", born)
    y += h
    pair(x0, y, x1 - x0, "公民身份号码", f.number, mono=True)
    y += h
    pair(x0, y, x1 - x0, "住址", f.addr, h + 5)
    y += h + 5
    pair(x0, y, half, "签发机关", f.issuer)
    pair(x0 + half, y, x1 - x0 - half, "有效期限", f.valid)
    y += h + 10
    # the comparison
    p.text(20, y, "人像比对", 3.4, _bold(lf))
    y += 4
    for i, label in enumerate(("证件照片", "现场照片")):
        px = 24 + i * 40
        p.rect(px, y, px + 30, y + 38, 0.2, (90, 90, 90), fill=(120, 120, 126) if i == 0 else (150, 150, 156))
        p.rect(px + 9, y + 6, px + 21, y + 19, 0.1, (70, 70, 76), fill=(70, 70, 76))
        p.rect(px + 4, y + 21, px + 26, y + 38, 0.1, (62, 62, 68), fill=(62, 62, 68))
        p.text(px + 15, y + 42, label, 2.8, lf, "mm")
    score = rng.uniform(82.0, 97.9)
    rows = (("比对结果", f"一致（相似度 {score:.2f}%）"), ("证件状态", "有效"),
            ("核验方式", rng.choice(("读卡+人脸比对", "芯片读取+人像比对"))), ("核验时间", at),
            ("用途", rng.choice(("困难职工建档", "帮扶申请材料", "工会帮扶建档"))))
    for i, (label, value) in enumerate(rows):
        p.text(110, y + 4 + i * 8, f"{label}：", 3.2, lf)
        p.text(110 + text_width(f"{label}：", 3.2, lf), y + 4 + i * 8, value, 3.2, vf)
    y += 56
    clerk = rng.choice(("朱晓燕", "韩磊", "冯丽", "曹建华", "邓芳"))
    p.text(24, y, "经办人：", 3.4, lf)
    p.text(24 + text_width("经办人：", 3.4, lf) + 1, y - 0.3, clerk, 5.0, "kai", color=INK_BLUE)
    p.text(110, y, "证件持有人签字：", 3.4, lf)
    if rng.random() < 0.85:
        p.text(110 + text_width("证件持有人签字：", 3.4, lf) + 1, y - 0.3, name, 5.0, "kai", color=INK_BLUE)
    p.line(20, 280, 190, 280, 0.2, GREY)
    p.text(105, 285, "本核验单仅用于核验证件真伪及人证一致性，不作其他用途。", 2.6, lf, "mm", GREY)
    fields = f.fields()
    p.fields = dict(fields)
    return Document("身份证", [p], fields, [], person=name, material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 户口簿: another bureau's ruled printing (short labels spread across their cells, long ones wrapped, values
# typed in the cells; the 户主页's lower box holding the 户口专用章, the 承办人签章 and the 签发日期); each leaf
# photocopied at 100 % onto the upper part of its own portrait A4, the union clerk's 核对 stamp filled in below
# ---------------------------------------------------------------------------------------------------------
LEAF = (104.0, 146.0)
LX0, LX1 = 6.0, LEAF[0] - 6.0


class _Ruled:
    """Rows of ruled cells (label cell, value cell, …) across the leaf, inside a heavier outer frame."""

    def __init__(self, p: Page, y: float, lf: str, vf: str) -> None:
        self.p, self.y, self.top, self.lf, self.vf = p, y, y, lf, vf

    def row(self, cells: list[tuple[float, str, Any]], h: float) -> None:
        """``cells``: (share of the width, label, value) — a label cell then its value cell, share split 2:3
        unless the label is long."""
        p = self.p
        total = sum(w for w, _, _ in cells)
        x = LX0
        for w, label, value in cells:
            cw = (LX1 - LX0) * w / total
            lw = min(cw * 0.55, max(14.0, text_width(label, 2.5, self.lf) / (2 if len(label) > 5 else 1) + 3))
            p.line(x + lw, self.y, x + lw, self.y + h, 0.2)
            if len(label) > 5:  # a long label on two lines
                half = (len(label) + 1) // 2
                p.fit(x, self.y, x + lw, self.y + h / 2 + 0.3, label[:half], 2.3, self.lf, pad=0.5)
                p.fit(x, self.y + h / 2 - 0.3, x + lw, self.y + h, label[half:], 2.3, self.lf, pad=0.5)
            else:
                _spread(p, x + 0.5, x + lw - 0.5, self.y + h / 2, label, 2.5, self.lf)
            if callable(value):
                value(x + lw + 1.2, self.y + h / 2, x + cw)
            elif value:
                p.fit(x + lw, self.y, x + cw, self.y + h, str(value), 2.8, self.vf, "center", pad=0.8)
            x += cw
            if x < LX1 - 0.1:
                p.line(x, self.y, x, self.y + h, 0.3)
        self.y += h
        p.line(LX0, self.y, LX1, self.y, 0.25)

    def close(self) -> None:
        self.p.rect(LX0, self.top, LX1, self.y, 0.6)


def _date_in(p: Page, iso: str, vf: str) -> Any:
    y, m, d = iso.split("-")

    def draw(x: float, mid: float, x1: float) -> None:
        p.fit(x - 1.2, mid - 3.5, x1, mid + 3.5, f"{y}年{int(m)}月{int(d)}日", 2.8, vf, "center", pad=0.6)

    return draw


def _hukou_head10(hh: Household, rng: random.Random, addr: str, station: str, lf: str, vf: str) -> Page:
    r = hh.record
    p = Page(*LEAF, paper=(248, 246, 240))
    p.text(LEAF[0] / 2, 13, "户  口  簿", 5.6, _bold(lf), "mm")
    p.line(LX0 + 20, 18, LX1 - 20, 18, 0.5)
    p.line(LX0 + 20, 19, LX1 - 20, 19, 0.2)
    kind = rng.choice(("家庭户", "家庭户", "家庭户", "非农业家庭户口" if not r["是否农民工"] else "农业家庭户口"))
    g = _Ruled(p, 26, lf, vf)
    g.row([(1.0, "户别", kind), (1.0, "户主姓名", r["姓名"])], 12)
    g.row([(1.0, "户号", f"{rng.randrange(10000000, 99999999)}")], 12)
    g.row([(1.0, "住址", addr)], 20)
    g.close()
    box = g.y + 3
    p.rect(LX0, box, LX1, LEAF[1] - 8, 0.6)
    p.line(LEAF[0] / 2, box, LEAF[0] / 2, LEAF[1] - 8, 0.25)
    p.text(LX0 + 2, box + 4, "户口登记机关", 2.4, lf)
    p.text(LX0 + 2, box + 8, "户口专用章", 2.4, lf)
    p.seal(LX0 + 23 + rng.uniform(-3, 3), box + 26 + rng.uniform(-3, 3), 12.5 * rng.uniform(0.95, 1.05),
           station[:14], "户口专用章", rng.uniform(-20, 20), (200, 40, 50), rng.randrange(1 << 30))
    mx = LEAF[0] / 2 + 2
    p.text(mx, box + 4, "承办人签章", 2.4, lf)
    if rng.random() < 0.75:
        p.text(mx + 12, box + 16, rng.choice(("王丽", "张建国", "李敏", "黄志强")), 4.2, "kai", color=INK_BLUE)
    issued = hh.created - timedelta(days=rng.randrange(500, 6000))
    p.text(mx, box + 30, "签发日期", 2.4, lf)
    p.text(mx + 2, box + 37, f"{issued.year}年{issued.month}月{issued.day}日", 2.8, vf)
    p.fields = {"户主姓名": r["姓名"], "住址": addr}
    return p


def _hukou_card10(hh: Household, rng: random.Random, person: dict[str, Any], station: str, lf: str,
                  vf: str) -> Page:
    r = hh.record
    p = Page(*LEAF, paper=(248, 246, 240))
    p.text(LEAF[0] / 2, 11, "常 住 人 口 登 记 卡", 4.2, _bold(lf), "mm")
    place = r["户口所在地行政区划"][:6]
    adult = person["年龄"] >= 16
    moved = hh.created - timedelta(days=rng.randrange(800, 9000))
    job = {"在职": "职工", "在读": "学生", "退休": "退休"}.get(person.get("人员身份") or "", "")
    h = 8.6
    g = _Ruled(p, 16, lf, vf)
    g.row([(1.0, "姓名", person["姓名"]), (1.0, "户主或与户主关系", person["关系"])], h)
    g.row([(1.0, "曾用名", ""), (1.0, "性别", person["性别"])], h)
    g.row([(1.0, "出生地", place), (1.0, "民族", person["民族"])], h)
    g.row([(1.0, "籍贯", place), (1.0, "出生日期", _date_in(p, person["出生日期"], vf))], h)
    g.row([(1.0, "本市（县）其他住址", "")], h)
    g.row([(1.0, "宗教信仰", ""), (1.0, "身高", f"{rng.randrange(150, 186)}厘米" if adult else "")], h)
    g.row([(1.0, "公民身份证件编号", person["身份证号"])], h)
    g.row([(1.0, "文化程度", EDUCATION.get(person.get("当前学历") or "", "")),
           (1.0, "婚姻状况", person.get("婚姻状况") or "")], h)
    g.row([(1.0, "兵役状况", ""), (1.0, "血型", rng.choice(("A型", "B型", "O型", "AB型")) if adult and
                                 rng.random() < 0.5 else "")], h)
    g.row([(1.0, "服务处所", person.get("单位或学校") or ""), (0.6, "职业", job)], h)
    g.row([(1.0, "何时由何地迁来本市（县）", "")], h + 1)
    g.row([(1.0, "何时由何地迁来本址", f"{moved.year}年{moved.month}月 {place}" if rng.random() < 0.4 else "")], h + 1)
    g.row([(1.0, "承办人签章", ""), (1.0, "登记日期", _date_in(p, moved.isoformat(), vf))], h + 3)
    g.close()
    if rng.random() < 0.75:
        p.seal(LX0 + 24 + rng.uniform(-3, 3), g.y - 6 + rng.uniform(-2, 2), 10.5, station[:14], "户口专用章",
               rng.uniform(-20, 20), (200, 40, 50), rng.randrange(1 << 30))
    p.members = [{key: person[key] for key in ("姓名", "关系", "性别", "民族", "出生日期", "身份证号")}]
    return p


@layout("户口簿", "户口簿/轮换10")
def hukou_copies_checked(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    addr = id_facts(hh, r["姓名"], rng).addr
    station = f"{hh.unit.city}市公安局{rng.choice(hh.unit.streets)[:2]}派出所"
    lf = rng.choice(("serif", "hei"))
    vf = rng.choice(("serif", "heimono", "sans"))
    people = [hh.householder() | {"关系": "户主", "婚姻状况": r["婚姻状况"]}, *hh.members]
    leaves = [_hukou_head10(hh, rng, addr, station, lf, vf)]
    leaves += [_hukou_card10(hh, rng, person, station, lf, vf) for person in people]
    clerk = rng.choice(("吕静", "丁海涛", "谢芳", "程伟"))
    checked = hh.created - timedelta(days=rng.randrange(0, 15))
    tone = round(rng.uniform(0.0, 0.5), 2)
    x = rng.uniform(14, 90)
    pages: list[Page] = []
    for leaf in leaves:
        sheet = Page(*A4, mono=True, tone=tone)
        lx, ly = x + rng.uniform(-2, 2), rng.uniform(12, 30)
        sheet.embed(leaf, lx, ly)
        if rng.random() < 0.85:  # the union clerk's stamp, filled in by hand
            sx = rng.uniform(20, 120)
            sy = ly + LEAF[1] + rng.uniform(10, 30)
            sheet.rect(sx, sy, sx + 66, sy + 24, 0.5, (70, 60, 130))
            sheet.text(sx + 33, sy + 5, "复印件与原件核对无误", 3.4, "bold", "mm", (70, 60, 130))
            sheet.line(sx, sy + 9, sx + 66, sy + 9, 0.3, (70, 60, 130))
            sheet.text(sx + 3, sy + 14, "核对人：", 3.0, "sans", color=(70, 60, 130))
            sheet.text(sx + 18, sy + 13.6, clerk, 4.4, "kai", color=INK_BLUE)
            sheet.text(sx + 3, sy + 20.5, "日  期：", 3.0, "sans", color=(70, 60, 130))
            sheet.text(sx + 18, sy + 20.2, f"{checked.year}.{checked.month}.{checked.day}", 4.0, "kai",
                       color=INK_BLUE)
        sheet.fields, sheet.members = dict(leaf.fields), list(leaf.members)
        pages.append(sheet)
    entries = [m for pg in leaves for m in pg.members]
    return Document("户口簿", pages, dict(leaves[0].fields), entries, person=r["姓名"], material="户籍证明")


# ---------------------------------------------------------------------------------------------------------
# 低保证: another city's certificate opened flat, its inner spread one landscape A5 sheet: on the left the
# 持证户 grid under the 户主's photo, on the right the 保障家庭成员 table (姓名, 身份证号码, 关系, 劳动能力) and
# the 年审 rows; the spread copied at 100 % onto landscape A4
# ---------------------------------------------------------------------------------------------------------
SPREAD = (210.0, 148.0)


@layout("低保证", "低保证/轮换10")
def dibao_flat_spread(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng)
    f = _dibao_facts(hh, rng)
    issuer, issued, valid, sealed = f["issuer"], f["issued"], f["valid"], f["sealed"]
    people = [hh.householder() | {"关系": "户主"}, *hh.members]
    covered = people if rng.random() < 0.7 else people[: max(1, len(people) - 1)]
    lf, vf, color = st.label_font, st.value_font, st.color
    s = Page(*SPREAD, paper=rng.choice(((246, 240, 230), (240, 244, 240))))
    s.line(SPREAD[0] / 2, 2, SPREAD[0] / 2, SPREAD[1] - 2, 0.2, (170, 170, 170))  # the fold
    # the left page: 持证户
    title = rng.choice(("最低生活保障证", "城乡居民最低生活保障证", "低保家庭保障证"))
    s.fit(8, 5, 80, 15, f"{hh.unit.city}市{title}", 4.2, _bold(lf))
    s.text(8, 19, f"证号：{hh.dibao_no}", 3.0, "heimono", color=(170, 40, 40))
    s.rect(80, 6, 99, 31, 0.2, (110, 110, 110), fill=(200, 200, 204))  # the 户主's photo
    s.rect(85, 10, 94, 19, 0.1, (120, 120, 126), fill=(120, 120, 126))
    s.rect(82, 21, 97, 31, 0.1, (110, 110, 116), fill=(110, 110, 116))
    x0, x1 = 8.0, 99.0
    lw = 19.0
    y = 34.0
    category = rng.choice(("城市低保", "农村低保", "全额救助", "差额救助"))
    until = valid.strftime("%Y.%m.%d")
    rows: list[list[tuple[str, str]]] = [
        [("户主姓名", r["姓名"]), ("性别", r["性别"])],
        [("身份证号码", r["身份证号"])],
        [("家庭住址", r["家庭住址"].removesuffix("（租住）"))],
        [("家庭人口", f"{r['家庭人口']}人"), ("保障人口", f"{len(covered)}人")],
        [("保障类别", category), ("月保障金额", f"{hh.dibao_amount}元")],
        [("有效期", f"{issued:%Y.%m.%d}—{until}")],
        [("发证机关", issuer)],
        [("发证日期", cn_date(issued))],
    ]
    for row in rows:
        h = 11.0 if row[0][0] == "家庭住址" else 8.4
        cw = (x1 - x0) / len(row)
        for i, (label, value) in enumerate(row):
            cx = x0 + i * cw
            s.rect(cx, y, cx + lw, y + h, 0.2)
            s.fit(cx, y, cx + lw, y + h, label, 2.6, lf, pad=0.4)
            s.rect(cx + lw, y, cx + cw, y + h, 0.2)
            s.fit(cx + lw, y, cx + cw, y + h, value, 2.9, vf, "left", color, pad=1.0, jitter=st.jitter())
        y += h
    s.rect(x0, 34, x1, y, 0.5)
    if sealed:  # over the 发证机关 row
        s.seal(72 + rng.uniform(-5, 5), y - 10 + rng.uniform(-2, 2), 12.5, issuer[:14], "", rng.uniform(-25, 25),
               SEAL_RED, rng.randrange(1 << 30))
    s.text(x0, y + 6, "本证只限本户使用，不得转借、涂改。", 2.3, lf, color=(90, 90, 90))
    # the right page: 保障家庭成员 and 年审
    rx0, rx1 = 111.0, 202.0
    s.text((rx0 + rx1) / 2, 11, rng.choice(("保障家庭成员", "享受保障的家庭成员")), 4.0, _bold(lf), "mm")
    cols = ((1.0, "姓名"), (2.3, "身份证号码"), (0.8, "关系"), (0.9, "劳动能力"))
    total = sum(w for w, _ in cols)
    xs = [rx0]
    for w, _ in cols:
        xs.append(xs[-1] + (rx1 - rx0) * w / total)
    top, rh = 17.0, 7.6
    n_rows = max(7, len(covered))
    for i in range(n_rows + 2):
        s.line(rx0, top + i * rh, rx1, top + i * rh, 0.3 if i in (0, 1, n_rows + 1) else 0.2)
    for x in xs:
        s.line(x, top, x, top + (n_rows + 1) * rh, 0.25)
    for (_, label), xa, xb in zip(cols, xs[:-1], xs[1:], strict=True):
        s.fit(xa, top, xb, top + rh, label, 2.5, lf, pad=0.3)
    for i, m in enumerate(covered):
        y0 = top + (i + 1) * rh
        able = "有" if 18 <= m["年龄"] < 60 and (m.get("健康状况") or "健康") == "健康" else "无"
        for v, xa, xb in zip((m["姓名"], m["身份证号"], m["关系"], able), xs[:-1], xs[1:], strict=True):
            s.fit(xa, y0, xb, y0 + rh, v, 2.7 if v != m["身份证号"] else 2.5, vf, color=color, pad=0.3,
                  jitter=st.jitter())
    ty = top + (n_rows + 1) * rh + 7
    s.text(rx0, ty, "年审记录", 3.0, _bold(lf))
    ty += 3
    for i, head in enumerate(("年度", "审核意见", "经办人")):
        s.rect(rx0 + i * 30.33, ty, rx0 + (i + 1) * 30.33, ty + 7, 0.2)
        s.fit(rx0 + i * 30.33, ty, rx0 + (i + 1) * 30.33, ty + 7, head, 2.5, lf, pad=0.3)
    for k in range(3):
        for i in range(3):
            s.rect(rx0 + i * 30.33, ty + 7 + k * 7, rx0 + (i + 1) * 30.33, ty + 14 + k * 7, 0.2)
    if (hh.created - issued).days > 200 and rng.random() < 0.6:
        s.fit(rx0, ty + 7, rx0 + 30.33, ty + 14, f"{issued.year + 1}年度", 2.8, "kai", color=INK_BLUE, pad=0.3)
        s.fit(rx0 + 30.33, ty + 7, rx0 + 60.66, ty + 14, "继续享受", 2.8, "kai", color=INK_BLUE, pad=0.3)
        s.fit(rx0 + 60.66, ty + 7, rx1, ty + 14, rng.choice(("周敏", "钱芳", "郑伟")), 2.8, "kai", color=INK_BLUE,
              pad=0.3)

    page = Page(297.0, 210.0, mono=True, tone=round(rng.uniform(0.05, 0.55), 2))
    px = (297 - SPREAD[0]) / 2 + rng.uniform(-25, 25)
    py = rng.uniform(12, 210 - SPREAD[1] - 26)
    page.embed(s, px, py)
    if rng.random() < 0.7:
        ny = py + SPREAD[1] + rng.uniform(7, 12)
        page.text(px + rng.uniform(10, 60), ny, rng.choice(("复印件与原件一致", "此件与原件核对无误")),
                  rng.uniform(4.2, 5.0), "kai", color=INK_BLUE)
        if rng.random() < 0.6:
            page.text(px + 120, ny + 2, r["姓名"], 4.6, "kai", color=INK_BLUE)
    return dibao_document(hh, page, covered, issuer, valid, sealed)


# ---------------------------------------------------------------------------------------------------------
# 诊断证明: the 出院记录 printed from a hospital's electronic record system (patient line, 入院/出院 dates, 入院
# 情况, 入院诊断, 诊疗经过, the 出院诊断 numbered, 出院医嘱, the doctors' signatures), copied at the 病案室 and
# stamped with its 病案复印专用章
# ---------------------------------------------------------------------------------------------------------
COMPLAINTS = ("头晕乏力", "胸闷气短", "腰背部疼痛", "口干多饮", "反复咳嗽咳痰", "双下肢水肿", "肢体麻木无力")


@layout("诊断证明", "诊断证明/轮换10")
def discharge_record(hh: Household, name: str, rng: random.Random) -> Document:
    person = hh.person(name)
    hospital = rng.choice(hh.unit.hospitals)
    doctor = rng.choice(("邵明辉", "龚雪", "傅建新", "万丽娟", "汤志勇", "严红", "钟立军"))
    chief = rng.choice(("白永刚", "范淑芬", "夏国栋", "陆敏"))
    issued = hh.created - timedelta(days=rng.randrange(10, 240))
    admitted = issued - timedelta(days=rng.randrange(4, 26))
    lines = [person["疾病/残疾类别"] or "慢性病", *rng.sample(EXTRA_DIAGNOSES, rng.randrange(0, 3))]
    dept = rng.choice(("内分泌科", "心血管内科", "肿瘤科", "神经内科", "肾病科", "呼吸与危重症医学科", "骨科"))
    age = person["年龄"]
    sealed = rng.random() < 0.9
    body = rng.choice(("serif", "sans", "hei"))
    head = _bold(body) if body != "hei" else "bold"
    colour = rng.random() < 0.35
    p = Page(*A4, mono=not colour, tone=0.0 if colour else round(rng.uniform(0.05, 0.5), 2))
    p.text(105, 18, hospital, 5.6, head, "mm")
    p.text(105, 27, "出 院 记 录", 5.0, head, "mm")
    number = f"{rng.randrange(100000, 9999999)}"
    bed = f"{rng.randrange(1, 60)}"
    items = (("姓名", name), ("性别", person["性别"]), ("年龄", f"{age}岁"), ("科室", dept), ("床号", bed),
             ("住院号", number))
    x = 18.0
    size = 3.1
    room = 174.0 - sum(text_width(f"{lb}：{v}", size, body) for lb, v in items)
    step = max(2.0, room / (len(items) - 1))
    for label, value in items:
        p.text(x, 36, f"{label}：", size, body)
        p.text(x + text_width(f"{label}：", size, body), 36, value, size, body)
        x += text_width(f"{label}：{value}", size, body) + step
    p.line(18, 39.5, 192, 39.5, 0.5)
    days = (issued - admitted).days
    p.text(18, 46, f"入院日期：{admitted.isoformat()}", 3.2, body)
    p.text(80, 46, f"出院日期：{issued.isoformat()}", 3.2, body)
    p.text(142, 46, f"住院天数：{days}天", 3.2, body)
    y = 54.0
    complaint = rng.choice(COMPLAINTS)

    def section(title: str, text: str, rows: float) -> None:
        nonlocal y
        p.text(18, y, f"{title}：", 3.4, head)
        tw = text_width(f"{title}：", 3.4, head)
        p.fit(18 + tw, y - 3.2, 192, y - 3.2 + rows * 5.6, text, 3.2, body, "left", pad=0.4)
        y += rows * 5.6 + 3.5

    section("入院情况", f"患者因“{complaint}{rng.randrange(1, 10)}年，加重{rng.randrange(2, 15)}天”入院。入院查体："
            f"T {rng.uniform(36.2, 37.2):.1f}℃，P {rng.randrange(64, 96)}次/分，R {rng.randrange(16, 21)}次/分，"
            f"BP {rng.randrange(110, 160)}/{rng.randrange(65, 98)}mmHg，神志清楚，精神可，心肺听诊未闻及明显异常。", 3)
    section("入院诊断", lines[0], 1)
    section("诊疗经过", "入院后完善血常规、生化、影像学等相关检查，予以对症支持治疗，"
            "病情稳定，症状较前好转，经上级医师同意，准予出院。", 2)
    p.text(18, y, "出院诊断：", 3.4, head)
    for i, ln in enumerate(lines):
        p.text(40, y, f"{i + 1}.{ln}" if len(lines) > 1 else ln, 3.4, body)
        y += 6.2
    y += 2.5
    section("出院情况", rng.choice(("患者一般情况可，生命体征平稳。", "症状较入院时缓解，饮食睡眠可。")), 1)
    section("出院医嘱", rng.choice(ADVICE), 1)
    y += 8
    p.text(110, y, "医师签名：", 3.4, body)
    p.text(110 + text_width("医师签名：", 3.4, body) + 1, y - 0.3, doctor, 5.0, "kai", color=INK_BLUE)
    y += 10
    p.text(110, y, "上级医师：", 3.4, body)
    p.text(110 + text_width("上级医师：", 3.4, body) + 1, y - 0.3, chief, 5.0, "kai", color=INK_BLUE)
    y += 10
    p.text(110, y, f"记录日期：{issued.isoformat()}", 3.4, body)
    if sealed:  # the 病案室's copy stamp
        p.seal(150 + rng.uniform(-14, 14), y + 18 + rng.uniform(-4, 4), 15 * rng.uniform(0.95, 1.05),
               hospital[:14], "病案复印专用章", rng.uniform(-20, 20), SEAL_RED, rng.randrange(1 << 30))
    p.line(18, 276, 192, 276, 0.2, GREY)
    p.text(18, 281, f"{hospital}    住院号：{number}", 2.6, body, color=GREY)
    p.text(192, 281, "第1页/共1页", 2.6, body, "rm", GREY)
    fields = {"医院名称": hospital, "姓名": name, "性别": person["性别"], "年龄": age, "诊断": "；".join(lines),
              "出具日期": issued.isoformat(), "医师": doctor, "是否盖章": sealed}
    p.fields = dict(fields)
    return Document("诊断证明", [p], fields, person=name, material="致困原因证明")


# ---------------------------------------------------------------------------------------------------------
# 残疾人证: another province's third-generation card (a coloured band with the title, the photo on the left,
# 姓名 … beside it, the 证号 along the foot; on the back 住址, 监护人, the federation with its seal, the dates),
# both faces copied enlarged one above the other onto portrait A4
# ---------------------------------------------------------------------------------------------------------
@layout("残疾人证", "残疾人证/轮换10")
def disability_card_enlarged(hh: Household, name: str, rng: random.Random) -> Document:
    f = _disability_facts(hh, name, rng)
    person = f["person"]
    issuer = f"{hh.unit.city}市残疾人联合会"
    issued: date = f["issued"]
    band = rng.choice(((40, 110, 70), (150, 50, 50), (50, 80, 150)))
    face = (240, 242, 244)
    lf = rng.choice(("hei", "sans"))
    front = Page(*CARD, paper=face)
    front.rect(0, 0, CARD[0], CARD[1], 0.3, (150, 150, 160))
    front.rect(0, 0, CARD[0], 9, 0.1, band, fill=band)
    front.text(CARD[0] / 2, 4.6, "中华人民共和国残疾人证", 3.6, "bold", "mm", (255, 255, 255))
    front.rect(4, 13, 24, 39, 0.1, (90, 90, 96), fill=(88, 88, 96))  # the photo
    front.rect(9, 16, 19, 25, 0.1, (50, 50, 56), fill=(50, 50, 56))
    front.rect(6, 27, 22, 39, 0.1, (44, 44, 50), fill=(44, 44, 50))
    born = date.fromisoformat(person["出生日期"])
    rows = (("姓名", name, 3.4), ("性别", person["性别"], 3.0), ("出生", cn_date(born), 2.8),
            ("类别", f["category"], 3.0), ("等级", f["grade"], 3.0))
    for i, (label, value, size) in enumerate(rows):
        front.text(28, 15 + i * 5.6, label, 2.3, lf, color=GREY)
        front.text(36, 15 + i * 5.6, value, size, lf)
    front.text(62, 20.6, "民族", 2.3, lf, color=GREY)
    front.text(70, 20.6, person["民族"].removesuffix("族"), 3.0, lf)
    front.text(4, 47, "证号", 2.3, lf, color=GREY)
    front.fit(11, 43.5, CARD[0] - 3, 50.5, f["number"], 3.3, "heimono", "left", pad=0.3)
    back = Page(*CARD, paper=face)
    back.rect(0, 0, CARD[0], CARD[1], 0.3, (150, 150, 160))
    back.rect(0, CARD[1] - 4, CARD[0], CARD[1], 0.1, band, fill=band)
    guardian = hh.record["姓名"] if f["category"] in ("智力残疾", "精神残疾") and name != hh.record["姓名"] else ""
    until = date(issued.year + 10, issued.month, min(issued.day, 28))
    back.text(5, 7, "住址", 2.3, lf, color=GREY)
    back.fit(14, 3.5, CARD[0] - 4, 14, hh.record["家庭住址"].removesuffix("（租住）"), 2.7, lf, "left", pad=0.3)
    back.text(5, 18, "监护人", 2.3, lf, color=GREY)
    back.text(17, 18, guardian, 2.9, lf)
    back.text(5, 25, "发证机关", 2.3, lf, color=GREY)
    back.text(17, 25, issuer, 2.9, lf)
    back.text(5, 32, "发证日期", 2.3, lf, color=GREY)
    back.text(17, 32, issued.strftime("%Y.%m.%d"), 2.9, lf)
    back.text(5, 39, "有效期至", 2.3, lf, color=GREY)
    back.text(17, 39, until.strftime("%Y.%m.%d"), 2.9, lf)
    back.seal(64 + rng.uniform(-2, 2), 31 + rng.uniform(-2, 2), 9.5, issuer[:14], "", rng.uniform(-20, 20),
              (215, 30, 40), rng.randrange(1 << 30))
    back.text(CARD[0] / 2, CARD[1] - 6.5, "中国残疾人联合会监制", 2.0, lf, "mm", GREY)

    sheet = Page(*A4, mono=True, tone=round(rng.uniform(0.0, 0.55), 2))
    k = rng.choice((1.41, 1.5, 1.5, 1.6))
    w, h = CARD[0] * k, CARD[1] * k
    x = (A4[0] - w) / 2 + rng.uniform(-8, 8)
    y = rng.uniform(14, 26)
    gap = rng.uniform(10, 20)
    embed_scaled(sheet, front, x, y, k)
    embed_scaled(sheet, back, x + rng.uniform(-3, 3), y + h + gap, k)
    if rng.random() < 0.75:
        ny = y + 2 * h + gap + rng.uniform(12, 22)
        sheet.text(rng.uniform(22, 50), ny, rng.choice(("复印件与原件一致", "本复印件仅供困难职工建档使用")),
                   rng.uniform(4.4, 5.2), "kai", color=rng.choice((INK_BLUE, BLACK)))
        if rng.random() < 0.7:
            got = hh.created - timedelta(days=rng.randrange(1, 20))
            sheet.text(rng.uniform(125, 150), ny + 10, f"{name} {got.year}.{got.month}.{got.day}", 4.2, "kai",
                       color=INK_BLUE)
    fields = {"姓名": name, "性别": person["性别"], "残疾人证号": f["number"], "残疾类别": f["category"],
              "残疾等级": f["grade"], "发证日期": issued.isoformat()}
    sheet.fields = dict(fields)
    return Document("残疾人证", [sheet], fields, person=name, material="致困原因证明")
