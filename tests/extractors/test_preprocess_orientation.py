"""Which way up a ruled page of short centred texts is, when its text lines say little: drawn in the test.

A 户口簿 登记卡 scanned alone (a landscape booklet page, one card filling it) and a form's member grid (a
column per member, a row per field) line their short texts up down the page as well as across it, so the
projections and the smeared text lines come out close, and a skewed, noisy scan tipped them the wrong way
(rel-6151: two 户口簿 pages read on their side, a 全国 form's member page turned 270°). The ruled cells hold
lines of text, wider than tall when the page is upright: their shape decides. These drawn pages are
guards (turned upright before and after that cue: no drawing here tips the projections the way those
scans did); the pages that failed are rel-6151's.
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from dangan.extractors.preprocess import detect_orientation, rotate_image

from .conftest import cjk_font, to_bgr

CARD = [
    ("姓名", "张平欢", "户主或与户主关系", "儿子"),
    ("曾用名", "", "性别", "男"),
    ("出生地", "湖南省长沙市", "民族", "汉族"),
    ("籍贯", "湖南省长沙市", "出生日期", "2011年1月17日"),
    ("本市（县）其他住址", ""),
    ("宗教信仰", "无", "身高", ""),
    ("公民身份证件编号", "430102201101179759"),
    ("血型", "A型", "文化程度", "高中"),
    ("婚姻状况", "未婚", "兵役状况", ""),
    ("服务处所", "长沙市第12中学"),
    ("职业", "学生"),
    ("何时由何地迁来本市（县）", "2008年7月 湖南省长沙市"),
    ("何时由何地迁来本址", "2008年7月"),
    ("承办人签章", "", "登记日期", "2008年7月22日"),
]


def _cells(
    draw: ImageDraw.ImageDraw, x: float, y: float, widths: list[float], texts: list[str], h: float, size: int
) -> None:
    font = cjk_font(size)
    for w, t in zip(widths, texts, strict=True):
        draw.rectangle((x, y, x + w, y + h), outline=(30, 30, 30), width=2)
        if t:
            draw.text((x + w / 2, y + h / 2), t, font=font, fill=(20, 20, 20), anchor="mm")
        x += w


def _scanned(im: Image.Image, tilt: float, seed: int) -> np.ndarray:
    """A flatbed scan of ``im``: a little askew, grey paper, sensor noise."""
    im = im.rotate(tilt, expand=True, fillcolor=(236, 232, 222), resample=Image.Resampling.BICUBIC)
    rnd = np.random.default_rng(seed)
    arr = np.asarray(im).astype(np.float32) - rnd.uniform(5, 25)
    arr += rnd.normal(0, 8, arr.shape[:2])[..., None]
    return to_bgr(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)))


def booklet_card() -> Image.Image:
    """A landscape booklet page (≈ 150 × 105 mm at 200 dpi), one 常住人口登记卡 filling it."""
    im = Image.new("RGB", (1180, 830), (247, 244, 236))
    draw = ImageDraw.Draw(im)
    draw.text((590, 70), "常住人口登记卡", font=cjk_font(34), fill=(20, 20, 20), anchor="mm")
    y, h = 110, 48
    for row in CARD:
        if len(row) == 4:
            _cells(draw, 50, y, [200, 300, 220, 360], list(row), h, 20)
        else:
            _cells(
                draw,
                50,
                y,
                [330 if len(row[0]) > 6 else 200, 750 if len(row[0]) > 6 else 880],
                list(row),
                h,
                20,
            )
        y += h
    return im


def member_grid() -> Image.Image:
    """Not tuned on: a form's member page printed as a grid, a row per field and a column per member."""
    im = Image.new("RGB", (1654, 2339), "white")
    draw = ImageDraw.Draw(im)
    draw.text((827, 150), "家庭成员情况", font=cjk_font(44), fill="black", anchor="mm")
    fields = [
        ("姓名", "周志伟", "马红梅", "周小军", "周小燕"),
        ("关系", "本人", "配偶", "儿子", "女儿"),
        ("性别", "男", "女", "男", "女"),
        ("出生年月", "1978.03", "1980.11", "2004.06", "2009.09"),
        ("民族", "汉", "汉", "汉", "汉"),
        ("政治面貌", "群众", "群众", "团员", "少先队员"),
        ("文化程度", "高中", "初中", "大学", "初中"),
        ("健康状况", "良好", "慢性病", "良好", "良好"),
        ("工作单位或学校", "湘潭钢铁", "无", "湘潭大学", "十中"),
        ("月收入", "3200", "0", "0", "0"),
        ("医疗保险", "职工医保", "居民医保", "居民医保", "居民医保"),
        ("养老保险", "职工养老", "无", "无", "无"),
        ("是否残疾", "否", "否", "否", "否"),
        ("备注", "", "", "", ""),
    ]
    y = 260
    for row in fields:
        _cells(draw, 150, y, [310, 270, 270, 270, 270], list(row), 110, 28)
        y += 110
    return im


@pytest.mark.parametrize("turned", [0, 90, 270])
@pytest.mark.parametrize(
    ("draw", "tilt", "seed"), [(booklet_card, 2.0, 1), (booklet_card, -1.0, 2), (member_grid, 2.0, 3)]
)
def test_ruled_page_of_short_texts_is_turned_upright(
    draw: object, tilt: float, seed: int, turned: int
) -> None:
    img = rotate_image(_scanned(draw(), tilt, seed), turned)  # type: ignore[operator]
    assert (detect_orientation(img) + turned) % 360 == 0


def pasting_sheet() -> Image.Image:
    """Not tuned on: a 票据粘贴单 (A4 at 150 dpi): a small ruled header of wide cells, then one large
    frame to paste receipts in, a receipt of short printed lines pasted at its top left (its edge lost)."""
    im = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(im)
    draw.text((620, 110), "票据粘贴单", font=cjk_font(40), fill="black", anchor="mm")
    header = [("单位", "株洲冶炼集团", "报销人", "龙海波"), ("类别", "医药费", "张数", "3"),
              ("金额", "1260.50元", "日期", "2025-06-03")]
    y = 170
    for row in header:
        _cells(draw, 110, y, [170, 330, 170, 330], list(row), 56, 22)
        y += 56
    draw.rectangle((90, y + 20, 1150, 1680), outline=(30, 30, 30), width=2)
    font = cjk_font(18)
    for i, t in enumerate(["株洲市中心医院", "门诊收费票据", "交款人：龙海波", "日期：2025-06-01",
                           "西药费        420.00", "检查费        310.50", "合计          730.50"]):
        draw.text((200, y + 160 + 60 * i), t, font=font, fill=(30, 30, 30))
    return im


def test_a_pasting_frame_says_nothing_of_the_way_up() -> None:
    """The pasting frame is taller than wide and outweighs the header's cells: a box that large holds no
    line of text, so the header's wide cells decide (the frame tipped a blurred 150-dpi sheet on its side)."""
    from dangan.extractors.preprocess import _by_cell_shape, _scaled, ink_mask

    for turned in (0, 90):
        img = rotate_image(_scanned(pasting_sheet(), 1.0, 4), turned)
        small, _ = _scaled(img)
        got = _by_cell_shape(small, ink_mask(small))
        assert got in (None, turned), (turned, got)
        assert (detect_orientation(img) + turned) % 360 == 0


def underlined_form() -> Image.Image:
    """Not tuned on: an application form written on underlines (no ruled table), whose only boxes are the
    18 of the ID number, each about as tall as wide and a little taller (A4 at 150 dpi)."""
    im = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(im)
    draw.text((620, 110), "困难职工帮扶申请表", font=cjk_font(40), fill="black", anchor="mm")
    font = cjk_font(22)
    rows = [("姓名", "罗桂英", "性别", "女"), ("民族", "汉族", "政治面貌", "群众"),
            ("工作单位", "湘潭市环卫处", "联系电话", "13807321234"), ("家庭住址", "湘潭市雨湖区", "户口类型", "非农业"),
            ("本人月收入", "1850.00", "家庭人口", "3"), ("开户银行", "农业银行", "银行卡号", "6228480012345678")]
    y = 220
    for i, (a, b, c, d) in enumerate(rows):
        if i == 1:  # the ID number's boxes under the first row
            draw.text((90, y), "公民身份号码", font=font, fill="black", anchor="lm")
            for k, ch in enumerate("430302197508121527"):
                x = 290 + 40 * k
                draw.rectangle((x, y - 21, x + 40, y + 21), outline=(30, 30, 30), width=3)
                draw.text((x + 20, y), ch, font=font, fill=(20, 20, 20), anchor="mm")
            y += 80
        for x, label, value in ((90, a, b), (650, c, d)):
            draw.text((x, y), label, font=font, fill="black", anchor="lm")
            draw.line((x + 130, y + 18, x + 520, y + 18), fill=(30, 30, 30), width=2)
            draw.text((x + 160, y), value, font=font, fill=(20, 20, 60), anchor="lm")
        y += 80
    draw.text((90, y + 40), "困难情况说明：", font=font, fill="black", anchor="lm")
    for k in range(6):
        draw.line((90, y + 110 + 70 * k, 1150, y + 110 + 70 * k), fill=(30, 30, 30), width=2)
    draw.text((100, y + 92), "家庭共3人，本人患病，丈夫下岗，女儿在读，生活困难，特申请帮扶。", font=font,
              fill=(20, 20, 60), anchor="lm")
    return im


def test_the_boxes_of_an_id_number_say_nothing_of_the_way_up() -> None:
    """A form whose only ruled boxes are its ID number's, each a little taller than wide: boxes about as tall
    as wide hold a character, not a line, so they do not turn the page on its side (an upright 杭州 form was
    read at 90° for them)."""
    from dangan.extractors.preprocess import _by_cell_shape, _scaled, ink_mask

    for turned in (0, 90):
        img = rotate_image(_scanned(underlined_form(), 1.0, 5), turned)
        small, _ = _scaled(img)
        got = _by_cell_shape(small, ink_mask(small))
        assert got in (None, turned), (turned, got)
        assert (detect_orientation(img) + turned) % 360 == 0
