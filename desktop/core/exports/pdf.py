"""Searchable PDF: each page image with an invisible, selectable text layer on top."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from ..fileio import atomic_writer
from ..model import PageText
from .text import group_words, union_box

_DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_FONT_NAME = "QuireDejaVuSans"
_INVISIBLE = 3  # PDF text render mode: neither fill nor stroke, but still selectable


@functools.cache
def _text_font() -> str:
    """The font for the text layer, registered with reportlab once per process.

    DejaVu Sans is embedded (subset) with a ToUnicode map, so copied text keeps letters such
    as þ, ð, ŵ and ŷ. Without it we fall back to the built-in Helvetica, whose WinAnsi
    encoding still covers Western European accents but loses anything beyond them.
    """
    if _DEJAVU.is_file():
        pdfmetrics.registerFont(TTFont(_FONT_NAME, str(_DEJAVU)))
        return _FONT_NAME
    return "Helvetica"


def _font_extent(font_name: str) -> tuple[float, float]:
    """(ascent, descent) of the font as fractions of the font size, both positive."""
    face = pdfmetrics.getFont(font_name).face
    return float(face.ascent) / 1000, -float(face.descent) / 1000


def _is_grey_palette(image: Image.Image) -> bool:
    palette = image.getpalette() or []
    colours = [palette[i : i + 3] for i in range(0, len(palette), 3)]
    return all(r == g == b for r, g, b in colours)


def _page_image(path: Path) -> Any:
    """What to hand reportlab's drawImage for this scan: the path, or a converted image.

    reportlab embeds JPEG as it is and L/RGB/CMYK losslessly as they are, but it expands any
    other mode to 8-bit RGB. For a 1-bit or grey-palette scan that triples the data, so those
    become 8-bit grey (DeviceGray): a third of RGB, and flate compresses the runs of white.
    """
    with Image.open(path) as image:
        if image.mode == "1" or (
            image.mode == "P" and "transparency" not in image.info and _is_grey_palette(image)
        ):
            return ImageReader(image.convert("L"))
    return str(path)


def _draw_text_layer(canvas: Any, page: PageText, page_height: float) -> None:
    """Write each line's words at their boxes, invisibly, in Tesseract's reading order.

    All words of a line share one baseline and font size, so viewers see them as one line;
    each word is then stretched (horizontal scale) to the width of its box, so a selection
    highlights the word that is in the image.
    """
    font = _text_font()
    ascent, descent = _font_extent(font)
    scale = 72 / page.dpi  # pixels to points
    text = canvas.beginText()
    text.setTextRenderMode(_INVISIBLE)
    for block in group_words(page.words):
        for paragraph in block:
            for line in paragraph:
                _, top, _, bottom = union_box(line)
                # Size the font so its ascent-to-descent span fills the line's box.
                size = max((bottom - top) * scale / (ascent + descent), 1.0)
                baseline = page_height - bottom * scale + descent * size
                text.setFont(font, size)
                for index, word in enumerate(line):
                    natural = pdfmetrics.stringWidth(word.text, font, size)
                    if natural <= 0:
                        continue
                    text.setTextOrigin(word.left * scale, baseline)
                    text.setHorizScale(100 * word.width * scale / natural)
                    # An explicit space, so copied text has one between words, not a guess
                    # from the gap.
                    last = index == len(line) - 1
                    text.textOut(word.text if last else word.text + " ")
    canvas.drawText(text)


def write_searchable_pdf(pages: Sequence[PageText], out_path: Path) -> None:
    """Write the pages as a PDF: the scan drawn full-page, with the OCR text selectable.

    Each page measures the image's pixels at its dpi (points = px * 72 / dpi). The file is
    written atomically. The only metadata is Producer and Creator "Quire": no author, title
    or other field that could carry personal data.
    """
    if not pages:
        # reportlab would write a file with no pages, which viewers refuse to open.
        raise ValueError("A PDF needs at least one page.")
    with atomic_writer(out_path, "wb") as handle:
        canvas = Canvas(handle, pageCompression=1)
        canvas.setProducer("Quire")
        canvas.setCreator("Quire")
        canvas.setAuthor("")
        canvas.setTitle("")
        canvas.setSubject("")
        for page in pages:
            width = page.width * 72 / page.dpi
            height = page.height * 72 / page.dpi
            canvas.setPageSize((width, height))
            canvas.drawImage(_page_image(page.image_path), 0, 0, width, height)
            _draw_text_layer(canvas, page, height)
            canvas.showPage()
        canvas.save()
