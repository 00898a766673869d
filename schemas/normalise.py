"""Parsers for what people (and OCR) write in money, date, count and yes/no boxes.

The extractors, the electronic import and the reconciliation all read the same handwriting, so
they must agree on what "2,350元", "２０２３年５月６日" or "☑是" mean; this module is that agreement.
Every parser returns ``None`` for a blank or unreadable box instead of raising: an unreadable box
is a review item, not a crash.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

__all__ = [
    "BLANKS",
    "find_dates",
    "fold_fullwidth",
    "parse_bool",
    "parse_date",
    "parse_int",
    "parse_list",
    "parse_money",
    "parse_number",
    "simplified",
]

# Full-width ASCII (digits, letters, punctuation) -> half-width, ideographic space -> space.
_FULLWIDTH = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)} | {"\u3000": " "}
_FOLD = str.maketrans(_FULLWIDTH)

# What staff write in a box that has nothing to say.
BLANKS = frozenset(
    {
        "",
        "-",
        "--",
        "—",
        "——",
        "/",
        "／",
        "\\",
        "无数据",
        "不详",
        "空",
        "n/a",
        "N/A",
        "none",
        "None",
        "null",
        "nan",
        "NaN",
    }
)

# "无"/"没有" in a money box means zero income, not an empty box.
_ZERO_WORDS = frozenset({"无", "没有", "零", "无收入", "0元"})

CN_DIGITS = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "O": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


def fold_fullwidth(text: str) -> str:
    """Full-width digits, letters and punctuation to ASCII (２０２３．５ -> 2023.5)."""
    return text.translate(_FOLD)


def simplified(text: str) -> str:
    """Traditional characters OCR read on a simplified paper, folded to their simplified forms ("民主評議會議
    記錄" -> 民主评议会议记录): a recogniser trained on both scripts answers a hand-like or blurred glyph in
    either. Only characters outside GB 2312 (the simplified character set mainland papers print) are
    folded, so a name's 乾 or 於, simplified characters of their own, stays as written. OpenCC's table,
    not a hand-written one, says which simplified character each traditional one is."""
    if text.isascii():
        return text
    return "".join(_simplified_char(ch) for ch in text)


@lru_cache(maxsize=8192)
def _simplified_char(ch: str) -> str:
    if not "\u3400" <= ch <= "\U0002ffff":
        return ch
    try:
        ch.encode("gb2312")
        return ch
    except UnicodeEncodeError:
        pass
    folded: str = _t2s().convert(ch)
    return folded if len(folded) == 1 else ch


@lru_cache(maxsize=1)
def _t2s() -> Any:
    import opencc  # loaded on first use: its dictionaries take a moment

    return opencc.OpenCC("t2s")


def _clean(text: str) -> str:
    return fold_fullwidth(str(text)).strip()


def parse_number(value: object) -> float | None:
    """A plain number from a box ("65.5平方米", "1,200", "１２") or ``None``."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float | Decimal):
        number = float(value)
        return None if number != number else number  # NaN (pandas' blank) -> None
    text = _clean(str(value))
    if text in BLANKS:
        return None
    match = re.search(r"[-+]?\d[\d,]*(?:\.\d+)?|[-+]?\.\d+", text.replace(" ", ""))
    if not match:
        return None
    try:
        return float(Decimal(match.group().replace(",", "")))
    except InvalidOperation:
        return None


_CAPITAL_DIGITS = {
    "零": 0,
    "〇": 0,
    "壹": 1,
    "贰": 2,
    "貳": 2,
    "叁": 3,
    "參": 3,
    "肆": 4,
    "伍": 5,
    "陆": 6,
    "陸": 6,
    "柒": 7,
    "捌": 8,
    "玖": 9,
}
_CAPITAL_DIGITS |= {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CAPITAL_UNITS = {"拾": 10, "十": 10, "佰": 100, "百": 100, "仟": 1000, "千": 1000}
_CAPITAL_BIG = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}


def _capital_amount(text: str) -> float | None:
    """大写金额 as printed on receipts and certificates: 叁仟伍佰元整, 壹万零贰拾元伍角."""
    body = re.sub(r"^(人民币|RMB)", "", text).removesuffix("整").removesuffix("正")
    if not body or any(
        ch not in _CAPITAL_DIGITS | _CAPITAL_UNITS | _CAPITAL_BIG | dict.fromkeys("元圆角分", 0)
        for ch in body
    ):
        return None
    if not any(ch in _CAPITAL_DIGITS or ch in _CAPITAL_UNITS for ch in body):
        return None  # "元" alone says nothing
    total, section, digit, fraction = 0, 0, 0, 0.0
    i = 0
    while i < len(body):
        ch = body[i]
        if ch in _CAPITAL_DIGITS:
            digit = _CAPITAL_DIGITS[ch]
        elif ch in _CAPITAL_UNITS:
            section += (digit or 1) * _CAPITAL_UNITS[ch]
            digit = 0
        elif ch in _CAPITAL_BIG:
            total = (total + section + digit) * _CAPITAL_BIG[ch]
            section = digit = 0
        elif ch in "元圆":
            total, section, digit = total + section + digit, 0, 0
        elif ch == "角":
            fraction += digit * 0.1
            digit = 0
        elif ch == "分":
            fraction += digit * 0.01
            digit = 0
        i += 1
    return round(total + section + digit + fraction, 2)


def parse_money(text: object) -> float | None:
    """Yuan as a float: strips 元/￥/RMB/thousands separators, folds 全角, understands 万; ``None`` if blank.

    "无" or "没有" in a money box is read as 0 (no income), a dash or an empty box as ``None``.
    大写金额 (叁仟伍佰元整) is read too. Rounded to cents because every amount on the forms is in yuan with at most two decimals.
    """
    if text is None or isinstance(text, bool):
        return None
    if isinstance(text, int | float | Decimal):
        number = parse_number(text)
        return None if number is None else round(number, 2)
    cleaned = _clean(str(text)).replace(" ", "")
    if cleaned in BLANKS:
        return None
    if cleaned in _ZERO_WORDS:
        return 0.0
    if not re.search(r"\d", cleaned):
        return _capital_amount(cleaned)
    cleaned = re.sub(
        r"(人民币|RMB|CNY|[￥¥]|元整|元|/月|/年|每月|每年|月|年)", "", cleaned, flags=re.IGNORECASE
    )
    multiplier = 1.0
    if cleaned.endswith("万"):
        multiplier, cleaned = 10_000.0, cleaned[:-1]
    elif cleaned.endswith("千"):
        multiplier, cleaned = 1_000.0, cleaned[:-1]
    if not re.fullmatch(r"[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?", cleaned) or not re.search(r"\d", cleaned):
        return None
    try:
        return round(float(Decimal(cleaned.replace(",", ""))) * multiplier, 2)
    except InvalidOperation:
        return None


def parse_int(value: object) -> int | None:
    """A count ("3人", "４", "三口人", 3.0) or ``None``; a fractional count is not a count."""
    if isinstance(value, str):
        word = re.sub(r"[人口个名位项年月\s]", "", _clean(value))
        if word and not re.search(r"\d", word):
            return cn_number(word)
    number = parse_number(value)
    if number is None or number != int(number):
        return None
    return int(number)


def cn_number(text: str) -> int | None:
    """一 .. 三十一 (dates written in Chinese numerals on official seals and certificates)."""
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        t = CN_DIGITS.get(tens, -1) if tens else 1
        o = CN_DIGITS.get(ones, -1) if ones else 0
        return None if t < 0 or o < 0 else t * 10 + o
    digits = [CN_DIGITS.get(ch) for ch in text]
    if any(d is None for d in digits):
        return None
    return int("".join(str(d) for d in digits))


def _make_date(y: int | None, m: int | None, d: int | None) -> date | None:
    if y is None or m is None or d is None:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None  # 2023-02-30 and friends: not a date


# A date inside running OCR text whose separators were misread as spaces, "=" or "~", or lost between
# month and day ("2026-08 11", "2026=06-25", "2026.0224", "2026 04-13"); month and day written
# together must be MMDD. Not inside a longer number (card, phone and ID numbers).
_DATE_IN_TEXT = re.compile(
    r"(?<![\d-])((?:19|20)\d{2})\s*[年.\-/=~ ]\s*"
    r"(?:(\d{1,2})\s*[月.\-/=~ ]\s*(\d{1,2})|(\d{2})(\d{2}))\s*[日号]?(?![\d年月])"
)


# a figure whose digits stand apart before a date's unit: each written in a square of grid paper (稿纸), in the
# boxes of a form, or letter-spaced ("2 0 2 5年 1 2 月1 1 日"): one or two digits at a time, spaces between
_SPACED_FIGURE = re.compile(r"(?<![\d.])(\d{1,2}(?:[ \u3000]+\d{1,2})+)([ \u3000]*)(?=[年月日号])")


def spaced_figures_joined(text: str) -> str:
    """``text`` with the date figures whose digits stand apart written together, the spaces moved after the
    figure so that every other character keeps its place: a year of four digits (19xx, 20xx) before 年, a month
    or a day of one or two before 月, 日 or 号. Anything else stays as it is (a card's number printed in groups
    is followed by no date's unit)."""

    def one(m: re.Match[str]) -> str:
        digits = re.sub(r"[ \u3000]", "", m.group(1))
        unit = m.string[m.end()]
        year = unit == "年" and len(digits) == 4 and digits[:2] in ("19", "20")
        if not (year or (unit != "年" and len(digits) <= 2)):
            return m.group()
        return digits + " " * (len(m.group()) - len(digits))

    return _SPACED_FIGURE.sub(one, text)


def find_dates(text: str) -> list[date]:
    """Every valid date written in ``text`` (OCR'd running text), in order."""
    out: list[date] = []
    for m in _DATE_IN_TEXT.finditer(spaced_figures_joined(fold_fullwidth(text))):
        d = _make_date(*(int(g) for g in m.groups() if g is not None))
        if d is not None:
            out.append(d)
    return out


def parse_date(text: object) -> date | None:
    """A date from any common writing, or ``None``.

    Accepts 2023年5月6日, 2023-05-06, 2023.5.6, 2023/05/06, 20230506, full-width digits, Chinese
    numerals (二〇二三年五月六日, as printed under seals), ISO datetimes and ``date``/``datetime``.
    A year and month alone (2003年7月, 2003-07, as in 参加工作时间) give the first of that month.
    """
    if text is None or isinstance(text, bool):
        return None
    if isinstance(text, datetime):
        return text.date()
    if isinstance(text, date):
        return text
    cleaned = _clean(str(text))
    if re.match(r"^\d{4}-\d{1,2}-\d{1,2}[T\s]\d", cleaned):  # a datetime: keep the date part
        cleaned = re.split(r"[T\s]", cleaned, maxsplit=1)[0]
    cleaned = cleaned.replace(" ", "")
    if cleaned in BLANKS:
        return None
    # 20230506, and OCR'd writings that lost one of the two separators: 2023.0506, 202305-06
    match = re.fullmatch(r"(\d{4})(\d{2})(\d{2})|(\d{4})[\-./](\d{2})(\d{2})|(\d{4})(\d{2})[\-./](\d{1,2})", cleaned)
    if match:
        return _make_date(*(int(g) for g in match.groups() if g is not None))
    match = re.match(r"^(\d{4})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})\s*[日号]?$", cleaned)
    if match:
        return _make_date(*(int(g) for g in match.groups()))
    match = re.fullmatch(r"(\d{4})\s*[年\-./]\s*(\d{1,2})\s*月?(?:份)?", cleaned)
    if match:
        return _make_date(int(match.group(1)), int(match.group(2)), 1)
    match = re.fullmatch(
        r"([〇○零O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})[日号])?",
        cleaned,
    )
    if match:
        day = cn_number(match.group(3)) if match.group(3) else 1
        return _make_date(cn_number(match.group(1)), cn_number(match.group(2)), day)
    return None


_TRUE = frozenset(
    {
        "是",
        "有",
        "yes",
        "y",
        "true",
        "t",
        "1",
        "√",
        "✓",
        "✔",
        "☑",
        "■",
        "对",
        "已盖章",
        "盖章",
        "有章",
        "有低保",
        "已签",
        "符合",
    }
)
_FALSE = frozenset(
    {
        "否",
        "无",
        "没有",
        "no",
        "n",
        "false",
        "f",
        "0",
        "×",
        "✗",
        "☐",
        "□",
        "未盖章",
        "无章",
        "无低保",
        "不是",
        "不符合",
    }
)
_TICKED = "☑■✓✔√▣☒"


def parse_bool(value: object) -> bool | None:
    """是/否 boxes: "是", "否", "☑是 □否", True, 1, "有低保" -> bool; blank or unreadable -> ``None``."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return None if value != value else bool(value)
    text = _clean(str(value)).replace(" ", "")
    if text in BLANKS:
        return None
    if text.lower() in _TRUE:
        return True
    if text.lower() in _FALSE:
        return False
    # "☑是□否" / "是☑ 否□": the ticked mark sits next to the chosen word.
    for mark in _TICKED:
        if mark in text:
            i = text.index(mark)
            after, before = text[i + 1 : i + 2], text[max(i - 1, 0) : i]
            for word in (after, before):
                if word in ("是", "有"):
                    return True
                if word in ("否", "无"):
                    return False
    return None


_LIST_SPLIT = re.compile(r"[、,，;；/|\n\t]+|\s{2,}")


def parse_list(value: object) -> list[str]:
    """A list cell: a real list, or "本人大病、子女上学" / "a;b" as written in CSV and XLSX cells."""
    if value is None:
        return []
    if isinstance(value, list | tuple | set | frozenset):
        items = [str(v) for v in value if v is not None]
    else:
        text = _clean(str(value))
        if text in BLANKS:
            return []
        items = _LIST_SPLIT.split(text)
    return [item.strip() for item in items if item and item.strip() and item.strip() not in BLANKS]
