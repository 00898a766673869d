"""Import of the national system's export (XLSX sheets 档案 + 家庭成员, or two CSV files).

Rows are validated with pandera (lazy: every failure of every row is collected). A bad row is
reported with its row number as the sheet shows it (header = row 1) and the reasons; it is never
silently dropped and never stops the good rows. Each household is stored as one ElectronicRecord of
this import, with ``changes`` against the previous import that held the same 职工编号.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.pandas as pa
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from dangan.errors import InputFileError
from dangan.reconcile.normal import (
    CAUSES_LABEL,
    COUNT_LABELS,
    DATE_LABELS,
    MONEY_LABELS,
    causes_set,
    is_blank,
    to_date,
    to_number,
)
from dangan.schemas.labels import HOUSEHOLD_LABELS, MEMBER_LABELS, canonical_label
from dangan.schemas.validators import normalise_id_number, parse_id_number
from dangan.storage.db import ElectronicImport, ElectronicRecord, record_event, session_scope

HOUSEHOLD_SHEET = "档案"
MEMBER_SHEET = "家庭成员"
KEY = "职工编号"
NUMERIC = MONEY_LABELS | COUNT_LABELS
ID_INVALID = "身份证号无效（位数、出生日期或校验码）"
NOT_A_DATE = "不是日期"


def _is_soft(reason: str) -> bool:
    """A wrong 身份证号 or date is what reconciliation must report, so such a row is still imported.

    Rows that cannot be keyed (no or duplicate 职工编号) or whose amounts are unusable are not.
    """
    return reason == ID_INVALID or reason.endswith(NOT_A_DATE)


@dataclass
class BadRow:
    sheet: str
    row: int  # as the sheet shows it: header is row 1
    archive_no: str | None
    reasons: list[str]
    stored: bool = False  # data-quality faults only: imported, and the rules report them as findings

    def to_dict(self) -> dict[str, Any]:
        return {"表": self.sheet, "行": self.row, "职工编号": self.archive_no, "原因": "；".join(self.reasons),
                "已导入": self.stored}


@dataclass
class ParsedExport:
    records: dict[str, dict[str, Any]]  # 职工编号 -> {"单位", "data", "members", "coverage"}
    bad_rows: list[BadRow]
    unknown_columns: list[str]
    members_ok: int = 0
    coverage: dict[str, list[str]] = field(default_factory=dict)  # sheet -> schema fields the export carries

    @property
    def lacking(self) -> list[str]:
        return lacking_fields(self.coverage)


def export_coverage(household_columns: list[str], member_columns: list[str]) -> dict[str, list[str]]:
    """Which schema fields an export carries, per sheet: a column it lacks is not a blank value."""
    known_hh = set(HOUSEHOLD_LABELS.values())
    known_mem = set(MEMBER_LABELS.values())
    return {HOUSEHOLD_SHEET: [c for c in household_columns if c in known_hh],
            MEMBER_SHEET: [c for c in member_columns if c in known_mem]}


def lacking_fields(coverage: dict[str, Any] | None) -> list[str]:
    """Schema fields an export lacks ("电子档案未包含: …"), household sheet first, member fields as 家庭成员.X."""
    if not coverage:
        return []
    have_hh, have_mem = set(coverage.get(HOUSEHOLD_SHEET) or []), set(coverage.get(MEMBER_SHEET) or [])
    out = [v for v in HOUSEHOLD_LABELS.values() if v not in have_hh and v not in (KEY, "单位")]
    out += [f"{MEMBER_SHEET}.{v}" for v in MEMBER_LABELS.values() if v not in have_mem and v != KEY]
    return out


@dataclass
class ImportReport:
    import_id: int | None
    source: str
    sha256: str
    rows_ok: int
    rows_bad: int
    members_ok: int
    changed: int
    new: int
    bad_rows: list[BadRow] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "import_id": self.import_id,
            "source": self.source,
            "rows_ok": self.rows_ok,
            "rows_bad": self.rows_bad,
            "members_ok": self.members_ok,
            "changed": self.changed,
            "new": self.new,
            "bad_rows": [b.to_dict() for b in self.bad_rows],
            "unknown_columns": self.unknown_columns,
        }


# -- reading ------------------------------------------------------------------------------------


def _csv_pair(path: Path) -> tuple[Path, Path]:
    stem = re.sub(rf"_({HOUSEHOLD_SHEET}|{MEMBER_SHEET})$", "", path.stem)
    return path.with_name(f"{stem}_{HOUSEHOLD_SHEET}.csv"), path.with_name(f"{stem}_{MEMBER_SHEET}.csv")


def excel_engine() -> str | None:
    """calamine (Rust) reads a 100,000-household export many times faster than openpyxl; openpyxl
    (pandas' default) only when python-calamine is not installed."""
    try:
        import python_calamine  # noqa: F401
    except ImportError:
        return None
    return "calamine"


def read_tables(path: str | Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The two tables as text (18-digit numbers must not pass through float); InputFileError if unreadable."""
    p = Path(path)
    try:
        if p.suffix.lower() in {".xlsx", ".xlsm", ".xls"}:
            sheets = pd.read_excel(p, sheet_name=None, dtype=str, engine=excel_engine())
            names = list(sheets)
            if not names:
                raise InputFileError(f"电子档案文件没有工作表: {p}")
            hh = sheets.get(HOUSEHOLD_SHEET, sheets[names[0]])
            mem = sheets.get(MEMBER_SHEET)
            if mem is None:
                mem = sheets[names[1]] if len(names) > 1 else pd.DataFrame(columns=[KEY])
            return hh, mem
        if p.suffix.lower() == ".csv" or p.is_dir() or not p.suffix:
            hh_path, mem_path = _csv_pair(p if p.suffix else p.with_suffix(".csv"))
            if not hh_path.exists():
                raise InputFileError(f"找不到 {hh_path.name} (the household CSV is missing)")
            hh = pd.read_csv(hh_path, dtype=str, encoding="utf-8-sig", keep_default_na=False)
            mem = (
                pd.read_csv(mem_path, dtype=str, encoding="utf-8-sig", keep_default_na=False)
                if mem_path.exists()
                else pd.DataFrame(columns=[KEY])
            )
            return hh, mem
    except InputFileError:
        raise
    except Exception as exc:
        raise InputFileError(f"电子档案文件无法读取 ({p.name}): {type(exc).__name__}: {exc}") from exc
    raise InputFileError(f"不支持的电子档案格式 (expected .xlsx or .csv): {p.name}")


def _canonical_columns(df: pd.DataFrame, unknown: list[str]) -> pd.DataFrame:
    mapping: dict[str, str] = {}
    for col in df.columns:
        name = str(col).strip()
        canon = canonical_label(name)
        if canon is None:
            unknown.append(name)
            canon = name
        if canon in mapping.values():  # two columns for one label: keep the first
            continue
        mapping[col] = canon
    out = df[list(mapping)].rename(columns=mapping).astype(object).map(_clean).astype(object)
    return out.where(out.notna(), None)


def _clean(value: Any) -> Any:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    s = str(value).strip().replace("\u3000", "")
    return None if s == "" or s.lower() == "nan" else s


# -- validation ---------------------------------------------------------------------------------


def _ok_number(v: Any, minimum: float = 0.0) -> bool:
    if v is None:
        return True
    n = to_number(v)
    return n is not None and n >= minimum


def _ok_id(v: Any) -> bool:
    if v is None:
        return True
    try:
        parse_id_number(str(v))
    except ValueError:
        return False
    return True


def _schema(columns: list[str], *, members: bool, known_nos: frozenset[str] | None = None) -> pa.DataFrameSchema:
    cols: dict[str, pa.Column] = {
        KEY: pa.Column(
            object,
            nullable=False,
            checks=[]
            if not members or known_nos is None
            else [pa.Check(lambda v: v in known_nos, element_wise=True, error="职工编号在档案表中不存在")],
        )
    }
    for c in columns:
        if c == KEY:
            continue
        checks: list[pa.Check] = []
        if c == "身份证号":
            checks.append(pa.Check(_ok_id, element_wise=True, error=ID_INVALID))
        elif c == "家庭人口":
            checks.append(pa.Check(lambda v: _ok_number(v, 1.0), element_wise=True, error="家庭人口应为≥1的数字"))
        elif c in NUMERIC:
            checks.append(pa.Check(_ok_number, element_wise=True, error=f"{c}应为非负数字"))
        elif c in DATE_LABELS:
            checks.append(
                pa.Check(lambda v: v is None or to_date(v) is not None, element_wise=True,
                         error=f"{c}{NOT_A_DATE}")
            )
        if checks:
            cols[c] = pa.Column(object, nullable=True, checks=checks)
    return pa.DataFrameSchema(cols, unique=None if members else [KEY], report_duplicates="all")


_CHECK_TEXT = {"not_nullable": "为空", "field_uniqueness": "重复", "multiple_fields_uniqueness": "重复"}


def _failures(df: pd.DataFrame, schema: pa.DataFrameSchema) -> dict[int, list[str]]:
    """Row position -> reasons (Chinese), from pandera's lazy failure cases."""
    try:
        schema.validate(df, lazy=True)
    except pa.errors.SchemaErrors as exc:
        out: dict[int, list[str]] = defaultdict(list)
        for case in exc.failure_cases.itertuples(index=False):
            idx = case.index
            if idx is None or (isinstance(idx, float) and math.isnan(idx)):
                continue
            check = str(case.check)
            column = str(case.column) if case.column is not None else KEY
            if check in _CHECK_TEXT:
                reason = f"{column}{_CHECK_TEXT[check]}"
            elif check.startswith(("unique", "field_uniqueness")) or "unique" in check:
                reason = f"{column}重复"
            else:
                reason = check
            if reason not in out[int(idx)]:
                out[int(idx)].append(reason)
        return out
    return {}


# -- parsing ------------------------------------------------------------------------------------


def _typed(label: str, value: Any) -> Any:
    if value is None:
        return None
    if label in NUMERIC:
        n = to_number(value)
        if n is None:
            return value
        return int(n) if n.is_integer() else n
    if label in DATE_LABELS:
        return to_date(value) or value
    if label == CAUSES_LABEL:
        return sorted(causes_set(value)) if not isinstance(value, list) else value
    if label == "身份证号":
        return normalise_id_number(str(value))
    return value


def _split_causes(value: Any) -> list[str]:
    if is_blank(value):
        return []
    return [p for p in re.split(r"[,，、;；/\s]+", str(value)) if p]


@dataclass
class PreparedExport:
    """An export read and validated as a whole (uniqueness, members' 职工编号), its households not built yet:
    ``records()`` makes them a chunk at a time, so a city-wide export never holds every record's dict."""

    hh: pd.DataFrame
    mem: pd.DataFrame
    skip: set[int]  # household rows not imported (hard faults)
    members_at: dict[str, list[int]]  # 职工编号 -> rows of its accepted members, in sheet order
    bad_rows: list[BadRow]
    unknown_columns: list[str]
    members_ok: int
    coverage: dict[str, list[str]]

    def records(self, size: int = 2000) -> Iterator[dict[str, dict[str, Any]]]:
        """Households in sheet order, ``size`` rows of the sheet at a time (职工编号 -> record)."""
        cols = list(self.hh.columns)
        mem_cols = [c for c in self.mem.columns if c != KEY]
        covered = {HOUSEHOLD_SHEET: frozenset(self.coverage[HOUSEHOLD_SHEET]),
                   MEMBER_SHEET: frozenset(self.coverage[MEMBER_SHEET])}
        for start in range(0, len(self.hh), size):
            part = self.hh.iloc[start : start + size]
            keys = [str(no) for pos, no in enumerate(part[KEY], start) if pos not in self.skip]
            members = self._members(keys, mem_cols)
            out: dict[str, dict[str, Any]] = {}
            for pos, row in enumerate(part.itertuples(index=False, name=None), start):
                if pos in self.skip:
                    continue
                rec = dict(zip(cols, row, strict=True))
                data = {c: _typed(c, v) for c, v in rec.items() if v is not None}
                if CAUSES_LABEL in rec and rec[CAUSES_LABEL] is not None:
                    data[CAUSES_LABEL] = _split_causes(rec[CAUSES_LABEL])
                no = str(rec.get(KEY))
                out[no] = {"单位": data.get("单位"), "data": data, "members": members.get(no, []), "coverage": covered}
            yield out

    def _members(self, keys: list[str], mem_cols: list[str]) -> dict[str, list[dict[str, Any]]]:
        rows = [pos for no in keys for pos in self.members_at.get(no, ())]
        out: dict[str, list[dict[str, Any]]] = defaultdict(list)
        if not rows:
            return out
        cols = list(self.mem.columns)
        for row in self.mem.iloc[rows].itertuples(index=False, name=None):
            rec = dict(zip(cols, row, strict=True))
            out[str(rec[KEY])].append({c: _typed(c, rec[c]) for c in mem_cols if rec[c] is not None})
        return out


def prepare_export(path: str | Path) -> PreparedExport:
    """Read and validate an export (every bad row with its reasons); records are built later, by chunk."""
    raw_hh, raw_mem = read_tables(path)
    unknown: list[str] = []
    hh = _canonical_columns(raw_hh, unknown)
    mem = _canonical_columns(raw_mem, unknown) if len(raw_mem.columns) else pd.DataFrame({KEY: []})
    del raw_hh, raw_mem
    if KEY not in hh.columns:
        raise InputFileError(f"档案表缺少 {KEY} 列 (no 职工编号 column)")
    hh = hh.reset_index(drop=True)
    mem = mem.reset_index(drop=True)
    bad: list[BadRow] = []

    hh_fail = _failures(hh, _schema(list(hh.columns), members=False))
    known = frozenset(str(v) for v in hh[KEY] if v is not None)
    if KEY in mem.columns:
        mem_fail = _failures(mem, _schema(list(mem.columns), members=True, known_nos=known))
    else:
        mem_fail = {}
    del known
    bad_by_no: dict[str, list[int]] = defaultdict(list)
    rejected_members: set[int] = set()
    for pos, reasons in sorted(mem_fail.items()):
        no = mem.at[pos, KEY] if KEY in mem.columns else None
        soft = all(_is_soft(r) for r in reasons)
        bad.append(BadRow(MEMBER_SHEET, pos + 2, no, reasons, stored=soft))
        if not soft:
            rejected_members.add(pos)
            if no is not None:
                bad_by_no[str(no)].append(pos + 2)

    members_at: dict[str, list[int]] = defaultdict(list)
    if KEY in mem.columns:
        for pos, no in enumerate(mem[KEY]):
            if pos not in rejected_members:
                members_at[str(no)].append(pos)
    skip: set[int] = set()
    for pos, no in enumerate(hh[KEY]):
        reasons = list(hh_fail.get(pos, []))
        if no is not None and str(no) in bad_by_no:
            reasons.append("家庭成员表第 " + "、".join(map(str, bad_by_no[str(no)])) + " 行有误")
        if reasons:
            soft = all(_is_soft(r) for r in reasons)
            bad.append(BadRow(HOUSEHOLD_SHEET, pos + 2, no, reasons, stored=soft))
            if not soft:
                skip.add(pos)
    bad.sort(key=lambda b: (b.sheet != HOUSEHOLD_SHEET, b.row))
    return PreparedExport(hh=hh, mem=mem, skip=skip, members_at=members_at, bad_rows=bad, unknown_columns=unknown,
                          members_ok=sum(map(len, members_at.values())),
                          coverage=export_coverage(list(hh.columns), list(mem.columns)))


def parse_electronic(path: str | Path) -> ParsedExport:
    """Read and validate an export without touching the database (the local reconcile path uses this)."""
    prep = prepare_export(path)
    records: dict[str, dict[str, Any]] = {}
    for part in prep.records():
        records.update(part)
    return ParsedExport(records=records, bad_rows=prep.bad_rows, unknown_columns=prep.unknown_columns,
                        members_ok=prep.members_ok, coverage=prep.coverage)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    files = [path] if path.suffix.lower() != ".csv" else [p for p in _csv_pair(path) if p.exists()]
    for f in files:
        with f.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
    return h.hexdigest()


def _diff(old: dict[str, Any], new: dict[str, Any], old_members: list[Any], new_members: list[Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for label in dict.fromkeys([*old, *new]):
        if old.get(label) != new.get(label):
            changes[label] = [old.get(label), new.get(label)]
    if old_members != new_members:
        changes[MEMBER_SHEET] = [old_members, new_members]
    return changes


def previous_records(session: Session, archive_nos: set[str], before_import: int) -> dict[str, ElectronicRecord]:
    """The newest earlier record of each of these households (asked 500 at a time, never the whole table)."""
    out: dict[str, ElectronicRecord] = {}
    nos = sorted(archive_nos)
    for start in range(0, len(nos), 500):
        chunk = nos[start : start + 500]
        latest = (
            select(ElectronicRecord.archive_no, func.max(ElectronicRecord.import_id).label("imp"))
            .where(ElectronicRecord.import_id < before_import, ElectronicRecord.archive_no.in_(chunk))
            .group_by(ElectronicRecord.archive_no)
            .subquery()
        )
        stmt = select(ElectronicRecord).join(
            latest,
            (ElectronicRecord.archive_no == latest.c.archive_no) & (ElectronicRecord.import_id == latest.c.imp),
        )
        out.update((r.archive_no, r) for r in session.scalars(stmt))
    return out


IMPORT_CHUNK = 2000  # households built, compared with their previous records and inserted at a time


def _store_chunk(s: Session, import_id: int, records: dict[str, dict[str, Any]]) -> tuple[int, int]:
    """Insert one chunk of households (one executemany), each with its changes against the previous import."""
    prev = previous_records(s, set(records), import_id)
    changed = new = 0
    rows: list[dict[str, Any]] = []
    for no, rec in records.items():
        old = prev.get(no)
        changes = None
        if old is None:
            new += 1
        else:
            changes = _diff(old.data or {}, rec["data"], old.members or [], rec["members"])
            changed += bool(changes)
        rows.append({"import_id": import_id, "archive_no": no, "unit": rec["单位"], "data": rec["data"],
                     "members": rec["members"], "changes": changes})
    if rows:
        s.execute(insert(ElectronicRecord), rows)
    for r in prev.values():  # the previous records of this chunk are not needed again
        s.expunge(r)
    return changed, new


def import_electronic(path: str | Path, actor: str = "system", *, session: Session | None = None) -> ImportReport:
    """Validate and store one export; returns counts, bad rows and how many households changed.

    Households are built and inserted ``IMPORT_CHUNK`` at a time (memory stays bounded whatever the
    export's size), in one transaction: an import is stored whole or not at all.
    """
    p = Path(path)
    parsed = prepare_export(p)

    def run(s: Session) -> ImportReport:
        imp = ElectronicImport(
            source=str(p), sha256=_sha256(p), rows_ok=0,
            rows_bad=sum(1 for b in parsed.bad_rows if b.sheet == HOUSEHOLD_SHEET and not b.stored), actor=actor,
            coverage=parsed.coverage,
        )
        s.add(imp)
        s.flush()
        imp_id, rows_bad, sha = imp.id, imp.rows_bad, imp.sha256
        changed = new = rows_ok = 0
        for records in parsed.records(IMPORT_CHUNK):
            c, n = _store_chunk(s, imp_id, records)
            changed, new, rows_ok = changed + c, new + n, rows_ok + len(records)
        imp.rows_ok = rows_ok
        record_event(s, "imported", actor=actor, import_id=imp_id, source=str(p), rows_ok=rows_ok,
                     rows_bad=rows_bad, new=new, changed=changed,
                     bad_rows=[b.to_dict() for b in parsed.bad_rows[:200]])
        s.flush()
        return ImportReport(imp_id, str(p), sha, rows_ok, rows_bad, parsed.members_ok, changed, new,
                            parsed.bad_rows, parsed.unknown_columns)

    if session is not None:
        return run(session)
    with session_scope() as s:
        return run(s)


def _newest(
    what: Any, import_id: int | None, nos: Sequence[str] | None = None, span: tuple[str, str] | None = None,
) -> Any:
    """A select of ``what`` over the records compared: one import's, or the newest of each household;
    only of the households ``nos``, or of those whose 职工编号 lies in ``span`` (first, last), when given."""
    where: list[Any] = []
    if nos is not None:
        where.append(ElectronicRecord.archive_no.in_(nos))
    if span is not None:
        where.append(ElectronicRecord.archive_no.between(*span))
    if import_id is not None:
        return select(what).where(ElectronicRecord.import_id == import_id, *where)
    latest = (
        select(ElectronicRecord.archive_no, func.max(ElectronicRecord.import_id).label("imp"))
        .where(*where)
        .group_by(ElectronicRecord.archive_no)
        .subquery()
    )
    return select(what).join(
        latest,
        (ElectronicRecord.archive_no == latest.c.archive_no) & (ElectronicRecord.import_id == latest.c.imp),
    )


def latest_electronic(
    session: Session, import_id: int | None = None, archive_nos: Sequence[str] | None = None,
) -> dict[str, dict[str, Any]]:
    """Households as the electronic system has them: one import, or the newest record of each household
    (of ``archive_nos`` only, when given: a drive is reconciled a batch of households at a time)."""
    if archive_nos is None:
        records = list(session.scalars(_newest(ElectronicRecord, import_id)))
    else:
        nos = list(archive_nos)
        records = [r for i in range(0, len(nos), 1000)
                   for r in session.scalars(_newest(ElectronicRecord, import_id, nos[i : i + 1000]))]
    coverage = _coverage_by_import(session, {r.import_id for r in records})
    return {r.archive_no: {"单位": r.unit, "data": r.data or {}, "members": r.members or [],
                           "coverage": coverage.get(r.import_id)} for r in records}


def latest_units(
    session: Session, import_id: int | None = None, span: tuple[str, str] | None = None,
) -> list[tuple[str, str | None]]:
    """(职工编号, 单位) of the records ``latest_electronic`` would compare: a drive's households without
    loading their data."""
    stmt = _newest(ElectronicRecord.archive_no, import_id, span=span).add_columns(ElectronicRecord.unit)
    return [(no, unit) for no, unit in session.execute(stmt)]


def _coverage_by_import(session: Session, import_ids: set[int]) -> dict[int, dict[str, frozenset[str]] | None]:
    """One shared frozenset per import and sheet (100,000 records must not hold 100,000 copies)."""
    out: dict[int, dict[str, frozenset[str]] | None] = {}
    if not import_ids:
        return out
    for imp_id, cov in session.execute(
        select(ElectronicImport.id, ElectronicImport.coverage).where(ElectronicImport.id.in_(import_ids))
    ):
        out[imp_id] = {k: frozenset(v or []) for k, v in cov.items()} if cov else None
    return out


def latest_coverage(session: Session) -> dict[str, list[str]] | None:
    """The coverage of the newest import that recorded one (what the report's cover states)."""
    for cov in session.scalars(select(ElectronicImport.coverage).order_by(ElectronicImport.id.desc())):
        if cov:  # JSON null and SQL NULL both mean "not recorded" (imports before migration 0003)
            return dict(cov)
    return None
