"""OCR's digit-for-letter confusions are undone before personal data is looked for."""

from __future__ import annotations

import pytest

from desktop.core.pii import detect
from desktop.core.pii.ocr_confusions import undo_ocr_confusions


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("of l4 Church Street", "of 14 Church Street"),
        ("ring O74 955 0123", "ring 074 955 0123"),
        ("Mrs Gal1agher, Duc1os, examp1e.com", "Mrs Gallagher, Duclos, example.com"),
        ("33OOO Bordeaux, tél. O5 99 OO 12 34", "33000 Bordeaux, tél. 05 99 00 12 34"),
        ("kt. l2O356-23l9", "kt. 120356-2319"),
        ("0lafur J6nsson, 2. n6v. 1909", "Olafur Jónsson, 2. nóv. 1909"),
        ("R0JAS VILLARR0EL, Juana; C0NDORI", "ROJAS VILLARROEL, Juana; CONDORI"),
        ("3302  0'HARA, Bridget", "3302  O'HARA, Bridget"),
    ],
)
def test_confusions_are_undone(read: str, meant: str) -> None:
    assert undo_ocr_confusions(read) == meant


@pytest.mark.parametrize(
    "text",
    [
        "S0K 3R0, B0E 1P0, D06 X2K7, V6M 1Z3",  # postcodes with zeros between capitals
        "the 1st, 2nd and 3rd, at 10am, 2º piso, 1er étage",
        "IO, Ol and Emai1:",  # no digit to be read, or a digit at a word's end
        "SW1A 1AA, EC1A 1BB, the A6 and the M6, the 6th",
    ],
)
def test_what_ocr_read_right_stays(text: str) -> None:
    assert undo_ocr_confusions(text) == text


def test_personal_data_is_found_through_the_confusions_at_the_original_offsets() -> None:
    text = "Mr Thomas Ga1lagher, of l4 Church Street, Ardara. P1ease ring O74 955 0123."
    spans = detect(text, "eng")
    values = {(text[s.start : s.end], s.kind) for s in spans}
    assert ("Thomas Ga1lagher", "PERSON") in values
    assert ("O74 955 0123", "PHONE") in values
    assert any(k == "ADDRESS" and v.startswith("l4 Church Street") for v, k in values)
