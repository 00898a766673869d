"""Document type from the page text: title keywords plus votes of the field labels printed on it.

A title near the top of the first page counts three times as much as the same words in the body, since
an application form mentions 低保, 公示 and 劳动合同 in its boxes but is titled 申请表/档案表. When the best
type does not clearly beat the runner-up, or scores too little, the answer is 其他 (a person looks).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dangan.extractors.layout import TextLine, group_rows, label_of
from dangan.schemas.labels import HOUSEHOLD_LABELS
from dangan.schemas.normalise import simplified

# keyword → weight, per type. Title-ish keywords are heavy; body words are light.
KEYWORDS: dict[str, dict[str, float]] = {
    "建档申请表": {
        "建档申请": 6,
        "申请审批表": 6,
        "审批表": 4,
        "申报表": 5,
        "档案表": 5,
        "困难职工档案": 4,
        "申请表": 4,
        "建档立卡": 2,
        "家庭成员": 1,
        "致困原因": 1.5,
        "主要致困原因": 1.5,
        "次要致困原因": 1.5,
    },
    "收入证明": {
        "收入证明": 6,
        "工资收入证明": 6,
        "工资证明": 5,
        "工资流水": 4,
        "工资条": 4,
        "工资表": 5,
        "工资明细": 5,
        "工资发放": 4,
        "月均工资": 3,
        "实发工资": 3,
        "应发": 1.5,  # a payslip's columns (REAL-DOCUMENTS.md: 应发, 扣款, 实发)
        "实发": 1.5,
        "扣款": 1,
        "年收入": 1.5,
        "劳资部门": 2,
        "我单位职工": 1,  # any unit's 证明 says it: only money words make it a 收入证明
    },
    "诊断证明": {
        "诊断证明": 6,
        "诊断书": 6,
        "疾病证明": 5,
        "医院": 2,
        "诊断": 2,
        "医师": 2,
        "门诊": 1.5,
        "住院": 1.5,
        "病历": 1.5,
        "建议": 0.5,
    },
    "残疾人证": {
        "残疾人证": 7,
        "残疾证": 5,
        "残疾类别": 3,
        "残疾等级": 3,
        "残疾人联合会": 3,
        "残联": 2,
    },
    "低保证": {
        "最低生活保障": 7,
        "低保证": 6,
        "低保金": 3,
        "保障人数": 3,
        "保障金额": 3,
        "民政局": 2,
        # a booklet's inner leaves copied without its cover (REAL-DOCUMENTS: cities print their own): the count
        # and the monthly sum in the cities' words (享受低保人数, 月保障金), the term, the office's 低保专用章
        "低保人数": 3,
        "月保障金": 3,
        "保障期限": 2,
        "享受低保": 2,
        "低保专用章": 4,
    },
    "身份证": {
        "居民身份证": 7,
        "公民身份号码": 4,
        "签发机关": 3,
        "有效期限": 2,
        "住址": 1,
    },
    "户口簿": {
        "常住人口登记卡": 7,
        "户口簿": 6,
        "居民户口簿": 7,
        "与户主关系": 3,
        "户主或与户主关系": 3,
        "户别": 2,
        "户号": 2,
        "户主姓名": 3,
        # the 常住人口登记卡's own labels (REAL-DOCUMENTS), printed on no other paper: a card whose title
        # and relation label OCR lost is still a 户口簿 page
        "公民身份证件编号": 3,
        "曾用名": 2,
        "宗教信仰": 2,
        "兵役状况": 2,
        "服务处所": 2,
        "迁来本市": 2,
        "迁来本址": 2,
        "户口专用章": 3,
    },
    "公示证明": {
        "公示证明": 7,
        "公示单": 5,
        "名单公示": 5,
        "公示期": 4,
        "公示": 2,
        "无异议": 2,
        "有异议": 1,
        "予以公示": 3,
    },
    "劳动合同": {
        "劳动合同书": 7,
        "劳动合同": 5,
        "甲方": 2,
        "乙方": 2,
        "用人单位": 2,
        "合同期限": 1.5,
        "试用期": 2,
        "劳动报酬": 2,
    },
    "其他": {
        # what a household adds (ARCHIVE-SCHEMA.md §3, REAL-DOCUMENTS.md): its heading names it
        "录取通知书": 7,
        "通知书": 4,
        "学生证": 6,
        "在读证明": 6,
        "在校证明": 6,
        "学籍": 3,
        "学费": 3,
        "票据": 3,
        "收费票据": 5,
        "收据": 5,
        "发票": 5,
        "结算单": 5,
        "交款人": 3,
        "收款单位": 3,
        "大写": 1.5,
        "银行卡": 6,
        "借记卡": 6,
        "储蓄卡": 5,
        "存折": 5,
        "银联": 4,
        "卡号": 2,
        "离婚证": 7,
        "结婚证": 7,
        "离婚协议": 7,
        "判决书": 7,
        "裁定书": 7,
        "调解书": 7,
        "人民法院": 5,
        "原告": 3,
        "被告": 3,
        "死亡证明": 7,
        "火化": 5,
        "灾害证明": 7,
        "事故证明": 7,
        "事故认定": 6,
        "授权书": 7,
        "声明书": 6,
        "承诺书": 5,
        "委托书": 5,
        "郑重声明": 3,  # the seeds' 授权书（声明书）, or a personal declaration titled 声明
        "声明": 3,
        "就读": 3,
        "学生姓名": 3,
        "我校": 2,
        "户名": 2,
        "民主评议": 3,  # a notice names the procedure (申请、调查、民主评议、公示) in its body; the record is titled so
        "会议记录": 5,
        "会议纪要": 5,
        # the seeds' 民主评议会议记录 (样式) rows: minutes print who chaired and who wrote them; a 公示 lists
        # the 民主评议结果 too, a form neither
        "主持人": 2,
        "记录人": 2,
        "参会人": 2,
        # the seeds' 授权书（声明书）: it ends 特此授权, its signers give their fingerprints (指模)
        "特此授权": 4,
        "指模": 2,
        "居住证": 6,
        "失业证": 5,
        "医药费": 3,
        "收费": 2,
        # a hospital's other papers: its bill (费用清单, 收费员) and its medical record (主诉, 现病史, 既往史
        # head a 病历's sections), never printed on a 诊断证明书
        "费用清单": 5,
        "费用明细": 4,
        "收费员": 3,
        "主诉": 3,
        "现病史": 3,
        "既往史": 3,
    },
}

# Types whose words also fill other papers (a receipt names the hospital and 门诊, a court paper the
# contract and its parties): they count only when a heading says what the paper is.
HEADINGS: dict[str, tuple[str, ...]] = {
    "诊断证明": (
        "诊断证明",
        "诊断书",
        "疾病证明",
        "病情证明",
        "病情诊断",
        "出院证明",
        "出院记录",
        "病假证明",
    ),
    "劳动合同": ("劳动合同", "聘用合同", "劳务合同", "用工合同"),
}
NO_HEADING = 0.3  # what is left of such a type's score without its heading

# a keyword this heavy is the name of a paper (最低生活保障, 户口簿, 诊断证明 …), never a label
TITLE_WEIGHT = 6
MIN_SCORE = 4.0
MARGIN = 1.5  # the best type must beat the runner-up by this factor for full confidence


@dataclass(frozen=True)
class Classification:
    doc_type: str
    confidence: float
    scores: dict[str, float]


_ID_LABEL = re.compile(r"居民身份证(?=号)")


# a short note in brackets inside a paper's name ("低保（困难）证", "最低生活保障（困难）证"): the name without it
_NAME_NOTE = re.compile(r"[（(][^（()）]{1,4}[）)]")


# a 低保证 under a longer name, the words between 低保 and 证 its city's ("城乡低保救助证", "低保金领取证",
# "低保户证", "低保家庭保障证"): the card's name all the same (a 低保证明, a letter, is no card's name and keeps
# its words, and neither is a form's "低保户身份证号", a person's ID)
_DIBAO_NAME = re.compile(r"低保(?![\u4e00-\u9fa5]{0,2}身份)[\u4e00-\u9fa5]{1,4}?证(?!明)")


def _norm(text: str) -> str:
    # hand-written pages come back from OCR partly in traditional glyphs (民主評議會議記錄): folded, their
    # titles and labels count as printed
    return _DIBAO_NAME.sub("低保证", _NAME_NOTE.sub("", simplified(re.sub(r"[\s\u3000*＊]", "", text))))


def classify_text(
    text: str,
    *,
    title: str = "",
    n_household_labels: int = 0,
    aspect: float | None = None,
    headings: str | None = None,
) -> Classification:
    """Score each type; ``title`` is the text of the top of the first page, ``headings`` the short
    lines printed larger than the rest (the title of a card photocopied anywhere on the page)."""
    # a label naming an ID number ("居民身份证号码" on a contract, a receipt, a certificate) is no title of
    # an ID card: only the card itself is headed 居民身份证
    body, head = _ID_LABEL.sub("身份证", _norm(text)), _ID_LABEL.sub("身份证", _norm(title))
    heads = head + "|" + _norm(headings if headings is not None else title)
    # a paper's own name printed as a heading anywhere (a card's cover copied below its data face) is its
    # title too; a label printed large is not (only the names of papers weigh this much)
    named = _ID_LABEL.sub("身份证", _norm(headings or ""))
    scores: dict[str, float] = {}
    for doc_type, words in KEYWORDS.items():
        s = 0.0
        h, b = head, body
        # longest keywords first, and a matched occurrence is used up: "诊断证明" does not count "诊断" too
        for w, weight in sorted(words.items(), key=lambda kv: len(kv[0]), reverse=True):
            if w in h or (weight >= TITLE_WEIGHT and w in named):
                s += 3 * weight
                h = h.replace(w, "\0")
                b = b.replace(w, "\0", 1)
            elif w in b:
                s += weight
                b = b.replace(w, "\0")
        known = headings is not None or bool(title)  # bare text: where the headings are is unknown
        if known and doc_type in HEADINGS and not any(w in heads for w in HEADINGS[doc_type]):
            s *= NO_HEADING
        scores[doc_type] = s
    # the application forms print many household labels; no other document does (an ID card, a 户口簿
    # page, a payslip or a notice print up to six): past ten, each one more is strong evidence, so a form
    # whose materials checklist names 银行卡复印件, 居住证, 劳动合同, 医药费票据 … is still a form
    scores["建档申请表"] += min(12.0, 1.0 * max(0, n_household_labels - 3)) + 3.0 * max(
        0, n_household_labels - 10
    )
    # an ID card is a small card (85.6 × 54 mm, ratio ≈ 1.58) with 公民身份号码 on it
    if aspect is not None and 1.45 <= aspect <= 1.72 and "公民身份号码" in body:
        scores["身份证"] += 8
    if "公民身份号码" in body and "居民身份证" not in body and n_household_labels >= 6:
        scores["身份证"] -= 4  # the Hebei 申报表 prints 公民身份号码 too
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, s1), (_second, s2) = ranked[0], ranked[1]
    if s1 < MIN_SCORE:
        return Classification("其他", 0.5 if s1 <= 0 else 0.4, scores)
    ratio = s1 / max(s2, 1e-6) if s2 > 0 else 10.0
    conf = min(0.99, 0.6 + 0.39 * min(1.0, (ratio - 1.0) / (MARGIN * 2 - 1.0)))
    conf *= min(1.0, 0.7 + s1 / 40)
    if ratio < 1.15:
        return Classification("其他", 0.4, scores)
    return Classification(best, round(conf, 3), scores)


def classify_lines(lines: Sequence[TextLine], page_size: tuple[int, int] | None = None) -> Classification:
    """Classify from positioned lines: the title is what lies in the top fifth of page 0."""
    if not lines:
        return Classification("其他", 0.3, {})
    first = [ln for ln in lines if ln.page == 0] or list(lines)
    top = min(ln.box[1] for ln in first)
    bottom = max(ln.box[3] for ln in first)
    height = page_size[1] if page_size else bottom
    limit = top + 0.2 * max(1.0, (height if page_size else bottom) - top)
    # a sentence in the top fifth (a notice's first paragraph) is body text, not a title; the title's
    # texts in the order of their rows, left to right (a title spaced out "灾　害　证　明" comes back one
    # character a text, their centres a pixel or two apart)
    # a field's label alone in its text is a label there too (a booklet's leaves copied side by side: the
    # member list's header 与户主关系 and the holder's 户主姓名 stand in the top fifth), not the paper's name
    title = "".join(
        ln.text
        for row in group_rows(first)
        for ln in row
        if ln.box[3] <= limit + 1 and not _sentence(ln.text) and label_of(ln.text) is None
    )
    text = "".join(ln.text for row in group_rows(lines) for ln in row)
    labels = set()
    household = set(HOUSEHOLD_LABELS.values())
    for ln in lines:
        lab = label_of(ln.text.split("：")[0].split(":")[0])
        if lab in household:
            labels.add(lab)
    aspect = None
    if page_size:
        w, h = page_size
        aspect = max(w, h) / max(1, min(w, h))
    return classify_text(
        text, title=title, n_household_labels=len(labels), aspect=aspect, headings=_headings(lines)
    )


def _sentence(text: str) -> bool:
    """A line of running text: long, with a comma or full stop inside it."""
    t = _norm(text)
    return len(t) > 20 and bool(re.search(r"[，,。；;]", t[:-1]))


def _headings(lines: Sequence[TextLine]) -> str:
    """Short lines printed at least 15 % taller than the page's usual line: headings, wherever they are."""
    if not lines:
        return ""
    heights = sorted(ln.height for ln in lines)
    usual = heights[len(heights) // 2]
    # a text's box in a ruled cell is as tall as the cell lets it be: the width of its characters tells a
    # large title (a card's cover printed below its rows) from the rows' labels and values too
    pitches = sorted(p for ln in lines if (p := _pitch(ln)) is not None)
    wide = 1.3 * pitches[len(pitches) // 2] if pitches else float("inf")
    large = [
        ln
        for ln in lines
        if len(_norm(ln.text)) <= 16 and (ln.height >= 1.15 * usual or (_pitch(ln) or 0.0) >= wide)
    ]
    return "|".join([*(ln.text for ln in large), *vertical_runs(large)])


def vertical_runs(lines: Sequence[TextLine]) -> list[str]:
    """Words printed down the page (a letter's title set vertically, as an old-style notice prints
    录取通知书 down its right edge): OCR reads each character as a text of its own, stacked in one column of
    like-sized characters; each run of three or more, top to bottom."""
    singles = sorted(
        (ln for ln in lines if len(t := _norm(ln.text)) == 1 and "\u4e00" <= t <= "\u9fff"),
        key=lambda t: (t.page, t.box[1]),
    )
    used: set[int] = set()
    runs: list[str] = []
    for i, ln in enumerate(singles):
        if i in used:
            continue
        run = [ln]
        for j in range(i + 1, len(singles)):
            o, last = singles[j], run[-1]
            if (
                j not in used
                and o.page == last.page
                and abs(o.cx - last.cx) <= 0.3 * last.height
                and 0.8 <= o.height / max(last.height, 1.0) <= 1.25
                and -0.2 * last.height <= o.box[1] - last.box[3] <= 1.0 * last.height
            ):
                run.append(o)
                used.add(j)
        if len(run) >= 3:
            runs.append("".join(_norm(t.text) for t in run))
    return runs


def _pitch(ln: TextLine) -> float | None:
    """The width a character of a horizontal line of Chinese takes (None for other texts)."""
    t = _norm(ln.text)
    if len(t) < 2 or sum("\u4e00" <= c <= "\u9fff" for c in t) < 0.8 * len(t):
        return None
    w, h = ln.box[2] - ln.box[0], ln.box[3] - ln.box[1]
    return w / len(t) if w >= h else None
