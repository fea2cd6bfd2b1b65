"""Plain-text exports, and the layout helpers the other page formats share."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from ..model import OcrWord, PageText, Segment

Line = list[OcrWord]
Paragraph = list[Line]
Block = list[Paragraph]

# Tesseract's traineddata names -> BCP 47 tags, which HTML's lang and ALTO's LANG expect.
# Only languages Quire is likely to meet; an unknown code yields no tag rather than a wrong one.
_BCP47 = {
    "eng": "en",
    "isl": "is",
    "eus": "eu",
    "spa": "es",
    "fra": "fr",
    "cym": "cy",
    "deu": "de",
    "ita": "it",
    "por": "pt",
    "nld": "nl",
    "dan": "da",
    "nor": "no",
    "swe": "sv",
    "fin": "fi",
    "fao": "fo",
    "gle": "ga",
    "gla": "gd",
    "bre": "br",
    "cat": "ca",
    "glg": "gl",
    "oci": "oc",
    "lat": "la",
    "pol": "pl",
    "ces": "cs",
    "slk": "sk",
    "slv": "sl",
    "hrv": "hr",
    "hun": "hu",
    "ron": "ro",
    "est": "et",
    "lav": "lv",
    "lit": "lt",
    "ell": "el",
    "rus": "ru",
    "ukr": "uk",
    "bul": "bg",
    "srp": "sr",
    "tur": "tr",
    "ara": "ar",
    "heb": "he",
    "hin": "hi",
    "jpn": "ja",
    "kor": "ko",
    "chi_sim": "zh-Hans",
    "chi_tra": "zh-Hant",
}


def bcp47_language(tesseract_codes: str) -> str | None:
    """The BCP 47 tag for a page read with one Tesseract language, e.g. "isl" -> "is".

    None for several languages ("eus+spa"): Tesseract does not say which word is which, so
    tagging the whole page with either would be wrong.
    """
    codes = [code for code in tesseract_codes.split("+") if code]
    if len(codes) != 1:
        return None
    return _BCP47.get(codes[0])


def group_words(words: Sequence[OcrWord]) -> list[Block]:
    """Nest words into blocks, paragraphs and lines, keeping Tesseract's reading order.

    Only consecutive words with the same numbers are grouped, so the order is never changed.
    Words with no visible text are dropped: they would only add empty boxes and blank lines.
    """
    visible = [word for word in words if word.text.strip()]
    blocks: list[Block] = []
    for _, block_words in groupby(visible, key=lambda w: w.block):
        block: Block = []
        for _, par_words in groupby(block_words, key=lambda w: w.paragraph):
            block.append([list(line) for _, line in groupby(par_words, key=lambda w: w.line)])
        blocks.append(block)
    return blocks


def union_box(words: Sequence[OcrWord]) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of the smallest box holding all the words (at least one)."""
    return (
        min(word.left for word in words),
        min(word.top for word in words),
        max(word.right for word in words),
        max(word.bottom for word in words),
    )


def page_plain_text(words: Sequence[OcrWord]) -> str:
    """The page's text: words joined by spaces, lines by newlines, paragraphs by a blank line.

    Blocks are separated like paragraphs. No trailing newline.
    """
    paragraphs = [
        "\n".join(" ".join(word.text for word in line) for line in paragraph)
        for block in group_words(words)
        for paragraph in block
    ]
    return "\n\n".join(paragraphs)


def document_plain_text(pages: Sequence[PageText]) -> str:
    """All pages' text, pages separated by a blank line, ending with one newline.

    A page break thus looks like a paragraph break; an empty page adds one more blank line.
    """
    return "\n\n".join(page_plain_text(page.words) for page in pages) + "\n"


def transcript_plain_text(segments: Sequence[Segment]) -> str:
    """One line per segment, "SPEAKER: text" when the speaker is known; ends with a newline."""
    lines = []
    for segment in segments:
        text = " ".join(segment.text.split())  # Whisper's leading spaces and stray newlines
        lines.append(f"{segment.speaker}: {text}" if segment.speaker else text)
    return "".join(line + "\n" for line in lines)
