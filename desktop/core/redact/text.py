"""Redaction of text: each personal value replaced by a token such as ``[PERSON]``, or by a
consistent pseudonym such as ``Person 1``.

Spans are character offsets into the text, as detection reports them. Text comes out in
Unicode NFC whatever came in; a span is widened to whole characters (a base letter with its
combining accents), so no stray accent of a removed name survives beside its token.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

# The kinds detection reports (desktop/core/pii), their aliases in Presidio's names, and the
# token each becomes. One token per family, so a reader sees what was there, not how it
# was found.
TOKENS: dict[str, str] = {
    "PERSON": "PERSON",
    "PHONE": "PHONE",
    "PHONE_NUMBER": "PHONE",
    "EMAIL": "EMAIL",
    "EMAIL_ADDRESS": "EMAIL",
    "ADDRESS": "ADDRESS",
    "STREET_ADDRESS": "ADDRESS",
    "ID": "ID",
    "ID_NUMBER": "ID",
    "NATIONAL_ID": "ID",
    "US_SSN": "ID",
    "UK_NINO": "ID",
    "ES_NIF": "ID",
    "ES_NIE": "ID",
    "IT_FISCAL_CODE": "ID",
    "IBAN": "ACCOUNT",
    "IBAN_CODE": "ACCOUNT",
    "ACCOUNT": "ACCOUNT",
    "US_BANK_NUMBER": "ACCOUNT",
    "CARD": "CARD",
    "CREDIT_CARD": "CARD",
    "IP": "IP",
    "IP_ADDRESS": "IP",
    "DATE_OF_BIRTH": "DATE",
    "DATE": "DATE",
    "PLACE_OF_BIRTH": "PLACE",
    "LOCATION": "PLACE",
    "PLACE": "PLACE",
}
FALLBACK_TOKEN = "REDACTED"

# The words a pseudonym is made of, per token: "Person 1", "Phone 2".
_PSEUDONYM_WORDS: dict[str, str] = {
    "PERSON": "Person",
    "PHONE": "Phone",
    "EMAIL": "Email",
    "ADDRESS": "Address",
    "ID": "ID",
    "ACCOUNT": "Account",
    "CARD": "Card",
    "IP": "IP address",
    "DATE": "Date",
    "PLACE": "Place",
    FALLBACK_TOKEN: "Redacted",
}


def token_kind(kind: str) -> str:
    """The family a detected kind belongs to: "PHONE_NUMBER" -> "PHONE"; unknown -> REDACTED."""
    return TOKENS.get(kind.strip().upper(), FALLBACK_TOKEN)


def token_for(kind: str) -> str:
    """The replacement token of a kind, e.g. ``[PERSON]``."""
    return f"[{token_kind(kind)}]"


class SpanLike(Protocol):
    """What detection's spans look like: start and end offsets and a kind."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def kind(self) -> str: ...


@dataclass(frozen=True)
class TextSpan:
    """A stretch of text to redact. ``key`` is what stands for the value when pseudonyms are
    chosen: two spans with the same key get the same pseudonym (by default the text itself,
    so "Mrs Ellison" and "Margaret Ellison" differ unless the caller gives both one key)."""

    start: int
    end: int
    kind: str
    key: str | None = None


SpanInput = SpanLike | TextSpan | tuple[int, int, str] | tuple[int, int, str, str | None]


def as_span(value: Any) -> TextSpan:
    """A TextSpan from a tuple ``(start, end, kind[, key])`` or any object with those fields."""
    if isinstance(value, TextSpan):
        return value
    if isinstance(value, tuple | list):
        if len(value) not in (3, 4):
            raise ValueError(f"A span is (start, end, kind[, key]), not {value!r}.")
        key = value[3] if len(value) == 4 else None
        return TextSpan(int(value[0]), int(value[1]), str(value[2]), key)
    return TextSpan(
        int(value.start), int(value.end), str(value.kind), getattr(value, "key", None) or None
    )


def normalise_value(value: str, kind: str = "") -> str:
    """The form of a value that decides "the same value": NFC, case-folded, spaces joined;
    for phones, cards, accounts and ID numbers only the letters and digits count."""
    text = unicodedata.normalize("NFC", value).casefold()
    if token_kind(kind) in {"PHONE", "CARD", "ACCOUNT", "ID"}:
        return "".join(ch for ch in text if ch.isalnum())
    return " ".join(text.split())


def value_hash(value: str, kind: str, salt: bytes | str) -> str:
    """A salted hash of a value (HMAC-SHA-256, hex): the same value and salt give the same
    hash, and the hash tells nothing without the salt. For ledgers and pseudonym tables."""
    key = salt.encode("utf-8") if isinstance(salt, str) else salt
    if not key:
        raise ValueError("A salt is needed: without one the hash of a name can be guessed.")
    message = f"{token_kind(kind)}\x00{normalise_value(value, kind)}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


@dataclass
class Pseudonyms:
    """Consistent pseudonyms for one project: the same value gets the same pseudonym in every
    item, numbered per kind in the order values are first met ("Person 1", "Person 2").

    ``table`` maps salted hashes of values to pseudonyms; it holds no personal data and is
    what the caller saves in the project so later runs keep the same numbering.
    """

    salt: bytes | str
    table: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.salt:
            raise ValueError("Pseudonyms need a project salt.")

    @classmethod
    def from_table(cls, salt: bytes | str, table: Mapping[str, str]) -> Pseudonyms:
        return cls(salt, dict(table))

    def pseudonym(self, value: str, kind: str) -> str:
        digest = value_hash(value, kind, self.salt)
        known = self.table.get(digest)
        if known is not None:
            return known
        family = token_kind(kind)
        word = _PSEUDONYM_WORDS.get(family, family.title())
        taken = {name for name in self.table.values() if name.startswith(word + " ")}
        number = len(taken) + 1
        while f"{word} {number}" in taken:
            number += 1
        name = f"{word} {number}"
        self.table[digest] = name
        return name


def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Clamp to the text and widen to whole characters (base letter plus its marks)."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    while start > 0 and start < len(text) and _is_mark(text[start]):
        start -= 1
    while end < len(text) and _is_mark(text[end]):
        end += 1
    return start, end


@dataclass(frozen=True)
class _Group:
    start: int
    end: int
    kind: str
    key: str | None


_JOINABLE_GAP = re.compile(r"[ \t\u00a0]*")


def merge_spans(text: str, spans: Iterable[SpanInput], join_words: bool = True) -> list[_Group]:
    """Overlapping spans become one; the kind (and key) of the longest one is kept. With
    ``join_words``, spans of one kind separated only by spaces on one line become one too,
    so "Margaret" + "Ellison" read "[PERSON]", not "[PERSON] [PERSON]"."""
    widened = []
    for raw in spans:
        span = as_span(raw)
        if span.end < span.start:
            raise ValueError(f"A span ends before it starts: {span.start}..{span.end}.")
        start, end = _widen(text, span.start, span.end)
        if end > start:
            widened.append(TextSpan(start, end, span.kind, span.key))
    widened.sort(key=lambda s: (s.start, -s.end))
    groups: list[tuple[int, int, TextSpan]] = []  # start, end, longest member
    for span in widened:
        if groups:
            start, end, longest = groups[-1]
            gap = text[end : span.start] if span.start > end else ""
            # Spans the caller keyed to different people are never joined into one.
            same_kind = token_kind(span.kind) == token_kind(longest.kind) and (
                span.key == longest.key
            )
            if span.start < end or (
                join_words and same_kind and _JOINABLE_GAP.fullmatch(gap) is not None
            ):
                if span.end - span.start > longest.end - longest.start:
                    longest = span
                groups[-1] = (start, max(end, span.end), longest)
                continue
        groups.append((span.start, span.end, span))
    return [_Group(start, end, longest.kind, longest.key) for start, end, longest in groups]


def redact_text(
    text: str,
    spans: Sequence[SpanInput],
    *,
    pseudonyms: Pseudonyms | None = None,
    join_words: bool = True,
) -> str:
    """``text`` with every span replaced: by its token (``[PERSON]``, ``[PHONE]``, ...), or,
    given ``pseudonyms``, by the value's consistent pseudonym. NFC in and out."""
    pieces: list[str] = []
    position = 0
    for group in merge_spans(text, spans, join_words):
        pieces.append(text[position : group.start])
        if pseudonyms is None:
            pieces.append(token_for(group.kind))
        else:
            # Without a key the whole merged stretch is the value ("Margaret Ellison").
            value = group.key if group.key is not None else text[group.start : group.end]
            pieces.append(pseudonyms.pseudonym(value, group.kind))
        position = group.end
    pieces.append(text[position:])
    return unicodedata.normalize("NFC", "".join(pieces))
