"""Turn one scan file (PDF, JPEG, PNG, TIFF) into page images and, where a PDF has one, its text layer.

Every parse of file content happens in ``sandbox.run_isolated``: archives arrive from many unit offices
and some files are damaged or hostile. The parent only checks size and magic bytes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeAlias

import numpy as np

from dangan.errors import InputFileError
from dangan.extractors.ocr import OcrLine
from dangan.extractors.sandbox import ChildFailure, Limits, run_isolated

SourceKind = Literal["text-pdf", "image-pdf", "image"]

# A PDF page counts as "text" when its text layer has at least this many characters; below it the
# few characters are usually a scanner's stamp ("Scanned by ...") over an image.
MIN_TEXT_CHARS = 10

Word: TypeAlias = OcrLine  # a text-layer word has the same shape as an OCR line (confidence 1.0)


@dataclass
class Page:
    """One page ready for pre-processing / OCR; coordinates of ``words`` are pixels of ``image``."""

    index: int
    source_kind: SourceKind
    image: np.ndarray | None  # BGR uint8; None only when load_pages(render=False) on a text page
    words: list[Word] = field(default_factory=list)
    dpi: float = 300.0  # effective resolution (lower than asked when a page had to be shrunk)
    width: int = 0
    height: int = 0
    # pixels of ``image`` per pixel of the scan: below 1 when the scan was reduced while loading
    # (``load_pages(image_dpi=...)``); a reader gives boxes in the scan's own pixels by dividing by it
    scale: float = 1.0

    @property
    def has_text_layer(self) -> bool:
        return self.source_kind == "text-pdf"


def sniff_kind(head: bytes) -> str:
    """File type from magic bytes; extensions of scanned files are not to be trusted."""
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "tiff"
    if head.startswith(b"BM"):
        return "bmp"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    return "unknown"


def load_pages(
    path: str | Path,
    dpi: int = 300,
    *,
    render: bool = True,
    limits: Limits | None = None,
    pdf_dpi: int | None = None,
    image_dpi: float | None = None,
) -> list[Page]:
    """Load every page of ``path``; raises ``InputFileError`` (one line) if the file cannot be accepted.

    ``dpi``: PDF pages are rendered at it, and an image without a usable resolution tag is taken to
    have it; ``pdf_dpi``, when given, is the PDF rendering resolution instead (the reader works at
    ~220 dpi: rendering there costs half the pixels of 300 dpi and no reduction afterwards).
    ``image_dpi``: an image scanned finer than ``REDUCE_SLACK`` times it is reduced to it in the sandbox
    (``reduced``; the page's ``scale`` says by how much), so that its full-size pixels never cross to the
    parent (a 400-dpi A4 page is 46 MB written by the child and read back).
    Text-layer PDFs are still rendered by default so seals and ticked boxes can be read from pixels.
    For long files prefer ``iter_pages``: a 300-dpi A4 page is 26 MB in memory.
    """
    return list(iter_pages(path, dpi, render=render, limits=limits, pdf_dpi=pdf_dpi, image_dpi=image_dpi))


def iter_pages(
    path: str | Path,
    dpi: int = 300,
    *,
    render: bool = True,
    limits: Limits | None = None,
    pdf_dpi: int | None = None,
    image_dpi: float | None = None,
) -> Iterator[Page]:
    """Pages of ``path`` in order, parsed by sandboxed children a batch at a time.

    Each child renders pages until ``BATCH_BYTES`` of pixels are written, so neither the temp
    directory nor the parent holds a whole 200-page scan at once.
    """
    limits = limits or Limits()
    path = Path(path)
    kind = _check_file(path, limits)
    target = "dangan.extractors.pages:_parse_pdf" if kind == "pdf" else "dangan.extractors.pages:_parse_image"
    if kind == "pdf" and pdf_dpi:
        dpi = pdf_dpi
    first, n_pages = 0, None
    while n_pages is None or first < n_pages:
        meta, arrays = run_isolated(
            target, [str(path.resolve()), dpi, render, first, BATCH_BYTES, image_dpi], limits
        )
        n_pages = int(meta["n_pages"])
        arr_iter = iter(arrays)
        for m in meta["pages"]:
            image = next(arr_iter) if m["has_image"] else None
            words = [OcrLine(w[0], (w[1], w[2], w[3], w[4]), 1.0) for w in m["words"]]
            yield Page(
                index=m["index"],
                source_kind=m["source_kind"],
                image=image,
                words=words,
                dpi=m["dpi"],
                width=m["width"],
                height=m["height"],
                scale=float(m.get("scale", 1.0)),
            )
        if int(meta["next"]) <= first:  # a child must make progress; never loop forever
            raise InputFileError(f"文件已损坏或无法解析 (file is damaged or cannot be parsed): {path.name}")
        first = int(meta["next"])


BATCH_BYTES = 256 * 1024 * 1024
# an image is reduced to the reader's resolution only when it is finer than this many times it
REDUCE_SLACK = 1.1


def reduced(img: np.ndarray, dpi: float, to_dpi: float) -> tuple[np.ndarray, float]:
    """``img`` (``dpi``) reduced to ``to_dpi`` when finer than ``REDUCE_SLACK`` times it, and the scale
    applied (1.0: left as it is). INTER_AREA: each output pixel the mean of the pixels it covers."""
    import cv2

    if dpi <= to_dpi * REDUCE_SLACK:
        return img, 1.0
    f = to_dpi / dpi
    size = (max(1, round(img.shape[1] * f)), max(1, round(img.shape[0] * f)))
    return cv2.resize(img, size, interpolation=cv2.INTER_AREA), f


def _check_file(path: Path, limits: Limits) -> str:
    """Cheap checks in the parent (size, magic bytes); returns the sniffed kind."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise InputFileError(f"文件无法读取 (cannot read file): {path.name}: {exc.strerror}") from exc
    if size == 0:
        raise InputFileError(f"文件为空 (empty file): {path.name}")
    if size > limits.max_file_bytes:
        raise InputFileError(
            f"文件过大 (file too large): {path.name} {size / 1e6:.0f} MB > {limits.max_file_bytes / 1e6:.0f} MB"
        )
    kind = sniff_kind(head)
    if kind == "unknown":
        raise InputFileError(f"不支持的文件类型 (unsupported file type): {path.name}")
    return kind


# ---------------------------------------------------------------------------------------------------
# Child-side parsers: run only inside the sandbox (resource limits already set).


def _fit_scale(width_pt: float, height_pt: float, dpi: float, max_pixels: int) -> float:
    """Scale (pixels per point) at ``dpi``, reduced so the page stays under ``max_pixels``.

    Why shrink instead of refusing: scanners often write image PDFs whose page size assumes 72 dpi,
    so a legitimate A4 scan can claim a poster-sized page.
    """
    scale = dpi / 72.0
    pixels = width_pt * scale * height_pt * scale
    if pixels > max_pixels:
        scale *= (max_pixels / pixels) ** 0.5
    return scale


def _parse_pdf(
    path: str,
    dpi: int,
    render: bool,
    first: int,
    batch_bytes: int,
    image_dpi: float | None,  # for images only: a PDF is rendered at the resolution asked
    limits: dict[str, Any],
) -> tuple[dict[str, Any], list[np.ndarray]]:
    import pypdfium2 as pdfium

    max_pages, max_pixels = int(limits["max_pages"]), int(limits["max_pixels"])
    try:
        doc = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ChildFailure("encrypted", "PDF") from exc
        raise ChildFailure("corrupt", f"PDF: {exc}") from exc
    n = len(doc)
    if n == 0:
        raise ChildFailure("corrupt", "PDF 没有页面 (no pages)")
    if n > max_pages:
        raise ChildFailure("too_many_pages", f"{n} > {max_pages}")
    metas: list[dict[str, Any]] = []
    arrays: list[np.ndarray] = []
    plumber: Any = None  # opened at the first page with text: most PDFs here are scans, and importing
    # pdfplumber (pdfminer) costs more CPU than rendering a page
    written = 0
    i = first
    while i < n and written < batch_bytes:  # at least one page per call; i is where the next call resumes
        page = doc[i]
        w_pt, h_pt = page.get_size()
        if w_pt <= 0 or h_pt <= 0:
            raise ChildFailure("corrupt", f"page {i + 1} has no size")
        scale = _fit_scale(w_pt, h_pt, dpi, max_pixels)
        words: list[list[Any]] = []
        if plumber is None and _has_text(page):
            plumber = _open_plumber(path)
        if plumber is not None:
            try:
                words = _pdf_words(plumber.pages[i], scale)
            except Exception:
                words = []
        n_chars = sum(len(w[0]) for w in words)
        kind: SourceKind = "text-pdf" if n_chars >= MIN_TEXT_CHARS else "image-pdf"
        if kind == "image-pdf":
            words = []
        width, height = round(w_pt * scale), round(h_pt * scale)
        has_image = render or kind == "image-pdf"
        if has_image:
            bitmap = page.render(scale=scale, rotation=0, grayscale=False, fill_color=(255, 255, 255, 255))
            rgb = bitmap.to_numpy()
            arrays.append(_to_bgr_from_pdfium(rgb, bitmap.format))
            height, width = arrays[-1].shape[:2]
            written += arrays[-1].nbytes
        metas.append(
            {
                "index": i,
                "source_kind": kind,
                "has_image": has_image,
                "words": words,
                "dpi": scale * 72.0,
                "width": width,
                "height": height,
            }
        )
        i += 1
    return {"n_pages": n, "next": i, "pages": metas}, arrays


def _has_text(page: Any) -> bool:
    """Does pdfium find at least ``MIN_TEXT_CHARS`` printable characters on the page (a text layer)?"""
    try:
        text = page.get_textpage().get_text_range()
    except Exception:  # no readable text layer: the page is read from its pixels
        return False
    return len("".join(str(text).split())) >= MIN_TEXT_CHARS


def _open_plumber(path: str) -> Any:
    import pdfplumber

    try:
        return pdfplumber.open(path)
    except Exception:  # pdfminer is stricter than pdfium; without it we simply have no text layer
        return None


def _to_bgr_from_pdfium(arr: np.ndarray, fmt: int) -> np.ndarray:
    import cv2
    import pypdfium2.raw as pdfium_c

    if fmt == pdfium_c.FPDFBitmap_BGR:
        return np.array(arr, copy=True)  # the buffer belongs to pdfium and is freed with the bitmap
    if fmt in (pdfium_c.FPDFBitmap_BGRA, pdfium_c.FPDFBitmap_BGRx):
        return cv2.cvtColor(arr, cv2.COLOR_BGRA2BGR)
    if fmt == pdfium_c.FPDFBitmap_Gray:
        return cv2.cvtColor(arr, cv2.COLOR_GRAY2BGR)
    raise ChildFailure("corrupt", f"unexpected pdfium bitmap format {fmt}")


def _pdf_words(page: Any, scale: float) -> list[list[Any]]:
    """pdfplumber words as ``[text, x0, y0, x1, y1]`` in pixels of the rendered page.

    ``use_text_flow`` keeps Chinese runs in reading order; no space tolerance is needed because
    Chinese has no spaces and pdfplumber splits at gaps wider than ``x_tolerance``.
    """
    # pdfplumber coordinates are relative to the cropbox top-left; pdfium renders the cropbox too.
    x_off, y_off = float(page.bbox[0]), float(page.bbox[1])
    out = []
    for w in page.extract_words(keep_blank_chars=False, use_text_flow=True, x_tolerance=1.5):
        text = str(w["text"]).strip()
        if not text:
            continue
        out.append(
            [
                text,
                round((float(w["x0"]) - x_off) * scale),
                round((float(w["top"]) - y_off) * scale),
                round((float(w["x1"]) - x_off) * scale),
                round((float(w["bottom"]) - y_off) * scale),
            ]
        )
    return out


def _parse_image(
    path: str,
    dpi: int,
    render: bool,
    first: int,
    batch_bytes: int,
    image_dpi: float | None,
    limits: dict[str, Any],
) -> tuple[dict[str, Any], list[np.ndarray]]:
    import warnings

    import cv2
    from PIL import Image, ImageOps

    max_pages, max_pixels = int(limits["max_pages"]), int(limits["max_pixels"])
    # Pillow raises DecompressionBombError above 2x this value and only warns above it: make it strict.
    Image.MAX_IMAGE_PIXELS = max_pixels
    warnings.simplefilter("error", Image.DecompressionBombWarning)
    try:
        img = Image.open(path)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ChildFailure("too_many_pixels", str(exc)) from exc
    except Exception as exc:
        raise ChildFailure("corrupt", f"{type(exc).__name__}: {exc}") from exc
    n_frames = int(getattr(img, "n_frames", 1))
    if n_frames > max_pages:
        raise ChildFailure("too_many_pages", f"{n_frames} > {max_pages}")
    metas: list[dict[str, Any]] = []
    arrays: list[np.ndarray] = []
    written = 0
    i = first
    while i < n_frames and written < batch_bytes:  # at least one page per call
        try:
            img.seek(i)
        except EOFError as exc:
            raise ChildFailure("corrupt", f"page {i + 1} missing") from exc
        frame = img
        w, h = frame.size
        if w <= 0 or h <= 0 or w * h > max_pixels:
            raise ChildFailure("too_many_pixels", f"page {i + 1}: {w}x{h}")
        try:
            frame.load()
            frame_dpi = float((frame.info.get("dpi") or (dpi, dpi))[0])
            if (
                not 100 <= frame_dpi <= 2400
            ):  # missing or meaningless tags (1 dpi; 72 dpi from phones) are common
                frame_dpi = float(dpi)
            # turned in place: a frame without an orientation tag is left as it is (exif_transpose's
            # copy of an A4 page costs ~10 ms)
            ImageOps.exif_transpose(frame, in_place=True)
            rgb = np.asarray(_to_rgb(frame))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise ChildFailure("too_many_pixels", str(exc)) from exc
        except (OSError, SyntaxError, ValueError) as exc:
            raise ChildFailure("corrupt", f"page {i + 1}: {exc}") from exc
        # the same bytes as reversing the channel axis and copying it, in a tenth of the CPU (~35 ms a page)
        bgr = cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)
        scale = 1.0
        if image_dpi is not None:
            del rgb  # the full-size page once, not twice, beside its reduced copy
            bgr, scale = reduced(bgr, frame_dpi, float(image_dpi))
            frame_dpi = float(image_dpi) if scale != 1.0 else frame_dpi
        arrays.append(bgr)
        written += bgr.nbytes
        metas.append(
            {
                "index": i,
                "source_kind": "image",
                "has_image": True,
                "words": [],
                "dpi": frame_dpi,
                "width": bgr.shape[1],
                "height": bgr.shape[0],
                "scale": scale,
            }
        )
        i += 1
    if not arrays:
        raise ChildFailure("corrupt", "no image frames")
    return {"n_pages": n_frames, "next": i, "pages": metas}, arrays


def _to_rgb(im: Any) -> Any:
    """Any Pillow mode to 8-bit RGB; transparent areas become white paper, 16-bit is scaled down."""
    from PIL import Image

    if im.mode in ("I;16", "I;16B", "I;16L", "I"):
        arr = np.asarray(im, dtype=np.float64)
        top = float(arr.max()) or 1.0
        im = Image.fromarray((arr * (255.0 / top)).astype(np.uint8))  # 2-D uint8 → mode L
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        im = im.convert("RGBA")
        background = Image.new("RGBA", im.size, (255, 255, 255, 255))
        im = Image.alpha_composite(background, im)
    return im if im.mode == "RGB" else im.convert("RGB")  # convert() of an RGB image is a copy
