"""End to end: synth corpus → `dangan reconcile --extracted` (no OCR), and the database flow with corrections."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from dangan.cli import main
from dangan.flows.reconcile import paper_from_database, reconcile_task
from dangan.reconcile.electronic import import_electronic
from dangan.reconcile.lifecycle import query_findings
from dangan.storage.db import (
    Correction,
    Document,
    ExtractedField,
    Finding,
    Household,
    ReconcileRun,
    session_scope,
)

from .conftest import make_id, write_export


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    generate = pytest.importorskip("dangan.synth.generate").generate
    out = tmp_path_factory.mktemp("synth")
    generate(out, 6, 5, damage=False, formats=["pdf-text"], plant_rate=0.5, remove_rate=0.5, workers=1)
    return out


def _detected(p: dict[str, Any], findings: list[dict[str, Any]]) -> bool:
    mine = [f for f in findings if f["职工编号"] == p["职工编号"] and f["kind"] == p["kind"]]
    if p["kind"] == "missing_material":
        return any(f["field"].startswith(p["field"]) or (p["field"] == "其他" and f["field"].split("[")[0]
                   in str(p.get("detail"))) for f in mine)
    if p.get("member"):
        return any(f["field"].startswith("家庭成员[") and (p["field"] == "家庭成员" or f["field"].endswith(p["field"]))
                   for f in mine)
    return any(f["field"] == p["field"] for f in mine)


def test_reconcile_synth_corpus_from_truth(corpus: Path, data_env: Path, tmp_path: Path) -> None:
    findings_path, report = tmp_path / "findings.jsonl", tmp_path / "report.xlsx"
    args = ["reconcile", "--electronic", str(corpus / "electronic.xlsx"), "--extracted", str(corpus / "truth.jsonl"),
            "--rules", "hangzhou", "--findings", str(findings_path), "--out", str(report)]
    assert main(args) == 0
    findings = [json.loads(line) for line in findings_path.read_text(encoding="utf-8").splitlines()]
    planted = [json.loads(line) for line in (corpus / "planted.jsonl").read_text(encoding="utf-8").splitlines()]
    assert planted and all(_detected(p, findings) for p in planted if p["kind"] in ("mismatch", "missing_material"))
    assert {tuple(f) [:7] for f in findings} == {("职工编号", "单位", "kind", "field", "paper", "electronic", "detail")}
    text = findings_path.read_text(encoding="utf-8")
    households = [json.loads(line) for line in (corpus / "households.jsonl").read_text(encoding="utf-8").splitlines()]
    assert not any(h["身份证号"] in text for h in households)  # masked unless --reveal-ids
    assert report.stat().st_size > 0
    from openpyxl import load_workbook

    from dangan.reports.xlsx import VERIFY_SHEET

    assert VERIFY_SHEET in load_workbook(report, read_only=True).sheetnames  # readings to verify kept apart
    # a second run finds the same, reopens nothing, resolves nothing
    assert main(args) == 0
    with session_scope() as s:
        runs = s.scalars(select(ReconcileRun).order_by(ReconcileRun.id)).all()
        assert len(runs) == 2 and runs[0].findings_open == runs[1].findings_open == len(findings)
    assert query_findings(status="resolved") == []


def _document(s: Any, household: Household, n: int, doc_type: str) -> Document:
    doc = Document(sha256=f"{n:064d}", object_key=f"originals/工业橡胶/{household.archive_no}/{n}.pdf", size=1,
                   media_type="application/pdf", original_name=f"{n}.pdf", unit="工业橡胶",
                   household_id=household.id, doc_type=doc_type, status="extracted")
    s.add(doc)
    s.flush()
    return doc


def test_flow_reads_documents_fields_and_corrections(db_env: str, tmp_path: Path) -> None:
    no, me, wife = "工业橡胶20130006", make_id(), make_id(born="19820202", seq="242")
    write_export(tmp_path / "e.xlsx", [
        {"职工编号": no, "单位": "工业橡胶", "姓名": "张三", "身份证号": me, "本人月平均收入": 2350, "婚姻状况": "已婚"}
    ], [{"职工编号": no, "姓名": "王梅", "关系": "妻", "身份证号": wife, "月收入": 1500}])
    import_electronic(tmp_path / "e.xlsx", actor="tester")
    with session_scope() as s:
        hh = Household(archive_no=no, unit="工业橡胶", name="张三")
        s.add(hh)
        s.flush()
        form = _document(s, hh, 1, "建档申请表")
        for label, value in (("姓名", "张三"), ("身份证号", me), ("本人月平均收入", 2850), ("婚姻状况", "已婚")):
            s.add(ExtractedField(document_id=form.id, label=label, value=value, confidence=0.9))
        for label, value in (("姓名", "王梅"), ("身份证号", wife), ("月收入", 1500)):
            s.add(ExtractedField(document_id=form.id, member_index=0, label=label, value=value, confidence=0.9))
        # the machine misread the income (2850); a person corrected it to 2350: the correction wins
        s.add(Correction(document_id=form.id, label="本人月平均收入", value=2350, actor="审核员"))
        s.add(ExtractedField(document_id=_document(s, hh, 2, "身份证").id, label="姓名", value="张三", confidence=0.9))
    with session_scope() as s:
        paper = paper_from_database(s)
        assert paper[no].fields["本人月平均收入"] == 2350
        assert paper[no].members == [{"姓名": "王梅", "身份证号": wife, "月收入": 1500}]
    summary = reconcile_task.fn("hangzhou", None, None, "flow-test", "2014-01-02")
    assert summary["households"] == 1 and summary["new"] == summary["open"] > 0
    rows = query_findings()
    assert [(r["field"], r["paper"], r["electronic"]) for r in rows if r["kind"] == "mismatch"] == []
    assert {r["field"] for r in rows if r["kind"] == "missing_material"} >= {"户口簿", "公示证明"}
    with session_scope() as s:
        assert s.scalars(select(Finding)).first() is not None


@pytest.mark.slow
def test_reconcile_flow_under_prefect(prefect_harness: None, data_env: Path, tmp_path: Path) -> None:
    from dangan.flows.reconcile import reconcile_flow

    no = "工业橡胶20130007"
    write_export(tmp_path / "e.xlsx", [{"职工编号": no, "单位": "工业橡胶", "姓名": "李四", "身份证号": make_id()}], [])
    import_electronic(tmp_path / "e.xlsx")
    first = reconcile_flow(rules="hangzhou")
    assert first["households"] == 1 and first["new"] > 0  # electronic only: every paper material is missing
    second = reconcile_flow(rules="hangzhou")
    assert second["new"] == 0 and second["open"] == first["open"] and second["run_id"] == first["run_id"] + 1


@pytest.mark.slow
def test_reconcile_scans_with_real_extraction(data_env: Path, tmp_path: Path) -> None:
    """The one OCR-path test: one born-digital household through extractors.pipeline, no server."""
    generate = pytest.importorskip("dangan.synth.generate").generate
    pytest.importorskip("dangan.extractors.pipeline")
    corpus = tmp_path / "c"
    generate(corpus, 1, 3, damage=False, formats=["pdf-text"], workers=1)
    out = tmp_path / "f.jsonl"
    assert main(["reconcile", "--scans", str(corpus / "scans"), "--electronic", str(corpus / "electronic.xlsx"),
                 "--rules", "hangzhou", "--findings", str(out), "--no-store"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    no = json.loads((corpus / "households.jsonl").read_text(encoding="utf-8").splitlines()[0])["职工编号"]
    assert all(r["职工编号"] == no for r in rows)
    # whatever OCR misreads, a folder that holds every document is not reported as missing its form
    assert not [r for r in rows if r["kind"] == "missing_material" and r["field"] == "建档申请表"]


@pytest.mark.slow
def test_reconcile_scans_reads_a_household_as_dangan_extract_does(tmp_path: Path) -> None:
    """``reconcile --scans`` reads through ``extract_many`` (one path with ``dangan extract``): a notice that
    lists several households takes the name its household's income proof gives, where reading the notice
    file by file leaves the listed names waiting for a person."""
    from dangan.extractors.pipeline import LISTED_HOUSEHOLD, extract_file
    from dangan.reconcile.local import extract_folders
    from tests.extractors.test_household_papers import income_letter
    from tests.extractors.test_papers_general import names_listed_inline

    folder = tmp_path / "scans" / "株洲硬质合金集团" / "ZZ0001"
    folder.mkdir(parents=True)
    notice, _truth = names_listed_inline()
    notice.im.save(folder / "01_公示证明.png", dpi=(200, 200))
    income_letter("黎小梅").im.save(folder / "02_收入证明.png", dpi=(200, 200))
    alone = extract_file(folder / "01_公示证明.png")
    assert "姓名" not in alone["fields"] and any(it["reason"] == LISTED_HOUSEHOLD for it in alone["rejected"])
    results, failed = extract_folders(tmp_path / "scans", "rapidocr", workers=1)
    assert failed == []
    by_type = {r["doc_type"]: (no, unit, r) for no, unit, r in results}
    no, unit, notice_result = by_type["公示证明"]
    assert (no, unit) == ("ZZ0001", "株洲硬质合金集团")
    assert notice_result["fields"]["姓名"] == "黎小梅"
    assert not [it for it in notice_result["rejected"] if it["reason"] == LISTED_HOUSEHOLD]


def test_flow_sends_a_name_only_member_row_to_verify(db_env: str, tmp_path: Path) -> None:
    """Through the database flow: a member row of which only a name was read (a form's heading read down its
    first column as a row), whom the export does not list, is neither a sure extra member nor a person whose
    身份证 is surely missing: both wait for a person (待核对)."""
    no, me, wife = "工业橡胶20130008", make_id(), make_id(born="19820202", seq="242")
    write_export(tmp_path / "e.xlsx", [
        {"职工编号": no, "单位": "工业橡胶", "姓名": "张三", "身份证号": me, "婚姻状况": "已婚"}
    ], [{"职工编号": no, "姓名": "王梅", "关系": "妻", "身份证号": wife}])
    import_electronic(tmp_path / "e.xlsx", actor="tester")
    with session_scope() as s:
        hh = Household(archive_no=no, unit="工业橡胶", name="张三")
        s.add(hh)
        s.flush()
        form = _document(s, hh, 11, "建档申请表")
        for label, value in (("姓名", "张三"), ("身份证号", me), ("婚姻状况", "已婚")):
            s.add(ExtractedField(document_id=form.id, label=label, value=value, confidence=0.99))
        for label, value in (("姓名", "王梅"), ("关系", "妻"), ("身份证号", wife)):
            s.add(ExtractedField(document_id=form.id, member_index=0, label=label, value=value, confidence=0.99))
        s.add(ExtractedField(document_id=form.id, member_index=1, label="姓名", value="周强", confidence=0.99))
    reconcile_task.fn("hangzhou", None, None, "flow-test", "2014-01-02")
    found = query_findings()
    assert not [r for r in found if "周强" in str(r["field"]) + str(r["paper"]) + str(r["detail"])]  # no finding
    rows = [r for r in found.to_verify if "周强" in str(r["field"]) + str(r["paper"]) + str(r["detail"])]
    assert {r["kind"] for r in rows} == {"verify"}
    assert any(r["field"].startswith("家庭成员") for r in rows)  # the row itself, as a member to confirm
    assert any(r["field"].startswith("身份证") for r in rows)  # the ID card asked of that person
