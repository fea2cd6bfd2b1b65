"""Redaction primitives: pure functions over plain inputs (char spans, pixel boxes, time
spans) that the rest of the pipeline calls. Originals are only ever read; every result is a
new file written atomically.

- ``redact_text``: tokens (``[PERSON]``) or consistent pseudonyms (``Person 1``).
- ``redact_image`` / ``redact_page_to_pdf``: black boxes burned into a PNG, and a searchable
  PDF whose hidden text is the redacted text.
- ``redact_audio``: padded spans replaced by a 1 kHz tone or silence in a new FLAC;
  ``redact_segments``: the transcript's words in those spans replaced by tokens.
- ``metadata_of`` / ``strip_metadata``: personal metadata found, and clean copies.
- ``verify_image`` / ``verify_audio`` / ``verify_pdf``: OCR, transcribe or read the text of
  the result again; leaks reported.
"""

from __future__ import annotations

from .audio import AudioRedaction, redact_audio
from .common import Box, RedactionError
from .image import (
    ImageRedaction,
    RedactedPage,
    default_margin,
    redact_image,
    redact_page_to_pdf,
    redact_words,
    write_redacted_pdf,
)
from .metadata import is_clean, metadata_of, strip_metadata
from .text import Pseudonyms, TextSpan, redact_text, token_for, value_hash
from .transcript import redact_segments
from .verify import Leak, Verification, find_values, verify_audio, verify_image, verify_pdf

__all__ = [
    "AudioRedaction",
    "Box",
    "ImageRedaction",
    "Leak",
    "Pseudonyms",
    "RedactedPage",
    "RedactionError",
    "TextSpan",
    "Verification",
    "default_margin",
    "find_values",
    "is_clean",
    "metadata_of",
    "redact_audio",
    "redact_image",
    "redact_page_to_pdf",
    "redact_segments",
    "redact_text",
    "redact_words",
    "strip_metadata",
    "token_for",
    "value_hash",
    "verify_audio",
    "verify_image",
    "verify_pdf",
    "write_redacted_pdf",
]
