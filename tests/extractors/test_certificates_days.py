"""A certificate's days told apart, its lists at any spacing, the amounts and terms of a 低保证, the
stamp on a photographed copy.

Pages are drawn with PIL (``test_papers_general.Sheet``), their truth known; the wordings are those of
REAL-DOCUMENTS.md (诊断证明书: 姓名, 性别, 年龄, 科别, 门诊号 / 住院号, 诊断, 处理意见, 医师签名, 日期; an
inpatient's certificate also tells 入院日期 and 出院日期; 低保证: 证号, 保障人数, 月保障金额, 发证日期, 有效期,
发证机关). Each page is classified and read as the pipeline does (``test_papers_general.read``); the photo
of a grey copy is read by ``extract_file`` with RapidOCR.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
from dangan.extractors.pipeline import extract_file, gate
from dangan.extractors.preprocess import shows_colour
from dangan.schemas.readings import check_fields

from .conftest import cjk_font
from .test_papers_general import TODAY, Sheet, check, read


def certificate(
    *,
    number: str,
    days: list[tuple[str, str]],
    items: list[str],
    issued: str,
    item_pitch: int = 62,
    seal_words: str = "",
    doctor: str = "王立新",
) -> Sheet:
    """A hospital's certificate: the patient's rows as three label：value columns (the days told on them in the
    third column), the diagnosis as a list under its label, the doctor's signature and the day it was written
    at the foot; ``seal_words`` are a stamp's characters OCR reads on the signature's row, well right of it."""
    s = Sheet()
    s.centred("湘潭市第一人民医院", 150, 56)
    s.centred("诊 断 证 明 书", 250, 48)
    cols = (150, 640, 1100)
    rows = [
        ["姓名：罗桂英", "性别：女", "年龄：61岁"],
        ["科别：内分泌科", number, days[0][0] + "：" + days[0][1]],
    ]
    if len(days) > 1:
        rows.append(["床号：12床", "病区：3病区", days[1][0] + "：" + days[1][1]])
    y = 360
    for row in rows:
        for x, text in zip(cols, row, strict=True):
            s.text(text, x, y)
        y += 66
    y += 60
    s.text("诊断：", 150, y)
    y += item_pitch
    for item in items:
        s.text(item, 220, y)
        y += item_pitch
    s.text("处理意见：低糖饮食，定期复查。", 150, y + 40)
    s.text("医师签名：" + doctor, 1000, 1500)
    if seal_words:
        s.text(seal_words, 1400, 1492, 48)
    s.text("开具日期：" + issued, 1000, 1590)
    return s


PATIENT = {"姓名": "罗桂英", "性别": "女", "年龄": 61, "科别": "内分泌科"}


@pytest.mark.parametrize(
    ("days", "issued", "want"),
    [
        # an inpatient's certificate: the day of admission beside the 住院号, the discharge below it
        ([("入院日期", "2026年4月19日"), ("出院日期", "2026年5月9日")], "2026年5月12日", "2026-05-12"),
        # an outpatient's: the day of the visit beside the 门诊号, written with points
        ([("就诊日期", "2025.08.01")], "2025.08.02", "2025-08-02"),
        # the issue date's day under a stamp ("2026-05"): the discharge day of that month is the day it
        # was written; a month the discharge does not fall in leaves the date unread
        ([("入院日期", "2026-04-09"), ("出院日期", "2026-05-09")], "2026-05", "2026-05-09"),
        ([("入院日期", "2026-04-09"), ("出院日期", "2026-05-09")], "2026-06", None),
    ],
)
def test_issue_date_is_not_another_day_the_certificate_tells(
    days: list[tuple[str, str]], issued: str, want: str | None
) -> None:
    number = "住院号：78315998" if days[0][0] == "入院日期" else "门诊号：39762212"
    got = read(certificate(number=number, days=days, items=["1. 恶性肿瘤"], issued=issued), "诊断证明")
    check(got, {**PATIENT, "诊断": "恶性肿瘤", "医师": "王立新"})
    assert got.get("出具日期") == want, got


@pytest.mark.parametrize(
    ("items", "pitch"),
    [
        (["1．白血病", "2．2型糖尿病"], 74),  # a list at double spacing; item 2 begins with a digit
        (["1·重症肌无力", "2·慢性支气管炎"], 62),  # the items' points read as middle dots
        (["白血病", "慢性支气管炎"], 80),  # no numbers: the list keeps the spacing it starts with
    ],
)
def test_diagnosis_list_at_its_own_spacing(items: list[str], pitch: int) -> None:
    sheet = certificate(
        number="门诊号：39762212",
        days=[("就诊日期", "2025.08.01")],
        items=items,
        issued="2025.08.02",
        item_pitch=pitch,
    )
    got = read(sheet, "诊断证明")
    want = "；".join(i.split("．")[-1].split("·")[-1] for i in items)
    check(got, {**PATIENT, "诊断": want, "出具日期": "2025-08-02"})


def test_doctor_is_the_name_after_the_label_not_a_stamps_characters() -> None:
    sheet = certificate(
        number="门诊号：39762212",
        days=[("就诊日期", "2025.08.01")],
        items=["1. 恶性肿瘤"],
        issued="2025.08.02",
        seal_words="市第",
        doctor="高峰",
    )
    check(read(sheet, "诊断证明"), {**PATIENT, "医师": "高峰"})  # not "高峰市第", a name of four


def dibao(amount: str, issue_row: list[tuple[str, float]], seal_words: tuple[str, ...] = ()) -> Sheet:
    """A 低保证's face: rows of label and value; ``issue_row`` the texts of the issue date's row."""
    s = Sheet()
    s.centred("城乡居民最低生活保障证", 160, 52)
    s.text("编号：13060220262870", 1050, 250)
    s.text("持证人：段建波", 200, 330)
    s.text("保障类别：城市低保", 900, 330)
    s.text("身份证号：130602198705141358", 200, 410)
    s.text("家庭人口：4人", 200, 490)
    s.text("保障人数：4人", 640, 490)
    s.text("保障金额：" + amount, 1050, 490)
    for text, x in issue_row:
        s.text(text, x, 570)
    s.text("发证机关：保定市竞秀区民政局", 200, 650)
    for k, word in enumerate(seal_words):  # a stamp's ring words OCR reads on the office's row
        s.text(word, 760 + 120 * k, 646)
    return s


@pytest.mark.parametrize(
    ("amount", "issue_row"),
    [
        # "1,920.00元/月" with its point lost; the term written as eight digits
        ("1,92000元/月", [("发证日期：2026-07-15", 200), ("有效期至：20270714", 900)]),
        # the term's label under a stamp, unread: the later date on the issue date's row is the term's end
        ("1920元/月", [("发证日期：", 200), ("2026-07-15", 380), ("2027-07-14", 1000)]),
    ],
)
def test_dibao_amount_and_term(amount: str, issue_row: list[tuple[str, float]]) -> None:
    got = read(dibao(amount, issue_row), "低保证")
    check(
        got,
        {
            "证号": "13060220262870",
            "保障人数": 4,
            "月保障金额": 1920,
            "有效期": "2027-07-14",
            "发证机关": "保定市竞秀区民政局",
        },
    )


def photographed(page: Image.Image, red_ring: bool = False) -> np.ndarray:
    """A photo of a black-and-white copy: the sheet a little turned on an olive desk that shows all round it;
    ``red_ring``: a red stamp on the sheet as well."""
    if red_ring:
        page = page.convert("RGB")
        ImageDraw.Draw(page).ellipse((700, 1200, 1000, 1500), outline=(200, 30, 30), width=10)
    desk = Image.new("RGB", (page.width + 240, page.height + 240), (128, 118, 40))
    turned = page.convert("RGB").rotate(1.2, expand=True, fillcolor=(128, 118, 40))
    desk.paste(turned, (120 - (turned.width - page.width) // 2, 120 - (turned.height - page.height) // 2))
    grain = np.random.default_rng(3).normal(0, 4, (desk.height, desk.width, 1))
    rgb = np.clip(np.asarray(desk, dtype=np.float32) + grain, 0, 255).astype(np.uint8)
    return np.ascontiguousarray(rgb[:, :, ::-1])  # BGR, as pages are loaded


def grey_stamp(sheet: Sheet, at: tuple[int, int], r: int = 150, ink: int = 110) -> Image.Image:
    """``sheet`` as a black-and-white copy with a hospital's round stamp in grey beside the signature."""
    im = sheet.im.convert("L")
    draw = ImageDraw.Draw(im)
    cx, cy = at
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=ink, width=9)
    for i, ch in enumerate("湘潭市第一人民医院"):
        a = math.radians(200 + i * 17.5)
        draw.text(
            (cx + 0.78 * r * math.cos(a), cy + 0.78 * r * math.sin(a)),
            ch,
            font=cjk_font(46),
            fill=ink,
            anchor="mm",
        )
    draw.text((cx, cy), "★", font=cjk_font(70), fill=ink, anchor="mm")
    return im


def test_a_desk_round_a_photographed_copy_is_no_colour_of_its_ink() -> None:
    sheet = certificate(
        number="门诊号：39762212", days=[("就诊日期", "2025.08.01")], items=["1. 白血病"], issued="2025.08.02"
    )
    page = grey_stamp(sheet, (1450, 1560))
    assert not shows_colour(photographed(page))
    assert shows_colour(photographed(page, red_ring=True))  # a red stamp on the sheet is colour


def test_grey_stamp_on_a_photographed_copy(tmp_path: Path) -> None:
    """Real OCR: the photo's desk made the page "coloured", so no grey stamp was looked for (是否盖章 read
    as no); the stamp is found by its ring, the certificate read whole."""
    import cv2

    sheet = certificate(
        number="门诊号：39762212", days=[("就诊日期", "2025.08.01")], items=["1. 白血病"], issued="2025.08.02"
    )
    path = tmp_path / "诊断证明.png"
    cv2.imwrite(str(path), photographed(grey_stamp(sheet, (1450, 1560))))
    got = extract_file(path, "rapidocr")
    assert got["doc_type"] == "诊断证明"
    assert check_fields(got["fields"]) == {}
    fields = got["fields"]
    assert fields.get("是否盖章") is True, fields
    check(fields, {**PATIENT, "出具日期": "2025-08-02", "医师": "王立新"})


def test_dates_in_chinese_numerals_read_with_the_schemas_numerals() -> None:
    """One table of Chinese numerals (schemas.normalise) for the schema's dates and the readers' dates."""
    from dangan.extractors import certificates
    from dangan.schemas import normalise

    assert certificates.CN_DIGITS is normalise.CN_DIGITS
    assert certificates.all_dates("开具日期：二〇二五年十二月三十一日") == [(5, "2025-12-31")]
    assert certificates.all_dates("二〇二六年二月三十日") == []  # no such day
    assert certificates.all_dates("日期：二五年三月五日") == [(3, "2025-03-05")]  # a year written short
    assert normalise.parse_date("二〇二五年三月二十日") == normalise.parse_date("2025-03-20")


LISTED = [
    ("段建波", "女", "户主", "1987.05", "130602198705141358"),
    ("秦佳凤", "女", "配偶", "1992.03", "130602199203146188"),
    ("段新", "男", "儿子", "2015.08", "130602201508196979"),
]


@pytest.mark.parametrize("slope", [0.0, 0.045, -0.04])
def test_dibao_member_list_on_a_skewed_copy(slope: float) -> None:
    """The 保障对象 list of a 低保证 photographed askew (a photo's perspective the page's straightening left,
    about 2.5°): its rows slope, a name at the left a row's height lower than its number at the right."""
    s = dibao("1920元/月", [("发证日期：2026-07-15", 200), ("有效期至：2027-07-14", 900)])
    s.centred("保障对象", 800, 44)
    cols = (200, 330, 520, 640, 830, 1100)
    y = 900

    def at(text: str, x: float, row_y: float) -> None:
        s.text(text, x, row_y + slope * (x - cols[0]))

    for text, x in zip(("序号", "姓名", "性别", "与户主关系", "出生年月", "身份证号码"), cols, strict=True):
        at(text, x, y)
    for k, person in enumerate(LISTED, 1):
        y += 64
        for text, x in zip((str(k), *person), cols, strict=True):
            at(text, x, y)
    for k in (4, 5):  # empty rows, numbered
        y += 64
        at(str(k), cols[0], y)
    ex = extract_fields("低保证", s.lines, cells=s.cells(), today=TODAY)
    assert gate(ex) == []
    got = [(m.get("姓名"), m.get("关系"), m.get("身份证号")) for m in ex.members]
    assert got == [(name, rel, number) for name, _g, rel, _b, number in LISTED]


@pytest.mark.parametrize("slope", [0.0, 0.05])
def test_register_cards_side_by_side_on_a_skewed_copy(slope: float) -> None:
    """Two 常住人口登记卡 copied side by side onto one sheet, photographed askew (about 3°): the right card's
    姓名 stands a row lower than the left one's, yet the cards are side by side, each one member."""
    from .test_papers_id_hukou import register_card
    from .test_papers_people import PEOPLE

    people = [PEOPLE[0] | {"关系": "户主"}, PEOPLE[1] | {"关系": "配偶"}]
    s = Sheet()
    register_card(s, 60, 300, people[0])
    register_card(s, 1420, 300, people[1])  # the margin between the cards wider than a card's own gaps
    # the helper centres each card's title on the page: here each card has its own, above its middle
    drawn = [ln for ln in s.lines if ln.text != "常住人口登记卡"]
    drawn += [s.text("常住人口登记卡", x + 380, 240, 40) for x in (60, 1420)]
    lines = [
        TextLine(ln.text, (ln.box[0], ln.box[1] + slope * ln.cx, ln.box[2], ln.box[3] + slope * ln.cx), 0.97)
        for ln in drawn
    ]
    ex = extract_fields("户口簿", lines, today=TODAY)
    assert gate(ex) == []
    fields = ("姓名", "关系", "性别", "出生日期", "身份证号")
    assert [{k: m.get(k) for k in fields} for m in ex.members] == [{k: p[k] for k in fields} for p in people]


@pytest.mark.parametrize("seal_words", [(), ("保",), ("保", "民政局"), ("竞秀区民政局",)])
def test_dibao_office_beside_its_stamps_words(seal_words: tuple[str, ...]) -> None:
    """The office printed after its label on one text; the stamp over it read as texts further along the
    row ("保", "民政局"): the office is the label's own value, none of the stamp's words joined to it."""
    got = read(dibao("1920元/月", [("发证日期：2026-07-15", 200)], seal_words), "低保证")
    check(got, {"发证机关": "保定市竞秀区民政局", "证号": "13060220262870"})
