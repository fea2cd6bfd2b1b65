"""Exports: text, hOCR, ALTO, searchable PDF and subtitles, checked by reading them back."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
import pytest
from PIL import Image

from desktop.core.exports import (
    document_alto,
    document_hocr,
    document_plain_text,
    page_plain_text,
    transcript_json,
    transcript_plain_text,
    transcript_srt,
    transcript_vtt,
    write_searchable_pdf,
)
from desktop.core.model import OcrWord, PageText, Segment, TimedWord

SCANS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "scans"
XHTML = "{http://www.w3.org/1999/xhtml}"
ALTO = "{http://www.loc.gov/standards/alto/ns-v4#}"


def word(text: str, left: int, top: int, width: int = 60, height: int = 20, **kw: int) -> OcrWord:
    return OcrWord(text, left, top, width, height, confidence=91.26, **kw)


def tesseract_words(image: Path) -> list[OcrWord]:
    """The words Tesseract finds on the image, from its TSV output."""
    if shutil.which("tesseract") is None:
        pytest.skip("Tesseract is not installed")
    result = subprocess.run(
        ["tesseract", str(image), "stdout", "-l", "eng", "tsv"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        timeout=120,
    )
    rows = csv.DictReader(io.StringIO(result.stdout), delimiter="\t", quoting=csv.QUOTE_NONE)
    return [
        OcrWord(
            row["text"],
            int(row["left"]),
            int(row["top"]),
            int(row["width"]),
            int(row["height"]),
            float(row["conf"]),
            int(row["block_num"]),
            int(row["par_num"]),
            int(row["line_num"]),
            int(row["word_num"]),
        )
        for row in rows
        if row["level"] == "5" and row["text"].strip()
    ]


@pytest.fixture(scope="module")
def crom() -> PageText:
    image = SCANS / "crom.png"
    if not image.exists():
        pytest.skip("the shared test corpus is not beside the project")
    return PageText(image, 400, 50, 150.0, tesseract_words(image))


@pytest.fixture
def nordic(tmp_path: Path) -> PageText:
    """A small 1-bit page with hand-made words, two paragraphs, in several languages."""
    image = tmp_path / "síða 1.png"
    Image.new("1", (1200, 600), 1).save(image)
    words = [
        word("Þórður", 100, 100, 180, 40, block=1, paragraph=1, line=1),
        word("og", 300, 105, 60, 35, block=1, paragraph=1, line=1),
        word("Guðrún", 380, 100, 200, 40, block=1, paragraph=1, line=1),
        word("Euskara", 100, 160, 220, 40, block=1, paragraph=1, line=2),
        word("déjà", 340, 160, 120, 40, block=1, paragraph=1, line=2),
        word("ŵŷ", 100, 300, 90, 40, block=1, paragraph=2, line=1),
        word("a<b&c", 100, 450, 150, 40, block=2, paragraph=1, line=1),
    ]
    return PageText(image, 1200, 600, 200.0, words, language="isl")


def normalised(text: str) -> str:
    return " ".join(text.split())


# Plain text


def test_page_plain_text_follows_tesseract_structure(nordic: PageText) -> None:
    assert page_plain_text(nordic.words) == ("Þórður og Guðrún\nEuskara déjà\n\nŵŷ\n\na<b&c")


def test_page_plain_text_keeps_reading_order_and_drops_blank_words() -> None:
    words = [word("second", 10, 10), word(" ", 80, 10), word("first", 200, 10)]
    assert page_plain_text(words) == "second first"
    assert page_plain_text([]) == ""


def test_document_plain_text_joins_pages(crom: PageText, nordic: PageText) -> None:
    text = document_plain_text([crom, nordic])
    assert text == page_plain_text(crom.words) + "\n\n" + page_plain_text(nordic.words) + "\n"
    assert "cromulent" in text


def test_transcript_plain_text_prefixes_speakers() -> None:
    segments = [
        Segment(0.0, 2.0, " Hello there.", speaker="left"),
        Segment(2.0, 3.0, " Kaixo\n  zer moduz?"),
    ]
    assert transcript_plain_text(segments) == "left: Hello there.\nKaixo zer moduz?\n"


# hOCR


def title_props(element: ET.Element) -> dict[str, str]:
    props = (part.strip().split(" ", 1) for part in element.get("title", "").split(";"))
    return {key: value for key, value in props}


def test_hocr_parses_and_places_tesseract_words(crom: PageText) -> None:
    root = ET.fromstring(document_hocr([crom], "Crom & co"))
    assert root.tag == f"{XHTML}html"
    assert root.findtext(f"{XHTML}head/{XHTML}title") == "Crom & co"

    (page,) = [div for div in root.iter(f"{XHTML}div") if div.get("class") == "ocr_page"]
    props = title_props(page)
    assert props["image"] == '"crom.png"'
    assert props["bbox"] == "0 0 400 50"
    assert props["ppageno"] == "0"
    assert props["scan_res"] == "150 150"
    assert page.get("lang") == "en"

    spans = [span for span in root.iter(f"{XHTML}span") if span.get("class") == "ocrx_word"]
    assert [span.text for span in spans] == [w.text for w in crom.words]
    assert "cromulent" in [span.text for span in spans]
    for span, ocr in zip(spans, crom.words, strict=True):
        props = title_props(span)
        assert props["bbox"] == f"{ocr.left} {ocr.top} {ocr.right} {ocr.bottom}"
        assert props["x_wconf"] == str(round(ocr.confidence))


def test_hocr_line_box_is_union_of_words_and_text_is_escaped(nordic: PageText) -> None:
    markup = document_hocr([nordic, nordic], "Þing")
    root = ET.fromstring(markup)
    lines = [span for span in root.iter(f"{XHTML}span") if span.get("class") == "ocr_line"]
    assert title_props(lines[0])["bbox"] == "100 100 580 140"
    assert "a&lt;b&amp;c" in markup
    words = [span.text for span in root.iter(f"{XHTML}span") if span.get("class") == "ocrx_word"]
    assert words.count("Þórður") == 2 and words.count("a<b&c") == 2
    ids = [element.get("id") for element in root.iter() if element.get("id")]
    assert len(ids) == len(set(ids)), "ids must be unique across pages"
    assert root.get("lang") == "is"


def test_hocr_omits_lang_for_several_languages(nordic: PageText) -> None:
    nordic.language = "eus+spa"
    root = ET.fromstring(document_hocr([nordic], ""))
    assert all(element.get("lang") is None for element in root.iter())
    # An empty title stays an explicit <title></title>, which browsers read correctly.
    assert "<title></title>" in document_hocr([nordic], "")


# ALTO


def test_alto_parses_and_places_tesseract_words(crom: PageText) -> None:
    root = ET.fromstring(document_alto([crom], "Crom"))
    assert root.tag == f"{ALTO}alto"
    assert root.findtext(f"{ALTO}Description/{ALTO}MeasurementUnit") == "pixel"
    source = f"{ALTO}Description/{ALTO}sourceImageInformation"
    assert root.findtext(f"{source}/{ALTO}fileName") == "crom.png"

    (page,) = root.iter(f"{ALTO}Page")
    assert [page.get(key) for key in ("WIDTH", "HEIGHT", "PHYSICAL_IMG_NR")] == ["400", "50", "1"]
    assert root.find(f".//{ALTO}PrintSpace") is not None

    strings = list(root.iter(f"{ALTO}String"))
    assert [s.get("CONTENT") for s in strings] == [w.text for w in crom.words]
    for string, ocr in zip(strings, crom.words, strict=True):
        box = [string.get(key) for key in ("HPOS", "VPOS", "WIDTH", "HEIGHT")]
        assert box == [str(ocr.left), str(ocr.top), str(ocr.width), str(ocr.height)]
        assert string.get("WC") == f"{ocr.confidence / 100:.2f}"


def test_alto_spaces_lines_and_escaping(nordic: PageText) -> None:
    markup = document_alto([nordic], "Þing & co")
    root = ET.fromstring(markup)
    first_line = next(root.iter(f"{ALTO}TextLine"))
    assert [child.tag.removeprefix(ALTO) for child in first_line] == [
        "String",
        "SP",
        "String",
        "SP",
        "String",
    ]
    assert [first_line.get(k) for k in ("HPOS", "VPOS", "WIDTH", "HEIGHT")] == [
        "100",
        "100",
        "480",
        "40",
    ]
    space = first_line[1]
    assert (space.get("HPOS"), space.get("WIDTH")) == ("280", "20")
    assert first_line[0].get("WC") == "0.91"
    assert {block.get("LANG") for block in root.iter(f"{ALTO}TextBlock")} == {"is"}
    contents = [s.get("CONTENT") for s in root.iter(f"{ALTO}String")]
    assert "a<b&c" in contents and "ŵŷ" in contents


def test_alto_multi_page_ids_and_images(crom: PageText, nordic: PageText) -> None:
    root = ET.fromstring(document_alto([crom, nordic], ""))
    source = root.find(f"{ALTO}Description/{ALTO}sourceImageInformation")
    assert source is not None
    assert [e.text for e in source.iter(f"{ALTO}fileIdentifier")] == ["crom.png", "síða 1.png"]
    assert [p.get("PHYSICAL_IMG_NR") for p in root.iter(f"{ALTO}Page")] == ["1", "2"]
    ids = [element.get("ID") for element in root.iter() if element.get("ID")]
    assert len(ids) == len(set(ids))


# Searchable PDF


def pdf_text(path: Path, page_index: int = 0) -> str:
    document = pdfium.PdfDocument(path)
    try:
        return str(document[page_index].get_textpage().get_text_range())
    finally:
        document.close()


def test_pdf_text_layer_has_unicode_words_and_page_size(nordic: PageText, tmp_path: Path) -> None:
    out = tmp_path / "out" / "nordic.pdf"
    write_searchable_pdf([nordic], out)

    text = pdf_text(out)
    for needle in ("Þórður", "Guðrún", "déjà", "ŵŷ", "a<b&c"):
        assert needle in text
    assert normalised(text) == normalised(page_plain_text(nordic.words))

    document = pdfium.PdfDocument(out)
    width, height = document[0].get_size()
    assert width == pytest.approx(1200 * 72 / 200)
    assert height == pytest.approx(600 * 72 / 200)
    metadata = document.get_metadata_dict()
    assert metadata.get("Producer") == "Quire"
    assert not metadata.get("Author")
    document.close()
    assert [p.name for p in out.parent.iterdir()] == ["nordic.pdf"], "no temporary file left"


def test_pdf_words_sit_on_their_boxes(crom: PageText, tmp_path: Path) -> None:
    out = tmp_path / "crom.pdf"
    write_searchable_pdf([crom], out)
    scale = 72 / crom.dpi
    document = pdfium.PdfDocument(out)
    page = document[0]
    textpage = page.get_textpage()
    text = textpage.get_text_range()
    assert normalised(text) == normalised(page_plain_text(crom.words))

    page_height = page.get_size()[1]
    position = 0
    for ocr in crom.words:
        first = text.index(ocr.text, position)
        last = first + len(ocr.text) - 1
        position = last + 1
        left, bottom, _, top = textpage.get_charbox(first, loose=True)
        _, _, right, _ = textpage.get_charbox(last, loose=True)
        assert left == pytest.approx(ocr.left * scale, abs=0.3)
        assert right == pytest.approx(ocr.right * scale, abs=0.3)
        middle = page_height - (ocr.top + ocr.height / 2) * scale
        assert bottom < middle < top
    document.close()


def image_colour_spaces(path: Path) -> list[tuple[int, int]]:
    document = pdfium.PdfDocument(path)
    try:
        images = document[0].get_objects(filter=[pdfium_raw.FPDF_PAGEOBJ_IMAGE])
        return [
            (meta.colorspace, meta.bits_per_pixel)
            for meta in (image.get_metadata() for image in images)
        ]
    finally:
        document.close()


def test_pdf_keeps_bilevel_and_grey_scans_grey(crom: PageText, tmp_path: Path) -> None:
    grey = pdfium_raw.FPDF_COLORSPACE_DEVICEGRAY
    write_searchable_pdf([crom], tmp_path / "grey.pdf")  # an L-mode PNG
    assert image_colour_spaces(tmp_path / "grey.pdf") == [(grey, 8)]

    linn = SCANS / "linn.png"  # 2550x3300, 1 bit, palette PNG of 141 kB
    page = PageText(linn, 2550, 3300, 300.0, [word("Linn", 300, 300, 400, 80)])
    out = tmp_path / "linn.pdf"
    write_searchable_pdf([page], out)
    assert image_colour_spaces(out) == [(grey, 8)]
    # Expanded to RGB the page would be about 25 MB raw; grey and flate keep it small.
    assert out.stat().st_size < 2 * 1024 * 1024
    assert "Linn" in pdf_text(out)


def test_pdf_multiple_pages_and_no_pages(crom: PageText, nordic: PageText, tmp_path: Path) -> None:
    out = tmp_path / "two.pdf"
    write_searchable_pdf([crom, nordic], out)
    assert len(pdfium.PdfDocument(out)) == 2
    assert "cromulent" in pdf_text(out, 0)
    assert "Þórður" in pdf_text(out, 1)
    with pytest.raises(ValueError):
        write_searchable_pdf([], tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()


# Subtitles and JSON


def transcript() -> list[Segment]:
    return [
        Segment(
            0.0,
            2.25,
            " Ask not what your country can do for you.",
            words=[TimedWord(" Ask", 0.0, 0.4, 0.98765), TimedWord(" not", 0.4, 0.81234, 0.9)],
            language="en",
            speaker="left",
        ),
        Segment(3661.5, 3663.0004, " Ŵyr <b> & ŷ", language="cy"),
        Segment(3663.5, 3664.0, "   "),
    ]


def test_vtt() -> None:
    assert transcript_vtt(transcript()) == (
        "WEBVTT\n"
        "\n"
        "00:00:00.000 --> 00:00:02.250\n"
        "<v left>Ask not what your country can do for you.\n"
        "\n"
        "01:01:01.500 --> 01:01:03.000\n"
        "Ŵyr &lt;b&gt; &amp; ŷ\n"
    )
    assert transcript_vtt([]) == "WEBVTT\n"


def test_srt() -> None:
    assert transcript_srt(transcript()) == (
        "1\n"
        "00:00:00,000 --> 00:00:02,250\n"
        "left: Ask not what your country can do for you.\n"
        "\n"
        "2\n"
        "01:01:01,500 --> 01:01:03,000\n"
        "Ŵyr <b> & ŷ\n"
    )


def test_timestamps_round_to_the_millisecond() -> None:
    vtt = transcript_vtt([Segment(59.9996, 100 * 3600 + 0.0014, "x")])
    assert "00:01:00.000 --> 100:00:00.001" in vtt


def test_json_round_trips() -> None:
    text = transcript_json(transcript(), duration=3664.12345, language="en", model="base")
    assert "Ŵyr" in text  # UTF-8, not \u escapes
    assert re.search(r'^  "segments": \[$', text, re.MULTILINE)  # indent 2
    data = json.loads(text)
    assert data["language"] == "en"
    assert data["model"] == "base"
    assert data["duration"] == 3664.123
    first, second, _ = data["segments"]
    assert first == {
        "start": 0.0,
        "end": 2.25,
        "text": " Ask not what your country can do for you.",
        "language": "en",
        "speaker": "left",
        "words": [
            {"word": " Ask", "start": 0.0, "end": 0.4, "probability": 0.988},
            {"word": " not", "start": 0.4, "end": 0.812, "probability": 0.9},
        ],
    }
    assert (second["end"], second["speaker"], second["language"]) == (3663.0, None, "cy")
    again = transcript_json(
        [
            Segment(
                s["start"],
                s["end"],
                s["text"],
                [TimedWord(w["word"], w["start"], w["end"], w["probability"]) for w in s["words"]],
                s["language"],
                s["speaker"],
            )
            for s in data["segments"]
        ],
        duration=data["duration"],
        language=data["language"],
        model=data["model"],
    )
    assert again == text
