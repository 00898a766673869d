"""The four application forms of the seeds (建档申请表): 湖南 附件1 审批表, 河北 附件2 申报表, 杭州 附件1 申请表,
and the national 档案表 (= 湖南 附件2 / 河北 附件6), drawn with the primitives of ``render``.

Forms live apart from the papers issued by others (``render``) so that each can grow its own layouts.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from dangan.schemas.vocab import HangzhouCause, HebeiCause, NationalCause
from dangan.synth.canvas import INK_BLUE, Page, text_width
from dangan.synth.forms_draw import hebei_split, situation
from dangan.synth.households import (
    HUNAN_CAUSES,
    VARIANT_HANGZHOU,
    VARIANT_HEBEI,
    VARIANT_HUNAN,
    VARIANT_NATIONAL,
    Household,
)
from dangan.synth.layouts import Mode, choose, is_held_out, layout
from dangan.synth.render import (
    A4,
    Cell,
    Document,
    Grid,
    L,
    Style,
    V,
    _checks,
    _free,
    _pick,
    _seal_on,
    _title,
)

# ---------------------------------------------------------------------------------------------
# 建档申请表, four variants: the layouts below are each variant's first printing (as in the seeds);
# the other printings are in forms_hangzhou / forms_hebei / forms_hunan / forms_national.
# ---------------------------------------------------------------------------------------------
KINDS: dict[str, str] = {v: f"建档申请表/{v}" for v in (VARIANT_HANGZHOU, VARIANT_HEBEI, VARIANT_HUNAN, VARIANT_NATIONAL)}


@layout(KINDS[VARIANT_HANGZHOU], "杭州/附件1")
def form_hangzhou(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p = Page(*A4)
    _title(p, st, "杭州市工会困难职工建档申请表", 16, 5.6)
    p.text(62, 24, "（职工", 3.4, st.label_font)
    p.checkbox(74, 24, 3.0, not r["是否农民工"], st.tick, rng)
    p.text(79, 24, "农民工", 3.4, st.label_font)
    p.checkbox(90, 24, 3.0, r["是否农民工"], st.tick, rng)
    p.text(94, 24, "）", 3.4, st.label_font)
    p.text(15, 32, "困难职工单位工会：（填写盖章）", 3.2, st.label_font)
    p.fit(64, 28, 130, 36, str(r["单位"] or ""), 3.6, st.value_font, "left", st.color, jitter=st.jitter())
    p.text(15, 39, "区、县（市）、开发区工会、产业工会：（填写盖章）", 3.2, st.label_font)
    if sealed:
        _seal_on(p, st, 100, 34, f"{hh.unit.name}工会委员会", "", 17)
    g = Grid(p, st, 12, 44, 186)
    row1 = [("*姓名", "姓名", 1.0), ("*民族", "民族", 0.8), ("*性别", "性别", 0.7), ("*身份证号", "身份证号", 2.7),
            ("*政治面貌", "政治面貌", 1.1), ("*婚姻状况", "婚姻状况", 1.1), ("*住房类型", "住房类型", 1.3),
            ("*健康状况", "健康状况", 1.1), ("*户口类型", "户口类型", 1.1)]
    g.row([(w, L(lb)) for lb, _, w in row1], 8)
    g.row([(w, V(r[k], k)) for _, k, w in row1], 10)
    row2 = [("*医保状况", "医保状况", 1.2), ("*户口所在地", "户口所在地行政区划", 1.8), ("*工作状态", "工作状态", 1.0),
            ("*劳模类型", "劳模类型", 1.0), ("*参加工作时间", "工作时间", 1.2), ("*合同期限", "合同期限", 1.5),
            ("*劳动合同签订时间", "劳动合同签订时间", 1.3), ("*联系电话", "手机号码", 1.4)]
    g.row([(w, L(lb)) for lb, _, w in row2], 9)
    g.row([(w, V(r[k], k)) for _, k, w in row2], 11)
    yes_no = ["是", "否"]
    g.row([(1.3, L("是否有一定自救能力")), (1.3, L("是否为零就业家庭")), (2.6, L("*家庭住址")),
           (1.1, L("*本人月收入")), (1.2, L("*家庭其他年收入")), (1.1, L("*因困总支出"))], 9)
    g.row([(1.3, _checks(p, st, yes_no, {"是" if r["是否有一定自救能力"] else "否"}, 3.0, box_first=False)),
           (1.3, _checks(p, st, yes_no, {"是" if r["是否为零就业家庭"] else "否"}, 3.0)),
           (2.6, V(r["家庭住址"])), (1.1, V(r["本人月平均收入"], "本人月平均收入")),
           (1.2, V(r["家庭其他非薪资年收入"], "家庭其他非薪资年收入")), (1.1, V(r["年度必要支出"], "年度必要支出"))], 12)
    mcols = [("姓名", 1.0), ("关系", 0.8), ("性别", 0.6), ("政治面貌", 1.0), ("身份证号", 2.4), ("月收入", 1.0)]
    g.row([(1.0, L("家庭成员")), *((w, L(lb)) for lb, w in mcols)], 8)
    members = []
    for i in range(max(3, len(hh.members))):
        m = hh.members[i] if i < len(hh.members) else None
        g.row([(1.0, None)] + [(w, V(m[lb], "月收入" if lb == "月收入" else "") if m else None) for lb, w in mcols],
              9)
        if m:
            members.append({lb: m[lb] for lb, _ in mcols})
    causes = [c.value for c in HangzhouCause]
    g.row([(1.3, L("*主要致困原因")), (6.0, _checks(p, st, causes, {r["主要致困原因"]}, 2.9))], 14)
    g.row([(1.3, L("次要致困原因（最少0项，最多3项）")), (6.0, _checks(p, st, causes, set(r["次要致困原因"] or ()), 2.9))],
          14)
    g.row([(1.3, L("困难情况说明")), (6.0, _free(p, st, situation(hh)))], 24)
    g.row([(1.0, L("*开户银行")), (1.5, V(r["开户银行"])), (1.0, L("*支行名称")), (1.5, V(r["支行名称"])),
           (1.0, L("*银行卡号")), (2.3, V(r["银行卡号"]))], 10)
    cats = ["持证困难户", "低保边缘户", "意外致困户", "临时困难户", "其他困难户"]

    def category(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 5, "困难类别（由杭州市总工会职工服务中心认定）：", 3.0, st.label_font)
        p.options(x0 + 2, y0 + 12, cats, {r["困难类别"]}, 3.0, st.tick, rng, x1 - 1, box_first=False)

    def signature(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 5, "申请职工签名：", 3.0, st.label_font)
        p.text(x0 + 8, y0 + 13, r["姓名"], 4.4, "kai", color=INK_BLUE)

    g.row([(2.0, signature), (5.3, category)], 18)
    y = g.y + 7
    p.text(15, y, "经办人：", 3.2, st.label_font)
    p.text(30, y, r["建档人"], 3.8, "kai", color=st.color)
    p.text(80, y, "审核人：", 3.2, st.label_font)
    p.text(95, y, r["审核人"], 3.8, "kai", color=st.color)
    p.text(145, y, "审批人：", 3.2, st.label_font)
    notes = ["填表说明：1、婚姻状况：请填写“未婚”、“已婚”、“离异”或“丧偶”。3、户口类型：请填写“非农业”或“农业”。",
             "4、医保状况：请填写“无医保”、“城镇职工医保”、“城镇居民医保”、“新农舍”或“其他”。9、带“*”号项为必填项。",
             "12、所填资料需保证真实、准确，与《工会帮扶工作管理系统》电子档案信息一致。"]
    for i, ln in enumerate(notes):
        p.text(15, y + 8 + i * 4.2, ln, 2.5, st.label_font)
    fields: dict[str, Any] = {}
    _pick(fields, r, ["单位", "是否农民工", *[k for _, k, _ in row1], *[k for _, k, _ in row2],
                      "是否有一定自救能力", "是否为零就业家庭", "家庭住址", "本人月平均收入", "家庭其他非薪资年收入",
                      "年度必要支出", "主要致困原因", "次要致困原因", "困难情况说明", "开户银行", "支行名称", "银行卡号",
                      "困难类别"])
    fields["建档人"] = r["建档人"]
    fields["审核人"] = r["审核人"]
    fields["是否盖章"] = sealed
    p.fields, p.members = dict(fields), members
    return Document("建档申请表", [p], fields, members, material="建档申请表", detail="杭州市工会困难职工建档申请表",
                    layout="杭州/附件1")


@layout(KINDS[VARIANT_HEBEI], "河北/附件2")
def form_hebei(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p = Page(*A4)
    p.text(15, 10, "附件2", 3.2, st.label_font)
    _title(p, st, "困难职工申报表", 17, 6.2)
    p.text(110, 26, "申请困难类别", 3.3, st.label_font)
    p.options(134, 26, ["全国级", "地市级"], {r["困难类别"]}, 3.3, st.tick, rng, 200)
    p.text(15, 32, "以下内容为申请人填写，填写前请详细阅读填写说明", 3.0, st.label_font)
    g = Grid(p, st, 12, 36, 186)
    marital = ["未婚", "已婚", "离异", "丧偶"]
    g.row([(0.9, L("姓  名")), (1.1, V(r["姓名"])), (0.7, L("民 族")), (0.8, V(r["民族"])), (0.6, L("性别")),
           (0.5, V(r["性别"])), (0.9, L("政治面貌")), (0.9, V(r["政治面貌"])), (0.9, L("婚姻情况")),
           (2.2, _checks(p, st, marital, {r["婚姻状况"]}, 2.8, box_first=False))], 11)
    ident = "在职" if r["工作状态"] in ("在岗", "病休") else "失业" if r["工作状态"] in ("下（待）岗", "失（无）业") else "其他"

    def identity(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 4, "职工身份", 3.0, st.label_font)
        p.options(x0 + 2, y0 + 9.5, ["在职"], {ident}, 2.8, st.tick, rng, x1, box_first=False)
        p.text(x0 + 14, y0 + 9.5, "（合同期限  年  月至  年  月）", 2.6, st.label_font)
        p.options(x0 + 2, y0 + 15, ["失业"], {ident}, 2.8, st.tick, rng, x1, box_first=False)
        p.options(x0 + 2, y0 + 20.5, ["其他"], {ident}, 2.8, st.tick, rng, x1, box_first=False)

    y0 = g.y
    g.row([(1.2, L("公民身份号码")), (3.0, V(r["身份证号"])), (3.4, None)], 9)
    g.row([(1.2, L("户籍地址")), (3.0, V(r["户口所在地行政区划"])), (3.4, None)], 9)
    g.row([(1.2, L("现居住地")), (3.0, V(r["家庭住址"])), (3.4, None)], 9)
    p.rect(12 + 186 * 4.2 / 7.6, y0, 198, g.y, 0.3, fill=(255, 255, 255))
    identity(12 + 186 * 4.2 / 7.6, y0, 198, g.y)
    g.row([(1.2, L("工作单位")), (3.0, V(r["工作单位"])), (1.0, L("联系电话")), (2.4, V(r["手机号码"]))], 9)

    def money_line(label: str, key: str) -> Callable[[float, float, float, float], None]:
        def draw(x0: float, y0: float, x1: float, y1: float) -> None:
            p.text(x0 + 2, (y0 + y1) / 2, label, 3.0, st.label_font)
            x = x0 + 3 + text_width(label, 3.0)
            p.line(x, y1 - 2.5, x1 - 6, y1 - 2.5, 0.2)
            p.fit(x, y0, x1 - 6, y1 - 2, st.value(r[key]), 3.4, st.value_font, color=st.color, jitter=st.jitter())
            p.text(x1 - 5, (y0 + y1) / 2, "元", 3.0, st.label_font)

        return draw

    g.row([(2.6, money_line("本人月平均收入：", "本人月平均收入")), (2.6, money_line("家庭非薪资收入:", "家庭其他非薪资年收入")),
           (1.0, L("家庭人口")), (1.0, V(r["家庭人口"]))], 10)
    mcols = [("姓名", "姓 名", 1.0), ("关系", "与申请人关系", 1.0), ("性别", "性别", 0.6), ("身份证号", "公民身份号码", 2.4),
             ("健康状况", "健康状况", 0.9), ("月收入", "月收入", 0.9), ("人员身份", "身份 在职/失业/退休/在读", 1.2),
             ("单位或学校", "单位或学校名称", 1.8)]
    g.row([(0.8, L("家庭成员关系")), *((w, L(lb)) for _, lb, w in mcols)], 11, 2.7)
    members = []
    for i in range(max(4, len(hh.members))):
        m = hh.members[i] if i < len(hh.members) else None
        g.row([(0.8, None)] + [(w, V(m[k], k) if m else None) for k, _, w in mcols], 8.5)
        if m:
            members.append({k: m[k] for k, _, _ in mcols})
    houses = {"商品房", "自建房"}

    def estate(x0: float, y0: float, x1: float, y1: float) -> None:
        own = r["住房类型"] if r["住房类型"] in houses else None
        p.checkbox(x0 + 2, y0 + 4, 2.7, own is None, st.tick, rng)
        p.text(x0 + 6, y0 + 4, "没有", 2.8, st.label_font)
        for i, kind in enumerate(["商品房", "自建房", "拆迁安置房", "商铺"]):
            yy = y0 + 9 + i * 5
            p.checkbox(x0 + 2, yy, 2.7, own == kind, st.tick, rng)
            area = f"1套，{r['建筑面积']}平方米" if own == kind else "___套，____平方米"
            p.text(x0 + 6, yy, f"{kind}{area}", 2.8, st.label_font)

    g.row([(0.8, L("家庭财产")), (0.8, L("不动产")), (3.2, estate), (0.9, L("机动车辆")),
           (2.6, _checks(p, st, ["没有", "汽车___辆"], {"没有"}, 2.8))], 28)
    causes = [c.value for c in HebeiCause]
    g.row([(1.2, L("主要致困原因")), (6.4, _checks(p, st, causes, {r["主要致困原因"]}, 2.9, box_first=False))], 14)
    g.row([(1.2, L("家庭困难原因及状况")), (6.4, _free(p, st, "直接叙述：" + situation(hh)))], 22)
    med, edu, other = hebei_split(hh)
    g.row([(1.2, L("必要性支出（元）")), (0.9, L("医疗费用")), (1.0, V(med)), (0.9, L("教育费用")), (1.0, V(edu)),
           (1.3, L("其他生活致困必要支出")), (1.3, V(other))], 10)
    g.row([(7.6, _free(p, st, f"家庭年医疗费总支出  {med}  元    其中自付部分  {med * 7 // 10}  元", 3.0))], 9)
    y = g.y + 6
    p.text(15, y, "本人声明：1.本人已阅读填表说明，不存在填表说明第1项的情况。2.本人愿意配合工作人员的各项调查工作。", 2.7,
           st.label_font)
    p.text(120, y + 7, "申请人：", 3.2, st.label_font)
    p.text(136, y + 7, r["姓名"], 4.2, "kai", color=INK_BLUE)
    p.text(160, y + 7, "日期：" + st.date(hh.created.isoformat()), 3.0, st.label_font)
    p.text(15, y + 15, "以下内容由各级工会填写：公示结果：", 3.0, st.label_font)
    p.options(70, y + 15, ["无异议", "有异议"], {"无异议"}, 3.0, st.tick, rng, 150)
    p.text(15, y + 23, "基层工会意见：情况属实，同意上报。", 3.2, st.label_font)
    p.text(150, y + 30, "（盖章）", 3.0, st.label_font)
    if sealed:
        _seal_on(p, st, 150, y + 24, f"{hh.unit.name}工会委员会")
    fields: dict[str, Any] = {}
    _pick(fields, r, ["困难类别", "姓名", "民族", "性别", "政治面貌", "婚姻状况", "身份证号", "户口所在地行政区划",
                      "家庭住址", "工作单位", "手机号码", "本人月平均收入", "家庭其他非薪资年收入", "家庭人口",
                      "主要致困原因", "困难情况说明", "年度必要支出"])
    fields["是否盖章"] = sealed
    p.fields, p.members = dict(fields), members
    return Document("建档申请表", [p], fields, members, material="建档申请表", detail="困难职工申报表",
                    layout="河北/附件2")


@layout(KINDS[VARIANT_HUNAN], "湖南/附件1")
def form_hunan(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p = Page(*A4)
    p.text(15, 12, "附件1", 3.2, st.label_font)
    _title(p, st, "困难职工家庭建档申请审批表", 22, 6.2)
    g = Grid(p, st, 15, 32, 180)
    g.row([(1.0, L("困难救助申请人基本情况"))], 9)
    g.row([(0.9, L("姓  名")), (1.3, V(r["姓名"])), (0.8, L("性  别")), (0.7, V(r["性别"])), (0.8, L("年  龄")),
           (0.7, V(r["年龄"])), (0.9, L("有无低保")),
           (1.4, _checks(p, st, ["有低保", "无低保"], {"有低保" if r["有无低保"] else "无低保"}, 3.0))], 14)
    g.row([(0.9, L("身份证号码")), (3.5, V(r["身份证号"])), (0.9, L("致困原因")),
           (2.2, _checks(p, st, list(HUNAN_CAUSES), {r["主要致困原因"]}, 3.0))], 16)
    g.row([(0.9, L("工作状态")), (1.3, V(r["工作状态"])), (0.8, L("工作单位")), (4.5, V(r["工作单位"]))], 12)
    g.row([(0.9, L("联系电话")), (6.6, V(r["手机号码"]))], 10)
    g.row([(0.9, L("家庭主要困难情况")), (6.6, _free(p, st, situation(hh)))], 42)

    def promise(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 6, "本人承诺以上所填情况皆真实，愿意接受审核。若隐瞒或弄虚作假，自愿承担责任。", 3.0,
               st.label_font)
        p.text(x0 + 60, y0 + 15, "承诺人（签名）", 3.0, st.label_font)
        p.text(x0 + 88, y0 + 15, r["姓名"], 4.4, "kai", color=INK_BLUE)
        p.text(x0 + 115, y0 + 15, st.date(hh.created.isoformat()), 3.2, st.value_font, color=st.color)

    g.row([(0.9, L("本人承诺")), (6.6, promise)], 20)
    cats = ["全总级", "省级", "地市级"]

    def check(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 6, "经入户核查，情况属实。建议困难类别：", 3.1, st.value_font, color=st.color)
        p.options(x0 + 4, y0 + 13, cats, {r["困难类别"]}, 3.1, st.tick, rng, x1)
        p.text(x0 + 70, y0 + 22, "入户核查人签名：", 3.0, st.label_font)
        p.text(x0 + 100, y0 + 22, r["建档人"], 4.0, "kai", color=INK_BLUE)

    g.row([(0.9, L("入户核查人员意见")), (6.6, check)], 28)

    def first(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 6, "同意上报。", 3.4, st.value_font, color=st.color)
        p.text(x0 + 70, y0 + 16, "（公章+ 审签人签字）", 3.0, st.label_font)
        p.text(x0 + 110, y0 + 16, r["审核人"], 4.0, "kai", color=INK_BLUE)
        p.text(x0 + 90, y0 + 23, st.date((hh.created - timedelta(days=3)).isoformat()), 3.0, st.value_font,
               color=st.color)
        if sealed:
            _seal_on(p, st, x0 + 95, y0 + 14, f"{hh.unit.name}工会委员会")

    g.row([(0.9, L("单位工会或社区工会初审意见")), (6.6, first)], 28)
    g.row([(0.9, L("市/县工会帮扶中心入户复核人员意见")), (6.6, _free(p, st, "入户复核人签名："))], 24)
    g.row([(0.9, L("市/县工会帮扶中心审核意见")), (6.6, _free(p, st, "（公章+ 审签人签字 ）  年  月  日"))], 24)
    fields: dict[str, Any] = {}
    _pick(fields, r, ["姓名", "性别", "年龄", "有无低保", "身份证号", "主要致困原因", "工作状态", "工作单位", "手机号码",
                      "困难情况说明", "困难类别", "建档人", "审核人"])
    fields["是否盖章"] = sealed
    p.fields = dict(fields)
    return Document("建档申请表", [p], fields, [], material="建档申请表", detail="困难职工家庭建档申请审批表",
                    layout="湖南/附件1")


MEMBER_BLOCK = [
    [("*姓名", "姓名"), ("*关系（是户主的）", "关系"), ("*民族", "民族")],
    [("*身份证号", "身份证号"), ("出生日期", "出生日期"), ("年龄", "年龄")],
    [("性别", "性别"), ("政治面貌", "政治面貌"), ("*月收入", "月收入")],
    [("*劳模类型", "劳模类型"), ("*健康状况", "健康状况"), ("疾病/残疾类别", "疾病/残疾类别")],
    [("*医保状况", "医保状况"), ("*婚姻状况", "婚姻状况"), ("*户口类型", "户口类型")],
    [("手机号码", "手机号码"), ("其它联系方式", ""), ("*人员身份", "人员身份")],
    [("当前学历", "当前学历"), ("入学年份", "入学年份"), ("年制", "年制")],
    [("单位或学校", "单位或学校")],
    [("单位性质", "单位性质"), ("企业状况", "企业状况"), ("所属行业", "所属行业")],
    [("工作状态", "工作状态"), ("劳动合同签订/入伍时间", "劳动合同签订/入伍时间"), ("合同期限", "合同期限")],
]


def _pair_in_cell(p: Page, st: Style, label: str, v: Any, key: str) -> Cell:
    """「label：value」 in one cell, the value written after the printed label."""

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        text = label + "："
        p.text(x0 + 1.2, (y0 + y1) / 2, text, 2.7, st.label_font)
        start = x0 + 1.6 + text_width(text, 2.7, st.label_font)
        if v not in (None, ""):
            p.fit(start, y0, x1, y1, st.value(v, key), 3.0, st.value_font, "left", st.color, jitter=st.jitter())

    return draw


@layout(KINDS[VARIANT_NATIONAL], "全国/档案表")
def form_national(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p = Page(*A4)
    _title(p, st, "困难职工档案表（*为必填项）", 16, 5.6)
    p.text(15, 25, "填报单位：", 3.2, st.label_font)
    p.text(32, 25, r["单位"], 3.6, st.value_font, color=st.color)
    p.checkbox(75, 25, 3.0, not r["是否农民工"], st.tick, rng)
    p.text(79, 25, "困难职工", 3.0, st.label_font)
    p.checkbox(93, 25, 3.0, r["是否农民工"], st.tick, rng)
    p.text(97, 25, "困难农民工（劳动合同签订时间", 3.0, st.label_font)
    p.text(142, 25, st.date(r["劳动合同签订时间"]), 3.2, st.value_font, color=st.color)
    p.text(160, 25, "，合同期限", 3.0, st.label_font)
    p.fit(175, 22, 198, 28, r["合同期限"] or "", 2.4, st.value_font, color=st.color)
    g = Grid(p, st, 10, 30, 190)
    g.row([(0.9, L("*职工编号")), (1.6, V(r["职工编号"])), (0.9, L("*困难类别")), (0.9, V(r["困难类别"])),
           (0.9, L("*档案类型")), (0.7, V(r["档案类型"])), (0.9, L("*建档标准")), (0.7, V(r["建档标准"]))], 9)
    groups = [
        [("*姓名", "姓名", 1.1), ("*民族", "民族", 0.9), ("*性别", "性别", 0.6), ("*政治面貌", "政治面貌", 1.0),
         ("*身份证号", "身份证号", 2.6), ("*出生日期", "出生日期", 1.3), ("年龄", "年龄", 0.6),
         ("*健康状况", "健康状况", 0.9), ("疾病/残疾类别", "疾病/残疾类别", 1.1), ("*工作状态", "工作状态", 1.0),
         ("*工作时间", "工作时间", 1.3)],
        [("*住房类型", "住房类型", 1.2), ("建筑面积", "建筑面积", 0.8), ("手机号码", "手机号码", 1.5),
         ("其他联系方式", "其他联系方式", 1.5), ("*劳模类型", "劳模类型", 1.0), ("*婚姻状况", "婚姻状况", 0.9),
         ("是否单亲", "是否单亲", 0.8), ("*医保状况", "医保状况", 1.2)],
        [("*家庭住址", "家庭住址", 3.2), ("邮政编码", "邮政编码", 0.9), ("工作单位", "工作单位", 2.2),
         ("单位性质", "单位性质", 1.0), ("企业状况", "企业状况", 1.0), ("*所属行业", "所属行业", 1.0)],
        [("*本人月平均收入", "本人月平均收入", 1.0), ("*家庭其他非薪资年收入", "家庭其他非薪资年收入", 1.1),
         ("*家庭年度总收入", "家庭年度总收入", 1.0), ("*家庭人口", "家庭人口", 0.7),
         ("家庭月人均收入", "家庭月人均收入", 1.0), ("*户口所在地行政区划", "户口所在地行政区划", 1.8),
         ("*户口类型", "户口类型", 0.8)],
    ]
    for grp in groups:
        g.row([(w, L(lb)) for lb, _, w in grp], 10, 2.7)
        g.row([(w, V(r[k], k)) for _, k, w in grp], 11)
    g.row([(1.4, L("是否有一定自救能力")), (1.0, V(r["是否有一定自救能力"])), (1.4, L("是否为零就业家庭")),
           (1.0, V(r["是否为零就业家庭"]))], 9)
    g.row([(1.2, L("*主要致困原因")), (1.6, V(r["主要致困原因"])), (1.0, L("年度必要支出")),
           (0.9, V(r["年度必要支出"], "年度必要支出")), (1.0, L("其他（文字描述）")), (1.5, None)], 11)
    g.row([(1.2, L("次要致困原因（0-3项）")), (5.0, V(r["次要致困原因"]))], 10)
    g.row([(0.8, L("开户银行")), (1.3, V(r["开户银行"])), (0.8, L("支行名称")), (1.2, V(r["支行名称"])),
           (0.8, L("银行卡号")), (2.1, V(r["银行卡号"]))], 10)
    g.row([(0.8, L("附   件")), (1.5, L("附件名称")), (1.5, L("附件类型")), (3.0, L("备注"))], 8)
    g.row([(0.8, L("备注")), (6.0, V(r["备注"]))], 10)
    g.row([(1.6, L("是否为解困脱困对象")),
           (1.2, _checks(p, st, ["是", "否"], {"是" if r["解困脱困对象"] else "否"}, 3.0)),
           (1.0, L("立卡时间")), (1.3, V(r["立卡时间"])), (0.8, L("帮扶单位")), (1.3, V(r["帮扶单位"]))], 9)
    g.row([(1.6, L("五类重点群体")), (2.5, V(r["五类重点群体"])), (1.0, L("帮扶责任人")), (2.1, V(r["帮扶联系人"]))], 9)
    g.row([(1.6, L("“四个一批”措施")), (2.5, V(r["四个一批措施"])), (1.0, L("七个行动计划")),
           (2.1, V(r["七个行动计划"]))], 9)
    g.row([(0.8, L("*建档人")), (1.2, V(r["建档人"])), (0.8, L("*审核人")), (1.2, V(r["审核人"])), (0.8, L("录入人")),
           (1.2, V(r["录入人"]))], 10)
    legend = "致困原因（选项）：" + "；".join(f"{c.code}. {c.value}" for c in NationalCause) + "。"
    p.fit(10, g.y + 2, 200, g.y + 14, legend, 2.6, st.label_font, align="left")
    if sealed:
        _seal_on(p, st, 160, g.y + 24, f"{hh.unit.name}工会委员会")
        p.text(140, g.y + 34, "（建档工会盖章）", 3.0, st.label_font)
    fields: dict[str, Any] = {}
    _pick(fields, r, ["单位", "是否农民工", "劳动合同签订时间", "合同期限", "职工编号", "困难类别", "档案类型", "建档标准",
                      *[k for grp in groups for _, k, _ in grp], "是否有一定自救能力", "是否为零就业家庭",
                      "主要致困原因", "年度必要支出", "次要致困原因", "开户银行", "支行名称", "银行卡号", "建档人",
                      "审核人", "录入人", "备注", "解困脱困对象", "立卡时间", "帮扶单位", "五类重点群体", "帮扶联系人",
                      "四个一批措施", "七个行动计划"])
    fields["是否盖章"] = sealed
    p.fields = dict(fields)
    pages = [p]
    member_truth: list[dict[str, Any]] = []
    mp: Page | None = None
    mg: Grid | None = None
    inline_pairs = rng.random() < 0.4  # a unit that re-typed the blocks as 「label：value」 cells
    for i, m in enumerate(hh.members):
        if i % 3 == 0:
            mp = Page(*A4)
            mg = Grid(mp, st, 10, 14, 190)
            pages.append(mp)
        assert mp is not None and mg is not None
        top = mg.y
        for row in MEMBER_BLOCK:
            cells: list[tuple[float, Cell]] = [(0.5, None)]
            for lb, k in row:
                if inline_pairs:
                    cells.append((2.6 if len(row) == 3 else 7.3, _pair_in_cell(mp, st, lb, m[k] if k else None, k)))
                else:
                    cells += [(1.1, L(lb)), (1.5 if len(row) == 3 else 6.2, V(m[k] if k else None, k))]
            mg.row(cells, 7.5, 2.7)
        mp.fit(10, top, 10 + 190 * 0.5 / 8.3, mg.y, f"家庭成员信息表格{i + 1}", 3.0, st.label_font)
        mg.row([(0.5, None), (1.1, L("备注")), (6.7, None)], 7)
        mg.y += 4
        truth = {k: m[k] for row in MEMBER_BLOCK for _, k in row if k}
        member_truth.append(truth)
        mp.members.append(truth)
    return Document("建档申请表", pages, fields, member_truth, material="建档申请表", detail="困难职工档案表",
                    layout="全国/档案表")


def application_form(hh: Household, rng: random.Random, mode: Mode = "all") -> Document:
    """The household's form in its variant (``hh.variant``), in one of that variant's printings allowed by ``mode``."""
    st = Style.draw(rng)
    sealed = rng.random() < 0.85
    kind = KINDS.get(hh.variant, KINDS[VARIANT_NATIONAL])
    chosen = choose(kind, rng, mode)
    doc: Document = chosen.draw(hh, st, sealed)
    doc.layout = chosen.name
    doc.held_out = is_held_out(kind, chosen.name)
    return doc


# The other printings register after the seeds' own (registration order is the layout's index), the printings
# added by rotation 2 (forms_rotation2), rotation 3 (forms_rotation3), rotation 4 (forms_rotation4) and
# rotation 5 (forms_rotation5), rotation 6 (forms_rotation6), rotation 7 (forms_rotation7), rotation 8
# (forms_rotation8), rotation 9 (forms_rotation9), rotation 10 (forms_rotation10), rotation 11 (forms_rotation11),
# rotation 12 (forms_rotation12), rotation 13 (forms_rotation13), rotation 14 (forms_rotation14), rotation 15
# (forms_rotation15), rotation 16 (forms_rotation16), rotation 17 (forms_rotation17) and rotation 18
# (forms_rotation18) last.
from dangan.synth import (  # noqa: E402, F401
    forms_hangzhou,
    forms_hebei,
    forms_hunan,
    forms_national,
    forms_rotation2,
    forms_rotation3,
    forms_rotation4,
    forms_rotation5,
    forms_rotation6,
    forms_rotation7,
    forms_rotation8,
    forms_rotation9,
    forms_rotation10,
    forms_rotation11,
    forms_rotation12,
    forms_rotation13,
    forms_rotation14,
    forms_rotation15,
    forms_rotation16,
    forms_rotation17,
    forms_rotation18,
)
