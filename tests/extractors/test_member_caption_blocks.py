"""Members printed as blocks of captioned cells, drawn in the test with known truth (issue 8).

REAL-DOCUMENTS: each unit prints the forms from its own Word file. Some print each member as a framed block
(成员一, 成员二 … down its side) of cells whose label is a small caption in the cell's top left corner and
whose value is written under it in the same cell, as on cards and registration forms (姓名 over 程健, 称谓
over 配偶; 公民身份号码 over the number). Each test draws such a page (cells found by ``detect_grid``, OCR
lines where the drawing put the text) and the whole form is read by ``extract_fields``:

- every block is one member, its values read from under each caption; a caption with nothing under it
  (工作单位 of a member out of work) gives no value;
- a block of captions naming no member-only label (the applicant's own 姓名, 性别, 身份证号 captioned the
  same way) is no member.
"""

from __future__ import annotations

from dangan.extractors.structure import cell_rows, read_captioned_blocks

from .test_member_tables_unseen import _after, _applicant, _extract
from .test_structure import Page, _id

MEMBERS = [
    {"姓名": "程健", "关系": "配偶", "出生日期": "1978-11-30", "健康状况": "健康",
     "身份证号": _id("33018319781130255"), "人员身份": "失业", "月收入": 0, "单位或学校": None},
    {"姓名": "魏敏兰", "关系": "女儿", "出生日期": "2010-03-25", "健康状况": "健康",
     "身份证号": _id("33018320100325960"), "人员身份": "在读", "月收入": 0, "单位或学校": "杭州市第25中学"},
    {"姓名": "宋怡", "关系": "母亲", "出生日期": "1952-03-28", "健康状况": "健康",
     "身份证号": _id("33018319520328480"), "人员身份": "退休", "月收入": 1360, "单位或学校": None},
]  # fmt: skip

ROWS = [
    [(360, "姓名", "姓名"), (260, "称谓", "关系"), (370, "出生年月", "出生日期"), (300, "身体状况", "健康状况")],
    [(810, "公民身份号码", "身份证号"), (260, "从业状况", "人员身份"), (220, "月收入（元）", "月收入")],
    [(1290, "工作单位（就读学校）", "单位或学校")],
]
H = 90


def _captioned(page: Page, x: int, w: int, caption: str, value: str) -> None:
    page.draw.rectangle((x, page.y, x + w, page.y + H), outline="black", width=3)
    page.text(caption, x + 10, page.y + 22)
    if value:
        tw = page.draw.textlength(value, font=page.font)
        page.text(value, x + (w - tw) / 2, page.y + 64)


def _block(page: Page, title: str, values: dict[str, object], keys: bool = True) -> None:
    top = page.y
    for row in ROWS:
        x = page.left + 70
        for w, caption, key in row:
            v = values.get(key) if keys else None
            _captioned(page, x, w, caption, "" if v is None else f"{v}元" if key == "月收入" else str(v))
            x += w
        page.y += H
    page.draw.rectangle((page.left, top, page.left + 70, page.y), outline="black", width=3)
    page.text(title, page.left + 10, (top + page.y) / 2)
    page.y += 20


def _page() -> Page:
    page = Page()
    _applicant(page)
    page.y += 40
    page.text("家庭成员（与申请人共同生活）", page.left, page.y)
    page.y += 40
    for title, m in zip(("成员一", "成员二", "成员三"), MEMBERS, strict=True):
        _block(page, title, m)
    _block(page, "成员四", {}, keys=False)  # a block left empty
    _after(page)
    return page


def test_each_block_of_captioned_cells_is_a_member() -> None:
    ex = _extract(_page())
    want = [{k: v for k, v in m.items() if v is not None} for m in MEMBERS]
    assert ex.members == want  # type: ignore[attr-defined]


def test_the_applicants_own_captioned_cells_are_no_member() -> None:
    page = Page()
    x = page.left
    for w, caption, value in ((360, "姓名", "魏敏英"), (260, "性别", "女"), (670, "身份证号", _id("33018319800101002"))):
        _captioned(page, x, w, caption, value)
        x += w
    page.y += H
    members, _used = read_captioned_blocks(page.lines, cell_rows(page.cells()))
    assert members == []
