"""What one finding says about the rest of the same text.

A name found once (after "Mrs", on a form, by the model) is the same person's name where
the text repeats it without a title: "Sergio Ibáñez Cordero" in an e-mail's header is
"Sergio Ibáñez" at its foot, and Basque adds case endings ("Aranburu" / "Aranburuk").
A name in a list with another ("Castets, Lafitte et Ducos") is a name too. These are
proposed with a low score, for review: a missed repeat is a leak, a wrong one a key press.
"""

from __future__ import annotations

import collections
import itertools
from collections.abc import Callable, Iterable, Sequence

import regex

from . import icelandic
from .fields import row_cells
from .recognizers import (
    ADDRESS,
    DATE_PATTERN,
    EMAIL,
    IBAN,
    ID_NUMBER,
    OFFICE_WORDS,
    PERSON,
    PHONE,
    PLACE_OF_BIRTH,
    POSTAL_DISTRICT,
    SAID_HOUSE_NUMBER_AT,
    SAID_NUMBER,
    SAINT_WORDS,
    STREET_WORDS_BEFORE,
    Found,
    capitalised_function_word,
    common_word,
    dictionary_word,
    given_name_or_word,
    has_dictionary,
    icelandic_house_number_end,
    institution_word,
    is_given_name,
    lower_case_text,
    name_that_is_a_word,
    sign_off,
    stop_words,
    word_set,
)

SPREAD_SCORE = 0.45

# Case endings Basque and Icelandic add to a name; the name alone is proposed.
_ENDINGS = {
    "eu": r"(?:k|ek|ak|en|aren|ren|ri|ari|i|rekin|arekin|ekin|rentzat|entzat|n|an|ra|tik|ko)?",
    "is": r"(?:s|ar|ur|i|u|a|ju|nu|ið|inn)?",
    "en": r"s?",  # "the Brayshaws"
}
_TITLE_WORDS = word_set(
    "mr mrs ms miss dr rev sir lady lord mme mlle m monsieur madame sr sra don doña jauna "
    "andrea séra frú herra cllr"
)


def _name_words(text: str, spans: Iterable[Found]) -> set[str]:
    words = set()
    for span in spans:
        if span.kind != PERSON:
            continue
        for word in regex.findall(r"\p{L}[\p{L}'’\-]*", text[span.start : span.end]):
            if (
                len(word) >= 3
                and word.casefold() not in _TITLE_WORDS
                and not capitalised_function_word(word.capitalize())
                and not institution_word(word)
                and not name_that_is_a_word(word.capitalize())
                and word.casefold() not in OFFICE_WORDS
            ):
                words.add(word)
    return words


def repeated_names(text: str, spans: Sequence[Found], language: str) -> list[Found]:
    """Every other place in ``text`` where a word of a name found in it stands. A name
    written in lower case where it was found ("pello urkiola" in a typed-up tape) is
    looked for in lower case too; one found capitalised only where it is capitalised."""
    words = _name_words(text, spans)
    if not words:
        return []
    ending = _ENDINGS.get(language, "")
    lower_too = {w.casefold() for w in words if w.islower()}
    pattern = regex.compile(
        r"(?<![\p{L}\p{N}])(?P<name>"
        + "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
        + rf"){ending}(?![\p{{L}}\p{{N}}])",
        regex.IGNORECASE,
    )
    known = [(s.start, s.end) for s in spans if s.kind == PERSON]
    found = []
    for match in pattern.finditer(text):
        name = match.group("name")
        if name[0].islower() and name.casefold() not in lower_too:
            continue
        if any(start < match.end("name") and match.start("name") < end for start, end in known):
            continue  # already found there
        if name.isupper() and _institution_heading(text, match.start()):
            continue  # "CORK HARBOUR HERITAGE GROUP", "AYUNTAMIENTO DE VILLAR DEL ALA"
        if " " not in name and _names_a_thing(text, match.end()):
            continue  # "Nelson Library", "Muker Silver Band", "Scotsburn United Church"
        start = match.start("name")
        # The given name before a surname found elsewhere, even one that is also a word:
        # "Grace Trengove" under "Richard Trengove".
        given = _GIVEN_BEFORE.search(text, max(0, start - 20), start)
        if (
            given
            and given_name_or_word(given["given"])
            and not capitalised_function_word(given["given"])
            and given["given"].lower() not in SAINT_WORDS  # "San Martin elizan"
        ):
            start = given.start("given")
        found.append(Found(start, match.end("name"), PERSON, SPREAD_SCORE, "same-name"))
    return found


_GIVEN_BEFORE = regex.compile(r"(?<![\p{L}])(?P<given>\p{Lu}\p{Ll}+)[ \t]+$")
# The capitalised words after a word, and the word after them: "Silver Band", "Young
# Farmers' Club", "Street", "Park estate".
_WORDS_AFTER = regex.compile(r"\G(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}'’.]*){0,3}(?:[ \t]+\p{L}+)?")
# Words that make what comes before them a place's or a body's name, not a person's.
_THING_WORDS = word_set(
    "street road lane avenue terrace library hospital band church chapel park falls estate "
    "enclosure institute club farmers w.i. society hall town weekly eisteddfod harbour "
    "heritage group district families mill bridge school museum station"
)


def _names_a_thing(text: str, end: int) -> bool:
    """Whether the words after a word make it a place's or a body's: "Nelson Library",
    "Lagrange Street", "Blue Rocks Women's Institute". A surname found elsewhere may stand
    here for a place or a firm of the same name; a person is seldom so followed."""
    after = _WORDS_AFTER.match(text, end)
    words = after.group().split() if after else []
    return any(
        institution_word(w.strip("'’.,")) or w.casefold().strip("'’,") in _THING_WORDS
        for w in words
    )


def _institution_heading(text: str, at: int) -> bool:
    """Whether ``at`` is on a heading in capitals that names an institution."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    return line.isupper() and any(institution_word(w) for w in regex.findall(r"\p{L}+", line))


# Detectors whose address is a home's own name ("Zelaigorri baserria", "of Heaning House",
# "á Grænavatni"), which a text may repeat in other cases: "Zelaigorrira", "Zelaigorriko".
_HOME_NAME_DETECTORS = frozenset({"house-name", "farm-name", "house-of"})
# Words of a home's name that are the kind of home, not its name.
_HOME_KIND_WORDS = word_set(
    "baserria baserrian baserriko baserrikoa etxea etxean etxeko etxaldea borda errota errotan "
    "kalea kalean farm house cottage hall lodge grange mill manor villa croft the la le les el "
    "casa ferme maison moulin mas domaine village commune par near"
)
_PLACE_ENDINGS = {
    "eu": r"(?:n|an|ra|ara|tik|atik|ko|ako|koa|koak|koek|rako|raino)?",
    "is": r"(?:s|ar|ur|i|u|a|num|inum)?",
}


def repeated_places(text: str, spans: Sequence[Found], language: str) -> list[Found]:
    """Every other place where a text names a home it named once as an address, in any
    case: "Zelaigorri baserria" in a register, then "Zelaigorrira bidalita" (sent to
    Zelaigorri) and "Zelaigorriko sagarrekin" (with Zelaigorri's apples)."""
    words = set()
    for span in spans:
        if span.kind != ADDRESS or not set(span.detector.split("+")) & _HOME_NAME_DETECTORS:
            continue
        # the home's own name: not the village after a comma, nor the district after "í"
        head = regex.split(r",|\n|[ \t](?:í|á|par|near)[ \t]", text[span.start : span.end])[0]
        for word in regex.findall(r"\p{L}[\p{L}'’\-]*", head):
            if (
                len(word) >= 5
                and word[0].isupper()
                and word.casefold() not in _HOME_KIND_WORDS
                and not capitalised_function_word(word)
                and not institution_word(word)
                and not is_given_name(word)
                and not dictionary_word(word, language)
            ):
                words.add(word)
                if word.isupper():  # "ZEARRETA BASERRIKOA", then "Zearretan bizi zen"
                    words.add(word.capitalize())
    if not words:
        return []
    pattern = regex.compile(
        r"(?<![\p{L}\p{N}])(?:"
        + "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
        + rf"){_PLACE_ENDINGS.get(language, '')}(?![\p{{L}}\p{{N}}])",
        regex.IGNORECASE if lower_case_text(text) else 0,
    )
    known = [(s.start, s.end) for s in spans if s.kind == ADDRESS]
    return [
        Found(m.start(), m.end(), ADDRESS, SPREAD_SCORE, "same-place")
        for m in pattern.finditer(text)
        if not any(a < m.end() and m.start() < b for a, b in known)
        # "below Heaning Lane": a street named after the house is a landmark
        and not _STREET_WORD_NEXT.match(text, m.end())
    ]


# "en" is "and" only in Dutch and Frisian: elsewhere it is "in" or "but" ("í Reykjavík
# en Kolbrún flutti").
_AND_WORDS = "and|&|et|y|e|eta|og|und"
_CAP_WORD = r"\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*"


def _list_patterns(and_words: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    join = rf"(?:,[ \t]*|[ \t]+(?:{and_words})[ \t]+|,[ \t]*(?:and|et|y|eta|og)[ \t]+)"
    follower = regex.compile(
        rf"\G{join}(?P<name>{_CAP_WORD}(?:[ \t]+(?:de la|de|del|y)?[ \t]*{_CAP_WORD})?)"
    )
    return follower, regex.compile(rf"(?P<name>{_CAP_WORD}){join}$")


_LIST_PATTERNS = _list_patterns(_AND_WORDS)
_DUTCH_LIST_PATTERNS = _list_patterns(_AND_WORDS + "|en")


def listed_names(text: str, spans: Sequence[Found], language: str) -> list[Found]:
    """Capitalised words listed with a found name ("Jon, Maite eta Iñigo", "MM. Castets,
    Lafitte et Ducos"): the others in the list are proposed as names too."""
    follower, leader_before = _DUTCH_LIST_PATTERNS if language in ("nl", "fy") else _LIST_PATTERNS
    found = []
    places = [(s.start, s.end) for s in spans if s.kind == ADDRESS]
    names = sorted((s for s in spans if s.kind == PERSON), key=lambda s: s.start)
    for span in names:
        at = span.end
        for _ in range(6):  # a list's further members, one after another
            match = follower.match(text, at)
            if (
                not match
                or not (_plausible(match.group("name")) or _couples_name(match.group("name")))
                or any(a < match.end() and match.start("name") < b for a, b in places)
            ):
                break
            start = match.start("name")
            title = regex.match(r"(\p{L}+)\.?[ \t]+", match.group("name"))
            if title and title.group(1).casefold() in _TITLE_WORDS:
                start += title.end()  # "Dr Anne Wray": the title is no part of the name
            found.append(Found(start, match.end("name"), PERSON, 0.4, "listed-name"))
            at = match.end()
        at = span.start
        couple = " " in text[span.start : span.end].strip()
        for _ in range(6):
            match = leader_before.search(text[max(0, at - 60) : at])
            if not match:
                break
            leader = match.group("name")
            # "Sue & Peter Harker": before a full name, a given name that is also a word
            # ("Sue", "Grace") is a name.
            if not _plausible(leader) and not (
                couple
                and (is_given_name(leader) or name_that_is_a_word(leader))
                and not capitalised_function_word(leader)
                and not institution_word(leader)
            ):
                break
            start = max(0, at - 60) + match.start("name")
            if _sentence_start(text, start) and not _after_label(text, start):
                break
            found.append(Found(start, start + len(match.group("name")), PERSON, 0.4, "listed-name"))
            at = start
    return found


# A list said in a lower-case transcript: "paco, la encarna, yo, tomasín", "lucette, moi,
# et le petit jojo", "our vera, me, and the twins".
_LOWER_FOLLOWER = regex.compile(
    r"\G[ \t]*,[ \t]*(?:(?:moi|me|yo|ni|ég|i|myself)[ \t]*,[ \t]*)?"
    r"(?:(?:y|et|and|eta|og|e)[ \t]+)?"
    r"(?:(?:la|el|le|the|our|me|mon|ma|mi|le petit|la petite|el pequeño|young|old|little)[ \t]+)?"
    r"(?P<name>\p{Ll}{3,})(?![\p{L}])"
)


def lower_case_lists(text: str, spans: Sequence[Found], language: str) -> list[Found]:
    """Names listed after a name found in a transcript typed in lower case: short ones
    and pet forms count here, as given names the dictionary (or BÍN) knows."""
    if not lower_case_text(text):
        return []
    stop = stop_words(language or "en")

    def given(word: str) -> bool:
        if word in stop:
            return False
        if language == "is":
            return icelandic.person_word(icelandic.titled(word))
        return is_given_name(word.capitalize())

    found = []
    seeds = [s.end for s in spans if s.kind == PERSON and text[s.start : s.end].islower()]
    # Two given names listed one after the other start a list of their own ("paco, la
    # encarna"), even where neither was found alone.
    for word in regex.finditer(r"(?<![\p{L}])\p{Ll}{3,}(?![\p{L}])", text):
        follower = _LOWER_FOLLOWER.match(text, word.end())
        if follower and given(word.group()) and given(follower["name"]):
            found.append(Found(word.start(), word.end(), PERSON, 0.4, "listed-name"))
            seeds.append(word.end())
    for at in seeds:
        for _ in range(6):
            match = _LOWER_FOLLOWER.match(text, at)
            if not match or not given(match["name"]):
                break
            found.append(Found(match.start("name"), match.end("name"), PERSON, 0.4, "listed-name"))
            at = match.end()
    return found


def _couples_name(value: str) -> bool:
    """ "Alf & Ivy Ashworth", "Siobhán & Pat Murphy": after a given name and "and", a given
    name that is also a word ("Ivy", "Pat") is one before a surname."""
    words = value.split()
    return (
        len(words) == 2
        and (is_given_name(words[0]) or name_that_is_a_word(words[0]))
        and not capitalised_function_word(words[0])
        and _plausible(words[1])
    )


def _plausible(value: str) -> bool:
    return not any(
        capitalised_function_word(w)
        or institution_word(w)
        or name_that_is_a_word(w)
        or w.casefold().strip(".,") in OFFICE_WORDS  # "Hon. Secretary"
        for w in value.split()
    )


def _sentence_start(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t")
    return not before or before[-1] in ".!?\n"


def _after_label(text: str, at: int) -> bool:
    return bool(regex.search(r":[ \t]*$", text[max(0, at - 3) : at]))


# Shapes an address's parts share: a year (not a postcode), a Canadian postcode, an
# Australian state.
_YEAR = r"(?:1[5-9]|20)\d\d"
_CANADIAN_POSTCODE = r"[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"
_AUSTRALIAN_STATES = r"(?:NSW|ACT|VIC|Vic|QLD|Qld|TAS|Tas|NT|SA|WA)"


# A word of an address's tail: capitalised, a number ("5.º", "2."), or an abbreviation
# of a floor, side, or district ("izda.", "ezk.", "dcha.", "col.", "bât.").
# The words that label a contact, which end an address: "..., tel. 01632 960 402".
# (Icelandic "s." is sími, telephone)
_CONTACT_LABELS = r"tel|tél|tfno|telf|phone|fax|mob|e-?mail|gsm|sími|portable|móvil|ph|[hv]?s(?=\.)"
# and the words of an ID after it: "..., Cercado de Lima, Libreta Electoral N.º 1377402"
_ID_LABELS = (
    r"nomination|libreta|cédula|dni|nie|nif|pasaporte|passport|passeport|carnet|carné|rut|curp|nan"
)
_TAIL_WORD = (
    # not a year or a span of years: "..., commune de Sagelat, 1908-1934" (a postcode of
    # four digits has its town after it, "1091 Aran", or its state before it, "NSW 2040")
    # (and the initials of one: "..., Sabadell, D.N.I. 38.412.967")
    rf"(?!(?i:{_CONTACT_LABELS}|{_ID_LABELS})\b|(?i:d\.n\.i|n\.i\.f|n\.i\.e)\.|\d{{4}}[-–]\d{{2,4}}"
    rf"|(?<!{_AUSTRALIAN_STATES}[ \t]{{1,2}}){_YEAR}(?!\d)(?![ \t]*\p{{L}})"
    # a Basque year with its ending, "2010eko", "1914ko"; an amount or a day before its
    # word, "150 euro", "6. september"
    rf"|{_YEAR}(?:ko|eko|an|ean|tik|etik|ra|rako)(?![\p{{L}}])"
    r"|\d{1,4}\.?[ \t]+(?i:euro|euros|€|kr|krónur|pesetas|pta|libera|dollars?|"
    r"janúar|febrúar|mars|apríl|maí|júní|júlí|ágúst|september|október|nóvember|desember)"
    r"(?![\p{L}])"
    # nor a date: "R.R. 2, Scotsburn, Saturday, April 8, 1961"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|June|July|"
    r"August|September|October|November|December|Easter|Christmas|Whitsun|Michaelmas)\b)"
    # a number said after its word: "calle de la Fuente número ocho"
    rf"(?:(?:número|numéro|number|n\.?º)[ \t]+{SAID_NUMBER}(?![\p{{L}}])"
    # a block, a house, a passage, a plot, a flat by its number: "bloque 3", "casa 27",
    # "pasaje 4", "Lote B", "apartamento 3", "ap. 3"
    # (a miners' row's "maison 9")
    r"|(?i:bloque|portal|escalera|casa|pasaje|parcela|lote|manzana|apartamento|ap\.|maison)"
    r"[ \t]+[\dA-Z]{1,4}(?![\p{L}\d])"
    # a Seville tenement round a patio: "calle Pureza, 63, casa de vecinos, Triana"
    r"|(?i:casa|corral)[ \t]+de[ \t]+vecinos(?![\p{L}])"
    # "rue de l'Ouest, n° 37" (a French floor in prose, "au quatrième", the labelled
    # texts give either way, 2 in and 3 out: left out)
    r"|(?:n[º°]|n\.[º°]|núm\.)[ \t]*\d{1,5}(?![\p{L}\d])"
    # the River Plate's cross streets: "Calle 9 n.º 1234 entre 58 y 59"
    r"|entre[ \t]+(?:\d{1,3}|\p{Lu}\p{L}+)[ \t]+y[ \t]+(?:\d{1,3}|\p{Lu}\p{L}+)(?![\p{L}\d])"
    r"|s/n|s\.[ \t]?n\.|km[ \t]*\d{1,3}|"
    # a Glasgow tenement's landing and door: "3 up right", "2 up middle door", "back land"
    r"(?:\d{1,2}|one|two|three|four|five)[ \t]+up(?:[ \t]+(?:left|right|middle|mid))?"
    r"(?:[ \t]+door)?|back[ \t]+land|"
    # ... its stair and flat, and what the family has: "2nd stair", "top flat, left",
    # "ground flat", "single apartment", "room & kitchen"
    r"\d(?:st|nd|rd|th)[ \t]+stair|"
    r"(?:ground|top|first|second|third|attic|basement|garden|back|front|middle)[ \t]+"
    r"(?:floor|flat)(?:,?[ \t]+(?:left|right|middle|mid))?|"
    r"single[ \t]+apartment|room[ \t]+(?:&|and)[ \t]+kitchen|"
    # a Basque floor: "bigarren solairua", "goiko solairua"
    r"(?:lehen|bigarren|hirugarren|laugarren|bosgarren|seigarren|goiko|beheko)[ \t]+solairu\p{L}*|"
    # Iceland's side of the landing, "3. hæð t.v."
    r"[\p{Lu}\d][\p{L}\d.º°ª'’\-]*|t\.[ \t]?[vh]\.|\p{Ll}{1,4}\.|"
    r"bajo|bis|ter|izda|dcha|esk|ezk|izq|"
    # floors, doors and flats: "número 8, segundo izquierda", "appartement 12", "íbúð 0402"
    r"número|piso|puerta|planta|primero|segundo|tercero|cuarto|quinto|sexto|izquierda|"
    # "calle Florida 540, primer piso" (Iceland's "uppi" and "niðri", upstairs and
    # downstairs, the labelled texts give either way: left out)
    r"(?:primer|tercer)[ \t]+piso|(?:primera|segunda|tercera)[ \t]+planta|"
    r"derecha|centro|étage|appartement|appt|apt|escalier|bâtiment|porte|flat|floor|íbúð|hæð|"
    r"solairua|eskuina|ezkerra|eskuin\.?|ezker\.?|principal|entresuelo|ático|buhardilla|bohardilla|"
    # "calle Neptuno 311, altos", "calle Perú 1247, pieza 9", "departamento 3"
    r"altos|bajos|pieza|departamento|depto\.|dpto\.|efri|neðri|kjallari|risi|"
    # "avenida Argentina 1530, interior 7", "torre 2, apto. 1104", "Hringbraut 50, kjallara",
    # "edificio C-14"
    r"interior|torre|kjallara|risinu|block|edificio|"
    # Basque words after a name: "Urteta auzoa", "Agerre baserria"
    r"auzoa|auzoan|auzunea|baserria|etxea|etxaldea|"
    # a housing estate's block and doorway: "3. multzoa, 2. ataria"
    r"multzoa|blokea|ataria|"
    # a Basque dwelling, a building, its entrance and door by their numbers: "3.
    # bizitza", "Breuer eraikina, B sarrera, 9. solairua, 92. atea" (not "etxeko atea",
    # the house's door)
    r"(?<=[\dA-Z]\.?[ \t])(?:bizitza|sarrera|atea)|eraikina)(?![\p{L}])"
)
_FLAT_WORDS = (
    r"app\.|appt\.?|apt\.?|appartement|flat|unit|íbúð|boîte|bte|piso|depto\.?|departamento|"
    r"étage|hæð|solairua|pieza"
)
# Abbreviations inside an address's line, whose full stop ends no sentence.
_ABBREVIATIONS = (
    r"col|app|appt|apt|av|avda|dpto|depto|ezk|esk|izda|izqda|izq|dcha|ch|bd|pl|rte|imp|urb|ctra|nr|"
    r"St|Ste|Mt|Co|Ft"
)
# The quarter, parish or commune a house is in, named after it: "Villa Rosario, barrio de
# Bricia", "Fundo Los Castaños, camino a Niebla", "hameau du Villard, commune de Bessans".
_PLACE_UNIT_WORDS = (
    r"(?:barrio|cerro|camino|partida|paraje|parroquia|lugar|commune|hameau|lieu-dit|casa|"
    r"colonia|col\.|carretera|ctra\.|sector|fraccionamiento|esquina|village|townland|"
    # "rancho El Capulín, municipio de Jalostotitlán", "cortijo de ..., término de Ronda"
    r"municipio|término(?:[ \t]+municipal)?)"
)
_PLACE_UNIT = (
    _PLACE_UNIT_WORDS + r"[ \t]+(?:(?:de|del|de la|de las|de los|du|des|de l'|a|al|con)[ \t]+)?"
    rf"{_TAIL_WORD}(?:[ \t]+{_TAIL_WORD}){{0,2}}"
)
# A full stop after an address's last word that is no abbreviation ("izda.", "Co.",
# "N.S."): the sentence's.
_ENDS_SENTENCE = regex.compile(
    rf"(?<![\p{{L}}\d.])(?!(?i:{_ABBREVIATIONS})\.$)[\p{{L}}\d]{{2,}}\.$"
)
_ADDRESS_TAIL = regex.compile(
    # ", Marietta, OH 45750", ", West Virginia", ", 2. ezk.", " (Gipuzkoa)", ", bajo"
    # ", à Blanzac", " à Muno" (in prose "près de Saint-Flour" only says where it lies)
    # ", by Beauly" (Scotland), ", en Lannilis" (a Breton parish), ", nr. Oldham" (not
    # "near", which in prose only says where it lies)
    # (a close "off the Gallowgate")
    r"\G(?:(?:,[ \t]*(?:(?:à|au|by|en|nr\.|off[ \t]+the)[ \t]+(?=\p{Lu}|village))?"
    # (Icelandic "Öldugötu 12 í Hafnarfirði", "Tjarnarbraut 11 á Egilsstöðum")
    r"|[ \t]+(?:[àíá][ \t]+(?=\p{Lu})|(?=[(\p{Ll}]))"
    r"|[ \t]*[-–][ \t]*(?=\d{1,2}[.º°ª])"  # "C/ Mayor, 5 - 1.º A"
    # a letterhead's town after a dash, ending its line: "Paseo de Gracia, 94, principal —
    # Barcelona"
    r"|[ \t]+[—–][ \t]+(?=\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+)?[ \t]*(?:\n|$))"
    rf"|[ \t]+(?={_CANADIAN_POSTCODE})"  # "(Québec) G0R 3G0", a Canadian postcode
    rf"|[ \t]+(?={POSTAL_DISTRICT})"  # "London S.E.15"
    # and its province before it: "Rosthern SK S0K 3R0"
    rf"|[ \t]+(?=(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)[ \t]+{_CANADIAN_POSTCODE})"
    # a New Zealand postcode after the town: "Christchurch 8011" (not a year)
    rf"|[ \t]+(?=(?!{_YEAR})\d{{4}}(?![\d\p{{L}}]))"
    # an Australian state and postcode: "Haberfield NSW 2045"
    rf"|[ \t]+(?={_AUSTRALIAN_STATES}[ \t]{{1,2}}\d{{4}}(?!\d)))"
    # a town's particles inside: "Medina de Rioseco", "Valdenebro de los Valles"
    # (the River Plate's postcode before its town: "(2000) Rosario")
    # (a city's postal district, whose "S." is no Icelandic "s." for a telephone: ", S.W.1";
    # an arrondissement in brackets, "Paris (5e)")
    rf"(?:\(\p{{Lu}}[\p{{L}} .'’\-]{{1,29}}\)|{_PLACE_UNIT}|{POSTAL_DISTRICT}|"
    r"\(\d{1,2}(?:e|er|ème)\)|"
    rf"(?:\(\d{{4}}\)[ \t]+(?=\p{{Lu}}))?"
    rf"{_TAIL_WORD}(?:[ \t]+(?:(?:de|del|de la|de los|de las|la|le|sur|en|of)[ \t]+)?"
    rf"{_TAIL_WORD}){{0,4}})"
    r"(?![\p{L}\d])"
    r")+"
)


# The town after an address said in a lower-case transcript: "back lane, stainforth",
# "austurvegi fimmtán á selfossi", "chemin des vignes, à saint-junien", "three moorside
# close queensbury".
_SAID_TOWN = regex.compile(
    r"\G(?P<joint>,[ \t]*(?:(?:à|in|en)[ \t]+)?|[ \t]+(?:(?:á|í|à|in|en)[ \t]+)?)"
    # "port hawkesbury", "east boston": the town's last word is judged
    r"(?P<town>(?:(?:port|east|west|north|south|new|fort|mount|saint|san|santa)[ \t]+)?"
    r"\p{Ll}[\p{Ll}\-]{2,})(?![\p{L}\-])"
)


def _said_town(word: str, language: str) -> bool:
    if language == "is":
        return bool(icelandic.categories(icelandic.titled(word)) & icelandic.TOWN_CATEGORIES)
    # A hyphened word is judged whole: "saint-junien" is a town, "grand-mère" a word.
    return not (
        word in stop_words(language or "en")
        or is_given_name(word.capitalize())
        or dictionary_word(word, language or "en")
    )


# Where a sentence starts inside an address's tail: "..., altos, La Habana. Saben leer",
# or after a word of one letter: "..., Reykjavík. Á bakhlið" (not after an abbreviation,
# "col. Santa Teresita", "St. Johnsbury", nor before a door's letter, "Matia kalea 30, 4.
# C)").
_SENTENCE_IN_TAIL = regex.compile(
    rf"(?<!(?<![\p{{L}}])(?:{_ABBREVIATIONS}))\.[ \t]+\p{{Lu}}(?:\p{{Ll}}|[ \t]+\p{{L}})"
)


# A street's quarter abbreviated at an address's end: "Aylmer St. N.", "Elm Dr. W."
_QUARTER_BEFORE_DOT = regex.compile(r"(?<=[ \t])(?:N|S|E|W|NE|NW|SE|SW)\.$")


def address_tails(text: str, spans: Sequence[Found], language: str = "") -> list[Found]:
    """The rest of an address's line after what a pattern found: the town, state,
    postcode and province that follow a street ("418 Sycamore Ridge Road, Marietta, OH
    45750"), up to where the sentence goes on in lower-case words; in a lower-case
    transcript, a town that is no word of the language ("back lane, stainforth")."""
    said = None
    found = []
    for span in spans:
        if span.kind != ADDRESS:
            continue
        # (after a street's abbreviated quarter: "416 Aylmer St. N., Peterborough")
        after = (
            span.end + 1 if _QUARTER_BEFORE_DOT.search(text, span.start, span.end + 1) else span.end
        )
        match = _ADDRESS_TAIL.match(text, after)
        if match and match.end() > after:
            # The tail ends with its sentence.
            sentence = _SENTENCE_IN_TAIL.search(text, match.start(), match.end() + 3)
            if sentence and sentence.start() >= match.end():
                sentence = None
            end = sentence.start() if sentence else match.end()
            if _ENDS_SENTENCE.search(text[span.start : end]):
                end -= 1  # a sentence's full stop: "..., Guadalajara.", "BD1 4AB."
            found.append(Found(span.start, end, ADDRESS, min(span.score, 0.5), "address-tail"))
            continue
        end = span.end
        # the town, then its county or state: ", urrestilla, azpeitia", "east boston
        # massachusetts"
        for _ in range(3):
            town = _SAID_TOWN.match(text, end)
            if not town:
                break
            if said is None:
                said = lower_case_text(text)
            if not town["joint"].strip() and not has_dictionary(language):
                break  # a town straight after the street needs a dictionary to tell it
            if not (said and _said_town(town["town"].split()[-1], language)):
                break
            end = town.end()
        if end > span.end:
            found.append(Found(span.start, end, ADDRESS, 0.4, "address-tail"))
    return found


def said_house_numbers(text: str, spans: Sequence[Found]) -> list[Found]:
    """A house number said after a street or farm found without one: "Írabakka tuttugu og
    sex, þriðju hæð til vinstri", "rue de Tanger, au numéro douze"."""
    found = []
    for span in spans:
        if span.kind == ADDRESS and not regex.search(r"\d", text[span.start : span.end]):
            number = SAID_HOUSE_NUMBER_AT.match(text, span.end)
            if number:
                found.append(Found(span.start, number.end(), ADDRESS, 0.45, "said-address"))
    return found


# The next number of a list after an ID number: "Cartes n° 00217834 (titulaire),
# 00217835, 00217836", "GB-004417 (umsækjandi), GB-004418 og GB-004419", "Eskola-zenbakiak:
# 231 eta 232".
_NEXT_IN_LIST = regex.compile(
    r"\G(?:[ \t]*\([^()\n]{1,30}\))?(?:[ \t]*[,;][ \t]*|[ \t]+(?:et|and|y|og|eta|e)[ \t]+)"
    r"(?P<number>[\p{Lu}\d][\p{Lu}\d./\-]{1,29}[\p{Lu}\d])(?![\p{L}\d])"
)


def _shape(value: str) -> str:
    return str(regex.sub(r"\p{L}", "A", regex.sub(r"\d", "9", value)))


def numbers_listed_after(text: str, spans: Sequence[Found]) -> list[Found]:
    """Numbers of the same shape listed after an ID or account number: a family's cards,
    one after the other."""
    found = []
    for span in spans:
        if span.kind not in (ID_NUMBER, IBAN):
            continue
        shape = _shape(text[span.start : span.end])
        if shape.count("9") < 3:
            continue
        end = span.end
        while (match := _NEXT_IN_LIST.match(text, end)) and _shape(match["number"]) == shape:
            found.append(Found(match.start("number"), match.end(), span.kind, span.score, "listed"))
            end = match.end()
    return found


# the words of a reader's or a member's card before its number, written again in a
# register's notes: "Carte 319", "Lector 143", "Tkt. 412", "(txartela 206)"
_CARD_WORDS = (
    r"carte|card|ticket|tkt|lecteur|lectrice|lector|lectora|reader|txartela|"
    r"socio|socia|member|membre|bazkide|félagi"
)
# a year, a date or a span of years, which a text writes again for other reasons
_YEAR_OR_DATE = regex.compile(
    r"(?:1[5-9]|20)\d\d|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|(?:1[5-9]|20)\d\d[-–/](?:1[5-9]|20)?\d\d"
)


def repeated_numbers(text: str, spans: Sequence[Found]) -> list[Found]:
    """An ID number found once, written again elsewhere in the text: a register's "1207 |
    Manuel Fernández Villar" and its remarks' "El socio 1207 se trasladó"."""
    scores: dict[str, float] = {}
    for span in spans:
        if span.kind == ID_NUMBER:
            value = text[span.start : span.end]
            scores[value] = max(scores.get(value, 0.0), span.score)
    found = []
    for value, score in scores.items():
        digits = sum(c.isdigit() for c in value)
        if digits < 2:
            continue
        # two or three digits, or a year's shape, only after "No.": a school register's
        # remarks, "No. 412 left", a ledger's notes, "Nr. 52: Skuld Stefáns", "No. 1877:
        # not a miner's household" (a code with a letter is a member's wherever it is:
        # "A-112: 2095 0036 ...")
        bare = (digits <= 3 or bool(_YEAR_OR_DATE.fullmatch(value))) and not regex.search(
            r"\p{L}", value
        )
        # (or after the card's or the reader's word, a library's "Carte 319", "Lector 143",
        # "Tkt. 412", or before the Basque one, "208 txartela")
        sign = (
            rf"(?<=(?:(?i:no|n[º°o]|n\.º|núm|nr)|(?<![\p{{L}}])(?i:{_CARD_WORDS}))\.?[ \t]*)"
            if bare
            else ""
        )
        after = rf"|(?<![\w.,/-]){regex.escape(value)}(?=[ \t]+txartel)" if bare else ""
        again = regex.compile(rf"{sign}(?<![\w.,/-]){regex.escape(value)}(?![\w]|[.,/-]\d){after}")
        found += [
            Found(m.start(), m.end(), ID_NUMBER, min(score, 0.45), "same-number")
            for m in again.finditer(text)
        ]
    return found


_HEREINAFTER = regex.compile(
    r"(?i)(?<![\p{L}])(?:hereinafter|herein|ci-après|ci-dessous|en adelante|en lo sucesivo|"
    r"aurrerantzean|hér eftir)[ \t]"
)
_NICKNAME_AFTER = regex.compile(
    # on the same line or the next: "Agustin Lasa Irazusta\n«Txato»"
    # (the article with the nickname, as most writers mark it: "«el Chava»", "« la Rosette »")
    # (Iceland's quotes, „ “, and its epithets in lower case before the patronymic: "Jón
    # „sterki“ Árnason")
    r"\G,?[ \t]*\n?[ \t]*\(?[«\"'‘“„][ \t]?(?:(?:the|o|a)[ \t]+)?(?P<article>(?:el|la|le)[ \t]+)?"
    r"(?P<name>\p{Lu}[\p{L}'’\-]+|\p{Ll}[\p{L}'’\-]+(?=[ \t]?[»\"'’”“][ \t]+\p{Lu}\p{Ll}))"
    r"(?P<closing>[ \t]?[»\"'’”“]\)?)"
    # the surname after the nickname: "Mick 'Badger' Raw"
    r"(?:[ \t]+(?P<surname>\p{Lu}\p{Ll}[\p{L}'’\-]*)(?![\p{L}]))?"
)
# "known as Nobby", "conocido como «el Boni»", "kallaður Siggi", "dit « Dédé »"
_ALIAS = regex.compile(
    # ("call" only with its pronoun: "Call Mr John Smith on ..." names no nickname)
    r"(?:(?i:known as|calls? (?:her|him|me|them)|called(?: (?:her|him|me|them))?|nicknamed|"
    r"alias|surnommée?|"
    r"appelée?|conocid[oa] (?:por todos )?"
    r"como|llamad[oa]|apodad[oa]|kallaður|kölluð|ezizenez|deitzen (?:zioten|zitzaion))"
    r"[ \t]+[«\"'‘“]?|(?i:dit|dite)[ \t]+[«\"'‘“])"  # French "dit" only before quotes
    r"[ \t]?(?:the[ \t]+)?(?P<article>(?:el|la|le)[ \t]+)?(?P<name>\p{Lu}[\p{L}'’\-]+)"
)


# A nickname in quotes, then the word for one: "«Txato» izengoitia", "\"Txikito\" ezizena",
# "«el Boni» de apodo", "'Nobby' as a nickname".
_NICKNAME_BEFORE_WORD = regex.compile(
    r"[«\"'‘“][ \t]?(?:the[ \t]+)?(?P<article>(?:el|la|le)[ \t]+)?(?P<name>\p{Lu}[\p{L}'’\-]+)"
    r"[ \t]?[»\"'’”][ \t]+"
    r"(?:(?:as[ \t]+a[ \t]+|de[ \t]+|como[ \t]+)?(?i:ezizena|izengoitia|goitizena|nickname|"
    r"apodo|mote|alias|surnom|gælunafn|uppnefni))(?![\p{L}])"
)
# The particles before a surname in capitals ("LE GALL", "DE LA CRUZ"), as the pattern
# finds them and as the check on its words leaves them out ("Le Gall": "Gall").
_PARTICLES_BEFORE_SURNAME = "Le|La|De|Du|Del|Da|Van|Von|Mac|Mc"
# A register's "Surname Surname, Given" ("Aizpuru Odriozola, José Antonio", "Dent,
# William"), or a surname in capitals before the given name ("ROUSSEL Marcel"), at the
# start of a line, a cell or a numbered entry.
_SURNAMES_BEFORE = regex.compile(
    # ("No. 211  REES, Idris Glyndwr", a passenger list's)
    r"(?:^[ \t]*(?P<number>(?:(?:No|Nr|N[º°])\.?[ \t]*)?\d{1,4}[.)]?[ \t]+)?"
    # (after a full stop, in capitals: "N° d'admission 52-0878. DUVAL Albert Eugène")
    r"|(?P<cell>[|;\t])|[:«\"(]|(?P<stop>(?<=\d)\.)"
    # (in a sentence, in capitals: "Nous soussignés LAGARDE Henri, maréchal des logis")
    r"|(?P<inline>(?<=\p{Ll}[ \t])(?=\p{Lu}{3})))[ \t]*(?P<surnames>"
    r"\p{Lu}[\p{L}'’\-]+(?:[ \t]+(?:(?:de|del|de la|y|i|van|von|le|la|du)[ \t]+)?"
    r"\p{Lu}[\p{L}'’\-]+){0,2}[ \t]*,"
    # (after its particle: "LE GALL Marie Anne", "DE LA CRUZ")
    rf"|(?:(?:{_PARTICLES_BEFORE_SURNAME.upper()})[ \t])*"
    r"\p{Lu}{3,}(?:[ \t\-]\p{Lu}{2,}){0,2})[ \t]*$",
    regex.M,
)


_PARTICLES_FIRST = regex.compile(rf"^(?:(?:{_PARTICLES_BEFORE_SURNAME})[ \t]+)+")
# A French directory's or list's surname, then the given name in brackets: "Bréhier
# (Eugène), docteur", "Moreau (Henri), notaire"
# (at a line's start or in its second cell, after the entry's number, as a list gives it)
_SURNAME_BEFORE_BRACKET = regex.compile(
    r"(?m)^(?:[^|\n]{1,12}\|)?[ \t]*(?:\d{1,5}[.)]?[ \t]+)?"
    r"\K\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?[ \t]+\($"
)


def surnames_before_bracketed_names(text: str, spans: Sequence[Found]) -> list[Found]:
    """The surname before a given name found in brackets: the whole name."""
    found = []
    for span in spans:
        if span.kind != PERSON or text[span.end : span.end + 1] != ")":
            continue
        if not is_given_name(text[span.start : span.end].split()[0]):
            continue
        line_start = text.rfind("\n", 0, span.start) + 1
        surname = _SURNAME_BEFORE_BRACKET.search(text, line_start, span.start)
        if (
            surname
            and _plausible(surname.group().rstrip(" \t("))
            # a place and its country: "Génova (Italia)" in a birthplace's column
            and not any(
                o.kind in (ADDRESS, PLACE_OF_BIRTH)
                and o.start < span.start
                and surname.start() < o.end
                for o in spans
            )
        ):
            found.append(Found(surname.start(), span.end + 1, PERSON, 0.5, "register-name"))
    return found


# A staff or member's number in brackets after a name, a trade or role between: "Porter
# D. Buckley (41726)", "Jean Tyson (V0188)", "M. Etxegarai txartel-zulatzailea (M-2907)"
# (not a life's years, "(1889-1962)", nor a telephone's area code, "(419) 555-0137")
_NUMBER_IN_BRACKETS_AFTER_NAME = regex.compile(
    r"\G[ \t]*(?:\p{Ll}[\p{Ll}\-]+[ \t]+){0,2}\("
    r"(?P<code>(?!(?:1[5-9]|20)\d\d(?:[-–]|\)))\p{Lu}{0,4}[-./ ]?\d[\d./-]{2,}[\dA-Z]?)"
    r"\)(?![ \t]*\d)"
)

_ID_PAPER_BEFORE = regex.compile(r"(?:DNI|NIE|NIF|NAN|RUT|NIR|SSN|CURP|AVS|AHV)[ \t]+")


def numbers_in_brackets_after_names(text: str, spans: Sequence[Found]) -> list[Found]:
    found = []
    for span in spans:
        match = (
            _NUMBER_IN_BRACKETS_AFTER_NAME.match(text, span.end) if span.kind == PERSON else None
        )
        if match and not DATE_PATTERN.search(match["code"]):  # "(DOB 14/06/2014)"
            # an ID paper's name is no part of the number: "(DNI 37.208.455-K)"
            paper = _ID_PAPER_BEFORE.match(match["code"])
            start = match.start("code") + (paper.end() if paper else 0)
            found.append(Found(start, match.end("code"), ID_NUMBER, 0.5, "id-after-name"))
    return found


# A person's number after the name, in a list of such pairs: "polizak langile
# bakoitzeko: Etxeberria U-22.401, Iriarte U-22.402", "números de afiliado: Aldasoro
# 1.204.337, Pagliaro 1.388.102", "Lertxundi: AR-E-118, ... Urrutia: AR-E-142"
_NUMBER_AFTER_LISTED_NAME = regex.compile(
    r"\G:?[ \t]+(?P<number>\p{Lu}{0,4}(?:-\p{Lu}{1,4})?[-./]?(?>\d+(?:[./-]\d+)*))"
    r"(?=[ \t]*[,;.]|[ \t]+(?:and|et|y|eta|og)[ \t]|[ \t]*$)",
    regex.MULTILINE,
)


def numbers_after_listed_names(text: str, spans: Sequence[Found]) -> list[Found]:
    """Numbers of one shape, three digits or more, each after a person found, two such
    pairs or more on a line: each is that person's number (not years, "Ólafur J. 1926,
    Þórunn J. 1929", nor dates)."""
    pairs: set[tuple[int, str, tuple[int, int]]] = set()
    for span in spans:
        if span.kind != PERSON:
            continue
        match = _NUMBER_AFTER_LISTED_NAME.match(text, span.end)
        number = match["number"] if match else ""
        if (
            match
            and sum(c.isdigit() for c in number) >= 3
            and not _YEAR_OR_DATE.fullmatch(number)
            and not DATE_PATTERN.fullmatch(number)
        ):
            pairs.add((text.count("\n", 0, span.start), _shape(number), match.span("number")))
    on_a_line = collections.Counter((line, shape) for line, shape, _ in pairs)
    return [
        Found(start, end, ID_NUMBER, 0.45, "id-after-listed-name")
        for line, shape, (start, end) in sorted(pairs)
        if on_a_line[line, shape] >= 2
    ]


def surnames_before(text: str, spans: Sequence[Found]) -> list[Found]:
    """The surnames a register writes before a given name that was found."""
    found = []
    for span in spans:
        if span.kind != PERSON or model_only(span.detector):
            continue
        first = regex.match(r"\p{L}+", text[span.start : span.end])
        if not first or not is_given_name(first.group()):
            continue
        line_start = text.rfind("\n", 0, span.start) + 1
        match = _SURNAMES_BEFORE.search(text, line_start, span.start)
        if not match:
            continue
        surnames = match.group("surnames").rstrip(" \t,")
        if (match.group("stop") or match.group("inline")) and not surnames.isupper():
            continue
        if sign_off(text, match.start("surnames")):
            continue  # "Yours, Eamon Maguire"
        written = surnames.title() if surnames.isupper() else surnames
        if not _plausible(_PARTICLES_FIRST.sub("", written)):  # "Le Gall": "Gall"
            continue
        if any(s.kind == ADDRESS and s.start < span.start and match.start() < s.end for s in spans):
            continue  # "418 Sycamore Ridge Road, Marietta": a street and a town
        after = text[span.end : span.end + 2]
        # a table's row, the next cell after the name: "Cloutier, Ludger | route du rang",
        # also after a remark in brackets: "Pike, Ada (née Harris) | mother-in-law"
        in_row = (
            regex.match(r"[ \t]*(?:\([^()|\n]{1,40}\)[ \t]*)?\|", text, pos=span.end) is not None
        )
        # a death notice's heading, the surname in capitals: "O'LEARY, Bridget Mary."
        capitals = sum(c.isupper() for c in surnames) >= 0.7 * sum(c.isalpha() for c in surnames)
        if (
            match.group("surnames").endswith(",")
            and " " not in surnames
            and not (
                match.group("number") or match.group("cell") or after.startswith(",") or in_row
            )
            and not (capitals and len(surnames) >= 4)
        ):
            continue  # "Cheers, Gordon", "Kaixo, Jon": a greeting or a sign-off
        if (
            " " not in surnames
            and not surnames.isupper()  # BÍN knows "kerr" too: "KERR, William" is a name
            and icelandic.available()
            and icelandic.known(surnames)
            and not icelandic.person_word(surnames)
        ):
            continue  # "Undirritaður, Haraldur": "the undersigned", by BÍN
        if (
            surnames.isupper()
            and is_given_name(surnames.title())
            and not match.group("surnames").endswith(",")
        ):
            continue  # "JOHN Smith": a given name in capitals, found already (not "BOYD,")
        found.append(Found(match.start("surnames"), span.end, PERSON, 0.5, "register-name"))
    return found


def nicknames(text: str, spans: Sequence[Found]) -> list[Found]:
    """A nickname in quotes right after a name ("Harold 'Nobby' Clarke", "Dolores Ugalde
    «Lola»"), or after "known as", "conocido como", "kallaður"."""
    found = []
    for span in spans:
        if span.kind != PERSON:
            continue
        match = _NICKNAME_AFTER.match(text, span.end)
        if not match:
            continue
        surname = match["surname"] if match["surname"] and _plausible(match["surname"]) else ""
        # in quotes right after a name, a word is the nickname: "William 'Bill' Harris",
        # "Harold 'Nobby' Clarke", "Hugh Donald ('Snowy')"; a function word's shape too
        # between a name and its surname: 'Desmond "Des" Okafor'
        if (capitalised_function_word(match["name"]) and not surname) or institution_word(
            match["name"]
        ):
            continue
        start = match.start("article" if match["article"] else "name")
        end = match.end("name")
        # (in brackets too when the surname follows: 'Dorothy ("Dolly") Yabsley')
        if not text[span.end : start].strip(" \t«\"'‘“„" + ("(" if surname else "")):
            # inside the name, its quotes too: 'Angus Joseph "Gus" MacLellan' (from the
            # name's last letter, so that the two join), and on to the surname after it
            start, end = span.end - 1, match.end("surname" if surname else "closing")
        found.append(Found(start, end, PERSON, 0.5, "nickname"))
        if surname and not match.group().startswith(","):
            found.append(
                Found(match.start("surname"), match.end("surname"), PERSON, 0.5, "nickname")
            )
    for pattern in (_ALIAS, _NICKNAME_BEFORE_WORD):
        for match in pattern.finditer(text):
            if regex.match(r"[ \t]+\d", text[match.end() : match.end() + 3]):
                continue  # "the property known as Erf 1234": a plot's number
            # a deed's parties: '(hereinafter called "the Landlord")'
            if _HEREINAFTER.search(text, max(0, match.start() - 20), match.start() + 1):
                continue
            if _plausible(match.group("name")):
                start = match.start("article" if match["article"] else "name")
                end = match.end("name")
                if any(h.kind == ADDRESS and h.start <= start < h.end for h in spans):
                    continue  # "a farm called Glenview": the home's name (homes_called)
                found.append(Found(start, end, PERSON, 0.45, "nickname"))
    return found


_SIGNED_WORD = r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*"  # "Marie-Ève", "Jean-luc"
_SIGNATURE = regex.compile(
    rf"^(?:\p{{Lu}}\.[ \t]?)*{_SIGNED_WORD}"
    r"(?:[ \t]+(?:(?:de|del|de la|y|van|von|le|la|du)[ \t]+)?"
    rf"(?:\p{{Lu}}\.|{_SIGNED_WORD})){{0,4}}$"
)
# What may follow a letter's signature: a postscript, or an archivist's note on the
# envelope ("[Utanáskrift:]").
_AFTER_SIGNATURE = regex.compile(r"(?:P\.?-?[SD]\.?|PS|PD|\[|\(|N\.?B)")
# A closing line with no comma that still ends a letter: "Þín elskandi systir", "Your
# loving son", "Votre fils".
_POSSESSIVE_CLOSING = regex.compile(
    r"(?i:your|yours|ton|ta|votre|vos|tu|vuestra|vuestro|su|zure|zuen|þín|þinn|ykkar)"
    r"(?:[ \t]+\p{L}+){1,3}[ \t]*[,!.]?$"
)
# "Besos de vuestra Mari Carmen", "Your loving sister Nell": a possessive, then the name.
_SIGNED_AFTER_POSSESSIVE = regex.compile(
    r"(?i:\b(?:your|yours|ton|ta|votre|tu|vuestra|vuestro|su|zure|zuen|þín|þinn|ykkar)\b)"
    r"(?:[ \t]+\p{Ll}+){0,2}[ \t]+(?P<name>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})[ \t.!]*$"
)


# after the tape's time code too: "[00:01:44] MK:"
_SPEAKER_LABEL = regex.compile(
    r"(?m)^[ \t]*(?:\[[\d:.]{4,12}\][ \t]*)?(?P<label>\p{Lu}{2,4})[ \t]?:"
)
# A chat's or a text message's sender after the time it was sent: "[14:02] Siobhan:",
# "12/03/2021, 14:05 - Mairead Walsh:", "[12.03.21 14:05] Kevin O'Hara:"
_CHAT_SENDER = regex.compile(
    r"(?m)^[ \t]*(?:\[[\d/.,: \t]{4,20}(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+\d{1,2}[:.]\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]+[-–])"
    r"[ \t]*(?P<name>\p{Lu}[\p{L}'’.\-]*(?:[ \t]+\p{Lu}[\p{L}'’.\-]*){0,3})[ \t]*:"
)


# A transcript's speakers by their part, not their name (the archive's own lines are an
# institution's: "Archive (Tom):", "Safnið:")
_ROLE_WORDS = word_set(
    "interviewer interviewee respondent narrator informant speaker question answer "
    "entrevistador entrevistadora entrevistado entrevistada informante hablante pregunta "
    "respuesta enquêteur enquêtrice témoin réponse elkarrizketatzailea "
    "elkarrizketatua galdera erantzuna spyrill spyrjandi viðmælandi heimildarmaður bókasafn"
)


_SPEAKER_INITIALS = regex.compile(r"\p{Lu}{2,4}")


def chat_senders(text: str) -> list[Found]:
    """The people a chat's lines are from, not the archive or the museum that answers."""
    found = []
    for match in _CHAT_SENDER.finditer(text):
        words = match["name"].split()
        if _SPEAKER_INITIALS.fullmatch(match["name"]):
            continue  # "[00:01:44] MK:": initials, proposed only as a found person's
        if len(match["name"]) < 2 or any(
            institution_word(w) or capitalised_function_word(w) or w.casefold() in _ROLE_WORDS
            for w in words
        ):
            continue  # "[00:05:10] P:", "INTERVIEWER:", "Archive (Tom):"
        found.append(Found(match.start("name"), match.end("name"), PERSON, 0.5, "chat-sender"))
    return found


def speaker_labels(text: str, spans: Sequence[Found]) -> list[Found]:
    """A transcript's speakers labelled by their initials or their name ("KA:" for Kevin
    Armstrong, "MAÑI:"): a label that is the initials of a person found in the text, or a
    given name, is that person."""
    initials = set()
    for span in spans:
        if span.kind == PERSON and not model_only(span.detector):
            words = regex.findall(r"\p{Lu}\p{L}*", text[span.start : span.end])
            if len(words) >= 2:
                initials.add("".join(w[0] for w in words[:2]).upper())
                initials.add("".join(w[0] for w in words).upper())
    labels = list(_SPEAKER_LABEL.finditer(text))
    # a speaker speaks more than once; "IBAN:" and "NAN:" (a Basque ID) label a form's line
    said = collections.Counter(m["label"] for m in labels)
    found = []
    for match in labels:
        label = match["label"]
        if said[label] < 2 or label.casefold() in OFFICE_WORDS | _FORM_ABBREVIATIONS:
            continue
        if label in initials or (len(label) >= 3 and is_given_name(label.capitalize())):
            found.append(Found(match.start("label"), match.end("label"), PERSON, 0.45, "speaker"))
    return found


_FORM_ABBREVIATIONS = word_set("iban bic nan dni nie nif ssn curp foto tel fax ref")


def signature(text: str) -> list[Found]:
    """A letter's last line when it is only a name, under a line that ends with a comma
    ("Un abrazo muy fuerte,\\nEncarna"), or a name after a possessive at the very end
    ("Besos de vuestra Mari Carmen"); and a name alone before a postscript."""
    lines = [m for m in regex.finditer(r"[^\n]+", text) if m.group().strip()]
    if len(lines) < 2:
        return []
    found = []
    # A letter signed before its postscript or a note on it: "au plaisir de vous lire,
    # \n\nMarie-Ève\n\nP.-S. ...". Its closing line is short and has no number (an
    # address's lines end with commas too).
    for before, line, after in zip(lines, lines[1:], lines[2:], strict=False):
        closing = before.group().rstrip()
        possessive = bool(_POSSESSIVE_CLOSING.match(closing.lstrip()))
        if (
            _AFTER_SIGNATURE.match(after.group().lstrip())
            and ("\n\n" in text[line.end() : after.start()] or possessive)
            and (closing.endswith((",", "!")) or possessive)
            and len(closing.split()) <= 8
            and not regex.search(r"\d", closing)
        ):
            found += _signed_line(line)
    last, before = lines[-1], lines[-2]
    value = last.group().strip()
    start = last.start() + last.group().index(value)
    signed = _signed_line(last) if before.group().rstrip().endswith((",", "!")) else []
    if signed:
        found += signed
    else:
        match = _SIGNED_AFTER_POSSESSIVE.search(value)
        if match and _plausible(match.group("name")):
            at = start + match.start("name")
            found.append(Found(at, at + len(match.group("name")), PERSON, 0.45, "signature"))
    return found


def _signed_line(line: regex.Match[str]) -> list[Found]:
    value = line.group().strip()
    if not (_SIGNATURE.match(value) and _plausible(value) and len(value.split()) <= 5):
        return []
    start = line.start() + line.group().index(value)
    return [Found(start, start + len(value), PERSON, 0.5, "signature")]


# "Ásta í Holti", "Kristjáni gamla á Hóli", "Jóhanns Friðrikssonar frá Syðra-Hóli",
# "Eyjólfsson (1908–1994), bóndi á Efra-Seli".
_FARM_AFTER_NAME = regex.compile(
    r"\G(?:[ \t]*\([^()\n]{1,20}\))?,?(?:[ \t]+\p{Ll}+)?[ \t]+(?:á|í|frá)[ \t]+"
    r"(?P<place>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])"
)
# A witness's or tenant's farm after a comma, and the district or town after it:
# "Sigurður Magnússon, Þóroddsstöðum;", "Þórunn Stefánsdóttir, Dvergasteini,
# Seyðisfirði" (BÍN must know the first as a farm: "Jón Jónsson, Akureyri" is a town's)
_FARM_AFTER_COMMA = regex.compile(
    r"\G,[ \t]+(?P<farm>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])"
    r"(?P<town>,[ \t]+(?P<town_word>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[ \t]*(?:[;.,)|\n]|$)))?"
    r"(?=[ \t]*(?:[;.,)|\n]|(?:í|á)[ \t]|$))"
)


def _places_after_names(
    text: str,
    spans: Sequence[Found],
    pattern: regex.Pattern[str],
    score: float,
    detector: str,
    keep: Callable[[str], bool] = lambda place: True,
) -> list[Found]:
    """The place ``pattern`` finds right after a person's name (its group "place"), as
    that person's address."""
    found = []
    for span in spans:
        if span.kind == PERSON:
            match = pattern.match(text, span.end)
            if match and keep(match["place"]):
                found.append(
                    Found(match.start("place"), match.end("place"), ADDRESS, score, detector)
                )
    return found


# "ólst upp við Hafnarstræti", "bjuggu við Túngötu", "fluttum að Syðri-Hóli": a street or
# a farm (by BÍN) after a preposition of place, whoever is named.
_PLACE_AFTER_PREPOSITION = regex.compile(
    r"(?<![\p{L}])(?:við|á|í|frá|að)[ \t]+"
    # "að Syðri-Hóli", and a transcript's "að syðri-hóli"
    r"(?P<place>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Ll}+-\p{Ll}+)(?![\p{L}])"
)


# Where someone lives, said with its verb or noun: "til heimilis í Pálshúsi", "bóndi á
# Breiðabólsstað", "bjuggu að Hólmi". After these a farm is named by its ending, as
# after a person; after "til heimilis að" any name is the home.
_PLACE_AFTER_HOME_WORD = regex.compile(
    r"(?<![\p{L}])(?P<cue>til[ \t]+heimilis|heimili|heimilis|bjó|bjuggu|búa|býr|bý|búið|"
    r"búsett\p{Ll}*|bóndi|bónda|húsfreyja|húsfreyju|vinnumaður|vinnukona|ábúandi|ábúendur|"
    # moved there: "er flutt að Kirkjuhvoli í Búðardal"
    r"flutt|fluttur|fluttist|flutti|fluttu|flyst|flytur|flytja)"
    r"[ \t]+(?P<preposition>að|á|í)[ \t]+"
    r"(?P<place>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])"
)


# A farm or house named after the word for one: "á bænum Syðri-Ey", "jörðinni Hjarðardal
# ytri", "húsið Tröð".
_PLACE_AFTER_FARM_NOUN = regex.compile(
    r"(?<![\p{L}])(?:bænum|bæinn|bæjarins|[Jj]örðin|jörðinni|jörðina|jarðarinnar|býlinu|"
    # a cottage-farm let from a farm: "hjáleiguna Hraunskot"
    r"býlið|hjáleigan|hjáleiguna|hjáleigunni|hjáleigunnar|húsinu|húsið|hússins)[ \t]+"
    r"(?P<place>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
    r"(?:[ \t]+(?:ytri|syðri|efri|neðri|eystri|vestri|fremri|innri|ytra|syðra|efra|neðra))?)"
    r"(?![\p{L}])"
)


# A census heads each household with its farm ("Kirkjuból: Jón Bjarnason", "Hóll" over
# "Páll Sigurðsson, húsbóndi"); a letter from a farm dates itself there ("Hóli í Flóa, 12.
# október 1948").
_FARM_HEADING = regex.compile(
    r"(?m)^[ \t]*(?P<place>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)"
    r"(?::[ \t]+\p{Lu}|(?:,[^\n]{0,30})?\n[ \t]*\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+"
    r"|(?=(?:[ \t]+(?:í|við)[ \t]+\p{Lu}\p{Ll}+)?,[ \t]+\d{1,2}\.))"
)
# A census's labels, which BÍN lists as farms too: "Bær: Kirkjuból í Bjarnardal".
_CENSUS_LABELS = frozenset({"bær", "býli", "heimili", "staður", "sókn", "hreppur", "sýsla"})
# "Hóli í Flóa": the district after a farm is part of its address.
# "Hóli í Svarfaðardal", "Kvennahóli á Fellsströnd" (not "við", by: the labelled texts
# give "Fagraskógi við Gimli" and "Grund við Íslendingafljót" either way)
_DISTRICT_AFTER_FARM = regex.compile(r"\G[ \t]+(?:í|á)[ \t]+\p{Lu}\p{Ll}+(?![\p{L}])")


def icelandic_farms(text: str, spans: Sequence[Found], language: str) -> list[Found]:
    """Icelanders are known by their farm: "Ásta í Holti", "Gunna á Hóli". The farm after
    a name is proposed as the person's address; with BÍN, so is any farm or street after
    a preposition of place."""
    if language != "is":
        return []
    found = []
    if icelandic.available():
        # A census lists each farm's household under its name: "Kirkjuból: Jón Bjarnason".
        for match in _FARM_HEADING.finditer(text):
            if match["place"].casefold() in _CENSUS_LABELS:
                continue  # "Bær: Kirkjuból": the label, not a farm
            if icelandic.farm_word(match["place"]) and not icelandic.person_word(match["place"]):
                found.append(
                    Found(match.start("place"), match.end("place"), ADDRESS, 0.4, "farm-name")
                )
        for match in _PLACE_AFTER_PREPOSITION.finditer(text):
            if icelandic.farm_word(icelandic.titled(match["place"])):
                end = icelandic_house_number_end(text, match.end("place"), match["place"])
                found.append(Found(match.start("place"), end, ADDRESS, 0.4, "farm-name"))
        for match in _PLACE_AFTER_HOME_WORD.finditer(text):
            said_home = match["cue"].startswith(("til", "fl")) and match["preposition"] == "að"
            if said_home or icelandic.farm_by_name(match["place"]):
                found.append(
                    Found(match.start("place"), match.end("place"), ADDRESS, 0.4, "farm-name")
                )
    found += [
        Found(m.start("place"), m.end("place"), ADDRESS, 0.45, "farm-name")
        for m in _PLACE_AFTER_FARM_NOUN.finditer(text)
    ]
    # With BÍN, only a farm or a street: not "í Kaupmannahöfn".
    found += _places_after_names(
        text,
        spans,
        _FARM_AFTER_NAME,
        0.45,
        "farm-name",
        keep=lambda farm: not icelandic.available() or icelandic.farm_by_name(farm),
    )
    if icelandic.available():
        for span in spans:
            match = _FARM_AFTER_COMMA.match(text, span.end) if span.kind == PERSON else None
            if (
                not match
                or not icelandic.farm_word(match["farm"])
                or icelandic.person_word(match["farm"])
            ):
                continue
            town = match["town"] and not icelandic.person_word(match["town_word"])
            end = match.end("town") if town else match.end("farm")
            found.append(Found(match.start("farm"), end, ADDRESS, 0.4, "farm-name"))
    districts = []
    for farm in found:
        district = _DISTRICT_AFTER_FARM.match(text, farm.end)
        # (a street's town after its number, "Hafnargötu 7 í Keflavík", is left out by
        # the labelled texts, a farm's district kept)
        if district and not text[farm.start : farm.end][-1:].isdigit():
            districts.append(Found(farm.start, district.end(), ADDRESS, farm.score, farm.detector))
    return found + districts


# "le vieux Fernand Lestrade à La Borie Haute": a hamlet or farm, its article capitalised,
# after a person in French, is where they live.
_HAMLET_AFTER_NAME = regex.compile(
    r"\G,?[ \t]+(?:à|au lieu-dit|lieu-dit)[ \t]+"
    r"(?P<place>(?:La|Le|Les|L['’])[ \t]?\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+){0,2})"
)


# "Mr Tom Price of The Wern, Gladestry", "Mrs Dinsdale of Low Birks, Dent": a house with
# its village, or a house named with "The". "John Smith of Settle" (a town alone) is none.
_ENGLISH_STREET_WORDS = r"Road|Street|Lane|Terrace|Row|Avenue|Close|Drive|Crescent"
_HOUSE_AFTER_NAME = regex.compile(
    r"\G,?[ \t]+(?:of|at)[ \t]+(?P<place>(?P<the>The[ \t]+)?\p{Lu}[\p{L}'’\-]+"
    r"(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2}(?P<town>,[ \t]*\p{Lu}[\p{L}'’\-]+"
    r"(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?)?)"  # "Station Road", "West Burton"
)
# A register's "Margaret Malley, servant, of Rossanrubble", "Martin Burke, farmer, of
# Knockbreaga, Kilmaclasser", "Nora Hastings, widow, of the Quay Road, Westport": after a
# comma (and a trade or condition), "of" and a townland, a house or a street, with the
# parish or town after it.
_TOWNLAND_AFTER_NAME = regex.compile(
    r"\G(?:,[ \t]+\p{Ll}[\p{Ll}\-]+(?:[ \t]+\p{Ll}[\p{Ll}\-]+)?)?,[ \t]+of[ \t]+"
    r"(?P<place>(?:the[ \t]+)?\p{Lu}[\p{L}'’\-]+"
    r"(?:[ \t]+(?:(?:na|an|y|yr)[ \t]+)?\p{Lu}[\p{L}'’\-]+){0,2}"  # "Tigh na Mara"
    r"(?:,[ \t]*(?:near[ \t]+)?\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2}){0,2})"
    r"(?=[ \t]*(?:[.,;:)\n]|$))"
)


def _townland(place: str) -> bool:
    """A house or townland no word list knows ("Rossanrubble", "Chy-an-Dowr"), not a town
    it does ("of Leeds", "of Detroit"), or a street ("the Quay Road")."""
    first = place.split(",")[0]
    if first.startswith("the "):
        return bool(_STREET_AT_END.search(first))
    word = first.split()[0]
    return (
        not common_word(word.casefold(), "en", within=10**7)
        and not is_given_name(word)
        and _address_words(place.replace(",", " ").replace("near ", ""))
    )


# A farm or house by its shape: "of Heaning House", "of High Birk Hatt", "of Lower Ley".
_FARM_SHAPE = regex.compile(
    r"^(?:(?:High|Low|Nether|Upper|Lower|Over|Far|Near|Little|Great|Old|New)[ \t]+\p{Lu}"
    r"|\p{Lu}[\p{L}'’\-]+[ \t]+(?:(?:Old|New)[ \t]+)?"  # "Ingworth Old Hall"
    r"(?:House|Farm|Cottage|Lodge|Grange|Mill|Manor|Villa|Croft|"
    r"Garth|Fold|Top|Bank|Side|Head|End|Edge|Gill|Nook|Rigg|Scar|Hatt|Hall)(?![\p{L}]))"
)
_STREET_AT_END = regex.compile(rf"(?:{_ENGLISH_STREET_WORDS})$")
_STREET_WORD_NEXT = regex.compile(rf"[ \t]+(?:{_ENGLISH_STREET_WORDS})(?![\p{{L}}])")
_ARTICLES = r"(?:The|Les|La|Le|El|Los|Las)"
_ARTICLE = regex.compile(rf"^{_ARTICLES}[ \t]+")


# "Mrs Ellen Metcalfe (née Alderson), Hill Top, Keld": a name, then a house and a village.
_HOUSE_AND_VILLAGE_AFTER_NAME = regex.compile(
    r"\G(?:[ \t]*\([^()\n]{1,30}\))?,[ \t]*(?P<place>(?:\p{Lu}[\p{L}'’\-]+"
    r"(?:[ \t]+\p{Lu}[\p{L}'’\-]+){1,2}"
    # or one word of a Welsh house's shape: "Glan-yr-afon", "Pen-y-bont"
    r"|\p{Lu}\p{Ll}*(?:-\p{Ll}+)+(?:-\p{L}+)*)"
    # (a ledger's dash before what was bought: "Tan-y-bryn, Llandderfel — 2 doz. eggs")
    r",[ \t]*\p{Lu}[\p{L}'’\-]+)(?=[ \t]*[.;\n]|$|[ \t]+[—–][ \t])"
)


# A postal address written on one line after a name, its parts split by commas: "Mrs.
# Honor Walsh, Carrowkeel, Attymass, Ballina, Co. Mayo, Ireland", "Dr Priya Raman, The Old
# Forge, Thornton Rust, p.raman@...". Three parts at least, or two before a contact.
# A flat's floor and door: "1. ezk.", "5. eskuma", "3. hæð t.v.", "3e étage gauche", "2.º piso"
_FLOOR_AND_DOOR = (
    r"\d{1,2}(?:\.|º|ª|e|er)?[ \t]*(?i:ezk|esk|hæð|izda|dcha|étage|piso)\p{L}*\.?"
    r"(?:[ \t]+(?:t\.[hv]\.|gauche|droite|izquierda|derecha))?"
)
# A word of a place: "Carrowkeel", and abbreviated regions, "N.S.", "N.-Þingeyjarsýslu".
_PLACE_WORD = r"(?:\p{Lu}[\p{L}'’\-]+|\p{Lu}\.(?:-?\p{Lu}[\p{L}]*\.?)+)"
_PLACE_PART = (
    r"(?:(?:The[ \t]+|Co\.[ \t]*|(?:aux|au|à[ \t]+la|à)[ \t]+)?"  # "aux Combes"
    # "parroquia de Santa Baia", "commune de Domme", "par Plouha", "comté de Kent",
    # "Lugar de Vilar"
    rf"(?:(?i:{_PLACE_UNIT_WORDS}|comté|county|canton|paroisse|parish|township|concello|"
    r"provincia|province|département)[ \t]+(?:(?:de|del|du|des|de la|d['’])[ \t]*)?"
    r"|(?:par|by)[ \t]+)?"
    rf"{_PLACE_WORD}(?:[ \t]+(?:(?:de|del|de la|du|des|y)[ \t]+)?{_PLACE_WORD}){{0,2}}"
    r"(?:\.(?<=(?:[ \t]|^)\p{Lu}\p{Ll}{1,4}\.))?"  # "Inverness Co.", "Lowell, Mass."
    r"(?:[ \t]*\([\p{L} .\-]{2,30}\))?"  # "Lalín (Pontevedra)"
    # or a postcode: Irish "P12 X2K7", British "YO21 3EJ"
    r"|[A-Z]\d{2}[ \t]?[A-Z\d]{4}|[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}"
    # or a floor and a door: "1. ezk.", "5. eskuma", "3. hæð t.v.", "3e étage gauche"
    rf"|{_FLOOR_AND_DOOR}"
    # or a house's number, not a year: "Lugar de Vilar, 12, Bandeira"
    r"|(?!(?:1[5-9]|20)\d\d(?!\d))\d{1,4}[a-zA-Z]?(?![\p{L}\d])"
    # or a street with its number and no street word, as a town's own people write it:
    # "Portu Zaharra 4", "Zabalbide 38", "Hraunbæ 102", "Arenal Grande 2215"
    rf"|{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,2}}[ \t]+\d{{1,4}}[a-zA-Z]?(?![\p{{L}}\d]))"
)
# A contact after the address, by its word: ", tel. Sandwick 217", ", s. 466 3021", ",
# natel 079 ...", ", móvil 607 ..."
_CONTACT_WORD_AFTER = (
    r"(?i:tel|tél|telf|tfno|ph|phone|s|sími|natel|mob|mobile|móvil|mugikorra|telefonoa|"
    r"gsm|e-?mail|e-?posta|netfang)\.?[ \t:]"
)
_PLACE_CHAIN_AFTER_NAME = regex.compile(
    # (after a nickname in brackets: "Gunnlaugur Þór Snorrason (Gulli), Laugasteini, ...")
    r"\G(?:[ \t]*\([^()\n]{1,30}\))?"
    rf",[ \t]*(?P<place>{_PLACE_PART}(?:,[ \t]*{_PLACE_PART}){{1,6}})"
    rf"(?P<after>[ \t]*(?:[.;:)\]»”\n]|$)|[ \t]+[—–][ \t]"
    rf"|,[ \t]*(?:\S+@|\+?\d|\(|{_CONTACT_WORD_AFTER}))"
)


_PLACE_CHAIN_AFTER_NAME_CARED_FOR = regex.compile(
    rf"\G,[ \t]*(?P<place>{_PLACE_PART}(?:,[ \t]*{_PLACE_PART}){{1,6}})(?P<after>,)"
)
_CARE_OF = regex.compile(
    r"(?i)(?<![\p{L}])(?:care[ \t]+of|c/o|aux[ \t]+bons[ \t]+soins[ \t]+de|a[ \t]+cargo[ \t]+de)"
    r"[ \t]+(?:(?:Mrs|Mr|Miss|Ms|Dr|Mme|M|Sra|Sr)\.?[ \t]+)?$"
)


# A date in the chain ends it as no address: "R.R. 2, Scotsburn, Saturday, April 8"
_WEEKDAY = regex.compile(
    r"(?i)(?<![\p{L}])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|"
    r"domingo)(?![\p{L}])"
)


_POST_TOWN = regex.compile(r"(?:par|by)[ \t]+\p{Lu}")


def _place_chain(place: str, after: str) -> bool:
    parts = [p.strip() for p in place.split(",")]
    # (two parts are enough when the second is the post town: "Kerlaz, par Douarnenez")
    if len(parts) < 3 and not after.startswith(",") and not _POST_TOWN.match(parts[-1]):
        return False
    if _WEEKDAY.search(place) or DATE_PATTERN.search(place):
        return False
    words = [w for part in parts for w in part.split()]
    return (
        _address_words(" ".join(w for w in words if w not in ("The", "Co.")))
        # a list of people or of offices ("Ann Lee, Tom Hird, Treasurer") is no address;
        # a street named after one is ("Taylor Street, Moonta Mines, South Australia")
        and not any(
            is_given_name(part.split()[0]) for part in parts if not _STREET_AT_END.search(part)
        )
        and not any(w.casefold().strip(".") in OFFICE_WORDS for w in words)
    )


# A list's entry: a name, who they are, the home, then the telephone ("Mattin osaba,
# elizaren ondoko etxea, Banka. Tel. ...", "Conchita y Fermín, calle Real 7, junto a la
# iglesia, Los Llanos de Aridane. Tel. 46 03 15", "Jón Gunnar minn, Hraunbæ 102, 3. hæð
# t.v., Reykjavík. Heima 8 46 31"). The home is the run of parts just before the contact
# that each start with a capital, a number, a street's word or a floor.
_CONTACT_LEAD = regex.compile(
    rf"(?:[ \t]*[,.;:—–-][ \t]*|[ \t]+)(?:{_CONTACT_WORD_AFTER}|(?i:heima|tel)[ \t])?[ \t]*$"
)
_HOME_PART = regex.compile(rf"(?:\p{{Lu}}|\d|(?i:{STREET_WORDS_BEFORE})[ \t.]|{_FLOOR_AND_DOOR})")


# (not after an abbreviation: "Mt. Tyson", "Edo. Carabobo", "t.v.")
_SENTENCE_BREAK = regex.compile(
    # (not a short word's or a building's abbreviation: "Edif. Mariperez", "Apto. 7-B")
    r"(?<!(?:^|[^\p{L}])(?:\p{L}{1,3}|(?i:edif|apto|dpto|depto|avda|bloq|resid)))[.!?][ \t]+\p{Lu}"
)
# a street or an estate named after a date: "Urb. 23 de Enero", "calle 25 de Mayo"
_NAMED_AFTER_A_DATE = regex.compile(
    r"(?i)(?:urb\.?|urbanización|barrio|calle|avenida|av\.|avda\.|plaza|colonia|rue|place)"
    r"[ \t]+\d"
)
# A part's small words, but a street's or a place's own ("calle de la Paz", "Hraunbæ 102,
# 3. hæð t.v."): more than one is a sentence, not a home.
_SMALL_WORD = regex.compile(
    r"(?<![\p{L}'’.])(?!(?:de|del|la|las|los|le|du|des|y|i|og|á|í|um|en|t)(?![\p{L}]))"
    rf"(?!(?:{STREET_WORDS_BEFORE})(?![\p{{L}}]))\p{{Ll}}[\p{{Ll}}'’]*(?![\p{{L}}.])"
)
_FLOOR = regex.compile(rf"{_FLOOR_AND_DOOR}$")


_LANDMARK = regex.compile(r"\p{Ll}[\p{Ll}'’ ]{2,30}")


_STREET_AND_NUMBER_BETWEEN = regex.compile(
    r",[ \t]*\p{Lu}[\p{L}'’\-]+(?:[ \t]\p{Lu}[\p{L}'’\-]+)?[ \t]\d{1,4}[a-zA-Z]?[ \t]*"
)
_SURNAMES_IN_CAPITALS = regex.compile(r"(?:\p{Lu}[\p{Lu}'’\-]+[ \t]+){1,3}")
_DOTTED_LEADER = regex.compile(r"[ \t]*\.{3,}[ \t]*$")


def homes_before_contacts(text: str, spans: Sequence[Found]) -> list[Found]:
    people = sorted((s for s in spans if s.kind == PERSON), key=lambda s: s.start)
    found = []
    for contact in spans:
        if contact.kind not in (PHONE, EMAIL):
            continue
        line_start = text.rfind("\n", 0, contact.start) + 1
        lead = _CONTACT_LEAD.search(text, line_start, contact.start)
        end = lead.start() if lead else contact.start
        leader = _DOTTED_LEADER.search(text, line_start, end)
        end = leader.start() if leader else end  # a directory's: "La Florida .......... 71 45 28"
        named = [p for p in people if line_start <= p.start and p.end <= end]
        # inside a sentence, a street and its number alone between the name and the
        # telephone: "gjaldkera, Ásthildi Kristinsdóttur, Hvassaleiti 30, s. 3 81 72"
        inline = [p for p in named if _STREET_AND_NUMBER_BETWEEN.fullmatch(text, p.end, end)]
        if inline:
            named = inline[:1]
        elif not named or (
            named[0].start - line_start > 12
            # (a directory's surnames in capitals before the given name found: "GONZÁLEZ
            # PÉREZ Rafael A. - Qta. Los Mangos, ...")
            and not _SURNAMES_IN_CAPITALS.fullmatch(text, line_start, named[0].start)
        ):
            continue  # not a list's entry that starts with its people
        start = max(p.end for p in named)
        # the home comes after the person's papers: "Aitor Uranga, lizentzia zk. G-86-0412,
        # Nafarroa kalea 12, Zarautz, tel. 83 12 45"
        papers = [
            s.end
            for s in spans
            if s.kind in (ID_NUMBER, IBAN) and start <= s.start and s.end <= end
        ]
        start = max([start, *papers])
        if any(
            s.kind in (PHONE, EMAIL) and start <= s.start and s.end <= end for s in spans
        ) or _SENTENCE_BREAK.search(text, start, end):
            continue  # another contact, or another sentence, between the name and this one
        # On a register's row the home is one cell: the contact's own, before it, when it
        # holds words ("Bragagötu 22, sími 3918"), else the cell before ("Ian Dodd | Curlew
        # | 14 | 12 Priestpopple, Hexham | Hexham 2147"), not the bars nor the start of a
        # number split in two ("... Saint-Jean-de-Luz | 07 33 59 26 14 37", the second
        # half found alone), nor a cell further back ("UQAM, Montréal | - | (514) ...").
        if "|" in text[start:end]:
            cells = text[start:end].split("|")
            index = len(cells) - 1 if regex.search(r"\p{L}", cells[-1]) else len(cells) - 2
            if not regex.search(r"\p{L}", cells[index]):
                continue
            start += sum(len(c) + 1 for c in cells[:index])
            end = start + len(cells[index])
        # the parts, from the contact back, while each may be a home's
        # (a landmark between them in small letters: "calle Real 7, junto a la iglesia, Los
        # Llanos de Aridane", "camino de la Dehesa, casa amarilla, Breña Alta")
        # (a dash between the name and the home: "PÉREZ Rafael A. - Qta. Los Mangos, ...")
        between = regex.sub(r"(?<=[ \t])[-–](?=[ \t])", ",", text[start:end])
        parts = [m for m in regex.finditer(r"[^,:;]+", between)]
        kept: list[regex.Match[str]] = []
        pending: list[regex.Match[str]] = []
        for part in reversed(parts):
            value = part.group().strip()
            if any(w.casefold().strip(".") in OFFICE_WORDS for w in value.split()):
                break
            if (
                value
                and not regex.fullmatch(r"\p{Lu}\.?", value)  # the name's initial
                and _HOME_PART.match(value)
                and _address_words(value)
                and (not DATE_PATTERN.search(value) or _NAMED_AFTER_A_DATE.match(value))
                and (len(_SMALL_WORD.findall(value)) <= 1 or _FLOOR.match(value))
            ):
                kept += [*pending, part]
                pending = []
            elif kept and _LANDMARK.fullmatch(value) and len(value.split()) <= 4:
                pending.append(part)
            else:
                break
        if not kept:
            continue
        first = kept[-1]
        home_start = start + first.start() + len(first.group()) - len(first.group().lstrip())
        # (not a paper's label after a dash: "1706 Grove Ave., Providence, R.I. - ASN")
        home = regex.sub(r"[ \t]+[-–—][ \t]+\p{Lu}{2,6}\.?$", "", text[home_start:end].strip())
        home = home.rstrip(" \t\"”»'")  # a spreadsheet's quoted cell
        if not (len(kept) >= 2 or regex.search(r"\d", home)) or len(home) > 90:
            continue
        found.append(Found(home_start, home_start + len(home), ADDRESS, 0.4, "home-before-contact"))
    return found


# An address book's row with no heading: the person, the home, then a bare number or an
# exchange and its number ("Brodie, Kenneth | c/o Mrs J. Brodie, ... Crail, Fife | Crail
# 243", "Aitor eta Nerea | Zabalbide 64, 2. ezk., Bilbo | 433 18 72"). The cell after the
# home is its telephone when it is nothing else: digits in groups (not a date, not four
# digits first like a card's or a kennitala's "8265-0943"), or a place and its number.
_PHONE_CELL = regex.compile(
    r"(?P<number>(?:\(\d{1,3}\)[ \t]?)?\d{1,3}(?:[ \t]?-[ \t]?|[ \t])\d{1,4}(?:[- \t]\d{2,4}){0,3}"
    r"(?:-[A-Z])?"
    r"|\p{Lu}\p{Ll}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’-]+)?[ \t]+\d{2,6}"
    # France's village exchanges: "le 8 à Cormeray", "12 à Plomeur"
    r"|(?:le[ \t]+)?\d{1,4}[ \t]+à[ \t]+\p{Lu}[\p{L}'’-]+)"
    r"[ \t]*(?:\([^()\n|]*\))?[ \t]*"  # a remark: "2-1835 (característica 021)"
)
# a cell's word and number that are no telephone: "Grave 12", "Plot 4", "March 1931"
_NOT_AN_EXCHANGE = word_set(
    "box flat apt room plot lair grave row section block ward bed page folio lot pew seat "
    "stall cell bay berth locker class form standard age vol book file case ref no "
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)


def _a_homes_cell(text: str, homes: Sequence[Found], start: int, end: int) -> bool:
    """Whether a register's cell is at least half covered by homes found."""
    filled = len(text[start:end].strip())
    covered = sum(
        min(h.end, end) - max(h.start, start) for h in homes if h.start < end and h.end > start
    )
    return bool(filled) and covered * 2 >= filled


def phones_after_homes(text: str, spans: Sequence[Found]) -> list[Found]:
    homes = [s for s in spans if s.kind == ADDRESS]
    people = [s for s in spans if s.kind == PERSON]
    found = []
    for line_start, line_end in line_spans(text):
        if text.count("|", line_start, line_end) < 2:
            continue
        cells = row_cells(text[line_start:line_end], line_start)
        for (home_start, home_end), (start, end) in itertools.pairwise(cells[1:]):
            named = any(line_start <= p.start < home_start for p in people)
            if not named or not _a_homes_cell(text, homes, home_start, home_end):
                continue
            cell = _PHONE_CELL.fullmatch(text, start, end)
            if not cell:
                continue
            number = cell["number"]
            word = number.split()[0].strip(".").casefold()
            if word in _NOT_AN_EXCHANGE or DATE_PATTERN.fullmatch(number):
                continue
            digits = regex.findall(r"\d+", number)
            if (
                number[0].isdigit()
                and "à" not in number
                and (
                    not 5 <= sum(map(len, digits)) <= 10
                    or (len(digits) == 3 and int(digits[0]) <= 31 and int(digits[1]) <= 12)
                )
            ):
                continue  # a count, or a date: "4-9-64"
            found.append(
                Found(cell.start("number"), cell.end("number"), PHONE, 0.45, "phone-after-home")
            )
    return found


# An address book's entry, surname first, then the given names, on a row whose next cell
# is a home: "Giménez, Chela (modista) | Lavalleja 455, Villa Crespo | 771-2244", "Aitken,
# Dr & Mrs Ronald | ... | ...". The surname alone is a name only because of where it stands.
_SURNAME_FIRST_CELL = regex.compile(
    r"[ \t]*(?P<surname>\p{Lu}[\p{L}’-]+(?:[ \t]\p{Lu}[\p{L}’-]+)?),[ \t]+"
    r"(?P<given>(?:(?:\p{Lu}[\p{L}’-]*\.?|&|and|y|et|eta|og|e)[ \t]*)+?)"
    r"[ \t]*(?:\([^()|\n]*\))?[ \t]*"
)
_GIVEN_WORD = regex.compile(r"\p{Lu}\p{Ll}[\p{L}’-]*")


def people_before_homes(text: str, spans: Sequence[Found]) -> list[Found]:
    homes = [s for s in spans if s.kind == ADDRESS]
    found = []
    for line_start, line_end in line_spans(text):
        cells = row_cells(text[line_start:line_end], line_start)
        if len(cells) < 3:
            continue
        entry = _SURNAME_FIRST_CELL.fullmatch(text, *cells[0])
        if not entry or not _a_homes_cell(text, homes, *cells[1]):
            continue
        given = [
            w
            for w in _GIVEN_WORD.finditer(text, *entry.span("given"))
            if w.group().casefold().strip(".") not in _TITLE_WORDS
        ]
        words = [entry["surname"], *(w.group() for w in given)]
        if (
            not given
            # (a given name by the dictionary, or one a finder found: "Chela", "Txomin")
            or not (
                is_given_name(given[0].group())
                or any(p.start <= given[0].start() < p.end for p in spans if p.kind == PERSON)
            )
            or any(institution_word(w) or w.casefold() in OFFICE_WORDS for w in words)
        ):
            continue
        surname = entry.span("surname")
        found.append(Found(surname[0], surname[1], PERSON, SPREAD_SCORE, "address-book-name"))
        found += [
            Found(w.start(), w.end(), PERSON, SPREAD_SCORE, "address-book-name") for w in given
        ]
    return found


# A crofting township's house by its number after a person: "Murdo Macleod ("Murchadh
# Iain Bhàin"), 14 Habost.", "Annie Campbell, 9 Skigersta, herring gutter", "Mrs Morrison,
# 7 Lionel." (not a date, "Mary Gunn, 3 March", nor a count, "James Hay, 2 Sons")
_NUMBERED_HOUSE_AFTER_NAME = regex.compile(
    r"\G(?:[ \t]*\([^()\n]{1,40}\))?,[ \t]*"
    r"(?P<home>\d{1,3}[a-z]?[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)(?=[ \t]*[.,;:])"
)
# ... and a house by its number and street's name alone, "of" it, with its quarter: "Mr
# Robert Sillars, spirit merchant, of 14 Westercraigs, Dennistoun, who collects"
_NUMBERED_HOUSE_OF = regex.compile(
    r"\G,[ \t]*(?:\p{Ll}[\p{Ll} \t]{2,30},[ \t]*)?of[ \t]+"
    r"(?P<home>\d{1,3}[a-z]?[ \t]+\p{Lu}\p{Ll}+(?:,[ \t]+\p{Lu}\p{Ll}+)?)(?=[ \t]*[.,;:])"
)
_NOT_A_TOWNSHIP = word_set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
    "friday saturday sunday sons daughters children years days weeks months miles acres "
    "guineas shillings pounds copies cows sheep head vols vol pages"
)


# ... or before them, as a nurse's or a collector's day book starts its line with the time
# and the house: "9.15   21 Habost — Mrs Morrison", "10.0   4 Port of Ness — Confinement,
# Mrs Kirsty Mackay"
_NUMBERED_HOUSE_STARTS_LINE = regex.compile(
    r"(?m)^[ \t]*\d{1,2}[.:]\d{1,2}[ \t]+"
    r"(?P<home>\d{1,3}[a-z]?[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+(?:of[ \t]+)?\p{Lu}\p{Ll}+)?)"
    r"[ \t]+[—–][ \t]+"
)


def numbered_houses_after_names(text: str, spans: Sequence[Found]) -> list[Found]:
    homes = [
        (match.start("home"), match.end("home"))
        for span in spans
        for pattern in (_NUMBERED_HOUSE_AFTER_NAME, _NUMBERED_HOUSE_OF)
        if span.kind == PERSON and (match := pattern.match(text, span.end))
    ]
    people = [s.start for s in spans if s.kind == PERSON]
    for match in _NUMBERED_HOUSE_STARTS_LINE.finditer(text):
        if any(match.end() <= start <= match.end() + 30 for start in people):
            homes.append((match.start("home"), match.end("home")))
    values = {
        text[start:end]
        for start, end in homes
        if not any(w.strip(",").casefold() in _NOT_A_TOWNSHIP for w in text[start:end].split()[1:])
    }
    # the same house written again: "9.0   21 Habost — dressing as before"
    return [
        Found(m.start(), m.end(), ADDRESS, 0.4, "numbered-house")
        for value in values
        for m in regex.finditer(rf"(?<![\w]){regex.escape(value)}(?![\w])", text)
    ]


def houses_after_names(text: str, spans: Sequence[Found]) -> list[Found]:
    people = [(s.start, s.end) for s in spans if s.kind == PERSON and not model_only(s.detector)]
    chains = []
    for span in spans:
        match = _PLACE_CHAIN_AFTER_NAME.match(text, span.end) if span.kind == PERSON else None
        if (
            not match
            and span.kind == PERSON
            and _CARE_OF.search(text, max(0, span.start - 20), span.start)
        ):
            # "care of Mrs Elizabeth Hosking, Taylor Street, Moonta Mines, South Australia,
            # the two pound ten": an address after "care of" and a name may go on
            match = _PLACE_CHAIN_AFTER_NAME_CARED_FOR.match(text, span.end)
        if match and _place_chain(match["place"], match["after"]):
            end = match.end("place")
            if _ENDS_SENTENCE.search(match["place"]):  # "..., Iceland." ends a sentence
                end -= 1
            chains.append(Found(match.start("place"), end, ADDRESS, 0.4, "house-of"))
    found = _places_after_names(
        text,
        spans,
        _HOUSE_AND_VILLAGE_AFTER_NAME,
        0.4,
        "house-of",
        # a list of people ("Ann Lee, Tom Hird, Mary") is no house
        lambda place: (
            _address_words(place.replace(",", " "))
            and not any(is_given_name(w) for w in place.split(",")[0].split())
        ),
    )
    found = [
        f
        for f in found
        if not any(
            a < f.start + text[f.start : f.end].index(",") and f.start < b for a, b in people
        )
    ]
    return (
        found
        + chains
        + _places_after_names(text, spans, _TOWNLAND_AFTER_NAME, 0.4, "house-of", _townland)
        + _places_after_names(
            text,
            spans,
            _HOUSE_AFTER_NAME,
            0.4,
            "house-of",
            # A town with its country ("of Dunedin, New Zealand") is one word before its comma;
            # a house and its street ("at Hillside, Station Road") may be.
            lambda place: (
                (
                    place.startswith("The ")
                    or (" " in place.split(",")[0] and "," in place)
                    or ("," in place and _STREET_AT_END.search(place))
                    or _FARM_SHAPE.match(place)
                    # a house no word list knows, with its village: "at Maesydre, Llanfair
                    # Caereinion" (not "at Leeds, Yorkshire", nor "Stenness, June")
                    or (
                        "," in place
                        and _townland(place)
                        and not common_word(place.split(",")[1].split()[0].casefold(), "en", 10**7)
                    )
                )
                and _address_words(
                    _ARTICLE.sub("", place.split(",")[0] if _STREET_AT_END.search(place) else place)
                    .replace(",", " ")
                    .replace("Hall", "")
                )
            ),
        )
    )


# In a lower-case tape, a home after a person and "at": "she lodged with mrs jenkins at
# brynhyfryd", "my uncle emrys at penlan uchaf".
_LOWER_HOME_AFTER_NAME = regex.compile(
    r"\G[ \t]+(?:at|à|en|á|í)[ \t]+(?P<place>\p{Ll}[\p{Ll}\-]{2,}(?:[ \t]+\p{Ll}[\p{Ll}\-]{2,})?)"
    r"(?![\p{L}'’])"
)


def lower_case_homes_after_names(text: str, spans: Sequence[Found], language: str) -> list[Found]:
    """A home said after a person in a lower-case tape: its words are no stop word and
    its last no word of the language (as a town said after a street is judged)."""
    if language != "en" or not lower_case_text(text):
        return []
    stop = stop_words(language)
    found = []
    for span in spans:
        if span.kind != PERSON:
            continue
        match = _LOWER_HOME_AFTER_NAME.match(text, span.end)
        if not match:
            continue
        words = match["place"].split()
        if len(words) == 2 and (words[1] in stop or not _said_town(words[1], language)):
            words = words[:1]  # "at brynhyfryd on the top road": the home is one word
        if words[0] in stop or not _said_town(words[-1], language):
            continue
        end = match.start("place") + len(" ".join(words))
        found.append(Found(match.start("place"), end, ADDRESS, 0.4, "said-address"))
    return found


def french_hamlets(text: str, spans: Sequence[Found], language: str) -> list[Found]:
    if language != "fr":
        return []
    return _places_after_names(text, spans, _HAMLET_AFTER_NAME, 0.4, "hamlet")


# A flat by its floor, a basement: "2nd floor flat, 19 Jamaica Road", "kjallari,
# Hverfisgötu 83" (also right after a label: "Premises allotted: 2nd floor flat, ...")
_FLOOR_OR_BASEMENT = (
    r"(?i:(?:\d{1,2}(?:st|nd|rd|th)|ground|top|first|second|third|basement|attic)[ \t]+"
    r"(?:floor[ \t]+)?(?:flat|floor)|kjallari|kjallara)"
)
_SEGMENT = (
    # a flat's, a floor's or a box's number too: "app. 3", "íbúð 201", "boîte 7", "2e étage"
    rf"(?:(?i:{_FLAT_WORDS})[ \t]+\d{{1,4}}[a-zA-Z]?|{_FLOOR_OR_BASEMENT}"
    # a housing estate before its street: "cité du Nouveau-Roubaix, rue Jean-Macé, n° 23"
    r"|(?i:cité)[ \t]+(?:(?:du|des|de[ \t]+la|de)[ \t]+)?\p{Lu}[\p{L}'’\-]*"
    rf"|\d{{1,2}}(?:e|er|º|\.º|\.)?[ \t]+(?i:{_FLAT_WORDS})"
    # a postcode of letters and digits: "C1424CEH" (Argentina), "J0J 1W0" (Canada)
    r"|\p{Lu}[\p{L}'’\-]*|\d{1,4}[a-zA-Z]?|[A-Z]{1,2}\d[A-Z\d]{2,6}(?![\p{L}\d])"
    rf"|{_CANADIAN_POSTCODE}(?![\p{{L}}\d]))"
    # a town's particles, between its words: "Frankfurt am Main", "Bergen op Zoom"
    r"(?:[ \t]+(?:(?:de|la|del|du|des|upon|on|am|der|op|aan|sur)[ \t]+)*"
    # and Basque's word after the name: "Urdaneta auzoa", "Etxeberri baserria"
    r"(?:\p{Lu}[\p{L}'’\-]*|\d{1,4}|(?:auzoa|baserria|etxea|etxaldea|kalea|bidea|auzunea)(?![\p{L}])))*"
)
_HEAD_BEFORE = regex.compile(rf"(?P<segment>[\"“]?{_SEGMENT}[\"”]?)(?:[ \t]*,[ \t]*|[ \t]+)$")
# Before a postcode and its town, a part of the line may start in lower case: "chalet Les
# Gentianes, route des Monnaires 12, 1660 Château-d'Œx", "Masía de Valdeleón, partida de
# la Vega, 44570 Calanda". It has a capital or a digit and at most six words.
_POSTAL_PART_BEFORE = regex.compile(
    r"(?<![^ \t,:;(–—\-])(?P<segment>[^\s,;:()«»\"][^,;:()\n«»\"]{1,45}?)[ \t]*,[ \t]*$"
)


# A mining town's numbered estate, whose number the street's house number seems to be:
# "12, cité n° 4, rue de Varsovie", "cité du 9, rue Chopin"
_ESTATE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:\d{1,4},[ \t]+)?cité[ \t]+(?:n[°º][ \t]*|du[ \t]+)$"
)


_ELIDED_PRONOUN = regex.compile(r"(?i)(?:s|c|j|n|m|t|qu)['’]")


def address_heads(text: str, spans: Sequence[Found]) -> list[Found]:
    """What stands before an address on its line, joined by commas: the house name and
    street before a town and postcode ("Greystones, Back Lane, Hinderwell TS13 5HN"), up
    to a person's name or a word that is no part of an address."""
    # A model's guess may be a place ("Beck Hole"): only names found otherwise stop it.
    stops = [(s.start, s.end) for s in spans if s.kind == PERSON and not model_only(s.detector)]
    # ... nor does a number found as another kind: "S.I.N. 211 402 559, General Delivery"
    stops += [(s.start, s.end) for s in spans if s.kind in (ID_NUMBER, PHONE, IBAN, EMAIL)]
    # An address found just before, joined by a comma: "avenue de la Toison d'Or 52, boîte 7"
    ends: dict[int, int] = {}
    for other in spans:
        if other.kind == ADDRESS:
            ends[other.end] = min(other.start, ends.get(other.end, other.start))
    found = []
    for span in spans:
        if span.kind != ADDRESS:
            continue
        start = span.start
        line_start = text.rfind("\n", 0, start) + 1
        estate = _ESTATE_BEFORE.search(text, line_start, start)
        if estate:
            start = estate.start()
        for _ in range(4):
            joined = regex.search(r"[ \t]*,[ \t]*$", text[line_start:start])
            if joined and line_start + joined.start() in ends:
                start = ends[line_start + joined.start()]
                continue
            match = _HEAD_BEFORE.search(text[line_start:start])
            if not match and "postcode" in span.detector:
                loose = _POSTAL_PART_BEFORE.search(text[line_start:start])
                if (
                    loose
                    and len(loose["segment"].split()) <= 6
                    and regex.search(r"[\p{Lu}\d]", loose["segment"])
                ):
                    match = loose
            if not match:
                break
            at = line_start + match.start("segment")
            words = match.group("segment").split()
            if (
                regex.fullmatch(_ARTICLES, match.group("segment"))
                and text[at:start].endswith(" ")
                and not regex.search(r"[.!?][ \t]*$", text[line_start:at])
            ):
                start = at  # "Le" before "Mas-Barbu"; not a sentence's "La ferme du ..."
                continue
            if (
                any(a < start and at < b for a, b in stops)
                or not _address_words(_ARTICLE.sub("", match.group("segment")))
                or (
                    text[max(0, at - 2) : at].strip().endswith(":")
                    and not regex.fullmatch(_FLOOR_OR_BASEMENT, match.group("segment"))
                )
                or (at == line_start and len(words) == 1 and not words[0][0].isdigit())
                # a French verb's pronoun, elided: "S'adresser 12, rue Nationale"
                or _ELIDED_PRONOUN.match(words[0])
            ):
                break
            start = at
        if start < span.start:
            found.append(Found(start, span.end, ADDRESS, min(span.score, 0.45), "address-head"))
    return found


def line_spans(text: str) -> list[tuple[int, int]]:
    """Where each line of ``text`` starts and ends (without its newline)."""
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, at + len(line)))
        at += len(line) + 1
    return lines


def address_blocks(text: str, spans: Sequence[Found], *, upward: bool = True) -> list[Found]:
    """The other lines of a letter's address block: short lines of capitalised words
    just above or below a line with an address found in it ("Low Mill Cottage" / "Beck
    Lane" / "Rosedale Abbey"), up to a blank line, a name, a date or a greeting; and the
    rest of an address's own line when only town words follow it ("27400 Monforte" of
    "27400 Monforte de Lemos (Lugo)"). Not ``upward`` from a line found under a name,
    which is above it."""
    # A model's guess may be a place ("Castleford"), and a given name may be part of a
    # town ("Kirkby Stephen"): only a line that is mostly a name found otherwise stops.
    people = [(s.start, s.end) for s in spans if s.kind == PERSON and not model_only(s.detector)]
    lines = line_spans(text)

    def name_line(a: int, b: int) -> bool:
        letters = sum(c.isalpha() for c in text[a:b])
        named = sum(
            c.isalpha() for p, q in people if p < b and a < q for c in text[max(a, p) : min(b, q)]
        )
        return bool(letters) and named >= 0.6 * letters

    found = []
    for span in spans:
        if span.kind != ADDRESS:
            continue
        first = next((i for i, (a, b) in enumerate(lines) if a <= span.start <= b), None)
        last = next((i for i, (a, b) in enumerate(lines) if a <= span.end <= b), None)
        if first is None or last is None:
            continue
        tail = _TOWN_WORDS_TO_LINE_END.match(text, span.end, lines[last][1])
        if tail and tail.end() > span.end and text[span.end : tail.end()].strip(" \t.,"):
            end = tail.end() - (len(tail.group()) - len(tail.group().rstrip(" \t.,")))
            found.append(Found(span.start, end, ADDRESS, min(span.score, 0.45), "address-block"))
        for step in (-1, 1) if upward else (1,):
            index = first if step < 0 else last  # an address found over two lines
            if lines[index][1] - lines[index][0] > 60:
                continue  # an address in running text, not in a block
            i = index + step
            while 0 <= i < len(lines) and abs(i - index) <= 3:
                a, b = lines[i]
                line = text[a:b]
                fits = _block_line(line) or (_town_line(line) if step == 1 else _house_line(line))
                if fits and step == 1 and line.rstrip().endswith(",") and " " not in line.strip():
                    # "Castleford," goes on to the next line of the block; "Cordialement,"
                    # and "Kveðja," to a signature.
                    following = text[b + 1 : lines[i + 1][1]] if i + 1 < len(lines) else ""
                    fits = _town_line(following) or _block_line(following)
                if not fits or (name_line(a, b) and not _COUNTRY_AT_END.fullmatch(line.strip())):
                    break
                found.append(
                    Found(a + len(line) - len(line.lstrip()), b, ADDRESS, 0.4, "address-block")
                )
                i += step
    return found


# A line of a postal block under a name, as an envelope has it: "Pen-y-graig Farm", "near
# Ystradgynlais", "par Ladinhac", "Box 14, Gimli P.O.", "Cadavedo, Valdés (Asturias)".
# and "Hóli í Hörðudal" / "pr. Búðardal", "parroquia de Santa Eulalia de Bóveda", "La Riera
# — Colunga", "Saint-Arsène, comté de Témiscouata", "(Finistère)".
# Scotland's "by Alyth", a mail route's "Iceland, via Leith".
_POSTAL_JOINS = (
    r"near|nr\.?|par|à|au|aux|village|de|du|des|la|le|commune|en|por|c/o|care|of|bei|hjá|á|"
    r"í|við|pr\.|per|parroquia|parish|paroisse|comté|county|canton|lugar|by|via"
)
_POSTAL_LINE = regex.compile(
    rf"^(?:(?:{_POSTAL_JOINS})[ \t]+)*"
    r"(?:[\p{Lu}\d][\p{L}\d'’.\-]*)(?:(?:,?[ \t]+|[ \t]+[—–][ \t]+)"
    rf"(?:[\p{{Lu}}\d(][\p{{L}}\d'’.()\-]*|del|las|los|am|upon|on|y|{_POSTAL_JOINS}"
    r"|etxea|etxaldea|baserria|auzoa))*[.,]?$"  # "Iriartea etxea"
    r"|^\([\p{L} .\-]+\)$"
)
# A country on an envelope's last line, though a model or the initials take it for a
# person ("P. Q. Canada").
_COUNTRY_AT_END = regex.compile(
    r"(?i:canada|ireland|ísland|iceland|españa|spain|france|usa|u\.s\.a\.|argentina|"
    r"méxico|mexico|cuba|uruguay|chile|australia|new zealand|scotland|wales|england)\.?$"
)


_NAME_LINE = regex.compile(
    r"^(?:\p{Lu}[\p{Ll}'’\-]+|\p{Lu}\.)(?:[ \t]+(?:\p{Lu}[\p{Ll}'’\-]+|\p{Lu}\.)){1,4}$"
)
_CONTACT_LINE = regex.compile(rf"(?i)(?:{_CONTACT_LABELS})\b")


_TITLES_AND_JOINS = _TITLE_WORDS | {"et", "and", "y"}


def postal_blocks(text: str, spans: Sequence[Found]) -> list[Found]:
    """The lines under a name line on an envelope or at a letter's foot, when two to six
    short lines of place words follow it and a blank line, a bracketed note or the text's
    end closes them: "Mr & Mrs Evan Morgan" / "Pen-y-graig Farm" / "Cwmgiedd" / "near
    Ystradgynlais" / "Breconshire". A line that is a name, a label, a date or an
    institution's breaks the block, and nothing is proposed."""
    people = [(s.start, s.end) for s in spans if s.kind == PERSON]
    # A model may take a place for a person ("Ladinhac\nCantal"): only names found
    # otherwise break a block.
    sure = [(s.start, s.end) for s in spans if s.kind == PERSON and not model_only(s.detector)]
    lines = line_spans(text)

    def letters(a: int, b: int) -> int:
        return sum(c.isalpha() for c in text[a:b])

    def named(a: int, b: int, names: list[tuple[int, int]] = people) -> int:
        return sum(letters(max(a, p), min(b, q)) for p, q in names if p < b and a < q)

    def titles(a: int, b: int) -> int:  # "Monsieur et Madame Pierre Vidalenc"
        words = regex.findall(r"\p{L}+", text[a:b])
        return sum(len(w) for w in words if w.lower() in _TITLES_AND_JOINS)

    found = []
    for index, (a, b) in enumerate(lines):
        if not letters(a, b) or b - a > 60:
            continue
        # A line mostly a found name, or a name's shape with a found name in it
        # ("Thorsteinn Jonasson", of which only the patronymic was found).
        if named(a, b) + titles(a, b) < 0.6 * letters(a, b) and not (
            named(a, b) and _NAME_LINE.match(text[a:b].strip())
        ):
            continue
        block: list[tuple[int, int]] = []
        i = index + 1
        while i < len(lines) and len(block) <= 6:
            c, d = lines[i]
            value = text[c:d].strip()
            if not value or value.startswith("[") or _CONTACT_LINE.match(value):
                break
            # A label's line ("Postmarks: ...", "Frá: ...") or a letter's dateline after
            # the block closes it.
            if len(block) >= 2 and (":" in value or DATE_PATTERN.search(value)):
                break
            if (
                len(value) > 45
                or not _POSTAL_LINE.match(value)
                or ":" in value
                or (
                    named(c, d, sure) >= 0.5 * max(letters(c, d), 1)
                    and not _COUNTRY_AT_END.search(value)
                )
                or DATE_PATTERN.search(value)
                or not _address_words(_ARTICLE.sub("", value).replace(",", " "))
            ):
                block = []
                break
            block.append((c + len(text[c:d]) - len(text[c:d].lstrip()), d))
            i += 1
        if 2 <= len(block) <= 6:
            found += [Found(c, d, ADDRESS, 0.4, "postal-block") for c, d in block]
    return found


# The rest of a postcode's line when it is only the town's words: "de Lemos (Lugo)",
# "Ciudad de México", "-la-Canéda".
_TOWN_WORDS_TO_LINE_END = regex.compile(
    r"(?:[ \t]*(?:\p{Lu}[\p{L}'’\-]*|-?(?:de|del|la|las|los|le|les|sur|en|upon|on)\b-?|"
    r"\([\p{L} .\-]+\)|,))+[ \t.]*$",
    regex.M,
)
# What may open a block's line before its place: an article, "near", an Irish county.
_BLOCK_LEADS = rf"(?:{_ARTICLES}|Nr\.|Near|nr\.|near|County|Co\.)"
_BLOCK_WORDS = regex.compile(
    rf"^(?:{_BLOCK_LEADS}[ \t]+)?(?:{_SEGMENT})"
    rf"(?:[ \t]*,[ \t]*{_SEGMENT})*[ \t]*(?:\([\p{{L}} .\-]+\))?[.,]?$"
)


# An article or "near" before a block line's words: "Les Granges", "Nr. Hebden Bridge".
_BLOCK_LEAD = regex.compile(rf"{_BLOCK_LEADS}[ \t]+")
# A block's flat, floor or building line: "appartement 3, 2e étage", "Flat 2", "Piso 3º".
_UNIT_LINE = regex.compile(
    r"(?i)^(?:appartement|appt|apt|bâtiment|bât|escalier|flat|apartment|piso|planta|íbúð|"
    r"etxebizitza)\.?[ \t]+\w{1,4}(?:,[ \t]*[\w .º]{1,20})?$"
)


# A postcode alone on its line: Canadian "J0J 1W0", British "YO21 3EJ".
_POSTCODE_LINE = regex.compile(rf"{_CANADIAN_POSTCODE}|[A-Z]{{1,2}}\d[A-Z\d]?[ \t]\d[A-Z]{{2}}")


_BODY_WORD_OF_STREET = regex.compile(
    r"\p{Lu}\p{Ll}+(?=[ \t]+(?:Hill|Street|Road|Lane|Row|Terrace|Walk|Close|Place|Square|Green|"
    r"Bank|View|Yard|Gardens|Avenue|Drive|Way|Court|Fold|Brow|Gate)(?![\p{L}]))"
)


def _block_line(line: str) -> bool:
    value = line.strip()
    if _UNIT_LINE.match(value) or _POSTCODE_LINE.fullmatch(value):
        return True
    if not value or len(value) > 50 or ":" in value or value.isupper():
        return False
    article = _BLOCK_LEAD.match(value)
    words = value[article.end() if article else 0 :].replace(",", " ")
    # "Chapel Hill", "Church Street": a body's word before a street's names a street
    words = _BODY_WORD_OF_STREET.sub(" ", words)
    if not _BLOCK_WORDS.match(value) or not _address_words(words):
        return False
    if len(value.split()) < 2 and not regex.search(r"\d", value):
        return False  # "Cordialement,", "Kveðja,"; a town alone is left
    return not DATE_PATTERN.search(value)


def _town_line(line: str) -> bool:
    """A town or a country alone on the line under an address ("Zestoa", "Canada",
    "USA"): one capitalised word that is no given name (a signature) and no greeting."""
    value = line.strip()
    if not regex.fullmatch(r"\p{Lu}[\p{L}\-]*[.,]?|\p{Lu}\.?(?:\p{Lu}\.?){1,3}", value):
        return False
    word = value.rstrip(".,")
    if _COUNTRY_AT_END.fullmatch(value):
        return True  # "Argentina", though a given name too
    return not (
        is_given_name(word) or capitalised_function_word(word) or institution_word(word)
    ) and (not word.isupper() or len(word.replace(".", "")) <= 4)  # "USA", "U.S.A."


def _house_line(line: str) -> bool:
    """A house or farm's name alone on the line above an address ("Efri-Brekka",
    "Greystones"): one capitalised word, no given name, no greeting or sign-off (which end
    with a comma), no institution."""
    value = line.strip()
    return _town_line(value) and not value.endswith(",")


def _address_words(value: str) -> bool:
    """No function word ("The", "Dear") and no institution's word ("Society"); an article
    that starts a place's name is no function word ("La Florida", "Los Palos Grandes")."""
    words = value.split()
    for i, word in enumerate(words):
        if institution_word(word):
            return False
        a_places_article = (
            _PLACE_ARTICLE.fullmatch(word) and i + 1 < len(words) and words[i + 1][:1].isupper()
        )
        if capitalised_function_word(word) and not a_places_article:
            return False
    return True


_PLACE_ARTICLE = regex.compile(r"La|Las|Los|El|Le|Les")


_MODEL_DETECTORS = frozenset({"ner", "en-ner", "ner-guess", "en-ner-guess"})


def model_only(detector: str) -> bool:
    """Whether only a language model found it ("ner", "en-ner+ner-guess")."""
    return set(detector.split("+")) <= _MODEL_DETECTORS
