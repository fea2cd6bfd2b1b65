"""OCR's confusions of digits and letters, undone before personal data is looked for.

Tesseract reads "14" as "l4", "0199" as "O199", "Gallagher" as "Gal1agher" on a worn page.
Each such character is put back one for one, so that every offset into the text read
stays an offset into the text as OCR gave it (the spans found point into the original).
"""

from __future__ import annotations

import regex

_TOKEN = regex.compile(r"[\p{L}\d]+")
# Letters OCR gives for digits, and the digit each stands for.
_AS_DIGIT = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})
_DIGIT_LOOKALIKES = frozenset("OolI")
# An ordinal's or a unit's letters after digits are letters: "1st", "2º", "3e", "10am".
_SUFFIX = regex.compile(
    r"\d(?:st|nd|rd|th|ST|ND|RD|TH|er|e|ème|º|ª|o|a|am|pm|AM|PM|km|kg|cm|mm|h)$"
)
# A "1" or "0" inside a word, a lower-case letter on one side: "Gal1agher", "Duc1os".
_DIGIT_IN_WORD = regex.compile(r"(?<=\p{L})[10]+(?=\p{L})")


def undo_ocr_confusions(text: str) -> str:
    """``text`` with letters read for digits inside numbers ("l4" -> "14", "O74 955" ->
    "074 955") and digits read for letters inside words ("Gal1agher" -> "Gallagher"), the
    same length."""
    chars = list(text)
    for token in _TOKEN.finditer(text):
        word = token.group()
        letters = [c for c in word if c.isalpha()]
        if not letters or len(word) < 2:
            continue
        has_digit = any(c.isdigit() for c in word)
        if has_digit and set(letters) <= _DIGIT_LOOKALIKES and not _SUFFIX.search(word):
            chars[token.start() : token.end()] = word.translate(_AS_DIGIT)
            continue
        if has_digit and len(letters) >= 2:
            for i, letter in _letters_for_digits(word, len(letters)):
                chars[token.start() + i] = letter
            for inside in _DIGIT_IN_WORD.finditer(word):
                before, after = word[inside.start() - 1], word[inside.end()]
                if before.islower() or after.islower():
                    for i in range(inside.start(), inside.end()):
                        chars[token.start() + i] = "l" if word[i] == "1" else "o"
    # "tél. O5 99 OO 12 34": a group of look-alikes alone between two numbers' groups
    for group in _LOOKALIKE_GROUP.finditer("".join(chars)):
        chars[group.start() : group.end()] = group.group().translate(_AS_DIGIT)
    for zero in _ZERO_BEFORE_APOSTROPHE.finditer(text):
        chars[zero.start()] = "O"  # "0'HARA"
    return "".join(chars)


def _letters_for_digits(word: str, letter_count: int) -> list[tuple[int, str]]:
    """Where in ``word`` (letters and one digit) OCR read a letter as a digit, and the
    letter: a word's first "O" ("0lafur"), an "O" among capitals ("R0JAS", "CLAR0S": four
    letters or more, so that postcodes such as "S0K" stay), an Icelandic or Spanish "ó"
    beside a small letter ("J6nsson", "n6v.")."""
    digits = [i for i, c in enumerate(word) if c.isdigit()]
    if len(digits) != 1:
        return []
    i = digits[0]
    before, after = word[i - 1] if i else "", word[i + 1] if i + 1 < len(word) else ""
    if word[i] == "0" and i == 0 and after.islower() and letter_count >= 2:
        return [(i, "O")]
    if word[i] == "0" and before.isupper() and after.isupper() and letter_count >= 4:
        return [(i, "O")]
    if (
        word[i] == "6"
        and before.isalpha()
        and after.isalpha()
        and (before.islower() or after.islower())
    ):
        return [(i, "ó")]
    return []


_LOOKALIKE_GROUP = regex.compile(r"(?<=\d[ \t])[OolI]{2,4}(?=[ \t]\d)")
_ZERO_BEFORE_APOSTROPHE = regex.compile(r"(?<![\p{L}\d])0(?=['’]\p{Lu})")
