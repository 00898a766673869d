"""其他 papers that name several people, and receipts whose payer stands after 今收到.

Minutes of one meeting that appraised several workers list them all (a table under its name column, or a
sentence "同意A、B列为…"): the copy is filed in each one's archive, so the first row is nobody's for certain.
The names wait as ``LISTED_HOUSEHOLD`` candidates that the household's own papers settle
(``pipeline.settle_household``), as a 公示证明's do. A printed receipt ("今收到 ____ 交来 ____") names its payer
in the blank after 收到. Pages are drawn with PIL (``test_papers_general.Sheet``) in arrangements of their
own, wordings from the seeds and REAL-DOCUMENTS.md.
"""

from __future__ import annotations

from typing import Any

from dangan.extractors.pipeline import settle_household

from .test_household_papers import listed, notice_result, paper
from .test_papers_general import Sheet, check, read

WORKERS = ["刘海燕", "周志明", "陈静"]


def minutes_roll(workers: list[str]) -> Sheet:
    """Minutes whose appraisal table lists the workers under 姓名 beside their votes, no sentence naming them."""
    s = Sheet()
    s.centred("职工代表民主评议会议记录", 160, 52)
    s.paragraph(["时间：2025年12月2日下午", "地点：机修车间会议室", "参加人员：职工代表9人"], 260, gap=66)
    rows = [["序号", "姓名", "所在单位", "赞成票数", "评议结果"]]
    rows += [[str(i), w, "机修车间", "9", "通过"] for i, w in enumerate(workers, 1)]
    y = s.table(rows, [140, 240, 300, 200, 260], 500)
    s.text("经评议，以上职工家庭情况属实，符合建档条件。", 150, y + 80)
    s.text("记录人：郑丽", 900, y + 180)
    return s


def test_minutes_of_several_workers_wait_for_the_household() -> None:
    got = notice_result(minutes_roll(WORKERS))
    assert got["doc_type"] == "其他" and got["fields"]["材料名称"] == "民主评议会议记录"
    assert "姓名" not in got["fields"]  # not the first row's worker, read as certain
    assert listed(got) == WORKERS
    household = [paper("建档申请表", "周志明"), paper("身份证", "周小红"), got]
    settle_household(household)
    assert got["fields"]["姓名"] == "周志明" and listed(got) == []
    # one worker appraised: the minutes are that worker's
    one = notice_result(minutes_roll(["周志明"]))
    assert one["fields"]["姓名"] == "周志明" and listed(one) == []


def minutes_resolved(names: str) -> Sheet:
    """Minutes written out as running text, the resolution naming whom the meeting agreed to."""
    s = Sheet()
    s.centred("民主评议会议记录", 160, 52)
    s.paragraph(["会议时间：2026年3月12日", "主持人：黄伟", "记录人：孙莉"], 260, gap=66)
    s.paragraph([f"经与会代表逐户评议、举手表决，同意{names}列为困难职工建档对象。"], 520)
    return s


def test_minutes_resolving_for_several_list_them() -> None:
    got = notice_result(minutes_resolved("彭玉兰、唐建华"))
    assert "姓名" not in got["fields"] and listed(got) == ["彭玉兰", "唐建华"]
    settle_household([paper("建档申请表", "唐建华"), got])
    assert got["fields"]["姓名"] == "唐建华"
    # the one worker the meeting agreed to is whose minutes they are
    one = notice_result(minutes_resolved("唐建华"))
    assert one["fields"]["姓名"] == "唐建华" and listed(one) == []


def receipt_received_from(line: list[tuple[str, float]]) -> tuple[Sheet, dict[str, Any]]:
    """A school's pre-printed 收款收据: the payer in the blank after 今收到 / 兹收到, what was paid on the next row."""
    s = Sheet()
    s.centred("收款收据", 160, 52)
    s.text("2025年9月1日", 700, 250)
    for text, x in line:
        s.text(text, x, 340)
    s.text("交来：2025年秋季学费", 180, 420)
    s.text("人民币（大写）：叁仟伍佰元整", 180, 500)
    s.text("¥3500.00", 1000, 500)
    s.text("收款单位（盖章）：株洲市第二中学", 180, 600)
    s.text("收款人：王芳", 1000, 600)
    return s, {"材料名称": "学费票据", "姓名": "邓子轩", "日期": "2025-09-01"}


def test_receipt_payer_after_received_from() -> None:
    for line in (
        [("今收到", 180), ("邓子轩", 400)],  # the label and the blank filled in, apart
        [("兹收到：邓子轩", 180)],
        [("今收到邓子轩交来学费", 180)],  # the payer and what was paid on one line (read as before)
    ):
        sheet, truth = receipt_received_from(line)
        if len(line) == 1 and "交来" in line[0][0]:
            sheet.lines = [ln for ln in sheet.lines if not ln.text.startswith("交来：")]
        check(read(sheet, "其他"), truth)
