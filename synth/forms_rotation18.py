"""Printings of the four application forms added with rotation 18, held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from the seeds and REAL-DOCUMENTS.md with the parts of ``forms_draw`` and of the earlier rotations;
labels as the seeds word them (and the synonyms and older wordings real printings use).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

# forms registers each kind's first printing and the printings of rotations 1 to 17 before these
from dangan.synth import forms, forms_rotation17  # noqa: F401
from dangan.synth.canvas import BLACK, Page
from dangan.synth.forms_draw import Fill, choice, digit_boxes, hebei_split, new_page, ticked_of, value
from dangan.synth.forms_hangzhou import ALWAYS as HZ_ALWAYS
from dangan.synth.forms_hangzhou import CATEGORIES as HZ_CATEGORIES
from dangan.synth.forms_hangzhou import CAUSES as HZ_CAUSES
from dangan.synth.forms_hangzhou import TITLE as HZ_TITLE
from dangan.synth.forms_hebei import ALWAYS as HB_ALWAYS
from dangan.synth.forms_hebei import CATEGORIES as HB_CATEGORIES
from dangan.synth.forms_hebei import CAUSES as HB_CAUSES
from dangan.synth.forms_hebei import TITLE as HB_TITLE
from dangan.synth.forms_hunan import ALWAYS as HN_ALWAYS
from dangan.synth.forms_hunan import CATEGORIES as HN_CATEGORIES
from dangan.synth.forms_hunan import DIBAO, _dibao_worded
from dangan.synth.forms_hunan import TITLE as HN_TITLE
from dangan.synth.forms_rotation3 import _document
from dangan.synth.forms_rotation4 import RuledGrid, _put
from dangan.synth.forms_rotation5 import one_line
from dangan.synth.forms_rotation8 import _rule_line, _slots, _truth
from dangan.synth.forms_rotation9 import CAUSES_BY_CODE, _column_label
from dangan.synth.forms_rotation11 import _signature_over, cn_numeral_date
from dangan.synth.forms_rotation13 import _copied, _hand, _lined_text, _typeset, _wrapped
from dangan.synth.forms_rotation14 import _photo_or_copy
from dangan.synth.households import HUNAN_CAUSES, Household
from dangan.synth.layouts import layout
from dangan.synth.render import Cell, Document, L, Style, _seal_on

YES_NO = ("是", "否")
LEFT = {"家庭住址", "工作单位", "户口所在地行政区划", "疾病/残疾类别", "五类重点群体", "四个一批措施", "七个行动计划",
        "备注", "帮扶单位"}
# A label with its value, and how the value is given: "" written, "boxes" 18 digit boxes, or the options ticked
Pair = tuple[str, str, float, tuple[str, ...] | str]


# -- parts of these printings ---------------------------------------------------------------------------
def _boxes_after(f: Fill, options: Sequence[str], v: Any, size: float = 2.8) -> Cell:
    """The options with their □ after the word (「是□ 否□」), the chosen ones marked."""
    return choice(f, options, ticked_of(v), size, box_first=False)


def _filled(f: Fill, r: dict[str, Any], key: str, how: tuple[str, ...] | str) -> Cell:
    if isinstance(how, tuple):
        return _boxes_after(f, how, r[key])
    if how == "boxes":
        return digit_boxes(f, r[key])
    if key == "身份证号" or key == "银行卡号":
        return one_line(f, r[key])
    return value(f, r[key], key, "left" if key in LEFT else "center")


def _pairs(g: RuledGrid, f: Fill, r: dict[str, Any], pairs: Sequence[Pair], h: float, size: float = 2.7,
           numbered: list[int] | None = None) -> list[str]:
    """One row of label cells each followed by its value cell; returns the keys printed (``numbered``: each label
    after its running number, 「7.婚姻状况」)."""
    cells: list[tuple[float, Cell]] = []
    for label, key, wt, how in pairs:
        if numbered is not None:
            numbered[0] += 1
            label = f"{numbered[0]}.{label}"
        cells.append((max(0.55, 0.14 * len(label)), L(label)))
        cells.append((wt, _filled(f, r, key, how)))
    g.row(cells, h, size)
    return [key for _, key, _, _ in pairs]


def _side(p: Page, st: Style, x: float, y0: float, y1: float, w: float, text: str, lw: float = 0.3) -> None:
    """A section's name set one character under another in a stub merged down the rows' left."""
    p.rect(x, y0, x + w, y1, lw)
    _put(_column_label(p, st, text, 3.0), x, y0, x + w, y1)


def _table(p: Page, f: Fill, x0: float, x1: float, y: float, cols: Sequence[tuple[str, str | None, float]],
           slots: Sequence[dict[str, Any] | None], head_h: float, row_h: float, boxes: bool = False,
           lw: float = 0.25) -> float:
    """A member table: the heading row, then one row a slot (a number for a ``None`` key); returns its foot."""
    st = f.st
    unit = (x1 - x0) / sum(wt for _, _, wt in cols)
    xs = [x0]
    for _, _, wt in cols:
        xs.append(xs[-1] + wt * unit)
    for i, (head, _, _) in enumerate(cols):
        p.rect(xs[i], y, xs[i + 1], y + head_h, lw)
        p.fit(xs[i], y, xs[i + 1], y + head_h, head, 2.6, st.label_font, pad=0.6)
    y += head_h
    for n, m in enumerate(slots):
        for i, (_, key, _) in enumerate(cols):
            p.rect(xs[i], y, xs[i + 1], y + row_h, lw)
            cell: Cell
            if key is None:
                p.fit(xs[i], y, xs[i + 1], y + row_h, str(n + 1), 2.8, st.label_font)
                continue
            if m is None:
                continue
            if key == "身份证号":
                cell = digit_boxes(f, m[key]) if boxes else one_line(f, m[key])
            elif key == "单位或学校":
                cell = _wrapped(f, m, key)
            else:
                cell = value(f, m[key], key)
            _put(cell, xs[i] + 0.3, y, xs[i + 1] - 0.3, y + row_h)
        y += row_h
    return y


def _opinion_row(p: Page, st: Style, x0: float, y0: float, x1: float, y1: float, title: str, said: str | None,
                 signer: str | None, name: Any, day: str | None, stamp: str = "（盖章）") -> None:
    """One opinion as a row of the sheet: its title in a stub at the left, the words, signer and date right of it."""
    stub = 12.0
    p.rect(x0, y0, x1, y1, 0.35)
    _side(p, st, x0, y0, y1, stub, title, 0.35)
    if said:
        p.fit(x0 + stub + 3, y0 + 1, x1 - 3, y0 + 10, said, 3.2, st.value_font, "left", _hand(st), pad=0.5)
    if signer:
        _rule_line(p, st, x0 + stub + 4, y1 - 6, signer, name, 28, 2.8)
    p.text(x1 - 46, y1 - 13, stamp, 2.8, st.label_font, "lm")
    p.text(x1 - 4, y1 - 6, day or "年　　月　　日", 3.0 if day else 2.8, st.value_font if day else st.label_font,
           "rm", _hand(st) if day else BLACK)


# ---------------------------------------------------------------------------------------------------------
# 杭州/轮换18: label cells beside value cells under merged side stubs, the ID in boxes, options with □ after
HZ_MARITAL = ("未婚", "已婚", "离异", "丧偶")
HZ_HUKOU = ("非农业", "农业")
HZ_SECTIONS: list[tuple[str, list[list[Pair]]]] = [
    ("申请人情况", [
        [("姓　名", "姓名", 1.0, ""), ("性别", "性别", 0.45, ""), ("民族", "民族", 0.6, ""),
         ("出生年月", "出生日期", 1.0, "")],
        [("身份证号码", "身份证号", 3.4, "boxes")],
        [("政治面貌", "政治面貌", 0.8, ""), ("联系手机", "手机号码", 1.1, ""), ("身体状况", "健康状况", 0.8, "")],
        [("婚姻状况", "婚姻状况", 1.5, HZ_MARITAL), ("户口性质", "户口类型", 1.0, HZ_HUKOU)],
        [("户口所在地", "户口所在地行政区划", 3.0, "")],
        [("现居住地址", "家庭住址", 3.0, "")],
        [("就业状况", "工作状态", 0.9, ""), ("医疗保险", "医保状况", 1.2, ""), ("劳模", "劳模类型", 0.8, "")],
    ]),
    ("家庭情况", [
        [("住房性质", "住房类型", 0.9, ""), ("建筑面积（㎡）", "建筑面积", 0.6, ""), ("家庭人口数", "家庭人口", 0.5, "")],
        [("本人月收入（元）", "本人月平均收入", 1.0, ""), ("家庭年收入（元）", "家庭年度总收入", 1.0, "")],
        [("非工资性年收入（元）", "家庭其他非薪资年收入", 1.0, ""), ("年刚性支出（元）", "年度必要支出", 1.0, "")],
        [("零就业家庭", "是否为零就业家庭", 1.0, YES_NO), ("有一定自救能力", "是否有一定自救能力", 1.0, YES_NO)],
    ]),
    ("帮扶账户", [
        [("开户行", "开户银行", 1.0, ""), ("网点名称", "支行名称", 1.3, "")],
        [("账　号", "银行卡号", 3.0, "")],
    ]),
]
HZ_MEMBER_COLS: list[tuple[str, str | None, float]] = [
    ("称谓", "关系", 0.55), ("姓名", "姓名", 0.75), ("出生年月", "出生日期", 0.95), ("身份证号码", "身份证号", 2.6),
    ("身体状况", "健康状况", 0.6), ("就业（就学）", "人员身份", 0.65), ("月收入（元）", "月收入", 0.6),
    ("工作单位或就读学校", "单位或学校", 1.5),
]


@layout("建档申请表/杭州", "杭州/轮换18")
def form_hangzhou_side_stubs(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    st = _typeset(st, rng, ("serif", "kai"))
    p, f = new_page(st)
    dy = rng.uniform(-1.5, 2.0)
    left, right = 17.0, 193.0
    p.text(left, 12 + dy, "附件1", 3.0, st.label_font)
    p.text(right, 12 + dy, "编号：杭工档〔　　〕　　号", 2.8, st.label_font, "rm")
    p.text(p.w / 2, 21 + dy, HZ_TITLE, 5.8, "bold", "mm")
    migrant = set() if r["是否农民工"] is None else {"农民工" if r["是否农民工"] else "职工"}
    _put(choice(f, ("职工", "农民工"), migrant, 3.1, box_first=False), p.w / 2 - 22, 25 + dy, p.w / 2 + 30, 31 + dy)
    y = 37 + dy
    _rule_line(p, st, left, y, "所在单位工会：", r["单位"], 74, 3.0)
    p.text(right, y, "填表日期：" + st.date(hh.created.isoformat()), 2.9, st.label_font, "rm")
    printed = ["单位", "是否农民工"]
    y += 5
    top = y
    stub = 9.0
    h = 9.0 if len(hh.members) > 4 else 9.5
    for title, rows in HZ_SECTIONS:
        g = RuledGrid(p, st, left + stub, y, right - left - stub, 0.25)
        for pairs in rows:
            printed += _pairs(g, f, r, pairs, h, 2.7)
        _side(p, st, left, y, g.y, stub, title)
        y = g.y
    g = RuledGrid(p, st, left + stub, y, right - left - stub, 0.25)
    for label, key, options, rh in (("主要致困原因（限选一至二项）", "主要致困原因", HZ_CAUSES, 15.0),
                                    ("次要致困原因（可多选）", "次要致困原因", HZ_CAUSES, 15.0),
                                    ("申请困难类别", "困难类别", HZ_CATEGORIES, 11.0)):
        g.row([(1.0, L(label)), (4.0, _boxes_after(f, options, r[key], 2.8))], rh, 2.6)
        printed.append(key)
    _side(p, st, left, y, g.y, stub, "致困情况")
    p.rect(left, top, right, g.y, 0.6)
    p.text(left, g.y + 6, "注：有“□”的栏目请在相应“□”内打“√”。", 2.6, st.label_font)

    q = Page(p.w, p.h)
    fq = f.on(q)
    q.text(left, 16, "共同生活的家庭成员", 3.4, "bold")
    q.text(right, 16, "（含申请人配偶、子女及赡养的父母）", 2.6, st.label_font, "rm")
    slots = _slots(hh, rng)
    y = _table(q, fq, left, right, 20, HZ_MEMBER_COLS, slots, 10.0, 11.0, boxes=True)
    q.rect(left, 20, right, y, 0.6)
    members = _truth(hh.members, [key for _, key, _ in HZ_MEMBER_COLS])
    q.members = list(members)
    y += 7
    q.text(left, y, "申请理由（家庭困难情况）：", 3.2, st.label_font)
    box_h = 40.0 if len(slots) > 4 else 52.0
    q.rect(left, y + 3, right, y + 3 + box_h, 0.4)
    _lined_text(q, st, left, y + 3, right - 2, y + 3 + box_h, str(r["困难情况说明"] or ""), 7.5, 3.2)
    y += box_h + 10
    q.fit(left, y - 3, right, y + 3, "本人承诺：以上填写内容真实无误，如有虚假，愿承担一切责任。", 2.9, st.label_font, "left",
          pad=0)
    _signature_over(q, st, left + 70, y + 9, "申请人（签名）", "：", r["姓名"], across=False)
    q.text(right - 3, y + 9, st.date(hh.created.isoformat()), 3.0, st.value_font, "rm", _hand(st))
    y += 15
    day = hh.created + timedelta(days=rng.randrange(2, 9))
    rows_h = min(30.0, (282.0 - y) / 3)
    _opinion_row(q, st, left, y, right, y + rows_h, "基层工会", "经入户走访，情况属实，同意申报。", "审核人：",
                 r["审核人"], cn_numeral_date(day))
    _rule_line(q, st, left + 78, y + rows_h - 6, "走访人：", r["建档人"], 24, 2.8)
    if sealed:  # over the union's （盖章） in its row
        _seal_on(q, st, right - 36, y + rows_h / 2 + 1, f"{hh.unit.name}工会委员会", "", 14)
    _opinion_row(q, st, left, y + rows_h, right, y + 2 * rows_h, "区县工会", None, None, None, None)
    _opinion_row(q, st, left, y + 2 * rows_h, right, y + 3 * rows_h, "市总工会", None, None, None, None)
    _copied((p, q), rng, 0.3)
    first = list(dict.fromkeys(printed))
    second = [k for k in dict.fromkeys(HZ_ALWAYS) if k not in first]
    return _document(hh, [p, q], [first, second], members, sealed, 1, HZ_TITLE, "杭州/轮换18")


# ---------------------------------------------------------------------------------------------------------
# 河北/轮换18: numbered items written on rules, no grid; the money as a numbered ledger; opinions as rows
# (number of the line's items, [(label, key, rule's width)])
HB_LINES: list[tuple[str, list[list[tuple[str, str, float]]]]] = [
    ("一、申请人基本情况", [
        [("姓名", "姓名", 24), ("性别", "性别", 9), ("民族", "民族", 14), ("出生日期", "出生日期", 28)],
        [("身份证号码", "身份证号", 54), ("政治面貌", "政治面貌", 20)],
        [("婚姻状况", "婚姻状况", 14), ("户口性质", "户口类型", 16), ("健康状况", "健康状况", 26)],
        [("户籍所在地", "户口所在地行政区划", 96)],
        [("家庭住址", "家庭住址", 104), ("邮编", "邮政编码", 16)],
        [("联系电话", "手机号码", 30), ("家庭人口", "家庭人口", 9), ("职工编号", "职工编号", 40)],
    ]),
    ("二、就业情况", [
        [("工作单位", "工作单位", 100)],
        [("单位性质", "单位性质", 24), ("经营状况", "企业状况", 20), ("所属行业", "所属行业", 36)],
        [("参加工作时间", "工作时间", 28), ("就业状态", "工作状态", 20), ("本人月收入", "本人月平均收入", 22)],
    ]),
]
HB_MEMBER_COLS: list[tuple[str, str | None, float]] = [
    ("姓　名", "姓名", 0.8), ("与申请人关系", "关系", 0.7), ("性别", "性别", 0.35), ("出生日期", "出生日期", 0.95),
    ("政治面貌", "政治面貌", 0.6), ("健康状况", "健康状况", 0.6), ("身份", "人员身份", 0.55),
    ("身份证号", "身份证号", 1.8), ("月收入", "月收入", 0.6), ("工作或就读单位", "单位或学校", 1.4),
]


@layout("建档申请表/河北", "河北/轮换18")
def form_hebei_numbered_items(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    st = _typeset(st, rng, ("sans", "serif"))
    p, f = new_page(st)
    left, right = 15.0, 195.0
    p.text(p.w / 2, 16, HB_TITLE, 6.0, "serifbold", "mm")
    p.text(p.w / 2, 23, "（" + str(hh.created.year) + "年度）", 3.0, st.label_font, "mm")
    y = 31.0
    _rule_line(p, st, left, y, "基层工会：", r["单位"], 84, 3.0)
    p.text(right, y, "申报日期：" + st.date(hh.created.isoformat()), 2.9, st.label_font, "rm")
    printed = ["单位"]
    n = 0
    y += 4
    for heading, lines in HB_LINES:
        y += 8
        p.text(left, y, heading, 3.4, "bold")
        for items in lines:
            y += 8.5
            x = left + 3
            for label, key, width in items:
                n += 1
                x = _rule_line(p, st, x, y, f"{n}.{label}：", r[key], width, 2.9)
                printed.append(key)
    y += 10
    p.text(left, y, "三、家庭成员情况（不含申请人本人）", 3.4, "bold")
    slots = _slots(hh, rng)
    top = y + 4
    y = _table(p, f, left, right, top, HB_MEMBER_COLS, slots, 9.0, 9.5, lw=0.25)
    p.rect(left, top, right, y, 0.6)
    members = _truth(hh.members, [key for _, key, _ in HB_MEMBER_COLS])
    p.members = list(members)
    p.fit(left, y + 2, right, y + 12, "填表说明：家庭成员指与申请人共同生活的配偶、子女，以及需申请人赡养的父母；无收入者月收入填0。",
          2.5, st.label_font, "left", pad=0)
    p.text(p.w / 2, 288, "第1页", 2.6, st.label_font, "mm")

    q = Page(p.w, p.h)
    fq = f.on(q)
    q.text(left, 17, "四、家庭收支情况", 3.4, "bold")
    q.text(right, 17, "单位：元", 2.8, st.label_font, "rm")
    med, edu, other = hebei_split(hh)
    spent = r["年度必要支出"]
    ledger: list[tuple[str, Cell]] = [
        ("家庭年总收入", value(fq, r["家庭年度总收入"], "家庭年度总收入")),
        ("其中：非工资性收入", value(fq, r["家庭其他非薪资年收入"], "家庭其他非薪资年收入")),
        ("家庭月人均收入", value(fq, r["家庭月人均收入"], "家庭月人均收入")),
        ("家庭年必要支出", value(fq, spent, "年度必要支出")),
        ("其中：医疗支出", value(fq, med if spent is not None else None)),
        ("　　　子女教育支出", value(fq, edu if spent is not None else None)),
        ("　　　其他必要支出", value(fq, other if spent is not None else None)),
    ]
    g = RuledGrid(q, st, left, 21, right - left, 0.25)
    g.row([(0.4, L("序号")), (1.6, L("项　　目")), (1.2, L("金　额")), (1.6, L("备　注"))], 8.0, 2.8)
    for i, (label, cell) in enumerate(ledger):
        g.row([(0.4, L(str(i + 1))), (1.6, L(label)), (1.2, cell), (1.6, None)], 8.5, 2.8)
    g.frame(21, 0.6)
    later = ["家庭年度总收入", "家庭其他非薪资年收入", "家庭月人均收入", "年度必要支出"]
    y = g.y + 10
    q.text(left, y, "五、致困原因及困难级别", 3.4, "bold")
    k = RuledGrid(q, st, left, y + 4, right - left, 0.25)
    k.row([(1.0, L("主要致困原因")), (4.2, _boxes_after(fq, HB_CAUSES, r["主要致困原因"], 2.8))], 16.0, 2.8)
    k.row([(1.0, L("困难级别")), (4.2, _boxes_after(fq, HB_CATEGORIES, r["困难类别"], 3.0))], 9.0, 2.8)
    k.frame(y + 4, 0.6)
    later += ["主要致困原因", "困难类别"]
    y = k.y + 10
    q.text(left, y, "六、家庭困难情况简述", 3.4, "bold")
    q.rect(left, y + 3, right, y + 55, 0.4)
    _lined_text(q, st, left, y + 3, right - 2, y + 55, str(r["困难情况说明"] or ""), 7.0, 3.2)
    later.append("困难情况说明")
    y += 63
    q.fit(left, y - 3, right, y + 3, "本人对以上内容的真实性负责，同意工会及有关部门核查家庭收入和财产状况。", 2.9,
          st.label_font, "left", pad=0)
    _signature_over(q, st, right - 72, y + 9, "申请人", "（签字）：", r["姓名"], across=False)
    y += 15
    day = hh.created + timedelta(days=rng.randrange(3, 10))
    rows_h = min(28.0, (283.0 - y) / 3)
    _opinion_row(q, st, left, y, right, y + rows_h, "单位工会", "经调查核实，情况属实，同意上报。", "负责人：",
                 r["审核人"], st.date(day.isoformat()), "（公章）")
    _rule_line(q, st, left + 76, y + rows_h - 6, "调查人：", r["建档人"], 22, 2.8)
    if sealed:  # over the first row's （公章）
        _seal_on(q, st, right - 36, y + rows_h / 2, f"{hh.unit.name}工会委员会", "", 14)
    _opinion_row(q, st, left, y + rows_h, right, y + 2 * rows_h, "县区总工会", None, None, None, None, "（公章）")
    _opinion_row(q, st, left, y + 2 * rows_h, right, y + 3 * rows_h, "市总工会", None, None, None, None, "（公章）")
    q.text(p.w / 2, 288, "第2页", 2.6, st.label_font, "mm")
    _photo_or_copy((p, q), rng, 0.15, 0.35)
    first = list(dict.fromkeys(printed))
    second = [k for k in dict.fromkeys([*later, *HB_ALWAYS, "审核人", "建档人"]) if k not in first]
    return _document(hh, [p, q], [first, second], members, sealed, 1, HB_TITLE, "河北/轮换18")


# ---------------------------------------------------------------------------------------------------------
# 湖南/轮换18: a landscape sheet, the applicant's table at the left and the approvals down a right-hand column
HN_ROWS: list[list[Pair]] = [
    [("申请人姓名", "姓名", 1.0, ""), ("性别", "性别", 0.45, ""), ("年龄", "年龄", 0.45, ""), ("民族", "民族", 0.6, "")],
    [("公民身份号码", "身份证号", 1.8, ""), ("联系方式", "手机号码", 1.1, "")],
    [("工作单位", "工作单位", 1.9, ""), ("就业状态", "工作状态", 0.8, "")],
    [("家庭住址", "家庭住址", 2.2, ""), ("家庭人口", "家庭人口", 0.4, "")],
    [("本人月收入（元）", "本人月平均收入", 0.8, ""), ("家庭年收入（元）", "家庭年度总收入", 0.8, ""),
     ("家庭月人均（元）", "家庭月人均收入", 0.8, "")],
]
HN_MEMBER_COLS: list[tuple[str, str | None, float]] = [
    ("序号", None, 0.35), ("姓　名", "姓名", 0.8), ("与申请人关系", "关系", 0.75), ("出生年月", "出生日期", 0.95),
    ("公民身份号码", "身份证号", 1.8), ("健康状况", "健康状况", 0.7), ("就业就学状况", "人员身份", 0.8),
    ("月收入（元）", "月收入", 0.7), ("工作单位或就读学校", "单位或学校", 1.8),
]


@layout("建档申请表/湖南", "湖南/轮换18")
def form_hunan_approvals_column(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    st = _typeset(st, rng, ("hei", "serif"))
    p, f = new_page(st, landscape=True)
    record = _dibao_worded(r)
    left, split, right = 12.0, 200.0, p.w - 12.0
    p.text(p.w / 2, 14, HN_TITLE, 5.8, "serifbold", "mm")
    y = 24.0
    _rule_line(p, st, left, y, "所在工会：", r["单位"], 80, 2.9)
    p.text(split - 2, y, "填表时间：" + st.date(hh.created.isoformat()), 2.8, st.label_font, "rm")
    printed = ["单位"]
    top = 29.0
    g = RuledGrid(p, st, left, top, split - 4 - left, 0.3)
    for pairs in HN_ROWS:
        printed += _pairs(g, f, record, pairs, 9.0, 2.7)
    printed += _pairs(g, f, record, [("享受低保", "有无低保", 1.0, DIBAO), ("申请级别", "困难类别", 1.8, HN_CATEGORIES)],
                      9.5, 2.7)
    g.row([(0.7, L("致困原因")), (3.3, _boxes_after(f, HUNAN_CAUSES, record["主要致困原因"], 2.9))], 10.0, 2.7)
    printed.append("主要致困原因")
    story = g.y
    g.row([(0.7, L("家庭困难情况")), (3.3, None)], min(200.0 - story - 22, 62.0), 2.7)
    x_story = left + (split - 4 - left) * 0.7 / 4.0
    _lined_text(p, st, x_story, story, split - 6, g.y, str(r["困难情况说明"] or ""), 7.0, 3.1)
    printed.append("困难情况说明")
    g.frame(top, 0.7)
    y = g.y + 8
    p.text(left, y, "本人承诺所填内容真实，如有不实，自愿退回帮扶款物并取消建档资格。", 2.8, st.label_font)
    _signature_over(p, st, split - 70, y + 8, "申请人签名", "：", r["姓名"], across=False)
    # the approvals down the right-hand column
    day = hh.created + timedelta(days=rng.randrange(2, 8))
    col_h = (188.0 - top) / 3
    boxes = (("单位工会初审意见", "情况属实，同意建档。", r["审核人"], cn_numeral_date(day)),
             ("县（市、区）总工会审核意见", None, None, None), ("市州总工会审批意见", None, None, None))
    for i, (title, said, name, when) in enumerate(boxes):
        y0, y1 = top + col_h * i, top + col_h * (i + 1)
        p.rect(split, y0, right, y1, 0.6)
        p.fit(split, y0, right, y0 + 8, title, 3.0, st.label_font)
        p.line(split, y0 + 8, right, y0 + 8, 0.3)
        if said:
            p.fit(split + 2, y0 + 9, right - 2, y0 + 20, said, 3.2, st.value_font, "left", _hand(st), pad=1)
        if name is not None:
            _rule_line(p, st, split + 3, y1 - 20, "审核人：", name, 30, 2.8)
        p.text(right - 3, y1 - 12, "（盖章）", 2.8, st.label_font, "rm")
        p.text(right - 3, y1 - 5, when or "年　　月　　日", 3.0 if when else 2.8, st.value_font if when else st.label_font,
               "rm", _hand(st) if when else BLACK)
    if sealed:  # over the first approval's （盖章）
        _seal_on(p, st, right - 22, top + col_h - 16, f"{hh.unit.name}工会委员会", "", 14)

    q = Page(p.w, p.h)
    fq = f.on(q)
    q.fit(left, 9, right, 18, "附：家庭成员情况", 3.8, "hei")
    slots = _slots(hh, rng)
    y = _table(q, fq, left, right, 21, HN_MEMBER_COLS, slots, 10.0, 12.0, lw=0.3)
    q.rect(left, 21, right, y, 0.8)
    members = _truth(hh.members, [key for _, key, _ in HN_MEMBER_COLS])
    q.members = list(members)
    y += 10
    _rule_line(q, st, left, y, "入户核查人：", r["建档人"], 34, 2.9)
    q.text(left + 110, y, "核查日期：" + st.date((hh.created + timedelta(days=1)).isoformat()), 2.9, st.label_font)
    y += 6
    q.rect(left, y, right, min(y + 30, 200.0), 0.4)
    q.text(left + 2, y + 5, "备注：", 2.9, st.label_font)
    _copied((p, q), rng, 0.3)
    first = list(dict.fromkeys([*printed, "审核人"]))  # the unit's 审核人 signs on the sheet's right-hand column
    second = [k for k in dict.fromkeys(HN_ALWAYS) if k not in first]
    return _document(hh, [p, q], [first, second], members, sealed, 0, HN_TITLE, "湖南/轮换18")


# ---------------------------------------------------------------------------------------------------------
# 全国/轮换18: numbered label cells beside value cells, the causes as a row of ten coded columns to tick
NATIONAL_TITLE = "困难职工档案表"
NATIONAL_SECTIONS: list[tuple[str, list[list[Pair]]]] = [
    ("（一）职工基本信息", [
        [("姓名", "姓名", 1.0, ""), ("性别", "性别", 0.5, ""), ("民族", "民族", 0.7, ""), ("年龄", "年龄", 0.45, "")],
        [("身份证号", "身份证号", 2.0, ""), ("出生日期", "出生日期", 1.0, "")],
        [("婚姻状况", "婚姻状况", 0.7, ""), ("政治面貌", "政治面貌", 0.8, ""), ("健康状况", "健康状况", 0.8, "")],
        [("劳模情况", "劳模类型", 0.9, ""), ("单亲家庭", "是否单亲", 0.9, YES_NO), ("户口性质", "户口类型", 0.8, "")],
        [("疾病/残疾类别", "疾病/残疾类别", 1.6, ""), ("农民工", "是否农民工", 0.9, YES_NO)],
        [("户籍地", "户口所在地行政区划", 2.2, ""), ("邮编", "邮政编码", 0.7, "")],
        [("居住地址", "家庭住址", 3.2, "")],
        [("住房类型", "住房类型", 0.8, ""), ("住房面积", "建筑面积", 0.5, ""), ("手机", "手机号码", 1.0, "")],
        [("其他联系方式", "其他联系方式", 1.4, ""), ("职工编号", "职工编号", 1.4, "")],
    ]),
    ("（二）职工就业信息", [
        [("工作单位", "工作单位", 2.0, ""), ("单位性质", "单位性质", 0.9, "")],
        [("企业状况", "企业状况", 0.8, ""), ("所属行业", "所属行业", 1.0, ""), ("工作状态", "工作状态", 0.8, "")],
        [("参加工作时间", "工作时间", 1.0, ""), ("合同签订时间", "劳动合同签订时间", 1.0, "")],
        [("合同期限", "合同期限", 1.0, ""), ("医疗保险", "医保状况", 1.3, "")],
    ]),
    ("（三）家庭经济信息", [
        [("家庭人口", "家庭人口", 0.4, ""), ("本人月均收入", "本人月平均收入", 0.9, ""),
         ("家庭月人均收入", "家庭月人均收入", 0.9, "")],
        [("家庭年总收入", "家庭年度总收入", 0.9, ""), ("其他非薪资年收入", "家庭其他非薪资年收入", 0.9, "")],
        [("年度必要支出", "年度必要支出", 0.9, ""), ("零就业家庭", "是否为零就业家庭", 0.9, YES_NO)],
        [("有一定自救能力", "是否有一定自救能力", 0.9, YES_NO), ("困难类别", "困难类别", 0.9, "")],
        [("开户银行", "开户银行", 0.9, ""), ("开户网点", "支行名称", 1.1, "")],
        [("银行账号", "银行卡号", 2.6, "")],
    ]),
    ("（四）建档信息", [
        [("档案类型", "档案类型", 0.8, ""), ("建档标准", "建档标准", 0.8, ""), ("解困脱困对象", "解困脱困对象", 0.8, YES_NO)],
    ]),
]
NATIONAL_MEMBER_COLS: list[tuple[str, str | None, float]] = [
    ("序号", None, 0.35), ("姓名", "姓名", 0.8), ("性别", "性别", 0.35), ("与职工关系", "关系", 0.6),
    ("出生年月", "出生日期", 1.0), ("身份证号", "身份证号", 1.85), ("健康状况", "健康状况", 0.6),
    ("就业或就学", "人员身份", 0.6), ("月收入", "月收入", 0.6), ("工作单位或学校", "单位或学校", 1.4),
]


def _coded_causes(p: Page, f: Fill, x0: float, x1: float, y: float, first: set[str], second: set[str]) -> float:
    """The ten causes as columns (代码 over the cause's name), a 主要 and a 次要 row to tick; returns the foot."""
    st = f.st
    ink = st.color if st.hand else BLACK
    head = 14.0
    cw = (x1 - x0 - head) / len(CAUSES_BY_CODE)
    rows = (("代码", 6.0), ("原因", 14.0), ("主要", 7.0), ("次要", 7.0))
    for label, h in rows:
        p.rect(x0, y, x0 + head, y + h, 0.25)
        p.fit(x0, y, x0 + head, y + h, label, 2.7, st.label_font)
        for i, cause in enumerate(CAUSES_BY_CODE):
            cx0 = x0 + head + cw * i
            p.rect(cx0, y, cx0 + cw, y + h, 0.25)
            if label == "代码":
                p.fit(cx0, y, cx0 + cw, y + h, str(i + 1), 2.7, st.label_font)
            elif label == "原因":
                p.fit(cx0, y, cx0 + cw, y + h, cause, 2.4, st.label_font, pad=0.5)
            elif cause in (first if label == "主要" else second):
                p.text(cx0 + cw / 2, y + h / 2, f.glyph if f.tick == "glyph" else "√", h * 0.7, "sans", "mm", ink)
        y += h
    return y


@layout("建档申请表/全国", "全国/轮换18")
def form_national_coded_columns(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    st = _typeset(st, rng, ("sans", "kai"))
    p, f = new_page(st)
    dx = rng.uniform(-1.5, 1.5)
    left, right = 14.0 + dx, 196.0 + dx
    p.text(p.w / 2 + dx, 14, NATIONAL_TITLE, 6.0, "hei", "mm")
    p.text(left, 23, "建档单位：" + str(r["单位"] or ""), 2.9, st.label_font)
    p.text(right, 23, "建档日期：" + st.date(hh.created.isoformat()), 2.9, st.label_font, "rm")
    printed = ["单位"]
    y = 27.0
    top = y
    numbered = [0]
    for title, rows in NATIONAL_SECTIONS:
        g = RuledGrid(p, st, left, y, right - left, 0.22)
        p.rect(left, y, right, y + 6.0, 0.22)
        p.text(left + 1.5, y + 3.0, title, 3.0, "bold")
        g.y += 6.0
        for pairs in rows:
            printed += _pairs(g, f, r, pairs, 7.6, 2.5, numbered)
        y = g.y
    p.rect(left, y, right, y + 6.0, 0.22)
    p.text(left + 1.5, y + 3.0, "（五）致困原因（在对应代码下打“√”，主要原因限一项）", 3.0, "bold")
    y = _coded_causes(p, f, left, right, y + 6.0, ticked_of(r["主要致困原因"]), ticked_of(r["次要致困原因"]))
    printed += ["主要致困原因", "次要致困原因"]
    p.rect(left, top, right, y, 0.7)
    p.text(p.w / 2 + dx, 290, "- 1 -", 2.6, st.label_font, "mm")

    s = Page(p.w, p.h)
    fs = f.on(s)
    s.text(left, 14, "（六）家庭成员信息", 3.3, "bold")
    slots = _slots(hh, rng)
    y = _table(s, fs, left, right, 18, NATIONAL_MEMBER_COLS, slots, 10.0, 10.5)
    s.rect(left, 18, right, y, 0.7)
    members = _truth(hh.members, [key for _, key, _ in NATIONAL_MEMBER_COLS])
    s.members = list(members)
    y += 8
    s.text(left, y, "（七）帮扶信息", 3.3, "bold")
    k = RuledGrid(s, st, left, y + 4, right - left, 0.22)
    k_top = k.y
    later = _pairs(k, fs, r, [("立卡时间", "立卡时间", 0.9, ""), ("帮扶单位", "帮扶单位", 1.4, ""),
                              ("帮扶责任人", "帮扶联系人", 0.7, "")], 10.0, 2.6)
    for label, key in (("五类重点群体", "五类重点群体"), ("四个一批", "四个一批措施"), ("七个行动计划", "七个行动计划"),
                       ("备注", "备注")):
        later += _pairs(k, fs, r, [(label, key, 4.5, "")], 11.0, 2.7)
    k.frame(k_top, 0.7)
    y = k.y + 6
    g = RuledGrid(s, st, left, y, right - left, 0.22)
    later += _pairs(g, fs, r, [("录入员", "录入人", 1.0, ""), ("建档人", "建档人", 1.0, ""), ("审核人", "审核人", 1.0, "")],
                    10.0, 2.7)
    g.frame(y, 0.5)
    y = g.y + 12
    _signature_over(s, st, left, y, "职工本人签字", "：", r["姓名"], across=False)
    if sealed:  # the unit's seal over its name at the foot
        _seal_on(s, st, right - 30, y + 12, f"{hh.unit.name}工会委员会", "", 15)
    s.text(right - 4, y + 10, "建档单位（盖章）", 3.0, st.label_font, "rm")
    s.text(right - 4, y + 18, "年　　月　　日", 3.0, st.label_font, "rm")
    s.text(p.w / 2 + dx, 290, "- 2 -", 2.6, st.label_font, "mm")
    _copied((p, s), rng, 0.35)
    first = list(dict.fromkeys(printed))
    return _document(hh, [p, s], [first, list(dict.fromkeys(later))], members, sealed, 1, NATIONAL_TITLE,
                     "全国/轮换18")
