"""Printings that word the household's questions as other units' forms do: the union as 建档工会 (the seeds'
word for the union that files the archive), the postcode as 邮编, the home's area as 住房面积 / 房屋面积 with
its unit in brackets, the month's income per head as 人均月收入 / 月人均收入 / 家庭人均收入, the bank's branch
as 开户支行. Drawn two ways no
printing of the generator uses: a ruled table of labels over their values, and lines of 「label：value」 with
no rulings at all."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
from dangan.schemas.labels import canonical_label

from .test_structure import Page

TODAY = date(2026, 6, 1)


def test_other_wordings_name_their_fields() -> None:
    assert canonical_label("建档工会") == "单位"
    assert canonical_label("邮编") == "邮政编码"
    assert canonical_label("住房面积（㎡）") is None  # the unit is the reader's to drop, not the schema's
    assert canonical_label("房屋面积") == "建筑面积"
    assert canonical_label("人均月收入") == "家庭月人均收入"
    assert canonical_label("家庭人均收入") == "家庭月人均收入"
    assert canonical_label("开户支行") == "支行名称"


def test_labels_over_values_worded_otherwise() -> None:
    page = Page()
    w = [300, 300, 300, 300]
    page.row(w, ["建档工会", "邮编", "住房面积（㎡）", "人均月收入（元）"])
    page.row(w, ["拱墅区总工会", "310011", "46.5", "1325"])
    page.row(w, ["开户行", "开户支行", "", ""])
    page.row(w, ["中国工商银行", "湖墅支行", "", ""])
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    f = ex.fields
    assert f["单位"] == "拱墅区总工会"
    assert f["邮政编码"] == "310011"
    assert f["建筑面积"] == 46.5
    assert f["家庭月人均收入"] == 1325
    assert f["开户银行"] == "中国工商银行"
    assert f["支行名称"] == "湖墅支行"


def test_colon_lines_worded_otherwise_without_rulings() -> None:
    rows = [
        ("建档工会：余杭区总工会", "邮编：311100"),
        ("房屋面积（m²）：62", "月人均收入：980元"),
    ]
    lines: list[TextLine] = []
    for i, (left, right) in enumerate(rows):
        y = 300 + 90 * i
        lines.append(TextLine(left, (120, y, 120 + 36 * len(left), y + 44), 0.98))
        lines.append(TextLine(right, (900, y, 900 + 36 * len(right), y + 44), 0.98))
    ex = extract_fields("建档申请表", lines, today=TODAY)
    f = ex.fields
    assert f["单位"] == "余杭区总工会"
    assert f["邮政编码"] == "311100"
    assert f["建筑面积"] == 62
    assert f["家庭月人均收入"] == 980
