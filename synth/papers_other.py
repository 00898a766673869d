"""The papers a household adds that are none of the typed documents (其他): bank cards and passbooks, receipts,
certificates of 居委会 / schools / 民政, admission letters, the 授权书 and the 民主评议 minutes.

Each kind keeps the signature of its first layout in ``render``; its options make the other layouts
(REAL-DOCUMENTS.md): photocopies on A4, several receipts on one sheet, red-headed letters, ruled forms,
a lined notebook page written by hand.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial

from dangan.synth.canvas import BLACK, INK_BLUE, Page
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.papers_id import CARD, copy_sheet
from dangan.synth.render import A4, Document, Grid, L, Style, V, _other, _para, _seal_on, _student, _title

RED_HEAD = (170, 30, 30)


# ---------------------------------------------------------------------------------------------
# 银行卡复印件
# ---------------------------------------------------------------------------------------------
def _bank_copy(hh: Household, rng: random.Random, *, passbook: bool) -> Document:
    """The card's front and back on an A4 copy, or (``passbook``) a 存折's first page: 户名, 账号, 开户行."""
    r = hh.record
    day = hh.created - timedelta(days=rng.randrange(1, 20))
    card = r["银行卡号"]
    if passbook:
        p = Page(150, 95, paper=(240, 236, 226))
        p.text(75, 10, f"{r['开户银行']}  储蓄存折", 4.6, "bold", "mm")
        g = Grid(p, Style.draw(rng, typed=True), 10, 20, 130)
        g.row([(1.0, L("户名")), (3.0, V(r["姓名"]))], 10)
        g.row([(1.0, L("账号")), (3.0, V(card))], 10)
        g.row([(1.0, L("开户行")), (3.0, V(f"{r['开户银行']}{hh.unit.city}{rng.choice(('城东', '城西', '新华'))}支行"))], 10)
        g.row([(1.0, L("开户日期")), (3.0, V((day - timedelta(days=rng.randrange(300, 4000))).isoformat()))], 10)
        items = [p]
    else:
        front = Page(*CARD, paper=(215, 222, 235))
        front.text(5, 8, r["开户银行"], 4.0, "bold", color=(150, 20, 30))
        front.rect(8, 16, 20, 25, 0.2, (150, 130, 60), fill=(210, 190, 120))
        front.text(6, 36, " ".join(card[i:i + 4] for i in range(0, len(card), 4)), 4.2, "heimono")
        front.text(6, 46, "银联 UnionPay  借记卡", 2.8, "hei", color=(60, 60, 80))
        back = Page(*CARD, paper=(225, 228, 232))
        back.rect(0, 6, CARD[0], 16, 0.1, (20, 20, 20), fill=(20, 20, 20))  # the magnetic stripe
        back.rect(6, 22, 60, 30, 0.2, (120, 120, 120), fill=(245, 245, 245))
        back.text(8, 26, r["姓名"], 3.6, "kai", color=INK_BLUE)  # signature strip
        back.text(6, 40, f"客服热线 95{rng.randrange(500, 599)}", 2.8, "hei")
        items = [front, back]
    page = copy_sheet(rng, items, signer=r["姓名"], day=day)
    return _other("银行卡复印件", r["姓名"], day, page, "存折复印件" if passbook else "银行卡复印件")


layout("其他/银行卡", "银行卡/A4正反复印")(partial(_bank_copy, passbook=False))
layout("其他/银行卡", "银行卡/存折首页复印")(partial(_bank_copy, passbook=True))


# ---------------------------------------------------------------------------------------------
# 票据 (医药费票据, 学费票据)
# ---------------------------------------------------------------------------------------------
def _receipt_slip(st: Style, rng: random.Random, name: str, payee: str, items: str, day: date, title: str,
                  centre: str) -> Page:
    amount = rng.randrange(80, 9000) + rng.randrange(100) / 100
    p = Page(170, 80, paper=(252, 248, 250))
    p.text(85, 8, title, 4.4, "bold", "mm")
    p.text(130, 15, f"No.{rng.randrange(10**7, 10**8)}", 2.8, "heimono", color=(160, 30, 30))
    g = Grid(p, st, 6, 19, 158)
    g.row([(1, L("交款人")), (2, V(name)), (1, L("收款单位")), (3, V(payee))], 9)
    g.row([(1, L("项目")), (2, L(items.split(" / ")[0])), (1, L("金额（元）")), (3, V(f"{amount:.2f}"))], 9)
    g.row([(1, L("合计（小写）")), (6, V(f"¥{amount:.2f}"))], 9)
    p.text(100, 54, "收款日期：" + day.strftime("%Y年%m月%d日"), 3.0, st.value_font)
    _seal_on(p, st, 55, 62, payee[:12], centre, 11)
    return p


def _receipts(hh: Household, rng: random.Random, kind: str, name: str, payee: str, items: str, day: date,
              title: str, centre: str, *, itemised: bool) -> Document:
    """Several slips of one payer and day on one A4 copy, or (``itemised``) an A4 住院/缴费 settlement with
    an item table and the total in words and figures."""
    st = Style.draw(rng, typed=True)
    if not itemised:
        slips = [_receipt_slip(st, rng, name, payee, items, day, title, centre) for _ in range(rng.randrange(2, 4))]
        page = copy_sheet(rng, slips, stack="column", note=rng.random() < 0.5, signer=name)
        return _other(kind, name, day, page)
    p = Page(*A4)
    _title(p, st, f"{payee}费用结算单", 24, 5.6)
    p.text(20, 38, f"交款人：{name}", 3.8, st.value_font)
    p.text(110, 38, f"结算日期：{st.date(day.isoformat())}", 3.8, st.value_font)
    g = Grid(p, st, 20, 46, 170)
    g.row([(2, L("项目")), (1, L("数量")), (1, L("单价（元）")), (1, L("金额（元）"))], 9)
    total = 0.0
    for it in [*items.split(" / "), "材料费", "其他"]:
        n = rng.randrange(1, 6)
        price = rng.randrange(20, 2000) + rng.randrange(100) / 100
        total += n * price
        g.row([(2, V(it)), (1, V(str(n))), (1, V(f"{price:.2f}")), (1, V(f"{n * price:.2f}"))], 8)
    g.row([(2, L("合计（小写）")), (3, V(f"{total:.2f}"))], 9)
    g.row([(2, L("合计（大写）")), (3, V(f"人民币{total:.2f}元"))], 9)
    p.text(20, g.y + 12, "收款单位（盖章）：", 3.8, st.label_font)
    _seal_on(p, st, 70, g.y + 14, payee[:12], centre, 15)
    return _other(kind, name, day, p)


layout("其他/票据", "票据/A4多张复印")(partial(_receipts, itemised=False))
layout("其他/票据", "票据/结算单")(partial(_receipts, itemised=True))


# ---------------------------------------------------------------------------------------------
# 证明 (上学证明, 灾害/事故/失业证明, 离婚证, 死亡证明)
# ---------------------------------------------------------------------------------------------
def _letter_cert(hh: Household, rng: random.Random, kind: str, name: str, heading: str, body: str, issuer: str,
                 ring: str, day: date, centre: str = "", *, form: bool) -> Document:
    """An A4 red-headed letter of the issuing office with a 文号, or (``form``) a ruled 证明 form."""
    st = Style.draw(rng)
    p = Page(*A4)
    if not form:
        p.text(105, 22, issuer, 6.6, "serifbold", "mm", RED_HEAD)
        p.text(105, 34, f"〔{day.year}〕{rng.randrange(1, 300)}号", 3.8, st.label_font, "mm")
        p.line(15, 39, 195, 39, 0.8, RED_HEAD)
        _title(p, st, heading, 54, 6.0)
        y = _para(p, st, 22, 72, 166, [(body, False)], 4.2, 10)
        p.text(30, y + 4, "特此证明。", 4.2, st.label_font)
        y += 34
    else:
        _title(p, st, heading, 30, 6.0)
        g = Grid(p, st, 20, 44, 170)
        g.row([(1.0, L("姓名")), (4.0, V(name))], 12)
        g.row([(1.0, L("证明事项")), (4.0, V(body))], 40)
        g.row([(1.0, L("出具单位意见")), (4.0, V("情况属实，特此证明。"))], 20)
        g.row([(1.0, L("出具单位")), (4.0, V(issuer))], 12)
        y = g.y + 16
    p.text(120, y, issuer if not form else "（盖章）", 3.8, st.value_font if not form else st.label_font, color=st.color)
    p.text(120, y + 12, st.date(day.isoformat()), 3.8, st.value_font, color=st.color)
    _seal_on(p, st, 145, y + 4, ring[:14], centre, 18)
    if rng.random() < 0.4:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other(kind, name, day, p, heading)


layout("其他/证明", "证明/A4红头")(partial(_letter_cert, form=False))
layout("其他/证明", "证明/表格式")(partial(_letter_cert, form=True))


# ---------------------------------------------------------------------------------------------
# 录取通知书
# ---------------------------------------------------------------------------------------------
def _admission(hh: Household, rng: random.Random, *, copied: bool) -> Document:
    """A portrait A4 letter with 学号 and 专业/班级, or (``copied``) a folded card photocopied onto A4."""
    st = Style.draw(rng)
    child = _student(hh)
    school = child.get("单位或学校") or "某中学"
    day = date(int(child.get("入学年份") or hh.created.year), 7, rng.randrange(5, 25))
    if copied:
        card = Page(180, 120, paper=(250, 236, 226))
        card.text(90, 18, school, 6.0, "serifbold", "mm", RED_HEAD)
        card.text(90, 34, "录取通知书", 7.0, "serifbold", "mm", RED_HEAD)
        y = _para(card, st, 20, 52, 140, [(child["姓名"], True), ("同学：", False)], 4.2)
        card.text(26, y + 2, f"你已被我校录取，请于{day.year}年9月凭本通知书报到。", 3.8, st.label_font)
        card.text(110, y + 26, st.date(day.isoformat()), 3.8, st.value_font, color=st.color)
        _seal_on(card, st, 130, y + 18, school[:12], "", 14)
        page = copy_sheet(rng, [card], note=rng.random() < 0.5, signer=hh.record["姓名"])
    else:
        page = Page(*A4)
        page.text(105, 30, school, 7.0, "serifbold", "mm", RED_HEAD)
        _title(page, st, "新 生 录 取 通 知 书", 48, 6.6)
        y = _para(page, st, 25, 70, 160, [(child["姓名"], True), ("同学：", False)], 4.4)
        _para(page, st, 33, y + 2, 150, [
            ("经审核，你已被我校录取，学号", False), (f"{day.year}{rng.randrange(10000, 99999)}", True),
            ("，专业（班级）", False), (rng.choice(("高一（3）班", "机械设计制造", "会计学", "初一（5）班")), True),
            (f"。请于{day.year}年9月1日持本通知书到校报到。", False)], 4.0, 10)
        page.text(130, y + 50, st.date(day.isoformat()), 4.0, st.value_font, color=st.color)
        _seal_on(page, st, 150, y + 42, school[:12], "", 18)
    return _other("录取通知书", child["姓名"], day, page)


layout("其他/录取通知书", "录取通知书/竖版信函")(partial(_admission, copied=False))
layout("其他/录取通知书", "录取通知书/复印件")(partial(_admission, copied=True))


# ---------------------------------------------------------------------------------------------
# 授权书（声明书）
# ---------------------------------------------------------------------------------------------
def _authorisation(hh: Household, rng: random.Random, *, single: bool) -> Document:
    """A ruled table of every adult's signature and ID number, or (``single``) the applicant's own short
    声明 with one signature and fingerprint."""
    r = hh.record
    st = Style.draw(rng)
    day = hh.created - timedelta(days=rng.randrange(20, 40))
    p = Page(*A4)
    _title(p, st, "个人声明" if single else "家庭经济状况核对授权书", 26, 6.2)
    text = ("本人及家庭成员授权工会组织及民政部门调查、核对本家庭成员的收入、财产状况，并承诺所提供的材料真实有效，"
            "如有虚假，愿承担相应责任。")
    y = _para(p, st, 22, 44, 166, [(text, False)], 3.9, 8.5)
    if single:
        p.text(110, y + 20, "声明人（签名）：", 3.9, st.label_font)
        p.text(145, y + 20, r["姓名"], 5.4, "kai", color=INK_BLUE)
        p.ops.append(("seal", 175, y + 20, 2.6, "", "", 0.0, (200, 40, 50), 7))
        p.text(110, y + 32, f"身份证号：{r['身份证号']}", 3.6, st.value_font, color=st.color)
        p.text(130, y + 44, st.date(day.isoformat()), 3.8, st.value_font, color=st.color)
    else:
        g = Grid(p, st, 18, y + 6, 174)
        g.row([(0.6, L("序号")), (1.2, L("姓名")), (1.2, L("与申请人关系")), (2.6, L("身份证号")), (1.4, L("本人签名"))], 9)
        people = [hh.householder() | {"关系": "本人"}, *[m for m in hh.members if m["年龄"] >= 18]]

        def sign(name: str) -> Callable[[float, float, float, float], None]:
            def draw(x0: float, y0: float, x1: float, y1: float) -> None:
                p.text(x0 + 4, (y0 + y1) / 2, name, 4.8, "kai", color=rng.choice((INK_BLUE, BLACK)))
            return draw

        for i, person in enumerate(people[:6]):
            g.row([(0.6, V(str(i + 1))), (1.2, V(person["姓名"])), (1.2, V(person["关系"])),
                   (2.6, V(person["身份证号"])), (1.4, sign(person["姓名"]))], 10)
        p.text(130, g.y + 16, st.date(day.isoformat()), 3.8, st.value_font, color=st.color)
    return _other("授权书", r["姓名"], day, p, "授权书（声明书）")


layout("其他/授权书", "授权书/表格式")(partial(_authorisation, single=False))
layout("其他/授权书", "授权书/个人声明")(partial(_authorisation, single=True))


# ---------------------------------------------------------------------------------------------
# 民主评议会议记录
# ---------------------------------------------------------------------------------------------
def _minutes(hh: Household, rng: random.Random, *, notebook: bool) -> Document:
    """A ruled 会议记录 form, or (``notebook``) a lined notebook page written by hand throughout."""
    r = hh.record
    st = Style.draw(rng, typed=False) if notebook else Style.draw(rng)
    day = hh.publicity_start - timedelta(days=rng.randrange(1, 6))
    body = (f"对{r['姓名']}同志提出的困难职工建档申请进行民主评议。经入户调查核实，该职工家庭共{r['家庭人口']}人，"
            f"主要致困原因为{r['主要致困原因']}，家庭生活困难。与会人员一致同意列为困难职工评议对象。")
    count = rng.randrange(7, 25)
    p = Page(*A4)
    if notebook:
        for k in range(24):
            p.line(12, 40 + k * 10, 198, 40 + k * 10, 0.15, (150, 170, 200))
        p.text(70, 28, "民主评议会议记录", 6.0, "kai", color=st.color)
        lines = [f"时间：{day.year}年{day.month}月{day.day}日", f"地点：{r['单位']}工会会议室",
                 f"参加人员：{count}人", f"主持人：{r['审核人']}    记录人：{r['建档人']}"]
        for i, ln in enumerate(lines):
            p.text(16, 36 + (i + 1) * 10, ln, 4.4, "kai", color=st.color)
        for i in range(0, len(body), 38):  # hand-written lines on the ruling
            p.text(16 + (4 if i == 0 else 0), 86 + i // 38 * 10, body[i:i + 38], 4.4, "kai", color=st.color)
    else:
        _title(p, st, "民主评议会议记录", 26, 6.0)
        g = Grid(p, st, 18, 40, 174)
        g.row([(1.0, L("会议时间")), (2.0, V(day.isoformat())), (1.0, L("会议地点")), (2.0, V(f"{r['单位']}工会会议室"))], 11)
        g.row([(1.0, L("主持人")), (2.0, V(r["审核人"])), (1.0, L("记录人")), (2.0, V(r["建档人"]))], 11)
        g.row([(1.0, L("应到人数")), (2.0, V(f"{count + rng.randrange(0, 3)}人")), (1.0, L("实到人数")),
               (2.0, V(f"{count}人"))], 11)
        g.row([(1.0, L("评议内容")), (5.0, V(body))], 40)
        g.row([(1.0, L("评议结果")), (5.0, V("同意"))], 14)
    return _other("民主评议会议记录", r["姓名"], day, p)


layout("其他/会议记录", "会议记录/表格式")(partial(_minutes, notebook=False))
layout("其他/会议记录", "会议记录/手写横线纸")(partial(_minutes, notebook=True))
