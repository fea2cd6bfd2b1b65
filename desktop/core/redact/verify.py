"""Verification: read the redacted page or listen to the redacted recording again, and report
every confirmed value that can still be found.

Values are compared loosely, so that a partial redaction cannot hide behind a small
difference: case-folded, without diacritics (ð as d, ø as o, æ as ae), punctuation ignored,
word by word with one typing error allowed in long words; numbers (phones, IDs, cards) by
their digits alone, whatever spaces, dots or dashes separate them, also when spoken as
English digit words ("oh one six three two").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image

from ..progress import CancelToken
from .common import RedactionError

_LETTERS = str.maketrans(
    {"ð": "d", "đ": "d", "þ": "th", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "ı": "i"}
)
_TOKEN = re.compile(r"\w+", re.UNICODE)
_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_MIN_NUMBER_DIGITS = 4


def normalise(text: str) -> str:
    """Case-folded, without diacritics, special letters spelled out in Latin."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("M"))
    return text.translate(_LETTERS)


def tokens(text: str) -> list[str]:
    return [t.replace("_", "") for t in _TOKEN.findall(normalise(text)) if t.strip("_")]


def is_number(value: str) -> bool:
    """A value compared by its digits: mostly digits, at least four of them."""
    alnum = [ch for ch in value if ch.isalnum()]
    digits = [ch for ch in alnum if ch.isdigit()]
    return len(digits) >= _MIN_NUMBER_DIGITS and len(digits) >= 0.6 * len(alnum)


def _close(a: str, b: str) -> bool:
    """Equal, or one edit apart when both are six letters or longer."""
    if a == b:
        return True
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 1:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1] <= 1


@dataclass(frozen=True)
class Leak:
    """A confirmed value still found: which one (its index in the values given), what was
    read, and where (pixel box, or seconds)."""

    index: int
    value: str
    found: str
    where: tuple[float, ...]


@dataclass
class Verification:
    """The result of reading a redacted file again. ``unit`` says what ``Leak.where`` holds:
    "px" (left, top, width, height on the page), "s" (start, end in seconds) or "page"
    (first and last page, from 1)."""

    path: Path
    engine: str
    checked: int
    leaks: list[Leak] = field(default_factory=list)
    unit: str = "px"

    @property
    def ok(self) -> bool:
        return not self.leaks

    def _place(self, leak: Leak) -> str:
        if self.unit == "s":
            return f"{leak.where[0]:.1f}-{leak.where[1]:.1f} s"
        if self.unit == "page":
            return f"page {leak.where[0]:.0f}"
        left, top, width, height = leak.where
        return f"box at {left:.0f},{top:.0f} size {width:.0f}x{height:.0f}"

    def raise_if_leaks(self) -> None:
        """A loud failure naming the file and the places, not the values themselves (the
        message may end up in a log)."""
        if self.ok:
            return
        places = "; ".join(self._place(leak) for leak in self.leaks[:5])
        verb = "heard" if self.unit == "s" else "read"
        raise RedactionError(
            f"Redaction failed for {self.path.name}: {len(self.leaks)} of the "
            f"{self.checked} confirmed values can still be {verb} ({places}).",
            "Add a box or time span over what remains, or widen the margin, then redact again. "
            "The file has not been passed for export.",
        )


@dataclass(frozen=True)
class _Unit:
    """One recognised word: its tokens, its digit form, and its place."""

    text: str
    where: tuple[float, ...]


def _find(values: Sequence[str], units: Sequence[_Unit]) -> list[Leak]:
    leaks: list[Leak] = []
    unit_tokens = [tokens(u.text) for u in units]
    flat: list[tuple[str, int]] = [(t, i) for i, ts in enumerate(unit_tokens) for t in ts]
    words = [t for t, _ in flat]
    # Runs of words that hold digits (or spoken digits), joined: "01632 960 318" -> digits.
    runs: list[tuple[str, list[int]]] = []
    digits, members = "", []
    for token, unit in flat:
        spoken = _DIGIT_WORDS.get(token)
        piece = spoken if spoken is not None else "".join(ch for ch in token if ch.isdigit())
        if piece and (spoken is not None or any(ch.isdigit() for ch in token)):
            digits += piece
            members.append(unit)
        else:
            if digits:
                runs.append((digits, members))
            digits, members = "", []
    if digits:
        runs.append((digits, members))
    for index, value in enumerate(values):
        if is_number(value):
            wanted = "".join(ch for ch in value if ch.isdigit())
            for run, run_units in runs:
                if wanted in run:
                    found = " ".join(units[i].text for i in dict.fromkeys(run_units))
                    leaks.append(Leak(index, value, found, _span(units, run_units)))
                    break
            continue
        wanted_tokens = tokens(value)
        if not wanted_tokens:
            continue
        size = len(wanted_tokens)
        for start in range(len(words) - size + 1):
            if all(_close(w, words[start + k]) for k, w in enumerate(wanted_tokens)):
                hit = [flat[start + k][1] for k in range(size)]
                found = " ".join(units[i].text for i in dict.fromkeys(hit))
                leaks.append(Leak(index, value, found, _span(units, hit)))
                break
    return leaks


def _span(units: Sequence[_Unit], indices: Sequence[int]) -> tuple[float, ...]:
    places = [units[i].where for i in dict.fromkeys(indices)]
    if len(places[0]) == 2:  # times: (start, end)
        return (min(p[0] for p in places), max(p[1] for p in places))
    left = min(p[0] for p in places)
    top = min(p[1] for p in places)
    right = max(p[0] + p[2] for p in places)
    bottom = max(p[1] + p[3] for p in places)
    return (left, top, right - left, bottom - top)


def find_values(values: Sequence[str], words: Sequence[Any]) -> list[Leak]:
    """The values found among recognised words (``OcrWord`` or ``TimedWord``), in order."""
    units = [
        _Unit(w.text, (float(w.start), float(w.end)))
        if hasattr(w, "start")
        else _Unit(w.text, (float(w.left), float(w.top), float(w.width), float(w.height)))
        for w in words
    ]
    return _find(values, units)


def verify_image(
    path: Path,
    values: Sequence[str],
    languages: str,
    *,
    dpi: float | None = None,
    timeout: float = 300.0,
    cancel: CancelToken | None = None,
) -> Verification:
    """OCR the redacted page image with Tesseract and report each value still readable."""
    from ..ocr.tesseract import check_languages, recognise, tesseract_version

    check_languages(languages)
    if dpi is None:
        with Image.open(path) as image:
            recorded = image.info.get("dpi")
            dpi = float(recorded[0]) if isinstance(recorded, tuple) and recorded[0] > 1 else 300.0
    cancel = cancel or CancelToken()
    words = recognise(path, languages, dpi=dpi, timeout=timeout, cancel=cancel)
    leaks = find_values(values, words)
    # A page can read differently as one column; a second pass (sparse text) catches words
    # the layout analysis dropped near the boxes.
    if not leaks:
        sparse = recognise(path, languages, dpi=dpi, timeout=timeout, cancel=cancel, psm=11)
        leaks = find_values(values, sparse)
    return Verification(path, tesseract_version(), len(values), leaks)


def verify_audio(
    path: Path,
    values: Sequence[str],
    language: str | None,
    *,
    model: Any = None,
    prime: bool = True,
    cancel: CancelToken | None = None,
) -> Verification:
    """Transcribe the redacted recording with Quire's speech recogniser and report each
    value still heard. ``model`` is a loaded ``LoadedModel`` (one is loaded if not given:
    pass one when verifying many files). With ``prime`` the values are given to Whisper as
    words to expect, so a trace of them is more likely to be recognised, not less."""
    from ..asr.languages import whisper_language
    from ..asr.models import resolve_model
    from ..asr.transcribe import LoadedModel, decode, transcribe_track

    cancel = cancel or CancelToken()
    if model is None:
        name, folder = resolve_model(None)
        model = LoadedModel(name, folder, "cpu")
    hotwords = ", ".join(v for v in values if not is_number(v)) if prime else ""
    words = []
    for speaker, audio in decode(path, split_channels=False):
        for segment in transcribe_track(
            model,
            audio,
            offset=0.0,
            language=whisper_language(language),
            hotwords=hotwords or None,
            speaker=speaker,
            beam_size=5,
            previous=None,
            cancel=cancel,
        ):
            words.extend(segment.words)
    leaks = find_values(values, words)
    return Verification(path, f"whisper {model.name}", len(values), leaks, unit="s")


def verify_pdf(path: Path, values: Sequence[str]) -> Verification:
    """Read every page's text out of a PDF (what selecting and copying gives, hidden layers
    included) and report each value found; ``Leak.where`` is (page, page)."""
    import pypdfium2 as pdfium

    units: list[_Unit] = []
    document = pdfium.PdfDocument(str(path))
    try:
        for number in range(len(document)):
            page = document[number]
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            units += [_Unit(word, (number + 1, number + 1)) for word in text.split()]
            textpage.close()
            page.close()
    finally:
        document.close()
    return Verification(path, "pdf text", len(values), _find(values, units), unit="page")
