"""Text redaction: tokens, merged spans, NFC, and consistent pseudonyms."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import pytest

from desktop.core.redact import Pseudonyms, TextSpan, redact_text, token_for, value_hash

LETTER = (
    "Dear Mrs Ellison,\nWe have noted your telephone number, 01632 960 318, and will write "
    "to m.ellison@example.org or to 14 Harbour Street, Whitby."
)


def span_of(text: str, value: str, kind: str, occurrence: int = 0) -> tuple[int, int, str]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(value, start + 1)
    return start, start + len(value), kind


def test_each_kind_becomes_its_token() -> None:
    spans = [
        span_of(LETTER, "Ellison", "PERSON"),
        span_of(LETTER, "01632 960 318", "PHONE"),
        span_of(LETTER, "m.ellison@example.org", "EMAIL_ADDRESS"),
        span_of(LETTER, "14 Harbour Street, Whitby", "ADDRESS"),
    ]
    assert redact_text(LETTER, spans) == (
        "Dear Mrs [PERSON],\nWe have noted your telephone number, [PHONE], and will write "
        "to [EMAIL] or to [ADDRESS]."
    )


def test_tokens_for_detection_kinds_and_unknown_kinds() -> None:
    assert [token_for(k) for k in ("ID_NUMBER", "US_SSN", "IBAN", "CARD", "phone_number")] == [
        "[ID]",
        "[ID]",
        "[ACCOUNT]",
        "[CARD]",
        "[PHONE]",
    ]
    # A kind nobody mapped still hides the value; it never prints the kind's own text.
    assert token_for("SOMETHING_NEW") == "[REDACTED]"


def test_overlapping_spans_are_merged_and_keep_the_longest_kind() -> None:
    text = "Call Margaret Ellison on 01632 960 318 today."
    spans = [(5, 13, "PERSON"), (5, 21, "PERSON"), (14, 38, "PHONE"), (25, 38, "PHONE")]
    # "Ellison on 01632..." (24 characters, PHONE) overlaps the name: one token, longest kind.
    assert redact_text(text, spans) == "Call [PHONE] today."
    assert redact_text(text, [(5, 21, "PERSON"), (25, 38, "PHONE")]) == (
        "Call [PERSON] on [PHONE] today."
    )


def test_words_of_one_value_become_one_token_but_lines_stay_apart() -> None:
    text = "Mrs Margaret Ellison\nEllison family"
    spans = [(4, 12, "PERSON"), (13, 20, "PERSON"), (21, 28, "PERSON")]
    assert redact_text(text, spans) == "Mrs [PERSON]\n[PERSON] family"
    assert redact_text(text, spans, join_words=False) == "Mrs [PERSON] [PERSON]\n[PERSON] family"


def test_span_objects_from_detection_are_accepted() -> None:
    @dataclass
    class Found:  # the shape of desktop.core.pii's spans
        start: int
        end: int
        kind: str
        score: float
        detector: str

    text = "Étienne Laborde, 12 rue des Tanneurs"
    found = [Found(0, 15, "PERSON", 0.9, "ner"), Found(17, 36, "ADDRESS", 1.0, "street")]
    assert redact_text(text, found) == "[PERSON], [ADDRESS]"


def test_decomposed_accents_never_survive_beside_a_token() -> None:
    # "Étienne" typed with a combining accent: E + U+0301. A span that starts on the accent
    # or ends before one is widened to whole characters; the output is NFC.
    text = unicodedata.normalize("NFD", "Cher Étienne Labordé, merci.")
    start = text.index("E") + 1  # on the combining mark
    end = text.index(",") - 1  # before the final combining mark of "Labordé"
    redacted = redact_text(text, [(start, end, "PERSON")])
    assert redacted == "Cher [PERSON], merci."
    assert unicodedata.is_normalized("NFC", redacted)
    assert redact_text(unicodedata.normalize("NFD", "Café Ó"), []) == "Café Ó"


def test_bad_spans_are_refused_and_spans_beyond_the_text_are_clamped() -> None:
    with pytest.raises(ValueError):
        redact_text("abc", [(2, 1, "PERSON")])
    with pytest.raises(ValueError):
        redact_text("abc", [(0, 1)])  # type: ignore[list-item]
    assert redact_text("Ann", [(0, 99, "PERSON")]) == "[PERSON]"


def test_pseudonyms_are_consistent_across_items_and_numbered_per_kind() -> None:
    names = Pseudonyms(salt="project-salt-1")
    first = redact_text(
        "Margaret Ellison wrote to Robert Haines.",
        [(0, 16, "PERSON"), (26, 39, "PERSON")],
        pseudonyms=names,
    )
    second = redact_text(
        "ROBERT  HAINES phoned 01632 960 184; margaret ellison too.",
        [(0, 14, "PERSON"), (22, 35, "PHONE"), (37, 53, "PERSON")],
        pseudonyms=names,
    )
    assert first == "Person 1 wrote to Person 2."
    assert second == "Person 2 phoned Phone 1; Person 1 too."
    # The table holds salted hashes only: no name in it, and it restores the numbering.
    assert not any("ellison" in key.lower() for key in names.table)
    again = Pseudonyms.from_table("project-salt-1", names.table)
    assert redact_text("Dear Mr Haines", [(8, 14, "PERSON")], pseudonyms=again) == (
        "Dear Mr Person 3"
    )
    assert again.pseudonym("Robert Haines", "PERSON") == "Person 2"


def test_a_key_joins_different_spellings_of_one_person() -> None:
    names = Pseudonyms(salt=b"s")
    text = "Mrs Ellison and Margaret Ellison"
    spans = [
        TextSpan(4, 11, "PERSON", key="margaret ellison"),
        TextSpan(16, 32, "PERSON", key="margaret ellison"),
    ]
    assert redact_text(text, spans, pseudonyms=names) == "Mrs Person 1 and Person 1"


def test_phone_numbers_are_the_same_value_whatever_their_spacing() -> None:
    assert value_hash("01632 960 318", "PHONE", "s") == value_hash("01632-960318", "PHONE", "s")
    assert value_hash("01632 960 318", "PHONE", "s") != value_hash("01632 960 318", "PHONE", "t")
    assert value_hash("Guðrún", "PERSON", "s") == value_hash("GUÐRÚN", "PERSON", "s")
    with pytest.raises(ValueError):
        value_hash("Guðrún", "PERSON", "")


def test_neighbouring_spans_keyed_to_different_people_stay_apart() -> None:
    names = Pseudonyms(salt=b"s")
    text = "Witnesses: Ellison Haines"
    spans = [TextSpan(11, 18, "PERSON", "margaret ellison"), TextSpan(19, 25, "PERSON", "haines")]
    assert redact_text(text, spans, pseudonyms=names) == "Witnesses: Person 1 Person 2"
