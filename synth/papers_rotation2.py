"""Printings of 公示证明 and 劳动合同 added with rotation 2 (2026-12-04), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from the seeds and REAL-DOCUMENTS.md; registered after ``papers_work`` (imported below first).
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from dangan.synth.canvas import INK_BLUE, Page, text_width
from dangan.synth.households import VARIANT_HEBEI, VARIANT_HUNAN, Household
from dangan.synth.layouts import layout
from dangan.synth.papers_work import OTHER_NAMES, _contract_dates
from dangan.synth.render import A4, Document, Grid, L, Style, V, _para, _seal_on, _title, cn_date


# ---------------------------------------------------------------------------------------------------------
@layout("公示证明", "公示证明/轮换2")
def publicity_notice(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng)
    sealed = rng.random() < 0.9
    s, e = hh.publicity_start, hh.publicity_end
    hebei = hh.unit.province == VARIANT_HEBEI or (hh.unit.province != VARIANT_HUNAN and rng.random() < 0.5)
    p = Page(A4[1], A4[0])
    others = rng.sample(OTHER_NAMES, rng.randrange(1, 6))
    names = [*others]
    names.insert(rng.randrange(len(names) + 1), r["姓名"])
    n = len(names)
    if hebei:
        _title(p, st, "困难职工名单公示", 18, 6.4)
        meeting = date.fromordinal(s.toordinal() - rng.randrange(2, 8))
        y = _para(p, st, 24, 32, 250, [
            ("根据职工自愿申请，我单位于", False), (cn_date(meeting), True), ("召开", False), ("民主评议", True),
            ("会议，共有", False), (str(n + rng.randrange(0, 3)), True), ("户列入评议对象，经民主评议评选出困难职工", False),
            (str(n), True), ("户，根据《河北省困难职工认定和档案管理办法》等有关规定，现予以公示（名单附后）。公示期为", False),
            (cn_date(s), True), ("至", False), (cn_date(e), True), ("。如有异议，请从即日起", False), ("7", True),
            ("日内向本单位工会反映。", False)], 3.8, 8)
        p.text(24, y + 2, "监督电话：" + str(hh.extras.get("staff_phone") or ""), 3.6, st.label_font)
        _title(p, st, "困难职工名单", y + 12, 4.6)
        g = Grid(p, st, 24, y + 18, 249)
        heads: tuple[str, ...] = ("序号", "职工姓名", "家庭人口", "家庭年度总收入", "家庭年度必要性支出", "主要致困原因", "民主评议结果")
        widths: tuple[float, ...] = (0.5, 1.0, 0.8, 1.2, 1.3, 1.5, 1.0)
        g.row([(w, L(h)) for w, h in zip(widths, heads, strict=True)], 10, 3.0)
        for i, name in enumerate(names):
            own = name == r["姓名"]
            people = r["家庭人口"] if own else rng.randrange(2, 6)
            income = r["家庭年度总收入"] if own else rng.randrange(18, 60) * 1000
            spend = r["年度必要支出"] if own else rng.randrange(5, 40) * 1000
            cause = r["主要致困原因"] if own else rng.choice(("本人大病", "子女上学", "收入低", "家属残疾"))
            cells: tuple[Any, ...] = (str(i + 1), name, f"{people}", st.money(income), st.money(spend), cause, "通过")
            g.row([(w, V(c)) for w, c in zip(widths, cells, strict=True)], 9)
        y = g.y + 10
        p.text(24, y, "单位工会联系人：", 3.6, st.label_font)
        p.text(24, y + 8, "联系电话：" + str(hh.extras.get("staff_phone") or ""), 3.6, st.label_font)
    else:
        _title(p, st, "困难职工公示", 18, 6.4)
        y = _para(p, st, 24, 32, 250, [
            ("本次共有", False), (str(n), True), ("户申请成为工会困难职工帮扶对象并提出困难救助。根据《湖南工会困难职工档案"
                                                  "管理办法》等有关规定，现予以公示。公示期为", False),
            (cn_date(s), True), ("至", False), (cn_date(e), True), ("。各位会员如有异议的，请在", False), (cn_date(e), True),
            ("前向本单位工会反映。", False)], 3.8, 8)
        g = Grid(p, st, 24, y + 4, 249)
        g.row([(1.0, L("公 示 内 容"))], 9, 3.2)
        heads = ("申请人", "家庭成员（人数）", "申请人月均收入（元）", "家庭月人均收入（元）", "致困原因")
        widths = (1.0, 1.0, 1.2, 1.2, 1.6)
        g.row([(w, L(h)) for w, h in zip(widths, heads, strict=True)], 10, 3.0)
        for name in names:
            own = name == r["姓名"]
            people = r["家庭人口"] if own else rng.randrange(2, 6)
            pay = r["本人月平均收入"] if own else rng.randrange(15, 40) * 100
            per_head = r["家庭月人均收入"] if own else round(rng.uniform(500, 1400), 2)
            cause = r["主要致困原因"] if own else rng.choice(("家庭收入低", "因病致困", "子女上学", "意外致困"))
            cells = (name, f"{people}", st.money(pay), st.money(per_head), cause)
            g.row([(w, V(c)) for w, c in zip(widths, cells, strict=True)], 9)
        y = g.y + 10
        p.text(24, y, "单位工会联系人：", 3.6, st.label_font)
        p.text(24, y + 8, "举报电话：" + str(hh.extras.get("staff_phone") or ""), 3.6, st.label_font)
    p.text(200, y, f"{hh.unit.name}工会委员会（章）", 3.8, st.label_font)
    p.text(210, y + 10, cn_date(s), 3.8, st.value_font, color=st.color)
    if sealed:
        _seal_on(p, st, 225, y + 2, f"{hh.unit.name}工会委员会")
    fields = {"姓名": r["姓名"], "公示期起": s.isoformat(), "公示期止": e.isoformat()}
    if rng.random() < 0.5:  # the clerk noted the outcome on the archive's copy after the period
        p.text(24, y + 22, "公示期满，无异议。", 4.4, "kai", color=INK_BLUE)
        p.text(70, y + 22, st.date(e.isoformat()), 3.8, "kai", color=INK_BLUE)
        fields["结果"] = "无异议"
    fields["是否盖章"] = sealed
    if rng.random() < 0.5:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    p.fields = dict(fields)
    return Document("公示证明", [p], fields, person=r["姓名"], material="公示证明")


# ---------------------------------------------------------------------------------------------------------
@layout("劳动合同", "劳动合同/轮换2")
def contract_booklet(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng)
    start, end = _contract_dates(hh)
    p = Page(A4[1], A4[0])
    mid = p.w / 2
    p.line(mid, 8, mid, p.h - 8, 0.15, (150, 150, 150))
    # left: the booklet's cover
    p.text(mid / 2, 24, f"编号：{rng.randrange(2015, 2026)}{rng.randrange(1, 9999):04d}", 3.4, st.label_font, "mm")
    p.text(mid / 2, 62, "劳 动 合 同 书", 9.0, "bold" if st.label_font != "serif" else "serif", "mm")
    for i, (label, v) in enumerate((("甲方（用人单位）：", r["工作单位"]), ("乙方（劳动者）：", r["姓名"]),
                                    ("签订日期：", st.date(start.isoformat())))):
        y = 120.0 + i * 16
        p.text(22, y, label, 4.2, st.label_font)
        p.line(60, y + 3.5, mid - 16, y + 3.5, 0.2)
        p.fit(60, y - 5, mid - 16, y + 3, str(v or ""), 4.2, st.value_font, "left", st.color, jitter=st.jitter())
    # right: the first page (parties, term clause with the three kinds of term)
    x0 = mid + 14
    p.text(x0, 20, "一、劳动合同双方当事人基本情况", 3.8, "bold" if st.label_font != "serif" else "serif")
    rows = [("甲方（用人单位）名称：", r["工作单位"]), ("法定代表人（主要负责人）：", rng.choice(("陈建平", "刘志强", "黄晓东"))),
            ("联系电话：", hh.extras.get("staff_phone")), ("乙方（劳动者）姓名：", r["姓名"]), ("性别：", r["性别"]),
            ("居民身份证号码：", r["身份证号"]), ("户籍地址：", r["户口所在地行政区划"]), ("联系电话：", r["手机号码"])]
    y = 30.0
    for label, v in rows:
        p.text(x0 + 2, y, label, 3.4, st.label_font)
        lx = x0 + 3 + text_width(label, 3.4, st.label_font)
        p.line(lx, y + 3, p.w - 14, y + 3, 0.2)
        p.fit(lx, y - 4, p.w - 14, y + 3, str(v or ""), 3.6, st.value_font, "left", st.color, jitter=st.jitter())
        y += 9
    y += 4
    p.text(x0, y, "二、劳动合同期限", 3.8, "bold" if st.label_font != "serif" else "serif")
    y += 9
    p.text(x0 + 2, y, "第一条 甲乙双方自用工之日起确立劳动关系，", 3.4, st.label_font)
    y += 7
    lead = "双方约定按下列第"
    p.text(x0 + 2, y, lead, 3.4, st.label_font)
    lx = x0 + 3 + text_width(lead, 3.4, st.label_font)
    p.text(lx + 1, y, "（一）", 3.6, st.value_font, color=st.color)
    p.line(lx, y + 2.5, lx + 13, y + 2.5, 0.2)
    p.text(lx + 14, y, "种方式确定劳动合同期限：", 3.4, st.label_font)
    y += 10
    terms = [("（一）固定期限：自", True), ("（二）无固定期限：自", False), ("（三）以完成一定工作任务为期限：自", False)]
    for label, chosen in terms:
        p.checkbox(x0 + 2, y, 3.0, chosen, st.tick, rng)
        p.text(x0 + 7, y, label, 3.4, st.label_font)
        lx = x0 + 8 + text_width(label, 3.4, st.label_font)
        if chosen:
            _para(p, st, lx, y - 1.2, p.w - 6 - lx, [
                (str(start.year), True), ("年", False), (str(start.month), True), ("月", False), (str(start.day), True),
                ("日起至", False), (str(end.year), True), ("年", False), (str(end.month), True), ("月", False),
                (str(end.day), True), ("日止。", False)], 3.2, 7)
        else:
            p.text(lx, y, "    年    月    日起" + ("。" if "无固定" in label else "至    年    月    日止。"),
                   3.4, st.label_font)
        y += 12
    p.text(x0 + 2, y + 2, "其中试用期自    年    月    日起至    年    月    日止。", 3.4, st.label_font)
    p.text(p.w * 0.75 - 4, p.h - 10, "- 1 -", 3.0, st.label_font)
    if rng.random() < 0.6:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    fields = {"姓名": r["姓名"], "用人单位": r["工作单位"], "合同起始": start.isoformat(), "合同终止": end.isoformat()}
    p.fields = dict(fields)
    return Document("劳动合同", [p], fields, person=r["姓名"], material="劳动合同")
