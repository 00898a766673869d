"""A yes/no question printed as what it asks about, its 是否 / 有无 left to the answers beside it: 零就业家庭 |
□是 ☑否, 有一定自救能力 | ☑是 □否, 单亲家庭 | □是 ☑否. A label only as a text's whole: inside a sentence the
words are the account's (属零就业家庭). Drawn as an unruled row of three questions with their answers after
them, and as questions over their answers with the mark after the word (是☑ 否□), arrangements no generator
printing has."""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine, split_labelled

TODAY = date(2026, 6, 1)


def _row(*texts: str, y: int = 400) -> list[TextLine]:
    out, x = [], 100
    for t in texts:
        out.append(TextLine(t, (x, y, x + 40 * len(t), y + 46), 0.98))
        x += 40 * len(t) + 120
    return out


def test_the_subject_alone_is_the_question() -> None:
    assert split_labelled("零就业家庭") == [("是否为零就业家庭", "")]
    assert split_labelled("有一定自救能力") == [("是否有一定自救能力", "")]
    assert split_labelled("单亲家庭") == [("是否单亲", "")]
    assert split_labelled("本户属零就业家庭") == [(None, "本户属零就业家庭")]


def test_questions_along_one_row_with_their_answers() -> None:
    lines = _row("有一定自救能力", "☑是 □否", "零就业家庭", "□是 ☑否", "单亲家庭", "☑是 □否")
    f = extract_fields("建档申请表", lines, today=TODAY).fields
    assert f["是否有一定自救能力"] is True
    assert f["是否为零就业家庭"] is False
    assert f["是否单亲"] is True


def test_questions_over_their_answers_marked_after_the_word() -> None:
    lines = [
        TextLine("零就业家庭", (100, 400, 300, 446), 0.98),
        TextLine("有一定自救能力", (600, 400, 880, 446), 0.98),
        TextLine("是☑ 否□", (120, 470, 280, 516), 0.98),
        TextLine("是□ 否☑", (640, 470, 800, 516), 0.98),
    ]
    f = extract_fields("建档申请表", lines, today=TODAY).fields
    assert f["是否为零就业家庭"] is True
    assert f["是否有一定自救能力"] is False


def test_self_help_asked_without_its_you_have() -> None:
    """The self-help question printed 一定自救能力 (the words after 有无 of 有无一定自救能力, as other printings ask it)
    in a row beside 零就业家庭, each with its answers after it: both are questions, and the first's answers do not run
    on into the second's."""
    assert split_labelled("一定自救能力") == [("是否有一定自救能力", "")]
    lines = _row("零就业家庭", "是□ 否☑", "一定自救能力", "是☑ 否□", "困难类别", "地市级")
    f = extract_fields("建档申请表", lines, today=TODAY).fields
    assert f["是否为零就业家庭"] is False
    assert f["是否有一定自救能力"] is True
