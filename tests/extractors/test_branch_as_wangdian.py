"""The bank's branch asked by the banks' own word alone, 网点, beside 开户行 and 卡号: a label only as a cell's
whole text (a branch's name may end in it). Read alone, with a ruling beside it read as a mark (「☑网点」),
or run into the bank's name before it with the gap kept (「中国工商银行 网点」, the ruling between lost). Drawn
as texts along one row with no rulings, the card's number first (an order no printing of the generator has)."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine, split_labelled

TODAY = date(2026, 6, 1)


def _row(*texts: str, y: int = 400) -> list[TextLine]:
    out, x = [], 100
    for t in texts:
        out.append(TextLine(t, (x, y, x + 40 * len(t), y + 46), 0.98))
        x += 40 * len(t) + 120
    return out


def test_the_word_alone_or_after_a_value_is_the_branch_label() -> None:
    assert split_labelled("网点") == [("支行名称", "")]
    assert split_labelled("☑网点") == [("支行名称", "")]
    assert split_labelled("中国工商银行 网点") == [(None, "中国工商银行"), ("支行名称", "")]
    # a branch named so is a value, whole
    assert split_labelled("湖墅网点") == [(None, "湖墅网点")]


def test_branch_beside_the_bank_glued_or_marked() -> None:
    lines = _row("卡号", "6222021202003456789", "开户行", "中国工商银行 网点", "杭州湖墅支行")
    f = extract_fields("建档申请表", lines, today=TODAY).fields
    assert f["开户银行"] == "中国工商银行"
    assert f["支行名称"] == "杭州湖墅支行"
    lines = _row("开户行", "中国农业银行", "☑网点", "杭州拱墅支行", "卡号", "6228480402564890018", y=600)
    f = extract_fields("建档申请表", lines, today=TODAY).fields
    assert f["开户银行"] == "中国农业银行"
    assert f["支行名称"] == "杭州拱墅支行"
