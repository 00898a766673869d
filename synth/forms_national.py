"""Other printings of the national 困难职工档案表, as units re-type it.

- 全国/2016样表: the 全总 2016 样表 (seed 004): one page, labels above values in some rows and beside them
  in others, a 家庭主要成员 table inside the page (姓名 关系 性别 政治面貌 身份证号 出生日期 健康状况, 1–6
  rows), the cause legend, 解困脱困对象 and the 立卡 options ticked.
- 全国/附件6: the 河北 附件6 printing: label and value cells side by side, three pairs a row, the 附件
  checklist, 医疗救助信息 and 立卡信息; each member a block of 「label：value」 cells, two blocks a page.
- 全国/成员横表: page 1 of 「*label：value」 cells, three a row; the members on a second, landscape page as one
  wide table (a row per member, fourteen columns with wrapped heads).
"""

from __future__ import annotations

from typing import Any

from dangan.schemas.vocab import NationalCause
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
    printed_text,
    span_label,
    ticked_of,
)
from dangan.synth.households import ACTION_PLANS, FOUR_BATCHES, KEY_GROUPS, Household
from dangan.synth.layouts import layout
from dangan.synth.render import A4, Document, Grid, L, Style, _seal_on, _title

KIND = "建档申请表/全国"
YES_NO = ("是", "否")
LEGEND = "；".join(f"{c.code}. {c.value}" for c in NationalCause) + "。"


def _migrant_line(p: Page, f: Fill, r: dict[str, Any], y: float) -> list[str]:
    """「□困难职工 □困难农民工（劳动合同签订时间 …，合同期限 …）」 above the grid; returns the keys filled."""
    st = f.st
    choice(f, ("困难职工", "困难农民工"), {"困难农民工" if r["是否农民工"] else "困难职工"}, 3.0)(40, y - 4, 100, y + 4)
    p.text(101, y, "（劳动合同签订时间", 3.0, st.label_font)
    p.text(128, y, st.date(r["劳动合同签订时间"]), 3.2, st.value_font, color=st.color)
    p.text(152, y, "，合同期限", 3.0, st.label_font)
    p.fit(168, y - 3, 196, y + 3, str(r["合同期限"] or ""), 2.6, st.value_font, color=st.color)
    p.text(196, y, "）", 3.0, st.label_font)
    return ["是否农民工", "劳动合同签订时间", "合同期限"]


@layout(KIND, "全国/2016样表")
def form_national_2016(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    _title(p, st, "困难职工档案表（*为必填项）", 14, 5.6)
    p.text(14, 22, "建档单位：", 3.1, st.label_font)
    p.text(31, 22, str(r["单位"] or ""), 3.5, st.value_font, color=st.color)
    g = Grid(p, st, 10, 26, 190)
    printed = ["单位"]
    printed += field_rows(g, f, r, [[F("*职工编号", "职工编号", 2.0), F("*困难类别", "困难类别", 1.6)]], "pair", 9)
    stacked = [
        [F("*姓名", "姓名", 1.0), F("*民族", "民族", 0.8), F("*性别", "性别", 0.6), F("*政治面貌", "政治面貌", 1.0),
         F("*身份证号", "身份证号", 2.4), F("*出生日期", "出生日期", 1.3)],
        [F("*住房类型", "住房类型", 1.2), F("建筑面积", "建筑面积", 0.8), F("手机号码", "手机号码", 1.4),
         F("其他联系方式", "其他联系方式", 1.4), F("邮政编码", "邮政编码", 0.9)],
    ]
    printed += field_rows(g, f, r, stacked, "stacked", 10, label_h=8)
    printed += field_rows(g, f, r, [[F("*家庭住址", "家庭住址", 2.6, lw=0.8), F("*工作单位", "工作单位", 2.0, lw=0.8),
                                     F("*健康状况", "健康状况", 0.7, lw=0.8)]], "pair", 12)
    money = [[F("*本人月平均收入", "本人月平均收入", 1.0), F("*家庭其他非薪资年收入", "家庭其他非薪资年收入", 1.1),
              F("*家庭年度总收入", "家庭年度总收入", 1.0), F("*家庭人口", "家庭人口", 0.7),
              F("家庭月人均收入", "家庭月人均收入", 1.0), F("*户口所在行政区划", "户口所在地行政区划", 1.6)]]
    printed += field_rows(g, f, r, money, "stacked", 10, label_h=10, label_size=2.7)
    printed += field_rows(g, f, r, [[F("是否有一定自救能力", "是否有一定自救能力", 1.0, YES_NO, lw=1.5),
                                     F("是否为零就业家庭", "是否为零就业家庭", 1.0, YES_NO, lw=1.5)]], "pair", 9)
    cols = Retype.draw(rng).columns([MCol("姓名", "姓名", 1.0), MCol("关系", "关系", 0.7), MCol("性别", "性别", 0.5),
                                     MCol("政治面貌", "政治面貌", 0.9), MCol("身份证号", "身份证号", 2.2),
                                     MCol("出生日期", "出生日期", 1.1), MCol("健康状况", "健康状况", 0.8)], rng)
    members = member_table(g, f, hh.members, cols, rng.randint(1, 6), "家庭主要成员", 0.6, 8, 8)
    g.row([(1.0, L("致困原因（选项）")), (6.4, printed_text(f, LEGEND, 2.7))], 12)
    printed += field_rows(g, f, r, [[F("*主要致困原因", "主要致困原因", 1.6, lw=1.0),
                                     F("次要致困原因", "次要致困原因", 3.2, lw=1.0)]], "pair", 10)
    printed += field_rows(g, f, r, [[F("开户银行", "开户银行", 1.2), F("支行名称", "支行名称", 1.2),
                                     F("银行卡号", "银行卡号", 2.0), F("备注", "备注", 1.0, lw=0.5)]], "pair", 10)
    g.row([(0.8, L("附件")), (1.0, L("附件类型")), (2.0, None), (1.0, L("附件名称")), (2.6, None)], 8)
    g.row([(4.2, L("*建档人或审核人确定困难职工是否为解困脱困对象")),
           (1.2, choice(f, YES_NO, ticked_of(r["解困脱困对象"]), 3.0)), (2.0, L("（确定时间：   年  月  日）"))], 9)
    g.row([(0.9, L("五类重点群体")), (3.0, choice(f, KEY_GROUPS, ticked_of(r["五类重点群体"]), 2.6)),
           (0.9, L("“四个一批”措施")), (2.6, choice(f, FOUR_BATCHES, ticked_of(r["四个一批措施"]), 2.6))], 22)
    printed += ["解困脱困对象", "五类重点群体", "四个一批措施"]

    def signed(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 4, (y0 + y1) / 2, str(r["姓名"] or ""), 4.2, "kai", color=INK_BLUE)

    g.row([(0.9, L("备注")), (3.0, None), (0.9, L("职工签字")), (2.6, signed)], 10)
    printed += field_rows(g, f, r, [[F("*建档人", "建档人", 1.0), F("*审核人", "审核人", 1.0),
                                     F("帮扶单位", "帮扶单位", 1.6), F("帮扶责任人", "帮扶联系人", 1.0, lw=1.0),
                                     F("录入人", "录入人", 1.0)]], "pair", 10, label_size=2.8)
    p.text(12, g.y + 6, "注：填表要求与工会帮扶工作管理系统填表要求一致。", 3.0, st.label_font)
    if sealed:
        _seal_on(p, st, 160, min(g.y + 14, 278), f"{hh.unit.name}工会委员会")
    return finish(hh, [p], printed, members, sealed, "困难职工档案表", "全国/2016样表")


# 河北 附件6's member block: its labels (spaced, no *) and the member keys (None: a blank 其它联系方式).
BLOCK_6: list[list[tuple[str, str | None]]] = [
    [("姓  名", "姓名"), ("关系（是户主的）", "关系"), ("民  族", "民族")],
    [("身份证号", "身份证号"), ("出生日期", "出生日期"), ("年  龄", "年龄")],
    [("性  别", "性别"), ("政治面貌", "政治面貌"), ("月收入", "月收入")],
    [("劳模类型", "劳模类型"), ("健康状况", "健康状况"), ("疾病/残疾类别", "疾病/残疾类别")],
    [("医保状况", "医保状况"), ("婚姻状况", "婚姻状况"), ("户口类型", "户口类型")],
    [("手机号码", "手机号码"), ("其它联系方式", None), ("人员身份", "人员身份")],
    [("当前学历", "当前学历"), ("入学年份", "入学年份"), ("年  制", "年制")],
    [("单位或学校", "单位或学校")],
    [("单位性质", "单位性质"), ("企业状况", "企业状况"), ("所属行业", "所属行业")],
    [("工作状态", "工作状态"), ("劳动合同签订/入伍时间", "劳动合同签订/入伍时间"), ("合同期限", "合同期限")],
]
WIDTHS_6 = {"身份证号": 1.5, "劳动合同签订/入伍时间": 1.3, "单位或学校": 3.0}


def _member_pages(hh: Household, st: Style, f: Fill, per_page: int) -> tuple[list[Page], list[dict[str, Any]]]:
    pages: list[Page] = []
    truth: list[dict[str, Any]] = []
    g: Grid | None = None
    for i, m in enumerate(hh.members):
        if i % per_page == 0:
            pages.append(Page(*A4))
            g = Grid(pages[-1], st, 12, 16, 186)
        assert g is not None
        top = g.y
        rows = [[F(lb, k, WIDTHS_6.get(k or "", 1.0), lw=0.6) for lb, k in row] for row in BLOCK_6]
        g.x, g.w = 12 + 186 * 0.06, 186 * 0.94
        keys = field_rows(g, f.on(g.page), m, rows, "inline", 8.2)
        g.row([(1.0, L("备  注")), (8.0, None)], 8)
        g.x, g.w = 12, 186
        span_label(g, top, 186 * 0.06, f"家庭成员信息表格{i + 1}", 2.9)
        g.y += 6
        truth.append({k: m[k] for k in keys})
        pages[-1].members.append(truth[-1])
    return pages, truth


@layout(KIND, "全国/附件6")
def form_national_hebei6(hh: Household, st: Style, sealed: bool) -> Document:
    r = hh.record
    p, f = new_page(st)
    p.text(14, 10, "附件6", 3.2, st.label_font)
    _title(p, st, "困难职工档案表", 17, 6.0)
    printed = _migrant_line(p, f, r, 27)
    g = Grid(p, st, 10, 32, 190)
    idents = [[F("职工编号", "职工编号", 1.6), F("困难类别", "困难类别", 0.9), F("档案类型", "档案类型", 0.7),
               F("建档标准", "建档标准", 0.7)]]
    printed += field_rows(g, f, r, idents, "pair", 9)
    person = [
        [F("姓名", "姓名"), F("民族", "民族"), F("性别", "性别")],
        [F("政治面貌", "政治面貌"), F("身份证号", "身份证号", 2.2), F("出生日期", "出生日期")],
        [F("年龄", "年龄"), F("健康状况", "健康状况"), F("疾病/残疾类别", "疾病/残疾类别")],
        [F("工作状态", "工作状态"), F("工作时间", "工作时间"), F("婚姻状况", "婚姻状况")],
        [F("住房类型", "住房类型"), F("建筑面积", "建筑面积"), F("是否单亲", "是否单亲")],
        [F("手机号码", "手机号码", 1.3), F("其他联系方式", "其他联系方式", 1.3), F("劳模类型", "劳模类型")],
        [F("家庭住址", "家庭住址", 3.0), F("邮政编码", "邮政编码")],
        [F("工作单位", "工作单位", 2.0), F("单位性质", "单位性质"), F("企业状况", "企业状况")],
        [F("所属行业", "所属行业"), F("医保状况", "医保状况", 1.2), F("户口类型", "户口类型")],
        [F("本人月平均收入", "本人月平均收入"), F("家庭其他非薪资年收入", "家庭其他非薪资年收入"),
         F("家庭年度总收入", "家庭年度总收入")],
        [F("家庭人口", "家庭人口"), F("家庭月人均收入", "家庭月人均收入"), F("户口所在地行政区划", "户口所在地行政区划", 1.6)],
        [F("是否有一定自救能力", "是否有一定自救能力"), F("是否为零就业家庭", "是否为零就业家庭")],
        [F("主要致困原因", "主要致困原因", 1.6), F("年度必要支出", "年度必要支出"), F("其他(文字描述)", None)],
        [F("次要致困原因（0-3项）", "次要致困原因", 5.0)],
        [F("开户银行", "开户银行"), F("支行名称", "支行名称", 1.2), F("银行卡号", "银行卡号", 1.8)],
    ]
    printed += field_rows(g, f, r, person, "pair", 8.2, label_size=2.8)
    g.row([(1.0, L("附   件")), (6.0, printed_text(f, "（包含内容请勾选） □个人申请书；□身份材料；□户口页；□收入材料；"
                                           "□银行卡复印件；□居住证；□劳动合同；□低保证；□医疗诊断书；□医药费票据复印件；"
                                           "□残疾证；□灾害证明；□上学证明；□其他", 2.6))], 12)
    printed += field_rows(g, f, r, [[F("备   注", "备注", 6.0, lw=1.0)]], "pair", 9)
    g.row([(1.0, L("每年所需医药费（元）")), (1.0, L("每年个人自付医药费（元）")), (1.0, L("每年所得医疗救助款（元）")),
           (1.0, L("是否参加基本医疗保险"))], 9, 2.6)
    g.row([(1.0, None)] * 4, 8)
    printed += field_rows(g, f, r, [[F("建档人", "建档人"), F("审核人", "审核人"), F("录入人", "录入人")]], "pair", 9)
    g.row([(1.0, L("五类重点群体")), (6.0, choice(f, KEY_GROUPS, ticked_of(r["五类重点群体"]), 2.6))], 12)
    g.row([(1.0, L("四个一批措施")), (6.0, choice(f, FOUR_BATCHES, ticked_of(r["四个一批措施"]), 2.6))], 9)
    g.row([(1.0, L("七个行动计划")), (6.0, choice(f, ACTION_PLANS, ticked_of(r["七个行动计划"]), 2.6))], 12)
    printed += ["五类重点群体", "四个一批措施", "七个行动计划"]
    printed += field_rows(g, f, r, [[F("立卡时间", "立卡时间"), F("帮扶单位", "帮扶单位", 1.4),
                                     F("帮扶联系人", "帮扶联系人")]], "inline", 9)
    if sealed:
        _seal_on(p, st, 160, min(g.y + 10, 280), f"{hh.unit.name}工会委员会")
    pages, members = _member_pages(hh, st, f, 2)
    return finish(hh, [p, *pages], printed, members, sealed, "困难职工档案表", "全国/附件6")


@layout(KIND, "全国/成员横表")
def form_national_member_sheet(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    _title(p, st, "困难职工档案表", 16, 6.0)
    printed = _migrant_line(p, f, r, 26)
    g = Grid(p, st, 12, 31, 186)

    def row3(*items: tuple[str, str]) -> list[F]:
        return [F(label, key, 2.0 if key in ("身份证号", "家庭住址", "工作单位", "户口所在地行政区划") else 1.0)
                for label, key in items]

    rows = [
        row3(("*职工编号", "职工编号"), ("*困难类别", "困难类别"), ("*档案类型", "档案类型")),
        row3(("*建档标准", "建档标准"), ("*姓名", "姓名"), ("*性别", "性别")),
        row3(("*民族", "民族"), ("*政治面貌", "政治面貌"), ("*出生日期", "出生日期")),
        row3(("*身份证号", "身份证号"), ("年龄", "年龄")),
        row3(("*健康状况", "健康状况"), ("疾病/残疾类别", "疾病/残疾类别"), ("*工作状态", "工作状态")),
        row3(("*工作时间", "工作时间"), ("*住房类型", "住房类型"), ("建筑面积", "建筑面积")),
        row3(("手机号码", "手机号码"), ("其他联系方式", "其他联系方式"), ("*劳模类型", "劳模类型")),
        row3(("*婚姻状况", "婚姻状况"), ("是否单亲", "是否单亲"), ("*医保状况", "医保状况")),
        row3(("*家庭住址", "家庭住址"), ("邮政编码", "邮政编码")),
        row3(("工作单位", "工作单位"), ("单位性质", "单位性质")),
        row3(("企业状况", "企业状况"), ("*所属行业", "所属行业"), ("*户口类型", "户口类型")),
        row3(("*本人月平均收入", "本人月平均收入"), ("*家庭其他非薪资年收入", "家庭其他非薪资年收入")),
        row3(("*家庭年度总收入", "家庭年度总收入"), ("*家庭人口", "家庭人口"), ("家庭月人均收入", "家庭月人均收入")),
        row3(("*户口所在地行政区划", "户口所在地行政区划"), ("年度必要支出", "年度必要支出")),
        row3(("是否有一定自救能力", "是否有一定自救能力"), ("是否为零就业家庭", "是否为零就业家庭")),
        row3(("*主要致困原因", "主要致困原因"), ("次要致困原因（0-3项）", "次要致困原因")),
        row3(("开户银行", "开户银行"), ("支行名称", "支行名称"), ("银行卡号", "银行卡号")),
        row3(("是否为解困脱困对象", "解困脱困对象"), ("立卡时间", "立卡时间"), ("帮扶单位", "帮扶单位")),
        row3(("五类重点群体", "五类重点群体"), ("帮扶责任人", "帮扶联系人")),
        row3(("“四个一批”措施", "四个一批措施"), ("七个行动计划", "七个行动计划")),
        row3(("备注", "备注"),),
        row3(("*建档人", "建档人"), ("*审核人", "审核人"), ("录入人", "录入人")),
    ]
    rt = Retype.draw(rng, members_first=False)
    printed += field_rows(g, f, r, rt.rows(rows, rng, "inline"), rt.arrangement("inline"), rt.height("inline", 9.6))
    if sealed:
        _seal_on(p, st, 160, min(g.y + 12, 280), f"{hh.unit.name}工会委员会")
        p.text(140, min(g.y + 22, 290), "（建档工会盖章）", 3.0, st.label_font)
    sheet = Page(A4[1], A4[0])
    ms = Grid(sheet, st, 10, 24, 277)
    _title(sheet, st, "家庭成员信息表", 14, 5.0)
    cols = rt.columns([MCol("*姓名", "姓名", 1.0), MCol("*关系（是户主的）", "关系", 0.9), MCol("*民族", "民族", 0.6),
            MCol("性别", "性别", 0.45), MCol("出生日期", "出生日期", 1.0), MCol("*身份证号", "身份证号", 2.0),
            MCol("政治面貌", "政治面貌", 0.8), MCol("*月收入", "月收入", 0.7), MCol("*健康状况", "健康状况", 0.7),
            MCol("*医保状况", "医保状况", 1.0), MCol("*婚姻状况", "婚姻状况", 0.6), MCol("*户口类型", "户口类型", 0.7),
            MCol("*人员身份", "人员身份", 0.7), MCol("单位或学校", "单位或学校", 1.8)], rng)
    members = member_table(ms, f.on(sheet), hh.members, cols, rng.randint(3, 6), header_h=11, row_h=10,
                           header_size=2.7)
    sheet.members = members
    return finish(hh, [p, sheet], printed, members, sealed, "困难职工档案表", "全国/成员横表")
