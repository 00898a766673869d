"""Members printed as blocks of captioned cells, drawn in the test with known truth (issue 8).

REAL-DOCUMENTS: each unit prints the forms from its own Word file. Some print each member as a framed block
(成员一, 成员二 … down its side) of cells whose label is a small caption in the cell's top left corner and
whose value is written under it in the same cell, as on cards and registration forms (姓名 over 程健, 称谓
over 配偶; 公民身份号码 over the number). Each test draws such a page (cells found by ``detect_grid``, OCR
lines where the drawing put the text) and the whole form is read by ``extract_fields``:

- every block is one member, its values read from under each caption; a caption with nothing under it
  (工作单位 of a member out of work) gives no value;
- a value written low in its cell of a sheet scanned warped, inside the next row's cell as well, is no
  line of that cell (whose caption is still its top line);
- a block of captions naming no member-only label (the applicant's own 姓名, 性别, 身份证号 captioned the
  same way) is no member.
"""

from __future__ import annotations

from dangan.extractors.layout import TextLine
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


def test_a_value_reaching_into_the_cell_under_it_is_not_that_cells_caption() -> None:
    """A sheet scanned warped: the ID number written low in its cell lies inside the next row's cell too,
    over that cell's caption (工作单位) — it is its own cell's value and the caption below still reads."""
    idn = _id("33010219730629308")
    cells = [
        (141, 192, 213, 421), (216, 194, 632, 277), (638, 204, 927, 278), (932, 193, 1347, 277),
        (218, 275, 1139, 361), (1144, 269, 1432, 355), (1438, 256, 1682, 343), (219, 338, 1683, 432),
    ]  # fmt: skip
    texts = [
        ("姓名", (206, 180, 281, 238)), ("金琴", (383, 231, 457, 279)), ("称谓", (633, 201, 697, 241)),
        ("配偶", (752, 236, 823, 284)), ("出生年月", (927, 196, 1039, 239)), ("1973-06-29", (1061, 234, 1219, 276)),
        ("公民身份号码", (212, 263, 369, 320)), (idn, (537, 322, 821, 362)), ("从业状况", (1135, 271, 1251, 317)),
        ("在职", (1249, 307, 1325, 354)), ("月收入（元）", (1431, 251, 1576, 307)), ("1620", (1526, 296, 1600, 342)),
        ("工作单位（就读学校）", (215, 349, 448, 400)), ("杭州老街坊餐饮有限公司", (215, 379, 515, 440)),
    ]  # fmt: skip
    lines = [TextLine(t, tuple(float(v) for v in b), 0.99) for t, b in texts]  # type: ignore[arg-type]
    members, _used = read_captioned_blocks(lines, cell_rows([tuple(float(v) for v in c) for c in cells]))  # type: ignore[misc]
    got = [{k: r.value for k, r in m.items()} for m in members]
    assert got == [{"姓名": "金琴", "关系": "配偶", "出生日期": "1973-06-29", "身份证号": idn, "人员身份": "在职",
                    "月收入": "1620", "单位或学校": "杭州老街坊餐饮有限公司"}]  # fmt: skip
