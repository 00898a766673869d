"""Printings of the four application forms added with rotation 14, held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from the seeds and REAL-DOCUMENTS.md with the parts of ``forms_draw`` and of the earlier rotations;
labels as the seeds word them (and the synonyms and older wordings real printings use).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

# forms registers each kind's first printing and the printings of rotations 1 to 13 before these
from dangan.synth import forms, forms_rotation13  # noqa: F401
from dangan.synth.canvas import Page, text_width
from dangan.synth.forms_draw import (
    WHITE,
    Fill,
    below,
    choice,
    digit_boxes,
    hebei_split,
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
from dangan.synth.forms_rotation4 import RuledGrid, _put, marks, shaded
from dangan.synth.forms_rotation5 import one_line
from dangan.synth.forms_rotation8 import _rule_line, _slots, _truth
from dangan.synth.forms_rotation9 import CAUSES_BY_CODE, _column_label
from dangan.synth.forms_rotation11 import _signature_over, cn_numeral_date
from dangan.synth.forms_rotation13 import _cell, _copied, _hand, _lined_text, _typeset, _wrapped
from dangan.synth.households import HUNAN_CAUSES, Household
from dangan.synth.layouts import layout
from dangan.synth.render import Cell, Document, L, Style, _free, _seal_on

# a member column: (printed header, member key or None for the row number / a blank column, weight)
Col = tuple[str, str | None, float]
WRAPPED = {"单位或学校", "疾病/残疾类别"}  # long member values, written from the cell's left and wrapped in it


# -- parts of these printings ---------------------------------------------------------------------------
def _vary(cols: Sequence[Col], rng: random.Random) -> list[Col]:
    """The unit's copy of the Word table: column widths dragged a little, and now and then two neighbouring
    columns (neither the row number nor the ID number) in the other order."""
    out = [(label, key, wt * rng.uniform(0.88, 1.12)) for label, key, wt in cols]
    if rng.random() < 0.5:
        movable = [i for i in range(len(out) - 1)
                   if None not in (out[i][1], out[i + 1][1]) and "身份证号" not in (out[i][1], out[i + 1][1])]
        if movable:
            i = rng.choice(movable)
            out[i], out[i + 1] = out[i + 1], out[i]
    return out


def _mcell(f: Fill, m: dict[str, Any] | None, key: str | None, boxes: bool = False) -> Cell:
    if m is None or key is None:
        return None
    if key == "身份证号":
        return digit_boxes(f, m[key], 18) if boxes else one_line(f, m[key])
    if key in WRAPPED:
        return _wrapped(f, m, key)
    return value(f, m[key], key)


def _member_table(p: Page, f: Fill, x0: float, x1: float, y: float, cols: Sequence[Col],
                  slots: Sequence[dict[str, Any] | None], head_h: float, row_h: float, lw: float = 0.25,
                  boxes: bool = False, head_size: float = 2.5, numbered: bool = False) -> float:
    """A ruled member table, one row per entry (blank entries after the household's); a ``None`` column is the
    row number when ``numbered`` (printed in empty rows too), else a blank column; returns the y under it."""
    g = RuledGrid(p, f.st, x0, y, x1 - x0, lw)
    g.row([(wt, shaded(f, label, head_size) if numbered else L(label)) for label, _, wt in cols], head_h, head_size)
    for i, m in enumerate(slots):
        cells: list[tuple[float, Cell]] = []
        for _, key, wt in cols:
            if key is None:
                cells.append((wt, L(str(i + 1)) if numbered else None))
            else:
                cells.append((wt, _mcell(f, m, key, boxes)))
        g.row(cells, row_h, 2.7)
    return g.y


def _stacked(g: RuledGrid, f: Fill, items: Sequence[tuple[str, float, Cell]], label_h: float = 6.0,
             value_h: float = 9.0, size: float = 2.6) -> None:
    """A row of grey label cells over a row of the values under them."""
    g.row([(wt, shaded(f, label, size)) for label, wt, _ in items], label_h)
    g.row([(wt, cell) for _, wt, cell in items], value_h)


def _photo_or_copy(pages: Sequence[Page], rng: random.Random, photo: float, copy: float) -> None:
    """A phone photo of the sheets (the paper greyish under the room's light), a photocopy, or the original."""
    roll = rng.random()
    if roll < photo:
        tint = (rng.randrange(218, 238), rng.randrange(220, 240), rng.randrange(214, 236))
        for page in pages:
            page.paper = tint
    elif roll < photo + copy:
        _copied(pages, rng, 1.0)


# ---------------------------------------------------------------------------------------------------------
# 杭州/轮换14
HZ_MARITAL = ("未婚", "已婚", "离异", "丧偶")
HZ_HUKOU = ("非农业", "农业")
HZ_MEMBER_COLS: list[Col] = [
    ("姓名", "姓名", 0.8), ("与申请人关系", "关系", 0.8), ("出生年月", "出生日期", 1.0), ("身份证号码", "身份证号", 3.1),
    ("身体状况", "健康状况", 0.65), ("就业/就学", "人员身份", 0.7), ("月收入", "月收入", 0.65),
    ("工作单位（学校）", "单位或学校", 1.5),
]


@layout("建档申请表/杭州", "杭州/轮换14")
def form_hangzhou_stacked_grey(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    st = _typeset(st, rng, ("kai", "serif", "sans"))
    p, f = new_page(st)
    dx = rng.uniform(-2.5, 2.5)  # where the print sits on the sheet
    left, right = 14.0 + dx, 196.0 + dx
    p.text(p.w / 2 + dx, 14, HZ_TITLE, 5.2, "serifbold", "mm")
    migrant = set() if r["是否农民工"] is None else {"农民工" if r["是否农民工"] else "职工"}
    room = 1.2 + sum(text_width(o, 2.9, st.label_font) + 2.9 * 0.85 + 0.6 + 2.9 * 1.2 for o in ("职工", "农民工"))
    x = p.w / 2 + dx - room / 2
    p.text(x - 1.5, 21, "（", 3.0, st.label_font, "mm")
    _put(choice(f, ("职工", "农民工"), migrant, 2.9, box_first=False), x, 17, x + room + 4, 25)
    p.text(x + room, 21, "）", 3.0, st.label_font, "mm")
    _rule_line(p, st, left, 30, "困难职工单位工会（填写盖章）：", r["单位"], 70, 2.9)
    _rule_line(p, st, left, 37, "区、县（市）、开发区工会、产业工会（填写盖章）：", None, 55, 2.9)

    def v(key: str, align: str = "center") -> Cell:
        return _cell(f, r, key) if align == "center" else value(f, r[key], key, align)

    def opts(options: Sequence[str], key: str) -> Cell:
        return choice(f, options, ticked_of(r[key]), 2.7)

    g = RuledGrid(p, st, left, 41, right - left, 0.25)
    top = g.y
    rows: list[list[tuple[str, float, Cell]]] = [
        [("*姓名", 1.0, v("姓名")), ("*性别", 0.6, v("性别")), ("*民族", 0.7, v("民族")),
         ("出生年月", 1.1, v("出生日期")), ("*政治面貌", 0.9, v("政治面貌"))],
        [("*身份证号", 3.0, digit_boxes(f, r["身份证号"], 18)), ("联系电话", 1.2, v("手机号码"))],
        [("*婚姻状况", 1.8, opts(HZ_MARITAL, "婚姻状况")), ("*户口类型", 1.2, opts(HZ_HUKOU, "户口类型")),
         ("*健康状况", 0.9, v("健康状况"))],
        [("*户口所在地", 1.5, v("户口所在地行政区划")), ("家庭住址", 2.6, v("家庭住址", "left"))],
        [("*工作状态", 0.9, v("工作状态")), ("*医保状况", 1.3, v("医保状况")), ("*住房类型", 1.1, v("住房类型")),
         ("住房面积（㎡）", 0.7, v("建筑面积"))],
        [("家庭人口", 0.7, v("家庭人口")), ("本人月收入", 1.0, v("本人月平均收入")),
         ("家庭其他年收入", 1.1, v("家庭其他非薪资年收入")), ("家庭年总收入", 1.1, v("家庭年度总收入")),
         ("年必要支出", 1.0, v("年度必要支出"))],
        [("是否零就业家庭", 1.0, opts(YES_NO, "是否为零就业家庭")), ("有无自救能力", 1.0, opts(YES_NO, "是否有一定自救能力")),
         ("劳模类型", 1.0, v("劳模类型"))],
        [("开户银行", 1.1, v("开户银行")), ("开户网点", 1.2, v("支行名称")), ("银行卡号", 2.0, v("银行卡号"))],
    ]
    for items in rows:
        _stacked(g, f, items)
    g.frame(top, 0.6)
    printed = ["单位", "是否农民工", "姓名", "性别", "民族", "出生日期", "政治面貌", "身份证号", "手机号码", "婚姻状况",
               "户口类型", "健康状况", "户口所在地行政区划", "家庭住址", "工作状态", "医保状况", "住房类型", "建筑面积",
               "家庭人口", "本人月平均收入", "家庭其他非薪资年收入", "家庭年度总收入", "年度必要支出", "是否为零就业家庭",
               "是否有一定自救能力", "劳模类型", "开户银行", "支行名称", "银行卡号"]

    y = g.y + 8
    p.text(left, y, "家庭成员（与申请人共同生活的家庭成员）", 3.0, st.label_font)
    slots = _slots(hh, rng)
    cols = _vary(HZ_MEMBER_COLS, rng)
    row_h = 8.5 if len(slots) > 4 else 9.5
    m_top = y + 3
    end = _member_table(p, f, left, right, m_top, cols, slots, 7.5, row_h, 0.25, boxes=True, head_size=2.5)
    p.rect(left, m_top, right, end, 0.6)
    members = _truth(hh.members, [key for _, key, _ in cols])
    p.members = list(members)
    p.text(p.w / 2 + dx, 289, "第 1 页　共 2 页", 2.6, st.label_font, "mm")

    q = Page(p.w, p.h)
    fq = f.on(q)
    q.text(left, 15, "致困原因及困难类别（在相应□内打“√”，主要原因限选一项）", 3.0, st.label_font)
    k = RuledGrid(q, st, left, 19, right - left, 0.25)
    k_top = k.y
    k.row([(1.0, shaded(fq, "主要致困原因", 2.7)),
           (5.0, choice(fq, HZ_CAUSES, ticked_of(r["主要致困原因"]), 2.7))], 22)
    k.row([(1.0, shaded(fq, "次要致困原因", 2.7)),
           (5.0, choice(fq, HZ_CAUSES, ticked_of(r["次要致困原因"]), 2.7))], 22)
    k.row([(1.0, shaded(fq, "困难类别", 2.7)), (5.0, choice(fq, HZ_CATEGORIES, ticked_of(r["困难类别"]), 2.8))], 10)
    k.row([(1.0, shaded(fq, "家庭困难情况", 2.7)), (5.0, _free(q, st, str(r["困难情况说明"] or ""), 3.2))], 40)
    k.frame(k_top, 0.6)
    y = k.y + 9
    q.fit(left, y - 4, right, y + 4, "本人承诺：以上所填内容真实无误，如有虚假，愿承担相应责任并退回所领帮扶资金。", 2.9,
          st.label_font, "left", pad=0)
    _signature_over(q, st, left + 70, y + 12, "申请人签名", "：", r["姓名"], across=False)
    q.text(right, y + 12, st.date(hh.created.isoformat()), 3.0, st.value_font, "rm", _hand(st))

    o = RuledGrid(q, st, left, y + 20, right - left, 0.25)
    o_top = o.y
    h_op = 52.0
    o.row([(1.0, _column_label(q, st, "单位工会意见")), (5.0, None)], h_op)
    day = hh.created + timedelta(days=rng.randrange(2, 9))
    a = left + (right - left) / 6
    q.fit(a + 2, o_top + 3, right - 3, o_top + 15, "经走访调查，该职工家庭情况属实，同意建档。", 3.2, st.value_font, "left",
          _hand(st), pad=1)
    _rule_line(q, st, a + 4, o_top + h_op - 22, "调查人：", r["建档人"], 30)
    _rule_line(q, st, a + 4, o_top + h_op - 12, "审核人：", r["审核人"], 30)
    q.text(right - 4, o_top + h_op - 20, "（盖章）", 2.9, st.label_font, "rm")
    q.text(right - 4, o_top + h_op - 8, cn_numeral_date(day), 3.0, st.value_font, "rm", _hand(st))
    if sealed:  # stamped over the date and the bracket under it
        _seal_on(q, st, right - 24, o_top + h_op - 15, f"{hh.unit.name}工会委员会", "", 16)
    o.row([(1.0, _column_label(q, st, "上级工会意见")), (5.0, None)], 36)
    q.text(right - 4, o.y - 14, "（盖章）", 2.9, st.label_font, "rm")
    q.text(right - 4, o.y - 6, "年　　月　　日", 2.9, st.label_font, "rm")
    o.frame(o_top, 0.6)
    q.text(p.w / 2 + dx, 289, "第 2 页　共 2 页", 2.6, st.label_font, "mm")
    _photo_or_copy((p, q), rng, 0.2, 0.4)
    first = list(dict.fromkeys(printed))
    second = [k for k in dict.fromkeys(HZ_ALWAYS) if k not in first]
    return _document(hh, [p, q], [first, second], members, sealed, 1, HZ_TITLE, "杭州/轮换14")


# ---------------------------------------------------------------------------------------------------------
# 河北/轮换14
HB_MEMBER_COLS: list[Col] = [
    ("称谓", "关系", 0.55), ("姓名", "姓名", 0.8), ("性别", "性别", 0.4), ("年龄", "年龄", 0.4),
    ("公民身份号码", "身份证号", 1.9), ("政治面貌", "政治面貌", 0.7), ("健康状况", "健康状况", 0.65),
    ("就业状况", "人员身份", 0.6), ("月收入（元）", "月收入", 0.7), ("工作或就读单位", "单位或学校", 1.5),
    ("备注", None, 0.5),
]


@layout("建档申请表/河北", "河北/轮换14")
def form_hebei_corner_labels(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    st = _typeset(st, rng, ("kai", "heimono", "serif"))
    p, f = new_page(st)
    left, right = 16.0, 194.0
    dy = rng.uniform(-1.5, 3.0)  # where the print sits on the sheet
    p.text(p.w / 2, 16 + dy, HB_TITLE, 6.0, "bold", "mm")
    p.text(left, 27 + dy, "申报单位：", 2.9, st.label_font)
    p.text(left + text_width("申报单位：", 2.9, st.label_font), 26.5 + dy, str(r["单位"] or ""), 3.2, st.value_font,
           color=st.color)
    p.text(right, 27 + dy, "编号：" + str(r["职工编号"] or ""), 2.8, st.label_font, "rm")

    def at(label: str, cell: Cell) -> Cell:
        return below(f, label, cell)

    def v(key: str) -> Cell:
        return _cell(f, r, key)

    g = RuledGrid(p, st, left, 31 + dy, right - left, 0.3)
    top = g.y
    h = 11.0
    med, edu, other = hebei_split(hh)
    total = r["年度必要支出"]
    rows: list[list[tuple[float, Cell]]] = [
        [(1.0, at("姓名", v("姓名"))), (0.5, at("性别", v("性别"))), (0.7, at("民族", v("民族"))),
         (1.0, at("出生日期", v("出生日期"))), (0.8, at("政治面貌", v("政治面貌")))],
        [(2.2, at("公民身份号码", v("身份证号"))),
         (2.0, at("婚姻状况", marks(f, MARITAL, ticked_of(r["婚姻状况"]), "textbox", 2.8)))],
        [(2.0, at("工作单位", value(f, r["工作单位"], "工作单位", "left"))), (0.9, at("单位性质", v("单位性质"))),
         (0.9, at("企业状况", v("企业状况")))],
        [(0.9, at("就业状态", v("工作状态"))), (1.0, at("参加工作时间", v("工作时间"))),
         (0.8, at("健康状况", v("健康状况"))), (1.0, at("所属行业", v("所属行业")))],
        [(0.8, at("户口类型", v("户口类型"))), (2.2, at("户籍所在地", v("户口所在地行政区划")))],
        [(2.6, at("现住址", value(f, r["家庭住址"], "家庭住址", "left"))), (0.7, at("邮政编码", v("邮政编码"))),
         (1.0, at("联系电话", v("手机号码")))],
        [(0.6, at("家庭人口", v("家庭人口"))), (0.9, at("本人月均收入（元）", v("本人月平均收入"))),
         (1.0, at("家庭年非薪资收入（元）", v("家庭其他非薪资年收入"))), (1.0, at("家庭年总收入（元）", v("家庭年度总收入"))),
         (1.0, at("家庭月人均收入（元）", v("家庭月人均收入")))],
        [(1.0, at("家庭年必要支出（元）", v("年度必要支出"))),
         (0.8, at("其中：医疗", value(f, None if total is None else med, "年度必要支出"))),
         (0.8, at("教育", value(f, None if total is None else edu, "年度必要支出"))),
         (0.8, at("其他", value(f, None if total is None else other, "年度必要支出")))],
        [(1.0, at("开户银行", v("开户银行"))), (1.1, at("开户支行", v("支行名称"))), (1.8, at("银行卡号", v("银行卡号")))],
    ]
    for cells in rows:
        g.row(cells, h)
    g.frame(top, 0.8)
    printed = ["单位", "职工编号", "姓名", "性别", "民族", "出生日期", "政治面貌", "身份证号", "婚姻状况", "工作单位",
               "单位性质", "企业状况", "工作状态", "工作时间", "健康状况", "所属行业", "户口类型", "户口所在地行政区划",
               "家庭住址", "邮政编码", "手机号码", "家庭人口", "本人月平均收入", "家庭其他非薪资年收入", "家庭年度总收入",
               "家庭月人均收入", "年度必要支出", "开户银行", "支行名称", "银行卡号"]

    y = g.y + 8
    p.text(left, y, "家庭成员情况", 3.3, "hei")
    p.text(right, y, "（不含申请人本人）", 2.7, st.label_font, "rm")
    slots = _slots(hh, rng)
    cols = _vary(HB_MEMBER_COLS, rng)
    row_h = 9.0 if len(slots) > 4 else 10.0
    m_top = y + 4
    end = _member_table(p, f, left, right, m_top, cols, slots, 9.0, row_h, 0.3, head_size=2.5)
    p.rect(left, m_top, right, end, 0.8)
    members = _truth(hh.members, [key for _, key, _ in cols])
    p.members = list(members)
    p.text(p.w / 2, 288, "— 1 —", 2.7, st.label_font, "mm")

    q = Page(p.w, p.h)
    fq = f.on(q)
    k = RuledGrid(q, st, left, 18, right - left, 0.3)
    k_top = k.y
    side = 1.0
    k.row([(side, _column_label(q, st, "申报类别")),
           (6.0, marks(fq, HB_CATEGORIES, ticked_of(r["困难类别"]), "textbox", 3.0))], 18)
    k.row([(side, _column_label(q, st, "主要致困原因")),
           (6.0, marks(fq, HB_CAUSES, ticked_of(r["主要致困原因"]), "textbox", 2.9))], 28)
    story_top = k.y
    k.row([(side, _column_label(q, st, "家庭困难情况")), (6.0, None)], 52)
    a = left + (right - left) * side / (side + 6.0)
    _lined_text(q, st, a, story_top, right, story_top + 52, str(r["困难情况说明"] or ""), 8.0, 3.2)
    k.row([(side, _column_label(q, st, "申请人承诺")), (6.0, None)], 30)
    q.fit(a + 2, k.y - 28, right - 2, k.y - 14, "本人郑重承诺以上所填内容及所附材料真实有效，如有虚假，愿承担一切后果。", 3.0,
          st.label_font, "left", pad=1)
    _signature_over(q, st, a + 50, k.y - 6, "申请人签字", "：", r["姓名"], across=False)
    day = hh.created + timedelta(days=rng.randrange(3, 10))
    k.row([(side, _column_label(q, st, "基层工会意见")), (6.0, None)], 44)
    q.fit(a + 2, k.y - 42, right - 2, k.y - 30, "经核实，情况属实，经公示无异议，同意申报。", 3.2, st.value_font, "left",
          _hand(st), pad=1)
    _rule_line(q, st, a + 3, k.y - 20, "经办人：", r["建档人"], 28)
    _rule_line(q, st, a + 3, k.y - 10, "负责人：", r["审核人"], 28)
    q.text(right - 4, k.y - 20, "（盖章）", 3.0, st.label_font, "rm")
    q.text(right - 4, k.y - 10, st.date(day.isoformat()), 3.1, st.value_font, "rm", _hand(st))
    if sealed:  # over the bracket and the date beside the signatures
        _seal_on(q, st, right - 26, k.y - 16, f"{hh.unit.name}工会委员会", "", 16)
    k.row([(side, _column_label(q, st, "县级工会意见")), (6.0, None)], 34)
    q.text(right - 4, k.y - 14, "（盖章）", 3.0, st.label_font, "rm")
    q.text(right - 4, k.y - 6, "年　　月　　日", 3.0, st.label_font, "rm")
    k.frame(k_top, 0.8)
    q.text(left, k.y + 7, "注：本表一式两份，申报单位、县级工会各存一份。", 2.6, st.label_font)
    q.text(p.w / 2, 288, "— 2 —", 2.7, st.label_font, "mm")
    _photo_or_copy((p, q), rng, 0.3, 0.35)
    first = list(dict.fromkeys(printed))
    second = [k for k in dict.fromkeys([*HB_ALWAYS, "困难类别", "主要致困原因", "困难情况说明"]) if k not in first]
    return _document(hh, [p, q], [first, second], members, sealed, 1, HB_TITLE, "河北/轮换14")


# ---------------------------------------------------------------------------------------------------------
# 湖南/轮换14
HN_MEMBER_COLS: list[Col] = [
    ("与申请人关系", "关系", 0.75), ("姓名", "姓名", 0.8), ("出生年月", "出生日期", 1.0), ("身份证号码", "身份证号", 1.9),
    ("健康状况", "健康状况", 0.6), ("就业或就学", "人员身份", 0.65), ("月收入（元）", "月收入", 0.65),
    ("工作单位或就读学校", "单位或学校", 1.45),
]


@layout("建档申请表/湖南", "湖南/轮换14")
def form_hunan_side_headings(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    st = _typeset(st, rng, ("serif", "kai", "hei"))
    p, f = new_page(st)
    record = _dibao_worded(r)
    left, right = 13.0, 197.0
    p.text(left, 11, "附件1", 3.0, "hei")
    p.text(p.w / 2, 19, HN_TITLE, 5.6, "serifbold", "mm")
    p.text(left, 28, "填报单位：", 2.9, st.label_font)
    p.text(left + text_width("填报单位：", 2.9, st.label_font), 27.5, str(r["单位"] or ""), 3.2, st.value_font,
           color=st.color)
    p.text(right, 28, "填报日期：" + st.date(hh.created.isoformat()), 2.9, st.label_font, "rm")

    def v(key: str) -> Cell:
        return _cell(f, record, key)

    side = 0.55
    g = RuledGrid(p, st, left, 32, right - left, 0.25)
    top = g.y
    h = 9.5
    rows: list[list[tuple[float, Cell]]] = [
        [(0.7, L("姓　名")), (1.0, v("姓名")), (0.6, L("性　别")), (0.5, v("性别")), (0.6, L("年　龄")),
         (0.5, v("年龄")), (0.6, L("民　族")), (0.7, v("民族"))],
        [(0.7, L("身份证号码")), (2.3, v("身份证号")), (0.8, L("有无低保")),
         (1.4, choice(f, DIBAO, ticked_of(record["有无低保"]), 2.8))],
        [(0.7, L("工作单位")), (2.3, value(f, r["工作单位"], "工作单位", "left")), (0.8, L("工作状态")), (1.4, v("工作状态"))],
        [(0.7, L("家庭住址")), (2.3, value(f, r["家庭住址"], "家庭住址", "left")), (0.8, L("联系电话")),
         (1.4, v("手机号码"))],
        [(0.7, L("家庭人口")), (0.45, v("家庭人口")), (0.75, L("本人月收入")), (0.65, v("本人月平均收入")),
         (0.75, L("家庭年收入")), (0.65, v("家庭年度总收入")), (0.75, L("月人均收入")), (0.5, v("家庭月人均收入"))],
        [(0.7, L("致困原因")), (4.5, choice(f, HUNAN_CAUSES, ticked_of(record["主要致困原因"]), 2.9, box_first=True))],
    ]
    for cells in rows:
        g.row([(side, None), *cells], h, 2.7)
    p.rect(left, top, left + (right - left) * side / 5.75, g.y, 0.25, fill=WHITE)
    _put(_column_label(p, st, "申请人基本情况"), left, top, left + (right - left) * side / 5.75, g.y)
    printed = ["单位", "姓名", "性别", "年龄", "民族", "身份证号", "有无低保", "工作单位", "工作状态", "家庭住址",
               "手机号码", "家庭人口", "本人月平均收入", "家庭年度总收入", "家庭月人均收入", "主要致困原因"]
    lead = left + (right - left) * side / 5.75

    slots = _slots(hh, rng)
    cols = _vary(HN_MEMBER_COLS, rng)
    row_h = 8.5 if len(slots) > 4 else 9.5
    m_top = g.y
    end = _member_table(p, f, lead, right, m_top, cols, slots, 8.5, row_h, 0.25, head_size=2.5)
    p.rect(left, m_top, lead, end, 0.25)
    _put(_column_label(p, st, "家庭成员"), left, m_top, lead, end)
    members = _truth(hh.members, [key for _, key, _ in cols])
    p.members = list(members)

    y = end
    h_story = max(30.0, min(48.0, 236 - y))
    p.rect(left, y, lead, y + h_story, 0.25)
    _put(_column_label(p, st, "家庭主要困难情况"), left, y, lead, y + h_story)
    p.rect(lead, y, right, y + h_story, 0.25)
    _free(p, st, str(r["困难情况说明"] or ""), 3.2)(lead, y, right, y + h_story)
    y += h_story
    h_promise = 24.0
    p.rect(left, y, lead, y + h_promise, 0.25)
    _put(_column_label(p, st, "本人承诺"), left, y, lead, y + h_promise)
    p.rect(lead, y, right, y + h_promise, 0.25)
    p.fit(lead + 2, y + 1, right - 2, y + 12, "本人承诺以上所填情况皆真实，愿意接受审核。若隐瞒或弄虚作假，自愿承担责任。", 2.9,
          st.label_font, "left", pad=1)
    _signature_over(p, st, lead + 8, y + h_promise - 6, "承诺人（签名）", "", r["姓名"], across=False)
    p.text(right - 4, y + h_promise - 6, st.date(hh.created.isoformat()), 3.0, st.value_font, "rm", _hand(st))
    y += h_promise
    p.rect(left, top, right, y, 0.7)
    p.text(p.w / 2, 289, "第一页", 2.6, st.label_font, "mm")

    q = Page(p.w, p.h)
    fq = f.on(q)
    q.text(p.w / 2, 16, "审　批　意　见", 4.4, "hei", "mm")
    day = hh.created + timedelta(days=rng.randrange(2, 8))
    k = RuledGrid(q, st, left, 24, right - left, 0.25)
    k_top = k.y
    k.row([(1.0, L("入户核查人员意见")), (4.5, None)], 46, 2.9)
    a = left + (right - left) / 5.5
    q.fit(a + 2, k.y - 44, right - 3, k.y - 34, "经入户核查，家庭情况属实，建议建档。", 3.2, st.value_font, "left",
          _hand(st), pad=1)
    q.text(a + 3, k.y - 27, "建议困难类别：", 2.9, st.label_font)
    _put(choice(fq, HN_CATEGORIES, ticked_of(r["困难类别"]), 2.9),
         a + 3 + text_width("建议困难类别：", 2.9, st.label_font), k.y - 31, right - 3, k.y - 23)
    _rule_line(q, st, a + 3, k.y - 12, "入户核查人签名：", r["建档人"], 30)
    q.text(right - 4, k.y - 5, st.date((hh.created + timedelta(days=1)).isoformat()), 3.0, st.value_font, "rm",
           _hand(st))
    k.row([(1.0, L("单位工会或社区工会初审意见")), (4.5, None)], 46, 2.9)
    q.fit(a + 2, k.y - 44, right - 3, k.y - 34, "情况属实，同意上报。", 3.2, st.value_font, "left", _hand(st), pad=1)
    _rule_line(q, st, a + 3, k.y - 22, "审签人：", r["审核人"], 30)
    q.text(right - 4, k.y - 14, "（公章＋审签人签字）", 2.9, st.label_font, "rm")
    q.text(right - 4, k.y - 5, cn_numeral_date(day), 3.0, st.value_font, "rm", _hand(st))
    if sealed:  # stamped over the bracket and the written-out date
        _seal_on(q, st, right - 30, k.y - 12, f"{hh.unit.name}工会委员会", "", 16)
    k.row([(1.0, L("市/县工会帮扶中心入户复核人员意见")), (4.5, None)], 36, 2.9)
    _rule_line(q, st, a + 3, k.y - 12, "入户复核人签名：", None, 30)
    q.text(right - 4, k.y - 5, "年　月　日", 2.9, st.label_font, "rm")
    k.row([(1.0, L("市/县工会帮扶中心审核意见")), (4.5, None)], 36, 2.9)
    q.text(right - 4, k.y - 13, "（公章＋审签人签字）", 2.9, st.label_font, "rm")
    q.text(right - 4, k.y - 5, "年　月　日", 2.9, st.label_font, "rm")
    k.frame(k_top, 0.7)
    q.text(p.w / 2, 289, "第二页", 2.6, st.label_font, "mm")
    _photo_or_copy((p, q), rng, 0.25, 0.4)
    first = list(dict.fromkeys([*printed, "困难情况说明"]))
    second = [k for k in dict.fromkeys(HN_ALWAYS) if k not in first]
    return _document(hh, [p, q], [first, second], members, sealed, 1, HN_TITLE, "湖南/轮换14")


# ---------------------------------------------------------------------------------------------------------
# 全国/轮换14
NATIONAL_TITLE = "困难职工档案表"
YN = ("是", "否")
# (label, record key, weight of the value); a label's cell weighs 0.95
Pair = tuple[str, str, float]
NATIONAL_ROWS: list[list[Pair]] = [
    [("姓名", "姓名", 1.0), ("性别", "性别", 0.5), ("民族", "民族", 0.7), ("出生日期", "出生日期", 1.1)],
    [("公民身份号码", "身份证号", 2.2), ("年龄", "年龄", 0.4), ("政治面貌", "政治面貌", 0.9), ("婚姻状况", "婚姻状况", 0.7)],
    [("健康状况", "健康状况", 0.8), ("疾病或残疾名称", "疾病/残疾类别", 1.2), ("劳模情况", "劳模类型", 1.0),
     ("是否单亲家庭", "是否单亲", 0.8)],
    [("户口性质", "户口类型", 0.8), ("户籍所在地", "户口所在地行政区划", 1.9), ("邮编", "邮政编码", 0.7),
     ("住房类型", "住房类型", 1.0)],
    [("现居住地址", "家庭住址", 3.0), ("住房面积（㎡）", "建筑面积", 0.5), ("联系电话", "手机号码", 1.1)],
    [("其他联系方式", "其他联系方式", 1.2), ("职工身份", "是否农民工", 1.3), ("档案类型", "档案类型", 0.7),
     ("建档标准", "建档标准", 0.7)],
    [("工作单位", "工作单位", 2.2), ("单位性质", "单位性质", 1.0), ("企业状况", "企业状况", 0.9), ("所属行业", "所属行业", 1.0)],
    [("在岗状况", "工作状态", 0.9), ("参加工作时间", "工作时间", 1.0), ("劳动合同签订时间", "劳动合同签订时间", 1.0),
     ("合同期限", "合同期限", 1.2)],
    [("医保情况", "医保状况", 1.4), ("家庭人口（人）", "家庭人口", 0.5), ("本人月均收入（元）", "本人月平均收入", 0.8),
     ("家庭月人均收入（元）", "家庭月人均收入", 0.8)],
    [("家庭年总收入（元）", "家庭年度总收入", 0.8), ("家庭其他非薪资年收入（元）", "家庭其他非薪资年收入", 0.8),
     ("年度必要支出（元）", "年度必要支出", 0.8), ("困难类别", "困难类别", 0.9)],
    [("零就业家庭", "是否为零就业家庭", 0.8), ("有一定自救能力", "是否有一定自救能力", 0.8), ("开户银行", "开户银行", 1.1),
     ("开户网点", "支行名称", 1.2)],
    [("银行卡号", "银行卡号", 2.0), ("录入人", "录入人", 0.9)],
]
YN_KEYS = {"是否单亲", "是否为零就业家庭", "是否有一定自救能力"}
NATIONAL_MEMBER_COLS: list[Col] = [
    ("序号", None, 0.35), ("姓名", "姓名", 0.8), ("称谓", "关系", 0.55), ("性别", "性别", 0.4), ("民族", "民族", 0.55),
    ("出生日期", "出生日期", 1.0), ("身份证号码", "身份证号", 1.9), ("政治面貌", "政治面貌", 0.7),
    ("婚姻状况", "婚姻状况", 0.55), ("健康状况", "健康状况", 0.6), ("疾病/残疾名称", "疾病/残疾类别", 0.9),
    ("医保状况", "医保状况", 1.0), ("户口类型", "户口类型", 0.6), ("人员身份", "人员身份", 0.6), ("月收入（元）", "月收入", 0.6),
    ("工作单位/就读学校", "单位或学校", 1.5),
]


def _national_rows(g: RuledGrid, f: Fill, record: dict[str, Any], rows: Sequence[Sequence[Pair]], h: float) -> list[str]:
    keys: list[str] = []
    for pairs in rows:
        cells: list[tuple[float, Cell]] = []
        for label, key, wt in pairs:
            cells.append((0.95, shaded(f, label, 2.5)))
            v = record[key]
            cell: Cell
            if key == "是否农民工":
                cell = marks(f, ("职工", "农民工"), set() if v is None else {"农民工" if v else "职工"}, "textbox", 2.6)
            elif key in YN_KEYS:
                cell = marks(f, YN, ticked_of(v), "textbox", 2.6)
            elif key == "身份证号":
                cell = one_line(f, v)
            else:
                cell = value(f, v, key)
            cells.append((wt, cell))
            keys.append(key)
        g.row(cells, h, 2.5)
    return keys


@layout("建档申请表/全国", "全国/轮换14")
def form_national_landscape_grey(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    st = _typeset(st, rng, ("sans", "kai", "heimono"))
    p, f = new_page(st, landscape=True)
    left, right = 12.0, 285.0
    p.text(p.w / 2, 13, NATIONAL_TITLE, 5.8, "hei", "mm")
    p.text(left, 22, "建档工会：", 2.9, st.label_font)
    p.text(left + text_width("建档工会：", 2.9, st.label_font), 21.5, str(r["单位"] or ""), 3.2, st.value_font,
           color=st.color)
    p.text(p.w / 2, 22, "档案编号：" + str(r["职工编号"] or ""), 2.9, st.label_font, "mm")
    p.text(right, 22, "建档日期：" + st.date(hh.created.isoformat()), 2.9, st.label_font, "rm")
    g = RuledGrid(p, st, left, 26, right - left, 0.22)
    top = g.y
    printed = ["单位", "职工编号"]
    printed += _national_rows(g, f, r, NATIONAL_ROWS, 9.0)
    causes = CAUSES_BY_CODE
    g.row([(0.95, shaded(f, "主要致困原因", 2.5)),
           (8.0, marks(f, causes, ticked_of(r["主要致困原因"]), "textbox", 2.5))], 14.0, 2.5)
    g.row([(0.95, shaded(f, "次要致困原因", 2.5)),
           (8.0, marks(f, causes, ticked_of(r["次要致困原因"]), "textbox", 2.5))], 14.0, 2.5)
    g.frame(top, 0.6)
    printed += ["主要致困原因", "次要致困原因"]
    p.text(left, min(g.y + 6, 200), "填表说明：选择项在□内打“√”；主要致困原因限选一项，次要致困原因可多选。", 2.5,
           st.label_font)
    p.text(right, 203, "第 1 页", 2.6, st.label_font, "rm")

    s = Page(p.w, p.h)
    fs = f.on(s)
    s.text(left, 13, "家庭成员情况", 3.4, "hei")
    slots = _slots(hh, rng)
    cols = _vary(NATIONAL_MEMBER_COLS, rng)
    row_h = 8.5 if len(slots) > 4 else 9.5
    end = _member_table(s, fs, left, right, 17, cols, slots, 9.0, row_h, 0.22, head_size=2.4, numbered=True)
    s.rect(left, 17, right, end, 0.6)
    members = _truth(hh.members, [key for _, key, _ in cols])
    s.members = list(members)

    y = end + 11
    s.text(left, y - 4, "帮扶情况", 3.4, "hei")
    k = RuledGrid(s, st, left, y, right - left, 0.22)
    k_top = k.y
    k.row([(1.0, shaded(fs, "解困脱困对象", 2.6)), (1.0, marks(fs, YN, ticked_of(r["解困脱困对象"]), "textbox", 2.6)),
           (1.0, shaded(fs, "立卡时间", 2.6)), (1.2, _cell(fs, r, "立卡时间")),
           (1.0, shaded(fs, "帮扶单位", 2.6)), (1.6, _cell(fs, r, "帮扶单位")),
           (0.9, shaded(fs, "帮扶责任人", 2.6)), (1.0, _cell(fs, r, "帮扶联系人"))], 9.0, 2.6)
    k.row([(1.0, shaded(fs, "五类重点群体", 2.6)), (3.2, value(fs, r["五类重点群体"], "五类重点群体", "left")),
           (1.0, shaded(fs, "“四个一批”", 2.6)), (3.5, value(fs, r["四个一批措施"], "四个一批措施", "left"))], 10.0, 2.6)
    k.row([(1.0, shaded(fs, "七个行动计划", 2.6)), (3.2, value(fs, r["七个行动计划"], "七个行动计划", "left")),
           (1.0, shaded(fs, "备注", 2.6)), (3.5, value(fs, r["备注"], "备注", "left"))], 10.0, 2.6)
    k.frame(k_top, 0.6)
    later = ["解困脱困对象", "立卡时间", "帮扶单位", "帮扶联系人", "五类重点群体", "四个一批措施", "七个行动计划", "备注"]
    y = k.y + 12
    _signature_over(s, st, left, y, "职工本人签字", "：", r["姓名"], across=False)
    _rule_line(s, st, left + 80, y, "建档人：", r["建档人"], 28)
    _rule_line(s, st, left + 145, y, "审核人：", r["审核人"], 28)
    later += ["建档人", "审核人"]
    s.text(right - 8, y + 10, "建档工会（盖章）", 3.0, st.label_font, "rm")
    s.text(right - 8, y + 18, cn_numeral_date(hh.created), 3.1, st.value_font, "rm", _hand(st))
    if sealed:  # over the printed 盖章 line and the date
        _seal_on(s, st, right - 30, y + 13, f"{hh.unit.name}工会委员会", "", 16)
    s.text(right, 203, "第 2 页", 2.6, st.label_font, "rm")
    _photo_or_copy((p, s), rng, 0.2, 0.45)
    first = list(dict.fromkeys(printed))
    return _document(hh, [p, s], [first, list(dict.fromkeys(later))], members, sealed, 1, NATIONAL_TITLE,
                     "全国/轮换14")
