"""Where each recognised word lies in a page's text, before and after a person corrects it.

The proofreading view shows a page's text beside its image. To link the two it needs each
OCR word's character span: in the machine text (``word_spans``), in a correction saved
earlier (``align_words``), and while the text is being edited (``text_change`` and
``shift_spans``). Corrections are kept apart from the machine words, which never change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from .exports.text import group_words
from .model import OcrWord

Span = tuple[int, int]  # start, end: text[start:end] is the word

_TOKEN = re.compile(r"\S+")


def word_spans(words: Sequence[OcrWord]) -> tuple[str, list[Span]]:
    """The page's machine text, exactly as ``page_plain_text`` builds it, and each word's
    span in it, in the order of ``words``.

    A word with no visible text is not in the text: it gets an empty span where it would
    have been.
    """
    pieces: list[str] = []
    length = 0
    flat_spans: list[Span] = []
    for block_number, block in enumerate(group_words(words)):
        for paragraph_number, paragraph in enumerate(block):
            if block_number or paragraph_number:
                pieces.append("\n\n")
                length += 2
            for line_number, line in enumerate(paragraph):
                if line_number:
                    pieces.append("\n")
                    length += 1
                for word_number, word in enumerate(line):
                    if word_number:
                        pieces.append(" ")
                        length += 1
                    pieces.append(word.text)
                    flat_spans.append((length, length + len(word.text)))
                    length += len(word.text)
    # group_words keeps the visible words in their order, so they pair up one to one.
    visible = iter(flat_spans)
    spans: list[Span] = []
    for word in words:
        if word.text.strip():
            spans.append(next(visible))
        else:
            at = spans[-1][1] if spans else 0
            spans.append((at, at))
    return "".join(pieces), spans


def tokens(text: str) -> list[tuple[str, Span]]:
    """The whitespace-separated tokens of ``text`` with their spans."""
    return [(match.group(), match.span()) for match in _TOKEN.finditer(text)]


def align_words(words: Sequence[OcrWord], text: str) -> list[Span | None]:
    """Each OCR word's span in ``text``, a corrected version of the page's machine text.

    Words are matched by difflib over whole tokens. A word left as it was keeps its span; a
    word replaced one for one gets its replacement's span, and a word split in several (for
    instance "tothe" -> "to the") the span of all its pieces. A deleted word, and words
    merged or rewritten several for several, get None.
    """
    visible = [index for index, word in enumerate(words) if word.text.strip()]
    machine = [words[index].text.strip() for index in visible]
    corrected = tokens(text)
    spans: list[Span | None] = [None] * len(words)
    matcher = SequenceMatcher(None, machine, [token for token, _ in corrected], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            for offset in range(i2 - i1):
                spans[visible[i1 + offset]] = corrected[j1 + offset][1]
        elif tag == "replace" and i2 - i1 == 1:
            spans[visible[i1]] = (corrected[j1][1][0], corrected[j2 - 1][1][1])
    return spans


def text_change(old: str, new: str) -> tuple[int, int, str]:
    """The single edit that turns ``old`` into ``new``: (position, characters removed,
    text inserted), found by trimming what the two share at both ends.

    Qt's own report of an edit can cover far more than what changed (the whole document,
    after some undo steps); comparing the texts is exact and cheap at page size.
    """
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[-1 - end] == new[-1 - end]:
        end += 1
    return start, len(old) - start - end, new[start : len(new) - end]


def shift_spans(
    spans: Sequence[Span | None], position: int, removed: int, inserted: str
) -> list[Span | None]:
    """Spans after replacing ``removed`` characters at ``position`` with ``inserted``.

    Spans after the edit move; a span the edit falls within grows or shrinks (typing at a
    word's very start or end, without a space, also grows it); a span the edit covers
    whole, or shrinks to nothing, is lost (None); a span the edit cuts into keeps what is
    left of it.
    """
    delta = len(inserted) - removed
    stop = position + removed  # end of the replaced stretch in the old text
    joins = removed == 0 and bool(inserted) and not any(c.isspace() for c in inserted)
    result: list[Span | None] = []
    for span in spans:
        if span is None:
            result.append(None)
            continue
        start, end = span
        if end < position or (end == position and not joins):
            new: Span | None = span  # the edit is after the word
        elif start > stop or (start == stop and not (joins and start == position)):
            new = (start + delta, end + delta)  # the edit is before the word
        elif start <= position and stop <= end:
            new = (start, end + delta)  # within the word, or touching its start or end
        elif position <= start and end <= stop:
            new = None  # the edit covers the whole word
        elif position < start:
            new = (position + len(inserted), end + delta)  # its beginning is cut off
        else:
            new = (start, position)  # its end is cut off
        result.append(new if new is None or new[1] > new[0] else None)
    return result
