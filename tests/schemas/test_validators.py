"""身份证号 (GB 11643), 银行卡号 (Luhn) and 手机号码 validators on real-world-shaped values."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dangan.schemas.validators import (
    id_check_digit,
    is_valid_id_number,
    is_valid_mobile,
    luhn_check_digit,
    luhn_valid,
    mask_id_number,
    normalise_id_number,
    parse_id_number,
)

# The example of GB 11643-1999 itself, a widely published test number, and numbers computed here.
VALID_IDS = [
    ("11010519491231002X", date(1949, 12, 31), "女", "110105"),
    ("330102198005122316", date(1980, 5, 12), "男", "330102"),
    ("430102199003071525", date(1990, 3, 7), "女", "430102"),
    ("130102198511200041", date(1985, 11, 20), "女", "130102"),
    ("33018319750101123X", date(1975, 1, 1), "男", "330183"),
]


@pytest.mark.parametrize(("number", "born", "gender", "region"), VALID_IDS)
def test_valid_ids_parse(number: str, born: date, gender: str, region: str) -> None:
    info = parse_id_number(number)
    assert (info.number, info.birth_date, info.gender, info.region_code) == (number, born, gender, region)
    assert is_valid_id_number(number)


def test_gb11643_example_check_digit_is_x() -> None:
    assert id_check_digit("11010519491231002") == "X"


def test_published_test_id_has_right_check_digit_but_implausible_birth_year() -> None:
    # 440524188001010014 is a well-known test number: its check digit is right, but nobody born in 1880
    # is in a hardship archive, so the validator refuses the birth date.
    assert id_check_digit("44052418800101001") == "4"
    with pytest.raises(ValueError, match="出生日期不合理"):
        parse_id_number("440524188001010014")


@pytest.mark.parametrize("number", ["110105194912310021", "330102198005122310", "43010219900307152X"])
def test_wrong_check_digit(number: str) -> None:
    with pytest.raises(ValueError, match="校验码错误"):
        parse_id_number(number)
    assert not is_valid_id_number(number)


def test_invalid_birth_date_feb_30() -> None:
    first17 = "11010519900230001"
    with pytest.raises(ValueError, match="出生日期无效"):
        parse_id_number(first17 + id_check_digit(first17))


def test_future_birth_date() -> None:
    first17 = "11010520300101001"
    with pytest.raises(ValueError, match="不合理"):
        parse_id_number(first17 + id_check_digit(first17), today=date(2026, 1, 1))


def test_gender_digit() -> None:
    for digit, gender in [("1", "男"), ("3", "男"), ("9", "男"), ("0", "女"), ("2", "女"), ("8", "女")]:
        first17 = "3301021980051223" + digit
        assert parse_id_number(first17 + id_check_digit(first17)).gender == gender


def test_normalise_full_width_spaces_and_lower_x() -> None:
    assert normalise_id_number("１１０１０５ １９４９１２３１ ００２ｘ") == "11010519491231002X"
    assert normalise_id_number("110105-19491231-002x") == "11010519491231002X"
    assert is_valid_id_number("11010519491231002x")


@pytest.mark.parametrize("text", ["", "1101051949123100", "11010519491231002Y", "A1010519491231002X"])
def test_wrong_shape(text: str) -> None:
    with pytest.raises(ValueError, match="18位"):
        parse_id_number(text)


def test_age_on() -> None:
    info = parse_id_number("330102198005122316")
    assert info.age_on(date(2024, 5, 11)) == 43
    assert info.age_on(date(2024, 5, 12)) == 44


def test_luhn_known_numbers() -> None:
    assert luhn_valid("4111111111111111")  # the classic test card number
    assert luhn_valid("6222 0212 3456 7890 128")
    assert not luhn_valid("6222021234567890")
    assert not luhn_valid("12345")  # too short to be a bank card
    assert not luhn_valid("62220212345678901a")


def test_mobile() -> None:
    assert is_valid_mobile("13812345678")
    assert is_valid_mobile("138 1234 5678")
    assert is_valid_mobile("１３８１２３４５６７８")
    assert not is_valid_mobile("12812345678")
    assert not is_valid_mobile("0571-87161079")


# --- property-based ------------------------------------------------------------------------------

birth_dates = st.dates(min_value=date(1920, 1, 1), max_value=date(2020, 12, 31))
regions = st.from_regex(r"[1-6][0-9]{5}", fullmatch=True)
serials = st.from_regex(r"[0-9]{3}", fullmatch=True)


@st.composite
def first17s(draw: st.DrawFn) -> str:
    return draw(regions) + draw(birth_dates).strftime("%Y%m%d") + draw(serials)


@settings(deadline=None)  # timing varies on a loaded 2-core machine; the property is what is tested
@given(first17s())
def test_any_valid_17_digits_with_check_digit_validate(first17: str) -> None:
    number = first17 + id_check_digit(first17)
    info = parse_id_number(number)
    assert info.number == number
    assert info.birth_date.strftime("%Y%m%d") == first17[6:14]


@settings(deadline=None)  # timing varies on a loaded 2-core machine; the property is what is tested
@given(first17s(), st.integers(min_value=0, max_value=17), st.integers(min_value=1, max_value=10))
def test_changing_any_single_character_invalidates(first17: str, position: int, shift: int) -> None:
    number = first17 + id_check_digit(first17)
    alphabet = "0123456789X" if position == 17 else "0123456789"
    old = number[position]
    new = alphabet[(alphabet.index(old) + shift) % len(alphabet)]
    if new == old:
        return
    changed = number[:position] + new + number[position + 1 :]
    # The mod-11 check catches every single substitution (its weights are all non-zero mod 11).
    assert not is_valid_id_number(changed)


@settings(deadline=None)  # timing varies on a loaded 2-core machine; the property is what is tested
@given(st.from_regex(r"[1-9][0-9]{11,17}", fullmatch=True))
def test_luhn_round_trip(partial: str) -> None:
    card = partial + luhn_check_digit(partial)
    assert luhn_valid(card)
    wrong = partial + str((int(card[-1]) + 1) % 10)
    assert not luhn_valid(wrong)


@settings(deadline=None)  # timing varies on a loaded 2-core machine; the property is what is tested
@given(first17s())
def test_masking_keeps_first_6_and_last_4(first17: str) -> None:
    number = first17 + id_check_digit(first17)
    masked = mask_id_number(number)
    assert len(masked) == 18
    assert masked[:6] == number[:6]
    assert masked[-4:] == number[-4:]
    assert masked[6:14] == "*" * 8
