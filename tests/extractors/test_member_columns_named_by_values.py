"""Member columns whose header OCR garbled or no reader knows, named by what is written down them.

A scanned header wrapped over two lines comes back as a fragment ("频况" for 婚姻状况, "入" for 月收入（元）, "就业/就"
| "学"): the column is still the one whose every value is a possible value of one member field. 婚姻状况 and
户口类型 are vocabularies like 政治面貌 (已婚 / 未婚 …, 农业 / 非农业 …); amounts written to the cent down the column
are money even when nobody in it earns (0.00 each); a column of 在职 / 在读 / 退休 … with one answer the list does
not print (a small child's 学龄前) among four or more is 人员身份, as a vocabulary's column is with one value
garbled. Drawn with PIL (``test_structure.Page``), the grid found by ``detect_grid``.
"""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields

from .test_structure import Page, _id

TODAY = date(2025, 6, 1)
# name, relation, sex, ethnic group, birth, political status, ID number, then the columns under garbled headers:
# marriage, hukou, income, identity
MEMBERS = [
    (
        "朱慧怡",
        "配偶",
        "女",
        "汉族",
        "1988.10.04",
        "群众",
        _id("13060219881004190"),
        "已婚",
        "非农业",
        "0.00",
        "失业",
    ),
    (
        "叶磊宁",
        "儿子",
        "男",
        "汉族",
        "2019.09.01",
        "群众",
        _id("13060220190901953"),
        "未婚",
        "非农业",
        "0.00",
        "学龄前",
    ),
    (
        "叶国华",
        "父亲",
        "男",
        "汉族",
        "1956.03.15",
        "中共党员",
        _id("13060219560315121"),
        "丧偶",
        "农业",
        "0.00",
        "退休",
    ),
    (
        "叶晓琳",
        "女儿",
        "女",
        "汉族",
        "2008.04.23",
        "共青团员",
        _id("13060220080423122"),
        "未婚",
        "非农业",
        "0.00",
        "在读",
    ),
]


def _form(heads: list[str]) -> Page:
    page = Page()
    page.row([300, 400, 300, 410], ["姓名", "叶志俊", "性别", "男"])
    page.row([300, 1110], ["身份证号", _id("13060219841127949")])
    widths = [115, 80, 60, 80, 175, 140, 360, 90, 100, 100, 110]
    page.row(widths, heads)
    for m in MEMBERS:
        page.row(widths, list(m))
    page.row([300, 1110], ["主要致困原因", "本人大病"])
    return page


def test_garbled_headers_named_by_the_columns_values() -> None:
    page = _form(
        ["姓名", "关系", "性别", "民族", "出生日期", "政治面貌", "身份证号", "频况", "户别", "入", "况"]
    )
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    got = [
        (m.get("姓名"), m.get("婚姻状况"), m.get("户口类型"), m.get("月收入"), m.get("人员身份"))
        for m in ex.members
    ]
    assert got == [(m[0], m[7], m[8], 0, m[10]) for m in MEMBERS]
