"""Printings of the four application forms added with rotation 2 (2026-12-04), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from the seeds and REAL-DOCUMENTS.md with the parts of ``forms_draw``; labels as the seeds word them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from dangan.synth.canvas import INK_BLUE, Page
from dangan.synth.forms_draw import (
    F,
    Fill,
    MCol,
    choice,
    content,
    field_rows,
    hebei_split,
    new_page,
    printed_text,
    situation,
    ticked_of,
    value,
)
from dangan.synth.forms_hangzhou import ALWAYS as HZ_ALWAYS
from dangan.synth.forms_hangzhou import CATEGORIES as HZ_CATEGORIES
from dangan.synth.forms_hangzhou import CAUSES as HZ_CAUSES
from dangan.synth.forms_hangzhou import TITLE as HZ_TITLE
from dangan.synth.forms_hangzhou import YES_NO, _header
from dangan.synth.forms_hebei import CATEGORIES as HB_CATEGORIES
from dangan.synth.forms_hebei import CAUSES as HB_CAUSES
from dangan.synth.forms_hebei import MARITAL, _identity, _property
from dangan.synth.forms_hebei import TITLE as HB_TITLE
from dangan.synth.forms_hunan import CATEGORIES as HN_CATEGORIES
from dangan.synth.forms_hunan import DIBAO, _dibao_worded
from dangan.synth.forms_hunan import TITLE as HN_TITLE
from dangan.synth.forms_national import _migrant_line
from dangan.synth.households import ACTION_PLANS, FOUR_BATCHES, HUNAN_CAUSES, KEY_GROUPS, Household
from dangan.synth.layouts import layout
from dangan.synth.render import Cell, Document, Grid, L, Style, _free, _seal_on, _title

HOUSEHOLD_FORM = "建档申请表"


def _document(hh: Household, pages: list[Page], keys: Sequence[Sequence[str]], members: list[dict[str, Any]],
              sealed: bool, seal_page: int, detail: str, name: str) -> Document:
    """A form of several pages, each page's truth its own: ``keys[i]`` the record keys printed on page i,
    是否盖章 on the page the seal is printed on; members are set on their pages by the printing."""
    fields: dict[str, Any] = {}
    for page, page_keys in zip(pages, keys, strict=False):
        page.fields = {k: hh.record[k] for k in page_keys}
        fields.update(page.fields)
    pages[seal_page].fields["是否盖章"] = sealed
    fields["是否盖章"] = sealed
    doc = Document(HOUSEHOLD_FORM, pages, fields, members, material=HOUSEHOLD_FORM, detail=detail)
    doc.layout = name
    return doc


def _footer(p: Page, st: Style, page_no: int, pages: int) -> None:
    p.text(p.w / 2 - 12, p.h - 10, f"第 {page_no} 页  共 {pages} 页", 2.8, st.label_font)


def _member_rows(g: Grid, f: Fill, members: Sequence[dict[str, Any] | None], cols: Sequence[MCol], first_no: int,
                 row_h: float) -> None:
    """Numbered member rows (blank rows for ``None``)."""
    for i, m in enumerate(members):
        cells: list[tuple[float, Cell]] = [(0.45, L(str(first_no + i)))]
        for c in cols:
            cells.append((c.w, value(f, m[c.key], c.key) if m is not None and c.key else None))
        g.row(cells, row_h)


def _member_header(g: Grid, cols: Sequence[MCol], h: float, size: float = 2.8) -> None:
    g.row([(0.45, L("序号")), *((c.w, L(c.label)) for c in cols)], h, size)


# ---------------------------------------------------------------------------------------------------------
@layout("建档申请表/杭州", "杭州/轮换2")
def form_hangzhou_two_pages(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    _header(p, f, r, 16, sealed, hh.unit.name)
    g = Grid(p, st, 12, 44, 186)
    rows = [
        [F("*姓名", "姓名", 1.6, lw=0.9), F("*性别", "性别", 1.6, lw=0.9)],
        [F("*民族", "民族", 1.6, lw=0.9), F("*政治面貌", "政治面貌", 1.6, lw=0.9)],
        [F("*身份证号", "身份证号", 5.1, boxes=True, lw=0.9)],
        [F("*婚姻状况", "婚姻状况", 5.1, ("未婚", "已婚", "离异", "丧偶"), lw=0.9)],
        [F("*健康状况", "健康状况", 1.6, lw=0.9), F("*户口类型", "户口类型", 1.6, ("非农业", "农业"), lw=0.9)],
        [F("*户口所在地", "户口所在地行政区划", 1.6, lw=0.9), F("*住房类型", "住房类型", 1.6, lw=0.9)],
        [F("*医保状况", "医保状况", 1.6, lw=0.9), F("*工作状态", "工作状态", 1.6, lw=0.9)],
        [F("*劳模类别", "劳模类型", 1.6, lw=0.9), F("*参加工作时间", "工作时间", 1.6, lw=0.9)],
        [F("*劳动合同签订时间", "劳动合同签订时间", 1.6, lw=0.9), F("*合同期限", "合同期限", 1.6, lw=0.9)],
        [F("*联系电话", "手机号码", 1.6, lw=0.9), F("*本人月收入", "本人月平均收入", 1.6, lw=0.9)],
        [F("*家庭其他年收入", "家庭其他非薪资年收入", 1.6, lw=0.9), F("*因困总支出", "年度必要支出", 1.6, lw=0.9)],
        [F("*家庭住址", "家庭住址", 5.1, lw=0.9)],
        [F("是否有一定自救能力", "是否有一定自救能力", 1.6, YES_NO, lw=0.9),
         F("是否为零就业家庭", "是否为零就业家庭", 1.6, YES_NO, lw=0.9)],
    ]
    printed = field_rows(g, f, r, rows, "pair", 10.5, label_size=2.8)
    for label, key in (("*主要致困原因", "主要致困原因"), ("次要致困原因（最少0项，最多3项）", "次要致困原因")):
        g.row([(1.3, L(label)), (6.0, choice(f, HZ_CAUSES, ticked_of(r[key]), 2.9))], 14)
    g.row([(1.3, L("困难情况说明")), (6.0, _free(p, st, situation(hh), 3.0))], round(rng.uniform(16, 34)))
    # the member table runs to the foot of the sheet and goes on over the page
    cols = [MCol("姓名", "姓名", 1.0), MCol("家庭关系", "关系", 0.8), MCol("性别", "性别", 0.5),
            MCol("身份证号", "身份证号", 2.3), MCol("政治面貌", "政治面貌", 0.9), MCol("月收入", "月收入", 0.8)]
    g.row([(1.0, L("家庭成员"))], 8, 3.0)
    _member_header(g, cols, 8)
    total = max(6, len(hh.members))
    on_first = min(total, max(1, int((274 - g.y) // 9)))
    slots: list[dict[str, Any] | None] = [*hh.members, *([None] * (total - len(hh.members)))]
    _member_rows(g, f, slots[:on_first], cols, 1, 9)
    _footer(p, st, 1, 2)

    q = Page(p.w, p.h)
    fq = f.on(q)
    h = Grid(q, st, 12, 16, 186)
    if rng.random() < 0.6:  # the header printed again over the rest of the table, or not
        _member_header(h, cols, 8)
    _member_rows(h, fq, slots[on_first:], cols, on_first + 1, 9)
    h.y += 5
    field_rows(h, fq, r, [[F("*开户银行", "开户银行", 1.6, lw=0.8), F("*支行名称", "支行名称", 1.6, lw=0.8)],
                          [F("*银行卡号", "银行卡号", 4.0, lw=0.8)]], "pair", 10)

    def signature(x0: float, y0: float, x1: float, y1: float) -> None:
        q.text(x0 + 2, y0 + 5, "申请职工签名：", 3.0, st.label_font)
        q.text(x0 + 8, y0 + 13, str(r["姓名"] or ""), 4.4, "kai", color=INK_BLUE)

    def category(x0: float, y0: float, x1: float, y1: float) -> None:
        q.text(x0 + 2, y0 + 5, "困难类别（由杭州市总工会职工服务中心认定）：", 3.0, st.label_font)
        choice(fq, HZ_CATEGORIES, ticked_of(r["困难类别"]), 3.0)(x0, y0 + 8, x1, y1)

    h.row([(2.0, signature), (5.3, category)], 20)
    y = h.y + 8
    for x, label, key in ((15, "经办人：", "建档人"), (80, "审核人：", "审核人"), (145, "审批人：", "")):
        q.text(x, y, label, 3.2, st.label_font)
        if key:
            q.text(x + 15, y, str(r[key] or ""), 3.8, "kai", color=st.color)
    notes = ["填表说明：9、带“*”号项为必填项。10、“工作状态”和“劳模类型”为职工必填项；“劳动合同签订时间”和“合同期限”为",
             "农民工必填项。11、“困难类别”由杭州市总工会职工服务中心认定填写。"]
    for i, ln in enumerate(notes):
        q.text(15, y + 9 + i * 4.2, ln, 2.5, st.label_font)
    _footer(q, st, 2, 2)

    mkeys = [c.key for c in cols if c.key]
    p.members = [{k: m[k] for k in mkeys} for m in slots[:on_first] if m is not None]
    q.members = [{k: m[k] for k in mkeys} for m in slots[on_first:] if m is not None]
    first = ["单位", "是否农民工", *printed, "主要致困原因", "次要致困原因", "困难情况说明"]
    second = ["开户银行", "支行名称", "银行卡号", "困难类别", "建档人", "审核人"]
    assert set(first) | set(second) >= set(HZ_ALWAYS)
    return _document(hh, [p, q], [first, second], [*p.members, *q.members], sealed, 0, HZ_TITLE, "杭州/轮换2")


# ---------------------------------------------------------------------------------------------------------
@layout("建档申请表/河北", "河北/轮换2")
def form_hebei_two_pages(hh: Household, st: Style, sealed: bool) -> Document:
    r = hh.record
    p, f = new_page(st)
    p.text(15, 10, "附件2", 3.2, st.label_font)
    _title(p, st, HB_TITLE, 17, 6.2)
    p.text(112, 26, "申请困难类别", 3.3, st.label_font)
    choice(f, HB_CATEGORIES, ticked_of(r["困难类别"]), 3.3, box_first=False)(134, 22, 198, 30)
    p.text(15, 32, "以下内容为申请人填写，填写前请详细阅读填写说明", 3.0, st.label_font)
    g = Grid(p, st, 12, 36, 186)
    rows = [
        [F("姓  名", "姓名", 1.3), F("民  族", "民族", 0.8), F("性  别", "性别", 0.6)],
        [F("政治面貌", "政治面貌", 1.0), F("婚姻情况", "婚姻状况", 1.9, MARITAL)],
        [F("公民身份号码", "身份证号", 3.0, boxes=True)],
        [F("户籍地址", "户口所在地行政区划", 1.6), F("现居住地", "家庭住址", 1.9)],
        [F("工作单位", "工作单位", 1.9), F("联系电话", "手机号码", 1.2)],
    ]
    printed = field_rows(g, f, r, rows, "inline", 9.5)

    def identity(x0: float, y0: float, x1: float, y1: float) -> None:
        ident = _identity(r)
        fill = (y1 - y0) / 3
        choice(f, ("在职",), {ident}, 2.8, box_first=False)(x0, y0, x0 + 16, y0 + fill)
        p.text(x0 + 17, y0 + fill / 2, "（合同期限  年  月至  年  月）", 2.6, st.label_font)
        choice(f, ("失业",), {ident}, 2.8, box_first=False)(x0, y0 + fill, x0 + 16, y0 + 2 * fill)
        p.text(x0 + 17, y0 + fill * 1.5, "（失业金发放期限  年  月至  年  月）", 2.6, st.label_font)
        choice(f, ("其他",), {ident}, 2.8, box_first=False)(x0, y0 + 2 * fill, x0 + 16, y1)

    g.row([(1.0, L("职工身份")), (5.0, identity)], 16)
    printed += field_rows(g, f, r, [[F("本人月平均收入（元）", "本人月平均收入", 1.2),
                                     F("家庭非薪资收入（元）", "家庭其他非薪资年收入", 1.2),
                                     F("家庭人口", "家庭人口", 0.7)]], "inline", 9.5)
    cols = [MCol("与申请人关系", "关系", 0.9), MCol("姓 名", "姓名", 0.9), MCol("公民身份号码", "身份证号", 2.1),
            MCol("性别", "性别", 0.45), MCol("月收入", "月收入", 0.7), MCol("健康状况", "健康状况", 0.6),
            MCol("身份（在职/失业/退休/在读）", "人员身份", 0.8), MCol("单位或学校名称", "单位或学校", 0.9)]
    g.row([(1.0, L("家庭成员"))], 7, 3.0)
    _member_header(g, cols, 10, 2.6)
    slots: list[dict[str, Any] | None] = [*hh.members, *([None] * max(0, 4 - len(hh.members)))]
    _member_rows(g, f, slots, cols, 1, 9.5 if len(slots) <= 5 else 7.5)
    _property(g, f, r)
    g.row([(1.2, L("主要致困原因")), (6.4, choice(f, HB_CAUSES, ticked_of(r["主要致困原因"]), 2.9, box_first=False))],
          14)
    g.row([(1.2, L("家庭困难原因及状况")), (6.4, _free(p, st, "直接叙述：" + situation(hh)))], 20)
    med, edu, other = hebei_split(hh)
    g.row([(1.2, L("必要性支出（元）")), (0.9, L("医疗费用")), (1.0, value(f, med, "年度必要支出")), (0.9, L("教育费用")),
           (1.0, value(f, edu, "年度必要支出")), (1.3, L("其他生活致困必要支出")), (1.3, value(f, other, "年度必要支出"))],
          10)
    g.row([(1.2, L("相关附件材料（留存复印件）")),
           (6.4, printed_text(f, "□授权书；□个人申报表；□身份材料；□户口页；□收入证明；□公示证明；□银行卡复印件；"
                                 "□居住证；□劳动合同；□低保证；□医疗诊断书；□医药费票据复印件；□残疾证；□灾害证明；"
                                 "□上学证明；□其他", 2.6))], 13)
    y = g.y + 6
    for i, ln in enumerate(["本人声明：1.本人已阅读填表说明，不存在填表说明第1项的情况。",
                            "2.本人愿意配合工作人员的各项调查工作，并如实反映情况。",
                            "3.本人将积极配合工会及其他相关部门一起制定帮扶计划。"]):
        p.text(15 + (0 if i == 0 else 15), y + i * 4.5, ln, 2.7, st.label_font)
    p.text(110, y + 16, "申请人：", 3.2, st.label_font)
    p.text(126, y + 16, str(r["姓名"] or ""), 4.2, "kai", color=INK_BLUE)
    p.text(155, y + 16, "日期：" + st.date(hh.created.isoformat()), 3.0, st.label_font)
    _footer(p, st, 1, 2)

    q = Page(p.w, p.h)
    fq = f.on(q)
    q.text(15, 16, "以下内容由各级工会填写：", 3.2, st.label_font)
    h = Grid(q, st, 12, 22, 186)
    h.row([(1.2, L("公示结果")), (6.4, choice(fq, ("无异议", "有异议，异议是"), {"无异议"}, 3.0))], 11)
    h.row([(1.2, L("家庭收入")), (1.2, L("工资性收入")), (1.8, None), (1.2, L("家庭非薪资收入")), (2.2, None)], 10)
    h.row([(1.2, L("家庭财产")), (1.2, L("其他财产")), (5.2, choice(fq, ("没有", "有"), {"没有"}, 3.0))], 10)

    def survey(x0: float, y0: float, x1: float, y1: float) -> None:
        q.text(x0 + 2, y0 + 6, "经调查核实，申请人        的情况  （符合/不符合）  （省级以上/市级）困难职工申报建档条件。",
               2.9, st.label_font)
        q.text(x1 - 70, y1 - 10, "调查人员：", 3.0, st.label_font)
        q.text(x1 - 40, y1 - 4, "年    月    日", 3.0, st.label_font)

    h.row([(1.2, L("调查情况")), (6.4, survey)], 28)

    def opinion(first: bool) -> Cell:
        def draw(x0: float, y0: float, x1: float, y1: float) -> None:
            if first:
                q.text(x0 + 3, y0 + 7, "情况属实，同意上报。", 3.3, st.value_font, color=st.color)
                q.text(x1 - 42, y1 - 4, st.date((hh.created + timedelta(days=7)).isoformat()), 3.0, st.value_font,
                       color=st.color)
                if sealed:
                    _seal_on(q, st, x1 - 45, (y0 + y1) / 2, f"{hh.unit.name}工会委员会")
            else:
                q.text(x1 - 40, y1 - 4, "年    月    日", 3.0, st.label_font)
            q.text(x1 - 60, y1 - 11, "（盖章）", 3.0, st.label_font)

        return draw

    h.row([(1.2, L("基层工会意见")), (6.4, opinion(True))], 34)
    for label in ("乡镇（街道）、开发区（园区）工会意见", "县级工会意见", "市级职工服务中心（省有关产业工会）意见"):
        h.row([(1.2, L(label)), (6.4, opinion(False))], 30)
    _footer(q, st, 2, 2)

    mkeys = [c.key for c in cols if c.key]
    members = [{k: m[k] for k in mkeys} for m in hh.members]
    p.members = list(members)
    first_keys = ["困难类别", *printed, "主要致困原因", "困难情况说明", "年度必要支出"]
    return _document(hh, [p, q], [first_keys, []], members, sealed, 1, HB_TITLE, "河北/轮换2")


# ---------------------------------------------------------------------------------------------------------
def _lines_label(p: Page, st: Style, lines: Sequence[str], size: float = 3.2) -> Cell:
    """A label broken over lines where the seed's printing breaks it (身份证 / 号 码), centred in its cell."""

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        gap = size * 1.35
        y = (y0 + y1) / 2 - (len(lines) - 1) * gap / 2
        for ln in lines:
            p.text((x0 + x1) / 2, y, ln, size, st.label_font, "mm")
            y += gap

    return draw


@layout("建档申请表/湖南", "湖南/轮换2")
def form_hunan_two_pages(hh: Household, st: Style, sealed: bool) -> Document:
    r = hh.record
    p, f = new_page(st)
    p.text(18, 12, "附件1", 3.2, st.label_font)
    _title(p, st, HN_TITLE, 22, 6.4)
    g = Grid(p, st, 18, 32, 174)
    g.row([(1.0, L("困难救助申请人基本情况"))], 10, 3.2)
    record = _dibao_worded(r)
    lw = 0.5  # narrow label cells, the labels broken over lines as the seed prints them

    def pair(lines: Sequence[str], fld: F) -> list[tuple[float, Cell]]:
        return [(lw, _lines_label(p, st, lines)), (fld.w, content(f, fld, record))]

    g.row([*pair(["姓  名"], F("", "姓名", 1.4)), *pair(["性  别"], F("", "性别", 0.65)),
           *pair(["年  龄"], F("", "年龄", 0.65)), *pair(["有无", "低保"], F("", "有无低保", 0.9, DIBAO))], 16)
    g.row([*pair(["身份证", "号  码"], F("", "身份证号", 2.5)),
           *pair(["致困", "原因"], F("", "主要致困原因", 2.1, HUNAN_CAUSES))], 16)
    g.row([*pair(["工  作", "状  态"], F("", "工作状态", 1.2)), *pair(["工  作", "单  位"], F("", "工作单位", 3.4))], 16)
    g.row(pair(["联系电话"], F("", "手机号码", 5.1)), 12)
    printed = ["姓名", "性别", "年龄", "有无低保", "身份证号", "主要致困原因", "工作状态", "工作单位", "手机号码"]
    g.row([(lw, _lines_label(p, st, ["家庭主要", "困难情况"])), (5.1, _free(p, st, situation(hh)))], 70)

    def promise(x0: float, y0: float, x1: float, y1: float) -> None:
        p.fit(x0, y0 + 2, x1, y0 + 16, "本人承诺以上所填情况皆真实，愿意接受审核。若隐瞒或弄虚作假，自愿承担责任。", 3.1,
              st.label_font, "left", pad=3)
        p.text(x1 - 90, y1 - 7, "承诺人（签名）", 3.0, st.label_font)
        p.text(x1 - 62, y1 - 7, str(r["姓名"] or ""), 4.4, "kai", color=INK_BLUE)
        p.text(x1 - 35, y1 - 7, st.date(hh.created.isoformat()), 3.2, st.value_font, color=st.color)

    g.row([(lw, _lines_label(p, st, ["本人", "承诺"])), (5.1, promise)], 34)
    _footer(p, st, 1, 2)

    q = Page(p.w, p.h)
    fq = f.on(q)
    h = Grid(q, st, 18, 20, 174)

    def check(x0: float, y0: float, x1: float, y1: float) -> None:
        q.text(x0 + 3, y0 + 7, "经入户核查，情况属实。", 3.2, st.value_font, color=st.color)
        q.text(x0 + 3, y0 + 15, "建议困难类别：", 3.1, st.label_font)
        choice(fq, HN_CATEGORIES, ticked_of(r["困难类别"]), 3.1)(x0 + 26, y0 + 11, x1 - 5, y0 + 19)
        q.text(x1 - 80, y1 - 12, "入户核查人签名：", 3.0, st.label_font)
        q.text(x1 - 50, y1 - 12, str(r["建档人"] or ""), 4.0, "kai", color=INK_BLUE)
        q.text(x1 - 40, y1 - 4, st.date((hh.created - timedelta(days=5)).isoformat()), 3.0, st.value_font,
               color=st.color)

    def first(x0: float, y0: float, x1: float, y1: float) -> None:
        q.text(x0 + 3, y0 + 7, "同意上报。", 3.4, st.value_font, color=st.color)
        q.text(x1 - 95, y1 - 12, "（公章+ 审签人签字）", 3.0, st.label_font)
        q.text(x1 - 55, y1 - 12, str(r["审核人"] or ""), 4.0, "kai", color=INK_BLUE)
        q.text(x1 - 40, y1 - 4, st.date((hh.created - timedelta(days=3)).isoformat()), 3.0, st.value_font,
               color=st.color)
        if sealed:
            _seal_on(q, st, x1 - 70, (y0 + y1) / 2, f"{hh.unit.name}工会委员会")

    def blank(signer: str) -> Cell:
        def draw(x0: float, y0: float, x1: float, y1: float) -> None:
            q.text(x1 - 95, y1 - 12, signer, 3.0, st.label_font)
            q.text(x1 - 40, y1 - 4, "年    月    日", 3.0, st.label_font)

        return draw

    opinions = [(["入户核查", "人员意见"], check), (["单位工会", "或社区工", "会初审意", "见"], first),
                (["市/县工会", "帮扶中心", "入户复核", "人员意见"], blank("入户复核人签名：")),
                (["市/县工会", "帮扶中心", "审核意见"], blank("（公章+ 审签人签字 ）"))]
    for lines, cell in opinions:
        h.row([(lw, _lines_label(q, st, lines)), (5.1, cell)], 52)
    _footer(q, st, 2, 2)
    return _document(hh, [p, q], [[*printed, "困难情况说明"], ["困难类别", "建档人", "审核人"]], [], sealed, 1, HN_TITLE,
                     "湖南/轮换2")


# ---------------------------------------------------------------------------------------------------------
# the member labels of the 档案表 (湖南 附件2, with *), one row each; None: a label printed with no archive key
MEMBER_ROWS: list[tuple[str, str | None]] = [
    ("*姓名", "姓名"), ("*关系（是户主的）", "关系"), ("*民族", "民族"), ("*身份证号", "身份证号"), ("出生日期", "出生日期"),
    ("年龄", "年龄"), ("性别", "性别"), ("政治面貌", "政治面貌"), ("*月收入", "月收入"), ("*劳模类型", "劳模类型"),
    ("*健康状况", "健康状况"), ("疾病/残疾类别", "疾病/残疾类别"), ("*医保状况", "医保状况"), ("*婚姻状况", "婚姻状况"),
    ("*户口类型", "户口类型"), ("手机号码", "手机号码"), ("其它联系方式", None), ("*人员身份", "人员身份"),
    ("当前学历", "当前学历"), ("入学年份", "入学年份"), ("年制", "年制"), ("单位或学校", "单位或学校"),
    ("单位性质", "单位性质"), ("企业状况", "企业状况"), ("所属行业", "所属行业"), ("工作状态", "工作状态"),
    ("劳动合同签订/入伍时间", "劳动合同签订/入伍时间"), ("合同期限", "合同期限"), ("备注", None),
]


@layout("建档申请表/全国", "全国/轮换2")
def form_national_member_columns(hh: Household, st: Style, sealed: bool) -> Document:
    r = hh.record
    p, f = new_page(st)
    _title(p, st, "困难职工档案表（*为必填项）", 14, 5.8)
    p.text(12, 21, "填报单位：", 3.1, st.label_font)
    p.text(29, 21, str(r["单位"] or ""), 3.5, st.value_font, color=st.color)
    printed = ["单位", *_migrant_line(p, f, r, 28)]
    g = Grid(p, st, 10, 33, 190)
    rows = [
        [F("*职工编号", "职工编号", 1.4), F("*困难类别", "困难类别", 0.9), F("*档案类型", "档案类型", 0.8),
         F("*建档标准", "建档标准", 0.8)],
        [F("*姓名", "姓名", 1.0), F("*民族", "民族", 0.7), F("*性别", "性别", 0.5), F("*政治面貌", "政治面貌", 0.9),
         F("*出生日期", "出生日期", 1.0)],
        [F("*身份证号", "身份证号", 1.8), F("年龄", "年龄", 0.5), F("*健康状况", "健康状况", 0.8),
         F("疾病/残疾类别", "疾病/残疾类别", 1.0)],
        [F("*工作状态", "工作状态", 0.9), F("*工作时间", "工作时间", 1.0), F("*住房类型", "住房类型", 1.0),
         F("建筑面积", "建筑面积", 0.7), F("*婚姻状况", "婚姻状况", 0.7)],
        [F("手机号码", "手机号码", 1.1), F("其他联系方式", "其他联系方式", 1.1), F("*劳模类型", "劳模类型", 0.9),
         F("是否单亲", "是否单亲", 0.6), F("*医保状况", "医保状况", 1.0)],
        [F("*家庭住址", "家庭住址", 2.6), F("邮政编码", "邮政编码", 0.8), F("*户口类型", "户口类型", 0.7)],
        [F("工作单位", "工作单位", 1.8), F("单位性质", "单位性质", 0.9), F("企业状况", "企业状况", 0.8),
         F("*所属行业", "所属行业", 0.9)],
        [F("*本人月平均收入", "本人月平均收入", 1.0), F("*家庭其他非薪资年收入", "家庭其他非薪资年收入", 1.2),
         F("*家庭年度总收入", "家庭年度总收入", 1.0), F("*家庭人口", "家庭人口", 0.7)],
        [F("家庭月人均收入", "家庭月人均收入", 1.0), F("*户口所在地行政区划", "户口所在地行政区划", 2.0),
         F("年度必要支出", "年度必要支出", 1.0)],
        [F("是否有一定自救能力", "是否有一定自救能力", 1.0), F("是否为零就业家庭", "是否为零就业家庭", 1.0),
         F("*主要致困原因", "主要致困原因", 1.6)],
        [F("次要致困原因（0-3项）", "次要致困原因", 2.6), F("其他（文字描述）", None, 1.4)],
        [F("开户银行", "开户银行", 1.2), F("支行名称", "支行名称", 1.2), F("银行卡号", "银行卡号", 1.8)],
        [F("备注", "备注", 3.0), F("立卡时间", "立卡时间", 1.0)],
        [F("帮扶单位", "帮扶单位", 1.6), F("帮扶联系人", "帮扶联系人", 1.0), F("*建档人", "建档人", 0.8),
         F("*审核人", "审核人", 0.8), F("录入人", "录入人", 0.8)],
    ]
    printed += field_rows(g, f, r, rows, "below", 11.5)
    g.row([(1.4, L("是否为解困脱困对象")), (1.2, choice(f, YES_NO, ticked_of(r["解困脱困对象"]), 3.0)),
           (1.2, L("五类重点群体")), (3.4, choice(f, KEY_GROUPS, ticked_of(r["五类重点群体"]), 2.5))], 16)
    g.row([(1.2, L("“四个一批”措施")), (2.4, choice(f, FOUR_BATCHES, ticked_of(r["四个一批措施"]), 2.5)),
           (1.0, L("七个行动计划")), (2.8, choice(f, ACTION_PLANS, ticked_of(r["七个行动计划"]), 2.5))], 20)
    printed += ["解困脱困对象", "五类重点群体", "四个一批措施", "七个行动计划"]
    if sealed:
        _seal_on(p, st, 165, min(g.y + 12, 280), f"{hh.unit.name}工会委员会")
        p.text(145, min(g.y + 22, 288), "（建档工会盖章）", 3.0, st.label_font)

    pages = [p]
    truth: list[dict[str, Any]] = []
    per_page = 3
    n_pages = max(1, -(-len(hh.members) // per_page))
    for k in range(n_pages):
        sheet = Page(p.w, p.h)
        fs = f.on(sheet)
        chunk = hh.members[k * per_page:(k + 1) * per_page]
        g2 = Grid(sheet, st, 10, 16, 190)
        g2.row([(1.3, None)] + [(1.6, L(f"家庭成员信息表格{k * per_page + i + 1}")) for i in range(per_page)],
               9, 2.9)
        for label, key in MEMBER_ROWS:
            cells: list[tuple[float, Cell]] = [(1.3, L(label))]
            for i in range(per_page):
                m = chunk[i] if i < len(chunk) else None
                cells.append((1.6, value(fs, m[key], key) if m is not None and key else None))
            g2.row(cells, 8.6 if key != "单位或学校" else 10.5, 2.7)
        sheet.members = [{key: m[key] for _, key in MEMBER_ROWS if key} for m in chunk]
        truth += sheet.members
        pages.append(sheet)
    return _document(hh, pages, [printed] + [[] for _ in pages[1:]], truth, sealed, 0, "困难职工档案表", "全国/轮换2")


# registered after the printings of forms_hangzhou / forms_hebei / forms_hunan / forms_national (forms.py imports
# this module last), so the seeds' own printing stays each kind's first layout
__all__: list[str] = []
