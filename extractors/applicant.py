"""The applicant's own row of the household table (与申请人关系 | 本人 …), read as the applicant's fields.

Many application forms ask the applicant's particulars in the family table itself, the applicant's row first
or among the members' (关系 本人 / 申请人). The member readers drop that row (the applicant is no member); its
cells are the household record's own 姓名, 身份证号, … under the table's column heads, read here so that a form
that asks them nowhere else still gives them.
"""

from __future__ import annotations

from collections.abc import Sequence

from dangan.extractors.layout import (
    APPLICANT_RELATIONS,
    Reading,
    TextLine,
    clean_text,
    is_member_header,
    member_column_label,
    vertical_overlap,
)
from dangan.schemas.labels import HOUSEHOLD_LABELS

# a member column's label that the applicant's row answers as another household field: the member's own
# income is the applicant's 本人月平均收入, the member's employer or school the applicant's 工作单位, the
# member's work or study (人员身份) the applicant's 工作状态
AS_HOUSEHOLD: dict[str, str] = {"月收入": "本人月平均收入", "单位或学校": "工作单位", "人员身份": "工作状态"}
_NOT_THE_APPLICANTS = frozenset({"关系"})  # the relation column says 本人: nothing of the applicant's


def _band(anchor: TextLine, lines: Sequence[TextLine]) -> list[TextLine]:
    """The lines on ``anchor``'s row: their spans share most of the lower height with the anchor's."""
    return [ln for ln in lines if ln.page == anchor.page and vertical_overlap(ln, anchor) >= 0.6]


def _header_above(row: TextLine, lines: Sequence[TextLine]) -> list[tuple[str, TextLine]]:
    """The nearest row above ``row`` whose texts name three or more member columns (a member table's head):
    its (member label, line) pairs; empty when there is none."""
    above = sorted((ln for ln in lines if ln.page == row.page and ln.box[3] <= row.cy), key=lambda t: -t.cy)
    seen: set[int] = set()
    for ln in above:
        if id(ln) in seen:
            continue
        band = _band(ln, above)
        seen |= {id(t) for t in band}
        heads = [(lab, t) for t in band if (lab := member_column_label(t.text)) is not None]
        if is_member_header({lab for lab, _ in heads}):
            return heads
    return []


def _x_share(a: TextLine, b: TextLine) -> float:
    """How much of ``a``'s width lies inside ``b``'s."""
    return max(0.0, min(a.box[2], b.box[2]) - max(a.box[0], b.box[0])) / max(1.0, a.box[2] - a.box[0])


def applicant_row(lines: Sequence[TextLine]) -> dict[str, Reading]:
    """The household fields of the applicant's row of a member table on the page(s): each cell of the row whose
    relation cell says 本人 (申请人 …), under the column head it lies most under. Empty when no such row is under
    a member table's head."""
    out: dict[str, Reading] = {}
    for anchor in lines:
        if clean_text(anchor.text).strip("：:") not in APPLICANT_RELATIONS:
            continue
        heads = _header_above(anchor, lines)
        if not heads or not any(lab == "关系" and _x_share(anchor, h) > 0.5 for lab, h in heads):
            continue  # a 本人 that stands in no table's relation column
        for cell in _band(anchor, lines):
            if cell is anchor:
                continue
            lab, head = max(heads, key=lambda p: _x_share(cell, p[1]) + _x_share(p[1], cell))
            lab = AS_HOUSEHOLD.get(lab, lab)
            if _x_share(cell, head) + _x_share(head, cell) < 0.5 or lab in _NOT_THE_APPLICANTS:
                continue  # under no head: a head's text may be narrower than its values (身份证号码 over 18 digits)
            if lab not in HOUSEHOLD_LABELS.values():
                continue
            if lab in out:
                out[lab].value += cell.text  # a cell read as two texts side by side
            else:
                out[lab] = Reading(cell.text, cell.confidence, cell.page, cell.box, raw=cell.text)
        if out:
            return out
    return out
