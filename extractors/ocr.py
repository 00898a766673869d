"""OCR engines behind one small interface, so field extraction does not care which engine read a page.

- ``RapidOcrEngine`` (default): RapidOCR 3.x on onnxruntime with the PP-OCR models shipped inside the
  wheel. Model paths are set explicitly so RapidOCR never tries to download anything; one instance per
  process because loading the three ONNX sessions costs seconds.
- ``TesseractEngine``: the Debian ``tesseract`` binary with ``chi_sim``; best used cell by cell
  (``read_cell``) because table rulings break its page segmentation.
- ``NullEngine``: returns the text it was given; for tests of downstream stages.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from dangan.errors import ConfigError, ExternalProgramError

Box = tuple[int, int, int, int]  # x0, y0, x1, y1 in pixels of the image that was read
# ``read(..., skip=)``: a line whose box (pixels of the image read) it answers True for is of no use to the
# caller, which drops it whatever it says: an engine that can leaves it unrecognised (see RapidOcrEngine.read)
SkipBox = Callable[[Box], bool]


@dataclass(frozen=True)
class OcrLine:
    """One line (or text-layer word) with its box and a confidence in [0, 1]."""

    text: str
    box: Box
    confidence: float

    @property
    def center(self) -> tuple[float, float]:
        return ((self.box[0] + self.box[2]) / 2, (self.box[1] + self.box[3]) / 2)


@runtime_checkable
class OcrEngine(Protocol):
    """What every engine offers: ``read`` a page or region, ``read_cell`` a single-line crop."""

    name: str

    def read(
        self, img: np.ndarray, det_scale: float | None = None, *, skip: SkipBox | None = None
    ) -> list[OcrLine]: ...

    def read_cell(self, img: np.ndarray) -> OcrLine | None: ...


def sort_lines(lines: list[OcrLine]) -> list[OcrLine]:
    """Reading order: top to bottom, lines whose vertical centres are within half a line height
    count as one row and go left to right (OCR engines return detection order, not reading order)."""
    if not lines:
        return []
    heights = sorted(max(1, ln.box[3] - ln.box[1]) for ln in lines)
    tol = heights[len(heights) // 2] / 2
    ordered = sorted(lines, key=lambda ln: ln.center[1])
    rows: list[list[OcrLine]] = []
    for ln in ordered:
        if rows and abs(ln.center[1] - rows[-1][0].center[1]) <= tol:
            rows[-1].append(ln)
        else:
            rows.append([ln])
    return [ln for row in rows for ln in sorted(row, key=lambda x: x.box[0])]


def _as_bgr(img: np.ndarray) -> np.ndarray:
    import cv2

    if img.ndim == 2:
        return cv2.cvtColor(img, cv2.COLOR_GRAY2BGR)
    if img.shape[2] == 4:
        return cv2.cvtColor(img, cv2.COLOR_BGRA2BGR)
    return img


def _pad(img: np.ndarray, px: int) -> np.ndarray:
    """White margin: recognisers misread glyphs that touch the crop border (typical for table cells)."""
    import cv2

    return cv2.copyMakeBorder(img, px, px, px, px, cv2.BORDER_CONSTANT, value=(255, 255, 255))


def _bbox(quad: Any) -> Box:
    """Axis-aligned box around a detector quadrilateral (4 corner points)."""
    pts = np.asarray(quad, dtype=np.float64).reshape(-1, 2)
    x0, y0 = np.floor(pts.min(axis=0))
    x1, y1 = np.ceil(pts.max(axis=0))
    return (int(x0), int(y0), int(x1), int(y1))


# --------------------------------------------------------------------------------------------- RapidOCR

# Detection works on the image reduced to this many pixels on its long side (see RapidOcrEngine).
DET_SIDE = 1024
PRINTED_MARGIN = 0.01  # kept around the printed part (of the image's long side): no stroke is cut


def printed_box(img: np.ndarray) -> Box | None:
    """The box around everything printed on the image (darker than its paper), with a margin; ``None``
    when that is (nearly) the whole image. Found on a copy reduced 8 times: a few milliseconds."""
    import cv2

    h, w = img.shape[:2]
    if min(h, w) < 64:
        return None
    gray = img if img.ndim == 2 else cv2.cvtColor(_as_bgr(img), cv2.COLOR_BGR2GRAY)
    small = cv2.resize(gray, (max(1, w // 8), max(1, h // 8)), interpolation=cv2.INTER_AREA)
    paper = float(np.percentile(small, 90))
    ys, xs = np.nonzero(small < paper - max(25.0, 0.15 * paper))
    if xs.size == 0:
        return None
    m = PRINTED_MARGIN * max(h, w)
    x0, y0 = max(0, int(xs.min() * 8 - m)), max(0, int(ys.min() * 8 - m))
    x1, y1 = min(w, int((xs.max() + 1) * 8 + m)), min(h, int((ys.max() + 1) * 8 + m))
    if (x1 - x0) * (y1 - y0) > 0.9 * w * h:
        return None
    return (x0, y0, x1, y1)


_RAPID_MODELS = {
    "Det": "PP-OCRv6_det_small.onnx",
    "Cls": "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
    "Rec": "PP-OCRv6_rec_small.onnx",
}


def rapidocr_model_paths() -> dict[str, Path]:
    """The model files bundled in the rapidocr wheel; raise if one is missing (we never download)."""
    try:
        import rapidocr
    except ImportError as exc:
        raise ExternalProgramError("未安装 rapidocr (rapidocr is not installed)") from exc
    root = Path(rapidocr.__file__).resolve().parent / "models"
    paths = {task: root / name for task, name in _RAPID_MODELS.items()}
    missing = [str(p) for p in paths.values() if not p.is_file()]
    if missing:
        raise ExternalProgramError(
            f"RapidOCR 模型文件缺失，且不允许在线下载 (bundled model missing, downloads are disabled): {missing[0]}"
        )
    return paths


class RapidOcrEngine:
    """RapidOCR with bundled PP-OCR models; thread-safe for reading, heavy to create (use ``get_engine``)."""

    name = "rapidocr"

    def __init__(self, threads: int | None = None) -> None:
        from rapidocr import RapidOCR

        paths = rapidocr_model_paths()
        threads = threads or min(2, os.cpu_count() or 1)
        params: dict[str, Any] = {
            "Global.log_level": "error",  # "text detection result is empty" on every blank cell is noise
            "Global.model_root_dir": str(paths["Rec"].parent),
            # The runtime is onnxruntime (RapidOCR's default). OpenVINO 2026.4.1 running the same onnx models
            # (RapidOCR's openvino engine: 1 thread, hint LATENCY, 1 stream, no pinning) was measured against
            # it on 2026-12-07 on this machine's CPU (AMD EPYC, AVX without AVX2), both processes at once on
            # the same 55 seen pages (seed 4242): identical readings (2,108 lines, 16,569 characters, boxes
            # and scores), detection 395 vs 398 CPU-ms a page, recognition 46.4 vs 37.8 CPU-ms a line (+23 %;
            # a line width not seen before costs its first run +17 % more), a whole read 2.32 vs 2.00 CPU-s a
            # page, resident memory after the 55 pages 1.33 GB vs 0.48 GB (per worker): not used. The recogniser
            # quantised to int8 weights (onnxruntime quantize_dynamic, QInt8) was measured on 2026-12-07 too,
            # alternating with the float model on the same 20 seen page images (1 thread): 46.9 and 48.3 against
            # 18.4 and 18.2 CPU-s (2.6 times slower, on an AMD EPYC with AVX-512 VNNI: dynamic quantisation
            # turns the convolutions into ConvInteger, which onnxruntime runs far slower than its float
            # kernels) and other readings (472 lines against 447): not used.
            "EngineConfig.onnxruntime.intra_op_num_threads": threads,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
            # onnxruntime's memory arena stays off (RapidOCR's default). With it on, a detection run reuses its
            # feature maps instead of allocating them anew: the same readings for 3.8 % less CPU a page (24
            # seen files, 74289c5), but the arena keeps each worker's largest buffers: peak PSS of the process
            # tree 1611 against 1308 MB on 40 seen files (seen-13301, 2 workers), and 2060 MB on rotation 13's
            # held-out run, over issue 8's 2 GB. Memory is the bound that was met; 3.8 % does not pay for it.
            "EngineConfig.onnxruntime.enable_cpu_mem_arena": False,
            # Default "min 736" upscales every crop smaller than 736 px (a cell becomes 6000 px wide and
            # detection finds nothing); "max" only ever shrinks. Detection costs scale with area and
            # 1280 px keeps print of 200-300 dpi pages ≥ 12 px high, which the detector still finds
            # (0.4 s instead of 1.6 s on a 300-dpi A4 form, peak memory −230 MB; benchmarks/).
            # 1024 px (an A4 page detected at ~90 dpi, lines are still cut from the 220-dpi page):
            # detection −20 %, and on 106 seen files (8 households, seed 802) no field lost against
            # 1280, fields 94.8 → 95.4 %, member-table fields 93.8 → 94.5 % (extraction_accuracy.py).
            "Det.limit_type": "max",
            "Det.limit_side_len": DET_SIDE,
            # Recognition crops come from the image at this size, and each crop is resized to 48 px
            # high anyway: cutting them from the full page costs nothing and keeps small print sharp.
            "Global.max_side_len": 6000,
            # One line per recognition run: batches pad every line to the widest of the batch, which
            # costs more than batching saves on CPU (314 lines: 4.7 s at 1 vs 6.1-7.1 s at 6) and
            # holds ~100 MB more at peak.
            "Rec.rec_batch_num": 1,
            # Each line is padded to at least this width (default 320 px: 6.7 times its 48 px height).
            # Most lines of a form are short cells (姓名, 汉族, 1,430.00): 192 px cuts recognition time by
            # a fifth, and on 52 seen pages changed 21 of 4496 characters, mostly for the better
            # (3,58000 -> 3,580.00, 202511-28 -> 2025-11-28); benchmarks/extraction_speed.py.
            # Narrower was measured on 2026-12-07 and not used: the median line crop is ~90 px wide at 48 px
            # high, so 144 / 96 / 48 px cost 19 / 22 / 28 % less CPU a crop (one pass each, 192 first), but on 904 crops of
            # 39 seen files 8 / 10 / 15 lines read differently, several worse (母亲 -> 母条, 中共党员 ->
            # 中共常员, 吕兰 -> 吕 at 48): the grey padding is part of what the model was trained to see.
            # Neither do batches help at equal width (4 crops of 192 px: +9 % CPU a crop).
            "Rec.rec_img_shape": [3, 48, 192],
        }
        for task, path in paths.items():
            params[f"{task}.model_path"] = str(path)
        self._engine = RapidOCR(params=params)
        self._lock = threading.Lock()  # onnxruntime sessions are thread-safe; RapidOCR's params are not
        # RapidOCR reads its settings from omegaconf containers on every line it recognises (the
        # recogniser's image shape: ~0.4 ms a line, 1-2 % of a page's CPU); plain lists read the same
        self._engine._load_rec_model().rec_image_shape = list(params["Rec.rec_img_shape"])

    def _cls_model(self) -> Any:
        """RapidOCR's text-direction classifier (public class, private loader: no other way to reuse it),
        its labels a plain list (see ``__init__``)."""
        cls = self._engine._load_cls_model()
        if not isinstance(cls.postprocess_op.label_list, list):
            cls.postprocess_op.label_list = list(cls.postprocess_op.label_list)
        return cls

    def read(
        self, img: np.ndarray, det_scale: float | None = None, *, skip: SkipBox | None = None
    ) -> list[OcrLine]:
        """Lines of a page or region. Detection runs on the printed part only (``printed_box``), at the
        scale the whole image would have had: the same text size for the detector, without paying for
        the white margins (a fifth to a half of an A4 page's pixels). ``det_scale``: detect at most at
        this scale of ``img`` (a region cut from a page: see ``pipeline.REGION_DET_DPI``); recognition
        still reads each line from ``img`` itself. ``skip``: lines whose box it answers True for are
        detected but not recognised, and not returned (recognition is most of a read's cost)."""
        h, w = img.shape[:2]
        scale = min(1.0, DET_SIDE / max(h, w, 1), det_scale or 1.0)
        x0, y0, x1, y1 = printed_box(img) or (0, 0, w, h)
        part = img[y0:y1, x0:x1]
        side = max(32, round(max(part.shape[:2]) * scale))
        with self._lock:
            # the detector's size limit is read at each call; RapidOCR offers no per-call argument
            self._engine._load_det_model().limit_side_len = side  # public class, private loader
            engine: Any = self._engine
            if skip is not None:  # for this call only (an instance attribute over RapidOCR's method)
                engine.detect_and_crop = self._skipping(part.shape[:2], x0, y0, skip)
            try:
                # RapidOCR keeps use_det/use_cls/use_rec from the previous call: always pass all three.
                # No per-line angle classifier: pages are oriented before OCR (preprocess, which asks
                # ``text_direction`` itself), and on a long row of tick-box options (□本人大病 □供养… □子女上学)
                # the classifier turned the line upside down and recognition gave garbage ("口关养").
                result: Any = engine(_as_bgr(part), use_det=True, use_cls=False, use_rec=True)
            finally:
                if skip is not None:
                    del engine.detect_and_crop
        if getattr(result, "boxes", None) is None or getattr(result, "txts", None) is None:
            return []
        lines = []
        for box, text, score in zip(result.boxes, result.txts, result.scores, strict=False):
            bx = _bbox(box)
            lines.append(OcrLine(str(text), (bx[0] + x0, bx[1] + y0, bx[2] + x0, bx[3] + y0), float(score)))
        return sort_lines(lines)

    def _skipping(self, size: tuple[int, int], dx: int, dy: int, skip: SkipBox) -> Callable[..., Any]:
        """RapidOCR's detect-and-crop step without the lines ``skip`` answers True for (their boxes as
        ``read`` gives them: in the read image's pixels, the part's offset ``dx, dy`` added), so that
        recognition never sees them. RapidOCR's own step runs first, unchanged (``RapidOCR.detect_and_crop``
        is public; its boxes are those of the padded image, mapped back as RapidOCR maps them)."""
        from rapidocr.main import RapidOCR, RapidOCRError
        from rapidocr.utils.process_img import map_boxes_to_original

        engine = self._engine

        def detect_and_crop(img: np.ndarray, op_record: dict[str, Any]) -> tuple[list[np.ndarray], Any]:
            crops, det = RapidOCR.detect_and_crop(engine, img, op_record)
            if det.boxes is None:  # RapidOCR raises before this; kept for the type checker
                return crops, det
            boxes = map_boxes_to_original(np.array(det.boxes, copy=True), op_record, *size)
            keep = []
            for i, quad in enumerate(boxes):
                bx = _bbox(quad)
                if not skip((bx[0] + dx, bx[1] + dy, bx[2] + dx, bx[3] + dy)):
                    keep.append(i)
            if not keep:
                raise RapidOCRError("every detected line skipped")  # RapidOCR's answer to "no text"
            if len(keep) < len(crops):
                det.boxes = det.boxes[keep]
                det.scores = [det.scores[i] for i in keep] if det.scores is not None else None
                crops = [crops[i] for i in keep]
            return crops, det

        return detect_and_crop

    def read_cell(self, img: np.ndarray) -> OcrLine | None:
        """Recognise a single-line crop without detection (faster, and detection misses short values)."""
        if img.size == 0:
            return None
        h, w = img.shape[:2]
        with self._lock:
            result: Any = self._engine(_pad(_as_bgr(img), 8), use_det=False, use_cls=False, use_rec=True)
        txts = getattr(result, "txts", None)
        if not txts:
            return None
        text = str(txts[0]).strip()
        if not text:
            return None
        return OcrLine(text, (0, 0, w, h), float(result.scores[0]))

    def text_direction(self, crops: list[np.ndarray]) -> list[tuple[int, float]]:
        """RapidOCR's 0/180 text-line classifier on line crops: ``[(angle, score), ...]``."""
        if not crops:
            return []
        with self._lock:
            out = self._cls_model()([_as_bgr(c) for c in crops])
        res = out.cls_res or []
        return [(180 if "180" in str(label) else 0, float(score)) for label, score in res]

    def detect_boxes(self, img: np.ndarray) -> list[Box]:
        """Text-line boxes only (no recognition): cheap input for orientation checks."""
        with self._lock:
            result: Any = self._engine(_as_bgr(img), use_det=True, use_cls=False, use_rec=False)
        boxes = getattr(result, "boxes", None)
        if boxes is None:
            return []
        return [_bbox(box) for box in boxes]


# -------------------------------------------------------------------------------------------- Tesseract


class TesseractEngine:
    """The Debian tesseract binary via pytesseract, with a timeout and a check of its languages."""

    name = "tesseract"

    def __init__(self, lang: str = "chi_sim", timeout_s: float = 60.0, page_psm: int = 3) -> None:
        import pytesseract

        # One OpenMP thread per tesseract: we run pages in parallel, and OpenMP threads slow it down.
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        self._tess = pytesseract
        cmd = shutil.which(pytesseract.pytesseract.tesseract_cmd)
        if cmd is None:
            raise ExternalProgramError(
                "未找到 tesseract 程序：请安装 tesseract-ocr (the tesseract binary is not installed)"
            )
        try:
            proc = subprocess.run(
                [cmd, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ExternalProgramError(f"tesseract 无法运行 (tesseract does not run): {exc}") from exc
        langs = set(proc.stdout.split()) | set(proc.stderr.split())
        for needed in lang.split("+"):
            if needed not in langs:
                raise ExternalProgramError(
                    f"tesseract 缺少语言包 {needed}：请安装 tesseract-ocr-chi-sim (language data missing)"
                )
        self.lang = lang
        self.timeout_s = timeout_s
        self.page_psm = page_psm

    def _data(self, img: np.ndarray, psm: int) -> dict[str, list[Any]]:
        import cv2

        gray = img if img.ndim == 2 else cv2.cvtColor(_as_bgr(img), cv2.COLOR_BGR2GRAY)
        try:
            return self._tess.image_to_data(
                gray,
                lang=self.lang,
                config=f"--psm {psm} -c preserve_interword_spaces=1",
                output_type=self._tess.Output.DICT,
                timeout=self.timeout_s,
            )
        except self._tess.TesseractError as exc:  # a RuntimeError too: tested first
            msg = " ".join(str(exc.message).split())[:160]
            raise ExternalProgramError(
                f"tesseract 运行失败 (tesseract failed, exit status {exc.status}): {msg}".rstrip(": ")
            ) from exc
        except RuntimeError as exc:  # pytesseract raises RuntimeError("Tesseract process timeout")
            raise ExternalProgramError(f"tesseract 超时 (timed out after {self.timeout_s:g} s)") from exc

    def _lines(self, data: dict[str, list[Any]], dx: int = 0, dy: int = 0) -> list[OcrLine]:
        groups: dict[tuple[int, int, int, int], list[int]] = {}
        for i, text in enumerate(data.get("text", [])):
            if str(text).strip() and float(data["conf"][i]) >= 0:
                key = (data["page_num"][i], data["block_num"][i], data["par_num"][i], data["line_num"][i])
                groups.setdefault(key, []).append(i)
        lines = []
        for idxs in groups.values():
            words = [str(data["text"][i]).strip() for i in idxs]
            text = _join_cjk(words)
            x0 = min(data["left"][i] for i in idxs) - dx
            y0 = min(data["top"][i] for i in idxs) - dy
            x1 = max(data["left"][i] + data["width"][i] for i in idxs) - dx
            y1 = max(data["top"][i] + data["height"][i] for i in idxs) - dy
            conf = float(np.mean([float(data["conf"][i]) for i in idxs])) / 100.0
            lines.append(OcrLine(text, (x0, y0, x1, y1), conf))
        return lines

    def read(
        self, img: np.ndarray, det_scale: float | None = None, *, skip: SkipBox | None = None
    ) -> list[OcrLine]:
        """``det_scale`` and ``skip`` are ignored: tesseract finds and reads lines in one pass, at the
        image's size (the caller drops what it would have skipped)."""
        return sort_lines(self._lines(self._data(img, self.page_psm)))

    def read_cell(self, img: np.ndarray) -> OcrLine | None:
        """psm 7 (one text line) on a padded crop: how Tesseract reads table cells reliably."""
        if img.size == 0:
            return None
        h, w = img.shape[:2]
        pad = 10
        lines = self._lines(self._data(_pad(_as_bgr(img), pad), 7), pad, pad)
        if not lines:
            return None
        text = _join_cjk([ln.text for ln in lines])
        conf = float(np.mean([ln.confidence for ln in lines]))
        return OcrLine(text, (0, 0, w, h), conf)


def _is_cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"


def _join_cjk(words: list[str]) -> str:
    """Join Tesseract words: no space next to a CJK character (chi_sim emits one word per glyph)."""
    out = ""
    for w in words:
        if out and not (_is_cjk(out[-1]) or _is_cjk(w[0])):
            out += " "
        out += w
    return out


# ------------------------------------------------------------------------------------------------- Null


class NullEngine:
    """Returns what it was given: ``NullEngine("text")`` or ``NullEngine([OcrLine, ...])``."""

    name = "null"

    def __init__(self, content: str | list[OcrLine] | None = None, confidence: float = 1.0) -> None:
        self.content = content
        self.confidence = confidence
        self.calls = 0

    def read(
        self, img: np.ndarray, det_scale: float | None = None, *, skip: SkipBox | None = None
    ) -> list[OcrLine]:
        self.calls += 1
        if isinstance(self.content, list):
            return list(self.content)
        if not self.content:
            return []
        h, w = img.shape[:2]
        return [OcrLine(self.content, (0, 0, w, h), self.confidence)]

    def read_cell(self, img: np.ndarray) -> OcrLine | None:
        lines = self.read(img)
        if not lines:
            return None
        h, w = img.shape[:2]
        return OcrLine("".join(ln.text for ln in lines), (0, 0, w, h), min(ln.confidence for ln in lines))


# --------------------------------------------------------------------------------------------- registry

ENGINE_NAMES = ("rapidocr", "tesseract", "null")
_engines: dict[str, OcrEngine] = {}
_engines_lock = threading.Lock()


def get_engine(name: str | None = None) -> OcrEngine:
    """The process-wide engine called ``name`` (default: ``settings.ocr_engine``), created on first use."""
    if name is None:
        from dangan.config import load_settings

        name = load_settings().ocr_engine
    key = name.strip().lower()
    if key == "null":
        return NullEngine()
    with _engines_lock:
        engine = _engines.get(key)
        if engine is None:
            if key == "rapidocr":
                engine = RapidOcrEngine()
            elif key == "tesseract":
                engine = TesseractEngine()
            else:
                raise UnknownEngine(name)
            _engines[key] = engine
        return engine


class UnknownEngine(ConfigError):
    """An OCR engine name that is not one of ``ENGINE_NAMES``."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"未知的 OCR 引擎 {name!r}，可选 {', '.join(ENGINE_NAMES)} (unknown OCR engine; DANGAN_OCR_ENGINE)"
        )
