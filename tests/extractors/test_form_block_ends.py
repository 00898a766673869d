"""Where a form's member blocks end, the unit that files the form, and the employer-or-school label worded
by the printing — drawn pages in arrangements of their own.

- The last member block of a page has no next block to end it: the signers' line under it (建档人：…
  审核人：…) is the form's, not the block's; the heading of the next block ("成员3") under a block's blank
  last label is no value of it.
- The unit that files the form named by a label of its own wording (申请单位：…, 基层单位工会（盖章） and
  the name written after it): the form's 单位.
- A member label worded 工作单位或就读学校 (or 单位/学校名称) is the member's 单位或学校, also in blocks and
  in cells that repeat their labels.
"""

from __future__ import annotations

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine, split_labelled

from .test_structure import Page, _id
from .test_unseen_forms import MEMBERS, TODAY


def _on_page(lines: list[TextLine], page: int) -> list[TextLine]:
    return [TextLine(ln.text, ln.box, ln.confidence, page) for ln in lines]


def _blocks_page(side_by_side: bool) -> Page:
    """Each member a ruled block of 「label | value」 cells; the blocks one under the other or two a row,
    each under a heading 成员N; the last label of each block (单位或学校) left blank; the signers' line
    under the last block."""
    page = Page()
    width = 700 if side_by_side else 1400
    per_row = 2 if side_by_side else 1
    for k in range(0, len(MEMBERS), per_row):
        group = MEMBERS[k : k + per_row]
        heads = [f"成员{k + j + 1}" for j in range(len(group))]
        y0 = page.y
        for j, head in enumerate(heads):
            page.text(head, page.left + j * (width + 20) + 20, y0 + 30)
        top = y0 + 60
        for j, (name, rel, sex, idn, inc) in enumerate(group):
            page.y = top
            page.left = 120 + j * (width + 20)
            half = width // 4
            page.row([half, half, half, width - 3 * half], ["姓名", name, "关系", rel])
            page.row([half, width - half], ["身份证号", idn])
            page.row([half, half, half, width - 3 * half], ["性别", sex, "月收入", inc])
            page.row([half, width - half], ["单位或学校", ""])
        page.left = 120
        page.y += 30
    page.text("建档人：冯建国", 140, page.y + 60)
    page.text("审核人：孙丽华", 640, page.y + 60)
    return page


def _check_blocks(side_by_side: bool) -> None:
    first = Page()
    first.row([300, 400, 300, 410], ["姓名", "叶志俊", "性别", "男"])
    first.row([300, 1110], ["身份证号", _id("13060219841127949")])
    second = _blocks_page(side_by_side)
    lines = first.lines + _on_page(second.lines, 1)
    ex = extract_fields("建档申请表", lines, cells={0: first.cells(), 1: second.cells()}, today=TODAY)
    assert [(m["姓名"], m["关系"], m["身份证号"], m["月收入"]) for m in ex.members] == [
        (n, r, i, int(c)) for n, r, _s, i, c in MEMBERS
    ]
    assert not any("单位或学校" in m for m in ex.members)  # blank: not the next block's heading
    assert ex.fields["建档人"] == "冯建国" and ex.fields["审核人"] == "孙丽华"
    assert ex.fields["姓名"] == "叶志俊"


def test_blocks_one_under_the_other_end_before_the_signers() -> None:
    _check_blocks(side_by_side=False)


def test_blocks_two_a_row_end_before_the_signers() -> None:
    _check_blocks(side_by_side=True)


def test_unit_named_by_a_label_of_its_own_wording() -> None:
    """申请单位：name in the head of the sheet; 基层单位工会（盖章） with the name apart after it; the colon lost;
    a value in a cell that holds the word (承租单位公房) is no label; 工作单位 stays the applicant's employer."""
    for head in (["申请单位：保定化纤"], ["基层单位工会（盖章）", "保定化纤"], ["申请单位 保定化纤"], ["申请单位保定化纤"]):
        # (the last two: the colon lost, the name apart by a space or glued on in the head of the sheet)
        page = Page()
        x = 140
        for text in head:
            ln = page.text(text, x, 120)
            x = int(ln.box[2]) + 30
        page.row([300, 400, 300, 410], ["姓名", "叶志俊", "住房类型", "承租单位公房"])
        page.row([300, 1110], ["工作单位", "保定天鹅化纤集团有限公司"])
        ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
        assert ex.fields["单位"] == "保定化纤", head
        assert ex.fields["工作单位"] == "保定天鹅化纤集团有限公司"


def test_employer_or_school_worded_by_the_printing() -> None:
    assert split_labelled("工作单位或就读学校") == [("单位或学校", "")]
    assert split_labelled("单位/学校名称：湘潭大学") == [("单位或学校", "湘潭大学")]
    assert split_labelled("工作单位：湘潭大学") == [("工作单位", "湘潭大学")]
    # each row of the member table repeats its labels, each small over its value in the cell
    page = Page()
    page.row([300, 400, 300, 410], ["姓名", "叶志俊", "性别", "男"])
    w = [260, 260, 520, 370]
    for name, rel, _sex, idn, _inc in MEMBERS:
        page.row(w, ["姓名", "关系", "身份证号码", "工作单位或就读学校"], height=40)
        page.y -= 0
        page.row(w, [name, rel, idn, f"{name[0]}氏商贸有限公司"], height=60)
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    got = [(m.get("姓名"), m.get("单位或学校")) for m in ex.members]
    assert got == [(n, f"{n[0]}氏商贸有限公司") for n, *_ in MEMBERS]


FIVE = [
    *MEMBERS,
    ("叶秀英", "母亲", "女", _id("13060219580211128"), "980"),
    ("叶晓东", "儿子", "男", _id("13060220150611953"), "0"),
]


def _table_part(page: Page, widths: list[int], header: list[str], people: list[tuple[str, ...]], first_no: int) -> None:
    page.row(widths, header)
    for i, (name, rel, sex, idn, inc) in enumerate(people):
        values = {"序号": str(first_no + i), "姓名": name, "与申请人关系": rel, "关系": rel, "性别": sex,
                  "公民身份号码": idn, "身份证号": idn, "月收入（元）": inc, "月收入": inc}
        page.row(widths, [values[h] for h in header])


def test_table_continued_under_its_header_printed_again() -> None:
    """The member table's first rows on page 1 with the form going on under it (a narrative row), the other
    rows on page 2 under the same header printed again (续表), the form's further rows after them; once with
    a 序号 column, once without and the columns in another order."""
    for header, widths in (
        (["序号", "姓名", "与申请人关系", "公民身份号码", "性别", "月收入（元）"], [100, 220, 260, 480, 120, 230]),
        (["公民身份号码", "月收入（元）", "姓名", "关系"], [520, 260, 300, 330]),
    ):
        first = Page()
        first.row([300, 400, 300, 410], ["姓名", "叶志俊", "性别", "男"])
        first.y += 40
        _table_part(first, widths, header, FIVE[:3], 1)
        first.text("（下转第2页续表）", 1200, first.y + 30)
        first.y += 80
        first.row([300, 1110], ["家庭困难原因及状况", "家庭共6人，本人月收入2380元，生活困难。"], height=160)
        second = Page()
        second.text("家庭成员（续表）", 140, 150)
        _table_part(second, widths, header, FIVE[3:], 4)
        second.y += 60
        second.row([1410], ["本人声明：以上情况属实。"], height=120)
        lines = first.lines + _on_page(second.lines, 1)
        ex = extract_fields("建档申请表", lines, cells={0: first.cells(), 1: second.cells()}, today=TODAY)
        assert [(m["姓名"], m["关系"], m["身份证号"]) for m in ex.members] == [(n, r, i) for n, r, _s, i, _c in FIVE]
        assert ex.fields["姓名"] == "叶志俊"


def test_tick_between_two_options_goes_by_the_boxes_printed_side() -> None:
    """「未婚□ 已婚☑ 离异□ 丧偶□」 read as separate words "已婚√" | "离异" (the region's text "未婚已婚√离异丧偶"),
    the ticked box lost in the image, the empty ones found after their words: the tick is 已婚's; the same
    words with the boxes found before them (□未婚 □已婚 ☑离异 □丧偶) make it 离异's."""
    options = ["未婚", "已婚", "离异", "丧偶"]
    for side, want in (("after", "已婚"), ("before", "离异")):
        lines = [TextLine("婚姻状况", (100, 300, 220, 330), 0.98)]
        boxes = []
        x = 300
        for opt in options:
            if side == "before":
                if opt != want:
                    boxes.append(((x, 303, x + 24, 327), False))
                x += 30
            text = opt + ("√" if side == "after" and opt == want else "")
            if side == "before" and options.index(opt) + 1 < len(options) and options[options.index(opt) + 1] == want:
                text += "√"
            w = 24 * len(text)
            lines.append(TextLine(text, (x, 300, x + w, 330), 0.98))
            x += w
            if side == "after":
                if opt != want:
                    boxes.append(((x + 2, 303, x + 26, 327), False))
                x += 30
            x += 30
        ex = extract_fields("建档申请表", lines, checkboxes=boxes, today=TODAY)
        assert ex.fields["婚姻状况"] == want, side


def test_a_blank_field_over_another_fields_boxed_options_has_no_value() -> None:
    """A label left blank (帮扶责任人, 其他联系方式) over a row of another field's boxed options: the options
    are no value of it, wherever the blank label stands in its row."""
    for row, blank in (
        (["帮扶单位", "唐山陶瓷工会", "帮扶责任人", ""], "帮扶联系人"),
        (["其他联系方式", "", "邮政编码", "063000"], "其他联系方式"),
    ):
        page = Page()
        page.row([300, 400, 300, 410], ["姓名", "叶志俊", "性别", "男"])
        page.row([300, 400, 300, 410], row)
        page.row([300, 1110], ["五类重点群体", "□支出性生活困难 □城市困难农民工 □供给侧结构性改革中的困难职工"], align="left")
        ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
        assert blank not in ex.fields, ex.fields.get(blank)
        assert ex.fields["姓名"] == "叶志俊"


def test_boxes_matched_to_their_words_by_order_where_ocr_dropped_the_glyphs() -> None:
    """「□未婚 ☑已婚 □离异 □丧偶」 read "未婚已婚 离异 □丧偶" (three box glyphs lost, so each word's place estimated
    from the characters read is off by the boxes' widths): as many boxes as words, matched in order; the
    same with the boxes after their words, read "未婚 已婚□离异 丧偶"."""
    options = ["未婚", "已婚", "离异", "丧偶"]
    for side, text, want in (("before", "未婚已婚 离异 □丧偶", "已婚"), ("after", "未婚 已婚□离异 丧偶", "离异")):
        # each option 200 px apart: a 40 px box, 10 px, the word 100 px wide
        boxes = []
        for k, opt in enumerate(options):
            x = 1730 + 200 * k + (0 if side == "before" else 110)
            boxes.append(((x, 802, x + 40, 842), opt == want))
        lines = [TextLine("婚姻情况", (1355, 776, 1589, 876), 0.98), TextLine(text, (1700, 767, 2500, 871), 0.9)]
        ex = extract_fields("建档申请表", lines, checkboxes=boxes, today=TODAY)
        assert ex.fields["婚姻状况"] == want, side
