"""致困原因 across the national, Hangzhou, Hebei and Hunan wordings, and the other vocabularies."""

from __future__ import annotations

import pytest

from dangan.schemas.vocab import (
    CAUSE_VOCABULARIES,
    NationalCause,
    cause_group,
    normalise_cause,
    normalise_vocab,
    same_cause,
    to_national_cause,
)


def test_hangzhou_serious_illness_is_national_code_6() -> None:
    assert to_national_cause("本人大病") is NationalCause.serious_illness
    assert to_national_cause("家庭成员患重大疾病") is NationalCause.serious_illness
    assert NationalCause.serious_illness.code == 6
    assert same_cause("本人大病", "家庭成员患重大疾病")
    assert same_cause("供养直系亲属大病", "6")
    assert same_cause("因病致困", "本人大病")  # Hunan 审批表 wording


@pytest.mark.parametrize(
    ("wording", "national"),
    [
        ("重大事故", "遭受意外事故"),
        ("重大意外事故", "遭受意外事故"),
        ("意外致困", "遭受意外事故"),
        ("自然灾害", "遭受自然灾害"),
        ("家属下岗失业", "下岗失业"),
        ("本人残疾", "家庭成员无劳动能力"),
        ("子女上学", "子女上学"),
        ("患重特大疾病", "家庭成员患重大疾病"),  # Hebei 档案表 code 6
        ("9", "子女上学"),
    ],
)
def test_wordings_map_to_national(wording: str, national: str) -> None:
    result = to_national_cause(wording)
    assert result is not None
    assert result.value == national


def test_every_printed_cause_maps_to_a_national_cause() -> None:
    for wording, words in CAUSE_VOCABULARIES.items():
        for word in words:
            assert to_national_cause(word) is not None, (wording, word)


def test_different_causes_differ() -> None:
    assert not same_cause("本人大病", "子女上学")


@pytest.mark.parametrize(
    ("written", "word"),
    [
        ("☑本人大病", "本人大病"),
        ("■ 子女上学", "子女上学"),
        ("6. 家庭成员患重大疾病", "家庭成员患重大疾病"),
        ("（6）家庭成员患重大疾病", "家庭成员患重大疾病"),
        ("6", "家庭成员患重大疾病"),
        ("重大（意外）事故", "重大意外事故"),
        ("下岗", "下岗失业"),
    ],
)
def test_normalise_cause(written: str, word: str) -> None:
    assert normalise_cause(written) == word


def test_cause_groups() -> None:
    assert cause_group("本人大病") == cause_group("家庭成员患重大疾病") == "疾病"
    assert cause_group("子女上学") == "上学"
    assert cause_group("本人残疾") == "残疾"
    assert cause_group("未参加社会保险") == "其他"


def test_other_vocabularies_normalise() -> None:
    assert normalise_vocab("新农舍") == "新农合"  # the Hangzhou form's misprint
    assert normalise_vocab("下(待)岗") == "下（待）岗"
    assert normalise_vocab(" 离婚 ") == "离异"


def test_contract_term_from_a_cut_off_reading() -> None:
    """合同期限 in the wording of the 杭州 填表说明, however much of the bracket OCR kept."""
    from dangan.schemas.vocab import ContractTerm, normalise_contract_term

    assert normalise_contract_term("半年至一年(7个月至") == ContractTerm.half_to_one_year
    assert normalise_contract_term("三年（31个月至42个") == "三年（31个月至42个月）"
    assert normalise_contract_term("两年") == "两年（19个月至30个月）"
    assert normalise_contract_term("三年级") == "三年级"  # not a term: left as read
