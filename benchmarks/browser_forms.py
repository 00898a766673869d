"""Application forms from a second, independent source: HTML tables printed by headless Chromium.

    .venv/bin/python benchmarks/browser_forms.py --forms 12 --seed 1 [--out DIR] [--cache DIR] [--dump F]

The readers were tuned on one generator's printings; this draws the four application forms of the seeds
(杭州 建档申请表, 河北 困难职工申报表, 湖南 申请审批表, the national/湖南 困难职工档案表) from the seed texts
alone, as a unit would print them from its own Word file: another renderer (Chromium), other fonts
(Noto Sans/Serif for print, AR PL UKai as hand-like filling), label and value in one cell, side by side,
or one under the other, member tables of 1–6 rows in any column order and width with the seeds'
header wordings, empty rows, ID numbers in 18 boxes, wrapped cells, ticks as ☑ √ ■ or a ring. Nothing
here comes from ``synth/``.

Each page also takes some of the variety real archives show (``VARIETY``, recorded in truth.jsonl and
scored per kind): the ID in 18 digit boxes inside a member-table cell, a member table under a two-level
(merged) header, wrapped cells (IDs and names broken over two lines in narrow columns), a member table
continued after a page-like break (with or without its header again), printed labels with notes in
brackets (身份证号（18位）, 月收入（元）), narrower columns, thin inner rules or none between the member
rows or columns, and a dark photocopy scanned at 150 dpi. Prints fields / member fields / members found for our reader and the naive
peer of ``extraction_accuracy`` in the same run, scored by that script's functions.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction_accuracy import run_engine, score_file

from dangan.schemas.validators import id_check_digit, luhn_check_digit

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文辉力永健春燕凤云海波宁晨雪梅琴"
PLACES = [("430102", "长沙市芙蓉区五一大道"), ("430304", "湘潭市岳塘区建设路"), ("130602", "保定市竞秀区朝阳大街"),
          ("130104", "石家庄市桥西区中山路"), ("330106", "杭州市西湖区文三路"), ("330183", "杭州市富阳区富春街道")]
UNITS = ["湘潭钢铁集团有限公司", "长沙市环卫处", "保定纺织厂", "河北华药集团", "杭州橡胶集团", "富阳造纸有限公司"]
BANKS = [("中国工商银行", "622202"), ("中国农业银行", "622848"), ("中国建设银行", "621700"), ("中国邮政储蓄银行", "621799")]
FONTS_PRINT = ["Noto Sans CJK SC", "Noto Serif CJK SC"]
HAND = "AR PL UKai CN"
TICKS = ["☑", "√", "■", "ring"]
VARIETY = ("digit-box IDs", "two-level header", "wrapped cells", "continued table", "label notes", "narrow columns",
           "thin rules", "missing rules", "dark copy 150 dpi")
# notes a unit prints after a label (REAL-DOCUMENTS: rows added, wordings changed from one unit to the next)
NOTES = {"身份证号": ["（18位）", "(必填)"], "月收入": ["（元）", "（元/月）"], "本人月平均收入": ["（元）", "（元/月）"],
         "手机号码": ["（手机）"], "家庭住址": ["（现居住地址）", "(详细地址)"], "家庭其他非薪资年收入": ["（元）"],
         "年度必要支出": ["（元/年）"], "出生日期": ["（年月日）"], "工作时间": ["（年月）"], "关系": ["（与申请人）"],
         "健康状况": ["（如患病请注明）"], "工作单位": ["（全称）"]}


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def _person(rng: random.Random, place: str, sex: str, born: date) -> dict[str, Any]:
    first17 = f"{place}{born:%Y%m%d}{rng.randrange(10):d}{rng.randrange(10):d}{rng.choice('13579' if sex == '男' else '02468')}"
    return {"姓名": _name(rng), "性别": sex, "出生日期": born.isoformat(), "身份证号": first17 + id_check_digit(first17),
            "政治面貌": rng.choice(["群众", "中共党员", "共青团员"]), "健康状况": rng.choice(["健康", "良好", "患病", "残疾"]),
            "月收入": rng.choice([0, 0, 1380, 1650, 2050, 2380.5, 3100])}


def household(rng: random.Random) -> dict[str, Any]:
    """An applicant's fields and 1–6 members (canonical labels), values as the reader should emit them."""
    code, street = rng.choice(PLACES)
    sex = rng.choice("男女")
    born = date(1965, 1, 1) + timedelta(days=rng.randrange(9000))
    me = _person(rng, code, sex, born)
    bank, bin6 = rng.choice(BANKS)
    card = bin6 + "".join(str(rng.randrange(10)) for _ in range(12))
    income = rng.choice([1280, 1650, 1850, 2230, 2460.5])
    f: dict[str, Any] = {
        **{k: me[k] for k in ("姓名", "性别", "出生日期", "身份证号", "政治面貌", "健康状况")},
        "民族": rng.choice(["汉族"] * 4 + ["回族", "土家族", "满族"]), "婚姻状况": rng.choice(["已婚", "已婚", "离异", "丧偶", "未婚"]),
        "住房类型": rng.choice(["租房", "自建房", "商品房", "承租单位公房"]), "户口类型": rng.choice(["非农业", "农业"]),
        "医保状况": rng.choice(["城镇职工医保", "城镇居民医保", "新农合"]), "工作状态": rng.choice(["在岗", "下（待）岗", "退休", "内退"]),
        "劳模类型": "非劳模", "工作时间": date(2003 + rng.randrange(15), 1 + rng.randrange(12), 1 + rng.randrange(28)).isoformat(),
        "手机号码": "1" + rng.choice("3589") + "".join(str(rng.randrange(10)) for _ in range(9)),
        "家庭住址": f"{street}{rng.randrange(1, 300)}号{rng.randrange(1, 9)}栋{rng.randrange(101, 1202)}室",
        "户口所在地行政区划": street[:6], "工作单位": rng.choice(UNITS), "本人月平均收入": income,
        "家庭其他非薪资年收入": rng.choice([0, 1200, 3600, 4800]), "年度必要支出": rng.choice([8600, 12500, 23800, 41000]),
        "开户银行": bank, "支行名称": street[3:6] + "支行", "银行卡号": card + luhn_check_digit(card),
        "是否有一定自救能力": rng.random() < 0.5, "是否为零就业家庭": rng.random() < 0.3, "邮政编码": code[:2] + "1000",
    }
    rels = ["配偶", "儿子", "女儿", "父亲", "母亲", "孙子"] if f["婚姻状况"] == "已婚" else ["儿子", "女儿", "父亲", "母亲"]
    members = []
    for rel in rng.sample(rels, rng.randint(1, min(6, len(rels)))):
        sex_m = "女" if rel in ("女儿", "母亲") or (rel == "配偶" and sex == "男") else "男"
        age = {"父亲": -28, "母亲": -26, "配偶": rng.randint(-3, 3)}.get(rel, 26)
        m = _person(rng, code, sex_m, born + timedelta(days=365 * age + rng.randrange(300)))
        members.append({**m, "关系": rel, "月收入": 0 if rel in ("儿子", "女儿", "孙子") and age > 0 else m["月收入"]})
    f["家庭人口"] = len(members) + 1
    f["家庭年度总收入"] = round(12 * income + 12 * sum(m["月收入"] for m in members) + f["家庭其他非薪资年收入"], 2)
    return {"fields": f, "members": members}


# ---------------------------------------------------------------------------------------------
# HTML


class Page:
    """One printed form: label cells in the print font, filling in the hand font (or typed)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.rows: list[Any] = []
        self.tables: list[Any] = []
        self.print_font, self.typed = rng.choice(FONTS_PRINT), rng.random() < 0.3
        self.tick = rng.choice(TICKS)
        self.arrangement = rng.choice(["right", "inline", "under", "stacked"])
        self.variety = [v for v in VARIETY if rng.random() < 0.3]
        if "thin rules" in self.variety and "missing rules" in self.variety:
            self.variety.remove("thin rules")
        self.missing = rng.choice(["rows", "columns"])  # which inner rules a "missing rules" table lacks

    def has(self, kind: str) -> bool:
        return kind in self.variety

    def note(self, label: str, shown: str) -> str:
        """``shown`` with a unit's note in brackets after it (on some labels of a "label notes" page)."""
        if self.has("label notes") and label in NOTES and self.rng.random() < 0.7:
            return shown + self.rng.choice(NOTES[label])
        return shown

    def v(self, value: Any) -> str:
        return f'<span class="v">{html.escape(str(value))}</span>'

    def ticks(self, options: list[str], ticked: list[str], after: bool = False) -> str:
        out = []
        for o in options:
            if o in ticked and self.tick == "ring":
                out.append(f'<span class="ring">{o}</span>')
                continue
            box = {"☑": "☑", "■": "■", "√": '<span class="v">√</span>'}.get(self.tick, "□") if o in ticked else "□"
            out.append(f"{o}{box}" if after else f"{box}{o}")
        return "&nbsp;&nbsp;".join(out)

    def row(self, cells: list[tuple[str, int]], height: int = 0) -> None:
        """``cells`` as (inner html, colspan); widths come from the table's columns."""
        style = f' style="height:{height}px"' if height else ""
        self.rows.append(f"<tr{style}>" + "".join(f'<td colspan="{s}">{c}</td>' for c, s in cells) + "</tr>")

    def pairs(self, items: list[tuple[str, str]], per_row: int, cols: int = 12) -> None:
        """Label/value pairs in this page's arrangement, ``per_row`` pairs a row, over ``cols`` columns."""
        for i in range(0, len(items), per_row):
            chunk = items[i : i + per_row]
            span = cols // len(chunk)
            last = cols - span * (len(chunk) - 1)
            spans = [span] * (len(chunk) - 1) + [last]
            if self.arrangement == "inline":
                self.row([(f"{lab}：{val}", s) for (lab, val), s in zip(chunk, spans, strict=True)])
            elif self.arrangement == "stacked":
                self.row([(f"{lab}<br>{val}", s) for (lab, val), s in zip(chunk, spans, strict=True)])
            elif self.arrangement == "under":
                self.row([(lab, s) for (lab, _), s in zip(chunk, spans, strict=True)])
                self.row([(val, s) for (_, val), s in zip(chunk, spans, strict=True)], height=38)
            else:
                cells: list[tuple[str, int]] = []
                for (lab, val), s in zip(chunk, spans, strict=True):
                    a = max(1, s // 3)
                    cells += [(lab, a), (val, s - a)]
                self.row(cells)

    def digit_boxes(self, number: str, width: int = 17) -> str:
        cells = "".join(f'<td class="d" style="width:{width}px">{self.v(ch)}</td>' for ch in number)
        return f'<table class="db"><tr>{cells}</tr></table>'

    def members(self, members: list[dict[str, Any]], columns: list[tuple[str, str]], side: str | None) -> list[dict[str, Any]]:
        """The member table, a table of its own under the form's: ``columns`` (printed header, canonical
        label) in a shuffled order and random widths (the ID column wide enough unless its cells wrap),
        0–2 empty rows after; with this page's variety (two-level header, digit boxes in the ID cells,
        a break the table continues after, thin or missing inner rules)."""
        cols = [(self.note(lab, h), lab) for h, lab in columns]
        self.rng.shuffle(cols[1:]) if self.rng.random() < 0.5 else self.rng.shuffle(cols)
        digit_ids = self.has("digit-box IDs")
        box_w = self.rng.choice([13, 15, 17]) if digit_ids else 17
        wrap = self.has("wrapped cells")
        weights = []
        for _, lab in cols:
            if lab == "身份证号":
                weights.append(self.rng.uniform(3.0, 3.6) if wrap and not digit_ids else self.rng.uniform(5.5, 7))
            elif lab == "姓名" and wrap:
                weights.append(self.rng.uniform(1.0, 1.3))
            else:
                weights.append(self.rng.uniform(1.5, 3.5))
        widths = [94 * w / sum(weights) if side else 100 * w / sum(weights) for w in weights]
        if digit_ids:  # the 18 boxes fit their cell: a unit sizes the column for them
            i = next(i for i, (_, lab) in enumerate(cols) if lab == "身份证号")
            need = 100 * (18 * (box_w + 1) + 14) / (900 if self.has("narrow columns") else 1080)
            if widths[i] < need:
                rest = sum(widths) - widths[i]
                widths = [need if j == i else w * (sum(widths) - need) / rest for j, w in enumerate(widths)]
        self.flush()
        n_rows = len(members) + self.rng.randint(0, 2)
        head_rows = self._member_header(cols)
        colgroup = ('<col style="width:6%">' if side else "") + "".join(f'<col style="width:{w:.1f}%">' for w in widths)
        body = []
        for i in range(n_rows):
            m = members[i] if i < len(members) else None
            cells = []
            for _, lab in cols:
                val = "" if m is None else _shown(lab, m[lab], self.rng)
                if m is not None and lab == "身份证号" and digit_ids:
                    val_html = self.digit_boxes(m[lab], box_w)
                else:
                    val_html = self.v(val) if val else ""
                cells.append(f"<td>{val_html}</td>")
            body.append("".join(cells))
        css = "f"
        if self.has("missing rules"):
            css += " norows" if self.missing == "rows" else " nocols"
        cut = self.rng.randint(1, n_rows - 1) if self.has("continued table") and n_rows >= 2 else n_rows
        parts = [(head_rows, body[:cut])]
        if cut < n_rows:
            parts.append((head_rows if self.rng.random() < 0.5 else [], body[cut:]))
        for k, (heads, rows) in enumerate(parts):
            if k:
                self.tables.append(self._page_break())
            side_td = f'<td rowspan="{len(heads) + len(rows)}" class="side">{side}</td>' if side else ""
            html_rows = [f'<tr class="h">{side_td if j == 0 else ""}{h}</tr>' for j, h in enumerate(heads)]
            html_rows += [f'<tr style="height:34px">{side_td if not heads and j == 0 else ""}{r}</tr>'
                          for j, r in enumerate(rows)]
            self.tables.append(f'<table class="{css}"><colgroup>{colgroup}</colgroup>{"".join(html_rows)}</table>')
        return [{lab: m[lab] for _, lab in cols} for m in members]

    def _member_header(self, cols: list[tuple[str, str]]) -> list[str]:
        """The header rows: one row of column labels, or two levels (a title over all columns, or a group
        label over two or three adjacent columns, the others merged down over both rows)."""
        if not self.has("two-level header"):
            return ["".join(f"<td>{h}</td>" for h, _ in cols)]
        if self.rng.random() < 0.4:
            title = self.rng.choice(["家庭成员情况", "家庭成员基本情况（不含本人）", "共同生活的家庭成员"])
            return [f'<td colspan="{len(cols)}" style="text-align:center">{title}</td>', "".join(f"<td>{h}</td>" for h, _ in cols)]
        k = self.rng.randint(2, min(3, len(cols) - 1))
        a = self.rng.randrange(0, len(cols) - k + 1)
        group = self.rng.choice(["基本情况", "成员信息", "收入及健康情况", "身份信息"])
        top = "".join(
            f'<td colspan="{k}" style="text-align:center">{group}</td>' if j == a else f'<td rowspan="2">{h}</td>'
            for j, (h, _) in enumerate(cols) if not a < j < a + k
        )
        return [top, "".join(f"<td>{h}</td>" for h, _ in cols[a : a + k])]

    def _page_break(self) -> str:
        """What lies between the two parts of a table split over two pages, scanned onto one image: the
        first page's foot, blank paper, the next page's head (续表)."""
        foot = self.rng.choice(["第1页 共2页", "— 1 —", ""])
        head = self.rng.choice(["（续表）", "续表", ""])
        gap = self.rng.randint(40, 110)
        return (f'<div style="text-align:center;font-size:12px;margin-top:8px">{foot}</div>'
                f'<div style="height:{gap}px;border-bottom:1px dashed #999"></div>'
                f'<div style="margin:10px 0 4px 0">{head}</div>')

    def member_blocks(self, members: list[dict[str, Any]], printed: list[tuple[str, str]]) -> list[dict[str, Any]]:
        """湖南 档案表格: one block of label/value pairs per member, titled 家庭成员信息表格N down its side."""
        self.flush()
        for i, m in enumerate(members, 1):
            pairs = [(h, self.v(_shown(lab, m[lab], self.rng))) for h, lab in printed]
            rows = [pairs[k : k + 3] for k in range(0, len(pairs), 3)]
            side = f'<td rowspan="{len(rows)}" class="side">{"<br>".join("家庭成员信息表格")}{i}</td>'
            html_rows = ["<tr>" + (side if r == 0 else "") + "".join(f"<td>{h}</td><td>{v}</td>" for h, v in row)
                         + "<td></td><td></td>" * (3 - len(row)) + "</tr>" for r, row in enumerate(rows)]
            colgroup = '<col style="width:5%">' + '<col style="width:13%"><col style="width:18.6%">' * 3
            self.tables.append(f'<table class="f"><colgroup>{colgroup}</colgroup>{"".join(html_rows)}</table>')
        return [{lab: m[lab] for _, lab in printed} for m in members]

    def flush(self) -> None:
        if self.rows:
            self.tables.append(f'<table class="f"><colgroup>{"<col>" * 12}</colgroup>{"".join(self.rows)}</table>')
            self.rows = []

    def html(self, title: str, sub: str = "") -> str:
        self.flush()
        hand = "font-family:'%s';" % (self.print_font if self.typed else HAND)
        size = self.rng.choice([14, 15, 16])
        width, margin = (900, 170) if self.has("narrow columns") else (1080, 80)
        rules = ""
        if self.has("thin rules"):
            rules = "table.f td{border:0.6px solid #555} table.f{border:1.3px solid #000}"
        rules += (" table.norows tr+tr td{border-top-color:transparent} table.norows tr td{border-bottom-color:transparent}"
                  " table.norows tr:last-child td{border-bottom-color:#000} table.f tr.h td{border-color:#000}"
                  " table.nocols td+td{border-left-color:transparent} table.nocols td{border-right-color:transparent}"
                  " table.nocols td:last-child{border-right-color:#000}")
        return f"""<html><head><meta charset="utf-8"><style>
body{{font-family:'{self.print_font}';font-size:{size}px;margin:70px {margin}px;width:{width}px}}
h1{{font-size:24px;text-align:center;margin:4px}} .sub{{text-align:center;margin-bottom:8px}}
table.f{{border-collapse:collapse;width:100%;table-layout:fixed}} table.f td{{border:1.3px solid #000;padding:4px 5px;word-break:break-all}} table.f+table.f{{margin-top:-1.3px}}
.v{{{hand}color:#1a1a40;font-size:{size + 2}px}} .ring{{border:1.6px solid #223;border-radius:50%;padding:1px 4px}}
table.db{{border-collapse:collapse}} table.db td.d{{border:1px solid #000;width:17px;height:24px;padding:0;text-align:center}}
.side{{width:22px;text-align:center}} {rules}
</style></head><body><h1>{title}</h1><div class="sub">{sub}</div>
{"".join(self.tables)}</body></html>"""


def _shown(label: str, value: Any, rng: random.Random) -> str:
    """A value as a person writes it: money with or without decimals, dates in several styles."""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float | int) and label not in ("家庭人口", "年龄"):
        return rng.choice([f"{value:g}", f"{value:,.2f}", f"{value:.2f}"])
    if label in ("出生日期", "工作时间") and isinstance(value, str):
        d = date.fromisoformat(value)
        return rng.choice([f"{d:%Y-%m-%d}", f"{d.year}年{d.month}月{d.day}日", f"{d:%Y.%m.%d}"])
    return str(value)


# ---------------------------------------------------------------------------------------------
# The four forms of the seeds


def _star(p: Page, label: str) -> str:
    return ("*" if p.rng.random() < 0.5 else "") + label


def _pairs(p: Page, f: dict[str, Any], truth: dict[str, Any], printed: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(printed label, value html) for each (printed label, canonical label); the truth records them."""
    out = []
    for shown, lab in printed:
        truth[lab] = f[lab]
        out.append((_star(p, p.note(lab, shown)), p.v(_shown(lab, f[lab], p.rng))))
    return out


def _causes(p: Page, words: list[str], truth: dict[str, Any], secondary: bool) -> tuple[str, str]:
    main = p.rng.choice(words)
    truth["主要致困原因"] = main
    second = p.rng.sample([w for w in words if w != main], p.rng.randint(0, 2)) if secondary else []
    if second:
        truth["次要致困原因"] = second
    return p.ticks(words, [main], after=p.rng.random() < 0.3), p.ticks(words, second)


NARRATIVE = "{n}口之家，本人月收入{i}元，{r}长期患病，医疗费用负担重，生活困难。"


def hangzhou(p: Page, hh: dict[str, Any]) -> tuple[str, str, dict[str, Any], list[dict[str, Any]]]:
    f, t = hh["fields"], {}
    migrant = p.rng.random() < 0.3
    t["是否农民工"] = migrant
    sub = "（" + p.ticks(["职工", "农民工"], ["农民工" if migrant else "职工"], after=True) + "）"
    p.row([("困难职工单位工会：（填写盖章）", 12)])
    items = _pairs(p, f, t, [("姓名", "姓名"), ("民族", "民族"), ("性别", "性别")])
    t["身份证号"] = f["身份证号"]
    items.append((_star(p, "身份证号"), p.digit_boxes(f["身份证号"]) if p.rng.random() < 0.7 else p.v(f["身份证号"])))
    items += _pairs(p, f, t, [("政治面貌", "政治面貌"), ("婚姻状况", "婚姻状况"), ("住房类型", "住房类型"), ("健康状况", "健康状况"),
                              ("户口类型", "户口类型"), ("医保状况", "医保状况"), ("户口所在地", "户口所在地行政区划"),
                              ("工作状态", "工作状态"), ("劳模类型", "劳模类型"), ("参加工作时间", "工作时间"), ("联系电话", "手机号码")])
    for lab in ("是否有一定自救能力", "是否为零就业家庭"):
        t[lab] = f[lab]
        items.append((lab, p.ticks(["是", "否"], ["是" if f[lab] else "否"], after=p.rng.random() < 0.5)))
    items += _pairs(p, f, t, [("家庭住址", "家庭住址"), ("本人月收入", "本人月平均收入"), ("家庭其他年收入", "家庭其他非薪资年收入"),
                              ("因困总支出", "年度必要支出")])
    p.pairs(items, p.rng.choice([3, 4]))
    members = p.members(hh["members"], [("姓名", "姓名"), ("关系", "关系"), ("性别", "性别"), ("政治面貌", "政治面貌"),
                                        ("身份证号", "身份证号"), ("月收入", "月收入")], "家庭成员")
    main, second = _causes(p, ["本人大病", "供养直系亲属大病", "残疾", "下岗失业", "收入低", "自然灾害", "重大事故", "子女上学"], t, True)
    p.row([("*主要致困原因", 3), (main, 9)])
    p.row([("次要致困原因（最少0项，最多3项）", 3), (second, 9)])
    _narrative(p, hh, t, "困难情况说明")
    p.pairs(_pairs(p, f, t, [("开户银行", "开户银行"), ("支行名称", "支行名称"), ("银行卡号", "银行卡号")]), 3)
    return "杭州市工会困难职工建档申请表", sub, t, members


def hebei(p: Page, hh: dict[str, Any]) -> tuple[str, str, dict[str, Any], list[dict[str, Any]]]:
    f, t = hh["fields"], {}
    t["困难类别"] = p.rng.choice(["全国级", "地市级"])
    p.row([("申请困难类别", 3), (p.ticks(["全国级", "地市级"], [t["困难类别"]]), 9)])
    items = _pairs(p, f, t, [("姓名", "姓名"), ("民族", "民族"), ("性别", "性别"), ("政治面貌", "政治面貌")])
    t["婚姻状况"] = f["婚姻状况"]
    items.append(("婚姻情况", p.ticks(["未婚", "已婚", "离异", "丧偶"], [f["婚姻状况"]], after=True)))
    items += _pairs(p, f, t, [("公民身份号码", "身份证号"), ("户籍地址", "户口所在地行政区划"), ("现居住地", "家庭住址"),
                              ("工作单位", "工作单位"), ("联系电话", "手机号码"), ("本人月平均收入", "本人月平均收入"),
                              ("家庭非薪资收入", "家庭其他非薪资年收入"), ("家庭人口", "家庭人口")])
    p.pairs(items, p.rng.choice([2, 3, 4]))
    rel = p.rng.choice(["与申请人关系", "家庭成员关系", "关系"])
    members = p.members(hh["members"], [("姓名", "姓名"), (rel, "关系"), ("性别", "性别"), ("公民身份号码", "身份证号"),
                                        ("健康状况", "健康状况"), ("月收入", "月收入")], p.rng.choice(["家庭成员", None]))
    main, _ = _causes(p, ["本人大病", "供养直系亲属大病", "本人残疾", "家属残疾", "家属下岗失业", "收入低", "自然灾害",
                          "重大意外事故", "子女上学"], t, False)
    p.row([("主要致困原因", 3), (main, 9)])
    _narrative(p, hh, t, "家庭困难原因及状况", prompt="直接叙述：")
    return "困难职工申报表", "以下内容为申请人填写，填写前请详细阅读填写说明", t, members


def hunan(p: Page, hh: dict[str, Any]) -> tuple[str, str, dict[str, Any], list[dict[str, Any]]]:
    f, t = hh["fields"], dict[str, Any]()
    p.row([("困难救助申请人基本情况", 12)])
    items = _pairs(p, f, t, [("姓  名", "姓名"), ("性  别", "性别")])
    born, today = date.fromisoformat(f["出生日期"]), date.today()
    t["年龄"] = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    items.append(("年  龄", p.v(t["年龄"])))
    t["有无低保"] = p.rng.random() < 0.4
    items.append(("有无低保", p.ticks(["有低保", "无低保"], ["有低保" if t["有无低保"] else "无低保"])))
    items += _pairs(p, f, t, [("身份证号码", "身份证号"), ("工作状态", "工作状态"), ("工作单位", "工作单位"), ("联系电话", "手机号码")])
    p.pairs(items, p.rng.choice([2, 4]))
    main, _ = _causes(p, ["家庭收入低", "因病致困", "意外致困", "子女上学"], t, False)
    p.row([("致困原因", 3), (main, 9)])
    members: list[dict[str, Any]] = []
    if p.rng.random() < 0.7:  # a unit that adds the members to its printing of 附件1
        rel = p.rng.choice(["与户主关系", "关系", "与申请人关系"])
        members = p.members(hh["members"], [("姓名", "姓名"), (rel, "关系"), ("身份证号码", "身份证号"), ("月收入", "月收入"),
                                            ("健康状况", "健康状况")], p.rng.choice(["家庭成员", None]))
    _narrative(p, hh, t, "家庭主要困难情况")
    return "困难职工家庭建档申请审批表", "", t, members


def national(p: Page, hh: dict[str, Any], blocks: bool = False) -> tuple[str, str, dict[str, Any], list[dict[str, Any]]]:
    """The national 档案表 (a member table), or 湖南's 档案表格 (``blocks``: one block per member)."""
    f, t = hh["fields"], {}
    p.arrangement = p.rng.choice(["under", "under", "right"])  # the 样表 prints a row of labels over a row of blanks
    t["职工编号"] = f"{f['工作单位'][:2]}{2014 + p.rng.randrange(10)}{p.rng.randrange(1, 200):04d}"
    t["困难类别"] = p.rng.choice(["全国级", "省级", "地市级"])
    p.pairs([("*职工编号", p.v(t["职工编号"])), ("*困难类别", p.v(t["困难类别"]))], 2)
    p.pairs(_pairs(p, f, t, [("姓名", "姓名"), ("民族", "民族"), ("性别", "性别"), ("政治面貌", "政治面貌"), ("身份证号", "身份证号"),
                             ("出生日期", "出生日期")]), 6 if p.arrangement == "under" else 3)
    p.pairs(_pairs(p, f, t, [("住房类型", "住房类型"), ("手机号码", "手机号码"), ("婚姻状况", "婚姻状况"), ("医保状况", "医保状况"),
                             ("健康状况", "健康状况"), ("工作状态", "工作状态")]), 6 if p.arrangement == "under" else 3)
    p.pairs(_pairs(p, f, t, [("家庭住址", "家庭住址"), ("邮政编码", "邮政编码"), ("工作单位", "工作单位")]), 3)
    p.pairs(_pairs(p, f, t, [("本人月平均收入", "本人月平均收入"), ("家庭其他非薪资年收入", "家庭其他非薪资年收入"),
                             ("家庭年度总收入", "家庭年度总收入"), ("家庭人口", "家庭人口")]), 4)
    p.pairs(_pairs(p, f, t, [("是否有一定自救能力", "是否有一定自救能力"), ("是否为零就业家庭", "是否为零就业家庭")]), 2)
    if blocks:
        members = p.member_blocks(hh["members"], [("*姓名", "姓名"), ("*关系（是户主的）", "关系"), ("性别", "性别"),
                                                  ("*身份证号", "身份证号"), ("出生日期", "出生日期"), ("政治面貌", "政治面貌"),
                                                  ("*月收入", "月收入"), ("*健康状况", "健康状况")])
    else:
        members = p.members(hh["members"], [("姓名", "姓名"), ("关系", "关系"), ("性别", "性别"), ("政治面貌", "政治面貌"),
                                            ("身份证号", "身份证号"), ("出生日期", "出生日期"), ("健康状况", "健康状况")],
                            "家庭主要成员")
    t["主要致困原因"] = p.rng.choice(["家庭成员无劳动能力", "下岗失业", "家庭成员患重大疾病", "子女上学"])
    p.pairs([("*主要致困原因", p.v(t["主要致困原因"]))], 1)
    p.pairs(_pairs(p, f, t, [("开户银行", "开户银行"), ("支行名称", "支行名称"), ("银行卡号", "银行卡号")]), 3)
    return ("困难职工档案表格（*为必填项）" if blocks else "困难职工档案表（*为必填项）"), "", t, members


def _narrative(p: Page, hh: dict[str, Any], t: dict[str, Any], label: str, prompt: str = "") -> None:
    f = hh["fields"]
    sick = hh["members"][0]["关系"] if hh["members"] else "本人"
    t["困难情况说明"] = NARRATIVE.format(n=f["家庭人口"], i=f"{f['本人月平均收入']:g}", r=sick)
    p.row([(label, 3), (prompt + p.v(t["困难情况说明"]), 9)], height=70)


FORMS = {"杭州": hangzhou, "河北": hebei, "湖南": hunan, "全国": national,
         "湖南档案": lambda p, hh: national(p, hh, blocks=True)}


# ---------------------------------------------------------------------------------------------
# Rendering and scoring


def render(page_html: str, png: Path, scale: float) -> None:
    """Chromium prints the HTML on an A4 window (1240 × 1754 CSS px = 150 dpi) at ``scale`` × 150 dpi."""
    from PIL import Image

    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as fh:
        fh.write(page_html)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--force-device-scale-factor={scale}", f"--screenshot={png}", "--window-size=1240,1754",
                    f"file://{fh.name}"], capture_output=True, timeout=120, check=True)
    Path(fh.name).unlink()
    Image.open(png).convert("L").save(png, dpi=(150 * scale, 150 * scale))


def dark_copy(png: Path, rng: random.Random) -> None:
    """A dark photocopy of the page scanned at 150 dpi: grey paper, toner noise and specks, slightly
    blurred and thickened strokes."""
    import cv2
    import numpy as np

    grey = cv2.imread(str(png), cv2.IMREAD_GRAYSCALE)
    if grey is None:
        raise SystemExit(f"cannot read {png}")
    img: Any = grey.astype(np.float32)
    paper, ink = rng.uniform(165, 205), rng.uniform(10, 40)
    img = ink + (img / 255.0) ** rng.uniform(1.3, 2.0) * (paper - ink)  # darker mid-tones: strokes thicken
    h, w = img.shape
    nrng = np.random.default_rng(rng.randrange(2**32))
    img += cv2.resize(nrng.normal(0, 9, (h // 40 + 1, w // 40 + 1)).astype(np.float32), (w, h))  # uneven toner
    img += nrng.normal(0, rng.uniform(6, 12), img.shape).astype(np.float32)
    specks = nrng.random(img.shape) < 0.0015
    img[specks] = ink
    img = cv2.GaussianBlur(np.clip(img, 0, 255), (3, 3), 0.7)
    cv2.imwrite(str(png), np.clip(img, 0, 255).astype(np.uint8))
    from PIL import Image

    Image.open(png).save(png, dpi=(150, 150))


def build(out: Path, n: int, seed: int) -> list[dict[str, Any]]:
    """``n`` forms (the four in turn) rendered into ``out``, with truth.jsonl."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    truths = []
    for i in range(n):
        kind = list(FORMS)[i % len(FORMS)]
        p = Page(rng)
        title, sub, fields, members = FORMS[kind](p, household(rng))
        scale = 1.0 if p.has("dark copy 150 dpi") else rng.choice([1.0, 1.5, 2.0])
        name = f"{i:03d}_{kind}.png"
        render(p.html(title, sub), out / name, scale)
        if p.has("dark copy 150 dpi"):
            dark_copy(out / name, rng)
        truths.append({"file": name, "doc_type": "建档申请表", "fields": fields, "members": members, "form": kind,
                       "arrangement": p.arrangement, "tick": p.tick, "dpi": 150 * scale, "typed": p.typed,
                       "variety": p.variety})
    (out / "truth.jsonl").write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in truths), encoding="utf-8")
    return truths


def summary(scored: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, str]:
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for t, sc in scored:
        for key in ("fields (all)", f"  {t['form']}", f"  arrangement {t['arrangement']}"):
            groups[key][0] += sum(sc["fields"].values())
            groups[key][1] += len(sc["fields"])
    for key, (a, b) in (("member-table fields", ("m_ok", "m_total")), ("members found", ("rows_found", "rows_total"))):
        groups[key] = [sum(sc[a] for _, sc in scored), sum(sc[b] for _, sc in scored)]
        for v in VARIETY:  # by the variety a page shows (a page shows several)
            part = [sc for t, sc in scored if v in t.get("variety", [])]
            groups[f"  {key}, {v}"] = [sum(sc[a] for sc in part), sum(sc[b] for sc in part)]
        plain = [sc for t, sc in scored if not t.get("variety")]
        groups[f"  {key}, none of these"] = [sum(sc[a] for sc in plain), sum(sc[b] for sc in plain)]
    for v in VARIETY:
        part = [sc for t, sc in scored if v in t.get("variety", [])]
        groups[f"  fields, {v}"] = [sum(sum(sc["fields"].values()) for sc in part), sum(len(sc["fields"]) for sc in part)]
    order = ["fields (all)", *(f"  {k}" for k in FORMS), *sorted(k for k in groups if "arrangement" in k),
             *(f"  fields, {v}" for v in VARIETY),
             "member-table fields", *(k for k in groups if k.startswith("  member-table fields,")),
             "members found", *(k for k in groups if k.startswith("  members found,"))]
    out = {k: f"{100 * groups[k][0] / groups[k][1]:.1f}% ({groups[k][1]})" if groups[k][1] else "–" for k in order}
    out["emitted values failing validation"] = f"{sum(sc['invalid'] for _, sc in scored)} of {sum(sc['emitted'] for _, sc in scored)}"
    return out


def load_or_build(out: Path, build_corpus: Callable[[], list[dict[str, Any]]], what: str) -> list[dict[str, Any]]:
    """The corpus' truth lines: read from ``out`` when it was printed before, else printed now."""
    if (out / "truth.jsonl").exists():
        return [json.loads(ln) for ln in (out / "truth.jsonl").read_text(encoding="utf-8").splitlines() if ln]
    print(f"{what} into {out} …", file=sys.stderr)
    return build_corpus()


def score_engines(args: argparse.Namespace, out: Path, truths: list[dict[str, Any]],
                  summary_of: Callable[[list[Any]], dict[str, str]],
                  dump_row: Callable[[dict[str, Any], dict[str, Any]], dict[str, Any]]) -> dict[str, dict[str, str]]:
    """Each engine of ``--engines`` over the corpus, scored by extraction_accuracy's ``score_file``; with
    ``--dump``, our reader's misses per file (``dump_row`` adds the source's own description of the page)."""
    files = [out / t["file"] for t in truths]
    table: dict[str, dict[str, str]] = {}
    for name in [e.strip() for e in args.engines.split(",") if e.strip()]:
        cache = args.cache if name != "naive" else None
        if cache:
            cache.mkdir(parents=True, exist_ok=True)
        results, perf = run_engine(name, files, args.workers, cache)
        scored = [(t, score_file(t, results.get(str(f)))) for t, f in zip(truths, files, strict=True)]
        table[name] = {**summary_of(scored), "seconds": f"{perf['seconds']:.0f}"}
        if args.dump and name != "naive":
            with args.dump.open("w", encoding="utf-8") as fh:
                for (t, sc), f in zip(scored, files, strict=True):
                    res = results.get(str(f)) or {}
                    miss = {k: [t["fields"].get(k), res.get("fields", {}).get(k)] for k, ok in sc["fields"].items() if not ok}
                    members = [t["members"], res.get("members")] if sc["m_ok"] < sc["m_total"] else None
                    row = {"file": t["file"], **dump_row(t, res), "miss": miss, "members": members}
                    fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    return table


def print_table(table: dict[str, dict[str, str]]) -> None:
    """One markdown table: a row per metric, a column per engine."""
    names = list(table)
    rows = list(dict.fromkeys(r for n in names for r in table[n]))
    print("| metric | " + " | ".join(names) + " |\n|---|" + "---|" * len(names))
    for r in rows:
        print(f"| {r} | " + " | ".join(table[n].get(r, "") for n in names) + " |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--forms", type=int, default=12)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=None, help="corpus folder (reused when truth.jsonl exists)")
    ap.add_argument("--engines", default="rapidocr,naive")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--cache", type=Path, default=None, help="keep OCR between runs (tuning the field logic only)")
    ap.add_argument("--dump", type=Path, default=None, help="per-file misses of our reader as JSONL")
    args = ap.parse_args(argv)
    out = args.out or Path(f"/tmp/browser-forms-{args.forms}-{args.seed}")
    truths = load_or_build(out, lambda: build(out, args.forms, args.seed), f"rendering {args.forms} forms")

    def dump_row(t: dict[str, Any], res: dict[str, Any]) -> dict[str, Any]:
        return {"form": t["form"], "arrangement": t["arrangement"], "tick": t["tick"], "variety": t.get("variety")}

    table = score_engines(args, out, truths, summary, dump_row)
    print(f"browser-printed application forms: {len(truths)} pages, {out}")
    print_table(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
