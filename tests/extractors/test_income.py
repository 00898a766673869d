"""收入证明 on positioned text (no OCR): the 河北 附件3 sentence form and an employer payslip table."""

from __future__ import annotations

from datetime import date

import pytest

from dangan.extractors.fields import extract_fields
from dangan.extractors.freetext import read_income_sentence
from dangan.extractors.layout import TextLine
from dangan.schemas.normalise import parse_date

TODAY = date(2026, 9, 1)


def sentence_form(employer_y0: int, *, employer: str | None = "北方示例机械有限公司") -> list[TextLine]:
    """附件3 at 300 dpi: the unit's name in the blank above "（劳资部门盖章）", no label."""
    lines = [
        TextLine("附件3", (236, 196, 334, 233), 1.0),
        TextLine("职工（家庭成员）工资收入证明", (744, 441, 1736, 511), 1.0),
        TextLine(
            "赵一平 同志是我单位职工（或聘用人员），其前12_个月的月均工资为4100元，月",
            (331, 707, 2159, 763),
            0.98,
        ),
        TextLine("均实发工资3500元，年收入为42000元。", (295, 814, 1281, 867), 0.99),
        TextLine("本单位所提供的以上证明内容属实。", (390, 994, 1146, 1042), 1.0),
        TextLine("经办人（签名）：钱二", (390, 1228, 966, 1282), 1.0),
        TextLine("联系电话：0311-81234567", (390, 1372, 1004, 1420), 1.0),
        TextLine("（劳资部门盖章）", (1181, 1774, 1559, 1821), 1.0),
        TextLine("2025-07=22", (1358, 1916, 1613, 1963), 0.96),
    ]
    if employer:
        lines.append(TextLine(employer, (1181, employer_y0, 1727, employer_y0 + 49), 1.0))
    return lines


def test_sentence_form_high_resolution_employer_and_blanks() -> None:
    ex = extract_fields("收入证明", sentence_form(1655), today=TODAY)
    f = ex.fields
    assert f["工作单位"] == "北方示例机械有限公司"  # box gap 70 px = 1.5 line heights, centres 2.5 apart
    assert f["统计月数"] == 12  # "12_个月": the blank's underline read next to the number
    assert (f["月均工资"], f["月均实发工资"], f["年收入"]) == (4100, 3500, 42000)
    assert f["出具日期"] == "2025-07-22"  # "07=22": the hyphen read as "="
    assert f["姓名"] == "赵一平"
    assert f["经办人"] == "钱二"


def test_sentence_form_empty_blank_takes_no_sentence_as_employer() -> None:
    lines = [ln for ln in sentence_form(0, employer=None) if "劳资" not in ln.text]
    lines.append(TextLine("（劳资部门盖章）", (390, 1100, 768, 1147), 1.0))  # right under 属实。
    ex = extract_fields("收入证明", lines, today=TODAY)
    assert "工作单位" not in ex.fields


def test_sentence_form_far_line_is_not_the_employer() -> None:
    ex = extract_fields("收入证明", sentence_form(1400), today=TODAY)  # 4 line heights above: another block
    assert "工作单位" not in ex.fields


def payslip(rows: list[tuple[str, str, str, str]], *, average: tuple[str, str, str] | None) -> list[TextLine]:
    """A typed 工资发放明细: 月份 | 应发 | 扣款 | 实发, an optional 月均 row, a summary sentence."""
    xs = (255, 622, 965, 1294)
    lines = [
        TextLine("南方示例纺织有限公司", (580, 152, 1076, 199), 1.0),
        TextLine("职工工资发放明细(收入证明)", (552, 234, 1076, 276), 0.94),
        TextLine("姓名：孙三", (151, 327, 343, 371), 1.0),
        TextLine("工作单位：南方示例纺织有限公司", (707, 327, 1187, 364), 1.0),
        TextLine("月份", (290, 424, 360, 475), 1.0),
        TextLine("应发工资（元）", (569, 426, 737, 470), 0.96),
        TextLine("扣款（元)", (925, 426, 1049, 471), 0.84),
        TextLine("实发工资（元）", (1239, 426, 1405, 470), 0.89),
    ]
    y = 492
    for row in rows:
        for x, text in zip(xs, row, strict=True):
            if text:
                lines.append(TextLine(text, (x, y, x + 20 * len(text) + 30, y + 44), 0.99))
        y += 59
    if average:
        lines.append(TextLine("月均", (292, y, 360, y + 50), 1.0))
        for x, text in zip(xs[1:], average, strict=True):
            lines.append(TextLine(text, (x, y, x + 72, y + 50), 1.0))
        y += 59
    n = len(rows)
    lines += [
        TextLine(
            f"统计月数{n}个月。月均实发工资2400元，年收入28800元。特此证明。",
            (153, y + 120, 1039, y + 156),
            1.0,
        ),
        TextLine("经办人·周四 联系电话0311-86771707", (151, y + 210, 716, y + 250), 0.98),
        TextLine("出具日期2026.0224", (941, y + 350, 1235, y + 387), 0.98),
    ]
    return lines


MONTHS = [
    ("2025年10月", "2950", "520", "2430"),
    ("2025年11月", "2890", "510", "2380"),
    ("2025年12月", "2960", "570", "2390"),
]


def test_payslip_average_row_gives_gross() -> None:
    ex = extract_fields("收入证明", payslip(MONTHS, average=("2933", "533", "2400")), today=TODAY)
    f = ex.fields
    assert f["月均工资"] == 2933  # only the table prints the gross average
    assert f["月均实发工资"] == 2400
    assert f["统计月数"] == 3
    assert f["工作单位"] == "南方示例纺织有限公司"
    assert f["经办人"] == "周四"  # the colon read as a middle dot
    assert f["出具日期"] == "2026-02-24"  # "2026.0224": the second separator lost
    assert ex.boxes["月均工资"][1][0] == 622


def test_payslip_without_average_row_takes_the_column_mean() -> None:
    ex = extract_fields("收入证明", payslip(MONTHS, average=None), today=TODAY)
    assert ex.fields["月均工资"] == round((2950 + 2890 + 2960) / 3, 2)
    assert ex.confidence["月均工资"] < 0.9  # a computed value, less sure than a printed one


def test_payslip_mean_needs_every_month_cell() -> None:
    rows = [*MONTHS[:2], ("2025年12月", "", "570", "2390")]
    ex = extract_fields("收入证明", payslip(rows, average=None), today=TODAY)
    assert "月均工资" not in ex.fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026.0224", date(2026, 2, 24)),
        ("202604-13", date(2026, 4, 13)),
        ("2026 04-13", date(2026, 4, 13)),
        ("2026-0413", date(2026, 4, 13)),
        ("2026.1345", None),
        ("202613-01", None),
        ("2003-07", date(2003, 7, 1)),
    ],
)
def test_parse_date_with_a_lost_separator(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_sentence_date_fallback_ignores_months_and_phones() -> None:
    text = "统计月数3个月。\n2025年11月\n2960\n经办人：周四 联系电话19912345678\n出具日期2026 04-13"
    assert read_income_sentence(text)["出具日期"] == "2026-04-13"
    assert "出具日期" not in read_income_sentence("2025年11月\n2960\n联系电话19912345678")


# --- letters and payslips of other units (any wording, any column set) --------------------------


def _table(
    header: list[str], rows: list[list[str]], x0: int = 100, dx: int = 180, y0: int = 400
) -> list[TextLine]:
    out = [TextLine("工资发放明细", (300, 200, 700, 250), 0.99)]
    for r, cells in enumerate([header, *rows]):
        y = y0 + r * 60
        for c, text in enumerate(cells):
            if text:
                out.append(TextLine(text, (x0 + c * dx, y, x0 + c * dx + 8 * len(text) + 40, y + 36), 0.97))
    return out


def test_letter_with_monthly_average_wording() -> None:
    lines = [
        TextLine("收入证明", (800, 200, 1100, 260), 0.99),
        TextLine("兹证明王小红同志（身份证号：略）系我单位职工，近六个月", (200, 400, 2000, 450), 0.97),
        TextLine("月平均工资为人民币3,260元，年收入约39120元。", (200, 470, 1500, 520), 0.98),
        TextLine("特此证明。", (200, 560, 500, 610), 0.99),
    ]
    f = extract_fields("收入证明", lines, today=TODAY).fields
    assert f["姓名"] == "王小红" and f["月均工资"] == 3260 and f["年收入"] == 39120


@pytest.mark.parametrize(
    ("header", "rows", "gross", "net"),
    [
        # gross and net columns, no summary row: the means of the month rows
        (
            ["月份", "基本工资", "绩效", "应发", "扣款", "实发"],
            [
                ["2025年1月", "2000", "800", "2800", "300", "2500"],
                ["2025年2月", "2000", "1000", "3000", "300", "2700"],
            ],
            2900,
            2600,
        ),
        # a 月均 row closes the table: its values are taken as printed
        (
            ["月份", "应发工资", "实发工资"],
            [["2025-03", "3100", "2800"], ["2025-04", "3300", "3000"], ["月均", "3200", "2900"]],
            3200,
            2900,
        ),
        # no gross column: the sum of the parts; no net column: gross − deductions; a 合计 row / months
        (
            ["月份", "岗位工资", "补贴", "代扣"],
            [["5月", "2500", "300", "200"], ["6月", "2700", "300", "200"], ["合计", "5200", "600", "400"]],
            2900,
            2700,
        ),
    ],
)
def test_payslips_with_other_column_sets(
    header: list[str], rows: list[list[str]], gross: float, net: float
) -> None:
    f = extract_fields("收入证明", _table(header, rows), today=TODAY).fields
    assert f["月均工资"] == gross and f["月均实发工资"] == net


def test_a_years_payslips_with_their_total_row_give_the_years_take_home_pay() -> None:
    months = [[f"2025.{m:02d}", "4800", "1000", "3800"] for m in range(1, 13)]
    year = _table(["月份", "应发合计", "代扣合计", "实发金额"], [*months, ["合计", "57600", "12000", "45600"]])
    f = extract_fields("收入证明", year, today=TODAY).fields
    assert f["统计月数"] == 12 and f["月均实发工资"] == 3800 and f["年收入"] == 45600
    half = _table(["月份", "应发合计", "代扣合计", "实发金额"], [*months[:6], ["合计", "28800", "6000", "22800"]])
    assert "年收入" not in extract_fields("收入证明", half, today=TODAY).fields  # six months are no year


@pytest.mark.parametrize(
    "rows",
    [
        # a note in brackets after the sum's words, its closing bracket lost to the copy, and the next sum's
        # words ending the line (their sum on the next line)
        ["兹证明夏林俊同志系我单位职工。该同志近6个月月平均工资(税前4060元，月均实发工资",
         "3120元，年收入约37440元。"],
        # the notes whole, the sums on one line each
        ["兹证明夏林俊同志系我单位职工，近6个月",
         "月平均工资（税前）为4060元，", "月均实发工资（税后）3120元，年收入（税前）约37440元。"],
    ],
)
def test_letter_sums_with_a_note_in_brackets(rows: list[str]) -> None:
    """A letter's sums each right after its words, a note in brackets between (（税前）, （税后）): the sum
    after the words, not the next line's sum a label inside the sentence was paired with."""
    lines = [TextLine("收入证明", (800, 200, 1100, 260), 0.99)]
    lines += [TextLine(t, (200, 400 + 90 * i, 200 + 40 * len(t), 450 + 90 * i), 0.98) for i, t in enumerate(rows)]
    f = extract_fields("收入证明", lines, today=TODAY).fields
    assert (f["月均工资"], f["月均实发工资"], f["年收入"]) == (4060, 3120, 37440)


@pytest.mark.parametrize(
    ("header", "rows", "gross", "net"),
    [
        # the gross and net headers each read with a character wrong (应友工资, 实友工资), the pay parts beside
        (
            ["工资月份", "岗位工资", "津贴补贴", "应友工资", "扣款合计", "实友工资"],
            [["2025.08", "2680", "1550", "4230", "720", "3510"], ["2025.09", "3010", "1260", "4270", "790", "3480"],
             ["月均", "2845", "1405", "4250", "755", "3495"]],
            4250,
            3495,
        ),
        # another column set: the total's header misread (工资总颔), the net's printed as 实领; no 月均 row
        (
            ["年月", "工资总颔", "代扣", "实领"],
            [["2025-03", "3100", "300", "2800"], ["2025-04", "3300", "300", "3000"]],
            3200,
            2900,
        ),
        # a deductions header one character from the gross's (应扣工资 / 应发工资) stays the deductions: the gross is
        # the sum of the parts
        (
            ["月份", "基本工资", "绩效", "应扣工资", "实发"],
            [["5月", "2500", "500", "300", "2700"], ["6月", "2500", "700", "300", "2900"]],
            3100,
            2800,
        ),
    ],
)
def test_payslip_headers_read_with_a_character_wrong(
    header: list[str], rows: list[list[str]], gross: float, net: float
) -> None:
    f = extract_fields("收入证明", _table(header, rows), today=TODAY).fields
    assert f["月均工资"] == gross and f["月均实发工资"] == net


def _slanted(header: list[str], rows: list[list[str]], slope: float, dx: int) -> list[TextLine]:
    """A wide payslip copied at a slant: each cell ``slope`` px lower per px to the right, rows 100 px apart
    with text 90 px high (a 300-dpi landscape copy)."""
    out = [TextLine("职工工资表", (1600, 200, 2600, 320), 0.99)]
    for r, cells in enumerate([header, *rows]):
        for c, text in enumerate(cells):
            x = 400 + c * dx
            y = 600 + r * 100 + slope * x
            out.append(TextLine(text, (x, y, x + 60 * len(text), y + 90), 0.98))
    return out


@pytest.mark.parametrize(
    ("header", "rows", "slope", "gross", "net"),
    [
        (
            ["月份", "应发合计", "代扣合计", "实发金额"],
            [["2026.01", "2100", "320", "1780"], ["2026.02", "2200", "640", "1560"], ["月均", "2150", "480", "1670"]],
            0.035,
            2150,
            1670,
        ),
        (
            ["工资月份", "基本工资", "绩效", "应发工资", "实发工资"],
            [["2025.10", "2000", "900", "2900", "2500"], ["2025.11", "2000", "1100", "3100", "2700"],
             ["2025.12", "2000", "1300", "3300", "2900"]],
            -0.03,
            3100,
            2700,
        ),
    ],
)
def test_a_payslip_copied_at_a_slant(
    header: list[str], rows: list[list[str]], slope: float, gross: float, net: float
) -> None:
    """Rows drift by more than half a line across a wide table: each row's cells are still its own."""
    f = extract_fields("收入证明", _slanted(header, rows, slope, 1100 if len(header) == 4 else 800), today=TODAY).fields
    assert f["月均工资"] == gross and f["月均实发工资"] == net
    assert f["统计月数"] == len([r for r in rows if r[0] != "月均"])


@pytest.mark.parametrize(
    ("contact", "issued", "phone", "day"),
    [
        # the date's separators all lost, the landline's hyphen lost (a four-digit area code)
        ("制表人：王建国  联系电话057181828449", "日期：20251102", "0571-81828449", "2025-11-02"),
        # the label's colon read as a stop, one separator lost; Beijing's three-digit area code
        ("经办人：周四 联系电话：01062345678", "出具日期.202512-10", "010-62345678", "2025-12-10"),
        # a mobile number stays as read
        ("经办人：周四 联系电话：13812345678", "日期202512.08", "13812345678", "2025-12-08"),
    ],
)
def test_payslip_date_and_landline_without_their_separators(contact: str, issued: str, phone: str, day: str) -> None:
    lines = payslip(MONTHS, average=None)[:-2]
    y = lines[-1].box[3]
    lines += [TextLine(contact, (151, y + 210, 151 + 30 * len(contact), y + 250), 0.98),
              TextLine(issued, (941, y + 350, 941 + 30 * len(issued), y + 387), 0.98)]
    f = extract_fields("收入证明", lines, today=TODAY).fields
    assert f["联系电话"] == phone and f["出具日期"] == day


@pytest.mark.parametrize(
    ("read", "unit"),
    [
        ("杭州橡胶集团有限公司扣款(元)640470", "杭州橡胶集团有限公司"),  # run on into a header and its amounts
        ("株洲冶炼厂 实发工资（元） 3100", "株洲冶炼厂"),
        ("湖南省株洲市荷塘区人民政府（月亮岛街道）", "湖南省株洲市荷塘区人民政府（月亮岛街道）"),  # a name as printed stays
    ],
)
def test_a_unit_read_on_into_the_next_cells_is_cut(read: str, unit: str) -> None:
    from dangan.extractors.certificates import read_income
    from dangan.extractors.fields import Extraction

    ex = Extraction()
    ex.set("工作单位", read, 0.9)
    ex.set("姓名", "曹靜", 0.9)
    read_income(ex, [TextLine("姓名：曹靜", (100, 100, 400, 150), 0.9)])
    assert ex.fields["工作单位"] == unit
    assert ex.fields["姓名"] == "曹静"  # the name's character read in its traditional glyph


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        (["收入证明", "兹证明张建华同志系我单位职工，月收入为4060元，年收入48720元。", "特此证明。", "株洲冶炼厂（盖章）",
          "2025年7月3日"], {"月均工资": 4060, "年收入": 48720}),
        (["工资收入证明", "兹证明李红同志为我公司员工，近6个月平均月工资4060元，实发3120元。", "2025年7月3日"],
         {"月均工资": 4060, "月均实发工资": 3120}),
        (["收入证明", "兹证明赵丽是我单位职工，每月工资3800元，每月实发3300元。", "2025年7月3日"],
         {"姓名": "赵丽", "月均工资": 3800, "月均实发工资": 3300}),
        (["收入证明", "兹证明孙萍同志系我单位职工，月均工资（税前）4200元，税后月均3600元。", "二〇二五年七月三日"],
         {"月均工资": 4200, "月均实发工资": 3600, "出具日期": "2025-07-03"}),
        # a household's monthly income per head is no worker's wage
        (["收入证明", "兹证明周敏同志系我单位职工，月均工资3000元，家庭月人均收入900元。", "2025年7月3日"],
         {"月均工资": 3000}),
    ],
)
def test_letters_in_other_wordings(rows: list[str], want: dict[str, object]) -> None:
    """Letters of other units: 月收入, 平均月工资, 每月工资 / 每月实发, a bare 实发 after the gross, 税后月均; the
    worker named before 是/为; the date in Chinese numerals under the seal."""
    lines = [TextLine(t, (150, 200 + 90 * i, 150 + 40 * len(t), 250 + 90 * i), 0.97) for i, t in enumerate(rows)]
    f = extract_fields("收入证明", lines, today=TODAY).fields
    assert {k: f.get(k) for k in want} == want


def test_a_name_run_into_the_line_above_keeps_its_own_characters() -> None:
    """A letter copied askew whose OCR ran the sums' line into the name's (…年收入为38400 元 | 龙小燕同志是
    我单位职工…): the name is the characters before 同志, not the sum's digits and words with them."""
    lines = [
        TextLine("工资收入证明", (600, 200, 1000, 260), 1.0),
        TextLine("月均实发工资3000元，年收入为38400 龙小燕同志是我单位员工，其前12个月的月均工资为3200元。",
                 (200, 400, 2100, 450), 0.97),
        TextLine("2026年3月2日", (1300, 900, 1600, 950), 1.0),
    ]
    ex = extract_fields("收入证明", lines, today=TODAY)
    assert ex.fields["姓名"] == "龙小燕"
    assert read_income_sentence("兹证明张建华同志是我单位职工，其前12个月的月均工资为3500元")["姓名"] == "张建华"


def test_an_amount_with_its_thousands_apart_and_its_point_read_as_a_space() -> None:
    """A table's sum printed 4 250.00 (thousands set apart) whose point OCR read as a space too: 4250, not
    425000 (out of range, dropped); a thousands group alone and a sum written again are as before."""
    lines = [
        TextLine("工资收入证明", (600, 200, 1000, 260), 1.0),
        TextLine("姓名", (200, 400, 320, 450), 1.0),
        TextLine("韦秀珍", (400, 400, 560, 450), 1.0),
        TextLine("月平均工资", (200, 500, 420, 550), 1.0),
        TextLine("4 250 00", (500, 500, 700, 550), 0.97),
        TextLine("2026年3月2日", (1300, 900, 1600, 950), 1.0),
    ]
    ex = extract_fields("收入证明", lines, today=TODAY)
    assert ex.fields["月均工资"] == 4250
    from dangan.extractors.fields import normalise_value

    assert normalise_value("月均工资", "1 500") == (1500, 1.0)
    assert normalise_value("月均工资", "3100 00")[0] == 3100
    assert normalise_value("月均工资", "2900 2250")[0] == 2250


def test_a_tilted_photo_reads_the_line_under_the_name_first() -> None:
    """A unit's letter photographed tilted: the name's line rises across the page, so the wrapped line under
    it shares its row and, starting further left, is read first ("…年收入为34800元。王芳同志…"): the sentence's
    stop ends the words before the name."""
    lines = [
        TextLine("工资收入证明", (700, 180, 1200, 250), 0.99),
        TextLine("王芳同志系我单位退休返聘职工，其前6个月的月均工资为3100元，月均实发", (330, 300, 2100, 430), 0.97),
        TextLine("工资2900元，年收入为34800元。", (290, 390, 1100, 450), 0.98),
        TextLine("特此证明。", (300, 560, 560, 610), 0.99),
    ]
    f = extract_fields("收入证明", lines, today=TODAY).fields
    assert f["姓名"] == "王芳" and f["月均工资"] == 3100 and f["年收入"] == 34800
