"""A table of the receipts a worker handed in (学费票据汇总表: 序号 | 日期 | 票据号码 | 收费单位 | 费用项目 | 金额), signed at
the foot by the applicant and by the union's reviewer with the day of the review (审核日期), weeks after the receipts.

The paper's date is the receipts' (the 日期 column), not the day the union reviewed them: the review's date is the
union's, as a clerk's 核对日期 beside a copy is. Before, 审核日期 was the last date of the page and was taken.
Lines built directly, as OCR gives such a page."""

from __future__ import annotations

import pytest

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine


def L(text: str, x0: float, y0: float, x1: float, y1: float) -> TextLine:
    return TextLine(text, (x0, y0, x1, y1), 0.97, 0, False)


def page(review: str) -> list[TextLine]:
    lines = [
        L("学费票据汇总表", 974, 199, 1504, 293),
        L("(保定天鹅化纤集团有限公司工会困难职工帮扶专用)", 800, 303, 1677, 359),
        L("交款人：彭伟", 149, 435, 499, 514),
        L("所在单位：保定化纤", 1122, 431, 1598, 511),
        L("序号", 173, 629, 274, 698), L("日期", 374, 629, 479, 698), L("票据号码", 631, 631, 807, 694),
        L("收费单位", 1034, 631, 1210, 694), L("费用项目", 1411, 631, 1587, 694), L("金额", 1767, 590, 1924, 663),
    ]
    for i, (fee, amount) in enumerate((("学费", "100000"), ("住宿费", "120000"), ("教材费", "70000"))):
        y = 766 + 120 * i
        lines += [
            L(str(i + 1), 194, y, 250, y + 60), L("2025.09.07", 290, y, 562, y + 60),
            L(f"5620538{i}", 614, y, 832, y + 60), L("石家庄铁道大学", 967, y, 1286, y + 60),
            L(fee, 1439, y, 1563, y + 60), L(amount, 1700, y, 2059, y + 60),
        ]
    return [
        *lines,
        L("合计", 416, 1230, 627, 1317), L("贰仟玖佰元整", 888, 1259, 1189, 1327),
        L("合计金额（小写）：¥2900.00元", 160, 1407, 798, 1466), L("附票据 3 张", 1335, 1400, 1585, 1469),
        L("申请人签字：彭军阳", 153, 1559, 645, 1639), L("工会审核人：高俊", 1340, 1560, 1775, 1642),
        L(review, 1340, 1698, 1835, 1763),
        L("说明票据原件按日期先后粘贴于本表背面，复印件须注明原件存放处。", 155, 1867, 1265, 1923),
    ]


@pytest.mark.parametrize("review", ["审核日期：2025.9.29", "审核时间：2025年9月29日"])
def test_the_receipts_date_not_the_unions_review(review: str) -> None:
    ex = extract_fields("其他", page(review))
    assert ex.fields.get("日期") == "2025-09-07"
