"""Import of the national system's export (XLSX sheets 档案 + 家庭成员, or two CSV files).

Rows are validated with pandera (lazy: every failure of every row is collected). A bad row is
reported with its row number as the sheet shows it (header = row 1) and the reasons; it is never
silently dropped and never stops the good rows. Each household is stored as one ElectronicRecord of
this import, with ``changes`` against the previous import that held the same 职工编号.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
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

READ_CHUNK = 2000  # rows of a sheet validated and turned into records at a time


def _csv_pair(path: Path) -> tuple[Path, Path]:
    stem = re.sub(rf"_({HOUSEHOLD_SHEET}|{MEMBER_SHEET})$", "", path.stem)
    return path.with_name(f"{stem}_{HOUSEHOLD_SHEET}.csv"), path.with_name(f"{stem}_{MEMBER_SHEET}.csv")


_BLANK = frozenset({"", "nan", "NaN", "NAN"})


def _cell_text(value: Any) -> str | None:
    """A cell as the text the export meant (an integral float is written without ".0"; 18-digit numbers
    are text in the national export, so no precision is lost here); blank is None. Called for every
    cell of a city's export: text cells take the first branch."""
    if type(value) is str:
        text = value.strip()
    elif value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    elif isinstance(value, float):
        text = str(int(value)) if value.is_integer() else str(value)
    elif isinstance(value, datetime):
        text = value.isoformat(sep=" ")
    elif isinstance(value, date | time):
        text = value.isoformat()
    else:
        text = str(value).strip()
    if "\u3000" in text:
        text = text.replace("\u3000", "")
    return None if text in _BLANK else text


class ExportSource:
    """The two sheets of an export, read a chunk of rows at a time (a city's export is never held whole).

    XLSX/XLS are read with python-calamine directly (Rust; pandas' read_excel on top of it took 36 s
    for a 100,000-row sheet that calamine iterates in 2 s); CSV pairs with pandas' chunked reader.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        suffix = self.path.suffix.lower()
        self.sheets: dict[str, Any] = {}
        self._parsed: dict[str, Any] = {}
        try:
            if suffix in {".xlsx", ".xlsm", ".xls"}:
                self._open_workbook()
            elif suffix == ".csv" or self.path.is_dir() or not suffix:
                self._open_csv()
            else:
                raise InputFileError(f"不支持的电子档案格式 (expected .xlsx or .csv): {self.path.name}")
            self.headers = {name: self._header(name) for name in (HOUSEHOLD_SHEET, MEMBER_SHEET)}
        except InputFileError:
            raise
        except Exception as exc:
            raise InputFileError(f"电子档案文件无法读取 ({self.path.name}): {type(exc).__name__}: {exc}") from exc

    def _open_workbook(self) -> None:
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_path(str(self.path))
        names = list(book.sheet_names)
        if not names:
            raise InputFileError(f"电子档案文件没有工作表: {self.path}")
        hh = HOUSEHOLD_SHEET if HOUSEHOLD_SHEET in names else names[0]
        mem = MEMBER_SHEET if MEMBER_SHEET in names else (names[1] if len(names) > 1 else None)
        self.sheets = {HOUSEHOLD_SHEET: (book, hh), MEMBER_SHEET: (book, mem) if mem else None}

    def _open_csv(self) -> None:
        hh, mem = _csv_pair(self.path if self.path.suffix else self.path.with_suffix(".csv"))
        if not hh.exists():
            raise InputFileError(f"找不到 {hh.name} (the household CSV is missing)")
        self.sheets = {HOUSEHOLD_SHEET: hh, MEMBER_SHEET: mem if mem.exists() else None}

    def _raw_rows(self, sheet: str) -> Iterator[list[Any]]:
        """Every row of the sheet as the reader gives it, the header first."""
        where = self.sheets[sheet]
        if where is None:
            yield [KEY]
        elif isinstance(where, Path):
            with where.open(encoding="utf-8-sig", newline="") as fh:
                yield from csv.reader(fh)
        else:
            yield from self._sheet(*where).iter_rows()

    def _sheet(self, book: Any, name: str) -> Any:
        """calamine parses a sheet on each ``get_sheet_by_name``: once per sheet, kept (its cells live in
        Rust, a fraction of the memory of Python strings)."""
        if name not in self._parsed:
            self._parsed[name] = book.get_sheet_by_name(name)
        return self._parsed[name]

    def _header(self, sheet: str) -> list[str]:
        for row in self._raw_rows(sheet):
            return [_cell_text(c) or "" for c in row]
        return [KEY] if sheet == MEMBER_SHEET else []

    def column(self, sheet: str, at: int) -> Iterator[str | None]:
        """One column's cells below the header (a cheap first pass over the keys)."""
        rows = self._raw_rows(sheet)
        next(rows, None)
        for row in rows:
            yield _cell_text(row[at]) if at < len(row) else None

    def chunks(self, sheet: str, size: int = READ_CHUNK) -> Iterator[pd.DataFrame]:
        """The sheet's rows ``size`` at a time, raw headers as columns, indexed by row position (sheet
        row − 2: the header is row 1); blank rows are skipped but keep their numbers."""
        header = self.headers[sheet]
        width = len(header)
        rows: list[list[str | None]] = []
        positions: list[int] = []
        rows_in = self._raw_rows(sheet)
        next(rows_in, None)
        for pos, raw in enumerate(rows_in):
            row = [_cell_text(v) for v in raw]
            if not any(row):
                continue
            rows.append((row + [None] * width)[:width])
            positions.append(pos)
            if len(rows) == size:
                yield pd.DataFrame(rows, columns=range(width), index=positions, dtype=object)
                rows, positions = [], []
        if rows:
            yield pd.DataFrame(rows, columns=range(width), index=positions, dtype=object)


def _column_map(header: list[str], unknown: list[str]) -> dict[int, str]:
    """Column position -> canonical label (the first column wins when two carry one label)."""
    mapping: dict[int, str] = {}
    for i, col in enumerate(header):
        name = str(col).strip()
        if not name:
            continue
        canon = canonical_label(name)
        if canon is None:
            unknown.append(name)
            canon = name
        if canon not in mapping.values():
            mapping[i] = canon
    return mapping


def _canonical(df: pd.DataFrame, mapping: dict[int, str]) -> pd.DataFrame:
    return df[list(mapping)].rename(columns=mapping)


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
    return pa.DataFrameSchema(cols)  # duplicate 职工编号 are found in the keys pass, across chunks


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


class _MemberSpill:
    """Accepted member rows by 职工编号 in a private on-disk SQLite file (deleted when closed): members
    are fetched for each chunk of households, whatever the member sheet's order, without holding the
    sheet in memory. (The standard library's sqlite3: a sort/merge by hand would be more code.)"""

    def __init__(self) -> None:
        self.db = sqlite3.connect("")  # "" = a temporary on-disk database
        self.db.execute("CREATE TABLE m (no TEXT, pos INTEGER, rec TEXT)")

    def add(self, rows: list[tuple[str, int, dict[str, Any]]]) -> None:
        self.db.executemany("INSERT INTO m VALUES (?, ?, ?)",
                            [(no, pos, json.dumps(rec, ensure_ascii=False)) for no, pos, rec in rows])

    def index(self) -> None:
        self.db.execute("CREATE INDEX m_no ON m (no, pos)")

    def of(self, nos: list[str]) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for start in range(0, len(nos), 500):
            part = nos[start : start + 500]
            marks = ",".join("?" * len(part))
            for no, rec in self.db.execute(f"SELECT no, rec FROM m WHERE no IN ({marks}) ORDER BY no, pos", part):
                out[no].append(json.loads(rec))
        return out


@dataclass
class PreparedExport:
    """An export whose member sheet is validated and put aside by 职工编号; ``records()`` then reads the
    household sheet a chunk at a time, validates it and builds the households, so a city-wide export
    is never held whole. ``bad_rows`` is complete once ``records()`` has run to its end."""

    source: ExportSource
    household_columns: dict[int, str]
    duplicates: set[str]  # 职工编号 on more than one household row
    member_faults: dict[str, list[int]]  # 职工编号 -> sheet rows of its members that were not imported
    members: _MemberSpill
    bad_rows: list[BadRow]
    unknown_columns: list[str]
    members_ok: int
    coverage: dict[str, list[str]]

    def records(self, size: int = READ_CHUNK) -> Iterator[dict[str, dict[str, Any]]]:
        """Households in sheet order, ``size`` rows of the sheet at a time (职工编号 -> record)."""
        covered = {sheet: frozenset(cols) for sheet, cols in self.coverage.items()}
        cols = list(self.household_columns.values())
        schema = _schema(cols, members=False)
        for chunk in self.source.chunks(HOUSEHOLD_SHEET, size):
            df = _canonical(chunk, self.household_columns)
            failures = _failures(df, schema)
            rows: dict[str, dict[str, Any]] = {}
            for pos, row in zip(df.index, df.itertuples(index=False, name=None), strict=True):
                rec = dict(zip(cols, row, strict=True))
                if self._rejected(int(pos), rec.get(KEY), failures.get(int(pos), [])):
                    continue
                data = {c: _typed(c, v) for c, v in rec.items() if v is not None}
                if rec.get(CAUSES_LABEL) is not None:
                    data[CAUSES_LABEL] = _split_causes(rec[CAUSES_LABEL])
                rows[str(rec[KEY])] = {"单位": data.get("单位"), "data": data, "coverage": covered}
            members = self.members.of(list(rows))
            for no, household in rows.items():
                household["members"] = members.get(no, [])
            yield rows
        self.bad_rows.sort(key=lambda b: (b.sheet != HOUSEHOLD_SHEET, b.row))
        self.members.db.close()

    def _rejected(self, pos: int, no: str | None, reasons: list[str]) -> bool:
        """Record the row's faults (if any); True when the household is not imported."""
        reasons = list(reasons)
        if no is not None and no in self.duplicates:
            reasons.append(f"{KEY}重复")
        if no is not None and no in self.member_faults:
            reasons.append("家庭成员表第 " + "、".join(map(str, self.member_faults[no])) + " 行有误")
        if not reasons:
            return False
        soft = all(_is_soft(r) for r in reasons)
        self.bad_rows.append(BadRow(HOUSEHOLD_SHEET, pos + 2, no, reasons, stored=soft))
        return not soft


def _household_keys(source: ExportSource, key_at: int | None) -> tuple[frozenset[str], set[str]]:
    """Every 职工编号 of the household sheet, and those on more than one row (first pass: keys only)."""
    seen: set[str] = set()
    twice: set[str] = set()
    if key_at is None:
        return frozenset(), twice
    for no in source.column(HOUSEHOLD_SHEET, key_at):
        if no is not None:
            (twice if no in seen else seen).add(no)
    return frozenset(seen), twice


def _spill_members(source: ExportSource, mapping: dict[int, str], known: frozenset[str],
                   bad: list[BadRow]) -> tuple[_MemberSpill, dict[str, list[int]], int]:
    """Validate the member sheet chunk by chunk; accepted members go to the spill, faults to ``bad``."""
    spill, faults, accepted = _MemberSpill(), defaultdict(list), 0
    cols = list(mapping.values())
    mem_cols = [c for c in cols if c != KEY]
    schema = _schema(cols, members=True, known_nos=known)
    if KEY in cols:
        for chunk in source.chunks(MEMBER_SHEET):
            df = _canonical(chunk, mapping)
            failures = _failures(df, schema)
            keep: list[tuple[str, int, dict[str, Any]]] = []
            for pos, row in zip(df.index, df.itertuples(index=False, name=None), strict=True):
                rec = dict(zip(cols, row, strict=True))
                no, reasons = rec[KEY], failures.get(int(pos), [])
                soft = all(_is_soft(r) for r in reasons)
                if reasons:
                    bad.append(BadRow(MEMBER_SHEET, int(pos) + 2, no, reasons, stored=soft))
                if reasons and not soft:
                    if no is not None:
                        faults[str(no)].append(int(pos) + 2)
                    continue
                keep.append((str(no), int(pos), {c: _typed(c, rec[c]) for c in mem_cols if rec[c] is not None}))
            spill.add(keep)
            accepted += len(keep)
    spill.index()
    return spill, dict(faults), accepted


def prepare_export(path: str | Path) -> PreparedExport:
    """Open an export, check the member sheet and the household keys; households are read later, by chunk."""
    source = ExportSource(path)
    unknown: list[str] = []
    hh_map = _column_map(source.headers[HOUSEHOLD_SHEET], unknown)
    mem_map = _column_map(source.headers[MEMBER_SHEET], unknown)
    if KEY not in hh_map.values():
        raise InputFileError(f"档案表缺少 {KEY} 列 (no 职工编号 column)")
    key_at = next(i for i, c in hh_map.items() if c == KEY)
    known, duplicates = _household_keys(source, key_at)
    bad: list[BadRow] = []
    spill, faults, members_ok = _spill_members(source, mem_map, known, bad)
    return PreparedExport(source=source, household_columns=hh_map, duplicates=duplicates, member_faults=faults,
                          members=spill, bad_rows=bad, unknown_columns=unknown, members_ok=members_ok,
                          coverage=export_coverage(list(hh_map.values()), list(mem_map.values())))


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


IMPORT_CHUNK = READ_CHUNK  # households built, compared with their previous records and inserted at a time


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

    The sheets are read, validated, built and inserted ``IMPORT_CHUNK`` rows at a time (memory stays
    bounded whatever the export's size), in one transaction: an import is stored whole or not at all.
    """
    p = Path(path)
    parsed = prepare_export(p)

    def run(s: Session) -> ImportReport:
        imp = ElectronicImport(source=str(p), sha256=_sha256(p), rows_ok=0, rows_bad=0, actor=actor,
                               coverage=parsed.coverage)
        s.add(imp)
        s.flush()
        imp_id, sha = imp.id, imp.sha256
        changed = new = rows_ok = 0
        for records in parsed.records(IMPORT_CHUNK):
            c, n = _store_chunk(s, imp_id, records)
            changed, new, rows_ok = changed + c, new + n, rows_ok + len(records)
        rows_bad = sum(1 for b in parsed.bad_rows if b.sheet == HOUSEHOLD_SHEET and not b.stored)
        imp.rows_ok, imp.rows_bad = rows_ok, rows_bad
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
