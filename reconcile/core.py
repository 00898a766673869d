"""One reconciliation over households already in memory: compare, rules, required materials.

Shared by the local command (folders + export file), the Prefect flow (database) and the benchmarks,
so all three find exactly the same things. Large runs are split over processes (fork: the workers
inherit the households, only their findings travel back); the cross-household check (the same
身份证号 in two archives) runs once over everything.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from dangan.reconcile.compare import Finding, PaperHousehold, compare_all, merge_paper
from dangan.reconcile.rules import check_households, duplicate_ids, identities
from dangan.reconcile.ruleset import Rules, load

PARALLEL_FROM = 20_000  # below this, starting processes costs more than it saves

_shared: dict[str, Any] = {}


def paper_from_extractions(
    extractions: Iterable[tuple[str, str | None, Mapping[str, Any]]],
) -> dict[str, PaperHousehold]:
    """(职工编号, 单位, extraction result) triples → one merged PaperHousehold per household."""
    grouped: dict[str, tuple[str | None, list[Mapping[str, Any]]]] = {}
    for no, unit, ex in extractions:
        entry = grouped.setdefault(no, (unit, []))
        entry[1].append(ex)
    return {no: merge_paper(no, unit, exs) for no, (unit, exs) in grouped.items()}


def _chunk(
    nos: list[str],
    paper: Mapping[str, PaperHousehold],
    electronic: Mapping[str, Mapping[str, Any]],
    rules: Rules,
    as_of: date | None,
) -> list[Finding]:
    p = {no: paper[no] for no in nos if no in paper}
    e = {no: electronic[no] for no in nos if no in electronic}
    mismatches = compare_all(p, e)
    counts = Counter(f["职工编号"] for f in mismatches if f["kind"] == "mismatch")  # readings to verify: not yet
    return mismatches + check_households(nos, p, e, rules, as_of=as_of, mismatch_counts=counts)


def _worker(bounds: tuple[int, int]) -> list[Finding]:
    s = _shared
    return _chunk(s["nos"][bounds[0] : bounds[1]], s["paper"], s["electronic"], s["rules"], s["as_of"])


def reconcile(
    paper: Mapping[str, PaperHousehold],
    electronic: Mapping[str, Mapping[str, Any]],
    rules: Rules | str = "national",
    *,
    as_of: date | None = None,
    workers: int | None = None,
    duplicates: bool = True,
) -> list[Finding]:
    """All findings: paper-vs-electronic mismatches, rule findings and missing materials.

    ``duplicates=False``: without the cross-household check (the same 身份证号 in two archives), for a
    caller that runs it once over the whole drive while reconciling it batch by batch.
    """
    rs = load(rules) if isinstance(rules, str) else rules
    as_of = as_of or date.today()
    nos = list(dict.fromkeys([*electronic.keys(), *paper.keys()]))
    n_workers = workers if workers is not None else (os.cpu_count() or 1)
    if n_workers > 1 and len(nos) >= PARALLEL_FROM and "fork" in multiprocessing.get_all_start_methods():
        _shared.update(nos=nos, paper=paper, electronic=electronic, rules=rs, as_of=as_of)
        step = -(-len(nos) // (n_workers * 4))
        bounds = [(i, min(i + step, len(nos))) for i in range(0, len(nos), step)]
        # gc.freeze: the workers' collector must not walk (and so copy) every inherited object
        gc.freeze()
        try:
            with multiprocessing.get_context("fork").Pool(n_workers) as pool:
                parts = pool.map(_worker, bounds, chunksize=1)
        finally:
            gc.unfreeze()
            _shared.clear()
        findings = [f for part in parts for f in part]
    else:
        findings = _chunk(nos, paper, electronic, rs, as_of)
    if duplicates:
        findings.extend(duplicate_ids(identities(nos, paper, electronic)))
    return findings
