"""What ``prepare_page`` hands on to later steps (to save their CPU) is what they would compute themselves:
the same tick boxes, the same skew, the same colour answer, on drawn pages (a sealed colour form, its
unsealed copy, a black-and-white copy)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from dangan.extractors import preprocess as P
from tests.extractors.conftest import Form, draw_form


@pytest.fixture(scope="module")
def form() -> Form:
    return draw_form()


def _unsealed(img: np.ndarray) -> np.ndarray:
    """The form with its red stamp painted as paper: no seal is suppressed, so the page's ink is kept."""
    out = img.copy()
    out[P.red_mask(img) > 0] = (255, 255, 255)
    return out


def _grey(img: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(cv2.cvtColor(img, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR)


@pytest.mark.parametrize("kind", ["sealed", "unsealed", "grey copy"])
def test_what_prepare_page_keeps_is_what_the_steps_compute(form: Form, kind: str) -> None:
    img = {"sealed": form.image, "unsealed": _unsealed(form.image), "grey copy": _grey(form.image)}[kind]
    turned, _ = P.rotate_by(img, 1.5)
    prepared = P.prepare_page(turned)
    page = prepared.image
    if prepared.flat is not None:  # kept only when no seal was painted out of the OCR image
        assert np.array_equal(prepared.flat, P.paper_flattened(page))
        assert prepared.ink is not None and np.array_equal(prepared.ink, P.ink_mask(page))
        assert P.find_checkboxes(page, flat=prepared.flat) == P.find_checkboxes(page)
    else:
        assert kind == "sealed"
    if kind != "sealed":
        assert prepared.flat is not None
    # the colour answer is kept when the seal search asked it (no red stamp), and is then the page's own
    red = bool(P.detect_seal(page))
    assert (prepared.colour is None) == red
    if prepared.colour is not None:
        assert prepared.colour == P.shows_colour(page)
    if kind == "grey copy":
        assert prepared.colour is False  # and its seal is searched for by shape


def test_skew_and_orientation_with_the_small_copy_given(form: Form) -> None:
    turned, _ = P.rotate_by(form.image, -2.5)
    scaled = P._scaled(turned)
    ink = P.ink_mask(scaled[0])
    assert P.estimate_skew(turned, scaled=scaled, small_ink=ink) == P.estimate_skew(turned)
    assert P.detect_orientation(turned, scaled=scaled, small_ink=ink) == P.detect_orientation(turned)


def test_tick_boxes_of_a_small_crop_ignore_a_page_flattening(form: Form) -> None:
    """A crop narrower than 8 paper windows is flattened with a smaller window by ``ink_mask``: the tick-box
    search then flattens it itself, as it always did."""
    crop = form.image[:400, :600]
    flat = P.paper_flattened(crop)
    assert P.find_checkboxes(crop, flat=flat) == P.find_checkboxes(crop)


@pytest.mark.parametrize("kind", ["sealed", "grey copy"])
def test_faster_ink_and_speck_filter_compute_the_same(form: Form, kind: str) -> None:
    """``ink_gray`` (an erosion across each pixel's three bytes), ``denoise`` (labels counted over the ink
    only) and ``_fixed_ink`` (a comparison's bytes) give exactly what the plain computations give: the
    darkest channel, every component of ≤ 9 pixels painted as paper, 255 below the level."""
    img = form.image if kind == "sealed" else _grey(form.image)
    rng = np.random.default_rng(8)
    dusty = img.copy()
    ys, xs = rng.integers(0, img.shape[0], 300), rng.integers(0, img.shape[1], 300)
    dusty[ys, xs] = (20, 30, 160)  # one-pixel specks, some of them red, some on print
    for im in (dusty, dusty[5:-3, 7:-2], cv2.cvtColor(dusty, cv2.COLOR_BGR2BGRA)):
        assert np.array_equal(P.ink_gray(im), im[:, :, :3].min(axis=2))
    mask = P.ink_mask(dusty)
    n, labels = cv2.connectedComponents(mask, connectivity=8)
    small = np.bincount(labels.ravel(), minlength=n) <= 9
    small[0] = False
    expected = dusty.copy()
    expected[small[labels]] = P._background_color(dusty)
    assert small.sum() >= 100  # the specks are there to remove
    assert np.array_equal(P.denoise(dusty, mask=mask), expected)
    flat = P.paper_flattened(dusty)
    want = np.where(flat < 160, 255, 0).astype(np.uint8)
    got = P._fixed_ink(dusty, 160, True, flat)
    assert got.dtype == np.uint8 and np.array_equal(got, want)
