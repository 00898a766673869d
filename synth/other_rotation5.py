"""Printings of the 其他 papers added with rotation 5 (2026-12-06), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from REAL-DOCUMENTS.md and the seeds with the parts of ``render``, ``papers_id``, ``papers_rotation3``
and ``papers_rotation4``; each keeps the signature of its kind's first layout and the 其他 truth of ``render._other``
(材料名称, 姓名, 日期), every value of which is printed on the page.
"""

from __future__ import annotations

import math
import random
from datetime import date, timedelta
from typing import Any

from dangan.schemas.vocab import NationalCause
from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.households import FEMALE_GIVEN, MALE_GIVEN, SURNAMES, Household
from dangan.synth.layouts import layout
from dangan.synth.papers_id import CARD
from dangan.synth.papers_other import RED_HEAD
from dangan.synth.papers_rotation3 import embed_scaled
from dangan.synth.papers_rotation4 import _barcode, _signed
from dangan.synth.render import A4, Document, Grid, L, Style, V, _other, _seal_on, _student, _title, cn_date

RULE_RED = (205, 120, 120)
WEEKDAYS = "一二三四五六日"


def _hand_lines(p: Page, st: Style, x: float, y: float, w: float, text: str, size: float, gap: float,
                indent: float = 0.0) -> float:
    """``text`` written by hand line after line (first line indented); returns the y of the next line."""
    cx, line = x + indent, ""
    for ch in text:
        if cx + text_width(line + ch, size, "kai") > x + w and line:
            p.text(cx, y + st.rng.uniform(-0.4, 0.3), line, size, "kai", "lm", st.color)
            cx, line, y = x, "", y + gap
        line += ch
    if line:
        p.text(cx, y + st.rng.uniform(-0.4, 0.3), line, size, "kai", "lm", st.color)
    return y + gap


def _name(rng: random.Random) -> str:
    pool = rng.choice((MALE_GIVEN, FEMALE_GIVEN))
    return rng.choice(SURNAMES) + rng.choice(pool) + (rng.choice(pool) if rng.random() < 0.7 else "")


# ---------------------------------------------------------------------------------------------------------
# 证明: written by hand on the issuer's ruled letter paper, 特此证明, signed, the round seal over the date
# ---------------------------------------------------------------------------------------------------------
def _cert_title(kind: str) -> str:
    """What the issuer writes as the heading: the paper's own name (上学证明, 死亡证明, 离婚证明 …)."""
    if kind.endswith("证明"):
        return kind
    return f"{kind}明" if kind.endswith("证") else f"{kind}证明"


@layout("其他/证明", "证明/轮换5")
def certificate_handwritten(hh: Household, rng: random.Random, kind: str, name: str, heading: str, body: str,
                            issuer: str, ring: str, day: date, centre: str = "") -> Document:
    st = Style.draw(rng, typed=False)
    p = Page(*A4, paper=(253, 251, 244))
    top, gap = 46.0, 12.0
    for k in range(19):  # the red ruling of the 信笺 under its double head rule
        p.line(18, top + k * gap, 192, top + k * gap, 0.15, RULE_RED)
    p.line(18, 30, 192, 30, 0.5, RED_HEAD)
    p.line(18, 31.2, 192, 31.2, 0.15, RULE_RED)
    p.text(105, 280, f"{issuer}信笺", 3.2, "serif", "mm", RULE_RED)
    p.text(105, top - 6, "  ".join(_cert_title(kind)), 6.6, "kai", "mm", st.color)
    y = _hand_lines(p, st, 24, top + gap - 4, 160, body, 4.8, gap, indent=10)
    if "特此证明" not in body:
        p.text(34, y, "特此证明。", 4.8, "kai", "lm", st.color)
        y += gap
    y += gap
    p.text(118, y, issuer, 4.6 if len(issuer) < 14 else 4.0, "kai", "lm", st.color)
    p.text(124, y + gap, cn_date(day), 4.6, "kai", "lm", st.color)
    p.text(30, y + gap, "经办人：", 4.2, "kai", "lm", st.color)
    p.text(50, y + gap, _name(rng), 4.6, "kai", "lm", st.color)
    _seal_on(p, st, 146, y + 6, ring[:14], centre, 19)
    if rng.random() < 0.3:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.45), 2)
    return _other(kind, name, day, p, heading)


# ---------------------------------------------------------------------------------------------------------
# 票据: one to three thermal till slips pasted on the unit's 票据粘贴单
# ---------------------------------------------------------------------------------------------------------
UPPER = "零壹贰叁肆伍陆柒捌玖"


def _upper_four(n: int) -> str:
    out, zero = "", False
    for i, unit in ((3, "仟"), (2, "佰"), (1, "拾"), (0, "")):
        d = n // 10**i % 10
        if d == 0:
            zero = bool(out)
            continue
        out += ("零" if zero else "") + UPPER[d] + unit
        zero = False
    return out


def rmb_upper(amount: float) -> str:
    """An amount in the capital numerals of receipts: 1050.3 → 壹仟零伍拾元叁角."""
    fen = round(amount * 100)
    yuan, jiao, cent = fen // 100, fen // 10 % 10, fen % 10
    wan, rest = divmod(yuan, 10000)
    out = (_upper_four(wan) + "万") if wan else ""
    if rest:
        out += ("零" if wan and rest < 1000 else "") + _upper_four(rest)
    out = (out or "零") + "元"
    if not jiao and not cent:
        return out + "整"
    out += UPPER[jiao] + "角" if jiao else ("零" if yuan else "")
    return out + (UPPER[cent] + "分" if cent else "")


def _till_slip(rng: random.Random, st: Style, name: str, payee: str, items: str, day: date, title: str,
               centre: str) -> tuple[Page, float]:
    lines = items.split(" / ")
    amounts = [rng.randrange(10, 3000) + rng.randrange(100) / 100 for _ in lines]
    total = round(sum(amounts), 2)
    h = 84 + 6 * len(lines)
    p = Page(72, h, paper=(250, 250, 246))
    p.text(36, 7, payee, 3.4 if len(payee) < 16 else 2.8, "bold", "mm")
    p.text(36, 13, title, 3.0, "heimono", "mm")
    y = 21.0
    for text in (f"票据号码：{rng.randrange(10**9, 10**10)}", f"交款人：{name}",
                 f"日期：{day.isoformat()} {rng.randrange(8, 17):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"):
        p.text(4, y, text, 2.9, "heimono")
        y += 5.5
    p.text(4, y, "-" * 34, 2.6, "heimono")
    p.text(4, y + 5, "项目", 2.9, "heimono")
    p.text(68, y + 5, "金额(元)", 2.9, "heimono", "rm")
    y += 11
    for it, amount in zip(lines, amounts, strict=True):
        p.text(4, y, it, 2.9, "heimono")
        p.text(68, y, f"{amount:.2f}", 2.9, "heimono", "rm")
        y += 6
    p.text(4, y - 1, "-" * 34, 2.6, "heimono")
    p.text(4, y + 5, f"合计(小写)：¥{total:.2f}", 3.0, "heimono")
    p.text(4, y + 11, f"合计(大写)：{rmb_upper(total)}", 2.8, "heimono")
    p.text(4, y + 17, f"收款员：{rng.randrange(1000, 9999)}", 2.9, "heimono")
    _barcode(p, rng, 10, y + 22, 52, 7)
    _seal_on(p, st, 54, y + 14, payee[:12], centre, 10)
    return p, total


@layout("其他/票据", "票据/轮换5")
def receipts_pasted(hh: Household, rng: random.Random, kind: str, name: str, payee: str, items: str, day: date,
                    title: str, centre: str) -> Document:
    st = Style.draw(rng)
    p = Page(*A4)
    _title(p, st, "票 据 粘 贴 单", 20, 6.2)
    n = rng.choice((1, 2, 2))  # two slips side by side fill the sheet
    slips = [_till_slip(rng, st, name, payee, items, day, title, centre) for _ in range(n)]
    g = Grid(p, st, 16, 30, 178)
    g.row([(1, L("单位")), (2, V(hh.record["单位"])), (1, L("交款人")), (2, V(name))], 10)
    g.row([(1, L("材料名称")), (2, V(kind)), (1, L("票据张数")), (2, V(f"{n}张"))], 10)
    g.row([(1, L("金额合计")), (5, V(f"{sum(t for _, t in slips):.2f}元"))], 10)
    p.rect(16, g.y + 4, 194, 284, 0.3)
    for k, ch in enumerate("粘贴线"):
        p.text(19, g.y + 40 + k * 30, ch, 3.0, st.label_font, "mm", (110, 110, 110))
    for k in range(int((284 - g.y - 6) // 3)):
        p.line(24, g.y + 5 + k * 3, 24, g.y + 6.5 + k * 3, 0.2, (110, 110, 110))
    x = 30.0
    for slip, _ in slips:
        p.embed(slip, x + rng.uniform(-1, 3), g.y + rng.uniform(10, 40))
        x += slip.w + rng.uniform(8, 16)
    p.text(30, 280, f"粘贴人：{hh.record['建档人']}", 3.2, st.label_font)
    if rng.random() < 0.5:
        p.mono, p.tone = True, round(rng.uniform(0.0, 0.5), 2)
    return _other(kind, name, day, p)


# ---------------------------------------------------------------------------------------------------------
# 录取通知书: a school's A4 notice with the new pupil's particulars in a ruled table and numbered 报到须知
# ---------------------------------------------------------------------------------------------------------
def _emblem(p: Page, cx: float, cy: float, r: float, color: tuple[int, int, int]) -> None:
    for rr in (r, r * 0.8):
        p.poly([(cx + rr * math.cos(a / 24 * math.pi), cy + rr * math.sin(a / 24 * math.pi)) for a in range(49)],
               0.5, color)


@layout("其他/录取通知书", "录取通知书/轮换5")
def admission_table(hh: Household, rng: random.Random) -> Document:
    st = Style.draw(rng)
    child = _student(hh)
    school = child.get("单位或学校") or "某中学"
    year = int(child.get("入学年份") or hh.created.year)
    day = date(year, rng.choice((6, 7, 8)), rng.randrange(1, 28))
    years = child.get("年制") or rng.choice((3, 4))
    level = child.get("当前学历") or "高中"
    navy = (30, 50, 110)
    p = Page(*A4)
    _emblem(p, 34, 26, 11, navy)
    p.text(34, 26, school[:2], 3.6, "serifbold", "mm", navy)
    p.text(52, 22, school, 6.0, "serifbold", "lm", navy)
    p.text(52, 31, "招生办公室", 3.6, "serif", "lm", navy)
    p.line(15, 40, 195, 40, 0.6, navy)
    p.text(195, 46, f"录取编号：{year}{rng.randrange(10**5, 10**6)}", 3.2, "heimono", "rm")
    _title(p, st, f"{year}年新生录取通知书", 58, 6.4)
    g = Grid(p, st, 20, 70, 170)
    g.row([(1, L("姓名")), (2, V(child["姓名"])), (1, L("性别")), (2, V(child.get("性别") or ""))], 11)
    g.row([(1, L("考生号")), (2, V(f"{year % 100}{rng.randrange(10**11, 10**12)}")), (1, L("录取层次")), (2, V(level))], 11)
    major = rng.choice(("计算机应用技术", "机电一体化", "护理", "会计", "普通高中", "汉语言文学"))
    g.row([(1, L("录取专业（班级）")), (2, V(major)), (1, L("学制")), (2, V(f"{years}年"))], 11)
    g.row([(1, L("报到时间")), (5, V(f"{year}年8月{rng.randrange(25, 31)}日至9月1日"))], 11)
    notes = ("一、凭本通知书、户口簿及身份证复印件、近期一寸免冠照片四张办理入学手续。",
             "二、学费、住宿费按物价部门核定标准收取，家庭经济困难学生可申请国家助学金。",
             "三、新生入学后三个月内进行入学资格复查，复查不合格者取消入学资格。",
             "四、逾期两周未报到且未请假者，视为自动放弃入学资格。")
    p.text(20, g.y + 10, "报到须知：", 3.8, "bold")
    y = g.y + 19
    for ln in notes:
        p.text(24, y, ln, 3.3, st.label_font)
        y += 8
    p.text(120, y + 14, f"{school}招生办公室", 3.8, "serif", "mm")
    p.text(120, y + 24, st.date(day.isoformat()), 3.8, st.value_font, "mm", st.color)
    _seal_on(p, st, 124, y + 16, school[:12], "招生专用章", 17)
    p.line(15, 270, 195, 270, 0.5, navy)
    p.text(105, 276, f"{school} · 咨询电话 {hh.unit.phone_area}-{rng.randrange(10**7, 10**8)}", 3.0, "sans", "mm", navy)
    return _other("录取通知书", child["姓名"], day, p)


# ---------------------------------------------------------------------------------------------------------
# 银行卡: a portrait card, front and back, copied grey, the holder's hand note of 户名 / 开户行 in ink
# ---------------------------------------------------------------------------------------------------------
def _grey(c: tuple[int, int, int]) -> tuple[int, int, int]:
    v = round(0.3 * c[0] + 0.59 * c[1] + 0.11 * c[2])
    return (v, v, v)


def _copied(src: Page) -> Page:
    """``src`` as the copier gave it: every colour its grey (a stamp on the card too)."""
    out = Page(src.w, src.h, paper=_grey(src.paper))
    for op in src.ops:
        kind = op[0]
        if kind == "line":
            out.ops.append((*op[:6], _grey(op[6])))
        elif kind == "rect":
            out.ops.append((*op[:6], _grey(op[6]), None if op[7] is None else _grey(op[7])))
        elif kind == "text":
            out.ops.append((*op[:7], _grey(op[7])))
        elif kind == "poly":
            out.ops.append((*op[:3], _grey(op[3])))
        elif kind == "seal":
            out.ops.append((*op[:7], _grey(op[7]), op[8]))
    return out


@layout("其他/银行卡", "银行卡/轮换5")
def bank_card_portrait(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    card = r["银行卡号"]
    w, h = CARD[1], CARD[0]
    tint = rng.choice(((200, 40, 50), (30, 90, 150), (20, 120, 90)))
    front = Page(w, h, paper=tint)
    front.text(w / 2, 10, r["开户银行"], 3.8, "bold", "mm", (250, 250, 250))
    front.rect(8, 30, 19, 38, 0.2, (150, 130, 60), fill=(210, 190, 120))  # the chip
    front.text(w / 2, 60, "借记卡", 3.6, "bold", "mm", (250, 250, 250))
    front.text(w / 2, 66, "DEBIT CARD", 2.6, "sans", "mm", (240, 240, 240))
    front.rect(30, 72, 50, 82, 0.2, (250, 250, 250), fill=(250, 250, 250))
    front.text(40, 77, "银联", 3.0, "bold", "mm", (20, 60, 120))
    back = Page(w, h, paper=(235, 235, 235))
    back.rect(w - 12, 0, w - 3, h, 0.1, BLACK, fill=(20, 20, 20))  # the stripe runs along the long side
    back.text(3, 12, "卡号 CARD NO.", 2.4, "sans", "lm", (60, 60, 60))
    back.text(3, 18, " ".join(card[i:i + 4] for i in range(0, len(card), 4)), 3.0, "heimono", "lm", BLACK)
    back.rect(3, 26, w - 16, 34, 0.2, (120, 120, 120), fill=(250, 250, 250))
    back.text(5, 30, r["姓名"], 3.4, "kai", "lm", INK_BLUE)  # the signature strip
    back.text(3, 44, f"客服热线 95{rng.randrange(500, 599)}", 2.6, "hei")
    back.text(3, 50, "本卡仅限持卡人本人使用", 2.4, "hei", "lm", (60, 60, 60))
    k = rng.choice((1.0, 1.2, 1.4))  # the copier's enlargement
    gap = rng.uniform(10, 20)
    sheet = Page(*A4, paper=(246, 246, 244))
    sheet.text(105, 22, "银行卡复印件", 7.0, "kai", "mm", INK_BLUE)
    x, y = rng.uniform(15, 195 - 2 * w * k - gap), rng.uniform(36, 48)
    embed_scaled(sheet, _copied(front), x, y, k)
    embed_scaled(sheet, _copied(back), x + w * k + gap, y, k)
    day = hh.created - timedelta(days=rng.randrange(1, 20))
    branch = f"{r['开户银行']}{hh.unit.city}{rng.choice(('城东', '城南', '新华', '人民路', '解放路'))}支行"
    st = Style.draw(rng, typed=False)
    y0 = y + h * k + 18
    for i, text in enumerate((f"户名：{r['姓名']}", f"开户行：{branch}", f"卡号：{card}")):
        sheet.text(36, y0 + i * 12 + st.rng.uniform(-0.5, 0.5), text, 5.0, "kai", "lm", st.color)
    sheet.text(110, y0 + 44, f"本人签名：{r['姓名']}", 5.0, "kai", "lm", st.color)
    sheet.text(116, y0 + 56, cn_date(day), 4.8, "kai", "lm", st.color)
    return _other("银行卡复印件", r["姓名"], day, sheet, "银行卡复印件")


# ---------------------------------------------------------------------------------------------------------
# 授权书: numbered clauses, a box for each adult (signature, ID number written in, relation, fingerprint),
# the applicant's 承诺 and signature below
# ---------------------------------------------------------------------------------------------------------
@layout("其他/授权书", "授权书/轮换5")
def authorisation_boxes(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng, typed=True)
    day = hh.created - timedelta(days=rng.randrange(15, 45))
    p = Page(*A4)
    _title(p, st, "授 权 书", 22, 7.0)
    p.text(105, 31, "（家庭经济状况信息查询核对）", 3.8, st.label_font, "mm")
    clauses = ("一、本人及共同生活的家庭成员自愿申请困难职工建档，所填报的家庭人口、收入、财产等情况真实完整。",
               "二、同意工会组织、民政部门及其委托的核对机构查询、核对本家庭成员的户籍、收入、存款、车辆、房产、"
               "社会保险等信息，相关部门和机构可将所需信息提供给核对机构和工会组织。",
               "三、如有隐瞒、虚报，同意取消建档资格，退回已领取的帮扶资金，并承担相应法律责任。")
    y = 42.0
    for c in clauses:
        lines = [c[i:i + 40] for i in range(0, len(c), 40)]
        for j, ln in enumerate(lines):
            p.text(22 if j == 0 else 28, y, ln, 3.7, st.label_font)
            y += 7
        y += 2
    people = [hh.householder() | {"关系": "本人"}, *[m for m in hh.members if m["年龄"] >= 18]][:6]
    hand = Style.draw(rng, typed=False)
    bw, bh = 85.0, 34.0
    for i, person in enumerate(people):
        x0, y0 = 20 + (i % 2) * (bw + 5), y + 4 + (i // 2) * (bh + 4)
        p.rect(x0, y0, x0 + bw, y0 + bh, 0.3)
        p.text(x0 + 3, y0 + 7, "授权人签名：", 3.2, st.label_font)
        p.text(x0 + 26, y0 + 7, person["姓名"], 5.0, "kai", "lm", hand.color)
        p.ops.append(("seal", x0 + 70, y0 + 8, 3.2, "", "", 0.0, (200, 40, 50), rng.randrange(1 << 20)))
        p.text(x0 + 62, y0 + 14, "（按指模）", 2.6, st.label_font)
        p.text(x0 + 3, y0 + 20, "与申请人关系：", 3.2, st.label_font)
        p.text(x0 + 30, y0 + 20, person["关系"], 4.2, "kai", "lm", hand.color)
        p.text(x0 + 3, y0 + 29, "身份证号：", 3.2, st.label_font)
        p.text(x0 + 21, y0 + 29, person["身份证号"], 4.0, "kai", "lm", hand.color)
    y = y + 4 + ((len(people) + 1) // 2) * (bh + 4) + 8
    p.text(22, y, "承诺：本人对以上授权及所提供材料的真实性负责。", 3.7, st.label_font)
    p.text(110, y + 14, "申请人（签名）：", 3.7, st.label_font)
    p.text(140, y + 14, r["姓名"], 5.4, "kai", "lm", hand.color)
    p.text(124, y + 26, cn_date(day), 4.8, "kai", "lm", hand.color)
    p.text(20, 285, "注：家庭成员为无民事行为能力人或限制民事行为能力人的，由其监护人代为签名。", 2.8, st.label_font)
    return _other("授权书", r["姓名"], day, p, "授权书（声明书）")


# ---------------------------------------------------------------------------------------------------------
# 民主评议会议记录: typed minutes of one sitting over several applicants, votes in a table, signatures
# ---------------------------------------------------------------------------------------------------------
@layout("其他/会议记录", "会议记录/轮换5")
def minutes_votes(hh: Household, rng: random.Random) -> Document:
    r = hh.record
    st = Style.draw(rng, typed=True)
    day = hh.publicity_start - timedelta(days=rng.randrange(1, 8))
    present = rng.randrange(9, 21)
    others = [_name(rng) for _ in range(rng.randrange(1, 4))]
    rows: list[dict[str, Any]] = [{"姓名": n, "人口": rng.randrange(2, 6),
                                   "原因": rng.choice([c.value for c in NationalCause][:9])} for n in others]
    rows.insert(rng.randrange(len(rows) + 1), {"姓名": r["姓名"], "人口": r["家庭人口"], "原因": r["主要致困原因"]})
    p = Page(*A4)
    p.text(20, 16, f"{r['单位']}工会委员会", 3.6, st.label_font)
    _title(p, st, "民主评议会议记录", 28, 6.4)
    lines = [f"会议时间：{cn_date(day)}（星期{WEEKDAYS[day.weekday()]}）上午9:00",
             f"会议地点：{r['单位']}{rng.choice(('工会活动室', '三楼会议室', '职工之家'))}",
             f"主 持 人：{r['审核人']}（工会主席）          记 录 人：{r['建档人']}",
             f"出席人员：工会委员、职工代表，应到{present + rng.randrange(0, 3)}人，实到{present}人",
             f"会议议题：对{r['姓名']}等{len(rows)}名职工的困难职工建档申请进行民主评议"]
    y = 42.0
    for ln in lines:
        p.text(20, y, ln, 3.8, st.value_font)
        y += 9
    p.text(20, y, "评议情况：经介绍入户调查情况，与会人员逐户讨论并无记名投票，结果如下：", 3.8, st.value_font)
    g = Grid(p, st, 20, y + 6, 170)
    g.row([(0.5, L("序号")), (1.2, L("职工姓名")), (0.8, L("家庭人口")), (2.0, L("主要致困原因")),
           (0.6, L("同意")), (0.6, L("反对")), (0.6, L("弃权")), (1.0, L("评议结果"))], 10)
    for i, row in enumerate(rows):
        against = rng.randrange(0, 2)
        g.row([(0.5, V(str(i + 1))), (1.2, V(row["姓名"])), (0.8, V(f"{row['人口']}人")), (2.0, V(row["原因"])),
               (0.6, V(str(present - against))), (0.6, V(str(against))), (0.6, V("0")), (1.0, V("同意"))], 10)
    y = g.y + 10
    p.text(20, y, "会议决定：以上职工均列为困难职工建档对象，在本单位公示不少于5个工作日。", 3.8, st.value_font)
    p.text(20, y + 14, "参会人员签名：", 3.8, st.label_font)
    sg = Grid(p, st, 20, y + 20, 170)
    names = [r["审核人"], r["建档人"], *[_name(rng) for _ in range(min(present, 10) - 2)]]
    for i in range(0, len(names), 5):
        chunk = names[i:i + 5]
        sg.row([(1, _signed(p, n)) for n in chunk] + [(1, None)] * (5 - len(chunk)), 11)
    p.text(130, sg.y + 14, f"记录人：{r['建档人']}", 3.8, st.value_font)
    return _other("民主评议会议记录", r["姓名"], day, p)
