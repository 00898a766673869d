"""An option word inside a longer word is no option (a unit on ``layout.ticked_in_text``)."""

from __future__ import annotations

from dangan.extractors.fields import LABELLESS
from dangan.extractors.layout import ticked_in_text


def test_option_inside_a_label_is_not_the_one_that_lost_its_box() -> None:
    """「职工类型：○困难职工」 (the ticked 困难农民工 read on a line of its own): 职工 of the label 职工类型 has no
    box because it is no option, not because its box was ticked (fails before: read as 职工)."""
    assert ticked_in_text("职工类型：○困难职工", list(LABELLESS)) == []


def test_option_that_lost_its_box_is_still_ticked() -> None:
    """The word whose □ OCR dropped with its tick is the ticked one, options glued to each other or not."""
    assert ticked_in_text("□未婚 已婚 □离异 □丧偶", ["未婚", "已婚", "离异", "丧偶"]) == ["已婚"]
    assert ticked_in_text("□持证困难户□低保边缘户意外致困户□临时困难户", ["持证困难户", "低保边缘户", "意外致困户", "临时困难户"]) == [
        "意外致困户"
    ]


def test_a_misread_box_or_a_box_read_as_口_is_no_word() -> None:
    """「□是 石否」 (☑ read as 石) and 「困难职工 口困难农民工」 (□ read as 口): the options still stand as words."""
    assert ticked_in_text("□是 石否", ["是", "否"]) == ["否"]
    assert ticked_in_text("困难职工 口困难农民工", list(LABELLESS)) == ["困难职工"]
