"""其他 papers whose words the copy or OCR wore down: a verb's particle before the name (讨论了), a label spaced
out and read one character a text (账　户　名), a one-row appraisal table whose worker stands under its label,
a passbook signed by its 持折人, a date whose 年/月/日 a seal hid, and a salutation with its blank after 同学.

Pages drawn here with PIL (``test_papers_general.Sheet``: every text drawn is one OCR line) in wordings of
the seeds and REAL-DOCUMENTS.md, none taken from a generator; each is classified and read as the pipeline does.
"""

from __future__ import annotations

from typing import Any

import pytest

from dangan.extractors.certificates import _bare_date, all_dates

from .test_papers_general import Sheet, check, read


def minutes_discussed_worker() -> tuple[Sheet, dict[str, Any]]:
    """Minutes that tell what the meeting did with the verb's particle: 讨论了 / 评议了 <name>同志."""
    s = Sheet()
    s.centred("职工代表会议纪要", 160, 52)
    s.paragraph(["时间：2025年12月3日", "主持人：周建军",
                 "会议讨论了覃丽萍同志的困难情况，经评议了覃丽萍同志的家庭收入，同意其建档。"], 260, gap=70)
    return s, {"材料名称": "民主评议会议记录", "姓名": "覃丽萍", "日期": "2025-12-03"}


def appraisal_one_row() -> tuple[Sheet, dict[str, Any]]:
    """An appraisal's table of one worker: 评议对象 heads its column beside other headers up to the row's end
    (票数 and the result, none a label), the worker under it, whom the record's sentence names too."""
    s = Sheet()
    s.centred("困难职工民主评议记录", 160, 52)
    s.text("评议日期：2026年2月10日", 150, 260)
    s.text("会议对职工岳春华的建档申请进行评议，表决结果如下。", 150, 560)
    s.table([["评议对象", "同意票", "不同意票", "评议意见"], ["岳春华", "12", "1", "通过"]], [320, 240, 240, 320], 340)
    return s, {"材料名称": "民主评议会议记录", "姓名": "岳春华", "日期": "2026-02-10"}


def passbook_ledger_beside() -> tuple[Sheet, dict[str, Any]]:
    """A passbook's labels with its ledger printed beside them on the same rows (户名 | 龚秀兰 | 20190305 |
    存入 | 500.00): the row after 户名 is values, not a header row over the next row."""
    s = Sheet()
    s.centred("农村信用社活期存折", 160, 48)
    rows = [("户名", "龚秀兰", "20190305", "开户", "500.00"), ("账号", "6230910012345678", "20200611", "存入", "1200.00"),
            ("开户网点", "城关分社", "20210902", "支取", "300.00")]
    for i, row in enumerate(rows):
        for x, text in zip((150, 330, 900, 1120, 1300), row, strict=True):
            s.text(text, x, 300 + 80 * i)
    s.text("2026年3月4日", 950, 680)
    return s, {"材料名称": "银行卡复印件", "姓名": "龚秀兰", "日期": "2026-03-04"}


def account_label_spaced() -> tuple[Sheet, dict[str, Any]]:
    """A bank account's details whose labels are spaced out (户　　名, 账　　号): OCR read the first character
    apart from the rest, the holder's name after them."""
    s = Sheet()
    s.centred("农村商业银行借记卡开户信息", 160, 48)
    for y, first, rest, value in ((300, "户", "名：", "简冬梅"), (380, "账", "号：", "6230910012345678")):
        s.text(first, 160, y)
        s.text(rest, 260, y)
        s.text(value, 400, y)
    s.text("开户日期：2019年4月2日", 160, 460)
    s.text("2026年1月15日", 1000, 620)
    return s, {"材料名称": "银行卡复印件", "姓名": "简冬梅", "日期": "2026-01-15"}


def passbook_holder_signs() -> tuple[Sheet, dict[str, Any]]:
    """A passbook's page copied, its account name lost under a fold: the holder signs as 持折人."""
    s = Sheet()
    s.centred("储蓄存折", 160, 48)
    s.text("账号：6217002870011234567", 160, 280)
    s.text("上述存折为本人所有，用于接收补助资金。", 160, 400)
    s.text("持折人签名：甘秋云", 900, 500)
    s.text("2025年10月8日", 950, 580)
    return s, {"材料名称": "银行卡复印件", "姓名": "甘秋云", "日期": "2025-10-08"}


def proof_date_under_seal() -> tuple[Sheet, dict[str, Any]]:
    """A village's proof whose date a seal's red ink covered but for the numbers (2024 | 9 | 27)."""
    s = Sheet()
    s.centred("火灾受灾证明", 160, 52)
    s.text("兹证明我村村民龚德华家于2024年9月遭受火灾，房屋损毁，情况属实。", 150, 300)
    s.text("2024", 900, 480)
    s.text("9", 1010, 480)
    s.text("27", 1070, 480)
    return s, {"材料名称": "灾害证明", "姓名": "龚德华", "日期": "2024-09-27"}


def letter_salutation_blank() -> tuple[Sheet, dict[str, Any]]:
    """A school's letter to its student whose salutation has the blank after 同学 (覃小雨同学＿：)."""
    s = Sheet()
    s.centred("新生入学通知书", 160, 52)
    s.text("覃小雨同学＿：", 150, 280)
    s.text("你已被我校录取，请于2025年9月1日到校报到。", 200, 350)
    s.text("2025年7月20日", 1000, 480)
    return s, {"材料名称": "录取通知书", "姓名": "覃小雨", "日期": "2025-07-20"}


PAGES = {
    "minutes discussed worker": minutes_discussed_worker,
    "appraisal one row": appraisal_one_row,
    "passbook ledger beside": passbook_ledger_beside,
    "account label spaced": account_label_spaced,
    "passbook holder signs": passbook_holder_signs,
    "proof date under seal": proof_date_under_seal,
    "letter salutation blank": letter_salutation_blank,
}


@pytest.mark.parametrize("name", list(PAGES))
def test_worn_other_paper_read(name: str) -> None:
    sheet, truth = PAGES[name]()
    got = read(sheet, "其他")
    check(got, truth)
    assert set(got) <= set(truth) | {"是否盖章"}, got


def test_dates_whose_marks_were_lost() -> None:
    # seven digits: the date when one split of month and day only is a day of the calendar
    assert _bare_date("2026611") == ["2026-06-11"]
    assert _bare_date("2025123") == [] and _bare_date("2012345") == []
    # the 年 lost, the month and the day still marked
    assert [d for _p, d in all_dates("20258月2日")] == ["2025-08-02"]
    assert [d for _p, d in all_dates("202512月3日")] == ["2025-12-03"]
    assert [d for _p, d in all_dates("2025年8月2日")] == ["2025-08-02"]
    assert [d for _p, d in all_dates("编号20251345月")] == []


def test_a_proof_dated_before_what_it_tells_waits_for_a_person() -> None:
    """A fire proof whose date a seal's ink made two years early (2022 for 2024): no proof is written before
    the event it attests, so its date is not trusted; the same proof dated after it is."""
    from dangan.extractors.fields import extract_fields

    from .test_papers_general import TODAY

    for written, trusted in (("2022年10月8日", False), ("2024年10月8日", True)):
        s = Sheet()
        s.centred("火灾受灾证明", 160, 52)
        s.text("兹证明我村村民龚德华家于2024年9月遭受火灾，房屋损毁，情况属实。", 150, 300)
        s.text(written, 900, 480)
        ex = extract_fields("其他", s.lines, today=TODAY)
        assert (ex.confidence["日期"] >= 0.8) is trusted, (written, ex.confidence["日期"])
