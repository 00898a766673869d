"""Normalisation across wordings, money tolerance, member set diff: pure functions, no database."""

from __future__ import annotations

from typing import Any

import pytest

from dangan.reconcile.compare import compare_household, compare_members, merge_paper
from dangan.reconcile.normal import causes_set, money_equal, to_date, to_number, values_equal
from dangan.schemas.readings import BOOL_LABELS, PAST_DATES, TERM_DATES

from .conftest import make_id

NO, UNIT = "工业橡胶20130006", "工业橡胶"


def test_text_normalisation_across_wordings() -> None:
    assert values_equal("婚姻状况", "已 婚", "已婚")
    assert values_equal("医保状况", "新农舍", "新农合")  # the Hangzhou form's misprint
    assert values_equal("工作状态", "下(待)岗", "下（待）岗")
    assert values_equal("工作状态", "下岗", "下（待）岗")
    assert values_equal("家庭住址", "杭州市上城区１２号", "杭州市上城区12号")  # full-width digits
    assert not values_equal("婚姻状况", "离异", "丧偶")
    # a bracket lost to reading is no other address; the numbers and what the brackets hold still count
    assert values_equal("家庭住址", "杭州市西湖区古墩路110号(租住", "杭州市西湖区古墩路110号（租住）")
    assert not values_equal("家庭住址", "古墩路3-2-301", "古墩路32-3-01")
    assert not values_equal("工作单位", "杭州橡胶厂", "杭州橡胶厂（已破产）")


def test_causes_across_wordings() -> None:
    assert values_equal("主要致困原因", "本人大病", "家庭成员患重大疾病")  # Hangzhou vs national
    assert values_equal("主要致困原因", "6", "家庭成员患重大疾病")  # national code
    assert values_equal("主要致困原因", "重大意外事故", "遭受意外事故")  # Hebei
    assert not values_equal("主要致困原因", "子女上学", "下岗失业")
    assert causes_set(["子女上学", "自然灾害"]) == causes_set("遭受自然灾害、子女上学")
    assert values_equal("次要致困原因", ["子女上学", "自然灾害"], ["遭受自然灾害", "子女上学"])
    assert not values_equal("次要致困原因", ["子女上学"], ["子女上学", "下岗失业"])


def test_money_tolerance() -> None:
    assert to_number("2,350.00元") == 2350.0
    assert to_number("２３５０") == 2350.0
    assert values_equal("本人月平均收入", "2350元", 2350)
    assert values_equal("本人月平均收入", 2350, 2351)  # ≤ 1 元
    assert values_equal("家庭年度总收入", 60000, 60290)  # ≤ 0.5 %
    assert not values_equal("家庭年度总收入", 60000, 60400)
    assert not values_equal("本人月平均收入", 100, 102)
    assert money_equal(0, 1) and not money_equal(0, 1.5)


def test_dates_and_ids_and_booleans() -> None:
    assert to_date("2013年4月17日") == "2013-04-17"
    assert values_equal("工作时间", "2013年4月", "2013-04-01")  # the paper says year and month only
    assert not values_equal("出生日期", "1980-01-02", "1980-01-01")
    assert values_equal("身份证号", "330102 19800101 231x", "33010219800101231X")
    assert values_equal("是否单亲", "是", True) and values_equal("有无低保", "无", False)
    assert values_equal("手机号码", "138-0000-1111", "13800001111")


def test_household_compare_reports_each_differing_field() -> None:
    paper = {"姓名": "张三", "本人月平均收入": 2350, "婚姻状况": "已婚", "主要致困原因": "本人大病",
             "是否盖章": True, "家庭人口": 3}
    electronic = {"姓名": "张三", "本人月平均收入": 2800, "婚姻状况": "已婚", "主要致困原因": "家庭成员患重大疾病",
                  "家庭人口": "3"}
    found = compare_household(NO, UNIT, paper, [], electronic, [])
    assert [(f["field"], f["paper"], f["electronic"]) for f in found] == [("本人月平均收入", 2350, 2800)]
    assert found[0]["kind"] == "mismatch" and found[0]["职工编号"] == NO and found[0]["单位"] == UNIT


def test_paper_value_missing_in_electronic_is_a_finding_but_not_the_reverse() -> None:
    found = compare_household(NO, UNIT, {"婚姻状况": "已婚"}, [], {"住房类型": "租房"}, [])
    assert [(f["field"], f["electronic"]) for f in found] == [("婚姻状况", None)]


def test_member_set_diff() -> None:
    wife, son, mother = make_id(born="19820202", seq="242"), make_id(born="20100303", seq="251"), make_id(
        born="19550505", seq="262")
    paper = [
        {"姓名": "王梅", "关系": "妻", "身份证号": wife, "月收入": 1500},
        {"姓名": "张小明", "关系": "子", "身份证号": son, "月收入": 0},  # name differs, same ID
        {"姓名": "李芳", "关系": "母", "月收入": 800},  # no ID on paper: matched by name
        {"姓名": "张四", "关系": "弟", "月收入": 0},  # not in electronic
    ]
    electronic = [
        {"姓名": "王梅", "关系": "妻", "身份证号": wife, "月收入": 1800},
        {"姓名": "张晓明", "关系": "子", "身份证号": son, "月收入": 0},
        {"姓名": "李芳", "关系": "母", "身份证号": mother, "月收入": 800},
        {"姓名": "张五", "关系": "弟", "月收入": 0},  # not on paper
    ]
    found = {f["field"]: f for f in compare_members(NO, UNIT, paper, electronic)}
    assert set(found) == {"家庭成员[王梅].月收入", "家庭成员[张晓明].姓名", "家庭成员[张四]", "家庭成员[张五]"}
    assert found["家庭成员[王梅].月收入"]["paper"] == 1500 and found["家庭成员[王梅].月收入"]["electronic"] == 1800
    assert found["家庭成员[张四]"]["electronic"] is None and "纸质档案有" in found["家庭成员[张四]"]["detail"]
    assert found["家庭成员[张五]"]["paper"] is None


def test_householder_listed_in_one_member_table_only_is_not_a_difference() -> None:
    me = make_id()
    found = compare_members(NO, UNIT, [{"姓名": "张三", "关系": "本人", "身份证号": me}], [], householder_id=me)
    assert found == []


def test_merge_paper_takes_the_application_form_and_fills_gaps_from_the_householders_id_card() -> None:
    me = make_id()
    paper = merge_paper(NO, UNIT, [
        {"file": "a", "doc_type": "建档申请表", "fields": {"姓名": "张三", "本人月收入": 2000},
         "members": [{"姓名": "王梅", "与申请人关系": "妻"}]},
        {"file": "b", "doc_type": "身份证", "fields": {"姓名": "张三", "身份证号": me}},
        {"file": "c", "doc_type": "身份证", "fields": {"姓名": "王梅", "身份证号": make_id(seq="242")}},
    ])
    # synonyms → canonical; 家庭人口 not printed on this form: the member table plus the applicant
    assert paper.fields == {"姓名": "张三", "本人月平均收入": 2000, "身份证号": me, "家庭人口": 2}
    assert paper.derived == {"家庭人口": "家庭成员表人数+本人"}
    assert paper.members == [{"姓名": "王梅", "关系": "妻"}]
    assert paper.doc_types == ["建档申请表", "身份证", "身份证"]


def test_form_without_member_table_uses_the_household_register_and_income_proofs() -> None:
    """湖南 审批表: no member table and no income; the 户口簿 and the 收入证明 say it."""
    me, wife = make_id(), make_id(born="19820202", seq="242")
    docs = [
        {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": me}, "members": []},
        {"doc_type": "户口簿", "fields": {"户主姓名": "张三"}, "members": [
            {"姓名": "张三", "关系": "户主", "身份证号": me}, {"姓名": "王梅", "关系": "妻", "身份证号": wife}]},
        {"doc_type": "收入证明", "fields": {"姓名": "张三", "月均工资": 2600, "月均实发工资": 2200}},
        {"doc_type": "收入证明", "fields": {"姓名": "王梅", "月均实发工资": 1500}},
    ]
    paper = merge_paper(NO, UNIT, docs)
    assert paper.fields["本人月平均收入"] == 2200 and paper.fields["家庭人口"] == 2
    assert paper.members == [{"姓名": "王梅", "身份证号": wife, "月收入": 1500}]
    electronic = {"姓名": "张三", "身份证号": me, "本人月平均收入": 2200, "家庭人口": 2, "家庭其他非薪资年收入": 1000,
                  "家庭年度总收入": 12 * 3700 + 1000}
    e_members = [{"姓名": "王梅", "关系": "配偶", "身份证号": wife, "月收入": 1500}]
    assert compare_household(NO, UNIT, paper.fields, paper.members, electronic, e_members, paper) == []
    # the yearly total is not on the form: derived from the paper's incomes, it exposes a wrong total
    found = compare_household(NO, UNIT, paper.fields, paper.members, {**electronic, "家庭年度总收入": 60000},
                              e_members, paper)
    assert [(f["field"], f["paper"]) for f in found] == [("家庭年度总收入", 12 * 3700 + 1000)]
    found = compare_household(NO, UNIT, paper.fields, paper.members, {**electronic, "本人月平均收入": 2500},
                              e_members, paper)
    assert [f["field"] for f in found] == ["本人月平均收入"]
    assert "收入证明" in found[0]["detail"]


def test_members_are_not_compared_when_the_paper_does_not_say_who_the_family_is() -> None:
    paper = merge_paper(NO, UNIT, [{"doc_type": "建档申请表", "fields": {"姓名": "张三"}, "members": []}])
    assert not paper.members_known
    e_members = [{"姓名": "王梅", "关系": "配偶"}]
    assert compare_household(NO, UNIT, paper.fields, [], {"姓名": "张三"}, e_members, paper) == []


def test_untyped_labels_compare_booleans_and_numbers_by_meaning() -> None:
    assert values_equal("解困脱困对象", True, "是") and not values_equal("解困脱困对象", False, "是")
    assert values_equal("某数量", 3, "3")


def test_low_confidence_readings_are_marked_for_review() -> None:
    paper = merge_paper(NO, UNIT, [{"doc_type": "建档申请表", "fields": {"姓名": "张三", "本人月平均收入": 2850},
                                    "confidence": {"姓名": 0.99, "本人月平均收入": 0.41}, "members": []}])
    found = compare_household(NO, UNIT, paper.fields, [], {"姓名": "张三", "本人月平均收入": 2350}, [], paper)
    assert len(found) == 1 and "置信度 0.41" in found[0]["detail"]


def test_free_text_narratives_are_not_compared_word_for_word() -> None:
    from dangan.reconcile.compare import compare_household

    paper = {"困难情况说明": "家庭共2人,女儿在读", "本人月平均收入": 3350}
    electronic = {"困难情况说明": "家庭共2人，女儿在读，本人月收入3350元", "本人月平均收入": 3000}
    found = compare_household("西湖街道20260001", "西湖街道", paper, [], electronic, [])
    assert [f["field"] for f in found] == ["本人月平均收入"]


def test_a_row_read_in_two_lines_is_one_person_not_an_extra_member() -> None:
    """Name and the rest on one line, the 身份证号 alone on the next: the number's row matches by ID, the name's
    row is the same person and is compared with them (a differing income still shows), not reported as extra."""
    son, father = make_id(born="20080525", seq="547"), make_id(born="19551223", seq="103")
    paper = [
        {"姓名": "戴宁东", "关系": "儿子", "年龄": 17, "月收入": 0},
        {"身份证号": son},
        {"姓名": "林勇", "关系": "父亲", "年龄": 70, "月收入": 1500},
        {"身份证号": father},
    ]
    electronic = [
        {"姓名": "戴宁东", "关系": "儿子", "年龄": 17, "身份证号": son, "月收入": 0},
        {"姓名": "林勇", "关系": "父亲", "年龄": 70, "身份证号": father, "月收入": 1360},
    ]
    found = {f["field"]: f for f in compare_members(NO, UNIT, paper, electronic)}
    assert set(found) == {"家庭成员[林勇].月收入"}
    # a row without a number whose name no ID-matched row lacks is still a person the export does not list
    other = compare_members(NO, UNIT, [*paper, {"姓名": "林小勇", "关系": "孙子", "月收入": 0}], electronic)
    assert {f["field"] for f in other} == {"家庭成员[林勇].月收入", "家庭成员[林小勇]"}


def test_member_row_with_neither_name_nor_number_is_a_reading_to_verify() -> None:
    """A line of the form's property section read as a member row (人员身份 "没有汽车___辆"): no one yet."""
    found = compare_members(NO, UNIT, [{"人员身份": "没有汽车___辆"}], [])
    assert [(f["kind"], f["field"]) for f in found] == [("verify", "家庭成员[?]")]
    assert "未读出姓名和身份证号" in found[0]["detail"]
    # a name and something else read: someone; a name alone may be a heading read down the first column (承诺)
    assert [f["kind"] for f in compare_members(NO, UNIT, [{"姓名": "张小", "关系": "子"}], [])] == ["mismatch"]
    alone = compare_members(NO, UNIT, [{"姓名": "张小"}], [])
    assert [f["kind"] for f in alone] == ["verify"] and "只读出姓名" in alone[0]["detail"]


@pytest.mark.parametrize("label", sorted(BOOL_LABELS))
def test_every_yes_no_field_of_the_gate_compares_as_yes_no(label: str) -> None:
    """The comparison knows a field's kind from the validation gate's lists, so none falls behind them
    (解困脱困对象 compared its ticks as text while the gate read it as yes/no)."""
    assert values_equal(label, "是", True)
    assert not values_equal(label, "否", True)


@pytest.mark.parametrize("label", sorted(PAST_DATES | TERM_DATES))
def test_every_date_field_of_the_gate_compares_as_a_date(label: str) -> None:
    assert values_equal(label, "2020年3月5日", "2020-03-05")
    assert not values_equal(label, "2020年3月5日", "2021-03-05")


@pytest.mark.parametrize(("label", "paper", "electronic", "shaped"), [
    ("开户银行", "行", "中国邮政储蓄银行", True),            # a cell read short
    ("健康状况", "残日残疾", "残疾", True),                    # read on into the next characters
    ("家庭住址", "河北省保定市競秀区东风西路82號", "河北省保定市竞秀区东风西路82号", True),  # two characters off
    ("家庭住址", "河北省保定市竞秀区东风西路82号", "浙江省杭州市西湖区文三路125号", False),
    ("姓名", "张晓明", "张小明", False),                       # one character is what tells two names apart
    ("健康状况", "健康", "残疾", False),
    ("健康状况", "病/", "健康", True),                        # a fragment of a cell that lists options
    ("本人月平均收入", 2350, 2530, False),
    ("次要致困原因", ["残疾"], ["残疾", "子女上学"], True),   # a tick not seen
])
def test_misread_shape(label: str, paper: Any, electronic: Any, shaped: bool) -> None:
    from dangan.reconcile.compare import misread_shape

    assert bool(misread_shape(label, paper, electronic)) is shaped


def test_amount_that_lost_its_decimal_point_is_not_another_amount() -> None:
    from dangan.reconcile.compare import relation

    assert relation("家庭其他非薪资年收入", 460000, 4600) == "unsettled"
    assert relation("家庭其他非薪资年收入", 4700, 4600) == "different"
