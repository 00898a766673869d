"""Fields written in sentences rather than boxes: 收入证明, 公示证明, 诊断证明, 劳动合同, 低保证.

spaCy (blank ``zh`` + jieba, no trained model can be downloaded) with an EntityRuler for dates and money
and a Matcher for the cue words ("月均实发工资" … MONEY). The cue words are added to jieba's dictionary
so they stay one token. Regular expressions are used only where spaCy adds nothing: reassembling a
date whose digits jieba glues to the next character ("1日至") — see ``_protect``.
"""

from __future__ import annotations

import re
import threading
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from dangan.schemas.normalise import find_dates, fold_fullwidth, parse_date, parse_int, parse_money

if TYPE_CHECKING:
    from spacy.pipeline import EntityRuler

CUE_WORDS = (
    "月均工资",
    "月均实发工资",
    "实发工资",
    "年收入",
    "公示期",
    "公示期为",
    "无异议",
    "有异议",
    "同志",
    "诊断",
    "诊断为",
    "经办人",
    "联系电话",
    "甲方",
    "乙方",
    "用人单位",
    "合同期限",
    "保障人数",
    "月保障金额",
    "保障金额",
    "发证机关",
    "有效期",
    "个月",
    "我单位",
    "职工",
)

_nlp: Any = None
_lock = threading.Lock()


def get_nlp() -> Any:
    """The blank Chinese pipeline with jieba and our rules, built once per process (≈2 s)."""
    global _nlp
    with _lock:
        if _nlp is not None:
            return _nlp
        import jieba
        import spacy

        jieba.setLogLevel(60)
        for w in CUE_WORDS:
            jieba.add_word(w, freq=200000)
        for w in ("日至", "期为", "日起", "日止", "发工资"):
            jieba.del_word(w)
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
        ruler = cast(
            "EntityRuler", nlp.add_pipe("entity_ruler")
        )  # spaCy types add_pipe as Callable[[Doc], Doc]
        num = {"TEXT": {"REGEX": r"^\d+(\.\d+)?$"}}
        ruler.add_patterns(
            [
                {
                    "label": "DATE",
                    "pattern": [
                        {"TEXT": {"REGEX": r"^\d{4}$"}},
                        {"TEXT": "年"},
                        {"TEXT": {"REGEX": r"^\d{1,2}$"}},
                        {"TEXT": "月"},
                        {"TEXT": {"REGEX": r"^\d{1,2}$"}},
                        {"TEXT": {"IN": ["日", "号"]}},
                    ],
                },
                {"label": "DATE", "pattern": [{"TEXT": {"REGEX": r"^\d{4}[-./]\d{1,2}[-./]\d{1,2}$"}}]},
                {"label": "MONEY", "pattern": [num, {"TEXT": {"IN": ["元", "元整"]}}]},
                {"label": "COUNT", "pattern": [num, {"TEXT": {"IN": ["个", "人", "口"]}}]},
            ]
        )
        _nlp = nlp
        return nlp


def _unblank(text: str) -> str:
    """Drop the underlines of the blanks a value was written on ("2026年4_月", "熊林文_申请").

    Why regex: a character-level clean-up before tokenisation, like ``_protect``; an underline is never
    part of a value on these certificates. Between two numbers it stays a space, so they stay apart.
    """
    return re.sub(r"[_＿]+", "", re.sub(r"(?<=\d)[_＿]+(?=\d)", " ", text))


def _protect(text: str) -> str:
    """Fold full-width digits and put spaces around digit runs so jieba cannot glue them to words.

    Why regex: this is a character-level clean-up before tokenisation; spaCy works on tokens.
    """
    text = _unblank(fold_fullwidth(text))
    # 2024-03-05 / 2024.3.5 / 2024/03/05 -> 2024年3月5日, the one written form the DATE patterns know
    text = re.sub(r"(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)", r"\1年\2月\3日", text)
    # jieba's HMM glues a date's last character to the next one ("7日至", "31日起"): keep them apart
    text = re.sub(r"([日号])(?=[至起止到])", r"\1 ", text)
    text = re.sub(r"(?<=\d)[ \u3000]+(?=\d)", "", text)
    text = re.sub(r"[ \u3000]*([年月日])[ \u3000]*", r"\1", text)
    text = re.sub(r"(\d+(?:\.\d+)?)", r" \1 ", text)
    return re.sub(r"[ \u3000]{2,}", " ", text)  # a run of spaces would become a token of its own


def _money(ent: Any) -> float | None:
    return parse_money(ent.text.replace(" ", ""))


def _date(ent: Any) -> str | None:
    d = parse_date(ent.text.replace(" ", ""))
    return d.isoformat() if isinstance(d, date) else None


def _after(doc: Any, cue: tuple[str, ...], label: str, window: int = 6) -> Any | None:
    """The first entity of ``label`` starting within ``window`` tokens after a cue token."""
    for tok in doc:
        if tok.text in cue:
            for ent in doc.ents:
                if ent.label_ == label and tok.i < ent.start <= tok.i + window:
                    return ent
    return None


def read_income_sentence(text: str) -> dict[str, Any]:
    """收入证明: "XX同志是我单位职工…其前12个月的月均工资为3500元，月均实发工资3200元，年收入为42000元"."""
    text = _unblank(text)  # the name and date patterns below read the text too
    doc = get_nlp()(_protect(text))
    out: dict[str, Any] = {}
    e = _after(doc, ("月均工资",), "MONEY")
    if e is not None:
        out["月均工资"] = _money(e)
    e = _after(doc, ("月均实发工资", "实发工资"), "MONEY")
    if e is not None:
        out["月均实发工资"] = _money(e)
    e = _after(doc, ("年收入",), "MONEY")
    if e is not None:
        out["年收入"] = _money(e)
    for tok in doc:
        months = tok.i > 0 and doc[tok.i - 1].like_num
        if months and (
            tok.text == "个月" or (tok.text == "个" and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "月")
        ):
            # the count in figures or in words ("近三个月", "前十二个月"): a word the tokenizer calls a number
            # that is no count ("几个月") is none
            n = parse_int(doc[tok.i - 1].text)
            if n is not None:
                out["统计月数"] = n
                break
    for tok in doc:
        if tok.text == "同志" and tok.i > 0:
            # punctuation kept: a sentence's stop before the name ends what went before ("…年收入为27840元。
            # 张欢建同志…", the line under the name's read first on a tilted photo: 元 is no name's)
            name = "".join(t.text for t in doc[max(0, tok.i - 3) : tok.i]).strip()
            name = re.sub(r"^.*?(兹证明|证明|兹有)", "", re.sub(r"\s", "", name))
            # a sum or a mark before the name (the line above run into the name's by OCR: "年收入为30960
            # 姜林同志…"): the name is the characters right before 同志
            tail = re.search(r"[\u4e00-\u9fa5·]*$", name)
            name = tail.group() if tail else ""
            if 2 <= len(name) <= 4:
                out["姓名"] = name
            break
    dates = [d for d in (_date(e) for e in doc.ents if e.label_ == "DATE") if d] or [
        d.isoformat() for d in find_dates(text)
    ]
    if dates:
        out["出具日期"] = dates[-1]
    return out


def read_publicity_sentence(text: str) -> dict[str, Any]:
    """公示证明: "公示期为2023年3月1日至2023年3月8日（一周），结果无异议"."""
    text = _unblank(text)  # the name and date patterns below read the text too
    doc = get_nlp()(_protect(text))
    out: dict[str, Any] = {}
    dates = [(e, _date(e)) for e in doc.ents if e.label_ == "DATE"]
    cue = next((t.i for t in doc if t.text.startswith("公示期") or t.text == "公示"), None)
    if cue is not None:
        after = [d for e, d in dates if e.start > cue and d]
        if len(after) >= 2:
            out["公示期起"], out["公示期止"] = after[0], after[1]
    if "无异议" in text:
        out["结果"] = "无异议"
    elif re.search(r"(?<![如若凡没])有异议(?![的者，,请])", text):
        out["结果"] = "有异议"  # what happened, not the notice's instruction ("如有异议，请…反映")
    m = re.search(r"(?:职工|兹有我单位职工|本单位)\s*([\u4e00-\u9fa5]{2,4}?)\s*(?:同志|申请|职工家庭)", text)
    if m:
        out["姓名"] = m.group(1)
    return out


def read_contract_sentence(text: str) -> dict[str, Any]:
    """劳动合同: 甲方（用人单位）…, 乙方（劳动者）…, 合同期限自…起至…止."""
    doc = get_nlp()(_protect(text))
    out: dict[str, Any] = {}
    dates = [(e, _date(e)) for e in doc.ents if e.label_ == "DATE"]
    cue = next((t.i for t in doc if t.text in ("合同期限", "期限")), None)
    after = [d for e, d in dates if (cue is None or e.start > cue) and d]
    if len(after) >= 2:
        out["合同起始"], out["合同终止"] = after[0], after[1]
    return out


def read_dibao_sentence(text: str) -> dict[str, Any]:
    """低保证 printed as a sentence: "保障人数3人，月保障金额1050元"."""
    doc = get_nlp()(_protect(text))
    out: dict[str, Any] = {}
    e = _after(doc, ("月保障金额", "保障金额"), "MONEY")
    if e is not None:
        out["月保障金额"] = _money(e)
    for tok in doc:
        if tok.text == "保障人数":
            for t2 in doc[tok.i + 1 : tok.i + 4]:
                if t2.like_num:
                    out["保障人数"] = int(float(t2.text))
                    break
    return out


def read_diagnosis_sentence(text: str) -> dict[str, Any]:
    """诊断证明: the date it was issued, the last one printed (the rows are read in certificates.py)."""
    doc = get_nlp()(_protect(text))
    out: dict[str, Any] = {}
    dates = [d for d in (_date(e) for e in doc.ents if e.label_ == "DATE") if d]
    if dates:
        out["出具日期"] = dates[-1]
    return out


READERS = {
    "收入证明": read_income_sentence,
    "公示证明": read_publicity_sentence,
    "劳动合同": read_contract_sentence,
    "低保证": read_dibao_sentence,
    "诊断证明": read_diagnosis_sentence,
}


def read_freetext(doc_type: str, text: str) -> dict[str, Any]:
    """Fields found in the sentences of one document (empty dict for types without sentences)."""
    reader = READERS.get(doc_type)
    if reader is None or not text.strip():
        return {}
    return {k: v for k, v in reader(text).items() if v is not None}
