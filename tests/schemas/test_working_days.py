"""Working days with chinese-calendar: 2024 Spring Festival, National Day and 调休 Saturdays."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from dangan.schemas.rules import add_working_days, is_working_day, working_days_between


def test_adjusted_working_weekends_2024() -> None:
    assert is_working_day(date(2024, 2, 4))  # Sunday before the Spring Festival
    assert is_working_day(date(2024, 2, 18))  # Sunday after it
    assert is_working_day(date(2024, 10, 12))  # Saturday after National Day
    assert is_working_day(date(2024, 9, 29))  # Sunday before it
    assert not is_working_day(date(2024, 10, 13))  # an ordinary Sunday
    assert not is_working_day(date(2024, 10, 1))
    assert not is_working_day(date(2024, 2, 12))  # a Monday in the Spring Festival holiday


def test_spring_festival_2024() -> None:
    # Friday 2024-02-09 is worked; 10-17 February are holidays; Sunday the 18th is worked.
    assert add_working_days(date(2024, 2, 9), 1) == date(2024, 2, 18)
    assert add_working_days(date(2024, 2, 8), 2) == date(2024, 2, 18)
    assert add_working_days(date(2024, 2, 18), 1) == date(2024, 2, 19)
    assert working_days_between(date(2024, 2, 1), date(2024, 2, 29)) == 17


def test_national_day_2024() -> None:
    assert add_working_days(date(2024, 9, 27), 1) == date(2024, 9, 29)
    assert add_working_days(date(2024, 9, 30), 1) == date(2024, 10, 8)
    assert working_days_between(date(2024, 9, 27), date(2024, 10, 8)) == 3
    assert add_working_days(date(2024, 10, 10), 2) == date(2024, 10, 12)  # the adjusted Saturday counts
    assert add_working_days(date(2024, 10, 8), -1) == date(2024, 9, 30)


def test_across_new_year() -> None:
    assert add_working_days(date(2024, 12, 31), 3) == date(2025, 1, 6)


def test_fallback_outside_known_years_is_monday_to_friday() -> None:
    assert add_working_days(date(2030, 1, 4), 1) == date(2030, 1, 7)
    assert working_days_between(date(2030, 1, 4), date(2030, 1, 11)) == 5


def test_zero_and_reverse() -> None:
    day = date(2024, 5, 6)
    assert add_working_days(day, 0) == day
    assert working_days_between(day, day) == 0
    assert working_days_between(date(2024, 6, 7), date(2024, 6, 3)) == -4


@given(
    st.dates(min_value=date(2005, 1, 1), max_value=date(2026, 6, 30)), st.integers(min_value=0, max_value=40)
)
def test_add_and_between_are_inverse(start: date, n: int) -> None:
    end = add_working_days(start, n)
    assert working_days_between(start, end) == n
    assert n == 0 or is_working_day(end)
    assert end - start >= timedelta(days=n)
