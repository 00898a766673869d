"""Papers issued by others from a second, independent source: HTML printed by headless Chromium.

    .venv/bin/python benchmarks/browser_papers.py --papers 36 --seed 1 [--out DIR] [--cache DIR] [--dump F]

The readers of the non-form papers were tuned on one generator's printings. This draws the papers a
household adds to its archive from ``../shared/domain/REAL-DOCUMENTS.md``, ``ARCHIVE-SCHEMA.md`` and the
seeds alone (nothing from ``synth/``): 公示证明 (a unit's proof of publicity, a notice listing several
households, a 名单公示 with its table), 诊断证明书 (letterhead, 科别, 门诊号/住院号, 诊断, 医师, hospital
seal), 低保证 of several cities (booklet page, card, a page of 保障对象), 残疾人证 (second-generation
booklet page, third-generation card), 劳动合同 (first page; first and signature page), 其他 (bank-card
copy, receipts several to a sheet, school certificate, court paper). Each with several wordings and
orders of its labels, Noto print, AR PL UKai as hand-like filling or typed, 150/225/300 dpi, colour scans
with red seals or grey photocopies (seal grey), cards and half-A4 papers photocopied small onto an A4
sheet. The truth holds the canonical fields ARCHIVE-SCHEMA §3 gives each paper, as they are printed, in the
schema's value forms (残疾类别 as the category's name 肢体残疾; a 其他 paper's 材料名称 from
``schemas.labels.OTHER_DOC_KINDS``).

Seeds 1 and 2 are for tuning; seed 3 is the evaluation seed, never looked at while fixing readers.
Prints document type and fields per type for our reader and the naive peer of ``extraction_accuracy``
in the same run, scored by that script's functions.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import sys
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from browser_forms import BANKS, FONTS_PRINT, HAND, household, load_or_build, print_table, score_engines
from chromium_print import PX_PER_MM, photocopy, screenshot

from dangan.schemas.validators import luhn_check_digit

CITIES = [("长沙市", "芙蓉区"), ("湘潭市", "岳塘区"), ("保定市", "竞秀区"), ("石家庄市", "桥西区"), ("杭州市", "西湖区"),
          ("杭州市", "富阳区"), ("株洲市", "荷塘区"), ("衡阳市", "雁峰区")]
HOSPITALS = ["{c}第一人民医院", "{c}中心医院", "{c}中医医院", "{d}人民医院", "{c}第三人民医院", "中南大学湘雅二医院",
             "河北医科大学第二医院", "浙江大学医学院附属第一医院", "{c}妇幼保健院"]
DEPARTMENTS = ["内科", "心内科", "神经内科", "肾内科", "肿瘤科", "骨科", "外科", "内分泌科", "呼吸内科", "精神科"]
DIAGNOSES = ["2型糖尿病", "冠状动脉粥样硬化性心脏病", "慢性肾功能不全（尿毒症期）", "脑梗死后遗症", "乳腺癌术后",
             "肺恶性肿瘤", "类风湿性关节炎", "精神分裂症", "腰椎间盘突出症", "原发性高血压3级", "慢性阻塞性肺疾病",
             "肝硬化失代偿期", "白血病"]
ADVICE = ["建议休息两周，定期复查。", "建议长期服药治疗，门诊随访。", "建议住院治疗。", "注意休息，避免劳累，一月后复诊。",
          "需长期透析治疗。"]
DISABILITY = [("视力", 1), ("听力", 2), ("言语", 3), ("肢体", 4), ("智力", 5), ("精神", 6), ("多重", 7)]
GRADES = ["一级", "二级", "三级", "四级"]
CN_DIGIT = "〇一二三四五六七八九"


# ---------------------------------------------------------------------------------------------
# Small pieces of print


def _cn_year(y: int) -> str:
    return "".join(CN_DIGIT[int(c)] for c in str(y))


def _cn_small(n: int) -> str:
    return CN_DIGIT[n] if n < 10 else ("十" + (CN_DIGIT[n - 10] if n > 10 else "")) if n < 20 else \
        CN_DIGIT[n // 10] + "十" + (CN_DIGIT[n % 10] if n % 10 else "")


def shown_date(d: date, rng: random.Random, chinese: bool = False) -> str:
    """A date as offices print or write it."""
    if chinese and rng.random() < 0.5:
        return f"{_cn_year(d.year)}年{_cn_small(d.month)}月{_cn_small(d.day)}日"
    return rng.choice([f"{d.year}年{d.month}月{d.day}日", f"{d.year}年{d.month:02d}月{d.day:02d}日", f"{d:%Y.%m.%d}",
                       f"{d:%Y-%m-%d}", f"{d.year}年{d.month}月{d.day}日"])


def _day(rng: random.Random, start: int = 2019, years: int = 6) -> date:
    return date(start, 1, 1) + timedelta(days=rng.randrange(365 * years))


_stamp_no = [0]


def stamp(text: str, rng: random.Random, bottom: str = "", mm: float = 40.0, colour: str = "#d2232a",
          left: float = 0.0, top: float = 0.0) -> str:
    """An official seal: a ring, the issuer's name round its top, a star, a word below (absolutely placed)."""
    _stamp_no[0] += 1
    n, d = _stamp_no[0], mm * PX_PER_MM
    size = 12.5 if len(text) <= 10 else max(7.5, 125 / len(text))
    rot = rng.uniform(-25, 25)
    return (f'<svg width="{d:.0f}" height="{d:.0f}" viewBox="0 0 100 100" style="position:absolute;left:{left:.0f}px;'
            f'top:{top:.0f}px;opacity:{rng.uniform(0.75, 0.92):.2f};transform:rotate({rot:.0f}deg)">'
            f'<defs><path id="arc{n}" d="M 17,58 A 34,34 0 1,1 83,58"/></defs>'
            f'<circle cx="50" cy="50" r="46" fill="none" stroke="{colour}" stroke-width="3.4"/>'
            f'<text font-size="{size:.1f}" fill="{colour}" font-family="Noto Serif CJK SC" font-weight="bold">'
            f'<textPath href="#arc{n}" startOffset="50%" text-anchor="middle">{html.escape(text)}</textPath></text>'
            f'<text x="50" y="62" font-size="28" text-anchor="middle" fill="{colour}">★</text>'
            f'<text x="50" y="82" font-size="9" text-anchor="middle" fill="{colour}" font-family="Noto Sans CJK SC">'
            f'{html.escape(bottom)}</text></svg>')


class Ink:
    """How one paper is printed and filled: print font, filling font (hand-like or typed), sizes."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.font = rng.choice(FONTS_PRINT)
        self.typed = rng.random() < 0.35
        self.size = rng.choice([15, 16, 17, 18])

    def v(self, value: Any) -> str:
        """A filled-in value (hand-like unless typed)."""
        if self.typed:
            return f'<span>{html.escape(str(value))}</span>'
        return (f'<span style="font-family:\'{HAND}\';color:#1a1a50;font-size:{self.size + 3}px">'
                f'{html.escape(str(value))}</span>')

    def sep(self) -> str:
        return self.rng.choice(["：", "：", ":", " "])


def person(rng: random.Random) -> dict[str, Any]:
    """One applicant of ``browser_forms.household`` (姓名, 性别, 出生日期, 身份证号, 民族, 工作单位 …)."""
    return dict(household(rng)["fields"])


def age_on(born: str, day: date) -> int:
    b = date.fromisoformat(born)
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def sheet(inner: str, ink: Ink, width_mm: float = 180.0, left_mm: float = 15.0, top_mm: float = 15.0,
          scale: float = 1.0, rotate: float = 0.0, border: str = "") -> str:
    """A paper on the A4 page: ``width_mm`` wide at ``left_mm``/``top_mm``; ``scale`` < 1 is a reduced copy."""
    return (f'<div style="position:absolute;left:{left_mm * PX_PER_MM:.0f}px;top:{top_mm * PX_PER_MM:.0f}px;'
            f'width:{width_mm * PX_PER_MM:.0f}px;transform:scale({scale:.2f}) rotate({rotate:.1f}deg);'
            f'transform-origin:top left;font-family:\'{ink.font}\';font-size:{ink.size}px;line-height:1.7;{border}">'
            f'{inner}</div>')


def page(content: str) -> str:
    return ('<html><head><meta charset="utf-8"><style>body{margin:0;width:1240px;height:1754px;position:relative;'
            'background:#fff;color:#111} table.r{border-collapse:collapse;width:100%;table-layout:fixed}'
            ' table.r td{border:1.3px solid #222;padding:5px 6px;word-break:break-all} h1,h2,h3{margin:6px 0;'
            'text-align:center;letter-spacing:2px} p{margin:6px 0}</style></head><body>' + content + '</body></html>')


Paper = tuple[str, dict[str, Any], list[dict[str, Any]], str]  # (page html, fields, members, variant)


# ---------------------------------------------------------------------------------------------
# 公示证明


def publicity(rng: random.Random) -> Paper:
    ink, who = Ink(rng), person(rng)
    unit = who["工作单位"]
    start = _day(rng)
    days = rng.choice([5, 6, 7, 9])
    end = start + timedelta(days=days)
    t: dict[str, Any] = {"公示期起": start.isoformat(), "公示期止": end.isoformat()}
    variant = rng.choice(["proof", "notice-table", "list-table", "names-inline"])
    union = unit + rng.choice(["工会", "工会委员会"])
    span = rng.choice([f"公示期为{ink.v(shown_date(start, rng))}至{ink.v(shown_date(end, rng))}",
                       f"公示时间：{shown_date(start, rng)}—{shown_date(end, rng)}",
                       f"公示期自{shown_date(start, rng)}起至{shown_date(end, rng)}止"])
    signed = end + timedelta(days=rng.randrange(1, 6))
    others = [person(rng) for _ in range(rng.randint(1, 4))]
    if variant == "proof":  # 杭州 附件2: one household, the unit certifies the result
        t["姓名"], t["结果"] = who["姓名"], "无异议"
        title = rng.choice(["困难职工救助公示证明", "公示证明", f"{CITIES[rng.randrange(len(CITIES))][0]}工会困难职工救助公示证明"])
        body = (f"<h2>{title}</h2><p style='text-indent:2em;margin-top:30px'>兹有我单位职工{ink.v(who['姓名'])}申请困难职工"
                f"{rng.choice(['救助', '建档', '帮扶'])}。其家庭成员基本情况和家庭财产收支情况已按有关规定进行公示，{span}"
                f"{rng.choice(['（一周）', '', '（五个工作日）'])}，结果无异议。</p><p style='text-indent:2em'>特此证明。</p>")
    else:
        everyone = [*others, who]
        rng.shuffle(everyone)
        n = len(everyone)
        heading = rng.choice(["困难职工公示", "困难职工名单公示", f"关于{everyone[0]['姓名']}等{n}户困难职工家庭建档的公示",
                              "困难职工帮扶对象公示"])
        intro = (f"<p style='text-indent:2em'>本次共有{n}户申请成为工会困难职工帮扶对象。根据有关规定，现予以公示。{span}。"
                 f"如有异议，请在公示期内向本单位工会反映。</p>")
        if variant == "list-table":
            intro = (f"<p style='text-indent:2em'>根据职工自愿申请，我单位于{shown_date(start - timedelta(days=3), rng)}召开会议，"
                     f"经民主评议评选出困难职工{n}户，现予以公示（名单附后）。{span}。如有异议，请从即日起"
                     f"{days}日内向本单位工会反映。</p><p>监督电话：0731-{rng.randrange(1000000, 9999999)}</p>")
        if variant == "names-inline":
            listed = "<p style='text-indent:2em'>公示对象：" + "、".join(ink.v(p["姓名"]) for p in everyone) + "</p>"
        else:
            cols = rng.choice([[("姓名", "姓名"), ("家庭人口", "n"), ("家庭年度总收入（元）", "inc"), ("主要致困原因", "why")],
                               [("申请人", "姓名"), ("家庭成员（人数）", "n"), ("申请人月均收入（元）", "m"), ("致困原因", "why")],
                               [("序号", "i"), ("职工姓名", "姓名"), ("工作单位", "u"), ("家庭人口", "n"), ("主要致困原因", "why")]])
            rows = "".join("<tr>" + "".join(f"<td>{ink.v(_cell(k, p, i, rng))}</td>" for _, k in cols) + "</tr>"
                           for i, p in enumerate(everyone, 1))
            listed = (f"<p style='text-align:center;margin-top:14px'>{rng.choice(['公示内容', '困难职工名单', '公 示 名 单'])}</p>"
                      f"<table class='r'><tr>{''.join(f'<td>{h}</td>' for h, _ in cols)}</tr>{rows}</table>")
        tail = ""
        if rng.random() < 0.5:  # the clerk notes the result when the period is over
            t["结果"] = "无异议"
            tail = f"<p style='margin-top:14px'>{rng.choice(['公示结果：', '公示期满，'])}{ink.v('无异议')}</p>"
        body = f"<h2>{heading}</h2>{intro}{listed}{tail}"
    sig = (f"<div style='position:relative;margin-top:50px;margin-left:55%;height:130px'><p>{union}</p>"
           f"<p>{shown_date(signed, rng, chinese=True)}</p>")
    sealed = rng.random() < 0.85
    if sealed:
        sig += stamp(union, rng, left=-20, top=-70)
    t["是否盖章"] = sealed
    inner = body + sig + "</div>"
    return page(sheet(inner, ink, width_mm=rng.uniform(165, 180), left_mm=rng.uniform(14, 24), top_mm=rng.uniform(20, 45))), \
        t, [], variant


def _cell(key: str, p: dict[str, Any], i: int, rng: random.Random) -> str:
    return {"姓名": p["姓名"], "i": str(i), "n": str(rng.randint(2, 5)), "inc": str(rng.randrange(18000, 60000)),
            "m": str(p["本人月平均收入"]), "u": p["工作单位"],
            "why": rng.choice(["本人大病", "子女上学", "下岗失业", "家属残疾", "收入低"])}.get(key, "")


# ---------------------------------------------------------------------------------------------
# 诊断证明书


def diagnosis(rng: random.Random) -> Paper:
    ink, who = Ink(rng), person(rng)
    city, district = rng.choice(CITIES)
    hospital = rng.choice(HOSPITALS).format(c=city, d=city[:-1] + district)
    day = _day(rng, 2021, 5)
    dept = rng.choice(DEPARTMENTS)
    no_label = rng.choice(["门诊号", "住院号"])
    number = str(rng.randrange(100000, 99999999)) if rng.random() < 0.7 else f"MZ{rng.randrange(10**7, 10**8)}"
    doctor = person(rng)["姓名"]
    diag = rng.choice(DIAGNOSES)
    age = age_on(who["出生日期"], day)
    t: dict[str, Any] = {"医院名称": hospital, "姓名": who["姓名"], "性别": who["性别"], "年龄": age, "科别": dept,
                         no_label: number, "诊断": diag, "医师": doctor, "出具日期": day.isoformat()}
    s = ink.sep()
    head = [("姓名", who["姓名"]), ("性别", who["性别"]), ("年龄", f"{age}{rng.choice(['岁', '岁', ''])}"),
            (rng.choice(["科别", "科室", "就诊科室"]), dept), (no_label, number)]
    if rng.random() < 0.4:
        rng.shuffle(head)
    variant = rng.choice(["lines", "table", "letter"])
    title = rng.choice(["诊断证明书", "疾病诊断证明书", "诊 断 证 明 书", "医疗诊断证明"])
    diag_label = rng.choice(["诊断", "临床诊断", "诊断意见", "初步诊断"])
    advice_label = rng.choice(["处理意见", "建议", "医嘱", "处理及建议"])
    if variant == "table":
        cells = "".join(f"<td>{lab}</td><td>{ink.v(val)}</td>" for lab, val in head[:3])
        cells2 = "".join(f"<td>{lab}</td><td>{ink.v(val)}</td>" for lab, val in head[3:]) + "<td></td><td></td>"
        top = f"<table class='r'><tr>{cells}</tr><tr>{cells2}</tr></table>"
    elif variant == "letter":
        top = "<p>" + "&nbsp;&nbsp;".join(f"{lab}{s}{ink.v(val)}" for lab, val in head) + "</p>"
    else:
        top = ("<p>" + "&nbsp;&nbsp;&nbsp;".join(f"{lab}{s}<u>&nbsp;{ink.v(val)}&nbsp;</u>" for lab, val in head[:3]) + "</p>"
               + "<p>" + "&nbsp;&nbsp;&nbsp;".join(f"{lab}{s}<u>&nbsp;{ink.v(val)}&nbsp;</u>" for lab, val in head[3:]) + "</p>")
    body = (f"<h2 style='font-size:{ink.size + 9}px'>{hospital}</h2><h3>{title}</h3>"
            f"<p style='text-align:right;font-size:{ink.size - 2}px'>No.{rng.randrange(10**5, 10**6)}</p>{top}"
            f"<p style='margin-top:16px'>{diag_label}{s}</p><p style='padding-left:3em;min-height:60px'>{ink.v(diag)}</p>"
            f"<p>{advice_label}{s}</p><p style='padding-left:3em;min-height:50px'>{ink.v(rng.choice(ADVICE))}</p>")
    doc_label = rng.choice(["医师", "医师签名", "主治医师", "医生签字"])
    sig = (f"<div style='position:relative;margin-top:30px;height:120px'><span>{doc_label}{s}{ink.v(doctor)}</span>"
           f"<span style='position:absolute;left:55%'>{rng.choice(['日期', '开具日期', ''])}{s if rng.random() < 0.7 else ''}"
           f"{ink.v(shown_date(day, rng))}</span>")
    sealed = rng.random() < 0.85
    if sealed:
        sig += stamp(hospital, rng, bottom=rng.choice(["诊断证明专用章", "门诊部", "医务科"]), left=rng.uniform(250, 500), top=-40)
    t["是否盖章"] = sealed
    sig += "</div><p style='font-size:13px;margin-top:10px'>注：本证明涂改无效，须加盖医院公章。</p>"
    half = rng.random() < 0.5  # half-A4 paper, sometimes copied reduced onto an A4 sheet
    width = 135.0 if half else 178.0
    scale = rng.choice([1.0, 0.85, 0.75]) if half else 1.0
    return page(sheet(body + sig, ink, width_mm=width, left_mm=rng.uniform(12, 45), top_mm=rng.uniform(12, 60), scale=scale,
                      border="border:1px solid #999;padding:18px" if half else "")), t, [], variant + ("-half" if half else "")


# ---------------------------------------------------------------------------------------------
# 低保证


def dibao(rng: random.Random) -> Paper:
    ink, who = Ink(rng), person(rng)
    city, district = rng.choice(CITIES)
    office = f"{city}{district}民政局"
    n = rng.randint(1, 4)
    amount = rng.choice([320, 450, 580, 615.5, 760, 1280, 1450])
    issued = _day(rng, 2021, 4)
    valid = issued + timedelta(days=rng.choice([364, 365, 730]))
    number = f"{rng.randrange(10**9, 10**10)}" if rng.random() < 0.5 else f"{district[:1]}民{rng.randrange(1000, 99999):05d}"
    title = rng.choice([f"{city}城乡居民最低生活保障证", "最低生活保障金领取证", f"{city}城市居民最低生活保障证",
                        "农村居民最低生活保障证", "城乡居民最低生活保障证"])
    t: dict[str, Any] = {"姓名": who["姓名"], "证号": number, "保障人数": n, "月保障金额": amount, "发证机关": office,
                         "有效期": valid.isoformat()}
    rows = [(rng.choice(["户主姓名", "户主姓名", "户 主"]), who["姓名"]), ("身份证号", who["身份证号"]),
            (rng.choice(["家庭住址", "住址"]), who["家庭住址"]),
            ("家庭人口", str(n + rng.randint(0, 1))), (rng.choice(["保障人数", "享受人数"]), str(n)),
            (rng.choice(["月保障金额（元）", "月保障金额", "保障金额（元/月）"]), f"{amount:g}"),
            (rng.choice(["证号", "编号", "证件编号"]), number), ("发证机关", office),
            (rng.choice(["发证日期", "发证时间"]), shown_date(issued, rng)),
            (rng.choice(["有效期", "有效期至"]), rng.choice([shown_date(valid, rng),
                                                          f"{issued:%Y.%m.%d}-{valid:%Y.%m.%d}",
                                                          f"{shown_date(issued, rng)}至{shown_date(valid, rng)}"]))]
    head, body_rows = rows[:1], rows[1:]
    if rng.random() < 0.5:
        rng.shuffle(body_rows)
    rows = head + body_rows
    variant = rng.choice(["booklet", "card", "booklet-members"])
    members: list[dict[str, Any]] = []
    if variant == "card":  # a card: label：value lines, no ruling
        s = ink.sep()
        inner = (f"<h3 style='font-size:{ink.size + 4}px'>{title}</h3>"
                 + "".join(f"<div>{lab}{s}{ink.v(val)}</div>" for lab, val in rows))
        width = 110.0
    else:
        pairs = [rows[i:i + 2] for i in range(0, len(rows), 2)] if rng.random() < 0.5 else [[r] for r in rows]
        trs = "".join("<tr>" + "".join(f"<td style='width:22%'>{lab}</td><td>{ink.v(val)}</td>" for lab, val in pr)
                      + ("<td></td><td></td>" if len(pr) < len(pairs[0]) else "") + "</tr>" for pr in pairs)
        inner = f"<h3 style='font-size:{ink.size + 4}px'>{title}</h3><table class='r'>{trs}</table>"
        width = 150.0
        if variant == "booklet-members":
            hh = household(rng)
            listed = [{"姓名": m["姓名"], "关系": m["关系"], "身份证号": m["身份证号"]} for m in hh["members"][: max(1, n - 1)]]
            members = [{"姓名": who["姓名"], "关系": "户主", "身份证号": who["身份证号"]}, *listed][:n]
            head_cells = rng.choice([["姓名", "与户主关系", "身份证号"], ["保障对象", "关系", "身份证号码"]])
            inner += (f"<p style='text-align:center'>{rng.choice(['保障对象', '家庭成员情况', '享受保障人员'])}</p>"
                      f"<table class='r'><tr>{''.join(f'<td>{h}</td>' for h in head_cells)}</tr>"
                      + "".join(f"<tr><td>{ink.v(m['姓名'])}</td><td>{ink.v(m['关系'])}</td><td>{ink.v(m['身份证号'])}</td></tr>"
                                for m in members) + "</table>")
            width = 160.0
    sealed = rng.random() < 0.85
    wrap = (f"<div style='position:relative;padding:14px;border:2px solid #355'>{inner}"
            + (stamp(office, rng, mm=34, left=width * PX_PER_MM * 0.55, top=rng.uniform(120, 280)) if sealed else "")
            + "</div>")
    t["是否盖章"] = sealed
    copied = rng.random() < 0.6  # photocopied onto an A4 sheet with the clerk's note, or scanned alone
    note = ""
    if copied and rng.random() < 0.5:
        note = (f"<div style='position:absolute;left:{rng.uniform(200, 700):.0f}px;top:1450px;font-family:\"{HAND}\";"
                f"font-size:30px;color:#1a1a50'>复印件与原件一致 {person(rng)['姓名']}</div>")
    return page(sheet(wrap, ink, width_mm=width, left_mm=rng.uniform(10, 40), top_mm=rng.uniform(10, 80),
                      rotate=rng.uniform(-1.5, 1.5) if copied else 0) + note), t, members, variant


# ---------------------------------------------------------------------------------------------
# 残疾人证


def disability(rng: random.Random) -> Paper:
    ink, who = Ink(rng), person(rng)
    kind, kd = rng.choice(DISABILITY)
    gi = rng.randrange(4)
    number = f"{who['身份证号']}{kd}{gi + 1}"
    issued = _day(rng, 2012, 12)
    city, district = rng.choice(CITIES)
    office = f"{city}{district}残疾人联合会"
    kind_shown = kind + rng.choice(["", "残疾", "残疾"])
    grade_shown = rng.choice([GRADES[gi], GRADES[gi], "壹贰叁肆"[gi] + "级"])
    t: dict[str, Any] = {"姓名": who["姓名"], "性别": who["性别"], "残疾人证号": number, "残疾类别": f"{kind}残疾",
                         "残疾等级": GRADES[gi]}
    variant = rng.choice(["booklet", "card", "card-both"])
    photo = "<div style='position:absolute;right:14px;top:60px;width:110px;height:140px;background:#666'></div>"
    if variant == "booklet":  # second generation: a booklet page with photo
        t.update({"民族": who["民族"], "发证日期": issued.isoformat()})
        rows = [("姓名", who["姓名"]), ("性别", who["性别"]), ("民族", who["民族"]),
                ("出生日期", shown_date(date.fromisoformat(who["出生日期"]), rng)),
                ("婚姻状况", who["婚姻状况"]), ("住址", who["家庭住址"]), ("残疾类别", kind_shown), ("残疾等级", grade_shown),
                (rng.choice(["残疾人证号", "证号", "编号"]), number), ("发证日期", shown_date(issued, rng))]
        if rng.random() < 0.5:
            rows.insert(3, ("身份证号", who["身份证号"]))
            t["身份证号"] = who["身份证号"]
        s = ink.sep()
        lines = "".join(f"<div style='margin-right:{130 if i < 5 else 0}px'>{lab}{s}{ink.v(val)}</div>" for i, (lab, val) in enumerate(rows))
        inner = (f"<div style='position:relative;border:2px solid #264;padding:16px;height:520px'>"
                 f"<h3>中华人民共和国残疾人证</h3>{photo}{lines}"
                 + stamp(office, rng, mm=30, left=330, top=300) + "</div>")
        width = 125.0
    else:  # third generation: a card (85.6 × 54 mm), front and maybe back
        t["发证日期"] = issued.isoformat()
        s = ink.sep()
        front_rows = [("姓名", who["姓名"]), ("性别", who["性别"]), ("类别", kind_shown), ("等级", grade_shown),
                      ("证号", number)]
        if rng.random() < 0.5:
            front_rows[2:4] = [("残疾类别", kind_shown), ("残疾等级", grade_shown)]
        front = (f"<div style='position:relative;width:{85.6 * PX_PER_MM:.0f}px;height:{54 * PX_PER_MM:.0f}px;"
                 f"border:1.5px solid #333;border-radius:14px;padding:10px;box-sizing:border-box;font-size:15px;line-height:1.55'>"
                 f"<div style='font-size:18px;font-weight:bold'>中华人民共和国残疾人证</div>"
                 + "".join(f"<div>{lab}{s}{ink.v(val) if lab != '证号' else val}</div>" for lab, val in front_rows)
                 + "<div style='position:absolute;right:14px;top:44px;width:88px;height:112px;background:#777'></div></div>")
        back = ""
        if variant == "card-both":
            back = (f"<div style='position:relative;margin-top:60px;width:{85.6 * PX_PER_MM:.0f}px;height:{54 * PX_PER_MM:.0f}px;"
                    f"border:1.5px solid #333;border-radius:14px;padding:14px;box-sizing:border-box;font-size:15px'>"
                    f"<div>发证机关{s}{office}</div><div>发证日期{s}{shown_date(issued, rng)}</div>"
                    f"<div>有效期{s}长期</div><div style='margin-top:10px;font-size:13px'>本证是残疾人身份的有效证明</div></div>")
        else:
            del t["发证日期"]
        inner = front + back
        width = 95.0
    return page(sheet(inner, ink, width_mm=width, left_mm=rng.uniform(15, 90), top_mm=rng.uniform(15, 120),
                      rotate=rng.uniform(-2, 2))), t, [], variant


# ---------------------------------------------------------------------------------------------
# 劳动合同


def contract(rng: random.Random) -> tuple[list[str], dict[str, Any], str]:
    ink, who = Ink(rng), person(rng)
    unit = who["工作单位"]
    start = _day(rng, 2016, 8)
    years = rng.choice([1, 2, 3, 5])
    end = date(start.year + years, start.month, start.day) - timedelta(days=1)
    open_ended = rng.random() < 0.2
    t: dict[str, Any] = {"姓名": who["姓名"], "用人单位": unit, "合同起始": start.isoformat()}
    s = ink.sep()
    party_a = rng.choice(["甲方（用人单位）", "甲方", "用人单位（甲方）", "甲方名称"])
    party_b = rng.choice(["乙方（劳动者）", "乙方", "劳动者（乙方）", "乙方姓名"])
    a_rows = [(party_a, unit), ("法定代表人", person(rng)["姓名"]), (rng.choice(["地址", "注册地址"]), "某市某区某路" + str(rng.randrange(1, 300)) + "号")]
    b_rows = [(party_b, who["姓名"]), ("性别", who["性别"]), (rng.choice(["身份证号码", "居民身份证号码", "公民身份号码"]), who["身份证号"]),
              (rng.choice(["户籍地址", "家庭住址", "住址"]), who["家庭住址"])]
    fmt = lambda d: shown_date(d, rng)  # noqa: E731
    if open_ended:
        term = f"本合同为无固定期限劳动合同，自{ink.v(fmt(start))}起{rng.choice(['生效', '履行'])}。"
    else:
        t["合同终止"] = end.isoformat()
        term = rng.choice([f"本合同为固定期限劳动合同，期限自{ink.v(fmt(start))}起至{ink.v(fmt(end))}止。",
                           f"合同期限：自{ink.v(fmt(start))}至{ink.v(fmt(end))}，其中试用期{rng.choice([1, 2, 3])}个月。",
                           f"甲乙双方选择固定期限，合同期限为{years}年，从{ink.v(fmt(start))}起至{ink.v(fmt(end))}止。"])
    title = rng.choice(["劳动合同书", "劳动合同", "劳 动 合 同 书", "全日制劳动合同书"])
    clause = rng.choice(["第一条", "一、", "第一章 合同期限 第一条"])
    first = (f"<h1 style='font-size:30px'>{title}</h1><p style='text-align:right'>编号：{rng.randrange(10**5, 10**6)}</p>"
             + "".join(f"<p>{lab}{s}{ink.v(val)}</p>" for lab, val in a_rows)
             + "<br>" + "".join(f"<p>{lab}{s}{ink.v(val)}</p>" for lab, val in b_rows)
             + "<p style='text-indent:2em;margin-top:16px'>根据《中华人民共和国劳动合同法》等法律法规的规定，甲乙双方遵循合法、"
               "公平、平等自愿、协商一致、诚实信用的原则，签订本合同。</p>"
             + f"<p style='text-indent:2em'>{clause} {term}</p>"
             + "<p style='text-indent:2em'>第二条 乙方同意根据甲方工作需要，从事生产岗位工作，工作地点在甲方所在地。</p>"
             + "<p style='text-indent:2em'>第三条 甲方实行标准工时制度，乙方每日工作时间不超过八小时，每周不超过四十小时。</p>")
    pages = [page(sheet(first, ink, width_mm=170, left_mm=20, top_mm=rng.uniform(18, 30)))]
    variant = "first"
    if rng.random() < 0.5:
        variant = "first+signature"
        signed = start - timedelta(days=rng.randrange(0, 10))
        sig = ("<p style='text-indent:2em'>第三十条 本合同一式两份，甲乙双方各执一份，经双方签字盖章后生效。</p>"
               "<div style='position:relative;margin-top:80px;height:300px'>"
               f"<div style='position:absolute;left:0'>甲方（盖章）：<br><br>法定代表人或委托代理人（签字）：<br><br>"
               f"{shown_date(signed, rng)}</div>"
               f"<div style='position:absolute;left:58%'>乙方（签字）：{ink.v(who['姓名'])}<br><br><br><br>{shown_date(signed, rng)}</div>"
               + stamp(unit, rng, bottom="合同专用章", left=60, top=-30) + "</div>")
        pages.append(page(sheet(sig, ink, width_mm=170, left_mm=20, top_mm=rng.uniform(18, 30))))
    return pages, t, variant


# ---------------------------------------------------------------------------------------------
# 其他


def other(rng: random.Random) -> Paper:
    ink, who = Ink(rng), person(rng)
    variant = rng.choice(["bank-card", "receipts", "school", "court"])
    t: dict[str, Any] = {}
    day = _day(rng, 2020, 5)
    t["材料名称"] = {"bank-card": "银行卡复印件", "receipts": "医药费票据", "school": "上学证明", "court": "离婚判决书"}[variant]
    if variant == "bank-card":
        bank, bin6 = rng.choice(BANKS)
        card = bin6 + "".join(str(rng.randrange(10)) for _ in range(12))
        card += luhn_check_digit(card)
        grouped = " ".join(card[i:i + 4] for i in range(0, len(card), 4))
        face = (f"<div style='position:relative;width:{85.6 * PX_PER_MM:.0f}px;height:{54 * PX_PER_MM:.0f}px;border:1.5px solid #333;"
                f"border-radius:16px;padding:14px;box-sizing:border-box;background:#eee'>"
                f"<div style='font-size:22px;font-weight:bold'>{bank}</div><div>{rng.choice(['借记卡', '储蓄卡', '工会会员服务卡'])}</div>"
                f"<div style='margin-top:48px;font-size:24px;letter-spacing:2px;font-family:monospace'>{grouped}</div>"
                f"<div style='position:absolute;right:16px;bottom:12px;font-weight:bold'>{rng.choice(['银联', 'UnionPay 银联'])}</div></div>")
        note = (f"<div style='margin-top:40px;font-family:\"{HAND}\";font-size:26px;color:#1a1a50'>"
                f"{rng.choice(['开户名：', '户名：', '持卡人：'])}{who['姓名']}<br>{rng.choice(['此卡用于困难职工救助金发放', '复印件与原件一致'])}</div>")
        inner = face + (note if rng.random() < 0.7 else "")
        return page(sheet(inner, ink, width_mm=120, left_mm=rng.uniform(20, 70), top_mm=rng.uniform(20, 140))), t, [], variant
    if variant == "receipts":
        k = rng.randint(1, 3)
        city, _ = rng.choice(CITIES)
        hosp = rng.choice(HOSPITALS).format(c=city, d=city)
        blocks = []
        dates = []
        for _ in range(k):
            d = _day(rng, 2022, 3)
            dates.append(d)
            amount = rng.randrange(80, 9000) + rng.choice([0, 0.5, 0.32])
            blocks.append(
                f"<div style='border:1.5px solid #933;padding:10px;margin-bottom:30px;width:{150 * PX_PER_MM:.0f}px'>"
                f"<div style='text-align:center;font-size:20px;color:#933'>{rng.choice(['门诊收费票据', '住院收费票据', '医疗收费票据（电子）'])}</div>"
                f"<table class='r'><tr><td>交款人</td><td>{ink.v(who['姓名'])}</td><td>日期</td><td>{shown_date(d, rng)}</td></tr>"
                f"<tr><td>项目</td><td colspan='3'>{rng.choice(['西药费 检查费 治疗费', '床位费 护理费 化验费', '中成药费 诊查费'])}</td></tr>"
                f"<tr><td>金额（大写）</td><td>{rng.choice(['壹仟贰佰', '叁佰伍拾', '捌仟零肆拾'])}元整</td><td>（小写）</td><td>￥{amount:.2f}</td></tr>"
                f"<tr><td>收款单位</td><td colspan='3'>{hosp}</td></tr></table></div>")
        if k == 1:
            t["日期"] = dates[0].isoformat()
        return page(sheet("".join(blocks), ink, width_mm=160, left_mm=rng.uniform(10, 30), top_mm=rng.uniform(10, 30),
                          scale=rng.choice([1.0, 0.9]))), t, [], f"{variant}-{k}"
    if variant == "school":
        kid = person(rng)
        school = rng.choice(["长沙理工大学", "湘潭大学", "河北大学", "杭州市第十四中学", "浙江工业大学", "保定市第一中学"])
        t["日期"] = day.isoformat()
        title = rng.choice(["在校证明", "在读证明", "学籍证明"])
        body = (f"<h2>{title}</h2><p style='text-indent:2em;margin-top:30px'>兹证明{ink.v(kid['姓名'])}同学，性别{kid['性别']}，"
                f"身份证号{kid['身份证号']}，系我校{day.year - rng.randint(0, 3)}级{rng.choice(['机械工程', '会计学', '高一（3）班', '计算机科学与技术'])}"
                f"学生，学制{rng.choice([3, 4])}年，现在校就读。</p><p style='text-indent:2em'>特此证明。</p>"
                f"<div style='position:relative;margin-top:60px;margin-left:55%;height:120px'><p>{school}</p><p>{shown_date(day, rng, chinese=True)}</p>"
                + stamp(school, rng, left=-10, top=-60) + "</div>")
        return page(sheet(body, ink, width_mm=170, left_mm=20, top_mm=rng.uniform(20, 60))), t, [], variant
    # a court paper: a divorce judgment's first part
    city, district = rng.choice(CITIES)
    court = f"{city}{district}人民法院"
    other_party = person(rng)
    t["日期"] = day.isoformat()
    body = (f"<h2>{court}</h2><h2>民事判决书</h2><p style='text-align:right'>（{day.year}）{rng.randrange(100, 999)}民初"
            f"{rng.randrange(100, 9999)}号</p><p>原告：{who['姓名']}，{who['性别']}，{who['民族']}，住{who['家庭住址']}。</p>"
            f"<p>被告：{other_party['姓名']}，{other_party['性别']}，住{other_party['家庭住址']}。</p>"
            f"<p style='text-indent:2em'>原告{who['姓名']}与被告{other_party['姓名']}离婚纠纷一案，本院立案后，依法适用简易程序，"
            f"公开开庭进行了审理。本案现已审理终结。</p><p style='text-indent:2em'>依照《中华人民共和国民法典》第一千零七十九条之规定，"
            f"判决如下：</p><p style='text-indent:2em'>准予原告{who['姓名']}与被告{other_party['姓名']}离婚。</p>"
            f"<div style='position:relative;margin-top:50px;margin-left:55%;height:140px'><p>审判员 {person(rng)['姓名']}</p>"
            f"<p>{shown_date(day, rng, chinese=True)}</p>" + stamp(court, rng, left=0, top=-40) + "</div>")
    return page(sheet(body, ink, width_mm=170, left_mm=20, top_mm=rng.uniform(15, 40))), t, [], variant


# ---------------------------------------------------------------------------------------------
# Rendering and scoring


def _contract_paper(rng: random.Random) -> tuple[list[str], dict[str, Any], list[dict[str, Any]], str]:
    pages, t, variant = contract(rng)
    return pages, t, [], variant


def _one(make: Callable[[random.Random], Paper]) -> Callable[[random.Random], tuple[list[str], dict[str, Any], list[dict[str, Any]], str]]:
    def run(rng: random.Random) -> tuple[list[str], dict[str, Any], list[dict[str, Any]], str]:
        h, t, m, v = make(rng)
        return [h], t, m, v
    return run


PAPERS: dict[str, Callable[[random.Random], tuple[list[str], dict[str, Any], list[dict[str, Any]], str]]] = {
    "公示证明": _one(publicity), "诊断证明": _one(diagnosis), "低保证": _one(dibao), "残疾人证": _one(disability),
    "劳动合同": _contract_paper, "其他": _one(other),
}


def build(out: Path, n: int, seed: int) -> list[dict[str, Any]]:
    """``n`` papers (the six types in turn) printed into ``out``, with truth.jsonl."""
    from PIL import Image

    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    out.mkdir(parents=True, exist_ok=True)
    truths = []
    for i in range(n):
        kind = list(PAPERS)[i % len(PAPERS)]
        htmls, fields, members, variant = PAPERS[kind](rng)
        scale = rng.choice([1.0, 1.5, 2.0])
        dpi = 150 * scale
        grey = rng.random() < 0.6  # most papers reach the archive as black-and-white photocopies
        dark = rng.uniform(0.0, 0.7)
        images = []
        for k, h in enumerate(htmls):
            png = out / f"{i:03d}_{k}.tmp.png"
            screenshot(h, png, scale)
            rgb = np.asarray(Image.open(png).convert("RGB"))
            png.unlink()
            images.append(Image.fromarray(photocopy(rgb, nrng, dark)) if grey else Image.fromarray(rgb))
        if len(images) > 1:
            name = f"{i:03d}_{kind}.tif"
            images[0].save(out / name, save_all=True, append_images=images[1:], dpi=(dpi, dpi), compression="tiff_lzw")
        elif rng.random() < 0.5:
            name = f"{i:03d}_{kind}.jpg"
            images[0].save(out / name, dpi=(dpi, dpi), quality=rng.choice([75, 85, 92]))
        else:
            name = f"{i:03d}_{kind}.png"
            images[0].save(out / name, dpi=(dpi, dpi))
        truths.append({"file": name, "doc_type": kind, "fields": fields, "members": members, "variant": variant,
                       "dpi": dpi, "grey": grey, "pages": len(images)})
    (out / "truth.jsonl").write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in truths), encoding="utf-8")
    return truths


def summary(scored: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, str]:
    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:.1f}% ({b})" if b else "–"

    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for t, sc in scored:
        for key in ("fields (all)", f"  {t['doc_type']}"):
            per[key][0] += sum(sc["fields"].values())
            per[key][1] += len(sc["fields"])
    out = {"doc type": pct(sum(sc["doc_ok"] for _, sc in scored), len(scored))}
    for kind in PAPERS:
        group = [sc for t, sc in scored if t["doc_type"] == kind]
        out[f"  doc type {kind}"] = pct(sum(sc["doc_ok"] for sc in group), len(group))
    out["fields (all)"] = pct(*per["fields (all)"])
    for kind in PAPERS:
        out[f"  {kind}"] = pct(*per[f"  {kind}"])
    out["member fields (低保证 lists)"] = pct(sum(sc["m_ok"] for _, sc in scored), sum(sc["m_total"] for _, sc in scored))
    out["emitted values failing validation"] = f"{sum(sc['invalid'] for _, sc in scored)} of {sum(sc['emitted'] for _, sc in scored)}"
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--papers", type=int, default=36)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=None, help="corpus folder (reused when truth.jsonl exists)")
    ap.add_argument("--engines", default="rapidocr,naive")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--cache", type=Path, default=None, help="keep OCR between runs (tuning the field logic only)")
    ap.add_argument("--dump", type=Path, default=None, help="per-file misses of our reader as JSONL")
    args = ap.parse_args(argv)
    out = args.out or Path(f"/tmp/browser-papers-{args.papers}-{args.seed}")
    truths = load_or_build(out, lambda: build(out, args.papers, args.seed), f"printing {args.papers} papers")

    def dump_row(t: dict[str, Any], res: dict[str, Any]) -> dict[str, Any]:
        return {"doc_type": t["doc_type"], "got_type": res.get("doc_type"),
                "conf": (res.get("confidence") or {}).get("doc_type"), "variant": t["variant"]}

    table = score_engines(args, out, truths, summary, dump_row)
    print(f"browser-printed papers: {len(truths)} files, {out}")
    print_table(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
