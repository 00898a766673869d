"""Printings of the four application forms added with rotation 5 (2026-12-06), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from the seeds and REAL-DOCUMENTS.md with the parts of ``forms_draw``; labels as the seeds word them
(and the synonyms the seeds themselves print).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any, Literal, TypeVar

from dangan.schemas.vocab import NationalCause

# forms registers each kind's first printing and the printings of rotations 1 to 4 before these
from dangan.synth import forms  # noqa: F401
from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.forms_draw import (
    F,
    Fill,
    MCol,
    digit_boxes,
    field_rows,
    hebei_split,
    member_table,
    new_page,
    printed_text,
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
from dangan.synth.forms_rotation4 import Fn, _put
from dangan.synth.households import ACTION_PLANS, FOUR_BATCHES, HUNAN_CAUSES, KEY_GROUPS, Household
from dangan.synth.layouts import layout
from dangan.synth.render import Cell, Document, Grid, L, Style, _free, _seal_on, _title

Way = Literal["bracket", "strike", "above"]
Arr = Literal["pair", "stacked"]
_T = TypeVar("_T")
SPACE = "\u3000"


# -- parts of these printings ---------------------------------------------------------------------------
def _strike(f: Fill, x0: float, x1: float, y: float) -> None:
    """A pen stroke through an option that does not apply (「不符合的划去」)."""
    st, rng = f.st, f.st.rng
    ink = st.color if st.hand else BLACK
    if st.hand:
        f.p.poly([(x0 - 0.5 + (x1 - x0 + 1) * k / 4, y + rng.uniform(-0.3, 0.3)) for k in range(5)], 0.35, ink)
    else:
        f.p.line(x0 - 0.4, y, x1 + 0.4, y, 0.3, ink)


def opts(f: Fill, options: Sequence[str], ticked: set[str], way: Way, size: float = 2.9,
         per_line: int = 0) -> Fn:
    """Options across the cell (``per_line`` a line, or wrapped to the cell's width), the chosen ones marked:
    √ in 「【　】」 before them, the others struck through, or √ written above them."""

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        p, st = f.p, f.st
        font = st.label_font
        ink = st.color if st.hand else BLACK
        texts = [("【" + SPACE + "】" if way == "bracket" else "") + o for o in options]
        sep = "／" if way == "strike" else ""
        widths = [text_width(t, size, font) for t in texts]
        step = [w + (text_width(sep, size, font) + 1.2 if sep else size * 1.2) for w in widths]
        lines: list[list[int]] = [[]]
        used = 0.0
        for i, w in enumerate(step):
            full = len(lines[-1]) >= per_line if per_line else used + w > x1 - x0 - 2
            if lines[-1] and full:
                lines.append([])
                used = 0.0
            lines[-1].append(i)
            used += w
        lead = size * 2.4 if way == "above" else size * 1.5
        gap = min(lead, (y1 - y0 - 1) / len(lines))
        y = (y0 + y1) / 2 - (len(lines) - 1) * gap / 2 + (size * 0.5 if way == "above" else 0)
        col_w = max(step) if per_line else 0.0
        for line in lines:
            x = x0 + 1.4
            for j, i in enumerate(line):
                on = options[i] in ticked
                p.text(x, y, texts[i], size, font)
                if way == "bracket" and on:
                    cx = x + text_width("【", size, font) + text_width(SPACE, size, font) / 2
                    p.text(cx, y, "√", size * 1.1, "sans", "mm", ink)
                elif way == "above" and on:
                    p.text(x + widths[i] / 2 + 0.8, y - size * 1.3, "√", size, "sans", "mm", ink)
                elif way == "strike" and ticked and not on:
                    _strike(f, x, x + widths[i], y)
                if sep and j < len(line) - 1:
                    p.text(x + widths[i] + 0.5, y, sep, size, font)
                x += col_w or step[i]
            y += gap

    return draw


def one_line(f: Fill, v: Any) -> Fn:
    """A number written small enough to stay on one line of a narrow cell (an ID number is never broken)."""
    text = str(v or "")

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        st = f.st
        size = min(3.4 if st.hand else 3.0, (x1 - x0 - 1.6) / max(text_width(text, 1.0, st.value_font), 0.1))
        f.p.text((x0 + x1) / 2, (y0 + y1) / 2, text, size, st.value_font, "mm", st.color)

    return draw


def _cell(f: Fill, x: F, record: dict[str, Any], way: Way) -> Cell:
    v = record.get(x.key) if x.key else None
    if x.options:
        return opts(f, x.options, ticked_of(v), way, 2.8)
    if x.boxes:
        return digit_boxes(f, v)
    return value(f, v, x.key or "")


def rows_of(g: Grid, f: Fill, record: dict[str, Any], rows: Sequence[Sequence[F]], way: Way, arr: Arr, h: float,
            label_h: float = 7.0, label_size: float = 2.8) -> list[str]:
    """Fields as label | value pairs or as a row of labels over a row of values, options marked ``way``;
    returns the record keys printed."""
    return field_rows(g, f, record, rows, arr, h, label_h, label_size,
                      cell=lambda f, x, record: _cell(f, x, record, way))


def vertical(g: Grid, title: str, lead_mm: float, rows: Callable[[], _T], size: float = 3.2) -> _T:
    """Rows drawn right of a section title set vertically, one character under the other, in a cell merged
    down their left side (Word's vertical text direction)."""
    top, x, w = g.y, g.x, g.w
    g.x, g.w = x + lead_mm, w - lead_mm
    out = rows()
    g.x, g.w = x, w
    g.page.rect(x, top, x + lead_mm, g.y, 0.3)
    n = len(title)
    step = min(size * 1.5, (g.y - top - 2) / n)
    y = (top + g.y) / 2 - (n - 1) * step / 2
    for ch in title:
        g.page.text(x + lead_mm / 2, y, ch, min(size, step * 0.85), g.st.label_font, "mm")
        y += step
    return out


def headed(f: Fill, label: str, inner: Cell, size: float = 2.8) -> Cell:
    """A cell with its label printed along its top and the content in the rest."""

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        f.p.text(x0 + 1.5, y0 + size * 0.9, label, size, f.st.label_font)
        if callable(inner):
            inner(x0, y0 + size * 1.7, x1, y1)

    return draw


def blank_line(p: Page, st: Style, x: float, y: float, label: str, v: Any, width: float, size: float = 3.1,
               hand: bool = True) -> float:
    """「label：____」 on the page, the value written on the line; returns the x after it."""
    p.text(x, y, label, size, st.label_font)
    x0 = x + text_width(label, size, st.label_font) + 0.5
    p.line(x0, y + 2.4, x0 + width, y + 2.4, 0.2)
    if v not in (None, ""):
        if hand:
            p.text(x0 + 2, y - 0.3, str(v), 4.0, "kai", color=st.color if st.hand else INK_BLUE)
        else:
            p.fit(x0, y - 4, x0 + width, y + 2.2, st.value(v), 3.2, st.value_font, "left", st.color,
                  jitter=st.jitter())
    return x0 + width + 4


def _sign(p: Page, st: Style, label: str, name: Any, x: float, y: float) -> None:
    p.text(x, y, label, 3.0, st.label_font)
    p.text(x + text_width(label, 3.0, st.label_font) + 2, y, str(name or ""), 4.2, "kai", color=INK_BLUE)


# ---------------------------------------------------------------------------------------------------------
@layout("建档申请表/杭州", "杭州/轮换5")
def form_hangzhou_two_lists(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    _title(p, st, HZ_TITLE, 13, 5.6)
    migrant = set() if r["是否农民工"] is None else {"农民工" if r["是否农民工"] else "职工"}
    p.text(78, 21, "（", 3.1, st.label_font)
    opts(f, ("职工", "农民工"), migrant, "bracket", 3.1)(80, 17, 128, 25)
    p.text(124, 21, "）", 3.1, st.label_font)
    g = Grid(p, st, 12, 26, 186)
    g.row([(2.6, L("困难职工单位工会（填写盖章）")), (4.6, value(f, r["单位"], align="left"))], 8, 2.8)
    g.row([(2.6, L("区、县（市）、开发区工会、产业工会（填写盖章）")), (4.6, None)], 8, 2.6)
    if sealed:
        _seal_on(p, st, 168, 35, f"{hh.unit.name}工会委员会", "", 15)
    printed = rows_of(g, f, r, [[F("*身份证号", "身份证号", 5.6, boxes=True, lw=1.6)]], "bracket", "pair", 10)
    left = [F("*姓名", "姓名"), F("*性别", "性别"), F("*民族", "民族"), F("*政治面貌", "政治面貌"),
            F("*婚姻状况", "婚姻状况", options=("未婚", "已婚", "离异", "丧偶")), F("*健康状况", "健康状况"),
            F("*户口类型", "户口类型", options=("非农业", "农业")), F("*户口所在地", "户口所在地行政区划"),
            F("*住房类型", "住房类型"), F("*医保状况", "医保状况"),
            F("是否有一定自救能力", "是否有一定自救能力", options=YES_NO)]
    right = [F("*工作状态", "工作状态"), F("*劳模类型", "劳模类型"), F("*参加工作时间", "工作时间"),
             F("*劳动合同签订时间", "劳动合同签订时间"), F("*合同期限", "合同期限"), F("*联系电话", "手机号码"),
             F("*本人月收入", "本人月平均收入"), F("*家庭其他年收入", "家庭其他非薪资年收入"),
             F("*因困总支出", "年度必要支出"), F("是否为零就业家庭", "是否为零就业家庭", options=YES_NO),
             F("*开户银行", "开户银行")]
    top = g.y
    for side, x0 in ((left, 12.0), (right, 105.0)):
        col = Grid(p, st, x0, top, 93)
        printed += rows_of(col, f, r, [[_listed(x)] for x in side], "bracket", "pair", 7.4, label_size=2.6)
        g.y = col.y
    printed += rows_of(g, f, r, [[F("*支行名称", "支行名称", 1.6, lw=1.0), F("*银行卡号", "银行卡号", 2.4, lw=1.0)],
                                 [F("*家庭住址", "家庭住址", 5.6, lw=1.6)]], "bracket", "pair", 8, label_size=2.7)
    g.row([(1.0, L("家庭成员情况（与申请人共同生活的家庭成员）"))], 7, 2.9)
    cols = [MCol("姓名", "姓名", 1.0), MCol("性别", "性别", 0.5), MCol("与申请人关系", "关系", 0.9),
            MCol("政治面貌", "政治面貌", 0.9), MCol("月收入（元）", "月收入", 0.8), MCol("身份证号", "身份证号", 3.2)]
    n_rows = max(len(hh.members), rng.randint(1, 6))
    members = member_table(g, f, hh.members, cols, n_rows, header_h=7, row_h=7.2 if n_rows > 4 else 8,
                           id_boxes=True, header_size=2.6, numbered=True)
    main, second = ticked_of(r["主要致困原因"]), ticked_of(r["次要致困原因"])
    g.row([(0.5, L("致困原因")), (3.0, headed(f, "*主要致困原因（单选）", opts(f, HZ_CAUSES, main, "bracket", 2.6, 2))),
           (3.0, headed(f, "次要致困原因（最少0项，最多3项）", opts(f, HZ_CAUSES, second, "bracket", 2.6, 2)))], 27)
    g.row([(1.2, L("困难情况说明")), (6.0, _free(p, st, str(r["困难情况说明"] or ""), 3.0))],
          max(12.0, min(22.0, 268 - g.y)))

    def category(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 4, "困难类别（由杭州市总工会职工服务中心认定）", 2.8, st.label_font)
        opts(f, HZ_CATEGORIES, ticked_of(r["困难类别"]), "bracket", 2.8)(x0, y0 + 6, x1, y1)

    def signature(x0: float, y0: float, x1: float, y1: float) -> None:
        _sign(p, st, "申请职工签名：", r["姓名"], x0 + 2, (y0 + y1) / 2)

    g.row([(2.4, signature), (4.8, category)], 13)
    y = min(g.y + 7, 286)
    x = blank_line(p, st, 14, y, "经办人：", r["建档人"], 30)
    x = blank_line(p, st, x + 6, y, "审核人：", r["审核人"], 30)
    blank_line(p, st, x + 6, y, "审批人：", None, 30)
    p.members = list(members)
    keys = list(dict.fromkeys([*HZ_ALWAYS, *printed]))
    return _document(hh, [p], [keys], members, sealed, 0, HZ_TITLE, "杭州/轮换5")


def _listed(x: F) -> F:
    """A field of a one-field-a-row list: label and value weights of that list."""
    return F(x.label, x.key, 1.9, x.options, x.boxes, 1.25, x.truth)


# ---------------------------------------------------------------------------------------------------------
@layout("建档申请表/河北", "河北/轮换5")
def form_hebei_struck(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    p.text(14, 10, "附件2", 3.1, st.label_font)
    _title(p, st, HB_TITLE, 18, 6.2)
    p.text(14, 27, "申请困难类别：", 3.1, st.label_font)
    opts(f, HB_CATEGORIES, ticked_of(r["困难类别"]), "strike", 3.1)(36, 23, 80, 31)
    p.text(96, 27, "（以下内容为申请人填写，不符合的选项请划去）", 2.8, st.label_font)
    g = Grid(p, st, 12, 32, 186)
    record = {**r, "职工身份": _identity(r) if r["工作状态"] is not None else None}
    rows = [
        [F("姓  名", "姓名", 1.2), F("性  别", "性别", 0.6), F("民  族", "民族", 0.8), F("政治面貌", "政治面貌", 1.0),
         F("家庭人口", "家庭人口", 0.6)],
        [F("公民身份号码", "身份证号", 2.3), F("联系电话", "手机号码", 1.3), F("婚姻情况", "婚姻状况", 2.0, MARITAL)],
        [F("户籍地址", "户口所在地行政区划", 2.6), F("现居住地", "家庭住址", 3.0)],
        [F("工作单位", "工作单位", 2.6), F("职工身份", "职工身份", 1.6, IDENTITY, truth=False),
         F("本人月平均收入（元）", "本人月平均收入", 1.2)],
        [F("家庭非薪资收入（元）", "家庭其他非薪资年收入", 1.0), F("家庭年度必要性支出（元）", "年度必要支出", 1.0),
         F("备注", None, 2.2)],
    ]
    printed = vertical(g, "申请人情况", 9, lambda: rows_of(g, f, record, rows, "strike", "stacked", 9.5, 6.5, 2.7))
    g.y += 3
    cols = [MCol("姓 名", "姓名", 1.0), MCol("性别", "性别", 0.45), MCol("与申请人关系", "关系", 0.8),
            MCol("月收入（元）", "月收入", 0.8), MCol("公民身份号码", "身份证号", 2.3), MCol("健康状况", "健康状况", 0.8),
            MCol("身份（在职/失业/退休/在读）", "人员身份", 1.0), MCol("单位或学校名称", "单位或学校", 1.3)]
    n_rows = max(len(hh.members), rng.randint(1, 6))
    members = vertical(g, "家庭成员", 9, lambda: member_table(g, f, hh.members, cols, n_rows, header_h=10,
                                                            row_h=10.5, header_size=2.6, numbered=True))
    g.y += 3
    own = r["住房类型"] if r["住房类型"] in ("商品房", "自建房") else None

    def estate_rows() -> None:
        g.row([(1.4, L("类  别")), (0.8, L("有／无")), (0.8, L("套数")), (1.3, L("建筑面积（平方米）"))], 6.5, 2.7)
        for kind in ("商品房", "自建房", "拆迁安置房", "商铺"):
            mine = own == kind
            g.row([(1.4, L(kind)), (0.8, value(f, "有" if mine else "无")), (0.8, value(f, 1 if mine else None)),
                   (1.3, value(f, r["建筑面积"] if mine else None))], 6.5, 2.7)
        g.row([(1.4, L("机动车辆")), (0.8, value(f, "无")), (0.8, None), (1.3, None)], 6.5, 2.7)

    vertical(g, "家庭财产", 9, estate_rows)
    _page_no(p, st, 1, 2)

    q = Page(p.w, p.h)
    fq = f.on(q)
    h = Grid(q, st, 12, 16, 186)
    legend = "  ".join(f"{'①②③④⑤⑥⑦⑧⑨⑩'[i]}{c}" for i, c in enumerate(HB_CAUSES))

    def main_cause(x0: float, y0: float, x1: float, y1: float) -> None:
        blank_line(q, st, x0 + 2, y0 + 6, "主要致困原因：", r["主要致困原因"], 60, hand=st.hand)
        q.fit(x0, y0 + 10, x1, y1, "（从下列原因中选填一项）" + legend, 2.6, st.label_font, "left", pad=2)

    h.row([(1.0, main_cause)], 22)
    h.row([(1.0, printed_text(fq, "家庭困难原因及状况（直接叙述）：", 3.0))], 7)
    h.row([(1.0, _free(q, st, str(r["困难情况说明"] or ""), 3.2))], 34)
    med, edu, other = hebei_split(hh)
    known = r["年度必要支出"] is not None

    h.x, h.w = 12, 110
    h.row([(2.0, L("家庭年度必要性支出")), (2.0, L("金额（元）"))], 7.5)
    for label, v in (("医疗费用", med), ("教育费用", edu), ("其他生活致困必要支出", other)):
        h.row([(2.0, L(label)), (2.0, value(fq, v if known else None))], 7.5)
    h.row([(2.0, L("合  计")), (2.0, value(fq, r["年度必要支出"]))], 7.5)
    h.x, h.w = 12, 186
    y = h.y + 8
    lines = ["本人声明：1.本人已阅读填表说明，不存在填表说明第1项的情况。", "2.本人愿意配合工作人员的各项调查工作。",
             "3.以上所填内容真实，如有虚假，愿承担相应责任。"]
    for i, ln in enumerate(lines):
        q.text(14, y + i * 5.5, ln, 2.9, st.label_font)
    y += 22
    _sign(q, st, "申请人（签字）：", r["姓名"], 110, y)
    q.text(160, y + 7, st.date(hh.created.isoformat()), 3.1, st.value_font, color=st.color)
    y += 16
    q.text(14, y, "公示结果：", 3.1, st.label_font)
    opts(fq, ("无异议", "有异议"), {"无异议"}, "strike", 3.1)(31, y - 4, 80, y + 4)
    q.text(14, y + 10, "基层工会意见：", 3.1, st.label_font)
    q.text(38, y + 10, "情况属实，同意上报。", 3.3, st.value_font, color=st.color)
    q.text(140, y + 22, "（盖章）", 3.0, st.label_font)
    q.text(136, y + 29, "年    月    日", 2.9, st.label_font)
    if sealed:
        _seal_on(q, st, 148, y + 18, f"{hh.unit.name}工会委员会", "", 17)
    _page_no(q, st, 2, 2)
    p.members = list(members)
    first = list(dict.fromkeys(["困难类别", *printed]))
    second = [k for k in HB_ALWAYS if k not in first]
    return _document(hh, [p, q], [first, second], members, sealed, 1, HB_TITLE, "河北/轮换5")


def _page_no(p: Page, st: Style, n: int, of: int) -> None:
    p.text(p.w / 2, p.h - 8, f"第 {n} 页  共 {of} 页", 2.7, st.label_font, "mm")


# ---------------------------------------------------------------------------------------------------------
@layout("建档申请表/湖南", "湖南/轮换5")
def form_hunan_quadrants(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    p.text(14, 10, "附件1", 3.1, st.label_font)
    _title(p, st, HN_TITLE, 18, 6.0)
    p.text(140, 27, "编号：", 3.0, st.label_font)
    g = Grid(p, st, 14, 31, 182)
    record = _dibao_worded(r)
    rows = [
        [F("姓  名", "姓名", 1.3, lw=0.8), F("性  别", "性别", 0.6, lw=0.8), F("年  龄", "年龄", 0.6, lw=0.8)],
        [F("身份证号码", "身份证号", 2.2, lw=1.0), F("联系电话", "手机号码", 1.4, lw=0.8)],
        [F("工作单位", "工作单位", 2.2, lw=1.0), F("工作状态", "工作状态", 1.4, lw=0.8)],
        [F("有无低保", "有无低保", 1.4, DIBAO, lw=1.0), F("致困原因", "主要致困原因", 3.4, HUNAN_CAUSES, lw=0.8)],
    ]
    printed = vertical(g, "申请人基本情况", 9, lambda: rows_of(g, f, record, rows, "above", "pair", 11, label_size=2.9))
    vertical(g, "家庭主要困难情况", 9, lambda: g.row([(1.0, _free(p, st, str(r["困难情况说明"] or ""), 3.2))], 38))
    cols = [MCol("姓名", "姓名", 1.0), MCol("与本人关系", "关系", 0.8), MCol("年龄", "年龄", 0.5),
            MCol("身份证号码", "身份证号", 2.2), MCol("月收入（元）", "月收入", 0.8), MCol("工作单位或就读学校", "单位或学校", 1.8)]
    n_rows = max(len(hh.members), rng.randint(1, 6))
    members = vertical(g, "家庭成员", 9, lambda: member_table(g, f, hh.members, cols, n_rows, header_h=7,
                                                            row_h=7.2, header_size=2.7))

    def promise(x0: float, y0: float, x1: float, y1: float) -> None:
        p.fit(x0, y0, x1, y0 + 9, "本人承诺以上所填情况皆真实，愿意接受审核。若隐瞒或弄虚作假，自愿承担责任。", 3.0,
              st.label_font, "left", pad=2)
        _sign(p, st, "承诺人（签名）：", r["姓名"], x1 - 100, y1 - 5)
        p.text(x1 - 40, y1 - 5, st.date(hh.created.isoformat()), 3.1, st.value_font, color=st.color)

    vertical(g, "本人承诺", 9, lambda: g.row([(1.0, promise)], 19), 2.9)
    g.y += 3

    def check(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 4, "入户核查人员意见：", 3.0, st.label_font)
        p.text(x0 + 4, y0 + 11, "经入户核查，情况属实。", 3.2, st.value_font, color=st.color)
        p.text(x0 + 4, y0 + 19, "建议困难类别：", 3.0, st.label_font)
        opts(f, HN_CATEGORIES, ticked_of(r["困难类别"]), "above", 3.1)(x0 + 26, y0 + 14, x1, y0 + 24)
        _sign(p, st, "核查人：", r["建档人"], x0 + 4, y1 - 6)

    def first(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 4, "单位工会或社区工会初审意见：", 3.0, st.label_font)
        p.text(x0 + 4, y0 + 11, "同意上报。", 3.3, st.value_font, color=st.color)
        p.text(x0 + 4, y1 - 13, "（公章+审签人签字）", 2.9, st.label_font)
        _sign(p, st, "审签人：", r["审核人"], x0 + 4, y1 - 6)
        p.text(x1 - 30, y1 - 6, st.date((hh.created - timedelta(days=3)).isoformat()), 3.0, st.value_font,
               color=st.color)
        if sealed:
            _seal_on(p, st, x1 - 22, (y0 + y1) / 2, f"{hh.unit.name}工会委员会", "", 15)

    def later(title: str, signer: str) -> Cell:
        def draw(x0: float, y0: float, x1: float, y1: float) -> None:
            p.text(x0 + 2, y0 + 4, title, 3.0, st.label_font)
            p.text(x0 + 4, y1 - 6, signer, 2.9, st.label_font)
            p.text(x1 - 30, y1 - 6, "年   月   日", 2.9, st.label_font)

        return draw

    hq = max(22.0, min(36.0, (284 - g.y) / 2))
    g.row([(1.0, check), (1.0, first)], hq)
    g.row([(1.0, later("市/县工会帮扶中心入户复核人员意见：", "复核人签名：")),
           (1.0, later("市/县工会帮扶中心审核意见：", "（公章+审签人签字）"))], min(hq, 290 - g.y))
    p.members = list(members)
    keys = list(dict.fromkeys([*printed, *HN_ALWAYS]))
    return _document(hh, [p], [keys], members, sealed, 0, HN_TITLE, "湖南/轮换5")


# ---------------------------------------------------------------------------------------------------------
CODES = {c.value: c.code for c in NationalCause}
MEMBER_ROWS = [("*姓名", "姓名"), ("*关系（是户主的）", "关系"), ("性别", "性别"), ("*民族", "民族"),
               ("出生日期", "出生日期"), ("*身份证号", "身份证号"), ("政治面貌", "政治面貌"), ("*婚姻状况", "婚姻状况"),
               ("*健康状况", "健康状况"), ("疾病/残疾类别", "疾病/残疾类别"), ("*医保状况", "医保状况"),
               ("*人员身份", "人员身份"), ("*月收入", "月收入"), ("单位或学校", "单位或学校"), ("手机号码", "手机号码")]


def _member_value(f: Fill, m: dict[str, Any], key: str) -> Cell:
    """One member's value in its column: the ID number kept on one line."""
    return one_line(f, m[key]) if key == "身份证号" else value(f, m[key], key)


def _coded(v: Any) -> Any:
    """A cause written with its number in the legend (「6.家庭成员患重大疾病」)."""
    if isinstance(v, list):
        return "、".join(str(_coded(x)) for x in v)
    return f"{CODES[v]}.{v}" if v in CODES else v


@layout("建档申请表/全国", "全国/轮换5")
def form_national_member_columns(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    _title(p, st, "困难职工档案表", 12, 5.8)
    p.text(p.w / 2, 19, "（带*号为必填项）", 2.8, st.label_font, "mm")
    p.text(10, 25, "建档单位（盖章）：", 3.0, st.label_font)
    p.line(38, 27.5, 120, 27.5, 0.2)
    _put(value(f, r["单位"], align="left"), 38, 21, 120, 27)
    record = {**r, "主要致困原因": _coded(r["主要致困原因"]), "次要致困原因": _coded(r["次要致困原因"])}
    g = Grid(p, st, 10, 30, 190)
    yn = YES_NO
    basic = [
        [F("*职工编号", "职工编号", 1.6), F("*困难类别", "困难类别", 0.8), F("*档案类型", "档案类型", 0.6),
         F("*建档标准", "建档标准", 0.6)],
        [F("*姓名", "姓名", 1.2), F("*性别", "性别", 0.5), F("*民族", "民族", 0.8), F("*政治面貌", "政治面貌", 1.0)],
        [F("*身份证号", "身份证号", 2.6), F("*出生日期", "出生日期", 1.2), F("年龄", "年龄", 0.5)],
        [F("*健康状况", "健康状况", 1.0), F("疾病/残疾类别", "疾病/残疾类别", 1.2), F("*婚姻状况", "婚姻状况", 0.8),
         F("是否单亲", "是否单亲", 0.8, yn)],
        [F("*工作状态", "工作状态", 1.1), F("*工作时间", "工作时间", 1.2), F("*劳模类型", "劳模类型", 1.0)],
        [F("*医保状况", "医保状况", 1.4), F("*住房类型", "住房类型", 1.0), F("建筑面积", "建筑面积", 0.6)],
        [F("手机号码", "手机号码", 1.4), F("其他联系方式", "其他联系方式", 1.4), F("邮政编码", "邮政编码", 0.8)],
        [F("*家庭住址", "家庭住址", 4.0), F("*户口类型", "户口类型", 0.7)],
        [F("*户口所在地行政区划", "户口所在地行政区划", 2.6, lw=1.6), F("*家庭人口", "家庭人口", 0.5)],
        [F("工作单位", "工作单位", 2.4), F("单位性质", "单位性质", 1.0)],
        [F("企业状况", "企业状况", 1.0), F("*所属行业", "所属行业", 1.6)],
    ]
    migrant = set() if r["是否农民工"] is None else {"困难农民工" if r["是否农民工"] else "困难职工"}

    def basics() -> list[str]:
        g.row([(0.9, L("人员类别")), (1.8, opts(f, ("困难职工", "困难农民工"), migrant, "bracket", 2.8)),
               (1.2, L("劳动合同签订时间")), (1.1, value(f, r["劳动合同签订时间"], "劳动合同签订时间")),
               (0.8, L("合同期限")), (1.4, value(f, r["合同期限"], "合同期限"))], 8, 2.7)
        keys = ["是否农民工", "劳动合同签订时间", "合同期限"]
        return keys + rows_of(g, f, record, basic, "strike", "pair", 7.8, label_size=2.6)

    printed = vertical(g, "基本信息", 8, basics)
    money = [
        [F("*本人月平均收入", "本人月平均收入", 1.0), F("*家庭其他非薪资年收入", "家庭其他非薪资年收入", 1.0, lw=1.5)],
        [F("*家庭年度总收入", "家庭年度总收入", 1.0), F("家庭月人均收入", "家庭月人均收入", 1.0, lw=1.5)],
        [F("是否有一定自救能力", "是否有一定自救能力", 1.0, yn, lw=1.5),
         F("是否为零就业家庭", "是否为零就业家庭", 1.0, yn, lw=1.5)],
    ]
    printed += vertical(g, "收入情况", 8, lambda: rows_of(g, f, record, money, "strike", "pair", 8, label_size=2.7))
    causes = [[F("*主要致困原因", "主要致困原因", 2.0, lw=1.2), F("年度必要支出", "年度必要支出", 1.0, lw=1.0)],
              [F("次要致困原因（0-3项）", "次要致困原因", 3.0, lw=1.5), F("其他（文字描述）", None, 1.4, lw=1.2)]]
    printed += vertical(g, "致困情况", 8, lambda: rows_of(g, f, record, causes, "strike", "pair", 9, label_size=2.7))
    p.fit(10, g.y + 0.5, 200, g.y + 9, "致困原因（选项）：" + LEGEND, 2.5, st.label_font, "left")
    g.y += 10
    bank = [[F("开户银行", "开户银行", 1.3), F("支行名称", "支行名称", 1.4)],
            [F("银行卡号", "银行卡号", 2.4), F("备注", "备注", 1.6)]]
    printed += vertical(g, "账户", 8, lambda: rows_of(g, f, r, bank, "strike", "pair", 8, label_size=2.7))

    g.y += 4
    help_rows = [
        [F("是否为解困脱困对象", "解困脱困对象", 1.0, yn, lw=1.6), F("立卡时间", "立卡时间", 1.2, lw=0.9)],
        [F("帮扶单位", "帮扶单位", 1.8, lw=0.9), F("帮扶责任人", "帮扶联系人", 1.0, lw=1.0)],
    ]
    printed += vertical(g, "立卡信息", 8, lambda: _help(g, f, r, help_rows))

    q = Page(p.w, p.h)
    fq = f.on(q)
    _title(q, st, "家庭成员信息", 13, 5.2)
    h = Grid(q, st, 10, 20, 190)
    n = max(len(hh.members), rng.randint(2, 4))
    per = min(n, 4)  # members a table: a fifth or sixth member starts a second table below the first
    for start in range(0, n, per):
        h.row([(1.2, L("项  目")), *((1.0, L(f"成员{i + 1}")) for i in range(start, start + per))], 7, 2.8)
        for label, key in MEMBER_ROWS:
            cells: list[tuple[float, Cell]] = [(1.2, L(label))]
            cells += [(1.0, _member_value(fq, hh.members[i], key) if i < len(hh.members) else None)
                      for i in range(start, start + per)]
            h.row(cells, 8.0 if key == "单位或学校" else 7.0, 2.6)
        h.y += 4
    members = [{k: m[k] for _, k in MEMBER_ROWS} for m in hh.members]
    y = h.y + 6
    x = blank_line(q, st, 12, y, "*建档人：", r["建档人"], 28)
    x = blank_line(q, st, x + 4, y, "*审核人：", r["审核人"], 28)
    blank_line(q, st, x + 4, y, "录入人：", r["录入人"], 28)
    q.text(150, y + 12, "（建档工会盖章）", 3.0, st.label_font)
    if sealed:
        _seal_on(q, st, 162, min(y + 8, 276), f"{hh.unit.name}工会委员会", "", 16)
    q.members = list(members)
    first = list(dict.fromkeys(["单位", *printed]))
    return _document(hh, [p, q], [first, ["建档人", "审核人", "录入人"]], members, sealed, 1, "困难职工档案表",
                     "全国/轮换5")


def _help(h: Grid, f: Fill, r: dict[str, Any], rows: Sequence[Sequence[F]]) -> list[str]:
    """立卡 fields, then the three option lists of the 立卡信息 with the chosen ones in 【√】."""
    keys = rows_of(h, f, r, rows, "strike", "pair", 8, label_size=2.7)
    for label, key, options, hh_ in (("五类重点群体", "五类重点群体", KEY_GROUPS, 16),
                                     ("“四个一批”措施", "四个一批措施", FOUR_BATCHES, 11),
                                     ("七个行动计划", "七个行动计划", ACTION_PLANS, 15)):
        h.row([(1.0, L(label)), (4.6, opts(f, options, ticked_of(r[key]), "bracket", 2.6))], hh_, 2.7)
        keys.append(key)
    return keys
