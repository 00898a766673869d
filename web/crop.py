"""The piece of the scan where a field was read, so an auditor can compare it with the electronic value.

Boxes are stored in page pixels at 300 dpi (extraction contract): PDFs are rasterised with pypdfium2
at that resolution (only the region around the box); image scans are taken in their own pixels, as
extraction reads them. A box found after deskewing may sit a few pixels off: the margin absorbs it.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from PIL import Image, ImageDraw, ImageOps

from dangan.config import Settings
from dangan.errors import NotFound
from dangan.storage.db import Document

RENDER_DPI = 300
MARGIN = 60  # pixels of context around the box: the label printed next to the value helps the reader
MAX_WIDTH = 1400
MAX_PAGE_PIXELS = 80_000_000  # the extraction sandbox's per-page limit (A4 at 600 dpi is ~35 Mpx)


def read_original(settings: Settings, document: Document) -> bytes:
    """The original's bytes, exactly the locked version the finding was made from."""
    from dangan.storage import objects

    client = objects.get_client(settings)
    return objects.get_bytes(client, settings, "originals", document.object_key,
                             version_id=document.version_id or None)


def fit_scale(width_pt: float, height_pt: float, dpi: float = RENDER_DPI,
              max_pixels: int = MAX_PAGE_PIXELS) -> float:
    """Pixels per point as extraction rendered the page: 300 dpi, shrunk for poster-sized pages.

    Mirrors the extraction stage's rule (the boxes are in *its* pixels); written here, not imported,
    because stages share the database contract, not each other's internals.
    """
    scale = dpi / 72.0
    pixels = width_pt * scale * height_pt * scale
    if pixels > max_pixels:
        scale *= (max_pixels / pixels) ** 0.5
    return scale


def _padded(bbox: Sequence[Any] | None, width: float, height: float) -> tuple[int, int, int, int] | None:
    if not bbox or len(bbox) != 4:
        return None
    x0, y0, x1, y1 = (float(v) for v in bbox)
    box = (max(int(x0) - MARGIN, 0), max(int(y0) - MARGIN, 0),
           min(int(x1) + MARGIN, int(width)), min(int(y1) + MARGIN, int(height)))
    return box if box[2] > box[0] and box[3] > box[1] else None


def _pdf_region(data: bytes, page: int, bbox: Sequence[Any] | None) -> tuple[Image.Image, tuple[int, int]]:
    """Render only the padded box (not the whole page): a poster-sized scan stays cheap."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        if not 0 <= page < len(pdf):
            raise NotFound(f"页码超出范围 (page {page + 1} of {len(pdf)})")
        pg = pdf[page]
        w_pt, h_pt = pg.get_size()
        scale = fit_scale(w_pt, h_pt)
        box = _padded(bbox, w_pt * scale, h_pt * scale)
        if box is None:
            return pg.render(scale=scale).to_pil().convert("RGB"), (0, 0)
        left, top, right, bottom = (v / scale for v in box)
        crop = (left, h_pt - bottom, w_pt - right, top)  # points cut off: left, bottom, right, top
        return pg.render(scale=scale, crop=crop).to_pil().convert("RGB"), (box[0], box[1])
    finally:
        pdf.close()


def _image_region(data: bytes, page: int, bbox: Sequence[Any] | None) -> tuple[Image.Image, tuple[int, int]]:
    source = Image.open(io.BytesIO(data))
    try:
        source.seek(page)
    except EOFError as exc:
        raise NotFound(f"页码超出范围 (page {page + 1})") from exc
    img = ImageOps.exif_transpose(source).convert("RGB")  # extraction reads the page upright too
    box = _padded(bbox, img.width, img.height)
    return (img.crop(box), (box[0], box[1])) if box else (img, (0, 0))


def crop_png(data: bytes, media_type: str, page: int | None, bbox: Sequence[Any] | None) -> bytes:
    """PNG of the box plus a margin, outlined in red; the whole page when there is no box."""
    is_pdf = media_type == "application/pdf" or data[:5] == b"%PDF-"
    img, (ox, oy) = (_pdf_region if is_pdf else _image_region)(data, page or 0, bbox)
    if bbox and len(bbox) == 4:
        x0, y0, x1, y1 = (float(v) for v in bbox)
        ImageDraw.Draw(img).rectangle((x0 - ox - 4, y0 - oy - 4, x1 - ox + 4, y1 - oy + 4),
                                      outline=(220, 30, 30), width=3)
    if img.width > MAX_WIDTH:
        img = img.resize((MAX_WIDTH, max(1, round(img.height * MAX_WIDTH / img.width))))
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()
