"""The synthetic households are valid and self-consistent (IDs, cards, counts, incomes, causes)."""

from __future__ import annotations

from datetime import date

from dangan.schemas.labels import HOUSEHOLD_LABELS, MEMBER_LABELS
from dangan.schemas.validators import luhn_valid, parse_id_number
from dangan.schemas.vocab import (
    HousingType,
    HukouType,
    MaritalStatus,
    MedicalInsurance,
    ModelWorker,
    WorkStatus,
    to_national_cause,
)
from dangan.synth.households import UNITS, make_households

CORE_LABELS = {"职工编号", "单位", "困难类别", "姓名", "身份证号", "出生日期", "年龄", "婚姻状况", "本人月平均收入",
               "家庭其他非薪资年收入", "家庭年度总收入", "家庭人口", "家庭月人均收入", "主要致困原因", "次要致困原因",
               "年度必要支出", "银行卡号", "有无低保", "是否农民工"}


def test_ids_cards_and_phones_are_valid() -> None:
    for hh in make_households(40, 3):
        r = hh.record
        info = parse_id_number(r["身份证号"], today=date(2030, 1, 1))
        assert info.birth_date.isoformat() == r["出生日期"]
        assert info.gender == r["性别"]
        assert info.age_on(hh.created) == r["年龄"]
        assert luhn_valid(r["银行卡号"])
        assert len(r["手机号码"]) == 11 and r["手机号码"].startswith("1")
        for m in hh.members:
            mi = parse_id_number(m["身份证号"], today=date(2030, 1, 1))
            assert mi.birth_date.isoformat() == m["出生日期"]
            assert mi.gender == m["性别"]
            assert mi.age_on(hh.created) == m["年龄"]


def test_archive_numbers_follow_the_hangzhou_pattern_and_are_unique() -> None:
    hhs = make_households(60, 8)
    numbers = [hh.archive_no for hh in hhs]
    assert len(set(numbers)) == len(numbers)
    units = {u.name for u in UNITS}
    for hh in hhs:
        unit = hh.record["单位"]
        assert unit in units and hh.archive_no.startswith(unit)
        tail = hh.archive_no[len(unit):]
        assert len(tail) == 8 and tail.isdigit() and tail[:4] == str(hh.created.year)
    ids = [hh.record["身份证号"] for hh in hhs] + [m["身份证号"] for hh in hhs for m in hh.members]
    assert len(set(ids)) == len(ids)


def test_records_are_consistent_and_use_the_vocabularies() -> None:
    hhs = make_households(60, 21)
    for hh in hhs:
        r = hh.record
        assert set(r) <= set(HOUSEHOLD_LABELS.values())
        assert set(r) >= CORE_LABELS
        assert r["家庭人口"] == 1 + len(hh.members)
        total = 12 * (r["本人月平均收入"] + sum(m["月收入"] for m in hh.members)) + r["家庭其他非薪资年收入"]
        assert r["家庭年度总收入"] == total
        assert r["家庭月人均收入"] == round(total / 12 / r["家庭人口"], 2)
        assert r["婚姻状况"] in {m.value for m in MaritalStatus}
        assert r["住房类型"] in {h.value for h in HousingType}
        assert r["户口类型"] in {h.value for h in HukouType}
        assert r["医保状况"] in {m.value for m in MedicalInsurance}
        assert r["工作状态"] in {w.value for w in WorkStatus}
        assert r["劳模类型"] in {m.value for m in ModelWorker}
        assert isinstance(r["次要致困原因"], list) and len(r["次要致困原因"]) <= 3
        national = [to_national_cause(c) for c in [r["主要致困原因"], *r["次要致困原因"]]]
        assert None not in national and len(set(national)) == len(national)
        assert r["是否农民工"] == (r["劳动合同签订时间"] is not None)
        if r["是否为零就业家庭"]:
            assert r["工作状态"] != "在岗" and all(m["人员身份"] != "在职" for m in hh.members)
        for m in hh.members:
            assert set(m) <= set(MEMBER_LABELS.values()) and {"姓名", "关系", "身份证号", "月收入"} <= set(m)
    # the mix the reconciliation needs: 低保 holders, migrant workers, 低保边缘户, every form variant
    assert any(hh.record["有无低保"] for hh in hhs)
    assert any(hh.record["是否农民工"] for hh in hhs)
    assert any(hh.edge for hh in hhs)
    assert {hh.variant for hh in hhs} == {"湖南", "河北", "杭州", "全国"}


def test_records_pass_the_schema_models() -> None:
    """The schema's own consistency checks find nothing wrong with a synthetic household."""
    from dangan.schemas.models import HouseholdRecord

    for hh in make_households(30, 4):
        model = HouseholdRecord.model_validate({**hh.record, "家庭成员": hh.members}, context={"strict": True})
        issues = [i for i in model.check_consistency(on=hh.created) if "编号规则" not in i]
        assert issues == [], (hh.archive_no, issues)


def test_same_seed_same_households() -> None:
    a = [hh.to_json() for hh in make_households(10, 99)]
    b = [hh.to_json() for hh in make_households(10, 99)]
    c = [hh.to_json() for hh in make_households(10, 100)]
    assert a == b
    assert a != c
