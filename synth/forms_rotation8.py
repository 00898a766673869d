"""Printings of the four application forms added with rotation 8, held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from the seeds and REAL-DOCUMENTS.md with the parts of ``forms_draw`` and of the earlier rotations;
labels as the seeds word them (and the synonyms the seeds themselves print).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

# forms registers each kind's first printing and the printings of rotations 1 to 7 before these
from dangan.synth import forms, forms_rotation7  # noqa: F401
from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.forms_draw import (
    F,
    Fill,
    MCol,
    choice,
    digit_boxes,
    field_rows,
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
from dangan.synth.forms_hebei import IDENTITY, MARITAL, _identity
from dangan.synth.forms_hebei import TITLE as HB_TITLE
from dangan.synth.forms_hunan import ALWAYS as HN_ALWAYS
from dangan.synth.forms_hunan import CATEGORIES as HN_CATEGORIES
from dangan.synth.forms_hunan import DIBAO, _dibao_worded
from dangan.synth.forms_hunan import TITLE as HN_TITLE
from dangan.synth.forms_national import LEGEND
from dangan.synth.forms_rotation3 import _document
from dangan.synth.forms_rotation4 import Mark, RuledGrid, _put, marks
from dangan.synth.forms_rotation5 import _coded, one_line
from dangan.synth.households import ACTION_PLANS, FOUR_BATCHES, HUNAN_CAUSES, KEY_GROUPS, Household
from dangan.synth.layouts import layout
from dangan.synth.render import Cell, Document, Grid, L, Style, _free, _seal_on, _title

LEFT, RIGHT = 14.0, 196.0  # the text block of a portrait sheet


# -- parts of these printings ---------------------------------------------------------------------------
def _cell(f: Fill, x: F, record: dict[str, Any], mark: Mark | None) -> Cell:
    """A field's value: options marked ``mark`` (None: ticked in this copy's habit), 18 boxes, the ID number on
    one line, or the written value."""
    v = record.get(x.key) if x.key else None
    if x.options:
        if mark:
            return marks(f, x.options, ticked_of(v), mark, 2.8)
        return choice(f, x.options, ticked_of(v), 2.8)
    if x.boxes:
        return digit_boxes(f, v)
    if x.key == "身份证号":
        return one_line(f, v)
    return value(f, v, x.key or "")


def _rows(g: Grid, f: Fill, record: dict[str, Any], rows: Sequence[Sequence[F]], arrange: Any, h: float,
          mark: Mark | None, label_size: float = 2.8) -> list[str]:
    return field_rows(g, f, record, rows, arrange, h, 7.0, label_size,
                      cell=lambda f, x, record: _cell(f, x, record, mark))


def _member_value(f: Fill, m: dict[str, Any] | None, key: str | None) -> Cell:
    if m is None or key is None:
        return None
    if key == "身份证号":
        return one_line(f, m[key])
    return value(f, m[key], key)


def _slots(hh: Household, rng: Any) -> list[dict[str, Any] | None]:
    """The household's members and the blank entries the unit printed after them (one to six in all)."""
    n = max(len(hh.members), rng.randint(1, 6))
    return [*hh.members, *([None] * (n - len(hh.members)))]


def _truth(members: Sequence[dict[str, Any]], keys: Sequence[str | None]) -> list[dict[str, Any]]:
    return [{k: m[k] for k in keys if k} for m in members]


def _signed(p: Page, st: Style, x: float, y: float, label: str, name: Any, size: float = 3.0) -> None:
    p.text(x, y, label, size, st.label_font)
    p.text(x + text_width(label, size, st.label_font) + 1.5, y, str(name or ""), 4.3, "kai", color=INK_BLUE)


def _rule_line(p: Page, st: Style, x: float, y: float, label: str, v: Any, width: float, size: float = 3.0) -> float:
    """「label ____」 with the value on the rule; returns the x after it."""
    p.text(x, y, label, size, st.label_font)
    x0 = x + text_width(label, size, st.label_font) + 0.8
    p.line(x0, y + 2.2, x0 + width, y + 2.2, 0.2)
    if v not in (None, ""):
        p.fit(x0, y - 4, x0 + width, y + 2.0, st.value(v), 3.2, st.value_font, "left", st.color,
              jitter=st.jitter())
    return x0 + width + 3


def _page_no(p: Page, st: Style, no: int, of: int) -> None:
    p.text(p.w / 2, p.h - 8, f"— {no} / {of} —", 2.6, st.label_font, "mm")


# A line of the unruled 杭州 printing: (label, the value's cell, weight of its room, underlined)
Slot = tuple[str, Cell, float, bool]


def _slot_line(p: Page, st: Style, y: float, slots: Sequence[Slot], size: float = 2.9,
               left: float = LEFT) -> None:
    """Labels with their values after them across one line of the sheet, each value on its own rule (options
    and boxes without one); the room left by the labels shared by weight."""
    gap = 3.5
    labels = [text_width(label, size, st.label_font) + 1.0 for label, _, _, _ in slots]
    room = RIGHT - left - sum(labels) - gap * (len(slots) - 1)
    total = sum(w for _, _, w, _ in slots)
    x = left
    for (label, cell, w, ruled), lw in zip(slots, labels, strict=True):
        p.text(x, y, label, size, st.label_font)
        x0 = x + lw
        x1 = x0 + room * w / total
        if ruled:
            p.line(x0, y + 2.3, x1, y + 2.3, 0.2)
            _put(cell, x0, y - 3.8, x1, y + 2.1)
        else:
            _put(cell, x0, y - 4.0, x1, y + 4.0)
        x = x1 + gap


# ---------------------------------------------------------------------------------------------------------
# 杭州/轮换8
HZ_MARITAL = ("未婚", "已婚", "离异", "丧偶")
HZ_HUKOU = ("非农业", "农业")


@layout("建档申请表/杭州", "杭州/轮换8")
def form_hangzhou_unruled(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    p.text(LEFT, 10, "附件1：", 3.0, st.label_font)
    _title(p, st, HZ_TITLE, 19, 5.8)
    migrant = set() if r["是否农民工"] is None else {"农民工" if r["是否农民工"] else "职工"}
    p.text(80, 27, "（", 3.2, st.label_font)
    _put(marks(f, ("职工", "农民工"), migrant, "dot", 3.2), 83, 23, 128, 31)
    p.text(128, 27, "）", 3.2, st.label_font)
    _rule_line(p, st, LEFT, 37, "困难职工单位工会（填写盖章）：", r["单位"], 92)
    _rule_line(p, st, LEFT, 45, "区、县（市）、开发区工会、产业工会（填写盖章）：", None, 62)
    if sealed:
        _seal_on(p, st, 150, 38, f"{hh.unit.name}工会委员会", "", 16)
    p.text(LEFT, 55, "一、申请人基本情况（带*号为必填项）", 3.3, "bold")
    p.line(LEFT, 58, RIGHT, 58, 0.4)

    def v(key: str) -> Cell:
        return value(f, r[key], key)

    def opts(options: Sequence[str], key: str) -> Cell:
        return marks(f, options, ticked_of(r[key]), "dot", 2.8)

    lines: list[list[Slot]] = [
        [("*姓名", v("姓名"), 1.3, True), ("*性别", v("性别"), 0.5, True), ("*民族", v("民族"), 0.7, True),
         ("*政治面貌", v("政治面貌"), 1.1, True)],
        [("*公民身份号码", digit_boxes(f, r["身份证号"]), 1.0, False)],
        [("*婚姻状况", opts(HZ_MARITAL, "婚姻状况"), 1.4, False), ("*健康状况", v("健康状况"), 1.0, True)],
        [("*户口类型", opts(HZ_HUKOU, "户口类型"), 0.8, False), ("*户口所在地", v("户口所在地行政区划"), 2.0, True)],
        [("*住房类型", v("住房类型"), 1.0, True), ("*医保状况", v("医保状况"), 1.5, True)],
        [("*工作状态", v("工作状态"), 1.0, True), ("*劳模类型", v("劳模类型"), 1.0, True),
         ("*联系电话", v("手机号码"), 1.2, True)],
        [("*参加工作时间", v("工作时间"), 1.0, True), ("*劳动合同签订时间", v("劳动合同签订时间"), 1.0, True)],
        [("*合同期限", v("合同期限"), 1.0, True)],
        [("*家庭住址", v("家庭住址"), 1.0, True)],
        [("*本人月收入", v("本人月平均收入"), 1.0, True), ("*家庭其他年收入", v("家庭其他非薪资年收入"), 1.0, True),
         ("*因困总支出", v("年度必要支出"), 1.0, True)],
        [("是否有一定自救能力", opts(YES_NO, "是否有一定自救能力"), 1.0, False),
         ("是否为零就业家庭", opts(YES_NO, "是否为零就业家庭"), 1.0, False)],
        [("*开户银行", v("开户银行"), 1.0, True), ("*支行名称", v("支行名称"), 1.2, True)],
        [("*银行卡号", v("银行卡号"), 1.0, True)],
    ]
    printed = ["姓名", "性别", "民族", "政治面貌", "身份证号", "婚姻状况", "健康状况", "户口类型", "户口所在地行政区划",
               "住房类型", "医保状况", "工作状态", "劳模类型", "手机号码", "工作时间", "劳动合同签订时间", "合同期限",
               "家庭住址", "本人月平均收入", "家庭其他非薪资年收入", "年度必要支出", "是否有一定自救能力",
               "是否为零就业家庭", "开户银行", "支行名称", "银行卡号"]
    y = 66.0
    for line in lines:
        _slot_line(p, st, y, line)
        y += 9.6 if any(not ruled for _, _, _, ruled in line) else 8.8
    p.text(LEFT, y + 2, "二、致困原因", 3.3, "bold")
    p.line(LEFT, y + 5, RIGHT, y + 5, 0.4)
    y += 12
    p.text(LEFT, y, "*主要致困原因：", 2.9, st.label_font)
    _put(marks(f, HZ_CAUSES, ticked_of(r["主要致困原因"]), "dot", 2.8), LEFT + 26, y - 4, RIGHT, y + 8)
    y += 14
    p.text(LEFT, y, "次要致困原因：", 2.9, st.label_font)
    p.text(LEFT, y + 4.5, "（最少0项，最多3项）", 2.4, st.label_font)
    _put(marks(f, HZ_CAUSES, ticked_of(r["次要致困原因"]), "dot", 2.8), LEFT + 26, y - 4, RIGHT, y + 8)
    y += 13
    p.text(LEFT, y, "三、困难情况说明", 3.3, "bold")
    p.line(LEFT, y + 3, RIGHT, y + 3, 0.4)
    bottom = 284.0
    for k in range(int((bottom - y - 6) // 8)):  # a lined space for the narrative
        p.line(LEFT, y + 12 + k * 8, RIGHT, y + 12 + k * 8, 0.15)
    _put(_free(p, st, str(r["困难情况说明"] or ""), 3.2), LEFT, y + 5, RIGHT, min(bottom, y + 5 + 24))
    _page_no(p, st, 1, 2)

    q = Page(p.w, p.h)
    fq = f.on(q)
    q.text(LEFT, 14, "四、家庭成员情况（与申请人共同生活的家庭成员）", 3.3, "bold")
    q.line(LEFT, 17, RIGHT, 17, 0.4)
    slots = _slots(hh, rng)
    keys = ["姓名", "关系", "性别", "政治面貌", "月收入", "身份证号"]
    step = 16.0 if len(slots) > 4 else 18.0
    y = 26.0
    for i, m in enumerate(slots):
        q.text(LEFT, y, f"（{i + 1}）", 2.9, st.label_font)

        def mv(key: str, m: dict[str, Any] | None = m) -> Cell:
            return None if m is None else value(fq, m[key], key)

        _slot_line(q, st, y, [("姓名", mv("姓名"), 1.2, True), ("关系", mv("关系"), 0.8, True),
                              ("性别", mv("性别"), 0.4, True), ("政治面貌", mv("政治面貌"), 0.9, True),
                              ("月收入", mv("月收入"), 0.8, True)], left=LEFT + 8)
        q.text(LEFT + 8, y + 7.5, "身份证号", 2.9, st.label_font)
        _put(digit_boxes(fq, None if m is None else m["身份证号"]), LEFT + 24, y + 3.5, LEFT + 24 + 18 * 5.2 + 1.5,
             y + 11.5)
        y += step
    members = _truth(hh.members, keys)
    y += 4
    q.text(LEFT, y, "五、困难类别（由杭州市总工会职工服务中心认定）", 3.3, "bold")
    q.line(LEFT, y + 3, RIGHT, y + 3, 0.4)
    _put(marks(fq, HZ_CATEGORIES, ticked_of(r["困难类别"]), "dot", 3.0), LEFT, y + 6, RIGHT, y + 14)
    y += 24
    _signed(q, st, LEFT, y, "申请职工签名：", r["姓名"])
    q.text(120, y, "日期：" + st.date(hh.created.isoformat()), 3.0, st.label_font)
    y += 12
    x = _rule_line(q, st, LEFT, y, "经办人：", r["建档人"], 30)
    x = _rule_line(q, st, x + 6, y, "审核人：", r["审核人"], 30)
    _rule_line(q, st, x + 6, y, "审批人：", None, 30)
    _page_no(q, st, 2, 2)
    q.members = list(members)
    first = list(dict.fromkeys(["单位", "是否农民工", *printed, "主要致困原因", "次要致困原因", "困难情况说明"]))
    second = [k for k in HZ_ALWAYS if k not in first]
    return _document(hh, [p, q], [first, second], members, sealed, 0, HZ_TITLE, "杭州/轮换8")


# ---------------------------------------------------------------------------------------------------------
# 河北/轮换8
HB_TABLE_A = [MCol("序号", None, 0.4), MCol("姓  名", "姓名", 1.0), MCol("性别", "性别", 0.5),
              MCol("与申请人关系", "关系", 0.9), MCol("健康状况", "健康状况", 0.9),
              MCol("身份（在职/失业/退休/在读）", "人员身份", 1.3)]
HB_TABLE_B = [MCol("序号", None, 0.4), MCol("公民身份号码", "身份证号", 2.1), MCol("月收入（元）", "月收入", 0.9),
              MCol("单位或学校名称", "单位或学校", 1.6)]


def _numbered(g: Grid, f: Fill, slots: Sequence[dict[str, Any] | None], cols: Sequence[MCol], h: float) -> None:
    g.row([(c.w, L(c.label)) for c in cols], 9.0, 2.6)
    for i, m in enumerate(slots):
        g.row([(cols[0].w, L(str(i + 1))), *((c.w, _member_value(f, m, c.key)) for c in cols[1:])], h)


@layout("建档申请表/河北", "河北/轮换8")
def form_hebei_two_tables(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    p.text(LEFT, 10, "附件 2", 3.1, st.label_font)
    _title(p, st, HB_TITLE, 19, 6.0)
    p.text(LEFT, 29, "申请困难类别：", 3.0, st.label_font)
    _put(marks(f, HB_CATEGORIES, ticked_of(r["困难类别"]), "paren", 3.0), LEFT + 22, 25, LEFT + 90, 33)
    p.text(RIGHT, 29, "（以下内容为申请人填写，填写前请详细阅读填写说明）", 2.5, st.label_font, "rm")
    record = {**r, "职工身份": _identity(r) if r["工作状态"] is not None else None}
    g = RuledGrid(p, st, 12, 34, 186, 0.2)
    top = g.y
    rows = [
        [F("姓  名", "姓名", 1.2), F("性别", "性别", 0.5), F("民 族", "民族", 0.7)],
        [F("政治面貌", "政治面貌", 1.0), F("家庭人口", "家庭人口", 0.5)],
        [F("公民身份号码", "身份证号", 2.4)],
        [F("婚姻情况", "婚姻状况", 2.4, MARITAL)],
        [F("户籍地址", "户口所在地行政区划", 3.0)],
        [F("现居住地", "家庭住址", 3.0)],
        [F("工作单位", "工作单位", 1.7), F("联系电话", "手机号码", 1.1)],
        [F("职工身份", "职工身份", 3.0, IDENTITY, truth=False)],
        [F("本人月平均收入（元）", "本人月平均收入", 1.0), F("家庭非薪资收入（元）", "家庭其他非薪资年收入", 1.0)],
    ]
    printed = _rows(g, f, record, rows, "inline", 9.0, "textbox")
    g.row([(0.9, L("主要致困原因")), (4.0, marks(f, HB_CAUSES, ticked_of(r["主要致困原因"]), "textbox", 2.7))], 16, 2.8)
    own = r["住房类型"] if r["住房类型"] in ("商品房", "自建房") else None
    estate = f"{own}1套，{r['建筑面积']}平方米" if own and r["建筑面积"] else "无"
    g.row([(0.9, L("家庭财产")), (0.8, L("房产（不动产）")), (1.9, value(f, estate, align="left")),
           (0.7, L("机动车辆")), (0.6, value(f, "无"))], 10, 2.7)
    med, edu, other = hebei_split(hh)
    g.row([(0.9, L("必要性支出")), (0.55, L("医疗费用")), (0.55, value(f, med)), (0.55, L("教育费用")),
           (0.55, value(f, edu)), (0.7, L("其他必要支出")), (0.55, value(f, other))], 10, 2.6)
    g.row([(0.9, L("合计（元）")), (4.0, value(f, r["年度必要支出"], "年度必要支出", align="left"))], 9, 2.7)

    def narrative(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 4, "（家庭困难原因及状况，请直接叙述）", 2.5, st.label_font)
        _free(p, st, str(r["困难情况说明"] or ""), 3.1)(x0, y0 + 6, x1 - 6, y1)

    g.row([(0.9, L("家庭困难原因及状况")), (4.0, narrative)], max(24.0, min(60.0, 280 - g.y)), 2.8)
    g.frame(top, 0.6)
    _page_no(p, st, 1, 2)

    q = Page(p.w, p.h)
    fq = f.on(q)
    q.text(LEFT, 13, "家庭成员情况（共同生活的家庭成员均须填写，两表序号一一对应）", 3.2, st.label_font)
    slots = _slots(hh, rng)
    h = RuledGrid(q, st, 12, 18, 186, 0.2)
    row_h = 8.5 if len(slots) > 4 else 9.5
    q.text(LEFT, h.y + 4, "表一", 3.0, "bold")
    h.y += 7
    top = h.y
    _numbered(h, fq, slots, HB_TABLE_A, row_h)
    h.frame(top, 0.6)
    h.y += 4
    q.text(LEFT, h.y + 4, "表二", 3.0, "bold")
    h.y += 7
    top = h.y
    _numbered(h, fq, slots, HB_TABLE_B, row_h)
    h.frame(top, 0.6)
    members = _truth(hh.members, [c.key for c in HB_TABLE_A + HB_TABLE_B])
    q.members = list(members)
    h.y += 6
    top = h.y

    def declaration(x0: float, y0: float, x1: float, y1: float) -> None:
        lines = ("本人已阅读填表说明，以上所填内容真实无误；",
                 "本人愿意配合工作人员的各项调查工作，并如实反映情况；",
                 "本人将积极配合工会及其他相关部门一起制定帮扶计划。")
        for i, line in enumerate(lines):
            q.text(x0 + 2, y0 + 4.5 + i * 5, f"{i + 1}．" + line, 2.7, st.label_font)
        _signed(q, st, x0 + 2, y1 - 4.5, "申请人（签字）：", r["姓名"])
        q.text(x1 - 4, y1 - 4.5, st.date(hh.created.isoformat()), 3.0, st.value_font, "rm", st.color)

    h.row([(0.8, L("本人承诺")), (5.2, declaration)], 28, 2.9)

    def publicity(x0: float, y0: float, x1: float, y1: float) -> None:
        _put(marks(fq, ("无异议", "有异议"), {"无异议"}, "paren", 2.9), x0, y0, x0 + 70, y1)

    h.row([(0.8, L("公示情况")), (5.2, publicity)], 10, 2.9)

    def opinion(x0: float, y0: float, x1: float, y1: float) -> None:
        q.text(x0 + 3, y0 + 6, "经调查核实，情况属实，同意申报。", 3.2, st.value_font, color=st.color)
        q.text(x1 - 4, y1 - 5, "（盖章）    年   月   日", 2.9, st.label_font, "rm")
        if sealed:
            _seal_on(q, st, x1 - 40, (y0 + y1) / 2, f"{hh.unit.name}工会委员会", "", 16)

    room = 282 - h.y - 38
    h.row([(0.8, L("基层工会意见")), (5.2, opinion)], max(24.0, min(34.0, room * 0.55)), 2.9)
    h.row([(0.8, L("县级以上工会审核意见")), (5.2, _free(q, st, "（盖章）    年   月   日"))],
          max(20.0, min(28.0, room * 0.45)), 2.7)
    h.frame(top, 0.6)
    _page_no(q, st, 2, 2)
    first = list(dict.fromkeys(["困难类别", *printed, "主要致困原因", "年度必要支出", "困难情况说明"]))
    second = [k for k in HB_ALWAYS if k not in first]
    return _document(hh, [p, q], [first, second], members, sealed, 1, HB_TITLE, "河北/轮换8")


# ---------------------------------------------------------------------------------------------------------
# 湖南/轮换8
HN_MEMBERS = [MCol("序号", None, 0.4), MCol("姓  名", "姓名", 0.9), MCol("年龄", "年龄", 0.45),
              MCol("与申请人关系", "关系", 0.8), MCol("月收入（元）", "月收入", 0.75),
              MCol("工作单位或就读学校", "单位或学校", 1.5), MCol("身份证号码", "身份证号", 2.0)]


def _two_lines(p: Page, st: Style, label: str, size: float = 2.9) -> Cell:
    """A label broken over two lines in its narrow cell, as the seed prints 「工  作 / 状  态」."""
    half = math.ceil(len(label) / 2)
    top, bottom = label[:half], label[half:]

    def cell(x0: float, y0: float, x1: float, y1: float) -> None:
        sz = min(size, (x1 - x0 - 1.5) / max(text_width(top, 1.0, st.label_font), 0.1))
        mid = (y0 + y1) / 2
        p.text((x0 + x1) / 2, mid - sz * 0.65, top, sz, st.label_font, "mm")
        p.text((x0 + x1) / 2, mid + sz * 0.65, bottom, sz, st.label_font, "mm")

    return cell


def _upright(g: Grid, top: float, w_mm: float, text: str, size: float = 3.2) -> None:
    """A section label merged down the left of the rows drawn since ``top``, its characters one under another."""
    g.page.rect(g.x, top, g.x + w_mm, g.y, 0.3)
    step = min(size * 1.5, (g.y - top - 2) / len(text))
    y = (top + g.y) / 2 - step * (len(text) - 1) / 2
    for ch in text:
        g.page.text(g.x + w_mm / 2, y, ch, size, g.st.label_font, "mm")
        y += step


@layout("建档申请表/湖南", "湖南/轮换8")
def form_hunan_two_pages(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    p.text(LEFT, 10, "附件1", 3.1, "bold")
    _title(p, st, HN_TITLE, 20, 6.0)
    _rule_line(p, st, LEFT, 31, "申请单位（盖章）：", r["单位"], 80)
    p.text(RIGHT, 31, "编号：________", 2.9, st.label_font, "rm")
    record = _dibao_worded(r)
    g = RuledGrid(p, st, 13, 36, 184, 0.3)
    top = g.y
    lead = 9.0  # mm: 困难救助申请人基本情况 merged down the left
    g.x, g.w = g.x + lead, g.w - lead

    def lbl(text: str, page: Page = p) -> Cell:
        return _two_lines(page, st, text) if len(text) > 3 else L(text)

    def val(key: str) -> Cell:
        return _cell(f, F("", key), record, None)

    g.row([(0.6, lbl("姓名")), (1.1, val("姓名")), (0.6, lbl("性别")), (0.5, val("性别")), (0.6, lbl("年龄")),
           (0.5, val("年龄"))], 11, 2.9)
    g.row([(0.6, lbl("身份证号码")), (2.0, val("身份证号")), (0.6, lbl("有无低保")),
           (1.2, marks(f, DIBAO, ticked_of(record["有无低保"]), "textbox", 2.8))], 11, 2.9)
    g.row([(0.6, lbl("工作状态")), (1.1, val("工作状态")), (0.6, lbl("联系电话")), (1.1, val("手机号码"))], 11, 2.9)
    g.row([(0.6, lbl("工作单位")), (3.3, val("工作单位"))], 11, 2.9)

    def causes(x0: float, y0: float, x1: float, y1: float) -> None:  # two a line, as the seed prints them
        mid = (y0 + y1) / 2
        _put(marks(f, HUNAN_CAUSES[:2], ticked_of(r["主要致困原因"]), "textbox", 2.9), x0, y0, x1, mid + 0.5)
        _put(marks(f, HUNAN_CAUSES[2:], ticked_of(r["主要致困原因"]), "textbox", 2.9), x0, mid - 0.5, x1, y1)

    g.row([(0.6, lbl("致困原因")), (3.3, causes)], 15, 2.9)
    printed = ["姓名", "性别", "年龄", "身份证号", "有无低保", "工作状态", "手机号码", "工作单位", "主要致困原因"]
    g.x, g.w = g.x - lead, g.w + lead
    _upright(g, top, lead, "申请人基本情况")
    g.row([(0.55, lbl("家庭主要困难情况")), (3.65, _free(p, st, str(r["困难情况说明"] or ""), 3.2))],
          max(40.0, min(70.0, 236 - g.y)), 2.9)

    def promise(x0: float, y0: float, x1: float, y1: float) -> None:
        p.fit(x0, y0 + 2, x1, y0 + 14, "本人承诺以上所填情况皆真实，愿意接受审核。若隐瞒或弄虚作假，自愿承担责任。", 3.0,
              st.label_font, "left", pad=3)
        _signed(p, st, x0 + 40, y1 - 6, "承诺人（签名）", r["姓名"])
        p.text(x1 - 4, y1 - 6, st.date(hh.created.isoformat()), 3.0, st.value_font, "rm", st.color)

    g.row([(0.55, lbl("本人承诺")), (3.65, promise)], 30, 2.9)
    g.frame(top, 0.8)
    _page_no(p, st, 1, 2)

    q = Page(p.w, p.h)
    fq = f.on(q)
    q.text(LEFT, 14, "家庭成员情况", 3.6, "bold")
    q.text(RIGHT, 14, "（不含申请人本人）", 2.7, st.label_font, "rm")
    slots = _slots(hh, rng)
    h = RuledGrid(q, st, 13, 19, 184, 0.3)
    top = h.y
    h.row([(c.w, L(c.label)) for c in HN_MEMBERS], 10, 2.6)
    for i, m in enumerate(slots):
        h.row([(HN_MEMBERS[0].w, L(str(i + 1))), *((c.w, _member_value(fq, m, c.key)) for c in HN_MEMBERS[1:])], 10)
    h.frame(top, 0.8)
    members = _truth(hh.members, [c.key for c in HN_MEMBERS])
    q.members = list(members)
    h.y += 8
    top = h.y

    def check(x0: float, y0: float, x1: float, y1: float) -> None:
        q.text(x0 + 3, y0 + 6, "经入户核查，申请人家庭情况属实。", 3.2, st.value_font, color=st.color)
        q.text(x0 + 3, y0 + 14, "困难类别：", 3.0, st.label_font)
        _put(marks(fq, HN_CATEGORIES, ticked_of(r["困难类别"]), "textbox", 3.0), x0 + 20, y0 + 10, x1 - 4, y0 + 18)
        _signed(q, st, x0 + 40, y1 - 5, "入户核查人签名：", r["建档人"])
        q.text(x1 - 4, y1 - 5, "年   月   日", 2.9, st.label_font, "rm")

    def first(x0: float, y0: float, x1: float, y1: float) -> None:
        q.text(x0 + 3, y0 + 6, "情况属实，同意建档。", 3.3, st.value_font, color=st.color)
        _signed(q, st, x0 + 30, y1 - 5, "（公章+审签人签字）", r["审核人"])
        q.text(x1 - 4, y1 - 5, st.date((hh.created - timedelta(days=2)).isoformat()), 2.9, st.value_font, "rm",
               st.color)
        if sealed:
            _seal_on(q, st, x1 - 45, (y0 + y1) / 2, f"{hh.unit.name}工会委员会", "", 16)

    room = 284 - h.y
    h.row([(0.55, lbl("入户核查人员意见", q)), (3.65, check)], min(40.0, room * 0.36), 2.9)
    h.row([(0.55, lbl("单位工会或社区工会初审意见", q)), (3.65, first)], min(40.0, room * 0.34), 2.7)
    h.row([(0.55, lbl("市/县工会帮扶中心入户复核人员意见", q)),
           (3.65, _free(q, st, "入户复核人签名：          年   月   日"))], min(30.0, room * 0.28), 2.5)
    h.frame(top, 0.8)
    _page_no(q, st, 2, 2)
    page1 = list(dict.fromkeys(["单位", *printed, "困难情况说明"]))
    page2 = [k for k in HN_ALWAYS if k not in page1]
    return _document(hh, [p, q], [page1, page2], members, sealed, 1, HN_TITLE, "湖南/轮换8")


# ---------------------------------------------------------------------------------------------------------
# 全国/轮换8
NATIONAL_TITLE = "困难职工档案表"
# the member rows of the 成员 sheet: one row a field, one column a member
NATIONAL_MEMBER_ROWS: list[tuple[str, str]] = [
    ("*姓名", "姓名"), ("*关系", "关系"), ("性别", "性别"), ("*民族", "民族"), ("政治面貌", "政治面貌"),
    ("*身份证号", "身份证号"), ("出生日期", "出生日期"), ("年龄", "年龄"), ("*健康状况", "健康状况"),
    ("*人员身份", "人员身份"), ("*月收入", "月收入"), ("单位或学校", "单位或学校"), ("手机号码", "手机号码"),
]
PER_BLOCK = 3


def _boxed(p: Page, f: Fill, x0: float, y: float, x1: float, h: float, label: str, label_w: float,
           cell: Cell, size: float = 2.6) -> None:
    """The label, then a box that holds the value."""
    st = f.st
    p.fit(x0, y, x0 + label_w, y + h, label, size, st.label_font, "left", pad=0.5)
    p.rect(x0 + label_w + 1, y + 0.4, x1, y + h - 0.4, 0.25)
    _put(cell, x0 + label_w + 1.5, y + 0.4, x1 - 0.5, y + h - 0.4)


def _numbered_options(f: Fill, x: float, y: float, options: Sequence[str], chosen: set[str], step: float,
                      size: float = 2.7) -> float:
    """Options one a line, numbered, each after a （  ） the chosen ones ticked in; returns the y after them."""
    p, st = f.p, f.st
    ink = st.color if st.hand else BLACK
    for i, o in enumerate(options):
        p.text(x, y, f"（　）{i + 1}．{o}", size, st.label_font)
        if o in chosen:
            p.text(x + text_width("（", size, st.label_font) + 0.3, y, "√", size * 1.15, "sans", "lm", ink)
        y += step
    return y


@layout("建档申请表/全国", "全国/轮换8")
def form_national_boxed(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    _title(p, st, NATIONAL_TITLE, 13, 6.0)
    p.text(p.w / 2, 20, "（*为必填项 样表）", 2.8, st.label_font, "mm")
    record = {**r, "主要致困原因": _coded(r["主要致困原因"]), "次要致困原因": _coded(r["次要致困原因"])}
    migrant = set() if r["是否农民工"] is None else {"困难农民工" if r["是否农民工"] else "困难职工"}
    _rule_line(p, st, LEFT, 28, "*填报单位：", r["单位"], 74)
    p.text(126, 28, "职工类型：", 2.9, st.label_font)
    _put(marks(f, ("困难职工", "困难农民工"), migrant, "paren", 2.9), 141, 24, RIGHT, 32)
    yn = ("是", "否")
    fields: list[list[F]] = [
        [F("*职工编号", "职工编号"), F("*困难类别", "困难类别")],
        [F("*档案类型", "档案类型"), F("*建档标准", "建档标准")],
        [F("*姓名", "姓名"), F("*性别", "性别")],
        [F("*民族", "民族"), F("*政治面貌", "政治面貌")],
        [F("*身份证号", "身份证号"), F("*出生日期", "出生日期")],
        [F("年龄", "年龄"), F("*婚姻状况", "婚姻状况")],
        [F("*健康状况", "健康状况"), F("疾病/残疾类别", "疾病/残疾类别")],
        [F("是否单亲", "是否单亲", options=yn), F("*工作状态", "工作状态")],
        [F("*工作时间", "工作时间"), F("*劳模类型", "劳模类型")],
        [F("劳动合同签订时间", "劳动合同签订时间"), F("合同期限", "合同期限")],
        [F("*工作单位", "工作单位"), F("单位性质", "单位性质")],
        [F("企业状况", "企业状况"), F("*所属行业", "所属行业")],
        [F("*户口类型", "户口类型"), F("邮政编码", "邮政编码")],
        [F("*户口所在行政区划", "户口所在地行政区划")],
        [F("*家庭住址", "家庭住址")],
        [F("手机号码", "手机号码"), F("其他联系方式", "其他联系方式")],
        [F("*家庭人口", "家庭人口"), F("*住房类型", "住房类型")],
        [F("建筑面积", "建筑面积"), F("*医保状况", "医保状况")],
        [F("*本人月平均收入", "本人月平均收入"), F("*家庭其他非薪资年收入", "家庭其他非薪资年收入")],
        [F("*家庭年度总收入", "家庭年度总收入"), F("家庭月人均收入", "家庭月人均收入")],
        [F("年度必要支出", "年度必要支出"), F("是否为零就业家庭", "是否为零就业家庭", options=yn)],
        [F("是否有一定自救能力", "是否有一定自救能力", options=yn)],
        [F("*主要致困原因", "主要致困原因")],
        [F("次要致困原因", "次要致困原因")],
    ]
    printed = ["是否农民工", "单位"]
    y, row_h, label_w = 36.0, 8.4, 33.0
    half = (RIGHT - LEFT) / 2
    for line in fields:
        for j, fld in enumerate(line):
            x0 = LEFT + j * half
            x1 = x0 + half - 2 if len(line) == 2 else RIGHT
            _boxed(p, f, x0, y, x1, row_h, fld.label, label_w, _cell(f, fld, record, "paren"))
            printed.append(str(fld.key))
        y += row_h + 0.6
    codes = LEGEND.rstrip("。").split("；")
    p.text(LEFT, y + 3, "致困原因选项：" + "；".join(codes[:4]) + "；", 2.4, st.label_font)
    p.text(LEFT, y + 7.5, "；".join(codes[4:8]) + "；", 2.4, st.label_font)
    p.text(LEFT, y + 12, "；".join(codes[8:]) + "。", 2.4, st.label_font)
    _page_no(p, st, 1, 3)

    q = Page(p.w, p.h)
    fq = f.on(q)
    _title(q, st, "家庭主要成员", 14, 5.0)
    slots = _slots(hh, rng)
    blocks = math.ceil(len(slots) / PER_BLOCK)
    row_h = 6.8
    y = 22.0
    for b in range(blocks):
        g = RuledGrid(q, st, 12, y, 186, 0.22)
        chunk = [slots[i] if i < len(slots) else None for i in range(b * PER_BLOCK, (b + 1) * PER_BLOCK)]
        g.row([(0.8, L("项目")), *((1.0, L(f"成员{b * PER_BLOCK + k + 1}")) for k in range(PER_BLOCK))], 7.5, 2.8)
        for label, key in NATIONAL_MEMBER_ROWS:
            g.row([(0.8, L(label)), *((1.0, _member_value(fq, m, key)) for m in chunk)], row_h, 2.7)
        g.frame(y, 0.6)
        y = g.y + 8
    members = _truth(hh.members, [key for _, key in NATIONAL_MEMBER_ROWS])
    q.members = list(members)
    _page_no(q, st, 2, 3)

    s = Page(p.w, p.h)
    fs = f.on(s)
    s.text(LEFT, 16, "银行账户", 3.4, "bold")
    y = 21.0
    later: list[str] = []
    for line in ([F("开户银行", "开户银行"), F("支行名称", "支行名称")], [F("银行卡号", "银行卡号"), F("备注", "备注")]):
        for j, fld in enumerate(line):
            x0 = LEFT + j * half
            _boxed(s, fs, x0, y, x0 + half - 2, 8.4, fld.label, 24, _cell(fs, fld, r, None))
            later.append(str(fld.key))
        y += 9.0
    y += 6
    s.text(LEFT, y, "立卡信息", 3.4, "bold")
    y += 5
    target = set() if r["解困脱困对象"] is None else {"是" if r["解困脱困对象"] else "否"}
    s.text(LEFT, y + 4.2, "*建档人或审核人确定困难职工是否为解困脱困对象：", 2.8, st.label_font)
    _put(marks(fs, yn, target, "paren", 2.8), 112, y, 150, y + 8.4)
    later.append("解困脱困对象")
    y += 10
    _boxed(s, fs, LEFT, y, LEFT + half - 2, 8.4, "确定（立卡）时间", 30, value(fs, r["立卡时间"], "立卡时间"))
    y += 9.0
    _boxed(s, fs, LEFT, y, LEFT + half - 2, 8.4, "帮扶单位", 30, value(fs, r["帮扶单位"], "帮扶单位"))
    _boxed(s, fs, LEFT + half, y, RIGHT, 8.4, "帮扶责任人", 24, value(fs, r["帮扶联系人"], "帮扶联系人"))
    later += ["立卡时间", "帮扶单位", "帮扶联系人"]
    y += 14
    for title, key, options in (("五类重点群体", "五类重点群体", KEY_GROUPS), ("“四个一批”措施", "四个一批措施", FOUR_BATCHES),
                                ("七个行动计划", "七个行动计划", ACTION_PLANS)):
        s.text(LEFT, y, title + "：", 3.0, st.label_font)
        y = _numbered_options(fs, LEFT + 28, y, options, ticked_of(r[key]), 5.6) + 4
        later.append(key)
    y = min(y + 6, 250)
    x = _rule_line(s, st, LEFT, y, "*建档人：", r["建档人"], 28)
    x = _rule_line(s, st, x + 5, y, "*审核人：", r["审核人"], 28)
    _rule_line(s, st, x + 5, y, "录入人：", r["录入人"], 28)
    s.text(140, y + 14, "建档工会（盖章）", 3.0, st.label_font)
    s.text(140, y + 21, "年    月    日", 3.0, st.label_font)
    if sealed:
        _seal_on(s, st, 158, y + 16, f"{hh.unit.name}工会委员会", "", 16)
    s.text(LEFT, 284, "注：填表要求与工会帮扶工作管理系统填表要求一致。", 2.5, st.label_font)
    _page_no(s, st, 3, 3)
    later += ["建档人", "审核人", "录入人"]
    return _document(hh, [p, q, s], [list(dict.fromkeys(printed)), [], list(dict.fromkeys(later))], members,
                     sealed, 2, NATIONAL_TITLE, "全国/轮换8")
