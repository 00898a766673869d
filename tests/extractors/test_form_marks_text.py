"""Marks of the application forms read from positioned text (no OCR): options in square or lenticular brackets,
a tick written over a bare option, the legend's numbers before a cause, the employer-or-school column, a
figure written again, and the 湖南 申请审批表's signers (seed 000: 入户核查人签名, 审签人签字)."""

from __future__ import annotations

from datetime import date

import numpy as np

from dangan.extractors.fields import extract_fields, normalise_value
from dangan.extractors.layout import TextLine, bracket_ticked, ticked_in_text
from dangan.extractors.structure import header_label, strike_out

TODAY = date(2026, 6, 1)
KEY_GROUPS = ["低保范围内有劳动能力而未充分就业", "城市困难农民工", "支出性生活困难"]


def test_options_in_square_and_lenticular_brackets() -> None:
    assert bracket_ticked("【 】低保范围内有劳动能力而未充分就业 【√】城市困难农民工", KEY_GROUPS) == ["城市困难农民工"]
    assert bracket_ticked("[ ]未婚 [√]已婚 [ ]离异", ["未婚", "已婚", "离异"]) == ["已婚"]
    # the tick lost by OCR, the empty brackets kept by the others: the option without them
    assert ticked_in_text("【】是 否", ["是", "否"]) == ["否"]
    assert bracket_ticked("已婚", ["未婚", "已婚"]) is None


def test_wrapped_option_cell_in_brackets() -> None:
    """A label facing a cell whose options wrap over two lines: the cell's own text holds the tick."""
    lines = [
        TextLine("困难职工档案表", (600, 60, 1000, 110)),
        TextLine("五类重点群体", (220, 420, 370, 446), cell=True),
        TextLine("【 】低保范围内有劳动能力而未充分就业 【 】支出性生活困难", (450, 404, 1300, 428), cell=True),
        TextLine("【√】城市困难农民工", (450, 438, 700, 462), cell=True),
    ]
    cells = {0: [(100, 80, 1700, 130), (200, 395, 440, 470), (440, 395, 1700, 470), (200, 480, 440, 520)]}
    ex = extract_fields("建档申请表", lines, cells=cells, today=TODAY)
    assert ex.fields["五类重点群体"] == "城市困难农民工"


def test_tick_written_over_a_bare_option() -> None:
    lines = [
        TextLine("困难职工家庭建档申请审批表", (500, 100, 1200, 150)),
        TextLine("有无低保", (262, 591, 363, 616)),
        TextLine("√", (576, 572, 591, 596)),
        TextLine("有低保", (438, 603, 511, 627)),
        TextLine("无低保", (540, 603, 613, 627)),
        TextLine("致困原因", (785, 591, 885, 616)),
        TextLine("√", (1388, 572, 1404, 596)),
        TextLine("家庭收入低", (938, 603, 1059, 627)),
        TextLine("因病致困", (1088, 603, 1185, 627)),
        TextLine("子女上学", (1340, 603, 1437, 627)),
        TextLine("√", (596, 1673, 613, 1700)),
        TextLine("建议困难类别： 全总级 省级 地市级", (156, 1695, 638, 1734)),
        TextLine("核查人：宋军军", (156, 1785, 386, 1822)),
        TextLine("审签人：魏东鑫", (944, 1785, 1174, 1822)),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["有无低保"] is False
    assert ex.fields["主要致困原因"] == "子女上学"
    assert ex.fields["困难类别"] == "地市级"
    assert ex.fields["建档人"] == "宋军军"
    assert ex.fields["审核人"] == "魏东鑫"


def test_causes_after_the_legends_numbers() -> None:
    assert normalise_value("次要致困原因", "8.遭受意外事故 1.家庭成员无劳动能力")[0] == ["遭受意外事故", "家庭成员无劳动能力"]
    assert normalise_value("次要致困原因", "5社会保险待遇落实不到位4未参加社会保险")[0] == [
        "社会保险待遇落实不到位",
        "未参加社会保险",
    ]
    assert normalise_value("次要致困原因", "10.其他")[0] == ["其他"]
    assert normalise_value("次要致困原因", "收入低、重大事故")[0] == ["收入低", "重大事故"]
    # one struck through and the answer written after it: the last
    assert normalise_value("主要致困原因", "4.家庭成员无劳动能力 1.下岗失业")[0] == "下岗失业"
    assert normalise_value("主要致困原因", "3.下岗失业")[0] == "下岗失业"


def test_figure_written_again_and_employer_or_school_header() -> None:
    assert normalise_value("年龄", "69 59") == (59, 0.9)
    assert normalise_value("年龄", "59") == (59, 1.0)
    assert header_label("工作单位或就读学校") == "单位或学校"
    assert header_label("单位/学校名称") == "单位或学校"
    assert header_label("工作单位") == "单位或学校"


def test_a_label_of_no_field_is_no_value() -> None:
    """河北 申报表 (seed 002): 工作单位 | 职工身份 | 本人月平均收入 over their values."""
    lines = [
        TextLine("困难职工申报表", (600, 100, 1000, 150)),
        TextLine("工作单位", (400, 300, 520, 330)),
        TextLine("职工身份", (900, 300, 1020, 330)),
        TextLine("本人月平均收入（元）", (1200, 300, 1450, 330)),
        TextLine("石家庄常山纺织股份有限公司", (300, 360, 700, 392)),
        TextLine("2140", (1300, 360, 1360, 392)),
    ]
    ex = extract_fields("建档申请表", lines, today=TODAY)
    assert ex.fields["工作单位"] == "石家庄常山纺织股份有限公司"
    assert ex.fields["本人月平均收入"] == 2140


def _struck_page(words: list[str], struck: set[int], sep: str = "／", size: int = 40) -> tuple[np.ndarray, TextLine]:
    """One line of options drawn apart by ``sep``, the options of ``struck`` crossed out with a pen stroke
    through their middle; the ink mask and the line as OCR would give it (one box round the whole)."""
    from PIL import Image, ImageDraw

    from tests.extractors.conftest import cjk_font

    font = cjk_font(size)
    im = Image.new("L", (1400, 200), 255)
    draw = ImageDraw.Draw(im)
    x, top = 100, 80
    text = sep.join(words)
    for i, w in enumerate(words):
        if i:
            draw.text((x, top), sep, font=font, fill=0)
            x += round(draw.textlength(sep, font=font))
        width = round(draw.textlength(w, font=font))
        draw.text((x, top), w, font=font, fill=0)
        if i in struck:
            mid = top + round(0.62 * size)
            draw.line((x - 4, mid, x + width + 4, mid + 1), fill=0, width=3)
        x += width
    mask = (np.asarray(im) < 128).astype(np.uint8) * 255
    ys, xs = np.nonzero(mask)
    line = TextLine(text, (float(xs.min()), float(ys.min()) - 4, float(xs.max()) + 1, float(ys.max()) + 5), 0.99)
    return mask, line


def test_options_struck_out_are_taken_out() -> None:
    """不符合的选项请划去: the options struck through go, the one left is the answer."""
    mask, line = _struck_page(["未婚", "已婚", "离异", "丧偶"], {0, 2, 3})
    assert [ln.text for ln in strike_out([line], mask)] == ["已婚"]
    mask, line = _struck_page(["是", "否"], {0})
    assert [ln.text for ln in strike_out([line], mask)] == ["否"]
    mask, line = _struck_page(["全国级", "地市级"], {1})
    assert [ln.text for ln in strike_out([line], mask)] == ["全国级"]
    # nothing struck, or all: the line as read
    mask, line = _struck_page(["在职", "失业", "其他"], set())
    assert [ln.text for ln in strike_out([line], mask)] == ["在职／失业／其他"]
    mask, line = _struck_page(["是", "否"], {0, 1})
    assert [ln.text for ln in strike_out([line], mask)] == ["是／否"]


def test_a_ruling_through_a_line_is_no_strike() -> None:
    mask, line = _struck_page(["未婚", "已婚"], set())
    y = round((line.box[1] + line.box[3]) / 2)
    mask[y : y + 3, :] = 255  # a rule across the page
    assert [ln.text for ln in strike_out([line], mask)] == ["未婚／已婚"]


def test_answer_written_over_the_cells_legend() -> None:
    """河北 申报表 (seed 002): 主要致困原因：___ with the legend printed in the same cell under the answer."""
    lines = [
        TextLine("困难职工申报表", (600, 60, 1000, 110)),
        TextLine("主要致困原因：", (115, 171, 305, 214)),
        TextLine("家属残疾", (317, 163, 473, 214)),
        TextLine("(从下列原因中选填一项)1本人大病2供养直系亲属大病3本人残疾4家属残疾5家属下岗失业", (125, 244, 1648, 284)),
    ]
    ex = extract_fields("建档申请表", lines, cells={0: [(100, 150, 1700, 320)]}, today=TODAY)
    assert ex.fields["主要致困原因"] == "家属残疾"
    assert normalise_value("主要致困原因", "家属残疾（从下列原因中选填一项）1本人大病2供养直系亲属大病")[0] == "家属残疾"
