"""A finding must hold on papers never seen: a difference with the shape of a misreading, or one that the
household's own papers contradict, waits for a person (待核对) however confident the reading, with the paper value,
the electronic value and why. Readings are drawn here as extraction gives them (no corpus files)."""

from __future__ import annotations

from typing import Any

import pytest

from dangan.reconcile.compare import relation
from dangan.reconcile.core import paper_from_extractions, reconcile

from .conftest import make_id

NO, UNIT = "湘潭钢铁20260004", "湘潭钢铁"
ME = make_id(region="430302", born="19800101", seq="231")  # a man
WIFE = make_id(region="430302", born="19820202", seq="242")  # a woman
SON = make_id(region="430302", born="20080303", seq="251")


def _form(fields: dict[str, Any], conf: float = 0.99, members: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    base = {"姓名": "张三", "身份证号": ME, **fields}
    rows = members if members is not None else [{"姓名": "王梅", "关系": "妻", "身份证号": WIFE, "月收入": 1500}]
    return {"doc_type": "建档申请表", "file": "01_建档申请表.pdf", "fields": base,
            "confidence": {**{k: conf for k in base}, "doc_type": 0.99}, "members": rows,
            "member_confidence": [{k: 0.99 for k in m} for m in rows]}


def _run(docs: list[dict[str, Any]], **export: Any) -> list[dict[str, Any]]:
    members = export.pop("members", [{"姓名": "王梅", "关系": "妻", "身份证号": WIFE, "性别": "女", "月收入": 1500}])
    electronic = {NO: {"单位": UNIT, "data": {"职工编号": NO, "姓名": "张三", "身份证号": ME, **export},
                       "members": members}}
    return reconcile(paper_from_extractions([(NO, UNIT, d) for d in docs]), electronic, "hangzhou")


def _kinds(out: list[dict[str, Any]], field: str) -> list[str]:
    return [f["kind"] for f in out if f["field"] == field]


@pytest.mark.parametrize(("read", "kind"), [("名称", "verify"), ("类别", "verify"), ("湘潭电机股份有限公司", "mismatch")])
def test_second_line_of_a_wrapped_label_is_no_units_value(read: str, kind: str) -> None:
    """工作单位 printed over two lines of its cell (工作单位 | 名称): a text PDF gives 名称 at 1.0 as the value. A word a
    header ends in is no unit on any printing; another unit read is a difference."""
    out = _run([_form({"工作单位": read}, conf=1.0)], 工作单位="湘潭钢铁集团有限公司")
    assert _kinds(out, "工作单位") == [kind]
    (f,) = [f for f in out if f["field"] == "工作单位"]
    assert f["paper"] == read and f["electronic"] == "湘潭钢铁集团有限公司"
    assert kind == "mismatch" or "表格标签" in f["detail"]


def _register(name: str) -> dict[str, Any]:
    """A 户口簿 of two people, the householder's name read with the next cell's 户主 run on or not."""
    rows = [{"姓名": name, "身份证号": ME}, {"姓名": "王梅", "身份证号": WIFE}]
    return {"doc_type": "户口簿", "file": "04_户口簿.png", "fields": {}, "confidence": {"doc_type": 0.99},
            "members": rows, "member_confidence": [{"姓名": 0.996, "身份证号": 0.99} for _ in rows]}


@pytest.mark.parametrize(("on_register", "kind"), [("张三户主", "verify"), ("张珊", "paper_conflict")])
def test_name_read_on_into_the_next_cell_is_no_paper_conflict(on_register: str, kind: str) -> None:
    """The register's name holding the form's whole (张三户主: the relation cell read on) is the shape of a reading
    run on, not of two papers naming two people: it waits for a person. Another name stays a paper conflict."""
    out = _run([_form({}), _register(on_register)])
    (f,) = [f for f in out if f["field"] == "姓名"]
    assert f["kind"] == kind
    assert on_register in f["detail"] and "张三" in f["detail"]


@pytest.mark.parametrize(("on_card", "kind"), [("张玉", "verify"), ("张主", "mismatch")])
def test_reading_another_paper_contradicts_does_not_stand_alone(on_card: str, kind: str) -> None:
    """The form reads 张主 at 0.99 where the export has 张三; the householder's ID card (their number) reads a third
    name: one of the two papers is misread and one reading cannot say which. The card saying 张主 too corroborates."""
    card = {"doc_type": "身份证", "file": "02_身份证.png", "fields": {"姓名": on_card, "身份证号": ME},
            "confidence": {"姓名": 0.99, "身份证号": 0.99, "doc_type": 0.99}}
    out = _run([_form({"姓名": "张主"}), card])
    assert _kinds(out, "姓名")[:1] == [kind]
    (f,) = [f for f in out if f["field"] == "姓名" and f["kind"] == kind]
    assert f["paper"] == "张主" and f["electronic"] == "张三"
    assert kind == "mismatch" or on_card in f["detail"]


@pytest.mark.parametrize(("read", "kind"), [("男", "verify"), ("女", None)])
def test_sex_against_the_persons_own_id_number(read: str, kind: str | None) -> None:
    """The table's 身份证号 cell went unread; the wife's ID card gives her number, whose 17th digit says 女. A 性别
    read 男 contradicts the paper's own number: a tick against the other option, not a difference to fix."""
    card = {"doc_type": "身份证", "file": "03_身份证.png", "fields": {"姓名": "王梅", "身份证号": WIFE},
            "confidence": {"姓名": 0.99, "身份证号": 0.99, "doc_type": 0.99}}
    rows = [{"姓名": "王梅", "关系": "妻", "性别": read, "月收入": 1500}]
    out = _run([_form({}, members=rows), card])
    assert _kinds(out, "家庭成员[王梅].性别") == ([kind] if kind else [])
    if kind:
        (f,) = [f for f in out if f["field"] == "家庭成员[王梅].性别"]
        assert f["paper"] == "男" and f["electronic"] == "女" and "身份证号" in f["detail"]


@pytest.mark.parametrize(("read", "exported", "kind"), [(8, 3, "verify"), (3, 2, "mismatch"), (2, 3, "mismatch")])
def test_family_size_against_the_forms_own_member_table(read: int, exported: int, kind: str) -> None:
    """The table lists the wife and a son (two besides the applicant). 家庭人口 read 8 where the export says 3: the
    paper's own table says the export's figure, the reading is a misread figure. Read 3 against the export's 2, or
    2 against 3, the table agrees with the paper (or cannot tell): a difference of the systems, a finding."""
    rows = [{"姓名": "王梅", "关系": "妻", "身份证号": WIFE, "月收入": 1500},
            {"姓名": "张小", "关系": "子", "身份证号": SON, "月收入": 0}]
    members = [{"姓名": "王梅", "关系": "妻", "身份证号": WIFE, "月收入": 1500},
               {"姓名": "张小", "关系": "子", "身份证号": SON, "月收入": 0}]
    out = _run([_form({"家庭人口": read}, members=rows)], 家庭人口=exported, members=members)
    assert _kinds(out, "家庭人口") == [kind]
    (f,) = [f for f in out if f["field"] == "家庭人口"]
    assert (f["paper"], f["electronic"]) == (read, exported)


@pytest.mark.parametrize(("paper", "electronic", "rel"), [
    (23805, 2380.5, "unsettled"),    # the decimal point lost
    (145.05, 1450.5, "unsettled"),   # moved
    (23500, 2350, "different"),      # a figure with a 0 too many: no point to lose, another amount
    (2530, 2350, "different"),
])
def test_amount_whose_point_was_lost_is_not_another_amount(paper: float, electronic: float, rel: str) -> None:
    assert relation("本人月平均收入", paper, electronic) == rel


def test_amount_whose_point_was_lost_is_a_reading_to_verify() -> None:
    out = _run([_form({"本人月平均收入": 23805}, conf=1.0)], 本人月平均收入=2380.5)
    (f,) = [f for f in out if f["field"] == "本人月平均收入"]
    assert f["kind"] == "verify" and (f["paper"], f["electronic"]) == (23805, 2380.5)


@pytest.mark.parametrize(("main", "secondary", "account", "kind"), [
    ("社会保险待遇落实不到位", ["下岗失业"], None, "verify"),  # the export's secondary cause: the next question's tick
    ("有劳动能力而未就业", None, None, "verify"),  # no secondary tick read while the export lists two
    ("有劳动能力而未就业", None, "家庭共3人，主要困难：有劳动能力而未就业，生活困难。", "mismatch"),  # the account says so too
    ("有劳动能力而未就业", ["下岗失业", "社会保险待遇落实不到位"], None, "mismatch"),  # the block read whole
])
def test_main_cause_tick_the_forms_cause_block_does_not_bear_out(
        main: str, secondary: list[str] | None, account: str | None, kind: str) -> None:
    """The export: main cause 遭受意外事故, secondary 下岗失业、社会保险待遇落实不到位. A main cause read at 0.99 that the
    export lists as secondary, or read while not one secondary tick was found, is the shape of a tick taken from the
    wrong place; with the secondary block read, or the applicant's account naming the same cause, it is a finding."""
    fields: dict[str, Any] = {"主要致困原因": main}
    if secondary:
        fields["次要致困原因"] = secondary
    if account:
        fields["困难情况说明"] = account
    out = _run([_form(fields)], 主要致困原因="遭受意外事故", 次要致困原因="下岗失业、社会保险待遇落实不到位")
    (f,) = [f for f in out if f["field"] == "主要致困原因"]
    assert f["kind"] == kind and (f["paper"], f["electronic"]) == (main, "遭受意外事故")
    assert kind == "mismatch" or "次要致困原因" in f["detail"]


@pytest.mark.parametrize(("signs", "kind"), [(["低保证", "户口簿"], "missing_material"), (["其他"], "verify"),
                                             (None, "verify")])
def test_unidentified_paper_stands_only_for_a_material_it_shows_signs_of(signs: list[str] | None, kind: str) -> None:
    """The cause is 自然灾害 and the archive holds no 灾害证明; one page the classifier could not name (其他 at 0.40,
    no 材料名称 read) shows signs of a 低保证 and a 户口簿 only: it cannot be the disaster proof, which is missing. A
    page showing signs of an 其他 paper, or whose signs are not known, may be it: a reading to verify."""
    page: dict[str, Any] = {"doc_type": "其他", "file": "09_其他.jpg", "fields": {"材料名称": "其他"},
                            "confidence": {"doc_type": 0.40, "材料名称": 0.9}}
    if signs is not None:
        page["doc_type_candidates"] = signs
    out = _run([_form({"主要致困原因": "自然灾害"}), page], 主要致困原因="遭受自然灾害")
    assert _kinds(out, "灾害证明") == [kind]


@pytest.mark.parametrize(("read", "kind"), [
    ("501室湖南省湘潭市雨湖区岳塘路23号4幢3单元", "verify"),  # the cell's second line read before its first
    ("湖南省湘潭市岳塘区建设路8号2幢1单元302室", "mismatch"),  # another address
])
def test_address_whose_two_lines_were_read_out_of_order_is_no_other_address(read: str, kind: str) -> None:
    """The export's 家庭住址 ends in 501室, which the form printed on the cell's second line; read at 1.0 with that line
    first, the reading holds every character of the export's in another order: the shape of lines read out of order,
    not of another address. Another address stays a difference."""
    out = _run([_form({"家庭住址": read}, conf=1.0)], 家庭住址="湖南省湘潭市雨湖区岳塘路23号4幢3单元501室")
    (f,) = [f for f in out if f["field"] == "家庭住址"]
    assert f["kind"] == kind and f["paper"] == read
    assert kind == "mismatch" or "顺序" in f["detail"]


def _told(tick: str, tick_conf: float, account: str, account_conf: float = 0.97) -> dict[str, Any]:
    doc = _form({"主要致困原因": tick, "次要致困原因": ["子女上学"], "困难情况说明": account})
    doc["confidence"].update({"主要致困原因": tick_conf, "困难情况说明": account_conf})
    return doc


@pytest.mark.parametrize(("tick_conf", "account", "account_conf", "kind"), [
    (0.82, "家庭共2人，主要困难：家庭收入低，生活困难。", 0.97, "mismatch"),  # both differ from the export
    (0.82, "家庭共2人，主要困难：下岗失业，生活困难。", 0.97, "verify"),  # the account says the export's cause
    (0.70, "家庭共2人，主要困难：家庭收入低，生活困难。", 0.97, "verify"),  # the tick read too poorly
    (0.82, "家庭共2人，主要困难：家庭收入低，生活困难。", 0.60, "verify"),  # the account read too poorly
])
def test_cause_tick_below_its_threshold_and_account_both_apart_from_the_export(
        tick_conf: float, account: str, account_conf: float, kind: str) -> None:
    """The export's main cause is 下岗失业. The form's tick reads 因病致困 at 0.82 (below the 0.98 of a choice on the
    form) and the applicant's account names 家庭收入低: one of the two is misread, but neither is the export's
    cause, so the paper differs from the export whichever it says — a finding naming both. The account naming the
    export's cause, a tick read below LIKELY_CONFIDENCE or an account read below it keep it a reading to verify."""
    out = _run([_told("因病致困", tick_conf, account, account_conf)], 主要致困原因="下岗失业", 次要致困原因="子女上学")
    (f,) = [f for f in out if f["field"] == "主要致困原因"]
    assert (f["kind"], f["electronic"]) == (kind, "下岗失业"), f["detail"]
    if kind == "mismatch":
        assert f["paper"] == "因病致困" and "家庭收入低" in f["detail"] and "困难情况说明" in f["detail"]


def test_account_saying_the_tick_is_no_paper_agreeing_with_the_export() -> None:
    """The tick and the account both say 收入低, which the seeds do not map to a national cause: against the export's
    有劳动能力而未就业 the wording is unsettled (a reading to verify), and the reason says so — not that another paper
    agrees with the export, since the account says what the tick says."""
    doc = _form({"主要致困原因": "收入低", "次要致困原因": ["子女上学"],
                 "困难情况说明": "家庭共2人，主要困难：收入低，生活困难。"}, conf=1.0)
    doc["confidence"]["困难情况说明"] = 0.97  # a long text: read fairly well, below a text's threshold
    out = _run([doc], 主要致困原因="有劳动能力而未就业", 次要致困原因="子女上学")
    (f,) = [f for f in out if f["field"] == "主要致困原因"]
    assert f["kind"] == "verify" and "规则集之间的用语对应" in f["detail"] and "一致" not in f["detail"].split("；")[0]


def _income_proof(name: str, unit: str, conf: float, file: str) -> dict[str, Any]:
    """A 收入证明 its unit issues: it names where the person works (工作单位) and what they earn."""
    return {"doc_type": "收入证明", "file": file, "fields": {"姓名": name, "工作单位": unit, "月均实发工资": 1500},
            "confidence": {"姓名": 1.0, "工作单位": conf, "月均实发工资": 1.0, "doc_type": 0.99}}


OWN_UNIT, WIFES_UNIT = "湘潭钢铁集团有限公司", "湘潭老街坊餐饮有限公司"


@pytest.mark.parametrize(("proofs", "kind"), [
    ([("张三", OWN_UNIT, 0.90)], "verify"),  # his own 收入证明 (read below a text's threshold) says the export's unit
    ([("张三", OWN_UNIT, 1.0)], "verify"),  # read well
    ([("张三", WIFES_UNIT, 0.90), ("王梅", WIFES_UNIT, 1.0)], "mismatch"),  # his own says the form's: they work together
    ([("王梅", WIFES_UNIT, 1.0)], "verify"),  # only the wife's 收入证明 names the unit read: hers, not his
    ([("张三", OWN_UNIT, 0.90), ("王梅", WIFES_UNIT, 1.0)], "verify"),
    ([], "mismatch"),  # no paper says otherwise
])
def test_unit_read_on_the_form_against_the_income_proofs_units(
        proofs: list[tuple[str, str, float]], kind: str) -> None:
    """A printing whose member table prints each member's 工作单位（就读学校）: the applicant's 工作单位 read at 0.999 from
    the wife's cell (湘潭老街坊餐饮有限公司), where the export says his 湘潭钢铁集团有限公司. His own 收入证明, issued by
    his unit, names the export's unit: the papers disagree with each other, not with the export — a reading to verify.
    A unit only the wife's 收入证明 names is hers. His own 收入证明 naming the form's unit keeps it a finding."""
    docs = [_form({"工作单位": WIFES_UNIT}, conf=0.999)]
    docs += [_income_proof(name, unit, conf, f"0{5 + i}_收入证明.jpg") for i, (name, unit, conf) in enumerate(proofs)]
    out = _run(docs, 工作单位=OWN_UNIT)
    (f,) = [f for f in out if f["field"] == "工作单位"]
    assert (f["kind"], f["paper"], f["electronic"]) == (kind, WIFES_UNIT, OWN_UNIT), f["detail"]
    assert kind == "mismatch" or "收入证明" in f["detail"]
