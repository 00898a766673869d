"""Unruled 「label：______」 lines, the value written anywhere on the long blank after the colon.

Drawn pages with known truth (no ruling, so no cells): a short value centred on a blank much longer than
twelve character heights, and a wrapped-looking layout where the next line's value starts under the
address but belongs to its own label on that line. And values written again after a first attempt broken
off (a word of a list, a signature).
"""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields

from .test_structure import Page

TODAY = date(2025, 6, 1)


def _line(page: Page, label: str, value: str, value_x: int, cy: int) -> None:
    ln = page.text(label, 120, cy)
    page.draw.line((ln.box[2] + 4, cy + 22, 1560, cy + 22), fill="black", width=2)
    page.text(value, value_x, cy)


def test_a_value_centred_far_along_its_blank() -> None:
    page = Page()
    _line(page, "姓名：", "韩丽兰", 420, 200)
    _line(page, "户籍地址：", "河北省石家庄市长安区", 900, 290)
    _line(page, "现居住地：", "河北省石家庄市长安区建设北大街4号8幢3单元102室", 700, 380)
    f = extract_fields("建档申请表", page.lines, today=TODAY).fields
    assert f["姓名"] == "韩丽兰"
    assert f["户口所在地行政区划"] == "河北省石家庄市长安区"
    assert f["家庭住址"] == "河北省石家庄市长安区建设北大街4号8幢3单元102室"


def test_the_next_labels_value_under_an_address_is_no_continuation_of_it() -> None:
    """「现居住地：」's value, then on the next line 「工作单位：」 with its value starting right under the
    address (the label is short, the value long): the 工作单位 value stays 工作单位's."""
    page = Page()
    _line(page, "现居住地：", "保定市竞秀区七一中路164号", 330, 200)
    _line(page, "工作单位：", "保定天鹅化纤集团有限公司", 330, 250)
    f = extract_fields("建档申请表", page.lines, today=TODAY).fields
    assert f["家庭住址"] == "保定市竞秀区七一中路164号"
    assert f["工作单位"] == "保定天鹅化纤集团有限公司"


def test_a_word_or_signature_begun_again_after_a_broken_off_attempt() -> None:
    """「国有企 国有企业」, 「健健康」, 「董玲 董玲丽」: the whole second writing; a name whose characters
    repeat (李丽丽) stays as written."""
    from .test_structure import Page as Ruled

    page = Ruled()
    w = [260, 440, 260, 440]
    page.row(w, ["单位性质", "国有企 国有企业", "健康状况", "健健康"])
    page.row(w, ["录入人", "董玲 董玲丽", "审核人", "李丽丽"])
    f = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY).fields
    assert f["单位性质"] == "国有企业"
    assert f["健康状况"] == "健康"
    assert f["录入人"] == "董玲丽"
    assert f["审核人"] == "李丽丽"


def test_an_id_number_in_digit_boxes_read_as_pieces_along_the_row() -> None:
    """18 digit boxes that OCR reads as two pieces ("3 4", then the other sixteen): the pieces joined, as the
    whole number validates (its check digit and birth date)."""
    from dangan.extractors.layout import TextLine

    number = "341221198108151694"
    page = Page()
    page.text("姓名：", 120, 200)
    page.text("孙立新", 260, 200)
    lab = page.text("公民身份号码：", 120, 290)
    step = 52
    x = int(lab.box[2]) + 20
    for i, d in enumerate(number):
        bx = x + i * step
        page.draw.rectangle((bx, 265, bx + step, 315), outline="black", width=2)
        page.draw.text((bx + step / 2, 290), d, font=page.font, fill="black", anchor="mm")
    page.lines.append(TextLine("3 4", (x + 4, 268, x + 2 * step - 4, 312), 0.95))
    page.lines.append(TextLine(" ".join(number[2:]), (x + 2 * step + 6, 268, x + 18 * step - 4, 312), 0.95))
    f = extract_fields("建档申请表", page.lines, today=TODAY).fields
    assert f["姓名"] == "孙立新"
    assert f["身份证号"] == number


def test_member_blocks_whose_colons_ocr_read_as_full_stops() -> None:
    """A member block a person (「label：value」 in every cell, three cells a row), OCR reading some colons as
    「。」 ("*姓名。侯新", "*关系（是户主的）。儿子"): such a cell is a label with its value, never a column
    header, so the block's rows are no member table; both members are read from their blocks."""
    from .test_structure import _id

    people = [("孟玉春", "配偶", _id("43122419830611074"), "2,280.00"), ("侯新", "儿子", _id("43122420140118743"), "0.00")]
    page = Page()
    page.row([300, 1100], ["姓名", "侯建国"])
    page.y += 60
    w = [470, 470, 470]
    for k, (name, rel, idn, inc) in enumerate(people):
        sep = "。" if k else "："
        page.row(w, [f"*姓名{sep}{name}", f"*关系（是户主的）{sep}{rel}", f"*民族{sep}汉族"], align="left")
        page.row(w, [f"*身份证号{idn}", "出生日期：", f"*月收入{sep}{inc}"], align="left")
        page.row(w, ["*健康状况：健康", f"*婚姻状况{sep}已婚", "*户口类型：农业"], align="left")
        page.y += 50
    f = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    got = [(m.get("姓名"), m.get("关系"), m.get("身份证号")) for m in f.members]
    assert got == [(n, r, i) for n, r, i, _ in people]
