"""Redaction of a transcript's words, to go with the redacted recording: every word heard
inside a redacted time span is replaced by its token, so subtitles and word-timed exports
say ``[PERSON]`` where the recording beeps."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from ..model import Segment, TimedWord
from .text import token_for

# (start_s, end_s), (start_s, end_s, kind) or (start_s, end_s, kind, replacement): the
# replacement (a pseudonym such as "Person 2") stands for the words instead of the token.
TimeSpan = tuple[float, float] | tuple[float, float, str] | tuple[float, float, str, str]


def _replacement(span: TimeSpan) -> str:
    if len(span) == 4:
        return str(span[3])
    return token_for(str(span[2]) if len(span) >= 3 else "")


def _kind_at(word: TimedWord, spans: Sequence[TimeSpan]) -> int | None:
    """The index of the span that overlaps the word longest, if any overlaps it at all."""
    best, best_overlap = None, 0.0
    for index, span in enumerate(spans):
        overlap = min(word.end, float(span[1])) - max(word.start, float(span[0]))
        # A word of no duration (some recognisers give them) counts when it lies inside.
        inside = word.end == word.start and span[0] <= word.start <= span[1]
        if overlap > best_overlap or (inside and best is None):
            best, best_overlap = index, max(overlap, 0.0)
    return best


def redact_segments(segments: Sequence[Segment], spans: Sequence[TimeSpan]) -> list[Segment]:
    """Copies of ``segments`` in which the words inside ``spans`` (``(start_s, end_s[, kind[,
    replacement]])``, unpadded: the words' own times) are replaced, one token (or the span's
    replacement) per run of words in one span,
    and each segment's text is rebuilt from its words. A segment without word timings is
    replaced whole by a token if any span touches it, since nothing finer is known."""
    redacted = []
    for segment in segments:
        if not segment.words:
            hit = [s for s in spans if min(segment.end, s[1]) > max(segment.start, s[0])]
            if hit:
                segment = replace(segment, text=_replacement(hit[0]))
            redacted.append(segment)
            continue
        words: list[TimedWord] = []
        previous: int | None = None
        for word in segment.words:
            index = _kind_at(word, spans)
            if index is None:
                words.append(word)
                previous = None
                continue
            span = spans[index]
            token = _replacement(span)
            # Punctuation after the value stays, so the sentence still reads.
            trailing = word.text[len(word.text.rstrip(".,;:!?")) :]
            if previous == index:  # the same value goes on: widen its token
                last = words[-1]
                words[-1] = replace(last, text=token + trailing, end=max(last.end, word.end))
                continue
            words.append(replace(word, text=token + trailing))
            previous = index
        text = unicodedata.normalize("NFC", " ".join(w.text for w in words))
        redacted.append(replace(segment, text=text, words=words))
    return redacted
