"""Certificates filled in on their printed lines, read with real OCR: a hospital's 诊断证明书 whose patient is
named in its opening sentence ("兹证明 ___，性别 _，年龄 __ 岁，于 ___ 在我院 ___ 就诊。"), and what it must
not take for its own date or its doctor.

Pages are drawn with PIL (``test_papers_general.Sheet``), the blanks underlined, and read by
``extract_file`` with RapidOCR; the wordings are those of REAL-DOCUMENTS.md (诊断证明书: 科别, 门诊号,
诊断, 医师) and of hospital letters ("兹证明", "现证明患者…").
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np
from PIL import ImageDraw

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
from dangan.extractors.pipeline import extract_file, gate
from dangan.schemas.readings import check_fields

from .conftest import cjk_font
from .test_papers_general import TODAY, Sheet


def blank(s: Sheet, text: str, x: float, y: float, width: float) -> float:
    """``text`` written on an underlined blank starting at x; returns the x after the blank."""
    ln = s.text(text, x + 12, y)
    right = max(x + width, ln.box[2] + 12)
    s.draw.line((x, y + 26, right, y + 26), fill="black", width=2)
    return right + 6


def pad(opening: str, *, foot_date: str | None, doctor: str = "周建华") -> Sheet:
    """A pad: hospital, title, a number, the opening sentence on blanks, the diagnosis, the doctor's foot."""
    s = Sheet()
    s.centred("株洲市第二人民医院", 170, 56)
    s.centred("疾 病 诊 断 证 明 书", 260, 48)
    s.text("门诊号：3920184", 1150, 350)
    y = 450
    if opening == "blanks":
        s.text("兹证明", 150, y)
        x = blank(s, "罗桂英", 270, y, 200)
        x = s.text("，性别", x, y).box[2] + 6
        x = blank(s, "女", x, y, 80)
        x = s.text("，年龄", x, y).box[2] + 6
        x = blank(s, "61", x, y, 90)
        s.text("岁，", x, y)
        y += 90
        s.text("于", 150, y)
        x = blank(s, "2025年3月1日", 200, y, 300)
        x = s.text("在我院", x, y).box[2] + 6
        x = blank(s, "内分泌科", x, y, 200)
        s.text("就诊。", x, y)
    else:  # a letter's sentence, the patient named after 患者
        s.text("现证明患者罗桂英，女，61岁，于2025年3月1日在我院内分泌科就诊。", 150, y)
        y += 0
    y += 110
    s.text("诊断：2型糖尿病", 150, y)
    s.text("建议：低糖饮食，定期复查。", 150, y + 90)
    s.text("特此证明。", 150, y + 180)
    s.text("医师：", 900, y + 300)
    s.text(doctor, 1010, y + 300)
    s.text("日期：", 900, y + 390)
    if foot_date is not None:
        s.text(foot_date, 1010, y + 390)
    return s


def read_file(sheet: Sheet, tmp_path: Path, name: str) -> dict[str, Any]:
    path = tmp_path / name
    sheet.im.save(path, dpi=(200, 200))
    got = extract_file(path, "rapidocr")
    assert got["doc_type"] == "诊断证明"
    assert check_fields(got["fields"]) == {}  # nothing emitted fails its field's validation
    return dict(got["fields"])


PATIENT = {"姓名": "罗桂英", "性别": "女", "年龄": 61, "科别": "内分泌科", "门诊号": "3920184"}


def test_patient_named_in_the_opening_sentence_on_blanks(tmp_path: Path) -> None:
    """Real OCR: the name written on the blank after 兹证明 is the patient; the foot's date is the date."""
    got = read_file(pad("blanks", foot_date="2025年3月4日"), tmp_path, "诊断证明.png")
    assert {k: got.get(k) for k in PATIENT} == PATIENT
    assert got["诊断"] == "2型糖尿病" and got["医师"] == "周建华"
    assert got["出具日期"] == "2025-03-04"


def test_the_visit_day_is_not_the_day_it_was_issued(tmp_path: Path) -> None:
    """Real OCR: the foot's date unreadable (here: not written), the day of the visit told in the sentence
    is no 出具日期; the patient comes from a letter's sentence ("现证明患者…", a wording not drawn so far)."""
    got = read_file(pad("letter", foot_date=None), tmp_path, "诊断证明.png")
    assert {k: got.get(k) for k in PATIENT} == PATIENT
    assert "出具日期" not in got


def L(text: str, x0: float, y0: float, x1: float, y1: float) -> TextLine:
    return TextLine(text, (x0, y0, x1, y1), 0.97, 0)


def test_doctor_is_no_word_of_the_hospital_seal_nor_one_character() -> None:
    """The stamp's ring words ("阳区第", from 富阳区第一人民医院) or one character left of a signature under
    the stamp, read beside 医师, are no doctor: nothing is emitted (the seal hides the name)."""
    head = [
        L("杭州市富阳区第一人民医院", 500, 100, 1150, 160),
        L("疾病诊断证明书", 600, 190, 1050, 245),
        L("姓名：徐丽", 150, 320, 400, 360),
        L("诊断：高血压病", 150, 420, 500, 460),
    ]
    for stray in ("阳区第", "伟"):
        lines = [
            *head,
            L("经治医师：", 900, 700, 1100, 740),
            L(stray, 1110, 695, 1110 + 45 * len(stray), 745),
        ]
        ex = extract_fields("诊断证明", lines, today=TODAY)
        assert gate(ex) == []
        assert "医师" not in ex.fields, ex.fields
        assert ex.fields["姓名"] == "徐丽"


# ---------------------------------------------------------------------------------------------
# 低保证: a booklet's two facing pages (or a card's faces) copied side by side onto one A4 sheet, the
# holder's rows on one, the list of the people covered on the other, the paper's name printed on a cover
# below them (REAL-DOCUMENTS: 户主姓名, 保障人数, 月保障金额, 证号, 发证机关, 有效期; a city's own words)

ID_A = "430102198202286831"
ID_B = "430102198603253280"
ID_C = "430102201501298749"


def _valid_id(first17: str) -> str:
    from dangan.schemas.validators import id_check_digit

    return first17 + id_check_digit(first17)


PEOPLE = [
    ("许国平", "户主", _valid_id("43010219820228683")),
    ("蒋玉兰", "妻子", _valid_id("43010219860325328")),
    ("许佳", "女儿", _valid_id("43010220150129874")),
]


def folded_copy(list_left: bool) -> tuple[Sheet, dict[str, Any]]:
    s = Sheet()
    holder = [
        ["持证人" if list_left else "户主姓名", "许国平"],
        ["证件编号", "芙民保字第0415号"],
        ["家庭人口", "3人"],
        ["享受人数", "3人"],
        ["月低保金（元）", "1,260.00"],
        ["有效期至", "2026年6月30日"],
        ["发证单位", "长沙市芙蓉区民政局"],
    ]
    listed = [
        ["序号", "姓名", "关系" if list_left else "与户主关系", "身份证号"],
        *([str(i + 1), *p] for i, p in enumerate(PEOPLE)),
        ["4", "", "", ""],
    ]
    hx, lx = (950, 90) if list_left else (90, 800)
    s.table(holder, [240, 440], 200, x=hx, height=76)
    s.table(listed, [80, 150, 200, 400], 200, x=lx, height=76)
    s.text("城市居民最低生活保障证", 240, 1000, 56)
    s.text("长沙市民政局监制", 400, 1100)
    return s, {
        "姓名": "许国平",
        "证号": "芙民保字第0415号",
        "保障人数": 3,
        "月保障金额": 1260,
        "发证机关": "长沙市芙蓉区民政局",
        "有效期": "2026-06-30",
    }


def test_dibao_copied_with_its_list_of_people_beside_the_holders_rows(tmp_path: Path) -> None:
    """Real OCR: the paper's name printed on the cover below (not at the top, where the list's header
    与户主关系-like words stand) still names it; the holder's rows end where the list beside them begins,
    whichever side the list is on; the list gives the members."""
    for list_left in (False, True):
        sheet, truth = folded_copy(list_left)
        path = tmp_path / f"低保证-{list_left}.png"
        sheet.im.save(path, dpi=(200, 200))
        got = extract_file(path, "rapidocr")
        assert got["doc_type"] == "低保证", got.get("type_scores")
        assert check_fields(got["fields"]) == {}
        assert {k: got["fields"].get(k) for k in truth} == truth, list_left
        assert [(m.get("姓名"), m.get("关系"), m.get("身份证号")) for m in got["members"]] == PEOPLE


def test_dibao_term_cut_short_under_the_seal_is_no_date() -> None:
    """A term whose day the seal hid ("有效期至 2026.1") gives no 有效期 (no day is made up); a term whose
    second date OCR wrote with other marks ("2026-04-09至2027~04-09") ends on the later date."""
    head = [
        L("最低生活保障证", 400, 80, 900, 140),
        L("户主姓名", 150, 200, 300, 240),
        L("王建平", 450, 200, 560, 240),
    ]
    for text, want in (("2026.1", None), ("2026-04-09至2027~04-09", "2027-04-09")):
        lines = [*head, L("有效期至", 150, 300, 300, 340), L(text, 450, 300, 450 + 30 * len(text), 340)]
        ex = extract_fields("低保证", lines, today=TODAY)
        assert gate(ex) == []
        assert ex.fields.get("有效期") == want, ex.fields


def grey_stamped(sheet: Sheet, at: tuple[int, int], r: int, ink: int = 110) -> np.ndarray:
    """``sheet`` as a black-and-white copy with a hospital's round stamp in grey over it: the hospital's name
    round the ring, "诊断证明专用章" across its lower half (where the date is written)."""
    im = sheet.im.convert("L")
    draw = ImageDraw.Draw(im)
    cx, cy = at
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=ink, width=9)
    for i, ch in enumerate("株洲市第二人民医院"):
        a = math.radians(200 + i * 17.5)
        xy = (cx + 0.78 * r * math.cos(a), cy + 0.78 * r * math.sin(a))
        draw.text(xy, ch, font=cjk_font(50), fill=ink, anchor="mm")
    draw.text((cx, cy + 80), "诊断证明专用章", font=cjk_font(40), fill=ink, anchor="mm")
    grain = np.random.default_rng(7).normal(0, 6, (im.height, im.width))
    return np.clip(np.asarray(im, dtype=np.float32) * 0.9 + 12 + grain, 0, 255).astype(np.uint8)


def test_signature_stamped_over_on_a_grey_copy(tmp_path: Path) -> None:
    """Real OCR: a grey stamp over the doctor's signature hides it from the page's read; the stamp's
    neighbourhood read again without the stamp's lighter ink gives it (the date under the stamp's words
    stays unread: nothing made up for it, no visit day in its place)."""
    import cv2

    path = tmp_path / "诊断证明.png"
    cv2.imwrite(
        str(path), grey_stamped(pad("blanks", foot_date="2025年3月4日", doctor="王立新"), (1120, 960), 160)
    )
    got = extract_file(path, "rapidocr")
    assert got["doc_type"] == "诊断证明"
    assert check_fields(got["fields"]) == {}
    fields = got["fields"]
    assert {k: fields.get(k) for k in PATIENT} == PATIENT
    assert fields["是否盖章"] is True and fields.get("医师") == "王立新", fields
    assert fields.get("出具日期") in (None, "2025-03-04")
