"""A count, a card's number, an amount, a name or a word struck through and written again beside it, and a
label's bracket misread. OCR reads the struck attempt and the new one as one text: the count with the gap
between them kept ("4 3"), which pairing dropped (43 people, out of range), the card's two numbers or two
amounts as one run of figures (the gap lost). Drawn as ruled tables of labels over their values, an
arrangement of its own."""

from __future__ import annotations

from dangan.extractors.fields import extract_fields, normalise_value

from .test_structure import TODAY, Page


def test_count_and_card_written_again_in_cells() -> None:
    page = Page()
    w = [380, 380, 650]
    page.row(w, ["家庭成员人数", "开户行", "卡号"])
    page.row(w, ["5 4", "中国银行", "62166100123456789036216610012345678901"])
    f = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY).fields
    assert f["家庭人口"] == 4
    assert f["银行卡号"] == "6216610012345678901"


def test_card_numbers_that_differ_are_not_one_written_twice() -> None:
    # a valid card number of 38 figures does not exist; two numbers unlike each other stay as read (rejected later)
    assert normalise_value("银行卡号", "62166100123456789014367890123456789012")[0] == (
        "62166100123456789014367890123456789012"
    )
    # one whole card number passing its check digit is not cut
    assert normalise_value("银行卡号", "6216610012345678901") == ("6216610012345678901", 1.0)


def test_struck_attempts_and_misread_brackets_in_cells() -> None:
    """An amount with its cents struck and written again with no gap, a stroke before a name, a word broken off
    with a character garbled before it is written whole, a label's closing bracket read as 》, the illness asked
    by its name: a ruled table of labels over their values."""
    page = Page()
    w = [360, 360, 340, 350]
    page.row(w, ["姓名", "所属行业", "本人月均收入（元》", "疾病或残疾名称"])
    page.row(w, ["+陈立群", "制净制造业", "2880", "肝硬化"])
    page.row(w, ["家庭年总收入（元）", "家庭其他年收入（元）", "", ""])
    page.row(w, ["62,400.0162,400.00", "H009.001,900.00", "", ""])
    f = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY).fields
    assert f["姓名"] == "陈立群"
    assert f["所属行业"] == "制造业"
    assert f["本人月平均收入"] == 2880
    assert f["疾病/残疾类别"] == "肝硬化"
    assert f["家庭年度总收入"] == 62400
    assert f["家庭其他非薪资年收入"] == 1900
    # one amount with its cents, and the thousands read as points, stay one amount
    assert normalise_value("家庭年度总收入", "1,234.56") == (1234.56, 1.0)
    assert normalise_value("家庭年度总收入", "11.100.00") == (11100, 1.0)


def test_attempt_garbled_by_its_stroke_and_no_gap_read() -> None:
    """A branch's name broken off, struck through (the stroke turns 支 into 文) and written whole right after it,
    the gap between them lost when the cell's text is joined; a postcode struck and written again beside it."""
    page = Page()
    w = [300, 420, 300, 420]
    page.row(w, ["邮编", "003690 063000", "开户网点", "唐山北新文 唐山北新支行"])
    f = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY).fields
    assert f["邮政编码"] == "063000"
    assert f["支行名称"] == "唐山北新支行"
    assert normalise_value("支行名称", "唐山北新文唐山北新支行")[0] == "唐山北新支行"
    # the stroke on the first character of the attempt ("和" for 阳)
    assert normalise_value("七个行动计划", "和光就业计阳光就业计划")[0] == "阳光就业计划"


def test_values_that_only_look_written_twice_stay_whole() -> None:
    """A value whose start comes back with two places changed in a short run is no attempt written again."""
    assert normalise_value("家庭住址", "湘潭市岳塘区湘钢一村")[0] == "湘潭市岳塘区湘钢一村"
    assert normalise_value("支行名称", "长沙河西长沙湘江支行")[0] == "长沙河西长沙湘江支行"
