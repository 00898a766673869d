"""A bilingual hospital paper: each printed label has its English under it ("诊断" over "Diagnosis"), as
hospitals in the larger cities print them. The English is no value: not the patient's name, nor the first
item of the diagnosis list read under its label. Pages are drawn with PIL in arrangements of their own
(labels down the left, a list of three items spaced wider than a line; a ruled table whose label cells hold
both words)."""

from __future__ import annotations

from .test_papers_general import Sheet, check, read


def test_the_list_under_a_bilingual_label_is_the_diagnosis() -> None:
    s = Sheet()
    s.centred("湘潭市中心医院", 150, 52)
    s.centred("疾病证明书", 230, 46)
    for y, cn, en, value in ((340, "姓名", "Name", "周丽萍"), (440, "性别", "Gender", "女"), (540, "年龄", "Age", "58岁")):
        s.text(cn, 150, y)
        s.text(en, 150, y + 40, 24)
        s.text(value, 420, y)
    s.text("诊断", 150, 660)
    s.text("Diagnosis", 150, 700, 24)
    s.text("（1）高血压病3级", 420, 660)
    s.text("（2）2型糖尿病", 420, 715)
    s.text("（3）腔隙性脑梗死", 420, 770)
    s.text("处理意见", 150, 880)
    s.text("Advice", 150, 920, 24)
    s.text("低盐低脂饮食，按时服药。", 420, 880)
    s.text("医师", 900, 1040)
    s.text("Doctor", 900, 1080, 24)
    s.text("欧阳红", 1000, 1040)
    s.text("2026年4月9日", 900, 1160)
    check(read(s, "诊断证明"), {"姓名": "周丽萍", "性别": "女", "年龄": 58, "诊断": "高血压病3级；2型糖尿病；腔隙性脑梗死",
                              "医师": "欧阳红", "出具日期": "2026-04-09"})


def test_a_ruled_cell_holding_the_label_and_its_english() -> None:
    s = Sheet()
    s.centred("石家庄市第三医院", 150, 52)
    s.centred("诊断证明书", 230, 46)
    y, h = 320, 110
    rows = (("姓名", "Name", "孙建国"), ("诊断", "Diagnosis", "慢性阻塞性肺疾病"), ("医师", "Physician", "韩涛"))
    for i, (cn, en, value) in enumerate(rows):
        top = y + i * h
        s.draw.rectangle((140, top, 440, top + h), outline="black", width=3)
        s.draw.rectangle((440, top, 1500, top + h), outline="black", width=3)
        s.text(cn, 160, top + 35)
        s.text(en, 160, top + 75, 24)
        s.text(value, 470, top + 35)
    s.ruled = True
    s.text("日期：2026年3月2日", 900, y + 3 * h + 80)
    check(read(s, "诊断证明"), {"姓名": "孙建国", "诊断": "慢性阻塞性肺疾病", "医师": "韩涛", "出具日期": "2026-03-02"})
