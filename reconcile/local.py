"""The whole path on local folders, no server: scans → extraction → paper records → findings.

Folder layout: one folder per household named by its 职工编号, possibly under a 单位 folder
(``scans/<单位>/<职工编号>/<file>``). Precomputed extraction results (``--extracted``, e.g. synth's
truth.jsonl) skip OCR; each line names its file by a path from which the household is read the same way.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from dangan.errors import InputFileError
from dangan.reconcile.compare import Finding, PaperHousehold
from dangan.reconcile.core import paper_from_extractions, reconcile
from dangan.reconcile.electronic import ParsedExport, parse_electronic
from dangan.reconcile.lifecycle import FindingRows, split_outputs
from dangan.reconcile.masking import mask_finding
from dangan.reconcile.ruleset import load

SCAN_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".tif", ".tiff", ".pdf", ".bmp", ".webp"})
CONTRACT_KEYS = ("职工编号", "单位", "kind", "field", "paper", "electronic", "detail")


def household_of(relpath: str | Path, root_name: str = "scans") -> tuple[str, str | None]:
    """(职工编号, 单位) from ``[scans/]<单位>/<职工编号>/<file>`` or ``<职工编号>/<file>``."""
    parts = [p for p in Path(relpath).parts if p not in ("", ".")]
    if len(parts) < 2:
        raise InputFileError(f"无法从路径判断职工编号 (no household folder in the path): {relpath}")
    archive_no = parts[-2]
    unit = parts[-3] if len(parts) >= 3 and parts[-3] != root_name else None
    return archive_no, unit


def iter_scan_files(scans: Path) -> Iterator[tuple[str, str | None, Path]]:
    if not scans.is_dir():
        raise InputFileError(f"扫描件目录不存在 (scans folder not found): {scans}")
    for path in sorted(scans.rglob("*")):
        if path.is_file() and path.suffix.lower() in SCAN_SUFFIXES:
            rel = path.relative_to(scans)
            if len(rel.parts) < 2:
                continue  # a loose file not in a household folder
            no, unit = household_of(rel, root_name=scans.name)
            yield no, unit, path


def load_extracted(path: Path) -> list[tuple[str, str | None, dict[str, Any]]]:
    """Extraction results from a JSONL file (synth truth.jsonl or a saved extraction run)."""
    out: list[tuple[str, str | None, dict[str, Any]]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputFileError(f"无法读取提取结果文件 {path}: {exc}") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputFileError(f"{path.name} 第 {n} 行不是 JSON: {exc}") from exc
        no = rec.get("职工编号")
        unit = rec.get("单位")
        if not no:
            no, unit_from_path = household_of(str(rec.get("file") or ""))
            unit = unit or unit_from_path
        out.append((str(no), unit, rec))
    return out


@dataclass
class LocalResult:
    """``findings`` holds findings only; the readings to verify and the export's gaps ride along on it
    (``findings.to_verify``, ``findings.lacking``) so every writer of findings keeps them apart."""

    findings: FindingRows
    paper: dict[str, PaperHousehold]
    electronic: ParsedExport
    files: int
    failed: list[tuple[str, str]] = field(default_factory=list)
    scope: set[str] | None = None  # households compared (--only-scanned: those with scans); None: all

    @property
    def households(self) -> int:
        return len(self.scope if self.scope is not None else set(self.paper) | set(self.electronic.records))

    def households_by_unit(self) -> dict[str, int]:
        """Households reconciled, each once, under the export's unit (else the scans folder's)."""
        units: dict[str, str | None] = {no: rec.get("单位") for no, rec in self.electronic.records.items()
                                        if self.scope is None or no in self.scope}
        for no, ph in self.paper.items():
            units.setdefault(no, ph.unit)
        return dict(Counter((u or "") for u in units.values()))

    @property
    def to_verify(self) -> list[Finding]:
        return self.findings.to_verify

    def counts(self) -> dict[str, int]:
        return dict(Counter(f["kind"] for f in self.findings))


def extract_folders(
    scans: Path, engine: str, progress: Callable[[int, int, str], None] | None = None, workers: int = 2
) -> tuple[list[tuple[str, str | None, dict[str, Any]]], list[tuple[str, str]]]:
    """Every scan of ``scans`` read by the same steps as ``dangan extract`` (``extract_many``: its worker
    processes and its household step), each result keyed by its household; one unreadable scan is reported
    and the household's other files still count."""
    from dangan.extractors.pipeline import extract_many

    files = list(iter_scan_files(scans))
    household = {str(path): (no, unit) for no, unit, path in files}
    results: list[tuple[str, str | None, dict[str, Any]]] = []
    failed: list[tuple[str, str]] = []
    for i, (path, output, error) in enumerate(extract_many([p for _n, _u, p in files], engine, workers), 1):
        if output is None:
            failed.append((path, error or "unreadable"))
        else:
            results.append((*household[path], output.result))
        if progress:
            progress(i, len(files), str(Path(path).relative_to(scans)))
    return results, failed


def run_local(
    electronic: Path,
    *,
    scans: Path | None = None,
    extracted: Path | None = None,
    rules: str = "national",
    engine: str = "rapidocr",
    as_of: date | None = None,
    only_scanned: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
    workers: int = 2,
) -> LocalResult:
    if scans is None and extracted is None:
        raise InputFileError("需要 --scans 或 --extracted 之一 (give scans or precomputed extraction results)")
    parsed = parse_electronic(electronic)
    failed: list[tuple[str, str]] = []
    if extracted is not None:
        triples = load_extracted(extracted)
    else:
        assert scans is not None
        triples, failed = extract_folders(scans, engine, progress, workers)
    paper = paper_from_extractions(triples)
    records = parsed.records
    if only_scanned:
        records = {no: r for no, r in records.items() if no in paper}
    found, readings = split_outputs(reconcile(paper, records, load(rules), as_of=as_of))
    rows = FindingRows(found, lacking=parsed.lacking, to_verify=readings)
    return LocalResult(rows, paper, parsed, len(triples), failed, set(paper) if only_scanned else None)


def _jsonable(value: Any) -> Any:
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def contract_finding(f: Finding, *, reveal_ids: bool = False) -> dict[str, Any]:
    """The contract's keys (plus ``rule`` when a rule made it), IDs masked unless revealed."""
    out = {k: f.get(k) for k in CONTRACT_KEYS}
    if f.get("rule"):
        out["rule"] = f["rule"]
    return out if reveal_ids else mask_finding(out)


def write_findings_jsonl(findings: list[Finding], out: Path, *, reveal_ids: bool = False) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for f in findings:
            fh.write(json.dumps(contract_finding(f, reveal_ids=reveal_ids), ensure_ascii=False, default=_jsonable))
            fh.write("\n")
    return out
