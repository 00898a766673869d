"""Printings of the four application forms added with rotation 7 (2026-12-06, session 16), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from the seeds and REAL-DOCUMENTS.md with the parts of ``forms_draw`` and of the earlier rotations;
labels as the seeds word them (and the synonyms the seeds themselves print).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

# forms registers each kind's first printing and the printings of rotations 1 to 6 before these
from dangan.synth import forms, forms_rotation6  # noqa: F401
from dangan.synth.canvas import INK_BLUE, Page, text_width
from dangan.synth.forms_draw import (
    Arrange,
    F,
    Fill,
    MCol,
    below,
    choice,
    digit_boxes,
    field_rows,
    hebei_split,
    new_page,
    span_label,
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


# -- parts of these printings ---------------------------------------------------------------------------
def _cell(f: Fill, x: F, record: dict[str, Any], mark: Mark | None, box_first: bool = True) -> Cell:
    """A field's value: options marked ``mark`` (None: □ ticked in this copy's habit, the box before or after
    the option), the ID number on one line, or the written value."""
    v = record.get(x.key) if x.key else None
    if x.options:
        if mark:
            return marks(f, x.options, ticked_of(v), mark, 2.8)
        return choice(f, x.options, ticked_of(v), 2.8, box_first)
    if x.boxes:
        return digit_boxes(f, v)
    if x.key == "身份证号":
        return one_line(f, v)
    return value(f, v, x.key or "")


def _rows(g: Grid, f: Fill, record: dict[str, Any], rows: Sequence[Sequence[F]], arrange: Arrange, h: float,
          mark: Mark | None, box_first: bool = True, label_size: float = 2.8) -> list[str]:
    return field_rows(g, f, record, rows, arrange, h, 7.0, label_size,
                      cell=lambda f, x, record: _cell(f, x, record, mark, box_first))


def _line(p: Page, st: Style, x: float, y: float, label: str, v: Any, width: float, size: float = 3.0) -> float:
    """「label ____」 with the value written on the rule; returns the x after it."""
    p.text(x, y, label, size, st.label_font)
    x0 = x + text_width(label, size, st.label_font) + 0.8
    p.line(x0, y + 2.2, x0 + width, y + 2.2, 0.2)
    if v not in (None, ""):
        p.fit(x0, y - 4, x0 + width, y + 2.0, st.value(v), 3.2, st.value_font, "left", st.color,
              jitter=st.jitter())
    return x0 + width + 3


def _signed(p: Page, st: Style, x: float, y: float, label: str, name: Any, size: float = 3.0) -> None:
    p.text(x, y, label, size, st.label_font)
    p.text(x + text_width(label, size, st.label_font) + 1.5, y, str(name or ""), 4.3, "kai", color=INK_BLUE)


def _narrative(p: Page, st: Style, text: str, size: float) -> Cell:
    """The narrative written into its cell, kept clear of the cell's right rule (a line of digits runs wide)."""
    inner = _free(p, st, text, size)

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        inner(x0, y0, x1 - 8, y1)

    return draw


def _foot(p: Page, st: Style, text: str) -> None:
    p.text(p.w / 2, p.h - 8, text, 2.6, st.label_font, "mm")


def _member_value(f: Fill, m: dict[str, Any] | None, c: MCol) -> Cell:
    if m is None or c.key is None:
        return None
    if c.key == "身份证号":
        return one_line(f, m[c.key])
    return value(f, m[c.key], c.key)


def _numbered_rows(g: Grid, f: Fill, members: Sequence[dict[str, Any] | None], cols: Sequence[MCol], first_no: int,
                   h: float, lead_w: float = 0.0) -> None:
    """Member rows numbered from ``first_no`` (blank rows for ``None``); the 序号 column is ``cols[0]``."""
    for i, m in enumerate(members):
        cells: list[tuple[float, Cell]] = [(lead_w, None)] if lead_w else []
        cells.append((cols[0].w, L(str(first_no + i))))
        cells += [(c.w, _member_value(f, m, c)) for c in cols[1:]]
        g.row(cells, h)


def _truth(members: Sequence[dict[str, Any]], cols: Sequence[MCol]) -> list[dict[str, Any]]:
    return [{c.key: m[c.key] for c in cols if c.key} for m in members]


# ---------------------------------------------------------------------------------------------------------
# 杭州/轮换7: portrait; the applicant's 18 ID boxes in the head of the sheet, outside the table
HZ_MEMBERS = [MCol("姓名", "姓名", 0.9), MCol("性别", "性别", 0.45), MCol("年龄", "年龄", 0.45),
              MCol("家庭关系", "关系", 0.7), MCol("工作单位", "单位或学校", 1.15), MCol("月收入", "月收入", 0.75),
              MCol("身份证号", "身份证号", 2.0)]


@layout("建档申请表/杭州", "杭州/轮换7")
def form_hangzhou_id_head(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    p.text(12, 9, "附件1", 3.0, st.label_font)
    _title(p, st, HZ_TITLE, 16, 5.8)
    migrant = set() if r["是否农民工"] is None else {"农民工" if r["是否农民工"] else "职工"}
    p.text(70, 24, "申请类别：", 3.0, st.label_font)
    _put(choice(f, ("职工", "农民工"), migrant, 3.0, box_first=False), 86, 20, 140, 28)
    _line(p, st, 12, 34, "所在单位工会（盖章）：", r["单位"], 74)
    if sealed:
        _seal_on(p, st, 164, 33, f"{hh.unit.name}工会委员会", "", 16)
    # the ID number in the head of the sheet, a box a character, beside the applicant's name
    x = _line(p, st, 12, 60, "申请人：", r["姓名"], 24)
    p.text(x + 2, 60, "身份证号：", 3.0, st.label_font)
    _put(digit_boxes(f, r["身份证号"]), x + 2 + text_width("身份证号：", 3.0, st.label_font), 56, 198, 64)
    g = RuledGrid(p, st, 12, 67, 186, 0.3)
    top = g.y
    rows = [
        [F("*姓名", "姓名", 1.0, lw=0.7), F("*性别", "性别", 0.5, lw=0.6), F("*民族", "民族", 0.6, lw=0.6),
         F("*政治面貌", "政治面貌", 0.8, lw=0.8)],
        [F("*婚姻状况", "婚姻状况", 2.4, ("未婚", "已婚", "离异", "丧偶"), lw=0.8),
         F("*健康状况", "健康状况", 1.0, lw=0.8)],
        [F("*户口类型", "户口类型", 1.3, ("非农业", "农业"), lw=0.8), F("*户口所在地", "户口所在地行政区划", 1.9, lw=0.9)],
        [F("*住房类型", "住房类型", 0.9, lw=0.8), F("*医保状况", "医保状况", 1.1, lw=0.8),
         F("*联系电话", "手机号码", 1.1, lw=0.8)],
        [F("*工作状态", "工作状态", 0.8, lw=0.8), F("*劳模类型", "劳模类型", 0.8, lw=0.8),
         F("*参加工作时间", "工作时间", 1.0, lw=1.0)],
        [F("*劳动合同签订时间", "劳动合同签订时间", 1.2, lw=1.3), F("*合同期限", "合同期限", 1.9, lw=0.8)],
        [F("*本人月收入", "本人月平均收入", 0.8, lw=0.9), F("*家庭其他年收入", "家庭其他非薪资年收入", 0.8, lw=1.1),
         F("*因困总支出", "年度必要支出", 0.8, lw=0.9)],
        [F("是否有一定自救能力", "是否有一定自救能力", 0.9, YES_NO, lw=1.5),
         F("是否为零就业家庭", "是否为零就业家庭", 0.9, YES_NO, lw=1.5)],
        [F("*家庭住址", "家庭住址", 4.0, lw=0.8)],
        [F("*开户银行", "开户银行", 1.0, lw=0.8), F("*支行名称", "支行名称", 1.0, lw=0.8),
         F("*银行卡号", "银行卡号", 1.6, lw=0.8)],
    ]
    printed = _rows(g, f, r, rows, "pair", 8.6, None, box_first=False)
    n_rows = max(len(hh.members), rng.randint(1, 6))
    m_top = g.y
    lead_w = 0.5
    g.row([(lead_w, None), *((c.w, L(c.label)) for c in HZ_MEMBERS)], 7, 2.7)
    slots: list[dict[str, Any] | None] = [*hh.members, *([None] * (n_rows - len(hh.members)))]
    for m in slots:
        g.row([(lead_w, None), *((c.w, _member_value(f, m, c)) for c in HZ_MEMBERS)], 9.0 if n_rows > 4 else 10.0)
    span_label(g, m_top, g.w * lead_w / (lead_w + sum(c.w for c in HZ_MEMBERS)), "家庭成员", 2.9)
    members = _truth(hh.members, HZ_MEMBERS)
    main, second = ticked_of(r["主要致困原因"]), ticked_of(r["次要致困原因"])
    g.row([(1.2, L("*主要致困原因")), (5.0, choice(f, HZ_CAUSES, main, 2.7))], 13, 2.7)
    g.row([(1.2, L("次要致困原因（0-3项）")), (5.0, choice(f, HZ_CAUSES, second, 2.7))], 13, 2.6)
    g.row([(1.2, L("困难情况说明")), (5.0, _narrative(p, st, str(r["困难情况说明"] or ""), 3.0))],
          max(12.0, min(26.0, 262 - g.y)))

    def category(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 4, "困难类别（由市总工会职工服务中心认定）：", 2.8, st.label_font)
        _put(choice(f, HZ_CATEGORIES, ticked_of(r["困难类别"]), 2.8, box_first=False), x0, y0 + 6, x1, y1)

    g.row([(1.2, L("困难类别")), (5.0, category)], 14)
    g.frame(top, 0.7)
    y = min(g.y + 7, 282)
    _signed(p, st, 14, y, "申请职工签名：", r["姓名"])
    x = _line(p, st, 80, y, "经办人：", r["建档人"], 28)
    _line(p, st, x + 4, y, "审核人：", r["审核人"], 28)
    p.members = list(members)
    keys = list(dict.fromkeys([*HZ_ALWAYS, "身份证号", *printed]))
    return _document(hh, [p], [keys], members, sealed, 0, HZ_TITLE, "杭州/轮换7")


# ---------------------------------------------------------------------------------------------------------
# 河北/轮换7: two pages, the member table begun on page 1 (three rows) and continued on page 2 (续表)
HB_MEMBERS = [MCol("序号", None, 0.35), MCol("姓 名", "姓名", 0.8), MCol("与申请人关系", "关系", 0.7),
              MCol("公民身份号码", "身份证号", 2.0), MCol("性别", "性别", 0.4),
              MCol("身 份（在职/失业/退休/在读）", "人员身份", 0.9), MCol("单位或学校名称", "单位或学校", 1.1),
              MCol("健康状况", "健康状况", 0.7), MCol("月收入（元）", "月收入", 0.7)]
HB_FIRST_ROWS = 3


@layout("建档申请表/河北", "河北/轮换7")
def form_hebei_continued(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    p.text(14, 10, "附件2", 3.2, "bold")
    _title(p, st, HB_TITLE, 18, 6.2)
    p.text(112, 27, "申请困难类别", 3.0, st.label_font)
    _put(choice(f, HB_CATEGORIES, ticked_of(r["困难类别"]), 3.0, box_first=False), 134, 23, 198, 31)
    p.text(14, 34, "以下内容为申请人填写，填写前请详细阅读填写说明", 2.8, st.label_font)
    record = {**r, "职工身份": _identity(r) if r["工作状态"] is not None else None}
    g = RuledGrid(p, st, 12, 38, 186, 0.22)
    top = g.y
    rows = [
        [F("姓  名", "姓名", 1.0, lw=0.6), F("民 族", "民族", 0.6, lw=0.5), F("性别", "性别", 0.4, lw=0.5),
         F("政治面貌", "政治面貌", 0.8, lw=0.7)],
        [F("公民身份号码", "身份证号", 2.2, lw=0.9), F("家庭人口", "家庭人口", 0.6, lw=0.7)],
        [F("婚姻情况", "婚姻状况", 3.0, MARITAL, lw=0.9)],
        [F("户籍地址", "户口所在地行政区划", 3.0, lw=0.9)],
        [F("现居住地", "家庭住址", 3.0, lw=0.9)],
        [F("工作单位", "工作单位", 1.6, lw=0.7), F("联系电话", "手机号码", 1.0, lw=0.7)],
        [F("职工身份", "职工身份", 3.0, IDENTITY, lw=0.9, truth=False)],
        [F("本人月平均收入（元）", "本人月平均收入", 0.8, lw=1.1), F("家庭非薪资收入（元）", "家庭其他非薪资年收入", 0.8, lw=1.1)],
    ]
    printed = _rows(g, f, record, rows, "pair", 9.0, None, box_first=False, label_size=2.8)
    g.row([(0.9, L("主要致困原因")), (3.0, choice(f, HB_CAUSES, ticked_of(r["主要致困原因"]), 2.8, box_first=False))],
          15, 2.8)
    g.frame(top, 0.6)
    p.text(14, g.y + 5, "家庭成员（共同生活的家庭成员均须填写）", 2.9, st.label_font)
    g.y += 8
    n_rows = max(len(hh.members), rng.randint(1, 6))
    slots: list[dict[str, Any] | None] = [*hh.members, *([None] * (n_rows - len(hh.members)))]
    here, rest = slots[:HB_FIRST_ROWS], slots[HB_FIRST_ROWS:]
    top = g.y
    g.row([(c.w, L(c.label)) for c in HB_MEMBERS], 10, 2.5)
    _numbered_rows(g, f, here, HB_MEMBERS, 1, 10)
    g.frame(top, 0.6)
    if rest:
        p.text(198, g.y + 4, "（下转第2页续表）", 2.7, st.label_font, "rm")
    g.y += 8
    g.row([(0.9, L("家庭困难原因及状况")), (3.0, _narrative(p, st, "直接叙述：" + str(r["困难情况说明"] or ""), 3.0))],
          max(18.0, min(40.0, 278 - g.y)), 2.8)
    _foot(p, st, "第 1 页  共 2 页")
    first_members = _truth([m for m in here if m is not None], HB_MEMBERS)
    p.members = list(first_members)

    q = Page(p.w, p.h)
    fq = f.on(q)
    h = RuledGrid(q, st, 12, 16, 186, 0.22)
    later_members = _truth([m for m in rest if m is not None], HB_MEMBERS)
    if rest:
        q.text(14, 12, "家庭成员（续表）", 3.2, st.label_font)
        top = h.y
        h.row([(c.w, L(c.label)) for c in HB_MEMBERS], 10, 2.5)
        _numbered_rows(h, fq, rest, HB_MEMBERS, HB_FIRST_ROWS + 1, 10)
        h.frame(top, 0.6)
        h.y += 6
    q.members = list(later_members)
    top = h.y
    own = r["住房类型"] if r["住房类型"] in ("商品房", "自建房") else None
    estate = f"{own}1套，{r['建筑面积']}平方米" if own and r["建筑面积"] else "没有"
    h.row([(0.8, L("家庭财产")), (0.7, L("不动产")), (1.6, value(fq, estate, align="left")), (0.7, L("机动车辆")),
           (0.9, value(fq, "没有"))], 10, 2.8)
    med, edu, other = hebei_split(hh)
    h.row([(0.8, L("必要性支出（元）")), (0.55, L("医疗费用")), (0.6, value(fq, med)), (0.55, L("教育费用")),
           (0.6, value(fq, edu)), (0.75, L("其他生活致困必要支出")), (0.6, value(fq, other)), (0.45, L("合计")),
           (0.6, value(fq, r["年度必要支出"], "年度必要支出"))], 12, 2.6)

    def declaration(x0: float, y0: float, x1: float, y1: float) -> None:
        lines = ("1.本人已阅读填表说明，不存在填表说明第1项的情况。",
                 "2.本人愿意配合工作人员的各项调查工作，并如实反映情况。",
                 "3.本人将积极配合工会及其他相关部门一起制定帮扶计划。")
        for i, line in enumerate(lines):
            q.text(x0 + 2, y0 + 5 + i * 5.5, line, 2.8, st.label_font)
        _signed(q, st, x1 - 90, y1 - 5, "申请人：", r["姓名"])
        q.text(x1 - 45, y1 - 5, "日期：" + st.date(hh.created.isoformat()), 2.9, st.label_font)

    h.row([(0.8, L("本人声明")), (5.2, declaration)], 30, 2.9)
    h.frame(top, 0.6)
    q.text(14, h.y + 6, "以下内容由各级工会填写：", 3.0, st.label_font)
    h.y += 9
    top = h.y

    def publicity(x0: float, y0: float, x1: float, y1: float) -> None:
        _put(choice(fq, ("无异议", "有异议"), {"无异议"}, 2.9), x0, y0, x0 + 60, y1)

    h.row([(0.8, L("公示结果")), (5.2, publicity)], 10, 2.9)

    def opinion(x0: float, y0: float, x1: float, y1: float) -> None:
        q.text(x0 + 3, y0 + 6, "情况属实，同意上报。", 3.2, st.value_font, color=st.color)
        q.text(x1 - 60, y1 - 6, "（盖章）    年   月   日", 2.9, st.label_font)
        if sealed:
            _seal_on(q, st, x1 - 45, (y0 + y1) / 2, f"{hh.unit.name}工会委员会", "", 16)

    h.row([(0.8, L("基层工会意见")), (5.2, opinion)], 30, 2.9)
    h.row([(0.8, L("县级以上工会审核意见")), (5.2, _free(q, st, "（盖章）    年   月   日"))], 24, 2.9)
    h.frame(top, 0.6)
    _foot(q, st, "第 2 页  共 2 页")
    members = first_members + later_members
    keys = list(dict.fromkeys([*printed, "困难类别", "主要致困原因", "困难情况说明"]))
    second = [k for k in HB_ALWAYS if k not in keys]
    return _document(hh, [p, q], [keys, second], members, sealed, 1, HB_TITLE, "河北/轮换7")


# ---------------------------------------------------------------------------------------------------------
# 湖南/轮换7: one page; the 家庭成员 rows repeat their labels, each small in the corner of its value's cell
HN_MEMBERS = [MCol("与申请人关系", "关系", 0.8), MCol("姓名", "姓名", 0.9), MCol("身份证号码", "身份证号", 2.0),
              MCol("年龄", "年龄", 0.45), MCol("工作单位或就读学校", "单位或学校", 1.5), MCol("月收入（元）", "月收入", 0.75)]


@layout("建档申请表/湖南", "湖南/轮换7")
def form_hunan_labelled_members(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    p.text(13, 9, "附件 1", 3.1, st.label_font)
    _title(p, st, HN_TITLE, 16, 5.8)
    p.text(13, 24, "申请单位：" + str(r["单位"] or ""), 2.9, st.label_font)
    p.text(197, 24, "填表日期：" + st.date(hh.created.isoformat()), 2.9, st.label_font, "rm")
    record = _dibao_worded(r)
    g = RuledGrid(p, st, 13, 28, 184, 0.25)
    top = g.y
    g.row([(1.0, L("困难救助申请人基本情况"))], 7, 3.0)
    rows = [
        [F("姓  名", "姓名", 1.0), F("性  别", "性别", 0.4), F("年  龄", "年龄", 0.4), F("联系电话", "手机号码", 1.1)],
        [F("身份证号码", "身份证号", 2.2), F("工作状态", "工作状态", 0.9)],
        [F("工作单位", "工作单位", 3.4)],
        [F("有无低保", "有无低保", 2.4, DIBAO)],
        [F("致困原因", "主要致困原因", 4.0, HUNAN_CAUSES)],
    ]
    printed = _rows(g, f, record, rows, "inline", 9.5, "paren", label_size=2.9)
    g.row([(0.9, L("家庭主要困难情况")), (6.1, _narrative(p, st, str(r["困难情况说明"] or ""), 3.1))], 26, 2.9)
    n_rows = max(len(hh.members), rng.randint(1, 6))
    m_top = g.y
    lead_w = 0.9
    scale = 6.1 / sum(c.w for c in HN_MEMBERS)
    for i in range(n_rows):
        m = hh.members[i] if i < len(hh.members) else None
        cells: list[tuple[float, Cell]] = [(lead_w, None)]
        for c in HN_MEMBERS:
            inner = _member_value(f, m, c)
            cells.append((c.w * scale, below(f, c.label, inner)))
        g.row(cells, 11.0 if n_rows > 4 else 12.5)
    span_label(g, m_top, g.w * lead_w / 7.0, "家庭成员情况", 2.9)
    members = _truth(hh.members, HN_MEMBERS)

    def promise(x0: float, y0: float, x1: float, y1: float) -> None:
        p.fit(x0, y0, x1, y0 + 9, "本人承诺以上所填情况皆真实，愿意接受审核。若隐瞒或弄虚作假，自愿承担责任。", 2.9,
              st.label_font, "left", pad=2)
        _signed(p, st, x1 - 95, y1 - 4, "承诺人（签名）", r["姓名"])
        p.text(x1 - 40, y1 - 4, st.date(hh.created.isoformat()), 3.0, st.value_font, color=st.color)

    def check(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 4.5, "经入户核查，情况属实。", 3.1, st.value_font, color=st.color)
        p.text(x0 + 2, y0 + 10, "建议困难类别：", 2.9, st.label_font)
        marks(f, HN_CATEGORIES, ticked_of(r["困难类别"]), "underline", 2.9)(x0 + 24, y0 + 6, x1 - 20, y0 + 14)
        _signed(p, st, x1 - 80, y1 - 4, "入户核查人签名：", r["建档人"])

    def first(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 4.5, "同意上报。", 3.3, st.value_font, color=st.color)
        _signed(p, st, x1 - 100, y1 - 4, "（公章+审签人签字）", r["审核人"])
        p.text(x1 - 38, y1 - 4, st.date((hh.created - timedelta(days=2)).isoformat()), 2.9, st.value_font,
               color=st.color)
        if sealed:
            _seal_on(p, st, x1 - 55, (y0 + y1) / 2, f"{hh.unit.name}工会委员会", "", 16)

    room = 282 - g.y
    g.row([(0.9, L("本人承诺")), (6.1, promise)], min(18.0, room * 0.24), 2.9)
    g.row([(0.9, L("入户核查人员意见")), (6.1, check)], min(22.0, room * 0.28), 2.9)
    g.row([(0.9, L("单位工会或社区工会初审意见")), (6.1, first)], min(24.0, room * 0.28), 2.7)
    g.row([(0.9, L("市/县工会帮扶中心审核意见")), (6.1, _free(p, st, "（公章+审签人签字）    年  月  日"))],
          min(16.0, room * 0.2), 2.7)
    g.frame(top, 0.7)
    p.members = list(members)
    keys = list(dict.fromkeys(["单位", *printed, *HN_ALWAYS]))
    return _document(hh, [p], [keys], members, sealed, 0, HN_TITLE, "湖南/轮换7")


# ---------------------------------------------------------------------------------------------------------
# 全国/轮换7: page 1 label | value cells, three pairs a row; page 2 each member a card, two cards side by side,
# every label small above its value
NATIONAL_TITLE = "困难职工档案表"
CARD: list[list[tuple[str, str]]] = [
    [("*姓名", "姓名"), ("*关系（是户主的）", "关系")],
    [("*身份证号", "身份证号")],
    [("出生日期", "出生日期"), ("年龄", "年龄"), ("性别", "性别")],
    [("*民族", "民族"), ("政治面貌", "政治面貌")],
    [("*健康状况", "健康状况"), ("*人员身份", "人员身份")],
    [("*月收入", "月收入"), ("手机号码", "手机号码")],
    [("单位或学校", "单位或学校")],
]


def _card(g: Grid, f: Fill, no: int, m: dict[str, Any] | None, row_h: float) -> None:
    g.row([(1.0, L(f"家庭成员信息表格{no}"))], 6.5, 2.8)
    for line in CARD:
        cells: list[tuple[float, Cell]] = []
        for label, key in line:
            inner = None if m is None else (one_line(f, m[key]) if key == "身份证号" else value(f, m[key], key))
            cells.append((1.0, below(f, label, inner)))
        g.row(cells, row_h)


@layout("建档申请表/全国", "全国/轮换7")
def form_national_cards(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    _title(p, st, NATIONAL_TITLE, 12, 6.0)
    p.text(p.w / 2, 19, "（*为必填项）", 2.8, st.label_font, "mm")
    record = {**r, "主要致困原因": _coded(r["主要致困原因"]), "次要致困原因": _coded(r["次要致困原因"])}
    g = RuledGrid(p, st, 12, 24, 186, 0.25)
    top = g.y
    yn = YES_NO
    migrant = set() if r["是否农民工"] is None else {"困难农民工" if r["是否农民工"] else "困难职工"}
    g.row([(1.0, L("职工类型")), (2.2, choice(f, ("困难职工", "困难农民工"), migrant, 2.8)), (1.0, L("*填报单位")),
           (2.6, value(f, r["单位"], "单位"))], 8, 2.8)
    rows = [
        [F("*职工编号", "职工编号", 1.4, lw=0.8), F("*困难类别", "困难类别", 0.8, lw=0.8),
         F("*档案类型", "档案类型", 0.8, lw=0.8)],
        [F("*建档标准", "建档标准", 0.8, lw=0.8), F("*姓名", "姓名", 0.9, lw=0.6), F("*民族", "民族", 0.6, lw=0.6)],
        [F("*性别", "性别", 0.5, lw=0.6), F("*政治面貌", "政治面貌", 0.9, lw=0.8), F("*出生日期", "出生日期", 1.0, lw=0.8)],
        [F("*身份证号", "身份证号", 2.2, lw=0.8), F("年龄", "年龄", 0.4, lw=0.5)],
        [F("*健康状况", "健康状况", 0.8, lw=0.8), F("疾病/残疾类别", "疾病/残疾类别", 0.9, lw=1.0),
         F("*婚姻状况", "婚姻状况", 0.6, lw=0.8)],
        [F("是否单亲", "是否单亲", 0.8, yn, lw=0.7), F("*工作状态", "工作状态", 0.8, lw=0.8),
         F("*工作时间", "工作时间", 0.9, lw=0.8)],
        [F("*劳模类型", "劳模类型", 0.8, lw=0.8), F("劳动合同签订时间", "劳动合同签订时间", 0.9, lw=1.1),
         F("合同期限", "合同期限", 1.2, lw=0.7)],
        [F("工作单位", "工作单位", 1.8, lw=0.8), F("单位性质", "单位性质", 0.9, lw=0.8)],
        [F("企业状况", "企业状况", 0.8, lw=0.8), F("*所属行业", "所属行业", 1.6, lw=0.8)],
        [F("*户口类型", "户口类型", 0.6, lw=0.8), F("*户口所在地行政区划", "户口所在地行政区划", 1.9, lw=1.2)],
        [F("*家庭住址", "家庭住址", 2.4, lw=0.8), F("邮政编码", "邮政编码", 0.6, lw=0.7)],
        [F("手机号码", "手机号码", 0.9, lw=0.7), F("其他联系方式", "其他联系方式", 0.9, lw=0.9),
         F("*家庭人口", "家庭人口", 0.4, lw=0.7)],
        [F("*住房类型", "住房类型", 0.9, lw=0.8), F("建筑面积", "建筑面积", 0.5, lw=0.7),
         F("*医保状况", "医保状况", 1.0, lw=0.8)],
        [F("*本人月平均收入", "本人月平均收入", 0.7, lw=1.0), F("*家庭其他非薪资年收入", "家庭其他非薪资年收入", 0.7, lw=1.4),
         F("*家庭年度总收入", "家庭年度总收入", 0.7, lw=1.0)],
        [F("家庭月人均收入", "家庭月人均收入", 0.8, lw=1.0), F("年度必要支出", "年度必要支出", 0.8, lw=1.0)],
        [F("是否有一定自救能力", "是否有一定自救能力", 0.8, yn, lw=1.3), F("是否为零就业家庭", "是否为零就业家庭", 0.8, yn, lw=1.3)],
        [F("*主要致困原因", "主要致困原因", 0.5, lw=0.9), F("次要致困原因（0-3项）", "次要致困原因", 1.5, lw=1.3)],
    ]
    printed = ["是否农民工", "单位"]
    printed += _rows(g, f, record, rows, "pair", 7.8, "textbox", label_size=2.6)
    codes = LEGEND.rstrip("。").split("；")

    def legend(x0: float, y0: float, x1: float, y1: float) -> None:  # the codes on two lines, five a line
        p.text(x0 + 1.5, y0 + 3.5, "致困原因代码：" + "；".join(codes[:5]) + "；", 2.4, st.label_font)
        p.text(x0 + 1.5, y0 + 8.0, "；".join(codes[5:]) + "。", 2.4, st.label_font)

    g.row([(1.0, legend)], 11)
    bank = [[F("开户银行", "开户银行", 1.0, lw=0.7), F("支行名称", "支行名称", 1.0, lw=0.7)],
            [F("银行卡号", "银行卡号", 1.6, lw=0.7), F("备注", "备注", 0.8, lw=0.5)]]
    printed += _rows(g, f, r, bank, "pair", 7.8, "textbox", label_size=2.6)
    g.frame(top, 0.6)
    g.y += 3
    top = g.y
    g.row([(1.0, L("立卡信息"))], 6.5, 2.9)
    help_rows = [[F("是否为解困脱困对象", "解困脱困对象", 0.8, yn, lw=1.3), F("立卡时间", "立卡时间", 0.9, lw=0.7)],
                 [F("帮扶单位", "帮扶单位", 1.2, lw=0.7), F("帮扶责任人", "帮扶联系人", 0.8, lw=0.8)]]
    printed += _rows(g, f, r, help_rows, "pair", 7.8, "textbox", label_size=2.6)
    for label, key, options, hgt in (("五类重点群体", "五类重点群体", KEY_GROUPS, 12),
                                     ("“四个一批”", "四个一批措施", FOUR_BATCHES, 8.5),
                                     ("七个行动计划", "七个行动计划", ACTION_PLANS, 12)):
        g.row([(1.0, L(label)), (5.0, marks(f, options, ticked_of(r[key]), "textbox", 2.5))], hgt, 2.6)
        printed.append(key)
    g.frame(top, 0.6)
    _foot(p, st, "第1页")

    q = Page(p.w, p.h)
    fq = f.on(q)
    _title(q, st, "家庭成员信息", 14, 5.0)
    n_cards = max(len(hh.members), rng.randint(1, 6))
    row_h = 8.4 if n_cards > 4 else 9.4
    card_h = 6.5 + len(CARD) * row_h
    y = 22.0
    for k in range(0, n_cards, 2):
        for j in range(2):
            i = k + j
            if i >= n_cards:
                continue
            c = RuledGrid(q, st, 12 + j * 95, y, 91, 0.22)
            _card(c, fq, i + 1, hh.members[i] if i < len(hh.members) else None, row_h)
            c.frame(y, 0.55)
        y += card_h + 4
    members = [{key: m[key] for line in CARD for _, key in line} for m in hh.members]
    y = min(y + 6, 262)
    x = _line(q, st, 14, y, "*建档人：", r["建档人"], 28)
    x = _line(q, st, x + 5, y, "*审核人：", r["审核人"], 28)
    _line(q, st, x + 5, y, "录入人：", r["录入人"], 28)
    q.text(150, y + 12, "建档工会（盖章）", 3.0, st.label_font)
    q.text(150, y + 19, "年    月    日", 3.0, st.label_font)
    if sealed:
        _seal_on(q, st, 165, min(y + 14, 272), f"{hh.unit.name}工会委员会", "", 16)
    _foot(q, st, "第2页")
    q.members = list(members)
    first = list(dict.fromkeys(printed))
    return _document(hh, [p, q], [first, ["建档人", "审核人", "录入人"]], members, sealed, 1, NATIONAL_TITLE,
                     "全国/轮换7")

