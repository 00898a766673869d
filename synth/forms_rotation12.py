"""Printings of the four application forms added with rotation 12, held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from the seeds and REAL-DOCUMENTS.md with the parts of ``forms_draw`` and of the earlier rotations;
labels as the seeds word them (and the synonyms and older wordings real printings use).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

# forms registers each kind's first printing and the printings of rotations 1 to 11 before these
from dangan.synth import forms, forms_rotation11  # noqa: F401
from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.forms_draw import Fill, below, choice, digit_boxes, hebei_split, new_page, ticked_of, value
from dangan.synth.forms_hangzhou import ALWAYS as HZ_ALWAYS
from dangan.synth.forms_hangzhou import CATEGORIES as HZ_CATEGORIES
from dangan.synth.forms_hangzhou import CAUSES as HZ_CAUSES
from dangan.synth.forms_hangzhou import TITLE as HZ_TITLE
from dangan.synth.forms_hangzhou import YES_NO
from dangan.synth.forms_hebei import ALWAYS as HB_ALWAYS
from dangan.synth.forms_hebei import CATEGORIES as HB_CATEGORIES
from dangan.synth.forms_hebei import CAUSES as HB_CAUSES
from dangan.synth.forms_hebei import MARITAL
from dangan.synth.forms_hebei import TITLE as HB_TITLE
from dangan.synth.forms_hunan import ALWAYS as HN_ALWAYS
from dangan.synth.forms_hunan import CATEGORIES as HN_CATEGORIES
from dangan.synth.forms_hunan import DIBAO, _dibao_worded
from dangan.synth.forms_hunan import TITLE as HN_TITLE
from dangan.synth.forms_rotation3 import _document
from dangan.synth.forms_rotation4 import RuledGrid, _put, marks, shaded
from dangan.synth.forms_rotation5 import one_line
from dangan.synth.forms_rotation8 import _rule_line, _slots, _truth
from dangan.synth.forms_rotation9 import CAUSES_BY_CODE, _column_label, _member_cell
from dangan.synth.forms_rotation11 import _signature_over, cn_numeral_date
from dangan.synth.households import HUNAN_CAUSES, Household
from dangan.synth.layouts import layout
from dangan.synth.render import Cell, Document, L, Style, _free, _seal_on

LEFT, RIGHT = 16.0, 194.0  # the table's edges on a portrait sheet
CIRCLED = "①②③④⑤⑥"
LETTERS = "ABCDEFGHIJKL"


def _copied(pages: Sequence[Page], rng: random.Random, share: float) -> None:
    """A black-and-white photocopy of the filled form (every page through the same copier), or the original."""
    if rng.random() < share:
        tone = rng.uniform(0.15, 0.6)
        for page in pages:
            page.mono, page.tone = True, tone


def _hand(st: Style) -> tuple[int, int, int]:
    return st.color if st.hand else INK_BLUE


def _cell(f: Fill, record: dict[str, Any], key: str) -> Cell:
    if key == "身份证号":
        return one_line(f, record[key])
    return value(f, record[key], key)


def _narrow_id(f: Fill, m: dict[str, Any] | None) -> Cell:
    """A member's ID number in a narrow column of the turned table: small, with room either side of it."""
    if m is None:
        return None
    text = str(m["身份证号"] or "")

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        st = f.st
        size = min(3.0, (x1 - x0) * 0.74 / max(text_width(text, 1.0, "hei"), text_width(text, 1.0, st.value_font), 0.1))
        f.p.text((x0 + x1) / 2, (y0 + y1) / 2, text, size, st.value_font, "mm", st.color)

    return draw


def _tick_mark(f: Fill) -> str:
    if f.tick == "glyph":
        return f.glyph
    return "√" if f.st.hand else "■"


# ---------------------------------------------------------------------------------------------------------
# 杭州/轮换12
HZ_MARITAL = ("未婚", "已婚", "离异", "丧偶")
HZ_HUKOU = ("非农业", "农业")
# the members' table turned on its side: one column per member, one row per item
HZ_MEMBER_ROWS: list[tuple[str, str, float]] = [
    ("姓名", "姓名", 8.0), ("与申请人关系", "关系", 8.0), ("出生日期", "出生日期", 8.0), ("身份证号码", "身份证号", 8.0),
    ("健康状况", "健康状况", 8.0), ("月收入（元）", "月收入", 8.0), ("工作单位/就读学校", "单位或学校", 12.0),
]


def _cause_matrix(p: Page, f: Fill, st: Style, y: float, main: Any, secondary: Any) -> float:
    """The causes listed down the table, two columns to tick each against (主要 / 次要), in two halves side by
    side; returns the y under it."""
    half = (len(HZ_CAUSES) + 1) // 2
    g = RuledGrid(p, st, LEFT, y, RIGHT - LEFT, 0.25)
    top = g.y
    head = [(2.2, shaded(f, "致困原因", 2.7)), (0.9, shaded(f, "主要(限1项)", 2.3)), (0.9, shaded(f, "次要(≤3项)", 2.3))]
    g.row([*head, *head], 6.5)
    main_set, second_set = ticked_of(main), ticked_of(secondary)
    mark = _tick_mark(f)

    def ticked(on: bool) -> Cell:
        if not on:
            return None

        def draw(x0: float, y0: float, x1: float, y1: float) -> None:
            dx = st.rng.uniform(-1.0, 1.0) if st.hand else 0.0
            p.text((x0 + x1) / 2 + dx, (y0 + y1) / 2, mark, 3.6, "sans", "mm", st.color if st.hand else BLACK)

        return draw

    for i in range(half):
        cells: list[tuple[float, Cell]] = []
        for cause in (HZ_CAUSES[i], HZ_CAUSES[i + half] if i + half < len(HZ_CAUSES) else None):
            if cause is None:
                cells += [(2.2, None), (0.9, None), (0.9, None)]
                continue
            cells += [(2.2, L(f"{HZ_CAUSES.index(cause) + 1}．{cause}")), (0.9, ticked(cause in main_set)),
                      (0.9, ticked(cause in second_set))]
        g.row(cells, 6.8, 2.6)
    g.frame(top, 0.6)
    return g.y


@layout("建档申请表/杭州", "杭州/轮换12")
def form_hangzhou_corner_labels(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    p.text(LEFT, 10, "表一", 3.0, st.label_font)
    p.text(RIGHT, 10, "档案编号：" + str(r["职工编号"] or ""), 2.8, st.label_font, "rm")
    p.text(p.w / 2, 20, HZ_TITLE, 5.6, "serifbold" if st.label_font == "serif" else "bold", "mm")
    _rule_line(p, st, LEFT, 31, "基层工会（盖章）：", r["单位"], 70)
    migrant = set() if r["是否农民工"] is None else {"农民工" if r["是否农民工"] else "职工"}
    p.text(128, 31, "申请人类别：", 2.9, st.label_font)
    _put(choice(f, ("职工", "农民工"), migrant, 2.9), 128 + text_width("申请人类别：", 2.9, st.label_font), 27,
         RIGHT, 35)

    def at(label: str, key: str) -> Cell:
        return below(f, label, _cell(f, r, key))

    def opts(label: str, options: Sequence[str], key: str) -> Cell:
        return below(f, label, choice(f, options, ticked_of(r[key]), 2.7))

    g = RuledGrid(p, st, LEFT, 37, RIGHT - LEFT, 0.25)
    top = g.y
    h = 12.0
    g.row([(1.1, at("姓名", "姓名")), (0.6, at("性别", "性别")), (0.7, at("民族", "民族")), (1.1, at("出生日期", "出生日期")),
           (0.9, at("政治面貌", "政治面貌"))], h)
    g.row([(3.0, below(f, "公民身份号码", digit_boxes(f, r["身份证号"], 18))), (1.4, at("手机号码", "手机号码"))], h)
    g.row([(2.0, opts("婚姻状况", HZ_MARITAL, "婚姻状况")), (1.1, at("健康状况", "健康状况")),
           (1.1, at("劳模类别", "劳模类型"))], h)
    g.row([(1.4, opts("户籍性质", HZ_HUKOU, "户口类型")), (3.0, at("户籍所在地", "户口所在地行政区划"))], h)
    g.row([(3.1, at("现居住地址", "家庭住址")), (1.2, at("住房性质", "住房类型"))], h)
    g.row([(1.0, at("在岗情况", "工作状态")), (1.1, at("参加工作年月", "工作时间")), (1.4, at("医保参保情况", "医保状况")),
           (0.8, at("家庭人数", "家庭人口"))], h)
    g.row([(1.0, at("本人月均收入（元）", "本人月平均收入")), (1.1, at("家庭其他年收入（元）", "家庭其他非薪资年收入")),
           (1.0, at("家庭年总收入（元）", "家庭年度总收入")), (1.1, at("因困年必要支出（元）", "年度必要支出"))], h)
    g.row([(1.0, opts("有无一定自救能力", YES_NO, "是否有一定自救能力")),
           (1.0, opts("是否零就业家庭", YES_NO, "是否为零就业家庭"))], h)
    g.row([(1.1, at("开户银行", "开户银行")), (1.2, at("开户网点", "支行名称")), (2.0, at("银行卡号", "银行卡号"))], h)
    g.frame(top, 0.7)
    printed = ["姓名", "性别", "民族", "出生日期", "政治面貌", "身份证号", "手机号码", "婚姻状况", "健康状况", "劳模类型",
               "户口类型", "户口所在地行政区划", "家庭住址", "住房类型", "工作状态", "工作时间", "医保状况", "家庭人口",
               "本人月平均收入", "家庭其他非薪资年收入", "家庭年度总收入", "年度必要支出", "是否有一定自救能力",
               "是否为零就业家庭", "开户银行", "支行名称", "银行卡号"]

    y = g.y + 6
    p.text(LEFT, y, "致困原因（在对应栏内打“√”）", 3.0, st.label_font)
    y = _cause_matrix(p, f, st, y + 3, r["主要致困原因"], r["次要致困原因"])
    k = RuledGrid(p, st, LEFT, y + 3, RIGHT - LEFT, 0.25)
    k.row([(1.0, shaded(f, "困难类型", 2.8)), (5.0, choice(f, HZ_CATEGORIES, ticked_of(r["困难类别"]), 2.8))], 10)
    k.frame(k.y - 10, 0.6)
    printed += ["主要致困原因", "次要致困原因", "困难类别"]
    p.text(p.w / 2, 288, "第1页（共2页）", 2.6, st.label_font, "mm")

    q = Page(p.w, p.h)
    fq = f.on(q)
    q.text(LEFT, 16, "二、家庭成员情况（不含申请人本人）", 3.2, st.label_font)
    slots = _slots(hh, rng)
    m = RuledGrid(q, st, LEFT, 20, RIGHT - LEFT, 0.25)
    m_top = m.y
    lead = 1.35
    m.row([(lead, shaded(fq, "项目", 2.7)),
           *((1.0, shaded(fq, f"成员{'一二三四五六'[i]}", 2.7)) for i in range(len(slots)))], 7.0)
    for label, key, h_row in HZ_MEMBER_ROWS:
        m.row([(lead, L(label)), *((1.0, _narrow_id(fq, member) if key == "身份证号" else _member_cell(fq, member, key))
                                   for member in slots)], h_row, 2.6)
    m.frame(m_top, 0.7)
    members = _truth(hh.members, [key for _, key, _ in HZ_MEMBER_ROWS])
    q.members = list(members)

    y = m.y + 8
    q.text(LEFT, y, "三、家庭困难情况陈述", 3.2, st.label_font)
    n = RuledGrid(q, st, LEFT, y + 3, RIGHT - LEFT, 0.25)
    n.row([(1.0, _free(q, st, str(r["困难情况说明"] or ""), 3.2))], 34)
    n.frame(n.y - 34, 0.7)
    y = n.y + 9
    q.text(LEFT, y, "本人承诺：以上所填内容及提供材料均真实，如有虚假，愿意退还所得帮扶资金并承担责任。", 2.9, st.label_font)
    _signature_over(q, st, LEFT + 70, y + 10, "申请人", "（签名）：", r["姓名"])
    q.text(RIGHT, y + 10, "申请日期：" + st.date(hh.created.isoformat()), 2.9, st.label_font, "rm")

    o = RuledGrid(q, st, LEFT, y + 18, RIGHT - LEFT, 0.25)
    day = hh.created + timedelta(days=rng.randrange(3, 9))

    def unit(x0: float, y0: float, x1: float, y1: float) -> None:
        q.text(x0 + 3, y0 + 6, "经走访核实，情况属实，同意建档。", 3.1, st.value_font, color=_hand(st))
        _rule_line(q, st, x0 + 3, y1 - 14, "经办人：", r["建档人"], 30)
        _rule_line(q, st, x0 + 3, y1 - 6, "审核人：", r["审核人"], 30)
        q.text(x1 - 4, y1 - 6, "（单位工会盖章）" + cn_numeral_date(day), 2.9, st.label_font, "rm")
        if sealed:
            _seal_on(q, st, x1 - 30, y1 - 12, f"{hh.unit.name}工会委员会", "", 15)

    o.row([(0.9, _column_label(q, st, "基层工会意见")), (5.0, unit)], 36)
    o.row([(0.9, _column_label(q, st, "区县工会意见")), (5.0, _free(q, st, " " * 70 + "（盖章）  年  月  日", 2.9))], 28)
    o.frame(o.y - 64, 0.7)
    q.text(LEFT, min(o.y + 7, 282), "注：1．请在□内打“√”；2．家庭成员指共同生活的配偶、子女、父母等；3．本表一式两份。", 2.5,
           st.label_font)
    q.text(q.w / 2, 288, "第2页（共2页）", 2.6, st.label_font, "mm")
    _copied((p, q), rng, 0.45)
    first = list(dict.fromkeys(["职工编号", "单位", "是否农民工", *printed]))
    second = [k for k in dict.fromkeys([*HZ_ALWAYS, "困难情况说明", "建档人", "审核人"]) if k not in first]
    return _document(hh, [p, q], [first, second], members, sealed, 1, HZ_TITLE, "杭州/轮换12")


# ---------------------------------------------------------------------------------------------------------
# 河北/轮换12
HB_MEMBER_COLS: list[tuple[str, str | None, float, bool]] = [
    # (header, member key, weight, header set one character under another)
    ("序号", None, 0.35, True), ("姓名", "姓名", 0.9, False), ("与申请人关系", "关系", 0.45, True),
    ("性别", "性别", 0.35, True), ("年龄", "年龄", 0.35, True), ("公民身份号码", "身份证号", 3.0, False),
    ("就业就学状况", "人员身份", 0.5, True), ("月收入（元）", "月收入", 0.8, False),
    ("工作或就读单位", "单位或学校", 1.7, False),
]


def _lettered(f: Fill, options: Sequence[str], chosen: Any, size: float = 2.8) -> Cell:
    """Options printed with letters (A.未婚 B.已婚 …) and the chosen letter written in the brackets at the end."""
    ticked = ticked_of(chosen)
    letters = "、".join(LETTERS[i] for i, o in enumerate(options) if o in ticked)

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        st, p = f.st, f.p
        bracket = "（　　　）"
        room = x1 - x0 - 3 - text_width(bracket, size, st.label_font)
        texts = [f"{LETTERS[i]}.{o}" for i, o in enumerate(options)]
        lines: list[str] = [""]
        for t in texts:
            if lines[-1] and text_width(lines[-1] + "　" + t, size, st.label_font) > room:
                lines.append("")
            lines[-1] = (lines[-1] + "　" + t) if lines[-1] else t
        step = min(size * 1.5, (y1 - y0 - 1) / len(lines))
        y = (y0 + y1) / 2 - (len(lines) - 1) * step / 2
        for line in lines:
            p.text(x0 + 1.5, y, line, size, st.label_font)
            y += step
        bx = x1 - 1.5 - text_width(bracket, size, st.label_font)
        cy = (y0 + y1) / 2
        p.text(bx, cy, bracket, size, st.label_font)
        if letters:
            p.text(bx + text_width(bracket, size, st.label_font) / 2, cy - 0.3, letters, 3.6, st.value_font, "mm",
                   st.color)

    return draw


def _numbered(n: int, text: str) -> L:
    return L(f"{n}．{text}")


@layout("建档申请表/河北", "河北/轮换12")
def form_hebei_numbered_items(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    p.text(p.w / 2, 17, HB_TITLE, 6.0, "serifbold", "mm")
    p.text(p.w / 2, 25, "（申请人填写，字迹工整，不得涂改）", 2.8, st.label_font, "mm")
    _rule_line(p, st, LEFT, 33, "申报单位：", r["单位"], 80)
    p.text(RIGHT, 33, "填表日期：" + st.date(hh.created.isoformat()), 2.9, st.label_font, "rm")

    def v(key: str) -> Cell:
        return _cell(f, r, key)

    g = RuledGrid(p, st, LEFT, 38, RIGHT - LEFT, 0.25)
    top = g.y
    h = 8.6
    g.row([(1.0, shaded(f, "一、申请人基本情况", 3.0))], 7.0)
    g.row([(0.9, _numbered(1, "姓名")), (1.3, v("姓名")), (0.9, _numbered(2, "性别")), (1.3, v("性别"))], h, 2.8)
    g.row([(0.9, _numbered(3, "出生日期")), (1.3, v("出生日期")), (0.9, _numbered(4, "民族")), (1.3, v("民族"))], h, 2.8)
    g.row([(0.9, _numbered(5, "公民身份号码")), (3.5, v("身份证号"))], h, 2.8)
    g.row([(0.9, _numbered(6, "政治面貌")), (1.3, v("政治面貌")), (0.9, _numbered(7, "联系电话")), (1.3, v("手机号码"))], h,
          2.8)
    g.row([(0.9, _numbered(8, "婚姻状况")), (3.5, _lettered(f, MARITAL, r["婚姻状况"]))], h, 2.8)
    g.row([(0.9, _numbered(9, "健康状况")), (1.3, v("健康状况")), (0.9, _numbered(10, "就业状态")), (1.3, v("工作状态"))],
          h, 2.8)
    g.row([(0.9, _numbered(11, "工作单位")), (3.5, v("工作单位"))], h, 2.8)
    g.row([(0.9, _numbered(12, "户籍所在地")), (3.5, v("户口所在地行政区划"))], h, 2.8)
    g.row([(0.9, _numbered(13, "现居住地址")), (3.5, value(f, r["家庭住址"], "家庭住址", "left"))], h, 2.8)
    g.row([(1.0, shaded(f, "二、家庭收支情况", 3.0))], 7.0)
    g.row([(0.9, _numbered(14, "家庭人口（人）")), (1.3, v("家庭人口")), (0.9, _numbered(15, "本人月均收入（元）")),
           (1.3, v("本人月平均收入"))], h, 2.6)
    g.row([(0.9, _numbered(16, "家庭非薪资收入（元/年）")), (1.3, v("家庭其他非薪资年收入")),
           (0.9, _numbered(17, "家庭年总收入（元）")), (1.3, v("家庭年度总收入"))], h, 2.4)
    med, edu, other = hebei_split(hh)
    total = r["年度必要支出"]

    def part(n: int | None) -> Cell:
        return value(f, None if total is None else n, "年度必要支出")

    g.row([(0.9, _numbered(18, "家庭年必要支出（元）")), (0.35, L("医疗")), (0.55, part(med)), (0.35, L("教育")),
           (0.55, part(edu)), (0.35, L("其他")), (0.55, part(other)), (0.35, L("合计")), (0.45, v("年度必要支出"))], h, 2.5)
    g.row([(1.0, shaded(f, "三、申报类别及致困原因（在括号内填写所选项字母）", 3.0))], 7.0)
    g.row([(0.9, _numbered(19, "申报类别")), (3.5, _lettered(f, HB_CATEGORIES, r["困难类别"]))], h, 2.8)
    g.row([(0.9, _numbered(20, "主要致困原因")), (3.5, _lettered(f, HB_CAUSES, r["主要致困原因"], 2.7))], 13.0, 2.8)
    g.row([(0.9, _numbered(21, "家庭困难情况")), (3.5, _free(p, st, str(r["困难情况说明"] or ""), 3.1))], 30.0, 2.8)
    g.frame(top, 0.8)
    printed = ["单位", "姓名", "性别", "出生日期", "民族", "身份证号", "政治面貌", "手机号码", "婚姻状况", "健康状况",
               "工作状态", "工作单位", "户口所在地行政区划", "家庭住址", "家庭人口", "本人月平均收入", "家庭其他非薪资年收入",
               "家庭年度总收入", "年度必要支出", "困难类别", "主要致困原因", "困难情况说明"]
    p.text(p.w / 2, 289, "— 1 —", 2.7, st.label_font, "mm")

    q = Page(p.w, p.h)
    fq = f.on(q)
    q.text(p.w / 2, 16, "附：申请人家庭成员情况", 4.6, "serifbold", "mm")
    _rule_line(q, st, LEFT, 27, "申请人：", r["姓名"], 36)
    slots = _slots(hh, rng)
    mg = RuledGrid(q, st, LEFT, 32, RIGHT - LEFT, 0.25)
    m_top = mg.y
    mg.row([(wt, _column_label(q, st, label, 2.6) if upright else L(label)) for label, _, wt, upright in HB_MEMBER_COLS],
           20.0, 2.6)
    row_h = 10.0 if len(slots) > 4 else 11.0
    for i, member in enumerate(slots):
        cells: list[tuple[float, Cell]] = [(HB_MEMBER_COLS[0][2], L(str(i + 1)))]
        for _, key, wt, _ in HB_MEMBER_COLS[1:]:
            if key == "身份证号" and member is not None:
                cells.append((wt, digit_boxes(fq, member[key], 18)))
            else:
                cells.append((wt, _member_cell(fq, member, key)))
        mg.row(cells, row_h, 2.7)
    mg.frame(m_top, 0.8)
    members = _truth(hh.members, [key for _, key, _, _ in HB_MEMBER_COLS])
    q.members = list(members)

    k = RuledGrid(q, st, LEFT, mg.y + 8, RIGHT - LEFT, 0.25)
    k_top = k.y

    def promise(x0: float, y0: float, x1: float, y1: float) -> None:
        q.fit(x0, y0 + 1, x1, y0 + 12, "本人承诺：所填报情况及提供的证明材料真实、完整，如有不实，本人愿承担由此产生的一切后果。",
              3.0, st.label_font, "left", pad=2)
        _signature_over(q, st, x0 + 30, y1 - 5, "申请人", "（签字按手印）：", r["姓名"])

    k.row([(0.8, _column_label(q, st, "申请人承诺")), (5.0, promise)], 28)
    opinion_day = hh.created + timedelta(days=rng.randrange(2, 10))

    def unit(x0: float, y0: float, x1: float, y1: float) -> None:
        q.text(x0 + 3, y0 + 7, "经调查、民主评议，公示无异议，同意上报。", 3.2, st.value_font, color=_hand(st))
        q.text(x1 - 58, y1 - 12, "基层工会（盖章）", 3.0, st.label_font)
        q.text(x1 - 58, y1 - 5, st.date(opinion_day.isoformat()), 3.2, st.value_font, color=_hand(st))
        if sealed:
            _seal_on(q, st, x1 - 40, y1 - 12, f"{hh.unit.name}工会委员会", "", 16)

    k.row([(0.8, _column_label(q, st, "基层工会意见")), (5.0, unit)], 38)
    k.row([(0.8, _column_label(q, st, "上级工会审核意见")), (5.0, _free(q, st, " " * 60 + "（盖章）    年    月    日", 2.9))],
          40)
    k.frame(k_top, 0.8)
    q.text(LEFT, min(k.y + 8, 282), "说明：家庭成员指与申请人共同生活、有法定赡养（抚养、扶养）关系的人员。", 2.6, st.label_font)
    q.text(p.w / 2, 289, "— 2 —", 2.7, st.label_font, "mm")
    _copied((p, q), rng, 0.4)
    first = list(dict.fromkeys([*printed, *HB_ALWAYS]))
    return _document(hh, [p, q], [first, []], members, sealed, 1, HB_TITLE, "河北/轮换12")


# ---------------------------------------------------------------------------------------------------------
# 湖南/轮换12
HN_MEMBER_COLS: list[tuple[str, str | None, float]] = [
    ("序号", None, 0.35), ("姓名", "姓名", 0.85), ("称谓", "关系", 0.5), ("出生年月日", "出生日期", 0.95),
    ("身份证号码", "身份证号", 1.9), ("职业或身份", "人员身份", 0.6), ("医保类型", "医保状况", 1.05),
    ("月收入（元）", "月收入", 0.7),
]
# a line of fields: (caption printed under the rule, record key, weight)
Blank = tuple[str, str, float]


def _caption_line(p: Page, f: Fill, record: dict[str, Any], y: float, blanks: Sequence[Blank],
                  x0: float = LEFT + 3, x1: float = RIGHT - 3) -> None:
    """Values written on rules across the sheet with what each is printed small under its rule (the caption
    under the blank); ``y`` is the rule's height."""
    st = f.st
    gap = 4.0
    total = sum(wt for _, _, wt in blanks)
    room = x1 - x0 - gap * (len(blanks) - 1)
    x = x0
    for caption, key, wt in blanks:
        w = room * wt / total
        p.line(x, y, x + w, y, 0.2)
        _put(_cell(f, record, key), x, y - 6.5, x + w, y - 0.4)
        size = min(2.4, w / max(text_width(caption, 1.0, st.label_font), 0.1))
        p.text(x + w / 2, y + 2.4, caption, size, st.label_font, "mm")
        x += w + gap


@layout("建档申请表/湖南", "湖南/轮换12")
def form_hunan_captions_under_rules(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    record = _dibao_worded(r)
    if rng.random() < 0.5:  # a phone photo of the sheet: the paper greyish-warm
        p.paper = (rng.randrange(232, 246), rng.randrange(228, 240), rng.randrange(215, 230))
    p.text(LEFT, 10, "附件1", 3.0, st.label_font)
    p.text(p.w / 2, 19, HN_TITLE, 5.8, "serifbold", "mm")
    p.text(p.w / 2, 26, f"（{hh.created.year}年度）", 3.0, st.label_font, "mm")
    _rule_line(p, st, LEFT, 33, "所在单位：", r["单位"], 72)
    p.text(RIGHT, 33, "编号：" + str(r["职工编号"] or ""), 2.8, st.label_font, "rm")

    top = 37.0
    p.text(LEFT + 3, top + 5, "一、申请人情况", 3.1, st.label_font)
    y = top + 15
    lines: list[list[Blank]] = [
        [("姓　名", "姓名", 1.0), ("性　别", "性别", 0.5), ("年　龄", "年龄", 0.5), ("民　族", "民族", 0.6),
         ("政治面貌", "政治面貌", 0.8)],
        [("公民身份号码", "身份证号", 2.2), ("联系电话", "手机号码", 1.2)],
        [("工作单位", "工作单位", 2.4), ("在岗状态", "工作状态", 0.9)],
        [("家庭住址", "家庭住址", 1.0)],
        [("家庭人口（人）", "家庭人口", 0.8), ("本人月收入（元）", "本人月平均收入", 1.0),
         ("家庭年总收入（元）", "家庭年度总收入", 1.0), ("家庭月人均收入（元）", "家庭月人均收入", 1.0)],
    ]
    for blanks in lines:
        _caption_line(p, f, record, y, blanks)
        y += 12.5
    y -= 4
    p.text(LEFT + 3, y, "享受低保情况：", 2.9, st.label_font)
    _put(choice(f, DIBAO, ticked_of(record["有无低保"]), 2.9), LEFT + 3 + text_width("享受低保情况：", 2.9, st.label_font),
         y - 4, 110, y + 4)
    y += 8
    p.text(LEFT + 3, y, "主要致困原因：", 2.9, st.label_font)
    _put(marks(f, HUNAN_CAUSES, ticked_of(record["主要致困原因"]), "dot", 2.9),
         LEFT + 3 + text_width("主要致困原因：", 2.9, st.label_font), y - 4, RIGHT - 3, y + 4)
    y += 6
    p.rect(LEFT, top, RIGHT, y, 0.7)
    printed = ["姓名", "性别", "年龄", "民族", "政治面貌", "身份证号", "手机号码", "工作单位", "工作状态", "家庭住址",
               "家庭人口", "本人月平均收入", "家庭年度总收入", "家庭月人均收入", "有无低保", "主要致困原因"]

    slots = _slots(hh, rng)
    side = 9.0
    g = RuledGrid(p, st, LEFT + side, y, RIGHT - LEFT - side, 0.25)
    g.row([(wt, L(label)) for label, _, wt in HN_MEMBER_COLS], 7.0, 2.5)
    row_h = 7.2 if len(slots) > 4 else 8.0
    for i, member in enumerate(slots):
        g.row([(HN_MEMBER_COLS[0][2], L(CIRCLED[i])),
               *((wt, _member_cell(f, member, key)) for _, key, wt in HN_MEMBER_COLS[1:])], row_h, 2.8)
    p.rect(LEFT, y, LEFT + side, g.y, 0.25)
    _put(_column_label(p, st, "家庭成员"), LEFT, y, LEFT + side, g.y)
    members = _truth(hh.members, [key for _, key, _ in HN_MEMBER_COLS])
    p.members = list(members)
    y = g.y
    h_story = max(22.0, min(30.0, 196 - y))
    p.rect(LEFT, y, LEFT + side, y + h_story, 0.25)
    _put(_column_label(p, st, "困难情况"), LEFT, y, LEFT + side, y + h_story)
    p.rect(LEFT + side, y, RIGHT, y + h_story, 0.25)
    _free(p, st, str(r["困难情况说明"] or ""), 3.1)(LEFT + side, y, RIGHT, y + h_story)
    y += h_story

    # three opinions side by side, each signed at its foot
    h_op = 62.0
    w3 = (RIGHT - LEFT) / 3
    day = hh.created + timedelta(days=rng.randrange(2, 7))
    boxes = [(LEFT + i * w3, LEFT + (i + 1) * w3) for i in range(3)]
    for x0, x1 in boxes:
        p.rect(x0, y, x1, y + h_op, 0.25)
    (a0, a1), (b0, b1), (c0, c1) = boxes
    p.text(a0 + 2, y + 5, "申请人承诺", 3.0, st.label_font)
    p.fit(a0, y + 8, a1, y + 30, "以上填报内容真实准确，如有隐瞒或虚报，自愿取消建档资格并承担相应责任。", 2.8, st.label_font, "left",
          pad=2)
    p.text(a0 + 2, y + h_op - 14, "签名：", 3.0, st.label_font)
    p.text(a0 + 13, y + h_op - 14.6, str(r["姓名"] or ""), 4.6, "kai", color=_hand(st))
    p.text(a1 - 3, y + h_op - 5, "年　月　日", 2.9, st.label_font, "rm")

    p.text(b0 + 2, y + 5, "单位工会入户核查意见", 3.0, st.label_font)
    p.text(b0 + 3, y + 12, "情况属实。建议建档类别：", 2.9, st.value_font, color=_hand(st))
    _put(marks(f, HN_CATEGORIES, ticked_of(r["困难类别"]), "textbox", 2.8), b0 + 1, y + 15, b1 - 1, y + 24)
    p.text(b0 + 2, y + h_op - 20, "核查人：", 3.0, st.label_font)
    p.text(b0 + 2 + text_width("核查人：", 3.0, st.label_font) + 1, y + h_op - 20.6, str(r["建档人"] or ""), 4.4, "kai",
           color=_hand(st))
    p.text(b1 - 3, y + h_op - 5, cn_numeral_date(day), 2.9, st.value_font, "rm", _hand(st))
    p.text(b1 - 3, y + h_op - 11, "（公章）", 2.8, st.label_font, "rm")
    if sealed:
        _seal_on(p, st, b1 - 20, y + h_op - 16, f"{hh.unit.name}工会委员会", "", 15)

    p.text(c0 + 2, y + 5, "县级以上工会审批意见", 3.0, st.label_font)
    p.text(c0 + 3, y + 12, "同意。", 3.0, st.value_font, color=_hand(st))
    p.text(c0 + 2, y + h_op - 20, "审批人：", 3.0, st.label_font)
    p.text(c0 + 2 + text_width("审批人：", 3.0, st.label_font) + 1, y + h_op - 20.6, str(r["审核人"] or ""), 4.4, "kai",
           color=_hand(st))
    p.text(c1 - 3, y + h_op - 5, "（盖章）　年　月　日", 2.9, st.label_font, "rm")
    p.rect(LEFT, top, RIGHT, y + h_op, 0.8)
    p.text(LEFT, min(y + h_op + 7, 288), "注：本表由申请人填写，单位工会核实；低保户须附低保证复印件。", 2.5, st.label_font)
    keys = list(dict.fromkeys(["单位", "职工编号", *printed, *HN_ALWAYS]))
    return _document(hh, [p], [keys], members, sealed, 0, HN_TITLE, "湖南/轮换12")


# ---------------------------------------------------------------------------------------------------------
# 全国/轮换12
NATIONAL_TITLE = "困难职工档案表"
YN = ("是", "否")
# (label, record key, weight of the value); a label weighs 1.0
Pair = tuple[str, str, float]
NATIONAL_ROWS: list[list[Pair]] = [
    [("职工编号", "职工编号", 2.1), ("困难类别", "困难类别", 1.0), ("档案类型", "档案类型", 1.0), ("建档标准", "建档标准", 1.0)],
    [("姓名", "姓名", 1.2), ("性别", "性别", 0.6), ("民族", "民族", 0.9), ("出生日期", "出生日期", 1.4),
     ("年龄", "年龄", 0.5)],
    [("身份证号", "身份证号", 2.6), ("政治面貌", "政治面貌", 1.0), ("婚姻状况", "婚姻状况", 0.9)],
    [("健康状况", "健康状况", 1.0), ("疾病/残疾类别", "疾病/残疾类别", 1.2), ("劳模类型", "劳模类型", 1.2),
     ("是否单亲", "是否单亲", 0.9)],
    [("户口类型", "户口类型", 0.9), ("户口所在地", "户口所在地行政区划", 2.6), ("邮政编码", "邮政编码", 0.9)],
    [("家庭住址", "家庭住址", 3.6), ("手机号码", "手机号码", 1.3)],
    [("其他联系方式", "其他联系方式", 1.3), ("工作状态", "工作状态", 0.9), ("参加工作时间", "工作时间", 1.3)],
    [("工作单位", "工作单位", 2.6), ("单位性质", "单位性质", 1.0), ("企业状况", "企业状况", 1.0)],
    [("所属行业", "所属行业", 1.4), ("劳动合同签订时间", "劳动合同签订时间", 1.2), ("合同期限", "合同期限", 1.6)],
    [("家庭人口", "家庭人口", 0.6), ("住房类型", "住房类型", 1.0), ("建筑面积(㎡)", "建筑面积", 0.6), ("医保状况", "医保状况", 1.6)],
    [("本人月平均收入", "本人月平均收入", 0.9), ("家庭其他非薪资年收入", "家庭其他非薪资年收入", 0.9),
     ("家庭年度总收入", "家庭年度总收入", 0.9), ("家庭月人均收入", "家庭月人均收入", 0.9)],
    [("年度必要支出", "年度必要支出", 0.9), ("是否零就业家庭", "是否为零就业家庭", 0.9),
     ("是否有一定自救能力", "是否有一定自救能力", 0.9), ("人员类别", "是否农民工", 1.1)],
    [("开户银行", "开户银行", 1.3), ("支行名称", "支行名称", 1.3), ("银行卡号", "银行卡号", 2.0)],
]
YN_KEYS = {"是否单亲", "是否为零就业家庭", "是否有一定自救能力"}
NATIONAL_MEMBER_COLS: list[tuple[str, str, float]] = [
    ("姓名", "姓名", 0.9), ("与本人关系", "关系", 0.7), ("性别", "性别", 0.4), ("出生日期", "出生日期", 1.0),
    ("身份证号", "身份证号", 2.0), ("政治面貌", "政治面貌", 0.8), ("健康状况", "健康状况", 0.8), ("医保状况", "医保状况", 1.2),
    ("人员身份", "人员身份", 0.7), ("月收入(元)", "月收入", 0.7), ("工作单位或就读学校", "单位或学校", 1.9),
]


def _spaced(text: str) -> str:
    """A short label spread over its cell as a typesetter justifies it (姓　　名)."""
    if len(text) == 2:
        return text[0] + "　　" + text[1]
    if len(text) == 3:
        return "　".join(text)
    return text


def _pairs(g: RuledGrid, f: Fill, record: dict[str, Any], rows: Sequence[Sequence[Pair]], h: float) -> list[str]:
    keys: list[str] = []
    for pairs in rows:
        cells: list[tuple[float, Cell]] = []
        for label, key, wt in pairs:
            cells.append((1.0, L(_spaced(label))))
            v = record[key]
            if key == "是否农民工":
                cell = choice(f, ("职工", "农民工"), set() if v is None else {"农民工" if v else "职工"}, 2.7)
            elif key in YN_KEYS:
                cell = choice(f, YN, ticked_of(v), 2.7)
            else:
                cell = _cell(f, record, key)
            cells.append((wt, cell))
            keys.append(key)
        g.row(cells, h, 2.6)
    return keys


@layout("建档申请表/全国", "全国/轮换12")
def form_national_landscape_copy(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st, landscape=True)
    left, right = 14.0, p.w - 14.0
    p.text(left, 10, "附件", 3.0, st.label_font)
    p.text(p.w / 2, 15, NATIONAL_TITLE, 5.6, "serifbold" if st.label_font == "serif" else "bold", "mm")
    _rule_line(p, st, left, 24, "建档单位（盖章）：", r["单位"], 80)
    p.text(right, 24, "建档日期：" + st.date(hh.created.isoformat()), 2.9, st.label_font, "rm")
    g = RuledGrid(p, st, left, 28, right - left, 0.25)
    top = g.y
    printed = ["单位"]
    printed += _pairs(g, f, r, NATIONAL_ROWS, 9.0)
    causes = CAUSES_BY_CODE
    g.row([(1.0, L("主要致困原因")), (8.0, marks(f, causes, ticked_of(r["主要致困原因"]), "underline", 2.6))], 11.0, 2.6)
    g.row([(1.0, L("次要致困原因")), (8.0, marks(f, causes, ticked_of(r["次要致困原因"]), "underline", 2.6))], 11.0, 2.6)
    g.frame(top, 0.7)
    printed += ["主要致困原因", "次要致困原因"]
    p.text(left, min(g.y + 6, 202), "注：致困原因在所选项下划线标明；主要致困原因限选一项。", 2.5, st.label_font)
    p.text(right, 204, "第一页", 2.5, st.label_font, "rm")

    s = Page(p.w, p.h)
    fs = f.on(s)
    s.text(left, 14, "家庭成员情况", 3.4, st.label_font)
    slots = _slots(hh, rng)
    mg = RuledGrid(s, st, left, 18, right - left, 0.25)
    m_top = mg.y
    mg.row([(0.35, L("序号")), *((wt, L(label)) for label, _, wt in NATIONAL_MEMBER_COLS)], 7.5, 2.5)
    for i, member in enumerate(slots):
        mg.row([(0.35, L(str(i + 1))), *((wt, _member_cell(fs, member, key)) for _, key, wt in NATIONAL_MEMBER_COLS)],
               8.0, 2.6)
    mg.frame(m_top, 0.7)
    members = _truth(hh.members, [key for _, key, _ in NATIONAL_MEMBER_COLS])
    s.members = list(members)

    y = mg.y + 9
    s.text(left, y - 3, "立卡信息", 3.4, st.label_font)
    k = RuledGrid(s, st, left, y, right - left, 0.25)
    k_top = k.y
    target = r["解困脱困对象"]
    k.row([(1.4, L("是否确定为解困脱困对象")), (1.0, choice(fs, YN, ticked_of(target), 2.7)), (0.8, L("立卡时间")),
           (1.3, _cell(fs, r, "立卡时间")), (0.8, L("帮扶单位")), (2.2, _cell(fs, r, "帮扶单位")), (0.9, L("帮扶责任人")),
           (1.0, _cell(fs, r, "帮扶联系人"))], 9.0, 2.6)
    k.row([(1.4, L("五类重点群体")), (7.0, value(fs, r["五类重点群体"], "五类重点群体", "left"))], 9.0, 2.6)
    k.row([(1.4, L("“四个一批”帮扶措施")), (7.0, value(fs, r["四个一批措施"], "四个一批措施", "left"))], 9.0, 2.6)
    k.row([(1.4, L("七个行动计划")), (7.0, value(fs, r["七个行动计划"], "七个行动计划", "left"))], 11.0, 2.6)
    k.row([(1.4, L("备注")), (7.0, value(fs, r["备注"], "备注", "left"))], 9.0, 2.6)
    k.frame(k_top, 0.7)
    later = ["解困脱困对象", "立卡时间", "帮扶单位", "帮扶联系人", "五类重点群体", "四个一批措施", "七个行动计划", "备注"]
    y = k.y + 12
    x = _signature_over(s, st, left, y, "职工本人签字", "：", r["姓名"], across=False)
    x = _rule_line(s, st, x + 4, y, "建档人：", r["建档人"], 26)
    x = _rule_line(s, st, x + 4, y, "审核人：", r["审核人"], 26)
    _rule_line(s, st, x + 4, y, "录入人：", r["录入人"], 26)
    later += ["建档人", "审核人", "录入人"]
    s.text(right - 60, y + 14, "建档工会（盖章）", 3.0, st.label_font)
    s.text(right - 60, y + 22, cn_numeral_date(hh.created), 3.1, st.value_font, color=_hand(st))
    if sealed:
        _seal_on(s, st, right - 42, y + 17, f"{hh.unit.name}工会委员会", "", 16)
    s.text(right, 204, "第二页", 2.5, st.label_font, "rm")
    _copied((p, s), rng, 0.6)
    return _document(hh, [p, s], [list(dict.fromkeys(printed)), list(dict.fromkeys(later))], members, sealed, 1,
                     NATIONAL_TITLE, "全国/轮换12")
