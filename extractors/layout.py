"""Page geometry → label/value pairs, member tables and ticked boxes.

Works on positioned text lines from any source (OCR lines, words of a text PDF, the text of grid cells),
so the same pairing logic serves RapidOCR, Tesseract and born-digital PDFs. Written by hand: no
maintained library pairs Chinese form labels with values on ruled forms (layout-parser and friends
need trained layout models that cannot be downloaded here).
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any

import numpy as np

from dangan.schemas.labels import (
    CELL_ONLY,
    COLON_LABELS,
    DRAWN_VARIANTS,
    HOUSEHOLD_LABELS,
    LABEL_SYNONYMS,
    MEMBER_COLUMN_SYNONYMS,
    MEMBER_COLUMN_WORDINGS,
    MEMBER_LABELS,
    canonical_label,
)

Box = tuple[float, float, float, float]

# Labels printed on the non-form documents (收入证明, 诊断证明, 残疾人证 …) and the printed variants of
# them; the ruled application forms use the canonical labels of schemas/labels.py.
EXTRA_LABELS: dict[str, str] = {
    "统计月数": "统计月数",
    "月均工资": "月均工资",
    "月平均工资": "月均工资",
    "月均实发工资": "月均实发工资",
    "月平均实发工资": "月均实发工资",
    "年收入": "年收入",
    "经办人": "经办人",
    "经办": "经办人",  # the clerk's role said short, as an opinion's foot prints it (负责人：… 经办：…)
    "制表人": "经办人",  # a payslip is signed by the clerk who drew it up
    "出具日期": "出具日期",
    "开具日期": "出具日期",
    # a letter's phone under the shorter word ("经办人：刘敏  电话：0731-…"): its contact number (手机号码, which a
    # 收入证明 calls 联系电话)
    "电话": "手机号码",
    "医院名称": "医院名称",
    "医院": "医院名称",
    "诊断": "诊断",
    "诊断结果": "诊断",
    "诊断意见": "诊断",
    "临床诊断": "诊断",
    "医师": "医师",
    "医生": "医师",
    "医师签名": "医师",
    "医生签名": "医师",
    "主治医师": "医师",
    "残疾人证号": "残疾人证号",
    "残疾证号": "残疾人证号",
    "残疾类别": "残疾类别",
    "残疾等级": "残疾等级",
    "发证日期": "发证日期",
    "证号": "证号",
    "低保证号": "证号",
    "保障人数": "保障人数",
    "月保障金额": "月保障金额",
    "保障金额": "月保障金额",
    "发证机关": "发证机关",
    "有效期": "有效期",
    "有效期至": "有效期",
    "住址": "住址",
    "户主姓名": "户主姓名",
    "用人单位": "用人单位",
    "甲方": "用人单位",
    "乙方": "姓名",
    "甲方（用人单位）": "用人单位",
    "乙方（劳动者）": "姓名",
    "乙方（职工）": "姓名",
    "合同起始": "合同起始",
    "合同终止": "合同终止",
    "公示期起": "公示期起",
    "公示期止": "公示期止",
    "结果": "结果",
    "公示结果": "结果",
    "出生": "出生日期",
    "公民身份号码": "身份证号",
    "职工姓名": "姓名",
    "申请人姓名": "姓名",
    "患者姓名": "姓名",
    "姓名": "姓名",
    "性别": "性别",
    "民族": "民族",
    "年龄": "年龄",
    "有无低保": "有无低保",
    "日期": "日期",
    "是否盖章": "是否盖章",
    "医疗费用": "医疗费用",
    "教育费用": "教育费用",
    "其他生活致困必要支出": "其他生活致困必要支出",
    "其他必要支出": "其他生活致困必要支出",
    # the year's necessary spending under a heading of its own wording, its parts (医疗 | 教育 | 其他) and their
    # 合计 beside it
    "必要性支出": "年度必要支出",
    "必要支出": "年度必要支出",
    "入户核查人签名": "建档人",
    "审签人签字": "审核人",  # 湖南 审批表: 单位工会初审意见 …（公章+审签人签字）name
    "审签人签名": "审核人",
    "科别": "科别",
    "交款人": "姓名",
    "收款单位": "收款单位",  # printed beside 交款人 on receipts: a label, never the payer's name
    "身份在职/失业/退休/在读": "人员身份",
    "户主或与户主关系": "关系",
    "与户主关系": "关系",
    "困难情况说明": "困难情况说明",
    # 湖南 申请审批表 (seed 000): the home visitor signs as 入户核查人, the union's first review as 审签人;
    # the visitor ticks the suggested category (入户核查人员意见 … 勾选困难类别)
    "核查人": "建档人",
    # the home visit signed as 调查人 (seed 002's 调查人员：, seed 000: 调查人员在《困难职工家庭建档…》上签字)
    "调查人": "建档人",
    "调查人员": "建档人",
    # the home visit signed as the visitor (走访人, 入户走访人: seeds 002/003 入户走访) or as who checked the account
    # on the visit (调查核实人, 核实人: seed 002 经调查核实)
    "走访人": "建档人",
    "入户走访人": "建档人",
    "入户调查人": "建档人",  # as 入户走访人 (seed 002 调查人员); not one misread from 入户核查人员意见, a title
    "入户调查人员": "建档人",
    "调查核实人": "建档人",
    "核实人": "建档人",
    "审签人": "审核人",
    # an opinion signed by the clerk who handled it and the head who answers for it (经办人 | 负责人, the
    # common pair under a unit's opinion): the head's signature is the review, as 审签人's
    "负责人": "审核人",
    # the approver's signature (经办人 审核人 审批人, seed 003): a label of its own, the form's 审核人 where the
    # form has no 审核人 to sign (an 审批表 whose last opinion is the approval: fields.extract_fields)
    "审批人": "审批人",
    "建议困难类别": "困难类别",
    # 河北 申报表 (seed 002): 职工身份 在职/失业/其他 — a label of its own, no schema field, never a value
    "职工身份": "职工身份",
}


# the people who sign a paper (schemas.readings.SIGNER_LABELS and the approver): their label may be printed with
# the act asked of them after it and no brackets (负责人签字：, 调查人签名, 经办人签章), as it is with them
# (经办人（签名）)
_SIGNERS = frozenset({"审核人", "建档人", "录入人", "经办人", "审批人"})
_SIGNED_RE = re.compile(r"(?:签字|签名|签章|盖章)")


def _signer_signing(cleaned: str) -> str | None:
    """The signer's label of a label printed with 签字 / 签名 / 签章 / 盖章 after it (负责人签字 → 审核人)."""
    m = _SIGNED_RE.search(cleaned)
    if m is None or m.end() != len(cleaned) or m.start() == 0:
        return None
    found = label_of(cleaned[: m.start()])
    return found if found in _SIGNERS else None


def label_of(text: str) -> str | None:
    """Canonical label of a printed label, or None: schema labels first, then the documents' own labels."""
    canon = canonical_label(text)
    if canon:
        return canon
    cleaned = clean_text(text).strip("：:")
    if (signer := _signer_signing(cleaned)) is not None:
        return signer
    found = EXTRA_LABELS.get(cleaned)
    if found is None:
        # "关系（是户主的" — a printed remark after the label, its closing bracket on the next line or
        # lost by OCR: the label before the bracket is what the cell says
        m = _TRAILING_REMARK_RE.fullmatch(cleaned)
        if m:
            return canonical_label(m.group(1)) or EXTRA_LABELS.get(m.group(1))
        # a long label whose last character OCR lost ("与申请人关" for 与申请人关系)
        clipped = _CLIPPED_LABELS.get(cleaned)
        if clipped is None and (wrapped := _WRAP_LOST_LABELS.get(cleaned)) is not None:
            return canonical_label(wrapped)  # a wrapped label read with a character lost ("工作位")
        if clipped is None and (near := misread_label(cleaned)) is not None and len(near) == len(cleaned):
            return label_of(near)  # one character misread ("芳模类型" for 劳模类型)
        if clipped is None and (key := _one_off_keys(cleaned)) is not None:
            return EXTRA_LABELS[_DOC_FUZZY[key]]  # a paper's own long label, one character misread ("月均实友工资")
        return clipped
    return found


# an opening bracket read as a title mark (家庭困难情况《可另附页）): a 《 closed by ） is the bracket of a remark
_BRACKET_READ_AS_TITLE_MARK = re.compile(r"[《〈]([^《》〈〉（）()]{1,12}[）)])")
# and a closing one so (本人月均收入（元》): a 》 closing a （ is the bracket's end
_BRACKET_CLOSED_AS_TITLE_MARK = re.compile(r"([（(][^《》〈〉（）()]{1,12})[》〉]")


_WORK = r"(?:单位|工作|就业)"
_STUDY = r"(?:学校|学习|就读|就学)"
# a header naming where one works and where one studies, joined by 或 / 、 / 及, either first
_WORK_OR_STUDY = re.compile(
    rf"[\u4e00-\u9fff]*(?:{_WORK}[\u4e00-\u9fff]*[或/、及][\u4e00-\u9fff]*{_STUDY}"
    rf"|{_STUDY}[\u4e00-\u9fff]*[或/、及][\u4e00-\u9fff]*{_WORK})[\u4e00-\u9fff]*"
)


def member_column_label(text: str) -> str | None:
    """``label_of`` for the header of a member table's column, with the wordings only such a column has:
    ``MEMBER_COLUMN_WORDINGS`` as printed or with a remark in brackets taken out (就业（就学）状况:
    人员身份), and the employer or the school worded by each printing, either first (工作单位或就读学校,
    单位/学校名称, 就读学校或工作单位, 工作或学习单位, 单位（学校）): 单位或学校."""
    t = clean_text(text).strip("：:")
    worded = MEMBER_COLUMN_WORDINGS.get(t) or MEMBER_COLUMN_WORDINGS.get(re.sub(r"（[^（）]*）", "", t))
    if worded is not None:
        return worded
    for rx, lab in _REMARK_UNBRACKETED:
        if rx.fullmatch(t):
            return lab
    if _WORK_OR_STUDY.fullmatch(t) and ("单位" in t or "学校" in t):
        return "单位或学校"
    if _UNIT_SCHOOL.fullmatch(t):
        return "单位或学校"
    if _WORK_STUDY_HEADS.fullmatch(t):
        return "人员身份"
    # the other one in brackets after the first, the whole header (单位（学校）: 单位 or 学校)
    other = _BRACKETED_OTHER.fullmatch(t)
    if other and _WORK_OR_STUDY.fullmatch("或".join(other.groups())) and ("单位" in t or "学校" in t):
        return "单位或学校"
    # a member column's wording with one character misread (就儿状况): the member's field, not the household
    # label the same wording means beside the applicant's questions (就业状况: 工作状态)
    near = misread_label(t)
    if near is not None and len(near) == len(t) and near in MEMBER_COLUMN_WORDINGS:
        return MEMBER_COLUMN_WORDINGS[near]
    if (found := label_of(text)) is not None:
        return found
    return _one_of_alternatives(t)


# the unit and the school side by side with no word between them (单位学校, 工作单位就读学校), either first
_UNIT_SCHOOL = re.compile(r"(?:工作)?单位[/／、]?(?:就读)?学校(?:名称)?|(?:就读)?学校[/／、]?(?:工作)?单位(?:名称)?")
# whether one works or studies, headed by the two heads alone (就业或就学, 就业就学, 就学/就业: 就业（就学）状况
# without its tail): the member's 人员身份, what work or study the person is in
_WORK_STUDY_HEADS = re.compile(
    r"(?:就业|从业)[/／、或及]?(?:就学|上学)(?:状况|情况)?|(?:就学|上学)[/／、或及]?(?:就业|从业)(?:状况|情况)?"
)
_BRACKETED_OTHER = re.compile(r"([\u4e00-\u9fff]{1,6})（([\u4e00-\u9fff]{1,6})）")


# the remark of a member column's wording printed without its brackets, or after a slash: 就业（就学）状况
# as 就业就学状况 or 就业/就学状况 (two heads over one tail), the remark before or after the head
_REMARK_UNBRACKETED: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"(?:{re.escape(w[:2])}[/／、或及]?[\u4e00-\u9fff]{{2}}|[\u4e00-\u9fff]{{2}}[/／、或及]?{re.escape(w[:2])})"
                rf"{re.escape(w[2:])}"), lab)
    for w, lab in MEMBER_COLUMN_WORDINGS.items()
    if len(w) >= 4
]


def _one_of_alternatives(t: str) -> str | None:
    """A column header offering two wordings of one question, 或 / ／ / 、 between them (职业或身份, 称谓/关系):
    the member label the one part that names a label names, when the other parts name no label."""
    parts = [p for p in re.split(r"[或/／、]", t) if p]
    if len(parts) < 2:
        return None
    labs = {p: label_of(p) for p in parts}
    named = {lab for lab in labs.values() if lab is not None}
    if len(named) != 1 or sum(1 for lab in labs.values() if lab is not None) != 1:
        return None
    lab = next(iter(named))
    return lab if lab in MEMBER_LABELS.values() else None


def clean_text(text: str) -> str:
    """A text as labels are compared: no spaces, stars or quotes; brackets full-width (OCR reads them as 《 》 too)."""
    text = text.replace("*", "").replace("＊", "").replace(" ", "").replace("\u3000", "")
    text = text.replace("“", "").replace("”", "").replace('"', "")
    text = _BRACKET_READ_AS_TITLE_MARK.sub(r"（\1", text)
    text = _BRACKET_CLOSED_AS_TITLE_MARK.sub(r"\1）", text)
    return text.replace("(", "（").replace(")", "）")


def _all_printed_labels() -> list[str]:
    words = set(HOUSEHOLD_LABELS.values()) | set(MEMBER_LABELS.values()) | set(LABEL_SYNONYMS)
    words |= set(EXTRA_LABELS)
    # one- or two-character words that also occur inside values would split values wrongly
    words -= {"身份", "单位", "结果", "医院", "甲方", "乙方", "出生", "日期", "诊断", "证号", "医生"}
    words -= CELL_ONLY  # a label only as a cell's whole text (split_labelled)
    return sorted(words, key=lambda w: (-len(w), w))  # ties in one order, whatever the hash seed


PRINTED_LABELS: list[str] = _all_printed_labels()


def _clipped_labels() -> dict[str, str]:
    """Printed labels of five or more characters without their last one → canonical label, where that
    clipped text is no label itself and names only one canonical label."""
    seen: dict[str, set[str]] = {}
    for word in PRINTED_LABELS:
        w = clean_text(word)
        canon = canonical_label(w) or EXTRA_LABELS.get(w)
        if len(w) >= 5 and canon and w not in DRAWN_VARIANTS:
            seen.setdefault(w[:-1], set()).add(canon)
    return {
        clip: next(iter(canons))
        for clip, canons in seen.items()
        if len(canons) == 1 and canonical_label(clip) is None and clip not in EXTRA_LABELS
    }


_CLIPPED_LABELS: dict[str, str] = _clipped_labels()


def _wrap_lost_labels() -> dict[str, str]:
    """Four-character labels without one of their two middle characters → the printed label. A narrow
    label cell wraps 工作单位 as 工作 over 单位 (or spaces it 工 作 / 单 位), and OCR reading the two lines as
    one drops a character where they meet ("工作位"). Only where that text is no label itself and comes
    from one label alone; matched against a cell's whole text, never inside a value."""
    seen: dict[str, set[str]] = {}
    for word in PRINTED_LABELS:
        w = clean_text(word)
        if len(w) == 4 and canonical_label(w) is not None and re.fullmatch(r"[\u4e00-\u9fff]+", w) and w not in DRAWN_VARIANTS:
            for i in (1, 2):
                seen.setdefault(w[:i] + w[i + 1 :], set()).add(w)
    from dangan.schemas.readings import check_reading

    def a_value(lost: str, word: str) -> bool:  # 有低保 is an answer to 有无低保, not the label
        canon = canonical_label(word)
        return (
            canon is not None
            and check_reading(canon, "甲乙丙丁戊") is not None
            and check_reading(canon, lost) is None
        )

    return {
        lost: word
        for lost, words in seen.items()
        if len(words) == 1
        and canonical_label(lost) is None
        and lost not in EXTRA_LABELS
        and lost not in PRINTED_LABELS
        and not a_value(lost, word := next(iter(words)))
    }


_WRAP_LOST_LABELS: dict[str, str] = _wrap_lost_labels()
# labels long enough that one misread character still names them alone (no other label one away)
# (the forms' own labels only: the documents' labels include words one character from others, such as
# 申请人姓名 and 申请人签名)
FUZZY_LABELS: list[str] = [
    w
    for w in PRINTED_LABELS
    if len(clean_text(w)) == len(w) and len(w) >= 4 and canonical_label(w) is not None and w not in DRAWN_VARIANTS
]
_LABEL_RE = re.compile("|".join(re.escape(w) for w in PRINTED_LABELS))
_SEP = "：:"
_TRAILING_REMARK_RE = re.compile(r"([^（）]{2,10})（[^（）]{0,12}）?")
# closed, or cut off at the end; or a short note without digits closed before the value written on
# ("家庭住址（现居住地址）湘潭市…", "健康状况（如患病请注明）良好": label and value stacked in one cell)
# or a note of how many options or characters the answer takes, digits and all ("（0-3项）", "（最多3项）",
# "（18位）"): the forms print it after the label, the value following in the same cell
_REMARK_RE = re.compile(r"（[^（）]{1,20}(?:）(?=[：:]|$)|$)|（[^（）\d]{1,12}）|（[^（）]{1,16}[项位]）")


@dataclass
class TextLine:
    """One run of text with its box in page pixels (x0, y0, x1, y1)."""

    text: str
    box: Box
    confidence: float = 1.0
    page: int = 0
    cell: bool = False  # the whole text of one ruled cell (lines_from_cells): nothing outside continues it

    @property
    def cx(self) -> float:
        return (self.box[0] + self.box[2]) / 2

    @property
    def cy(self) -> float:
        return (self.box[1] + self.box[3]) / 2

    @property
    def height(self) -> float:
        return max(1.0, self.box[3] - self.box[1])


@dataclass
class Reading:
    """A value read for one label, with where and how sure."""

    value: Any
    confidence: float
    page: int
    box: Box
    raw: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def to_box(box: Any) -> Box:
    """Accept [x0,y0,x1,y1] or four corner points (RapidOCR), return an axis-aligned box."""
    if box is None:
        return (0.0, 0.0, 0.0, 0.0)
    arr = np.asarray(box, dtype=float)
    if arr.ndim == 2:
        return (
            float(arr[:, 0].min()),
            float(arr[:, 1].min()),
            float(arr[:, 0].max()),
            float(arr[:, 1].max()),
        )
    x0, y0, x1, y1 = (float(v) for v in arr.reshape(-1)[:4])
    return (x0, y0, x1, y1)


def lines_from_ocr(ocr_lines: Iterable[Any], page: int = 0) -> list[TextLine]:
    out: list[TextLine] = []
    for ln in ocr_lines:
        text = getattr(ln, "text", None)
        if text is None and isinstance(ln, (tuple, list)):
            text, box, conf = ln[0], ln[1], ln[2] if len(ln) > 2 else 1.0
        else:
            box, conf = getattr(ln, "box", None), getattr(ln, "confidence", 1.0)
        if not text or not str(text).strip():
            continue
        out.append(TextLine(str(text), to_box(box), float(conf if conf is not None else 1.0), page))
    return out


# a gap between two words of a text PDF wider than this many character heights is printed space
SPACE_GAP = 0.8


def _cell_of(box: Box, cells: Sequence[Box]) -> int | None:
    """Index of the smallest of ``cells`` holding the centre of ``box``, None when none does."""
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    holding = [i for i, c in enumerate(cells) if c[0] <= cx <= c[2] and c[1] <= cy <= c[3]]
    return min(holding, key=lambda i: (cells[i][2] - cells[i][0]) * (cells[i][3] - cells[i][1]), default=None)


def lines_from_words(
    words: Iterable[Any], page: int = 0, gap_factor: float = 1.2, cells: Sequence[Box] = ()
) -> list[TextLine]:
    """Group the words of a text PDF (pdfplumber dicts or objects with text/box) into visual runs.

    A run ends at a gap wider than ``gap_factor`` character heights, so separate cells stay separate, and
    at a ruling: words in two of the page's ruled ``cells`` are two runs however near (a narrow column's
    cells a character apart, or a row's cells whose first lines sit higher than its one-line cells, whose
    run's box grows tall enough to bridge any gap).
    """
    items: list[TextLine] = []
    for w in words:
        if isinstance(w, dict):
            text = w.get("text", "")
            if "box" in w:
                box = to_box(w["box"])
            else:
                box = (float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"]))
        else:
            text, box = getattr(w, "text", ""), to_box(getattr(w, "box", None))
        if text and text.strip():
            items.append(TextLine(text, box, 1.0, page))
    rows = group_rows(items)
    cell = {id(t): _cell_of(t.box, cells) for t in items} if cells else {}
    out: list[TextLine] = []
    for row in rows:
        row.sort(key=lambda t: t.box[0])
        cur: TextLine | None = None
        cur_cell: int | None = None
        for t in row:
            gap = t.box[0] - cur.box[2] if cur is not None else 0.0
            if cur is not None and gap <= gap_factor * max(cur.height, t.height) and cell.get(id(t)) == cur_cell:
                # a gap near a character wide is kept as a space: a label and its value in cells side by
                # side a narrow ruling apart (家庭主要 | 家庭共2人…) stay two texts for split_at_rulings
                sep = " " if gap > SPACE_GAP * max(cur.height, t.height) else ""
                cur = TextLine(
                    cur.text + sep + t.text,
                    union_box(cur.box, t.box),
                    min(cur.confidence, t.confidence),
                    page,
                )
            else:
                if cur is not None:
                    out.append(cur)
                cur, cur_cell = t, cell.get(id(t))
        if cur is not None:
            out.append(cur)
    return out


def union_box(a: Box, b: Box) -> Box:
    """The smallest box holding both."""
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def group_rows(lines: Sequence[TextLine]) -> list[list[TextLine]]:
    """Cluster lines whose vertical centres lie within half a line height of each other."""
    rows: list[list[TextLine]] = []
    for ln in sorted(lines, key=lambda t: (t.page, t.cy)):
        if rows and rows[-1][0].page == ln.page:
            ref = rows[-1]
            ref_cy = sum(t.cy for t in ref) / len(ref)
            ref_h = sum(t.height for t in ref) / len(ref)
            if abs(ln.cy - ref_cy) <= 0.5 * max(ref_h, ln.height) and not any(_stacked(t, ln) for t in ref):
                ref.append(ln)
                continue
        rows.append([ln])
    for r in rows:
        r.sort(key=lambda t: t.box[0])
    return rows


def _stacked(a: TextLine, b: TextLine) -> bool:
    """Two texts one under the other, not side by side: most of the narrower one lies over or under the other
    (texts of one row never share their width), their middles apart by a third of a line or more (a wrapped
    value's lines set close, the second read taller: 「…8幢1单元」 over 「501室」)."""
    overlap = min(a.box[2], b.box[2]) - max(a.box[0], b.box[0])
    narrower = min(a.box[2] - a.box[0], b.box[2] - b.box[0])
    return overlap > 0.5 * narrower and abs(a.cy - b.cy) >= max(a.height, b.height) / 3


# a printed note of what goes on a line (「（盖章）」, 「（签字）」, 「(单位公章)」): a row of its own, never the first or
# last row of a wrapped text — the signer's line under a union's 「（盖章）」 is no continuation of it
_NOTE_ROW_RE = re.compile(r"[（(][^（()）]{0,8}(?:盖章|签名|签字|签章|公章)[^（()）]{0,8}[）)]")


def _is_note_row(row: Sequence[TextLine]) -> bool:
    return bool(_NOTE_ROW_RE.fullmatch(clean_text("".join(t.text for t in row))))


def lines_from_cells(lines: Sequence[TextLine], cells: Sequence[Any], page: int = 0) -> list[TextLine]:
    """Merge the lines lying in one grid cell into one line with the cell's box ("身份证\\n号码" → one label).

    Lines outside every cell are kept as they are.
    """
    boxes = [to_box(c if not hasattr(c, "box") else c.box) for c in cells]
    buckets: dict[int, list[TextLine]] = {}
    rest: list[TextLine] = []
    line_height = _typical_height(lines)
    for ln in lines:
        if _stamped_lettering(ln, line_height):
            rest.append(ln)  # a seal's lettering over the cell: no words of the row it lies across
            continue
        hit = -1
        best = 0.0
        for i, b in enumerate(boxes):
            if b[0] - 2 <= ln.cx <= b[2] + 2 and b[1] - 2 <= ln.cy <= b[3] + 2:
                area = (b[2] - b[0]) * (b[3] - b[1])
                if hit < 0 or area < best:
                    hit, best = i, area
        if hit < 0:
            rest.append(ln)
        else:
            buckets.setdefault(hit, []).append(ln)
    out = list(rest)
    for i, members in buckets.items():
        b = boxes[i]
        if _frames_fields(members) or _rows_of_fields(members):
            out += members  # a frame round a block of fields, each on its own blank: no one field's cell
            continue
        beside = _label_beside_value(members)
        if beside is not None:
            out.append(TextLine(beside[0], b, beside[1], page, cell=True))
            continue
        chunks = _cell_chunks(group_rows(members), b, lines, boxes)
        for chunk in chunks:
            text = "".join(_row_text(row) for row in chunk)
            conf = min(t.confidence for row in chunk for t in row)
            whole = len(chunks) == 1
            box = b if whole else _union_all([t.box for row in chunk for t in row])
            out.append(TextLine(text, box, conf, page, cell=whole))
    return out


def _cell_chunks(
    rows: list[list[TextLine]], b: Box, lines: Sequence[TextLine], boxes: Sequence[Box] = ()
) -> list[list[list[TextLine]]]:
    """The rows of one cell's text gathered into the texts it holds: rows of one paragraph (a wrapped value)
    are joined; rows far apart stay apart, because a cell found too large (a box drawn over the ruling) must
    not glue two fields together. A cell that is a column of a table whose row rulings the scan lost
    (``_table_column``) keeps its rows apart: each row of a labels column is a label, and each row of a
    values column that has a label of its own beside it starts a value (a row with none goes on the one
    above it, wrapped). Two rows that the cells beside this one part (``_ruled_apart``) stay apart too."""
    side = _table_column(rows, b, lines)
    cuts = _cuts_beside(b, boxes)
    parted = False
    chunks: list[list[list[TextLine]]] = []
    for row in rows:
        if chunks and side != "labels":
            prev = chunks[-1][-1]
            h = max(t.height for t in prev)
            apart = _ruled_apart(prev, row, b, cuts)
            parted = parted or apart
            if (
                (_top_gap(prev, row) <= 0.8 * h or (not side and _written_on(prev, row, b[2])))
                and not (_is_note_row(prev) or _is_note_row(row))
                and not (side == "values" and _beside_cell(row, b, lines, left=True) is not None)
                and not apart
            ):
                chunks[-1].append(row)
                continue
        chunks.append([row])
    return chunks if side or parted else _label_over_value(chunks)


def _cuts_beside(b: Box, boxes: Sequence[Box]) -> list[float]:
    """Where the cells along one side of cell ``b`` meet, inside its height: the row rulings of the column
    beside it, which a copy kept there and lost across ``b`` (a register card's 户主或与户主关系 and 曾用名
    found as one cell, the values column beside them ruled between 母亲 and the blank under it)."""
    tol = 12.0
    cuts: list[float] = []
    for left in (True, False):
        side = sorted(
            (
                o
                for o in boxes
                if (abs(o[2] - b[0]) <= tol if left else abs(o[0] - b[2]) <= tol)
                and o[1] >= b[1] - tol
                and o[3] <= b[3] + tol
            ),
            key=lambda o: o[1],
        )
        cuts += [(u[3] + v[1]) / 2 for u, v in pairwise(side) if abs(v[1] - u[3]) <= tol]
    return cuts


def _ruled_apart(above: Sequence[TextLine], below: Sequence[TextLine], b: Box, cuts: Sequence[float]) -> bool:
    """Whether a ruling of the column beside cell ``b`` runs between two of its rows: two rows of a table, not
    a wrapped text, when each is words of its own (two characters or more: no caption set one character
    under another) and the upper one stops short of the cell's far side (a wrapped line fills its width)."""
    up, low = _row_text(above), _row_text(below)
    if len(clean_text(up)) < 2 or len(clean_text(low)) < 2:
        return False
    if max(t.box[2] for t in above) - min(t.box[0] for t in above) > 0.75 * (b[2] - b[0]):
        return False
    top = sum(t.cy for t in above) / len(above)
    foot = sum(t.cy for t in below) / len(below)
    return any(top < c < foot for c in cuts)


def _top_gap(above: Sequence[TextLine], below: Sequence[TextLine]) -> float:
    """The blank between two rows of text: from the foot of the upper to the top of the lower."""
    return min(t.box[1] for t in below) - max(t.box[3] for t in above)


def _table_column(rows: list[list[TextLine]], b: Box, lines: Sequence[TextLine]) -> str | None:
    """"values" or "labels" when a found cell is one column of a table whose row ruling the scan lost (a copy
    fades thin rules: a register card's values found as one tall cell, 「汉族」 over 「湖南省长沙市」 over a date):
    two of its rows one under the other are each level with a text of their own just beside the cell (the
    values' labels on its left, or the labels' values on its right), and the labels, each a row's own, are
    two: one at least a label, and the two together no label (a label wrapped beside a wrapped value,
    「家庭」 over 「住址」, is one label, its value one text); the values are none. A form's cell of a label
    over its value (「民族」 over 「汉族」, the next cell's 「出生年月日」 over a date level with them) is no labels
    column: a labels column of two rows holds two labels, or rows of three or more have their values beside
    them. Else None."""
    for left in (True, False):
        beside = [_beside_cell(row, b, lines, left) for row in rows]
        many = sum(1 for p in beside if p is not None) >= 3
        for k in range(len(rows) - 1):
            a, c = beside[k], beside[k + 1]
            if a is None or c is None or a is c:
                continue
            own = (_row_text(rows[k]), _row_text(rows[k + 1]))
            labels, values = ((a.text, c.text), own) if left else (own, (a.text, c.text))
            named = [label_of(t) is not None for t in labels]
            if (
                label_of(labels[0] + labels[1]) is None
                and any(named)
                and (left or all(named) or many)
                and not any(label_of(v) for v in values)
            ):
                return "values" if left else "labels"
    return None


def _beside_cell(row: Sequence[TextLine], b: Box, lines: Sequence[TextLine], left: bool) -> TextLine | None:
    """The text just outside cell ``b`` on one side, level with ``row`` (its label, or its value), if any."""
    h = max(t.height for t in row)
    cy = sum(t.cy for t in row) / len(row)
    near = [
        ln
        for ln in lines
        if ln.page == row[0].page
        and abs(ln.cy - cy) <= 0.3 * h
        and (b[0] - 3 * h <= ln.box[2] <= b[0] + 0.5 * h if left else b[2] - 0.5 * h <= ln.box[0] <= b[2] + 3 * h)
    ]
    return min(near, key=lambda ln: abs(ln.cy - cy), default=None)


def _written_on(prev: Sequence[TextLine], row: Sequence[TextLine], right: float) -> bool:
    """Whether ``row`` goes on with the sentence of ``prev`` a writing line further down: an account written on
    ruled lines (横线) in its box has its rows a line's pitch apart, wider than a wrapped paragraph's, each full
    row running to the box's ``right`` edge before the next starts under its left end. Two fields one under the
    other do not look so: the first ends short of the edge, or the next row starts with a label."""
    h = max(t.height for t in prev)
    first = min(t.box[0] for t in row)
    text = _row_text(prev)
    return (
        _top_gap(prev, row) <= 2.5 * h
        and max(t.box[2] for t in prev) >= right - 3.5 * h
        and abs(first - min(t.box[0] for t in prev)) <= 2 * h
        and len(text) >= 8
        and not _opens_with_label(_row_text(row))
    )


def _opens_with_label(text: str) -> bool:
    """Whether a text starts a field: a printed label at its start (with or without its colon)."""
    return _LABEL_RE.match(clean_text(text)) is not None


def _typical_height(lines: Sequence[TextLine]) -> float:
    """The median height of the texts of two characters or more (one line of the page's writing)."""
    heights = sorted(ln.height for ln in lines if len(ln.text.strip()) >= 2)
    return heights[len(heights) // 2] if heights else 0.0


def _stamped_lettering(ln: TextLine, line_height: float) -> bool:
    """Whether a text is a seal's lettering read along its ring (「湘潭钢铁工会委员会」 stamped over an opinion's
    cell, read as one text whose box spans the arc): two and a half lines tall or more and wide as a word,
    not as one character. A vertical caption (one character wide) and two lines read as one box (less tall)
    are no such text. The stamp lies where it lies: beside a signature, its box's centre may fall on the
    signature's row, and its characters would be read as the signer's name run on (任华静中国技工会…)."""
    if line_height <= 0 or len(ln.text.strip()) < 2:
        return False
    return ln.height >= 2.5 * line_height and ln.box[2] - ln.box[0] >= 1.5 * line_height


# what a label's colon is read as on a blurred scan ("*工作时间8", "*家庭人口。"): two dots run into one glyph
_COLON_LOOKALIKES = "8。.．;；"


def _row_text(row: Sequence[TextLine]) -> str:
    """The texts of one row of a cell, left to right. A text that is a label and one character more, with
    its value a text of its own after it, ends in its colon misread ("*工作时间8" | 2002年6月1日): read
    as the colon, so the character does not join the value ("82002年6月1日"). A text that is a label alone,
    its colon lost or never printed, with its value a text of its own after it (经办人 | 冯华, the signers of
    an opinion one under the other in its cell), ends in a colon too: the label the next row of the cell
    starts with is then a label after a value ("经办人：冯华审核人：韦飞凯"), not words of that value."""
    out: list[str] = []
    for i, t in enumerate(row):
        text = t.text.rstrip()
        nxt = row[i + 1].text.strip() if i + 1 < len(row) else ""
        if nxt and len(text) >= 3 and text[-1] in _COLON_LOOKALIKES and label_of(text[:-1]) is not None:
            text = text[:-1] + "："
        elif (
            nxt
            and nxt[0] not in "（(：:"
            and text[-1:] not in _SEP
            and label_of(text) is not None
            and label_of(nxt) is None
        ):
            text += "："
        out.append(text if text != t.text.rstrip() else t.text)
    return "".join(out)


def _frames_fields(members: Sequence[TextLine]) -> bool:
    """Whether a ruled box holds three or more texts that are each a whole label of its own (different ones)
    in two rows or more: a frame drawn round a block of fields written on blanks (values on rules, their
    captions printed under or beside them, with no inner rulings), not one field's cell — merged into one
    text, every label would read its neighbours' values run together."""
    labels = [ln for ln in members if _is_label_text(ln.text)]
    found = {"".join(lab or "" for lab, _ in split_labelled(ln.text)) for ln in labels}
    # over two rows or more: a table framed with no inner rulings has its labels in its one header row
    return len(found) >= 3 and len(group_rows(labels)) >= 2


def _rows_of_fields(members: Sequence[TextLine]) -> bool:
    """Whether a ruled box holds two or more rows that each start with a label of its own and its colon
    (「经办人：范颖」 over 「负责人：苏超」, 「建档级别：□省级 ☑地市级」 over them, the signers and choices of an
    opinion written under its words in one cell): fields one under the other, not one wrapped value —
    a wrapped value's next row goes on with its words, it does not start with a label and its colon.
    Merged into one text, each label would read the rows after it as its value."""
    starts: set[str] = set()
    for row in group_rows(members):
        first = clean_text(row[0].text)
        m = _LABEL_RE.match(first)
        if m is None:
            continue
        rm = _REMARK_RE.match(first, m.end())
        end = rm.end() if rm else m.end()
        # its colon printed (or read as a dot: 负责人。袁宇), or the label a text alone with its value a text after
        # it (经办人 | 范颖), or the label and a short value read as one text, no colon (经办人史琴): a row that
        # starts a field, where a wrapped sentence's row runs on over the cell's width
        rest = first[end:]
        colon = (
            rest[:1] in tuple(_SEP + "。．.;；")
            or (not rest and len(row) > 1)
            or (0 < len(rest) <= 4 and all(_is_ideograph(c) for c in rest))
        )
        if colon and (lab := label_of(m.group())) is not None:
            starts.add(lab)
    return len(starts) >= 2


def _label_beside_value(members: list[TextLine]) -> tuple[str, float] | None:
    """(text, confidence) of a cell holding a label alone at its left and, right of it, its value wrapped
    over two or more lines (现居住地： | 河北省…302 / 室: the label centred on the value's lines, so read
    row by row it fell between them): the label, then the value's lines in reading order. None for
    any other cell."""
    if len(members) < 3:
        return None
    labels = [ln for ln in members if label_of(ln.text.strip().strip("：:")) is not None]
    if len(labels) != 1:
        return None
    lab = labels[0]
    rest = [ln for ln in members if ln is not lab]
    if any(ln.box[0] < lab.box[2] - 0.5 * lab.height for ln in rest):
        return None  # text under or over the label: not a value beside it
    rows = group_rows(rest)
    if len(rows) < 2 or not (min(ln.box[1] for ln in rest) < lab.cy < max(ln.box[3] for ln in rest)):
        return None
    value = "".join(t.text for row in rows for t in sorted(row, key=lambda t: t.box[0]))
    return lab.text.strip().rstrip("：:") + "：" + value, min(ln.confidence for ln in members)


def _label_over_value(chunks: list[list[list[TextLine]]]) -> list[list[list[TextLine]]]:
    """A cell whose first text is a label alone and whose other texts name no label holds that label's
    value under it (label in the cell's corner, value written below): one text, label then value."""
    if len(chunks) < 2:
        return chunks
    texts = ["".join(t.text for row in chunk for t in row) for chunk in chunks]
    if label_of(texts[0]) is None or any(label_of(t) is not None for t in texts[1:]):
        return chunks
    head = chunks[0][-1][-1]
    sep = TextLine("：", (head.box[2], head.box[1], head.box[2] + 1, head.box[3]), head.confidence, head.page)
    return [[*chunks[0][:-1], [*chunks[0][-1], sep], *(row for chunk in chunks[1:] for row in chunk)]]


def _union_all(boxes: Sequence[Box]) -> Box:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


# ---------------------------------------------------------------------------------------------
# Label → value pairing


def _one_off_index(words: list[str]) -> dict[str, int]:
    """Each word with one of its characters blanked ("劳?类型") → the first word (its place in ``words``)
    that gives it: a misread label is then a few dictionary looks instead of comparing every label."""
    index: dict[str, int] = {}
    for place, word in enumerate(words):
        for i in range(len(word)):
            index.setdefault(word[:i] + "\0" + word[i + 1 :], place)
    return index


_FUZZY_INDEX = _one_off_index(FUZZY_LABELS)
_FUZZY_LENGTHS = sorted({len(w) for w in FUZZY_LABELS})


def _one_off_keys(text: str) -> str | None:
    """The one blanked form of ``text`` that ``_DOC_FUZZY`` knows, if any."""
    return next((k for i in range(len(text)) if (k := text[:i] + "\0" + text[i + 1 :]) in _DOC_FUZZY), None)


def _doc_fuzzy() -> dict[str, str]:
    """The papers' own labels of five or more characters (EXTRA_LABELS: 月均实发工资, 甲方（用人单位）…) by each
    of their forms with one character blanked, where no other printed label gives that form: one misread
    character still names them alone. Those one character from another label (审签人签字 / 审签人签名) are
    left out."""
    words = {w for w in [*PRINTED_LABELS, *EXTRA_LABELS] if clean_text(w) == w}
    keys: dict[str, set[str]] = {}
    for w in words:
        for i in range(len(w)):
            keys.setdefault(w[:i] + "\0" + w[i + 1 :], set()).add(w)
    return {
        k: w
        for w in EXTRA_LABELS
        if clean_text(w) == w and len(w) >= 5
        for i in range(len(w))
        if len(keys[k := w[:i] + "\0" + w[i + 1 :]]) == 1
    }


_DOC_FUZZY: dict[str, str] = _doc_fuzzy()


def misread_label(text: str) -> str | None:
    """The printed label of four or more characters that starts ``text`` with one character misread by
    OCR ("芳模类型非劳模" → 劳模类型), when no label starts it as printed; else None (the first such label
    in ``FUZZY_LABELS`` order, as comparing them one by one would give)."""
    if len(text) < 4 or _LABEL_RE.match(text):
        return None
    places = [
        place
        for n in _FUZZY_LENGTHS if n <= len(text)
        for i in range(n)
        if (place := _FUZZY_INDEX.get(text[:i] + "\0" + text[i + 1 : n])) is not None
        and text[i] != FUZZY_LABELS[place][i]  # one character differs, not none
    ]
    return FUZZY_LABELS[min(places)] if places else None


_SECTION_RE = re.compile(r"([一二三四五六七八九十]{1,3})([、.．]?)")


def _is_section_heading(cleaned: str) -> bool:
    """「四、致困原因及…」 (or 「四致困原因及…」, the 、 lost): a section's number then its title, no colon. A
    label that starts with a numeral (四个一批措施, 七个行动计划) is none."""
    m = _SECTION_RE.match(cleaned)
    if m is None or any(c in cleaned for c in _SEP):
        return False
    if m.group(2):
        return True
    return _LABEL_RE.match(cleaned) is None and _LABEL_RE.match(cleaned, m.end()) is not None


def _section_field(cleaned: str) -> str | None:
    """The field a section is titled with, 「三、困难情况说明」 or 「五、困难类别（由…认定）」: the section's body (the
    narrative, the options) is that field's value. Only a field's own name titles it: 「二、致困原因」 heads the
    主要/次要致困原因 rows, a synonym of one of them."""
    m = _SECTION_RE.match(cleaned)
    if m is None or not _is_section_heading(cleaned):
        return None
    title = re.sub(r"（[^（）]*）?$", "", cleaned[m.end() :])
    if canonical_label(title) == title and title in HOUSEHOLD_LABELS.values():
        return title
    # a printing's own wording of one field titles it too (「四、申报类别」 for 困难类别), unless the wording is a
    # part of other fields' names as well (致困原因 is in 主要致困原因 and 次要致困原因: it heads both rows)
    canon = canonical_label(title)
    if (
        canon in HOUSEHOLD_LABELS.values()
        and len(title) >= 3
        and not any(title in other for other in HOUSEHOLD_LABELS.values() if other != canon)
    ):
        return canon
    # the narrative's section titled by any of its wordings, with what it asks for or not (「三、家庭困难情况」,
    # 「三、家庭困难情况陈述」): a section holds one account, no other field is worded so
    asked = _NARRATIVE_PROMPT_RE.sub("", title)
    canon = canonical_label(asked) if asked else None
    return canon if canon in FREE_TEXT else None


# the member's employer or school, worded by each printing (工作单位或就读学校, 单位/学校名称, 所在单位或学校): one
# label, 单位或学校 — not 工作单位 followed by the words "或就读学校" as its value
_UNIT_OR_SCHOOL_RE = re.compile(r"(?:工作|所在|就业)?单位(?:名称)?[或/／、及](?:就读|所在|就学)?学校(?:名称)?")


# a label printed with a word of it glossed in brackets, 「确定（立卡）时间」: the gloss with the label's end is
# the label (立卡时间), else the label without the gloss
_GLOSSED_RE = re.compile(r"([\u4e00-\u9fff]{1,4})（([\u4e00-\u9fff]{1,4})）([\u4e00-\u9fff]{1,4})")


def _unglossed(m: re.Match[str]) -> str:
    head, gloss, end = m.groups()
    for i in range(len(end), 0, -1):
        if canonical_label(gloss + end[:i]):
            return gloss + end
        for k in range(len(head)):
            if canonical_label(head[k:] + end[:i]):
                return head + end
    return m.group()


# marks a ruling beside a label is read as (a tick box's glyphs, a bar)
_STRAY_MARKS = "□☑■✓√|丨"
_BRACKETED_NOTE_RE = re.compile(r"（?[^（）]+[，,；;][^（）]+）")
# a block's title naming the fields it holds, joined (「致困原因及困难类别（在相应项后□内打√）」, 「收入与支出」): no
# label of a value beside it, the rows under it are labelled each
_JOINED_LABELS_RE = re.compile(rf"(?:{_LABEL_RE.pattern})(?:[及和与、](?:{_LABEL_RE.pattern}))+(?:（[^（）]*）?)?")


# an item's number printed before its first label ("（1）姓名", "2. 姓名", "③姓名", "1、姓名"): numbered blocks
# of a member's fields, numbered rows of a form; the number is no text of the label's row
_ITEM_MARK_RE = re.compile(r"(?:（[\d一二三四五六七八九十]{1,2}）|[\u2460-\u2473]|\d{1,2}[.、．](?!\d))")
# the number printed bare, no point after it: only before a label the cell or line ends with (or its colon)
_BARE_NUMBER_RE = re.compile(r"\d{1,2}(?!\d)")


# the words a cell opens with up to its first colon (a stray mark before them: a ruling read as a box)
_CELL_HEAD_RE = re.compile(r"[□☑■✓√|丨]*([^：:，,。；;]{2,12})[：:]")


# a yes/no answer opening a text, its mark in the bracket after it: 是（√） / 否（ ） / 有（ ） / 无（ ） (a box
# glyph before the answer is not enough: OCR loses the ticked one's, and the words of a cell's two rows, its question
# over its answers, run together as one text)
_YES_NO_OPENING = re.compile(r"[是否有无][（(]")


def _question_answered(cleaned: str) -> tuple[str, str] | None:
    """(label, answers) of a cell opening with a yes/no question printed as what it asks about (a cell-only
    label: 有一定自救能力) and its answers right after it, the colon not printed or lost (「有一定自救能力是（√）否（）」)."""
    for word in sorted((w for w in CELL_ONLY if cleaned.startswith(w)), key=len, reverse=True):
        lab = canonical_label(word)
        if lab is not None and lab.startswith(("是否", "有无")) and _YES_NO_OPENING.match(cleaned, len(word)):
            return lab, cleaned[len(word) :]
    return None


# a label's colon read as a full stop or a dot with nothing after it ("关系.", "身份证号。"): the label alone,
# its value in the next text, not a value of one mark
_COLON_READ_AS_MARK = re.compile(r"^\s*[.。·・．]\s*$")


# what a narrative's label asks for, printed after it before its colon (家庭困难情况简述：, 困难情况说明：): part of
# the label, no account
_NARRATIVE_PROMPT_RE = re.compile(r"(?:简述|简要说明|说明|描述|简介|概述|陈述|叙述)(?=[：:]|$)")


def _first_digit_of_value(text: str, near: str) -> bool:
    """Whether the character ``misread_label`` took for the last of ``near`` is a digit with digits after it:
    the value's first digit, the label shorter and its colon lost (身份证130102… is no 身份证号 read 身份证1)."""
    return text[len(near) - 1].isdigit() and text[len(near) : len(near) + 1].isdigit()


def _cell_head_label(head: str) -> str | None:
    """The label of the words a cell opens with before its colon when they are a label only there: a cell-only
    wording, or a short one (COLON_LABELS), its unit in brackets after it (面积（㎡）：30) as the label's."""
    if head in CELL_ONLY:
        return canonical_label(head)
    return COLON_LABELS.get(re.sub(r"（[^（）]*）$", "", head))


def split_labelled(text: str) -> list[tuple[str | None, str]]:
    """Split "姓名：张三 性别：男" into [(姓名, 张三), (性别, 男)]; leading text without a label → (None, text)."""
    cleaned = _GLOSSED_RE.sub(_unglossed, _UNIT_OR_SCHOOL_RE.sub("单位或学校", clean_text(text)))
    if (titled := _section_field(cleaned)) is not None:
        return [(titled, "")]
    if (alone := cleaned.strip(_SEP).lstrip(_STRAY_MARKS)) in CELL_ONLY:
        # a label alone in its cell, a ruling beside it read as a mark (「☑网点」)
        return [(canonical_label(alone), "")]
    if (head := _CELL_HEAD_RE.match(cleaned)) is not None and (opening := _cell_head_label(head.group(1))) is not None:
        # a cell-only label opening its cell with its colon, the answer after it in the same cell (「零就业家庭：
        # 是（ ）否（√）」, 「网点：西溪支行」): the label of that answer, as it is alone in its cell
        rest = split_labelled(cleaned[head.end() :]) if cleaned[head.end() :].strip() else []
        if rest and rest[0][0] is None:
            return [(opening, rest[0][1]), *rest[1:]]
        return [(opening, ""), *rest]
    if (asked := _question_answered(cleaned)) is not None:
        return [asked]
    words = text.split()
    if len(words) >= 2 and clean_text(words[-1]).strip(_SEP) in CELL_ONLY:
        # a value and the next cell's label read as one text, the gap between kept (「中国邮政储蓄银行 网点」: the
        # ruling between them lost): the value, then the label alone
        before = split_labelled(" ".join(words[:-1]))
        if not any(lab for lab, _ in before):
            return [*before, (canonical_label(clean_text(words[-1]).strip(_SEP)), "")]
    if _is_section_heading(cleaned) or _BRACKETED_NOTE_RE.fullmatch(cleaned) or _JOINED_LABELS_RE.fullmatch(cleaned):
        # 「四、致困原因及家庭必要性支出」: a section's heading names fields, pairs none; nor does a note printed
        # in brackets as a sentence, 「（家庭困难原因及状况，请直接叙述）」 (its opening bracket may be lost)
        return [(None, cleaned)]
    if (mark := _ITEM_MARK_RE.match(cleaned)) is not None and _LABEL_RE.match(cleaned, mark.end()) is not None:
        cleaned = cleaned[mark.end() :]
    elif (mark := _BARE_NUMBER_RE.match(cleaned)) is not None and (
        (lab := _LABEL_RE.match(cleaned, mark.end())) is not None and cleaned[lab.end() : lab.end() + 1] in ("", *_SEP, "（")
    ):
        cleaned = cleaned[mark.end() :]  # the number with no point ("1*姓名", "3 民族"): a label cell all the same
    elif (mark := _ITEM_MARK_RE.match(cleaned) or _BARE_NUMBER_RE.match(cleaned)) is not None and (
        (near := misread_label(cleaned[mark.end() :])) is not None
        and cleaned[mark.end() + len(near) : mark.end() + len(near) + 1] in ("", *_SEP, "（")
    ):
        cleaned = cleaned[mark.end() :]  # and before a label with a character misread ("4*政冶面貌")
    if (near := misread_label(cleaned)) is not None and not _first_digit_of_value(cleaned, near):
        cleaned = near + cleaned[len(near) :]
    elif (wrapped := _WRAP_LOST_LABELS.get(cleaned.strip("：:"))) is not None:
        cleaned = wrapped  # the cell holds a wrapped label alone, read with a character lost ("工作位")
    elif (key := _one_off_keys(cleaned.strip("：:"))) is not None:
        cleaned = _DOC_FUZZY[key]  # a paper's own long label alone, one character misread ("月均实友工资")
    out: list[tuple[str | None, str]] = []
    pos = 0
    current: str | None = None
    for m in _LABEL_RE.finditer(cleaned):
        if m.start() < pos:
            continue  # a label word inside the previous label's note ("家庭住址（现居住地址）")
        if current in FREE_TEXT:
            break  # a narrative names other fields ("本人月收入2360元"): they are its words, not labels
        # a label inside a value only counts when it starts the text or follows a separator/space
        start = m.start()
        if start > 0 and cleaned[start - 1] not in _SEP + "，,；;。□☑■✓√" and start != pos:
            # accept a label glued to the previous value only if it is followed by a separator
            end = m.end()
            # long labels ("联系电话") split a run even without a colon (OCR drops it); short ones do not
            if (end >= len(cleaned) or cleaned[end] not in _SEP) and len(m.group()) < 4:
                continue
        chunk = _COLON_READ_AS_MARK.sub("", cleaned[pos:start])
        if cleaned[m.end() : m.end() + 1] == "）" and (opener := re.search(r"（[^（）]*$", chunk)) is not None:
            # a label printed in brackets with words before it (「（公章+审签人签字）」): those words are the
            # bracket's, no value of the text before it
            chunk = chunk[: opener.start()]
        if current is not None or chunk.strip(_SEP + " "):
            out.append((current, chunk.strip(_SEP + " ，,")))
        current = label_of(m.group()) or m.group()
        pos = m.end()
        if cleaned[pos : pos + 1] == "）" and "（" in cleaned[:start]:
            pos += 1  # a label printed in brackets: "（公章+审签人签字）卢艳娜"
        # a remark in brackets after the label: "经办人（签名）：", "甲方（用人单位）："
        rm = _REMARK_RE.match(cleaned, pos)
        if rm:
            pos = rm.end()
        elif cleaned.startswith("名称", pos) and cleaned[pos + 2 : pos + 3] in ("", *_SEP):
            pos += 2  # the thing asked by its name (工作单位名称：, 开户银行名称), the label's words all the same
        elif current in _SIGNERS and (signed := _SIGNED_RE.match(cleaned, pos)) is not None:
            pos = signed.end()  # the act asked of the signer, no brackets: "负责人签字：杜明远", "调查人签名张华"
        if current in FREE_TEXT and (prompt := _NARRATIVE_PROMPT_RE.match(cleaned, pos)):
            pos = prompt.end()  # 「家庭困难情况简述：」: the narrative's label asks for it, the account follows
    tail = _COLON_READ_AS_MARK.sub("", cleaned[pos:]).strip(_SEP + " ，,")
    if tail == "）":
        tail = ""  # the label was printed in brackets: "（公章+审签人签字）"
    if current is not None or tail:
        out.append((current, tail))
    return out


# a row label that only qualifies the words of a header cell spanning its rows: 「致困原因」 printed once, tall, left
# of 「主要（限1项）」 and 「次要（0至3项）」 — each row's label is its qualifier and the header's words together
_QUALIFIER_RE = re.compile(r"(主要|次要)((?:（[^（）]*）?)?)")


def qualify_row_labels(lines: Sequence[TextLine]) -> list[TextLine]:
    """``lines`` with each qualifier row label (``_QUALIFIER_RE``) written out as the label it stands for, when a
    text taller than it stands left of it over its middle and the qualifier and that text make a label. The
    same for a qualifier heading a column (致困原因 | 主要（限1项） | 次要（≤3项）, the options listed down the
    first column and marked in the others): the text left of it on its row that makes the label with it."""
    out = list(lines)
    for i, ln in enumerate(lines):
        m = _QUALIFIER_RE.fullmatch(clean_text(ln.text))
        if m is None:
            continue
        heads = [
            o
            for o in lines
            if o.page == ln.page
            and o.box[2] <= ln.box[0] + 0.3 * ln.height
            and o.box[1] <= ln.cy <= o.box[3]
            and o.height >= 1.5 * ln.height
            and canonical_label(m.group(1) + clean_text(o.text).strip(_SEP)) is not None
        ] or [
            o
            for o in lines
            if o.page == ln.page
            and o.box[2] <= ln.box[0] + 0.3 * ln.height
            and _same_row(o, ln)
            and canonical_label(m.group(1) + clean_text(o.text).strip(_SEP)) is not None
        ]
        if heads:
            head = max(heads, key=lambda o: o.box[2])
            text = m.group(1) + clean_text(head.text).strip(_SEP) + m.group(2)
            out[i] = TextLine(text, ln.box, ln.confidence, ln.page, ln.cell)
    return out


def _qualifier_of_left_label(ln: TextLine, lines: Sequence[TextLine]) -> str | None:
    """The label ``ln`` stands for when it is a bare word (联系人) that the label left of it on its row qualifies:
    that label with its last word (one or two characters) replaced by ``ln``'s makes a label (帮扶单位 | … | 联系人 →
    帮扶联系人: the contact of the helping unit; 困难职工单位工会 | … | 类别 is no 困难类别, the label's first word is
    not what it names). None when ``ln`` is a label or a value itself, or no label on its left qualifies it."""
    word = clean_text(ln.text).strip(_SEP)
    if not 2 <= len(word) <= 4 or not all(_is_ideograph(c) for c in word) or split_labelled(word)[0][0] is not None:
        return None
    left = sorted((o for o in lines if _same_row(o, ln) and o.box[2] <= ln.box[0] + 0.3 * ln.height),
                  key=lambda o: -o.box[2])
    for o in left[:2]:  # the label, or its value between them
        head = clean_text(o.text).strip(_SEP)
        if not _is_label_text(head):
            continue
        for k in (len(head) - 1, len(head) - 2):  # the label's last word (one or two characters) replaced
            if k >= 2 and (lab := canonical_label(head[:k] + word)) is not None and lab != canonical_label(head):
                return lab
        return None
    return None


def qualify_role_labels(lines: Sequence[TextLine]) -> list[TextLine]:
    """``lines`` with each bare word that the label left of it on its row qualifies written out as the label it
    stands for (``_qualifier_of_left_label``), when a text right of it on its row is its value."""
    out = list(lines)
    for i, ln in enumerate(lines):
        if (lab := _qualifier_of_left_label(ln, lines)) is None:
            continue
        if any(_same_row(o, ln) and o.box[0] >= ln.box[2] - 0.3 * ln.height for o in lines):
            out[i] = TextLine(lab, ln.box, ln.confidence, ln.page, ln.cell)
    return out


def _is_label_text(text: str) -> bool:
    parts = split_labelled(text)
    return bool(parts) and all(lab is not None and not val for lab, val in parts)


def _same_row(a: TextLine, b: TextLine) -> bool:
    return a.page == b.page and abs(a.cy - b.cy) <= 0.6 * max(a.height, b.height)


def vertical_overlap(a: TextLine, b: TextLine) -> float:
    """Share of the shorter line's height that the two lines have in common."""
    common = min(a.box[3], b.box[3]) - max(a.box[1], b.box[1])
    return max(0.0, common) / min(a.height, b.height)


def value_right_of(label: TextLine, lines: Sequence[TextLine]) -> TextLine | None:
    """The nearest text to the right of ``label`` on its row.

    Text that shares at least half its height with the label wins over text that merely starts
    within the label's reach: a tall label cell (家庭主要困难情况) must not take the phone number in
    the row above it.
    """
    cands: list[TextLine] = []
    far: list[TextLine] = []
    for ln in lines:
        # OCR boxes are generous: a value's box may start a little inside its label's, its middle not
        if ln is label or ln.page != label.page or _BRACKETED_NOTE_RE.fullmatch(clean_text(ln.text)):
            continue  # a note printed in the value's box tells what to write, it is not what was written
        if ln.box[0] < label.box[2] - 0.3 * label.height and (
            ln.box[0] < label.box[2] - 0.6 * label.height or ln.cx <= label.box[2] + 0.5 * label.height
        ):
            continue
        # same row, or a value that starts a little lower than its label (card layouts)
        if not (_same_row(label, ln) or label.box[1] - 0.3 * label.height <= ln.box[1] <= label.box[3]):
            continue
        if ln.box[0] > label.box[2] + 12 * label.height:
            far.append(ln)
            continue
        cands.append(ln)
    if not cands:
        # 「户籍地址：________」 or 「*户口所在地 ________」: a label alone before a long blank has its value written
        # wherever on the blank, however far (centred on it), as long as it is the next text of the label's own
        # band — a label standing between would be nearer
        level = [c for c in far if vertical_overlap(label, c) >= 0.5]
        if level:
            return min(level, key=lambda c: c.box[0])
        return None
    level = [c for c in cands if vertical_overlap(label, c) >= 0.5]
    return min(level or cands, key=lambda c: c.box[0])


def value_below(label: TextLine, lines: Sequence[TextLine], max_gap: float = 2.5) -> TextLine | None:
    """The text in the first row below the label that overlaps it, nearest to its centre."""
    cands: list[TextLine] = []
    for ln in lines:
        if ln is label or ln.page != label.page:
            continue
        # a value written under its label in one cell may have a box that reaches up into the label's
        # (OCR boxes are generous): its middle below the label's foot is enough
        if ln.box[1] < label.box[3] - 0.3 * label.height and ln.cy < label.box[3]:
            continue
        overlap = min(ln.box[2], label.box[2]) - max(ln.box[0], label.box[0])
        if overlap <= 0 or ln.box[1] - label.box[3] > max_gap * label.height:
            continue
        cands.append(ln)
    if not cands:
        return None
    top = min(c.cy for c in cands)
    first_row = [c for c in cands if c.cy - top <= 0.6 * c.height]
    return min(first_row, key=lambda c: abs(c.cx - label.cx))


# Narratives: the whole text of the box is the value, whatever field names it mentions.
FREE_TEXT = {"困难情况说明"}

MULTILINE = {
    "住址",
    "家庭住址",
    "诊断",
    "困难情况说明",
    "工作单位",
    "用人单位",
    "户口所在地行政区划",
    "发证机关",
}


def _continuation(first: TextLine, lines: Sequence[TextLine], x_tol: float | None = None) -> list[TextLine]:
    """Lines right under ``first``, left-aligned with it, that continue a wrapped value."""
    out: list[TextLine] = []
    if first.cell:
        return out  # a ruled cell already holds every line of its value: below the ruling is another field
    cur = first
    while True:
        nxt = [
            o
            for o in lines
            if o.page == cur.page
            and o is not cur
            and -0.4 * cur.height < o.box[1] - cur.box[3] <= 0.8 * cur.height
            and o.cy > cur.cy + 0.6 * cur.height
            and -first.height <= o.box[0] - first.box[0] <= (x_tol if x_tol is not None else first.height)
            and not split_labelled(o.text)[0][0]
            and not _labelled_from_left(o, lines)
            and not _is_section_heading(clean_text(o.text))  # 「一、申请人情况」 under the head line: a section begins
        ]
        if not nxt:
            return out
        cur = min(nxt, key=lambda o: o.box[1])
        out.append(cur)
        if len(out) >= 3:
            return out


def _labelled_from_left(value: TextLine, lines: Sequence[TextLine]) -> bool:
    """Whether the text right before ``value`` on its band is a label with no value of its own (「工作单位：」):
    then ``value`` is that label's, never the wrapped end of the value above it."""
    left = [
        o
        for o in lines
        if o is not value
        and o.page == value.page
        and o.box[2] <= value.box[0] + 0.3 * value.height
        and vertical_overlap(o, value) >= 0.5
    ]
    if not left:
        return False
    parts = split_labelled(max(left, key=lambda o: o.box[2]).text)
    return bool(parts) and parts[-1][0] is not None and not parts[-1][1].strip()


def _in_header_row(label: TextLine, lines: Sequence[TextLine]) -> bool:
    """Whether ``label`` stands in a row of five or more texts of which at least 70 % are labels."""
    row = [o for o in lines if _same_row(o, label)]
    if len(row) < 5:
        return False
    return sum(1 for o in row if _is_label_text(o.text)) >= 0.7 * len(row)


def _narrative_values(lines: Sequence[TextLine]) -> set[int]:
    """Ids of the lines that are the value of a FREE_TEXT label standing alone in its cell."""
    out: set[int] = set()
    for ln in lines:
        parts = split_labelled(ln.text)
        if len(parts) == 1 and parts[0][0] in FREE_TEXT and not parts[0][1]:
            nxt = value_right_of(ln, lines)
            if nxt is not None and not _is_label_text(nxt.text):
                out.add(id(nxt))
    return out


def pair_labels(lines: Sequence[TextLine], wanted: Iterable[str] | None = None) -> dict[str, Reading]:
    """Read every ``label → value`` pair on the page(s).

    Inline pairs ("姓名：张三") are read from the text itself; a line that is only a label takes the
    nearest text to its right on the same row, else the nearest text below it that is not a label.
    The first reading of a label wins (forms print household fields before the member table); the
    later ones go with it as ``extra["alternatives"]``, for the field's validation to fall back on (a
    legend "致困原因（选项）：1 …" before the 主要致困原因 cell, a sentence naming 建档人 before its cell).
    """
    wanted_set = set(wanted) if wanted is not None else None
    out: dict[str, Reading] = {}
    narratives = _narrative_values(lines)
    for ln in sorted(lines, key=lambda t: (t.page, t.cy, t.box[0])):
        if id(ln) in narratives:
            continue  # "…本人月收入3370元…" inside 困难情况说明 is no reading of 本人月平均收入
        parts = split_labelled(ln.text)
        if not any(lab for lab, _ in parts):
            continue
        for idx, (lab, val) in enumerate(parts):
            if lab is None or (wanted_set is not None and lab not in wanted_set):
                continue
            if val:
                if lab in MULTILINE and idx == len(parts) - 1:
                    cont = _continuation(ln, lines, x_tol=0.5 * (ln.box[2] - ln.box[0]))
                    if cont:
                        val += "".join(c.text for c in cont)
                _put(out, lab, Reading(val, ln.confidence, ln.page, ln.box, raw=ln.text, extra={"label_line": ln}))
                continue
            if idx != len(parts) - 1:
                continue  # an empty label followed by another label on the same run: blank on the form
            if lab not in FREE_TEXT and (over := _value_over_caption(ln, lines)) is not None:
                # a caption printed under the blank its value is written on (姓名 under 「张三」 on its rule)
                _put(out, lab, Reading(over.text, over.confidence, over.page, over.box, raw=over.text,
                                       extra={"label_line": ln}))
                continue
            if _in_header_row(ln, lines) and (rd := _reading_below(ln, lines)) is not None:
                # 档案表 style: a row of labels over a row of values; text squeezed between two labels
                # is a label OCR misread ("使康" for 健康), not this label's value
                _put(out, lab, rd)
                continue
            nxt = value_right_of(ln, lines)
            if (
                nxt is not None
                and lab not in FREE_TEXT  # a narrative's label heads its own box: what is beside it is the account
                and _under_another_label(ln, nxt, lines)
                and (rd := _reading_below(ln, lines)) is not None
            ):
                # signature blocks side by side, each label over its name (入户核查人签名： | …, （审签人签字） over
                # its signer): the name beside this label is the next column's, this label's is under it
                _put(out, lab, rd)
                continue
            if nxt is not None and not _is_label_text(nxt.text):
                first = split_labelled(nxt.text)
                if first and first[0][0] is None and lab in FREE_TEXT:
                    first = [(None, clean_text(nxt.text).strip(_SEP + " ，,"))]
                if first and first[0][0] is None and lab in MULTILINE:
                    # a long value wraps: the lines right under it, left-aligned with it, continue it
                    cont = _continuation(nxt, lines)
                    if cont:
                        text = first[0][1] + "".join(c.text for c in cont)
                        _put(out, lab, Reading(
                            text,
                            min(c.confidence for c in [nxt, *cont]),
                            nxt.page,
                            union_box(nxt.box, cont[-1].box),
                            raw=text,
                            extra={"label_line": ln},
                        ))
                        continue
                if first and first[0][0] is None:
                    _put(out, lab, Reading(
                        first[0][1], nxt.confidence, nxt.page, nxt.box, raw=nxt.text, extra={"label_line": ln}
                    ))
                    continue
            # the next cell is another label: a header row (档案表 style, value below) or a blank box;
            # in a row of label, value, label, value … a label with nothing right of it was left blank
            if not _pairs_in_row(ln, lines) and (rd := _reading_below(ln, lines)) is not None:
                _put(out, lab, rd)
    return out


def _value_over_caption(label: TextLine, lines: Sequence[TextLine]) -> TextLine | None:
    """The value written on the blank over ``label`` when the label is the blank's caption, printed under its
    rule (____张三____ / 姓名): outside any ruled cell, nothing beside the label but other labels, the nearest
    text over it a value (nearer to it than to any other text of its row), no text under it nearer, and that
    value no label's over it. Rows of labels over their values (labels, values, labels, values) give each
    value to the label over it: the first row of labels has no value over it, so no row is a row of
    captions; rows of captions start with a row of values no label stands over."""
    if label.cell:
        return None
    right = value_right_of(label, lines)
    if right is not None and not _is_label_text(right.text):
        return None
    value = _text_next_to(label, lines, above=True)
    if value is None or _is_label_text(value.text) or any(lab for lab, _ in split_labelled(value.text)):
        return None
    if _is_section_heading(clean_text(value.text)) or _labelled_from_left(value, lines):
        return None  # a section's title, or 「住址：」 | value: the label before it owns it
    under = _text_next_to(label, lines, above=False)
    if under is not None and under.box[1] - label.box[3] < label.box[1] - value.box[3] - 0.2 * label.height:
        return None  # the text under the label is nearer: its value, the label over it
    head = _text_next_to(value, lines, above=True)
    if head is not None and _is_label_text(head.text) and _value_over_caption(head, lines) is None:
        return None  # the value stands under a label of its own (a row of labels over their values)
    return value


def _x_gap(a: TextLine, b: TextLine) -> float:
    """How far apart two texts are across the page (0 when one stands over the other)."""
    return max(0.0, max(a.box[0], b.box[0]) - min(a.box[2], b.box[2]))


def _text_next_to(ln: TextLine, lines: Sequence[TextLine], above: bool) -> TextLine | None:
    """The free text (no ruled cell) of the row right over (or under) ``ln``, its edge within a line height
    of ``ln``'s (the taller one's: a caption is printed smaller than what is written over it), nearest to
    ``ln`` across the page and nearer to it than to any other text of ``ln``'s row (a value written from
    the left of its rule, its caption centred under the rule, is still its)."""
    h = ln.height
    cands = [
        o
        for o in lines
        if o is not ln
        and o.page == ln.page
        and not o.cell
        and (o.cy < ln.box[1] if above else o.cy > ln.box[3])
        and -0.3 * h <= (ln.box[1] - o.box[3] if above else o.box[1] - ln.box[3]) <= 1.2 * max(h, o.height)
        and _x_gap(o, ln) <= 8 * h
    ]
    if not cands:
        return None
    edge = max(o.cy for o in cands) if above else min(o.cy for o in cands)
    row = [o for o in cands if abs(o.cy - edge) <= 0.6 * o.height]

    def key(o: TextLine, to: TextLine) -> tuple[float, float]:
        return _x_gap(o, to), abs(o.cx - to.cx)

    best = min(row, key=lambda o: key(o, ln))
    siblings = [s for s in lines if s is not ln and s.page == ln.page and not s.cell and _same_row(s, ln)]
    if any(key(best, s) < key(best, ln) for s in siblings):
        return None  # nearer to another text of the row: that one's
    return best


def _under_another_label(label: TextLine, value: TextLine, lines: Sequence[TextLine]) -> bool:
    """Whether ``value``, the text right of ``label`` on its row, stands under a label of its own: a text that
    is only a label, on a row above ``label``'s, right of ``label``'s end, with no value beside it, whose value
    under it is ``value`` (each column's label with its value written under it)."""
    for o in lines:
        if o is label or o is value or o.page != label.page or o.box[0] < label.box[2] - 0.3 * label.height:
            continue
        if not (o.cy < label.box[1] and 0 <= value.box[1] - o.box[3] + 0.3 * o.height <= 2.5 * o.height):
            continue
        if min(o.box[2], value.box[2]) - max(o.box[0], value.box[0]) <= 0 or not _is_label_text(o.text):
            continue
        beside = value_right_of(o, lines)
        if (beside is None or _is_label_text(beside.text)) and value_below(o, lines) is value:
            return True
    return False


def _put(out: dict[str, Reading], lab: str, rd: Reading) -> None:
    """The first reading of ``lab``, or one more alternative of it."""
    if lab in out:
        out[lab].extra.setdefault("alternatives", []).append(rd)
    else:
        out[lab] = rd


def _pairs_in_row(label: TextLine, lines: Sequence[TextLine]) -> bool:
    """Whether ``label``'s row pairs labels with values beside them: another label of the row has a
    value that is no label right next to it (a row of labels over their values has none)."""
    from dangan.extractors.fields import normalise_value
    from dangan.schemas.readings import check_reading

    row = sorted((o for o in lines if _same_row(o, label)), key=lambda t: t.box[0])
    for a, b in itertools.pairwise(row):
        if a is label or b is label or _is_label_text(b.text) or not (lab := label_of(a.text)):
            continue
        if (parts := split_labelled(b.text)) and parts[0][0]:
            continue
        # the text beside it is that label's value (a possible value of it), not a label the schema
        # does not know (证件编号 in a header row)
        value, _ = normalise_value(lab, b.text)
        if value is not None and check_reading(lab, value) is None and (
            re.search(r"\d", b.text) or not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", clean_text(b.text)) or lab in _VOCAB_LIKE
        ):
            return True
    return False


# labels whose values are words of a vocabulary: a word beside them that is one of those is their value
_VOCAB_LIKE = {"性别", "民族", "劳模类型", "婚姻状况", "政治面貌", "住房类型", "户口类型", "医保状况", "工作状态", "困难类别"}


# a printed unit or note in brackets closing a text ("每年所需医药费（元）", "出生日期（年月日）"): the text
# is a label the schema does not know, never a value
_NOTE_END_RE = re.compile(r"[^\d（）()]{2,}[（(][^\d（）()]{1,6}[）)]")


def _reading_below(label: TextLine, lines: Sequence[TextLine]) -> Reading | None:
    """The value printed under ``label`` (header-row forms), unless that text is a label itself."""
    own = split_labelled(label.text)
    free = bool(own) and own[-1][0] in FREE_TEXT
    # a narrative is written in the lined box under its heading, its first line a line or two down
    below = value_below(label, lines, max_gap=5.0 if free else 2.5)
    if below is None or _is_label_text(below.text) or _NOTE_END_RE.fullmatch(clean_text(below.text)):
        return None
    if _is_section_heading(clean_text(label.text)) and _labelled_from_left(below, lines):
        return None  # a section's title over rows labelled each: the text under it is its own label's
    first = split_labelled(below.text)
    if not first or first[0][0] is not None:
        return None
    if not free:
        return Reading(first[0][1], below.confidence, below.page, below.box, raw=below.text, extra={"label_line": label})
    # a narrative names other fields ("…本人月收入2290元…"): its words, not labels that end it; and it wraps
    block = _narrative_block(below, lines)
    text = clean_text("".join(ln.text for ln in block)).strip(_SEP + " ，,")
    box = union_box(block[0].box, block[-1].box)
    return Reading(text, min(ln.confidence for ln in block), below.page, box, raw=text, extra={"label_line": label})


def _narrative_block(below: TextLine, lines: Sequence[TextLine]) -> list[TextLine]:
    """The lines of a narrative written under its heading, in reading order: from the topmost line of the row
    ``below`` stands in (a short last line read as overlapping a skewed long first one is no first line), each
    next line starting under the first one's left edge, at most a line's height under the line before. A ruled
    cell holds every line of its narrative: what is under its ruling (a pledge, a signature) is none of it."""
    if below.cell:
        return [below]
    row = [o for o in lines if o.page == below.page and _same_row(o, below) and abs(o.box[0] - below.box[0]) <= 3 * below.height]
    first = min(row, key=lambda o: (o.box[1], o.box[0]))
    out = [first]
    rest = sorted((o for o in lines if o.page == first.page and o.cy > first.cy), key=lambda o: o.cy)
    for o in rest:
        prev = out[-1]
        if o.box[1] > prev.box[3] + prev.height:
            break
        if abs(o.box[0] - first.box[0]) <= 2 * first.height and o.cy > prev.cy + 0.4 * prev.height:
            if split_labelled(o.text)[0][0] is not None or len(out) > 5:
                break
            out.append(o)
    return out


# ---------------------------------------------------------------------------------------------
# Member table

_NAME_RE = re.compile(r"[\u4e00-\u9fa5·]{2,5}")
MEMBER_HEADER_WORDS = set(MEMBER_LABELS.values()) | {
    k for k, v in LABEL_SYNONYMS.items() if v in MEMBER_LABELS.values()
}
# labels only a member table prints (relation, a member's income, school …): the applicant's own row of
# labels over values (姓名/性别/民族/身份证号) names none of them
MEMBER_ONLY = frozenset(MEMBER_LABELS.values()) - frozenset(HOUSEHOLD_LABELS.values())


# the header of a member table's column of row numbers, and the key its cells are read under (then dropped)
ROW_NUMBER_HEADS = frozenset({"序号", "编号"})
ROW_NUMBER = "序号"


def _header_parts(ln: TextLine) -> list[tuple[str, TextLine]] | None:
    """The member labels (and a row number's 序号) one line of a header row holds side by side, each
    of one or more of its words ("性别 身份证号"; "序号 姓 名": a label printed with a space inside); None
    unless the whole line is such labels, two or more of them."""
    words = split_words(ln)
    if len(words) < 2:
        return None
    best: list[list[tuple[str, TextLine]] | None] = [[]] + [None] * len(words)  # best[i]: words[:i] as labels
    for j in range(1, len(words) + 1):
        for i in range(max(0, j - 4), j):
            if best[i] is None:
                continue
            part = words[i:j]
            text = "".join(w.text for w in part)
            lab = ROW_NUMBER if clean_text(text).strip("：:") in ROW_NUMBER_HEADS else member_column_label(text)
            if lab is None or (lab != ROW_NUMBER and lab not in MEMBER_LABELS.values()):
                continue
            box = (part[0].box[0], ln.box[1], part[-1].box[2], ln.box[3])
            found = [*(best[i] or []), (lab, TextLine(text, box, ln.confidence, ln.page))]
            if best[j] is None or len(found) > len(best[j] or []):
                best[j] = found
    whole = best[len(words)]
    return whole if whole is not None and len(whole) >= 2 else None


def is_member_header(found: set[str]) -> bool:
    """Whether the member labels ``found`` on one row make a member table's header: 姓名 (or, when OCR
    lost it, two labels only members have) with at least two more labels, one of them member-only.
    The relation column is not required: its header is the one most often wrapped or lost."""
    only = found & MEMBER_ONLY
    return len(found) >= 3 and bool(only) and ("姓名" in found or len(only) >= 2)


# what a member table writes in the relation cell of the applicant's own row (申请人 listed first): the
# applicant is the household record's own fields, no member (the schema's models skip such a row too)
APPLICANT_RELATIONS = frozenset({"本人", "申请人", "申请人本人", "职工本人"})


def is_applicant_row(member: dict[str, Reading]) -> bool:
    rel = member.get("关系")
    return rel is not None and clean_text(str(rel.value)).strip("：:") in APPLICANT_RELATIONS


def find_member_table(lines: Sequence[TextLine]) -> list[dict[str, Reading]]:
    """Rows under a header of ≥ 3 member labels (姓名/关系/性别/政治面貌/身份证号/月收入 …).

    Columns are the header cells' x ranges; a row belongs to the table until a row holds a household
    label outside the columns or the vertical gap grows beyond three row heights.
    """
    return find_member_table_lines(lines)[0]


def find_member_table_lines(lines: Sequence[TextLine]) -> tuple[list[dict[str, Reading]], list[TextLine]]:
    """``find_member_table`` with the lines of the table (its header and the rows read). On a page whose
    rows of text slope (a phone photo or a sheet fed askew that pre-processing did not straighten, with no
    ruled grid found), the rows are found with the slope taken out, and the boxes given back as read."""
    slope = text_slope(lines)
    if abs(slope) < 0.01:
        return _find_member_table_lines(lines)
    level = [
        TextLine(ln.text, (ln.box[0], ln.box[1] - slope * ln.cx, ln.box[2], ln.box[3] - slope * ln.cx), ln.confidence, ln.page, ln.cell)
        for ln in lines
    ]
    members, used = _find_member_table_lines(level)

    def back(b: Box) -> Box:
        dy = slope * (b[0] + b[2]) / 2
        return (b[0], b[1] + dy, b[2], b[3] + dy)

    for m in members:
        for rd in m.values():
            rd.box = back(rd.box)
    return members, [TextLine(t.text, back(t.box), t.confidence, t.page, t.cell) for t in used]


def text_slope(lines: Sequence[TextLine]) -> float:
    """The slope (dy/dx) of the page's rows of text: the median, over lines with a neighbour to their right
    on the same band (overlapping by a third of a height, within twelve heights), of the slope between
    their centres; 0 with fewer than eight such pairs."""
    slopes: list[float] = []
    for a in lines:
        best: TextLine | None = None
        for b in lines:
            if b is a or b.page != a.page or b.box[0] <= a.box[2] - 2 or b.cx - a.cx > 12 * a.height:
                continue
            if min(a.box[3], b.box[3]) - max(a.box[1], b.box[1]) < 0.3 * min(a.height, b.height):
                continue
            if best is None or b.box[0] < best.box[0]:
                best = b
        if best is not None:
            slopes.append((best.cy - a.cy) / max(1.0, best.cx - a.cx))
    if len(slopes) < 8:
        return 0.0
    slopes.sort()
    return slopes[len(slopes) // 2]


def _find_member_table_lines(lines: Sequence[TextLine]) -> tuple[list[dict[str, Reading]], list[TextLine]]:
    rows = group_rows(lines)
    members: list[dict[str, Reading]] = []
    used: list[TextLine] = []
    for ri, row in enumerate(rows):
        header: list[tuple[str, TextLine]] = []
        near = [t for r in (rows[ri - 1] if ri else [], rows[ri + 1] if ri + 1 < len(rows) else []) for t in r]
        head_lines, taken = _wrapped_headers(row, near)
        for ln in head_lines:
            lab = member_column_label(ln.text)
            if lab and (lab in MEMBER_LABELS.values()):
                header.append((lab, ln))
            elif lab is None and (parts := _header_parts(ln)) is not None:
                # two header labels OCR read as one line ("性别 身份证号", "序号 姓 名": the columns' gap
                # was narrow)
                header += parts
        # a column of row numbers (序号 | 姓名 | …): a column of its own, so that its numbers are no one's name
        serial = [(ROW_NUMBER, ln) for ln in row if clean_text(ln.text).strip("：:") in ROW_NUMBER_HEADS]
        serial += [h for h in header if h[0] == ROW_NUMBER]
        header = [h for h in header if h[0] != ROW_NUMBER]
        found = {h[0] for h in header}
        # a member table's header names the relation, and is (nearly) all labels: 档案表 blocks of
        # "姓名 | value | 关系 | value" and the household header rows are not member tables
        if not is_member_header(found) or "姓名" not in found or len(header) + len(serial) < 0.6 * len(head_lines):
            continue
        header = sorted(header + serial, key=lambda h: h[1].cx)
        # column borders halfway between header centres
        centres = [h[1].cx for h in header]
        bounds = [
            (
                -1e9 if i == 0 else (centres[i - 1] + centres[i]) / 2,
                1e9 if i == len(centres) - 1 else (centres[i] + centres[i + 1]) / 2,
            )
            for i in range(len(centres))
        ]
        last_y = max(h[1].box[3] for h in header)
        row_h = max(h[1].height for h in header)
        spans: list[tuple[float, float]] = []  # each row's top and bottom, by ``members``' order
        for row2 in rows[ri + 1 :]:
            row2 = [t for t in row2 if id(t) not in taken]  # a wrapped header's lower part
            if not row2:
                continue
            if row2[0].page != header[0][1].page:
                break
            top = min(t.box[1] for t in row2)
            if top - last_y > 3.5 * row_h:
                break
            if any(_is_label_text(t.text) and label_of(t.text) not in MEMBER_HEADER_WORDS for t in row2):
                break
            if any(label_of(t.text) in MEMBER_LABELS.values() for t in row2) and len(row2) >= 3:
                break  # a second header
            member: dict[str, Reading] = {}
            name_col = next(b for (lab, _h), b in zip(header, bounds, strict=True) if lab == "姓名")
            names = [t for t in row2 if name_col[0] <= t.cx < name_col[1]]
            if names and not _NAME_RE.fullmatch(re.sub(r"\s", "", names[0].text)):
                break  # the table is over: the next block of the form starts here
            # values of two columns read as one line ("配偶 女") are the columns' own, apart
            row2 = [
                q
                for t in row2
                for p in (
                    split_words(t)
                    if sum(1 for lo, hi in bounds if lo < t.box[2] and t.box[0] < hi) > 1
                    else [t]
                )
                for q in _cut_at_borders(p, bounds)
            ]
            for t in sorted(row2, key=lambda t: (t.box[1], t.box[0])):
                # a cell's text wrapped left-aligned under its first line (保定安居物业服务有限公 / 司): the
                # second line's centre may lie over the column before; it goes where the line it continues went
                x = next((u.cx for u in row2 if _continues(t, u)), t.cx)
                for (lab, _h), (lo, hi) in zip(header, bounds, strict=True):
                    if lo <= x < hi:
                        if lab in member:
                            member[lab].value += t.text
                        else:
                            member[lab] = Reading(t.text, t.confidence, t.page, t.box, raw=t.text)
            member.pop(ROW_NUMBER, None)
            if member:
                members.append(member)
                spans.append((min(t.box[1] for t in row2), max(t.box[3] for t in row2)))
                used += row2
                last_y = max(t.box[3] for t in row2)
        members = _wrapped_rows(members, spans, row_h, bounds)
        members = [m for m in members if not is_applicant_row(m)]
        if members:
            return members, used + [h[1] for h in header]
    return members, used


def _continues(t: TextLine, u: TextLine) -> bool:
    """Whether ``t`` is the next line of ``u``'s wrapped text: just below it, inside its width."""
    h = min(t.height, u.height)
    below = u.box[3] - 0.5 * h <= t.box[1] <= u.box[3] + 0.5 * h
    return t is not u and below and t.box[0] >= u.box[0] - 0.5 * h and t.box[2] <= u.box[2] + 0.5 * h


def _script(ch: str) -> str:
    return "d" if ch.isdigit() else ("i" if _is_ideograph(ch) else "o")


def _cut_at_borders(word: TextLine, bounds: Sequence[tuple[float, float]]) -> list[TextLine]:
    """A word lying across a column border of an unruled table cut there, where its characters change
    from ideographs to figures or back ("女2020年1月2": 女 | 2020年1月2, the sex and the birth date of
    neighbouring columns with no space between): the change of script nearest the border, within a
    character and a half of it, each part centred a character or more on its own side of it (positions by
    character widths, OCR lines having no character boxes)."""
    text = word.text
    borders = [hi for lo, hi in bounds if word.box[0] < hi < word.box[2]]
    if not borders or len(text) < 2:
        return [word]
    total = sum(_char_weight(c) for c in text) or 1.0
    scale = (word.box[2] - word.box[0]) / total
    changes = [k for k in range(1, len(text)) if {_script(text[k - 1]), _script(text[k])} == {"d", "i"}]
    best: tuple[float, int] | None = None
    for k in changes:
        x = word.box[0] + sum(_char_weight(c) for c in text[:k]) * scale
        b = min(borders, key=lambda b: abs(x - b))
        # each part on its own side: its centre a character or more beyond the border
        beside = (word.box[0] + x) / 2 + scale <= b <= (x + word.box[2]) / 2 - scale
        if beside and abs(x - b) <= 1.5 * scale and (best is None or abs(x - b) < best[0]):
            best = (abs(x - b), k)
    if best is None:
        return [word]
    k = best[1]
    x = word.box[0] + sum(_char_weight(c) for c in text[:k]) * scale
    left = TextLine(text[:k], (word.box[0], word.box[1], x, word.box[3]), word.confidence, word.page)
    right = TextLine(text[k:], (x, word.box[1], word.box[2], word.box[3]), word.confidence, word.page)
    return [*_cut_at_borders(left, bounds), *_cut_at_borders(right, bounds)]


def _wrapped_rows(
    members: list[dict[str, Reading]],
    spans: Sequence[tuple[float, float]],
    row_h: float,
    bounds: Sequence[tuple[float, float]] = (),
) -> list[dict[str, Reading]]:
    """The rows of an unruled table with the parts of a member's wrapped cells joined to the member: with
    no rulings, a row whose cells wrap (a date 1968年6月2 / 9日, an amount 2,080. / 00) comes as up to three
    rows of text, its one-line cells level with the middle one. A row that names no one (no 姓名, no
    身份证号 of 15 figures or more) within a row height of a row that does, each of its texts inside one
    column (``bounds``, a row height's slack: a line of the form below the table runs across columns), is
    that member's: each of its values goes before or after the member's value of its column (the column of
    the member's line it continues, or that continues it, when there is one: a text wrapped left-aligned
    lies partly over the column before), as it lies above or below it."""

    def names(m: dict[str, Reading]) -> bool:
        idn = m.get("身份证号")
        return bool(m.get("姓名")) or (idn is not None and sum(ch.isdigit() for ch in str(idn.value)) >= 15)

    named = [i for i, m in enumerate(members) if names(m)]
    if not named or len(named) == len(members):
        return members
    out = [{lab: replace(rd, extra=dict(rd.extra)) for lab, rd in m.items()} for m in members]
    merged: set[int] = set()
    for i, m in enumerate(members):
        if i in named:
            continue
        j = min(named, key=lambda k: _span_gap(spans[i], spans[k]))
        if _span_gap(spans[i], spans[j]) > row_h or any(
            not any(lo - row_h <= rd.box[0] and rd.box[2] <= hi + row_h for lo, hi in bounds) for rd in m.values()
        ):
            continue
        target = out[j]
        for lab0, rd in m.items():
            # the column of the line it continues or that continues it, when one of the member's does
            # (a wrapped text left-aligned in its cell lies partly over the column before)
            part = TextLine(str(rd.value), rd.box)
            lab = next(
                (k for k, v in target.items() if _continues(part, TextLine(str(v.value), v.box))
                 or _continues(TextLine(str(v.value), v.box), part)),
                lab0,
            )
            have = target.get(lab)
            if have is None:
                target[lab] = Reading(rd.value, rd.confidence, rd.page, rd.box, rd.raw)
                continue
            above = (rd.box[1] + rd.box[3]) / 2 < (have.box[1] + have.box[3]) / 2
            have.value = f"{rd.value}{have.value}" if above else f"{have.value}{rd.value}"
            have.raw = have.value
            have.confidence = min(have.confidence, rd.confidence)
            have.box = union_box(have.box, rd.box)
        merged.add(i)
    return [m for i, m in enumerate(out) if i not in merged]


def _span_gap(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The distance between two rows' (top, bottom) spans, 0 where they overlap."""
    return max(0.0, a[0] - b[1], b[0] - a[1])


def _wrapped_headers(
    row: Sequence[TextLine], near: Sequence[TextLine] = ()
) -> tuple[list[TextLine], set[int]]:
    """The lines of a row with each header wrapped in its column joined, top part first, and the ids of the
    lines of ``near`` (the rows just above and below) taken into it. With no rulings to hold a cell's lines
    together, a long header printed over two lines in a narrow column (就业（就学 / ）状况, 与申请人关 / 系)
    comes as two lines, neither a label alone, level with the row's one-line headers or straddling them
    (a line just above the row, a line just below it). Two lines are joined when one lies below the other,
    across most of the narrower's width, the lower no longer than the upper (a header's last line holds
    what is left of it), and the joined text names a member label where neither part names one (就业（就学 /
    ）状况: 人员身份), or is, as printed, the label the one part that names one names, the other part of one
    or two characters (与申请人关 / 系: 关系; no header over a value, 身份（…） / 退休); a line
    of ``near`` is taken only into such a join, or alone when it is a member label in a column of its own
    beside the row's."""
    if sum(1 for t in row if member_column_label(t.text) in MEMBER_LABELS.values()) < 2:
        return sorted(row, key=lambda t: t.box[0]), set()  # no header row: nothing to join (and cheap)
    h = statistics.median(t.height for t in row)
    top, bottom = min(t.box[1] for t in row), max(t.box[3] for t in row)
    extra = [t for t in near if t.box[3] >= top - 0.8 * h and t.box[1] <= bottom + 0.8 * h]
    out = sorted([*row, *extra], key=lambda t: t.box[1])
    parts: dict[int, set[int]] = {id(t): {id(t)} for t in out}
    joined = True
    while joined:
        joined = False
        for a, b in itertools.permutations(out, 2):
            overlap = min(a.box[2], b.box[2]) - max(a.box[0], b.box[0])
            narrower = min(a.box[2] - a.box[0], b.box[2] - b.box[0])
            if b.cy <= a.box[3] - 0.2 * a.height or overlap < 0.5 * narrower:
                continue
            la, lb = member_column_label(a.text), member_column_label(b.text)
            if (la is not None and lb is not None) or len(clean_text(b.text)) > len(clean_text(a.text)):
                continue  # two headers; a label over a value (工作或学习单位 / 石家庄安居物业服务有)
            both = TextLine(a.text + b.text, union_box(a.box, b.box), min(a.confidence, b.confidence), a.page, a.cell)
            lab = member_column_label(both.text)
            if la is not None or lb is not None:
                # one part a label alone: the other only completes its printed wording (与申请人关 / 系)
                whole = canonical_label(clean_text(both.text))
                lab = whole if whole == (la or lb) and min(len(clean_text(a.text)), len(clean_text(b.text))) <= 2 else None
            if lab in MEMBER_LABELS.values():
                parts[id(both)] = parts.pop(id(a)) | parts.pop(id(b))
                out = [both, *(t for t in out if t is not a and t is not b)]
                joined = True
                break
    extra_ids = {id(t) for t in extra}
    keep = [
        t
        for t in out
        if not parts[id(t)] <= extra_ids or member_column_label(t.text) in MEMBER_LABELS.values()
    ]
    taken = {i for t in keep for i in parts[id(t)]} & extra_ids
    return sorted(keep, key=lambda t: t.box[0]), taken


def _char_weight(ch: str) -> float:
    """Width of a character in character heights: ideographs and full-width forms ≈ 1, ASCII ≈ ½."""
    return 0.35 if ch.isspace() else (0.55 if ord(ch) < 0x2E80 else 1.0)


def split_words(ln: TextLine) -> list[TextLine]:
    """A line's texts apart at its spaces, each with the part of the line's box its characters take
    (OCR lines carry no character boxes); the line alone when it has no space."""
    words = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", ln.text)]
    if len(words) < 2:
        return [ln]
    total = sum(_char_weight(c) for c in ln.text) or 1.0
    scale = (ln.box[2] - ln.box[0]) / total
    out = []
    for w, a, b in words:
        x0 = ln.box[0] + sum(_char_weight(c) for c in ln.text[:a]) * scale
        x1 = ln.box[0] + sum(_char_weight(c) for c in ln.text[:b]) * scale
        out.append(TextLine(w, (x0, ln.box[1], x1, ln.box[3]), ln.confidence, ln.page))
    return out


def find_member_blocks(lines: Sequence[TextLine]) -> tuple[list[dict[str, Reading]], set[int]]:
    """Members printed as blocks of label/value pairs (档案表 家庭成员信息表格1, 2, 3 …).

    A block starts at a 姓名 label that has a 关系 label on its row and a value to its right or in its own
    cell after it ("姓名：张三"); it ends where the next block starts. Returns the members and the ids of the lines they used.
    """
    named: list[tuple[TextLine, bool]] = []  # 姓名 labels with a value, and whether 关系 shares the row
    for ln in lines:
        parts = split_labelled(ln.text)
        if not parts or parts[0][0] != "姓名":
            continue
        if not parts[0][1]:  # the label alone: its value in the next cell
            right = value_right_of(ln, lines)
            if right is None or _is_label_text(right.text):
                continue
        with_relation = any(lab == "关系" for lab, _ in parts[1:]) or any(
            o is not ln and _same_row(o, ln) and "关系" in (lab for lab, _ in split_labelled(o.text)) for o in lines
        )
        named.append((ln, with_relation))
    # a block whose 关系 is printed on another of its rows: the block (to the next 姓名 with a value)
    # names it; the applicant's own rows do not
    starts = [n for n, _ in named]
    sure = [ln for ln, ok in named if ok]
    # a block whose 关系 label OCR missed still starts where the other blocks of the page start
    # (below the first sure block: the applicant's own 姓名 above the members is in the same column)
    anchors = [
        ln
        for ln, ok in named
        if ok
        or any(s.page == ln.page and abs(s.box[0] - ln.box[0]) <= ln.height and s.box[1] < ln.box[1] for s in sure)
        or _names_member_only(ln, starts, lines)
    ]
    anchors.sort(key=lambda t: (t.page, t.box[1]))
    members: list[dict[str, Reading]] = []
    used: set[int] = set()
    for a in anchors:
        # blocks side by side (two members a row of blocks): a block reaches to the next 姓名 on its row
        beside = [o for o in anchors if o is not a and o.page == a.page and _same_row(o, a)]
        x_right = min((o.box[0] for o in beside if o.box[0] > a.box[0]), default=float("inf"))
        x_left = a.box[0] - 0.5 * a.height if any(o.box[0] < a.box[0] for o in beside) else float("-inf")
        below = [o for o in anchors if o.page == a.page and o.box[1] > a.box[1] and not _same_row(o, a)]
        nxt = min(
            [o for o in below if x_left <= o.box[0] < x_right] or below, key=lambda o: o.box[1], default=None
        )
        # a ruled cell's text has the cell's box: its top is the block's
        top = a.box[1] - (2.0 if a.cell else 0.5 * a.height)
        bottom = nxt.box[1] - (2.0 if nxt.cell else 0.5 * nxt.height) if nxt else float("inf")
        block = [ln for ln in lines if ln.page == a.page and top <= ln.cy < bottom and x_left <= ln.cx < x_right]
        block = _until_household_row(block, a)
        readings = pair_labels(block, wanted=set(MEMBER_LABELS.values()))
        if readings.get("姓名"):
            members.append(readings)
            used |= {id(ln) for ln in block}
    if not members:
        members, used = find_listed_members(lines)
    if not members:
        members, used = find_prefixed_members(lines)
    return members, used


# who a label printed with a relation before it names (配偶姓名, 配偶身份证号, 子女姓名 …): the relation words
# of GB/T 4761 that head such labels on forms, and 子女 (a child: 儿子 or 女儿 by the ID's sex digit)
PREFIX_RELATIONS = ("配偶", "丈夫", "妻子", "父亲", "母亲", "儿子", "女儿", "子女")


def find_prefixed_members(lines: Sequence[TextLine]) -> tuple[list[dict[str, Reading]], set[int]]:
    """A member's fields as the applicant's are printed, label and value, each label headed by the member's
    relation (配偶姓名 | 朱慧怡 | 配偶身份证号 | … | 配偶月收入 | 2050): one member a relation that names a
    姓名. Returns the members and the ids of the lines used."""
    by_rel: dict[str, dict[str, Reading]] = {}
    used: set[int] = set()
    for ln in lines:
        lab, _sep, value = clean_text(ln.text).partition("：") if "：" in ln.text else (clean_text(ln.text), "", "")
        t = lab.strip(":")
        rel = next((r for r in PREFIX_RELATIONS if t.startswith(r)), None)
        if rel is None or len(t) == len(rel):
            continue
        own = label_of(t[len(rel) :])
        own = MEMBER_COLUMN_SYNONYMS.get(own, own) if own is not None else None  # 配偶工作单位: the member's
        if own is None or own not in MEMBER_LABELS.values() or own == "关系":
            continue
        rd: Reading | None = None
        if value.strip():
            rd = Reading(value.strip(), ln.confidence, ln.page, ln.box, raw=value)
        elif (right := value_right_of(ln, lines)) is not None and not _is_label_text(right.text):
            rd = Reading(right.text.strip(), right.confidence, right.page, right.box, raw=right.text)
            used.add(id(right))
        if rd is not None:
            by_rel.setdefault(rel, {})[own] = rd
            used.add(id(ln))
    members: list[dict[str, Reading]] = []
    for rel, m in by_rel.items():
        if not m.get("姓名"):
            continue
        name = m["姓名"]
        relation = rel
        if rel == "子女":
            number = re.sub(r"[^0-9Xx]", "", str(m["身份证号"].value)) if "身份证号" in m else ""
            relation = ("儿子" if int(number[16]) % 2 else "女儿") if len(number) == 18 and number[16].isdigit() else ""
        if relation:
            m["关系"] = Reading(relation, name.confidence, name.page, name.box, raw=rel)
        members.append(m)
    return members, used if members else set()


# titles of a field that lists the household's members in one text (the national 联系卡: 家庭主要成员 | …)
LIST_TITLES = ("家庭主要成员", "家庭成员")
_ITEM_NAME_REL = re.compile(r"([\u4e00-\u9fff·]{2,4})[（(]([\u4e00-\u9fff]{1,4})[）)]")
_ITEM_REL_NAME = re.compile(r"([\u4e00-\u9fff]{1,4})[：:\s]+([\u4e00-\u9fff·]{2,4})")


def find_listed_members(lines: Sequence[TextLine]) -> tuple[list[dict[str, Reading]], set[int]]:
    """Members listed in the one field of a title (家庭主要成员 | 朱慧怡（配偶）、叶磊宁（儿子）, or 配偶：朱慧怡
    …): each item a name and a relation that is a possible value of 关系 (配偶, 儿子 …), two or more such
    items, or one with nothing else in the text. Returns the members and the ids of the lines used."""
    from dangan.extractors.fields import normalise_value
    from dangan.schemas.readings import check_reading

    def relation(text: str) -> str | None:
        value = normalise_value("关系", text)[0]
        return value if isinstance(value, str) and check_reading("关系", value) is None and value not in APPLICANT_RELATIONS else None

    for ln in lines:
        t = clean_text(ln.text)
        title = next((w for w in LIST_TITLES if t.startswith(w)), None)
        if title is None:
            continue
        rest = t[len(title) :].lstrip("：:")
        value_line = ln
        if not rest:
            right = value_right_of(ln, lines)
            if right is None:
                continue
            value_line, rest = right, right.text.strip()
        items = [p for p in re.split(r"[、，,；;。]+", rest) if p.strip()]
        members: list[dict[str, Reading]] = []
        for item in items:
            item = item.strip()
            found = None
            if (m := _ITEM_NAME_REL.fullmatch(item)) and (rel := relation(m.group(2))):
                found = (m.group(1), rel)
            elif (m := _ITEM_REL_NAME.fullmatch(item)) and (rel := relation(m.group(1))):
                found = (m.group(2), rel)
            if found is None:
                continue
            conf, page, box = value_line.confidence, value_line.page, value_line.box
            members.append({"姓名": Reading(found[0], conf, page, box, raw=item), "关系": Reading(found[1], conf, page, box, raw=item)})
        if len(members) >= 2 or (members and len(items) == 1):
            return members, {id(ln), id(value_line)}
    return [], set()


def _names_member_only(anchor: TextLine, starts: Sequence[TextLine], lines: Sequence[TextLine]) -> bool:
    """Whether the rows from ``anchor`` down to the next of ``starts`` below it name the relation (at most
    four rows of the anchor's height further: a block, not the rest of the form). The relation only: an
    applicant's own fields may be printed 月收入, 单位或学校 …, never 关系."""
    below = [o.box[1] for o in starts if o.page == anchor.page and o.box[1] > anchor.box[3] - 2]
    end = min(below, default=anchor.box[3] + 4 * max(anchor.height, 1.0))
    for ln in lines:
        if ln.page != anchor.page or ln is anchor or not (anchor.box[1] - 2 <= ln.cy < end):
            continue
        if any(lab == "关系" for lab, _ in split_labelled(ln.text)):
            return True
    return False


# the heading of one member's block ("家庭成员信息表格3", "成员2", "家庭成员（二）"): never a value of the block above it
_BLOCK_TITLE_RE = re.compile(r"(家庭)?成员(信息|情况)?(表格?|卡)?[（(]?[\d一二三四五六七八九十]{1,2}[）)]?")


def _until_household_row(block: list[TextLine], anchor: TextLine) -> list[TextLine]:
    """The lines of a member block above its first row that names a household field no member has
    (主要致困原因, 开户银行, the signers 建档人/审核人 under the last block …) and no member's label: the
    last block of a page ends where the form goes on. Another block's heading below the anchor
    ("家庭成员信息表格3" over the next block) is no line of this block."""
    household_only = (
        set(HOUSEHOLD_LABELS.values()) - set(MEMBER_LABELS.values()) - set(MEMBER_COLUMN_SYNONYMS)
    )
    members = set(MEMBER_LABELS.values()) | set(MEMBER_COLUMN_SYNONYMS)
    block = [ln for ln in block if ln is anchor or ln.cy <= anchor.cy or not _BLOCK_TITLE_RE.fullmatch(clean_text(ln.text))]
    for row in group_rows(block):
        if any(ln is anchor for ln in row):
            continue
        labels = {lab for ln in row for lab, _ in split_labelled(ln.text) if lab}
        # the form's next row names its fields, none of them a member's: the blocks' own title down their
        # side ("家庭成员信息表格1" in pieces) names none, and a block row beside it names members' fields
        if labels & household_only and not labels & members:
            end = min(ln.box[1] for ln in row)
            return [ln for ln in block if ln.cy < end]
    return block


# ---------------------------------------------------------------------------------------------
# Ticked boxes

TICKED = "☑■✓√✔☒⊠▣■●"
EMPTY = "□口☐○"


_DOUBLE_BOX_RE = re.compile("[☑☒⊠▣]([□☐])")

# a glyph with no Unicode name: a symbol font (Wingdings and the like) embedded without a ToUnicode map gives
# its tick to a PDF's text layer as a control character, a private-use code point or U+FFFD
_UNNAMED_GLYPH = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]"


def unnamed_marks(text: str, options: Sequence[str]) -> str:
    """``text`` with a glyph that has no Unicode name read as ☑ where it stands right before an option word,
    or a space before it (「\\x00已婚」, 「\\x00 持证困难户」): a form's text layer carries only the mark drawn
    in a font, its empty boxes drawn as lines are no text at all. Such a glyph anywhere else is no mark and
    stays as it is."""
    if not re.search(_UNNAMED_GLYPH, text):
        return text
    alts = "|".join(re.escape(o) for o in sorted(set(options), key=len, reverse=True))
    return re.sub(_UNNAMED_GLYPH + "(?=[ \u3000]*(?:" + alts + "))", TICKED[0], text)


def ticked_in_text(text: str, options: Sequence[str], style: str | None = None) -> list[str] | None:
    """Which of ``options`` are ticked in the printed text, or None when the text shows no boxes.

    A tick glyph right before (or right after) an option marks it. OCR engines often drop the ticked
    glyph but keep the empty boxes: then the option that lost its box is the ticked one. ``style``
    ("before": □ then the word, "after": the word then □), when the image showed it, settles a glyph
    standing between two options.
    """
    # a ticked box read right before an empty one (☑□丧偶): one option has one box, the empty one its own, the
    # ☑ a misread of its edge or of noise beside it
    t = _DOUBLE_BOX_RE.sub(r"\1", _bracket_marks(clean_text(text)))
    spans: list[tuple[int, int, str]] = []
    for opt in sorted(options, key=len, reverse=True):
        for m in re.finditer(re.escape(opt), t):
            if any(s <= m.start() < e or s < m.end() <= e for s, e, _ in spans):
                continue
            spans.append((m.start(), m.end(), opt))
    if not spans:
        return None
    spans.sort()
    glyphs = EMPTY + TICKED
    before = [(opt, t[s - 1] if s > 0 else "") for s, _e, opt in spans]
    after = [(opt, t[e] if e < len(t) else "") for _s, e, opt in spans]
    n_before = sum(1 for _, c in before if c and c in glyphs)
    # a glyph right after the list's word and right before a word that is none of its options leads that word
    # (the next list's marked answer, run on into this one's text: 「丧偶☑非农业」): it says nothing of the side
    # this list's boxes are printed on
    starts = {s for s, _e, _o in spans}
    n_after = sum(
        1
        for _s, e, _o in spans
        if e < len(t)
        and t[e] in glyphs
        and not (e + 1 < len(t) and _is_ideograph(t[e + 1]) and e + 1 not in starts)
    )
    if n_before == 0 and n_after == 0:
        return None
    if n_before == n_after and style in ("before", "after"):
        n_before, n_after = (1, 0) if style == "before" else (0, 1)
    elif n_before == n_after:
        # "是□ 否" or "是 □否": without the spaces both read 是□否; the box goes with the word it touches
        n_before, n_after = _touching(text, options, glyphs)
    side = before if n_before >= n_after else after
    ticked = [opt for opt, c in side if c and c in TICKED]
    if ticked:
        return ticked
    # a filled mark inked over an option's own ○ is read beside it, on the other side of the word
    # ("○未婚 ○离异● ○丧偶"): a tick glyph that is no option's own box marks the word it touches
    stray = _stray_ticks(t, spans, glyphs, n_before >= n_after)
    if stray:
        return stray
    # style "□未婚 已婚 □离异": the glyph of the ticked box was not read at all — of the options that stand
    # as words: 职工 in the label 职工类型 is none, a word runs on from it (two ideographs that are no box
    # misread, 石 for ☑, and start no other option)

    def runs_on(i: int) -> bool:
        return i < len(t) and _is_ideograph(t[i]) and t[i] not in glyphs and i not in starts

    inside = {opt for _s, e, opt in spans if runs_on(e) and runs_on(e + 1)}
    missing = [opt for opt, c in side if not (c and c in EMPTY) and opt not in inside]
    if 0 < len(missing) < len(side):
        return missing
    return []


# a tick written in brackets after (or before) an option, 「已婚（√）」, and the empty brackets 「离异（ ）」 left for
# the others: read as the tick glyph and the empty box they stand for
# the same with square or lenticular brackets, printed before the word (【√】已婚 【 】离异, [√] 是)
# a hand tick in brackets read as a kana (「否（い」, 「（レ）」): no Chinese form prints kana, so one in brackets is
# OCR's reading of the stroke
_KANA = "\u3040-\u30ff"
_BRACKET_TICK = re.compile(
    r"（[" + re.escape(TICKED) + r"VvＶｖ/" + _KANA + r"]）?|[【［\[〔][" + re.escape(TICKED) + r"VvＶｖ][】］\]〕]?"
)  # its closing bracket may be lost
_BRACKET_EMPTY = re.compile(r"（）|[【［\[〔][】］\]〕]")


def _bracket_marks(t: str) -> str:
    """``t`` (cleaned: no spaces, full-width brackets) with 「（√）」「【√】」 read as √ and 「（）」「【】」 as □."""
    marked = _BRACKET_EMPTY.sub("□", _BRACKET_TICK.sub("√", t))
    # a numbered list (「（√）2．纳入社保制度覆盖」): the number between the mark and its word is neither
    return _NUMBER_AFTER_MARK.sub(r"\1", marked)


_NUMBER_AFTER_MARK = re.compile("([" + re.escape(EMPTY + TICKED) + r"])\d{1,2}[．.、。]?")


def bracket_ticked(text: str, options: Sequence[str]) -> list[str] | None:
    """The options ticked in brackets right after or before them (「已婚（√）」), when the text prints
    options in brackets at all; else None."""
    t = clean_text(text)
    if not _BRACKET_TICK.search(t) and not _BRACKET_EMPTY.search(t):
        return None
    b = _bracket_marks(t)
    if not any(b.find(o + "√") >= 0 or b.find(o + "□") >= 0 or b.find("√" + o) >= 0 for o in options):
        return None
    # the side the brackets are printed on, where a bracket that lost its mark and its close ("是（）否（") leaves
    # the words' marks one before and one after each word: the side more words open a bracket on
    found = [m for o in options for m in re.finditer(re.escape(o), t)]
    opened = sum(1 for m in found if m.end() < len(t) and t[m.end()] in "（【［[〔")
    closed = sum(1 for m in found if m.start() > 0 and t[m.start() - 1] in "）】］]〕")
    style = "after" if opened > closed else "before" if closed > opened else None
    picked = ticked_in_text(text, options, style)
    return picked if picked else None


def _stray_ticks(t: str, spans: Sequence[tuple[int, int, str]], glyphs: str, before: bool) -> list[str]:
    """Options marked by a tick glyph on the side opposite their own boxes: with boxes printed before the
    words (``before``), a tick right after a word that is not the next word's own box; and the mirror."""
    out: list[str] = []
    for i, (s, e, opt) in enumerate(spans):
        if before:
            c = t[e] if e < len(t) else ""
            nxt = spans[i + 1][0] if i + 1 < len(spans) else len(t)
            # the glyph right after the word, when another glyph (the next word's box) still follows it
            if c and c in TICKED and ((e + 1 < nxt and t[e + 1] in glyphs) or e + 1 >= nxt):
                out.append(opt)
        else:
            c = t[s - 1] if s > 0 else ""
            prev = spans[i - 1][1] if i > 0 else 0
            if c and c in TICKED and ((s - 2 >= prev and t[s - 2] in glyphs) or s - 1 <= prev):
                out.append(opt)
    return out


def _touching(text: str, options: Sequence[str], glyphs: str) -> tuple[int, int]:
    """(boxes printed right before an option, right after one) with no space between, in ``text``."""
    t = text.replace("*", "").replace("\u3000", " ")
    g = "[" + re.escape(glyphs) + "]"
    alts = "|".join(re.escape(o) for o in sorted(options, key=len, reverse=True))
    before = len(re.findall(g + "(?:" + alts + ")", t))
    # a glyph before a word of no option leads that word, as in ticked_in_text
    after = len(re.findall("(?:" + alts + ")" + g + "(?!(?!(?:" + alts + "))[\u4e00-\u9fff])", t))
    return before, after


def _is_ideograph(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"


def option_spans(ln: TextLine, options: Sequence[str]) -> list[tuple[str, float, float]]:
    """(option, x of its first character, x after its last) inside an OCR line, estimated proportionally."""
    n = max(1, len(ln.text))
    cw = (ln.box[2] - ln.box[0]) / n
    out: list[tuple[str, float, float]] = []
    taken: list[tuple[int, int]] = []
    # the printed question is no answer: 无低保 in "有无低保", 是/否/有 in "是否有一定自救能力"
    labels = [(m.start(), m.end()) for m in _LABEL_RE.finditer(ln.text)]
    for opt in sorted(options, key=len, reverse=True):
        for m in re.finditer(re.escape(opt), ln.text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if any(a <= m.start() and m.end() <= b and b - a > len(opt) for a, b in labels):
                continue
            before, after = ln.text[m.start() - 1 : m.start()], ln.text[m.end() : m.end() + 1]
            if len(opt) == 1 and _is_ideograph(after) and (not before or _is_ideograph(before)):
                continue  # 有 in 有限公司, 是 in 是否…: a one-character answer stands next to its box
            taken.append((m.start(), m.end()))
            out.append((opt, ln.box[0] + m.start() * cw, ln.box[0] + m.end() * cw))
    return out


def ticked_by_geometry(
    boxes: Sequence[tuple[Box, bool]],
    lines: Sequence[TextLine],
    options: Sequence[str],
    cells: Sequence[Box] = (),
) -> list[tuple[str, TextLine, Box]]:
    """Map each ticked box (from the image) to its option word: printed right after it (□未婚) or right
    before it (未婚□), whichever style fits all the boxes of that row better — of that ruled cell, when
    ``cells`` are given, since two cells of one row may print their boxes in different styles.

    Character positions inside an OCR line are estimated proportionally (lines carry no per-character
    boxes); every box of the row, ticked or not, votes for the style.
    """
    rows: list[list[tuple[Box, bool]]] = []
    for box, ticked in sorted(boxes, key=lambda b: ((b[0][1] + b[0][3]) / 2, b[0][0])):
        cy = (box[1] + box[3]) / 2
        if rows and abs(cy - (rows[-1][0][0][1] + rows[-1][0][0][3]) / 2) <= 0.5 * (box[3] - box[1]):
            rows[-1].append((box, ticked))
        else:
            rows.append([(box, ticked)])
    if cells:
        rows = [group for row in rows for group in _by_cell(row, cells)]
    out: list[tuple[str, TextLine, Box]] = []
    for row in rows:
        # a ring drawn around an option (wider than tall, or as tall as two lines) encloses its word
        rings: list[Box] = []
        for box, t in row:
            ring = _is_ring(box, lines) or _holds_a_word(box, lines, options)
            if t and ring and (hit := enclosed_option(box, lines, options)) is not None:
                out.append((hit[0], hit[1], box))
                rings.append(box)
        row = [(box, t) for box, t in row if not any(box is r for r in rings)]
        if (ordered := _boxes_in_order(row, lines, options)) is not None:
            out += [(opt, ln, box) for opt, ln, box, ticked in ordered if ticked]
            continue
        best_style: list[tuple[str, TextLine, Box, bool]] | None = None
        best_cost = float("inf")
        for style in ("before", "after"):
            cost = 0.0
            picks: list[tuple[str, TextLine, Box, bool]] = []
            for box, ticked in row:
                bcy = (box[1] + box[3]) / 2
                bh = max(1.0, box[3] - box[1])
                best: tuple[float, str, TextLine, float] | None = None
                for ln in lines:
                    if abs(ln.cy - bcy) > 0.8 * max(bh, ln.height):
                        continue
                    if ln.box[2] < box[0] - 4 * bh or ln.box[0] > box[2] + 4 * bh:
                        continue
                    for opt, x0, x1 in option_spans(ln, options):
                        d = abs(x0 - box[2]) if style == "before" else abs(box[0] - x1)
                        # two wrapped lines of options starting at one x: the box goes with its own line
                        near = d + abs(ln.cy - bcy)
                        if d <= 2.5 * bh and (best is None or near < best[0]):
                            best = (near, opt, ln, d)
                if best is None:
                    cost += 3 * bh
                    continue
                cost += best[3]
                picks.append((best[1], best[2], box, ticked))
            if cost < best_cost:
                best_cost, best_style = cost, picks
        for opt, ln, box, ticked in best_style or []:
            if ticked:
                out.append((opt, ln, box))
    return out


def _boxes_in_order(
    row: list[tuple[Box, bool]], lines: Sequence[TextLine], options: Sequence[str]
) -> list[tuple[str, TextLine, Box, bool]] | None:
    """A row's boxes matched to its option words by order, when the row prints as many boxes as option
    words (□未婚 ☑已婚 □离异 □丧偶): where OCR dropped the box glyphs from the text, a word's place in its
    line estimated from the characters read is off by the boxes' widths, its order is not. Each box must
    stand beside its word (before or after it, all of the row one way); None when the counts differ."""
    if len(row) < 2:
        return None
    bh = statistics.median(max(1.0, b[3] - b[1]) for b, _ in row)
    bcy = statistics.median((b[1] + b[3]) / 2 for b, _ in row)
    x0, x1 = min(b[0] for b, _ in row), max(b[2] for b, _ in row)
    spans = sorted(
        (
            (a, opt, ln, b)
            for ln in lines
            if abs(ln.cy - bcy) <= 0.8 * max(bh, ln.height) and ln.box[2] >= x0 - 4 * bh and ln.box[0] <= x1 + 4 * bh
            for opt, a, b in option_spans(ln, options)
        ),
        key=lambda t: t[0],
    )
    boxes = sorted(row, key=lambda r: r[0][0])
    if len(spans) != len(boxes):
        return None
    # each box beside its own word: between the words before and after that one (the estimate of a word's
    # place may be off by a box or two, not by a whole word)
    mids = [(a + b) / 2 for a, _o, _l, b in spans]
    for k, (box, _t) in enumerate(boxes):
        cx = (box[0] + box[2]) / 2
        if (k > 0 and cx <= mids[k - 1]) or (k + 1 < len(mids) and cx >= mids[k + 1]):
            return None
    return [(opt, ln, box, t) for (box, t), (_a, opt, ln, _b) in zip(boxes, spans, strict=True)]


def _holds_a_word(box: Box, lines: Sequence[TextLine], options: Sequence[str]) -> bool:
    """A marked box that holds most of an OCR line reading one option alone (是, 否 read apart): a ring
    round a one-character answer is about as large as a □ and no taller than the OCR line of its
    character, but a □ never covers its word; the line's own box is measured, not estimated."""
    for ln in lines:
        if ln.text.strip() not in options or not box[1] <= ln.cy <= box[3]:
            continue
        inside = min(ln.box[2], box[2]) - max(ln.box[0], box[0])
        if inside >= 0.6 * (ln.box[2] - ln.box[0]):
            return True
    return False


def _is_ring(box: Box, lines: Sequence[TextLine]) -> bool:
    """A marked box too large for a □ beside text: wider than 1.5 heights, or taller than the text near it."""
    w, h = box[2] - box[0], box[3] - box[1]
    if w >= 1.5 * h:
        return True
    near = [ln.height for ln in lines if abs(ln.cy - (box[1] + box[3]) / 2) <= h]
    return bool(near) and h >= 1.25 * min(near)


def enclosed_option(box: Box, lines: Sequence[TextLine], options: Sequence[str]) -> tuple[str, TextLine] | None:
    """The option word whose middle lies inside ``box`` (the largest share of it inside wins)."""
    best: tuple[float, str, TextLine] | None = None
    for ln in lines:
        if not box[1] <= ln.cy <= box[3]:
            continue
        for opt, x0, x1 in option_spans(ln, options):
            mid = (x0 + x1) / 2
            if not box[0] <= mid <= box[2]:
                continue
            share = (min(x1, box[2]) - max(x0, box[0])) / max(1.0, x1 - x0)
            if best is None or share > best[0]:
                best = (share, opt, ln)
    return None if best is None else (best[1], best[2])


def _by_cell(row: list[tuple[Box, bool]], cells: Sequence[Box]) -> list[list[tuple[Box, bool]]]:
    """The boxes of one row grouped by the smallest ruled cell holding each (boxes outside cells: one group)."""
    groups: dict[int, list[tuple[Box, bool]]] = {}
    for box, ticked in row:
        cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        holding = [
            (i, (c[2] - c[0]) * (c[3] - c[1]))
            for i, c in enumerate(cells)
            if c[0] <= cx <= c[2] and c[1] <= cy <= c[3] and (c[2] - c[0]) > 1.5 * (box[2] - box[0])
        ]
        key = min(holding, key=lambda t: t[1])[0] if holding else -1
        groups.setdefault(key, []).append((box, ticked))
    return list(groups.values())
