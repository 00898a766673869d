"""Member columns a unit heads in its own words (drawn in the test, cells by ``detect_grid``).

人员身份 asked as two wordings of one question (身份或职业, 职业/身份) or as two heads over one tail with the
remark's brackets left out (就学、就业情况 for 就业（就学）情况); 医保状况 under a wording no reader knows
(参保类型, 保险): the column is named by its answers, every one an option of 医保状况.
"""

from __future__ import annotations

from dangan.extractors.layout import TextLine, lines_from_cells
from dangan.extractors.structure import header_label, merge_digit_runs, read_member_grid, split_at_rulings

from .test_structure import Page, _id

PEOPLE = [
    ("雷桂珍", "母亲", "女", _id("43020319520611402"), "退休", "城镇居民医保"),
    ("周思远", "儿子", "男", _id("43020320090321511"), "在读", "城镇居民医保"),
    ("邓雨", "配偶", "女", _id("43020319840917302"), "失业", "无医保"),
]
WIDTHS = [190, 150, 100, 520, 230, 300]


def _read(heads: list[str]) -> list[dict[str, object]]:
    page = Page()
    page.left = 90
    page.row(WIDTHS, heads, height=80)
    for person in PEOPLE:
        page.row(WIDTHS, list(person), height=64, align="left")
    page.row([300, sum(WIDTHS) - 300], ["家庭困难情况", "因病致困"], height=120)
    cells = merge_digit_runs(page.cells())
    split = split_at_rulings(page.lines, cells)
    rows, _ = read_member_grid(lines_from_cells(split, cells), cells, split)
    return [{k: r.value for k, r in row.items()} for row in rows]


def _expected(labels: list[str]) -> list[dict[str, object]]:
    return [{lab: v for lab, v in zip(labels, p, strict=True) if lab} for p in PEOPLE]


def test_identity_asked_as_two_wordings_of_one_question() -> None:
    for head in ("身份或职业", "职业/身份"):
        assert header_label(head) == "人员身份", head
        got = _read(["姓名", "与申请人关系", "性别", "身份证号", head, "医保状况"])
        assert got == _expected(["姓名", "关系", "性别", "身份证号", "人员身份", "医保状况"]), head


def test_identity_worded_as_two_heads_over_one_tail() -> None:
    """就业（就学）情况 printed without the brackets, or with a stroke, either head first."""
    for head in ("就学、就业情况", "就业就学状况", "就业/就学状况"):
        assert header_label(head) == "人员身份", head
        got = _read(["姓名", "与申请人关系", "性别", "身份证号", head, "医保状况"])
        assert got == _expected(["姓名", "关系", "性别", "身份证号", "人员身份", "医保状况"]), head


def test_medical_insurance_column_named_by_its_answers() -> None:
    """A column headed in words no reader knows holds 医保状况's options only: it is 医保状况."""
    for head in ("参保类型", "保险"):
        got = _read(["姓名", "与申请人关系", "性别", "身份证号", "人员身份", head])
        assert got == _expected(["姓名", "关系", "性别", "身份证号", "人员身份", "医保状况"]), head


def test_two_labels_in_one_header_are_no_alternatives() -> None:
    """Two wordings that each name a label (姓名/身份证号, 性别或年龄) are no one question of one label."""
    assert header_label("性别或年龄") is None
    assert header_label("关系/称谓") == "关系"


def test_identity_column_under_a_garbled_header_named_by_its_answers() -> None:
    """Every answer one of the options the seeds print for 人员身份 (在职/失业/退休/在读): the column is 人员身份,
    whatever its header says (OCR garbled it, or the unit wrote a word no reader knows)."""
    for head in ("就业航学扶况", "现状", ""):
        got = _read(["姓名", "与申请人关系", "性别", "身份证号", head, "医保状况"])
        assert got == _expected(["姓名", "关系", "性别", "身份证号", "人员身份", "医保状况"]), head


def test_one_member_row_beside_a_side_title_and_row_numbers() -> None:
    """One member under a header that prints the table's side title (家庭成员, merged down beside the rows)
    and the row numbers' head (序号) among its cells, two columns in words no reader knows (职业, 参保类型):
    the side title and 序号 are the table's furniture, no column of another label, and the header with its
    five member labels of eight texts is read; so is its one row."""
    page = Page()
    page.left = 70
    widths = [70, 80, 150, 200, 180, 420, 100, 200, 140]
    heads = ["", "序号", "姓名", "与申请人关系", "出生日期", "身份证号", "职业", "参保类型", "月收入"]
    top = page.y
    page.row(widths, heads, height=76)
    person = PEOPLE[1]
    page.row(widths, ["", "1", person[0], person[1], "2009.03.21", person[3], person[4], person[5], "0"], height=64)
    page.draw.rectangle((70, top, 140, page.y), fill="white", outline="black", width=3)  # merged down the side
    for k, ch in enumerate("家庭成员"):  # one character under another, read as one line
        page.draw.text((105, top + 22 + 30 * k), ch, font=page.font, fill="black", anchor="mm")
    page.lines.append(TextLine("家庭成员", (92, top + 8, 118, top + 128), 0.95))
    page.row([300, sum(widths) - 300], ["家庭困难情况", "因病致困"], height=120)
    cells = merge_digit_runs(page.cells())
    split = split_at_rulings(page.lines, cells)
    rows, _ = read_member_grid(lines_from_cells(split, cells), cells, split)
    got = [{k: r.value for k, r in row.items()} for row in rows]
    assert got == [{"姓名": person[0], "关系": person[1], "出生日期": "2009.03.21", "身份证号": person[3],
                    "人员身份": person[4], "医保状况": person[5], "月收入": "0"}]
