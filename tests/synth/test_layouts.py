"""Layouts of every paper: at least three per kind, held-out selection, ``--layouts`` modes, truth per layout."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path
from typing import Any

import pytest

from dangan.schemas.labels import DOC_FIELDS
from dangan.schemas.validators import is_valid_id_number
from dangan.synth.canvas import rasterise
from dangan.synth.generate import SynthError, generate
from dangan.synth.households import make_households
from dangan.synth.layouts import HELD_OUT, ROTATION, choose, is_held_out, kinds, layouts_of
from dangan.synth.render import documents_for, load_layouts

PAPER_KINDS = ("身份证", "户口簿", "残疾人证", "低保证", "诊断证明", "收入证明", "劳动合同", "公示证明", "其他/银行卡",
               "其他/票据", "其他/证明", "其他/录取通知书", "其他/授权书", "其他/会议记录")


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _kind_of() -> dict[str, str]:
    load_layouts()
    return {lay.name: k for k in kinds() for lay in layouts_of(k)}


def test_every_paper_has_three_layouts_with_seen_and_held_out() -> None:
    load_layouts()
    for kind in PAPER_KINDS:
        names = [lay.name for lay in layouts_of(kind)]
        assert len(names) >= 3, (kind, names)
        held = [n for n in names if is_held_out(kind, n)]
        assert held and len(held) < len(names), (kind, held)
        assert not is_held_out(kind, names[0]), "the first layout (the readers' original) must stay seen"
    assert len(_kind_of()) == sum(len(layouts_of(k)) for k in kinds()), "layout names are unique"


def test_held_out_marks_are_explicit_and_complete() -> None:
    """HELD_OUT names every held-out layout by kind: each name is a registered layout of that kind, the first
    layout of a kind stays seen, and every kind with two or more layouts has one held out."""
    load_layouts()
    assert set(HELD_OUT) <= set(kinds())
    for kind, names in HELD_OUT.items():
        registered = [lay.name for lay in layouts_of(kind)]
        assert names <= set(registered), (kind, names - set(registered))
    for kind in kinds():
        names = [lay.name for lay in layouts_of(kind)]
        held = {n for n in names if is_held_out(kind, n)}
        assert held == (HELD_OUT.get(kind, frozenset()) if len(names) >= 2 else set()), kind
        assert names[0] not in held, kind
        if len(names) >= 2:
            assert held and len(held) < len(names), (kind, held)


# Rotation 3 (2026-12-05): what it released to seen and the printings it holds out in their place.
ROTATION_3_RELEASED = {"建档申请表/杭州": "杭州/轮换2", "建档申请表/河北": "河北/轮换2", "建档申请表/湖南": "湖南/轮换2",
                       "建档申请表/全国": "全国/轮换2", "身份证": "身份证/A4两人同页", "户口簿": "户口簿/横版全栏",
                       "低保证": "低保证/A4城市证", "诊断证明": "诊断证明/A4出院证明"}
ROTATION_3_NEW = {"身份证": "身份证/轮换3", "户口簿": "户口簿/轮换3", "低保证": "低保证/轮换3", "诊断证明": "诊断证明/轮换3",
                  "建档申请表/杭州": "杭州/轮换3", "建档申请表/河北": "河北/轮换3", "建档申请表/湖南": "湖南/轮换3",
                  "建档申请表/全国": "全国/轮换3"}
# Rotation 4 (2026-12-06): the forms' 轮换3 printings released, their 轮换4 printings (forms_rotation4) held out
# in their place.
ROTATION_4_FORMS = {"建档申请表/杭州": "杭州/轮换4", "建档申请表/河北": "河北/轮换4", "建档申请表/湖南": "湖南/轮换4",
                    "建档申请表/全国": "全国/轮换4"}
# Rotation 5: the forms' 轮换5 printings (forms_rotation5), held out in place of rotation 4's; rotation 6 released them.
ROTATION_5_FORMS = {"建档申请表/杭州": "杭州/轮换5", "建档申请表/河北": "河北/轮换5", "建档申请表/湖南": "湖南/轮换5",
                    "建档申请表/全国": "全国/轮换5"}
# Rotation 6 (2026-12-06): the forms' 轮换6 printings (forms_rotation6), held out in place of rotation 5's;
# rotation 7 released them.
ROTATION_6_FORMS = {k: v.replace("轮换5", "轮换6") for k, v in ROTATION_5_FORMS.items()}
# Rotation 7 (session 16): the forms' 轮换7 printings (forms_rotation7, registered last), held out in place of
# rotation 6's.
ROTATION_7_FORMS = {k: v.replace("轮换5", "轮换7") for k, v in ROTATION_5_FORMS.items()}
# Rotation 8: the forms' 轮换8 printings (forms_rotation8), held out in place of rotation 7's; rotation 9 released
# them.
ROTATION_8_FORMS = {k: v.replace("轮换5", "轮换8") for k, v in ROTATION_5_FORMS.items()}
# Rotation 9: the forms' 轮换9 printings (forms_rotation9), held out in place of rotation 8's; rotation 10 released
# them.
ROTATION_9_FORMS = {k: v.replace("轮换5", "轮换9") for k, v in ROTATION_5_FORMS.items()}
# Rotation 10: the forms' 轮换10 printings (forms_rotation10), held out in place of rotation 9's; rotation 11
# released them.
ROTATION_10_FORMS = {k: v.replace("轮换5", "轮换10") for k, v in ROTATION_5_FORMS.items()}
# Rotation 11: the forms' 轮换11 printings (forms_rotation11), held out in place of rotation 10's; rotation 12
# released them.
ROTATION_11_FORMS = {k: v.replace("轮换5", "轮换11") for k, v in ROTATION_5_FORMS.items()}
# Rotation 12: the forms' 轮换12 printings (forms_rotation12), held out in place of rotation 11's; rotation 13
# released them.
ROTATION_12_FORMS = {k: v.replace("轮换5", "轮换12") for k, v in ROTATION_5_FORMS.items()}
# Rotation 13: the forms' 轮换13 printings (forms_rotation13), held out in place of rotation 12's; rotation 14
# released them.
ROTATION_13_FORMS = {k: v.replace("轮换5", "轮换13") for k, v in ROTATION_5_FORMS.items()}
# Rotation 14: the forms' 轮换14 printings (forms_rotation14), held out in place of rotation 13's; rotation 15
# released them.
ROTATION_14_FORMS = {k: v.replace("轮换5", "轮换14") for k, v in ROTATION_5_FORMS.items()}
# Rotation 15: the forms' 轮换15 printings (forms_rotation15), held out in place of rotation 14's; rotation 16
# released them.
ROTATION_15_FORMS = {k: v.replace("轮换5", "轮换15") for k, v in ROTATION_5_FORMS.items()}
# Rotation 16: the forms' 轮换16 printings (forms_rotation16), held out in place of rotation 15's; rotation 17
# released them.
ROTATION_16_FORMS = {k: v.replace("轮换5", "轮换16") for k, v in ROTATION_5_FORMS.items()}
# Rotation 17: the forms' 轮换17 printings (forms_rotation17), held out in place of rotation 16's; rotation 18
# released them.
ROTATION_17_FORMS = {k: v.replace("轮换5", "轮换17") for k, v in ROTATION_5_FORMS.items()}
# Rotation 18: the forms' 轮换18 printings (forms_rotation18, registered last), held out in place of rotation 17's.
ROTATION_18_FORMS = {k: v.replace("轮换5", "轮换18") for k, v in ROTATION_5_FORMS.items()}
# rotations 5 to 18 released ROTATION_4/5/6/7/8/9/10/11/12/13/14/15/16/17_FORMS
FORMS_HELD = set(ROTATION_18_FORMS.values())
# ... and the papers' 轮换3 printings released, their 轮换4 printings held out in their place
# (papers_rotation4; 残疾人证/轮换4 joins 残疾人证/三代卡片复印).
ROTATION_4_PAPERS = {"身份证": "身份证/轮换4", "户口簿": "户口簿/轮换4", "低保证": "低保证/轮换4", "诊断证明": "诊断证明/轮换4"}
# Rotation 5's new printings (papers_rotation5, registered after rotation 4's), held out in their place; rotation 6
# released them.
ROTATION_5_PAPERS = {"身份证": "身份证/轮换5", "户口簿": "户口簿/轮换5", "低保证": "低保证/轮换5", "诊断证明": "诊断证明/轮换5"}
# Rotation 6's new printings (papers_rotation6, registered last), held out in place of rotation 5's (残疾人证/轮换6
# beside 残疾人证/三代卡片复印).
ROTATION_6_PAPERS = {"身份证": "身份证/轮换6", "户口簿": "户口簿/轮换6", "低保证": "低保证/轮换6", "诊断证明": "诊断证明/轮换6",
                     "残疾人证": "残疾人证/轮换6"}
# Rotation 7's new printings (papers_rotation7, registered last), held out in place of rotation 6's (残疾人证/轮换7
# beside 残疾人证/三代卡片复印); rotation 7 released rotation 6's.
ROTATION_7_PAPERS = {kind: name.replace("轮换6", "轮换7") for kind, name in ROTATION_6_PAPERS.items()}
# Rotation 8's new printings (papers_rotation8, registered last), held out in place of rotation 7's (残疾人证/轮换8
# beside 残疾人证/三代卡片复印); rotation 8 released rotation 7's.
ROTATION_8_PAPERS = {kind: name.replace("轮换6", "轮换8") for kind, name in ROTATION_6_PAPERS.items()}
# Rotation 9's new printings (papers_rotation9), held out in place of rotation 8's (残疾人证/轮换9 beside
# 残疾人证/三代卡片复印); rotation 9 released rotation 8's, rotation 10 released them.
ROTATION_9_PAPERS = {kind: name.replace("轮换6", "轮换9") for kind, name in ROTATION_6_PAPERS.items()}
# Rotation 10's new printings (papers_rotation10), held out in place of rotation 9's (残疾人证/轮换10 beside
# 残疾人证/三代卡片复印); rotation 10 released rotation 9's, rotation 11 released them.
ROTATION_10_PAPERS = {kind: name.replace("轮换6", "轮换10") for kind, name in ROTATION_6_PAPERS.items()}
# Rotation 11's new printings (papers_rotation11), held out in place of rotation 10's (残疾人证/轮换11 beside
# 残疾人证/三代卡片复印); rotation 11 released rotation 10's, rotation 12 released them.
ROTATION_11_PAPERS = {kind: name.replace("轮换6", "轮换11") for kind, name in ROTATION_6_PAPERS.items()}
# Rotation 12's new printings (papers_rotation12), held out in place of rotation 11's (残疾人证/轮换12 beside
# 残疾人证/三代卡片复印); rotation 12 released rotation 11's, rotation 13 released them.
ROTATION_12_PAPERS = {kind: name.replace("轮换6", "轮换12") for kind, name in ROTATION_6_PAPERS.items()}
# Rotation 13's new printings (papers_rotation13), held out in place of rotation 12's (残疾人证/轮换13 beside
# 残疾人证/三代卡片复印); rotation 13 released rotation 12's, rotation 14 released them.
ROTATION_13_PAPERS = {kind: name.replace("轮换6", "轮换13") for kind, name in ROTATION_6_PAPERS.items()}
# Rotation 14's new printings (papers_rotation14), held out in place of rotation 13's (残疾人证/轮换14 beside
# 残疾人证/三代卡片复印); rotation 14 released rotation 13's, rotation 15 released them.
ROTATION_14_PAPERS = {kind: name.replace("轮换6", "轮换14") for kind, name in ROTATION_6_PAPERS.items()}
# Rotation 15's new printings (papers_rotation15), held out in place of rotation 14's (残疾人证/轮换15 beside
# 残疾人证/三代卡片复印); rotation 15 released rotation 14's, rotation 16 released them.
ROTATION_15_PAPERS = {kind: name.replace("轮换6", "轮换15") for kind, name in ROTATION_6_PAPERS.items()}
# Rotation 16's new printings (papers_rotation16), held out in place of rotation 15's (残疾人证/轮换16 beside
# 残疾人证/三代卡片复印); rotation 16 released rotation 15's, rotation 17 released them.
ROTATION_16_PAPERS = {kind: name.replace("轮换6", "轮换16") for kind, name in ROTATION_6_PAPERS.items()}
# Rotation 17's new printings (papers_rotation17), held out in place of rotation 16's (残疾人证/轮换17 beside
# 残疾人证/三代卡片复印); rotation 17 released rotation 16's, rotation 18 released them.
ROTATION_17_PAPERS = {kind: name.replace("轮换6", "轮换17") for kind, name in ROTATION_6_PAPERS.items()}
# Rotation 18's new printings (papers_rotation18, registered last), held out in place of rotation 17's (残疾人证/轮换18
# beside 残疾人证/三代卡片复印); rotation 18 released rotation 17's.
ROTATION_18_PAPERS = {kind: name.replace("轮换6", "轮换18") for kind, name in ROTATION_6_PAPERS.items()}

# Rotation 6's 其他 printings (other_rotation6, registered after rotation 5's), held out in place of rotation 5's;
# rotation 7 released them and held out its own (other_rotation7, registered after them); rotation 8 released
# those and held out other_rotation8's; rotation 9 released those and held out other_rotation9's; rotation 10
# released those and held out other_rotation10's; rotation 11 released those and held out other_rotation11's;
# rotation 12 released those and held out other_rotation12's; rotation 13 released those and held out
# other_rotation13's; rotation 14 released those and held out other_rotation14's; rotation 15 released those and held
# out other_rotation15's; rotation 16 released those and held out other_rotation16's; rotation 17 released those and
# held out other_rotation17's; rotation 18 released those and holds out other_rotation18's (registered last) in their
# place.
OTHER_ROTATION_6 = {"其他/证明": "证明", "其他/票据": "票据", "其他/录取通知书": "录取通知书", "其他/银行卡": "银行卡",
                    "其他/授权书": "授权书", "其他/会议记录": "会议记录"}


def test_rotations_release_printings_and_hold_out_new_ones() -> None:
    """Rotation 3: the released printings are seen, each kind's new 轮换3 printing (registered last) is its only
    held-out one, and every other kind keeps the marks of rotations 1 and 2; rotation 4 released the forms'
    轮换3 printings and holds out their 轮换4 printings in their place; rotation 5 released every 轮换4 printing and
    the six 其他 held-outs of rotation 1, and holds out the 轮换5 printings in their place; rotation 6 released every
    轮换5 printing and holds out the 轮换6 printings (registered last) in their place; rotation 7 released the papers'
    轮换6 printings and holds out their 轮换7 printings (papers_rotation7) in their place; rotation 8 released the
    papers' and the forms' 轮换7 printings and holds out their 轮换8 printings (papers_rotation8, forms_rotation8)
    in their place; rotation 9 released the forms' and the papers' 轮换8 printings and holds out their 轮换9 printings
    (forms_rotation9, papers_rotation9, registered last) in their place, and released the 其他 轮换8 printings and
    holds out their 轮换9 printings (other_rotation9) in their place; rotation 10 released the forms'
    轮换9 printings and holds out their 轮换10 printings (forms_rotation10, registered last) in their place; rotation 10
    also released the papers' 轮换9 printings and holds out their 轮换10 printings (papers_rotation10, registered last),
    and the 其他 轮换9 printings and held out their 轮换10 printings (other_rotation10); rotation 11 released the
    forms' 轮换10 printings and holds out their 轮换11 printings (forms_rotation11, registered last) in their place,
    the papers' 轮换10 printings and holds out their 轮换11 printings (papers_rotation11, registered last) in their
    place, and the 其他 轮换10 printings and held out their 轮换11 printings (other_rotation11); rotation 12 released
    the 其他 轮换11 printings and holds out their 轮换12 printings (other_rotation12, registered last) in their
    place, the papers' 轮换11 printings and holds out their 轮换12 printings (papers_rotation12, registered
    last) in their place, and the forms' 轮换11 printings and holds out their 轮换12 printings (forms_rotation12);
    rotation 13 released the papers', the forms' and the 其他 轮换12 printings and holds out their 轮换13 printings
    (papers_rotation13, forms_rotation13, other_rotation13) in their place; rotation 14 released the papers', the
    forms' and the 其他 轮换13 printings and holds out their 轮换14 printings (papers_rotation14, forms_rotation14,
    other_rotation14) in their place; rotation 15 released the forms' 轮换14 printings and holds out their 轮换15
    printings (forms_rotation15, registered last) in their place, and the papers' 轮换14 printings and holds out
    their 轮换15 printings (papers_rotation15, registered last) in their place, and the 其他 轮换14 printings and
    holds out their 轮换15 printings (other_rotation15, registered last) in their place; rotation 16 released the
    papers' 轮换15 printings and holds out their 轮换16 printings (papers_rotation16, registered last) in their
    place, and the forms' 轮换15 printings and holds out their 轮换16 printings (forms_rotation16, registered last)
    in their place, and the 其他 轮换15 printings and holds out their 轮换16 printings (other_rotation16, registered
    last) in their place; rotation 17 released the papers' 轮换16 printings and holds out their 轮换17 printings
    (papers_rotation17, registered last) in their place, and the forms' 轮换16 printings and holds out their 轮换17
    printings (forms_rotation17, registered last) in their place, and the 其他 轮换16 printings and holds out their
    轮换17 printings (other_rotation17, registered last) in their place; rotation 18 released the forms' 轮换17
    printings and holds out their 轮换18 printings (forms_rotation18, registered last) in their place, and the
    papers' 轮换17 printings and holds out their 轮换18 printings (papers_rotation18, registered last) in their
    place, and the 其他 轮换17 printings and holds out their 轮换18 printings (other_rotation18, registered last) in
    their place."""
    load_layouts()
    assert ROTATION == 18
    for kind, new in ROTATION_3_NEW.items():
        names = [lay.name for lay in layouts_of(kind)]
        released = ROTATION_3_RELEASED[kind]
        if new != released:
            assert released in names and not is_held_out(kind, released), kind
        rotation_4 = ROTATION_4_FORMS | ROTATION_4_PAPERS
        if kind in rotation_4:  # rotation 4 released the kind's 轮换3 printing
            assert new in names and not is_held_out(kind, new), kind
            rotation_5 = [n for r5 in (ROTATION_5_FORMS, ROTATION_5_PAPERS) for k, n in r5.items() if k == kind]
            rotation_6 = [n for r6 in (ROTATION_6_FORMS, ROTATION_6_PAPERS) for k, n in r6.items() if k == kind]
            rotation_7 = [n for r7 in (ROTATION_7_FORMS, ROTATION_7_PAPERS) for k, n in r7.items() if k == kind]
            rotation_8 = [n for r8 in (ROTATION_8_FORMS, ROTATION_8_PAPERS) for k, n in r8.items() if k == kind]
            rotation_9 = [n for r9 in (ROTATION_9_FORMS, ROTATION_9_PAPERS) for k, n in r9.items() if k == kind]
            rotation_10 = [n for r10 in (ROTATION_10_FORMS, ROTATION_10_PAPERS) for k, n in r10.items() if k == kind]
            rotation_11 = [n for r11 in (ROTATION_11_FORMS, ROTATION_11_PAPERS) for k, n in r11.items() if k == kind]
            rotation_12 = [n for r12 in (ROTATION_12_FORMS, ROTATION_12_PAPERS) for k, n in r12.items() if k == kind]
            rotation_13 = [n for r13 in (ROTATION_13_FORMS, ROTATION_13_PAPERS) for k, n in r13.items() if k == kind]
            rotation_14 = [n for r14 in (ROTATION_14_FORMS, ROTATION_14_PAPERS) for k, n in r14.items() if k == kind]
            rotation_15 = [n for r15 in (ROTATION_15_FORMS, ROTATION_15_PAPERS) for k, n in r15.items() if k == kind]
            rotation_16 = [n for r16 in (ROTATION_16_FORMS, ROTATION_16_PAPERS) for k, n in r16.items() if k == kind]
            rotation_17 = [n for r17 in (ROTATION_17_FORMS, ROTATION_17_PAPERS) for k, n in r17.items() if k == kind]
            rotation_18 = [n for r18 in (ROTATION_18_FORMS, ROTATION_18_PAPERS) for k, n in r18.items() if k == kind]
            assert len(rotation_5) == len(rotation_6) == 1, kind
            assert not is_held_out(kind, rotation_4[kind]), "rotation 5 released it"
            assert not is_held_out(kind, rotation_5[0]), "rotation 6 released it"
            if rotation_7:
                assert not is_held_out(kind, rotation_6[0]), "rotation 7 released it"
            if rotation_8:
                assert not is_held_out(kind, rotation_7[0]), "rotation 8 released it"
            if rotation_9:
                assert not is_held_out(kind, rotation_8[0]), "rotation 9 released it"
            if rotation_10:
                assert not is_held_out(kind, rotation_9[0]), "rotation 10 released it"
            if rotation_11:
                assert not is_held_out(kind, rotation_10[0]), "rotation 11 released it"
            if rotation_12:
                assert not is_held_out(kind, rotation_11[0]), "rotation 12 released it"
            if rotation_13:
                assert not is_held_out(kind, rotation_12[0]), "rotation 13 released it"
            if rotation_14:
                assert not is_held_out(kind, rotation_13[0]), "rotation 14 released it"
            if rotation_15:
                assert not is_held_out(kind, rotation_14[0]), "rotation 15 released it"
            if rotation_16:
                assert not is_held_out(kind, rotation_15[0]), "rotation 16 released it"
            if rotation_17:
                assert not is_held_out(kind, rotation_16[0]), "rotation 17 released it"
            if rotation_18:
                assert not is_held_out(kind, rotation_17[0]), "rotation 18 released it"
            held = set(rotation_18 or rotation_17 or rotation_16 or rotation_15 or rotation_14 or rotation_13 or rotation_12 or rotation_11 or rotation_10 or rotation_9 or rotation_8 or rotation_7
                       or rotation_6)
            assert {n for n in names if is_held_out(kind, n)} == held, kind
            at = names.index(rotation_4[kind])
            assert names[at - 1] == new, "added after what it rotates with"
            later = (rotation_5 + rotation_6 + rotation_7 + rotation_8 + rotation_9 + rotation_10 + rotation_11 + rotation_12
                     + rotation_13 + rotation_14 + rotation_15 + rotation_16 + rotation_17 + rotation_18)
            assert names[at + 1:] == later, "added after what it rotates with"
            continue
        assert {n for n in names if is_held_out(kind, n)} == {new}, kind
        if new.endswith("/轮换3"):
            assert names[-1] == new, "added after the printings it rotates with"
    kept = {"收入证明": {"收入证明/单位信笺", "收入证明/工资表横版"},
            # rotation 5 released 残疾人证/轮换4; rotation 18 holds out 残疾人证/轮换18 beside 三代卡片复印 (rotation
            # 6's 残疾人证/轮换6 to rotation 17's 残疾人证/轮换17 released)
            "残疾人证": {"残疾人证/三代卡片复印", "残疾人证/轮换18"},
            "公示证明": {"公示证明/轮换2"}, "劳动合同": {"劳动合同/轮换2"},
            # rotation 5 released rotation 1's 其他 held-outs and held out the 轮换5 printings; rotation 6 released
            # those and held out its 其他 printings (other_rotation6); rotation 7 released those and held out its
            # own (other_rotation7, registered after them); rotation 8 released those and held out its own
            # (other_rotation8); rotation 9 released those and held out its own (other_rotation9); rotation 10
            # released those and held out its own (other_rotation10); rotation 11 released those and held out its
            # own (other_rotation11); rotation 12 released those and held out its own (other_rotation12); rotation
            # 13 released those and held out its own (other_rotation13); rotation 14 released those and held out
            # its own (other_rotation14); rotation 15 released those and held out its own (other_rotation15);
            # rotation 16 released those and held out its own (other_rotation16); rotation 17 released those and
            # held out its own (other_rotation17); rotation 18 released those and holds out its own
            # (other_rotation18, registered last)
            **{kind: {f"{name}/轮换18"} for kind, name in OTHER_ROTATION_6.items()}}
    for kind, held in kept.items():
        assert {lay.name for lay in layouts_of(kind) if is_held_out(kind, lay.name)} == held, kind
    for kind, name in OTHER_ROTATION_6.items():
        assert [lay.name for lay in layouts_of(kind)][-14:] == [f"{name}/轮换{r}" for r in range(5, 19)], kind
        assert not is_held_out(kind, f"{name}/轮换5"), "rotation 6 released it"
        assert not is_held_out(kind, f"{name}/轮换6"), "rotation 7 released it"
        assert not is_held_out(kind, f"{name}/轮换7"), "rotation 8 released it"
        assert not is_held_out(kind, f"{name}/轮换8"), "rotation 9 released it"
        assert not is_held_out(kind, f"{name}/轮换9"), "rotation 10 released it"
        assert not is_held_out(kind, f"{name}/轮换10"), "rotation 11 released it"
        assert not is_held_out(kind, f"{name}/轮换11"), "rotation 12 released it"
        assert not is_held_out(kind, f"{name}/轮换12"), "rotation 13 released it"
        assert not is_held_out(kind, f"{name}/轮换13"), "rotation 14 released it"
        assert not is_held_out(kind, f"{name}/轮换14"), "rotation 15 released it"
        assert not is_held_out(kind, f"{name}/轮换15"), "rotation 16 released it"
        assert not is_held_out(kind, f"{name}/轮换16"), "rotation 17 released it"
        assert not is_held_out(kind, f"{name}/轮换17"), "rotation 18 released it"
    assert set(kept) | set(ROTATION_3_NEW) == set(HELD_OUT)
    for kind in ("公示证明", "劳动合同"):
        assert [lay.name for lay in layouts_of(kind)][-1] == f"{kind}/轮换2"


@pytest.mark.parametrize("mode", ["seen", "held-out"])
def test_choose_keeps_to_the_mode(mode: str) -> None:
    load_layouts()
    rng = random.Random(4)
    for kind in PAPER_KINDS:
        picked = {choose(kind, rng, mode).name for _ in range(200)}  # thirteen seen 其他 printings and more: 60 missed one
        expected = {lay.name for lay in layouts_of(kind) if is_held_out(kind, lay.name) == (mode == "held-out")}
        assert picked == expected, kind


@pytest.mark.parametrize("mode", ["seen", "held-out"])
def test_documents_for_draws_only_layouts_of_the_mode(mode: str) -> None:
    by_name = _kind_of()
    seen_kinds: set[str] = set()
    for hh in make_households(25, 3):
        for doc in documents_for(hh, random.Random(hh.index), mode):
            kind = by_name[doc.layout]
            seen_kinds.add(kind)
            assert doc.held_out == is_held_out(kind, doc.layout), doc.layout
            if len(layouts_of(kind)) >= 2:
                assert doc.held_out == (mode == "held-out"), (kind, doc.layout)
    assert {"身份证", "户口簿", "收入证明", "公示证明", "其他/银行卡"} <= seen_kinds


def test_every_layout_draws_its_truth() -> None:
    """Each layout renders, its truth uses the contract's labels, and ID numbers in it are valid."""
    load_layouts()
    hhs = make_households(40, 6)
    hh = next(h for h in hhs if h.dibao_no and h.school_child and len(h.members) >= 2)
    name = hh.record["姓名"]
    from datetime import date

    extra: dict[str, tuple[Any, ...]] = {
        "其他/票据": ("医药费票据", name, "某医院", "西药费 / 治疗费", date(2025, 3, 4), "医疗收费票据", "收费专用章"),
        "其他/证明": ("失业证明", name, "下岗失业证明", "兹证明该同志处于失业状态。", "某社区居民委员会", "社区居民委员会",
                   date(2025, 3, 4)),
    }
    per_person = {"身份证", "残疾人证", "诊断证明", "收入证明"}
    for kind in PAPER_KINDS:
        for lay in layouts_of(kind):
            rng = random.Random(1)
            if kind in per_person:
                doc = lay.draw(hh, name, rng)
            elif kind in extra:
                doc = lay.draw(hh, rng, *extra[kind])
            else:
                doc = lay.draw(hh, rng)
            assert doc.fields and set(doc.fields) <= set(DOC_FIELDS[doc.doc_type]), (lay.name, doc.fields)
            for value in [doc.fields.get("身份证号"), *(m.get("身份证号") for m in doc.members)]:
                assert value is None or is_valid_id_number(value), (lay.name, value)
            for page in doc.pages:
                img = rasterise(page, 30)
                assert img.width > 50 and img.height > 50
            if doc.pages[0].mono:  # a b/w photocopy: no colour at all (seals come out grey)
                arr = rasterise(doc.pages[0], 30).convert("RGB")
                r, g, b = arr.split()
                assert r.tobytes() == g.tobytes() == b.tobytes(), lay.name


def test_hukou_holds_a_registration_card_per_person_and_id_cards_their_person() -> None:
    load_layouts()
    for hh in make_households(6, 8):
        people = [hh.householder(), *hh.members]
        for lay in layouts_of("户口簿"):
            doc = lay.draw(hh, random.Random(2))
            assert [m["姓名"] for m in doc.members] == [p["姓名"] for p in people], lay.name
            assert [m["身份证号"] for m in doc.members] == [p["身份证号"] for p in people]
            assert [m for pg in doc.pages for m in pg.members] == doc.members
            assert doc.pages[0].fields["户主姓名"] == hh.record["姓名"]
        for lay in layouts_of("身份证"):
            doc = lay.draw(hh, hh.record["姓名"], random.Random(2))
            assert doc.fields["身份证号"] == hh.record["身份证号"] and doc.pages[0].fields == doc.fields
            texts = " ".join(op[3] for op in doc.pages[0].ops if op[0] == "text")
            assert hh.record["身份证号"] in texts and hh.record["姓名"] in texts
            if doc.members:  # two people's cards on one sheet: both printed, this person's first
                assert doc.members[0]["姓名"] == hh.record["姓名"]
                assert all(m["身份证号"] in texts for m in doc.members)


def _digest(out: Path) -> dict[str, str]:
    return {str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(out.rglob("*")) if p.is_file()}


def test_corpus_modes_truth_and_determinism(tmp_path: Path) -> None:
    by_name = _kind_of()
    kwargs: dict[str, Any] = {"workers": 1, "dpi": 40, "formats": ["jpg", "tif"]}
    generate(tmp_path / "held", 3, 21, layouts="held-out", **kwargs)
    generate(tmp_path / "held2", 3, 21, layouts="held-out", **kwargs)
    assert _digest(tmp_path / "held") == _digest(tmp_path / "held2")
    generate(tmp_path / "seen", 3, 21, layouts="seen", **kwargs)
    for mode, folder in (("held-out", "held"), ("seen", "seen")):
        truth = _jsonl(tmp_path / folder / "truth.jsonl")
        assert truth
        for t in truth:
            kind = by_name[t["layout"]]
            assert t["held_out"] == is_held_out(kind, t["layout"])
            if len(layouts_of(kind)) >= 2:
                assert t["held_out"] == (mode == "held-out"), t["file"]
            assert isinstance(t["photocopy"], bool)
    # the paper truth (households) does not depend on the layouts drawn
    assert _jsonl(tmp_path / "held" / "households.jsonl")[0]["身份证号"] == \
        _jsonl(tmp_path / "seen" / "households.jsonl")[0]["身份证号"]
    with pytest.raises(SynthError):
        generate(tmp_path / "bad", 1, 1, layouts="unseen", **kwargs)


def test_cli_refuses_an_unknown_layouts_mode(tmp_path: Path) -> None:
    from dangan.cli import main

    assert main(["synth", "--households", "1", "--out", str(tmp_path / "x"), "--layouts", "nope"]) != 0
    assert not (tmp_path / "x" / "truth.jsonl").exists()


def test_phone_photo_and_dark_copy_damage() -> None:
    """A phone photo shows the desk at the corners and a shadow; a dark copy greys the paper; both repeatable."""
    import numpy as np

    from dangan.synth.damage import Damage, apply

    load_layouts()
    hh = make_households(1, 2)[0]
    page = layouts_of("公示证明")[0].draw(hh, random.Random(1)).pages[0]
    img = rasterise(page, 40)
    phone = Damage(perspective=0.04, shadow=0.4, curl=0.01)
    a, b = apply(img, phone, 3), apply(img, phone, 3)
    assert a.tobytes() == b.tobytes() and a.size == img.size
    arr = np.asarray(a).astype(int)
    assert abs(arr[0, 0] - 255).sum() > 60, "the corner shows the desk, not the paper"
    dark = np.asarray(apply(img, Damage(dark=0.5), 1)).astype(int)
    assert dark.mean() < np.asarray(img).astype(int).mean() - 10


ROTATION_2_PAPERS = {"公示证明/轮换2", "劳动合同/轮换2"}


@pytest.mark.parametrize("mode", ["seen", "held-out"])
def test_form_printings_of_a_mode_over_many_households(mode: str) -> None:
    """Every household's application form: a held-out archive always draws the held-out printings, a seen
    archive never does."""
    from dangan.synth.forms import application_form

    load_layouts()  # the printings of forms_rotation3 register with the others
    drawn: set[str] = set()
    for hh in make_households(60, 12):
        for k in range(6):  # six forms a household: each variant has sixteen seen printings or so since rotation 17
            doc = application_form(hh, random.Random(hh.index * 10 + k), mode)
            drawn.add(doc.layout)
    if mode == "held-out":
        assert drawn == FORMS_HELD
    else:
        assert not drawn & FORMS_HELD and len(drawn) >= 8
        assert set(ROTATION_5_FORMS.values()) <= drawn, "rotation 6 released the 轮换5 printings to seen"
        assert set(ROTATION_7_FORMS.values()) <= drawn, "rotation 8 released the 轮换7 printings to seen"
        assert set(ROTATION_8_FORMS.values()) <= drawn, "rotation 9 released the 轮换8 printings to seen"


def test_cli_held_out_corpus_holds_the_new_printings_and_a_seen_one_none(tmp_path: Path) -> None:
    """`dangan synth --layouts held-out` writes the held-out forms (a multi-page document split into files
    keeps each file's own truth); `--layouts seen` never does."""
    from dangan.cli import main

    by_name = _kind_of()
    args = ["--households", "8", "--seed", "31", "--formats", "jpg", "--dpi", "30", "--workers", "1", "--clean",
            "--json"]
    assert main(["synth", *args, "--out", str(tmp_path / "held"), "--layouts", "held-out"]) == 0
    assert main(["synth", *args, "--out", str(tmp_path / "seen"), "--layouts", "seen"]) == 0
    households = {h["职工编号"]: h for h in _jsonl(tmp_path / "held" / "households.jsonl")}
    held = _jsonl(tmp_path / "held" / "truth.jsonl")
    forms = [t for t in held if t["doc_type"] == "建档申请表"]
    assert {t["layout"] for t in forms} <= FORMS_HELD and len({t["layout"] for t in forms}) >= 2
    for t in held:
        kind = by_name[t["layout"]]
        assert t["held_out"] is True or len(layouts_of(kind)) < 2, t["file"]
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for t in forms:
        by_doc.setdefault(t["职工编号"], []).append(t)  # one application form a household
    for files in by_doc.values():
        hh = households[files[0]["职工编号"]]
        fields: dict[str, Any] = {}
        for t in files:
            assert not set(t["fields"]) & set(fields), t["file"]
            fields.update(t["fields"])
        assert "姓名" in fields and fields["身份证号"] == hh["身份证号"]
        members = [m for t in files for m in t["members"]]
        if members:
            assert [m["身份证号"] for m in members] == [m["身份证号"] for m in hh["家庭成员"]]
    assert {t["layout"] for t in held if t["doc_type"] == "公示证明"} == {"公示证明/轮换2"}
    assert {t["layout"] for t in held if t["doc_type"] == "劳动合同"} <= {"劳动合同/轮换2"}
    seen = _jsonl(tmp_path / "seen" / "truth.jsonl")
    assert seen and not {t["layout"] for t in seen} & (FORMS_HELD | ROTATION_2_PAPERS)
    assert all(not t["held_out"] for t in seen)


@pytest.mark.parametrize("mode", ["seen", "held-out"])
def test_publicity_and_contract_printings_of_a_mode(mode: str) -> None:
    """A held-out archive draws 公示证明 and 劳动合同 in rotation 2's printings only, a seen archive never."""
    drawn: set[str] = set()
    # a seen archive until both are drawn (more seen printings each rotation: rotation 16's papers moved
    # 劳动合同/表格式首页 past the first 40 households)
    for i, hh in enumerate(make_households(40 if mode == "held-out" else 200, 7)):
        drawn |= {d.layout for d in documents_for(hh, random.Random(hh.index), mode)
                  if d.doc_type in ("公示证明", "劳动合同")}
        if mode == "seen" and i >= 39 and {"公示证明/公示情况表", "劳动合同/表格式首页"} <= drawn:
            break
    if mode == "held-out":
        assert drawn == ROTATION_2_PAPERS
    else:
        assert not drawn & ROTATION_2_PAPERS and {"公示证明/公示情况表", "劳动合同/表格式首页"} <= drawn
