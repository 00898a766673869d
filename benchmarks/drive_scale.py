"""A city drive through the store path: `import-electronic` + `reconcile-store` of 10,000 and 100,000 households.

    .venv/bin/python benchmarks/drive_scale.py [--sizes 10000,100000] [--scan-share 0.1] [--seed 5]
                                               [--database sqlite|postgresql] [--naive-at 10000]

For each size, in a fresh database each time:

* **without scans**: the export is imported (``dangan.reconcile.electronic.import_electronic``) and the drive
  reconciled as ``dangan reconcile-store --rules hangzhou`` runs it (``flows.reconcile.reconcile_flow``, a
  Prefect flow with its temporary server); no household has papers, so every required material is missing.
* **with scans**: the same, after papers were put in the database for ``--scan-share`` of the households.
  LABELLED: those papers are *inserted directly* (households, documents, extracted_fields rows holding the
  synthetic paper truth at confidence 0.97), not scanned and read: OCR of 100,000 households is not what
  this measures. 2 % of the export's incomes differ from the paper, and a few export rows carry the
  householder ID of another archive (the cross-household duplicate check).

Each measured step runs in its own process; its peak memory is the largest sum over that process tree
(PSS and RSS, psutil, sampled every 0.2 s). The naive peer is the code before streaming (git
``--naive-rev``, laid out as the ``dangan`` package first on PYTHONPATH), measured in the same run on
the sizes up to ``--naive-at``. Targets: import + reconcile < 5 min, peak < 1.5 GB.

Households come from ``dangan.synth`` (a few hundred drawn households, copied with fresh 职工编号 and
fresh valid 身份证号 for every person), so the export has the national system's 61 + 28 columns.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
AS_OF = "2026-06-30"
RULES = "hangzhou"
TEMPLATES = 400
GB = 2**30
NAIVE_REV = "aeee1da"  # the store path before it streamed (import held every record, reconcile the drive)


# -- the drive ---------------------------------------------------------------------------------------


def _fresh_id(old: str, rng: random.Random, used: set[str]) -> str:
    """Another valid 身份证号 of the same place, birth date and sex (only the sequence number differs)."""
    from dangan.schemas.validators import id_check_digit

    for _ in range(2000):
        seq = f"{rng.randrange(100):02d}{rng.choice('13579' if int(old[16]) % 2 else '02468')}"
        first17 = old[:14] + seq
        new = first17 + id_check_digit(first17)
        if new not in used:
            used.add(new)
            return new
    raise RuntimeError(f"no unused ID left for {old[:14]}")


def households(n: int, seed: int) -> Iterator[dict[str, Any]]:
    """``n`` households in a fixed order (same n and seed, same households): paper truth and export record.

    Every 1000th export row carries the householder ID of the archive 500 rows before it (a duplicate
    across batches); 2 % of export rows state another 本人月平均收入 than the paper.
    """
    from dangan.synth.generate import electronic_record
    from dangan.synth.households import make_households

    templates = make_households(min(n, TEMPLATES), seed)
    used: set[str] = set()
    earlier: dict[int, str] = {}
    for i in range(n):
        t = templates[i % len(templates)]
        rng = random.Random(f"{seed}/{i}")
        ids = {p["身份证号"]: _fresh_id(p["身份证号"], rng, used) for p in [t.record, *t.members] if p.get("身份证号")}
        no = f"{t.unit.name}{2013 + i % 12}{i:06d}"
        paper = {**t.record, "职工编号": no, "身份证号": ids.get(t.record["身份证号"], t.record["身份证号"])}
        members = [{**m, "身份证号": ids.get(m.get("身份证号"), m.get("身份证号"))} for m in t.members]
        rec, e_members = electronic_record(t)
        rec = {**rec, "职工编号": no, "身份证号": paper["身份证号"]}
        e_members = [{**m, "职工编号": no, "身份证号": ids.get(m.get("身份证号"), m.get("身份证号"))} for m in e_members]
        earlier[i] = paper["身份证号"]
        earlier.pop(i - 600, None)
        if i % 1000 == 999:
            rec["身份证号"] = earlier[i - 500]
        if rng.random() < 0.02 and isinstance(rec.get("本人月平均收入"), int | float):
            rec["本人月平均收入"] = rec["本人月平均收入"] + 100
        yield {"i": i, "template": i % len(templates), "职工编号": no, "单位": t.unit.name, "paper": paper,
               "members": members, "ids": ids, "record": rec, "record_members": e_members}


def write_export(path: Path, n: int, seed: int) -> None:
    """The export as the national system writes it (sheets 档案 and 家庭成员), streamed to disk."""
    from openpyxl import Workbook

    from dangan.synth.generate import HOUSEHOLD_COLUMNS, MEMBER_COLUMNS, sheet_cell

    wb = Workbook(write_only=True)
    ws, ws2 = wb.create_sheet("档案"), wb.create_sheet("家庭成员")
    ws.append(HOUSEHOLD_COLUMNS)
    ws2.append(MEMBER_COLUMNS)
    for hh in households(n, seed):
        ws.append([sheet_cell(hh["record"].get(c)) for c in HOUSEHOLD_COLUMNS])
        for m in hh["record_members"]:
            ws2.append([sheet_cell(m.get(c)) for c in MEMBER_COLUMNS])
    tmp = path.with_suffix(".part.xlsx")
    wb.save(tmp)
    tmp.replace(path)


def _swap_ids(value: Any, ids: dict[str, str]) -> Any:
    return ids.get(value, value) if isinstance(value, str) else value


def insert_scans(n: int, seed: int, share: float) -> dict[str, int]:
    """Papers of every ``1/share``-th household, inserted directly (LABELLED: no scan, no OCR): the documents
    synth draws for the household, each with its fields as extracted_fields rows (confidence 0.97)."""
    from sqlalchemy import insert

    from dangan.storage.db import Document, ExtractedField, Household, session_scope
    from dangan.synth.generate import seeded_rng
    from dangan.synth.households import make_households
    from dangan.synth.render import documents_for

    every = max(1, round(1 / share))
    templates = make_households(min(n, TEMPLATES), seed)
    drawn: dict[int, list[tuple[str, dict[str, Any], list[dict[str, Any]]]]] = {}
    counts = {"households": 0, "documents": 0, "fields": 0}
    pending: list[dict[str, Any]] = []

    def flush() -> None:
        with session_scope() as s:
            hh_ids = dict(s.execute(insert(Household).returning(Household.archive_no, Household.id),
                                    [{"archive_no": h["职工编号"], "unit": h["单位"], "name": h["paper"]["姓名"],
                                      "status": "open"} for h in pending]).all())
            docs: list[dict[str, Any]] = []
            fields: list[tuple[str, int, str, Any]] = []
            for h in pending:
                for k, (doc_type, flds, members) in enumerate(drawn[h["template"]]):
                    key = f"{h['职工编号']}/{k:02d}_{doc_type}"
                    docs.append({"sha256": uuid.uuid5(uuid.NAMESPACE_URL, key).hex * 2, "object_key": key,
                                 "size": 1, "media_type": "application/pdf", "original_name": key,
                                 "unit": h["单位"], "household_id": hh_ids[h["职工编号"]], "doc_type": doc_type,
                                 "pages": 1, "status": "extracted"})
                    ids = {**h["ids"], "__no": h["职工编号"]}
                    for label, v in flds.items():
                        value = h["职工编号"] if label == "职工编号" else _swap_ids(v, ids)
                        if value is not None:
                            fields.append((key, -1, label, value))
                    for mi, m in enumerate(members):
                        fields += [(key, mi, label, _swap_ids(v, ids)) for label, v in m.items() if v is not None]
            doc_ids = dict(s.execute(insert(Document).returning(Document.object_key, Document.id), docs).all())
            s.execute(insert(ExtractedField), [
                {"document_id": doc_ids[key], "member_index": mi, "label": label, "value": value,
                 "confidence": 0.97, "page": 1, "engine": "inserted"} for key, mi, label, value in fields])
            counts["documents"] += len(docs)
            counts["fields"] += len(fields)
        counts["households"] += len(pending)
        pending.clear()

    for hh in households(n, seed):
        if hh["i"] % every:
            continue
        t = hh["template"]
        if t not in drawn:
            docs = documents_for(templates[t], seeded_rng(seed, t, "documents"))
            drawn[t] = [(d.doc_type, dict(d.fields or d.pages[0].fields),
                         list(d.members or [m for pg in d.pages for m in pg.members])) for d in docs]
        pending.append(hh)
        if len(pending) >= 500:
            flush()
    if pending:
        flush()
    return counts


# -- the measured steps (each in its own process) ------------------------------------------------------


def step(args: argparse.Namespace) -> None:
    """Run one step in this process and print one JSON line (the parent measures time and memory)."""
    t0 = time.perf_counter()
    out: dict[str, Any] = {}
    if args.step == "import":
        from dangan.reconcile.electronic import import_electronic

        rep = import_electronic(args.export, actor="drive-scale")
        out = {"rows_ok": rep.rows_ok, "rows_bad": rep.rows_bad, "members": rep.members_ok}
    elif args.step == "scans":
        out = insert_scans(args.n, args.seed, args.scan_share)
    elif args.step == "reconcile":
        from dangan.flows.reconcile import reconcile_flow

        out = dict(reconcile_flow(rules=RULES, actor="drive-scale", as_of=AS_OF))
        from sqlalchemy import func, select

        from dangan.storage.db import Finding, ReadingToVerify, session_scope

        with session_scope() as s:
            out["findings_rows"] = s.scalar(select(func.count()).select_from(Finding))
            out["kinds"] = dict(s.execute(select(Finding.kind, func.count()).group_by(Finding.kind)).all())
            out["to_verify_rows"] = s.scalar(select(func.count()).select_from(ReadingToVerify))
    elif args.step == "export":
        write_export(args.export, args.n, args.seed)
    out["seconds"] = round(time.perf_counter() - t0, 1)
    print("RESULT " + json.dumps(out, ensure_ascii=False, default=str), flush=True)


class TreeSampler(threading.Thread):
    """Peak of the summed PSS and RSS over a process and all its descendants (Prefect's server included)."""

    def __init__(self, pid: int, interval: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.pss = self.rss = 0
        self._done = threading.Event()

    def run(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._done.is_set():
            pss = rss = 0
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.Error:
                break
            for p in procs:
                try:
                    info = p.memory_full_info()
                except psutil.Error:
                    continue
                pss, rss = pss + info.pss, rss + info.rss
            self.pss, self.rss = max(self.pss, pss), max(self.rss, rss)
            self._done.wait(self.interval)

    def stop(self) -> None:
        self._done.set()
        self.join()


def measure(what: str, env: dict[str, str], extra: list[str], timeout: float) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--step", what, *extra]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        stdout, stderr = proc.communicate()
        stderr += f"\nkilled after {timeout:.0f} s"
    sampler.stop()
    wall = time.perf_counter() - t0
    result: dict[str, Any] = {"wall": round(wall, 1), "pss_mb": round(sampler.pss / 2**20),
                              "rss_mb": round(sampler.rss / 2**20), "ok": proc.returncode == 0}
    for line in stdout.splitlines():
        if line.startswith("RESULT "):
            result.update(json.loads(line[7:]))
    if proc.returncode != 0:
        result["error"] = (stderr.strip().splitlines() or ["?"])[-1][:300]
    return result


def naive_tree(rev: str) -> Path:
    """The code at ``rev`` laid out as the ``dangan`` package (first on PYTHONPATH beats the editable install)."""
    root = Path(tempfile.mkdtemp(prefix="drive-scale-naive-"))
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(root)], input=archive, check=True)
    pkg = root / "site" / "dangan"
    shutil.copytree(root / "dangan", pkg)
    for stage in ("flows", "extractors", "schemas", "storage", "reconcile", "reports", "web", "synth"):
        if (root / stage).is_dir():
            shutil.copytree(root / stage, pkg / stage)
    return root / "site"


def fresh_database(kind: str, work: Path, label: str) -> str:
    if kind == "sqlite":
        path = work / (label + ".db")
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)  # an earlier run's database would be updated, not filled
        return f"sqlite:///{path}"
    from sqlalchemy import create_engine, text

    name = f"drive_scale_{label}_{uuid.uuid4().hex[:8]}"
    admin = create_engine("postgresql+psycopg://postgres@127.0.0.1:5432/test", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"


def run_case(n: int, scans: bool, code: str, args: argparse.Namespace, work: Path, export: Path,
             naive_site: Path | None) -> dict[str, Any]:
    label = f"{n}_{'scans' if scans else 'plain'}_{code}"
    data = work / label
    data.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "DANGAN_DATA_DIR": str(data), "DANGAN_DATABASE_URL": fresh_database(args.database, work, label),
           "DANGAN_S3_PORT": "18399",  # no store: the classification is taken as extraction left it
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_LOGGING_LEVEL": "WARNING",
           "PREFECT_HOME": str(work / "prefect-home"), "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "240"}
    env.pop("PREFECT_API_URL", None)
    if naive_site is not None:
        env["PYTHONPATH"] = f"{naive_site}:{env.get('PYTHONPATH', '')}".rstrip(":")
    common = ["--n", str(n), "--seed", str(args.seed), "--scan-share", str(args.scan_share), "--export", str(export)]
    row: dict[str, Any] = {"size": n, "scans": scans, "code": code}
    row["import"] = measure("import", env, common, args.timeout)
    if scans and row["import"]["ok"]:
        row["scans_setup"] = measure("scans", {**env, "PYTHONPATH": os.environ.get("PYTHONPATH", "")}, common,
                                     args.timeout)
    row["reconcile"] = measure("reconcile", env, common, args.timeout) if row["import"]["ok"] else {"ok": False}
    return row


def show(rows: list[dict[str, Any]]) -> None:
    head = ("| households | papers | code | import s | import peak PSS/RSS MB | reconcile s | reconcile peak "
            "PSS/RSS MB | total s | findings | to verify | within 5 min, 1.5 GB |")
    print(head)
    print("|---" * (head.count("|") - 1) + "|")
    for r in rows:
        imp, rec = r["import"], r["reconcile"]
        total = imp.get("wall", 0) + rec.get("wall", 0)
        peak = max(imp.get("pss_mb", 0), rec.get("pss_mb", 0), imp.get("rss_mb", 0), rec.get("rss_mb", 0))
        ok = imp.get("ok") and rec.get("ok") and total < 300 and peak < 1536
        papers = f"{r['scans_setup'].get('households', 0):,} hh (inserted)" if r.get("scans_setup") else "none"
        err = "" if rec.get("ok") else f" ({rec.get('error') or imp.get('error') or 'failed'})"
        print(f"| {r['size']:,} | {papers} | {r['code']} | {imp.get('wall', '-')} | {imp.get('pss_mb', '-')}/"
              f"{imp.get('rss_mb', '-')} | {rec.get('wall', '-')} | {rec.get('pss_mb', '-')}/{rec.get('rss_mb', '-')} "
              f"| {total:.0f} | {rec.get('findings_rows', '-')} | {rec.get('to_verify_rows', '-')} | "
              f"{'yes' if ok else 'NO'}{err} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--scan-share", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--database", choices=("sqlite", "postgresql"), default="sqlite")
    ap.add_argument("--naive-at", type=int, default=10_000, help="run the naive peer on sizes up to this")
    ap.add_argument("--naive-rev", default=NAIVE_REV)
    ap.add_argument("--timeout", type=float, default=1800)
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "drive-scale")
    ap.add_argument("--only", choices=("plain", "scans"), help="only the case without / with papers")
    ap.add_argument("--step", choices=("export", "import", "scans", "reconcile"), help=argparse.SUPPRESS)
    ap.add_argument("--n", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--export", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.step:
        step(args)
        return 0
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; database {args.database}; "
          f"rules {RULES}; papers for {args.scan_share:.0%} of households (inserted directly, no OCR)", flush=True)
    naive_site = naive_tree(args.naive_rev) if args.naive_at else None
    rows: list[dict[str, Any]] = []
    for n in [int(x) for x in args.sizes.split(",")]:
        export = args.work / f"export_{n}_{args.seed}.xlsx"
        if not export.exists():
            t0 = time.perf_counter()
            subprocess.run([sys.executable, __file__, "--step", "export", "--n", str(n), "--seed", str(args.seed),
                            "--export", str(export)], check=True, stdout=subprocess.DEVNULL)
            print(f"export of {n:,} households written in {time.perf_counter() - t0:.0f} s "
                  f"({export.stat().st_size / 2**20:.0f} MB)", flush=True)
        for scans in (False, True):
            if args.only and args.only != ("scans" if scans else "plain"):
                continue
            codes = ["streaming"] + (["naive"] if naive_site is not None and n <= args.naive_at else [])
            for code in codes:
                row = run_case(n, scans, code, args, args.work / "runs", export,
                               naive_site if code == "naive" else None)
                rows.append(row)
                print(json.dumps(row, ensure_ascii=False), flush=True)
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    show(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
