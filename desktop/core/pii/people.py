"""Finding the people a project knows in any text, as OCR and transcription wrote them.

A name is compared word by word with the words of the text after both are folded the
same way: case folded, accents and other marks removed (NFKD), Icelandic and other
letters spelled out (ð -> d, þ -> th, æ -> ae, ß -> ss), a word hyphenated over a line
break joined again, and line breaks read as spaces. Each word may differ from the name's
by a few letters (the OCR errors): none for words of up to four letters, one up to eight,
two beyond.

The whole name found scores 0.9; one word of it alone (a surname, "Mrs Ellison"; a first
name, "Kæra Guðrún") scores 0.6 when the word in the text is capitalised.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex
from rapidfuzz.distance import Levenshtein

from .engine import Span
from .recognizers import PERSON

_SPELLED = {"ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ø": "o", "ß": "ss", "ł": "l", "đ": "d"}
_HYPHEN_BREAK = regex.compile(r"(?<=\p{L})[-\u00ad¬][ \t]*\r?\n[ \t]*(?=\p{L})")
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")
_MIN_PART = 4  # one word of a name is looked for alone only from this many letters


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` folded for comparison, and for each folded character the index in ``text``
    of the character it came from."""
    skip: set[int] = set()
    for match in _HYPHEN_BREAK.finditer(text):
        skip.update(range(match.start(), match.end()))
    out: list[str] = []
    origin: list[int] = []
    last_space = True
    for index, char in enumerate(text):
        if index in skip:
            continue
        if char.isspace():
            if not last_space:
                out.append(" ")
                origin.append(index)
            last_space = True
            continue
        last_space = False
        lowered = char.casefold()
        for piece in lowered:
            piece = _SPELLED.get(piece, piece)
            for part in unicodedata.normalize("NFKD", piece):
                if not unicodedata.combining(part):
                    out.append(part)
                    origin.append(index)
    return "".join(out), origin


def _allowed(word: str) -> int:
    if len(word) <= 4:
        return 0
    if len(word) <= 8:
        return 1
    return 2


@dataclass(frozen=True)
class _Word:
    folded: str
    start: int  # in the original text
    end: int
    capitalised: bool


def _words(text: str) -> list[_Word]:
    folded, origin = fold(text)
    words = []
    for match in _WORD.finditer(folded):
        pieces = [(match.start(), match.end())]
        cut = regex.search(r"['’]", match.group())
        if cut and cut.start() >= 3 and len(match.group()) - cut.end() >= 3:
            # Two words OCR glued with a speck ("Zubizarreta'andrea"); "O'Brien",
            # "d'Arc" and "John's" stay whole.
            at = match.start() + cut.start()
            pieces = [(match.start(), at), (at + 1, match.end())]
        for piece_start, piece_end in pieces:
            start = origin[piece_start]
            end = origin[piece_end - 1] + 1
            words.append(_Word(folded[piece_start:piece_end], start, end, text[start].isupper()))
    return words


def _close(a: str, b: str) -> bool:
    limit = _allowed(b)
    if abs(len(a) - len(b)) > limit:
        return False
    return bool(Levenshtein.distance(a, b, score_cutoff=limit) <= limit)


class NameFinder:
    """Finds each of ``names`` in texts; build it once for many texts."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names: list[list[str]] = []
        seen = set()
        for name in names:
            parts = [w.folded for w in _words(name)]
            key = " ".join(parts)
            if parts and key not in seen:
                seen.add(key)
                self.names.append(parts)
        self.parts = sorted({p for parts in self.names for p in parts if len(p) >= _MIN_PART})

    def find(self, text: str) -> list[Span]:
        words = _words(text)
        spans: list[Span] = []
        for parts in self.names:
            size = len(parts)
            for index in range(len(words) - size + 1):
                window = words[index : index + size]
                if all(_close(w.folded, p) for w, p in zip(window, parts, strict=True)):
                    spans.append(Span(window[0].start, window[-1].end, PERSON, 0.9, "known-person"))
        for word in words:
            if word.capitalised and any(_close(word.folded, part) for part in self.parts):
                spans.append(Span(word.start, word.end, PERSON, 0.6, "known-person"))
        return spans


def find_names(text: str, names: Sequence[str]) -> list[Span]:
    """Each place ``text`` mentions one of ``names`` (whole, or one long word of it)."""
    return NameFinder(names).find(text)
