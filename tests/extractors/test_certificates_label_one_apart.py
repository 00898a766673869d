"""A label printed as it is wins over a neighbour's label that differs from it by one character: a 残疾人证 copied
beside the union's 复印件核对登记 table (持证人, 核对人, 核对日期 …), whose 核对日期 stands higher on the sheet than
the card back's 发证日期. 核对日期 is 核发日期 (the day of issue in some offices' words) with one character
different, and was taken for a misreading of it: the check's date read as the day of issue. Lines built directly:
the card's rows on the left, the check table on the right."""

from __future__ import annotations

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine


def L(text: str, x0: float, y0: float, x1: float, y1: float) -> TextLine:
    return TextLine(text, (x0, y0, x1, y1), 0.97, 0, False)


def sheet() -> list[TextLine]:
    return [
        L("中华人民共和国残疾人证", 350, 150, 830, 210),
        L("姓名", 400, 270, 450, 320),
        L("郭立", 480, 270, 560, 320),
        L("性别", 400, 340, 450, 390),
        L("男", 480, 340, 510, 390),
        L("类别", 400, 470, 450, 520),
        L("精神残疾", 480, 470, 640, 520),
        L("等级", 400, 540, 450, 590),
        L("二级", 480, 540, 540, 590),
        L("证号", 130, 650, 230, 700),
        L("13020319541022619562", 250, 650, 630, 700),
        L("残疾人证复印件核对登记", 1700, 300, 2140, 340),
        L("持证人", 1480, 390, 1590, 450),
        L("郭立", 1680, 390, 1780, 450),
        L("核对人", 1480, 770, 1590, 830),
        L("邵秀芳", 1680, 770, 1820, 830),
        L("核对日期", 1470, 870, 1600, 920),
        L("2026.2.28", 1680, 870, 1870, 920),
        L("住址", 130, 910, 200, 960),
        L("河北省唐山市路北区建设北路199号5幢4单元201室", 240, 920, 1000, 970),
        L("发证机关 唐山市路北区残疾人联合会", 140, 1180, 680, 1220),
        L("发证日期 2024年12月1日", 140, 1280, 520, 1330),
    ]


def test_the_day_of_issue_is_not_the_check_tables_date() -> None:
    """Before: 发证日期 2026-02-28 (the 核对日期 above it, read as a misread 核发日期)."""
    ex = extract_fields("残疾人证", sheet())
    assert ex.fields.get("发证日期") == "2024-12-01"
    assert ex.fields.get("残疾人证号") == "13020319541022619562"


def test_a_misread_label_alone_still_reads() -> None:
    """A one-character misreading of the label with no exact label anywhere still reads its value."""
    lines = [ln for ln in sheet() if not ln.text.startswith("发证日期") and not ln.text.startswith("核对")]
    lines.append(L("核发日朗", 140, 1280, 260, 1330))
    lines.append(L("2024年12月1日", 280, 1280, 520, 1330))
    ex = extract_fields("残疾人证", lines)
    assert ex.fields.get("发证日期") == "2024-12-01"
