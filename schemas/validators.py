"""Validators of the identifiers on the forms: 身份证号 (GB 11643-1999), 银行卡号 (Luhn), 手机号码.

Written by hand because each is a few lines of a published algorithm and no small, maintained
package covers the Chinese ID rules (check digit *and* birth date *and* gender digit) together.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import date

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_ID_SHAPE = re.compile(r"^\d{17}[\dX]$")
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
# How long before it is read a paper of an archive may have been filled in: archives are kept ten years after
# they close (storage.objects.RETENTION_YEARS), so the papers in them are at most about that old.
PAPER_YEARS = 10
_FULLWIDTH = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)} | {"ｘ": "X", "Ｘ": "X", "x": "X"})


def normalise_id_number(text: str) -> str:
    """Strip spaces, fold full-width digits and a lower-case x: the form staff actually write."""
    return re.sub(r"[\s\u3000-]", "", text).translate(_FULLWIDTH).upper()


def id_check_digit(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


@dataclass(frozen=True)
class IdInfo:
    number: str
    birth_date: date
    gender: str  # 男 / 女
    region_code: str

    def age_on(self, day: date) -> int:
        years = day.year - self.birth_date.year
        return years - ((day.month, day.day) < (self.birth_date.month, self.birth_date.day))

    def stated_ages(self, as_of: date, year: int | None = None) -> tuple[int, int]:
        """The ages (inclusive bounds) a paper may state for this person: in the archive's ``year`` when known,
        else at any time in the ``PAPER_YEARS`` before ``as_of`` — papers of an archive are filled in long before
        they are read, and a form is filled before or after a birthday (one year of slack each side)."""
        if year is not None:
            return self.age_on(date(year - 1, 1, 1)) - 1, self.age_on(date(year, 12, 31)) + 1
        return self.age_on(as_of) - PAPER_YEARS, self.age_on(as_of) + 1


def parse_id_number(text: str, *, today: date | None = None) -> IdInfo:
    """Validate an 18-character 身份证号 and derive birth date and gender; ValueError says what is wrong."""
    number = normalise_id_number(text)
    if not _ID_SHAPE.match(number):
        raise ValueError(f"身份证号应为18位（17位数字+校验码）: {text!r}")
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise ValueError(f"身份证号中的出生日期无效: {number[6:14]}") from None
    if born.year < 1900 or born > (today or date.today()):
        raise ValueError(f"身份证号中的出生日期不合理: {born.isoformat()}")
    expected = id_check_digit(number[:17])
    if number[17] != expected:
        raise ValueError(f"身份证号校验码错误: 应为 {expected}，实为 {number[17]}")
    gender = "男" if int(number[16]) % 2 == 1 else "女"
    return IdInfo(number=number, birth_date=born, gender=gender, region_code=number[:6])


def is_valid_id_number(text: str) -> bool:
    try:
        parse_id_number(text)
    except ValueError:
        return False
    return True


def mask_id_number(text: str) -> str:
    """330102********2318: region and last four kept, the birth date hidden (reports, auditors)."""
    number = normalise_id_number(text)
    if len(number) < 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


# Runs of digits that may be an ID number (15 or 18, last may be X) or a bank card (12–19 digits):
# the one pattern every output masks with (reports, web, CLI, JSONL).
_NUMBER_RUN = re.compile(r"(?<![0-9A-Za-z])\d{11,18}[\dXx](?![0-9A-Za-z])")


def mask_number(text: str) -> str:
    """An ID (18/15) or card number: region/bank prefix and last four kept, the rest starred."""
    return mask_id_number(text)


def mask_numbers_in_text(text: str) -> str:
    """Mask every ID-number-like or card-like run of digits inside free text (OCR values, details)."""
    return _NUMBER_RUN.sub(lambda m: mask_number(m.group(0)), text)


def mask_labelled(label: str, value: object) -> object:
    """A field value as it may be shown: whole value masked under an ID/card label, runs masked elsewhere.

    Lists and dicts (family members) are masked element by element, under their own labels.
    """
    if value is None or isinstance(value, bool | float):
        return value
    if isinstance(value, dict):
        return {k: mask_labelled(str(k), v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask_labelled(label, v) for v in value]
    if label.endswith(("身份证号", "银行卡号", "卡号", "账号")):
        text = str(value).strip()
        return mask_number(text) if len(text) >= 15 else "*" * len(text)
    if isinstance(value, str):
        return mask_numbers_in_text(value)
    return value


def keyed_hash(key: bytes, value: object) -> str:
    """HMAC-SHA256 of a personal value (tests equality without holding the value): ``hmac:<32 hex>``."""
    digest = hmac.new(key, str(value).encode("utf-8"), hashlib.sha256).hexdigest()
    return f"hmac:{digest[:32]}"


def luhn_valid(card: str) -> bool:
    digits = re.sub(r"[\s-]", "", card)
    if not digits.isdigit() or not 12 <= len(digits) <= 19:
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_check_digit(partial: str) -> str:
    """The digit to append so that ``partial + digit`` passes Luhn (used by the synthetic data)."""
    for d in "0123456789":
        if luhn_valid(partial + d):
            return d
    raise AssertionError("unreachable: one of ten digits always completes a Luhn number")


def is_valid_mobile(text: str) -> bool:
    return bool(_MOBILE.match(re.sub(r"[\s-]", "", text).translate(_FULLWIDTH)))


# A fixed-line number under China's numbering plan: the three-digit area codes are 010 and 020-029 only, and
# they are followed by eight digits; every other area code has four digits (03xx-09xx) and seven or eight; a
# local number alone has seven or eight; an extension may follow. "0451868266" (ten digits) is none of these.
_LANDLINE = re.compile(r"(?:(?:010|02\d)-?\d{8}|0[3-9]\d{2}-?\d{7,8}|\d{7,8})(?:-\d{1,5})?")


def is_valid_landline(text: str) -> bool:
    return bool(_LANDLINE.fullmatch(re.sub(r"\s", "", text).translate(_FULLWIDTH)))
