"""Certificates of other offices: 残疾人证 (booklet and smart card), 低保证 of several cities, 诊断证明书.

Each paper has one routine whose options make its layouts (REAL-DOCUMENTS.md): the 残疾人证 as a second
generation booklet page or a third generation card, photocopied onto A4; the 低保证 as a 领取证 booklet with
its page of 保障对象 or a city's ruled certificate; the 诊断证明书 on a hospital's A4 letterhead or as an
出院/住院 certificate, filled by hand or typed, several lines of 诊断.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from functools import partial
from typing import Any

from dangan.synth.canvas import INK_BLUE, Page
from dangan.synth.households import Household
from dangan.synth.layouts import layout
from dangan.synth.papers_id import CARD, copy_sheet
from dangan.synth.render import A4, Document, Grid, L, Style, V, _free, _seal_on, _title

CATEGORY_DIGIT = {"视力残疾": 1, "听力残疾": 2, "言语残疾": 3, "肢体残疾": 4, "智力残疾": 5, "精神残疾": 6, "多重残疾": 7}


# ---------------------------------------------------------------------------------------------
# 残疾人证
# ---------------------------------------------------------------------------------------------
def _disability_facts(hh: Household, name: str, rng: random.Random) -> dict[str, Any]:
    person = hh.person(name)
    category = person["疾病/残疾类别"] if person["疾病/残疾类别"] in CATEGORY_DIGIT else "肢体残疾"
    grade = rng.choice(("一级", "二级", "三级", "四级"))
    number = f"{person['身份证号']}{CATEGORY_DIGIT[category]}{'一二三四'.index(grade[0]) + 1}"
    issued = hh.created - timedelta(days=rng.randrange(200, 2000))
    return {"person": person, "category": category, "grade": grade, "number": number, "issued": issued}


def _disability(hh: Household, name: str, rng: random.Random, *, card: bool) -> Document:
    """``card``: the third-generation 智能化 card (front and back) photocopied onto A4; otherwise the
    second-generation booklet's two facing pages (cover text and the ruled data page), photocopied."""
    f = _disability_facts(hh, name, rng)
    person, st = f["person"], Style.draw(rng, typed=rng.random() < 0.7)
    issuer = f"{hh.unit.city}市残疾人联合会"
    if card:
        front = Page(*CARD, paper=(236, 240, 246))
        front.text(42.8, 6, "中华人民共和国残疾人证", 3.6, "bold", "mm")
        rows = [("姓名", name), ("性别", person["性别"]), ("民族", person["民族"].removesuffix("族")),
                ("类别", f["category"]), ("等级", f["grade"])]
        for i, (lb, v) in enumerate(rows):
            front.text(5, 14 + i * 6, lb, 2.4, "hei", color=(90, 90, 100))
            front.text(15, 14 + i * 6, v, 3.0, "hei")
        front.text(5, 48, "证号", 2.4, "hei", color=(90, 90, 100))
        front.text(13, 48, f["number"], 3.2, "heimono")
        front.rect(60, 12, 80, 40, 0.1, (80, 80, 85), fill=(80, 80, 88))
        back = Page(*CARD, paper=(236, 240, 246))
        back.text(42.8, 14, "残 疾 人 证", 5.0, "bold", "mm")
        back.text(8, 32, "发证机关", 2.6, "hei", color=(90, 90, 100))
        back.text(24, 32, issuer, 3.0, "hei")
        back.text(8, 40, "发证日期", 2.6, "hei", color=(90, 90, 100))
        back.text(24, 40, f["issued"].strftime("%Y年%m月%d日"), 3.0, "hei")
        _seal_on(back, st, 66, 36, issuer, "", 9)
        page = copy_sheet(rng, [front, back], signer=name, day=hh.created - timedelta(days=rng.randrange(1, 20)))
        fields = {"姓名": name, "性别": person["性别"], "残疾人证号": f["number"], "残疾类别": f["category"],
                  "残疾等级": f["grade"], "发证日期": f["issued"].isoformat()}
    else:
        green = rng.random() < 0.5
        left = Page(95, 130, paper=(226, 236, 226) if green else (240, 226, 226))
        left.text(47.5, 30, "中华人民共和国", 5.0, "bold", "mm")
        left.text(47.5, 45, "残 疾 人 证", 7.0, "bold", "mm")
        left.text(47.5, 110, "中国残疾人联合会监制", 3.2, "sans", "mm")
        right = Page(95, 130, paper=left.paper)
        right.rect(62, 8, 88, 42, 0.2, fill=(90, 90, 95))
        g = Grid(right, st, 6, 46, 83)
        data = [("姓名", name), ("性别", person["性别"]), ("出生日期", person["出生日期"]),
                ("民族", person["民族"]),
                ("婚姻状况", person.get("婚姻状况") or (hh.record["婚姻状况"] if name == hh.record["姓名"] else "")),
                ("身份证号", person["身份证号"]), ("住址", hh.record["家庭住址"].removesuffix("（租住）")),
                ("残疾类别", f["category"]), ("残疾等级", f["grade"]), ("残疾人证号", f["number"]),
                ("监护人", ""), ("发证日期", f["issued"].isoformat())]
        for lb, v in data:
            g.row([(1.0, L(lb)), (3.0, V(v))], 6.4, 2.6)
        _seal_on(right, st, 70, g.y - 10, issuer, "", 11)
        page = copy_sheet(rng, [left, right], stack="row", signer=name if rng.random() < 0.5 else "")
        fields = {"姓名": name, "性别": person["性别"], "身份证号": person["身份证号"], "残疾人证号": f["number"],
                  "残疾类别": f["category"], "残疾等级": f["grade"], "发证日期": f["issued"].isoformat()}
    page.fields = dict(fields)
    return Document("残疾人证", [page], fields, person=name, material="致困原因证明")


layout("残疾人证", "残疾人证/二代本式复印")(partial(_disability, card=False))
layout("残疾人证", "残疾人证/三代卡片复印")(partial(_disability, card=True))


# ---------------------------------------------------------------------------------------------
# 低保证
# ---------------------------------------------------------------------------------------------
def _dibao_facts(hh: Household, rng: random.Random) -> dict[str, Any]:
    issued = hh.created - timedelta(days=rng.randrange(30, 300))
    return {"issuer": f"{hh.unit.region_name[3:]}民政局", "issued": issued,
            "valid": date(issued.year + rng.choice((1, 1, 2)), issued.month, min(issued.day, 28)),
            "sealed": rng.random() < 0.85}


def dibao_document(hh: Household, page: Page, covered: list[dict[str, Any]], issuer: str, valid: date,
                   sealed: bool) -> Document:
    """A 低保证 printed on the one ``page``: its truth (the people it covers, its issuer, the last day it is valid,
    whether it is stamped) on the document and on that page."""
    r = hh.record
    fields = {"姓名": r["姓名"], "证号": hh.dibao_no, "保障人数": len(covered), "月保障金额": hh.dibao_amount,
              "发证机关": issuer, "有效期": valid.isoformat(), "是否盖章": sealed}
    members = [{"姓名": m["姓名"], "关系": m["关系"], "身份证号": m["身份证号"]} for m in covered]
    page.fields, page.members = dict(fields), list(members)
    return Document("低保证", [page], fields, members, person=r["姓名"], material="低保证")


def _dibao(hh: Household, rng: random.Random, *, booklet: bool) -> Document:
    """``booklet``: a 最低生活保障金领取证 booklet photocopied on A4 (cover data page + 保障对象 page);
    otherwise a city's A4 ruled 城乡居民最低生活保障证 with its own wording (享受人数, 保障金额（元/月）)."""
    r, f = hh.record, _dibao_facts(hh, rng)
    st = Style.draw(rng)
    people = [hh.householder() | {"关系": "户主"}, *hh.members]
    covered = people if rng.random() < 0.7 else people[: max(1, len(people) - 1)]
    valid = f["valid"].isoformat()
    fields = {"姓名": r["姓名"], "证号": hh.dibao_no, "保障人数": len(covered), "月保障金额": hh.dibao_amount,
              "发证机关": f["issuer"], "有效期": valid, "是否盖章": f["sealed"]}
    members = [{"姓名": p["姓名"], "关系": p["关系"], "身份证号": p["身份证号"]} for p in covered]
    if booklet:
        a = Page(100, 140, paper=(244, 240, 232))
        _title(a, st, "最低生活保障金领取证", 12, 4.8)
        a.text(70, 20, f"No.{hh.dibao_no}", 3.0, "heimono")
        g = Grid(a, st, 6, 26, 88)
        for lb, v, key in [("户主姓名", r["姓名"], ""), ("身份证号", r["身份证号"], ""),
                           ("家庭住址", r["家庭住址"].removesuffix("（租住）"), ""), ("家庭人口", f"{r['家庭人口']}人", ""),
                           ("保障人数", f"{len(covered)}人", ""), ("月保障金额", hh.dibao_amount, "月保障金额"),
                           ("发证日期", f["issued"].isoformat(), ""), ("有效期至", valid, "")]:
            g.row([(1.0, L(lb)), (2.6, V(v, key))], 9 if lb != "家庭住址" else 13, 2.8)
        a.text(10, g.y + 8, "发证机关（盖章）：", 3.0, st.label_font)
        a.text(44, g.y + 8, f["issuer"], 3.2, st.value_font, color=st.color)
        if f["sealed"]:
            _seal_on(a, st, 70, g.y + 6, f["issuer"], "", 12)
        b = Page(100, 140, paper=(244, 240, 232))
        _title(b, st, "保障对象", 12, 4.4)
        gb = Grid(b, st, 6, 20, 88)
        gb.row([(1.0, L("姓名")), (1.0, L("与户主关系")), (2.2, L("身份证号"))], 9, 2.8)
        for p in covered:
            gb.row([(1.0, V(p["姓名"])), (1.0, V(p["关系"])), (2.2, V(p["身份证号"]))], 9, 2.8)
        pages = [copy_sheet(rng, [a, b], stack="row" if rng.random() < 0.5 else "column", note=rng.random() < 0.6,
                            signer=r["姓名"])]
    else:
        p = Page(*A4)
        title = rng.choice(("城乡居民最低生活保障证", "城市居民最低生活保障证", "最低生活保障证"))
        _title(p, st, f"{hh.unit.city}市{title}", 28, 6.0)
        p.text(150, 40, f"证号：{hh.dibao_no}", 3.6, st.value_font, color=st.color)
        g = Grid(p, st, 20, 48, 170)
        g.row([(1.0, L("户主")), (1.5, V(r["姓名"])), (1.0, L("身份证号")), (2.5, V(r["身份证号"]))], 12)
        g.row([(1.0, L("家庭地址")), (5.0, V(r["家庭住址"].removesuffix("（租住）")))], 14)
        g.row([(1.0, L("享受人数")), (1.5, V(f"{len(covered)}人")), (1.0, L("保障金额（元/月）")),
               (2.5, V(hh.dibao_amount, "月保障金额"))], 12)
        g.row([(1.0, L("有效期")), (5.0, V(f"{st.date(f['issued'].isoformat())}至{st.date(valid)}"))], 12)
        g.row([(6.0, L("保障对象"))], 9)
        g.row([(1.5, L("姓名")), (1.5, L("关系")), (3.0, L("身份证号"))], 9)
        for m in covered:
            g.row([(1.5, V(m["姓名"])), (1.5, V(m["关系"])), (3.0, V(m["身份证号"]))], 9)
        p.text(110, g.y + 18, "发证机关：", 3.8, st.label_font)
        p.text(130, g.y + 18, f["issuer"], 3.8, st.value_font, color=st.color)
        p.text(130, g.y + 28, st.date(f["issued"].isoformat()), 3.8, st.value_font, color=st.color)
        if f["sealed"]:
            _seal_on(p, st, 145, g.y + 20, f["issuer"], "", 18)
        pages = [p]
    pages[0].fields, pages[0].members = dict(fields), list(members)
    return Document("低保证", pages, fields, members, person=r["姓名"], material="低保证")


layout("低保证", "低保证/领取证本式复印")(partial(_dibao, booklet=True))
layout("低保证", "低保证/A4城市证")(partial(_dibao, booklet=False))


# ---------------------------------------------------------------------------------------------
# 诊断证明书
# ---------------------------------------------------------------------------------------------
EXTRA_DIAGNOSES = ("高血压病2级", "2型糖尿病", "慢性胃炎", "腰椎间盘突出症", "冠状动脉粥样硬化性心脏病", "贫血",
                   "慢性支气管炎", "骨质疏松症")
ADVICE = ("建议休息两周，定期复查。", "需长期服药治疗，门诊随访。", "建议住院进一步治疗。", "避免劳累，按时服药，一月后复诊。")


def _diagnosis(hh: Household, name: str, rng: random.Random, *, inpatient: bool) -> Document:
    """A hospital's A4 诊断证明书 (``inpatient`` False: 门诊号, label lines; True: 住院号, 入院/出院日期,
    a ruled 诊断 box): 诊断 in one to three lines, joined in the truth with "；" in the printed order."""
    person = hh.person(name)
    st = Style.draw(rng)
    hospital = rng.choice(hh.unit.hospitals)
    doctor = rng.choice(("陈志刚", "李海燕", "王立新", "赵敏", "周建华", "孙丽", "郑国强"))
    issued = hh.created - timedelta(days=rng.randrange(20, 200))
    lines = [person["疾病/残疾类别"] or "慢性病", *rng.sample(EXTRA_DIAGNOSES, rng.randrange(0, 3))]
    dept = rng.choice(("肿瘤科", "肾内科", "神经内科", "心内科", "内分泌科", "骨科"))
    number = f"{rng.randrange(100000, 9999999)}"
    sealed = rng.random() < 0.9
    p = Page(*A4)
    _title(p, st, hospital, 22, 6.4)
    _title(p, st, "出院诊断证明书" if inpatient else "诊 断 证 明 书", 34, 5.6)
    p.line(15, 40, 195, 40, 0.6)
    age = person["年龄"]
    head = [("姓名", name), ("性别", person["性别"]), ("年龄", f"{age}岁"), ("科别", dept),
            ("住院号" if inpatient else "门诊号", number)]
    x = 18.0
    for lb, v in head:
        p.text(x, 50, f"{lb}：", 3.8, st.label_font)
        x += 4.0 * (len(lb) + 1)
        p.text(x, 50, v, 4.2 if st.hand else 3.8, st.value_font, color=st.color)
        p.line(x - 1, 53, x + 4.2 * len(v) + 2, 53, 0.15)
        x += 4.2 * len(v) + 7
    y = 64.0
    if inpatient:
        came = issued - timedelta(days=rng.randrange(5, 30))
        p.text(18, y, f"入院日期：{st.date(came.isoformat())}      出院日期：{st.date(issued.isoformat())}", 3.8,
               st.label_font)
        y += 10
        g = Grid(p, st, 18, y, 174)
        box = 6.0 + 7.0 * len(lines)
        g.row([(1.0, L("出院诊断")), (5.0, None)], box)
        for i, ln in enumerate(lines):
            p.text(18 + 174 / 6 + 3, y + 6.5 + i * 7.0, ln, 4.0 if st.hand else 3.6, st.value_font, color=st.color)
        g.row([(1.0, L("处理意见")), (5.0, _free(p, st, rng.choice(ADVICE)))], 16)
        y = g.y + 12
    else:
        p.text(18, y, "诊断：", 4.0, st.label_font)
        for i, ln in enumerate(lines):
            p.text(32, y + i * 9, ln, 4.4 if st.hand else 4.0, st.value_font, color=st.color)
        y += 9 * len(lines) + 6
        p.text(18, y, "处理意见：", 4.0, st.label_font)
        p.text(40, y, rng.choice(ADVICE), 4.2 if st.hand else 3.8, st.value_font, color=st.color)
        y += 24
    p.text(120, y, "医师签名：", 3.8, st.label_font)
    p.text(142, y, doctor, 5.0, "kai", color=INK_BLUE)
    p.text(120, y + 10, "日期：", 3.8, st.label_font)
    p.text(134, y + 10, st.date(issued.isoformat()), 3.8, st.value_font, color=st.color)
    if sealed:
        _seal_on(p, st, 150, y + 2, hospital[:14], "诊断证明专用章", 17)
    fields = {"医院名称": hospital, "姓名": name, "性别": person["性别"], "年龄": age, "诊断": "；".join(lines),
              "出具日期": issued.isoformat(), "医师": doctor, "是否盖章": sealed}
    p.fields = dict(fields)
    return Document("诊断证明", [p], fields, person=name, material="致困原因证明")


layout("诊断证明", "诊断证明/A4门诊")(partial(_diagnosis, inpatient=False))
layout("诊断证明", "诊断证明/A4出院证明")(partial(_diagnosis, inpatient=True))
