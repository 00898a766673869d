"""Checks a dropped file must pass before it may become a locked original.

Pure and fast: no S3, no database, no Prefect. Every refusal raises ``RejectedFile`` with a reason that
archive staff can read (Chinese first, English in brackets); the ingest flow turns that into a
quarantine entry. The only slow or risky step, opening a PDF, runs in a child process with a timeout
and a memory limit, so a hostile or broken PDF can never hang or exhaust the worker.

Run as ``python -m dangan.flows.intake_checks pdf-probe FILE`` it is that child process.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from dangan.config import MAX_FILE_BYTES, max_pages
from dangan.errors import ExternalProgramError, RejectedFile

# --- limits -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Limits:
    """What the intake accepts. Defaults fit A3 scans at 600 dpi (7016 × 9921 ≈ 70 MP) with room."""

    max_bytes: int = MAX_FILE_BYTES
    # Pillow's own MAX_IMAGE_PIXELS (≈ 89 MP) only warns, and refuses at twice that; we refuse at
    # 100 MP ourselves and never touch Pillow's global (other stages share the interpreter).
    max_pixels: int = 100_000_000
    max_frames: int = field(default_factory=max_pages)  # pages of a multi-page TIFF (DANGAN_MAX_PAGES)
    max_pdf_pages: int = field(default_factory=max_pages)
    pdf_timeout_s: float = 30.0
    pdf_memory_bytes: int = 1024 * 1024 * 1024  # RLIMIT_AS of the PDF probe child


DEFAULT_LIMITS = Limits()

# --- media types ------------------------------------------------------------------------------------

EXTENSIONS: dict[str, str] = {
    "application/pdf": "pdf",
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/tiff": "tif",
}
_EXT_ALIASES: dict[str, str] = {
    "pdf": "application/pdf",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "tif": "image/tiff",
    "tiff": "image/tiff",
}
SCAN_EXTENSIONS: frozenset[str] = frozenset(_EXT_ALIASES)  # what a folder walk uploads (dangan ingest)
_NAMES = {"application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG", "image/tiff": "TIFF"}


def sniff_media_type(head: bytes) -> str | None:
    """Media type from the first bytes, or None when it is none of the four accepted types.

    Written by hand on purpose: four fixed signatures (PDF, JPEG, PNG, TIFF) need a dozen lines, while
    ``filetype``/``python-magic`` would add a dependency (libmagic is a C library) and know hundreds of
    types we must refuse anyway. PDF allows up to 1024 bytes of junk before ``%PDF-`` (PDF 32000-1, note
    to 7.5.2), as readers do.
    """
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "image/tiff"
    if head.startswith((b"II+\x00", b"MM\x00+")):  # BigTIFF: Pillow reads it too
        return "image/tiff"
    if b"%PDF-" in head[:1024]:
        return "application/pdf"
    return None


# --- inbox keys -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InboxKey:
    """An inbox key split by the convention ``<单位>/<职工编号>/<file>``."""

    key: str
    filename: str
    unit: str | None = None
    archive_no: str | None = None

    @property
    def linked(self) -> bool:
        return self.archive_no is not None


_DRIVE = re.compile(r"^[A-Za-z]:")
_MAX_KEY_BYTES = 1024  # S3's limit


def _bad_char(ch: str) -> bool:
    # Cc: control characters (newline, NUL, ESC ...); Cf: invisible format characters such as the
    # right-to-left override, which can make a key display as something it is not.
    return unicodedata.category(ch) in ("Cc", "Cf")


def parse_inbox_key(key: str) -> InboxKey:
    """Validate an inbox key and split it; refuse only what could escape or spoof a path.

    A file's *name* is never a reason to refuse its bytes: spaces, ``+ ? & #``, tabs, line breaks,
    bidi controls are all kept as the original name (metadata; the original's key is its hash). Only
    the folder parts become the household (``<单位>/<职工编号>``), so those must be clean; when they
    are not, the file is kept as an unlinked original for staff to assign.
    """
    if not key or not key.strip():
        raise RejectedFile("文件路径为空 (empty object key)")
    if len(key.encode("utf-8")) > _MAX_KEY_BYTES:
        raise RejectedFile("文件路径过长 (object key longer than 1024 bytes)")
    if key.startswith("/") or _DRIVE.match(key):
        raise RejectedFile("文件路径不能是绝对路径 (absolute paths are not allowed)")
    parts = key.split("/")
    if any(p in ("..", ".") for p in parts):
        raise RejectedFile("文件路径含有 .. 或 . (object key contains '..' or '.')")
    filename = unicodedata.normalize("NFC", parts[-1]).replace("\x00", "\ufffd")
    if not filename.strip():
        raise RejectedFile("文件路径没有文件名（目录标记）(object key names a folder, not a file)")
    folders = [unicodedata.normalize("NFC", p) for p in parts[:-1]]
    if len(folders) == 2 and all(_clean_folder(p) for p in folders):
        return InboxKey(key=key, unit=folders[0], archive_no=folders[1], filename=filename)
    # Anything else is kept, but not guessed at: it becomes an unlinked original for staff to assign.
    return InboxKey(key=key, filename=filename)


def _clean_folder(part: str) -> bool:
    """A folder name that may become a 单位 or 职工编号 (and part of the original's key)."""
    return bool(part) and part == part.strip() and "\\" not in part and not any(_bad_char(ch) for ch in part)


def display_name(name: str) -> str:
    """A name as it may be shown (control and bidi characters visible as ``_``); the original stays stored."""
    return "".join("_" if _bad_char(ch) else ch for ch in name)


def safe_key_fragment(key: str) -> str:
    """A readable, harmless rendering of any (even hostile) key, for quarantine keys and logs."""
    out = "".join("_" if _bad_char(ch) or ch == "\\" else ch for ch in key)
    parts = [("__" if p in ("..", ".") else p) or "_" for p in out.split("/")]
    joined = "/".join(parts).lstrip("/") or "_"
    return joined.encode("utf-8")[:700].decode("utf-8", "ignore")


# --- hashes -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Digests:
    sha256: str
    sm3: str
    size: int


def hash_file(path: Path, chunk: int = 1024 * 1024) -> Digests:
    """SHA-256 (the project's identity of a file) and SM3 (GB/T 32905, asked for by Chinese archives)."""
    sha, sm3 = hashlib.sha256(), hashlib.new("sm3")
    size = 0
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            sha.update(block)
            sm3.update(block)
            size += len(block)
    return Digests(sha256=sha.hexdigest(), sm3=sm3.hexdigest(), size=size)


# --- checks -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckResult:
    media_type: str
    ext: str
    size: int
    pages: int
    width: int | None = None
    height: int | None = None
    notes: list[str] = field(default_factory=list)

    def as_detail(self) -> dict[str, Any]:
        return {
            "media_type": self.media_type,
            "size": self.size,
            "pages": self.pages,
            "width": self.width,
            "height": self.height,
            "notes": list(self.notes),
        }


def check_size(size: int, limits: Limits = DEFAULT_LIMITS) -> None:
    if size == 0:
        raise RejectedFile("文件为空（0 字节）(empty file, 0 bytes)")
    if size > limits.max_bytes:
        raise RejectedFile(
            f"文件过大：{size / 1048576:.1f} MB，上限 {limits.max_bytes / 1048576:.0f} MB "
            f"(file too large: {size} bytes)"
        )


def check_file(path: Path, name: str | None = None, limits: Limits = DEFAULT_LIMITS) -> CheckResult:
    """Run every intake check on one local file; returns what was learned, or raises RejectedFile."""
    path = Path(path)
    name = name or path.name
    size = path.stat().st_size
    check_size(size, limits)
    with open(path, "rb") as fh:
        head = fh.read(1024)
    media_type = sniff_media_type(head)
    claimed = _EXT_ALIASES.get(PurePosixPath(name).suffix.lower().lstrip("."))
    if media_type is None:
        if claimed:
            raise RejectedFile(
                f"文件扩展名是 {PurePosixPath(name).suffix}，但内容不是 {_NAMES[claimed]} 文件 "
                f"(content is not {_NAMES[claimed]}: not a real {PurePosixPath(name).suffix} file)"
            )
        raise RejectedFile(
            "文件类型不受支持，只接受 PDF、JPEG、PNG、TIFF (unsupported file type; PDF/JPEG/PNG/TIFF only)"
        )
    notes: list[str] = []
    if claimed and claimed != media_type:
        notes.append(f"扩展名与内容不符，按内容识别为 {_NAMES[media_type]} (extension mismatch)")
    if media_type == "application/pdf":
        info = check_pdf(path, limits)
        return CheckResult(media_type, EXTENSIONS[media_type], size, info["pages"], notes=notes)
    width, height, frames = check_image(path, media_type, limits)
    return CheckResult(media_type, EXTENSIONS[media_type], size, frames, width, height, notes)


def _pixel_refusal(width: int, height: int, limits: Limits) -> RejectedFile:
    return RejectedFile(
        f"图像像素过多：{width}×{height}，上限 {limits.max_pixels // 1_000_000} 百万像素，"
        f"疑似解压炸弹 (too many pixels, possible decompression bomb)"
    )


def check_image(path: Path, media_type: str, limits: Limits = DEFAULT_LIMITS) -> tuple[int, int, int]:
    """Width, height and frame count, read from headers; refuses bombs and truncated files.

    The pixel count is checked from the header before any pixel is decoded. Truncation is found
    cheaply per format: PNG chunk CRCs up to IEND (``verify``), JPEG decoded at 1/8 scale (``draft``),
    TIFF strip/tile offsets against the file size.
    """
    from PIL import Image, UnidentifiedImageError

    kind = _NAMES[media_type]
    try:
        with Image.open(path) as im:
            width, height = im.size
            if width * height > limits.max_pixels:
                raise _pixel_refusal(width, height, limits)
            if width == 0 or height == 0:
                raise RejectedFile(f"{kind} 图像尺寸为 0 (image has zero width or height)")
            frames = int(getattr(im, "n_frames", 1) or 1)
            if frames > limits.max_frames:
                raise RejectedFile(f"{kind} 页数过多：{frames}，上限 {limits.max_frames} (too many frames)")
            if media_type == "image/tiff":
                _check_tiff_frames(im, path.stat().st_size, limits, kind)
            elif media_type == "image/jpeg":
                im.draft(im.mode, (max(1, width // 8), max(1, height // 8)))
                im.load()
        if media_type == "image/png":
            with Image.open(path) as im:
                im.verify()
    except RejectedFile:
        raise
    except Image.DecompressionBombError:
        # Pillow refuses before we can read the size (> 2 × its MAX_IMAGE_PIXELS): same reason.
        w, h = _header_size(path)
        raise _pixel_refusal(w, h, limits) from None
    except UnidentifiedImageError:
        raise RejectedFile(f"{kind} 文件已损坏或不完整，无法识别 (damaged or truncated {kind})") from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise RejectedFile(
            f"{kind} 文件已损坏或不完整，无法读取 (damaged or truncated {kind}: {exc})".replace("\n", " ")
        ) from None
    return width, height, frames


def _check_tiff_frames(im: Any, file_size: int, limits: Limits, kind: str) -> None:
    """Every frame's pixel count and data offsets must lie inside the file (else: truncated)."""
    for i in range(int(getattr(im, "n_frames", 1) or 1)):
        im.seek(i)
        w, h = im.size
        if w * h > limits.max_pixels:
            raise _pixel_refusal(w, h, limits)
        tags = im.tag_v2
        offsets = tags.get(273) or tags.get(324)  # StripOffsets | TileOffsets
        counts = tags.get(279) or tags.get(325)  # StripByteCounts | TileByteCounts
        if not offsets or not counts:
            raise RejectedFile(f"{kind} 第 {i + 1} 页没有图像数据 (TIFF frame {i + 1} has no image data)")
        if isinstance(offsets, int):
            offsets = (offsets,)
        if isinstance(counts, int):
            counts = (counts,)
        end = max(int(o) + int(c) for o, c in zip(offsets, counts, strict=False))
        if end > file_size:
            raise RejectedFile(
                f"{kind} 文件不完整：第 {i + 1} 页数据超出文件末尾 (truncated TIFF: frame {i + 1} "
                f"needs {end} bytes, file has {file_size})"
            )
    im.seek(0)


def _header_size(path: Path) -> tuple[int, int]:
    """Width and height straight from a PNG IHDR (the one format Pillow refuses before telling us)."""
    with open(path, "rb") as fh:
        head = fh.read(32)
    if head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR":
        return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
    return 0, 0


# --- PDF, in a child process ------------------------------------------------------------------------

_PDF_REASONS = {
    "encrypted": "PDF 文件已加密，无法读取 (encrypted PDF)",
    "truncated": "PDF 文件不完整（缺少文件结尾 %%EOF）(truncated PDF)",
    "damaged": "PDF 文件已损坏，无法打开 (damaged PDF)",
    "empty": "PDF 文件没有页面 (PDF has no pages)",
    "resources": "PDF 文件打开时耗尽资源，可能是恶意构造 (PDF exhausted the probe's memory/CPU)",
}


def check_pdf(path: Path, limits: Limits = DEFAULT_LIMITS) -> dict[str, Any]:
    """Open the PDF with pypdfium2 in a child with a timeout and RLIMIT_AS; returns {"pages": n}."""
    with open(path, "rb") as fh:
        fh.seek(max(0, path.stat().st_size - 1024))
        tail = fh.read()
    if b"%%EOF" not in tail:  # PDF 32000-1 7.5.5: the last line is %%EOF; pdfium silently "repairs"
        raise RejectedFile(_PDF_REASONS["truncated"])
    cmd = [
        sys.executable,
        "-m",
        "dangan.flows.intake_checks",
        "pdf-probe",
        str(path),
        str(limits.pdf_memory_bytes),
        str(int(limits.pdf_timeout_s) + 1),
        str(limits.max_pdf_pages),
    ]
    # A file that makes pdfium spin is stopped by the child's CPU limit (RLIMIT_CPU, above) and refused
    # below as killed by a signal. Running out of wall-clock time first means the machine was too busy to
    # give the child its CPU: nothing is wrong with the file, so that is a transient failure (retried,
    # never quarantined). The wall-clock limit is therefore a generous multiple of the CPU budget.
    wall_s = limits.pdf_timeout_s * 4
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=wall_s, check=False)
    except subprocess.TimeoutExpired as exc:
        raise ExternalProgramError(
            f"PDF 检查未在 {wall_s:g} 秒内完成：机器繁忙，稍后重试，不隔离 (PDF check timed out: machine busy)"
        ) from TimeoutError(str(exc))
    except OSError as exc:
        raise ExternalProgramError(f"PDF 检查进程无法启动 (cannot start the PDF probe: {exc})") from exc
    try:
        result = json.loads(proc.stdout.decode("utf-8").strip().splitlines()[-1])
    except (ValueError, IndexError):
        if proc.returncode < 0 or b"MemoryError" in proc.stderr:
            # killed by a signal or out of its memory budget: the file is what made it so
            raise RejectedFile(_PDF_REASONS["resources"]) from None
        raise ExternalProgramError(
            f"PDF 检查进程输出异常 (PDF probe failed, exit {proc.returncode}: "
            f"{proc.stderr.decode('utf-8', 'replace').strip().splitlines()[-1:]})"
        ) from None
    if "error" in result:
        reason = _PDF_REASONS.get(result["error"], _PDF_REASONS["damaged"])
        raise RejectedFile(reason)
    pages = int(result["pages"])
    if pages == 0:
        raise RejectedFile(_PDF_REASONS["empty"])
    if pages > limits.max_pdf_pages:
        raise RejectedFile(f"PDF 页数过多：{pages}，上限 {limits.max_pdf_pages} (too many pages)")
    return {"pages": pages}


def _pdf_probe(path: str, memory_bytes: int, cpu_seconds: int, max_pages: int) -> dict[str, Any]:
    """Child side: limit ourselves first, then let pdfium parse the file and load every page."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        doc = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        return {"error": "encrypted" if "password" in text else "damaged", "message": str(exc)}
    try:
        # An empty user password still means an encrypted file (owner-password restrictions):
        # pdfium opens it, but the archive must not keep a file it may be unable to render later.
        if pdfium_c.FPDF_GetSecurityHandlerRevision(doc.raw) != -1:
            return {"error": "encrypted"}
        pages = len(doc)
        if pages > max_pages:
            return {"pages": pages}
        for i in range(pages):
            page = doc[i]
            w, h = page.get_size()
            page.close()
            if not (w > 0 and h > 0):
                return {"error": "damaged", "message": f"page {i + 1} has no size"}
        return {"pages": pages}
    finally:
        doc.close()


def _main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "pdf-probe":
        memory = int(argv[2]) if len(argv) > 2 else DEFAULT_LIMITS.pdf_memory_bytes
        cpu = int(argv[3]) if len(argv) > 3 else int(DEFAULT_LIMITS.pdf_timeout_s) + 1
        max_pages = int(argv[4]) if len(argv) > 4 else DEFAULT_LIMITS.max_pdf_pages
        try:
            out = _pdf_probe(argv[1], memory, cpu, max_pages)
        except MemoryError:
            out = {"error": "resources", "message": "MemoryError"}
        print(json.dumps(out, ensure_ascii=False))
        return 0
    print("usage: python -m dangan.flows.intake_checks pdf-probe FILE [MEMORY_BYTES CPU_SECONDS MAX_PAGES]")
    return 2


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
