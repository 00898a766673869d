"""The issuing office of a 低保证 or a 身份证 as a copy gives it to OCR.

The colon after a label read as a dot or a middle dot ("发证机关·杭州市上城区民政局", "签发机关。…"): a separator,
not the office's first character. An office names the divisions it serves from the top down, as an address does
("湘潭市雨湖区民政局", "怀化市溆浦县公安局"): a division misread (南湖区, 淑浦县) is repaired against the
gazetteer as an address's is, the text as read kept in ``raw``. Lines built directly: a card printed in two
label/value pairs a row, the office and the date of issue stacked at its foot on the left.
"""

from __future__ import annotations

from datetime import date

import pytest

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
from dangan.extractors.pipeline import repair_place_names

TODAY = date(2026, 6, 1)


def L(text: str, x0: float, y0: float, x1: float, y1: float) -> TextLine:
    return TextLine(text, (x0, y0, x1, y1), 0.97, 0)


def _dibao(office: str) -> list[TextLine]:
    return [
        L("城市居民最低生活保障证", 300, 60, 800, 110),
        L("户主姓名", 100, 180, 220, 220),
        L("赵建华", 260, 180, 380, 220),
        L("证号", 560, 180, 620, 220),
        L("43030220250117", 660, 180, 900, 220),
        L("保障人数", 100, 250, 220, 290),
        L("2人", 260, 250, 320, 290),
        L("月保障金", 560, 250, 680, 290),
        L("980元", 720, 250, 820, 290),
        L(office, 100, 400, 620, 440),
        L("发证日期：2025年3月2日", 100, 460, 460, 500),
    ]


@pytest.mark.parametrize("mark", ["·", "。", ".", "．", "・"])
def test_the_office_after_its_colon_read_as_a_mark(mark: str) -> None:
    f = extract_fields("低保证", _dibao(f"发证机关{mark}湘潭市雨湖区民政局"), today=TODAY).fields
    assert f["发证机关"] == "湘潭市雨湖区民政局"
    assert f["姓名"] == "赵建华" and f["月保障金额"] == 980


def test_a_misread_district_of_the_office_is_the_gazetteers() -> None:
    ex = extract_fields("低保证", _dibao("发证机关：湘潭市南湖区民政局"), today=TODAY)
    repair_place_names(ex)
    assert ex.fields["发证机关"] == "湘潭市雨湖区民政局"
    assert ex.raw["发证机关"] == "湘潭市南湖区民政局"


def test_a_misread_county_of_the_id_cards_issuer_is_the_gazetteers() -> None:
    lines = [
        L("居民身份证", 330, 120, 680, 170),
        L("签发机关", 100, 400, 220, 430),
        L("怀化市淑浦县公安局", 260, 400, 600, 430),
        L("有效期限", 100, 460, 220, 490),
        L("2015.03.01-2035.03.01", 260, 460, 600, 490),
    ]
    ex = extract_fields("身份证", lines, today=TODAY)
    repair_place_names(ex)
    assert ex.fields["签发机关"] == "怀化市溆浦县公安局"


@pytest.mark.parametrize("office", ["长沙市公安局芙蓉分局", "株洲市荷塘区民政局", "湖南省民政厅"])
def test_offices_read_right_stay_as_read(office: str) -> None:
    ex = extract_fields("低保证", _dibao(f"发证机关：{office}"), today=TODAY)
    repair_place_names(ex)
    assert ex.fields["发证机关"] == office


@pytest.mark.parametrize(
    ("read", "office"),
    [
        # a seal's ring character read before the office's first division
        ("发证机关：华株洲市荷塘区民政局", "株洲市荷塘区民政局"),
        ("发证机关：章怀化市溆浦县民政局", "怀化市溆浦县民政局"),
        # the seal's ink over the bureau's last characters
        ("发证机关：杭州市西湖区民", "杭州市西湖区民政局"),
        ("发证机关：岳阳县民政", "岳阳县民政局"),
    ],
)
def test_the_office_under_the_seal(read: str, office: str) -> None:
    assert extract_fields("低保证", _dibao(read), today=TODAY).fields["发证机关"] == office


@pytest.mark.parametrize(
    "office", ["华容县民政局", "湖南省民政厅", "岳阳楼区民政局", "天心区城南路街道办事处"]
)
def test_an_office_whose_first_division_is_read_whole_keeps_its_first_character(office: str) -> None:
    assert extract_fields("低保证", _dibao(f"发证机关：{office}"), today=TODAY).fields["发证机关"] == office
