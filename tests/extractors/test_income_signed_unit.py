"""收入证明 written as a unit's letter with no letterhead and no seal note printed: the unit signs at the foot.

"…是我单位职工" says the worker's unit is whoever signs the letter; its name stands alone on the last lines, the
date under it. Drawn here in an arrangement of no generator: the sentence opens with 兹证明, the signature
block stands at the left, the phone number under the date.
"""

from __future__ import annotations

from .test_papers_general import Sheet, check, read


def _letter(signer: str) -> Sheet:
    s = Sheet()
    s.centred("收入证明", 150, 52)
    s.paragraph(
        [
            "兹证明韩立新同志系我单位职工，近12个月月平均工资为3260元，月均实发工资",
            "2840元，年收入34080元。",
            "特此证明。",
        ],
        300,
    )
    s.text(signer, 200, 640)
    s.text("2026年3月2日", 200, 702)
    s.text("联系电话：0731-58231456", 200, 820)
    return s


def test_the_unit_that_signs_the_letter_is_the_worker_s() -> None:
    got = read(_letter("湘潭电机股份有限公司"), "收入证明")
    check(got, {"姓名": "韩立新", "工作单位": "湘潭电机股份有限公司", "月均工资": 3260, "出具日期": "2026-03-02"})


def test_a_person_signing_is_no_unit() -> None:
    assert "工作单位" not in read(_letter("经办人：周丽"), "收入证明")


def test_a_letter_opening_with_the_worker_and_a_phone_under_the_short_word() -> None:
    # the worker named first with their sex, no 兹证明; the clerk and the phone on one line, the phone's label 电话
    s = Sheet()
    s.centred("工资收入证明", 150, 52)
    s.paragraph(
        [
            "谭志刚，男，身份证号：430302198001011519，为我单位在职职工，",
            "近六个月月平均工资3200元。",
            "经办人：刘敏    电话：0731-58231456",
        ],
        300,
    )
    s.text("湘潭电机股份有限公司", 1000, 560)
    s.text("2026年1月15日", 1000, 622)
    check(
        read(s, "收入证明"),
        {"姓名": "谭志刚", "月均工资": 3200, "经办人": "刘敏", "联系电话": "0731-58231456", "出具日期": "2026-01-15"},
    )
