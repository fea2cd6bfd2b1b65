"""Word spans in machine and corrected text, with real Tesseract words from crom.png."""

from __future__ import annotations

import dataclasses
import os
import subprocess
from pathlib import Path

import pytest

from desktop.core.correction import align_words, shift_spans, text_change, word_spans
from desktop.core.exports import page_plain_text
from desktop.core.model import OcrWord
from desktop.core.ocr.tesseract import parse_tsv

CROM = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "scans" / "crom.png"


@pytest.fixture(scope="module")
def crom_words() -> list[OcrWord]:
    tsv = subprocess.run(
        ["tesseract", str(CROM), "stdout", "-l", "eng", "tsv"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    ).stdout
    words = parse_tsv(tsv)
    assert [w.text for w in words] == ["Covfefe", "is", "a", "perfectly", "cromulent", "word."]
    return words


def _laid_out(words: list[OcrWord]) -> list[OcrWord]:
    """The same words spread over two blocks, two paragraphs and two lines, plus an empty
    word, so that every kind of separator occurs."""
    places = [(1, 1, 1), (1, 1, 1), (1, 1, 2), (1, 2, 1), (2, 1, 1), (2, 1, 1)]
    laid = [
        dataclasses.replace(word, block=b, paragraph=p, line=line)
        for word, (b, p, line) in zip(words, places, strict=True)
    ]
    laid.insert(3, dataclasses.replace(words[0], text=" ", block=1, paragraph=1, line=2))
    return laid


def test_word_spans_rebuild_the_machine_text(crom_words: list[OcrWord]) -> None:
    text, spans = word_spans(crom_words)
    assert text == page_plain_text(crom_words) == "Covfefe is a perfectly cromulent word."
    assert [text[start:end] for start, end in spans] == [w.text for w in crom_words]


def test_word_spans_across_lines_paragraphs_and_blocks(crom_words: list[OcrWord]) -> None:
    words = _laid_out(crom_words)
    text, spans = word_spans(words)
    assert text == page_plain_text(words) == "Covfefe is\na\n\nperfectly\n\ncromulent word."
    assert [text[start:end] for start, end in spans] == [
        "Covfefe",
        "is",
        "a",
        "",
        "perfectly",
        "cromulent",
        "word.",
    ]


def test_word_spans_of_no_words() -> None:
    assert word_spans([]) == ("", [])


def test_align_keeps_unchanged_words_and_follows_replacements(crom_words: list[OcrWord]) -> None:
    corrected = "Covfefe is a perfectly  cromulant word!\n"
    spans = align_words(crom_words, corrected)
    assert [corrected[s[0] : s[1]] if s else None for s in spans] == [
        "Covfefe",
        "is",
        "a",
        "perfectly",
        "cromulant",
        "word!",
    ]


def test_align_drops_deleted_words_and_follows_split_ones(crom_words: list[OcrWord]) -> None:
    corrected = "Covfefe, they said, is a cromulent word."
    spans = align_words(crom_words, corrected)
    assert [corrected[s[0] : s[1]] if s else None for s in spans] == [
        "Covfefe, they said,",  # one word became three: the span covers them all
        "is",
        "a",
        None,  # "perfectly" was deleted
        "cromulent",
        "word.",
    ]


def test_align_of_the_machine_text_is_word_spans(crom_words: list[OcrWord]) -> None:
    words = _laid_out(crom_words)
    text, spans = word_spans(words)
    aligned = align_words(words, text)
    assert [s for s, w in zip(aligned, words, strict=True) if w.text.strip()] == [
        s for s, w in zip(spans, words, strict=True) if w.text.strip()
    ]
    assert aligned[3] is None  # the empty word is nowhere


def test_align_several_for_several_is_unknown(crom_words: list[OcrWord]) -> None:
    corrected = "Covfefe is a perfectlycromulent word."
    spans = align_words(crom_words, corrected)
    assert spans[3] is None and spans[4] is None
    assert spans[5] == (corrected.index("word."), len(corrected))


@pytest.mark.parametrize(
    ("old", "new", "change"),
    [
        ("abc", "abc", (3, 0, "")),
        ("a wrd b", "a word b", (3, 0, "o")),
        ("a word b", "a wrd b", (3, 1, "")),
        ("a cat b", "a dog b", (2, 3, "dog")),
        ("", "text", (0, 0, "text")),
        ("text", "", (0, 4, "")),
        ("the cat", "the  cat", (4, 0, " ")),
    ],
)
def test_text_change(old: str, new: str, change: tuple[int, int, str]) -> None:
    assert text_change(old, new) == change
    position, removed, inserted = change
    assert old[:position] + inserted + old[position + removed :] == new


def _apply(text: str, spans: list[tuple[int, int] | None], old: str, new: str) -> list[str | None]:
    """Replace the first ``old`` with ``new`` and follow the spans through the edit, as the
    proofreading view does; the words the spans then hold."""
    edited = text.replace(old, new, 1)
    shifted = shift_spans(spans, *text_change(text, edited))
    return [edited[s[0] : s[1]] if s else None for s in shifted]


def test_shift_spans_through_edits(crom_words: list[OcrWord]) -> None:
    text, spans = word_spans(crom_words)
    s: list[tuple[int, int] | None] = list(spans)
    words = ["Covfefe", "is", "a", "perfectly", "cromulent", "word."]
    # Correct inside a word: it grows or shrinks, later words move.
    assert _apply(text, s, "crom", "chrom") == [*words[:4], "chromulent", "word."]
    assert _apply(text, s, "fefe", "fee") == ["Covfee", *words[1:]]
    # Replace a whole word.
    assert _apply(text, s, "perfectly", "wholly") == [*words[:3], "wholly", *words[4:]]
    # Type at a word's end or start: it grows; a space does not join.
    assert _apply(text, s, "is a", "isn't a") == ["Covfefe", "isn't", *words[2:]]
    assert _apply(text, s, " a ", " ta ") == [*words[:2], "ta", *words[3:]]
    assert _apply(text, s, "is a", "is  a") == words
    # Delete a word and its space: gone.
    assert _apply(text, s, "perfectly ", "") == [*words[:3], None, *words[4:]]
    assert _apply(text, s, "perfectly", "") == [*words[:3], None, *words[4:]]
    # Cut across two words: each keeps what is left of it.
    assert _apply(text, s, "ctly crom", "-") == [*words[:3], "perfe", "ulent", "word."]
    # An edit elsewhere leaves the words alone.
    assert _apply(text, s, " ", "  ") == words
