"""Reading image files safely: the size is checked before any pixel is decoded."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from ..errors import BadInput
from .limits import DEFAULT_DPI, MAX_PAGE_PIXELS, MAX_PAGE_SIDE

# Pillow's own bomb check refuses at open() without saying the size; Quire checks the
# header's size itself before decoding anything (_fit_within_limits), with a clearer message.
Image.MAX_IMAGE_PIXELS = None

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".jpe", ".tif", ".tiff", ".bmp", ".gif", ".webp"}


@dataclass
class ImagePage:
    image: Image.Image  # decoded, upright, without alpha; mode "1", "L" or "RGB"
    dpi: float
    dpi_assumed: bool
    frame: int
    warning: str = ""


def _dpi_of(image: Image.Image) -> tuple[float, bool]:
    dpi = image.info.get("dpi")
    try:
        x = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        x = 0.0
    # Files often carry 72 or 96 "dpi" that only means "unknown"; a scan of a real page
    # at that size would be tiny, so only trust values that look like a scanner's.
    if 100 <= x <= 2400:
        return x, False
    return DEFAULT_DPI, True


def _fit_within_limits(image: Image.Image, name: str) -> tuple[Image.Image, str]:
    """Check the header's size; shrink JPEGs while decoding, refuse others that are too big."""
    width, height = image.size
    if width * height <= MAX_PAGE_PIXELS and max(width, height) <= MAX_PAGE_SIDE:
        return image, ""
    scale = min((MAX_PAGE_PIXELS / (width * height)) ** 0.5, MAX_PAGE_SIDE / max(width, height))
    if image.format == "JPEG":
        # JPEG can be decoded at 1/2, 1/4 or 1/8 scale without ever holding the full size.
        image.draft(image.mode, (int(width * scale), int(height * scale)))
        new_w, new_h = image.size
        if new_w * new_h <= MAX_PAGE_PIXELS and max(new_w, new_h) <= MAX_PAGE_SIDE:
            return (
                image,
                f"The image was {width}×{height} pixels; Quire reduced it to {new_w}×{new_h}.",
            )
    raise BadInput(
        f"{name} is too large: {width}×{height} pixels "
        f"({width * height / 1e6:.0f} megapixels; Quire accepts up to "
        f"{MAX_PAGE_PIXELS / 1e6:.0f} megapixels and {MAX_PAGE_SIDE} pixels a side).",
        "Scan it at a lower resolution, or split it into smaller images.",
    )


def _normalise(image: Image.Image) -> Image.Image:
    """Upright, no alpha, and a mode that OCR and PNG both handle: "1", "L" or "RGB"."""
    transposed = ImageOps.exif_transpose(image)
    image = transposed if transposed is not None else image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        # Transparent areas become white paper, not black.
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, rgba).convert("RGB")
    elif image.mode == "P":
        # Scanners often save black-and-white or grey pages as palette images: keep them grey.
        palette = image.getpalette() or []
        greys = all(
            palette[i] == palette[i + 1] == palette[i + 2] for i in range(0, len(palette), 3)
        )
        image = image.convert("L" if greys else "RGB")
    elif image.mode == "CMYK":
        image = image.convert("RGB")
    elif image.mode in ("I;16", "I;16B", "I;16L", "I"):
        # 16-bit greyscale: scale down to 8 bits rather than clipping.
        image = image.point(lambda value: value / 256).convert("L")
    elif image.mode not in ("1", "L", "RGB"):
        image = image.convert("RGB")
    return image


def read_image_pages(path: Path) -> Iterator[ImagePage]:
    """Yield every page (frame) of an image file; multi-page TIFFs give several."""
    name = path.name
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                frames = getattr(image, "n_frames", 1)
                for frame in range(frames):
                    image.seek(frame)
                    dpi, assumed = _dpi_of(image)
                    fitted, warning = _fit_within_limits(image, name)
                    fitted.load()
                    yield ImagePage(_normalise(fitted), dpi, assumed, frame, warning)
    except BadInput:
        raise
    except UnidentifiedImageError as error:
        raise BadInput(
            f"{name} is not an image Quire can read.",
            "It may be damaged, empty, or another kind of file with an image's name.",
        ) from error
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise BadInput(f"{name} is too large to open safely.") from error
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        raise BadInput(
            f"{name} could not be read: it seems damaged or incomplete ({error}).",
            "Try exporting it again from the scanner software.",
        ) from error
