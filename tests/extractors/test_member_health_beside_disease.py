"""A member table whose 健康状况 column stands beside a column asking which disease or disability (疾病名称,
残疾类别, 患病情况: a header the readers have no label for). Read as a label and its value side by side (an
applicant's pair printed on the header's band), the health header and that header were left out of the table,
and no member got a health. A header naming what is asked is no health anyone has: the column is the
members' health. Drawn with PIL (``test_structure.Page``), the grid found by ``detect_grid``.
"""

from __future__ import annotations

from datetime import date

import pytest

from dangan.extractors.fields import extract_fields
from dangan.schemas.readings import check_reading

from .test_structure import Page, _id

TODAY = date(2025, 6, 1)
MEMBERS = [
    ("朱慧怡", "配偶", _id("13060219881004190"), "患病", "糖尿病"),
    ("叶磊宁", "儿子", _id("13060220120901953"), "健康", ""),
    ("叶国华", "父亲", _id("13060219560315121"), "残疾", "肢体二级"),
]


@pytest.mark.parametrize("asked", ["疾病名称", "残疾类别", "患病情况"])
def test_health_column_beside_a_column_asking_which_disease(asked: str) -> None:
    page = Page()
    page.row([300, 400, 300, 410], ["姓名", "叶志俊", "性别", "男"])
    page.row([300, 1110], ["身份证号", _id("13060219841127949")])
    widths = [170, 150, 470, 180, 240, 200]
    page.row(widths, ["姓名", "关系", "身份证号", "健康状况", asked, "备注"])
    for name, rel, idn, health, disease in MEMBERS:
        page.row(widths, [name, rel, idn, health, disease, ""])
    page.row([300, 1110], ["主要致困原因", "本人大病"])
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    assert [(m.get("姓名"), m.get("健康状况")) for m in ex.members] == [(m[0], m[3]) for m in MEMBERS]


@pytest.mark.parametrize("header", ["疾病名称", "疾病/残疾名称", "残疾类别", "患病情况", "身体状况"])
def test_a_header_asking_of_health_is_no_health(header: str) -> None:
    assert check_reading("健康状况", header) is not None


@pytest.mark.parametrize("health", ["健康", "患病", "残疾", "慢性病", "重大疾病", "一般"])
def test_health_answers_stay_valid(health: str) -> None:
    assert check_reading("健康状况", health) is None
