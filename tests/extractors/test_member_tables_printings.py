"""Member tables as other units print them, drawn in the test with known truth (session 12, issue 8).

REAL-DOCUMENTS: each unit prints the forms from its own Word file, rows added or dropped; filling is by
hand, corrections crossed out. Each test draws one arrangement (cells found by ``detect_grid``, OCR lines
where the drawing put the text, with the texts real OCR gave for struck-through attempts) and the whole
form is read by ``extract_fields``:

- a member table printed on its side (a column a member) with rows of the household's among the member's
  (其它联系方式, 家庭住址, 备注, a wording no reader knows) ruled alike: the member rows after them are the
  same table;
- values written again after a first attempt struck through, the stroke garbling the attempt for OCR
  ("在中在职", "土沙市实验手 长沙市实验小学", "4026 2026", "禅波谭波峰").
"""

from __future__ import annotations

from dangan.extractors.fields import normalise_value

from .test_member_tables_unseen import _after, _applicant, _extract
from .test_structure import Page, _id

MEMBERS = [
    {
        "姓名": "朱慧怡",
        "关系": "配偶",
        "身份证号": _id("13060219881004190"),
        "月收入": "2050",
        "人员身份": "在职",
        "单位或学校": "保定纺织厂",
    },
    {
        "姓名": "叶磊宁",
        "关系": "儿子",
        "身份证号": _id("13060220120901953"),
        "月收入": "0",
        "人员身份": "在读",
        "单位或学校": "保定市第一中学",
    },
]


def _on_its_side(page: Page, rows: list[tuple[str, dict[str, str] | None]], columns: int = 3) -> None:
    """One ruled row a label: the label, then a cell a member (the last ones empty); ``None`` for a row the
    members leave empty."""
    widths = [330] + [360] * columns
    for label, key in rows:
        values = [m.get(key[label], "") if key else "" for m in MEMBERS] if key is not None else []
        page.row(widths, [label, *values, *[""] * (columns - len(values))])


def _got(ex: object, keys: tuple[str, ...]) -> list[tuple[object, ...]]:
    return [tuple(m.get(k) for k in keys) for m in ex.members]  # type: ignore[attr-defined]


def _want(keys: tuple[str, ...]) -> list[tuple[object, ...]]:
    return [tuple(int(m[k]) if k == "月收入" else m[k] for k in keys) for m in MEMBERS]


KEYS = ("姓名", "关系", "身份证号", "月收入", "人员身份", "单位或学校")
SAME = {k: k for k in KEYS}


def test_a_table_on_its_side_goes_on_past_a_household_row_ruled_alike() -> None:
    """The national form's order as a unit printed it: 其它联系方式 (no member field) among the member's."""
    page = Page()
    _applicant(page)
    page.row([1410], ["家庭成员信息"])
    _on_its_side(
        page,
        [
            ("*姓名", {"*姓名": "姓名"}),
            ("*关系（是户主的）", {"*关系（是户主的）": "关系"}),
            ("*身份证号", {"*身份证号": "身份证号"}),
            ("*月收入", {"*月收入": "月收入"}),
            ("其它联系方式", None),
            ("*人员身份", {"*人员身份": "人员身份"}),
            ("单位或学校", {"单位或学校": "单位或学校"}),
            ("备注", None),
        ],
    )
    _after(page)
    ex = _extract(page)
    assert _got(ex, KEYS) == _want(KEYS)
    assert ex.fields["姓名"] == "叶志俊" and ex.fields["主要致困原因"] == "本人大病"  # type: ignore[attr-defined]


def test_a_table_on_its_side_goes_on_past_two_rows_no_reader_knows() -> None:
    """An arrangement not tuned on: two foreign rows together (a wording no label list holds, then 家庭住址),
    the member's labels in another order and wording."""
    page = Page()
    _applicant(page)
    _on_its_side(
        page,
        [
            ("与申请人关系", {"与申请人关系": "关系"}),
            ("姓名", {"姓名": "姓名"}),
            ("公民身份号码", {"公民身份号码": "身份证号"}),
            ("微信号", None),
            ("家庭住址", None),
            ("身份", {"身份": "人员身份"}),
            ("单位或学校名称", {"单位或学校名称": "单位或学校"}),
            ("月收入（元）", {"月收入（元）": "月收入"}),
        ],
        columns=4,
    )
    _after(page)
    ex = _extract(page)
    assert _got(ex, KEYS) == _want(KEYS)


def test_a_table_on_its_side_ends_at_the_forms_rows_ruled_alike() -> None:
    """The guard: rows after the table ruled like it that hold labels beside their values (建档人 | 沈帆 |
    审核人 | 马燕娜) are the form's, not the table's, and what follows them is not read as a member's."""
    page = Page()
    _applicant(page)
    _on_its_side(
        page, [("姓名", {"姓名": "姓名"}), ("关系", {"关系": "关系"}), ("身份证号", {"身份证号": "身份证号"})]
    )
    page.row([330, 360, 360, 360], ["建档人", "沈帆", "审核人", "马燕娜"])
    page.row([330, 360, 360, 360], ["月收入", "2050", "", ""])
    _after(page)
    ex = _extract(page)
    keys = ("姓名", "关系", "身份证号", "月收入")
    assert _got(ex, keys) == [(m["姓名"], m["关系"], m["身份证号"], None) for m in MEMBERS]


def test_values_written_again_after_a_struck_through_attempt() -> None:
    """OCR's readings of struck attempts (first then the value), in a member table with a header row."""
    page = Page()
    _applicant(page)
    widths = [230, 160, 420, 170, 170, 260]
    page.row(widths, ["姓名", "关系", "身份证号", "身份", "入学年份", "单位或学校"])
    rows = [
        ["禅波谭波峰", "儿子", MEMBERS[1]["身份证号"], "在中在职", "", "土沙市实验手 长沙市实验小学"],
        ["朱慧怡", "配偶", MEMBERS[0]["身份证号"], "在丹在读", "4026 2026", "在宿和餐 住宿和餐饮"],
    ]
    for r in rows:
        page.row(widths, r)
    _after(page)
    ex = _extract(page)
    got = _got(ex, ("姓名", "人员身份", "入学年份", "单位或学校"))
    assert got == [("谭波峰", "在职", None, "长沙市实验小学"), ("朱慧怡", "在读", "2026", "住宿和餐饮")]


def test_values_that_only_look_written_twice_stay_as_written() -> None:
    """The guard: a unit's name repeating its start, a four-character name, a place before a school."""
    assert normalise_value("单位或学校", "中建中铁")[0] == "中建中铁"
    assert normalise_value("单位或学校", "长沙市 长沙县第一中学")[0] == "长沙市 长沙县第一中学"
    assert normalise_value("姓名", "欧阳娜娜")[0] == "欧阳娜娜"
    assert normalise_value("姓名", "司马相如")[0] == "司马相如"
    assert normalise_value("人员身份", "退休")[0] == "退休"
    assert normalise_value("家庭住址", "长沙市 长沙县星沙街道1号")[0] == "长沙市 长沙县星沙街道1号"


def test_a_table_on_its_side_goes_on_past_a_row_merged_across_the_members() -> None:
    """Not tuned on: the household's row printed as one cell across every member's column."""
    page = Page()
    _applicant(page)
    _on_its_side(
        page, [("姓名", {"姓名": "姓名"}), ("关系", {"关系": "关系"}), ("身份证号", {"身份证号": "身份证号"})]
    )
    page.row([330, 1080], ["备注", "以上情况属实"])
    _on_its_side(page, [("月收入", {"月收入": "月收入"}), ("人员身份", {"人员身份": "人员身份"})])
    _after(page)
    ex = _extract(page)
    keys = ("姓名", "关系", "身份证号", "月收入", "人员身份")
    assert _got(ex, keys) == _want(keys)
