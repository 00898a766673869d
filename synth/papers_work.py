"""Papers of the workplace: 收入证明 (letters and payslip tables), 劳动合同 (first and signature pages), 公示证明.

REAL-DOCUMENTS.md: a 收入证明 is a letter on the employer's paper or a payslip table (工资条, 工资表) with
its own column set for one to twelve months, with or without a 合计/月均 row; a 劳动合同 archive copy is its
first page and its signature page; a 公示证明 is often a notice listing several households. Truth holds only
what is printed: 年收入 only where a total or a sentence prints it; 月均 amounts where a 月均 row or sentence
prints them or where the printed month rows determine them exactly (they are drawn to add up).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from functools import partial

from dangan.synth.canvas import INK_BLUE, Page
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.render import (
    A4,
    Document,
    Grid,
    L,
    Style,
    V,
    _checks,
    _para,
    _seal_on,
    _title,
    income_document,
    income_facts,
)


# ---------------------------------------------------------------------------------------------
# 收入证明: letters
# ---------------------------------------------------------------------------------------------
def _income_letter(hh: Household, name: str, rng: random.Random, *, table: bool) -> Document:
    """On the employer's letterhead: a 兹证明 sentence (``table`` False) or a ruled 收入证明 form with 单位意见."""
    inc = income_facts(hh, name, rng, months=rng.choice((3, 6, 12)))
    st = Style.draw(rng, typed=rng.random() < 0.6)
    person = hh.person(name)
    p = Page(*A4)
    p.text(105, 16, inc.employer, 6.0, "serifbold" if rng.random() < 0.5 else "bold", "mm", (170, 30, 30))
    p.line(15, 24, 195, 24, 0.8, (170, 30, 30))
    _title(p, st, "收 入 证 明", 42, 6.4)
    since = rng.randrange(1995, hh.created.year)
    if not table:
        y = _para(p, st, 22, 62, 166, [
            ("兹证明", False), (name, True), ("同志（身份证号：", False), (person["身份证号"], True),
            (f"），系我单位职工，自{since}年起在我单位工作。该同志近", False), (str(inc.months), True),
            ("个月月平均工资（税前）", False), (str(inc.gross), True), ("元，月均实发工资", False), (str(inc.net), True),
            ("元，年收入约", False), (str(inc.annual), True), ("元。", False)], 4.2, 10)
        p.text(30, y + 6, "特此证明。", 4.2, st.label_font)
        y += 30
        fields = inc.fields()
    else:
        g = Grid(p, st, 18, 56, 174)
        g.row([(1.0, L("姓名")), (1.4, V(name)), (1.0, L("性别")), (0.8, V(person["性别"])), (1.0, L("入职时间")),
               (1.2, V(f"{since}年"))], 11)
        g.row([(1.0, L("身份证号")), (2.2, V(person["身份证号"])), (1.0, L("工作单位")), (2.2, V(inc.employer))], 13)
        g.row([(1.0, L("统计月数")), (2.2, V(f"{inc.months}个月")), (1.0, L("月平均工资")), (2.2, V(inc.gross, "月均工资"))],
              11)
        g.row([(1.0, L("月均实发工资")), (2.2, V(inc.net, "月均实发工资")), (1.0, L("年收入")),
               (2.2, V(inc.annual, "年收入"))], 11)
        g.row([(1.0, L("单位意见")), (5.4, V("情况属实"))], 24)
        y = g.y + 14
        fields = inc.fields()
    p.text(24, y, "经办人：", 3.8, st.label_font)
    p.text(42, y, inc.handler, 4.6, "kai", color=INK_BLUE)
    p.text(24, y + 10, f"联系电话：{inc.phone}", 3.8, st.label_font)
    p.text(120, y + 4, "单位（盖章）", 3.8, st.label_font)
    p.text(120, y + 16, st.date(inc.issued.isoformat()), 3.8, st.value_font, color=st.color)
    if inc.sealed:
        _seal_on(p, st, 140, y + 6, inc.employer[:14], "", 20)
    return income_document(inc, [p], fields, "收入证明（单位信笺）" if not table else "收入证明（表格）")


# ---------------------------------------------------------------------------------------------
# 收入证明: payslip tables
# ---------------------------------------------------------------------------------------------
COLUMN_SETS: tuple[tuple[str, ...], ...] = (
    ("月份", "基本工资", "岗位工资", "绩效", "补贴", "应发", "扣款", "实发"),
    ("发放月份", "基本工资", "绩效工资", "应发工资", "社保", "公积金", "个税", "实发工资"),
    ("月份", "应发合计", "代扣合计", "实发金额"),
    ("工资月份", "岗位工资", "薪级工资", "津贴补贴", "应发工资", "扣款合计", "实发工资"),
)


def _month_row(cols: tuple[str, ...], month: str, gross: int, net: int, rng: random.Random) -> list[int | str]:
    """One month's cells: pay components add up to 应发, deductions to 应发 − 实发."""
    earn = [c for c in cols[1:] if c in ("基本工资", "岗位工资", "绩效", "补贴", "绩效工资", "薪级工资", "津贴补贴")]
    take = [c for c in cols[1:] if c in ("社保", "公积金", "个税")]
    parts: dict[str, int] = {}
    left = gross
    for c in earn[:-1]:
        parts[c] = int(round(left * rng.uniform(0.25, 0.55), -1))
        left -= parts[c]
    if earn:
        parts[earn[-1]] = left
    ded = gross - net
    for c in take[:-1]:
        parts[c] = int(ded * rng.uniform(0.3, 0.6))
        ded -= parts[c]
    if take:
        parts[take[-1]] = ded
    out: list[int | str] = [month]
    for c in cols[1:]:
        if c in parts:
            out.append(parts[c])
        elif c.startswith("应发"):
            out.append(gross)
        elif c.startswith("实发"):
            out.append(net)
        else:  # 扣款 / 代扣合计 / 扣款合计
            out.append(gross - net)
    return out


def _payslip(hh: Household, name: str, rng: random.Random, *, landscape: bool) -> Document:
    """A typed 工资表 of 1-12 months with one of ``COLUMN_SETS``, with or without a 合计 and a 月均 row."""
    months = rng.choice((1, 3, 3, 6, 6, 12, 12, rng.randrange(1, 13)))
    inc = income_facts(hh, name, rng, months=months)
    st = Style.draw(rng, typed=True)
    cols = rng.choice(COLUMN_SETS)
    with_total, with_mean = rng.random() < 0.6, rng.random() < 0.5
    p = Page(*((297.0, 210.0) if landscape else A4))
    width = p.w - 30
    _title(p, st, f"{inc.employer}职工工资{'表' if landscape else '明细'}", 20, 5.6)
    p.text(15, 32, f"姓名：{name}", 3.8, st.value_font)
    p.text(70, 32, f"部门：{rng.choice(('生产部', '后勤部', '销售部', '车间', '综合办'))}", 3.8, st.value_font)
    p.text(p.w - 80, 32, "单位：元", 3.6, st.value_font)
    g = Grid(p, st, 15, 38, width)
    weights = [1.3, *([1.0] * (len(cols) - 1))]
    g.row([(w, L(c)) for w, c in zip(weights, cols, strict=True)], 9, 3.0)
    nets = inc.split(rng, inc.net * months, months)
    grosses = inc.split(rng, inc.gross * months, months)
    grosses = [max(gv, nv + 50) for gv, nv in zip(grosses, nets, strict=True)]
    dotted = rng.random() < 0.5
    rows = []
    for i in range(months):
        k = inc.issued.year * 12 + inc.issued.month - 1 - (months - i)  # the months before the issue date
        year, month = divmod(k, 12)
        label = f"{year}.{month + 1:02d}" if dotted else f"{year}年{month + 1}月"
        rows.append(_month_row(cols, label, grosses[i], nets[i], rng))
    row_h = 7.0 if months > 6 or landscape else 8.0
    for r in rows:
        g.row([(w, V(str(v))) for w, v in zip(weights, r, strict=True)], row_h, 3.0)
    sums = [sum(int(r[k]) for r in rows) for k in range(1, len(cols))]
    if with_total:
        g.row([(weights[0], L("合计")), *((w, V(str(s))) for w, s in zip(weights[1:], sums, strict=True))], row_h)
    if with_mean:
        means = [round(s / months) for s in sums]
        g.row([(weights[0], L("月均")), *((w, V(str(m))) for w, m in zip(weights[1:], means, strict=True))], row_h)
    y = g.y + 10
    p.text(15, y, f"制表人：{inc.handler}", 3.6, st.value_font)
    p.text(80, y, f"联系电话：{inc.phone}", 3.6, st.value_font)
    p.text(p.w - 75, y + 10, f"日期：{st.date(inc.issued.isoformat())}", 3.6, st.value_font)
    if inc.sealed:
        _seal_on(p, st, p.w - 55, y + 4, inc.employer[:14], "财务专用章", 19)
    gross_mean = round(sum(grosses) / months)
    # the 实发 of the rows always averages to the net; 年收入 only where a 12-month 合计 prints it
    fields = inc.fields(月均工资=gross_mean, 年收入=inc.annual if with_total and months == 12 else None)
    if not with_total:
        fields.pop("年收入", None)
    return income_document(inc, [p], fields, "工资表")


layout("收入证明", "收入证明/单位信笺")(partial(_income_letter, table=False))
layout("收入证明", "收入证明/工资条多栏")(partial(_payslip, landscape=False))
layout("收入证明", "收入证明/表格式证明")(partial(_income_letter, table=True))
layout("收入证明", "收入证明/工资表横版")(partial(_payslip, landscape=True))


# ---------------------------------------------------------------------------------------------
# 劳动合同: first page and signature page
# ---------------------------------------------------------------------------------------------
def _contract_dates(hh: Household) -> tuple[date, date]:
    start = date.fromisoformat(hh.record["劳动合同签订时间"])
    months = int(hh.extras.get("contract_months") or 24)
    end = date(start.year + (start.month - 1 + months) // 12, (start.month - 1 + months) % 12 + 1, 1) - timedelta(days=1)
    return start, end


def _signature_page(hh: Household, st: Style, rng: random.Random, start: date, copy: bool) -> Page:
    r = hh.record
    p = Page(*A4)
    p.text(25, 40, "第十四条 本合同一式两份，甲乙双方各执一份，经双方签字盖章后生效。", 3.8, st.label_font)
    p.text(25, 52, "（以下无正文）", 3.8, st.label_font)
    p.text(25, 90, "甲方（盖章）：", 4.0, st.label_font)
    p.text(25, 104, "法定代表人或委托代理人（签字）：", 4.0, st.label_font)
    p.text(115, 90, "乙方（签字）：", 4.0, st.label_font)
    p.text(145, 90, r["姓名"], 5.6, "kai", color=INK_BLUE)
    day = st.date(start.isoformat())
    p.text(25, 122, f"签订日期：{day}", 4.0, st.label_font)
    p.text(115, 122, f"签订日期：{day}", 4.0, st.label_font)
    _seal_on(p, st, 60, 96, r["工作单位"][:14], "合同专用章", 19)
    p.fields = {"姓名": r["姓名"]}
    if copy:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return p


def _contract(hh: Household, rng: random.Random, *, table: bool) -> Document:
    """The first page (parties and the 合同期限 clause; ``table``: the parties in a ruled table and the term
    as three ticked options) and the signature page, often photocopied."""
    r = hh.record
    st = Style.draw(rng)
    start, end = _contract_dates(hh)
    copy = rng.random() < 0.6
    p = Page(*A4)
    p.text(160, 14, f"编号：{rng.randrange(2015, 2026)}-{rng.randrange(1, 999):03d}", 3.4, st.label_font)
    _title(p, st, "劳 动 合 同 书", 30, 7.0)
    if table:
        g = Grid(p, st, 20, 48, 170)
        g.row([(1.2, L("甲方（用人单位）名称")), (4.0, V(r["工作单位"]))], 11)
        g.row([(1.2, L("法定代表人")), (1.6, V(rng.choice(("陈建平", "刘志强", "黄晓东")))), (1.0, L("联系电话")),
               (1.4, V(hh.extras["staff_phone"]))], 11)
        g.row([(1.2, L("乙方（劳动者）姓名")), (1.6, V(r["姓名"])), (1.0, L("性别")), (1.4, V(r["性别"]))], 11)
        g.row([(1.2, L("居民身份证号码")), (4.0, V(r["身份证号"]))], 11)
        g.row([(1.2, L("户籍地址")), (4.0, V(r["户口所在地行政区划"]))], 11)
        ticked = {"固定期限"}
        g.row([(1.2, L("合同期限")), (4.0, _checks(p, st, ["固定期限", "无固定期限", "以完成一定工作任务为期限"], ticked))], 12)
        y = g.y + 12
    else:
        lines = [("甲方（用人单位）：", r["工作单位"]), ("乙方（劳动者）：", r["姓名"]),
                 ("居民身份证号码：", r["身份证号"]), ("户籍地址：", r["户口所在地行政区划"])]
        y = 56.0
        for lb, v in lines:
            p.text(30, y, lb, 4.2, st.label_font)
            p.text(72, y, v, 4.4, st.value_font, color=st.color)
            p.line(70, y + 4, 185, y + 4, 0.2)
            y += 14
        y += 6
    y = _para(p, st, 25, y, 160, [
        ("第一条 合同期限：本合同为固定期限劳动合同，期限自", False), (f"{start.year}", True), ("年", False),
        (f"{start.month}", True), ("月", False), (f"{start.day}", True), ("日起至", False), (f"{end.year}", True),
        ("年", False), (f"{end.month}", True), ("月", False), (f"{end.day}", True), ("日止。", False)], 3.8, 9)
    p.text(25, y + 4, "第二条 工作内容和工作地点：乙方同意根据甲方工作需要，担任生产岗位工作。", 3.8, st.label_font)
    p.text(25, y + 14, "第三条 劳动报酬：甲方按月以货币形式支付乙方工资，不低于当地最低工资标准。", 3.8, st.label_font)
    if copy:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    fields = {"姓名": r["姓名"], "用人单位": r["工作单位"], "合同起始": start.isoformat(), "合同终止": end.isoformat()}
    p.fields = dict(fields)
    return Document("劳动合同", [p, _signature_page(hh, st, rng, start, copy)], fields, person=r["姓名"],
                    material="劳动合同")


layout("劳动合同", "劳动合同/首页+签字页")(partial(_contract, table=False))
layout("劳动合同", "劳动合同/表格式首页")(partial(_contract, table=True))


# ---------------------------------------------------------------------------------------------
# 公示证明
# ---------------------------------------------------------------------------------------------
OTHER_NAMES = ("张秀兰", "李建军", "王桂芳", "刘志明", "陈玉梅", "杨国华", "赵丽娟", "黄志强", "周小燕", "吴建国")


def _publicity(hh: Household, rng: random.Random, *, listing: bool) -> Document:
    """``listing``: a notice listing several households (this one among them) with the period and the result
    written under it; otherwise a ruled 公示情况表 for this household."""
    r = hh.record
    st = Style.draw(rng)
    sealed = rng.random() < 0.9
    s, e = hh.publicity_start, hh.publicity_end
    union = f"{hh.unit.name}工会委员会"
    p = Page(*A4)
    if listing:
        _title(p, st, f"关于{r['姓名']}等困难职工建档的公示", 26, 5.6)
        others = rng.sample(OTHER_NAMES, rng.randrange(1, 5))
        names = [*others]
        names.insert(rng.randrange(len(names) + 1), r["姓名"])
        _para(p, st, 22, 42, 166, [(
            f"根据困难职工建档工作要求，经个人申请、入户调查和民主评议，拟将以下{len(names)}名职工列为困难职工建档对象，"
            f"现予公示。公示期为{s.year}年{s.month}月{s.day}日至{e.year}年{e.month}月{e.day}日。如有异议，请向单位工会反映。",
            False)], 3.8, 8)
        g = Grid(p, st, 22, 76, 166)
        g.row([(0.6, L("序号")), (1.2, L("姓名")), (1.6, L("部门")), (1.0, L("家庭人口")), (1.6, L("主要致困原因"))], 9)
        for i, n in enumerate(names):
            own = n == r["姓名"]
            g.row([(0.6, V(str(i + 1))), (1.2, V(n)), (1.6, V(rng.choice(("生产部", "后勤部", "车间", "综合办")))),
                   (1.0, V(f"{r['家庭人口'] if own else rng.randrange(2, 6)}人")),
                   (1.6, V(r["主要致困原因"] if own else rng.choice(("疾病", "残疾", "子女上学", "失业"))))], 9)
        y = g.y + 14
        p.text(22, y, "公示结果：", 4.0, st.label_font)
        p.text(46, y, "无异议", 4.6, "kai", color=INK_BLUE)
        y += 16
    else:
        _title(p, st, "困难职工建档公示情况表", 28, 6.0)
        g = Grid(p, st, 20, 46, 170)
        g.row([(1.0, L("公示对象")), (2.0, V(r["姓名"])), (1.0, L("所在单位")), (2.4, V(r["单位"]))], 12)
        g.row([(1.0, L("公示时间")), (5.4, V(f"{st.date(s.isoformat())} 至 {st.date(e.isoformat())}"))], 12)
        g.row([(1.0, L("公示地点")), (5.4, V(rng.choice(("单位公示栏", "厂务公开栏", "职工食堂公告栏"))))], 12)
        g.row([(1.0, L("公示方式")), (5.4, _checks(p, st, ["张贴", "网站", "会议"], {"张贴"}))], 12)
        g.row([(1.0, L("公示结果")), (5.4, _checks(p, st, ["无异议", "有异议"], {"无异议"}))], 12)
        g.row([(1.0, L("单位工会意见")), (5.4, V("同意建档"))], 24)
        y = g.y + 16
    p.text(120, y, "单位工会（盖章）", 4.0, st.label_font)
    p.text(120, y + 12, st.date(e.isoformat()), 4.0, st.value_font, color=st.color)
    if sealed:
        _seal_on(p, st, 140, y + 2, union)
    if rng.random() < 0.4:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    fields = {"姓名": r["姓名"], "公示期起": s.isoformat(), "公示期止": e.isoformat(), "结果": "无异议", "是否盖章": sealed}
    p.fields = dict(fields)
    return Document("公示证明", [p], fields, person=r["姓名"], material="公示证明")


layout("公示证明", "公示证明/名单公示")(partial(_publicity, listing=True))
layout("公示证明", "公示证明/公示情况表")(partial(_publicity, listing=False))

