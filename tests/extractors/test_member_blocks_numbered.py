"""Member blocks whose first label carries the block's number ("（1）姓名", "2、姓名", "③姓名").

REAL-DOCUMENTS: a unit that prints the members as blocks of label/value pairs numbers the blocks, and the
number may stand right before the block's first label, in its cell or on its line. The number is no part
of the label: the block still starts at its 姓名. Each test draws the blocks in an arrangement of its own
(ruled cells, or lines of "label：value" without rulings) inside a form, read by ``extract_fields``.
"""

from __future__ import annotations

from dangan.extractors.layout import TextLine, split_labelled

from .test_member_tables_general import MEMBERS, _after, _applicant, _extract, _got, _want
from .test_structure import Page


def test_item_number_before_a_label_is_no_text_of_it() -> None:
    for mark in ("(1)", "（2）", "3.", "4、", "⑤", "(三)"):
        assert split_labelled(mark + "姓名") == [("姓名", "")], mark
        assert split_labelled(mark + " 姓名：张三") == [("姓名", "张三")], mark
    assert split_labelled("1.5万") == [(None, "1.5万")]  # a number that is a value stays one


def test_ruled_blocks_numbered_in_the_name_cell() -> None:
    page = Page()
    _applicant(page)
    page.y += 30
    w = [200, 270, 200, 270, 200, 270]
    for k, (name, rel, sex, idn, inc) in enumerate(MEMBERS, 1):
        page.row(w, [f"{k}、姓名", name, "关系", rel, "性别", sex])
        page.row([200, 670, 200, 470], ["身份证号", idn, "月收入", inc])
        page.y += 30
    _after(page)
    ex = _extract(page)
    assert _got(ex) == _want()
    assert ex.fields["姓名"] == "叶志俊"  # type: ignore[attr-defined]


def test_unruled_block_lines_numbered_with_circled_digits() -> None:
    page = Page()
    _applicant(page)
    page.y += 60
    for k, (name, rel, sex, idn, inc) in enumerate(MEMBERS):
        page.text(f"{'①②③'[k]}姓名：{name}  关系：{rel}  性别：{sex}", page.left, page.y)
        page.y += 60
        page.text(f"身份证号：{idn}  月收入：{inc}", page.left + 40, page.y)
        page.y += 90
    ex = _extract(page)
    assert _got(ex) == _want()


# ---------------------------------------------------------------------------------------------
# a member table in two parts with the form's rows after it (a declaration across the columns)


def test_second_part_joins_by_position_over_the_forms_rows_after_it() -> None:
    """The second part names no one (序号 | 公民身份号码 | 月收入 | 单位或学校), so its rows join the first part's by
    position; the form goes on under it with a tall row (a label, then a declaration of several lines and
    a date across the part's columns): those lines are no rows of the part (before: read as its rows, the
    counts disagreed and the second part's columns were lost)."""
    page = Page()
    _applicant(page)
    page.y += 30
    page.row([90, 250, 200, 150], ["序号", "姓名", "关系", "性别"])
    for k, (name, rel, sex, _idn, _inc) in enumerate(MEMBERS, 1):
        page.row([90, 250, 200, 150], [str(k), name, rel, sex])
    page.y += 40
    widths = [90, 640, 220, 400]
    page.row(widths, ["序号", "公民身份号码", "月收入（元）", "单位或学校"])
    for k, (_name, _rel, _sex, idn, inc) in enumerate(MEMBERS, 1):
        page.row(widths, [str(k), idn, inc, "杭州联华超市有限公司"])
    top = page.y
    page.row([200, 1150], ["申请人承诺", ""], height=300)
    for k, text in enumerate(["1．以上所填内容真实无误；", "2．愿意配合各项调查工作；", "申请人（签字）：叶志俊"]):
        page.text(text, page.left + 230, top + 60 + 80 * k)
    page.text("2025-05-20", page.left + 1150, top + 240)
    page.row([200, 1150], ["基层工会意见", "（盖章）  年  月  日"], height=120)
    ex = _extract(page)
    assert _got(ex) == _want()


# ---------------------------------------------------------------------------------------------
# a table printed on its side, too wide for the page: blocks of member columns one under the other


def test_table_on_its_side_in_blocks_one_under_the_other() -> None:
    """Two members a block under a side title, the labels printed again down the left of each block, the
    second block's second column empty (before: only the first block's members were read)."""
    from .test_member_tables_general import _box, _values

    page = Page()
    _applicant(page)
    heads = ["姓名", "与申请人关系", "性别", "公民身份号码", "月收入（元）"]
    canon = {"公民身份号码": "身份证号", "与申请人关系": "关系", "月收入（元）": "月收入"}
    label_w, col_w, h = 300, 500, 70
    for block in (MEMBERS[:2], MEMBERS[2:]):
        page.y += 40
        top = page.y
        _box(page, (page.left, top, page.left + 120, top + h * len(heads)), "家庭\n成员")
        for r, head in enumerate(heads):
            y, x0 = top + r * h, page.left + 120
            _box(page, (x0, y, x0 + label_w, y + h), head)
            for k in range(2):
                text = _values(block[k])[canon.get(head, head)] if k < len(block) else ""
                _box(page, (x0 + label_w + k * col_w, y, x0 + label_w + (k + 1) * col_w, y + h), text)
        page.y = top + h * len(heads)
    page.y += 30
    _after(page)
    ex = _extract(page)
    assert _got(ex) == _want()


# ---------------------------------------------------------------------------------------------
# an amount struck through and written again beside it


def test_amount_struck_through_and_written_again_beside_it() -> None:
    """REAL-DOCUMENTS: corrections are crossed out. A member's income cell holds the struck amount and the
    new one after it, read as two amounts apart by a space ("1200 2050"); so does the applicant's own
    income beside its label. The later amount is the value (before: the two read as one number, out of
    range, or "5 0" as 50); a thousands group set apart ("1 500") stays one amount."""
    from dangan.extractors.fields import normalise_value

    page = Page()
    page.row([300, 400, 300, 410], ["姓名", "叶志俊", "本人月收入", ""])
    x = page.left + 1000 + 20
    struck = page.text("3100", x, page.y - 35)
    page.draw.line((struck.box[0], page.y - 35, struck.box[2], page.y - 35), fill="black", width=3)
    page.text("2600", struck.box[2] + 20, page.y - 35)
    page.lines[-2:] = [TextLine("3100 2600", (struck.box[0], struck.box[1], struck.box[2] + 120, struck.box[3]), 0.95)]
    widths = [200, 170, 100, 480, 300]
    page.y += 30
    page.row(widths, ["姓名", "关系", "性别", "身份证号", "月收入"])
    for name, rel, sex, idn, inc in MEMBERS:
        page.row(widths, [name, rel, sex, idn, f"1200 {inc}" if rel == "配偶" else inc])
    _after(page)
    ex = _extract(page)
    assert _got(ex) == _want()
    assert ex.fields["本人月平均收入"] == 2600  # type: ignore[attr-defined]
    assert normalise_value("月收入", "5 0")[0] == 0
    assert normalise_value("月收入", "1 500")[0] == 1500
    assert normalise_value("月收入", "3100 00")[0] == 3100
