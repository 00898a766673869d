"""Figures the applicant's own account (困难情况说明) states: family size, own income, the family's yearly income.

The account is on the form itself, so what it states in figures is a second reading of the form's fields, or
the only one where a printing has no box for them (湖南's 审批表 prints no income at all). The patterns follow
how such accounts are worded ("家庭共4人", "全家三口人", "本人月收入3290元", "家庭年收入8.9万元"); a figure
the account does not state, or states in other words, is simply no evidence.
"""

from __future__ import annotations

import re
import unicodedata

from dangan.reconcile.normal import cause_key, chars_apart, to_number
from dangan.schemas.normalise import cn_number
from dangan.schemas.vocab import CAUSE_CANDIDATES, CAUSE_SYNONYMS, CAUSE_VOCABULARIES

NARRATIVE_LABEL = "困难情况说明"
CAUSE_LABEL = "主要致困原因"
_AMOUNT = r"[:为约是共计合]{0,3}\s*(\d[\d,]*(?:\.\d+)?)\s*(万)?元"
# Regular expressions rather than a parser: three short phrases, each matched once in a sentence or two.
_STATED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("家庭年度总收入", re.compile(r"(?:家庭|全家)(?:全|每)?年(?:度)?(?:总)?收入(?:合计|总计|共计)?" + _AMOUNT)),
    ("本人月平均收入", re.compile(r"本人(?:每)?月(?:平均|均)?(?:工资)?收入" + _AMOUNT)),
    ("家庭人口", re.compile(r"(?:家庭|全家)(?:共有|共|总共|现有)?\s*([1-9]|[一二两三四五六七八九十])\s*(?:口人|人|口)")),
)


def stated_figures(text: str) -> dict[str, float]:
    """The figures an account of hardship states (label -> number); labels it does not state are absent."""
    out: dict[str, float] = {}
    s = unicodedata.normalize("NFKC", text).replace("：", ":")
    for label, pattern in _STATED:
        m = pattern.search(s)
        if m is None:
            continue
        if label == "家庭人口":
            out[label] = float(cn_number(m.group(1)) or 0)  # the pattern admits 1-9 and 一 … 十 only
            continue
        amount = to_number(m.group(1).replace(",", ""))
        if amount is not None:
            out[label] = amount * (10000 if m.group(2) else 1)
    return out


# Every cause wording of the rule sets' vocabularies, longest first (so 家属下岗失业 wins over 下岗失业).
_CAUSE_WORDS: tuple[str, ...] = tuple(sorted(
    {*CAUSE_CANDIDATES, *CAUSE_SYNONYMS, *(w for words in CAUSE_VOCABULARIES.values() for w in words)},
    key=len, reverse=True))
# Where an account names its cause: "主要困难：家属残疾", "致困原因是本人大病", "因病致困"; a cause word anywhere
# else in the account (a relative's illness among other news) does not say which cause is the main one.
# 困 is the character OCR misreads most in these cues (主要團难, 致图原因): one other character in its place still cues.
# the colon after the cue is often read as another mark (主要困难。意外致困): any one mark may stand there
_CAUSE_CUE = re.compile(r"(?:主要(?:困难|.难)|主要致(?:困|.)原因|致(?:困|.)原因|困难原因|主要原因)\s*(?:是|为|系)?\s*[:;,.。，；、]?\s*")
_BECAUSE = re.compile(r"因(?=\S{1,10}?(?:致困|致贫|导致))")


def stated_cause(text: str) -> str | None:
    """The main cause the account names after its cue (a wording of some rule set's vocabulary), or None."""
    s = unicodedata.normalize("NFKC", text).replace("：", ":")
    for cue in (*_CAUSE_CUE.finditer(s), *_BECAUSE.finditer(s)):
        word = next((w for w in _CAUSE_WORDS for at in (cue.start(), cue.end()) if s.startswith(w, at)), None)
        if word or (word := _misread_cause(s[cue.end():])):
            return word
    return None


def _misread_cause(after: str) -> str | None:
    """The cause word the text after a cue holds with one character misread (意外致图 for 意外致困), when that
    reading can be one cause only: every wording of four or more characters one character off it names the same
    national cause. (因病致困 / 因残致困 are one character apart too: a word that may be either is no evidence.)"""
    near = [w for w in _CAUSE_WORDS if len(w) >= 4 and chars_apart(after[: len(w)], w, 1)]
    return near[0] if near and len({cause_key(w) for w in near}) == 1 else None
