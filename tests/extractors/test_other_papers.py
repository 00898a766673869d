"""其他 papers (REAL-DOCUMENTS: bank-card copies, receipts, school papers, 证明, 授权书, minutes): which date is
the paper's, whose name a receipt carries, a bank page without its title, a letter to a student, minutes
whose hand-written glyphs OCR read as traditional characters.

The pages of the first part are drawn here with PIL (``test_papers_general.Sheet``: every text drawn is one
OCR line) in wordings of the seeds and REAL-DOCUMENTS.md, none taken from a generator; each is classified
and read as the pipeline does. The last test draws the six released 其他 printings of ``synth`` and reads
them with real OCR, so that the readers are checked on pages they were not drawn for here.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from dangan.extractors.certificates import _bare_date, other_document
from dangan.extractors.fields import Extraction, extract_fields
from dangan.extractors.pipeline import extract_file
from dangan.schemas.normalise import simplified
from dangan.schemas.readings import check_fields

from .test_papers_general import TODAY, Sheet, check, read

# ---------------------------------------------------------------------------------------------
# Which date is the paper's


def passbook_attested() -> tuple[Sheet, dict[str, Any]]:
    """A passbook's first page copied and attested: its 开户日期 is the account's, the copy's date the paper's."""
    s = Sheet()
    s.centred("中国建设银行  活期储蓄存折", 300, 44)
    rows = [["户名", "彭玉兰"], ["账号", "6217002870011234567"], ["开户行", "中国建设银行株洲荷塘支行"],
            ["开户日期", "2018年3月12日"]]
    y = s.table(rows, [260, 760], 400, x=320, height=80)
    s.text("复印件与原件一致", 500, y + 120)
    s.text("彭玉兰", 860, y + 120)
    s.text("2026.2.3", 700, y + 190)
    return s, {"材料名称": "银行卡复印件", "姓名": "彭玉兰", "日期": "2026-02-03"}


def card_valid_until() -> tuple[Sheet, dict[str, Any]]:
    """A bank card's details with a 有效期 after the copy's date: the copy's date still wins."""
    s = Sheet()
    s.centred("借记卡复印件", 200, 48)
    s.paragraph(["持卡人：苏明辉", "卡号：6228480012345678901", "有效期至：2031年10月31日"], 320, x=300, gap=80)
    s.text("以上复印件与原件相符", 300, 700)
    s.text("2025年11月20日", 900, 780)
    return s, {"材料名称": "银行卡复印件", "姓名": "苏明辉", "日期": "2025-11-20"}


def passbook_unattested() -> tuple[Sheet, dict[str, Any]]:
    """A passbook copied with no note: its 开户日期 is the only date, and it is still read."""
    s = Sheet()
    s.centred("农村信用社储蓄存折", 200, 48)
    rows = [["户名", "龚德明", "账号", "6230910012345678"], ["开户网点", "湘潭县易俗河信用社", "开户日期", "2020-06-08"]]
    s.table(rows, [200, 420, 200, 520], 320)
    return s, {"材料名称": "银行卡复印件", "姓名": "龚德明", "日期": "2020-06-08"}


# ---------------------------------------------------------------------------------------------
# A receipt: the payer beside another label, a date without separators


def receipt_payer_beside_date() -> tuple[Sheet, dict[str, Any]]:
    """A hospital's 住院收费票据: 缴款人 and 开票日期 on one row, the date written 20250312."""
    s = Sheet()
    s.centred("湘潭市第一人民医院住院收费票据", 180, 48)
    s.text("缴款人：易春华", 150, 300)
    s.text("开票日期：20250312", 900, 300)
    rows = [["项目", "金额（元）"], ["床位费", "360.00"], ["药品费", "1285.40"], ["合计", "1645.40"]]
    y = s.table(rows, [500, 400], 380)
    s.text("收款单位（盖章）：湘潭市第一人民医院", 150, y + 80)
    return s, {"材料名称": "医药费票据", "姓名": "易春华", "日期": "2025-03-12"}


def receipt_separator_lost() -> tuple[Sheet, dict[str, Any]]:
    """A school's receipt whose date lost one separator to the copy (202509.01)."""
    s = Sheet()
    s.centred("学费收据", 180, 52)
    s.text("交款人：覃思雨", 150, 300)
    s.text("收费日期：202509.01", 900, 300)
    s.text("今收到2025年秋季学期学费人民币贰仟元整（￥2000.00）", 150, 400)
    s.text("收款单位：株洲市第二中学", 150, 480)
    return s, {"材料名称": "学费票据", "姓名": "覃思雨", "日期": "2025-09-01"}


# ---------------------------------------------------------------------------------------------
# Kind and name when the title or the punctuation is lost


def bank_page_title_lost() -> tuple[Sheet, dict[str, Any]]:
    """A passbook page whose title a stroke made unreadable: its account labels say what it is."""
    s = Sheet()
    s.centred("中国邮政储蓄  嶲折", 200, 44)  # the title's 存 lost
    rows = [["户名", "廖金花"], ["帐号", "6210981234567890123"], ["开户银行", "邮储银行衡阳分行"]]
    s.table(rows, [260, 760], 320, x=320, height=80)
    return s, {"材料名称": "银行卡复印件", "姓名": "廖金花"}


def admission_salutation_alone() -> tuple[Sheet, dict[str, Any]]:
    """An admission letter whose salutation has no colon, and a clerk's attestation signed by a parent."""
    s = Sheet()
    s.centred("湘潭县第一中学", 170, 52)
    s.centred("录取通知书", 260, 52)
    s.text("谭嘉怡同学", 150, 380)
    s.text("你已被我校高中部录取，请于2025年8月30日凭本通知书报到。", 190, 460)
    s.text("2025年7月12日", 1000, 580)
    s.text("复印件与原件一致", 500, 760)
    s.text("谭建军", 860, 760)
    return s, {"材料名称": "录取通知书", "姓名": "谭嘉怡", "日期": "2025-07-12"}


def minutes_traditional_glyphs() -> tuple[Sheet, dict[str, Any]]:
    """Hand-written minutes that OCR read partly in traditional characters (評議, 會議, 對): the title read so
    still says what the paper is, though its body names the 建档申请 it appraises."""
    s = Sheet()
    s.centred("民主評議會議記錄", 180, 52)
    s.paragraph(
        [
            "時間：2025年12月3日",
            "地點：工會會議室",
            "主持人：劉建國    記錄人：陳敏",
            "對職工鄧桂蘭的困难职工建档申请進行民主評議，經調查核實，該職工家庭共3人，主要致困原因",
            "為下崗失業，家庭生活困難，與會人員一致同意列為困難職工評議對象。",
        ],
        300,
        gap=80,
    )
    return s, {"材料名称": "民主评议会议记录", "姓名": "邓桂兰", "日期": "2025-12-03"}


def passbook_note_over_holder() -> tuple[Sheet, dict[str, Any]]:
    """A copy's note written over the passbook's 户名 row: the row's label under it is no signer's name."""
    s = Sheet()
    s.centred("中国邮政储蓄银行储蓄存折", 300, 44)
    s.text("复印件与原件一致", 470, 400)
    s.text("2026.4.13", 800, 470)
    rows = [["账号", "6217994481960353203"], ["开户行", "中国邮政储蓄银行唐山城东支行"], ["开户日期", "2021-03-30"]]
    s.table(rows, [260, 760], 500, x=440, height=80)
    return s, {"材料名称": "银行卡复印件", "日期": "2026-04-13"}


# ---------------------------------------------------------------------------------------------
# Wordings and arrangements none of the readers above was written from


def bill_name_glued() -> tuple[Sheet, dict[str, Any]]:
    """A hospital's 费用清单: the name and the next label read as one text, a header row under it."""
    s = Sheet()
    s.centred("住院费用清单", 180, 48)
    s.text("姓名：黄秋菊住院号：ZY20250312", 150, 300)
    s.text("科室：心内科", 900, 300)
    s.table([["项目", "金额"], ["药品费", "1200.00"], ["合计", "1200.00"]], [400, 300], 380)
    s.text("打印日期：2025-03-20", 150, 700)
    return s, {"材料名称": "医药费票据", "姓名": "黄秋菊", "日期": "2025-03-20"}


def school_letter_commas() -> tuple[Sheet, dict[str, Any]]:
    """A school's 在读证明: the pupil named after 兹证明, then the facts after commas."""
    s = Sheet()
    s.centred("在读证明", 180, 52)
    s.paragraph(["兹证明彭子轩，男，身份证号430203200701011235，系我校高二（3）班学生，", "现在校就读。", "特此证明。"], 300)
    s.text("株洲市第八中学（盖章）", 900, 600)
    s.text("2025年9月15日", 950, 670)
    return s, {"材料名称": "上学证明", "姓名": "彭子轩", "日期": "2025-09-15"}


def minutes_summary() -> tuple[Sheet, dict[str, Any]]:
    """A 会议纪要 whose result names the archive (困难职工档案): still minutes."""
    s = Sheet()
    s.centred("民主评议会议纪要", 180, 52)
    s.paragraph(["会议时间：2025年11月20日", "评议对象：钟国强", "参会人员：工会委员7人，职工代表5人",
                 "评议结果：同意钟国强同志列入困难职工档案。", "记录人：李娜"], 300, gap=70)
    return s, {"材料名称": "民主评议会议记录", "姓名": "钟国强", "日期": "2025-11-20"}


def receipts_headed_columns() -> tuple[Sheet, dict[str, Any]]:
    """Two receipts copied on a sheet as tables whose headers (交款人 | 收费日期 | 金额) head the values."""
    s = Sheet()
    s.centred("医疗门诊收费票据", 180, 48)
    s.table([["交款人", "收费日期", "金额"], ["任秀英", "2025-04-02", "86.50"]], [300, 400, 300], 300)
    s.table([["交款人", "收费日期", "金额"], ["任秀英", "2025-04-09", "120.00"]], [300, 400, 300], 600)
    return s, {"材料名称": "医药费票据", "姓名": "任秀英", "日期": "2025-04-09"}


def card_signed() -> tuple[Sheet, dict[str, Any]]:
    """A card whose brand names no kind of card (牡丹灵通卡): the bank and a number passing Luhn say it; the
    holder signs after 签名 under the note."""
    s = Sheet()
    s.draw.rectangle((300, 300, 980, 730), outline="black", width=3)
    s.text("中国工商银行 牡丹灵通卡", 340, 360)
    s.text("6222 0219 0300 1234 560", 360, 600)
    s.text("此复印件与原件核对无误", 300, 820)
    s.text("签名：罗志刚", 300, 890)
    s.text("2025.12.01", 700, 890)
    return s, {"材料名称": "银行卡复印件", "姓名": "罗志刚", "日期": "2025-12-01"}


def proof_names_the_storm() -> tuple[Sheet, dict[str, Any]]:
    """A community's 情况证明 in a table that names the storm, not the word 灾害."""
    s = Sheet()
    s.centred("情况证明", 180, 52)
    rows = [["申请人姓名", "谢红梅", "身份证号", "430102197501012345"], ["证明事项", "该户家中房屋因暴雨受损，情况属实。"],
            ["出具日期", "2025年7月3日"]]
    s.table(rows, [260, 360, 220, 560], 300, merged={1: [260, 1140], 2: [260, 1140]})
    return s, {"材料名称": "灾害证明", "姓名": "谢红梅", "日期": "2025-07-03"}


def receipt_payer_other_word() -> tuple[Sheet, dict[str, Any]]:
    """A clinic's receipt that prints 缴费人, its date followed by the hour."""
    s = Sheet()
    s.centred("湖南省医疗门诊收费票据", 180, 48)
    s.text("缴费人：邹丽华", 150, 300)
    s.text("日期：2025年03月12日 10:23", 900, 300)
    s.table([["项目", "金额"], ["西药费", "85.00"]], [400, 300], 380)
    return s, {"材料名称": "医药费票据", "姓名": "邹丽华", "日期": "2025-03-12"}


def letter_date_apart() -> tuple[Sheet, dict[str, Any]]:
    """A unit's 证明 of a fire at home, signed by the clerk, its date written apart (2025年 | 6月18日)."""
    s = Sheet()
    s.centred("证明", 180, 52)
    s.paragraph(["兹证明我单位职工刘洋，因家中失火，财产损失严重，生活困难。", "特此证明。"], 300)
    s.text("经办人：张敏", 150, 500)
    s.text("联系电话：0731-22880011", 700, 500)
    s.text("2025年", 900, 600)
    s.text("6月18日", 1040, 600)
    return s, {"材料名称": "事故证明", "姓名": "刘洋", "日期": "2025-06-18"}


def e_receipt_patient() -> tuple[Sheet, dict[str, Any]]:
    """A 医疗收费电子票据 that names the patient 就诊人, and a 结算清单 that says 患者."""
    s = Sheet()
    s.centred("医疗收费电子票据", 180, 48)
    s.text("就诊人：冯淑芬", 150, 300)
    s.text("开票日期：2025-08-14", 900, 300)
    s.table([["项目名称", "金额（元）"], ["检查费", "260.00"]], [400, 300], 380)
    return s, {"材料名称": "医药费票据", "姓名": "冯淑芬", "日期": "2025-08-14"}


def settlement_patient() -> tuple[Sheet, dict[str, Any]]:
    s = Sheet()
    s.centred("住院费用结算清单", 180, 48)
    s.text("患者：钱德胜", 150, 300)
    s.text("住院号：2025003", 600, 300)
    s.text("结算日期：2025年9月30日", 1000, 300)
    return s, {"材料名称": "医药费票据", "姓名": "钱德胜", "日期": "2025-09-30"}


def authorisation_signers() -> tuple[Sheet, dict[str, Any]]:
    """A 授权书 signed by every member in boxes two to a row (the spouse's first, a little higher than the
    applicant's), the applicant signing again under the pledge: whose paper it is is the applicant's."""
    s = Sheet()
    s.centred("授权书", 160, 52)
    s.paragraph(["本人及家庭成员同意工会及民政部门查询核对家庭收入、存款、房产等信息。"], 260)
    s.text("授权人签名：邵丽娟", 150, 396)
    s.text("授权人签名：", 900, 400)
    s.text("骆文斌", 1090, 400)
    s.text("与申请人关系：配偶", 150, 470)
    s.text("与申请人关系：本人", 900, 470)
    s.text("授权人签名：骆晓雯", 150, 600)
    s.text("与申请人关系：女儿", 150, 670)
    s.text("申请人（签名）：骆文斌", 850, 820)
    s.text("2025年10月9日", 950, 900)
    return s, {"材料名称": "授权书", "姓名": "骆文斌", "日期": "2025-10-09"}


def declaration_colon_lost() -> tuple[Sheet, dict[str, Any]]:
    """A 声明书 whose signature's label lost its colon to the copy: 签名 is the label's word, not the name's."""
    s = Sheet()
    s.centred("声明书", 160, 52)
    s.paragraph(["本人承诺所提供的家庭收入及财产情况真实，如有虚假愿承担相应责任。"], 280)
    s.text("声明人签名蒋春燕", 150, 420)
    s.text("2026年1月15日", 900, 520)
    return s, {"材料名称": "授权书", "姓名": "蒋春燕", "日期": "2026-01-15"}


def minutes_several_workers() -> tuple[Sheet, dict[str, Any]]:
    """Minutes of one appraisal of several workers, listed in a table: the one the agenda names first is
    the household's (its copy filed in that worker's archive), not the table's first row."""
    s = Sheet()
    s.centred("民主评议会议记录", 160, 52)
    s.paragraph(["会议时间：2025年11月6日", "会议议题：对江海燕等3名职工的建档申请进行民主评议"], 260, gap=70)
    rows = [["序号", "职工姓名", "评议结果"], ["1", "孔德华", "同意"], ["2", "江海燕", "同意"], ["3", "蔡明", "同意"]]
    s.table(rows, [160, 300, 300], 440)
    return s, {"材料名称": "民主评议会议记录", "姓名": "江海燕", "日期": "2025-11-06"}


def pledge_signed() -> tuple[Sheet, dict[str, Any]]:
    """The seeds' 承诺书 (the applicant's pledge that the papers are true), signed under 签名 alone."""
    s = Sheet()
    s.centred("诚信承诺书", 160, 52)
    s.paragraph(["本人保证所提交的申请材料真实有效，愿意接受工会组织的审核，如有虚假自愿退回帮扶资金。"], 280)
    s.text("签名：卢桂芳", 850, 460)
    s.text("2025年8月19日", 900, 540)
    return s, {"材料名称": "授权书", "姓名": "卢桂芳", "日期": "2025-08-19"}


def pledge_promiser() -> tuple[Sheet, dict[str, Any]]:
    """A pledge in the seeds' wording (本人承诺 …) signed after 承诺人（签名）, the date on the same row."""
    s = Sheet()
    s.centred("承诺书", 160, 52)
    s.paragraph(["本人承诺以上所填情况皆真实，愿意接受审核。若隐瞒或弄虚作假，自愿承担责任。"], 280)
    s.text("承诺人（签名）：贺志坚", 150, 460)
    s.text("2026年2月11日", 900, 460)
    return s, {"材料名称": "授权书", "姓名": "贺志坚", "日期": "2026-02-11"}


def admission_period_below() -> tuple[Sheet, dict[str, Any]]:
    """An admission letter dated under the school's name, the days to report printed below it as a period:
    the letter's date is the day it was written, not the period's last day."""
    s = Sheet()
    s.centred("录取通知书", 160, 52)
    s.text("龙思彤同学：", 150, 280)
    s.paragraph(["你已被我校2025级护理专业录取，请凭本通知书按时报到。"], 350, x=190)
    s.text("衡阳市卫生学校", 900, 480)
    s.text("2025年7月8日", 920, 550)
    s.text("报到时间：2025年8月30日至9月1日", 150, 680)
    return s, {"材料名称": "录取通知书", "姓名": "龙思彤", "日期": "2025-07-08"}


def letter_opens_with_the_person() -> tuple[Sheet, dict[str, Any]]:
    """A community's 情况证明 that opens with the person and their sex, no 兹证明 before the name."""
    s = Sheet()
    s.centred("情况证明", 160, 52)
    s.paragraph(["邝志明，男，汉族，住本社区向阳路12号。2025年7月其家中遭遇洪水，房屋受损严重。", "特此证明。"], 280)
    s.text("向阳社区居民委员会", 850, 500)
    s.text("2025年7月28日", 900, 570)
    return s, {"材料名称": "灾害证明", "姓名": "邝志明", "日期": "2025-07-28"}


def enrolment_notice_candidate() -> tuple[Sheet, dict[str, Any]]:
    """A school's 入学通知书 that names the pupil as 考生."""
    s = Sheet()
    s.centred("新生入学通知书", 160, 52)
    s.paragraph(["考生石佳琪：", "经审核，你已被我校2025级计算机应用专业录取，请按时报到。"], 280)
    s.text("株洲市职业技术学校", 850, 500)
    s.text("2025年7月20日", 900, 570)
    return s, {"材料名称": "录取通知书", "姓名": "石佳琪", "日期": "2025-07-20"}


def delegation_label_notes() -> tuple[Sheet, dict[str, Any]]:
    """A 委托书 whose labels carry a note in brackets before the colon (委托人（授权人）：…), the person's
    facts glued after the name, and the signature's label with its own note, the name in the next cell."""
    s = Sheet()
    s.centred("委托书", 160, 52)
    s.text("委托人（甲方）：彭秋月性别：女身份证号码：430202198003154521", 150, 280)
    s.text("受托人（乙方）：彭建华与委托人关系：兄弟", 150, 350)
    s.paragraph(["本人因长期住院，现委托受托人代为办理困难职工建档申请及相关手续。"], 430)
    s.text("委托人（签名并捺印）：", 150, 620)
    s.text("彭秋月", 620, 620)
    s.text("2025年12月3日", 900, 700)
    return s, {"材料名称": "授权书", "姓名": "彭秋月", "日期": "2025-12-03"}


def delegation_colons_lost() -> tuple[Sheet, dict[str, Any]]:
    """The same 委托书 copied faintly: every colon lost, the name run into the next label and its value."""
    s = Sheet()
    s.centred("委托书", 160, 52)
    s.text("委托人（授权人）向红英性别女身份证号码", 150, 280)
    s.text("430302197702113829", 1000, 280)
    s.text("受托人向志刚与委托人关系儿子", 150, 350)
    s.paragraph(["本人因在外地务工，现委托受托人代为办理困难职工建档申请相关事宜。"], 430)
    s.text("委托人（签名并按手印）", 150, 620)
    s.text("2026年2月16日", 900, 700)
    return s, {"材料名称": "授权书", "姓名": "向红英", "日期": "2026-02-16"}


def counterfoil_date_misread() -> tuple[Sheet, dict[str, Any]]:
    """A 证明 torn from a pad with its 存根 beside it: the letter's date under the seal read as a day still to
    come, the counterfoil's 开具日期 the same day whole: the possible one is the paper's."""
    s = Sheet()
    s.text("证明存根", 120, 160)
    s.text("姓名：黎志红", 80, 260)
    s.text("事由：灾害证明", 80, 330)
    s.text("开具日期：2025年6月12日", 80, 400)
    s.text("证明", 900, 160, size=52)
    s.text("兹证明我村村民黎志红家于2025年6月遭受洪涝，房屋受损。", 640, 260)
    s.text("河西村村民委员会", 1150, 460)
    s.text("2089年6月12日", 1200, 540)
    return s, {"材料名称": "灾害证明", "姓名": "黎志红", "日期": "2025-06-12"}


def counterfoil_year_cut() -> tuple[Sheet, dict[str, Any]]:
    """The same pad, the letter's year half under the seal (20年6月12日): the counterfoil prints it whole."""
    s = Sheet()
    s.text("证明存根", 120, 160)
    s.text("姓名：黎志红", 80, 260)
    s.text("开具日期：2023年6月12日", 80, 400)
    s.text("证明", 900, 160, size=52)
    s.text("兹证明我村村民黎志红家于2023年6月遭受洪涝，房屋受损。", 640, 260)
    s.text("河西村村民委员会", 1150, 460)
    s.text("20年6月12日", 1200, 540)
    return s, {"材料名称": "灾害证明", "姓名": "黎志红", "日期": "2023-06-12"}


def minutes_introduce_worker() -> tuple[Sheet, dict[str, Any]]:
    """Minutes that name the worker only in what the meeting did: someone introduced the family, the
    meeting agreed to it (the chair and the recorder named as often, before the worker)."""
    s = Sheet()
    s.centred("工会委员会会议记录", 160, 52)
    s.paragraph(["时间：2026年1月8日", "主持人：罗国强", "记录人：易小红",
                 "一、罗国强同志主持会议。", "二、易小红介绍龙海燕同志家庭情况，经入户核实属实。",
                 "三、会议同意龙海燕同志为困难职工建档对象。"], 260, gap=70)
    return s, {"材料名称": "民主评议会议记录", "姓名": "龙海燕", "日期": "2026-01-08"}


def e_receipt_payer_code_first() -> tuple[Sheet, dict[str, Any]]:
    """An electronic receipt printing the payer's code under a longer label that begins with 交款人, then
    交款人：<name> on the same row: the code's label is no payer's, the name is."""
    s = Sheet()
    s.centred("医疗收费电子票据", 160, 48)
    s.text("交款人统一社会信用代码：430204197805061234", 150, 300)
    s.text("交款人：郑桂香", 1100, 300)
    s.text("开票日期：2026-03-02", 1100, 380)
    s.table([["项目名称", "金额（元）"], ["检查费", "320.00"]], [400, 300], 460)
    return s, {"材料名称": "医药费票据", "姓名": "郑桂香", "日期": "2026-03-02"}


def receipt_payer_unit_or_person() -> tuple[Sheet, dict[str, Any]]:
    """A pre-printed fee receipt whose payer's label is 交款单位（人）, the name in the cell beside it and the
    fee categories in the cells below (a category is no payer)."""
    s = Sheet()
    s.centred("长沙县人民医院门诊收费票据", 160, 48)
    s.table([["交款单位（人）", "郭明", "日期", "2026-03-01"], ["西药费", "120.00", "检查费", "85.00"],
             ["治疗费", "40.00", "合计", "245.00"]], [300, 300, 200, 400], 260)
    return s, {"材料名称": "医药费票据", "姓名": "郭明", "日期": "2026-03-01"}


def receipt_payer_colon_as_stop() -> tuple[Sheet, dict[str, Any]]:
    """The payer's label read with its colon as a full stop (缴款单位（个人）。), the name apart on its row, a
    fee category under the label."""
    s = Sheet()
    s.centred("医疗收费收据", 160, 48)
    s.text("缴款单位（个人）。", 150, 280)
    s.text("蒋春梅", 520, 280)
    s.text("收费日期：2025年12月3日", 950, 280)
    s.text("化验费", 160, 380)
    s.text("66.00", 480, 380)
    return s, {"材料名称": "医药费票据", "姓名": "蒋春梅", "日期": "2025-12-03"}


def minutes_sign_in_sheet() -> tuple[Sheet, dict[str, Any]]:
    """Minutes whose sign-in sheet (序号 | 签名 | 职务, two groups side by side) lists everyone present: the
    signers are not whose paper it is, the worker the minutes appraised is."""
    s = Sheet()
    s.centred("困难职工建档民主评议会议记录", 160, 48)
    s.paragraph(["2026年3月18日，工会召开民主评议会，会议由工会主席何志刚主持。",
                 "会议对职工彭建华的困难职工建档申请进行了民主评议，同意列为建档对象。"], 260)
    s.text("签到表", 760, 460)
    s.table([["序号", "签名", "职务", "序号", "签名", "职务"], ["1", "何志刚", "主席", "3", "唐丽", "委员"],
             ["2", "刘小燕", "干事", "4", "胡斌", "代表"]], [120, 220, 200, 120, 220, 200], 520)
    return s, {"材料名称": "民主评议会议记录", "姓名": "彭建华", "日期": "2026-03-18"}


def minutes_attendance_by_name() -> tuple[Sheet, dict[str, Any]]:
    """Minutes whose attendance table heads its names 姓名 (姓名 | 单位职务 | 签字), the worker named only in the
    body after the table."""
    s = Sheet()
    s.centred("民主评议会议记录", 160, 52)
    s.text("时间：2025年10月9日", 150, 260)
    s.table([["姓名", "单位职务", "签字"], ["孙立新", "工会主席", ""], ["陈静", "工会委员", ""],
             ["马俊", "职工代表", ""]], [260, 400, 300], 320)
    s.paragraph(["会议介绍朱秀兰同志家庭情况，与会人员一致同意其建档申请。"], 700)
    return s, {"材料名称": "民主评议会议记录", "姓名": "朱秀兰", "日期": "2025-10-09"}


def proof_person_is_a_worker() -> tuple[Sheet, dict[str, Any]]:
    """A unit's 证明 naming its worker, then what he is (兹证明…为我单位职工), the storm in the next sentence."""
    s = Sheet()
    s.centred("证  明", 180, 52)
    s.paragraph(["兹证明张建华为我单位职工，其家庭于2025年7月遭受洪涝，", "房屋受损，生活困难。", "特此证明。"], 320)
    s.text("株洲冶炼集团股份有限公司", 900, 700)
    s.text("2025年7月28日", 950, 780)
    return s, {"材料名称": "灾害证明", "姓名": "张建华", "日期": "2025-07-28"}


def school_proof_person_studies() -> tuple[Sheet, dict[str, Any]]:
    """A school's letter: the student, then where she studies (兹证明…在我校…就读), signed at the right."""
    s = Sheet()
    s.centred("在读证明", 160, 52)
    s.text("兹证明李思远在我校高二（3）班就读，学制三年。", 200, 320)
    s.text("特此证明。", 200, 400)
    s.text("湘潭市第一中学（盖章）", 1000, 560)
    s.text("二〇二五年九月三日", 1020, 640)
    return s, {"材料名称": "上学证明", "姓名": "李思远", "日期": "2025-09-03"}


def proof_after_inquiry() -> tuple[Sheet, dict[str, Any]]:
    """A village's 情况证明 that opens with the inquiry (经核实，…家庭于…), the person only in it."""
    s = Sheet()
    s.text("情况证明", 700, 160, size=52)
    s.paragraph(["经核实，刘国庆家庭于2025年5月遭受冰雹，农作物绝收，", "家庭生活困难。"], 300, x=180)
    s.text("河西村村民委员会", 1100, 560)
    s.text("2025.06.02", 1150, 640)
    return s, {"材料名称": "灾害证明", "姓名": "刘国庆", "日期": "2025-06-02"}


def unit_worker_because() -> tuple[Sheet, dict[str, Any]]:
    """A unit's letter that names its worker and the cause at once (我单位职工赵丽因家中失火…)."""
    s = Sheet()
    s.centred("证明", 160, 52)
    s.text("我单位职工赵丽因家中失火，财产损失严重，特此证明。", 160, 300)
    s.text("2025年3月9日", 1000, 420)
    return s, {"材料名称": "事故证明", "姓名": "赵丽", "日期": "2025-03-09"}


def card_holder_signs() -> tuple[Sheet, dict[str, Any]]:
    """A card's copy signed by its holder under 持卡人签名, the card's lines above."""
    s = Sheet()
    s.centred("借记卡复印件", 160, 52)
    s.text("中国工商银行", 300, 300)
    s.text("6222 0212 3456 7890 128", 300, 380)
    s.text("持卡人签名：黄英", 300, 560)
    s.text("2025年3月1日", 900, 640)
    return s, {"材料名称": "银行卡复印件", "姓名": "黄英", "日期": "2025-03-01"}


def proof_of_a_household_no_name() -> tuple[Sheet, dict[str, Any]]:
    """A letter about 该户 (the household, no person named): no name read from the pronoun."""
    s = Sheet()
    s.centred("证明", 160, 52)
    s.text("兹证明该户家庭于2025年8月遭受台风，房屋倒塌。", 160, 300)
    s.text("2025年9月2日", 1000, 420)
    return s, {"材料名称": "灾害证明", "日期": "2025-09-02"}


def death_proof_relative_of() -> tuple[Sheet, dict[str, Any]]:
    """A village committee's proof of a death, the dead told as the applicant's wife in brackets (之妻, not
    之配偶): the paper names the dead."""
    s = Sheet()
    s.centred("死亡证明", 160, 52)
    s.paragraph(["王秀英（李建国之妻）于2025年3月5日因病去世，", "特此证明。"], 300, x=160)
    s.text("红旗村村民委员会", 900, 560)
    s.text("2025年3月10日", 920, 640)
    return s, {"材料名称": "死亡证明", "姓名": "王秀英", "日期": "2025-03-10"}


def death_proof_relative_of_said_as() -> tuple[Sheet, dict[str, Any]]:
    """The same told with 系 … 的 and the relation in two characters (系李建国的母亲)."""
    s = Sheet()
    s.centred("死亡证明", 160, 52)
    s.paragraph(["赵桂兰（系周志伟的母亲）于2024年11月20日病故，", "情况属实，特此证明。"], 300, x=160)
    s.text("2024年11月25日", 920, 560)
    return s, {"材料名称": "死亡证明", "姓名": "赵桂兰", "日期": "2024-11-25"}


def card_face_attested_otherwise() -> tuple[Sheet, dict[str, Any]]:
    """A debit card's face copied (no 户名 printed on it), the holder attesting the copy in a wording of their own
    (与原件相符, not 复印件与原件一致) and signing after it on the same line, the date under it."""
    s = Sheet()
    s.text("中国农业银行", 300, 200, 40)
    s.text("借记卡", 800, 200, 40)
    s.text("6228 4800 1234 5678 901", 300, 320, 40)
    s.text("银联 UnionPay", 800, 420, 36)
    s.text("经核对与原件相符  邹丽华", 300, 560)
    s.text("2026.2.3", 300, 630)
    return s, {"材料名称": "银行卡复印件", "姓名": "邹丽华", "日期": "2026-02-03"}


PAGES = {
    "passbook attested": passbook_attested,
    "card valid until": card_valid_until,
    "passbook unattested": passbook_unattested,
    "receipt payer beside date": receipt_payer_beside_date,
    "receipt separator lost": receipt_separator_lost,
    "bank page title lost": bank_page_title_lost,
    "admission salutation alone": admission_salutation_alone,
    "minutes traditional glyphs": minutes_traditional_glyphs,
    "passbook note over holder": passbook_note_over_holder,
    "bill name glued": bill_name_glued,
    "school letter commas": school_letter_commas,
    "minutes summary": minutes_summary,
    "receipts headed columns": receipts_headed_columns,
    "card signed": card_signed,
    "proof names the storm": proof_names_the_storm,
    "receipt payer other word": receipt_payer_other_word,
    "letter date apart": letter_date_apart,
    "e-receipt patient": e_receipt_patient,
    "settlement patient": settlement_patient,
    "authorisation signers": authorisation_signers,
    "declaration colon lost": declaration_colon_lost,
    "minutes several workers": minutes_several_workers,
    "pledge signed": pledge_signed,
    "admission period below": admission_period_below,
    "pledge promiser": pledge_promiser,
    "letter opens with the person": letter_opens_with_the_person,
    "enrolment notice candidate": enrolment_notice_candidate,
    "delegation label notes": delegation_label_notes,
    "delegation colons lost": delegation_colons_lost,
    "minutes introduce worker": minutes_introduce_worker,
    "counterfoil date misread": counterfoil_date_misread,
    "counterfoil year cut": counterfoil_year_cut,
    "e-receipt payer code first": e_receipt_payer_code_first,
    "receipt payer unit or person": receipt_payer_unit_or_person,
    "receipt payer colon as stop": receipt_payer_colon_as_stop,
    "minutes sign-in sheet": minutes_sign_in_sheet,
    "minutes attendance by name": minutes_attendance_by_name,
    "proof person is a worker": proof_person_is_a_worker,
    "school proof person studies": school_proof_person_studies,
    "proof after inquiry": proof_after_inquiry,
    "unit worker because": unit_worker_because,
    "card holder signs": card_holder_signs,
    "proof of a household no name": proof_of_a_household_no_name,
    "death proof relative of": death_proof_relative_of,
    "death proof relative of said as": death_proof_relative_of_said_as,
    "card face attested otherwise": card_face_attested_otherwise,
}


@pytest.mark.parametrize("name", list(PAGES))
def test_other_paper_read(name: str) -> None:
    sheet, truth = PAGES[name]()
    got = read(sheet, "其他")
    check(got, truth)
    assert set(got) <= set(truth) | {"是否盖章"}, got  # nothing read that the paper does not say


def test_traditional_glyphs_folded_names_kept() -> None:
    assert simplified("民主評議會議記錄") == "民主评议会议记录"
    assert simplified("對鄧桂蘭同志") == "对邓桂兰同志"
    # simplified characters of their own (names: 张乾, 於丽) and rare name characters stay as written
    assert simplified("张乾 於丽 王喆 李玥") == "张乾 於丽 王喆 李玥"
    assert simplified("2025年3月5日 No.12") == "2025年3月5日 No.12"


def test_a_bare_date_is_a_whole_line() -> None:
    assert _bare_date("结算日期：20260106") == ["2026-01-06"]
    assert _bare_date("202605.22") == ["2026-05-22"]
    assert _bare_date("2026.0522") == ["2026-05-22"]
    # numbers of other kinds are no dates: an ID number, a card number, an amount, a date that is none
    assert _bare_date("430203195203114517") == []
    assert _bare_date("卡号：6228480012345678901") == []
    assert _bare_date("金额：20250.00") == []
    assert _bare_date("20261345") == []
    assert _bare_date("流水号：20251231") == [] and _bare_date("票据号码：20250312") == []
    assert _bare_date("开票时间：20250312") == ["2025-03-12"]


def test_an_attested_copy_has_one_date_left_when_the_note_is_lost() -> None:
    """Lines handed over as they are: the copy's date read, its note lost; the 开户日期 still loses to it."""
    sheet, truth = passbook_attested()
    lines = [ln for ln in sheet.lines if "原件" not in ln.text]
    ex = Extraction()
    other_document(ex, lines)
    assert ex.fields["日期"] == truth["日期"]


# ---------------------------------------------------------------------------------------------
# The released 其他 printings of synth, read with real OCR (pages the readers above were not drawn for)

PRINTINGS = ("银行卡/存折首页复印", "票据/结算单", "会议记录/手写横线纸")


def _draw_released(printing: str, seed: int) -> Any:
    from datetime import timedelta

    from dangan.synth.households import make_households
    from dangan.synth.layouts import kinds, layouts_of
    from dangan.synth.render import load_layouts

    load_layouts()
    lay = next(lay for k in kinds() if k.startswith("其他/") for lay in layouts_of(k) if lay.name == printing)
    hh = make_households(6, 41)[seed % 6]
    rng = random.Random(seed)
    if printing.startswith("票据/"):  # a receipt is drawn for what it pays (as the corpus draws a hospital's)
        day = hh.created - timedelta(days=30)
        name = hh.record["姓名"]
        return lay.draw(hh, rng, "医药费票据", name, hh.unit.hospitals[0], "西药费 / 治疗费 / 检查费", day,
                        "医疗收费票据", "收费专用章")
    return lay.draw(hh, rng)


@pytest.mark.parametrize("printing", PRINTINGS)
def test_released_printing_read(printing: str, tmp_path: Path) -> None:
    from dangan.synth.canvas import rasterise

    doc = _draw_released(printing, 3)
    assert doc.doc_type == "其他" and set(doc.fields) == {"材料名称", "姓名", "日期"}
    path = tmp_path / "page.png"
    rasterise(doc.pages[0], 200).save(path, dpi=(200, 200))
    got = extract_file(path, "rapidocr")
    assert got["doc_type"] == "其他"
    assert check_fields(got["fields"]) == {}
    wrong = {k: (v, got["fields"].get(k)) for k, v in doc.fields.items() if got["fields"].get(k) != v}
    assert not wrong, wrong


def _proof(cell_name: str, said_name: str) -> Sheet:
    s = Sheet()
    s.centred("意外事故证明", 180, 52)
    s.table([["姓名", cell_name], ["证明事项", f"兹证明我辖区居民{said_name}家庭于2025年5月遭受意外事故，情况属实。"]],
            [260, 1140], 300)
    s.text("2025.05.27", 1000, 600)
    return s


def test_a_name_read_two_ways_waits_for_a_person() -> None:
    """The cell and the sentence name one person; read one character apart, the reading is not trusted."""
    agree = extract_fields("其他", _proof("沈军浩", "沈军浩").lines, today=TODAY)
    assert agree.fields["姓名"] == "沈军浩" and agree.confidence["姓名"] >= 0.9
    apart = extract_fields("其他", _proof("沈军告", "沈军浩").lines, today=TODAY)
    assert apart.fields["姓名"] == "沈军告" and apart.confidence["姓名"] < 0.6
    other = extract_fields("其他", _proof("沈军浩", "李红梅").lines, today=TODAY)  # two people: the cell's
    assert other.fields["姓名"] == "沈军浩" and other.confidence["姓名"] >= 0.9
