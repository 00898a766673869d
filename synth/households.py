"""Deterministic synthetic households (no real archive may ever be used as test data).

Each household is drawn from its own ``random.Random`` seeded by ``(seed, index)``, so adding a
household, or changing how one is rendered, never changes the others. Values are *paper truth*:
canonical labels (``schemas/labels.py``), typed (money/counts as numbers, yes/no as booleans,
dates ``YYYY-MM-DD``, 次要致困原因 a list) and causes in the wording of the household's form variant.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from dangan.schemas.validators import id_check_digit, luhn_check_digit
from dangan.schemas.vocab import (
    HangzhouCause,
    HebeiCause,
    HousingType,
    MedicalInsurance,
    ModelWorker,
    NationalCause,
    WorkStatus,
    to_national_cause,
)

# Form variants of the 建档申请表 (ARCHIVE-SCHEMA.md §3).
VARIANT_HUNAN = "湖南"  # 附件1 困难职工家庭建档申请审批表
VARIANT_HEBEI = "河北"  # 附件2 困难职工申报表
VARIANT_HANGZHOU = "杭州"  # 附件1 杭州市工会困难职工建档申请表
VARIANT_NATIONAL = "全国"  # 全总 困难职工档案表 (= 湖南 附件2, 河北 附件6)
VARIANTS = (VARIANT_HUNAN, VARIANT_HEBEI, VARIANT_HANGZHOU, VARIANT_NATIONAL)

REFERENCE_DAY = date(2026, 10, 31)

# 立卡信息 vocabularies (全总 困难职工档案表 and 解困脱困联系卡).
KEY_GROUPS = ("低保范围内有劳动能力而未充分就业", "收入或生活水平低于低保线而未纳入低保", "支出性生活困难",
              "城市困难农民工", "供给侧结构性改革中的困难职工")
FOUR_BATCHES = ("就业创业发展", "纳入社保制度覆盖", "纳入大病保险和医疗互助保险保障", "社会救助兜底")
ACTION_PLANS = ("技能培训促就业计划", "创业援助计划", "阳光就业计划", "职工医疗互助计划", "金秋助学计划",
                "一帮一结对计划", "送温暖精准化计划")

# The Hunan 审批表 prints a fourth, shorter cause list.
HUNAN_CAUSES = ("家庭收入低", "因病致困", "意外致困", "子女上学")


@dataclass(frozen=True)
class Unit:
    name: str  # 单位 as used in 职工编号 (杭州 rule: 单位 + 年份 + 序号)
    province: str  # 杭州 / 湖南 / 河北: the local form variant
    region_code: str  # 6-digit 行政区划 of the unit's district
    region_name: str
    city: str
    postcode: str
    employer: str
    employer_nature: str
    industry: str
    streets: tuple[str, ...]
    hospitals: tuple[str, ...]
    phone_area: str


UNITS: tuple[Unit, ...] = (
    Unit("工业橡胶", "杭州", "330102", "浙江省杭州市上城区", "杭州", "310002", "杭州橡胶集团有限公司",
         "国有企业", "制造业", ("清泰街", "望江路", "建国南路", "解放路"),
         ("浙江大学医学院附属第一医院", "杭州市第一人民医院"), "0571"),
    Unit("富阳富春", "杭州", "330183", "浙江省杭州市富阳区", "杭州", "311400", "富阳富春街道社区服务中心",
         "集体企业", "居民服务业", ("富春街道江滨西大道", "富春街道桂花路", "富春街道金桥北路"),
         ("杭州市富阳区第一人民医院", "浙江省中医院"), "0571"),
    Unit("西湖街道", "杭州", "330106", "浙江省杭州市西湖区", "杭州", "310013", "杭州西湖物业管理有限公司",
         "私营企业", "房地产业", ("文三路", "天目山路", "西溪路", "古墩路"),
         ("浙江大学医学院附属邵逸夫医院", "杭州市西溪医院"), "0571"),
    Unit("长沙机床", "湖南", "430102", "湖南省长沙市芙蓉区", "长沙", "410011", "长沙机床有限责任公司",
         "国有企业", "制造业", ("五一大道", "韶山北路", "八一路", "车站北路"),
         ("中南大学湘雅医院", "长沙市中心医院"), "0731"),
    Unit("湘潭钢铁", "湖南", "430302", "湖南省湘潭市雨湖区", "湘潭", "411101", "湘潭钢铁集团有限公司",
         "国有企业", "制造业", ("岳塘路", "韶山西路", "建设北路"), ("湘潭市中心医院", "湘潭市第一人民医院"), "0731"),
    Unit("株洲电力", "湖南", "430202", "湖南省株洲市荷塘区", "株洲", "412000", "株洲电力机车有限公司",
         "国有企业", "制造业", ("红旗中路", "新华东路", "田心大道"), ("株洲市中心医院",), "0731"),
    Unit("石家庄纺织", "河北", "130102", "河北省石家庄市长安区", "石家庄", "050011", "石家庄常山纺织股份有限公司",
         "国有企业", "纺织业", ("中山东路", "建设北大街", "体育北大街", "和平东路"),
         ("河北医科大学第二医院", "石家庄市人民医院"), "0311"),
    Unit("唐山陶瓷", "河北", "130203", "河北省唐山市路北区", "唐山", "063000", "唐山陶瓷集团有限责任公司",
         "集体企业", "制造业", ("建设北路", "北新道", "长宁道"), ("唐山市工人医院",), "0315"),
    Unit("保定化纤", "河北", "130602", "河北省保定市竞秀区", "保定", "071051", "保定天鹅化纤集团有限公司",
         "国有企业", "制造业", ("朝阳北大街", "东风西路", "七一中路"), ("河北大学附属医院",), "0312"),
)

# Rural counties of migrant workers (农民工): hukou and ID region elsewhere.
RURAL_REGIONS: tuple[tuple[str, str], ...] = (
    ("341221", "安徽省阜阳市临泉县"),
    ("511321", "四川省南充市南部县"),
    ("431224", "湖南省怀化市溆浦县"),
    ("130425", "河北省邯郸市大名县"),
    ("412726", "河南省周口市郸城县"),
)

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董潘袁蔡蒋余杜叶程魏苏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤"
)
MALE_GIVEN = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林欢阳建国志文海峰东晨立新永兵"
FEMALE_GIVEN = "芳娜敏静丽艳娟霞秀玲桂英华兰红梅琳燕萍雪婷慧琴云莉洁倩颖玉凤春霞晓月佳欣怡丹蓉"
ETHNICITIES = ("汉族",) * 18 + ("回族", "满族", "土家族", "苗族")
POLITICAL = ("群众",) * 6 + ("中共党员", "中共党员", "共青团员")
DISEASES = ("恶性肿瘤", "尿毒症", "白血病", "脑卒中后遗症", "冠心病", "肝硬化", "系统性红斑狼疮", "重症肌无力")
DISABILITY_TYPES = ("肢体残疾", "视力残疾", "听力残疾", "言语残疾", "智力残疾", "精神残疾")
DISABILITY_GRADES = ("一级", "二级", "三级", "四级")
BANKS: tuple[tuple[str, str, int], ...] = (
    ("中国工商银行", "622202", 19),
    ("中国农业银行", "622848", 19),
    ("中国建设银行", "621700", 19),
    ("中国银行", "621661", 19),
    ("交通银行", "622262", 19),
    ("中国邮政储蓄银行", "621799", 19),
)
MOBILE_PREFIXES = ("138", "139", "135", "136", "137", "150", "151", "152", "158", "159", "182", "187",
                   "188", "130", "131", "132", "155", "156", "186", "133", "153", "180", "189", "177")
CONTRACT_TERMS = (
    ("半年至一年（7个月至18个月）", 12),
    ("两年（19个月至30个月）", 24),
    ("三年（31个月至42个月）", 36),
    ("五年以上（55个月至120个月）", 60),
)
ENTERPRISE_STATUS = ("正常经营", "正常经营", "停产半停产", "改制", "困难企业")
SCHOOLS = ("浙江工业大学", "湖南师范大学", "河北科技大学", "长沙理工大学", "杭州职业技术学院",
           "石家庄铁道大学", "湘潭大学")

# Cause wordings per variant, with the evidence group each needs (vocab.CAUSE_GROUPS, reduced).
_CAUSES: dict[str, tuple[str, ...]] = {
    VARIANT_HANGZHOU: tuple(c.value for c in HangzhouCause),
    VARIANT_HEBEI: tuple(c.value for c in HebeiCause),
    VARIANT_HUNAN: HUNAN_CAUSES,
    VARIANT_NATIONAL: tuple(c.value for c in NationalCause),
}
_CAUSE_KIND: dict[str, str] = {
    "本人大病": "illness_self", "供养直系亲属大病": "illness_member", "因病致困": "illness",
    "家庭成员患重大疾病": "illness", "残疾": "disability", "本人残疾": "disability_self",
    "家属残疾": "disability_member", "家庭成员无劳动能力": "disability", "下岗失业": "unemployment",
    "家属下岗失业": "unemployment_member", "有劳动能力而未就业": "unemployment", "收入低": "low_income",
    "家庭收入低": "low_income", "自然灾害": "disaster", "遭受自然灾害": "disaster", "重大事故": "accident",
    "重大意外事故": "accident", "遭受意外事故": "accident", "意外致困": "accident", "子女上学": "schooling",
    "未参加社会保险": "low_income", "社会保险待遇落实不到位": "low_income", "其他": "low_income",
}
# Hardship categories printed per variant.
_CATEGORIES: dict[str, tuple[str, ...]] = {
    VARIANT_HUNAN: ("全总级", "省级", "地市级"),
    VARIANT_HEBEI: ("全国级", "地市级"),
    VARIANT_HANGZHOU: ("持证困难户", "低保边缘户", "意外致困户", "临时困难户", "其他困难户"),
    VARIANT_NATIONAL: ("全总级", "省级", "地市级"),
}
_LEVEL = {"全总级": "全总", "全国级": "全总", "省级": "省", "地市级": "市"}
TIER_MULTIPLES = {"全总级": 1.0, "全国级": 1.0, "省级": 1.5, "地市级": 2.0}


@lru_cache(maxsize=256)
def dibao_standard(region: str, year: int) -> float | None:
    """The lowest monthly 低保 standard any shipped rule set gives ``region`` in ``year`` (None if unknown).

    The lowest, so a household drawn within a tier stays within it whichever rule set checks it.
    """
    from dangan.schemas.rules import available_rules, load_rules

    found = [v for name in available_rules() if (v := load_rules(name).dibao_standard(region, year))]
    return min(found) if found else None


def cause_kind(wording: str) -> str:
    """What a cause wording implies for the evidence (illness, disability, schooling ...)."""
    return _CAUSE_KIND.get(wording, "low_income")


@dataclass
class Household:
    """One household: the paper truth (``record``, ``members``) and what the generator decided."""

    index: int
    unit: Unit
    variant: str
    record: dict[str, Any]
    members: list[dict[str, Any]]
    created: date  # 建档日期: ages are computed on this day
    publicity_start: date
    publicity_end: date
    dibao_no: str | None = None
    dibao_amount: int = 0
    edge: bool = False  # 低保边缘户 (no 致困原因证明 needed, Hangzhou)
    patient: str | None = None  # 姓名 of the person with the illness / disability behind the cause
    school_child: str | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def archive_no(self) -> str:
        return str(self.record["职工编号"])

    def person(self, name: str) -> dict[str, Any]:
        """The householder (as a member-shaped dict) or a member, by name."""
        if name == self.record["姓名"]:
            return self.householder()
        return next(m for m in self.members if m["姓名"] == name)

    def householder(self) -> dict[str, Any]:
        r = self.record
        return {
            "姓名": r["姓名"], "关系": "本人", "民族": r["民族"], "身份证号": r["身份证号"],
            "出生日期": r["出生日期"], "年龄": r["年龄"], "性别": r["性别"], "月收入": r["本人月平均收入"],
            "健康状况": r["健康状况"], "疾病/残疾类别": r["疾病/残疾类别"], "人员身份": _identity(r["工作状态"]),
            "单位或学校": r["工作单位"],
        }

    def to_json(self) -> dict[str, Any]:
        return {**self.record, "家庭成员": self.members, "表式": self.variant,
                "建档日期": self.created.isoformat(), "低保边缘户": self.edge}


def _identity(work_status: str) -> str:
    if work_status in ("在岗", "病休"):
        return "在职"
    if work_status in ("退休", "离休", "病退", "内退"):
        return "退休"
    return "失业"


def _age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


class _Drawer:
    """Draws the values of one household from one seeded generator."""

    def __init__(self, rng: random.Random, used_ids: set[str]) -> None:
        self.rng = rng
        self.used_ids = used_ids

    def name(self, gender: str, surname: str | None = None) -> str:
        r = self.rng
        pool = MALE_GIVEN if gender == "男" else FEMALE_GIVEN
        given = r.choice(pool) + (r.choice(pool) if r.random() < 0.7 else "")
        return (surname or r.choice(SURNAMES)) + given

    def birth(self, age: int, on: date) -> date:
        start = date(on.year - age - 1, on.month, 1) + timedelta(days=1)
        day = start + timedelta(days=self.rng.randrange(0, 360))
        while _age_on(day, on) != age:
            day += timedelta(days=1 if _age_on(day, on) > age else -1)
        return day

    def id_number(self, region: str, born: date, gender: str) -> str:
        while True:
            seq = self.rng.randrange(0, 100) * 10 + self.rng.choice(
                (1, 3, 5, 7, 9) if gender == "男" else (0, 2, 4, 6, 8))
            first17 = f"{region}{born:%Y%m%d}{seq:03d}"
            number = first17 + id_check_digit(first17)
            if number not in self.used_ids:
                self.used_ids.add(number)
                return number

    def mobile(self) -> str:
        return self.rng.choice(MOBILE_PREFIXES) + "".join(str(self.rng.randrange(10)) for _ in range(8))

    def landline(self, area: str) -> str:
        return f"{area}-8{self.rng.randrange(1000000, 9999999)}"

    def bank_card(self) -> tuple[str, str]:
        bank, bin_, length = self.rng.choice(BANKS)
        body = bin_ + "".join(str(self.rng.randrange(10)) for _ in range(length - len(bin_) - 1))
        return bank, body + luhn_check_digit(body)

    def money(self, lo: int, hi: int, step: int = 10) -> int:
        return self.rng.randrange(lo // step, hi // step + 1) * step


def make_household(index: int, seed: int, serials: dict[tuple[str, int], int],
                   used_ids: set[str]) -> Household:
    """Draw household ``index`` of corpus ``seed``; ``serials`` numbers archives per unit and year."""
    rng = random.Random(f"dangan-synth/{seed}/household/{index}")
    d = _Drawer(rng, used_ids)
    unit = rng.choice(UNITS)
    variant = unit.province if rng.random() < 0.72 else VARIANT_NATIONAL
    # 建档日期 within the year before REFERENCE_DAY, so ages written on the forms still agree (±1) with
    # the 身份证号 when a check computes them today (2026) rather than on the archive's date.
    created = REFERENCE_DAY - timedelta(days=rng.randrange(0, 365))
    year = created.year
    serials[(unit.name, year)] = serials.get((unit.name, year), 0) + 1
    archive_no = f"{unit.name}{year}{serials[(unit.name, year)]:04d}"

    migrant = rng.random() < 0.2
    dibao = rng.random() < 0.25
    edge = (not dibao) and rng.random() < 0.2
    if migrant:
        id_region, hukou_region = rng.choice(RURAL_REGIONS)
    else:
        id_region, hukou_region = unit.region_code, unit.region_name

    gender = rng.choice(("男", "女"))
    age = rng.randrange(28, 59)
    born = d.birth(age, created)
    surname = rng.choice(SURNAMES)
    name = d.name(gender, surname)
    id_no = d.id_number(id_region, born, gender)
    ethnicity = rng.choice(ETHNICITIES)

    # Causes, in the variant's wording; the secondary ones map to distinct national causes.
    wordings = _CAUSES[variant]
    main = rng.choice(wordings)
    secondary: list[str] = []
    seen = {to_national_cause(main)}
    n_secondary = rng.choice((0, 1, 1, 2, 3))
    for w in rng.sample(wordings, len(wordings)):
        if len(secondary) >= n_secondary:
            break
        if cause_kind(w) == "schooling":  # a secondary 子女上学 would need a pupil the family may not have
            continue
        nat = to_national_cause(w)
        if nat not in seen:
            seen.add(nat)
            secondary.append(w)
    kind = cause_kind(main)

    # Work status follows the cause: unemployment causes mean the householder (or a relative) lost work.
    if kind == "unemployment" and rng.random() < 0.7:
        work_status = rng.choice((WorkStatus.laid_off, WorkStatus.unemployed)).value
    elif kind == "illness_self" or (kind == "illness" and rng.random() < 0.5):
        work_status = rng.choice((WorkStatus.sick_leave, WorkStatus.employed, WorkStatus.sick_retired)).value
    else:
        work_status = rng.choice((WorkStatus.employed,) * 6 + (WorkStatus.early_retired, WorkStatus.retired)
                                 if age >= 50 else (WorkStatus.employed,)).value
    if migrant:
        work_status = WorkStatus.employed.value
    income_ranges = {"在岗": (1800, 3800), "病休": (1200, 2000), "病退": (1500, 2600), "内退": (1500, 2500),
                     "退休": (2000, 3200), "下（待）岗": (0, 900), "失（无）业": (0, 0), "离休": (3000, 4000)}
    lo, hi = income_ranges[work_status]
    own_income = d.money(lo, hi) if hi else 0

    marital = rng.choices(("已婚", "离异", "丧偶", "未婚"), (70, 13, 6, 11))[0]
    members: list[dict[str, Any]] = []
    other_gender = "女" if gender == "男" else "男"

    def member(relation: str, m_gender: str, m_age: int, *, m_surname: str | None = None,
               m_region: str | None = None) -> dict[str, Any]:
        m_born = d.birth(m_age, created)
        m_name = d.name(m_gender, m_surname)
        return {
            "姓名": m_name, "关系": relation, "民族": ethnicity if rng.random() < 0.9 else rng.choice(ETHNICITIES),
            "身份证号": d.id_number(m_region or id_region, m_born, m_gender),
            "出生日期": m_born.isoformat(), "年龄": m_age, "性别": m_gender,
            "政治面貌": rng.choice(POLITICAL) if m_age >= 18 else ("共青团员" if m_age >= 14 else "群众"),
            "月收入": 0, "劳模类型": ModelWorker.none.value, "健康状况": "健康", "疾病/残疾类别": None,
            "医保状况": MedicalInsurance.urban_resident.value, "婚姻状况": "未婚",
            "户口类型": "农业" if migrant else "非农业", "手机号码": d.mobile() if m_age >= 16 else None,
            "人员身份": None, "当前学历": None, "入学年份": None, "年制": None, "单位或学校": None,
            "单位性质": None, "企业状况": None, "所属行业": None, "工作状态": None,
            "劳动合同签订/入伍时间": None, "合同期限": None,
        }

    if marital == "已婚":
        s_age = max(24, min(70, age + rng.randrange(-5, 6)))
        spouse = member("配偶", other_gender, s_age, m_region=rng.choice((id_region, unit.region_code)))
        spouse["婚姻状况"] = "已婚"
        s_status = rng.choices(("在职", "失业", "退休"), (55, 35, 10 if s_age >= 50 else 0))[0]
        spouse["人员身份"] = s_status
        if s_status == "在职":
            spouse["月收入"] = d.money(1600, 3600)
            spouse["单位或学校"] = unit.city + rng.choice(("恒信商贸有限公司", "安居物业服务有限公司", "联华超市有限公司",
                                                     "永兴制衣厂", "市容环境卫生管理所", "老街坊餐饮有限公司"))
            spouse["单位性质"] = "私营企业"
            spouse["企业状况"] = "正常经营"
            spouse["所属行业"] = rng.choice(("批发和零售业", "居民服务业", "住宿和餐饮业", "制造业"))
            spouse["工作状态"] = "在岗"
            spouse["医保状况"] = MedicalInsurance.urban_employee.value
        elif s_status == "退休":
            spouse["月收入"] = d.money(1800, 3000)
            spouse["工作状态"] = "退休"
        else:
            spouse["工作状态"] = "失（无）业"
        members.append(spouse)
    if marital != "未婚":
        for _ in range(rng.choices((0, 1, 2), (15, 60, 25))[0]):
            c_age = age - rng.randrange(22, 34)
            if c_age < 1:
                continue
            c_gender = rng.choice(("男", "女"))
            child = member("儿子" if c_gender == "男" else "女儿", c_gender, c_age,
                           m_surname=surname if gender == "男" or rng.random() < 0.7 else None)
            if c_age < 6:
                child["人员身份"] = "学龄前"
            elif c_age <= 21:
                child["人员身份"] = "在读"
                stage = ((6, 6, "小学"), (12, 3, "初中"), (15, 3, "高中"), (18, 4, "本科"))
                first, years, level = next(s for s in reversed(stage) if c_age >= s[0])
                child["当前学历"] = level
                child["年制"] = years
                child["入学年份"] = created.year - min(c_age - first, years - 1)
                child["单位或学校"] = rng.choice(SCHOOLS) if level == "本科" else f"{unit.city}市第{rng.randrange(1, 30)}中学" \
                    if level in ("初中", "高中") else f"{unit.city}市实验小学"
            else:
                child["人员身份"] = rng.choice(("在职", "失业"))
                if child["人员身份"] == "在职":
                    child["月收入"] = d.money(1800, 4000)
                    child["工作状态"] = "在岗"
                    child["单位或学校"] = unit.city + rng.choice(("华信科技有限公司", "顺达物流有限公司", "新世纪百货有限公司"))
                else:
                    child["工作状态"] = "失（无）业"
            members.append(child)
    if age < 55 and rng.random() < 0.3:
        for rel, p_gender in rng.sample((("父亲", "男"), ("母亲", "女")), rng.choice((1, 2))):
            p_age = age + rng.randrange(22, 32)
            parent = member(rel, p_gender, p_age, m_surname=surname if rel == "父亲" else None)
            parent["婚姻状况"] = "已婚"
            parent["人员身份"] = "退休" if not migrant else "无业"
            parent["月收入"] = d.money(1200, 2600) if not migrant else 0
            parent["工作状态"] = "退休" if not migrant else None
            members.append(parent)

    # The person behind the cause: the householder or a member.
    patient: str | None = None
    disease: str | None = None
    health = "健康"
    if kind.startswith("illness") or kind.startswith("disability"):
        own = kind.endswith("_self") or (not kind.endswith("_member") and (not members or rng.random() < 0.5))
        target = None if own else rng.choice(members) if members else None
        disability = kind.startswith("disability")
        category = rng.choice(DISABILITY_TYPES) if disability else rng.choice(DISEASES)
        h = "残疾" if disability else "患大病"
        if target is None:
            patient, disease, health = name, category, h
        else:
            patient = target["姓名"]
            target["健康状况"], target["疾病/残疾类别"] = h, category
    school_child: str | None = None
    if kind == "schooling":
        students = [m for m in members if m["人员身份"] == "在读"]
        if not students:  # the cause needs a pupil: add one
            c_age = max(7, min(20, age - 24))
            child = member("儿子", "男", c_age, m_surname=surname if gender == "男" else None)
            child.update({"人员身份": "在读", "当前学历": "高中" if c_age >= 15 else "小学",
                          "年制": 3 if c_age >= 15 else 6, "入学年份": created.year - 1,
                          "单位或学校": f"{unit.city}市第{rng.randrange(1, 30)}中学"})
            members.append(child)
            students = [child]
        school_child = rng.choice(students)["姓名"]

    single_parent = marital in ("离异", "丧偶") and any(m["关系"] in ("儿子", "女儿") for m in members)
    size = 1 + len(members)
    other_income = d.money(0, 6000, 100) if rng.random() < 0.6 else 0
    total = 12 * (own_income + sum(int(m["月收入"]) for m in members)) + other_income
    expenses = {
        "illness": (20000, 120000), "disability": (8000, 40000), "schooling": (8000, 30000),
        "accident": (10000, 80000), "disaster": (10000, 60000),
    }
    ek = next((k for k in expenses if kind.startswith(k)), None)
    e_lo, e_hi = expenses[ek] if ek else (2000, 10000)
    necessary = d.money(e_lo, e_hi, 100)
    employed_any = work_status == "在岗" or any(m["人员身份"] == "在职" for m in members)
    bank, card = d.bank_card()
    street = rng.choice(unit.streets)
    address = f"{unit.region_name}{street}{rng.randrange(1, 300)}号{rng.randrange(1, 12)}幢{rng.randrange(1, 6)}单元{rng.randrange(1, 7)}0{rng.randrange(1, 4)}室"
    if migrant:
        address = f"{unit.region_name}{street}{rng.randrange(1, 300)}号（租住）"
    edge = edge and variant == VARIANT_HANGZHOU  # 低保边缘户 is a Hangzhou category
    # 困难类别 and 年度必要支出 agree with the tiers: (总收入 − 必要支出)/12/人口 within multiple × 低保.
    standard = dibao_standard(hukou_region, year) or dibao_standard(unit.region_name, year)
    per_capita = (total - necessary) / 12 / size
    if variant == VARIANT_HANGZHOU:
        category = "持证困难户" if dibao else "低保边缘户" if edge else rng.choice(_CATEGORIES[variant][2:])
        multiple = 1.0 if dibao else 2.0
    else:
        fitting = [c for c in _CATEGORIES[variant] if standard and per_capita <= TIER_MULTIPLES[c] * standard * 0.97]
        category = fitting[0] if fitting and rng.random() < 0.7 else rng.choice(fitting or _CATEGORIES[variant][-1:])
        multiple = TIER_MULTIPLES[category]
    if dibao:
        multiple = min(multiple, 1.0)
    if standard and per_capita > multiple * standard * 0.97:
        necessary = math.ceil((total - multiple * standard * 0.95 * 12 * size) / 100.0) * 100 + d.money(0, 3000, 100)
    level = _LEVEL.get(category, rng.choice(("市", "县", "基层")))
    contract_signed = contract_term = None
    if migrant:
        term_label, months = rng.choice(CONTRACT_TERMS)
        signed = created - timedelta(days=rng.randrange(60, 700))
        contract_signed, contract_term = signed.isoformat(), term_label
        extras_contract_months = months
    else:
        extras_contract_months = 0
    staff = [d.name(rng.choice(("男", "女"))) for _ in range(3)]

    record: dict[str, Any] = {
        "职工编号": archive_no,
        "单位": unit.name,
        "困难类别": category,
        "档案类型": level,
        "建档标准": level,
        "姓名": name,
        "民族": ethnicity,
        "性别": gender,
        "政治面貌": rng.choice(POLITICAL),
        "身份证号": id_no,
        "出生日期": born.isoformat(),
        "年龄": age,
        "健康状况": health,
        "疾病/残疾类别": disease,
        "工作状态": work_status,
        "工作时间": date(created.year - rng.randrange(3, max(4, age - 19)), rng.randrange(1, 13), 1).isoformat(),
        "住房类型": (HousingType.rented.value if migrant else rng.choice(
            [h.value for h in HousingType if h is not HousingType.price_capped])),
        "建筑面积": rng.randrange(25, 90) if not migrant else rng.randrange(12, 35),
        "手机号码": d.mobile(),
        "其他联系方式": d.landline(unit.phone_area) if rng.random() < 0.3 else None,
        "邮政编码": unit.postcode,
        "劳模类型": ModelWorker.none.value if rng.random() < 0.93 else ModelWorker.municipal.value,
        "婚姻状况": marital,
        "是否单亲": single_parent,
        "医保状况": MedicalInsurance.rural_cooperative.value if migrant else rng.choice(
            (MedicalInsurance.urban_employee.value,) * 4 + (MedicalInsurance.urban_resident.value,)),
        "家庭住址": address,
        "工作单位": unit.employer,
        "单位性质": unit.employer_nature,
        "企业状况": rng.choice(ENTERPRISE_STATUS),
        "所属行业": unit.industry,
        "本人月平均收入": own_income,
        "家庭其他非薪资年收入": other_income,
        "家庭年度总收入": total,
        "家庭人口": size,
        "家庭月人均收入": round(total / 12 / size, 2),
        "户口所在地行政区划": hukou_region,
        "户口类型": "农业" if migrant else "非农业",
        "是否有一定自救能力": employed_any and rng.random() < 0.7,
        "是否为零就业家庭": not employed_any,
        "主要致困原因": main,
        "次要致困原因": secondary,
        "年度必要支出": necessary,
        "开户银行": bank,
        "支行名称": f"{unit.city}{street[:2]}支行",
        "银行卡号": card,
        "有无低保": dibao,
        "是否农民工": migrant,
        "劳动合同签订时间": contract_signed,
        "合同期限": contract_term,
        "建档人": staff[0],
        "审核人": staff[1],
        "录入人": staff[2],
    }
    record.update(_card_info(rng, record, kind, migrant, dibao, unit, created, d))
    record["困难情况说明"] = situation(record, members)
    record["备注"] = None
    pub_start = created - timedelta(days=rng.randrange(10, 30))
    hh = Household(
        index=index, unit=unit, variant=variant, record=record, members=members, created=created,
        publicity_start=pub_start, publicity_end=pub_start + timedelta(days=6), edge=edge,
        patient=patient, school_child=school_child,
    )
    hh.extras["contract_months"] = extras_contract_months
    hh.extras["staff_phone"] = d.landline(unit.phone_area)
    if dibao:
        hh.dibao_no = f"{unit.region_code}{created.year}{rng.randrange(100, 9999):04d}"
        hh.dibao_amount = d.money(300, 600) * size
    return hh


def _card_info(rng: random.Random, record: dict[str, Any], kind: str, migrant: bool, dibao: bool, unit: Unit,
               created: date, d: _Drawer) -> dict[str, Any]:
    """立卡信息: whether the household is a 解困脱困 target and the group, measures and plans that fit."""
    if rng.random() < 0.25:
        return {"解困脱困对象": False, "五类重点群体": None, "四个一批措施": None, "七个行动计划": None,
                "立卡时间": None, "帮扶单位": None, "帮扶联系人": None}
    if migrant:
        group, batch, plan = KEY_GROUPS[3], FOUR_BATCHES[0], ACTION_PLANS[2]
    elif kind.startswith("illness") or kind.startswith("disability"):
        group, batch, plan = KEY_GROUPS[2], FOUR_BATCHES[2], ACTION_PLANS[3]
    elif kind == "schooling":
        group, batch, plan = KEY_GROUPS[2], FOUR_BATCHES[3], ACTION_PLANS[4]
    elif kind.startswith("unemployment"):
        group, batch, plan = KEY_GROUPS[0], FOUR_BATCHES[0], ACTION_PLANS[0]
    else:
        group = KEY_GROUPS[0] if dibao else KEY_GROUPS[1]
        batch, plan = FOUR_BATCHES[3] if dibao else FOUR_BATCHES[1], rng.choice(ACTION_PLANS[5:])
    return {"解困脱困对象": True, "五类重点群体": group, "四个一批措施": batch, "七个行动计划": plan,
            "立卡时间": (created + timedelta(days=rng.randrange(1, 20))).isoformat(),
            "帮扶单位": f"{unit.name}工会", "帮扶联系人": d.name(rng.choice(("男", "女")))}


def situation(record: dict[str, Any], members: list[dict[str, Any]]) -> str:
    """困难情况说明: the sentence an applicant writes under 家庭主要困难情况."""
    parts = [f"家庭共{record['家庭人口']}人"]
    for m in members:
        parts.append(f"{m['关系']}{m['姓名']}{m['人员身份'] or ''}")
    parts.append(f"本人月收入{record['本人月平均收入']}元，家庭年收入{record['家庭年度总收入']}元")
    parts.append(f"主要困难：{record['主要致困原因']}，年支出约{record['年度必要支出']}元，生活困难，特申请建档")
    return "，".join(parts) + "。"


def make_households(count: int, seed: int) -> list[Household]:
    """The corpus' households, in order; deterministic in ``seed``."""
    serials: dict[tuple[str, int], int] = {}
    used: set[str] = set()
    return [make_household(i, seed, serials, used) for i in range(count)]
