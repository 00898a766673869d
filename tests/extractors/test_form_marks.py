"""Ways a form marks its options and totals, on pages drawn in the test (issue 8).

Each page is ruled and filled here (PIL + a CJK font, cells found by ``detect_grid``); the OCR lines are
placed where the drawing put the text, with the faults OCR makes on them: the ● inked over an option's
○ read after the word, a lost ●, ○ read as O or 0. Arrangements no reader was written against: ticks in
brackets before or after the words, a section heading that names a field, an option table whose
columns are the fields (次要 before 主要), a 合计 column closing the expenses, a narrative that names
other fields, an amount struck through and written again.
"""

from __future__ import annotations

import pytest

from dangan.extractors.fields import extract_fields, normalise_value
from dangan.schemas.normalise import fold_fullwidth

from .test_structure import TODAY, Page, _id

MARITAL = ["未婚", "已婚", "离异", "丧偶"]


def _extract(page: Page, boxes: list[tuple[tuple[int, int, int, int], bool]] | None = None) -> dict[str, object]:
    ex = extract_fields("建档申请表", page.lines, checkboxes=boxes, cells={0: page.cells()}, today=TODAY)
    return ex.fields


def _options(chosen: str, options: list[str], before: bool = False, tick: str = "√") -> str:
    """Options with a bracket each, the chosen one's holding the tick: 「已婚（√）」 or 「（√）已婚」."""
    marks = [f"（{tick if o == chosen else '  '}）" for o in options]
    return " ".join(m + o if before else o + m for o, m in zip(options, marks, strict=True))


def test_ticks_in_brackets_after_or_before_the_words() -> None:
    page = Page()
    page.row([300, 1100], ["姓名", "庞秀英"])
    page.row([300, 1100], ["婚姻情况", _options("离异", MARITAL)])
    page.row([300, 1100], ["困难类别", _options("地市级", ["全国级", "地市级"], before=True)])
    page.row([300, 1100], ["户口类型", _options("农业", ["非农业", "农业"], tick="V")])
    f = _extract(page)
    assert f["婚姻状况"] == "离异" and f["困难类别"] == "地市级" and f["户口类型"] == "农业"


def test_a_tick_in_brackets_whose_closing_bracket_was_lost() -> None:
    page = Page()
    page.row([300, 1100], ["婚姻情况", "未婚（ ）已婚（√离异（ ）丧偶（ ）"])
    page.row([300, 1100], ["四个一批措施", "就业创业发展（ ） 社会救助兜底（√"])
    f = _extract(page)
    assert f["婚姻状况"] == "已婚" and f["四个一批措施"] == "社会救助兜底"


def test_a_tick_in_brackets_wins_over_the_box_the_image_found_there() -> None:
    """The brackets round a tick look like a ticked box to the image; OCR reads each option with its
    brackets apart, and the box, nearer the next word than the start of its own, would go to the word
    after it. The text binds it to the word it follows."""
    page = Page()
    top = page.y
    page.row([300, 1100], ["婚姻情况", ""])
    pieces, x = [], page.left + 320
    for o in MARITAL:
        ln = page.text(o + ("（√）" if o == "已婚" else "（  ）"), x, top + 35)
        pieces.append(ln)
        x = ln.box[2] + 40
    tick = pieces[1]
    box = (int(tick.box[2] - 0.3 * (tick.box[2] - tick.box[0])), int(tick.box[1]), int(tick.box[2]), int(tick.box[3]))
    assert _extract(page, [(box, True)])["婚姻状况"] == "已婚"


def test_a_filled_mark_read_after_the_word_it_was_inked_over() -> None:
    """○ printed before each option, the chosen one's ○ inked ●: OCR reads the ● after the word."""
    page = Page()
    page.row([420, 1000], ["婚姻状况", "○未婚 ○已婚 ○离异 ○丧偶●"])
    page.row([420, 280, 420, 300], ["是否有一定自救能力", "○是● ○否", "是否为零就业家庭", "○是 ○否●"])
    page.row([420, 1000], ["户口类型", "○非农业● ○农业"])
    f = _extract(page)
    assert f["婚姻状况"] == "丧偶" and f["户口类型"] == "非农业"
    assert f["是否有一定自救能力"] is True and f["是否为零就业家庭"] is False


@pytest.mark.parametrize("heading", ["三、致困原因及家庭收支情况", "三致困原因及家庭收支情况"])  # the 、 lost
def test_a_section_heading_that_names_a_field_pairs_nothing(heading: str) -> None:
    page = Page()
    page.row([1400], [heading])
    page.row([300, 1100], ["主要致困原因", _options("子女上学", ["本人大病", "子女上学", "其他"])])
    page.row([1400], ["四、家庭成员情况"])
    assert _extract(page)["主要致困原因"] == "子女上学"


def _cause_table(page: Page, rows: list[tuple[str, str, str]], heads: list[str]) -> None:
    """致困原因 | heads[0] | heads[1], a row per cause with the marks under each head."""
    w = [420, 330, 330]
    page.row(w, ["致困原因", *heads])
    for cause, a, b in rows:
        page.row(w, [cause, a, b], height=60)


def test_options_as_rows_and_the_fields_as_columns() -> None:
    page = Page()
    page.row([300, 1100], ["姓名", "钱秀梅"])
    _cause_table(
        page,
        [("本人大病", "○", "○"), ("下岗失业", "O", "●"), ("收入低", "●", "○"), ("子女上学", "●", "0"),
         ("重大事故", "○", "○")],
        ["次要致困原因（0-3项）", "*主要致困原因（单选）"],
    )
    f = _extract(page)
    assert f["主要致困原因"] == "下岗失业" and f["次要致困原因"] == ["收入低", "子女上学"]


def test_options_as_rows_a_lost_filled_mark() -> None:
    """OCR read every empty ○ of the 主要 column but not the ●: the row whose mark the 次要 column shows
    and this column lost is the one marked; a row read in neither column says nothing."""
    page = Page()
    _cause_table(
        page,
        [("本人大病", "○", "○"), ("收入低", "", ""), ("自然灾害", "○", "○"), ("重大事故", "", "○"),
         ("子女上学", "○", "○")],
        ["主要致困原因", "次要致困原因"],
    )
    f = _extract(page)
    assert f["主要致困原因"] == "重大事故" and f["次要致困原因"] == []


def test_the_total_column_of_the_expenses() -> None:
    """必要性支出 merged down two rows, its parts then 合计 in a header row, the amounts under them."""
    page = Page()
    page.row([300, 1100], ["姓名", "钱秀梅"])
    top = page.y
    w = [300, 260, 260, 330, 250]
    page.row(w, ["", "教育费用", "医疗费用", "其他生活致困必要支出", "合计"])
    page.row(w, ["", "3000", "12500", "", "15500"])
    # the label cell merged down both rows
    page.draw.rectangle((page.left, top, page.left + 300, page.y), fill="white", outline="black", width=3)
    page.text("必要性支出（元）", page.left + 12, (top + page.y) / 2)
    assert _extract(page)["年度必要支出"] == 15500


def test_a_narrative_under_its_label_that_names_other_fields() -> None:
    text = "家庭共2人，配偶失业，本人月收入1800元，家庭年收入21600元，年支出约9000元。"
    page = Page()
    page.row([1400], ["困难情况说明"])
    page.row([1400], [text], height=90)
    page.row([300, 1100], ["姓名", "钱秀梅"])
    f = _extract(page)
    assert fold_fullwidth(str(f["困难情况说明"])) == fold_fullwidth(text)


def test_an_amount_struck_through_and_written_again() -> None:
    assert normalise_value("年度必要支出", "67009700") == (9700, 0.8)
    assert normalise_value("本人月平均收入", "185000")[0] == 1850  # 1850.00, its point lost
    assert normalise_value("年度必要支出", "9700") == (9700, 1.0)
    assert _id("13060219841127949")  # the helpers import


BLOCK_MEMBERS = [
    ("石峰健", "配偶", "男", _id("34122119820312145"), "2010", "已婚"),
    ("赵月", "女儿", "女", _id("34122120120925212"), "0", "未婚"),
]


def _member_blocks(page: Page, split_id: bool, colon: str = "：") -> None:
    """Each member a block of 「label：value」 cells, three lines of them, 成员N merged down the left; the ID
    in grouped digit boxes after its label, the last group (``split_id``) cut off with the next cell; the
    colons of the first lines as ``colon`` (OCR often loses them)."""
    w = [110, 380, 420, 330, 320]
    for i, (name, rel, sex, idn, inc, marital) in enumerate(BLOCK_MEMBERS):
        top = page.y
        page.row(w, ["", f"*姓名{colon}{name}", f"*关系（是户主的）{colon}{rel}", f"性别{colon}{sex}", f"民族{colon}汉族"],
                 align="left")
        if split_id:
            cells = page.row([110, 560, 570, 320], ["", "", "", "政治面貌：群众"], align="left")
            page.text(f"*身份证号：{idn[:6]} {idn[6:14]}", cells[1][0] + 10, (cells[1][1] + cells[1][3]) / 2)
            page.text(f"{idn[14:]}出生日期：{idn[6:10]}-{idn[10:12]}-{idn[12:14]}", cells[2][0] + 10,
                      (cells[2][1] + cells[2][3]) / 2)
        else:
            page.row([110, 1130, 320], ["", f"*身份证号：{idn[:17]}×" if idn.endswith("X") else f"*身份证号：{idn}",
                                        "政治面貌：群众"], align="left")
        page.row(w, ["", f"*月收入：{inc}", "*健康状况：健康", f"*婚姻状况：{marital}", "*人员身份：在职"], align="left")
        page.draw.rectangle((page.left, top, page.left + 110, page.y), fill="white", outline="black", width=3)
        page.text(f"成员{i + 1}", page.left + 8, (top + page.y) / 2)
        page.y += 20


@pytest.mark.parametrize("colon", ["：", ""])
def test_member_blocks_with_the_id_in_grouped_boxes(colon: str) -> None:
    """Read as a member table, the block's first line (labels with values glued on) is a header and the
    rows under it hold labels; the blocks hold the people."""
    page = Page()
    page.row([1560], ["家庭成员信息"])
    _member_blocks(page, split_id=True, colon=colon)
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    assert [(m.get("姓名"), m.get("关系"), m.get("身份证号"), m.get("月收入")) for m in ex.members] == [
        (name, rel, idn, int(inc)) for name, rel, _sex, idn, inc, _m in BLOCK_MEMBERS
    ]


def test_an_id_check_digit_x_read_as_the_multiplication_sign() -> None:
    idn = _id("43030220181015642")
    assert idn.endswith("X")  # the number this test needs
    assert normalise_value("身份证号", idn[:17] + "×") == (idn, 1.0)


def test_a_helper_named_twice_the_first_attempt_struck_through() -> None:
    assert normalise_value("帮扶联系人", "方莉方莉凤") == ("方莉凤", 0.9)
    assert normalise_value("帮扶联系人", "方莉凤") == ("方莉凤", 1.0)


def test_a_phone_number_struck_through_and_written_again() -> None:
    assert normalise_value("手机号码", "18777429070 18773429670") == ("18773429670", 0.9)
    assert normalise_value("手机号码", "1877742907018773429670") == ("18773429670", 0.9)  # the space lost
    # two numbers of one household are both kept as read (the gate asks a person)
    assert normalise_value("手机号码", "13905712345 15867003321") == ("1390571234515867003321", 1.0)
