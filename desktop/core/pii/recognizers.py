"""Quire's own recognisers: numbers checked by their check digits, and words in context.

Each ``find_*`` function takes a text (and its language where that matters) and returns
``Found`` spans. ``engine.py`` wraps them for Presidio. Numbers are found by their shape
first, then validated with ``phonenumbers`` and ``python-stdnum``:

- a number whose check digits hold is reported with a high score;
- a number of the right shape whose check digits fail (an OCR misreading of one digit does
  that) is reported with a low score only when a word that announces it ("kt.", "SSN",
  "IBAN", "card"...) stands close before it, so that a person decides.

Words are only flagged with what makes them personal: a house number beside a street word,
a date beside "born", a capitalised name after "Mrs" or "Kæra".
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import phonenumbers
import regex
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.ch import ssn as ch_ssn
from stdnum.cl import rut
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.ie import pps
from stdnum.is_ import kennitala
from stdnum.it import codicefiscale
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.us import ssn

from . import icelandic
from .languages import NER_MODELS, PROJECT_REGIONS, preferred_regions


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    kind: str
    score: float
    detector: str


# Kinds of personal data, as stored and as printed by `quire pii detect`.
PERSON = "PERSON"
ADDRESS = "ADDRESS"
PHONE = "PHONE"
EMAIL = "EMAIL"
ID_NUMBER = "ID_NUMBER"
IBAN = "IBAN"
CARD = "CARD"
IP_ADDRESS = "IP_ADDRESS"
DATE_OF_BIRTH = "DATE_OF_BIRTH"
PLACE_OF_BIRTH = "PLACE_OF_BIRTH"

KINDS = (
    PERSON,
    ADDRESS,
    PHONE,
    EMAIL,
    ID_NUMBER,
    IBAN,
    CARD,
    IP_ADDRESS,
    DATE_OF_BIRTH,
    PLACE_OF_BIRTH,
)

_FLAGS = regex.VERSION1 | regex.MULTILINE


def word_set(words: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(words.split())


# The words before a saint's name ("San Telmo", "St Hilda", "Done Jakue"), lower-cased: a
# saint, a church or a place, not a person.
SAINT_WORDS = word_set("san santa santo sant saint sainte st ste done santi")


# Offices and labels that stand where a name would ("Signed: G. H. Baldry, Chairman"): no
# name alone, and never spread to the rest of a text as one.
OFFICE_WORDS = word_set(
    "honorary secretary treasurer chair chairman chairwoman president vice member members "
    "committee society council secrétaire trésorier président présidente société comité "
    "monsieur madame messieurs mesdames sir madam "
    # offices a form or the minutes name instead of a person
    "registrar clerk volunteer director directeur directrice archivist archiviste librarian "
    "curator editor bibliothécaire secretario secretaria tesorero tesorera presidenta "
    "alcalde maire ritari formaður gjaldkeri idazkaria lehendakaria diruzaina "
    # a telephone's label the model takes for a name ("Tel. Heptonstall 37")
    "tel tél tfno telf fax mob gsm "
    # and an identity document's ("lleven el DNI en vigor")
    "dni nie nif nir nan nss kennitala iban bic n.a.s nas "
    # a notary's, a court's offices: "Par-devant Maître", "the Registrar", "Plaintiff"
    "maître notaire notary notario notaria plaintiff defendant vendor purchaser "
    # "Eamon Maguire, Hon. Secretary", "Duke of Wellington's Regt"
    "hon regt "
    # a rank after a name or in its own column: "T. W. Garnett, Supt.", "| Sgt. |"
    "supt sgt sergt cpl pte lieut capt insp"
)


def _context(text: str, start: int, pattern: regex.Pattern[str], before: int = 40) -> bool:
    """Whether ``pattern`` occurs in the ``before`` characters ahead of ``start``."""
    return pattern.search(text[max(0, start - before) : start]) is not None


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


# ----- telephone numbers ---------------------------------------------------------------

_PHONE_CANDIDATE = regex.compile(
    r"(?<![\w+/.,-])(?P<number>(?:\+|00)?(?:\(\d{1,4}\)[ .\-]?)?"
    r"\d(?:(?:[.\-]|[ ]{1,2})?\(?\d\)?){5,16})"
    # (its extension, after a comma too: "(96) 514 30 00, ext. 218")
    r"(?:,?[ \t]*(?:x|ext\.?|extension|poste)[ \t]*\d{1,6})?(?![\w/]|[.,-]\d)",
    _FLAGS,
)
_PHONE_CONTEXT = regex.compile(
    r"(?i)\b(?:tel|tél|tlf|tfn|phone|telephone|téléphone|telefon|teléfono|telefono|telefonoa|"
    r"sím\w*|simi|númer\w*|hringj\w*|hringd\w*|s\.|mobile|mob|portable|cell|handy|fax|ring|call|rhif|ffôn|ffon|"
    r"numéro|number|número|zenbakia|nummer|reached|joindre|joignable|hringja)\b",
)
# Not telephone numbers: a kennitala as written, an IP address, a span of years.
_ID_SHAPED = regex.compile(
    r"^\d{6}-\d{4}$|^\d{1,3}(?:\.\d{1,3}){3}$|^(?:1[5-9]|20)\d\d ?[-–] ?(?:1[5-9]|20)\d\d$"
)
_DATE_LIKE = regex.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|^\d{4}-\d{2}-\d{2}$")


# A quote-mark speck OCR put inside a number ("020 '7946 0973"); blanked, offsets kept.
# Not _blank_specks: that also blanks the "+" of an international number at a line's start.
_QUOTE_BEFORE_DIGIT = regex.compile(r"(?<=\d[ \t])[‘’“”\"'`´]{1,2}(?=\d)")


_YEAR_RANGE = regex.compile(r"^(?:1[5-9]|20)\d\d[ \t]*[-–/][ \t]*(?:(?:1[5-9]|20)\d\d|\d\d)\b")


# A village's telephone of old had two to five digits ("sími 214", "Teléfono 173", "fono
# 3152", "Vaugirard 32-17"): a number that short is a telephone only right after its word.
_SHORT_PHONE = regex.compile(
    # (Basque "Telefono-zenbakia: 41", French "n° d'appel 41")
    r"(?i:(?<![\p{L}])(?:tel|tél|telf|tfno|phone|telephone|téléphone|teléfono|telefono|"
    r"telefonoa|telefono-zenbakia|n[º°o][ \t]+d['’]appel|fono|telefon|"
    r"n\.?[º°o][ \t]+de[ \t]+l[íi]nea|"  # a telephone company's card: "N.º de línea: 24-318"
    r"(?:heima|vinnu)?sím(?:i|a|ann|inn|anum)|t\.[ \t]?e|"
    # "Téléphoner au 33.19.56", Icelandic "Heima 8 46 31, í vinnunni 2 40 55", "(gamla
    # númerið, 387, strikað út)"
    r"t[ée]l[ée]phoner[ \t]+au|(?:heima|í[ \t]+vinnunni)(?=[ \t]+\d{1,2}[ \t]\d\d[ \t]\d\d)|"
    r"gamla(?:[ \t]+númerið)?(?=,)|"
    # Spanish "llamá al 4 07 36", "llamando al 77 02 46", "llama a la tienda ... al 14-27-93"
    r"llam(?:a|á|ad|ar|ando|en|e|ó|aba)(?:[ \t]+[^\n.;:\d]{0,60}?)?[ \t]+al"
    r"(?=[ \t]+\d[\d \t.-]{3}))(?![\p{L}])\.?"
    # whose it is: "fono de su casa 21-0455", "Fono de contacto: 25571"
    # ("Teléfono del abonado: 41")
    r"(?:[ \t]+del?[ \t]+(?:su[ \t]+|la[ \t]+)?\p{Ll}+|[ \t]+\p{Ll}+(?=[ \t]*:)|"
    r"[ \t]+(?:hans|hennar|þeirra))?"  # "sími hennar 520"
    # Iceland's "s." for sími, before a number of six digits or more: "s. 68 52 31"
    # (after an old area code too: "s. 96-7 13 84", Siglufjörður)
    r"|(?<![\p{L}])s\.(?=[ \t]*(?:\d{2,3}-)?\d{1,3}(?:[ \t]\d{2}){2})"
    # ... or of four or five digits after a name or a home and a comma: "Ólafur Gränz,
    # Vestmannabraut 58, s. 1480" (not a page, "bls. 14")
    r"|(?<=,[ \t])s\.(?=[ \t]*\d{4,5}(?![\d,-]|\.\d|[ \t]\d))"
    # Iceland's "hs." and "vs.", home and work telephones
    r"|(?<![\p{L}])[hv]s\.)[ \t]*(?:(?i:n[º°o]|no|nr|núm)\.?[ \t]*)?[:,]?[ \t]*"
    # (Havana's exchanges by a letter: "teléfono M-4418")
    r"(?P<number>\d{3}[ \t]\d{4}|(?:(?:[A-Z]-)?\d{2,5}(?:[ \t]?[-/.][ \t]?\d{2,4}|[ \t]\d{2}){0,2}"
    r"|\d[ \t]\d{2}[ \t]\d{2}|\d{2,3}-\d[ \t]\d{2}[ \t]\d{2})"  # "hs. 4 55 19", "96-7 13 84"
    r"(?:-[A-Z](?![\w]))?)"  # a party line's letter: "phone 392-W"
    r"(?![\w]|[.,/-]\d|[ \t]\d)"
    r"(?![ \t]*(?i:h|hours?|heures?|horas?|tíma\p{L}*|klst)(?![\p{L}]))"
)


# An exchange's name with its first letters in capitals, as North America, Paris and
# Britain's cities wrote them: "WYman 7-2214", "SUnset 3-4471", "LAfontaine 3-2219",
# "MONcey 42-17", "PALmers Green 6602", "IBRox 2231".
_CAPITALISED_EXCHANGE = regex.compile(
    # ("PORt-Royal 22-87")
    r"(?<![\w])(?:\p{Lu}{2}\p{Ll}{2,}[ \t]?\d-\d{4}|"
    r"\p{Lu}{3}(?:\p{Ll}{2,}|\p{Ll}+-\p{Lu}\p{Ll}+|\.)[ \t]?\d\d-\d\d|"
    r"\p{Lu}{3}\p{Ll}{2,}(?:[ \t]\p{Lu}\p{Ll}+)?[ \t]\d{4})"
    r"(?![\w]|-\d)"
)
# A village's telephone in France, its number and its exchange after "au": "que l'on peut
# appeler au 12 à Audierne", "Prévenir le mari ... au 9 à Port-en-Bessin".
_FRENCH_EXCHANGE = regex.compile(
    # (or a form's "Téléphone : 12 à Savigneux")
    # (or a call "du 41 à Tardets", an exchange's "n° d'appel 41 à Saint-Palais")
    r"(?<![\p{L}])(?:au|le|du|Tél\.|(?i:téléphone|tél\.?|n[°º][ \t]+d['’]appel)[ \t]*:?)[ \t]+"
    r"(?P<number>(?:\d{1,4}(?:[ \t.-]\d\d){0,2}|"
    r"(?:(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|"
    r"seize|vingt|trente|quarante|cinquante|soixante|cent|et)(?:-|[ \t](?=\p{Ll}+[ -]))?)+)"
    r"[ \t]+[àÀ][ \t]+"  # (a telegram's capitals: "TÉLÉPHONE 17 À ORVAL")
    r"\p{Lu}[\p{L}'’]+(?:-\p{L}+)*)"
)
_CALL_VERB = regex.compile(
    r"(?i)(?<![\p{L}])(?:appel\p{L}*|joindre|joignable|téléphon\p{L}*|tél\.?|prévenir|avertir)"
    r"(?![\p{L}])"
)


# A telephone directory's line, the number after dotted leaders: "Ásgeir Guðmundsson,
# skipstjóri, Silfurgötu 11 ........ 117" (a book's contents has such lines too: a word for
# telephone must stand before).
# (in pairs, "27.34.18", "71 45 28"; after a country exchange's name, "Païta 14")
_DIRECTORY_LINE = regex.compile(
    r"(?m)^(?P<head>[^\n]*?),[^\n]*?\.{4,}[ \t]*"
    r"(?P<number>\d{1,5}|\d\d(?:[ \t.]\d\d){2}|\p{Lu}[\p{L}'’-]+[ \t]\d{1,4})[ \t]*$"
)
_DIRECTORY_WORD = regex.compile(
    r"(?i)(?<![\p{L}])(?:sím\p{L}*|phone|telephone|directory|tél\p{L}*|annuaire|"
    r"tel[eé]fono\p{L}*|guía|telefonoa?)(?![\p{L}])"
)


def _a_firms_entry(head: str) -> bool:
    """A directory's entry for a firm, not a person: "GONZÁLEZ & RIVAS C.A. - Import.",
    "COMPAGNIE MARITIME DES CHARGEURS RÉUNIS", "BAR DE LA MARINE" (a name in capitals
    with no given name in brackets after it)."""
    words = head.split()
    return (
        "&" in head
        or any(institution_word(w.strip(".,")) for w in words)
        or (len(words) >= 2 and not regex.search(r"\p{Ll}|\(", head))
    )


def _short_phones(text: str) -> list[Found]:
    found = [
        Found(m.start(), m.end(), PHONE, 0.6, "exchange-phone")
        for m in _CAPITALISED_EXCHANGE.finditer(text)
    ]
    found += [
        Found(m.start("number"), m.end("number"), PHONE, 0.45, "exchange-phone")
        for m in _FRENCH_EXCHANGE.finditer(text)
        if _CALL_VERB.search(text, max(0, m.start() - 100), m.start("number"))
    ]
    titled = bool(_DIRECTORY_WORD.search(text, 0, 200))  # the directory's title says so
    found += [
        Found(m.start("number"), m.end("number"), PHONE, 0.45, "directory-phone")
        for m in _DIRECTORY_LINE.finditer(text)
        # (or a word for telephone in the lines above)
        if (titled or _DIRECTORY_WORD.search(text, max(0, m.start() - 600), m.start()))
        and not _a_firms_entry(m["head"])
    ]
    return found + [
        Found(m.start("number"), m.end("number"), PHONE, 0.45, "short-phone")
        for m in _SHORT_PHONE.finditer(text)
        if not _a_date(m["number"])  # "by telephone, 14/02/2019", not "au 33.19.56"
    ]


def _a_date(value: str) -> bool:
    if not _DATE_LIKE.match(value):
        return False
    first, second = regex.split(r"[./-]", value)[:2]
    if len(first) == 4:
        return True  # "2019-02-14"
    return 1 <= int(first) <= 31 and 1 <= int(second) <= 12


# France's numbers of eight digits before 1985, in four pairs: "59 37 05 22", "61.22.08.14";
# or seven after a city's code in brackets: "(7) 884.12.36" (Lyon), "(1) 548.21.07" (Paris)
_FRENCH_EIGHT_DIGITS = regex.compile(
    r"(?<![\w.,/-])(?:\d{2}(?:([ .])\d{2})(?:\1\d{2}){2}|\(\d\)[ \t]?\d{3}([ .])\d{2}\2\d{2})"
    r"(?![\w]|[ .,/-]\d)"
)


# A number written with its trunk code set apart, which phonenumbers does not parse as
# one: "(027) 4 61 23" (Valais), "(064) 32250" (Killarney), "02/649.00.37" (Brussels).
_AREA_CODE_NUMBER = regex.compile(
    r"(?<![\w(])\(0\d{1,4}\)[ \t]?\d{1,4}(?:[ \t.-]?\d{1,4}){0,3}(?![\w]|[.,-]\d)"
    r"|(?<![\w/.-])0\d{1,3}/[ \t]?(?:\d{2,3}(?:[ .]?\d{2}){2,3}|\d{5,8})(?![\w]|[ .,/-]\d)"
)
# Iceland's numbers before 1995, with their district's code: "s. 93-13385" (Vesturland),
# "91-623418" (Reykjavík), "985-21349" (a car telephone).
_ICELANDIC_DISTRICT_NUMBER = regex.compile(r"(?<![\w.,/-])9[1-8]5?-\d{5,6}(?![\w]|[.,-]\d)")


def _area_code_phones(text: str, language: str) -> list[Found]:
    found = [
        Found(m.start(), m.end(), PHONE, 0.5, "phone")
        for m in _AREA_CODE_NUMBER.finditer(text)
        if 7 <= len(_digits(m.group())) <= 12
    ]
    if language == "is":
        found += [
            Found(m.start(), m.end(), PHONE, 0.5, "phone")
            for m in _ICELANDIC_DISTRICT_NUMBER.finditer(text)
        ]
    return found


def find_phones(text: str, language: str) -> list[Found]:
    found = _short_phones(text) + _area_code_phones(text, language)
    if language in ("fr", "eu", "br"):
        found += [
            Found(m.start(), m.end(), PHONE, 0.5, "phone")
            for m in _FRENCH_EIGHT_DIGITS.finditer(text)
        ]
    text = _QUOTE_BEFORE_DIGIT.sub(lambda m: " " * len(m.group()), text)
    preferred = preferred_regions(language)
    regions = preferred + tuple(r for r in PROJECT_REGIONS if r not in preferred)
    for match in _PHONE_CANDIDATE.finditer(text):
        value = match.group("number").strip()
        digits = _digits(value)
        if not 7 <= len(digits) <= 15 or _DATE_LIKE.match(value) or _ID_SHAPED.match(value):
            continue
        if _YEAR_RANGE.match(value):
            continue  # "(1811-1879)": a life's years
        international = value.startswith(("+", "00"))
        score = _phone_score(value, international, regions, preferred)
        start = match.start("number")
        if score is None:
            # "new one 1971 (617) 555-0147": a year run into the number before it
            tail = _NANP_TAIL.search(value)
            if not tail or tail.start() == 0:
                continue
            score = _phone_score(tail.group(), False, regions, preferred)
            start += tail.start()
            if score is None:
                continue
        if _NANP_SHAPE.fullmatch(text[start : match.end()].strip()) and _NOT_A_PHONE_BEFORE.search(
            text, max(0, start - 20), start
        ):
            continue  # "Invoice 123-4567", "Ref. 555-0192"
        if _context(text, start, _PHONE_CONTEXT):
            score = min(score + 0.2, 0.95)
        elif len(digits) <= 8 and score < 0.6:
            continue  # a short number that is only possible needs a word announcing it
        end = match.end()
        if text[end - 1] == ")" and text.count("(", start, end) < text.count(")", start, end):
            end -= 1  # the bracket closed round it is not the number's: "(nº 943 21 45 67)"
        found.append(Found(start, end, PHONE, score, "phone"))
    return found


_NANP_TAIL = regex.compile(r"\(\d{3}\)[ \t]?\d{3}-\d{4}$")
# A paper's number of a telephone's shape: "Invoice 123-4567", "Ref. 555-0192", "Box 412".
_NOT_A_PHONE_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:invoice|order|ref|reference|receipt|file|folio|catalogue|catalog|"
    r"account|acct|lot|box|item|accession|no|nº|n°)\.?[ \t:#]*$"
)
_NANP = frozenset({"US", "CA"})
_NANP_SHAPE = regex.compile(r"(?:\(\d{3}\)[ \t]?|\d{3}[-.])?\d{3}-\d{4}")


def _phone_score(
    value: str, international: bool, regions: Iterable[str], preferred: tuple[str, ...]
) -> float | None:
    if international:
        candidates: Iterable[str | None] = [None]
        value = "+" + value[2:] if value.startswith("00") else value
    else:
        candidates = regions
    best: float | None = None
    for region in candidates:
        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            score = 0.75 if (international or region in preferred) else 0.55
        elif region in _NANP and region in preferred and _NANP_SHAPE.fullmatch(value):
            # North America's numbers kept for fiction ("(617) 555-0147", "555-0177") and
            # a local number without its area code are no "valid" numbers, yet written so
            # they are nothing else.
            score = 0.6
        elif phonenumbers.is_possible_number(number) and (
            international or (value.startswith("0") and len(_digits(value)) >= 9)
        ):
            # Ranges kept for fiction (Ofcom's 01632 960xxx) and numbers from before a
            # renumbering are "possible" but not "valid": still somebody's number.
            score = 0.5 if (international or region in preferred) else 0.4
        else:
            continue
        best = score if best is None else max(best, score)
    return best


# ----- identity numbers ----------------------------------------------------------------


@dataclass(frozen=True)
class _IdRule:
    name: str
    pattern: regex.Pattern[str]
    is_valid: Callable[[str], bool]
    context: regex.Pattern[str]
    score_valid: float  # when the check digits hold and no word announces it
    plausible: Callable[[str], bool] = lambda value: True  # shape checks beyond the regex
    # A shape distinctive enough to propose for review with no word announcing it even
    # when the check digits fail (a slip of the pen, of OCR, or of the person writing)
    distinctive: Callable[[str], bool] = lambda value: False


def _ctx(words: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?i)(?<!\w)(?:{words})(?!\w)")


def _kennitala_date(value: str) -> bool:
    digits = _digits(value)
    day, month = int(digits[0:2]), int(digits[2:4])
    if day > 40:
        day -= 40  # companies add 40 to the day
    century = {"9": 1900, "0": 2000, "8": 1800}.get(digits[9])
    if century is None:
        return False
    try:
        dt.date(century + int(digits[4:6]), month, day)
    except ValueError:
        return False
    return True


# A word that makes a number a document's or an order's, not a person's: "Ref. 12345678A",
# "Skjal 010130-2139".
_REFERENCE_WORD = _ctx(
    r"ref|réf|reference|référence|referencia|erreferentzia|tilvísun|skjal|skjalnúmer|dossier|"
    r"expediente|invoice|factura|facture|order|pedido|commande|catalogue|catálogo|file|folio"
)

_NINO_PREFIX_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def _nino_valid(value: str) -> bool:
    # No check digit exists for a National Insurance number: HMRC's prefix rules are all
    # there is to validate (python-stdnum has no module for it).
    compact = regex.sub(r"\s", "", value).upper()
    if not regex.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", compact):
        return False
    return compact[:2] not in _NINO_PREFIX_BAD


_ID_RULES = (
    _IdRule(
        "kennitala",
        regex.compile(r"(?<![\w-])\d{6}[- ]?\d{4}(?![\w-])", _FLAGS),
        kennitala.is_valid,
        _ctx(r"kt\.?|kennitala|kennitölu|kennitölunni|kt"),
        0.8,
        _kennitala_date,
        lambda value: "-" in value,  # "040453-2679", as a kennitala is written
    ),
    _IdRule(
        "ssn",
        regex.compile(r"(?<![\w-])\d{3}([- ])\d{2}\1\d{4}(?![\w-])", _FLAGS),
        ssn.is_valid,
        _ctx(r"ssn|social security(?: number| no\.?)?|soc\. sec\.?"),
        0.75,
    ),
    _IdRule(
        "ssn",
        regex.compile(r"(?<![\w-])\d{9}(?![\w-])", _FLAGS),
        ssn.is_valid,
        _ctx(r"ssn|social security(?: number| no\.?)?"),
        0.0,  # nine bare digits: only with a word announcing an SSN
    ),
    _IdRule(
        "nir",
        regex.compile(
            r"(?<![\w-])[12] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3}"
            r" ?\d{2}(?![\w-])",
            _FLAGS,
        ),
        nir.is_valid,
        _ctx(r"nir|insee|sécurité sociale|securite sociale|n° ss|numéro de sécu|sécu"),
        0.85,
        distinctive=lambda value: value.count(" ") >= 6,  # "2 78 09 64 300 112 57"
    ),
    _IdRule(
        "nino",
        regex.compile(r"(?<!\w)[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Z](?!\w)", _FLAGS),
        _nino_valid,
        _ctx(r"ni|nino|national insurance(?: number| no\.?)?|n\.i\.|ni no\.?"),
        0.8,
    ),
    _IdRule(
        "dni",
        regex.compile(r"(?<![\w.-])\d{2}\.?\d{3}\.?\d{3}[- ]?[A-Z](?!\w)", _FLAGS),
        lambda value: dni.is_valid(value.replace(".", "")),  # "12.345.678-Z" as typed
        _ctx(r"dni|nif|nan|documento nacional de identidad|d\.n\.i\.?"),
        0.85,
        distinctive=lambda value: True,  # eight digits and a capital: "14587236K"
    ),
    _IdRule(
        "nie",
        regex.compile(r"(?<!\w)[XYZ][- ]?\d{7}[- ]?[A-Z](?!\w)", _FLAGS),
        nie.is_valid,
        _ctx(r"nie|n\.i\.e\.?|extranjero|número de identidad"),
        0.85,
    ),
    _IdRule(
        "bsn",
        regex.compile(r"(?<![\w.-])(?:\d{9}|\d{4}\.\d{2}\.\d{3})(?![\w-]|\.\d)", _FLAGS),
        bsn.is_valid,
        _ctx(r"bsn|burgerservicenummer|sofinummer|sofi-nummer"),
        0.4,
    ),
    _IdRule(
        "idnr",
        regex.compile(r"(?<![\w-])\d{2} ?\d{3} ?\d{3} ?\d{3}(?![\w-])", _FLAGS),
        idnr.is_valid,
        _ctx(r"idnr|id-nr\.?|steuer-id|steueridentifikationsnummer|identifikationsnummer|tin"),
        0.5,
    ),
    _IdRule(
        "codice_fiscale",
        regex.compile(
            r"(?<!\w)[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z]"
            r"[0-9LMNPQRSTUV]{3}[A-Z](?!\w)",
            _FLAGS,
        ),
        codicefiscale.is_valid,
        _ctx(r"codice fiscale|c\.f\.|cf"),
        0.9,
    ),
    # The numbers of the countries emigrants' letters come from and go to.
    _IdRule(
        "curp",  # Mexico
        regex.compile(r"(?<!\w)[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z\d]\d(?!\w)", _FLAGS),
        curp.is_valid,
        _ctx(r"curp"),
        0.9,
    ),
    _IdRule(
        "rut",  # Chile, as written: "4.218.907-3"
        regex.compile(r"(?<![\w.-])\d{1,2}\.\d{3}\.\d{3}-[\dkK](?![\w-])", _FLAGS),
        rut.is_valid,
        _ctx(r"rut|run|r\.u\.t\.?|carnet de identidad|cédula(?: de identidad)?"),
        0.8,
    ),
    _IdRule(
        "avs",  # Switzerland's social security number: "756.1234.5678.97"
        regex.compile(r"(?<![\w.])756\.?\d{4}\.?\d{4}\.?\d{2}(?![\w.]\d)", _FLAGS),
        ch_ssn.is_valid,
        _ctx(r"avs|ahv|n° avs|no avs|numéro avs"),
        0.9,
    ),
    _IdRule(
        "pps",  # Ireland
        regex.compile(r"(?<!\w)\d{7}[A-W][A-IW]?(?!\w)", _FLAGS),
        pps.is_valid,
        _ctx(r"pps|ppsn|pps number|pps no\.?|rsi(?: no\.?)?"),
        0.5,
    ),
)


# Any word that announces one of the ID numbers above, or another personal number
# (Spanish social security, passports, identity cards).
_OTHER_ID_WORD_LIST = (
    r"seguridad social|afiliación|nuss|n\.?º ss|passport(?: no\.?| number)?|passeport|"
    r"pasaporte|pasaportea|vegabréf|vegabréfsnúmer|identity card|carte d'identité|"
    r"carte nationale d'identité|cni|nortasun agiria|nan zenbakia|persónuskilríki|"
    # a certificate, licence or membership number is one person's: "Certificate no."
    r"certificate no|certificate number|licence no|license no|membership no|"
    r"n[º°] de socio|número de socio|carnet n|carné n|numéro d'adhérent|bazkide zenbakia|"
    r"curp|rut|cédula|dni|avs|ahv|pps|matricule|service number|regimental number|army number|"
    r"patient number|patient no|hospital number|nhs number|n° de patient|numéro de patient|"
    r"member no|member number|volunteer no|volunteer number|n° de sociétaire|félagsnúmer|"
    r"sjúklingsnúmer|bazkide-zenbakia|número de paciente|historia clínica|"
    # cards and books that carry one person's number
    r"ration book|library card|identity card|carte vitale|carte d'électeur|numéro d'électeur|"
    r"libreta de enrolamiento|libreta cívica|carnet de socio|carné de socio|número de elector|"
    # (Canada's SIN and NAS in capitals only: Spanish "sin" is "without")
    r"social insurance|(?-i:SIN|S\.I\.N\.|NAS|TFN|RFC|NISS|C\.I\.|C\.C\.|C\.N\.I\.)|medicare|ssn|"
    r"gizarte segurantza\p{L}*|seg\. social|credencial de elector|clave de elector|"
    r"registre national|numéro national|tax file|id number|identity number|personal number|"
    r"pension book|alien registration|carné de identidad|carnet de identidad|"
    r"documento de identidad|documento nacional|número de documento|assurance[ -]maladie|"
    r"matrícula|"
    # Iceland's name number before the kennitala; Argentina's enrolment and civic books,
    # Peru's electoral and military books, Uruguay's civic credential
    r"nafnnúmer|(?-i:L\.E\.|L\.C\.)|libreta electoral|libreta militar|credencial cívica|"
    # a taxpayer's and an insured person's: "UTR", "Seguro Social", "police d'assurance"
    r"(?-i:UTR)|tax reference|taxpayer reference|seguro social|police d'assurance|póliza|"
    # the Basque NIF, the taxpayers' numbers of Peru, Argentina, Colombia and Venezuela
    r"(?-i:IFZ|NIF|RUC|CUIT|CUIL|NIT|RIF)|"
    # a pupil's national numbers: France's INE, England's UPN and ULN, Spain's NIA
    r"(?-i:INE|UPN|ULN|NIA)|"
    r"seguros sociales|"  # a Spanish worker's old social insurance
    # Quebec's social insurance, in French
    r"assurance sociale|numéro d'assurance sociale|"
    # Colombia's personal number, Australia's clearance to work with children: "NUIP:",
    # "Working With Children Check"
    r"(?-i:NUIP)|working with children check"
)
_OTHER_ID_WORDS = _ctx(_OTHER_ID_WORD_LIST)
# The words for "number" before one: "no.", "n°", "N.º", "número", "nr.", "#".
_NUMBER_SIGN = r"(?:no\.?|n[º°o]\.?|n\.[º°]|núm\.?|numéro|número|number|nr\.?|zk\.?|#)"
# A person's card, book or papers, whose number is one person's: "Libreta Militar N.º
# 1059274", "cédula personal número 48.217", "Credencial cívica: TAA 8712", "Tarjeta
# sanitaria GLRA 440128", "Pasaporte n.º 1447" (not "ficha": an interview's).
_PERSON_DOCUMENT_WORDS = (
    r"libreta|livret|cédula|credencial|carnet|carné|chapa|placa|cartilla|tarjeta|pasaporte|passeport|"
    r"permis|txartel\p{L}*|skírteini\p{L}*|recrutement|"  # "bureau de recrutement de Tulle"
    # a driving licence, a seaman's book, a health insurance book: "licencia de conducir",
    # "itsas-inskripzio liburuxka", "Sjóferðabók hans nr. 7734", "sjúkrasamlagsbók hennar"
    r"licencia|liburuxka|sjóferðabók\p{L}*|sjúkrasamlags\p{L}*|"
    # a driving licence, a residence or work permit: "Permiso de conducir n.º 448.127",
    # "Gidabaimena: 14.228.117"; a ticket in one's name: "Billete n.º 14418, a nombre de",
    # "Farmiði nr. 412, á nafn"
    r"permiso|gidabaimen\p{L}*|gidari-?baimen\p{L}*|billet|billete|farmið\p{L}*|"
    # a certificate, a pension's warrant, a residence permit, a passport, Iceland's old
    # name number: "certificat de vaccination n° V 3318", "Brevet de pension d'invalidité
    # n° B 61.227", "bólusetningarvottorð hennar, nr. B-2211", "dvalarleyfi nr. 1455",
    # "vegabréfið hans, nr. A 402118", "nafnnúmerið hans var 3841-6720", "Carta de
    # naturalización núm. 1.184", "carta de ciudadanía cubana núm. 6.882"
    r"certificat|brevet|\p{L}*vottorð\p{L}*|dvalarleyf\p{L}*|vegabréf\p{L}*|nafnnúmer\p{L}*|"
    r"naturalización|naturalisation|naturalization|ciudadanía|fiche[ \t]+de[ \t]+réfugiée?|"
    # a veteran's pension: "titre de pension d'ancien combattant n° 388 152"
    r"titre[ \t]+de[ \t]+pension|"
    # a police record in Argentina: "Prontuario de la Policía de la Capital N.º 43.118"
    r"prontuario"
)
# English nouns and French "carte" that are a person's papers only with "No." or a colon
# after them: "Union card no. 7731", "Contract ticket No. 38821", "Evacuee label no. 1142",
# "Carte de bibliothèque n° 23001004471" (not "carte postale").
_NUMBERED_PAPER_WORDS = (
    r"cards?|books?|licen[cs]es?|tickets?|labels?|certificates?|papers|cartes?(?![ \t]+postales?)"
)
# A town's firemen and night watchmen, whose numbers are a person's and short: "Brigade
# No. 27", "bombero núm. 47", "sereno núm. 113", "pompier n° 12", "brunaliðsmanni nr. 23"
_FIRE_AND_WATCH_WORDS = r"brigade|bomber[oa]|seren[oa]|pompier|(?:bruna|slökkvi)liðsm\p{L}*"
# The people whose number a register or a card gives either way, word first ("Locataire n°
# 4417") or sign first ("N° de locataire"): a tenant, a disaster's victim on a relief
# fund's list, a mutual's or a savings bank's member, a depositor ("imponente"), a ward of
# the state ("Pupille n° 4127", "N° de pupille")
_HOLDER_WORDS = (
    r"locataire|inquilin[oa]|sinistrée?|damnificad[oa]|asociad[oa]|mutualiste|mutualista|"
    r"imponente|pupille"
)
# A word that labels a personal number right before it: a soldier's "matricule 4127", a
# member's "Member no.: LSHS-00482", "socio n.º 217", "Bazkide-zk.: 0734",
# "Sjálfboðaliðanúmer: S-031", "Adm. No. 4471", "his pupil number was 1408". Elsewhere a
# number needs six digits and an ID word near it.
_PERSON_NUMBER_LABEL = regex.compile(
    r"(?i)(?:matricule(?:[ \t]+au[ \t]+(?:recrutement|corps))?|(?-i:MLE|Mle)\.?|c\.r\.o\.|"
    # an assisted migrant's "Nomination No. WA/N 8836"
    r"(?:service|regimental|regtl\.?|army|member(?:ship|['’]s)?|patient|volunteer|hospital|staff|"
    # a soldier's "serial No.", an infirmary's, a prisoner's number, a hospital's history,
    # a school's, a children's home's: "Infirmary No. 4471", "Prisoner's number: D/97/1406",
    # "Historia núm. 1346", "Matrícula escolar N.º: 4-1187", "Matrícula de la Casa: 18.427"
    r"army,?[ \t]+serial|infirmary|prisoner['’]s[ \t]+number|historia|"
    r"matrícula(?:[ \t]+escolar|[ \t]+de[ \t]+la[ \t]+casa)?|"
    r"employee|afiliazio|t\.p\.|"  # a Colombian lawyer's card, "T.P. No. 38.415"
    r"cro|"  # a Criminal Records Office number
    r"claimant|"  # a relief fund's or a compensation board's: "Claimant No. 4417"
    # an employee's file in Spanish America, a diploma's, a journeyman's certificate, an
    # enrolment, a registered nurse's, a teacher's: "ficha n.º 18.334", "legajo n.º 3.412",
    # "diplôme n° 1187", "diploma zk.", "Sveinsbréf nr. 1863", "enrolment No.", "S.R.N. No.",
    # "Teacher's Reference No.:" (not an evacuee's card, "Ficha núm. 0793", left unmarked once)
    r"ficha|legajo|diplôme|diploma|sveinsbréf\p{L}*|enrol(?:l)?ment|s\.r\.n\.|"
    r"teacher['’]s[ \t]+ref(?:erence|\.)?|"
    # a refugee's case: "UNHCR case no.:", "Home Office ref.:", "I.R.O. / D.P. No.:"
    r"unhcr[ \t]+(?:case|ref(?:erence|\.)?)|home[ \t]+office[ \t]+ref(?:erence|\.)?|"
    r"(?:i\.r\.o\.[ \t]*/[ \t]*)?d\.p\.|"
    # a friendly society's new member: "allotted No. 2241"; a job seeker's "Identifiant ANPE"
    r"allotted|identifiant(?:[ \t]+\p{Lu}{2,8})?|"
    r"nomination|works|clock|pay|payroll|personnel|policy|pol\.|"
    # a tenant's reference, an applicant's case, New Zealand's health number, a child in
    # care's: "Tenant ref.: T0048213", "Applicant's case No.: M/1184", "NHI No.", "Child
    # No. 412"
    r"tenant['’]?s?[ \t]+ref(?:erence|\.)?|"
    r"(?:applicant|claimant|client|patient)['’]s[ \t]+case|n\.?h\.?i\.?|child|"
    # a child's at a children's home, a charity's case on one person: "Homes No. G 1906"
    # (not "Homes: 12", a count), "Case ref: GHAP/15/0392"
    r"homes(?![ \t]*:)|case[ \t]+ref(?:erence|\.)?|"
    # a co-operative's member, a mail-order firm's customer: "Mem. No. 1502", "Customer
    # No. 6218 447 03 K"
    r"mem\.|memb\.|customer(?:[ \t]+ref(?:erence|\.)?)?|"
    # an examination's candidate, a gas or water board's consumer, a telephone's subscriber:
    # "Candidate No. 4417", "Consumer No. 228 417", "Subscriber's No."
    r"candidate|consumer|subscriber(?:['’]s)?|"
    # an airline's frequent flyer, a bond's holder, a school's pupil: "Frequent flyer no.:
    # BA 4471", "holder's no. 411207", "School No.: 2417" (not "State School No. 2871", the
    # school's own)
    r"frequent[ \t]+flyer|holder['’]s|(?<![\p{L}][ \t])school|"
    # "Exam number 4417", "Apprentice's indenture No. 412"
    r"exam|examination|apprentice['’]?s?(?:[ \t]+indenture)?|indenture|"
    # a miner's lamp check, an insured worker's: "Lamp and check No.", "National Health
    # Insurance No.", "félagsnr.", "Matrikula zk."
    r"lamp(?:[ \t]+and[ \t]+check)?|(?:national[ \t]+)?health[ \t]+insurance|matrikula|"
    # a pit's or a dock's brass check, tally or token: "Check No. 2217", "Tally No. 318"
    r"check|tally|token|brass|"
    r"pupil|student|reader|pensions?|admission|adm\.|badge|prisoner|inmate|convict|passenger|"
    # a prisoner in Iceland, a probation case's and a police record's references: "fangi nr.
    # 38", "CRN: D482913", "PNC ID: 09/0734521K"
    r"fang[ia]|crn|pnc(?:[ \t]+id)?|"
    # "Número en la Cárcel Modelo: 7.342"
    r"n[úu]mero[ \t]+en[ \t]+(?:la[ \t]+)?(?:cárcel|prisión|penal)(?:[ \t]+\p{Lu}\p{L}+){0,2}|"
    # a prisoner of war's, a home guard's; a creamery's supplier, a milk producer, an
    # estate's tenant, an insurance agent: "POW No. 4417", "Supplier No. 412"
    r"pow|p\.o\.w\.|prisoner[ \t]+of[ \t]+war|home[ \t]+guard|supplier|sup\.|producer|tenant|"
    r"agent(?:['’]s)?|"
    # a court's, a prison's, a hospital's papers on one person: "Charge sheet no. 4417",
    # "Warrant No. 228", "Pupil's register number 327" (not "Case no. 47-0318", which the
    # labelled texts leave out, nor an archive's "N° d'entrée : 2023-041", a deposit's)
    # (not a catalogue's "Record ID: GLA/PH/0412")
    r"charge[ \t]+sheet|warrant|register|reg\.|record(?![ \t]+id)|registre[ \t]+d['’]écrou|"
    r"expediente|sjúkraskrá|espetxe\p{L}*|ospitaleko|"
    # an inmate's, an alien's, a pupil's, a patient's, in five languages: "workhouse
    # number", "Alien Reg. Cert. No.", "mandat d'arrêt n°", "Nemandi nr.", "Sjúkl. nr.",
    # "Kæra nr.", "requisitoria núm.", "Ficha clínica N.º", "Historia klinikoaren zk.",
    # "Barneratu zk."
    r"workhouse|alien[ \t]+reg(?:istration|\.)?(?:[ \t]+cert(?:ificate|\.)?)?|"
    # an alien's: "Cert. of Registration No. 482107"
    r"cert(?:ificate|\.)?[ \t]+of[ \t]+registration|"
    r"mandat[ \t]+d['’]arrêt|nemand[ia]|nemenda|sjúkl\.?|kær[au]|requisitoria|"
    r"ficha[ \t]+clínica|historia[ \t]+kliniko\p{L}*|barneratu\p{L}*|preso|"
    # a vaccination's certificate, a pupil's number in Basque: "Cert. No. 4417",
    # "Ikaslearen zenbakia: 412"
    r"cert\.|ikasle\p{L}*|"
    # a society's roll: "Roll No. 902", "allotted Roll Nos. 1183, 1184 and 1185"
    r"roll|"
    # a folklore collector's informant, a broadcaster's contributor, a festival's entrant,
    # an applicant, a seaman's discharge book ("Dis. A No."), an airport's staff pass
    r"informant|contributor(?:[ \t]+index)?|entrant|competitor|applicant|cand\.|dis\.[ \t]*a\.?|"
    r"(?:airport|staff|security|docks?)[ \t]+pass|"
    # a probationer nurse's, a nurse's registration, a player's registration or licence:
    # "Probationer No. 1184", "NMC PIN:", "League registration no.:", "Lizentzia zk.:",
    # "Leikmannsnúmer HSÍ:" (not "Lizentzia: 38,50 €", its fee)
    r"probationer|nmc[ \t]+pin|(?:league|player['’]?s?)[ \t]+registration|"
    r"lizentzia(?![ \t]*:)|"
    r"leikmanns(?:númer|nr\.?)(?:[ \t]+(?-i:\p{Lu}{2,5}))?)"
    rf"(?:[ \t]+(?:{_NUMBER_SIGN}|nos\.|id|zenbakia)|[ \t]*:)|"
    # a charity's, a crowdfunder's, a mailing list's records of people: "Supporter ID:
    # 004512", "Donor ref: D-10442", "Contact ID 20931", "Backer #214" (not "Contact:",
    # often a telephone's)
    r"(?:supporter|donor|contact|backer|constituent|subscriber|volunteer)[ \t]+"
    r"(?:id|ref(?:erence|\.)?|no\.?|number|record)[ \t]*:?|backer[ \t]*\#|"
    # ... in Spanish: "ID de contacto CRM:", "ID de socio:"
    r"(?:id|identificador)[ \t]+de[ \t]+(?:contacto|socio|socia|donante|voluntari[oa])"
    r"(?:[ \t]+(?-i:\p{Lu}{2,6}))?[ \t]*:|"
    # a child's case in Iceland: "mál barns nr. 36/211", "Málsnúmer barns:"
    r"(?:mál|málsnúmer)[ \t]+barns(?:ins)?(?:[ \t]+nr\.?)?[ \t]*:?|"
    # "Numéro matricule au recrutement : 2231"
    r"numéro[ \t]+matricule(?:[ \t]+\p{L}+){0,3}[ \t]*:?|"
    r"(?:adhérente?|sociétaire|membre|bénévole|lecteur|lectrice|assurée?|socio|socia|"
    r"miembro|voluntari[oa]|afiliad[oa]|paciente|inscrite?(?:[ \t]+maritime)?|détenue?|"
    # a prisoner, a soldier, a refugee; a supplier, a farmer, a settler; a subscriber, a
    # customer: "Prisionero n.º 4417", "Fermier n° 41", "Suscriptor n.º 4417"
    r"prisioner[oa]|soldado|refugiad[oa]|réfugiée?|fournisseur|fermier|fermière|colon[oa]|"
    # (not a travel agent's "Dossier client n° SPM-2003-0482", a file's)
    r"proveedor|proveedora|suscriptor|suscriptora|(?<!dossier[ \t])client|cliente|"
    # a doctor's or a vet's college: "colegiado núm. 11/0388"; a fireman, a night
    # watchman: "Brigade No. 27", "bombero núm. 47", "brunaliðsmanni nr. 23"
    rf"colegiad[oa]|{_FIRE_AND_WATCH_WORDS}|"
    # a ward of the state, a foundling, a child in care: "Pupille de l'État n° 18-331",
    # "Expósito n.º 412", "Niño n.º 412", "Expediente de menor n.º 3318/1998"
    r"pupille[ \t]+de[ \t]+l['’]état|expósit[oa]|niñ[oa]|"
    r"expediente[ \t]+del?[ \t]+(?:menor|niñ[oa]|expósit[oa]|acogid[oa])|"
    # (a tenant, a disaster's victim, a mutual's member, a ward: "Locataire n° 4417",
    # "Sinistré n° 1187", "Imponente n.º 3318"), a lessee, an insured person's policy
    # ("Police n° 44172")
    rf"{_HOLDER_WORDS}|arrendatari[oa]|police|póliza|"
    r"élève|recluso|preso|alumn[oa]|internée?(?:[ \t]+civile?)?|"
    r"herman[oa]|"  # a brotherhood's: "hermano n.º 1.031"
    # Mexico's register of aliens: "Registro Nacional de Extranjeros núm. 38412"
    r"registro[ \t]+nacional[ \t]+de[ \t]+extranjeros|"
    # an old boys' association's "camarades n° 512", a consulate's register
    r"camarades?|immatriculation[ \t]+consulaire|"
    # a candidate, a subscriber, a student, a reader: "Candidat n° 4417", "Abonné n° 4417",
    # "Abonado n.º 4417", "Lector n.º 2218"
    r"candidate?|abonnée?|étudiante?|abonad[oa]|lector|lectora|"
    # an informant, a competitor, a seaman's book, a driver's badge: "Informateur n° 412",
    # "Concursante n.º 41", "Fascicule de navigation n° 22817", "Insigne n° 4417"
    r"informateur|informatrice|informante|concurrente?|concursante|"
    r"fascicule[ \t]+de[ \t]+navigation|insigne|"
    # "Immatriculé aux Assurances sociales sous le n°", "affilié à l'AGESSA sous le n°"
    # ("immatriculé comme pupille de l'État sous le n°")
    r"(?:immatriculée?|affiliée?)(?:[ \t]+[\p{L}'’]+){0,4}[ \t]+sous[ \t]+le|"
    # a consulate's register: "Inscrito con el número 2.318"
    r"inscrit[oa][ \t]+con[ \t]+el|"
    # a French seaman's number in his home port's register: "inscrit maritime au quartier de
    # Lorient sous le n° 4.217", "Inscription maritime du père : quartier du Guilvinec, n°"
    r"(?:inscrite?|inscription)[ \t]+maritime(?:[ \t]+(?:du|de[ \t]+la)[ \t]+\p{L}+)?[ \t]*:?"
    r"[ \t]*(?:au[ \t]+)?quartier[ \t]+(?:de|du|d['’])[ \t]*[\p{L}'’-]+(?:[ \t]+sous[ \t]+le|,)|"
    # "Admis le 3 mai 1931 sous le n° 8817", "écroué sous le n°"
    r"(?:admise?|écrouée?|inscrite?)(?:[ \t]+le[ \t]+\d{1,2}(?:er)?[ \t]+\p{L}+[ \t]+\d{4})?"
    r"[ \t]+sous[ \t]+le)"
    rf"(?:[ \t]+(?:del?|du|de[ \t]+la)[ \t]+\p{{L}}+(?:[ \t]+\p{{Ll}}+)?)?[ \t,]+{_NUMBER_SIGN}|"
    # ("N.º de la reclusa")
    r"(?:n[º°o]\.?|n\.[º°]|núm\.|numéro|número)[ \t]+"
    r"(?:(?:de|d['’])[ \t]*(?:(?:la|el|l['’])[ \t]*)?)?"
    r"(?:socio|socia|sociétaire|"
    r"adhérente?|membre|patient|paciente|matricule|afiliado|afiliación|expediente|lector|"
    r"carnet|carné|voluntario|voluntaria|miembro|bénévole|empleado|empleada|employé|employée|"
    r"obrero|obrera|trabajador|trabajadora|chapa|allocataire|immatriculation|admission|écrou|"
    # a soldier's enlistment, a refugee's, a supplier's, a farmer's: "Número de filiación",
    # "N° de fournisseur", "N° d'exploitant"
    r"filiación|refugiad[oa]|réfugiée?|fournisseur|exploitante?|proveedor|suscriptor|"
    r"prisonnier|prisonnière|recluso|reclusa|preso|presa|asilad[oa]|internad[oa]|enferm[oa]|"
    r"nómina|matrícula|"  # a brotherhood's roll: "N.º de nómina: 1.248"
    r"personal|"  # an employee's: "(n.º personal 20.415)"
    r"client|cliente|"  # a mail-order customer's: "N° de client : C 418 227 05"
    r"réclamante?|"  # a disaster fund's claimant: "numéro de réclamant OPDQ :"
    rf"{_HOLDER_WORDS}|"  # a tenant's, a disaster's victim, a mutual's member, a ward's
    r"agente|concurrente?|concursante|"  # a tram's, a festival's: "N.º de agente: 22817"
    # a miner's lamp or token, a docker's medal or plate, a worker's: "N° de lampe", "N.º
    # de lámpara", "N° de jeton", "N° de médaille", "N° d'ouvrier", "N.º de productor"
    r"lampe|lámpara|jeton|médaille|plaque|ouvrier|ouvrière|productor|productora|"
    r"operari[oa]|"
    # a miner's, a war pensioner's, a mutual's member: "n° de mineur 4187", "n° de pension B
    # 214 377", "n° d'affiliation 312/0458877/22"
    r"mineur|pension|affiliation|"
    # a broadcaster's contributor, a learner driver's "N° NEPH" (the prefecture's file)
    r"collaborat(?:eur|rice)|neph|"
    r"étudiante?|abonnée?|candidate?|abonad[oa]|"
    r"assurée?(?:[ \t]+sociale?)?)"
    # (whose society: "N° de sociétaire de la coopérative", "N.º de socio del Casino"; "N°
    # de matricule dans l'entreprise", "N° d'adhérent attribué"; by its initials, "N°
    # d'allocataire CAF de la Loire")
    r"(?:[ \t]+(?-i:\p{Lu}{2,6}))?"
    r"(?:[ \t]+(?:de[ \t]+la|del?|du)[ \t]+\p{L}+|[ \t]+dans[ \t]+l['’]\p{L}+|[ \t]+attribuée?)?"
    # (a remark in brackets: "Numéro de membre FQSG (si applicable) :")
    r"(?:[ \t]+\([^()\n]{1,30}\))?|"
    # (the number in brackets, after the year: "licencia de conducir de 1958 (núm. 0448219)",
    # "skipstjórnarskírteini hans (nr. A-1147)")
    rf"(?:{_PERSON_DOCUMENT_WORDS})"
    # (a union's initials: "credencial S.T.I.C. 11-0102")
    r"(?:[ \t]+(?:de[l]?[ \t]+|d['’])?(?:\p{L}+|(?:\p{Lu}\.){2,}|(?:1[89]|20)\d\d)){0,3}"
    r"(?:[ \t]*\(\p{Lu}{2,6}\))?[ \t,:(]+"
    r"(?:(?:el|le|la|es|est|er)[ \t]+)?"
    rf"{_NUMBER_SIGN}?|"
    # (not "Vaccination certificate for No. 213", a register's entry)
    # (a remark in brackets, a year, a dash before the sign: "Carte professionnelle de
    # docker (B.C.M.O.) n° H 1245", "CARTE DE SYNDIQUÉ 1974 — n° 3187")
    # ("Carte Club Air Inter n° : AI 0381 2266")
    # ("Dvg. licence Devon C.C. No. 40217": the council's initials)
    rf"(?:{_NUMBERED_PAPER_WORDS})"
    # ("Carte d'assurance-chômage n°", "Licence du ministère des Communications no",
    # "Licence A, No. A 41187")
    r"(?:[ \t]+(?:de[l]?[ \t]+|d['’])?(?!for\b)\p{L}[\p{L}.\-]*){0,4}"
    r"(?:[ \t]+\([^()\n]{1,30}\)|[ \t]+(?:1[89]|20)\d\d[ \t]+[—–-])?"
    rf"(?:[ \t]*:|,?[ \t]+\(?{_NUMBER_SIGN})|"
    # (and whose society: "Félagsnúmer í SVFR: 4471")
    r"(?:félagsnúmer|félagsnr\.?)(?:[ \t]+(?:í[ \t]+)?\p{Lu}[\p{L}.]*)?|afiliazio-zenbakia|"
    # a society member's number in brackets after the name: "Linda Shank Weaver (#1142)",
    # "Jean-Claude Morvan (n° 904)"
    r"(?<=(?-i:\p{Lu}\p{Ll}+)[ \t])\(\#|"
    r"(?<=(?-i:\p{Lu}[\p{Ll}-]+[ \t]+\p{Lu}\p{Ll}+)[ \t])\(n[º°o]\.?[ \t]*|"
    # ... after his letters, or by its word: "Mr D. G. McIntyre, M.I.E.Aust. (No. 6651)",
    # "Ing. Salvador Íñiguez Barba (socio 1187)", "Dr. Julio César Irigoyen (mat. 6.221)"
    # (not a society's card, "collection de la Société (n° CP 1187)")
    r"(?<=(?-i:\p{Lu}[\p{L}'’-]+),?(?:[ \t]+(?-i:[A-Z][A-Za-z.]*\.)){1,2}[ \t])"
    r"\((?:no\.|n[º°o]\.?)[ \t]*|"
    r"(?<=(?-i:\p{Lu}[\p{L}'’-]+)[ \t])\((?:socio|socia|mat\.|membre|member|bazkide|félagi)[ \t]*|"
    # (a sick club's member: "Samlagsnúmer: 412")
    # (a user's, a customer's, a pupil's, a subscriber's: "Notandanúmer", "Nemandanúmer")
    r"\p{L}*(?:liða|félaga|sjúklings|aðildar|hermanns|starfsmanna|samlags|notanda|"
    r"viðskiptamanna|viðskipta|nemanda|nemenda|áskrifanda|afnota)númer\p{L}*|"
    r"(?<![\p{L}])fanganúmer\p{L}*|"  # a prisoner's (not an "aðfanganúmer", an accession's)
    # (a pension fund's member: "sjóðfélaganr. 14327"; a society's: "Félagar nr. 14")
    r"(?:fanga|sjúklings|nemanda|nemenda|sjóðfélaga|viðskipta|nafn|starfsmanns)nr\.?|"
    r"félag(?:i|ar)[ \t]+nr\.?|"
    r"innl\.?[ \t]*nr\.?|"  # a creamery's supplier (innleggjandi): "nýtt innl. nr. 0431"
    # a subscriber, a user, an electricity board's buyer: "Orkukaupandi nr. 4417"
    # (a creamery's supplier, a co-operative's member, a shop's customer, a ration card:
    # "Innleggjandi nr. 412", "Félagsmaður nr. 412", "Skömmtunarseðill nr. 4417")
    r"(?:áskrifandi|notandi|\p{L}*kaupandi|innleggjandi|félagsmaður|viðskiptavinur|leigjandi|"
    r"skömmtunarseð\p{L}*|(?<![\p{L}])seðil\p{L}*|"
    # a gun's, a dog's, a hunter's, a taxi's licence; an applicant, an informant, a
    # competitor: "Byssuleyfi nr. 4417", "Veiðikort nr.", "Heimildarmaður nr. 412" (not a
    # building's "Byggingarleyfi")
    # (a bird ringer's permit, "merkingaleyfi nr. 214")
    r"(?:byssu|hunda|veiði|leigubíl|leigubíla|merkinga)leyfi\p{L}*|veiðikort\p{L}*|umsækjand\p{L}*|"
    r"heimildarm\p{L}*|keppand\p{L}*|"
    r"stimpilkort\p{L}*|verkam[aö]\p{L}*)[ \t]+nr\.?|"  # a clock card, a labourer
    r"lífeyrissjóð\p{L}*[ \t]+nr\.?|langile[ \t-]?(?:zenbakia|zk\.?)|"
    # a policeman's, a health insurance's: "lögreglumaður nr. 0417", "Sjúkrasamlag
    # Húsavíkur nr. 1077", a Guardia Civil's "TIP M-41772-H", Basque "Agentea: 1172"
    r"lögreglum\p{L}*[ \t]+nr\.?|sjúkrasamlag\p{L}*(?:[ \t]+\p{L}+)?[ \t,]+nr\.?|(?-i:TIP)|"
    r"agentea[ \t]*:|"
    # an emigrant's passage contract, a work permit: "Farsamningur nr. 4411"
    r"(?:farsamning\p{L}*|atvinnuleyfi\p{L}*)[ \t]+nr\.?|"
    r"(?:identity card|ration book|library card|carnet de socio|carné de socio|"
    # a panel patient's card: "N.H.I. card R 24/1907", "Insurance card F 61/3304"
    r"n\.h\.i\.[ \t]+card|insurance[ \t]+card|health[ \t]+card|"
    r"carte d'électeur|numéro d'électeur)(?:[ \t]+(?:no\.?|number|n[º°o]\.?))?|"
    # a patient's, a doctor's subscriber's: "Gaixo-zk. 2318", "Igualako zk. 212"
    # a rower's licence, a prisoner's, a conscript's, an alien's: "lizentzia zk. G-86-0412",
    # "Preso-zenbakia: 312", "matrikula-zk. 1127", "Atzerritar-erregistroko zk.: 3118904"
    # a home's resident, a customer: "Egoiliar zk.: 112", "Bezero zk.: B-0391274"
    # a subscriber, a reader: "Harpidedun zk.: 4417", "Irakurle zk.", "Bezeroaren zenbakia"
    r"(?:bazkide|gaixo|lizentzia|preso|matrikula|atzerritar-erregistroko|egoiliar|"
    r"bezero(?:aren)?|harpidedun|irakurle|ikasle|maizter|"
    # a soldier, a refugee, a prisoner, a pensioner, a supplier: "Soldadu zk.", "Pentsio zk."
    r"soldadu|gudari|errefuxiatu|presoaren|pentsio|hornitzaile|"
    # a ration card's, a policeman's, a worker's card, a miner's lamp: "Kartilla zenb.
    # N-12.477", "txapa-zk.", "Fitxa zk.", "Lanpara zk."
    r"kartilla|txapa|fitxa|lanpara|poliza|mutualista|"
    # a weapon's, a hunter's permit; an applicant, an informant, a competitor
    # (a permit, a ringer's: "baimen-zenbakia ARZ-027"; a fireman's service number, joined
    # to its sign, a volunteer: "zerbitzu-zk. 14" (not an ambulance's call-out, "Zerbitzu
    # zk.: 14/08123"), "boluntario-zk. 2231")
    r"(?:arma|ehiza|arrantza)-?baimen\p{L}*|baimen|zerbitzu(?=-)|boluntario|eskatzaile|"
    r"berriemaile|lehiakide|"
    # a college's member, a child's: "Abokatuen Elkargoko kide zk. 4.817", "haur zk. 2791"
    r"kide|haur)"
    r"(?:-|[ \t])?"
    r"(?:zenbakia|zk\.?|zenb\.?)|igualako[ \t]+zk\.?|"
    r"bazkide\p{L}*(?:[ \t,]+\p{L}+){0,3}[ \t,(]+zk\.?|"
    # a Basque cédula by its class: "Zedula pertsonala: 11. mailakoa, zk. 34.517"
    r"zedula(?:[ \t]+pertsonala)?[ \t]*:?[ \t]*\d{1,2}\.[ \t]*mailakoa,?[ \t]+zk\.?)"
    # "his pupil number was 1408", "su número de chapa era el 3.418"
    r"(?:[ \t]+(?:is|was|es|era|fue|est|était|var|er|da|zen)(?:[ \t]+(?:el|la|le|the))?)?"
    # "your membership number (e.g. CDHS/0412)", "NHI No. (if known):"
    r"[ \t.:,]*(?:\((?:if[ \t]+known|si[ \t]+connu|si[ \t]+se[ \t]+conoce)\)[ \t.:,]*)?"
    r"(?:\((?:e\.g\.|p\.[ \t]?ej\.|ex\.|par ex\.)[ \t]*)?(?:n[º°o]\.?[ \t]*)?$"
)
# A person's card or book a little before "n°" and its number: "mon livret d'ouvrière, il
# porte le n° 47.812", "el carnet del sindicato, el n.º 41.237".
_NUMBER_WORD_JUST_BEFORE = regex.compile(rf"(?i){_NUMBER_SIGN}[ \t:]*$")
_OWN_NUMBER_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:el|le|the|mon|ma|son|sa|mi|su|my|his|her|nire|bere|haren|zure)[ \t]+"
    r"(?:número|numéro|number|zenbakia|núm\.|n\.?[º°]\.?)"  # ("con el núm. C-00318")
    r"[ \t:]*$"
)
_PERSON_DOCUMENT = regex.compile(rf"(?i)(?<![\p{{L}}])(?:{_PERSON_DOCUMENT_WORDS})(?![\p{{L}}])")
_ANY_ID_CONTEXT = regex.compile(
    "|".join(f"(?:{rule.context.pattern})" for rule in _ID_RULES)
    + f"|(?:{_OTHER_ID_WORDS.pattern})",
    regex.IGNORECASE,
)
# A passport's mixed letters and digits after its word: "Passeport n° 12AB34567".
_PASSPORT = regex.compile(
    r"(?i:passport|passeport|pasaporte|pasaportea|vegabréf|reisepass|driving licen[cs]e|"
    r"driver's licen[cs]e|"
    r"permis de conduire|carnet de conducir|carné de conducir|ökuskírteini|gidabaimen|"
    r"R\.?F\.?C|credencial de elector|clave de elector|alien registration)"
    r"\p{L}*[ \t.:]*"
    # ("Passeport actuel n° 91CF27834", "gidabaimena zk. 44152870")
    r"(?:(?i:actuel|actual|current|valide|valid|présent)[ \t]+(?=(?i:n[o°º])))?"
    r"(?:(?i:n[o°º]|no|nº|number|número|numéro|zk)\.?[ \t:]*)?"
    # (in groups too: "D123-4567-8901")
    # (a German passport's series letter apart: "Reisepass F 4408213")
    r"(?P<number>(?:[A-Z][ \t](?=\d{6}))?"
    r"(?=[A-Z0-9-]*\d[A-Z0-9-]*\d)[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){5,20})(?![\w])",
    _FLAGS,
)
# A run of digits on one line, with the separators OCR puts in or makes up ("11:52: 01 64
# 237 364 50" for the NIR 1 52 01 64 237 364 50): when an ID word announces it, it is
# proposed for review even though no check digit holds.
# OCR also reads a digit as a letter at times ("925 O1"): a group of the run may hold O, o,
# I or l beside at least one digit.
_DIGIT_RUN = regex.compile(
    # the letters before the digits: an NI number's, "G/61347", a society's, "VOL-0217"
    # ("B.141207", "WA/N 8836")
    # (not an abbreviation's last letter: "C.I. 1.284.663", "L.E. 5.214.870")
    # ("HER-PPP-2005/014", a dog licence's; a Norwegian seaman's book, "Å 21 604")
    r"(?<![\w])(?:(?<!\.)[A-ZÁÉÍÓÚÝÞÆÖÐÑÅØÄÜ]{1,6}(?:[/-][A-Z]{1,3})?(?:\.[ \t]|[ \t/.-])?)?"
    # (a comma and a space before one digit end the number: "GB-118204, 3 stk.")
    # (letters inside: France's old identity card, "63 GP 04418")
    # (a full stop and a space end it: "Hermannsnúmer 1000482. 223. herdeildin")
    r"[OoIl]?\d[\dOoIl]*(?:(?:[ \t:/-]{1,2}|[ \t:/-]?\.(?![ \t\n])[:/-]?|,[:./-]?|,[ \t](?=\d\d)"
    # (a war pension's "4/M/22817", a federation's licence "GI-11-F-04417"; not a Roman
    # month's date, "14-IV-1953")
    r"|[ \t][A-Z]{1,2}[ \t]|/[A-Z]{1,2}/|-(?![IVX]+-)[A-Z]{1,2}-"
    r"|(?<=\d)[A-Z](?=\d))"  # (a French driving licence's "790420B10231")
    r"[OoIl]*\d[\dOoIl]*){0,12}"
    r"(?:[ \t.-]?[A-Z])?(?![\w])",  # "44128831-K"
    _FLAGS,
)


# An ID word ending right before a number, with at most "no.", "n°" or a colon between.
_ID_WORD_JUST_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?i:{_OTHER_ID_WORD_LIST}|nhs number|national insurance(?: number| no\.?)?|"
    r"social security(?: number| no\.?)?|ird number|"
    r"numéro de sécurité sociale|kennitala|nan zenbakia)"
    r"[ \t.:]*(?i:(?:n[º°o]|no|nr|number|número|numéro|zk|zenbakia|card|is|es|est|er)\.?[ \t:]*)?$"
)


# The names of letters as a tape spells them after an ID's digits: Spanish and Basque
# ("ene", "eme", "efe", "zeta"), and single letters ("t", "p e l j").
_SPANISH_LETTER_NAMES = (
    r"a|be|ce|ze|de|e|efe|ge|hache|hatxe|i|jota|ka|ele|eme|ene|eñe|o|pe|cu|ku|erre|ese|te|u|uve|"
    r"equis|ixa|ye|zeta"
)
_LETTER_SAID = regex.compile(
    rf"[ \t,]*(?P<letter>(?:{_SPANISH_LETTER_NAMES}|[b-df-hj-np-tv-z]))(?![\p{{L}}\d])"
)
# An identity card's word before a number said in a tape ("me dice su dni ... el setenta
# y dos ... ene", "nan zenbakia").
_SAID_ID_WORD = regex.compile(
    r"(?i)(?<![\p{L}])(?:dni|nie|nif|carnet|carné|cédula|rut|curp|nan|nortasun|identity card|"
    r"national insurance|insurance number|ni number|social security|ssn|sécu|sécurité sociale|"
    r"kennitala|kennitölu|passport|pasaporte|passeport|pps|assurance maladie|carte vitale|"
    r"carte d'identité)(?![\p{L}])"
)


def said_ids(text: str, numbers: Sequence[Found]) -> list[Found]:
    """A number said in a tape with a letter after it, an identity card's word before it:
    the ID ("el setenta y dos cuatro uno cero nueve tres cinco ene"), not a telephone."""
    found = []
    for number in numbers:
        letter = _LETTER_SAID.match(text, number.end)
        if letter and _SAID_ID_WORD.search(text, max(0, number.start - 120), number.start):
            found.append(Found(number.start, letter.end(), ID_NUMBER, 0.5, "said-id"))
    return found


def id_word(value: str) -> bool:
    """ "DNI", "Libreta Electoral", "L.E.": the whole value is a word for an ID."""
    value = value.strip(" .,;:")
    return bool(_ANY_ID_CONTEXT.fullmatch(value) or _ANY_ID_CONTEXT.fullmatch(value + "."))


def announced_as_id(text: str, start: int) -> bool:
    """Whether an ID word, a person's number's label or an account's word ends right
    before ``start`` ("NHS number: |485 777 3456", "Pupil number was |1408", "Reikningur
    |0311-26-4471"): the number there is the ID or the account, not a telephone number of
    the same shape."""
    before = max(0, start - 40)
    return bool(
        _ID_WORD_JUST_BEFORE.search(text, before, start)
        or _PERSON_NUMBER_LABEL.search(text, before, start)
        or _ACCOUNT_LABEL.search(text, before, start)
    )


_YEAR = regex.compile(r"(?:1[5-9]|20)\d\d")
# A small society's member and the sign of a number, before as few as two digits: "membre
# n° 88", "Mem. No. 41", "bazkide berriak (zk. 44)", "Félagar nr. 14" (and a small
# prison's inmate: "fangi nr. 38")
_MEMBER_NUMBER_SIGN = regex.compile(
    r"(?i)(?<![\p{L}])(?:membre|member|mem\.|memb\.|socio|socia|sociétaire|adhérente?|"
    r"camarades?|félag(?:i|ar)|fang[ia]|bazkide\p{L}*(?:[ \t,]+\p{L}+){0,3}[ \t,(]*|"
    # ... and a town's fire brigade or night watch, as small: "Brigade No. 27", "bombero
    # núm. 47", "brunaliðsmanni nr. 23", "zerbitzu-zk. 14"
    rf"{_FIRE_AND_WATCH_WORDS}|zerbitzu-)"
    rf"[ \t]*{_NUMBER_SIGN}[ \t:]*$"
)
# A date or a span of years, which an ID word further off does not announce.
_YEARS = r"(?:1[5-9]|20)\d\d[-–/](?:(?:1[5-9]|20)?\d\d)"  # "1947-48", "1914/1918"
_DATE_OR_YEARS = regex.compile(rf"\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|{_YEARS}(?!\d)")


# A soldier's number before his rank, as letters and lists give it: "No. 240817 Pte. H.
# Holroyd", "14412345 Gnr. Evans".
_NUMBER_BEFORE_RANK = regex.compile(
    r"(?<![\w])(?:(?:No\.?|Nº|N°)[ \t]*)?(?P<number>\d{4,9}),?[ \t]+(?=(?:Pte|Cpl|L/Cpl|Sgt|Gnr|"
    r"Spr|Dvr|Tpr|Rfn|Pioneer|Private|Gunner|Sapper|Trooper|Rifleman|Corporal|Sergeant)\b"
    # or before the man's battalion: "No. 31562, 2nd Bn. Welsh Guards"
    r"|(?<=No\.?[ \t]*\d{4,9},?[ \t]+)\d{1,2}(?:st|nd|rd|th)[ \t]+(?:Bn|Battalion|Regt|Coy|Bde)\b)"
)


_YEAR_AND_COUNT = regex.compile(r"(?:1[89]|20)\d\d[-/]\d{1,5}")
# A year inside a code, which makes it a file's or an accession's: "KH/2019/047"
_YEAR_INSIDE = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# A word and a number's sign before a code of capitals and digits, the word no file's,
# thing's or place's: "Licence du ministère ... no M-44217", but not "Accession no.
# KH/2019/047", "Loan no. L2023.07", "Policy No. HC 7734019", "Form No. LF/2".
_CODE_SIGN_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])\p{L}+\.?,?[ \t]+(?:no\.?|n[º°o]\.?|n\.[º°]|núm\.?|nr\.?|zk\.?)[ \t:]*$"
)
# ... and the words of a thing's or a file's number, on the line before the sign:
# "Contrat Multirisque n° MRH 0452217", "Artxiboko zk.: ERR-G-021", "Recording no."
_THINGS_NUMBER_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:accession|loan|serial|report|expediente|dossier|warrant|vacancy|"
    r"invoice|catalogue|cat|folio|page|file|box|lot|item|form|ref|reference|order|job|claim|"
    r"mál|salaketa|contrat|contrato|contract|kontratua|policy|receipt|voucher|bill|plan|"
    r"drawing|negative|photo|tape|zinta|cassette|disc|recording|collection|fonds|case|reel|"
    r"plate|road|route|bus|train|flight|room|ward|bed|hut|block|plot|grave|pew|stand|stall|"
    r"car|van|engine|vehicle|lorry|truck|boat|vessel|ship|model|part|type|pattern|sheet|map|"
    r"chart|record|reserva|reservation|booking|document|agiri\p{L}*|artxibo\p{L}*|"
    r"archiv\p{L}*)(?![\p{L}])[^\n]*$"
)
# An admission to a hospital, a foundling home, a poorhouse: "ingreso n.º 2206", "entrée
# n° 62-0417", "registre des entrées, n° 1197", "con el número de entrada 1.284", "Núm.
# de entrada 3.417" (not an archive's deposit, "N° d'entrée : 2023-041", a year and a count)
_ADMISSION_LABEL = regex.compile(
    r"(?i)(?<![\p{L}'’])(?:(?:entrée|ingreso|registre[ \t]+des[ \t]+entrées)[ \t,]+"
    rf"{_NUMBER_SIGN}"
    r"|(?:n[º°o]\.?|n\.[º°]|núm\.?|número)[ \t]+de[ \t]+entrada"
    # a pupil's school number in Basque: "Eskola-zenbakiak: 231 eta 232"
    r"|eskola-zenbaki\p{L}*(?:[ \t]*:)?)[ \t]*$"
)
_MATRICULE_JUST_BEFORE = regex.compile(
    r"(?i)matricule(?:[ \t]+au[ \t]+(?:recrutement|corps))?[ \t]*$"
)
_YEAR_SPAN = regex.compile(_YEARS)
_SIGN_IN_LABEL = regex.compile(
    r"(?i)n[º°o]\.|n[º°]|n\.[º°]|(?<![\p{L}])(?:no|nr|núm|zk)(?:\.|[ \t]*$)|numéro|número|number|"
    r"númer|#"
)
_TIME_STAMP = regex.compile(r"(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+)?\d{1,2}:\d\d(?::\d\d)?")


# The word between the last two of a list: "Félagar nr. 14, 87 og 203", "n° 512, 640 et 1019"
_LIST_GOES_ON = regex.compile(r"(?:[ \t]*,)?[ \t]+(?:and|et|og|y|e|eta|&)[ \t]+|,[ \t]*")


# (not a job centre's "vacancy card D/114", nor a help desk's "ticket HD-2291"; a
# seaman's discharge book, "Dis. A 862305"; a student's matriculation, "matric. 31/0662")
_PAPER_WORD_JUST_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?<!vacancy[ \t])(?:card|book|licen[cs]e|certificate|carte|dis\.[ \t]*a|"
    r"convict|matric\.)"
    r"[ \t]+$"
)
# A reader's ticket, its series' letter and its number: "Ticket R 5512", "his junior
# ticket is J 11926" (a help desk's "ticket HD-2291" has no such shape)
_READERS_TICKET = regex.compile(r"(?i:ticket)(?:[ \t]+(?i:is|was))?[ \t]+$")


_ASIDE_BEFORE_COLON = regex.compile(r"[ \t]*\([^()\n]{1,30}\)(?=[ \t]*:[ \t]*$)")


def _without_aside(text: str, start: int) -> tuple[str, int]:
    """The text with a bracketed aside between a label and its colon left out, and where
    ``start`` falls in it then."""
    aside = _ASIDE_BEFORE_COLON.search(text, max(0, start - 45), start)
    if not aside:
        return text, start
    return text[: aside.start()] + text[aside.end() :], start - len(aside.group())


def _announced_at(seen: str, at: int, number: str, listed: bool) -> bool:
    """Whether a label, an ID word or a paper's word before ``at`` in ``seen`` announces
    ``number`` as a person's; ``listed``: it goes on a list whose first one was."""
    label = _PERSON_NUMBER_LABEL.search(seen, max(0, at - 60), at)
    labelled = (
        label
        or (
            _ADMISSION_LABEL.search(seen, max(0, at - 40), at)
            and not _YEAR_AND_COUNT.fullmatch(number)
        )
        or (
            _NUMBER_WORD_JUST_BEFORE.search(seen, max(0, at - 12), at)
            and _PERSON_DOCUMENT.search(seen, max(0, at - 60), at)
        )
        # the last of a list whose first is labelled: "Félagar nr. 14, 87 og 203"
        or listed
        # one's own number, a code of letters and five digits or more: "con el número
        # E-1487302", "mon numéro G/61347" (not "Accession no. KH/2019/047": a year)
        or (
            _OWN_NUMBER_BEFORE.search(seen, max(0, at - 20), at)
            and regex.match(r"\p{Lu}", number)
            and len(_digits(number)) >= 5
            and not _YEAR_INSIDE.search(number)
        )
    )
    # a card's, a licence's or a certificate's number right after its word, shown by
    # its shape, a code's capitals or a long run of digits: "party card GD 5521",
    # "personal licence SLDC/PL/0448", "certificate 001438275591"
    if (
        not labelled
        and (regex.match(r"\p{Lu}", number) or len(_digits(number)) >= 6)
        and _PAPER_WORD_JUST_BEFORE.search(seen, max(0, at - 30), at)
        and not _YEAR_INSIDE.search(number)
    ) or (
        regex.fullmatch(r"\p{Lu}[ \t]\d{4,6}", number)
        and _READERS_TICKET.search(seen, max(0, at - 20), at)
    ):
        labelled = True
    # a code of capitals and digits right after a word and a number's sign: a
    # person's, as a file's, an accession's or a form's is said so: "Credencial de
    # trabajador ... núm. SCT-118402", "Licencia federativa núm. MU-3347"
    if not labelled and regex.match(r"\p{Lu}", number) and len(_digits(number)) >= 3:
        labelled = (
            bool(_CODE_SIGN_BEFORE.search(seen, max(0, at - 40), at))
            and not _THINGS_NUMBER_BEFORE.search(seen, max(0, at - 40), at)
            and not _YEAR_INSIDE.search(number)
        )
    # Six digits are enough after an ID word: a UK NI number has six, between letters;
    # three after a person's number's label, two after a member's
    least = 6
    if labelled:
        least = 2 if _MEMBER_NUMBER_SIGN.search(seen, max(0, at - 40), at) else 3
    if len(_digits(number)) < least:
        return False
    if _TIME_STAMP.fullmatch(number):
        return False  # "[14/7/22 10:21] Diego:", "[00:00:48]": a chat's or a tape's time
    if not labelled and (
        _YEAR_AND_COUNT.fullmatch(number)
        or _YEAR_SPAN.fullmatch(regex.sub(r"^[A-Z]+[ \t]", "", number))
    ):
        # "sinistre n° 2024-118" near a policy's word: a claim's, a file's; "LIBRO DE
        # MATRÍCULA ..., CURSO 1947-48": a school year
        return False
    if (
        _YEAR.fullmatch(number)
        and not _NUMBER_WORD_JUST_BEFORE.search(seen, max(0, at - 12), at)
        and not regex.search(r":[ \t]*$", seen[max(0, at - 4) : at])
        # a soldier's "matricule au recrutement 1877", right after its label
        and not _MATRICULE_JUST_BEFORE.search(seen, max(0, at - 40), at)
        # a member's "n° de membre 2067", "Félagsnúmer 1873": a label with its sign
        and not (label and _SIGN_IN_LABEL.search(label.group()))
    ):
        return False  # "Cartilla de racionamiento de 1946": when, not which

    # a long number may stand further from its word: "mi cédula de la Policía Federal,
    # que es la 3.218.447"
    long = len(_digits(number)) >= 7 and not _DATE_OR_YEARS.search(number)
    near = 60 if long else 30
    return bool(
        labelled or announced_as_id(seen, at) or _context(seen, at, _ANY_ID_CONTEXT, before=near)
    )


def _announced_numbers(text: str) -> list[Found]:
    found: list[Found] = []
    for match in _DIGIT_RUN.finditer(text):
        start = match.start()
        letters = regex.match(r"\p{Lu}+[ \t]", match.group())
        if letters and (
            _ANY_ID_CONTEXT.fullmatch(letters.group().strip())
            or letters.group().strip() == "ID"
            or (
                letters.group() == "A "
                and regex.search(r"(?i)dis\.[ \t]*$", text[max(0, start - 8) : start])
            )
        ):
            # "DNI 12.345.678", "Contact ID 20931", "Dis. A 862305" (a seaman's discharge
            # book): the word announces it, is no part of it
            start += letters.end()
        number = text[start : match.end()]
        listed = bool(
            found
            and found[-1].detector == "announced-number"
            and _LIST_GOES_ON.fullmatch(text, found[-1].end, start)
        )
        # (a label read through an aside before its colon too: "Volunteer ID (office
        # use): NLWW-17-0483", "Número de voluntario(a): VOL-MICH-2019-0612")
        seen, at = _without_aside(text, start)
        if _announced_at(text, start, number, listed) or (
            at != start and _announced_at(seen, at, number, listed)
        ):
            # (proposed unsure: no check digit holds; a telephone number of the same shape
            # right after the ID word is not proposed, see announced_as_id)
            found += [
                Found(start + a, start + b, ID_NUMBER, 0.45, "announced-number")
                for a, b in _listed_parts(number)
            ]
    return found


def _listed_parts(number: str) -> list[tuple[int, int]]:
    """A list of numbers of one length is each of them: "Roll Nos. 1183, 1184 and 1185"."""
    parts = [(m.start(), m.end()) for m in regex.finditer(r"\d+", number)]
    if regex.fullmatch(r"\d{2,}(?:,[ \t]\d{2,})+", number) and len({b - a for a, b in parts}) == 1:
        return parts
    return [(0, len(number))]


# An Australian's or a New Zealander's number, letters first, before his battalion: "Our
# son Kevin, NX 71554, 2/13th Battalion".
_NUMBER_BEFORE_BATTALION = regex.compile(
    r"(?<![\w])(?P<number>[A-Z]{1,3}[ \t]?\d{4,7}),[ \t]+(?:\d{1,2}/)?\d{1,2}(?:st|nd|rd|th)[ \t]+"
    r"(?:Bn|Battalion|Regt|Regiment|Coy|Bde|Field)\b"
)
# A soldier's number after his rank and name: "From Pte. W. J. Kowalchuk, L103562, "C" Coy."
# (a railwayman's staff number in brackets after his grade and name: "Porter G. Lund
# (47213)", not a year)
_NUMBER_AFTER_RANK_AND_NAME = regex.compile(
    r"(?<![\p{L}])(?:Pte|Cpl|L/Cpl|Sgt|Gnr|Spr|Dvr|Tpr|Rfn|Private|Gunner|Sapper|Trooper|"
    r"Rifleman|Corporal|Sergeant|PC|WPC|DC|DS|Insp|Constable|Porter|Guard|Signalman|"
    r"Fireman)\.?[ \t]+"
    r"(?:\p{Lu}\.[ \t]*|\p{Lu}[\p{L}'’-]+[ \t]+){0,3}"
    # (a policeman's collar number, a letter and three digits: "PC A. Munro B447")
    r"\p{Lu}[\p{L}'’-]+,?[ \t]+(?:No\.?[ \t]*)?"
    r"(?:(?P<number>[A-Z]{0,2}[/-]?\d{4,9}|[A-Z]\d{3})(?![\w])|"
    r"\((?P<number>(?!(?:1[5-9]|20)\d\d\))\d{4,6})\))"
)
# A Basque code before its word: "Elkarteko kide naiz, AOE-2017-044 zenbakiarekin"
_CODE_BEFORE_BASQUE_NUMBER_WORD = regex.compile(
    r"(?<![\w])(?P<number>\p{Lu}{1,6}[-/]?\d[\d/-]{2,12})[ \t]+zenbaki\p{L}*"
)
# A number before the Basque word for number, as a person's: "3513 zenbakiko haurrak",
# "1.208 zenbakiarekin", "431 zenbakia eman zaio", "Koldo Etxebarria, 3513 zk.", and the
# number listed before it ("3512 eta 3513 zenbakiko"). Not a house's "9. zenbakiko" (an
# ordinal), nor a number after a street's word.
_NUMBER_BEFORE_BASQUE_NUMBER_WORD = regex.compile(
    r"(?<![\w.,])(?:(?P<first>\d[\d.]{1,10})[ \t]+eta[ \t]+)?"
    r"(?P<number>(?:\p{Lu}{1,2}-)?\d[\d.]{0,10}\d(?:-\d+)?)[ \t]+"
    # an internee's, a prisoner's, an agent's number, a hospital's history: "G-9031
    # barneratu-zenbakiarekin", "0317 eta 0452 lanbide-zenbakiak", "0458821 historia
    # klinikoaren zenbakia"
    r"(?:(?:barneratu|preso|lanbide|gaixo|bazkide|ikasle|langile|soldadu)-|"
    r"historia[ \t]+klinikoaren[ \t]+)?"
    r"(?:zenbaki(?:ko|arekin|a|ak|duna)|zk\.)(?![\p{L}])"
)
_BASQUE_STREET_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:kale|etorbide|plaza|pasealeku|bide|auzo|errepide)\p{L}*[ \t,]+$"
)
# A number before "zenbakidun" (with the number) and a paper: "14.587.332-K zenbakidun
# NANaren jabea", "B-2271 zenbakidun pasaportea"
_NUMBER_BEFORE_ZENBAKIDUN = regex.compile(
    r"(?<![\w.])(?P<number>(?:\p{Lu}{1,3}-?)?\d[\d. /-]{2,14}\d(?:-?\p{Lu})?)[ \t]+zenbakidun"
    r"[ \t]+(?i:nan|dni|nortasun|pasaporte|ifz|nif|txartel|liburuxka|kartilla|karnet)"
)
# A radio amateur's call sign, which names its licensed holder ("G3XYZ", "GM4ABC/P",
# "EA2BQ", "TF3JB", "2E0ABC", "HB9XYZ"): looked for only in a text about amateur radio (a
# QSL card, a station's log, a club's list), where such a word says so; elsewhere the
# same shape is half a Canadian postcode ("H2J 1V6")
_RADIO_TEXT = regex.compile(
    r"(?i)(?<![\p{L}])(?:qsl|qso|qth|qrz|call[ \t-]?signs?|indicati(?:f|vo)|kallmerki\p{L}*|"
    r"radioaficionad\p{L}*|radio[ \t-]?amateurs?|amateur[ \t]+radio|ham[ \t]+radio|"
    r"radioamat\p{L}*|radíóamatör\p{L}*|irratizale\p{L}*)(?![\p{L}])"
)
_CALL_SIGN = regex.compile(
    r"(?<![\p{L}\d/])(?:[A-Z]{1,2}|\d[A-Z]|[A-Z]\d)\d[A-Z]{2,4}(?:/[A-Z\d]{1,3})?(?![\p{L}\d])"
)


def find_call_signs(text: str) -> list[Found]:
    if not _RADIO_TEXT.search(text):
        return []
    signs = _CALL_SIGN.finditer(text)
    return [Found(m.start(), m.end(), ID_NUMBER, 0.5, "call-sign") for m in signs]


# A British driving licence's number: five letters of the surname (9s after a short one),
# the birth date's six digits (the month plus 50 for a woman), two initials, a digit and
# two check letters: "ENTWI 656116 JM9XR", "MORGA753116SM9IJ"
_UK_DRIVING_LICENCE = regex.compile(
    r"(?<![\w])[A-Z][A-Z9]{4}[ \t]?(?P<birth>\d{6})[ \t]?[A-Z][A-Z9]\d[A-Z]{2}(?![\w])"
)


def _uk_driving_licence_date(birth: str) -> bool:
    month, day = int(birth[1:3]), int(birth[3:5])
    return (1 <= month <= 12 or 51 <= month <= 62) and 1 <= day <= 31


# A wartime identity card's number, four letters and a household's number: "NBKL 214/3"
_NATIONAL_REGISTRATION = regex.compile(
    r"(?<![\w])(?P<number>[A-Z]{4}[ \t]?\d{1,4}/\d{1,2})(?![\w/])"
)


def find_ids(text: str) -> list[Found]:
    text = _blank_specks(text)  # "dugu: -61449085P": a speck stuck to the number
    found = _announced_numbers(text) + find_call_signs(text)
    found += [
        Found(m.start("number"), m.end("number"), ID_NUMBER, 0.5, "passport")
        for m in _PASSPORT.finditer(text)
    ]
    found += [
        Found(m.start(), m.end(), ID_NUMBER, 0.6, "driving-licence")
        for m in _UK_DRIVING_LICENCE.finditer(text)
        if _uk_driving_licence_date(m["birth"])
    ]
    found += [
        Found(m.start("number"), m.end("number"), ID_NUMBER, 0.5, "service-number")
        for pattern in (_NUMBER_BEFORE_RANK, _NUMBER_AFTER_RANK_AND_NAME, _NUMBER_BEFORE_BATTALION)
        for m in pattern.finditer(text)
    ]
    found += [
        Found(m.start("number"), m.end("number"), ID_NUMBER, 0.45, "announced-number")
        for pattern in (_CODE_BEFORE_BASQUE_NUMBER_WORD, _NUMBER_BEFORE_ZENBAKIDUN)
        for m in pattern.finditer(text)
    ]
    for m in _NUMBER_BEFORE_BASQUE_NUMBER_WORD.finditer(text):
        if _YEAR.fullmatch(m["number"]) or _BASQUE_STREET_BEFORE.search(
            text, max(0, m.start() - 30), m.start()
        ):
            continue
        for group in ("first", "number"):
            if m[group]:
                found.append(
                    Found(m.start(group), m.end(group), ID_NUMBER, 0.45, "announced-number")
                )
    registrations = list(_NATIONAL_REGISTRATION.finditer(text))
    # One said to be an identity number says what the others of its shape are, further
    # down a list: "identity numbers noted: D. M. Pike DLAH 71/4; ...; R. S. Cotter DLAK 203/3"
    if any(
        _context(text, m.start(), _ANY_ID_CONTEXT, before=90)
        or regex.search(r"(?i)registration", text[max(0, m.start() - 90) : m.start()])
        for m in registrations
    ):
        found += [
            Found(m.start("number"), m.end("number"), ID_NUMBER, 0.45, "identity-card")
            for m in registrations
        ]
    for rule in _ID_RULES:
        for match in rule.pattern.finditer(text):
            value = match.group()
            if not rule.plausible(value):
                continue
            announced = _context(text, match.start(), rule.context, before=30)
            if rule.is_valid(value):
                score = 0.95 if announced else rule.score_valid
            elif announced:
                score = 0.45  # the right shape after its keyword; one digit may be misread
            elif rule.distinctive(value) and not _context(
                text, match.start(), _REFERENCE_WORD, before=20
            ):
                score = 0.4
            else:
                continue
            if score > 0:
                found.append(Found(match.start(), match.end(), ID_NUMBER, score, rule.name))
    return found


# ----- bank accounts and cards ---------------------------------------------------------

_IBAN_CANDIDATE = regex.compile(r"(?<!\w)[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?!\w)", _FLAGS)
_IBAN_CONTEXT = _ctx(
    r"iban|bank|account|compte|cuenta|konto|reikning|reikningur|kontua|kontu zenbakia|"
    r"kontu-zenbakia|rekening|banque|banco|bankua|rib"
)
# The countries whose IBANs the archives' letters hold: one of theirs with a wrong check
# digit is still someone's account, mistyped.
_IBAN_COUNTRIES = word_set("ES FR GB IS IE DE NL BE IT PT CH LU AT DK NO SE FI")
_CARD_CANDIDATE = regex.compile(r"(?<![\w-])[2-6]\d{3}(?:[ -]?\d){9,15}(?![\w-])", _FLAGS)
_CARD_CONTEXT = _ctx(
    # (Icelandic compounds: "greiðslukort", "kreditkort", "debetkortanúmer")
    r"card|carte|tarjeta|\p{L}*kort\p{L}*|karte|kreditkarte|txartela|visa|mastercard|cb|amex"
)


# An account's word right before its number, in the forms before IBANs: "sort code
# 20-45-77, account number 40312269", "a/c no. 0412779", "CCP 1247-88 Nancy", "Cuenta:
# 2080 0123 45 6789012345", "CBU 0110599520000012345678", "Reikningur 0311-26-4471",
# "Sparisjóðsbók nr. 4417", "Kontu zenbakia: 2095 0611 12 3456789012".
_ACCOUNT_LABEL = regex.compile(
    r"(?i)(?<![\p{L}])(?:account|acct\.?|a/c|sort[ \t]+code|"
    # (with its town: "C.C.P. Pointe-à-Pitre n° 1456-22 K")
    r"(?:compte(?:[ \t]+courant)?(?:[ \t]+(?:de[ \t]+)?chèques?)?(?:[ \t]+postal|[ \t]+postaux)?|"
    r"ccp|c\.c\.p\.)"
    r"(?-i:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2}|"
    # "cuenta de ahorros n.º", "caja de ahorro 001583921-00002"
    r"rib|cuenta(?:[ \t]+corriente|[ \t]+de[ \t]+ahorros?)?|caja[ \t]+de[ \t]+ahorros?|"
    # (a Basque account whose money goes out: "bere kontutik, zk. 21-40882")
    r"c/c|ccc|cci|cbu|clabe(?:[ \t]+interbancaria)?|"
    r"kontu[ \t-]?zenbakia|kontu[ \t]+zk|kontua|kontutik|"
    r"reikning\p{L}*|reikn\.|"
    # a savings bank's member's book: "Caisse populaire de Lamèque, n° 4417-08",
    # "Caisse d'Épargne de Strasbourg n° 3 047 811 K"
    r"caisse[ \t]+(?:populaire|d['’]épargne)"
    r"(?:[ \t]+(?:de|du|d['’])[ \t]*(?-i:\p{Lu})[\p{L}'’\-]+)?,?"
    r"(?=[ \t]+n[º°o])|"
    r"(?:sparisjóðs|banka|viðskipta)bók\p{L}*|"
    r"(?:savings(?:[ \t]+bank)?|bank|pass)[ \t]?book|"
    r"livret(?:[ \t]+de[ \t]+caisse)?[ \t]+d['’]épargne|"
    # "Libreta de la Caja General de Ahorros"
    r"(?:libreta|cartilla)[ \t]+de[ \t]+(?:la[ \t]+)?"
    r"(?:caja(?:[ \t]+\p{L}+)*?[ \t]+de[ \t]+)?ahorros?|"
    # a bank and its branch: "Banco de Chile N.º", "Banco Industrial Colombiano, oficina
    # Itagüí, No.", "Banco República, la n.º"
    r"banco(?:[ \t]+(?:(?:de|del|de[ \t]+la)[ \t]+)?(?-i:\p{Lu})\p{L}+){1,3}"
    r"(?:,[ \t]+oficina(?:[ \t]+\p{L}+){1,2})?,?(?:[ \t]+la)?(?=[ \t]+n))"
    # ("account, No. 23417", "account is No. 4/71906")
    r"(?:(?:,|[ \t]+is)?[ \t]+"
    r"(?:number|no\.?|n[º°o]\.?|n\.º|nr\.?|núm\.?|número|numéro|zenbakia|zk\.?))?"
    r"[ \t.:]*$"
    # a savings book and its bank: "sparisjóðsbók við Sparisjóð Hrafnagilshrepps nr. 318"
    # ... and an account and its owner: "tékkareikning seljanda nr. 1101-26-402118"
    r"|(?i:(?:sparisjóðs|banka)bók\p{L}*|\p{L}*reikning\p{L}*)"
    r"(?:[ \t]+\p{L}+){1,3}[ \t]+nr\.?[ \t]*$"
    # ... a savings bank and its district: "Sparisjóði Mýrasýslu, nr. 2-4417"; an account
    # and whose it is, then a comma: "reikning kórsins, 1177-26-2004"
    r"|(?i:sparisjóð\p{L}*)(?:[ \t]+\p{Lu}\p{L}+){1,2},?[ \t]+nr\.?[ \t]*$"
    r"|(?i:\p{L}*reikning\p{L}*)[ \t]+\p{Ll}+,[ \t]*$"
)
_ACCOUNT_NUMBER = regex.compile(
    # ("S-0318", "18.207-C", "1456-22 K")
    r"(?<![\w])(?:[A-Z]{1,2}[ \t-]?)?\d[\d \t./-]{2,40}?\d(?:[ \t-][A-Z])?(?![\w]|[ \t./-]\d)"
)


# Basque names the account after its number: "20-4471-3 kontuan", "4021-11827/3
# kontu-zenbakia".
_BASQUE_ACCOUNT_AFTER = regex.compile(r"[ \t]+kontu(?:an|ko|-zenbaki\p{L}*)(?![\p{L}])")


def _accounts_after_their_word(text: str) -> list[Found]:
    found = []
    for match in _ACCOUNT_NUMBER.finditer(text):
        # (a sort code has a date's shape, "20-45-77"; a year alone is when, not which)
        if len(_digits(match.group())) < 4 or _YEAR.fullmatch(match.group()):
            continue
        if _ACCOUNT_LABEL.search(
            text, max(0, match.start() - 45), match.start()
        ) or _BASQUE_ACCOUNT_AFTER.match(text, match.end()):
            # a postal account is named by its centre too: "C.C.P. Rouen 1254-37 K"
            centre = _CCP_CENTRE_BEFORE.search(text, max(0, match.start() - 45), match.start())
            start = centre.start() if centre else match.start()
            found.append(Found(start, match.end(), IBAN, 0.5, "account-number"))
    return found


_CCP_CENTRE_BEFORE = regex.compile(
    r"(?i:ccp|c\.c\.p\.|compte[ \t]+(?:chèques?[ \t]+)?posta(?:l|ux))[ \t]+"
    r"\K\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?[ \t]+$"
)


# The forms of an account before IBANs, by their shape alone: Spain's twenty digits in
# groups of 4, 4, 2 and 10 ("2097 0178 12 0005432198"), France's RIB of 5, 5, 11 and 2
# ("30002 00550 0000157841Z 25"), Belgium's 3, 7 and 2 ("001-0428571-16"), Argentina's
# CBU of 22 digits, Iceland's bank, ledger and account of 4, 2 and 6 ("1110-26-204873"). No
# other number has these groups.
_ACCOUNT_SHAPE = regex.compile(
    r"(?<![\w-])(?:\d{4}([ -])\d{4}\1\d{2}\1\d{10}|\d{5}[ \t]\d{5}[ \t][\dA-Z]{11}[ \t]\d{2}|"
    r"\d{3}-\d{7}-\d{2}|\d{22}|\d{4}-\d{2}-\d{6})"
    r"(?![\w-])"
)


def find_accounts(text: str) -> list[Found]:
    found = _accounts_after_their_word(text)
    found += [
        Found(m.start(), m.end(), IBAN, 0.6, "account-number")
        for m in _ACCOUNT_SHAPE.finditer(text)
    ]
    for match in _IBAN_CANDIDATE.finditer(text):
        # The candidate may run on into the next words ("... 1234 Bank"): drop groups from
        # the end until the check digits hold.
        parts = match.group().split(" ")
        while len(parts) > 1 and not std_iban.is_valid("".join(parts)):
            parts.pop()
        value = " ".join(parts)
        if std_iban.is_valid(value.replace(" ", "")):
            found.append(Found(match.start(), match.start() + len(value), IBAN, 0.95, "iban"))
        elif _context(text, match.start(), _IBAN_CONTEXT) or (
            match.group()[:2] in _IBAN_COUNTRIES and len(match.group().replace(" ", "")) >= 15
        ):
            found.append(Found(match.start(), match.end(), IBAN, 0.45, "iban"))
    for match in _CARD_CANDIDATE.finditer(text):
        digits = _digits(match.group())
        if not 13 <= len(digits) <= 19:
            continue
        announced = _context(text, match.start(), _CARD_CONTEXT)
        if luhn.is_valid(digits):
            found.append(
                Found(match.start(), match.end(), CARD, 0.95 if announced else 0.8, "luhn")
            )
        elif announced:
            found.append(Found(match.start(), match.end(), CARD, 0.45, "luhn"))
    return found


# ----- names ---------------------------------------------------------------------------

_CAP = r"(?:[OD]['’])?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*"  # "O'Daly", "D'Arcy"
# Words of a name may be split over two lines; three spaces or more are a form's next
# column ("M.ª D. Sánchez     Firma del codonante").
_GAP = r"(?:[ \t]{1,2}|[ \t]*\n[ \t]*)"
_PARTICLE = r"(?:de|du|des|la|le|van|von|der|den|ten|ter|y|da|do|di|del|dos|das|d'|mac|ap|ab|ó|ui)"
_NAME = rf"{_CAP}(?:{_GAP}(?:{_PARTICLE}{_GAP}){{0,2}}{_CAP}){{0,3}}"
_INITIALS = r"(?:\p{Lu}\.[ \t]*){1,3}"

_HONORIFICS = (
    r"Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Revd|Sir|Dame|Lady|Lord|Mister|Capt|Captain|Sgt|"
    r"Father|Sister|Brother|Aunt|Auntie|Uncle|Nurse|Cllr|Councillor|Alderman|Canon|"
    r"Monsieur|Madame|Mademoiselle|Mme|Mlle|Mmes|MM|Me|Maître|Docteur|Abbé|Père|Mère|"
    r"Sœur|Soeur|Frère|Veuve|Vve|"
    r"Herr|Frau|Fräulein|Fam|Familie|Witwe|Univ\.-?Prof|Dipl\.-Ing|"
    r"Señor|Señora|Señorita|Sr|Sra|Srta|Don|Doña|Dña|Dª|Sor|Padre|"
    # Latin America's professional titles: "el Ing. Gopar", "Lic. Rosa López Martínez"
    r"Ing|Lic|Licdo|Licda|Lcdo|Lcda|Arq|"
    r"Jaun|Jauna|Andre|Andrea|"
    r"herra|Herra|frú|Frú|séra|Séra|fröken|ungfrú|Ungfrú|"
    r"Meneer|Mevrouw|Dhr|Mevr|Mw|Juffrouw|"
    r"Signor|Signora|Signorina|Sig|Dott|"
    r"Mrs\.|Mr\.|Messrs|Sres|Sras|Srs|Bean|Uasal|Iníon|"
    r"M\.|D\.|"
    # Offices written in lower case before a name: "le recteur Le Goaziou", "el párroco
    # Ibáñez", "the vicar Mr Hird".
    r"recteur|curé|vicaire|pasteur|notaire|docteur|instituteur|institutrice|abbé|"
    r"párroco|cura|mosén|fray|maestro|maestra|alcalde|apaiza|apaiz|vicar|rector|curate|"
    r"reverend|"
    # Titles in lower case inside a sentence: "la señora Elcira", "madame Dupont"
    r"señor|señora|señorita|doña|madame|monsieur|mademoiselle|"  # (not "don", French for gift)
    # Ranks: "le lieutenant de Boissieu", "Pte Harold Ollerenshaw", "el teniente Ayala"
    r"lieutenant|capitaine|sergent|caporal|adjudant|colonel|commandant|soldat|"
    r"teniente|capitán|sargento|cabo|coronel|comandante|"
    r"Lieutenant|Lieut|Lt|Sergeant|Serjeant|Corporal|Cpl|Private|Pte|Gunner|Sapper|Major|"
    r"Colonel|Col|"
    # A maiden name: "Mme Germaine Vandewalle, née Delannoy"
    r"née|nee|"
    # Don/Doña after Sr./Sra., as typed (D.ª, Dª) and as OCR reads them (D.a, D.2, D:).
    r"D\.?ª|D\.\??[a2]|D\.\?|D:"
)
_CAPITALISED_FUNCTION_WORDS = word_set(
    # A register's headings: "Christian Name", "Date".
    "Name Names Surname Surnames Date "
    # an advertisement's verbs: "Apply Trelawny Farm", "Enquire within"
    "Apply Enquire Inquire Contact Write "
    "The A An This That These Those Our My Your His Her Their Its We You They He She It "
    "In On At Of For From To By With And But Or If When Where What Who How Why All Any "
    "Le La Les Un Une Des Du De Ce Cette Nos Vos Leur Et Ou Mais Dans Sur Pour Par Avec "
    "Il Elle Ils Elles Nous Vous On Je Yo Él Ella Ellos Ellas Usted Ustedes Nosotros "
    "Notre Votre Mon Ma Ton Ta Son Sa Mes Tes Ses Leurs "
    "Der Die Das Ein Eine Und Oder Mit Von Zu Im Am Den Dem "
    "El Los Las Una Y En Con Por Para Del Al Mi Mis Tu Tus Su Sus Nuestra Nuestro Vuestra "
    "Vuestro Esta Este Esa Ese Toda Todo Cada Otra Otro Que "
    "Og Eða Í Á Við Um Frá Til Með Það Hann Hún Þau Ég Þú "
    "Eta Edo Baina Gure Nire Zure Haren Bere Hau Hori Hura "
    "Het Een En Op Van Voor Met "
    "Dear Sir Madam Friends Members Colleagues Monsieur Madame Messieurs Mesdames "
    "Chair Secretary Treasurer Society Committee Council"
)
# A title after "de" is no name's particle: "Don de Mlle Simone Hiriart" (a gift from).
_TITLE_AHEAD = r"(?:Mlle|Mme|Mlles|Mmes|Monsieur|Madame|Mademoiselle|Mr|Mrs|Miss|Don|Doña|Sr|Sra)\b"
# A name in capitals after a title in capitals, as an obituary's heading has it: "DOÑA
# VICENTA BOSCH MIRALLES", "DON MANUEL REGO VILARIÑO", "MRS EDNA CORKUM".
_CAPITALS_NAME = regex.compile(
    r"(?<![\p{L}])(?:DON|DOÑA|D\.|Dª|D\.ª|SR|SRA|MR|MRS|MISS|MME|MLLE|MONSIEUR|MADAME|HERRA|FRÚ|"
    r"TÍA|TIA|TÍO|TIO|JAUNA|ANDREA)\.?[ \t]+"
    r"(?P<name>\p{Lu}{2,}(?:[ \t]+(?:(?:DE|DEL|DE LA|Y|LE|LA)[ \t]+)?\p{Lu}{2,}){0,4})(?![\p{L}])"
)
# Spanish writes María short before a name: "M.ª Pilar Lahoz", "José M.ª García", "M.ª D.
# Sánchez".
_MARIA_NAME = regex.compile(
    r"(?<![\p{L}])(?P<name>(?:\p{Lu}\p{Ll}+[ \t]+)?M\.[ \t]?ª(?:[ \t]+\p{Lu}\.)*"
    r"(?:[ \t]+(?:(?:de|del)[ \t]+(?:la[ \t]+)?)?\p{Lu}\p{Ll}+){1,3})(?![\p{L}])"
)
_HONORIFIC_NAME = regex.compile(
    # "P. D. Escribidme": a postscript's "D." is no Don.
    rf"(?<!\w)(?<!P\.[ \t]?)(?:{_HONORIFICS})\.?{_GAP}"
    # "le lieutenant de Boissieu"; "Mrs O. is not available" (an initial alone)
    rf"(?P<name>(?:(?:de|du|d'|d’|van|von)[ \t]*(?=\p{{Lu}})(?!{_TITLE_AHEAD}))?"
    rf"(?:{_INITIALS})?{_NAME}"
    r"|\p{Lu}\.(?=[ \t]+\p{Ll}))",
    _FLAGS,
)
_SALUTATION = regex.compile(
    r"(?<!\w)(?:Dear|Dearest|My dear|Cher|Chère|Chers|Chères|Kæri|Kæra|Kæru|Elsku|Sæll|Sæl|"
    r"Querido|Querida|Queridos|Estimado|Estimada|Estimados|Lieber|Liebe|Sehr geehrter|"
    r"Sehr geehrte|Hallo|Beste|Geachte|Lieve|Annwyl|Agur|Kaixo|Caro|Cara|Gentile|"
    r"Gentilissimo|Gentilissima|Egregio|Egregia|Hello|Hi|Bonjour)"
    rf"(?:,[ \t]+|{_GAP})(?:(?:{_HONORIFICS})\.?{_GAP})?(?P<name>{_NAME})",
    _FLAGS,
)
_SELF_NAMED = regex.compile(
    r"(?i:my name is|my name's|i am called|je m'appelle|je m’appelle|je me nomme|"
    r"ég heiti|ich heiße|ich heisse|mein name ist|me llamo|mi nombre es|nire izena|"
    r"mijn naam is|ik heet|fy enw i yw|fy enw i ydy|is ainm dom|signed|signé|"
    r"undirritaður|undirrituð|firmado|unterzeichnet|sinatuta)"
    rf"[ \t:,]+(?P<name>{_NAME})",
    _FLAGS,
)
_SIGN_OFF = regex.compile(
    r"(?:Yours sincerely|Yours faithfully|Yours truly|Yours ever|Yours|Your (?:loving )?"
    r"(?:sister|brother|friend|son|daughter|mother|father|cousin|aunt|uncle)|With love|Love|"
    r"Best wishes|Kind regards|Regards|Je t'embrasse|Je t’embrasse|Bien à toi|Bien à vous|"
    r"Amitiés|Bises|Affectueusement|Ta sœur|Ton frère|Ton ami|Ta amie|"
    r"Þín systir|Þinn bróðir|Þín vinkona|Þinn vinur|Þín|Þinn|Kveðja|Með kveðju|"
    r"Bestu kveðjur|Með bestu kveðju|Besarkada|Agur bero bat|Zure lagun|Un abrazo|"
    r"Atentamente|Saludos|Tu hermana|Tu hermano|Mit freundlichen Grüßen|Viele Grüße|"
    r"Herzliche Grüße|Dein|Deine|Met vriendelijke groet|Groeten|Je zus|Je broer|"
    r"Cordiali saluti|Distinti saluti|Cordialement|Yn gywir|Cofion|"
    # Family letters' closings, longest first where one begins another.
    r"(?i:Grosses bises|Gros bisous|Bisous|Je vous embrasse|Muxu handi bat|Muxu bat|Muxuak|"
    r"Besarkada handi bat|Þinn einlægur bróðir|Þín einlæg systir|Þinn einlægur|Þín einlæg|"
    r"Ástarkveðja|Ástarkveðjur|Kær kveðja|Kærar kveðjur|Muchos besos|Un beso|Besos|"
    r"vuestra hija que no os olvida|vuestro hijo que no os olvida|Vuestra hija|Vuestro hijo|"
    r"Tu hija|Tu hijo|All my love|Love from|"
    r"Your loving (?:son|daughter|sister|brother|mother|father)))"
    # The name, not a sentence going on after it, but "Mimi et Roger" is two names.
    rf"[ \t]*,?[ \t]*\n?[ \t]*(?P<name>{_NAME})(?![ \t]*(?!(?:et|y|and|og|eta)[ \t])\p{{Ll}})",
    _FLAGS,
)
# Basque puts the title after the name: "Jon Agirre jaunak", "Miren Etxeberria andreari".
_NAME_THEN_TITLE = regex.compile(
    rf"(?<!\w)(?P<name>{_NAME})[ \t]+(?:jaun|jauna|jaunak|jaunari|jaunaren|andre|andrea|"
    r"andreak|andreari|andrearen|anderea|andereari|"
    # and a letter's greeting after the name: "Pantxika maitea", "Joxemari adiskide hori"
    r"maitea|maite|adiskide|adiskidea|agurgarria|estimatua|"
    # "Bonnet fils", "Lestrade aîné": the son, the elder
    r"fils|aîné|cadet)(?!\w)",
    _FLAGS,
)
# A kinship word beside a name: "su esposa, Angustias", "amma Dóra", "Stína frænka".
_KIN = (
    r"wife|husband|son|daughter|brother|sister|widow|widower|mother|father|cousin|nephew|niece|"
    r"esposa|esposo|marido|mujer|hijo|hija|hijos|hijas|hermano|hermana|viuda|viudo|sobrino|"
    r"sobrina|primo|prima|tía|tío|tia|tio|abuela|abuelo|nieto|nieta|padre|madre|papá|mamá|suegro|suegra|cuñado|cuñada|"
    r"yerno|nuera|padrino|madrina|"
    r"femme|mari|fils|fille|frère|sœur|soeur|épouse|époux|veuve|neveu|nièce|cousin|cousine|"
    r"tante|oncle|tata|tonton|marraine|parrain|mémé|pépé|"
    r"aunt|auntie|aunty|uncle|nan|nana|gran|grandma|grandad|"
    r"emaztea|senarra|semea|alaba|anaia|ahizpa|arreba|neba|alarguna|amona|aitona|izeba|osaba|"
    r"lehengusu|lehengusua|lehengusina|iloba|biloba|"
    r"kona|konan|maður|sonur|dóttir|bróðir|systir|frænka|frændi|amma|afi|mamma|pabbi"
)
_KIN_WORDS = frozenset(_KIN.split("|")) | {"beau-père", "belle-mère", "beau-frère", "belle-sœur"}
_KIN_THEN_NAME = regex.compile(
    # "su esposa, Angustias", "mi nieta, la Vane", "la viuda de Blasco", "son of Tom Hird"
    rf"(?<!\w)(?i:{_KIN})(?:,?[ \t]+(?:la|el)|[ \t]+(?:de|of))?,?[ \t]+"
    rf"(?P<name>{_CAP}(?:[ \t]+{_CAP}){{0,2}})(?!\w)",
    _FLAGS,
)
_POSSESSIVE_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:mi|mis|tu|tus|su|sus|nuestro|nuestra|my|his|her|our|their|ma|mon|"
    r"mes|sa|son|ses|notre|nos)[ \t]+$"
)
_NAME_THEN_KIN = regex.compile(  # Icelandic and Basque put it after: "Stína frænka"
    rf"(?<!\w)(?P<name>{_CAP})[ \t]+(?:frænka|frændi|amma|afi|"
    # Basque, with its case ending: "Graxi izebari", "Domingo osabaren", "Gabirondo
    # apaizak", "Elbira andereñoak", "Ezeiza jaunaren"
    # ... and a doctor's, a priest's, a teacher's, a mayor's: "Etxeberria doktorea",
    # "Garmendia medikua", "Laborde apezak", "Arana maisuak", "Zubiri alkatea"
    r"(?:izeba|osaba|amona|aitona|apaiz|andereño|jaun|doktore|mediku|apez|maisu|alkate)"
    r"(?:a|ak|ari|aren|ren|rekin|arekin|ri|k)?)"
    r"(?!\w)",
    _FLAGS,
)
# A Basque genitive or place word, or a verb, before a kin word: not the kin's name
_NOT_A_NAME_BEFORE_KIN = regex.compile(r"(?i)(?:aren|ren|ko)$")
_PATRONYMIC = regex.compile(
    rf"(?<!\w)(?:(?P<given>{_CAP}){_GAP}(?:{_CAP}{_GAP})?)?"
    r"(?P<family>\p{Lu}\p{Ll}+(?:dóttir|dóttur|dætur|sson|ssonar|ssyni|arson|arsonar|"
    r"arsyni|ason|asonar|asyni|usson|ússon))(?!\w)",
    _FLAGS,
)


def _trim_function_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop capitalised function words ("The", "Dear") from the ends of a name span."""
    words = list(regex.finditer(r"\S+", text[start:end]))
    while (
        words
        and words[0].group().strip(".,") in _CAPITALISED_FUNCTION_WORDS
        # "Le Goaziou", "De Smet": a particle that starts a surname stays.
        and not (len(words) == 2 and words[0].group() in _SURNAME_PARTICLES)
    ):
        words.pop(0)
    while words and words[-1].group().strip(".,") in _CAPITALISED_FUNCTION_WORDS:
        words.pop()
    if not words:
        return None
    return start + words[0].start(), start + words[-1].end()


# Given names that are also everyday words, months or places too often to propose alone.
_NAMES_THAT_ARE_WORDS = word_set(
    "May June July August April Rose Grace Hope Will Mark Bill Frank Faith Joy Summer Sommer "
    "Sunny Dawn Holly Ivy Iris Pearl Ruby Amber Jade Crystal Art Guy Rich Don Pat Sue Bob Jack "
    "Sky Star China Paris Page Dale Glen Lane Sol Mai Juni Juli Avril "
    "Angel Chance Chase Hunter Miles Major Prince King Earl Baron "
    "Royal Price Say Tom Van Von Del Della Will Wolf Fox Bear Hall Street Church River Park "
    "Field Green Brown White Black Gray Grey Young Long Small Short Little Major Mercy "
    "Prudence Patience Honor Honour Love Noel Easter Christmas Sunday Monday Friday Domingo "
    "Lundi Santa Saint Germain Eden Zion Israel Jordan Holland Florida Georgia Virginia "
    "Carolina Dakota India Asia Africa Europa Lorraine Normandie Bretagne Euskadi Island Ísland "
    "Calle Carné "
    # Months and days, which several languages capitalise.
    "January February March April May June July August September October November December "
    "Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre Décembre "
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember "
    "Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre Octubre Noviembre Diciembre "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Lundi Mardi Mercredi Jeudi "
    "Vendredi Samedi Dimanche Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"
)
# Words of a firm's or a body's name that no surname is: shipping lines, savings banks,
# co-operatives, hotels ("Allan Line", "Caja de Ahorros de Vigo", "Aurrezki Kutxa",
# "Arrantzaleen Kofradia", "Llanelli Co-operative", "Anduiza Hotela").
_FIRM_WORDS = word_set(
    "line express company compañía compagnie kutxa kofradia kofradian caja caisse "
    "co-operative railway society association ahorros hotel hotela café kaupfélag"
)
_INSTITUTION_WORDS = (
    word_set(
        "society council committee club association company co ltd limited inc plc bank church "
        "chapel school college university hall museum library archives archive trust office board "
        "union party band brothers sons hotel hospital railway works press times news gazette "
        "herald post records department ministry government parish county district city town "
        "regiment navy army lifeboat station fund foundation institute centre center service "
        # the army's: "Royal Welsh Fusiliers", "2nd Bn. Welsh Guards", "Seaforth Highlanders"
        "fusiliers guards rifles hussars dragoons lancers highlanders infantry artillery "
        "yeomanry battalion brigade corps militia "
        "national insurance aid tax revenue customs council "
        "société comité conseil mairie école église banque musée association syndicat compagnie "
        "cie fédération université collège lycée journal cercle amicale "
        "félag félagið félagsins sögufélag kirkja skóli banki elkartea eliza udala ikastola "
        "taldea kooperatiba koop batzordea fundazioa elkargoa aldundia "
        "asociación cofradía hermandad fundación federación cooperativa "
        "sociedad ayuntamiento iglesia escuela banco archivo archivos histórico provincial "
        "cultura consistorial "
        "municipal biblioteca museo artxiboa artxibo udal museoa liburutegia collections "
        "collection bibliothèque safn safnið skjalasafn héraðsskjalasafn "
        # faculties, schools and hospitals in five languages: "Medikuntza Fakultatea",
        # "Irakasle Eskola", "Queensland Division" (not "Section", a lot's: "Lot 14, Section 9")
        "faculty division commission fakultatea unibertsitatea eskola institutua ospitalea "
        "faculté institut hôpital facultad universidad instituto hospital háskóli "
        # sports clubs: "Darwen Vale FC", "Club Ciclista Mierense", "Stade Rennais",
        # "Union Sportive", "Íþróttafélagið", "Kirol Elkartea"
        "fc afc cf rfc athletic rovers wanderers harriers corinthians ciclista deportivo "
        "deportiva atlético sportive sporting stade olympique íþróttafélag íþróttafélagið "
        "ungmennafélag ungmennafélagið kirol"
    )
    | _FIRM_WORDS
)


# Words that make a capitalised run after a given name a thing's name, not a person's.
_NAMED_THING_WORDS = word_set(
    "methodist history project meeting falls township institute sacramentos centro ruta "
    "grange show memorial jubilee coronation park"
)
# An Icelandic boat's registration after its name: "Freyju ÍS 312", "Hafdís GK".
_BOAT_NUMBER = regex.compile(r"[ \t]+[A-ZÁÉÍÓÚÝÞÆÖ]{2}(?:[ \t]?\d{1,3})?(?![\p{L}])")


def capitalised_function_word(word: str) -> bool:
    """ "The", "Dans", "Eta": a capitalised word that is no name."""
    return word in _CAPITALISED_FUNCTION_WORDS


def name_that_is_a_word(word: str) -> bool:
    """ "May", "Rose", "Lundi": a given name too often an ordinary word to propose alone."""
    return word in _NAMES_THAT_ARE_WORDS


def firm_word(word: str) -> bool:
    """ "Line", "Kutxa", "Hotel": a word after a name that makes it a firm's, never a
    surname (unlike "Church" or "Hall")."""
    return word.casefold() in _FIRM_WORDS


def institution_word(word: str) -> bool:
    """ "Society", "Kirkja", "Ayuntamiento": a word that makes a name an institution's;
    and in Basque with its case ending: "Kooperatibak", "Aldundiak", "Udalak"."""
    folded = word.casefold()
    if folded in _INSTITUTION_WORDS:
        return True
    ending = _BASQUE_CASE_ENDING.search(folded)
    return bool(ending) and (
        folded[: ending.start()] in _INSTITUTION_WORDS
        or folded[: ending.start()] + "a" in _INSTITUTION_WORDS
    )


_BASQUE_CASE_ENDING = regex.compile(r"(?:ak|ek|aren|ren|ko|ean|an|etik|tik|ra|a)$")


_NAME_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{2,}(?![\p{L}\p{N}])")


@functools.cache
def _name_dictionary() -> tuple[frozenset[str], dict[tuple[str, str], int]]:
    """The name dictionary gender-guesser ships (Jörg Michael's nam_dict, about 48,000
    first names of many countries, Iceland and the Basque Country included): its names,
    and each name's highest frequency in the countries of a language (see
    _NAME_COUNTRY_COLUMNS)."""
    import importlib.resources

    try:
        data = importlib.resources.files("gender_guesser") / "data" / "nam_dict.txt"
        lines = data.read_text(encoding="utf-8").splitlines()
    except (ModuleNotFoundError, OSError):
        return frozenset(), {}
    names = set()
    frequencies: dict[tuple[str, str], int] = {}
    for line in lines:
        if line.startswith("#") or len(line) < 30 or line[0] not in "MF?1":
            continue
        name = line[3:29].strip()
        if name and "+" not in name and " " not in name and "-" not in name:
            names.add(name)
            for language, columns in _NAME_COUNTRY_COLUMNS.items():
                frequency = max((int(line[c], 16) for c in columns if line[c].strip()), default=0)
                key = (name, language)
                frequencies[key] = max(frequencies.get(key, 0), frequency)
    return frozenset(names), frequencies


@functools.cache
def _given_names() -> frozenset[str]:
    """First names of many countries, from the name dictionary, with common Basque ones
    it lacks."""
    names = _name_dictionary()[0] | _BASQUE_GIVEN_NAMES
    # "Les", "Des", "Can" are given names somewhere and ordinary words here.
    return frozenset(
        names - _NAMES_THAT_ARE_WORDS - _CAPITALISED_FUNCTION_WORDS - _NAMES_THAT_ARE_PLACES
    )


# Common Basque given names and pet forms that the dictionary lacks (the standard forms
# are in Euskaltzaindia's list of given names, Euskal izendegia). Names that are also
# everyday words ("Lur", earth; "Amets", dream; "Txiki", small) are left out.
_BASQUE_GIVEN_NAMES = word_set(
    "Aiora Aitziber Allande Amaiur Ametz Anjel Anjeles Antton Arene Aritz Arrate Axier Batirtze "
    "Battitt Battitta Bittori Dabid Danel Ellande Eñaut Errose Estitxu Ganich Ganix Garazi Gartzen "
    "Gaxuxa Gillermo Goizane Graxi Haizea Harkaitz Hegoi Ihintza Ilart Inaxio Inazio Iñigo Ioritz "
    "Iraia Irati Iratxe Itxaro Joakin Joanes Joanito Josemari Josetxo Joxean Joxeba Joxemari "
    "Joxepa Joxerra Juanjo Kattalin Kattin Kontxa Koro Luken Maddalen Maddi Manech Manex Maritxelo "
    "Martxel Mertxe Mikeltxo Mirentxu Mixel Nahia Nahikari Naia Naiara Ohiane Oinatz Oneka Oskia "
    "Pakito Pantxo Pello Pernando Polentzi Rikardo Santxo Satur Txaro Txema Txetxu Txordi Txus "
    "Ugaitz Usue Uxue Xabat Xalbador Xanti Xuban"
)


# The dictionary's columns of name frequencies (hexadecimal, 1 rare to D extremely common)
# for the countries of a language: Great Britain, Ireland, the USA; France, Belgium; Spain.
_NAME_COUNTRY_COLUMNS = {"en": (30, 31, 32), "fr": (37, 38), "es": (36,)}


def common_given_name(word: str, language: str) -> bool:
    """A given name at least fairly common (3 of 13) where the language is spoken; True
    where the dictionary has no frequencies for the language."""
    if language not in _NAME_COUNTRY_COLUMNS:
        return True
    return _name_dictionary()[1].get((word, language), 0) >= 3


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@functools.cache
def _every_given_name_folded() -> frozenset[str]:
    """ "Tomas" for "Tomás": to find a name under a pet ending that moved its accent."""
    return frozenset(_fold(name) for name in _given_names())


@functools.cache
def _folded_given_names() -> frozenset[str]:
    """The dictionary writes some names without their accents ("Ascension", "Gines")."""
    return frozenset(_fold(name) for name in _given_names() if name == _fold(name))


def given_name_or_word(word: str) -> bool:
    """A given name in the dictionary, counting those that are also words ("Grace",
    "Will"): for a word just before a surname already found."""
    return word in _name_dictionary()[0] or word in _BASQUE_GIVEN_NAMES


def is_given_name(word: str) -> bool:
    """A given name in the dictionary (with or without its accents)."""
    return word in _given_names() or (
        word != _fold(word)
        # "Firmó", "Llegó", "Decía": a verb's accent, while "Ascensión" folds to a name.
        and word[-1] == _fold(word[-1])
        and not word.endswith(("ía", "ían"))
        and _fold(word) in _folded_given_names()
        and word not in _NAMES_THAT_ARE_PLACES
    )


# Given names somewhere that are here a saint, a feast, a country or a place's first word.
_NAMES_THAT_ARE_PLACES = word_set(
    "San Santo Sainte France America Amérique América Europe Aires Reyes Lion Gala Abbey Can"
)


def sentence_start(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t")
    return not before or before[-1] in '.!?:;\n"“«—-[('


_TOKEN = regex.compile(r"\S+")
_TLDS = word_set(
    "com org net edu gov info is fr es eus cat gal eu de uk ie nl be it pt ch at dk no se fi "
    "ee ca us au nz cymru scot bzh"
)


# Lower-case words joined by dots OCR spaced, ending in a top-level domain, with the @ lost
# ("balduino. aguiladexample. es").
_SPACED_EMAIL = regex.compile(
    r"(?<![\w.@])[a-z0-9_%+-]+(?:\.[ \t]?[a-z0-9_%+-]+)*\.[ \t]"
    rf"({'|'.join(sorted(_TLDS))})(?![\w])",
    _FLAGS,
)
# Any word@word that OCR split after a dot of its local part ("lorraine. reed@example.org")
# or whose domain it broke ("h. goodwin@example. ata"); a capitalised word and a full stop
# before it end a sentence ("..., Buenos Aires. gracielaprieto@yahoo.com.ar").
_SPLIT_EMAIL = regex.compile(
    r"(?<![\w.@])(?:[\w%+-]+\.(?![ \t])|(?!\p{Lu}\p{Ll})[\w%+-]+\.[ \t])*[\w%+-]+@[\w-]+"
    r"(?:\.(?:[\w-]{2,}|[ \t][a-z]{2,4}(?![\w])))*",
    _FLAGS,
)


# An e-mail address said aloud or written to fool robots: "john dot smith at gmail dot
# com", "pepe arroba gmail punto com", "jb.dent (at) gmail.com".
_DOT_WORD = r"(?:dot|punto|point|puntu|puntua|punktur|\(dot\)|\[dot\])"
_AT_WORD = r"(?:at|\(at\)|\[at\]|arroba|arobase|arobas|a[ \t]bildua|abildua|bildua|hjá|att)"
_SAID_EMAIL = regex.compile(
    rf"(?<![\w.@])[\w%+\-]+(?:\.[\w%+\-]+|[ \t]+{_DOT_WORD}[ \t]+[\w%+\-]+){{0,3}}"
    rf"[ \t]+{_AT_WORD}[ \t]+[\w\-]+(?:(?:\.|[ \t]+{_DOT_WORD}[ \t]+)[\w\-]+){{0,2}}"
    rf"(?:\.|[ \t]+{_DOT_WORD}[ \t]+)({'|'.join(sorted(_TLDS))})(?![\w])",
    _FLAGS,
)


# The domain of an address said aloud in a tape: "at gmail dot com", "arobas videotron
# point ca", "abildua orange puntua fr"; its local part is found going back from it.
_SAID_DOMAIN = regex.compile(
    rf"(?i)[ \t]+{_AT_WORD}[ \t]+[\w\-]+(?:[ \t]+{_DOT_WORD}[ \t]+[\w\-]+){{0,2}}"
    rf"[ \t]+{_DOT_WORD}[ \t]+(?:{'|'.join(sorted(_TLDS))})(?![\w])"
)
_DOT_WORD_ALONE = regex.compile(rf"(?i){_DOT_WORD}")


def said_emails(text: str, language: str) -> list[Found]:
    """An e-mail address said in a lower-case tape: "siobhan dot walsh sixty one at gmail
    dot com", "nerea aizpurua abildua gmail puntu com". Going back from the domain, the
    local part takes words joined by a word for the dot, number words, and at most two
    other words, and stops at a word of the sentence ("is", "c'est", "idatzi")."""
    found = []
    stop = stop_words(language) if language else frozenset()
    for domain in _SAID_DOMAIN.finditer(text):
        words = list(
            regex.finditer(r"[\w'’\-]+", text[max(0, domain.start() - 80) : domain.start()])
        )
        offset = max(0, domain.start() - 80)
        start, plain, joined = None, 0, False
        for word in reversed(words):
            value = word.group().casefold()
            gap = text[offset + word.end() : (start if start is not None else domain.start())]
            if regex.search(r"[^\s]", gap):
                break  # a comma or a full stop before it: the sentence's
            if _DOT_WORD_ALONE.fullmatch(value):
                joined = True
            elif joined or _NUMBER_WORD.fullmatch(value):
                joined = False
            elif plain < 2 and value not in stop and value not in _SAID_EMAIL_LEAD:
                plain += 1
            else:
                break
            start = offset + word.start()
        if start is not None and not _DOT_WORD_ALONE.fullmatch(text[start : start + 6].split()[0]):
            found.append(Found(start, domain.end(), EMAIL, 0.5, "said-email"))
    return found


# words that announce a said address: "the email is", "son courriel c'est", "idatzi"
_SAID_EMAIL_LEAD = word_set(
    "email e-mail mail address is was it's it’s its courriel adresse est c'est c’est idatzi "
    "helbidea helbidera posta elektronikoa elektronikoak netfang netfangið tölvupóstur "
    "tölvupóstinn póst á er var correo es to on à sur en"
)


def find_mangled_emails(text: str) -> list[Found]:
    """E-mail addresses whose '@' OCR misread ("t.einarssonGexample.is"): a long word, or
    one with two dots or more, that ends in a known top-level domain. Web addresses are
    proposed too; a person reviewing them keeps those, while a missed e-mail would leave."""
    found = [
        Found(m.start(), m.end(), EMAIL, 0.6, "split-email")
        for m in _SPLIT_EMAIL.finditer(text)
        # An address OCR left whole is the e-mail recogniser's.
        if regex.search(r"\s", m.group()) or not regex.search(r"@[\w-]+\.[\w-]{2,}", m.group())
    ]
    found += [
        Found(m.start(), m.end(), EMAIL, 0.6, "said-email") for m in _SAID_EMAIL.finditer(text)
    ]
    for match in _SPACED_EMAIL.finditer(text):
        if len(match.group()) >= 12:
            found.append(Found(match.start(), match.end(), EMAIL, 0.5, "spaced-email"))
    for match in _TOKEN.finditer(text):
        token = match.group().rstrip(".,;:)]}\"'»”’")
        token_start = match.start() + (len(match.group()) - len(match.group().lstrip("([{\"'«“‘")))
        token = token.lstrip("([{\"'«“‘")
        if len(token) < 8 or "@" in token or not regex.search(r"\p{L}", token):
            continue
        # OCR may read the domain's last dot as a comma ("c.mateosfexample,es") where
        # another dot shows the word is an address.
        if "." in token and regex.search(r",\p{L}{2,4}$", token):
            token = token[: token.rfind(",")] + "." + token[token.rfind(",") + 1 :]
        *_, tld = token.rsplit(".", 1) if "." in token else ("", "")
        # OCR may put an accent on the domain's letters ("example.éus").
        plain_tld = unicodedata.normalize("NFKD", tld.lower()).encode("ascii", "ignore").decode()
        if plain_tld in _TLDS and (token.count(".") >= 2 or len(token) >= 12):
            found.append(Found(token_start, token_start + len(token), EMAIL, 0.5, "mangled-email"))
    return found


# Case endings, longest first, and how the name's stem may look without them.
_GIVEN_NAME_ENDINGS = {
    # Icelandic: Guðnýju, Þorbjörgu, Margrétar, Jóni, Bjarna, Jóhönnu (Jóhanna).
    "is": ("ju", "ar", "ur", "u", "i", "s", "a"),
    # Basque: Mikelek, Joxeren, Mirenekin, Anderri.
    "eu": (
        "arekin",
        "rekin",
        "ekin",
        "rentzat",
        "entzat",
        "aren",
        "ren",
        "ari",
        "ri",
        "agaz",  # Biscayan "with": Loreagaz
        "gaz",
        "ek",
        "en",
        "k",
    ),
}


def _inflected_given_name(word: str, language: str, names: frozenset[str]) -> int:
    """How many letters of ``word`` are a known given name under a case ending (0: none)."""
    for ending in _GIVEN_NAME_ENDINGS.get(language, ()):
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        stem = word[: -len(ending)]
        if stem in _BASQUE_KIN_TITLES or stem + "a" in _BASQUE_KIN_TITLES:
            return 0  # "Aitaren aldeko" (on the father's side), "Amaren": kin, no name
        candidates = [stem, stem + "a", stem + "i"]
        if language == "eu" and stem.endswith("rr"):
            candidates.append(stem[:-1])  # Basque doubles a final r: Itziarrek
        if language == "is" and "ö" in stem:  # Jóhönn- -> Jóhanna
            at = stem.rfind("ö")
            candidates.append(stem[:at] + "a" + stem[at + 1 :] + "a")
        if any(c in names for c in candidates):
            return len(stem)
    return 0


# "la Virgen del Carmen", "las fiestas del Pilar", "Villanueva de la Serena": a given name
# alone after an article's "of" is a devotion or a place. "María del Carmen" is a name,
# found from "María".
_DEVOTION_BEFORE = regex.compile(r"(?<![\p{L}])(?i:del|de la|de las|de los)[ \t]+$")
_WORD_BEFORE = regex.compile(r"(\p{L}+)[ \t]*$")


def devotion(text: str, at: int) -> bool:
    """ "la Virgen del Carmen": the given name at ``at`` is a devotion or a place."""
    before = text[max(0, at - 40) : at]
    article = _DEVOTION_BEFORE.search(before)
    if not article:
        return False
    previous = _WORD_BEFORE.search(before, 0, article.start())
    return not (previous and is_given_name(previous.group(1)))


_SAINT_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:san|santa|santo|sant|saint|sainte|st|ste|done|del|de la)\.?[ \t]+$"
)


@functools.cache
def _lemma_tables(language: str) -> Any:
    """The lookup tables of the language's installed spaCy lemmatizer (English: WordNet's
    lemmas, about 83,000, with their irregular forms and suffix rules; French: Lefff's,
    about 95,000, and 217,000 inflected forms). None where no model is installed."""
    import importlib
    from pathlib import Path

    from spacy.lookups import Lookups

    model = NER_MODELS.get(language)
    if not model:
        return None
    try:
        package = importlib.import_module(model)
        folder = next(Path(package.__file__ or "").parent.glob("*/lemmatizer/lookups"))
        return Lookups().from_disk(folder)
    except (ImportError, StopIteration, OSError):
        return None


@functools.cache
def _lexicon(language: str) -> frozenset[str]:
    """The lemmas of the language's lemmatizer ("farmer", "registre")."""
    tables = _lemma_tables(language)
    if tables is None or not tables.has_table("lemma_index"):
        return frozenset()
    index = tables.get_table("lemma_index")
    return frozenset(word for words in index.values() for word in words)


@functools.cache
def _suffix_rules(language: str) -> tuple[tuple[str, str], ...]:
    tables = _lemma_tables(language)
    if tables is None or not tables.has_table("lemma_rules"):
        return ()
    rules = tables.get_table("lemma_rules")
    return tuple(
        sorted(
            {
                (old, new)
                for pairs in rules.values()
                for old, new in pairs
                if old.isalpha() and old != new
            }
        )
    )


def has_dictionary(language: str) -> bool:
    """Whether ``dictionary_word`` knows the language (English and French: those with an
    installed spaCy model and its lemma tables)."""
    return bool(_lexicon(language))


def dictionary_word(word: str, language: str) -> bool:
    """ "registre", "farmer", "gave", "hoods", "mangeait": a word of the language's
    dictionary (English or French), as a lemma or an inflected form of one."""
    return _dictionary_word(word.lower(), language)


@functools.lru_cache(maxsize=65536)  # asked of every lower-case word of a transcript
def _dictionary_word(word: str, language: str) -> bool:
    lexicon = _lexicon(language)
    if not lexicon:
        return False
    if word in lexicon:
        return True
    tables = _lemma_tables(language)
    # Irregular forms ("gave" of "give"), by part of speech.
    if tables.has_table("lemma_exc") and any(
        word in by_pos for by_pos in tables.get_table("lemma_exc").values()
    ):
        return True
    # A form of another word the dictionary lists ("mangeait"); the table also holds
    # proper names ("dupont") as their own lemmas, which do not count.
    if tables.has_table("lemma_lookup"):
        lemmas = tables.get_table("lemma_lookup").get(word) or []
        if isinstance(lemmas, str):
            lemmas = [lemmas]
        if any(lemma != word and lemma in lexicon for lemma in lemmas):
            return True
    return any(
        word.endswith(old) and word[: len(word) - len(old)] + new in lexicon
        for old, new in _suffix_rules(language)
        if len(word) > len(old) + 2
    )


def inflected_given_name(word: str, language: str) -> bool:
    """ "Mikelek", "Jóhönnu": a known given name under a case ending."""
    return bool(_inflected_given_name(word, language, _given_names()))


_STREET_WORD_AT_END = regex.compile(
    r"(?<![\p{L}])(?:Street|Road|Lane|Avenue|Drive|Close|Crescent|Terrace|Place|Square|Way|"
    r"Gardens|Court|Row|Walk|Grove|Parade|Mews|Boulevard|Strasse|Straße)$"
)


# Spanish pet forms of a given name: "Luisito" (Luis), "Tomasín" (Tomás), "Nachete"
# (Nacho), "Conchita". Not "-illo" or "-illa": "Sevilla", "Castilla".
_SPANISH_PET_ENDING = regex.compile(r"(?:it[oa]s?|ín|ete|iñ[oa])$")
_REDUPLICATED = regex.compile(r"(?i)^(\p{L}{2})\1$")


def pet_name(word: str, language: str) -> bool:
    """A pet form of a name no list holds: a doubled syllable ("Lulu", "Dédé", "Jojo")
    that is no word of the language ("bébé", "papa"), or in Spanish a given name with a
    diminutive ending ("Luisito", "Tomasín", "Nachete")."""
    lower = word.lower()
    if lower in stop_words(language or "en") or lower in _KINSHIP_PET_WORDS:
        return False
    if _REDUPLICATED.match(word):
        return True
    if language == "eu":
        # Basque pet forms: "Maitexu" (Maite), "Josetxo" (Jose), "Mikeltxo", under a case
        # ending or none ("Maitexurekin").
        pet = regex.match(r"(\p{L}{3,}?)(?:txo|txu|xu|tto)(?:\p{Ll}{0,6})$", word)
        return bool(pet) and is_given_name(pet.group(1).capitalize())
    if language != "es":
        return False
    ending = _SPANISH_PET_ENDING.search(lower)
    if not ending or ending.start() < 3:
        return False
    stem = _fold(word[: ending.start()]).capitalize()
    names = _every_given_name_folded()
    return any(stem + tail in names for tail in ("", "o", "a", "e", "s", "os"))


# Doubled syllables that are words of a family's talk, not names.
_KINSHIP_PET_WORDS = word_set(
    "papa mama mamá papá nana nini tata tete bebe bébé dodo coco pipi caca bobo dada tutu "
    "gaga yoyo baba kaka haha hihi hoho nono dede tutú cucu"
)


_HYPHENED_BEFORE = regex.compile(r"(?<![\p{L}])\p{Lu}\p{Ll}+-$")
_HYPHENED_AFTER = regex.compile(r"-\p{Lu}\p{Ll}+(?![\p{L}])")


def _institution_of(text: str, word: str, end: int) -> bool:
    """ "la Caja de Ahorros", "Banco del Río": a given name that is a body's word, "of"
    something (but "Line (Réjean Bouchard)", a given name)."""
    return institution_word(word) and bool(
        regex.match(r"[ \t]+(?:de|del|du|des|of)[ \t]", text[end : end + 6])
    )


# A birth year after a given name, which makes it a child's, not a word: ", f. 1989"
_BIRTH_YEAR_AFTER = regex.compile(
    r",[ \t]*(?:b\.|born|f\.|fædd\p{L}*|née?|n\.|nacid[oa]|nac\.|jaioa)[ \t]+"
    r"(?:(?:en|le|el|in|on|á)[ \t]+)?\d"
)
# After a word, what makes it no name: an abbreviated label's ".:", a compound's hyphen
# before "og"/"and"/"et"/"y"/"eta".
_NOT_A_NAME_HERE = regex.compile(r"\.[ \t]*:|-[ \t]+(?:og|and|et|y|eta|und|e)[ \t]")
_BASQUE_WORDS_LIKE_NAMES = word_set("haren hemen hura zurekin gurekin")
# A month with its case ending: "Martxoan", "martxoaren", "urriko" (not "Urriza")
_BASQUE_MONTH = regex.compile(
    r"(?:urtarril|otsail|martxo|apiril|maiatz|ekain|uztail|abuztu|irail|urri|azaro|abendu)"
    r"(?:a|an|ean|ko|aren|ren|etik|tik|ra|rako|rean|etan)?"
)
_FRENCH_FEASTS = word_set("Noël Pâques Toussaint")
_FEAST_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:de|à|la|jusqu'à|jusqu’à|avant|après|pour)[ \t]+$"
)


# A saint's compound before a name: "Saint-Jean-|Baptiste", "San-"
_SAINTS_COMPOUND_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:saint|sainte|san|santa|st|ste)-(?:\p{L}+-)*$"
)


def _joined_to_a_place_word(text: str, start: int, end: int) -> bool:
    """A given name hyphened to a word that is none is part of a place's name ("La
    Croix-Blanche", "Saint-Pierre"), of a feast's ("Saint-Jean-Baptiste") or of a word
    ("Allan-línunni", the Allan Line); two given names hyphened are one ("Jean-Pierre")."""
    before = _HYPHENED_BEFORE.search(text, max(0, start - 30), start)
    after = _HYPHENED_AFTER.match(text, end)
    return (
        any(m and not is_given_name(m.group().strip("-")) for m in (before, after))
        or bool(_SAINTS_COMPOUND_BEFORE.search(text, max(0, start - 40), start))
        or bool(regex.match(r"-\p{Ll}", text[end : end + 2]))
    )


# A given name alone just after "in" is more often a place than a person: "está en
# Valencia", "Afhent á Hellu" (handed over at Hella). Not "à", which is also "to" in
# French, nor Icelandic "en" (but).
_PLACE_PREPOSITION_BEFORE = {
    language: regex.compile(rf"(?<![\p{{L}}])(?:{words})[ \t]+$")
    for language, words in {"en": "in", "fr": "en", "es": "en", "is": "á|í"}.items()
}


# Icelandic calls a person "í": "Hringt í Aðalstein" (rang Aðalsteinn), not a place's "í"
_RANG_BEFORE = regex.compile(r"(?i)(?<![\p{L}])hring\p{L}{0,4}[ \t]+í[ \t]+$")


def after_place_preposition(text: str, start: int, language: str) -> bool:
    """Whether the word at ``start`` follows this language's "in" ("está en |Valencia")."""
    pattern = _PLACE_PREPOSITION_BEFORE.get(language)
    if language == "is" and _RANG_BEFORE.search(text, max(0, start - 16), start):
        return False
    return bool(pattern and pattern.search(text[max(0, start - 4) : start]))


_LINE_START_ENTRY = regex.compile(r"(?:^|\n)[ \t]*(?:[-–•*✓x]+[ \t]+)?$")
# (not a diary's day or a letter's place and date: "Dagur, 9. janúar 1952")
_ENTRY_NAME_AFTER = regex.compile(
    r"[ \t]*(?:,(?![ \t]*\d)(?![ \t]*\p{Lu}[\p{L}]+,[ \t]*\d)|(?:et|y|eta|og|and|&)[ \t]+\p{Lu})"
)


def find_given_names(text: str, language: str = "") -> list[Found]:
    """A capitalised word that is a known given name, with the capitalised words that
    follow it on its line (the surnames: "Celestino Herrera", "Nerea Etxaniz Larrañaga"),
    proposed with a low score for review. Names in running prose without a title or a
    salutation ("Nellie sends her love", "Þórunn came too") escape every other
    recogniser, and a missed name is a leak while a wrong proposal costs one key press.
    At a sentence's start a short given name alone is too often an ordinary word ("Can",
    "Nor"); one of five letters or more that is no stop word ("Manolo sigue en la RENFE"),
    one with a surname after it, or one after a label's colon ("Seme-alabak: Jon") is
    kept."""
    names = _given_names()
    found = []
    for match in _NAME_WORD.finditer(text):
        word = match.group()
        end = match.end()
        pet = False
        if _joined_to_a_place_word(text, match.start(), match.end()):
            continue
        if _institution_of(text, word, end):
            continue
        if _NOT_A_NAME_HERE.match(text, match.end()):
            continue  # "Dags.: 14.09.2021" (a label), "Sögu- og minjafélag" (a compound)
        if language == "eu" and (
            word.lower() in _BASQUE_WORDS_LIKE_NAMES or _BASQUE_MONTH.fullmatch(word.lower())
        ):
            continue  # "Haren alaba" (her daughter), "Martxoan" (in March)
        if (
            language == "fr"
            and word in _FRENCH_FEASTS
            and _FEAST_BEFORE.search(text, max(0, match.start() - 12), match.start())
        ):
            continue  # "cartes de Noël", "jusqu'à Noël"
        if language == "is" and icelandic.known(word):
            # BÍN knows every case of a name, and which look-alikes are words ("Fundi").
            if not icelandic.person_word(word):
                continue
        elif not is_given_name(word):
            letters = _inflected_given_name(word, language, names)
            if not letters and (
                pet_name(word, language) or word.lower() in _SHORT_PET_NAMES  # "Charo"
            ):
                pet = True
                letters = len(word)
            if not letters:
                continue
            end = match.start() + letters
            if language == "is":
                end = match.end()  # Icelandic names are labelled as they stand
        # "Mimi", "Lulu": a pet name, whatever the dictionary says of the word
        pet = pet or bool(_REDUPLICATED.match(word) and pet_name(word, language))
        # a given name hyphened to another is one: "Marie-Élise", "d'Anne-Marie Cormier"
        second = regex.match(r"-(\p{Lu}\p{Ll}+)(?![\p{L}\-])", text[match.end() : match.end() + 30])
        name_end = match.end()
        if second and is_given_name(second.group(1)):
            name_end = end = match.end() + second.end()
        surnames = _SURNAMES_AFTER.match(text, name_end)
        if surnames and not any(
            w in _CAPITALISED_FUNCTION_WORDS
            or w.casefold() in _INSTITUTION_WORDS
            or w in _NAMES_THAT_ARE_WORDS
            or w.casefold() in _MONTH_WORDS
            # Basque "from/of" a place: "Joxe Mari Ameriketatik"
            or (language == "eu" and w.endswith(("tik", "ko", "koa", "koak")))
            or (language == "is" and icelandic.not_a_name(w))
            for w in surnames.group().split()
        ):
            end = surnames.end()
        if surnames and _STREET_WORD_AT_END.search(surnames.group()):
            continue  # "Marine Drive", "Victoria Road": a street named after someone
        if (
            surnames
            and language in ("es", "eu")
            and regex.match(r"[ \t]+(?:de|del)[ \t]", surnames.group())
            and common_word(word, language, within=15000)
            and not common_given_name(word, language)
        ):
            continue  # "Montaña de Arucas", "Río de la Plata", "Visita de la Inspectora"
        if surnames and any(
            w.casefold() in _INSTITUTION_WORDS or w.casefold() in _NAMED_THING_WORDS
            for w in surnames.group().split()
        ):
            continue  # "Ebenezer Methodist chapel", "Oral History Project": no person
        if _BOAT_NUMBER.match(text, match.end()):
            continue  # "Freyju ÍS 312", "Hafdís GK": a boat by its registration
        if regex.search(
            r"(?<!\w)(?:San|Santa|Santo|Sant|Saint|Sainte|St|Ste|Done|New|Port|Fort|Mount)"
            r"\.?[ \t]+$",
            text[max(0, match.start() - 8) : match.start()],
        ):
            continue  # "San Telmo", "St Hilda", "New York", "Port Elizabeth": a place
        if end <= match.end() and devotion(text, match.start()):
            continue
        if end <= match.end() and after_place_preposition(text, match.start(), language):
            continue  # "está en Valencia", "á Hellu": a place
        if (
            language == "es"
            and word in _ARTICLE_PLACES
            and regex.search(
                r"(?<![\p{L}])(?:la|el)[ \t]+$", text[max(0, match.start() - 4) : match.start()]
            )
        ):
            continue  # "en la Paz", "día de la Inmaculada": a place or a feast

        # "Herald", "Visa", "Kendal": a word of the language that is rarely a name there.
        if (
            end <= match.end()
            and not pet  # "Toto" is in the French dictionary too
            and (
                dictionary_word(word, language)
                # Spanish and Basque have no dictionary here: how common the word is
                # ("Hemen", "Martxoan", "Leída", "Visita" rank above 15,000th; "Manolo",
                # "Paco", "Cándido" below)
                or (
                    language in ("es", "eu")
                    and common_word(word, language, within=15000)
                    and word.lower() not in _SHORT_PET_NAMES
                )
            )
            and not common_given_name(word, language)
        ):
            continue
        if word in _DATE_ABBREVIATIONS and _DATE_BESIDE.search(
            text, max(0, match.start() - 4), min(len(text), match.end() + 4)
        ):
            continue  # "8 Jan", "Tue, 3 Sep": a date, not Jan or Tue
        starts = sentence_start(text, match.start())
        farm = language == "is" and regex.match(r"[ \t]+[áí][ \t]+\p{Lu}", text[match.end() :])
        if (
            starts
            and end <= match.end()
            and not farm
            and not text[: match.start()].rstrip(" \t").endswith(":")
            # a child's name with its birth year: "(Aron, f. 1989; Sunna, f. 1993)"
            and not _BIRTH_YEAR_AFTER.match(text, end)
            # an address book's entry, the name alone on its line before a comma: "Goyo, mi
            # sobrino en Venezuela: ...", "Dédé et Paulette Drouin, 7, allée ..."
            and not (
                _LINE_START_ENTRY.search(text, 0, match.start())
                and end == match.end()
                and _ENTRY_NAME_AFTER.match(text, end)
            )
            # BÍN knows it only as a name, and a lower-case word follows in the sentence:
            # "Guðrún segir frá", and a short one with "my" or "little": "Jón minn fer"
            and not (
                language == "is"
                and icelandic.only_a_name(word)
                and word.lower() not in stop_words("is")
                and _ICELANDIC_NAME_GOES_ON.match(text, match.end())
                and (
                    len(word) >= 5
                    or _ICELANDIC_MY_NAME.match(text, match.end())
                    # four letters with a verb or another name after: "Lára er byrjuð",
                    # "Rósa og Gerða" (not "Sala á nýjasta bindi", a sale)
                    or (len(word) == 4 and _ICELANDIC_PERSON_GOES_ON.match(text, match.end()))
                )
            )
            and (
                len(word) < 5
                or word.lower() in stop_words(language or "en")
                # "Minning" is a name, and at a line's start the word "minning" (memorial).
                or (language == "is" and icelandic.everyday_word(word.lower()))
            )
        ):
            continue
        found.append(Found(match.start(), end, PERSON, 0.4, "given-name"))
    return found


# A name in capitals in a line of running text, as wills and forms type them: "of me
# DANIEL FOLEY of Gortnaskehy", "my wife HANORA FOLEY", "Name on card: MR R MCCREA".
_NAME_IN_CAPITALS = regex.compile(
    r"(?<![\p{L}])(?P<given>\p{Lu}{2,}(?:-\p{Lu}{2,})?)(?:[ \t]+\p{Lu}\.?)?"
    r"(?:[ \t]+\p{Lu}{2,}(?:-\p{Lu}{2,})?){1,3}(?![\p{L}])"
)


# ... or after a title in a heading all in capitals: "VISITING BOOK OF DR ANGUS M.
# MACIVER", "CARNET DE VISITES DU DOCTEUR JEAN-MARIE KERVELLA"
_TITLED_NAME_IN_CAPITALS = regex.compile(
    r"(?<![\p{L}])(?:DR|DOCTOR|DOCTEUR|MADAME|MONSIEUR|MRS|MR|MISS|SEÑORA|SEÑOR|DON|DOÑA|"
    r"DOCTORA|FRÚ)\.?[ \t]+\K" + _NAME_IN_CAPITALS.pattern.removeprefix(r"(?<![\p{L}])")
)


# ... or surnames first, then a comma and the given name, as a tax office lists a
# household: "ZUBIAUR ARRIEN, UNAI — jaiotze-data 1987-06-21"
# (not a street and its town, "ST. GEORGE'S ROAD, ASHTON-ON-RIBBLE", nor a firm's name
# going on in small letters, "ANSES, UDAI Rosario Centro")
_SURNAMES_COMMA_NAME_IN_CAPITALS = regex.compile(
    r"(?<![\p{L}'’])\p{Lu}{2,}(?:[ \t]\p{Lu}{2,}){0,2},[ \t]"
    r"(?P<given>\p{Lu}{2,}(?:-\p{Lu}{2,})?)(?:[ \t]\p{Lu}{2,})?(?![\p{L}-]|[ \t]+\p{Lu}\p{Ll})"
)


def find_names_in_capitals(text: str, language: str = "") -> list[Found]:
    """Names typed in capitals whose first word (or the word after the surnames' comma)
    is a given name, on a line that is not all capitals (a heading's "ST MARY'S CHURCH"
    is left alone)."""
    stop = stop_words(language or "en")
    found = []
    for match in [
        *_NAME_IN_CAPITALS.finditer(text),
        *_TITLED_NAME_IN_CAPITALS.finditer(text),
        *_SURNAMES_COMMA_NAME_IN_CAPITALS.finditer(text),
    ]:
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        line = text[start : end if end >= 0 else len(text)]
        words = match.group().split()
        titled = match.re is _TITLED_NAME_IN_CAPITALS
        if (
            (
                not any(c.islower() for c in line)
                and not titled
                and not _inscribed(text, match, start, end)
            )
            or not is_given_name(match["given"].split("-")[0].capitalize())
            or any(institution_word(w) or w.casefold() in OFFICE_WORDS for w in words)
            or any(_STREET_WORD_ALONE.fullmatch(w) for w in words)
            or any(capitalised_function_word(w.capitalize()) for w in words)
            or any(w.lower() in stop or (len(w) == 2 and w.isalpha()) for w in words)
        ):
            continue
        found.append(Found(match.start(), match.end(), PERSON, 0.45, "capitals-name"))
    return found


_INSCRIPTION_YEARS = regex.compile(r"[ \t]*(?:\d{4}(?:[ \t]*[–-][ \t]*\d{4})?)?[ \t]*")


def _inscribed(text: str, match: regex.Match[str], start: int, end: int) -> bool:
    """Whether a name in capitals is one part of a gravestone's or a memorial card's
    inscription, its parts set apart by " / ": "HEMEN DATZA / JOSE RAMON URIARTE BILBAO /
    «TXOMIN»", "PEDRO ARANA 1880 – 1937 /"."""
    line_end = end if end >= 0 else len(text)
    before = text.rfind("/", start, match.start())
    after = text.find("/", match.end(), line_end)
    if before < 0 and after < 0:
        return False
    head = text[(before + 1 if before >= 0 else start) : match.start()]
    tail = text[match.end() : after if after >= 0 else line_end]
    return not head.strip() and bool(_INSCRIPTION_YEARS.fullmatch(tail))


def sign_off(text: str, at: int) -> bool:
    """Whether a letter's closing words and a name start at ``at`` ("Yours, Eamon")."""
    return bool(_SIGN_OFF.match(text, at))


_ICELANDIC_NAME_GOES_ON = regex.compile(r"[ \t]+\p{Ll}")
_ICELANDIC_PERSON_GOES_ON = regex.compile(
    r"[ \t]+(?:er|var|fór|kom|segir|sagði|hefur|hafði|bjó|býr|vann|lést|fékk|átti|varð|"
    r"bað|biður|sendir|sendi|skrifaði)(?![\p{L}])|[ \t]+og[ \t]+\p{Lu}"
)
_ICELANDIC_MY_NAME = regex.compile(
    r"[ \t]+(?:minn|mín|mína|míns|okkar|litli|litla|gamli|gamla|frændi|frænka)(?![\p{L}])"
)
_DATE_ABBREVIATIONS = word_set(
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun"
)
_DATE_BESIDE = regex.compile(r"\d[ \t,.]*\p{Lu}\p{Ll}{2,3}\b|\b\p{Lu}\p{Ll}{2,3}[ \t,.]+\d")


@functools.cache
def stop_words(language: str) -> frozenset[str]:
    """spaCy's stop words for a language (English's where it has none)."""
    import spacy.util

    try:
        defaults = spacy.util.get_lang_class(language).Defaults
    except (ImportError, KeyError):
        defaults = spacy.util.get_lang_class("en").Defaults
    return frozenset(defaults.stop_words) | _MORE_STOP_WORDS.get(language, frozenset())


# Words as common as spaCy's stop words that its short Basque list lacks, and which the
# list of names holds ("behar", "beti", "joan"); Spanish kinship words it holds too
# ("hermana").
_MORE_STOP_WORDS = {
    "es": word_set(
        "hermana hermano madre padre abuela abuelo tía tío marido mujer "
        "novia novio suegra suegro cuñada cuñado sobrina sobrino nieta nieto "
        # parts of the day, which the list of names holds ("Mañana") and Spanish, with no
        # dictionary here, cannot tell from names
        "mañana tarde noche"
    ),
    "eu": word_set(
        "behar beti gero joan egon gabe zela dena denak nori mila kale zinen orain gaur atzo "
        "bihar oso asko gutxi ondo gaizki baita baino bezala arte ere bai "
        # "baña" is how much of Gipuzkoa says "baina" (but)
        "baña baina"
    ),
}


# A speaker's label before what they said: "RESP:", "J:", "TÉM :", "speaker 2:".
_SPEAKER_LINE = regex.compile(
    r"(?m)^[ \t]*\p{L}[\p{L}.]{0,14}(?:[ \t]?\d{1,2})?[ \t]?:[ \t]*(?P<said>.+)$"
)


@functools.lru_cache(maxsize=64)
def lower_case_text(text: str) -> bool:
    """A tape typed up in lower case: hardly a capitalised word in running text. Where
    speakers are labelled, only what they said counts, so that a capitalised heading and
    notes around a lower-case transcript do not hide it."""
    said = [m["said"] for m in _SPEAKER_LINE.finditer(text)]
    body = "\n".join(said) if len(said) >= 3 else text
    words = regex.findall(r"(?<![\p{L}\p{N}])\p{L}+", body)
    capitalised = sum(1 for w in words if w[0].isupper() and not w.isupper())
    return (len(words) >= 30 and capitalised < 0.03 * len(words)) or _mostly_lower_case_lines(text)


def _mostly_lower_case_lines(text: str) -> bool:
    """Most words of the text's long lines stand in lines with hardly a capital: a tape
    whose speakers are labelled without a colon ("enquêtrice donc monsieur ...") under a
    form's capitalised labels ("Enquêtrice : Nathalie Gobert")."""
    in_long_lines = in_lower_lines = 0
    for line in text.split("\n"):
        words = regex.findall(r"(?<![\p{L}\p{N}])\p{L}+", line)
        if len(words) < 8:
            continue
        in_long_lines += len(words)
        if sum(1 for w in words if w[0].isupper() and not w.isupper()) <= 0.05 * len(words):
            in_lower_lines += len(words)
    return in_lower_lines >= 30 and in_lower_lines >= 0.6 * in_long_lines


# In a lower-case transcript, the words before a name said aloud: a kinship word ("my dad
# was", "ama", "mi madre"), a naming verb ("called", "se llamaba", "s'appelait") or a
# title ("mr"). What follows is a name if its first word is a known given name.
_SAID_NAME_BEFORE = {
    "en": r"(?:(?:my|me|our|her|his|their)[ \t]+(?:dad|father|mum|mam|mother|nan|nana|gran|"
    r"grandad|granddad|grandma|grandmother|grandfather|uncle|aunt|auntie|brother|sister|"
    r"wife|husband|son|daughter|cousin|mate|pal|friend)(?:'s)?(?:[ \t]+(?:mate|pal|friend))?"
    r"(?:[ \t]+(?:was|is)|,)?|"
    r"called|named|name's|name is|name was|married|mr|mrs|miss|ms|uncle|auntie|our)",
    "eu": r"(?:aita|ama|anaia|arreba|ahizpa|neba|senarra|emaztea|amona|aitona|izeba|osaba|"
    r"semea|alaba|lehengusua|ni|izena|deitzen)",
    "es": r"(?:(?:mi|su|tu)[ \t]+(?:padre|madre|marido|mujer|hermano|hermana|abuelo|abuela|"
    r"tío|tía|hijo|hija|primo|prima|novio|novia)(?:[ \t]+(?:era|es|se llamaba))?|"
    r"me llamo|se llamaba|llamado|llamada|el tío|la tía|la señora|el señor|don|doña)",
    "fr": r"(?:(?:mon|ma|son|sa|notre)[ \t]+(?:père|mère|mari|femme|frère|sœur|oncle|tante|"
    r"grand-père|grand-mère|fils|fille|cousin|cousine)(?:[ \t]+(?:c'était|s'appelait))?|"
    r"je m'appelle|s'appelait|appelé|appelée|monsieur|madame|la mère|le père)",
    "is": r"(?:pabbi|mamma|amma|afi|bróðir|systir|frændi|frænka|konan mín|maðurinn minn|"
    r"hann|hún)",
}
# A verb or a place after a name said aloud is no surname: "kenny took", "paulette
# tenait", "mari etxean" (at home).
_VERB_ENDINGS = {
    "en": ("ed", "ing", "took", "came", "went", "got", "had", "said", "aye"),
    "fr": ("ait", "aient", "ais"),
    "es": ("ía", "aba", "ó", "aban", "ían"),
    "eu": ("zen", "zuen", "du", "da", "ean", "an", "ra", "tik", "ko", "etan"),
}
_SAID_NAME_WORD = regex.compile(
    # "marie-josèphe le goff", "madame le goff", "annick le bihan"
    r"[ \t]+((?:le[ \t]+)?\p{Ll}{3,}|\p{Ll}{2,}-\p{Ll}{2,})"
    r"(?:[ \t]+((?:le[ \t]+)?(?:o['’]|d['’])?\p{Ll}{3,}(?:['’]\p{Ll})?))?(?=([ \t,.?!\n]|$))"
)


# After a title or a word for a nickname, any word is the name: "madame pujol",
# "monsieur garnier", "un tal llano", "todos me dicen cabeza", "they called tot granger".
_SAID_TITLE_BEFORE = {
    "en": r"(?:mr|mrs|miss|ms|dr|they called|we called|we all called|everyone called|"
    r"known as|nicknamed|called him|called her)",
    "fr": r"(?:monsieur|madame|mademoiselle|l'abbé|l’abbé|le docteur|docteur|surnommé|chez|"
    r"surnommée|l'appelait|l’appelait|m'appelait|m’appelait|nous appelait|les appelait|"
    r"l'appelaient|l’appelaient)",
    "es": r"(?:don|doña|señor|señora|señorita|un tal|una tal|me dicen|le dicen|le decían|"
    r"le llamaban|me llamaban|apodado|apodada|alias)",
}


# Basque says the nickname before the verb: "denek txiki esaten zioten" (everyone called
# him txiki), "kepa txiki deitzen zioten".
_BASQUE_NICKNAME = regex.compile(
    r"(?<![\p{L}])(\p{Ll}{3,}(?:[ \t]+\p{Ll}{3,})?)[ \t]+(?:esaten|deitzen)[ \t]+"
    r"(?:zioten|ziotela|zioen|diote|didate|zidaten|ziguten|zion)(?![\p{L}])"
)


def _basque_nicknames(text: str, stop: frozenset[str]) -> list[Found]:
    found = []
    for match in _BASQUE_NICKNAME.finditer(text):
        words = match.group(1).split()
        if words[-1] in stop:
            continue
        # The word just before the verb is the nickname; a given name before it is the
        # person's own ("kepa txiki"), any other word is not ("denek txiki").
        start = match.end(1) - len(words[-1])
        if len(words) == 2 and is_given_name(words[0].capitalize()):
            start = match.start(1)
        found.append(Found(start, match.end(1), PERSON, 0.4, "said-name"))
    return found


# A family's name said as a kind of person: "she'd been a hodgson", "c'était une delpit",
# "née peyrot", "de soltera ruiz". Only a word no dictionary lists.
_MAIDEN_NAME_BEFORE = {
    "en": r"(?:was|been|born)[ \t]+a|née|nee",
    "fr": r"(?:c'était|c’était|était)[ \t]+une?|née|né",
    "es": r"de[ \t]+soltera|era[ \t]+una?",
}


def _maiden_names(text: str, language: str, stop: frozenset[str]) -> list[Found]:
    before = _MAIDEN_NAME_BEFORE.get(language)
    if not before:
        return []
    found = []
    for match in regex.finditer(
        rf"(?<![\p{{L}}'’])(?:{before})[ \t]+(\p{{Ll}}{{3,}})(?![\p{{L}}'’])", text
    ):
        word = match.group(1)
        if word in stop or word.endswith(_VERB_ENDINGS.get(language, ())):
            continue
        if language in _NAME_COUNTRY_COLUMNS and dictionary_word(word, language):
            continue
        if language == "es" and not match.group().startswith("de"):
            continue  # "era una ..." needs a dictionary Spanish lacks here
        found.append(Found(match.start(1), match.end(1), PERSON, 0.4, "said-name"))
    return found


def find_said_names(text: str, language: str = "") -> list[Found]:
    """Names said after a kinship word, a naming verb or a title in a transcript typed in
    lower case ("my dad was jack shaw", "ama mari", "se llamaba pepe"), shorter names and
    names that are words ("ivy", "bob") included: the words before them say they are
    names. A second word is the surname if it is no stop word."""
    if not lower_case_text(text):
        return []
    stop = stop_words(language or "en")
    verb_endings = _VERB_ENDINGS.get(language, ())
    found = []
    for before, any_word in (
        (_SAID_NAME_BEFORE.get(language), False),
        (_SAID_TITLE_BEFORE.get(language), True),
    ):
        if not before:
            continue
        for trigger in regex.finditer(rf"(?<![\p{{L}}'’]){before}(?![\p{{L}}])", text):
            match = _SAID_NAME_WORD.match(text, trigger.end())
            if not match or match.group(1) in stop:
                continue
            first = match.group(1)
            if any_word:
                named = not first.endswith(verb_endings)
            elif language == "is":
                named = icelandic.person_word(icelandic.titled(first))
            else:
                named = is_given_name(first.capitalize()) or first.capitalize() in (
                    _NAMES_THAT_ARE_WORDS
                )
            if not named:
                continue
            end = match.end(1)
            second = match.group(2)
            if (
                second
                and second != first
                and second not in stop
                and not second.endswith(verb_endings)
                # "lavoie le fromager": a trade after the name
                and not (" " in second and dictionary_word(second.split()[-1], language))
            ):
                end = match.end(2)
            found.append(Found(match.start(1), end, PERSON, 0.4, "said-name"))
    if language == "eu":
        found += _basque_nicknames(text, stop)
    found += _maiden_names(text, language, stop)
    return found


# (and hyphened: "jean-yves", "anne-françoise")
_LOWER_WORD = regex.compile(
    r"(?<![\p{L}\p{N}'’])(?:\p{Ll}{5,}|\p{Ll}{3,}-\p{Ll}{2,})(?![\p{L}\p{N}\-])"
)
_LOWER_SHORT = regex.compile(r"(?<![\p{L}\p{N}'’])\p{Ll}{3,8}(?![\p{L}\p{N}'’])")
# Spanish and Basque pet names, and names short or shared with words.
_SHORT_PET_NAMES = word_set(
    "paco pepe pepa lola lolo toni nacho pili puri chus nati tere rafa manu fina quique "
    "juanjo chema txema josu joxe jose koldo kepa peio pello iñaki txus mikel "
    "unai aitor ander xabi josé maite nekane edurne itziar nel maru tina encarna conchi "
    "merche loli charo chelo toñi manoli reme maruja paquita maribel mariví pepita juanito "
    "mari dani paqui chencho chayo beto lupe lalo pancho nando fede santi lucho toño moncho "
    "manolo"
)
_LOWER_DOUBLED = regex.compile(r"(?<![\p{L}\p{N}'’])(\p{Ll}{2})\1(?![\p{L}\p{N}])")


def find_lower_case_names(text: str, language: str = "") -> list[Found]:
    """Given names in a transcript typed all in lower case ("me dad and our kenny"). Only
    in such texts, and only names of five letters or more: elsewhere a lower-case "rose"
    or "pierre" is a flower or a stone, and short names ("joan", "till") are words."""
    if not lower_case_text(text):
        return []
    kin_named = _kin_named_in_lower_case(text, language)
    if language == "is" and icelandic.available():
        return kin_named + _icelandic_lower_case_names(text)
    names = _given_names()
    stop = stop_words(language or "en") | _MONTH_WORDS
    found = kin_named + [
        # "dédé", "jojo": a doubled syllable is a pet name however short
        Found(m.start(), m.end(), PERSON, 0.4, "lower-case-name")
        for m in _LOWER_DOUBLED.finditer(text)
        if pet_name(m.group(), language)
    ]
    if language in ("es", "eu"):
        # "paco", "joxe", "pepe": the short pet names everyone uses, which the list of
        # names lacks or shares with words ("gero", "joan" are Basque words).
        for match in _LOWER_SHORT.finditer(text):
            if match.group() in _SHORT_PET_NAMES:
                end = _said_surnames(text, match.end(), language, stop)
                found.append(Found(match.start(), end, PERSON, 0.4, "lower-case-name"))
    for match in _LOWER_WORD.finditer(text):
        word = match.group()
        if word in stop or _SAINT_BEFORE.search(text[max(0, match.start() - 8) : match.start()]):
            continue  # "san pedro", "santa marta", "el día del pilar"
        titled = "-".join(part.capitalize() for part in word.split("-"))
        # Icelandic inflects names ("guðrúnu"). Of Basque endings only those of a person
        # ("josefak", "mirenekin") count on a lower-case word: others are too often a
        # verb's ("egiten").
        given = is_given_name(titled) or (
            # "jean-yves", "anne-françoise"
            "-" in word and all(is_given_name(part.capitalize()) for part in word.split("-"))
        )
        letters = len(word) if given else 0
        # "manor", "floor", "trinity": given names somewhere, words here; unless a surname
        # follows ("tom pritchard", "rose dunlop")
        if (
            letters
            and _ordinary_word(word, language)
            and not common_given_name(titled, language)
            and (
                word in _KIN_WORDS  # "ma femme jeannine", "mon beau-père alphonse"
                or _said_surnames(text, match.end(), language, stop) == match.end()
            )
        ):
            letters = 0
        if not letters and language == "is" and _inflected_given_name(titled, language, names):
            letters = len(word)  # Icelandic names are labelled as they stand
        if not letters and language == "es" and _spanish_diminutive(word):
            letters = len(word)  # "tomasito", "consuelito", "juanillo"
        if not letters and language == "eu":
            person = regex.match(r"(\p{L}{5,}?)(?:ek|k|ren|rekin|ekin|ri|rentzat|agaz|gaz)$", word)
            if person and is_given_name(person.group(1).capitalize()):
                letters = len(word)  # the ending goes with the name: "txominek"
        if letters:
            end = match.start() + letters
            # A case ending closes a name ("txominek behin"): no surname follows it.
            if letters == len(word) and given:
                end = _said_surnames(text, end, language, stop)
            found.append(Found(match.start(), end, PERSON, 0.4, "lower-case-name"))
    return found


# A kinship word, then the relative's name, in a lower-case tape: "aunty bet", "mi tía
# chela", "mi hija maricarmen", "wee alan"; Icelandic after it: "halli sonur minn".
_LOWER_KIN_THEN_NAME = regex.compile(
    rf"(?<![\p{{L}}])(?:{_KIN}|mam|mum|dad|wee|our|granny|grandpa)[ \t]+"
    r"(?P<name>\p{Ll}[\p{Ll}\-]{2,})(?![\p{L}'’])"
    r"|(?<![\p{L}])(?P<name>\p{Ll}[\p{Ll}\-]{2,})[ \t]+(?:sonur|bróðir|systir|dóttir|frændi|"
    r"frænka|maðurinn|konan)[ \t]+(?:minn|mín)(?![\p{L}])"
)


# What a speaker says between words, after a kinship word too: "nom de jeune fille hein".
_FILLERS = word_set("hein ben bon quoi euh well like eh pues bueno vale ba bai ez")


def _kin_named_in_lower_case(text: str, language: str) -> list[Found]:
    """A relative's name after the kinship word, in a lower-case tape. The word must be a
    given name (whatever else it means: "aunty bet", "mi mamá rosa") or no common word of
    the language ("chela", "maricarmen"), so that "my brother worked" is none."""
    stop = stop_words(language or "en") | _FILLERS
    verb_endings = _VERB_ENDINGS.get(language, ())
    found = []
    for match in _LOWER_KIN_THEN_NAME.finditer(text):
        word = match["name"]
        if word in stop or _NUMBER_WORD.fullmatch(word):
            continue
        if language != "en" and match[0].startswith("son "):
            continue  # French "son père" (his father)
        titled = word.capitalize()
        given = is_given_name(titled)
        verb = word.endswith(verb_endings) and not (given and common_given_name(titled, language))
        ordinary = _ordinary_word(word, language) or dictionary_word(word, language or "en")
        if verb or not (given or not ordinary):
            continue
        found.append(Found(match.start("name"), match.end("name"), PERSON, 0.4, "lower-case-name"))
    return found


_DIMINUTIVE = regex.compile(r"(\p{Ll}{3,}?)(?:it|ill|ic|in)(?:o|a)$")
_ACCENTED = str.maketrans("aeiou", "áéíóú")


def _spanish_diminutive(word: str) -> bool:
    """A given name made small, as Spain and Mexico call children and friends:
    "tomasito" (Tomás), "consuelito" (Consuelo), "juanillo", "pedrito"; not a common
    word ("angelito", "poquito")."""
    match = _DIMINUTIVE.fullmatch(word)
    if not match or _ordinary_word(word, "es"):
        return False
    stem = match.group(1)
    if any(
        _ordinary_word(stem + end, "es") and not common_given_name((stem + end).capitalize(), "es")
        for end in "oa"
    ):
        return False  # "solito" of "solo"
    last_vowel = max(stem.rfind(v) for v in "aeiou")
    accented = stem[:last_vowel] + stem[last_vowel].translate(_ACCENTED) + stem[last_vowel + 1 :]
    return any(
        common_given_name(base.capitalize(), "es")
        for base in (stem + "o", stem + "a", stem, accented)
    )


_SAID_SURNAME = regex.compile(
    # "o'neill", and Breton "le bihan", "le floc'h"
    r"[ \t]+((?:o['’]|d['’]|le[ \t]+)?\p{Ll}{3,}(?:[-'’]\p{Ll}+)?)(?![\p{L}\p{N}'’])"
)
# Basque words that end a name said before them: a kinship word in a case ("amak",
# "aitarekin"), an auxiliary verb ("gaude", "diot"), a possessive or an adverb ("nire",
# "beti"), a place of origin ("mutrikukoa").
_BASQUE_NOT_SURNAME = regex.compile(
    r"(?:aita|ama|anaia|arreba|ahizpa|neba|senar|emazte|amona|aitona|izeba|osaba|seme|"
    r"alaba|lehengusu|lagun)\p{Ll}{0,5}"
    r"|nire|zure|gure|zuen|haren|beti|gero|orain|gaur|atzo|hil|oso|ere|bai|ez|"
    r"naiz|zara|gara|dira|nago|zaude|zaudete|dago|gaude|daude|nengoen|zegoen|zeuden|nintzen|"
    r"ginen|ziren|"
    # a verb's forms: "esaten", "egiten", "deitzen", "ikusteko"
    r"\p{Ll}+(?:ten|tzen|teko|tzeko|tuta)|"
    r"dut|duzu|dugu|dute|diot|diozu|dio|diote|dizut|nuen|genuen|zenuen|zion|zioten|"
    r"\p{Ll}+(?:koa|goa|tarra|darra|ena)"
)


# Of a frequency list, the words this common are ordinary words; surnames rank below them
# ("went" 198th in English, "conductor" 10,283rd; "hartley" 42,587th, "bentham" 66,456th).
_COMMON_WORD_RANK = 20000
_FREQUENCY_LISTS = ("en", "fr", "es", "eu", "de", "it", "nl", "pt")


@functools.cache
def _ranked_words(language: str) -> tuple[str, ...]:
    """The language's frequency list, most frequent first (read and sorted once)."""
    if language not in _FREQUENCY_LISTS:
        return ()
    try:
        import gzip
        import json
        from importlib import resources

        data = resources.files("spellchecker") / "resources" / f"{language}.json.gz"
        counts: dict[str, int] = json.loads(gzip.decompress(data.read_bytes()))
    except (ImportError, OSError, ValueError):
        return ()
    return tuple(sorted(counts, key=counts.__getitem__, reverse=True))


@functools.cache
def _common_words(language: str, within: int = _COMMON_WORD_RANK) -> frozenset[str]:
    return frozenset(_ranked_words(language)[:within])


def has_frequency_list(language: str) -> bool:
    return bool(_common_words(language))


def common_word(word: str, language: str, within: int = _COMMON_WORD_RANK) -> bool:
    """Whether ``word`` is among the language's ``within`` most frequent words (spoken
    and written, from pyspellchecker's lists): "went", "vino", "etorri"; not "hartley"."""
    return word.lower() in _common_words(language, within)


def _ordinary_word(word: str, language: str, *, lexicon_too: bool = True) -> bool:
    """A common word, or (``lexicon_too``) any word of the language's dictionary, which
    holds surnames ("hartley") and hyphened words ("beau-père") the list lacks."""
    if has_frequency_list(language) and common_word(word, language):
        return True
    if lexicon_too or not has_frequency_list(language):
        return dictionary_word(word, language)
    return False


def _said_surnames(text: str, end: int, language: str, stop: frozenset[str]) -> int:
    """Where a given name said in a lower-case transcript ends, with up to two surnames
    after it ("lizzie broughton", "juana mari larrañaga"): words that are no stop word,
    verb, number, kinship word or, where the language has a dictionary, ordinary word."""
    verb_endings = _VERB_ENDINGS.get(language, ())
    for _ in range(2):
        match = _SAID_SURNAME.match(text, end)
        if not match:
            break
        word = match.group(1).split()[-1]  # (without "le")
        if (
            word in stop
            or word.endswith(verb_endings)
            or _HYPHENED_NUMBER_WORD.fullmatch(word)
            or (language == "eu" and _BASQUE_NOT_SURNAME.fullmatch(word))
            or (
                _ordinary_word(word, language, lexicon_too=False)
                and not is_given_name(word.capitalize())
            )
        ):
            break
        end = match.end(1)
    return end


_LOWER_ICELANDIC_WORD = regex.compile(
    r"(?<![\p{L}\p{N}'’])\p{Ll}{3,}(?:-\p{Ll}{3,})?(?![\p{L}\p{N}])"
)
# "hún hét rósa", "kallaður mundi": after these any name counts, even one that is a word.
_ICELANDIC_NAMING = regex.compile(
    r"(?:hét|heitir|heiti|hétu|kallaður|kölluð|kallað|kallaði|kallaðan|nefndur|nefnd)"
    r"(?:[ \t]+(?:víst|bara|nú|þá|alltaf|reyndar|eiginlega))?[ \t]+$"  # "hét víst hjálmar"
    # Speech puts a pronoun before a name ("honum jóni", "hana dísu", "hann palla") and
    # "hjá" (at someone's) before a person: "hjá ásgeiri", "hjá kalla og stínu".
    r"|(?<![\p{L}])(?:hjá(?:[ \t]+(?:honum|henni))?|honum|henni|hana|hann)[ \t]+$"
)
_ICELANDIC_FARM_BEFORE = regex.compile(r"(?:^|[ \t])(?:á|í|frá|að|við)[ \t]+$")


def _icelandic_lower_case_names(text: str) -> list[Found]:
    """A lower-case Icelandic transcript's names ("páls jónssonar", "dúddi") and farms
    ("frá steinsstöðum"), by BÍN: a word that is no ordinary word in lower case and is a
    name, or a farm after "á", "í", "frá", once capitalised. Runs of names are one span."""
    found: list[Found] = []
    last_word: regex.Match[str] | None = None
    for match in _LOWER_ICELANDIC_WORD.finditer(text):
        word = match.group()
        proper = icelandic.titled(word)
        before = text[max(0, match.start() - 20) : match.start()]
        ordinary = icelandic.everyday_word(word)
        start = match.start()
        # A given name that is also a word, before a patronymic: "páls jónssonar".
        if (
            last_word
            and icelandic.surname_word(proper)
            and not text[last_word.end() : start].strip()
            and icelandic.person_word(icelandic.titled(last_word.group()))
        ):
            start = last_word.start()
        last_word = match
        if icelandic.person_word(proper) and (
            not ordinary or start < match.start() or _ICELANDIC_NAMING.search(before)
        ):
            previous = found[-1] if found else None
            if previous and previous.kind == PERSON and not text[previous.end : start].strip():
                start = previous.start
                found.pop()
            found.append(Found(start, match.end(), PERSON, 0.4, "lower-case-name"))
        elif (
            _ICELANDIC_FARM_BEFORE.search(before)
            and (
                (
                    # A long or hyphenated farm is a compound no one says of a hill ("á hóli").
                    (not ordinary or "-" in word or len(word) >= 8) and icelandic.farm_word(proper)
                )
                # "á hringbraut": a street by its ending, which BÍN may not list as one
                or word.endswith(_ICELANDIC_STREET_ENDINGS)
                # "sigga á lóni": right after a name, even a farm that is also a word
                or (
                    icelandic.farm_word(proper)
                    and found
                    and found[-1].kind == PERSON
                    and regex.fullmatch(
                        r"[ \t]+(?:á|í|frá)[ \t]+", text[found[-1].end : match.start()]
                    )
                )
            )
        ):
            end = icelandic_house_number_end(text, match.end(), word)
            found.append(Found(match.start(), end, ADDRESS, 0.4, "farm-name"))
    return found


# A house's number after an Icelandic street or farm: "túngötu 14", "sólheima tuttugu og
# þrjú" (not a date's day, "Hóli 2. maí", nor one number word after a farm, "á hóli tvö
# ár": said, it needs two words or a street).
_ICELANDIC_HOUSE_DIGITS = regex.compile(
    r"[ \t]+\d{1,3}[a-zA-Z]?(?![\p{L}\d])(?![ \t]*\.[ \t]*\p{Ll})"
)


def icelandic_house_number_end(text: str, end: int, place: str) -> int:
    digits = _ICELANDIC_HOUSE_DIGITS.match(text, end)
    if digits:
        return int(digits.end())
    said = _ICELANDIC_SAID_HOUSE_NUMBER.match(text, end)
    if said and (
        len(said.group().split()) >= 2
        or place.lower().endswith(_ICELANDIC_STREET_ENDINGS)
        or icelandic.categories(icelandic.titled(place)) & icelandic.STREET_CATEGORIES
    ):
        return int(said.end())
    return end


_ICELANDIC_STREET_ENDINGS = (
    "braut", "brautar", "vegur", "vegi", "vegar", "gata", "götu", "stræti", "stígur", "stíg",
    "stígs", "torg", "torgi",
)  # fmt: skip


# Surnames after a given name: capitalised words (or one in capitals) on the same line,
# with the particles of Spanish, French and Dutch names between them.
# (not over a column's gap of three spaces: "Glace Bay          Telephone")
_SURNAMES_AFTER = regex.compile(
    r"(?:[ \t]+\p{Lu}\.(?=[ \t]+\p{Lu}\p{Ll}))?"  # a middle initial: "Þorsteinn Þ. Þorsteinsson"
    r"(?:[ \t]{1,2}(?:(?:de|del|de la|y|van|von|le|la|du)[ \t]+)?"
    # ("MacLeod", "McAlister")
    r"(?:(?:O['’]|D['’]|Ma?c(?=\p{Lu}))?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*|\p{Lu}{3,})"
    r"(?![\p{L}\p{N}])){1,3}"
)


# A surname after initials ("K. Ramsden", "A.-S. Le Bras", "G. Ö. Sveinsson") or an old
# register's abbreviated given name ("Edw. Pattinson", "Wm. Dent"): signatures,
# secretaries, transcribers. A postscript's "P. D." / "P. S." is none.
_SURNAME_PARTICLES = word_set("Le La De Du Van Von Mac Mc")
_INITIALLED_NAME = regex.compile(
    # (not an ID's last letter: "DNI 12345678Z. NIE X1234567L")
    r"(?<![\p{L}\p{N}.])(?<!P\.[ \t]?)(?!P\.[ \t]?[DS]\.)"
    # (a Welsh double letter is one initial: "R. Ll. Jenkins", "Ff. Rees")
    r"(?:(?:\p{Lu}|Ll|Ff|Rh)\.(?:[ \t]?-?[ \t]?(?:\p{Lu}|Ll|Ff|Rh)\.){0,2}|"
    r"Edw\.|Wm\.|Thos\.|Chas\.|Jas\.|Geo\.|Jno\.|"
    r"Ric\.|Robt\.|Saml\.|Benj\.|Eliz\.|Margt\.|Patk\.|Michl\.|Danl\.|Jos\.|Alexr\.|Richd\.|"
    r"Fredk\.|Hy\.|Nathl\.|Cathn\.)"
    r"[ \t](?:(?:Le|La|De|Du|Van|Von|O'|O’|Mac|Mc)[ \t]?)?\p{Lu}[\p{L}'’\-]+"
    r"(?:[ \t](?:(?:de|del|de la|de las|de los|van|van der|von|da|dos|du)[ \t])?"
    r"\p{Lu}[\p{L}'’\-]+)?"
)


# Initials alone, as a transcriber, a secretary or a letter signs ("J. B.", "G. Þ.",
# "A.-M."): two or three capitals with dots, no capitalised word after them (that is an
# initialled name), and no abbreviation of the kind a text holds ("P.S.", "U.S.", "D.N.I.").
_BARE_INITIALS = regex.compile(
    r"(?<![\p{L}.])\p{Lu}\.(?:[ \t]?-?[ \t]?\p{Lu}\.){1,2}(?![ \t]*\p{Lu}\p{Ll})(?![\p{L}])"
)
_ABBREVIATIONS = word_set(
    "PS NB US UK USA AD BC SA SL SC DC PD PPS RIP EEUU UE EU ONU UN OK TV BB VB CV JC DNI NIE "
    "NIF CIF NAN NIR RSVP AM PM IE EG CF OP ED EDS MS MSS NN SS SR SRA SRES "
    # "D. E. P." (rest in peace), "126e R.I." (a regiment), "the G.P.O.", "O.E." (board)
    "DEP QEPD RI GPO PO OE RAF BBC "
    "CC CI "  # Colombia's and Uruguay's identity cards, a register's column
    "CA"  # a Venezuelan firm's "C.A." (compañía anónima)
)

_COUNTRY_AND_BODY_ABBREVIATIONS = word_set(
    "US USA UK EU UN EEUU ONU GPO RAF BBC "
    # armies: "11th Battalion, A.I.F.", "B.E.F.", "C.E.F.", "R.A.M.C."
    "AIF BEF CEF AEF NZEF RAMC RFA RGA RNR RNVR "
    # French offices and papers: "C.C.P. Pointe-à-Pitre", "C.N.I.", "P.T.T."
    "CCP CNI PTT FPA SNCF EDF"
)
_SHIP_PREFIXES = word_set("SS RMS HMS HMT HMAT MV TSS SY")


# Minutes name members by their initials without dots: "AC has written to the Folly",
# "BW reported a balance", "sent by DH".
_MINUTES_INITIALS = regex.compile(
    r"(?<![\w.])(?P<initials>[A-Z]{2,3})(?![\w]|\.\w)"
    r"(?=[ \t]+(?:reported|has|had|said|agreed|proposed|will|would|thanked|noted|asked|"
    r"explained|suggested|offered|wrote|writes|to[ \t]+\p{Ll}+)\b|[.,;)]|[ \t]*$)"
)
_NOT_INITIALS = word_set(
    "AGM AOB BBC NHS WI MP PCC UK US USA EU UN TV DVD CD PDF GDPR OK NB PS VAT ID NI BT "
    "CEO PLC LTD RAF WW WWI WWII II III IV VI VII VIII IX XI XII XIII XV XX AD BC AM PM "
    "DNI NIE NIF NIR NAN CV SA SL USB ISBN PO CC QC RC RIP OS"
)


def _minutes_initials(text: str) -> list[Found]:
    found = []
    for match in _MINUTES_INITIALS.finditer(text):
        initials = match["initials"]
        if initials in _NOT_INITIALS:
            continue
        before = text[max(0, match.start() - 4) : match.start()]
        after = text[match.end() : match.end() + 30]
        # a cue either side: "by DH.", "BW reported", "AC has written"
        if not (
            regex.search(r"(?:by|to|from)[ \t]+$", before) or regex.match(r"[ \t]+\p{Ll}", after)
        ):
            continue
        found.append(Found(match.start(), match.end(), PERSON, 0.4, "initials"))
    return found


def find_bare_initials(text: str) -> list[Found]:
    return _minutes_initials(text) + [
        Found(m.start(), m.end(), PERSON, 0.4, "initials")
        for m in _BARE_INITIALS.finditer(text)
        # "A.-M." (Anne-Marie) is no "A.M." (morning)
        if ("-" in m.group() or regex.sub(r"[^\p{L}]", "", m.group()) not in _ABBREVIATIONS)
        # a number's label ("A.S. 702 114 388", "C.N.I. n° 63 GP 04418"), not a person
        and not _NUMBER_AFTER_INITIALS.match(text, m.end())
    ]


_NUMBER_AFTER_INITIALS = regex.compile(r"[ \t]*(?:(?:n[º°o]|no|nr|núm)\.?[ \t]*)?:?[ \t]*\d")


# Initials before a number's label are the paper's: "C.C. No. 7.528.406", "N.C.B. Check
# No.: 7720"; a section's Roman number before its heading: "I. DATOS DEL AFILIADO".
NUMBER_LABEL_WORDS = word_set("No Nos Nr Nº N° Núm Check")
_SECTION_HEADING = regex.compile(r"[IVX]\.[ \t]+\p{Lu}{3,}\b")


def find_initialled_names(text: str) -> list[Found]:
    found = []
    for match in _INITIALLED_NAME.finditer(text):
        words = match.group().split()
        end = match.end()
        if len(words) > 2 and words[-1].rstrip(".") in NUMBER_LABEL_WORDS:
            # the name, then its account's or its member's sign: "K. J. Maher No. 062-611"
            words = words[:-1]
            end = match.start() + match.group().rindex(words[-1]) + len(words[-1])
        line_start = text.rfind("\n", 0, match.start()) + 1
        if any(w.rstrip(".") in NUMBER_LABEL_WORDS for w in words[1:]) or (
            _SECTION_HEADING.match(text, match.start())
            and not text[line_start : match.start()].strip()
        ):
            continue
        if any(
            (w in _CAPITALISED_FUNCTION_WORDS and w not in _SURNAME_PARTICLES)
            or institution_word(w)
            for w in words[1:]
        ):
            continue
        letters = regex.sub(r"[^\p{Lu}]", "", "".join(words[:-1]))
        if letters in _COUNTRY_AND_BODY_ABBREVIATIONS or letters in _SHIP_PREFIXES:
            continue  # "U.S. Census", "the U.K. Government", "the S.S. Parisian"
        start = match.start()
        if words[0] in ("D.", "M.") and is_given_name(words[1]):
            # Spanish "D." is Don, French "M." Monsieur: "D. Jaime Puig" is Jaime Puig.
            start = match.start() + match.group().index(words[1])
        found.append(Found(start, end, PERSON, 0.5, "initials"))
    return found


# A list of the missing or the saved, surname first and the age after: "Missing: Hughes,
# Owen (28), Pritchard, Ellis (44)"
_SURNAME_GIVEN_AGE = regex.compile(
    r"(?<![\p{L}])\p{Lu}[\p{L}'’\-]+,[ \t]+(?P<given>\p{Lu}\p{Ll}+)(?:[ \t]\p{Lu}\p{Ll}+)?"
    r"(?=[ \t]*\(\d{1,3}\))"
)
# A police constable by his collar number: "PC 412 Jenkins", "P.C. 1187 Morgan"
_CONSTABLE = regex.compile(
    r"(?<![\p{L}])(?:P\.?C\.?|W\.?P\.?C\.?|Sgt\.?|Sergeant|Constable)[ \t]+"
    r"(?P<number>\d{1,5})[ \t]+(?P<name>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)"
)


def find_listed_people(text: str) -> list[Found]:
    found = [
        Found(m.start(), m.end(), PERSON, 0.5, "surname-age")
        for m in _SURNAME_GIVEN_AGE.finditer(text)
        if given_name_or_word(m["given"])
    ]
    for m in _CONSTABLE.finditer(text):
        found.append(Found(m.start("number"), m.end("number"), ID_NUMBER, 0.5, "collar-number"))
        found.append(Found(m.start("name"), m.end("name"), PERSON, 0.5, "collar-number"))
    return found


# A family named by its surname: "Lasa familiak", "la familia Lahoz", "the Tyson family",
# "la famille Peyrot".
_FAMILY_NAME = (
    regex.compile(
        r"(?<![\p{L}])(?P<name>\p{Lu}\p{Ll}[\p{L}'’\-]*)[ \t]+(?:familia(?!r)\p{Ll}{0,6}|family)"
        r"(?![\p{L}])",
        _FLAGS,
    ),
    regex.compile(
        r"(?<![\p{L}])(?:familia|famille)[ \t]+(?:de[ \t]+)?"
        r"(?P<name>\p{Lu}\p{Ll}[\p{L}'’\-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’\-]*)?)(?![\p{L}])",
        _FLAGS,
    ),
)


# Spanish names a family with the plural article and the surname unchanged: "los Lahoz",
# "de los marín". A Spanish plural noun ends in -s, so a word after "los" that does not
# is a surname (places with "los" are plural: "los Pirineos", "Los Ángeles").
_SPANISH_FAMILY = regex.compile(
    r"(?<![\p{L}])(?i:los)[ \t]+(?P<name>\p{L}[\p{Ll}\-]{2,}(?<![sS]))(?![\p{L}])"
)
# French does the same ("chez les Faucher", "il y avait les chastagner"); its plurals end
# in -s or -x.
_FRENCH_FAMILY = regex.compile(
    r"(?<![\p{L}])(?i:les)[ \t]+(?P<name>\p{L}[\p{Ll}\-]{2,}(?<![sSxX]))(?![\p{L}'’])"
)


def find_families_after_article(text: str, language: str = "es") -> list[Found]:
    """ "los Lahoz", "les Faucher": a family by its surname after the plural article."""
    stop = stop_words(language)
    pattern = _FRENCH_FAMILY if language == "fr" else _SPANISH_FAMILY
    found = []
    for match in pattern.finditer(text):
        if language == "fr" and (
            dictionary_word(match["name"], "fr") and not match["name"][0].isupper()
        ):
            continue  # "les plus", "tous les jeudi": a word, not a family
        name = match["name"]
        lower = name.lower()
        if (
            lower in stop
            or _NUMBER_WORD.fullmatch(lower)
            or capitalised_function_word(name.capitalize())
            or institution_word(name)
        ):
            continue
        if name[0].islower() and not lower_case_text(text):
            continue  # "los del pueblo" aside, lower-case words after "los" in prose vary
        found.append(Found(match.start("name"), match.end("name"), PERSON, 0.4, "family-name"))
    return found


# Spoken Spanish puts the article before a first name: "la foto de la Paulita", "con la
# Chola", "el almacén del Tito". After "la", "el" or "al" in the sentence, a given name or
# a diminutive is the person (not a feast or a place: "la Paz", "el Salvador"); after "del"
# only a pet form, for "del Carmen" is a devotion.
_ARTICLE_THEN_GIVEN = regex.compile(
    r"(?<![\p{L}])(?P<article>la|el|al|del)[ \t]+(?P<name>\p{Lu}\p{Ll}{2,})(?![\p{L}])"
)
_ARTICLE_PLACES = word_set(
    # feasts and devotions, which are women's names too
    "Paz Salvador Cruz Merced Trinidad Asunción Concepción Carmen Pilar Rosario Victoria "
    "Esperanza Gloria Caridad Virgen Fe Nieves Inmaculada Natividad Soledad Purísima "
    "Candelaria Ascensión Anunciación Encarnación Dolorosa Almudena Milagrosa Piedad "
    # places said with the article
    "Plata Mar Sol Luz Sierra Serena Argentina América Habana Florida Rioja Mancha Vega "
    "Coruña Guaira Rambla Alameda"
)


def find_spanish_article_names(text: str) -> list[Found]:
    found = []
    for match in _ARTICLE_THEN_GIVEN.finditer(text):
        name = match["name"]
        if name in _ARTICLE_PLACES or _institution_of(text, name, match.end("name")):
            continue
        if (
            regex.match(r"[ \t]+(?:de|del)[ \t]", text[match.end("name") : match.end("name") + 5])
            and common_word(name, "es", within=15000)
            and not common_given_name(name, "es")
        ):
            continue  # "la Montaña de Arucas", "la Ruta del Tambor"
        pet = pet_name(name, "es") or _spanish_diminutive(name.lower())
        if pet or (match["article"] != "del" and is_given_name(name)):
            found.append(Found(match.start("name"), match.end("name"), PERSON, 0.4, "given-name"))
    return found


# "un tal Kowalski", "una tal Mercedes": Spanish for "a certain", before a name.
_A_CERTAIN = regex.compile(
    r"(?<![\p{L}])(?i:un|una)[ \t]+tal[ \t]+(?P<name>\p{Lu}\p{Ll}[\p{L}'’\-]*"
    r"(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’\-]*)?)"
)


def find_names(text: str) -> list[Found]:
    found = [
        Found(m.start("name"), m.end("name"), PERSON, 0.5, "said-name")
        for m in _A_CERTAIN.finditer(text)
    ]
    found += [
        Found(m.start("name"), m.end("name"), PERSON, 0.45, "family-name")
        for pattern in _FAMILY_NAME
        for m in pattern.finditer(text)
        if not any(
            w in _CAPITALISED_FUNCTION_WORDS or institution_word(w) for w in m["name"].split()
        )
    ]
    for pattern, score, detector in (
        (_HONORIFIC_NAME, 0.8, "honorific"),
        (_CAPITALS_NAME, 0.6, "honorific"),
        (_MARIA_NAME, 0.6, "initials"),
        (_SALUTATION, 0.7, "salutation"),
        (_SELF_NAMED, 0.75, "self-named"),
        (_SIGN_OFF, 0.6, "sign-off"),
        (_NAME_THEN_TITLE, 0.8, "honorific"),
        (_KIN_THEN_NAME, 0.5, "kinship"),
        (_NAME_THEN_KIN, 0.5, "kinship"),
    ):
        for match in pattern.finditer(text):
            span = _trim_function_words(text, match.start("name"), match.end("name"))
            if span and detector == "kinship" and regex.match(r"(?i:gran[ \t]+v[ií]a)", match[0]):
                continue  # Madrid's and Bilbao's Gran Vía, not a grandmother
            if (
                span
                and detector == "kinship"
                and regex.search(r"[ \t](?i:de|of)[ \t]", match[0])
                and _POSSESSIVE_BEFORE.search(text, max(0, match.start() - 8), match.start())
            ):
                continue  # "mi abuela de Silleda": from Silleda ("la viuda de Blasco" is his)
            if (
                span
                and pattern is _NAME_THEN_KIN
                and (
                    _NOT_A_NAME_BEFORE_KIN.search(match["name"]) or common_word(match["name"], "eu")
                )
            ):
                continue  # "Emailearen aitona" (the donor's), "Esan aitonari", "Hemengo"
            if span and detector == "kinship":
                # A Basque place after the name: "aita Joxe Mari Ameriketatik (etorri zen)".
                words = text[span[0] : span[1]].split()
                while len(words) > 1 and words[-1].endswith(("tik", "ko", "ra", "ren", "rekin")):
                    words.pop()
                span = (
                    span[0],
                    span[0] + text[span[0] : span[1]].rfind(words[-1]) + len(words[-1]),
                )
            if span:
                found.append(Found(span[0], span[1], PERSON, score, detector))
    for match in _PATRONYMIC.finditer(text):
        family = match.group("family")
        given = match.group("given")
        if family.endswith(("ason", "asonar", "asyni", "arson")) and not given:
            continue  # "Reason", "Season": -ason alone is too common a word ending
        start = match.start()
        if given and given in _CAPITALISED_FUNCTION_WORDS:
            start = match.start("family") if not family.endswith("ason") else match.end()
        if start < match.end():
            found.append(Found(start, match.end(), PERSON, 0.8, "patronymic"))
    return found


# ----- telephone numbers as people say them ------------------------------------------

_PHONE_WORD = regex.compile(
    # ("tel" a word of its own, not the end of "Hotel")
    r"(?i:phone|telephone|(?<![\p{L}])tel|number|síminn|sími|símann|síma|símanúmer|símanúmerið|"
    r"numéro|téléphone|téléph|"  # (abbreviated: "Téléph. : Penmarc'h 12")
    # (Basque cases: "telefonora deituko dizugu", to the telephone)
    r"tél|teléfono|telefono\p{L}*|zenbakia|móvil|movil|portable|mobile|"
    r"farsími|gsm|apunta|apunte|note it down|write it down|hringdu|hringja|hringið|hringi|deitu|"
    r"llámame|llámala|llámalo|llamar|appelle|appelez|appeler|celular|whatsapp|"
    # an address book's "Ph.", "ring", "new no."; a day book's "Ring back"
    r"(?<![\p{L}])ph\.|(?<![\p{L}])ring(?:[ \t]+back)?|(?<![\p{L}])(?:new|old)[ \t]+no\.|"
    r"party[ \t]+line|"
    # "phoned from", Basque "deitzeko" (to call), Argentina's "T.E." (teléfono)
    r"phoned|telephoned|deitzeko|(?<![\p{L}])t\.e\.|"
    # "hringt í 1284" (rung), "hringdi úr 5 23 41" (rang from), "Llamó la hija ... desde
    # el 45 33 80"
    r"hringt|hringdi|llamó)"
    r"(?![\p{L}])"
)
_NUMBER_WORDS = (
    # English
    r"oh|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|double|triple|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
    # French
    r"zéro|un|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|"
    r"seize|vingt|trente|quarante|cinquante|soixante|cent|mille|"
    r"septante|huitante|octante|nonante|"  # Belgium's and Switzerland's
    # Spanish
    r"cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|"
    r"quince|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|"
    r"dieciséis|diecisiete|dieciocho|diecinueve|veintiuno|veintiún|veintidós|veintitrés|"
    r"veinticuatro|veinticinco|veintiséis|veintisiete|veintiocho|veintinueve|"
    r"cien|ciento|doscientos|trescientos|cuatrocientos|quinientos|seiscientos|setecientos|mil|"
    r"ochocientos|novecientos|"
    # Icelandic
    r"núll|einn|eitt|tveir|tvö|þrír|þrjú|fjórir|fjögur|fimm|sex|sjö|átta|níu|tíu|"
    r"ellefu|tólf|þrettán|fjórtán|fimmtán|sextán|sautján|átján|nítján|"
    r"tuttugu|þrjátíu|fjörutíu|fimmtíu|sextíu|sjötíu|áttatíu|níutíu|hundrað|þúsund|"
    # Basque
    r"bat|bi|hiru|lau|bost|sei|zazpi|zortzi|bederatzi|hamar|hamaika|hamabi|hamahiru|"
    r"hamalau|hamabost|hamasei|hamazazpi|hemezortzi|hamazortzi|hemeretzi|hamaretzi|hogei|"
    r"hogeita|berrogei|"
    r"berrogeita|hirurogei|hirurogeita|laurogei|laurogeita|ehun|berrehun|hirurehun|laurehun|"
    # as much of Gipuzkoa and Bizkaia says them: "hogeta hamazazpi", "laurogeta bi"
    r"hogeta|berrogeta|hirurogeta|laurogeta|"
    r"bostehun|seiehun|zazpiehun|zortziehun|bederatziehun|mila"
)
# One number word alone ("twelve"), or with the word after it joined by a hyphen.
_NUMBER_WORD = regex.compile(rf"(?:{_NUMBER_WORDS})")
_HYPHENED_NUMBER_WORD = regex.compile(rf"(?:{_NUMBER_WORDS})(?:-\p{{L}}+)?")
# The next number word of a number said aloud, after a comma, a hyphen, a space or "and".
_THEN_NUMBER_WORD = rf"(?:[ \t]*[-,][ \t]*|[ \t]+(?:(?:y|et|and|og|eta)[ \t]+)?)(?:{_NUMBER_WORDS})"
# Numbers said in words, for the tails of addresses said aloud.
SAID_NUMBER = rf"(?:{_NUMBER_WORDS})(?:{_THEN_NUMBER_WORD}){{0,3}}"
_ICELANDIC_SAID_HOUSE_NUMBER = regex.compile(
    rf"[ \t]+(?i:{SAID_NUMBER})(?![\p{{L}}])(?![ \t]+(?:ár|árum|ára|árin|krónur|kr|manns|metra))"
)
_SAID_NUMBER = regex.compile(
    rf"(?i:(?:{_NUMBER_WORDS})(?:{_THEN_NUMBER_WORD}){{1,12}})(?![\p{{L}}])"
    rf"|(?i:(?:{_NUMBER_WORDS})-(?:{_NUMBER_WORDS}))(?![\p{{L}}])"
    r"|\d(?:[ \t.-]?\d){3,}(?![\d])"
)


# Seven number words or more in a row ("seis cincuenta y cuatro treinta y dos diez noventa
# y ocho"): a telephone number said with no word for one. English years said in a row
# ("nineteen fifty two, nineteen fifty three") are not.
_LONG_SAID_NUMBER = regex.compile(
    rf"(?<![\p{{L}}])(?i:{_NUMBER_WORDS})(?:{_THEN_NUMBER_WORD}){{6,20}}(?![\p{{L}}])"
)
_YEAR_WORDS = regex.compile(
    r"(?i)(?<![\p{L}])(?:nineteen|eighteen|hundred|thousand|mil|mille|mila|þúsund)(?![\p{L}])"
)
# A number said from a leading zero, six words or more ("zéro quatre soixante-cinq
# soixante et onze vingt-deux trente-huit"): a telephone number even with no word for one.
_ZERO_LED_NUMBER = regex.compile(
    rf"(?<![\p{{L}}])(?i:zéro|zero|cero|núll|oh)(?:{_THEN_NUMBER_WORD}){{5,16}}(?![\p{{L}}])"
)


# An old exchange's name and number after a word for telephone: "Tel. Heptonstall 37".
# ... or after a comma, or whose it is: "by telephone, Tregaron 9", "the telephone of a
# neighbour, St Ives 61".
_EXCHANGE_NUMBER = regex.compile(
    # (and the word for number, "Telephone No.: Heckmondwike 402218", or a form's remark,
    # "Telephone (if any): Brighton 24617")
    r"\.?(?:[ \t]+(?i:no\.?|number))?"
    # ("Tel. (neighbour) Dysart 46": whose telephone, in brackets)
    r"(?:[ \t]+of[ \t]+(?:a|the|my|his|her|our|their)[ \t]+\p{L}+|[ \t]+\((?:if[ \t]+any)\)"
    r"|[ \t]+\(\p{Ll}+(?:[ \t]\p{Ll}+)?\))?"
    # (a few words before a colon, or "from": "telefonoa herriko dendan: Arizkun 12", the
    # telephone at the village shop; "phoned from Caerphilly 3156")
    r"(?:(?:[ \t]+\p{Ll}+){1,3}(?=[ \t]*:)|[ \t]+from)?"
    r"[ \t]*[:,(]?[ \t]*"
    # (in capitals on a form: "Telephone: PONTYPRIDD 403712")
    # (a Breton exchange: "Penmarc'h 12")
    # (a town of hyphened words: "Saint-Jean-de-Luz 2-47"; a number with its line after a
    # hyphen: "Reading 37-3")
    r"\K(?P<exchange>\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?(?:[ \t\-]\p{Lu}\p{Ll}+)?"
    r"(?:-(?:(?:de|du|des|la|le|sur|en)-)?\p{Lu}\p{Ll}+){0,2}|\p{Lu}{3,})"
    r"\.?[ \t]+\d{1,6}(?:-\d{1,3})?"
    r"(?:[ \t]\d{2,4})?"
    # (a party line's rings: "Crows Nest 27R", "Drayton 14 r 3", "Moorefield 9-ring-12")
    r"(?:[ \t]?-?(?:r|R|ring|W|J)(?:[ \t-]?\d{1,2})?(?![\p{L}]))?(?![\d])"
)
# (a whole word: "Mary Tavy 214", "Sunderland 4417", "Marlow 12" are exchanges)
_DAY_OR_MONTH = regex.compile(
    r"(?i)(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
    r"february|march|april|june|july|august|september|october|november|december)(?![\p{L}])"
)


# An ID said whole in a tape, digits and letters, after its word: "rut sí es ocho
# millones cuatrocientos treinta y siete mil doscientos diecinueve guion seis", "my
# national insurance ... why zed one two three four five six see", "la curp es a a m r
# tres uno cero siete ...". Letters as English and Spanish say them, or alone.
_ID_LETTERS_SAID = (
    r"why|zed|zee|see|bee|dee|gee|jay|kay|aitch|ess|tee|vee|double you|ex|queue|pee|em|en|ef|"
    rf"{_SPANISH_LETTER_NAMES}|[a-z]"
)
_SAID_ID_TOKEN = (
    rf"(?:{_NUMBER_WORDS}|millones|millón|million|millions|guion|guión|dash|hyphen|stroke|slash|"
    rf"{_ID_LETTERS_SAID})(?![\p{{L}}])"
)
_SAID_ID = regex.compile(
    rf"(?i)(?<![\p{{L}}'’]){_SAID_ID_TOKEN}(?:(?:[ \t,]+(?:(?:y|and|et|og|eta)[ \t]+)?|-)"
    rf"{_SAID_ID_TOKEN}){{4,30}}"
)


def find_said_ids(text: str) -> list[Found]:
    found = []
    for word in _SAID_ID_WORD.finditer(text):
        for said in _SAID_ID.finditer(text, word.end(), min(len(text), word.end() + 200)):
            if said.start() - word.end() > 150:  # the answer may come a turn later
                break
            if any(
                m.group().lower() not in ("number", "numéro", "número", "zenbakia")
                for m in _PHONE_WORD.finditer(text, word.end(), said.start())
            ):
                break  # "... and a phone number? — oh one six three ...": a telephone
            numbers = _NUMBER_WORD.findall(said.group())
            if len(numbers) >= 3:
                # (not the "y" or "a" that goes on with the sentence: "... cero nueve y mi")
                value = regex.sub(r"(?:[ \t,]+(?:y|e|o|a|i|u|and))+$", "", said.group())
                found.append(
                    Found(said.start(), said.start() + len(value), ID_NUMBER, 0.45, "said-id")
                )
                break
    return found


# "the number was two four six", "el número era el dos cinco tres cuatro ocho", "númerið
# var fjögur níu tvö", "notre numéro c'était le deux cent soixante-neuf": a house's
# telephone remembered, three number words at least.
_THE_NUMBER_WAS = regex.compile(
    r"(?i)(?<![\p{L}])(?:number|numéro|número|númerið|zenbakia)[ \t]+"
    r"(?:was|is|c['’]était|était|est|era|es|fue|var|er|zen|da)[ \t,:]+(?:(?:le|el|the)[ \t]+)?"
    rf"(?P<number>(?:{_NUMBER_WORDS})(?:{_THEN_NUMBER_WORD}){{2,12}})(?![\p{{L}}])"
)


# A telephone number said in groups, as French and Spanish speakers say theirs in pairs:
# "c'est le quarante, soixante-quatorze, douze, trente-quatre", "era el veintisiete,
# cuarenta y ocho, cero cinco", "einn, fjórir, níu, tveir, sex": three groups at least,
# four number words after an article or a verb ("el", "c'est le", "it's"), five or four
# groups without one.
_SAID_GROUP = (
    rf"(?:{_NUMBER_WORDS})(?:(?:-|[ \t]+(?:(?:y|et|and|eta|og)[ \t]+)?)(?:{_NUMBER_WORDS})){{0,4}}"
)
_GROUPED_SAID_NUMBER = regex.compile(
    r"(?i)(?:(?P<article>(?<![\p{L}])(?:el|le|the|it['’]s|is|was|es|era|est|c['’]est|c['’]était|"
    r"er|var|da|zen)[ \t,:]+(?:(?:\.\.\.|…)[ \t]*)?(?:(?:le|el|the)[ \t]+)?)\K)?(?<![\p{L}])"
    # (a speaker's "euh", "ehm" between the groups)
    rf"{_SAID_GROUP}(?P<groups>(?:,|\.\.\.|…)[ \t]*(?:(?:euh|ehm|eh|er|erm|um|uh|este|pues)"
    rf"[ \t]*[,.]*[ \t]*)?{_SAID_GROUP}){{1,6}}(?![\p{{L}}])"
)
_DIGIT_SAID = r"(?:one|two|three|four|five|six|seven|eight|nine|oh|zero|nought|double|treble)"
_HYPHENED_DIGITS = regex.compile(rf"(?i){_DIGIT_SAID}(?:-{_DIGIT_SAID}){{2,}}")
# what a count of things is followed by: "dos, tres, cuatro años", "bost, sei urte"
_COUNTED = regex.compile(r"(?i)[ \t]+(?:years|ans|años|urte|ár|ára|árum|hijos|enfants|children)")


def _grouped_said_numbers(text: str) -> list[Found]:
    found = []
    for match in _GROUPED_SAID_NUMBER.finditer(text):
        words = len(_NUMBER_WORD.findall(match.group()))
        groups = len(match.captures("groups")) + 1
        enough = words >= 4 if match["article"] else groups >= 4 or words >= 5
        if groups == 2:
            # two groups of three digits each, as a transcript hyphens them:
            # "five-five-one, two-oh-eight"
            enough = all(
                _HYPHENED_DIGITS.fullmatch(group.strip())
                for group in regex.split(r",|\.\.\.|…", match.group())
            )
        if (
            enough
            and not _YEAR_WORDS.search(match.group())
            and not _COUNTED.match(text, match.end())
        ):
            found.append(Found(match.start(), match.end(), PHONE, 0.4, "said-phone"))
    return found


_NUMBER_OF_TOWN = regex.compile(
    r"\G[ \t,(]*(?:(?:el|le)[ \t]+)?\K(?:n\.?[º°][ \t]*)?\d{1,4}[ \t]+(?:de|à)[ \t]+"
    r"\p{Lu}[\p{L}'’-]+"
)
_EXCHANGE_JUST_BEFORE = regex.compile(
    r"(?<![\p{L}])(?P<exchange>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)[ \t]+$"
)


def _exchange_name(name: str) -> bool:
    """Whether ``name`` may be a telephone exchange's: not a day or a month, nor a common
    given name alone, whom to call ("Phone Mary 2234 please")."""
    return not _DAY_OR_MONTH.match(name) and not (" " not in name and common_given_name(name, "en"))


def find_said_phones(text: str) -> list[Found]:
    """A telephone number written as said ("the phone was double two five nine", "c'était
    le vingt-deux") or too short for phonenumbers ("síminn hjá þeim er 15842", an old
    village exchange), close after a word for telephone."""
    found = []
    for keyword in _PHONE_WORD.finditer(text):
        # "number" alone is a weak cue ("number twelve castleberg avenue, in fifty six"):
        # its number must follow it closely.
        reach = 20 if keyword.group().lower() in ("number", "numéro", "zenbakia") else 45
        window_end = min(len(text), keyword.end() + reach)
        # The longest number in the window: "from sixty till seventy-six it was two four
        # six three one two" is the last one.
        numbers = [
            m
            for m in _SAID_NUMBER.finditer(text, keyword.end(), min(len(text), window_end + 80))
            if m.start() < window_end
            # (nor in the next cell of a ledger's row, nor a sum: "Ring back Hawes 314 after
            # 6 p.m. | £1.10.0")
            and not regex.search(r"[\n|]", text[keyword.end() : m.start()])
            and text[m.start() - 1 : m.start()] not in ("£", "$", "€")
            and not regex.fullmatch(r"(?:1[5-9]|20)\d\d", m.group())  # a year
            # the digits of an account after the telephone ("tel. 943.83.19.07 — kontua:
            # ES91 3035 ...") are no telephone number
            and not regex.search(r"\p{Lu}\p{Lu}$", text[max(0, m.start() - 2) : m.start()])
        ]
        if numbers:
            match = max(numbers, key=lambda m: len(m.group()))
            start = match.start()
            # its exchange's name before it: "by telephone at her neighbour's, Bridgeton
            # 3318", "the phone in now (Roath 1187)"
            named = _EXCHANGE_JUST_BEFORE.search(text, max(keyword.end(), start - 30), start)
            # (an old exchange's short number only, not "Nirea 06 39 98 04 61", Basque
            # "mine is")
            if (
                named
                and regex.fullmatch(r"\d{1,6}(?:-\d{1,3})?", match.group())
                and _exchange_name(named["exchange"])
            ):
                start = named.start()
            found.append(Found(start, match.end(), PHONE, 0.45, "said-phone"))
        # a village's telephone by its number and its town: "teléfono n.º 12 de Tortosa",
        # "que tiene teléfono, el 142 de Mieres", "le téléphone (le 27 à Vendeuvre)"
        village = _NUMBER_OF_TOWN.match(text, keyword.end())
        if village:
            found.append(Found(village.start(), village.end(), PHONE, 0.45, "said-phone"))
        exchange = _EXCHANGE_NUMBER.match(text, keyword.end())
        if (
            exchange
            # (a town may be a given name too, "tel. York 66419", "Ring Bala 214": three
            # digits are no count)
            and (
                not is_given_name(exchange["exchange"].split()[0])
                or len(_digits(exchange.group())) >= 3
            )
            and _exchange_name(exchange["exchange"])
        ):
            found.append(Found(exchange.start(), exchange.end(), PHONE, 0.45, "said-phone"))
    found += [
        Found(m.start("number"), m.end("number"), PHONE, 0.45, "said-phone")
        for m in _THE_NUMBER_WAS.finditer(text)
    ]
    found += [
        Found(m.start(), m.end(), PHONE, 0.45, "said-phone")
        for m in _ZERO_LED_NUMBER.finditer(text)
    ]
    found += [
        Found(m.start(), m.end(), PHONE, 0.4, "said-phone")
        for m in _LONG_SAID_NUMBER.finditer(text)
        if not _YEAR_WORDS.search(m.group())
    ]
    return found + _grouped_said_numbers(text)


# ----- numbers in speech ------------------------------------------------------------

# Whisper often half-hears a phone number said digit by digit ("077000 and I know…" for
# "oh seven seven oh oh, nine oh oh…", or "07 7 0 0 I know 0 2 1"): too few digits for
# phonenumbers, but a run of five or more digits in speech is rarely anything else worth
# keeping. For transcripts only.
_SPOKEN_DIGITS = regex.compile(r"(?<![\w.,])\d(?:[ \t.,-]?\d){4,}(?![\w]|[.,]\d)", _FLAGS)


def find_spoken_numbers(text: str) -> list[Found]:
    found = _SPOKEN_DIGITS.finditer(text)
    return [Found(m.start(), m.end(), PHONE, 0.4, "spoken-number") for m in found]


# ----- addresses -----------------------------------------------------------------------

_WORD = r"\p{L}[\p{L}'’\-]*"
_NAMEWORD = (  # "Calle de las Eras", "Avenue of the Americas", "rue de l'Évêché Est"
    rf"(?:{_CAP}|[ld]['’]{_CAP}|\d{{1,2}}(?:st|nd|rd|th|e|er)?|{_PARTICLE}|las|los|les|el|of|the|y|upon|on|-)"
)
_STREET_AFTER = (  # English: "14 Harbour Street"; with the USPS street suffixes
    r"Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Dr|Close|Crescent|Cres|Terrace|Terr|Place|"
    r"Pl|Square|Sq|Way|Gardens?|Gdns|Courts?|Ct|Row|Hill|Hills|Walk|Grove|Groves|Park|Parade|"
    r"Mews|Yard|Wynd|Gate|Green|Quay|Wharf|Rise|View|Boulevard|Blvd|Highway|Hwy|Vale|Brae|"
    r"Loan|Cottages|Villas|Alley|Bend|Bluffs?|Branch|Bridge|Brook|Burgs?|Bypass|Causeway|Center|"
    r"Circle|Cliffs?|Common|Corners?|Course|Cove|Creek|Crest|Crossing|Crossroad|Curve|Dale|"
    r"Dam|Divide|Estates?|Expressway|Extension|Falls|Ferry|Fields?|Flats?|Ford|Forest|Forge|"
    r"Fork|Freeway|Gateway|Glen|Harbor|Haven|Heights|Hollow|Inlet|Isle|Junctions?|Knolls?|"
    r"Landing|Lights?|Locks?|Lodge|Loop|Manor|Meadows?|Mills?|Motorway|Orchard|Oval|Parkway|"
    r"Pass|Path|Pike|Pines?|Plaza|Points?|Ports?|Prairie|Ranch|Ridge|Roads|Route|Run|Squares|"
    r"Shoals?|Shores?|Skyway|Springs?|Spur|Station|Stravenue|Stream|Summit|Trace|Track|"
    r"Trafficway|Trail|Tunnel|Turnpike|Valley|Via|Viaduct|Village|Ville|Vista|Wells?|Close|"
    # Northern English and Scots: "3 Chapel Fold", "2 Kirk Garth", "5 Mill Brow".
    r"Fold|Garth|Croft|Brow|Nook|Ginnel|Lonning|Loaning|Wynd|Vennel|Steps|Houses|Buildings|"
    # a flat in a council's or a landlord's block: "8 Cheltenham House", "4 Albert Mansions"
    r"House|Mansions|Tower"
)
# a street's word in a name in capitals: "ST. GEORGE'S ROAD, ASHTON"
_STREET_WORD_ALONE = regex.compile(rf"(?i:{_STREET_AFTER}),?")
_STREET_BEFORE = (  # French, Spanish, Basque, Welsh, Italian, Catalan: "12 rue des Tanneurs"
    r"rue|avenue|av|boulevard|bd|bld|chemin|ch|allée|allee|impasse|imp|place|pl|quai|route|rang|"
    r"rte|cours|cour|square|passage|cité|cite|résidence|lieu-dit|hameau|faubourg|fg|montée|bulevar|"
    r"traverse|sentier|ruelle|venelle|chaussée|hent|straed|"
    r"calle|c/|c\.|avenida|avda|av\.|paseo|pº|plaza|pza|carrer|carretera|ctra|camino|ronda|"
    # Vitoria-Gasteiz's old roads out of town: "Portal de Castilla 15"
    r"portal(?=[ \t]+de[ \t]+\p{Lu})|"
    r"gran[ \t]+vía|vía|"
    r"travesía|travesia|glorieta|urbanización|urb|pasaje|pasadizo|callejón|callejon|cañada|"
    r"rambla|vial|acceso|alameda|bajada|cuesta|jirón|jiron|jr\.|"
    r"kalea|kale|etorbidea|hiribidea|pasealekua|plaza|bidea|auzoa|"
    r"rúa|praza|travesa|estrada|camiño|passeig|plaça|avinguda|"
    r"stryd|heol|ffordd|lôn|lon|rhodfa|"
    r"ul\.|ulica|"  # a Polish street, in migrants' papers: "ul. Zielona 4, Lwów"
    r"via|viale|piazza|piazzale|corso|vicolo|largo|strada|contrada|rotonda|stretto|"
    r"incrocio|canale|borgo|lungomare"
)
STREET_WORDS_BEFORE = _STREET_BEFORE  # for a register's address cells
_SUFFIXES = (  # one word: German, Dutch, Icelandic, Scandinavian, Basque
    r"straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|steig|pfad|"
    r"straat|laan|plein|gracht|kade|singel|dreef|hof|baan|steeg|pad|dijk|markt|"
    r"gata|götu|gate|gade|gatan|vägen|vegen|veien|vej|"
    r"vegur|vegi|vegar|stígur|stíg|stígs|braut|stræti|tún|torg|sund|hlíð|holt|mýri|"
    r"holti|túni|torgi|sundi|teigi|hlíðar|"
    r"lind|kór|bakki|bakka|hæð|smári|"
    r"garður|garði|gerði|melur|mel|hagi|haga|nes|hvammur|hvammi|lundur|lundi|teigur|teig|"
    r"vellir|völlum|brekka|brekku|hraun|hrauni|fold|tröð|hvarf|salir|sölum|kvísl|háls|"
    r"heiði|höfði|engi|rimi|ból|hamar|hamri|"
    r"kalea|bidea|etorbidea"
)
_HOUSE = r"\d{1,5}(?:[ \t]?[a-zA-Z](?!\w))?(?:[-/]\d{1,4}[a-zA-Z]?)?"
# Flat, floor or door after the house number: "Apt. 665", "Piso 3", "Appartamento 7".
_UNIT = (
    r"(?:,?[ \t]*(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|Piso|Puerta|Portal|Planta|Bajo|"
    r"Escalera|Appartamento|Piano|Interno|Scala|étage|Bâtiment|Bât\.?|Esc\.?|íb\.|íbúð|"
    r"(?i:boîte|bte|bus)|Zimmer|Whg\.?|Wohnung)[ \t]*\w{1,4}"  # "212, boîte 5", "Zimmer 14"
    # a floor as a number first: "Nørrebrogade 112, 2. sal", "3.º izda"
    r"|,?[ \t]*\d{1,2}\.?[ \t]*(?:sal|hæð|h\.|étage|Stock|OG|th|tv)(?![\p{L}])"
    # Iceland's side of the landing: "3. hæð t.v.", "2. h. t.h."
    r"(?:[ \t]*t\.[ \t]?[vh]\.)?"
    r"|,[ \t]*au[ \t]+\d{1,2}(?:e|ème)(?![\p{L}])|,[ \t]*behea(?![\p{L}]))*"
)
# Before a street without a house number: "Flat 6\nJonathan Causeway", "Studio 4".
_UNIT_FIRST = r"(?:Flat|Studio|Apartment|Apt\.?|Unit|Suite)[ \t]+\w{1,4},?[ \t]*\n?[ \t]*"
# A city's postal district after it: "London S.E.15", "Glasgow, S.W.1", "W.9", "NW3"
# (not a prairie quarter section's "N.E. 14-43-26-W2")
POSTAL_DISTRICT = (
    r"(?:[NSEW]\.(?:[EWC]\.)?[ \t]?\d{1,2}|(?:N|S|E|W|NW|SW|SE|EC|WC)\d{1,2})(?![\w-])"
)
_TOWN = (
    r"(?:[ \t]*,?[ \t]*\n?[ \t]*(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}|\d{3,5}|[A-Z]-\d{4,5}|"
    # "Valdenebro de los Valles", "Bains-sur-Oust"
    # "St. Johnsbury", "Mt. Vernon"
    # (not over a form's gap to its next label: "Glace Bay          Telephone: 318-J")
    rf"\d{{4}}[ \t]?[A-Z]{{2}})?[ \t]*(?:'s-|(?:St|Ste|Mt|Ft)\.[ \t]?)?{_CAP}(?:"
    rf"(?:[ \t]{{1,2}}|[ \t]*-[ \t]*)(?:(?:{_PARTICLE}|los|las|sur|upon|on)[ \t\-]+){{0,2}}{_CAP})*"
    rf"(?:[ \t]+[A-Z]{{1,2}}\d[A-Z\d]?[ \t]\d[A-Z]{{2}})?"
    r"(?:,?[ \t]+[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?)?"  # US state and ZIP code
    # an arrondissement: "Lyon 6e", "Paris (5e)"; a city's postal district: "London S.E.15"
    r"(?:[ \t]+(?:\d{1,2}(?:e|er|ème)|\(\d{1,2}(?:e|er|ème)\))(?![\p{L}]))?"
    rf"(?:,?[ \t]+{POSTAL_DISTRICT})?"
    # a city's district by its number alone, where the line or the clause ends: "Edinburgh
    # 4", "Brighton 7, retired railwayman" (not a date's day: "Ely 14 May")
    r"(?:[ \t]+\d{1,2}(?=[ \t]*(?:[,;(\n]|$)))?)"
)
# The words of a street's name: capitalised words, particles, ordinals; a lower-case word
# only at the end of the name before a comma or the end of the line ("rue des lilas,").
# (its last word elided after "de": "cours de l'Intendance", "place de l'Hôtel-de-Ville")
_STREET_NAME = (
    rf"(?:{_NAMEWORD}[ \t]+){{0,4}}"
    rf"(?:{_CAP}|[ld]['’]{_CAP}|\p{{Ll}}[\p{{L}}'’\-]*(?=[ \t]*(?:,|\n|$)))"
)
_YEARS = r"(?:1[5-9]|20)\d\d[-–/](?:(?:1[5-9]|20)\d\d|\d\d)(?!\d)"  # "1921-1948"
_HYPHENATED_SUFFIX = rf"(?:{_CAP}-)+\p{{Lu}}?(?i:{_SUFFIXES})"  # Agnes-Wesack-Straße
_ADDRESS_PATTERNS = (
    # 14 Harbour Street[, Whitby] / Flat 6 Jonathan Causeway
    regex.compile(
        # and American: "2214 NW 58th Street", "6120 24th Ave NW"
        # ("No. 2 Chapel Terrace")
        rf"(?<![\w/.,-])(?:(?:No\.?[ \t]*)?{_HOUSE}[,.]?[ \t]+|{_UNIT_FIRST})"
        rf"(?:(?:{_NAMEWORD}|[NSEW]{{1,2}})[ \t]+){{0,4}}?"
        rf"(?:{_CAP}|\d{{1,3}}(?:st|nd|rd|th))"
        rf"[ \t]+(?:{_STREET_AFTER})\.?(?!\w)(?:[ \t]+[NSEW]{{1,2}}(?!\w))?"
        r"(?:[ \t]+\d{1,3}(?=,))?"  # "6120 Township Road 38, Somerset"
        rf"{_UNIT}(?P<town>{_TOWN})?",
        _FLAGS,
    ),
    # 12 rue des Tanneurs[, 64100 Bayonne] / 5 Stryd Fawr / 64, chemin Da Silva
    # (a flat first: "appartement 12, 5 rue de Saint-Malo")
    regex.compile(
        r"(?<![\w/.,-])(?:(?i:appartement|appt\.?|app\.)[ \t]+\w{1,4},[ \t]*)?"
        rf"{_HOUSE}(?:[ \t]*(?:bis|ter))?,?[ \t]+(?i:{_STREET_BEFORE})[.:]?[ \t]+"
        rf"{_STREET_NAME}(?!\w){_UNIT}(?P<town>{_TOWN})?",
        _FLAGS,
    ),
    # Calle Mayor 5 / rue Victor Hugo, 3 / Kale Nagusia 12 / Via Roma, 1 Piano 2
    regex.compile(
        rf"(?<!\w)(?i:{_STREET_BEFORE})\.?[ \t]+(?:{_NAMEWORD}[ \t]+){{0,4}}?"
        rf"(?:{_CAP}|[ld]['’]{_CAP})"  # "place de l'Église, n° 3"
        r"(?:[ \t]+[IVX]{1,5}(?![\p{L}]))?"  # a king's or a pope's: "Avda. Juan Carlos I, 52"
        # "s/n": sin número, a house with no number; not years ("de Estella, 1921-1948")
        rf"[ \t]*,?[ \t]*(?:(?:n\.?[º°o]|núm|número|numéro)\.?[ \t]*)?(?!{_YEARS})"
        rf"(?:{_HOUSE}|s/n|s\.[ \t]?n\.)(?![\w,.]\d){_UNIT}"
        rf"(?P<town>{_TOWN})?",
        _FLAGS,
    ),
    # boulevard Dominique Bigot, 28258 Menard: a street without a number, with a postcode
    regex.compile(
        rf"(?<!\w)(?i:{_STREET_BEFORE})\.?[ \t]+(?:{_NAMEWORD}[ \t]+){{0,4}}?(?:{_CAP})"
        rf"[ \t]*,[ \t]*\d{{5}}[ \t]+{_CAP}(?:[ \t\-]+{_CAP})*",
        _FLAGS,
    ),
    # Hauptstraße 5, Laugavegur 12, Kerkstraat 10, Agnes-Wesack-Straße 26-83
    # (not a weekday and its date, "Lunes 14", "Viernes 8", which end as Iceland's "-nes")
    regex.compile(
        r"(?<!\w)(?!(?i:lunes|viernes)(?!\w))"
        rf"(?:(?:{_CAP}[ \t]+){{0,2}}\p{{Lu}}\p{{L}}*(?i:{_SUFFIXES})|{_HYPHENATED_SUFFIX})"
        rf"(?!\w)(?:[ \t]+(?i:kalea|bidea|etorbidea))?[ \t]*,?[ \t]*{_HOUSE}(?!\w|[.,]\d)"
        rf"{_UNIT}(?P<town>{_TOWN})?",
        _FLAGS,
    ),
    # A street whose name is its word ("Gran Vía 41", "La Rambla 12"), and the grid of
    # Bogotá or Medellín: "Carrera 7 # 45-12", "Calle 45 No. 12-34"; Havana's numbered
    # streets, "Calle 23 n.º 456"
    regex.compile(
        rf"(?<!\w)(?:(?:(?:Gran[ \t]+V[ií]a|La[ \t]+Rambla|Diagonal|Grand[-'’ ]?Rue)[ \t]*,?[ \t]*"
        # a village's square, its number after a comma or a sign: "la Plaza, n.º 6"
        rf"|[Ll]a[ \t]+Plaza(?:,[ \t]*(?:n\.?[º°][ \t]*)?|[ \t]+n\.?[º°][ \t]*))"
        rf"{_HOUSE}(?![\w,.]\d)"
        r"|(?i:calle|carrera|cra\.?|cl\.?|avenida|av\.?|transversal|diagonal)[ \t]+\d{1,3}[A-Z]?"
        r"(?:[ \t]+(?i:bis|sur|norte|este|oeste))?[ \t]*(?:#|(?i:n\.?[º°o]\.?))"
        r"[ \t]*\d{1,4}[A-Z]?(?:[ \t]*-[ \t]*"
        rf"\d{{1,3}})?){_UNIT}(?P<town>{_TOWN})?",
        _FLAGS,
    ),
    # A street named without its word, known by the floor after its number, as Spain and
    # the River Plate write it: "O'Daly, 41, 2.º", "Alberti 1540, 5° \"C\"", "Riera Alta,
    # 9, bajos" (not a law's "Artículo 41, 2.º")
    regex.compile(
        r"(?<![\w])(?!(?i:art[ií]culo|art|cap[ií]tulo|ley|decreto|p[aá]rrafo|tomo|libro|folio)"
        r"(?![\p{L}]))"
        rf"(?:{_CAP}[ \t]+(?:(?:de|del|de[ \t]+la)[ \t]+)?){{0,2}}{_CAP},?[ \t]+\d{{1,5}},[ \t]*"
        r"(?:(?:piso[ \t]+)?\d{1,2}\.?[ \t]?[º°ª]"
        r"|(?:bajos?|entlo\.|entresuelo|principal|pral\.|ático|buhard\.|b[uo]hardilla)(?![\p{L}]))"
        r"(?:[ \t]*(?:[\"«“]?[A-Z][\"»”]?|izda\.?|izqda\.?|dcha\.?|izq\.?)(?![\w]))?",
        _FLAGS,
    ),
    # Nagusia kalea 3 (Basque: the street word follows the name as its own word)
    regex.compile(
        # ("Sancho el Sabio kalea 17", "Errekalde zumarkalea 12")
        rf"(?<!\w)(?:{_CAP}[ \t]+(?:(?:el|la|de|del)[ \t]+(?=\p{{Lu}}))?){{1,3}}"
        r"(?i:kalea|etorbidea|hiribidea|bidea|plaza|zumarkalea|errepidea|enparantza|kalexka|"
        # "San Frantzisko kalea 14an": the number takes the case ending; "of the street":
        # "Pannecau karrikako 14. zenbakian", "Maubec karrikako 3an"
        rf"karrika|pasealekua|auzoa|auzunea|kaleko|karrikako|plazako|etorbideko)[ \t]*,?[ \t]*"
        rf"{_HOUSE}(?:an|ean|ra|era|tik|etik|ko|eko|\.?[ \t]+zenbaki(?:an|ko|tik|ra|a))?"
        rf"(?!\w){_UNIT}(?P<town>{_TOWN})?",
        _FLAGS,
    ),
)
# A post office box: "Box 14, Gimli P.O.", "Apartado de Correos 45", "BP 12", "Pósthólf 5".
_POST_BOX = regex.compile(
    r"(?<![\w])(?:P\.?[ \t]?O\.?[ \t]?Box|Apartado(?:[ \t]+de[ \t]+Correos)?|Apdo\.?|"
    r"B\.?P\.?|Boîte[ \t]+postale|[Cc]ase[ \t]+postale|(?i:pósthólf\p{L}*)|Postfach|"
    r"(?i:posta[ \t-]+kutxa)|Casilla(?:[ \t]+de[ \t]+Correos?)?|"
    # Australia's roadside mail box, a G.P.O.'s box
    r"RMB|R\.M\.B\.|G\.?P\.?O\.?[ \t]+Box|Locked[ \t]+Bag|Private[ \t]+Bag|"
    # rural routes ("R.R. 1", "RR 2", New Zealand's "RD 2") and Québec's "C.P. 118"
    r"R\.[ \t]?R\.|RR|R\.?D\.?|R\.?F\.?D\.?|Rural[ \t]+Route|Star[ \t]+Route|C\.[ \t]?P\.|"
    r"Casier[ \t]+postal)"
    r"[ \t]+(?:(?:n[º°o]\.?|\#)[ \t]*)?"  # ("R.R. #2")
    r"\d{1,6}(?![\w])"
    # "Box" alone is an archive's box too ("Box 12, shelf C"): only before a town
    r"|(?<![\w])Box[ \t]+\d{1,6},[ \t]*(?!(?:Folder|File|Item|Shelf|Bay|Tray)\b)\p{Lu}\p{Ll}+"
    r"(?:[ \t]+P\.[ \t]?O\.)?"  # "Box 17, Garðar P.O., Pembina County"
    # a settlement's post office, as Manitoba's Icelanders wrote it: "Gimli P.O."
    r"|(?<![\w])\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+P\.[ \t]?O\.(?![\p{L}])"
    # a newspaper's box for replies to an advertiser: "Reply to Box 212, this office",
    # "Idatzi 212. posta-kutxa"
    r"|(?<![\w])Box[ \t]+\d{1,6},[ \t]*this[ \t]+(?:office|paper)"
    r"|(?<![\w.])\d{1,5}\.[ \t]*(?i:posta[ \t-]*kutxa)"
    # mail held at a town's post office for its caller: "General Delivery, LaHave, N.S.",
    # "Poste restante, Quimper", "Lista de Correos, Vigo"
    r"|(?<![\w])(?:General[ \t]+Delivery|[Pp]oste[ \t]+restante|Lista[ \t]+de[ \t]+Correos)"
    r"(?=,[ \t]*\p{Lu})"
)
# A postcode and a town on their own: "64100 Bayonne", "101 Reykjavík", "1660 Château-d'Œx",
# "SW1A 1AA".
_POSTCODE_TOWN = regex.compile(
    rf"(?<![\w.,/-])(?:\d{{5}}|\d{{3}}|\d{{4}}[ \t]?[A-Z]{{2}}|\d{{4}})[ \t]+{_CAP}(?!\w)"
    # and in capitals, as an envelope gives it: "50017 ZARAGOZA", "64100 BAYONNE CEDEX"
    r"|(?<![\w.,/-])\d{5}[ \t]+\p{Lu}{3,}(?:[ \t\-]+\p{Lu}{2,}){0,3}(?![\p{L}])"
    rf"|(?<!\w)[A-Z]{{1,2}}\d[A-Z\d]?[ \t]\d[A-Z]{{2}}(?!\w)",
    _FLAGS,
)
_POSTCODE_CONTEXT = _ctx(r"bp|cedex|po box|pósthólf|apartado|postfach|address|adresse|heimilisfang")
# An English street with no house number, then its town, where the clause ends: "Station
# Road, Ellon;", "Gayle Lane, Hawes)", "Church Lane, Oxted, Surrey, tel." (in the labelled
# texts nine such in ten are a person's home), with a house's name in quotes before it:
# '"Ashlea", Station Road, Horsforth'
_NUMBERLESS_STREET_WORDS = (
    r"Road|Street|Lane|Terrace|Row|Avenue|Close|Drive|Crescent|Gardens|Square|Place|Parade"
)
_STREET_AND_TOWN = regex.compile(
    r"(?<![\p{L}\d])(?:[\"“«]\p{Lu}[\p{L}'’ \-]{1,25}[\"”»],[ \t]*)?"
    # (one space between words: a comma blanked as a speck leaves two, "Rowe  Hill Street")
    rf"(?:{_CAP}[ \t]){{1,2}}(?:{_NUMBERLESS_STREET_WORDS})"
    rf",[ \t]*{_CAP}(?:(?:[ \t]|-){_CAP}){{0,2}}(?:,[ \t]*{_CAP}(?:[ \t]{_CAP})?)?"
    r"(?=[ \t]*(?:[.;:)\]|—–\n]|$|,[ \t]*(?:\p{Ll}|(?i:tel|phone)\.?[ \t])))"
)
# ... and over a letter's heading lines, above its date: "Holmleigh,\nChudleigh Road,\nNewton
# Abbot.\n19th April 1923."
_STREET_AND_TOWN_ABOVE_DATE = regex.compile(
    rf"(?m)^[ \t]*(?:{_CAP}[ \t]){{1,2}}(?:{_NUMBERLESS_STREET_WORDS}|Villas),?[ \t]*\n"
    rf"[ \t]*{_CAP}(?:(?:[ \t]|-){_CAP}){{0,2}}(?=[.,]?[ \t]*\n[ \t]*"
    r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?[ \t]+\d{1,2}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}))"
)
# A firm's or a body's street, as a letterhead or a signature gives it: "J. Whittle & Sons
# (Builders' Merchants), Strand Road, Preston", "the Hall, Loch Street, Aberdeen"
_FIRMS_TRADES = word_set(
    "solicitors merchants valuers auctioneers broker brokers grocers printers stationers "
    "agents builders drapers chemists"
)


def _a_firms_street(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return _names_a_firm(text[max(line_start, start - 60) : start])


def _names_a_firm(before: str) -> bool:
    words = regex.findall(r"\p{L}+", before)
    # (a firm's "&", not a couple's: "Capt. & Mrs Harcourt")
    firm_and = regex.search(r"&(?![ \t]*(?:Mrs|Mr|Ms|Miss|Mme|Dr)\.?[ \t])", before)
    return bool(firm_and) or any(
        institution_word(w) or w.casefold() in _FIRMS_TRADES for w in words
    )


# Specks OCR reads into a line, blanked (same length, so offsets hold) before the address
# and ID patterns look at it: before the line's first word ("“ Easo kalea 18", "-38
# Station Road"),
_SPECKS = regex.compile(
    r"(?m)(^[ \t]*)((?:[\p{P}\p{S}]{1,2}[ \t]*){1,3})(?=[\p{L}\p{N}])"
    # and, inside a line, quote marks stuck to a word's front ("38 Station ‘Road")
    r"|((?<=[ \t]))([‘’“”\"'`´„«».,_-]{1,2})(?=[\p{L}\p{N}])"
    # and a dot OCR put between two words ("avenida de la.Libertad 16"), or two marks or
    # more ("Portu-.kalea 43")
    r"|((?<=\p{Ll}))(\.)(?=\p{Lu}\p{Ll})"
    r"|((?<=\p{L}))([-.:;,'’_]{2,3})(?=\p{L})"
    # or after a word of a street's name, before its street word ("21 Mill. Road",
    # "4 Harbour, Street")
    rf"|((?<=[ \t]\p{{Lu}}\p{{Ll}}+))([.:;,])(?=[ \t]+(?:{_STREET_AFTER})(?!\w))"
)


def _blank_specks(text: str) -> str:
    return str(_SPECKS.sub(lambda m: " " * len(m.group()), text))


_AGE_BEFORE_OF = regex.compile(r"\d{1,3},?[ \t]+of[ \t]+")


# A cadastre's parcel or a plot's number before what reads as a house number: "parcelle
# cadastrée section AB n° 123, lieu-dit ...", land, no home
PARCEL_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:(?i:section)[ \t]+\p{Lu}{1,3}|(?i:parcelle|cadastr\p{L}*|erf|parcela|polígono)"
    r"(?:[ \t]+\p{Lu}{1,3})?)[ \t]*(?i:n[º°o]\.?|no\.?|núm\.?)?[ \t]*$"
)


def find_addresses(text: str) -> list[Found]:
    text = _blank_specks(text)
    found = []
    for pattern in _ADDRESS_PATTERNS:
        for match in pattern.finditer(text):
            end = match.end()
            town = match.groupdict().get("town")
            if town and "\n" in town and not regex.search(r"\d", town):
                end = match.start("town")  # a capitalised word on the next line: not a town
            elif (
                town and text[match.start("town") - 1] == "." and regex.match(r"[ \t]+\p{L}", town)
            ):
                end = match.start("town")  # "14 High St. Then she moved": a new sentence
            value = text[match.start() : end].rstrip(" ,\t\n")
            start = match.start()
            age = _AGE_BEFORE_OF.match(value)
            if age:  # "Morrill, 88, of 41 Maple Street": an age, then the address
                start, value = start + age.end(), value[age.end() :]
            found.append(Found(start, start + len(value), ADDRESS, 0.7, "address"))
    for match in _POSTCODE_TOWN.finditer(text):
        if regex.match(r"\d{3,4}[ \t]", match.group()) and not _context(
            text, match.start(), regex.compile(r"(?:,|\n)[ \t]*$")
        ):
            continue  # three or four digits and a word ("150 Members", "1923 Bilbao")
        if regex.match(r"(?:1[89]|20)\d\d[ \t]", match.group()) and not _context(
            text, match.start(), _POSTCODE_CONTEXT
        ):
            continue  # a year: "horses, 1949 Massey-Harris tractor"
        # A five-digit number starting like a year is less surely a postcode.
        score = 0.45 if regex.match(r"(1[0-9]|20)\d\d\d", match.group()) else 0.5
        if _context(text, match.start(), _POSTCODE_CONTEXT):
            score += 0.2
        found.append(Found(match.start(), match.end(), ADDRESS, score, "postcode"))
    found += [Found(m.start(), m.end(), ADDRESS, 0.5, "post-box") for m in _POST_BOX.finditer(text)]
    found += [
        Found(m.start(), m.end(), ADDRESS, 0.45, "street-town")
        for m in _STREET_AND_TOWN.finditer(text)
        if not _a_firms_street(text, m.start())
    ]
    found += [
        Found(m.start(), m.end(), ADDRESS, 0.45, "street-town")
        for m in _STREET_AND_TOWN_ABOVE_DATE.finditer(text)
        # (a hotel's, a firm's heading: its name on the line above)
        if not _names_a_firm(text[text.rfind("\n", 0, max(0, m.start() - 1)) + 1 : m.start()])
    ]
    for match in _ADDRESS_LINE.finditer(text):
        words = regex.findall(r"\p{L}+", match.group())
        if any(word in _NAMES_THAT_ARE_WORDS or word.lower() in _MONTH_WORDS for word in words):
            continue  # "12 December", "3 Sunday": a date, not a street
        found.append(Found(match.start(), match.end(), ADDRESS, 0.45, "address-line"))
    return found


# An address as it is said, in a transcript typed in lower case: "forty two church
# street", "la calle cuatro casa doce", "túngötu sjö".
_SAID_ADDRESSES = (
    regex.compile(
        rf"(?<![\p{{L}}])(?:number[ \t]+)?(?:(?:{_NUMBER_WORDS})[ \t-]+){{1,3}}"
        # "forty two church street", "number fourteen Tenter Croft"; not "one of the road"
        r"(?:(?:(?!(?:of|the|a|an|and|in|on|at|to|by|for|from|or|other|more|big|small|"
        r"little|few|such|whole)[ \t])\p{Ll}+[ \t]+){1,2}"
        r"(?:street|road|lane|terrace|row|avenue|crescent|close|drive|croft|fold|garth|yard|"
        r"place|square|gardens|walk|grove|rise|court|cottages|buildings|houses|villas|mews)"
        r"|(?:\p{Lu}\p{Ll}+[ \t]+){1,2}(?:Street|Road|Lane|Terrace|Row|Avenue|Crescent|Close|"
        r"Drive|Croft|Fold|Garth|Yard|Place|Square|Gardens|Walk|Grove|Rise|Court|Cottages|"
        r"Buildings|Houses|Villas|Mews)"
        # a Welsh street said in English: "forty two heol y dderwen"
        r"|(?i:heol|stryd|ffordd|lôn)[ \t]+(?:(?:y|yr)[ \t]+)?\p{L}[\p{L}\-]{2,})(?![\p{L}])"
    ),
    regex.compile(
        # "calle hidalgo número cincuenta y ocho", "avenida de cervantes veintiocho tercero
        # b", "calle hidalgo ciento doce, colonia el pedregal"
        # "pasaje la marina ochenta y siete", "calle san juan de los reyes cuarenta y tres",
        # "calle barrionuevo, er número catorce", "calle de las eras, en el siete"
        r"(?<![\p{L}])(?:calle|avenida|plaza|pasaje|camino|callejón|travesía|ronda|rue|"
        r"avenue|kalea|kaleko)"
        r"(?:[ \t]+(?:de[ \t]+(?:la[ \t]+|los[ \t]+|las[ \t]+)?|del[ \t]+)?"
        # (a name's words, not "la plaza de abastos en el cincuenta y ocho", a year)
        # (nor "rue walnut à eunice depuis soixante-dix-huit", a year after the town)
        r"(?!(?:en|el|con|y|que|a|al|por|para|donde|se|le|lo|me|mi|su|un|una|"
        r"à|au|aux|depuis|dans|et|pis|qui)(?![\p{L}]))"
        r"\p{Ll}+){0,4}?"
        r"(?:,?[ \t]+(?:(?:er|el)[ \t]+)?(?:número|n[º°o]|casa)|,[ \t]+en[ \t]+el)?"
        rf"[ \t]+(?:{_NUMBER_WORDS})(?:{_THEN_NUMBER_WORD}){{0,4}}"
        rf"(?:,?[ \t]+(?:casa|número|piso|puerta|bloque)(?:[ \t]+(?:{_NUMBER_WORDS})){{1,3}})?"
        r"(?:,?[ \t]+(?:el[ \t]+)?(?:primero|segundo|tercero|cuarto|quinto|bajo|\p{Ll}+garren)"
        r"(?:[ \t]+(?:izquierda|derecha|centro|ezkerra|eskuina|[a-d](?![\p{L}])))?)?"
        r"(?:,[ \t]+(?:colonia|barrio|col\.)[ \t]+(?:(?:el|la|los|las)[ \t]+)?\p{Ll}{3,})?"
        r"(?![\p{L}])"
    ),
    # Where someone lived, said with no number: "we lived on howgill lane", "lived at
    # yew tree farm", "il habitait rue du four", "vivíamos en la calle del horno".
    regex.compile(
        r"(?<![\p{L}])(?i:lived|living|live|lives|moved|born|brought up|grew up|came)"
        # "lived in a flat above the Co-op on Duke Street"
        r"(?:[ \t]+(?!(?i:and|but|then|until|till)\b)[\p{L}'’\-]+){0,6}?"
        r"[ \t]+(?:(?:on|in|at|to|from|up at|down at|out at)[ \t]+)"
        r"(?P<place>(?:(?!(?i:on|in|at|to|the|a|of|and|above|below|near)[ \t])"
        r"\p{L}[\p{L}'’\-]+[ \t]+){1,3}"
        r"(?i:lane|street|road|terrace|row|farm|cottage|cottages|close|drive|avenue|hall|"
        r"house|fold|garth|croft|brow|green|yard))(?![\p{L}])"
    ),
    # Basque "in/of X street" with no number: "Arranegi kalean", "san martin kalean".
    regex.compile(
        r"(?<![\p{L}])(?P<place>(?:(?:\p{Lu}[\p{L}\-]+[ \t]+){1,2}|(?:san[ \t]+)?\p{Ll}{3,}[ \t]+)"
        r"(?:kalean|kalera|kaleko|auzoan|auzoko|baserri(?:a|an|ra|tik|ko|koa|aren))"
        # "Igualdegi kaleko 3an" (at number 3 of Igualdegi street)
        r"(?:[ \t]+\d{1,4}(?:an|ean|ra|era|tik|etik)(?![\p{L}]))?)"
        r"(?![\p{L}])"
    ),
    # "she'd been a hodgson from yew tree farm"
    regex.compile(
        r"(?<![\p{L}])(?:from|at|to|of)[ \t]+"
        r"(?P<place>(?:\p{Ll}[\p{Ll}'’\-]+[ \t]+){1,2}(?:farm|cottage|hall|grange|house))"
        r"(?![\p{L}])"
    ),
    regex.compile(
        r"(?<![\p{L}])(?i:habitait|habitaient|habite|habitions|demeurait|vivait|logeait)"
        r"(?:[ \t]+(?:lui|elle|eux|elles))?(?:[ \t]+(?:aussi|encore|alors|toujours))?[ \t]+"
        r"(?:au[ \t]+|à[ \t]+la[ \t]+|dans[ \t]+la[ \t]+)?"
        r"(?P<place>(?i:rue|impasse|allée|avenue|boulevard|chemin|route|place|quai|lieu-dit)"
        r"(?:[ \t]+(?:de[ \t]+la|des|du|de|d'|d’|la|le|les))?"
        r"[ \t]*(?:\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+)?|\p{Ll}[\p{L}\-]+))"
    ),
    regex.compile(
        r"(?<![\p{L}])(?i:vivía|vivíamos|vivían|vivió|vive|viven|vivimos|vivo|nací|nació|"
        r"residía|reside|residen|casa|piso|domicilio|domiciliad[oa]|mudamos|mudaron|"
        r"trasladamos|trasladaron|instalaron)"
        r"(?:[ \t]+\p{Ll}+){0,3}?"  # "vivió toda su vida en la calle de la Rúa"
        r"[ \t]+(?:en|a|al)[ \t]+(?:la[ \t]+|el[ \t]+)?"
        r"(?P<place>(?i:calle|c/|plaza|avenida|paseo|masada|masía|cortijo|caserío|barrio)"
        r"(?:[ \t]+(?:de[ \t]+la|de[ \t]+los|de[ \t]+las|del|de))?"
        # (not "la calle Cervantes de Jaén hasta": the street's name ends before "de")
        r"[ \t]+\p{L}[\p{L}\-]+(?:[ \t]+(?!(?:de|del|en|y|hasta|con|a|al|por|desde|que)"
        r"(?![\p{L}]))\p{L}[\p{L}\-]+)?)"
    ),
    # A flat in a Marseille-style estate said aloud: "au huit de la traverse du bon-air au
    # deuxième", "à la cité des aygalades bâtiment b au quatrième", "la gavotte aux
    # peyrards bâtiment c": a numbered or named block, then its building or floor.
    regex.compile(
        rf"(?<![\p{{L}}])(?:(?:{_NUMBER_WORDS})(?:[ \t]+de)?[ \t]+(?:la[ \t]+|l['’])?)?"
        r"(?:traverse|montée|cité|résidence|rue|impasse|chemin|boulevard|avenue|\p{Ll}{4,})"
        r"(?:[ \t]+(?:des|du|de[ \t]+la|de|aux|d['’]))[ \t]*\p{Ll}[\p{Ll}\-]{2,}"
        r"(?:[ \t]+(?:bâtiment|bât|escalier)[ \t]+[a-z](?![\p{L}]))?"
        r"(?:[ \t]+au[ \t]+(?:premier|deuxième|second|troisième|quatrième|cinquième|"
        r"sixième|septième|huitième|neuvième|dixième|rez-de-chaussée))"
        r"|(?<![\p{L}])(?:cité|résidence|\p{Ll}{4,}[ \t]+aux)[ \t]+\p{Ll}[\p{Ll}\-]{2,}[ \t]+"
        r"(?:bâtiment|bât|escalier)[ \t]+[a-z](?![\p{L}])"
    ),
    # "au douze rue des blanchers", "huit impasse des acacias", "au 14 rue des consuls",
    # "au quatre, chemin des vignes"
    regex.compile(
        # "au vingt-trois rue de Denain"
        # "deux mille cent quarante rue saint-hubert", "trois cent douze est rue walnut"
        rf"(?<![\p{{L}}])(?:(?:{_NUMBER_WORDS})(?:[ \t]*,?[ \t]+|-)){{1,5}}(?:bis[ \t]+|ter[ \t]+)?"
        r"(?:(?:est|ouest|nord|sud)[ \t]+)?"
        r"(?:rue|impasse|allée|avenue|boulevard|chemin|route|quai|place|cours|cité|lotissement|"
        r"rang|chaussée|ruelle)"
        r"(?:[ \t]+(?:de[ \t]+la|des|du|de|d'|d’|la|le|les))?(?:[ \t]*\p{L}[\p{Ll}\-]+){1,2}"
        r"|(?<![\p{L}\d])\d{1,4}(?:[ \t]?(?:bis|ter))?,?[ \t]+"
        r"(?:rue|impasse|allée|avenue|boulevard|chemin|route|quai|place|cours|cité|lotissement)"
        r"(?:[ \t]+(?:de[ \t]+la|des|du|de|d'|d’|la|le|les))?(?:[ \t]*\p{Ll}[\p{Ll}\-]+){1,2}"
    ),
    # "iturribide kalea hamabi laugarrena", "bloque siete segundo derecha": a street and
    # a number said, then the floor and the door.
    regex.compile(
        r"(?<![\p{L}])(?:\p{Ll}+[ \t]+(?:kalea|kaleko|kalean|plaza|plazako|etorbidea)|"
        r"bloque|portal)"
        rf"(?:[ \t]+(?:{_NUMBER_WORDS})){{1,3}}"
        r"(?:[ \t]+(?:\p{Ll}+garren\p{Ll}*|lehen\p{Ll}*|behea|primero|segundo|tercero|cuarto|"
        r"quinto|sexto|bajo)(?:[ \t]+(?:ezkerra|eskuina|ezkerrean|eskuinean|erdia|derecha|"
        r"izquierda|centro|[a-d]))?)?(?![\p{L}])"
    ),
    # Basque said in cases: "kale nagusiko hamabira, bigarren solairura" (to number twelve
    # of the main street, second floor), "arrantzale kaleko hamazortzian".
    # "Atea kaleko 5. zenbakira" (to number 5 of Atea street)
    regex.compile(
        r"(?<![\p{L}])(?:\p{Lu}\p{Ll}+[ \t]+)?\p{L}+[ \t]+(?:kaleko|plazako)[ \t]+\d{1,4}\.?[ \t]+"
        r"zenbaki\p{Ll}*"
    ),
    regex.compile(
        # and written with capitals and digits: "Kale Nagusiko 14an, bigarren ezkerrean"
        r"(?<![\p{L}])(?:(?i:kale|plaza)[ \t]+\p{L}+(?:ko|an|ra|a)|\p{L}+[ \t]+(?i:kaleko|plazako))"
        # a number word with its case ending ("zortzian"), not "bizi" (to live) for "bi"
        rf"(?:[ \t]+(?:{_NUMBER_WORDS})(?:an|ean|ra|era|ko|eko|tik|etik|n|a)?(?![\p{{L}}])){{1,3}}"
        r"(?:,?[ \t]+\p{Ll}+garren[ \t]+solairu\p{Ll}*)?(?![\p{L}])"
        r"|(?<![\p{L}])(?:(?i:kale|plaza)[ \t]+\p{L}+(?:ko|an)|\p{L}+[ \t]+(?i:kaleko|plazako))"
        r"[ \t]+\d{1,4}(?:an|ean|ra|era)"
        r"(?:,?[ \t]+\p{Ll}+(?:garren|lehen)[ \t]+\p{Ll}+)?(?![\p{L}])"
    ),
    # a rural route said: "rural route one, judique", "r d one wyndham"
    regex.compile(
        r"(?<![\p{L}])(?:rural[ \t]+route|r[ \t]?r|r[ \t]?d)[ \t]+"
        rf"(?:{_NUMBER_WORDS})(?![\p{{L}}])"
    ),
    regex.compile(
        # "hafnargötu tuttugu og tvö", "á Hafnargötu tuttugu og tvö"
        r"(?<![\p{L}])\p{L}\p{Ll}+(?:götu|gata|vegi|vegur|stræti|stíg|stígur|braut)"
        rf"(?:[ \t]+(?:og[ \t]+)?(?:{_NUMBER_WORDS})){{1,3}}(?![\p{{L}}])"
    ),
    # A street named without its word after a word of living, as Latin America writes
    # it: "domiciliada en Rivadavia 1462", "su domicilio, General Lagos 1120".
    regex.compile(
        r"(?<=(?<![\p{L}])(?i:domicilio,?|domiciliad[oa]s?[ \t]+en|residentes?[ \t]+en|"
        r"residen?[ \t]+en|viv[eií]\p{Ll}*[ \t]+en)[ \t]+)"
        r"\p{Lu}[\p{L}\-]+(?:[ \t]+(?:de[ \t]+)?\p{Lu}[\p{L}\-]+){0,2}[ \t]+\d{1,5}(?![\p{L}\d])"
    ),
    # Icelandic: a street and its number after "að" or "á" ("að Lagarási 8", "á Hólavegi
    # 3b"), not a date ("á Akureyri 12. maí")
    regex.compile(
        r"(?<=(?<![\p{L}])(?:að|á)[ \t]+)\p{Lu}\p{Ll}{3,}[ \t]+\d{1,3}[a-z]?(?![\p{L}\d.])"
    ),
    # French records: where someone lived after "demeurant", when it is no town alone
    # ("demeurant au moulin de Traonvélin", "demeurant Sur la Roche, maison n° 47",
    # "métayer à Pech Gaudou"): a place after "au" or "aux", or two capitalised words.
    regex.compile(
        r"(?<=(?<![\p{L}])(?i:demeurant|domicilié|domiciliée|domiciliés|résidant)[ \t]+"
        r"(?:au|aux)[ \t]+)"
        r"\p{Ll}+[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*\p{Lu}[\p{L}'’\-]+"
        r"|(?<=(?<![\p{L}])(?i:demeurant|domicilié|domiciliée|domiciliés|résidant|métayer|"
        r"fermier|cultivateur)[ \t]+(?:à[ \t]+)?)"
        r"(?!(?:La|Le|Les|L['’])[ \t])\p{Lu}[\p{Ll}'’]+[ \t]+(?:(?:la|le|les)[ \t]+)?"
        r"\p{Lu}[\p{Ll}'’]+(?:,[ \t]+maison[ \t]+n[°º][ \t]*\d{1,4})?(?![\p{L}\-])"
        # and after a verb of living, a home by its noun: "elle vit au hameau des Granges",
        # "ils habitaient la ferme du Bois-Joli" (not "au bord de la Loire")
        r"|(?<=(?<![\p{L}])(?i:habite|habitait|habitaient|habitent|vit|vivait|vivaient|vivent|"
        r"demeure|demeurait|demeuraient|réside|résidait|installée?s?)[ \t]+"
        r"(?:au|aux|à[ \t]+la|la|le)[ \t]+)(?:hameau|lieu-dit|moulin|ferme|mas|domaine|"
        r"château|manoir|métairie|borde|bastide|logis|clos|lotissement|résidence|villa)[ \t]+"
        r"(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*)?\p{Lu}[\p{L}'’\-]+"
    ),
    # A home named, then its number: "en La Montañeta, número cinco", "domiciliada en La
    # Veguina, casa n.º 6"; or the number first: "our own house, number nine, Hamstead Hill".
    regex.compile(
        # (after "in" and with a comma: "Entrevista n.º 23" and "Hoja n.º 214" are none)
        r"(?<=(?<![\p{L}])(?:en|a|al|à|au|in|at)[ \t]+)"
        r"(?:(?:La|El|Los|Las|Le|Les|The)[ \t]+)?\p{Lu}[\p{L}\-]+"
        r"(?:[ \t]+(?:(?:de|del|de[ \t]+la)[ \t]+)?\p{Lu}[\p{L}\-]+){0,2}"
        r",[ \t]+(?:casa[ \t]+(?=\d)|(?:casa[ \t]+)?(?:número|n\.[ \t]?º|nº|n°|numéro|number|no\.))"
        r"[ \t]*"
        rf"(?:\d{{1,4}}(?:[ \t]?[a-zA-Z](?![\p{{L}}]))?"
        rf"|(?:{_NUMBER_WORDS})(?:{_THEN_NUMBER_WORD}){{0,3}})"
        r"(?![\p{L}\d])"
        rf"|(?<![\p{{L}}])(?i:number)[ \t]+(?:{_NUMBER_WORDS})(?:{_THEN_NUMBER_WORD}){{0,3}},[ \t]*"
        r"(?:The[ \t]+)?\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+){1,2}"
    ),
)


_BASQUE_KIN_TITLES = word_set("Ama Aita Amona Aitona Osaba Izeba Anaia Arreba Ahizpa Neba")
_NO_PLACE_NAME = word_set(
    "the a an our my his her their your its this that whose every each any some another "
    "un une sa son ses mon ma mes notre leur una su mi nuestra gure nire zure bere haren "
    "beste"
)


# A French street or hamlet named with no number: "chez Hiriart aîné, rue de la Navarre",
# "dans sa maison de la rue des Mouettes", "au lieu-dit la borie basse". French names a
# street mostly to say where someone lives: on the labelled texts six of eight were.
_FRENCH_STREET = regex.compile(
    r"(?<!\d[ \t,]{0,2})(?<![\p{L}])(?i:rue|impasse|allée|chemin|route|lieu-dit|lieu dit|rang|"
    r"avenue|boulevard|quai|ruelle|venelle|chaussée)[ \t]+"
    r"(?:(?:de[ \t]+la|de[ \t]+l'|de[ \t]+l’|des|du|de|d'|d’|la|le|les)"
    r"[ \t]*)?"
    # "avenue de la Toison d'Or 52", "route des Monnaires 12": a Belgian or Swiss number
    # after the name
    r"(?P<name>\p{Lu}[\p{L}\-'’]+(?:[ \t]+(?:d['’])?\p{Lu}[\p{L}\-'’]+)?"
    r"(?:[ \t]+\d{1,4}[a-z]?(?![\p{L}\d]))?"
    r"|\p{Ll}[\p{Ll}\-]+(?:[ \t]+(?:haute|basse|neuve|vieille|haut|bas|neuf|vieux))?)"
)


# A Spanish street named with no number after "en/a/de la": "se han mudado a la calle del
# Rosario", "en casa de la tía Sole, en la calle de la Cestilla", "su domicilio de la calle
# Mayor". As in French, letters and tapes name a street mostly to say where someone lives.
_SPANISH_STREET = regex.compile(
    # (not "plaza": a square is more often a landmark)
    # and after a comma, as a ledger heads a customer: "La Tomasa, calle Ánimas"
    r"(?:(?<![\p{L}])(?:en|a|de)[ \t]+la[ \t]+|,[ \t]*)(?P<street>(?i:calle|avenida|travesía|ronda|"
    r"cuesta|callejón)[ \t]+(?:(?:de[ \t]+la|de[ \t]+las|de[ \t]+los|del|de)[ \t]+)?"
    r"(?:\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+)?"
    r"|\p{Ll}[\p{Ll}\-]{2,}(?:[ \t]+\p{Ll}[\p{Ll}\-]{2,})?))"
    r"(?![\p{L}])"
)


def find_spanish_streets(text: str) -> list[Found]:
    stop = stop_words("es")
    found = []
    for match in _SPANISH_STREET.finditer(text):
        street = match["street"]
        words = street.split()
        # "la calle de la iglesia arriba": a lower-case name ends at a stop word
        while len(words) > 2 and words[-1] in stop:
            words.pop()
        if words[-1] in stop:
            continue  # "la calle es larga"; a capitalised name ("calle Mayor") is kept
        end = match.start("street") + len(" ".join(words))
        found.append(Found(match.start("street"), end, ADDRESS, 0.4, "street"))
    return found


# Québec calls people "Ti-" (petit) and their name: "Ti-Jos", "Ti-Jean à Fidèle",
# "ti-gérard pour la famille". The whole is the person's name.
_QUEBEC_NICKNAME = regex.compile(
    r"(?<![\p{L}\-])(?:Ti|ti)-(?P<name>\p{L}[\p{Ll}\-]+)(?![\p{L}])"
    # "Ti-Jean à Fidèle": Ti-Jean, Fidèle's son
    r"(?:[ \t]+à[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}]))?"
)


def find_quebec_nicknames(text: str) -> list[Found]:
    return [
        Found(m.start(), m.end(), PERSON, 0.5, "nickname" if m[0][0].isupper() else "said-name")
        for m in _QUEBEC_NICKNAME.finditer(text)
        if m["name"][0].isupper() or is_given_name(m["name"].capitalize())
    ]


# A rural district and its commune, as the Antilles and Polynesia give a home: "quartier
# Pointe-Savane, Le Robert", "quartier Taharuu, Papara" (not a town's "quartier de
# Lorient", nor "le quartier Outremeuse" with no commune after it).
_FRENCH_QUARTER = regex.compile(
    r"(?<![\p{L}])quartier[ \t]+\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?,[ \t]*"
    r"(?:(?:Le|La|Les)[ \t]+|L['’])?\p{Lu}[\p{L}'’\-]+"
)


def find_french_streets(text: str) -> list[Found]:
    stop = stop_words("fr")
    return [
        Found(m.start(), m.end(), ADDRESS, 0.4, "street")
        for m in _FRENCH_STREET.finditer(text)
        if m["name"].split()[0].lower() not in stop  # "rue par rue", "la route est"
    ] + [Found(m.start(), m.end(), ADDRESS, 0.4, "street") for m in _FRENCH_QUARTER.finditer(text)]


# "farmed at Cowside", "moved to Fern Bank, Giggleswick": a home named after a verb of
# living. After "to", a town alone ("moved to Leeds") is none: the home needs two words
# or "The", and its village after a comma.
_HOME_AFTER_VERB = regex.compile(
    r"(?<![\p{L}])(?P<verb>(?i:lived|living|moved|born|farmed|settled|brought up|grew up|"
    # "her late mother's house at The Laurels, Station Road, Thirsk"
    r"stayed|house|home|cottage|farm))"
    r"[ \t]+(?P<preposition>at|to)[ \t]+"
    # (Irish and Welsh homes have particles inside: "Cnoc na Gaoithe", "Pen y Bryn")
    r"(?P<place>(?:The[ \t]+)?\p{Lu}[\p{L}'’\-]+"
    r"(?:[ \t]+(?:(?:na|an|y|yr|a')[ \t]+)?\p{Lu}[\p{L}'’\-]+){0,2}"
    r"(?:,[ \t]*(?:Co\.[ \t]*)?\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?){0,2})"
)
_HOME_NOUNS = word_set("house home cottage farm")
# Words before "street" or "road" that name no street: "the main road", "a side street".
_NOT_A_STREET_NAME = word_set("side same other next that this which every our your his her their")
# A street named with no number after a verb of living: "we lived on Jubilee Terrace,
# number 14", "she's down station road now", "round the corner in eastbourne gardens".
_STREET_AFTER_VERB = regex.compile(
    r"(?<![\p{L}])(?i:lived|living|live|lives|moved|grew[ \t]+up|born|stayed|she's|he's|"
    r"they're|was|were|house|home|lodgings|digs)[ \t]+(?:(?i:up|down|round|over)[ \t]+)?"
    r"(?:(?i:on|in|at|to|into)[ \t]+)?(?:(?i:the[ \t]+corner[ \t]+in)[ \t]+)?"
    r"(?P<place>(?:(?!(?i:the|a|an|our|my|his|her|their)[ \t])[\p{L}'’\-]{3,}[ \t]+){1,2}"
    r"(?i:street|road|lane|terrace|avenue|crescent|close|row|place|square|gardens|drive|"
    r"court|grove|parade|yard|fold)"
    rf"(?:,?[ \t]+(?i:number)[ \t]+"
    rf"(?:\d{{1,4}}|(?:{_NUMBER_WORDS})(?:{_THEN_NUMBER_WORD}){{0,2}}))?)(?![\p{{L}}])"
)
# "en el número 5 de la calle Mayor", "au 12 de la rue Victor-Hugo", said: "au numéro huit
# de la rue des écoles"
_NUMBER_OF_STREET = regex.compile(
    r"(?<![\p{L}])(?:(?i:número|numéro|nº|n\.º)|(?i:el|au|le)(?=[ \t]*\d))[ \t]*"
    rf"(?:\d{{1,4}}|(?<=(?i:número|numéro)[ \t]+)(?:{_NUMBER_WORDS})(?:{_THEN_NUMBER_WORD}){{0,2}})"
    r"[ \t]+"
    r"de[ \t]+(?:la[ \t]+|l'|el[ \t]+)?"
    r"(?i:calle|plaza|avenida|paseo|rue|avenue|place|route|chemin)"
    r"(?:[ \t]+(?:de[ \t]+la|de[ \t]+los|del|de|des|du))?"
    # the street's name capitalised, or said: "de la rue des écoles" (up to a stop word)
    r"(?:(?:[ \t]+\p{Lu}[\p{L}\-]+){1,3}"
    r"|(?:[ \t]+(?!(?:et|quand|où|qui|que|avec|mais|y|con|cuando|donde|pero)(?![\p{L}]))"
    r"\p{Ll}[\p{L}\-]{2,}){1,2})"
)


# A home said in a lower-case transcript, after a word of where one lives: "up at high
# birkett", "on est montés à la borie basse", "de la masada del cerro". The last word must
# be one the language's dictionary lacks (a farm's own name), where it has one.
_LOWER_HOME = {
    "en": regex.compile(
        r"(?<![\p{L}])(?:up at|down at|out at|over at|lived at|living at|born at|farmed at|"
        r"farm at|lodged at|stayed at|stopping at|moved to|moved down to|moved up to|"
        r"moved out to)[ \t]+(?P<place>(?:\p{Ll}+[ \t]+)?\p{Ll}{3,})(?![\p{L}'’])"
    ),
    "fr": regex.compile(
        r"(?<![\p{L}])(?:habit\p{Ll}*|vivai\p{Ll}*|vivions|montés|montées|monté|installés|"
        r"né|née|nés)[ \t]+(?:à|au)[ \t]+"
        r"(?P<place>(?:(?:la|le|les)[ \t]+)?\p{Ll}[\p{Ll}\-]{2,}(?:[ \t]+(?:haute|basse|"
        r"neuve|vieille|haut|bas|neuf|vieux|grande|petite))?)(?![\p{L}'’])"
    ),
    "fr2": regex.compile(
        # "la métairie des brousses", "le moulin de la roque": a farm named, in any clause
        r"(?<![\p{L}])(?P<place>(?:métairie|ferme|mas|moulin|domaine|borde|borie|bastide)"
        r"[ \t]+(?:des|du|de[ \t]+la|de[ \t]+l'|de[ \t]+l’|d'|d’)[ \t]*"
        r"(?!(?:voisin|voisins|village|bourg|coin|haut|bas|père|grand-père|patron)\b)"
        r"\p{Ll}[\p{Ll}\-]{2,})(?![\p{L}])"
    ),
    # "julio urkijo kalean": a street named after someone (a given name first)
    "eu": regex.compile(
        r"(?<![\p{L}])(?P<place>(?P<given>\p{Ll}{3,})[ \t]+\p{Ll}{3,}[ \t]+"
        r"(?:kalean|kalea|kaleko|kalera))(?![\p{L}])"
    ),
    "es": regex.compile(
        r"(?<![\p{L}])(?P<place>(?:masada|masía|masia|cortijo|caserío|caserio|pardina|"
        r"borda|quintería)[ \t]+(?:de[ \t]+la|de[ \t]+los|del|de)[ \t]+\p{Ll}{3,}"
        # "el rancho el tecuán", "rancho el tecolote"
        r"|(?:rancho|fundo|hacienda|estancia|chacra)[ \t]+(?:el|la|los|las)[ \t]+\p{Ll}{3,})"
        r"(?![\p{L}])"
    ),
}


_FARM_ADJECTIVES = word_set("high low nether upper lower over far near little great old new")


def _lower_case_homes(text: str, language: str) -> list[Found]:
    pattern = _LOWER_HOME.get(language)
    if not pattern or not lower_case_text(text):
        return []
    stop = stop_words(language)
    found = []
    if language == "fr":
        found += [
            Found(m.start("place"), m.end("place"), ADDRESS, 0.4, "said-address")
            for m in _LOWER_HOME["fr2"].finditer(text)
        ]
    for match in pattern.finditer(text):
        place = match["place"]
        if language == "eu":
            if given_name_or_word(match["given"].capitalize()):
                start, end = match.span("place")
                found.append(Found(start, end, ADDRESS, 0.4, "said-address"))
            continue
        # The farm's own word: "birkett" of "high birkett", "borie" of "la borie basse".
        words = [w for w in place.split() if w not in ("la", "le", "les")]
        name = words[-1] if language == "en" or len(words) == 1 else words[0]
        if name in stop or _NUMBER_WORD.fullmatch(name):
            continue
        named = language == "fr" and (len(words) > 1 or "-" in name)  # "la borie basse"
        # "born at low greenside", "up at high birkett": a farm by its shape
        named = named or (language == "en" and len(words) > 1 and words[0] in _FARM_ADJECTIVES)
        if language in ("en", "fr") and not named and dictionary_word(name, language):
            continue  # "up at school", "born at home"; a town ("à paris") is proposed too
        found.append(Found(match.start("place"), match.end("place"), ADDRESS, 0.4, "said-address"))
    return found


# "at her home, Hollin Hall, Giggleswick", "su casa, Villa Rosario": a home's name after
# the word for home.
_HOME_NAMED = regex.compile(
    r"(?<![\p{L}])(?i:home|house|farm|croft|cottage|maison|ferme|domicile|casa|caserío|finca|"
    r"cortijo|granja|masía|etxea|baserria|heimili)"
    r"[ \t]*,[ \t]*(?P<place>(?:The[ \t]+)?\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2}"
    # "en casa, Templeman 412": a Latin American street and its number
    r"(?:[ \t]+\d{1,4}(?![\d\p{L}]))?(?:,[ \t]*\p{Lu}[\p{L}'’\-]+)?)"
)
# A farm in Ontario or Québec is known by its lot and concession: "Lot 14, Con. 6,
# Biddulph", "Lot 14 in the 6th Concession of Mara".
_LOT_AND_CONCESSION = regex.compile(
    r"(?<![\p{L}])(?P<place>Lot[ \t]+\d{1,3}(?:,[ \t]*|[ \t]+)(?:(?i:con\.|conc\.|concession)"
    r"[ \t]*\d{1,2}|in[ \t]+the[ \t]+\d{1,2}(?:st|nd|rd|th)[ \t]+Concession"
    r"(?:[ \t]+of[ \t]+\p{Lu}[\p{L}\-]+)?))(?![\p{L}\d])"
)
# A Latin American address names the street and its number with no word for street, and
# a floor or a flat after it: "Aguiar 84, altos", "Obra Pía 112, altos, Habana",
# "Sarmiento 845, dpto. 3".
_STREET_NUMBER_FLOOR = regex.compile(
    r"(?<![\p{L}\d])(?P<place>\p{Lu}[\p{L}\-]+(?:[ \t]+(?:(?:de|del)[ \t]+)?\p{Lu}[\p{L}\-]+){0,2}"
    r"[ \t]+\d{1,5})"
    r"(?=[ \t]*,[ \t]*(?:(?:altos|bajos|piso|dpto\.|depto\.|departamento|pieza|apto\.|apartamento|"
    r"ap\.)"
    r"(?![\p{L}])|(?:esquina(?:[ \t]+(?:a|con))?|entre)[ \t]+\p{Lu}"
    # as Bilbao and Gasteiz write it, a floor and its side or door: "Zabalbide 64, 2. ezk.",
    # "Gaztela Atea 22, 4. B", "Bizkai 9, 3.º izda."
    r"|\d{1,2}(?:\.|º|ª|\.º)[ \t]*(?:(?:ezk|esk|izda|izq|dcha|dch)\p{L}*\.?|[A-H](?![\p{L}]))))"
)


# Where a deed, a register or an obituary says someone lives, with its formal word:
# "demeurant à La Borie, commune de Coussac-Bonneval", "domiciliés à hameau du Collet",
# "como domicilio Barrio de La Villa, 3, Mieres", 'late of "Ferndale", Coolac'. A house by
# its kind's word or in quotes is a home; another name needs its commune or a number after
# it, for "demeurant à Lyon" is a town alone.
_HOME_KIND_WORDS = (
    r"hameau|lieu-dit|mas|ferme|domaine|barrio|paraje|lugar|quinta|caserío|caserio|finca|"
    r"cortijo|rancho|hacienda|estancia|chacra|fundo|masía|villa|urbanización|colonia|"
    # a workers' estate, a block of flats, a village's centre: "cité des Cheminots",
    # "résidence Les Gentianes", "chef-lieu de Séez"
    r"cité|résidence|chef-lieu"
)
_CAPITALISED_WORDS = (
    r"\p{Lu}[\p{L}'’\-]+(?:[ \t]+(?:(?:de|del|de la|du|des)[ \t]+)?\p{Lu}[\p{L}'’\-]+){0,2}"
)
_HOME_AFTER_DWELLING = regex.compile(
    r"(?<![\p{L}])(?i:demeurant|domicilié|domiciliée|domiciliés|domiciliées|résidant|"
    r"domicile|domicilio(?:[ \t]+conocido)?|domiciliad[oa]s?|residente|late[ \t]+of|"
    r"vecin[oa]s?[ \t]+de|"  # "vecino de Ojedo, n.º 11, Cillorigo de Liébana"
    r"residing[ \t]+(?:at|in)|resident[ \t]+(?:at|in))(?:[ \t]+ensemble)?"
    r"[ \t]*[,:]?[ \t]+(?:(?P<preposition>à|au|aux|du|de|en|at)[ \t]+)?"
    r"(?P<place>(?P<quoted>[«\"“]\p{Lu}[^«»\"“”\n]{1,30}[»\"”])"
    # a plot or a passage by its number: "Parcela 14, Lote B, camino a Dalcahue"
    r"|(?P<plot>(?i:parcela|lote|pasaje|manzana)[ \t]+[\dA-Z]{1,4}(?![\p{L}\d]))"
    # a house's number and its street with no street word: "residing at 28 Gallowgate"
    rf"|(?P<numbered>(?!(?:1[5-9]|20)\d\d(?!\d))\d{{1,4}}[a-z]?,?[ \t]+{_CAPITALISED_WORDS})"
    rf"|(?P<kind>(?i:{_HOME_KIND_WORDS}))[ \t]+(?:(?:de|del|du|des|de la|d['’])[ \t]*)?"
    # "Quinta «La Palmera»"
    rf"(?:[«\"“][^«»\"“”\n]{{1,30}}[»\"”]"
    rf"|(?:(?:La|Le|Les|El|Los|Las|L['’])[ \t]?)?{_CAPITALISED_WORDS})"
    rf"|(?:(?:La|Le|Les|El|Los|Las|The|L['’])[ \t]?)?{_CAPITALISED_WORDS})"
    # the commune, parish or quarter after it, or its number before the town
    r"(?P<unit>"
    # "Compostela n.º 112, La Habana", "Ojedo, n.º 11, Cillorigo de Liébana"
    r",?[ \t]*(?:n\.?[º°]|núm\.?|número)[ \t]*\d{1,5}(?=,[ \t]*\p{Lu})"
    # the house's number after its street, in the Americas' way or after a comma: "con
    # domicilio en San Luis 1644", "domiciliado en Pelayo, 12" (not a year: "vecino de
    # Rosario 1912")
    r"|,?[ \t]+(?!(?:1[89]|20)\d\d(?!\d))\d{1,5}(?![\d\p{L}]|[.,]\d)"
    r"|,[ \t]*(?:(?i:commune|parroquia|municipio|concejo|paroisse|parish|partido)[ \t]+"
    rf"(?:(?:de|du|d['’]|of)[ \t]*)?{_CAPITALISED_WORDS}"
    # the hamlet after its commune: "demeurant à Saint-Michel-de-Livet, hameau de la
    # Bruyère", "à Tortisambert, au lieu-dit le Mesnil"
    r"|(?:au[ \t]+)?(?i:hameau|lieu-dit|lieudit|lieu[ \t]+dit|village)[ \t]+"
    rf"(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’]|le|la|les|l['’])[ \t]*)?{_CAPITALISED_WORDS}"
    # an Irish county after the townland, or after its town: "residing at Ballyvourney,
    # Co. Cork", "late of Drumaheglis, Ballymoney, Co. Antrim"
    rf"|(?:{_CAPITALISED_WORDS},[ \t]*)?"
    rf"(?:in[ \t]+the[ \t]+)?(?:Co\.|County)[ \t]*(?:of[ \t]+)?{_CAPITALISED_WORDS}"
    r"|\d{1,4}(?=,[ \t]*\p{Lu})"
    # a street and the house's number after the town: "à Morville-lès-Vic, Grand'Rue,
    # maison n° 23"
    rf"|,[ \t]*{_CAPITALISED_WORDS},[ \t]*(?i:maison|casa|house)[ \t]+n[º°o]\.?[ \t]*\d{{1,4}}))?"
)
# A house by its number after its village: "vecina de Sardina del Norte, casa número 4"
_HOUSE_NUMBER_AFTER_VILLAGE = regex.compile(
    rf"(?<![\p{{L}}]){_CAPITALISED_WORDS},[ \t]*(?i:casa|maison)[ \t]+(?i:número|n\.?[º°o]|núm\.?)"
    r"[ \t]*\d{1,4}(?![\d\p{L}])"
)


_ARTICLES = word_set("La Le Les El Los Las L The")
# A French rural home and its post office after "par", which makes it a postal address
# however short: "Kerlaz, par Douarnenez", "au Mas-Barbu, par Bellac (Haute-Vienne)"
_HOME_BY_POST_OFFICE = regex.compile(
    rf"(?<![\p{{L}}'’\-])(?P<place>(?:(?:au|aux|la|le|les)[ \t]+)?{_CAPITALISED_WORDS})"
    r",[ \t]*par[ \t]+(?P<post>\p{Lu}[\p{L}'’\-]{2,}(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?)"
    r"(?:[ \t]*\([\p{L} .\-]{2,30}\))?"
    r"(?=[ \t]*(?:[.,;:|\n»”)\]—–]|$))"
)


# A probate calendar's home and its town: "late of Chy-an-Dour, Cape Cornwall Road",
# "of Carnany, Ballymoney, farmer"
_TOWN_AFTER_LATE_OF = regex.compile(rf",[ \t]*{_CAPITALISED_WORDS}(?=[ \t]*[,.;])")


def _homes_after_dwelling(text: str) -> list[Found]:
    found = []
    for match in _HOME_AFTER_DWELLING.finditer(text):
        end = match.end()
        if not (
            match["quoted"] or match["kind"] or match["plot"] or match["numbered"] or match["unit"]
        ):
            town = _TOWN_AFTER_LATE_OF.match(text, end)
            # after "late of", or after "au", a hamlet's article: "demeurant au Planay, Villaroger"
            late = match.group().lower().startswith("late")
            au = match["preposition"] in ("au", "aux")
            if not (town and (late or au)):
                continue
            end = town.end()
        words = regex.findall(r"\p{L}[\p{L}'’\-]*", match["place"])
        if any(
            institution_word(w) or (capitalised_function_word(w) and w not in _ARTICLES)
            for w in words[1:]
        ):
            continue
        found.append(Found(match.start("place"), end, ADDRESS, 0.45, "said-address"))
    for match in _HOUSE_NUMBER_AFTER_VILLAGE.finditer(text):
        found.append(Found(match.start(), match.end(), ADDRESS, 0.45, "said-address"))
    for match in _HOME_BY_POST_OFFICE.finditer(text):
        words = regex.findall(r"\p{L}[\p{L}'’\-]*", match["place"])
        if is_given_name(match["post"].split()[0]) or any(
            institution_word(w) or (capitalised_function_word(w) and w not in _ARTICLES)
            for w in words
        ):
            continue  # "Signé, par Jean Roux"
        found.append(Found(match.start(), match.end(), ADDRESS, 0.45, "said-address"))
    return found


# A home's name given with the word for naming it: "the farm it was called craigellachie",
# "la casa que todos llamaban O Ferreiro", "la casa se conocía como La Tejera", "la ferme
# qu'on appelait la Pialle", "litlu húsi ... sem hét brekka", "etxearen izena Arretxea zen",
# "gure etxea harrieta deitzen zen".
_HOME_WORD = (
    r"farm|house|cottage|croft|place|home|homestead|ranch|casa|finca|caserío|caserio|cortijo|"
    r"masía|ferme|maison|mas|hús|húsi|húsið|bær|bærinn|bæinn|bænum|jörð|jörðin|etxea|"
    r"etxearen|baserria|baserriaren"
)
_HOME_CALLED = regex.compile(
    rf"(?<![\p{{L}}])(?i:{_HOME_WORD})(?:[ \t,]+\p{{L}}+){{0,4}}?[ \t,]+"
    r"(?i:was called|called|named|known as|llamaban|llamada|llamado|se llamaba|se conocía como|"
    r"conocida como|conocido como|s'appelait|s’appelait|appelait|appelée|appelé|nommée|nommé|"
    r"hét|heitir|izena)[ \t]+"
    r"(?P<name>[«\"“][^«»\"“”\n]{2,30}[»\"”]"
    r"|(?:(?:La|El|Los|Las|Le|Les|The|O|A)[ \t]+)?\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?"
    r"|(?:(?:la|el|le|o|the)[ \t]+)?\p{Ll}[\p{Ll}'’\-]{2,})(?![\p{L}])"
    # Basque puts the name before its verb: "gure etxea harrieta deitzen zen"
    r"|(?<![\p{L}])(?i:etxea|baserria)[ \t]+(?P<name>\p{L}[\p{L}\-]{2,})[ \t]+deitzen"
)


def _homes_called(text: str, language: str) -> list[Found]:
    stop = stop_words(language or "en")
    found = []
    for match in _HOME_CALLED.finditer(text):
        name = match["name"]
        if name.lower() in stop or name.split()[-1].lower() in stop:
            continue
        if name[0].islower() and not lower_case_text(text):
            continue  # a lower-case name only in a tape typed in lower case
        found.append(Found(match.start("name"), match.end("name"), ADDRESS, 0.45, "house-name"))
    return found


# An English census enumerator's schedule heads each household with its address:
# "Schedule 40. The Cottage, Langcliffe Hall gardens."
_SCHEDULE_HOME = regex.compile(r"(?m)^[ \t]*Schedule[ \t]+\d{1,4}\.[ \t]+(?P<place>[^\n.]{3,60})")
# "she's at flat two, the old vicarage, kirkby malham": a flat said in a transcript.
_FLAT_SAID = regex.compile(
    rf"(?<![\p{{L}}])(?P<place>(?i:flat|apartment)[ \t]+(?:(?:{_NUMBER_WORDS})|\d{{1,4}})"
    r"(?:,[ \t]*(?:the[ \t]+)?\p{Ll}[\p{Ll}\-]+(?:[ \t]+\p{Ll}[\p{Ll}\-]+){0,2}){0,2})"
)


def _homes_said(text: str) -> list[Found]:
    found = [
        Found(m.start("place"), m.end("place"), ADDRESS, 0.4, "said-address")
        for m in _HOME_NAMED.finditer(text)
        if not any(
            (capitalised_function_word(w) and w not in _ARTICLES)
            or (institution_word(w) and w != "Hall")  # "Hollin Hall" is a farm
            for w in m["place"].replace(",", " ").split()
        )
        and not is_given_name(m["place"].split()[0])
    ]
    for match in _HOME_AFTER_VERB.finditer(text):
        place = match["place"]
        words = place.split(",")[0].split()
        # After "to" or a house, a village alone ("the family farm at Goathland") is none.
        if (match["preposition"].lower() == "to" or match["verb"].lower() in _HOME_NOUNS) and not (
            words[0] == "The" or (len(words) > 1 and "," in place)
        ):
            continue
        if any(
            (capitalised_function_word(w) and w != "The") or institution_word(w) for w in words
        ) or (len(words) == 1 and is_given_name(words[0])):
            continue
        found.append(Found(match.start("place"), match.end("place"), ADDRESS, 0.4, "said-address"))
    found += [
        Found(m.start(), m.end(), ADDRESS, 0.45, "said-address")
        for m in _NUMBER_OF_STREET.finditer(text)
    ]
    found += [
        Found(m.start("place"), m.end("place"), ADDRESS, 0.4, "said-address")
        for m in _STREET_AFTER_VERB.finditer(text)
        if not any(w.lower() in _NOT_A_STREET_NAME for w in m["place"].split()[:-1])
    ]
    found += [
        Found(m.start("place"), m.end("place"), ADDRESS, 0.45, "said-address")
        for pattern in (_SCHEDULE_HOME, _FLAT_SAID, _STREET_NUMBER_FLOOR, _LOT_AND_CONCESSION)
        for m in pattern.finditer(text)
    ]
    return found


# A house number said after a street ("pasaje Gálvez, número cuarenta y ocho", "chemin des
# Crêts septante-quatre", "Írabakka tuttugu og sex, þriðju hæð til vinstri"), with its
# floor and side; then the sentence goes on or stops.
_FLOOR_WORDS = (
    r"\p{Ll}+garren|primero|segundo|tercero|cuarto|quinto|sexto|bajo|premier|\p{Ll}+ième|"
    r"first|second|third|fourth|fifth|fyrstu|annarri|þriðju|fjórðu|fimmtu|jarðhæð"
)
_SIDE_WORDS = (
    r"ezkerra|eskuina|izquierda|derecha|til[ \t]+vinstri|til[ \t]+hægri|à[ \t]+gauche|"
    r"à[ \t]+droite|left|right|[A-D](?![\p{L}])"
)
SAID_HOUSE_NUMBER = (
    # ("la calle Embajadores, el nueve"; not "el dos de mayo", a date)
    r",?[ \t]+(?:(?:(?:au|el|en[ \t]+el)[ \t]+)?(?i:numéro|número|zenbakia|number)[ \t]+|el[ \t]+)?"
    rf"(?i:{SAID_NUMBER})(?![ \t]+de[l]?[ \t])"
    rf"(?:,?[ \t]+(?:(?:au|el|the)[ \t]+)?(?:{_FLOOR_WORDS})(?:[ \t]+(?:hæð|étage|floor|piso))?"
    rf"(?:[ \t]+(?:{_SIDE_WORDS}))?(?![\p{{L}}])"
    r"|(?=[ \t]*(?:[,.;:!?)\n]|$)))"
)
# A street by its name and word, capitalised, either way round: "pasaje Gálvez", "chemin
# des Crêts", "Irumugarrieta kalea", "Gabriel Aresti etorbidea"; then a said number.
_CAPITALISED_STREET_THEN_SAID_NUMBER = regex.compile(
    r"(?<![\p{L}])(?:(?:calle|avenida|paseo|pasaje|camino|callejón|travesía|ronda|rue|avenue|"
    r"chemin|impasse|allée|boulevard|route|place|quai)"
    r"(?:[ \t]+(?:de|del|de[ \t]+la|des|du|de[ \t]+los|de[ \t]+las|la|le|les|d['’]))?"
    r"[ \t]*\p{Lu}[\p{L}'’\-]*(?:[ \t]+\p{Lu}[\p{L}'’\-]*){0,2}"
    r"|\p{Lu}[\p{L}'’\-]*(?:[ \t]+\p{Lu}[\p{L}'’\-]*){0,2}[ \t]+"
    r"(?:kalea|etorbidea|hiribidea|zumarkalea|pasealekua|bidea|enparantza|plaza|"
    r"Street|Road|Avenue|Lane))"
    rf"(?={SAID_HOUSE_NUMBER})"
)


SAID_HOUSE_NUMBER_AT = regex.compile(rf"\G{SAID_HOUSE_NUMBER}")
# A street named without its word, as Madrid and Seville say it, after "en" and before
# its said number: "en Mesón de Paredes, el cuarenta y dos, tercero interior", "en Pagés
# del Corro, el ciento doce"
_NAMED_STREET_THEN_SAID_NUMBER = regex.compile(
    # (a weekday is no street; a month neither, see _MONTH_WORDS below)
    r"(?<![\p{L}])en[ \t]+\K(?!(?i:lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b)"
    r"\p{Lu}[\p{L}'’\-]*(?:[ \t]+(?:(?:de|del|de[ \t]+la)[ \t]+)?\p{Lu}[\p{L}'’\-]*){0,2}"
    # (not a date: "en Madrid, el veinte de mayo")
    rf",[ \t]+el[ \t]+(?:{SAID_NUMBER})(?![\p{{L}}])(?![ \t]+de[l]?[ \t])"
    rf"(?:,[ \t]+(?:{_FLOOR_WORDS})(?:[ \t]+(?:interior|exterior|{_SIDE_WORDS}))?(?![\p{{L}}]))?"
)


def _streets_with_said_numbers(text: str, language: str) -> list[Found]:
    found = []
    for match in _CAPITALISED_STREET_THEN_SAID_NUMBER.finditer(text):
        number = SAID_HOUSE_NUMBER_AT.match(text, match.end())
        if not number:
            continue
        start = match.start()
        # a sentence's first word before the street's name: "Orduan Zabalbide kalea"
        first = regex.match(r"(\p{Lu}\p{Ll}+)[ \t]+\p{Lu}", text[start : match.end()])
        if first and language and common_word(first.group(1), language):
            start += first.end() - 1
        found.append(Found(start, number.end(), ADDRESS, 0.45, "said-address"))
    found += [
        Found(m.start(), m.end(), ADDRESS, 0.45, "said-address")
        for m in _NAMED_STREET_THEN_SAID_NUMBER.finditer(text)
        if not _YEAR_WORDS.search(m.group())
        and m.group().split(",")[0].casefold() not in _MONTH_WORDS  # "en Agosto, el dos"
    ]
    return found


_SAID_STREET_WORDS = word_set(
    "calle avenida plaza pasaje camino callejón travesía ronda rue avenue kalea kaleko"
)
# Words a stop list holds that name a street all the same: "calle mayor", "calle nueva",
# "calle del ..." (a particle), "rue des ...".
_STREET_NAME_STOP_WORDS = word_set("mayor nueva nuevo real alta baja de del la los las des du")


def find_said_addresses(text: str, language: str = "") -> list[Found]:
    found = (
        _homes_said(text)
        + _lower_case_homes(text, language)
        + _homes_after_dwelling(text)
        + _homes_called(text, language)
        + _streets_with_said_numbers(text, language)
    )
    for pattern in _SAID_ADDRESSES:
        for match in pattern.finditer(text):
            start, end = match.span("place") if "place" in pattern.groupindex else match.span()
            words = text[start:end].split()
            if words and words[0].lower() in _NO_PLACE_NAME:
                continue  # "lived at the farm": no name of one
            if (
                len(words) > 2
                and words[0].lower() in _SAID_STREET_WORDS
                and words[1].lower() in stop_words(language or "es")
                and words[1].lower() not in _STREET_NAME_STOP_WORDS
                and not _NUMBER_WORD.fullmatch(words[1].lower())
            ):
                continue  # "la calle tiene dos casas", "una plaza con tres árboles"
            if len(words) > 2 and (
                words[0] in _BASQUE_KIN_TITLES
                or (words[0][0].isupper() and words[0].endswith(("ko", "ako")))
            ):
                # "Ama Arrieta baserrikoa"; "Donostiako Easo kalean" (Easo street, of Donostia)
                start += text[start:end].index(words[1])
            # the sentence going on after a street said: "rue saint-hubert elle vient"
            while language and (last := regex.search(r"[ \t]+(\p{L}+)$", text[start:end])):
                word = last.group(1).lower()
                if (
                    word not in stop_words(language)
                    or word in _STREET_NAME_STOP_WORDS
                    or word in ("est", "ouest", "nord", "sud")  # "rue jacques-cartier est"
                    or _NUMBER_WORD.fullmatch(word)  # "número doce", "au quatrième"
                    or word.endswith(("ième", "garren"))
                ):
                    break
                end = start + last.start()
            found.append(Found(start, end, ADDRESS, 0.4, "said-address"))
    return found


# What "High", "Low", "Lower" name besides a farm.
_NOT_A_FARM = (
    r"Street|Road|Lane|School|Church|Mass|Court|Sixth|Saxony|Canada|Countries|East|West|North|"
    r"South|Town|Side|Tide|Water|Command|Commission|Sheriff|Constable|Table|Wood|Bridge"
)
# Homes known by a name, not a number: farms, cottages, Basque "baserria", French "ferme",
# Spanish "cortijo". Proposed with a low score: a farm may be a landmark, but the same
# words are a family's address in a letter or a register.
_HOUSE_NAMES: tuple[regex.Pattern[str], ...] = (
    regex.compile(
        rf"(?<!\w)(?:{_CAP}[ \t]+){{1,3}}(?:Farm|Farmhouse|Cottage|Cottages|Grange|Lodge|Croft|"
        r"Steading|Bungalow)(?!\w)",
        _FLAGS,
    ),
    # An Irish townland is where a family lives: "of the townland of Knockbrack",
    # "townland Carrowkeel"
    regex.compile(rf"(?<=(?i:townland)[ \t]+(?:of[ \t]+)?){_CAP}(?:[ \t]+{_CAP})?", _FLAGS),
    # Scotland's farms by the township they serve: "Mains of Bardmony", "Kirkton of Glenisla"
    regex.compile(
        rf"(?<!\w)(?:Mains|Kirkton|Milton|Newton|Mill|Haugh|Bridgend|Cottown|Hilton)[ \t]+of[ \t]+"
        rf"{_CAP}(?:[ \t]+{_CAP})?",
        _FLAGS,
    ),
    regex.compile(
        # "Moulin de la Roque" is a home's name; "le moulin de la Rivière" a mill.
        r"(?<!\w)(?:Moulin|Bastide|(?i:ferme|maison|mas|domaine|métairie|borde|villa|lieu-dit|"
        r"cortijo|finca|caserío|caserio|masía|masia|masada|pazo|quinta|urbanización|urb\.|"
        # Latin America's farms: "Fundo Los Castaños", "rancho El Tecolote", "Hacienda ..."
        r"fundo|rancho|hacienda|estancia|chacra|parcela|"
        # the Antilles' estates: "habitation Bellevue"; housing estates: Montreal's
        # "Habitations Jeanne-Mance", "lotissement les Voiliers", Mexico's "Unidad
        # Habitacional El Rosario" (a "cité" alone is a place, see address_heads)
        r"habitations?|lotissement|unidad[ \t]+habitacional|"
        r"residencial|résidence))"
        rf"[ \t]+(?:(?:de la|de los|de las|del|de l['’]|de|du|des|los|las|la|le|les|el|d'|d’)"
        rf"[ \t]*)?{_CAP}(?:[ \t]+{_CAP}){{0,2}}",
        _FLAGS,
    ),
    # A farm or a house by its kind's word and its name in quotes: "Chacra «El Ombú»",
    # "Puesto «La Tapera»" (an estancia's outstation), "villa «Les Mouettes»" (not an estate,
    # a finca's or an estancia's, nor a heading in capitals, "FINCA «LOS ALBERCHES»")
    regex.compile(
        r"(?<!\w)(?i:chacra|puesto|rancho|quinta|villa|caserío|caserio|cortijo|masía|masia|"
        r"ferme|mas|maison|farm|cottage)[ \t]+"
        r"[«\"“]\p{Lu}[^«»\"“”\n]{0,29}\p{Ll}[^«»\"“”\n]{0,29}[»\"”]",
        _FLAGS,
    ),
    # A hamlet named by a compound: "au Mas-Barbu", "la Borie-Haute".
    regex.compile(
        r"(?<!\w)(?:Mas|Moulin|Bastide|Borie|Ferme|Grange|Maison)-\p{Lu}\p{Ll}+(?!\w)"
        r"(?:,?[ \t]*par[ \t]+\p{Lu}[\p{L}\-]+(?:[ \t]*\([\p{L} \-]+\))?)?",
        _FLAGS,
    ),
    # A French village address: "le Bourg, Vebret, par Saignes (Cantal)".
    regex.compile(
        r"(?<!\w)(?:le|au|Le|Au)[ \t]+Bourg(?:,[ \t]*\p{Lu}[\p{L}\-]+){0,2}"
        r"(?:,?[ \t]*par[ \t]+\p{Lu}[\p{L}\-]+)?(?:[ \t]*\([\p{L} \-]+\))?",
        _FLAGS,
    ),
    # "Manolo el de Casa Pachu": an Asturian, Galician or Aragonese house by its name;
    # "at Tŷ Isaf": a Welsh one
    regex.compile(
        rf"(?<!\w)(?:Casa|Tŷ|(?<=\bde[ \t])casa)[ \t]+(?:(?:do|da|de|del)[ \t]+)?{_CAP}"
        rf"(?:[ \t]+{_CAP})?(?!\w)",
        _FLAGS,
    ),
    # A Breton hamlet, where a family lives: "à Kerhuel", "demeurant audit Kerhuel"
    regex.compile(
        r"(?<=(?:\b(?:à|de|audit|au village de|village de)[ \t]+))"
        r"(?i:Ker)\p{Ll}{2,}(?:['’]\p{Ll}+)?(?![\p{L}])",  # "Kerhuel", "Kerroc'h"
        _FLAGS,
    ),
    # A French farm with its post office: "au Bouyssou, par Marcolès (Cantal)"
    regex.compile(
        r"(?<!\w)(?:au|à)[ \t]+\p{Lu}[\p{L}\-]+,?[ \t]+par[ \t]+\p{Lu}[\p{L}\-]+"
        r"(?:[ \t]*\([\p{L} \-]+\))?",
        _FLAGS,
    ),
    # An English farm by its shape, after "at", "from" or "of": "at Higher Bosavern", "from
    # Low Shield", "bought Low Scar House" (not "Upper Canada", "the High School")
    regex.compile(
        r"(?<=(?<![\p{L}])(?:at|from|of|to|bought|for)[ \t]+)"
        r"(?:High|Low|Higher|Lower|Nether|Over|Far|Near)[ \t]+"
        rf"(?!(?:{_NOT_A_FARM})(?![\p{{L}}])){_CAP}(?:[ \t]+(?:House|Farm|Hall))?(?!\w)",
        _FLAGS,
    ),
    regex.compile(
        rf"(?<!\w){_CAP}(?:-etxea|[ \t]+(?:baserri(?:a|an|tik|ko|koa|koak|ra|rako|aren|ara|atik)|"
        r"etxea|etxean|etxeko|etxekoa|borda|bordan|bordako|"
        r"etxaldea|etxaldean|etxaldeko|etxaldekoa|"  # a farmstead
        # a mill the family lives at: "Iturralde errotan"
        r"errota|errotan|errotako|errotakoa|"
        # a block of flats: "Breuer eraikina" (not "eraikineko", the block's; nor a
        # "jauregia", a palace, mostly a landmark)
        r"eraikina))(?!\w)",
        _FLAGS,
    ),
)


# A Basque farm on a memorial card or a heading, in capitals: "ZEARRETA BASERRIKOA".
_HOUSE_NAMES_IN_CAPITALS = regex.compile(
    r"(?<![\p{L}])\p{Lu}{3,}(?:-\p{Lu}{2,})?[ \t]+(?=BASERRI(?:A|AN|KOA|KO|TIK|RA)(?![\p{L}]))"
    r"BASERRI\p{Lu}*"
)


# An Icelandic street or farm that BÍN knows, with a house's number: "Laufási 6",
# "Hlíðarvegi 12" (the street words' endings are found without BÍN, see _SUFFIXES).
_ICELANDIC_NUMBERED_HOME = regex.compile(
    r"(?<![\p{L}\d])(?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)"
    r"[ \t]+\d{1,3}[a-zA-Z]?(?![\p{L}\d.,]\d)"
    r"(?![\p{L}\d])(?![ \t]*\.[ \t]*\p{Ll})"  # not a date: "Stað 2. nóvember"
)


def find_icelandic_numbered_homes(text: str) -> list[Found]:
    return [
        Found(m.start(), m.end(), ADDRESS, 0.45, "address")
        for m in _ICELANDIC_NUMBERED_HOME.finditer(text)
        if icelandic.farm_word(m["name"])
    ]


_ADVERTISEMENT_VERBS = word_set("Apply Enquire Inquire Contact Write")


# A flat in a housing estate by its block, stair or door, where the estate has no street
# number: "Cité des Courtillières, bâtiment C, escalier 4", "Grupo San Fermín, bloque 7,
# portal 2, 4.º B", "Barrio de la Estrella, manzana 12, casa 4", "Txurdinaga, 3.
# multzoa, 2. ataria" (the floor and door after it are the address's tail); its word
# may be written small ("cité de Beaulieu", "barriada de Carranque", "Florida auzoa")
_ESTATE_FLAT = regex.compile(
    r"(?<!\w)(?P<estate>(?:(?:cité|barriada|barrio|colonia|grupo|urbanización|polígono|"
    r"lotissement|résidence)[ \t]+(?:(?:de|des|du|de[ \t]+la|del)[ \t]+)?)?"
    rf"(?:{_CAP}[ \t]+(?:(?:de|des|du|de[ \t]+la|del|de[ \t]+los|"
    rf"de[ \t]+las|la|le|les|los|las)[ \t]+|(?:de[ \t]+)?[ld]['’])?){{0,3}}{_CAP}"
    r"(?:[ \t]+auzoa)?),[ \t]*"
    r"(?:(?i:bâtiment|bât\.|escalier|bloque|portal|manzana|block|torre)[ \t]+[\dA-Z]{1,4}"
    r"|\d{1,2}\.[ \t]*(?:multzoa|blokea|ataria))(?![\p{L}\d])"
)
# ... or by its number in a block first, the estate after: "No. 7 Block B, Quarry Hill Flats"
_FLAT_IN_BLOCK = regex.compile(
    r"(?<![\w.])(?:No\.?[ \t]*)?\d{1,4}[A-Z]?,?[ \t]+Block[ \t]+[A-Z\d]{1,3}(?![\p{L}\d])"
)
_ESTATE_WORDS = word_set("cité grupo barrio résidence polígono colonia urbanización")
_PUBLIC_BUILDING_WORDS = word_set("hôtel ville palais palacio")


def find_house_names(text: str) -> list[Found]:
    found = []
    for match in _ESTATE_FLAT.finditer(text):
        words = regex.findall(r"\p{L}+", match["estate"])
        if any(
            (institution_word(w) and w.casefold() not in _ESTATE_WORDS)
            or w.casefold() in _PUBLIC_BUILDING_WORDS
            for w in words
        ):
            continue  # "Hôtel de Ville, escalier B": a public building's
        found.append(Found(match.start(), match.end(), ADDRESS, 0.45, "house-name"))
    found += [
        Found(m.start(), m.end(), ADDRESS, 0.45, "house-name")
        for m in _FLAT_IN_BLOCK.finditer(text)
    ]
    for pattern in (*_HOUSE_NAMES, _HOUSE_NAMES_IN_CAPITALS):
        for match in pattern.finditer(text):
            words = regex.findall(r"\p{L}+", match.group())
            start = match.start()
            if words[0] in _ADVERTISEMENT_VERBS and len(words) > 2:
                start += match.group().index(words[1])  # "Apply Trelawny Farm"
                words = words[1:]
            if (words[0] in _CAPITALISED_FUNCTION_WORDS and words[1] != "Bourg") or any(
                institution_word(w) for w in words[1:]
            ):
                continue
            if words[0] in _BASQUE_KIN_TITLES and len(words) > 2:
                start += text[start : match.end()].index(words[1])  # "Ama Arrieta baserrikoa"
            found.append(Found(start, match.end(), ADDRESS, 0.45, "house-name"))
    return found


# A line on its own that reads like a street line with no street word the patterns know,
# or with one OCR misread: "27 Flowergate", "37 Bagdale, Whitby", "Easo balea 18".
_ADDRESS_LINE = regex.compile(
    r"(?m)^[ \t]*\K(?:\d{1,4}[a-z]?,?[ \t]+\p{Lu}\p{Ll}{3,}"
    r"|(?:\p{Lu}{1,2}\p{Ll}{2,}[ \t]+){1,3}\p{Ll}{4,}[ \t]+\d{1,4}[a-z]?)"
    r"(?:,[ \t]*[\p{L}\p{N}][\p{L}\p{N} \-]*)?[ \t]*$"
)
_MONTH_WORDS = word_set(
    "january february march april may june july august september october november december "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
    "janúar febrúar apríl maí júní júlí ágúst október nóvember desember"
)


# ----- dates and places of birth -------------------------------------------------------

_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    r"novembre|décembre|decembre|"
    r"janúar|febrúar|apríl|maí|júní|júlí|ágúst|september|október|nóvember|desember|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    r"noviembre|diciembre|"
    r"urtarrila|otsaila|martxoa|apirila|maiatza|ekaina|uztaila|abuztua|iraila|urria|"
    r"azaroa|abendua|urtarrilaren|otsailaren|martxoaren|apirilaren|maiatzaren|ekainaren|"
    r"uztailaren|abuztuaren|irailaren|urriaren|azaroaren|abenduaren|"
    r"Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|"
    r"januari|februari|maart|mei|augustus|oktober|"
    r"Ionawr|Chwefror|Mawrth|Ebrill|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr"
)
_ROMAN_MONTH = r"(?-i:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
_DATE = regex.compile(
    r"(?<!\w)(?:"
    r"\d{1,2}[./-]\d{1,2}[./-](?:1[89]|20)?\d\d"
    r"|(?:1[89]|20)\d\d-\d{2}-\d{2}"
    # a month in Roman numerals: "12-VIII-1922", "1965-III-02"
    rf"|\d{{1,2}}[./-]{_ROMAN_MONTH}[./-](?:1[89]|20)?\d\d"
    rf"|(?:1[89]|20)\d\d-{_ROMAN_MONTH}-\d{{1,2}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th|er|\.|º|ª)?(?:[ \t]+(?:of|de))?[ \t]+(?i:{_MONTHS})\.?"
    r"(?:[ \t]+(?:de[ \t]+)?(?:1[89]|20)\d\d)?"
    rf"|(?i:{_MONTHS})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+(?:1[89]|20)\d\d"
    rf"|(?:1[89]|20)\d\d(?:ko|eko|an|ean|n)?(?:[ \t]+(?i:{_MONTHS}))?"
    r"(?:[ \t]+\d{1,2}(?:an|ean|n|a|ea)?)?"  # "1851ko martxoaren 2a", "... 22an"
    r")(?!\w)",
    _FLAGS,
)
DATE_PATTERN = _DATE  # for the engine's address-block rule
_DEATH_WORDS = regex.compile(
    r"(?i)(?<!\w)(?:died|passed away|death|décédée?|décès|quitté|quittés|quittée|mort|morte|"
    r"falleci[óo]|fallecida|murió|defunción|lést|andaðist|hil zen|zendu)(?!\w)"
)
_BIRTH = regex.compile(
    r"(?i)(?<!\w)(?:born|b\.|date of birth|birth ?date|d\.?o\.?b\.?|birthday|"
    r"née?|né\(e\)|naissance|date de naissance|"
    r"geboren|geb\.|geburtsdatum|"
    r"nacid[oa]|nací|nació|nacimiento|fecha de nacimiento|"
    r"jaio|jaiotze|jaiotza|jaiotze data|"
    r"fædd|fæddur|fæddist|fæðingardagur|fæðingardag|fædd(?:ur)? þann|"
    r"ganwyd|dyddiad geni|geboortedatum|nat[oa]|data di nascita|rugadh)(?!\w)",
)
_BIRTHPLACE = regex.compile(
    r"(?i:born in|born at|née? à|née? a|née? en|nacid[oa] en|nací en|nació en|geboren in|"
    r"geboren te|geboren zu|fædd(?:ur|ist)? (?:í|á)|ganwyd yn|nat[oa] a|rugadh i|rugadh in)"
    rf"[ \t]+(?P<place>{_CAP}(?:[ \t\-]+(?:{_PARTICLE}|sur|upon|on)?[ \t\-]*{_CAP}){{0,2}})",
    _FLAGS,
)
_BASQUE_BIRTHPLACE = regex.compile(
    rf"(?P<place>{_CAP})[ \t]+jaio"
    rf"|jaio[ \t]+(?:nintzen|zen|ziren|zinen|nuen)[ \t]+(?P<place>{_CAP})",
    _FLAGS,
)
# "born on 3 March 1941 at Whitby": a place right after the date of birth.
_PLACE_AFTER_DATE = regex.compile(
    rf"[ \t,]+(?:in|at|à|a|en|í|á|te|zu|yn)[ \t]+(?P<place>{_CAP}(?:[ \t\-]+{_CAP}){{0,2}})",
    _FLAGS,
)


def find_birth(text: str) -> list[Found]:
    found = []
    for trigger in _BIRTH.finditer(text):
        window_end = min(len(text), trigger.end() + 60)
        date = _DATE.search(text, trigger.end(), window_end)
        if date and (
            # "née Peyrat, nous a quittés le 3 février": a maiden name, then a death
            _DEATH_WORDS.search(text, trigger.end(), date.start())
            or (
                trigger.group().lower().startswith("né")
                and regex.match(r"[ \t]+\p{Lu}\p{Ll}", text[trigger.end() :])
            )
        ):
            date = None
        if date:
            found.append(Found(date.start(), date.end(), DATE_OF_BIRTH, 0.8, "birth"))
            place = _PLACE_AFTER_DATE.match(text, date.end())
            if place:
                found.append(
                    Found(place.start("place"), place.end("place"), PLACE_OF_BIRTH, 0.6, "birth")
                )
        elif trigger.group().lower().startswith("jaio"):
            # Basque puts the date first: "1941ean jaio zen".
            before = list(_DATE.finditer(text, max(0, trigger.start() - 40), trigger.start()))
            if before:
                date = before[-1]
                found.append(Found(date.start(), date.end(), DATE_OF_BIRTH, 0.75, "birth"))
    for match in _BIRTHPLACE.finditer(text):
        found.append(
            Found(match.start("place"), match.end("place"), PLACE_OF_BIRTH, 0.6, "birthplace")
        )
    for match in _BASQUE_BIRTHPLACE.finditer(text):
        found.append(
            Found(match.start("place"), match.end("place"), PLACE_OF_BIRTH, 0.6, "birthplace")
        )
    return found
