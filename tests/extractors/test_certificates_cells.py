"""A certificate's ruled cells and columns as the readers use them: a value written anywhere in the ruled cell
beside its label (诊断 centred in a tall cell, the diagnoses at the cell's top), a member list's column headers
(a one-character 女 under 性别 is no relation), and a card's term under its city's own label (…期限).

Pages are drawn with PIL (``test_papers_general.Sheet``), their truth known; the wordings are those of
REAL-DOCUMENTS.md (诊断证明书: 姓名, 性别, 年龄, 科别, 门诊号, 诊断, 处理意见, 医师签名, 日期; 低保证: 户主姓名, 身份证号,
家庭住址, 保障人数, 月保障金额 (元), 证号, 发证机关, 有效期, a page listing the members). Each page is read as
the pipeline does (``test_papers_general.read``: the grid found on the drawn image).
"""

from __future__ import annotations

import pytest

from dangan.extractors.certificates import value_cell
from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
from dangan.extractors.pipeline import gate

from .test_papers_general import SIZE, TODAY, Sheet, check, cjk_font, read


def ruled_certificate(items: list[str], at_top: bool, label_cell: bool = True, value_ruled: bool = True) -> Sheet:
    """A hospital's ruled form: the patient's row, then 诊断 centred in a tall label cell with the items
    written from the top of the cell beside it (``at_top``) or about its middle, then 处理意见 and the
    doctor's row with the date. ``label_cell``: the label column's rulings drawn (else lost, as on a photo);
    ``value_ruled``: the diagnosis cell's own rulings drawn (else only the label's cell is found)."""
    s = Sheet()
    s.ruled = True
    s.centred("湘潭市第一人民医院", 120, 56)
    s.centred("诊断证明书", 210, 52)
    s.text("门诊号：39762212", 160, 290)
    s.text("科别：内分泌科", 900, 290)
    x0, xl, x1 = 140, 400, 1500

    def box(a: float, top: float, b: float, bottom: float) -> None:
        s.draw.rectangle((a, top, b, bottom), outline="black", width=3)

    def centred(text: str, a: float, b: float, y: float) -> None:
        w = s.draw.textlength(text, font=cjk_font(SIZE))
        s.text(text, a + (b - a - w) / 2, y)

    top = 340
    for a, b, text in ((x0, xl, "姓名"), (xl, 820, ""), (820, 960, "性别"), (960, 1100, ""), (1100, 1240, "年龄"),
                       (1240, x1, "")):
        box(a, top, b, top + 90)
        if text:
            centred(text, a, b, top + 45)
    for a, value in ((xl, "罗桂英"), (960, "女"), (1240, "61岁")):
        s.text(value, a + 30, top + 45)
    top += 90
    height = 480
    if label_cell:
        box(x0, top, xl, top + height)
    if value_ruled:
        box(xl, top, x1, top + height)
    centred("诊  断", x0, xl, top + height / 2)
    y = top + 60 if at_top else top + height / 2 - 62 * (len(items) - 1) / 2
    for item in items:
        s.text(item, xl + 30, y)
        y += 62
    top += height
    box(x0, top, xl, top + 300)
    box(xl, top, x1, top + 300)
    centred("处理意见", x0, xl, top + 150)
    s.text("低糖饮食，定期复查。", xl + 30, top + 60)
    top += 300
    box(x0, top, xl, top + 110)
    box(xl, top, x1, top + 110)
    centred("医师签名", x0, xl, top + 55)
    s.text("王立新", xl + 30, top + 55)
    s.text("日期：2025年8月2日", 950, top + 55)
    return s


@pytest.mark.parametrize(
    ("items", "at_top", "label_cell", "value_ruled", "want"),
    [
        (["糖尿病"], True, True, True, "糖尿病"),  # one item at the cell's top, far above the label's row
        (["1. 糖尿病", "2. 高血压病"], True, True, True, "糖尿病；高血压病"),
        (["1. 糖尿病", "2. 高血压病", "3. 慢性胃炎"], False, True, True, "糖尿病；高血压病；慢性胃炎"),
        (["1. 糖尿病", "2. 高血压病"], True, False, True, "糖尿病；高血压病"),  # the label's own cell not found
        # written from the cell's top, the last item on the label's row: the three above it are no less of it
        (["1. 糖尿病", "2. 高血压病", "3. 慢性胃炎", "4. 骨质疏松症"], True, True, True, "糖尿病；高血压病；慢性胃炎；骨质疏松症"),
        (["1. 糖尿病", "2. 高血压病"], True, True, False, "糖尿病；高血压病"),  # only the label's cell found
    ],
)
def test_diagnosis_anywhere_in_the_ruled_cell_beside_its_label(
    items: list[str], at_top: bool, label_cell: bool, value_ruled: bool, want: str
) -> None:
    got = read(ruled_certificate(items, at_top, label_cell, value_ruled), "诊断证明")
    check(got, {"姓名": "罗桂英", "性别": "女", "年龄": 61, "科别": "内分泌科", "诊断": want, "医师": "王立新",
                "出具日期": "2025-08-02"})


def test_value_cell_is_the_cell_right_of_the_labels_own() -> None:
    """The cell right of the label's cell, spanning its row; none when nothing is ruled beside it."""
    label = TextLine("诊断", (200, 480, 280, 520), 0.9)
    cells = [(100, 300, 400, 700), (400, 300, 1500, 700), (400, 700, 1500, 900)]
    assert value_cell(label, cells) == (400, 300, 1500, 700)
    assert value_cell(label, cells[:1]) is None
    assert value_cell(label, cells[1:]) == (400, 300, 1500, 700)  # its own cell lost: the nearest right of it
    # the value's rulings lost: the band of the label cell's rows out to the print's right edge
    assert value_cell(label, cells[:1], right=1450) == (400, 300, 1450, 700)


HOLDER = ("江玉", "430102198803215641")


@pytest.mark.parametrize("term", ["保障期限", "救助期限", "有效期限"])
def test_dibao_relation_under_its_header_and_term_under_its_citys_label(term: str) -> None:
    """A booklet's spread: the holder's rows left (户主 | 江玉, 性别 | 女, the term 自…至… under the city's
    own label), the list of members right with a 性别 column after the relation's. The member's 女 under the
    性别 header is no relation (女 alone is a possible one: 女儿's short form); the term's end is 有效期."""
    s = Sheet()
    s.centred("最低生活保障金领取证", 120, 48)
    s.text("证号：43010220265240", 80, 200)
    s.text("户主", 80, 280)
    s.text(HOLDER[0], 260, 280)
    s.text("性别", 80, 350)
    s.text("女", 260, 350)
    s.text("身份证号码", 80, 420)
    s.text(HOLDER[1], 260, 420)
    s.text("救助人数", 80, 490)
    s.text("1人", 260, 490)
    s.text("月保障金额", 80, 560)
    s.text("880元", 300, 560)
    s.text(term, 80, 630)
    s.text("自2026年3月2日至2027年3月1日", 260, 630)
    s.text("发证单位（盖章）", 80, 720)
    s.text("长沙市芙蓉区民政局", 80, 780)
    for text, x in (("姓名", 880), ("与户主关系", 1000), ("性别", 1180), ("公民身份号码", 1300)):
        s.text(text, x, 280)
    s.text(HOLDER[0], 880, 350)
    s.text("户主", 1010, 350)
    s.text("女", 1190, 350)
    s.text(HOLDER[1], 1270, 350, 28)
    ex = extract_fields("低保证", s.lines, today=TODAY)
    assert gate(ex) == []
    assert ex.members == [{"姓名": HOLDER[0], "关系": "户主", "身份证号": HOLDER[1]}]
    check(dict(ex.fields), {"姓名": HOLDER[0], "证号": "43010220265240", "保障人数": 1, "月保障金额": 880,
                            "有效期": "2027-03-01", "发证机关": "长沙市芙蓉区民政局"})
