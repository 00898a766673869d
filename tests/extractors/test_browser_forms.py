"""Application forms printed by headless Chromium: a renderer, fonts and arrangements the readers were
not written for (``benchmarks/browser_forms.py`` measures the same on a corpus).

Each page is OCR'd end to end, so the tests are few: a member table whose ID column is drawn as 18
digit boxes (the grid finds no cell there) in a new column order with an empty row; an ID in digit
boxes under its label in one cell; label and value stacked in one cell; a cause list wrapped over two
lines in a tall cell, ticked after the option. Skipped when Chromium is not installed.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from dangan.extractors.pipeline import extract_file

pytestmark = pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")

STYLE = """<style>body{font-family:'Noto Sans CJK SC';font-size:17px;margin:70px 80px;width:1080px}
table{border-collapse:collapse;width:100%;table-layout:fixed} td{border:1.3px solid #000;padding:5px}
table.db{width:auto} table.db td{width:17px;height:24px;padding:0;text-align:center}</style>"""
MEMBERS = [
    ("朱慧怡", "配偶", "130602198810041906", "2050"),
    ("叶磊宁", "儿子", "130602201209019534", "0"),
    ("叶晓彤", "女儿", "130602201506121228", "0"),
]


def _boxes(number: str) -> str:
    return '<table class="db"><tr>' + "".join(f"<td>{ch}</td>" for ch in number) + "</tr></table>"


def _render(tmp_path: Path, body: str, scale: float) -> Path:
    """The HTML printed on an A4 window at ``scale`` × 150 dpi (Chromium's screenshot), tagged so."""
    from PIL import Image

    page = tmp_path / "form.html"
    page.write_text(f'<html><head><meta charset="utf-8">{STYLE}</head><body>{body}</body></html>', encoding="utf-8")
    png = tmp_path / "form.png"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--force-device-scale-factor={scale}", f"--screenshot={png}", "--window-size=1240,1754",
                    page.as_uri()], capture_output=True, timeout=120, check=True)
    Image.open(png).convert("L").save(png, dpi=(150 * scale, 150 * scale))
    return png


def _extract(tmp_path: Path, body: str, scale: float = 1.5) -> dict[str, Any]:
    return extract_file(_render(tmp_path, body, scale))


def test_member_table_with_digit_boxes_in_a_new_column_order(tmp_path: Path) -> None:
    rows = "".join(f"<tr><td>{inc}</td><td>{_boxes(idn)}</td><td>{name}</td><td>{rel}</td></tr>"
                   for name, rel, idn, inc in MEMBERS)
    body = f"""<h2 style="text-align:center">困难职工申报表</h2><table>
    <tr><td>姓名</td><td>叶志俊</td><td>性别</td><td>男</td><td>民族</td><td>汉族</td></tr></table>
    <table><colgroup><col style="width:14%"><col style="width:46%"><col style="width:20%"><col style="width:20%"></colgroup>
    <tr><td>月收入（元）</td><td>公民身份号码</td><td>姓名</td><td>与户主关系</td></tr>{rows}
    <tr style="height:34px"><td></td><td></td><td></td><td></td></tr></table>"""
    result = _extract(tmp_path, body, scale=1.0)  # 150 dpi: the grid loses the cells of the digit boxes
    assert result["doc_type"] == "建档申请表"
    got = {m.get("姓名"): m for m in result["members"]}
    for name, rel, idn, inc in MEMBERS:
        assert got[name]["关系"] == rel and got[name]["身份证号"] == idn and got[name]["月收入"] == int(inc)


def test_id_boxes_under_the_label_stacked_cells_and_a_wrapped_tick_list(tmp_path: Path) -> None:
    causes = ["本人大病", "供养直系亲属大病", "本人残疾", "家属残疾", "家属下岗失业", "收入低", "自然灾害", "重大意外事故", "子女上学"]
    ticks = " ".join(f"{c}{'☑' if c == '自然灾害' else '□'}" for c in causes)
    body = f"""<h2 style="text-align:center">困难职工申报表</h2><table>
    <tr><td>姓名<br>马丽娟</td><td>性别<br>女</td><td>民族<br>回族</td><td>婚姻情况<br>离异</td></tr>
    <tr><td colspan="2">公民身份号码：{_boxes("130602198411279482")}</td><td colspan="2">联系电话：13109157927</td></tr>
    <tr><td style="height:80px">主要致困原因</td><td colspan="3" style="font-size:21px">{ticks}</td></tr></table>"""
    f = _extract(tmp_path, body)["fields"]
    assert f["姓名"] == "马丽娟" and f["性别"] == "女" and f["民族"] == "回族" and f["婚姻状况"] == "离异"
    assert f["身份证号"] == "130602198411279482" and f["手机号码"] == "13109157927"
    assert f["主要致困原因"] == "自然灾害"


def test_member_blocks_between_household_rows(tmp_path: Path) -> None:
    """湖南 档案表格: one block of label/value pairs per member, titled down its side, with household rows
    right above the first block and right below the last: neither side belongs to a member."""
    blocks = ""
    for i, (name, rel, idn, inc) in enumerate(MEMBERS[:2], 1):
        side = "<br>".join("家庭成员信息表格") + str(i)
        blocks += f"""<tr><td rowspan="2">{side}</td><td>*姓名</td><td>{name}</td><td>*关系（是户主的）</td><td>{rel}</td></tr>
        <tr><td>*身份证号</td><td>{idn}</td><td>*月收入</td><td>{inc}</td></tr>"""
    body = f"""<h2 style="text-align:center">困难职工档案表格（*为必填项）</h2><table>
    <colgroup><col style="width:6%"><col style="width:20%"><col style="width:27%"><col style="width:20%"><col style="width:27%"></colgroup>
    <tr><td colspan="2">*姓名</td><td>叶志俊</td><td>*性别</td><td>男</td></tr>
    <tr><td colspan="2">是否有一定自救能力</td><td>是</td><td>是否为零就业家庭</td><td>否</td></tr>{blocks}
    <tr><td colspan="2">*主要致困原因</td><td colspan="3">下岗失业</td></tr>
    <tr><td colspan="2">开户银行</td><td>中国农业银行</td><td>支行名称</td><td>岳塘区支行</td></tr></table>"""
    result = _extract(tmp_path, body)
    assert [m["姓名"] for m in result["members"]] == [m[0] for m in MEMBERS[:2]]
    assert [m["身份证号"] for m in result["members"]] == [m[2] for m in MEMBERS[:2]]
    f = result["fields"]
    assert f["姓名"] == "叶志俊" and f["是否有一定自救能力"] is True and f["是否为零就业家庭"] is False
    assert f["主要致困原因"] == "下岗失业" and f["开户银行"] == "中国农业银行" and f["支行名称"] == "岳塘区支行"
