"""Exports of OCR pages and transcripts: plain text, hOCR, ALTO, searchable PDF, subtitles.

Plain Python: no Qt, so the CLI and the tests use the same code as the desktop app.
"""

from .alto import document_alto
from .hocr import document_hocr
from .pdf import write_searchable_pdf
from .subtitles import transcript_json, transcript_srt, transcript_vtt
from .text import document_plain_text, page_plain_text, transcript_plain_text

__all__ = [
    "document_alto",
    "document_hocr",
    "document_plain_text",
    "page_plain_text",
    "transcript_json",
    "transcript_plain_text",
    "transcript_srt",
    "transcript_vtt",
    "write_searchable_pdf",
]
