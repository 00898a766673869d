"""Printings of the four application forms added with rotation 10, held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from the seeds and REAL-DOCUMENTS.md with the parts of ``forms_draw`` and of the earlier rotations;
labels as the seeds word them (and the synonyms the seeds themselves print).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

# forms registers each kind's first printing and the printings of rotations 1 to 9 before these
from dangan.synth import forms, forms_rotation9  # noqa: F401
from dangan.synth.canvas import Page
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
from dangan.synth.forms_rotation4 import Mark, RuledGrid, _put, marks, shaded
from dangan.synth.forms_rotation5 import one_line
from dangan.synth.forms_rotation8 import _page_no, _rule_line, _signed, _slots, _truth
from dangan.synth.forms_rotation9 import CAUSES_BY_CODE, _column_label, _legend, _member_cell, _numbers
from dangan.synth.households import ACTION_PLANS, FOUR_BATCHES, HUNAN_CAUSES, KEY_GROUPS, Household
from dangan.synth.layouts import layout
from dangan.synth.render import Cell, Document, L, Style, _free, _seal_on, _title

LEFT, RIGHT = 15.0, 195.0  # the table's edges on a portrait sheet
SIDE = 9.0  # width of a side heading's column (mm)


def _side(p: Page, st: Style, x: float, top: float, bottom: float, text: str, size: float = 3.0) -> None:
    """A side heading: a narrow ruled column down the left of a block of rows, its name one character a line."""
    p.rect(x, top, x + SIDE, bottom, 0.3)
    _put(_column_label(p, st, text, size), x, top, x + SIDE, bottom)


def _record_cell(f: Fill, record: dict[str, Any], key: str) -> Cell:
    if key == "身份证号":
        return one_line(f, record[key])
    return value(f, record[key], key)


# ---------------------------------------------------------------------------------------------------------
# 杭州/轮换10
HZ_MARITAL = ("未婚", "已婚", "离异", "丧偶")
HZ_HUKOU = ("非农业", "农业")
# the member table's columns: (label, key, weight)
HZ_MEMBER_COLS: list[tuple[str, str | None, float]] = [
    ("序号", None, 0.4), ("姓  名", "姓名", 0.95), ("与申请人关系", "关系", 0.85), ("公民身份号码", "身份证号", 2.2),
    ("性别", "性别", 0.45), ("政治面貌", "政治面貌", 0.9), ("月收入（元）", "月收入", 0.85),
]


@layout("建档申请表/杭州", "杭州/轮换10")
def form_hangzhou_side_headings(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    p.text(RIGHT, 11, "编号：__________", 2.8, st.label_font, "rm")
    p.text(p.w / 2, 17, HZ_TITLE, 5.4, "serifbold", "mm")
    migrant = set() if r["是否农民工"] is None else {"农民工" if r["是否农民工"] else "职工"}
    _put(marks(f, ("职工", "农民工"), migrant, "paren", 3.0), p.w / 2 - 20, 21, p.w / 2 + 30, 28)
    _rule_line(p, st, LEFT, 34, "申请人所在单位工会（盖章）：", r["单位"], 92)
    if sealed:
        _seal_on(p, st, 150, 32, f"{hh.unit.name}工会委员会", "", 15)
    x = LEFT + SIDE
    w = RIGHT - x
    g = RuledGrid(p, st, x, 39, w, 0.25)
    top = g.y

    def v(key: str) -> Cell:
        return _record_cell(f, r, key)

    def opts(options: Sequence[str], key: str) -> Cell:
        return choice(f, options, ticked_of(r[key]), 2.8)

    h = 8.2
    g.row([(1.0, L("姓　名")), (1.3, v("姓名")), (0.8, L("性　别")), (0.6, v("性别")), (0.8, L("民　族")),
           (0.7, v("民族")), (0.9, L("政治面貌")), (1.0, v("政治面貌"))], h, 2.8)
    g.row([(1.0, L("公民身份号码")), (6.1, digit_boxes(f, r["身份证号"]))], 9.5, 2.8)
    g.row([(1.0, L("婚姻状况")), (2.7, opts(HZ_MARITAL, "婚姻状况")), (0.8, L("健康状况")), (2.6, v("健康状况"))],
          h, 2.8)
    g.row([(1.0, L("户籍性质")), (1.3, opts(HZ_HUKOU, "户口类型")), (0.8, L("户籍地")),
           (4.0, v("户口所在地行政区划"))], h, 2.8)
    g.row([(1.0, L("就业状态")), (1.3, v("工作状态")), (0.8, L("劳模")), (1.3, v("劳模类型")),
           (1.2, L("参加工作日期")), (1.5, v("工作时间"))], h, 2.7)
    g.row([(1.0, L("劳动合同签订日期")), (1.3, v("劳动合同签订时间")), (0.8, L("合同期限")), (1.3, v("合同期限")),
           (1.2, L("手机")), (1.5, v("手机号码"))], h, 2.5)
    g.row([(1.0, L("现居住地址")), (6.1, v("家庭住址"))], h, 2.8)
    g.row([(1.0, L("住房情况")), (1.3, v("住房类型")), (0.8, L("医疗保险")), (4.0, v("医保状况"))], h, 2.8)
    _side(p, st, LEFT, top, g.y, "申请人情况")
    printed = ["姓名", "性别", "民族", "政治面貌", "身份证号", "婚姻状况", "健康状况", "户口类型", "户口所在地行政区划",
               "工作状态", "劳模类型", "工作时间", "劳动合同签订时间", "合同期限", "手机号码", "家庭住址", "住房类型",
               "医保状况"]

    block = g.y
    g.row([(1.5, L("本人月平均收入（元）")), (1.0, v("本人月平均收入")), (1.7, L("家庭其他非薪资年收入（元）")),
           (1.0, v("家庭其他非薪资年收入")), (1.4, L("年度必要支出（元）")), (1.0, v("年度必要支出"))], 9.0, 2.5)
    g.row([(1.5, L("有无一定自救能力")), (2.7, opts(YES_NO, "是否有一定自救能力")), (1.4, L("是否零就业家庭")),
           (2.0, opts(YES_NO, "是否为零就业家庭"))], h, 2.6)
    _side(p, st, LEFT, block, g.y, "收入", 2.8)
    printed += ["本人月平均收入", "家庭其他非薪资年收入", "年度必要支出", "是否有一定自救能力", "是否为零就业家庭"]

    # the members, right under the income rows
    slots = _slots(hh, rng)
    block = g.y
    weights = [c[2] for c in HZ_MEMBER_COLS]
    g.row([(wt, L(label)) for label, _, wt in HZ_MEMBER_COLS], 7.5, 2.6)
    row_h = 7.4 if len(slots) > 4 else 8.2
    for i, m in enumerate(slots):
        g.row([(weights[0], L(str(i + 1))), *((wt, _member_cell(f, m, key)) for _, key, wt in HZ_MEMBER_COLS[1:])],
              row_h, 2.7)
    _side(p, st, LEFT, block, g.y, "家庭成员")
    members = _truth(hh.members, [key for _, key, _ in HZ_MEMBER_COLS])
    p.members = list(members)

    block = g.y
    g.row([(1.0, L("主要（限1项）")), (6.1, choice(f, HZ_CAUSES, ticked_of(r["主要致困原因"]), 2.7))], 11, 2.6)
    g.row([(1.0, L("次要（0至3项）")), (6.1, choice(f, HZ_CAUSES, ticked_of(r["次要致困原因"]), 2.7))], 11, 2.6)
    _side(p, st, LEFT, block, g.y, "致困原因", 2.8)
    block = g.y
    g.row([(1.0, _free(p, st, str(r["困难情况说明"] or ""), 3.1))], max(16.0, min(24.0, 222 - g.y)))
    _side(p, st, LEFT, block, g.y, "困难情况", 2.8)
    block = g.y
    g.row([(0.8, L("开户银行")), (1.3, v("开户银行")), (0.8, L("支行")), (1.6, v("支行名称")), (0.8, L("账号")),
           (2.0, v("银行卡号"))], h, 2.7)
    _side(p, st, LEFT, block, g.y, "账户", 2.6)
    printed += ["主要致困原因", "次要致困原因", "困难情况说明", "开户银行", "支行名称", "银行卡号"]
    block = g.y
    g.row([(1.4, L("认定困难类别")), (5.7, choice(f, HZ_CATEGORIES, ticked_of(r["困难类别"]), 2.8))], 10, 2.7)
    _side(p, st, LEFT, block, g.y, "认定", 2.6)
    p.rect(LEFT, top, RIGHT, g.y, 0.7)
    y = g.y + 8
    _signed(p, st, LEFT + 2, y, "本人签字：", r["姓名"])
    p.text(RIGHT - 2, y, "申请日期：" + st.date(hh.created.isoformat()), 3.0, st.label_font, "rm")
    y += 9
    x = _rule_line(p, st, LEFT + 2, y, "经办人：", r["建档人"], 30)
    x = _rule_line(p, st, x + 8, y, "审核人：", r["审核人"], 30)
    _rule_line(p, st, x + 8, y, "负责人：", None, 30)
    p.text(LEFT + 2, min(y + 9, 288), "注：本表一式两份，所填内容须与工会帮扶工作管理系统录入信息一致。", 2.5, st.label_font)
    keys = list(dict.fromkeys(["单位", "是否农民工", *printed, *HZ_ALWAYS]))
    return _document(hh, [p], [keys], members, sealed, 0, HZ_TITLE, "杭州/轮换10")


# ---------------------------------------------------------------------------------------------------------
# 河北/轮换10
HB_MEMBER_COLS: list[tuple[str, str, float]] = [
    ("与申请人关系", "关系", 0.8), ("姓名", "姓名", 0.85), ("性别", "性别", 0.45), ("公民身份号码", "身份证号", 2.0),
    ("身份（在职/失业/退休/在读）", "人员身份", 1.0), ("健康状况", "健康状况", 0.8), ("月收入（元）", "月收入", 0.85),
    ("工作单位或就读学校", "单位或学校", 1.6),
]


@layout("建档申请表/河北", "河北/轮换10")
def form_hebei_members_overleaf(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    _title(p, st, HB_TITLE, 16, 6.2)
    p.text(LEFT, 26, "申报类别：", 3.0, st.label_font)
    mark: Mark = "textbox" if rng.random() < 0.5 else "underline"
    _put(marks(f, HB_CATEGORIES, ticked_of(r["困难类别"]), mark, 3.0), LEFT + 15, 22, LEFT + 70, 30)
    p.text(RIGHT, 26, "申报时间：" + st.date(hh.created.isoformat()), 2.9, st.label_font, "rm")
    record = {**r, "职工身份": _identity(r) if r["工作状态"] is not None else None}
    g = RuledGrid(p, st, LEFT, 32, RIGHT - LEFT, 0.3)
    top = g.y

    def v(key: str) -> Cell:
        return _record_cell(f, record, key)

    h = 9.0
    g.row([(1.0, shaded(f, "申请人姓名", 2.8)), (1.2, v("姓名")), (0.7, shaded(f, "性别")), (0.6, v("性别")),
           (0.7, shaded(f, "民族")), (0.7, v("民族"))], h)
    g.row([(1.0, shaded(f, "政治面貌", 2.8)), (1.2, v("政治面貌")), (0.7, shaded(f, "家庭人口")), (0.6, v("家庭人口")),
           (0.7, shaded(f, "联系电话")), (0.7, v("手机号码"))], h)
    g.row([(1.0, shaded(f, "公民身份号码", 2.8)), (2.5, v("身份证号")), (0.7, shaded(f, "婚姻状况")),
           (1.4, marks(f, MARITAL, ticked_of(record["婚姻状况"]), mark, 2.6))], h)
    g.row([(1.0, shaded(f, "工作单位", 2.8)), (2.5, v("工作单位")), (0.7, shaded(f, "职工身份")),
           (1.4, marks(f, IDENTITY, ticked_of(record["职工身份"]), mark, 2.6))], h)
    g.row([(1.0, shaded(f, "本人月平均收入（元）", 2.6)), (1.2, v("本人月平均收入")),
           (1.3, shaded(f, "家庭非薪资收入（元）", 2.6)), (2.1, v("家庭其他非薪资年收入"))], h)
    g.row([(1.0, shaded(f, "户籍所在地", 2.8)), (4.6, v("户口所在地行政区划"))], h)
    g.row([(1.0, shaded(f, "现住址", 2.8)), (4.6, v("家庭住址"))], h)
    printed = ["姓名", "性别", "民族", "政治面貌", "家庭人口", "手机号码", "身份证号", "婚姻状况", "工作单位",
               "本人月平均收入", "家庭其他非薪资年收入", "户口所在地行政区划", "家庭住址"]
    g.row([(1.0, shaded(f, "致困原因", 2.8)),
           (4.6, marks(f, HB_CAUSES, ticked_of(r["主要致困原因"]), mark, 2.7))], 14, 2.8)
    med, edu, other = hebei_split(hh)
    g.row([(1.0, shaded(f, "必要性支出（元）", 2.6)), (0.45, L("医疗")), (0.6, value(f, med, "年度必要支出")),
           (0.45, L("教育")), (0.6, value(f, edu, "年度必要支出")), (0.45, L("其他")),
           (0.6, value(f, other, "年度必要支出")), (0.55, L("合计")), (0.9, value(f, r["年度必要支出"], "年度必要支出"))],
          h, 2.7)
    own = r["住房类型"] if r["住房类型"] in ("商品房", "自建房") else None
    estate = f"{own}，{r['建筑面积']}平方米" if own and r["建筑面积"] else "无"
    g.row([(1.0, shaded(f, "家庭财产", 2.8)), (0.6, L("住房")), (2.2, value(f, estate, align="left")),
           (0.7, L("车辆")), (1.1, value(f, "无"))], h, 2.7)
    g.row([(1.0, shaded(f, "家庭困难情况", 2.8)), (4.6, _free(p, st, str(r["困难情况说明"] or ""), 3.1))],
          max(30.0, min(46.0, 270 - g.y)), 2.7)
    g.frame(top, 0.7)
    printed += ["主要致困原因", "年度必要支出", "困难情况说明", "困难类别"]
    _page_no(p, st, 1, 2)

    # overleaf: the members' table, then the declaration and the opinions
    q = Page(p.w, p.h)
    fq = f.on(q)
    q.text(LEFT, 16, "家庭成员情况（与申请人共同生活的家庭成员）", 3.3, "bold")
    slots = _slots(hh, rng)
    m_grid = RuledGrid(q, st, LEFT, 21, RIGHT - LEFT, 0.3)
    m_top = m_grid.y
    weights = [c[2] for c in HB_MEMBER_COLS]
    m_grid.row([(wt, L(label)) for label, _, wt in HB_MEMBER_COLS], 10.0, 2.5)
    row_h = 9.0 if len(slots) > 4 else 10.0
    for m in slots:
        m_grid.row([(wt, _member_cell(fq, m, key)) for wt, (_, key, _) in zip(weights, HB_MEMBER_COLS, strict=True)],
                   row_h, 2.6)
    m_grid.frame(m_top, 0.7)
    members = _truth(hh.members, [key for _, key, _ in HB_MEMBER_COLS])
    q.members = list(members)

    h2 = RuledGrid(q, st, LEFT, m_grid.y + 8, RIGHT - LEFT, 0.3)
    top = h2.y

    def declaration(x0: float, y0: float, x1: float, y1: float) -> None:
        q.fit(x0, y0 + 1, x1, y0 + 9, "本人承诺以上填报内容真实、完整，如有隐瞒或虚报，愿承担一切责任。", 3.0,
              st.label_font, "left", pad=2)
        _signed(q, st, x0 + 50, y1 - 5, "申请人签字：", r["姓名"])
        q.text(x1 - 4, y1 - 5, "年    月    日", 2.9, st.label_font, "rm")

    h2.row([(1.0, L("申请人承诺")), (4.6, declaration)], 22, 3.0)

    def unit(x0: float, y0: float, x1: float, y1: float) -> None:
        q.text(x0 + 3, y0 + 7, "经民主评议并公示无异议，同意申报。", 3.2, st.value_font, color=st.color)
        q.text(x0 + 3, y1 - 6, "负责人：", 2.9, st.label_font)
        q.text(x1 - 6, y1 - 13, "（单位工会盖章）", 2.9, st.label_font, "rm")
        q.text(x1 - 6, y1 - 6, "年    月    日", 2.9, st.label_font, "rm")
        if sealed:
            _seal_on(q, st, x1 - 32, (y0 + y1) / 2, f"{hh.unit.name}工会委员会", "", 16)

    h2.row([(1.0, L("基层工会意见")), (4.6, unit)], 36, 3.0)
    for head in ("县（市、区）总工会意见", "市总工会审批意见"):
        h2.row([(1.0, L(head)), (4.6, _free(q, st, " " * 60 + "（盖章）    年    月    日", 2.9))], 30, 2.8)
    h2.frame(top, 0.7)
    notes = ("说明：1．家庭成员填写与申请人共同生活、有法定赡养、抚养或扶养关系的人员；",
             "2．身份一栏填写在职、失业、退休或在读；3．本表一式两份，报县级以上工会一份。")
    y = h2.y + 7
    for i, line in enumerate(notes):
        q.fit(LEFT, y + i * 5.0 - 2.5, RIGHT, y + i * 5.0 + 2.5, line, 2.6, st.label_font, "left", pad=0)
    _page_no(q, st, 2, 2)
    first = list(dict.fromkeys(printed))
    second = [k for k in HB_ALWAYS if k not in first]
    return _document(hh, [p, q], [first, second], members, sealed, 1, HB_TITLE, "河北/轮换10")


# ---------------------------------------------------------------------------------------------------------
# 湖南/轮换10
HN_MEMBER_COLS: list[tuple[str, str | None, float]] = [
    ("姓名", "姓名", 0.9), ("公民身份号码", "身份证号", 2.0), ("年龄", "年龄", 0.45), ("称谓", "关系", 0.6),
    ("月收入（元）", "月收入", 0.75), ("工作（学习）单位", "单位或学校", 1.7),
]


@layout("建档申请表/湖南", "湖南/轮换10")
def form_hunan_opinions_down(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    _title(p, st, HN_TITLE, 15, 5.8)
    record = _dibao_worded(r)
    mark: Mark = rng.choice(("textbox", "paren"))
    _rule_line(p, st, LEFT, 25, "单位（盖章）：", r["单位"], 80)
    p.text(RIGHT, 25, "填表时间：" + st.date(hh.created.isoformat()), 2.9, st.label_font, "rm")
    x = LEFT + SIDE
    g = RuledGrid(p, st, x, 30, RIGHT - x, 0.3)
    top = g.y

    def v(key: str) -> Cell:
        return _record_cell(f, record, key)

    h = 8.6
    g.row([(0.8, L("申请人")), (1.0, v("姓名")), (0.55, L("性别")), (0.45, v("性别")), (0.55, L("年龄")),
           (0.45, v("年龄")), (0.8, L("手机号码")), (1.4, v("手机号码"))], h, 2.9)
    g.row([(0.8, L("身份证号")), (2.45, v("身份证号")), (0.8, L("低保情况")),
           (1.95, marks(f, DIBAO, ticked_of(record["有无低保"]), mark, 2.9))], h, 2.9)
    g.row([(0.8, L("所在单位")), (2.45, v("工作单位")), (0.8, L("在岗情况")), (1.95, v("工作状态"))], h, 2.9)
    g.row([(0.8, L("致困原因")), (5.2, marks(f, HUNAN_CAUSES, ticked_of(record["主要致困原因"]), mark, 2.9))],
          h, 2.9)
    _side(p, st, LEFT, top, g.y, "基本情况")
    printed = ["姓名", "性别", "年龄", "手机号码", "身份证号", "有无低保", "工作单位", "工作状态", "主要致困原因"]

    slots = _slots(hh, rng)
    block = g.y
    weights = [c[2] for c in HN_MEMBER_COLS]
    g.row([(wt, L(label)) for label, _, wt in HN_MEMBER_COLS], 7.5, 2.8)
    row_h = 7.6 if len(slots) > 4 else 8.4
    for m in slots:
        g.row([(wt, _member_cell(f, m, key)) for wt, (_, key, _) in zip(weights, HN_MEMBER_COLS, strict=True)],
              row_h, 2.9)
    _side(p, st, LEFT, block, g.y, "家庭成员")
    members = _truth(hh.members, [c[1] for c in HN_MEMBER_COLS])
    p.members = list(members)
    block = g.y
    g.row([(1.0, _free(p, st, str(r["困难情况说明"] or ""), 3.1))], max(20.0, min(30.0, 160 - g.y)))
    _side(p, st, LEFT, block, g.y, "困难情况")

    block = g.y

    def promise(x0: float, y0: float, x1: float, y1: float) -> None:
        p.fit(x0, y0 + 1, x1, y0 + 8, "以上情况属实，如有虚假，本人愿承担相应责任。", 2.9, st.label_font, "left", pad=2)
        _signed(p, st, x0 + 40, y1 - 4, "申请人签名：", r["姓名"])
        p.text(x1 - 4, y1 - 4, st.date(hh.created.isoformat()), 3.0, st.value_font, "rm", st.color)

    g.row([(1.0, promise)], 16)
    _side(p, st, LEFT, block, g.y, "承诺", 2.8)

    block = g.y

    def check(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 3, y0 + 5.5, "经入户走访核实，情况属实。建议困难类别：", 3.0, st.value_font, color=st.color)
        _put(marks(f, HN_CATEGORIES, ticked_of(r["困难类别"]), mark, 2.9), x0 + 3, y0 + 8, x1 - 3, y0 + 15)
        p.text(x0 + 3, y1 - 4.5, "核查人：", 2.9, st.label_font)
        p.text(x0 + 18, y1 - 4.5, str(r["建档人"] or ""), 4.0, "kai", color=st.color)
        p.text(x1 - 4, y1 - 4.5, "年    月    日", 2.8, st.label_font, "rm")

    g.row([(1.0, check)], 30)
    _side(p, st, LEFT, block, g.y, "入户核查", 2.8)
    block = g.y

    def first(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 3, y0 + 5.5, "同意推荐建档。", 3.0, st.value_font, color=st.color)
        p.text(x0 + 3, y1 - 4.5, "审核人：", 2.9, st.label_font)
        p.text(x0 + 18, y1 - 4.5, str(r["审核人"] or ""), 4.0, "kai", color=st.color)
        p.text(x1 - 40, y1 - 11, "（盖章）", 2.8, st.label_font)
        p.text(x1 - 4, y1 - 4.5, st.date((hh.created - timedelta(days=2)).isoformat()), 2.8, st.value_font, "rm",
               st.color)
        if sealed:
            _seal_on(p, st, x1 - 40, (y0 + y1) / 2, f"{hh.unit.name}工会委员会", "", 15)

    g.row([(1.0, first)], 30)
    _side(p, st, LEFT, block, g.y, "单位工会", 2.8)
    block = g.y
    g.row([(1.0, _free(p, st, " " * 70 + "（盖章）    年    月    日", 2.9))], max(20.0, min(30.0, 282 - g.y)))
    _side(p, st, LEFT, block, g.y, "上级工会", 2.8)
    p.rect(LEFT, top, RIGHT, g.y, 0.8)
    keys = list(dict.fromkeys(["单位", *printed, *HN_ALWAYS]))
    return _document(hh, [p], [keys], members, sealed, 0, HN_TITLE, "湖南/轮换10")


# ---------------------------------------------------------------------------------------------------------
# 全国/轮换10
NATIONAL_TITLE = "困难职工档案表"
# the applicant's grid, three label/value pairs a row: (label, key) or None for an empty pair
Pair = tuple[str, str] | None
NATIONAL_BLOCKS: list[tuple[str, list[list[Pair]]]] = [
    ("档案信息", [[("职工编号", "职工编号"), None, ("档案类型", "档案类型")],
              [("建档标准", "建档标准"), ("困难类别", "困难类别"), None]]),
    ("基本信息", [[("姓名", "姓名"), ("性别", "性别"), ("民族", "民族")],
              [("出生日期", "出生日期"), ("年龄", "年龄"), ("政治面貌", "政治面貌")],
              [("身份证号", "身份证号"), None, ("婚姻状况", "婚姻状况")],
              [("健康状况", "健康状况"), ("疾病/残疾类别", "疾病/残疾类别"), ("劳模类型", "劳模类型")],
              [("是否单亲", "是否单亲"), ("户口类型", "户口类型"), None],
              [("户口所在行政区划", "户口所在地行政区划"), None, None],
              [("家庭住址", "家庭住址"), None, None],
              [("邮政编码", "邮政编码"), ("手机号码", "手机号码"), ("其他联系方式", "其他联系方式")]]),
    ("就业情况", [[("工作状态", "工作状态"), ("参加工作时间", "工作时间"), ("劳动合同签订时间", "劳动合同签订时间")],
              [("合同期限", "合同期限"), ("单位性质", "单位性质"), ("企业状况", "企业状况")],
              [("工作单位", "工作单位"), None, ("所属行业", "所属行业")]]),
    ("家庭经济", [[("家庭人口", "家庭人口"), ("住房类型", "住房类型"), ("建筑面积（㎡）", "建筑面积")],
              [("医保状况", "医保状况"), None, ("本人月平均收入", "本人月平均收入")],
              [("家庭其他非薪资年收入", "家庭其他非薪资年收入"), ("家庭年度总收入", "家庭年度总收入"),
               ("家庭月人均收入", "家庭月人均收入")],
              [("年度必要支出", "年度必要支出"), ("是否为零就业家庭", "是否为零就业家庭"),
               ("是否有一定自救能力", "是否有一定自救能力")]]),
]
YN = ("是", "否")
YN_KEYS = {"是否单亲", "是否为零就业家庭", "是否有一定自救能力"}
NATIONAL_MEMBER_COLS: list[tuple[str, str, float]] = [
    ("姓名", "姓名", 1.0), ("与职工关系", "关系", 0.8), ("性别", "性别", 0.45), ("民族", "民族", 0.6),
    ("出生日期", "出生日期", 1.15), ("年龄", "年龄", 0.45), ("公民身份号码", "身份证号", 2.2),
    ("政治面貌", "政治面貌", 0.95), ("婚姻状况", "婚姻状况", 0.65), ("健康状况", "健康状况", 0.95),
    ("户口类型", "户口类型", 0.7), ("医保状况", "医保状况", 1.35), ("人员身份", "人员身份", 0.85),
    ("月收入（元）", "月收入", 0.8), ("工作单位或就读学校", "单位或学校", 2.0), ("联系电话", "手机号码", 1.5),
]


def _pairs_row(g: RuledGrid, f: Fill, record: dict[str, Any], pairs: Sequence[Pair], h: float) -> list[str]:
    """One row of three label/value pairs; an empty pair's room goes to the value before it."""
    cells: list[tuple[float, Cell]] = []
    keys: list[str] = []
    for pair in pairs:
        if pair is None:
            if cells:
                wt, last = cells[-1]
                cells[-1] = (wt + 1.9, last)
            continue
        label, key = pair
        cells.append((0.9, L(label)))
        if key in YN_KEYS:
            cell: Cell = marks(f, YN, ticked_of(record[key]), "textbox", 2.7)
        else:
            cell = _record_cell(f, record, key)
        cells.append((1.0, cell))
        keys.append(key)
    g.row(cells, h, 2.5)
    return keys


@layout("建档申请表/全国", "全国/轮换10")
def form_national_landscape_members(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    _title(p, st, NATIONAL_TITLE, 15, 6.0)
    _rule_line(p, st, LEFT, 25, "建档单位：", r["单位"], 74)
    migrant = set() if r["是否农民工"] is None else {"农民工" if r["是否农民工"] else "职工"}
    p.text(130, 25, "人员类别：", 2.9, st.label_font)
    _put(marks(f, ("职工", "农民工"), migrant, "paren", 2.9), 144, 21, RIGHT, 29)
    printed = ["单位", "是否农民工"]
    x = LEFT + SIDE
    g = RuledGrid(p, st, x, 31, RIGHT - x, 0.25)
    top = g.y
    h = 8.8
    for title, rows in NATIONAL_BLOCKS:
        block = g.y
        for pairs in rows:
            printed += _pairs_row(g, f, r, pairs, h)
        _side(p, st, LEFT, block, g.y, title, 2.9)

    block = g.y
    codes = {"主要致困原因": _numbers(r["主要致困原因"], CAUSES_BY_CODE),
             "次要致困原因": _numbers(r["次要致困原因"], CAUSES_BY_CODE)}
    g.row([(0.9, L("主要致困原因")), (1.0, value(f, codes["主要致困原因"])), (1.1, L("次要致困原因（可多项）")),
           (2.7, value(f, codes["次要致困原因"]))], h, 2.5)

    def legend(x0: float, y0: float, x1: float, y1: float) -> None:
        text = "代码：" + _legend(CAUSES_BY_CODE)
        half = len(CAUSES_BY_CODE) // 2
        first = "代码：" + _legend(CAUSES_BY_CODE[:half])
        p.fit(x0, y0, x1, (y0 + y1) / 2 + 0.5, first, 2.5, st.label_font, "left", pad=1.5)
        rest = text[len(first):].strip()
        p.fit(x0, (y0 + y1) / 2 - 0.5, x1, y1, "      " + rest, 2.5, st.label_font, "left", pad=1.5)

    g.row([(1.0, legend)], 11)
    _side(p, st, LEFT, block, g.y, "致困", 2.9)
    printed += ["主要致困原因", "次要致困原因"]

    block = g.y
    g.row([(0.9, L("开户银行")), (1.0, _record_cell(f, r, "开户银行")), (0.9, L("支行名称")),
           (1.2, _record_cell(f, r, "支行名称")), (0.9, L("银行卡号")), (1.6, _record_cell(f, r, "银行卡号"))], h, 2.5)
    g.row([(0.9, L("备注")), (5.6, _record_cell(f, r, "备注"))], h, 2.5)
    _side(p, st, LEFT, block, g.y, "账户", 2.9)
    p.rect(LEFT, top, RIGHT, g.y, 0.7)
    printed += ["开户银行", "支行名称", "银行卡号", "备注"]
    p.text(LEFT, min(g.y + 6, 286), "注：表中项目与工会帮扶工作管理系统一致；家庭成员情况见第2页。", 2.5, st.label_font)
    _page_no(p, st, 1, 3)

    # the members on a landscape sheet of their own, one row each
    q = Page(p.h, p.w)
    fq = f.on(q)
    q.text(q.w / 2, 16, "家庭成员情况", 4.4, "bold", "mm")
    q.text(14, 24, "职工姓名：", 3.0, st.label_font)
    q.text(30, 24, str(r["姓名"] or ""), 3.4, st.value_font, color=st.color)
    slots = _slots(hh, rng)
    m_grid = RuledGrid(q, st, 12, 29, q.w - 24, 0.25)
    m_top = m_grid.y
    weights = [c[2] for c in NATIONAL_MEMBER_COLS]
    m_grid.row([(0.45, L("序号")), *((wt, L(label)) for label, _, wt in NATIONAL_MEMBER_COLS)], 12.0, 2.4)
    row_h = 13.0 if len(slots) > 4 else 15.0
    for i, m in enumerate(slots):
        m_grid.row([(0.45, L(str(i + 1))),
                    *((wt, _member_cell(fq, m, key)) for wt, (_, key, _) in zip(weights, NATIONAL_MEMBER_COLS,
                                                                                 strict=True))], row_h, 2.7)
    m_grid.frame(m_top, 0.7)
    members = _truth(hh.members, [key for _, key, _ in NATIONAL_MEMBER_COLS])
    q.members = list(members)
    q.text(14, min(m_grid.y + 7, q.h - 14), "注：家庭成员指与职工共同生活的家庭成员，不含职工本人。", 2.6, st.label_font)
    _page_no(q, st, 2, 3)

    s = Page(p.w, p.h)
    fs = f.on(s)
    s.text(LEFT, 16, "立卡及帮扶信息", 3.5, "bold")
    k = RuledGrid(s, st, LEFT, 21, RIGHT - LEFT, 0.25)
    k_top = k.y
    target = None if r["解困脱困对象"] is None else ("是" if r["解困脱困对象"] else "否")
    k.row([(2.2, L("是否确定为解困脱困对象")), (1.3, marks(fs, YN, set() if target is None else {target}, "textbox", 2.8)),
           (1.2, L("立卡时间")), (1.5, _record_cell(fs, r, "立卡时间"))], 9.0, 2.7)
    k.row([(1.2, L("帮扶单位")), (2.8, _record_cell(fs, r, "帮扶单位")), (1.2, L("帮扶责任人")),
           (1.0, _record_cell(fs, r, "帮扶联系人"))], 9.0, 2.7)
    later = ["解困脱困对象", "立卡时间", "帮扶单位", "帮扶联系人"]
    for title, key, options in (("五类重点群体", "五类重点群体", KEY_GROUPS), ("“四个一批”", "四个一批措施", FOUR_BATCHES),
                                ("七个行动计划", "七个行动计划", ACTION_PLANS)):
        lines = (len(options) + 1) // 2
        k.row([(1.2, L(title)), (5.0, choice(fs, options, ticked_of(r[key]), 2.7))], 7.0 * lines + 3, 2.8)
        later.append(key)
    k.frame(k_top, 0.7)
    y = k.y + 14
    x = _rule_line(s, st, LEFT, y, "建档人：", r["建档人"], 28)
    x = _rule_line(s, st, x + 6, y, "审核人：", r["审核人"], 28)
    _rule_line(s, st, x + 6, y, "录入人：", r["录入人"], 28)
    later += ["建档人", "审核人", "录入人"]
    s.text(140, y + 16, "（建档工会盖章）", 3.0, st.label_font)
    s.text(140, y + 24, st.date(hh.created.isoformat()), 3.0, st.value_font, color=st.color)
    if sealed:
        _seal_on(s, st, 156, y + 18, f"{hh.unit.name}工会委员会", "", 16)
    _page_no(s, st, 3, 3)
    return _document(hh, [p, q, s], [list(dict.fromkeys(printed)), [], list(dict.fromkeys(later))], members,
                     sealed, 2, NATIONAL_TITLE, "全国/轮换10")
