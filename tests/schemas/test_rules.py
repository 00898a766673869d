"""Rule sets: each shipped TOML loads and answers materials, tiers, numbering and deadlines."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dangan.errors import ConfigError
from dangan.schemas import labels as L
from dangan.schemas.models import HouseholdRecord
from dangan.schemas.rules import RULESETS_DIR, RuleSet, available_rules, current_rules, load_rules

NAMES = ["hangzhou", "hebei", "hunan", "national"]


def base(**extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "姓名": "王建国",
        "本人月平均收入": 2350,
        "主要致困原因": "子女上学",
        "困难类别": "其他困难户",
    }
    data.update(extra)
    return data


@pytest.fixture(params=NAMES)
def rules(request: pytest.FixtureRequest) -> RuleSet:
    return load_rules(request.param)


def test_available_rules() -> None:
    assert available_rules() == NAMES


def test_each_rule_set_loads_with_metadata(rules: RuleSet) -> None:
    assert rules.version and rules.source and rules.causes
    assert rules.materials
    assert all(m.doc_type in L.DOC_TYPES for m in rules.materials)
    assert rules.tiers and all(t.max_multiple <= 2.0 for t in rules.tiers)
    assert rules.archive_no_valid(rules.numbering_example)
    assert rules.dibao_note  # the 低保 table says it is illustrative


def test_unknown_rule_set_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="未知的规则集"):
        load_rules("shanghai")


def test_rules_from_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DANGAN_RULES", "hunan")
    assert current_rules().name == "hunan"
    monkeypatch.delenv("DANGAN_RULES")
    assert current_rules().name == "national"


def test_custom_rule_file(tmp_path: Path) -> None:
    text = (RULESETS_DIR / "hunan.toml").read_text(encoding="utf-8")
    path = tmp_path / "changsha.toml"
    path.write_text(text.replace('name = "hunan"', 'name = "changsha"'), encoding="utf-8")
    assert load_rules(str(path)).name == "changsha"


# --- required materials --------------------------------------------------------------------------


def test_every_rule_set_answers_the_four_cases(rules: RuleSet) -> None:
    cases = [
        base(有无低保=True, 困难类别="持证困难户"),
        base(困难类别="低保边缘户"),
        base(是否农民工=True, 主要致困原因="本人大病"),
        base(),
    ]
    for household in cases:
        needed = rules.required_materials(household, [{"姓名": "李秀英", "关系": "妻", "月收入": 1500}])
        assert needed and needed[0] == "建档申请表"
        assert set(needed) <= set(L.DOC_TYPES)


def test_hangzhou_dibao_holder_needs_only_form_and_certificate() -> None:
    needed = load_rules("hangzhou").required_materials(base(困难类别="持证困难户"), [])
    assert needed == ["建档申请表", "低保证"]
    needed = load_rules("hangzhou").required_materials(base(有无低保="有"), [])
    assert needed == ["建档申请表", "低保证"]


def test_hangzhou_dibao_edge_needs_no_cause_proof() -> None:
    hz = load_rules("hangzhou")
    edge = hz.required_items(base(困难类别="低保边缘户"), [])
    assert not [i for i in edge if i.purpose == "cause_proof"]
    assert Counter(i.doc_type for i in edge) == Counter(
        ["建档申请表", "户口簿", "身份证", "收入证明", "公示证明"]
    )
    normal = hz.required_items(base(), [])
    assert [i.kind for i in normal if i.purpose == "cause_proof"] == ["录取通知书", "学费票据"]


def test_migrant_worker_with_illness() -> None:
    household = base(是否农民工=True, 主要致困原因="本人大病")
    hz = Counter(load_rules("hangzhou").required_materials(household, []))
    assert hz["劳动合同"] == 1 and hz["诊断证明"] == 1 and hz["其他"] == 1  # 医药费票据
    hunan_items = load_rules("hunan").required_items({**household, "主要致困原因": "因病致困"}, [])
    assert "劳动合同" in [i.doc_type for i in hunan_items]
    assert "诊断证明" in [i.doc_type for i in hunan_items]
    assert "医药费票据" in [i.kind for i in hunan_items]
    for name in ("hebei", "national"):
        needed = load_rules(name).required_materials(household, [])
        assert "劳动合同" in needed and "诊断证明" in needed


def test_two_earning_members_need_two_income_certificates(rules: RuleSet) -> None:
    members = [
        {"姓名": "李秀英", "关系": "妻", "月收入": "1500元", "身份证号": "430102199003071525"},
        {"姓名": "王小明", "关系": "子", "月收入": 0},
    ]
    household = base(本人月平均收入=0)  # the applicant earns nothing: the two earners are members
    members.append({"姓名": "王大山", "关系": "父", "月收入": 900})
    items = rules.required_items(household, members)
    income = [i for i in items if i.doc_type == "收入证明"]
    assert sorted(i.person or "" for i in income) == ["李秀英", "王大山"]


def test_applicant_in_member_table_is_not_counted_twice() -> None:
    members = [
        {"姓名": "王建国", "关系": "本人", "月收入": 2350},
        {"姓名": "李秀英", "关系": "妻", "月收入": 1500},
    ]
    needed = Counter(load_rules("hunan").required_materials(base(), members))
    assert needed["收入证明"] == 2


def test_required_materials_accepts_models() -> None:
    record = HouseholdRecord.model_validate(
        {**base(), "家庭成员": [{"姓名": "李秀英", "关系": "妻", "月收入": 1500}]}
    )
    by_model = load_rules("hangzhou").required_materials(record)
    by_dict = load_rules("hangzhou").required_materials(record.to_json_dict())
    assert by_model == by_dict
    assert Counter(by_model)["收入证明"] == 2


def test_hunan_causes_by_group() -> None:
    hunan = load_rules("hunan")
    assert "残疾人证" in hunan.required_materials(base(主要致困原因="本人残疾"), [])
    single = hunan.required_items(base(婚姻状况="离异"), [])
    assert any("离婚证" in (i.kind or "").split("|") and "死亡证明" in (i.kind or "") for i in single)
    accident = hunan.required_items(base(主要致困原因="意外致困"), [])
    assert "事故证明" in [i.kind for i in accident]
    dibao = hunan.required_materials(base(有无低保=True), [])
    assert "低保证" in dibao and "收入证明" in dibao  # no Hangzhou-style exemption in Hunan


# --- numbering -----------------------------------------------------------------------------------


def test_hangzhou_numbering() -> None:
    hz = load_rules("hangzhou")
    assert hz.archive_no_valid("工业橡胶20130006")
    assert hz.archive_no_valid("富阳富春20130125")
    assert hz.parse_archive_no("富阳富春20130125") == {"unit": "富阳富春", "year": "2013", "serial": "0125"}
    for bad in ("20130006", "工业橡胶2013006", "工业橡胶201300061", "工业橡胶18990006", ""):
        assert not hz.archive_no_valid(bad), bad


def test_national_numbering_is_permissive() -> None:
    national = load_rules("national")
    assert national.archive_no_valid("工业橡胶20130006")
    assert national.archive_no_valid("4301002016000123")
    assert not national.archive_no_valid("x")


# --- 低保 standards and tiers ---------------------------------------------------------------------


def test_dibao_standard_lookup() -> None:
    hunan = load_rules("hunan")
    assert hunan.dibao_standard("长沙市", 2024) == 800.0
    assert hunan.dibao_standard("长沙", 2024) == 800.0
    assert hunan.dibao_standard("湖南省长沙市天心区", 2024) == 800.0
    assert hunan.dibao_standard("长沙市", 2030) == hunan.dibao_standard("长沙市", 2026)  # latest in force
    assert hunan.dibao_standard("长沙市", 2010) is None
    assert hunan.dibao_standard("火星", 2024) is None
    hz = load_rules("hangzhou")
    assert hz.dibao_standard("杭州市富阳区", 2020) != hz.dibao_standard("杭州市上城区", 2020)


def test_hunan_tiers() -> None:
    hunan = load_rules("hunan")
    standard = hunan.dibao_standard("长沙市", 2024)
    assert standard is not None
    assert hunan.tier_for(standard, "长沙市", 2024) == "全总级"
    assert hunan.tier_for(standard * 1.2, "长沙市", 2024) == "省级"
    assert hunan.tier_for(standard * 1.5, "长沙市", 2024) == "省级"
    assert hunan.tier_for(standard * 2, "长沙市", 2024) == "地市级"
    assert hunan.tier_for(standard * 2 + 1, "长沙市", 2024) is None
    assert hunan.tier_for(500, "火星", 2024) is None
    assert hunan.tier_for(None, "长沙市", 2024) is None


def test_hangzhou_tier_is_two_times_dibao() -> None:
    hz = load_rules("hangzhou")
    standard = hz.dibao_standard("杭州市", 2014)
    assert standard is not None
    assert hz.tier_for(standard * 2, "杭州市", 2014) is not None
    assert hz.tier_for(standard * 2 + 0.01, "杭州市", 2014) is None


# --- deadlines -----------------------------------------------------------------------------------


def test_deadlines() -> None:
    hunan, national, hz = load_rules("hunan"), load_rules("national"), load_rules("hangzhou")
    assert hunan.deadlines["sync"].days == 15 and hunan.deadlines["sync"].working
    assert hunan.deadlines["entry_after_approval"].days == 7
    assert national.deadlines["sync"].days == 30
    assert hz.deadlines["assistance_entry"].days == 15 and not hz.deadlines["assistance_entry"].working
    # 15 working days after Friday 2024-09-27, across the National Day holiday.
    assert hunan.deadlines["sync"].due(date(2024, 9, 27)) == date(2024, 10, 23)
    assert hz.deadlines["assistance_entry"].due(date(2024, 9, 27)) == date(2024, 10, 12)


def test_publicity_length() -> None:
    hunan, hz = load_rules("hunan"), load_rules("hangzhou")
    # Five working days Monday-Friday; a week over National Day is only 2 working days.
    assert hunan.publicity_long_enough(date(2024, 6, 3), date(2024, 6, 7))
    assert not hunan.publicity_long_enough(date(2024, 9, 30), date(2024, 10, 7))
    assert hz.publicity_long_enough(date(2024, 9, 30), date(2024, 10, 6))
    assert not hz.publicity_long_enough(date(2024, 9, 30), date(2024, 10, 5))
    assert load_rules("national").publicity_long_enough(date(2024, 6, 3), date(2024, 6, 7)) is None
