"""ALTO v4 export, the layout format libraries and newspaper archives ingest."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from ..model import OcrWord, PageText
from .text import bcp47_language, group_words, union_box

_ALTO = "http://www.loc.gov/standards/alto/ns-v4#"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_SCHEMA = "http://www.loc.gov/standards/alto/v4/alto-4-2.xsd"


def _box(words: Sequence[OcrWord]) -> dict[str, str]:
    left, top, right, bottom = union_box(words)
    return {
        "HPOS": str(left),
        "VPOS": str(top),
        "WIDTH": str(right - left),
        "HEIGHT": str(bottom - top),
    }


def _description(root: ET.Element, pages: Sequence[PageText], title: str) -> None:
    description = ET.SubElement(root, "Description")
    ET.SubElement(description, "MeasurementUnit").text = "pixel"
    source = ET.SubElement(description, "sourceImageInformation")
    # The schema allows one fileName; a multi-page file lists its images as fileIdentifiers.
    if len(pages) == 1:
        ET.SubElement(source, "fileName").text = pages[0].image_path.name
    else:
        for page in pages:
            ET.SubElement(source, "fileIdentifier").text = page.image_path.name
    if title:
        ET.SubElement(source, "documentIdentifier").text = title
    processing = ET.SubElement(description, "Processing", {"ID": "processing_1"})
    software = ET.SubElement(processing, "processingSoftware")
    ET.SubElement(software, "softwareName").text = "Quire (Tesseract)"


def _page(layout: ET.Element, page: PageText, number: int) -> None:
    size = {"HEIGHT": str(page.height), "WIDTH": str(page.width)}
    page_element = ET.SubElement(
        layout,
        "Page",
        {"ID": f"page_{number}", "PHYSICAL_IMG_NR": str(number), **size},
    )
    space = ET.SubElement(page_element, "PrintSpace", {"HPOS": "0", "VPOS": "0", **size})
    lang = bcp47_language(page.language)
    # IDs are xsd:ID, unique in the whole file, hence the page number in each.
    counts = {"block": 0, "line": 0, "word": 0}

    def next_id(kind: str) -> str:
        counts[kind] += 1
        return f"p{number}_{kind}_{counts[kind]}"

    for block in group_words(page.words):
        # ALTO has no paragraph level: a paragraph becomes its own TextBlock.
        for paragraph in block:
            block_words = [word for line in paragraph for word in line]
            attributes = {"ID": next_id("block"), **_box(block_words)}
            if lang:
                attributes["LANG"] = lang
            text_block = ET.SubElement(space, "TextBlock", attributes)
            for line in paragraph:
                text_line = ET.SubElement(
                    text_block, "TextLine", {"ID": next_id("line"), **_box(line)}
                )
                for index, word in enumerate(line):
                    if index:
                        previous = line[index - 1]
                        gap = max(word.left - previous.right, 0)
                        ET.SubElement(
                            text_line,
                            "SP",
                            {"WIDTH": str(gap), "HPOS": str(previous.right), "VPOS": str(word.top)},
                        )
                    confidence = min(max(word.confidence, 0.0), 100.0) / 100
                    ET.SubElement(
                        text_line,
                        "String",
                        {
                            "ID": next_id("word"),
                            **_box([word]),
                            "WC": f"{confidence:.2f}",
                            "CONTENT": word.text,
                        },
                    )


def document_alto(pages: Sequence[PageText], title: str) -> str:
    """The pages as one ALTO v4 document, coordinates in the page images' pixels.

    The title goes into sourceImageInformation/documentIdentifier (ALTO has no title field).
    WC is Tesseract's confidence scaled to 0..1.
    """
    # Elements are built without a namespace and the declarations set as plain attributes:
    # ElementTree's default_namespace option refuses unqualified attributes such as HPOS.
    root = ET.Element(
        "alto",
        {"xmlns": _ALTO, "xmlns:xsi": _XSI, "xsi:schemaLocation": f"{_ALTO} {_SCHEMA}"},
    )
    _description(root, pages, title)
    layout = ET.SubElement(root, "Layout")
    for number, page in enumerate(pages, start=1):
        _page(layout, page, number)
    ET.indent(root, space="  ")
    # The declaration is written by hand: for encoding="unicode" ElementTree would name the
    # locale's encoding (cp1252 on Windows), but the file is always saved as UTF-8.
    markup = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + markup + "\n"
