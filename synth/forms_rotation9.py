"""Printings of the four application forms added with rotation 9, held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from the seeds and REAL-DOCUMENTS.md with the parts of ``forms_draw`` and of the earlier rotations;
labels as the seeds word them (and the synonyms the seeds themselves print).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

# forms registers each kind's first printing and the printings of rotations 1 to 8 before these
from dangan.synth import forms, forms_rotation8  # noqa: F401
from dangan.synth.canvas import Page, text_width
from dangan.synth.forms_draw import Fill, choice, digit_boxes, hebei_split, new_page, ticked_of, value
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
from dangan.synth.forms_rotation3 import _document
from dangan.synth.forms_rotation4 import Mark, RuledGrid, _put, marks
from dangan.synth.forms_rotation5 import CODES, one_line
from dangan.synth.forms_rotation8 import _page_no, _rule_line, _signed, _slots, _truth
from dangan.synth.households import ACTION_PLANS, FOUR_BATCHES, HUNAN_CAUSES, KEY_GROUPS, Household
from dangan.synth.layouts import layout
from dangan.synth.render import Cell, Document, L, Style, _free, _seal_on, _title

LEFT, RIGHT = 12.0, 198.0  # the table's edges on a portrait sheet
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def _member_cell(f: Fill, m: dict[str, Any] | None, key: str | None) -> Cell:
    if m is None or key is None:
        return None
    if key == "身份证号":
        return one_line(f, m[key])
    return value(f, m[key], key)


def _numbers(v: Any, options: Sequence[str]) -> str:
    """The legend's numbers of the chosen options (「3」, 「1、5」), as a clerk writes them in a 填序号 blank."""
    chosen = [v] if isinstance(v, str) else list(v or [])
    return "、".join(str(options.index(c) + 1) for c in chosen if c in options)


def _legend(options: Sequence[str]) -> str:
    return "  ".join(f"{i + 1}.{o}" for i, o in enumerate(options))


def _column_label(p: Page, st: Style, text: str, size: float = 2.9) -> Cell:
    """A label set one character under another in a narrow cell (a side heading of the table)."""

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        sz = min(size, (y1 - y0 - 2) / (len(text) * 1.3), (x1 - x0) * 0.8)
        step = sz * 1.3
        y = (y0 + y1) / 2 - step * (len(text) - 1) / 2
        for ch in text:
            p.text((x0 + x1) / 2, y, ch, sz, st.label_font, "mm")
            y += step

    return draw


# ---------------------------------------------------------------------------------------------------------
# 杭州/轮换9
HZ_MARITAL = ("未婚", "已婚", "离异", "丧偶")
HZ_HUKOU = ("非农业", "农业")
# the member columns, printed twice across the sheet (two members a row)
HZ_HALF = [("序号", None, 0.4), ("姓名", "姓名", 1.0), ("关系", "关系", 0.7), ("性别", "性别", 0.45),
           ("政治面貌", "政治面貌", 0.95), ("身份证号", "身份证号", 2.45), ("月收入", "月收入", 1.05)]


@layout("建档申请表/杭州", "杭州/轮换9")
def form_hangzhou_paired_members(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    p.text(LEFT + 2, 10, "附件1", 3.0, st.label_font)
    p.text(RIGHT - 2, 10, "档案编号：____________", 2.8, st.label_font, "rm")
    _title(p, st, HZ_TITLE, 18, 5.6)
    migrant = set() if r["是否农民工"] is None else {"农民工" if r["是否农民工"] else "职工"}
    p.text(p.w / 2 - 21, 25.5, "（", 3.2, st.label_font)
    _put(choice(f, ("职工", "农民工"), migrant, 3.2), p.w / 2 - 18, 22, p.w / 2 + 22, 29)
    p.text(p.w / 2 + 22, 25.5, "）", 3.2, st.label_font)
    _rule_line(p, st, LEFT + 2, 33, "困难职工单位工会（填写盖章）：", r["单位"], 100)
    p.text(LEFT + 2, 40, "区、县（市）、开发区工会、产业工会（填写盖章）：", 3.0, st.label_font)
    if sealed:
        _seal_on(p, st, 160, 34, f"{hh.unit.name}工会委员会", "", 16)
    g = RuledGrid(p, st, LEFT, 44, RIGHT - LEFT, 0.25)
    top = g.y
    n = 0

    def lab(text: str) -> L:
        nonlocal n
        n += 1
        return L(f"{n}.{text}")

    def v(key: str) -> Cell:
        if key == "身份证号":
            return one_line(f, r[key])
        return value(f, r[key], key)

    def opts(options: Sequence[str], key: str) -> Cell:
        return choice(f, options, ticked_of(r[key]), 2.8)

    h = 8.6
    g.row([(0.95, lab("*姓名")), (1.2, v("姓名")), (0.95, lab("*性别")), (0.7, v("性别")), (0.95, lab("*民族")),
           (0.9, v("民族"))], h, 2.7)
    g.row([(0.95, lab("*政治面貌")), (1.2, v("政治面貌")), (0.95, lab("*婚姻状况")),
           (1.6, opts(HZ_MARITAL, "婚姻状况")), (0.95, lab("*健康状况")), (0.9, v("健康状况"))], h, 2.7)
    g.row([(0.95, lab("*公民身份号码")), (5.5, digit_boxes(f, r["身份证号"]))], 10, 2.7)
    g.row([(0.95, lab("*户口类型")), (1.2, opts(HZ_HUKOU, "户口类型")), (0.95, lab("*户口所在地")),
           (2.55, v("户口所在地行政区划"))], h, 2.7)
    g.row([(0.95, lab("*工作状态")), (1.2, v("工作状态")), (0.95, lab("*劳模类型")), (0.7, v("劳模类型")),
           (0.95, lab("*参加工作时间")), (0.9, v("工作时间"))], h, 2.6)
    g.row([(0.95, lab("*劳动合同签订时间")), (1.2, v("劳动合同签订时间")), (0.95, lab("*合同期限")),
           (0.7, v("合同期限")), (0.95, lab("*联系电话")), (0.9, v("手机号码"))], h, 2.5)
    g.row([(0.95, lab("*家庭住址")), (5.5, v("家庭住址"))], h, 2.7)
    g.row([(0.95, lab("*住房类型")), (1.2, v("住房类型")), (0.95, lab("*医保状况")), (2.55, v("医保状况"))], h, 2.7)
    g.row([(0.95, lab("*本人月收入（元）")), (1.2, v("本人月平均收入")), (0.95, lab("*家庭其他年收入（元）")),
           (0.7, v("家庭其他非薪资年收入")), (0.95, lab("*因困总支出（元）")), (0.9, v("年度必要支出"))], h, 2.4)
    g.row([(0.95, lab("是否有一定自救能力")), (1.2, opts(YES_NO, "是否有一定自救能力")),
           (0.95, lab("是否为零就业家庭")), (2.55, opts(YES_NO, "是否为零就业家庭"))], h, 2.4)
    printed = ["姓名", "性别", "民族", "政治面貌", "婚姻状况", "健康状况", "身份证号", "户口类型", "户口所在地行政区划",
               "工作状态", "劳模类型", "工作时间", "劳动合同签订时间", "合同期限", "手机号码", "家庭住址", "住房类型",
               "医保状况", "本人月平均收入", "家庭其他非薪资年收入", "年度必要支出", "是否有一定自救能力",
               "是否为零就业家庭"]

    # the members two a row: the columns printed twice side by side, the second half numbered on
    slots = _slots(hh, rng)
    g.row([(1.0, L("家庭成员情况（与申请人共同生活的家庭成员，每行填两人）"))], 7.5, 2.9)
    g.row([(w, L(label)) for _ in range(2) for label, _, w in HZ_HALF], 7.5, 2.4)
    row_h = 8.0 if len(slots) > 4 else 8.8
    for k in range(math.ceil(len(slots) / 2)):
        cells: list[tuple[float, Cell]] = []
        for j in (2 * k, 2 * k + 1):
            m = slots[j] if j < len(slots) else None
            number: Cell = L(str(j + 1)) if j < len(slots) else None
            cells += [(HZ_HALF[0][2], number), *((w, _member_cell(f, m, key)) for _, key, w in HZ_HALF[1:])]
        g.row(cells, row_h, 2.7)
    mid = g.x + g.w / 2
    p.line(mid, g.y - row_h * math.ceil(len(slots) / 2) - 7.5, mid, g.y, 0.6)  # the halves' heavy middle rule
    members = _truth(hh.members, [key for _, key, _ in HZ_HALF])

    def numbered(key: str, note: str) -> Cell:
        def draw(x0: float, y0: float, x1: float, y1: float) -> None:
            p.text(x0 + 2, y0 + 3.6, note, 2.5, st.label_font)
            _put(value(f, _numbers(r[key], HZ_CAUSES)), x0 + 2, y0 + 5, x1 - 2, y1)

        return draw

    g.row([(1.0, L("致困原因序号")), (5.45, L(_legend(HZ_CAUSES)))], 8.0, 2.6)
    g.row([(1.0, L("*主要致困原因")), (1.9, numbered("主要致困原因", "（填序号，限1项）")),
           (1.35, L("次要致困原因")), (2.2, numbered("次要致困原因", "（填序号，最少0项，最多3项）"))], 11, 2.7)
    g.row([(1.0, L("困难情况说明")), (5.45, _free(p, st, str(r["困难情况说明"] or ""), 3.1))],
          max(18.0, min(26.0, 232 - g.y)), 2.8)
    g.row([(0.95, L("*开户银行")), (1.2, v("开户银行")), (0.95, L("*支行名称")), (1.2, v("支行名称")),
           (0.95, L("*银行卡号")), (1.7, v("银行卡号"))], h, 2.7)
    printed += ["主要致困原因", "次要致困原因", "困难情况说明", "开户银行", "支行名称", "银行卡号"]

    def category(x0: float, y0: float, x1: float, y1: float) -> None:
        _put(choice(f, HZ_CATEGORIES, ticked_of(r["困难类别"]), 2.9), x0, y0, x1, y1)

    g.row([(1.0, L("困难类别（由杭州市总工会职工服务中心认定）")), (5.45, category)], 11, 2.4)
    g.frame(top, 0.7)
    y = g.y + 8
    _signed(p, st, LEFT + 2, y, "申请职工签名：", r["姓名"])
    p.text(RIGHT - 2, y, "填表日期：" + st.date(hh.created.isoformat()), 3.0, st.label_font, "rm")
    y += 10
    x = _rule_line(p, st, LEFT + 2, y, "经办人：", r["建档人"], 32)
    x = _rule_line(p, st, x + 10, y, "审核人：", r["审核人"], 32)
    _rule_line(p, st, x + 10, y, "审批人：", None, 32)
    notes = ("说明：1．带“*”号项为必填项；2．致困原因请填写上列序号；3．所填资料需保证真实、准确，",
             "与《工会帮扶工作管理系统》电子档案信息一致。")
    for i, line in enumerate(notes):
        p.text(LEFT + 2, min(y + 10 + i * 4.2, 290), line, 2.5, st.label_font)
    keys = list(dict.fromkeys(["单位", "是否农民工", *printed, *HZ_ALWAYS]))
    p.members = list(members)
    return _document(hh, [p], [keys], members, sealed, 0, HZ_TITLE, "杭州/轮换9")


# ---------------------------------------------------------------------------------------------------------
# 河北/轮换9
HB_MEMBER_ROWS: list[tuple[str, str]] = [
    ("姓    名", "姓名"), ("性    别", "性别"), ("与申请人关系", "关系"), ("公民身份号码", "身份证号"),
    ("健康状况", "健康状况"), ("身份（在职/失业/退休/在读）", "人员身份"), ("月收入（元）", "月收入"),
    ("单位或学校名称", "单位或学校"),
]


def _list_table(g: RuledGrid, f: Fill, record: dict[str, Any], rows: Sequence[tuple[str, str, Any]],
                h: float, mark: Mark) -> None:
    """A narrow list: one field a row, its label in the left cell, the value (or ticked options) in the right."""
    for label, key, options in rows:
        v = record[key]
        if options:
            cell: Cell = marks(f, options, ticked_of(v), mark, 2.6)
        elif key == "身份证号":
            cell = one_line(f, v)
        else:
            cell = value(f, v, key)
        g.row([(0.95, L(label)), (1.65, cell)], h, 2.6)


@layout("建档申请表/河北", "河北/轮换9")
def form_hebei_side_lists(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    p.text(LEFT + 2, 10, "附件2", 3.1, "bold")
    _title(p, st, HB_TITLE, 18, 6.0)
    p.text(LEFT + 2, 27, "申请困难类别：", 3.0, st.label_font)
    _put(marks(f, HB_CATEGORIES, ticked_of(r["困难类别"]), "paren", 3.0), LEFT + 24, 23, LEFT + 80, 31)
    p.text(RIGHT - 2, 27, "填表日期：" + st.date(hh.created.isoformat()), 2.9, st.label_font, "rm")
    mark: Mark = "textbox" if rng.random() < 0.6 else "paren"
    record = {**r, "职工身份": _identity(r) if r["工作状态"] is not None else None}
    gap = 3.0
    half = (RIGHT - LEFT - gap) / 2
    left = RuledGrid(p, st, LEFT, 33, half, 0.25)
    right = RuledGrid(p, st, LEFT + half + gap, 33, half, 0.25)
    left.row([(1.0, L("一、申请人基本情况"))], 7.5, 3.0)
    right.row([(1.0, L("二、就业及收入情况"))], 7.5, 3.0)
    h = 8.4
    _list_table(left, f, record, [("姓    名", "姓名", ()), ("性    别", "性别", ()), ("民    族", "民族", ()),
                                  ("政治面貌", "政治面貌", ()), ("公民身份号码", "身份证号", ()),
                                  ("婚姻情况", "婚姻状况", MARITAL), ("家庭人口", "家庭人口", ())], h, mark)
    _list_table(right, f, record, [("工作单位", "工作单位", ()), ("联系电话", "手机号码", ()),
                                   ("职工身份", "职工身份", IDENTITY), ("本人月平均收入（元）", "本人月平均收入", ()),
                                   ("家庭非薪资收入（元）", "家庭其他非薪资年收入", ()), ("户籍地址", "户口所在地行政区划", ()),
                                   ("现居住地", "家庭住址", ())], h, mark)
    left.frame(33, 0.6)
    right.frame(33, 0.6)
    printed = ["姓名", "性别", "民族", "政治面貌", "身份证号", "婚姻状况", "家庭人口", "工作单位", "手机号码",
               "本人月平均收入", "家庭其他非薪资年收入", "户口所在地行政区划", "家庭住址"]

    # the members a column each, the fields down the left (as many columns as the unit printed, 1 to 6)
    slots = _slots(hh, rng)
    g = RuledGrid(p, st, LEFT, left.y + 5, RIGHT - LEFT, 0.25)
    top = g.y
    g.row([(1.0, L("三、家庭成员情况（共同生活的家庭成员均须填写）"))], 7.5, 3.0)
    label_w = 1.15 if len(slots) > 3 else 1.0
    g.row([(label_w, L("项  目")), *((1.0, L(f"成员{CIRCLED[i]}")) for i in range(len(slots)))], 7.0, 2.8)
    for label, key in HB_MEMBER_ROWS:
        g.row([(label_w, L(label)), *((1.0, _member_cell(f, m, key)) for m in slots)],
              10.0 if key == "单位或学校" else 7.4, 2.5)
    members = _truth(hh.members, [key for _, key in HB_MEMBER_ROWS])
    p.members = list(members)

    g.row([(1.0, L("主要致困原因")), (4.6, marks(f, HB_CAUSES, ticked_of(r["主要致困原因"]), mark, 2.7))], 14, 2.8)
    own = r["住房类型"] if r["住房类型"] in ("商品房", "自建房") else None
    estate = f"{own}1套，{r['建筑面积']}平方米" if own and r["建筑面积"] else "没有"
    g.row([(1.0, L("家庭财产")), (0.7, L("房产")), (1.9, value(f, estate, align="left")), (0.8, L("机动车辆")),
           (1.2, value(f, "没有"))], 9, 2.7)
    med, edu, other = hebei_split(hh)
    g.row([(1.0, L("必要性支出（元）")), (0.5, L("医疗")), (0.55, value(f, med, "年度必要支出")), (0.5, L("教育")),
           (0.55, value(f, edu, "年度必要支出")), (0.5, L("其他")), (0.55, value(f, other, "年度必要支出")),
           (0.5, L("合计")), (0.95, value(f, r["年度必要支出"], "年度必要支出"))], 9, 2.7)
    g.row([(1.0, L("家庭困难原因及状况（直接叙述）")), (4.6, _free(p, st, str(r["困难情况说明"] or ""), 3.1))],
          max(20.0, min(44.0, 282 - g.y)), 2.6)
    g.frame(top, 0.6)
    printed += ["主要致困原因", "年度必要支出", "困难情况说明", "困难类别"]
    _page_no(p, st, 1, 2)

    q = Page(p.w, p.h)
    fq = f.on(q)
    q.text(LEFT + 2, 14, "四、声明及审核", 3.4, "bold")
    h2 = RuledGrid(q, st, LEFT, 19, RIGHT - LEFT, 0.25)
    top = h2.y

    def declaration(x0: float, y0: float, x1: float, y1: float) -> None:
        lines = ("1．本人已阅读填表说明，以上所填内容真实无误，如有虚假愿承担相应责任；",
                 "2．本人愿意配合工作人员的各项调查工作，并如实反映情况；",
                 "3．本人将积极配合工会及其他相关部门一起制定帮扶计划。")
        for i, line in enumerate(lines):
            q.text(x0 + 2, y0 + 5 + i * 5.2, line, 2.8, st.label_font)
        _signed(q, st, x0 + 60, y1 - 5, "申请人（签字）：", r["姓名"])
        q.text(x1 - 4, y1 - 5, "年    月    日", 2.9, st.label_font, "rm")

    h2.row([(1.0, _column_label(q, st, "本人声明")), (6.0, declaration)], 32, 2.9)

    def review(x0: float, y0: float, x1: float, y1: float) -> None:
        q.text(x0 + 3, y0 + 6, "民主评议：", 2.9, st.label_font)
        _put(marks(fq, ("同意", "不同意"), {"同意"}, "paren", 2.9), x0 + 20, y0 + 2, x0 + 90, y0 + 10)
        q.text(x0 + 3, y0 + 15, "公示情况：", 2.9, st.label_font)
        _put(marks(fq, ("无异议", "有异议"), {"无异议"}, "paren", 2.9), x0 + 20, y0 + 11, x0 + 90, y0 + 19)

    h2.row([(1.0, _column_label(q, st, "评议公示")), (6.0, review)], 24, 2.9)

    def opinion(x0: float, y0: float, x1: float, y1: float) -> None:
        q.text(x0 + 3, y0 + 7, "经入户调查核实，情况属实，同意申报。", 3.2, st.value_font, color=st.color)
        q.text(x1 - 6, y1 - 12, "基层工会（盖章）", 2.9, st.label_font, "rm")
        q.text(x1 - 6, y1 - 5, "年    月    日", 2.9, st.label_font, "rm")
        if sealed:
            _seal_on(q, st, x1 - 30, (y0 + y1) / 2, f"{hh.unit.name}工会委员会", "", 16)

    h2.row([(1.0, _column_label(q, st, "基层工会意见")), (6.0, opinion)], 42, 2.9)
    h2.row([(1.0, _column_label(q, st, "县级以上工会审核意见", 2.6)),
            (6.0, _free(q, st, "                                              （盖章）    年    月    日", 2.9))],
           40, 2.9)
    h2.frame(top, 0.6)
    notes = ("填表说明：",
             "1．有下列情形之一的不得申报：拥有两套及以上住房；经营店铺或雇用他人；子女在高收费私立学校就读或自费出国留学；",
             "经常使用机动车辆、船舶、工程机械等从事非就业性活动。",
             "2．家庭成员指与申请人共同生活、有法定赡养、抚养或扶养关系的人员，按户籍及共同生活情况填写。",
             "3．本人月平均收入按上年度月平均实发工资填写；家庭非薪资收入指工资以外的各项收入。")
    y = h2.y + 8
    for i, line in enumerate(notes):
        q.fit(LEFT + 2, y + i * 5.0 - 2.5, RIGHT - 2, y + i * 5.0 + 2.5, line, 2.6, st.label_font, "left", pad=0)
    _page_no(q, st, 2, 2)
    first = list(dict.fromkeys(printed))
    second = [k for k in HB_ALWAYS if k not in first]
    return _document(hh, [p, q], [first, second], members, sealed, 1, HB_TITLE, "河北/轮换9")


# ---------------------------------------------------------------------------------------------------------
# 湖南/轮换9
# the member columns under their two-level head: (group, label, key, weight); a group of "" spans both rows
HN_MEMBER_COLS: list[tuple[str, str, str | None, float]] = [
    ("", "序号", None, 0.4), ("", "姓  名", "姓名", 0.9), ("", "与申请人关系", "关系", 0.8),
    ("身份信息", "年龄", "年龄", 0.45), ("身份信息", "身份证号码", "身份证号", 2.0),
    ("就业就学情况", "工作单位或就读学校", "单位或学校", 1.5), ("就业就学情况", "月收入（元）", "月收入", 0.75),
]


def _two_level_head(g: RuledGrid, cols: Sequence[tuple[str, str, str | None, float]], h: float,
                    size: float = 2.6) -> None:
    """A table head of two rows: columns of a group under the group's name, the others spanning both rows."""
    p, st = g.page, g.st
    total = sum(c[3] for c in cols)
    x = g.x
    i = 0
    while i < len(cols):
        group = cols[i][0]
        j = i
        while j < len(cols) and cols[j][0] == group and group:
            j += 1
        if not group:
            w = g.w * cols[i][3] / total
            p.rect(x, g.y, x + w, g.y + 2 * h, g.lw)
            p.fit(x, g.y, x + w, g.y + 2 * h, cols[i][1], size, st.label_font)
            x += w
            i += 1
            continue
        gw = g.w * sum(c[3] for c in cols[i:j]) / total
        p.rect(x, g.y, x + gw, g.y + h, g.lw)
        p.fit(x, g.y, x + gw, g.y + h, group, size, st.label_font)
        for c in cols[i:j]:
            w = g.w * c[3] / total
            p.rect(x, g.y + h, x + w, g.y + 2 * h, g.lw)
            p.fit(x, g.y + h, x + w, g.y + 2 * h, c[1], size, st.label_font)
            x += w
        i = j
    g.y += 2 * h


@layout("建档申请表/湖南", "湖南/轮换9")
def form_hunan_opinions_across(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    p.text(LEFT + 2, 10, "附件1", 3.1, st.label_font)
    _title(p, st, HN_TITLE, 18, 6.0)
    _rule_line(p, st, LEFT + 2, 29, "单位：", r["单位"], 82)
    p.text(RIGHT - 2, 29, "申请日期：" + st.date(hh.created.isoformat()), 2.9, st.label_font, "rm")
    record = _dibao_worded(r)
    mark: Mark = rng.choice(("textbox", "paren", "underline"))
    g = RuledGrid(p, st, LEFT, 34, RIGHT - LEFT, 0.3)
    top = g.y
    g.row([(1.0, L("困难救助申请人基本情况"))], 7.5, 3.1)

    def v(key: str) -> Cell:
        if key == "身份证号":
            return one_line(f, record[key])
        return value(f, record[key], key)

    h = 9.5
    g.row([(0.75, L("姓　　名")), (1.05, v("姓名")), (0.6, L("性　别")), (0.5, v("性别")), (0.6, L("年　龄")),
           (0.45, v("年龄")), (0.75, L("联系电话")), (1.3, v("手机号码"))], h, 2.9)
    g.row([(0.75, L("身份证号码")), (2.6, v("身份证号")), (0.75, L("有无低保")),
           (1.9, marks(f, DIBAO, ticked_of(record["有无低保"]), mark, 2.9))], h, 2.9)
    g.row([(0.75, L("工作单位")), (2.6, v("工作单位")), (0.75, L("工作状态")), (1.9, v("工作状态"))], h, 2.9)
    g.row([(0.75, L("致困原因")), (5.25, marks(f, HUNAN_CAUSES, ticked_of(record["主要致困原因"]), mark, 2.9))],
          h, 2.9)
    printed = ["姓名", "性别", "年龄", "手机号码", "身份证号", "有无低保", "工作单位", "工作状态", "主要致困原因"]

    slots = _slots(hh, rng)
    g.row([(1.0, L("家庭成员情况"))], 7.5, 3.1)
    _two_level_head(g, HN_MEMBER_COLS, 6.0)
    weights = [c[3] for c in HN_MEMBER_COLS]
    row_h = 8.0 if len(slots) > 4 else 8.8
    for i, m in enumerate(slots):
        g.row([(weights[0], L(CIRCLED[i])), *((w, _member_cell(f, m, c[2])) for c, w in
                                              zip(HN_MEMBER_COLS[1:], weights[1:], strict=True))], row_h, 2.9)
    members = _truth(hh.members, [c[2] for c in HN_MEMBER_COLS if c[2]])
    p.members = list(members)
    g.row([(0.75, L("家庭主要困难情况")), (5.25, _free(p, st, str(r["困难情况说明"] or ""), 3.1))],
          max(22.0, min(36.0, 204 - g.y)), 2.9)

    def promise(x0: float, y0: float, x1: float, y1: float) -> None:
        p.fit(x0, y0 + 1, x1, y0 + 9, "本人承诺以上所填情况皆真实，愿意接受审核。若隐瞒或弄虚作假，自愿承担责任。", 2.9,
              st.label_font, "left", pad=2)
        _signed(p, st, x0 + 30, y1 - 4.5, "承诺人（签名）：", r["姓名"])
        p.text(x1 - 4, y1 - 4.5, st.date(hh.created.isoformat()), 3.0, st.value_font, "rm", st.color)

    g.row([(0.75, L("本人承诺")), (5.25, promise)], 18, 2.9)

    # the three opinions side by side, each under its own head
    heads = ("入户核查人员意见", "单位工会或社区工会初审意见", "市/县工会帮扶中心审核意见")
    g.row([(1.0, L(t)) for t in heads], 8.5, 2.7)
    body = max(44.0, min(64.0, 284 - g.y))

    def check(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 5, "经入户核查，情况属实。", 3.0, st.value_font, color=st.color)
        p.text(x0 + 2, y0 + 11, "建议困难类别：", 2.8, st.label_font)
        for i, c in enumerate(HN_CATEGORIES):  # one a line in the narrow column
            _put(marks(f, (c,), ticked_of(r["困难类别"]), mark, 2.9), x0 + 6, y0 + 13 + i * 5.2, x1 - 2,
                 y0 + 18 + i * 5.2)
        p.text(x0 + 2, y1 - 11, "入户核查人签名：", 2.8, st.label_font)
        p.text(x0 + 6, y1 - 5, str(r["建档人"] or ""), 4.0, "kai", color=st.color)
        p.text(x1 - 2, y1 - 5, "年  月  日", 2.6, st.label_font, "rm")

    def first(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 5, "情况属实，同意上报。", 3.0, st.value_font, color=st.color)
        p.text(x0 + 2, y1 - 17, "（公章+审签人签字）", 2.7, st.label_font)
        p.text(x0 + 6, y1 - 11, str(r["审核人"] or ""), 4.0, "kai", color=st.color)
        p.text(x1 - 2, y1 - 4.5, st.date((hh.created - timedelta(days=3)).isoformat()), 2.8, st.value_font, "rm",
               st.color)
        if sealed:
            _seal_on(p, st, (x0 + x1) / 2 + 6, (y0 + y1) / 2, f"{hh.unit.name}工会委员会", "", 15)

    def county(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y1 - 17, "（公章+审签人签字）", 2.7, st.label_font)
        p.text(x1 - 2, y1 - 4.5, "年  月  日", 2.6, st.label_font, "rm")

    g.row([(1.0, check), (1.0, first), (1.0, county)], body)
    g.frame(top, 0.8)
    keys = list(dict.fromkeys(["单位", *printed, *HN_ALWAYS]))
    return _document(hh, [p], [keys], members, sealed, 0, HN_TITLE, "湖南/轮换9")


# ---------------------------------------------------------------------------------------------------------
# 全国/轮换9
NATIONAL_TITLE = "困难职工档案表"
# an item of the running text: (label, record key, printed length of its blank in mm, options)
Item = tuple[str, str, float, tuple[str, ...]]
YN = ("是", "否")
NATIONAL_SECTIONS: list[tuple[str, list[Item]]] = [
    ("一、档案信息", [("*职工编号", "职工编号", 40, ()), ("*困难类别", "困难类别", 24, ()), ("*档案类型", "档案类型", 24, ()),
                  ("*建档标准", "建档标准", 24, ())]),
    ("二、职工基本信息", [
        ("*姓名", "姓名", 26, ()), ("*性别", "性别", 10, ()), ("*民族", "民族", 16, ()), ("*政治面貌", "政治面貌", 24, ()),
        ("*身份证号", "身份证号", 56, ()), ("*出生日期", "出生日期", 30, ()), ("年龄", "年龄", 10, ()),
        ("*婚姻状况", "婚姻状况", 14, ()), ("*健康状况", "健康状况", 24, ()), ("疾病/残疾类别", "疾病/残疾类别", 30, ()),
        ("是否单亲", "是否单亲", 0, YN), ("*劳模类型", "劳模类型", 24, ()), ("*户口类型", "户口类型", 16, ()),
        ("*户口所在行政区划", "户口所在地行政区划", 66, ()), ("*家庭住址", "家庭住址", 112, ()), ("邮政编码", "邮政编码", 20, ()),
        ("手机号码", "手机号码", 30, ()), ("其他联系方式", "其他联系方式", 30, ())]),
    ("三、就业情况", [
        ("*工作状态", "工作状态", 22, ()), ("*工作时间", "工作时间", 28, ()), ("劳动合同签订时间", "劳动合同签订时间", 28, ()),
        ("合同期限", "合同期限", 30, ()), ("*工作单位", "工作单位", 76, ()), ("单位性质", "单位性质", 26, ()),
        ("企业状况", "企业状况", 22, ()), ("*所属行业", "所属行业", 40, ())]),
    ("四、家庭经济状况", [
        ("*家庭人口", "家庭人口", 10, ()), ("*住房类型", "住房类型", 26, ()), ("建筑面积", "建筑面积", 14, ()),
        ("*医保状况", "医保状况", 30, ()), ("*本人月平均收入", "本人月平均收入", 24, ()),
        ("*家庭其他非薪资年收入", "家庭其他非薪资年收入", 24, ()), ("*家庭年度总收入", "家庭年度总收入", 26, ()),
        ("家庭月人均收入", "家庭月人均收入", 24, ()), ("年度必要支出", "年度必要支出", 24, ()),
        ("是否为零就业家庭", "是否为零就业家庭", 0, YN), ("是否有一定自救能力", "是否有一定自救能力", 0, YN)]),
]
NATIONAL_MEMBER_ITEMS: list[Item] = [
    ("姓名", "姓名", 24, ()), ("关系", "关系", 14, ()), ("性别", "性别", 9, ()), ("民族", "民族", 14, ()),
    ("政治面貌", "政治面貌", 22, ()), ("出生日期", "出生日期", 28, ()), ("年龄", "年龄", 9, ()),
    ("身份证号", "身份证号", 54, ()), ("婚姻状况", "婚姻状况", 12, ()), ("健康状况", "健康状况", 22, ()),
    ("户口类型", "户口类型", 14, ()), ("医保状况", "医保状况", 28, ()), ("人员身份", "人员身份", 18, ()),
    ("月收入", "月收入", 20, ()), ("单位或学校", "单位或学校", 62, ()), ("手机号码", "手机号码", 30, ()),
]
CAUSES_BY_CODE = sorted(CODES, key=lambda c: CODES[c])


def _flow(f: Fill, items: Sequence[Item], record: dict[str, Any] | None, x0: float, x1: float, y: float,
          line_h: float, size: float = 2.9) -> float:
    """Items run on like typed text: 「label：____」 with the value written on its blank, options as □ glyphs,
    a new line when the next item does not fit; returns the y of the next line."""
    p, st = f.p, f.st
    x = x0
    for label, key, blank, options in items:
        text = label + "："
        tw = text_width(text, size, st.label_font)
        width = tw + (blank if not options else sum(text_width("□" + o, size, st.label_font) + size for o in options))
        if x > x0 and x + width > x1:
            x, y = x0, y + line_h
        p.text(x, y, text, size, st.label_font)
        v = record.get(key) if record is not None else None
        bx = x + tw
        if options:
            _put(marks(f, options, ticked_of(v), "textbox", size), bx - 1.4, y - 3.5, x1, y + 3.5)
        else:
            p.line(bx, y + 2.2, bx + blank, y + 2.2, 0.2)
            if v is not None:
                cell = one_line(f, v) if key == "身份证号" else value(f, v, key)
                _put(cell, bx, y - 4.2, bx + blank, y + 2.0)
        x += width + 3.5
    return y + line_h


@layout("建档申请表/全国", "全国/轮换9")
def form_national_running_text(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    x0, x1 = 16.0, 194.0
    _title(p, st, NATIONAL_TITLE, 14, 6.0)
    p.text(p.w / 2, 21, "（带*号的为必填项）", 2.8, st.label_font, "mm")
    _rule_line(p, st, x0, 30, "填报单位（盖章）：", r["单位"], 70)
    migrant = set() if r["是否农民工"] is None else {"困难农民工" if r["是否农民工"] else "困难职工"}
    p.text(128, 30, "职工类型：", 2.9, st.label_font)
    _put(marks(f, ("困难职工", "困难农民工"), migrant, "textbox", 2.9), 142, 26, x1, 34)
    printed = ["单位", "是否农民工"]
    y = 42.0
    line_h = 9.6
    for title, items in NATIONAL_SECTIONS:
        p.text(x0, y, title, 3.3, "bold")
        y = _flow(f, items, r, x0 + 4, x1, y + line_h, line_h) + 1.5
        printed += [key for _, key, _, _ in items]
    p.text(x0, y, "五、致困原因（填写下列代码）", 3.3, "bold")
    y += line_h
    codes = {"主要致困原因": _numbers(r["主要致困原因"], CAUSES_BY_CODE),
             "次要致困原因": _numbers(r["次要致困原因"], CAUSES_BY_CODE)}
    y = _flow(f, [("*主要致困原因", "主要致困原因", 18, ()), ("次要致困原因（可多项）", "次要致困原因", 36, ())], codes,
              x0 + 4, x1, y, line_h)
    legend = [f"{CODES[c]}. {c}" for c in CAUSES_BY_CODE]
    p.text(x0 + 4, y - 2, "代码：" + "；".join(legend[:5]) + "；", 2.5, st.label_font)
    p.text(x0 + 4 + text_width("代码：", 2.5, st.label_font), y + 2.6, "；".join(legend[5:]) + "。", 2.5,
           st.label_font)
    printed += ["主要致困原因", "次要致困原因"]
    _page_no(p, st, 1, 3)

    q = Page(p.w, p.h)
    fq = f.on(q)
    q.text(x0, 16, "六、家庭主要成员", 3.3, "bold")
    slots = _slots(hh, rng)
    y = 25.0
    step = 7.2 if len(slots) > 4 else 8.6
    for i, m in enumerate(slots):
        q.text(x0, y, f"（{i + 1}）", 2.9, st.label_font)
        y = _flow(fq, NATIONAL_MEMBER_ITEMS, m, x0 + 8, x1, y, step, 2.8) + (2.5 if len(slots) > 4 else 4.0)
    members = _truth(hh.members, [key for _, key, _, _ in NATIONAL_MEMBER_ITEMS])
    q.members = list(members)
    q.text(x0, 286, "注：家庭成员指与职工共同生活的家庭成员，不含职工本人。", 2.5, st.label_font)
    _page_no(q, st, 2, 3)

    s = Page(p.w, p.h)
    fs = f.on(s)
    s.text(x0, 16, "七、银行账户", 3.3, "bold")
    bank: list[Item] = [("开户银行", "开户银行", 44, ()), ("支行名称", "支行名称", 56, ()), ("银行卡号", "银行卡号", 56, ()),
                        ("备注", "备注", 60, ())]
    y = _flow(fs, bank, r, x0 + 4, x1, 16 + line_h, line_h) + 2
    s.text(x0, y, "八、立卡信息", 3.3, "bold")
    y += line_h
    target = {"解困脱困对象": None if r["解困脱困对象"] is None else ("是" if r["解困脱困对象"] else "否")}
    y = _flow(fs, [("*建档人或审核人确定困难职工是否为解困脱困对象", "解困脱困对象", 0, YN)], target, x0 + 4, x1, y,
              line_h)
    y = _flow(fs, [("确定（立卡）时间", "立卡时间", 34, ()), ("帮扶单位", "帮扶单位", 60, ()),
                   ("帮扶责任人", "帮扶联系人", 26, ())], r, x0 + 4, x1, y, line_h) + 2
    later = ["开户银行", "支行名称", "银行卡号", "备注", "解困脱困对象", "立卡时间", "帮扶单位", "帮扶联系人"]
    for title, key, options in (("五类重点群体", "五类重点群体", KEY_GROUPS), ("“四个一批”措施", "四个一批措施", FOUR_BATCHES),
                                ("七个行动计划", "七个行动计划", ACTION_PLANS)):
        s.text(x0 + 4, y, title + "（可多选）：", 2.9, st.label_font)
        rows = math.ceil(len(options) / 2)
        for i, o in enumerate(options):  # two a line
            col, row = divmod(i, rows)
            _put(marks(fs, (o,), ticked_of(r[key]), "textbox", 2.8), x0 + 8 + col * 88, y + 2 + row * 5.6,
                 x0 + 8 + (col + 1) * 88, y + 7.6 + row * 5.6)
        y += 5.6 * rows + 7
        later.append(key)
    y = min(y + 6, 252)
    x = _rule_line(s, st, x0, y, "*建档人：", r["建档人"], 28)
    x = _rule_line(s, st, x + 6, y, "*审核人：", r["审核人"], 28)
    _rule_line(s, st, x + 6, y, "录入人：", r["录入人"], 28)
    s.text(138, y + 14, "建档工会（盖章）", 3.0, st.label_font)
    s.text(138, y + 21, "年    月    日", 3.0, st.label_font)
    if sealed:
        _seal_on(s, st, 156, y + 16, f"{hh.unit.name}工会委员会", "", 16)
    s.text(x0, 286, "注：填表要求与工会帮扶工作管理系统填表要求一致。", 2.5, st.label_font)
    _page_no(s, st, 3, 3)
    later += ["建档人", "审核人", "录入人"]
    return _document(hh, [p, q, s], [list(dict.fromkeys(printed)), [], list(dict.fromkeys(later))], members,
                     sealed, 2, NATIONAL_TITLE, "全国/轮换9")
