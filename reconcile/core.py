"""One reconciliation over households already in memory: compare, rules, required materials.

Shared by the local command (folders + export file), the Prefect flow (database) and the benchmarks,
so all three find exactly the same things.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from dangan.reconcile.compare import Finding, PaperHousehold, compare_all, merge_paper
from dangan.reconcile.rules import check_all
from dangan.reconcile.ruleset import Rules, load


def paper_from_extractions(
    extractions: Iterable[tuple[str, str | None, Mapping[str, Any]]],
) -> dict[str, PaperHousehold]:
    """(职工编号, 单位, extraction result) triples → one merged PaperHousehold per household."""
    grouped: dict[str, tuple[str | None, list[Mapping[str, Any]]]] = {}
    for no, unit, ex in extractions:
        entry = grouped.setdefault(no, (unit, []))
        entry[1].append(ex)
    return {no: merge_paper(no, unit, exs) for no, (unit, exs) in grouped.items()}


def reconcile(
    paper: Mapping[str, PaperHousehold],
    electronic: Mapping[str, Mapping[str, Any]],
    rules: Rules | str = "national",
    *,
    as_of: date | None = None,
) -> list[Finding]:
    """All findings: paper-vs-electronic mismatches, rule findings and missing materials."""
    rs = load(rules) if isinstance(rules, str) else rules
    mismatches = compare_all(paper, electronic)
    counts = Counter(f["职工编号"] for f in mismatches)
    return mismatches + check_all(paper, electronic, rs, as_of=as_of, mismatch_counts=counts)
