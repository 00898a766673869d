"""Minutes, declarations and proofs whose holder a sentence or a label gives in ways their readers missed.

- Minutes that head their record with what the meeting was for ("议题：谭丽娟同志家庭困难情况评议") and resolve
  with the object marked and a pronoun for the worker ("一致同意将其纳入困难职工档案管理"): the worker is the
  one the topic names; 将其 is nobody's name, and "同意将韦志刚列为…" names 韦志刚, not 将韦志刚.
- Minutes that tell of the worker in other words: who they are and what they asked ("职工刘丽萍申请建立…",
  "申请人罗志刚的建档申请"), their case then their facts ("申请人情况：黄建国，男，48岁"), what the meeting found
  ("会议认为，张建华家庭…"); a worker's people ("职工家属申请…", "职工代表") are nobody's name.
- A proof opening "兹证明，<name>同志…" with a comma after its first words.
- A signer's row read with its colons as full stops ("委托人。黄丽萍工作单位。湘潭…"): the name ends where
  the next label of the schemas begins, as with colons.
- A proof dated by two hands, one date read a year early under the seal (2023 for 2025): no proof is dated
  before what it attests, so the other date is the paper's.

Drawn here in arrangements of no generator: minutes as numbered paragraphs with the vote in words, a
委托书 with its rows down the page, a flood proof signed by a village and a town.
"""

from __future__ import annotations

import pytest

from .test_papers_general import Sheet, check, read


def _minutes(topic: str, resolution: str) -> Sheet:
    s = Sheet()
    s.centred("工会委员会会议纪要", 150, 48)
    s.text("会议时间：2026年3月18日", 160, 300)
    s.text("参加人员：刘志强、陈静、周海燕、马骏", 160, 362)
    s.text(topic, 160, 424)
    s.paragraph(
        [
            "一、主持人通报了申请人家庭人口、收入及患病情况，与会人员逐项核对了申报材料。",
            "二、经无记名投票，应到5人，实到5人，赞成5票，反对0票，弃权0票。",
            resolution,
        ],
        520,
    )
    s.text("记录：陈静", 1000, 900)
    s.text("2026年3月18日", 1000, 962)
    return s


def test_minutes_name_their_worker_by_the_topic_not_by_the_pronoun() -> None:
    got = read(_minutes("议题：谭丽娟同志家庭困难情况评议", "三、会议一致同意将其纳入困难职工档案管理。"), "其他")
    check(got, {"材料名称": "民主评议会议记录", "姓名": "谭丽娟", "日期": "2026-03-18"})


def test_a_topic_whose_colon_was_read_as_a_full_stop() -> None:
    got = read(_minutes("议题。黄丽萍同志困难职工建档申请评议", "三、会议同意将其列为困难职工建档对象。"), "其他")
    check(got, {"姓名": "黄丽萍"})


def test_the_object_marker_is_not_the_name_s_first_character() -> None:
    got = read(_minutes("会议内容：困难职工建档评议", "三、会议同意将韦志刚列为困难职工建档对象。"), "其他")
    check(got, {"姓名": "韦志刚"})


def test_a_pronoun_after_the_marker_is_no_name() -> None:
    got = read(_minutes("会议内容：困难职工建档评议", "三、会议同意将其列为困难职工建档对象。"), "其他")
    assert got.get("姓名") != "将其"


def test_a_signer_row_whose_colons_were_read_as_full_stops() -> None:
    s = Sheet()
    s.centred("委托书", 150, 52)
    s.text("委托人。黄丽萍工作单位。湘潭市雨湖区环卫所", 160, 300)
    s.text("受托人。湘潭市雨湖区总工会", 160, 362)
    s.paragraph(["本人委托上述单位代为查询本人及家庭成员的收入、财产等信息，", "仅用于困难职工建档审核。"], 460)
    s.text("2026年2月9日", 1000, 700)
    check(read(s, "其他"), {"材料名称": "授权书", "姓名": "黄丽萍", "日期": "2026-02-09"})


def test_a_date_read_before_the_flood_it_attests_gives_way_to_the_other() -> None:
    s = Sheet()
    s.centred("受灾情况证明", 150, 52)
    s.paragraph(
        ["兹证明我村村民胡建军家于2025年7月遭受暴雨洪涝灾害，房屋倒塌，", "家庭财产损失严重，生活困难，情况属实。"],
        300,
    )
    s.text("南岳村村民委员会", 1000, 520)
    s.text("2025年7月20日", 1000, 582)
    s.text("镇人民政府意见：情况属实。", 160, 720)
    s.text("2023年7月22日", 1000, 800)  # the town's 2025 read a year early under its seal
    check(read(s, "其他"), {"材料名称": "灾害证明", "姓名": "胡建军", "日期": "2025-07-20"})


def test_an_attestation_written_across_the_holder_s_row() -> None:
    # a passbook's first page copied, the clerk's note written over its 户名 cell and signed by the holder there;
    # a stroke of the writing crossing the printed name's first character (read "1海燕")
    s = Sheet()
    s.centred("农村信用合作社 活期储蓄存折", 150, 48)
    y = s.table([["户名", ""], ["账号", "6228480402564890018"], ["开户网点", "城关支行营业部"]], [260, 900], 300)
    s.text("复印件与原件一致", 430, 336)
    s.text("1海燕", 800, 336)
    s.text("周海燕", 1000, 336)
    s.text("开户日期：2019年5月6日", 160, y + 80)
    check(read(s, "其他"), {"材料名称": "银行卡复印件", "姓名": "周海燕"})


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("评议事项：职工刘丽萍申请建立困难职工档案，与会人员逐项核对了材料。", "刘丽萍"),
        ("会议评议了申请人罗志刚的建档申请，并实地走访核实。", "罗志刚"),
        ("申请人情况：黄建国，男，48岁，机修车间职工，家庭人口3人。", "黄建国"),
        ("会议认为，张建华家庭因病致困情况属实，符合建档条件。", "张建华"),
    ],
)
def test_minutes_that_tell_of_their_worker_in_other_words(sentence: str, name: str) -> None:
    s = Sheet()
    s.centred("困难职工民主评议记录", 150, 48)
    s.text("参加人员：职工代表7人，工会委员3人", 160, 300)
    s.text("会议先听取了职工家属申请情况的汇报。", 160, 362)
    s.text(sentence, 160, 424)
    s.text("表决：同意9票，反对0票，弃权1票。", 160, 486)
    s.text("2026年4月9日", 1000, 640)
    check(read(s, "其他"), {"材料名称": "民主评议会议记录", "姓名": name, "日期": "2026-04-09"})


def test_a_proof_with_a_comma_after_its_first_words() -> None:
    s = Sheet()
    s.centred("证明", 150, 52)
    s.paragraph(["兹证明，陈淑芬同志于2025年12月因车祸致残，", "家庭生活困难，情况属实。", "特此证明。"], 300)
    s.text("岳塘社区居民委员会", 1000, 560)
    s.text("2026年1月9日", 1000, 622)
    check(read(s, "其他"), {"姓名": "陈淑芬", "日期": "2026-01-09"})


@pytest.mark.parametrize(
    "sentence",
    ["我社区居民彭丽一家三口租住在岳塘区建设路12号，无自有住房，", "兹证明我村村民彭丽一家于2025年7月遭受洪灾，房屋受损，"],
)
def test_the_household_told_as_the_person_and_her_family(sentence: str) -> None:
    s = Sheet()
    s.centred("情况证明", 150, 52)
    s.paragraph([sentence, "生活困难，情况属实。"], 300)
    s.text("建设路社区居民委员会", 1000, 520)
    s.text("2026年2月1日", 1000, 582)
    check(read(s, "其他"), {"姓名": "彭丽", "日期": "2026-02-01"})
