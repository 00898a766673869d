"""Minutes that resolve for their worker with the object marked before the name and 同志 after it ("同意将董杰阳
同志列为困难职工建档对象"): the name is 董杰阳. Before, the meeting's verb with 同志 took the marker as the name's
first character: 将董杰阳. Drawn here as minutes of a ruled sheet whose 评议对象 row holds the name with the
worker's unit in brackets after it, and as a paragraph of minutes with no such row."""

from __future__ import annotations

import pytest

from .test_papers_general import Sheet, check, read


def _minutes(resolution: str, *, appraised: str | None = None) -> Sheet:
    s = Sheet()
    s.centred("民主评议会议记录", 150, 48)
    s.text("会议时间：2026年8月6日上午", 160, 260)
    s.text("主持人：卢健超    记录人：雷鑫平", 160, 330)
    if appraised is not None:
        s.text("评议对象", 160, 400)
        s.text(appraised, 420, 400)
    s.paragraph(
        [
            "申请人家庭人口3人，主要致困原因为子女上学。工会入户调查情况经会议通报，与会人员",
            "逐项核对申请材料，进行了讨论，随后以举手方式表决。",
            "评议结果：通过",
            resolution,
        ],
        520,
    )
    s.text("杭州西湖物业管理有限公司工会", 900, 1100)
    s.text("2026年8月6日", 1000, 1170)
    return s


@pytest.mark.parametrize("marker", ["将", "把"])
def test_the_object_marker_before_a_name_with_tongzhi(marker: str) -> None:
    got = read(_minutes(f"同意{marker}董杰阳同志列为困难职工建档对象，按程序予以公示。"), "其他")
    check(got, {"材料名称": "民主评议会议记录", "姓名": "董杰阳", "日期": "2026-08-06"})


def test_the_appraised_row_with_the_unit_in_brackets() -> None:
    got = read(
        _minutes("同意将董杰阳同志列为困难职工建档对象，按程序予以公示。", appraised="董杰阳 (西湖街道)"), "其他"
    )
    check(got, {"姓名": "董杰阳"})


def test_the_verb_and_a_name_with_tongzhi_still_read() -> None:
    got = read(_minutes("会议同意朱永同志列为困难职工建档对象。"), "其他")
    check(got, {"姓名": "朱永"})
