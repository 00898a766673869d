"""Findings a drive can trust (issue 9), against the real database (SQLite and PostgreSQL).

Each rule: coverage of the export, findings only from trustworthy paper values (else a reading to
verify that review settles), evidence across papers, vocabularies across rule sets, missing material
only from sure classification, one unit per household.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from dangan.extractors.review import confirm, correct
from dangan.flows.reconcile import reconcile_task
from dangan.reconcile.electronic import import_electronic, parse_electronic
from dangan.reconcile.lifecycle import query_findings
from dangan.storage.db import (
    Document,
    ElectronicImport,
    ExtractedField,
    Household,
    ReadingToVerify,
    ReconcileRun,
    session_scope,
)

from .conftest import make_id, write_export

NO, UNIT = "工业橡胶20130006", "工业橡胶"
ME = make_id()
WIFE = make_id(born="19820202", seq="242")


def _doc(s: Any, hh: Household, n: int, doc_type: str) -> Document:
    doc = Document(sha256=f"{n:064d}", object_key=f"originals/{UNIT}/{hh.archive_no}/{n}.png", size=1,
                   media_type="image/png", original_name=f"{n}.png", unit=UNIT, household_id=hh.id,
                   doc_type=doc_type, status="extracted")
    s.add(doc)
    s.flush()
    return doc


def _export(tmp: Path, **changes: Any) -> None:
    """Sheet 档案 without 政治面貌/出生日期 columns (as real exports lack them)."""
    row = {"职工编号": NO, "单位": UNIT, "姓名": "张三", "身份证号": ME, "本人月平均收入": 2350, "婚姻状况": "已婚",
           "主要致困原因": "家庭成员患重大疾病", **changes}
    write_export(tmp / "e.xlsx", [row], [{"职工编号": NO, "姓名": "王梅", "关系": "妻", "身份证号": WIFE, "月收入": 1500}])
    import_electronic(tmp / "e.xlsx", actor="tester")


def _household(fields: dict[str, tuple[Any, float]], *, others: list[tuple[str, dict[str, tuple[Any, float]]]] = (),
               first: int = 2) -> dict[str, int]:
    """A household whose form was read with the given (value, confidence) per field; other documents too
    (numbered from ``first``: their made-up sha256 keys the flow's per-process cache of classifications)."""
    ids: dict[str, int] = {}
    with session_scope() as s:
        hh = Household(archive_no=NO, unit=UNIT, name="张三")
        s.add(hh)
        s.flush()
        form = _doc(s, hh, 1, "建档申请表")
        ids["form"] = form.id
        base = {"姓名": ("张三", 0.99), "身份证号": (ME, 0.99), "婚姻状况": ("已婚", 0.99), **fields}
        for label, (value, conf) in base.items():
            s.add(ExtractedField(document_id=form.id, label=label, value=value, confidence=conf, page=0,
                                 bbox=[10, 10, 200, 40]))
        for label, value in (("姓名", "王梅"), ("身份证号", WIFE), ("月收入", 1500)):
            s.add(ExtractedField(document_id=form.id, member_index=0, label=label, value=value, confidence=0.99))
        for n, (doc_type, flds) in enumerate(others, start=first):
            doc = _doc(s, hh, n, doc_type)
            ids[doc_type] = doc.id
            for label, (value, conf) in flds.items():
                s.add(ExtractedField(document_id=doc.id, label=label, value=value, confidence=conf, page=0,
                                     bbox=[5, 5, 100, 30]))
    return ids


def _run() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    reconcile_task.fn("hangzhou", None, None, "test", "2014-01-02")
    rows = query_findings(reveal_ids=True)
    return [r for r in rows if r["status"] == "open"], rows.to_verify


def _fields(rows: list[dict[str, Any]], kind: str) -> set[str]:
    return {r["field"] for r in rows if r["kind"] == kind}


def test_import_records_coverage_and_lacking_fields_make_no_finding(db_env: str, tmp_path: Path) -> None:
    _export(tmp_path)
    with session_scope() as s:
        imp = s.scalars(select(ElectronicImport)).one()
        assert "本人月平均收入" in imp.coverage["档案"] and "政治面貌" not in imp.coverage["档案"]
        assert set(imp.coverage["家庭成员"]) == {"姓名", "关系", "身份证号", "月收入"}
    # the form states 政治面貌 and 出生日期: the export has no column for them, so no finding at all
    _household({"政治面貌": ("群众", 0.99), "出生日期": ("1980-01-01", 0.99), "本人月平均收入": (2350, 0.99)})
    findings, verify = _run()
    assert not {"政治面貌", "出生日期"} & (_fields(findings, "mismatch") | _fields(verify, "verify"))
    with session_scope() as s:
        lacking = s.scalars(select(ReconcileRun.lacking)).one()
    assert "政治面貌" in lacking and "出生日期" in lacking and "本人月平均收入" not in lacking
    assert query_findings().lacking == lacking


def test_low_confidence_reading_waits_for_review_then_becomes_a_finding(db_env: str, tmp_path: Path) -> None:
    _export(tmp_path)
    ids = _household({"本人月平均收入": (2850, 0.42)})
    findings, verify = _run()
    assert "本人月平均收入" not in _fields(findings, "mismatch")
    (reading,) = [r for r in verify if r["field"] == "本人月平均收入"]
    assert (reading["paper"], reading["electronic"]) == (2850, 2350)  # linked to what it would contradict
    assert reading["evidence"][0]["document_id"] == ids["form"] and reading["evidence"][0]["bbox"]
    assert "0.42" in reading["detail"]
    with session_scope() as s:  # a person confirms the machine's reading in review
        confirm(s, ids["form"], "本人月平均收入", actor="审核员")
    findings, verify = _run()
    assert "本人月平均收入" in _fields(findings, "mismatch")
    assert "本人月平均收入" not in _fields(verify, "verify")
    with session_scope() as s:
        assert s.scalars(select(ReadingToVerify.status).where(ReadingToVerify.field == "本人月平均收入")).one() \
            == "cleared"


def test_corrected_reading_clears_without_a_finding(db_env: str, tmp_path: Path) -> None:
    _export(tmp_path)
    ids = _household({"本人月平均收入": (2850, 0.42)})
    _run()
    with session_scope() as s:
        correct(s, ids["form"], "本人月平均收入", 2350, actor="审核员")
    findings, verify = _run()
    assert "本人月平均收入" not in _fields(findings, "mismatch") | _fields(verify, "verify")


def test_invalid_reading_is_never_a_finding(db_env: str, tmp_path: Path) -> None:
    _export(tmp_path, 困难类别="持证困难户")
    _household({"困难类别": ("审批人", 0.99), "本人月平均收入": ("日", 0.97)})
    findings, verify = _run()
    assert not {"困难类别", "本人月平均收入"} & _fields(findings, "mismatch")
    assert {"困难类别", "本人月平均收入"} <= _fields(verify, "verify")


def test_second_document_corroborates_a_weak_reading(db_env: str, tmp_path: Path) -> None:
    other = make_id(seq="235")
    _export(tmp_path, 身份证号=other)
    ids = _household({"身份证号": (ME, 0.55)}, others=[("身份证", {"姓名": ("张三", 0.98), "身份证号": (ME, 0.97)})])
    findings, _verify = _run()
    (f,) = [r for r in findings if r["kind"] == "mismatch" and r["field"] == "身份证号"]
    assert {e["document_id"] for e in f["evidence"]} == {ids["form"], ids["身份证"]}


def test_papers_that_disagree_are_shown_as_such(db_env: str, tmp_path: Path) -> None:
    _export(tmp_path)
    other = make_id(seq="235")
    _household({}, others=[("身份证", {"姓名": ("张三", 0.98), "身份证号": (other, 0.97)})])
    findings, _verify = _run()
    (f,) = [r for r in findings if r["kind"] == "paper_conflict"]
    assert f["field"] == "身份证号" and "纸质材料之间不一致" in f["detail"]
    # the form agrees with the export: no paper-vs-electronic mismatch on the ID
    assert "身份证号" not in _fields(findings, "mismatch")


@pytest.mark.parametrize(("paper", "electronic", "outcome"), [
    ("因病致困", "家庭成员患重大疾病", None),          # 湖南 coarse cause covers the national one (seed 000 附件3)
    ("意外致困", "遭受自然灾害", None),
    ("因病致困", "家庭成员无劳动能力", "verify"),      # disability part: no national code in the seeds
    ("残疾", "家庭成员无劳动能力", "verify"),
    ("因病致困", "子女上学", "mismatch"),
    ("本人大病", "遭受意外事故", "mismatch"),
])
def test_causes_compare_through_the_vocabularies(db_env: str, tmp_path: Path, paper: str, electronic: str,
                                                 outcome: str | None) -> None:
    _export(tmp_path, 主要致困原因=electronic)
    _household({"主要致困原因": (paper, 0.99)})
    findings, verify = _run()
    got = {"mismatch" if "主要致困原因" in _fields(findings, "mismatch") else None,
           "verify" if "主要致困原因" in _fields(verify, "verify") else None} - {None}
    assert got == ({outcome} if outcome else set())


def test_missing_material_only_from_sure_classification(db_env: str, tmp_path: Path) -> None:
    _export(tmp_path)
    _household({})
    findings, _verify = _run()
    assert "公示证明" in _fields(findings, "missing_material")
    # classification confidence comes with the extraction result (the local path keeps it): a page
    # classified 户口簿 with little confidence proves neither that the 户口簿 is there nor that it is not
    parsed = parse_electronic(tmp_path / "e.xlsx")
    from dangan.reconcile.core import paper_from_extractions, reconcile

    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME}, "confidence": {"doc_type": 0.99}}
    unsure = {"doc_type": "户口簿", "fields": {}, "confidence": {"doc_type": 0.31}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form), (NO, UNIT, unsure)]), parsed.records, "hangzhou")
    kinds = {(f["kind"], f["field"]) for f in out if f["field"] in ("公示证明", "户口簿")}
    assert kinds == {("missing_material", "公示证明"), ("verify", "户口簿")}
    sure = {"doc_type": "户口簿", "fields": {}, "confidence": {"doc_type": 0.97}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form), (NO, UNIT, sure)]), parsed.records, "hangzhou")
    kinds = {(f["kind"], f["field"]) for f in out}
    assert ("missing_material", "公示证明") in kinds and not any(k[1] == "户口簿" for k in kinds)


def test_unit_comes_from_the_ingest_key_never_from_the_form(db_env: str, tmp_path: Path) -> None:
    _export(tmp_path, 本人月平均收入=9999)
    _household({"单位": ("（填写盖章）", 0.99), "本人月平均收入": (2350, 0.99)})
    findings, _verify = _run()
    assert findings and {r["单位"] for r in findings} == {UNIT}
    from dangan.reports.data import load_findings, load_households_by_unit, summarise

    with session_scope() as s:
        summary = summarise(load_findings(s), load_households_by_unit(s))
    assert [(u.unit, u.households) for u in summary.units] == [(UNIT, 1)]


def test_flow_takes_classification_confidence_from_the_stored_result(s3_env: Any, tmp_path: Path) -> None:
    """A 户口簿 classified with confidence 0.31 (extraction's result in ``derived``): not proof of the 户口簿."""
    import io
    import json

    from dangan.storage import objects

    _export(tmp_path)
    ids = _household({}, others=[("户口簿", {"姓名": ("张三", 0.99)})])
    with session_scope() as s:
        doc = s.get(Document, ids["户口簿"])
        key = f"extract/{doc.sha256}/result.json"
    data = json.dumps({"doc_type": "户口簿", "confidence": {"doc_type": 0.31}}).encode()
    objects.get_client(s3_env).put_object(s3_env.bucket("derived"), key, io.BytesIO(data), len(data))
    findings, verify = _run()
    assert "户口簿" not in _fields(findings, "missing_material")  # not claimed missing, not taken as there
    assert "户口簿" in _fields(verify, "verify")


def _unsure_other(s3_env: Any, first: int) -> dict[str, int]:
    """张三's 收入证明 and a paper naming 王梅 that the classifier called 其他 at 0.50 (its derived result)."""
    import io
    import json

    from dangan.storage import objects

    ids = _household({}, others=[("收入证明", {"姓名": ("张三", 0.99)}), ("其他", {"姓名": ("王梅", 0.99)})], first=first)
    with session_scope() as s:
        key = f"extract/{s.get(Document, ids['其他']).sha256}/result.json"
    data = json.dumps({"doc_type": "其他", "confidence": {"doc_type": 0.5}}).encode()
    objects.get_client(s3_env).put_object(s3_env.bucket("derived"), key, io.BytesIO(data), len(data))
    return ids


def test_flow_unidentified_paper_of_an_earner_is_a_reading_to_verify(s3_env: Any, tmp_path: Path) -> None:
    """The demo's false 收入证明[魏敏英]: her 收入证明 was classified 其他 at 0.50 (the classifier's "no type
    won"). Stored like that, it is neither proof of her 收入证明 nor of its absence; once a person says
    it is a bank card (a 其他 that says what it is), her 收入证明 is missing."""
    _export(tmp_path)  # 王梅 earns 1500: her 收入证明 is required
    ids = _unsure_other(s3_env, first=90)
    findings, verify = _run()
    assert "收入证明[王梅]" not in _fields(findings, "missing_material")
    (reading,) = [r for r in verify if r["field"] == "收入证明[王梅]"]
    assert reading["document_id"] == ids["其他"] and "未能识别类型" in reading["detail"]  # its page is shown
    with session_scope() as s:
        s.add(ExtractedField(document_id=ids["其他"], label="材料名称", value="银行卡复印件", confidence=0.99))
    findings, verify = _run()
    assert "收入证明[王梅]" in _fields(findings, "missing_material")
    assert "收入证明[王梅]" not in _fields(verify, "verify")


def test_flow_person_says_what_the_unidentified_paper_is(s3_env: Any, tmp_path: Path) -> None:
    """Settling the material to verify as its row says (材料类型 收入证明): then it is simply there."""
    from dangan.reports.data import normalise_finding

    _export(tmp_path)
    ids = _unsure_other(s3_env, first=92)
    _findings, verify = _run()
    (reading,) = [r for r in verify if r["field"] == "收入证明[王梅]"]
    hint = normalise_finding(reading)["复核"].split()
    assert hint[:6] == ["dangan", "review", "correct", str(ids["其他"]), "材料类型", "收入证明"]
    with session_scope() as s:
        correct(s, int(hint[3]), hint[4], hint[5], actor="审核员")
    findings, verify = _run()
    assert not [r for r in findings + verify if r["field"].startswith("收入证明")]


@pytest.mark.parametrize(("seal_confidence", "kind"), [(0.97, "rule"), (0.55, "verify")])
def test_unsealed_document_is_a_rule_finding_only_when_read_surely(seal_confidence: float, kind: str) -> None:
    from dangan.reconcile.core import paper_from_extractions, reconcile

    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME}, "confidence": {"姓名": 0.99}}
    proof = {"doc_type": "收入证明", "fields": {"姓名": "张三", "是否盖章": False},
             "confidence": {"姓名": 0.99, "是否盖章": seal_confidence}}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME}, "members": []}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form), (NO, UNIT, proof)]), electronic, "hangzhou")
    stamps = [f for f in out if f["field"].endswith("是否盖章")]
    assert [f["kind"] for f in stamps] == [kind]


def test_finding_whose_reading_turns_doubtful_is_resolved_as_to_verify(db_env: str, tmp_path: Path) -> None:
    from sqlalchemy import update

    from dangan.storage.db import Finding

    _export(tmp_path)
    _household({"本人月平均收入": (2850, 0.99)})
    findings, _verify = _run()
    assert "本人月平均收入" in _fields(findings, "mismatch")
    with session_scope() as s:  # re-extraction reads it again, now with little confidence
        s.execute(update(ExtractedField).where(ExtractedField.label == "本人月平均收入").values(confidence=0.3))
    findings, verify = _run()
    assert "本人月平均收入" not in _fields(findings, "mismatch") and "本人月平均收入" in _fields(verify, "verify")
    with session_scope() as s:
        row = s.scalars(select(Finding).where(Finding.field == "本人月平均收入")).one()
        assert (row.status, row.resolution) == ("resolved", "转为待核对")


def test_two_id_cards_on_one_page_do_not_make_a_paper_conflict() -> None:
    """A page with the householder's and the spouse's cards: its top-level fields mix the two people."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME, "性别": "男"},
            "confidence": {"姓名": 0.99, "身份证号": 0.99, "性别": 0.99}}
    page = {"doc_type": "身份证", "fields": {"姓名": "张三", "身份证号": WIFE, "性别": "女"},
            "confidence": {"姓名": 1.0, "身份证号": 1.0, "性别": 1.0},
            "members": [{"身份证号": WIFE, "性别": "女"}, {"姓名": "张三", "身份证号": ME, "性别": "男"}],
            "member_confidence": [{"身份证号": 1.0, "性别": 1.0}, {"姓名": 1.0, "身份证号": 1.0, "性别": 1.0}]}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME, "性别": "男"},
                       "members": []}}
    paper = paper_from_extractions([(NO, UNIT, form), (NO, UNIT, page)])
    out = reconcile(paper, electronic, "hangzhou")
    assert not [f for f in out if f["kind"] == "paper_conflict"]
    assert len(paper[NO].sources["身份证号"]) == 2  # the card's own reading corroborates the form's


def test_person_with_an_id_card_but_on_no_member_list_is_a_reading_to_verify() -> None:
    """The form's member table lost a row to reading; the son's ID card is in the archive."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    son = make_id(born="20011214", seq="119")
    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME}, "confidence": {"姓名": 0.99},
            "members": [{"姓名": "王梅", "身份证号": WIFE}], "member_confidence": [{"姓名": 0.99, "身份证号": 0.99}]}
    card = {"doc_type": "身份证", "fields": {"姓名": "张小刚", "身份证号": son}, "confidence": {"姓名": 1.0}}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME},
                       "members": [{"姓名": "王梅", "身份证号": WIFE}]}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form), (NO, UNIT, card)]), electronic, "hangzhou")
    (f,) = [f for f in out if f["field"] == "家庭成员[张小刚]"]
    assert f["kind"] == "verify" and "身份证有该成员" in f["detail"]


def test_amount_off_by_a_thousand_is_a_reading_to_verify() -> None:
    """A form printed in 千元 (5.3) against the export's 元 (5300): a unit to check, not another amount."""
    from dangan.reconcile.compare import relation

    assert relation("家庭其他非薪资年收入", 5.3, 5300) == "unsettled"
    assert relation("家庭成员[王梅].月收入", 2.2, 2200) == "unsettled"
    assert relation("本人月平均收入", 2350, 2530) == "different"


def test_register_count_needs_to_know_who_the_applicant_is() -> None:
    """The form's 姓名 not read (or its title read instead): whether the 户口簿 counts the applicant is
    unknown, so it gives no 家庭人口; once the applicant is known it does, as sure as its rows."""
    from dangan.reconcile.compare import merge_paper

    register = {"doc_type": "户口簿", "fields": {},
                "members": [{"姓名": "张三", "身份证号": ME}, {"姓名": "王梅", "身份证号": WIFE}],
                "member_confidence": [{"姓名": 0.99}, {"姓名": 0.8}]}
    for unread in ({}, {"姓名": "困难救助申请人基本情况"}):
        form = {"doc_type": "建档申请表", "fields": unread, "confidence": {"姓名": 0.99}}
        assert "家庭人口" not in merge_paper(NO, UNIT, [form, register]).fields
    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三"}, "confidence": {"姓名": 0.99}}
    paper = merge_paper(NO, UNIT, [form, register])
    assert paper.fields["家庭人口"] == 2 and paper.confidence["家庭人口"] == 0.8


def test_requirement_resting_on_a_doubtful_reading_waits_for_review(db_env: str, tmp_path: Path) -> None:
    """The export has no 是否农民工 column and the form's box was read at 0.84: whether the 劳动合同 (仅困难
    农民工) is required rests on that reading, so its absence is a reading to verify; confirmed, a finding."""
    _export(tmp_path)
    ids = _household({"是否农民工": (True, 0.84)})
    findings, verify = _run()
    assert "劳动合同" not in _fields(findings, "missing_material")
    (reading,) = [r for r in verify if r["field"] == "劳动合同"]
    assert "把握不足的读数" in reading["detail"]
    with session_scope() as s:
        confirm(s, ids["form"], "是否农民工", actor="审核员")
    findings, verify = _run()
    assert "劳动合同" in _fields(findings, "missing_material") and "劳动合同" not in _fields(verify, "verify")


@pytest.mark.parametrize(("group", "required"), [("城市困难农民工", True), ("支出性生活困难", False)])
def test_key_group_naming_migrant_workers_asks_for_the_contract(group: str, required: bool) -> None:
    """河北's form prints 五类重点群体 (seed 004: "4. 城市困难农民工") instead of a 是否农民工 box."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME, "五类重点群体": group}}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME}, "members": []}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form)]), electronic, "hangzhou", as_of=date(2014, 1, 2))
    assert (("missing_material", "劳动合同") in {(f["kind"], f["field"]) for f in out}) is required


SON = make_id(born="20011214", seq="119")


def _family(register: list[dict[str, Any]], size: int) -> list[dict[str, Any]]:
    """A form without 家庭人口 whose member table lists 王梅 and the son; a 户口簿 listing ``register``."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    rows = [{"姓名": "王梅", "关系": "妻", "身份证号": WIFE}, {"姓名": "张小刚", "关系": "子", "身份证号": SON}]
    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME},
            "confidence": {"姓名": 0.99, "身份证号": 0.99, "doc_type": 0.99}, "members": rows,
            "member_confidence": [{"姓名": 0.99, "关系": 0.99, "身份证号": 0.99}] * 2}
    book = {"doc_type": "户口簿", "fields": {}, "confidence": {"doc_type": 0.99}, "members": register,
            "member_confidence": [{"姓名": 0.99, "身份证号": 0.99}] * len(register)}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME, "家庭人口": size},
                       "members": [dict(r) for r in rows]}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form), (NO, UNIT, book)]), electronic, "hangzhou")
    return [f for f in out if f["kind"] != "rule"]  # the export's own count against its own table: not this


def test_count_from_a_register_that_lacks_the_tables_people_is_not_a_mismatch() -> None:
    """A 户口簿 whose pages were not all read (only the applicant's): the count is everyone the papers list."""
    me, wife, son = ({"姓名": "张三", "身份证号": ME}, {"姓名": "王梅", "身份证号": WIFE},
                     {"姓名": "张小刚", "身份证号": SON})
    assert not [f for f in _family([me], 3) if f["field"] == "家庭人口"]
    # the papers disagree on who the family is and the count differs: a reading to verify, never a finding
    (f,) = [f for f in _family([me], 4) if f["field"] == "家庭人口"]
    assert f["kind"] == "verify" and "不一致" in f["detail"]
    # register and table agree: the count is sure, and a different export count is a mismatch
    (f,) = [f for f in _family([me, wife, son], 4) if f["field"] == "家庭人口"]
    assert (f["kind"], f["paper"], f["electronic"]) == ("mismatch", 3, 4)


def test_member_the_register_lists_but_the_form_table_lacks_is_no_mismatch() -> None:
    """The export lists a daughter the 户口簿 lists too; the form's table lacks her (a row lost to reading)."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    girl = make_id(born="20050505", seq="128")
    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME, "家庭人口": 3},
            "confidence": {"姓名": 0.99, "身份证号": 0.99, "家庭人口": 0.99},
            "members": [{"姓名": "王梅", "身份证号": WIFE}], "member_confidence": [{"姓名": 0.99, "身份证号": 0.99}]}
    book = {"doc_type": "户口簿", "fields": {}, "confidence": {"doc_type": 0.99},
            "members": [{"姓名": "王梅", "身份证号": WIFE}, {"姓名": "张丽", "身份证号": girl}],
            "member_confidence": [{"姓名": 0.99, "身份证号": 0.99}] * 2}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME, "家庭人口": 3},
                       "members": [{"姓名": "王梅", "身份证号": WIFE}, {"姓名": "张丽", "身份证号": girl}]}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form), (NO, UNIT, book)]), electronic, "hangzhou")
    (f,) = [f for f in out if f["field"] == "家庭成员[张丽]"]
    assert f["kind"] == "verify" and "户口簿有该成员" in f["detail"] and f["evidence"][0]["doc_type"] == "户口簿"


def test_applicant_on_the_register_is_no_stray_member_when_the_form_misreads_the_name() -> None:
    """The form's 姓名 misread (熊 as 能) and its 身份证号 unread: the 户口簿's 户主 is still the export's applicant,
    not a person whom "the register lists but the form table and the export lack"."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    form = {"doc_type": "建档申请表", "fields": {"姓名": "能倩欣", "家庭人口": 2},
            "confidence": {"姓名": 0.96, "家庭人口": 0.99},
            "members": [{"姓名": "王梅", "身份证号": WIFE}], "member_confidence": [{"姓名": 0.99, "身份证号": 0.99}]}
    book = {"doc_type": "户口簿", "fields": {}, "confidence": {"doc_type": 0.99},
            "members": [{"姓名": "熊倩欣", "关系": "户主", "身份证号": ME}, {"姓名": "王梅", "身份证号": WIFE}],
            "member_confidence": [{"姓名": 0.99, "关系": 0.99, "身份证号": 0.99}] * 2}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "熊倩欣", "身份证号": ME, "家庭人口": 2},
                       "members": [{"姓名": "王梅", "身份证号": WIFE}]}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form), (NO, UNIT, book)]), electronic, "hangzhou")
    assert not [f for f in out if f["field"].startswith("家庭成员[熊倩欣")]
    assert [f["kind"] for f in out if f["field"] == "姓名"] == ["verify"]  # the misread name itself waits


@pytest.mark.parametrize(("own", "kind"), [(2350, "mismatch"), (2550, "verify")])
def test_total_summed_from_a_weak_reading_that_the_export_confirms(own: int, kind: str) -> None:
    """本人月平均收入 read at 0.80: saying exactly what the export says, it does not make the totals differ."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME, "本人月平均收入": own},
            "confidence": {"姓名": 0.99, "身份证号": 0.99, "本人月平均收入": 0.80},
            "members": [{"姓名": "王梅", "身份证号": WIFE, "月收入": 1500}],
            "member_confidence": [{"姓名": 0.99, "身份证号": 0.99, "月收入": 0.99}]}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME, "本人月平均收入": 2350,
                                             "家庭年度总收入": 99999},
                       "members": [{"姓名": "王梅", "身份证号": WIFE, "月收入": 1500}]}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form)]), electronic, "hangzhou")
    (f,) = [f for f in out if f["field"] == "家庭年度总收入"]
    assert f["kind"] == kind and f["paper"] == 12 * (own + 1500)


@pytest.mark.parametrize(("exported", "kind"), [("家庭成员患重大疾病", "missing_material"), ("子女上学", "verify")])
def test_material_only_the_paper_reading_asks_for_is_a_reading_to_verify(exported: str, kind: str) -> None:
    """The form's cause (read at 0.99) asks for a 诊断证明; when the export's cause would not, the claim rests
    on the one reading the two records disagree on (a misreading read surely is possible): a person checks."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME, "主要致困原因": "家庭成员患重大疾病"},
            "confidence": {"姓名": 0.99, "身份证号": 0.99, "主要致困原因": 0.99, "doc_type": 0.99}}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME, "主要致困原因": exported},
                       "members": []}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form)]), electronic, "hangzhou", as_of=date(2014, 1, 2))
    (f,) = [f for f in out if f["field"] == "诊断证明"]
    assert f["kind"] == kind


def test_member_id_card_says_what_the_export_says() -> None:
    """The member table's 身份证号 of 王梅 was misread (a valid number, read at 0.95); her own ID card in the
    archive reads the export's number: the papers disagree, there is nothing to send a clerk after."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    misread = make_id(born="19820202", seq="262")
    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME},
            "confidence": {"姓名": 0.99, "身份证号": 0.99, "doc_type": 0.99},
            "members": [{"姓名": "王梅", "身份证号": misread}], "member_confidence": [{"姓名": 0.99, "身份证号": 0.95}]}
    card = {"doc_type": "身份证", "fields": {"姓名": "王梅", "身份证号": WIFE},
            "confidence": {"姓名": 0.99, "身份证号": 0.99, "doc_type": 0.99}}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME},
                       "members": [{"姓名": "王梅", "身份证号": WIFE}]}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form)]), electronic, "hangzhou")
    assert [f["kind"] for f in out if f["field"] == "家庭成员[王梅].身份证号"] == ["mismatch"]  # no card: a finding
    out = reconcile(paper_from_extractions([(NO, UNIT, form), (NO, UNIT, card)]), electronic, "hangzhou")
    assert not [f for f in out if f["field"].startswith("家庭成员[王梅]") and f["kind"] in ("mismatch", "verify")]


def test_leftover_members_whose_names_differ_in_one_character_wait_for_a_person() -> None:
    """The table's row reads 王海 with no number; the export lists 王梅: one misread person or two siblings."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME, "家庭人口": 2},
            "confidence": {"姓名": 0.99, "身份证号": 0.99, "家庭人口": 0.99, "doc_type": 0.99},
            "members": [{"姓名": "王海", "关系": "妻"}], "member_confidence": [{"姓名": 0.99, "关系": 0.99}]}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME, "家庭人口": 2},
                       "members": [{"姓名": "王梅", "关系": "妻", "身份证号": WIFE}]}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form)]), electronic, "hangzhou")
    got = {(f["field"], f["kind"]) for f in out if f["field"].startswith("家庭成员[")}
    assert got == {("家庭成员[王海]", "verify"), ("家庭成员[王梅]", "verify")}
    form["members"] = [{"姓名": "李强", "关系": "妻"}]  # nothing alike: two people, each on one side
    out = reconcile(paper_from_extractions([(NO, UNIT, form)]), electronic, "hangzhou")
    got = {(f["field"], f["kind"]) for f in out if f["field"].startswith("家庭成员[")}
    assert got == {("家庭成员[李强]", "mismatch"), ("家庭成员[王梅]", "mismatch")}


def test_family_the_papers_disagree_on_is_not_complete() -> None:
    """The register lists only the applicant, the table the wife and the son: whether the export's
    daughter is on paper is not known (a lost register page may hold her)."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    girl = make_id(born="20050505", seq="128")
    rows = [{"姓名": "王梅", "身份证号": WIFE}, {"姓名": "张小刚", "身份证号": SON}]
    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME},
            "confidence": {"姓名": 0.99, "身份证号": 0.99, "doc_type": 0.99}, "members": rows,
            "member_confidence": [{"姓名": 0.99, "身份证号": 0.99}] * 2}
    book = {"doc_type": "户口簿", "fields": {}, "confidence": {"doc_type": 0.99},
            "members": [{"姓名": "张三", "身份证号": ME}], "member_confidence": [{"姓名": 0.99, "身份证号": 0.99}]}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME},
                       "members": [*rows, {"姓名": "张丽", "身份证号": girl}]}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form), (NO, UNIT, book)]), electronic, "hangzhou")
    assert [f["kind"] for f in out if f["field"] == "家庭成员[张丽]"] == ["verify"]
    book["members"] = [{"姓名": "张三", "身份证号": ME}, *rows]  # the papers agree: the daughter is not on paper
    out = reconcile(paper_from_extractions([(NO, UNIT, form), (NO, UNIT, book)]), electronic, "hangzhou")
    assert [f["kind"] for f in out if f["field"] == "家庭成员[张丽]"] == ["mismatch"]


@pytest.mark.parametrize(("paper", "confidence", "kind"), [
    (["家庭成员患重大疾病"], 0.98, "verify"),                  # one tick fewer than the export: perhaps unseen
    (["家庭成员患重大疾病"], None, "mismatch"),                # a person's (or the truth's) list: a finding
    (["家庭成员患重大疾病", "子女上学"], 0.98, "mismatch"),     # a tick the export lacks was seen: a finding
])
def test_secondary_causes_that_only_lack_ticks_are_a_reading_to_verify(
    paper: list[str], confidence: float | None, kind: str,
) -> None:
    from dangan.reconcile.core import paper_from_extractions, reconcile

    conf = {"姓名": 0.99, "身份证号": 0.99, "doc_type": 0.99}
    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME, "次要致困原因": paper},
            "confidence": conf if confidence is None else {**conf, "次要致困原因": confidence}}
    if confidence is None:
        form.pop("confidence")
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME,
                                             "次要致困原因": ["家庭成员患重大疾病", "遭受自然灾害"]}, "members": []}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form)]), electronic, "hangzhou")
    assert [f["kind"] for f in out if f["field"] == "次要致困原因"] == [kind]


@pytest.mark.parametrize(("wage", "kind"), [(3260, "verify"), (0, "mismatch"), (None, "mismatch")])
def test_income_proof_stating_the_exports_figure_makes_the_form_reading_one_to_verify(
    wage: int | None, kind: str,
) -> None:
    """The form's 本人月平均收入 read 0 at 1.00; the householder's 收入证明 states 3260 net, as the export does:
    the papers disagree, there is no finding to send a clerk after (and no second one on the derived total)."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME, "本人月平均收入": 0},
            "confidence": {"姓名": 0.99, "身份证号": 0.99, "本人月平均收入": 1.0, "doc_type": 0.99},
            "members": [{"姓名": "王梅", "身份证号": WIFE, "月收入": 0}],
            "member_confidence": [{"姓名": 0.99, "身份证号": 0.99, "月收入": 0.99}]}
    proof = {"doc_type": "收入证明", "fields": {"姓名": "张三", "月均工资": 4030, "月均实发工资": wage},
             "confidence": {"姓名": 0.99, "月均工资": 0.99, "月均实发工资": 0.99, "doc_type": 0.99}}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME, "本人月平均收入": 3260,
                                             "家庭年度总收入": 12 * 3260},
                       "members": [{"姓名": "王梅", "身份证号": WIFE, "月收入": 0}]}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form), (NO, UNIT, proof)]), electronic, "hangzhou")
    (f,) = [f for f in out if f["field"] == "本人月平均收入"]
    assert f["kind"] == kind
    if kind == "verify":
        assert "收入证明的读数与电子档案一致" in f["detail"] and f["evidence"][1]["doc_type"] == "收入证明"
    assert not [f for f in out if f["field"] == "家庭年度总收入"]  # explained by the income that differs


def test_member_income_proof_corroborates_a_weak_reading() -> None:
    """王梅's 月收入 read at 0.80 in the table, and her 收入证明 states the same: a finding, not a reading to verify."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME},
            "confidence": {"姓名": 0.99, "身份证号": 0.99, "doc_type": 0.99},
            "members": [{"姓名": "王梅", "身份证号": WIFE, "月收入": 1500}],
            "member_confidence": [{"姓名": 0.99, "身份证号": 0.99, "月收入": 0.80}]}
    proof = {"doc_type": "收入证明", "fields": {"姓名": "王梅", "月均实发工资": 1500},
             "confidence": {"姓名": 0.99, "月均实发工资": 0.97, "doc_type": 0.99}}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME},
                       "members": [{"姓名": "王梅", "身份证号": WIFE, "月收入": 1800}]}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form)]), electronic, "hangzhou")
    assert [f["kind"] for f in out if f["field"] == "家庭成员[王梅].月收入"] == ["verify"]
    out = reconcile(paper_from_extractions([(NO, UNIT, form), (NO, UNIT, proof)]), electronic, "hangzhou")
    assert [f["kind"] for f in out if f["field"] == "家庭成员[王梅].月收入"] == ["mismatch"]


def test_account_of_hardship_states_what_the_printing_has_no_box_for() -> None:
    """湖南's 审批表 prints no income: the form's 困难情况说明 states the family's yearly income, which is then
    the paper's figure (a planted difference in the export's total is found from it)."""
    from dangan.reconcile.core import paper_from_extractions, reconcile
    from dangan.reconcile.narrative import stated_figures

    assert stated_figures("家庭共4人，本人月收入3290元，家庭年收入89760元。") == {
        "家庭年度总收入": 89760, "本人月平均收入": 3290, "家庭人口": 4}
    assert stated_figures("全家两口人，家庭年总收入3.2万元") == {"家庭年度总收入": 32000, "家庭人口": 2}
    assert stated_figures("家庭年人均收入5000元") == {}  # per head: not the total
    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME,
                                             "困难情况说明": "家庭共1人，本人月收入3290元，家庭年收入39480元。"}}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME, "本人月平均收入": 3290,
                                             "家庭年度总收入": 41480}, "members": []}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form)]), electronic, "hangzhou")
    (f,) = [f for f in out if f["field"] == "家庭年度总收入"]
    assert (f["kind"], f["paper"]) == ("mismatch", 39480) and "困难情况说明" in f["detail"]
    assert not [f for f in out if f["field"] == "本人月平均收入"]


def test_income_the_forms_own_total_contradicts_is_a_reading_to_verify() -> None:
    """家庭其他非薪资年收入 read 800.2 at 0.97 (3800 on paper): with it the form's incomes do not sum to the yearly
    income its account states, which is the export's; with the export's 3800 they do. A misreading, not a finding."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    def run(other: float, account_total: int) -> str:
        form = {"doc_type": "建档申请表",
                "fields": {"姓名": "张三", "身份证号": ME, "本人月平均收入": 2630, "家庭其他非薪资年收入": other,
                           "困难情况说明": f"家庭共2人，本人月收入2630元，家庭年收入{account_total}元。"},
                "confidence": {"姓名": 0.99, "身份证号": 0.99, "本人月平均收入": 0.99, "家庭其他非薪资年收入": 0.97,
                               "困难情况说明": 0.99, "doc_type": 0.99},
                "members": [{"姓名": "王梅", "身份证号": WIFE, "月收入": 0}],
                "member_confidence": [{"姓名": 0.99, "身份证号": 0.99, "月收入": 0.99}]}
        electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME, "本人月平均收入": 2630,
                                                 "家庭其他非薪资年收入": 3800, "家庭年度总收入": 35360},
                           "members": [{"姓名": "王梅", "身份证号": WIFE, "月收入": 0}]}}
        out = reconcile(paper_from_extractions([(NO, UNIT, form)]), electronic, "hangzhou")
        (f,) = [f for f in out if f["field"] == "家庭其他非薪资年收入"]
        assert not [f for f in out if f["field"] == "家庭年度总收入"]  # no second finding through the total
        return f["kind"]

    assert run(800.2, 35360) == "verify"
    assert run(3300, 34860) == "mismatch"  # the paper's own figures agree with each other: a difference


def test_income_proof_stating_the_forms_figure_beside_the_exports_corroborates_the_form() -> None:
    """The form says 1970 (net); the export says 2360, which is the 收入证明's gross wage, and the same 收入证明
    states 1970 net: the paper is of one mind, the export holds the other figure — a finding."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME, "本人月平均收入": 1970},
            "confidence": {"姓名": 0.99, "身份证号": 0.99, "本人月平均收入": 0.99, "doc_type": 0.99}}
    proof = {"doc_type": "收入证明", "fields": {"姓名": "张三", "月均工资": 2360, "月均实发工资": 1970},
             "confidence": {"姓名": 0.99, "月均工资": 0.99, "月均实发工资": 0.99, "doc_type": 0.99}}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME, "本人月平均收入": 2360},
                       "members": []}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form), (NO, UNIT, proof)]), electronic, "hangzhou")
    assert [f["kind"] for f in out if f["field"] == "本人月平均收入"] == ["mismatch"]


def test_childs_age_from_the_register_when_the_table_gives_no_number() -> None:
    """The table lists the son by name only; the 户口簿 gives his number (born 2012): a 13-year-old has no 身份证
    to copy, so his card is no missing material (the export does not list him, so it cannot say his age)."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    boy = make_id(born="20120304", seq="053")
    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME},
            "confidence": {"姓名": 0.99, "身份证号": 0.99, "doc_type": 0.99},
            "members": [{"姓名": "张明"}], "member_confidence": [{"姓名": 0.99}]}
    book = {"doc_type": "户口簿", "fields": {}, "confidence": {"doc_type": 0.99},
            "members": [{"姓名": "张三", "身份证号": ME}, {"姓名": "张明", "身份证号": boy}],
            "member_confidence": [{"姓名": 0.99, "身份证号": 0.99}] * 2}
    card = {"doc_type": "身份证", "fields": {"姓名": "张三", "身份证号": ME}, "confidence": {"姓名": 0.99, "doc_type": 0.99}}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME}, "members": []}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form), (NO, UNIT, book), (NO, UNIT, card)]), electronic,
                    "hangzhou", as_of=date(2025, 12, 1))
    assert not [f for f in out if f["kind"] == "missing_material" and f["field"].startswith("身份证[张明")]


@pytest.mark.parametrize(("label", "paper", "electronic"), [
    ("婚姻状况", "离婚", "已婚"), ("本人月平均收入", 2930, 2750), ("身份证号", WIFE, ME), ("工作单位", "杭州橡胶厂", "杭州化纤厂"),
    ("审核人", "王建国", "王建军"),
])
def test_trust_threshold_of_the_fields_group_on_the_form(label: str, paper: Any, electronic: Any) -> None:
    """A form's reading is a finding from its group's calibrated threshold (evidence.TRUST_BY_GROUP), below
    it a reading to verify: a tick, a figure or a name at 0.91 is 84-95 % right on seen layouts, an ID at 0.91
    (its check digit holds) is not; a name at 0.95-0.98 is 83 % right on seen and browser-printed forms, a tick
    97 % (its confidence is the option word's, not the tick's placing)."""
    from dangan.reconcile.core import paper_from_extractions, reconcile
    from dangan.reconcile.evidence import field_group, trust_threshold

    at = trust_threshold(label, "建档申请表")
    assert at == {"number": 0.90, "text": 0.98, "name": 0.98, "choice": 0.98}.get(field_group(label), 0.95)
    assert trust_threshold(label) >= at  # the paper not known: the stricter of form and other papers
    for conf, kind in ((at, "mismatch"), (round(at - 0.01, 2), "verify")):
        form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", label: paper},
                "confidence": {"姓名": 0.99, label: conf, "doc_type": 0.99}}
        data = {"职工编号": NO, "姓名": "张三", label: electronic}
        out = reconcile(paper_from_extractions([(NO, UNIT, form)]), {NO: {"单位": UNIT, "data": data, "members": []}},
                        "hangzhou")
        assert [f["kind"] for f in out if f["field"] == label] == [kind], (conf, out)


@pytest.mark.parametrize(("class_confidence", "kind"), [(0.97, "missing_material"), (0.72, "verify")])
def test_paper_of_a_doubtful_type_nothing_asked_for_may_be_the_lacking_material(class_confidence: float,
                                                                                 kind: str) -> None:
    """A 劳动合同 nobody asked for, classified at 0.72: it may be the 公示证明 the household seems to lack (a
    reading to verify); classified at 0.97, the 公示证明 is missing."""
    from dangan.reconcile.core import paper_from_extractions, reconcile
    from dangan.reconcile.evidence import CLASS_SURE

    assert 0.72 < CLASS_SURE <= 0.97
    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME}, "confidence": {"doc_type": 0.99}}
    spare = {"doc_type": "劳动合同", "fields": {}, "confidence": {"doc_type": class_confidence}}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME}, "members": []}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form), (NO, UNIT, spare)]), electronic, "hangzhou")
    (f,) = [f for f in out if f["field"] == "公示证明"]
    assert f["kind"] == kind
    if kind == "verify":
        assert "识别为劳动合同但把握不足" in f["detail"]


@pytest.mark.parametrize(("signs", "kind"), [(["劳动合同"], "missing_material"),
                                             (["劳动合同", "公示证明"], "verify")])
def test_doubtful_spare_paper_stands_only_for_a_material_it_shows_signs_of(signs: list[str], kind: str) -> None:
    """The same 劳动合同 at 0.72: when its text shows nothing of a 公示证明 (extraction's doc_type_candidates),
    the 公示证明 is missing; when it shows signs of one, a reading to verify."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME}, "confidence": {"doc_type": 0.99}}
    spare = {"doc_type": "劳动合同", "fields": {}, "confidence": {"doc_type": 0.72}, "doc_type_candidates": signs}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME}, "members": []}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form), (NO, UNIT, spare)]), electronic, "hangzhou")
    assert [f["kind"] for f in out if f["field"] == "公示证明"] == [kind]


def test_flow_carries_the_stored_results_type_candidates(s3_env: Any, tmp_path: Path) -> None:
    """The store path reads doc_type_candidates from the result in ``derived`` with the confidence: a paper
    called 其他 at 0.50 that shows signs of a 户口簿 only is no doubt about 王梅's 收入证明, which is missing."""
    import io
    import json

    from dangan.storage import objects

    _export(tmp_path)
    ids = _household({}, others=[("收入证明", {"姓名": ("张三", 0.99)}), ("其他", {"姓名": ("王梅", 0.99)})], first=94)
    with session_scope() as s:
        key = f"extract/{s.get(Document, ids['其他']).sha256}/result.json"
    data = json.dumps({"doc_type": "其他", "confidence": {"doc_type": 0.5}, "doc_type_candidates": ["户口簿"]}).encode()
    objects.get_client(s3_env).put_object(s3_env.bucket("derived"), key, io.BytesIO(data), len(data))
    findings, verify = _run()
    assert "收入证明[王梅]" in _fields(findings, "missing_material")
    assert "收入证明[王梅]" not in _fields(verify, "verify")


def test_householders_card_says_whose_name_the_form_misread(db_env: str, tmp_path: Path) -> None:
    """The form's name was misread surely (张主 at 0.99); the ID card carrying the householder's 身份证号 reads
    the export's 张三: the papers disagree (纸质材料之间不一致), nothing to send a clerk after as a mismatch."""
    _export(tmp_path)
    _household({"姓名": ("张主", 0.99)}, others=[("身份证", {"姓名": ("张三", 0.99), "身份证号": (ME, 0.99)})], first=96)
    findings, verify = _run()
    assert "姓名" not in _fields(findings, "mismatch") | _fields(verify, "verify")
    (f,) = [r for r in findings if r["kind"] == "paper_conflict" and r["field"] == "姓名"]
    assert "张主" in f["detail"] and "张三" in f["detail"]


def test_householders_misread_name_without_a_second_paper_is_a_mismatch(db_env: str, tmp_path: Path) -> None:
    _export(tmp_path)
    _household({"姓名": ("张主", 0.99)})
    findings, _verify = _run()
    assert "姓名" in _fields(findings, "mismatch")


def test_material_of_a_member_is_named_as_two_of_their_papers_name_them() -> None:
    """The table misread 王梅 as 王海 (at 0.99); her ID card and the 户口簿 row, both carrying her 身份证号, read
    王梅: her missing 收入证明 is 王梅's, not a stranger's. One paper against the table would settle nothing."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME},
            "confidence": {"姓名": 0.99, "身份证号": 0.99, "doc_type": 0.99},
            "members": [{"姓名": "王海", "关系": "妻", "身份证号": WIFE, "月收入": 1500}],
            "member_confidence": [{"姓名": 0.99, "关系": 0.99, "身份证号": 0.99, "月收入": 0.99}]}
    card = {"doc_type": "身份证", "file": "03_身份证.png", "fields": {"姓名": "王梅", "身份证号": WIFE},
            "confidence": {"姓名": 0.99, "身份证号": 0.99, "doc_type": 0.99}}
    register = {"doc_type": "户口簿", "file": "04_户口簿.png", "fields": {}, "confidence": {"doc_type": 0.99},
                "members": [{"姓名": "王梅", "身份证号": WIFE}], "member_confidence": [{"姓名": 0.99, "身份证号": 0.99}]}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME},
                       "members": [{"姓名": "王梅", "身份证号": WIFE, "月收入": 1500}]}}

    def proofs(*docs: dict[str, Any]) -> set[str]:
        out = reconcile(paper_from_extractions([(NO, UNIT, d) for d in docs]), electronic, "hangzhou")
        return {f["field"] for f in out if f["kind"] == "missing_material" and f["field"].startswith("收入证明[")}

    assert "收入证明[王梅]" in proofs(form, card, register) and "收入证明[王海]" not in proofs(form, card, register)
    assert "收入证明[王海]" in proofs(form, card)  # the card alone against the table: the table's reading stands


@pytest.mark.parametrize(("on_form", "kind"), [(None, "verify"), ("家庭成员患重大疾病", "missing_material")])
def test_material_only_the_exports_cause_asks_for_waits_when_the_forms_cause_went_unread(
        on_form: str | None, kind: str) -> None:
    """The form was read, but no reading of its cause was taken (the ticked box not found): the 诊断证明 the
    export's cause asks for rests on the export alone, and the form may tick another cause: a person checks.
    With the form's cause read surely and the same, the claim stands."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    fields: dict[str, Any] = {"姓名": "张三", "身份证号": ME}
    conf = {"姓名": 0.99, "身份证号": 0.99, "doc_type": 0.99}
    if on_form:
        fields["主要致困原因"], conf["主要致困原因"] = on_form, 0.99
    form = {"doc_type": "建档申请表", "fields": fields, "confidence": conf}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME,
                                             "主要致困原因": "家庭成员患重大疾病"}, "members": []}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form)]), electronic, "hangzhou", as_of=date(2014, 1, 2))
    (f,) = [f for f in out if f["field"] == "诊断证明"]
    assert f["kind"] == kind
    assert kind != "verify" or "未读出" in f["detail"]


@pytest.mark.parametrize(("read", "kind"), [(6, "verify"), (600, "mismatch")])
def test_amount_of_one_digit_is_a_reading_to_verify(read: int, kind: str) -> None:
    """A member's 月收入 read 6 at 0.98 where the export says 0: a few yuan is no income, the 0 was misread."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME},
            "confidence": {"姓名": 0.99, "身份证号": 0.99, "doc_type": 0.99},
            "members": [{"姓名": "王梅", "身份证号": WIFE, "月收入": read}],
            "member_confidence": [{"姓名": 0.99, "身份证号": 0.99, "月收入": 0.98}]}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME},
                       "members": [{"姓名": "王梅", "身份证号": WIFE, "月收入": 0}]}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form)]), electronic, "hangzhou")
    assert [f["kind"] for f in out if f["field"] == "家庭成员[王梅].月收入"] == [kind]


@pytest.mark.parametrize(("cause", "kind"), [(None, "verify"), ("家庭成员患重大疾病", "missing_material")])
def test_flow_material_only_the_exports_cause_asks_for_waits_when_the_forms_cause_went_unread(
        db_env: str, tmp_path: Path, cause: str | None, kind: str) -> None:
    """Through the flow and the database: the export's cause asks for a 诊断证明; the stored form has no reading
    of its cause (a reading to verify) or reads the same cause surely (a missing material)."""
    _export(tmp_path)
    _household({} if cause is None else {"主要致困原因": (cause, 0.99)})
    findings, verify = _run()
    assert [r["kind"] for r in [*findings, *verify] if r["field"] == "诊断证明"] == [kind]


def test_flow_amount_of_one_digit_is_a_reading_to_verify(db_env: str, tmp_path: Path) -> None:
    """Through the flow and the database: 本人月平均收入 stored as 6 at 0.99 against the export's 2350."""
    _export(tmp_path)
    _household({"本人月平均收入": (6, 0.99)})
    findings, verify = _run()
    assert "本人月平均收入" not in _fields(findings, "mismatch") and "本人月平均收入" in _fields(verify, "verify")


@pytest.mark.parametrize(("account", "kind"), [
    ("家庭共2人，本人月收入2350元，主要困难：本人大病，生活困难。", "verify"),  # the account says the export's cause
    ("家庭共2人，主要困难：重大事故，生活困难。", "mismatch"),  # it says the ticked one
    ("家庭共2人，本人月收入2350元，生活困难。", "mismatch"),  # it names no cause
])
def test_account_naming_the_exports_cause_makes_a_ticked_cause_one_to_verify(account: str, kind: str) -> None:
    """The form's ticks read 重大事故 surely, the export says 家庭成员患重大疾病. Where the applicant's own account
    (困难情况说明) names an illness (本人大病, the same national cause), the papers disagree with themselves: a
    person looks. An account naming the ticked cause, or none, leaves the difference a finding."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME, "主要致困原因": "重大事故",
                                             "困难情况说明": account},
            "confidence": {"姓名": 0.99, "身份证号": 0.99, "主要致困原因": 0.99, "困难情况说明": 0.97, "doc_type": 0.99}}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME,
                                             "主要致困原因": "家庭成员患重大疾病"}, "members": []}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form)]), electronic, "hangzhou", as_of=date(2014, 1, 2))
    assert [f["kind"] for f in out if f["field"] == "主要致困原因"] == [kind]


@pytest.mark.parametrize(("status", "relation", "kind"), [
    ("离异", "妻", "verify"),  # a wife in the table beside 离异: the papers contradict themselves
    ("丧偶", "配偶", "verify"),
    ("离异", "女儿", "mismatch"),  # no spouse listed: the reading stands
])
def test_status_without_spouse_beside_a_listed_spouse_is_a_reading_to_verify(status: str, relation: str,
                                                                              kind: str) -> None:
    from dangan.reconcile.core import paper_from_extractions, reconcile

    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME, "婚姻状况": status},
            "confidence": {"姓名": 0.99, "身份证号": 0.99, "婚姻状况": 0.99, "doc_type": 0.99},
            "members": [{"姓名": "王梅", "关系": relation, "身份证号": WIFE, "月收入": 1500}],
            "member_confidence": [{"姓名": 0.99, "关系": 0.99, "身份证号": 0.99, "月收入": 0.99}]}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME, "婚姻状况": "已婚"},
                       "members": [{"姓名": "王梅", "关系": relation, "身份证号": WIFE, "月收入": 1500}]}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form)]), electronic, "hangzhou", as_of=date(2014, 1, 2))
    found = [f for f in out if f["field"] == "婚姻状况"]
    assert [f["kind"] for f in found] == [kind]
    assert kind == "mismatch" or "配偶" in found[0]["detail"]


def test_flow_spouse_on_the_form_holds_back_a_divorced_reading(db_env: str, tmp_path: Path) -> None:
    """Through the flow's reconcile_task on the real database: the 户口簿 page lists 王梅 as the householder's
    配偶, so the form's 离异 read at 0.99 waits for a person instead of making a finding."""
    _export(tmp_path)
    _household({"婚姻状况": ("离异", 0.99)},
               others=[("户口簿", {"户主姓名": ("张三", 0.99)})], first=97)
    with session_scope() as s:
        doc = s.scalars(select(Document).where(Document.doc_type == "户口簿")).one()
        for label, value in (("姓名", "王梅"), ("关系", "配偶"), ("身份证号", WIFE)):
            s.add(ExtractedField(document_id=doc.id, member_index=0, label=label, value=value, confidence=0.99))
    findings, verify = _run()
    assert "婚姻状况" not in _fields(findings, "mismatch")
    assert "婚姻状况" in _fields(verify, "verify")


@pytest.mark.parametrize(("group", "kind"), [("城市困难农民工", "missing_material"), ("支出性生活困难", "verify"),
                                             (None, "verify")])
def test_two_boxes_stating_one_fact_corroborate_each_other(db_env: str, tmp_path: Path, group: str | None,
                                                           kind: str) -> None:
    """是否农民工 read 是 at 0.84 alone leaves the 劳动合同 to a person; the form's 五类重点群体 box read
    城市困难农民工 at 0.86 states the same fact, so the two readings corroborate each other and the absent
    contract is a finding. Another group says nothing of it."""
    _export(tmp_path)
    fields: dict[str, tuple[Any, float]] = {"是否农民工": (True, 0.84)}
    if group:
        fields["五类重点群体"] = (group, 0.86)
    _household(fields, first=98)
    findings, verify = _run()
    found = _fields(findings, "missing_material") if kind == "missing_material" else _fields(verify, "verify")
    assert "劳动合同" in found
    assert "劳动合同" not in (_fields(verify, "verify") if kind == "missing_material"
                             else _fields(findings, "missing_material"))


def test_flow_account_naming_the_exports_cause_holds_back_a_ticked_cause(db_env: str, tmp_path: Path) -> None:
    """Through the flow's reconcile_task on the real database: the ticks read 重大事故 surely, the export says
    家庭成员患重大疾病 and the applicant's account says 本人大病: a reading to verify, not a mismatch."""
    _export(tmp_path)
    _household({"主要致困原因": ("重大事故", 0.99),
                "困难情况说明": ("家庭共2人，主要困难：本人大病，生活困难。", 0.97)}, first=99)
    findings, verify = _run()
    assert "主要致困原因" not in _fields(findings, "mismatch")
    assert "主要致困原因" in _fields(verify, "verify")


@pytest.mark.parametrize(("cause", "confidence", "kind"), [
    ("遭受意外事故", 0.93, "verify"), ("家庭成员患重大疾病", 0.93, "missing_material"),
    ("遭受意外事故", 0.44, "missing_material"),  # a reading at 0.44 says little of what the paper states
])
def test_material_the_export_asks_for_where_a_doubtful_cause_says_otherwise_waits(cause: str, confidence: float,
                                                                                   kind: str) -> None:
    """The form's cause read at 0.93 (below the threshold: a reading to verify of its own) says 遭受意外事故, the
    export 家庭成员患重大疾病. The 诊断证明 only the export's cause asks for rests on a field the paper may state
    otherwise: a reading to verify, not a missing material. Read at 0.93 as the export's cause, both records
    ask for it: the claim stands."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME, "主要致困原因": cause},
            "confidence": {"姓名": 0.99, "身份证号": 0.99, "主要致困原因": confidence, "doc_type": 0.99}}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME,
                                             "主要致困原因": "家庭成员患重大疾病"}, "members": []}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form)]), electronic, "hangzhou", as_of=date(2014, 1, 2))
    assert [f["kind"] for f in out if f["field"] == "诊断证明"] == [kind]


def test_flow_material_the_export_asks_for_where_a_doubtful_cause_says_otherwise_waits(db_env: str,
                                                                                        tmp_path: Path) -> None:
    """Through the flow and the database: the stored form's cause 遭受意外事故 at 0.93, the export's 家庭成员患重大疾病:
    the 诊断证明 waits for a person, as the cause does."""
    _export(tmp_path)
    _household({"主要致困原因": ("遭受意外事故", 0.93)}, first=97)
    findings, verify = _run()
    assert "诊断证明" not in _fields(findings, "missing_material")
    assert {"诊断证明", "主要致困原因"} <= _fields(verify, "verify")


@pytest.mark.parametrize(("other", "total", "kind"), [(70, 77520, "verify"), (7000, 84520, "mismatch")])
def test_income_the_papers_sum_contradicts_by_a_few_yuan_is_a_reading_to_verify(other: int, total: int,
                                                                                 kind: str) -> None:
    """家庭其他非薪资年收入 read 70 at 1.00 where the paper prints 0 and the export says 0: 12 × (3800 + 2660) + 70 is
    77,590, not the 77,520 the same form states (the export's total): 70 yuan off a total of 77,520 is within
    the 0.5 % two statements of one amount may differ by, but a sum of the paper's own figures adds up to the
    yuan. A paper whose figures add up (7,000 and 84,520) differs from the export: a mismatch."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    fields = {"姓名": "张三", "身份证号": ME, "本人月平均收入": 3800, "家庭其他非薪资年收入": other,
              "家庭年度总收入": total}
    form = {"doc_type": "建档申请表", "fields": fields, "confidence": {**{k: 1.0 for k in fields}, "doc_type": 0.99},
            "members": [{"姓名": "王梅", "身份证号": WIFE, "月收入": 2660}],
            "member_confidence": [{"姓名": 1.0, "身份证号": 1.0, "月收入": 1.0}]}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME, "本人月平均收入": 3800,
                                             "家庭其他非薪资年收入": 0, "家庭年度总收入": total},
                       "members": [{"姓名": "王梅", "身份证号": WIFE, "月收入": 2660}]}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form)]), electronic, "hangzhou")
    assert [f["kind"] for f in out if f["field"] == "家庭其他非薪资年收入"] == [kind]


@pytest.mark.parametrize(("account", "kind"), [
    ("家庭共1人，主要困难：意外致困，生活困难。", "mismatch"),  # the account names the ticked cause
    ("家庭共1人，主要團难:意外致图，生活困难。", "mismatch"),  # the same, two characters misread by OCR
    ("家庭共1人，主要困难。意外致困，生活困难。", "mismatch"),  # the colon read as a full stop
    ("家庭共1人，生活困难。", "verify"),  # it names no cause: the tick at 0.93 stands alone
    ("家庭共1人，主要困难：意病致困，生活困难。", "verify"),  # one character off two causes: no evidence
])
def test_account_naming_the_ticked_cause_corroborates_a_weak_tick(account: str, kind: str) -> None:
    """The cause ticked at 0.93 (below the form's 0.98 for a tick) says 意外致困, the export 家庭成员患重大疾病. The
    applicant's account on the same form names 意外致困 too: a tick placed against the wrong option and an account
    naming that same option are two misreadings that do not happen together, so the difference is a finding."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    form = {"doc_type": "建档申请表",
            "fields": {"姓名": "张三", "身份证号": ME, "主要致困原因": "意外致困", "困难情况说明": account},
            "confidence": {"姓名": 0.99, "身份证号": 0.99, "主要致困原因": 0.93, "困难情况说明": 0.9, "doc_type": 0.99}}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME,
                                             "主要致困原因": "家庭成员患重大疾病"}, "members": []}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form)]), electronic, "hangzhou")
    assert [f["kind"] for f in out if f["field"] == "主要致困原因"] == [kind]


@pytest.mark.parametrize(("account", "expected"), [
    ("家庭共1人，主要困难：意外致困，生活困难。", ["mismatch"]),  # the paper's only statement of the cause
    ("家庭共1人，主要困难：本人大病，生活困难。", []),  # the account says the export's cause
    ("家庭共1人，生活困难。", []),  # no cause stated, no tick read: nothing on paper to compare
])
def test_the_account_states_the_cause_where_no_tick_was_read(account: str, expected: list[str]) -> None:
    """No box of 主要致困原因 was read, but the applicant's account names the main hardship: that is the paper's
    statement of the cause, compared with the export like a figure the account states."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    form = {"doc_type": "建档申请表",
            "fields": {"姓名": "张三", "身份证号": ME, "困难情况说明": account},
            "confidence": {"姓名": 0.99, "身份证号": 0.99, "困难情况说明": 0.99, "doc_type": 0.99}}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME,
                                             "主要致困原因": "家庭成员患重大疾病"}, "members": []}}
    out = [f for f in reconcile(paper_from_extractions([(NO, UNIT, form)]), electronic, "hangzhou")
           if f["field"] == "主要致困原因"]
    assert [f["kind"] for f in out] == expected
    assert all("取自困难情况说明" in f["detail"] for f in out)


@pytest.mark.parametrize(("total", "kind"), [(77520, "mismatch"), (77250, "verify")])
def test_total_the_papers_incomes_add_up_to_is_corroborated(total: int, kind: str) -> None:
    """家庭年度总收入 read at 0.86 (below 0.95): 77,520 is to the yuan 12 × (3800 + 2660) + 0, the sum of the form's
    other boxes, so its difference from the export's 80,000 is a finding; 77,250 adds up to nothing: to verify."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    fields = {"姓名": "张三", "身份证号": ME, "本人月平均收入": 3800, "家庭其他非薪资年收入": 0, "家庭年度总收入": total}
    form = {"doc_type": "建档申请表", "fields": fields,
            "confidence": {**{k: 1.0 for k in fields}, "家庭年度总收入": 0.86, "doc_type": 0.99},
            "members": [{"姓名": "王梅", "身份证号": WIFE, "月收入": 2660}],
            "member_confidence": [{"姓名": 1.0, "身份证号": 1.0, "月收入": 1.0}]}
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME, "本人月平均收入": 3800,
                                             "家庭其他非薪资年收入": 0, "家庭年度总收入": 80000},
                       "members": [{"姓名": "王梅", "身份证号": WIFE, "月收入": 2660}]}}
    out = reconcile(paper_from_extractions([(NO, UNIT, form)]), electronic, "hangzhou")
    assert [f["kind"] for f in out if f["field"] == "家庭年度总收入"] == [kind]


@pytest.mark.parametrize(("confidence", "shown"), [(0.979, "0.979"), (0.93, "0.93")])
def test_reading_to_verify_says_its_confidence_below_the_threshold(confidence: float, shown: str) -> None:
    """A tick read at 0.979 waits for a person (a form's choice is trusted from 0.98): the note says 0.979, never
    the self-contradicting 置信度 0.98，低于 0.98."""
    from dangan.reconcile.evidence import trust_note

    assert trust_note(confidence, None, "困难类别", "建档申请表") == f"机器识别置信度 {shown}，低于 0.98"


@pytest.mark.parametrize(("spouse_card", "kind"), [(True, "verify"), (False, "mismatch")])
def test_status_without_spouse_while_the_exports_spouse_has_papers_in_the_archive(spouse_card: bool,
                                                                                   kind: str) -> None:
    """The form's table lost 王梅's row (only the son's was read) and 未婚 was read surely; the export lists 王梅 as 配偶. Her own
    ID card and 收入证明 in the archive say the papers carry a spouse: the 未婚 reading and "纸质档案没有" 王梅 both
    wait for a person. Without her papers the archive shows no spouse, and both stand as mismatches."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME, "婚姻状况": "未婚", "家庭人口": 2},
            "confidence": {"姓名": 0.99, "身份证号": 0.99, "婚姻状况": 0.999, "家庭人口": 0.99, "doc_type": 0.99},
            "members": [{"姓名": "张小刚", "关系": "子", "身份证号": SON}],
            "member_confidence": [{"姓名": 0.99, "关系": 0.99, "身份证号": 0.99}]}
    papers = [(NO, UNIT, form)]
    if spouse_card:
        papers += [(NO, UNIT, {"doc_type": "身份证", "fields": {"姓名": "王梅", "身份证号": WIFE},
                               "confidence": {"姓名": 1.0, "身份证号": 1.0, "doc_type": 0.99}}),
                   (NO, UNIT, {"doc_type": "收入证明", "fields": {"姓名": "王梅", "月均实发工资": 1500},
                               "confidence": {"姓名": 1.0, "月均实发工资": 0.99, "doc_type": 0.99}})]
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME, "婚姻状况": "已婚",
                                              "家庭人口": 2},
                       "members": [{"姓名": "王梅", "关系": "配偶", "身份证号": WIFE, "月收入": 1500},
                                   {"姓名": "张小刚", "关系": "子", "身份证号": SON}]}}
    out = reconcile(paper_from_extractions(papers), electronic, "hangzhou", as_of=date(2014, 1, 2))
    (status,) = [f for f in out if f["field"] == "婚姻状况"]
    (member,) = [f for f in out if f["field"] == "家庭成员[王梅]"]
    assert (status["kind"], member["kind"]) == (kind, kind)
    if spouse_card:
        assert "王梅" in status["detail"] and "身份证" in member["detail"]


@pytest.mark.parametrize(("read", "exported", "papers", "kind"), [
    ("残疾", "子女上学", [("其他", "录取通知书")], "verify"),  # no 残疾人证; the export's cause is proved
    ("残疾", "下岗失业", [], "verify"),  # no 残疾人证; the export's cause needs no proof
    ("残疾", "子女上学", [("残疾人证", "")], "mismatch"),  # the archive proves the reading
    ("残疾", "子女上学", [], "mismatch"),  # neither is proved: the archive does not tell the two apart
    ("收入低", "本人大病", [], "mismatch"),  # the reading needs no proof
])
def test_cause_read_without_its_proof_in_the_archive_is_a_reading_to_verify(
        read: str, exported: str, papers: list[tuple[str, str]], kind: str) -> None:
    """A 主要致困原因 ticked surely whose proof (the rule sets' cause_proof materials) the archive lacks, where the
    export's cause is proved by the archive or needs no proof: the tick was likely read against the wrong option."""
    from dangan.reconcile.core import paper_from_extractions, reconcile

    form = {"doc_type": "建档申请表", "fields": {"姓名": "张三", "身份证号": ME, "主要致困原因": read},
            "confidence": {"姓名": 0.99, "身份证号": 0.99, "主要致困原因": 1.0, "doc_type": 0.99}}
    docs = [(NO, UNIT, form)] + [
        (NO, UNIT, {"doc_type": t, "fields": {"姓名": "张三", **({"材料名称": k} if k else {})},
                    "confidence": {"姓名": 0.99, "材料名称": 0.99, "doc_type": 0.99}}) for t, k in papers]
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME, "主要致困原因": exported},
                       "members": []}}
    out = reconcile(paper_from_extractions(docs), electronic, "hangzhou", as_of=date(2014, 1, 2))
    assert [f["kind"] for f in out if f["field"] == "主要致困原因"] == [kind]


def test_flow_unmarried_reading_beside_the_exports_spouse_on_the_form_waits(db_env: str, tmp_path: Path) -> None:
    """Through the flow's reconcile_task on the real database: the form's table lists 王梅 (her relation not
    read) and the export lists her as 妻, so 未婚 read at 0.999 waits for a person instead of making a finding."""
    _export(tmp_path)
    _household({"婚姻状况": ("未婚", 0.999)}, first=121)
    findings, verify = _run()
    assert "婚姻状况" not in _fields(findings, "mismatch")
    assert "婚姻状况" in _fields(verify, "verify")


@pytest.mark.parametrize(("proof", "kind"), [("诊断证明", "verify"), ("残疾人证", "mismatch")])
def test_flow_cause_read_without_its_proof_waits(db_env: str, tmp_path: Path, proof: str, kind: str) -> None:
    """Through the flow on the real database: 残疾 ticked at 1.0, the export's 家庭成员患重大疾病; with only a
    诊断证明 in the archive the tick waits for a person, with a 残疾人证 it is a mismatch."""
    _export(tmp_path)
    _household({"主要致困原因": ("残疾", 1.0)}, others=[(proof, {"姓名": ("王梅", 0.99)})],
               first=123 if proof == "诊断证明" else 125)
    findings, verify = _run()
    rows = _fields(findings, "mismatch") if kind == "mismatch" else _fields(verify, "verify")
    assert "主要致困原因" in rows


@pytest.mark.parametrize(("signs", "kind"), [(["户口簿", "低保证"], "verify"), (["户口簿"], "missing_material")])
def test_flow_paper_that_may_be_a_dibao_card_leaves_the_cause_proof_in_doubt(
    s3_env: Any, tmp_path: Path, signs: list[str], kind: str
) -> None:
    """Through the flow, the store and the database: a second 户口簿 classified at 0.80 whose stored result shows
    signs of a 低保证 may be the household's 低保证, and a 低保 household needs no 致困原因证明 (杭州): the missing
    诊断证明 waits for a person. With no sign of a 低保证 it is missing, as before."""
    import io
    import json

    from dangan.storage import objects

    _export(tmp_path)
    first = 130 if kind == "verify" else 133
    ids = _household({"主要致困原因": ("家庭成员患重大疾病", 0.99)},
                     others=[("户口簿", {"姓名": ("张三", 0.99)}), ("户口簿", {})], first=first)
    with session_scope() as s:
        key = f"extract/{s.get(Document, ids['户口簿']).sha256}/result.json"
    data = json.dumps({"doc_type": "户口簿", "confidence": {"doc_type": 0.8}, "doc_type_candidates": signs}).encode()
    objects.get_client(s3_env).put_object(s3_env.bucket("derived"), key, io.BytesIO(data), len(data))
    findings, verify = _run()
    rows = _fields(findings, "missing_material") if kind == "missing_material" else _fields(verify, "verify")
    assert "诊断证明" in rows
