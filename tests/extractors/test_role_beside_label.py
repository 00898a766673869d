"""A role printed bare after the label that says whose it is, on one ruled row: 帮扶单位 | 石家庄纺织工会 | 联系人 |
孙晓莉 — the helping unit's contact, 帮扶联系人. 联系人 alone names no field (a 收入证明's 联系人 is its issuer's); the
label left of it on its row qualifies it. Drawn as a ruled table (PIL + a CJK font, cells found by ``detect_grid``),
an arrangement of its own."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields

from .test_structure import Page

TODAY = date(2026, 6, 1)


def test_contact_beside_the_helping_unit() -> None:
    page = Page()
    page.row([260, 420, 260, 470], ["姓名", "郭勇", "性别", "男"])
    page.row([200, 250, 200, 330, 190, 240], ["立卡时间", "2026.02.23", "帮扶单位", "石家庄纺织工会", "联系人", "孙晓莉"])
    page.row([260, 1150], ["家庭住址", "河北省石家庄市长安区体育北大街100号"])
    f = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY).fields
    assert f.get("帮扶单位") == "石家庄纺织工会"
    assert f.get("帮扶联系人") == "孙晓莉"
    assert f.get("姓名") == "郭勇"


def test_contact_with_no_label_that_qualifies_it_stays_unread() -> None:
    page = Page()
    page.row([260, 420, 260, 470], ["姓名", "郭勇", "联系人", "孙晓莉"])
    f = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY).fields
    assert "帮扶联系人" not in f
    assert f.get("姓名") == "郭勇"


def test_a_word_the_label_left_of_it_does_not_name() -> None:
    """类别 after 困难职工单位工会（盖章） | 工业橡胶 asks the person's category (职工 / 农民工): the unit's label with its
    last word replaced is no label, and 困难 (its first word) with 类别 is not what it asks."""
    page = Page()
    page.text("困难职工单位工会（盖章）", 120, 150)
    page.text("工业橡胶", 560, 150)
    page.text("类别", 1200, 150)
    page.text("×职工", 1330, 150)
    page.text("农民工", 1480, 150)
    page.row([260, 420, 260, 470], ["姓名", "杜桂", "性别", "女"])
    f = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY).fields
    assert "困难类别" not in f
