"""Printings of the four application forms added with rotation 11, held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from the seeds and REAL-DOCUMENTS.md with the parts of ``forms_draw`` and of the earlier rotations;
labels as the seeds word them (and the synonyms and older wordings real printings use).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

# forms registers each kind's first printing and the printings of rotations 1 to 10 before these
from dangan.synth import forms, forms_rotation10  # noqa: F401
from dangan.synth.canvas import BLACK, Page, text_width
from dangan.synth.forms_draw import (
    Fill,
    _ring,
    below,
    choice,
    digit_boxes,
    hebei_split,
    inline,
    new_page,
    ticked_of,
    value,
)
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
from dangan.synth.forms_rotation4 import GREY, RuledGrid, _put, marks, shaded
from dangan.synth.forms_rotation5 import one_line
from dangan.synth.forms_rotation8 import _rule_line, _slots, _truth
from dangan.synth.forms_rotation9 import _member_cell
from dangan.synth.households import HUNAN_CAUSES, Household
from dangan.synth.layouts import layout
from dangan.synth.render import LABEL_SIZE, Cell, Document, Grid, L, Style, _free, _seal_on

LEFT, RIGHT = 14.0, 196.0  # the table's edges on a portrait sheet
CN_DIGITS = "〇一二三四五六七八九"


def _cell(f: Fill, record: dict[str, Any], key: str) -> Cell:
    """A record value in its cell; an ID number kept on one line."""
    if key == "身份证号":
        return one_line(f, record[key])
    return value(f, record[key], key)


def _cn_number(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def cn_numeral_date(d: date) -> str:
    """A date as an official opinion writes it out: 二〇二六年三月五日."""
    return "".join(CN_DIGITS[int(c)] for c in str(d.year)) + f"年{_cn_number(d.month)}月{_cn_number(d.day)}日"


def _barcode(p: Page, rng: random.Random, x: float, y: float, w: float, h: float) -> None:
    """A printed bar code (a system's or a print shop's), bars of random widths."""
    cx = x
    while cx < x + w - 0.8:
        bar = rng.choice((0.25, 0.25, 0.5, 0.75))
        p.rect(cx, y, cx + bar, y + h, 0.05, BLACK, fill=BLACK)
        cx += bar + rng.choice((0.25, 0.5, 0.5, 0.75))


def _qr(p: Page, rng: random.Random, x: float, y: float, size: float) -> None:
    """A QR code: three finder squares and random modules."""
    n = 21
    cell = size / n
    finders = ((0, 0), (0, n - 7), (n - 7, 0))
    for i in range(n):
        for j in range(n):
            if any(fi <= i < fi + 7 and fj <= j < fj + 7 for fi, fj in finders):
                continue
            if rng.random() < 0.5:
                p.rect(x + j * cell, y + i * cell, x + (j + 1) * cell, y + (i + 1) * cell, 0.01, BLACK, fill=BLACK)
    for fi, fj in finders:
        fx, fy = x + fj * cell, y + fi * cell
        p.rect(fx, fy, fx + 7 * cell, fy + 7 * cell, 0.01, BLACK, fill=BLACK)
        p.rect(fx + cell, fy + cell, fx + 6 * cell, fy + 6 * cell, 0.01, (255, 255, 255), fill=(255, 255, 255))
        p.rect(fx + 2 * cell, fy + 2 * cell, fx + 5 * cell, fy + 5 * cell, 0.01, BLACK, fill=BLACK)


class OpenGrid(Grid):
    """Rows parted by horizontal rules only: no vertical rule anywhere, labels flush left in their room."""

    def __init__(self, page: Page, st: Style, x: float, y: float, w: float, lw: float = 0.2) -> None:
        super().__init__(page, st, x, y, w)
        self.lw = lw

    def row(self, cells: list[tuple[float, Cell]], h: float, label_size: float = LABEL_SIZE,
            rule: float | None = None) -> None:
        total = sum(wt for wt, _ in cells)
        x = self.x
        for wt, cell in cells:
            cw = self.w * wt / total
            if isinstance(cell, L):
                self.page.fit(x, self.y, x + cw, self.y + h, cell.text, label_size, self.st.label_font, "left",
                              pad=1.0)
            elif callable(cell):
                cell(x, self.y, x + cw, self.y + h)
            x += cw
        self.y += h
        lw = self.lw if rule is None else rule
        if lw > 0:
            self.page.line(self.x, self.y, self.x + self.w, self.y, lw)


def _signature_over(p: Page, st: Style, x: float, y: float, label: str, bracket: str, name: Any,
                    across: bool = True) -> float:
    """「label（签字）」 with the name written by hand across the printed bracket (``across``) or starting on its
    closing colon; returns the x after it."""
    p.text(x, y, label + bracket, 3.0, st.label_font)
    at = x + text_width(label if across else label + bracket, 3.0, st.label_font) + (1.0 if across else -2.0)
    p.text(at, y - 0.8, str(name or ""), 4.6, "kai", color=st.color if st.hand else (25, 40, 120))
    return x + text_width(label + bracket, 3.0, st.label_font) + 14


# ---------------------------------------------------------------------------------------------------------
# 杭州/轮换11
HZ_MARITAL = ("未婚", "已婚", "离异", "丧偶")
HZ_HUKOU = ("非农业", "农业")
HZ_MEMBER_COLS: list[tuple[str, str | None, float]] = [
    ("序号", None, 0.4), ("姓　名", "姓名", 0.9), ("与本人关系", "关系", 0.8), ("出生日期", "出生日期", 1.1),
    ("公民身份证号码", "身份证号", 2.1), ("月收入（元）", "月收入", 0.8), ("工作单位或就读学校", "单位或学校", 1.9),
]


@layout("建档申请表/杭州", "杭州/轮换11")
def form_hangzhou_open_rows(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    p.text(LEFT, 11, "附件1", 3.0, st.label_font)
    _barcode(p, rng, RIGHT - 48, 6, 46, 6.5)
    p.text(RIGHT, 16, "档案编号：" + str(r["职工编号"] or ""), 2.7, "sans", "rm")
    p.text(p.w / 2, 25, HZ_TITLE, 5.4, "serifbold", "mm")
    migrant = set() if r["是否农民工"] is None else {"农民工" if r["是否农民工"] else "职工"}
    _put(choice(f, ("职工", "农民工"), migrant, 3.1, box_first=False), p.w / 2 - 20, 29, p.w / 2 + 30, 36)
    _rule_line(p, st, LEFT, 42, "申请人所在单位工会：", r["单位"], 84)
    if sealed:
        _seal_on(p, st, 112, 41, f"{hh.unit.name}工会委员会", "", 15)

    def v(key: str) -> Cell:
        return _cell(f, r, key)

    def opts(options: Sequence[str], key: str) -> Cell:
        return choice(f, options, ticked_of(r[key]), 2.8, box_first=False)

    p.line(LEFT, 48, RIGHT, 48, 0.6)
    g = OpenGrid(p, st, LEFT, 48, RIGHT - LEFT)
    h = 8.0
    g.row([(0.9, L("姓　　名：")), (1.1, v("姓名")), (0.9, L("性　　别：")), (0.5, v("性别")), (0.9, L("民　　族：")),
           (0.7, v("民族")), (0.9, L("出生日期：")), (1.2, v("出生日期"))], h, 2.8)
    g.row([(1.3, L("公民身份证号码：")), (2.9, v("身份证号")), (0.9, L("政治面貌：")), (1.1, v("政治面貌"))], h, 2.8)
    g.row([(0.9, L("婚姻状况：")), (2.5, opts(HZ_MARITAL, "婚姻状况")), (0.9, L("身体状况：")), (1.7, v("健康状况"))],
          h, 2.8)
    g.row([(0.9, L("户口性质：")), (1.4, opts(HZ_HUKOU, "户口类型")), (1.0, L("户籍所在地：")),
           (2.7, v("户口所在地行政区划"))], h, 2.8)
    g.row([(0.9, L("工作状态：")), (0.9, v("工作状态")), (1.1, L("参加工作时间：")), (1.1, v("工作时间")),
           (0.9, L("联系电话：")), (1.2, v("手机号码"))], h, 2.8)
    g.row([(0.9, L("家庭住址：")), (3.2, v("家庭住址")), (0.9, L("住房情况：")), (1.0, v("住房类型"))], h, 2.8)
    g.row([(0.9, L("医疗保险：")), (1.6, v("医保状况")), (0.9, L("劳模情况：")), (1.0, v("劳模类型")),
           (0.9, L("家庭人口：")), (0.7, v("家庭人口"))], h, 2.8)
    g.row([(1.3, L("本人月收入（元）：")), (0.9, v("本人月平均收入")), (1.6, L("家庭其他年收入（元）：")),
           (0.9, v("家庭其他非薪资年收入")), (1.4, L("因困总支出（元）：")), (0.9, v("年度必要支出"))], h, 2.6)
    g.row([(1.6, L("是否有一定自救能力：")), (1.4, opts(YES_NO, "是否有一定自救能力")), (1.4, L("是否零就业家庭：")),
           (1.6, opts(YES_NO, "是否为零就业家庭"))], h, 2.8, rule=0.6)
    printed = ["姓名", "性别", "民族", "出生日期", "身份证号", "政治面貌", "婚姻状况", "健康状况", "户口类型",
               "户口所在地行政区划", "工作状态", "工作时间", "手机号码", "家庭住址", "住房类型", "医保状况", "劳模类型",
               "家庭人口", "本人月平均收入", "家庭其他非薪资年收入", "年度必要支出", "是否有一定自救能力", "是否为零就业家庭"]

    # the members as a three-line table: a heavy rule over the header, a thin one under it, a heavy one at the end
    y = g.y + 6
    p.text(LEFT, y, "家庭成员情况（不含申请人本人）", 3.1, "bold" if st.label_font != "serif" else "serifbold")
    m = OpenGrid(p, st, LEFT, y + 3.5, RIGHT - LEFT, 0.0)
    p.line(LEFT, m.y, RIGHT, m.y, 0.7)
    slots = _slots(hh, rng)
    m.row([(wt, L(label)) for label, _, wt in HZ_MEMBER_COLS], 7.0, 2.6, rule=0.3)
    row_h = 7.0 if len(slots) > 4 else 7.6
    for i, member in enumerate(slots):
        m.row([(HZ_MEMBER_COLS[0][2], L(str(i + 1))),
               *((wt, _member_cell(f, member, key)) for _, key, wt in HZ_MEMBER_COLS[1:])], row_h, 2.7, rule=0.0)
    p.line(LEFT, m.y, RIGHT, m.y, 0.7)
    members = _truth(hh.members, [key for _, key, _ in HZ_MEMBER_COLS])
    p.members = list(members)

    c = OpenGrid(p, st, LEFT, m.y + 2, RIGHT - LEFT)
    c.row([(1.0, L("主要致困原因（限选1项）："))], 5.5, 2.8, rule=0.0)
    c.row([(1.0, choice(f, HZ_CAUSES, ticked_of(r["主要致困原因"]), 2.8, box_first=False))], 8.0, 2.8)
    c.row([(1.0, L("次要致困原因（可多选，不超过3项）："))], 5.5, 2.8, rule=0.0)
    c.row([(1.0, choice(f, HZ_CAUSES, ticked_of(r["次要致困原因"]), 2.8, box_first=False))], 8.0, 2.8)
    c.row([(1.0, L("家庭困难情况简述："))], 5.5, 2.8, rule=0.0)
    c.row([(1.0, _free(p, st, str(r["困难情况说明"] or ""), 3.1))], max(14.0, min(20.0, 250 - c.y)))
    c.row([(0.7, L("开户银行：")), (1.2, v("开户银行")), (0.5, L("支行：")), (1.3, v("支行名称")), (0.5, L("卡号：")),
           (2.0, value(f, _grouped(r["银行卡号"]), "银行卡号"))], 8.0, 2.8)
    c.row([(0.9, L("困难类型：")), (5.1, choice(f, HZ_CATEGORIES, ticked_of(r["困难类别"]), 2.8, box_first=False))],
          8.5, 2.8, rule=0.6)
    printed += ["主要致困原因", "次要致困原因", "困难情况说明", "开户银行", "支行名称", "银行卡号", "困难类别"]

    y = c.y + 8
    x = _signature_over(p, st, LEFT, y, "申请人", "（签字）：", r["姓名"])
    p.text(x + 10, y, "申请日期：" + cn_numeral_date(hh.created), 3.0, st.label_font)
    y += 9
    x = _rule_line(p, st, LEFT, y, "经办人：", r["建档人"], 28)
    x = _rule_line(p, st, x + 6, y, "审核人：", r["审核人"], 28)
    p.text(x + 6, y, "单位工会主席：", 3.0, st.label_font)
    p.text(LEFT, min(y + 9, 280), "注：请在相应□内打“√”；本表一式两份，单位工会、区县（市）工会各存一份。", 2.5, st.label_font)
    p.text(LEFT, 288, "杭州市总工会 制", 2.5, st.label_font)
    p.text(RIGHT, 288, "第 1 页 共 1 页", 2.5, st.label_font, "rm")
    keys = list(dict.fromkeys(["职工编号", "单位", "是否农民工", *printed, *HZ_ALWAYS]))
    return _document(hh, [p], [keys], members, sealed, 0, HZ_TITLE, "杭州/轮换11")


def _grouped(card: Any) -> str | None:
    """A card number written in groups of four, as on the card."""
    if card is None:
        return None
    s = str(card)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------------------------------------------------
# 河北/轮换11
HB_MEMBER_COLS: list[tuple[str, str, float]] = [
    ("称谓", "关系", 0.6), ("姓名", "姓名", 0.85), ("身份证号码", "身份证号", 2.0), ("年龄", "年龄", 0.45),
    ("政治面貌", "政治面貌", 0.8), ("就业（就学）状况", "人员身份", 0.9), ("月收入（元）", "月收入", 0.8),
    ("工作或学习单位", "单位或学校", 1.7),
]


def _ringed(f: Fill, options: Sequence[str], ticked: set[str], size: float = 2.9) -> Cell:
    """Options printed bare, spaced across the cell; the chosen ones ringed by hand (「在所选项上画○」)."""

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        st = f.st
        gap = size * 1.6
        widths = [text_width(o, size, st.label_font) for o in options]
        lines: list[list[int]] = [[]]
        used = 0.0
        for i, w in enumerate(widths):
            if lines[-1] and used + w + gap > x1 - x0 - 3:
                lines.append([])
                used = 0.0
            lines[-1].append(i)
            used += w + gap
        step = min(size * 1.9, (y1 - y0 - 1) / len(lines))
        y = (y0 + y1) / 2 - (len(lines) - 1) * step / 2
        for line in lines:
            x = x0 + 2.0
            for i in line:
                f.p.text(x, y, options[i], size, st.label_font)
                if options[i] in ticked:
                    _ring(f.p, f, x, x + widths[i], y, size * 0.8)
                x += widths[i] + gap
            y += step

    return draw


def _money(st: Style, v: Any) -> str:
    text = st.money(v)
    return text if text.endswith("元") else text + "元"


@layout("建档申请表/河北", "河北/轮换11")
def form_hebei_header_rows(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    p.text(LEFT, 10, "附件2", 3.0, st.label_font)
    p.text(p.w / 2, 18, HB_TITLE, 6.0, "serifbold", "mm")
    p.text(LEFT, 27, "填报单位（盖章）：", 3.0, st.label_font)
    p.text(RIGHT, 27, f"填报日期：{hh.created.year}-{hh.created.month}-{hh.created.day}", 2.9, st.label_font, "rm")
    g = RuledGrid(p, st, LEFT, 31, RIGHT - LEFT, 0.25)
    top = g.y

    def heads(cells: Sequence[tuple[float, str]]) -> None:
        g.row([(wt, shaded(f, text, 2.6)) for wt, text in cells], 6.2)

    def v(key: str) -> Cell:
        return _cell(f, r, key)

    heads([(1.0, "姓  名"), (0.6, "性别"), (0.8, "民族"), (1.2, "出生日期"), (1.0, "政治面貌"), (0.8, "家庭人口（人）")])
    g.row([(1.0, v("姓名")), (0.6, v("性别")), (0.8, v("民族")), (1.2, v("出生日期")), (1.0, v("政治面貌")),
           (0.8, v("家庭人口"))], 9.0)
    heads([(3.0, "公民身份号码"), (2.0, "联系电话")])
    g.row([(3.0, digit_boxes(f, r["身份证号"], 18)), (2.0, digit_boxes(f, r["手机号码"], 11))], 9.5)
    heads([(2.6, "婚姻情况（在所选项上画○）"), (1.2, "健康状况"), (1.6, "工作单位")])
    g.row([(2.6, _ringed(f, MARITAL, ticked_of(r["婚姻状况"]))), (1.2, v("健康状况")), (1.6, v("工作单位"))], 9.0)
    heads([(1.0, "本人月平均收入（元/月）"), (1.0, "家庭非薪资收入（元/年）"), (1.6, "户籍地址")])
    g.row([(1.0, v("本人月平均收入")), (1.0, v("家庭其他非薪资年收入")), (1.6, v("户口所在地行政区划"))], 9.0)
    heads([(1.0, "现居住地")])
    g.row([(1.0, value(f, r["家庭住址"], "家庭住址", "left"))], 9.0)
    printed = ["姓名", "性别", "民族", "出生日期", "政治面貌", "家庭人口", "身份证号", "手机号码", "婚姻状况", "健康状况",
               "工作单位", "本人月平均收入", "家庭其他非薪资年收入", "户口所在地行政区划", "家庭住址"]
    g.row([(1.0, shaded(f, "申报类别", 2.8)), (4.2, _ringed(f, HB_CATEGORIES, ticked_of(r["困难类别"]), 3.0))], 9.0)
    g.row([(1.0, shaded(f, "致困原因", 2.8)), (4.2, _ringed(f, HB_CAUSES, ticked_of(r["主要致困原因"]), 2.8))], 13.0)
    med, edu, other = hebei_split(hh)
    spent = "" if r["年度必要支出"] is None else (
        f"医疗{_money(st, med)}，教育{_money(st, edu)}，其他{_money(st, other)}，合计{_money(st, r['年度必要支出'])}")
    g.row([(1.0, shaded(f, "家庭年必要支出", 2.8)), (4.2, _free(p, st, spent, 3.1))], 10.0)
    g.row([(1.0, shaded(f, "家庭困难情况", 2.8)), (4.2, _free(p, st, str(r["困难情况说明"] or ""), 3.1))], 24.0)
    g.frame(top, 0.8)
    printed += ["困难类别", "主要致困原因", "年度必要支出", "困难情况说明"]

    y = g.y + 7
    p.text(LEFT, y, "家庭成员情况", 3.3, "bold" if st.label_font != "serif" else "serifbold")
    slots = _slots(hh, rng)
    mg = RuledGrid(p, st, LEFT, y + 3.5, RIGHT - LEFT, 0.25)
    m_top = mg.y
    mg.row([(wt, shaded(f, label, 2.5)) for label, _, wt in HB_MEMBER_COLS], 8.0)
    row_h = 8.0 if len(slots) > 4 else 8.8
    for member in slots:
        mg.row([(wt, _member_cell(f, member, key)) for label, key, wt in HB_MEMBER_COLS], row_h)
    mg.frame(m_top, 0.8)
    members = _truth(hh.members, [key for _, key, _ in HB_MEMBER_COLS])
    p.members = list(members)
    p.text(p.w / 2, 289, "第1页/共2页", 2.6, st.label_font, "mm")

    q = Page(p.w, p.h)
    fq = f.on(q)
    k = RuledGrid(q, st, LEFT, 16, RIGHT - LEFT, 0.25)
    k_top = k.y

    def promise(x0: float, y0: float, x1: float, y1: float) -> None:
        q.fit(x0, y0 + 1, x1, y0 + 12, "本人郑重承诺：以上所填内容及所附材料真实有效，如有虚报、瞒报，自愿退出帮扶并承担相应责任。",
              3.0, st.label_font, "left", pad=2)
        _signature_over(q, st, x0 + 40, y1 - 5, "申请人", "（签名）：", r["姓名"])
        q.text(x1 - 4, y1 - 5, "年    月    日", 2.9, st.label_font, "rm")

    k.row([(0.9, shaded(fq, "申请人承诺", 2.8)), (4.3, promise)], 28)
    opinion_day = hh.created + timedelta(days=rng.randrange(2, 8))

    def unit(x0: float, y0: float, x1: float, y1: float) -> None:
        q.text(x0 + 3, y0 + 7, "经入户核实、民主评议并公示，情况属实，同意申报。", 3.2, st.value_font, color=st.color)
        q.text(x1 - 60, y1 - 13, "单位工会（盖章）", 3.0, st.label_font)
        q.text(x1 - 60, y1 - 6, cn_numeral_date(opinion_day), 3.2, st.value_font, color=st.color)
        if sealed:
            _seal_on(q, st, x1 - 42, y1 - 11, f"{hh.unit.name}工会委员会", "", 16)

    k.row([(0.9, shaded(fq, "基层工会意见", 2.8)), (4.3, unit)], 40)
    for head in ("县（市、区）工会意见", "市级工会审核意见"):
        k.row([(0.9, shaded(fq, head, 2.7)), (4.3, _free(q, st, " " * 60 + "（盖章）    年    月    日", 2.9))], 36)
    k.frame(k_top, 0.8)
    notes = ("填表说明：1．家庭人口指与申请人共同生活、有法定赡养（抚养、扶养）关系的人员；",
             "2．家庭非薪资收入指工资以外的各项收入；3．婚姻情况、申报类别、致困原因在所选项上画○；",
             "4．本表一式两份，报县级以上工会一份。")
    for i, line in enumerate(notes):
        q.text(LEFT, k.y + 8 + i * 5.5, line, 2.7, st.label_font)
    q.text(q.w / 2, 289, "第2页/共2页", 2.6, st.label_font, "mm")
    first = list(dict.fromkeys([*printed, *HB_ALWAYS]))
    return _document(hh, [p, q], [first, []], members, sealed, 1, HB_TITLE, "河北/轮换11")


# ---------------------------------------------------------------------------------------------------------
# 湖南/轮换11
HN_MEMBER_COLS: list[tuple[str, str, float]] = [
    ("姓名", "姓名", 0.9), ("与申请人关系", "关系", 0.85), ("年龄", "年龄", 0.45), ("身份证号码", "身份证号", 2.0),
    ("健康状况", "健康状况", 0.85), ("月收入（元）", "月收入", 0.75), ("工作单位或就读学校", "单位或学校", 1.7),
]


@layout("建档申请表/湖南", "湖南/轮换11")
def form_hunan_inline_cells(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    record = _dibao_worded(r)
    _qr(p, rng, RIGHT - 17, 6, 16)
    p.text(RIGHT - 9, 25, "扫码核验", 2.2, st.label_font, "mm")
    p.text(LEFT, 10, f"No. {rng.randrange(10000, 99999):07d}", 2.8, "heimono", color=(150, 30, 30))
    p.text(p.w / 2, 18, HN_TITLE, 5.8, "serifbold", "mm")
    _rule_line(p, st, LEFT, 32, "申报单位（盖章）：", r["单位"], 76)
    p.text(RIGHT - 20, 32, "申请时间：" + st.date(hh.created.isoformat()), 2.9, st.label_font, "rm")
    g = RuledGrid(p, st, LEFT, 37, RIGHT - LEFT, 0.3)
    top = g.y

    def at(label: str, key: str) -> Cell:
        return inline(f, label, _cell(f, record, key))

    h = 8.6
    g.row([(1.3, at("申请人姓名", "姓名")), (0.8, at("性别", "性别")), (0.8, at("年龄", "年龄")),
           (1.0, at("家庭人口", "家庭人口"))], h)
    g.row([(2.3, at("身份证号", "身份证号")), (1.6, at("联系电话", "手机号码"))], h)
    g.row([(2.3, at("所在单位", "工作单位")), (1.6, at("在岗状态", "工作状态"))], h)
    g.row([(1.0, at("现住址", "家庭住址"))], h)
    g.row([(1.0, at("家庭年总收入（元）", "家庭年度总收入")), (1.0, at("家庭月人均收入（元）", "家庭月人均收入"))], h)
    g.row([(1.0, inline(f, "是否享受低保", marks(f, DIBAO, ticked_of(record["有无低保"]), "paren", 2.9)))], h)
    g.row([(1.0, inline(f, "致困原因", marks(f, HUNAN_CAUSES, ticked_of(record["主要致困原因"]), "paren", 2.9)))], h)
    printed = ["姓名", "性别", "年龄", "家庭人口", "身份证号", "手机号码", "工作单位", "工作状态", "家庭住址",
               "家庭年度总收入", "家庭月人均收入", "有无低保", "主要致困原因"]

    # the members under one merged heading cell
    slots = _slots(hh, rng)
    g.row([(1.0, L("家庭成员情况"))], 7.0, 3.0)
    g.row([(wt, L(label)) for label, _, wt in HN_MEMBER_COLS], 7.5, 2.6)
    row_h = 7.6 if len(slots) > 4 else 8.4
    for member in slots:
        g.row([(wt, _member_cell(f, member, key)) for _, key, wt in HN_MEMBER_COLS], row_h)
    members = _truth(hh.members, [key for _, key, _ in HN_MEMBER_COLS])
    p.members = list(members)
    g.row([(1.0, below(f, "家庭困难情况（可另附页）", _free(p, st, str(r["困难情况说明"] or ""), 3.1)))],
          max(20.0, min(28.0, 190 - g.y)))

    def promise(x0: float, y0: float, x1: float, y1: float) -> None:
        p.fit(x0, y0 + 1, x1, y0 + 8, "申请人承诺：以上情况真实，如有虚假，愿承担一切责任。", 2.9, st.label_font, "left",
              pad=2)
        _signature_over(p, st, x0 + 70, y1 - 4, "申请人", "（签名）：", r["姓名"])

    g.row([(1.0, promise)], 15)
    day = hh.created + timedelta(days=rng.randrange(2, 6))

    def unit(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 5, "单位工会意见：", 3.0, st.label_font)
        p.text(x0 + 3, y0 + 11, "情况属实，建议困难类别：", 3.0, st.value_font, color=st.color)
        _put(marks(f, HN_CATEGORIES, ticked_of(r["困难类别"]), "textbox", 2.9), x0 + 2, y0 + 14, x1 - 2, y0 + 21)
        _signature_over(p, st, x0 + 2, y1 - 11, "建档人", "（签名）：", r["建档人"], False)
        p.text(x1 - 3, y1 - 4, "（盖章）" + cn_numeral_date(day), 2.9, st.label_font, "rm")
        if sealed:
            _seal_on(p, st, x1 - 20, y1 - 9, f"{hh.unit.name}工会委员会", "", 15)

    def upper(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 5, "上级工会审核意见：", 3.0, st.label_font)
        p.text(x0 + 3, y0 + 11, "同意。", 3.0, st.value_font, color=st.color)
        _signature_over(p, st, x0 + 2, y1 - 11, "审核人", "（签名）：", r["审核人"], False)
        p.text(x1 - 3, y1 - 4, "（盖章）    年    月    日", 2.9, st.label_font, "rm")

    g.row([(1.0, unit), (1.0, upper)], 42)
    g.frame(top, 0.8)
    p.text(LEFT, min(g.y + 7, 282), "说明：本表由申请人如实填写，所在单位工会入户核查后签署意见；有低保的请附低保证复印件。", 2.5,
           st.label_font)
    p.text(LEFT, 289, "湖南省总工会制", 2.5, st.label_font)
    p.text(RIGHT, 289, "第1页 共1页", 2.5, st.label_font, "rm")
    keys = list(dict.fromkeys(["单位", *printed, *HN_ALWAYS]))
    return _document(hh, [p], [keys], members, sealed, 0, HN_TITLE, "湖南/轮换11")


# ---------------------------------------------------------------------------------------------------------
# 全国/轮换11
NATIONAL_TITLE = "困难职工档案表"
# a row of the system's printout: (label, record key, weight of the value); a label weighs 1.0, a row 9.2
Pair = tuple[str, str, float]
NATIONAL_ROWS: list[list[Pair]] = [
    [("职工编号", "职工编号", 2.4), ("困难类别", "困难类别", 1.0), ("档案类型", "档案类型", 0.9), ("建档标准", "建档标准", 0.9)],
    [("姓名", "姓名", 1.3), ("性别", "性别", 1.3), ("民族", "民族", 1.3), ("政治面貌", "政治面貌", 1.3)],
    [("身份证号", "身份证号", 3.6), ("出生日期", "出生日期", 1.3), ("年龄", "年龄", 1.3)],
    [("婚姻状况", "婚姻状况", 1.3), ("健康状况", "健康状况", 1.3), ("疾病/残疾类别", "疾病/残疾类别", 1.3),
     ("劳模类型", "劳模类型", 1.3)],
    [("是否单亲", "是否单亲", 1.3), ("户口类型", "户口类型", 1.3), ("户口所在地", "户口所在地行政区划", 3.6)],
    [("家庭住址", "家庭住址", 5.9), ("邮政编码", "邮政编码", 1.3)],
    [("手机号码", "手机号码", 1.3), ("其他联系方式", "其他联系方式", 1.3), ("工作状态", "工作状态", 1.3),
     ("参加工作时间", "工作时间", 1.3)],
    [("工作单位", "工作单位", 3.6), ("单位性质", "单位性质", 1.3), ("企业状况", "企业状况", 1.3)],
    [("所属行业", "所属行业", 1.3), ("劳动合同签订时间", "劳动合同签订时间", 1.3), ("合同期限", "合同期限", 3.6)],
    [("家庭人口", "家庭人口", 1.3), ("住房类型", "住房类型", 1.3), ("建筑面积(㎡)", "建筑面积", 1.3), ("医保状况", "医保状况", 1.3)],
    [("本人月平均收入", "本人月平均收入", 1.3), ("家庭其他非薪资年收入", "家庭其他非薪资年收入", 1.3),
     ("家庭年度总收入", "家庭年度总收入", 1.3), ("家庭月人均收入", "家庭月人均收入", 1.3)],
    [("年度必要支出", "年度必要支出", 1.3), ("是否零就业家庭", "是否为零就业家庭", 1.3),
     ("是否有一定自救能力", "是否有一定自救能力", 1.3), ("人员类别", "是否农民工", 1.3)],
    [("主要致困原因", "主要致困原因", 2.2), ("次要致困原因", "次要致困原因", 5.0)],
    [("开户银行", "开户银行", 1.3), ("支行名称", "支行名称", 1.3), ("银行卡号", "银行卡号", 3.6)],
    [("备注", "备注", 8.2)],
]
NATIONAL_CARD_ROWS: list[list[Pair]] = [
    [("是否解困脱困对象", "解困脱困对象", 1.3), ("立卡时间", "立卡时间", 1.3), ("帮扶单位", "帮扶单位", 3.6)],
    [("帮扶责任人", "帮扶联系人", 1.3), ("五类重点群体", "五类重点群体", 5.9)],
    [("“四个一批”措施", "四个一批措施", 8.2)],
    [("七个行动计划", "七个行动计划", 8.2)],
    [("建档人", "建档人", 1.3), ("审核人", "审核人", 1.3), ("录入人", "录入人", 1.3), ("录入日期", "", 1.3)],
]
NATIONAL_MEMBER_COLS: list[tuple[str, str | None, float]] = [
    ("序号", None, 0.4), ("姓名", "姓名", 0.85), ("关系", "关系", 0.6), ("性别", "性别", 0.4), ("出生日期", "出生日期", 1.0),
    ("身份证号", "身份证号", 1.9), ("政治面貌", "政治面貌", 0.8), ("健康状况", "健康状况", 0.8), ("医保状况", "医保状况", 1.1),
    ("人员身份", "人员身份", 0.7), ("月收入", "月收入", 0.7), ("单位或学校", "单位或学校", 1.6),
]


def _system_label(f: Fill, text: str, size: float = 2.5) -> Cell:
    """A label of the system's printout: grey ground, flush right, a colon after it."""

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        f.p.rect(x0, y0, x1, y1, 0.15, fill=GREY)
        label, key = text + "：", f.st.label_font
        room = x1 - x0 - 2.0
        if text_width(label, size, key) <= room:
            f.p.text(x1 - 1.0, (y0 + y1) / 2, label, size, key, "rm")
            return
        # too long for one line: broken in two, both flush right
        half = (len(label) + 1) // 2
        lines = (label[:half], label[half:])
        sz = min(size * 0.92, (y1 - y0 - 0.8) / 2.3,
                 room / max(max(text_width(ln, 1.0, key) for ln in lines), 0.1))
        mid = (y0 + y1) / 2
        for i, ln in enumerate(lines):
            f.p.text(x1 - 1.0, mid + (i - 0.5) * sz * 1.15, ln, sz, key, "rm")

    return draw


def _system_rows(g: RuledGrid, f: Fill, record: dict[str, Any], rows: Sequence[Sequence[Pair]], h: float,
                 extra: dict[str, str]) -> list[str]:
    keys: list[str] = []
    for pairs in rows:
        cells: list[tuple[float, Cell]] = []
        for label, key, wt in pairs:
            cells.append((1.0, _system_label(f, label)))
            if key in extra:
                cells.append((wt, value(f, extra[key], "", "left")))
            elif key:
                cells.append((wt, value(f, record[key], key, "left")))
                keys.append(key)
            else:
                cells.append((wt, None))
        g.row(cells, h)
    return keys


def _system_head(p: Page, st: Style, printed_at: str, no: int, of: int) -> None:
    grey = (110, 110, 110)
    p.text(LEFT, 8, "工会帮扶工作管理系统", 2.4, "sans", color=grey)
    p.text(RIGHT, 8, "打印时间：" + printed_at, 2.4, "sans", "rm", grey)
    p.line(LEFT, 10, RIGHT, 10, 0.15, grey)
    p.text(p.w / 2, 290, f"{no}/{of}", 2.5, "sans", "mm", grey)


@layout("建档申请表/全国", "全国/轮换11")
def form_national_system_printout(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    # the values are the system's, typed; only the signatures and the seal are added by hand
    typed = replace(st, hand=False, value_font=rng.choice(("sans", "serif", "hei")), color=BLACK, date_style=0,
                    money_style=rng.choice((0, 2)), label_font=rng.choice(("sans", "hei")))
    p, f0 = new_page(typed)
    f = replace(f0, tick="box", corrections=0.0, overflow=0.0)
    at = hh.created + timedelta(days=rng.randrange(1, 30))
    printed_at = f"{at.isoformat()} {rng.randrange(8, 18):02d}:{rng.randrange(60):02d}"
    _system_head(p, typed, printed_at, 1, 2)
    p.text(p.w / 2, 19, NATIONAL_TITLE, 5.6, "bold", "mm")
    _barcode(p, rng, RIGHT - 44, 14, 42, 6)
    p.text(LEFT, 29, "建档单位：" + str(r["单位"] or ""), 2.9, typed.label_font)
    migrant = "" if r["是否农民工"] is None else ("农民工" if r["是否农民工"] else "职工")
    g = RuledGrid(p, typed, LEFT, 33, RIGHT - LEFT, 0.15)
    top = g.y
    printed = ["单位", "是否农民工"]
    printed += _system_rows(g, f, r, NATIONAL_ROWS, 7.2, {"是否农民工": migrant})
    g.frame(top, 0.5)

    y = g.y + 6
    p.text(LEFT, y, "家庭成员信息", 3.0, "bold")
    slots = _slots(hh, rng)
    mg = RuledGrid(p, typed, LEFT, y + 3, RIGHT - LEFT, 0.15)
    m_top = mg.y
    mg.row([(wt, shaded(f, label, 2.3)) for label, _, wt in NATIONAL_MEMBER_COLS], 7.0)
    for i, member in enumerate(slots):
        mg.row([(NATIONAL_MEMBER_COLS[0][2], L(str(i + 1))),
                *((wt, _member_cell(f, member, key)) for _, key, wt in NATIONAL_MEMBER_COLS[1:])], 7.0, 2.5)
    mg.frame(m_top, 0.5)
    members = _truth(hh.members, [key for _, key, _ in NATIONAL_MEMBER_COLS])
    p.members = list(members)

    s = Page(p.w, p.h)
    fs = f.on(s)
    _system_head(s, typed, printed_at, 2, 2)
    s.text(LEFT, 18, "立卡及帮扶信息", 3.2, "bold")
    k = RuledGrid(s, typed, LEFT, 22, RIGHT - LEFT, 0.15)
    k_top = k.y
    later = _system_rows(k, fs, r, NATIONAL_CARD_ROWS, 8.0, {})
    k.frame(k_top, 0.5)
    y = k.y + 14
    s.text(LEFT, y, "职工本人确认签字：", 3.0, st.label_font)
    s.text(LEFT + 30, y - 0.5, str(r["姓名"] or ""), 4.6, "kai", color=st.color if st.hand else (25, 40, 120))
    s.text(125, y, "建档工会（盖章）", 3.0, st.label_font)
    s.text(125, y + 9, cn_numeral_date(hh.created), 3.2, "kai", color=st.color if st.hand else (25, 40, 120))
    if sealed:
        _seal_on(s, st, 140, y + 4, f"{hh.unit.name}工会委员会", "", 16)
    return _document(hh, [p, s], [list(dict.fromkeys(printed)), list(dict.fromkeys(later))], members, sealed, 1,
                     NATIONAL_TITLE, "全国/轮换11")
