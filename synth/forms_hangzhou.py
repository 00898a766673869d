"""Other printings of the 杭州市工会困难职工建档申请表 (杭州 附件1), as units re-type it.

- 杭州/标签值同格: every label and its value in one cell (「*姓名：张三」), ID numbers in 18 digit boxes, the
  member table with its columns reordered and a blank 备注 column, 家庭成员 merged down its left side.
- 杭州/值在标签下: labels in the cells' top-left corners with values under them, four a row; each member
  on two lines (the ID number in 18 boxes on the second).
- 杭州/横排紧凑: A4 landscape, labels in a row above their values, many narrow columns (values wrap), the
  member table with 出生日期 added, the causes side by side.
"""

from __future__ import annotations

from typing import Any

from dangan.schemas.vocab import HangzhouCause
from dangan.synth.canvas import INK_BLUE, Page
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
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.render import Document, Grid, L, Style, _free, _seal_on, _title

KIND = "建档申请表/杭州"
TITLE = "杭州市工会困难职工建档申请表"
CAUSES = tuple(c.value for c in HangzhouCause)
CATEGORIES = ("持证困难户", "低保边缘户", "意外致困户", "临时困难户", "其他困难户")
YES_NO = ("是", "否")
# What every 杭州 printing asks besides the fields of its grid (the header, causes, narrative, signatures).
ALWAYS = ["单位", "是否农民工", "主要致困原因", "次要致困原因", "困难情况说明", "困难类别", "建档人", "审核人"]


def _header(p: Page, f: Fill, r: dict[str, Any], y: float, sealed: bool, unit_name: str) -> None:
    """Title with the 职工/农民工 choice, and the two unions' lines (the first filled, sealed)."""
    st = f.st
    _title(p, st, TITLE, y, 5.6)
    mid = p.w / 2
    choice(f, ("职工", "农民工"), {"农民工" if r["是否农民工"] else "职工"}, 3.3, box_first=False)(
        mid - 22, y + 4, mid + 30, y + 11)
    p.text(15, y + 15, "困难职工单位工会：", 3.2, st.label_font)
    p.fit(48, y + 11, 150, y + 19, str(r["单位"] or ""), 3.6, st.value_font, "left", st.color, jitter=st.jitter())
    p.text(15, y + 22, "区、县（市）、开发区工会、产业工会：（填写盖章）", 3.2, st.label_font)
    if sealed:
        _seal_on(p, st, p.w * 0.55, y + 17, f"{unit_name}工会委员会", "", 17)


def _causes_rows(g: Grid, f: Fill, r: dict[str, Any], side_by_side: bool, h: float = 13) -> None:
    main = (1.2, L("*主要致困原因"))
    second = (1.2, L("次要致困原因（最少0项，最多3项）"))
    if side_by_side:
        g.row([main, (3.0, choice(f, CAUSES, ticked_of(r["主要致困原因"]), 2.8)),
               second, (3.0, choice(f, CAUSES, ticked_of(r["次要致困原因"]), 2.8))], 14)
        return
    g.row([main, (6.0, choice(f, CAUSES, ticked_of(r["主要致困原因"]), 2.9))], h)
    g.row([second, (6.0, choice(f, CAUSES, ticked_of(r["次要致困原因"]), 2.9))], h)


def _sign_rows(g: Grid, f: Fill, r: dict[str, Any], h: float) -> None:
    p, st = f.p, f.st

    def signature(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 5, "申请职工签名：", 3.0, st.label_font)
        p.text(x0 + 8, y0 + 12, str(r["姓名"] or ""), 4.4, "kai", color=INK_BLUE)

    def category(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 5, "困难类别（由杭州市总工会职工服务中心认定）：", 3.0, st.label_font)
        choice(f, CATEGORIES, ticked_of(r["困难类别"]), 3.0, box_first=False)(x0, y0 + 8, x1, y1)

    g.row([(2.0, signature), (5.3, category)], h)
    y = g.y + 7
    for x, label, key in ((g.x + 3, "经办人：", "建档人"), (g.x + g.w * 0.36, "审核人：", "审核人"),
                          (g.x + g.w * 0.72, "审批人：", "")):
        p.text(x, y, label, 3.2, st.label_font)
        if key:
            p.text(x + 15, y, str(r[key] or ""), 3.8, "kai", color=st.color)


@layout(KIND, "杭州/标签值同格")
def form_hangzhou_inline(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    _header(p, f, r, 16, sealed, hh.unit.name)
    g = Grid(p, st, 12, 44, 186)
    rows = [
        [F("*姓名", "姓名", 1.6), F("*性别", "性别", 0.7), F("*民族", "民族", 0.9)],
        [F("*身份证号", "身份证号", 6.0, boxes=True)],
        [F("*政治面貌", "政治面貌", 1.2), F("*婚姻状况", "婚姻状况", 1.0), F("*健康状况", "健康状况", 1.2)],
        [F("*住房类型", "住房类型", 1.4), F("*户口类型", "户口类型", 1.0), F("*医保状况", "医保状况", 1.6)],
        [F("*户口所在地", "户口所在地行政区划", 2.4), F("*工作状态", "工作状态", 1.2)],
        [F("*劳模类型", "劳模类型", 1.2), F("*参加工作时间", "工作时间", 1.2), F("*合同期限", "合同期限", 1.2)],
        [F("*劳动合同签订时间", "劳动合同签订时间", 1.2), F("*手机号码", "手机号码", 1.4)],
        [F("*家庭住址", "家庭住址", 6.0)],
        [F("*本人月收入", "本人月平均收入", 0.9), F("*家庭其他年收入", "家庭其他非薪资年收入", 0.9),
         F("*因困总支出", "年度必要支出", 0.9)],
        [F("是否有一定自救能力", "是否有一定自救能力", 0.8, YES_NO),
         F("是否为零就业家庭", "是否为零就业家庭", 0.8, YES_NO)],
    ]
    rt = Retype.draw(rng)
    cols = rt.columns([MCol("关系", "关系", 0.8), MCol("姓名", "姓名", 1.0), MCol("性别", "性别", 0.6),
                       MCol("身份证号", "身份证号", 3.4), MCol("政治面貌", "政治面貌", 1.0), MCol("月收入", "月收入", 0.9),
                       MCol("备注", None, 0.8)], rng)
    n_rows = rng.randint(2, 5)
    printed, members = rt.in_order(
        lambda: field_rows(g, f, r, rt.rows(rows, rng, "inline"), rt.arrangement("inline"), rt.height("inline", 9.5)),
        lambda: member_table(g, f, hh.members, cols, n_rows, "家庭成员", 0.7, 8, 8.5, id_boxes=True))
    _causes_rows(g, f, r, side_by_side=False)
    g.row([(1.2, L("困难情况说明")), (6.0, _free(p, st, situation(hh)))], 22)
    field_rows(g, f, r, [[F("*开户银行", "开户银行", 1.2), F("*支行名称", "支行名称", 1.3),
                          F("*银行卡号", "银行卡号", 2.2)]], "inline", 9.5)
    _sign_rows(g, f, r, 18)
    keys = [*printed, "开户银行", "支行名称", "银行卡号", *ALWAYS]
    return finish(hh, [p], keys, members, sealed, TITLE, "杭州/标签值同格")


@layout(KIND, "杭州/横排紧凑")
def form_hangzhou_landscape(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st, landscape=True)
    _header(p, f, r, 12, sealed, hh.unit.name)
    g = Grid(p, st, 10, 38, 277)
    rows = [
        [F("*姓名", "姓名", 1.0), F("*性别", "性别", 0.5), F("*民族", "民族", 0.7), F("*身份证号", "身份证号", 3.6, boxes=True),
         F("*政治面貌", "政治面貌", 0.9), F("*婚姻状况", "婚姻状况", 0.8), F("*健康状况", "健康状况", 0.9),
         F("*户口类型", "户口类型", 0.8)],
        [F("*住房类型", "住房类型", 1.0), F("*医保状况", "医保状况", 1.1), F("*户口所在地", "户口所在地行政区划", 1.4),
         F("*工作状态", "工作状态", 0.8), F("*劳模类型", "劳模类型", 0.9), F("*参加工作时间", "工作时间", 1.0),
         F("*合同期限", "合同期限", 1.2), F("*劳动合同签订时间", "劳动合同签订时间", 1.0), F("*联系电话", "手机号码", 1.1)],
        [F("*家庭住址", "家庭住址", 2.4), F("*本人月收入", "本人月平均收入", 0.8),
         F("*家庭其他年收入", "家庭其他非薪资年收入", 0.9), F("*因困总支出", "年度必要支出", 0.8),
         F("是否有一定自救能力", "是否有一定自救能力", 1.0, YES_NO), F("是否为零就业家庭", "是否为零就业家庭", 1.0, YES_NO),
         F("*开户银行", "开户银行", 1.1), F("*支行名称", "支行名称", 1.1), F("*银行卡号", "银行卡号", 1.9)],
    ]
    printed = field_rows(g, f, r, rows, "stacked", 9, label_h=8.5, label_size=2.6)
    cols = [MCol("姓名", "姓名", 1.0), MCol("关系", "关系", 0.7), MCol("身份证号", "身份证号", 2.2),
            MCol("出生日期", "出生日期", 1.2), MCol("性别", "性别", 0.5), MCol("月收入", "月收入", 0.8),
            MCol("政治面貌", "政治面貌", 0.9)]
    members = member_table(g, f, hh.members, cols, rng.randint(3, 6), "家庭成员", 0.6, 7, 7)
    _causes_rows(g, f, r, side_by_side=True)
    g.row([(1.2, L("困难情况说明")), (8.0, _free(p, st, situation(hh), 3.0))], 15)
    _sign_rows(g, f, r, 16)
    return finish(hh, [p], [*printed, *ALWAYS], members, sealed, TITLE, "杭州/横排紧凑")


@layout(KIND, "杭州/值在标签下")
def form_hangzhou_below(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    _header(p, f, r, 14, sealed, hh.unit.name)
    g = Grid(p, st, 12, 40, 186)
    rows = [
        [F("*姓名", "姓名", 1.2), F("*性别", "性别", 0.6), F("*民族", "民族", 0.8), F("*政治面貌", "政治面貌", 1.0)],
        [F("*身份证号", "身份证号", 3.0, boxes=True), F("*婚姻状况", "婚姻状况", 0.8)],
        [F("*住房类型", "住房类型", 1.2), F("*健康状况", "健康状况", 1.0), F("*户口类型", "户口类型", 0.9),
         F("*医保状况", "医保状况", 1.2)],
        [F("*户口所在地", "户口所在地行政区划", 2.0), F("*工作状态", "工作状态", 1.0), F("*劳模类型", "劳模类型", 1.0)],
        [F("*参加工作时间", "工作时间", 1.0), F("*劳动合同签订时间", "劳动合同签订时间", 1.1),
         F("*合同期限", "合同期限", 1.1), F("*联系电话", "手机号码", 1.1)],
        [F("*家庭住址", "家庭住址", 3.0), F("*本人月收入", "本人月平均收入", 1.0)],
        [F("*家庭其他年收入", "家庭其他非薪资年收入", 1.0), F("*因困总支出", "年度必要支出", 1.0),
         F("是否有一定自救能力", "是否有一定自救能力", 1.0, YES_NO), F("是否为零就业家庭", "是否为零就业家庭", 1.0, YES_NO)],
    ]
    rt = Retype.draw(rng, members_first=False)
    printed = field_rows(g, f, r, rt.rows(rows, rng, "below"), rt.arrangement("below"), 11.5)
    cols = rt.columns([MCol("姓名", "姓名", 1.2), MCol("关系", "关系", 0.9), MCol("性别", "性别", 0.6),
                       MCol("政治面貌", "政治面貌", 1.0), MCol("月收入", "月收入", 1.0)], rng)
    second = [MCol("身份证号", "身份证号", 1.0)]
    members = member_table(g, f, hh.members, cols, rng.randint(1, 3), "家庭成员", 0.8, 6.5, 7.5, id_boxes=True,
                           second=second)
    _causes_rows(g, f, r, side_by_side=False, h=11)
    g.row([(1.2, L("困难情况说明")), (6.0, _free(p, st, situation(hh), 3.0))], 16)
    printed += field_rows(g, f, r, [[F("*开户银行", "开户银行", 1.2), F("*支行名称", "支行名称", 1.3),
                                     F("*银行卡号", "银行卡号", 2.2)]], "below", 11)
    _sign_rows(g, f, r, 15)
    return finish(hh, [p], [*printed, *ALWAYS], members, sealed, TITLE, "杭州/值在标签下")
