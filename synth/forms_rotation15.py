"""Printings of the four application forms added with rotation 15, held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from the seeds and REAL-DOCUMENTS.md with the parts of ``forms_draw`` and of the earlier rotations;
labels as the seeds word them (and the synonyms and older wordings real printings use).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

# forms registers each kind's first printing and the printings of rotations 1 to 14 before these
from dangan.synth import forms, forms_rotation14  # noqa: F401
from dangan.synth.canvas import Page, text_width
from dangan.synth.forms_draw import (
    WHITE,
    Fill,
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
from dangan.synth.forms_rotation4 import RuledGrid, _put, marks, shaded
from dangan.synth.forms_rotation8 import _rule_line, _slots, _truth
from dangan.synth.forms_rotation9 import CAUSES_BY_CODE, _column_label
from dangan.synth.forms_rotation11 import _signature_over, cn_numeral_date
from dangan.synth.forms_rotation13 import _cell, _copied, _hand, _lined_text, _typeset
from dangan.synth.forms_rotation14 import Col, _member_table, _photo_or_copy, _vary
from dangan.synth.households import HUNAN_CAUSES, Household
from dangan.synth.layouts import layout
from dangan.synth.render import Cell, Document, L, Style, _free, _seal_on


# -- parts of these printings ---------------------------------------------------------------------------
def _bar(g: RuledGrid, f: Fill, title: str, h: float = 6.5, size: float = 3.0) -> None:
    """A section's title across the whole table, on a grey ground (「一、申请人基本情况」)."""
    g.row([(1.0, shaded(f, title, size))], h)


def _opinion(
    p: Page,
    st: Style,
    x0: float,
    y0: float,
    x1: float,
    y1: float,
    title: str,
    said: str | None,
    size: float = 3.0,
) -> None:
    """One opinion box of a row of them: its title at the top, the words written under it (when said)."""
    p.rect(x0, y0, x1, y1, 0.3)
    p.text(x0 + 2, y0 + 5, title, size, st.label_font)
    if said:
        p.fit(x0 + 2, y0 + 8, x1 - 2, y0 + 20, said, 3.1, st.value_font, "left", _hand(st), pad=1)


def _darkened(pages: Sequence[Page], rng: random.Random, share: float) -> None:
    """A dark photocopy (the copier turned up: grey ground, heavy strokes), a plain copy, or the original."""
    roll = rng.random()
    if roll < share:
        for page in pages:
            page.mono, page.tone = True, rng.uniform(0.55, 0.8)
    elif roll < share * 2:
        _copied(pages, rng, 1.0)


# ---------------------------------------------------------------------------------------------------------
# 杭州/轮换15
HZ_MARITAL = ("未婚", "已婚", "离异", "丧偶")
HZ_HUKOU = ("非农业", "农业")
HZ_MEMBER_COLS: list[Col] = [
    ("序号", None, 0.35),
    ("与本人关系", "关系", 0.75),
    ("姓名", "姓名", 0.8),
    ("公民身份号码", "身份证号", 2.9),
    ("出生年月", "出生日期", 1.0),
    ("就业或就学", "人员身份", 0.7),
    ("身体状况", "健康状况", 0.65),
    ("月收入（元）", "月收入", 0.7),
    ("工作单位或学校", "单位或学校", 1.5),
]


@layout("建档申请表/杭州", "杭州/轮换15")
def form_hangzhou_inline_cells(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    st = _typeset(st, rng, ("serif", "hei", "kai"))
    p, f = new_page(st)
    dy = rng.uniform(-2.0, 2.0)  # where the print sits on the sheet
    left, right = 15.0, 195.0
    p.text(p.w / 2, 15 + dy, HZ_TITLE, 5.4, "hei", "mm")
    p.text(right, 23 + dy, "档案编号：__________", 2.8, st.label_font, "rm")
    _rule_line(p, st, left, 29 + dy, "所在单位工会（章）：", r["单位"], 66, 2.9)

    def v(key: str) -> Cell:
        return _cell(f, r, key)

    def opts(options: Sequence[str], key: str) -> Cell:
        return marks(f, options, ticked_of(r[key]), "paren", 2.7)

    def at(label: str, cell: Cell) -> Cell:
        return inline(f, label, cell)

    migrant = set() if r["是否农民工"] is None else {"农民工" if r["是否农民工"] else "职工"}
    g = RuledGrid(p, st, left, 34 + dy, right - left, 0.3)
    top = g.y
    h = 9.0
    rows: list[list[tuple[float, Cell]]] = [
        [
            (1.0, at("姓名", v("姓名"))),
            (0.7, at("性别", v("性别"))),
            (0.8, at("民族", v("民族"))),
            (1.3, at("出生日期", v("出生日期"))),
        ],
        [(3.0, at("身份证号码", digit_boxes(f, r["身份证号"], 18))), (1.3, at("政治面貌", v("政治面貌")))],
        [
            (2.0, at("人员类别", marks(f, ("职工", "农民工"), migrant, "paren", 2.7))),
            (2.0, at("联系手机", v("手机号码"))),
        ],
        [
            (2.4, at("婚姻状况", opts(HZ_MARITAL, "婚姻状况"))),
            (1.6, at("户籍性质", opts(HZ_HUKOU, "户口类型"))),
        ],
        [
            (1.6, at("户籍地", v("户口所在地行政区划"))),
            (2.6, at("现住址", value(f, r["家庭住址"], "家庭住址", "left"))),
        ],
        [
            (1.1, at("身体状况", v("健康状况"))),
            (1.1, at("就业状态", v("工作状态"))),
            (1.6, at("医疗保险", v("医保状况"))),
        ],
        [
            (1.4, at("住房性质", v("住房类型"))),
            (1.3, at("住房面积（平方米）", v("建筑面积"))),
            (1.0, at("家庭人口数", v("家庭人口"))),
        ],
        [
            (1.5, at("本人月均收入（元）", v("本人月平均收入"))),
            (1.6, at("家庭非薪资年收入（元）", v("家庭其他非薪资年收入"))),
        ],
        [
            (1.5, at("家庭年收入合计（元）", v("家庭年度总收入"))),
            (1.6, at("家庭年度必要支出（元）", v("年度必要支出"))),
        ],
        [
            (1.3, at("零就业家庭", opts(YES_NO, "是否为零就业家庭"))),
            (1.4, at("有一定自救能力", opts(YES_NO, "是否有一定自救能力"))),
            (1.3, at("劳模类别", v("劳模类型"))),
        ],
        [
            (1.0, at("开户行", v("开户银行"))),
            (1.3, at("网点名称", v("支行名称"))),
            (1.8, at("银行账号", v("银行卡号"))),
        ],
    ]
    for cells in rows:
        g.row(cells, h)
    g.frame(top, 0.7)
    printed = [
        "单位",
        "姓名",
        "性别",
        "民族",
        "出生日期",
        "身份证号",
        "政治面貌",
        "是否农民工",
        "手机号码",
        "婚姻状况",
        "户口类型",
        "户口所在地行政区划",
        "家庭住址",
        "健康状况",
        "工作状态",
        "医保状况",
        "住房类型",
        "建筑面积",
        "家庭人口",
        "本人月平均收入",
        "家庭其他非薪资年收入",
        "家庭年度总收入",
        "年度必要支出",
        "是否为零就业家庭",
        "是否有一定自救能力",
        "劳模类型",
        "开户银行",
        "支行名称",
        "银行卡号",
    ]

    y = g.y + 7
    p.text(left, y, "共同生活家庭成员", 3.1, "hei")
    p.text(right, y, "（不含本人）", 2.6, st.label_font, "rm")
    slots = _slots(hh, rng)
    cols = _vary(HZ_MEMBER_COLS, rng)
    row_h = 8.5 if len(slots) > 4 else 9.5
    m_top = y + 3.5
    end = _member_table(
        p, f, left, right, m_top, cols, slots, 8.0, row_h, 0.3, boxes=True, head_size=2.4, numbered=False
    )
    p.rect(left, m_top, right, end, 0.7)
    members = _truth(hh.members, [key for _, key, _ in cols])
    p.members = list(members)
    p.text(right, 290, "（第一页）", 2.6, st.label_font, "rm")

    q = Page(p.w, p.h)
    fq = f.on(q)
    k = RuledGrid(q, st, left, 16, right - left, 0.3)
    k_top = k.y
    k.row(
        [
            (1.0, L("主要致困原因（限选一项）")),
            (4.0, choice(fq, HZ_CAUSES, ticked_of(r["主要致困原因"]), 2.7, box_first=False)),
        ],
        22,
        2.6,
    )
    k.row(
        [
            (1.0, L("次要致困原因（可多选）")),
            (4.0, choice(fq, HZ_CAUSES, ticked_of(r["次要致困原因"]), 2.7, box_first=False)),
        ],
        22,
        2.6,
    )
    k.row(
        [(1.0, L("困难类别")), (4.0, marks(fq, HZ_CATEGORIES, ticked_of(r["困难类别"]), "paren", 2.8))],
        11,
        2.8,
    )
    story = k.y
    k.row([(1.0, L("家庭困难情况简述")), (4.0, None)], 48, 2.8)
    a = left + (right - left) / 5
    _lined_text(q, st, a, story, right, story + 48, str(r["困难情况说明"] or ""), 8.0, 3.2)
    k.row([(1.0, L("申请人承诺")), (4.0, None)], 26, 2.8)
    q.fit(
        a + 2,
        k.y - 24,
        right - 2,
        k.y - 13,
        "以上情况属实，如有隐瞒或虚报，本人愿承担相应责任。",
        3.0,
        st.label_font,
        "left",
        pad=1,
    )
    _signature_over(q, st, a + 4, k.y - 6, "申请人（签字）", "", r["姓名"], across=False)
    q.text(right - 3, k.y - 6, st.date(hh.created.isoformat()), 3.0, st.value_font, "rm", _hand(st))
    k.frame(k_top, 0.7)

    y0 = k.y + 6
    y1 = y0 + 62
    mid = (left + right) / 2
    day = hh.created + timedelta(days=rng.randrange(2, 9))
    _opinion(q, st, left, y0, mid, y1, "单位工会意见：", "经入户走访核实，情况属实，同意建档。")
    _rule_line(q, st, left + 3, y0 + 30, "走访人：", r["建档人"], 30)
    _rule_line(q, st, left + 3, y0 + 39, "审核人：", r["审核人"], 30)
    q.text(mid - 4, y0 + 50, "（盖章）", 2.9, st.label_font, "rm")
    q.text(mid - 4, y0 + 57, cn_numeral_date(day), 3.0, st.value_font, "rm", _hand(st))
    if sealed:  # over the bracket and the date of the unit's box
        _seal_on(q, st, mid - 22, y0 + 50, f"{hh.unit.name}工会委员会", "", 16)
    _opinion(q, st, mid, y0, right, y1, "区、县（市）总工会或产业工会意见：", None)
    q.text(right - 4, y0 + 50, "（盖章）", 2.9, st.label_font, "rm")
    q.text(right - 4, y0 + 57, "年　　月　　日", 2.9, st.label_font, "rm")
    q.text(left, y1 + 7, "说明：在选项后的括号内打“√”；本表一式两份。", 2.6, st.label_font)
    q.text(right, 290, "（第二页）", 2.6, st.label_font, "rm")
    _darkened((p, q), rng, 0.3)
    first = list(dict.fromkeys(printed))
    second = [k for k in dict.fromkeys(HZ_ALWAYS) if k not in first]
    return _document(hh, [p, q], [first, second], members, sealed, 1, HZ_TITLE, "杭州/轮换15")


# ---------------------------------------------------------------------------------------------------------
# 河北/轮换15
HB_MEMBER_COLS: list[Col] = [
    ("姓名", "姓名", 0.8),
    ("性别", "性别", 0.4),
    ("与申请人关系", "关系", 0.7),
    ("年龄", "年龄", 0.4),
    ("身份证号", "身份证号", 1.9),
    ("健康状况", "健康状况", 0.65),
    ("政治面貌", "政治面貌", 0.7),
    ("就业状况", "人员身份", 0.6),
    ("月收入", "月收入", 0.6),
    ("工作单位或学校", "单位或学校", 1.5),
]


@layout("建档申请表/河北", "河北/轮换15")
def form_hebei_section_bars(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    st = _typeset(st, rng, ("serif", "sans", "kai"))
    p, f = new_page(st)
    dx = rng.uniform(-2.0, 2.0)  # where the print sits on the sheet
    left, right = 15.0 + dx, 195.0 + dx
    p.text(p.w / 2 + dx, 15, HB_TITLE, 5.8, "serifbold", "mm")
    _rule_line(p, st, left, 25, "填报单位（盖章）：", r["单位"], 62, 2.9)
    p.text(right, 25, "档案号：" + str(r["职工编号"] or ""), 2.8, st.label_font, "rm")

    def v(key: str) -> Cell:
        return _cell(f, r, key)

    g = RuledGrid(p, st, left, 30, right - left, 0.25)
    top = g.y
    h = 8.5
    med, edu, other = hebei_split(hh)
    total = r["年度必要支出"]
    _bar(g, f, "一、申请人基本情况")
    rows: list[list[tuple[float, Cell]]] = [
        [
            (0.7, L("姓名")),
            (1.0, v("姓名")),
            (0.6, L("性别")),
            (0.5, v("性别")),
            (0.6, L("民族")),
            (0.6, v("民族")),
            (0.8, L("出生年月")),
            (1.0, v("出生日期")),
        ],
        [
            (0.7, L("身份证号")),
            (2.1, v("身份证号")),
            (0.8, L("政治面貌")),
            (1.0, v("政治面貌")),
            (0.6, L("健康")),
            (0.6, v("健康状况")),
        ],
        [
            (0.7, L("婚姻状况")),
            (2.1, marks(f, MARITAL, ticked_of(r["婚姻状况"]), "paren", 2.7)),
            (0.8, L("联系电话")),
            (2.2, v("手机号码")),
        ],
        [
            (0.7, L("工作单位")),
            (2.1, value(f, r["工作单位"], "工作单位", "left")),
            (0.8, L("单位性质")),
            (0.8, v("单位性质")),
            (0.6, L("企业状况")),
            (0.8, v("企业状况")),
        ],
        [
            (0.7, L("工作状态")),
            (0.8, v("工作状态")),
            (0.8, L("参工时间")),
            (1.0, v("工作时间")),
            (0.8, L("所属行业")),
            (1.7, v("所属行业")),
        ],
        [(0.7, L("户口性质")), (0.8, v("户口类型")), (0.8, L("户籍地")), (3.5, v("户口所在地行政区划"))],
        [
            (0.7, L("家庭住址")),
            (3.4, value(f, r["家庭住址"], "家庭住址", "left")),
            (0.8, L("邮编")),
            (0.9, v("邮政编码")),
        ],
    ]
    for cells in rows:
        g.row(cells, h, 2.7)
    _bar(g, f, "二、家庭收支情况（元）")
    rows = [
        [
            (0.7, L("家庭人口")),
            (0.5, v("家庭人口")),
            (1.0, L("本人月平均收入")),
            (0.8, v("本人月平均收入")),
            (1.0, L("家庭月人均收入")),
            (0.8, v("家庭月人均收入")),
        ],
        [
            (1.2, L("家庭年度总收入")),
            (0.8, v("家庭年度总收入")),
            (1.3, L("其中非薪资收入")),
            (0.8, v("家庭其他非薪资年收入")),
        ],
        [
            (1.2, L("家庭年度必要支出")),
            (0.8, v("年度必要支出")),
            (0.5, L("医疗")),
            (0.5, value(f, None if total is None else med, "年度必要支出")),
            (0.5, L("教育")),
            (0.5, value(f, None if total is None else edu, "年度必要支出")),
            (0.5, L("其他")),
            (0.5, value(f, None if total is None else other, "年度必要支出")),
        ],
        [
            (0.7, L("开户银行")),
            (1.0, v("开户银行")),
            (0.7, L("支行")),
            (1.1, v("支行名称")),
            (0.7, L("卡号")),
            (1.9, v("银行卡号")),
        ],
    ]
    for cells in rows:
        g.row(cells, h, 2.7)
    printed = [
        "单位",
        "职工编号",
        "姓名",
        "性别",
        "民族",
        "出生日期",
        "身份证号",
        "政治面貌",
        "健康状况",
        "婚姻状况",
        "手机号码",
        "工作单位",
        "单位性质",
        "企业状况",
        "工作状态",
        "工作时间",
        "所属行业",
        "户口类型",
        "户口所在地行政区划",
        "家庭住址",
        "邮政编码",
        "家庭人口",
        "本人月平均收入",
        "家庭月人均收入",
        "家庭年度总收入",
        "家庭其他非薪资年收入",
        "年度必要支出",
        "开户银行",
        "支行名称",
        "银行卡号",
    ]
    _bar(g, f, "三、家庭成员情况（不含申请人）")
    g.frame(top, 0.8)
    slots = _slots(hh, rng)
    cols = _vary(HB_MEMBER_COLS, rng)
    row_h = 8.5 if len(slots) > 4 else 9.5
    m_top = g.y
    end = _member_table(p, f, left, right, m_top, cols, slots, 8.0, row_h, 0.25, head_size=2.5)
    p.rect(left, top, right, end, 0.8)
    members = _truth(hh.members, [key for _, key, _ in cols])
    p.members = list(members)
    p.text(p.w / 2 + dx, 289, "第 1 页", 2.6, st.label_font, "mm")

    q = Page(p.w, p.h)
    fq = f.on(q)
    k = RuledGrid(q, st, left, 16, right - left, 0.25)
    k_top = k.y
    _bar(k, fq, "四、困难情况")
    k.row(
        [(1.0, L("申报类别")), (5.0, marks(fq, HB_CATEGORIES, ticked_of(r["困难类别"]), "underline", 3.0))],
        11,
        2.8,
    )
    k.row(
        [(1.0, L("主要致困原因")), (5.0, marks(fq, HB_CAUSES, ticked_of(r["主要致困原因"]), "paren", 2.8))],
        26,
        2.8,
    )
    k.row([(1.0, L("家庭困难情况")), (5.0, _free(q, st, str(r["困难情况说明"] or ""), 3.2))], 50, 2.8)
    k.row([(1.0, L("本人承诺")), (5.0, None)], 26, 2.8)
    a = left + (right - left) / 6
    q.fit(
        a + 2,
        k.y - 24,
        right - 2,
        k.y - 13,
        "本人所填情况及提供材料真实，如有不实，自愿取消建档资格并承担责任。",
        3.0,
        st.label_font,
        "left",
        pad=1,
    )
    _signature_over(q, st, right - 70, k.y - 6, "申请人签字", "：", r["姓名"], across=False)
    k.frame(k_top, 0.8)

    y0 = k.y + 6
    y1 = y0 + 70
    w3 = (right - left) / 3
    day = hh.created + timedelta(days=rng.randrange(3, 10))
    _opinion(q, st, left, y0, left + w3, y1, "基层工会意见", "情况属实，同意申报。", 2.9)
    _rule_line(q, st, left + 2, y0 + 34, "经办人：", r["建档人"], 24, 2.8)
    _rule_line(q, st, left + 2, y0 + 44, "负责人：", r["审核人"], 24, 2.8)
    q.text(left + w3 - 3, y0 + 56, "（盖章）", 2.8, st.label_font, "rm")
    q.text(left + w3 - 3, y0 + 64, st.date(day.isoformat()), 3.0, st.value_font, "rm", _hand(st))
    if sealed:  # over the bracket and the date of the union's own box
        _seal_on(q, st, left + w3 - 18, y0 + 58, f"{hh.unit.name}工会委员会", "", 15)
    for i, title in enumerate(("县（市、区）总工会意见", "市总工会审批意见"), start=1):
        x0, x1 = left + w3 * i, left + w3 * (i + 1)
        _opinion(q, st, x0, y0, x1, y1, title, None, 2.9)
        q.text(x1 - 3, y0 + 56, "（盖章）", 2.8, st.label_font, "rm")
        q.text(x1 - 3, y0 + 64, "年　月　日", 2.8, st.label_font, "rm")
    q.text(p.w / 2 + dx, 289, "第 2 页", 2.6, st.label_font, "mm")
    _photo_or_copy((p, q), rng, 0.25, 0.4)
    first = list(dict.fromkeys(printed))
    second = [
        k for k in dict.fromkeys([*HB_ALWAYS, "困难类别", "主要致困原因", "困难情况说明"]) if k not in first
    ]
    return _document(hh, [p, q], [first, second], members, sealed, 1, HB_TITLE, "河北/轮换15")


# ---------------------------------------------------------------------------------------------------------
# 湖南/轮换15
HN_MEMBER_COLS: list[Col] = [
    ("序号", None, 0.35),
    ("称谓", "关系", 0.55),
    ("姓名", "姓名", 0.8),
    ("身份证号码", "身份证号", 1.9),
    ("出生日期", "出生日期", 1.0),
    ("月收入（元）", "月收入", 0.65),
    ("健康状况", "健康状况", 0.6),
    ("就业就学情况", "人员身份", 0.7),
    ("工作（就读）单位", "单位或学校", 1.45),
]


@layout("建档申请表/湖南", "湖南/轮换15")
def form_hunan_labels_over_values(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    st = _typeset(st, rng, ("sans", "serif", "kai"))
    p, f = new_page(st)
    record = _dibao_worded(r)
    left, right = 14.0, 196.0
    p.text(p.w / 2, 16, HN_TITLE, 5.6, "bold", "mm")
    p.text(left, 25, "申请单位（盖章）：", 2.9, st.label_font)
    p.text(
        left + text_width("申请单位（盖章）：", 2.9, st.label_font),
        24.5,
        str(r["单位"] or ""),
        3.2,
        st.value_font,
        color=st.color,
    )
    p.text(right, 25, "申请时间：" + cn_numeral_date(hh.created), 2.9, st.label_font, "rm")

    def at(label: str, key: str, align: str = "center") -> Cell:
        cell = _cell(f, record, key) if align == "center" else value(f, record[key], key, align)
        return below(f, label, cell)

    g = RuledGrid(p, st, left, 29, right - left, 0.3)
    top = g.y
    h = 11.5
    rows: list[list[tuple[float, Cell]]] = [
        [
            (1.0, at("申请人姓名", "姓名")),
            (0.5, at("性别", "性别")),
            (0.5, at("年龄", "年龄")),
            (0.7, at("民族", "民族")),
            (2.0, at("身份证号码", "身份证号")),
        ],
        [
            (2.0, at("工作单位", "工作单位", "left")),
            (0.9, at("工作状态", "工作状态")),
            (1.1, at("联系电话", "手机号码")),
            (1.2, below(f, "是否享受低保", choice(f, DIBAO, ticked_of(record["有无低保"]), 2.8))),
        ],
        [(3.2, at("家庭住址", "家庭住址", "left")), (0.8, at("家庭人口", "家庭人口"))],
        [
            (1.0, at("本人月收入（元）", "本人月平均收入")),
            (1.0, at("家庭年收入（元）", "家庭年度总收入")),
            (1.0, at("家庭月人均收入（元）", "家庭月人均收入")),
        ],
        [
            (
                1.0,
                below(
                    f,
                    "主要致困原因（单选）",
                    choice(f, HUNAN_CAUSES, ticked_of(record["主要致困原因"]), 2.8, box_first=False),
                ),
            )
        ],
    ]
    for cells in rows:
        g.row(cells, h if len(cells) > 1 else 17.0)
    g.frame(top, 0.8)
    printed = [
        "单位",
        "姓名",
        "性别",
        "年龄",
        "民族",
        "身份证号",
        "工作单位",
        "工作状态",
        "手机号码",
        "有无低保",
        "家庭住址",
        "家庭人口",
        "本人月平均收入",
        "家庭年度总收入",
        "家庭月人均收入",
        "主要致困原因",
    ]

    y = g.y + 7
    p.text(left, y, "家庭成员基本情况", 3.2, "hei")
    slots = _slots(hh, rng)
    cols = _vary(HN_MEMBER_COLS, rng)
    row_h = 8.5 if len(slots) > 4 else 9.5
    m_top = y + 3.5
    end = _member_table(p, f, left, right, m_top, cols, slots, 8.5, row_h, 0.3, head_size=2.5, numbered=True)
    p.rect(left, m_top, right, end, 0.8)
    members = _truth(hh.members, [key for _, key, _ in cols])
    p.members = list(members)
    y = end + 10
    p.fit(
        left,
        y - 4,
        right,
        y + 4,
        "申请人承诺：本表所填内容均真实，如有虚假，愿承担相应责任。",
        3.0,
        st.label_font,
        "left",
        pad=0,
    )
    _signature_over(p, st, right - 80, y + 12, "申请人签名", "：", r["姓名"], across=False)
    p.text(p.w / 2, 289, "— 1 —", 2.6, st.label_font, "mm")

    q = Page(p.w, p.h)
    fq = f.on(q)
    q.text(left, 16, "家庭困难情况", 3.4, "hei")
    q.rect(left, 20, right, 80, 0.8)
    _lined_text(q, st, left, 20, right, 80, str(r["困难情况说明"] or ""), 7.5, 3.2)
    mid = (left + right) / 2
    day = hh.created + timedelta(days=rng.randrange(2, 8))
    y0, hb = 88.0, 78.0
    _opinion(q, st, left, y0, mid, y0 + hb, "调查核实意见：", "经入户调查，情况属实。")
    q.text(left + 3, y0 + 27, "困难类别：", 2.9, st.label_font)
    _put(
        choice(fq, HN_CATEGORIES, ticked_of(r["困难类别"]), 2.8),
        left + 3 + text_width("困难类别：", 2.9, st.label_font),
        y0 + 23,
        mid - 2,
        y0 + 31,
    )
    _rule_line(q, st, left + 3, y0 + 44, "调查核实人：", r["建档人"], 30)
    q.text(
        mid - 4,
        y0 + hb - 6,
        st.date((hh.created + timedelta(days=1)).isoformat()),
        3.0,
        st.value_font,
        "rm",
        _hand(st),
    )
    _opinion(q, st, mid, y0, right, y0 + hb, "基层工会审核意见：", "同意建档，报上级工会。")
    _rule_line(q, st, mid + 3, y0 + 44, "审核人：", r["审核人"], 30)
    q.text(right - 4, y0 + hb - 16, "（基层工会盖章）", 2.9, st.label_font, "rm")
    q.text(right - 4, y0 + hb - 6, st.date(day.isoformat()), 3.0, st.value_font, "rm", _hand(st))
    if sealed:  # over the union's bracket and its date
        _seal_on(q, st, right - 28, y0 + hb - 12, f"{hh.unit.name}工会委员会", "", 16)
    y1 = y0 + hb
    _opinion(q, st, left, y1, mid, y1 + 60, "县（市、区）总工会复核意见：", None)
    q.text(mid - 4, y1 + 54, "（盖章）　　年　月　日", 2.9, st.label_font, "rm")
    _opinion(q, st, mid, y1, right, y1 + 60, "市州总工会审批意见：", None)
    q.text(right - 4, y1 + 54, "（盖章）　　年　月　日", 2.9, st.label_font, "rm")
    q.text(p.w / 2, 289, "— 2 —", 2.6, st.label_font, "mm")
    _darkened((p, q), rng, 0.25)
    first = list(dict.fromkeys(printed))
    second = [k for k in dict.fromkeys(HN_ALWAYS) if k not in first]
    return _document(hh, [p, q], [first, second], members, sealed, 1, HN_TITLE, "湖南/轮换15")


# ---------------------------------------------------------------------------------------------------------
# 全国/轮换15
NATIONAL_TITLE = "全国困难职工档案登记表"
YN = ("是", "否")
# (label, record key, weight); each cell the label small in its corner, the value under it
Pair = tuple[str, str, float]
NATIONAL_ROWS: list[list[Pair]] = [
    [
        ("职工姓名", "姓名", 1.0),
        ("性别", "性别", 0.5),
        ("民族", "民族", 0.6),
        ("出生年月日", "出生日期", 1.0),
        ("年龄", "年龄", 0.45),
    ],
    [
        ("居民身份证号码", "身份证号", 2.0),
        ("政治面貌", "政治面貌", 0.8),
        ("婚姻状况", "婚姻状况", 0.7),
        ("职工类型", "是否农民工", 1.0),
    ],
    [
        ("身体健康状况", "健康状况", 0.8),
        ("疾病或残疾类别", "疾病/残疾类别", 1.3),
        ("劳动模范", "劳模类型", 1.0),
        ("单亲家庭", "是否单亲", 0.8),
    ],
    [("户口类型", "户口类型", 0.8), ("户口所在地", "户口所在地行政区划", 2.0), ("邮政编码", "邮政编码", 0.8)],
    [("家庭住址", "家庭住址", 2.6), ("住房类型", "住房类型", 0.9), ("建筑面积（㎡）", "建筑面积", 0.7)],
    [
        ("手机号码", "手机号码", 1.0),
        ("其他联系方式", "其他联系方式", 1.2),
        ("档案类别", "档案类型", 0.8),
        ("建档标准", "建档标准", 0.8),
    ],
    [("工作单位名称", "工作单位", 2.1), ("单位性质", "单位性质", 0.9), ("企业状况", "企业状况", 0.9)],
    [
        ("所属行业", "所属行业", 1.0),
        ("工作状况", "工作状态", 0.8),
        ("参加工作时间", "工作时间", 0.9),
        ("合同签订时间", "劳动合同签订时间", 0.9),
        ("合同期限", "合同期限", 1.0),
    ],
    [
        ("医疗保险情况", "医保状况", 1.4),
        ("家庭人口", "家庭人口", 0.6),
        ("本人月平均收入（元）", "本人月平均收入", 1.0),
        ("家庭月人均收入（元）", "家庭月人均收入", 1.0),
    ],
    [
        ("家庭年度总收入（元）", "家庭年度总收入", 1.0),
        ("其他非薪资年收入（元）", "家庭其他非薪资年收入", 1.0),
        ("年度必要支出（元）", "年度必要支出", 1.0),
        ("困难类别", "困难类别", 0.9),
    ],
    [
        ("零就业家庭", "是否为零就业家庭", 0.8),
        ("具备一定自救能力", "是否有一定自救能力", 0.9),
        ("开户银行", "开户银行", 1.0),
        ("开户支行", "支行名称", 1.2),
    ],
    [("银行卡号", "银行卡号", 2.0), ("填表人", "录入人", 0.9), ("解困脱困对象", "解困脱困对象", 0.9)],
]
YN_KEYS = {"是否单亲", "是否为零就业家庭", "是否有一定自救能力", "解困脱困对象"}
NATIONAL_MEMBER_COLS: list[Col] = [
    ("序号", None, 0.35),
    ("与职工关系", "关系", 0.7),
    ("姓名", "姓名", 0.8),
    ("性别", "性别", 0.4),
    ("出生日期", "出生日期", 1.0),
    ("身份证号", "身份证号", 1.9),
    ("健康状况", "健康状况", 0.6),
    ("人员身份", "人员身份", 0.6),
    ("月收入", "月收入", 0.6),
    ("工作单位（学校）", "单位或学校", 1.4),
]


def _national_rows(
    g: RuledGrid, f: Fill, record: dict[str, Any], rows: Sequence[Sequence[Pair]], h: float
) -> list[str]:
    keys: list[str] = []
    for pairs in rows:
        cells: list[tuple[float, Cell]] = []
        for label, key, wt in pairs:
            v = record[key]
            cell: Cell
            if key == "是否农民工":
                cell = choice(f, ("职工", "农民工"), set() if v is None else {"农民工" if v else "职工"}, 2.6)
            elif key in YN_KEYS:
                cell = choice(f, YN, ticked_of(v), 2.6)
            else:
                cell = _cell(f, record, key)
            cells.append((wt, below(f, label, cell)))
            keys.append(key)
        g.row(cells, h)
    return keys


@layout("建档申请表/全国", "全国/轮换15")
def form_national_corner_labels(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    st = _typeset(st, rng, ("hei", "serif", "kai"))
    p, f = new_page(st)
    left, right = 13.0, 197.0
    p.text(p.w / 2, 14, NATIONAL_TITLE, 5.6, "serifbold", "mm")
    p.text(left, 23, "档案编号：" + str(r["职工编号"] or ""), 2.9, st.label_font)
    p.text(right, 23, "填表日期：" + st.date(hh.created.isoformat()), 2.9, st.label_font, "rm")
    _rule_line(p, st, left, 30, "建档单位：", r["单位"], 80, 2.9)
    g = RuledGrid(p, st, left, 35, right - left, 0.25)
    top = g.y
    printed = ["职工编号", "单位"]
    printed += _national_rows(g, f, r, NATIONAL_ROWS, 11.0)
    causes_top = g.y
    g.row(
        [
            (1.0, None),
            (
                8.0,
                below(
                    f,
                    "主要（限选一项）",
                    marks(f, CAUSES_BY_CODE, ticked_of(r["主要致困原因"]), "textbox", 2.5),
                ),
            ),
        ],
        17.0,
    )
    g.row(
        [
            (1.0, None),
            (
                8.0,
                below(
                    f,
                    "次要（可多选）",
                    marks(f, CAUSES_BY_CODE, ticked_of(r["次要致困原因"]), "textbox", 2.5),
                ),
            ),
        ],
        17.0,
    )
    side = left + (right - left) / 9
    p.rect(left, causes_top, side, g.y, 0.25, fill=WHITE)  # one side cell heads both rows
    _put(_column_label(p, st, "致困原因", 2.9), left, causes_top, side, g.y)
    g.frame(top, 0.7)
    printed += ["主要致困原因", "次要致困原因"]
    p.text(p.w / 2, 290, "第 1 页  共 2 页", 2.6, st.label_font, "mm")

    s = Page(p.w, p.h)
    fs = f.on(s)
    s.text(left, 15, "家庭成员", 3.4, "hei")
    slots = _slots(hh, rng)
    cols = _vary(NATIONAL_MEMBER_COLS, rng)
    row_h = 8.5 if len(slots) > 4 else 9.5
    end = _member_table(s, fs, left, right, 19, cols, slots, 8.5, row_h, 0.25, head_size=2.4, numbered=True)
    s.rect(left, 19, right, end, 0.7)
    members = _truth(hh.members, [key for _, key, _ in cols])
    s.members = list(members)

    y = end + 10
    s.text(left, y - 3, "帮扶措施", 3.4, "hei")
    k = RuledGrid(s, st, left, y, right - left, 0.25)
    k_top = k.y
    k.row(
        [
            (1.0, below(fs, "立卡时间", _cell(fs, r, "立卡时间"))),
            (1.6, below(fs, "帮扶单位", _cell(fs, r, "帮扶单位"))),
            (1.0, below(fs, "帮扶责任人", _cell(fs, r, "帮扶联系人"))),
        ],
        12.0,
    )
    k.row(
        [
            (1.0, below(fs, "五类重点群体", value(fs, r["五类重点群体"], "五类重点群体", "left"))),
            (1.0, below(fs, "四个一批", value(fs, r["四个一批措施"], "四个一批措施", "left"))),
        ],
        13.0,
    )
    k.row(
        [
            (1.0, below(fs, "七个行动计划", value(fs, r["七个行动计划"], "七个行动计划", "left"))),
            (1.0, below(fs, "备注", value(fs, r["备注"], "备注", "left"))),
        ],
        13.0,
    )
    k.frame(k_top, 0.7)
    later = ["立卡时间", "帮扶单位", "帮扶联系人", "五类重点群体", "四个一批措施", "七个行动计划", "备注"]
    y = k.y + 14
    s.text(left, y, "建档单位（盖章）", 3.0, st.label_font)
    s.text(left, y + 9, cn_numeral_date(hh.created), 3.1, st.value_font, "lm", _hand(st))
    if sealed:  # over the unit's line at the sheet's left, the signatures on the right
        _seal_on(s, st, left + 22, y + 4, f"{hh.unit.name}工会委员会", "", 16)
    _signature_over(s, st, right - 62, y, "职工签名", "：", r["姓名"], across=False)
    _rule_line(s, st, right - 62, y + 10, "建档人：", r["建档人"], 30)
    _rule_line(s, st, right - 62, y + 20, "审核人：", r["审核人"], 30)
    later += ["建档人", "审核人"]
    s.text(p.w / 2, 290, "第 2 页  共 2 页", 2.6, st.label_font, "mm")
    _darkened((p, s), rng, 0.3)
    first = list(dict.fromkeys(printed))
    return _document(
        hh, [p, s], [first, list(dict.fromkeys(later))], members, sealed, 1, NATIONAL_TITLE, "全国/轮换15"
    )
