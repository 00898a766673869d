"""Printing HTML on an A4 page with headless Chromium, in colour (a red seal stays red).

``browser_forms.render`` keeps the grey page only (its forms carry no seal); the papers of
``browser_papers`` need the colour scan and the grey photocopy both, so the shot is taken here in colour
and the photocopy is made from it (``photocopy``).
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import numpy as np

A4_CSS = (1240, 1754)  # an A4 window at 150 CSS px per inch
PX_PER_MM = 150 / 25.4


def screenshot(page_html: str, png: Path, scale: float) -> None:
    """Chromium prints ``page_html`` on an A4 window at ``scale`` × 150 dpi into ``png`` (RGB)."""
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as fh:
        fh.write(page_html)
    try:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--force-device-scale-factor={scale}", f"--screenshot={png}",
                        f"--window-size={A4_CSS[0]},{A4_CSS[1]}", f"file://{fh.name}"],
                       capture_output=True, timeout=120, check=True)
    finally:
        Path(fh.name).unlink()


def photocopy(rgb: np.ndarray, rng: np.random.Generator, dark: float) -> np.ndarray:
    """A black-and-white photocopy of a colour page: grey, toner darker by ``dark`` (0–1), paper a little
    grey, speckled; a red seal becomes a grey ring like any other ink."""
    grey = rgb[..., :3].astype(np.float32) @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    ink = 255.0 - grey
    ink = np.clip(ink * (1.0 + 0.8 * dark), 0, 255)
    out = 255.0 - ink - rng.uniform(5, 25)
    out += rng.normal(0, 6 + 6 * dark, out.shape)
    specks = rng.random(out.shape) < 0.0004 * (1 + 3 * dark)
    out[specks] = rng.uniform(40, 120)
    return np.clip(out, 0, 255).astype(np.uint8)
