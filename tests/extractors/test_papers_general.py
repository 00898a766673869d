"""Papers issued by others in wordings and arrangements their readers were not written for.

Each page is drawn here with PIL and a CJK font (ruled cells found by ``detect_grid``), with its truth
known: 公示证明 as the seeds' notices print them (湖南 附件4 with its 公示内容 table, 河北 附件5 名单公示, the
杭州 公示单 with its member table, a 公示情况 table, a proof), 诊断证明书 (hospital and title on one line, a
letter, a ruled table, labels with bracketed notes, values below labels), 低保证 of other cities (labels
REAL-DOCUMENTS names and their synonyms) and 其他 papers (a passbook, a death certificate, a disaster
certificate, an admission letter). Dates are written 2025年3月5日, 2025.3.5, 2025-03-05 and in Chinese
numerals. The wordings come from ../shared/seeds and ../shared/domain, none from a generator. Every page
is classified and read as the pipeline does (``classify_lines``, ``extract_fields``); what is read must be
the truth and nothing read may fail its field's validation.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from PIL import Image, ImageDraw

from dangan.extractors.certificates import (
    date_range,
    diagnosis_items,
    first_date,
    period_for,
    publicity_result,
    yearless_range,
)
from dangan.extractors.classify import classify_lines
from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine
from dangan.extractors.pipeline import gate
from dangan.extractors.preprocess import detect_grid

from .conftest import cjk_font, to_bgr

TODAY = date(2026, 6, 1)
SIZE = 34  # px at 200 dpi: ≈ 12 pt


class Sheet:
    """An A4 page at 200 dpi; every text drawn is recorded as one OCR line where it was drawn."""

    def __init__(self) -> None:
        self.im = Image.new("RGB", (1654, 2339), "white")
        self.draw = ImageDraw.Draw(self.im)
        self.lines: list[TextLine] = []
        self.ruled = False

    def text(self, text: str, x: float, y: float, size: int = SIZE) -> TextLine:
        """``text`` with its left edge at x and its middle at y."""
        font = cjk_font(size)
        self.draw.text((x, y), text, font=font, fill="black", anchor="lm")
        x0, y0, x1, y1 = self.draw.textbbox((x, y), text, font=font, anchor="lm")
        ln = TextLine(text, (x0 - 3, y0 - 4, x1 + 3, y1 + 4), 0.96)
        self.lines.append(ln)
        return ln

    def centred(self, text: str, y: float, size: int = SIZE) -> None:
        w = self.draw.textlength(text, font=cjk_font(size))
        self.text(text, (self.im.width - w) / 2, y, size)

    def paragraph(self, rows: Sequence[str], y: float, x: float = 150, gap: float = 62) -> float:
        """Lines of running text one under the other; returns the y below them."""
        for i, row in enumerate(rows):
            if row:
                self.text(row, x, y + i * gap)
        return y + len(rows) * gap

    def table(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[int],
        y: float,
        x: float = 140,
        height: int = 72,
        merged: dict[int, Sequence[int]] | None = None,
    ) -> float:
        """A ruled table, each text centred in its cell ("" prints nothing); ``merged`` gives the widths
        of a row whose cells span others; returns the y below it."""
        self.ruled = True
        for r, cells in enumerate(rows):
            left = x
            top = y + r * height
            for text, w in zip(cells, (merged or {}).get(r, widths), strict=True):
                self.draw.rectangle((left, top, left + w, top + height), outline="black", width=3)
                if text:
                    tw = self.draw.textlength(text, font=cjk_font(SIZE))
                    self.text(text, left + (w - tw) / 2, top + height / 2)
                left += w
        return y + len(rows) * height

    def cells(self) -> dict[int, list[tuple[int, int, int, int]]] | None:
        return {0: [c.box for c in detect_grid(to_bgr(self.im)).cells]} if self.ruled else None


def read(sheet: Sheet, doc_type: str) -> dict[str, Any]:
    """Classify and read the page as the pipeline does; the type must be found and nothing invalid read."""
    cls = classify_lines(sheet.lines, sheet.im.size)
    assert cls.doc_type == doc_type, cls.scores
    ex = extract_fields(doc_type, sheet.lines, cells=sheet.cells(), today=TODAY)
    assert gate(ex) == []
    return dict(ex.fields)


def check(got: dict[str, Any], truth: dict[str, Any]) -> None:
    wrong = {k: (v, got.get(k)) for k, v in truth.items() if got.get(k) != v}
    assert not wrong, wrong


# ---------------------------------------------------------------------------------------------
# 公示证明 (seeds: 湖南 附件4, 河北 附件5, 杭州 附件2/3; REAL-DOCUMENTS: 公示对象, 公示时间 from–to, 公示结果)


def hunan_notice(households: Sequence[str]) -> tuple[Sheet, dict[str, Any]]:
    """湖南 附件4: a paragraph with the period, a 公示内容 table of the households, the result noted after."""
    s = Sheet()
    s.centred("困难职工公示", 180, 56)
    y = s.paragraph(
        [
            f"本次共有{len(households)}户申请成为工会困难职工帮扶对象并提出困难救助。根据《湖南工会困难职工",
            "档案管理办法》等有关规定，现予以公示。公示期为2025年3月5日至2025年3月11日。各位会",
            "员如有异议的，请在2025年3月11日前向本单位工会反映。",
        ],
        300,
    )
    s.centred("公 示 内 容", y + 30)
    rows = [["申请人", "家庭成员（人数）", "申请人月均收入（元）", "主要致困原因"]]
    rows += [[n, str(3 + i), str(1850 - 200 * i), "本人大病"] for i, n in enumerate(households)]
    y = s.table(rows, [260, 360, 420, 340], y + 90)
    s.text("公示结果：无异议", 150, y + 70)
    s.text("株洲市荷塘区总工会", 1000, y + 200)
    s.text("二〇二五年三月十二日", 1000, y + 262)
    truth: dict[str, Any] = {"公示期起": "2025-03-05", "公示期止": "2025-03-11", "结果": "无异议"}
    if len(households) == 1:
        truth["姓名"] = households[0]
    return s, truth


def hebei_list() -> tuple[Sheet, dict[str, Any]]:
    """河北 附件5 名单公示: the meeting's date, the period with its year on the next line, the name list."""
    s = Sheet()
    s.centred("困难职工名单公示", 180, 56)
    y = s.paragraph(
        [
            "根据职工自愿申请，我单位于2025年2月20日召开会议，共有3户列入评议对象，经民主评议评",
            "选出困难职工1户，根据《河北省困难职工认定和档案管理办法》等有关规定，现予以公示（名单",
            "附后）。公示期为2025年2月24日至",
            "2025年2月28日。如有异议，请从即日起5日内向本单位工会反映。",
            "监督电话：0312-5012345",
        ],
        300,
    )
    s.centred("困难职工名单", y + 30)
    rows = [["职工姓名", "性别", "工作单位", "家庭人口", "致困原因"], ["孟凡军", "男", "保定市第二纺织厂", "3", "本人大病"]]
    y = s.table(rows, [260, 140, 480, 220, 280], y + 90)
    s.text("保定市第二纺织厂工会", 1000, y + 150)
    s.text("2025年2月24日", 1000, y + 212)
    return s, {"姓名": "孟凡军", "公示期起": "2025-02-24", "公示期止": "2025-02-28"}


def hangzhou_sheet() -> tuple[Sheet, dict[str, Any]]:
    """杭州 附件3 公示单: the name written on the sentence's blank, the household's members in a table."""
    s = Sheet()
    s.centred("杭州市工会困难职工救助公示单", 180, 52)
    s.text("本单位", 210, 290)
    s.text("沈国平", 330, 290)
    s.text("职工家庭申请困难救助。根据《杭州市工会困难职工帮扶救助实施", 470, 290)
    s.paragraph(["细则》规定，现将申请人家庭基本情况予以公示并征求群众意见："], 352)
    y = s.table([["申请人家庭住址", "杭州市西湖区文三路88号", "家庭人口", "3"]], [300, 600, 200, 280], 420)
    s.text("一、困难职工家庭成员基本情况", 150, y + 50)
    rows = [
        ["姓名", "家庭关系", "性别", "年龄", "是否就业", "工作单位", "月收入"],
        ["沈国平", "本人", "男", "48", "是", "杭州橡胶厂", "2100"],
        ["韩丽", "妻子", "女", "46", "否", "无", "0"],
        ["沈佳", "女儿", "女", "19", "否", "在读", "0"],
    ]
    y = s.table(rows, [180, 180, 120, 120, 180, 360, 240], y + 90)
    s.text("二、申请当月前12个月家庭财产收支情况（元）", 150, y + 50)
    rows = [["工作总收入", "其它收入", "年家庭总收入", "人均月收入"], ["25200", "0", "25200", "700"]]
    y = s.table(rows, [345, 345, 345, 345], y + 90)
    y = s.paragraph(
        [
            "公示期自2025年4月7日至2025年4月13日。职工群众对公示情况有异议的，可在公示期内向单位",
            "工会反映，也可直接向杭州市总工会反映。",
            "单位工会电话：88001234      杭州市总工会电话：87161079",
        ],
        y + 60,
    )
    s.text("单位（签章）", 1000, y + 80)
    s.text("2025年4月7日", 1000, y + 142)
    return s, {"姓名": "沈国平", "公示期起": "2025-04-07", "公示期止": "2025-04-13"}


def situation_table() -> tuple[Sheet, dict[str, Any]]:
    """A 公示情况表: two columns of label and value; the period with dots and a dash; the result in words."""
    s = Sheet()
    s.centred("困难职工建档公示情况表", 180, 52)
    rows = [
        ["公示对象", "吴海燕（装配车间职工）"],
        ["公示内容", "家庭成员、收入及致困原因等基本情况"],
        ["公示时间", "2025.6.3—2025.6.9"],
        ["公示地点", "单位公告栏"],
        ["公示结果", "公示期满，职工群众没有提出异议"],
        ["单位工会意见", "同意建档"],
    ]
    y = s.table(rows, [320, 1060], 300, height=90)
    s.text("湘潭钢铁集团有限公司工会（盖章）", 800, y + 120)
    s.text("2025年6月10日", 1000, y + 182)
    return s, {"姓名": "吴海燕", "公示期起": "2025-06-03", "公示期止": "2025-06-09", "结果": "无异议"}


def headed_table() -> tuple[Sheet, dict[str, Any]]:
    """Labels heading their columns, the values in the row below; start and end in their own columns."""
    s = Sheet()
    s.centred("公示证明", 180, 56)
    s.paragraph(["经本单位工会研究，对下列职工家庭的困难情况在单位内进行了公示，情况如下："], 300)
    rows = [["公示对象", "公示开始时间", "公示截止时间", "公示结果"], ["胡晓明", "2025-03-05", "2025-03-11", "无异议"]]
    y = s.table(rows, [300, 380, 380, 320], 380)
    s.paragraph(["特此证明。"], y + 60)
    s.text("长沙市芙蓉区环卫所工会", 950, y + 200)
    s.text("2025年3月12日", 1000, y + 262)
    return s, {"姓名": "胡晓明", "公示期起": "2025-03-05", "公示期止": "2025-03-11", "结果": "无异议"}


def numerals_proof() -> tuple[Sheet, dict[str, Any]]:
    """A proof dated in Chinese numerals throughout, the result as 未收到任何异议."""
    s = Sheet()
    s.centred("公 示 证 明", 180, 56)
    y = s.paragraph(
        [
            "兹证明我单位职工郑丽华家庭的困难情况已于二〇二五年三月五日至二〇二五年三月十一日在本",
            "单位进行公示，公示期间未收到任何异议。",
            "特此证明。",
        ],
        300,
    )
    s.text("株洲冶炼集团股份有限公司工会（盖章）", 760, y + 150)
    s.text("二〇二五年三月十二日", 1000, y + 212)
    return s, {"姓名": "郑丽华", "公示期起": "2025-03-05", "公示期止": "2025-03-11", "结果": "无异议"}


def split_period_lines() -> tuple[Sheet, dict[str, Any]]:
    """Label：value lines, the period's start and end on two lines under other words."""
    s = Sheet()
    s.centred("困难职工帮扶对象公示", 180, 56)
    y = s.paragraph(
        [
            "公示对象：李娟（生产车间职工）",
            "公示起始时间：2025年3月5日",
            "公示终止时间：2025年3月11日",
            "公示结果：经公示，群众无异议。",
        ],
        320,
        gap=80,
    )
    s.text("衡阳市雁峰区城管局工会", 950, y + 120)
    s.text("2025-03-12", 1000, y + 182)
    return s, {"姓名": "李娟", "公示期起": "2025-03-05", "公示期止": "2025-03-11", "结果": "无异议"}


# ---------------------------------------------------------------------------------------------
# 诊断证明书 (REAL-DOCUMENTS: letterhead, 科别, 门诊号/住院号, 诊断, 处理意见, 医师签名, 日期, seal)


def diagnosis_title_one_line() -> tuple[Sheet, dict[str, Any]]:
    """The hospital and the title printed as one heading; labels with bracketed notes; a numerals date."""
    s = Sheet()
    s.centred("株洲市中心医院诊断证明书", 170, 56)
    s.text("门诊号：20250312", 1150, 270)
    s.text("姓名：贺志刚", 150, 360)
    s.text("性别：男", 520, 360)
    s.text("年龄：56岁", 760, 360)
    s.text("科别：心内科", 1060, 360)
    s.text("诊断：", 150, 460)
    s.text("冠状动脉粥样硬化性心脏病", 260, 530)
    s.text("处理意见：建议休息两周，定期复查。", 150, 640)
    s.text("医师（签名）：钟华", 150, 780)
    s.text("日期：二〇二五年三月五日", 900, 780)
    return s, {
        "医院名称": "株洲市中心医院", "姓名": "贺志刚", "性别": "男", "年龄": 56, "科别": "心内科",
        "门诊号": "20250312", "诊断": "冠状动脉粥样硬化性心脏病", "医师": "钟华", "出具日期": "2025-03-05",
    }


def diagnosis_letter() -> tuple[Sheet, dict[str, Any]]:
    """A letter: the patient, sex, age, department and number in a sentence, the diagnosis after 诊断为."""
    s = Sheet()
    s.centred("湘潭市第一人民医院", 170, 56)
    s.centred("疾病诊断证明书", 250, 48)
    s.paragraph(
        [
            "患者王淑芬，女，63岁，于2025年1月8日至2025年1月20日在我院内分泌科住院治疗（住",
            "院号：ZY0082451），经检查诊断为：2型糖尿病。",
            "建议：注意休息，门诊随访。",
            "特此证明。",
        ],
        360,
    )
    s.text("医生：彭军", 900, 700)
    s.text("2025年1月20日", 900, 770)
    return s, {
        "医院名称": "湘潭市第一人民医院", "姓名": "王淑芬", "性别": "女", "年龄": 63, "科别": "内分泌科",
        "住院号": "ZY0082451", "诊断": "2型糖尿病", "医师": "彭军", "出具日期": "2025-01-20",
    }


def diagnosis_table() -> tuple[Sheet, dict[str, Any]]:
    """A ruled table of three label/value pairs a row, the diagnosis across the row."""
    s = Sheet()
    s.centred("河北医科大学第二医院", 170, 56)
    s.centred("诊 断 证 明 书", 250, 48)
    rows = [
        ["姓名", "张建新", "性别", "男", "年龄", "47"],
        ["科别", "骨科", "住院号", "3320571", "床号", "12"],
        ["诊断", "腰椎间盘突出症"],
        ["处理意见", "卧床休息，住院治疗"],
        ["医师", "董立新", "日期", "2025.3.5"],
    ]
    widths = [200, 280, 200, 280, 200, 280]
    y = s.table(rows, widths, 330, merged={2: [200, 1240], 3: [200, 1240], 4: [200, 480, 200, 560]})
    s.text("（本证明须加盖医院公章方有效）", 150, y + 60)
    return s, {
        "医院名称": "河北医科大学第二医院", "姓名": "张建新", "性别": "男", "年龄": 47, "科别": "骨科",
        "住院号": "3320571", "诊断": "腰椎间盘突出症", "医师": "董立新", "出具日期": "2025-03-05",
    }


def diagnosis_below() -> tuple[Sheet, dict[str, Any]]:
    """Labels heading their columns with the values below; the date unlabelled beside the doctor."""
    s = Sheet()
    s.centred("长沙市第三人民医院", 170, 56)
    s.centred("诊断证明书", 250, 48)
    rows = [["姓名", "性别", "年龄", "科室", "门诊号"], ["李红梅", "女", "38", "妇科", "MZ1029384"]]
    y = s.table(rows, [300, 200, 200, 300, 420], 330)
    s.text("诊断意见：子宫肌瘤", 150, y + 80)
    s.text("医师签字：周敏", 150, y + 260)
    s.text("2025-03-05", 1000, y + 260)
    return s, {
        "医院名称": "长沙市第三人民医院", "姓名": "李红梅", "性别": "女", "年龄": 38, "科别": "妇科",
        "门诊号": "MZ1029384", "诊断": "子宫肌瘤", "医师": "周敏", "出具日期": "2025-03-05",
    }


# ---------------------------------------------------------------------------------------------
# 低保证 (REAL-DOCUMENTS: 户主姓名, 家庭人口, 保障人数, 月保障金额, 证号, 发证机关, 发证日期, 有效期)


def dibao_booklet() -> tuple[Sheet, dict[str, Any]]:
    """A city's booklet page: two label/value pairs a row, its own words for the number and the amount."""
    s = Sheet()
    s.centred("湘潭市城市居民最低生活保障证", 180, 52)
    rows = [
        ["户主姓名", "易建军", "证书编号", "岳民保字第0012345号"],
        ["家庭住址", "湘潭市岳塘区建设路12号", "家庭人口", "4"],
        ["享受低保人数", "3", "月救助金额", "1230元"],
        ["核发日期", "2024年7月1日", "有效期至", "2025年6月30日"],
        ["发证单位", "湘潭市岳塘区民政局", "", ""],
    ]
    s.table(rows, [260, 430, 260, 430], 300, height=80)
    return s, {
        "姓名": "易建军", "证号": "岳民保字第0012345号", "保障人数": 3, "月保障金额": 1230,
        "发证机关": "湘潭市岳塘区民政局", "有效期": "2025-06-30",
    }


def dibao_card() -> tuple[Sheet, dict[str, Any]]:
    """A card of label：value lines with notes after labels and the amount in a sentence."""
    s = Sheet()
    s.centred("最低生活保障金领取证", 180, 52)
    s.paragraph(
        [
            "持证人：邹桂香",
            "低保证号：430102202400317",
            "保障人口：2人",
            "保障金额：每月650元",
            "有效期：2025.01.01-2025.12.31",
            "发证机关（盖章）：长沙市芙蓉区民政局",
        ],
        300,
        gap=75,
    )
    return s, {
        "姓名": "邹桂香", "证号": "430102202400317", "保障人数": 2, "月保障金额": 650,
        "发证机关": "长沙市芙蓉区民政局", "有效期": "2025-12-31",
    }


# ---------------------------------------------------------------------------------------------
# 其他 (REAL-DOCUMENTS: bank-card copies, school certificates, death certificates, court papers …)


def passbook() -> tuple[Sheet, dict[str, Any]]:
    """A passbook's first page copied: 户名, 账号, 开户行 in a ruled table."""
    s = Sheet()
    s.centred("中国农业银行", 180, 52)
    s.centred("活期储蓄存折", 250, 44)
    rows = [["户名", "黄桂英", "账号", "6228480018811234567"], ["开户行", "保定竞秀支行", "开户日期", "2019年5月8日"]]
    s.table(rows, [200, 330, 200, 650], 330)
    return s, {"材料名称": "银行卡复印件", "姓名": "黄桂英", "日期": "2019-05-08"}


def death_certificate() -> tuple[Sheet, dict[str, Any]]:
    """A death certificate: the deceased after 死者姓名, the issue date at the foot."""
    s = Sheet()
    s.centred("居民死亡医学证明书", 180, 52)
    y = s.paragraph(
        [
            "死者姓名：丁永福      性别：男      民族：汉族",
            "死亡日期：2024年11月3日",
            "死亡地点：家中",
            "死亡原因：肺恶性肿瘤",
        ],
        300,
        gap=75,
    )
    s.text("株洲市荷塘区月塘街道社区卫生服务中心", 650, y + 120)
    s.text("2024年11月5日", 1000, y + 182)
    return s, {"材料名称": "死亡证明", "姓名": "丁永福", "日期": "2024-11-05"}


def disaster_certificate() -> tuple[Sheet, dict[str, Any]]:
    """A village committee's letter: whose home the flood took, dated at the foot."""
    s = Sheet()
    s.centred("证  明", 180, 56)
    y = s.paragraph(
        [
            "兹证明我村村民罗新民家于2024年7月15日遭受洪水灾害，房屋倒塌两间，家庭财产损失约",
            "三万元，生活困难。",
            "特此证明。",
        ],
        300,
    )
    s.text("衡阳县西渡镇梅花村民委员会", 900, y + 120)
    s.text("2024年7月20日", 1000, y + 182)
    return s, {"材料名称": "灾害证明", "姓名": "罗新民", "日期": "2024-07-20"}


def admission_letter() -> tuple[Sheet, dict[str, Any]]:
    """An admission letter addressed to the student, dated in Chinese numerals."""
    s = Sheet()
    s.centred("录取通知书", 180, 60)
    y = s.paragraph(
        [
            "李思远同学：",
            "    经批准，你已被我校机械工程专业录取，学制四年。请于2025年9月1日持本通知书到校报到。",
        ],
        320,
    )
    s.text("湘潭大学", 1100, y + 120)
    s.text("二〇二五年七月十日", 1000, y + 182)
    return s, {"材料名称": "录取通知书", "姓名": "李思远", "日期": "2025-07-10"}


def appraisal_minutes() -> tuple[Sheet, dict[str, Any]]:
    """河北 附件4 民主评议会议记录: 时间, 地点, 参会人数, 主持人, 记录人, 内容 naming who was appraised."""
    s = Sheet()
    s.centred("民主评议会议记录", 180, 56)
    s.paragraph(
        [
            "时间：2025年2月20日",
            "地点：公司工会会议室",
            "参会人数：15人",
            "主持人：高建华            记录人：杜敏",
            "内容：对职工孙红梅申请困难职工建档进行民主评议，与会人员一致同意。",
        ],
        300,
        gap=80,
    )
    return s, {"材料名称": "民主评议会议记录", "姓名": "孙红梅", "日期": "2025-02-20"}



def no_year_period() -> tuple[Sheet, dict[str, Any]]:
    """A notice that writes its period without the year (公示期为3月5日至3月11日), signed with the full date."""
    s = Sheet()
    s.centred("关于韦小红同志困难职工建档的公示", 180, 50)
    y = s.paragraph(
        [
            "经职工本人申请、单位工会入户调查和民主评议，拟将韦小红同志确定为困难职工建档对象，现予以",
            "公示。公示期为3月5日至3月11日，如有异议，请向单位工会反映。",
            "公示结果：☑无异议  □有异议",
        ],
        300,
    )
    s.text("石家庄市桥西区供热公司工会", 900, y + 120)
    s.text("2025年3月12日", 1000, y + 182)
    return s, {"姓名": "韦小红", "公示期起": "2025-03-05", "公示期止": "2025-03-11", "结果": "无异议"}


def pairs_row_notice() -> tuple[Sheet, dict[str, Any]]:
    """A ruled sheet of two label/value pairs a row; the result said as 无意见."""
    s = Sheet()
    s.centred("困难职工救助公示证明", 180, 52)
    rows = [
        ["申请人", "蒋文斌", "所在部门", "机修车间"],
        ["公示期", "2025-03-05至2025-03-11", "公示地点", "厂区公示栏"],
        ["公示结果", "公示期满，群众无意见"],
    ]
    y = s.table(rows, [240, 520, 240, 380], 300, height=84, merged={2: [240, 1140]})
    s.text("单位工会（盖章）", 950, y + 120)
    s.text("2025年3月12日", 1000, y + 182)
    return s, {"姓名": "蒋文斌", "公示期起": "2025-03-05", "公示期止": "2025-03-11", "结果": "无异议"}


def diagnosis_other_words() -> tuple[Sheet, dict[str, Any]]:
    """Other printed words: 就诊科别, 门诊号码, 诊治医生, 出具时间; the number beside the title."""
    s = Sheet()
    s.centred("衡阳市中医医院", 170, 56)
    s.text("门诊诊断证明", 600, 250, 48)
    s.text("门诊号码：MZ20250088", 1150, 250)
    s.text("姓名：覃玉兰", 150, 350)
    s.text("性别：女", 560, 350)
    s.text("年龄：71岁", 820, 350)
    s.text("就诊科别：神经内科", 1100, 350)
    s.text("临床诊断：脑梗死后遗症", 150, 440)
    s.text("医嘱：长期服药，定期复查。", 150, 520)
    s.text("诊治医生：邝伟", 150, 640)
    s.text("出具时间：2025年4月2日", 900, 640)
    return s, {
        "医院名称": "衡阳市中医医院", "姓名": "覃玉兰", "性别": "女", "年龄": 71, "科别": "神经内科",
        "门诊号": "MZ20250088", "诊断": "脑梗死后遗症", "医师": "邝伟", "出具日期": "2025-04-02",
    }


def dibao_below() -> tuple[Sheet, dict[str, Any]]:
    """A booklet whose labels head their columns, the values in the row below."""
    s = Sheet()
    s.centred("城乡居民最低生活保障证", 180, 52)
    rows = [["户主", "保障人口", "月保障金额（元）", "证号"], ["柏春燕", "2", "860", "0102387"]]
    y = s.table(rows, [300, 300, 420, 360], 300, height=80)
    rows = [["发证机关", "有效期"], ["保定市竞秀区民政局", "2024年9月1日至2025年8月31日"]]
    s.table(rows, [600, 780], y + 40, height=80)
    return s, {
        "姓名": "柏春燕", "证号": "0102387", "保障人数": 2, "月保障金额": 860, "发证机关": "保定市竞秀区民政局",
        "有效期": "2025-08-31",
    }


def student_card() -> tuple[Sheet, dict[str, Any]]:
    """A student card copied onto A4: 学生证, 姓名, 学院, 入学时间, 发证日期."""
    s = Sheet()
    s.text("学生证", 300, 300, 48)
    s.paragraph(["姓名：龙雨欣", "学院：经济管理学院", "专业：会计学", "入学时间：2023年9月", "发证日期：2023年9月10日"], 380, x=300)
    s.text("河北大学", 900, 420, 40)
    return s, {"材料名称": "学生证", "姓名": "龙雨欣", "日期": "2023-09-10"}


def fee_receipt() -> tuple[Sheet, dict[str, Any]]:
    """A school's fee receipt: 今收到 X 交来 …, the payee and the date at the foot."""
    s = Sheet()
    s.centred("收 款 收 据", 180, 52)
    s.text("No.0031527", 1250, 260)
    y = s.paragraph(
        [
            "今收到  邓子涵  交来  2025年秋季学期学费",
            "人民币（大写）：肆仟伍佰元整          ￥4500.00",
            "收款单位（盖章）：湘潭市第一中学       收款人：胡敏",
        ],
        340,
        gap=80,
    )
    s.text("2025年9月1日", 1000, y + 60)
    return s, {"材料名称": "学费票据", "姓名": "邓子涵", "日期": "2025-09-01"}


def unemployment_letter() -> tuple[Sheet, dict[str, Any]]:
    """A street office's letter that the person has been out of work."""
    s = Sheet()
    s.centred("失业证明", 180, 56)
    y = s.paragraph(
        [
            "兹证明钟志强同志（身份证号：430203197605121234）于2024年6月与原单位解除劳动合同，现处",
            "于失业状态，已在我所办理失业登记。",
            "特此证明。",
        ],
        300,
    )
    s.text("株洲市芦淞区建设街道劳动保障服务所", 700, y + 120)
    s.text("2025年1月8日", 1000, y + 182)
    return s, {"材料名称": "失业证明", "姓名": "钟志强", "日期": "2025-01-08"}



def authorisation_signed() -> tuple[Sheet, dict[str, Any]]:
    """河北 附件1 授权书（声明书） signed on a labelled line, the date on its own labelled line."""
    s = Sheet()
    s.centred("授权书（声明书）", 180, 56)
    y = s.paragraph(
        [
            "本人郑重声明，申请登记的困难职工家庭基本情况和家庭经济状况属实。如有不实，自愿停止申请",
            "或停止享受工会困难职工救助和帮扶，并承担相应法律责任。",
            "本人同意工会组织向民政部门查询、核对家庭成员的收入及财产状况信息。",
            "特此授权。",
        ],
        300,
    )
    s.text("授权人（签字）：", 150, y + 100)
    s.text("莫秋菊", 430, y + 100)
    s.text("身份证号码：430203197801152321", 150, y + 180)
    s.text("日期：2025年10月1日", 150, y + 260)
    return s, {"材料名称": "授权书", "姓名": "莫秋菊", "日期": "2025-10-01"}


def bank_account_sheet() -> tuple[Sheet, dict[str, Any]]:
    """A bank account's details written out in a ruled sheet (开户名, 开户行, 卡号), dated at the foot."""
    s = Sheet()
    s.centred("困难职工银行卡信息", 180, 52)
    rows = [
        ["开户名", "阎春生"],
        ["开户银行", "中国建设银行湘潭岳塘支行"],
        ["银行卡号", "6217002870012345674"],
    ]
    y = s.table(rows, [320, 1060], 300, height=84)
    s.text("以上信息与本人银行卡一致。", 150, y + 70)
    s.text("2026年1月29日", 1000, y + 170)
    return s, {"材料名称": "银行卡复印件", "姓名": "阎春生", "日期": "2026-01-29"}


def minutes_table() -> tuple[Sheet, dict[str, Any]]:
    """A 民主评议 record as a ruled sheet: 评议对象 in its own row, those present listed, signed later."""
    s = Sheet()
    s.centred("困难职工民主评议记录", 180, 52)
    rows = [
        ["评议时间", "2026年1月8日", "评议地点", "工会会议室"],
        ["参加人员", "彭欣云、吕华旭、汪建平、伍丽"],
        ["评议对象", "谭秀珍"],
        ["评议意见", "同意列为困难职工建档对象"],
    ]
    y = s.table(rows, [260, 430, 260, 430], 300, height=84, merged={1: [260, 1120], 2: [260, 1120], 3: [260, 1120]})
    s.text("记录人：吕华旭", 150, y + 80)
    return s, {"材料名称": "民主评议会议记录", "姓名": "谭秀珍", "日期": "2026-01-08"}



def wrapped_proof() -> tuple[Sheet, dict[str, Any]]:
    """杭州 附件2 in a narrow column: the name written on the blank falls at the start of the next line."""
    s = Sheet()
    s.centred("困难职工救助公示证明", 180, 52)
    y = s.paragraph(
        [
            "兹有我单位职工",
            "尹德胜申请困难职工救助。其家庭成员基本情况和家庭财产收支情况已按",
            "规定进行公示，公示期为2025年5月12日至2025年5月18日（一周），结果无异议。",
            "特此证明。",
        ],
        300,
    )
    s.text("单位（签章）", 1000, y + 100)
    s.text("2025年5月19日", 1000, y + 162)
    return s, {"姓名": "尹德胜", "公示期起": "2025-05-12", "公示期止": "2025-05-18", "结果": "无异议"}


def object_in_sentence() -> tuple[Sheet, dict[str, Any]]:
    """公示对象 followed by the household's facts in one sentence; the period in its own labelled line."""
    s = Sheet()
    s.centred("困难职工建档公示", 180, 56)
    y = s.paragraph(
        [
            "公示对象：卢建平，男，52岁，机修车间职工，家庭人口4人，主要致困原因为本人大病。",
            "公示时间：2025年8月4日—2025年8月8日（5个工作日）",
            "公示期间如有异议，请向公司工会反映。联系电话：0731-2345678",
        ],
        300,
        gap=80,
    )
    s.text("公示结果：无异议", 150, y + 60)
    s.text("长沙重型机器厂工会", 1000, y + 160)
    s.text("2025年8月11日", 1000, y + 222)
    return s, {"姓名": "卢建平", "公示期起": "2025-08-04", "公示期止": "2025-08-08", "结果": "无异议"}



def names_listed_inline() -> tuple[Sheet, dict[str, Any]]:
    """Several households named in one line (公示对象：A、B、C): the notice names none of them for certain."""
    s = Sheet()
    s.centred("困难职工帮扶对象公示", 180, 56)
    y = s.paragraph(
        [
            "经职工个人申请、入户调查和民主评议，以下职工拟列为困难职工帮扶对象，现予以公示。",
            "公示对象：汤志勇、黎小梅、戴国庆",
            "公示期为2025年9月1日至2025年9月5日。如有异议，请在公示期内向单位工会反映。",
        ],
        300,
        gap=80,
    )
    s.text("株洲硬质合金集团工会", 1000, y + 120)
    s.text("2025年9月1日", 1000, y + 182)
    return s, {"公示期起": "2025-09-01", "公示期止": "2025-09-05"}



def dibao_glued_lines() -> tuple[Sheet, dict[str, Any]]:
    """A card whose label：value pairs stand two a line, read by OCR as one text; a serial with its year."""
    s = Sheet()
    s.centred("最低生活保障证", 180, 52)
    s.paragraph(
        [
            "户主：钱国华        证号：杭低保2024第0567号",
            "家庭人口：3人   保障人数：3人",
            "保障金额：1230元/月",
            "发证机关：杭州市西湖区民政局",
            "有效期：2024年1月1日至2024年12月31日",
        ],
        300,
        gap=80,
    )
    return s, {
        "姓名": "钱国华",
        "证号": "杭低保2024第0567号",
        "保障人数": 3,
        "月保障金额": 1230,
        "发证机关": "杭州市西湖区民政局",
        "有效期": "2024-12-31",
    }


def cremation_certificate() -> tuple[Sheet, dict[str, Any]]:
    """A funeral home's certificate: the deceased in a sentence after 死者, no word 死亡 in its title."""
    s = Sheet()
    s.centred("火化证明", 180, 56)
    s.paragraph(["死者：关德明，男，享年78岁，于2024年3月2日在我馆火化。", "特此证明。"], 300)
    s.text("株洲市殡仪馆", 1000, 480)
    s.text("2024年3月2日", 1000, 540)
    return s, {"材料名称": "死亡证明", "姓名": "关德明", "日期": "2024-03-02"}


def divorce_certificate() -> tuple[Sheet, dict[str, Any]]:
    """A civil-affairs divorce certificate copied: 持证人, 登记日期, the certificate's number."""
    s = Sheet()
    s.text("离婚证", 300, 250, 56)
    s.paragraph(["持证人：秦海燕", "登记日期：2020年5月6日", "离婚证字号：L430102-2020-001234"], 350, x=300)
    s.text("长沙市芙蓉区民政局", 800, 600)
    return s, {"材料名称": "离婚证", "姓名": "秦海燕", "日期": "2020-05-06"}



def diagnosis_signed_low() -> tuple[Sheet, dict[str, Any]]:
    """The doctor signs on the line after 医师签名：, lower than the printed label (handwriting on a line)."""
    s = Sheet()
    s.centred("长沙市第四医院", 170, 56)
    s.centred("诊断证明书", 250, 48)
    s.text("姓名：王芳", 150, 350)
    s.text("性别：女", 500, 350)
    s.text("年龄：52岁", 750, 350)
    s.text("诊断：高血压病", 150, 440)
    s.text("医师签名：", 150, 600)
    s.text("刘洋", 340, 634, 40)
    s.text("日期：", 800, 600)
    s.text("2025年3月5日", 910, 634, 40)
    return s, {
        "医院名称": "长沙市第四医院",
        "姓名": "王芳",
        "性别": "女",
        "年龄": 52,
        "诊断": "高血压病",
        "医师": "刘洋",
        "出具日期": "2025-03-05",
    }



def period_by_length() -> tuple[Sheet, dict[str, Any]]:
    """A notice giving its first day and its length (自…起公示5个工作日), the result noted by hand."""
    s = Sheet()
    s.centred("关于邱桂兰同志申请困难职工建档的公示", 180, 48)
    y = s.paragraph(
        [
            "根据职工本人申请和单位工会调查，拟将邱桂兰同志列为困难职工建档对象。自2025年3月7日起在单位",
            "公示栏公示5个工作日，如有异议，请向单位工会反映。",
        ],
        300,
    )
    s.text("公示结果：无异议", 150, y + 60)
    s.text("湘潭电机股份有限公司工会", 950, y + 180)
    s.text("2025年3月14日", 1000, y + 242)
    return s, {"姓名": "邱桂兰", "公示期起": "2025-03-07", "公示期止": "2025-03-13", "结果": "无异议"}


def neighbourhood_letter() -> tuple[Sheet, dict[str, Any]]:
    """A community's letter of a kind no rule set names (情况说明): its kind is 其他, whose it is and its date."""
    s = Sheet()
    s.centred("情况说明", 180, 56)
    y = s.paragraph(
        ["兹证明万建华同志系我社区居民，其家中老人常年卧床，需专人照料，家庭生活困难。", "特此说明。"], 300
    )
    s.text("雨湖区广场街道和平社区居民委员会", 800, y + 120)
    s.text("2025年4月3日", 1000, y + 182)
    return s, {"材料名称": "其他", "姓名": "万建华", "日期": "2025-04-03"}


def discharge_table() -> tuple[Sheet, dict[str, Any]]:
    """An 出院证明书: label | value rows down the page, a numbered 出院诊断, then its 出院医嘱 (not the diagnosis)."""
    s = Sheet()
    s.centred("长沙市中心医院", 170, 56)
    s.centred("出院证明书", 250, 48)
    rows = [["姓名", "刘桂兰"], ["性别", "女"], ["年龄", "61岁"], ["科室", "神经内科"], ["住院号", "0238841"],
            ["入院日期", "2025年2月3日"], ["出院日期", "2025年2月17日"], ["出院诊断", "1.脑梗死 2.高血压病3级"],
            ["出院医嘱", "按时服药，定期复查"]]
    y = s.table(rows, [300, 1080], 330, height=80)
    s.text("主治医师：邓志华", 150, y + 80)
    s.text("开具日期：2025年2月17日", 850, y + 80)
    return s, {"医院名称": "长沙市中心医院", "姓名": "刘桂兰", "性别": "女", "年龄": 61, "科别": "神经内科",
               "住院号": "0238841", "诊断": "脑梗死；高血压病3级", "医师": "邓志华", "出具日期": "2025-02-17"}

def diagnosis_spaced() -> tuple[Sheet, dict[str, Any]]:
    """Labels and values apart by spaces only, two fields a line; the doctor signed right of an empty label."""
    s = Sheet()
    s.centred("衡阳市第一人民医院", 170, 56)
    s.centred("诊断证明", 250, 48)
    s.text("姓名 周国庆    性别 男    年龄 58岁", 150, 360)
    s.text("门诊号 MZ20250388    科别 肿瘤科", 150, 430)
    s.text("临床诊断：", 150, 520)
    s.text("肺恶性肿瘤（右肺上叶）", 300, 590)
    s.text("建议：化疗，定期复查。", 150, 680)
    s.text("医生签名：", 150, 800)
    s.text("许强", 330, 800)
    s.text("2025年5月7日", 1000, 880)
    return s, {"医院名称": "衡阳市第一人民医院", "姓名": "周国庆", "性别": "男", "年龄": 58, "科别": "肿瘤科",
               "门诊号": "MZ20250388", "诊断": "肺恶性肿瘤（右肺上叶）", "医师": "许强", "出具日期": "2025-05-07"}

def school_table() -> tuple[Sheet, dict[str, Any]]:
    """A school's 在校学生证明 in a ruled table (学生姓名 | name | 性别 | …): a proof, not a student card."""
    s = Sheet()
    s.centred("在校学生证明", 170, 56)
    rows = [["学生姓名", "周小燕", "性别", "女"], ["身份证号", "430102200805123426", "年级", "高二"],
            ["就读学校", "长沙市第一中学", "学制", "三年"]]
    y = s.table(rows, [240, 560, 200, 380], 300)
    s.paragraph(["该生现在我校就读，特此证明。"], y + 60)
    s.text("长沙市第一中学（盖章）", 950, y + 200)
    s.text("2025年9月10日", 1000, y + 262)
    return s, {"材料名称": "上学证明", "姓名": "周小燕", "日期": "2025-09-10"}

def court_mediation() -> tuple[Sheet, dict[str, Any]]:
    """A court's 民事调解书 on a divorce: the 原告 named with her facts, dated in Chinese numerals."""
    s = Sheet()
    s.centred("湖南省株洲市荷塘区人民法院", 170, 52)
    s.centred("民事调解书", 250, 52)
    s.paragraph(["原告：赵秀梅，女，1979年4月2日出生，汉族，住株洲市荷塘区。",
                 "被告：钱志远，男，1977年8月9日出生，汉族，住株洲市芦淞区。",
                 "原告赵秀梅与被告钱志远离婚纠纷一案，本院于2024年5月6日立案受理。",
                 "经本院主持调解，双方当事人自愿达成如下协议：",
                 "一、原告赵秀梅与被告钱志远自愿离婚；"], 330)
    s.text("二〇二四年六月三日", 1000, 800)
    return s, {"材料名称": "离婚证", "姓名": "赵秀梅", "日期": "2024-06-03"}

def bank_card_copy() -> tuple[Sheet, dict[str, Any]]:
    """A bank card photocopied small on the sheet, the holder signing the attestation under it."""
    s = Sheet()
    s.draw.rectangle((300, 300, 980, 730), outline="black", width=3)
    s.text("中国农业银行", 340, 360)
    s.text("金穗借记卡", 340, 420)
    s.text("6228 4801 2345 6789 012", 360, 600)
    s.text("复印件与原件一致", 300, 820)
    s.text("持卡人：孙建国", 300, 890)
    s.text("2025年3月2日", 700, 890)
    return s, {"姓名": "孙建国", "日期": "2025-03-02"}


def death_table() -> tuple[Sheet, dict[str, Any]]:
    """A 居民死亡医学证明 as a ruled table (死者姓名 | name …), signed and dated under it."""
    s = Sheet()
    s.centred("居民死亡医学证明（推断）书", 170, 52)
    rows = [["死者姓名", "吴德贵", "性别", "男", "民族", "汉族"],
            ["身份证号", "430203195203114517", "年龄", "72", "死亡日期", "2024年11月3日"],
            ["死亡地点", "医院", "死亡原因", "肺恶性肿瘤"]]
    y = s.table(rows, [220, 420, 160, 160, 200, 300], 300, merged={2: [220, 420, 160, 660]})
    s.text("医师签名：罗丽", 150, y + 100)
    s.text("填报日期：2024年11月4日", 850, y + 100)
    return s, {"材料名称": "死亡证明", "姓名": "吴德贵", "日期": "2024-11-04"}

def two_receipts_table() -> tuple[Sheet, dict[str, Any]]:
    """Two hospital receipts on one sheet, each a ruled table; the date is the last printed."""
    s = Sheet()
    for k, y0 in enumerate((150, 1200)):
        s.centred("湖南省医疗门诊收费票据", y0 + 30, 44)
        s.text(f"No.{38120045 + k}", 1200, y0 + 90)
        rows = [["交款人", "欧阳春花", "收款单位", "湘潭市中心医院"], ["项目", "西药费", "金额（元）", f"{312 + 40 * k}.50"],
                ["合计（大写）", "叁佰壹拾贰元伍角"]]
        s.table(rows, [240, 420, 240, 480], y0 + 140, merged={2: [240, 1140]})
        s.text(f"收款日期：2025年3月{12 + k}日", 900, y0 + 420)
    return s, {"材料名称": "医药费票据", "姓名": "欧阳春花", "日期": "2025-03-13"}

def admission_card() -> tuple[Sheet, dict[str, Any]]:
    """A university's 录取通知书 addressed to the student (X 同学：)."""
    s = Sheet()
    s.centred("湖南科技大学", 170, 56)
    s.centred("录取通知书", 260, 56)
    s.text("周思远 同学：", 150, 380)
    s.paragraph(["你已被我校机械工程专业录取，请于2025年9月6日持本通知书到校报到。"], 460)
    s.text("湖南科技大学招生办公室", 950, 620)
    s.text("2025年7月20日", 1000, 690)
    return s, {"材料名称": "录取通知书", "姓名": "周思远", "日期": "2025-07-20"}

def unemployment_form() -> tuple[Sheet, dict[str, Any]]:
    """A 失业人员登记证明 in a ruled table: a 失业证明 by its title's words."""
    s = Sheet()
    s.centred("失业人员登记证明", 170, 52)
    rows = [["姓名", "曹丽娟", "性别", "女"], ["身份证号码", "430102197812053427", "失业时间", "2024年6月"],
            ["原工作单位", "长沙纺织厂", "登记日期", "2024年7月2日"]]
    y = s.table(rows, [240, 560, 200, 380], 300)
    s.text("长沙市芙蓉区人力资源和社会保障局（盖章）", 700, y + 150)
    s.text("2024年7月2日", 1000, y + 212)
    return s, {"材料名称": "失业证明", "姓名": "曹丽娟", "日期": "2024-07-02"}

def diagnosis_two_pairs() -> tuple[Sheet, dict[str, Any]]:
    """Hospital and title on one heading, a table of two pairs a row, a numbered diagnosis under its label."""
    s = Sheet()
    s.centred("株洲市第二医院 诊断证明书", 170, 52)
    rows = [["患者姓名", "杨秀兰", "性别", "女"], ["年龄", "67岁", "就诊科室", "心内科"], ["门诊号", "M20250318", "就诊日期", "2025-03-18"]]
    y = s.table(rows, [240, 500, 240, 400], 300)
    s.text("诊断：", 150, y + 70)
    s.text("1、冠心病", 240, y + 140)
    s.text("2、心功能不全", 240, y + 210)
    s.text("建议：休息一月，门诊随访。", 150, y + 300)
    s.text("医师：", 150, y + 420)
    s.text("黄志明", 260, y + 420)
    s.text("日期：2025年3月18日", 900, y + 420)
    return s, {"医院名称": "株洲市第二医院", "姓名": "杨秀兰", "性别": "女", "年龄": 67, "科别": "心内科", "门诊号": "M20250318",
               "诊断": "冠心病；心功能不全", "医师": "黄志明", "出具日期": "2025-03-18"}


def disaster_letter() -> tuple[Sheet, dict[str, Any]]:
    """A township's 受灾证明: "兹证明X家于…遭受…" names the household by its head."""
    s = Sheet()
    s.centred("受灾证明", 180, 56)
    s.paragraph(["兹证明易红军家于2024年7月2日遭受特大洪灾，房屋倒塌，家庭财产损失严重。", "特此证明。"], 300)
    s.text("湘潭县射埠镇人民政府（盖章）", 900, 520)
    s.text("2024年7月10日", 1000, 590)
    return s, {"材料名称": "灾害证明", "姓名": "易红军", "日期": "2024-07-10"}

def tuition_receipt() -> tuple[Sheet, dict[str, Any]]:
    """A school's 教育收费 receipt: 学生姓名 beside 班级, the items in a table, 开票日期 last."""
    s = Sheet()
    s.centred("湖南省教育收费专用票据", 180, 50)
    s.text("学生姓名：谢雨桐", 150, 300)
    s.text("班级：高一（3）班", 800, 300)
    rows = [["收费项目", "金额（元）"], ["学费", "800.00"], ["住宿费", "400.00"], ["合计", "1200.00"]]
    y = s.table(rows, [600, 400], 360)
    s.text("收款单位：湘潭市第十中学", 150, y + 70)
    s.text("开票日期：2025年9月1日", 850, y + 70)
    return s, {"材料名称": "学费票据", "姓名": "谢雨桐", "日期": "2025-09-01"}

def bank_card_line() -> tuple[Sheet, dict[str, Any]]:
    """A bank card copy whose 户名 and 卡号 stand on one line, read by OCR as one text."""
    s = Sheet()
    s.centred("银行卡复印件", 160, 48)
    s.draw.rectangle((300, 260, 980, 690), outline="black", width=3)
    s.text("中国建设银行 龙卡储蓄卡", 340, 320)
    s.text("6217 0020 3000 1234 567", 360, 560)
    s.text("户名：邵美华    卡号：6217002030001234567", 300, 780)
    s.text("开户行：中国建设银行株洲分行", 300, 850)
    return s, {"材料名称": "银行卡复印件", "姓名": "邵美华"}

def diagnosis_two_lines() -> tuple[Sheet, dict[str, Any]]:
    """A table of three pairs a row over a diagnosis of two lines; the date unlabelled beside the doctor."""
    s = Sheet()
    s.centred("湘潭市中心医院", 170, 56)
    s.centred("诊断证明书", 250, 48)
    rows = [["姓名", "蔡秋云", "性别", "女", "年龄", "54岁"], ["科别", "肿瘤科", "住院号", "ZY2025031", "床号", "23"]]
    y = s.table(rows, [180, 300, 180, 260, 180, 280], 330)
    s.text("诊断：乳腺恶性肿瘤术后", 150, y + 70)
    s.text("      化疗后骨髓抑制", 150, y + 130)
    s.text("处理意见：继续化疗，定期复查血常规。", 150, y + 210)
    s.text("医师：谭志强", 150, y + 330)
    s.text("2025年4月18日", 900, y + 330)
    return s, {"医院名称": "湘潭市中心医院", "姓名": "蔡秋云", "科别": "肿瘤科", "住院号": "ZY2025031", "医师": "谭志强", "出具日期": "2025-04-18", "年龄": 54}


PAGES = {
    "公示证明 湖南 one household": ("公示证明", lambda: hunan_notice(["罗志强"])),
    "公示证明 湖南 two households": ("公示证明", lambda: hunan_notice(["罗志强", "陈秀兰"])),
    "公示证明 河北 名单": ("公示证明", hebei_list),
    "公示证明 杭州 公示单": ("公示证明", hangzhou_sheet),
    "公示证明 情况表": ("公示证明", situation_table),
    "公示证明 headed table": ("公示证明", headed_table),
    "公示证明 numerals": ("公示证明", numerals_proof),
    "公示证明 split period": ("公示证明", split_period_lines),
    "公示证明 no year": ("公示证明", no_year_period),
    "公示证明 pairs a row": ("公示证明", pairs_row_notice),
    "公示证明 wrapped proof": ("公示证明", wrapped_proof),
    "公示证明 object in a sentence": ("公示证明", object_in_sentence),
    "公示证明 names inline": ("公示证明", names_listed_inline),
    "公示证明 period by length": ("公示证明", period_by_length),
    "诊断证明 title one line": ("诊断证明", diagnosis_title_one_line),
    "诊断证明 letter": ("诊断证明", diagnosis_letter),
    "诊断证明 table": ("诊断证明", diagnosis_table),
    "诊断证明 below": ("诊断证明", diagnosis_below),
    "诊断证明 other words": ("诊断证明", diagnosis_other_words),
    "诊断证明 signed low": ("诊断证明", diagnosis_signed_low),
    "低保证 booklet": ("低保证", dibao_booklet),
    "低保证 card": ("低保证", dibao_card),
    "低保证 below": ("低保证", dibao_below),
    "低保证 glued lines": ("低保证", dibao_glued_lines),
    "其他 passbook": ("其他", passbook),
    "其他 death": ("其他", death_certificate),
    "其他 disaster": ("其他", disaster_certificate),
    "其他 admission": ("其他", admission_letter),
    "其他 minutes": ("其他", appraisal_minutes),
    "其他 student card": ("其他", student_card),
    "其他 fee receipt": ("其他", fee_receipt),
    "其他 unemployment": ("其他", unemployment_letter),
    "其他 authorisation": ("其他", authorisation_signed),
    "其他 bank sheet": ("其他", bank_account_sheet),
    "其他 minutes table": ("其他", minutes_table),
    "其他 cremation": ("其他", cremation_certificate),
    "其他 divorce certificate": ("其他", divorce_certificate),
    "其他 of no named kind": ("其他", neighbourhood_letter),
    "诊断证明 出院证明 table": ("诊断证明", discharge_table),
    "诊断证明 spaced": ("诊断证明", diagnosis_spaced),
    "其他 school table": ("其他", school_table),
    "其他 court mediation": ("其他", court_mediation),
    "其他 bank card copy": ("其他", bank_card_copy),
    "其他 death table": ("其他", death_table),
    "其他 two receipts as tables": ("其他", two_receipts_table),
    "其他 admission addressed": ("其他", admission_card),
    "其他 unemployment table": ("其他", unemployment_form),
    "诊断证明 two pairs a row": ("诊断证明", diagnosis_two_pairs),
    "其他 disaster letter": ("其他", disaster_letter),
    "其他 tuition receipt": ("其他", tuition_receipt),
    "其他 bank card one line": ("其他", bank_card_line),
    "诊断证明 two lines": ("诊断证明", diagnosis_two_lines),
}


@pytest.mark.parametrize("name", list(PAGES))
def test_paper_read_whatever_its_printing(name: str) -> None:
    doc_type, make = PAGES[name]
    sheet, truth = make()
    got = read(sheet, doc_type)
    check(got, truth)
    if doc_type == "公示证明" and "姓名" not in truth:
        assert "姓名" not in got  # a list of several households names none of them for certain


def test_periods_written_other_ways() -> None:
    assert date_range("公示期为二〇二五年三月五日至二〇二五年三月十一日") == ("2025-03-05", "2025-03-11")
    assert date_range("二〇二五年三月五日至三月十一日") == ("2025-03-05", "2025-03-11")
    # without its year: the year of the date the notice was signed (a year earlier across New Year)
    assert yearless_range("公示期为3月5日至3月11日。2025年3月12日") == ("2025-03-05", "2025-03-11")
    assert yearless_range("公示期为12月29日至1月4日。2026年1月5日") == ("2025-12-29", "2026-01-04")
    assert yearless_range("公示期为12月29日至1月4日。") is None  # no year anywhere: nothing
    # its first day and its length: the last day counted in; working days skip the weekend (3月7日 a Friday)
    assert period_for("自2025年3月5日起公示7天") == ("2025-03-05", "2025-03-11")
    assert period_for("从2025年3月5日起公示一周") == ("2025-03-05", "2025-03-11")
    assert period_for("自2025年3月7日起在单位公示栏公示5个工作日") == ("2025-03-07", "2025-03-13")


def test_results_said_other_ways() -> None:
    for said in ("公示期满，职工群众没有提出异议", "公示后群众无意见", "公示期间无人提出异议", "未收到任何异议"):
        assert publicity_result(said) == "无异议", said
    for instruction in ("如有异议，请向单位工会反映", "如无意见，视为同意", "未尽事宜请向工会反映"):
        assert publicity_result(instruction) is None, instruction


def test_numbered_diagnoses_are_their_items() -> None:
    assert diagnosis_items("1.冠心病 2.高血压病3级") == "冠心病；高血压病3级"
    assert diagnosis_items("（1）重症肌无力（2）骨质疏松症") == "重症肌无力；骨质疏松症"
    assert diagnosis_items("①冠心病②原发性高血压") == "冠心病；原发性高血压"
    assert diagnosis_items("1、2型糖尿病 2、冠心病") == "2型糖尿病；冠心病"
    assert diagnosis_items("1.5级高血压") == "1.5级高血压"  # a number, no list
    assert diagnosis_items("腰椎间盘突出症。") == "腰椎间盘突出症"


def test_dates_written_short_or_in_numerals() -> None:
    assert first_date("有效期至二〇二五年十二月三十一日") == "2025-12-31"
    assert first_date("23年1月24日") == "2023-01-24"  # a two-digit year, or the cell's edge cut "20" off
    assert first_date("共23年") is None
    # a year whose first characters a seal or a stroke took: what is left is still the year in this century
    assert first_date("023年10月10") == "2023-10-10"
    assert first_date("）二〇年七月四日") == "2020-07-04"
    assert first_date("一年五月十八日") is None  # one digit left of the year says nothing
    assert first_date("2019年至2023年10月10日") == "2023-10-10"


def test_a_notice_naming_the_household_by_its_applicant() -> None:
    """A 公示 that names the household only as "现将王强家庭…予以公示" (no 同志 after the name), and one that
    speaks of 下列职工家庭 (nobody's name): the applicant, and no name."""
    from dangan.extractors.fields import extract_fields

    def notice(sentence: str) -> list[Any]:
        s = Sheet()
        s.centred("公  示", 180, 56)
        s.paragraph([sentence, "公示期为2026年5月6日至2026年5月12日。", "公示结果：无异议"], 300)
        s.text("2026年5月13日", 1000, 620)
        return s.lines

    named = extract_fields("公示证明", notice("根据有关规定，现将王强家庭困难情况予以公示。"), today=TODAY).fields
    assert named.get("姓名") == "王强" and named["公示期起"] == "2026-05-06"
    listed = extract_fields("公示证明", notice("现对下列职工家庭的困难情况予以公示。"), today=TODAY).fields
    assert "姓名" not in listed
