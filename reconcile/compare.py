"""Paper versus electronic, household by household: pure functions over plain dicts.

Why plain dicts and not DataFrames: a household is ~50 fields and ~3 members, and the common case is
"equal" — a Python ``==`` fast path on each field beats building and aligning wide frames for
100,000 households (see ``benchmarks/reconcile_100k.py``). Normalisation is cached per distinct value.

A finding is a dict with the contract's keys (CONTRIBUTING.md): 职工编号, 单位, kind, field, paper,
electronic, detail; rule findings also carry ``rule`` (a short code that keeps fingerprints distinct).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from dangan.reconcile.evidence import (
    DOC_TYPE_LABEL,
    HOW_MACHINE,
    HOW_PERSON,
    LIKELY_CONFIDENCE,
    PAPER_CONFLICT,
    POLICY,
    VERIFY,
    invalid_reason,
    is_trusted,
    provenance,
    reading_trusted,
    trust_note,
)
from dangan.reconcile.narrative import NARRATIVE_LABEL, stated_cause, stated_figures
from dangan.reconcile.normal import (
    BOOL_LABELS,
    CAUSE_LABEL,
    CAUSES_LABEL,
    COUNT_LABELS,
    DATE_LABELS,
    DIGITS_LABELS,
    ID_LABELS,
    MONEY_ABS_TOL,
    MONEY_LABELS,
    causes_set,
    chars_apart,
    id_info,
    is_blank,
    money_equal,
    norm_id,
    norm_text,
    to_bool,
    to_number,
    values_equal,
)
from dangan.schemas.labels import (
    DOC_FIELDS,
    DOC_TYPES,
    HOUSEHOLD_LABELS,
    LABEL_SYNONYMS,
    MEMBER_LABELS,
    canonical_label,
)
from dangan.schemas.vocab import (
    DIFFERENT,
    SAME,
    UNSETTLED,
    category_relation,
    cause_group,
    cause_relation,
    causes_relation,
    normalise_cause,
)

Finding = dict[str, Any]

# Not compared: the key itself, the unit (the drive's unit is the ingest key's or the export's, never
# a form's), paper-only marks, and who typed it in.
# Free-text narratives (困难情况说明, 备注) are not compared word for word: the seeds ask paper and
# electronic to agree on members, incomes and causes, which are compared as structured fields.
SKIP_HOUSEHOLD: frozenset[str] = frozenset({"职工编号", "单位", "是否盖章", "录入人", "困难情况说明", "备注"})
SKIP_MEMBER: frozenset[str] = frozenset({"是否盖章"})
AGE_LABEL = "年龄"
# What the per-document checks read (materials by person and kind, seals, publicity, dates): only these
# are kept per document, so 100,000 households stay small.
DOCUMENT_KEYS: tuple[str, ...] = (
    "姓名", "材料名称", "是否盖章", "公示期起", "公示期止", "结果", "出具日期", "发证日期", "日期", "填表日期",
    "申请日期", "有效期",
)
APPLICATION_FORM = "建档申请表"
CATEGORY_LABEL = "困难类别"
# Fields another paper of the householder (身份证, 户口簿 page, 残疾人证 …) states too: evidence across papers.
IDENTITY_LABELS: tuple[str, ...] = ("身份证号", "出生日期", "性别", "民族")
HOUSEHOLD_SHEET, MEMBER_SHEET = "档案", "家庭成员"


def finding(
    archive_no: str,
    unit: str | None,
    kind: str,
    label: str,
    paper: Any,
    electronic: Any,
    detail: str = "",
    rule: str | None = None,
    evidence: list[dict[str, Any]] | None = None,
) -> Finding:
    f: Finding = {
        "职工编号": archive_no,
        "单位": unit,
        "kind": kind,
        "field": label,
        "paper": paper,
        "electronic": electronic,
        "detail": detail,
    }
    if rule:
        f["rule"] = rule
    if evidence:
        f["evidence"] = evidence
        f["document_id"] = next((e.get("document_id") for e in evidence if e.get("document_id")), None)
    return f


_EMPTY: dict[str, Any] = {}


@dataclass(frozen=True, slots=True)
class Holder:
    """A person a document is about: the name and 身份证号 read from it, and whether the name is sure
    (read valid with high confidence, settled by a person, or the truth's) — a material is attributed to
    a member only through a sure name or that member's own 身份证号."""

    name: str
    id_number: str | None
    sure: bool
    likely: bool = False  # a valid name read at LIKELY_CONFIDENCE or better (or sure): see rules' ``unlike``


class DocSummary:
    """One paper document as the per-document checks need it; slotted (a household has ~15 of them).

    ``get`` answers like the dict it replaces, so checks accept either.
    """

    __slots__ = ("confidence", "doc_type", "doc_type_candidates", "document_id", "field_confidence", "fields",
                 "file", "holders")

    def __init__(self, doc_type: str, fields: dict[str, Any], file: Any = None, document_id: Any = None,
                 confidence: float | None = None, field_confidence: dict[str, float] | None = None,
                 holders: tuple[Holder, ...] = (), doc_type_candidates: tuple[str, ...] = ()) -> None:
        self.doc_type, self.fields, self.file, self.document_id = doc_type, fields, file, document_id
        # the types the paper shows a sign of (extraction's doc_type_candidates; empty: not known)
        self.doc_type_candidates = doc_type_candidates
        self.confidence = confidence  # of the classification (None: a person's or the truth's)
        # machine confidence of the kept fields (absent: a person's value or the truth)
        self.field_confidence = field_confidence or _EMPTY
        # the people the paper is about (two ID cards copied on one page: two), for the per-person materials
        self.holders = holders

    def get(self, key: str, default: Any = None) -> Any:
        value = getattr(self, key, None) if key in self.__slots__ else None
        return default if value is None else value

    def __repr__(self) -> str:
        return f"DocSummary({self.doc_type!r}, {self.fields!r}, {self.file!r})"


@dataclass
class PaperHousehold:
    """What the paper archive says: fields merged from the household's documents."""

    archive_no: str
    unit: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    members: list[dict[str, Any]] = field(default_factory=list)
    doc_types: list[str] = field(default_factory=list)
    documents: list[Any] = field(default_factory=list)  # DocSummary (or dicts with the same keys)
    # label -> where a value not printed on the form came from (shown in the finding's detail)
    derived: dict[str, str] = field(default_factory=dict)
    # names of people with a 收入证明 on paper
    income_proofs: set[str] = field(default_factory=set)
    # does the paper say who the family is (a filled member table or a 户口簿)? If not, members are not compared
    members_known: bool = False
    # machine confidence of household fields read from the form (absent: a person's value or truth)
    confidence: dict[str, float] = field(default_factory=dict)
    # labels a person settled in review (confirmed or corrected): trusted whatever the machine said
    settled: set[str] = field(default_factory=set)
    # label -> provenance of each paper reading of it (the chosen one first), when extraction gave one
    sources: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # parallel to ``members``: {"conf": {label: c}, "settled": {label}, "src": {label: provenance}}
    member_meta: list[dict[str, Any]] = field(default_factory=list)
    # people the 户口簿 lists whom the form's member table does not (with their reading's meta)
    register_only: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    # label -> why a value the papers give (a count from two lists that disagree) waits for a person
    doubts: dict[str, str] = field(default_factory=dict)
    # label -> readings of another paper that may state the same quantity in its own terms (a 收入证明's
    # wage for 本人月平均收入): they corroborate or contradict, but never make a 纸质材料之间不一致
    support: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


_CANONICAL: frozenset[str] = (
    frozenset(HOUSEHOLD_LABELS.values())
    | frozenset(MEMBER_LABELS.values())
    | frozenset(label for labels in DOC_FIELDS.values() for label in labels)
)


@lru_cache(maxsize=4096)
def _canon(label: str) -> str:
    if label in _CANONICAL:
        return label
    return LABEL_SYNONYMS.get(label) or canonical_label(label) or label


def canonical_dict(data: Mapping[str, Any]) -> dict[str, Any]:
    if all(k in _CANONICAL for k in data):  # the common case: extraction already speaks canonical labels
        return dict(data)
    out: dict[str, Any] = {}
    for k, v in data.items():
        ck = _canon(str(k))
        if ck not in out or is_blank(out[ck]):
            out[ck] = v
    return out


def _settled(ex: Mapping[str, Any]) -> set[tuple[int, str]]:
    return {(int(i), str(label)) for i, label in ex.get("settled") or []}


def _reading(doc: DocSummary, box: Any, value: Any, conf: Any, settled: bool) -> dict[str, Any]:
    c = float(conf) if isinstance(conf, int | float) and not settled else None
    return provenance(doc, box, value, c, HOW_PERSON if settled else HOW_MACHINE)


def _has_evidence(ex: Mapping[str, Any]) -> bool:
    """Machine readings carry confidence or boxes; truth and a person's record carry neither."""
    return bool(ex.get("confidence") or ex.get("boxes") or ex.get("settled") or ex.get("document_id"))


def _merge_form(paper: PaperHousehold, ex: Mapping[str, Any], doc: DocSummary, seen_members: set[str]) -> None:
    conf = canonical_dict(ex.get("confidence") or {})
    boxes = canonical_dict(ex.get("boxes") or {}) if ex.get("boxes") else _EMPTY
    settled = _settled(ex)
    keep = _has_evidence(ex)
    for k, v in canonical_dict(ex.get("fields") or {}).items():
        if is_blank(v):
            continue
        done = (-1, k) in settled
        if keep:
            paper.sources.setdefault(k, []).append(_reading(doc, boxes.get(k), v, conf.get(k), done))
        if is_blank(paper.fields.get(k)):
            paper.fields[k] = v
            if done:
                paper.settled.add(k)
            elif isinstance(conf.get(k), int | float):
                paper.confidence[k] = float(conf[k])
    # a form scanned as one file per page carries its member table over several files: union them
    mconf, mbox = ex.get("member_confidence") or [], ex.get("member_boxes") or []
    for i, m in enumerate(ex.get("members") or []):
        cm = canonical_dict(m)
        key = norm_id(cm.get("身份证号")) or norm_text(str(cm.get("姓名") or ""))
        if key and key in seen_members:
            continue
        seen_members.add(key)
        paper.members.append(cm)
        c = canonical_dict(mconf[i]) if i < len(mconf) and mconf[i] else {}
        b = canonical_dict(mbox[i]) if i < len(mbox) and mbox[i] else {}
        by_person = {lab for j, lab in settled if j == i}
        src = ({lab: _reading(doc, b.get(lab), val, c.get(lab), lab in by_person) for lab, val in cm.items()}
               if keep else {})
        stored = ex.get("member_indexes") or []
        for r in src.values():  # the member's index as stored (what ``dangan review --member`` takes)
            r["member_index"] = stored[i] if i < len(stored) else i
        paper.member_meta.append({"conf": {lab: float(x) for lab, x in c.items() if lab not in by_person
                                           and isinstance(x, int | float)}, "settled": by_person, "src": src})


def _names_householder(paper: PaperHousehold, flds: Mapping[str, Any], *, several: bool = False) -> bool:
    """Is this person (a document's fields, or one person of a page holding several) the householder?

    On a page with several people (two ID cards copied on one A4) the ID decides when both are read: the
    same name with another ID is the reading of one card's name beside the other card's number.
    """
    name, my_id = paper.fields.get("姓名"), norm_id(paper.fields.get("身份证号"))
    their_id = norm_id(flds.get("身份证号"))
    if my_id and their_id == my_id:
        return True
    if several and my_id and their_id:
        return False
    return name is not None and norm_text(str(flds.get("姓名") or "")) == norm_text(str(name))


def _persons(
    ex: Mapping[str, Any], flds: dict[str, Any]
) -> list[tuple[dict[str, Any], dict[str, Any], Mapping[str, Any], int]]:
    """The people a document describes: its fields, or each person of a page that holds several
    (its top-level fields then mix them up). (person, confidence, boxes, member index or -1)."""
    people = ex.get("members") or []
    if len(people) < 2:
        conf = canonical_dict(ex.get("confidence") or {})
        return [(flds, conf, canonical_dict(ex.get("boxes") or {}) if ex.get("boxes") else _EMPTY, -1)]
    mconf, mbox = ex.get("member_confidence") or [], ex.get("member_boxes") or []
    return [(canonical_dict(m), canonical_dict(mconf[i]) if i < len(mconf) and mconf[i] else {},
             canonical_dict(mbox[i]) if i < len(mbox) and mbox[i] else _EMPTY, i) for i, m in enumerate(people)]


def _typed_by_person(ex: Mapping[str, Any]) -> Mapping[str, Any]:
    """The document with the type a person gave it in review (``材料类型``), which no classification overrides."""
    given = (ex.get("fields") or _EMPTY).get(DOC_TYPE_LABEL)
    if (-1, DOC_TYPE_LABEL) not in _settled(ex) or str(given or "") not in DOC_TYPES:
        return ex
    conf = {k: v for k, v in (ex.get("confidence") or _EMPTY).items() if k != "doc_type"}
    fields = {k: v for k, v in (ex.get("fields") or _EMPTY).items() if k != DOC_TYPE_LABEL}
    return {**ex, "doc_type": str(given), "confidence": conf, "fields": fields}


def _holders(ex: Mapping[str, Any], flds: Mapping[str, Any], done: set[str]) -> tuple[Holder, ...]:
    """Who the document is about, each with how sure its name is (see ``Holder``)."""
    settled = _settled(ex)
    out: list[Holder] = []
    for person, conf, _boxes, index in _persons(ex, canonical_dict(flds)):
        name = norm_text(str(person.get("姓名") or ""))
        number = norm_id(person.get("身份证号")) or None
        if not name and number is None:
            continue
        c = conf.get("姓名")
        by_person = (index, "姓名") in settled or (index < 0 and "姓名" in done)
        valid = bool(name) and invalid_reason("姓名", name) is None
        sure = valid and (by_person or is_trusted(c if isinstance(c, int | float) else None, None, False, "姓名",
                                                  str(ex.get("doc_type") or "其他")))
        likely = sure or (valid and isinstance(c, int | float) and c >= LIKELY_CONFIDENCE)
        if number is not None and isinstance(id_info(number), str):
            number = None  # not a valid number: it attributes nothing
        out.append(Holder(name, number, sure, likely))
    return tuple(out)


def _identity_evidence(
    paper: PaperHousehold, doc: DocSummary, person: Mapping[str, Any], conf: Mapping[str, Any],
    boxes: Mapping[str, Any], index: int, settled: set[tuple[int, str]],
) -> None:
    """The householder's identity as another paper states it: a second reading, and what the form left blank.
    The name too: a card that carries the householder's 身份证号 states whose it is, so its name is a second
    reading of theirs (the form's 全帆波 against the card's and the export's 金帆波 is a misread character,
    shown as 纸质材料之间不一致, never a mismatch)."""
    for k in (*IDENTITY_LABELS, "姓名"):
        if k not in person or is_blank(person[k]):
            continue
        r = _reading(doc, boxes.get(k), person[k], conf.get(k), (index, k) in settled)
        paper.sources.setdefault(k, []).append(r)
        if is_blank(paper.fields.get(k)):
            paper.fields[k] = person[k]
            if r["confidence"] is not None:
                paper.confidence[k] = r["confidence"]
            elif r["how"] == HOW_PERSON:
                paper.settled.add(k)


def merge_paper(
    archive_no: str,
    unit: str | None,
    extractions: Iterable[Mapping[str, Any]],
) -> PaperHousehold:
    """Household fields come from the 建档申请表 (the form the electronic record is typed from).

    Other documents (ID cards, 户口簿 pages, certificates …) describe *a* person, not necessarily the
    householder: when they name the householder, their identity fields are evidence too (a second
    reading that corroborates the form's, or disagrees with it) and fill what the form left blank.
    Callers apply people's corrections to each extraction before merging (a Correction wins) and list
    them under ``settled``.
    """
    paper = PaperHousehold(archive_no=archive_no, unit=unit)
    forms: list[tuple[Mapping[str, Any], DocSummary]] = []
    others: list[tuple[Mapping[str, Any], DocSummary]] = []
    for ex in extractions:
        ex = _typed_by_person(ex)
        doc_type = str(ex.get("doc_type") or "其他")
        paper.doc_types.append(doc_type)
        flds = ex.get("fields") or {}
        kept = {k: flds[k] for k in DOCUMENT_KEYS if k in flds}
        all_conf = ex.get("confidence") or _EMPTY
        dconf = all_conf.get("doc_type")
        done = {label for i, label in _settled(ex) if i < 0}
        kept_conf = {k: float(all_conf[k]) for k in kept
                     if k not in done and isinstance(all_conf.get(k), int | float)} if all_conf else None
        doc = DocSummary(doc_type, kept or _EMPTY, ex.get("file"), ex.get("document_id"),
                         float(dconf) if isinstance(dconf, int | float) else None, kept_conf,
                         _holders(ex, flds, done), tuple(ex.get("doc_type_candidates") or ()))
        paper.documents.append(doc)
        (forms if doc_type == APPLICATION_FORM else others).append((ex, doc))
    seen_members: set[str] = set()
    for ex, doc in forms:
        _merge_form(paper, ex, doc, seen_members)
    wage: dict[str, Any] = {}  # name -> 月均实发工资 of their 收入证明
    wage_read: dict[str, dict[str, Any]] = {}  # name -> that reading's provenance (its confidence)
    wages: dict[str, list[dict[str, Any]]] = {}  # name -> every wage their 收入证明s state (support readings)
    units: dict[str, list[dict[str, Any]]] = {}  # name -> the 工作单位 their 收入证明s state (support readings)
    register: list[tuple[dict[str, Any], dict[str, Any]]] = []
    carded: list[tuple[dict[str, Any], dict[str, Any]]] = []  # people with an ID card in the archive
    for ex, doc in others:
        flds = canonical_dict(ex.get("fields") or {})
        who = norm_text(str(flds.get("姓名") or ""))
        if ex.get("doc_type") == "收入证明" and who:
            paper.income_proofs.add(who)
            wages.setdefault(who, []).extend(_wage_readings(ex, doc, flds))
            units.setdefault(who, []).extend(_proof_readings(ex, doc, flds, (UNIT_LABEL,)))
            if not is_blank(flds.get("月均实发工资")) and who not in wage:
                wage[who] = flds["月均实发工资"]
                if _has_evidence(ex):
                    conf = canonical_dict(ex.get("confidence") or {})
                    boxes = canonical_dict(ex.get("boxes") or {}) if ex.get("boxes") else _EMPTY
                    wage_read[who] = _reading(doc, boxes.get("月均实发工资"), wage[who], conf.get("月均实发工资"),
                                              (-1, "月均实发工资") in _settled(ex))
        if ex.get("doc_type") == "户口簿":
            mconf, mbox = ex.get("member_confidence") or [], ex.get("member_boxes") or []
            keep = _has_evidence(ex)
            for i, m in enumerate(ex.get("members") or []):
                cm = canonical_dict(m)
                c = canonical_dict(mconf[i]) if i < len(mconf) and mconf[i] else {}
                b = canonical_dict(mbox[i]) if i < len(mbox) and mbox[i] else {}
                src = {lab: _reading(doc, b.get(lab), val, c.get(lab), False) for lab, val in cm.items()} if keep else {}
                register.append((cm, {"conf": {k: float(x) for k, x in c.items() if isinstance(x, int | float)},
                                      "settled": set(), "src": src}))
        for person, p_conf, p_boxes, index in _persons(ex, flds):
            if _names_householder(paper, person, several=index >= 0):
                _identity_evidence(paper, doc, person, p_conf, p_boxes, index, _settled(ex))
            elif doc.doc_type == "身份证" and _has_evidence(ex):
                carded.append((person, {"conf": p_conf, "settled": set(), "src": {
                    k: _reading(doc, p_boxes.get(k), person[k], p_conf.get(k), False)
                    for k in (*IDENTITY_LABELS, "姓名") if not is_blank(person.get(k))}}))
    _derive(paper, wage, register)
    _card_evidence(paper, carded)
    _carded_people(paper, carded)
    _derived_confidence(paper, wage_read)
    _wage_support(paper, wages)
    _unit_support(paper, units)
    _narrative_figures(paper)
    _marital_doubt(paper, register)
    return paper


_SPOUSE_WORDS = frozenset({"配偶", "妻", "妻子", "夫", "丈夫", "爱人"})
_WITHOUT_SPOUSE = frozenset({"未婚", "离异", "离婚", "丧偶"})


def _marital_doubt(paper: PaperHousehold, register: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
    """A householder whose papers list a spouse (配偶 in the form's member table or on the 户口簿) is married: a
    婚姻状况 of 未婚/离异/丧偶 beside such a row contradicts the papers themselves (a tick read against the next
    option, or a paper out of date), so it waits for a person instead of making a finding."""
    status = paper.fields.get("婚姻状况")
    if not isinstance(status, str) or norm_text(status) not in _WITHOUT_SPOUSE:
        return
    rows = [*paper.members, *(entry for entry, _meta in register)]
    if any(norm_text(str(m.get("关系") or "")) in _SPOUSE_WORDS for m in rows):
        paper.doubts["婚姻状况"] = f"家庭成员表或户口簿列有配偶，与婚姻状况「{status}」不符"


def _narrative_figures(paper: PaperHousehold) -> None:
    """The figures the form's 困难情况说明 states: a second reading of the fields the form prints (support), or,
    where neither the form nor another paper gives the field, its paper value (derived from the account)."""
    text = paper.fields.get(NARRATIVE_LABEL)
    if is_blank(text) or not isinstance(text, str):
        return
    first = next(iter(paper.sources.get(NARRATIVE_LABEL) or []), None)
    conf = paper.confidence.get(NARRATIVE_LABEL)
    settled = NARRATIVE_LABEL in paper.settled
    def read_as(value: Any) -> dict[str, Any]:
        r = ({**first, "value": value} if first else
             provenance(None, None, value, conf, HOW_PERSON if settled else HOW_MACHINE))
        r["part"] = NARRATIVE_LABEL
        return r

    # the cause the account names is a second reading of the ticked one, or the paper's only statement of it when
    # no tick was read (the applicant's own words: "主要困难：重大意外事故")
    stated: dict[str, Any] = {CAUSE_LABEL: cause} if (cause := stated_cause(text)) else {}
    for label, number in stated_figures(text).items():
        stated[label] = int(number) if number.is_integer() else number
    for label, value in stated.items():
        r = read_as(value)
        if not is_blank(paper.fields.get(label)):
            paper.support.setdefault(label, []).append(r)
            continue
        paper.fields[label] = value
        paper.derived[label] = NARRATIVE_LABEL
        paper.sources.setdefault(label, []).insert(0, r)
        if settled:
            paper.settled.add(label)
        elif conf is not None:
            paper.confidence[label] = conf


# What a 收入证明 states of its holder's monthly income: net (河北's 本人月平均收入 is last year's average net
# wage) or gross, depending on the form the figure was copied to; either one saying the same corroborates.
WAGE_LABELS = ("月均实发工资", "月均工资")


def _wage_readings(ex: Mapping[str, Any], doc: DocSummary, flds: Mapping[str, Any]) -> list[dict[str, Any]]:
    return _proof_readings(ex, doc, {k: v for k, v in flds.items() if k in WAGE_LABELS and to_number(v) is not None},
                           WAGE_LABELS)


def _proof_readings(ex: Mapping[str, Any], doc: DocSummary, flds: Mapping[str, Any],
                    labels: Sequence[str]) -> list[dict[str, Any]]:
    """The readings, with provenance, of those of ``labels`` the paper states (blank ones left out)."""
    conf = canonical_dict(ex.get("confidence") or {})
    boxes = canonical_dict(ex.get("boxes") or {}) if ex.get("boxes") else _EMPTY
    settled = _settled(ex)
    return [_reading(doc, boxes.get(k), flds[k], conf.get(k), (-1, k) in settled)
            for k in labels if not is_blank(flds.get(k))]


def _same_doc(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return all(a.get(k) == b.get(k) for k in ("document_id", "file", "doc_type"))


def _wage_support(paper: PaperHousehold, wages: dict[str, list[dict[str, Any]]]) -> None:
    """A person's 收入证明 is a second reading of the income the form states for them (issue 9: evidence across
    the household's papers): it corroborates a weak reading of the form, or says what the export says where
    the form was misread. Not a paper conflict when it differs: a form may state gross where it states net."""
    if not wages:
        return
    me = norm_text(str(paper.fields.get("姓名") or ""))
    first = next(iter(paper.sources.get("本人月平均收入") or []), None)
    if me in wages:
        paper.support["本人月平均收入"] = [r for r in wages[me] if first is None or not _same_doc(r, first)]
    for m, meta in zip(paper.members, paper.member_meta, strict=False):
        who = norm_text(str(m.get("姓名") or ""))
        mine = meta["src"].get("月收入")
        alts = [r for r in wages.get(who, []) if mine is None or not _same_doc(r, mine)]
        if alts:
            meta.setdefault("alt", {}).setdefault("月收入", []).extend(alts)


# Where the applicant works: the form's box, and what the 收入证明 their unit issues names.
UNIT_LABEL = "工作单位"


def _unit_support(paper: PaperHousehold, units: dict[str, list[dict[str, Any]]]) -> None:
    """A 收入证明 is issued by the unit its holder works at and names it: the applicant's own is a second reading of
    the form's 工作单位 (support: it corroborates a weak reading, or says what the export says where the form was
    read from another cell). A unit the form gives that only another person's 收入证明 names, not the applicant's
    own, is that person's (a member table printing each member's 工作单位 under the applicant's fields, read as
    theirs): it waits for a person (``paper.doubts``). The applicant's 收入证明 naming it too keeps it theirs."""
    read = paper.fields.get(UNIT_LABEL)
    if not units or is_blank(read) or UNIT_LABEL in paper.derived or POLICY.naive:  # the peer trusts every reading
        return
    me = norm_text(str(paper.fields.get("姓名") or ""))
    first = next(iter(paper.sources.get(UNIT_LABEL) or []), None)
    mine = [r for r in units.get(me, []) if first is None or not _same_doc(r, first)] if me else []
    if mine:
        paper.support.setdefault(UNIT_LABEL, []).extend(mine)
    if not me or UNIT_LABEL in paper.settled or any(values_equal(UNIT_LABEL, r["value"], read) for r in mine):
        return
    for who, readings in units.items():
        # a name one character off the applicant's may be the applicant's own misread (张玉 for 张三)
        if who and who != me and not chars_apart(who, me, 1) and any(
                values_equal(UNIT_LABEL, r["value"], read) for r in readings):
            paper.doubts[UNIT_LABEL] = (f"建档申请表读到的工作单位「{read}」是{who}的收入证明所写的单位，"
                                        "本人的收入证明未写此单位：可能读成了家庭成员的工作单位")
            return


# 户口簿 entries say who the family is; their 关系 is to the 户主, not to the applicant, so only these count.
_REGISTER_LABELS = ("姓名", "身份证号", "性别", "民族", "出生日期")


def _card_evidence(paper: PaperHousehold, carded: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
    """A member's own ID card is a second reading of their identity fields (as the 户口簿 is): it
    corroborates the member table's reading, or says what the export says where the table was misread.
    The card is the member's when it carries their 身份证号, or their name (one member's only)."""
    names = Counter(norm_text(str(m.get("姓名") or "")) for m in paper.members)
    for person, meta in carded:
        pid, name = norm_id(person.get("身份证号")), norm_text(str(person.get("姓名") or ""))
        for m, m_meta in zip(paper.members, paper.member_meta, strict=False):
            own = norm_text(str(m.get("姓名") or ""))
            if (pid and norm_id(m.get("身份证号")) == pid) or (name and own == name and names[own] == 1):
                for lab, r in meta["src"].items():
                    m_meta.setdefault("alt", {}).setdefault(lab, []).append(r)
                break


def _carded_people(paper: PaperHousehold, carded: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
    """People whose ID card is in the archive but who are on no member list of the papers (form table,
    户口簿): kept with the register-only people, for a person to read."""
    if not paper.members_known:
        return
    known = {norm_id(m.get("身份证号")) for m in paper.members} | {norm_text(str(m.get("姓名") or ""))
                                                                  for m in paper.members}
    known |= {norm_id(e.get("身份证号")) for e, _m in paper.register_only}
    known |= {norm_text(str(e.get("姓名") or "")) for e, _m in paper.register_only}
    for person, meta in carded:
        pid, name = norm_id(person.get("身份证号")), norm_text(str(person.get("姓名") or ""))
        if not name or (pid and pid in known) or name in known or isinstance(id_info(pid), str):
            continue  # no name, already listed, or an ID that is no ID
        known |= {pid, name}
        paper.register_only.append(({k: person[k] for k in _REGISTER_LABELS if k in person}, meta))


def _derived_confidence(paper: PaperHousehold, wage_read: dict[str, dict[str, Any]]) -> None:
    """A value taken from a 收入证明 is as sure as that reading (and carries its provenance)."""
    if not wage_read:
        return
    me = norm_text(str(paper.fields.get("姓名") or ""))
    if "本人月平均收入" in paper.derived and me in wage_read:
        r = wage_read[me]
        paper.sources.setdefault("本人月平均收入", []).insert(0, r)
        if r["confidence"] is not None:
            paper.confidence["本人月平均收入"] = r["confidence"]
    for m, meta in zip(paper.members, paper.member_meta, strict=False):
        who = norm_text(str(m.get("姓名") or ""))
        if f"家庭成员[{m.get('姓名')}].月收入" in paper.derived and who in wage_read:
            r = wage_read[who]
            meta["src"]["月收入"] = r
            if r["confidence"] is not None:
                meta["conf"]["月收入"] = r["confidence"]


def _derive(
    paper: PaperHousehold, wage: dict[str, Any], register: list[tuple[dict[str, Any], dict[str, Any]]]
) -> None:
    """Fill what the form variant does not print from the other paper documents.

    河北 defines 本人月平均收入 as last year's average *net* wage, which is what a 收入证明's
    月均实发工资 states; the 湖南 审批表 has no member table, the 户口簿 lists the family.
    """
    name = paper.fields.get("姓名")
    me = norm_text(str(name or "")) if invalid_reason("姓名", name) is None else ""
    if is_blank(paper.fields.get("本人月平均收入")) and me in wage:
        paper.fields["本人月平均收入"] = wage[me]
        paper.derived["本人月平均收入"] = "收入证明的月均实发工资"
    from_form = bool(paper.members)
    paper.members_known = from_form or bool(register)
    my_id = norm_id(paper.fields.get("身份证号"))
    people: set[str] = set()
    me_registered = False
    for entry, meta in register:
        key = norm_id(entry.get("身份证号")) or norm_text(str(entry.get("姓名") or ""))
        if not key or key in people:
            continue
        people.add(key)
        if (my_id and key == my_id) or norm_text(str(entry.get("姓名") or "")) == me:
            me_registered = True
        elif not from_form:
            paper.members.append({k: entry[k] for k in _REGISTER_LABELS if k in entry})
            paper.member_meta.append(meta)
        else:  # the register corroborates (or contradicts) the form's member table: evidence of that member
            e_id, e_name = norm_id(entry.get("身份证号")), norm_text(str(entry.get("姓名") or ""))
            found = False
            for m, m_meta in zip(paper.members, paper.member_meta, strict=False):
                if (e_id and norm_id(m.get("身份证号")) == e_id) or (e_name and norm_text(str(m.get("姓名") or "")) == e_name):
                    found = True
                    m_meta.setdefault("register", entry)
                    for lab, r in meta["src"].items():
                        m_meta.setdefault("alt", {}).setdefault(lab, []).append(r)
            if not found:
                paper.register_only.append((entry, meta))
    if paper.members and not from_form:
        paper.derived["家庭成员"] = "户口簿"
    if is_blank(paper.fields.get("家庭人口")):
        applicant = {me, my_id} - {""}
        unlisted = [  # the form's member rows (not the applicant) that the register does not list
            meta for m, meta in zip(paper.members, paper.member_meta, strict=False)
            if from_form and "register" not in meta
            and not {norm_text(str(m.get("姓名") or "")), norm_id(m.get("身份证号"))} & applicant
        ]
        registered = len(people) + (0 if me_registered else 1) if applicant else None
        _derive_size(paper, register, registered, unlisted, from_form=from_form)
    for m in paper.members:
        who = norm_text(str(m.get("姓名") or ""))
        if is_blank(m.get("月收入")) and who in wage:
            m["月收入"] = wage[who]
            paper.derived[f"家庭成员[{m.get('姓名')}].月收入"] = "收入证明的月均实发工资"


def _derive_size(
    paper: PaperHousehold, register: list[tuple[dict[str, Any], dict[str, Any]]], registered: int | None,
    unlisted: list[dict[str, Any]], *, from_form: bool,
) -> None:
    """家庭人口 where the form does not print it: everyone the papers list (the register's people, the form's
    member rows it lacks, the applicant), as sure as the rows it counts.

    A count is only as good as the lists it counts: where the register and the form's member table do not
    list the same people (a register page or a table row lost to reading, or a person on one list only),
    the count is doubtful and waits for a person (``paper.doubts``), whatever its rows' confidences.
    ``registered``: the register's people, the applicant counted once (None: who the applicant is is unknown);
    ``unlisted``: the meta of the form's member rows (not the applicant) that the register does not list;
    ``from_form``: the member list is the form's table (not taken from the register).
    """
    rows = [meta for _entry, meta in register] if register else list(paper.member_meta)
    if register and registered is not None:
        paper.fields["家庭人口"] = registered + len(unlisted)
        paper.derived["家庭人口"] = "户口簿人数" if not unlisted else "户口簿与家庭成员表所列人数"
        rows += unlisted
        if from_form and (unlisted or paper.register_only):
            paper.doubts["家庭人口"] = "户口簿与建档申请表的家庭成员表所列人员不一致，推算的家庭人口把握不足"
    elif from_form and not register:
        paper.fields["家庭人口"] = 1 + len(paper.members)
        paper.derived["家庭人口"] = "家庭成员表人数+本人"
    else:
        return
    names = [meta["conf"].get("姓名") for meta in rows]
    if any(c is not None for c in names):  # a count is only as sure as the rows it counts
        paper.confidence["家庭人口"] = min(c if c is not None else 1.0 for c in names)


def _member_name(m: Mapping[str, Any]) -> str:
    return str(m.get("姓名") or "").strip() or "?"


_NO_META: dict[str, Any] = {"conf": {}, "settled": set(), "src": {}}


class Judge:
    """Trust of one household's paper values: settled by a person, read well, or corroborated."""

    __slots__ = ("meta_of", "paper", "sums")

    def __init__(self, paper: PaperHousehold | None, sums: Mapping[tuple[int | None, str], str] | None = None) -> None:
        self.paper = paper
        # (id(member) or None, label) -> why the paper's own sums doubt the reading
        self.sums: Mapping[tuple[int | None, str], str] = sums or {}
        self.meta_of: dict[int, dict[str, Any]] = (
            {id(m): meta for m, meta in zip(paper.members, paper.member_meta, strict=False)} if paper else {}
        )

    def readings(self, label: str, member: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Every paper reading of the field (the chosen one first), with provenance."""
        if self.paper is None:
            return []
        if member is None:
            return [*self.paper.sources.get(label, []), *self.paper.support.get(label, [])]
        meta = self.meta_of.get(id(member), _NO_META)
        first = meta["src"].get(label)
        return ([first] if first else []) + list(meta.get("alt", {}).get(label, []))

    def sum_doubt(self, label: str, member: Mapping[str, Any] | None = None) -> str:
        why = self.sums.get((None if member is None else id(member), label.rsplit(".", 1)[-1]), "")
        return "" if why == ADDS_UP else why

    def adds_up(self, label: str) -> bool:
        """Is the paper's stated total exactly the sum of the paper's own incomes (``_sum_doubts``)?"""
        return self.sums.get((None, label.rsplit(".", 1)[-1])) == ADDS_UP

    def is_support(self, label: str, reading: Mapping[str, Any]) -> bool:
        """Is this a household reading of another paper in its own terms (``PaperHousehold.support``)?"""
        return self.paper is not None and any(reading is r for r in self.paper.support.get(label, ()))

    def others(self, label: str, member: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """The readings of other papers (or another place), not the one the value was taken from."""
        if self.paper is None:
            return []
        if member is None:
            return [*self.paper.sources.get(label, [])[1:], *self.paper.support.get(label, [])]
        return list(self.meta_of.get(id(member), _NO_META).get("alt", {}).get(label, []))

    def trusted(self, label: str, value: Any, member: Mapping[str, Any] | None = None) -> tuple[bool, str]:
        """(trusted, why not). Corroborated: another document's reading of it says the same."""
        if self.paper is None:
            return True, ""
        if member is None:
            settled = label in self.paper.settled
            conf = self.paper.confidence.get(label)
        else:
            meta = self.meta_of.get(id(member), _NO_META)
            settled, conf = label in meta["settled"], meta["conf"].get(label)
        bad = invalid_reason(label, value)
        first = next(iter(self.readings(label, member)), None)
        doc_type = None if first is None else first.get("doc_type")
        doubt = self.paper.doubts.get(label) if member is None and not settled and not POLICY.naive else None
        if doubt:
            return False, doubt
        if not settled and not POLICY.naive and _one_digit_amount(label, value):
            return False, "金额只有一位数字（几元的收入或支出不是实际金额），可能是识别错字（0 读成 6）"
        if not settled and not POLICY.naive and (why := self._against_id(label, value, member)):
            return False, why
        if is_trusted(conf, bad, settled, label, doc_type):
            return True, ""
        if not bad and any(
            values_equal(label, r["value"], value) and (first is None or not _same_doc(r, first))
            for r in self.others(label, member)
        ):
            return True, ""
        if not bad and member is None and conf is not None and conf >= LIKELY_CONFIDENCE and (
                self._implied(label, value) or self._stated_apart(label, value) or self.adds_up(label)):
            return True, ""
        return False, trust_note(conf, bad, label, doc_type)

    def _against_id(self, label: str, value: Any, member: Mapping[str, Any] | None) -> str:
        """Why a 性别 reading cannot stand beside the person's own 身份证号 on paper ("" : it can): the number's
        17th digit states the sex, so a reading that contradicts a valid number is a tick read against the
        other option (the number read wrong would fail its check digit). Within one paper the validation gate
        rejects it already; this is the number another paper of theirs gives (the card, the 户口簿)."""
        if label.rsplit(".", 1)[-1] != "性别" or self.paper is None or str(value) not in ("男", "女"):
            return ""
        numbers = ([self.paper.fields.get("身份证号")] if member is None
                   else [member.get("身份证号"), *(r.get("value") for r in self.others("身份证号", member))])
        for number in numbers:
            info = id_info(norm_id(number)) if not is_blank(number) else None
            if info is not None and not isinstance(info, str) and info.gender != str(value):
                return f"纸质身份证号 {norm_id(number)[:6]}…所示性别为{info.gender}，与这一读数不符，可能读错"
        return ""

    def contradicted(self, label: str, value: Any, member: Mapping[str, Any] | None = None) -> str:
        """Why another paper of the household keeps this reading from standing alone ("" : none does): a reading
        of the same fact on another paper, read fairly well, that says something else (neither this value nor,
        as ``_compare_fields`` checks first, the export's). One of the two papers is misread or out of date,
        and one reading cannot tell which; on papers never seen, confidence alone does not either.
        Money is left out: a 收入证明's gross wage beside the form's net one are two figures, not one misread."""
        if self.paper is None or POLICY.naive or label.rsplit(".", 1)[-1] in MONEY_LABELS:
            return ""
        first = next(iter(self.readings(label, member)), None)
        for r in self.others(label, member):
            if self.is_support(label, r) or (first is not None and _same_doc(r, first)):
                continue
            conf = r.get("confidence")
            strong = r.get("how") == HOW_PERSON or conf is None or conf >= LIKELY_CONFIDENCE
            if (strong and invalid_reason(label, r["value"]) is None and relation(label, r["value"], value) != SAME
                    and not misread_shape(label, r["value"], value)):
                return (f"{r.get('doc_type') or '另一份材料'}的读数「{r['value']}」与这一读数不同"
                        "（纸质材料之间不一致），单凭一份材料的读数不能认定")
        return ""

    def apart_from_export(self, label: str, value: Any, electronic: Any, member: Mapping[str, Any] | None = None) -> str:
        """Why the paper surely differs from the export though its value is not sure ("" : it does not): the tick of
        主要致困原因, read fairly well but below its threshold, and the applicant's account (困难情况说明) naming another
        cause, read fairly well too, each differ from the export's cause. Which of the two the paper says is left to
        a person; that it does not say the export's needs both misread, and into causes other than the export's.
        The doubts of the tick (its place, ``_tick_doubt``; its proof, ``_cause_doubt``) say the tick may be misread,
        not that the paper says the export's cause: the account, another part of the paper, does not."""
        if (self.paper is None or POLICY.naive or member is not None or label.rsplit(".", 1)[-1] != CAUSE_LABEL
                or label in self.paper.settled or label in self.paper.derived or invalid_reason(label, value)):
            return ""
        conf = self.paper.confidence.get(label)
        if conf is None or conf < LIKELY_CONFIDENCE or relation(label, value, electronic) != DIFFERENT:
            return ""
        if self.contradicted(label, value):
            return ""
        for r in self.paper.support.get(label, ()):
            rc = r.get("confidence")
            if (r.get("part") == NARRATIVE_LABEL and (rc is None or rc >= LIKELY_CONFIDENCE)
                    and invalid_reason(label, r["value"]) is None and relation(label, r["value"], value) == DIFFERENT
                    and relation(label, r["value"], electronic) == DIFFERENT):
                return (f"勾选读为「{value}」（置信度 {conf:.2f}），困难情况说明写的是「{r['value']}」，"
                        f"两者都不是电子档案的「{electronic}」；纸质究竟是哪一项请复核确认")
        return ""

    def _stated_apart(self, label: str, value: Any) -> bool:
        """Does another part of the same paper, read fairly well, state the same value? The applicant's account
        (困难情况说明) naming the cause ticked at 0.93: a tick placed against the wrong option and an account naming
        that same wrong option are two misreadings that do not happen together."""
        assert self.paper is not None
        return any(r.get("part") and r.get("part") != label and (r.get("confidence") is None or r["confidence"] >= LIKELY_CONFIDENCE)
                   and relation(label, r["value"], value) == SAME for r in self.paper.support.get(label, ()))

    def _implied(self, label: str, value: Any) -> bool:
        """Does another box of the papers, read fairly well on its own, state the same fact? (是否农民工 是 and
        五类重点群体 城市困难农民工 are two boxes of the form: two readings of one fact that agree.)"""
        assert self.paper is not None
        for other, says in _SAME_FACT.get(label, ()):
            theirs, conf = self.paper.fields.get(other), self.paper.confidence.get(other)
            settled = other in self.paper.settled
            if is_blank(theirs) or invalid_reason(other, theirs) or not (settled or (conf or 0) >= LIKELY_CONFIDENCE):
                continue
            fact = says(label, value)
            if fact is not None and says(other, theirs) == fact:
                return True
        return False

    def machine_read(self, label: str, member: Mapping[str, Any] | None = None) -> bool:
        """Is the value a machine's reading that no person settled (truth and a person's value are not)?"""
        if self.paper is None or POLICY.naive:
            return False
        if member is None:
            return label not in self.paper.settled and label in self.paper.confidence
        meta = self.meta_of.get(id(member), _NO_META)
        return label not in meta["settled"] and label in meta["conf"]



def _migrant(label: str, value: Any) -> bool | None:
    """What a value of 是否农民工 or 五类重点群体 says of the holder being a migrant worker (None: nothing)."""
    if label == "是否农民工":
        return to_bool(value)
    return True if "农民工" in str(value) else None


# Fields of the seeds' forms that state one fact, each with what a value says of it: 是否农民工 and the
# 五类重点群体 option 城市困难农民工 (004's five groups) are two boxes saying the holder is a migrant worker.
_SAME_FACT: dict[str, tuple[tuple[str, Callable[[str, Any], bool | None]], ...]] = {
    "是否农民工": (("五类重点群体", _migrant),),
    "五类重点群体": (("是否农民工", _migrant),),
}


def _one_digit_amount(label: str, value: Any) -> bool:
    """A money figure of one non-zero digit: no income or expense a form states is a few yuan, so it is one glyph
    misread (a 0 read as 6 at 0.98) or a cell read short, whatever the confidence."""
    number = to_number(value) if label.rsplit(".", 1)[-1] in MONEY_LABELS else None
    return number is not None and 0 < abs(number) < 10


def relation(label: str, paper: Any, electronic: Any) -> str:
    """SAME, DIFFERENT or UNSETTLED: causes and categories go through the rule sets' vocabularies."""
    base = label.rsplit(".", 1)[-1]
    if base == CAUSE_LABEL:
        return cause_relation(str(paper), str(electronic))
    if base == CAUSES_LABEL:
        ps = [str(x) for x in (paper if isinstance(paper, list | tuple) else causes_set(paper))]
        es = [str(x) for x in (electronic if isinstance(electronic, list | tuple) else causes_set(electronic))]
        return causes_relation(ps, es)
    if base == CATEGORY_LABEL:
        return category_relation(str(paper), str(electronic))
    if base == AGE_LABEL:
        a, b = to_number(paper), to_number(electronic)
        if a is not None and b is not None and abs(a - b) <= 1:  # age moves between form and export
            return SAME
    if values_equal(label, paper, electronic):
        return SAME
    if base in MONEY_LABELS and (_scaled(to_number(paper), to_number(electronic))
                                 or _point_lost(to_number(paper), to_number(electronic))):
        return UNSETTLED  # 5.3 against 5300: a form printed in 千元/万元; 460000 against 4600: 4600.00 lost its point
    return "different"


def _point_lost(a: float | None, b: float | None) -> bool:
    """Are the two amounts the same figures with the decimal point lost or moved (2380.5 read 23805, 1450.5 read
    145.05)? Either side with cents written: a figure typed or written without them (2350 / 23500) is another
    amount, not this shape."""
    if a is None or b is None or a == b:
        return False
    da, db = f"{abs(a):.2f}".rstrip("0").rstrip("."), f"{abs(b):.2f}".rstrip("0").rstrip(".")
    if "." not in da and "." not in db:
        return False
    return da.replace(".", "") == db.replace(".", "")


def _may_agree(label: str, other: Any, electronic: Any) -> bool:
    """Does another paper's reading say (or may say, in another rule set's wording) what the export says?"""
    if label.rsplit(".", 1)[-1] == CAUSE_LABEL:
        return relation(label, other, electronic) != "different"
    return values_equal(label, other, electronic)


def _scaled(a: float | None, b: float | None) -> bool:
    if not a or not b:
        return False
    big, small = max(abs(a), abs(b)), min(abs(a), abs(b))
    return any(money_equal(small * k, big) for k in (100.0, 1000.0, 10000.0))


def _compare_fields(
    out: list[Finding],
    archive_no: str,
    unit: str | None,
    paper: Mapping[str, Any],
    electronic: Mapping[str, Any],
    skip: frozenset[str],
    prefix: str = "",
    derived: Mapping[str, str] | None = None,
    *,
    judge: Judge | None = None,
    member: Mapping[str, Any] | None = None,
    covered: frozenset[str] | None = None,
) -> None:
    """Each field the paper states against the export; only trusted paper values make findings.

    ``covered``: the fields the export carries (None: all). A field it lacks is not compared at all.
    """
    judge = judge or Judge(None)
    for label, pv in paper.items():
        ev = electronic.get(label)
        if pv == ev or label in skip or is_blank(pv) or (covered is not None and label not in covered):
            continue
        name = prefix + label
        if is_blank(ev):
            if derived and name in derived:
                continue  # inferred from other documents, not stated on paper: nothing to type in
            rel, detail = "different", "电子档案未填写该项，纸质档案有"
        else:
            rel = relation(label, pv, ev)
            if rel == SAME or judge.sum_doubt(label, member) == EXPLAINED:
                continue
            # another paper of the household says what the export says: the papers disagree, not the systems
            others = [r for r in judge.others(label, member) if reading_trusted(label, r)]
            # a paper that states the export's figure and, beside it, the form's (a 收入证明's gross and net wage)
            # corroborates the form: the export holds the other figure, a difference
            # (a reading saying what the paper's value says is no sign of the papers disagreeing: 收入低 in the account
            # beside the tick 收入低 "may agree" with 有劳动能力而未就业 only as the tick does, through the vocabularies)
            agree = [r for r in judge.others(label, member) if _may_agree(label, r["value"], ev)
                     and relation(label, r["value"], pv) != SAME and not any(
                values_equal(label, o["value"], pv) and _same_doc(o, r) for o in others)]
            sure = [r for r in agree if r in others]
            if sure and (member is not None or not all(judge.is_support(label, r) for r in sure)):
                continue  # shown as 纸质材料之间不一致 when the form's reading is sure too
            if sure:  # only a paper stating the figure in its own terms (a 收入证明's wage) says what the export says
                out.append(finding(archive_no, unit, VERIFY, name, pv, ev,
                                   f"待核对：{sure[0].get('part') or sure[0].get('doc_type')}的读数与电子档案一致，"
                                   "与建档申请表的读数不一致；"
                                   "纸质材料之间不一致", evidence=[*judge.readings(label)[:1], *sure[:2]]))
                continue
            if agree:
                out.append(finding(archive_no, unit, VERIFY, name, pv, ev,
                                   f"待核对：{agree[0].get('doc_type')}的读数与电子档案一致，但把握不足；"
                                   "纸质材料之间可能不一致", evidence=judge.readings(label, member)[:3]))
                continue
            detail = "纸质与电子不一致"
            if label == CAUSES_LABEL:
                ps, es = causes_set(pv), causes_set(ev)
                detail = f"仅纸质: {sorted(ps - es)}; 仅电子: {sorted(es - ps)}"
            how = (derived or {}).get(name)
            if how:
                detail += f"（纸质值取自{how}）"
        evidence = judge.readings(label, member)[:3] or None
        if rel == UNSETTLED:
            why = ("金额相差整百、千或万倍（小数点漏读，或单位为千元/万元）" if label.rsplit(".", 1)[-1] in MONEY_LABELS
                   else "规则集之间的用语对应未由文件确定")
            out.append(finding(archive_no, unit, VERIFY, name, pv, ev,
                               f"待核对：{why}（纸质「{pv}」，电子「{ev}」）；"
                               "请在复核中把纸质读数更正为电子档案所用的用语或单位：对应则消除，不对应则成为不一致",
                               evidence=evidence))
            continue
        ok, why = judge.trusted(label, pv, member)
        if not ok and not is_blank(ev) and (apart := judge.apart_from_export(label, pv, ev, member)):
            ok, detail = True, f"{detail}（{apart}）"
        elif ok and not is_blank(ev) and judge.machine_read(label, member):
            why = judge.sum_doubt(label, member) or misread_shape(label, pv, ev) or judge.contradicted(label, pv, member)
            ok = not why
        if ok:
            out.append(finding(archive_no, unit, "mismatch", name, pv, ev, detail, evidence=evidence))
        else:
            out.append(finding(archive_no, unit, VERIFY, name, pv, ev, f"待核对：{why}；若属实则{detail}",
                               evidence=evidence))


_SEPARATORS = frozenset("/、,;:|\\")
_TYPED_LABELS: frozenset[str] = (MONEY_LABELS | COUNT_LABELS | DATE_LABELS | BOOL_LABELS | ID_LABELS | DIGITS_LABELS
                                  | {CAUSE_LABEL, CAUSES_LABEL})


def misread_shape(label: str, paper: Any, electronic: Any, against: str = "电子档案") -> str:
    """Why a machine reading that differs from the export looks like a misreading of the export's value rather
    than another value ("" : it does not): such a difference waits for a person, whatever the confidence.

    Ticks the export has and the reading lacks (a tick not seen); a text that is part of the export's, or holds
    it whole (行 for 中国邮政储蓄银行, 残日残疾 for 残疾: a cell read short or run on); a long text off by one or
    two characters (競秀区 for 竞秀区). Names are left out of the last: one character is what tells 张晓明 from 张小明.
    ``against``: whose value the reading is set against, as the reason names it (another paper's reading too).
    """
    base = label.rsplit(".", 1)[-1]
    if base == CAUSES_LABEL:
        return (f"纸质只是少了{against}勾选的选项，未识别到的勾选可能是漏读"
                if causes_set(paper) < causes_set(electronic) else "")
    if base in _TYPED_LABELS or not isinstance(paper, str) or not isinstance(electronic, str):
        return ""
    a, b = norm_text(paper), norm_text(electronic)
    if a and b and (a in b or b in a):
        return f"读数只是{against}值的一部分或多出几个字，可能读得不全或连读了旁边的字"
    if a[:1] in _SEPARATORS or a[-1:] in _SEPARATORS:
        return "读数以分隔符开头或结尾（如「病/」），可能只读到了单元格的一部分"
    if len(a) == len(b) >= 6 and a != b and a in b + b:
        # 501室河北省…1单元 for 河北省…1单元501室: the same characters, a cell's second line read before its first
        return f"读数与{against}值的字完全相同，只是前后两段的顺序不同，可能是单元格内换行的两行读反了顺序"
    if base != "姓名" and min(len(a), len(b)) >= 6 and chars_apart(a, b, 2):
        return f"读数与{against}只差个别字，可能是识别错字"
    return ""


def paper_conflicts(archive_no: str, unit: str | None, paper: PaperHousehold) -> list[Finding]:
    """Two trusted readings of one field on two papers of the household that disagree (纸质材料之间不一致)."""
    out: list[Finding] = []
    judge = Judge(paper)
    for label, readings in paper.sources.items():
        if len(readings) < 2:
            continue
        first = readings[0]
        if not reading_trusted(label, first):
            continue
        for other in readings[1:]:
            if (other.get("document_id"), other.get("file")) == (first.get("document_id"), first.get("file")):
                continue
            ok = reading_trusted(label, other)
            if ok and not values_equal(label, first["value"], other["value"]):
                said = (f"纸质材料之间不一致：{first.get('doc_type')}「{first['value']}」，"
                        f"{other.get('doc_type')}「{other['value']}」")
                # one reading holding the other whole (方俊 / 方俊户主: the next cell read on) or a long text a
                # character off is the shape of a misreading, not of two papers that say different things
                shape = misread_shape(label, other["value"], first["value"], f"{first.get('doc_type')}读到的")
                if shape:
                    out.append(finding(archive_no, unit, VERIFY, label, first["value"], None,
                                       f"待核对：{other.get('doc_type')}的{shape}；若属实则{said}",
                                       evidence=[first, other]))
                else:
                    out.append(finding(archive_no, unit, PAPER_CONFLICT, label, first["value"], None, said,
                                       evidence=[first, other]))
                break
    del judge
    return out


def match_members(
    paper_members: Sequence[Mapping[str, Any]], electronic_members: Sequence[Mapping[str, Any]]
) -> tuple[list[tuple[Mapping[str, Any], Mapping[str, Any]]], Sequence[Mapping[str, Any]], list[int]]:
    """Pairs matched by 身份证号, by name, then by a near ID or name (a misread character);
    unmatched paper members; indexes of unmatched electronic ones."""
    e_by_id: dict[str, int] = {}
    for i, m in enumerate(electronic_members):
        nid = norm_id(m.get("身份证号"))
        if nid:
            e_by_id.setdefault(nid, i)
    matched_e: set[int] = set()
    pairs: list[tuple[Mapping[str, Any], Mapping[str, Any]]] = []
    unmatched_p: list[Mapping[str, Any]] = []
    for pm in paper_members:
        nid = norm_id(pm.get("身份证号"))
        j = e_by_id.get(nid) if nid else None
        if j is not None and j not in matched_e:
            matched_e.add(j)
            pairs.append((pm, electronic_members[j]))
        else:
            unmatched_p.append(pm)
    if unmatched_p:
        e_by_name: dict[str, list[int]] = {}
        for i, m in enumerate(electronic_members):
            if i not in matched_e:
                e_by_name.setdefault(norm_text(_member_name(m)), []).append(i)
        still: list[Mapping[str, Any]] = []
        for pm in unmatched_p:
            cands = e_by_name.get(norm_text(_member_name(pm)))
            if cands:
                j = cands.pop(0)
                matched_e.add(j)
                pairs.append((pm, electronic_members[j]))
            else:
                still.append(pm)
        unmatched_p = still
    if unmatched_p and len(matched_e) < len(electronic_members):
        unmatched_p = _near_pairs(unmatched_p, electronic_members, matched_e, pairs)
    if unmatched_p:
        unmatched_p = _split_rows(unmatched_p, pairs)
    return pairs, unmatched_p, [j for j in range(len(electronic_members)) if j not in matched_e]


def _split_rows(
    unmatched_p: list[Mapping[str, Any]], pairs: list[tuple[Mapping[str, Any], Mapping[str, Any]]]
) -> list[Mapping[str, Any]]:
    """One person's row read as two: the name and the rest on one line, the 身份证号 alone on the next (a wrapped
    cell, or a row of two text lines). The number's row matched an electronic member by ID; a row with that
    member's name and no number of its own is the same person, compared with them too, not an extra member."""
    by_name = {norm_text(_member_name(em)): em for pm, em in pairs if is_blank(pm.get("姓名"))}
    still: list[Mapping[str, Any]] = []
    for pm in unmatched_p:
        em = by_name.get(norm_text(_member_name(pm))) if is_blank(pm.get("身份证号")) else None
        if em is None or is_blank(pm.get("姓名")):
            still.append(pm)
        else:
            pairs.append((pm, em))
    return still


def _near_pairs(
    unmatched_p: list[Mapping[str, Any]], electronic_members: Sequence[Mapping[str, Any]], matched_e: set[int],
    pairs: list[tuple[Mapping[str, Any], Mapping[str, Any]]],
) -> list[Mapping[str, Any]]:
    """A paper ID that fails its check digit and differs from an electronic one in ≤ 2 characters is that
    person's ID misread: compared field by field, not reported as one missing and one extra member.
    (Names alone are not enough: 张四 and 张五 are siblings, not a misreading.)"""
    still: list[Mapping[str, Any]] = []
    for pm in unmatched_p:
        pid = norm_id(pm.get("身份证号"))
        misread = bool(pid) and isinstance(id_info(pid), str)
        j = next((i for i, em in enumerate(electronic_members) if i not in matched_e and misread
                  and chars_apart(pid, norm_id(em.get("身份证号")), 2)), None)
        if j is None:
            still.append(pm)
        else:
            matched_e.add(j)
            pairs.append((pm, electronic_members[j]))
    return still


def _near_names(
    unmatched_p: Sequence[Mapping[str, Any]], unmatched_e: Sequence[Mapping[str, Any]]
) -> dict[int, str]:
    """A paper row without a valid 身份证号 and an electronic member left over, whose names differ in one
    character: perhaps one person whose name was misread, perhaps two (张四 and 张五 are siblings). Neither
    is claimed as a member on one side only: id(member) -> why a person reads them."""
    out: dict[int, str] = {}
    for pm in unmatched_p:
        pid = norm_id(pm.get("身份证号"))
        if pid and not isinstance(id_info(pid), str):
            continue  # a valid number of no one in the export: a person of their own
        pn = norm_text(_member_name(pm))
        for em in unmatched_e:
            en = norm_text(_member_name(em))
            if chars_apart(pn, en, 1):
                out[id(pm)] = f"姓名与电子档案的成员「{_member_name(em)}」只差一字，可能是同一人读错"
                out[id(em)] = f"姓名与纸质成员表的「{_member_name(pm)}」只差一字，可能是同一人读错"
    return out


def _family_complete(paper: PaperHousehold | None, judge: Judge) -> bool:
    """Can the paper's member list be trusted to be the whole family (no row lost to reading)?"""
    if paper is None:
        return True
    if not all(judge.trusted("姓名", m.get("姓名"), m)[0] for m in paper.members if not is_blank(m.get("姓名"))):
        return False
    if "家庭人口" in paper.doubts:
        return False  # the register and the form's table do not list the same people
    size = to_number(paper.fields.get("家庭人口"))
    if size is None or "家庭人口" in paper.derived or not judge.trusted("家庭人口", paper.fields["家庭人口"])[0]:
        return True
    return int(size) in (len(paper.members), len(paper.members) + 1)


def name_only(member: Mapping[str, Any]) -> bool:
    """A member row of which nothing but a name was read: a heading or note of the form read down its first
    column as a row (承诺) looks just like that, so it is no sure sign of a person on its own."""
    return {k for k, v in member.items() if not is_blank(v)} <= {"姓名"}


def compare_members(
    archive_no: str,
    unit: str | None,
    paper_members: Sequence[Mapping[str, Any]],
    electronic_members: Sequence[Mapping[str, Any]],
    householder_id: str = "",
    derived: Mapping[str, str] | None = None,
    *,
    paper: PaperHousehold | None = None,
    covered: frozenset[str] | None = None,
    sums: Mapping[tuple[int | None, str], str] | None = None,
) -> list[Finding]:
    """Members as a set: matched by 身份证号, then by name; missing, extra and differing members."""
    out: list[Finding] = []
    judge = Judge(paper, sums)
    pairs, unmatched_p, unmatched_e = match_members(paper_members, electronic_members)
    complete = _family_complete(paper, judge)
    near = _near_names(unmatched_p, [electronic_members[j] for j in unmatched_e])
    for pm in unmatched_p:
        if householder_id and norm_id(pm.get("身份证号")) == householder_id:
            continue  # the householder listed in one table only: not a family difference
        field_name = f"家庭成员[{_member_name(pm)}]"
        meta = judge.meta_of.get(id(pm), _NO_META)
        evidence = [r for r in (meta["src"].get("姓名"), meta["src"].get("身份证号")) if r] or None
        sure = [judge.trusted(k, pm[k], pm) for k in ("姓名", "身份证号") if not is_blank(pm.get(k))]
        if id(pm) in near:
            sure.insert(0, (False, near[id(pm)]))
        if sure and name_only(pm):
            sure.append((False, "该行只读出姓名，其余各栏皆空"))
        if sure and all(ok for ok, _ in sure) and complete:  # a row with neither name nor number is no one yet
            out.append(finding(archive_no, unit, "mismatch", field_name, dict(pm), None,
                               "纸质档案有该成员，电子档案没有", evidence=evidence))
        else:
            why = next((w for ok, w in sure if not ok),
                       "纸质成员表识别不完整" if sure else "该行未读出姓名和身份证号")
            out.append(finding(archive_no, unit, VERIFY, field_name, dict(pm), None,
                               f"待核对：{why}；若属实则纸质档案有该成员，电子档案没有", evidence=evidence))
    registered = _registered_only(paper, [electronic_members[j] for j in unmatched_e])
    papered = _papers_naming(paper, [electronic_members[j] for j in unmatched_e])
    for j in unmatched_e:
        em = electronic_members[j]
        if householder_id and norm_id(em.get("身份证号")) == householder_id:
            continue
        field_name = f"家庭成员[{_member_name(em)}]"
        if id(em) in registered:  # another paper lists them: the papers disagree, not paper and electronic
            seen_on = registered[id(em)]
            out.append(finding(archive_no, unit, VERIFY, field_name, None, dict(em),
                               f"待核对：{(seen_on or [{}])[0].get('doc_type') or '户口簿'}有该成员，电子档案也有，"
                               "建档申请表的家庭成员表没有（或未读出）；纸质材料之间不一致", evidence=seen_on or None))
        elif id(em) in papered:  # their own paper is in the archive: the form's table lacks them (or lost the row)
            out.append(finding(archive_no, unit, VERIFY, field_name, None, dict(em),
                               f"待核对：档案中有该成员的{papered[id(em)]}，建档申请表的家庭成员表没有（或未读出）；"
                               "若属实则纸质材料之间不一致"))
        elif complete and id(em) not in near:
            out.append(finding(archive_no, unit, "mismatch", field_name, None, dict(em),
                               "电子档案有该成员，纸质档案没有"))
        else:
            why = near.get(id(em), "纸质成员表识别不完整")
            out.append(finding(archive_no, unit, VERIFY, field_name, None, dict(em),
                               f"待核对：{why}；若属实则电子档案有该成员，纸质档案没有"))
    for pm, em in pairs:
        name = _member_name(em) if not is_blank(em.get("姓名")) else _member_name(pm)
        _compare_fields(out, archive_no, unit, pm, em, SKIP_MEMBER, prefix=f"家庭成员[{name}].",
                        derived=_renamed(derived, _member_name(pm), name), judge=judge, member=pm,
                        covered=covered)
    return out


def _registered_only(
    paper: PaperHousehold | None, unmatched: Sequence[Mapping[str, Any]]
) -> dict[int, list[dict[str, Any]]]:
    """Electronic members the form's table lacks but another paper of the household (户口簿, an ID card)
    lists, by 身份证号 or name: id(member) -> the provenance of that paper's reading of them."""
    if paper is None or not paper.register_only or not unmatched:
        return {}
    pairs, _alone, _ = match_members([e for e, _m in paper.register_only], unmatched)
    src = {id(e): [r for r in (m["src"].get("姓名"), m["src"].get("身份证号")) if r] for e, m in paper.register_only}
    return {id(em): src.get(id(pe), []) for pe, em in pairs}


def _papers_naming(paper: PaperHousehold | None, people: Sequence[Mapping[str, Any]]) -> dict[int, str]:
    """People of ``people`` (export members) whom some paper of the household names, by 身份证号 or whole name:
    id(person) -> the first such paper's type. Any paper counts (an ID card, a 收入证明, a 户口簿 page, the form's
    table): a person with a paper of their own in the archive is not one the paper archive lacks, whatever the
    form's table gave (a row lost to reading, a relation column not read)."""
    if paper is None or not people:
        return {}
    named: dict[str, str] = {}
    for doc in paper.documents:
        for h in doc.get("holders") or ():
            for key in (h.id_number, h.name):
                if key:
                    named.setdefault(key, str(doc.get("doc_type") or "材料"))
    for m in (*paper.members, *(e for e, _m in paper.register_only)):
        for key in (norm_id(m.get("身份证号")), norm_text(str(m.get("姓名") or ""))):
            if key:
                named.setdefault(key, APPLICATION_FORM)
    out: dict[int, str] = {}
    for person in people:
        for key in (norm_id(person.get("身份证号")), norm_text(str(person.get("姓名") or ""))):
            if key and key in named:
                out[id(person)] = named[key]
                break
    return out


def _spouse_doubt(
    paper: PaperHousehold, electronic_members: Sequence[Mapping[str, Any]]
) -> dict[tuple[int | None, str], str]:
    """A 婚姻状况 of 未婚/离异/丧偶 read on paper while the export lists a spouse whom the household's papers name
    too (their ID card, their 收入证明, a row of the form's table whose relation was not read): the papers carry the
    spouse, so the reading contradicts them (a tick read against the next option) and waits for a person. Beside
    ``_marital_doubt``, which sees only spouses whose relation the papers themselves state."""
    status = paper.fields.get("婚姻状况")
    if not isinstance(status, str) or norm_text(status) not in _WITHOUT_SPOUSE:
        return {}
    spouses = [m for m in electronic_members if norm_text(str(m.get("关系") or "")) in _SPOUSE_WORDS]
    on_paper = _papers_naming(paper, spouses)
    for m in spouses:
        if id(m) in on_paper:
            return {(None, "婚姻状况"): f"电子档案所列配偶「{_member_name(m)}」在纸质材料（{on_paper[id(m)]}）中也有，"
                                       f"与婚姻状况「{status}」不符，可能读错"}
    return {}


@lru_cache(maxsize=1)
def _cause_proofs() -> dict[str, frozenset[tuple[str, str]]]:
    """Cause group (``vocab.cause_group``) -> the papers some rule set takes as proof of it: (doc_type, 其他 kind
    or ""). Read from the rule sets' material lists (purpose cause_proof), the one place that says it."""
    from dangan.errors import DanganError
    from dangan.schemas.rules import available_rules, load_rules

    out: dict[str, set[tuple[str, str]]] = {}
    for name in available_rules():
        try:
            materials = load_rules(name).materials
        except DanganError:
            continue  # a broken rule set of a union's own folder says nothing here (its own command reports it)
        for m in materials:
            if m.purpose == "cause_proof" and m.when.startswith("cause:"):
                for group in m.when.removeprefix("cause:").split("|"):
                    out.setdefault(group, set()).add((m.doc_type, m.kind or ""))
    return {g: frozenset(v) for g, v in out.items()}


def _proved(paper: PaperHousehold, group: str) -> bool:
    """Does the archive hold a paper that proves a cause of this group (a 残疾人证 for 残疾)?"""
    # rules imports this module, so its matcher of 其他 kinds is imported when called, not at the top
    from dangan.reconcile.rules import kind_options

    proofs = _cause_proofs().get(group, frozenset())
    for doc in paper.documents:
        doc_type = str(doc.get("doc_type") or "")
        name = norm_text(str((doc.get("fields") or _EMPTY).get("材料名称") or ""))
        if any(doc_type == t and (not kind or name in kind_options(kind)) for t, kind in proofs):
            return True
    return False


def _cause_doubt(paper: PaperHousehold, electronic_data: Mapping[str, Any]) -> dict[tuple[int | None, str], str]:
    """A 主要致困原因 read on paper that needs a proof the archive does not hold, where the export's cause is one
    the archive proves or one that needs no proof (残疾 ticked, no 残疾人证; the export's 子女上学 with the
    admission letter in the archive): the tick was likely read against the wrong option, so it waits for a person."""
    read, export = paper.fields.get(CAUSE_LABEL), electronic_data.get(CAUSE_LABEL)
    if not isinstance(read, str) or not isinstance(export, str):
        return {}
    mine, theirs = cause_group(normalise_cause(read)), cause_group(normalise_cause(export))
    proofs = _cause_proofs()
    if mine == theirs or mine not in proofs or _proved(paper, mine):
        return {}
    if theirs in proofs and not _proved(paper, theirs):
        return {}
    return {(None, CAUSE_LABEL): f"纸质致困原因「{read}」所需的证明材料档案中没有，"
                                 f"而电子档案的「{export}」{'有证明材料' if theirs in proofs else '无需证明材料'}，可能读错"}


def _renamed(derived: Mapping[str, str] | None, paper_name: str, shown: str) -> dict[str, str] | None:
    if not derived or paper_name == shown:
        return dict(derived) if derived else None
    old = f"家庭成员[{paper_name}]."
    return {(f"家庭成员[{shown}]." + k[len(old):] if k.startswith(old) else k): v for k, v in derived.items()}


def _sheet(coverage: Mapping[str, Any] | None, sheet: str) -> frozenset[str] | None:
    if not coverage or coverage.get(sheet) is None or POLICY.naive:
        return None
    cols = coverage[sheet]
    return cols if isinstance(cols, frozenset) else frozenset(cols)


def compare_household(
    archive_no: str,
    unit: str | None,
    paper_fields: Mapping[str, Any],
    paper_members: Sequence[Mapping[str, Any]],
    electronic_data: Mapping[str, Any],
    electronic_members: Sequence[Mapping[str, Any]],
    paper: PaperHousehold | None = None,
    coverage: Mapping[str, Any] | None = None,
) -> list[Finding]:
    """Every field the paper states, compared with the electronic record; then the member table.

    ``coverage``: the fields the export carries per sheet ({"档案": …, "家庭成员": …}); None = all.
    """
    out: list[Finding] = []
    derived = paper.derived if paper is not None else None
    hh_cov, mem_cov = _sheet(coverage, HOUSEHOLD_SHEET), _sheet(coverage, MEMBER_SHEET)
    sums = ({**_sum_doubts(paper, electronic_data, electronic_members), **_spouse_doubt(paper, electronic_members),
             **_cause_doubt(paper, electronic_data), **_count_doubt(paper, electronic_data),
             **_tick_doubt(paper, electronic_data)}
            if paper is not None else None)
    judge = Judge(paper, sums)
    _compare_fields(out, archive_no, unit, paper_fields, electronic_data, SKIP_HOUSEHOLD, derived=derived,
                    judge=judge, covered=hh_cov)
    householder = norm_id(electronic_data.get("身份证号") or paper_fields.get("身份证号"))
    known = paper.members_known if paper is not None else bool(paper_members)
    if (known or (paper is None and electronic_members)) and (mem_cov is None or mem_cov - {"职工编号"}):
        out.extend(compare_members(archive_no, unit, paper_members, electronic_members, householder, derived,
                                   paper=paper, covered=mem_cov, sums=sums))
    if (paper is not None and is_blank(paper_fields.get(TOTAL_LABEL)) and not is_blank(electronic_data.get(TOTAL_LABEL))
            and (hh_cov is None or TOTAL_LABEL in hh_cov)):
        total = _paper_total(paper, electronic_data, electronic_members)
        ev = to_number(electronic_data.get(TOTAL_LABEL))
        explained = _paper_total(paper, electronic_data, electronic_members, export_inputs=True)
        if (total is not None and ev is not None and not money_equal(total, ev)
                and (explained is None or not money_equal(explained, ev))):
            detail = ("纸质未直接填写家庭年度总收入：按 12×(本人月收入+家庭成员月收入)+家庭其他非薪资年收入 推算，"
                      "与电子档案不一致")
            why = _doubtful_income(judge, paper, electronic_data, electronic_members)
            kind = "mismatch" if not why else VERIFY
            out.append(finding(archive_no, unit, kind, TOTAL_LABEL, total, electronic_data.get(TOTAL_LABEL),
                               detail if not why else f"待核对：推算所用的收入读数{why}；若属实则{detail}"))
    if paper is not None and paper.sources:
        out.extend(paper_conflicts(archive_no, unit, paper))
    if paper is not None and paper.register_only:
        out.extend(_register_only(archive_no, unit, paper, electronic_data, electronic_members))
    return out


def _tick_doubt(paper: PaperHousehold, electronic_data: Mapping[str, Any]) -> dict[tuple[int | None, str], str]:
    """A 主要致困原因 tick whose reading the form's own cause block does not bear out, where it differs from the
    export's: the option read is one the export lists as a *secondary* cause (the tick of the next question taken
    for this one), or no secondary tick was read at all while the export lists some (the block's ticks were not
    found where they are, so its one main tick is no surer). Not when the applicant's account names the same cause
    (a second reading, ``Judge._stated_apart``) or a person settled it."""
    read, export = paper.fields.get(CAUSE_LABEL), electronic_data.get(CAUSE_LABEL)
    if (not isinstance(read, str) or is_blank(export) or CAUSE_LABEL in paper.settled
            or relation(CAUSE_LABEL, read, export) != "different"):
        return {}
    if any(r.get("part") and relation(CAUSE_LABEL, r["value"], read) == SAME for r in paper.support.get(CAUSE_LABEL, ())):
        return {}
    theirs = sorted(causes_set(electronic_data.get(CAUSES_LABEL)))
    if any(relation(CAUSE_LABEL, read, c) == SAME for c in theirs):
        return {(None, CAUSE_LABEL): f"纸质读到的主要致困原因「{read}」是电子档案所列的次要致困原因之一，"
                                     "可能把次要致困原因的勾选读成了主要致困原因"}
    if theirs and is_blank(paper.fields.get(CAUSES_LABEL)):
        return {(None, CAUSE_LABEL): f"纸质次要致困原因一项也未读出，而电子档案列有「{'、'.join(theirs)}」："
                                     f"致困原因的勾选未读全，主要致困原因「{read}」的读数把握不足"}
    return {}


def _count_doubt(paper: PaperHousehold, electronic_data: Mapping[str, Any]) -> dict[tuple[int | None, str], str]:
    """A 家庭人口 read on the form that the paper's own member list contradicts while it agrees with the export:
    the list (the form's table, or the 户口簿's people) holds n people besides the applicant, the export says n or
    n + 1 (with or without the applicant), the reading says neither: one figure misread (3 read 8), not a
    household the systems count differently. A reading the list agrees with stays a finding."""
    read, export = to_number(paper.fields.get("家庭人口")), to_number(electronic_data.get("家庭人口"))
    if read is None or export is None or read == export or "家庭人口" in paper.derived or not paper.members:
        return {}
    rows = len(paper.members)
    if export not in (rows, rows + 1) or read in (rows, rows + 1):
        return {}
    listed = "户口簿" if paper.derived.get("家庭成员") == "户口簿" else "建档申请表的家庭成员表"
    return {(None, "家庭人口"): f"纸质{listed}列有 {rows} 人（不含本人），与电子档案的 {export:g} 人相符，"
                               f"与这一读数 {read:g} 对不上，可能读错"}


def _adds_up(total: float, stated: float) -> bool:
    """A sum of the paper's figures against a stated total, to the yuan: the relative tolerance of comparing two
    statements of one amount (``money_equal``: 0.5 %) would hide a yearly income of 70 read where the paper
    prints 0, 70 yuan in a total of 106,440."""
    return abs(total - stated) <= MONEY_ABS_TOL


def _sum_doubts(
    paper: PaperHousehold, electronic_data: Mapping[str, Any], electronic_members: Sequence[Mapping[str, Any]],
) -> dict[tuple[int | None, str], str]:
    """Readings the paper's own arithmetic contradicts (12 × monthly incomes + other income = the yearly total):
    where the paper's stated total is the export's and the paper's incomes sum to it only with the export's
    figure in place of a reading, that reading is doubtful; where the incomes sum to the export's total and
    the total read does not, the total is. (id(member) or None, label) -> why."""
    t_e = to_number(electronic_data.get(TOTAL_LABEL))
    s_p = _paper_total(paper, electronic_data, electronic_members) if t_e is not None else None
    if t_e is None or s_p is None:
        return {}
    out: dict[tuple[int | None, str], str] = {}
    read = to_number(paper.fields.get(TOTAL_LABEL))
    if _adds_up(s_p, t_e):
        if read is not None and not money_equal(read, t_e):
            out[(None, TOTAL_LABEL)] = f"纸质各项收入合计 {s_p:g} 元，与电子档案一致，与这一读数对不上，可能读错"
        return out
    stated = [to_number(x) for x in (paper.fields.get(TOTAL_LABEL), *(r.get("value") for r in paper.support.get(TOTAL_LABEL, ())))]
    s_x = _paper_total(paper, electronic_data, electronic_members, export_inputs=True)
    if read is not None and _adds_up(s_p, read):
        out[(None, TOTAL_LABEL)] = ADDS_UP  # the paper's figures sum to the total it states: they corroborate it
    if read is not None and money_equal(read, s_p) and s_x is not None and money_equal(s_x, t_e):
        out[(None, TOTAL_LABEL)] = EXPLAINED  # the totals differ only through incomes that differ themselves
    if s_x is not None and _adds_up(s_x, t_e) and any(x is not None and money_equal(x, t_e) for x in stated):
        why = (f"按此读数，纸质各项收入合计 {s_p:g} 元，与纸质所写的家庭年收入 {t_e:g} 元对不上"
               "（换成电子档案的值则对得上），可能读错")

        def differs(a: Any, b: Any) -> bool:
            x, y = to_number(a), to_number(b)
            return x is not None and y is not None and not money_equal(x, y)

        for label in ("本人月平均收入", OTHER_INCOME_LABEL):
            if differs(paper.fields.get(label), electronic_data.get(label)):
                out[(None, label)] = why
        for pm, em in match_members(paper.members, electronic_members)[0]:
            if differs(pm.get("月收入"), em.get("月收入")):
                out[(id(pm), "月收入")] = why
    return out


def _doubtful_income(
    judge: Judge, paper: PaperHousehold, electronic_data: Mapping[str, Any],
    electronic_members: Sequence[Mapping[str, Any]],
) -> str:
    """Why the incomes a paper total is summed from cannot be trusted ("" : they can).

    A weak reading that says exactly what the electronic record says is corroborated by it (a misreading
    that lands on the other system's figure is far less likely than a right reading): it is not what
    makes the totals differ.
    """
    own = paper.fields.get("本人月平均收入")
    parts = [(judge.trusted("本人月平均收入", own), own, electronic_data.get("本人月平均收入"))]
    partner = {id(pm): em for pm, em in match_members(paper.members, electronic_members)[0]}
    parts += [(judge.trusted("月收入", m["月收入"], m), m["月收入"], (partner.get(id(m)) or _EMPTY).get("月收入"))
              for m in paper.members if not is_blank(m.get("月收入"))]
    return next((w for (ok, w), pv, ev in parts
                 if not ok and (is_blank(ev) or not values_equal("月收入", pv, ev))), "")


def _identity(person: Mapping[str, Any]) -> set[str]:
    """What names one person: their normalised 身份证号 and 姓名, where read."""
    return {norm_id(person.get("身份证号")), norm_text(str(person.get("姓名") or ""))} - {""}


def _register_only(
    archive_no: str, unit: str | None, paper: PaperHousehold, electronic_data: Mapping[str, Any],
    electronic_members: Sequence[Mapping[str, Any]],
) -> list[Finding]:
    """A person on the 户口簿 but not in the form's member table nor in the export: papers disagree on the
    family (a row lost to reading, or a registered person who is not family): a person reads it. The
    export's applicant is no such person: the register lists them too, and only a misread name on the
    form (能倩欣 for 熊倩欣) kept them from being recognised as the applicant."""
    out: list[Finding] = []
    _pairs, alone, _ = match_members([e for e, _m in paper.register_only], electronic_members)
    lonely = {id(e) for e in alone}
    applicant = _identity(electronic_data)
    for entry, meta in paper.register_only:
        if id(entry) not in lonely:
            continue  # the export lists them: the form's table is what lacks them
        if _identity(entry) & applicant:
            continue  # the export's applicant
        evidence = [r for r in (meta["src"].get("姓名"), meta["src"].get("身份证号")) if r] or None
        out.append(finding(archive_no, unit, VERIFY, f"家庭成员[{_member_name(entry)}]", dict(entry), None,
                           f"待核对：{(evidence or [{}])[0].get('doc_type') or '户口簿'}有该成员，建档申请表的家庭成员表和"
                           "电子档案都没有；若是家庭成员则纸质档案有该成员，电子档案没有", evidence=evidence))
    return out


TOTAL_LABEL = "家庭年度总收入"
EXPLAINED = "explained"  # a _sum_doubts verdict: not a reading in doubt, a difference already shown by its parts
# a _sum_doubts verdict: the total the paper states (read at 0.86 from the applicant's account) is to the yuan the sum
# of the paper's own incomes (12 × monthly + other), several readings of other boxes that a misread total would not
# match: it is corroborated, as a second paper stating it would
ADDS_UP = "adds up"
OTHER_INCOME_LABEL = "家庭其他非薪资年收入"


def _paper_total(
    paper: PaperHousehold, electronic_data: Mapping[str, Any], electronic_members: Sequence[Mapping[str, Any]],
    *, export_inputs: bool = False,
) -> float | None:
    """The household's yearly income as the paper shows it, when every earner's income is on paper.

    A member whose income the paper does not state counts as 0 only when the electronic record agrees
    (no earner without a 收入证明 is silently assumed to earn nothing). ``export_inputs``: each income the
    export states taken from the export instead — when that sum is the export's total, the totals differ
    only through incomes that differ themselves (each its own finding or reading to verify), not twice.
    """
    def pick(paper_value: Any, export_value: Any) -> float | None:
        e = to_number(export_value) if export_inputs else None
        return e if e is not None else to_number(paper_value)

    own = pick(paper.fields.get("本人月平均收入"), electronic_data.get("本人月平均收入"))
    if own is None or not paper.members_known:
        return None
    monthly = own
    pairs, _unmatched, _ = match_members(paper.members, electronic_members)
    partner = {id(pm): em for pm, em in pairs}
    for m in paper.members:
        em = partner.get(id(m))
        e_income = to_number(em.get("月收入")) if em is not None else None
        income = pick(m.get("月收入"), e_income)
        if income is None:
            if e_income not in (None, 0.0):
                return None
            income = 0.0
        monthly += income
    other = pick(paper.fields.get(OTHER_INCOME_LABEL), electronic_data.get(OTHER_INCOME_LABEL))
    if other is None:
        other = to_number(electronic_data.get(OTHER_INCOME_LABEL)) or 0.0
    return round(12 * monthly + other, 2)


def compare_all(
    paper: Mapping[str, PaperHousehold],
    electronic: Mapping[str, Mapping[str, Any]],
) -> list[Finding]:
    """All households. ``electronic`` maps 职工编号 → {"单位", "data", "members", "coverage"}.

    A household with paper but no electronic record is one finding; one with no paper at all is left
    to the required-materials check (every material is missing). The unit is the export's or the
    ingest key's, never a value read from a form.
    """
    out: list[Finding] = []
    for archive_no, ph in paper.items():
        rec = electronic.get(archive_no)
        if rec is None:
            out.append(
                finding(archive_no, ph.unit, "mismatch", "职工编号", archive_no, None, "电子档案中没有该户")
            )
            continue
        if APPLICATION_FORM not in ph.doc_types and not ph.fields:
            continue  # nothing on paper to compare with: the missing form is a missing_material finding
        unit = rec.get("单位") or ph.unit
        out.extend(
            compare_household(
                archive_no, unit, ph.fields, ph.members, rec.get("data") or {}, rec.get("members") or [], ph,
                rec.get("coverage"),
            )
        )
    return out
