"""A unit's seal stamped over an opinion's cell beside its signer: OCR reads the seal's lettering along its ring
as one text whose box spans the arc, and that box's centre may fall on the signer's row. Joined with the row
it ran on the signer's name (任华静中国技工会…, 周霞慧株州电). Pages drawn here (PIL + a CJK font, cells found by
``detect_grid``), the opinion's words and its signer on the cell's left, the seal stamped over the cell's middle
just after the name, the date under it, an arrangement of its own; the OCR lines are placed where the drawing
put the text."""

from __future__ import annotations

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine

from .test_structure import TODAY, Page


def _opinion_with_seal(lettering: str, seal_box: tuple[float, float, float, float]) -> dict[str, object]:
    page = Page()
    page.row([300, 400, 300, 410], ["姓名", "叶志俊", "性别", "男"])
    top = page.y
    page.row([260, 1150], ["", ""], height=360)
    page.text("街道工会", 150, top + 150)
    page.text("审查意见", 150, top + 200)
    page.text("经审查，情况属实。", 420, top + 60)
    page.text("负责人：", 420, top + 180)
    page.text("杜明远", 560, top + 180)
    page.text("2026年3月5日", 1130, top + 300)
    x0, y0, x1, y1 = seal_box
    page.draw.ellipse((x0, y0, x1, y1), outline="red", width=5)
    # the lettering read along the ring: one text, its box the arc's
    page.lines.append(TextLine(lettering, (x0 + 10, y0 + 5, x1 - 20, y0 + 0.75 * (y1 - y0)), 0.62))
    return extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY).fields


def test_seal_lettering_on_the_signers_row_is_no_part_of_the_name() -> None:
    top = 270
    f = _opinion_with_seal("拱墅区米市巷街道工会", (760, top + 60, 1020, top + 320))
    assert f["审核人"] == "杜明远"


def test_seal_lettering_of_few_characters_is_no_part_of_the_name() -> None:
    top = 270
    f = _opinion_with_seal("街道工", (800, top + 80, 1000, top + 300))
    assert f["审核人"] == "杜明远"


def test_two_lines_read_as_one_box_still_join_their_cell() -> None:
    """A label wrapped in its narrow cell and read as one box two lines tall is no seal's lettering: it stays
    the cell's label, its value read beside it."""
    page = Page()
    top = page.y
    page.row([150, 500, 300, 460], ["", "", "家庭人口", "4"], height=110)
    page.lines.append(TextLine("家庭住址", (page.left + 15, top + 12, page.left + 135, top + 98), 0.9))
    page.text("杭州市拱墅区湖墅南路88号", page.left + 165, top + 55)
    f = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY).fields
    assert f["家庭住址"] == "杭州市拱墅区湖墅南路88号"
    assert f["家庭人口"] == 4


def test_signer_labels_printed_with_the_act_asked() -> None:
    """A signer's label printed with 签字 / 签名 after it and no brackets: in a cell of its own with the name in
    the next cell, and glued to the name with its colon lost on an unruled line."""
    page = Page()
    page.row([300, 400, 300, 410], ["调查人签名", "郑明远", "负责人签字", "杜明远"])
    f = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY).fields
    assert f["建档人"] == "郑明远"
    assert f["审核人"] == "杜明远"
    lines = [
        TextLine("经办人签字：孙丽华", (120, 300, 444, 344), 0.97),
        TextLine("审核人签名冯建国", (900, 300, 1188, 344), 0.97),
    ]
    f = extract_fields("建档申请表", lines, today=TODAY).fields
    assert f["建档人"] == "孙丽华"  # the form's 经办人 is who filed it (DOC_ALIASES)
    assert f["审核人"] == "冯建国"
