"""A form that numbers its items with a bare figure before each label, no point after it ("1 姓名", "3*民族"):
the cell is the label all the same, and its value the cell beside it."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import split_labelled

from .test_structure import Page, _id

TODAY = date(2025, 6, 1)


def test_bare_numbers_before_short_labels() -> None:
    page = Page()
    idn = _id("13010219800512123")
    page.row([230, 240, 230, 240, 230, 240], ["1 姓名", "赵敏", "2 性别", "女", "3 民族", "回族"])
    page.row([230, 480, 230, 470], ["4 婚姻状况", "离异", "5 身份证号", idn])
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    f = ex.fields
    assert f["姓名"] == "赵敏" and f["性别"] == "女" and f["民族"] == "回族"
    assert f["婚姻状况"] == "离异" and f["身份证号"] == idn


def test_a_number_before_a_label_word_inside_a_value_stays_a_value() -> None:
    assert split_labelled("2*性别") == [("性别", "")]
    assert split_labelled("12 姓名：张三") == [("姓名", "张三")]
    assert split_labelled("3、1") == [(None, "3、1")]
    assert split_labelled("2室") == [(None, "2室")]


def test_bare_number_before_a_misread_label() -> None:
    """A character of the label misread as well ("4 政冶面貌", "12 芳模类型"): the number goes, the label is read."""
    assert split_labelled("4 政冶面貌") == [("政治面貌", "")]
    assert split_labelled("12*芳模类型") == [("劳模类型", "")]
    assert split_labelled("3残疾") == [(None, "3残疾")]
    page = Page()
    page.row([230, 240, 230, 240, 230, 240], ["4 政冶面貌", "群众", "5 婚姻状况", "已婚", "6 芳模类型", "非劳模"])
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    assert ex.fields["政治面貌"] == "群众" and ex.fields["劳模类型"] == "非劳模"
