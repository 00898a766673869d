"""Printings of the four application forms added with rotation 4 (2026-12-06), held out when added.

HELD OUT (``layouts.HELD_OUT``): never render, open, OCR or read this module while fixing readers.
Written from the seeds and REAL-DOCUMENTS.md with the parts of ``forms_draw``; labels as the seeds word them
(and the synonyms the seeds themselves print: 劳模类别, 联系电话, 公民身份号码, 户籍地址, 现居住地 …).

- 杭州/轮换4: two pages. Grey label cells beside their values, two pairs a row, a heavy frame; the ID number
  in 18 boxes grouped 6-8-4; options printed ○ with the chosen one inked ●; the causes as a table with one
  row per cause (主要 / 次要 columns) beside the 困难情况说明 box; the member table (关系 first, blank rows) on
  page 2 with the signature, the 困难类别 ticked in brackets 「（√）」 and the three signers in ruled cells.
- 河北/轮换4: one page of thin inner rules in a heavy outer frame, split by 「一、… 四、」 section rows;
  label-left pairs, two or three a row; options ticked in brackets 「在职（√）」; the member table starts with
  与申请人关系, its 单位或学校名称 column narrow (names wrap); 家庭财产 as a small grid of kinds; the
  expenses in a table with a 合计 column under a label merged down two rows; declaration and the union's
  opinion side by side, the seal on the opinion.
- 湖南/轮换4: two pages. Label-left pairs up to three a row; 有无低保 written (有 / 无) instead of ticked; the
  chosen 致困原因 and 建议困难类别 underlined by hand; the long rows with their label printed above them;
  page 2 the union's first opinion (seal), the county centre's rows and an appended 家庭成员情况 table.
- 全国/轮换4: page 1 A4 landscape, four label/value pairs a row, options as printed 「□」 glyphs with a √
  written over the chosen one, the ID number in grouped boxes; page 2 portrait, each member a block of
  four lines of 「label：value」 cells with its number merged down the left, then the 立卡 options.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any, Literal

# forms registers each kind's first printing and the printings of rotations 1 to 3 before these
from dangan.synth import forms, forms_rotation3  # noqa: F401
from dangan.synth.canvas import BLACK, INK_BLUE, Page, text_width
from dangan.synth.forms_draw import (
    F,
    Fill,
    MCol,
    hebei_split,
    new_page,
    printed_text,
    span_label,
    ticked_of,
    value,
)
from dangan.synth.forms_hangzhou import ALWAYS as HZ_ALWAYS
from dangan.synth.forms_hangzhou import CATEGORIES as HZ_CATEGORIES
from dangan.synth.forms_hangzhou import CAUSES as HZ_CAUSES
from dangan.synth.forms_hangzhou import TITLE as HZ_TITLE
from dangan.synth.forms_hangzhou import YES_NO
from dangan.synth.forms_hebei import ALWAYS as HB_ALWAYS
from dangan.synth.forms_hebei import CATEGORIES as HB_CATEGORIES
from dangan.synth.forms_hebei import CAUSES as HB_CAUSES
from dangan.synth.forms_hebei import IDENTITY, MARITAL, _identity
from dangan.synth.forms_hebei import TITLE as HB_TITLE
from dangan.synth.forms_hunan import ALWAYS as HN_ALWAYS
from dangan.synth.forms_hunan import CATEGORIES as HN_CATEGORIES
from dangan.synth.forms_hunan import TITLE as HN_TITLE
from dangan.synth.forms_national import LEGEND
from dangan.synth.forms_rotation3 import _document
from dangan.synth.households import ACTION_PLANS, FOUR_BATCHES, HUNAN_CAUSES, KEY_GROUPS, Household
from dangan.synth.layouts import layout
from dangan.synth.render import A4, LABEL_SIZE, Cell, Document, Grid, L, Style, _free, _seal_on, _title

GREY = (226, 226, 226)
WHITE = (255, 255, 255)
Mark = Literal["dot", "paren", "textbox", "underline"]
Fn = Callable[[float, float, float, float], None]  # a cell's drawing, called with the cell's corners


def _put(cell: Cell, x0: float, y0: float, x1: float, y1: float) -> None:
    """Draw a cell's content into a box that is not a grid cell (a line of the page, part of a cell)."""
    if callable(cell):
        cell(x0, y0, x1, y1)


# -- parts of these printings ---------------------------------------------------------------------------
class RuledGrid(Grid):
    """A ``Grid`` whose cell rules have their own weight (a unit's thin or heavy table lines)."""

    def __init__(self, page: Page, st: Style, x: float, y: float, w: float, lw: float = 0.3) -> None:
        super().__init__(page, st, x, y, w)
        self.lw = lw

    def row(self, cells: list[tuple[float, Cell]], h: float, label_size: float = LABEL_SIZE) -> None:
        total = sum(wt for wt, _ in cells)
        x = self.x
        for wt, cell in cells:
            cw = self.w * wt / total
            self.page.rect(x, self.y, x + cw, self.y + h, self.lw)
            if isinstance(cell, L):
                self.page.fit(x, self.y, x + cw, self.y + h, cell.text, label_size, self.st.label_font)
            elif callable(cell):
                cell(x, self.y, x + cw, self.y + h)
            x += cw
        self.y += h

    def frame(self, top: float, lw: float = 0.75) -> None:
        """A heavy rule round the rows drawn since ``top``."""
        self.page.rect(self.x, top, self.x + self.w, self.y, lw)


def shaded(f: Fill, text: str, size: float = 2.8) -> Fn:
    """A label cell printed with a grey ground."""

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        f.p.rect(x0, y0, x1, y1, 0.25, fill=GREY)
        f.p.fit(x0, y0, x1, y1, text, size, f.st.label_font)

    return draw


def _printed_option(option: str, mark: Mark) -> str:
    return {"dot": "○" + option, "paren": option + "（\u3000）", "textbox": "□" + option}.get(mark, option)


def _mark(f: Fill, mark: Mark, x: float, y: float, option: str, size: float) -> None:
    """Mark ``option`` (printed at x, y) as chosen: ● inked over its ○, √ in its brackets or over its □, or a
    stroke under it."""
    p, st = f.p, f.st
    ink = st.color if st.hand else BLACK
    rng = st.rng
    if mark == "dot":
        p.text(x, y, "●", size, st.label_font, "lm", ink)
    elif mark == "paren":
        inside = x + text_width(option + "（", size, st.label_font)
        p.text(inside + 0.3, y, "√", size * 1.1, "sans", "lm", ink)
    elif mark == "textbox":
        cx = x + text_width("□", size, st.label_font) / 2
        p.text(cx + (rng.uniform(-0.3, 0.3) if st.hand else 0), y, "√", size * 1.2, "sans", "mm", ink)
    else:
        w = text_width(option, size, st.label_font)
        base = y + size * 0.62
        if st.hand:
            pts = [(x - 0.6 + w * k / 6, base + rng.uniform(-0.25, 0.25)) for k in range(7)]
            pts[-1] = (x + w + 0.8, pts[-1][1] - rng.uniform(0, 0.4))
            p.poly(pts, 0.35, ink)
        else:
            p.line(x, base, x + w, base, 0.3, ink)


def marks(f: Fill, options: Sequence[str], ticked: set[str], mark: Mark, size: float = 3.0) -> Fn:
    """Options across the cell (wrapping), printed in this printing's way, the chosen ones marked."""

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        st = f.st
        texts = [_printed_option(o, mark) for o in options]
        widths = [text_width(t, size, st.label_font) + size * 1.3 for t in texts]
        lines: list[list[int]] = [[]]
        used = 0.0
        for i, w in enumerate(widths):
            if lines[-1] and used + w > x1 - x0 - 2:
                lines.append([])
                used = 0.0
            lines[-1].append(i)
            used += w
        gap = min(size * 1.6, (y1 - y0 - 1) / len(lines))
        y = (y0 + y1) / 2 - (len(lines) - 1) * gap / 2
        for line in lines:
            x = x0 + 1.4
            for i in line:
                f.p.text(x, y, texts[i], size, st.label_font)
                if options[i] in ticked:
                    _mark(f, mark, x, y, options[i], size)
                x += widths[i]
            y += gap

    return draw


def grouped_boxes(f: Fill, v: Any, groups: Sequence[int] = (6, 8, 4)) -> Fn:
    """An ID number in 18 boxes set in groups (region 6, birth date 8, serial and check 4), one character a box."""
    chars = str(v or "")

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        st, p = f.st, f.p
        n, spacer = sum(groups), 0.6
        bw = min((x1 - x0 - 2) / (n + spacer * (len(groups) - 1)), 5.4)
        bh = min(y1 - y0 - 1.6, bw * 1.4)
        total = bw * (n + spacer * (len(groups) - 1))
        x, top = x0 + (x1 - x0 - total) / 2, (y0 + y1 - bh) / 2
        xs: list[float] = []
        for count in groups:
            for _ in range(count):
                xs.append(x)
                x += bw
            x += bw * spacer
        for left in xs:
            p.rect(left, top, left + bw, top + bh, 0.2)
        size = min(bh * 0.76, bw * 1.05, 3.6)
        for i, ch in enumerate(chars[:n]):
            dx, dy = (st.rng.uniform(-0.3, 0.3), st.rng.uniform(-0.3, 0.3)) if st.hand else (0.0, 0.0)
            p.text(xs[i] + bw / 2 + dx, top + bh / 2 + dy, ch, size, st.value_font, "mm", st.color)

    return draw


def _content(f: Fill, x: F, record: dict[str, Any], mark: Mark) -> Cell:
    v = record.get(x.key) if x.key else None
    if x.options:
        return marks(f, x.options, ticked_of(v), mark, 2.9)
    if x.boxes:
        return grouped_boxes(f, v)
    return value(f, v, x.key or "")


def pair_rows(g: Grid, f: Fill, record: dict[str, Any], rows: Sequence[Sequence[F]], h: float, mark: Mark,
              grey: bool = False, label_size: float = 2.8) -> list[str]:
    """Label cell | value cell pairs (grey label cells when ``grey``); returns the record keys printed."""
    for row in rows:
        cells: list[tuple[float, Cell]] = []
        for x in row:
            cells += [(x.label_w, shaded(f, x.label, label_size) if grey else L(x.label)),
                      (x.w, _content(f, x, record, mark))]
        g.row(cells, h, label_size)
    return [x.key for row in rows for x in row if x.key and x.truth]


def member_rows(g: Grid, f: Fill, members: Sequence[dict[str, Any]], cols: Sequence[MCol], rows: int,
                row_h: float, id_cell: str = "text", numbered: bool = False) -> list[dict[str, Any]]:
    """One row per member and blank rows up to ``rows``; ``id_cell`` "grouped" writes 身份证号 in grouped
    boxes. Returns the member truth."""
    for i in range(max(rows, len(members))):
        m = members[i] if i < len(members) else None
        cells: list[tuple[float, Cell]] = [(0.4, L(str(i + 1)))] if numbered else []
        for c in cols:
            if m is None or c.key is None:
                cells.append((c.w, None))
            elif c.key == "身份证号" and id_cell == "grouped":
                cells.append((c.w, grouped_boxes(f, m[c.key])))
            else:
                cells.append((c.w, value(f, m[c.key], c.key)))
        g.row(cells, row_h)
    return [{c.key: m[c.key] for c in cols if c.key} for m in members]


def _ink_name(f: Fill, name: Any, size: float = 4.2) -> Fn:
    """A signer's name written in the cell."""

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        f.p.text(x0 + 3, (y0 + y1) / 2, str(name or ""), size, "kai", color=f.st.color)

    return draw


def _page_no(p: Page, st: Style, n: int, of: int) -> None:
    p.text(p.w - 40, p.h - 9, f"共{of}页  第{n}页", 2.7, st.label_font)


# ---------------------------------------------------------------------------------------------------------
@layout("建档申请表/杭州", "杭州/轮换4")
def form_hangzhou_grey_two_pages(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    _title(p, st, HZ_TITLE, 15, 5.8)
    migrant = set() if r["是否农民工"] is None else {"农民工" if r["是否农民工"] else "职工"}
    width = sum(text_width("○" + o, 3.2, st.label_font) + 3.2 * 1.3 for o in ("职工", "农民工"))
    p.text(80, 23.5, "（", 3.2, st.label_font)
    marks(f, ("职工", "农民工"), migrant, "dot", 3.2)(83, 20, 83 + width + 5, 27)
    p.text(83 + width - 1.5, 23.5, "）", 3.2, st.label_font)
    p.text(14, 31, "困难职工单位工会（盖章）：", 3.1, st.label_font)
    p.line(56, 33.5, 130, 33.5, 0.2)
    _put(value(f, r["单位"], align="left"), 56, 27, 130, 33)
    p.text(14, 38.5, "区、县（市）、开发区工会、产业工会（盖章）：", 3.1, st.label_font)
    p.line(83, 41, 130, 41, 0.2)
    if sealed:
        _seal_on(p, st, 168, 33, f"{hh.unit.name}工会委员会", "", 16)
    g = RuledGrid(p, st, 14, 45, 182, 0.25)
    top = g.y
    lw = 1.0
    rows = [
        [F("*姓名", "姓名", 1.6, lw=lw), F("*性别", "性别", 1.6, lw=lw)],
        [F("*民族", "民族", 1.6, lw=lw), F("*政治面貌", "政治面貌", 1.6, lw=lw)],
        [F("*身份证号", "身份证号", 4.2, boxes=True, lw=lw)],
        [F("*婚姻状况", "婚姻状况", 4.2, ("未婚", "已婚", "离异", "丧偶"), lw=lw)],
        [F("*健康状况", "健康状况", 1.6, lw=lw), F("*户口类型", "户口类型", 1.6, ("非农业", "农业"), lw=lw)],
        [F("*户口所在地", "户口所在地行政区划", 1.6, lw=lw), F("*住房类型", "住房类型", 1.6, lw=lw)],
        [F("*医保状况", "医保状况", 1.6, lw=lw), F("*工作状态", "工作状态", 1.6, lw=lw)],
        [F("*劳模类别", "劳模类型", 1.6, lw=lw), F("*参加工作时间", "工作时间", 1.6, lw=lw)],
        [F("*劳动合同签订时间", "劳动合同签订时间", 1.6, lw=lw), F("*合同期限", "合同期限", 1.6, lw=lw)],
        [F("*联系电话", "手机号码", 1.6, lw=lw), F("*本人月收入", "本人月平均收入", 1.6, lw=lw)],
        [F("*家庭其他年收入", "家庭其他非薪资年收入", 1.6, lw=lw), F("*因困总支出", "年度必要支出", 1.6, lw=lw)],
        [F("*家庭住址", "家庭住址", 4.2, lw=lw)],
        [F("是否有一定自救能力", "是否有一定自救能力", 1.6, YES_NO, lw=lw),
         F("是否为零就业家庭", "是否为零就业家庭", 1.6, YES_NO, lw=lw)],
    ]
    printed = pair_rows(g, f, r, rows, 8.6, "dot", grey=True, label_size=2.7)
    g.frame(top)

    # the causes, one row per cause, beside the narrative
    y0 = g.y + 4
    left = RuledGrid(p, st, 14, y0, 104, 0.25)
    left.row([(1.7, shaded(f, "致困原因")), (1.0, shaded(f, "*主要致困原因（单选）", 2.5)),
              (1.2, shaded(f, "次要致困原因（0-3项）", 2.5))], 10)
    main, second = ticked_of(r["主要致困原因"]), ticked_of(r["次要致困原因"])

    def dot(on: bool) -> Cell:
        def draw(x0: float, y0: float, x1: float, y1: float) -> None:
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            p.text(cx, cy, "○", 3.0, st.label_font, "mm")
            if on:
                p.text(cx, cy, "●", 3.0, st.label_font, "mm", st.color if st.hand else BLACK)

        return draw

    for cause in HZ_CAUSES:
        left.row([(1.7, L(cause)), (1.0, dot(cause in main)), (1.2, dot(cause in second))], 6.4, 2.8)
    left.frame(y0, 0.6)
    right = RuledGrid(p, st, 122, y0, 74, 0.25)
    right.row([(1.0, shaded(f, "困难情况说明"))], 10)
    right.row([(1.0, _free(p, st, str(r["困难情况说明"] or ""), 3.0))], left.y - right.y)
    right.frame(y0, 0.6)
    g.y = left.y + 4
    top = g.y
    printed += pair_rows(g, f, r, [[F("*开户银行", "开户银行", 1.3, lw=0.8), F("*支行名称", "支行名称", 1.3, lw=0.8),
                                    F("*银行卡号", "银行卡号", 2.2, lw=0.8)]], 9.5, "dot", grey=True)
    g.frame(top)
    _page_no(p, st, 1, 2)

    q = Page(p.w, p.h)
    fq = f.on(q)
    q.text(14, 14, f"{HZ_TITLE}（第二页）", 3.4, st.label_font)
    h = RuledGrid(q, st, 14, 20, 182, 0.25)
    top = h.y
    h.row([(1.0, shaded(fq, "家庭成员（与申请人共同生活）", 3.0))], 9)
    cols = [
        MCol("关系", "关系", 0.8),
        MCol("姓名", "姓名", 1.0),
        MCol("身份证号", "身份证号", 2.8),
        MCol("性别", "性别", 0.45),
        MCol("月收入（元）", "月收入", 0.9),
        MCol("政治面貌", "政治面貌", 0.9),
        MCol("备注", None, 0.7),
    ]
    h.row([(c.w, shaded(fq, c.label, 2.7)) for c in cols], 8)
    members = member_rows(h, fq, hh.members, cols, rng.randint(1, 6), 9.5,
                          "grouped" if rng.random() < 0.5 else "text")
    h.frame(top)
    h.y += 6
    top = h.y

    def signature(x0: float, y0: float, x1: float, y1: float) -> None:
        q.text(x0 + 2, y0 + 5, "申请职工签名：", 3.0, st.label_font)
        q.text(x0 + 10, y0 + 13, str(r["姓名"] or ""), 4.4, "kai", color=INK_BLUE)
        q.text(x0 + 2, y1 - 4, "年    月    日", 2.8, st.label_font)

    def category(x0: float, y0: float, x1: float, y1: float) -> None:
        q.text(x0 + 2, y0 + 5, "困难类别（由杭州市总工会职工服务中心认定）：", 3.0, st.label_font)
        marks(fq, HZ_CATEGORIES, ticked_of(r["困难类别"]), "paren", 2.9)(x0, y0 + 8, x1, y1 - 1)

    h.row([(2.0, signature), (5.0, category)], 22)
    h.row([(0.8, shaded(fq, "经办人")), (1.5, _ink_name(fq, r["建档人"])), (0.8, shaded(fq, "审核人")),
           (1.5, _ink_name(fq, r["审核人"])), (0.8, shaded(fq, "审批人")), (1.5, None)], 11)
    h.frame(top)
    notes = ["填表说明：1、带“*”号项为必填项。2、“工作状态”和“劳模类型”为职工必填项；“劳动合同签订时间”和",
             "“合同期限”为农民工必填项。3、所填资料需保证真实、准确，与《工会帮扶工作管理系统》电子档案信息一致。"]
    for i, ln in enumerate(notes):
        q.text(14, h.y + 8 + i * 4.4, ln, 2.5, st.label_font)
    _page_no(q, st, 2, 2)
    q.members = list(members)
    first = ["单位", "是否农民工", *printed, "主要致困原因", "次要致困原因", "困难情况说明"]
    second_keys = ["困难类别", "建档人", "审核人"]
    assert set(first) | set(second_keys) >= set(HZ_ALWAYS)
    return _document(hh, [p, q], [list(dict.fromkeys(first)), second_keys], members, sealed, 0, HZ_TITLE,
                     "杭州/轮换4")


# ---------------------------------------------------------------------------------------------------------
@layout("建档申请表/河北", "河北/轮换4")
def form_hebei_sections(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    p.text(12, 9, "附件2", 3.0, st.label_font)
    _title(p, st, HB_TITLE, 16, 6.4)
    p.text(12, 25, "编号：", 3.0, st.label_font)
    p.line(22, 27, 60, 27, 0.2)
    p.text(108, 25, "申请困难类别：", 3.1, st.label_font)
    marks(f, HB_CATEGORIES, ticked_of(r["困难类别"]), "paren", 3.1)(130, 21, 198, 29)
    g = RuledGrid(p, st, 12, 30, 186, 0.18)
    top = g.y

    def section(text: str) -> None:
        g.row([(1.0, printed_text(f, text, 3.0))], 6.5)

    record = {**r, "职工身份": _identity(r) if r["工作状态"] is not None else None}
    section("一、申请人基本情况（以下内容为申请人填写，填写前请详细阅读填写说明）")
    rows = [
        [F("姓  名", "姓名", 1.3, lw=0.8), F("性  别", "性别", 0.6, lw=0.7), F("民  族", "民族", 0.8, lw=0.7)],
        [F("政治面貌", "政治面貌", 1.0, lw=0.8), F("婚姻情况", "婚姻状况", 3.0, MARITAL, lw=0.8)],
        [F("公民身份号码", "身份证号", 2.2, lw=1.0), F("联系电话", "手机号码", 1.4, lw=0.8)],
        [F("户籍地址", "户口所在地行政区划", 2.4, lw=0.8), F("家庭人口", "家庭人口", 0.6, lw=0.8)],
        [F("现居住地", "家庭住址", 4.0, lw=0.8)],
        [F("工作单位", "工作单位", 1.7, lw=0.8), F("职工身份", "职工身份", 1.9, IDENTITY, lw=0.8, truth=False)],
        [F("本人月平均收入（元）", "本人月平均收入", 1.0, lw=1.5),
         F("家庭非薪资收入（元）", "家庭其他非薪资年收入", 1.0, lw=1.5)],
    ]
    printed = pair_rows(g, f, record, rows, 8.8, "paren", label_size=2.7)
    section("二、家庭成员情况（不含申请人本人）")
    cols = [
        MCol("与申请人关系", "关系", 0.85),
        MCol("姓 名", "姓名", 1.0),
        MCol("性别", "性别", 0.45),
        MCol("健康状况", "健康状况", 0.75),
        MCol("公民身份号码", "身份证号", 2.4),
        MCol("月收入", "月收入", 0.75),
        MCol("身份 在职/失业/退休/在读", "人员身份", 0.9),
        MCol("单位或学校名称", "单位或学校", 1.0),
    ]
    g.row([(c.w, L(c.label)) for c in cols], 10, 2.5)
    n_rows = rng.randint(1, 6)
    row_h = 8.0 if max(n_rows, len(hh.members)) <= 4 else 7.2
    members = member_rows(g, f, hh.members, cols, n_rows, row_h)
    section("三、家庭财产")
    own = r["住房类型"] if r["住房类型"] in ("商品房", "自建房") else None
    kinds = ("商品房", "自建房", "拆迁安置房", "商铺")
    g.row([(1.0, L("不动产")), *((1.0, L(k)) for k in kinds), (1.0, L("机动车辆")), (1.2, L("其他财产"))], 7, 2.7)
    have = {k: (f"1套，{r['建筑面积']}平方米" if own == k else "无") for k in kinds}
    g.row([(1.0, L("套数/面积")), *((1.0, value(f, have[k])) for k in kinds), (1.0, value(f, "无")),
           (1.2, value(f, "无"))], 7.5, 2.7)
    section("四、致困原因及家庭必要性支出")
    g.row([(1.1, L("主要致困原因")), (6.5, marks(f, HB_CAUSES, ticked_of(r["主要致困原因"]), "paren", 2.8))], 12)
    g.row([(1.1, L("家庭困难原因及状况")), (6.5, _free(p, st, "直接叙述：" + str(r["困难情况说明"] or ""), 3.1))], 19)
    med, edu, other = hebei_split(hh)
    known = r["年度必要支出"] is not None
    ex_top = g.y
    g.row([(1.1, None), (1.0, L("医疗费用")), (1.0, L("教育费用")), (1.7, L("其他生活致困必要支出")),
           (1.0, L("合  计"))], 7, 2.7)
    g.row([(1.1, None), (1.0, value(f, med if known else None)), (1.0, value(f, edu if known else None)),
           (1.7, value(f, other if known else None)), (1.0, value(f, r["年度必要支出"]))], 8)
    span_label(g, ex_top, g.w * 1.1 / 5.8, "必要性支出（元）", 2.8)

    def declaration(x0: float, y0: float, x1: float, y1: float) -> None:
        lines = ["本人声明：1.本人已阅读填表说明，不存在填表说明第1项的情况。",
                 "2.本人愿意配合工作人员的各项调查工作，并如实反映情况。", "3.本人将积极配合工会及其他相关部门一起制定帮扶计划。"]
        for i, ln in enumerate(lines):
            p.fit(x0, y0 + 1 + i * 5.2, x1, y0 + 6 + i * 5.2, ln, 2.6, st.label_font, "left", pad=2)
        p.text(x0 + 3, y1 - 6, "申请人：", 3.1, st.label_font)
        p.text(x0 + 18, y1 - 6, str(r["姓名"] or ""), 4.2, "kai", color=INK_BLUE)
        p.text(x0 + 40, y1 - 6, "日期：" + st.date(hh.created.isoformat()), 2.9, st.label_font)

    def opinion(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 2, y0 + 5, "基层工会意见：", 3.0, st.label_font)
        p.text(x0 + 6, y0 + 12, "情况属实，同意上报。", 3.3, st.value_font, color=st.color)
        p.text(x1 - 24, y1 - 11, "（盖章）", 3.0, st.label_font)
        p.text(x1 - 34, y1 - 4.5, "年    月    日", 2.8, st.label_font)
        if sealed:
            _seal_on(p, st, x1 - 26, (y0 + y1) / 2 + 2, f"{hh.unit.name}工会委员会", "", 15)

    g.row([(4.0, declaration), (3.0, opinion)], min(34.0, 290 - g.y))
    g.frame(top, 0.8)
    p.members = list(members)
    keys = list(dict.fromkeys(["困难类别", *printed, *HB_ALWAYS]))
    return _document(hh, [p], [keys], members, sealed, 0, HB_TITLE, "河北/轮换4")


# ---------------------------------------------------------------------------------------------------------
@layout("建档申请表/湖南", "湖南/轮换4")
def form_hunan_written(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st)
    p.text(16, 11, "附件1", 3.1, st.label_font)
    _title(p, st, HN_TITLE, 20, 6.2)
    p.text(150, 29, "编号：", 3.0, st.label_font)
    g = RuledGrid(p, st, 16, 33, 178, 0.3)
    g.row([(1.0, L("困难救助申请人基本情况"))], 8.5, 3.2)
    dibao = r["有无低保"]
    record = {**r, "有无低保": None if dibao is None else "有" if dibao else "无"}
    printed = pair_rows(g, f, record, [
        [F("姓  名", "姓名", 1.4, lw=0.75), F("性  别", "性别", 0.6, lw=0.75), F("年  龄", "年龄", 0.6, lw=0.75)],
        [F("身份证号码", "身份证号", 2.2, lw=0.9), F("有无低保", "有无低保", 0.7, lw=0.75)],
        [F("工作单位", "工作单位", 2.2, lw=0.9), F("工作状态", "工作状态", 0.7, lw=0.75)],
        [F("联系电话", "手机号码", 3.65, lw=0.9)],
    ], 10, "underline", label_size=3.0)
    printed += pair_rows(g, f, r, [[F("致困原因", "主要致困原因", 3.65, HUNAN_CAUSES, lw=0.9)]], 11, "underline",
                         label_size=3.0)

    def above(label: str, cell: Cell, h: float) -> None:
        g.row([(1.0, printed_text(f, label, 3.1))], 7.5)
        g.row([(1.0, cell)], h)

    above("家庭主要困难情况：", _free(p, st, str(r["困难情况说明"] or ""), 3.3), 58)

    def promise(x0: float, y0: float, x1: float, y1: float) -> None:
        p.fit(x0, y0, x1, y0 + 10, "本人承诺以上所填情况皆真实，愿意接受审核。若隐瞒或弄虚作假，自愿承担责任。", 3.1,
              st.label_font, "left", pad=3)
        p.text(x1 - 96, y1 - 5, "承诺人（签名）", 3.0, st.label_font)
        p.text(x1 - 68, y1 - 5, str(r["姓名"] or ""), 4.4, "kai", color=INK_BLUE)
        p.text(x1 - 40, y1 - 5, st.date(hh.created.isoformat()), 3.2, st.value_font, color=st.color)

    above("本人承诺：", promise, 22)

    def check(x0: float, y0: float, x1: float, y1: float) -> None:
        p.text(x0 + 3, y0 + 6, "经入户核查，情况属实。", 3.2, st.value_font, color=st.color)
        p.text(x0 + 3, y0 + 14, "建议困难类别：", 3.1, st.label_font)
        marks(f, HN_CATEGORIES, ticked_of(r["困难类别"]), "underline", 3.2)(x0 + 26, y0 + 10, x1 - 40, y0 + 18)
        p.text(x1 - 92, y1 - 6, "入户核查人签名：", 3.0, st.label_font)
        p.text(x1 - 62, y1 - 6, str(r["建档人"] or ""), 4.0, "kai", color=INK_BLUE)
        p.text(x1 - 32, y1 - 6, "年   月   日", 2.9, st.label_font)

    above("入户核查人员意见：", check, 30)
    _page_no(p, st, 1, 2)

    q = Page(p.w, p.h)
    fq = f.on(q)
    h = RuledGrid(q, st, 16, 16, 178, 0.3)

    def above_q(label: str, cell: Cell, height: float) -> None:
        h.row([(1.0, printed_text(fq, label, 3.1))], 7.5)
        h.row([(1.0, cell)], height)

    def first(x0: float, y0: float, x1: float, y1: float) -> None:
        q.text(x0 + 3, y0 + 7, "同意上报。", 3.4, st.value_font, color=st.color)
        q.text(x1 - 100, y1 - 7, "（公章+ 审签人签字）", 3.0, st.label_font)
        q.text(x1 - 62, y1 - 7, str(r["审核人"] or ""), 4.0, "kai", color=INK_BLUE)
        q.text(x1 - 38, y1 - 7, st.date((hh.created - timedelta(days=3)).isoformat()), 3.0, st.value_font,
               color=st.color)
        if sealed:
            _seal_on(q, st, x1 - 45, (y0 + y1) / 2, f"{hh.unit.name}工会委员会", "", 16)

    def blank(signer: str) -> Cell:
        def draw(x0: float, y0: float, x1: float, y1: float) -> None:
            q.text(x1 - 100, y1 - 7, signer, 3.0, st.label_font)
            q.text(x1 - 36, y1 - 7, "年   月   日", 2.9, st.label_font)

        return draw

    above_q("单位工会或社区工会初审意见：", first, 34)
    above_q("市/县工会帮扶中心入户复核人员意见：", blank("入户复核人签名："), 24)
    above_q("市/县工会帮扶中心审核意见：", blank("（公章+ 审签人签字 ）"), 24)
    h.y += 8
    q.text(16, h.y, "附：家庭成员情况（申请人本人不填）", 3.3, st.label_font)
    h.y += 4
    cols = [
        MCol("与申请人关系", "关系", 0.9),
        MCol("姓名", "姓名", 1.0),
        MCol("年龄", "年龄", 0.5),
        MCol("身份证号码", "身份证号", 2.3),
        MCol("月收入（元）", "月收入", 0.8),
        MCol("单位或学校名称", "单位或学校", 1.9),
        MCol("备注", None, 0.6),
    ]
    h.row([(c.w, L(c.label)) for c in cols], 9, 2.7)
    members = member_rows(h, fq, hh.members, cols, rng.randint(1, 6), 9)
    _page_no(q, st, 2, 2)
    q.members = list(members)
    first_keys = list(dict.fromkeys([*printed, "困难情况说明", "困难类别", "建档人"]))
    assert set(first_keys) | {"审核人"} >= set(HN_ALWAYS)
    return _document(hh, [p, q], [first_keys, ["审核人"]], members, sealed, 1, HN_TITLE, "湖南/轮换4")


# ---------------------------------------------------------------------------------------------------------
def _inline(f: Fill, label: str, v: Any, key: str) -> Fn:
    """「label：value」 in one cell of a member block."""

    def draw(x0: float, y0: float, x1: float, y1: float) -> None:
        st = f.st
        text = label + "："
        size = min(2.7, (x1 - x0) * 0.55 / max(text_width(text, 1.0, st.label_font), 0.1))
        f.p.text(x0 + 1.0, (y0 + y1) / 2, text, size, st.label_font)
        start = x0 + 1.4 + text_width(text, size, st.label_font)
        if key == "身份证号" and v:
            grouped_boxes(f, v)(start, y0, x1, y1)
        else:
            _put(value(f, v, key, align="left"), start, y0, x1, y1)

    return draw


MEMBER_LINES: list[list[tuple[str, str, float]]] = [
    [("*姓名", "姓名", 1.1), ("*关系（是户主的）", "关系", 1.3), ("性别", "性别", 0.6), ("*民族", "民族", 0.7),
     ("年龄", "年龄", 0.6)],
    [("*身份证号", "身份证号", 2.3), ("出生日期", "出生日期", 1.1), ("政治面貌", "政治面貌", 0.9)],
    [("*月收入", "月收入", 0.8), ("*健康状况", "健康状况", 0.9), ("*婚姻状况", "婚姻状况", 0.8),
     ("*人员身份", "人员身份", 0.8)],
    [("*医保状况", "医保状况", 1.2), ("单位或学校", "单位或学校", 2.1)],
]


@layout("建档申请表/全国", "全国/轮换4")
def form_national_landscape_blocks(hh: Household, st: Style, sealed: bool) -> Document:
    r, rng = hh.record, st.rng
    p, f = new_page(st, landscape=True)
    _title(p, st, "困难职工档案表（*为必填项）", 12, 5.6)
    p.text(10, 21, "填报单位：", 3.0, st.label_font)
    p.line(26, 23.5, 96, 23.5, 0.2)
    _put(value(f, r["单位"], align="left"), 26, 17, 96, 23)
    migrant = set() if r["是否农民工"] is None else {"困难农民工" if r["是否农民工"] else "困难职工"}
    marks(f, ("困难职工", "困难农民工"), migrant, "textbox", 3.0)(104, 17, 156, 25)
    p.text(157, 21, "（劳动合同签订时间：", 3.0, st.label_font)
    _put(value(f, r["劳动合同签订时间"], "劳动合同签订时间"), 186, 17, 214, 25)
    p.text(215, 21, "合同期限：", 3.0, st.label_font)
    _put(value(f, r["合同期限"], "合同期限"), 230, 17, 285, 25)
    p.text(285, 21, "）", 3.0, st.label_font)
    printed = ["单位", "是否农民工", "劳动合同签订时间", "合同期限"]
    g = RuledGrid(p, st, 10, 27, 277, 0.28)
    top = g.y
    yn = YES_NO
    rows = [
        [F("*职工编号", "职工编号", 1.5), F("*困难类别", "困难类别"), F("*档案类型", "档案类型"), F("*建档标准", "建档标准")],
        [F("*姓名", "姓名"), F("*性别", "性别"), F("*民族", "民族"), F("*政治面貌", "政治面貌")],
        [F("*身份证号", "身份证号", 3.6, boxes=True), F("*出生日期", "出生日期"), F("年龄", "年龄")],
        [F("*健康状况", "健康状况"), F("疾病/残疾类别", "疾病/残疾类别", lw=1.1), F("*婚姻状况", "婚姻状况"),
         F("是否单亲", "是否单亲", 1.0, yn)],
        [F("*工作状态", "工作状态"), F("*工作时间", "工作时间"), F("*劳模类型", "劳模类型"), F("*医保状况", "医保状况", 1.3)],
        [F("*住房类型", "住房类型", 1.2), F("建筑面积", "建筑面积"), F("手机号码", "手机号码", 1.2),
         F("其他联系方式", "其他联系方式", 1.2)],
        [F("*家庭住址", "家庭住址", 3.6), F("邮政编码", "邮政编码"), F("*户口类型", "户口类型")],
        [F("*户口所在地行政区划", "户口所在地行政区划", 2.2, lw=1.4), F("工作单位", "工作单位", 2.6)],
        [F("单位性质", "单位性质"), F("企业状况", "企业状况"), F("*所属行业", "所属行业", 1.2), F("*家庭人口", "家庭人口")],
        [F("*本人月平均收入", "本人月平均收入", lw=1.2), F("*家庭其他非薪资年收入", "家庭其他非薪资年收入", lw=1.4),
         F("*家庭年度总收入", "家庭年度总收入", lw=1.2), F("家庭月人均收入", "家庭月人均收入", lw=1.2)],
        [F("是否有一定自救能力", "是否有一定自救能力", 1.0, yn, lw=1.3),
         F("是否为零就业家庭", "是否为零就业家庭", 1.0, yn, lw=1.3), F("*主要致困原因", "主要致困原因", 1.6),
         F("年度必要支出", "年度必要支出")],
        [F("次要致困原因（0-3项）", "次要致困原因", 3.6, lw=1.4), F("其他（文字描述）", None, 2.2, lw=1.2)],
        [F("开户银行", "开户银行", 1.2), F("支行名称", "支行名称", 1.3), F("银行卡号", "银行卡号", 2.4)],
        [F("是否为解困脱困对象", "解困脱困对象", 1.0, yn, lw=1.3), F("立卡时间", "立卡时间"),
         F("帮扶单位", "帮扶单位", 1.4), F("帮扶责任人", "帮扶联系人")],
        [F("*建档人", "建档人"), F("*审核人", "审核人"), F("录入人", "录入人"), F("备注", "备注", 1.6)],
    ]
    printed += pair_rows(g, f, r, rows, 8.6, "textbox", label_size=2.6)
    g.frame(top, 0.6)
    p.fit(10, g.y + 1.5, 230, g.y + 11, "致困原因（选项）：" + LEGEND, 2.6, st.label_font, "left")
    p.text(236, g.y + 22, "（建档工会盖章）", 3.0, st.label_font)
    if sealed:
        _seal_on(p, st, 255, min(g.y + 14, 192), f"{hh.unit.name}工会委员会", "", 16)

    q = Page(*A4)
    fq = f.on(q)
    _title(q, st, "家庭成员信息", 14, 5.2)
    h = RuledGrid(q, st, 10, 22, 190, 0.25)
    blocks = max(len(hh.members), rng.randint(1, 4))
    line_h = 8.0 if blocks <= 4 else 7.0
    lead = 0.45
    members: list[dict[str, Any]] = []
    for i in range(blocks):
        m = hh.members[i] if i < len(hh.members) else None
        top = h.y
        for line in MEMBER_LINES:
            scale = 6.0 / sum(w for _, _, w in line)
            cells: list[tuple[float, Cell]] = [(lead, None)]
            cells += [(w * scale, _inline(fq, lb, m[k] if m is not None else None, k)) for lb, k, w in line]
            h.row(cells, line_h)
        span_label(h, top, h.w * lead / (lead + 6.0), f"成员{i + 1}", 2.8)
        h.frame(top, 0.55)
        if m is not None:
            members.append({k: m[k] for line in MEMBER_LINES for _, k, _ in line})
        h.y += 1.5
    h.y += 4
    h.row([(1.0, L("五类重点群体")), (6.0, marks(fq, KEY_GROUPS, ticked_of(r["五类重点群体"]), "textbox", 2.6))], 14)
    h.row([(1.0, L("“四个一批”措施")), (6.0, marks(fq, FOUR_BATCHES, ticked_of(r["四个一批措施"]), "textbox", 2.6))],
          10)
    h.row([(1.0, L("七个行动计划")), (6.0, marks(fq, ACTION_PLANS, ticked_of(r["七个行动计划"]), "textbox", 2.6))], 14)
    h.row([(1.0, L("职工签字")), (2.5, _ink_name(fq, r["姓名"], 4.4)), (1.0, L("帮扶责任人签字")), (2.5, None)], 13)
    q.members = list(members)
    second = ["五类重点群体", "四个一批措施", "七个行动计划"]
    assert math.isclose(p.w, A4[1])
    return _document(hh, [p, q], [list(dict.fromkeys(printed)), second], members, sealed, 0, "困难职工档案表",
                     "全国/轮换4")
