"""Error rates used by the tests, on whitespace-normalised text."""

from __future__ import annotations

import re
import string

import jiwer


def normalise_words(text: str) -> str:
    text = text.lower().replace("’", "'")
    text = text.translate(str.maketrans("", "", string.punctuation))
    return " ".join(text.split())


def cer(reference: str, hypothesis: str) -> float:
    return float(jiwer.cer(" ".join(reference.split()), " ".join(hypothesis.split())))


def wer(reference: str, hypothesis: str) -> float:
    return float(jiwer.wer(normalise_words(reference), normalise_words(hypothesis)))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
