"""Identity papers as an archive holds them: 居民身份证 photocopies and the 户口簿 (户主页 + 常住人口登记卡).

REAL-DOCUMENTS.md: an ID card reaches the archive photocopied onto A4, front and back side by side, one
above the other, or one per sheet, sometimes two members' cards on one sheet, with 复印件与原件一致
written across it; the 户口簿 holds a 户主页 and one 常住人口登记卡 per person (a ruled grid of two
label/value column pairs). One routine per paper, its options make the layouts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from typing import Any

from dangan.synth.canvas import BLACK, INK_BLUE, Page
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.render import A4, Document, Grid, L, Style, V, _seal_on, _title

GREY = (90, 90, 100)
CARD = (85.6, 54.0)


# ---------------------------------------------------------------------------------------------
# photocopies on A4 (shared by every paper that is copied: cards, booklets, receipts)
# ---------------------------------------------------------------------------------------------
def copy_sheet(rng: random.Random, items: list[Page], *, stack: str = "auto", note: bool = True,
               signer: str = "", day: date | None = None) -> Page:
    """An A4 black-and-white photocopy with ``items`` laid on the glass anywhere on the page.

    ``stack``: "row" (side by side), "column" (one above the other) or "auto" (row when it fits).
    ``note`` writes 复印件与原件一致 (by hand, or a rubber stamp) across the copy, signed and dated.
    """
    sheet = Page(*A4, mono=True, tone=round(rng.uniform(0.0, 0.7), 2))
    widths, heights = [p.w for p in items], [p.h for p in items]
    row = stack == "row" or (stack == "auto" and sum(widths) + 8 * len(items) < 190 and rng.random() < 0.5)
    gap = rng.uniform(4, 14)
    span_w = sum(widths) + gap * (len(items) - 1) if row else max(widths)
    span_h = max(heights) if row else sum(heights) + gap * (len(items) - 1)
    x = rng.uniform(8, max(8.5, 202 - span_w))
    y = rng.uniform(10, max(10.5, 250 - span_h))
    for p in items:
        sheet.embed(p, x, y)
        if row:
            x += p.w + gap
        else:
            y += p.h + gap
    top = y if row else y - span_h - gap
    bottom = (y + max(heights)) if row else y - gap
    if note:  # below the copy, or written across it
        across = rng.random() < 0.4
        note_y = rng.uniform(top + 10, max(top + 11, bottom - 10)) if across else bottom + rng.uniform(4, 12)
        _copy_note(sheet, rng, min(note_y, 280), signer, day)
    return sheet


def _copy_note(sheet: Page, rng: random.Random, y: float, signer: str, day: date | None) -> None:
    x = rng.uniform(20, 90)
    if rng.random() < 0.35:  # a rubber stamp
        sheet.rect(x - 2, y - 4, x + 50, y + 4, 0.5, (60, 60, 60))
        sheet.text(x + 24, y, "复印件与原件一致", 4.2, "bold", "mm", (60, 60, 60))
    else:
        sheet.text(x, y, "复印件与原件一致", rng.uniform(4.2, 5.6), "kai", color=rng.choice((INK_BLUE, BLACK)))
    if signer:
        sheet.text(x + 58, y, signer, 5.0, "kai", color=INK_BLUE)
    if day:
        sheet.text(x + 40, y + 9, f"{day.year}.{day.month}.{day.day}", 4.0, "kai", color=INK_BLUE)


# ---------------------------------------------------------------------------------------------
# 居民身份证
# ---------------------------------------------------------------------------------------------
@dataclass
class IdFacts:
    name: str
    gender: str
    ethnic: str
    born: str
    number: str
    addr: str
    issuer: str
    issued: date
    age: int

    @property
    def valid(self) -> str:
        years = 5 if self.age < 16 else 10 if self.age < 26 else 20 if self.age < 46 else 0
        start = self.issued.strftime("%Y.%m.%d")
        return f"{start}-长期" if not years else f"{start}-{self.issued.year + years}.{self.issued:%m.%d}"

    def fields(self) -> dict[str, Any]:
        return {"姓名": self.name, "性别": self.gender, "民族": self.ethnic, "出生日期": self.born,
                "身份证号": self.number, "住址": self.addr}


def id_facts(hh: Household, name: str, rng: random.Random) -> IdFacts:
    person = hh.person(name)
    addr = hh.record["家庭住址"] if not hh.record["是否农民工"] else \
        f"{hh.record['户口所在地行政区划']}{rng.choice(('新华', '红星', '光明'))}村{rng.randrange(1, 12)}组"
    issued = hh.created - timedelta(days=rng.randrange(300, 3000))
    return IdFacts(name, person["性别"], person["民族"].removesuffix("族"), person["出生日期"], person["身份证号"],
                   addr.removesuffix("（租住）"), f"{hh.unit.city}市公安局{hh.unit.region_name[-3:]}分局",
                   issued, int(person["年龄"]))


def id_front(f: IdFacts, rng: random.Random) -> Page:
    """The front of a second-generation card, card-sized (85.6 × 54 mm), photo dark as a copier makes it."""
    p = Page(*CARD, paper=(232, 238, 242))
    p.rect(0, 0, CARD[0], CARD[1], 0.3, (160, 170, 180))
    big = rng.choice((3.6, 3.8, 4.0))
    p.text(5, 8, "姓名", 2.6, "hei", color=GREY)
    p.text(15, 8, f.name, big, "hei")
    p.text(5, 15, "性别", 2.6, "hei", color=GREY)
    p.text(15, 15, f.gender, 3.2, "hei")
    p.text(24, 15, "民族", 2.6, "hei", color=GREY)
    p.text(33, 15, f.ethnic, 3.2, "hei")
    y, m, d = f.born.split("-")
    p.text(5, 22, "出生", 2.6, "hei", color=GREY)
    p.text(15, 22, f"{y}  年  {int(m)}  月  {int(d)}  日", 3.0, "hei")
    p.text(5, 29, "住址", 2.6, "hei", color=GREY)
    p.fit(13, 26, 58, 42, f.addr, 2.9, "hei", align="left")
    p.text(5, 48, "公民身份号码", 2.6, "hei", color=GREY)
    p.text(25, 48, f.number, 3.7, "heimono" if rng.random() < 0.5 else "hei")
    p.rect(60, 6, 81, 36, 0.1, (90, 90, 95), fill=(85, 85, 92))  # the photo: dark on any copy
    p.rect(66, 10, 75, 20, 0.1, (45, 45, 50), fill=(45, 45, 50))
    p.rect(62, 22, 79, 36, 0.1, (40, 40, 45), fill=(40, 40, 45))
    return p


def id_back(f: IdFacts) -> Page:
    p = Page(*CARD, paper=(236, 240, 236))
    p.rect(0, 0, CARD[0], CARD[1], 0.3, (160, 170, 180))
    p.rect(5, 5, 17, 17, 0.4, (120, 100, 60))  # the national emblem's place
    p.text(50, 12, "中华人民共和国", 3.8, "bold", "mm")
    p.text(50, 23, "居 民 身 份 证", 5.0, "bold", "mm")
    p.text(10, 40, "签发机关", 2.6, "hei", color=GREY)
    p.text(24, 40, f.issuer, 3.0, "hei")
    p.text(10, 47, "有效期限", 2.6, "hei", color=GREY)
    p.text(24, 47, f.valid, 3.0, "hei")
    return p


def _id_copy(hh: Household, name: str, rng: random.Random, *, people: int = 1, sheets: int = 1) -> Document:
    """Front and back on one A4 copy (``sheets`` 1) or one per sheet (2); ``people`` 2 adds another adult's
    card to the same sheet (that card is in the truth's ``members``, the document stays this person's)."""
    f = id_facts(hh, name, rng)
    signer = name if rng.random() < 0.6 else ""
    day = hh.created - timedelta(days=rng.randrange(1, 30))
    cards = [f]
    if people > 1:
        others = [p for p in [hh.householder(), *hh.members] if p["姓名"] != name and p["年龄"] >= 16]
        if others:
            cards.append(id_facts(hh, rng.choice(others)["姓名"], rng))
    if sheets == 1:
        items = [side for c in cards for side in (id_front(c, rng), id_back(c))]
        stack = "column" if len(items) > 2 else rng.choice(("row", "column", "auto"))
        if len(items) > 2:  # two people: each person's front and back in a row, one person below the other
            sheet = Page(*A4, mono=True, tone=round(rng.uniform(0.0, 0.6), 2))
            y = rng.uniform(15, 40)
            for c in cards:
                x = rng.uniform(10, 25)
                sheet.embed(id_front(c, rng), x, y)
                sheet.embed(id_back(c), x + CARD[0] + rng.uniform(4, 10), y)
                y += CARD[1] + rng.uniform(20, 50)
            _copy_note(sheet, rng, min(y, 270), signer, day)
            pages = [sheet]
        else:
            pages = [copy_sheet(rng, items, stack=stack, signer=signer, day=day)]
    else:
        pages = [copy_sheet(rng, [id_front(f, rng)], signer=signer, day=day),
                 copy_sheet(rng, [id_back(f)], signer=signer, day=day)]
    fields = f.fields()
    pages[0].fields = dict(fields)
    members = [c.fields() for c in cards] if len(cards) > 1 else []
    pages[0].members = list(members)
    return Document("身份证", pages, fields, members, person=name, material="户籍证明")


layout("身份证", "身份证/A4正反同页")(partial(_id_copy, people=1, sheets=1))
layout("身份证", "身份证/A4两人同页")(partial(_id_copy, people=2, sheets=1))
layout("身份证", "身份证/A4正反分页")(partial(_id_copy, people=1, sheets=2))


# ---------------------------------------------------------------------------------------------
# 户口簿
# ---------------------------------------------------------------------------------------------
BOOKLET_PORTRAIT = (105.0, 143.0)
BOOKLET_LANDSCAPE = (150.0, 105.0)
EDUCATION = {"小学": "小学", "初中": "初中", "高中": "高中", "中专": "中专", "大专": "大学专科", "本科": "大学本科"}


def _hukou_head_page(hh: Household, st: Style, rng: random.Random, size: tuple[float, float], addr: str,
                     old_style: bool) -> Page:
    r = hh.record
    migrant = r["是否农民工"]
    p = Page(*size, paper=(247, 244, 236))
    _title(p, st, "常住人口登记表" if rng.random() < 0.3 else "户 口 簿", 12, 5.0)
    w = size[0] - 16
    g = Grid(p, st, 8, 20, w)
    kind = ("农业家庭户口" if migrant else "非农业家庭户口") if old_style else "家庭户"
    g.row([(1.0, L("户别")), (1.6, V(kind)), (1.0, L("户主姓名")), (1.6, V(r["姓名"]))], 10)
    g.row([(1.0, L("户号")), (1.6, V(f"{rng.randrange(10000000, 99999999)}")), (1.0, L("承办人签章")),
           (1.6, None)], 10)
    g.row([(1.0, L("住址")), (4.2, V(addr))], 16)
    issued = hh.created - timedelta(days=rng.randrange(400, 5000))
    g.row([(1.0, L("签发日期")), (4.2, V(issued.isoformat()))], 10)
    _seal_on(p, st, size[0] * 0.7, g.y + 14, f"{hh.unit.city}市公安局{hh.unit.region_name[-3:]}分局"[:14],
             "户口专用章", 13)
    p.fields = {"户主姓名": r["姓名"], "住址": addr}
    return p


def _card_rows(hh: Household, person: dict[str, Any], rng: random.Random, addr: str) -> list[list[Any]]:
    r = hh.record
    born_place = r["户口所在地行政区划"][:6]
    moved = hh.created - timedelta(days=rng.randrange(800, 9000))
    job = {"在职": "职员", "在读": "学生", "退休": "退休", "学龄前": ""}.get(person.get("人员身份") or "", "")
    return [
        [("姓名", person["姓名"]), ("户主或与户主关系", person["关系"])],
        [("曾用名", ""), ("性别", person["性别"])],
        [("出生地", born_place), ("民族", person["民族"])],
        [("籍贯", born_place), ("出生日期", person["出生日期"])],
        [("本市（县）其他住址", "")],
        [("宗教信仰", "无"), ("身高", f"{rng.randrange(150, 185)}厘米" if person["年龄"] >= 16 else "")],
        [("公民身份证件编号", person["身份证号"])],
        [("血型", rng.choice("ABO") + "型"), ("文化程度", EDUCATION.get(person.get("当前学历") or "", ""))],
        [("婚姻状况", person.get("婚姻状况") or ""), ("兵役状况", rng.choice(("未服兵役", "")) if person["年龄"] >= 18 else "")],
        [("服务处所", person.get("单位或学校") or "")],
        [("职业", job)],
        [("何时由何地迁来本市（县）", f"{moved.year}年{moved.month}月 {born_place}" if rng.random() < 0.4 else "")],
        [("何时由何地迁来本址", f"{moved.year}年{moved.month}月" if rng.random() < 0.5 else "")],
        [("承办人签章", ""), ("登记日期", moved.isoformat())],
    ]


def _hukou_card_page(hh: Household, st: Style, rng: random.Random, size: tuple[float, float],
                     person: dict[str, Any], addr: str) -> Page:
    p = Page(*size, paper=(247, 244, 236))
    _title(p, st, "常住人口登记卡", 9, 4.6)
    g = Grid(p, st, 6, 14, size[0] - 12)
    rows = _card_rows(hh, person, rng, addr)
    h = (size[1] - 22) / len(rows)
    for row in rows:
        if len(row) == 2:
            (l1, v1), (l2, v2) = row
            g.row([(1.0, L(l1)), (1.5, V(v1)), (1.1, L(l2)), (1.6, V(v2))], h, 2.6)
        else:
            (l1, v1), = row
            g.row([(1.6 if len(l1) > 6 else 1.0, L(l1)), (4.2 if len(l1) <= 6 else 3.6, V(v1))], h, 2.6)
    entry = {"姓名": person["姓名"], "关系": person["关系"], "性别": person["性别"], "民族": person["民族"],
             "出生日期": person["出生日期"], "身份证号": person["身份证号"]}
    p.members = [entry]
    return p


def _hukou(hh: Household, rng: random.Random, *, portrait: bool, copy: bool, per_sheet: int = 1) -> Document:
    """户主页 + one 常住人口登记卡 per person with the full list of labels.

    ``portrait``: booklet page orientation; ``copy``: photocopied onto A4 (``per_sheet`` booklet pages on one
    sheet) instead of scanned as a coloured booklet page.
    """
    r = hh.record
    st = Style.draw(rng)
    addr = r["家庭住址"] if not r["是否农民工"] else \
        f"{r['户口所在地行政区划']}{rng.choice(('新华', '红星', '光明'))}村{rng.randrange(1, 12)}组{rng.randrange(1, 60)}号"
    addr = addr.removesuffix("（租住）")
    size = BOOKLET_PORTRAIT if portrait else BOOKLET_LANDSCAPE
    booklet = [_hukou_head_page(hh, st, rng, size, addr, old_style=rng.random() < 0.4)]
    people = [hh.householder() | {"关系": "户主", "婚姻状况": r["婚姻状况"]}, *hh.members]
    booklet += [_hukou_card_page(hh, st, rng, size, person, addr) for person in people]
    entries = [m for pg in booklet for m in pg.members]
    if not copy:
        pages = booklet
    else:
        pages = []
        for i in range(0, len(booklet), per_sheet):
            group = booklet[i:i + per_sheet]
            sheet = copy_sheet(rng, group, stack="column", note=rng.random() < 0.5, signer=r["姓名"],
                               day=hh.created - timedelta(days=rng.randrange(1, 30)))
            sheet.fields = {k: v for pg in group for k, v in pg.fields.items()}
            sheet.members = [m for pg in group for m in pg.members]
            pages.append(sheet)
    return Document("户口簿", pages, dict(booklet[0].fields), entries, person=r["姓名"], material="户籍证明")


layout("户口簿", "户口簿/A4复印竖版")(partial(_hukou, portrait=True, copy=True))
layout("户口簿", "户口簿/横版全栏")(partial(_hukou, portrait=False, copy=False))
layout("户口簿", "户口簿/A4一张两页")(partial(_hukou, portrait=False, copy=True, per_sheet=2))
