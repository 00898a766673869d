"""A bank account's page that names its holder under several labels, the first of them read wrong.

A card's or passbook's copy carries the holder's name more than once: the account's 开户名 / 户名, the
signature under the holder's note (本人签字, 持卡人签名). A stamp's or a watermark's character read into one
reading of the name ("龙秀梅资"), or one stroke misread ("宋倩" as "宝倩"), leaves that reading alone against
the others; two labels naming one person outvote it, and a page whose labels give no majority keeps its first.

Pages drawn here with PIL (``test_papers_general.Sheet``: every text drawn is one OCR line): REAL-DOCUMENTS.md's
bank-card copies, in the labels a bank prints (户名, 开户名, 账号, 开户行, 持卡人签名) and the reader already knows,
arranged as no generator draws them: the account's labels down the left with their values beside them, the
signatures on one row at the foot.
"""

from __future__ import annotations

from typing import Any

import pytest

from .test_papers_general import Sheet, check, read


def account_stamp_in_name() -> tuple[Sheet, dict[str, Any]]:
    """The account's details as label | value rows, a character of a stamp read into the holder's name;
    the holder's note signed under two labels on one row."""
    s = Sheet()
    s.centred("借记卡开户信息", 160, 48)
    for y, label, value in ((300, "开户名：", "龙秀梅资"), (380, "账号：", "6230910012345678"),
                            (460, "开户行：", "农村商业银行城关支行")):
        s.text(label, 160, y)
        s.text(value, 400, y)
    s.text("上述账户为本人名下账户，用于接收帮扶资金。", 160, 600)
    s.text("持卡人：龙秀梅", 160, 720)
    s.text("本人签字：龙秀梅", 900, 720)
    s.text("2026年3月4日", 950, 820)
    return s, {"材料名称": "银行卡复印件", "姓名": "龙秀梅", "日期": "2026-03-04"}


def card_strip_misread() -> tuple[Sheet, dict[str, Any]]:
    """A card's back copied above the account's table: the signature strip's name read one stroke wrong,
    the 户名 row and the signature at the foot agreeing."""
    s = Sheet()
    s.centred("银行卡复印件", 120, 48)
    s.text("持卡人签名", 900, 260)
    s.text("宝倩", 1100, 260)
    s.text("户名：宋倩", 160, 500)
    s.text("卡号：6217004968537508879", 700, 500)
    s.text("本人签字：宋倩", 900, 700)
    s.text("2026年1月15日", 950, 780)
    return s, {"材料名称": "银行卡复印件", "姓名": "宋倩", "日期": "2026-01-15"}


def two_readings_no_majority() -> tuple[Sheet, dict[str, Any]]:
    """Two labels, two readings: no majority, the first label's reading stands."""
    s = Sheet()
    s.centred("银行卡复印件", 120, 48)
    s.text("户名：韦丽娟", 160, 400)
    s.text("账号：6230910012345678", 700, 400)
    s.text("本人签字：韦丽梅", 900, 600)
    s.text("2026年2月1日", 950, 680)
    return s, {"材料名称": "银行卡复印件", "姓名": "韦丽娟", "日期": "2026-02-01"}


PAGES = {
    "account stamp in name": account_stamp_in_name,
    "card strip misread": card_strip_misread,
    "two readings no majority": two_readings_no_majority,
}


@pytest.mark.parametrize("name", list(PAGES))
def test_holder_named_under_several_labels(name: str) -> None:
    sheet, truth = PAGES[name]()
    got = read(sheet, "其他")
    check(got, truth)


def test_a_signature_set_apart_by_the_hand_supports_the_whole_name() -> None:
    """The strip's name with a stamp's character in it, the 户名 row, and the signature at the foot whose
    last character the hand set apart ("何秀 兰"): the signature supports 何秀兰, two against one."""
    s = Sheet()
    s.centred("银行卡复印件", 120, 48)
    s.text("持卡人签名", 900, 260)
    s.text("何秀兰资", 1100, 260)
    s.text("户名：何秀兰", 160, 500)
    s.text("卡号：6217004968537508879", 700, 500)
    s.text("本人签字：何秀 兰", 900, 700)
    s.text("2026年1月15日", 950, 780)
    check(read(s, "其他"), {"姓名": "何秀兰"})


def test_a_paper_about_someone_others_sign_for_keeps_its_subject() -> None:
    """A death certificate of 龚德华 that the son 龚建国 applied for and signed under two labels: the paper is
    about the deceased, the signer's two readings do not outvote the subject's one."""
    s = Sheet()
    s.centred("居民死亡医学证明书", 120, 48)
    s.text("死者姓名：龚德华", 160, 300)
    s.text("死亡日期：2025年11月2日", 800, 300)
    s.text("申请人：龚建国", 160, 500)
    s.text("本人签字：龚建国", 900, 600)
    s.text("2025年11月5日", 950, 700)
    from dangan.extractors.fields import extract_fields

    from .test_papers_general import TODAY

    assert extract_fields("其他", s.lines, today=TODAY).fields["姓名"] == "龚德华"
