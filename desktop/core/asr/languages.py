"""Tesseract's language codes (ISO 639-2/T, mostly) against Whisper's (ISO 639-1)."""

from __future__ import annotations

TESSERACT_TO_WHISPER = {
    "eng": "en", "fra": "fr", "deu": "de", "spa": "es", "eus": "eu", "cat": "ca",
    "glg": "gl", "ita": "it", "por": "pt", "nld": "nl", "isl": "is", "cym": "cy",
    "bre": "br", "dan": "da", "nor": "no", "swe": "sv", "fin": "fi", "est": "et",
    "pol": "pl", "ces": "cs", "hun": "hu", "ron": "ro", "rus": "ru", "ukr": "uk",
    "ell": "el", "tur": "tr", "ara": "ar", "heb": "he", "hin": "hi", "jpn": "ja",
    "kor": "ko", "chi_sim": "zh", "chi_tra": "zh", "lit": "lt", "lav": "lv",
    "slk": "sk", "slv": "sl", "hrv": "hr", "srp": "sr", "bul": "bg", "mlt": "mt",
    "ltz": "lb", "oci": "oc", "gle": None, "gla": None, "fry": None,
}  # fmt: skip


def whisper_language(languages: str | None) -> str | None:
    """The one language to force on Whisper, or None to let it detect per segment.

    Only a single language is forced; a recording marked with several (or none, or one
    Whisper does not know, such as Irish) is left to detection.
    """
    if not languages:
        return None
    codes = [code for code in languages.split("+") if code]
    if len(codes) != 1:
        return None
    code = codes[0]
    if len(code) == 2:
        return code.lower()
    return TESSERACT_TO_WHISPER.get(code.lower())
