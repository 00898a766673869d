"""Member tables as real archives print them, drawn in the test with known truth (cells by ``detect_grid``).

What units do with the member table besides reordering its columns: the ID in 18 digit boxes ruled
inside the member cell, a two-level header (a group label over some columns, the others merged down),
the table continued after a page break (its header printed again or not), member rows without the
rulings between them or between their columns, label cells with a note in brackets, and a relation
misread in one character.
"""

from __future__ import annotations

from dangan.extractors.fields import _relation_by_sex
from dangan.extractors.layout import TextLine, lines_from_cells, split_labelled
from dangan.extractors.structure import merge_digit_runs, read_member_grid, split_at_rulings

from .test_structure import Page, _id

MEMBERS = [
    ("郝雪兰", "配偶", "女", _id("33018319790213920"), "1650"),
    ("吕艳萍", "女儿", "女", _id("33018320100708784"), "0"),
    ("吕国强", "父亲", "男", _id("33018319500101001"), "1580"),
    ("钱小平", "母亲", "女", _id("33018319520303002"), "1200"),
]
HEADS = ["姓名", "关系", "性别", "身份证号", "月收入（元）"]
LABELS = ["姓名", "关系", "性别", "身份证号", "月收入"]
WIDTHS = [200, 170, 110, 640, 230]


def _box(page: Page, box: tuple[int, int, int, int], text: str = "") -> None:
    page.draw.rectangle(box, outline="black", width=3)
    if text:
        tw = page.draw.textlength(text, font=page.font)
        page.text(text, (box[0] + box[2] - tw) / 2, (box[1] + box[3]) / 2)


def _read(page: Page) -> list[dict[str, object]]:
    """Cells found on the drawn page, lines cut at rulings and joined per cell, member rows read."""
    cells = merge_digit_runs(page.cells())
    split = split_at_rulings(page.lines, cells)
    rows, _ = read_member_grid(lines_from_cells(split, cells), cells, split)
    return [{k: r.value for k, r in row.items()} for row in rows]


def _expected(members: list[tuple[str, ...]] = MEMBERS) -> list[dict[str, object]]:
    return [dict(zip(LABELS, m, strict=True)) for m in members]


def _xs() -> list[int]:
    xs = [120]
    for w in WIDTHS:
        xs.append(xs[-1] + w)
    return xs


def test_id_cell_holding_digit_boxes_stays_a_cell() -> None:
    """18 digit boxes ruled inside the member's ID cell, clear of its rulings: the cell is kept (it was a
    non-rectangular region and dropped) and every row is read whole, the ID one value."""
    page = Page()
    page.row(WIDTHS, HEADS)
    xs = _xs()
    for name, rel, sex, idn, inc in MEMBERS:
        y = page.y
        page.row(WIDTHS, [name, rel, sex, "", inc], height=80)
        step = 32
        x0 = xs[3] + 30
        for i, d in enumerate(idn):
            bx = x0 + i * step
            page.draw.rectangle((bx, y + 14, bx + step, y + 66), outline="black", width=2)
            page.draw.text((bx + step / 2, y + 40), d, font=page.font, fill="black", anchor="mm")
        page.lines.append(TextLine(idn, (x0 + 4, y + 18, x0 + 18 * step - 4, y + 62), 0.9))
    cells = page.cells()
    for k in range(len(MEMBERS)):
        top = 200 + 70 + 80 * k
        assert any(abs(c[0] - xs[3]) <= 4 and abs(c[1] - top) <= 4 and abs(c[2] - xs[4]) <= 4 for c in cells)
    assert _read(page) == _expected()


def test_digit_boxes_across_their_cell_short_of_its_side_rulings() -> None:
    """18 digit boxes ruled across the member's ID cell a few pixels short of its side rulings, clear of
    its top and bottom: their rulings cut the cell into a strip above, the run and a strip below (three
    rows of cells where the row has one). The three are the one ID cell: each member one row, the ID in it."""
    page = Page()
    page.row(WIDTHS, HEADS)
    xs = _xs()
    for (name, rel, sex, idn, inc), (margin, top, bottom) in zip(MEMBERS, [(8, 30, 30), (4, 35, 25), (6, 28, 34), (8, 30, 30)], strict=True):
        y = page.y
        page.row(WIDTHS, [name, rel, sex, "", inc], height=100)
        x0 = xs[3] + margin
        step = (WIDTHS[3] - 2 * margin) / 18
        for i, d in enumerate(idn):
            bx = x0 + i * step
            page.draw.rectangle((bx, y + top, bx + step, y + 100 - bottom), outline="black", width=2)
            page.draw.text((bx + step / 2, y + (top + 100 - bottom) / 2), d, font=page.font, fill="black", anchor="mm")
        page.lines.append(TextLine(idn, (x0 + 4, y + top + 4, x0 + 18 * step - 4, y + 100 - bottom - 4), 0.9))
    assert _read(page) == _expected()


def _two_level_header_page(heads: list[str]) -> Page:
    """The member table under 身份信息 grouping 性别 and 身份证号; columns 0, 1 and 4 (headed ``heads``)
    merged down over both header rows; a cause row below."""
    page = Page()
    xs, y = _xs(), page.y
    for i in (0, 1, 4):
        _box(page, (xs[i], y, xs[i + 1], y + 120), heads[i])
    _box(page, (xs[2], y, xs[4], y + 60), "身份信息")
    _box(page, (xs[2], y + 60, xs[3], y + 120), "性别")
    _box(page, (xs[3], y + 60, xs[4], y + 120), "身份证号")
    page.y = y + 120
    for m in MEMBERS:
        page.row(WIDTHS, list(m))
    page.row([400, sum(WIDTHS) - 400], ["主要致困原因", "本人大病"])
    return page


def test_two_level_header_group_over_two_columns() -> None:
    """身份信息 over 性别 and 身份证号; 姓名, 关系, 月收入 merged down over both header rows."""
    assert _read(_two_level_header_page(HEADS)) == _expected()


def test_table_continued_after_a_break_with_and_without_its_header() -> None:
    for again in (True, False):
        page = Page()
        page.row(WIDTHS, HEADS)
        for m in MEMBERS[:2]:
            page.row(WIDTHS, list(m))
        page.text("第1页 共2页", 700, page.y + 40)
        page.y += 260  # the foot of the first page, blank paper, the head of the next
        page.text("续表", 140, page.y - 40)
        if again:
            page.row(WIDTHS, HEADS)
        for m in MEMBERS[2:]:
            page.row(WIDTHS, list(m))
        page.row([400, sum(WIDTHS) - 400], ["主要致困原因", "本人大病"])
        assert _read(page) == _expected(), again


def test_member_rows_without_rulings_between_them() -> None:
    """One tall cell a column under the header: a member per band of text (a wrapped name is one)."""
    page = Page()
    page.row(WIDTHS, HEADS)
    xs, y, h = _xs(), page.y, 70
    for i in range(len(WIDTHS)):
        page.draw.rectangle((xs[i], y, xs[i + 1], y + h * len(MEMBERS)), outline="black", width=3)
    for k, m in enumerate(MEMBERS):
        for i, t in enumerate(m):
            page.text(t, xs[i] + 12, y + h * k + h / 2)
    page.y = y + h * len(MEMBERS)
    page.row([400, sum(WIDTHS) - 400], ["主要致困原因", "本人大病"])
    assert _read(page) == _expected()


def test_member_rows_without_rulings_between_their_columns() -> None:
    page = Page()
    page.row(WIDTHS, HEADS)
    xs = _xs()
    for m in MEMBERS:
        _box(page, (xs[0], page.y, xs[-1], page.y + 70))
        for i, t in enumerate(m):
            page.text(t, xs[i] + 12, page.y + 35)
        page.y += 70
    page.row([400, sum(WIDTHS) - 400], ["主要致困原因", "本人大病"])
    assert _read(page) == _expected()


def test_label_with_a_note_in_brackets_before_its_value() -> None:
    assert split_labelled("*家庭住址（现居住地址）湘潭市岳塘区建设路283号") == [("家庭住址", "湘潭市岳塘区建设路283号")]
    assert split_labelled("健康状况（如患病请注明）良好") == [("健康状况", "良好")]
    assert split_labelled("联系电话（手机）13689464570") == [("手机号码", "13689464570")]
    assert split_labelled("身份证号（18位）：430102199001011234") == [("身份证号", "430102199001011234")]


def test_relation_misread_in_one_character_mended_by_sex() -> None:
    assert _relation_by_sex("文亲", "男", None) == "父亲"
    assert _relation_by_sex("义亲", None, _id("13060219410218299")) == ("父亲" if int(_id("13060219410218299")[16]) % 2 else "母亲")
    assert _relation_by_sex("文亲", None, None) is None  # 父亲 or 母亲: no sex to tell
    assert _relation_by_sex("孔子", "男", None) is None  # 儿子, 孙子, 长子, 次子


def _extract(page: Page) -> list[dict[str, object]]:
    from dangan.extractors.fields import extract_fields

    return extract_fields("建档申请表", page.lines, cells={0: page.cells()}).members


def test_member_row_whose_name_ocr_lost_is_kept_by_its_id() -> None:
    """A name in two small lines of a narrow cell that whole-page OCR did not read: the row is still that
    member (its ID number holds), so the household is not a member short and the rows after it keep
    their places."""
    page = Page()
    page.row(WIDTHS, HEADS)
    xs = _xs()
    for k, m in enumerate(MEMBERS):
        cells = page.row(WIDTHS, ["", *m[1:]])
        page.text(m[0], xs[0] + 12, (cells[0][1] + cells[0][3]) / 2, record=k != 1)
    page.row([400, sum(WIDTHS) - 400], ["主要致困原因", "本人大病"])
    got = _extract(page)
    assert len(got) == 4
    assert got[1] == {"关系": "女儿", "性别": "女", "身份证号": MEMBERS[1][3], "月收入": 0}
    assert [m.get("姓名") for m in got] == ["郝雪兰", None, "吕国强", "钱小平"]


def test_two_level_header_with_an_unnamed_column_merged_down() -> None:
    """A column merged down both header rows whose printed header names no member label (称谓): a column
    all the same, named by its values (relations), though as tall as two header rows."""
    assert _read(_two_level_header_page(["姓名", "称谓", "", "", HEADS[4]])) == _expected()


def test_unruled_member_row_with_a_generous_ocr_box() -> None:
    """Rows without rulings between their columns, where OCR's box of a value starts well left of its
    column (a box wider than its ink): each text still stands in one column."""
    page = Page()
    page.row(WIDTHS, HEADS)
    xs = _xs()
    for m in MEMBERS:
        _box(page, (xs[0], page.y, xs[-1], page.y + 70))
        for i, t in enumerate(m):
            ln = page.text(t, xs[i] + 6, page.y + 35)
            if i == 1:  # 关系: OCR drew its box 30 px further left than its ink, out of the column
                ln.box = (ln.box[0] - 30, ln.box[1], ln.box[2], ln.box[3])
        page.y += 70
    page.row([400, sum(WIDTHS) - 400], ["主要致困原因", "本人大病"])
    assert _read(page) == _expected()


def test_member_rows_without_rulings_between_them_or_between_some_columns() -> None:
    """Thin inner rules lost: one tall cell across 姓名 and 关系 and one tall cell a column for the rest,
    no rulings between the rows: a member per band of text, each text in the column it stands in."""
    page = Page()
    page.row(WIDTHS, HEADS)
    xs, y, h = _xs(), page.y, 70
    page.draw.rectangle((xs[0], y, xs[2], y + h * len(MEMBERS)), outline="black", width=3)
    for i in range(2, len(WIDTHS)):
        page.draw.rectangle((xs[i], y, xs[i + 1], y + h * len(MEMBERS)), outline="black", width=3)
    for k, m in enumerate(MEMBERS):
        for i, t in enumerate(m):
            page.text(t, xs[i] + 12, y + h * k + h / 2)
    page.y = y + h * len(MEMBERS)
    page.row([400, sum(WIDTHS) - 400], ["主要致困原因", "本人大病"])
    assert _read(page) == _expected()


# how much lower each column's cells stand (px) on a photographed page: perspective, not a straight line
SKEW = [0, 5, 10, 13, 14, 19, 26, 27, 29, 29, 30, 26]


def test_member_table_photographed_askew() -> None:
    """A page photographed a little askew: each row's cells are lower from left to right (up to 30 px
    over twelve columns, more than a third of the page's usual cell height): each row is still one row, its
    header one header (it was cut in two, and the right half's columns lost in some rows)."""
    heads = ["姓名", "关系", "民族", "性别", "身份证号", "政治面貌", "月收入", "健康状况", "医保状况", "婚姻状况", "人员身份", "单位或学校"]
    widths = [110, 110, 80, 70, 280, 110, 100, 100, 140, 90, 100, 200]
    members = [
        ("雷宇", "配偶", "汉族", "男", _id("43030219741104895"), "群众", "1880", "健康", "城镇职工医保", "已婚", "在职", "湘潭联华超市"),
        ("林俊杰", "儿子", "汉族", "男", _id("43030219970208559"), "群众", "0", "健康", "城镇居民医保", "未婚", "失业", ""),
        ("夏洁凤", "女儿", "汉族", "女", _id("43030219991008288"), "中共党员", "0", "健康", "城镇居民医保", "未婚", "在读", "第七中学"),
    ]
    cells: list[tuple[int, int, int, int]] = []
    lines: list[TextLine] = []
    for r, texts in enumerate([heads, *members]):
        x = 60
        for i, (w, t) in enumerate(zip(widths, texts, strict=True)):
            y = 200 + 84 * r + SKEW[i] + r * (i // 6)
            cells.append((x, y, x + w, y + 80))
            if t:
                lines.append(TextLine(t, (x + 4, y + 22, x + w - 4, y + 58), 0.95))
            x += w + 4
    # the rest of the form: rows of low cells (the tolerance of a row goes with the page's cell height)
    for r in range(8):
        cells += [(60 + 300 * i, 700 + 44 * r, 356 + 300 * i, 740 + 44 * r) for i in range(6)]
    rows, _ = read_member_grid(lines, cells)
    got = [{k: r.value for k, r in row.items()} for row in rows]
    assert got == [{k: v for k, v in zip(heads, m, strict=True) if v} for m in members]
