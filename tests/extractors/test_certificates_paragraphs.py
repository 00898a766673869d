"""Certificates whose rows are paragraphs: a hospital's letter or record that tells the case in sections
(病情摘要, 诊疗经过 …), each section's text wrapped onto indented rows, the diagnosis one section among them.

Pages are drawn with PIL (``test_papers_general.Sheet``), their truth known; the wordings are those of
REAL-DOCUMENTS.md (诊断证明书: 姓名, 性别, 年龄, 科别, 诊断, 处理意见 / 建议, 医师签名, 日期). Each page is
classified and read as the pipeline does (``test_papers_general.read``).
"""

from __future__ import annotations

import pytest

from .conftest import cjk_font
from .test_papers_general import SIZE, Sheet, check, read


def _width(s: Sheet, text: str) -> float:
    return s.draw.textlength(text, font=cjk_font(SIZE))


@pytest.mark.parametrize("ends", ["。", "，"])
def test_diagnosis_after_a_wrapped_section_ending_on_its_column(ends: str) -> None:
    """A section before the diagnosis (病情摘要：… wrapped to the margin, its last row indented under its
    text; OCR reads the label and the first row as one text) ends right above the diagnosis, its last row starting where the diagnosis starts: that row is the
    section's, no first row of a diagnosis listed beside a centred label."""
    s = Sheet()
    s.centred("长沙市第三医院", 150, 56)
    s.centred("疾 病 证 明 书", 250, 48)
    s.text("姓名：周国华", 150, 360)
    s.text("性别：男", 640, 360)
    s.text("年龄：52岁", 1100, 360)
    at = 150 + _width(s, "病情摘要：")
    s.text("病情摘要：患者反复胸闷气短三年，近一月加重，经心电图、心脏彩超等检查，", 150, 450)
    s.text("予以扩冠、抗血小板等治疗" + ends, at, 500)
    label = s.text("临床诊断：", 150, 556)
    s.text("冠状动脉粥样硬化性心脏病", at, 552)
    s.text("建议：注意休息，定期复查。", 150, 640)
    s.text("医师签名：李明", 1000, 900)
    s.text("日期：2026年3月2日", 1000, 980)
    assert label.box[1] > 500  # the diagnosis's row: the section's last row right above it
    got = read(s, "诊断证明")
    check(got, {"姓名": "周国华", "诊断": "冠状动脉粥样硬化性心脏病", "医师": "李明", "出具日期": "2026-03-02"})


@pytest.mark.parametrize(
    ("written", "truth"),
    [
        (["1.高血压病3级", "2.冠心病", "3.慢性肾功能不全"], "高血压病3级；冠心病；慢性肾功能不全"),
        (["1高血压病3级", "2冠心病", "3.慢性肾功能不全"], "高血压病3级；冠心病；慢性肾功能不全"),  # marks lost
        (["1.高血压", "2型糖尿病"], "高血压；2型糖尿病"),  # a figure of the diagnosis is no item's number
    ],
)
def test_numbered_diagnoses_under_a_sentence_further_above(written: list[str], truth: str) -> None:
    """The diagnoses listed one a row beside their label, the label level with the first; above the list, on
    its column but further up than its rows are apart, the last row of a section whose first row OCR lost
    (a shadow over it): that row is no diagnosis. Numbers whose mark OCR lost ("1高血压病3级") are numbers
    when the rows run 1, 2, 3 with a mark seen after one."""
    s = Sheet()
    s.centred("株洲市第二人民医院", 150, 56)
    s.centred("诊 断 证 明 书", 250, 48)
    s.text("姓名：钟丽丽", 150, 360)
    s.text("性别：女", 640, 360)
    s.text("年龄：60岁", 1100, 360)
    at = 150 + _width(s, "诊断意见：") + 20
    s.text("经治疗后病情稳定，准予出院。", at, 520)
    s.text("诊断意见：", 150, 605)
    for k, item in enumerate(written):
        s.text(item, at, 605 + 52 * k)
    s.text("医师签名：周建国", 1000, 1000)
    s.text("日期：2026年1月12日", 1000, 1080)
    got = read(s, "诊断证明")
    check(got, {"姓名": "钟丽丽", "诊断": truth, "医师": "周建国", "出具日期": "2026-01-12"})
