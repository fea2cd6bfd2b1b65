"""What the Database of Icelandic Morphology (BÍN) says an Icelandic word is.

Icelandic inflects names ("Ragnheiður", "Ragnheiði", "Ragnheiðar"), calls people by pet
names ("Doddi", "Bjössi"), by patronymics ("Pálssyni") and by their farm ("frá
Syðra-Hóli"), and no named-entity model for it installs from PyPI. BÍN, shipped by the
``islenska`` package (Miðeind, MIT; the data CC BY-SA 4.0, Árni Magnússon Institute),
lists about 6.5 million word forms with their category: a given name ("ism"), a pet name
("gæl"), a patronymic ("föð"), a farm ("bær"), a street ("göt"), a town, a region, an
institution, or an ordinary word ("alm"). That tells a name from a word that only looks
like one ("Fundi" is a meeting, "Sæl" a greeting) and finds names no dictionary of given
names holds.

Without the package every function answers "unknown" and the other recognisers work as
before.
"""

from __future__ import annotations

import functools
import logging
import threading
from typing import Any

log = logging.getLogger(__name__)

# BÍN's categories ("hluti") of words that name a person.
PERSON_CATEGORIES = frozenset({"ism", "gæl", "föð", "móð", "ætt"})
FARM_CATEGORIES = frozenset({"bær"})
STREET_CATEGORIES = frozenset({"göt"})

_lock = threading.Lock()


@functools.cache
def _database() -> Any:
    try:
        from islenska import Bin
    except ImportError:
        log.info("islenska is not installed: Icelandic names rely on the other recognisers")
        return None
    return Bin()


def available() -> bool:
    return _database() is not None


@functools.lru_cache(maxsize=65536)
def _readings(word: str) -> tuple[frozenset[str], bool]:
    """BÍN's categories of ``word`` as written (a capitalised word that is no proper noun
    gets its lower-case readings, as at a sentence's start), and whether one of them is a
    word of everyday language (BÍN rates rare, dialect and poetic forms 0)."""
    database = _database()
    if database is None or not word:
        return frozenset(), False
    with _lock:
        _, meanings = database.lookup_ksnid(word)
    everyday = any(m.einkunn >= 1 and m.hluti not in PERSON_CATEGORIES for m in meanings)
    return frozenset(m.hluti for m in meanings), everyday


def categories(word: str) -> frozenset[str]:
    """BÍN's categories of ``word``; empty if BÍN lacks it."""
    return _readings(word)[0]


def everyday_word(word: str) -> bool:
    """ "heima", "kindur", "jón" (an ion): not "sigga", whose only reading is dialect."""
    return _readings(word)[1]


def known(word: str) -> bool:
    return bool(categories(word))


def person_word(word: str) -> bool:
    """A given name, pet name, patronymic or family name in some case."""
    return bool(categories(word) & PERSON_CATEGORIES)


def only_a_name(word: str) -> bool:
    """Every reading BÍN has of ``word`` as written names a person ("Jón", "Siggi")."""
    found = categories(word)
    return bool(found) and found <= PERSON_CATEGORIES


def surname_word(word: str) -> bool:
    """A patronymic, metronymic or family name ("Jónsdóttir", "Thors")."""
    return bool(categories(word) & {"föð", "móð", "ætt"})


def not_a_name(word: str) -> bool:
    """BÍN knows the word and none of its readings names a person ("Fundi", "Segðu",
    "Eyjafjarðarsýsla", "Borgarskjalasafn")."""
    found = categories(word)
    # "erl" is any foreign proper noun, a person's name ("Margaret") as well as a city's.
    return bool(found) and not found & (PERSON_CATEGORIES | {"erl"})


# Farms split in two are told apart by a word of place before the hyphen: "Syðri-Hóli",
# "Ytri-Á", "Litla-Hvammi". BÍN holds some such names, not all.
_FARM_PREFIXES = frozenset((
    "syðri", "syðra", "ytri", "ytra", "efri", "efra", "neðri", "neðra", "nyrðri", "nyrðra",
    "vestri", "vestra", "eystri", "eystra", "fremri", "fremra", "innri", "innra", "stóri",
    "stóra", "litli", "litla", "gamli", "gamla", "nýi", "nýja",
))  # fmt: skip


# The endings of farms' names: "Bakkakoti", "Hólsgerði", "Miðhúsum".
_FARM_ENDINGS = (
    "kot", "koti", "gerði", "staðir", "stöðum", "staða", "hús", "húsum", "húsa", "holt",
    "holti", "hóll", "hóli", "tunga", "tungu", "sel", "seli", "bakki", "bakka", "vellir",
    "völlum", "valla", "hagi", "haga", "hvammur", "hvammi", "garður", "garði", "brekka",
    "brekku", "hlíð", "nes", "nesi", "bær", "bæ", "vatn", "vatni", "hraun", "hrauni",
    "fell", "felli", "skógur", "skógi", "skógum", "húsi", "staður", "stað", "staðar",
    "borg",
)  # fmt: skip
TOWN_CATEGORIES = frozenset({"þor", "örn", "lönd", "borg"})
_SETTLEMENTS = frozenset({"þor", "lönd", "borg"})


def farm_by_name(word: str) -> bool:
    """A farm as the name after a person says it ("Bjössi í Bakkakoti"): a farm or street
    BÍN knows, or a farm's ending on a word BÍN knows as no town or country."""
    if farm_word(word):
        return True
    # BÍN files many farms as places in general ("örn": Grænavatni, Hrauni); a town or a
    # country is none.
    return word.lower().endswith(_FARM_ENDINGS) and not categories(word) & _SETTLEMENTS


# The definite article Icelandic adds to a street said familiarly: "á Túngötunni" (on the
# Túngata), "á Laugaveginum"; BÍN lists the street without it.
_DEFINITE_ENDINGS = (
    ("unni", "u"), ("unnar", "u"), ("una", "u"), ("an", "a"), ("inum", "i"), ("inn", ""),
    ("urinn", "ur"), ("inu", "i"), ("ið", ""), ("ina", ""), ("inni", ""), ("innar", ""),
)  # fmt: skip


def definite_street(word: str) -> bool:
    return any(
        word.endswith(ending) and categories(word[: -len(ending)] + base) & STREET_CATEGORIES
        for ending, base in _DEFINITE_ENDINGS
    )


def farm_word(word: str) -> bool:
    if categories(word) & (FARM_CATEGORIES | STREET_CATEGORIES) or definite_street(word):
        return True
    first, _, rest = word.partition("-")
    return bool(rest) and first.lower() in _FARM_PREFIXES and farm_word(rest)


def titled(word: str) -> str:
    """A lower-case transcript's word as a proper noun: "litla-hvammi" -> "Litla-Hvammi"."""
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
