"""Household fields of the application forms as other units print them, drawn in the test (issue 8).

REAL-DOCUMENTS: each unit prints the forms from its own Word file, often saved as a text PDF. Two ways of
printing the narrative 家庭主要困难情况 that lost it:

- its box is tall (half the page), larger than a fifth of the ruled area: it was taken for the table's
  outline and dropped, so its text ran on into the label's cell;
- the label (wrapped in a narrow cell) and the narrative beside it are words of a text PDF a ruling and
  about a character's width apart: joined into one run, nothing told where to cut it.

Each test draws the form (cells found by ``detect_grid``), gives the text as a text PDF's words (or as
OCR lines) where the drawing put it, and reads the form with ``extract_fields``.
"""

from __future__ import annotations

from datetime import date

from dangan.extractors.fields import extract_fields
from dangan.extractors.layout import TextLine, lines_from_words
from dangan.schemas.normalise import fold_fullwidth

from .test_structure import Page, _id

TODAY = date(2025, 6, 1)
APPLICANT_ID = _id("43030219960401623")
STORY = [
    "家庭共2人，配偶冯晓丹在职，本人月收入2970元，家庭年收入69260元，",
    "主要困难：因病致困，年支出约53400元，生活困难，特申请建档。",
]


def _words(lines: list[TextLine]) -> list[dict[str, object]]:
    return [{"text": ln.text, "box": ln.box} for ln in lines]


def _form(page: Page, label_w: int, story_h: int, gap: float) -> list[TextLine]:
    """The applicant's rows, then the narrative's row: its label wrapped in a cell ``label_w`` wide, the
    narrative ``gap`` px right of the ruling, each line level with a line of the label."""
    page.row([240, 420, 240, 510], ["姓名", "许欢杰", "性别", "男"])
    page.row([240, 1170], ["身份证号码", APPLICANT_ID])
    page.row([240, 1170], ["工作单位", "湘潭钢铁集团有限公司"])
    top = page.y
    x0 = page.left
    page.draw.rectangle((x0, top, x0 + label_w, top + story_h), outline="black", width=3)
    page.draw.rectangle((x0 + label_w, top, x0 + 1410, top + story_h), outline="black", width=3)
    cy = top + story_h / 2 - 24
    for k, (label, text) in enumerate(zip(["家庭主要", "困难情况"], STORY, strict=True)):
        page.text(label, x0 + 8, cy + 48 * k)
        page.text(text, x0 + label_w + gap, cy + 48 * k)
    page.y = top + story_h
    page.row([240, 1170], ["联系电话", "15211934123"])
    return page.lines


def _same(got: object, want: str) -> bool:
    return isinstance(got, str) and fold_fullwidth(got) == fold_fullwidth(want)


def _read(page: Page, lines: list[TextLine]) -> object:
    return extract_fields("建档申请表", lines, cells={0: page.cells()}, today=TODAY)


def test_a_narrative_box_taller_than_a_fifth_of_the_table_is_a_cell() -> None:
    page = Page()
    lines = _form(page, label_w=240, story_h=600, gap=60)
    ex = _read(page, lines)
    assert _same(ex.fields["困难情况说明"], "".join(STORY))  # type: ignore[attr-defined]
    assert ex.fields["姓名"] == "许欢杰" and ex.fields["手机号码"] == "15211934123"  # type: ignore[attr-defined]


def test_a_text_pdfs_label_and_narrative_a_ruling_apart_stay_two_texts() -> None:
    """A text PDF's words: the label's lines and the narrative's a character's width apart (≈ 1 height)."""
    for story_h in (600, 300):  # the tall box, and one as the seeds print it (not tuned on)
        page = Page()
        drawn = _form(page, label_w=180, story_h=story_h, gap=12)
        lines = lines_from_words(_words(drawn))
        joined = [ln.text for ln in lines if ln.text.startswith("家庭主要")]
        assert joined and joined[0].startswith("家庭主要 家庭共2人"), joined  # the two words, a space apart
        ex = _read(page, lines)
        assert _same(ex.fields["困难情况说明"], "".join(STORY)), story_h  # type: ignore[attr-defined]


def test_words_a_normal_gap_apart_stay_one_text() -> None:
    """The guard: words of one text a little apart (a text PDF splits runs at every font change) join
    without a space; words far apart stay apart."""
    words = [
        {"text": "家庭共2人，", "box": (100, 100, 300, 134)},
        {"text": "配偶在职", "box": (308, 100, 444, 134)},
        {"text": "男", "box": (700, 100, 734, 134)},
    ]
    assert [ln.text for ln in lines_from_words(words)] == ["家庭共2人，配偶在职", "男"]


def test_a_wrapped_label_read_with_a_character_lost_at_the_wrap() -> None:
    """A narrow cell wraps 工作单位 as 工作 over 单位; OCR reads the two lines as one and loses the character
    where they meet ("工作位", as RapidOCR read the 湖南 form). The same for a label not tuned on (政治面貌
    read 政治貌), while an answer one character off a label (有低保 of 有无低保) stays an answer."""
    page = Page()
    page.row([240, 420, 240, 510], ["姓名", "许欢杰", "性别", "男"])
    page.row([240, 330, 160, 680], ["工作状态", "在岗", "工作位", "湘潭钢铁集团有限公司"])
    page.row([240, 330, 160, 680], ["政治貌", "中共党员", "有无低保", "有低保"])
    page.row([240, 1170], ["联系电话", "15211934123"])
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    f = ex.fields
    assert f["工作单位"] == "湘潭钢铁集团有限公司" and f["工作状态"] == "在岗"
    assert f["政治面貌"] == "中共党员" and f["有无低保"] is True


def test_a_note_of_how_many_options_between_label_and_value_in_one_cell() -> None:
    """次要致困原因（0-3项） printed in the cell the answer is written in; the same for a format note not tuned
    on (身份证号（18位）) — notes with digits were taken as the start of the value."""
    page = Page()
    page.row([240, 420, 240, 510], ["姓名", "许欢杰", "性别", "男"])
    page.row([1410], ["身份证号（18位）" + APPLICANT_ID])
    page.row([900, 510], ["次要致困原因（0-3项）遭受意外事故、下岗失业", "其他（文字描述）"])
    page.row([240, 1170], ["联系电话", "15211934123"])
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    f = ex.fields
    assert f["次要致困原因"] == ["遭受意外事故", "下岗失业"]
    assert f["身份证号"] == APPLICANT_ID and f["姓名"] == "许欢杰"


def test_a_label_beside_its_value_wrapped_over_two_lines_in_one_cell() -> None:
    """现居住地： at the cell's left, centred on the address that wraps to its right (as a text PDF of the 河北
    form gives it): read row by row the label fell between the address's lines and took only 室. Not
    tuned on: the same for 工作单位 over three lines."""
    page = Page()
    page.row([240, 420, 240, 510], ["姓名", "许欢杰", "性别", "男"])
    for label, parts in (
        ("现居住地：", ["河北省石家庄市长安区体育北大街", "57号7幢5单元302室"]),
        ("工作单位：", ["石家庄市第一棉纺织厂", "后勤服务中心", "食堂"]),
    ):
        top = page.y
        h = 60 + 44 * len(parts)
        page.draw.rectangle((page.left, top, page.left + 1410, top + h), outline="black", width=3)
        page.text(label, page.left + 10, top + h / 2)
        for k, part in enumerate(parts):
            page.text(part, page.left + 230, top + 52 + 44 * k)
        page.y = top + h
    page.row([240, 1170], ["联系电话", "15211934123"])
    ex = extract_fields("建档申请表", page.lines, cells={0: page.cells()}, today=TODAY)
    f = ex.fields
    assert f["家庭住址"] == "河北省石家庄市长安区体育北大街57号7幢5单元302室"
    assert f["工作单位"] == "石家庄市第一棉纺织厂后勤服务中心食堂"


def test_an_option_list_is_not_cut_by_the_rulings_of_another_page() -> None:
    """A form's option list in one tall cell (three rows of □ options beside "四个一批"措施), on a faint
    scan where the image found only some empty boxes and OCR read no tick glyph. The form's second page,
    its member table, is ruled at other heights: a ruling there at the height between two option rows must
    not cut the first page's list in two, leaving a part in which the one option without a box found looks
    like the ticked one."""
    for gap in (48, 56):  # the spacing of option rows as printed, and a looser one (not tuned on)
        page = Page()
        page.row([240, 420, 240, 510], ["姓名", "许欢杰", "性别", "男"])
        top, x0, h = page.y, page.left, 3 * gap + 40
        page.draw.rectangle((x0, top, x0 + 300, top + h), outline="black", width=3)
        page.draw.rectangle((x0 + 300, top, x0 + 1410, top + h), outline="black", width=3)
        page.text("“四个一批”措施", x0 + 20, top + h / 2)
        rows = [["就业创业发展", "纳入社保制度覆盖"], ["纳入大病保险和医疗互助保险保障"], ["社会救助兜底"]]
        found: list[tuple[tuple[float, float, float, float], bool]] = []
        for k, opts in enumerate(rows):
            cy, x = top + 20 + gap / 2 + gap * k, x0 + 320.0
            words = []
            for opt in opts:
                page.draw.rectangle((x, cy - 12, x + 24, cy + 12), outline="black", width=2)
                if k == 1:
                    found.append(((x, cy - 12, x + 24, cy + 12), False))  # the one box the image gave
                ln = page.text(opt, x + 32, cy, record=False)
                words.append(ln)
                x = ln.box[2] + 40
            # OCR reads the row as one line; the □ glyph only where the box printed crisp (rows 2 and 3)
            glyph = "□" if k else ""
            text = " ".join(glyph + w.text for w in words)
            left, right = words[0].box, words[-1].box
            page.lines.append(TextLine(text, (left[0] - 32, left[1], right[2], right[3]), 0.97))
        page.y = top + h
        page.row([240, 1170], ["联系电话", "15211934123"])
        # the member table of page 2: its rows (two lines of text tall) ruled from where the option list's
        # first row ends
        members = Page()
        members.y = top + 20 + gap
        for name in ("郝雪兰", "吕艳萍", "吕国强"):
            members.row([240, 1170], [name, "配偶"], height=2 * gap)
        second = [TextLine(ln.text, ln.box, ln.confidence, page=1) for ln in members.lines]
        ex = extract_fields(
            "建档申请表",
            [*page.lines, *second],
            checkboxes=found,
            cells={0: page.cells(), 1: members.cells()},
            today=TODAY,
        )
        assert ex.fields.get("四个一批措施") in (None, "就业创业发展"), (gap, ex.fields.get("四个一批措施"))


def test_a_ring_round_an_option_whose_word_ocr_misread() -> None:
    """□-less printings ask the clerk to circle the answer ("困难职工  困难农民工" above the table). The pen's
    stroke runs through the first or last character of the circled word, and OCR loses it or reads it as
    another: the ring (found as a marked box wider than tall) round "困难职" is 困难职工, not a □ printed
    before the next word 困难农民工; and the other way round (not tuned on)."""
    for circled, read, want in (
        (0, "困难职困难农民工", False),  # 工 under the stroke read as the next word's 困
        (1, "困难职工 困难农民", True),  # 工 under the stroke lost
    ):
        page = Page()
        cy = 160
        words = [page.text(w, x, cy, record=False) for w, x in (("困难职工", 300.0), ("困难农民工", 520.0))]
        b = words[circled].box
        ring = (b[0] - 6, b[1] - 4, b[2] + 6, b[3] + 4)
        page.draw.ellipse(ring, outline="navy", width=3)
        page.y = 220
        page.row([240, 420, 240, 510], ["姓名", "许欢杰", "性别", "男"])
        page.row([240, 1170], ["联系电话", "15211934123"])
        line = TextLine(read, (words[0].box[0], words[0].box[1], words[1].box[2], words[1].box[3]), 0.97)
        ex = extract_fields(
            "建档申请表",
            [line, *page.lines],
            checkboxes=[(ring, True)],
            cells={0: page.cells()},
            today=TODAY,
        )
        assert ex.fields.get("是否农民工") is want, (read, ex.fields.get("是否农民工"))
