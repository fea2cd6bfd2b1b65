"""hOCR 1.2 export: XHTML whose class and title attributes carry the OCR layout."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from ..model import OcrWord, PageText
from .text import bcp47_language, group_words, union_box

_XHTML = "http://www.w3.org/1999/xhtml"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"  # ElementTree writes it as xml:lang
_HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"\n'
    '    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
)
_CAPABILITIES = "ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf ocrp_lang"


def _bbox(words: Sequence[OcrWord]) -> str:
    left, top, right, bottom = union_box(words)
    return f"bbox {left} {top} {right} {bottom}"


def _quoted(value: str) -> str:
    """A double-quoted string for a title property, as the hOCR spec writes them."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _set_lang(element: ET.Element, lang: str | None) -> None:
    # XHTML 1.0 served as XML wants both attributes.
    if lang:
        element.set("lang", lang)
        element.set(_XML_LANG, lang)


def _page_div(body: ET.Element, page: PageText, number: int) -> None:
    dpi = round(page.dpi)
    page_div = ET.SubElement(
        body,
        "div",
        {
            "class": "ocr_page",
            "id": f"page_{number}",
            "title": (
                f"image {_quoted(page.image_path.name)}; bbox 0 0 {page.width} {page.height}; "
                f"ppageno {number - 1}; scan_res {dpi} {dpi}"
            ),
        },
    )
    _set_lang(page_div, bcp47_language(page.language))
    # Ids are numbered per page, like Tesseract's, so they stay unique in a multi-page file.
    counts = {"block": 0, "par": 0, "line": 0, "word": 0}

    def next_id(kind: str) -> str:
        counts[kind] += 1
        return f"{kind}_{number}_{counts[kind]}"

    for block in group_words(page.words):
        block_words = [word for paragraph in block for line in paragraph for word in line]
        area = ET.SubElement(
            page_div,
            "div",
            {"class": "ocr_carea", "id": next_id("block"), "title": _bbox(block_words)},
        )
        for paragraph in block:
            par_words = [word for line in paragraph for word in line]
            par = ET.SubElement(
                area,
                "p",
                {"class": "ocr_par", "id": next_id("par"), "title": _bbox(par_words)},
            )
            for line in paragraph:
                line_span = ET.SubElement(
                    par,
                    "span",
                    {"class": "ocr_line", "id": next_id("line"), "title": _bbox(line)},
                )
                for word in line:
                    confidence = round(min(max(word.confidence, 0.0), 100.0))
                    word_span = ET.SubElement(
                        line_span,
                        "span",
                        {
                            "class": "ocrx_word",
                            "id": next_id("word"),
                            "title": f"{_bbox([word])}; x_wconf {confidence}",
                        },
                    )
                    word_span.text = word.text  # ElementTree escapes &, < and >


def document_hocr(pages: Sequence[PageText], title: str) -> str:
    """The pages as one hOCR 1.2 document (XHTML 1.0, UTF-8).

    Coordinates are the page images' pixels. Block, paragraph and line boxes are the union of
    their words' boxes. A page read with a single known language gets lang="xx" (BCP 47).
    """
    # Elements are built without a namespace and xmlns is set as a plain attribute:
    # ElementTree's default_namespace option refuses the unqualified attributes hOCR uses.
    html = ET.Element("html", {"xmlns": _XHTML})
    languages = {bcp47_language(page.language) for page in pages}
    if len(languages) == 1:
        _set_lang(html, languages.pop())

    head = ET.SubElement(html, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(
        head,
        "meta",
        {"http-equiv": "Content-Type", "content": "text/html;charset=utf-8"},
    )
    ET.SubElement(head, "meta", {"name": "ocr-system", "content": "Quire (Tesseract)"})
    ET.SubElement(head, "meta", {"name": "ocr-capabilities", "content": _CAPABILITIES})
    ET.SubElement(head, "meta", {"name": "ocr-number-of-pages", "content": str(len(pages))})

    body = ET.SubElement(html, "body")
    for number, page in enumerate(pages, start=1):
        _page_div(body, page, number)

    ET.indent(html, space=" ")
    # No self-closing tags: a browser reading the file as HTML would take an empty
    # <div/> or <title/> as an opening tag and swallow the rest of the page.
    markup = ET.tostring(html, encoding="unicode", short_empty_elements=False)
    return _HEADER + markup + "\n"
