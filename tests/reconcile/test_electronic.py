"""Import of the electronic export: bad rows with row numbers and reasons, history across imports."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import select

from dangan.cli import main
from dangan.errors import InputFileError
from dangan.reconcile.electronic import import_electronic, latest_electronic, parse_electronic
from dangan.storage.db import ElectronicImport, ElectronicRecord, Event, session_scope

from .conftest import bad_check_digit, make_id, write_export

GOOD = make_id()


def households() -> list[dict[str, object]]:
    return [
        {"困难职工编号": "工业橡胶20130006", "建档单位": "工业橡胶", "姓名": "张三", "公民身份号码": GOOD,
         "本人月收入": "2350", "家庭人口": "2", "次要致困原因": "子女上学、收入低"},
        {"困难职工编号": "工业橡胶20130007", "建档单位": "工业橡胶", "姓名": "李四",
         "公民身份号码": bad_check_digit(make_id(seq="253")), "本人月收入": "-5", "家庭人口": "0"},
        {"困难职工编号": None, "建档单位": "工业橡胶", "姓名": "王五", "公民身份号码": make_id(seq="273"),
         "本人月收入": "100", "家庭人口": "1"},
        {"困难职工编号": "工业橡胶20130009", "建档单位": "工业橡胶", "姓名": "赵六", "公民身份号码": None,
         "本人月收入": "1800", "家庭人口": "2"},
        {"困难职工编号": "工业橡胶20130006", "建档单位": "工业橡胶", "姓名": "张三重复", "公民身份号码": None,
         "本人月收入": "1", "家庭人口": "1"},
        {"困难职工编号": "工业橡胶20130010", "建档单位": "工业橡胶", "姓名": "孙七", "公民身份号码": None,
         "本人月收入": "1000", "家庭人口": "1"},
    ]


MEMBERS = [
    {"职工编号": "工业橡胶20130009", "姓名": "赵小", "关系": "子", "身份证号": "12345", "月收入": "0"},
    {"职工编号": "工业橡胶20130010", "姓名": "孙小", "关系": "女", "身份证号": make_id(born="20100101", seq="262"),
     "月收入": "0"},
    {"职工编号": "不存在20130001", "姓名": "某", "关系": "子", "身份证号": None, "月收入": "0"},
]


def test_bad_rows_are_reported_with_row_numbers_and_reasons(tmp_path: Path) -> None:
    parsed = parse_electronic(write_export(tmp_path / "e.xlsx", households(), MEMBERS))
    bad = {(b.sheet, b.row): b.reasons for b in parsed.bad_rows}
    # a wrong 身份证号 is a finding for reconciliation: reported here, yet imported
    assert set(parsed.records) == {"工业橡胶20130009", "工业橡胶20130010"}
    stored = {(b.sheet, b.row) for b in parsed.bad_rows if b.stored}
    assert stored == {("家庭成员", 2)}
    assert bad[("档案", 3)] == ["身份证号无效（位数、出生日期或校验码）", "本人月平均收入应为非负数字", "家庭人口应为≥1的数字"]
    assert bad[("档案", 4)] == ["职工编号为空"]
    assert ("档案", 5) not in bad
    assert parsed.records["工业橡胶20130009"]["members"][0]["身份证号"] == "12345"
    assert bad[("档案", 2)] == ["职工编号重复"] and bad[("档案", 6)] == ["职工编号重复"]
    assert bad[("家庭成员", 2)] == ["身份证号无效（位数、出生日期或校验码）"]
    assert bad[("家庭成员", 4)] == ["职工编号在档案表中不存在"]
    rec = parsed.records["工业橡胶20130010"]
    assert rec["单位"] == "工业橡胶" and rec["data"]["本人月平均收入"] == 1000 and rec["data"]["家庭人口"] == 1
    assert rec["members"] == [{"姓名": "孙小", "关系": "女", "身份证号": MEMBERS[1]["身份证号"], "月收入": 0}]


def test_csv_pair_and_header_synonyms(tmp_path: Path) -> None:
    rows = households()[:1]
    pd.DataFrame(rows).to_csv(tmp_path / "export_档案.csv", index=False)
    pd.DataFrame([{"职工编号": "工业橡胶20130006", "姓名": "王梅", "与申请人关系": "妻", "月收入": "1,200"}]).to_csv(
        tmp_path / "export_家庭成员.csv", index=False)
    parsed = parse_electronic(tmp_path / "export_档案.csv")
    assert parsed.bad_rows == []
    data = parsed.records["工业橡胶20130006"]["data"]
    assert data["身份证号"] == GOOD and data["本人月平均收入"] == 2350
    assert data["次要致困原因"] == ["子女上学", "收入低"]
    assert parsed.records["工业橡胶20130006"]["members"] == [{"姓名": "王梅", "关系": "妻", "月收入": 1200}]


def test_unreadable_file(tmp_path: Path) -> None:
    junk = tmp_path / "e.xlsx"
    junk.write_bytes(b"not a spreadsheet")
    with pytest.raises(InputFileError):
        parse_electronic(junk)


def test_reimport_keeps_history_with_changes(db_env: str, tmp_path: Path) -> None:
    first = households()[5:]
    r1 = import_electronic(write_export(tmp_path / "e1.xlsx", first, MEMBERS[1:2]), actor="tester")
    assert (r1.rows_ok, r1.rows_bad, r1.new, r1.changed) == (1, 0, 1, 0)
    second = [{**first[0], "本人月收入": "1200"}, {**households()[0], "困难职工编号": "工业橡胶20130011"}]
    r2 = import_electronic(write_export(tmp_path / "e2.xlsx", second, MEMBERS[1:2]), actor="tester")
    assert (r2.rows_ok, r2.new, r2.changed) == (2, 1, 1)
    with session_scope() as s:
        recs = s.scalars(select(ElectronicRecord).where(ElectronicRecord.archive_no == "工业橡胶20130010")
                         .order_by(ElectronicRecord.import_id)).all()
        assert [r.data["本人月平均收入"] for r in recs] == [1000, 1200]
        assert recs[0].changes is None and recs[1].changes == {"本人月平均收入": [1000, 1200]}
        assert len(s.scalars(select(ElectronicImport)).all()) == 2
        events = s.scalars(select(Event).where(Event.event_type == "imported")).all()
        assert [e.actor for e in events] == ["tester", "tester"] and events[1].detail["changed"] == 1
        latest = latest_electronic(s)
        assert set(latest) == {"工业橡胶20130010", "工业橡胶20130011"}
        assert latest["工业橡胶20130010"]["data"]["本人月平均收入"] == 1200
        assert set(latest_electronic(s, r1.import_id)) == {"工业橡胶20130010"}


def test_cli_import_prints_bad_rows_and_exits_zero(db_env: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_export(tmp_path / "e.xlsx", households(), MEMBERS)
    assert main(["import-electronic", str(path)]) == 0
    out = capsys.readouterr().out
    assert "导入 2 户" in out and "有误未导入 4 户" in out and "职工编号在档案表中不存在" in out
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 broken")
    assert main(["import-electronic", str(junk)]) == 3  # InputFileError


def test_members_in_any_order_blank_rows_and_number_cells_are_read_as_the_sheet_means(tmp_path: Path) -> None:
    """The sheets are read a chunk at a time: members listed out of household order still reach their
    household in sheet order, a blank row keeps the numbering of the rows after it, and cells Excel holds
    as numbers come back as the text the export meant (2350, not 2350.0)."""
    from openpyxl import Workbook

    book = Workbook()
    hh = book.active
    hh.title = "档案"
    hh.append(["困难职工编号", "建档单位", "姓名", "本人月收入", "家庭人口"])
    hh.append(["甲厂0001", "甲厂", "张三", 2350, 2])
    hh.append([None, None, None, None, None])  # a blank line in the sheet (row 3)
    hh.append(["甲厂0002", "甲厂", "李四", 1800.5, 0])  # row 4: 家庭人口 0 is a fault
    hh.append(["甲厂0003", "甲厂", "王五", 900, 3])
    mem = book.create_sheet("家庭成员")
    mem.append(["职工编号", "姓名", "关系", "月收入"])
    for no, name, rel in [("甲厂0003", "王大", "子"), ("甲厂0001", "张小", "女"), ("甲厂0003", "王二", "女")]:
        mem.append([no, name, rel, 0])
    book.save(tmp_path / "e.xlsx")
    from dangan.reconcile import electronic

    prepared = electronic.prepare_export(tmp_path / "e.xlsx")
    records = {no: r for part in prepared.records(size=1) for no, r in part.items()}
    assert list(records) == ["甲厂0001", "甲厂0003"]
    assert records["甲厂0001"]["data"]["本人月平均收入"] == 2350
    assert [m["姓名"] for m in records["甲厂0003"]["members"]] == ["王大", "王二"]
    assert [m["姓名"] for m in records["甲厂0001"]["members"]] == ["张小"]
    assert [(b.row, b.reasons) for b in prepared.bad_rows] == [(4, ["家庭人口应为≥1的数字"])]
