"""Other printings of the 河北 困难职工申报表 (附件2), as units re-type it.

- 河北/值在标签下: each label small in its cell's corner with the value written under it; the member table
  with its columns reordered, a blank 备注 column and 家庭成员 merged down its left; expenses split.
- 河北/成员表在前: label cell beside value cell, two pairs a row; 申请困难类别 as a row of the grid; the member
  table right after the applicant (nine narrow columns, 出生日期 added); one 家庭年度必要性支出 total.
- 河北/横版: A4 landscape, labels in a row above their values, the member table under a 家庭成员 title row
  (no merged side label), the declaration beside the signature.
"""

from __future__ import annotations

from typing import Any

from dangan.schemas.vocab import HebeiCause
from dangan.synth.canvas import INK_BLUE, text_width
from dangan.synth.forms_draw import (
    F,
    Fill,
    MCol,
    Retype,
    choice,
    field_rows,
    finish,
    hebei_split,
    member_table,
    new_page,
    option,
    situation,
    ticked_of,
    value,
)
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.render import Document, Grid, L, Style, _free, _seal_on, _title

KIND = "建档申请表/河北"
TITLE = "困难职工申报表"
MARITAL = ("未婚", "已婚", "离异", "丧偶")
CAUSES = tuple(c.value for c in HebeiCause)
CATEGORIES = ("全国级", "地市级")
IDENTITY = ("在职", "失业", "其他")
# What every 河北 printing asks besides its grid of applicant fields.
ALWAYS = ["困难类别", "主要致困原因", "困难情况说明", "年度必要支出"]


def _identity(r: dict[str, Any]) -> str:
    status = r["工作状态"]
    return "在职" if status in ("在岗", "病休") else "失业" if status in ("下（待）岗", "失（无）业") else "其他"


def _property(g: Grid, f: Fill, r: dict[str, Any]) -> None:
    """家庭财产 as the seed prints it: □没有 or □<kind>___套，___平方米 for real estate, and vehicles."""
    p, st = f.p, f.st
    own = r["住房类型"] if r["住房类型"] in ("商品房", "自建房") else None

    def estate(x0: float, y0: float, x1: float, y1: float) -> None:
        lines = [("没有", own is None, "")] + [
            (kind, own == kind, f"1套，{r['建筑面积']}平方米" if own == kind else "___套，____平方米")
            for kind in ("商品房", "自建房", "拆迁安置房", "商铺")]
        for i, (kind, on, area) in enumerate(lines):
            yy = y0 + 3.5 + i * (y1 - y0 - 3) / len(lines)
            option(f, x0 + 2, yy, kind, on, 2.7, True)
            if area:
                p.text(x0 + 6 + text_width(kind, 2.7, st.label_font), yy, area, 2.7, st.label_font)

    g.row([(0.8, L("家庭财产")), (0.8, L("不动产")), (3.2, estate), (0.9, L("机动车辆")),
           (2.6, choice(f, ("没有", "汽车___辆"), {"没有"}, 2.8))], 24)


def _tail(g: Grid, f: Fill, hh: Household, split: bool, sealed: bool) -> None:
    """Causes, the narrative, necessary expenses, the declaration with the signature, the union's opinion."""
    r, p, st = hh.record, f.p, f.st
    g.row([(1.2, L("主要致困原因")), (6.4, choice(f, CAUSES, ticked_of(r["主要致困原因"]), 2.9, box_first=False))],
          14)
    g.row([(1.2, L("家庭困难原因及状况")), (6.4, _free(p, st, "直接叙述：" + situation(hh)))], 22)
    if split:
        med, edu, other = hebei_split(hh)
        g.row([(1.2, L("必要性支出（元）")), (0.9, L("医疗费用")), (1.0, value(f, med, "年度必要支出")), (0.9, L("教育费用")),
               (1.0, value(f, edu, "年度必要支出")), (1.3, L("其他生活致困必要支出")), (1.3, value(f, other, "年度必要支出"))], 10)
    else:
        field_rows(g, f, r, [[F("家庭年度必要性支出（元）", "年度必要支出", 2.0, lw=1.6),
                              F("其中医疗费用（元）", None, 1.6, lw=1.4)]], "pair", 10)
    y = g.y + 6
    p.text(g.x + 3, y, "本人声明：1.本人已阅读填表说明，不存在填表说明第1项的情况。2.本人愿意配合工作人员的各项调查工作。",
           2.7, st.label_font)
    p.text(120, y + 7, "申请人：", 3.2, st.label_font)
    p.text(136, y + 7, str(r["姓名"] or ""), 4.2, "kai", color=INK_BLUE)
    p.text(160, y + 7, "日期：" + st.date(hh.created.isoformat()), 3.0, st.label_font)
    p.text(g.x + 3, y + 15, "以下内容由各级工会填写：", 3.0, st.label_font)
    p.text(g.x + 3, y + 23, "基层工会意见：情况属实，同意上报。", 3.2, st.label_font)
    p.text(150, y + 30, "（盖章）", 3.0, st.label_font)
    if sealed:
        _seal_on(p, st, 150, y + 24, f"{hh.unit.name}工会委员会")


@layout(KIND, "河北/值在标签下")
def form_hebei_below(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    p.text(15, 10, "附件2", 3.2, st.label_font)
    _title(p, st, TITLE, 17, 6.0)
    p.text(110, 26, "申请困难类别", 3.3, st.label_font)
    choice(f, CATEGORIES, ticked_of(r["困难类别"]), 3.3)(132, 22, 198, 30)
    g = Grid(p, st, 12, 32, 186)
    rows = [
        [F("姓  名", "姓名", 1.1), F("民  族", "民族", 0.8), F("性  别", "性别", 0.6), F("政治面貌", "政治面貌", 0.9),
         F("婚姻情况", "婚姻状况", 2.2, MARITAL)],
        [F("公民身份号码", "身份证号", 2.2), F("户籍地址", "户口所在地行政区划", 2.0)],
        [F("现居住地", "家庭住址", 2.6), F("工作单位", "工作单位", 2.0), F("联系电话", "手机号码", 1.2)],
        [F("本人月平均收入（元）", "本人月平均收入", 1.0), F("家庭非薪资收入（元）", "家庭其他非薪资年收入", 1.0),
         F("家庭人口", "家庭人口", 0.6), F("职工身份", "职工身份", 1.4, IDENTITY, truth=False)],
    ]
    rt = Retype.draw(rng)
    cols = rt.columns([MCol("与申请人关系", "关系", 0.9), MCol("姓 名", "姓名", 1.0), MCol("性别", "性别", 0.5),
                       MCol("健康状况", "健康状况", 0.8), MCol("公民身份号码", "身份证号", 2.3),
                       MCol("身份 在职/失业/退休/在读", "人员身份", 1.1), MCol("月收入", "月收入", 0.8),
                       MCol("单位或学校名称", "单位或学校", 1.6), MCol("备注", None, 0.6)], rng)
    n_rows = rng.randint(2, 6)
    printed, members = rt.in_order(
        lambda: field_rows(g, f, {**r, "职工身份": _identity(r)}, rt.rows(rows, rng, "below"),
                           rt.arrangement("below"), 13),
        lambda: member_table(g, f, hh.members, cols, n_rows, "家庭成员", 0.5, 11, 9, header_size=2.6))
    _property(g, f, r)
    _tail(g, f, hh, split=True, sealed=sealed)
    return finish(hh, [p], [*printed, *ALWAYS], members, sealed, TITLE, "河北/值在标签下")


@layout(KIND, "河北/成员表在前")
def form_hebei_members_first(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    _title(p, st, TITLE, 15, 6.4)
    p.text(15, 25, "以下内容为申请人填写，填写前请详细阅读填写说明", 3.0, st.label_font)
    g = Grid(p, st, 10, 29, 190)
    g.row([(1.2, L("申请困难类别")), (6.4, choice(f, CATEGORIES, ticked_of(r["困难类别"]), 3.2))], 9)
    rows = [
        [F("姓名", "姓名", 1.4), F("性别", "性别", 1.0), F("民族", "民族", 1.0)],
        [F("政治面貌", "政治面貌", 1.4), F("婚姻情况", "婚姻状况", 3.0, MARITAL, lw=1.0)],
        [F("公民身份号码", "身份证号", 2.4, lw=1.2), F("联系电话", "手机号码", 1.6, lw=1.0)],
        [F("户籍地址", "户口所在地行政区划", 2.4, lw=1.2), F("家庭人口", "家庭人口", 1.6, lw=1.0)],
        [F("现居住地", "家庭住址", 5.0, lw=1.2)],
        [F("工作单位", "工作单位", 2.4, lw=1.2), F("职工身份", "职工身份", 1.6, IDENTITY, lw=1.0, truth=False)],
    ]
    printed = field_rows(g, f, {**r, "职工身份": _identity(r)}, rows, "pair", 9.5)
    cols = [MCol("姓 名", "姓名", 1.0), MCol("性别", "性别", 0.5), MCol("与申请人关系", "关系", 0.8),
            MCol("出生日期", "出生日期", 1.1), MCol("公民身份号码", "身份证号", 2.2), MCol("月收入", "月收入", 0.7),
            MCol("健康状况", "健康状况", 0.7), MCol("身份", "人员身份", 0.6), MCol("单位或学校名称", "单位或学校", 1.2)]
    members = member_table(g, f, hh.members, cols, rng.randint(1, 5), "家庭成员", 0.5, 9, 10, header_size=2.6)
    printed += field_rows(g, f, r, [[F("本人月平均收入", "本人月平均收入", 1.2, lw=1.3),
                                     F("家庭非薪资收入", "家庭其他非薪资年收入", 1.2, lw=1.3)]], "pair", 9.5)
    _tail(g, f, hh, split=False, sealed=sealed)
    return finish(hh, [p], [*printed, *ALWAYS], members, sealed, TITLE, "河北/成员表在前")


@layout(KIND, "河北/横版")
def form_hebei_landscape(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st, landscape=True)
    _title(p, st, TITLE, 14, 6.0)
    p.text(200, 24, "申请困难类别", 3.2, st.label_font)
    choice(f, CATEGORIES, ticked_of(r["困难类别"]), 3.2)(222, 20, 285, 28)
    g = Grid(p, st, 10, 29, 277)
    rows = [
        [F("姓  名", "姓名", 1.0), F("民  族", "民族", 0.7), F("性  别", "性别", 0.5), F("政治面貌", "政治面貌", 0.9),
         F("婚姻情况", "婚姻状况", 2.0, MARITAL), F("公民身份号码", "身份证号", 2.0), F("联系电话", "手机号码", 1.2)],
        [F("户籍地址", "户口所在地行政区划", 2.0), F("现居住地", "家庭住址", 2.8), F("工作单位", "工作单位", 2.0),
         F("家庭人口", "家庭人口", 0.8)],
        [F("本人月平均收入（元）", "本人月平均收入", 1.2), F("家庭非薪资收入（元）", "家庭其他非薪资年收入", 1.2),
         F("家庭年度必要性支出（元）", "年度必要支出", 1.3), F("职工身份", "职工身份", 2.4, IDENTITY, truth=False)],
    ]
    rt = Retype.draw(rng, members_first=False)
    hebei_rows = rt.rows(rows, rng, "stacked")
    printed = field_rows(g, f, {**r, "职工身份": _identity(r)}, hebei_rows, rt.arrangement("stacked"), rt.height("stacked", 10),
                         label_h=8)
    g.row([(1.0, L("家 庭 成 员"))], 7)
    cols = rt.columns([MCol("姓 名", "姓名", 1.0), MCol("与申请人关系", "关系", 0.9), MCol("性别", "性别", 0.5),
                       MCol("公民身份号码", "身份证号", 2.2), MCol("健康状况", "健康状况", 0.8), MCol("月收入", "月收入", 0.8),
                       MCol("身份（在职/失业/退休/在读）", "人员身份", 1.3), MCol("单位或学校名称", "单位或学校", 2.0)], rng)
    members = member_table(g, f, hh.members, cols, rng.randint(3, 6), header_h=8, row_h=7.5, numbered=True)
    g.row([(1.2, L("主要致困原因")), (8.0, choice(f, CAUSES, ticked_of(r["主要致困原因"]), 2.9, box_first=False))],
          11)
    g.row([(1.2, L("家庭困难原因及状况")), (8.0, _free(p, st, "直接叙述：" + situation(hh), 3.0))], 16)
    y = g.y + 7
    p.text(12, y, "本人声明：1.本人已阅读填表说明，不存在填表说明第1项的情况。2.本人愿意配合工作人员的各项调查工作。", 2.8,
           st.label_font)
    p.text(200, y + 8, "申请人：", 3.2, st.label_font)
    p.text(216, y + 8, str(r["姓名"] or ""), 4.2, "kai", color=INK_BLUE)
    p.text(240, y + 8, "日期：" + st.date(hh.created.isoformat()), 3.0, st.label_font)
    p.text(12, y + 8, "基层工会意见：情况属实，同意上报。", 3.2, st.label_font)
    p.text(90, y + 14, "（盖章）", 3.0, st.label_font)
    if sealed:
        _seal_on(p, st, 95, y + 6, f"{hh.unit.name}工会委员会")
    keys = [*printed, "困难类别", "主要致困原因", "困难情况说明"]
    return finish(hh, [p], keys, members, sealed, TITLE, "河北/横版")
