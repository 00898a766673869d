"""Which way up a ruled page of short cell texts is (户口簿 常住人口登记卡, members' blocks): drawn in the
test. Its columns of labels and values line text up down the page as well as across it, so projection
profiles alone can take it for a page lying on its side; the text lines it makes decide."""

from __future__ import annotations

import numpy as np
import pytest

from dangan.extractors.preprocess import detect_orientation, rotate_image

from .conftest import cjk_font, to_bgr
from .test_structure import Page

CARD = [
    ("姓名", "钱东", "户主或与户主关系", "配偶"),
    ("曾用名", "", "性别", "男"),
    ("本市（县）其他住址", ""),
    ("出生地", "四川省南充市", "民族", "汉族"),
    ("公民身份证件编号", "511321199510296076"),
    ("籍贯", "四川省南充市", "出生日期", "1995.10.29"),
    ("服务处所", "保定安居物业服务有限公司"),
    ("宗教信仰", "无", "身高", "173厘米"),
    ("何时由何地迁来本址", ""),
    ("婚姻状况", "已婚", "兵役状况", "未服兵役"),
    ("职业", "职员"),
    ("承办人签章", "", "登记日期", "2003.01.30"),
]


def _cards_page() -> np.ndarray:
    """Two registration cards stacked on an A4 page, four columns of short texts each."""
    page = Page()
    page.font = cjk_font(22)  # a card's small print in cells a line and a half high
    page.left = 260
    for _ in range(2):
        page.row([1150], ["常住人口登记卡"], height=80)
        for row in CARD:
            # rows of two cells and of four: the vertical rulings are one row long, too short to be
            # taken for rulings, and line up with the columns of text
            page.row([230, 330, 300, 290] if len(row) == 4 else [330, 820], list(row), height=46)
        page.y += 260
    return to_bgr(page.im)


@pytest.mark.parametrize("turned", [0, 90, 180, 270])
def test_page_of_ruled_cards_is_turned_upright(turned: int) -> None:
    img = rotate_image(_cards_page(), turned)
    assert (detect_orientation(img) + turned) % 360 == 0
