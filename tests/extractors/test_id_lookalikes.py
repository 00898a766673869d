"""An ID number with a digit OCR read as a look-alike sign: a slashed 0 as Φ or Ø, 0 as O or D, 1 as I."""

from __future__ import annotations

from dangan.extractors.fields import normalise_value
from dangan.schemas.validators import id_check_digit


def _id(first17: str) -> str:
    return first17 + id_check_digit(first17)


def test_lookalike_digit_taken_when_the_number_then_holds() -> None:
    number = _id("44030419851020301")
    for seen in (number[:2] + "Ø" + number[3:], number.replace("0", "O", 2), number[:6] + "I" + number[7:11] + "D" + number[12:]):
        assert normalise_value("身份证号", seen)[0] == number, seen


def test_lookalike_kept_when_the_number_would_not_hold() -> None:
    number = _id("44030419851020301")
    wrong_check = number[:17] + ("1" if number[17] != "1" else "2")
    seen = wrong_check[:2] + "Ø" + wrong_check[3:]
    assert normalise_value("身份证号", seen)[0] == seen
