"""Redaction of page images: opaque black boxes burned into the pixels, written as a new PNG
with no metadata, and a searchable PDF whose hidden text comes from the redacted words.

The original is only read. Nothing of what a box covers survives in the output: the pixels
are overwritten (not overlaid), the PNG is lossless so no compression ghost remains, and
no metadata block (EXIF, XMP, IPTC, text chunks, ICC profile, thumbnails) is carried over.
Only the resolution (pHYs) is kept, so the page still measures what the paper did.
"""

from __future__ import annotations

import io
import logging
import math
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any, cast

import numpy as np
from PIL import Image, ImageCms, ImageDraw

from ..errors import BadInput
from ..exports.pdf import write_searchable_pdf
from ..fileio import atomic_writer, explain_os_error
from ..model import OcrWord, PageText
from .common import Box, RedactionError, as_box
from .text import token_for

log = logging.getLogger(__name__)

DEFAULT_DPI = 300.0
# Words whose box lies at least this much under a redaction box leave the text layer.
_WORD_COVERED = 0.10


def default_margin(dpi: float) -> int:
    """The margin around each box: 1/40 inch (0.6 mm), at least 2 pixels; 5 px at 200 dpi."""
    return max(2, round(dpi / 40))


def image_dpi(image: Image.Image) -> float | None:
    dpi = image.info.get("dpi")
    if isinstance(dpi, tuple) and dpi and float(dpi[0]) > 1:
        return round(float(dpi[0]), 1)
    return None


def _to_srgb(image: Image.Image) -> Image.Image:
    """The image's colours moved into sRGB when it carries another ICC profile, because the
    profile itself is not copied (it can name a device or a person) and sRGB is what a PNG
    without one means."""
    profile = image.info.get("icc_profile")
    # Grey profiles (gamma curves) change little; grey is left as it is.
    if not profile or image.mode not in ("RGB", "CMYK"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        converted = ImageCms.profileToProfile(
            image, source, ImageCms.createProfile("sRGB"), outputMode="RGB"
        )
        return converted if converted is not None else image
    except (OSError, ValueError, ImageCms.PyCMSError) as error:
        log.info("ICC profile ignored (%s); colours taken as sRGB", error)
        return image


def clean_pixels(image: Image.Image) -> Image.Image:
    """A fresh image holding only the pixels (in L, RGB or 1-bit), with no metadata at all.

    Transparency becomes white paper, as elsewhere in Quire; palettes and CMYK become RGB
    (or grey where the palette is grey); 16-bit and float grey become 8-bit.
    """
    image = _to_srgb(image)
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(paper, rgba).convert("L" if image.mode == "LA" else "RGB")
    elif image.mode == "P":
        palette = image.getpalette() or []
        grey = all(
            palette[i] == palette[i + 1] == palette[i + 2] for i in range(0, len(palette), 3)
        )
        image = image.convert("L" if grey else "RGB")
    elif image.mode.startswith("I"):
        sixteen = np.asarray(image.convert("I"), dtype=np.int64) >> 8
        image = Image.fromarray(np.clip(sixteen, 0, 255).astype(np.uint8))
    elif image.mode == "F":
        image = Image.fromarray(np.clip(np.asarray(image), 0, 255).astype(np.uint8))
    elif image.mode not in ("1", "L", "RGB"):
        image = image.convert("RGB")
    # Copy the pixels into a new image: .info (exif, icc_profile, xmp, text...) stays behind.
    return Image.frombytes(image.mode, image.size, image.tobytes())


def pixel_rect(box: Box, margin: float, size: tuple[int, int]) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) in whole pixels, grown by ``margin`` and clipped to the
    image; rounding always outwards so a fraction of a pixel is never left showing."""
    width, height = size
    left = max(0, math.floor(box.left - margin))
    top = max(0, math.floor(box.top - margin))
    right = min(width, math.ceil(box.right + margin))
    bottom = min(height, math.ceil(box.bottom + margin))
    return left, top, right, bottom


@dataclass
class ImageRedaction:
    """What was written: the page's size and resolution and each box as burned (pixels,
    margin included, clipped to the page) with its kind."""

    path: Path
    width: int
    height: int
    dpi: float
    margin: int
    rects: list[tuple[int, int, int, int, str]] = field(default_factory=list)


def _open_single(src_path: Path) -> Image.Image:
    try:
        image = Image.open(src_path)
        image.load()
    except (OSError, ValueError, Image.DecompressionBombError) as error:
        raise BadInput(f"The page image {src_path.name} cannot be read: {error}.") from error
    frames = int(getattr(image, "n_frames", 1))
    if frames > 1:
        raise BadInput(
            f"{src_path.name} holds {frames} pages; redaction takes one page image.",
        )
    return image


def write_png(image: Image.Image, out_path: Path, dpi: float | None) -> None:
    """A PNG with the pixels and at most a resolution: no text, EXIF, XMP or ICC chunk."""
    clean = clean_pixels(image) if image.info else image
    options: dict[str, Any] = {"optimize": False, "compress_level": 6}
    if dpi:
        options["dpi"] = (dpi, dpi)
    with atomic_writer(out_path, "wb") as handle:
        clean.save(cast("IO[bytes]", handle), format="PNG", **options)


def redact_image(
    src_path: Path,
    boxes: Sequence[Any],
    out_path: Path,
    margin: float | None = None,
    *,
    dpi: float | None = None,
) -> ImageRedaction:
    """Burn an opaque black box over each of ``boxes`` into a copy of ``src_path``.

    ``boxes`` are ``(left, top, width, height[, kind])`` in the image's own pixels (as OCR
    reports them; EXIF orientation is not applied) or ``Box``/``OcrWord``-like objects.
    ``margin`` is in pixels; by default 1/40 inch at the image's resolution (``dpi``, else
    the one recorded in the file, else 300). The result is a PNG written atomically with no
    metadata. A box lying wholly off the page is refused: its coordinates must belong to
    another image, and redacting nothing there would be a silent leak.
    """
    source = _open_single(src_path)
    recorded = dpi or image_dpi(source)
    resolution = recorded or DEFAULT_DPI
    pad = default_margin(resolution) if margin is None else max(0.0, float(margin))
    image = clean_pixels(source)
    source.close()
    result = ImageRedaction(out_path, image.width, image.height, resolution, round(pad))
    draw = ImageDraw.Draw(image)
    black: int | tuple[int, int, int] = (0, 0, 0) if image.mode == "RGB" else 0
    for raw in boxes:
        box = as_box(raw)
        if box.width <= 0 or box.height <= 0:
            raise RedactionError(f"A redaction box has no area: {box}.")
        left, top, right, bottom = pixel_rect(box, pad, image.size)
        if right <= left or bottom <= top:
            raise RedactionError(
                f"A redaction box lies outside the page {src_path.name} "
                f"({image.width} x {image.height} pixels): {box}.",
                "The boxes must come from this very page image; check which page was meant.",
            )
        # ImageDraw's rectangle includes its far corner; the rect is right/bottom exclusive.
        draw.rectangle((left, top, right - 1, bottom - 1), fill=black)
        result.rects.append((left, top, right, bottom, box.kind))
    write_png(image, out_path, recorded)  # no resolution is invented for the file
    return result


def _overlap(word: OcrWord, rect: tuple[int, int, int, int, str]) -> float:
    left, top, right, bottom, _ = rect
    width = min(word.right, right) - max(word.left, left)
    height = min(word.bottom, bottom) - max(word.top, top)
    if width <= 0 or height <= 0:
        return 0.0
    return width * height / max(word.width * word.height, 1)


def redact_words(
    words: Sequence[OcrWord], rects: Sequence[tuple[int, int, int, int, str]]
) -> list[OcrWord]:
    """The page's words as a redacted page holds them: every word a box covers (a tenth of
    it or more) is gone, and each box that covered words reads as its token (``[PERSON]``)
    in the place of the first of them, so a copied line says what was removed."""
    kept: list[OcrWord] = []
    replaced: dict[int, OcrWord] = {}
    for word in words:
        covering = [
            (share, index)
            for index, rect in enumerate(rects)
            if (share := _overlap(word, rect)) >= _WORD_COVERED
        ]
        if not covering:
            kept.append(word)
            continue
        _, index = max(covering)
        if index not in replaced:
            left, top, right, bottom, kind = rects[index]
            token = replace(
                word,
                text=token_for(kind),
                left=left,
                top=top,
                width=right - left,
                height=bottom - top,
            )
            replaced[index] = token
            kept.append(token)
    return kept


@dataclass
class RedactedPage:
    """One page for a redacted PDF: its redacted image and the words of the redacted text."""

    image_path: Path
    width: int
    height: int
    dpi: float
    words: list[OcrWord]


def write_redacted_pdf(pages: Sequence[RedactedPage], out_path: Path) -> None:
    """A searchable PDF of redacted pages: each redacted image with an invisible text layer
    made only of the redacted words, and an Info dictionary that says only Producer "Quire"
    (no author, title, dates or XMP). Written atomically."""
    from .metadata import strip_pdf

    out_path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(
        prefix=f".{out_path.name}.", suffix=".raw", dir=out_path.parent
    )
    os.close(fd)
    temp = Path(temp_name)
    try:
        write_searchable_pdf(
            [PageText(p.image_path, p.width, p.height, p.dpi, list(p.words)) for p in pages], temp
        )
        strip_pdf(temp, out_path)
    except OSError as error:
        raise explain_os_error(error, out_path) from error
    finally:
        temp.unlink(missing_ok=True)


def redact_page_to_pdf(
    src_path: Path,
    words: Sequence[OcrWord],
    boxes: Sequence[Any],
    png_path: Path,
    pdf_path: Path,
    margin: float | None = None,
    *,
    dpi: float | None = None,
) -> ImageRedaction:
    """Both derived files of one page: the redacted PNG and its one-page searchable PDF."""
    result = redact_image(src_path, boxes, png_path, margin, dpi=dpi)
    page = RedactedPage(
        png_path, result.width, result.height, result.dpi, redact_words(words, result.rects)
    )
    write_redacted_pdf([page], pdf_path)
    return result
