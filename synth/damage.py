"""Scan damage (OpenCV/numpy): what a flatbed or phone scan of a paper archive does to a page.

Each page draws its own parameters from the household's seeded generator, and the parameters are
returned so the truth can say how a page was turned (extractors must detect 90/180/270).
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass
from typing import Any

import cv2
import numpy as np
from cv2.typing import MatLike
from PIL import Image


@dataclass(frozen=True)
class Damage:
    rotation: int = 0  # quarter turns clockwise as scanned: 0, 90, 180, 270
    skew: float = 0.0  # degrees, small
    blur: float = 0.0  # Gaussian sigma in pixels
    noise: float = 0.0  # standard deviation of additive noise
    jpeg_quality: int = 0  # 0 = no JPEG round trip
    light: float = 0.0  # strength of uneven illumination, 0..0.35
    yellow: float = 0.0  # paper ageing tint
    dark: float = 0.0  # a dark photocopy of a photocopy: grey paper, crushed strokes, 0..0.6
    perspective: float = 0.0  # phone photo: corners moved by up to this share of the page side
    shadow: float = 0.0  # phone photo: the phone's or hand's shadow over part of the page, 0..0.5
    curl: float = 0.0  # phone photo: page not flat, rows bent by up to this share of the height

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


NONE = Damage()


def draw_damage(rng: random.Random) -> Damage:
    rotation = rng.choices((0, 90, 180, 270), (72, 9, 11, 8))[0]
    phone = rng.random() < 0.12  # a phone photo instead of a flatbed scan
    return Damage(
        dark=round(rng.uniform(0.15, 0.6), 2) if rng.random() < 0.2 else 0.0,
        perspective=round(rng.uniform(0.01, 0.05), 3) if phone else 0.0,
        shadow=round(rng.uniform(0.1, 0.45), 2) if phone and rng.random() < 0.7 else 0.0,
        curl=round(rng.uniform(0.003, 0.012), 4) if phone and rng.random() < 0.6 else 0.0,
        rotation=rotation,
        skew=round(rng.uniform(-3.0, 3.0), 2) if rng.random() < 0.8 else 0.0,
        blur=round(rng.uniform(0.3, 1.3), 2) if rng.random() < 0.6 else 0.0,
        noise=round(rng.uniform(2.0, 9.0), 1) if rng.random() < 0.7 else 0.0,
        jpeg_quality=rng.randrange(35, 80) if rng.random() < 0.4 else 0,
        light=round(rng.uniform(0.05, 0.3), 2) if rng.random() < 0.6 else 0.0,
        yellow=round(rng.uniform(0.0, 0.12), 2) if rng.random() < 0.5 else 0.0,
    )


def apply(img: Image.Image, dmg: Damage, seed: int, *, jpeg_round_trip: bool = True) -> Image.Image:
    """Apply ``dmg`` to an RGB page; deterministic in ``seed``.

    Everything stays in uint8 OpenCV operations: a float copy of a 300 dpi A4 page costs more than
    all the damage together. ``jpeg_round_trip=False`` leaves the JPEG artefacts to the caller (a page
    saved as JPEG anyway is saved at ``dmg.jpeg_quality`` instead of being compressed twice).
    """
    if dmg == NONE:
        return img
    nrng = np.random.default_rng(seed)
    arr: MatLike = np.asarray(img.convert("RGB"), dtype=np.uint8)
    h, w = arr.shape[:2]
    if dmg.skew:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), dmg.skew, 1.0)
        arr = cv2.warpAffine(arr, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(250, 250, 250))
    if dmg.light or dmg.yellow:
        # a smooth random gain field (a lid not quite closed, a fold), tinted for aged paper
        coarse = nrng.uniform(1.0 - dmg.light, 1.0, size=(4, 4, 1)).astype(np.float32)
        tint = np.array([1.0, 1.0 - dmg.yellow * 0.4, 1.0 - dmg.yellow], dtype=np.float32)
        gain = cv2.resize((coarse * tint * 255).astype(np.uint8), (w, h), interpolation=cv2.INTER_LINEAR)
        arr = cv2.multiply(arr, gain, scale=1 / 255)
    if dmg.dark:
        arr = _darken(arr, dmg.dark)
    if dmg.curl or dmg.perspective:
        arr = _phone_geometry(arr, dmg, nrng)
    if dmg.shadow:
        arr = _shadow(arr, dmg.shadow, nrng)
    if dmg.blur:
        arr = cv2.GaussianBlur(arr, (0, 0), dmg.blur)
    if dmg.noise:
        # a random tile repeated over the page: per-pixel noise on 8 Mpx is the slowest step otherwise
        # (uint8 noise around 128, added with an offset of -128: half the memory of signed noise)
        tile = np.empty((397, 389), np.uint8)
        cv2.setRNGSeed(seed & 0x7FFFFFFF)
        cv2.randn(tile, 128, dmg.noise)  # type: ignore[call-overload]  # cv2 stubs: mean/stddev take scalars too
        tile3 = np.repeat(tile[..., None], 3, axis=2)
        noise = cv2.repeat(tile3, h // 397 + 1, w // 389 + 1)[:h, :w]
        arr = cv2.addWeighted(arr, 1.0, noise, 1.0, -128.0)
    if dmg.jpeg_quality and jpeg_round_trip:
        ok, buf = cv2.imencode(".jpg", arr, [cv2.IMWRITE_JPEG_QUALITY, dmg.jpeg_quality])
        if ok:
            decoded = cv2.imdecode(buf, cv2.IMREAD_UNCHANGED)
            if decoded is None:  # never for a buffer imencode just produced
                raise RuntimeError("JPEG round trip: OpenCV could not decode its own buffer")
            arr = decoded
    if dmg.rotation:
        arr = cv2.rotate(arr, {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180,
                               270: cv2.ROTATE_90_COUNTERCLOCKWISE}[dmg.rotation])
    return Image.fromarray(arr)


def _darken(arr: MatLike, dark: float) -> MatLike:
    """A copy of a copy: the paper turns grey and mid-grey strokes go black (a lookup table, uint8)."""
    x = np.arange(256, dtype=np.float32) / 255.0
    lut = (255.0 * np.clip((x ** (1.0 + 1.5 * dark)) * (1.0 - 0.2 * dark), 0, 1)).astype(np.uint8)
    return cv2.LUT(arr, lut)


def _phone_geometry(arr: MatLike, dmg: Damage, nrng: np.random.Generator) -> MatLike:
    """Curl (rows bent along a sine), then perspective (corners pulled in) over a desk-coloured ground."""
    h, w = arr.shape[:2]
    desk = tuple(int(v) for v in nrng.integers(60, 150, size=3))
    if dmg.curl:
        xs = np.arange(w, dtype=np.float32)
        bend = (dmg.curl * h * np.sin(np.pi * xs / w + nrng.uniform(-0.5, 0.5))).astype(np.float32)
        map_x = np.tile(xs, (h, 1))
        map_y = np.arange(h, dtype=np.float32)[:, None] - bend[None, :]
        arr = cv2.remap(arr, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=desk)
    if dmg.perspective:
        src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
        jig = nrng.uniform(0, dmg.perspective, size=(4, 2)) * np.array([w, h], dtype=np.float32)
        sign = np.array([[1, 1], [-1, 1], [-1, -1], [1, -1]], dtype=np.float32)
        dst = (src + jig * sign).astype(np.float32)
        m = cv2.getPerspectiveTransform(src, dst)
        arr = cv2.warpPerspective(arr, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                                  borderValue=desk)
    return arr


def _shadow(arr: MatLike, strength: float, nrng: np.random.Generator) -> MatLike:
    """A soft shadow over one side of the page (the photographer's hand or phone)."""
    h, w = arr.shape[:2]
    angle = nrng.uniform(0, 2 * np.pi)
    small_w, small_h = 64, max(2, round(64 * h / w))
    yy, xx = np.mgrid[0:small_h, 0:small_w].astype(np.float32)
    t = (xx / small_w - 0.5) * np.cos(angle) + (yy / small_h - 0.5) * np.sin(angle)
    edge = nrng.uniform(-0.1, 0.25)
    gain = 1.0 - strength / (1.0 + np.exp(-(t - edge) * 18.0))
    g = cv2.resize((gain * 255).astype(np.uint8), (w, h), interpolation=cv2.INTER_LINEAR)
    return cv2.multiply(arr, cv2.merge([g, g, g]), scale=1 / 255)
