"""Page clean-up with OpenCV before OCR: deskew, optional border crop and binarisation.

The cleaned image is written as a new file; the imported page is never changed. Word
boxes found by OCR refer to the cleaned image, which is also what a person proofreads.
Orientation (0/90/180/270) is decided with Tesseract's OSD in the OCR step, only for pages
whose first reading looks wrong, so that upright pages pay nothing for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import cast

import cv2
import numpy as np
from numpy.typing import NDArray

from .errors import BadInput

Gray = NDArray[np.uint8]

DESKEW_MAX_ANGLE = 10.0  # degrees; beyond this a page is more likely rotated than skewed
DESKEW_MIN_ANGLE = 0.3  # below this Tesseract copes, and rotating would only blur the page
_ANALYSIS_WIDTH = 700  # pixels; skew is measured on a reduced copy, for speed


@dataclass
class CleanupOptions:
    deskew: bool = True
    crop_borders: bool = False
    binarize: bool = False
    detect_orientation: bool = True


@dataclass
class CleanupResult:
    # What OCR sees, in the page's final geometry; None when the page went to OCR as it
    # was imported, without being decoded.
    image: NDArray[np.uint8] | None
    rotation: int  # 0 / 90 / 180 / 270, clockwise, applied before deskew
    deskew_angle: float  # degrees, counter-clockwise positive, as applied
    crop_box: tuple[int, int, int, int] | None  # left, top, width, height in the rotated page
    binarized: bool

    @property
    def changed(self) -> bool:
        return bool(self.rotation or self.deskew_angle or self.crop_box or self.binarized)


def read_page(path: Path) -> NDArray[np.uint8]:
    image = cv2.imread(str(path), cv2.IMREAD_UNCHANGED)
    if image is None:
        raise BadInput(f"The page image {path.name} cannot be read.")
    if image.ndim == 3 and image.shape[2] == 4:
        image = cv2.cvtColor(image, cv2.COLOR_BGRA2BGR)
    return np.asarray(image, dtype=np.uint8)


def to_gray(image: NDArray[np.uint8]) -> Gray:
    if image.ndim == 2:
        return image
    return np.asarray(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY), dtype=np.uint8)


def rotate_quarter(image: NDArray[np.uint8], degrees_clockwise: int) -> NDArray[np.uint8]:
    codes = {
        90: cv2.ROTATE_90_CLOCKWISE,
        180: cv2.ROTATE_180,
        270: cv2.ROTATE_90_COUNTERCLOCKWISE,
    }
    if degrees_clockwise % 360 == 0:
        return image
    return np.asarray(cv2.rotate(image, codes[degrees_clockwise % 360]), dtype=np.uint8)


def _profile_score(binary: Gray, angle: float) -> float:
    height, width = binary.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    rotated = cv2.warpAffine(binary, matrix, (width, height), flags=cv2.INTER_NEAREST)
    rows = rotated.sum(axis=1, dtype=np.float64)
    # Text lines aligned with the rows give sharp peaks and gaps: a large row-to-row change.
    return float(np.sum(np.diff(rows) ** 2))


def estimate_skew(gray: Gray) -> float:
    """The angle (degrees, counter-clockwise) that makes text lines horizontal."""
    scale = min(1.0, _ANALYSIS_WIDTH / gray.shape[1])
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    _, binary = cv2.threshold(small, 0, 1, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    if binary.mean() < 0.002:  # a blank page has no lines to align
        return 0.0

    def best(angles: NDArray[np.float64]) -> float:
        scores = [_profile_score(cast(Gray, binary), float(a)) for a in angles]
        return float(angles[int(np.argmax(scores))])

    coarse = best(np.arange(-DESKEW_MAX_ANGLE, DESKEW_MAX_ANGLE + 0.01, 1.0))
    fine = best(np.arange(coarse - 1.0, coarse + 1.01, 0.2))
    return best(np.arange(fine - 0.2, fine + 0.21, 0.05))


def deskew(image: NDArray[np.uint8], angle: float) -> NDArray[np.uint8]:
    height, width = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    white: float | tuple[float, float, float] = 255 if image.ndim == 2 else (255, 255, 255)
    return np.asarray(
        cv2.warpAffine(
            image,
            matrix,
            (width, height),
            flags=cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_CONSTANT,
            borderValue=white,
        ),
        dtype=np.uint8,
    )


def content_box(gray: Gray, margin: int) -> tuple[int, int, int, int] | None:
    """The box around the page's content, leaving out dark scanner borders and blank edges."""
    _, binary = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    height, width = binary.shape
    # Dark bands along the edges (the scanner lid, the book's gutter) are not content:
    # blank out rows and columns that are almost entirely ink before measuring.
    binary[binary.mean(axis=1) > 0.8 * 255, :] = 0
    binary[:, binary.mean(axis=0) > 0.8 * 255] = 0
    points = cv2.findNonZero(binary)
    if points is None:
        return None
    left, top, box_w, box_h = cv2.boundingRect(points)
    left, top = max(left - margin, 0), max(top - margin, 0)
    right = min(left + box_w + 2 * margin, width)
    bottom = min(top + box_h + 2 * margin, height)
    if right - left > width * 0.98 and bottom - top > height * 0.98:
        return None
    return left, top, right - left, bottom - top


def binarize(gray: Gray) -> Gray:
    """Adaptive threshold: copes with uneven light and yellowed paper better than one level."""
    block = max(31, (min(gray.shape) // 40) | 1)
    return np.asarray(
        cv2.adaptiveThreshold(
            gray, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, block, 15
        ),
        dtype=np.uint8,
    )


def measure_skew(path: Path) -> float:
    """The skew of a page image file, for the import to record."""
    gray = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
    if gray is None:
        raise BadInput(f"The page image {path.name} cannot be read.")
    return round(estimate_skew(np.asarray(gray, dtype=np.uint8)), 2)


def needs_cleaning(options: CleanupOptions, measured_skew: float | None) -> bool:
    """False when the page can go to OCR as it is, without even being decoded."""
    if options.crop_borders or options.binarize:
        return True
    if not options.deskew:
        return False
    return measured_skew is None or abs(measured_skew) >= DESKEW_MIN_ANGLE


def clean_page(
    image: NDArray[np.uint8],
    options: CleanupOptions,
    rotation: int = 0,
    measured_skew: float | None = None,
) -> CleanupResult:
    """Apply a quarter-turn ``rotation`` (from OSD), then deskew, crop and binarise.

    ``measured_skew`` is the skew already measured on the unrotated page, if known.
    """
    image = rotate_quarter(image, rotation)
    gray = to_gray(image)
    angle = 0.0
    if options.deskew:
        angle = (
            measured_skew if measured_skew is not None and rotation == 0 else estimate_skew(gray)
        )
        if abs(angle) >= DESKEW_MIN_ANGLE:
            image = deskew(image, angle)
            gray = to_gray(image)
        else:
            angle = 0.0
    box = None
    if options.crop_borders:
        box = content_box(gray, margin=max(10, gray.shape[1] // 100))
        if box:
            left, top, width, height = box
            image = image[top : top + height, left : left + width]
            gray = gray[top : top + height, left : left + width]
    if options.binarize:
        image = binarize(gray)
    return CleanupResult(image, rotation, round(angle, 2), box, options.binarize)
