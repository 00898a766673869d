"""Printings of the four application forms added with rotation 17, held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from the seeds and REAL-DOCUMENTS.md with the parts of ``forms_draw`` and of the earlier rotations;
labels as the seeds word them (and the synonyms and older wordings real printings use).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from typing import Any

# forms registers each kind's first printing and the printings of rotations 1 to 16 before these
from dangan.synth import forms, forms_rotation16  # noqa: F401
from dangan.synth.canvas import BLACK, Page, text_width
from dangan.synth.forms_draw import (
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
from dangan.synth.forms_hebei import ALWAYS as HB_ALWAYS
from dangan.synth.forms_hebei import CATEGORIES as HB_CATEGORIES
from dangan.synth.forms_hebei import CAUSES as HB_CAUSES
from dangan.synth.forms_hebei import TITLE as HB_TITLE
from dangan.synth.forms_hunan import ALWAYS as HN_ALWAYS
from dangan.synth.forms_hunan import CATEGORIES as HN_CATEGORIES
from dangan.synth.forms_hunan import DIBAO, _dibao_worded
from dangan.synth.forms_hunan import TITLE as HN_TITLE
from dangan.synth.forms_rotation3 import _document
from dangan.synth.forms_rotation4 import RuledGrid, _put, shaded
from dangan.synth.forms_rotation5 import one_line
from dangan.synth.forms_rotation8 import _rule_line, _slots, _truth
from dangan.synth.forms_rotation9 import CAUSES_BY_CODE, _column_label
from dangan.synth.forms_rotation11 import _signature_over, cn_numeral_date
from dangan.synth.forms_rotation13 import _cell, _copied, _hand, _lined_text, _typeset, _wrapped
from dangan.synth.forms_rotation14 import _photo_or_copy
from dangan.synth.households import HUNAN_CAUSES, Household
from dangan.synth.layouts import layout
from dangan.synth.render import Cell, Document, L, Style, _free, _seal_on

WRAPPED = {"单位或学校", "疾病/残疾类别"}


# -- parts of these printings ---------------------------------------------------------------------------
def _ringed(f: Fill, options: Sequence[str], ticked: set[str], size: float = 2.8) -> Cell:
    """Options set bare, the chosen ones ringed by hand."""
    return choice(replace(f, tick="circle"), options, ticked, size)


def _member_value(f: Fill, m: dict[str, Any] | None, key: str | None) -> Cell:
    if m is None or key is None:
        return None
    if key == "身份证号":
        return one_line(f, m[key])
    if key in WRAPPED:
        return _wrapped(f, m, key)
    return value(f, m[key], key)


def _over(f: Fill, label: str, key: str, record: dict[str, Any], align: str = "center") -> Cell:
    """The label small in the cell's corner and the value written under it."""
    if key == "身份证号":
        return below(f, label, digit_boxes(f, record[key]))
    return below(f, label, value(f, record[key], key, align))


def _matrix(f: Fill, x0: float, y0: float, x1: float, options: Sequence[str], first: set[str], second: set[str],
            heads: tuple[str, str, str], row_h: float, halves: int = 2) -> float:
    """Options one a row with a 主要 and a 次要 column to tick, set in ``halves`` side-by-side blocks; returns
    the y under them."""
    p, st = f.p, f.st
    ink = st.color if st.hand else BLACK
    per = -(-len(options) // halves)
    bw = (x1 - x0) / halves
    bottom = y0
    for h in range(halves):
        bx = x0 + bw * h
        cols = [bx, bx + bw * 0.6, bx + bw * 0.8, bx + bw]
        y = y0
        for c in range(3):
            p.rect(cols[c], y, cols[c + 1], y + row_h, 0.25)
            p.fit(cols[c], y, cols[c + 1], y + row_h, heads[c], 2.6, st.label_font, pad=0.5)
        y += row_h
        for o in options[h * per:(h + 1) * per]:
            for c in range(3):
                p.rect(cols[c], y, cols[c + 1], y + row_h, 0.25)
            p.fit(cols[0] + 0.5, y, cols[1], y + row_h, o, 2.7, st.label_font, "left", pad=0.8)
            for c, chosen in ((1, first), (2, second)):
                if o in chosen:
                    p.text((cols[c] + cols[c + 1]) / 2, y + row_h / 2, "✓", row_h * 0.6, "sans", "mm", ink)
            y += row_h
        bottom = max(bottom, y)
    return bottom


def _written(f: Fill, options: Sequence[str], v: Any, key: str = "") -> Cell:
    """「（options）：answer」: the choices printed in brackets, the answer written after them."""
    ticked = ticked_of(v)
    answer = "、".join(o for o in options if o in ticked)

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        st = f.st
        hint = "（" + "/".join(options) + "）"
        size = min(2.4, (x1 - x0) * 0.45 / max(text_width(hint, 1.0, st.label_font), 0.1))
        f.p.text(x0 + 0.8, (y0 + y1) / 2, hint, size, st.label_font)
        at = x0 + 1.4 + text_width(hint, size, st.label_font)
        if answer:
            f.p.fit(at, y0, x1, y1, answer, 3.2, st.value_font, "left", st.color, pad=0.6, jitter=st.jitter())

    return draw


def _opinion_box(p: Page, st: Style, x0: float, y0: float, x1: float, y1: float, title: str, said: str | None,
                 signer: str | None, name: Any, day: str | None, stamp: str) -> None:
    """One opinion in a box of its own: the title over it, the words, signer, bracket and date at its foot."""
    p.rect(x0, y0, x1, y1, 0.35)
    p.rect(x0, y0, x1, y0 + 7, 0.35)
    p.fit(x0, y0, x1, y0 + 7, title, 3.0, st.label_font)
    if said:
        p.fit(x0 + 2, y0 + 9, x1 - 2, y0 + 18, said, 3.1, st.value_font, "left", _hand(st), pad=1)
    if signer:
        _rule_line(p, st, x0 + 3, y1 - 19, signer, name, min(26.0, x1 - x0 - 24), 2.8)
    p.text(x1 - 3, y1 - 12, stamp, 2.8, st.label_font, "rm")
    p.text(x1 - 3, y1 - 5, day or "年　　月　　日", 3.0 if day else 2.8, st.value_font if day else st.label_font,
           "rm", _hand(st) if day else BLACK)


# ---------------------------------------------------------------------------------------------------------
# 杭州/轮换17: every value under its label in one cell; the members each a block of three rows
HZ_MEMBER_BLOCK: list[list[tuple[str, str, float]]] = [
    [("姓名", "姓名", 1.0), ("称谓", "关系", 0.7), ("出生年月", "出生日期", 1.0), ("身体状况", "健康状况", 0.8)],
    [("公民身份号码", "身份证号", 2.2), ("从业状况", "人员身份", 0.7), ("月收入（元）", "月收入", 0.6)],
    [("工作单位（就读学校）", "单位或学校", 3.5)],
]
HZ_MARITAL = ("未婚", "已婚", "离异", "丧偶")
HZ_HUKOU = ("非农业", "农业")


@layout("建档申请表/杭州", "杭州/轮换17")
def form_hangzhou_labels_over(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    st = _typeset(st, rng, ("heimono", "bold"))
    p, f = new_page(st)
    dx = rng.uniform(-2.0, 2.0)
    left, right = 15.0 + dx, 195.0 + dx
    p.rect(right - 46, 9, right, 17, 0.3)
    p.fit(right - 46, 9, right - 28, 17, "档案编号", 2.6, st.label_font)
    p.line(right - 28, 9, right - 28, 17, 0.3)
    p.fit(left, 19, right, 28, HZ_TITLE, 5.4, "serifbold")
    p.text(left, 33, "所属工会：" + str(r["单位"] or ""), 3.0, st.label_font)
    p.text(right, 33, "申请日期：" + st.date(hh.created.isoformat()), 2.9, st.label_font, "rm")
    migrant = set() if r["是否农民工"] is None else {"农民工" if r["是否农民工"] else "职工"}

    def o(label: str, key: str, align: str = "center") -> Cell:
        return _over(f, label, key, r, align)

    g = RuledGrid(p, st, left, 37, right - left, 0.22)
    top = g.y
    h = 11.5
    for cells in (
        [(1.1, o("申请人姓名", "姓名")), (0.6, o("性别", "性别")), (0.7, o("民族", "民族")),
         (1.0, o("出生年月", "出生日期")), (1.0, o("政治面貌", "政治面貌"))],
        [(2.9, o("公民身份号码", "身份证号")), (1.5, o("联系电话", "手机号码"))],
        [(1.6, below(f, "职工类型", _ringed(f, ("职工", "农民工"), migrant))),
         (2.0, below(f, "婚姻状况", _ringed(f, HZ_MARITAL, ticked_of(r["婚姻状况"])))),
         (1.4, below(f, "户籍性质", _ringed(f, HZ_HUKOU, ticked_of(r["户口类型"]))))],
        [(1.8, o("户籍地", "户口所在地行政区划", "left")), (2.6, o("家庭现住址", "家庭住址", "left"))],
        [(1.0, o("健康情况", "健康状况")), (1.0, o("就业情况", "工作状态")), (1.4, o("医疗保险", "医保状况")),
         (1.0, o("劳模情况", "劳模类型"))],
        [(1.0, o("住房性质", "住房类型")), (0.9, o("住房面积（㎡）", "建筑面积")), (0.9, o("共同生活人口", "家庭人口")),
         (1.3, o("本人月均收入（元）", "本人月平均收入"))],
        [(1.5, o("家庭全年总收入（元）", "家庭年度总收入")), (1.6, o("其中非工资性收入（元）", "家庭其他非薪资年收入")),
         (1.4, o("全年刚性支出（元）", "年度必要支出"))],
        [(1.6, below(f, "是否零就业家庭", _written(f, ("是", "否"), r["是否为零就业家庭"]))),
         (1.6, below(f, "有无自救能力", _written(f, ("是", "否"), r["是否有一定自救能力"]))),
         (1.3, o("开户银行", "开户银行"))],
        [(1.6, o("开户网点", "支行名称")), (2.9, o("银行账号", "银行卡号"))],
    ):
        g.row(cells, h, 2.7)
    g.frame(top, 0.5)
    printed = [
        "单位", "姓名", "性别", "民族", "出生日期", "政治面貌", "身份证号", "手机号码", "是否农民工", "婚姻状况",
        "户口类型", "户口所在地行政区划", "家庭住址", "健康状况", "工作状态", "医保状况", "劳模类型", "住房类型",
        "建筑面积", "家庭人口", "本人月平均收入", "家庭年度总收入", "家庭其他非薪资年收入", "年度必要支出",
        "是否为零就业家庭", "是否有一定自救能力", "开户银行", "支行名称", "银行卡号",
    ]
    y = g.y + 7
    p.text(left, y, "致困原因（在相应栏内打“√”，主要原因限选一至二项）", 3.0, st.label_font)
    y = _matrix(f, left, y + 3, right, HZ_CAUSES, ticked_of(r["主要致困原因"]), ticked_of(r["次要致困原因"]),
                ("原　因", "主要", "次要"), 7.0)
    k = RuledGrid(p, st, left, y + 4, right - left, 0.22)
    k.row([(1.0, L("困难类别")), (5.0, _ringed(f, HZ_CATEGORIES, ticked_of(r["困难类别"]), 2.9))], 11, 2.8)
    k.frame(y + 4, 0.5)
    p.text(p.w / 2 + dx, 289, "— 1 —", 2.7, st.label_font, "mm")

    q = Page(p.w, p.h)
    fq = f.on(q)
    q.text(left, 15, "家庭成员（与申请人共同生活）", 3.3, st.label_font)
    slots = _slots(hh, rng)
    y = 19.0
    block_h = [8.5, 8.5, 7.5] if len(slots) > 4 else [9.5, 9.5, 8.5]
    for i, m in enumerate(slots):
        side = 9.0
        g = RuledGrid(q, st, left + side, y, right - left - side, 0.22)
        for rowdef, rh in zip(HZ_MEMBER_BLOCK, block_h, strict=True):
            g.row([(wt, below(fq, label, _member_value(fq, m, key))) for label, key, wt in rowdef], rh, 2.6)
        q.rect(left, y, left + side, g.y, 0.22)
        _put(_column_label(q, st, f"成员{'一二三四五六'[i]}", 2.8), left, y, left + side, g.y)
        q.rect(left, y, right, g.y, 0.5)
        y = g.y + 1.5
    members = _truth(hh.members, [key for row in HZ_MEMBER_BLOCK for _, key, _ in row])
    q.members = list(members)
    y += 4
    q.text(left, y, "家庭困难情况陈述", 3.2, st.label_font)
    box_h = 36.0 if len(slots) > 4 else 52.0
    q.rect(left, y + 3, right, y + 3 + box_h, 0.4)
    _lined_text(q, st, left, y + 3, right - 2, y + 3 + box_h, str(r["困难情况说明"] or ""), 7.0, 3.2)
    y += box_h + 9
    q.fit(left, y - 3, right, y + 3, "以上内容由本人如实填写，如有隐瞒或虚报，自愿退还所得帮扶资金并承担相应责任。", 2.9,
          st.label_font, "left", pad=0)
    _signature_over(q, st, left + 78, y + 9, "申请人签名", "：", r["姓名"], across=False)
    q.text(right - 3, y + 9, st.date(hh.created.isoformat()), 3.0, st.value_font, "rm", _hand(st))
    y += 15
    mid = (left + right) / 2
    day = hh.created + timedelta(days=rng.randrange(2, 9))
    bottom = min(y + 52, 282.0)
    _opinion_box(q, st, left, y, mid - 1, bottom, "基层工会审核意见", "经走访核实，同意建档。", "审核人：",
                 r["审核人"], cn_numeral_date(day), "（盖　章）")
    _rule_line(q, st, left + 3, bottom - 26, "走访人：", r["建档人"], 26, 2.8)
    if sealed:  # over the union's bracket on the left box
        _seal_on(q, st, mid - 20, bottom - 12, f"{hh.unit.name}工会委员会", "", 15)
    _opinion_box(q, st, mid + 1, y, right, bottom, "区、县（市）总工会意见", None, None, None, None, "（盖　章）")
    q.text(p.w / 2 + dx, 289, "— 2 —", 2.7, st.label_font, "mm")
    _copied((p, q), rng, 0.35)
    first = list(dict.fromkeys([*printed, "主要致困原因", "次要致困原因", "困难类别"]))
    second = [k for k in dict.fromkeys(HZ_ALWAYS) if k not in first]
    return _document(hh, [p, q], [first, second], members, sealed, 1, HZ_TITLE, "杭州/轮换17")


# ---------------------------------------------------------------------------------------------------------
# 河北/轮换17: a landscape sheet whose household table lists the applicant first, among the members
# (header, applicant's key, member's key, weight)
HB_PEOPLE_COLS: list[tuple[str, str | None, str | None, float]] = [
    ("与申请人关系", None, "关系", 0.75),
    ("姓　名", "姓名", "姓名", 0.8),
    ("性别", "性别", "性别", 0.4),
    ("出生日期", "出生日期", "出生日期", 0.95),
    ("身份证号码", "身份证号", "身份证号", 1.9),
    ("政治面貌", "政治面貌", "政治面貌", 0.7),
    ("健康状况", "健康状况", "健康状况", 0.7),
    ("就业状况", "工作状态", "人员身份", 0.75),
    ("月收入（元）", "本人月平均收入", "月收入", 0.7),
    ("工作单位或学校", "工作单位", "单位或学校", 1.8),
]


@layout("建档申请表/河北", "河北/轮换17")
def form_hebei_applicant_in_table(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    st = _typeset(st, rng, ("kai", "sans"))
    p, f = new_page(st, landscape=True)
    left, right = 14.0, p.w - 14.0
    p.text(p.w / 2, 14, HB_TITLE, 5.8, "bold", "mm")
    p.text(right, 14, "表1", 3.0, st.label_font, "rm")
    y = 24.0
    x = _rule_line(p, st, left, y, "推荐单位：", r["单位"], 78, 2.9)
    x = _rule_line(p, st, x, y, "职工编号：", r["职工编号"], 38, 2.9)
    _rule_line(p, st, x, y, "填报时间：", st.date(hh.created.isoformat()), 34, 2.9)
    y = 32.0
    x = _rule_line(p, st, left, y, "民族：", r["民族"], 16, 2.9)
    x = _rule_line(p, st, x, y, "婚姻：", r["婚姻状况"], 16, 2.9)
    x = _rule_line(p, st, x, y, "户口：", r["户口类型"], 18, 2.9)
    x = _rule_line(p, st, x, y, "户籍地：", r["户口所在地行政区划"], 60, 2.9)
    _rule_line(p, st, x, y, "联系电话：", r["手机号码"], 36, 2.9)
    y = 40.0
    x = _rule_line(p, st, left, y, "家庭住址：", r["家庭住址"], 96, 2.9)
    x = _rule_line(p, st, x, y, "邮编：", r["邮政编码"], 20, 2.9)
    _rule_line(p, st, x, y, "家庭人口：", r["家庭人口"], 12, 2.9)
    printed = ["单位", "职工编号", "民族", "婚姻状况", "户口类型", "户口所在地行政区划", "手机号码", "家庭住址",
               "邮政编码", "家庭人口"]

    slots = _slots(hh, rng)
    weights = [wt * rng.uniform(0.94, 1.06) for *_, wt in HB_PEOPLE_COLS]
    g = RuledGrid(p, st, left, 46, right - left, 0.25)
    g.row([(wt, shaded(f, head, 2.6)) for (head, *_), wt in zip(HB_PEOPLE_COLS, weights, strict=True)], 9.0)
    g.row([(wt, L("本人") if a is None else _cell(f, r, a) if a != "工作单位" else value(f, r[a], a, "left"))
           for (_, a, _, _), wt in zip(HB_PEOPLE_COLS, weights, strict=True)], 10.0, 2.8)
    for m in slots:
        g.row([(wt, _member_value(f, m, key)) for (_, _, key, _), wt in zip(HB_PEOPLE_COLS, weights, strict=True)],
              10.0, 2.6)
    p.rect(left, 46, right, g.y, 0.7)
    printed += [a for _, a, _, _ in HB_PEOPLE_COLS if a]
    members = _truth(hh.members, [key for _, _, key, _ in HB_PEOPLE_COLS])
    p.members = list(members)
    y = g.y + 5
    k = RuledGrid(p, st, left, y, right - left, 0.25)
    k.row([(0.9, L("单位性质")), (1.2, _cell(f, r, "单位性质")), (0.9, L("企业经营状况")), (1.2, _cell(f, r, "企业状况")),
           (0.9, L("所属行业")), (1.4, _cell(f, r, "所属行业")), (0.9, L("参加工作时间")), (1.1, _cell(f, r, "工作时间"))],
          9.0, 2.7)
    k.frame(y, 0.7)
    printed += ["单位性质", "企业状况", "所属行业", "工作时间"]
    p.text(left, 203, "说明：家庭成员指与申请人共同居住生活的配偶、子女及需申请人赡养的父母。", 2.5, st.label_font)

    q = Page(210.0, 297.0)
    fq = f.on(q)
    ql, qr = 18.0, 192.0
    q.text(ql, 16, "表2　收支及困难情况", 3.8, "bold")
    med, edu, other = hebei_split(hh)
    spent = r["年度必要支出"]
    mid = (ql + qr) / 2
    top = 22.0
    rows_in: list[tuple[str, Cell]] = [
        ("本人月收入", _cell(fq, r, "本人月平均收入")),
        ("家庭月人均收入", _cell(fq, r, "家庭月人均收入")),
        ("家庭年总收入", _cell(fq, r, "家庭年度总收入")),
        ("其中：非工资收入", _cell(fq, r, "家庭其他非薪资年收入")),
    ]
    rows_out: list[tuple[str, Cell]] = [
        ("医疗支出", value(fq, med if spent is not None else None)),
        ("子女教育支出", value(fq, edu if spent is not None else None)),
        ("其他必要支出", value(fq, other if spent is not None else None)),
        ("年必要支出合计", _cell(fq, r, "年度必要支出")),
    ]
    for side, (head, rows) in enumerate((("收　入（元）", rows_in), ("支　出（元）", rows_out))):
        x0 = ql + (mid - ql) * side
        g = RuledGrid(q, st, x0, top, mid - ql, 0.25)
        g.row([(1.0, shaded(fq, head, 2.9))], 8.0)
        for label, cell in rows:
            g.row([(1.1, L(label)), (1.0, cell)], 9.0, 2.8)
    y = top + 8 + 9 * 4
    q.rect(ql, top, qr, y, 0.7)
    later = ["家庭月人均收入", "家庭年度总收入", "家庭其他非薪资年收入", "年度必要支出", "主要致困原因", "困难类别",
             "困难情况说明"]
    y += 7
    legend = "　".join(f"{i + 1}.{c}" for i, c in enumerate(HB_CAUSES))
    q.fit(ql, y - 3, qr, y + 7, "致困原因代码：" + legend, 2.7, st.label_font, "left", pad=0)
    codes = [str(HB_CAUSES.index(c) + 1) for c in HB_CAUSES if c in ticked_of(r["主要致困原因"])]
    named = "、".join(c for c in HB_CAUSES if c in ticked_of(r["主要致困原因"]))
    k = RuledGrid(q, st, ql, y + 9, qr - ql, 0.25)
    k_top = k.y
    k.row([(1.0, L("主要致困原因（填代码）")),
           (2.0, _free(q, st, "、".join(codes) + (f"（{named}）" if named else ""), 3.2)),
           (0.8, L("困难级别")), (1.6, _ringed(fq, HB_CATEGORIES, ticked_of(r["困难类别"]), 3.0))], 12, 2.7)
    story = k.y
    k.row([(1.0, L("申请理由")), (4.4, None)], 62, 2.8)
    a = ql + (qr - ql) / 5.4
    _lined_text(q, st, a, story, qr - 3, story + 62, str(r["困难情况说明"] or ""), 7.5, 3.2)
    k.frame(k_top, 0.7)
    y = k.y + 8
    q.text(ql, y, "本人保证所填情况属实，同意工会对家庭收入等情况进行核查。", 3.0, st.label_font)
    _signature_over(q, st, qr - 70, y + 10, "申请人", "（签名）", r["姓名"])
    y += 18
    day = hh.created + timedelta(days=rng.randrange(3, 10))
    third = (qr - ql) / 3
    _opinion_box(q, st, ql, y, ql + third, y + 62, "单位工会意见", "属实，同意申报。", "经办：", r["建档人"],
                 st.date(day.isoformat()), "（公章）")
    _rule_line(q, st, ql + 3, y + 36, "负责人：", r["审核人"], 22, 2.8)
    if sealed:  # over the first box's bracket
        _seal_on(q, st, ql + third - 18, y + 48, f"{hh.unit.name}工会委员会", "", 15)
    _opinion_box(q, st, ql + third, y, ql + 2 * third, y + 62, "县（市、区）总工会意见", None, None, None, None, "（公章）")
    _opinion_box(q, st, ql + 2 * third, y, qr, y + 62, "市总工会意见", None, None, None, None, "（公章）")
    _photo_or_copy((p, q), rng, 0.2, 0.35)
    first = list(dict.fromkeys(printed))
    second = [k for k in dict.fromkeys([*later, *HB_ALWAYS, "审核人", "建档人"]) if k not in first]
    return _document(hh, [p, q], [first, second], members, sealed, 1, HB_TITLE, "河北/轮换17")


# ---------------------------------------------------------------------------------------------------------
# 湖南/轮换17: bands of headings over bands of values; members two lines each, on the second page
HN_BANDS: list[list[tuple[str, str, float]]] = [
    [("姓名", "姓名", 1.0), ("性别", "性别", 0.5), ("年龄", "年龄", 0.5), ("民族", "民族", 0.6),
     ("联系电话", "手机号码", 1.3)],
    [("身份证号", "身份证号", 2.2), ("就业状态", "工作状态", 0.9), ("家庭人口", "家庭人口", 0.7)],
    [("工作单位", "工作单位", 2.0), ("家庭住址", "家庭住址", 2.2)],
    [("本人月收入（元）", "本人月平均收入", 1.0), ("家庭年收入（元）", "家庭年度总收入", 1.0),
     ("家庭月人均收入（元）", "家庭月人均收入", 1.0)],
]
HN_MEMBER_LINES: list[list[tuple[str, str | None, float]]] = [
    [("姓名", "姓名", 1.0), ("关系", "关系", 0.7), ("出生年月", "出生日期", 1.0), ("健康状况", "健康状况", 0.8),
     ("就业或就学", "人员身份", 0.8), ("月收入", "月收入", 0.7)],
    [("身份证号码", "身份证号", 2.6), ("单位或学校", "单位或学校", 2.4)],
]


@layout("建档申请表/湖南", "湖南/轮换17")
def form_hunan_bands(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    st = _typeset(st, rng, ("kai", "serif"))
    p, f = new_page(st)
    record = _dibao_worded(r)
    left, right = 20.0, 190.0
    dy = rng.uniform(0.0, 3.0)
    p.text(p.w / 2, 18 + dy, HN_TITLE, 5.6, "hei", "mm")
    p.line(p.w / 2 - 52, 22.5 + dy, p.w / 2 + 52, 22.5 + dy, 0.5)
    p.text(p.w / 2, 28 + dy, "（申请人填写）", 2.8, st.label_font, "mm")
    _rule_line(p, st, left, 36 + dy, "申报工会：", r["单位"], 80, 2.9)
    if sealed:  # the union stamps its name on the first sheet
        _seal_on(p, st, left + 60, 34 + dy, f"{hh.unit.name}工会委员会", "", 15)
    printed = ["单位"]
    y = 41 + dy
    top = y
    for band in HN_BANDS:
        g = RuledGrid(p, st, left, y, right - left, 0.3)
        g.row([(wt, shaded(f, label, 2.7)) for label, _, wt in band], 7.0)
        g.row([(wt, _cell(f, record, key) if key not in ("家庭住址", "工作单位")
                else value(f, record[key], key, "left")) for _, key, wt in band], 10.0)
        printed += [key for _, key, _ in band]
        y = g.y
    g = RuledGrid(p, st, left, y, right - left, 0.3)
    g.row([(1.0, shaded(f, "是否享受低保", 2.7)), (3.2, None)], 10.0)
    _put(_written(f, DIBAO, record["有无低保"]), left + (right - left) / 4.2 + 2, y, right, y + 10)
    printed.append("有无低保")
    g.row([(1.0, shaded(f, "致困原因（圈选）", 2.7)),
           (3.2, _ringed(f, HUNAN_CAUSES, ticked_of(record["主要致困原因"]), 3.0))], 11.0)
    printed.append("主要致困原因")
    g.row([(1.0, shaded(f, "建档级别", 2.7)),
           (3.2, _ringed(f, HN_CATEGORIES, ticked_of(record["困难类别"]), 3.0))], 11.0)
    printed.append("困难类别")
    p.rect(left, top, right, g.y, 0.8)
    y = g.y + 6
    p.text(left, y, "家庭困难情况：", 3.1, st.label_font)
    p.rect(left, y + 3, right, y + 70, 0.4)
    _lined_text(p, st, left, y + 3, right - 2, y + 70, str(r["困难情况说明"] or ""), 8.0, 3.3)
    y += 78
    p.fit(left, y - 3, right, y + 3, "申请人承诺：所填情况真实，如有虚假，取消建档资格并退回帮扶款物。", 2.9,
          st.label_font, "left", pad=0)
    _signature_over(p, st, right - 60, y + 10, "申请人签字", "：", r["姓名"], across=False)
    p.text(p.w / 2, 288, "第一页", 2.6, st.label_font, "mm")

    q = Page(p.w, p.h)
    fq = f.on(q)
    q.fit(left, 12, right, 20, "家庭成员基本情况", 3.6, "hei")
    slots = _slots(hh, rng)
    y = 22.0
    g = RuledGrid(q, st, left, y, right - left, 0.3)
    num_w = 8.0
    for line_def in HN_MEMBER_LINES:
        g2 = RuledGrid(q, st, left + num_w, g.y, right - left - num_w, 0.3)
        g2.row([(wt, shaded(fq, label, 2.5)) for label, _, wt in line_def], 6.5)
        g.y = g2.y
    q.rect(left, y, left + num_w, g.y, 0.3)
    q.fit(left, y, left + num_w, g.y, "序", 2.6, st.label_font)
    for i, m in enumerate(slots):
        y0 = g.y
        for line_def in HN_MEMBER_LINES:
            g2 = RuledGrid(q, st, left + num_w, g.y, right - left - num_w, 0.3)
            g2.row([(wt, _member_value(fq, m, key)) for _, key, wt in line_def], 9.0)
            g.y = g2.y
        q.rect(left, y0, left + num_w, g.y, 0.3)
        q.fit(left, y0, left + num_w, g.y, str(i + 1), 2.8, st.label_font)
        q.line(left, g.y, right, g.y, 0.6)
    q.rect(left, y, right, g.y, 0.8)
    members = _truth(hh.members, [key for line_def in HN_MEMBER_LINES for _, key, _ in line_def])
    q.members = list(members)
    y = g.y + 8
    _rule_line(q, st, left, y, "入户调查人：", r["建档人"], 30, 2.9)
    q.text(right, y, "调查日期：" + st.date((hh.created + timedelta(days=1)).isoformat()), 2.9, st.label_font, "rm")
    y += 7
    day = hh.created + timedelta(days=rng.randrange(2, 8))
    left_box = (left + right) / 2
    _opinion_box(q, st, left, y, left_box - 1, y + 56, "单位工会意见", "情况属实，同意建档。", "审核人：",
                 r["审核人"], cn_numeral_date(day), "（盖章）")
    _opinion_box(q, st, left_box + 1, y, right, y + 56, "县（市、区）总工会意见", None, None, None, None, "（盖章）")
    y += 60
    _opinion_box(q, st, left, y, right, min(y + 44, 282.0), "市州总工会审批意见", None, None, None, None, "（盖章）")
    q.text(p.w / 2, 288, "第二页", 2.6, st.label_font, "mm")
    _copied((p, q), rng, 0.3)
    first = list(dict.fromkeys([*printed, "困难情况说明"]))
    second = [k for k in dict.fromkeys(HN_ALWAYS) if k not in first]
    return _document(hh, [p, q], [first, second], members, sealed, 0, HN_TITLE, "湖南/轮换17")


# ---------------------------------------------------------------------------------------------------------
# 全国/轮换17: 「label：value」 in each cell under banded section titles; the causes as a tick matrix
NATIONAL_TITLE = "困难职工档案登记表"
YN_KEYS = {"是否单亲", "是否为零就业家庭", "是否有一定自救能力"}
# (section title, rows of (label, key, weight))
NATIONAL_BANDS: list[tuple[str, list[list[tuple[str, str, float]]]]] = [
    ("一、职工本人情况", [
        [("姓名", "姓名", 1.0), ("性别", "性别", 0.7), ("年龄", "年龄", 0.7), ("民族", "民族", 0.8)],
        [("身份证", "身份证号", 2.0), ("出生", "出生日期", 1.0), ("婚否", "婚姻状况", 0.8)],
        [("政治面貌", "政治面貌", 1.1), ("健康", "健康状况", 0.9), ("劳模", "劳模类型", 1.0), ("单亲", "是否单亲", 0.9)],
        [("疾病或残疾情况", "疾病/残疾类别", 2.0), ("户口", "户口类型", 1.0)],
        [("户口所在地", "户口所在地行政区划", 2.0), ("邮政编码", "邮政编码", 1.0)],
        [("现居住地址", "家庭住址", 3.0)],
        [("住房", "住房类型", 1.0), ("面积（㎡）", "建筑面积", 0.9), ("移动电话", "手机号码", 1.3)],
        [("其他联系方式", "其他联系方式", 1.6), ("类别", "是否农民工", 1.4)],
    ]),
    ("二、就业情况", [
        [("单位名称", "工作单位", 2.0), ("单位类型", "单位性质", 1.0)],
        [("企业现状", "企业状况", 1.0), ("行业", "所属行业", 1.0), ("就业状态", "工作状态", 1.0)],
        [("参加工作", "工作时间", 1.0), ("合同签订", "劳动合同签订时间", 1.0), ("合同期限", "合同期限", 1.0)],
        [("参保情况", "医保状况", 1.7), ("职工编号", "职工编号", 1.3)],
    ]),
    ("三、家庭收支", [
        [("家庭人数", "家庭人口", 0.8), ("本人月收入", "本人月平均收入", 1.1), ("人均月收入", "家庭月人均收入", 1.1)],
        [("家庭年总收入", "家庭年度总收入", 1.0), ("非薪资年收入", "家庭其他非薪资年收入", 1.0),
         ("年必要支出", "年度必要支出", 1.0)],
        [("零就业", "是否为零就业家庭", 1.0), ("具备自救能力", "是否有一定自救能力", 1.1), ("困难程度", "困难类别", 1.0)],
        [("开户银行", "开户银行", 1.0), ("网点", "支行名称", 1.0), ("账号", "银行卡号", 1.4)],
    ]),
    ("四、档案信息", [
        [("档案类别", "档案类型", 1.0), ("建档标准", "建档标准", 1.0), ("解困脱困", "解困脱困对象", 1.0)],
    ]),
]
NATIONAL_MEMBER_COLS: list[tuple[str, str, float]] = [
    ("姓名", "姓名", 0.8), ("与本人关系", "关系", 0.45), ("性别", "性别", 0.35), ("出生日期", "出生日期", 1.25),
    ("身份证号", "身份证号", 1.9), ("健康状况", "健康状况", 0.45), ("就业就学", "人员身份", 0.5),
    ("月收入", "月收入", 0.6), ("单位学校", "单位或学校", 1.4),
]


@layout("建档申请表/全国", "全国/轮换17")
def form_national_inline_bands(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    st = _typeset(st, rng, ("serif", "heimono"))
    p, f = new_page(st)
    left, right = 16.0, 194.0
    p.text(p.w / 2, 15, NATIONAL_TITLE, 5.6, "serifbold", "mm")
    p.text(left, 24, "填报单位：" + str(r["单位"] or ""), 2.9, st.label_font)
    p.text(right, 24, "登记日期：" + st.date(hh.created.isoformat()), 2.9, st.label_font, "rm")
    printed = ["单位"]
    y = 28.0
    top = y
    for title, rows in NATIONAL_BANDS:
        g = RuledGrid(p, st, left, y, right - left, 0.25)
        g.row([(1.0, shaded(f, title, 2.9))], 6.5)
        for pairs in rows:
            cells: list[tuple[float, Cell]] = []
            for label, key, wt in pairs:
                v = r[key]
                content: Cell
                if key == "是否农民工":
                    content = _ringed(f, ("困难职工", "困难农民工"),
                                      set() if v is None else {"困难农民工" if v else "困难职工"}, 2.6)
                elif key in YN_KEYS or key == "解困脱困对象":
                    content = _written(f, ("是", "否"), v)
                elif key in ("家庭住址", "工作单位", "户口所在地行政区划", "疾病/残疾类别"):
                    content = value(f, v, key, "left")
                else:
                    content = _cell(f, r, key)
                cells.append((wt, inline(f, label, content)))
                printed.append(key)
            g.row(cells, 8.3, 2.6)
        y = g.y
    y += 3
    p.text(left, y + 2, "五、致困原因（主要、次要原因各在对应栏内打“√”）", 2.9, st.label_font)
    y = _matrix(f, left, y + 5, right, CAUSES_BY_CODE, ticked_of(r["主要致困原因"]), ticked_of(r["次要致困原因"]),
                ("原因", "主要", "次要"), 6.3)
    printed += ["主要致困原因", "次要致困原因"]
    p.rect(left - 1.2, top - 1.2, right + 1.2, y + 1.2, 0.6)
    p.text(right, 290, "共2页　第1页", 2.6, st.label_font, "rm")

    s = Page(p.w, p.h)
    fs = f.on(s)
    s.text(left, 15, "六、共同生活家庭成员", 3.4, st.label_font)
    slots = _slots(hh, rng)
    weights = [wt * rng.uniform(0.93, 1.07) for *_, wt in NATIONAL_MEMBER_COLS]
    unit = (right - left) / sum(weights)
    xs = [left]
    for wt in weights:
        xs.append(xs[-1] + wt * unit)
    head_h = 20.0
    y = 19.0
    for i, (label, _, _) in enumerate(NATIONAL_MEMBER_COLS):
        s.rect(xs[i], y, xs[i + 1], y + head_h, 0.25)
        if xs[i + 1] - xs[i] < 14:  # a narrow column's heading set one character under another
            _put(_column_label(s, st, label, 2.6), xs[i], y, xs[i + 1], y + head_h)
        else:
            s.fit(xs[i], y, xs[i + 1], y + head_h, label, 2.7, st.label_font)
    y += head_h
    row_h = 10.5
    for m in slots:
        for i, (_, key, _) in enumerate(NATIONAL_MEMBER_COLS):
            s.rect(xs[i], y, xs[i + 1], y + row_h, 0.25)
            _put(_member_value(fs, m, key), xs[i] + 0.5, y, xs[i + 1] - 0.5, y + row_h)
        y += row_h
    s.rect(left, 19, right, y, 0.7)
    members = _truth(hh.members, [key for _, key, _ in NATIONAL_MEMBER_COLS])
    s.members = list(members)
    y += 8
    s.text(left, y, "七、帮扶记录", 3.4, st.label_font)
    k = RuledGrid(s, st, left, y + 4, right - left, 0.25)
    k_top = k.y
    k.row([(1.0, inline(fs, "立卡日期", _cell(fs, r, "立卡时间"))),
           (1.3, inline(fs, "结对帮扶单位", _cell(fs, r, "帮扶单位"))),
           (1.0, inline(fs, "帮扶责任人", _cell(fs, r, "帮扶联系人")))], 10.0)
    for label, key in (("所属重点群体", "五类重点群体"), ("“四个一批”帮扶", "四个一批措施"),
                       ("“七个行动计划”", "七个行动计划"), ("其他需说明事项", "备注")):
        k.row([(1.0, below(fs, label, value(fs, r[key], key, "left")))], 12.0)
    k.frame(k_top, 0.7)
    later = ["立卡时间", "帮扶单位", "帮扶联系人", "五类重点群体", "四个一批措施", "七个行动计划", "备注"]
    y = k.y + 10
    third = (right - left) / 3
    _rule_line(s, st, left, y, "录入员：", r["录入人"], 28)
    _rule_line(s, st, left + third, y, "建档人：", r["建档人"], 28)
    _rule_line(s, st, left + 2 * third, y, "审核人：", r["审核人"], 28)
    y += 12
    _signature_over(s, st, left, y, "职工签名（手印）", "：", r["姓名"], across=False)
    if sealed:  # the unit's seal at the foot of the sheet, over its name
        _seal_on(s, st, right - 32, y + 16, f"{hh.unit.name}工会委员会", "", 16)
    s.text(right - 4, y + 14, "建档单位（盖章）", 3.0, st.label_font, "rm")
    s.text(right - 4, y + 22, cn_numeral_date(hh.created), 3.0, st.label_font, "rm")
    later += ["录入人", "建档人", "审核人"]
    s.text(right, 290, "共2页　第2页", 2.6, st.label_font, "rm")
    _copied((p, s), rng, 0.4)
    first = list(dict.fromkeys(printed))
    return _document(
        hh, [p, s], [first, list(dict.fromkeys(later))], members, sealed, 1, NATIONAL_TITLE, "全国/轮换17"
    )
