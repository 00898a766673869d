"""Printings of the four application forms added with rotation 6 (2026-12-06), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from the seeds and REAL-DOCUMENTS.md with the parts of ``forms_draw`` and of the earlier rotations;
labels as the seeds word them (and the synonyms the seeds themselves print).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

# forms registers each kind's first printing and the printings of rotations 1 to 5 before these
from dangan.synth import forms, forms_rotation5  # noqa: F401
from dangan.synth.canvas import INK_BLUE, Page, text_width
from dangan.synth.forms_draw import (
    F,
    Fill,
    MCol,
    below,
    choice,
    digit_boxes,
    field_rows,
    hebei_split,
    inline,
    member_table,
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
from dangan.synth.forms_rotation4 import Fn, Mark, RuledGrid, _put, grouped_boxes, marks
from dangan.synth.forms_rotation5 import _coded, one_line
from dangan.synth.households import ACTION_PLANS, FOUR_BATCHES, HUNAN_CAUSES, KEY_GROUPS, Household
from dangan.synth.layouts import layout
from dangan.synth.render import Cell, Document, Grid, L, Style, _free, _seal_on, _title


# -- parts of these printings ---------------------------------------------------------------------------
def _cell(f: Fill, x: F, record: dict[str, Any], mark: Mark | None, id_cell: str = "plain") -> Cell:
    """A field's value: options marked ``mark`` (None: ticked in this copy's habit), the ID number in boxes
    or on one line, or the written value."""
    v = record.get(x.key) if x.key else None
    if x.options:
        return marks(f, x.options, ticked_of(v), mark, 2.8) if mark else choice(f, x.options, ticked_of(v), 2.8)
    if x.boxes:
        return grouped_boxes(f, v) if id_cell == "grouped" else digit_boxes(f, v)
    if x.key == "身份证号":
        return one_line(f, v)
    return value(f, v, x.key or "")


def _rows(g: Grid, f: Fill, record: dict[str, Any], rows: Sequence[Sequence[F]], arrange: str, h: float,
          mark: Mark | None, id_cell: str = "plain", label_size: float = 2.7) -> list[str]:
    return field_rows(g, f, record, rows, arrange, h, 7.0, label_size,
                      cell=lambda f, x, record: _cell(f, x, record, mark, id_cell))


def _line(p: Page, st: Style, x: float, y: float, label: str, v: Any, width: float, size: float = 3.0) -> float:
    """「label ____」 with the value typed on the rule; returns the x after it."""
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


def _foot(p: Page, st: Style, text: str) -> None:
    p.text(p.w - 12, p.h - 7, text, 2.5, st.label_font, "rm")


# ---------------------------------------------------------------------------------------------------------
@layout("建档申请表/杭州", "杭州/轮换6")
def form_hangzhou_landscape_inline(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st, landscape=True)
    _title(p, st, HZ_TITLE, 11, 5.4)
    migrant = set() if r["是否农民工"] is None else {"农民工" if r["是否农民工"] else "职工"}
    marks(f, ("职工", "农民工"), migrant, "paren", 3.0)(p.w / 2 - 22, 14, p.w / 2 + 40, 20)
    x = _line(p, st, 12, 25, "困难职工单位工会（盖章）：", r["单位"], 78)
    _line(p, st, x + 10, 25, "区、县（市）、开发区工会、产业工会（盖章）：", None, 50)
    if sealed:
        _seal_on(p, st, 95, 26, f"{hh.unit.name}工会委员会", "", 14)
    g = RuledGrid(p, st, 10, 30, 277, 0.2)
    top = g.y
    rows = [
        [F("*姓名", "姓名", 1.1), F("*性别", "性别", 0.7), F("*民族", "民族", 0.8), F("*政治面貌", "政治面貌", 1.1),
         F("*健康状况", "健康状况", 1.1)],
        [F("*身份证号", "身份证号", 2.6, boxes=True), F("*婚姻状况", "婚姻状况", 1.6, ("未婚", "已婚", "离异", "丧偶")),
         F("*联系电话", "手机号码", 1.2)],
        [F("*户口类型", "户口类型", 1.0, ("非农业", "农业")), F("*户口所在地", "户口所在地行政区划", 1.8),
         F("*住房类型", "住房类型", 1.1), F("*医保状况", "医保状况", 1.3)],
        [F("*工作状态", "工作状态", 1.0), F("*劳模类型", "劳模类型", 1.0), F("*参加工作时间", "工作时间", 1.1),
         F("*劳动合同签订时间", "劳动合同签订时间", 1.3), F("*合同期限", "合同期限", 1.4)],
        [F("*本人月收入", "本人月平均收入", 1.0), F("*家庭其他年收入", "家庭其他非薪资年收入", 1.1),
         F("*因困总支出", "年度必要支出", 1.0), F("是否有一定自救能力", "是否有一定自救能力", 1.2, YES_NO),
         F("是否为零就业家庭", "是否为零就业家庭", 1.2, YES_NO)],
        [F("*开户银行", "开户银行", 1.0), F("*支行名称", "支行名称", 1.3), F("*银行卡号", "银行卡号", 1.6)],
        [F("*家庭住址", "家庭住址", 4.0)],
    ]
    printed = _rows(g, f, r, rows, "inline", 9.0, "textbox", "grouped")
    cols = [MCol("与申请人关系", "关系", 0.9), MCol("姓名", "姓名", 1.0), MCol("身份证号", "身份证号", 2.4),
            MCol("性别", "性别", 0.5), MCol("政治面貌", "政治面貌", 0.9), MCol("月收入（元）", "月收入", 0.8)]
    n_rows = max(len(hh.members), rng.randint(1, 6))
    members = member_table(g, f, hh.members, cols, n_rows, lead="家庭成员", lead_w=0.5, header_h=7,
                           row_h=7.5 if n_rows > 4 else 8.5, header_size=2.6)
    main, second = ticked_of(r["主要致困原因"]), ticked_of(r["次要致困原因"])
    g.row([(1.4, L("*主要致困原因")), (6.8, marks(f, HZ_CAUSES, main, "underline", 2.7))], 10, 2.7)
    g.row([(1.4, L("次要致困原因（最少0项，最多3项）")), (6.8, marks(f, HZ_CAUSES, second, "underline", 2.7))], 10, 2.5)
    g.row([(1.4, L("困难情况说明")), (6.8, _free(p, st, str(r["困难情况说明"] or ""), 3.0))],
          max(10.0, min(28.0, 182 - g.y)))

    def category(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, (y0 + y1) / 2, "困难类别（由杭州市总工会职工服务中心认定）：", 2.8, st.label_font)
        marks(f, HZ_CATEGORIES, ticked_of(r["困难类别"]), "textbox", 2.8)(x0 + 64, y0, x1, y1)

    def signature(x0: float, y0: float, x1: float, y1: float) -> None:
        _signed(p, st, x0 + 2, (y0 + y1) / 2, "申请职工签名：", r["姓名"])

    g.row([(2.0, signature), (6.2, category)], 10)
    g.frame(top, 0.6)
    y = min(g.y + 7, 200)
    x = _line(p, st, 14, y, "经办人：", r["建档人"], 34)
    x = _line(p, st, x + 20, y, "审核人：", r["审核人"], 34)
    _line(p, st, x + 20, y, "审批人：", None, 34)
    p.members = list(members)
    keys = list(dict.fromkeys([*HZ_ALWAYS, *printed]))
    return _document(hh, [p], [keys], members, sealed, 0, HZ_TITLE, "杭州/轮换6")


# ---------------------------------------------------------------------------------------------------------
@layout("建档申请表/河北", "河北/轮换6")
def form_hebei_below(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    p.text(12, 9, "附件2", 3.0, "bold")
    _title(p, st, HB_TITLE, 17, 6.0)
    p.text(12, 26, "填报日期：" + st.date(hh.created.isoformat()), 2.9, st.label_font)

    def category(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0, (y0 + y1) / 2, "申请困难类别", 3.0, st.label_font)
        _put(choice(f, HB_CATEGORIES, ticked_of(r["困难类别"]), 3.0), x0 + 20, y0, x1, y1)

    category(120, 22, 198, 30)
    g = Grid(p, st, 12, 31, 186)
    record = {**r, "职工身份": _identity(r) if r["工作状态"] is not None else None}
    rows = [
        [F("姓名", "姓名", 1.1), F("性别", "性别", 0.6), F("民族", "民族", 0.7), F("政治面貌", "政治面貌", 0.9),
         F("家庭人口", "家庭人口", 0.6), F("联系电话", "手机号码", 1.2)],
        [F("公民身份号码", "身份证号", 2.3, boxes=True), F("婚姻情况", "婚姻状况", 1.8, MARITAL)],
        [F("户籍地址", "户口所在地行政区划", 2.0), F("现居住地", "家庭住址", 2.1)],
        [F("工作单位", "工作单位", 2.0), F("职工身份", "职工身份", 2.1, IDENTITY, truth=False)],
        [F("本人月平均收入（元）", "本人月平均收入", 1.0), F("家庭非薪资收入（元）", "家庭其他非薪资年收入", 1.0),
         F("主要致困原因", "主要致困原因", 2.1)],
    ]
    printed = _rows(g, f, record, rows, "below", 12.5, None)
    g.row([(1.0, L("以下为主要致困原因选项（请将所选项填入上栏）：" + "；".join(HB_CAUSES) + "。"))], 10, 2.6)
    g.y += 2.5
    cols = [MCol("公民身份号码", "身份证号", 2.3), MCol("姓 名", "姓名", 0.9), MCol("性别", "性别", 0.45),
            MCol("与申请人关系", "关系", 0.8), MCol("健康状况", "健康状况", 0.8), MCol("月收入（元）", "月收入", 0.75),
            MCol("身份（在职/失业/退休/在读）", "人员身份", 1.0), MCol("单位或学校名称", "单位或学校", 1.5)]
    n_rows = max(len(hh.members), rng.randint(2, 6))
    members = member_table(g, f, hh.members, cols, n_rows, lead="家庭成员关系", lead_w=0.35, header_h=9,
                           row_h=8.5, header_size=2.5)
    g.y += 2.5
    own = r["住房类型"] if r["住房类型"] in ("商品房", "自建房") else None
    estate = (f"不动产：{own}1套，建筑面积{r['建筑面积']}平方米" if own and r["建筑面积"] else
              "不动产：没有") + "；机动车辆：没有"
    g.row([(1.0, L("家庭财产")), (5.6, value(f, estate, align="left"))], 9)
    med, edu, other = hebei_split(hh)
    g.row([(1.0, L("家庭年度必要性支出（元）")), (0.7, L("医疗")), (0.9, value(f, med)), (0.7, L("教育")),
           (0.9, value(f, edu)), (0.7, L("其他")), (0.9, value(f, other)), (0.6, L("合计")),
           (0.9, value(f, r["年度必要支出"], "年度必要支出"))], 10, 2.6)
    g.row([(1.0, L("家庭困难原因及状况")), (5.6, _free(p, st, str(r["困难情况说明"] or ""), 3.0))],
          max(16.0, min(40.0, 250 - g.y)))
    y = g.y + 6
    p.fit(12, y - 3, 198, y + 4, "本人承诺：以上所填内容真实有效，如有虚假，愿承担相应责任，并配合工作人员入户调查。",
          2.8, st.label_font, "left")
    _signed(p, st, 120, y + 9, "申请人（签字）：", r["姓名"])
    h = Grid(p, st, 12, y + 14, 186)

    def opinion(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 5, "基层工会意见：", 3.0, st.label_font)
        p.text(x0 + 6, y0 + 12, "经公示无异议，情况属实，同意上报。", 3.2, st.value_font, color=st.color)
        p.text(x1 - 48, y1 - 5, "（盖章）    年   月   日", 2.9, st.label_font)
        if sealed:
            _seal_on(p, st, x1 - 35, (y0 + y1) / 2, f"{hh.unit.name}工会委员会", "", 15)

    def county(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 5, "县级以上工会审核意见：", 3.0, st.label_font)
        p.text(x1 - 48, y1 - 5, "（盖章）    年   月   日", 2.9, st.label_font)

    h.row([(1.0, opinion), (1.0, county)], max(20.0, min(30.0, 288 - h.y)))
    p.members = list(members)
    keys = list(dict.fromkeys([*HB_ALWAYS, *printed]))
    return _document(hh, [p], [keys], members, sealed, 0, HB_TITLE, "河北/轮换6")


# ---------------------------------------------------------------------------------------------------------
@layout("建档申请表/湖南", "湖南/轮换6")
def form_hunan_two_pages_landscape(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st, landscape=True)
    p.text(12, 10, "附件1", 3.1, st.label_font)
    _title(p, st, HN_TITLE, 15, 6.0)
    p.text(p.w - 70, 24, "填表日期：" + st.date(hh.created.isoformat()), 3.0, st.label_font)
    record = _dibao_worded(r)
    g = RuledGrid(p, st, 12, 28, 273, 0.25)
    top = g.y
    g.row([(1.0, L("困难救助申请人基本情况"))], 7.5, 3.0)
    rows = [
        [F("姓  名", "姓名", 1.2, lw=0.7), F("性  别", "性别", 0.5, lw=0.6), F("年  龄", "年龄", 0.5, lw=0.6),
         F("联系电话", "手机号码", 1.3, lw=0.8), F("有无低保", "有无低保", 1.5, DIBAO, lw=0.8)],
        [F("身份证号码", "身份证号", 2.6, lw=0.8), F("工作状态", "工作状态", 1.0, lw=0.8),
         F("工作单位", "工作单位", 2.4, lw=0.8)],
        [F("致困原因", "主要致困原因", 7.0, HUNAN_CAUSES, lw=0.8)],
    ]
    printed = _rows(g, f, record, rows, "pair", 13, "paren", label_size=2.9)
    g.row([(0.8, L("家庭主要困难情况")), (7.2, _free(p, st, str(r["困难情况说明"] or ""), 3.2))], 42, 2.9)
    cols = [MCol("序号", None, 0.35), MCol("家庭成员姓名", "姓名", 1.0), MCol("年龄", "年龄", 0.45),
            MCol("与申请人关系", "关系", 0.8), MCol("身份证号码", "身份证号", 2.0), MCol("月收入（元）", "月收入", 0.7),
            MCol("工作单位或就读学校", "单位或学校", 2.0)]
    n_rows = max(len(hh.members), rng.randint(1, 6))
    m_top = g.y
    g.row([(0.8, None), *((c.w * 7.2 / sum(c.w for c in cols), L(c.label)) for c in cols)], 7.5, 2.7)
    scale = 7.2 / sum(c.w for c in cols)
    for i in range(max(n_rows, len(hh.members))):
        m = hh.members[i] if i < len(hh.members) else None
        cells: list[tuple[float, Cell]] = [(0.8, None), (cols[0].w * scale, L(str(i + 1)))]
        for c in cols[1:]:
            if m is None or c.key is None:
                cells.append((c.w * scale, None))
            elif c.key == "身份证号":
                cells.append((c.w * scale, one_line(f, m[c.key])))
            else:
                cells.append((c.w * scale, value(f, m[c.key], c.key)))
        g.row(cells, 9.5 if n_rows > 4 else 11.0)
    span_label(g, m_top, g.w * 0.8 / 8.0, "家庭成员情况", 2.9)
    g.frame(top, 0.7)
    members = [{c.key: m[c.key] for c in cols if c.key} for m in hh.members]
    _foot(p, st, "第一页")

    q = Page(p.w, p.h)
    fq = f.on(q)
    h = RuledGrid(q, st, 12, 18, 273, 0.25)
    top = h.y

    def promise(x0: float, y0: float, x1: float, y1: float) -> None:
        q.text(x0 + 3, y0 + 6, "本人承诺以上所填情况皆真实，愿意接受审核。若隐瞒或弄虚作假，自愿承担责任。", 3.1,
               st.label_font)
        _signed(q, st, x1 - 110, y1 - 6, "承诺人（签名）：", r["姓名"])
        q.text(x1 - 45, y1 - 6, st.date(hh.created.isoformat()), 3.1, st.value_font, color=st.color)

    h.row([(0.8, L("本人承诺")), (7.2, promise)], 22, 3.0)

    def check(x0: float, y0: float, x1: float, y1: float) -> None:
        q.text(x0 + 3, y0 + 6, "经入户核查，情况属实。", 3.2, st.value_font, color=st.color)
        q.text(x0 + 3, y0 + 14, "建议困难类别：", 3.0, st.label_font)
        marks(fq, HN_CATEGORIES, ticked_of(r["困难类别"]), "paren", 3.0)(x0 + 26, y0 + 10, x1 - 100, y0 + 18)
        _signed(q, st, x1 - 110, y1 - 6, "入户核查人签名：", r["建档人"])

    h.row([(0.8, L("入户核查人员意见")), (7.2, check)], 30, 3.0)

    def first(x0: float, y0: float, x1: float, y1: float) -> None:
        q.text(x0 + 3, y0 + 6, "同意上报。", 3.3, st.value_font, color=st.color)
        _signed(q, st, x1 - 110, y1 - 6, "（公章+审签人签字）", r["审核人"])
        q.text(x1 - 45, y1 - 6, st.date((hh.created - timedelta(days=3)).isoformat()), 3.0, st.value_font,
               color=st.color)
        if sealed:
            _seal_on(q, st, x1 - 60, (y0 + y1) / 2, f"{hh.unit.name}工会委员会", "", 16)

    h.row([(0.8, L("单位工会或社区工会初审意见")), (7.2, first)], 34, 2.9)
    for label, signer in (("市/县工会帮扶中心入户复核人员意见", "入户复核人签名："),
                          ("市/县工会帮扶中心审核意见", "（公章+审签人签字）    年  月  日")):
        h.row([(0.8, L(label)), (7.2, _signer_only(q, st, signer))], 30, 2.9)
    h.frame(top, 0.7)
    _foot(q, st, "第二页")
    p.members = list(members)
    keys = list(dict.fromkeys([*printed, "困难情况说明"]))
    second = [k for k in HN_ALWAYS if k not in keys]
    return _document(hh, [p, q], [keys, second], members, sealed, 1, HN_TITLE, "湖南/轮换6")


def _signer_only(p: Page, st: Style, signer: str) -> Fn:
    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x1 - 110, y1 - 6, signer, 3.0, st.label_font)

    return draw


# ---------------------------------------------------------------------------------------------------------
NATIONAL_TITLE = "困难职工档案表"
MEMBERS_A = [MCol("姓名", "姓名", 0.9), MCol("与户主关系", "关系", 0.8), MCol("性别", "性别", 0.45),
             MCol("民族", "民族", 0.55), MCol("出生日期", "出生日期", 1.1), MCol("身份证号", "身份证号", 2.3),
             MCol("政治面貌", "政治面貌", 0.9), MCol("手机号码", "手机号码", 1.3)]
MEMBERS_B = [MCol("姓名", "姓名", 0.9), MCol("婚姻状况", "婚姻状况", 0.75), MCol("健康状况", "健康状况", 0.8),
             MCol("疾病/残疾类别", "疾病/残疾类别", 1.0), MCol("医保状况", "医保状况", 1.2),
             MCol("人员身份", "人员身份", 0.9), MCol("月收入（元）", "月收入", 0.75), MCol("单位或学校", "单位或学校", 1.6)]


@layout("建档申请表/全国", "全国/轮换6")
def form_national_inline_two_tables(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    _title(p, st, NATIONAL_TITLE, 13, 6.0)
    p.text(12, 22, "填报单位（盖章）：", 3.0, st.label_font)
    _put(value(f, r["单位"], align="left"), 38, 18, 130, 25)
    p.line(38, 24.5, 130, 24.5, 0.2)
    p.text(198, 22, "带“*”为必填项", 2.7, st.label_font, "rm")
    record = {**r, "主要致困原因": _coded(r["主要致困原因"]), "次要致困原因": _coded(r["次要致困原因"])}
    g = RuledGrid(p, st, 12, 27, 186, 0.2)
    top = g.y
    yn = YES_NO
    migrant = set() if r["是否农民工"] is None else {"困难农民工" if r["是否农民工"] else "困难职工"}
    g.row([(1.0, inline(f, "职工类型", marks(f, ("困难职工", "困难农民工"), migrant, "dot", 2.8))),
           (1.0, inline(f, "*职工编号", value(f, r["职工编号"], "职工编号")))], 8)
    rows = [
        [F("*姓名", "姓名", 1.0), F("*性别", "性别", 0.6), F("*民族", "民族", 0.7)],
        [F("*身份证号", "身份证号", 2.0), F("*出生日期", "出生日期", 1.0)],
        [F("年龄", "年龄", 0.5), F("*政治面貌", "政治面貌", 1.0), F("*婚姻状况", "婚姻状况", 0.9)],
        [F("*健康状况", "健康状况", 1.0), F("疾病/残疾类别", "疾病/残疾类别", 1.2), F("是否单亲", "是否单亲", 0.8, yn)],
        [F("*困难类别", "困难类别", 0.8), F("*档案类型", "档案类型", 0.8), F("*建档标准", "建档标准", 0.8)],
        [F("*工作状态", "工作状态", 1.0), F("*劳模类型", "劳模类型", 0.9), F("*工作时间", "工作时间", 1.0)],
        [F("劳动合同签订时间", "劳动合同签订时间", 1.2), F("合同期限", "合同期限", 1.6)],
        [F("工作单位", "工作单位", 1.8), F("单位性质", "单位性质", 1.0)],
        [F("企业状况", "企业状况", 0.9), F("*所属行业", "所属行业", 1.6)],
        [F("*户口类型", "户口类型", 0.8), F("*户口所在地行政区划", "户口所在地行政区划", 2.0)],
        [F("*家庭住址", "家庭住址", 2.2), F("邮政编码", "邮政编码", 0.6)],
        [F("手机号码", "手机号码", 1.0), F("其他联系方式", "其他联系方式", 1.0), F("*家庭人口", "家庭人口", 0.6)],
        [F("*医保状况", "医保状况", 1.2), F("*住房类型", "住房类型", 0.9), F("建筑面积", "建筑面积", 0.6)],
        [F("*本人月平均收入", "本人月平均收入", 1.0), F("*家庭其他非薪资年收入", "家庭其他非薪资年收入", 1.2)],
        [F("*家庭年度总收入", "家庭年度总收入", 1.0), F("家庭月人均收入", "家庭月人均收入", 1.0),
         F("年度必要支出", "年度必要支出", 1.0)],
        [F("是否有一定自救能力", "是否有一定自救能力", 1.0, yn), F("是否为零就业家庭", "是否为零就业家庭", 1.0, yn)],
        [F("*主要致困原因", "主要致困原因", 1.0)],
        [F("次要致困原因（0-3项）", "次要致困原因", 1.0)],
    ]
    printed = ["是否农民工", "职工编号"]
    printed += _rows(g, f, record, rows, "inline", 7.6, "dot")
    g.row([(1.0, lambda x0, y0, x1, y1: p.fit(x0, y0, x1, y1, "致困原因选项：" + LEGEND, 2.4, st.label_font,
                                               "left", pad=1.5))], 11)
    bank = [[F("开户银行", "开户银行", 1.0), F("支行名称", "支行名称", 1.2)],
            [F("银行卡号", "银行卡号", 1.4), F("备注", "备注", 1.0)]]
    printed += _rows(g, f, r, bank, "inline", 7.6, "dot")
    g.frame(top, 0.6)
    g.y += 3
    top = g.y
    g.row([(1.0, L("立卡信息"))], 7, 3.0)
    help_rows = [[F("是否为解困脱困对象", "解困脱困对象", 1.0, yn), F("立卡时间", "立卡时间", 1.0)],
                 [F("帮扶单位", "帮扶单位", 1.2), F("帮扶责任人", "帮扶联系人", 1.0)]]
    printed += _rows(g, f, r, help_rows, "inline", 7.6, "dot")
    for label, key, options, hh_ in (("五类重点群体", "五类重点群体", KEY_GROUPS, 14),
                                     ("“四个一批”", "四个一批措施", FOUR_BATCHES, 10),
                                     ("七个行动计划", "七个行动计划", ACTION_PLANS, 14)):
        g.row([(1.0, below(f, label, marks(f, options, ticked_of(r[key]), "dot", 2.5)))], hh_)
        printed.append(key)
    g.frame(top, 0.6)
    _foot(p, st, "第1页")

    q = Page(p.w, p.h)
    fq = f.on(q)
    _title(q, st, "家庭成员情况", 16, 5.0)
    h = RuledGrid(q, st, 12, 28, 186, 0.25)
    n_rows = max(len(hh.members), rng.randint(2, 6))
    q.text(12, h.y + 3.5, "（一）基本信息", 3.0, st.label_font)
    h.y += 6
    members_a = member_table(h, fq, hh.members, MEMBERS_A, n_rows, header_h=8, row_h=8, header_size=2.6,
                             numbered=True)
    h.y += 4
    q.text(12, h.y + 3.5, "（二）健康、保障及收入", 3.0, st.label_font)
    h.y += 6
    members_b = member_table(h, fq, hh.members, MEMBERS_B, n_rows, header_h=8, row_h=8, header_size=2.6,
                             numbered=True)
    members = [{**a, **b} for a, b in zip(members_a, members_b, strict=True)]
    y = h.y + 10
    x = _line(q, st, 14, y, "*建档人：", r["建档人"], 30)
    x = _line(q, st, x + 6, y, "*审核人：", r["审核人"], 30)
    _line(q, st, x + 6, y, "录入人：", r["录入人"], 30)
    q.text(140, y + 20, "建档工会（盖章）", 3.0, st.label_font)
    q.text(140, y + 28, "年    月    日", 3.0, st.label_font)
    if sealed:
        _seal_on(q, st, 158, min(y + 22, 270), f"{hh.unit.name}工会委员会", "", 16)
    _foot(q, st, "第2页")
    q.members = list(members)
    first = list(dict.fromkeys(["单位", *printed]))
    return _document(hh, [p, q], [first, ["建档人", "审核人", "录入人"]], members, sealed, 1, NATIONAL_TITLE,
                     "全国/轮换6")
