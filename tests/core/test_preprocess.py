"""Page clean-up on real scans: deskew, border crop, binarisation; the source is untouched."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from desktop.core.preprocess import (
    CleanupOptions,
    clean_page,
    deskew,
    estimate_skew,
    read_page,
    to_gray,
)

SCANS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "scans"


@pytest.fixture(scope="module")
def linn() -> np.ndarray:
    return read_page(SCANS / "linn.png")


@pytest.mark.parametrize("angle", [-4.0, -1.2, 0.8, 3.5])
def test_skew_is_measured_within_a_tenth_of_a_degree(linn: np.ndarray, angle: float) -> None:
    tilted = deskew(linn, angle)  # rotating by +angle makes a page skewed by +angle
    assert estimate_skew(to_gray(tilted)) == pytest.approx(-angle, abs=0.1)


def test_straight_page_is_left_alone(linn: np.ndarray) -> None:
    result = clean_page(linn, CleanupOptions())
    assert not result.changed
    assert result.image is linn or np.array_equal(result.image, linn)


def test_blank_page_has_no_skew() -> None:
    assert estimate_skew(np.full((1000, 800), 255, np.uint8)) == 0.0


def test_binarisation_gives_black_and_white_with_the_same_geometry(linn: np.ndarray) -> None:
    grey = deskew(linn, 0.5)  # interpolation adds grey levels
    assert len(np.unique(grey)) > 2
    result = clean_page(grey, CleanupOptions(deskew=False, binarize=True))
    assert set(np.unique(result.image)) <= {0, 255}
    assert result.image is not None and result.binarized
    assert result.image.shape == grey.shape[:2]


def test_dark_scanner_border_is_cropped(linn: np.ndarray) -> None:
    # The page laid on a black scanner bed: a dark frame around it.
    framed = np.zeros((linn.shape[0] + 400, linn.shape[1] + 400), np.uint8)
    framed[200:-200, 200:-200] = to_gray(linn)
    result = clean_page(framed, CleanupOptions(deskew=False, crop_borders=True))
    assert result.crop_box is not None
    left, top, width, height = result.crop_box
    assert left >= 150 and top >= 150
    assert width <= linn.shape[1] + 100 and height <= linn.shape[0] + 100
    assert result.image.shape == (height, width)
    assert result.image.mean() > 200  # mostly paper, no black frame left


def test_quarter_turn_before_deskew(linn: np.ndarray) -> None:
    sideways = np.rot90(linn, k=1).copy()  # counter-clockwise
    result = clean_page(sideways, CleanupOptions(deskew=False), rotation=90)
    assert np.array_equal(result.image, linn)
