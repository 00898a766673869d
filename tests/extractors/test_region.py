"""Region finding on drawn A4 photocopies: cards at places and sizes the code was not written for."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from dangan.extractors.layout import TextLine
from dangan.extractors.region import card_regions, find_regions, lines_in
from tests.extractors.conftest import cjk_font, to_bgr

CARD_MM = (85.6, 54.0)


def _mm(v: float, dpi: int) -> int:
    return round(v * dpi / 25.4)


def _card(
    draw: ImageDraw.ImageDraw, x: int, y: int, dpi: int, rows: list[str], shade: int, scale: float
) -> tuple:
    w, h = _mm(CARD_MM[0] * scale, dpi), _mm(CARD_MM[1] * scale, dpi)
    draw.rounded_rectangle(
        (x, y, x + w, y + h), radius=_mm(3, dpi), fill=(shade,) * 3, outline=(60,) * 3, width=3
    )
    font = cjk_font(max(10, _mm(3.2 * scale, dpi)))
    ty = y + _mm(6 * scale, dpi)
    for row in rows:
        draw.text((x + _mm(5 * scale, dpi), ty), row, font=font, fill=(20,) * 3)
        ty += _mm(7 * scale, dpi)
    return (x, y, x + w, y + h)


FRONT = [
    "姓名 王小红",
    "性别 女  民族 汉",
    "出生 1985年3月12日",
    "住址 浙江省杭州市西湖区",
    "公民身份号码 110105198503120028",
]
BACK = ["中华人民共和国", "居民身份证", "签发机关 杭州市公安局西湖分局", "有效期限 2015.03.01-2035.03.01"]


def _page(dpi: int, paper: int = 255) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    im = Image.new("RGB", (_mm(210, dpi), _mm(297, dpi)), (paper,) * 3)
    return im, ImageDraw.Draw(im)


def _covers(found: tuple, truth: tuple, slack: int) -> bool:
    return (
        found[0] <= truth[0] + slack
        and found[1] <= truth[1] + slack
        and found[2] >= truth[2] - slack
        and found[3] >= truth[3] - slack
    )


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_cards_anywhere_on_a_photocopy(seed: int) -> None:
    rnd = random.Random(seed)
    dpi = rnd.choice([150, 200, 300])
    im, draw = _page(dpi, paper=rnd.choice([255, 235, 215]))  # dark copies have grey paper
    scale = rnd.uniform(0.9, 1.4)  # copies enlarged or reduced
    w, h = _mm(CARD_MM[0] * scale, dpi), _mm(CARD_MM[1] * scale, dpi)
    side_by_side = seed % 2 == 0
    x0, y0 = _mm(rnd.uniform(8, 20), dpi), _mm(rnd.uniform(10, 150), dpi)
    x1, y1 = (
        (x0 + w + _mm(rnd.uniform(8, 15), dpi), y0)
        if side_by_side
        else (x0, y0 + h + _mm(rnd.uniform(8, 25), dpi))
    )
    shade = rnd.choice([245, 225, 200])
    truth = [
        _card(draw, x0, y0, dpi, FRONT, shade, scale),
        _card(draw, x1, y1, dpi, BACK, shade, scale),
    ]
    draw.text(
        (_mm(120, dpi), _mm(270, dpi)), "复印件与原件一致", font=cjk_font(_mm(2.5, dpi)), fill=(0, 0, 0)
    )
    found = card_regions(to_bgr(im), dpi)
    cards = [r for r in found if (r.box[2] - r.box[0]) > _mm(40, dpi)]
    assert len(cards) == 2, [r.box for r in found]
    slack = _mm(1, dpi)
    for t in truth:
        assert any(_covers(r.box, t, slack) for r in cards), (t, [r.box for r in cards])
    # a region hugs its card: at most a few millimetres more on each side
    for r in cards:
        assert (r.box[2] - r.box[0]) < w + _mm(8, dpi) and (r.box[3] - r.box[1]) < h + _mm(8, dpi)


def test_two_members_cards_on_one_sheet_read_in_order() -> None:
    dpi = 200
    im, draw = _page(dpi)
    a = _card(draw, _mm(60, dpi), _mm(30, dpi), dpi, FRONT, 240, 1.0)
    b = _card(draw, _mm(60, dpi), _mm(120, dpi), dpi, FRONT, 240, 1.0)
    found = card_regions(to_bgr(im), dpi)
    assert len(found) == 2
    assert _covers(found[0].box, a, 3) and _covers(found[1].box, b, 3)  # top one first


def test_full_page_form_is_not_split() -> None:
    dpi = 150
    im, draw = _page(dpi)
    font = cjk_font(_mm(4, dpi))
    top, left, right = _mm(30, dpi), _mm(15, dpi), _mm(195, dpi)
    for i in range(20):
        y = top + i * _mm(12, dpi)
        draw.line((left, y, right, y), fill="black", width=2)
        draw.text((left + 10, y + 8), f"项目{i} 内容", font=font, fill="black")
    for x in (left, _mm(60, dpi), _mm(120, dpi), right):
        draw.line((x, top, x, top + 19 * _mm(12, dpi)), fill="black", width=2)
    assert card_regions(to_bgr(im), dpi) == []
    assert len(find_regions(to_bgr(im), dpi)) >= 1


def test_blank_page_and_lines_in() -> None:
    im, _ = _page(100)
    assert card_regions(np.asarray(im.convert("L")), 100) == []
    lines = [TextLine("甲", (10, 10, 30, 20), 0.9, 0), TextLine("乙", (200, 200, 220, 210), 0.9, 0)]
    assert [ln.text for ln in lines_in((0, 0, 100, 100), lines)] == ["甲"]


def test_a_letter_is_read_whole_and_notes_beside_cards_are_kept() -> None:
    dpi = 200
    im, draw = _page(dpi)
    font = cjk_font(_mm(4, dpi))
    for i, row in enumerate(["收入证明", "兹证明王小红同志系我单位职工。", "特此证明", "2025年3月1日"]):
        draw.text((_mm(25, dpi), _mm(30 + 25 * i, dpi)), row, font=font, fill="black")
    assert card_regions(to_bgr(im), dpi) == []  # single lines only: no card, the page is read whole
    im, draw = _page(dpi)
    _card(draw, _mm(20, dpi), _mm(20, dpi), dpi, FRONT, 240, 1.0)
    draw.text((_mm(120, dpi), _mm(200, dpi)), "复印件与原件一致", font=font, fill="black")
    found = card_regions(to_bgr(im), dpi)
    assert len(found) == 2  # the card and the note: both are read
    assert found[1].box[1] > _mm(190, dpi)


def test_two_holders_cards_become_two_members(tmp_path: Path) -> None:
    """End to end (RapidOCR): an A4 copy with two members' ID cards is read card by card."""
    from dangan.extractors.pipeline import extract_file
    from dangan.schemas.validators import id_check_digit

    dpi = 200
    people = [("王小红", "女", "11010519850312002"), ("李建国", "男", "33010219700101001")]
    im, draw = _page(dpi, paper=240)
    numbers = []
    for i, (name, sex, first17) in enumerate(people):
        number = first17 + id_check_digit(first17)
        numbers.append(number)
        born = f"{number[6:10]}年{int(number[10:12])}月{int(number[12:14])}日"
        rows = [
            f"姓名 {name}",
            f"性别 {sex}  民族 汉",
            f"出生 {born}",
            "住址 浙江省杭州市西湖区",
            f"公民身份号码 {number}",
        ]
        _card(draw, _mm(30 + 20 * i, dpi), _mm(25 + 110 * i, dpi), dpi, rows, 230, 1.3)
    path = tmp_path / "copy.png"
    im.save(path, dpi=(dpi, dpi))
    got = extract_file(path, "rapidocr")
    assert got["doc_type"] == "身份证"
    assert [m.get("身份证号") for m in got["members"]] == numbers
    assert [m.get("姓名") for m in got["members"]] == [p[0] for p in people]
    assert got["fields"]["身份证号"] == numbers[0] and got["fields"]["性别"] == "女"


def test_scanner_shadow_along_the_edge_is_no_region() -> None:
    dpi = 200
    im, draw = _page(dpi)
    draw.rectangle((0, _mm(60, dpi), _mm(4, dpi), _mm(90, dpi)), fill=(90, 90, 90))  # dark strip at the edge
    _card(draw, _mm(40, dpi), _mm(40, dpi), dpi, FRONT, 235, 1.0)
    found = card_regions(to_bgr(im), dpi)
    assert len(found) == 1 and found[0].box[0] > _mm(30, dpi)


@pytest.mark.parametrize("dpi", [150, 220])
def test_card_on_a_speckled_photocopy(dpi: int) -> None:
    """A photocopy's toner specks all over the sheet (one dot every few millimetres) do not join into
    blobs that hide the card: the card alone is its region."""
    im, draw = _page(dpi, paper=236)
    card = _card(draw, _mm(70, dpi), _mm(60, dpi), dpi, FRONT, 236, 1.0)
    arr = np.asarray(im).copy()
    rng = np.random.default_rng(dpi)
    ys, xs = rng.integers(0, arr.shape[0], 3000), rng.integers(0, arr.shape[1], 3000)
    arr[ys, xs] = rng.integers(40, 120, (3000, 1))  # single dark pixels: the copier's specks
    found = card_regions(to_bgr(Image.fromarray(arr)), dpi)
    assert len(found) == 1 and _covers(found[0].box, card, _mm(1, dpi)), [r.box for r in found]


def test_cards_on_a_fine_scan_are_detected_at_region_dpi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """End to end (RapidOCR): a card copied a little reduced (0.9x) onto a 300-dpi sheet is detected at
    ``REGION_DET_DPI`` at most (the page is read at 220 dpi, its card at 150: half the detector's work) and
    still read whole, because recognition cuts each line from the region at the page's resolution."""
    from dangan.extractors import pipeline
    from dangan.extractors.ocr import RapidOcrEngine

    scales: list[float | None] = []
    read = RapidOcrEngine.read

    def recording(self: RapidOcrEngine, img: np.ndarray, det_scale: float | None = None) -> list:
        scales.append(det_scale)
        return read(self, img, det_scale)

    monkeypatch.setattr(RapidOcrEngine, "read", recording)
    dpi = 300
    im, draw = _page(dpi)
    front = [*FRONT[:-1], "公民身份号码 110105198503120020"]  # FRONT's number fails its check digit
    _card(draw, _mm(25, dpi), _mm(30, dpi), dpi, front, 240, 0.9)
    _card(draw, _mm(25, dpi), _mm(110, dpi), dpi, BACK, 240, 0.9)
    path = tmp_path / "copy.png"
    im.save(path, dpi=(dpi, dpi))
    got = pipeline.extract_file(path, "rapidocr")
    assert got["doc_type"] == "身份证"
    assert got["fields"]["姓名"] == "王小红" and got["fields"]["身份证号"] == "110105198503120020"
    assert len(scales) >= 2 and all(s == pytest.approx(pipeline.REGION_DET_DPI / pipeline.WORK_DPI) for s in scales)
