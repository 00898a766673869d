"""Intake checks on the synthetic samples: pure, no store, no database."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from dangan.errors import RejectedFile
from dangan.flows.intake_checks import (
    Limits,
    check_file,
    display_name,
    hash_file,
    parse_inbox_key,
    safe_key_fragment,
    sniff_media_type,
)

from .conftest import SAMPLES


@pytest.mark.parametrize(
    ("name", "media_type", "pages"),
    [("ok.png", "image/png", 1), ("ok.jpg", "image/jpeg", 1), ("ok.tif", "image/tiff", 1),
     ("ok.pdf", "application/pdf", 2)],
)
def test_good_samples_pass(name: str, media_type: str, pages: int) -> None:
    result = check_file(SAMPLES / name)
    assert (result.media_type, result.pages) == (media_type, pages)
    assert result.size == (SAMPLES / name).stat().st_size


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("empty.pdf", "文件为空"),
        ("empty.tif", "文件为空"),
        ("text_renamed.pdf", "内容不是 PDF"),
        ("truncated.pdf", "PDF 文件不完整"),
        ("encrypted.pdf", "PDF 文件已加密"),
        ("encrypted_owner_only.pdf", "PDF 文件已加密"),
        ("truncated.tif", "TIFF"),
        ("truncated_data.tif", "TIFF 文件不完整"),
        ("truncated.jpg", "JPEG"),
        ("bomb_30000x30000.png", "30000×30000"),
    ],
)
def test_bad_samples_are_refused_with_a_readable_reason(name: str, words: str) -> None:
    with pytest.raises(RejectedFile) as info:
        check_file(SAMPLES / name)
    assert words in info.value.reason
    assert "(" in info.value.reason and info.value.reason.isprintable()  # Chinese first, English in brackets
    assert str(SAMPLES) not in info.value.reason  # no local paths in what staff read


def test_bomb_is_refused_without_decoding(tmp_path: Path) -> None:
    import time

    started = time.perf_counter()
    with pytest.raises(RejectedFile):
        check_file(SAMPLES / "bomb_30000x30000.png")
    assert time.perf_counter() - started < 2  # decoding 900 MP would take far longer (and 900 MB)
    assert (SAMPLES / "bomb_30000x30000.png").stat().st_size < 200


def test_size_and_page_limits(tmp_path: Path) -> None:
    with pytest.raises(RejectedFile, match="文件过大"):
        check_file(SAMPLES / "ok.png", limits=Limits(max_bytes=100))
    with pytest.raises(RejectedFile, match="页数过多"):
        check_file(SAMPLES / "ok.pdf", limits=Limits(max_pdf_pages=1))
    with pytest.raises(RejectedFile, match="像素过多"):
        check_file(SAMPLES / "ok.png", limits=Limits(max_pixels=1000))


def test_pdf_probe_out_of_wall_time_is_transient_not_a_refusal() -> None:
    """A busy machine (wall clock runs out before the child's CPU budget) never quarantines a valid PDF."""
    from dangan.errors import ExternalProgramError
    from dangan.flows.retry import is_transient

    with pytest.raises(ExternalProgramError, match="机器繁忙") as caught:
        check_file(SAMPLES / "ok.pdf", limits=Limits(pdf_timeout_s=0.001))
    assert is_transient(caught.value)


def test_unsupported_type_and_mismatched_extension(tmp_path: Path) -> None:
    gif = tmp_path / "scan.gif"
    gif.write_bytes(b"GIF89a" + b"\x00" * 100)
    with pytest.raises(RejectedFile, match="不受支持"):
        check_file(gif)
    png_named_jpg = tmp_path / "scan.jpg"
    png_named_jpg.write_bytes((SAMPLES / "ok.png").read_bytes())
    result = check_file(png_named_jpg)
    assert result.media_type == "image/png" and result.ext == "png" and result.notes


def test_sniff() -> None:
    assert sniff_media_type(b"%PDF-1.7\n") == "application/pdf"
    assert sniff_media_type(b"\xef\xbb\xbf junk %PDF-1.4") == "application/pdf"
    assert sniff_media_type(b"MM\x00*") == "image/tiff"
    assert sniff_media_type(b"hello") is None


def test_hashes_match_hashlib() -> None:
    data = (SAMPLES / "ok.pdf").read_bytes()
    d = hash_file(SAMPLES / "ok.pdf")
    assert d.sha256 == hashlib.sha256(data).hexdigest()
    assert d.sm3 == hashlib.new("sm3", data).hexdigest()
    assert d.size == len(data)
    # GB/T 32905-2016 appendix A example 1
    assert hashlib.new("sm3", b"abc").hexdigest() == (
        "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"
    )


def test_inbox_key_convention() -> None:
    k = parse_inbox_key("工业橡胶/工业橡胶20130006/01_建档申请表.jpg")
    assert (k.unit, k.archive_no, k.filename, k.linked) == ("工业橡胶", "工业橡胶20130006", "01_建档申请表.jpg", True)
    for loose in ("scan.jpg", "工业橡胶/scan.jpg", "a/b/c/scan.jpg"):
        k = parse_inbox_key(loose)
        assert not k.linked and k.filename == "scan.jpg"


@pytest.mark.parametrize(
    "key", ["../etc/passwd", "工业橡胶/../x.pdf", "a/./b.pdf", "/abs/x.pdf", "C:/x.pdf", "", "工业橡胶/folder/"],
)
def test_hostile_keys_are_refused(key: str) -> None:
    with pytest.raises(RejectedFile):
        parse_inbox_key(key)
    safe = safe_key_fragment(key)
    assert ".." not in safe.split("/") and "\\" not in safe and safe.isprintable() and not safe.startswith("/")


@pytest.mark.parametrize(
    ("key", "linked"),
    [("工业橡胶/工业橡胶20130006/my scan 01.png", True), ("工业橡胶/工业橡胶20130006/a+b?c&d#e.png", True),
     ("工业橡胶/工业橡胶20130006/tab\there.png", True), ("工业橡胶/工业橡胶20130006/two\nlines.png", True),
     ("工业橡胶/工业橡胶20130006/\u202egnp.pdf", True), ("a\\b.pdf", False), ("a/b\x00.pdf", False),
     ("a//b.pdf", False), (" a/b/c.pdf", False), ("工业\n橡胶/X1/a.png", False)],
)
def test_odd_names_are_kept_not_refused(key: str, linked: bool) -> None:
    """The bytes decide; a name is metadata. Only clean folder parts link the file to a household."""
    parsed = parse_inbox_key(key)
    assert parsed.linked == linked
    assert parsed.filename == key.rsplit("/", 1)[-1].replace("\x00", "\ufffd")
    assert display_name(parsed.filename).isprintable()


def test_long_bundles_pass_one_page_cap(tmp_path: Path) -> None:
    """A household's papers scanned as one file: 500-frame TIFF and 2000-page PDF are normal input."""
    from PIL import Image
    from reportlab.pdfgen import canvas

    from dangan.config import max_pages
    from dangan.extractors.sandbox import Limits as SandboxLimits

    assert Limits().max_frames == Limits().max_pdf_pages == SandboxLimits().max_pages == max_pages() >= 2000
    tif = tmp_path / "bundle.tif"
    frames = [Image.new("L", (40, 40), 255) for _ in range(500)]
    frames[0].save(tif, save_all=True, append_images=frames[1:], compression="tiff_lzw")
    assert check_file(tif).pages == 500
    from dangan.extractors.pages import iter_pages

    assert sum(1 for _ in iter_pages(tif, dpi=72)) == 500  # extraction streams them too, no cap at 200
    pdf = tmp_path / "bundle.pdf"
    c = canvas.Canvas(str(pdf))
    for _ in range(2000):
        c.showPage()
    c.save()
    assert check_file(pdf).pages == 2000
    with pytest.raises(RejectedFile, match="页数过多"):
        check_file(tif, limits=Limits(max_frames=100))
