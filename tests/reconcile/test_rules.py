"""Every rule of ARCHIVE-SCHEMA.md §4 the records let us check, and required materials by rule set."""

from __future__ import annotations

from datetime import date
from typing import Any

from dangan.reconcile.compare import PaperHousehold
from dangan.reconcile.core import reconcile
from dangan.reconcile.rules import check_all, household_rules, missing_materials
from dangan.reconcile.ruleset import load

from .conftest import bad_check_digit, make_id

AS_OF = date(2024, 6, 3)
NO = "工业橡胶20130006"


def rules_of(data: dict[str, Any], members: list[dict[str, Any]] | None = None, rules: str = "hangzhou",
             no: str = NO) -> dict[str, dict[str, Any]]:
    found = household_rules(no, "工业橡胶", data, members or [], load(rules), AS_OF)
    return {f"{f['rule']}:{f['field']}": f for f in found}


def test_valid_household_breaks_no_rule() -> None:
    data = {"姓名": "张三", "身份证号": make_id(), "出生日期": "1980-01-01", "性别": "男", "年龄": 33,
            "家庭人口": 2, "家庭年度总收入": 24000, "家庭月人均收入": 1000}
    assert rules_of(data, [{"姓名": "王梅", "身份证号": make_id(born="19820202", seq="242"), "性别": "女"}]) == {}


def test_id_check_digit() -> None:
    found = rules_of({"身份证号": bad_check_digit(make_id())},
                     [{"姓名": "王梅", "身份证号": "33010219820202242"}])
    assert "校验码" in found["id_invalid:身份证号"]["detail"]
    assert "18位" in found["id_invalid:家庭成员[王梅].身份证号"]["detail"]


def test_birth_date_gender_and_age_against_the_id() -> None:
    found = rules_of({"身份证号": make_id(), "出生日期": "1980-02-01", "性别": "女", "年龄": 30})
    assert set(found) == {"birth_vs_id:出生日期", "gender_vs_id:性别", "age_vs_id:年龄"}
    assert "1980-01-01" in found["birth_vs_id:出生日期"]["detail"]
    # the age stated on a 2013 form (职工编号 year), ±1; without a year, any age up to today's
    assert rules_of({"身份证号": make_id(), "年龄": 34}) == {}
    assert "age_vs_id:年龄" in rules_of({"身份证号": make_id(), "年龄": 44})
    assert rules_of({"身份证号": make_id(), "年龄": 40}, rules="hunan", no="HN-7") == {}
    assert "age_vs_id:年龄" in rules_of({"身份证号": make_id(), "年龄": 46}, rules="hunan", no="HN-7")


def test_household_size_against_member_table() -> None:
    members = [{"姓名": "王梅"}, {"姓名": "张小"}]
    assert rules_of({"家庭人口": 3}, members) == {}  # table without the householder
    assert rules_of({"家庭人口": 2}, members) == {}  # table with the householder
    found = rules_of({"家庭人口": 5}, members)
    assert found["household_size:家庭人口"]["paper"] == 2


def test_per_capita_income_recomputed() -> None:
    assert rules_of({"家庭人口": 3, "家庭年度总收入": 36000, "家庭月人均收入": 1000}) == {}
    found = rules_of({"家庭人口": 3, "家庭年度总收入": 36000, "家庭月人均收入": 1200})
    assert found["per_capita:家庭月人均收入"]["paper"] == 1000.0


def test_archive_no_format_of_the_rule_set() -> None:
    assert "archive_no_format:职工编号" in rules_of({}, no="工业橡胶2013006")  # 3-digit serial
    assert "archive_no_format:职工编号" not in rules_of({}, no="富阳富春20130125")


def test_tier_against_the_regions_dibao_standard() -> None:
    # 长沙市 2018: 590 元; 省级 ≤ 1.5 × 590 = 885 元 per person per month after necessary expenses
    base = {"户口所在地行政区划": "湖南省长沙市芙蓉区", "家庭人口": 2, "年度必要支出": 0}
    assert rules_of({**base, "困难类别": "省级", "家庭年度总收入": 885 * 24}, rules="hunan", no="长沙20180001") == {}
    found = rules_of({**base, "困难类别": "全总级", "家庭年度总收入": 885 * 24}, rules="hunan", no="长沙20180001")
    assert "590" in found["tier:困难类别"]["detail"]


def test_exclusions_where_the_data_shows_them() -> None:
    found = rules_of({"住房套数": 2, "是否有商业店铺": "否"})
    assert set(found) == {"exclusion:住房套数"}
    assert "2套" in found["exclusion:住房套数"]["detail"]


def test_entry_within_seven_working_days_of_approval_in_hunan() -> None:
    # 2024-09-27 (Fri) + 7 working days = 2024-10-12 (National Day week is off, Sat 10-12 is 调休)
    ok = {"审批日期": "2024-09-27", "录入日期": "2024-10-12"}
    late = {"审批日期": "2024-09-27", "录入日期": "2024-10-14"}
    assert rules_of(ok, rules="hunan") == {}
    assert "8 个工作日" in rules_of(late, rules="hunan")["entry_deadline:录入时间"]["detail"]
    assert rules_of(late, rules="hangzhou") == {}  # Hangzhou sets no such deadline


def test_sync_deadline_when_paper_and_electronic_still_differ() -> None:
    paper = PaperHousehold(NO, "工业橡胶", fields={"姓名": "张三", "本人月平均收入": 2000}, doc_types=["建档申请表"],
                           documents=[{"doc_type": "收入证明", "fields": {"姓名": "张三", "出具日期": "2024-05-06"}}])
    electronic = {NO: {"单位": "工业橡胶", "data": {"姓名": "张三", "本人月平均收入": 2500}, "members": []}}
    late = [f for f in reconcile({NO: paper}, electronic, "hunan", as_of=AS_OF) if f.get("rule") == "sync_deadline"]
    assert len(late) == 1 and "15 个工作日" in late[0]["detail"]
    early = reconcile({NO: paper}, electronic, "hunan", as_of=date(2024, 5, 20))
    assert not [f for f in early if f.get("rule") == "sync_deadline"]


def test_same_id_in_two_archives() -> None:
    me, other = make_id(), make_id(seq="253")
    electronic = {
        "A20130001": {"单位": "甲", "data": {"身份证号": me}, "members": []},
        "B20130002": {"单位": "乙", "data": {"身份证号": other}, "members": [{"姓名": "张三", "身份证号": me}]},
    }
    found = [f for f in check_all({}, electronic, load("national"), as_of=AS_OF) if f.get("rule") == "duplicate_id"]
    assert {(f["职工编号"], f["field"]) for f in found} == {("A20130001", "身份证号"),
                                                          ("B20130002", "家庭成员[张三].身份证号")}
    assert "B20130002" in next(f for f in found if f["职工编号"] == "A20130001")["detail"]


def docs(*types: str, **names: str) -> list[dict[str, Any]]:
    return [{"doc_type": t, "fields": {"姓名": names.get(t, "")}} for t in types]


def missing(data: dict[str, Any], documents: list[dict[str, Any]], rules: str = "hangzhou",
            members: list[dict[str, Any]] | None = None) -> list[str]:
    return [f["field"] for f in missing_materials(NO, "工业橡胶", data, members or [], documents, load(rules))]


def test_hangzhou_six_materials() -> None:
    data = {"姓名": "张三", "本人月平均收入": 2000, "主要致困原因": "子女上学", "是否农民工": True}
    full = docs("建档申请表", "户口簿", "身份证", "收入证明", "公示证明", "劳动合同", 收入证明="张三", 身份证="张三")
    full += [{"doc_type": "其他", "fields": {"材料名称": "录取通知书"}}, {"doc_type": "其他", "fields": {"材料名称": "学费票据"}}]
    assert missing(data, full) == []
    assert missing(data, [d for d in full if d["doc_type"] != "劳动合同"]) == ["劳动合同"]
    assert missing({**data, "是否农民工": False}, [d for d in full if d["doc_type"] != "劳动合同"]) == []
    no_receipt = [d for d in full if d["fields"].get("材料名称") != "学费票据"]
    assert missing(data, no_receipt) == ["学费票据"]


def test_hangzhou_exemptions_for_dibao_holders_and_edge_households() -> None:
    data = {"姓名": "张三", "本人月平均收入": 2000, "主要致困原因": "本人大病"}
    assert missing({**data, "有无低保": True}, docs("建档申请表", "低保证")) == []
    edge = missing({**data, "困难类别": "低保边缘户"},
                   docs("建档申请表", "户口簿", "身份证", "收入证明", "公示证明", 收入证明="张三", 身份证="张三"))
    assert edge == []  # 低保边缘户 need no 致困原因证明
    assert set(missing(data, docs("建档申请表", "户口簿", "身份证", "收入证明", "公示证明", 收入证明="张三",
                              身份证="张三"))) == {"诊断证明", "医药费票据"}


def test_income_proof_per_earning_member() -> None:
    data = {"姓名": "张三", "本人月平均收入": 2000, "有无低保": False, "困难类别": "低保边缘户"}
    members = [{"姓名": "王梅", "关系": "妻", "月收入": 1200}, {"姓名": "张小", "关系": "子", "月收入": 0, "年龄": 8}]
    have = [*docs("建档申请表", "户口簿", "公示证明"), {"doc_type": "身份证", "fields": {"姓名": "张三"}}, {"doc_type": "身份证", "fields": {"姓名": "王梅"}}, {"doc_type": "收入证明", "fields": {"姓名": "张三"}}]
    assert missing(data, have, members=members) == ["收入证明[王梅]"]


def test_hunan_materials_by_cause() -> None:
    data = {"姓名": "张三", "本人月平均收入": 0, "主要致困原因": "残疾"}
    base = [*docs("建档申请表", "身份证", "户口簿", "公示证明"), {"doc_type": "其他", "fields": {"材料名称": "银行卡复印件"}}]
    assert missing(data, base, rules="hunan") == ["残疾人证"]
    assert missing(data, [*base, *docs("残疾人证")], rules="hunan") == []


def test_seal_and_publicity_rules() -> None:
    paper = PaperHousehold(NO, "工业橡胶", doc_types=["收入证明", "公示证明"], documents=[
        {"doc_type": "收入证明", "fields": {"姓名": "张三", "是否盖章": False}},
        {"doc_type": "公示证明", "fields": {"公示期起": "2013-03-01", "公示期止": "2013-03-04", "是否盖章": True}},
    ])
    found = {f["rule"]: f for f in check_all({NO: paper}, {}, load("hangzhou"), as_of=AS_OF) if f["kind"] == "rule"}
    assert found["stamp"]["field"] == "收入证明[张三].是否盖章"
    assert found["publicity"]["field"] == "公示证明.公示期"


def outputs(data: dict[str, Any], documents: list[dict[str, Any]], members: list[dict[str, Any]] | None = None,
            as_of: date | None = None, rules: str = "hangzhou") -> dict[str, str]:
    """field → kind of every material output (missing_material, or verify: a reading to verify)."""
    found = missing_materials(NO, "工业橡胶", data, members or [], documents, load(rules), as_of=as_of)
    return {f["field"]: f["kind"] for f in found}


# a household of two earners whose other materials are all there (杭州, 低保边缘户: no cause proof)
EARNERS = {"姓名": "张三", "本人月平均收入": 2000, "困难类别": "低保边缘户"}
WIFE = [{"姓名": "王梅", "关系": "妻", "月收入": 1200, "年龄": 40}]
BASE = [*docs("建档申请表", "户口簿", "公示证明"), {"doc_type": "身份证", "fields": {"姓名": "张三"}},
        {"doc_type": "身份证", "fields": {"姓名": "王梅"}}, {"doc_type": "收入证明", "fields": {"姓名": "张三"}}]


def test_income_proof_of_an_unread_holder_is_a_reading_to_verify() -> None:
    """A 收入证明 whose name was read with little confidence, or not at all, may be 王梅's: not a finding."""
    weak = {"doc_type": "收入证明", "fields": {"姓名": "王海"}, "field_confidence": {"姓名": 0.41}}
    assert outputs(EARNERS, [*BASE, weak], WIFE) == {"收入证明[王梅]": "verify"}
    blank = {"doc_type": "收入证明", "fields": {}}
    assert outputs(EARNERS, [*BASE, blank], WIFE) == {"收入证明[王梅]": "verify"}
    # read surely, but a name nobody of the household has (a misreading of 王梅?): to verify as well
    odd = {"doc_type": "收入证明", "fields": {"姓名": "王悔"}, "field_confidence": {"姓名": 0.97}}
    assert outputs(EARNERS, [*BASE, odd], WIFE) == {"收入证明[王梅]": "verify"}


def test_proof_one_character_off_another_members_name_casts_no_doubt_on_his() -> None:
    """王悔 read surely is 王梅's paper misread (hers waits for a reader), not perhaps 李强's: his is missing."""
    odd = {"doc_type": "收入证明", "fields": {"姓名": "王悔"}, "field_confidence": {"姓名": 0.97}}
    son = {"姓名": "李强", "关系": "子", "月收入": 900, "年龄": 20}
    card = {"doc_type": "身份证", "fields": {"姓名": "李强"}}
    got = outputs(EARNERS, [*BASE, card, odd], [*WIFE, son])
    assert got == {"收入证明[王梅]": "verify", "收入证明[李强]": "missing_material"}
    weak = {**odd, "field_confidence": {"姓名": 0.41}}  # not read surely: it may be anyone's
    got = outputs(EARNERS, [*BASE, card, weak], [*WIFE, son])
    assert got == {"收入证明[王梅]": "verify", "收入证明[李强]": "verify"}
    # read fairly well (0.85), one character off 王梅 and nothing like 李强: still not his
    fair = {**odd, "field_confidence": {"姓名": 0.85}}
    got = outputs(EARNERS, [*BASE, card, fair], [*WIFE, son])
    assert got == {"收入证明[王梅]": "verify", "收入证明[李强]": "missing_material"}


def test_income_proof_surely_of_another_member_does_not_stand_for_hers() -> None:
    """A second 收入证明 of 张三 (read surely) is no proof of 王梅's income: her proof is missing."""
    again = {"doc_type": "收入证明", "fields": {"姓名": "张三"}, "field_confidence": {"姓名": 0.99}}
    assert outputs(EARNERS, [*BASE, again], WIFE) == {"收入证明[王梅]": "missing_material"}
    assert outputs(EARNERS, BASE, WIFE) == {"收入证明[王梅]": "missing_material"}


def test_material_attributed_by_the_id_number_when_the_name_is_misread() -> None:
    wife_id = make_id(born="19820202", seq="242")
    proof = {"doc_type": "收入证明", "fields": {"姓名": "王悔", "身份证号": wife_id}, "field_confidence": {"姓名": 0.95}}
    assert outputs(EARNERS, [*BASE, proof], [{**WIFE[0], "身份证号": wife_id}]) == {}


def test_unidentified_document_naming_the_member_is_a_reading_to_verify() -> None:
    """The demo's 收入证明[魏敏英]: her 收入证明 was classified 其他 at 0.50 (no type won), so it proves
    nothing either way. A 其他 that says what it is (材料名称) or names another member surely is no doubt."""
    unknown = {"doc_type": "其他", "fields": {"姓名": "王梅"}, "confidence": 0.5}
    assert outputs(EARNERS, [*BASE, unknown], WIFE) == {"收入证明[王梅]": "verify"}
    card = {"doc_type": "其他", "fields": {"姓名": "王梅", "材料名称": "银行卡复印件"}, "confidence": 0.5}
    assert outputs(EARNERS, [*BASE, card], WIFE) == {"收入证明[王梅]": "missing_material"}
    his = {"doc_type": "其他", "fields": {"姓名": "张三"}, "confidence": 0.5, "field_confidence": {"姓名": 0.99}}
    assert outputs(EARNERS, [*BASE, his], WIFE) == {"收入证明[王梅]": "missing_material"}
    named = {"doc_type": "其他", "fields": {"姓名": "王梅"}, "confidence": 0.93}  # the classifier chose 其他
    assert outputs(EARNERS, [*BASE, named], WIFE) == {"收入证明[王梅]": "missing_material"}
    # a 材料名称 that names nothing (the bare word 其他, or a guess below the classification floor) is no name
    generic = {**unknown, "fields": {"姓名": "王梅", "材料名称": "其他"}, "field_confidence": {"材料名称": 0.5}}
    assert outputs(EARNERS, [*BASE, generic], WIFE) == {"收入证明[王梅]": "verify"}
    guessed = {**unknown, "fields": {"姓名": "王梅", "材料名称": "银行卡复印件"}, "field_confidence": {"材料名称": 0.5}}
    assert outputs(EARNERS, [*BASE, guessed], WIFE) == {"收入证明[王梅]": "verify"}


def test_a_doubt_stands_only_for_the_materials_the_paper_shows_signs_of() -> None:
    """An unidentified paper naming 王梅 whose text shows signs of a 户口簿 only (extraction's
    doc_type_candidates) cannot be her 收入证明: that is missing. With signs of a 收入证明 it may be one: a
    reading to verify. Without candidates (a person's or an older extraction) any doubt stands, as before."""
    only_register = {"doc_type": "其他", "fields": {"姓名": "王梅"}, "confidence": 0.5,
                     "doc_type_candidates": ["户口簿"]}
    assert outputs(EARNERS, [*BASE, only_register], WIFE) == {"收入证明[王梅]": "missing_material"}
    maybe_proof = {**only_register, "doc_type_candidates": ["户口簿", "收入证明"]}
    assert outputs(EARNERS, [*BASE, maybe_proof], WIFE) == {"收入证明[王梅]": "verify"}
    unknown = {**only_register, "doc_type_candidates": []}
    assert outputs(EARNERS, [*BASE, unknown], WIFE) == {"收入证明[王梅]": "verify"}


def test_two_cards_copied_on_one_page_stand_for_both_people() -> None:
    from dangan.reconcile.compare import merge_paper

    page = {"doc_type": "身份证", "fields": {"姓名": "张三"},
            "members": [{"姓名": "张三", "身份证号": make_id()}, {"姓名": "王梅", "身份证号": make_id(seq="242")}]}
    (card,) = merge_paper(NO, "工业橡胶", [page]).documents
    assert [h.name for h in card.holders] == ["张三", "王梅"]
    rest = [d for d in BASE if d["doc_type"] != "身份证"] + [{"doc_type": "收入证明", "fields": {"姓名": "王梅"}}]
    assert outputs(EARNERS, [*rest, card], WIFE) == {}


def test_child_who_turned_16_after_the_papers_is_no_missing_id_card() -> None:
    """The demo's 身份证[魏东鑫]: 15 when the papers were put together (出具日期), 16 on the day of the
    run. “未满16周岁者通常无身份证”: a reading to verify. A child 16 already then: a missing material."""
    papers = [*BASE, {"doc_type": "收入证明", "fields": {"姓名": "王梅", "出具日期": "2013-05-20"}}]
    son = {"姓名": "张小", "关系": "子", "月收入": 0, "身份证号": make_id(born="19970901", seq="119")}
    assert outputs(EARNERS, papers, [*WIFE, son], as_of=date(2014, 1, 2)) == {"身份证[张小]": "verify"}
    older = {**son, "身份证号": make_id(born="19970301", seq="119")}
    assert outputs(EARNERS, papers, [*WIFE, older], as_of=date(2014, 1, 2)) == {"身份证[张小]": "missing_material"}
    younger = {**son, "身份证号": make_id(born="19980301", seq="119")}
    assert outputs(EARNERS, papers, [*WIFE, younger], as_of=date(2014, 1, 2)) == {}


def test_member_whose_name_no_one_read_is_no_missing_material() -> None:
    """A member row read without a name (a misread line of the form): whose 身份证 would be missing?"""
    adult = [*WIFE, {"关系": "子", "月收入": 0, "年龄": 30}]
    income = {"doc_type": "收入证明", "fields": {"姓名": "王梅"}}
    assert outputs(EARNERS, [*BASE, income], adult) == {"身份证[家庭成员]": "verify"}


def test_paper_names_a_member_by_a_name_he_goes_by_elsewhere() -> None:
    """The form's member table read 杨中杨慧 (two cells run together) for 杨慧, whom the export and the
    户口簿 know: her 收入证明 is hers, and it is no proof of 张三's; a name with a stray mark (元段倩) too."""
    from dangan.reconcile.rules import _aliases

    wife_id = make_id(born="19820202", seq="242")  # the table and the export agree on her number
    form_members = [{"姓名": "杨中杨慧", "关系": "妻", "月收入": 1200, "身份证号": wife_id}]
    aka = _aliases(EARNERS, form_members, {"姓名": "张三"}, [{"姓名": "杨慧", "身份证号": wife_id}], None)
    hers = {"doc_type": "收入证明", "fields": {"姓名": "杨慧"}, "field_confidence": {"姓名": 0.97}}
    card = {"doc_type": "身份证", "fields": {"姓名": "杨慧"}}
    papers = [d for d in BASE if d["fields"].get("姓名") not in ("王梅", "张三")] + [hers, card]
    found = missing_materials(NO, "工业橡胶", EARNERS, form_members, papers, load("hangzhou"), aka=aka)
    assert {f["field"]: f["kind"] for f in found} == {"收入证明[张三]": "missing_material",
                                                      "身份证[张三]": "missing_material"}
    stray = {"doc_type": "收入证明", "fields": {"姓名": "元王梅"}, "field_confidence": {"姓名": 0.97}}
    assert outputs(EARNERS, [*BASE, stray], WIFE) == {}


def test_a_paper_that_may_be_a_dibao_card_leaves_the_longer_list_in_doubt() -> None:
    """A 低保 household needs fewer papers (杭州: no 致困原因证明). When its 低保证 was classified as another
    type with doubt (a second 户口簿 at 0.80, its text showing signs of a 低保证), what only a household
    without 低保 needs is a reading to verify, not missing; a paper sure of its type, showing no sign of a
    低保证, or the only paper of its type, leaves those materials missing as before."""
    data = {"姓名": "张三", "本人月平均收入": 2000, "主要致困原因": "本人大病"}
    have = docs("建档申请表", "户口簿", "身份证", "收入证明", "公示证明", 收入证明="张三", 身份证="张三")
    # the household's one application form, read with doubt: its text names every kind of paper, 低保证 too
    form = {"doc_type": "建档申请表", "fields": {}, "confidence": 0.67,
            "doc_type_candidates": ["建档申请表", "收入证明", "低保证", "身份证"]}
    assert outputs(data, [form, *have[1:]]) == {"诊断证明": "missing_material", "医药费票据": "missing_material"}
    card = {"doc_type": "户口簿", "fields": {}, "confidence": 0.80,
            "doc_type_candidates": ["户口簿", "建档申请表", "低保证"]}
    assert outputs(data, [*have, card]) == {"诊断证明": "verify", "医药费票据": "verify"}
    assert outputs(data, [*have, {**card, "confidence": 0.97}]) == {"诊断证明": "missing_material",
                                                                     "医药费票据": "missing_material"}
    assert outputs(data, [*have, {**card, "doc_type_candidates": ["户口簿"]}]) == {
        "诊断证明": "missing_material", "医药费票据": "missing_material"}
    # the form says the household has no 低保: the list stands
    assert outputs({**data, "有无低保": False}, [*have, card]) == {"诊断证明": "missing_material",
                                                                  "医药费票据": "missing_material"}


def test_a_member_row_read_as_a_name_alone_whom_the_export_lacks_asks_for_no_paper_surely() -> None:
    """A heading of the form read down its first column as a member row (承诺) gives a name and nothing else, and
    the export knows no such person: the 身份证 a rule asks of them waits for a person to confirm they exist. A row
    that also reads a relation, or a name the export lists, still makes the paper missing."""
    papers = [*docs("建档申请表", "户口簿", "公示证明"), {"doc_type": "身份证", "fields": {"姓名": "张三"}},
              {"doc_type": "收入证明", "fields": {"姓名": "张三"}}]
    data = {"姓名": "张三", "本人月平均收入": 2000, "困难类别": "低保边缘户"}

    def id_findings(members: list[dict[str, Any]], exported: list[dict[str, Any]]) -> dict[str, str]:
        paper = PaperHousehold(NO, "工业橡胶", fields=dict(data), members=members, doc_types=["建档申请表"],
                               documents=papers, members_known=True)
        electronic = {NO: {"单位": "工业橡胶", "data": dict(data), "members": exported}}
        found = reconcile({NO: paper}, electronic, "hangzhou", as_of=AS_OF)
        return {f["field"]: f["kind"] for f in found if str(f["field"]).startswith(("身份证[", "家庭成员["))}

    # the row itself is no sure extra member either
    assert id_findings([{"姓名": "承诺"}], []) == {"身份证[承诺]": "verify", "家庭成员[承诺]": "verify"}
    assert id_findings([{"姓名": "王梅", "关系": "妻"}], []) == {"身份证[王梅]": "missing_material",
                                                                 "家庭成员[王梅]": "mismatch"}
    assert id_findings([{"姓名": "王梅"}], [{"姓名": "王梅", "关系": "妻"}]) == {"身份证[王梅]": "missing_material"}
