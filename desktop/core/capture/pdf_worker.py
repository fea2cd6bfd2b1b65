"""Renders a PDF's pages to PNG in a child process (``python -m ...pdf_worker PDF OUTDIR``).

PDF rendering is native code fed with untrusted files; running it here means a crash,
a hang or a memory bomb ends this process and not Quire. Each finished page is reported
as one JSON line on stdout, so the parent can show progress and keep what was done.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, cast

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from .limits import DEFAULT_DPI, MAX_PAGE_PIXELS, MAX_PAGE_SIDE

MIN_DPI, MAX_DPI = 150.0, 600.0
LOWEST_USEFUL_DPI = 20.0


def _emit(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def choose_dpi(page: pdfium.PdfPage) -> float:
    """A scanned page is rendered at its scan's own resolution; a text page at 300 dpi."""
    best = 0.0
    for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        px_width, _px_height = image.get_px_size()
        left, _bottom, right, _top = image.get_bounds()
        width_in = (right - left) / 72
        if width_in > 1 and px_width > 0:
            best = max(best, px_width / width_in)
    if best == 0:
        return DEFAULT_DPI
    return min(max(best, MIN_DPI), MAX_DPI)


def capped_dpi(width_pt: float, height_pt: float, dpi: float) -> float:
    """The highest dpi not above ``dpi`` that keeps the page inside the pixel limits."""
    width_px, height_px = width_pt / 72 * dpi, height_pt / 72 * dpi
    scale = min(
        1.0,
        (MAX_PAGE_PIXELS / max(width_px * height_px, 1)) ** 0.5,
        MAX_PAGE_SIDE / max(width_px, height_px, 1),
    )
    # A hair under the cap, so that rounding to whole pixels cannot cross it.
    return dpi if scale >= 1.0 else dpi * scale * 0.999


def _looks_grey(image: Image.Image) -> bool:
    sample = image.resize((64, 64)).convert("RGB")
    pixels = cast("Iterable[tuple[int, int, int]]", sample.getdata())
    return all(abs(r - g) < 12 and abs(g - b) < 12 for r, g, b in pixels)


def render(pdf_path: Path, out_dir: Path) -> int:
    try:
        document = pdfium.PdfDocument(pdf_path)
    except pdfium.PdfiumError as error:
        reason = str(error).replace("Failed to load document", "").strip(" ().")
        _emit({"error": f"it is not a valid PDF ({reason})" if reason else "it is not a valid PDF"})
        return 2
    if len(document) == 0:
        _emit({"error": "the PDF has no pages"})
        return 2
    _emit({"pages": len(document)})
    for index in range(len(document)):
        page = document[index]
        width_pt, height_pt = page.get_size()
        wanted = choose_dpi(page)
        dpi = capped_dpi(width_pt, height_pt, wanted)
        warning = ""
        if dpi < wanted * 0.99:
            warning = (
                f"The page is very large ({width_pt / 72:.0f}×{height_pt / 72:.0f} inches); "
                f"Quire rendered it at {dpi:.0f} dpi instead of {wanted:.0f}."
            )
        if dpi < LOWEST_USEFUL_DPI:
            _emit({"error": f"page {index + 1} is too large to render usefully"})
            return 2
        text_hint = page.get_textpage().get_text_range().strip()
        image = page.render(scale=dpi / 72, may_draw_forms=True).to_pil()
        image = image.convert("L") if _looks_grey(image) else image.convert("RGB")
        target = out_dir / f"pdf-page-{index + 1:04d}.png"
        image.save(target, dpi=(round(dpi), round(dpi)), compress_level=1)
        _emit(
            {
                "index": index,
                "path": str(target),
                "width": image.width,
                "height": image.height,
                "dpi": round(dpi, 2),
                "text_hint": text_hint,
                "warning": warning,
            }
        )
        page.close()
    document.close()
    return 0


if __name__ == "__main__":
    sys.exit(render(Path(sys.argv[1]), Path(sys.argv[2])))
