"""Every paper document of ARCHIVE-SCHEMA.md §3 as pages (display lists) plus its ground truth.

The forms follow the seeds' labels and order (湖南 附件1 审批表, 河北 附件2 申报表, 杭州 附件1 申请表,
the national 档案表 = 湖南 附件2 / 河北 附件6). Truth holds only what is printed on that document, typed
as in the extraction contract (money numbers, booleans, lists, dates ``YYYY-MM-DD``).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from dangan.schemas.vocab import cause_group
from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import (
    VARIANT_HANGZHOU,
    VARIANT_HEBEI,
    VARIANT_HUNAN,
    Household,
)
from dangan.synth.layouts import Mode, choose, is_held_out, layout

A4 = (210.0, 297.0)
LABEL_SIZE = 3.0


@dataclass
class Document:
    doc_type: str
    pages: list[Page]
    fields: dict[str, Any]
    members: list[dict[str, Any]] = field(default_factory=list)
    person: str | None = None  # whose document (收入证明 of a member ...)
    material: str | None = None  # the required material it stands for (杭州 six items), if any
    detail: str = ""  # e.g. 录取通知书 for 其他
    layout: str = ""  # the printing it was drawn in (``layouts.Layout.name``), written to truth.jsonl
    held_out: bool = False  # drawn in a held-out layout (``layouts.is_held_out``)


@dataclass
class Style:
    """How one document was filled in: by hand (UKai, blue ink, jitter) or typed."""

    rng: random.Random
    hand: bool
    value_font: str
    color: tuple[int, int, int]
    date_style: int
    money_style: int
    tick: str
    label_font: str

    @classmethod
    def draw(cls, rng: random.Random, typed: bool | None = None) -> Style:
        hand = (rng.random() < 0.6) if typed is None else not typed
        return cls(
            rng=rng, hand=hand, value_font="kai" if hand else rng.choice(("sans", "serif", "hei")),
            color=(INK_BLUE if rng.random() < 0.6 else BLACK) if hand else BLACK,
            date_style=rng.randrange(3), money_style=rng.randrange(3),
            tick=rng.choice(("hand", "check", "fill", "cross")) if hand else rng.choice(("check", "fill")),
            label_font=rng.choice(("sans", "serif", "hei")),
        )

    def date(self, iso: str | None) -> str:
        if not iso:
            return ""
        y, m, d = iso.split("-")
        return (f"{y}-{m}-{d}", f"{y}年{int(m)}月{int(d)}日", f"{y}.{m}.{d}")[self.date_style]

    def money(self, v: float | int | None) -> str:
        if v is None:
            return ""
        if self.money_style == 1:
            return f"{v:g}元" if isinstance(v, int) else f"{v:.2f}元"
        if self.money_style == 2:
            return f"{v:,.2f}"
        return f"{v:g}" if isinstance(v, int) else f"{v:.2f}"

    def value(self, v: Any, label: str = "") -> str:
        if v is None:
            return ""
        if isinstance(v, bool):
            return "是" if v else "否"
        if isinstance(v, list):
            return "、".join(str(x) for x in v)
        if label in MONEY_LABELS:
            return self.money(v)
        if isinstance(v, str) and len(v) == 10 and v[4] == "-" and v[7] == "-" and v[:4].isdigit():
            return self.date(v)
        return str(v)

    def jitter(self) -> random.Random | None:
        return self.rng if self.hand else None


MONEY_LABELS = {"本人月平均收入", "家庭其他非薪资年收入", "家庭年度总收入", "家庭月人均收入", "年度必要支出", "月收入",
                "月均工资", "月均实发工资", "年收入", "月保障金额"}


@dataclass
class L:
    text: str


@dataclass
class V:
    value: Any
    label: str = ""


Cell = L | V | Callable[[float, float, float, float], None] | None


class Grid:
    """A ruled table drawn row by row (label cell → value cell)."""

    def __init__(self, page: Page, st: Style, x: float, y: float, w: float) -> None:
        self.page, self.st, self.x, self.y, self.w = page, st, x, y, w

    def row(self, cells: list[tuple[float, Cell]], h: float, label_size: float = LABEL_SIZE) -> None:
        total = sum(wt for wt, _ in cells)
        x = self.x
        p = self.page
        for wt, cell in cells:
            cw = self.w * wt / total
            p.rect(x, self.y, x + cw, self.y + h, 0.3)
            if isinstance(cell, L):
                p.fit(x, self.y, x + cw, self.y + h, cell.text, label_size, self.st.label_font)
            elif isinstance(cell, V):
                text = self.st.value(cell.value, cell.label)
                p.fit(x, self.y, x + cw, self.y + h, text, 3.4 if self.st.hand else 3.0, self.st.value_font,
                      color=self.st.color, jitter=self.st.jitter())
            elif cell is not None:
                cell(x, self.y, x + cw, self.y + h)
            x += cw
        self.y += h


def cn_date(d: date) -> str:
    """A day as written out on a paper: 2024年3月5日."""
    return f"{d.year}年{d.month}月{d.day}日"


def _title(page: Page, st: Style, text: str, y: float, size: float = 6.0) -> None:
    page.text(page.w / 2, y, text, size, "bold" if st.label_font != "serif" else "serif", "mm")


def _seal_on(page: Page, st: Style, cx: float, cy: float, ring: str, centre: str = "", r: float = 19.0) -> None:
    rng = st.rng
    page.seal(cx + rng.uniform(-6, 6), cy + rng.uniform(-4, 4), r * rng.uniform(0.9, 1.1), ring, centre,
              rng.uniform(-25, 25), (rng.randrange(185, 235), rng.randrange(10, 60), rng.randrange(20, 70)),
              rng.randrange(1 << 30))


def _checks(page: Page, st: Style, options: list[str], ticked: set[str], size: float = 3.0,
            box_first: bool = True) -> Callable[[float, float, float, float], None]:
    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        gap = size * 1.7
        width = x1 - x0 - 2
        n_lines = 1
        cx = 0.0
        for label in options:
            w = size * 2.3 + text_width(label, size)
            if cx + w > width and cx > 0:
                n_lines, cx = n_lines + 1, 0.0
            cx += w
        y = (y0 + y1) / 2 - (n_lines - 1) * gap / 2
        page.options(x0 + 1.2, y, options, ticked, size, st.tick, st.rng, x1 - 1, box_first, gap)

    return draw


def _free(page: Page, st: Style, text: str, size: float = 3.3) -> Callable[[float, float, float, float], None]:
    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        page.fit(x0, y0, x1, y1, text, size, st.value_font, align="left", color=st.color, pad=2,
                 jitter=st.jitter())

    return draw


def _situation(hh: Household) -> str:
    return str(hh.record["困难情况说明"])


def _pick(fields: dict[str, Any], record: dict[str, Any], labels: list[str]) -> None:
    for label in labels:
        fields[label] = record[label]


# ---------------------------------------------------------------------------------------------
# supporting documents
# ---------------------------------------------------------------------------------------------
def _para(p: Page, st: Style, x: float, y: float, w: float, parts: list[tuple[str, bool]], size: float = 4.0,
          gap: float = 9.0) -> float:
    """A paragraph of printed text with hand-filled blanks (underlined); returns the next y."""
    cx = x
    for text, filled in parts:
        for ch in text if not filled else [text]:
            font_key = st.value_font if filled else st.label_font
            sz = size * (1.08 if filled and st.hand else 1.0)
            wd = text_width(ch, sz, font_key) + (6 if filled else 0)
            if cx + wd > x + w:
                cx, y = x, y + gap
            if filled:
                p.line(cx, y + size * 0.7, cx + wd, y + size * 0.7, 0.2)
                jy = st.rng.uniform(-0.4, 0.3) if st.hand else 0.0
                p.text(cx + 3, y + jy, ch, sz, font_key, "lm", st.color)
            else:
                p.text(cx, y, ch, size, font_key)
            cx += wd
    return y + gap


@dataclass
class Income:
    """What an employer certifies about one person's pay (shared by every 收入证明 layout)."""

    name: str
    employer: str
    net: int
    gross: int
    months: int
    handler: str
    phone: str
    issued: date
    sealed: bool

    @property
    def annual(self) -> int:
        return self.net * 12

    def fields(self, **printed: Any) -> dict[str, Any]:
        """The truth of a layout that prints the common facts plus ``printed`` (None = not printed)."""
        base = {"姓名": self.name, "工作单位": self.employer, "统计月数": self.months, "月均工资": self.gross,
                "月均实发工资": self.net, "年收入": self.annual, "经办人": self.handler, "联系电话": self.phone,
                "出具日期": self.issued.isoformat(), "是否盖章": self.sealed}
        base.update(printed)
        return {k: v for k, v in base.items() if v is not None}

    def split(self, rng: random.Random, total: int, months: int, step: int = 10) -> list[int]:
        """``months`` monthly amounts around ``total / months`` that add up to ``total`` exactly."""
        mean = total // months
        xs = [mean + rng.randrange(-12, 13) * step for _ in range(months - 1)]
        xs.append(total - sum(xs))
        return xs


def income_facts(hh: Household, name: str, rng: random.Random, months: int | None = None) -> Income:
    person = hh.person(name)
    is_self = name == hh.record["姓名"]
    # a pensioner's income is proved by the social insurance office that pays the pension
    employer = hh.record["工作单位"] if is_self else (person.get("单位或学校") or f"{hh.unit.city}市社会保险事业管理局")
    net = int(person["月收入"])
    months = months or rng.choice((12, 12, 6, 3))
    gross = int(round(net / rng.uniform(0.76, 0.86), -1))
    handler = hh.extras.get("handler") or rng.choice(("刘会计", "张红梅", "王建国", "李秀英"))
    issued = hh.created - timedelta(days=rng.randrange(5, 40))
    return Income(name, employer, net, gross, months, handler, hh.extras["staff_phone"], issued,
                  rng.random() < 0.88)


def income_document(inc: Income, pages: list[Page], fields: dict[str, Any], detail: str) -> Document:
    if len(pages) == 1:
        pages[0].fields = dict(fields)
    return Document("收入证明", pages, fields, person=inc.name, material="收入证明", detail=detail)


@layout("收入证明", "收入证明/附件3证明表")
def income_proof(hh: Household, name: str, rng: random.Random) -> Document:
    """The seeds' 附件3 职工（家庭成员）工资收入证明: a sentence with filled blanks."""
    inc = income_facts(hh, name, rng)
    st = Style.draw(rng)
    p = Page(*A4)
    p.text(20, 18, "附件3", 3.2, st.label_font)
    _title(p, st, "职工（家庭成员）工资收入证明", 40, 6.0)
    y = _para(p, st, 25, 62, 160, [
        (name, True), ("同志是我单位职工（或聘用人员），其前", False), (str(inc.months), True), ("个月的月均工资为", False),
        (str(inc.gross), True), ("元，月均实发工资", False), (str(inc.net), True), ("元，年收入为", False),
        (str(inc.annual), True), ("元。", False)])
    p.text(33, y + 6, "本单位所提供的以上证明内容属实。", 4.0, st.label_font)
    p.text(33, y + 26, "经办人（签名）：", 4.0, st.label_font)
    p.text(68, y + 26, inc.handler, 4.6, "kai", color=INK_BLUE)
    p.text(33, y + 38, "联系电话：", 4.0, st.label_font)
    p.text(55, y + 38, inc.phone, 4.0, st.value_font, color=st.color)
    p.text(100, y + 62, inc.employer, 4.2, st.value_font, color=st.color)
    p.text(100, y + 72, "（劳资部门盖章）", 4.0, st.label_font)
    p.text(115, y + 84, st.date(inc.issued.isoformat()), 4.0, st.value_font, color=st.color)
    if inc.sealed:
        _seal_on(p, st, 140, y + 68, inc.employer[:14], "劳资专用章", 20)
    return income_document(inc, [p], inc.fields(), "工资收入证明")


@layout("收入证明", "收入证明/工资发放明细")
def income_payslip_summary(hh: Household, name: str, rng: random.Random) -> Document:
    """An employer's typed 工资发放明细: month rows of 应发 / 扣款 / 实发, a 月均 and a 合计 row."""
    inc = income_facts(hh, name, rng)
    st = Style.draw(rng, typed=True)
    months, gross, net = inc.months, inc.gross, inc.net
    p = Page(*A4)
    _title(p, st, f"{inc.employer}", 22, 5.2)
    _title(p, st, "职工工资发放明细（收入证明）", 32, 5.0)
    p.text(20, 44, f"姓名：{name}", 3.8, st.value_font)
    p.text(90, 44, f"工作单位：{inc.employer}", 3.6, st.value_font)
    g = Grid(p, st, 20, 52, 170)
    g.row([(1, L("月份")), (1, L("应发工资（元）")), (1, L("扣款（元）")), (1, L("实发工资（元）"))], 9)
    nets = inc.split(rng, net * months, months)
    grosses = inc.split(rng, gross * months, months)
    start = date(inc.issued.year, inc.issued.month, 1)
    for i in range(months):
        mo = start - timedelta(days=31 * (months - i))
        g.row([(1, V(f"{mo.year}年{mo.month:02d}月")), (1, V(str(grosses[i]))), (1, V(str(grosses[i] - nets[i]))),
               (1, V(str(nets[i])))], 7.5)
    g.row([(1, L("月均")), (1, V(str(gross))), (1, V(str(gross - net))), (1, V(str(net)))], 8)
    g.row([(1, L("合计（年收入）")), (3, V(f"{inc.annual}"))], 8)
    p.text(20, g.y + 10, f"统计月数：{months}个月。月均实发工资{net}元，年收入{inc.annual}元。特此证明。", 3.6,
           st.value_font)
    p.text(20, g.y + 22, f"经办人：{inc.handler}    联系电话：{inc.phone}", 3.6, st.value_font)
    p.text(120, g.y + 40, f"出具日期：{st.date(inc.issued.isoformat())}", 3.6, st.value_font)
    if inc.sealed:
        _seal_on(p, st, 150, g.y + 32, inc.employer[:14], "财务专用章", 20)
    return income_document(inc, [p], inc.fields(), "工资发放明细")


@layout("诊断证明", "诊断证明/半页表格")
def diagnosis(hh: Household, name: str, rng: random.Random) -> Document:
    person = hh.person(name)
    st = Style.draw(rng)
    hospital = rng.choice(hh.unit.hospitals)
    doctor = rng.choice(("陈志刚", "李海燕", "王立新", "赵敏", "周建华"))
    issued = hh.created - timedelta(days=rng.randrange(20, 200))
    diag = person["疾病/残疾类别"] or "慢性病"
    sealed = rng.random() < 0.9
    p = Page(210, 148)
    _title(p, st, hospital, 14, 5.6)
    _title(p, st, "诊 断 证 明 书", 24, 5.4)
    age = person["年龄"]
    g = Grid(p, st, 15, 32, 180)
    g.row([(0.7, L("姓名")), (1.2, V(name)), (0.7, L("性别")), (0.6, V(person["性别"])), (0.7, L("年龄")),
           (0.6, V(f"{age}岁")), (0.8, L("科别")), (1.0, V(rng.choice(("肿瘤科", "肾内科", "神经内科", "心内科"))))], 10)
    g.row([(0.7, L("诊断")), (5.6, V(diag))], 14)
    g.row([(0.7, L("处理意见")), (5.6, _free(p, st, "需长期治疗，定期复查，注意休息。"))], 18)
    p.text(110, g.y + 10, "医师：", 3.6, st.label_font)
    p.text(124, g.y + 10, doctor, 4.4, "kai", color=INK_BLUE)
    p.text(110, g.y + 20, "日期：", 3.6, st.label_font)
    p.text(124, g.y + 20, st.date(issued.isoformat()), 3.8, st.value_font, color=st.color)
    if sealed:
        _seal_on(p, st, 90, g.y + 16, hospital[:14], "诊断证明专用章", 17)
    fields = {"医院名称": hospital, "姓名": name, "性别": person["性别"], "年龄": age, "诊断": diag,
              "出具日期": issued.isoformat(), "医师": doctor, "是否盖章": sealed}
    p.fields = dict(fields)
    return Document("诊断证明", [p], fields, person=name, material="致困原因证明")


@layout("残疾人证", "残疾人证/卡片")
def disability_card(hh: Household, name: str, rng: random.Random) -> Document:
    person = hh.person(name)
    st = Style.draw(rng, typed=True)
    category = person["疾病/残疾类别"] or "肢体残疾"
    grade = rng.choice(("一级", "二级", "三级", "四级"))
    cat_no = {"视力残疾": 1, "听力残疾": 2, "言语残疾": 3, "肢体残疾": 4, "智力残疾": 5, "精神残疾": 6}.get(category, 7)
    card_no = f"{person['身份证号']}{cat_no}{'一二三四'.index(grade[0]) + 1}"
    issued = hh.created - timedelta(days=rng.randrange(200, 2000))
    p = Page(150, 105, paper=(250, 246, 236))
    _title(p, st, "中华人民共和国残疾人证", 12, 5.0)
    p.rect(110, 22, 140, 60, 0.3)
    p.rect(118, 30, 132, 48, 0.1, fill=(200, 200, 205))
    rows = [("姓名", name), ("性别", person["性别"]), ("身份证号", person["身份证号"]), ("残疾人证号", card_no),
            ("残疾类别", category), ("残疾等级", grade), ("发证日期", st.date(issued.isoformat()))]
    for i, (lb, v) in enumerate(rows):
        y = 26 + i * 10
        p.text(10, y, lb, 3.4, st.label_font)
        p.text(32, y, v, 3.6 if len(v) < 20 else 3.0, st.value_font)
        p.line(31, y + 2.6, 106, y + 2.6, 0.15)
    _seal_on(p, st, 125, 75, f"{hh.unit.city}市残疾人联合会", "", 14)
    fields = {"姓名": name, "性别": person["性别"], "身份证号": person["身份证号"], "残疾人证号": card_no,
              "残疾类别": category, "残疾等级": grade, "发证日期": issued.isoformat()}
    p.fields = dict(fields)
    return Document("残疾人证", [p], fields, person=name, material="致困原因证明")


@layout("低保证", "低保证/卡片")
def dibao_card(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng)
    issuer = f"{hh.unit.region_name[3:]}民政局"
    issued = hh.created - timedelta(days=rng.randrange(30, 300))
    valid = date(issued.year + 1, issued.month, min(issued.day, 28)).isoformat()
    people = r["家庭人口"]
    sealed = rng.random() < 0.85
    p = Page(150, 105, paper=(244, 248, 240))
    _title(p, st, f"{hh.unit.city}市城乡居民最低生活保障证", 13, 5.0)
    g = Grid(p, st, 10, 22, 130)
    g.row([(1.0, L("户主姓名")), (1.6, V(r["姓名"])), (1.0, L("证号")), (2.2, V(hh.dibao_no))], 11)
    g.row([(1.0, L("保障人数")), (1.6, V(f"{people}人")), (1.0, L("月保障金额")), (2.2, V(hh.dibao_amount, "月保障金额"))],
          11)
    g.row([(1.0, L("家庭住址")), (4.8, V(r["家庭住址"]))], 12)
    g.row([(1.0, L("有效期")), (4.8, V(f"至{st.date(valid)}"))], 11)
    p.text(70, 82, "发证机关：", 3.4, st.label_font)
    p.text(88, 82, issuer, 3.6, st.value_font, color=st.color)
    p.text(88, 92, st.date(issued.isoformat()), 3.4, st.value_font, color=st.color)
    if sealed:
        _seal_on(p, st, 105, 84, issuer[:14], "", 14)
    fields = {"姓名": r["姓名"], "证号": hh.dibao_no, "保障人数": people, "月保障金额": hh.dibao_amount,
              "发证机关": issuer, "有效期": valid, "是否盖章": sealed}
    p.fields = dict(fields)
    return Document("低保证", [p], fields, person=r["姓名"], material="低保证")


@layout("身份证", "身份证/卡片扫描")
def id_card(hh: Household, name: str, rng: random.Random) -> Document:
    """A card-sized scan of both sides of the 居民身份证 (as a photocopy holds them)."""
    person = hh.person(name)
    p = Page(100, 138)
    x0, y0 = 7.2, 6
    p.rect(x0, y0, x0 + 85.6, y0 + 54, 0.3, (160, 170, 180), fill=(232, 238, 242))
    born = person["出生日期"]
    ethnic = person["民族"].removesuffix("族")
    addr = hh.record["家庭住址"] if not hh.record["是否农民工"] else \
        f"{hh.record['户口所在地行政区划']}{rng.choice(('新华', '红星', '光明'))}村{rng.randrange(1, 12)}组"
    addr = addr.removesuffix("（租住）")
    grey = (90, 90, 100)
    p.text(x0 + 5, y0 + 8, "姓名", 2.6, "hei", color=grey)
    p.text(x0 + 15, y0 + 8, name, 3.8, "hei")
    p.text(x0 + 5, y0 + 15, "性别", 2.6, "hei", color=grey)
    p.text(x0 + 15, y0 + 15, person["性别"], 3.2, "hei")
    p.text(x0 + 24, y0 + 15, "民族", 2.6, "hei", color=grey)
    p.text(x0 + 33, y0 + 15, ethnic, 3.2, "hei")
    y, m, d = born.split("-")
    p.text(x0 + 5, y0 + 22, "出生", 2.6, "hei", color=grey)
    p.text(x0 + 15, y0 + 22, f"{y}  年  {int(m)}  月  {int(d)}  日", 3.0, "hei")
    p.text(x0 + 5, y0 + 29, "住址", 2.6, "hei", color=grey)
    p.fit(x0 + 13, y0 + 26, x0 + 58, y0 + 40, addr, 2.9, "hei", align="left")
    p.text(x0 + 5, y0 + 47, "公民身份号码", 2.6, "hei", color=grey)
    p.text(x0 + 25, y0 + 47, person["身份证号"], 3.7, "hei")
    p.rect(x0 + 60, y0 + 8, x0 + 80, y0 + 34, 0.1, (200, 200, 200), fill=(205, 210, 215))
    p.rect(x0 + 66, y0 + 12, x0 + 74, y0 + 21, 0.1, (150, 150, 160), fill=(150, 150, 160))
    p.rect(x0 + 63, y0 + 22, x0 + 77, y0 + 34, 0.1, (150, 150, 160), fill=(150, 150, 160))
    y1 = y0 + 68
    p.rect(x0, y1, x0 + 85.6, y1 + 54, 0.3, (160, 170, 180), fill=(236, 240, 236))
    p.text(x0 + 50, y1 + 14, "中华人民共和国", 3.8, "bold", "mm")
    p.text(x0 + 50, y1 + 24, "居 民 身 份 证", 5.0, "bold", "mm")
    p.text(x0 + 10, y1 + 40, "签发机关", 2.6, "hei", color=grey)
    p.text(x0 + 24, y1 + 40, f"{hh.unit.city}市公安局", 3.0, "hei")
    issued = hh.created - timedelta(days=rng.randrange(300, 3000))
    p.text(x0 + 10, y1 + 47, "有效期限", 2.6, "hei", color=grey)
    p.text(x0 + 24, y1 + 47, f"{issued:%Y.%m.%d}-{issued.year + 20}.{issued:%m.%d}", 3.0, "hei")
    fields = {"姓名": name, "性别": person["性别"], "民族": ethnic, "出生日期": born, "身份证号": person["身份证号"],
              "住址": addr}
    p.fields = dict(fields)
    return Document("身份证", [p], fields, person=name, material="户籍证明")


@layout("户口簿", "户口簿/横版简表")
def hukou_book(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng)
    migrant = r["是否农民工"]
    addr = r["家庭住址"] if not migrant else \
        f"{r['户口所在地行政区划']}{rng.choice(('新华', '红星', '光明'))}村{rng.randrange(1, 12)}组{rng.randrange(1, 60)}号"
    addr = addr.removesuffix("（租住）")
    size = (150.0, 105.0)
    first = Page(*size, paper=(247, 244, 236))
    _title(first, st, "户口簿", 12, 5.6)
    g = Grid(first, st, 10, 22, 130)
    g.row([(1.0, L("户别")), (1.6, V("农业家庭户口" if migrant else "非农业家庭户口")), (1.0, L("户主姓名")),
           (1.6, V(r["姓名"]))], 11)
    g.row([(1.0, L("户号")), (1.6, V(f"{rng.randrange(10000000, 99999999)}")), (1.0, L("住址")), (1.6, None)], 11)
    g.row([(1.0, L("住址")), (4.2, V(addr))], 14)
    _seal_on(first, st, 110, 80, f"{hh.unit.city}市公安局户口专用章"[:12], "", 14)
    fields = {"户主姓名": r["姓名"], "住址": addr}
    first.fields = dict(fields)
    pages = [first]
    entries: list[dict[str, Any]] = []
    people = [hh.householder() | {"关系": "户主"}, *hh.members]
    for person in people:
        pg = Page(*size, paper=(247, 244, 236))
        _title(pg, st, "常住人口登记卡", 10, 4.6)
        g = Grid(pg, st, 8, 16, 134)
        g.row([(1.0, L("姓名")), (1.5, V(person["姓名"])), (1.3, L("户主或与户主关系")), (1.2, V(person["关系"]))], 9)
        g.row([(1.0, L("曾用名")), (1.5, None), (1.3, L("性别")), (1.2, V(person["性别"]))], 9)
        g.row([(1.0, L("出生地")), (1.5, V(r["户口所在地行政区划"][:6])), (1.3, L("民族")), (1.2, V(person["民族"]))], 9)
        g.row([(1.0, L("出生日期")), (1.5, V(person["出生日期"])), (1.3, L("宗教信仰")), (1.2, None)], 9)
        g.row([(1.0, L("公民身份号码")), (4.0, V(person["身份证号"]))], 9)
        g.row([(1.0, L("文化程度")), (1.5, V(person.get("当前学历"))), (1.3, L("婚姻状况")),
               (1.2, V(person.get("婚姻状况") or r["婚姻状况"]))], 9)
        g.row([(1.0, L("服务处所")), (4.0, V(person.get("单位或学校")))], 9)
        g.row([(1.0, L("承办人签章")), (1.5, None), (1.3, L("登记日期")), (1.2, None)], 9)
        entry = {"姓名": person["姓名"], "关系": person["关系"], "性别": person["性别"], "民族": person["民族"],
                 "出生日期": person["出生日期"], "身份证号": person["身份证号"]}
        entries.append(entry)
        pg.fields = dict(fields)
        pg.members = [entry]
        pages.append(pg)
    return Document("户口簿", pages, fields, entries, person=r["姓名"], material="户籍证明")


@layout("公示证明", "公示证明/单户证明")
def publicity(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng)
    sealed = rng.random() < 0.9
    rule = {VARIANT_HANGZHOU: "《杭州市工会困难职工帮扶救助实施细则》", VARIANT_HUNAN: "《湖南工会困难职工档案管理办法》",
            VARIANT_HEBEI: "《河北省困难职工认定和档案管理办法》"}.get(hh.unit.province, "有关规定")
    city = {"杭州": "杭州市", "湖南": "", "河北": ""}[hh.unit.province]
    # one in three units posts the seeds' 公示单 (杭州 附件3) instead: the household's facts and members, the
    # period, no result yet (drawn from its own generator so that the other papers stay as they were)
    if random.Random(f"{hh.archive_no}/公示单").random() < 1 / 3:
        return _publicity_sheet(hh, st, sealed, rule, city)
    p = Page(*A4)
    p.text(20, 16, "附件2：", 3.4, st.label_font)
    _title(p, st, f"{city}工会困难职工救助公示证明" if city else "困难职工救助公示证明", 34, 6.0)
    s, e = hh.publicity_start, hh.publicity_end
    y = _para(p, st, 25, 56, 160, [
        ("兹有我单位职工", False), (r["姓名"], True), (f"申请{city}工会困难职工救助。其家庭成员基本情况和家庭财产收支情况已按", False),
        (rule, False), ("规定进行公示，公示期为", False), (str(s.year), True), ("年", False), (str(s.month), True), ("月", False),
        (str(s.day), True), ("日至", False), (str(e.year), True), ("年", False), (str(e.month), True), ("月", False),
        (str(e.day), True), ("日（一周），结果", False), ("无异议", True), ("。", False)], 4.0, 10)
    p.text(33, y + 8, "特此证明。", 4.0, st.label_font)
    p.text(120, y + 40, "单位（签章）", 4.0, st.label_font)
    p.text(120, y + 52, st.date(e.isoformat()) if st.date_style else f"{e.year}年{e.month}月{e.day}日", 4.0,
           st.value_font, color=st.color)
    if sealed:
        _seal_on(p, st, 140, y + 42, f"{hh.unit.name}工会委员会")
    fields = {"姓名": r["姓名"], "公示期起": s.isoformat(), "公示期止": e.isoformat(), "结果": "无异议", "是否盖章": sealed}
    p.fields = dict(fields)
    return Document("公示证明", [p], fields, person=r["姓名"], material="公示证明")


def _publicity_sheet(hh: Household, st: Style, sealed: bool, rule: str, city: str) -> Document:
    """The 公示单 of the seeds (杭州 附件3): "本单位 X 职工家庭申请困难救助…", the household's members in a
    table, "公示期自…至…" and the unit's seal; the result is not printed (it is known after the period)."""
    r = hh.record
    p = Page(*A4)
    p.text(20, 16, "附件3：", 3.4, st.label_font)
    _title(p, st, f"{city}工会困难职工救助公示单" if city else "困难职工救助公示单", 30, 6.0)
    y = _para(p, st, 25, 48, 160, [
        ("本单位", False), (r["姓名"], True), ("职工家庭申请困难救助。根据", False), (rule, False),
        ("规定，现将申请人家庭基本情况予以公示并征求群众意见：", False)], 3.8, 9)
    g = Grid(p, st, 20, y + 2, 170)
    g.row([(1.3, L("申请人家庭住址")), (3.6, V(r["家庭住址"])), (0.9, L("家庭人口")), (0.7, V(f"{r['家庭人口']}人"))], 10)
    p.text(22, g.y + 6, "一、困难职工家庭成员基本情况", 3.6, st.label_font)
    g.y += 11
    widths = (1.0, 1.0, 0.6, 0.6, 0.8, 2.4, 1.0)
    g.row(list(zip(widths, map(L, ("姓名", "家庭关系", "性别", "年龄", "是否就业", "工作单位", "月收入")), strict=True)), 9)
    for m in [hh.householder(), *hh.members][:6]:
        working = m.get("人员身份") == "在职"
        cells = (m["姓名"], m["关系"], m["性别"], m["年龄"], "是" if working else "否",
                 m.get("单位或学校") or "", m["月收入"] if working else "")
        g.row([(w, V(c) if c != "" else None) for w, c in zip(widths, cells, strict=True)], 9)
    s, e = hh.publicity_start, hh.publicity_end
    y = _para(p, st, 25, g.y + 10, 160, [
        ("公示期自", False), (str(s.year), True), ("年", False), (str(s.month), True), ("月", False), (str(s.day), True),
        ("日至", False), (str(e.year), True), ("年", False), (str(e.month), True), ("月", False), (str(e.day), True),
        ("日。职工群众对公示情况有异议的，可在公示期内向单位工会反映。", False)], 3.8, 9)
    p.text(120, y + 14, "单位（签章）", 4.0, st.label_font)
    p.text(120, y + 26, st.date(s.isoformat()) if st.date_style else f"{s.year}年{s.month}月{s.day}日", 4.0,
           st.value_font, color=st.color)
    if sealed:
        _seal_on(p, st, 140, y + 16, f"{hh.unit.name}工会委员会")
    fields = {"姓名": r["姓名"], "公示期起": s.isoformat(), "公示期止": e.isoformat(), "是否盖章": sealed}
    p.fields = dict(fields)
    return Document("公示证明", [p], fields, person=r["姓名"], material="公示证明")


@layout("劳动合同", "劳动合同/首页")
def labour_contract(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng)
    start = date.fromisoformat(r["劳动合同签订时间"])
    months = int(hh.extras.get("contract_months") or 24)
    end = date(start.year + (start.month - 1 + months) // 12, (start.month - 1 + months) % 12 + 1, 1) - timedelta(days=1)
    p = Page(*A4)
    _title(p, st, "劳 动 合 同 书", 40, 8.0)
    p.text(40, 80, "甲方（用人单位）：", 4.2, st.label_font)
    p.text(80, 80, r["工作单位"], 4.4, st.value_font, color=st.color)
    p.line(78, 84, 185, 84, 0.2)
    p.text(40, 96, "乙方（劳动者）：", 4.2, st.label_font)
    p.text(80, 96, r["姓名"], 4.6, st.value_font, color=st.color)
    p.line(78, 100, 185, 100, 0.2)
    p.text(40, 112, "性别：", 4.0, st.label_font)
    p.text(55, 112, r["性别"], 4.2, st.value_font, color=st.color)
    p.text(80, 112, "居民身份证号码：", 4.0, st.label_font)
    p.text(115, 112, r["身份证号"], 4.0, st.value_font, color=st.color)
    p.text(40, 128, "户籍地址：", 4.0, st.label_font)
    p.text(62, 128, r["户口所在地行政区划"], 4.0, st.value_font, color=st.color)
    y = _para(p, st, 30, 150, 150, [
        ("第一条 合同期限：本合同为固定期限劳动合同，期限自", False), (f"{start.year}", True), ("年", False),
        (f"{start.month}", True), ("月", False), (f"{start.day}", True), ("日起至", False), (f"{end.year}", True),
        ("年", False), (f"{end.month}", True), ("月", False), (f"{end.day}", True), ("日止。", False)], 3.8, 9)
    p.text(30, y + 4, "第二条 工作内容和工作地点：乙方同意根据甲方工作需要，担任生产岗位工作。", 3.8, st.label_font)
    p.text(30, y + 14, "第三条 劳动报酬：甲方按月以货币形式支付乙方工资。", 3.8, st.label_font)
    fields = {"姓名": r["姓名"], "用人单位": r["工作单位"], "合同起始": start.isoformat(), "合同终止": end.isoformat()}
    p.fields = dict(fields)
    return Document("劳动合同", [p], fields, person=r["姓名"], material="劳动合同")


def _other(kind: str, name: str, day: date, page: Page, detail: str = "") -> Document:
    fields = {"材料名称": kind, "姓名": name, "日期": day.isoformat()}
    page.fields = dict(fields)
    return Document("其他", [page], fields, person=name, material=kind, detail=detail or kind)


@layout("其他/证明", "证明/A5便笺")
def _certificate(hh: Household, rng: random.Random, kind: str, name: str, heading: str, body: str, issuer: str,
                 ring: str, day: date, centre: str = "") -> Document:
    """A short certificate on A5 (证明 of a 居委会, a school, a 民政 office …): heading, body, issuer, seal."""
    st = Style.draw(rng)
    p = Page(148, 210, paper=(255, 253, 248))
    _title(p, st, heading, 30, 6.0)
    y = _para(p, st, 16, 52, 118, [(body, False)], 3.9, 8.5)
    p.text(24, y + 4, "特此证明。", 3.9, st.label_font)
    p.fit(60, y + 24, 140, y + 32, issuer, 3.6, st.value_font, color=st.color)
    p.text(84, y + 40, st.date(day.isoformat()), 3.8, st.value_font, "lm", st.color)
    _seal_on(p, st, 100, y + 30, ring[:14], centre, 15)
    return _other(kind, name, day, p, heading)


@layout("其他/票据", "票据/收费票据")
def _receipt(hh: Household, rng: random.Random, kind: str, name: str, payee: str, items: str, day: date,
             title: str, centre: str) -> Document:
    """A printed receipt (医药费票据, 学费票据) with its amount and a 收费专用章."""
    st = Style.draw(rng, typed=True)
    amount = rng.randrange(800, 30000) + rng.randrange(100) / 100
    p = Page(190, 110, paper=(252, 248, 250))
    _title(p, st, title, 12, 5.0)
    g = Grid(p, st, 10, 22, 170)
    g.row([(1, L("交款人")), (2, V(name)), (1, L("收款单位")), (3, V(payee))], 10)
    g.row([(1, L("项目")), (2, L(items)), (1, L("金额")), (3, V(f"{amount:.2f}"))], 10)
    g.row([(1, L("合计（大写）")), (6, V(f"人民币 {amount:.2f} 元"))], 10)
    p.text(110, 70, "收款日期：" + st.date(day.isoformat()), 3.4, st.value_font)
    _seal_on(p, st, 60, 78, payee[:12], centre, 13)
    return _other(kind, name, day, p)


def medical_receipt(hh: Household, rng: random.Random, mode: Mode = "all") -> Document:
    name = hh.patient or hh.record["姓名"]
    province = "浙江" if hh.unit.province == "杭州" else hh.unit.province
    return drawn("其他/票据", mode, rng, hh, rng, "医药费票据", name, rng.choice(hh.unit.hospitals), "西药费 / 治疗费 / 检查费",
                    hh.created - timedelta(days=rng.randrange(15, 300)), f"{province}省医疗收费票据", "收费专用章")


def _student(hh: Household) -> dict[str, Any]:
    return hh.person(hh.school_child or hh.record["姓名"])


@layout("其他/录取通知书", "录取通知书/横版")
def admission_letter(hh: Household, rng: random.Random) -> Document:
    st = Style.draw(rng)
    child = _student(hh)
    school = child.get("单位或学校") or "某中学"
    day = date(int(child.get("入学年份") or hh.created.year), 7, 10)
    p = Page(210, 148, paper=(255, 250, 240))
    _title(p, st, school, 20, 7.0)
    _title(p, st, "录 取 通 知 书", 36, 7.0)
    y = _para(p, st, 25, 60, 160, [(child["姓名"], True), ("同学：", False)], 4.4)
    p.text(35, y + 2, f"经审核批准，你已被我校录取，请于{day.year}年9月1日持本通知书到校报到。", 4.0, st.label_font)
    p.text(130, y + 30, st.date(day.isoformat()), 4.0, st.value_font, color=st.color)
    _seal_on(p, st, 150, y + 22, school[:12], "", 16)
    return _other("录取通知书", child["姓名"], day, p)


def tuition_receipt(hh: Household, rng: random.Random, mode: Mode = "all") -> Document:
    child = _student(hh)
    school = child.get("单位或学校") or "某中学"
    day = date(hh.created.year - (1 if hh.created.month < 9 else 0), 9, rng.randrange(1, 15))
    return drawn("其他/票据", mode, rng, hh, rng, "学费票据", child["姓名"], school, "学费 / 住宿费 / 教材费", day, "教育收费专用票据",
                    "财务专用章")


def school_certificate(hh: Household, rng: random.Random, mode: Mode = "all") -> Document:
    child = _student(hh)
    school = child.get("单位或学校") or "某中学"
    day = hh.created - timedelta(days=rng.randrange(10, 90))
    body = (f"兹证明{child['姓名']}（身份证号：{child['身份证号']}）系我校{child.get('当前学历') or ''}在读学生，"
            f"{child.get('入学年份') or ''}年入学，学制{child.get('年制') or ''}年。")
    return drawn("其他/证明", mode, rng, hh, rng, "上学证明", child["姓名"], "在 读 证 明", body, school, school, day)


def cause_certificate(hh: Household, kind: str, rng: random.Random, mode: Mode = "all") -> Document:
    """灾害证明, 事故证明 or 失业证明 from the 社区居委会."""
    name = hh.record["姓名"]
    day = hh.created - timedelta(days=rng.randrange(15, 250))
    issuer = f"{hh.unit.region_name[3:]}{rng.choice(hh.unit.streets)[:2]}社区居民委员会"
    heading, body = {
        "事故证明": ("意外事故证明", f"兹证明我辖区居民{name}家庭于{day.year}年{day.month}月遭受意外事故，造成较大经济损失，"
                             "家庭生活困难，情况属实。"),
        "灾害证明": ("自然灾害受灾证明", f"兹证明我辖区居民{name}家庭于{day.year}年{day.month}月遭受自然灾害，房屋财产受损，"
                               "生活困难，情况属实。"),
        "失业证明": ("下岗失业证明", f"兹证明{name}同志已于{day.year}年{day.month}月与原单位解除劳动关系，目前处于失业状态，"
                             "已在我社区登记。"),
    }[kind]
    return drawn("其他/证明", mode, rng, hh, rng, kind, name, heading, body, issuer, "社区居民委员会", day)


def marital_proof(hh: Household, rng: random.Random, mode: Mode = "all") -> Document:
    """离婚证 (divorced) or 死亡证明 of the late spouse (widowed): the single-parent evidence."""
    r = hh.record
    day = hh.created - timedelta(days=rng.randrange(400, 3000))
    if r["婚姻状况"] == "离异" and rng.random() < 0.35:  # divorced by the court: a 民事调解书
        court = f"{hh.unit.city}市{hh.unit.region_name[-3:]}人民法院"
        body = (f"原告{r['姓名']}（身份证号：{r['身份证号']}）与被告离婚纠纷一案，本院于{day.year}年{day.month}月{day.day}日"
                f"依法审理。经本院主持调解，双方自愿达成如下协议：一、原告与被告自愿离婚；二、子女由原告抚养。"
                f"（{day.year}）民初字第{rng.randrange(100, 9999)}号")
        return drawn("其他/证明", mode, rng, hh, rng, "离婚证", r["姓名"], "民 事 调 解 书", body, court, court, day)
    if r["婚姻状况"] == "离异":
        body = (f"{r['姓名']}（身份证号：{r['身份证号']}）与配偶经双方自愿离婚，已办理离婚登记，"
                f"离婚证字号：离字第{rng.randrange(100000, 999999)}号。")
        return drawn("其他/证明", mode, rng, hh, rng, "离婚证", r["姓名"], "离 婚 证", body, f"{hh.unit.city}市民政局婚姻登记处",
                            f"{hh.unit.city}市民政局", day, "婚姻登记专用章")
    late = rng.choice(SURNAMES_FOR_LATE) + rng.choice("国建志明秀英红梅")
    body = f"{late}（{r['姓名']}之配偶）于{day.year}年{day.month}月{day.day}日因病医治无效死亡，特此证明。"
    return drawn("其他/证明", mode, rng, hh, rng, "死亡证明", late, "居民死亡医学证明", body, rng.choice(hh.unit.hospitals),
                        rng.choice(hh.unit.hospitals), day, "医务处")


SURNAMES_FOR_LATE = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"


@layout("其他/银行卡", "银行卡/卡片")
def bank_card_copy(hh: Household, rng: random.Random) -> Document:
    """银行卡复印件: the card, card-sized, with the holder's "与原件一致" note and date."""
    r = hh.record
    st = Style.draw(rng)
    p = Page(100, 80)
    x0, y0 = 7.2, 5
    p.rect(x0, y0, x0 + 85.6, y0 + 54, 0.3, (120, 120, 140), fill=(215, 222, 235))
    p.text(x0 + 5, y0 + 8, r["开户银行"], 4.0, "bold", color=(150, 20, 30))
    p.rect(x0 + 8, y0 + 16, x0 + 20, y0 + 25, 0.2, (150, 130, 60), fill=(210, 190, 120))
    card = r["银行卡号"]
    p.text(x0 + 6, y0 + 36, " ".join(card[i:i + 4] for i in range(0, len(card), 4)), 4.2, "hei")
    p.text(x0 + 6, y0 + 46, "银联 UnionPay  借记卡", 2.8, "hei", color=(60, 60, 80))
    day = hh.created - timedelta(days=rng.randrange(1, 20))
    p.text(x0, y0 + 62, f"复印件与原件一致  {r['姓名']}", 3.6, "kai", color=INK_BLUE)
    p.text(x0 + 50, y0 + 70, st.date(day.isoformat()), 3.2, "kai", color=INK_BLUE)
    return _other("银行卡复印件", r["姓名"], day, p)


@layout("其他/授权书", "授权书/附件1")
def authorisation(hh: Household, rng: random.Random) -> Document:
    """授权书（声明书）(河北 附件1) signed by the adults of the household, with their ID numbers."""
    r = hh.record
    st = Style.draw(rng)
    day = hh.created - timedelta(days=rng.randrange(20, 40))
    p = Page(*A4)
    p.text(20, 14, "附件1", 3.2, st.label_font)
    _title(p, st, "授权书（声明书）", 28, 6.2)
    text = ("本人郑重声明，申请登记的困难职工家庭基本情况和家庭经济状况属实。如有不实，自愿停止申请或停止享受工会困难职工"
            "救助和帮扶，并承担相应法律责任。本人同意工会组织向民政部门查询、核对家庭成员的收入及财产状况信息。特此授权。")
    y = _para(p, st, 22, 46, 166, [(text, False)], 3.8, 8)
    p.text(22, y + 4, "授权人（家庭成员及法定赡养、抚养、扶养义务人）", 3.8, st.label_font)
    people = [hh.householder(), *[m for m in hh.members if m["年龄"] >= 18]]
    for i, person in enumerate(people[:6]):
        yy = y + 18 + i * 12
        p.text(22, yy, f"{i + 1}.", 3.8, st.label_font)
        p.text(30, yy, person["姓名"], 4.4, "kai", color=INK_BLUE)
        p.text(62, yy, "(指模      )身份证号码", 3.6, st.label_font)
        p.ops.append(("seal", 75, yy, 2.4, "", "", 0.0, (200, 40, 50), i))  # a red fingerprint-sized dab
        p.text(110, yy, person["身份证号"], 3.8, st.value_font, color=st.color)
    p.text(130, y + 100, st.date(day.isoformat()), 3.8, st.value_font, color=st.color)
    return _other("授权书", r["姓名"], day, p, "授权书（声明书）")


@layout("其他/会议记录", "会议记录/A5")
def council_minutes(hh: Household, rng: random.Random) -> Document:
    """民主评议会议记录 (河北 附件4)."""
    r = hh.record
    st = Style.draw(rng)
    day = hh.publicity_start - timedelta(days=rng.randrange(1, 6))
    p = Page(148, 210)
    _title(p, st, "民主评议会议记录", 22, 6.0)
    rows = [("时间：", st.date(day.isoformat())), ("地点：", f"{r['单位']}工会会议室"),
            ("参会人数：", f"{rng.randrange(7, 25)}人"), ("主持人：", r["审核人"]), ("记录人：", r["建档人"])]
    for i, (lb, v) in enumerate(rows):
        p.text(16, 42 + i * 10, lb, 3.8, st.label_font)
        p.text(40, 42 + i * 10, v, 4.0, st.value_font, color=st.color)
    body = (f"内容：对{r['姓名']}同志提出的困难职工建档申请进行民主评议。经入户调查核实，该职工家庭共{r['家庭人口']}人，"
            f"主要致困原因为{r['主要致困原因']}，家庭生活困难。与会人员一致同意列为困难职工评议对象。")
    _para(p, st, 16, 98, 118, [(body, False)], 3.7, 8)
    return _other("民主评议会议记录", r["姓名"], day, p)


def drawn(kind: str, mode: Mode, rng: random.Random, *args: Any) -> Document:
    """Draw one paper of ``kind`` in a layout ``mode`` allows; the document records which and whether held out."""
    chosen = choose(kind, rng, mode)
    doc: Document = chosen.draw(*args)
    doc.layout, doc.held_out = chosen.name, is_held_out(kind, chosen.name)
    return doc


def load_layouts() -> None:
    """Register every layout (the modules register on import, in this fixed order: indices are stable)."""
    # papers_rotation2 (rotation 2's held-out printings) imports papers_work first, so registers after it;
    # forms_rotation3 / papers_rotation3 (rotation 3's) come after forms / papers_cert / papers_id they extend,
    # papers_rotation4 (rotation 4's papers) after papers_rotation3, papers_rotation5 (rotation 5's) after it,
    # other_rotation5 (rotation 5's 其他) imports papers_other first, other_rotation6 (rotation 6's 其他) after it,
    # other_rotation7 (rotation 7's 其他) after other_rotation6, other_rotation8 (rotation 8's 其他) after it,
    # other_rotation9 (rotation 9's 其他) after other_rotation8, other_rotation10 (rotation 10's 其他) after it,
    # other_rotation11 (rotation 11's 其他) after other_rotation10, other_rotation12 (rotation 12's 其他) after it,
    # other_rotation13 (rotation 13's 其他) after other_rotation12, other_rotation14 (rotation 14's 其他) after it,
    # other_rotation15, other_rotation16, other_rotation17 and other_rotation18 (rotations 15 to 18's 其他) each
    # after the one before;
    # forms_rotation6 (rotation 6's forms) after forms_rotation5, papers_rotation6 (rotation 6's papers) after
    # papers_rotation5, papers_rotation7 (rotation 7's papers) after papers_rotation6, papers_rotation8 (rotation
    # 8's papers) after papers_rotation7, papers_rotation9 (rotation 9's papers) after papers_rotation8,
    # papers_rotation10 (rotation 10's papers) imports papers_rotation9 first, so registers after it,
    # papers_rotation11 (rotation 11's papers) imports papers_rotation10 first, so registers after it,
    # papers_rotation12 (rotation 12's papers) imports papers_rotation11 first, so registers after it,
    # papers_rotation13 (rotation 13's papers) imports papers_rotation12 first, so registers after it,
    # papers_rotation14 (rotation 14's papers) imports papers_rotation13 first, so registers after it,
    # papers_rotation15 (rotation 15's papers) imports papers_rotation14 first, so registers after it,
    # papers_rotation16 (rotation 16's papers) imports papers_rotation15 first, so registers after it,
    # papers_rotation17 (rotation 17's papers) imports papers_rotation16 first, so registers after it,
    # papers_rotation18 (rotation 18's papers) imports papers_rotation17 first, so registers after it
    from dangan.synth import (  # noqa: F401
        forms,
        forms_rotation3,
        forms_rotation4,
        forms_rotation5,
        forms_rotation6,
        forms_rotation7,  # rotation 7's forms, after forms_rotation6
        forms_rotation8,  # rotation 8's forms, after forms_rotation7
        forms_rotation9,  # rotation 9's forms, after forms_rotation8
        forms_rotation10,  # rotation 10's forms, after forms_rotation9
        forms_rotation11,  # rotation 11's forms, after forms_rotation10
        forms_rotation12,  # rotation 12's forms, after forms_rotation11
        forms_rotation13,  # rotation 13's forms, after forms_rotation12
        forms_rotation14,  # rotation 14's forms, after forms_rotation13
        forms_rotation15,  # rotation 15's forms, after forms_rotation14
        forms_rotation16,  # rotation 16's forms, after forms_rotation15
        forms_rotation17,  # rotation 17's forms, after forms_rotation16
        forms_rotation18,  # rotation 18's forms, after forms_rotation17
        other_rotation5,
        other_rotation6,
        other_rotation7,
        other_rotation8,  # rotation 8's 其他, after other_rotation7
        other_rotation9,  # rotation 9's 其他, after other_rotation8
        other_rotation10,  # rotation 10's 其他, after other_rotation9
        other_rotation11,  # rotation 11's 其他, after other_rotation10
        other_rotation12,  # rotation 12's 其他, after other_rotation11
        other_rotation13,  # rotation 13's 其他, after other_rotation12
        other_rotation14,  # rotation 14's 其他: imports other_rotation13 first, so registers after it
        other_rotation15,  # rotation 15's 其他: imports other_rotation14 first, so registers after it
        other_rotation16,  # rotation 16's 其他: imports other_rotation15 first, so registers after it
        other_rotation17,  # rotation 17's 其他: imports other_rotation16 first, so registers after it
        other_rotation18,  # rotation 18's 其他: imports other_rotation17 first, so registers after it
        papers_cert,
        papers_id,
        papers_other,
        papers_rotation2,
        papers_rotation3,
        papers_rotation4,
        papers_rotation5,
        papers_rotation6,
        papers_rotation7,
        papers_rotation8,
        papers_rotation9,  # rotation 9's papers, after papers_rotation8
        papers_rotation10,  # rotation 10's papers: imports papers_rotation9 first, so registers after it
        papers_rotation11,  # rotation 11's papers: imports papers_rotation10 first, so registers after it
        papers_rotation12,  # rotation 12's papers: imports papers_rotation11 first, so registers after it
        papers_rotation13,  # rotation 13's papers: imports papers_rotation12 first, so registers after it
        papers_rotation14,  # rotation 14's papers: imports papers_rotation13 first, so registers after it
        papers_rotation15,  # rotation 15's papers: imports papers_rotation14 first, so registers after it
        papers_rotation16,  # rotation 16's papers: imports papers_rotation15 first, so registers after it
        papers_rotation17,  # rotation 17's papers: imports papers_rotation16 first, so registers after it
        papers_rotation18,  # rotation 18's papers: imports papers_rotation17 first, so registers after it
        papers_work,
    )


def _application(hh: Household, rng: random.Random, mode: Mode) -> Document:
    import inspect

    from dangan.synth.forms import application_form

    if "mode" in inspect.signature(application_form).parameters:
        return application_form(hh, rng, mode=mode)  # type: ignore[call-arg,unused-ignore]
    return application_form(hh, rng)


def documents_for(hh: Household, rng: random.Random, mode: Mode = "all") -> list[Document]:
    """The paper archive of one household, in filing order, every paper in a layout ``mode`` allows.

    It holds what every shipped rule set asks for (national, 杭州, 湖南, 河北), so a clean corpus has no
    missing material whichever rule set checks it; ``--remove-materials`` then takes documents away.
    """
    load_layouts()
    r = hh.record
    people = [hh.householder(), *hh.members]
    docs = [_application(hh, rng, mode)]
    docs += [drawn("身份证", mode, rng, hh, p["姓名"], rng) for p in people if p["年龄"] >= 16]
    docs.append(drawn("户口簿", mode, rng, hh, rng))
    docs += [drawn("收入证明", mode, rng, hh, p["姓名"], rng) for p in people if (p["月收入"] or 0) > 0]
    docs += [drawn("其他/银行卡", mode, rng, hh, rng), drawn("其他/授权书", mode, rng, hh, rng),
             drawn("其他/会议记录", mode, rng, hh, rng)]
    if r["有无低保"]:
        docs.append(drawn("低保证", mode, rng, hh, rng))
    group = cause_group(r["主要致困原因"])
    # 低保边缘户 may omit the 致困原因证明 in 杭州, but the other rule sets still ask for it: kept.
    if group == "疾病":
        docs += [drawn("诊断证明", mode, rng, hh, hh.patient or r["姓名"], rng), medical_receipt(hh, rng, mode)]
    elif group == "残疾":
        docs.append(drawn("残疾人证", mode, rng, hh, hh.patient or r["姓名"], rng))
    elif group == "上学":
        docs += [drawn("其他/录取通知书", mode, rng, hh, rng), tuition_receipt(hh, rng, mode),
                 school_certificate(hh, rng, mode)]
    elif group in ("灾害", "事故"):
        first = "灾害证明" if group == "灾害" else "事故证明"
        second = "事故证明" if group == "灾害" else "灾害证明"
        docs += [cause_certificate(hh, first, rng, mode), cause_certificate(hh, second, rng, mode),
                 medical_receipt(hh, rng, mode)]
    elif group == "失业":
        docs.append(cause_certificate(hh, "失业证明", rng, mode))
    if r["婚姻状况"] in ("离异", "丧偶"):
        docs.append(marital_proof(hh, rng, mode))
    docs.append(drawn("公示证明", mode, rng, hh, rng))
    if r["是否农民工"]:
        docs.append(drawn("劳动合同", mode, rng, hh, rng))
    return docs
