"""What stands beside a certificate's rows without being any of them: words printed top to bottom in the
margin (a carbon form's stub, "第二联 患者收执"), the holder's own labels on the band of a 低保证's member
list; and a 低保证's words for its monthly amount and its office as a stamp leaves them.

Pages are drawn with PIL (``test_papers_general.Sheet``), their truth known; the wordings are those of
REAL-DOCUMENTS.md (诊断证明书: 姓名, 性别, 年龄, 科别, 门诊号, 诊断, 处理意见, 医师签名, 日期; 低保证: 户主姓名,
身份证号, 家庭住址, 家庭人口, 保障人数, 月保障金额 (元), 证号, 发证机关, 有效期, a page listing the members).
Each page is classified and read as the pipeline does (``test_papers_general.read``).
"""

from __future__ import annotations

import pytest

from dangan.extractors.certificates import without_upright_text
from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine, union_box
from dangan.extractors.pipeline import gate

from .test_certificates_days import PATIENT, certificate
from .test_papers_general import TODAY, Sheet, check, read

STUB = "第二联患者收执"


def stub(sheet: Sheet, x: float, top: float, joined: tuple[tuple[int, int], ...]) -> None:
    """The stub's words drawn one character under the other at ``x``; ``joined`` names the runs of
    characters (start, end) OCR read as one text, a box taller than wide."""
    drawn = [sheet.text(ch, x, top + 40 * k) for k, ch in enumerate(STUB)]
    for start, end in joined:
        run = drawn[start:end]
        box = run[0].box
        for ln in run[1:]:
            box = union_box(box, ln.box)
        sheet.lines = [ln for ln in sheet.lines if ln not in run]
        sheet.lines.append(TextLine("".join(ln.text for ln in run), box, 0.95))


@pytest.mark.parametrize(
    "joined",
    [
        ((0, 7),),  # the whole stub one text
        ((1, 5),),  # "第" | "二联患者" | "收" | "执"
        (),  # every character a text of its own
    ],
)
def test_diagnosis_beside_a_stub_printed_top_to_bottom(joined: tuple[tuple[int, int], ...]) -> None:
    """The stub spans the rows of the 门诊号 and the diagnosis at the page's right edge: none of its words
    is read into the diagnosis, and the 门诊号's number is no diagnosis either."""
    sheet = certificate(
        number="门诊号：39762212",
        days=[("就诊日期", "2025.08.01")],
        items=["系统性红斑狼疮", "慢性胃炎"],
        issued="2025.08.02",
    )
    stub(sheet, 1560, 420, joined)
    got = read(sheet, "诊断证明")
    check(got, {**PATIENT, "诊断": "系统性红斑狼疮；慢性胃炎", "医师": "王立新", "出具日期": "2025-08-02"})


def test_a_tables_column_of_one_character_values_is_no_stub() -> None:
    """Characters stacked as close as one word's (a stub) go; a column of one-character values a row's
    spacing apart (男 | 女 | 子 in a dense list, rows 1.4 characters high) stays."""
    stacked = [TextLine(ch, (1500, 300 + 40 * k, 1540, 342 + 40 * k)) for k, ch in enumerate("患者收执")]
    column = [TextLine(ch, (600, 300 + 59 * k, 640, 342 + 59 * k)) for k, ch in enumerate("男女子")]
    assert without_upright_text(stacked + column) == column


MEMBERS = [("段建波", "户主", "130602198705141358"), ("秦佳凤", "配偶", "130602199203146188")]


@pytest.mark.parametrize("slope", [0.0, 0.03])
def test_dibao_list_beside_the_holders_labels(slope: float) -> None:
    """A card's face: the holder's rows on the left (户主姓名 | value | 性别 | value, then 身份证号码), the
    list of members on the right, its header (姓名 | 关系 | 身份证号) between the holder's two rows. The
    holder's labels on that band are no headers of the list: the list is read level (or along its own
    slope on a skewed copy), each member with the relation and number on their row."""
    s = Sheet()

    def at(text: str, x: float, y: float) -> None:
        s.text(text, x, y + slope * x)

    s.centred("城乡居民最低生活保障证", 140, 52)
    at("证号：13060220262870", 1000, 230)
    at("享受保障家庭成员", 1060, 300)
    at("户主姓名", 80, 330)
    at("段建波", 260, 330)
    at("性别", 420, 330)
    at("男", 530, 330)
    for text, x in (("姓名", 720), ("关系", 880), ("身份证号", 1180)):
        at(text, x, 385)
    at("身份证号码", 80, 480)
    at("130602198705141358", 260, 480)
    for k, (name, rel, number) in enumerate(MEMBERS):
        y = 460 + 50 * k
        at(name, 700, y)
        at(rel, 880, y)
        at(number, 1060, y)
    at("家庭人口", 80, 580)
    at("2人", 260, 580)
    at("保障人数", 420, 580)
    at("2人", 580, 580)
    at("月保障金（元）", 80, 640)
    at("1160.00", 330, 640)
    at("有效期至", 480, 640)
    at("2027.07.14", 640, 640)
    at("发证机关（盖章）", 1000, 760)
    at("保定市竞秀区民政", 1000, 830)  # the bureau's last character under the stamp's ink, unread
    ex = extract_fields("低保证", s.lines, today=TODAY)
    assert gate(ex) == []
    assert [(m.get("姓名"), m.get("关系"), m.get("身份证号")) for m in ex.members] == MEMBERS
    check(
        dict(ex.fields),
        {
            "姓名": "段建波",
            "证号": "13060220262870",
            "保障人数": 2,
            "月保障金额": 1160,
            "有效期": "2027-07-14",
            "发证机关": "保定市竞秀区民政局",
        },
    )


@pytest.mark.parametrize("slope", [0.0, 0.075])
def test_dibao_list_below_on_a_skewed_copy_with_the_holders_number_far_from_it(slope: float) -> None:
    """A booklet's two pages side by side, photographed at an angle: the right page (the holder's rows,
    the number far right of its label: 身份证号码 | …) straightened level, the list of members at the foot
    of the left page still sloping (about 4°, the photo's perspective). Levelled along the list's slope,
    the holder's number would move off its label's row: it is still the holder's field, no row of the
    list."""
    s = Sheet()

    def at(text: str, x: float, y: float) -> None:
        s.text(text, x, y + slope * x)

    s.text("编号：43020220261696", 880, 200)
    s.text("户主姓名", 920, 290)
    s.text("段建波", 1250, 290)
    s.text("身份证号码", 920, 370)
    s.text(MEMBERS[0][2], 1280, 370)
    s.text("最低生活保障证", 270, 400)
    s.text("保障人口", 920, 450)
    s.text("2人", 1260, 450)
    s.text("月保障金额（元）", 880, 530)
    s.text("1160元", 1250, 530)
    s.text("有效期限", 920, 610)
    s.text("2026-02-09至2029-02-09", 1140, 610)
    at("家庭成员（保障对象）", 280, 1170)
    for text, x in (("序号", 120), ("姓名", 225), ("与户主关系", 330), ("身份证号码", 550)):
        at(text, x, 1240)
    for k, (name, rel, number) in enumerate(MEMBERS):
        y = 1310 + 66 * k
        at(str(k + 1), 135, y)
        at(name, 215, y)
        at(rel, 350, y)
        at(number, 485, y)
    ex = extract_fields("低保证", s.lines, today=TODAY)
    assert gate(ex) == []
    assert [(m.get("姓名"), m.get("关系"), m.get("身份证号")) for m in ex.members] == MEMBERS
    check(dict(ex.fields), {"姓名": "段建波", "保障人数": 2, "月保障金额": 1160, "有效期": "2029-02-09"})
