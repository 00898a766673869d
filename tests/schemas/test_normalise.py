"""Money, date, count, yes/no and list parsing shared by the extractors and the reconciliation."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from dangan.schemas.normalise import (
    fold_fullwidth,
    parse_bool,
    parse_date,
    parse_int,
    parse_list,
    parse_money,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2350", 2350.0),
        ("2,350元", 2350.0),
        ("２３５０元", 2350.0),
        ("￥1,200.50", 1200.5),
        ("¥ 800", 800.0),
        ("3500元/月", 3500.0),
        ("36000元/年", 36000.0),
        ("1.2万元", 12000.0),
        ("1.2万", 12000.0),
        ("人民币500元整", 500.0),
        ("无", 0.0),
        ("", None),
        ("—", None),
        ("/", None),
        ("不详", None),
        ("abc", None),
        ("12.345", 12.35),
        ("叁仟伍佰元整", 3500.0),
        ("人民币壹万零贰拾元伍角", 10020.5),
        ("贰拾捌万元整", 280000.0),
        ("三千二百元", 3200.0),
        (1500, 1500.0),
        (1500.5, 1500.5),
        (None, None),
        (float("nan"), None),
    ],
)
def test_parse_money(text: object, expected: float | None) -> None:
    assert parse_money(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2023年5月6日",
        "2023-05-06",
        "2023.5.6",
        "2023/05/06",
        "2023/5/6",
        "20230506",
        "２０２３年５月６日",
        "２０２３－０５－０６",
        "2023 年 5 月 6 日",
        "二〇二三年五月六日",
        "2023-05-06 10:30:00",
        "2023-05-06T10:30:00",
        date(2023, 5, 6),
        datetime(2023, 5, 6, 10, 30),
    ],
)
def test_parse_date_forms(text: object) -> None:
    assert parse_date(text) == date(2023, 5, 6)


def test_parse_date_chinese_numerals_with_ten() -> None:
    assert parse_date("二〇二三年十二月三十一日") == date(2023, 12, 31)
    assert parse_date("二〇一四年十月十日") == date(2014, 10, 10)


def test_parse_date_year_month_gives_first_of_month() -> None:
    assert parse_date("2003年7月") == date(2003, 7, 1)
    assert parse_date("2003-07") == date(2003, 7, 1)


@pytest.mark.parametrize("text", ["2023-02-30", "2023年13月1日", "", "—", "明天", None])
def test_parse_date_invalid_is_none(text: object) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("是", True),
        ("否", False),
        ("有", True),
        ("无", False),
        ("☑是 □否", True),
        ("□是 ☑否", False),
        ("是□ 否☑", False),
        ("有低保", True),
        ("无低保", False),
        (True, True),
        (0, False),
        ("", None),
        ("也许", None),
    ],
)
def test_parse_bool(text: object, expected: bool | None) -> None:
    assert parse_bool(text) is expected


def test_parse_int_and_list_and_fold() -> None:
    assert parse_int("3人") == 3
    assert parse_int("４") == 4
    assert parse_int("三口人") == 3
    assert parse_int("十二") == 12
    assert parse_int("许多") is None
    assert parse_int(2.5) is None
    assert parse_list("本人大病、子女上学") == ["本人大病", "子女上学"]
    assert parse_list("本人大病；子女上学,收入低") == ["本人大病", "子女上学", "收入低"]
    assert parse_list(["a", None, " b "]) == ["a", "b"]
    assert parse_list("") == []
    assert fold_fullwidth("ＡＢＣ１２３（）") == "ABC123()"


def test_find_dates_in_ocr_text() -> None:
    """Dates in running OCR text whose separators were misread or lost; never inside longer numbers."""
    from dangan.schemas.normalise import find_dates

    assert find_dates("有效期至2026-08 11，发证2025年12 月13 日") == [date(2026, 8, 11), date(2025, 12, 13)]
    assert find_dates("出具日期2026.0224 / 2026=06-25 / 2026 04-13") == [
        date(2026, 2, 24), date(2026, 6, 25), date(2026, 4, 13)]
    assert find_dates("卡号6222 6285 9322 1814 270，电话13800362032") == []
    assert find_dates("2026-13-40、2024年115") == []  # no such month; 115 is no MMDD
