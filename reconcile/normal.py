"""Normalisation of field values so that paper and electronic compare on meaning, not on spelling.

Uses ``dangan.schemas.normalise`` (``parse_money``, ``parse_date``) when it is there; the small
private parsers below are the fallback (and the fast path: most values are already clean numbers
or ISO dates, so the common case costs one ``isinstance``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from dangan.schemas.readings import (
    BOOL_LABELS,
    COUNT_RANGES,
    ID_LABELS,
    MONTHLY_MONEY,
    PAST_DATES,
    TERM_DATES,
    YEARLY_MONEY,
)
from dangan.schemas.validators import IdInfo, normalise_id_number, parse_id_number
from dangan.schemas.vocab import normalise_vocab, to_national_cause

try:  # the schema stage's parsers, when they exist
    from dangan.schemas.normalise import parse_date as _schema_parse_date
    from dangan.schemas.normalise import parse_money as _schema_parse_money
except Exception:  # pragma: no cover - depends on a concurrent stage
    _schema_parse_date = None
    _schema_parse_money = None

# What kind of value each label holds comes from the validation gate (schemas.readings), the one list the
# readers and the comparison share. Money and other measured quantities are compared with tolerance.
MONEY_LABELS: frozenset[str] = MONTHLY_MONEY | YEARLY_MONEY | {"建筑面积"}
COUNT_LABELS: frozenset[str] = frozenset(COUNT_RANGES) | {"入学年份"}
DATE_LABELS: frozenset[str] = PAST_DATES | TERM_DATES
DIGITS_LABELS: frozenset[str] = frozenset({"手机号码", "银行卡号", "邮政编码", "其他联系方式"})
CAUSE_LABEL = "主要致困原因"
CAUSES_LABEL = "次要致困原因"

# Money tolerance: the paper form rounds, the system stores cents; ≤ 1 元 or ≤ 0.5 % is the same amount.
MONEY_ABS_TOL = 1.0
MONEY_REL_TOL = 0.005

_UNIT_SUFFIX = re.compile(r"(元/月|元/年|元|人|平方米|㎡|m2|周岁|岁|年)$")
_SPACES = re.compile(r"[\s\u3000]+")
_NUM = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_DATE_PARTS = re.compile(r"(\d{4})\D{0,2}(\d{1,2})?(?:\D{0,2}(\d{1,2}))?")
_TRUE = frozenset({"是", "有", "true", "yes", "y", "1", "√", "✓", "☑", "■", "t"})
_FALSE = frozenset({"否", "无", "false", "no", "n", "0", "□", "f", ""})


_BLANK_TEXT = frozenset({"", "nan", "none", "null", "-", "/", "—", "无数据", "NaN", "None", "NULL", "Null", "NONE", "NAN"})


def is_blank(value: Any) -> bool:
    if value is None:
        return True
    t = type(value)
    if t is str:
        if value in _BLANK_TEXT:
            return True
        if value[0].isspace() or value[-1].isspace():
            return value.strip().lower() in _BLANK_TEXT
        return False
    if t is int or t is bool:
        return False
    if t is float:
        return value != value  # NaN
    if isinstance(value, list | tuple | set | frozenset):
        return len(value) == 0
    return False


@lru_cache(maxsize=65536)
def norm_text(text: str) -> str:
    """Full-width → half-width, no spaces, vocabulary misprints folded (新农舍 → 新农合)."""
    s = _SPACES.sub("", unicodedata.normalize("NFKC", text))
    s = normalise_vocab(s)
    s = normalise_vocab(s.replace("(", "（").replace(")", "）"))
    return unicodedata.normalize("NFKC", s)


@lru_cache(maxsize=65536)
def _money_from_text(text: str) -> float | None:
    s = _SPACES.sub("", unicodedata.normalize("NFKC", text)).replace(",", "").replace("¥", "")
    s = _UNIT_SUFFIX.sub("", s)
    if _NUM.match(s):
        return float(s)
    if _schema_parse_money is not None:
        try:
            v = _schema_parse_money(text)
        except Exception:
            return None
        return float(v) if v is not None else None
    return None


def to_number(value: Any) -> float | None:
    """A number from 2350, '2350', '2,350.00元', '２３５０' (None when it is not a number)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return None if value != value else float(value)
    if isinstance(value, str):
        return _money_from_text(value)
    return None


@lru_cache(maxsize=65536)
def _date_from_text(text: str) -> str | None:
    s = unicodedata.normalize("NFKC", text).strip()
    if len(s) == 10 and s[4] == "-" and s[7] == "-":
        return s
    m = _DATE_PARTS.search(s)
    if m:
        y, mo, d = m.group(1), m.group(2), m.group(3)
        if mo and d:
            return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
        if mo:
            return f"{int(y):04d}-{int(mo):02d}"
        return f"{int(y):04d}"
    if _schema_parse_date is not None:
        try:
            v = _schema_parse_date(text)
        except Exception:
            return None
        return v.isoformat() if isinstance(v, date) else (str(v) if v else None)
    return None


def to_date(value: Any) -> str | None:
    """ISO date text, possibly partial ('2013-04' or '2013') when the paper only says year and month."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return _date_from_text(value)
    if isinstance(value, int | float) and not isinstance(value, bool) and 1900 <= value <= 2100:
        return f"{int(value):04d}"
    return None


def to_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value)
    if isinstance(value, str):
        s = norm_text(value).lower()
        if s in _TRUE:
            return True
        if s in _FALSE:
            return False
    return None


def money_equal(a: float, b: float) -> bool:
    return abs(a - b) <= max(MONEY_ABS_TOL, MONEY_REL_TOL * max(abs(a), abs(b)))


def dates_equal(a: str, b: str) -> bool:
    """Equal on the precision both sides have ('2013-04' equals '2013-04-17')."""
    n = min(len(a), len(b))
    return a[:n] == b[:n]


@lru_cache(maxsize=4096)
def cause_key(text: str) -> str:
    """A cause in any wording → the national wording (the electronic system's), else its folded text."""
    nat = to_national_cause(norm_text(text))
    return nat.value if nat is not None else norm_text(text)


def causes_set(value: Any) -> frozenset[str]:
    if is_blank(value):
        return frozenset()
    items: list[Any]
    if isinstance(value, str):
        items = [p for p in re.split(r"[,，、;；/\s]+", value) if p]
    elif isinstance(value, list | tuple | set | frozenset):
        items = list(value)
    else:
        items = [value]
    return frozenset(cause_key(str(i)) for i in items if not is_blank(i))


def chars_apart(a: str, b: str, most: int) -> bool:
    """Same length and 1..``most`` characters different: one text misread as the other (侯王 / 侯玉)."""
    return len(a) == len(b) and 0 < sum(x != y for x, y in zip(a, b, strict=True)) <= most


def norm_id(value: Any) -> str:
    if value is None:
        return ""
    return _norm_id_text(str(value))


@lru_cache(maxsize=262144)
def _norm_id_text(text: str) -> str:
    return "" if is_blank(text) else normalise_id_number(text)


def values_equal(label: str, paper: Any, electronic: Any) -> bool:
    """Do the two values say the same thing for this label? (both non-blank)."""
    if paper == electronic:
        return True
    if label in MONEY_LABELS:
        a, b = to_number(paper), to_number(electronic)
        if a is not None and b is not None:
            return money_equal(a, b)
    elif label in COUNT_LABELS:
        a, b = to_number(paper), to_number(electronic)
        if a is not None and b is not None:
            return round(a) == round(b)
    elif label in DATE_LABELS:
        da, db = to_date(paper), to_date(electronic)
        if da is not None and db is not None:
            return dates_equal(da, db)
    elif label in BOOL_LABELS:
        ba, bb = to_bool(paper), to_bool(electronic)
        if ba is not None and bb is not None:
            return ba == bb
    elif label in ID_LABELS:
        return norm_id(paper) == norm_id(electronic)
    elif label in DIGITS_LABELS:
        return re.sub(r"\D", "", unicodedata.normalize("NFKC", str(paper))) == re.sub(
            r"\D", "", unicodedata.normalize("NFKC", str(electronic))
        )
    elif label == CAUSE_LABEL:
        return cause_key(str(paper)) == cause_key(str(electronic))
    elif label == "民族":  # 汉 = 汉族
        return norm_text(str(paper)).removesuffix("族") == norm_text(str(electronic)).removesuffix("族")
    elif label == "性别":  # 男 = 男性
        return norm_text(str(paper)).removesuffix("性") == norm_text(str(electronic)).removesuffix("性")
    elif label == CAUSES_LABEL:
        return causes_set(paper) == causes_set(electronic)
    # labels without a declared type: booleans and numbers still compare by meaning (是 = True, "3" = 3)
    if isinstance(paper, bool) or isinstance(electronic, bool):
        ba, bb = to_bool(paper), to_bool(electronic)
        if ba is not None and bb is not None:
            return ba == bb
    elif isinstance(paper, int | float) or isinstance(electronic, int | float):
        a, b = to_number(paper), to_number(electronic)
        if a is not None and b is not None:
            return a == b
    if isinstance(paper, list | tuple) and isinstance(electronic, list | tuple):
        return sorted(norm_text(str(x)) for x in paper) == sorted(norm_text(str(x)) for x in electronic)
    if isinstance(paper, str) or isinstance(electronic, str):
        return _text_key(str(paper)) == _text_key(str(electronic))
    return False


# Brackets and separating punctuation say nothing of their own in free text (an address's （租住） read
# without its closing bracket is the same address); hyphens, slashes and dots stay (3-2-301 ≠ 32-3-01).
_LOOSE_MARKS = re.compile(r"[()（）\[\]【】〔〕，,。：:；;、“”\"'‘’]")


@lru_cache(maxsize=65536)
def _text_key(text: str) -> str:
    return _LOOSE_MARKS.sub("", norm_text(text))


@lru_cache(maxsize=262144)
def id_info(number: str) -> IdInfo | str:
    """Birth date and gender of a normalised 身份证号, or the reason it is invalid (cached: IDs repeat)."""
    try:
        return parse_id_number(number, today=date(2100, 1, 1))
    except ValueError as exc:
        return str(exc)


def filled(data: Mapping[str, Any]) -> dict[str, Any]:
    """The entries that hold a value (imports and extraction give None or "" for an empty cell)."""
    return {k: v for k, v in data.items() if v is not None and v != ""}
