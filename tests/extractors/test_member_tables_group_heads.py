"""A two-level member header whose lower cells name only the kind of thing their column holds (状况, 单位),
their group saying of what (就业（就学）情况): drawn in the test with known truth (cells by ``detect_grid``).

The group label alone names a member column (就业情况: 人员身份), so the upper row read by itself passes for a
one-level header: the group's two columns were read as one (在职株洲市容环境卫生管理所), the lower labels
lost. Each lower cell is read with its group's words before it (就业 + 状况, 就业 + 单位).
"""

from __future__ import annotations

import pytest

from .test_structure import Page, _id
from .test_table_variety import _box, _read

MEMBERS = [
    ("丁明", "配偶", _id("43020219910410025"), "在职", "株洲市容环境卫生管理所", "2120"),
    ("范秀桂", "女儿", _id("43020220210224054"), "学龄前", "", "0"),
    ("范建刚", "儿子", _id("43020220190801247"), "在读", "株洲市实验小学", "0"),
]
LABELS = ["姓名", "关系", "身份证号", "人员身份", "单位或学校", "月收入"]
WIDTHS = [160, 150, 420, 150, 360, 170]


def _page(group: str, lower: tuple[str, str]) -> Page:
    """姓名 | 与申请人关系 | 公民身份号码 merged down over both header rows, ``group`` over the two ``lower``
    cells, 月收入（元） merged down; a cause row below the members."""
    page = Page()
    xs = [page.left]
    for w in WIDTHS:
        xs.append(xs[-1] + w)
    y = page.y
    for i, head in ((0, "姓名"), (1, "与申请人关系"), (2, "公民身份号码"), (5, "月收入（元）")):
        _box(page, (xs[i], y, xs[i + 1], y + 120), head)
    _box(page, (xs[3], y, xs[5], y + 60), group)
    _box(page, (xs[3], y + 60, xs[4], y + 120), lower[0])
    _box(page, (xs[4], y + 60, xs[5], y + 120), lower[1])
    page.y = y + 120
    for m in MEMBERS:
        page.row(WIDTHS, list(m), height=80)
    page.row([400, sum(WIDTHS) - 400], ["主要致困原因", "本人大病"])
    return page


@pytest.mark.parametrize(
    ("group", "lower"),
    [("就业（就学）情况", ("状况", "单位或学校名称")), ("就业情况", ("状况", "单位"))],
)
def test_lower_cells_named_with_their_group(group: str, lower: tuple[str, str]) -> None:
    expected = [{k: v for k, v in zip(LABELS, m, strict=True) if v} for m in MEMBERS]
    got = _read(_page(group, lower))
    assert [{k: str(v) for k, v in row.items() if k in LABELS} for row in got] == expected
