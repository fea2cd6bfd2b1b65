"""Finding personal data in a text: Presidio with Quire's recognisers, fully offline.

One Presidio ``AnalyzerEngine`` is built per language the first time that language is
asked for, and kept: loading a spaCy model takes seconds, analysing a page milliseconds.

Offline: Presidio's e-mail recogniser asks ``tldextract`` for the public-suffix list,
which downloads it unless told not to; ``make_offline()`` gives it an extractor that only
reads the snapshot shipped inside tldextract. spaCy models are loaded by package name
from the environment, never through Presidio's downloader.
"""

from __future__ import annotations

import bisect
import logging
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

import regex

from ..errors import MissingDependency
from . import icelandic
from . import recognizers as rec
from .fields import COLUMN_SPACE, find_fields, heading_rows
from .languages import NER_MODELS, Language, resolve
from .ocr_confusions import undo_ocr_confusions
from .recognizers import word_set
from .spread import (
    address_blocks,
    address_heads,
    address_tails,
    chat_senders,
    french_hamlets,
    homes_before_contacts,
    houses_after_names,
    icelandic_farms,
    line_spans,
    listed_names,
    lower_case_homes_after_names,
    lower_case_lists,
    model_only,
    nicknames,
    numbered_houses_after_names,
    numbers_after_listed_names,
    numbers_in_brackets_after_names,
    numbers_listed_after,
    people_before_homes,
    phones_after_homes,
    postal_blocks,
    repeated_names,
    repeated_numbers,
    repeated_places,
    said_house_numbers,
    signature,
    speaker_labels,
    surnames_before,
    surnames_before_bracketed_names,
)

log = logging.getLogger(__name__)

MIN_SCORE = 0.35  # lower scores are not reported at all

_HONORIFIC_WORDS = word_set(
    "mr mrs ms miss mx dr prof rev revd sir dame lady lord mister monsieur madame mademoiselle "
    "mme mlle m me herr frau señor señora sr sra don doña jaun andre herra frú séra meneer "
    "mevrouw dhr mevr signor signora dear cher chère kæra kæri querido querida lieber liebe "
    "beste annwyl elsku estimado estimada gentile gentilissima gentilissimo egregio sehr "
    "geehrte geehrter dott sig hallo lieve cllr councillor alderman canon skipper"
)
# Kinship words people use as a name's title ("Tonton Fernand", "amma Dóra"): never part
# of the name, never a name alone.
_KINSHIP_WORDS = word_set(
    "mother father mum mam mom dad grandad grandpa grandma granny gran nan nanna aunt auntie "
    "uncle cousin tonton tata tante oncle mémé pépé papy mamie maman papa ton ta "
    "amma afi mamma pabbi frænka frændi izeba osaba amona aitona amama aitite ama aita "
    "amatxo aitatxo "
    "tía tío tia tio abuela abuelo abuelita abuelito prima primo"
)
# A saint's name is a church, a feast or a place here, not a person.
_REGNAL = regex.compile(r"[ \t](?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)$")
# Icelandic place names end in these (fjord, spit, bay, harbour, falls, farmstead, ness,
# valley, parish, garden, wood): the English model takes them for people.
_ICELANDIC_PLACE_ENDINGS = tuple(
    word_set(
        "fjörður fjörð firði fjarðar fjörðum eyri eyrar eyrum vík víkur höfn hafnar foss "
        "fossi fossa staðir stöðum staða nes nesi ness dalur dal dals dali dölum sókn sóknar "
        "garður garðurinn garði skógur skóg skógi jökull jökli"
    )
)

# Basque local cases (of, from, to, in), and the article's genitive ("Taldearen").
_BASQUE_PLACE_CASES = ("ko", "go", "tik", "ra", "etan", "ean", "aren")

_BIRTH_WORDS = word_set("né née born nacido nacida fæddur fædd jaioa")
# Unions used for every name found, made once.
_TITLES = _HONORIFIC_WORDS | _KINSHIP_WORDS
_TITLES_AND_BIRTH = _HONORIFIC_WORDS | _BIRTH_WORDS
_NOT_NAMES_ALONE = rec.OFFICE_WORDS | _TITLES
_ARTICLE_WORDS = frozenset({"le", "la", "les", "l'", "el", "the", "lo"})
# A letter's sentence may start with a verb before a name: "Tell Biddy that...".
_IMPERATIVES = frozenset({"tell", "give", "ask", "kiss", "remember", "thank", "wish"})
# The last word of a building the small NER models take for a name.
_PLACE_NOUNS = word_set(
    "hall street road lane church chapel school house farm mill bridge square park hotel "
    "inn museum library abbey castle college university station harbour quay "
    # places and things of the land: "Linton Falls", "Peacham Corner", "Mara Township"
    "falls brook corner township summit creamery show grange methodist "
    # and of forms and money: "Gift Aid", "Direct Debit", "Social Security", "Labour Weekend"
    "aid debit security census weekend meeting project progress"
)


@dataclass(frozen=True)
class Span:
    """One piece of personal data: ``text[start:end]`` is of ``kind``."""

    start: int
    end: int
    kind: str
    score: float
    detector: str

    def as_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "kind": self.kind, "score": self.score}


_offline_lock = threading.Lock()
_offline_done = False


def make_offline() -> None:
    """Stop every library Presidio uses from reaching the network (idempotent)."""
    global _offline_done
    with _offline_lock:
        if _offline_done:
            return
        import tldextract
        from presidio_analyzer.predefined_recognizers.generic import email_recognizer

        extractor = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
        # The module calls tldextract.extract(...): give it one that reads the snapshot.
        email_recognizer.tldextract = SimpleNamespace(extract=extractor)  # type: ignore[assignment,attr-defined]
        _offline_done = True


class _Finder:
    """A Quire recogniser as Presidio sees it."""

    def __init__(self, language: Language) -> None:
        self.language = language

    def find(self, text: str) -> list[rec.Found]:
        code = self.language.code
        phones = [*rec.find_phones(text, code), *rec.find_said_phones(text)]
        said_ids = rec.said_ids(text, phones) + rec.find_said_ids(text)
        accounts = rec.find_accounts(text)
        return [
            # "NHS number: 485 777 3456" is an ID of a telephone number's shape, and so is
            # a number said with its letter after an ID card's word; the groups of an
            # account ("Cuenta: 2080 0123 45 6789012345") are no telephone numbers
            *[
                p
                for p in phones
                if not rec.announced_as_id(text, p.start)
                and not any(i.start <= p.start and p.end <= i.end for i in said_ids)
                and not any(a.start <= p.start and p.end <= a.end for a in accounts)
            ],
            *said_ids,
            *rec.find_ids(text),
            *accounts,
            *rec.find_names(text),
            *rec.find_initialled_names(text),
            *rec.find_listed_people(text),
            *rec.find_bare_initials(text),
            *(rec.find_families_after_article(text, code) if code in ("es", "fr") else []),
            *rec.find_given_names(text, code),
            *rec.find_names_in_capitals(text, code),
            *rec.find_lower_case_names(text, code),
            *rec.find_said_names(text, code),
            *rec.find_mangled_emails(text),
            *rec.said_emails(text, code),
            *rec.find_addresses(text),
            *rec.find_house_names(text),
            *rec.find_said_addresses(text, code),
            *(rec.find_french_streets(text) if code == "fr" else []),
            *(rec.find_quebec_nicknames(text) if code == "fr" else []),
            *(rec.find_spanish_streets(text) if code == "es" else []),
            *(rec.find_spanish_article_names(text) if code == "es" else []),
            *(rec.find_icelandic_numbered_homes(text) if code == "is" else []),
            *rec.find_birth(text),
            *find_fields(text),
        ]


def _build_engine(language: Language, english_fallback: bool = True) -> Any:
    make_offline()
    try:
        import spacy
        from presidio_analyzer import (
            AnalyzerEngine,
            EntityRecognizer,
            RecognizerRegistry,
            RecognizerResult,
        )
        from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
        from presidio_analyzer.predefined_recognizers import (
            EmailRecognizer,
            IpRecognizer,
            SpacyRecognizer,
        )
    except ImportError as error:
        raise MissingDependency(
            f"The personal-data detector is not installed ({error.name} is missing).",
            "Install Quire's Python packages again: bash scripts/bootstrap.sh",
        ) from error

    code = language.code

    class NlpEngine(SpacyNlpEngine):
        """spaCy from installed packages only; a blank tokenizer where no model exists."""

        def load(self) -> None:
            if language.ner_model:
                try:
                    nlp = spacy.load(language.ner_model, exclude=["parser"])
                except OSError as error:
                    raise MissingDependency(
                        f"The language model {language.ner_model} is not installed.",
                        "Install Quire's Python packages again: bash scripts/bootstrap.sh",
                    ) from error
            else:
                nlp = spacy.blank(language.tokenizer)
            self.nlp = {code: nlp}  # type: ignore[assignment]

    nlp_engine = NlpEngine(
        models=[{"lang_code": code, "model_name": language.ner_model or "blank"}],
        ner_model_configuration=NerModelConfiguration(
            # The small models often call a person an organisation (English "Florence Maud
            # Bainbridge" is ORG) or "miscellaneous" (French "Étienne"): those are kept as
            # guesses, and become names if they look like one (see _looks_like_a_name).
            model_to_presidio_entity_mapping={
                "PER": "PERSON",
                "PERSON": "PERSON",
                "ORG": NAME_GUESS,
                "MISC": NAME_GUESS,
            },
            labels_to_ignore=_OTHER_LABELS,
            default_score=0.6,
        ),
    )
    nlp_engine.load()
    # Quire's own recognisers run beside Presidio, not inside it (see detect): Presidio
    # drops a result lying inside a higher-scored one of the same kind, and a model's
    # guess that detect() then discards ("Ásta í Holti") would take a given name with it.
    recognizers: list[Any] = [
        EmailRecognizer(supported_language=code),
        IpRecognizer(supported_language=code),
    ]
    if language.ner_model:
        recognizers.append(
            SpacyRecognizer(
                supported_language=code, supported_entities=["PERSON", NAME_GUESS], ner_strength=0.6
            )
        )
    elif english_fallback and not (code == "is" and icelandic.available()):
        # Icelandic has BÍN instead: on the labelled texts the English model added no
        # name BÍN's rules missed, only places and institutions (bench/README.md).
        recognizers.append(_english_fallback(EntityRecognizer, RecognizerResult, code))
    registry = RecognizerRegistry(recognizers=recognizers, supported_languages=[code])
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=[code])


_OTHER_LABELS = sorted(
    word_set(
        "LOC GPE DATE TIME NORP FAC CARDINAL ORDINAL QUANTITY MONEY PERCENT "
        "WORK_OF_ART LAW LANGUAGE EVENT PRODUCT"
    )
)
NAME_GUESS = "NAME_GUESS"
_GUESS_SCORE = {"PERSON": 0.45, NAME_GUESS: 0.4}  # English NER on another language

_english_nlp: Any = None
_english_lock = threading.Lock()


def _english_fallback(base: Any, result_type: Any, code: str) -> Any:
    """English NER's people (and organisations that look like people) in a language with
    no model of its own, with low scores. Measured in bench/pii_bench.py: on texts held
    out from tuning it finds most names in running prose that the patterns miss, at a cost
    in precision that stays within the aim (see bench/README.md)."""

    class EnglishNerFallback(base):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__(
                supported_entities=["PERSON", NAME_GUESS],
                name="en-ner",
                supported_language=code,
            )

        def load(self) -> None:
            global _english_nlp
            import spacy

            with _english_lock:
                if _english_nlp is None:
                    _english_nlp = spacy.load(
                        resolve("en").ner_model or "", exclude=["parser", "lemmatizer"]
                    )

        def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[Any]:
            labels = {"PERSON": "PERSON", "ORG": NAME_GUESS}
            return [
                result_type(
                    labels[ent.label_],
                    ent.start_char,
                    ent.end_char,
                    _GUESS_SCORE[labels[ent.label_]],
                    recognition_metadata={
                        result_type.RECOGNIZER_NAME_KEY: "en-ner",
                        "detector": "en-ner",
                    },
                )
                for ent in _english_nlp(text).ents
                if ent.label_ in labels
            ]

    return EnglishNerFallback()


_engines: dict[tuple[str, bool], Any] = {}
_engines_lock = threading.Lock()


def engine_for(language: str, english_fallback: bool = True) -> tuple[Any, Language]:
    resolved = resolve(language)
    key = (resolved.code, english_fallback)
    with _engines_lock:
        engine = _engines.get(key)
        if engine is None:
            log.info("Loading the personal-data detector for %s", resolved.code)
            engine = _engines[key] = _build_engine(resolved, english_fallback)
    return engine, resolved


_KIND_OF_PRESIDIO = {"EMAIL_ADDRESS": rec.EMAIL, "IP_ADDRESS": rec.IP_ADDRESS}


def detect(text: str, language: str, *, english_fallback: bool = True) -> list[Span]:
    """Every piece of personal data found in ``text``, read as ``language`` (a Tesseract
    code such as "eng" or "eus+spa", or ISO 639-1 such as "en"), in text order.

    In a language with no named-entity model of its own, the English model's people are
    added with low scores unless ``english_fallback`` is False (measured in the bench)."""
    if not text.strip():
        return []
    # "l4 Church Street", "Gal1agher": what OCR misread, read again (the same offsets)
    text = undo_ocr_confusions(text)
    engine, resolved = engine_for(language, english_fallback)
    results = engine.analyze(text=text, language=resolved.code, score_threshold=MIN_SCORE)
    spans = []
    for f in _Finder(resolved).find(text):
        own: Span | None = Span(f.start, f.end, f.kind, f.score, f.detector)
        if own and f.kind == rec.PERSON:
            own = _clean_person(text, own, resolved.code)
        if own is not None:
            spans.append(own)
    for result in results:
        metadata = result.recognition_metadata or {}
        detector = metadata.get("detector") or metadata.get(result.RECOGNIZER_NAME_KEY, "presidio")
        if detector == "SpacyRecognizer":
            detector = "ner"
        kind = _KIND_OF_PRESIDIO.get(result.entity_type, result.entity_type)
        if kind == NAME_GUESS or detector == "en-ner":
            guess = _guessed_name(
                text, result.start, result.end, resolved.code, whole=kind == NAME_GUESS
            )
            if guess is None:
                continue
            result.start, result.end = guess
            if kind == NAME_GUESS:
                kind, detector = rec.PERSON, f"{detector}-guess"
                result.score = min(result.score, _GUESS_SCORE[NAME_GUESS])
        span: Span | None = Span(
            result.start, result.end, kind, round(float(result.score), 3), str(detector)
        )
        if span and kind == rec.PERSON:
            span = _clean_person(text, span, resolved.code)
        if span is not None:
            spans.append(span)
    found = [rec.Found(s.start, s.end, s.kind, s.score, s.detector) for s in spans]
    # (before the houses after names: 'Angus "Gus" MacLellan, of Shore Road, Judique')
    nicknamed = nicknames(text, found)
    # Addresses first, so that a house name after a person ("Mr Keith Outhwaite,
    # Greystones, Back Lane") is not taken for a second person in a list.
    found += [
        *address_tails(text, found, resolved.code),
        *said_house_numbers(text, found),
        *numbers_listed_after(text, found),
        *repeated_numbers(text, found),
        *address_heads(text, found),
        *address_blocks(text, found),
        *postal_blocks(text, found),
        *icelandic_farms(text, found, resolved.code),
        *french_hamlets(text, found, resolved.code),
        *houses_after_names(text, [*found, *nicknamed]),
        *(numbered_houses_after_names(text, found) if resolved.code == "en" else []),
        *homes_before_contacts(text, [*found, *nicknamed]),
    ]
    places_again = repeated_places(text, found, resolved.code)
    more = [
        *found[len(spans) :],
        *lower_case_homes_after_names(text, [*found, *nicknamed], resolved.code),
        *repeated_names(text, found, resolved.code),
        *places_again,
        *said_house_numbers(text, places_again),
        *[
            f
            for f in listed_names(text, found, resolved.code)
            if not _occupation(text[f.start : f.end].strip(), resolved.code)
        ],
        *nicknamed,
        *surnames_before(text, found),
        *surnames_before_bracketed_names(text, found),
        *numbers_in_brackets_after_names(text, found),
        *lower_case_lists(text, found, resolved.code),
        *signature(text),
        *speaker_labels(text, found),
        *chat_senders(text),
        *phones_after_homes(text, found),
        *people_before_homes(text, found),
    ]
    # (after the names found again: "Etxeberria U-22.401, Iriarte U-22.402")
    more += numbers_after_listed_names(text, [*found, *more])
    spans += [Span(f.start, f.end, f.kind, f.score, f.detector) for f in more]
    # A model's person inside what a form's label or a register's column says is a home,
    # or inside a house's name or a line of an address block, is the home's name:
    # "Townland: Gortnaskehy", "Higher Combe", "Chapel Hill,".
    homes = [(s.start, s.end) for s in spans if s.kind == rec.ADDRESS and s.detector in _LABELLED]
    spans = [
        s
        for s in spans
        if not (
            s.kind == rec.PERSON
            and model_only(s.detector)
            and any(a <= s.start and s.end <= b for a, b in homes)
        )
    ]
    under = _lines_under_names(text, spans)
    if under:
        # The rest of a block under the line found there: "Lugar de Outeiro, n.º 7" /
        # "Parroquia de Santa María de Ribadulla" / "Vedra (Coruña)".
        lines = [rec.Found(s.start, s.end, s.kind, s.score, s.detector) for s in under]
        people = [
            rec.Found(s.start, s.end, s.kind, s.score, s.detector)
            for s in spans
            if s.kind == rec.PERSON
        ]
        around = [*lines, *people]
        more_lines = [
            *address_tails(text, lines, resolved.code),
            *address_blocks(text, around, upward=False),
        ]
        under += [Span(f.start, f.end, f.kind, f.score, f.detector) for f in more_lines]
    joined = _without_institutions_addresses(
        text,
        merge(_within_register_cells(text, _homes_end_at_contact_words(text, [*spans, *under]))),
    )
    final = [
        part
        for s in joined
        for part in _by_columns(
            text,
            _with_initial_after(text, _over_broken_word(text, _whole_name(text, s, resolved.code))),
        )
    ]
    final = [_before_a_numbers_label(text, s) for s in _names_before_ids(text, final)]
    final = _homes_end_before_contacts(text, final)
    # a register's heading names no one: "Izena | Jaiotze-data | Lana" ("Lana", work)
    headings = heading_rows(text)
    final = [
        s
        for s in final
        if not (s.kind == rec.PERSON and any(a <= s.start and s.end <= b for a, b in headings))
    ]
    return [s for s in final if not _nobodys(text, s, resolved.code)]


# What stands between a home and a contact written after it: a comma or a wide gap, the
# contact's word ("cell.", "T.E.", "telefonoa:", "s."), and the first digits of a number its
# finder took from further on ("04" of "04 65 71 08 93").
_BEFORE_A_CONTACT = regex.compile(
    r"(?:[ \t]*[,;.][ \t]*|[ \t]{2,}|\t)"
    r"(?:(?i:tel\p{L}*|tél\p{L}*|tfno|telf|t\.e|ph|phone|fax|mob\p{L}*|móvil|cel\p{L}*|sími|s|"
    r"gsm|e-?mail|courriel)\.?[ \t:]*)?"
    r"(?:\d{1,4}[ \t.-])?$"
)


# A telephone's or an e-mail's word inside what was taken for a home, after a full stop, a
# comma or a wide gap, before a number or an exchange's name: "5 Westbourne Gardens,
# Hillhead. Tel. Western 1187", "Brekkugötu 27, Akureyri. Sími 318".
_CONTACT_WORD_IN_HOME = regex.compile(
    r"(?:[ \t]*[,;.][ \t]*|[ \t]{2,}|\t)"
    r"(?P<word>(?i:tel\.|tel:|telephone|téléphone|tél\.|phone|sími|teléfono|telefonoa|tfno\.?|"
    r"telf\.?|mobile|móvil|cell\.|gsm|e-?mail|courriel|fax))"
    r"[ \t.:]*(?=[\d(+]|\p{Lu})"
)


def _homes_end_at_contact_words(text: str, spans: list[Span]) -> list[Span]:
    """A home ends before a telephone's word written after it, so that the telephone that
    follows is not lost inside it when spans are merged; also where the home took in the
    word but not its full stop ("Seaview House, Craighead, Tel. Seahouses 23")."""
    kept = []
    for span in spans:
        if span.kind == rec.ADDRESS:
            word = _CONTACT_WORD_IN_HOME.search(text, span.start, min(len(text), span.end + 12))
            if word and word.start() > span.start and word.start("word") < span.end:
                span = Span(span.start, word.start(), span.kind, span.score, span.detector)
        kept.append(span)
    return kept


def _homes_end_before_contacts(text: str, spans: list[Span]) -> list[Span]:
    """A home ends where a telephone or an e-mail address written after it starts: "...,
    1. ezk., Algorta, 94 491 08 75" is a home and a telephone, not one long home."""
    contacts = [s.start for s in spans if s.kind in (rec.PHONE, rec.EMAIL)]
    kept = []
    for span in spans:
        if span.kind == rec.ADDRESS:
            cut = min((c for c in contacts if span.start < c < span.end), default=None)
            if cut is not None:
                lead = _BEFORE_A_CONTACT.search(text, span.start, cut)
                if lead and lead.start() > span.start:
                    span = Span(span.start, lead.start(), span.kind, span.score, span.detector)
        kept.append(span)
    return kept


def _before_a_numbers_label(text: str, span: Span) -> Span:
    """A name that runs on into the sign of its number ends before it: "account of K. J.
    Maher No. 062-611" is K. J. Maher (a label alone, "Roll Nos. 1183", is dropped later)."""
    value = text[span.start : span.end]
    words = value.split()
    if span.kind != rec.PERSON or len(words) < 3 or not _a_numbers_label(text, span.end, value):
        return span
    # (a person's name: an initial or a given name first, a surname last, not "Alien
    # Registration No." nor "licence Devon C.C. No.")
    if (
        not (regex.fullmatch(r"\p{Lu}\.", words[0]) or rec.is_given_name(words[0]))
        or "." in words[-2]
        or rec.id_word(" ".join(words[:-1]))
    ):
        return span
    end = span.start + value.rindex(words[-2]) + len(words[-2])
    return Span(span.start, end, span.kind, span.score, span.detector)


def _names_before_ids(text: str, spans: list[Span]) -> list[Span]:
    """A name that runs into the letters of an ID number after it ends before them: "L.
    Pike DLAH 71/5" is L. Pike and a wartime identity number."""
    ids = [s for s in spans if s.kind == rec.ID_NUMBER]
    kept = []
    for span in spans:
        if span.kind == rec.PERSON:
            cut = min(
                (i.start for i in ids if span.start < i.start < span.end <= i.end),
                default=None,
            )
            if cut is not None:
                end = len(text[span.start : cut].rstrip(" \t,;")) + span.start
                if end <= span.start:
                    continue
                span = Span(span.start, end, span.kind, span.score, span.detector)
        kept.append(span)
    return kept


def _within_register_cells(text: str, spans: list[Span]) -> list[Span]:
    """On a register's row read cell by cell, a find that runs across a column's gap into
    another cell is a pattern's mistake ("1406       Jones, Mary Ann      12.03.1903" taken
    for an address's tail): the cells say what each column holds."""
    cells = [s for s in spans if "register" in s.detector.split("+")]
    if not cells:
        return spans
    edges = {c.start for c in cells} | {c.end for c in cells}

    def across(span: Span) -> bool:
        return any(
            gap.start() in edges or gap.end() in edges
            for gap in COLUMN_SPACE.finditer(text, span.start, span.end)
        )

    return [s for s in spans if "register" in s.detector.split("+") or not across(s)]


def _nobodys(text: str, span: Span, language: str) -> bool:
    """A last look at what every finder proposed: a "person" that is nobody (a title alone,
    a boat, a saint, a Basque word of a place), a "home" that is a cadastral parcel."""
    value = text[span.start : span.end]
    if span.kind == rec.PERSON:
        return (
            _no_name_in(value)
            or _a_boats_name(text, span.start, span.end)
            or _a_saints_name(text, span.start, span.end)
            or (language == "eu" and _of_a_place_in_basque(value))
            or _a_numbers_label(text, span.end, value)
            or _a_streets_name(text, span.start)
        )
    if span.kind == rec.ADDRESS:
        return value[0].isdigit() and bool(
            rec.PARCEL_BEFORE.search(text, max(0, span.start - 30), span.start)
        )
    if span.kind == rec.EMAIL:
        return value.split("@")[0].casefold() in _BODYS_MAILBOXES
    return False


# A body's own mailbox, named for what it does, not for anyone: "info@...", "enquiries@...",
# "accueil@...", "artxiboa@..." (19 of 20 such addresses in the labelled texts are left
# unmarked; the one marked, "secretariat.itsasargia@...", names more than the role and stays)
_BODYS_MAILBOXES = word_set(
    "info information contact contacto contacte enquiries enquiry inquiries accueil admin "
    "office secretariat secretaria secretaría reception bookings reservations hello webmaster "
    "postmaster noreply no-reply archives archive archivo artxiboa idazkaritza harremanak "
    "safn skrifstofa mairie ayuntamiento udala "
    # a council's services: burials, housing, planning ("cimetieres@...", "herriko.etxea@...")
    "burials cemeteries cemetery cimetieres cimetiere cementerios cementerio cemiterios "
    "housing planning atencion herriko.etxea udaletxea"
)


# A street's word right before a name: the street is named after the person ("Av. Bolívar
# Norte", "rue Victor Hugo", "calle Doctor Fleming"), no one who lives there. (Only the
# words that mean nothing else: not "via", "place" or "cours" of STREET_WORDS_BEFORE.)
_STREET_WORD_JUST_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:rue|avenue|av\.|avda\.|boulevard|bd|calle|c/|avenida|paseo|"
    r"carrer|rúa|kalea|stryd|heol)[ \t]+(?:(?:de[ \t]+la|del|de|du|des)[ \t]+)?$"
)


def _a_streets_name(text: str, start: int) -> bool:
    return bool(_STREET_WORD_JUST_BEFORE.search(text, max(0, start - 20), start))


def _a_numbers_label(text: str, end: int, value: str) -> bool:
    """ "Roll Nos. 1183, 1184", "Env. No. 14": a number's label, no person."""
    last = value.split()[-1].strip(".").capitalize()
    return last in rec.NUMBER_LABEL_WORDS and bool(
        regex.match(r"\.?[ \t]*:?[ \t]*\d", text, pos=end)
    )


# Words that, all alone, name nobody: "Bonjour Monsieur" cut to "Monsieur", "Ma mère",
# "Votre fils", "Le docteur", "Mmes", "Lévy et Fils".
_POSSESSIVES = rec.word_set("ma mon mes ta ton tes sa son ses votre vos notre nos my your our")
_RELATIONS = rec.word_set("fils fille mère père frère sœur soeur mmes messrs docteur")


# A Basque word of a place, "of" or "from" it: "Tolosako", "Mungiako", "Hazparneko",
# "Ispasterkoa", "Munitibarkoa" (not "Periko", "Frantzisko", given names).
_BASQUE_OF_A_PLACE = regex.compile(r"^\p{Lu}\p{Ll}+(?:ako|eko|rko|nko|lko|zko|ko(?=a))a?$")


def _of_a_place_in_basque(value: str) -> bool:
    return bool(_BASQUE_OF_A_PLACE.match(value)) and not rec.is_given_name(value)


def _no_name_in(value: str) -> bool:
    words = [w.strip(".,;:") for w in value.casefold().split()]
    return all(
        w in _NOT_NAMES_ALONE
        or w in _ARTICLE_WORDS
        or w in _POSSESSIVES
        or w in _RELATIONS
        or w in _NEVER_NAMES_ALONE
        for w in words
    )


# "Brother of No. 412", "the Family Bible", Icelandic "Frá vinstri" (from the left); words
# that name lists know as rare names: Basque "Bai" (yes), Icelandic "Verði" (be it),
# "Gamla" (old), Spanish "Tiene" (has), French "Asso" (the association, in a chat), Basque
# "Nik" (I), Basque "Adina" (age, a register's column), Spanish "Caja" (a savings bank, a
# recruiting office), "Ing." (an engineer's title), "Visita" (a visit)
_NEVER_NAMES_ALONE = rec.word_set(
    "no nº bible frá bai verði gamla tiene que asso nik adina caja ing visita"
)


def _a_saints_name(text: str, start: int, end: int) -> bool:
    """A saint's, a church's or a feast's name: "San Pedro", "St Patrick's Day",
    "Andra Mari elizan", "Santiago ermita", "Pilar egunean", "las fiestas del Pilar"."""
    return bool(
        _SAINT_BEFORE.search(text, max(0, start - 25), start)
        or regex.match(r"Andra[ \t]+Mari", text[start:end])
        or _CHURCH_OR_FEAST_AFTER.match(text, end)
    )


_SAINT_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:San|Santa|Santo|St\.?|Saint|Sainte|Sankt|Done|S\(a\)n|Prince|Princess|"
    r"(?i:fiestas|virgen|ermita|día|basílica|iglesia|parroquia)[ \t]+del?)[ \t]+$"
)
_CHURCH_OR_FEAST_AFTER = regex.compile(
    # (Basque "jai", a feast, not "jaio", born)
    r"(?:['’]s)?[ \t]+(?:eliza\p{L}*|ermita\p{L}*|basilika\p{L}*|egun\p{L}*|jai|jaiak|jaietan|"
    r"jaien|Church|Chapel|Day|Eve)(?![\p{L}])"
)


def _institution_line(line: str) -> bool:
    words = regex.findall(r"\p{L}[\p{L}'’]*", line)
    return any(
        (rec.institution_word(w) and w.casefold() != "co")  # "Co. Galway" is a county
        or w.casefold().endswith(_INSTITUTION_ENDINGS)
        for w in words
    )


# Icelandic and Basque run an institution's word into its name: "Borgarskjalasafn",
# "Héraðsskjalasafn", "Sögufélagið", "Kultur Elkartea".
_INSTITUTION_ENDINGS = ("skjalasafn", "minjasafn", "byggðasafn", "félagið", "sögufélag")


def _without_institutions_addresses(text: str, spans: list[Span]) -> list[Span]:
    """Without the address of an archive, a society or a council set out under its name
    at the head of a block ("Borgarskjalasafn Reykjavíkur" / "Tryggvagötu 15" / "101
    Reykjavík", "Service des archives" / "2, rue de l'Hôtel-de-Ville"): a body's address is
    no one's personal data. The block's first line must name the body and no person (a
    model's guess aside), with a blank line, a date or the text's start above it."""
    if not any(s.kind == rec.ADDRESS for s in spans):
        return spans
    people = [
        (s.start, s.end) for s in spans if s.kind == rec.PERSON and not model_only(s.detector)
    ]
    lines = line_spans(text)
    starts = [a for a, _ in lines]

    def line_of(at: int) -> int:
        return bisect.bisect_right(starts, at) - 1

    def blank(index: int) -> bool:
        return not text[lines[index][0] : lines[index][1]].strip()

    def names_a_body(index: int) -> bool:
        """A heading's line naming a body: no number, no label, no person."""
        a, b = lines[index]
        line = text[a:b].strip()
        if not line or len(line) > 70 or regex.search(r"[\d:|]", line):
            return False
        return _institution_line(line) and not any(p < b and a < q for p, q in people)

    def in_address(index: int) -> bool:
        a, b = lines[index]
        a += len(text[a:b]) - len(text[a:b].lstrip())
        return any(s.kind == rec.ADDRESS and s.start <= a and b <= s.end for s in spans)

    def block_top(index: int) -> bool:
        if index == 0 or blank(index - 1):
            return True
        return bool(rec.DATE_PATTERN.search(text[lines[index - 1][0] : lines[index - 1][1]]))

    kept = []
    for span in spans:
        if span.kind != rec.ADDRESS:
            kept.append(span)
            continue
        index = line_of(span.start)
        if lines[index][1] - lines[index][0] > 60:
            kept.append(span)  # running text, not a letterhead's short lines
            continue
        # Up the block (six lines at most) over its address lines and the lines naming
        # the body ("Mairie de Saint-Herblain" / "Service des archives"), to its top.
        a, b = lines[index]
        # the body's name taken for a line of the block: the span is the whole line
        named = text[a:b].strip() == text[span.start : span.end].strip() and names_a_body(index)
        for _ in range(6):
            if block_top(index):
                break
            index -= 1
            if names_a_body(index):
                named = True
            elif not in_address(index):
                named = False  # a form's field or a person's name: no body's letterhead
                break
        if not (named and block_top(index)):
            kept.append(span)
    return kept


def _occupation(value: str, language: str) -> bool:
    """ "John and Mary Birkett, Farmer": one word the language's dictionary lists and no
    given name, which ends a list of names."""
    return (
        " " not in value
        and rec.dictionary_word(value, language)
        and not rec.is_given_name(value)
        and not rec.name_that_is_a_word(value)  # "Sue", "Grace"
    )


# Initials before a name ("M. A. " of "M. A. Fothergill", "M.-T. " of "M.-T. Lorand").
_INITIALS_BEFORE = regex.compile(
    # not a postscript's or a note's "P.S.", "N.B."
    # French shortens with the h: "M.-Th. Cimaz", "Ph. Lambotte", "Ch. Roux"
    r"(?:(?<![\p{L}.])(?!P\.[ \t]?S\.|N\.[ \t]?B\.)\p{Lu}h?\.(?:[ \t]?-?[ \t]?\p{Lu}h?\.)*[ \t]+)+$"
    # Old registers shorten given names: "Wm Henry Trengove", "Thos. Dent", "Jno Birkett".
    r"|(?<![\p{L}])(?:Wm|Geo|Thos|Jas|Chas|Jno|Robt|Richd|Saml|Edwd|Benj|Margt|Eliz|Hy|Fredk|"
    r"Alexr|Danl|Wllm|Xtopher|Jos|Josh|Abm|Ths)\.?[ \t]+$"
)


def _whole_name(text: str, span: Span, language: str) -> Span:
    """A name runs to its word's ends, so a Basque or Icelandic case ending goes with it
    ("Iñakik", "Koldori": the ending alone would say whose name was removed), and takes in
    the initials just before it ("M. Wilson"). French "M." and Spanish "D." alone are
    Monsieur and Don, not initials."""
    if span.kind != rec.PERSON:
        return span
    start, end = span.start, span.end
    while end < len(text) and text[end].isalpha():
        end += 1
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    line_start = text.rfind("\n", 0, start) + 1
    initials = _INITIALS_BEFORE.search(text, line_start, start)
    if initials:
        letters = regex.sub(r"[^\p{L}]", "", initials.group())
        title = {"fr": "M", "es": "D", "eu": "D"}.get(language)
        if letters != title:
            if title and letters.startswith(title) and "-" not in initials.group()[1:3]:
                start = initials.start() + initials.group().index(".") + 1
                start += len(text[start:]) - len(text[start:].lstrip(" \t"))
            else:
                start = initials.start()
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.kind, span.score, span.detector)


_AREA_CODE_BEFORE = regex.compile(r"(?<![\w)])\(\d{1,4}\)[ \t]?$")
_BROKEN_WORD = regex.compile(r"-[ \t]*\n[ \t]*\p{Ll}+")
_SURNAME_PREFIX_AT_END = regex.compile(r"(?<![\p{L}])(?:Mc|Mac|Fitz|O)$")
_BROKEN_SURNAME = regex.compile(r"-[ \t]*\n[ \t]*\p{Lu}\p{Ll}+")


def _over_broken_word(text: str, span: Span) -> Span:
    """A value that ends where a word was broken over two lines ("4 Lumb Terrace, Midge-"
    / "hole") runs on to the word's end; a telephone number's area code keeps its opening
    bracket ("(01632) 960 456") or its area code in brackets, a name with given names in
    brackets its closing one."""
    value = text[span.start : span.end]
    if span.start and text[span.start - 1] == "(" and value.count(")") > value.count("("):
        span = Span(span.start - 1, span.end, span.kind, span.score, span.detector)
    elif text[span.end : span.end + 1] == ")" and value.count("(") > value.count(")"):
        # and a name its closing one: "CHAMBON (Jean-Pierre-Auguste)"
        span = Span(span.start, span.end + 1, span.kind, span.score, span.detector)
    elif span.kind == rec.PHONE and (code := _AREA_CODE_BEFORE.search(text, 0, span.start)):
        # an old French number's area code in brackets before it: "(98) 85.21.47"
        span = Span(code.start(), span.end, span.kind, span.score, span.detector)
    broken = _BROKEN_WORD.match(text, span.end)
    if not broken and span.kind == rec.PERSON and _SURNAME_PREFIX_AT_END.search(value):
        broken = _BROKEN_SURNAME.match(text, span.end)  # "John Mc-" / "Laughlin"
    if not broken:
        return span
    return Span(span.start, broken.end(), span.kind, span.score, span.detector)


# The initial of a second surname after a name, as Chile and Peru sign: "Teodoro Quispe
# M.", "F. Orellana T." at a line's or a column's end.
_INITIAL_AFTER = regex.compile(r"[ \t]\p{Lu}\.(?=[ \t]*(?:\n|$)|[ \t]{2,}|[,;)])")


def _with_initial_after(text: str, span: Span) -> Span:
    initial = _INITIAL_AFTER.match(text, span.end) if span.kind == rec.PERSON else None
    if not initial or not regex.search(r"\p{Ll}{2}$", text[span.start : span.end]):
        return span
    return Span(span.start, initial.end(), span.kind, span.score, span.detector)


# A gap of two spaces or more inside a line: a fixed-width register's next column
# ("REES, Idris Glyndwr  M  b. 02.04.1924 at Ammanford, Carms.  Fitter & turner"), or
# the next name of a row of signatures ("Teodoro Quispe M.     Lucio Mamani C."). A
# birthplace stops there; an address stops before a word there ("Carmarthenshire
# Proceeding to"), not before a postcode ("Rosthern SK  S0K 3R0"); a name keeps its first
# column and the next ones that hold two words or more, not a sex's ("M") or a trade's.
_COLUMN_GAP = regex.compile(r"[ \t]{2,}")
_ADDRESS_COLUMN_GAP = regex.compile(r"[ \t]{2,}(?=\p{Lu}\p{Ll})")


def _by_columns(text: str, span: Span) -> list[Span]:
    if span.kind not in (rec.PERSON, rec.PLACE_OF_BIRTH, rec.ADDRESS):
        return [span]
    gap = _ADDRESS_COLUMN_GAP if span.kind == rec.ADDRESS else _COLUMN_GAP
    parts, at = [], span.start
    for cut in gap.finditer(text, span.start, span.end):
        parts.append((at, cut.start()))
        at = cut.end()
    if not parts:
        return [span]
    parts.append((at, span.end))
    if span.kind != rec.PERSON:
        parts = parts[:1]
    # the first column, and any other that holds a name of two words or more
    kept = [
        (a, b)
        for i, (a, b) in enumerate(parts)
        if regex.match(r"\p{Lu}", text[a:b])
        and len(regex.findall(r"\p{L}", text[a:b])) >= 2
        and (i == 0 or len(text[a:b].split()) >= 2)
    ]
    return [Span(a, b, span.kind, span.score, span.detector) for a, b in kept] or [span]


_BLOCK_LINE = regex.compile(r"^(?=[^\n]*\d)(?=[^\n]*\p{L}{3})[^\n]{4,60}$")


_ENVELOPE_CUE = regex.compile(
    r"(?i)(?<![\p{L}])(?:addressed|envelope|enveloppe|sobre|utanáskrift\p{L}*|áritun|"
    r"gutun-?azal\p{L}*|remite|expéditeur|destinataire)(?![\p{L}])"
)
# A line of an envelope's block with no number: a farm, a townland, "near Kingscourt".
_ENVELOPE_LINE = regex.compile(
    r"(?:(?:near|nr\.|par|près de|por)[ \t]+)?\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2},?"
)


# A line that starts with a date, or a year and a dash: a form's or a career's line; or
# with the word for born: "Né le 3.9.1908 à Domodossola (Italie)".
_DATED_LINE = regex.compile(
    r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?!\d)|(?:1[89]|20)\d\d[ \t]*[-–—][ \t]"
    r"|(?i:née?|born|nacid[oa]|fædd(?:ur)?|jaio\p{L}*)[ \t]"
)
_CONTACT_KINDS = frozenset(
    {rec.PHONE, rec.EMAIL, rec.ID_NUMBER, rec.IBAN, rec.CARD, rec.DATE_OF_BIRTH}
)


def _covered(spans: list[Span], start: int, end: int, kinds: frozenset[str]) -> int:
    """How many characters of ``start:end`` spans of ``kinds`` cover."""
    return sum(max(0, min(end, s.end) - max(start, s.start)) for s in spans if s.kind in kinds)


def _lines_under_names(text: str, spans: list[Span]) -> list[Span]:
    """A letter's address block, whatever OCR did to its punctuation: a short line with a
    number just under a line that is mostly a person's name ("Mrs Margaret Ellison" /
    "14 Harbour Street, Whitby"). Proposed with a low score, for review."""
    found = []
    for span in spans:
        if span.kind != rec.PERSON:
            continue
        line_start = text.rfind("\n", 0, span.start) + 1
        line_end = text.find("\n", span.end)
        if line_end < 0:
            continue
        line_letters = sum(c.isalpha() for c in text[line_start:line_end])
        name_letters = sum(c.isalpha() for c in text[span.start : span.end])
        if not line_letters or name_letters < 0.6 * line_letters:
            continue
        next_end = text.find("\n", line_end + 1)
        raw = text[line_end + 1 : next_end if next_end >= 0 else len(text)]
        if "|" in raw and "|" in text[line_start:line_end]:
            continue  # a register's next row ("Anonymous | 20 | none"), not a home's line
        # The line from its first letter or digit: a speck before it is no part of it.
        # ... and a label before it ("Address: 418 Sycamore Ridge Road").
        lead = regex.match(r"[\s\p{P}\p{S}]*(?:\p{L}[\p{L} ]{0,25}:[ \t]*)?", raw)
        skip = lead.end() if lead else 0
        line = raw[skip:].rstrip()
        # Under an envelope's name, a farm or a townland has no number: "addressed:" /
        # "Mr Patk. Carolan" / "Drumcar" / "near Kingscourt" / "County Cavan".
        before = text[max(0, text.rfind("\n", 0, max(0, line_start - 1)) + 1) : span.start]
        enveloped = bool(_ENVELOPE_CUE.search(before)) and bool(_ENVELOPE_LINE.fullmatch(line))
        if not (_BLOCK_LINE.match(line) or enveloped) or len(line.split()) > 8:
            continue
        date = rec.DATE_PATTERN.search(line)
        if date and len(date.group()) >= len(line) / 2:
            continue  # "3rd March 1987" under the sender's name
        if _DATED_LINE.match(line):
            continue  # "1939/07/14     Jaioterria: Gordexola", "1963 – errementaria, ..."
        start = line_end + 1 + skip
        if _covered(spans, start, start + len(line), _CONTACT_KINDS) >= 0.4 * len(line):
            continue  # "Tel.: 943 70 22 15 · gzubizarreta@...", "NAN/AIZ: 44127706K"
        named = sum(
            sum(c.isalpha() for c in text[max(start, s.start) : min(start + len(line), s.end)])
            for s in spans
            if s.kind == rec.PERSON and s.start < start + len(line) and start < s.end
        )
        if named >= 0.4 * sum(c.isalpha() for c in line):
            continue  # the next row of a register: "Wm Henry Trengove; Son; 4; Scholar"
        found.append(Span(start, start + len(line), rec.ADDRESS, 0.4, "line-under-name"))
    return found


_NAME_SHAPE = regex.compile(r"^\p{Lu}[\p{Ll}'’\-]+(?:[ \t\n]+\p{Lu}[\p{Ll}'’\-]+){0,3}$")


def _guessed_name(
    text: str, start: int, end: int, language: str, whole: bool
) -> tuple[int, int] | None:
    """Where a model's guess (an organisation that may be a person, or English NER on
    another language) is kept as a name: lower-case words at its end dropped ("Josune
    Arrieta da"), then only one to four capitalised words, none an institution's, and not
    one word alone at the start of a sentence or line ("Telefon", "Kennitala"). An
    organisation taken for a person (``whole``) needs two words at least: one alone is
    most often a place ("Whitby")."""
    # "Ásta í Holti" is Ásta, of the farm Holti (found as such in spread.py).
    farm = regex.search(r"[ \t]+[íá][ \t]+\p{Lu}", text[start:end])
    if farm:
        end = start + farm.start()
    words = text[start:end].split()
    while words and not words[-1][0].isupper():
        words.pop()
    if not words:
        return None
    end = start + text[start:end].rfind(words[-1]) + len(words[-1])
    value = text[start:end]
    if not _looks_like_a_name(value) or "\n" in value.strip():
        return None
    if " " not in value.strip():
        if whole:
            return None
        before = text[max(0, start - 3) : start]
        if (
            start == 0
            or (not before.strip() and "\n" in before)
            or regex.search(r"[.!?:;]\s*$", text[max(0, start - 4) : start])
            or rec.after_place_preposition(text, start, language)
        ):
            return None
    return start, end


def _looks_like_a_name(value: str) -> bool:
    """One to four capitalised words, none of them an institution's ("Society") or a
    function word's ("The", "Names")."""
    value = value.strip(" .,;:")
    if not _NAME_SHAPE.match(value):
        return False
    return not any(
        rec.institution_word(word) or rec.capitalised_function_word(regex.sub(r"['’]s?$", "", word))
        for word in value.split()
    )


_FIRM_AFTER = regex.compile(
    r"[ \t]*(?:&|and|et|y)[ \t]*(?:Co\b|Cie\b|Sons?\b|Fils\b|Hijos\b|Partners\b)"
)


def _a_boats_name(text: str, start: int, end: int) -> bool:
    """A boat's name in quotes after its article or before its word: "capitaine du
    « Marie-Stella »", "el «Santa Clara»", "«Aita Mari» ontzian"."""
    return bool(
        _BOAT_ARTICLE_BEFORE.search(text, max(0, start - 40), start)
        or _BOAT_WORD_AFTER.match(text, end)
    )


_BOAT_ARTICLE_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:du|le|au|sur le|à bord du|el|del|en el)[ \t]+[«\"“][ \t]?"
    r"(?:\p{Lu}[\p{L}'’]*(?:-|[ \t]+))*$"
)
_BOAT_WORD_AFTER = regex.compile(
    r"(?:[ \t]+\p{Lu}[\p{L}'’\-]*)*[ \t]?[»\"”][ \t,]*"
    r"(?:ontzi\p{L}*|itsasontzi\p{L}*|txalupa\p{L}*)"
)
# A ship's initials: "M.V. Cambrian Star", "H.S. St Denis" (a hospital ship), "S.Y. Morning"
_SHIP_INITIALS = regex.compile(r"(?<![\p{L}.])(?:M\.V|H\.S|S\.Y|T\.S\.S|H\.M\.T)\.[ \t]*")
_LAND_WORDS_FIRST = rec.word_set("afon llyn moel mynydd cwm nant wheal loch lough carn craig allt")
_LAND_WORD_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:Afon|Llyn|Moel|Mynydd|Cwm|Wheal|Loch|Lough|River|Mount|Lake)[ \t]+$"
)
# the last words of a place, never of a surname: "Victoria Quay", "Gurnard's Head"
_NEVER_SURNAMES = rec.word_set("quay wharf pier harbour square avenue terrace")
# (a model's only: "Mametz Wood"; "Bowber Head", "Town Head" are farms, found as homes)
_PLACE_NOUNS_AFTER_NAMES = rec.word_set("wood moor fell point valley forest island")
_QUARTER_DAY_BEFORE = regex.compile(r"(?<![\p{L}])(?:Lady|Michaelmas|Boxing)[ \t]+$")


# A ship's word before its name, which is often a person's ("el vapor Reina Victoria
# Eugenia", "le paquebot Colombie", "skipið Gullfoss"), or a sovereign's title.
_SHIP_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:ship|steamer|steamship|s\.s\.|r\.m\.s\.|h\.m\.s\.|schooner|barque|brig|"
    # fishing boats, often named after the owner's wife: 'CRABBER "Girl Pamela"'
    r"crabber|trawler|drifter|lugger|smack|ketch|yacht|gabare|chalutier|thonier|pesquero|"
    r"vapor|vapeur|paquebot|navire|goleta|bergantín|trasatlántico|transatlantique|"
    r"skipið|skipinu|itsasontzi\p{L}*|"
    # a sovereign's, whose name is no private person's: "la reina Victoria Eugenia"
    r"king|queen|empress|emperor|rey|reina|emperador|emperatriz|roi|reine|empereur|"
    r"impératrice|konungur|drottning|errege|erregina)"
    # (and the name's first words before it: "el vapor Reina Victoria |Eugenia")
    r"[ \t]+[\"«“']?[ \t]?(?:the[ \t]+|el[ \t]+|le[ \t]+|la[ \t]+)?"
    r"(?:\p{Lu}[\p{L}'’\-]*\.?[ \t]+|\p{Lu}[\p{L}'’]*-){0,3}$"  # "« Marie-|Thérèse »"
)


def _clean_person(text: str, span: Span, language: str = "") -> Span | None:
    """Strip honorifics and punctuation from a name's ends; drop names with no letters."""
    start, end = span.start, span.end
    if model_only(span.detector) and regex.search(
        r"\d{2}|(?<!\p{L})\d|\d(?!\p{L})", text[start:end]
    ):
        return None  # a model's "LSHS-00482\nName": a name holds no number (OCR's "Sutc1iffe")
    while True:
        word_end = start
        while word_end < end and (text[word_end].isalpha()):
            word_end += 1
        word = text[start:word_end].lower()
        # not "M.-" (Marie-, "M.-L. Roux") nor "M.ª" (María)
        if word in _TITLES and word_end < end and text[word_end : word_end + 2] not in (".-", ".ª"):
            start = word_end
            while start < end and (text[start] in ". \t\n"):
                start += 1
            continue
        break
    # three spaces or more are a form's next column: "M.ª D. Sánchez     Firma del..."
    column = regex.search(r"[ \t]{3,}", text, pos=start, endpos=end)
    if column:
        end = column.start()
    while end > start and not text[end - 1].isalpha():
        end -= 1
    while start < end and not text[start].isalpha():
        start += 1
    if end <= start:
        return None
    if span.detector not in ("lower-case-name", "said-name", "family-name") and not any(
        unicodedata.category(c) == "Lu" for c in text[start:end]
    ):
        return None
    # A name that runs on to the next line's label ("Raymond T. Hollis\nAddress:") or
    # title ("Dufau\nNée le"): the name ends at the line's end.
    if "\n" in text[start:end]:
        cut = text.rfind("\n", start, end)
        last = text[cut + 1 : end].strip()
        after = text[end : end + 3]
        next_line = text[
            cut + 1 : text.find("\n", cut + 1) if "\n" in text[cut + 1 :] else len(text)
        ]
        if (
            regex.match(r"[ \t]*:", after)
            or regex.match(r"[^:]{0,30}:", next_line)
            or regex.search(r"\d", next_line)  # the address line under a name
            or rec.find_house_names(next_line)  # "Evan Morgan\nPen-y-graig Farm"
            # "Ann Lee\nParish Council Cottages", "J.-Y. B.\nCercle généalogique"
            or (len(next_line.split()) <= 6 and _institution_line(next_line))
            or last.casefold().strip(".") in _TITLES_AND_BIRTH
        ):
            end = cut
            while end > start and not text[end - 1].isalpha():
                end -= 1
    words = text[start:end].casefold().split()
    if not words or all(
        w.strip(".,") in _NOT_NAMES_ALONE
        # "Président\nCercle"; but "Eliza" (a church in Basque) is a name too
        or (rec.institution_word(w.strip(".,")) and not rec.is_given_name(w.strip(".,").title()))
        for w in words
    ):
        return None
    if words[0].strip(".") in rec.SAINT_WORDS or regex.match(
        r"(?:saint|sainte|san|santa|sankt)-", words[0]
    ):
        return None  # "Saint-Martin" (a feast, a church, a village)
    # "le Maire", "Madame la Présidente", "el Alcalde": an office with its article
    if _no_name_in(text[start:end]) or _a_streets_name(text, start):
        return None
    if _REGNAL.search(text[start:end]):
        return None  # "Louis XIV", "Alfonso XIII": a king, no private person
    if rec.id_word(text[start:end]):
        return None  # "Libreta Electoral", "L.E.": a card's name before its number
    if _SHIP_BEFORE.search(text, max(0, start - 60), start) or _SHIP_INITIALS.search(
        text, max(0, start - 12), min(len(text), start + 6)
    ):
        return None  # "el vapor Reina Victoria Eugenia", "la reina Victoria Eugenia"
    if _a_boats_name(text, start, end):
        return None
    if _FIRM_AFTER.match(text, end):
        return None  # "Messrs Wragge & Co.", "Harland & Sons": a firm
    # an initial after a number is its check letter: "n° 1456-22 K. Bagages"
    if regex.search(r"\d[ \t]$", text[max(0, start - 2) : start]) and regex.match(
        r"\p{Lu}\.", text[start : start + 2]
    ):
        return None
    # "Afon Glyn", "Llyn Tegid", "Moel Llyfnant", "Wheal Owles": a river, a lake, a hill or
    # a mine named after a word of the land
    if _LAND_WORD_BEFORE.search(text, max(0, start - 12), start) or (
        len(words) > 1 and words[0] in _LAND_WORDS_FIRST
    ):
        return None
    # "Royal Welsh Fusiliers", "Commonwealth Hostel": a model's name with an institution's
    # word in it
    if model_only(span.detector) and any(
        rec.institution_word(w.strip(".,")) and not rec.is_given_name(w.strip(".,").title())
        for w in words
    ):
        return None
    # "Victoria Quay", "Gurnard's Head", "Mametz Wood": a place named after someone
    if len(words) > 1 and (
        words[-1] in _NEVER_SURNAMES
        or (model_only(span.detector) and words[-1] in _PLACE_NOUNS_AFTER_NAMES)
        or (words[-1] == "head" and words[-2].endswith(("'s", "’s")))
    ):
        return None
    # "Lady Day", "Michaelmas Day": a quarter day, no lady called Day
    if words == ["day"] and _QUARTER_DAY_BEFORE.search(text, max(0, start - 12), start):
        return None
    if any(rec.firm_word(w.strip(".,")) for w in words[1:]):
        return None  # "Allan Line", "Caja de Ahorros de Vigo" (but "Line", a given name)
    # A heading in capitals the model took for a name ("DEED OF GIFT", "VOLUNTEER DETAILS").
    value = text[start:end]
    if value.isupper() and model_only(span.detector):
        return None
    # A label ("Registrar:", "Donante:"): one word and a colon.
    line_start = text.rfind("\n", 0, start) + 1
    if (
        len(words) == 1
        and not text[line_start:start].strip()
        and regex.match(r"[ \t]*:", text[end : end + 3])
    ):
        return None
    if language == "is" and icelandic.available():
        kept = _icelandic_name_words(text, start, end)
        if kept is None:
            return None
        start, end = kept
        words = text[start:end].casefold().split()
    if (
        language == "is"
        and len(words) == 1
        and not span.detector.startswith(("honorific", "patronymic", "form"))
        and words[0].endswith(_ICELANDIC_PLACE_ENDINGS)
        and not icelandic.only_a_name(text[start:end])  # "Jóhannes", "Hannes": no headland
    ):
        return None
    if span.detector.startswith(("ner", "en-ner")) and words[-1] in _PLACE_NOUNS:
        return None
    # "Aubusson", "Buisson": in French or Spanish a word ending in "sson" is a patronymic
    # only if a given name stands before it ("Jónsson", "Gunnarsson").
    if (
        span.detector == "patronymic"
        and language in ("fr", "es", "eu")
        and len(words) == 1
        and words[0].endswith("sson")
        and not rec.is_given_name(words[0][:-4].title())
    ):
        return None
    # "on the Mary Ruth", "the Victoria sponge", "the Jessie from Liverpool": given names
    # after "the" name a boat, a pub or a cake ("the Pratts", "the Walsh nose" are people).
    if (
        language == "en"
        and regex.search(r"(?<![\p{L}])the[ \t]+$", text[max(0, start - 5) : start])
        and all(rec.is_given_name(w.strip(".,'’s").title()) for w in words)
        and not span.detector.startswith(("honorific", "form", "people"))
    ):
        return None
    # "Queen Victoria's Jubilee", "as Queen Elizabeth I": a sovereign, no private person.
    if regex.search(
        r"(?<![\p{L}])(?:Queen|King|Empress|Emperor)[ \t]+$", text[max(0, start - 8) : start]
    ) or (language == "en" and len(words) > 1 and words[0] in ("queen", "king")):
        return None
    # A model's name across a table's cells is a heading or a cell's words: "Baptised |
    # Child", "Farmer | Jno. Gibson" (the register's own cell is found by its column).
    if model_only(span.detector) and "|" in text[start:end]:
        return None
    # "un gars de Maurs", "the gang at Muker", "from Garsdale Head": what only a model
    # took for a person, after a preposition of place and with no given name, is a place.
    before = _PLACE_BEFORE_MODEL_NAME.get(language)
    if (
        model_only(span.detector)
        and len(words) <= 2
        and before
        and before.search(text, max(0, start - 12), start)
        and not any(rec.is_given_name(w.strip(".,").title()) for w in words)
    ):
        return None
    # A model's one word that the model's own language lists as a word ("Registre",
    # "Titulaire", "Farmer", "Vicar") and that is rarely a given name there: a label or a
    # heading.
    if (
        model_only(span.detector)
        and language in NER_MODELS
        and len(words) == 1
        and rec.dictionary_word(words[0], language)
        and not rec.common_given_name(text[start:end], language)
        # French writes nouns in lower case: mid-sentence, a capitalised "Nénette" is a
        # pet name, while a label starts its line or cell.
        and not (language == "fr" and _WORD_BEFORE_IS_LOWER.search(text, 0, start))
    ):
        return None
    # "Embrasse Pierrot", "Thank Peter": a sentence's first word that the dictionary lists
    # and that is no given name is the sentence's verb, not the name's first word.
    first = regex.match(r"\p{L}+", text[start:end])
    if (
        first
        and first.group()[0].isupper()  # a transcript in lower case has no such verb
        and len(words) > 1
        and len(first.group()) >= 3
        and not first.group().isupper()  # "LE BRAS"
        and rec.sentence_start(text, start)
        and rec.dictionary_word(first.group(), language)
        and (
            (not rec.is_given_name(first.group()) and not rec.name_that_is_a_word(first.group()))
            or first.group().casefold() in _IMPERATIVES  # "Tell" is a given name too
        )
    ):
        rest = regex.search(r"\p{L}", text[start + first.end() : end])
        if rest:
            start += first.end() + rest.start()
            words = text[start:end].casefold().split()
    if model_only(span.detector) and language not in NER_MODELS:
        kept = _foreign_model_name(text, start, end, language)
        if kept is None:
            return None
        start, end = kept
        words = text[start:end].casefold().split()
    # The English model on Basque takes a place in a case for a person: "Lekeitioko" (of),
    # "Azpeitira" (to), "Ameriketatik" (from). A name takes a person's endings instead.
    if (
        language == "eu"
        and len(words) == 1
        and model_only(span.detector)
        and words[0].endswith(_BASQUE_PLACE_CASES)
        and not rec.inflected_given_name(text[start:end], "eu")
    ):
        return None
    return Span(start, end, span.kind, span.score, span.detector)


_WORD = regex.compile(r"\p{L}[\p{L}\-]*")
# Detectors whose home clears a model-only person inside it: a home read off a label or a
# column's heading, a house's name, a home said, a line of an address block.
_LABELLED = frozenset(
    {"register", "form-field", "address-said", "house-name", "said-address", "address-block"}
)
_PLACE_BEFORE_MODEL_NAME = {
    language: regex.compile(rf"(?<![\p{{L}}])(?:{words})[ \t]*$")
    for language, words in {
        "en": "at|in|from|near",
        "fr": "à|de|d'|d’|en|près de|dans",
        "es": "en|de|desde",
    }.items()
}
_WORD_BEFORE_IS_LOWER = regex.compile(r"(?<![\p{L}])\p{Ll}[\p{L}'’\-]*[ \t]+$")


def _foreign_model_name(text: str, start: int, end: int, language: str) -> tuple[int, int] | None:
    """What is kept of a name that only the English model found in another language:
    without the language's stop words and Basque places in a case at its ends ("Atzo
    Igeldora", "Zumarragako Historia Mintegia"), and not one word alone unless it is a
    known given name: on the labelled texts such words were labels ("Fecha",
    "Naturaleza", "Jaiotze") or places five times as often as names."""
    stop = rec.stop_words(language or "en")
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]

    def no_name(at: tuple[int, int]) -> bool:
        word = text[at[0] : at[1]]
        return word.lower() in stop or (language == "eu" and word.endswith(_BASQUE_PLACE_CASES))

    def given(at: tuple[int, int]) -> bool:
        word = text[at[0] : at[1]]
        return rec.is_given_name(word) or rec.inflected_given_name(word, language)

    while words and no_name(words[0]):
        words.pop(0)
    while words and no_name(words[-1]):
        words.pop()
    # "Firmó María del Carmen Ruiz": a sentence's first word before a given name.
    if (
        len(words) > 1
        and rec.sentence_start(text, words[0][0])
        and not given(words[0])
        and given(words[1])
    ):
        words.pop(0)
    if not words:
        return None
    if len(words) == 1 and (not given(words[0]) or rec.devotion(text, words[0][0])):
        return None
    return words[0][0], words[-1][1]


def _icelandic_name_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """An Icelandic name without the words at its ends that BÍN says name no one: a
    greeting ("Sæl"), a title ("Fröken"), a verb ("Segðu Kristjáni"), a region or an
    institution ("Eyjafjarðarsýsla", "Borgarskjalasafn Reykjavíkur"). None if nothing
    is left."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]

    def names_no_one(at: tuple[int, int]) -> bool:
        # A lower-case transcript's name is looked up as a name ("siggu" -> "Siggu").
        return icelandic.not_a_name(icelandic.titled(text[at[0] : at[1]]))

    while words and names_no_one(words[0]):
        words.pop(0)
    # "Hún Sigga": at a sentence's start, a word that is also a name ("Hún") is the word,
    # unless a patronymic follows ("Helga Björk Ólafsdóttir") or it is a given name
    # foremost, and no stop word ("Anna Kristín"; "anna" is also a verb).
    first = text[words[0][0] : words[0][1]] if words else ""
    if (
        len(words) > 1
        and rec.sentence_start(text, words[0][0])
        and icelandic.everyday_word(first.lower())
        and (first.lower() in rec.stop_words("is") or not rec.is_given_name(first))
        and not any(icelandic.surname_word(icelandic.titled(text[a:b])) for a, b in words[1:])
    ):
        words.pop(0)
    while words and names_no_one(words[-1]):
        words.pop()
    if not words:
        return None
    return words[0][0], words[-1][1]


def merge(spans: Sequence[Span]) -> list[Span]:
    """One span per stretch of one kind (overlapping ones joined, the best score kept), and
    none lying wholly inside a span of another kind found with a higher score (or an equal
    score and a longer span): "536-22-1234" is an SSN, not also a telephone number."""
    by_kind: dict[str, list[Span]] = {}
    for span in sorted(spans, key=lambda s: (s.kind, s.start, -s.end)):
        group = by_kind.setdefault(span.kind, [])
        if group and span.start < group[-1].end:
            last = group[-1]
            detectors = last.detector.split("+")
            if span.detector not in detectors:
                detectors.append(span.detector)
            group[-1] = Span(
                last.start,
                max(last.end, span.end),
                last.kind,
                max(last.score, span.score),
                "+".join(detectors),
            )
        else:
            group.append(span)
    joined = [span for group in by_kind.values() for span in group]
    kept = [
        span
        for span in joined
        if not any(
            other.kind != span.kind
            and other.start <= span.start
            and span.end <= other.end
            and (
                other.score > span.score
                or (other.score == span.score and other.end - other.start > span.end - span.start)
            )
            for other in joined
        )
    ]
    return sorted(kept, key=lambda s: (s.start, s.end, s.kind))
