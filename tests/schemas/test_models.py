"""Pydantic models: Chinese labels in and out, derived fields, issues instead of crashes."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from dangan.schemas import labels as L
from dangan.schemas.models import (
    DOCUMENT_MODELS,
    DibaoCertificate,
    DisabilityCertificate,
    HouseholdRecord,
    HouseholdRegister,
    IdCard,
    IncomeCertificate,
    LabourContract,
    Member,
    OtherDocument,
    PublicityProof,
    document_from_extraction,
    parse_document,
)
from dangan.schemas.rules import load_rules
from dangan.schemas.validators import luhn_check_digit

CARD = "622202123456789012" + luhn_check_digit("622202123456789012")
ON = date(2024, 6, 1)


def household(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "职工编号": "工业橡胶20130006",
        "单位": "工业橡胶",
        "姓名": "王建国",
        "身份证号": "330102198005122316",
        "本人月平均收入": "2,350元",
        "家庭其他非薪资年收入": 1800,
        "家庭年度总收入": "36000",
        "家庭人口": "3人",
        "主要致困原因": "本人大病",
        "次要致困原因": ["子女上学"],
        "银行卡号": CARD,
        "手机号码": "13812345678",
        "家庭成员": [
            {"姓名": "李秀英", "关系": "妻", "身份证号": "430102199003071525", "月收入": "1500元"},
            {"姓名": "王小明", "关系": "子", "身份证号": _valid("11010520100101001"), "月收入": 0},
        ],
    }
    data.update(overrides)
    return data


def _valid(first17: str) -> str:
    from dangan.schemas.validators import id_check_digit

    return first17 + id_check_digit(first17)


def test_every_doc_type_has_a_model() -> None:
    assert set(DOCUMENT_MODELS) == set(L.DOC_TYPES)
    for doc_type, model in DOCUMENT_MODELS.items():
        if doc_type != "建档申请表":
            assert model.doc_type == doc_type


def test_member_and_household_labels_are_canonical() -> None:
    assert set(L.HOUSEHOLD_LABELS.values()) <= set(HouseholdRecord.labels())
    assert Member.labels() == list(L.MEMBER_LABELS.values())
    assert HouseholdRecord.labels()[0] == "职工编号"


def test_round_trip_json_by_alias() -> None:
    record = HouseholdRecord.model_validate(household())
    text = record.model_dump_json()
    data = json.loads(text)
    assert "主要致困原因" in data and "main_cause" not in data
    assert data["家庭成员"][0]["姓名"] == "李秀英"
    assert data["出生日期"] == "1980-05-12"
    again = HouseholdRecord.model_validate_json(text)
    assert again == record
    assert again.model_dump() == record.model_dump()
    assert set(record.model_dump()) >= {"职工编号", "家庭成员"}  # python dumps by alias too


def test_populate_by_name_and_by_alias() -> None:
    by_name = HouseholdRecord(name="张三", household_annual_income=12000, household_size=2)
    by_alias = HouseholdRecord.model_validate({"姓名": "张三", "家庭年度总收入": 12000, "家庭人口": 2})
    assert by_name == by_alias


def test_form_synonyms_are_accepted() -> None:
    record = HouseholdRecord.model_validate(
        {
            "公民身份号码": "330102198005122316",
            "联系电话": "138 1234 5678",
            "本人月收入": "2000元",
            "因困总支出": "5000",
        }
    )
    assert record.id_number == "330102198005122316"
    assert record.mobile == "13812345678"
    assert record.monthly_income == 2000.0
    assert record.necessary_expenses == 5000.0


def test_unknown_labels_are_kept() -> None:
    record = HouseholdRecord.model_validate({"姓名": "张三", "困难情况说明外": "x"})
    assert record.to_json_dict()["困难情况说明外"] == "x"


def test_derived_from_id_number_when_blank() -> None:
    record = HouseholdRecord.model_validate({"身份证号": "11010519491231002X"})
    assert record.birth_date == date(1949, 12, 31)
    assert record.gender == "女"
    assert record.age is not None and record.age >= 74


def test_derived_per_capita_income() -> None:
    record = HouseholdRecord.model_validate({"家庭年度总收入": "36,000元", "家庭人口": 3})
    assert record.per_capita_monthly_income == 1000.0
    odd = HouseholdRecord.model_validate({"家庭年度总收入": 10000, "家庭人口": 3})
    assert odd.per_capita_monthly_income == 277.78
    assert HouseholdRecord.model_validate({"家庭人口": 3}).per_capita_monthly_income is None


def test_per_capita_after_expenses() -> None:
    record = HouseholdRecord.model_validate({"家庭年度总收入": 36000, "年度必要支出": 12000, "家庭人口": 2})
    assert record.per_capita_after_expenses == 1000.0


def test_consistent_record_has_no_issues() -> None:
    record = HouseholdRecord.model_validate(household())
    assert record.check_consistency(load_rules("hangzhou"), on=ON) == []


def test_mismatches_are_issues_not_crashes() -> None:
    record = HouseholdRecord.model_validate(
        household(
            出生日期="1980-05-13",
            年龄=30,
            性别="女",
            银行卡号="6222021234567890",
            手机号码="1381234567",
            家庭月人均收入=1500,
            职工编号="橡胶2013006",
        )
    )
    issues = record.check_consistency(load_rules("hangzhou"), on=ON)
    text = "\n".join(issues)
    assert "出生日期与身份证号不符" in text
    assert "年龄与身份证号不符" in text
    assert "性别与身份证号不符" in text
    assert "银行卡号校验失败" in text
    assert "手机号码格式错误" in text
    assert "家庭月人均收入与计算值不符" in text
    assert "职工编号不符合" in text


def test_wrong_check_digit_is_an_issue_by_default_and_an_error_when_strict() -> None:
    data = household(身份证号="330102198005122310")
    record = HouseholdRecord.model_validate(data)
    assert record.id_number == "330102198005122310"
    assert any("校验码错误" in i for i in record.check_consistency(load_rules("national"), on=ON))
    with pytest.raises(ValidationError, match="校验码错误"):
        HouseholdRecord.model_validate(data, context={"strict": True})
    with pytest.raises(ValidationError, match="Luhn"):
        HouseholdRecord.model_validate(household(银行卡号="6222021234567890"), context={"strict": True})


def test_member_consistency() -> None:
    member = Member.model_validate(
        {"姓名": "李秀英", "身份证号": "430102199003071525", "性别": "男", "年龄": 34}
    )
    issues = member.check_consistency(on=ON)
    assert issues == ["家庭成员李秀英性别与身份证号不符：填写 男，身份证号为 女"]
    assert Member.model_validate({"身份证号": "430102199003071525"}).birth_date == date(1990, 3, 7)


def test_main_cause_exactly_one() -> None:
    assert HouseholdRecord.model_validate({"主要致困原因": ["☑本人大病"]}).main_cause == "本人大病"
    with pytest.raises(ValidationError, match="只能有一项"):
        HouseholdRecord.model_validate({"主要致困原因": ["本人大病", "子女上学"]})
    issues = HouseholdRecord.model_validate({}).check_consistency(load_rules("national"), on=ON)
    assert "主要致困原因未填写" in issues


def test_secondary_causes_zero_to_three() -> None:
    assert HouseholdRecord.model_validate({}).secondary_causes == []
    three = HouseholdRecord.model_validate({"次要致困原因": "收入低、子女上学、自然灾害"})
    assert three.secondary_causes == ["收入低", "子女上学", "自然灾害"]
    assert three.to_row()["次要致困原因"] == "收入低、子女上学、自然灾害"
    with pytest.raises(ValidationError, match="最多3项"):
        HouseholdRecord.model_validate({"次要致困原因": ["收入低", "子女上学", "自然灾害", "残疾"]})


def test_national_wording_of_causes() -> None:
    record = HouseholdRecord.model_validate({"主要致困原因": "本人大病", "次要致困原因": ["重大事故"]})
    assert record.national_main_cause == "家庭成员患重大疾病"
    assert record.national_secondary_causes == ["遭受意外事故"]


def test_vocab_fields_normalise() -> None:
    record = HouseholdRecord.model_validate(
        {"医保状况": "新农舍", "工作状态": "下(待)岗", "是否单亲": "☑是 □否"}
    )
    assert record.medical_insurance == "新农合"
    assert record.work_status == "下（待）岗"
    assert record.single_parent is True


def test_unreadable_money_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="金额"):
        HouseholdRecord.model_validate({"家庭年度总收入": "三万多"})


def test_to_row_is_flat() -> None:
    row = HouseholdRecord.model_validate(household()).to_row()
    assert "家庭成员" not in row
    assert row["出生日期"] == "1980-05-12"


def test_income_certificate() -> None:
    doc = IncomeCertificate.model_validate(
        {
            "姓名": "王建国",
            "统计月数": "12",
            "月均工资": "3,000元",
            "月均实发工资": "2,600元",
            "年收入": "31200",
            "联系电话": "0571-87161079",
            "出具日期": "2024年3月1日",
            "是否盖章": False,
        }
    )
    assert doc.monthly_net_wage == 2600.0
    assert doc.phone == "057187161079"
    assert doc.to_json_dict()["出具日期"] == "2024-03-01"
    assert "收入证明未盖章（劳资部门盖章）" in doc.check_consistency()


def test_dibao_certificate_validity() -> None:
    doc = DibaoCertificate.model_validate({"有效期": "2023年1月1日至2023年12月31日", "月保障金额": "￥1,290"})
    assert doc.valid_until == date(2023, 12, 31)
    assert any("已过有效期" in i for i in doc.check_consistency(on=ON))


def test_id_card_and_disability_certificate() -> None:
    card = IdCard.model_validate(
        {"身份证号": "330102198005122316", "出生日期": "1980年5月12日", "性别": "男"}
    )
    assert card.check_consistency(on=ON) == []
    disabled = DisabilityCertificate.model_validate(
        {"身份证号": "330102198005122316", "残疾人证号": "33010219800512231642"}
    )
    assert disabled.check_consistency(on=ON) == []
    wrong = DisabilityCertificate.model_validate({"身份证号": "330102198005122316", "残疾人证号": "1234"})
    assert wrong.check_consistency(on=ON)


def test_household_register_entries() -> None:
    doc = parse_document(
        "户口簿",
        {"户主姓名": "王建国", "住址": "杭州市上城区"},
        [{"姓名": "王建国", "关系": "户主", "身份证号": "330102198005122316"}],
    )
    assert isinstance(doc, HouseholdRegister)
    assert doc.entries[0].gender == "男"
    assert doc.to_json_dict()["家庭成员"][0]["出生日期"] == "1980-05-12"


def test_publicity_contract_other() -> None:
    pub = PublicityProof.model_validate({"公示期起": "2024.9.27", "公示期止": "2024/10/08", "结果": "无异议"})
    assert pub.check_consistency() == []
    contract = LabourContract.model_validate({"合同起始": "2023-01-01", "合同终止": "2023-12-31"})
    assert contract.term_days == 365
    other = OtherDocument.model_validate({"材料名称": "录取通知书", "日期": "2023年8月1日"})
    assert other.day == date(2023, 8, 1)


def test_document_from_extraction_result() -> None:
    result = {
        "file": "x.jpg",
        "doc_type": "建档申请表",
        "fields": {"姓名": "王建国", "本人月平均收入": 2350, "次要致困原因": ["子女上学"], "是否盖章": True},
        "members": [{"姓名": "李秀英", "关系": "妻", "月收入": 0}],
    }
    record = document_from_extraction(result)
    assert isinstance(record, HouseholdRecord)
    assert record.members[0].name == "李秀英"
    with pytest.raises(ValueError, match="未知的材料类型"):
        parse_document("奖状", {})
