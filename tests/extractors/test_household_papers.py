"""A household's papers read together: a 公示证明 listing several households takes the name its household's
own papers give (``pipeline.settle_household``), and grey photocopies' seals found by their shape.

Pages are drawn with PIL (``test_papers_general.Sheet``); the notices are the seeds' (湖南 附件4 with its
公示内容 table of several households, a 公示对象 line naming several). Where OCR matters, the pages are
written as a household's folder and read by ``extract_many`` with RapidOCR.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest
from PIL import ImageDraw

from dangan.extractors.pages import Page
from dangan.extractors.pipeline import (
    LISTED_HOUSEHOLD,
    PageReading,
    assemble,
    extract_file,
    extract_many,
    grey_ring_seal,
    read_page,
    settle_household,
    without_rulings,
)
from dangan.extractors.preprocess import ring_share
from dangan.schemas.models import document_from_extraction

from .conftest import cjk_font
from .test_papers_general import Sheet, hunan_notice, names_listed_inline

LISTED = ["罗志强", "陈秀兰", "黄建军"]


def notice_result(sheet: Sheet) -> dict[str, Any]:
    """The pipeline's result for a drawn page, its drawn texts taken as the OCR lines."""
    cells = (sheet.cells() or {}).get(0, [])
    reading = PageReading(list(sheet.lines), [], True, None, sheet.im.size, "ocr", [tuple(map(float, c)) for c in cells])
    return assemble("notice.png", 1, [reading], "rapidocr").result


def paper(doc_type: str, name: str, conf: float = 0.97) -> dict[str, Any]:
    return {"doc_type": doc_type, "fields": {"姓名": name}, "confidence": {"姓名": conf}, "rejected": []}


def listed(result: dict[str, Any]) -> list[str]:
    return [it["text"] for it in result["rejected"] if it["reason"] == LISTED_HOUSEHOLD]


def test_notice_of_several_households_lists_them_for_review() -> None:
    sheet, _truth = hunan_notice(LISTED)
    got = notice_result(sheet)
    assert "姓名" not in got["fields"]
    assert listed(got) == LISTED
    rows = {it["text"]: it["box"] for it in got["rejected"]}
    drawn = {ln.text: ln.box for ln in sheet.lines}
    for name in LISTED:  # each listed name keeps where it stands on the notice
        assert rows[name] == [round(v) for v in drawn[name]]
    # one household only: its name is read, nothing waits
    one, truth = hunan_notice(["罗志强"])
    got = notice_result(one)
    assert got["fields"]["姓名"] == truth["姓名"] and listed(got) == []


def test_the_households_own_papers_settle_the_notice() -> None:
    sheet, truth = hunan_notice(LISTED)
    notice = notice_result(sheet)
    household = [paper("建档申请表", "陈秀兰"), paper("身份证", "王小明"), notice]
    settle_household(household)
    assert notice["fields"]["姓名"] == "陈秀兰"
    assert listed(notice) == []
    page, box = notice["boxes"]["姓名"]
    drawn = next(ln for ln in sheet.lines if ln.text == "陈秀兰")
    assert page == 0 and box == [round(v) for v in drawn.box]  # read on the notice, not copied from the form
    assert 0.5 < notice["confidence"]["姓名"] <= 0.95
    model = document_from_extraction(notice)  # the schema's model of a 公示证明 takes it
    assert getattr(model, "name", None) == "陈秀兰"
    assert {k: notice["fields"][k] for k in ("公示期起", "公示期止", "结果")} == {
        k: truth[k] for k in ("公示期起", "公示期止", "结果")
    }


def test_the_notice_stays_open_when_the_papers_do_not_say() -> None:
    def settled(*others: dict[str, Any]) -> dict[str, Any]:
        notice = notice_result(hunan_notice(LISTED)[0])
        settle_household([*others, notice])
        return notice

    # a form naming someone the notice does not list: its ID cards are not asked
    got = settled(paper("建档申请表", "刘德华"), paper("身份证", "陈秀兰"))
    assert "姓名" not in got["fields"] and listed(got) == LISTED
    # two applicants' forms in one folder (several households): nobody is picked
    got = settled(paper("建档申请表", "陈秀兰"), paper("建档申请表", "罗志强"))
    assert "姓名" not in got["fields"]
    # no form: the one ID card whose holder is listed
    got = settled(paper("身份证", "黄建军"), paper("身份证", "黄小燕"))
    assert got["fields"]["姓名"] == "黄建军"
    # two ID cards both listed: no way to tell
    got = settled(paper("身份证", "黄建军"), paper("身份证", "罗志强"))
    assert "姓名" not in got["fields"]
    # nothing else read: the names wait for a person
    got = settled()
    assert listed(got) == LISTED


def test_names_listed_on_one_line_are_candidates() -> None:
    sheet, _truth = names_listed_inline()
    got = notice_result(sheet)
    assert listed(got) == ["汤志勇", "黎小梅", "戴国庆"]


def sentence_list() -> tuple[Sheet, dict[str, Any]]:
    """The households named in the notice's sentence (拟将A、B、C等3名职工确定为…), no table."""
    s = Sheet()
    s.centred("困难职工建档对象公示", 180, 56)
    s.paragraph(["经个人申请、入户调查和职工代表民主评议，拟将黄丽娟、周志伟、马红梅等3名职工确定为",
                 "困难职工建档对象，现予以公示。公示时间：2025年6月9日至2025年6月13日。",
                 "如有异议，请在公示期内向公司工会反映。"], 300)
    s.text("湘潭电机集团工会", 1000, 560)
    s.text("2025年6月9日", 1000, 622)
    return s, {"公示期起": "2025-06-09", "公示期止": "2025-06-13"}

def numbered_table() -> tuple[Sheet, dict[str, Any]]:
    """A numbered table of households (序号 | 姓名 | 所在部门 | 致困原因), the period's end without its year."""
    s = Sheet()
    s.centred("困难职工建档公示", 180, 56)
    s.paragraph(["公示时间：2025年3月5日—3月11日"], 300)
    rows = [["序号", "姓名", "所在部门", "致困原因"], ["1", "邹建华", "机修车间", "本人大病"], ["2", "邱美玲", "后勤处", "子女上学"], ["3", "龚德明", "运输队", "家庭成员患病"]]
    y = s.table(rows, [150, 300, 400, 400], 400)
    s.text("公示结果：无异议", 150, y + 70)
    s.text("2025年3月12日", 1000, y + 200)
    return s, {"公示期起": "2025-03-05", "公示期止": "2025-03-11", "结果": "无异议"}


def test_names_listed_in_a_sentence_or_a_numbered_table_are_candidates() -> None:
    for make, names in ((sentence_list, ["黄丽娟", "周志伟", "马红梅"]), (numbered_table, ["邹建华", "邱美玲", "龚德明"])):
        sheet, truth = make()
        got = notice_result(sheet)
        assert listed(got) == names
        assert "姓名" not in got["fields"]
        assert {k: got["fields"].get(k) for k in truth} == truth
        settle_household([paper("建档申请表", names[2]), got])
        assert got["fields"]["姓名"] == names[2]


def income_letter(name: str) -> Sheet:
    s = Sheet()
    s.centred("收入证明", 180, 56)
    s.paragraph(
        [
            f"兹证明{name}同志系我单位职工，在机修车间工作，",
            "2024年月平均工资收入为2350元。",
            "特此证明。",
        ],
        320,
        gap=80,
    )
    s.text("株洲硬质合金集团有限公司（盖章）", 850, 700)
    s.text("2025年9月8日", 1000, 770)
    return s


def test_household_folder_read_together(tmp_path: Path) -> None:
    """Real OCR: the notice alone names nobody; read with its household's income proof it names the worker."""
    folder = tmp_path / "株洲硬质合金集团" / "ZZ0001"
    folder.mkdir(parents=True)
    notice, _truth = names_listed_inline()
    notice.im.save(folder / "01_公示证明.png", dpi=(200, 200))
    income_letter("黎小梅").im.save(folder / "02_收入证明.png", dpi=(200, 200))
    alone = {p: o for p, o, _e in extract_many([folder / "01_公示证明.png"], "rapidocr", workers=1)}
    got = next(iter(alone.values()))
    assert got is not None and "姓名" not in got.result["fields"]
    assert sorted(listed(got.result)) == sorted(["汤志勇", "黎小梅", "戴国庆"])
    outs = {Path(p).name: o for p, o, _e in extract_many(sorted(folder.iterdir()), "rapidocr", workers=1)}
    assert outs["02_收入证明.png"] is not None and outs["02_收入证明.png"].result["fields"]["姓名"] == "黎小梅"
    notice_out = outs["01_公示证明.png"]
    assert notice_out is not None
    result = notice_out.result
    assert result["doc_type"] == "公示证明"
    assert result["fields"]["姓名"] == "黎小梅"
    assert listed(result) == []


# ---------------------------------------------------------------------------------------------
# Grey photocopies: a stamp is grey, found by its ring or not at all


def grey_copy(sheet: Sheet, seal: str | None, at: tuple[int, int] = (1150, 640), radius_mm: float = 20.0) -> np.ndarray:
    """``sheet`` as a black-and-white photocopy (greyish paper, grain), with a round stamp drawn over its
    text at ``at``: "ring" (the unit's name round a ring, a star inside), "faint" (the same in light grey,
    an arc of its ring lost by the copy), or none."""
    im = sheet.im.convert("L")
    draw = ImageDraw.Draw(im)
    if seal is not None:
        r = round(radius_mm / 25.4 * 200)
        ink = 95 if seal == "ring" else 150
        cx, cy = at
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=ink, width=8)
        font = cjk_font(44)
        for i, ch in enumerate("株洲硬质合金集团有限公司工会"):
            a = math.radians(200 + i * 10.5)
            draw.text((cx + 0.78 * r * math.cos(a), cy + 0.78 * r * math.sin(a)), ch, font=font, fill=ink, anchor="mm")
        star = [
            (cx + (0.28 if k % 2 == 0 else 0.11) * r * math.cos(math.radians(-90 + 36 * k)),
             cy + (0.28 if k % 2 == 0 else 0.11) * r * math.sin(math.radians(-90 + 36 * k)))
            for k in range(10)
        ]
        draw.polygon(star, fill=ink)
        if seal == "faint":  # the copy lost an arc of the ring
            draw.rectangle((cx + 0.55 * r, cy - 0.2 * r, cx + r + 6, cy + 0.35 * r), fill=255)
    grain = np.random.default_rng(7).normal(0, 6, (im.height, im.width))
    page = np.clip(np.asarray(im, dtype=np.float32) * 0.9 + 12 + grain, 0, 255).astype(np.uint8)
    return np.ascontiguousarray(np.stack([page] * 3, axis=2))


def stamped_proof() -> Sheet:
    s = Sheet()
    s.centred("公 示 证 明", 180, 56)
    s.paragraph(
        [
            "兹证明我单位职工郑丽华家庭的困难情况已于2025年3月5日至2025年3月11日在本",
            "单位进行公示，公示期间未收到任何异议。",
            "特此证明。",
        ],
        300,
    )
    s.text("株洲硬质合金集团有限公司工会（盖章）", 760, 600)
    s.text("2025年3月12日", 1000, 662)
    return s


@pytest.mark.parametrize("seal", ["ring", None])
def test_grey_copy_seal_by_its_ring(seal: str | None) -> None:
    img = grey_copy(stamped_proof(), seal)
    reading = read_page(Page(0, "image", img, dpi=200.0), "null")
    assert reading.grey
    # no ring on the page: unknown there (an oval or faint stamp has none); the document's reading says 否,
    # less surely (test below)
    assert reading.seal is (True if seal is not None else None)
    if seal is not None:
        assert reading.seal_box is not None
        x0, y0, x1, y1 = reading.seal_box
        assert abs((x0 + x1) / 2 - 1150) < 25 and abs((y0 + y1) / 2 - 640) < 25


def test_grey_copy_answers_stamped_or_less_surely_unstamped(tmp_path: Path) -> None:
    """Through the pipeline: the notice's 是否盖章 from a grey copy (real OCR)."""
    for seal in ("ring", None):
        path = tmp_path / f"公示证明-{seal}.png"
        cv2.imwrite(str(path), grey_copy(stamped_proof(), seal)[:, :, 0])
        got = extract_file(path, "rapidocr")
        assert got["doc_type"] == "公示证明"
        assert got["fields"]["是否盖章"] is (seal is not None)
        assert got["fields"]["姓名"] == "郑丽华"
        if seal is None:  # no ring on a grey copy: an oval or a faint stamp may have been missed
            assert got["confidence"]["是否盖章"] < 0.8
        else:
            assert got["confidence"]["是否盖章"] >= 0.9


def test_ring_search_keeps_off_rings_that_are_not_stamps() -> None:
    # a ring with nothing inside (a circled option drawn large), and a block of dense text: no stamp
    s = stamped_proof()
    s.draw.ellipse((200, 900, 520, 1220), outline="black", width=8)
    for i in range(12):
        s.text("困难职工帮扶救助档案管理办法实施细则困难职工帮扶救助档案管理办法", 150, 1400 + i * 40, 38)
    assert grey_ring_seal(grey_copy(s, None), 200.0) is None
    # the stamp itself, over the text, is found by the same search
    box = grey_ring_seal(grey_copy(stamped_proof(), "ring"), 200.0)
    assert box is not None and abs((box[0] + box[2]) / 2 - 1150) < 25


def test_small_stamp_of_a_reduced_copy_found_by_its_ring() -> None:
    """A card's office stamp on a copy reduced to fit A4: a ring 19 mm across, the name round it, a star
    inside, over the text; an empty ring of that size (a circled option) is still no stamp."""
    box = grey_ring_seal(grey_copy(stamped_proof(), "ring", radius_mm=9.5), 200.0)
    assert box is not None and abs((box[0] + box[2]) / 2 - 1150) < 20 and abs((box[1] + box[3]) / 2 - 640) < 20
    s = stamped_proof()
    s.draw.ellipse((300, 900, 450, 1050), outline="black", width=6)
    assert grey_ring_seal(grey_copy(s, None), 200.0) is None


def ruled_list(rows: int = 9) -> Sheet:
    """A booklet's list of members as ruled cells (姓名 | 与户主关系 | 性别 | 公民身份号码) over most of the page's top."""
    s = stamped_proof()
    s.table([["姓名", "与户主关系", "性别", "公民身份号码"]] + [["", "", "", ""]] * (rows - 1),
            [220, 260, 140, 520], 760, x=140, height=70)
    return s


def test_rulings_leave_the_search_and_a_ring_stays() -> None:
    """Every crossing of a table's rulings gives the Hough transform circles that can outvote a grey stamp's
    ring beside the table (a photographed 低保证 spread: the stamp the 51st circle of 407): the rulings, straight
    runs of 15 mm and more that no ring holds, are taken out of the search first; the ring is left whole."""
    px_mm = 75 / 25.4
    ink = np.zeros((400, 600), np.uint8)
    for y in range(40, 361, 26):  # a ruled list: rows 9 mm high, columns 20-40 mm wide
        cv2.line(ink, (20, y), (380, y), 255, 2)
    for x in (20, 80, 160, 220, 380):
        cv2.line(ink, (x, 40), (x, 360), 255, 2)
    cv2.circle(ink, (490, 200), round(22 * px_mm), 255, 2)  # a 44-mm ring, the largest a stamp is
    out = without_rulings(ink, px_mm)
    assert out[40:361, 20:381].sum() < 0.05 * ink[40:361, 20:381].sum()
    assert ring_share(out, 490, 200, round(22 * px_mm)) >= 0.95


def test_stamp_beside_a_ruled_table_found_by_its_ring() -> None:
    """A ruled list of members and the holder's rows, the stamp beside them: found by its ring; the tables
    alone are no stamp."""
    s = ruled_list()
    assert grey_ring_seal(grey_copy(s, None), 200.0) is None
    box = grey_ring_seal(grey_copy(ruled_list(), "ring", at=(1350, 1000), radius_mm=10.0), 200.0)
    assert box is not None and abs((box[0] + box[2]) / 2 - 1350) < 20 and abs((box[1] + box[3]) / 2 - 1000) < 20
