"""The piece of the scan where a field was read, so an auditor can compare it with the electronic value.

Boxes are stored in page pixels at 300 dpi (extraction contract): PDFs are rasterised with pypdfium2
at that resolution; image scans are taken in their own pixels (scans are made at 300 dpi).
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


def read_original(settings: Settings, document: Document) -> bytes:
    """The original's bytes, exactly the locked version the finding was made from."""
    from dangan.storage import objects

    client = objects.get_client(settings)
    return objects.get_bytes(client, settings, "originals", document.object_key,
                             version_id=document.version_id or None)


def page_image(data: bytes, media_type: str, page: int = 0) -> Image.Image:
    """One page (0-based) of a PDF, TIFF or single image as an RGB picture."""
    if media_type == "application/pdf" or data[:5] == b"%PDF-":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(data)
        try:
            if not 0 <= page < len(pdf):
                raise NotFound(f"页码超出范围 (page {page} of {len(pdf)})")
            bitmap = pdf[page].render(scale=RENDER_DPI / 72)
            return bitmap.to_pil().convert("RGB")
        finally:
            pdf.close()
    img = Image.open(io.BytesIO(data))
    try:
        img.seek(page)
    except EOFError as exc:
        raise NotFound(f"页码超出范围 (page {page})") from exc
    return ImageOps.exif_transpose(img).convert("RGB")


def crop_png(data: bytes, media_type: str, page: int | None, bbox: Sequence[Any] | None) -> bytes:
    """PNG of the box plus a margin, outlined in red; the whole page when there is no box."""
    img = page_image(data, media_type, page or 0)
    if bbox and len(bbox) == 4:
        x0, y0, x1, y1 = (float(v) for v in bbox)
        box = (max(int(x0) - MARGIN, 0), max(int(y0) - MARGIN, 0),
               min(int(x1) + MARGIN, img.width), min(int(y1) + MARGIN, img.height))
        if box[2] > box[0] and box[3] > box[1]:
            img = img.crop(box)
            ImageDraw.Draw(img).rectangle(
                (x0 - box[0] - 4, y0 - box[1] - 4, x1 - box[0] + 4, y1 - box[1] + 4), outline=(220, 30, 30),
                width=3,
            )
    if img.width > MAX_WIDTH:
        img = img.resize((MAX_WIDTH, max(1, round(img.height * MAX_WIDTH / img.width))))
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=False)
    return out.getvalue()
