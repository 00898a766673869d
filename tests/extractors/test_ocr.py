"""OCR engines read a rendered Chinese line; the registry refuses unknown names and missing binaries."""

from __future__ import annotations

import socket
from pathlib import Path

import cv2
import numpy as np
import pytest

from dangan.errors import ConfigError, DanganError, ExternalProgramError
from dangan.extractors import ocr as ocr_mod
from dangan.extractors.ocr import (
    NullEngine,
    OcrEngine,
    OcrLine,
    RapidOcrEngine,
    TesseractEngine,
    get_engine,
    sort_lines,
)
from tests.extractors.conftest import render_line

TITLE = "困难职工建档申请表"


def _squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def title_line() -> np.ndarray:
    return render_line(f"{TITLE} 2350", size=40)


def test_rapidocr_reads_rendered_line(title_line: np.ndarray) -> None:
    engine = get_engine("rapidocr")
    assert isinstance(engine, OcrEngine) and engine.name == "rapidocr"
    assert get_engine("rapidocr") is engine  # one instance per process
    lines = engine.read(title_line)
    assert _squash("".join(ln.text for ln in lines)) == f"{TITLE}2350"
    assert all(0.5 <= ln.confidence <= 1.0 for ln in lines)
    x0, y0, x1, y1 = lines[0].box
    assert 0 <= x0 < x1 <= title_line.shape[1] and 0 <= y0 < y1 <= title_line.shape[0]
    cell = engine.read_cell(render_line("2350", size=40))
    assert cell is not None and cell.text == "2350" and cell.confidence > 0.8
    # read_cell switches detection off inside RapidOCR; read must switch it back on
    assert _squash("".join(ln.text for ln in engine.read(title_line))) == f"{TITLE}2350"


def test_tesseract_reads_rendered_line(title_line: np.ndarray) -> None:
    engine = get_engine("tesseract")
    assert engine.name == "tesseract"
    cell = engine.read_cell(title_line)
    assert cell is not None and _squash(cell.text) == f"{TITLE}2350"
    assert 0.0 < cell.confidence <= 1.0


def test_rapidocr_never_downloads(monkeypatch: pytest.MonkeyPatch, title_line: np.ndarray) -> None:
    """A fresh engine must start and read with the network cut and RapidOCR's downloader disarmed."""
    from rapidocr.utils import download_file

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("RapidOCR tried to download a model")

    monkeypatch.setattr(download_file.DownloadFile, "run", classmethod(refuse))
    monkeypatch.setattr(socket.socket, "connect", refuse)
    engine = RapidOcrEngine(threads=1)
    assert _squash(engine.read_cell(title_line).text) == f"{TITLE}2350"


def test_unknown_engine_and_missing_binary(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError, match="未知的 OCR 引擎"):
        get_engine("abbyy")
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    with pytest.raises(ExternalProgramError, match="tesseract") as err:
        TesseractEngine()
    assert isinstance(err.value, DanganError) and "\n" not in str(err.value)
    with pytest.raises(ExternalProgramError, match="语言包"):
        monkeypatch.undo()
        TesseractEngine(lang="chi_sim+klingon")


def test_default_engine_from_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DANGAN_OCR_ENGINE", "null")
    assert get_engine().name == "null"


def test_null_engine() -> None:
    img = np.full((40, 100, 3), 255, np.uint8)
    assert NullEngine("王明").read(img) == [OcrLine("王明", (0, 0, 100, 40), 1.0)]
    given = [OcrLine("姓名", (0, 0, 10, 10), 0.9), OcrLine("王明", (20, 0, 40, 10), 0.8)]
    engine = NullEngine(given)
    assert engine.read(img) == given and engine.read_cell(img).text == "姓名王明"
    assert NullEngine().read_cell(img) is None


def test_sort_lines_reading_order() -> None:
    a = OcrLine("右", (300, 12, 400, 52), 1.0)
    b = OcrLine("左", (10, 10, 100, 50), 1.0)
    c = OcrLine("下", (10, 100, 100, 140), 1.0)
    assert [ln.text for ln in sort_lines([c, a, b])] == ["左", "右", "下"]


def test_join_cjk() -> None:
    assert ocr_mod._join_cjk(["困", "难", "2350", "yuan"]) == "困难2350 yuan"


SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def test_tesseract_crash_is_reported_as_a_crash_and_costs_the_page_nothing() -> None:
    """Tesseract dies with SIGFPE on some line crops: that is a failure (not a 'timeout'), and the
    orientation vote skips the crop instead of losing the page."""
    from dangan.extractors import preprocess as P

    crop = cv2.imread(str(SAMPLES / "tesseract_crash_crop.png"))
    engine = get_engine("tesseract")
    try:
        engine.read_cell(crop)
    except ExternalProgramError as err:
        assert "运行失败" in str(err) and "超时" not in str(err), str(err)
    else:
        pytest.skip("this tesseract build reads the crop without crashing")
    gray = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY)
    page = cv2.copyMakeBorder(gray, 40, 40, 40, 40, cv2.BORDER_CONSTANT, value=255)
    h, w = gray.shape
    p = 5  # _upright_votes pads a line box by a sixth of its height: this box gives back the sample
    assert (h - 2 * p) // 6 == p
    box = (40 + p, 40 + p, 40 + w - p, 40 + h - p)
    assert P._upright_votes(page, [box], engine) == 0.0  # the crashing crop counted for nothing


def test_printed_box_is_the_printed_part_of_a_sheet() -> None:
    """A line printed low on a white A4 sheet: the box holds the line and little else; a blank sheet
    and a sheet printed edge to edge have no box (they are read whole)."""
    line = render_line(TITLE, size=40)
    page = np.full((3508, 2480, 3), 255, np.uint8)
    lh, lw = line.shape[:2]
    page[2600 : 2600 + lh, 900 : 900 + lw] = line
    box = ocr_mod.printed_box(page)
    assert box is not None
    x0, y0, x1, y1 = box
    assert x0 <= 900 + 24 and y0 <= 2600 + 24 and x1 >= 900 + lw - 24 and y1 >= 2600 + lh - 24
    assert (x1 - x0) * (y1 - y0) < 0.05 * page.shape[0] * page.shape[1]
    assert ocr_mod.printed_box(np.full((3508, 2480, 3), 255, np.uint8)) is None
    framed = page.copy()
    cv2.rectangle(framed, (5, 5), (2474, 3502), (0, 0, 0), 4)
    assert ocr_mod.printed_box(framed) is None


def test_rapidocr_reads_the_printed_part_in_page_pixels(title_line: np.ndarray) -> None:
    """Detection on the printed part only: the line is read, and its box is where it is on the page."""
    page = np.full((3508, 2480, 3), 255, np.uint8)
    lh, lw = title_line.shape[:2]
    page[2600 : 2600 + lh, 900 : 900 + lw] = title_line
    lines = get_engine("rapidocr").read(page)
    assert TITLE in _squash("".join(ln.text for ln in lines))
    x0, y0, x1, y1 = lines[0].box
    assert abs(x0 - 924) < 30 and abs(y0 - 2624) < 30 and x1 > 900 + lw - 60 and y1 < 2600 + lh + 20


def test_rapidocr_skip_leaves_lines_unrecognised_and_the_others_as_read() -> None:
    """``read(..., skip=)``: the lines ``skip`` answers True for (their boxes as ``read`` returns them) are
    not recognised and not returned; every other line comes back as a read without ``skip`` gives it."""
    lines = [render_line(t, size=36) for t in ("单位（盖章）", "2025年11月28日", "经办人：王小明")]
    width = max(im.shape[1] for im in lines) + 80
    page = np.full((60 + sum(im.shape[0] + 40 for im in lines), width, 3), 255, np.uint8)
    y = 40
    for im in lines:
        page[y : y + im.shape[0], 40 : 40 + im.shape[1]] = im
        y += im.shape[0] + 40
    engine = get_engine("rapidocr")
    assert isinstance(engine, RapidOcrEngine)
    whole = engine.read(page)
    assert len(whole) == 3
    rec = engine._engine._load_rec_model()
    seen: list[int] = []
    real = rec.__call__

    class Counting:
        def __call__(self, args: object) -> object:
            seen.append(len(getattr(args, "img", [])))
            return real(args)

    date_box = whole[1].box

    def skip(box: tuple[int, int, int, int]) -> bool:
        return abs(box[1] - date_box[1]) <= 2 and abs(box[0] - date_box[0]) <= 2

    engine._engine.text_rec = Counting()
    try:
        kept = engine.read(page, skip=skip)
        none = engine.read(page, skip=lambda box: True)
    finally:
        engine._engine.text_rec = rec
    assert seen == [2]  # the date never reached recognition; nothing did when every line is skipped
    assert kept == [whole[0], whole[2]]
    assert none == []
    assert engine.read(page) == whole  # RapidOCR's own step is back for the next read


def test_rapidocr_sessions_hold_no_memory_arena(title_line: np.ndarray) -> None:
    """Detection, recognition and the direction classifier run without onnxruntime's memory arena: the arena
    saved 3.8 % of CPU but kept each worker's largest buffers and took the process tree over 2 GB."""
    engine = RapidOcrEngine(threads=1)
    models = (engine._engine._load_det_model(), engine._engine._load_rec_model(), engine._cls_model())
    for model in models:
        assert not model.session.session.get_session_options().enable_cpu_mem_arena
    assert _squash("".join(ln.text for ln in engine.read(title_line))) == f"{TITLE}2350"
