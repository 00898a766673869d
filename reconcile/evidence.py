"""Is a paper value trustworthy enough to send a clerk after? Readings, their provenance, and the thresholds.

A finding is made only from a paper value read with high confidence and valid for its field, settled
by a person in review (confirmed or corrected), or corroborated by a second document. Everything else
that would differ from the electronic record is a *reading to verify* (待核对): it names the electronic
value it would contradict and where on which page it was read, so a person settles it in review.

Confidence is calibrated on seen printings and does not hold on printings never seen (rotation 15 held out: no
confidence above which readings were 99 % right). So whatever the confidence, a difference does not become a
finding alone when it has the shape of a misreading (``compare.misread_shape``: a cell read short or run on, a long
text a character off, a tick missing; a header word read as a value, ``invalid_reason``; an amount with its point
lost, ``compare.relation``), when another paper of the household says otherwise (``compare.Judge.contradicted``,
``paper_conflicts``) or when the paper's own figures and lists contradict it (the ID's sex, the member list's count,
the cause block, the incomes' sum: ``Judge._against_id`` and the doubts of ``compare.compare_household``).

The thresholds are calibrated by ``benchmarks/reconcile_accuracy.py --layouts seen --ocr`` (it prints
the confidence above which OCR readings are 99 % right); calibrating on the held-out layouts would tune
on them, so the held-out run only reports how the threshold holds there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from dangan.reconcile.normal import (
    BOOL_LABELS,
    CAUSE_LABEL,
    CAUSES_LABEL,
    COUNT_LABELS,
    DATE_LABELS,
    DIGITS_LABELS,
    ID_LABELS,
    MONEY_LABELS,
    id_info,
    is_blank,
    norm_id,
    to_date,
    to_number,
)
from dangan.schemas.readings import (
    ASKING_ENDS,  # what a header asks: the gate's own list
    check_reading,  # the gate extraction applies too: one source
)
from dangan.schemas.vocab import cause_candidates

# A machine reading at or above its group's threshold is trusted (calibrated on seen layouts: see module doc
# and ``trust_threshold``). TRUST_CONFIDENCE is the threshold of a reading whose field or paper is not known.
TRUST_CONFIDENCE = 0.95
# (group of ``field_group``, on the 建档申请表?) -> threshold: the lowest of 0.90/0.95/0.98/0.99 from which the
# group's readings are 99 % right and no band of confidence above it falls much below. Measured by
# benchmarks/reconcile_accuracy.py (its table by field group) on seen layouts, seeds 8101 + 8102 (14 households
# completely read, 1,848 scored readings), right/read per band [0.90,0.95) [0.95,0.98) [0.98,1]:
#   form   amount 7/8 11/11 84/84    choice 12/14 30/30 277/278   name 1/2 5/5 59/59   date 1/1 2/2 22/22
#          number 4/4 6/6 65/65 (check digits)                   text 10/10 8/9 98/99
#   others amount 13/13 10/10 61/61  choice 6/6 51/52 201/201     name 35/37 30/30 156/157  date 43/44 68/68 81/81
#          number 2/2 1/1 80/80      text 14/14 9/12 111/114 (住址 of ID cards: 99 % right at no confidence)
# All papers together are 99 % right only from 0.98 in each band ([0.90,0.95): 95.5 %); the held-out layouts
# (measured once by the lead, not tuned on) from 0.99 (all) / 0.98 (forms): where the seen data do not settle a
# group, it takes 0.95.
# Checked on papers the generator never drew (benchmarks/trust_calibration.py: the browser sources' tuning seeds,
# forms 1-2 and papers 1-2, 1,383 scored readings, 2026-12-04), same bands:
#   form   amount 6/6 11/12 110/113  choice 33/36 24/25 370/371  name 4/4 5/7 69/69   date 6/6 12/12 23/23
#          number 1/1 5/5 129/129                                text 0/0 11/11 85/88
#   others amount 8/8 6/6 22/22      choice 7/7 34/34 54/54      name 10/14 11/13 44/45 date 11/12 2/2 38/38
#          number 0/0 2/2 23/23                                  text 4/4 32/33 53/56
# Names are the group they move: read at [0.95,0.98) they are 10/12 right on forms and 41/43 on other papers
# (seen and browser together), so a name is trusted from 0.98 (forms 128/128, others 200/202). The wrong
# amounts at >= 0.98 (a decimal point lost: 2380.5 read 23805) and texts are not told apart by confidence.
# Choices on the form (a tick's option): the confidence of a tick found in the image is the OCR confidence of the
# option word it is placed against, not of the placing, so a tick given to the next option (临时困难户 for
# 其他困难户 at 0.968) is not told apart by it. Read at [0.95,0.98) on the form they are 30/30 right on seen
# layouts, 24/25 on the browser-printed forms and 16/17 on the released rotation-6 forms (rel6-7201, first 20
# households, 2026-12-06): 70/72 (97 %), where >= 0.98 is 277/278, 370/371 and 106/106. Some 9 choices of the
# export's columns are read per form, about one of them in that band: at 3 % wrong, about one false finding per
# 40 households, against some 0.3 planted differences of a choice read in that band; so a choice on the form is
# trusted from 0.98, and below it stands only when another paper or the applicant's account says the same.
# Seals (是否盖章: found or not in the image, not a tick) keep 0.95.
TRUST_BY_GROUP: dict[tuple[str, bool], float] = {
    ("number", True): 0.90, ("number", False): 0.90,
    ("amount", True): 0.95, ("amount", False): 0.90,
    ("choice", True): 0.98, ("choice", False): 0.95,
    ("seal", True): 0.95, ("seal", False): 0.95,
    ("name", True): 0.98, ("name", False): 0.98,
    ("date", True): 0.95, ("date", False): 0.95,
    ("text", True): 0.98, ("text", False): 0.99,
}  # fmt: skip
# A name read at or above this (not trusted as a value) still says whose paper it is NOT when it shares no
# character with that person's name: below it the text may be another name on the page (a signer's).
LIKELY_CONFIDENCE = 0.80
# A document classified below this confidence may be another type: its material is not a sure thing.
CLASS_CONFIDENCE = 0.60
# A document classified below this confidence, that no requirement took as its type, may be a material the
# household seems to lack (a 医药费票据 read as a 诊断证明 at 0.7): that material waits for a person. Seen
# layouts (seeds 8101/8102, benchmarks/reconcile_accuracy.py) classify every paper right at every confidence,
# so they do not settle it; held-out layouts get 92-99 % of types right. It is the readings' floor (0.90).
CLASS_SURE = 0.90

VERIFY = "verify"  # kind of a reading to verify (待核对)
# The label under which a person gives a document its type in review (dangan review correct DOC 材料类型 收入证明):
# a material to verify is settled by it (or by 材料名称 / 姓名 read right).
DOC_TYPE_LABEL = "材料类型"
PAPER_CONFLICT = "paper_conflict"  # kind: two papers of the household disagree (纸质材料之间不一致)

HOW_MACHINE, HOW_PERSON = "机器识别", "人工核对"


@dataclass
class Policy:
    """``naive``: the peer the benchmark measures beside (every reading trusted, export gaps read as blanks)."""

    naive: bool = False


POLICY = Policy()


# Printed labels of the person rows: a 姓名 that holds one was read from the label, not the value.
_LABEL_WORDS: tuple[str, ...] = ("姓名", "关系", "身份证", "性别", "民族", "出生", "年龄", "月收入", "签名", "盖章")


@lru_cache(maxsize=65536)
def _invalid_text(label: str, text: str) -> str | None:
    base = label.rsplit(".", 1)[-1]
    reason = check_reading(base, text, context=None)
    if reason:
        return reason
    if base == "姓名" and any(word in text for word in _LABEL_WORDS):
        return "读到的是表格标签，不是姓名"
    if base == "身份证号":
        info = id_info(norm_id(text))
        return info if isinstance(info, str) else None
    if base in MONEY_LABELS and to_number(text) is None:
        return "不是金额"
    if base in DATE_LABELS and to_date(text) is None:
        return "不是日期"
    if base == CAUSE_LABEL and cause_candidates(text) is None:
        return "不是致困原因"
    if field_group(base) == "text" and text.strip("：: ") in ASKING_ENDS:
        # the second line of a label wrapped in its cell (工作单位 | 名称) paired as the value: a word a header ends
        # in to say what it asks is no unit, address or bank, on any printing
        return "读到的是换行的表格标签（如「名称」），不是取值"
    return None


def invalid_reason(label: str, value: Any) -> str | None:
    """Why a paper value cannot be a value of its field (None: it can)."""
    if is_blank(value):
        return None
    if isinstance(value, list):
        if label.rsplit(".", 1)[-1] == CAUSES_LABEL:
            bad = [str(v) for v in value if cause_candidates(str(v)) is None]
            return f"不是致困原因: {'、'.join(bad)}" if bad else None
        return None
    if isinstance(value, bool | int | float):  # money ranges, counts: the gate judges numbers too
        return check_reading(label.rsplit(".", 1)[-1], value, context=None)
    return _invalid_text(label, str(value))


def provenance(doc: Any, box: Any, value: Any, confidence: float | None, how: str) -> dict[str, Any]:
    """Where a paper value was read: document, page, box (as the report and the web view show it)."""
    page, bbox = None, None
    if isinstance(box, list | tuple) and len(box) == 2:
        page, bbox = box[0], box[1]
    return {
        "document_id": getattr(doc, "document_id", None),
        "file": None if getattr(doc, "file", None) is None else str(doc.file),
        "doc_type": getattr(doc, "doc_type", None),
        "page": page,
        "bbox": list(bbox) if isinstance(bbox, list | tuple) else None,
        "value": value,
        "confidence": confidence,
        "how": how,
    }


_NAME_LABELS: frozenset[str] = frozenset({"姓名", "户主姓名", "审核人", "建档人", "录入人", "经办人", "医师"})
_NUMBER_LABELS: frozenset[str] = frozenset({*ID_LABELS, *DIGITS_LABELS, "残疾人证号"})
_CHOICE_LABELS: frozenset[str] = frozenset({
    *BOOL_LABELS, CAUSE_LABEL, CAUSES_LABEL, "困难类别", "住房类型", "户口类型", "医保状况", "工作状态", "劳模类型",
    "婚姻状况", "性别", "民族", "政治面貌", "关系", "人员身份", "健康状况", "残疾类别", "残疾等级", "结果",
})


SEAL_LABEL = "是否盖章"


def field_group(label: str) -> str:
    """The kind of value a label holds, as the trust thresholds are calibrated by: name, number (ID, card,
    phone), amount (money, counts), date, choice (a word of a list, yes/no), seal (a seal found in the image or
    not), text (addresses, units, banks)."""
    base = label.rsplit(".", 1)[-1]
    if base == SEAL_LABEL:
        return "seal"
    if base in _NAME_LABELS:
        return "name"
    if base in _NUMBER_LABELS:
        return "number"
    if base in MONEY_LABELS or base in COUNT_LABELS:
        return "amount"
    if base in DATE_LABELS:
        return "date"
    if base in _CHOICE_LABELS:
        return "choice"
    return "text"


def trust_threshold(label: str | None = None, doc_type: str | None = None, *, group: str | None = None,
                    form: bool | None = None) -> float:
    """The confidence from which a machine reading of ``label`` on a ``doc_type`` paper is trusted: the one
    place the thresholds are read from (``TRUST_BY_GROUP``; unknown field or paper: ``TRUST_CONFIDENCE``)."""
    if group is None:
        if label is None:
            return TRUST_CONFIDENCE
        group = field_group(label)
    if form is None:
        if doc_type is None:  # the paper is not known: the stricter of the two
            return max(TRUST_BY_GROUP.get((group, True), TRUST_CONFIDENCE),
                       TRUST_BY_GROUP.get((group, False), TRUST_CONFIDENCE))
        form = doc_type == "建档申请表"
    return TRUST_BY_GROUP.get((group, form), TRUST_CONFIDENCE)


def trust_note(confidence: float | None, invalid: str | None, label: str | None = None,
               doc_type: str | None = None) -> str:
    """Why a reading waits for a person (shown in the 待核对 list)."""
    if invalid:
        return f"读数不是该项的可能值（{invalid}）"
    if confidence is not None:
        at = trust_threshold(label, doc_type)
        shown = f"{confidence:.2f}" if round(confidence, 2) < at else f"{confidence:.3f}"  # not "0.98，低于 0.98"
        return f"机器识别置信度 {shown}，低于 {at:.2f}"
    return "读数待核对"


def is_trusted(confidence: float | None, invalid: str | None, settled: bool, label: str | None = None,
               doc_type: str | None = None) -> bool:
    """A person settled it, or a machine read it valid with high confidence (None: truth/a person's value);
    how high depends on the field and the paper (``trust_threshold``)."""
    if settled or POLICY.naive:
        return True
    if invalid:
        return False
    return confidence is None or confidence >= trust_threshold(label, doc_type)


def reading_trusted(label: str, reading: Mapping[str, Any]) -> bool:
    """``is_trusted`` of one reading with provenance (``provenance``): its value, confidence, paper, who."""
    return is_trusted(reading.get("confidence"), invalid_reason(label, reading["value"]), reading.get("how") == HOW_PERSON,
                      label, reading.get("doc_type"))


def best(readings: list[Mapping[str, Any]]) -> Mapping[str, Any]:
    """The reading a value is taken from: a person's first, then the most confident."""
    return max(readings, key=lambda r: (r.get("how") == HOW_PERSON, r.get("confidence") or 1.0))
