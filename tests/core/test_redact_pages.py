"""Page redaction on a real typed letter: boxes burned in, OCR again finds no planted value,
ordinary words survive; the searchable PDF holds only the redacted text; no metadata."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np
import pikepdf
import pypdfium2 as pdfium
import pytest
from PIL import Image

from desktop.core.exports.pdf import write_searchable_pdf
from desktop.core.model import OcrWord, PageText
from desktop.core.ocr.tesseract import recognise
from desktop.core.progress import CancelToken
from desktop.core.redact import (
    Box,
    RedactionError,
    default_margin,
    metadata_of,
    redact_image,
    redact_page_to_pdf,
    verify_image,
    verify_pdf,
)
from desktop.core.redact.verify import find_values, normalise

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
LETTER = SAMPLES / "letter-en.png"
# The planted items of letter-en.png (resources/samples/README.md), as they are typed.
PLANTED = {
    "Margaret Ellison": "PERSON",
    "Mrs Ellison": "PERSON",
    "14 Harbour Street, Whitby": "ADDRESS",
    "01632 960 318": "PHONE",
    "m.ellison@example.org": "EMAIL",
}
# What must be gone afterwards ("Whitby" alone stays: the society's own address has it).
CONFIRMED = ["Margaret Ellison", "Ellison", "14 Harbour Street", "01632 960 318",
             "m.ellison@example.org"]  # fmt: skip
ORDINARY = ["photographs", "herring", "volunteers", "exhibition", "committee", "grateful",
            "harbour", "Society", "Pannett", "telephone", "Catalogue"]  # fmt: skip


def plain(text: str) -> str:
    return re.sub(r"[^\w@.]", "", text).strip(".").casefold()


def boxes_of(words: list[OcrWord], value: str, kind: str) -> list[Box]:
    """The boxes of every run of OCR words that spells ``value`` (punctuation aside)."""
    wanted = [plain(part) for part in value.split()]
    found = []
    for start in range(len(words) - len(wanted) + 1):
        run = words[start : start + len(wanted)]
        if [plain(w.text) for w in run] == wanted:
            found += [Box(w.left, w.top, w.width, w.height, kind) for w in run]
    return found


@pytest.fixture(scope="module")
def letter_words() -> list[OcrWord]:
    return recognise(LETTER, "eng", dpi=200, timeout=120, cancel=CancelToken())


@pytest.fixture(scope="module")
def planted_boxes(letter_words: list[OcrWord]) -> list[Box]:
    boxes = []
    for value, kind in PLANTED.items():
        found = boxes_of(letter_words, value, kind)
        assert found, f"OCR did not read the planted {value!r}: the sample or Tesseract changed"
        boxes += found
    return boxes


def ocr_text(path: Path) -> str:
    return " ".join(
        w.text for w in recognise(path, "eng", dpi=200, timeout=120, cancel=CancelToken())
    )


def test_the_check_finds_the_planted_values_on_the_original() -> None:
    # Without this, "nothing found after redaction" would prove nothing.
    result = verify_image(LETTER, CONFIRMED, "eng")
    assert sorted(leak.value for leak in result.leaks) == sorted(CONFIRMED)
    assert not result.ok
    with pytest.raises(RedactionError, match="still be read") as raised:
        result.raise_if_leaks()
    assert "Ellison" not in str(raised.value)  # the message can go to a log: no values


def test_redacted_page_reads_without_the_values_and_with_the_rest(
    tmp_path: Path, planted_boxes: list[Box]
) -> None:
    before = hashlib.sha256(LETTER.read_bytes()).hexdigest()
    out = tmp_path / "letter-redacted.png"
    result = redact_image(LETTER, planted_boxes, out)
    assert hashlib.sha256(LETTER.read_bytes()).hexdigest() == before  # original untouched
    assert result.dpi == 200 and result.margin == default_margin(200) == 5

    verification = verify_image(out, CONFIRMED, "eng")
    assert verification.ok, verification.leaks
    text = normalise(ocr_text(out))
    for value in CONFIRMED:
        assert normalise(value) not in text
    assert "01632" not in text and "960" not in text and "@" not in text
    for word in ORDINARY:
        assert normalise(word) in text, word

    with Image.open(out) as image:
        assert image.format == "PNG" and image.size == (1654, 2339)
        pixels = np.asarray(image)
        for left, top, right, bottom, _ in result.rects:
            assert (pixels[top:bottom, left:right] == 0).all()
        # Only the resolution is kept: no text, EXIF, XMP or ICC chunk.
        assert set(image.info) == {"dpi"}
    assert metadata_of(out) == {}


def test_margin_covers_more_than_the_word_box(tmp_path: Path, planted_boxes: list[Box]) -> None:
    box = planted_boxes[0]
    result = redact_image(LETTER, [box], tmp_path / "one.png", margin=12)
    left, top, right, bottom, kind = result.rects[0]
    assert (left, top) == (int(box.left) - 12, int(box.top) - 12)
    assert (right, bottom) == (int(box.right) + 12, int(box.bottom) + 12)
    assert kind == "PERSON"
    assert [default_margin(d) for d in (72, 200, 300, 600)] == [2, 5, 8, 15]


def test_boxes_off_the_page_or_empty_are_refused(tmp_path: Path) -> None:
    with pytest.raises(RedactionError, match="outside the page"):
        redact_image(LETTER, [(5000, 100, 50, 20)], tmp_path / "x.png")
    with pytest.raises(RedactionError, match="no area"):
        redact_image(LETTER, [(10, 10, 0, 20)], tmp_path / "x.png")
    assert not (tmp_path / "x.png").exists()


def test_searchable_pdf_holds_only_the_redacted_text(
    tmp_path: Path, letter_words: list[OcrWord], planted_boxes: list[Box]
) -> None:
    pdf_path = tmp_path / "letter.pdf"
    redact_page_to_pdf(LETTER, letter_words, planted_boxes, tmp_path / "letter.png", pdf_path)
    document = pdfium.PdfDocument(str(pdf_path))
    hidden = document[0].get_textpage().get_text_range()
    document.close()
    # Every way of getting text out (select all, copy) meets tokens, not values.
    assert "[PERSON]" in hidden and "[PHONE]" in hidden and "[EMAIL]" in hidden
    assert not find_values(CONFIRMED, [OcrWord(t, 0, 0, 1, 1, 90) for t in hidden.split()])
    assert verify_pdf(pdf_path, CONFIRMED).ok
    # The same page unredacted: the PDF check does find the values in its text layer.
    plain_pdf = tmp_path / "plain.pdf"
    with Image.open(LETTER) as image:
        size = image.size
    write_searchable_pdf([PageText(LETTER, *size, 200, letter_words)], plain_pdf)
    before = verify_pdf(plain_pdf, CONFIRMED)
    assert len(before.leaks) == len(CONFIRMED) and before.leaks[0].where == (1, 1)
    with pytest.raises(RedactionError, match="page 1"):
        before.raise_if_leaks()
    assert "Ellison" not in hidden and "01632" not in hidden and "Harbour Street" not in hidden
    for word in ORDINARY:
        assert word in hidden, word
    # The page image inside the PDF is the redacted one.
    with pikepdf.open(pdf_path) as pdf:
        assert dict(pdf.docinfo) == {"/Producer": "Quire"}
        assert "/Metadata" not in pdf.Root
        images = list(pdf.pages[0].get_images().values())
        assert len(images) == 1
        embedded = np.asarray(pikepdf.PdfImage(images[0]).as_pil_image().convert("L"))
    redacted = np.asarray(Image.open(tmp_path / "letter.png").convert("L"))
    assert np.array_equal(embedded, redacted)
    assert metadata_of(pdf_path) == {}


def test_colour_and_transparent_pages_keep_their_look_without_metadata(tmp_path: Path) -> None:
    src = tmp_path / "colour.png"
    rgba = Image.new("RGBA", (300, 200), (200, 30, 30, 0))
    rgba.paste((10, 120, 200, 255), (50, 50, 250, 150))
    rgba.save(src, dpi=(150, 150))
    result = redact_image(src, [(60, 60, 40, 20)], tmp_path / "out.png")
    with Image.open(result.path) as out:
        assert out.mode == "RGB"
        assert out.getpixel((5, 5)) == (255, 255, 255)  # transparency is white paper
        assert out.getpixel((200, 100)) == (10, 120, 200)
        assert out.getpixel((70, 70)) == (0, 0, 0)
    assert result.margin == default_margin(150) == 4
