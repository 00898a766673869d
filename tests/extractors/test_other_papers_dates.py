"""Which date is a 其他 paper's own, when the union's clerk wrote down the day the copy was checked.

A receipt or a letter copied for the archive is often checked by the union's clerk, who notes the day of the
check beside the copy (核对日期, 核实时间, 复印日期 …), later than the paper's own date. That day is the
attestation's, as a "复印件与原件一致" note's date is: the paper's own date (a receipt's 开票日期, a letter's
date) wins over it. Pages are drawn with PIL (``test_papers_general.Sheet``) in wordings of REAL-DOCUMENTS.md.
"""

from __future__ import annotations

from .test_papers_general import Sheet, check, read


def test_the_day_a_clerk_checked_a_receipt_is_not_its_date() -> None:
    """A school's fee receipt, its date on a labelled line, the clerk's check noted in a line at the foot."""
    s = Sheet()
    s.centred("湘潭县第一中学学费收据", 160, 48)
    s.text("交款人：易思琪", 150, 280)
    s.text("开票日期：2025年9月1日", 900, 280)
    s.text("今收到易思琪交来2025年秋季学期学费人民币贰仟元整（￥2000.00）", 150, 380)
    s.text("收款单位（盖章）：湘潭县第一中学", 150, 480)
    s.text("工会经办人：罗敏", 150, 700)
    s.text("核实时间：2026.3.2", 800, 700)
    check(read(s, "其他"), {"材料名称": "学费票据", "姓名": "易思琪", "日期": "2025-09-01"})


def test_a_copy_date_in_a_cell_of_its_own_is_not_the_letters() -> None:
    """A community's letter, dated under its signature, and the clerk's 复印日期 written apart on its row."""
    s = Sheet()
    s.centred("情况证明", 160, 52)
    s.paragraph(["兹证明我社区居民周海燕家于2025年6月遭受洪涝，房屋受损，生活困难。", "特此证明。"], 300)
    s.text("东湖社区居民委员会", 900, 520)
    s.text("2025年6月20日", 950, 590)
    s.text("复印日期", 150, 800)
    s.text("2026年1月5日", 400, 800)
    check(read(s, "其他"), {"材料名称": "灾害证明", "姓名": "周海燕", "日期": "2025-06-20"})


def test_a_sentence_that_opens_with_the_inquiry_keeps_its_date() -> None:
    """经核实 opening a letter's sentence is no label of the day a copy was checked: a date in that sentence
    is what the paper tells, and the letter's own date still wins over it."""
    s = Sheet()
    s.centred("情况证明", 160, 52)
    s.text("经核实，谭志明家于2025年5月3日遭受冰雹，农作物绝收。", 150, 300)
    check(read(s, "其他"), {"材料名称": "灾害证明", "日期": "2025-05-03"})


def test_a_date_of_what_the_paper_certifies_alone_waits_for_a_person() -> None:
    """A card's details copied, the copy's own date lost (written over the rows, read with them): its 开户日期
    is the only date read. It stays the reading, but it is a fact of the card, not the paper's date, so a
    person looks; the same page with the copy's date read trusts that one."""
    from dangan.extractors.fields import extract_fields

    from .test_papers_general import TODAY

    for dated in (False, True):
        s = Sheet()
        s.centred("借记卡复印件", 160, 52)
        s.paragraph(["持卡人：龙海波", "卡号：6228480012345678901", "开户日期：2019年5月6日"], 300, x=300, gap=80)
        if dated:
            s.text("2026年2月3日", 900, 600)
        ex = extract_fields("其他", s.lines, today=TODAY)
        assert ex.fields["日期"] == ("2026-02-03" if dated else "2019-05-06")
        assert (ex.confidence["日期"] >= 0.85) is dated, ex.confidence["日期"]


def test_a_grid_of_label_value_pairs_is_no_header_row() -> None:
    """A 居民死亡医学证明书 printed as a grid of label | value pairs (死者姓名 | 胡国平 | 性别 | 男 | …) over a row
    of labels this reader does not know (死亡日期 | … | 死亡地点): the name is the cell beside its label, not the
    label under it (taken before for the value under a row of column headers)."""
    s = Sheet()
    s.centred("居民死亡医学证明（推断）书", 150, 48)
    rows = [["死者姓名", "胡国平", "性别", "男", "民族", "汉族"],
            ["死亡日期", "2025年3月2日", "死亡地点", "医疗卫生机构", "年龄", "63"],
            ["直接死亡原因", "呼吸衰竭", "", "", "", ""]]
    s.table(rows, [220, 260, 160, 200, 160, 200], 300)
    s.text("医师签名：罗华", 150, 620)
    s.text("填表日期：2025年3月3日", 900, 620)
    check(read(s, "其他"), {"材料名称": "死亡证明", "姓名": "胡国平", "日期": "2025-03-03"})
