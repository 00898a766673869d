"""其他 papers whose date or holder is written in free text in ways no wording list foresees.

- A date whose figures stand apart: written one digit to a square of grid paper (稿纸), in a form's boxes, or
  letter-spaced under a seal ("2 0 2 6 年 3 月 2 8 日", "2 0 2 5年1 0月30 日"). OCR reads each digit with a space
  after it; the figure is still one year, month or day before its unit.
- A sentence whose blank after the name was left empty or filled short ("系申请人王秀兰的＿＿，同意…", "…的儿，"):
  的 is the possessive particle before the blank, not the name's, nor is what follows it.
- A numbered signer's label read as a text of its own ("2、委托人" | 孙立新): the label in the name's place of
  a sentence pattern is no name.
- The person told in other wordings than a fixed opening: who they are (居民, 村民, 职工, 本人 …), the name, then a
  word that can only follow a person (同志, 一家, 家庭, 系, their ID) or what they declare (郑重声明, 承诺 …); a
  letter opening with the name and the ID number. A word in the name's place ("本人郑重声明") is none.
- A disaster named short by its agent (洪灾): the paper is a 灾害证明.

Drawn here in arrangements of no generator: a village's poverty proof with its date spaced under the
signature, a pledge whose members are listed in sentences with blanks, a declaration whose signers are
numbered rows with their names in separate cells.
"""

from __future__ import annotations

import pytest

from dangan.schemas.normalise import find_dates, spaced_figures_joined

from .test_papers_general import Sheet, check, read


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2 0 2 6 年 3 月 2 8 日", "2026-03-28"),
        ("2 0 2 5年1 0月30 日", "2025-10-30"),
        ("二〇二六年三月二十八日", "2026-03-28"),  # the same paper dated in numerals: unchanged
    ],
)
def test_a_proof_dated_with_its_figures_standing_apart(written: str, day: str) -> None:
    s = Sheet()
    s.centred("家庭困难情况证明", 150, 50)
    s.paragraph(
        [
            "兹证明我村村民罗春生，因长期患病丧失劳动能力，",
            "家中无稳定收入来源，生活十分困难，情况属实。",
            "特此证明。",
        ],
        300,
    )
    s.text("白石村村民委员会（盖章）", 900, 620)
    s.text(written, 960, 690)
    check(read(s, "其他"), {"姓名": "罗春生", "日期": day})


def test_spaced_figures_are_joined_only_before_a_date_s_unit() -> None:
    # a card's number in groups, a count spaced from its unit, and a year of three figures stay as they are
    for text in ("卡号 6217 0000 1111 2222", "共 3 人", "2 0 2年", "1 2 3 日"):
        assert spaced_figures_joined(text) == text
    assert spaced_figures_joined("于2 02 5年") == "于2025  年"
    assert [d.isoformat() for d in find_dates("日期：2 0 2 6 年 1 2 月 0 3 日")] == ["2026-12-03"]


def test_a_sentence_whose_blank_after_the_name_was_left_empty() -> None:
    # a pledge listing each member in a sentence with a blank for the relation; the last member's blank was
    # never filled in, so the sentence reads "系申请人王秀兰的，同意…"
    s = Sheet()
    s.centred("家庭成员信息核查承诺书", 150, 48)
    s.paragraph(
        [
            "本人及家庭成员承诺所报收入、财产情况属实，同意有关部门依法核查。",
            "张建军，系申请人王秀兰的丈夫，同意上述承诺。",
            "张小雨，系申请人王秀兰的，同意上述承诺。",
            "张志，系申请人王秀兰的儿，同意上述承诺。",  # 儿子 written short in the blank
        ],
        300,
    )
    s.text("承诺人（签名）：", 900, 600)  # the household signing one under the other, the applicant first
    for i, name in enumerate(("王秀兰", "张建军", "张小雨")):
        s.text(name, 900, 670 + 62 * i)
    s.text("2026年5月12日", 960, 900)
    got = read(s, "其他")
    assert got.get("姓名") == "王秀兰", got


def test_a_numbered_signer_label_in_a_text_of_its_own_is_no_name() -> None:
    # signers numbered down the page, each label, name and ID number read as texts apart on their row
    s = Sheet()
    s.centred("委托书", 150, 52)
    s.paragraph(["本人委托工会组织向有关机构查询本人及家庭成员的收入和财产信息。"], 260)
    for i, (name, number) in enumerate((("孙立新", "430302198005120417"), ("何丽", "43030219820307102X"))):
        y = 380 + i * 90
        s.text(f"{i + 1}、委托人", 150, y)
        s.text(name, 330, y)
        s.text(f"身份证号：{number}", 600, y)
    s.text("2026年4月2日", 960, 620)
    got = read(s, "其他")
    assert got.get("姓名") == "孙立新", got


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("声明", "本人李明华郑重声明：本人家庭成员的收入情况如实申报，如有虚假，愿承担责任。"),
        ("情况证明", "居民李明华（身份证号430302197503020011）家住本社区建设路5号，其妻患重病。"),
        ("情况证明", "我社区李明华一家，因火灾房屋烧毁，生活困难。"),
        ("情况证明", "经我村调查核实，村民李明华家庭确属困难，无稳定收入。"),
        ("证明", "李明华同志系我单位职工，于2025年12月下岗，目前无业。"),
        ("会议纪要", "2026年3月2日，工会召开民主评议会，对困难职工李明华家庭情况进行了评议。"),
        ("失业证明", "李明华，身份证号430302197503020011，于2025年6月起失业至今。"),
    ],
)
def test_the_person_a_sentence_tells_of_in_other_words(title: str, sentence: str) -> None:
    # who the person is (居民, 村民, 职工, 本人 …), the name, then a word that can only follow a person or what
    # they declare: no fixed opening such as 兹证明 before it
    s = Sheet()
    s.centred(title, 150, 52)
    s.paragraph([sentence, "特此说明。"], 300)
    s.text("2026年3月2日", 960, 600)
    got = read(s, "其他")
    assert got.get("姓名") == "李明华", got


@pytest.mark.parametrize(
    "sentence",
    [
        "本人郑重声明：所报家庭收入真实，同意有关部门核查。",
        "王建国，男，1975年3月生，系我社区居民，家庭困难。",
        "经我村调查核实，该户家庭确属困难。",
    ],
)
def test_words_in_a_name_s_place_are_no_name(sentence: str) -> None:
    s = Sheet()
    s.centred("情况说明", 150, 52)
    s.paragraph([sentence], 300)
    s.text("2026年3月2日", 960, 600)
    got = read(s, "其他")
    assert got.get("姓名") in (None, "王建国"), got


def test_a_disaster_named_short_by_its_agent() -> None:
    s = Sheet()
    s.centred("证明", 150, 52)
    s.paragraph(["兹证明李明华家庭于2025年8月遭受洪灾，房屋受损，生活困难。", "特此证明。"], 300)
    s.text("白石村村民委员会", 900, 600)
    s.text("2026年3月2日", 960, 670)
    check(read(s, "其他"), {"材料名称": "灾害证明", "姓名": "李明华", "日期": "2026-03-02"})
