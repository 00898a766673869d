"""Regenerate the small synthetic sample files in this folder (no personal data anywhere).

    .venv/bin/python tests/samples/make_samples.py

Needs Pillow and Debian's ``qpdf`` (for the encrypted PDFs). The files are committed, so tests never
need qpdf; this script only documents, and can repeat, how each file was made.
"""

from __future__ import annotations

import struct
import subprocess
import zlib
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent


def _page(text: str, size: tuple[int, int] = (400, 300)) -> Image.Image:
    im = Image.new("L", size, 255)
    ImageDraw.Draw(im).text((20, 20), text, fill=0)
    return im


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(width: int = 30000, height: int = 30000) -> bytes:
    """A valid-looking PNG whose IHDR claims width × height but whose IDAT is a few bytes.

    Decoding it would need width × height bytes (900 MB for 30000²); the file is < 100 bytes.
    """
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    idat = zlib.compress(b"\x00" * 64, 9)  # a tiny, truncated pixel stream
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", idat) + _png_chunk(b"IEND", b"")


def main() -> None:
    # good files
    _page("dangan sample ok.png").save(HERE / "ok.png")
    _page("dangan sample ok.jpg").convert("RGB").save(HERE / "ok.jpg", quality=80)
    _page("dangan sample ok.tif").save(HERE / "ok.tif", compression="tiff_lzw")
    pages = [_page(f"dangan sample page {i}") for i in (1, 2)]
    pages[0].save(HERE / "ok.pdf", save_all=True, append_images=pages[1:])

    # bad files
    (HERE / "empty.pdf").write_bytes(b"")
    (HERE / "empty.tif").write_bytes(b"")
    (HERE / "text_renamed.pdf").write_text("这不是 PDF，只是一段文字。\nthis is plain text\n", encoding="utf-8")
    good = (HERE / "ok.pdf").read_bytes()
    (HERE / "truncated.pdf").write_bytes(good[: len(good) * 2 // 3])
    tif = (HERE / "ok.tif").read_bytes()
    (HERE / "truncated.tif").write_bytes(tif[: len(tif) // 2])
    _page("dangan sample raw tif").save(HERE / "raw.tif")  # uncompressed: IFD first, then pixel data
    raw = (HERE / "raw.tif").read_bytes()
    (HERE / "raw.tif").unlink()
    (HERE / "truncated_data.tif").write_bytes(raw[: len(raw) // 2])
    jpg = (HERE / "ok.jpg").read_bytes()
    (HERE / "truncated.jpg").write_bytes(jpg[: len(jpg) // 2])
    (HERE / "bomb_30000x30000.png").write_bytes(png_bomb())
    subprocess.run(
        ["qpdf", "--encrypt", "secret-user", "secret-owner", "256", "--", str(HERE / "ok.pdf"),
         str(HERE / "encrypted.pdf")],
        check=True,
    )
    subprocess.run(
        ["qpdf", "--encrypt", "", "secret-owner", "256", "--", str(HERE / "ok.pdf"),
         str(HERE / "encrypted_owner_only.pdf")],
        check=True,
    )
    # sanity: the bomb really claims 30000 × 30000 (read from IHDR: Pillow itself refuses to open it)
    assert struct.unpack(">II", png_bomb()[16:24]) == (30000, 30000)


if __name__ == "__main__":
    main()
