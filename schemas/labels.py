"""Canonical Chinese labels (national 困难职工档案表, 全总 2016) and the variants seen on the forms.

Code uses English identifiers; everything a user reads (JSON, CSV, XLSX, reports) uses these labels.
"""

from __future__ import annotations

import re

# English identifier -> canonical label, household record (ARCHIVE-SCHEMA.md §1).
HOUSEHOLD_LABELS: dict[str, str] = {
    "archive_no": "职工编号",
    "unit": "单位",  # the union unit keeping the archive (建档工会); reports are grouped by it
    "hardship_category": "困难类别",
    "archive_type": "档案类型",
    "archive_standard": "建档标准",
    "name": "姓名",
    "ethnicity": "民族",
    "gender": "性别",
    "political_status": "政治面貌",
    "id_number": "身份证号",
    "birth_date": "出生日期",
    "age": "年龄",
    "health": "健康状况",
    "disease_category": "疾病/残疾类别",
    "work_status": "工作状态",
    "work_start": "工作时间",
    "housing_type": "住房类型",
    "floor_area": "建筑面积",
    "mobile": "手机号码",
    "other_contact": "其他联系方式",
    "postcode": "邮政编码",
    "model_worker": "劳模类型",
    "marital_status": "婚姻状况",
    "single_parent": "是否单亲",
    "medical_insurance": "医保状况",
    "address": "家庭住址",
    "employer": "工作单位",
    "employer_nature": "单位性质",
    "enterprise_status": "企业状况",
    "industry": "所属行业",
    "monthly_income": "本人月平均收入",
    "other_annual_income": "家庭其他非薪资年收入",
    "household_annual_income": "家庭年度总收入",
    "household_size": "家庭人口",
    "per_capita_monthly_income": "家庭月人均收入",
    "hukou_region": "户口所在地行政区划",
    "hukou_type": "户口类型",
    "self_help": "是否有一定自救能力",
    "zero_employment": "是否为零就业家庭",
    "main_cause": "主要致困原因",
    "secondary_causes": "次要致困原因",
    "necessary_expenses": "年度必要支出",
    "bank": "开户银行",
    "bank_branch": "支行名称",
    "bank_card": "银行卡号",
    "dibao": "有无低保",
    "migrant_worker": "是否农民工",
    "contract_signed": "劳动合同签订时间",
    "contract_term": "合同期限",
    "created_by": "建档人",
    "reviewed_by": "审核人",
    "entered_by": "录入人",
    # 立卡信息 (全总 困难职工档案表, 河北 附件6)
    "exit_target": "解困脱困对象",
    "key_group": "五类重点群体",
    "four_batches": "四个一批措施",
    "action_plans": "七个行动计划",
    "card_date": "立卡时间",
    "helper_unit": "帮扶单位",
    "helper_contact": "帮扶联系人",
    "hardship_description": "困难情况说明",
    "remarks": "备注",
}

# Household members (ARCHIVE-SCHEMA.md §2).
MEMBER_LABELS: dict[str, str] = {
    "name": "姓名",
    "relation": "关系",
    "ethnicity": "民族",
    "id_number": "身份证号",
    "birth_date": "出生日期",
    "age": "年龄",
    "gender": "性别",
    "political_status": "政治面貌",
    "monthly_income": "月收入",
    "model_worker": "劳模类型",
    "health": "健康状况",
    "disease_category": "疾病/残疾类别",
    "medical_insurance": "医保状况",
    "marital_status": "婚姻状况",
    "hukou_type": "户口类型",
    "mobile": "手机号码",
    "identity": "人员身份",
    "education": "当前学历",
    "enrolment_year": "入学年份",
    "study_years": "年制",
    "employer_or_school": "单位或学校",
    "employer_nature": "单位性质",
    "enterprise_status": "企业状况",
    "industry": "所属行业",
    "work_status": "工作状态",
    "contract_signed": "劳动合同签订/入伍时间",
    "contract_term": "合同期限",
}

# Label variants on the four form versions -> canonical label.
LABEL_SYNONYMS: dict[str, str] = {
    "婚姻情况": "婚姻状况",
    "公民身份号码": "身份证号",
    "公民身份证号码": "身份证号",
    "身份证号码": "身份证号",
    "联系电话": "手机号码",
    "参加工作时间": "工作时间",
    "本人月收入": "本人月平均收入",
    "家庭其他年收入": "家庭其他非薪资年收入",
    "家庭非薪资收入": "家庭其他非薪资年收入",
    "因困总支出": "年度必要支出",
    "家庭年度必要性支出": "年度必要支出",
    "现居住地": "家庭住址",
    "户口所在地": "户口所在地行政区划",
    "户口所在行政区划": "户口所在地行政区划",
    "户籍地址": "户口所在地行政区划",
    "致困原因": "主要致困原因",
    "劳模类别": "劳模类型",
    "关系（是户主的）": "关系",
    "与申请人关系": "关系",
    "与户主关系": "关系",
    "户主或与户主关系": "关系",
    "家庭关系": "关系",
    "其它联系方式": "其他联系方式",
    "身份": "人员身份",
    "单位或学校名称": "单位或学校",
    "困难职工编号": "职工编号",
    "困难职工单位工会": "单位",
    "建档单位": "单位",
    "填报单位": "单位",
    "档案编号": "职工编号",
    "申请困难类别": "困难类别",
    "帮扶责任人": "帮扶联系人",
    "家庭主要困难情况": "困难情况说明",
    "家庭困难原因及状况": "困难情况说明",
    "手机": "手机号码",
    "是否为解困脱困对象": "解困脱困对象",
    "四个一批": "四个一批措施",  # ARCHIVE-SCHEMA.md prints the measures' name in quotes: "四个一批"措施
    "出生年月": "出生日期",  # 河北 and the national 联系卡 (职工姓名 性别 出生年月)
}

# Other units' printings of the seeds' questions, worded as they are on real forms (REAL-DOCUMENTS.md: each
# unit prints the form from its own Word file); added after the variants below are drawn from the seeds' words.
OTHER_PRINTINGS: dict[str, str] = {
    # other units' printings of the same questions (REAL-DOCUMENTS.md: each unit prints the form from its own
    # Word file): the address asked as where one lives now, as 河北's 现居住地 does
    "现住址": "家庭住址",
    "现居住地址": "家庭住址",
    "现住地址": "家庭住址",
    "居住地址": "家庭住址",
    "户籍地": "户口所在地行政区划",  # the seeds' word for where one's 户口 is (000 第…条, 002: 户籍地政府)
    "住房情况": "住房类型",
    "医疗保险": "医保状况",
    "支行": "支行名称",  # under 开户银行, beside 账号
    # the category asked for (河北 申报表: 申请困难类别) or found (杭州: 困难类别（由…认定）), worded by the act
    "申报困难类别": "困难类别",
    "认定困难类别": "困难类别",
    "申报类别": "困难类别",
    "申请类别": "困难类别",
    # 000's 审批表 prints the narrative's label over two lines, 家庭主要 / 困难情况 (困难情况 alone: CELL_ONLY)
    "困难情况": "困难情况说明",
    "家庭困难情况": "困难情况说明",
    "低保情况": "有无低保",  # 000: 有无低保 □有低保 □无低保
    "在岗情况": "工作状态",  # answered 在岗 / 内退 / 下岗 …, the 工作状态 list
    "申请人所在单位工会": "单位",  # the archive's union, as 困难职工单位工会
    "所在单位工会": "单位",
    "有无一定自救能力": "是否有一定自救能力",
    "劳模": "劳模类型",  # answered 非劳模 / 全国劳模 …
    # the applicant's employer asked as 所在单位 (the seeds' own word for it: 000 需所在单位开具收入证明, 001
    # 加盖所在单位的工会公章), work status as 在岗状态 (answered 在岗 / 下岗 …, as 在岗情况), the year's income
    # said short (家庭年总收入), the 低保 question as the common 是否享受低保 (answered 有低保 / 无低保)
    "所在单位": "工作单位",
    "在岗状态": "工作状态",
    "家庭年总收入": "家庭年度总收入",
    "是否享受低保": "有无低保",
    # the seeds ask whether one is a 困难职工 or a 困难农民工 (002: □困难职工 □困难农民工): a unit may ask it as the
    # person's category, answered 职工 / 农民工 (fields.LABELLESS reads those words as 是否农民工)
    "人员类别": "是否农民工",
    "身体状况": "健康状况",  # the common wording of a person's health on application forms (answered 健康 / 患病 …)
    "卡号": "银行卡号",  # beside 开户银行 and 支行: the card's number, the seeds' 银行卡号 said short
    # the member's relation to the applicant, whom the forms call 本人 (本人月收入, 本人承诺); seed 002 prints
    # it 与申请人关系
    "与本人关系": "关系",
    # the health insurance asked as whether and where one is insured (参保: 城镇职工医保 / 新农合 …), the common
    # wording of social-insurance questions on application forms
    "医保参保情况": "医保状况",
    "医疗保险参保情况": "医保状况",
    # the branch of the bank asked as the bank's 网点 (the banks' own word for a branch office, printed on
    # account-opening and salary-card forms: 开户网点)
    "开户网点": "支行名称",
    # the measures named with what they are ("四个一批"帮扶措施, as units word 帮扶 measures elsewhere: 帮扶单位,
    # 帮扶责任人), and the category a union files the household under named for the filing (建档类别: 全总级 /
    # 省级 / 地市级 are the levels it is filed at, seed 000's 建档 … 勾选困难类别)
    "四个一批帮扶措施": "四个一批措施",
    "四个一批帮扶": "四个一批措施",
    "建档类别": "困难类别",
    # the union asked as the applicant's own (seed 002: 情况发生变化时，及时告知所在工会), the bank as the seeds'
    # 开户行 (000: 银行卡复印件（注明具体开户行）), the address asked in full (详细住址, as 现住址 above)
    "所在工会": "单位",
    "开户行": "开户银行",
    "家庭详细住址": "家庭住址",
    "详细住址": "家庭住址",
    # the household's figures as forms word them short: the people counted (家庭人数, 家庭成员人数), the year's
    # income without 度/总 or as its total (家庭年收入, 家庭年收入合计), the other income without 其他 or
    # without 非薪资 (家庭年非薪资收入, 家庭其他收入), the month's income as the person's (个人月收入, beside
    # 本人), the year's necessary spending as the family's (家庭年必要支出), the start of work as 参工 (the
    # common short of 参加工作), the self-help question without 一定
    "家庭人数": "家庭人口",
    "家庭成员人数": "家庭人口",
    "家庭年收入": "家庭年度总收入",
    "家庭年收入合计": "家庭年度总收入",
    "家庭年度收入": "家庭年度总收入",
    "家庭年非薪资收入": "家庭其他非薪资年收入",
    "家庭其他收入": "家庭其他非薪资年收入",
    "个人月收入": "本人月平均收入",
    "个人月平均收入": "本人月平均收入",
    "家庭年必要支出": "年度必要支出",
    "家庭年度必要支出": "年度必要支出",
    "参工时间": "工作时间",
    "有无自救能力": "是否有一定自救能力",
    "是否有自救能力": "是否有一定自救能力",
    # the applicant's work asked as 就业状况 beside the personal questions (answered 在岗 / 下岗 …, the 工作状态
    # list); heading a member table's column it is the member's 人员身份 (MEMBER_COLUMN_WORDINGS)
    "就业状况": "工作状态",
    # the causes' rows of a block titled with the causes (致困原因及困难类别): each row says which, 主要原因 /
    # 次要原因 (a label only as a cell's whole text, CELL_ONLY: inside a sentence it is the account's words)
    "主要原因": "主要致困原因",
    "次要原因": "次要致困原因",
    # the same levels asked as the level of the filing (建档级别: □全总级 □省级 □地市级 — levels, 级别, as the
    # rule sets' categories are worded), and the archive's number asked as the 档案号 a filed paper carries
    # (the common short form of 档案编号, printed at the form's head beside 单位)
    "建档级别": "困难类别",
    "档案号": "职工编号",
    # the household's helper named as the one who helps (帮扶人), as 帮扶责任人 and 帮扶联系人 name the same person
    "帮扶人": "帮扶联系人",
    # the branch asked by the banks' own word alone, 网点 (as 开户网点 above) beside 开户行 | 卡号 (a label only as
    # a cell's whole text, CELL_ONLY: a branch's name may end in it, 西溪网点)
    "网点": "支行名称",
    # the union that files the archive named by its act, 建档工会 (seeds 002 and 004: 建档工会将《困难职工档案表》
    # 信息完整录入…), as 建档单位 names it; the postcode by its common short, 邮编; the home's area asked as the
    # housing's, 住房面积 / 房屋面积 (answered in m², as 建筑面积); the month's income per head worded the other
    # way round or without the month (seed 003: 人均月收入; seed 000: 家庭人均收入 低于当地最低生活保障标准, a
    # monthly standard), with or without 家庭
    "建档工会": "单位",
    # the illness or disability asked by its name (疾病或残疾名称, answered 肝硬化 / 肢体残疾 …, as 疾病/残疾类别 is
    # answered in words: no list of options to tick)
    "疾病或残疾名称": "疾病/残疾类别",
    "疾病/残疾名称": "疾病/残疾类别",
    "疾病名称": "疾病/残疾类别",
    "疾病或残疾情况": "疾病/残疾类别",  # asked as one's state, answered in words as the others
    # the branch asked as the account's 开户支行 (as 开户网点 above: where the account was opened)
    "开户支行": "支行名称",
    # the other income asked by its kind alone, 非薪资收入 (seed 002 prints it so under 家庭收入), or worded with
    # one of the canonical's qualifiers left out (家庭非薪资年收入, 其他非薪资年收入)
    "非薪资收入": "家庭其他非薪资年收入",
    "非薪资年收入": "家庭其他非薪资年收入",
    "家庭非薪资年收入": "家庭其他非薪资年收入",
    "其他非薪资年收入": "家庭其他非薪资年收入",
    "其他非薪资收入": "家庭其他非薪资年收入",
    # the branch office asked by its name, 网点名称 (as 开户网点 above; a label and 名称 after it, 工作单位名称, is
    # read as that label: layout.split_labelled); the date of birth to the day (出生年月日, as identity papers print it:
    # 出生 年 月 日); the model worker asked by the title in full, 劳动模范 (劳模 is its short form); the
    # self-help question asked as whether one has it (具备), as 有; whoever filled the form in, 填表人, is who
    # entered it (录入人: the schema's 录入人 signs the form it entered)
    "网点名称": "支行名称",
    "出生年月日": "出生日期",
    "劳动模范": "劳模类型",
    "具备一定自救能力": "是否有一定自救能力",
    "是否具备一定自救能力": "是否有一定自救能力",
    "填表人": "录入人",
    # the labour contract's date asked without 劳动 (合同签订时间, 签订合同时间: the contract is the only one a form
    # asks about, beside 合同期限)
    "合同签订时间": "劳动合同签订时间",
    "签订合同时间": "劳动合同签订时间",
    "邮编": "邮政编码",
    "住房面积": "建筑面积",
    "房屋面积": "建筑面积",
    "住房建筑面积": "建筑面积",
    "房屋建筑面积": "建筑面积",
    "人均月收入": "家庭月人均收入",
    "月人均收入": "家庭月人均收入",
    "家庭人均月收入": "家庭月人均收入",
    "家庭人均收入": "家庭月人均收入",
    # the card's number asked as the account's (账号, 银行账号: the banks' word beside 开户行 / 网点; 帐号 the older
    # spelling still printed)
    "账号": "银行卡号",
    "帐号": "银行卡号",
    "银行账号": "银行卡号",
    "银行帐号": "银行卡号",
    # the phone asked as the way to reach one (联系方式, answered with a mobile number; 其他联系方式 is the second way)
    "联系方式": "手机号码",
    # the employer's state asked as how it is doing (经营状况: 正常经营 / 停产半停产 / 改制 …, the 企业状况 list)
    "企业经营状况": "企业状况",
    "单位经营状况": "企业状况",
    # the other income asked as what is not wages (非工资收入, 非工资性收入: seed 002 counts 工资性收入 apart from
    # the rest), often printed under the year's total as 其中：非工资收入
    "非工资收入": "家庭其他非薪资年收入",
    "非工资性收入": "家庭其他非薪资年收入",
    "家庭非工资收入": "家庭其他非薪资年收入",
    "家庭非工资性收入": "家庭其他非薪资年收入",
    # the category asked as the category of 困难职工 (seed 002's 困难职工 全国级 / 地市级)
    "困难职工类别": "困难类别",
    # the address asked as where the family lives now (家庭现住址, as 现住址 above), the people counted as those
    # living together (seed 001: 家庭总人口 … 常年共同生活的人口 — 共同生活人口), the year's necessary spending by
    # the relief offices' word for it, 刚性支出 (the spending a household cannot go without: medical, schooling)
    "家庭现住址": "家庭住址",
    "现家庭住址": "家庭住址",
    "共同生活人口": "家庭人口",
    "共同生活人数": "家庭人口",
    "刚性支出": "年度必要支出",
    "年刚性支出": "年度必要支出",
    "全年刚性支出": "年度必要支出",
    "家庭刚性支出": "年度必要支出",
    "家庭年刚性支出": "年度必要支出",
    # the year's figures asked as the whole year's (全年: 家庭全年总收入, 全年必要支出), the category as its level
    # (困难级别: the rule sets' 全总级 / 省级 / 地市级 are levels, as 建档级别 above), the account as the reason
    # applied for (申请理由: an application's own heading over the applicant's words), marital state and
    # household registration asked by their bare nouns (婚姻：已婚, 户口：农业 — answered with the state's and the
    # kind's words; where one's 户口 is is asked as 户口所在地 / 户籍地)
    "家庭全年总收入": "家庭年度总收入",
    "家庭全年收入": "家庭年度总收入",
    "全年必要支出": "年度必要支出",
    "困难级别": "困难类别",
    "申请理由": "困难情况说明",
    "婚姻": "婚姻状况",
    "户口": "户口类型",
    # the model-worker question asked as one's standing, 劳模情况 (as 婚姻情况, 健康情况: answered 非劳模 / 省部级劳模 …)
    "劳模情况": "劳模类型",
    "劳模状况": "劳模类型",
    # the union asked by what it does with the application (申报工会, as 建档工会: seed 000 申报材料), the entry
    # signed by the clerk (录入员, the common word for who keys records in, as 录入人); the employer's state as it
    # is now (企业现状), the health insurance asked as where one is insured (参保情况: 城镇职工医保 / 新农合 …, as
    # 医保参保情况)
    "申报工会": "单位",
    "录入员": "录入人",
    "企业现状": "企业状况",
    "参保情况": "医保状况",
    "移动电话": "手机号码",  # the mobile asked by its older name, beside 其他联系方式
    # the help's record worded by what is done (结对帮扶: a unit paired with the household, 帮扶单位), the groups the
    # household belongs to asked as its 所属 group (五类重点群体), the remarks asked as what else needs saying
    "结对帮扶单位": "帮扶单位",
    "所属重点群体": "五类重点群体",
    "其他需说明事项": "备注",
}

# A yes/no question printed as what it asks about, its 是否 / 是否为 / 有无 left to the answers beside it
# (零就业家庭 | □是 ☑否, 有一定自救能力 | ☑是 □否; seed 001 names the household 单亲家庭; 一定自救能力 | 是□ 否☒, the
# question other printings word 有无一定自救能力): the words after the question's opening, four characters or more (shorter ones, 低保 and 单亲, are words of answers and sentences).
# A label only as a cell's whole text, CELL_ONLY: in a sentence they are the account's words (属零就业家庭).
_QUESTION_OPENING = re.compile("^(?:是否为?|有无)")


def _question_subjects() -> dict[str, str]:
    out: dict[str, str] = {"单亲家庭": "是否单亲"}
    for word in (*HOUSEHOLD_LABELS.values(), *LABEL_SYNONYMS, *OTHER_PRINTINGS):
        subject = _QUESTION_OPENING.sub("", word)
        if subject != word and len(subject) >= 4:
            out[subject] = LABEL_SYNONYMS.get(word) or OTHER_PRINTINGS.get(word) or word
    known = set(HOUSEHOLD_LABELS.values()) | set(MEMBER_LABELS.values()) | set(LABEL_SYNONYMS)
    return {s: lab for s, lab in out.items() if s not in known}


QUESTION_SUBJECTS: dict[str, str] = _question_subjects()
LABEL_SYNONYMS.update(QUESTION_SUBJECTS)

# Wordings that are a label only as a cell's whole text: inside a text they are words of a title or a sentence
# (职工困难情况登记表, 「…困难情况属实」), no label of what follows them.
CELL_ONLY: frozenset[str] = frozenset(
    {"困难情况", "主要原因", "次要原因", "网点", "具备一定自救能力", *QUESTION_SUBJECTS}
)

# Questions printed short where label and answer share a cell (「健康：健康」): the kind word left off (健康 for 健康状况,
# 住房 for 住房类型 (户口 is a label of its own above), 出生 for 出生日期, 面积 for 建筑面积, 行业 for 所属行业), the common short questions of forms
# (婚否, 单亲, 零就业, 参加工作, 合同签订), the name asked for the employer (单位名称), the category asked as the
# seeds rank it (困难程度: seed 000 困难职工档案按照困难程度分为全总级、省级和…). Each is an answer or a word of a
# sentence elsewhere (健康 answers 健康状况; 户口迁入…), so it is a label only opening its cell with its colon
# (layout.split_labelled), never through canonical_label.
COLON_LABELS: dict[str, str] = {
    "健康": "健康状况",
    "住房": "住房类型",
    "出生": "出生日期",
    "面积": "建筑面积",
    "行业": "所属行业",
    "婚否": "婚姻状况",
    "单亲": "是否单亲",
    "零就业": "是否为零就业家庭",
    "具备自救能力": "是否有一定自救能力",
    "解困脱困": "解困脱困对象",
    "参加工作": "工作时间",
    "合同签订": "劳动合同签订时间",
    "单位名称": "工作单位",
    "困难程度": "困难类别",
    "身份证": "身份证号",  # the card's name for its number (身份证：, as 身份证号码)
}

# Words a label is printed with that other printings of the same label replace by another (the seeds print
# 婚姻情况 for 婚姻状况, 劳模类别 for 劳模类型, 户籍地址 for 户口所在地, 参加工作时间, 有无低保 beside 是否单亲). Every
# label and synonym above, each such word replaced (and 是否为 worded 是否), is one more synonym when it
# names one canonical label only and is not a label itself.
WORDING_VARIANTS: tuple[tuple[str, ...], ...] = (
    ("状况", "情况"),
    ("类型", "类别", "性质"),
    ("时间", "日期", "年月"),  # 出生年月 (seed 002/004) for 出生日期: a date asked to the month, 参加工作年月
    ("户口", "户籍"),
    ("是否", "有无"),
    ("工作", "就业"),
    ("医保", "医疗保险"),
    ("住址", "地址"),
    ("月平均", "月均"),  # the seeds' 收入证明 prints 月均工资 / 月均实发工资: 本人月均收入 for 本人月平均收入
)


def _worded_otherwise(label: str) -> set[str]:
    """``label`` with one or two of its words replaced by another printing's word (``WORDING_VARIANTS``)."""
    out = {label}
    for _ in range(2):
        for word in list(out):
            for group in WORDING_VARIANTS:
                for a in group:
                    if a in word:
                        out |= {word.replace(a, b) for b in group if b != a}
    out |= {word.replace("是否为", "是否") for word in out}  # 是否为零就业家庭 printed 是否零就业家庭
    return out - {label}


def _variant_synonyms() -> dict[str, str]:
    known = {**{v: v for v in (*HOUSEHOLD_LABELS.values(), *MEMBER_LABELS.values())}, **LABEL_SYNONYMS}
    found: dict[str, set[str]] = {}
    for word, canon in known.items():
        for variant in _worded_otherwise(word):
            found.setdefault(variant, set()).add(canon)
    return {v: next(iter(c)) for v, c in sorted(found.items()) if len(c) == 1 and v not in known}


# the variants drawn, kept apart: a variant is a wording no seed prints, so it is matched as printed only (a
# misread character more would reach words that are no label, 就业情况 one slip from 企业情况)
DRAWN_VARIANTS: frozenset[str] = frozenset(_variant_synonyms())
LABEL_SYNONYMS.update(_variant_synonyms())
LABEL_SYNONYMS.update({k: v for k, v in OTHER_PRINTINGS.items() if k not in LABEL_SYNONYMS})

# a household label that means a member's field when it heads a column of the member table (杭州's
# publicity sheet: 一、困难职工家庭成员基本情况 — 姓名 家庭关系 性别 年龄 是否就业 工作单位 月收入)
MEMBER_COLUMN_SYNONYMS: dict[str, str] = {
    "工作单位": "单位或学校",
}

# wordings that name a member's field when they head a column of the member table (matched as printed, or
# with a remark in brackets taken out: 就业（就学）状况). A member's 人员身份 is what work or study the person
# is in (在职 / 失业 / 退休 / 在读, ARCHIVE-SCHEMA.md): a unit's own table heads that column with the plain
# words for it, 就业状况 or 就业情况, or 从业状况 / 从业情况 (从业: being in work, the statistics' word for it) —
# each one misread from 企业状况, the employer's state, which it is not
MEMBER_COLUMN_WORDINGS: dict[str, str] = {
    "就业状况": "人员身份",
    "就业情况": "人员身份",
    "从业状况": "人员身份",
    "从业情况": "人员身份",
    # the relation headed by what the member is called in the family (称谓: the column of 家庭主要成员 on
    # personnel and application forms, 称谓 姓名 出生年月 工作单位)
    "称谓": "关系",
}

# The key under which a household record carries its member rows (JSON) — the form's table title.
MEMBERS_LABEL = "家庭成员"

# What a 其他 document can be (ARCHIVE-SCHEMA.md §3); rule sets name these as the 材料名称 of 其他.
OTHER_DOC_KINDS: tuple[str, ...] = (
    "录取通知书",
    "学生证",
    "上学证明",
    "学费票据",
    "医药费票据",
    "离婚证",
    "离婚判决书",
    "死亡证明",
    "灾害证明",
    "事故证明",
    "授权书",
    "民主评议会议记录",
    "银行卡复印件",
    "居住证",
    "失业证明",
    "其他",
)

# Document types (ARCHIVE-SCHEMA.md §3); the order is the contract of `dangan extract`.
DOC_TYPES: tuple[str, ...] = (
    "建档申请表",
    "收入证明",
    "诊断证明",
    "残疾人证",
    "低保证",
    "身份证",
    "户口簿",
    "公示证明",
    "劳动合同",
    "其他",
)

# What each paper document type can yield (canonical labels): the fields its readers set, one list for
# the extractors, the generator's truth and the comparison. A paper may print more (REAL-DOCUMENTS.md);
# a label is listed once a reader reads it.
DOC_FIELDS: dict[str, tuple[str, ...]] = {
    "建档申请表": (*HOUSEHOLD_LABELS.values(), "是否盖章"),
    "收入证明": (
        "姓名",
        "工作单位",
        "统计月数",
        "月均工资",
        "月均实发工资",
        "年收入",
        "经办人",
        "联系电话",
        "出具日期",
        "是否盖章",
    ),
    "诊断证明": (
        "医院名称",
        "姓名",
        "性别",
        "年龄",
        "科别",
        "门诊号",
        "住院号",
        "诊断",
        "出具日期",
        "医师",
        "是否盖章",
    ),
    "残疾人证": ("姓名", "性别", "民族", "身份证号", "残疾人证号", "残疾类别", "残疾等级", "发证日期"),
    "低保证": ("姓名", "证号", "保障人数", "月保障金额", "发证机关", "有效期", "是否盖章"),
    # front (姓名 … 公民身份号码) and back (签发机关, 有效期限) of the card
    "身份证": ("姓名", "性别", "民族", "出生日期", "身份证号", "住址", "签发机关", "有效期限"),
    "户口簿": ("户主姓名", "住址"),  # the 户主页; each 常住人口登记卡 is a member (DOC_MEMBER_FIELDS)
    "公示证明": ("姓名", "公示期起", "公示期止", "结果", "是否盖章"),
    "劳动合同": ("姓名", "用人单位", "合同起始", "合同终止"),
    "其他": ("材料名称", "姓名", "日期"),
}

# The member rows each paper can yield (canonical member labels): the application forms' member table,
# the 户口簿's 常住人口登记卡 (one per person) and the people a 低保证 lists as 保障对象.
DOC_MEMBER_FIELDS: dict[str, tuple[str, ...]] = {
    "建档申请表": tuple(MEMBER_LABELS.values()),
    "户口簿": ("姓名", "关系", "性别", "民族", "出生日期", "身份证号"),
    "低保证": ("姓名", "关系", "身份证号"),
}

LABEL_TO_FIELD: dict[str, str] = {v: k for k, v in HOUSEHOLD_LABELS.items()}
MEMBER_LABEL_TO_FIELD: dict[str, str] = {v: k for k, v in MEMBER_LABELS.items()}


def canonical_label(text: str) -> str | None:
    """Map a label as printed on a form (with spaces, '*', full-width brackets) to its canonical label."""
    cleaned = text.replace("*", "").replace("＊", "").replace(" ", "").replace("\u3000", "").strip("：: ")
    cleaned = cleaned.replace("(", "（").replace(")", "）")
    cleaned = cleaned.replace("“", "").replace("”", "").replace('"', "")  # a name printed in quotes: "四个一批"
    if cleaned in LABEL_TO_FIELD or cleaned in MEMBER_LABEL_TO_FIELD:
        return cleaned
    return LABEL_SYNONYMS.get(cleaned)
