"""Printings of the four application forms added with rotation 16, held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from the seeds and REAL-DOCUMENTS.md with the parts of ``forms_draw`` and of the earlier rotations;
labels as the seeds word them (and the synonyms and older wordings real printings use).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from typing import Any

# forms registers each kind's first printing and the printings of rotations 1 to 15 before these
from dangan.synth import forms, forms_rotation15  # noqa: F401
from dangan.synth.canvas import BLACK, Page, text_width
from dangan.synth.forms_draw import (
    Fill,
    choice,
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
from dangan.synth.forms_rotation4 import RuledGrid, _put, grouped_boxes, shaded
from dangan.synth.forms_rotation5 import one_line
from dangan.synth.forms_rotation8 import _rule_line, _slots, _truth
from dangan.synth.forms_rotation9 import CAUSES_BY_CODE, _column_label
from dangan.synth.forms_rotation11 import _signature_over, cn_numeral_date
from dangan.synth.forms_rotation13 import _cell, _copied, _hand, _lined_text, _typeset, _wrapped
from dangan.synth.forms_rotation14 import Col, _photo_or_copy, _vary
from dangan.synth.households import HUNAN_CAUSES, Household
from dangan.synth.layouts import layout
from dangan.synth.render import Cell, Document, L, Style, _free, _seal_on

WRAPPED = {"单位或学校", "疾病/残疾类别"}


# -- parts of these printings ---------------------------------------------------------------------------
def _squares(f: Fill, options: Sequence[str], ticked: set[str], size: float = 2.8, glyph: str = "■",
             box_after: bool = False, columns: int = 0) -> Cell:
    """Options each with a square, the chosen square filled black (■) or crossed (×); ``columns`` > 0 sets the
    options in that many even columns instead of running them on."""

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        p, st = f.p, f.st
        ink = st.color if st.hand else BLACK
        box = size * 0.8
        widths = [text_width(o, size, st.label_font) + box + size * 1.4 for o in options]
        lines: list[list[int]] = [[]]
        if columns:
            for i in range(len(options)):
                if len(lines[-1]) == columns:
                    lines.append([])
                lines[-1].append(i)
        else:
            used = 0.0
            for i, w in enumerate(widths):
                if lines[-1] and used + w > x1 - x0 - 2:
                    lines.append([])
                    used = 0.0
                lines[-1].append(i)
                used += w
        gap = min(size * 1.75, (y1 - y0 - 1) / len(lines))
        y = (y0 + y1) / 2 - (len(lines) - 1) * gap / 2
        step = (x1 - x0 - 2) / columns if columns else 0.0
        for line in lines:
            x = x0 + 1.5
            for i in line:
                label = options[i]
                tw = text_width(label, size, st.label_font)
                bx, tx = (x + tw + 0.6, x) if box_after else (x, x + box + 0.7)
                p.text(tx, y, label, size, st.label_font)
                p.rect(bx, y - box / 2, bx + box, y + box / 2, 0.22)
                if label in ticked:
                    if glyph == "■":
                        p.rect(bx + 0.25, y - box / 2 + 0.25, bx + box - 0.25, y + box / 2 - 0.25, 0.1, ink, fill=ink)
                    else:
                        p.text(bx + box / 2, y, glyph, box * 1.3, "sans", "mm", ink)
                x += step or widths[i]
            y += gap

    return draw


def _ringed(f: Fill, options: Sequence[str], ticked: set[str], size: float = 2.8) -> Cell:
    """Options separated by 、 (no squares), the chosen ones ringed by hand."""
    return choice(replace(f, tick="circle"), options, ticked, size)


def _member_value(f: Fill, m: dict[str, Any] | None, key: str | None, id_cell: str = "line") -> Cell:
    if m is None or key is None:
        return None
    if key == "身份证号":
        if id_cell == "boxes":
            return grouped_boxes(f, m[key])
        return one_line(f, m[key])
    if key in WRAPPED:
        return _wrapped(f, m, key)
    return value(f, m[key], key)


def _opinion_row(p: Page, st: Style, x0: float, y0: float, x1: float, h: float, title: str, said: str | None,
                 signer: str | None, name: Any, day: str | None, stamp: str = "（盖章）") -> None:
    """One opinion the full width of the sheet: its title in a left cell, the words, the signer and the date."""
    head = x0 + 30
    p.rect(x0, y0, x1, y0 + h, 0.3)
    p.line(head, y0, head, y0 + h, 0.3)
    p.fit(x0 + 1, y0 + 1, head - 1, y0 + h - 1, title, 3.0, st.label_font, pad=1)
    if said:
        p.fit(head + 3, y0 + 2, x1 - 3, y0 + 10, said, 3.2, st.value_font, "left", _hand(st), pad=1)
    if signer:
        _rule_line(p, st, head + 3, y0 + h - 6, signer, name, 26, 2.9)
    p.text(x1 - 3, y0 + h - 12, stamp, 2.9, st.label_font, "rm")
    p.text(x1 - 3, y0 + h - 5, day or "年　　月　　日", 3.0 if day else 2.9, st.value_font if day else st.label_font,
           "rm", _hand(st) if day else BLACK)


# ---------------------------------------------------------------------------------------------------------
# 杭州/轮换16
HZ_MARITAL = ("未婚", "已婚", "离异", "丧偶")
HZ_HUKOU = ("非农业", "农业")
# the household table printed across: one row an item, one column a member
HZ_MEMBER_ROWS: list[tuple[str, str]] = [
    ("姓　　名", "姓名"),
    ("与申请人关系", "关系"),
    ("身份证号", "身份证号"),
    ("出生年月", "出生日期"),
    ("健康状况", "健康状况"),
    ("就业（学）状况", "人员身份"),
    ("月收入（元）", "月收入"),
    ("工作单位或就读学校", "单位或学校"),
]
CN_ORDINALS = "一二三四五六"


@layout("建档申请表/杭州", "杭州/轮换16")
def form_hangzhou_members_across(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    st = _typeset(st, rng, ("sans", "serif", "hei"))
    p, f = new_page(st)
    dy = rng.uniform(0.0, 4.0)  # the sheet fed a little low
    left, right = 18.0, 192.0
    p.text(left, 12 + dy, "附件1", 3.0, "hei")
    p.text(p.w / 2, 20 + dy, HZ_TITLE, 5.2, "serifbold", "mm")
    p.text(p.w / 2, 26.5 + dy, "（职工本人填写，一式两份）", 2.8, st.label_font, "mm")
    _rule_line(p, st, left, 33 + dy, "基层工会：", r["单位"], 72, 2.9)
    p.text(right, 33 + dy, "编号：＿＿＿＿＿＿", 2.8, st.label_font, "rm")

    def v(key: str) -> Cell:
        return _cell(f, r, key)

    def sq(options: Sequence[str], key: str) -> Cell:
        return _squares(f, options, ticked_of(r[key]), 2.7)

    migrant = set() if r["是否农民工"] is None else {"农民工" if r["是否农民工"] else "职工"}
    g = RuledGrid(p, st, left, 37 + dy, right - left, 0.28)
    top = g.y
    h = 8.6
    rows: list[list[tuple[float, Cell]]] = [
        [(0.8, L("申请人")), (1.0, v("姓名")), (0.5, L("性别")), (0.5, v("性别")), (0.5, L("民族")),
         (0.6, v("民族")), (0.8, L("出生年月")), (1.1, v("出生日期"))],
        [(0.8, L("身份证号")), (3.2, grouped_boxes(f, r["身份证号"])), (0.8, L("政治面貌")), (0.9, v("政治面貌"))],
        [(0.8, L("职工身份")), (1.6, _squares(f, ("职工", "农民工"), migrant, 2.7)),
         (0.8, L("手机号码")), (2.5, v("手机号码"))],
        [(0.8, L("婚姻状况")), (2.6, sq(HZ_MARITAL, "婚姻状况")), (0.8, L("户口性质")), (1.5, sq(HZ_HUKOU, "户口类型"))],
        [(0.8, L("户籍所在地")), (1.6, v("户口所在地行政区划")), (0.8, L("现居住地址")),
         (2.5, value(f, r["家庭住址"], "家庭住址", "left"))],
        [(0.8, L("身体状况")), (1.0, v("健康状况")), (0.8, L("就业状况")), (0.9, v("工作状态")),
         (0.8, L("医保情况")), (1.4, v("医保状况"))],
        [(0.8, L("住房类型")), (1.0, v("住房类型")), (0.8, L("建筑面积㎡")), (0.9, v("建筑面积")),
         (0.8, L("家庭人口")), (1.4, v("家庭人口"))],
        [(1.3, L("本人月平均收入（元）")), (1.0, v("本人月平均收入")), (1.6, L("家庭其他非薪资年收入（元）")),
         (1.0, v("家庭其他非薪资年收入"))],
        [(1.3, L("家庭年度总收入（元）")), (1.0, v("家庭年度总收入")), (1.6, L("家庭年度必要支出（元）")),
         (1.0, v("年度必要支出"))],
        [(0.9, L("零就业家庭")), (1.0, sq(YES_NO, "是否为零就业家庭")), (1.2, L("是否有自救能力")),
         (1.0, sq(YES_NO, "是否有一定自救能力")), (0.8, L("劳模")), (1.0, v("劳模类型"))],
        [(0.8, L("开户银行")), (1.1, v("开户银行")), (0.6, L("网点")), (1.2, v("支行名称")), (0.6, L("账号")),
         (2.0, v("银行卡号"))],
    ]
    for cells in rows:
        g.row(cells, h, 2.7)
    g.frame(top, 0.6)
    printed = [
        "单位", "姓名", "性别", "民族", "出生日期", "身份证号", "政治面貌", "是否农民工", "手机号码", "婚姻状况",
        "户口类型", "户口所在地行政区划", "家庭住址", "健康状况", "工作状态", "医保状况", "住房类型", "建筑面积",
        "家庭人口", "本人月平均收入", "家庭其他非薪资年收入", "家庭年度总收入", "年度必要支出", "是否为零就业家庭",
        "是否有一定自救能力", "劳模类型", "开户银行", "支行名称", "银行卡号",
    ]

    k = RuledGrid(p, st, left, g.y + 6, right - left, 0.28)
    k_top = k.y
    k.row([(1.0, L("主要致困原因")),
           (5.0, _squares(f, HZ_CAUSES, ticked_of(r["主要致困原因"]), 2.6, "×", columns=3))], 24, 2.7)
    k.row([(1.0, L("次要致困原因")),
           (5.0, _squares(f, HZ_CAUSES, ticked_of(r["次要致困原因"]), 2.6, "×", columns=3))], 24, 2.7)
    k.row([(1.0, L("困难类别")), (5.0, sq(HZ_CATEGORIES, "困难类别"))], 10, 2.7)
    story = k.y
    k.row([(1.0, L("困难情况")), (5.0, None)], 34, 2.7)
    a = left + (right - left) / 6
    _lined_text(p, st, a, story, right - 4, story + 34, str(r["困难情况说明"] or ""), 7.5, 3.2)
    k.frame(k_top, 0.6)
    p.text(left, k.y + 6, "注：有关选项请在方框内打“×”或涂黑。", 2.6, st.label_font)
    p.text(right, 290, "第一页", 2.6, st.label_font, "rm")

    q = Page(p.w, p.h)
    fq = f.on(q)
    q.text(left, 18, "二、家庭成员情况（共同生活的家庭成员，不含申请人）", 3.2, "hei")
    slots = _slots(hh, rng)
    head_w = 30.0
    col_w = (right - left - head_w) / len(slots)
    y = 22.0
    row_hs = [12.0 if key in ("身份证号", "单位或学校") else 8.5 for _, key in HZ_MEMBER_ROWS]
    q.rect(left, y, right, y + 7.5, 0.28)
    q.fit(left, y, left + head_w, y + 7.5, "项　目", 2.8, st.label_font)
    for i in range(len(slots)):
        x = left + head_w + col_w * i
        q.line(x, y, x, y + 7.5, 0.28)
        q.fit(x, y, x + col_w, y + 7.5, f"成员{CN_ORDINALS[i]}", 2.8, st.label_font)
    y += 7.5
    for (label, key), rh in zip(HZ_MEMBER_ROWS, row_hs, strict=True):
        q.rect(left, y, right, y + rh, 0.28)
        q.fit(left, y, left + head_w, y + rh, label, 2.7, st.label_font, pad=1)
        for i, m in enumerate(slots):
            x = left + head_w + col_w * i
            q.line(x, y, x, y + rh, 0.28)
            cell = _member_value(fq, m, key)
            if cell is not None:  # an ID number kept clear of its neighbours' (six to a row)
                pad = 2.0 if key == "身份证号" else 0.4
                _put(cell, x + pad, y, x + col_w - pad, y + rh)
        y += rh
    q.rect(left, 22, right, y, 0.6)
    members = _truth(hh.members, [key for _, key in HZ_MEMBER_ROWS])
    q.members = list(members)

    y0 = y + 10
    q.text(left, y0, "三、申请人承诺", 3.2, "hei")
    q.fit(left + 4, y0 + 3, right, y0 + 12, "本人承诺以上所填内容及所附材料真实有效，如有虚假，愿承担一切责任。", 3.0,
          st.label_font, "left", pad=0)
    _signature_over(q, st, right - 92, y0 + 19, "申请人签名", "：", r["姓名"], across=False)
    q.text(right - 3, y0 + 19, st.date(hh.created.isoformat()), 3.0, st.value_font, "rm", _hand(st))
    y1 = y0 + 27
    day = hh.created + timedelta(days=rng.randrange(2, 9))
    _opinion_row(q, st, left, y1, right, 38, "基层工会意见", "经核实，情况属实，同意建档。", "审核人：", r["审核人"],
                 cn_numeral_date(day))
    _rule_line(q, st, left + 33, y1 + 18, "调查人：", r["建档人"], 26, 2.9)
    if sealed:  # over the union's bracket and its date
        _seal_on(q, st, right - 24, y1 + 27, f"{hh.unit.name}工会委员会", "", 16)
    _opinion_row(q, st, left, y1 + 38, right, 30, "区、县（市）总工会审核意见", None, None, None, None)
    q.text(right, 290, "第二页", 2.6, st.label_font, "rm")
    _copied((p, q), rng, 0.4)
    first = list(dict.fromkeys([*printed, "主要致困原因", "次要致困原因", "困难类别", "困难情况说明"]))
    second = [k for k in dict.fromkeys(HZ_ALWAYS) if k not in first]
    return _document(hh, [p, q], [first, second], members, sealed, 1, HZ_TITLE, "杭州/轮换16")


# ---------------------------------------------------------------------------------------------------------
# 河北/轮换16
# (label, record key): the applicant's items in two side-by-side 项目 | 内容 lists
HB_ITEMS: list[tuple[str, str]] = [
    ("姓名", "姓名"), ("性别", "性别"), ("民族", "民族"), ("出生日期", "出生日期"), ("公民身份号码", "身份证号"),
    ("政治面貌", "政治面貌"), ("身体状况", "健康状况"), ("婚姻状况", "婚姻状况"), ("联系方式", "手机号码"),
    ("户口类别", "户口类型"), ("户口所在地", "户口所在地行政区划"), ("现住址", "家庭住址"), ("邮编", "邮政编码"),
    ("家庭人口数", "家庭人口"), ("职工编号", "职工编号"),
    ("所在单位", "工作单位"), ("单位类型", "单位性质"), ("单位经营状况", "企业状况"), ("本人就业状态", "工作状态"),
    ("参加工作时间", "工作时间"), ("所属行业", "所属行业"), ("本人月收入（元）", "本人月平均收入"),
    ("家庭月人均收入（元）", "家庭月人均收入"), ("家庭年总收入（元）", "家庭年度总收入"),
    ("其中：非工资收入（元）", "家庭其他非薪资年收入"), ("家庭年必要支出（元）", "年度必要支出"),
    ("支出明细（元）", ""), ("开户行", "开户银行"), ("开户网点", "支行名称"), ("银行卡号", "银行卡号"),
]
HB_MEMBER_COLS: list[Col] = [
    ("序号", None, 0.35), ("姓名", "姓名", 0.75), ("关系", "关系", 0.5), ("性别", "性别", 0.4), ("年龄", "年龄", 0.4),
    ("身份证号码", "身份证号", 1.8), ("政治面貌", "政治面貌", 0.6), ("健康状况", "健康状况", 0.65),
    ("从业状况", "人员身份", 0.6), ("月收入（元）", "月收入", 0.6), ("工作或学习单位", "单位或学校", 1.2),
]


@layout("建档申请表/河北", "河北/轮换16")
def form_hebei_item_lists(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    st = _typeset(st, rng, ("serif", "hei", "sans"))
    p, f = new_page(st)
    dx = rng.uniform(-3.0, 1.0)  # where the print sits on the sheet
    left, right = 14.0 + dx, 196.0 + dx
    p.text(p.w / 2 + dx, 16, HB_TITLE, 6.0, "hei", "mm")
    p.text(p.w / 2 + dx, 23, "（" + str(hh.created.year) + "年度）", 3.0, st.label_font, "mm")
    _rule_line(p, st, left, 30, "申报单位：", r["单位"], 70, 2.9)
    p.text(right, 30, "填报日期：" + st.date(hh.created.isoformat()), 2.9, st.label_font, "rm")
    med, edu, other = hebei_split(hh)
    total = r["年度必要支出"]
    spent = "" if total is None else f"医疗{med}　教育{edu}　其他{other}"
    half = (right - left) / 2
    y0, head_h, row_h = 34.0, 7.0, 7.2
    n = len(HB_ITEMS) // 2
    for side in range(2):
        x0 = left + half * side
        g = RuledGrid(p, st, x0, y0, half, 0.25)
        g.row([(1.0, shaded(f, "项　目", 2.8)), (1.45, shaded(f, "内　容", 2.8))], head_h)
        for label, key in HB_ITEMS[side * n:(side + 1) * n]:
            if key == "":
                cell: Cell = value(f, spent, "", "left") if spent else None
            elif key == "婚姻状况":
                cell = _ringed(f, MARITAL, ticked_of(r[key]), 2.6)
            elif key in ("家庭住址", "工作单位", "户口所在地行政区划", "所属行业"):
                cell = value(f, r[key], key, "left")
            else:
                cell = _cell(f, r, key)
            g.row([(1.0, L(label)), (1.45, cell)], row_h, 2.6)
    y = y0 + head_h + row_h * n
    p.rect(left, y0, right, y, 0.7)
    p.line(left + half, y0, left + half, y, 0.5)
    printed = [key for _, key in HB_ITEMS if key] + ["单位"]

    y += 8
    p.text(left, y, "家庭成员情况", 3.3, "hei")
    p.text(right, y, "（与申请人共同生活的成员）", 2.6, st.label_font, "rm")
    slots = _slots(hh, rng)
    cols = _vary(HB_MEMBER_COLS, rng)
    m_top = y + 3
    g = RuledGrid(p, st, left, m_top, right - left, 0.25)
    g.row([(wt, L(label)) for label, _, wt in cols], 8.0, 2.5)
    for i, m in enumerate(slots):
        g.row([(wt, L(str(i + 1)) if key is None else _member_value(f, m, key)) for _, key, wt in cols],
              10.5, 2.6)
    p.rect(left, m_top, right, g.y, 0.7)
    members = _truth(hh.members, [key for _, key, _ in cols])
    p.members = list(members)
    p.text(p.w / 2 + dx, 290, "- 1 -", 2.8, st.label_font, "mm")

    q = Page(p.w, p.h)
    fq = f.on(q)
    k = RuledGrid(q, st, left, 18, right - left, 0.25)
    k_top = k.y
    k.row([(1.0, L("困难职工类别")), (4.0, _ringed(fq, HB_CATEGORIES, ticked_of(r["困难类别"]), 3.0))], 11, 2.8)
    k.row([(1.0, L("主要致困原因")),
           (4.0, _squares(fq, HB_CAUSES, ticked_of(r["主要致困原因"]), 2.7, "√", box_after=True, columns=3))],
          24, 2.8)
    k.row([(1.0, L("家庭困难情况简要说明")), (4.0, _free(q, st, str(r["困难情况说明"] or ""), 3.2))], 46, 2.8)
    k.row([(1.0, L("申请人承诺")), (4.0, None)], 24, 2.8)
    a = left + (right - left) / 5
    q.fit(a + 2, k.y - 22, right - 2, k.y - 12, "上述情况真实无误，如有虚报、隐瞒，本人愿意承担由此产生的一切后果。",
          3.0, st.label_font, "left", pad=1)
    _signature_over(q, st, right - 70, k.y - 5, "申请人（签字）", "", r["姓名"])
    k.frame(k_top, 0.7)
    y1 = k.y + 6
    day = hh.created + timedelta(days=rng.randrange(3, 10))
    _opinion_row(q, st, left, y1, right, 36, "基层工会意见", "情况属实，同意申报。", "负责人：", r["审核人"],
                 st.date(day.isoformat()))
    _rule_line(q, st, left + 33, y1 + 17, "经办人：", r["建档人"], 26, 2.9)
    if sealed:  # over the union's bracket and its date
        _seal_on(q, st, right - 22, y1 + 26, f"{hh.unit.name}工会委员会", "", 15)
    _opinion_row(q, st, left, y1 + 36, right, 30, "县（市、区）总工会意见", None, None, None, None)
    _opinion_row(q, st, left, y1 + 66, right, 30, "市总工会意见", None, None, None, None)
    q.text(p.w / 2 + dx, 290, "- 2 -", 2.8, st.label_font, "mm")
    _photo_or_copy((p, q), rng, 0.2, 0.4)
    first = list(dict.fromkeys(printed))
    second = [k for k in dict.fromkeys([*HB_ALWAYS, "审核人", "建档人"]) if k not in first]
    return _document(hh, [p, q], [first, second], members, sealed, 1, HB_TITLE, "河北/轮换16")


# ---------------------------------------------------------------------------------------------------------
# 湖南/轮换16
# (group header or "", column header, member key, weight): a two-level header over the member columns
HN_MEMBER_COLS: list[tuple[str, str, str | None, float]] = [
    ("", "序号", None, 0.35),
    ("", "姓名", "姓名", 0.8),
    ("", "与申请人关系", "关系", 0.7),
    ("", "公民身份号码", "身份证号", 1.95),
    ("", "出生年月", "出生日期", 0.95),
    ("就业（就学）情况", "状况", "人员身份", 0.6),
    ("就业（就学）情况", "单位或学校名称", "单位或学校", 1.4),
    ("", "健康状况", "健康状况", 0.6),
    ("", "月收入（元）", "月收入", 0.65),
]


@layout("建档申请表/湖南", "湖南/轮换16")
def form_hunan_photo_box(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    st = _typeset(st, rng, ("serif", "hei", "sans"))
    p, f = new_page(st)
    record = _dibao_worded(r)
    left, right = 16.0, 194.0
    dy = rng.uniform(-1.0, 3.0)
    p.text(p.w / 2, 17 + dy, HN_TITLE, 5.5, "serifbold", "mm")
    p.text(left, 26 + dy, "工会名称（盖章）：" + str(r["单位"] or ""), 2.9, st.label_font)
    p.text(right, 26 + dy, "填表时间：" + st.date(hh.created.isoformat()), 2.9, st.label_font, "rm")

    def v(key: str) -> Cell:
        return _cell(f, record, key)

    photo_w = 30.0
    g = RuledGrid(p, st, left, 30 + dy, right - left - photo_w, 0.3)
    top = g.y
    h = 9.5
    for cells in (
        [(0.8, L("姓　名")), (1.0, v("姓名")), (0.6, L("性别")), (0.5, v("性别")), (0.6, L("年龄")), (0.5, v("年龄"))],
        [(0.8, L("民　族")), (1.0, v("民族")), (0.9, L("联系电话")), (1.3, v("手机号码"))],
        [(0.8, L("身份证号")), (3.2, v("身份证号"))],
        [(0.8, L("工作单位")), (3.2, value(f, record["工作单位"], "工作单位", "left"))],
    ):
        g.row(cells, h, 2.8)
    p.rect(right - photo_w, top, right, g.y, 0.3)
    p.fit(right - photo_w, top, right, g.y, "一寸照片", 2.8, st.label_font)
    g = RuledGrid(p, st, left, g.y, right - left, 0.3)
    for cells in (
        [(0.8, L("工作状态")), (1.0, v("工作状态")), (0.9, L("低保情况")),
         (2.1, _squares(f, DIBAO, ticked_of(record["有无低保"]), 2.8, "√"))],
        [(0.8, L("家庭地址")), (2.9, value(f, record["家庭住址"], "家庭住址", "left")), (0.7, L("家庭人口")),
         (0.4, v("家庭人口"))],
        [(1.2, L("本人月收入（元）")), (0.8, v("本人月平均收入")), (1.2, L("家庭年收入（元）")),
         (0.8, v("家庭年度总收入")), (1.3, L("家庭月人均收入（元）")), (0.8, v("家庭月人均收入"))],
    ):
        g.row(cells, h, 2.8)
    g.row([(0.8, L("主要致困原因")),
           (4.0, _squares(f, HUNAN_CAUSES, ticked_of(record["主要致困原因"]), 2.7, "√", columns=4))], 18, 2.8)
    g.frame(top, 0.8)
    printed = ["单位", "姓名", "性别", "年龄", "民族", "手机号码", "身份证号", "工作单位", "工作状态", "有无低保",
               "家庭住址", "家庭人口", "本人月平均收入", "家庭年度总收入", "家庭月人均收入", "主要致困原因"]

    y = g.y + 8
    p.text(p.w / 2, y, "家庭成员情况", 3.4, "hei", "mm")
    slots = _slots(hh, rng)
    weights = [wt * rng.uniform(0.92, 1.08) for *_, wt in HN_MEMBER_COLS]
    unit = (right - left) / sum(weights)
    xs = [left]
    for wt in weights:
        xs.append(xs[-1] + wt * unit)
    y0, h1, h2 = y + 4, 6.0, 6.5
    row_h = 9.0 if len(slots) > 4 else 10.0
    end = y0 + h1 + h2 + row_h * len(slots)
    groups: dict[str, list[int]] = {}
    for i, (grp, *_rest) in enumerate(HN_MEMBER_COLS):
        if grp:
            groups.setdefault(grp, []).append(i)
    for i, (grp, head, _, _) in enumerate(HN_MEMBER_COLS):
        if grp:
            p.rect(xs[i], y0 + h1, xs[i + 1], y0 + h1 + h2, 0.3)
            p.fit(xs[i], y0 + h1, xs[i + 1], y0 + h1 + h2, head, 2.5, st.label_font)
        else:  # merged down both header rows
            p.rect(xs[i], y0, xs[i + 1], y0 + h1 + h2, 0.3)
            p.fit(xs[i], y0, xs[i + 1], y0 + h1 + h2, head, 2.5, st.label_font, pad=0.8)
    for grp, idx in groups.items():
        p.rect(xs[idx[0]], y0, xs[idx[-1] + 1], y0 + h1, 0.3)
        p.fit(xs[idx[0]], y0, xs[idx[-1] + 1], y0 + h1, grp, 2.5, st.label_font)
    yy = y0 + h1 + h2
    for n, m in enumerate(slots):
        for i, (_, _, key, _) in enumerate(HN_MEMBER_COLS):
            p.rect(xs[i], yy, xs[i + 1], yy + row_h, 0.3)
            cell = L(str(n + 1)) if key is None else _member_value(f, m, key)
            if isinstance(cell, L):
                p.fit(xs[i], yy, xs[i + 1], yy + row_h, cell.text, 2.7, st.label_font)
            else:
                _put(cell, xs[i], yy, xs[i + 1], yy + row_h)
        yy += row_h
    p.rect(left, y0, right, end, 0.8)
    members = _truth(hh.members, [key for *_, key, _ in HN_MEMBER_COLS])
    p.members = list(members)
    y = end + 9
    p.text(left, y, "本人承诺：以上填报内容真实、准确，如有不实，本人承担相应责任。", 3.0, st.label_font)
    _signature_over(p, st, right - 66, y + 11, "承诺人签名", "：", r["姓名"], across=False)
    p.text(p.w / 2, 289, "第1页 共2页", 2.6, st.label_font, "mm")

    q = Page(p.w, p.h)
    fq = f.on(q)
    k = RuledGrid(q, st, left, 18, right - left, 0.3)
    k_top = k.y
    story = k.y
    k.row([(0.8, L("家庭困难情况")), (4.0, None)], 60, 3.0)
    a = left + (right - left) / 4.8
    _lined_text(q, st, a, story, right - 4, story + 60, str(r["困难情况说明"] or ""), 8.0, 3.2)
    k.row([(0.8, L("困难类别")), (4.0, _squares(fq, HN_CATEGORIES, ticked_of(r["困难类别"]), 3.0, "√"))], 12, 3.0)
    k.frame(k_top, 0.8)
    day = hh.created + timedelta(days=rng.randrange(2, 8))
    y1 = k.y + 6
    _opinion_row(q, st, left, y1, right, 36, "入户调查情况", "已入户核实，情况属实。", "调查人：", r["建档人"],
                 st.date((hh.created + timedelta(days=1)).isoformat()), "")
    _opinion_row(q, st, left, y1 + 36, right, 36, "基层工会意见", "同意建档，报上级工会审批。", "审核人：",
                 r["审核人"], cn_numeral_date(day), "（基层工会盖章）")
    if sealed:  # over the union's bracket and its date
        _seal_on(q, st, right - 26, y1 + 36 + 27, f"{hh.unit.name}工会委员会", "", 16)
    _opinion_row(q, st, left, y1 + 72, right, 30, "县（市、区）总工会意见", None, None, None, None)
    _opinion_row(q, st, left, y1 + 102, right, 30, "市州总工会审批意见", None, None, None, None)
    q.text(p.w / 2, 289, "第2页 共2页", 2.6, st.label_font, "mm")
    _copied((p, q), rng, 0.3)
    first = list(dict.fromkeys(printed))
    second = [k for k in dict.fromkeys(HN_ALWAYS) if k not in first]
    return _document(hh, [p, q], [first, second], members, sealed, 1, HN_TITLE, "湖南/轮换16")


# ---------------------------------------------------------------------------------------------------------
# 全国/轮换16
NATIONAL_TITLE = "全国困难职工档案表"
YN = ("是", "否")
YN_KEYS = {"是否单亲", "是否为零就业家庭", "是否有一定自救能力", "解困脱困对象"}
# (side heading, rows of (label, record key, weight)): label and value in cells of their own
NATIONAL_SECTIONS: list[tuple[str, list[list[tuple[str, str, float]]]]] = [
    ("基本情况", [
        [("姓名", "姓名", 1.0), ("性别", "性别", 0.5), ("民族", "民族", 0.6), ("年龄", "年龄", 0.4)],
        [("出生日期", "出生日期", 1.0), ("政治面貌", "政治面貌", 0.8), ("婚姻状况", "婚姻状况", 0.6)],
        [("身份证号", "身份证号", 2.0), ("职工类别", "是否农民工", 1.0)],
        [("健康状况", "健康状况", 0.7), ("疾病/残疾", "疾病/残疾类别", 1.4), ("劳模", "劳模类型", 0.8)],
        [("户口性质", "户口类型", 0.7), ("户籍地", "户口所在地行政区划", 1.6), ("单亲家庭", "是否单亲", 0.6)],
        [("家庭住址", "家庭住址", 2.0), ("邮编", "邮政编码", 0.7)],
        [("住房情况", "住房类型", 0.9), ("住房面积", "建筑面积", 0.6), ("手机", "手机号码", 1.0)],
        [("其他联系方式", "其他联系方式", 1.2), ("档案类型", "档案类型", 0.8), ("建档标准", "建档标准", 0.8)],
    ]),
    ("工作情况", [
        [("工作单位", "工作单位", 1.8), ("单位性质", "单位性质", 0.9)],
        [("企业状况", "企业状况", 0.9), ("所属行业", "所属行业", 1.0), ("工作状况", "工作状态", 0.8)],
        [("参加工作时间", "工作时间", 0.9), ("签订合同时间", "劳动合同签订时间", 0.9), ("合同期限", "合同期限", 1.0)],
        [("医疗保险", "医保状况", 1.4), ("职工编号", "职工编号", 1.0)],
    ]),
    ("收支情况", [
        [("家庭人口", "家庭人口", 0.5), ("本人月均收入（元）", "本人月平均收入", 0.9),
         ("家庭月人均收入（元）", "家庭月人均收入", 0.9)],
        [("家庭年收入（元）", "家庭年度总收入", 0.9), ("其中非薪资收入（元）", "家庭其他非薪资年收入", 0.9),
         ("年必要支出（元）", "年度必要支出", 0.9)],
        [("开户行", "开户银行", 0.8), ("支行", "支行名称", 1.0), ("卡号", "银行卡号", 1.4)],
        [("零就业家庭", "是否为零就业家庭", 0.8), ("一定自救能力", "是否有一定自救能力", 0.8),
         ("困难类别", "困难类别", 1.0)],
    ]),
]
NATIONAL_MEMBER_COLS: list[Col] = [
    ("姓名", "姓名", 0.8), ("关系", "关系", 0.5), ("性别", "性别", 0.4), ("身份证号", "身份证号", 3.2),
    ("出生日期", "出生日期", 1.0), ("健康", "健康状况", 0.55), ("身份", "人员身份", 0.55), ("月收入", "月收入", 0.6),
    ("单位（学校）", "单位或学校", 1.3),
]


@layout("建档申请表/全国", "全国/轮换16")
def form_national_side_sections(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    st = _typeset(st, rng, ("sans", "hei", "serif"))
    p, f = new_page(st)
    left, right = 17.0, 193.0
    p.text(left, 13, "表一", 3.0, st.label_font)
    p.text(p.w / 2, 21, NATIONAL_TITLE, 5.8, "hei", "mm")
    _rule_line(p, st, left, 30, "建档单位（盖章）：", r["单位"], 64, 2.9)
    p.text(right, 30, "建档日期：" + cn_numeral_date(hh.created), 2.9, st.label_font, "rm")
    side_w = 10.0
    printed = ["单位"]
    y = 34.0
    for heading, rows in NATIONAL_SECTIONS:
        g = RuledGrid(p, st, left + side_w, y, right - left - side_w, 0.25)
        for pairs in rows:
            cells: list[tuple[float, Cell]] = []
            for label, key, wt in pairs:
                v = r[key]
                cell: Cell
                if key == "是否农民工":
                    cell = _squares(f, ("职工", "农民工"), set() if v is None else {"农民工" if v else "职工"}, 2.6,
                                    "×", box_after=True)
                elif key in YN_KEYS:
                    cell = _squares(f, YN, ticked_of(v), 2.6, "×", box_after=True)
                elif key in ("家庭住址", "工作单位", "户口所在地行政区划", "疾病/残疾类别"):
                    cell = value(f, v, key, "left")
                else:
                    cell = _cell(f, r, key)
                cells += [(0.55, L(label)), (wt, cell)]
                printed.append(key)
            g.row(cells, 8.6, 2.5)
        p.rect(left, y, left + side_w, g.y, 0.25)
        _put(_column_label(p, st, heading, 3.0), left, y, left + side_w, g.y)
        y = g.y
    top = y
    g = RuledGrid(p, st, left + side_w, y, right - left - side_w, 0.25)
    g.row([(1.0, L("主要")),
           (7.0, _squares(f, CAUSES_BY_CODE, ticked_of(r["主要致困原因"]), 2.5, "×", box_after=True, columns=3))],
          21.0, 2.6)
    g.row([(1.0, L("次要")),
           (7.0, _squares(f, CAUSES_BY_CODE, ticked_of(r["次要致困原因"]), 2.5, "×", box_after=True, columns=3))],
          21.0, 2.6)
    p.rect(left, top, left + side_w, g.y, 0.25)
    _put(_column_label(p, st, "致困原因", 3.0), left, top, left + side_w, g.y)
    p.rect(left, 34, right, g.y, 0.7)
    printed += ["主要致困原因", "次要致困原因"]
    p.text(left, g.y + 6, "填表说明：选择项在对应方框内打“×”。", 2.6, st.label_font)
    p.text(right, 288, "1/2", 2.8, st.label_font, "rm")

    s = Page(p.w, p.h)
    fs = f.on(s)
    s.text(p.w / 2, 16, "表二　家庭成员情况", 4.0, "hei", "mm")
    slots = _slots(hh, rng)
    cols = _vary(NATIONAL_MEMBER_COLS, rng)
    g = RuledGrid(s, st, left, 22, right - left, 0.25)
    g.row([(wt, L(label)) for label, _, wt in cols], 8.0, 2.6)
    for m in slots:
        g.row([(wt, _member_value(fs, m, key, "boxes")) for _, key, wt in cols], 10.0, 2.6)
    s.rect(left, 22, right, g.y, 0.7)
    members = _truth(hh.members, [key for _, key, _ in cols])
    s.members = list(members)

    y = g.y + 10
    s.text(p.w / 2, y, "表三　帮扶情况", 4.0, "hei", "mm")
    k = RuledGrid(s, st, left, y + 5, right - left, 0.25)
    k_top = k.y
    k.row([(0.8, L("立卡时间")), (1.0, _cell(fs, r, "立卡时间")), (0.8, L("帮扶单位")), (1.6, _cell(fs, r, "帮扶单位")),
           (0.8, L("联系人")), (0.9, _cell(fs, r, "帮扶联系人"))], 10.0, 2.7)
    for label, key in (("五类重点群体", "五类重点群体"), ("“四个一批”措施", "四个一批措施"),
                       ("“七个行动计划”", "七个行动计划"), ("备注", "备注")):
        k.row([(0.8, L(label)), (5.1, value(fs, r[key], key, "left"))], 11.0, 2.7)
    k.frame(k_top, 0.7)
    later = ["立卡时间", "帮扶单位", "帮扶联系人", "五类重点群体", "四个一批措施", "七个行动计划", "备注"]
    y = k.y + 14
    _signature_over(s, st, left, y, "职工本人签字", "：", r["姓名"], across=False)
    _rule_line(s, st, left, y + 11, "填表人：", r["录入人"], 30)
    _rule_line(s, st, left + 70, y + 11, "建档人：", r["建档人"], 30)
    _rule_line(s, st, left + 70, y, "审核人：", r["审核人"], 30)
    s.text(right - 4, y + 24, "（单位盖章）", 3.0, st.label_font, "rm")
    s.text(right - 4, y + 32, st.date(hh.created.isoformat()), 3.1, st.value_font, "rm", _hand(st))
    if sealed:  # over the unit's bracket and the date under it
        _seal_on(s, st, right - 22, y + 27, f"{hh.unit.name}工会委员会", "", 16)
    later += ["录入人", "建档人", "审核人"]
    s.text(right, 288, "2/2", 2.8, st.label_font, "rm")
    _copied((p, s), rng, 0.4)
    first = list(dict.fromkeys(printed))
    return _document(
        hh, [p, s], [first, list(dict.fromkeys(later))], members, sealed, 1, NATIONAL_TITLE, "全国/轮换16"
    )
