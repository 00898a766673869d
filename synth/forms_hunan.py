"""Other printings of the 湖南 困难职工家庭建档申请审批表 (附件1), as units re-type it.

- 湖南/加家庭成员: label and value in one cell (「姓名：张三」), the ID number in 18 boxes, and a 家庭成员情况
  table the unit added (1–6 rows, 年龄 and 单位或学校 columns); the four opinion rows kept.
- 湖南/值在标签下: labels in the cells' top-left corners, values under them, 致困原因 as its own row of
  options; the county centre's two rows dropped.
- 湖南/左右两栏: A4 landscape, two tables side by side: the applicant (label | value pairs, the narrative)
  on the left, the promise and the four opinions on the right.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from dangan.synth.canvas import INK_BLUE
from dangan.synth.forms_draw import (
    F,
    Fill,
    MCol,
    Retype,
    choice,
    field_rows,
    finish,
    member_table,
    new_page,
    situation,
    ticked_of,
)
from dangan.synth.households import HUNAN_CAUSES, Household
from dangan.synth.layouts import layout
from dangan.synth.render import Document, Grid, L, Style, _free, _seal_on, _title

KIND = "建档申请表/湖南"
TITLE = "困难职工家庭建档申请审批表"
CATEGORIES = ("全总级", "省级", "地市级")
DIBAO = ("有低保", "无低保")
# What every 湖南 printing asks besides its grid of applicant fields (narrative and opinions).
ALWAYS = ["困难情况说明", "困难类别", "建档人", "审核人"]


def _dibao_worded(r: dict[str, Any]) -> dict[str, Any]:
    """The record with 有无低保 in the form's option wording (nothing ticked when it is not known)."""
    v = r["有无低保"]
    return {**r, "有无低保": None if v is None else "有低保" if v else "无低保"}


def _opinions(g: Grid, f: Fill, hh: Household, sealed: bool, county: bool, h: float) -> None:
    """本人承诺, 入户核查 (建议困难类别, 建档人), 初审 (审核人, seal) and, when kept, the county centre's rows."""
    r, p, st = hh.record, f.p, f.st

    def promise(x0: float, y0: float, x1: float, y1: float) -> None:
        p.fit(x0, y0, x1, y0 + 10, "本人承诺以上所填情况皆真实，愿意接受审核。若隐瞒或弄虚作假，自愿承担责任。", 3.0,
              st.label_font, "left", pad=2)
        p.text(x1 - 95, y1 - 5, "承诺人（签名）", 3.0, st.label_font)
        p.text(x1 - 68, y1 - 5, str(r["姓名"] or ""), 4.4, "kai", color=INK_BLUE)
        p.text(x1 - 40, y1 - 5, st.date(hh.created.isoformat()), 3.2, st.value_font, color=st.color)

    def check(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 5, "经入户核查，情况属实。建议困难类别：", 3.1, st.value_font, color=st.color)
        choice(f, CATEGORIES, ticked_of(r["困难类别"]), 3.1)(x0 + 2, y0 + 8, x0 + 80, y0 + 16)
        p.text(x1 - 80, y1 - 5, "入户核查人签名：", 3.0, st.label_font)
        p.text(x1 - 50, y1 - 5, str(r["建档人"] or ""), 4.0, "kai", color=INK_BLUE)

    def first(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 5, "同意上报。", 3.4, st.value_font, color=st.color)
        p.text(x1 - 85, y1 - 9, "（公章+ 审签人签字）", 3.0, st.label_font)
        p.text(x1 - 45, y1 - 9, str(r["审核人"] or ""), 4.0, "kai", color=INK_BLUE)
        p.text(x1 - 60, y1 - 3.5, st.date((hh.created - timedelta(days=3)).isoformat()), 3.0, st.value_font,
               color=st.color)
        if sealed:
            _seal_on(p, st, x1 - 70, y0 + (y1 - y0) / 2, f"{hh.unit.name}工会委员会")

    g.row([(0.9, L("本人承诺")), (6.6, promise)], h * 0.75)
    g.row([(0.9, L("入户核查人员意见")), (6.6, check)], h)
    g.row([(0.9, L("单位工会或社区工会初审意见")), (6.6, first)], h)
    if county:
        g.row([(0.9, L("市/县工会帮扶中心入户复核人员意见")), (6.6, _free(p, st, "入户复核人签名："))], h * 0.8)
        g.row([(0.9, L("市/县工会帮扶中心审核意见")), (6.6, _free(p, st, "（公章+ 审签人签字 ）  年  月  日"))],
              h * 0.8)


@layout(KIND, "湖南/加家庭成员")
def form_hunan_members(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    p.text(15, 10, "附件1", 3.2, st.label_font)
    _title(p, st, TITLE, 18, 6.0)
    g = Grid(p, st, 13, 26, 184)
    g.row([(1.0, L("困难救助申请人基本情况"))], 8)
    rows = [
        [F("姓  名", "姓名", 1.3), F("性  别", "性别", 0.6), F("年  龄", "年龄", 0.6),
         F("有无低保", "有无低保", 1.3, DIBAO)],
        [F("身份证号码", "身份证号", 5.0, boxes=True)],
        [F("致困原因", "主要致困原因", 5.0, HUNAN_CAUSES)],
        [F("工作状态", "工作状态", 1.0), F("工作单位", "工作单位", 2.6)],
        [F("联系电话", "手机号码", 2.0)],
    ]
    record = _dibao_worded(r)
    rt = Retype.draw(rng)
    cols = rt.columns([MCol("姓名", "姓名", 1.0), MCol("与申请人关系", "关系", 0.9), MCol("年龄", "年龄", 0.5),
                       MCol("身份证号", "身份证号", 2.2), MCol("单位或学校名称", "单位或学校", 1.9),
                       MCol("月收入", "月收入", 0.8)], rng)
    n_rows = rng.randint(1, 6)
    printed, members = rt.in_order(
        lambda: field_rows(g, f, record, rt.rows(rows, rng, "inline"), rt.arrangement("inline"),
                           rt.height("inline", 10)),
        lambda: member_table(g, f, hh.members, cols, n_rows, "家庭成员情况", 0.8, 8, 8, numbered=True))
    g.row([(0.9, L("家庭主要困难情况")), (6.6, _free(p, st, situation(hh)))], 26)
    _opinions(g, f, hh, sealed, county=True, h=24)
    return finish(hh, [p], [*printed, *ALWAYS], members, sealed, TITLE, "湖南/加家庭成员")


@layout(KIND, "湖南/值在标签下")
def form_hunan_below(hh: Household, st: Style, sealed: bool) -> Document:
    r = hh.record
    p, f = new_page(st)
    _title(p, st, TITLE, 20, 6.6)
    p.text(140, 30, "编号：", 3.2, st.label_font)
    g = Grid(p, st, 16, 35, 178)
    rows = [
        [F("姓名", "姓名", 1.3), F("性别", "性别", 0.7), F("年龄", "年龄", 0.7), F("有无低保", "有无低保", 1.5, DIBAO)],
        [F("身份证号码", "身份证号", 2.6), F("手机", "手机号码", 1.6)],
        [F("工作单位", "工作单位", 2.8), F("工作状态", "工作状态", 1.4)],
    ]
    record = _dibao_worded(r)
    printed = field_rows(g, f, record, rows, "below", 15)
    printed += field_rows(g, f, r, [[F("致困原因", "主要致困原因", 5.0, HUNAN_CAUSES, lw=1.0)]], "pair", 11)
    g.row([(0.9, L("家庭主要困难情况")), (6.6, _free(p, st, situation(hh)))], 45)
    _opinions(g, f, hh, sealed, county=False, h=30)
    return finish(hh, [p], [*printed, *ALWAYS], [], sealed, TITLE, "湖南/值在标签下")


@layout(KIND, "湖南/左右两栏")
def form_hunan_two_panels(hh: Household, st: Style, sealed: bool) -> Document:
    r = hh.record
    p, f = new_page(st, landscape=True)
    p.text(12, 10, "附件1", 3.2, st.label_font)
    _title(p, st, TITLE, 16, 6.2)
    left = Grid(p, st, 12, 26, 132)
    left.row([(1.0, L("困难救助申请人基本情况"))], 9)
    rows = [
        [F("姓  名", "姓名", 1.4, lw=0.8), F("性  别", "性别", 0.6, lw=0.7)],
        [F("年  龄", "年龄", 1.4, lw=0.8), F("有无低保", "有无低保", 1.4, DIBAO, lw=0.7)],
        [F("身份证号码", "身份证号", 2.9, lw=0.8)],
        [F("工作状态", "工作状态", 2.9, lw=0.8)],
        [F("工作单位", "工作单位", 2.9, lw=0.8)],
        [F("联系电话", "手机号码", 2.9, lw=0.8)],
        [F("致困原因", "主要致困原因", 2.9, HUNAN_CAUSES, lw=0.8)],
    ]
    record = _dibao_worded(r)
    printed = field_rows(left, f, record, rows, "pair", 11)
    left.row([(0.8, L("家庭主要困难情况")), (2.9, _free(p, st, situation(hh), 3.2))], 176 - left.y)
    right = Grid(p, st, 150, 26, 135)
    _opinions(right, f, hh, sealed, county=True, h=32)
    return finish(hh, [p], [*printed, *ALWAYS], [], sealed, TITLE, "湖南/左右两栏")
