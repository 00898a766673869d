"""load_pages on every accepted format, and the sandbox limits on hostile files."""

from __future__ import annotations

import struct
import time
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from dangan.errors import InputFileError
from dangan.extractors.pages import load_pages, sniff_kind
from dangan.extractors.sandbox import Limits, run_isolated
from tests.extractors.conftest import render_line, to_bgr


def _pil(img: np.ndarray) -> Image.Image:
    return Image.fromarray(np.ascontiguousarray(img[:, :, ::-1]))


@pytest.fixture(scope="module")
def sample() -> Image.Image:
    return _pil(render_line("困难职工建档申请表 2350", size=40))


def test_png_jpeg(tmp_path: Path, sample: Image.Image) -> None:
    for ext in ("png", "jpg"):
        path = tmp_path / f"a.{ext}"
        sample.save(path)
        pages = load_pages(path)
        assert len(pages) == 1
        page = pages[0]
        assert page.source_kind == "image" and page.words == [] and page.index == 0
        assert page.image is not None and page.image.dtype == np.uint8
        assert page.image.shape == (sample.height, sample.width, 3)
        # BGR order: a pure red pixel must come back as (0, 0, 255)
    red = Image.new("RGB", (20, 20), (255, 0, 0))
    red.save(tmp_path / "red.png")
    assert tuple(load_pages(tmp_path / "red.png")[0].image[5, 5]) == (0, 0, 255)


def test_multipage_tiff_and_extension_is_ignored(tmp_path: Path, sample: Image.Image) -> None:
    path = tmp_path / "scan.jpg"  # a TIFF with the wrong extension: magic bytes decide
    frames = [sample, sample.rotate(180), sample.convert("L")]
    frames[0].save(path, format="TIFF", save_all=True, append_images=frames[1:], dpi=(200, 200))
    pages = load_pages(path)
    assert [p.index for p in pages] == [0, 1, 2]
    assert all(p.source_kind == "image" and p.image.shape[2] == 3 for p in pages)
    assert pages[0].dpi == pytest.approx(200)


def test_batches_resume_in_order(tmp_path: Path, sample: Image.Image, monkeypatch: pytest.MonkeyPatch) -> None:
    """One page per child when the batch budget is tiny: same pages, same order, for TIFF and PDF."""
    from dangan.extractors import pages as pages_mod

    monkeypatch.setattr(pages_mod, "BATCH_BYTES", 1)
    frames = [sample.rotate(a, expand=True) for a in (0, 90, 180)]
    frames[0].save(tmp_path / "a.tif", save_all=True, append_images=frames[1:])
    frames[0].save(tmp_path / "a.pdf", save_all=True, append_images=frames[1:])
    for name in ("a.tif", "a.pdf"):
        got = list(pages_mod.iter_pages(tmp_path / name, dpi=72))
        assert [p.index for p in got] == [0, 1, 2]
        assert [p.image.shape[1] > p.image.shape[0] for p in got] == [True, False, True]


def test_image_pdf(tmp_path: Path, sample: Image.Image) -> None:
    path = tmp_path / "scan.pdf"
    sample.save(path, resolution=150)
    pages = load_pages(path, dpi=300)
    assert len(pages) == 1 and pages[0].source_kind == "image-pdf" and pages[0].words == []
    # 150-dpi image rendered at 300 dpi: twice the pixels
    assert pages[0].image.shape[1] == pytest.approx(2 * sample.width, abs=2)


def test_pdf_dpi_renders_pdfs_only(tmp_path: Path, sample: Image.Image) -> None:
    """``pdf_dpi`` is the PDF rendering resolution; an untagged image is still taken to be ``dpi``."""
    sample.save(tmp_path / "scan.pdf", resolution=150)
    sample.save(tmp_path / "scan.png")
    pdf = load_pages(tmp_path / "scan.pdf", dpi=300, pdf_dpi=75)[0]
    assert pdf.source_kind == "image-pdf" and pdf.dpi == pytest.approx(75)
    assert pdf.image.shape[1] == pytest.approx(sample.width / 2, abs=2)  # 150-dpi image at 75 dpi
    png = load_pages(tmp_path / "scan.png", dpi=300, pdf_dpi=75)[0]
    assert png.dpi == pytest.approx(300) and png.image.shape[1] == sample.width


def test_image_dpi_reduces_fine_scans_in_the_sandbox(tmp_path: Path, sample: Image.Image) -> None:
    """``image_dpi``: a scan finer than 1.1 times it comes back reduced to it, the same pixels as reducing
    the full-size page afterwards, with the scale applied; coarser scans and PDFs come back as they are."""
    import cv2

    from dangan.extractors.pages import reduced

    sample.save(tmp_path / "fine.png", dpi=(400, 400))
    sample.save(tmp_path / "near.png", dpi=(240, 240))
    sample.save(tmp_path / "scan.pdf", resolution=150)
    full = load_pages(tmp_path / "fine.png")[0]
    small = load_pages(tmp_path / "fine.png", image_dpi=220.0)[0]
    f = 220.0 / full.dpi  # a PNG keeps its resolution in pixels a metre: 399.9992 dpi
    size = (round(full.image.shape[1] * f), round(full.image.shape[0] * f))
    assert np.array_equal(small.image, cv2.resize(full.image, size, interpolation=cv2.INTER_AREA))
    assert np.array_equal(small.image, reduced(full.image, full.dpi, 220.0)[0])
    assert small.scale == f and small.dpi == 220.0 and full.scale == 1.0
    near = load_pages(tmp_path / "near.png", image_dpi=220.0)[0]
    assert near.scale == 1.0 and near.dpi == pytest.approx(240, abs=0.01)
    assert near.image.shape[1] == sample.width
    pdf = load_pages(tmp_path / "scan.pdf", pdf_dpi=300, image_dpi=220.0)[0]
    assert pdf.scale == 1.0 and pdf.dpi == pytest.approx(300)


def _text_pdf(path: Path, pages: int = 1) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.font_manager import FontProperties

    plt.rcParams["pdf.fonttype"] = 42  # embedded TrueType with a ToUnicode map: a real text layer
    fp = FontProperties(fname="/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
    with PdfPages(path) as pdf:
        for i in range(pages):
            fig = plt.figure(figsize=(8.27, 11.69))  # A4 in inches
            fig.text(0.1, 0.9, "困难职工建档申请表", fontproperties=fp, fontsize=20)
            fig.text(0.1, 0.8, f"姓名 王明 本人月收入 {2350 + i}", fontproperties=fp, fontsize=14)
            pdf.savefig(fig)
            plt.close(fig)


def test_text_pdf_words_in_page_pixels(tmp_path: Path) -> None:
    if not Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc").exists():
        pytest.skip("fonts-wqy-zenhei not installed")
    path = tmp_path / "export.pdf"
    _text_pdf(path, pages=2)
    pages = load_pages(path, dpi=200)
    assert [p.source_kind for p in pages] == ["text-pdf", "text-pdf"]
    page = pages[0]
    assert page.image is not None
    assert page.image.shape[0] == pytest.approx(11.69 * 200, abs=2)
    assert page.image.shape[1] == pytest.approx(8.27 * 200, abs=2)
    texts = [w.text for w in page.words]
    assert "困难职工建档申请表" in texts and "2350" in texts and "2351" in [w.text for w in pages[1].words]
    title = next(w for w in page.words if w.text == "困难职工建档申请表")
    x0, y0, x1, y1 = title.box
    assert x0 == pytest.approx(0.1 * 8.27 * 200, abs=15)  # 10% from the left edge, in pixels
    # the word box covers dark (rendered) pixels: text layer and image agree
    crop = page.image[y0:y1, x0:x1]
    assert crop.size and crop.min() < 100
    assert load_pages(path, render=False)[0].image is None


def test_sniff_kind() -> None:
    assert sniff_kind(b"%PDF-1.7\n") == "pdf"
    assert sniff_kind(b"\x89PNG\r\n\x1a\n....") == "png"
    assert sniff_kind(b"\xff\xd8\xff\xe0") == "jpeg"
    assert sniff_kind(b"II*\x00") == "tiff"
    assert sniff_kind(b"hello") == "unknown"


# ------------------------------------------------------------------------------------------- hostile


def _png_header_only(path: Path, width: int, height: int) -> None:
    """A valid PNG signature and IHDR claiming ``width`` x ``height``, followed by a tiny IDAT."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")
    )


def test_decompression_bomb_header_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.png"
    _png_header_only(path, 100_000, 100_000)
    with pytest.raises(InputFileError, match=r"解压炸弹|too large"):
        load_pages(path)


def test_memory_limit_enforced(tmp_path: Path) -> None:
    """Pixel limit lifted on purpose: then RLIMIT_AS must stop the allocation, not the machine."""
    path = tmp_path / "big.png"
    _png_header_only(path, 40_000, 40_000)  # 4.8 GB of RGB if decoded
    limits = Limits(max_pixels=10**10, memory_bytes=768 * 1024 * 1024, timeout_s=30)
    with pytest.raises(InputFileError, match="内存超限"):
        load_pages(path, limits=limits)


def test_garbage_and_truncated_pdf(tmp_path: Path, sample: Image.Image) -> None:
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 200)
    with pytest.raises(InputFileError, match=r"损坏|damaged"):
        load_pages(garbage)
    good = tmp_path / "good.pdf"
    sample.save(good)
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 3])
    try:
        pages = load_pages(truncated)
    except InputFileError as exc:  # refusing is fine; a crash or a hang is not
        assert "\n" not in str(exc)
    else:
        assert all(p.image is not None for p in pages)


def test_encrypted_pdf(tmp_path: Path) -> None:
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    path = tmp_path / "locked.pdf"
    c = canvas.Canvas(str(path), encrypt="secret")
    c.drawString(100, 700, "locked")
    c.save()
    with pytest.raises(InputFileError, match="加密"):
        load_pages(path)


def test_unknown_empty_and_oversized_files(tmp_path: Path, sample: Image.Image) -> None:
    (tmp_path / "x.png").write_bytes(b"not an image at all")
    with pytest.raises(InputFileError, match="不支持"):
        load_pages(tmp_path / "x.png")
    (tmp_path / "empty.pdf").write_bytes(b"")
    with pytest.raises(InputFileError, match="为空"):
        load_pages(tmp_path / "empty.pdf")
    sample.save(tmp_path / "ok.png")
    with pytest.raises(InputFileError, match="过大"):
        load_pages(tmp_path / "ok.png", limits=Limits(max_file_bytes=100))
    with pytest.raises(InputFileError, match="无法读取"):
        load_pages(tmp_path / "missing.png")


def test_max_pages(tmp_path: Path, sample: Image.Image) -> None:
    path = tmp_path / "many.tif"
    sample.save(path, save_all=True, append_images=[sample] * 4)
    with pytest.raises(InputFileError, match="页数过多"):
        load_pages(path, limits=Limits(max_pages=3))


def test_huge_pdf_page_is_shrunk_not_exploded(tmp_path: Path) -> None:
    """A scanner PDF that claims a 200-inch page: rendered under max_pixels, with the effective dpi."""
    path = tmp_path / "poster.pdf"
    Image.new("RGB", (2000, 2000), "white").save(path, resolution=10)  # 200 x 200 inches
    pages = load_pages(path, limits=Limits(max_pixels=4_000_000))
    h, w = pages[0].image.shape[:2]
    assert h * w <= 4_000_000 * 1.01 and pages[0].dpi < 300


@pytest.fixture
def importable_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    """Children import targets from this test module: make the repository root importable for them."""
    root = str(Path(__file__).resolve().parents[2])
    monkeypatch.setenv("PYTHONPATH", root)


def _hang(seconds: float, limits: dict) -> tuple[list, list]:
    time.sleep(seconds)
    return [], []


def _ok(limits: dict) -> tuple[dict, list]:
    return {"limits": limits["max_pages"]}, [np.arange(6, dtype=np.uint8).reshape(2, 3)]


def test_sandbox_timeout_and_roundtrip(importable_tests: None) -> None:
    t0 = time.monotonic()
    with pytest.raises(InputFileError, match="超时"):
        run_isolated("tests.extractors.test_pages:_hang", [60], Limits(timeout_s=1.5))
    assert time.monotonic() - t0 < 45  # stopped: the child would hang 60 s (at load 40, fork and reap took 24 s)
    meta, arrays = run_isolated("tests.extractors.test_pages:_ok", [], Limits(max_pages=7))
    assert meta == {"limits": 7} and arrays[0].tolist() == [[0, 1, 2], [3, 4, 5]]


def _env(keys: list[str], limits: dict) -> tuple[dict, list]:
    import os

    return {k: os.environ.get(k) for k in keys}, []


def test_sandbox_child_gets_no_credentials(monkeypatch: pytest.MonkeyPatch, importable_tests: None) -> None:
    monkeypatch.setenv("DANGAN_S3_SECRET_KEY", "s3cr3t")
    meta, _ = run_isolated("tests.extractors.test_pages:_env", [["DANGAN_S3_SECRET_KEY", "PATH"]])
    assert meta["DANGAN_S3_SECRET_KEY"] is None and meta["PATH"]


def test_to_bgr_helper_roundtrip() -> None:
    im = Image.new("RGB", (2, 1), (10, 20, 30))
    assert tuple(to_bgr(im)[0, 0]) == (30, 20, 10)


# -- the zygote: every parse in a fresh fork, the parsers imported once ------------------------------

_STATE: list[int] = []


def _who(limits: dict) -> tuple[dict, list]:
    import os

    _STATE.append(1)  # a module global: must not survive into the next call's process
    return {"pid": os.getpid(), "parent": os.getppid(), "state": len(_STATE)}, []


def _crash(limits: dict) -> tuple[dict, list]:
    import os

    os.abort()  # what a parser crashing on a hostile file looks like (SIGABRT)
    return {}, []


def test_each_parse_is_a_fresh_fork_of_one_zygote(importable_tests: None) -> None:
    import os

    calls = [run_isolated("tests.extractors.test_pages:_who", [])[0] for _ in range(3)]
    assert len({c["pid"] for c in calls}) == 3  # a new process every time …
    assert len({c["parent"] for c in calls}) == 1 and calls[0]["parent"] != os.getpid()  # … of one zygote
    assert [c["state"] for c in calls] == [1, 1, 1]  # nothing a parse did is seen by the next
    with pytest.raises(InputFileError, match="异常退出"):
        run_isolated("tests.extractors.test_pages:_crash", [])
    after = run_isolated("tests.extractors.test_pages:_who", [])[0]
    assert after["parent"] == calls[0]["parent"]  # a crashing parse does not take the zygote down


@pytest.mark.parametrize("how", ["exit", "sigkill"])
def test_zygote_goes_with_its_process(how: str, importable_tests: None) -> None:
    """A process that used the sandbox leaves no zygote behind, whether it exits or is killed."""
    import os
    import signal
    import subprocess
    import sys

    import psutil

    script = (
        "import sys, time\n"
        "from dangan.extractors.sandbox import run_isolated\n"
        "print(run_isolated('tests.extractors.test_pages:_who', [])[0]['parent'], flush=True)\n"
        + ("time.sleep(60)\n" if how == "sigkill" else "")
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=os.environ)
    assert proc.stdout is not None
    zygote = psutil.Process(int(proc.stdout.readline()))
    if how == "sigkill":
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    zygote.wait(timeout=30)  # raises TimeoutExpired if it stays
    assert not zygote.is_running()


def _zygote_maps(limits: dict) -> tuple[dict, list]:
    import os

    with open(f"/proc/{os.getppid()}/maps", encoding="utf-8") as fh:
        return {"maps": fh.read()}, []


def test_zygote_forks_with_the_parsers_libraries_loaded(importable_tests: None) -> None:
    """Pillow, pdfium and OpenCV are imported once in the zygote, not in every fork (the parsers import
    them inside their functions: ~0.05-0.1 CPU-s a file when each fork imported them again)."""
    maps = run_isolated("tests.extractors.test_pages:_zygote_maps", [])[0]["maps"]
    for lib in ("PIL/_imaging", "pdfium", "cv2"):
        assert lib in maps, lib


def test_exif_orientation_turns_the_page(tmp_path: Path) -> None:
    """A photo's orientation tag is applied (in place since the copies were dropped), channels in BGR."""
    im = Image.new("RGB", (40, 20), (255, 255, 255))
    im.paste((0, 0, 255), (0, 0, 10, 20))  # a blue band at the left
    exif = Image.Exif()
    exif[0x0112] = 6  # shown turned 90° clockwise
    path = tmp_path / "turned.jpg"
    im.save(path, exif=exif, quality=95)
    page = load_pages(path)[0]
    assert page.image is not None and page.image.shape == (40, 20, 3)
    top = page.image[:8].reshape(-1, 3).mean(axis=0)  # the left band is on top now, blue in BGR
    assert top[0] > 200 and top[2] < 60
    plain = tmp_path / "plain.png"
    im.save(plain)
    image = load_pages(plain)[0].image
    assert image is not None and image.shape == (20, 40, 3) and tuple(image[5, 2]) == (255, 0, 0)
