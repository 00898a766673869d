"""Printings of the four application forms added with rotation 13, held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from the seeds and REAL-DOCUMENTS.md with the parts of ``forms_draw`` and of the earlier rotations;
labels as the seeds word them (and the synonyms and older wordings real printings use).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from typing import Any

# forms registers each kind's first printing and the printings of rotations 1 to 12 before these
from dangan.synth import forms, forms_rotation12  # noqa: F401
from dangan.synth.canvas import INK_BLUE, Page, _wrap, text_width
from dangan.synth.forms_draw import Fill, choice, digit_boxes, hebei_split, inline, new_page, ticked_of, value
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
from dangan.synth.forms_rotation4 import RuledGrid, _put, marks
from dangan.synth.forms_rotation5 import one_line
from dangan.synth.forms_rotation8 import _rule_line, _slots, _truth
from dangan.synth.forms_rotation9 import CAUSES_BY_CODE, _column_label, _member_cell
from dangan.synth.forms_rotation11 import _signature_over, cn_numeral_date
from dangan.synth.households import HUNAN_CAUSES, Household
from dangan.synth.layouts import layout
from dangan.synth.render import Cell, Document, L, Style, _free, _seal_on

LEFT, RIGHT = 15.0, 195.0  # the text block of a portrait sheet
# a member column: (printed header, member key or None for the row number, weight)
Col = tuple[str, str | None, float]


# -- parts of these printings ---------------------------------------------------------------------------
def _copied(pages: Sequence[Page], rng: random.Random, share: float) -> None:
    """A black-and-white photocopy of the filled form (every page through the same copier), or the original."""
    if rng.random() < share:
        tone = rng.uniform(0.2, 0.65)
        for page in pages:
            page.mono, page.tone = True, tone


def _hand(st: Style) -> tuple[int, int, int]:
    return st.color if st.hand else INK_BLUE


def _cell(f: Fill, record: dict[str, Any], key: str) -> Cell:
    if key == "身份证号":
        return one_line(f, record[key])
    return value(f, record[key], key)


def _typeset(st: Style, rng: random.Random, fonts: Sequence[str]) -> Style:
    """The unit's Word file set its labels in one of ``fonts`` (the filling keeps its own hand or type)."""
    return replace(st, label_font=rng.choice(tuple(fonts)))


def _double_frame(p: Page, x0: float, y0: float, x1: float, y1: float, gap: float = 0.9) -> None:
    """A heavy outer rule with a thin one just inside it (a double-ruled table's border)."""
    p.rect(x0 - gap, y0 - gap, x1 + gap, y1 + gap, 0.6)
    p.rect(x0, y0, x1, y1, 0.2)


def _dotted(p: Page, x0: float, x1: float, y: float, step: float = 1.1) -> None:
    """A dotted rule to write on (……)."""
    x = x0
    while x < x1:
        p.line(x, y, min(x + step * 0.45, x1), y, 0.22)
        x += step


class HalfGrid(RuledGrid):
    """Rows parted by horizontal rules across the table; the only vertical rules stand after a label's cell
    (label | value), none at the table's sides."""

    def row(self, cells: list[tuple[float, Cell]], h: float, label_size: float = 2.8) -> None:
        total = sum(wt for wt, _ in cells)
        x = self.x
        for i, (wt, cell) in enumerate(cells):
            cw = self.w * wt / total
            if isinstance(cell, L):
                self.page.fit(x, self.y, x + cw, self.y + h, cell.text, label_size, self.st.label_font, "left",
                              pad=1.2)
                if i + 1 < len(cells):
                    self.page.line(x + cw, self.y + 1.2, x + cw, self.y + h - 1.2, self.lw)
            elif callable(cell):
                cell(x, self.y, x + cw, self.y + h)
            x += cw
        self.y += h
        self.page.line(self.x, self.y, self.x + self.w, self.y, self.lw)


def _lined_text(p: Page, st: Style, x0: float, y0: float, x1: float, y1: float, text: str, step: float = 7.5,
                size: float = 3.3) -> None:
    """The account written along the ruled lines of a lined box, line by line."""
    n = int((y1 - y0) // step)
    for i in range(1, n + 1):
        p.line(x0 + 2, y0 + i * step, x1 - 2, y0 + i * step, 0.15)
    if not text:
        return
    sz = size
    lines = _wrap(text, x1 - x0 - 6, sz, st.value_font)
    while len(lines) > n and sz > 1.6:
        sz *= 0.9
        lines = _wrap(text, x1 - x0 - 6, sz, st.value_font)
    step_used = step if len(lines) <= n else (y1 - y0 - 2) / len(lines)
    for i, line in enumerate(lines):
        dx = st.rng.uniform(0, 0.8) if st.hand else 0.0
        p.text(x0 + 3 + dx, y0 + (i + 1) * step_used - sz * 0.8, line, sz, st.value_font, "lm", st.color)


def _wrapped(f: Fill, m: dict[str, Any] | None, key: str) -> Cell:
    """A member's long value (the unit or school) written from the cell's left, wrapped within it."""
    if m is None or m[key] in (None, ""):
        return None
    text = f.st.value(m[key], key)

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        f.p.fit(x0, y0, x1, y1, text, 3.0 if f.st.hand else 2.7, f.st.value_font, "left", f.st.color, pad=1.0,
                jitter=f.st.jitter())

    return draw


def _member(f: Fill, m: dict[str, Any] | None, key: str | None, boxes: bool = False) -> Cell:
    if m is None or key is None:
        return None
    if key == "身份证号" and boxes:
        return digit_boxes(f, m[key], 18)
    if key == "单位或学校":
        return _wrapped(f, m, key)
    return _member_cell(f, m, key)


def _three_line_table(p: Page, f: Fill, x0: float, x1: float, y: float, cols: Sequence[Col],
                      slots: Sequence[dict[str, Any] | None], head_h: float, row_h: float) -> float:
    """A member table ruled as a 三线表: a heavy rule over the header, a thin one under it, a heavy one under
    the last row, no other rules; row numbers in the first column; returns the y under it."""
    st = f.st
    total = sum(wt for _, _, wt in cols)
    p.line(x0, y, x1, y, 0.6)
    xs = [x0]
    for _, _, wt in cols:
        xs.append(xs[-1] + (x1 - x0) * wt / total)
    for (label, _, _), a, b in zip(cols, xs, xs[1:], strict=False):
        p.fit(a, y, b, y + head_h, label, 2.7, st.label_font, pad=0.6)
    y += head_h
    p.line(x0, y, x1, y, 0.25)
    for i, m in enumerate(slots):
        for (_, key, _), a, b in zip(cols, xs, xs[1:], strict=False):
            if key is None:
                p.fit(a, y, b, y + row_h, str(i + 1), 2.8, st.label_font)
            else:
                _put(_member(f, m, key), a, y, b, y + row_h)
        y += row_h
    p.line(x0, y, x1, y, 0.6)
    return y


# ---------------------------------------------------------------------------------------------------------
# 杭州/轮换13
HZ_MARITAL = ("未婚", "已婚", "离异", "丧偶")
HZ_HUKOU = ("非农业", "农业")
HZ_MEMBER_COLS: list[Col] = [
    ("称谓", "关系", 0.55), ("姓名", "姓名", 0.85), ("公民身份号码", "身份证号", 3.3), ("年龄", "年龄", 0.45),
    ("政治面貌", "政治面貌", 0.75), ("身体状况", "健康状况", 0.7), ("月收入（元）", "月收入", 0.75),
    ("工作（学习）单位", "单位或学校", 1.55),
]


@layout("建档申请表/杭州", "杭州/轮换13")
def form_hangzhou_half_ruled(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    st = _typeset(st, rng, ("heimono", "serif", st.label_font))
    p, f = new_page(st)
    p.text(p.w / 2, 16, HZ_TITLE, 5.4, "serifbold", "mm")
    p.line(p.w / 2 - 52, 20.5, p.w / 2 + 52, 20.5, 0.5)
    p.line(p.w / 2 - 52, 21.4, p.w / 2 + 52, 21.4, 0.2)
    x = _rule_line(p, st, LEFT, 29, "所在工会：", r["单位"], 74, 2.9)
    migrant = set() if r["是否农民工"] is None else {"农民工" if r["是否农民工"] else "职工"}
    p.text(x + 4, 29, "身份：", 2.9, st.label_font)
    _put(choice(f, ("职工", "农民工"), migrant, 2.8, box_first=False), x + 4 + text_width("身份：", 2.9, st.label_font),
         25, RIGHT, 33)

    def v(key: str) -> Cell:
        return _cell(f, r, key)

    def opts(options: Sequence[str], key: str) -> Cell:
        return choice(f, options, ticked_of(r[key]), 2.7, box_first=False)

    g = HalfGrid(p, st, LEFT, 35, RIGHT - LEFT, 0.3)
    p.line(LEFT, 35, RIGHT, 35, 0.7)
    h = 9.0
    g.row([(0.8, L("姓名")), (1.2, v("姓名")), (0.8, L("性别")), (0.6, v("性别")), (0.8, L("民族")), (0.8, v("民族"))], h)
    g.row([(0.8, L("出生年月")), (1.2, v("出生日期")), (0.8, L("政治面貌")), (0.6, v("政治面貌")), (0.8, L("身体状况")),
           (0.8, v("健康状况"))], h)
    g.row([(0.8, L("身份证号码")), (3.4, digit_boxes(f, r["身份证号"], 18)), (0.8, L("联系电话")), (1.2, v("手机号码"))], h)
    g.row([(0.8, L("婚姻状况")), (2.6, opts(HZ_MARITAL, "婚姻状况")), (0.8, L("劳模情况")), (2.0, v("劳模类型"))], h)
    g.row([(0.8, L("户口性质")), (1.4, opts(HZ_HUKOU, "户口类型")), (0.8, L("户籍地")), (3.2, v("户口所在地行政区划"))], h)
    g.row([(0.8, L("家庭详细住址")), (3.8, value(f, r["家庭住址"], "家庭住址", "left")), (0.8, L("住房情况")),
           (0.8, v("住房类型"))], h)
    g.row([(0.8, L("就业状况")), (1.0, v("工作状态")), (0.8, L("参工时间")), (1.0, v("工作时间")), (0.8, L("医疗保险")),
           (1.8, v("医保状况"))], h)
    g.row([(0.8, L("家庭成员人数")), (0.6, v("家庭人口")), (0.8, L("个人月收入")), (0.9, v("本人月平均收入")),
           (1.2, L("家庭其他收入（年）")), (0.9, v("家庭其他非薪资年收入"))], h)
    g.row([(0.8, L("家庭年收入合计")), (1.2, v("家庭年度总收入")), (1.0, L("家庭年必要支出")), (1.2, v("年度必要支出"))], h)
    g.row([(1.2, L("有无自救能力")), (1.0, opts(YES_NO, "是否有一定自救能力")), (1.2, L("是否零就业家庭")),
           (1.0, opts(YES_NO, "是否为零就业家庭"))], h)
    g.row([(0.6, L("开户行")), (1.0, v("开户银行")), (0.6, L("网点")), (1.2, v("支行名称")), (0.6, L("卡号")),
           (2.0, v("银行卡号"))], h)
    p.line(LEFT, g.y + 0.8, RIGHT, g.y + 0.8, 0.7)
    printed = ["单位", "是否农民工", "姓名", "性别", "民族", "出生日期", "政治面貌", "健康状况", "身份证号", "手机号码",
               "婚姻状况", "劳模类型", "户口类型", "户口所在地行政区划", "家庭住址", "住房类型", "工作状态", "工作时间",
               "医保状况", "家庭人口", "本人月平均收入", "家庭其他非薪资年收入", "家庭年度总收入", "年度必要支出",
               "是否有一定自救能力", "是否为零就业家庭", "开户银行", "支行名称", "银行卡号"]

    y = g.y + 9
    p.text(LEFT, y, "家庭成员情况（共同生活的家庭成员，不含本人）", 3.1, st.label_font)
    slots = _slots(hh, rng)
    m = RuledGrid(p, st, LEFT, y + 3, RIGHT - LEFT, 0.25)
    m_top = m.y
    m.row([(wt, L(label)) for label, _, wt in HZ_MEMBER_COLS], 8.0, 2.6)
    p.line(LEFT, m.y - 0.7, RIGHT, m.y - 0.7, 0.25)  # the header's double rule
    row_h = 9.0 if len(slots) > 4 else 10.0
    for member in slots:
        m.row([(wt, _member(f, member, key, boxes=True)) for _, key, wt in HZ_MEMBER_COLS], row_h, 2.7)
    _double_frame(p, LEFT, m_top, RIGHT, m.y)
    members = _truth(hh.members, [key for _, key, _ in HZ_MEMBER_COLS])
    p.members = list(members)
    p.text(RIGHT, 290, "（第一页）", 2.6, st.label_font, "rm")

    q = Page(p.w, p.h)
    fq = f.on(q)
    q.text(LEFT, 16, "致困原因及困难类别（在相应项后□内打“√”）", 3.2, st.label_font)
    k = RuledGrid(q, st, LEFT, 20, RIGHT - LEFT, 0.25)
    k_top = k.y
    k.row([(1.0, _column_label(q, st, "主要原因")),
           (6.0, choice(fq, HZ_CAUSES, ticked_of(r["主要致困原因"]), 2.7, box_first=False))], 24)
    k.row([(1.0, _column_label(q, st, "次要原因")),
           (6.0, choice(fq, HZ_CAUSES, ticked_of(r["次要致困原因"]), 2.7, box_first=False))], 24)
    k.row([(1.0, L("困难类别")), (6.0, choice(fq, HZ_CATEGORIES, ticked_of(r["困难类别"]), 2.8, box_first=False))], 10,
          2.8)
    _double_frame(q, LEFT, k_top, RIGHT, k.y)
    y = k.y + 10
    q.text(LEFT, y, "家庭困难情况（请详细填写致困原因及目前生活状况）：", 3.1, st.label_font)
    q.rect(LEFT, y + 3, RIGHT, y + 48, 0.3)
    _lined_text(q, st, LEFT, y + 3, RIGHT, y + 48, str(r["困难情况说明"] or ""))
    y += 57
    q.fit(LEFT, y - 3, RIGHT, y + 5, "本人保证以上所填情况真实有效，如有虚假，自愿承担一切责任并退回所领取的帮扶资金。", 2.9,
          st.label_font, "left", pad=0)
    _signature_over(q, st, LEFT + 80, y + 11, "申请人签字", "：", r["姓名"], across=False)
    q.text(RIGHT, y + 11, st.date(hh.created.isoformat()), 3.0, st.value_font, "rm", _hand(st))

    o_top = y + 18
    w2 = (RIGHT - LEFT) / 2
    day = hh.created + timedelta(days=rng.randrange(2, 8))
    a0, a1, b0, b1 = LEFT, LEFT + w2, LEFT + w2, RIGHT
    h_op = 58.0
    q.rect(a0, o_top, a1, o_top + h_op, 0.3)
    q.rect(b0, o_top, b1, o_top + h_op, 0.3)
    q.text(a0 + 2, o_top + 5, "基层工会审核意见：", 3.0, st.label_font)
    q.fit(a0 + 2, o_top + 8, a1 - 2, o_top + 20, "经入户调查核实，情况属实，同意建档。", 3.2, st.value_font, "left",
          _hand(st), pad=1)
    _rule_line(q, st, a0 + 3, o_top + h_op - 24, "调查人：", r["建档人"], 30)
    _rule_line(q, st, a0 + 3, o_top + h_op - 16, "审核人：", r["审核人"], 30)
    q.text(a1 - 3, o_top + h_op - 6, cn_numeral_date(day), 3.0, st.value_font, "rm", _hand(st))
    if sealed:
        _seal_on(q, st, a1 - 24, o_top + h_op - 16, f"{hh.unit.name}工会委员会", "", 15)
    q.text(b0 + 2, o_top + 5, "区、县（市）总工会意见：", 3.0, st.label_font)
    q.text(b1 - 3, o_top + h_op - 14, "（盖章）", 2.9, st.label_font, "rm")
    q.text(b1 - 3, o_top + h_op - 6, "年　　月　　日", 2.9, st.label_font, "rm")
    _double_frame(q, LEFT, o_top, RIGHT, o_top + h_op)
    q.text(LEFT, o_top + h_op + 8, "填表说明：本表一式二份，由申请人如实填写，基层工会核实后报上级工会。", 2.6, st.label_font)
    q.text(RIGHT, 290, "（第二页）", 2.6, st.label_font, "rm")
    _copied((p, q), rng, 0.45)
    first = list(dict.fromkeys(printed))
    second = [k for k in dict.fromkeys([*HZ_ALWAYS]) if k not in first]
    return _document(hh, [p, q], [first, second], members, sealed, 1, HZ_TITLE, "杭州/轮换13")


# ---------------------------------------------------------------------------------------------------------
# 河北/轮换13
HB_MEMBER_COLS: list[Col] = [
    ("序号", None, 0.35), ("姓名", "姓名", 0.8), ("性别", "性别", 0.35), ("出生日期", "出生日期", 0.95),
    ("与申请人关系", "关系", 0.7), ("身份证号", "身份证号", 1.75), ("政治面貌", "政治面貌", 0.7),
    ("就业（就学）状况", "人员身份", 0.7), ("月收入", "月收入", 0.6), ("工作或学习单位", "单位或学校", 1.6),
]
# a blank of a line: (label, record key, room weight)
Blank = tuple[str, str, float]


def _blank_line(p: Page, f: Fill, record: dict[str, Any], y: float, blanks: Sequence[Blank], x0: float = LEFT,
                x1: float = RIGHT, size: float = 3.0) -> list[str]:
    """「label：……value……」 across a line of the sheet, each value on a dotted rule; returns the keys."""
    st = f.st
    gap = 3.0
    labels = [text_width(label + "：", size, st.label_font) for label, _, _ in blanks]
    room = x1 - x0 - sum(labels) - gap * (len(blanks) - 1)
    total = sum(wt for _, _, wt in blanks)
    x = x0
    for (label, key, wt), lw in zip(blanks, labels, strict=True):
        p.text(x, y, label + "：", size, st.label_font)
        a = x + lw
        b = a + room * wt / total
        _dotted(p, a, b, y + 2.3)
        _put(_cell(f, record, key), a, y - 3.9, b, y + 2.1)
        x = b + gap
    return [key for _, key, _ in blanks]


@layout("建档申请表/河北", "河北/轮换13")
def form_hebei_dotted_lines(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    st = _typeset(st, rng, ("serif", "hei", "heimono"))
    p, f = new_page(st)
    p.text(LEFT, 11, "附件2", 3.0, "hei")
    p.text(p.w / 2, 20, HB_TITLE, 6.2, "bold", "mm")
    p.text(LEFT, 31, "填报单位（盖章）：", 3.0, st.label_font)
    p.text(LEFT + text_width("填报单位（盖章）：", 3.0, st.label_font), 30.4, str(r["单位"] or ""), 3.3, st.value_font,
           color=st.color)
    p.text(RIGHT, 31, "填报时间：" + st.date(hh.created.isoformat()), 2.9, st.label_font, "rm")
    p.line(LEFT, 35, RIGHT, 35, 0.8)
    p.line(LEFT, 36, RIGHT, 36, 0.25)

    y = 44.0
    p.text(LEFT, y, "一、申请人基本信息", 3.4, "hei")
    y += 10
    lines: list[list[Blank]] = [
        [("姓名", "姓名", 1.2), ("性别", "性别", 0.5), ("民族", "民族", 0.7), ("出生日期", "出生日期", 1.2)],
        [("公民身份号码", "身份证号", 2.4), ("政治面貌", "政治面貌", 1.0)],
        [("健康状况", "健康状况", 1.2), ("就业状态", "工作状态", 1.0), ("联系电话", "手机号码", 1.4)],
        [("工作单位", "工作单位", 1.0)],
        [("户籍所在地", "户口所在地行政区划", 1.0)],
        [("现住址", "家庭住址", 1.0)],
    ]
    printed = ["单位"]
    for blanks in lines:
        printed += _blank_line(p, f, r, y, blanks)
        y += 10
    p.text(LEFT, y, "婚姻状况：", 3.0, st.label_font)
    _put(marks(f, MARITAL, ticked_of(r["婚姻状况"]), "textbox", 3.0), LEFT + text_width("婚姻状况：", 3.0, st.label_font),
         y - 4, RIGHT, y + 4)
    printed.append("婚姻状况")
    y += 14
    p.text(LEFT, y, "二、家庭收入及支出", 3.4, "hei")
    y += 10
    printed += _blank_line(p, f, r, y, [("家庭人口（人）", "家庭人口", 0.6), ("本人月均收入（元）", "本人月平均收入", 1.0)])
    y += 10
    printed += _blank_line(p, f, r, y, [("家庭年非薪资收入（元）", "家庭其他非薪资年收入", 1.0),
                                        ("家庭年收入（元）", "家庭年度总收入", 1.0)])
    y += 10
    med, edu, other = hebei_split(hh)
    total = r["年度必要支出"]
    p.text(LEFT, y, "家庭年必要支出：", 3.0, st.label_font)
    x = LEFT + text_width("家庭年必要支出：", 3.0, st.label_font)
    _dotted(p, x, x + 30, y + 2.3)
    _put(_cell(f, r, "年度必要支出"), x, y - 3.9, x + 30, y + 2.1)
    x += 31
    p.text(x, y, "元，其中", 3.0, st.label_font)
    x += text_width("元，其中", 3.0, st.label_font) + 2
    for word, n in (("医疗", med), ("教育", edu), ("其他", other)):
        p.text(x, y, word, 3.0, st.label_font)
        x += text_width(word, 3.0, st.label_font)
        _dotted(p, x, x + 17, y + 2.3)
        _put(value(f, None if total is None else n, "年度必要支出"), x, y - 3.9, x + 17, y + 2.1)
        x += 18
    p.text(x, y, "元", 3.0, st.label_font)
    printed.append("年度必要支出")
    y += 14
    p.text(LEFT, y, "三、家庭成员情况", 3.4, "hei")
    slots = _slots(hh, rng)
    row_h = 9.5 if len(slots) > 4 else 10.5
    y = _three_line_table(p, f, LEFT, RIGHT, y + 4, HB_MEMBER_COLS, slots, 9.0, row_h)
    members = _truth(hh.members, [key for _, key, _ in HB_MEMBER_COLS])
    p.members = list(members)
    p.text(p.w / 2, 289, "第 1 页", 2.7, st.label_font, "mm")

    q = Page(p.w, p.h)
    fq = f.on(q)
    q.text(LEFT, 18, "四、申报类别", 3.4, "hei")
    _put(marks(fq, HB_CATEGORIES, ticked_of(r["困难类别"]), "textbox", 3.0), LEFT + 30, 14, RIGHT, 22)
    q.text(LEFT, 30, "五、主要致困原因（单选，在□内打“√”）", 3.4, "hei")
    _put(marks(fq, HB_CAUSES, ticked_of(r["主要致困原因"]), "textbox", 2.9), LEFT, 33, RIGHT, 52)
    q.text(LEFT, 60, "六、家庭困难情况说明", 3.4, "hei")
    q.line(LEFT, 64, RIGHT, 64, 0.6)
    _lined_text(q, st, LEFT, 64, RIGHT, 112, str(r["困难情况说明"] or ""), 8.0)
    q.line(LEFT, 112, RIGHT, 112, 0.6)
    q.fit(LEFT, 118, RIGHT, 132, "本人郑重承诺：以上申报内容及所附材料真实、准确，如有弄虚作假，本人自愿退回帮扶资金，并承担相应责任。",
          3.0, st.label_font, "left", pad=0)
    _signature_over(q, st, LEFT + 92, 142, "申请人（签名并按手印）", "：", r["姓名"], across=False)
    day = hh.created + timedelta(days=rng.randrange(3, 10))
    y = 156.0
    q.line(LEFT, y, RIGHT, y, 0.6)
    q.text(LEFT, y + 7, "基层工会意见：", 3.2, "hei")
    q.text(LEFT + 8, y + 16, "经核查，申报情况属实，已公示无异议，同意申报。", 3.2, st.value_font, color=_hand(st))
    q.text(RIGHT - 62, y + 32, "（盖章）", 3.0, st.label_font)
    q.text(RIGHT - 62, y + 40, st.date(day.isoformat()), 3.2, st.value_font, color=_hand(st))
    if sealed:
        _seal_on(q, st, RIGHT - 46, y + 32, f"{hh.unit.name}工会委员会", "", 16)
    y += 50
    q.line(LEFT, y, RIGHT, y, 0.3)
    q.text(LEFT, y + 7, "县（市、区）总工会审核意见：", 3.2, "hei")
    q.text(RIGHT - 62, y + 32, "（盖章）", 3.0, st.label_font)
    q.text(RIGHT - 62, y + 40, "年　　月　　日", 3.0, st.label_font)
    y += 50
    q.line(LEFT, y, RIGHT, y, 0.6)
    q.text(p.w / 2, 289, "第 2 页", 2.7, st.label_font, "mm")
    _copied((p, q), rng, 0.4)
    first = list(dict.fromkeys(printed))
    second = [k for k in dict.fromkeys([*HB_ALWAYS, "困难类别", "主要致困原因", "困难情况说明"]) if k not in first]
    return _document(hh, [p, q], [first, second], members, sealed, 1, HB_TITLE, "河北/轮换13")


# ---------------------------------------------------------------------------------------------------------
# 湖南/轮换13
HN_MEMBER_COLS: list[Col] = [
    ("姓　名", "姓名", 0.85), ("关系", "关系", 0.5), ("性别", "性别", 0.38), ("年龄", "年龄", 0.38),
    ("身份证号码", "身份证号", 1.85), ("健康状况", "健康状况", 0.6), ("从业状况", "人员身份", 0.6),
    ("月收入（元）", "月收入", 0.65), ("工作（就读）单位", "单位或学校", 1.5),
]


@layout("建档申请表/湖南", "湖南/轮换13")
def form_hunan_inline_double_ruled(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    st = _typeset(st, rng, ("sans", "hei", "serif"))
    p, f = new_page(st)
    record = _dibao_worded(r)
    p.text(p.w / 2, 15, HN_TITLE, 5.6, "serifbold" if st.label_font == "serif" else "bold", "mm")
    p.text(LEFT, 25, "单位（盖章）：", 2.9, st.label_font)
    p.text(LEFT + text_width("单位（盖章）：", 2.9, st.label_font), 24.5, str(r["单位"] or ""), 3.2, st.value_font,
           color=st.color)
    p.text(RIGHT, 25, "档案号：" + str(r["职工编号"] or ""), 2.8, st.label_font, "rm")

    def at(label: str, key: str) -> Cell:
        return inline(f, label, _cell(f, record, key))

    g = RuledGrid(p, st, LEFT, 29, RIGHT - LEFT, 0.22)
    top = g.y
    h = 8.5
    g.row([(1.1, at("姓名", "姓名")), (0.7, at("性别", "性别")), (0.7, at("年龄", "年龄")), (0.8, at("民族", "民族"))], h)
    g.row([(2.0, at("身份证号", "身份证号")), (1.3, at("政治面貌", "政治面貌"))], h)
    g.row([(2.0, at("工作单位", "工作单位")), (1.3, at("在岗状况", "工作状态"))], h)
    g.row([(2.0, at("家庭住址", "家庭住址")), (1.3, at("联系电话", "手机号码"))], h)
    g.row([(1.0, at("家庭人口", "家庭人口")), (1.2, at("本人月收入", "本人月平均收入")),
           (1.3, at("家庭年总收入", "家庭年度总收入"))], h)
    g.row([(1.3, at("家庭月人均收入", "家庭月人均收入")),
           (2.0, inline(f, "是否享受低保", choice(f, DIBAO, ticked_of(record["有无低保"]), 2.8)))], h)
    g.row([(1.0, inline(f, "致困原因", choice(f, HUNAN_CAUSES, ticked_of(record["主要致困原因"]), 2.8)))], h)
    p.line(LEFT, g.y + 0.6, RIGHT, g.y + 0.6, 0.22)  # a double rule parts the applicant from the family
    g.y += 0.6
    printed = ["单位", "职工编号", "姓名", "性别", "年龄", "民族", "身份证号", "政治面貌", "工作单位", "工作状态",
               "家庭住址", "手机号码", "家庭人口", "本人月平均收入", "家庭年度总收入", "家庭月人均收入", "有无低保",
               "主要致困原因"]

    slots = _slots(hh, rng)
    side = 8.0
    m_top = g.y
    mg = RuledGrid(p, st, LEFT + side, g.y, RIGHT - LEFT - side, 0.22)
    mg.row([(wt, L(label)) for label, _, wt in HN_MEMBER_COLS], 8.0, 2.5)
    row_h = 8.0 if len(slots) > 4 else 9.0
    for member in slots:
        mg.row([(wt, _member(f, member, key)) for _, key, wt in HN_MEMBER_COLS], row_h, 2.7)
    p.rect(LEFT, m_top, LEFT + side, mg.y, 0.22)
    _put(_column_label(p, st, "家庭成员"), LEFT, m_top, LEFT + side, mg.y)
    members = _truth(hh.members, [key for _, key, _ in HN_MEMBER_COLS])
    p.members = list(members)
    y = mg.y + 0.6
    p.line(LEFT, mg.y + 0.6, RIGHT, mg.y + 0.6, 0.22)

    h_story = max(26.0, min(36.0, 196 - y))
    p.rect(LEFT, y, LEFT + side, y + h_story, 0.22)
    _put(_column_label(p, st, "困难情况"), LEFT, y, LEFT + side, y + h_story)
    p.rect(LEFT + side, y, RIGHT, y + h_story, 0.22)
    _free(p, st, str(r["困难情况说明"] or ""), 3.1)(LEFT + side, y, RIGHT, y + h_story - 9)
    _signature_over(p, st, RIGHT - 70, y + h_story - 4, "申请人", "（签字）：", r["姓名"], across=False)
    y += h_story

    day = hh.created + timedelta(days=rng.randrange(2, 8))
    h_op = 34.0
    p.rect(LEFT, y, LEFT + side, y + h_op, 0.22)
    _put(_column_label(p, st, "工会意见"), LEFT, y, LEFT + side, y + h_op)
    p.rect(LEFT + side, y, RIGHT, y + h_op, 0.22)
    p.text(LEFT + side + 3, y + 6, "经调查核实，情况属实，同意建档。", 3.0, st.value_font, color=_hand(st))
    p.text(LEFT + side + 3, y + 13, "建档级别：", 2.9, st.label_font)
    _put(choice(f, HN_CATEGORIES, ticked_of(r["困难类别"]), 2.8), LEFT + side + 3
         + text_width("建档级别：", 2.9, st.label_font), y + 9, RIGHT - 4, y + 17)
    _rule_line(p, st, LEFT + side + 3, y + h_op - 14, "经办人：", r["建档人"], 28)
    _rule_line(p, st, LEFT + side + 3, y + h_op - 6, "负责人：", r["审核人"], 28)
    p.text(RIGHT - 4, y + h_op - 14, "单位工会（章）", 2.9, st.label_font, "rm")
    p.text(RIGHT - 4, y + h_op - 6, cn_numeral_date(day), 3.0, st.value_font, "rm", _hand(st))
    if sealed:
        _seal_on(p, st, RIGHT - 26, y + h_op - 16, f"{hh.unit.name}工会委员会", "", 15)
    y += h_op
    h_up = 26.0
    p.rect(LEFT, y, LEFT + side, y + h_up, 0.22)
    _put(_column_label(p, st, "审批意见"), LEFT, y, LEFT + side, y + h_up)
    p.rect(LEFT + side, y, RIGHT, y + h_up, 0.22)
    p.text(RIGHT - 4, y + h_up - 12, "县级以上工会（章）", 2.9, st.label_font, "rm")
    p.text(RIGHT - 4, y + h_up - 5, "年　月　日", 2.9, st.label_font, "rm")
    y += h_up
    _double_frame(p, LEFT, top, RIGHT, y)
    p.text(LEFT, min(y + 7, 289), "说明：家庭成员栏不够填写的可另附页；低保户须附低保证复印件。", 2.5, st.label_font)
    if rng.random() < 0.4:  # a phone photo of the sheet: the paper greyish-cool
        p.paper = (rng.randrange(222, 240), rng.randrange(226, 242), rng.randrange(228, 246))
    keys = list(dict.fromkeys([*printed, *HN_ALWAYS]))
    return _document(hh, [p], [keys], members, sealed, 0, HN_TITLE, "湖南/轮换13")


# ---------------------------------------------------------------------------------------------------------
# 全国/轮换13
NATIONAL_TITLE = "困难职工档案表"
YN = ("是", "否")
# (label, record key, weight of the value); a label's cell weighs 0.9
Pair = tuple[str, str, float]
NATIONAL_ROWS: list[list[Pair]] = [
    [("姓名", "姓名", 1.1), ("性别", "性别", 0.5), ("民族", "民族", 0.7), ("年龄", "年龄", 0.5)],
    [("身份证号", "身份证号", 2.4), ("出生日期", "出生日期", 1.2)],
    [("政治面貌", "政治面貌", 1.0), ("婚姻状况", "婚姻状况", 0.8), ("是否单亲", "是否单亲", 0.9)],
    [("健康状况", "健康状况", 0.9), ("疾病或残疾类别", "疾病/残疾类别", 1.1), ("劳模类型", "劳模类型", 1.0)],
    [("户口类型", "户口类型", 0.8), ("户口所在地", "户口所在地行政区划", 2.5)],
    [("家庭住址", "家庭住址", 2.4), ("邮政编码", "邮政编码", 0.8)],
    [("手机号码", "手机号码", 1.2), ("其他联系方式", "其他联系方式", 1.2), ("职工类别", "是否农民工", 1.2)],
    [("工作单位", "工作单位", 2.4), ("单位性质", "单位性质", 0.9)],
    [("企业状况", "企业状况", 0.9), ("所属行业", "所属行业", 1.2), ("工作状态", "工作状态", 0.9)],
    [("参加工作时间", "工作时间", 1.0), ("劳动合同签订时间", "劳动合同签订时间", 1.0), ("合同期限", "合同期限", 1.3)],
    [("住房类型", "住房类型", 1.0), ("建筑面积（平方米）", "建筑面积", 0.6), ("医保状况", "医保状况", 1.5)],
    [("家庭人口", "家庭人口", 0.5), ("本人月平均收入（元）", "本人月平均收入", 0.8),
     ("家庭其他非薪资年收入（元）", "家庭其他非薪资年收入", 0.8)],
    [("家庭年度总收入（元）", "家庭年度总收入", 0.8), ("家庭月人均收入（元）", "家庭月人均收入", 0.8),
     ("年度必要支出（元）", "年度必要支出", 0.8)],
    [("是否零就业家庭", "是否为零就业家庭", 0.9), ("是否有一定自救能力", "是否有一定自救能力", 0.9),
     ("困难类别", "困难类别", 1.0)],
    [("档案类型", "档案类型", 1.0), ("建档标准", "建档标准", 1.0), ("职工编号", "职工编号", 1.6)],
    [("开户银行", "开户银行", 1.0), ("支行名称", "支行名称", 1.2), ("银行卡号", "银行卡号", 1.9)],
]
YN_KEYS = {"是否单亲", "是否为零就业家庭", "是否有一定自救能力"}
NATIONAL_MEMBER_COLS: list[Col] = [
    ("序号", None, 0.35), ("身份证号", "身份证号", 2.0), ("姓名", "姓名", 0.85), ("与本人关系", "关系", 0.6),
    ("性别", "性别", 0.38), ("出生日期", "出生日期", 1.25), ("政治面貌", "政治面貌", 0.7), ("健康状况", "健康状况", 0.55),
    ("医保状况", "医保状况", 0.95), ("人员身份", "人员身份", 0.6), ("月收入", "月收入", 0.6),
    ("工作单位或就读学校", "单位或学校", 1.5),
]


def _national_pairs(g: RuledGrid, f: Fill, record: dict[str, Any], rows: Sequence[Sequence[Pair]],
                    h: float) -> list[str]:
    keys: list[str] = []
    for pairs in rows:
        cells: list[tuple[float, Cell]] = []
        for label, key, wt in pairs:
            cells.append((0.9, L(label)))
            v = record[key]
            if key == "是否农民工":
                cell = choice(f, ("职工", "农民工"), set() if v is None else {"农民工" if v else "职工"}, 2.6)
            elif key in YN_KEYS:
                cell = marks(f, YN, ticked_of(v), "paren", 2.6)
            else:
                cell = _cell(f, record, key)
            cells.append((wt, cell))
            keys.append(key)
        g.row(cells, h, 2.5)
    return keys


@layout("建档申请表/全国", "全国/轮换13")
def form_national_portrait_pairs(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    st = _typeset(st, rng, ("heimono", "sans", "serif"))
    p, f = new_page(st)
    p.text(p.w / 2, 15, NATIONAL_TITLE, 5.8, "serifbold", "mm")
    p.text(LEFT, 25, "建档单位：", 2.9, st.label_font)
    p.text(LEFT + text_width("建档单位：", 2.9, st.label_font), 24.5, str(r["单位"] or ""), 3.2, st.value_font,
           color=st.color)
    p.text(RIGHT, 25, "填表时间：" + st.date(hh.created.isoformat()), 2.9, st.label_font, "rm")
    g = RuledGrid(p, st, LEFT, 29, RIGHT - LEFT, 0.2)
    top = g.y
    printed = ["单位"]
    printed += _national_pairs(g, f, r, NATIONAL_ROWS, 9.5)
    causes = CAUSES_BY_CODE
    g.row([(0.9, L("主要致困原因（限一项）")), (6.0, marks(f, causes, ticked_of(r["主要致困原因"]), "dot", 2.5))], 15.0, 2.5)
    g.row([(0.9, L("次要致困原因（可多项）")), (6.0, marks(f, causes, ticked_of(r["次要致困原因"]), "dot", 2.5))], 15.0, 2.5)
    _double_frame(p, LEFT, top, RIGHT, g.y)
    printed += ["主要致困原因", "次要致困原因"]
    p.text(LEFT, min(g.y + 7, 284), "注：选项类栏目在所选项前○内涂黑或在括号内打“√”。", 2.5, st.label_font)
    p.text(p.w / 2, 290, "— 1 —", 2.6, st.label_font, "mm")

    s = Page(p.w, p.h)
    fs = f.on(s)
    s.text(LEFT, 15, "一、家庭成员基本情况", 3.4, "hei")
    slots = _slots(hh, rng)
    mg = RuledGrid(s, st, LEFT, 19, RIGHT - LEFT, 0.2)
    m_top = mg.y
    mg.row([(wt, L(label)) for label, _, wt in NATIONAL_MEMBER_COLS], 10.0, 2.3)
    row_h = 9.0 if len(slots) > 4 else 10.0
    for i, member in enumerate(slots):
        mg.row([(NATIONAL_MEMBER_COLS[0][2], L(str(i + 1))),
                *((wt, _member(fs, member, key)) for _, key, wt in NATIONAL_MEMBER_COLS[1:])], row_h, 2.6)
    _double_frame(s, LEFT, m_top, RIGHT, mg.y)
    members = _truth(hh.members, [key for _, key, _ in NATIONAL_MEMBER_COLS])
    s.members = list(members)

    y = mg.y + 12
    s.text(LEFT, y - 4, "二、帮扶立卡情况", 3.4, "hei")
    k = RuledGrid(s, st, LEFT, y, RIGHT - LEFT, 0.2)
    k_top = k.y
    k.row([(1.3, L("解困脱困对象")), (1.1, marks(fs, YN, ticked_of(r["解困脱困对象"]), "paren", 2.6)),
           (0.9, L("立卡时间")), (1.3, _cell(fs, r, "立卡时间"))], 9.0, 2.6)
    k.row([(1.3, L("帮扶单位")), (2.0, _cell(fs, r, "帮扶单位")), (0.9, L("帮扶人")), (1.0, _cell(fs, r, "帮扶联系人"))],
          9.0, 2.6)
    k.row([(1.3, L("五类重点群体")), (3.9, value(fs, r["五类重点群体"], "五类重点群体", "left"))], 9.0, 2.6)
    k.row([(1.3, L("“四个一批”措施")), (3.9, value(fs, r["四个一批措施"], "四个一批措施", "left"))], 10.0, 2.6)
    k.row([(1.3, L("七个行动计划")), (3.9, value(fs, r["七个行动计划"], "七个行动计划", "left"))], 13.0, 2.6)
    k.row([(1.3, L("备注")), (3.9, value(fs, r["备注"], "备注", "left"))], 10.0, 2.6)
    _double_frame(s, LEFT, k_top, RIGHT, k.y)
    later = ["解困脱困对象", "立卡时间", "帮扶单位", "帮扶联系人", "五类重点群体", "四个一批措施", "七个行动计划", "备注"]
    y = k.y + 14
    _signature_over(s, st, LEFT, y, "本人签名", "：", r["姓名"], across=False)
    _rule_line(s, st, LEFT + 62, y, "建档人：", r["建档人"], 24)
    _rule_line(s, st, LEFT + 118, y, "审核人：", r["审核人"], 24)
    _rule_line(s, st, LEFT, y + 11, "录入人：", r["录入人"], 24)
    later += ["建档人", "审核人", "录入人"]
    s.text(RIGHT - 56, y + 24, "建档工会（盖章）", 3.0, st.label_font)
    s.text(RIGHT - 56, y + 32, cn_numeral_date(hh.created), 3.1, st.value_font, color=_hand(st))
    if sealed:
        _seal_on(s, st, RIGHT - 38, y + 26, f"{hh.unit.name}工会委员会", "", 16)
    s.text(p.w / 2, 290, "— 2 —", 2.6, st.label_font, "mm")
    _copied((p, s), rng, 0.55)
    first = list(dict.fromkeys(printed))
    return _document(hh, [p, s], [first, list(dict.fromkeys(later))], members, sealed, 1, NATIONAL_TITLE,
                     "全国/轮换13")

