"""Printings of the four application forms added with rotation 3 (2026-12-05), held out when added.

Released to seen by rotation 4 (2026-12-06, ``layouts``): readers may now be tuned on them.
Written from the seeds and REAL-DOCUMENTS.md with the parts of ``forms_draw``; labels as the seeds word them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any, TypeVar

# forms registers each kind's first printing and the printings of rotations 1 and 2 before these
from dangan.synth import forms  # noqa: F401
from dangan.synth.canvas import INK_BLUE, Page, text_width
from dangan.synth.forms_draw import (
    F,
    Fill,
    MCol,
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
from dangan.synth.forms_hebei import IDENTITY, MARITAL, _identity, _property
from dangan.synth.forms_hebei import TITLE as HB_TITLE
from dangan.synth.forms_hunan import ALWAYS as HN_ALWAYS
from dangan.synth.forms_hunan import CATEGORIES as HN_CATEGORIES
from dangan.synth.forms_hunan import DIBAO, _dibao_worded
from dangan.synth.forms_hunan import TITLE as HN_TITLE
from dangan.synth.forms_national import _migrant_line
from dangan.synth.households import ACTION_PLANS, FOUR_BATCHES, HUNAN_CAUSES, KEY_GROUPS, Household
from dangan.synth.layouts import layout
from dangan.synth.render import Cell, Document, Grid, L, Style, _free, _seal_on, _title

FORM = "建档申请表"
_T = TypeVar("_T")


def _document(
    hh: Household,
    pages: list[Page],
    keys: Sequence[Sequence[str]],
    members: list[dict[str, Any]],
    sealed: bool,
    seal_page: int,
    detail: str,
    name: str,
) -> Document:
    """The form's Document, each page's truth its own (``keys[i]``: the record keys printed on page i, 是否盖章
    on the page the seal is printed on); the members are set on their pages by the printing."""
    fields: dict[str, Any] = {}
    for page, page_keys in zip(pages, keys, strict=True):
        page.fields = {k: hh.record[k] for k in page_keys}
        fields.update(page.fields)
    pages[seal_page].fields["是否盖章"] = sealed
    fields["是否盖章"] = sealed
    doc = Document(FORM, pages, fields, members, material=FORM, detail=detail)
    doc.layout = name
    return doc


def _section(g: Grid, title: str, lead_mm: float, rows: Callable[[], _T], size: float = 3.0) -> _T:
    """Rows drawn right of a section label merged down their left side (a unit's 申请人基本情况 / 家庭成员)."""
    top, x, w = g.y, g.x, g.w
    g.x, g.w = x + lead_mm, w - lead_mm
    out = rows()
    g.x, g.w = x, w
    span_label(g, top, lead_mm, title, size)
    return out


def _two_level_header(
    g: Grid,
    lead: Sequence[tuple[float, str]],
    groups: Sequence[tuple[str | None, Sequence[MCol]]],
    h1: float,
    h2: float,
    size: float = 2.7,
) -> None:
    """A member table's header on two levels: a group title over its columns, the other heads merged down."""
    p, st = g.page, g.st
    total = sum(w for w, _ in lead) + sum(c.w for _, cols in groups for c in cols)
    x, y = g.x, g.y

    def cell(x0: float, y0: float, w: float, h: float, text: str) -> None:
        p.rect(x0, y0, x0 + w, y0 + h, 0.3)
        p.fit(x0, y0, x0 + w, y0 + h, text, size, st.label_font)

    for w, text in lead:
        cw = g.w * w / total
        cell(x, y, cw, h1 + h2, text)
        x += cw
    for title, cols in groups:
        if title is None:
            for c in cols:
                cw = g.w * c.w / total
                cell(x, y, cw, h1 + h2, c.label)
                x += cw
            continue
        cell(x, y, g.w * sum(c.w for c in cols) / total, h1, title)
        for c in cols:
            cw = g.w * c.w / total
            cell(x, y + h1, cw, h2, c.label)
            x += cw
    g.y += h1 + h2


def _member_rows(
    g: Grid,
    f: Fill,
    members: Sequence[dict[str, Any]],
    cols: Sequence[MCol],
    rows: int,
    row_h: float,
    id_boxes: bool = False,
    lead_w: float = 0.45,
) -> list[dict[str, Any]]:
    """Numbered member rows (at least ``rows``, the rest blank); returns the member truth."""
    for i in range(max(rows, len(members))):
        m = members[i] if i < len(members) else None
        cells: list[tuple[float, Cell]] = [(lead_w, L(str(i + 1)))]
        for c in cols:
            if m is None or c.key is None:
                cells.append((c.w, None))
            elif c.key == "身份证号" and id_boxes:
                cells.append((c.w, digit_boxes(f, m[c.key])))
            else:
                cells.append((c.w, value(f, m[c.key], c.key)))
        g.row(cells, row_h)
    return [{c.key: m[c.key] for c in cols if c.key} for m in members]


def _tick_cell(f: Fill, on: bool, boxes: bool) -> Cell:
    """One cell of an option matrix: a box in every cell (marked when chosen), or the mark alone when chosen."""

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        st = f.st
        size = min(3.2, (y1 - y0) * 0.5)
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        if boxes:
            f.p.checkbox(cx - size / 2, cy, size, on, st.tick, st.rng)
        elif on:
            glyph = "√" if f.tick == "circle" else f.glyph
            f.p.text(cx, cy, glyph, size * 1.4, "sans" if glyph == "✓" else st.value_font, "mm", st.color)

    return draw


def _signature(p: Page, st: Style, label: str, name: Any) -> Cell:
    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 5, label, 3.0, st.label_font)
        p.text(x0 + 8, y0 + 12.5, str(name or ""), 4.4, "kai", color=INK_BLUE)

    return draw


# ---------------------------------------------------------------------------------------------------------
@layout("建档申请表/杭州", "杭州/轮换3")
def form_hangzhou_sections(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    _title(p, st, HZ_TITLE, 14, 5.8)
    migrant = set() if r["是否农民工"] is None else {"农民工" if r["是否农民工"] else "职工"}
    g = Grid(p, st, 11, 22, 188)
    g.row(
        [
            (1.4, L("困难职工单位工会（盖章）")),
            (3.0, value(f, r["单位"], align="left")),
            (0.9, L("类  别")),
            (1.6, choice(f, ("职工", "农民工"), migrant, 3.1)),
        ],
        10,
    )
    g.row([(1.4, L("区、县（市）、开发区工会、产业工会（盖章）")), (5.5, None)], 10, 2.7)
    if sealed:
        _seal_on(p, st, 62, 34, f"{hh.unit.name}工会委员会", "", 17)
    lead = 9.0
    rows = [
        [F("*姓名", "姓名", 1.3, lw=0.8), F("*性别", "性别", 0.6, lw=0.7), F("*民族", "民族", 0.8, lw=0.7)],
        [F("*身份证号", "身份证号", 3.0, boxes=True, lw=0.8), F("*政治面貌", "政治面貌", 0.8, lw=0.9)],
        [
            F("*婚姻状况", "婚姻状况", 2.2, ("未婚", "已婚", "离异", "丧偶"), lw=0.8),
            F("*健康状况", "健康状况", 1.0, lw=0.9),
        ],
        [
            F("*户口类型", "户口类型", 1.3, ("非农业", "农业"), lw=0.8),
            F("*户口所在地", "户口所在地行政区划", 2.0, lw=0.9),
        ],
        [
            F("*住房类型", "住房类型", 0.9, lw=0.8),
            F("*医保状况", "医保状况", 1.0, lw=0.8),
            F("*工作状态", "工作状态", 0.8, lw=0.8),
        ],
        [
            F("*劳模类型", "劳模类型", 0.9, lw=0.8),
            F("*参加工作时间", "工作时间", 0.9, lw=1.0),
            F("*联系电话", "手机号码", 1.0, lw=0.7),
        ],
        [F("*劳动合同签订时间", "劳动合同签订时间", 1.2, lw=1.3), F("*合同期限", "合同期限", 1.7, lw=0.8)],
        [F("*家庭住址", "家庭住址", 4.4, lw=0.8)],
    ]
    printed = _section(
        g, "申请人基本情况", lead, lambda: field_rows(g, f, r, rows, "pair", 9.2, label_size=2.7)
    )
    money = [
        [
            F("*本人月收入", "本人月平均收入", 0.9, lw=0.9),
            F("*家庭其他年收入", "家庭其他非薪资年收入", 0.9, lw=1.1),
            F("*因困总支出", "年度必要支出", 0.9, lw=0.9),
        ],
        [
            F("是否有一定自救能力", "是否有一定自救能力", 0.9, YES_NO, lw=1.4),
            F("是否为零就业家庭", "是否为零就业家庭", 0.9, YES_NO, lw=1.4),
        ],
    ]
    printed += _section(g, "收入支出", lead, lambda: field_rows(g, f, r, money, "pair", 9, label_size=2.7))
    cols_a = [
        MCol("姓名", "姓名", 1.0),
        MCol("与申请人关系", "关系", 0.9),
        MCol("性别", "性别", 0.5),
        MCol("身份证号", "身份证号", 2.6),
    ]
    cols_b = [MCol("政治面貌", "政治面貌", 0.9), MCol("月收入（元）", "月收入", 0.9)]
    n_rows = rng.randint(1, 6)

    def table() -> list[dict[str, Any]]:
        _two_level_header(g, [(0.45, "序号")], [("基本情况", cols_a), (None, cols_b)], 6, 7)
        return _member_rows(g, f, hh.members, [*cols_a, *cols_b], n_rows, 8, id_boxes=rng.random() < 0.5)

    members = _section(g, "家庭成员", lead, table)

    def causes() -> None:
        label_w = 1.5
        boxes = f.tick == "box"
        g.row([(label_w, L("致困原因")), *((1.0, L(c)) for c in HZ_CAUSES)], 10, 2.6)
        for label, key in (
            ("*主要致困原因（单选）", "主要致困原因"),
            ("次要致困原因（最少0项，最多3项）", "次要致困原因"),
        ):
            ticked = ticked_of(r[key])
            g.row(
                [(label_w, L(label)), *((1.0, _tick_cell(f, c in ticked, boxes)) for c in HZ_CAUSES)], 9, 2.5
            )

    _section(g, "致困", lead, causes)
    g.row([(1.0, L("困难情况说明")), (6.2, _free(p, st, str(r["困难情况说明"] or ""), 3.0))], 20)
    printed += field_rows(
        g,
        f,
        r,
        [
            [
                F("*开户银行", "开户银行", 1.1, lw=0.8),
                F("*支行名称", "支行名称", 1.3, lw=0.8),
                F("*银行卡号", "银行卡号", 2.0, lw=0.8),
            ]
        ],
        "pair",
        9,
        label_size=2.8,
    )

    def category(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 5, "困难类别（由杭州市总工会职工服务中心认定）：", 3.0, st.label_font)
        choice(f, HZ_CATEGORIES, ticked_of(r["困难类别"]), 3.0)(x0, y0 + 8, x1, y1)

    g.row([(2.0, _signature(p, st, "申请职工签名：", r["姓名"])), (5.2, category)], 17)
    y = g.y + 6
    for x, label, key in ((14, "经办人：", "建档人"), (78, "审核人：", "审核人"), (142, "审批人：", "")):
        p.text(x, y, label, 3.2, st.label_font)
        if key:
            p.text(x + 15, y, str(r[key] or ""), 3.8, "kai", color=st.color)
    p.text(
        14,
        y + 7,
        "填表说明：带“*”号项为必填项；所填资料需保证真实、准确，与电子档案信息一致。",
        2.5,
        st.label_font,
    )
    p.members = list(members)
    keys = [
        "单位",
        "是否农民工",
        *printed,
        "主要致困原因",
        "次要致困原因",
        "困难情况说明",
        "开户银行",
        "支行名称",
        "银行卡号",
        "困难类别",
        "建档人",
        "审核人",
    ]
    keys = list(dict.fromkeys(keys))
    assert set(keys) >= set(HZ_ALWAYS)
    return _document(hh, [p], [keys], members, sealed, 0, HZ_TITLE, "杭州/轮换3")


# ---------------------------------------------------------------------------------------------------------
def _lines(
    p: Page,
    f: Fill,
    record: dict[str, Any],
    rows: Sequence[Sequence[tuple[str, str, float, tuple[str, ...]]]],
    x: float,
    y: float,
    gap: float,
    boxes: Sequence[str] = (),
) -> tuple[list[str], float]:
    """Unruled lines of 「label：____」 blanks, the value written on the underline (options ticked, an ID number in
    18 boxes); returns the record keys printed and the y below the last line."""
    st = f.st
    keys: list[str] = []
    for row in rows:
        cx = x
        for label, key, width, options in row:
            text = label + "："
            p.text(cx, y, text, 3.2, st.label_font)
            x0 = cx + text_width(text, 3.2, st.label_font) + 0.5
            x1 = x0 + width
            if options:
                choice(f, options, ticked_of(record[key]), 3.0)(x0, y - 4, x1, y + 4)
            elif key in boxes:
                digit_boxes(f, record[key])(x0, y - 4, x1, y + 4)
            else:
                p.line(x0, y + 2.6, x1, y + 2.6, 0.2)
                value(f, record[key], key)(x0, y - 4.2, x1, y + 2.4)
            keys.append(key)
            cx = x1 + 4
        y += gap
    return keys, y


@layout("建档申请表/河北", "河北/轮换3")
def form_hebei_lines(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    p.text(14, 10, "附件2", 3.2, st.label_font)
    _title(p, st, HB_TITLE, 18, 6.0)
    p.text(14, 28, "申请困难类别：", 3.2, st.label_font)
    choice(f, HB_CATEGORIES, ticked_of(r["困难类别"]), 3.2)(36, 24, 90, 32)
    p.text(100, 28, "（以下内容为申请人填写）", 3.0, st.label_font)
    record = {**r, "职工身份": _identity(r) if r["工作状态"] is not None else None}
    rows: list[list[tuple[str, str, float, tuple[str, ...]]]] = [
        [
            ("姓  名", "姓名", 24, ()),
            ("性  别", "性别", 10, ()),
            ("民  族", "民族", 14, ()),
            ("政治面貌", "政治面貌", 22, ()),
        ],
        [("婚姻情况", "婚姻状况", 62, MARITAL), ("联系电话", "手机号码", 40, ())],
        [("公民身份号码", "身份证号", 100, ())],
        [("户籍地址", "户口所在地行政区划", 150, ())],
        [("现居住地", "家庭住址", 150, ())],
        [("工作单位", "工作单位", 78, ()), ("职工身份", "职工身份", 44, IDENTITY)],
        [
            ("本人月平均收入（元）", "本人月平均收入", 22, ()),
            ("家庭非薪资收入（元）", "家庭其他非薪资年收入", 22, ()),
            ("家庭人口", "家庭人口", 12, ()),
        ],
    ]
    printed, y = _lines(p, f, record, rows, 16, 40, 10.5, boxes=("身份证号",))
    printed = [k for k in printed if k != "职工身份"]
    g = Grid(p, st, 12, y - 3, 186)
    g.row([(1.0, L("家  庭  成  员  情  况"))], 8, 3.0)
    cols = [
        MCol("姓 名", "姓名", 1.0),
        MCol("性别", "性别", 0.45),
        MCol("与申请人关系", "关系", 0.85),
        MCol("公民身份号码", "身份证号", 2.8),
        MCol("健康状况", "健康状况", 0.75),
        MCol("身份（在职/失业/退休/在读）", "人员身份", 0.9),
        MCol("月收入", "月收入", 0.85),
        MCol("单位或学校名称", "单位或学校", 1.5),
    ]
    g.row([(0.4, L("序号")), *((c.w, L(c.label)) for c in cols)], 10, 2.6)
    members = _member_rows(g, f, hh.members, cols, rng.randint(2, 6), 8.5, id_boxes=True, lead_w=0.4)
    _property(g, f, r)
    g.row([(1.2, L("主要致困原因")), (6.4, choice(f, HB_CAUSES, ticked_of(r["主要致困原因"]), 2.9))], 13)
    g.row(
        [
            (1.2, L("家庭困难原因及状况")),
            (6.4, _free(p, st, "直接叙述：" + str(r["困难情况说明"] or ""), 3.2)),
        ],
        22,
    )
    med, edu, other = hebei_split(hh)
    y = g.y + 7
    parts = [
        ("家庭年度必要性支出", r["年度必要支出"]),
        ("元，其中医疗费用", med if r["年度必要支出"] is not None else None),
        ("元，教育费用", edu if r["年度必要支出"] is not None else None),
        ("元，其他生活致困必要支出", other if r["年度必要支出"] is not None else None),
    ]
    x = 12.0
    for label, v in parts:
        p.text(x, y, label, 3.1, st.label_font)
        x += text_width(label, 3.1, st.label_font) + 0.5
        p.line(x, y + 2.6, x + 15, y + 2.6, 0.2)
        value(f, v)(x, y - 4.2, x + 15, y + 2.4)  # a bare number: the sentence prints 元
        x += 16
    p.text(x, y, "元。", 3.1, st.label_font)
    y += 9
    p.text(
        14,
        y,
        "本人声明：1.本人已阅读填表说明，不存在填表说明第1项的情况。2.本人愿意配合工作人员的各项调查工作。",
        2.7,
        st.label_font,
    )
    p.text(118, y + 8, "申请人：", 3.2, st.label_font)
    p.text(134, y + 8, str(r["姓名"] or ""), 4.2, "kai", color=INK_BLUE)
    p.text(158, y + 8, "日期：" + st.date(hh.created.isoformat()), 3.0, st.label_font)
    p.text(14, y + 16, "基层工会意见：情况属实，同意上报。", 3.2, st.label_font)
    p.text(150, y + 22, "（盖章）", 3.0, st.label_font)
    if sealed:
        _seal_on(p, st, 150, min(y + 16, 280), f"{hh.unit.name}工会委员会")
    p.members = list(members)
    keys = list(dict.fromkeys(["困难类别", *printed, *HB_ALWAYS]))
    return _document(hh, [p], [keys], members, sealed, 0, HB_TITLE, "河北/轮换3")


# ---------------------------------------------------------------------------------------------------------
@layout("建档申请表/湖南", "湖南/轮换3")
def form_hunan_stacked(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    p.text(14, 11, "附件1", 3.2, st.label_font)
    _title(p, st, HN_TITLE, 20, 6.0)
    p.text(150, 28, "填表日期：" + st.date(hh.created.isoformat()), 3.0, st.label_font)
    g = Grid(p, st, 14, 32, 182)
    record = _dibao_worded(r)
    rows = [
        [
            F("姓  名", "姓名", 1.2),
            F("性  别", "性别", 0.6),
            F("年  龄", "年龄", 0.6),
            F("有无低保", "有无低保", 1.4, DIBAO),
        ],
        [F("身份证号码", "身份证号", 2.2), F("联系电话", "手机号码", 1.6)],
        [F("工作单位", "工作单位", 2.6), F("工作状态", "工作状态", 1.2)],
        [F("致困原因", "主要致困原因", 3.8, HUNAN_CAUSES)],
    ]
    printed = _section(
        g, "困难救助申请人基本情况", 10, lambda: field_rows(g, f, record, rows, "stacked", 10, label_h=7)
    )
    cols_a = [
        MCol("姓名", "姓名", 1.0),
        MCol("与申请人关系", "关系", 0.9),
        MCol("年龄", "年龄", 0.5),
        MCol("身份证号码", "身份证号", 2.3),
    ]
    cols_b = [MCol("单位或学校名称", "单位或学校", 1.8), MCol("月收入（元）", "月收入", 0.8)]
    n_rows = rng.randint(1, 6)

    def table() -> list[dict[str, Any]]:
        _two_level_header(g, [(0.4, "序号")], [(None, cols_a), ("工作或就读情况", cols_b)], 6, 7)
        return _member_rows(g, f, hh.members, [*cols_a, *cols_b], n_rows, 8, lead_w=0.4)

    members = _section(g, "家庭成员情况", 10, table)
    g.row([(0.9, L("家庭主要困难情况")), (6.6, _free(p, st, str(r["困难情况说明"] or "")))], 30)

    def promise(x0: float, y0: float, x1: float, y1: float) -> None:
        p.fit(
            x0,
            y0,
            x1,
            y0 + 9,
            "本人承诺以上所填情况皆真实，愿意接受审核。若隐瞒或弄虚作假，自愿承担责任。",
            3.0,
            st.label_font,
            "left",
            pad=2,
        )
        p.text(x1 - 92, y1 - 4.5, "承诺人（签名）", 3.0, st.label_font)
        p.text(x1 - 64, y1 - 4.5, str(r["姓名"] or ""), 4.4, "kai", color=INK_BLUE)
        p.text(x1 - 36, y1 - 4.5, st.date(hh.created.isoformat()), 3.2, st.value_font, color=st.color)

    g.row([(0.9, L("本人承诺")), (6.6, promise)], 18)

    def check(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 5, "经入户核查，情况属实。", 3.1, st.value_font, color=st.color)
        p.text(x0 + 2, y0 + 11, "建议困难类别：", 3.0, st.label_font)
        choice(f, HN_CATEGORIES, ticked_of(r["困难类别"]), 3.0)(x0 + 1, y0 + 14, x1 - 1, y0 + 21)
        p.text(x0 + 2, y1 - 9, "入户核查人签名：", 3.0, st.label_font)
        p.text(x0 + 30, y1 - 9, str(r["建档人"] or ""), 4.0, "kai", color=INK_BLUE)
        p.text(x1 - 30, y1 - 3.5, "年  月  日", 2.8, st.label_font)

    def first(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 5, "同意上报。", 3.3, st.value_font, color=st.color)
        p.text(x0 + 2, y1 - 9, "（公章+ 审签人签字）", 3.0, st.label_font)
        p.text(x0 + 36, y1 - 9, str(r["审核人"] or ""), 4.0, "kai", color=INK_BLUE)
        p.text(
            x1 - 36,
            y1 - 3.5,
            st.date((hh.created - timedelta(days=3)).isoformat()),
            3.0,
            st.value_font,
            color=st.color,
        )
        if sealed:
            _seal_on(p, st, (x0 + x1) / 2 + 8, (y0 + y1) / 2, f"{hh.unit.name}工会委员会", "", 16)

    def blank(signer: str) -> Cell:
        def draw(x0: float, y0: float, x1: float, y1: float) -> None:
            p.text(x0 + 2, y1 - 9, signer, 3.0, st.label_font)
            p.text(x1 - 30, y1 - 3.5, "年  月  日", 2.8, st.label_font)

        return draw

    g.row(
        [(0.9, L("入户核查人员意见")), (2.85, check), (0.9, L("单位工会或社区工会初审意见")), (2.85, first)],
        34,
    )
    g.row(
        [
            (0.9, L("市/县工会帮扶中心入户复核人员意见")),
            (2.85, blank("入户复核人签名：")),
            (0.9, L("市/县工会帮扶中心审核意见")),
            (2.85, blank("（公章+ 审签人签字 ）")),
        ],
        30,
    )
    p.members = list(members)
    keys = list(dict.fromkeys([*printed, *HN_ALWAYS]))
    return _document(hh, [p], [keys], members, sealed, 0, HN_TITLE, "湖南/轮换3")


# ---------------------------------------------------------------------------------------------------------
@layout("建档申请表/全国", "全国/轮换3")
def form_national_two_line_members(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    _title(p, st, "困难职工档案表（*为必填项）", 13, 5.6)
    p.text(12, 21, "填报单位（盖章）：", 3.0, st.label_font)
    value(f, r["单位"], align="left")(39, 17, 120, 25)
    printed = ["单位", *_migrant_line(p, f, r, 29)]
    g = Grid(p, st, 10, 34, 190)
    rows = [
        [
            F("*职工编号", "职工编号", 1.5),
            F("*困难类别", "困难类别", 0.9),
            F("*档案类型", "档案类型", 0.8),
            F("*建档标准", "建档标准", 0.8),
            F("立卡时间", "立卡时间", 1.0),
        ],
        [
            F("*姓名", "姓名", 1.0),
            F("*性别", "性别", 0.5),
            F("*民族", "民族", 0.7),
            F("*出生日期", "出生日期", 1.1),
            F("年龄", "年龄", 0.5),
            F("*政治面貌", "政治面貌", 0.9),
        ],
        [
            F("*身份证号", "身份证号", 3.0, boxes=True),
            F("*婚姻状况", "婚姻状况", 0.8),
            F("是否单亲", "是否单亲", 0.7),
        ],
        [
            F("*健康状况", "健康状况", 0.8),
            F("疾病/残疾类别", "疾病/残疾类别", 1.1),
            F("*劳模类型", "劳模类型", 1.0),
            F("*医保状况", "医保状况", 1.2),
            F("*户口类型", "户口类型", 0.8),
        ],
        [
            F("*工作状态", "工作状态", 0.9),
            F("*工作时间", "工作时间", 1.0),
            F("*住房类型", "住房类型", 1.0),
            F("建筑面积", "建筑面积", 0.7),
            F("手机号码", "手机号码", 1.2),
            F("其他联系方式", "其他联系方式", 1.2),
        ],
        [
            F("*家庭住址", "家庭住址", 2.8),
            F("邮政编码", "邮政编码", 0.8),
            F("*户口所在地行政区划", "户口所在地行政区划", 2.0),
        ],
        [
            F("工作单位", "工作单位", 2.0),
            F("单位性质", "单位性质", 0.9),
            F("企业状况", "企业状况", 0.9),
            F("*所属行业", "所属行业", 1.0),
        ],
        [
            F("*本人月平均收入", "本人月平均收入", 1.0),
            F("*家庭其他非薪资年收入", "家庭其他非薪资年收入", 1.2),
            F("*家庭年度总收入", "家庭年度总收入", 1.0),
            F("*家庭人口", "家庭人口", 0.6),
            F("家庭月人均收入", "家庭月人均收入", 1.0),
            F("年度必要支出", "年度必要支出", 1.0),
        ],
        [
            F("是否有一定自救能力", "是否有一定自救能力", 1.0, YES_NO),
            F("是否为零就业家庭", "是否为零就业家庭", 1.0, YES_NO),
            F("*主要致困原因", "主要致困原因", 1.6),
        ],
        [F("次要致困原因（0-3项）", "次要致困原因", 2.6), F("其他（文字描述）", None, 1.4)],
        [F("开户银行", "开户银行", 1.1), F("支行名称", "支行名称", 1.3), F("银行卡号", "银行卡号", 1.9)],
        [
            F("是否为解困脱困对象", "解困脱困对象", 1.0, YES_NO),
            F("帮扶单位", "帮扶单位", 1.8),
            F("帮扶责任人", "帮扶联系人", 1.0),
        ],
        [F("备注", "备注", 4.0)],
        [F("*建档人", "建档人", 1.0), F("*审核人", "审核人", 1.0), F("录入人", "录入人", 1.0)],
    ]
    printed += field_rows(g, f, r, rows, "stacked", 9.2, label_h=6.4, label_size=2.6)
    if sealed:
        _seal_on(p, st, 160, min(g.y + 10, 282), f"{hh.unit.name}工会委员会")
        p.text(140, min(g.y + 19, 290), "（建档工会盖章）", 3.0, st.label_font)

    q = Page(p.w, p.h)
    fq = f.on(q)
    _title(q, st, "家庭成员信息", 14, 5.0)
    h = Grid(q, st, 10, 22, 190)
    line1 = [
        MCol("*姓名", "姓名", 1.0),
        MCol("*关系（是户主的）", "关系", 1.0),
        MCol("性别", "性别", 0.5),
        MCol("*民族", "民族", 0.6),
        MCol("出生日期", "出生日期", 1.1),
        MCol("年龄", "年龄", 0.5),
        MCol("政治面貌", "政治面貌", 0.9),
        MCol("*月收入", "月收入", 0.8),
    ]
    line2 = [
        MCol("*身份证号", "身份证号", 2.1),
        MCol("*健康状况", "健康状况", 0.8),
        MCol("*医保状况", "医保状况", 1.2),
        MCol("*婚姻状况", "婚姻状况", 0.8),
        MCol("*人员身份", "人员身份", 0.8),
        MCol("单位或学校", "单位或学校", 1.7),
    ]
    scale = sum(c.w for c in line1) / sum(c.w for c in line2)
    line2 = [MCol(c.label, c.key, c.w * scale) for c in line2]
    h.row([(0.45, L("序号")), *((c.w, L(c.label)) for c in line1)], 8, 2.6)
    h.row([(0.45, None), *((c.w, L(c.label)) for c in line2)], 8, 2.6)
    n = max(rng.randint(3, 6), len(hh.members))
    for i in range(n):
        m = hh.members[i] if i < len(hh.members) else None
        for k, line in enumerate((line1, line2)):
            cells: list[tuple[float, Cell]] = [(0.45, L(str(i + 1)) if k == 0 else None)]
            cells += [(c.w, value(fq, m[c.key], c.key) if m is not None and c.key else None) for c in line]
            h.row(cells, 9.5)
    members = [{c.key: m[c.key] for c in (*line1, *line2) if c.key} for m in hh.members]
    h.y += 6
    h.row([(1.0, L("五类重点群体")), (6.0, choice(fq, KEY_GROUPS, ticked_of(r["五类重点群体"]), 2.6))], 13)
    h.row(
        [(1.0, L("“四个一批”措施")), (6.0, choice(fq, FOUR_BATCHES, ticked_of(r["四个一批措施"]), 2.6))], 10
    )
    h.row([(1.0, L("七个行动计划")), (6.0, choice(fq, ACTION_PLANS, ticked_of(r["七个行动计划"]), 2.6))], 13)
    h.row(
        [
            (1.0, L("职工签字")),
            (2.5, _signature(q, st, "", r["姓名"])),
            (1.0, L("填表日期")),
            (2.5, value(fq, hh.created.isoformat(), "")),
        ],
        16,
    )
    q.members = list(members)
    second = ["五类重点群体", "四个一批措施", "七个行动计划"]
    return _document(
        hh, [p, q], [list(dict.fromkeys(printed)), second], members, sealed, 0, "困难职工档案表", "全国/轮换3"
    )
