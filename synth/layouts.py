"""Layouts of each kind of paper, and which of them are held out.

A *layout* is one printing of a paper (one hospital's 诊断证明书, a 身份证 photocopied front-and-back on one
A4 sheet, a unit's re-typeset 建档申请表 …). Readers are tuned on the *seen* layouts only; the *held-out*
ones measure whether what was tuned generalises (``benchmarks/extraction_accuracy.py`` reports both
columns). ``HELD_OUT`` below names, kind by kind, every held-out layout; every other layout is seen. The
first layout of a kind (the one the readers were first written against) is always seen, and every kind with
two or more layouts has at least one held out (``tests/synth/test_layouts.py`` checks both).

Rotations (issue 8: rotate the held-out set when layouts are added; say so in the commit):

- rotation 1: one layout in three of each kind, by registration order (the third, sixth … held out).
- rotation 2 (2026-12-04): the held-out marks of rotation 1 written out by name, unchanged for every kind
  but the four application forms, 公示证明 and 劳动合同. Released to seen (readers may now be tuned on them):
  建档申请表/杭州 "杭州/横排紧凑", 建档申请表/河北 "河北/成员表在前", 建档申请表/湖南 "湖南/值在标签下",
  建档申请表/全国 "全国/附件6", 公示证明 "公示证明/公示情况表", 劳动合同 "劳动合同/表格式首页". Held out in
  their place, new printings nobody on the readers' side has seen: "杭州/轮换2", "河北/轮换2", "湖南/轮换2",
  "全国/轮换2" (``forms_rotation2.py``), "公示证明/轮换2", "劳动合同/轮换2" (``papers_rotation2.py``).

- rotation 3 (2026-12-05): released to seen the four application forms' rotation-2 printings "杭州/轮换2",
  "河北/轮换2", "湖南/轮换2", "全国/轮换2" and rotation 1's 身份证 "身份证/A4两人同页", 户口簿 "户口簿/横版全栏",
  低保证 "低保证/A4城市证", 诊断证明 "诊断证明/A4出院证明". Held out in their place, new printings nobody on the
  readers' side has seen: "杭州/轮换3", "河北/轮换3", "湖南/轮换3", "全国/轮换3" (``forms_rotation3.py``) and
  "身份证/轮换3", "户口簿/轮换3", "低保证/轮换3", "诊断证明/轮换3" (``papers_rotation3.py``). Every other kind
  keeps its mark. Never read ``forms_rotation3.py`` / ``papers_rotation3.py`` while fixing readers.

- rotation 4 (2026-12-06): released to seen the four application forms' rotation-3 printings "杭州/轮换3",
  "河北/轮换3", "湖南/轮换3", "全国/轮换3" and the papers' rotation-3 printings "身份证/轮换3", "户口簿/轮换3",
  "低保证/轮换3", "诊断证明/轮换3" (``forms_rotation3.py`` / ``papers_rotation3.py`` may now be read and tuned
  on). Held out in their place, new printings nobody on the readers' side has seen: "杭州/轮换4", "河北/轮换4",
  "湖南/轮换4", "全国/轮换4" (``forms_rotation4.py``) and "身份证/轮换4", "户口簿/轮换4", "低保证/轮换4",
  "诊断证明/轮换4" (``papers_rotation4.py``). Every other kind keeps its mark (公示证明/轮换2, 劳动合同/轮换2,
  收入证明, 残疾人证 and 其他/* as before), and 残疾人证 also holds out its new "残疾人证/轮换4"
  (``papers_rotation4.py``) beside "残疾人证/三代卡片复印". Until rotation 5 released them, ``forms_rotation4.py`` /
  ``papers_rotation4.py`` were never read while fixing readers.

- rotation 5 (2026-12-06): released to seen every rotation-4 printing, "杭州/轮换4", "河北/轮换4", "湖南/轮换4",
  "全国/轮换4" (``forms_rotation4.py``) and "身份证/轮换4", "户口簿/轮换4", "低保证/轮换4", "诊断证明/轮换4",
  "残疾人证/轮换4" (``papers_rotation4.py``), and the six 其他 printings held out since rotation 1:
  "证明/表格式", "票据/结算单", "录取通知书/复印件", "银行卡/存折首页复印", "授权书/个人声明", "会议记录/手写横线纸".
  Held out in their place, new printings nobody on the readers' side has seen: the same eight kinds "轮换5"
  (``forms_rotation5.py``, ``papers_rotation5.py``) and the six 其他 kinds "轮换5" (``other_rotation5.py``).
  公示证明/轮换2, 劳动合同/轮换2, 收入证明/单位信笺, 收入证明/工资表横版 and 残疾人证/三代卡片复印 keep their
  marks. Never read ``forms_rotation5.py`` / ``papers_rotation5.py`` / ``other_rotation5.py`` while fixing readers.
- rotation 6 (2026-12-06, session 15): released to seen every rotation-5 printing, "杭州/轮换5", "河北/轮换5",
  "湖南/轮换5", "全国/轮换5" (``forms_rotation5.py``), "身份证/轮换5", "户口簿/轮换5", "低保证/轮换5", "诊断证明/轮换5"
  (``papers_rotation5.py``) and the six 其他 kinds' "轮换5" (``other_rotation5.py``): those modules may now be read
  and tuned on. Held out in their place, new printings nobody on the readers' side has seen, written by helpers
  who do not work on the readers: "杭州/轮换6", "河北/轮换6", "湖南/轮换6", "全国/轮换6" (``forms_rotation6.py``),
  "身份证/轮换6", "户口簿/轮换6", "低保证/轮换6", "诊断证明/轮换6", "残疾人证/轮换6" (``papers_rotation6.py``; the
  last beside 残疾人证/三代卡片复印) and "证明/轮换6", "票据/轮换6", "录取通知书/轮换6", "银行卡/轮换6", "授权书/轮换6",
  "会议记录/轮换6" (``other_rotation6.py``). 公示证明/轮换2, 劳动合同/轮换2, 收入证明/单位信笺, 收入证明/工资表横版
  keep their marks. Never read ``forms_rotation6.py`` / ``papers_rotation6.py`` / ``other_rotation6.py`` while
  fixing readers.
- rotation 7 (2026-12-06, session 16): released to seen every rotation-6 printing ("杭州/轮换6", "河北/轮换6",
  "湖南/轮换6", "全国/轮换6", "身份证/轮换6", "户口簿/轮换6", "低保证/轮换6", "诊断证明/轮换6", "残疾人证/轮换6" and the six
  其他 kinds' "轮换6"): ``forms_rotation6.py``, ``papers_rotation6.py`` and ``other_rotation6.py`` may now be read and
  tuned on. Held out in their place, new printings written by helpers who do not work on the readers: the same
  fifteen kinds' "轮换7" (``forms_rotation7.py``, ``papers_rotation7.py``, ``other_rotation7.py``; 残疾人证/轮换7
  beside 残疾人证/三代卡片复印). 公示证明/轮换2, 劳动合同/轮换2, 收入证明/单位信笺, 收入证明/工资表横版 keep their marks.
  Never read ``forms_rotation7.py`` / ``papers_rotation7.py`` / ``other_rotation7.py`` while fixing readers.
- rotation 8 (2026-12-06, session 17): released to seen every rotation-7 printing (the four forms, 身份证, 户口簿,
  低保证, 诊断证明, 残疾人证 and the six 其他 kinds' "轮换7"): ``forms_rotation7.py``, ``papers_rotation7.py`` and
  ``other_rotation7.py`` may now be read and tuned on. Held out in their place, new printings written by helpers who
  do not work on the readers: the same fifteen kinds' "轮换8" (``forms_rotation8.py``, ``papers_rotation8.py``,
  ``other_rotation8.py``; 残疾人证/轮换8 beside 残疾人证/三代卡片复印). 公示证明/轮换2, 劳动合同/轮换2, 收入证明/单位信笺,
  收入证明/工资表横版 keep their marks. Never read ``forms_rotation8.py`` / ``papers_rotation8.py`` /
  ``other_rotation8.py`` while fixing readers.
- rotation 9 (2026-12-06, session 18): released to seen every rotation-8 printing (the four forms, 身份证, 户口簿,
  低保证, 诊断证明, 残疾人证 and the six 其他 kinds' "轮换8"): ``forms_rotation8.py``, ``papers_rotation8.py`` and
  ``other_rotation8.py`` may now be read and tuned on. Held out in their place, new printings written by helpers who
  do not work on the readers: the same fifteen kinds' "轮换9" (``forms_rotation9.py``, ``papers_rotation9.py``,
  ``other_rotation9.py``; 残疾人证/轮换9 beside 残疾人证/三代卡片复印). 公示证明/轮换2, 劳动合同/轮换2, 收入证明/单位信笺,
  收入证明/工资表横版 keep their marks. Never read ``forms_rotation9.py`` / ``papers_rotation9.py`` /
  ``other_rotation9.py`` while fixing readers.
- rotation 10 (2026-12-06, session 19): released to seen every rotation-9 printing (the four forms, 身份证, 户口簿,
  低保证, 诊断证明, 残疾人证 and the six 其他 kinds' "轮换9"): ``forms_rotation9.py``, ``papers_rotation9.py`` and
  ``other_rotation9.py`` may now be read and tuned on. Held out in their place, new printings written by helpers who
  do not work on the readers: the same fifteen kinds' "轮换10" (``forms_rotation10.py``, ``papers_rotation10.py``,
  ``other_rotation10.py``; 残疾人证/轮换10 beside 残疾人证/三代卡片复印). 公示证明/轮换2, 劳动合同/轮换2, 收入证明/单位信笺,
  收入证明/工资表横版 keep their marks. Never read ``forms_rotation10.py`` / ``papers_rotation10.py`` /
  ``other_rotation10.py`` while fixing readers.
- rotation 11 (2026-12-06, session 20): released to seen every rotation-10 printing (the four forms, 身份证, 户口簿,
  低保证, 诊断证明, 残疾人证 and the six 其他 kinds' "轮换10"): ``forms_rotation10.py``, ``papers_rotation10.py`` and
  ``other_rotation10.py`` may now be read and tuned on. Held out in their place, new printings written by helpers
  who do not work on the readers: the same fifteen kinds' "轮换11" (``forms_rotation11.py``, ``papers_rotation11.py``,
  ``other_rotation11.py``; 残疾人证/轮换11 beside 残疾人证/三代卡片复印). 公示证明/轮换2, 劳动合同/轮换2, 收入证明/单位信笺,
  收入证明/工资表横版 keep their marks. Never read ``forms_rotation11.py`` / ``papers_rotation11.py`` /
  ``other_rotation11.py`` while fixing readers.
- rotation 12 (2026-12-07, session 21): released to seen every rotation-11 printing (the four forms, 身份证, 户口簿,
  低保证, 诊断证明, 残疾人证 and the six 其他 kinds' "轮换11"): ``forms_rotation11.py``, ``papers_rotation11.py`` and
  ``other_rotation11.py`` may now be read and tuned on. Held out in their place, new printings written by helpers
  who do not work on the readers: the same fifteen kinds' "轮换12" (``forms_rotation12.py``, ``papers_rotation12.py``,
  ``other_rotation12.py``; 残疾人证/轮换12 beside 残疾人证/三代卡片复印). 公示证明/轮换2, 劳动合同/轮换2, 收入证明/单位信笺,
  收入证明/工资表横版 keep their marks. Never read ``forms_rotation12.py`` / ``papers_rotation12.py`` /
  ``other_rotation12.py`` while fixing readers.
- rotation 13 (2026-12-07, session 22): released to seen every rotation-12 printing (the four forms, 身份证, 户口簿,
  低保证, 诊断证明, 残疾人证 and the six 其他 kinds' "轮换12"): ``forms_rotation12.py``, ``papers_rotation12.py`` and
  ``other_rotation12.py`` may now be read and tuned on. Held out in their place, new printings written by helpers
  who do not work on the readers: the same fifteen kinds' "轮换13" (``forms_rotation13.py``, ``papers_rotation13.py``,
  ``other_rotation13.py``; 残疾人证/轮换13 beside 残疾人证/三代卡片复印). 公示证明/轮换2, 劳动合同/轮换2, 收入证明/单位信笺,
  收入证明/工资表横版 keep their marks. Never read ``forms_rotation13.py`` / ``papers_rotation13.py`` /
  ``other_rotation13.py`` while fixing readers.

- rotation 14 (2026-12-07, session 23): released to seen every rotation-13 printing (the four forms, 身份证, 户口簿,
  低保证, 诊断证明, 残疾人证 and the six 其他 kinds' "轮换13"): ``forms_rotation13.py``, ``papers_rotation13.py`` and
  ``other_rotation13.py`` may now be read and tuned on. Held out in their place, new printings written by helpers
  who do not work on the readers: the same fifteen kinds' "轮换14" (``forms_rotation14.py``, ``papers_rotation14.py``,
  ``other_rotation14.py``; 残疾人证/轮换14 beside 残疾人证/三代卡片复印). 公示证明/轮换2, 劳动合同/轮换2, 收入证明/单位信笺,
  收入证明/工资表横版 keep their marks. Never read ``forms_rotation14.py`` / ``papers_rotation14.py`` /
  ``other_rotation14.py`` while fixing readers.
- rotation 15 (2026-12-07, session 24): released to seen every rotation-14 printing (the four forms, 身份证, 户口簿,
  低保证, 诊断证明, 残疾人证 and the six 其他 kinds' "轮换14"): ``forms_rotation14.py``, ``papers_rotation14.py`` and
  ``other_rotation14.py`` may now be read and tuned on. Held out in their place, new printings written by helpers
  who do not work on the readers: the same fifteen kinds' "轮换15" (``forms_rotation15.py``, ``papers_rotation15.py``,
  ``other_rotation15.py``; 残疾人证/轮换15 beside 残疾人证/三代卡片复印). 公示证明/轮换2, 劳动合同/轮换2, 收入证明/单位信笺,
  收入证明/工资表横版 keep their marks. Never read ``forms_rotation15.py`` / ``papers_rotation15.py`` /
  ``other_rotation15.py`` while fixing readers.

- rotation 16 (2026-12-07, session 25): released to seen every rotation-15 printing (the four forms, 身份证, 户口簿,
  低保证, 诊断证明, 残疾人证 and the six 其他 kinds' "轮换15"): ``forms_rotation15.py``, ``papers_rotation15.py`` and
  ``other_rotation15.py`` may now be read and tuned on. Held out in their place, new printings written by helpers
  who do not work on the readers: the same fifteen kinds' "轮换16" (``forms_rotation16.py``, ``papers_rotation16.py``,
  ``other_rotation16.py``; 残疾人证/轮换16 beside 残疾人证/三代卡片复印). 公示证明/轮换2, 劳动合同/轮换2, 收入证明/单位信笺,
  收入证明/工资表横版 keep their marks. Never read ``forms_rotation16.py`` / ``papers_rotation16.py`` /
  ``other_rotation16.py`` while fixing readers.
- rotation 17 (2026-12-07, session 26): released to seen every rotation-16 printing (the four forms, 身份证, 户口簿,
  低保证, 诊断证明, 残疾人证 and the six 其他 kinds' "轮换16"): ``forms_rotation16.py``, ``papers_rotation16.py`` and
  ``other_rotation16.py`` may now be read and tuned on. Held out in their place, new printings written by helpers
  who do not work on the readers: the same fifteen kinds' "轮换17" (``forms_rotation17.py``, ``papers_rotation17.py``,
  ``other_rotation17.py``; 残疾人证/轮换17 beside 残疾人证/三代卡片复印). 公示证明/轮换2, 劳动合同/轮换2, 收入证明/单位信笺,
  收入证明/工资表横版 keep their marks. Never read ``forms_rotation17.py`` / ``papers_rotation17.py`` /
  ``other_rotation17.py`` while fixing readers.
- rotation 18 (2026-12-07, session 27): released to seen every rotation-17 printing (the four forms, 身份证, 户口簿,
  低保证, 诊断证明, 残疾人证 and the six 其他 kinds' "轮换17"): ``forms_rotation17.py``, ``papers_rotation17.py`` and
  ``other_rotation17.py`` may now be read and tuned on. Held out in their place, new printings written by helpers
  who do not work on the readers: the same fifteen kinds' "轮换18" (``forms_rotation18.py``, ``papers_rotation18.py``,
  ``other_rotation18.py``; 残疾人证/轮换18 beside 残疾人证/三代卡片复印). 公示证明/轮换2, 劳动合同/轮换2, 收入证明/单位信笺,
  收入证明/工资表横版 keep their marks. Never read ``forms_rotation18.py`` / ``papers_rotation18.py`` /
  ``other_rotation18.py`` while fixing readers.

Every draw function of one kind has the same signature (that kind's existing signature in ``render`` or
``forms``); ``choose`` picks one among the layouts allowed by the corpus's mode.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

Mode = Literal["all", "seen", "held-out"]
MODES: tuple[Mode, ...] = ("all", "seen", "held-out")

# Rotation 18 (see the module docstring): the held-out layouts of every kind, by name. A layout
# not named here is seen. Change this set (and the docstring's list of rotations) when layouts are added.
ROTATION = 18
HELD_OUT: dict[str, frozenset[str]] = {
    "收入证明": frozenset({"收入证明/单位信笺", "收入证明/工资表横版"}),
    "诊断证明": frozenset({"诊断证明/轮换18"}),  # rotation 18: 诊断证明/轮换17 released
    "残疾人证": frozenset({"残疾人证/三代卡片复印", "残疾人证/轮换18"}),  # rotation 18: 残疾人证/轮换17 released
    "低保证": frozenset({"低保证/轮换18"}),  # rotation 18: 低保证/轮换17 released
    "身份证": frozenset({"身份证/轮换18"}),  # rotation 18: 身份证/轮换17 released
    "户口簿": frozenset({"户口簿/轮换18"}),  # rotation 18: 户口簿/轮换17 released
    "公示证明": frozenset({"公示证明/轮换2"}),  # rotation 2: 公示证明/公示情况表 released to seen
    "劳动合同": frozenset({"劳动合同/轮换2"}),  # rotation 2: 劳动合同/表格式首页 released to seen
    "其他/证明": frozenset({"证明/轮换18"}),  # rotation 18: 证明/轮换17 released
    "其他/票据": frozenset({"票据/轮换18"}),  # rotation 18: 票据/轮换17 released
    "其他/录取通知书": frozenset({"录取通知书/轮换18"}),  # rotation 18: 录取通知书/轮换17 released
    "其他/银行卡": frozenset({"银行卡/轮换18"}),  # rotation 18: 银行卡/轮换17 released
    "其他/授权书": frozenset({"授权书/轮换18"}),  # rotation 18: 授权书/轮换17 released
    "其他/会议记录": frozenset({"会议记录/轮换18"}),  # rotation 18: 会议记录/轮换17 released
    # rotation 6: 杭州/轮换5, 河北/轮换5, 湖南/轮换5, 全国/轮换5 released to seen (earlier rotations had released the
    # 轮换4, 轮换3, 轮换2 and rotation 1's printings)
    "建档申请表/杭州": frozenset({"杭州/轮换18"}),  # rotation 18: 杭州/轮换17 released
    "建档申请表/河北": frozenset({"河北/轮换18"}),  # rotation 18: 河北/轮换17 released
    "建档申请表/湖南": frozenset({"湖南/轮换18"}),  # rotation 18: 湖南/轮换17 released
    "建档申请表/全国": frozenset({"全国/轮换18"}),  # rotation 18: 全国/轮换17 released
}


@dataclass(frozen=True)
class Layout:
    kind: str  # e.g. "application_form", "id_card", "income_proof" (one signature per kind)
    name: str  # stable, human-readable: "身份证/正反同页"
    draw: Callable[..., Any]


_REGISTRY: dict[str, list[Layout]] = {}


def layout(kind: str, name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorator: register ``draw`` as one layout of ``kind`` (registration order is the layout's index)."""

    def register(draw: Callable[..., Any]) -> Callable[..., Any]:
        entries = _REGISTRY.setdefault(kind, [])
        if any(e.name == name for e in entries):
            raise ValueError(f"layout {name!r} registered twice for {kind!r}")
        entries.append(Layout(kind, name, draw))
        return draw

    return register


def layouts_of(kind: str) -> list[Layout]:
    return list(_REGISTRY.get(kind, []))


def is_held_out(kind: str, name: str) -> bool:
    """Whether layout ``name`` of ``kind`` is held out: named in ``HELD_OUT`` (a kind of one layout never is)."""
    return len(_REGISTRY.get(kind, [])) >= 2 and name in HELD_OUT.get(kind, frozenset())


def kinds() -> list[str]:
    """Every registered kind, in registration order."""
    return list(_REGISTRY)


def choose(kind: str, rng: random.Random, mode: Mode = "all") -> Layout:
    """A layout of ``kind`` allowed by ``mode`` (a kind with one layout always gives that one)."""
    entries = _REGISTRY.get(kind, [])
    if not entries:
        raise KeyError(f"no layout registered for {kind!r}")
    if mode == "all" or len(entries) < 2:
        allowed = entries
    else:
        want_held = mode == "held-out"
        allowed = [e for e in entries if is_held_out(kind, e.name) == want_held]
    return rng.choice(allowed or entries)
