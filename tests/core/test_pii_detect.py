"""Detection of personal data in single texts: every recogniser with numbers whose check
digits hold and numbers whose check digits fail, names, addresses, dates of birth, and the
rule that Presidio never reaches the network."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from typing import Any

import pytest

from desktop.core.pii import detect
from desktop.core.pii.engine import _build_engine
from desktop.core.pii.languages import iso_code, resolve
from desktop.core.pii.people import find_names
from tests.conftest import REPO


def found(text: str, language: str = "eng") -> list[tuple[str, str, float]]:
    return [(text[s.start : s.end], s.kind, s.score) for s in detect(text, language)]


def pairs(text: str, language: str = "eng") -> list[tuple[str, str]]:
    return [(value, kind) for value, kind, _ in found(text, language)]


def kinds_of(text: str, value: str, language: str = "eng") -> list[tuple[str, float]]:
    return [(kind, score) for v, kind, score in found(text, language) if v == value]


# ----- numbers with check digits -------------------------------------------------------

VALID_IDS = [
    ("eng", "Her social security number: 536-22-1234.", "536-22-1234"),
    ("fra", "Numéro de sécurité sociale 2 55 08 14 168 025 38", "2 55 08 14 168 025 38"),
    ("isl", "Jón Jónsson, kt. 010130-2129, Reykjavík", "010130-2129"),
    ("eng", "National Insurance number AB 12 34 56 C", "AB 12 34 56 C"),
    ("spa", "con DNI 12345678Z", "12345678Z"),
    ("spa", "con NIE X1234567L", "X1234567L"),
    ("nld", "BSN 111222333", "111222333"),
    ("deu", "Steuer-ID 36574261809", "36574261809"),
    ("ita", "codice fiscale RCCMNL83S18D969H", "RCCMNL83S18D969H"),
    ("spa", "Mi CURP: PELJ620415HJCRPN00.", "PELJ620415HJCRPN00"),
    ("spa", "RUT 7.311.452-7, Valdivia", "7.311.452-7"),
    ("fra", "N° AVS : 756.1234.5678.97", "756.1234.5678.97"),
    ("eng", "PPS number: 1234567T", "1234567T"),
]
INVALID_IDS = [  # the same, one check digit wrong, and no word announcing them (a reference)
    ("eng", "Reference 536-22-0000.", "536-22-0000"),
    ("fra", "Dossier 2 55 08 14 168 025 39", "2 55 08 14 168 025 39"),
    ("isl", "Skjal 010130-2139", "010130-2139"),
    ("eng", "Reference BG 12 34 56 C", "BG 12 34 56 C"),
    ("spa", "Ref. 12345678A", "12345678A"),
    ("spa", "Ref. X1234567A", "X1234567A"),
    ("nld", "Dossier 111222334", "111222334"),
    ("ita", "Ref. RCCMNL83S18D969A", "RCCMNL83S18D969A"),
    ("spa", "Ref. PELJ620415HJCRPN01", "PELJ620415HJCRPN01"),
    ("spa", "Ref. 7.311.452-8", "7.311.452-8"),
    ("fra", "Réf. 756.1234.5678.98", "756.1234.5678.98"),
    ("eng", "Ref. 1234567U", "1234567U"),
]


@pytest.mark.parametrize(("language", "text", "value"), VALID_IDS)
def test_identity_numbers_with_valid_check_digits_are_found(
    language: str, text: str, value: str
) -> None:
    assert ("ID_NUMBER", 0.95) in kinds_of(text, value, language)


@pytest.mark.parametrize(("language", "text", "value"), INVALID_IDS)
def test_identity_numbers_with_wrong_check_digits_are_not(
    language: str, text: str, value: str
) -> None:
    assert not [kind for kind, _ in kinds_of(text, value, language) if kind == "ID_NUMBER"]


def test_a_wrong_check_digit_after_its_keyword_is_proposed_with_a_low_score() -> None:
    # The planted sample: the shape of a kennitala whose check digit cannot be issued. An
    # OCR misreading does the same to a real one, so it is proposed, unsure.
    assert kinds_of("Guðrún Sigurðardóttir, kt. 120345-2919", "120345-2919", "isl") == [
        ("ID_NUMBER", 0.45)
    ]
    assert kinds_of("Ref. 120345-2919", "120345-2919", "isl") == []
    # A kennitala with its hyphen and a DNI's eight digits and letter are shapes distinct
    # enough to propose for review unannounced, wrong check digit and all: a person's
    # number mistyped is likelier than a reference of the same shape.
    assert kinds_of("Ingvar 040453-2679, ég 191155-4309", "040453-2679", "isl") == [
        ("ID_NUMBER", 0.4)
    ]
    assert kinds_of("NANa (78.901.234-S) eta", "78.901.234-S", "eus") == [("ID_NUMBER", 0.4)]
    assert kinds_of("jauna, 14587236K NAN zenbakiduna", "14587236K", "eus") == [("ID_NUMBER", 0.4)]
    basque = "Marie Uthurraltek berea eman du (2 78 09 64 300 112 57); besteek"
    assert kinds_of(basque, "2 78 09 64 300 112 57", "eus") == [("ID_NUMBER", 0.4)]
    spaced = kinds_of("Skjal 040453 2679", "040453 2679", "isl")  # no hyphen
    assert "ID_NUMBER" not in [kind for kind, _ in spaced]


def test_german_tax_id_check_digit() -> None:
    assert [k for k, _ in kinds_of("Steuer-ID 36574261809", "36574261809", "deu")] == ["ID_NUMBER"]
    wrong = kinds_of("Aktenzeichen 36574261808", "36574261808", "deu")
    assert "ID_NUMBER" not in [kind for kind, _ in wrong]


def test_iban_and_cards() -> None:
    text = "IBAN GB82 WEST 1234 5698 7654 32 and IS14 0159 2600 7654 5510 7303 39 Bank"
    assert [(v, k) for v, k, _ in found(text)] == [
        ("GB82 WEST 1234 5698 7654 32", "IBAN"),
        ("IS14 0159 2600 7654 5510 7303 39", "IBAN"),
    ]
    # Wrong check digits: a mistyped account is still someone's, so it is proposed for
    # review, with the low score of an unchecked value; a reference of another shape is none.
    assert found("Ref GB82 WEST 1234 5698 7654 33") == [
        ("GB82 WEST 1234 5698 7654 33", "IBAN", 0.45)
    ]
    assert found("Ref XY82 WEST 1234 5698 7654 33") == []
    assert kinds_of("Visa 4111 1111 1111 1111", "4111 1111 1111 1111") == [("CARD", 0.95)]
    assert kinds_of("order 4111 1111 1111 1112", "4111 1111 1111 1112") == []  # fails Luhn
    # a card's word in an Icelandic compound announces a mistyped number too
    paid = "Greiðsla: greiðslukort 4506 9300 1742 2863, raðgreiðslur"
    assert kinds_of(paid, "4506 9300 1742 2863", "isl") == [("CARD", 0.45)]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("eng", "We have noted your telephone number, 01632 960 318, so", "01632 960 318"),
        ("eng", "my telephone number is 01632960527.", "01632960527"),
        ("fra", "votre numéro de téléphone, le\n05 36 49 25 17, afin", "05 36 49 25 17"),
        ("fra", "portable 06 12 34 56 78", "06 12 34 56 78"),
        ("isl", "Síminn er 555 1234.", "555 1234"),
        ("isl", "Hringdu í +354 555 1234", "+354 555 1234"),
        ("spa", "Llame al +34 912 345 678", "+34 912 345 678"),
        ("eus", "Deitu 943 123 456 zenbakira", "943 123 456"),
        ("deu", "Telefon 030 12345678", "030 12345678"),
        ("nld", "bel 020 123 4567", "020 123 4567"),
        ("eng", "ring +353 1 234 5678", "+353 1 234 5678"),
        ("eng", "call (201) 555-0123", "(201) 555-0123"),
        ("eng", "from abroad 0044 20 7946 0018", "0044 20 7946 0018"),
    ],
)
def test_telephone_numbers(language: str, text: str, value: str) -> None:
    assert "PHONE" in [kind for kind, _ in kinds_of(text, value, language)]


def test_an_area_code_in_brackets_keeps_its_opening_bracket() -> None:
    assert ("(01632) 960 456", "PHONE") in pairs("Ring me on 07700 900123 or (01632) 960 456.")


def test_numbers_that_are_not_telephone_numbers() -> None:
    text = "In 1987, page 12 of 300, the years 1930-1945, 14.10.1988, item 4521."
    assert found(text) == []


def test_email_and_ip_address() -> None:
    text = "Write to m.ellison@example.org from 192.168.1.20, not 999.1.1.1."
    assert [(v, k) for v, k, _ in found(text)] == [
        ("m.ellison@example.org", "EMAIL"),
        ("192.168.1.20", "IP_ADDRESS"),
    ]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("eng", "She was born on 3 March 1941 at home.", "3 March 1941"),
        ("eng", "Date of birth: 03/03/1941", "03/03/1941"),
        ("eng", "I was born in Whitby in 1941, in a small house", "1941"),
        ("fra", "née le 14 octobre 1938 à Bayonne", "14 octobre 1938"),
        ("isl", "Hún fæddist 2. maí 1945 á Akureyri.", "2. maí 1945"),
        ("eus", "Miren 1941ean jaio zen.", "1941ean"),
        ("spa", "nacida el 5 de mayo de 1950", "5 de mayo de 1950"),
    ],
)
def test_dates_of_birth(language: str, text: str, value: str) -> None:
    assert "DATE_OF_BIRTH" in [kind for kind, _ in kinds_of(text, value, language)]


def test_a_date_without_birth_is_not_flagged() -> None:
    assert found("The exhibition opened on 3 March 1987.") == []


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("eng", "Mrs Margaret Ellison\n14 Harbour Street, Whitby\n", "14 Harbour Street, Whitby"),
        ("eng", "She lives at 22 Mill Lane, Leeds LS1 4AB.", "22 Mill Lane, Leeds LS1 4AB"),
        ("fra", "12 rue des Tanneurs, 64100 Bayonne", "12 rue des Tanneurs, 64100 Bayonne"),
        ("fra", "au 3 boulevard Victor Hugo", "3 boulevard Victor Hugo"),
        ("deu", "Hauptstraße 5, 10115 Berlin", "Hauptstraße 5, 10115 Berlin"),
        ("deu", "im Lindenweg 12a", "Lindenweg 12a"),
        ("spa", "Calle Mayor 5, 28013 Madrid", "Calle Mayor 5, 28013 Madrid"),
        ("spa", "en la Avenida de la Constitución 12", "Avenida de la Constitución 12"),
        ("eus", "Nagusia kalea 12, Bilbo", "Nagusia kalea 12, Bilbo"),
        ("isl", "Laugavegur 12, 101 Reykjavík", "Laugavegur 12, 101 Reykjavík"),
        ("isl", "býr á Garðarsbraut 5", "Garðarsbraut 5"),
        ("cym", "5 Stryd Fawr, Aberystwyth", "5 Stryd Fawr, Aberystwyth"),
        ("cym", "12 Heol y Frenhines", "12 Heol y Frenhines"),
        ("nld", "Kerkstraat 10, 1017 GC Amsterdam", "Kerkstraat 10, 1017 GC Amsterdam"),
        ("nld", "Dorpslaan 3", "Dorpslaan 3"),
        (
            "fra",
            "Il demeurait 8 bis, avenue Jean-Jaurès, 29200 Brest.",
            "8 bis, avenue Jean-Jaurès, 29200 Brest",
        ),
        (
            "eng",
            "Write to Flat 3, 12 Mill Lane, Bradford BD1 4AB.\nNext",
            "Flat 3, 12 Mill Lane, Bradford BD1 4AB",
        ),
        ("eng", "Reply to PO Box 217, Gundagai NSW 2722.", "PO Box 217, Gundagai NSW 2722"),
        ("eus", "Helbidea: Nagusia kalea 12, 3. ezk.", "Nagusia kalea 12, 3. ezk."),
        # a birth book's house, the value ending with its sentence
        (
            "eus",
            "Aita: Juan Bautista Elizalde.\nEtxea: Jauregizarrea, Arizkun.\nHaurra: mutikoa",
            "Jauregizarrea, Arizkun",
        ),
        (
            "eus",
            "Etxea: Larrabe baserria, Forua. Hileta-elizkizuna Foruko elizan izango da.",
            "Larrabe baserria, Forua",
        ),
        (
            "fra",
            "chez M. Dupraz, 3, montée de la Grande-Côte, Lyon\n",
            "3, montée de la Grande-Côte, Lyon",
        ),
        ("fra", "il habitait au 37, rue Bossuet, Lyon 6e.", "37, rue Bossuet, Lyon 6e"),
        ("fra", "chez Baptiste, 9, passage Thiéré, au 3e, il", "9, passage Thiéré, au 3e"),
        (
            "fra",
            "Mme Émilie Dubois, case postale 48, 1071 Chexbres\n",
            "case postale 48, 1071 Chexbres",
        ),
        (
            "fra",
            "ils habitaient Grand-Rue 12 à L'Auberson (Vaud).",
            "Grand-Rue 12 à L'Auberson (Vaud)",
        ),
        ("spa", "Calle o lugar: calle de la Fuente, núm. 8\n", "calle de la Fuente, núm. 8"),
        ("spa", "vivieron en la calle 12 n.º 9-41, frente al parque", "calle 12 n.º 9-41"),
        (
            "spa",
            "su casa de Av. Juárez 118, esquina con Galeana.",
            "Av. Juárez 118, esquina con Galeana",
        ),
        ("spa", "vivían en La Rebollada, casa 14.", "La Rebollada, casa 14"),
        ("eus", "Patxi; Zigordia kalea 11, behea; kuota erdia", "Zigordia kalea 11, behea"),
        (
            "eus",
            "Jose eta Karmen; Agerre baserria, Urteta auzoa; autobusez",
            "Agerre baserria, Urteta auzoa",
        ),
        (  # a farmstead, its quarter and its village, on a letter's address
            "eus",
            "Marie Bidegain andereari,\nEtxeberria etxaldea, Urdoz auzoa, Baigorri\n\nJauna,",
            "Etxeberria etxaldea, Urdoz auzoa, Baigorri",
        ),
        (
            "eng",
            "the farm at 6120 Township Road 38, Somerset, OH 43783.",
            "6120 Township Road 38, Somerset, OH 43783",
        ),
        # a city's district by its number alone
        (
            "eng",
            "To: 7 Craigleith Crescent, Edinburgh 4\nTel. FOUntainbridge 6251",
            "7 Craigleith Crescent, Edinburgh 4",
        ),
        (
            "eng",
            "(a) Frederick G. Tester, 6 Hanover Terrace, Brighton 7, retired railwayman",
            "6 Hanover Terrace, Brighton 7",
        ),
        # a French rural home and its post office
        (
            "fra",
            "Le Bihan : Kerdréan, par Pont-Aven (Finistère) — C.C.P. Nantes 41-02",
            "Kerdréan, par Pont-Aven (Finistère)",
        ),
        (
            "fra",
            "2201 | Draps | M. Hervé Le Goff, cultivateur, Kerlaz, par Douarnenez | 1 balle",
            "Kerlaz, par Douarnenez",
        ),
        # an English street with no house number, then its town
        (
            "eng",
            "Robert Anderson, shoemaker, Station Road, Ellon; and the residue",
            "Station Road, Ellon",
        ),
        (
            "eng",
            'Lead tenant: P. J. Grayson, home address "Ashlea", Station Road, Horsforth\nRent',
            '"Ashlea", Station Road, Horsforth',
        ),
        # a house's number and its street with no street word, after "residing at"
        ("eng", "Peter Mitchell, Roll No. 902, residing at 28 Gallowgate, had", "28 Gallowgate"),
        # an address field that says whose home it is
        ("fra", "Domicile des parents : Kerguen, en Plouhinec", "Kerguen, en Plouhinec"),
        ("eng", "Employer's address: Craigmore, Bridge of Allan", "Craigmore, Bridge of Allan"),
        ("spa", "Domicilio de los padres: Lugar de Vilar, Bandeira", "Lugar de Vilar, Bandeira"),
        ("isl", "Heimili foreldra: Syðri-Brekkum, Akrahreppi", "Syðri-Brekkum, Akrahreppi"),
        ("eng", "Aged 71. Address of casualty: Ty Gwyn, Llanrug.", "Ty Gwyn, Llanrug"),
        ("eng", "Patient's address: Bryn Teg, Llanrug", "Bryn Teg, Llanrug"),
        (
            "fra",
            "Domicile de la victime : Les Granges, Saint-Gervais",
            "Les Granges, Saint-Gervais",
        ),
        # London's "Villas", Vitoria's "Portal de", a Madrid attic, a Seville tenement, a
        # miners' row's house, a Roubaix court, a department with an apostrophe
        (
            "eng",
            "with Mrs Dove, 12 Ladbroke Villas, Notting Hill. Left",
            "12 Ladbroke Villas, Notting Hill",
        ),
        ("eus", "Miren Ortiz andrea, Portal de Arriaga 8, 2. C, tel.", "Portal de Arriaga 8, 2. C"),
        (
            "spa",
            "Habita: calle del Pez, 31, bohardilla\nOficio: sastre",
            "calle del Pez, 31, bohardilla",
        ),
        (
            "spa",
            "con domicilio en calle Castilla, 14, casa de vecinos, Triana, y",
            "calle Castilla, 14, casa de vecinos, Triana",
        ),
        (
            "fra",
            "le blessé, demeurant 6, rue du Puits, maison 9, à Blaye, a été",
            "6, rue du Puits, maison 9, à Blaye",
        ),
        (
            "fra",
            "demeurant 3, cour Lemaire, rue de Lille, Roubaix.",
            "3, cour Lemaire, rue de Lille, Roubaix",
        ),
        (
            "fra",
            "Il habite 12, rue des Tanneurs, Beaune (Côte-d'Or), avec sa femme.",
            "12, rue des Tanneurs, Beaune (Côte-d'Or)",
        ),
        # a letterhead's town after a dash, ending the line
        (
            "spa",
            "JOAQUÍN MASDEU\nRambla de Cataluña, 40, principal — Barcelona\nTeléfono 3.114",
            "Rambla de Cataluña, 40, principal — Barcelona",
        ),
        # a couple's "&" is no firm's
        (
            "eng",
            'Major & Mrs Lacey, "Glenholme", Cyncoed Road, Cardiff, tel. Cardiff 4410',
            '"Glenholme", Cyncoed Road, Cardiff',
        ),
    ],
)
def test_street_addresses(language: str, text: str, value: str) -> None:
    assert "ADDRESS" in [kind for kind, _ in kinds_of(text, value, language)]


def test_a_numberless_street_and_its_town_heading_a_letter_above_its_date() -> None:
    letter = "Fernlea,\nBeacon Road,\nKingsbridge.\n3rd May 1926.\n\nDear Madam,\nThank you"
    found = pairs(letter)
    assert [v for v, k in found if k == "ADDRESS" and "Beacon Road" in v and "Kingsbridge" in v]
    # not a club's notice, whose lines above a date are no one's home
    notice = "Annual Dinner\nRoyal Hotel\nMarket Place,\nKingsbridge\n3rd May 1926."
    assert not [v for v, k in pairs(notice) if k == "ADDRESS" and "Market Place" in v]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        (
            "fra",
            "Logement attribué : Cité des Bosquets, bâtiment C, escalier 4, 3e étage, porte 12, "
            "93390 Clichy",
            "Cité des Bosquets, bâtiment C, escalier 4, 3e étage, porte 12, 93390 Clichy",
        ),
        (
            "fra",
            "M. Le Gall, Résidence de l'Odet, bât. B, appt 12, Quimper, tél.",
            "Résidence de l'Odet, bât. B, appt 12, Quimper",
        ),
        (
            "spa",
            "Vivienda adjudicada: Grupo San Isidro, bloque 7, portal 2, 4.º B, Madrid",
            "Grupo San Isidro, bloque 7, portal 2, 4.º B, Madrid",
        ),
        (
            "spa",
            "viven en Barrio de la Paz, manzana 12, casa 4, desde 1960",
            "Barrio de la Paz, manzana 12, casa 4",
        ),
        (
            "eng",
            "Tenant: Mr Ryan, No. 7 Block B, Quarry Hill Flats, Leeds",
            "No. 7 Block B, Quarry Hill Flats, Leeds",
        ),
        (
            "fra",
            "Domicile actuel : baraque n° 12, bidonville de la Folie, Nanterre",
            "baraque n° 12, bidonville de la Folie, Nanterre",
        ),
        (
            "eus",
            "Maizterra: Ane Goiri, Otxarkoaga, 3. multzoa, 2. ataria, 5. ezk.",
            "Otxarkoaga, 3. multzoa, 2. ataria, 5. ezk.",
        ),
        # the estate's word written small, before its name or (in Basque) after it
        (
            "fra",
            "Attribué : cité de Montreynaud, bâtiment F, escalier 3, appartement 22, "
            "Saint-Étienne. Entrée le 1er mars.",
            "cité de Montreynaud, bâtiment F, escalier 3, appartement 22, Saint-Étienne",
        ),
        (
            "spa",
            "Adjudicada vivienda en barriada de Huelin, bloque 4, 3.º A. Renta 210 pesetas.",
            "barriada de Huelin, bloque 4, 3.º A",
        ),
        (
            "eus",
            "Etxebizitza esleitua: Lamiako auzoa, 2. blokea, 4. A, Leioa. Giltzak urrian.",
            "Lamiako auzoa, 2. blokea, 4. A, Leioa",
        ),
    ],
)
def test_a_flat_in_a_housing_estate_by_its_block_stair_and_door(
    language: str, text: str, value: str
) -> None:
    assert (value, "ADDRESS") in pairs(text, language), pairs(text, language)


def test_a_town_hall_s_stair_is_no_home_and_an_address_stops_before_an_id() -> None:
    assert not [
        v for v, k in pairs("Réunion à l'Hôtel de Ville, escalier B.", "fra") if k == "ADDRESS"
    ]
    deed = "domiciliado en calle Mayor, 4, 2.º 1.ª, Sabadell, D.N.I. 38.412.967, en nombre"
    found = pairs(deed, "spa")
    assert ("calle Mayor, 4, 2.º 1.ª, Sabadell", "ADDRESS") in found, found
    assert ("38.412.967", "ID_NUMBER") in found, found


def test_no_district_from_a_dates_day_nor_a_post_office_from_a_signer() -> None:
    assert ("3 Church Street, Ely", "ADDRESS") in pairs("At 3 Church Street, Ely 14 May 1902.")
    assert not [v for v, k in pairs("Signé, par Jean Roux.", "fra") if k == "ADDRESS"]


def test_a_firms_or_a_halls_street_is_no_home() -> None:
    for text in (
        "9/83 - present  Junior typist, J. Whittle & Sons (Builders' Merchants), Strand Road, "
        "Preston\nReason for leaving",
        "Minute of Committee Meeting held in the Hall, Loch Street, Aberdeen, on Tuesday",
        "Clerk to Messrs. Fowler, Sharp and Wardle, Solicitors, Market Street, Ashby.",
    ):
        assert not [v for v, k in pairs(text) if k == "ADDRESS"], text
    # nor does the town go on over a form's gap to the next label
    form = pairs("41 Union Street, Glace Bay          Telephone: 318-J")
    assert ("41 Union Street, Glace Bay", "ADDRESS") in form, form


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("eng", "We walked by the river to the church in summer, and the mill in 1930."),
        ("eng", "The bakery on Church Lane and the Pannett Hall, Whitby."),
        ("fra", "La crue de 1930 et les fêtes du quartier, rue par rue."),
        ("isl", "Myndin af bátunum við höfnina verður sýnd í haust."),
        ("eus", "Udan ibaiaren ondoan dagoen elizara joan ginen."),
    ],
)
def test_ordinary_words_survive(language: str, text: str) -> None:
    assert found(text, language) == []


# ----- names ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("eng", "Dear Mrs Ellison,", "Ellison"),
        ("eng", "Mr Robert Haines has offered", "Robert Haines"),
        ("fra", "Monsieur Étienne Laborde\n12 rue", "Étienne Laborde"),
        ("isl", "Kæra Guðrún,", "Guðrún"),
        ("isl", "Guðrún Sigurðardóttir, kt.", "Guðrún Sigurðardóttir"),
        ("isl", "Jón Jónsson skrifaði", "Jón Jónsson"),
        ("eus", "Nire izena Miren Etxeberria da.", "Miren Etxeberria"),
        ("eng", "My name is Thomas Fletcher. I was born", "Thomas Fletcher"),
    ],
)
def test_names_from_honorifics_salutations_and_patronymics(
    language: str, text: str, value: str
) -> None:
    assert "PERSON" in [kind for kind, _ in kinds_of(text, value, language)]


def test_known_names_despite_ocr_errors_case_diacritics_and_line_breaks() -> None:
    text = (
        "Dear MRS ELLlSON,\nwe met Margaret Elli-\nson and Gudrun Sigurdardottir; also "
        "mrs margret  \n ellison, by the river."
    )
    spans = find_names(text, ["Margaret Ellison", "Guðrún Sigurðardóttir"])
    values = {text[s.start : s.end] for s in spans}
    assert {"ELLlSON", "Margaret Elli-\nson", "Gudrun Sigurdardottir"} <= values
    assert "margret  \n ellison" in values  # the whole name, lower case, one letter lost
    assert not any("river" in value for value in values)


def test_short_words_of_a_name_need_an_exact_match() -> None:
    assert find_names("Ann went to Anna's house; ANN came.", ["Ann Lee"]) == []
    spans = find_names("Ann Lee and ann lee", ["Ann Lee"])
    assert len(spans) == 2


def test_english_ner_proposes_names_in_languages_without_a_model_with_a_low_score() -> None:
    text = "Atzo Mikel Zabala etorri zen portura."
    spans = [s for s in detect(text, "eus") if s.kind == "PERSON"]
    assert any(
        text[s.start : s.end].endswith("Mikel Zabala")
        and s.score < 0.5
        and "en-ner" in s.detector.split("+")
        for s in spans
    )
    # Without it, the given-name list still proposes the name with its surname, weakly.
    alone = detect(text, "eus", english_fallback=False)
    assert [(text[s.start : s.end], s.detector) for s in alone] == [("Mikel Zabala", "given-name")]
    # One capitalised word at the start of a sentence is not taken for a name.
    assert found("Telefon. Kennitala. Sími 464 1234.", "isl") == [("464 1234", "PHONE", 0.95)]


# ----- languages and the network -------------------------------------------------------


def test_languages_map_from_tesseract_and_whisper_codes() -> None:
    assert iso_code("eng") == "en" and iso_code("eus+spa") == "eu" and iso_code("fr") == "fr"
    assert resolve("fra").ner_model == "fr_core_news_sm"
    assert resolve("isl").ner_model is None and resolve("isl").tokenizer == "is"
    assert resolve("bre").tokenizer == "xx"


def test_detection_never_opens_a_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> None:
        attempts.append(args)
        raise OSError("no network in this test")

    # Name lookup comes before connecting: with no DNS a connect is never reached, so both
    # are refused and counted. (tldextract left to itself makes two attempts here.)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    # A fresh engine, so that loading is covered too, then an e-mail address (tldextract).
    engine = _build_engine(resolve("eng"))
    results = engine.analyze(text="Write to m.ellison@example.org today.", language="en")
    assert [r.entity_type for r in results] == ["EMAIL_ADDRESS"]
    assert found("lender's e-mail someone@example.co.uk, Bayonne", "fra")
    assert attempts == []


# ----- the command line ----------------------------------------------------------------


def quire_detect(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "pii", "detect", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=REPO,
    )


def test_cli_detect_prints_character_offsets() -> None:
    text = "Kæra Guðrún Sigurðardóttir, kt. 010130-2129, sími 555 1234.\n"
    result = quire_detect("--lang", "isl", stdin=text)
    assert result.returncode == 0, result.stderr
    spans = json.loads(result.stdout)["spans"]
    assert [(text[s["start"] : s["end"]], s["kind"]) for s in spans] == [
        ("Guðrún Sigurðardóttir", "PERSON"),
        ("010130-2129", "ID_NUMBER"),
        ("555 1234", "PHONE"),
    ]
    assert all(set(s) == {"start", "end", "kind", "score"} for s in spans)


def test_cli_detect_jsonl_scores_many_texts_in_one_run() -> None:
    texts = [f"Call Mr John Smith on 01632 960 {n:03d}." for n in range(300)]
    lines = [json.dumps(t) for t in texts]
    lines.insert(1, "")  # a blank line gets an empty answer, so lines stay aligned
    result = quire_detect("--lang", "eng", "--jsonl", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == 301 and answers[1] == {"spans": []}
    first = answers[0]["spans"]
    assert [(texts[0][s["start"] : s["end"]], s["kind"]) for s in first] == [
        ("John Smith", "PERSON"),
        ("01632 960 000", "PHONE"),
    ]
    bad = quire_detect("--lang", "eng", "--jsonl", stdin='"fine"\n{"not": "a string"}\n')
    assert bad.returncode == 3 and "Line 2" in bad.stderr
    # A raw line separator (U+2028) inside a JSON string does not split the line.
    odd = json.dumps("Note\u2028call 01632 960 318", ensure_ascii=False)
    result = quire_detect("--lang", "eng", "--jsonl", stdin=odd + "\n")
    (answer,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(s["start"], s["end"], s["kind"]) for s in answer["spans"]] == [(10, 23, "PHONE")]


def test_given_names_in_running_prose_are_proposed_weakly() -> None:
    assert found("Í gær kom Þórunn með Stefán.", "isl") == [
        ("Þórunn", "PERSON", 0.4),
        ("Stefán", "PERSON", 0.4),
    ]
    assert found("We took Nellie to the harbour in May.") == [("Nellie", "PERSON", 0.4)]
    # Not a short one at a sentence's start, not months, not names that are everyday words.
    assert found("Ella came. In August the Rose Garden opened on a Sunday.") == []


def test_an_email_whose_at_sign_ocr_misread_is_still_proposed() -> None:
    assert found("Netfang: t.einarssonGexample.is.", "isl") == [
        ("t.einarssonGexample.is", "EMAIL", 0.5)
    ]
    assert ("jesuspereaGexample.es", "EMAIL", 0.5) in found("Correo: jesuspereaGexample.es", "spa")
    assert found("Il est revenu le 3.5.1988 à la maison.", "fra") == []
    # The domain's last dot read as a comma (leak bench, seed 53).
    text = "su correo electrónico, c.mateosfexample,es, para avisarle. La casa,es bonita."
    assert [s[0] for s in found(text, "spa")] == ["c.mateosfexample,es"]


def test_inflected_icelandic_phone_words_give_context() -> None:
    spans = found("Símanúmerið mitt er 428 3493.", "isl")
    assert ("428 3493", "PHONE", 0.75) in spans


def test_a_street_line_without_a_known_street_word_is_proposed() -> None:
    letter = "Mr John Smith\n27 Flowergate\nWhitby\n\n12 December\n"
    assert found(letter) == [("27 Flowergate", "ADDRESS", 0.45)] or (
        "27 Flowergate",
        "ADDRESS",
        0.45,
    ) in found(letter)
    assert ("Easo balea 18", "ADDRESS", 0.45) in found("Andrea\nEaso balea 18\n", "eus")
    assert not [s for s in found("Minutes\n\n12 December\n") if s[1] == "ADDRESS"]


def test_a_speck_before_a_street_line_does_not_hide_it() -> None:
    # Seen in the leak bench: OCR reads a speck of the page as a quote mark or a dash.
    letter = "Koldo Zubizarreta jauna\n“ Easo balea 18, 20003 Donostia\n"
    assert [s for s in found(letter, "eus") if s[0].startswith("Easo balea 18")]
    assert ("38 Station Road, Whitby", "ADDRESS", 0.7) in found(
        "Mr Haines\n-38 Station Road, Whitby\n"
    )


def test_a_number_announced_as_an_id_is_proposed_even_when_ocr_mangled_it() -> None:
    # The NIR 1 52 01 64 237 364 50, as Tesseract read it off a skewed letter.
    text = "relevé votre numéro de sécurité sociale :\n\n11:52: 01 64 237 364 50.\n"
    assert ("11:52: 01 64 237 364 50", "ID_NUMBER", 0.45) in found(text, "fra")
    # ... and with a zero read as the letter O.
    text = "numéro de sécurité sociale : 2:30 06 64 328 925 O1. Avec"
    assert ("2:30 06 64 328 925 O1", "ID_NUMBER", 0.45) in found(text, "fra")
    # Without a word announcing an ID, a run of digits is left alone.
    assert not [
        s for s in found("Reçu le colis 11:52: 01 64 237 364 50.\n", "fra") if s[1] == "ID_NUMBER"
    ]


def test_what_ocr_does_to_the_address_block_of_a_letter() -> None:
    # Each seen in the leak bench's skewed letters: a quote-mark speck before a word, a
    # misread street word after a two-word name, Icelandic street endings, Don/Doña as
    # OCR reads them, an accent on a domain, a space after a dot of an e-mail address.
    assert ("38 Station ‘Road, Malton YO17 7LP", "ADDRESS", 0.7) in found(
        "Mrs Paige Read\n38 Station ‘Road, Malton YO17 7LP\n"
    )
    assert [s for s in found("Sr. Aroca\ncalle “del Carmen 14, 20004 San Sebastián\n", "spa")
            if s[0].startswith("calle “del Carmen 14")]  # fmt: skip
    assert [s for s in found("Josu jauna\n_ San Frantzisko balea 31, 20280 Hondarribia\n", "eus")
            if s[0].startswith("San Frantzisko balea 31")]  # fmt: skip
    assert [s for s in found("Björn\nStórigarður 13, 101 Reykjavík\n", "isl")
            if s[0].startswith("Stórigarður 13")]  # fmt: skip
    for line, name in (
        ("Sra. D.a Jordana Perea Lastra", "Jordana Perea Lastra"),
        ("Sr: D: Balduino Águila Huerta", "Balduino Águila Huerta"),
        ("Sra. D.ª Olivia Piñol Esparza", "Olivia Piñol Esparza"),
    ):
        assert [s for s in found(line + "\n", "spa") if s[0] == name and s[1] == "PERSON"], line
    assert ("josugoikoetxeaexample.éus", "EMAIL", 0.5) in found(
        "helbide elektronikoa, josugoikoetxeaexample.éus, jaso", "eus"
    )
    assert [
        s
        for s in found("your e-mail address, lorraine. reed@example.org, so", "eng")
        if s[:2] == ("lorraine. reed@example.org", "EMAIL")
    ]


def test_more_of_what_ocr_does_to_a_letter() -> None:
    # From a leak-bench run on a seed never used for tuning (23).
    text = "your National Insurance number, AB 63 21.58 A. With"
    assert ("AB 63 21.58 A", "ID_NUMBER", 0.45) in found(text)
    assert [s for s in found("Mr Henry Goodwin\n8. Station Road, Malton YO17 7LP\n")
            if s[0].startswith("8. Station Road") and s[1] == "ADDRESS"]  # fmt: skip
    assert [s for s in found("Carnero\navenida de la.Libertad 16, 20004 San Sebastián\n", "spa")
            if s[0].startswith("avenida de la.Libertad 16")]  # fmt: skip
    assert [s for s in found("your e-mail address, h. goodwin@example. ata so that")
            if s[:2] == ("h. goodwin@example. ata", "EMAIL")]  # fmt: skip
    # A sentence after an e-mail address is not swallowed into it.
    assert [
        s[0] for s in found("Write to b. lee@example.org. Then we met.") if s[1] == "EMAIL"
    ] == ["b. lee@example.org"]


def test_what_a_second_fresh_sample_showed() -> None:
    # Leak bench, seed 37, run once before these were handled.
    assert ("61449085P", "ID_NUMBER", 0.85) in found(
        "zure MAN zenbakia ere idatzi dugu: -61449085P. Agirre andreak", "eus"
    )
    assert [s for s in found("Mrs Abigail Fletcher\n21 Mill. Road, Scarborough\nDear")
            if s[0].startswith("21 Mill. Road") and s[1] == "ADDRESS"]  # fmt: skip
    # A sentence's full stop after a town is not blanked: the next sentence stays out.
    assert ("Calle Mayor 5, 28013 Madrid", "ADDRESS", 0.7) in found(
        "Vive en Calle Mayor 5, 28013 Madrid. Hemos recibido", "spa"
    )
    text = "su correo electrónico, balduino. aguiladexample. es, para avisarle"
    assert ("balduino. aguiladexample. es", "EMAIL", 0.5) in found(text, "spa")
    text = "sécurité sociale : 1 54 06 64 344, 269 21. Avec"
    assert ("1 54 06 64 344, 269 21", "ID_NUMBER", 0.45) in found(text, "fra")


def test_what_the_last_fresh_sample_showed() -> None:
    # Leak bench, seed 41: run once, never tuned on; these were handled after it.
    letter = "Mr Bernard Jackson\n~ . 4 Harbour, Street, Whitby YO21 3PU\nDear Mr Jackson,"
    assert [s for s in found(letter) if s[0].startswith("4 Harbour, Street") and s[1] == "ADDRESS"]
    assert [s for s in found("Sra. D.?2 Ascensión Águila Huerta\nplaza", "spa")
            if s[:2] == ("Ascensión Águila Huerta", "PERSON")]  # fmt: skip
    assert [s for s in found("your telephone number, 020 '7946 0973, and your")
            if s[:2] == ("020 '7946 0973", "PHONE")]  # fmt: skip


def test_what_a_fresh_sample_after_all_that_showed() -> None:
    # Leak bench, seed 43: run once after every fix above; these were handled after it.
    for language, letter, street in (
        ("fra", "Madame Vaillant\n13 quai: Galuperie, 64100 Bayonne\n", "13 quai: Galuperie"),
        ("eus", "Koldo jauna\nSan FFrantzisko kalea 2, 20800 Zarautz\n", "San FFrantzisko kalea 2"),
        ("eus", "Gorka jauna\nPortu-.kalea 43, 20003 Donostia\n", "Portu-.kalea 43"),
    ):
        spans = found(letter, language)
        assert [s for s in spans if s[0].startswith(street) and s[1] == "ADDRESS"], spans


def test_the_line_under_a_name_in_a_letters_head_is_proposed_as_an_address() -> None:
    # Whatever OCR did to its punctuation: the letter's layout says what it is.
    letter = "Koldo Arrieta jauna\nSan FFrantzisko kaléa 2, 2O800 Zarautz\nAgurgarri hori:"
    assert [
        s for s in found(letter, "eus") if s[0].startswith("San FFrantzisko") and s[1] == "ADDRESS"
    ]
    letter = "Madame Stéphanie Vaillant\n13 quai;: Galuperie, 64100 Bayonne\nMadame,"
    assert [s for s in found(letter, "fra") if s[0].startswith("13 quai;: Galuperie")]
    # A date under the sender's name, or a numbered line under a sentence, is not.
    assert not [s for s in found("Thomas Fletcher\n3rd March 1987\nDear Sir,") if s[1] == "ADDRESS"]
    minutes = "Mr Robert Haines offered the account books.\n3. Loans and gifts\n"
    assert not [s for s in found(minutes) if s[1] == "ADDRESS"]
    # Nor a line of a person's contacts, papers or dates under the name.
    for text, language in (
        ("Garbiñe Zubizarreta\nTel.: 943 70 22 15 · gzubizar@example.eus\n", "eus"),
        ("Migdalia Rivera Santiago\nCel. 787-555-0186\nEnviado desde mi iPhone", "spa"),
        ("Abizenak: Larraioz Etxarri\nNAN/AIZ: 44127706K\nJaiotze-data:", "eus"),
        ("Joxe Larrinaga Etxebarrieta\n1963 – errementaria, Lamberri (Ermua)\n", "eus"),
        ("Ingibjörg Lárusdóttir\nkt. 120356-2319, sími 482 1100\n", "isl"),
    ):
        assert not [s for s in found(text, language) if s[1] == "ADDRESS"], text


# ----- where a value stands: forms, registers, the rest of the text -------------------


def test_a_labelled_field_is_personal_data_whatever_its_words() -> None:
    form = (
        "EMATE-AGIRIA\n"
        "Izen-abizenak: Irati Zubeldia Arrese\n"
        "Helbidea: Goiko Errota, Lizartza\n"
        "Jaioterria: Amezketa\n"
        "Deskribapena: bi argazki-album"
    )
    spans = found(form, "eus")
    assert ("Irati Zubeldia Arrese", "PERSON", 0.6) in spans
    assert ("Goiko Errota, Lizartza", "ADDRESS", 0.55) in spans
    assert ("Amezketa", "PLACE_OF_BIRTH", 0.55) in spans
    assert not [s for s in spans if s[0].startswith("bi argazki")]
    # After a full stop mid-line too, up to the next label.
    spans = found("Viuda. Domicilio: Huerta del Pozo. Hijos: dos.", "spa")
    assert ("Huerta del Pozo", "ADDRESS", 0.55) in spans
    # An abbreviation's full stop does not end the value ("Avda. de ...").
    spans = found("Domicilio: Avda. de Goya, 31, 4.º B, 50300 Calatayud\nTel.: ninguno", "spa")
    assert [s for s in spans if s[0] == "Avda. de Goya, 31, 4.º B, 50300 Calatayud"], spans
    # A name by which someone goes, and who asked the questions.
    form = pairs("Full name: Siobhan Marie Doherty\nPreferred name: Shiv\nInterviewer: Pat Lee")
    assert ("Shiv", "PERSON") in form and ("Pat Lee", "PERSON") in form, form
    # A French register's given names in brackets after the surname are the name's; a
    # title in brackets is not
    form = pairs("Nom et prénoms : GIRAUD (Louis-Auguste), 27 ans", "fra")
    assert ("GIRAUD (Louis-Auguste)", "PERSON") in form, form
    assert ("DUVAL", "PERSON") in pairs("Nom : DUVAL (Mme), veuve", "fra")
    # A label after a gap of three spaces, the form's next column; not a letter's short "à :"
    form = pairs("Nom : BENSAÏD   Prénom : Fatima   Nom de jeune fille : ZERROUKI\nN°", "fra")
    assert ("ZERROUKI", "PERSON") in form, form
    # a society's officers
    assert ("Fermin Olaizola", "PERSON") in pairs(
        "Bilera amaitu zen.\n\nIdazkaria: Fermin Olaizola", "eus"
    )
    born = pairs("Née le : 14/06/1919     à : Marseille (Bouches-du-Rhône)\n", "fra")
    assert ("Marseille", "PERSON") not in born, born


def test_a_speaker_label_or_an_institution_after_a_label_is_not_a_name() -> None:
    assert not found("Witness: yes that was the year the mill shut", "eng")
    transcript = "INFORMANT: well we never had the money\nTo: Parish Council"
    assert not [s for s in found(transcript) if s[1] == "PERSON"]


def test_cells_under_a_register_heading_are_proposed() -> None:
    register = (
        "No. | Name | Born | Father | Address | Remarks\n"
        "17 | Elsie Trattles | 4.2.1931 | Amos Trattles, joiner | Nab End | left 1945\n"
        "18 | Cyril Pybus | 30.11.1930 | Mrs J. Pybus (widow) | 3 Sand Row | none\n"
    )
    spans = found(register)
    for value, kind in (
        ("Elsie Trattles", "PERSON"),
        ("4.2.1931", "DATE_OF_BIRTH"),
        ("Amos Trattles", "PERSON"),
        ("Nab End", "ADDRESS"),
        ("J. Pybus", "PERSON"),
    ):
        assert [s for s in spans if s[0] == value and s[1] == kind], (value, spans)
    assert not [s for s in spans if "joiner" in s[0] or "left" in s[0] or "widow" in s[0]]


def test_a_registers_heading_holds_over_its_households() -> None:
    census = (
        "Colonnes : nom de famille | prénoms | année de naissance | lieu de naissance | "
        "situation | profession\n\nMaison 14, ménage 17, rue du Four\n"
        "Cimaz | Marie-Joséphine | 1858 | Bonneval | épouse | ménagère\n\n"
        "Maison 15, ménage 18, place de l'Église\n"
        "Tracq | Séraphin | 1862 | Lanslevillard | chef | aubergiste\n"
    )
    names = [v for v, k in pairs(census, "fra") if k == "PERSON"]
    assert {"Cimaz", "Marie-Joséphine", "Tracq", "Séraphin"} <= set(names), names
    # Years of residence are no address.
    padron = (
        "Columnas: nombre y apellidos | edad | años de residencia en el municipio\n\n"
        "Eusebio Ayuso Marín | 52 | desde nacimiento\n"
    )
    assert not [v for v, k in pairs(padron, "spa") if k == "ADDRESS"]


def test_old_shortened_given_names_and_register_rows_under_a_name() -> None:
    census = pairs("Mary Ellen Trengove; Dau.; 12\nWm Henry Trengove; Son; 4; Scholar\n")
    assert ("Wm Henry Trengove", "PERSON") in census, census
    # The next row of a register is no address line under the name above it.
    assert not [v for v, k in census if k == "ADDRESS"], census
    assert ("Thos. Dent", "PERSON") in pairs("Thos. Dent, mason, and his son were present.")


def test_names_after_ranks_kin_with_an_article_or_de_a_maiden_name_and_a_lone_initial() -> None:
    assert ("de Boissieu", "PERSON") in pairs(
        "Le lieutenant de Boissieu est un brave homme.", "fra"
    )
    assert ("Delannoy", "PERSON") in pairs("Témoin : Mme Germaine Vandewalle, née Delannoy.", "fra")
    # "Don de Mlle ...": a gift from Mademoiselle, and "de" no particle of her name.
    gift = pairs("Don de Mlle Simone Hiriart, petite-nièce, en 1974.", "fra")
    assert not [v for v, k in gift if v.startswith("de ")], gift
    spanish = pairs("Las tiene mi nieta, la Vane, y el dinero fue a la viuda de Blasco.", "spa")
    assert ("Vane", "PERSON") in spanish and ("Blasco", "PERSON") in spanish, spanish
    assert [v for v, k in pairs("If Mrs O. is not available, her son will come.") if v == "O"]
    basque = pairs(
        "Agustin Lasa Irazusta\n«Txato»\n\nZestoan jaio zen. Agur, Txato, eta kitto.", "eus"
    )
    assert [v for v, k in basque if v == "Txato"], basque
    # A greeting's comma and the next line's first word: "Bonjour,\nJe recherche".
    assert not [
        v for v, k in pairs("Bonjour,\nJe recherche la fiche matricule.", "fra") if k == "PERSON"
    ]


def test_places_abbreviations_and_kin_words_that_look_like_names() -> None:
    # A given name alone after "in" is a place: "está en Valencia", "á Hellu".
    assert not [
        v
        for v, k in pairs("Manolo vino el domingo, ahora está en Valencia.", "spa")
        if v == "Valencia"
    ]
    assert not [v for v, k in pairs("Afhent á Hellu 9. maí 2017.", "isl") if k == "PERSON"]
    # Icelandic "en" is "but": "Siggi heill á húfi en Bjössi missti tvo fingur".
    assert [
        v
        for v, k in pairs("Siggi kom heill heim en Bjössi missti tvo fingur.", "isl")
        if v == "Bjössi"
    ]
    assert not [
        v for v, k in pairs("Sus apenados.\nD. E. P.\n\nFoz, 1987.", "spa") if k == "PERSON"
    ]
    assert not [v for v, k in pairs("soldat de 2e classe, 126e R.I., 9e Cie", "fra") if v == "R.I"]
    # "Aitaren aldeko" (on the father's side): a kin word with a case ending.
    assert not [
        v for v, k in pairs("Aitaren aldeko aiton-amonak: Juan Aranburu.", "eus") if v == "Aitaren"
    ]
    assert not [v for v, k in pairs("Fondo familiar donado en 2003.", "spa") if k == "PERSON"]
    assert not [
        v for v, k in pairs("Recibido.\n\n[Nota de la asociación: texto]", "spa") if v == "Nota"
    ]


def test_more_ways_of_naming_a_person_a_house_and_a_certificate() -> None:
    census = pairs("Richard Trengove; Head; 45\nGrace Trengove; Wife; 43\n")
    assert ("Grace Trengove", "PERSON") in census, census  # "Grace" is a word, and a name
    assert ("Frasquito", "PERSON") in pairs("R: mi padre, Frasquito, era aceitunero.", "spa")
    assert ("Mikeli", "PERSON") in pairs("Deitu nire lehengusu Mikeli; Ondarroan bizi da.", "eus")
    minutes = pairs("Présents : Aimé Gleize, secrétaire ; Bonnet fils ; Notre fils Thomas.", "fra")
    assert ("Bonnet", "PERSON") in minutes and not [v for v, k in minutes if v == "Notre"], minutes
    assert ("Tŷ Isaf", "ADDRESS") in pairs("Give my love to Aunty Sal at Tŷ Isaf, and tell Father.")
    dbs = pairs("DBS applied for: 06/09/2021. Certificate no. 001736459821, issued 28/09/2021.")
    assert ("001736459821", "ID_NUMBER") in dbs, dbs
    letter = pairs(
        "[Letter.]\n\n1127 Price Street\nScranton, Pa.\nU.S.A.\nMarch 3rd 1912\n\nDear Mother,"
    )
    assert ("U.S.A.", "ADDRESS") in letter or ("U.S.A", "ADDRESS") in letter, letter


def test_kings_offices_and_circles_are_no_names() -> None:
    assert not [
        v for v, k in pairs("la visita de Alfonso XIII a la fábrica.", "spa") if k == "PERSON"
    ]
    assert not [v for v, k in pairs("le mariage de Louis XIV en l'église.", "fra") if k == "PERSON"]
    letter = pairs(
        "Monsieur le Président\nCercle d'histoire locale du Bugue\n\nMonsieur le Président,\n\n"
        "Je confie au Cercle les lettres de mon grand-père.",
        "fra",
    )
    assert not [v for v, k in letter if "Président" in v or v == "Cercle"], letter
    minutes = pairs(
        "Present: Mr G. H. Baldry (Chairman), Mr R. Catchpole.\n\nSigned: G. H. Baldry, Chairman."
    )
    assert not [v for v, k in minutes if v == "Chairman"], minutes


def test_a_post_office_box_but_not_an_archives_box() -> None:
    assert [
        v
        for v, k in pairs("Write to P.O. Box 312, Mountain Home, Idaho.")
        if v.startswith("P.O. Box 312")
    ]
    assert ("Apartado de Correos 45", "ADDRESS") in pairs(
        "Apartado de Correos 45\n40100 San Ildefonso", "spa"
    )
    shelf = pairs("To be boxed with the enclosure papers (Box 12, shelf C). Box 3, Folder 2.")
    assert not [v for v, k in shelf if k == "ADDRESS"], shelf


def test_a_lower_case_transcript_under_a_capitalised_heading() -> None:
    tape = (
        "Nelson & District Local History Society – Mill Lives Oral History Project\n"
        "Tape 14, side A. Recorded 9 March 1984 at the Weavers' Institute, Nelson.\n"
        "Transcribed by Margaret Holt, checked by the Archive Committee, June 1985.\n\n"
        "INT: and you got married\nRESP: i married fred in thirty-four at the chapel up the hill\n"
        "INT: and your mother\nRESP: me mam were annie she had four looms at the shed\n"
        "INT: what did she do after\nRESP: she took in washing for the neighbours till the war\n"
    )
    names = [v for v, k in pairs(tape) if k == "PERSON"]
    assert "fred" in names and "annie" in names, names
    basque = pairs(
        "Urola Kostako Ahozko Ondarea – 2005/12 elkarrizketa. Grabaketa: Azpeitia.\n\n"
        "E: eta gurasoak\nJ: aitak manuel zeukan izena baña denak manolo esaten zioten\n"
        "E: zure seme-alabak\nJ: hiru, joxe mari baserrian dago oraindik behiekin eta ondo\n"
        "E: eta gero\nJ: gero gerra etorri zan eta dena aldatu zan herri honetan ere bai\n",
        "eus",
    )
    assert not [v for v, k in basque if "baña" in v or "esaten" in v], basque


def test_names_in_capitals_after_a_title_and_more_kinds_of_rural_address() -> None:
    heading = pairs(
        "ROGAD A DIOS EN CARIDAD POR EL ALMA DE\nDOÑA VICENTA BOSCH MIRALLES\nViuda", "spa"
    )
    assert ("VICENTA BOSCH MIRALLES", "PERSON") in heading, heading
    assert ("Visanteta", "PERSON") in pairs(
        "conocida por todos como la tia Visanteta. Nacida", "spa"
    )
    envelope = pairs(
        "[Enveloppe : Madame Amélie Fabre, au Bouyssou, par Marcolès (Cantal).]", "fra"
    )
    assert [v for v, k in envelope if v.startswith("au Bouyssou, par Marcolès")], envelope
    quebec = pairs(
        "feu dame Jeannine Gagnon, demeurant au 3418, rang Saint-Isidore, Laterrière.", "fra"
    )
    assert [v for v, k in quebec if v.startswith("3418, rang Saint-Isidore")], quebec
    belgian = pairs(
        "à l'adresse suivante :\navenue Brugmann 212, boîte 5\n1190 Forest\n\nJe", "fra"
    )
    assert [v for v, k in belgian if v.startswith("avenue Brugmann 212, boîte 5")], belgian
    assert [
        v
        for v, k in pairs("Vi a Pepín, el de casa Cotiella, que está flaco.", "spa")
        if "Cotiella" in v
    ]
    assert [
        v
        for v, k in pairs("Mrs. Edna Corkum, 74, of R.R. 1, Blue Rocks.")
        if v.startswith("R.R. 1")
    ]


def test_farms_of_a_named_person_breton_hamlets_and_more_street_forms() -> None:
    show = pairs("The show was opened by Mrs Cicely Purchas of Heaning House, who recalled it.")
    assert ("Heaning House", "ADDRESS") in show, show
    tup = pairs("The tup went to Richard Alderson of High Birk Hatt, a long way to travel.")
    assert ("High Birk Hatt", "ADDRESS") in tup, tup
    prize = pairs("First prize went to Mrs Edna Raw of Gill Edge, West Burton, with Mrs Hammond.")
    assert ("Gill Edge, West Burton", "ADDRESS") in prize, prize
    assert not [
        v for v, k in pairs("A letter from Mr John Smith of Leeds arrived.") if k == "ADDRESS"
    ]
    baptism = pairs(
        "Fils de Jean Jaouen et d'Anne, demeurant audit Kerhuel. Parrain : Joseph.", "fra"
    )
    assert ("Kerhuel", "ADDRESS") in baptism, baptism
    church = pairs(
        "fils de Pierre Cadic, sabotier, demeurant rue de l'Église. Parrain : Yves.", "fra"
    )
    assert [v for v, k in church if v.startswith("rue de l'Église")], church
    ledger = pairs("La Tomasa, calle Ánimas\n3 de febrero: 1 kg garbanzos", "spa")
    assert ("calle Ánimas", "ADDRESS") in ledger, ledger
    assert ("Casa do Ferreiro", "ADDRESS") in pairs("Dile a los de Casa do Ferreiro que sí.", "spa")
    hall = pairs("se reúne en la sala de juntas de la Casa de Cultura la Junta.", "spa")
    assert not [v for v, k in hall if k == "ADDRESS"], hall
    danish = pairs("hann bjó þá á Nørrebrogade 112, 2. sal hjá dönskum hjónum", "isl")
    assert [v for v, k in danish if v.startswith("Nørrebrogade 112, 2. sal")], danish


def test_telephones_beside_an_account_said_in_dialect_and_after_celular() -> None:
    line = pairs("Errezil — tel. 943.83.19.07 — kontua: ES91 3035 0078 8507 8120 4563", "eus")
    assert ("943.83.19.07", "PHONE") in line, line
    said = pairs(
        "lek.: hamen daukot bere telefonue... sei ehun eta hamabost, laurogeta bi, berrogei, "
        "hogeta hamazazpi. arratsaldetan deitu",
        "eus",
    )
    assert [v for v, k in said if k == "PHONE" and v.endswith("hogeta hamazazpi")], said
    mexican = pairs("Mi celular es +52 1 222 318 4907 (tengo WhatsApp).", "spa")
    assert [v for v, k in mexican if k == "PHONE" and v.endswith("318 4907")], mexican


def test_basque_streets_with_capitals_and_digits_mills_and_id_labels() -> None:
    note = pairs(
        "Deitu 943 83 15 62, edo utzi paperean Kale Nagusiko 14an, bigarren ezkerrean.", "eus"
    )
    assert [v for v, k in note if v.startswith("Kale Nagusiko 14an, bigarren ezkerrean")], note
    mill = pairs("Kontxesi Larrañaga, gaur egun Iturralde errotan bizi direnak.", "eus")
    assert ("Iturralde errotan", "ADDRESS") in mill, mill
    form = pairs("Nombre y apellidos: Inmaculada Gallardo\nDNI (obligatorio para el seguro)", "spa")
    assert not [v for v, k in form if v == "DNI"], form


def test_a_home_named_once_is_proposed_where_the_text_names_it_again() -> None:
    register = (
        "3. Mendizabal Iturbe, Nekane — Zelaigorri baserria, Ibarbeltz auzoa, 20737 Errezil\n\n"
        "Nekanek buletina paperean jaso nahi du, Zelaigorrira bidalita. Sagar-tarta, "
        "Zelaigorriko sagarrekin. Errezilen egingo da bilera."
    )
    homes = [v for v, k in pairs(register, "eus") if k == "ADDRESS"]
    assert "Zelaigorrira" in homes and "Zelaigorriko" in homes, homes
    # the town after the home is not spread: "Errezilen"
    assert "Errezilen" not in homes, homes
    show = pairs("Opened by Mrs Purchas of Heaning House. The field below Heaning Lane was full.")
    assert not [v for v, k in show if v == "Heaning"], show


def test_maria_shortened_and_a_forms_next_column() -> None:
    assert ("M.ª Pilar Lahoz", "PERSON") in pairs(
        "La donante: M.ª Pilar Lahoz\nRecibido por:", "spa"
    )
    socios = pairs("Se admitieron como socios a José M.ª García, alias Pinín, barrenista.", "spa")
    assert ("José M.ª García", "PERSON") in socios, socios
    signed = pairs("Firma de la donante: M.ª D. Sánchez     Firma del codonante: K. Bouzid", "spa")
    assert ("M.ª D. Sánchez", "PERSON") in signed, signed
    english = pairs("Signed: J. R. Ollerenshaw     Date: 14/06/2019\nReceived by: the Society")
    assert ("J. R. Ollerenshaw", "PERSON") in english, english


def test_a_name_found_once_is_proposed_where_the_text_repeats_it() -> None:
    letter = (
        "Sra. Begoña Uranga Lasa\nLe escribo de parte de la familia. Begoña Uranga no vive ya aquí."
    )
    spans = found(letter, "spa")
    assert [s for s in spans if s[0] == "Begoña Uranga" and s[1] == "PERSON"], spans
    # The repeat is found under a Basque case ending, and the ending goes with the name:
    # left behind, "k" would say whose name was removed.
    minutes = "Garmendia jaunak irakurri zuen. Garmendiak proposatu zuen bilera atzeratzea."
    values = [s[0] for s in found(minutes, "eus") if s[1] == "PERSON"]
    assert values == ["Garmendia", "Garmendiak"], values
    # A name written in lower case is looked for in lower case only where it was so found.
    assert not [s for s in found("Mrs Hope came. We hope so.") if s[0] == "hope"]


def test_names_listed_with_a_found_name_are_proposed() -> None:
    spans = found("Present: MM. Etcheverry, Harismendy et Lacoste.", "fra")
    names = {s[0] for s in spans if s[1] == "PERSON"}
    assert {"Harismendy", "Lacoste"} <= names, spans


def test_an_address_takes_the_rest_of_its_line() -> None:
    text = "Please send it to 27 Orchard Road, Tenbury Wells, Worcs WR15 8AA before the summer."
    spans = found(text)
    assert ("27 Orchard Road, Tenbury Wells, Worcs WR15 8AA", "ADDRESS", 0.7) in [
        (v, k, round(s, 2)) for v, k, s in spans
    ], spans
    spans = found("Zuzenbidea: Nagusia kalea 4, 3. ezk. (Gipuzkoa), tel. 943 000 000", "eus")
    assert [s for s in spans if s[0] == "Nagusia kalea 4, 3. ezk. (Gipuzkoa)"], spans


def test_a_home_known_by_its_name_is_proposed_as_an_address() -> None:
    for text, value, language in (
        ("The Dobsons moved to High Gill Farm in 1952.", "High Gill Farm", "eng"),
        ("Il habitait la ferme Etcheberria depuis la guerre.", "ferme Etcheberria", "fra"),
        ("Vivían en el cortijo de los Almendros.", "cortijo de los Almendros", "spa"),
        ("Goenaga baserria saldu zuten.", "Goenaga baserria", "eus"),
    ):
        assert [s for s in found(text, language) if s[0] == value and s[1] == "ADDRESS"], text
    assert not [s for s in found("Gure etxea txikia zen.", "eus") if s[1] == "ADDRESS"]


def test_titles_labels_and_saints_are_cut_from_names() -> None:
    text = "Cllr Dorothy Pickles seconded.\nRaymond Oddie\nAddress: 4 Kiln Row"
    names = [s[0] for s in found(text) if s[1] == "PERSON"]
    assert "Dorothy Pickles" in names and "Raymond Oddie" in names, names
    assert not [n for n in names if "Address" in n or "Cllr" in n]
    assert not [
        s for s in found("La procesión de San Telmo salió tarde.", "spa") if s[1] == "PERSON"
    ]
    assert not [s for s in found("Donante:\nFecha: 1990", "spa") if s[1] == "PERSON"]
    spans = found("Við fórum til Ísafjarðar og svo á Flateyri með Jóni.", "isl")
    assert not [s for s in spans if s[0] in ("Flateyri", "Ísafjarðar")], spans


def test_several_people_in_one_field_and_titles_in_the_plural() -> None:
    spans = found("Gurasoak: Koldo Arana eta Miren. Helbidea: Goikoa 3.", "eus")
    names = {s[0] for s in spans if s[1] == "PERSON"}
    assert {"Koldo Arana", "Miren"} <= names, spans
    text = "Asistentes: los Sres. Peñalver, Ruiz de Alda y Mora."
    covered = "".join(s[0] for s in found(text, "spa") if s[1] == "PERSON")
    assert all(name in covered for name in ("Peñalver", "Ruiz", "Alda", "Mora")), covered


def test_a_family_letters_closing_and_the_names_under_it() -> None:
    for text, names, language in (
        ("On pense à vous.\nGrosses bises,\nMimi et Roger\n", {"Mimi", "Roger"}, "fra"),
        ("Ondo ibili.\nMuxu handi bat,\nKoro\n", {"Koro"}, "eus"),
        ("Hér er allt gott.\nÞinn einlægur bróðir,\nSveinn\n", {"Sveinn"}, "isl"),
        ("Recuerdos de vuestra hija que no os olvida,\nAsunción\n", {"Asunción"}, "spa"),
    ):
        people = {s[0] for s in found(text, language) if s[1] == "PERSON"}
        assert names <= people, (text, people)


def test_a_letters_signature_and_a_nickname() -> None:
    letter = "Os echo mucho de menos.\n\nUn abrazo muy fuerte,\nFuensanta"
    assert [s for s in found(letter, "spa") if s[0] == "Fuensanta" and s[1] == "PERSON"]
    letter = "Aquí hace calor.\nBesos de vuestra Mari Loli"
    assert [s for s in found(letter, "spa") if s[0] == "Mari Loli" and s[1] == "PERSON"]
    spans = found("The death has occurred of Walter 'Chalky' Wragg of Sleights.")
    assert [s for s in spans if s[0] == "Walter 'Chalky' Wragg"], spans
    assert [
        s for s in found("Era conocido por todos como «el Tinín».", "spa") if s[0] == "el Tinín"
    ]
    assert ("Peg", "PERSON") in pairs("Margaret Brennan, everyone calls her Peg, still has it.")
    # a word in quotes right after a name is the nickname, in brackets too
    assert ("William 'Bill' Harris", "PERSON") in pairs("Sgt. William 'Bill' Harris wrote home.")
    assert ("Snowy", "PERSON") in pairs('DEATHS\nMcALISTER, Hugh Donald ("Snowy"). - On July 11.')


def test_icelandic_names_ending_like_a_place_and_short_ones_opening_a_sentence() -> None:
    # "-nes" is a headland's ending, but BÍN knows "Jóhannes" only as a man
    spans = pairs("Systkini Sigríðar: Jóhannes, f. 1926. Dísa, Hannes og börnin.", "isl")
    assert ("Jóhannes", "PERSON") in spans and ("Hannes", "PERSON") in spans, spans
    spans = pairs("Kaupið er gott. Lára er byrjuð í skólanum og talar ensku.", "isl")
    assert ("Lára", "PERSON") in spans, spans
    spans = pairs("Hér er gott. Rósa og Gerða á Bakka tóku að sér veitingar.", "isl")
    assert ("Rósa", "PERSON") in spans, spans


def test_inflected_icelandic_and_basque_given_names_and_farms() -> None:
    spans = found("Samþykkt að senda Sigurlaugu bréf. Bréfið fór til Jóhönnu.", "isl")
    names = {s[0] for s in spans if s[1] == "PERSON"}
    assert {"Sigurlaugu", "Jóhönnu"} <= names, spans
    spans = found("Gjaldkeri var Ásta í Holti.", "isl")
    assert {("Ásta", "PERSON"), ("Holti", "ADDRESS")} <= {(s[0], s[1]) for s in spans}, spans
    # A Basque name is found under its case ending, which goes with it.
    text = "Gutuna Mikelek idatzi zuen."
    spans = detect(text, "eus", english_fallback=False)
    assert [(text[s.start : s.end], s.kind) for s in spans] == [("Mikelek", "PERSON")], spans


def test_icelandic_names_and_look_alikes_by_the_morphology_database() -> None:
    # Inflected and pet names no dictionary of given names holds.
    spans = found("Við fórum með Ragnheiði og Bjössa upp í sveit.", "isl")
    assert {"Ragnheiði", "Bjössa"} <= {s[0] for s in spans if s[1] == "PERSON"}, spans
    # A greeting, a title, a verb and a region are no part of a name.
    spans = found("Sæl Guðrún mín.\nSegðu Kristjáni frá því. Fröken Margrét Þorláksdóttir", "isl")
    names = {s[0] for s in spans if s[1] == "PERSON"}
    assert {"Guðrún", "Kristjáni", "Margrét Þorláksdóttir"} <= names, spans
    assert not names & {"Sæl Guðrún", "Segðu Kristjáni", "Sæl", "Fröken"}, spans
    text = "Manntal í Eyjafjarðarsýsla. Fundi slitið. Kiwanisklúbbsins gjöf til safnsins."
    assert not [s for s in found(text, "isl") if s[1] == "PERSON"]
    # A farm after a name is the person's home; a foreign city is not.
    spans = found("Bréf frá Sigurlaugu Jónsdóttur frá Ytra-Vatni, sem bjó í Kaupmannahöfn.", "isl")
    assert ("Ytra-Vatni", "ADDRESS") in {(s[0], s[1]) for s in spans}, spans
    assert "Kaupmannahöfn" not in {s[0] for s in spans}, spans


def test_the_english_model_on_basque_and_spanish_keeps_names_not_places_or_labels() -> None:
    text = (
        "Atzo Igeldora joan ginen Mertxe eta biok. Zumarragako Historia Mintegiak "
        "Lekeitioko argazkiak bidali ditu."
    )
    people = {s[0] for s in found(text, "eus") if s[1] == "PERSON"}
    assert "Mertxe" in people, people
    assert not people & {"Atzo", "Igeldora", "Atzo Igeldora", "Lekeitioko", "Zumarragako"}
    form = "Nombre: Teresa Gallego Ríos\nFecha de nacimiento: 12/06/1948\nNaturaleza: Soria"
    people = {s[0] for s in found(form, "spa") if s[1] == "PERSON"}
    assert "Teresa Gallego Ríos" in people and not people & {"Fecha", "Naturaleza"}, people
    # A given name alone after "del", "de la" is a devotion or a place, not a person.
    people = {s[0] for s in found("Salió la procesión de la Virgen del Carmen.", "spa")}
    assert not people, people
    people = {s[0] for s in found("Firmó María del Carmen Ruiz.", "spa")}
    assert people == {"María del Carmen Ruiz"}, people


def test_names_and_farms_in_an_icelandic_transcript_typed_in_lower_case() -> None:
    transcript = (
        "spyrill: þetta er viðtal tekið á heimili páls jónssonar á steinsstöðum og við "
        "ætlum að tala um gamla daga og búskapinn\n"
        "viðmælandi: já það hafa nú allir kallað mig siggu og ég var alltaf heima með "
        "kindur og hestana hjá henni mömmu og ég ólst upp á litla-hvammi þar sem vegur lá"
    )
    spans = {(s[0], s[1]) for s in found(transcript, "isl")}
    assert {("páls jónssonar", "PERSON"), ("siggu", "PERSON")} <= spans, spans
    assert {("steinsstöðum", "ADDRESS"), ("litla-hvammi", "ADDRESS")} <= spans, spans
    assert not {v for v, _ in spans} & {"heima", "kindur", "henni", "vegur", "mömmu"}, spans


def test_names_said_after_a_kinship_word_or_a_title_in_a_lower_case_transcript() -> None:
    transcript = (
        "interviewer: and what did your dad do\n"
        "speaker 2: my dad was jack shaw well he worked at the yard and my mum was ivy she "
        "was a weaver and we lived near the river with me uncle bob for a bit after the war "
        "and then the house went to the church"
    )
    values = {s[0] for s in found(transcript) if s[1] == "PERSON"}
    assert {"jack shaw", "ivy", "bob"} <= values, values
    assert not values & {"river", "church", "weaver", "yard"}, values
    transcript = (
        "galdetzailea: zein zen zure familia\n"
        "lekukoa: bai ni josu arana naiz eta aita kepa zen arrantzalea eta ama mari etxean "
        "egoten zen beti gurekin eta ni ere itsasora joan nintzen gero urte askoan"
    )
    values = {s[0] for s in found(transcript, "eus") if s[1] == "PERSON"}
    assert {"josu arana", "kepa", "mari"} <= values, values


def test_a_surname_after_initials_or_an_abbreviated_given_name() -> None:
    for text, value, language in (
        ("Sinadura: A. Zubiri", "A. Zubiri", "eus"),
        ("Signature : A.-S. Le Bras", "A.-S. Le Bras", "fra"),
        ("Móttekið fyrir hönd safnsins: G. Ö. Sveinsson", "G. Ö. Sveinsson", "isl"),
        ("1841 | Knott Houses | Servant | Edw. Pattinson", "Edw. Pattinson", "eng"),
        ("en casa de D. Jaime Puig, calle Mayor", "Jaime Puig", "spa"),
        # a Welsh double letter as one initial
        ("attended by R. Ll. Pugh, surgeon", "R. Ll. Pugh", "eng"),
    ):
        assert (value, "PERSON") in {(s[0], s[1]) for s in found(text, language)}, text
    # A postscript is no initial.
    people = {s[0] for s in found("Tu hija,\nAsunción\n\nP. D. Escribidme pronto.", "spa")}
    assert not [p for p in people if "Escribidme" in p], people


def test_a_signature_before_a_note_on_the_envelope() -> None:
    french = "Je vous embrasse bien fort.\nVotre fils,\nJojo\n\n(Enveloppe conservée : M. et Mme)"
    assert ("Jojo", "PERSON") in pairs(french, "fra"), pairs(french, "fra")
    icelandic = "Kveðja til allra heima.\n\nÞín elskandi systir\nRúna\n(Guðrún skrifaði sig svo)"
    assert ("Rúna", "PERSON") in pairs(icelandic, "isl"), pairs(icelandic, "isl")


def test_a_title_in_lower_case_inside_a_sentence() -> None:
    spanish = pairs("P.D.: La señora Elcira, la del segundo piso, pregunta por ti.", "spa")
    assert ("Elcira", "PERSON") in spanish, spanish
    form = pairs("Nature : don\nConditions particulières : consultation libre", "fra")
    assert not [v for v, k in form if k == "PERSON"], form


def test_a_spanish_first_name_after_its_article() -> None:
    letter = (
        "Recibí tu carta y la foto de la Paulita con su uniforme. Juanillo, el de la Remedios, "
        "mozo de la mina. Emigró a la Argentina el día de la Inmaculada. Vivimos en la Paz."
    )
    values = {v for v, k in pairs(letter, "spa") if k == "PERSON"}
    assert {"Paulita", "Remedios"} <= values, values
    assert not values & {"Argentina", "Inmaculada", "Paz"}, values


def test_a_farm_said_after_a_person_or_a_move_in_a_lower_case_tape() -> None:
    tape = (
        "interviewer: and where did she stay\nspeaker: in the infants she lodged with mrs "
        "jenkins at brynhyfryd on the top road and every summer we went up to my uncle emrys "
        "at penlan uchaf for the hay and then we moved down to pentre isaf that's the farm "
        "by the chapel and my father worked at the quarry"
    )
    homes = {v for v, k in pairs(tape) if k == "ADDRESS"}
    assert {"brynhyfryd", "penlan uchaf", "pentre isaf"} <= homes, homes
    assert not {"quarry", "chapel"} & homes, homes


def test_a_given_name_that_is_a_word_with_a_surname_after_it_in_a_tape() -> None:
    tape = (
        "interviewer: and who worked the looms\nspeaker: there was mrs ormerod no wait it were "
        "polly ormerod she were a weaver at the same mill and my mother went with her every day"
    )
    values = {v for v, k in pairs(tape) if k == "PERSON"}
    assert "polly ormerod" in values, values
    french = "témoin: ma femme jeannine disait que je le donnerais au musée un jour et voilà"
    assert not [v for v, k in pairs(french, "fra") if k == "PERSON" and "femme" in v]


def test_a_relatives_name_after_the_kinship_word_in_a_lower_case_transcript() -> None:
    spanish = (
        "entrevistada: mi papá lucho era estibador en el puerto y mi mamá rosa cosía para "
        "afuera y nos fuimos donde mi tía chela al cerro. ahora estoy con mi hija maricarmen "
        "en ubrique y mi madre decía que mi hermano mayor trabajaba en la mina"
    )
    values = {v for v, k in pairs(spanish, "spa") if k == "PERSON"}
    assert {"rosa", "chela", "maricarmen"} <= values, values
    assert not values & {"decía", "mayor", "trabajaba"}, values
    english = (
        "speaker: well there was mam and dad and my brother worked down the pit and aunty bet "
        "would bring the tea out and we had george and moira and wee alan in the back room"
    )
    values = {v for v, k in pairs(english) if k == "PERSON"}
    assert {"bet", "alan"} <= values and "worked" not in values, values
    french = (
        "témoin: c'est mon nom de jeune fille hein et son père avait la forge à côté de l'église"
    )
    assert not [v for v, k in pairs(french, "fra") if k == "PERSON"], pairs(french, "fra")


def test_a_surname_or_nickname_after_a_title_in_a_lower_case_transcript() -> None:
    transcript = (
        "enquêteur: et le quartier\n"
        "témoin: il y avait un cordonnier monsieur sanchez et les enfants de la voisine "
        "madame pujol venaient jouer avec nous dans la cour derrière le dépôt des bus "
        "et le chef de dépôt c'était monsieur garnier un homme sévère"
    )
    values = {s[0] for s in found(transcript, "fra") if s[1] == "PERSON"}
    assert {"sanchez", "pujol", "garnier"} <= values, values
    transcript = (
        "informante: pues en el pueblo todos me dicen cabeza desde chica y mi abuela se "
        "casó con un tal llano que era de fuera y tenía las tierras al lado del río"
    )
    values = {s[0] for s in found(transcript, "spa") if s[1] == "PERSON"}
    assert {"cabeza", "llano"} <= {v.split()[0] for v in values}, values


def test_names_listed_in_a_lower_case_transcript() -> None:
    transcript = (
        "entrevistadora: y cuántos hermanos eran\n"
        "informante: cinco. paco, la encarna, yo y la pili, que era la pequeña, y "
        "vivíamos todos juntos en la casa de la abuela con las cabras y las gallinas"
    )
    values = {s[0] for s in found(transcript, "spa") if s[1] == "PERSON"}
    assert {"paco", "encarna"} <= values, values
    assert not values & {"cabras", "gallinas", "abuela"}, values


def test_names_in_a_transcript_typed_in_lower_case() -> None:
    transcript = (
        "INT: and who ran the shop then\n"
        "RESP: well me mam had it till the war and then our maureen took it on for a bit "
        "but she never liked it much so it went to a lad from the village and he had it "
        "for years after that you know\n"
        "INT: and your brother\n"
        "RESP: no he went on the boats"
    )
    values = {s[0] for s in found(transcript)}
    assert "maureen" in values
    assert not values & {"village", "years", "boats", "mam"}
    # In a text written with capitals, a lower-case given name is an ordinary word.
    assert not found("We walked by the river and picked a rose for the table.")


def test_addresses_and_numbers_said_in_a_transcript() -> None:
    for text, value, kind, language in (
        ("on habitait au douze rue des blanchers", "douze rue des blanchers", "ADDRESS", "fra"),
        ("gure etxea iturribide kalea hamabi laugarrena zen", "iturribide kalea hamabi laugarrena",
         "ADDRESS", "eus"),
        ("vivíamos en el bloque siete segundo derecha", "bloque siete segundo derecha",
         "ADDRESS", "spa"),
        ("pour le recontacter c'est le zéro quatre soixante-cinq soixante et onze vingt-deux "
         "trente-huit", "zéro quatre soixante-cinq soixante et onze vingt-deux trente-huit",
         "PHONE", "fra"),
    ):  # fmt: skip
        assert (value, kind) in {(s[0], s[1]) for s in found(text, language)}, text
    # A count is no telephone number, nor a number alone a street.
    assert not found("we had zero cows and two pigs", "eng")
    assert not [s for s in found("il y avait douze enfants dans la classe", "fra")]


def test_northern_streets_french_villages_and_words_broken_over_lines() -> None:
    text = 'Ann Dinsdale, known to all as "Nancy", of 3 Chapel Fold, Grassington, died.'
    assert [s for s in found(text) if s[1] == "ADDRESS" and "3 Chapel Fold" in s[0]]
    text = "Mrs. Sarah Ann Crabtree, of 4 Lumb Terrace, Midge-\nhole, remembers them well."
    assert [s for s in found(text) if s[1] == "ADDRESS" and s[0].endswith("Midge-\nhole")]
    text = "Adressé à Madame Vigier Léonie, le Bourg, Vebret, par Saignes (Cantal)"
    addresses = [s[0] for s in found(text, "fra") if s[1] == "ADDRESS"]
    assert "le Bourg, Vebret, par Saignes (Cantal)" in addresses, addresses


def test_a_street_named_after_someone_and_a_registers_headings_are_no_names() -> None:
    people = {s[0] for s in found("We walked along Marine Drive to the pier.") if s[1] == "PERSON"}
    assert not people, people
    register = "Baptized | Christian Name | Parents' Christian Names\n1851 | Agnes | John"
    people = {s[0] for s in found(register) if s[1] == "PERSON"}
    assert not [p for p in people if "Name" in p], people


def test_french_pet_names_aunts_hamlets_and_a_census_lieu_dit_column() -> None:
    text = (
        "Paul se baigne deux fois par jour et Nénette ramasse des coquillages. "
        "Le livret de famille de la tante Mimi est retrouvé. Allez voir le vieux "
        "Fernand Lestrade à La Borie Haute, qui a connu le moulin."
    )
    spans = {(s[0], s[1]) for s in found(text, "fra")}
    assert {("Nénette", "PERSON"), ("Mimi", "PERSON"), ("La Borie Haute", "ADDRESS")} <= spans
    census = (
        "Nom | Prénoms | Lieu-dit | Profession\n"
        "Lacombe | Pierre | Les Combes | cultivateur\n"
        "Tessier | Antoine | Le Mas Haut | domestique"
    )
    addresses = {s[0] for s in found(census, "fra") if s[1] == "ADDRESS"}
    assert {"Les Combes", "Le Mas Haut"} <= addresses, addresses
    assert "cultivateur" not in {s[0] for s in found(census, "fra")}


def test_the_town_and_country_lines_under_an_address() -> None:
    letter = "Fröken\nMargrét Þorláksdóttir\nLaufásvegi 41\nReykjavík\nIsland\n\nKæra Margrét,"
    spans = {(s[0], s[1]) for s in found(letter, "isl")}
    assert {("Reykjavík", "ADDRESS"), ("Island", "ADDRESS")} <= spans, spans
    letter = "Carol Ann Mercer\n2217 Linden Avenue, Apt. 4B\nIthaca, NY 14850\nUSA\n\nDear Sir,"
    assert ("USA", "ADDRESS") in {(s[0], s[1]) for s in found(letter)}
    # A signature under the sender's address is a name, not part of the address.
    letter = "Yours,\n14 Harbour Street, Whitby\nMargaret"
    assert ("Margaret", "ADDRESS") not in {(s[0], s[1]) for s in found(letter)}


def test_a_models_single_word_that_the_dictionary_lists_is_a_label() -> None:
    # The small models call such headings people; the model's own lemma lists say they
    # are words.
    register = "Registre des entrées\nTitulaire : Jeanne Roux\nPortable : 06 12 34 56 78"
    people = {s[0] for s in found(register, "fra") if s[1] == "PERSON"}
    assert "Jeanne Roux" in people and not people & {"Registre", "Titulaire", "Portable"}
    text = "Baptized | Child | Parents\n1851 | Agnes | John and Mary Birkett, Farmer"
    people = {s[0] for s in found(text) if s[1] == "PERSON"}
    assert not people & {"Baptized", "Child", "Farmer"}, people


def test_a_word_that_is_rarely_a_name_where_the_language_is_spoken() -> None:
    # Given names somewhere (the dictionary's frequencies say how rare here), words here.
    text = "The Herald printed it. Paid by Visa. The vicar went up to Kendal on Tuesday."
    assert not [s for s in found(text) if s[1] == "PERSON"], found(text)
    transcript = (
        "interviewer: and where did you live then\n"
        "respondent: we had the top floor of the old manor by trinity church and our "
        "george used to run up and down them stairs all day long with the dog after him"
    )
    values = {s[0] for s in found(transcript) if s[1] == "PERSON"}
    assert "george" in values and not values & {"floor", "manor", "trinity"}, values


def test_where_someone_lived_said_without_a_house_number() -> None:
    for text, value, language in (
        ("they lived on Howgill Lane till 1960", "Howgill Lane", "eng"),
        ("she'd been a hodgson from yew tree farm", "yew tree farm", "eng"),
        ("le notaire, qui habitait lui aussi rue du Four, est venu", "rue du Four", "fra"),
        ("vivíamos en la calle del horno, número cuatro", "calle del horno, número cuatro",
         "spa"),
        ("Hún ólst upp við Hafnarstræti og bjó síðar við Túngötu.", "Túngötu", "isl"),
    ):  # fmt: skip
        assert (value, "ADDRESS") in {(s[0], s[1]) for s in found(text, language)}, text
    for text, value in (
        ("Adressées « chez Hiriart aîné, rue de la Navarre » à Bayonne.", "rue de la Navarre"),
        ("Elle vivait toujours dans sa maison de la rue des Mouettes.", "rue des Mouettes"),
        ("on allait chez madame peyrot, au lieu-dit la borie basse", "lieu-dit la borie basse"),
    ):
        assert (value, "ADDRESS") in {(s[0], s[1]) for s in found(text, "fra")}, text
    text = "Bizitza osoa eman zuen Arranegi kalean, portuaren ondoan."
    assert ("Arranegi kalean", "ADDRESS") in {(s[0], s[1]) for s in found(text, "eus")}
    text = "Vivió toda su vida en la calle de la Rúa, junto al río."
    assert ("calle de la Rúa", "ADDRESS") in {(s[0], s[1]) for s in found(text, "spa")}
    # No name, no address: "the farm", "our house".
    assert not found("we lived at the farm and then moved to our house", "eng")


def test_a_census_household_role_column_is_not_an_address() -> None:
    register = (
        "Nafn | Staða á heimili | Fæðingardagur\n"
        "Jón Jónsson | húsbóndi | 3. maí 1860\n"
        "Guðrún Pálsdóttir | kona hans | 9. júní 1862"
    )
    spans = {(s[0], s[1]) for s in found(register, "isl")}
    assert ("Jón Jónsson", "PERSON") in spans, spans
    assert not {v for v, k in spans if k == "ADDRESS"} & {"húsbóndi", "kona hans"}, spans


def test_a_telephone_number_said_in_words_near_a_word_for_telephone() -> None:
    for text, value, language in (
        ("and the phone number was double four seven one", "double four seven one", "eng"),
        ("le téléphone c'était le trente-deux", "trente-deux", "fra"),
        ("síminn hjá þeim var 21473", "21473", "isl"),
        (
            "no se entiende con el móvil. apunta: seis seis cero, cuarenta y uno, veintidós",
            "seis seis cero, cuarenta y uno, veintidós",
            "spa",
        ),
    ):
        assert [s for s in found(text, language) if s[0] == value and s[1] == "PHONE"], text
    assert not [s for s in found("Accession number 1987, two boxes.") if s[1] == "PHONE"]


def test_a_kinship_word_or_a_basque_greeting_beside_a_name() -> None:
    spans = found("Le sobreviven su esposa, Remedios, y sus hijos.", "spa")
    assert [s for s in spans if s[0] == "Remedios" and s[1] == "PERSON"], spans
    spans = found("Við fórum heim og Lauga frænka kom með.", "isl")
    assert [s for s in spans if s[0] == "Lauga" and s[1] == "PERSON"], spans
    spans = found("Baigorri, 1985\n\nGaxuxa maitea,\n\nZure gutuna jaso dut.", "eus")
    assert [s for s in spans if s[0] == "Gaxuxa" and s[1] == "PERSON"], spans
    # "Ama maitea" (dear mother) is no name.
    assert not [s for s in found("Ama maitea: hemen gaude.", "eus") if s[1] == "PERSON"]


def test_a_longer_given_name_at_a_sentences_start_is_proposed() -> None:
    spans = found("Llegamos bien. Manolo sigue en la RENFE.", "spa")
    assert [s for s in spans if s[0] == "Manolo"], spans
    # A short one is too often a word: "Can we come?"
    assert not found("We waited. Can we come?")


def test_an_address_said_in_a_transcript() -> None:
    for text, value, language in (
        ("we lived at sixty one harbour road then", "sixty one harbour road", "eng"),
        ("vivíamos en la calle cinco casa nueve", "calle cinco casa nueve", "spa"),
        ("við bjuggum á skólavegi fjögur", "skólavegi fjögur", "isl"),
    ):
        assert [s for s in found(text, language) if s[0] == value and s[1] == "ADDRESS"], text


def test_the_rest_of_an_address_block_and_what_stands_before_a_postcode() -> None:
    letter = "Nab End Farm\nGoathland Road\nSleights\n\n3rd May 1962\n\nDear Mrs Pybus,"
    values = {s[0] for s in found(letter) if s[1] == "ADDRESS"}
    assert {"Nab End Farm", "Goathland Road"} <= values, values
    assert not [v for v in values if "May" in v or "Dear" in v]
    text = "The keys are with Mr Amos Wragg, Toll Bar House, Beck Hole YO22 5LE, till June."
    spans = found(text)
    assert ("Toll Bar House, Beck Hole YO22 5LE", "ADDRESS") in {(s[0], s[1]) for s in spans}
    # A greeting or a sign-off next to an address line is not part of it.
    letter = "Bonjour,\n12 rue des Tanneurs\nCordialement,"
    assert [s[0] for s in found(letter, "fra") if s[1] == "ADDRESS"] == ["12 rue des Tanneurs"]


def test_offices_headings_years_and_remarks_are_not_personal_data() -> None:
    text = (
        "DEED OF GIFT\n"
        "Received by: Registrar\n"
        "Thomas Ruddock (1811-1879) was Clerk to the Board.\n"
        "Present: Mr Ruddock (Chairman), Mrs Bean."
    )
    values = {s[0] for s in found(text)}
    assert not values & {"DEED", "DEED OF GIFT", "Registrar", "Clerk", "Chairman", "1811-1879"}
    assert "Thomas Ruddock" in values
    # Basque "dit" is a verb, not French "dit « X »".
    from desktop.core.pii.spread import nicknames

    assert nicknames("Ellandek erran dit Baionan zinela.", []) == []


def test_the_letter_head_the_leak_bench_left_half_found() -> None:
    # Seeds 53 and 59: Tesseract reads "D.ª" as "D.?", and the dictionary spells the
    # name without its accent ("Ascension"); the name line must not run into the street.
    letter = "Sra. D.? Ascensión Águila Huerta\nCalle Mayor 5\n\nEstimada Sra. Águila:\n"
    spans = found(letter, "spa")
    assert [s for s in spans if s[0] == "Ascensión Águila Huerta" and s[1] == "PERSON"], spans
    assert [s for s in spans if s[0] == "Calle Mayor 5" and s[1] == "ADDRESS"], spans


def test_initials_and_surnames_said_after_a_given_name_go_with_the_name() -> None:
    # Initials before a surname, but French "M." is Monsieur and Spanish "D." Don.
    assert ("M. A. Fothergill", "PERSON") in pairs("(Mrs M. A. Fothergill)")
    assert ("M. Wilson", "PERSON") in pairs("Typed up by M. Wilson for the Society.")
    assert ("E. Ruiz de la Peña", "PERSON") in pairs("Transcrito por E. Ruiz de la Peña.", "spa")
    french = pairs("Présents : M. Dupont et M.-T. Lorand.", "fra")
    assert ("Dupont", "PERSON") in french and ("M.-T. Lorand", "PERSON") in french, french
    # In a lower-case transcript, the surnames said after a given name, but no ordinary
    # word ("gave") and no Basque verb ("gaude").
    tape = (
        "q: this is tape two and i'm sitting with annie broughton at her kitchen table. "
        "where were you brought up? a: up the valley. me dad took the farm on when old "
        "isaac tyson gave up, and mother was lizzie, lizzie broughton she was, and we had "
        "the cows and the hens and a dog called nip and it was a hard life but a good one"
    )
    names = [value for value, kind, _ in found(tape) if kind == "PERSON"]
    assert "annie broughton" in names and "lizzie broughton" in names, names
    assert not [name for name in names if name.endswith("gave")], names
    basque = (
        "elkarrizketatzailea: gaur azaroaren laugarrena da eta pello etxeberriarekin gaude "
        "bere etxean. non jaio zinen? informatzailea: baserrian jaio nintzen, mendi "
        "azpian. aita joxe etxeberria zen eta ama kontxi, eta sei anai-arreba ginen etxean"
    )
    names = [value for value, kind, _ in found(basque, "eus") if kind == "PERSON"]
    assert "pello etxeberriarekin" in names and "joxe etxeberria" in names, names


def test_e_mail_addresses_said_aloud_or_written_against_robots() -> None:
    assert ("john dot smith at gmail dot com", "EMAIL") in pairs(
        "my email is john dot smith at gmail dot com if you want it"
    )
    assert ("pepe arroba gmail punto com", "EMAIL") in pairs(
        "mi correo es pepe arroba gmail punto com", "spa"
    )
    assert ("jb.dent (at) gmail.com", "EMAIL") in pairs("Write to jb.dent (at) gmail.com.")
    # "at" before a place is no e-mail: the domain must end in a top-level domain.
    assert not [k for _, k in pairs("We met at Whitby. It rained.") if k == "EMAIL"]


def test_spanish_and_basque_hundreds_in_a_telephone_number_said_aloud() -> None:
    tape = (
        "informante: apunta seiscientos doce treinta y cuatro cincuenta y seis setenta y "
        "ocho y así era la vida entonces no teníamos mucho pero éramos felices con los "
        "vecinos que siempre nos ayudaban en todo lo que hacía falta"
    )
    assert ("seiscientos doce treinta y cuatro cincuenta y seis setenta y ocho", "PHONE") in (
        pairs(tape, "spa")
    )


def test_letter_heads_and_homes_named_after_a_person() -> None:
    head = pairs(
        "Mrs Margaret Fothergill\n14 Hawthorn Rise\nKirkby Stephen\nCumbria CA17 4QX\n\n"
        "3rd March\n\nDear Sir,"
    )
    # A given name inside a town ("Stephen") does not stop the block.
    assert ("Kirkby Stephen", "ADDRESS") in head, head
    french = pairs("Les Granges\n12 rue des Tanneurs\n24200 Sarlat\n\nChère Madeleine,", "fra")
    assert ("Les Granges", "ADDRESS") in french, french
    icelandic = pairs("Efri-Brekka\n531 Hvammstangi\n\n12. mars\n\nKæra Sigrún,", "isl")
    assert ("Efri-Brekka", "ADDRESS") in icelandic, icelandic
    spanish = pairs("C/ del Río Cabe, 14\n27400 Monforte de Lemos (Lugo)\n\nQuerida Ana:", "spa")
    assert [v for v, k in spanish if k == "ADDRESS" and v.endswith("Lemos (Lugo)")], spanish
    # A sign-off under an address is no town.
    signed = pairs("Envoyé de 12 rue des Tanneurs\n24200 Sarlat\nCordialement,\nMarie", "fra")
    assert not [v for v, k in signed if k == "ADDRESS" and "Cordialement" in v], signed
    # A house after "of" with its village, or named with "The"; a town alone is none.
    minutes = pairs(
        "Mr Tom Price of The Wern, Gladestry will be recorded. Mrs Ann Dinsdale of Low "
        "Birks, Dent, lent photographs. Mr John Smith of Settle sent apologies."
    )
    assert ("The Wern, Gladestry", "ADDRESS") in minutes, minutes
    assert ("Low Birks, Dent", "ADDRESS") in minutes, minutes
    assert not [v for v, k in minutes if k == "ADDRESS" and "Settle" in v], minutes
    # Floors and flats after a street; a Basque farm in any case.
    assert ("calle Mayor, número 8, segundo izquierda", "ADDRESS") in pairs(
        "Vivía en la calle Mayor, número 8, segundo izquierda.", "spa"
    )
    assert ("Arrieta baserrikoa", "ADDRESS") in pairs(
        "Ama Arrieta baserrikoa zen, Azpeitikoa.", "eus"
    )


def test_register_order_nicknames_and_pet_names() -> None:
    register = pairs(
        "15 | Aizpuru Odriozola, José Antonio | 1950-07-30 | Azpeitia\n"
        "16 | Urquiola Mendizábal, Francisco | 1951-01-05 | Bilbao",
        "eus",
    )
    assert ("Aizpuru Odriozola, José Antonio", "PERSON") in register, register
    assert ("ROUSSEL Marcel", "PERSON") in pairs("Écrit « ROUSSEL Marcel » sur le bulletin.", "fra")
    # A greeting or a sign-off before a name is no surname; a street and town neither.
    assert ("Cheers, Gordon", "PERSON") not in pairs("Thanks again.\nCheers, Gordon")
    # a roll's row with no number before the name: the next cell follows it
    roll = pairs("Cloutier, Ludger | route du rang L'Assomption Nord | 77, 78 | 4 100 $", "fra")
    assert ("Cloutier, Ludger", "PERSON") in roll, roll
    # but a death notice's surname in capitals before the given names is the person's
    notices = pairs(
        "DEATHS\nO'LEARY, Bridget Mary. - On July 9, 1968.\nKELLETT, Walter. - In loving"
    )
    assert ("O'LEARY, Bridget Mary", "PERSON") in notices, notices
    assert ("KELLETT, Walter", "PERSON") in notices, notices
    address = pairs("Raymond T. Hollis\n418 Sycamore Ridge Road, Marietta, OH 45750")
    assert not [v for v, k in address if k == "PERSON" and "Road" in v], address
    # The surname after a nickname, and a nickname after a comma.
    nicknamed = pairs("Apologies: Dorothy Calvert, Mick 'Badger' Raw.")
    assert [v for v, k in nicknamed if k == "PERSON" and v.endswith("Mick 'Badger' Raw")], nicknamed
    # the quotes inside the name are the name's too, and a house after it is an address
    obituary = pairs('Angus Joseph "Gus" MacLellan, of Shore Road, Judique, aged 88 years.')
    assert ('Angus Joseph "Gus" MacLellan', "PERSON") in obituary, obituary
    assert ("Shore Road, Judique", "ADDRESS") in obituary, obituary
    assert ("Xeno", "PERSON") in pairs("Generosa Álvarez Menéndez, «Xeno» para todos.", "spa")
    assert ("Declan O'Connor", "PERSON") in pairs("Contact: Declan O'Connor (husband)")
    # Pet names no list holds: Spanish diminutives, doubled syllables.
    spanish = pairs("Nieves está hecha una santiaguesa y Luisito no para. Y Tomasín igual.", "spa")
    assert ("Luisito", "PERSON") in spanish and ("Tomasín", "PERSON") in spanish, spanish
    assert ("Toto", "PERSON") in pairs("Il se présente comme Toto, tout le monde le sait.", "fra")
    assert not [
        v for v, k in pairs("Vivían en Sevilla y luego en Castilla.", "spa") if k == "PERSON"
    ]
    assert not [v for v, k in pairs("Le bébé et son papa sont venus.", "fra") if k == "PERSON"]


def test_an_old_exchange_number_with_its_name() -> None:
    letter = pairs("Moor End Farm,\nTel. Heptonstall 37\n\n17th Nov. 1931")
    assert ("Heptonstall 37", "PHONE") in letter, letter
    assert not [v for v, k in letter if k == "PERSON"], letter
    # a form's remark between the word and the exchange
    form = pairs("3. Telephone (if any): Brighton 24617 (neighbour)")
    assert ("Brighton 24617", "PHONE") in form, form
    # and the word for number after the word for telephone
    form = pairs("5. Telephone No.: Heckmondwike 402218\n6. National Insurance No.:")
    assert ("Heckmondwike 402218", "PHONE") in form, form
    # a Paris exchange's name with a hyphen
    paris = pairs("42, boulevard de Port-Royal, Paris 5e, tél. PORt-Royal 22-87.", "fra")
    assert ("PORt-Royal 22-87", "PHONE") in paris, paris
    # A given name before a number is no exchange.
    assert ("Mary 2234", "PHONE") not in pairs("Phone Mary 2234 please")


def test_families_and_offices_before_a_name() -> None:
    assert ("Lasa", "PERSON") in pairs("Lasa familiak burdinolako paperak eman ditu.", "eus")
    assert ("Lahoz", "PERSON") in pairs("La familia Lahoz vivía allí.", "spa")
    english = pairs("The Tyson family farmed there. The Royal Family came.")
    assert ("Tyson", "PERSON") in english and ("Royal", "PERSON") not in english, english
    assert ("Le Goaziou", "PERSON") in pairs("célébré par le regretté recteur Le Goaziou.", "fra")
    assert ("Ibáñez", "PERSON") in pairs("Lo bendijo el párroco Ibáñez.", "spa")
    # Latin America's professional titles
    assert ("Gopar", "PERSON") in pairs("Lo firmó el Ing. Gopar en la obra.", "spa")
    assert ("López Martínez", "PERSON") in pairs("La Lic. López Martínez informó.", "spa")


def test_a_telephone_number_said_in_seven_words_or_more_with_no_word_for_one() -> None:
    tape = (
        "informante: mi hija tiene el seis cincuenta y cuatro, treinta y dos, diez, noventa y "
        "ocho y así era la vida entonces no teníamos mucho pero éramos felices con los vecinos"
    )
    assert ("seis cincuenta y cuatro, treinta y dos, diez, noventa y ocho", "PHONE") in pairs(
        tape, "spa"
    )
    # Years said in a row are none.
    years = pairs(
        "a: we went every year, nineteen fifty two, nineteen fifty three, nineteen "
        "fifty four, and it never rained once in all that time you know"
    )
    assert not [v for v, k in years if k == "PHONE"], years


def test_short_spanish_and_basque_pet_names_in_a_lower_case_transcript() -> None:
    tape = (
        "informante: pues en la mina estuve con paco y con el nel muchos años, y luego ya me "
        "casé y nos vinimos al pueblo, que allí no había trabajo para nadie y la vida era dura"
    )
    names = [v for v, k in pairs(tape, "spa") if k == "PERSON"]
    assert "paco" in names and "nel" in names, names
    basque = (
        "lekukoa: gero joan ginen donostiara eta han ezagutu nuen joxe, eta beti esaten zidan "
        "gure aitak ez zuela inoiz horrelako lanik egin behar izan bere bizitza osoan zehar "
        "eta hala bizi izan ginen urte askoan"
    )
    names = [v for v, k in pairs(basque, "eus") if k == "PERSON"]
    assert "joxe" in names and not {"gero", "joan", "beti"} & set(names), names


def test_homes_said_after_a_verb_of_living_or_a_name() -> None:
    assert ("Cowside", "ADDRESS") in pairs("The family farmed at Cowside in Langstrothdale.")
    # After "to", a town alone is none.
    assert not [v for v, k in pairs("Then they moved to Leeds.") if k == "ADDRESS"]
    assert ("Hill Top, Keld", "ADDRESS") in pairs(
        "Mrs Ellen Metcalfe (née Alderson), Hill Top, Keld."
    )
    listed = pairs("Present: Ann Lee, Tom Hird, Mary Dent.")
    assert not [v for v, k in listed if k == "ADDRESS"], listed
    assert ("número 5 de la calle Mayor", "ADDRESS") in pairs(
        "Vivían en el número 5 de la calle Mayor.", "spa"
    )
    assert ("Moulin de la Roque", "ADDRESS") in pairs("Elle est née au Moulin de la Roque.", "fra")
    assert ("Easo kalean", "ADDRESS") in pairs("Donostiako Easo kalean bizi ziren.", "eus")


def test_more_personal_numbers_after_their_words() -> None:
    assert ("12.345.678-Z", "ID_NUMBER") in pairs("D.N.I. 12.345.678-Z", "spa")
    assert ("28/12345678/40", "ID_NUMBER") in pairs(
        "Nº de afiliación a la Seguridad Social: 28/12345678/40", "spa"
    )
    assert ("12AB34567", "ID_NUMBER") in pairs("Passeport n° 12AB34567", "fra")
    # An IBAN with a wrong check digit is still someone's account, mistyped.
    assert ("ES76 3035 0000 1234 5678 9012", "IBAN") in pairs(
        "Kontu zenbakia: ES76 3035 0000 1234 5678 9012", "eus"
    )


def test_initials_alone_but_not_abbreviations() -> None:
    assert [k for v, k in pairs("Minutes taken by J. B. and typed up later.") if v == "J. B"]
    assert [k for v, k in pairs("(uppskrift G. Þ.)", "isl") if v == "G. Þ"]
    assert [k for v, k in pairs("Written by A.-M. for the society.", "fra") if v == "A.-M"]
    for text in ("P.S. Give my love to all.", "She went to the U.S. in 1950.", "At 10 A.M. sharp."):
        assert not [v for v, k in pairs(text) if k == "PERSON"], text


def test_a_family_name_said_as_a_kind_of_person() -> None:
    tape = (
        "q: and your mother? a: lizzie, she'd been a hodgson from down the valley, and she "
        "was a good cook and a hard worker and we never went without in all those years"
    )
    names = [v for v, k in pairs(tape) if k == "PERSON"]
    assert "hodgson" in names and "cook" not in names and "worker" not in names, names


def test_a_french_family_named_after_chez_in_a_transcript() -> None:
    tape = (
        "r : on faisait le battage au mois d'août avec la machine de chez cosquer et les "
        "voisins venaient tous, et après on mangeait chez nous dans la grande salle avec le "
        "cidre et tout le monde chantait jusqu'à minuit"
    )
    names = [v for v, k in pairs(tape, "fra") if k == "PERSON"]
    assert names == ["cosquer"], names


def test_homes_said_in_lower_case_transcripts() -> None:
    pad = " and we had the cows and the hens and it was a hard life but a good one all the same"
    english = pairs("q: where were you brought up? a: up at high birkett, over the fell" + pad)
    assert ("high birkett", "ADDRESS") in english, english
    assert not [v for v, k in pairs("a: we were up at school all day then" + pad) if k == "ADDRESS"]
    french = pairs(
        "r : on est montés à la borie basse quand papa a repris la ferme, et on y est restés "
        "jusqu'à la guerre avec les bêtes et les vignes et tout le travail qu'il y avait là-haut",
        "fra",
    )
    assert ("la borie basse", "ADDRESS") in french, french
    spanish = pairs(
        "informante: mi madre era de los marín de la masada del cerro, y allí nos criamos todos "
        "con las ovejas y el huerto hasta que bajamos al pueblo en el año cincuenta y tantos",
        "spa",
    )
    assert ("masada del cerro", "ADDRESS") in spanish, spanish


def test_the_town_after_an_address_said_in_a_lower_case_transcript() -> None:
    pad = " and we had the cows and the hens and it was a hard life but a good one all the same"
    english = pairs("a: we lived at number nine back lane, stainforth, right by the beck" + pad)
    assert ("number nine back lane, stainforth", "ADDRESS") in english, english
    # A word of the language after the address is no town.
    english = pairs("a: we lived at number nine back lane, mostly, right by the beck" + pad)
    assert ("number nine back lane", "ADDRESS") in english, english
    english = pairs(
        "int: talking to mr dennis ackroyd at his home three moorside close queensbury his" + pad
    )
    assert ("three moorside close queensbury", "ADDRESS") in english, english
    # Basque has no dictionary here, so a word straight after the street is left.
    basque = pairs(
        "lekukoa: orain arranegi kalean bizi naiz, alabarekin, eta lehen errotabarri baserrian "
        "bizi "
        "ginen hogei urtez, gurasoekin eta anai-arrebekin, ondo bizi ere, ez zen bizimodu txarra",
        "eus",
    )
    assert not [v for v, k in basque if v.endswith("bizi")], basque
    icelandic = pairs(
        "já hún á fullt af myndum frá mömmu, hún býr á austurvegi fimmtán á selfossi. og svo "
        "var það bara þannig að við fórum heim og það var gott og við vorum þar lengi já já",
        "isl",
    )
    assert ("austurvegi fimmtán á selfossi", "ADDRESS") in icelandic, icelandic


def test_a_town_with_particles_on_the_line_under_a_foreign_street() -> None:
    letter = pairs(
        "Hanauer Landstraße 118, 3.º\nFrankfurt am Main\n\nFráncfort, 9 de febrero de 1965\n\n"
        "Querida hermana:",
        "spa",
    )
    assert ("Frankfurt am Main", "ADDRESS") in letter, letter
    # "en" joins no words of a town: "Vive en C/ San Juan".
    spoken = pairs("Vive en C/ San Juan el Real, 7, bajo y prefiere que la llamen", "spa")
    assert not [v for v, k in spoken if v.startswith("Vive")], spoken


def test_a_postal_block_under_a_name_on_an_envelope() -> None:
    envelope = (
        "Your loving son,\nTom\n\n[Envelope:] Mr & Mrs Evan Morgan\nPen-y-graig Farm\nCwmgiedd\n"
        "near Ystradgynlais\nBreconshire\nSouth Wales\n[Stamp: 2 cents, Washington]"
    )
    lines = [v for v, k in pairs(envelope) if k == "ADDRESS"]
    assert lines == ["Pen-y-graig Farm", "Cwmgiedd", "near Ystradgynlais", "Breconshire",
                     "South Wales"], lines  # fmt: skip
    french = pairs(
        "[Enveloppe :]\nMonsieur et Madame Pierre Vidalenc\nà Lacamp\npar Ladinhac\nCantal\n\n"
        "[Note de l'archiviste : lettre]",
        "fra",
    )
    assert ("à Lacamp", "ADDRESS") in french and ("par Ladinhac", "ADDRESS") in french, french
    # A name line of which only the patronymic was found.
    letter = pairs(
        "sendu bréfin svona:\nThorsteinn Jonasson\nBox 14, Gimli P.O.\nManitoba, Canada\n\nÞinn,",
        "isl",
    )
    assert ("Box 14, Gimli P.O.", "ADDRESS") in letter, letter
    # A signature's office and society are no address, nor is a telephone line.
    signed = pairs("Yours sincerely,\n\nMargaret Hird\nSecretary\nDent Local History Society\n")
    assert not [v for v, k in signed if k == "ADDRESS"], signed


def test_icelandic_farms_after_fra_streets_with_their_article_and_a_census_farm_field() -> None:
    letter = pairs(
        "á vatninu með honum Bjarna frá Grænavatni; við leggjum netin undir ísinn", "isl"
    )
    assert ("Grænavatni", "ADDRESS") in letter, letter
    married = pairs("Hann kvæntist 1947 Ragnhildi Pétursdóttur frá Hrauni í Hnífsdal.", "isl")
    assert ("Hrauni í Hnífsdal", "ADDRESS") in married, married
    # A town after a name is none: "frá Akureyri".
    town = pairs("Hann kvæntist 1947 Ragnhildi Pétursdóttur frá Akureyri.", "isl")
    assert not [v for v, k in town if k == "ADDRESS"], town
    street = pairs("Nú ertu farinn og það er tómlegt á Túngötunni. Ég man það vel.", "isl")
    assert ("Túngötunni", "ADDRESS") in street, street
    dateline = pairs("Fagraskógi við Gimli, 14. desember 1887\n\nElsku mamma,", "isl")
    assert ("Fagraskógi", "ADDRESS") in dateline, dateline
    census = pairs("Bær: Holt\nÞorgrímur Stefánsson | húsbóndi | 58", "isl")
    assert ("Holt", "ADDRESS") in census, census


def test_houses_by_name_streets_said_and_galician_and_basque_streets() -> None:
    letter = pairs("Manolo el de Casa Pachu vino a verme el domingo con los de Casa Ramón.", "spa")
    assert ("Casa Pachu", "ADDRESS") in letter and ("Casa Ramón", "ADDRESS") in letter, letter
    galician = pairs("El cortejo saldrá de su domicilio, Rúa Real, 31, 1.º, a la iglesia", "spa")
    assert [v for v, k in galician if k == "ADDRESS" and v.startswith("Rúa Real, 31")], galician
    basque = pairs("Izebaren etxean aurkitu genituen, Igualdegi kaleko 3an, ganbaran.", "eus")
    assert ("Igualdegi kaleko 3an", "ADDRESS") in basque, basque
    tape = pairs("A: oh, well, we were at, er, number fourteen Tenter Croft, up behind the Co-op")
    assert [v for v, k in tape if k == "ADDRESS" and v.startswith("number fourteen Tenter")], tape
    assert not [
        v for v, k in pairs("it was the only one in the street, you know") if k == "ADDRESS"
    ]
    french = pairs("R : on restait dans une courée, au vingt-trois rue de Denain, au fond.", "fra")
    assert [v for v, k in french if k == "ADDRESS" and v.startswith("vingt-trois rue de")], french
    house = pairs("Found when clearing her mother's house at The Laurels, Station Road, Thirsk.")
    assert ("The Laurels, Station Road, Thirsk", "ADDRESS") in house, house
    village = pairs("The family farm at Goathland is still worked by her grandson.")
    assert not [v for v, k in village if k == "ADDRESS"], village


def test_an_icelandic_farm_split_in_two() -> None:
    tape = (
        "heimildarmaður: ég fæddist á ytri-ey á skagaströnd en við fluttum að syðri-hóli þegar "
        "ég var fimm ára og þar var ég til tvítugs og vann við búið með pabba og mömmu"
    )
    assert ("syðri-hóli", "ADDRESS") in pairs(tape, "isl")


def test_a_couple_a_family_in_the_plural_and_a_home_after_home() -> None:
    minutes = pairs(
        "Present: Ken Lambert, Sue & Peter Harker, Dr Anne Wray.\nPeter recorded Nellie "
        "Brayshaw at her home, Hollin Hall, Giggleswick. The Brayshaws lent photographs."
    )
    for value, kind in (
        ("Sue", "PERSON"),
        ("Anne Wray", "PERSON"),  # the title is no part of a listed name
        ("Brayshaws", "PERSON"),
        ("Hollin Hall, Giggleswick", "ADDRESS"),
    ):
        assert (value, kind) in minutes, (value, minutes)


def test_a_maiden_name_or_a_death_is_no_birth() -> None:
    notice = pairs("Mme Yvonne Soulié, née Peyrat, nous a quittés le 3 février 2020.", "fra")
    assert not [v for v, k in notice if k == "DATE_OF_BIRTH"], notice
    assert ("Peyrat", "PERSON") in notice, notice
    assert ("3 mai 1931", "DATE_OF_BIRTH") in pairs("Marie Dupont, née le 3 mai 1931.", "fra")
    assert ("Mimi", "PERSON") in pairs("Embrasse Pierrot et la Mimi de ma part.", "fra")


def test_an_icelandic_farm_after_a_name_by_its_ending() -> None:
    minutes = pairs("Fjarverandi: Bjössi í Bakkakoti og Jón í Reykjavík.", "isl")
    assert ("Bakkakoti", "ADDRESS") in minutes, minutes
    assert ("Reykjavík", "ADDRESS") not in minutes, minutes


def test_a_sentences_first_verb_is_no_part_of_the_name_after_it() -> None:
    letter = pairs("Grosses bises.\nEmbrasse Pierrot et Ginette de ma part.", "fra")
    assert ("Pierrot", "PERSON") in letter, letter
    assert not [v for v, k in letter if v.startswith("Embrasse")], letter
    # A surname in capitals after a label keeps its particle.
    assert [v for v, k in pairs("Nom de naissance : LE BRAS Anne", "fra") if "LE BRAS" in v]


def test_a_spanish_family_named_with_los() -> None:
    assert ("Lahoz", "PERSON") in pairs("Los Lahoz tenían la casa en el barrio.", "spa")
    tape = (
        "informante: pero a los tres años nos vinimos al pueblo, a la casa de los castejón, "
        "en la calle del horno, y allí estuvimos con los demás hasta que se casó mi hermana"
    )
    names = [v for v, k in pairs(tape, "spa") if k == "PERSON"]
    assert names == ["castejón"], names
    # A place with "los" is a plural.
    assert not [v for v, k in pairs("Fueron de excursión a los Pirineos.", "spa") if k == "PERSON"]


def test_an_o_surname_said_and_a_weak_number_cue() -> None:
    tape = (
        "harold: billy went to canada after the war and married a girl called peggy o'neill. "
        "we got a council house, number twelve castleberg avenue, in fifty six, and we were "
        "there forty year and never had a day's trouble with anybody in all that time"
    )
    found_here = pairs(tape)
    assert ("peggy o'neill", "PERSON") in found_here, found_here
    assert not [v for v, k in found_here if k == "PHONE"], found_here


def test_basque_addresses_in_cases_and_icelandic_census_farms() -> None:
    tape = (
        "informatzailea: gero zarautzera joan ginen, kale nagusiko hamabira, bigarren "
        "solairura, eta han bizi izan ginen hogei urtez senarrarekin eta seme-alabekin"
    )
    assert ("kale nagusiko hamabira, bigarren solairura", "ADDRESS") in pairs(tape, "eus")
    census = pairs(
        "Kirkjuból: Jón Bjarnason, húsbóndi.\nHóll: Sigurður Pétursson, lausamaður.", "isl"
    )
    assert ("Kirkjuból", "ADDRESS") in census and ("Hóll", "ADDRESS") in census, census


def test_french_homes_in_a_lower_case_transcript() -> None:
    tape = (
        "témoin : moi je suis née à la métairie des brousses, à côté de carsac, en trente-deux. "
        "après le mariage on s'est installés au 14 rue des consuls à sarlat, au-dessus de la "
        "boulangerie, et on y est restés longtemps avec les enfants et le chien"
    )
    homes = [v for v, k in pairs(tape, "fra") if k == "ADDRESS"]
    # The town said after the street goes with it.
    assert "métairie des brousses" in homes and "14 rue des consuls à sarlat" in homes, homes
    assert not [
        v
        for v, k in pairs("r : la ferme du voisin brûlait" + tape[86:], "fra")
        if v.startswith("ferme du voisin")
    ]


def test_icelandic_streets_and_farms_in_a_lower_case_transcript() -> None:
    tape = (
        "spyrill: í dag er ég stödd hjá guðrúnu helgadóttur á heimili hennar á hringbraut.\n"
        "heimildarmaður: pabbi hét helgi jónsson og mamma sigríður, hún var alltaf kölluð "
        "sigga á lóni. við árni minn bjuggum fyrst á laugavegi fjörutíu og eitt, á þriðju hæð."
    )
    homes = [v for v, k in pairs(tape, "isl") if k == "ADDRESS"]
    for home in ("hringbraut", "lóni", "laugavegi fjörutíu og eitt"):
        assert home in homes, (home, homes)


def test_spanish_streets_without_a_number_and_basque_and_spanish_address_tails() -> None:
    letter = pairs("Ya sé que se han mudado a la calle del Rosario y que están contentos.", "spa")
    assert ("calle del Rosario", "ADDRESS") in letter, letter
    addressed = pairs(
        "Va dirigida a la Srta. Vicenta Mulas, calle de la Rúa, 31, principal, Medina de Rioseco.",
        "spa",
    )
    assert [
        v
        for v, k in addressed
        if v.rstrip(".") == "calle de la Rúa, 31, principal, Medina de Rioseco"
    ]
    assert [
        v
        for v, k in pairs("Domicilio en Camino de la Ermita, s/n, 47814 Valdenebro", "spa")
        if k == "ADDRESS" and v.startswith("Camino de la Ermita, s/n")
    ]
    basque = pairs("Doluminak: Lorea Zabala, Arranegi kalea 11, 1. eskuin., Lekeitio, edo", "eus")
    assert ("Arranegi kalea 11, 1. eskuin., Lekeitio", "ADDRESS") in basque, basque
    assert ("Atea kaleko 5. zenbakira", "ADDRESS") in pairs(
        "Gutun bat bidaliko zaio Atea kaleko 5. zenbakira.", "eus"
    )


def test_a_given_name_hyphened_to_a_place_word_is_part_of_the_place() -> None:
    register = pairs("1. ARNAUD Jacqueline, présidente, La Croix-Blanche, 87300 Blanzac\n", "fra")
    assert not [v for v, k in register if k == "PERSON" and "Blanche" in v], register
    assert [v for v, k in register if k == "ADDRESS" and v.startswith("La Croix-Blanche, 87300")]
    assert not [
        v for v, k in pairs("la fête de la Saint-Louis, à Saint-André.", "fra") if k == "PERSON"
    ]
    people = pairs("Jean-Pierre et Marie-Claire sont venus hier soir.", "fra")
    assert ("Jean-Pierre", "PERSON") in people and ("Marie-Claire", "PERSON") in people, people


def test_spanish_streets_with_articles_in_their_names_and_capitalised_stop_words() -> None:
    census = pairs("Hoja 212. Calle de las Eras, n.º 7\n1. Eusebio González Tejero", "spa")
    assert ("Calle de las Eras, n.º 7", "ADDRESS") in census, census
    # "mayor" is a Spanish stop word, but "Mayor" capitalised is the street's name.
    letter = pairs("Le enviaremos una carta a su domicilio de la calle Mayor y pronto.", "spa")
    assert ("calle Mayor", "ADDRESS") in letter, letter
    town = pairs(
        "Domicilio en Camino de la Ermita, s/n, 47814 Valdenebro de los Valles, tel.", "spa"
    )
    assert ("Camino de la Ermita, s/n, 47814 Valdenebro de los Valles", "ADDRESS") in town, town
    # Years after a square's name are no house number.
    dates = pairs("Fotografías en la plaza de los Fueros de Estella, 1921-1948. Incluye", "spa")
    assert not [v for v, k in dates if k == "ADDRESS"], dates


def test_a_lower_case_name_after_a_speaker_label_keeps_its_given_name() -> None:
    tape = (
        "interviewee: harold bentham. interviewer: judith ackroyd\n\ninterviewer: right, it's "
        "the fourth of march and we are here at the farm with the dogs and the cows and "
        "everything else that goes on in a place like this one"
    )
    assert ("judith ackroyd", "PERSON") in pairs(tape)


def test_minutes_initials_a_certain_someone_and_homes_after_at() -> None:
    minutes = pairs(
        "Letter sent by DH. AC has written to the Folly. The BBC came; the AGM is in May. "
        "BW reported a balance. Write to Mrs Lambert at Hillside, Station Road. Mr Kenneth "
        "Dawson of Hollin Hall, Rathmell lent a dehumidifier. Mr Smith at Settle sent regards."
    )
    for value, kind in (
        ("DH", "PERSON"),
        ("AC", "PERSON"),
        ("BW", "PERSON"),
        ("Hillside, Station Road", "ADDRESS"),
        ("Hollin Hall, Rathmell", "ADDRESS"),
    ):
        assert (value, kind) in minutes, (value, minutes)
    assert not [v for v, k in minutes if v in ("BBC", "AGM") or "Settle" in v], minutes
    assert ("Kowalski", "PERSON") in pairs("El capataz, un tal Kowalski, es polaco.", "spa")
    assert ("Charo", "PERSON") in pairs("Gracias a los libros, Charo ha podido verlo.", "spa")
    census = pairs("Hóli í Flóa, 12. október 1948\n\nHóll\nPáll Sigurðsson, húsbóndi.", "isl")
    assert ("Hóli í Flóa", "ADDRESS") in census and ("Hóll", "ADDRESS") in census, census


def test_basque_names_under_more_endings_and_pet_forms() -> None:
    text = "Eta Joxe Mari, oraindik Maitexurekin ibiltzen al da? Oharra: Itziarrek esan digu."
    names = [v for v, k in pairs(text, "eus") if k == "PERSON"]
    assert "Maitexurekin" in names and "Itziarrek" in names, names
    assert "Kaixo" not in [v for v, k in pairs("Kaixo Miren, zer moduz?", "eus")]
    tape = (
        "lekukoa: nire anaia txominek behin eraztuna egun osoa eraman zuen eskuan eta gero "
        "galdu egin zuen, eta arranegi kalean bizi naiz orain alabarekin, eta hori da dena, "
        "ez dago beste ezer kontatzeko gaur"
    )
    names = [v for v, k in pairs(tape, "eus") if k == "PERSON"]
    assert names == ["txominek"], names


def test_icelandic_teens_kin_with_a_comma_and_we_called() -> None:
    tape = (
        "heimildarmaður: síminn hjá mér er átta sex tveir, nítján, fjörutíu og sjö. og hún býr á "
        "austurvegi fimmtán á selfossi og hefur alltaf gert það síðan hún flutti þangað með börnin"
    )
    found_here = pairs(tape, "isl")
    assert ("átta sex tveir, nítján, fjörutíu og sjö", "PHONE") in found_here, found_here
    assert ("austurvegi fimmtán á selfossi", "ADDRESS") in found_here, found_here
    english = pairs(
        "a: we lived by the beck. my dad, tom, worked at the lime works with two preston "
        "girls, and a lad we called nobby, i never did know his proper name, and that was that"
    )
    names = [v for v, k in english if k == "PERSON"]
    assert "tom" in names and "nobby" in names, names


def test_a_french_family_after_les() -> None:
    assert ("Faucher", "PERSON") in pairs("On écoutait la radio chez les Faucher le soir.", "fra")
    tape = (
        "témoin : on était une vingtaine, il y avait les chastagner, le petit dédé qui était "
        "toujours avec nous, et les enfants du bourg qui venaient tous les jeudis pour jouer"
    )
    names = [v for v, k in pairs(tape, "fra") if k == "PERSON"]
    assert "chastagner" in names and "enfants" not in names, names
    assert not [v for v, k in pairs("Nous sommes allés dans les Alpes.", "fra") if k == "PERSON"]


def test_french_hamlet_compounds_flats_in_a_block_and_said_numbers_with_a_comma() -> None:
    letter = pairs(
        "Lettres écrites de la Maison Neuve, à Blanzac.\nAdresse : 12, rue Jean-Jaurès\n"
        "appartement 3, 2e étage\n87300 Bellac\n\nL'adresse : « Madame Marguerite Lagarde, au "
        "Mas-Barbu, par Bellac (Haute-Vienne) ».",
        "fra",
    )
    for value in ("appartement 3, 2e étage", "au Mas-Barbu, par Bellac (Haute-Vienne)"):
        assert (value, "ADDRESS") in letter, (value, letter)
    assert [v for v, k in letter if k == "ADDRESS" and v.startswith("Maison Neuve, à Blanzac")]
    tape = (
        "témoin : depuis qu'il est mort je suis chez ma fille, nicole, au quatre, chemin des "
        "vignes, à saint-junien, et on est bien là-bas avec les petits et le jardin derrière"
    )
    assert [v for v, k in pairs(tape, "fra") if v.startswith("quatre, chemin des vignes")]


def test_census_schedules_flats_said_and_an_icelandic_name_with_its_patronymic() -> None:
    census = pairs(
        "Schedule 40. The Cottage, Langcliffe Hall gardens.\nThomas Kettlewell, head, 44.\n"
        "Schedule 41. Barrel Sykes.\nMary Jane Procter, head, 61."
    )
    assert ("The Cottage, Langcliffe Hall gardens", "ADDRESS") in census, census
    assert [v for v, k in census if k == "ADDRESS" and "Barrel Sykes" in v], census
    tape = (
        "respondent: you want elsie, my sister. she's at flat two, the old vicarage, kirkby "
        "malham. she'll talk the hind legs off a donkey, will our elsie, and she remembers it all"
    )
    assert ("flat two, the old vicarage, kirkby malham", "ADDRESS") in pairs(tape)
    icelandic = (
        "viðtal tekið í maí 2019 á heimili viðmælanda\nviðmælandi: ragnheiður jónsdóttir. "
        "spyrill: kristján már einarsson\n\nspyrill: jæja ragnheiður, hvar ertu fædd og uppalin "
        "og hvað gerðu foreldrar þínir þegar þú varst lítil stelpa í sveitinni"
    )
    assert ("ragnheiður jónsdóttir", "PERSON") in pairs(icelandic, "isl")


def test_en_joins_a_list_of_names_only_in_dutch() -> None:
    # Icelandic "en" is "but" and Spanish "en" is "in": the word before it is a town.
    assert "Reykjavík" not in [
        v for v, _ in pairs("Hún bjó lengi í Reykjavík en Kolbrún flutti.", "isl")
    ]
    assert "Logroño" not in [v for v, _ in pairs("Estaré con mi prima Nuria en Logroño.", "spa")]
    assert "Kolbrún" in [v for v, _ in pairs("Hún bjó lengi í Reykjavík en Kolbrún flutti.", "isl")]


def test_icelandic_homes_after_a_word_of_living_and_a_double_given_name() -> None:
    registry = pairs("Kristín Björnsdóttir, til heimilis í Pálshúsi. Skírnarvottar: tveir.", "isl")
    assert ("Pálshúsi", "ADDRESS") in registry, registry
    moved = pairs("Guðbjörg Jóhannsdóttir er flutt að Kirkjuhvoli í Búðardal; helst á skrá.", "isl")
    assert ("Kirkjuhvoli í Búðardal", "ADDRESS") in moved, moved
    assert not [v for v, k in pairs("Hann flutti að heiman.", "isl") if k == "ADDRESS"]
    minutes = pairs("Fundurinn var góður. Anna Kristín á Sjávarborg spurði um málið.", "isl")
    assert ("Anna Kristín", "PERSON") in minutes, minutes
    assert ("Sjávarborg", "ADDRESS") in minutes, minutes
    assert ("Breiðabólsstað", "ADDRESS") in pairs("Safn Einars Jónssonar á Breiðabólsstað.", "isl")
    towns = pairs("Hann bjó í Reykjavík og síðan á Akureyri. Hún var búsett á Egilsstöðum.", "isl")
    assert not [v for v, k in towns if k == "ADDRESS"], towns


def test_a_home_after_a_deeds_or_registers_word_for_living() -> None:
    cases = [
        (
            "fra",
            "Mme Germaine Lacouture, demeurant à La Borie, commune de Coussac-Bonneval,\nci-après",
            "La Borie, commune de Coussac-Bonneval",
        ),
        (
            "fra",
            "fils de Jean Favre, domiciliés à hameau du Collet.\nSignalement",
            "hameau du Collet",
        ),
        (
            "fra",
            "décédé en son domicile du Pech, commune de Domme, muni des sacrements",
            "Pech, commune de Domme",
        ),
        (
            "spa",
            "En la ficha figura como domicilio Barrio de La Villa, 3, Mieres, y no la otra",
            "Barrio de La Villa, 3, Mieres",
        ),
        (
            "spa",
            "con domicilio conocido, paraje El Guayabo, San Marcos Tlapazola, ofreció",
            "paraje El Guayabo, San Marcos Tlapazola",
        ),
        (
            "eng",
            'at Gundagai District Hospital, late of "Ferndale", Coolac, dearly loved',
            '"Ferndale", Coolac',
        ),
    ]
    for language, text, value in cases:
        assert (value, "ADDRESS") in pairs(text, language), (text, pairs(text, language))
    # a town alone is no home
    for language, text in [
        ("fra", "Jean Dupont, demeurant à Lyon, et Paul"),
        ("spa", "residente en Madrid desde 1950"),
        ("eng", "John Smith, late of Leeds, died"),
    ]:
        assert not [v for v, k in pairs(text, language) if k == "ADDRESS"], text


def test_an_english_farm_by_its_shape() -> None:
    for text, value in [
        ("and then, when Mother's people died, at Higher Bosavern until 1931.", "Higher Bosavern"),
        ("she and her husband bought Low Scar House in Feizor", "Low Scar House"),
        ("the children from Higher Combe and Furze Hill Farm unable", "Higher Combe"),
    ]:
        assert (value, "ADDRESS") in pairs(text), (text, pairs(text))
    other = pairs("He moved to Upper Canada, studied at the High School and went to Low Mass.")
    assert not [v for v, k in other if k == "ADDRESS"], other


def test_homes_named_in_running_prose() -> None:
    for language, text, value in [
        (
            "eng",
            "Their farm, Cefn Mawr, near Llanidloes, was sold in 1961.",
            "Cefn Mawr",
        ),
        (
            "spa",
            "Su finca, Los Olivares, cerca de Úbeda, se vendió en 1961.",
            "Los Olivares",
        ),
        ("spa", "La familia vivía en la calle Cervantes de Jaén hasta 1952.", "calle Cervantes"),
        (
            "fra",
            "Nous habitions au numéro 9 de la rue Haute, la porte bleue.",
            "numéro 9 de la rue Haute",
        ),
        (
            "isl",
            "Hann ólst upp á bænum Syðri-Ey á Skagaströnd.",
            "Syðri-Ey á Skagaströnd",
        ),  # (its district with it)
        (
            "isl",
            "Myndin er af fjölskyldunni fyrir framan húsið Tröð á Flateyri.",
            "Tröð á Flateyri",
        ),
    ]:
        found = pairs(text, language)
        assert (value, "ADDRESS") in found, (text, found)
        assert not [v for v, k in found if k == "PERSON"], (text, found)


def test_a_home_given_its_name_with_the_word_for_naming() -> None:
    spanish = pairs(
        "Mi familia vivía en la casa que todos llamaban O Ferreiro. En el pueblo la casa se "
        "conocía como La Tejera, y tenía un hórreo.",
        "spa",
    )
    assert ("O Ferreiro", "ADDRESS") in spanish and ("La Tejera", "ADDRESS") in spanish, spanish
    assert not [v for v, k in spanish if k == "PERSON"], spanish  # not "Mi" of "Mi familia"
    basque = pairs("Familian esaten zenez, etxearen izena Arretxea zen, herritik kanpo.", "eus")
    assert ("Arretxea", "ADDRESS") in basque, basque


def test_a_home_called_by_its_name_and_a_street_after_a_house() -> None:
    farm = pairs("They had a farm called Glenview near Tralee. His brother, known as Nobby, came.")
    assert ("Glenview", "ADDRESS") in farm and ("Nobby", "PERSON") in farm, farm
    assert ("Aitzeta", "ADDRESS") in pairs("Tenían un caserío en Zumaia llamado Aitzeta.", "spa")
    lodging = pairs("He boarded at Mrs Kelly's house on Main Street, Ballina.")
    assert ("Main Street, Ballina", "ADDRESS") in lodging, lodging


def test_a_letterheads_address_block_with_a_street_named_after_a_chapel() -> None:
    letter = (
        "Penhallow Cottage,\nChapel Hill,\nSt Just,\nPenzance\n14th March 1962\n\n"
        "Dear Mr Trebilcock,"
    )
    found = pairs(letter)
    assert ("Chapel Hill,", "ADDRESS") in found and ("Penzance", "ADDRESS") in found, found
    assert ("Hill", "PERSON") not in found, found


def test_an_envelopes_block_of_a_townland_with_no_number() -> None:
    envelope = (
        "Outer leaf, addressed:\nMr Patk. Carolan\nDrumcar\nnear Kingscourt\nCounty Cavan\n"
        "Ireland\nPostmarks: Whitby"
    )
    found = pairs(envelope)
    assert ("Patk. Carolan", "PERSON") in found, found
    homes = [v for v, k in found if k == "ADDRESS"]
    assert homes == ["Drumcar", "near Kingscourt", "County Cavan", "Ireland"], homes


def test_a_settlements_post_office_in_an_envelope_block() -> None:
    letter = "Skrifaðu svona:\nJón Jónsson\nLaufási\nGimli P.O., Manitoba\nCanada\nVertu blessuð"
    homes = [v for v, k in pairs(letter, "isl") if k == "ADDRESS"]
    assert "Laufási" in homes and "Gimli P.O., Manitoba" in homes and "Canada" in homes, homes


def test_a_basque_envelope_block_with_its_quarter() -> None:
    letter = (
        "Itziar Goikoetxea\nEtxeberri baserria\nUrdaneta auzoa\n20809 Aia (Gipuzkoa)\n\nAia, 2023"
    )
    found = pairs(letter, "eus")
    assert ("Urdaneta auzoa", "ADDRESS") in found, found


def test_an_address_on_one_line_after_a_name_its_parts_split_by_commas() -> None:
    envelope = "[Envelope: Mrs. Honor Walsh, Carrowkeel, Attymass, Ballina, Co. Mayo, Ireland.]"
    assert ("Carrowkeel, Attymass, Ballina, Co. Mayo, Ireland", "ADDRESS") in pairs(envelope)
    referee = "Referee: Dr Priya Raman, The Old Forge, Thornton Rust, p.raman@thornrust.org"
    assert ("The Old Forge, Thornton Rust", "ADDRESS") in pairs(referee)
    present = pairs("Present: Ann Lee, Tom Hird, Mary Smith, Treasurer.")
    assert not [v for v, k in present if k == "ADDRESS"], present
    # abbreviated regions, a parish "de", a province in brackets
    canada = "Addressed: Mr. Angus MacLellan, Shore Road, Judique, Inverness Co., N.S., Canada\n"
    assert ("Shore Road, Judique, Inverness Co., N.S., Canada", "ADDRESS") in pairs(canada)
    galicia = pairs(
        "[Sobre: Sra. D.ª Rosa Fraiz, Lugar de Vilar, parroquia de Santa Baia, Lalín "
        "(Pontevedra), España. Matasellos de Buenos Aires.]",
        "spa",
    )
    place = "Lugar de Vilar, parroquia de Santa Baia, Lalín (Pontevedra), España"
    assert (place, "ADDRESS") in galicia, galicia
    french = pairs(
        "Madame Maria Vergne, aux Combes, commune de Péret-Bel-Air, par Meymac (Corrèze)", "fra"
    )
    assert ("aux Combes, commune de Péret-Bel-Air, par Meymac (Corrèze)", "ADDRESS") in french
    iceland = pairs(
        "Á umslagi: Ungfrú Sigríður Bjarnadóttir, Bakka, Öxarfirði, N.-Þingeyjarsýslu.", "isl"
    )
    assert ("Bakka, Öxarfirði, N.-Þingeyjarsýslu", "ADDRESS") in iceland, iceland
    census = pairs("1900 U.S. Census, Barnet, Caledonia Co., Vermont. E.D. 38, sheet 7A")
    assert not [v for v, k in census if k in ("ADDRESS", "PERSON")], census


def test_a_home_named_then_its_number_and_a_street_with_its_number_said() -> None:
    said = pairs("compramos la casa aquí, en La Montañeta, número cinco, y aquí seguimos", "spa")
    assert ("La Montañeta, número cinco", "ADDRESS") in said, said
    register = pairs("queda domiciliada en La Veguina, casa n.º 6, y se nombra", "spa")
    assert ("La Veguina, casa n.º 6", "ADDRESS") in register, register
    assert not [v for v, k in pairs("Entrevista n.º 23. Hoja n.º 214.", "spa") if k == "ADDRESS"]
    tape = "and in sixty-four we buy our own house, number nine, Hamstead Hill. we stay"
    assert ("number nine, Hamstead Hill", "ADDRESS") in pairs(tape)
    icelandic = pairs("V: við bjuggum á Hafnargötu tuttugu og tvö, niðri, og amma", "isl")
    assert ("Hafnargötu tuttugu og tvö", "ADDRESS") in icelandic, icelandic


def test_a_letter_signed_before_its_postscript_or_a_note() -> None:
    letter = (
        "Merci infiniment et au plaisir de vous lire,\n\nMarie-Ève\n\nP.-S. Mon cousin viendra."
    )
    assert ("Marie-Ève", "PERSON") in pairs(letter, "fra")
    icelandic = "Þín elskandi systir,\nLauga\n\n[Utanáskrift:]\nReykjavík"
    assert ("Lauga", "PERSON") in pairs(icelandic, "isl")
    envelope = "12 Mill Lane,\nThirsk\n\n[Postmarked York]"
    assert ("Thirsk", "PERSON") not in pairs(envelope)


def test_a_farm_said_by_its_shape_in_a_lower_case_tape() -> None:
    tape = (
        "speaker 1: so where did you grow up then\nspeaker 2: well we were living at low "
        "greenside then, me mam and our stephen\nspeaker 1: and your dad\nspeaker 2: he was "
        "away at the war, he come back in forty six and we went up at school together"
    )
    found = pairs(tape)
    assert ("low greenside", "ADDRESS") in found, found
    assert not [v for v, k in found if k == "ADDRESS" and "school" in v], found


def test_a_basque_street_named_after_someone_in_a_lower_case_tape() -> None:
    tape = (
        "E: eta zure anai-arrebak\nJ: hiru joxe mari arantxa ta mikel. arantxa azkoitian bizi "
        "da julio urkijo kalean ta mikel donostian maisua da\nE: eta zuk zer egiten zenuen "
        "kalean\nJ: behiak jaso eta esnea saldu"
    )
    found = pairs(tape, "eus")
    assert ("julio urkijo kalean", "ADDRESS") in found, found
    assert not [v for v, k in found if k == "ADDRESS" and "egiten" in v], found


def test_an_address_given_in_running_text() -> None:
    spanish = "Las señas son Vahrenwalder Straße 212, Zimmer 14, Hannover, por si quieres escribir"
    assert ("Vahrenwalder Straße 212, Zimmer 14, Hannover", "ADDRESS") in pairs(spanish, "spa")
    basque = "Nire helbidea: Calle 62 N° 2841, 1° B, (7630) Necochea, Argentina\n\nBesarkada"
    assert ("Calle 62 N° 2841, 1° B, (7630) Necochea, Argentina", "ADDRESS") in pairs(basque, "eus")
    english = "Her address is Flat 3, Eden Court, Penrith CA11 8HR and her e-mail is j@example.org"
    assert ("Flat 3, Eden Court, Penrith CA11 8HR", "ADDRESS") in pairs(english)
    soldier = "Envoie à l'adresse : soldat Baptiste Larrieu, 18e régiment, secteur postal 112."
    assert not [v for v, k in pairs(soldier, "fra") if k == "ADDRESS" and "soldat" in v]


def test_what_only_a_model_took_for_a_person_after_a_preposition_of_place_is_a_place() -> None:
    letter = "Delpuech te dit merci, c'est un gars de Maurs, tu connais peut-être sa famille."
    assert "Maurs" not in [v for v, _ in pairs(letter, "fra")]
    english = "One of the photographs shows Kit Hebblethwaite from Garsdale Head."
    found = pairs(english)
    assert ("Kit Hebblethwaite", "PERSON") in found, found
    assert "Garsdale Head" not in [v for v, _ in found], found
    assert ("Kerroc'h", "ADDRESS") in pairs("fille de Louise Tanguy, demeurant à Kerroc'h.", "fra")


def test_a_name_is_not_spread_to_an_institutions_heading_in_capitals() -> None:
    text = (
        "PADRÓN MUNICIPAL DE HABITANTES DE MEDINA DE RIOSECO, 1935\n"
        "Cabeza de familia: Medina Rioseco, Eusebio; esposa: Ana Gil."
    )
    found = pairs(text, "spa")
    assert ("MEDINA", "PERSON") not in found and ("RIOSECO", "PERSON") not in found, found


def test_postal_lines_with_flats_four_digit_postcodes_and_numbers_after_the_street() -> None:
    swiss = "– M. Kevin Morier, Grand-Rue 45, app. 3, 1660 Château-d'Œx, k.morier@example.ch"
    assert ("Grand-Rue 45, app. 3, 1660 Château-d'Œx", "ADDRESS") in pairs(swiss, "fra")
    belgian = (
        "Benoît Collignon, avenue de la Toison d'Or 52, boîte 7, 1050 Ixelles, GSM 0494 18 27 63."
    )
    assert ("avenue de la Toison d'Or 52, boîte 7, 1050 Ixelles", "ADDRESS") in pairs(
        belgian, "fra"
    )
    icelandic = "Guðnýjar Ólafsdóttur, Hraunbæ 102, íbúð 304, 110 Reykjavík, s. 897 3310."
    assert ("Hraunbæ 102, íbúð 304, 110 Reykjavík", "ADDRESS") in pairs(icelandic, "isl")
    register = "6. LAGARDE-MOUNIER Hélène, Le Mas-Barbu, 87300 Bellac, helene.mounier@orange.fr"
    assert ("Le Mas-Barbu, 87300 Bellac", "ADDRESS") in pairs(register, "fra")
    sale = "Team of work horses, 1949 Massey-Harris tractor, mowing machine."
    assert not [v for v, k in pairs(sale) if k == "ADDRESS"]


def test_latin_american_streets_and_an_address_tail_that_ends_with_its_sentence() -> None:
    donor = "Margarita Kuchen de Roth, domiciliada en Rivadavia 1462, 2.º B, quien ofrece"
    assert ("Rivadavia 1462, 2.º B", "ADDRESS") in pairs(donor, "spa")
    funeral = "partiendo el cortejo desde su domicilio, General Lagos 1120, al Cementerio Alemán."
    assert ("General Lagos 1120", "ADDRESS") in pairs(funeral, "spa")
    census = "últimamente en calle Neptuno 311, altos, La Habana. Saben leer y escribir."
    assert ("calle Neptuno 311, altos, La Habana", "ADDRESS") in pairs(census, "spa")
    letter = "Nuestra dirección sigue siendo Calle Hidalgo 1542, col. Santa Teresita, Guadalajara."
    assert ("Calle Hidalgo 1542, col. Santa Teresita, Guadalajara", "ADDRESS") in pairs(
        letter, "spa"
    )


def test_envelope_blocks_with_joining_words_a_bracketed_county_and_a_dateline_after() -> None:
    breton = (
        "Madame Marie-Jeanne Le Goff\nau village de Kerbiquet\npar Plouguerneau\n(Finistère)\n\n"
        "Le 3 octobre 1916\n\nMa chère femme,"
    )
    found = pairs(breton, "fra")
    for line in ("au village de Kerbiquet", "par Plouguerneau", "(Finistère)"):
        assert (line, "ADDRESS") in found, found
    icelandic = (
        "Utanáskrift:\nHúsfrú Ingibjörg Jónsdóttir\nSyðra-Lóni\nvið Þórshöfn\nÍsland\n"
        "Hvammi við Íslendingafljót, 12. febrúar 1878.\n\nElskulega systir mín!"
    )
    found = pairs(icelandic, "isl")
    assert ("við Þórshöfn", "ADDRESS") in found, found
    galician = (
        "Sobre:\nSra. Dña. Dolores Castro Varela\nLugar de Vilar\n"
        "parroquia de Santa Eulalia de Bóveda\nLugo (España)\n\nBuenos Aires 20 de Agosto de 1912"
    )
    found = pairs(galician, "spa")
    assert ("parroquia de Santa Eulalia de Bóveda", "ADDRESS") in found, found


def test_a_tape_whose_speakers_are_labelled_without_a_colon_under_a_forms_labels() -> None:
    tape = (
        "CERCLE D'HISTOIRE : Mémoire orale, entretien n° 27\nAdresse : rue de la Gare 17\n"
        "Enquêtrice : Nathalie Gobert, entretien du 14 mars 2019.\nTranscription automatique :\n\n"
        "enquêtrice donc monsieur dethier vous êtes né à petigny\n"
        "témoin oui oui à petigny le douze février trente-quatre à la maison hein on naissait "
        "à la maison à ce temps-là c'était la sage-femme madame collard qui venait en vélo\n"
        "enquêtrice et vous habitiez où exactement\ntémoin on habitait la dernière maison "
        "avant le bois et mon oncle fernand a été prisonnier en allemagne cinq ans\n"
    )
    found = pairs(tape, "fra")
    for name in ("dethier", "collard", "fernand"):
        assert (name, "PERSON") in found, found


def test_rural_routes_townland_chains_canadian_postcodes_and_saint_towns() -> None:
    assert ("RR 2, Brechin, Ontario", "ADDRESS") in pairs("then of RR 2, Brechin, Ontario (tel.")
    said = "the mail just said rural route one, judique and the mailman knew everyone"
    assert [v for v, k in pairs(said) if k == "ADDRESS" and v.startswith("rural route one")]
    irish = "Lent by Mr Dan Twomey, Rahalisk, Ballinagree, Macroom, Co. Cork, P12 X2K7. Thanks."
    assert ("Rahalisk, Ballinagree, Macroom, Co. Cork, P12 X2K7", "ADDRESS") in pairs(irish)
    quebec = "de M. Réjean Cuendet, 1450, rang Saint-Joseph, Saint-Hyacinthe (Québec) J2R 1H8, qui"
    assert ("1450, rang Saint-Joseph, Saint-Hyacinthe (Québec) J2R 1H8", "ADDRESS") in pairs(
        quebec, "fra"
    )
    vermont = (
        "Survivors include a son, Roland, of 14 Elm Street, St. Johnsbury, and six grandchildren."
    )
    assert ("14 Elm Street, St. Johnsbury", "ADDRESS") in pairs(vermont)


def test_a_ledgers_customer_and_home_columns() -> None:
    ledger = (
        "Sup. no. | Supplier | Townland | Gals May | Gals June\n"
        "14 | Murphy, Con | Gortnaskehy | 412 | 530\n"
        "21 | Kelleher, Mossie | Glebe House | 88 | 104\n"
    )
    found = pairs(ledger)
    for value, kind in (
        ("Murphy, Con", "PERSON"),
        ("Gortnaskehy", "ADDRESS"),
        ("Glebe House", "ADDRESS"),
    ):
        assert (value, kind) in found, found
    assert not [v for v, k in found if v in ("412", "88")], found
    # a wages book's "Home" column; a league's "Home or away" is no one's
    wages = "Name | Situation | Wage | Home\nAnn Bell | Maid | £30 | Kirkton, Fortingall\n"
    assert ("Kirkton, Fortingall", "ADDRESS") in pairs(wages)
    fixtures = "Date | Opponent | Home or away\n3 May | Hawick | Mill Park, Selkirk\n"
    assert not [v for v, k in pairs(fixtures) if k == "ADDRESS"]


def test_a_stud_books_animal_is_no_person() -> None:
    book = "Nom du chien | Race | Éleveur\nRip | épagneul breton | Le Quéré (Yves)\n"
    assert ("Rip", "PERSON") not in pairs(book, "fra")


def test_a_vacant_holding_is_no_name() -> None:
    roll = "No. | Tenant | Rent\n8 | Vacant (late Wm. Ross) | £3.0.0\n"
    assert ("Vacant", "PERSON") not in pairs(roll)


def test_streets_said_with_long_numbers_floors_and_districts() -> None:
    spanish = "aquí con mi hija chayo, en calle hidalgo ciento doce, colonia el pedregal, ya ve"
    assert ("calle hidalgo ciento doce, colonia el pedregal", "ADDRESS") in pairs(spanish, "spa")
    floor = "vive en granada en la avenida de cervantes veintiocho tercero b ella me trae"
    assert ("avenida de cervantes veintiocho tercero b", "ADDRESS") in pairs(floor, "spa")
    for said, value in [
        (
            "nos fuimos a la calle san juan de los reyes cuarenta y tres en el albaicín",
            "calle san juan de los reyes cuarenta y tres",
        ),
        (
            "donde mi tía chela al pasaje la marina ochenta y siete en el cerro barón",
            "pasaje la marina ochenta y siete",
        ),
        (
            "en la calle san nicolás er número siete que era una casa de vecinos",
            "calle san nicolás er número siete",
        ),
        (
            "vivo con mi nieta en la avenida del quinto centenario bloque tres primero b que",
            "avenida del quinto centenario bloque tres primero b",
        ),
        (
            "vivíamos en la calle de las eras, en el siete, una casa de adobe",
            "calle de las eras, en el siete",
        ),
    ]:
        assert (value, "ADDRESS") in pairs(said, "spa"), (said, pairs(said, "spa"))
    for said, value in [
        (
            "in his kitchen at number two brynmawr cottages on the llanfair road",
            "number two brynmawr cottages",
        ),
        ("she lives at forty two heol y dderwen down in llandrindod", "forty two heol y dderwen"),
    ]:
        assert (value, "ADDRESS") in pairs(said), (said, pairs(said))
    shared = pairs("the privy across the yard, shared with three other houses")
    assert not [v for v, k in shared if k == "ADDRESS"], shared
    french = "témoin: on était au numéro huit de la rue des écoles quand j'étais petit"
    assert ("numéro huit de la rue des écoles", "ADDRESS") in pairs(french, "fra")
    basque = "lekukoa: bueno kale nagusia zortzian bizi ginen bigarren solairuan"
    assert ("kale nagusia zortzian", "ADDRESS") in pairs(basque, "eus"), pairs(basque, "eus")
    tape = (
        "speaker 1: and where did you go then\nspeaker 2: we moved into town, forty two pitt "
        "street, port hawkesbury, over the hardware. my husband worked at the mill and i kept "
        "the house, there was no money in it but we were happy enough with the children"
    )
    assert ("forty two pitt street, port hawkesbury", "ADDRESS") in pairs(tape), pairs(tape)
    for ordinary in [
        "la calle tiene dos casas y una plaza con tres árboles",
        "con el chato el de la plaza de abastos en el cincuenta y ocho en la iglesia",
    ]:
        assert not [v for v, k in pairs(ordinary, "spa") if k == "ADDRESS"], ordinary
    french = "on restait au quatre cent douze rang saint-thomas, c'est mon neveu"
    assert ("quatre cent douze rang saint-thomas", "ADDRESS") in pairs(french, "fra")


def test_a_postal_line_whose_parts_start_in_lower_case_before_its_postcode() -> None:
    galician = (
        "Xosé Manuel Pena Lois, con domicilio en Rúa do Vilar 23, 2.º izda., 15705 Santiago, tel."
    )
    assert ("Rúa do Vilar 23, 2.º izda., 15705 Santiago", "ADDRESS") in pairs(galician, "spa")
    basque = (
        "Nerea Mendiola Arrieta (alaba), Kale Nagusia 41, 5. ezk., 48011 Bilbo, tel. 655 09 81 37"
    )
    assert ("Kale Nagusia 41, 5. ezk., 48011 Bilbo", "ADDRESS") in pairs(basque, "eus")


def test_latin_american_farms_icelandic_streets_with_their_article_and_an_envelopes_label() -> None:
    tape = (
        "entrevistada no vivíamos afuera en el rancho el tecuán que era de mi abuelo don chema "
        "ochoa ahí sembraban maíz y garbanzo y había unas vaquitas y mi papá se fue de bracero "
        "a california en el cincuenta y dos y ya no volvió a vivir aquí con nosotros"
    )
    assert ("rancho el tecuán", "ADDRESS") in pairs(tape, "spa")
    icelandic = "Það var alltaf gott að koma til þín á Garðarsbrautina, þar sem flatkökurnar biðu."
    assert ("Garðarsbrautina", "ADDRESS") in pairs(icelandic, "isl")
    envelope = (
        "Þín systir Ragna.\nÁritun: Hr. Þorvaldur Einarsson, Bakka, Borgarfirði eystra, Iceland."
    )
    found = pairs(envelope, "isl")
    assert ("Bakka, Borgarfirði eystra, Iceland", "ADDRESS") in found, found
    advert = "Tveggja herbergja íbúð til leigu að Múlavegi 7, efri hæð. Tilboð sendist blaðinu."
    assert ("Múlavegi 7, efri hæð", "ADDRESS") in pairs(advert, "isl")


def test_french_homes_after_demeurant_and_icelandic_streets_with_their_number() -> None:
    record = (
        "Yves Le Guen, meunier, âgé de cinquante ans, demeurant au moulin de Traonvélin, lesquels"
    )
    assert ("moulin de Traonvélin", "ADDRESS") in pairs(record, "fra")
    farm = "mon grand-père, Léon Delpeyrat, métayer à Pech Gaudou, commune de Sagelat, 1905"
    assert ("Pech Gaudou, commune de Sagelat", "ADDRESS") in pairs(farm, "fra")
    towns = pairs("demeurant à Saint-Malo, puis domicilié à La Rochelle.", "fra")
    assert not [v for v, k in towns if k == "ADDRESS"], towns
    notice = (
        "Kaffi að heimili dóttur sinnar að Lagarási 8 eftir kl. 3. Hann kom á Akureyri 12. maí."
    )
    found = pairs(notice, "isl")
    assert ("Lagarási 8", "ADDRESS") in found and not [v for v in found if "Akureyri" in v[0]]


def test_english_registers_and_forms_without_their_false_names() -> None:
    register = (
        "No. | Baptised | Child | Parents | Abode | Father's trade | Minister\n"
        "233 | 8 Jan | William | Thomas & Hannah Dowson | Carlton Grange | Farmer | Jno. Gibson\n"
        "237 | 12 Feb | Ann | Wm. & Martha Cussons | No. 4, Castlegate | Tanner | H. Marwood\n"
    )
    found = pairs(register)
    for value in ("Jan", "Farmer", "Tanner", "Baptised | Child"):
        assert value not in [v for v, _ in found], found
    assert ("Carlton Grange", "ADDRESS") in found, found
    form = "Section C: Donation and Gift Aid\nI give GBP 5.00 monthly by Direct Debit."
    assert not [v for v, k in pairs(form) if k == "PERSON"], pairs(form)
    obituary = "PEACHAM - Mrs. Edna L. (Corliss) Whitcomb, 89, of Bayley Hazen Road, died Saturday."
    found = pairs(obituary)
    assert ("Bayley Hazen Road", "ADDRESS") in found and "89" not in " ".join(v for v, _ in found)
    assert "Hon" not in [v for v, _ in pairs("Yours, Eamon Maguire, Hon. Secretary")]


def test_a_given_name_at_the_head_of_a_things_name_or_a_boats_registration_is_none() -> None:
    minutes = "Inverness County Heritage Society, Oral History Project, recording OH-2021-041."
    assert not [v for v, k in pairs(minutes) if k == "PERSON"], pairs(minutes)
    icelandic = "leiðarbók vélbátsins Freyju ÍS 312 og myndir af Hafdís GK."
    assert not [v for v, k in pairs(icelandic, "isl") if k == "PERSON"], pairs(icelandic, "isl")


def test_icelandic_names_that_start_a_sentence() -> None:
    letter = (
        "Hér er gott land og hagar góðir fyrir kýrnar. Jón minn fer norður á morgun. "
        "Siggi litli er byrjaður í skóla. Guðrún segir frá beitningu. Hún lést í fyrra. "
        "Sala á nýjasta bindi gengur vel."
    )
    found = [v for v, k in pairs(letter, "isl") if k == "PERSON"]
    assert {"Jón", "Siggi", "Guðrún"} <= set(found), found
    assert "Hún" not in found and "Sala" not in found, found


def test_french_hyphened_given_names_and_breton_surnames_said_in_lower_case() -> None:
    tape = (
        "locuteur un : on est le mardi dix-huit avril je suis annick le bihan pour "
        "l'association et je suis chez madame marie-josèphe le goff dans sa maison\n"
        "locuteur deux : je me suis mariée en cinquante-deux avec jean-yves le goff de kervéoc "
        "et monsieur lavoie le fromager passait tous les jours\n"
        "locuteur un : merci beaucoup madame le goff on va faire une petite pause\n"
    )
    found = pairs(tape, "fra")
    for name in ("annick le bihan", "marie-josèphe le goff", "jean-yves le goff", "le goff"):
        assert (name, "PERSON") in found, found
    assert not [v for v, _ in found if "fromager" in v], found


def test_an_address_field_set_out_over_several_lines() -> None:
    form = (
        "DONOR\nName: Mrs Alison J. Gourlay\nAddress: Braeside Cottage\nWest Shore Road\n"
        "Pittenweem\nFife KY10 2QT\nTelephone: 01632 960123"
    )
    found = pairs(form)
    assert ("Braeside Cottage\nWest Shore Road\nPittenweem\nFife KY10 2QT", "ADDRESS") in found


def test_a_flat_in_an_estate_said_aloud() -> None:
    tape = (
        "Q : vous avez été relogés où\nR : à la cité des aygalades bâtiment b au quatrième "
        "sans ascenseur, et avant au huit montée des accoules au troisième"
    )
    found = pairs(tape, "fra")
    assert ("cité des aygalades bâtiment b au quatrième", "ADDRESS") in found, found
    assert ("huit montée des accoules au troisième", "ADDRESS") in found, found


def test_a_basque_farm_in_capitals_and_its_name_again_in_cases() -> None:
    card = (
        "JOSE RAMON URIARTE BILBAO / «TXOMIN» / ZEARRETA BASERRIKOA / JAIO ZAN 1921\n"
        "Jose Ramon Uriarte Muxikan jaio zen eta Zearretan bizi izan zen. "
        "Auzoan «Zearretako Txomin» deitzen zioten."
    )
    found = pairs(card, "eus")
    for value in ("ZEARRETA BASERRIKOA", "Zearretan", "Zearretako"):
        assert (value, "ADDRESS") in found, found


def test_speakers_labelled_by_their_initials_or_name_but_not_a_forms_labels() -> None:
    tape = (
        "Interviewee: Margaret Coulthard. Interviewer: Kevin Armstrong.\n\n"
        "KA: right it's going now so tell me where you were born\n"
        "MC: well we were in the upstairs flat\nKA: and your nana\nMC: round the corner\n"
        "INT: thank you\nINT: that's all\n"
    )
    found = pairs(tape)
    assert ("KA", "PERSON") in found and ("MC", "PERSON") in found, found
    assert ("INT", "PERSON") not in found, found
    form = "Izen-abizenak: Itziar Goikoetxea\nNAN: 44718263F\nIBAN: ES80 2095 0611 0791 0044 1234"
    assert not [v for v, k in pairs(form, "eus") if v in ("NAN", "IBAN")], pairs(form, "eus")


def test_names_typed_in_capitals_in_running_text() -> None:
    will = (
        "THE LAST WILL of me DANIEL FOLEY of Lispole, subject to the right of my wife HANORA FOLEY."
    )
    found = pairs(will)
    assert ("DANIEL FOLEY", "PERSON") in found and ("HANORA FOLEY", "PERSON") in found, found
    notice = "2. ANUNCIO (16-VI-1962)\nSE VENDE casa de labranza. Cuenta IBAN ES50 2095 0611 0691."
    assert not [v for v, k in pairs(notice, "spa") if k == "PERSON"], pairs(notice, "spa")


def test_american_streets_with_ordinals_and_directions() -> None:
    letter = "Hann bjó alla ævi í Ballard, á 2214 NW 58th Street, og þar ólst amma mín upp."
    assert ("2214 NW 58th Street", "ADDRESS") in pairs(letter, "isl")
    block = "Bestu kveðjur,\nKristín Olson\n6120 24th Ave NW, Seattle, WA 98107, USA"
    assert ("6120 24th Ave NW, Seattle, WA 98107, USA", "ADDRESS") in pairs(block, "isl")


def test_the_rest_of_an_envelope_block_under_a_line_with_a_number() -> None:
    envelope = (
        "[Sobre con sello de 25 cts.]\n\nSra. D.ª Pilar Souto Rey\nLugar de Piñeiro, n.º 3\n"
        "Parroquia de San Xoán de Calo\nTeo (Coruña)\n\nRemite: José Souto"
    )
    found = pairs(envelope, "spa")
    assert ("Parroquia de San Xoán de Calo", "ADDRESS") in found, found
    assert ("Teo (Coruña)", "ADDRESS") in found, found
    contact = (
        "Mis datos:\nAv. Corrientes 4120, piso 3\nC1195AAN Ciudad Autónoma de Buenos Aires\n"
        "Argentina\n\nUn saludo."
    )
    found = pairs(contact, "spa")
    assert ("C1195AAN Ciudad Autónoma de Buenos Aires", "ADDRESS") in found, found
    assert ("Argentina", "ADDRESS") in found, found
    # An association signing under a dedication is no address.
    notice = "Familia osoari besarkada bat.\n\nUrolako Historia Taldea\n(Aldizkaria, 2009, 12. zk.)"
    assert not [v for v, k in pairs(notice, "eus") if k == "ADDRESS" and "Taldea" in v]


def test_the_quarter_or_commune_named_after_a_house() -> None:
    notice = "Los padres residen en el Fundo El Roble, camino a Corral.\n\nBAUTIZO"
    assert ("Fundo El Roble, camino a Corral", "ADDRESS") in pairs(notice, "spa")
    deed = (
        "Jean Favre, cultivateur, demeurant au hameau du Planay, commune de Pralognan, sain de "
        "corps."
    )
    assert ("hameau du Planay, commune de Pralognan", "ADDRESS") in pairs(deed, "fra")
    # A span of years after it is no part of the address.
    lease = "métayer à Pech Gaudou, commune de Sagelat, 1908-1934."
    assert not [v for v, k in pairs(lease, "fra") if "1908" in v]


def test_an_irish_address_chain_before_a_colon() -> None:
    card = "A postcard addressed to Miss B. Doherty, Derrylin, Enniskillen, Co. Fermanagh, Ireland:"
    assert ("Derrylin, Enniskillen, Co. Fermanagh, Ireland", "ADDRESS") in pairs(card)


def test_short_numbers_after_their_word() -> None:
    # A village telephone of old, and a soldier's or a member's number.
    assert ("173", "PHONE") in pairs("Casa en venta. Teléfono 173.", "spa")
    assert ("214", "PHONE") in pairs("Upplýsingar gefur Rósa, sími 214.", "isl")
    assert not [k for v, k in pairs("Teléfono 24 horas.", "spa") if k == "PHONE"]
    assert ("G/61347", "ID_NUMBER") in pairs("Pte L. Haché, matricule G/61347, R.C.A.S.C.", "fra")
    assert ("4127", "ID_NUMBER") in pairs(
        "soldat de 2e classe, matricule 4127 au recrutement", "fra"
    )
    # Four digits with no word before them are a year or a price, not a number of anyone's.
    assert not [k for v, k in pairs("Rebuilt in 4127 days, at a cost of 2718 pounds.") if k]
    # A society's own numbers, letters before them, after the member's or volunteer's word.
    members = [
        ("eng", "Member no.: LSHS-00482\nName(s): Clarence", "LSHS-00482"),
        ("eng", "Volunteer ID: VOL-0217. Rota: Saturdays", "VOL-0217"),
        ("fra", "Jean-Yves Tanguy, adhérent n° 1187, qui avait", "1187"),
        ("spa", "Entregado por D. Ángel Sancho Royo, socio n.º 217.", "217"),
        ("eus", "Bazkide-zk.: 0734. Alta: Koldok emana", "0734"),
        ("eus", "Miren Arregi (bazkidea da jada, zk. 0512)", "0512"),
        ("isl", "Sjálfboðaliðanúmer: S-031.", "S-031"),
    ]
    for language, text, value in members:
        assert (value, "ID_NUMBER") in pairs(text, language), (text, pairs(text, language))
    # Colombia's identity card as a register's column, and a long number further from its word
    register = (
        "N.º | Nombre | C.C. | Dirección\n014 | Octavio Vélez Restrepo | 70.548.219 | Calle 50"
    )
    assert ("70.548.219", "ID_NUMBER") in pairs(register, "spa"), pairs(register, "spa")
    assert not [v for v, k in pairs(register, "spa") if v.startswith("C.C")]
    said = "Yo ya di mi cédula de la Policía Federal, que es la 3.218.447, y me dicen"
    assert ("3.218.447", "ID_NUMBER") in pairs(said, "spa")
    issued = "Certificate no. 001736459821, issued 28/09/2021, seen by Graham."
    assert not [v for v, k in pairs(issued) if k == "ID_NUMBER" and "2021" in v]
    # Right after its word, a number of a telephone's shape is the ID; the word is no part
    # of it; an ID's last letter and the next word are no initialled name; licences too
    ids = pairs("NHS number: 485 777 3456. Tax file number 123 456 782. Call 01632 960 123.")
    assert ("485 777 3456", "ID_NUMBER") in ids and ("123 456 782", "ID_NUMBER") in ids, ids
    assert ("01632 960 123", "PHONE") in ids, ids
    spanish = pairs("RUT 12.345.678-5. DNI 12345678Z. NIE X1234567L. Pasaporte PAA123456.", "spa")
    assert ("12.345.678-5", "ID_NUMBER") in spanish, spanish
    assert not [v for v, k in spanish if k == "PERSON"], spanish
    assert ("MORGA753116SM9IJ", "ID_NUMBER") in pairs("Driving licence: MORGA753116SM9IJ.")
    assert ("12AB34567", "ID_NUMBER") in pairs("Permis de conduire n° 12AB34567.", "fra")
    # cards and books that carry one person's number, a soldier's number before his rank,
    # Canada's SIN in capitals (not Spanish "sin", without)
    for language, text, value in [
        ("eng", "Ration book no. RB 123456", "RB 123456"),
        ("eng", "Identity card NBKC 117/4", "NBKC 117/4"),
        ("eng", "No. 240817 Pte. H. Holroyd, 'B' Coy", "240817"),
        ("eng", "His SIN is 046 454 286.", "046 454 286"),
        ("fra", "Carte vitale : 1 84 12 75 115 023 45", "1 84 12 75 115 023 45"),
        ("spa", "Carnet de socio 0231", "0231"),
        ("spa", "Libreta de enrolamiento 1.234.567", "1.234.567"),
        ("eus", "Gizarte Segurantzako zenbakia: 20 12345678 90", "20 12345678 90"),
    ]:
        assert (value, "ID_NUMBER") in pairs(text, language), (text, pairs(text, language))
    assert ("612 345 678", "PHONE") in pairs("La calle Mayor s/n, sin teléfono 612 345 678.", "spa")
    assert ("612 345 678", "PHONE") in pairs("Vivía en Soria, sin 612 345 678 ni nada.", "spa")
    # the ID word right before the number ("DNI 12.345.678") announces it too; more countries
    for language, text, value in [
        ("spa", "DNI 12.345.678", "12.345.678"),
        ("spa", "C.I. 1.234.567-8", "1.234.567-8"),
        ("spa", "RFC: GODE561231AB1", "GODE561231AB1"),
        ("fra", "NISS : 85073003328", "85073003328"),
        ("eng", "ID number 8001015009087", "8001015009087"),
        ("eng", "TFN 123 456 782", "123 456 782"),
    ]:
        assert (value, "ID_NUMBER") in pairs(text, language), (text, pairs(text, language))
    # an ID card's number said in a tape, its letter after the digits
    tape = (
        "entrevistadora: y para el permiso me dice su dni\n"
        "entrevistada: el setenta y dos cuatro uno cero nueve tres cinco ene\n"
        "entrevistadora: y un teléfono"
    )
    said = "setenta y dos cuatro uno cero nueve tres cinco ene"
    assert (said, "ID_NUMBER") in pairs(tape, "spa"), pairs(tape, "spa")
    # and a model's "name" with a number in it is none: the number is the find
    assert ("LSHS-00482", "ID_NUMBER") in pairs("Member no.: LSHS-00482\nName")


def test_a_name_found_once_is_not_spread_to_a_place_or_body_of_the_same_name() -> None:
    text = (
        "Mr Tom Muker wrote to us in May.\n"
        "He played in the Muker Silver Band and sang at Muker Methodist Chapel. "
        "Muker came to every meeting."
    )
    found = pairs(text)
    assert ("Muker", "PERSON") in found, found  # the last sentence: the man himself
    spans = [(s.start, s.kind) for s in detect(text, "eng")]
    band = text.index("Muker Silver")
    chapel = text.index("Muker Methodist")
    assert (band, "PERSON") not in spans and (chapel, "PERSON") not in spans, spans


def test_what_stands_beside_a_name_in_english_letters() -> None:
    letter = (
        "Dear Mother,\nJohn came out on the Jessie from Liverpool.\nTell Biddy I often think "
        "of her.\nYour loving son,\nPat\n\nP.S. Walter says the hay is in. We sailed with "
        "Skipper Abe Hunt. There was a bonfire for Queen Victoria's Diamond Jubilee."
    )
    found = pairs(letter)
    assert ("Biddy", "PERSON") in found and ("Walter", "PERSON") in found, found
    assert ("Abe Hunt", "PERSON") in found, found
    flagged = " ".join(v for v, k in found if k == "PERSON")
    for word in ("Jessie", "Tell", "P.S.", "Skipper", "Queen", "Victoria", "Jubilee"):
        assert word not in flagged, found
    # A family after "the" is people: "the Hollis family".
    family = "Mrs Ann Hollis wrote again. The letters of the Hollis family came in."
    spans = [(s.start, s.kind) for s in detect(family, "eng")]
    assert (family.index("Hollis family"), "PERSON") in spans, spans


def test_latin_american_streets_named_with_their_number_and_no_street_word() -> None:
    letter = "Duermo en una casa de huéspedes de Lamparilla 63, altos, con otros muchachos."
    assert ("Lamparilla 63, altos", "ADDRESS") in pairs(letter, "spa")
    card = "Pueden retirar las cajas en casa, Cochrane 518, cualquier mañana."
    assert ("Cochrane 518", "ADDRESS") in pairs(card, "spa")
    # A chapter and its number are none.
    assert not pairs("El Capítulo 12, entre otros, trata de la guerra.", "spa")


def test_canadian_lots_and_concessions_and_where_an_address_said_ends() -> None:
    letter = "Write to me at Lot 9, Con. 4, McKillop, Huron Co., Ontario, and it will come."
    assert ("Lot 9, Con. 4, McKillop, Huron Co., Ontario", "ADDRESS") in pairs(letter)
    deed = "the south half of Lot 9 in the 4th Concession of Mara, one hundred acres"
    assert ("Lot 9 in the 4th Concession of Mara", "ADDRESS") in pairs(deed)
    photo = "Taken at 28 Lubec St., 3rd floor, Easter 1955."
    assert ("28 Lubec St., 3rd floor", "ADDRESS") in pairs(photo)
    said = "My address is Unit 4, 12 Banksia Parade, Toowong QLD 4066, Australia. In May I move."
    assert ("Unit 4, 12 Banksia Parade, Toowong QLD 4066, Australia", "ADDRESS") in pairs(said)


def test_a_house_name_in_quotes_before_its_street() -> None:
    notice = 'Wendy Hart, "Kowhai Downs", 37 Helensbrook Road, RD 1, Milton, ph 027 418 3305'
    assert ('"Kowhai Downs", 37 Helensbrook Road, RD 1, Milton', "ADDRESS") in pairs(notice)


def test_the_name_on_a_card_or_an_account_and_a_previous_surname() -> None:
    form = (
        "Card number: 4539 5787 6362 1486     Expiry: 09/27\nName on card: D W PENNINGTON\n"
        "Preferred name: Betty\nPrevious surname(s): Dinsdale\n"
    )
    found = pairs(form)
    assert ("D W PENNINGTON", "PERSON") in found, found
    assert ("Dinsdale", "PERSON") in found, found


def test_surnames_said_in_a_lower_case_tape_told_from_common_words() -> None:
    tape = (
        "speaker 1: where did you live then\nspeaker 2: we lived on the back lane and i "
        "married harold in thirty-four, harold bentham he were a bus conductor. and harold "
        "went to the mill every day of his life\n"
    )
    found = pairs(tape)
    assert ("harold bentham", "PERSON") in found, found
    assert not [v for v, k in found if v.endswith("went")], found
    cinta = (
        "entrevistador: ¿y su padre?\ninformante: mi padre se fue al monte y pasó una semana "
        "escondido en el monte esperando y luego volvió a casa con la nieve\n"
    )
    assert not [v for v, k in pairs(cinta, "spa") if v in ("monte", "nieve")]


def test_an_australian_state_and_postcode_after_the_town() -> None:
    letter = "She lives at 14 Wattle Street, Haberfield NSW 2045, with her sister."
    assert ("14 Wattle Street, Haberfield NSW 2045", "ADDRESS") in pairs(letter)
    prairie = pairs("Write to Box 214, Rosthern SK S0K 3R0 after harvest.")
    assert ("Box 214, Rosthern SK S0K 3R0", "ADDRESS") in prairie, prairie
    field = "Address: 12 Church St. The Green, Hexham NE46 3AB"
    assert ("12 Church St. The Green, Hexham NE46 3AB", "ADDRESS") in pairs(field)


def test_a_registers_columns_of_identity_and_telephone_numbers() -> None:
    table = (
        "Nombre | DNI | Domicilio | Teléfono\n"
        "Lucía Rey | 35.127.904 | 25 de Mayo 2380 | (03496) 42-1587\n"
        "Ana Gil | 17.903.266 | Sarmiento 845 | —\n"
    )
    found = pairs(table, "spa")
    assert ("35.127.904", "ID_NUMBER") in found and ("17.903.266", "ID_NUMBER") in found
    assert ("(03496) 42-1587", "PHONE") in found, found
    # A column of years or prices is none.
    ledger = "Año | Precio | Nota\n1921 | 35.50 | pagado\n1922 | 40.00 | —\n"
    assert not [k for v, k in pairs(ledger, "spa") if k in ("ID_NUMBER", "PHONE")]


def test_quebec_nicknames_and_french_shortened_given_names() -> None:
    letter = "Salue ma tante pis Ti-Jean à Fidèle. Ti-Jos va à l'école des Frères."
    found = pairs(letter, "fra")
    assert ("Ti-Jean à Fidèle", "PERSON") in found and ("Ti-Jos", "PERSON") in found, found
    note = "Mme Thérèse Collignon a écrit. Une lettre de M.-Th. Collignon, de 1944, est jointe."
    assert ("M.-Th. Collignon", "PERSON") in pairs(note, "fra")


def test_spanish_pet_names_and_diminutives_in_a_lower_case_tape() -> None:
    tape = (
        "entrevistadora: ¿y sus hermanos?\ninformante: mi hermano tomasito se fue pa venezuela "
        "y la paqui se quedó aquí con el niño, y yo solito con las vacas todo el día\n"
    )
    found = pairs(tape, "spa")
    assert ("tomasito", "PERSON") in found and ("paqui", "PERSON") in found, found
    assert not [v for v, k in found if v == "solito"], found


def test_names_on_a_gravestones_inscription_in_capitals() -> None:
    stone = (
        "Inskripzioa:\nHEMEN DATZA / JOSE RAMON URIARTE BILBAO / 1903 – 1961 / GOIAN BEGO\n"
        "FAMILIA ARANA / PEDRO ARANA 1880 – 1937 / JOSEFA ETXEBARRIA 1884 – 1937"
    )
    found = pairs(stone, "eus")
    for name in ("JOSE RAMON URIARTE BILBAO", "PEDRO ARANA", "JOSEFA ETXEBARRIA"):
        assert (name, "PERSON") in found, found
    assert not [v for v, k in found if "HEMEN" in v or "GOIAN" in v], found


def test_icelandic_names_said_after_a_pronoun_or_hja() -> None:
    tape = (
        "spyrill: hvar vannstu þá\nviðmælandi: ég var í vegavinnu hjá honum jóni á vöðlum "
        "sextán ára og svo fór ég í fiskinn hjá ásgeiri og lék mér við hana dísu\n"
    )
    found = pairs(tape, "isl")
    for name in ("jóni", "ásgeiri", "dísu"):
        assert (name, "PERSON") in found, found
    assert ("vöðlum", "ADDRESS") in found, found


def test_a_nickname_in_quotes_before_the_word_for_one() -> None:
    assert ("Txato", "PERSON") in pairs("Argazkietan «Txato» izengoitia jartzea nahi du.", "eus")
    assert ("el Boni", "PERSON") in pairs('Le llamaban "el Boni" de apodo en el pueblo.', "spa")


def test_a_french_home_after_a_verb_of_living_and_towns_ending_in_sson() -> None:
    found = pairs("Elle vit au hameau des Granges, près de Saint-Flour.", "fra")
    assert ("hameau des Granges", "ADDRESS") in found, found
    assert not pairs("Il vit au bord de la Loire.", "fra")
    envelope = "M. et Mme Guérin, le Bourg, 23200 Aubusson"
    assert not [v for v, k in pairs(envelope, "fra") if k == "PERSON" and v == "Aubusson"]
    assert ("Jón Gunnarsson", "PERSON") in pairs("Lettre de Jón Gunnarsson à Paris.", "fra")


def test_an_english_street_said_without_a_number_after_a_verb_of_living() -> None:
    assert ("Jubilee Terrace, number 14", "ADDRESS") in pairs(
        "We lived on Jubilee Terrace, number 14, until the war."
    )
    tape = "speaker 1: and where's marjorie now\nspeaker 2: she's down station road now\n"
    assert ("station road", "ADDRESS") in pairs(tape)
    for text in ("he was born on the main road", "they were in the same street as us"):
        assert not pairs(text), pairs(text)
    flat = "Apt. 4B, 1120 Elm Street, Springfield, IL 62704"
    assert (flat, "ADDRESS") in pairs(flat)


def test_streets_named_by_their_word_and_the_grid_of_colombian_towns() -> None:
    found = pairs("Mi tía vivía en la Gran Vía 41, quinto piso, con su hija.", "spa")
    assert [v for v, k in found if k == "ADDRESS" and v.startswith("Gran Vía 41")], found
    assert not [v for v, k in found if v == "Vía"], found
    assert ("Carrera 7 # 45-12, Bogotá", "ADDRESS") in pairs("Carrera 7 # 45-12, Bogotá", "spa")
    assert ("Jirón Junín 455, Lima", "ADDRESS") in pairs("Jirón Junín 455, Lima", "spa")


def test_icelandic_streets_in_the_dative_with_their_number() -> None:
    home = "hann á heima í Stórholti 23 á Akureyri"
    assert ("Stórholti 23 á Akureyri", "ADDRESS") in pairs(home, "isl")  # with its town


def test_an_irish_home_with_its_particles_and_a_new_zealand_postcode() -> None:
    home = "the family home at Cnoc na Gaoithe, Inverin, Co. Galway"
    assert ("Cnoc na Gaoithe, Inverin, Co. Galway", "ADDRESS") in pairs(home)
    nz = "Home: 14 Kowhai Street, Ōtautahi Christchurch 8011"
    assert ("14 Kowhai Street, Ōtautahi Christchurch 8011", "ADDRESS") in pairs(nz)
    # a year after the town is no postcode
    moved = "He moved to 12 Mill Street, Hexham 1952."
    assert ("12 Mill Street, Hexham", "ADDRESS") in pairs(moved)


def test_a_census_label_is_no_farm() -> None:
    census = "Bær: Kirkjuból í Bjarnardal\nJón Jónsson | bóndi"
    assert not [v for v, k in pairs(census, "isl") if v == "Bær"], pairs(census, "isl")


def test_a_bodys_own_address_under_its_name_is_no_ones_personal_data() -> None:
    letter = (
        "Whitby Literary and Philosophical Society\nPannett Park\nWhitby YO21 1RE\n\n"
        "12 March 2020\n\nDear Mrs Hart,\nPlease write to me at 14 Bagdale, Whitby YO21 1QL."
    )
    found = pairs(letter)
    assert ("14 Bagdale, Whitby YO21 1QL", "ADDRESS") in found, found
    assert not [v for v, k in found if k == "ADDRESS" and ("Pannett" in v or "1RE" in v)], found
    bref = "Borgarskjalasafn Reykjavíkur\nTryggvagötu 15\n101 Reykjavík\n\nEfni: Beiðni"
    assert not [k for v, k in pairs(bref, "isl") if k == "ADDRESS"], pairs(bref, "isl")
    # A person's home with a council's word in it stays hers.
    home = "Mrs Ann Lee\nParish Council Cottages\n3 Church Street\nHexham NE46 3AB"
    assert ("3 Church Street\nHexham NE46 3AB", "ADDRESS") in pairs(home)
    assert ("Ann Lee", "PERSON") in pairs(home)


def test_offices_feasts_and_a_postcode_alone_on_its_line() -> None:
    minutes = "Le conseil autorise M. le Maire à réparer la toiture, payable à la Saint-Martin."
    assert not [k for v, k in pairs(minutes, "fra") if k == "PERSON"], pairs(minutes, "fra")
    assert ("Jean Saint-Martin", "PERSON") in pairs("M. Jean Saint-Martin est venu.", "fra")
    block = (
        "mon adresse est :\n312, rang Saint-Édouard\nSaint-Blaise-sur-Richelieu (Québec)\n"
        "J0J 1W0\nCanada\n\nMerci"
    )
    found = pairs(block, "fra")
    assert ("J0J 1W0", "ADDRESS") in found and ("Canada", "ADDRESS") in found, found


def test_spanish_words_that_are_also_given_names_told_by_how_common_they_are() -> None:
    acta = "Primero. Leída el acta de la sesión anterior, se aprueba. Se va a Francia en abril."
    assert not [v for v, k in pairs(acta, "spa") if k == "PERSON"], pairs(acta, "spa")
    carta = "Manolo sigue en la RENFE, ahora de jefe. Ya no estoy en la bodega de Cándido."
    found = pairs(carta, "spa")
    assert ("Manolo", "PERSON") in found and ("Cándido", "PERSON") in found, found


def test_spanish_address_tails_floors_after_a_dash_no_number_and_colonias() -> None:
    cases = {
        "vivíamos en la calle de la Fuente número ocho, al lado de la iglesia": (
            "calle de la Fuente número ocho"
        ),
        "Residía en Barrio de la Estación, s/n, Medina del Campo.": (
            "Barrio de la Estación, s/n, Medina del Campo"
        ),
        "C/ Mayor, 5 - 1.º A\n37001 Salamanca": "C/ Mayor, 5 - 1.º A",
        "Avenida Juárez 1203, colonia Centro, Guadalajara, Jalisco.": (
            "Avenida Juárez 1203, colonia Centro, Guadalajara, Jalisco"
        ),
    }
    for text, address in cases.items():
        assert (address, "ADDRESS") in pairs(text, "spa"), pairs(text, "spa")


def test_a_persons_book_or_card_and_its_number_and_a_soldiers_after_his_name() -> None:
    for text, value, language in (
        ("con Libreta Electoral N.º 0847215, domiciliada en Lima", "0847215", "spa"),
        ("y Libreta Militar N.º 1059274, a quien se llamará", "1059274", "spa"),
        ("Aldo Remigio Bianchi (L.E. 5.214.870), nacido en Rosario", "5.214.870", "spa"),
        ("provisto de cédula personal número 48.217, soltero", "48.217", "spa"),
        ("Credencial cívica: TAA 8712", "TAA 8712", "spa"),
        ("la credencial lleva el número de empleado FCT-04417.", "FCT-04417", "spa"),
        ("el carnet del sindicato, el n.º 41.237 de la UGT", "41.237", "spa"),
        ("mon livret d'ouvrière, il porte le n° 47.812 et il est", "47.812", "fra"),
        ("Society membership no.: MDLHS-0457", "MDLHS-0457", "eng"),
        ("Reykjavík, nafnnúmer 7912-4036, leigir hér með", "7912-4036", "isl"),
        ('From Pte. W. J. Kowalchuk, L103562, "C" Coy.', "L103562", "eng"),
        ("Handed in by Porter T. Ackroyd (38815) at 10.40", "38815", "eng"),
    ):
        assert ("ID_NUMBER", value) in [(k, v) for v, k, _ in found(text, language)], text
    # the card's name is no person; a postcard's or an interview's number is no one's
    assert not [v for v, k, _ in found("con Libreta Electoral N.º 0847215", "spa") if k == "PERSON"]
    assert not [v for v, k, _ in found("(L.E. 5.214.870)", "spa") if k == "PERSON"]
    for text, language in (
        ("TRANSCRIPTION — carte postale 2022-03/5 (Lowell, Mass.)", "fra"),
        ("Ficha de la entrevista n.º 2019/07", "spa"),
        ("Left by Guard H. Rymer (1962) in the van", "eng"),  # a year
    ):
        assert not [v for v, k, _ in found(text, language) if k == "ID_NUMBER"], text


def test_a_registers_own_numbers_are_ids_when_they_are_members_codes() -> None:
    members = (
        "| Mem. No. | Name | Address | Joined |\n"
        '| W.101 | Mr A. J. McLeod | "Kilmory", Waikouaiti | 3.4.52 |\n'
        "| W.102 | Mrs Isabella McLeod | do. | 3.4.52 |\n"
    )
    assert [v for v, k, _ in found(members) if k == "ID_NUMBER"] == ["W.101", "W.102"]
    assert "do." not in [v for v, k, _ in found(members)]  # a ditto is the line above
    basque = "| Zk. | Izen-abizenak | Helbidea |\n| G-014 | Battitta Etxeberri | Etxeberria |\n"
    assert ("G-014", "ID_NUMBER") in [(v, k) for v, k, _ in found(basque, "eus")]
    # a baptism register's entries are counted, not anyone's number
    entries = "No. | Date | Name | Abode\n233 | 8 Jan | William Hart | Bondgate\n"
    assert not [v for v, k, _ in found(entries) if k == "ID_NUMBER"]
    # a mutual's register, whose people are its members: the number is the member's, and
    # the members' column holds their names
    for heading, row, number, name, language in (
        (
            "N° | Sociétaire | Domicile",
            "27 | Vidal (Pierre) | mas de la Serre",
            "27",
            "Vidal",
            "fra",
        ),
        ("Zk. | Bazkidea | Etxea", "9 | Joanes Iriarte | Errekaldea", "9", "Joanes Iriarte", "eus"),
    ):
        pairs_found = [(v, k) for v, k, _ in found(f"{heading}\n{row}\n", language)]
        assert (number, "ID_NUMBER") in pairs_found, pairs_found
        assert any(k == "PERSON" and name in v for v, k in pairs_found), pairs_found
    # a member's number in its column, and again in the book's remarks
    spanish = (
        "N.º de socio | Nombre | Domicilio | Oficio\n"
        "1207 | Manuel Fernández Villar | calle D'Clouet n.º 54 | dependiente\n"
        "1208 | Rafael Betancourt | Calzada de Dolores 112, bajos | tabaquero\n\n"
        "Observaciones:\n— El socio 1207 se trasladó en 1921 a La Habana.\n"
    )
    ids = [v for v, k, _ in found(spanish, "spa") if k == "ID_NUMBER"]
    assert ids == ["1207", "1208", "1207"], ids
    assert not [v for v, k, _ in found("Nº 1921 | Year 1921\n1921", "eng") if k == "ID_NUMBER"]


def test_an_addresss_flat_tower_cellar_and_number_after_its_street() -> None:
    for text, value, language in (
        (
            "domicilio en avenida Argentina 1530, interior 7, Cercado de Lima, Libreta "
            "Electoral N.º 1377402",
            "avenida Argentina 1530, interior 7, Cercado de Lima",
            "spa",
        ),
        (
            "(hijo), Carrera 29D # 9-45, torre 2, apto. 1104, El Poblado, Medellín, +57 315",
            "Carrera 29D # 9-45, torre 2, apto. 1104, El Poblado, Medellín",
            "spa",
        ),
        (
            "domicilio en Avenida Marítima 31, 2.º D, 38700 Santa Cruz de La Palma, móvil",
            "Avenida Marítima 31, 2.º D, 38700 Santa Cruz de La Palma",
            "spa",
        ),
        ("et loge rue de l'Ouest, n° 37, chez une dame", "rue de l'Ouest, n° 37", "fra"),
        ("Chez lui, place de l'Église, n° 3, Morteau.", "place de l'Église, n° 3, Morteau", "fra"),
        (
            "Errekalde zumarkalea 12, 5. A, 48002 Bilbo",
            "Errekalde zumarkalea 12, 5. A, 48002 Bilbo",
            "eus",
        ),
        (
            "Sancho el Sabio kalea 17, 3. esk., 01008 Vitoria-Gasteiz",
            "Sancho el Sabio kalea 17, 3. esk., 01008 Vitoria-Gasteiz",
            "eus",
        ),
        (
            "Heimili: Álfaskeiði 88, 3. hæð t.v., Hafnarfirði.",
            "Álfaskeiði 88, 3. hæð t.v., Hafnarfirði",
            "isl",
        ),
        ("Hún bjó á Öldugötu 12 í Hafnarfirði til 1950.", "Öldugötu 12 í Hafnarfirði", "isl"),
        ("vive en O'Daly, 41, 2.º, de esta ciudad", "O'Daly, 41, 2.º", "spa"),
        ("vive en la Plaza, n.º 6, de esta villa", "la Plaza, n.º 6", "spa"),
        (
            'Sra. Marta Pagliaro, Alberti 1540, 5° "C", Mar del Plata, (0223) 493-5512.',
            'Alberti 1540, 5° "C", Mar del Plata',
            "spa",
        ),
        (
            "Mi madre vive en Mendoza 2418, piso 3.º, dto. B, (2000) Rosario. Nuestro",
            "Mendoza 2418, piso 3.º, dto. B, (2000) Rosario",
            "spa",
        ),
        (
            "Sr. D. Alfonso Gimeno\nC/ Delicias, 41, 4.º izda.\n50017 ZARAGOZA\n\nMuy señor",
            "50017 ZARAGOZA",
            "spa",
        ),
        (
            "demeurant au 88, rue de l'Évêché Est, Rimouski (Québec) G5L 1X4.",
            "88, rue de l'Évêché Est, Rimouski (Québec) G5L 1X4",
            "fra",
        ),
        ("frá Ástu, Hringbraut 50, kjallara, þar sem hann", "Hringbraut 50, kjallara", "isl"),
        (
            "vive en Calle 9 n.º 1234 entre 58 y 59, La Plata",
            "Calle 9 n.º 1234 entre 58 y 59, La Plata",
            "spa",
        ),
        (
            "Dirección: Villa Portales, block 12, depto. 34, Estación Central",
            "Villa Portales, block 12, depto. 34, Estación Central",
            "spa",
        ),
    ):
        assert (value, "ADDRESS") in pairs(text, language), text


def test_an_envelopes_block_with_by_via_and_a_basque_house() -> None:
    scottish = (
        "Envelope (front):\nMrs Janet Murray\nBraeside Cottage\nKirkton of Glenisla\nby Alyth\n"
        "Perthshire\nScotland\n\nMy dear Janet,"
    )
    values = [v for v, k in pairs(scottish) if k == "ADDRESS"]
    assert "by Alyth" in values and "Kirkton of Glenisla" in values, values
    basque = (
        "Maria Josefa Etxeberria andreari\nIriartea etxea\nArizkun (Baztan)\nNavarra — Spain\n\n"
    )
    values = [v for v, k in pairs(basque, "eus") if k == "ADDRESS"]
    assert "Navarra — Spain" in values and "Arizkun (Baztan)" in values, values


def test_a_street_said_with_its_thousands_and_without_the_words_after_it() -> None:
    text = "ma fille reste à jonquière au deux mille cent quarante rue saint-hubert elle vient"
    assert ("deux mille cent quarante rue saint-hubert", "ADDRESS") in pairs(text, "fra")
    text = "on a resté en ville au mille vingt-huit rue jacques-cartier au deuxième en haut"
    assert ("mille vingt-huit rue jacques-cartier", "ADDRESS") in pairs(text, "fra")
    text = "on reste à trois cent douze est rue walnut à eunice depuis soixante-dix-huit et la"
    values = [v for v, k in pairs(text, "fra") if k == "ADDRESS"]
    assert values and values[0].startswith("trois cent douze est rue walnut"), values
    assert not [v for v in values if "depuis" in v], values
    # a year said with its thousand is no telephone number
    text = "à Cambremer, le douze mars mil huit cent quatre-vingt-dix-huit."
    assert not [v for v, k in pairs(text, "fra") if k == "PHONE"]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("eng", "Admitted 3 March 1911, Adm. No. 4471, Mary Ann Doyle, aged 34.", "4471"),
        ("eng", "Prisoner No. 2218, John Carmody, labourer, charged with assault.", "2218"),
        ("eng", "Contract ticket No. 38821, per s.s. Orient, from Plymouth.", "38821"),
        ("eng", "Evacuee label no. 1142, Brian Price, aged 7.", "1142"),
        ("eng", "Union card no. 7731, Amalgamated Society of Railway Servants.", "7731"),
        ("eng", "His pupil number was 1408 and he sat in the back row.", "1408"),
        ("spa", "Creo que su número de chapa era el 3.418.", "3.418"),
        ("eng", "Charge sheet no. 4417: Patrick Dunne, labourer.", "4417"),
        ("eng", "Warrant No. 228 issued against Thomas Reilly.", "228"),
        ("eng", "Pupil's register number 327, left 1936.", "327"),
        ("eng", "Social Insurance Number: 046 454 286", "046 454 286"),
        ("eng", "Driver's license D123-4567-8901", "D123-4567-8901"),
        ("fra", "Registre d'écrou n° 1142 : Le Bihan Yves, 34 ans, marin.", "1142"),
        ("fra", "Numéro matricule au recrutement : 2231.", "2231"),
        ("fra", "No d'assurance sociale : 123 456 782", "123 456 782"),
        ("spa", "Expediente n.º 2214 del Hospital Provincial.", "2214"),
        ("isl", "Sjúkraskrá nr. 2214, Landspítalinn.", "2214"),
        ("eus", "Espetxeko zenbakia: 1187.", "1187"),
        ("fra", "classe 1906, bureau de recrutement de Tulle, n° 1184.", "1184"),
        ("fra", "Mets ben mon numéro G/61347 sur l'enveloppe.", "G/61347"),
        ("fra", "Expéditeur : Pte L. Haché, G/61347, R.C.A.S.C.", "G/61347"),
        (
            "eng",
            "National Registration identity card, Isaac Fisher, NBKL 214/3 | 1939",
            "NBKL 214/3",
        ),
        ("spa", "la mica de bracero, con el número E-1487302. Y mi CURP", "E-1487302"),
        ("eng", "Please quote your membership number (e.g. CDHS/0412) when paying.", "CDHS/0412"),
        ("eus", "Elkarteko kide naiz, AOE-2017-044 zenbakiarekin.", "AOE-2017-044"),
        ("fra", "Carte de bibliothèque n° 23001004471.", "23001004471"),
        ("fra", "Permis de conduire n° 840375100112.", "840375100112"),
        ("fra", "Inscrit maritime n° 2217, quartier de Saint-Pierre.", "2217"),
        ("spa", "Cartilla militar n.º 8812.", "8812"),
        ("spa", "Pasaporte n.º 1447, expedido en La Coruña en 1912.", "1447"),
        ("spa", "Carné de conducir 44128831-K.", "44128831-K"),
        ("spa", "Tarjeta sanitaria GLRA 440128 3317.", "GLRA 440128 3317"),
    ],
)
def test_a_persons_number_after_its_label_is_an_id_not_a_telephone(
    language: str, text: str, value: str
) -> None:
    assert (value, "ID_NUMBER") in pairs(text, language)
    assert not [v for v, k in pairs(text, language) if k == "PHONE"]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("eng", "Account: sort code 20-45-77, account number 40312269.", "40312269"),
        ("eng", "Account: sort code 20-45-77, account number 40312269.", "20-45-77"),
        ("eng", "Lloyds Bank, a/c no. 0412779, Truro branch.", "0412779"),
        ("eng", "Savings Bank book no. 118437 in the name of Ellen Tregear.", "118437"),
        ("fra", "CCP 1247-88 Nancy.", "1247-88"),
        ("fra", "Compte courant postal n° 4471-12 F Paris.", "4471-12 F"),
        ("spa", "Cuenta: 2080 0123 45 6789012345 (Caixa Galicia).", "2080 0123 45 6789012345"),
        ("spa", "CBU 0110599520000012345678.", "0110599520000012345678"),
        ("isl", "Reikningur 0311-26-4471 í Landsbankanum.", "0311-26-4471"),
        ("isl", "Sparisjóðsbók nr. 4417 hjá Sparisjóði Norðfjarðar.", "4417"),
        ("eus", "Kontu zenbakia: 2095 0611 12 3456789012.", "2095 0611 12 3456789012"),
    ],
)
def test_an_account_in_its_national_form_after_its_word(
    language: str, text: str, value: str
) -> None:
    assert (value, "IBAN") in pairs(text, language)
    assert not [v for v, k in pairs(text, language) if k == "PHONE"]


def test_an_archives_own_entry_number_is_no_ones() -> None:
    assert not [v for v, k in pairs("N° d'entrée : 2023-041", "fra") if k == "ID_NUMBER"]
    for text in ("Accession no. KH/2019/047", "Loan no. L2023.07", "serial no. G9283311."):
        assert not [v for v, k in pairs(text) if k == "ID_NUMBER"], text


def test_a_year_after_a_book_or_a_card_is_when_not_which() -> None:
    for text, language in (
        ("Cartilla de racionamiento de 1946 y recibos de la Cooperativa.", "spa"),
        ("Prestsþjónustubók 1898: skírð Ingibjörg, dóttir Benedikts.", "isl"),
    ):
        assert not [v for v, k in pairs(text, language) if k in ("ID_NUMBER", "IBAN")], text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("eng", "Sailed from Liverpool on the S.S. Parisian, Allan Line, arriving at Halifax."),
        ("eng", "Passengers per R.M.S. Lusitania, Cunard Line, to New York."),
        ("eng", "Dominion Day picnic at Victoria Park was well attended."),
        ("eng", "One framed photograph, Settle Co-operative Society outing, 1923."),
        ("fra", "Fête de la Saint-Jean-Baptiste; messe à la cathédrale de Metz."),
        ("spa", "Embarcó en Vigo en el vapor Reina Victoria Eugenia."),
        ("spa", "Alfonso XIII y la reina Victoria Eugenia visitaron Vigo."),
        ("spa", "Un saldo en la cuenta de la Caja de Ahorros de la Inmaculada."),
        ("isl", "Þaðan fóru þau með Allan-línunni til Quebec."),
        ("eus", "Bermeoko Arrantzaleen Kofradia; Bizkaiko Aurrezki Kutxa."),
        ("eus", "Sagar-tarta, Zelaigorriko sagarrekin."),
        ("eng", "Enlisted at Blackboy Hill, 11th Battalion, A.I.F. Served at Gallipoli."),
        ("fra", "LISTE DES PASSAGERS — paquebot Bretagne, Le Havre–New York"),
        ("eus", "Boiseko Star Hotel; Anduiza Hotela."),
    ],
)
def test_ships_sovereigns_firms_and_feasts_are_no_private_persons(language: str, text: str) -> None:
    assert not [v for v, k in pairs(text, language) if k == "PERSON"], pairs(text, language)


def test_an_advertisements_verb_is_no_part_of_the_farm() -> None:
    text = "FOR SALE: Jersey cow, in calf. Apply Trelawny Farm."
    assert ("Trelawny Farm", "ADDRESS") in pairs(text)


def test_a_given_name_that_is_also_a_firms_word_alone_is_a_name() -> None:
    text = "Il laisse dans le deuil ses enfants : Line (Réjean Bouchard), Marc."
    assert ("Line", "PERSON") in pairs(text, "fra")


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("eng", "FOR SALE. Apply W. Roberts, Glan-yr-afon, Corwen.", "Glan-yr-afon, Corwen"),
        (
            "fra",
            "M. Théophile Robichaud, Pointe-Sapin, comté de Kent, N.-B.",
            "Pointe-Sapin, comté de Kent, N.-B.",
        ),
        (
            "spa",
            "Remite: Manuel Otero, Lugar de Vilar, 12, Bandeira (Pontevedra)",
            "Lugar de Vilar, 12, Bandeira (Pontevedra)",
        ),
        (
            "spa",
            "con domicilio en Calle 23 n.º 456, El Vedado, La Habana.",
            "Calle 23 n.º 456, El Vedado, La Habana",
        ),
        ("fra", "habitant Section Lamentin, habitation Bellevue, Le Lamentin", "Bellevue"),
    ],
)
def test_homes_after_a_name_in_a_county_a_welsh_house_havana_and_an_estate(
    language: str, text: str, value: str
) -> None:
    assert [v for v, k in pairs(text, language) if k == "ADDRESS" and value in v], pairs(
        text, language
    )


def test_a_hyphened_given_name_and_a_middle_initial_stay_in_the_name() -> None:
    assert ("Marie-Élise", "PERSON") in pairs("Piguet, Marie-Élise ; 9 janvier 1878", "fra")
    text = "Mariage de Théotime Arsenault et d'Anne-Marie Cormier, à Caraquet."
    assert ("Anne-Marie Cormier", "PERSON") in pairs(text, "fra")
    text = "Þorsteinn Þ. Þorsteinsson skrifaði frá Winnipeg."
    assert ("Þorsteinn Þ. Þorsteinsson", "PERSON") in pairs(text, "isl")


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("eng", "at RFD 2, Brattleford, Vt. from somewhere", "RFD 2, Brattleford, Vt"),
        (
            "eng",
            "Born to Mr. and Mrs. Otto Brandt of Rural Route 1, Orleans, on Tuesday, June 7, a son",
            "Rural Route 1, Orleans",
        ),
        ("eng", "Mrs Cameron at Mains of Bardmony, Alyth, will want", "Mains of Bardmony, Alyth"),
        (
            "eng",
            "If undelivered return to M. Grant, Mains of Erchless, Struy, by Beauly.",
            "Mains of Erchless, Struy, by Beauly",
        ),
        ("fra", "va la voir à Kervigorn, en Lannilis, et dis-lui", "Kervigorn, en Lannilis"),
        (
            "fra",
            "M. Paul Salaün, Résidence de l'Élorn, bât. B, appt 12, Landerneau, tél. 85.21.47",
            "Résidence de l'Élorn, bât. B, appt 12, Landerneau",
        ),
        (
            "spa",
            "Domicilio anterior: Leandro Gómez 1184, Paysandú\n",
            "Leandro Gómez 1184, Paysandú",
        ),
    ],
)
def test_rural_routes_scottish_mains_breton_parishes_and_a_former_address(
    language: str, text: str, value: str
) -> None:
    assert (value, "ADDRESS") in pairs(text, language), pairs(text, language)


def test_an_icelandic_home_that_bin_knows_with_its_number() -> None:
    text = "viðtal á heimili viðmælanda, Laufási 6, Egilsstöðum.\nSjálfvirk uppskrift"
    assert ("Laufási 6, Egilsstöðum", "ADDRESS") in pairs(text, "isl")
    text = "Bréf barst frá Kristínu Halldórsdóttur, Melum 2, sem býður félaginu bækur."
    assert [v for v, k in pairs(text, "isl") if k == "ADDRESS" and v.startswith("Melum 2")]
    # a date is no house number; a one-letter word opens the next sentence
    text = "Fundur verður í samkomuhúsinu Stað 2. nóvember."
    assert not [v for v, k in pairs(text, "isl") if k == "ADDRESS"]
    text = "Til frú Kristínar Blöndal, Laufásvegi 9, Rvík. Á kortinu stendur: „Komum að"
    assert ("Laufásvegi 9, Rvík", "ADDRESS") in pairs(text, "isl")


def test_a_relative_from_a_place_is_no_relative_named() -> None:
    assert not [v for v, k in pairs("y mi abuela de Silleda cosía.", "spa") if v == "Silleda"]
    assert ("Blasco", "PERSON") in pairs("la viuda de Blasco vino", "spa")


def test_an_id_said_whole_in_a_tape_after_its_word() -> None:
    text = (
        "me puede dar su rut sí es ocho millones cuatrocientos treinta y siete mil doscientos "
        "diecinueve guion seis entrevistadora y un teléfono"
    )
    value = "ocho millones cuatrocientos treinta y siete mil doscientos diecinueve guion seis"
    assert (value, "ID_NUMBER") in pairs(text, "spa")
    text = "la curp es a a m r tres uno cero siete cero cuatro h m n l n f cero nueve y mi mica"
    value = "a a m r tres uno cero siete cero cuatro h m n l n f cero nueve"
    assert (value, "ID_NUMBER") in pairs(text, "spa")
    text = (
        "interviewer: i need your national insurance number if that's all right\n"
        "speaker: it's in the pension book fetch it for me love it's why zed one two three "
        "four five six see\ninterviewer: and a phone number\nspeaker: it's oh one six three "
        "two nine six oh five one seven"
    )
    found = pairs(text)
    assert ("why zed one two three four five six see", "ID_NUMBER") in found, found
    text = (
        "intervieweuse : pis la carte d'assurance maladie que vous m'avez montrée\n"
        "rosaire : ma femme la sait par cœur, p e l j trente-huit zéro deux vingt-deux quatorze."
    )
    value = "p e l j trente-huit zéro deux vingt-deux quatorze"
    assert (value, "ID_NUMBER") in pairs(text, "fra"), pairs(text, "fra")
    text = "my identity card\nMC: oh aye i can still say it n b k c one one seven stroke four me"
    assert ("n b k c one one seven stroke four", "ID_NUMBER") in pairs(text)
    assert ("oh one six three two nine six oh five one seven", "PHONE") in found, found


def test_an_admission_books_number_column_is_each_persons() -> None:
    book = (
        "Adm. No. | Date of Adm. | Name of Pupil | Date of Birth\n"
        "412 | 17.8.26 | Cook, Margaret Ann | 3.2.21\n"
    )
    assert ("412", "ID_NUMBER") in pairs(book)


def test_an_argentine_forms_surname_and_name_label() -> None:
    text = "Apellido y nombre: GONZÁLEZ, María Inés\nDomicilio: calle Mayor 3"
    assert ("GONZÁLEZ, María Inés", "PERSON") in pairs(text, "spa")


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("eng", "John Sheehan, of the townland of Knockbrack, parish of Clonmult", "Knockbrack"),
        (
            "eng",
            "Mary Walsh, residing at Ballyvourney, Co. Cork, spinster",
            "Ballyvourney, Co. Cork",
        ),
        ("fra", "domicilié à Kerlouan, au village de Lanveur", "village de Lanveur"),
        (
            "spa",
            "con domicilio conocido en el rancho El Capulín, municipio de Jalostotitlán",
            "rancho El Capulín, municipio de Jalostotitlán",
        ),
        (
            "spa",
            "que habita en el cortijo de Los Almendros, término de Ronda",
            "cortijo de Los Almendros, término de Ronda",
        ),
    ],
)
def test_townlands_counties_villages_and_municipalities_after_a_home(
    language: str, text: str, value: str
) -> None:
    assert [v for v, k in pairs(text, language) if k == "ADDRESS" and value in v], pairs(
        text, language
    )


def test_an_icelandic_street_said_in_a_tape_with_its_number() -> None:
    text = (
        "viðmælandi: við bjuggum í þrjátíu ár í bænum en svo fluttum við hingað í sólheima "
        "tuttugu og þrjú\nspyrill: áttu myndir frá þessu\nviðmælandi: já hann býr enn á "
        "túngötu 14 fyrir norðan og hún á hóli tvö ár"
    )
    values = [v for v, k in pairs(text, "isl") if k == "ADDRESS"]
    assert "sólheima tuttugu og þrjú" in values and "túngötu 14" in values, values
    assert not [v for v in values if v.endswith("tvö")], values


@pytest.mark.parametrize(
    "text",
    [
        "15 de febrero. Visita del Sr. Inspector a la escuela.",
        "Los novios salieron en viaje hacia Palma de Mallorca.",
        "Le mando por el Banco Español del Río de la Plata un giro.",
        "La casa al pie de la Montaña de Arucas.",
        "Archivo de la Memoria Oral de Sanlúcar, entrevista 2003/14.",
    ],
)
def test_a_spanish_word_that_is_a_rare_given_name_before_de_is_a_place(text: str) -> None:
    found = [v for v, k in pairs(text, "spa") if k == "PERSON"]
    assert not [v for v in found if v.split()[0] in ("Visita", "Palma", "Río", "Montaña", "Oral")]


def test_a_given_name_before_de_and_a_surname_stays_a_name() -> None:
    assert [v for v, k in pairs("Firmó María de la Cruz Pérez.", "spa") if v.startswith("María")]


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("isl", "Móttökunúmer: 2021/33     Dags.: 14.09.2021", "Dags"),
        ("isl", "Til: Sögu- og minjafélag Hörgársveitar", "Sögu"),
        ("eus", "Haren alaba Maite Baionan bizi da.", "Haren"),
        ("eus", "Martxoan etorri zen Bilbora.", "Martxoan"),
        ("fra", "Il nous envoyait des cartes de Noël avec un dollar dedans.", "Noël"),
    ],
)
def test_labels_compounds_pronouns_months_and_feasts_are_no_names(
    language: str, text: str, word: str
) -> None:
    assert not [v for v, k in pairs(text, language) if k == "PERSON" and v == word]


def test_a_person_named_noel_is_still_a_name() -> None:
    assert [v for v, k in pairs("Noël Tremblay est venu nous voir.", "fra") if "Noël" in v]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fra", "Réponse, 20 octobre 2023 :\nBonjour Monsieur, merci pour cette transcription."),
        ("fra", "Les vérificatrices, Mmes Anne Bovard et Sylvie Grept, ont contrôlé."),
        ("fra", "Embrassez Bonne-Maman pour moi.\nVotre fils,\nJojo"),
        ("fra", "Ma mère, Délima Simard, s'occupait des poules."),
        ("fra", "éditeur Lévy et Fils, n° 214."),
    ],
)
def test_titles_and_kin_alone_are_no_names(language: str, text: str) -> None:
    for value, kind in pairs(text, language):
        if kind == "PERSON":
            assert any(c.isupper() for c in value) and value.split()[-1].casefold() not in (
                "monsieur",
                "mmes",
                "fils",
                "mère",
            ), value


def test_a_registers_columns_between_slashes_and_its_rows_between_dashes() -> None:
    members = (
        "Zutabeak: bazkide zk. / izen-abizenak / helbidea / Gizarte Segurantzako zk. / "
        "oharrak\n\n"
        "2.417 – Mikel Goikoetxea Arana – Portu kalea 7, 2.a, Lekeitio – G.S. 48/0552190/71 "
        "– patroia\n\n"
        "2.418 – Itziar Landa – Arropain auzoa 3, Ispaster – G.S. 48/0613377/80\n"
    )
    values = [(v, k) for v, k, _ in found(members, "eus")]
    for value, kind in (
        ("2.417", "ID_NUMBER"),
        ("48/0552190/71", "ID_NUMBER"),  # without its initials, "G.S."
        ("2.418", "ID_NUMBER"),  # a row without remarks is still read
        ("Arropain auzoa 3, Ispaster", "ADDRESS"),
    ):
        assert (value, kind) in values
    sailings = (
        "Columnas: Nº / Apellidos y nombre / Edad / Profesión / Cédula o pasaporte / "
        "Domicilio\n"
        "17. Souto Lema, Ramona – 22 – costurera – cédula personal nº 51.230 – calle Rondeau "
        "918, Montevideo, casa de su tía.\n"
        "18. Lema Otero, Jacinto – 40 – labrador – pasaporte nº 3.114 – con su esposa y "
        "dos hijos, nºs 19 a 21.\n"
    )
    values = [(v, k) for v, k, _ in found(sailings, "spa")]
    assert ("51.230", "ID_NUMBER") in values and ("3.114", "ID_NUMBER") in values
    # the row's count is not anyone's number; whose house it is, and a sentence, are no home
    assert not [v for v, k in values if v.startswith(("17", "18"))]
    assert "casa de su tía" not in " ".join(v for v, k in values if k == "ADDRESS")
    assert not [v for v, k in values if "esposa" in v]
    # a heading's words between slashes in prose are no table
    prose = "I can help with: the Hall / the Library / the Address book\nJohn Smith – 12 – x\n"
    assert "12" not in [v for v, _, _ in found(prose)]


def test_a_registers_headings_between_dashes_and_a_parents_cell() -> None:
    school = (
        "Matrikula zk. — Izen-abizenak — Gurasoak, lanbidea eta helbidea — Telefonoa — "
        "Oharrak\n\n"
        "0311 — Ane Zubiri Lasa — Patxi Zubiri, arotza, Txantrea kalea 14, 3., Iruñea — "
        "24 18 63 — Euskaraz etxean.\n"
    )
    values = [(v, k) for v, k, _ in found(school, "eus")]
    assert ("0311", "ID_NUMBER") in values  # a pupil's number
    assert ("24 18 63", "PHONE") in values
    # the parent's home from its street, not the trade before it
    assert [v for v, k in values if k == "ADDRESS" and "Txantrea" in v] == [
        "Txantrea kalea 14, 3., Iruñea"
    ]
    assert not [v for v, k in values if "arotza" in v]


def test_a_townland_or_house_after_a_name_a_comma_and_of() -> None:
    register = (
        "4th May. Patrick Durkan, farmer, of Gortnaclough, Kilmeena, son of John Durkan. "
        "6th May. Winifred Joyce, widow, of the Mall Road, Westport, aged 71. "
        "9th May. Bridget Lavelle, of Tigh na Coille, Mulranny."
    )
    addresses = [v for v, k, _ in found(register) if k == "ADDRESS"]
    for value in ("Gortnaclough, Kilmeena", "the Mall Road, Westport", "Tigh na Coille, Mulranny"):
        assert value in addresses
    # a town every word list knows is where someone lives, not their address
    notice = "She leaves a son, Mr Harold Pratt, of Leeds, and a daughter, Ann, of Detroit."
    assert not [v for v, k, _ in found(notice) if k == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "value", "language"),
    [
        (
            "Orduan Zabalbide kalea, hogeita zazpi, bigarren eskuina bizi ginen.",
            "Zabalbide kalea, hogeita zazpi, bigarren eskuina",
            "eus",
        ),
        (
            "on louait au chemin des Vignes nonante-deux, à côté de la scierie",
            "chemin des Vignes nonante-deux",
            "fra",
        ),
        (
            "alquilamos en la calle Prat, número sesenta y uno, cerca del puerto",
            "calle Prat, número sesenta y uno",
            "spa",
        ),
        # a farm or street found without its number, then the number said
        (
            "Við bjuggum í Álftamýri, Álftamýri fjörutíu og tvö, annarri hæð til hægri. Svo",
            "Álftamýri fjörutíu og tvö, annarri hæð til hægri",
            "isl",
        ),
    ],
)
def test_a_house_number_said_after_a_capitalised_street(
    text: str, value: str, language: str
) -> None:
    assert (value, "ADDRESS") in pairs(text, language)


def test_a_street_then_a_number_word_that_is_no_house_number() -> None:
    # "un" and "bat" are numbers, and articles; the sentence goes on after them
    assert not [v for v, k in pairs("Il passait rue Lepic un jour de pluie.", "fra") if "un" in v]
    assert not [v for v, k in pairs("Zabalbide etorbidea bat da herrian.", "eus") if "bat" in v]


def test_numbers_of_the_same_shape_listed_after_an_id_and_icelandic_home_phones() -> None:
    cards = "Cartes n° 00431207 (titulaire), 00431208 et 00431209\nSaisie : bibliothèque"
    ids = [v for v, k, _ in found(cards, "fra") if k == "ID_NUMBER"]
    assert ids == ["00431207", "00431208", "00431209"]
    # a count or a price after an ID is not another one
    mixed = "Skírteini nr. GB-118204, 3 stk., kr. 1.500"
    assert [v for v, k, _ in found(mixed, "isl") if k == "ID_NUMBER"] == ["GB-118204"]
    club = "Gjaldkeri: Hrönn Ólafsdóttir, Lundarbrekku 4, hs. 4 21 87, vs. 5 55 30"
    phones = [v for v, k, _ in found(club, "isl") if k == "PHONE"]
    assert phones == ["4 21 87", "5 55 30"]


def test_a_fixed_width_registers_columns_and_a_second_surnames_initial() -> None:
    manifest = (
        "No. 318  HUGHES, Gwilym Rhys  M  b. 04.05.1927 at Llanelli  Collier  "
        "Passport No. C 771204\n"
    )
    people = [v for v, k, _ in found(manifest) if k == "PERSON"]
    assert "Gwilym Rhys" in " ".join(people)
    assert not [v for v in people if "  " in v or v.endswith(" M")]
    signatures = "Lima, 4 de junio de 1961.\nTeodora Huamán R.     Marcos Condori P.\n"
    people = [v for v, k, _ in found(signatures, "spa") if k == "PERSON"]
    assert "Teodora Huamán R." in people and "Marcos Condori P." in people
    # an initial inside a name is the name's
    assert ("Ana Rojas M. Pérez", "PERSON") in pairs(
        "Firmado: Ana Rojas M. Pérez, su vecina", "spa"
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Migrants arrived per M.V. Cambrian Star from Southampton.", "eng"),
        ("To England per H.S. St Denis, 2.8.16.", "eng"),
        ('FOR SALE. CRABBER "Girl Pamela", 28 ft, 140 pots and gear.', "eng"),
        ('of the same, farmer (hereinafter called "the Tenant") of the other part', "eng"),
        ("payable half-yearly on Lady Day and Michaelmas Day, by banker's order", "eng"),
        ("Posted to the Royal Welsh Fusiliers, then the Welsh Guards.", "eng"),
        ("Water from the Afon Glyn; fishing on Llyn Tegid; sheepwalk on Moel Hebog.", "eng"),
        ("The coast path between Gurnard's Head and the shed at Victoria Quay.", "eng"),
        ("tombé de la gabare « Marie-Thérèse » au déchargement", "fra"),
    ],
)
def test_ships_regiments_quarter_days_and_places_of_the_land_are_nobody(
    text: str, language: str
) -> None:
    assert not [v for v, k in pairs(text, language) if k == "PERSON"]


def test_boats_in_quotes_and_a_numbers_label_initials_are_nobody() -> None:
    for text, language in (
        ("capitaine du « Marie-Stella » (homard) – 5 parts", "fra"),
        ("homme de pont sur le « Stella Maris II » – 1 part", "fra"),
        ("maiatzetik aurrera «Aita Mari» ontzian.", "eus"),
        ("trabajó en el «Santa Clara» dos campañas", "spa"),
    ):
        assert not [v for v, k in pairs(text, language) if k == "PERSON"], text
    # initials before a number label it; the number is found
    register = "– 2 parts – A.S. 702 119 041 – C.N.I. n° 63 GP 04418."
    values = pairs(register, "fra")
    assert not [v for v, k in values if k == "PERSON"]
    assert ("63 GP 04418", "ID_NUMBER") in values
    # a nickname in quotes after a name is still one
    skipper = pairs("Patroia: Jon Mendiola «Txiki».", "eus")
    assert [v for v, k in skipper if k == "PERSON" and "Txiki" in v]


@pytest.mark.parametrize(
    ("text", "value", "language"),
    [
        ("His cousin Evan Price, No. 40218, 9th Bn. Welsh Regt, is home.", "40218", "eng"),
        ("Write to: No. 2001377, Pte. O. Bjarnason, 108th Bn.", "2001377", "eng"),
        ("Silver War Badge No. B.203311.", "B.203311", "eng"),
        ("17 Hay Street, Perth, W.A., Nomination No. WA/N 9120.", "WA/N 9120", "eng"),
        ("Hermannsnúmer 2004551. 108. herdeildin.", "2004551", "isl"),
        ("Fer til Winnipeg. Farsamningur nr. 5127.", "5127", "isl"),
        ("– atvinnuleyfi nr. AT-92/0415 – býr í verbúð", "AT-92/0415", "isl"),
        ("N° matricule au recrutement : 1852\nNom : THIRION", "1852", "fra"),
    ],
)
def test_soldiers_migrants_and_workers_numbers(text: str, value: str, language: str) -> None:
    assert (value, "ID_NUMBER") in pairs(text, language)


def test_a_register_line_starting_with_no_and_a_surname_in_capitals() -> None:
    manifest = "No. 301  PRITCHARD, Ifor Wyn  M  b. 14.03.1925 at Tredegar"
    assert ("PRITCHARD, Ifor Wyn", "PERSON") in pairs(manifest)


@pytest.mark.parametrize(
    ("text", "value", "language"),
    [
        (
            "jabearen kontuan, Bizkaiko Aurrezki Kutxan, kontu zk. 0081-3317-25.",
            "0081-3317-25",
            "eus",
        ),
        ("virée à sa mère par C.C.P. Fort-de-France n° 2281-17 K. Bagages", "2281-17 K", "fra"),
        ("agence de Nancy, compte n° 21.344-B, au plus tard le 1er mai", "21.344-B", "fra"),
        ("porté à son compte à la Caisse populaire de Shippagan, n° 5120-03.", "5120-03", "fra"),
        ("ávísun á Landsbankaútibú, reikn. nr. S-0412.", "S-0412", "isl"),
    ],
)
def test_accounts_after_a_bank_and_its_town_and_with_check_letters(
    text: str, value: str, language: str
) -> None:
    assert (value, "IBAN") in pairs(text, language)


def test_an_amount_after_an_account_word_is_no_account() -> None:
    text = "2 843,20 € au compte courant et de 5 100 € sur le livret."
    assert not [v for v, k in pairs(text, "fra") if k == "IBAN"]


@pytest.mark.parametrize(
    ("text", "value", "language"),
    [
        (
            "Adresse d'origine : quartier Morne-Vert, Le Lorrain. Orientation : stage",
            "quartier Morne-Vert, Le Lorrain",
            "fra",
        ),
        (
            "Síðasta heimili: Hólar í Hjaltadal. Ákvörðunarstaður: Winnipeg.",
            "Hólar í Hjaltadal",
            "isl",
        ),
        (
            "Utanáskrift: Box 22, Hallson P.O., Pembina County, Dakota.",
            "Box 22, Hallson P.O., Pembina County, Dakota",
            "isl",
        ),
        (
            "demeurant ensemble à Vic-sur-Seille, rue Basse, maison n° 7,\nci-après",
            "Vic-sur-Seille, rue Basse, maison n° 7",
            "fra",
        ),
        (
            "vecina de Caleta de Abajo, casa número 11, término de Gáldar, con cédula",
            "Caleta de Abajo, casa número 11, término de Gáldar",
            "spa",
        ),
        ("colocada en casa de la familia Pons, bulevar España 2211.", "bulevar España 2211", "spa"),
    ],
)
def test_an_emigrants_last_home_a_post_office_box_and_a_house_by_its_number(
    text: str, value: str, language: str
) -> None:
    assert (value, "ADDRESS") in pairs(text, language)


@pytest.mark.parametrize(
    ("text", "value", "language"),
    [
        ("Razón: calle O'Donnell 14, 2º, preguntar por Lola.", "calle O'Donnell 14, 2º", "spa"),
        (
            "con domicilio en calle Triana número 12, Telde, provisto",
            "calle Triana número 12, Telde",
            "spa",
        ),
        (
            "Write to us at No. 5 Fore Street, Pendeen, Cornwall. We are",
            "No. 5 Fore Street, Pendeen, Cornwall",
            "eng",
        ),
        (
            "send it care of Mrs Jane Rowe, Hill Street, Kadina, South Australia, and I",
            "Hill Street, Kadina, South Australia",
            "eng",
        ),
    ],
)
def test_streets_with_o_apostrophe_numero_no_and_after_care_of(
    text: str, value: str, language: str
) -> None:
    assert (value, "ADDRESS") in pairs(text, language)


def test_a_spreadsheet_exported_as_commas_semicolons_or_tabs() -> None:
    csv_text = (
        "name,address,phone,email,joined\n"
        'John Brennan,"14 Kiln Lane, Ashby, LE65 2QT",01632 960112,jb@example.com,2019\n'
        'Mary Kate Doyle,"Flat 3, 22 Harbour Road, Howth",087 555 0143,mkd@example.ie,2021\n'
    )
    values = pairs(csv_text)
    for value, kind in (
        ("14 Kiln Lane, Ashby, LE65 2QT", "ADDRESS"),
        ("01632 960112", "PHONE"),
        ("087 555 0143", "PHONE"),
        ("Mary Kate Doyle", "PERSON"),
    ):
        assert (value, kind) in values
    assert not [v for v, k in values if v in ("2019", "2021", "joined")]
    tabs = "Nom\tAdresse\tN° adhérent\nLe Goff Yannick\t12 rue des Forges, Lannion\tAD-0412\n"
    values = pairs(tabs, "fra")
    assert ("AD-0412", "ID_NUMBER") in values and ("Le Goff Yannick", "PERSON") in values
    semicolons = (
        "Gefandi;Heimilisfang;Sími\nEinar Þór Bjarnason;Lagarás 8, 700 Egilsstöðum;471 2233\n"
    )
    assert ("471 2233", "PHONE") in pairs(semicolons, "isl")
    # prose with commas is no table
    prose = "Name, address and phone were asked of everyone, then\nJohn, Mary, 12 and 14.\n"
    assert "12" not in [v for v, _ in pairs(prose)]


def test_a_chats_senders_and_a_web_forms_address_lines() -> None:
    chat = (
        "12/03/2021, 14:05 - Mairead Walsh: The photo is of my dad outside the shop\n"
        "[14:06] Kevin O'Hara: Lovely!\n"
        "[14:07] Archive (Tom): thanks both\n"
        "[00:12:04] INTERVIEWER: who did you first go to sea with\n"
        "[00:12:07] P: ¿y usted?\n"
    )
    people = [v for v, k in pairs(chat) if k == "PERSON"]
    assert "Mairead Walsh" in people and "Kevin O'Hara" in people
    assert not {"Archive", "INTERVIEWER", "P"} & set(people)
    form = (
        "First name: Siobhan\nLast name: Kearney\nStreet: 41 Dunville Avenue\n"
        "Town: Ranelagh, Dublin 6\nEircode: D06 X2K7\nHow did you hear about us? Newsletter\n"
    )
    values = pairs(form)
    for value, kind in (
        ("Kearney", "PERSON"),
        ("Ranelagh, Dublin 6", "ADDRESS"),
        ("D06 X2K7", "ADDRESS"),
    ):
        assert (value, kind) in values
    record = "Creator: Healy, Patrick (photographer)\nRights: held by the depositor"
    assert ("Healy, Patrick", "PERSON") in pairs(record)


def test_a_tapes_speaker_initials_after_its_time_code_are_no_name_nor_an_id() -> None:
    tape = (
        "[00:00:12] DF: okay we're recording, could you tell me your name\n"
        "[00:00:19] MK: yep my name is Margaret Kingi\n"
        "[00:00:38] DF: and your parents\n"
    )
    values = pairs(tape)
    assert ("Margaret Kingi", "PERSON") in values
    assert not {"DF", "00:00:38"} & {v for v, _ in values}
    # a chat's time after an ID's word is the time, the ID comes after it
    chat = (
        "[14/7/22 10:20] Rodrigo: Para la ficha necesito su cédula\n"
        "[14/7/22 10:21] Diego Benítez: C.I. 1.284.663\n"
    )
    ids = [v for v, k in pairs(chat, "spa") if k == "ID_NUMBER"]
    assert ids == ["1.284.663"]


def test_a_deeds_numbered_clauses_and_a_papers_initials_are_nobody() -> None:
    deed = (
        "EXPONEN\n\nI. Que Don Joaquín Sallán Buil es dueño de la finca.\n"
        "II. Que la vende a Don Antonio Lanau.\n\nI. DATOS DEL AFILIADO\n"
        "Señor HERNÁN GIRALDO RESTREPO, C.C. No. 7.528.406 de Calarcá.\n"
        "CONTRATISTAS PETROLEROS DEL LAGO, C.A.\n¿Tiene línea baja?\n"
    )
    people = [v for v, k in pairs(deed, "spa") if k == "PERSON"]
    assert people == ["Joaquín Sallán Buil", "Antonio Lanau", "HERNÁN GIRALDO RESTREPO"]
    assert not [v for v, k in pairs("N.C.B. Check No.: 7720\n") if k == "PERSON"]
    basque = "ARRATE ARMAGINTZA, S. KOOP. – EIBAR\nDatuak erabiltzeko baimena: Bai\n"
    assert not [v for v, k in pairs(basque, "eus") if k == "PERSON"]
    icelandic = "Verði ekki samið fyrir 20. mars nk. Gamla konan les vel."
    assert not [v for v, k in pairs(icelandic, "isl") if k == "PERSON"]
    # a register's age column, a savings bank, an engineer's title, a visit
    basque_register = "Izen-abizenak | Adina | Jaioterria\nMiren Etxeberria | 34 | Lekeitio\n"
    assert [v for v, k in pairs(basque_register, "eus") if k == "PERSON"] == ["Miren Etxeberria"]
    spanish = "Hay que cobrar en la Caja el día 25. Visita del Ing. a la obra."
    assert not [v for v, k in pairs(spanish, "spa") if k == "PERSON"]
    # an initialled name stays one
    assert ("J. Murphy", "PERSON") in pairs("I. Received from J. Murphy, 4 Main St.\n")


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        ("Fusiliers (regtl no. 14/18622), written from France", "eng", "14/18622"),
        ("the seaman's discharge book (no. R.187344) of William Cain", "eng", "R.187344"),
        ("Papa's naturalization certificate (no. 6628841), the rent books", "eng", "6628841"),
        ("Irakurle-txartelaren zk.: IR-2021-1193", "eus", "IR-2021-1193"),
        ("Afiliazio zk.: B-27.416\nIzen-abizenak: Patxi", "eus", "B-27.416"),
        ("MARIA ISABEL\nIFZ: 16301442H     Jaiotze data:", "eus", "16301442H"),
        ("bizi dena, eta 14.587.332-K zenbakidun NANaren jabea.", "eus", "14.587.332-K"),
        ("son fascicule d'inscrit maritime, n° 4712 B, quartier de", "fra", "4712 B"),
        ("(numéro d'allocataire 1847562 T) est suspendu", "fra", "1847562 T"),
        ("Sjóferðabók hans er nr. 4096 og", "isl", "4096"),
        ("sjúkrasamlagsbók hennar (nr. 4417), bréf frá afa", "isl", "4417"),
        ("Einars, sjúkrasamlagsnr. 1093, f. 12. október 1921", "isl", "1093"),
        ("su licencia de conducir de 1958 (núm. 0448219), cartas", "spa", "0448219"),
        ("cel. 974 550 218, RUC 10239841172\tPartida de bautismo", "spa", "10239841172"),
        ("abogado titulado, con T.P. No. 38.415 del C.S. de la J.", "spa", "38.415"),
    ],
)
def test_a_persons_papers_number_after_its_paper_in_brackets_or_a_clerks_label(
    text: str, language: str, number: str
) -> None:
    assert (number, "ID_NUMBER") in pairs(text, language)


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        ("The relieving officer quotes her old workhouse number, 318, on all", "eng", "318"),
        ("fined £1; Alien Reg. Cert. No. 401883\n", "eng", "401883"),
        ("2. Certificate of Naturalization No. A 117305, issued 1929", "eng", "A 117305"),
        ("Case Book, Vol. XIV.\n\nReg. No. F. 4471. Elizabeth Ann Trewhella", "eng", "F. 4471"),
        ("Historia klinikoaren zk.: 0451227\nPazientea:", "eus", "0451227"),
        ("Osasun txartela (TIS): 8834 1927 0054\n", "eus", "8834 1927 0054"),
        ("preso zk.: 2.418; Burgosko espetxean: 6.073\n", "eus", "6.073"),
        ("Mon numéro d'assuré social est le 1 19 02 14 047 112 08. Je joins", "fra",
         "1 19 02 14 047 112 08"),
        ("je suis immatriculé sous le n° 1 38 07 99 352 114 61. Nous", "fra",
         "1 38 07 99 352 114 61"),
        ("n° de prisonnier 47 802.\n", "fra", "47 802"),
        ("Ligne 1406. N° d'admission 52-0877. LECOQ Germaine", "fra", "52-0877"),
        ("tirailleurs algériens, matricule au corps 9 314. Blessé", "fra", "9 314"),
        ("Brevet de pension d'invalidité n° B 61.227, taux 30 %", "fra", "B 61.227"),
        ("internée civile n° N 14302 ; carte", "fra", "N 14302"),
        ("ma carte d'assurance-maladie, TREM 2557 1114. Le chèque", "fra", "TREM 2557 1114"),
        ("son certificat de vaccination n° V 3318, délivré", "fra", "V 3318"),
        ("mandat d'arrêt n° 38/1177 | libéré", "fra", "38/1177"),
        ("Nemandi nr. 1054 er úr sveit", "isl", "1054"),
        ("\nSjúkl. nr. 2187. Sigríður Ólafsdóttir", "isl", "2187"),
        ("á hendur Kristjáni Haraldssyni (fanganr. 311). Hann", "isl", "311"),
        ("Gamla nafnnúmerið hans var 3841-6720. Villan", "isl", "3841-6720"),
        ("gamla vegabréfið hans, nr. A 402118, rann út", "isl", "A 402118"),
        ("bólusetningarvottorð hennar, nr. B-2211, fylgir", "isl", "B-2211"),
        ("Jensen hefur dvalarleyfi nr. 1455 og tekur", "isl", "1455"),
        ("1941 — Carta de naturalización núm. 1.184.\n", "spa", "1.184"),
        ("socio del sindicato portuario N.º 3.118\nPeso:", "spa", "3.118"),
        ("Número de recluso: 7.318\nNombre:", "spa", "7.318"),
        ("Ficha clínica N.º 78-22114\nPaciente:", "spa", "78-22114"),
        ("su hijo, Iñaki Garmendia Ibarra, matrícula A-0337218.", "spa", "A-0337218"),
        ("en 1942, requisitoria núm. R-2291/42, a nombre de", "spa", "R-2291/42"),
    ],
)  # fmt: skip
def test_an_inmates_a_pupils_a_patients_a_migrants_number_by_its_clerks_label(
    text: str, language: str, number: str
) -> None:
    assert (number, "ID_NUMBER") in pairs(text, language)


def test_a_number_before_the_basque_word_for_number_is_a_persons() -> None:
    text = (
        "Oharrak: 3512 eta 3513 zenbakiko haurrak neba-arrebak dira. Santoñako espetxean "
        "dago, 1.208 zenbakiarekin. Bazkide-txartela galdu du; 431 zenbakia eman zaio. "
        "Erregistroko nire zenbakia A 10 447 382 zen. Zuberoa kaleko 9. zenbakiko etxea, "
        "Nagusia kalea, 12 zenbakia; 1936 zenbakia."
    )
    ids = [v for v, k in pairs(text, "eus") if k == "ID_NUMBER"]
    assert ids == ["3512", "3513", "1.208", "431", "A 10 447 382"]


def test_soldiers_numbers_before_their_battalion_or_after_their_matricule() -> None:
    assert ("NX 71554", "ID_NUMBER") in pairs("Our son Kevin, NX 71554, 2/13th Battalion, is")
    assert ("8817/29", "ID_NUMBER") in pairs("remitted to Sheriff; C.R.O. No. 8817/29\n")
    text = "classe 1936, n° matricule au recrutement 1877. Nom : BENAÏSSA"
    assert [v for v, k in pairs(text, "fra") if k == "ID_NUMBER"] == ["1877"]


def test_a_telephone_directorys_dotted_leaders() -> None:
    text = (
        "Símaskrá Ísafjarðar 1947.\n"
        "Ásgeir Guðmundsson, skipstjóri, Silfurgötu 11 ........ 117\n"
        "Bjarni Bjarnason, verslunarmaður, Mánagötu 4 ........ 52\nSími útgerðar: 183.\n"
    )
    phones = [v for v, k in pairs(text, "isl") if k == "PHONE"]
    assert phones == ["117", "52", "183"]
    contents = "Contents\nChapter One, the mill ........ 17\n"
    assert not [v for v, k in pairs(contents) if k == "PHONE"]


@pytest.mark.parametrize(
    ("text", "language", "value", "kind"),
    [
        ("Vaccination Register. Cert. No. 4417 — child: William Hughes", "eng", "4417",
         "ID_NUMBER"),
        ("Admis le 3 mai 1931 sous le n° 8817 : DUBOIS Joseph, 71 ans", "fra", "8817",
         "ID_NUMBER"),
        ("Ikaslearen zenbakia: 412. Izen-abizenak: Miren Etxebarria", "eus", "412",
         "ID_NUMBER"),
        ("Asilo de Mendigos. N.º de asilado 1187: Pedro Ramírez, 68 años", "spa", "1187",
         "ID_NUMBER"),
        ("Registre des élèves. N° 312 : LE GALL Marie Anne, née le 4 mars 1921", "fra",
         "LE GALL Marie Anne", "PERSON"),
    ],
)  # fmt: skip
def test_registers_of_schools_hospitals_and_asylums(
    text: str, language: str, value: str, kind: str
) -> None:
    assert (value, kind) in pairs(text, language)


def test_migrants_papers_numbers_and_homes() -> None:
    text = "Inscrito con el número 2.318 el 4 de mayo de 1925: Manuel Fernández López."
    assert ("2.318", "ID_NUMBER") in pairs(text, "spa")
    assert ("R 7716", "ID_NUMBER") in pairs("Fiche de réfugié n° R 7716. Nom : GARCIA", "fra")
    text = "Sought: Janina Kowalska; last known address: ul. Zielona 4, Lwów. Enquirer:"
    assert ("ul. Zielona 4, Lwów", "ADDRESS") in pairs(text)


def test_a_school_year_or_an_abbreviations_letter_is_no_part_of_an_id() -> None:
    text = "LIBRO DE MATRÍCULA Y DIARIO DE CLASE, CURSO 1947-48\n"
    assert not [v for v, k in pairs(text, "spa") if k == "ID_NUMBER"]
    assert ("1.284.663", "ID_NUMBER") in pairs("Diego Benítez: C.I. 1.284.663\n", "spa")


def test_a_registers_entry_or_an_estates_number_is_no_persons_paper() -> None:
    text = "Vaccination certificate for No. 213 sighted. Tool chest of No. 21 sold."
    assert not [v for v, k in pairs(text) if k == "ID_NUMBER"]
    finka = "45. folioan, 3.221 zenbakidun finka gisa."
    assert not [v for v, k in pairs(finka, "eus") if k == "ID_NUMBER"]
    table = "Bazk. zk.;Izen-abizenak;Telefonoa\n0087;Itziar Goikoetxea Urkiza;946 00 12 37\n"
    assert ("0087", "ID_NUMBER") in pairs(table, "eus")
    # a building's permit and a plot are no one's number
    permit = "Byggingarleyfi nr. 412 veitt fyrir bílskúr. Building permit No. 4417 granted."
    assert not [v for v, k in pairs(permit, "isl") + pairs(permit) if k == "ID_NUMBER"]


@pytest.mark.parametrize(
    ("text", "language", "value", "kind"),
    [
        ("veitir undirritaður í síma 7144 eða bréflega.", "isl", "7144", "PHONE"),
        ("Ring after six. Tel. Penzance 214 or write.", "eng", "Penzance 214", "PHONE"),
        ("Caja Vital Kutxa, 2097 0178 12 0005432198.", "eus", "2097 0178 12 0005432198", "IBAN"),
        ("compte bancaire (RIB : 30002 00550 0000157841Z 25) ont", "fra",
         "30002 00550 0000157841Z 25", "IBAN"),
        ("à la Caisse d'Épargne de Strasbourg n° 3 047 811 K, dont", "fra", "3 047 811 K",
         "IBAN"),
        ("cuenta de ahorros, CCI 002-285-132419876051-29.", "spa", "002-285-132419876051-29",
         "IBAN"),
        ("inn á tékkareikning seljanda nr. 1101-26-402118 í Sparisjóði", "isl",
         "1101-26-402118", "IBAN"),
    ],
)  # fmt: skip
def test_old_telephones_by_their_exchange_and_accounts_before_ibans(
    text: str, language: str, value: str, kind: str
) -> None:
    assert (value, kind) in pairs(text, language)


@pytest.mark.parametrize(
    ("text", "language", "phone"),
    [
        ("88 Rivet St., New Bedford - WYman 7-2214\n", "eng", "WYman 7-2214"),
        ("Ti-Paul (cousin) — LAfontaine 3-2219 ;", "fra", "LAfontaine 3-2219"),
        ("au café où je travaille, MONcey 42-17. »", "fra", "MONcey 42-17"),
        ("D - Dutra, Helen (church) - 555-0177\n", "eng", "555-0177"),
        ("Fall River - new one 1971 (617) 555-0147\n", "eng", "(617) 555-0147"),
        ("chez ma fille Lise, à Jonquière, au 555-0148. Mon adresse", "fra", "555-0148"),
        ("sent to him by telephone, Tregaron 9, and not by a child", "eng", "Tregaron 9"),
        ("gave the telephone of a neighbour, St Ives 61, for news", "eng", "St Ives 61"),
        ("que l'on peut appeler au 12 à Audierne. Effectif", "fra", "12 à Audierne"),
        ("Prévenir le mari, patron de pêche, au 9 à Port-en-Bessin.", "fra",
         "9 à Port-en-Bessin"),
        ("Neptuno 512, altos, La Habana\nTeléfono: M-4418\n", "spa", "M-4418"),
        ("«Se llamó al T.E. 21-4488 el 19/9; atendió el yerno", "spa", "21-4488"),
        ("estibador, fono de su casa 21-0455, socio", "spa", "21-0455"),
    ],
)  # fmt: skip
def test_telephones_as_old_directories_and_north_america_wrote_them(
    text: str, language: str, phone: str
) -> None:
    assert (phone, "PHONE") in pairs(text, language)


@pytest.mark.parametrize(
    ("text", "language", "value", "kind"),
    [
        ("Goondiwindi. Ph. Gundy 56. Card every Xmas", "eng", "Gundy 56", "PHONE"),
        ("Toowoomba, ring Toow. 1186 and ask them to fetch her.", "eng", "Toow. 1186", "PHONE"),
        ("Sadie says ring Ponteland 2 5513, not the shop", "eng", "Ponteland 2 5513", "PHONE"),
        ("(crossed out) new no. 30 4417 since the automatic exchange", "eng", "30 4417",
         "PHONE"),
        ("$275 or nearest offer. Phone Drayton 14 r 3 evenings.", "eng", "Drayton 14 r 3",
         "PHONE"),
        ("Paris 11e, tél. ROQ. 47-12.\n", "fra", "ROQ. 47-12", "PHONE"),
        ("1.800 fr. Téléphoner au 33.19.56 après 18 heures.", "fra", "33.19.56", "PHONE"),
        ("Tél. vingt-trois à Savonnières, le soir seulement.", "fra",
         "vingt-trois à Savonnières", "PHONE"),
        ("Reykjavík. Heima 8 46 31, í vinnunni 2 40 55 (biðja", "isl", "2 40 55", "PHONE"),
        ("105 Reykjavík, s. 68 52 31\n", "isl", "68 52 31", "PHONE"),
        ("Sími 1187 (gamla númerið, 387, strikað út).", "isl", "387", "PHONE"),
        ("si es urgente llamá al 4 07 36 y que me avisen", "spa", "4 07 36", "PHONE"),
        ("llama a la tienda de abajo, La Flor de Jalisco, al 14-27-93, y pide", "spa",
         "14-27-93", "PHONE"),
        ("housework, two afternoons a week. Reply to Box 212, this office.", "eng",
         "Box 212, this office", "ADDRESS"),
        ("Cousin Bert Bannister, RMB 412, Crows Nest Q. 4355. Party", "eng",
         "RMB 412, Crows Nest Q. 4355", "ADDRESS"),
        ("Ofertas a Casilla de Correo 1056.\n", "spa", "Casilla de Correo 1056", "ADDRESS"),
        ("Svör sendist í pósthólf 64, Borgarnesi.\n", "isl", "pósthólf 64, Borgarnesi",
         "ADDRESS"),
    ],
)  # fmt: skip
def test_an_address_books_and_a_small_advertisements_contacts(
    text: str, language: str, value: str, kind: str
) -> None:
    assert (value, kind) in pairs(text, language)


def test_a_laws_article_and_paragraph_are_no_address() -> None:
    assert not [v for v, k in pairs("según el Artículo 41, 2.º de la ley", "spa") if k == "ADDRESS"]
    assert not [v for v, k in pairs("en la Plaza 3 de mayo hubo fiesta", "spa") if k == "ADDRESS"]


def test_a_call_on_a_day_is_no_telephone() -> None:
    assert not [v for v, k in pairs("Me llamó al 12 de octubre.", "spa") if k == "PHONE"]


@pytest.mark.parametrize(
    ("text", "language", "home"),
    [
        ("Agnes Jamieson, Setter, Cunningsburgh, tel. Sandwick 217, card no. 12", "eng",
         "Setter, Cunningsburgh"),
        ("Amaia Larrañaga, Portu Zaharra 4, 1. ezk., Algorta, 94 491 08 75\n", "eus",
         "Portu Zaharra 4, 1. ezk., Algorta"),
        ("Gunnlaugur Þór Snorrason (Gulli), Laugasteini, Svarfaðardal, s. 466 3021\n", "isl",
         "Laugasteini, Svarfaðardal"),
    ],
)  # fmt: skip
def test_a_members_list_home_between_the_name_and_the_telephone(
    text: str, language: str, home: str
) -> None:
    assert (home, "ADDRESS") in pairs(text, language)


@pytest.mark.parametrize(
    ("text", "language", "home"),
    [
        ("Marcelle Bigot, 12, rue Colbert, Tours, 3e étage gauche. Tél. 61-22-08\n", "fra",
         "12, rue Colbert, Tours, 3e étage gauche"),
        ("Jón Gunnar minn, Hraunbæ 102, 3. hæð t.v., Reykjavík. Heima 8 46 31\n", "isl",
         "Hraunbæ 102, 3. hæð t.v., Reykjavík"),
        ("Susan Pickles, 19 Bagdale, tel. 01632 960 402\n", "eng", "19 Bagdale"),
    ],
)  # fmt: skip
def test_an_address_books_home_before_the_telephone(text: str, language: str, home: str) -> None:
    assert (home, "ADDRESS") in pairs(text, language)


def test_no_home_before_a_telephone_in_another_sentence_or_after_another_contact() -> None:
    text = "Sophie Lane, 0491 570 156 or sophie.lane@example.com\n"
    assert not [v for v, k in pairs(text) if k == "ADDRESS"]
    text = "Ásta og Kalli, Vesturgötu 41, Akranesi. Sími 1187 (gamla númerið, 387, strikað út)."
    assert not [v for v, k in pairs(text, "isl") if k == "ADDRESS" and "Sími" in v]


def test_a_basque_letters_address_given_or_sent_to() -> None:
    text = "«Ama: helbide berria ematen dizut, Zabalbide 38, 5. eskuma, Bilbo. Telefonorik ez."
    assert ("Zabalbide 38, 5. eskuma, Bilbo", "ADDRESS") in pairs(text, "eus")
    text = "Zure gutuna Mendebaldea 14, Iruñea helbidera bidali, Esther."
    assert ("Mendebaldea 14, Iruñea", "ADDRESS") in pairs(text, "eus")


def test_a_sale_at_a_farm_on_a_day_is_no_address_chain() -> None:
    text = "the farm of the late Angus W. Chisholm, R.R. 2, Scotsburn, Saturday, April 8, 1961."
    assert not [v for v, k in pairs(text) if k == "ADDRESS" and "Saturday" in v]


def test_an_address_books_entry_starts_with_a_short_name() -> None:
    book = "D\nDédé et Paulette Drouin, 7, allée des Tilleuls\n"
    assert ("Dédé", "PERSON") in pairs(book, "fra")
    card = "Við munum sakna þín.\nArna, Dagur og Ragnheiður litla\n"
    assert ("Arna", "PERSON") in pairs(card, "isl")
    # a diary's day and a Basque "I" stay words
    assert not [v for v, k in pairs("Dagur, 9. janúar 1952:\n„Stefán kom", "isl") if v == "Dagur"]
    assert not [
        v for v, k in pairs("ADIERAZPENA\nNik, behean sinatzen dudanak", "eus") if k == "PERSON"
    ]


def test_a_couples_second_given_name_that_is_also_a_word() -> None:
    people = [v for v, k in pairs("A: Alf & Ivy Ashworth, Kurrajong.\n") if k == "PERSON"]
    assert "Ivy Ashworth" in people
    people = [v for v, k in pairs("His parents Siobhán & Pat Murphy flew out.") if k == "PERSON"]
    assert "Pat Murphy" in people


def test_party_lines_and_frances_eight_digit_numbers() -> None:
    assert ("392-W", "PHONE") in pairs("41 Mill St. N., Drayton, or phone 392-W.\n")
    text = "RMB 412, Crows Nest. Party line Crows Nest 27R (two longs and a short)."
    assert ("Crows Nest 27R", "PHONE") in pairs(text)
    text = "(zaharra, marratua); berria, 1985etik: 59 37 05 22.\n"
    assert ("59 37 05 22", "PHONE") in pairs(text, "eus")


def test_numbers_of_a_telephones_shape_that_are_not_one() -> None:
    assert not [v for v, k in pairs("Order taken by telephone, 14/02/2019.") if k == "PHONE"]
    assert not [v for v, k in pairs("Hún var heima 1952 og 3 ár.", "isl") if k == "PHONE"]
    values = pairs("Invoice 123-4567 paid. Telephone: Monday 9 to 5. Arrived au 12 à Paris.")
    assert not [v for v, k in values if k == "PHONE"]


def test_a_card_after_the_phone_is_no_telephone() -> None:
    text = "paid by card over the phone: Visa 4921 8255 0931 7465, exp. 03/21"
    assert not [v for v, k in pairs(text) if k == "PHONE"]
    assert not [v for v, k in pairs("Tel. 22 at 10 am; 2 hours by bus.") if v != "22"]


def test_a_register_typed_with_bars_is_read_by_its_headings() -> None:
    register = (
        "Fanganr. | Nafn | Fæddur | Heimili | Brot | Dómur\n"
        "311 | Kristján Haraldsson | 4.5.1929, Siglufirði | Hverfisgötu 70, Reykjavík "
        "| innbrot | 8 mánaða fangelsi\n"
    )
    values = pairs(register, "isl")
    assert ("311", "ID_NUMBER") in values
    assert ("Hverfisgötu 70, Reykjavík", "ADDRESS") in values
    pupils = (
        "Sarrera | Ikasle zk. | Izen-abizenak | Helbidea\n"
        "301 | 3512 | Arantza Etxebarria Goikoetxea | Erremedio kalea 7, Bermeo\n"
    )
    values = pairs(pupils, "eus")
    assert ("3512", "ID_NUMBER") in values and "301" not in [v for v, _ in values]


def test_a_surname_in_capitals_before_the_given_names() -> None:
    notices = (
        "DEATHS\n\nBOYD, Sarah Elizabeth (Sadie) (née McCrea), 3rd Jan. 2019.\n\n"
        "IN MEMORIAM\nKERR, William (Billy), late of 31 Bann Road.\n"
    )
    people = [v for v, k in pairs(notices) if k == "PERSON"]
    assert "BOYD, Sarah Elizabeth" in people and "KERR, William" in people
    card = (
        "Fiche : ZANETTI, Luigi Battista\nNé le 3.9.1908 à Domodossola (Italie)\n"
        "Ligne 1407. N° d'admission 52-0878. DUVAL Albert Eugène, journalier.\n"
    )
    values = pairs(card, "fra")
    assert ("ZANETTI, Luigi Battista", "PERSON") in values
    assert ("DUVAL Albert Eugène", "PERSON") in values
    assert not [v for v, k in values if k == "ADDRESS"]


def test_a_register_typed_in_columns_is_read_cell_by_cell() -> None:
    register = (
        "Adm. No.   Name of Child        Date of Birth   Parent            Residence\n"
        "1406       Jones, Mary Ann      12.03.1903      Evan Jones        Pantycelyn, Llanddewi\n"
        "1407       Davies, Thomas       04.11.1902      Margaret Davies   2 Chapel Row, Tregaron\n"
    )
    values = pairs(register)
    for value, kind in (
        ("1406", "ID_NUMBER"),
        ("Jones, Mary Ann", "PERSON"),
        ("12.03.1903", "DATE_OF_BIRTH"),
        ("Pantycelyn, Llanddewi", "ADDRESS"),
        ("2 Chapel Row, Tregaron", "ADDRESS"),
    ):
        assert (value, kind) in values
    # no pattern's find runs across the columns ("1406       Jones, ..." as an address)
    assert not [v for v, _ in values if "  " in v]
    hospice = (
        "N° d'ordre  N° du malade  Nom et prénoms          Né le        Domicile\n"
        "212         4471          LE BRIS Yves Marie      03/05/1881   Kerlaz, Douarnenez\n"
    )
    values = pairs(hospice, "fra")
    assert ("4471", "ID_NUMBER") in values and ("Kerlaz, Douarnenez", "ADDRESS") in values
    assert "212" not in [v for v, _ in values]


def test_a_registers_birthplace_in_its_own_column_or_with_the_date() -> None:
    text = (
        "Charge No. | Name of Accused | Age | Where born | Residence\n"
        "1142/36 | McPhail, Hugh | 27 | Greenock | 41 Rose Street, Garnethill\n"
    )
    assert ("Greenock", "PLACE_OF_BIRTH") in pairs(text)
    text = (
        "N° d'écrou | Nom, prénoms | Naissance | Domicile\n"
        "4128 | KOWALSKI Stanisław | Łódź (Pologne), 23.08.1899 | rue Sainte-Marguerite 12\n"
    )
    values = pairs(text, "fra")
    assert ("Łódź", "PLACE_OF_BIRTH") in values and ("23.08.1899", "DATE_OF_BIRTH") in values


def test_a_surname_broken_after_its_prefix_over_two_lines() -> None:
    text = "The deed was witnessed by John Mc-\nLaughlin, 22 Bridge Street, Derry."
    assert ("John Mc-\nLaughlin", "PERSON") in pairs(text)


@pytest.mark.parametrize(
    ("text", "value", "language"),
    [
        ("Works No. 4471. Clock No. 212.", "4471", "eng"),
        ("Employee: Harold Dyson, payroll no. 30872, union card no. 118 302.", "30872", "eng"),
        ("Policy No. HL/448213/77 — Claimant: Mrs Edna Horrocks.", "HL/448213/77", "eng"),
        ("Your tax reference (UTR) 11223 34455 is shown above.", "11223 34455", "eng"),
        ("Police d'assurance n° 77.412.903 ; assuré : M. Lucien Ebersold.", "77.412.903", "fra"),
        ("Afiliado al Seguro Social con el n.º 28/1234567/89.", "28/1234567/89", "spa"),
        ("starfsmannanúmer 117, lífeyrissjóður nr. 22318.", "22318", "isl"),
        ("Gizarte Segurantzako zenbakia 48/12345678/90; langile zk. 3021.", "3021", "eus"),
    ],
)
def test_workers_insured_persons_and_taxpayers_numbers(
    text: str, value: str, language: str
) -> None:
    assert (value, "ID_NUMBER") in pairs(text, language)


def test_a_claims_number_by_year_near_a_policy_is_no_ones_number() -> None:
    text = "Police d'assurance n° 77.412.903 ; sinistre n° 2024-118 ; assuré : M. Ebersold."
    assert "2024-118" not in [v for v, _ in pairs(text, "fra")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The property known as Erf 1234 is sold voetstoots.", "eng"),
        ("Dear Sir, Messrs Wragge & Co., solicitors, have the deeds.", "eng"),
        ("Par-devant Maître, notaire à Colmar, a comparu le vendeur.", "fra"),
        ("Ante mí, Notario del Ilustre Colegio de Aragón, comparecen.", "spa"),
        (
            "Gasteizko Notarioen Elkargoa eta Bizkaiko Foru Aldundiak ziurtagiria ematen dute.",
            "eus",
        ),
        ("Eibarko Armagintza Kooperatibak eta Munitibarko Historia Taldeak.", "eus"),
    ],
)
def test_firms_notaries_plots_and_basque_institutions_with_their_endings_are_nobody(
    text: str, language: str
) -> None:
    assert not [v for v, k in pairs(text, language) if k == "PERSON"]


def test_a_cadastral_parcels_number_is_no_house_number() -> None:
    text = "La parcelle cadastrée section AB n° 123, rue des Vignes, commune de Riquewihr."
    assert not [v for v, k in pairs(text, "fra") if k == "ADDRESS" and v.startswith("123")]
    # a town's lot is a home
    lot = "P. J. Brennan, baker, at Lot 14, Section 9, Hargraves Street, Navarre."
    assert [v for v, k in pairs(lot) if k == "ADDRESS" and "Hargraves Street" in v]


def test_basque_words_of_a_place_are_nobody_but_names_ending_so_are_names() -> None:
    text = "Nire laguna Bixenta zen, Bixenta Landa, Uztarrozekoa; hark kantatzen zuen."
    people = [v for v, k in pairs(text, "eus") if k == "PERSON"]
    assert "Bixenta Landa" in people and "Uztarrozekoa" not in people
    assert ("Eneko", "PERSON") in pairs("Eneko Azpeitiko frontoian ikusi genuen.", "eus")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Born 17th March, St Patrick's Day. Requiem Mass at St. Patrick's Church.", "eng"),
        ("Parroquia de San Pedro de Tudes. Programa de las fiestas del Pilar de 1958.", "spa"),
        ("Hileta-elizkizuna larunbatean izango da Andra Mari elizan.", "eus"),
        ("Lehen urteurreneko meza Elizondoko Santiago elizan izanen da.", "eus"),
        ("urriaren 12an, Pilar egunean.", "eus"),
        ("my pal here, from Prince Albert. Brother of No. 412.", "eng"),
    ],
)
def test_saints_churches_and_feasts_are_nobody(text: str, language: str) -> None:
    assert not [v for v, k in pairs(text, language) if k == "PERSON"]


def test_a_name_before_basque_jaio_born_is_still_a_name() -> None:
    text = "Benito Larrañaga Amoroton jaio zen, 1911ko irailean."
    assert [v for v, k in pairs(text, "eus") if k == "PERSON" and "Benito" in v]


@pytest.mark.parametrize(
    ("text", "value", "language"),
    [
        (
            "Emailea: Legazpi kalea 3, 1. A, 20700 Zumarraga, 2010eko azaroa.",
            "Legazpi kalea 3, 1. A, 20700 Zumarraga",
            "eus",
        ),
        (
            "heimili viðmælanda, Sundstræti 33, Ísafirði, 9. ágúst 1978.",
            "Sundstræti 33, Ísafirði",
            "isl",
        ),
    ],
)
def test_an_addresss_tail_stops_before_a_date_or_an_amount(
    text: str, value: str, language: str
) -> None:
    assert (value, "ADDRESS") in pairs(text, language)


@pytest.mark.parametrize(
    ("text", "value", "kind", "language"),
    [
        (
            "the email is maire dot keane forty two at gmail dot com",
            "maire dot keane forty two at gmail dot com",
            "EMAIL",
            "eng",
        ),
        (
            "écrivez à sa fille, manon point roy arobas videotron point ca. pis",
            "manon point roy arobas videotron point ca",
            "EMAIL",
            "fra",
        ),
        (
            "edo idatzi ane zubiri abildua gmail puntu com helbidera",
            "ane zubiri abildua gmail puntu com",
            "EMAIL",
            "eus",
        ),
        ("held ég númerið var sex tveir níu og mamma", "sex tveir níu", "PHONE", "isl"),
        (
            "el número era el tres uno cuatro dos seis me acuerdo",
            "tres uno cuatro dos seis",
            "PHONE",
            "spa",
        ),
    ],
)
def test_an_address_or_a_telephone_said_in_a_tape(
    text: str, value: str, kind: str, language: str
) -> None:
    assert (value, kind) in pairs(text, language)


def test_a_said_addresss_lead_words_stay_out() -> None:
    text = "she does all the emails it's sian dot powell at example dot co dot uk she lives"
    assert ("sian dot powell at example dot co dot uk", "EMAIL") in pairs(text)


def test_a_basque_name_before_its_kin_or_title_with_a_case_ending() -> None:
    for text, name in (
        ("etxeak gizon bat behar du. Graxi izebari goraintziak.", "Graxi"),
        ("Bilboko bankura, Domingo osabaren izenean.", "Domingo"),
        ("igandetan Gabirondo apaizak meza ematen digu.", "Gabirondo"),
        ("Elbira andereñoak ordainduko du.", "Elbira"),
    ):
        assert (name, "PERSON") in pairs(text, "eus"), text
    for text in ("Emailearen aitonaren paperak.", "Hemengo andereño bat etorri da."):
        assert not [v for v, k in pairs(text, "eus") if k == "PERSON"], text


def test_a_catalogue_records_id_and_icelandic_from_the_left_are_nobodys() -> None:
    record = "Record ID: GLA/PH/0412\nPhotographer: Tam Gilchrist"
    values = pairs(record)
    assert not [v for v, k in values if k == "ID_NUMBER"]
    assert ("Tam Gilchrist", "PERSON") in values
    caption = "Mynd 1994-12: Frá vinstri: Sigurður Hallgrímsson og Baldur Sigurðsson."
    people = [v for v, k in pairs(caption, "isl") if k == "PERSON"]
    assert "Frá" not in people and "Sigurður Hallgrímsson" in people


@pytest.mark.parametrize(
    ("text", "value", "kind", "language"),
    [
        ("Ythan Friendly Society, Member's No. 2231 — £5 0s. 0d.", "2231", "ID_NUMBER", "eng"),
        ("of Fort William; CRO No. 51220/91K. Circulated", "51220/91K", "ID_NUMBER", "eng"),
        ("Reporting officer: PC J. Rankin C512", "C512", "ID_NUMBER", "eng"),
        ("Skráði: Þ. Jónsson, lögreglumaður nr. 0388.", "0388", "ID_NUMBER", "isl"),
        ("Sjúkrasamlag Akureyrar nr. 4471 — Fract.", "4471", "ID_NUMBER", "isl"),
        ("el Instructor, Cabo Luis Pardo Gil, TIP K-20417-M, y", "K-20417-M", "ID_NUMBER", "spa"),
        ("en la sucursal de la ciudad, la cuenta núm. 3318, cuyo saldo", "3318", "IBAN", "spa"),
    ],
)
def test_policemen_friendly_societies_and_health_insurance_numbers(
    text: str, value: str, kind: str, language: str
) -> None:
    assert (value, kind) in pairs(text, language)


@pytest.mark.parametrize(
    ("language", "register", "number"),
    [
        (
            "eng",
            "No. | Date | Name | Age | Calling | Discharged or died\n"
            "1187 | 2 Oct. 1871 | Evan Jenkins | 71 | labourer | died 14 Jan. 1872\n",
            "1187",
        ),
        (
            "isl",
            "Nr. | Nafn | Aldur | Heimili | Sjúkdómur | Inn | Út\n"
            "1204 | Jón Kristjánsson | 34 | Strandgata 17, Akureyri | lærbrot | 3/7 | 19/8\n",
            "1204",
        ),
        (
            "spa",
            "Exp. | Fecha | Nombre | Edad | Domicilio | Diagnóstico\n"
            "57-08412 | 3 jun. | María Ramírez Orozco | 34 | Calle Analco 214 | tifoidea\n",
            "57-08412",
        ),
        (
            "fra",
            "N° d'inscription | Chef de ménage | Domicile | Secours accordés\n"
            "B-1043 | Dieudonné Lambotte, houilleur | rue de la Boverie 41 | 2 fr.\n",
            "B-1043",
        ),
        (
            "fra",
            "N° matr. | Nom et prénoms | Entrée | Sortie et motif\n"
            "287 | Le Gall Yves-Marie | 1er oct. 1901 | 1907, mousse à Brest\n",
            "287",
        ),
        (
            "eng",
            "Hosp. No. | Adm. | Name | Age | Address\n"
            "38-0412 | Mar. 2 | MacNeil, John Angus | 42 | No. 6 Row, Caledonia\n",
            "38-0412",
        ),
        (
            "eus",
            "Gela | Izen-abizenak | NAN | TIS zk. | Telefonoa\n"
            "201 | Karmen Zelaia Olabarria | 14562093B | 40017283 | 946 25 31 08\n",
            "40017283",
        ),
        (
            "spa",
            "N.º mat. | Alumno | Nacimiento | Lugar | Apoderado | Domicilio | Curso\n"
            "211 | Andrade Vargas, Rosa Elena | 12-IV-1929 | Achao | Juan Andrade | Achao | 3.º\n",
            "211",
        ),
        (
            "spa",
            "Credencial | Nombre | Nacimiento | Lugar | Domicilio | Profesión\n"
            "CBA 4.127 | Ferreira Silva, Juan | 24/VI/1897 | Salto | casa 14 | jornalero\n",
            "CBA 4.127",
        ),
        (
            "eng",
            "Sched. | Address | Surname, forenames | Sex | Date of birth | NR number\n"
            "12 | Nappa Scar Farm, Askrigg | Metcalfe, John | M | 14 Feb 1891 | KFCB 12/1\n",
            "KFCB 12/1",
        ),
        (
            "eng",
            "Signature of crew | Age | Where born | Capacity | Cert. or R.N.R. No.\n"
            "William Bruce | 38 | Helmsdale | Third hand | R.N.R. 2183 D\n",
            "2183 D",
        ),
    ],
)
def test_an_admission_registers_own_numbers_are_its_peoples(
    language: str, register: str, number: str
) -> None:
    """A register whose rows are people's stays (discharged, diagnosis, leaving) numbers
    them with admission numbers; a hospital's, a relief board's or a clinic's number
    column ("Hosp. No.", "N° d'inscription", "Exp.", "TIS zk.") says so itself."""
    assert (number, "ID_NUMBER") in pairs(register, language)


@pytest.mark.parametrize(
    ("language", "register", "number"),
    [
        (
            "fra",
            "N° d'ordre / Date d'entrée / Nom et prénoms / Domicile / Sortie ou décès\n"
            "712 / 3 janvier / QUÉRÉ Jeanne-Marie / rue de Brest, n° 18, Morlaix / décédée\n",
            "712",
        ),
        (
            "fra",
            "N° matricule — Nom et prénoms — Date et lieu de naissance — Date d'entrée\n"
            "1841 — LE BRAS Jean-Yves — 4 mars 1947, Lannion — 1er oct. 1953\n",
            "1841",
        ),
        (
            "isl",
            "Sjúkl. nr. — Innritaður — Nafn — Heimili — Útskrifaður\n"
            "58-0921 — 2.7. — Kristbjörg Aðalsteinsdóttir — Syðri-Bægisá, Öxnadal — 19.7.\n",
            "58-0921",
        ),
        (
            "eus",
            "Sarrera zk. — Data — Izen-abizenak — Azken bizilekua — Nork aurkeztua\n"
            "4417 — urtarrilaren 8a — Felipe Urdániz Larrea — Nabarreria kalea 22 — Udala\n",
            "4417",
        ),
    ],
)
def test_an_admission_registers_numbers_between_dashes_or_slashes(
    language: str, register: str, number: str
) -> None:
    """The register's own numbering by other names ("N° d'ordre", "Sarrera zk."), a
    matricule of a year's shape, a stay's end as "Útskrifaður" or "décès"."""
    assert (number, "ID_NUMBER") in pairs(register, language)


def test_a_baptism_or_accession_registers_entries_stay_counts() -> None:
    baptisms = (
        "No. | When baptised | Child's name | Parents | Abode | By whom performed\n"
        "233 | 8 Jan | William | Thomas & Ann Hart | Bondgate | Jno. Gibson, Curate\n"
    )
    assert "233" not in [v for v, k in pairs(baptisms) if k == "ID_NUMBER"]
    gifts = "N° | Déposant | Adresse | Objet\n2021-07 | GUÉRIN Jean-Yves | La Métairie | photos\n"
    assert "2021-07" not in [v for v, k in pairs(gifts, "fra") if k == "ID_NUMBER"]


@pytest.mark.parametrize(
    ("language", "text", "phone"),
    [
        ("fra", "chez le buraliste, au (027) 4 61 23, il viendra me chercher.", "(027) 4 61 23"),
        ("eng", "the Kingdom Swingers — Mikey Doyle (064) 32250.", "(064) 32250"),
        ("fra", "rue Gray 102, 1040 Etterbeek, ou tél. 02/647.21.58.", "02/647.21.58"),
        ("isl", "Garðabraut 4, 300 Akranes, s. 93-13385\nRitari: Ásta", "93-13385"),
        ("isl", "Hjarðarhaga 44, 107 Reykjavík — 91-623418 — S F", "91-623418"),
        ("isl", "Uppl. hjá Valda í farsíma 985-21349.", "985-21349"),
    ],
)
def test_a_telephone_with_its_area_code_apart(language: str, text: str, phone: str) -> None:
    assert (phone, "PHONE") in pairs(text, language)


def test_a_date_or_a_fraction_is_no_number_with_an_area_code() -> None:
    text = "Reçu le 02/06/1999, payé 03/12 du total; page (012) du registre."
    assert not [v for v, k in pairs(text, "fra") if k == "PHONE"]


@pytest.mark.parametrize(
    ("language", "text", "account"),
    [
        ("eng", "paid into Father's account, No. 23417, Campbell Town branch", "23417"),
        ("eng", "his Post Office Savings Bank account is No. 4/71906, should", "4/71906"),
        ("fra", "un versement au compte de chèques 19-4821 ; dis-moi", "19-4821"),
        ("fra", "virement au compte chèques postaux n° 87.613, ouvert au nom", "87.613"),
        ("fra", "trésorière, Mme Paula Van Damme, n° 001-0428571-16, avec", "001-0428571-16"),
        ("isl", "bók handa drengnum í Sparisjóði Mýrasýslu, nr. 2-4417, og", "2-4417"),
        ("isl", "leggist inn á reikning kórsins, 1177-26-2004.", "1177-26-2004"),
        # (its shape alone, four, two and six digits, after a label of several words)
        ("isl", "Bankareikningur f. styrk: 0311-26-118204\n", "0311-26-118204"),
        (
            "spa",
            "Libreta de la Caja General de Ahorros: 2065 0112 3000412876",
            "2065 0112 3000412876",
        ),
        (
            "spa",
            "cuenta corriente del esposo, Banco de Chile N.º 00-163-45021-07.",
            "00-163-45021-07",
        ),
        ("spa", "CBU para devoluciones: 0140123603712348827316\n", "0140123603712348827316"),
        ("eus", "artzainaren izenean dagoen 20-4471-3 kontuan sartuko da.", "20-4471-3"),
        ("eus", "Banco de la Provincia, 4021-11827/3 kontu-zenbakia.", "4021-11827/3"),
        ("spa", "y la cuenta de ahorros n.º 0045-1192-773 en la Caja Social", "0045-1192-773"),
        ("spa", "devolución a la cuenta BROU caja de ahorro 001583921-00002.", "001583921-00002"),
        ("fra", "versée au compte chèque postal Marseille 2841-55 F.", "Marseille 2841-55 F"),
    ],
)
def test_an_account_by_its_bank_its_savings_book_or_its_shape(
    language: str, text: str, account: str
) -> None:
    assert (account, "IBAN") in pairs(text, language)


def test_arithmetic_and_a_bank_in_passing_are_no_accounts() -> None:
    assert not [v for v, k in pairs("Ágætur í reikningi, 1923-1925.", "isl") if k == "IBAN"]
    text = "El Banco de Chile abrió en 1893 su oficina de Valparaíso, con 12 empleados."
    assert not [v for v, k in pairs(text, "spa") if k == "IBAN"]


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        ("eng", "Panel patient, N.H.I. card R 24/1907. No fee.", "R 24/1907"),
        ("eng", "smell of drink. Admitted, Infirmary No. 4471.", "4471"),
        ("eng", "Prisoner's number: D/97/1406\nName: Margaret Ann Soutar", "D/97/1406"),
        ("eng", "Vincent J. Ferrante, U.S. Army, serial No. 39 031 822", "39 031 822"),
        ("eus", "Gaixo-zk. 2318. Juana Bilbao Urrutia, 61 urte, baserritarra.", "2318"),
        ("eus", "Fermin artzaina, 58 urte, bronkitisa. Igualako zk. 212. Ez da", "212"),
        ("eus", "Gurseko kanpalekuan egon zen, G-9031 barneratu-zenbakiarekin.", "G-9031"),
        ("eus", "eraman dute, eta bertan 0458821 historia klinikoaren zenbakia", "0458821"),
        ("eus", "0317 eta 0452 lanbide-zenbakiak dituzten agenteek", "0452"),
        ("isl", "í búðunum á eynni Mön, fanganúmer 73311.", "73311"),
        ("spa", "Historia núm. 1346. — Antonio Fernández Heredia, de 38 años", "1346"),
        ("spa", "Matrícula escolar N.º: 4-1187\nFecha de nacimiento:", "4-1187"),
        ("spa", "Folio 318\n\nN.º de la reclusa: 5.214\nNombre: María Luisa", "5.214"),
        ("eng", "Occupation: collier. Lamp and check No.: 1147\nNature of injury", "1147"),
        ("eng", "National Health Insurance No.: W.44/2719836 (Hearts of Oak)", "W.44/2719836"),
        ("eng", "Pension papers (no. M 118 046) handed back to widow.", "M 118 046"),
        ("eng", "Linda Shank Weaver (#1142), 4410 Ridgewood Rd., Wooster", "1142"),
        ("eus", "Lagun-Aroko afiliazio-zenbakia: LA-88214\nKontua", "LA-88214"),
        ("eus", "Verdunen hila. Matrikula zk. 1547, Baionako errekrutamenduan.", "1547"),
        (
            "fra",
            "Immatriculé aux Assurances sociales sous le n° 1 01 07 42 218 063.",
            "1 01 07 42 218 063",
        ),
        ("fra", "Carte professionnelle de docker (B.C.M.O.) n° H 1245 — catégorie", "H 1245"),
        ("fra", "SYNDICAT DES DOCKERS\nCARTE DE SYNDIQUÉ 1974 — n° 3187\n\nNom : LE GOFF", "3187"),
        ("fra", "un titre de pension d'ancien combattant n° 388 152 ; le bail", "388 152"),
        ("isl", "Agnieszka Nowak (félagsnr. 27731 hjá Einingu) hefur ekki", "27731"),
    ],
)
def test_a_persons_number_by_its_clerks_word(language: str, text: str, number: str) -> None:
    assert (number, "ID_NUMBER") in pairs(text, language)


def test_a_machines_serial_or_a_museums_accession_number_is_nobodys() -> None:
    machine = "3. Sewing machine with oak cabinet, serial no. G9283311."
    assert not [v for v, k in pairs(machine) if k == "ID_NUMBER"]
    accession = "Gefandi: Gunnar Magnússon\nAðfanganúmer: MES-2023-014"
    assert not [v for v, k in pairs(accession, "isl") if k == "ID_NUMBER"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Don & Joan McAllister — 416 Aylmer St. N., Peterborough, Ont. K9J 3K2 — 555-0163",
            "416 Aylmer St. N., Peterborough, Ont. K9J 3K2",
        ),
        (
            "Bev Lalonde — Apt. 1207, 55 Elm Dr. W., Mississauga, Ont. L5B 3Z3 — (416) 555-0129",
            "Apt. 1207, 55 Elm Dr. W., Mississauga, Ont. L5B 3Z3",
        ),
        ("Uncle Russ Hendry — R.R. #2, Norwood, Ont. K0L 2V0 — (705) 555-0147", "R.R. #2"),
        ("this advt. J. Schultz, R.M.B. 340, Highfields. Phone Highfields 41.", "R.M.B. 340"),
    ],
)
def test_a_north_american_address_after_a_streets_quarter_or_a_rural_route(
    text: str, address: str
) -> None:
    assert any(k == "ADDRESS" and address in v for v, k in pairs(text))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "1937. McKEOWN Margaret late of Drumaheglis, Ballymoney, Co. Antrim, widow, died",
            "Drumaheglis, Ballymoney, Co. Antrim",
        ),
        (
            "Wm. Henry Thomas, 70, mine captain retired, late of Chy-an-Dour, Cape Cornwall "
            "Road. Procession from the house",
            "Chy-an-Dour, Cape Cornwall Road",
        ),
    ],
)
def test_a_probate_calendars_home_late_of_its_town(text: str, address: str) -> None:
    assert (address, "ADDRESS") in pairs(text)


def test_late_of_a_regiment_is_no_home() -> None:
    text = "Captain Hugh Ross, late of the Royal Navy, spoke at the dinner."
    assert not [v for v, k in pairs(text) if k == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Ég, Sigurður Magnússon, bóndi á Kvennahóli á Fellsströnd, geri",
            "Kvennahóli á Fellsströnd",
        ),
        (
            "Bergur er skráður vinnumaður á Ketilsstöðum á Völlum, og í bréfasafni",
            "Ketilsstöðum á Völlum",
        ),
    ],
)
def test_an_icelandic_farm_with_its_district_after_a(text: str, address: str) -> None:
    assert (address, "ADDRESS") in pairs(text, "isl")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Dernier domicile : hameau des Chapieux, Bourg-Saint-Maurice. Corps descendu",
            "hameau des Chapieux, Bourg-Saint-Maurice",
        ),
        (
            "employé à la SNCF, domicilié cité des Cheminots, bât. B, 2e étage, porte 6, "
            "avenue de la Gare. Décédé",
            "cité des Cheminots, bât. B, 2e étage, porte 6",
        ),
        (
            "petite-fille, domiciliée résidence Les Gentianes, bât. A, 3e étage, porte 12, "
            "73700 Bourg-Saint-Maurice, tél.",
            "résidence Les Gentianes, bât. A, 3e étage, porte 12, 73700 Bourg-Saint-Maurice",
        ),
        ("berger, demeurant au Planay, Villaroger. Cercueil sapin.", "Planay, Villaroger"),
    ],
)
def test_a_french_home_after_its_formal_word_an_estate_a_block_a_hamlet(
    text: str, address: str
) -> None:
    assert any(k == "ADDRESS" and address in v for v, k in pairs(text, "fra"))


def test_living_in_a_city_is_no_home() -> None:
    text = "Paul Martin, ingénieur, demeurant à Lyon, a déclaré le décès."
    assert not [v for v, k in pairs(text, "fra") if k == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Gladys Oyarzún Vera, con domicilio en Parcela 14, Lote B, camino a Dalcahue, km 6, "
            "Castro.",
            "Parcela 14, Lote B, camino a Dalcahue, km 6, Castro",
        ),
        (
            "le llegue a casa de su hija, en Villa Los Presidentes, pasaje 4, casa 27, Puerto "
            "Montt.",
            "Villa Los Presidentes, pasaje 4, casa 27, Puerto Montt",
        ),
        (
            "Ahora vivimos en Cufré 1874, apartamento 3, cerca del mercado.",
            "Cufré 1874, apartamento 3",
        ),
        (
            "Juanita la de Armando — Urb. Las Chafiras, bloque 3, 2.º A, San Miguel de Abona — E",
            "Urb. Las Chafiras, bloque 3, 2.º A, San Miguel de Abona",
        ),
        (
            "comerciante, con domicilio en Compostela n.º 112, La Habana, quien declara",
            "Compostela n.º 112, La Habana",
        ),
        (
            "compañero de cautiverio, vecino de Ojedo, n.º 11, Cillorigo de Liébana, y don Tomás",
            "Ojedo, n.º 11, Cillorigo de Liébana",
        ),
        (
            "con domicilio en Avda. Juan Carlos I, 52, 4.º C, 30800 Lorca, y D. Ginés",
            "Avda. Juan Carlos I, 52, 4.º C, 30800 Lorca",
        ),
        (
            "que hoy vive con su hija en Carrera 9 Este n.º 4-17, Ubaque. Te ruego",
            "Carrera 9 Este n.º 4-17, Ubaque",
        ),
        # the house's number after the street, with or without a comma
        (
            "Transferido a su socio Ernesto Vidal, con domicilio en Santa Fe 2318, previa firma.",
            "Santa Fe 2318",
        ),
        ("y con domicilio en Pelayo, 14, según consta.", "Pelayo, 14"),
    ],
)
def test_a_spanish_home_by_its_plot_block_passage_flat_or_number(text: str, address: str) -> None:
    assert (address, "ADDRESS") in pairs(text, "spa")


def test_a_year_after_a_dwelling_word_is_no_house_number() -> None:
    assert not [
        v for v, k in pairs("vecino de Rosario 1912, según el padrón.", "spa") if "1912" in v
    ]


def test_a_townsman_of_a_town_or_a_house_in_passing_is_no_home() -> None:
    for text in ("vecino de Haro, labrador, y de Ezcaray", "Fue a casa de su hija, la mayor."):
        assert not [v for v, k in pairs(text, "spa") if k == "ADDRESS"], text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ('Mon. 4 Jan. — Murdo Macleod ("Murchadh Iain Bhàin"), 14 Habost. Pleurisy.', "14 Habost"),
        ("Mrs Morrison, 7 Lionel. Confined 3 a.m. of a girl.", "7 Lionel"),
        ("Donald John Macdonald, 31 South Dell, aged 19. Went out", "31 South Dell"),
    ],
)
def test_a_townships_numbered_house_after_a_person(text: str, address: str) -> None:
    assert (address, "ADDRESS") in pairs(text)


def test_a_date_or_a_count_after_a_person_is_no_house() -> None:
    for text in ("Mary Gunn, 3 March, paid in full.", "James Hay, 2 Sons, both at sea."):
        assert not [v for v, k in pairs(text) if k == "ADDRESS"], text


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("eng", "VISITING BOOK OF DR ANGUS M. MACIVER, NESS AND NORTH LEWIS\n", "ANGUS M. MACIVER"),
        (
            "fra",
            "CARNET DE VISITES DU DOCTEUR JEAN-MARIE KERVELLA, MÉDECIN À DOUARNENEZ\n",
            "JEAN-MARIE KERVELLA",
        ),
    ],
)
def test_a_name_after_a_title_in_a_heading_all_in_capitals(
    language: str, text: str, name: str
) -> None:
    assert (name, "PERSON") in pairs(text, language)


def test_a_heading_in_capitals_without_a_title_names_nobody() -> None:
    text = "ST MARY'S CHURCH, KIRKWALL — REGISTER OF BAPTISMS\nNo. 12, 3 March 1901"
    assert not [v for v, k in pairs(text) if k == "PERSON"]


@pytest.mark.parametrize(
    ("language", "text", "nickname"),
    [
        ("spa", "Manuel Jiménez Ortega, alias «el Cartujano», de 27 años, casado", "el Cartujano"),
        ("spa", "16 | Juan Téllez Aranda, alias «el Mosca» | 62 | arriero", "el Mosca"),
        ("fra", "Tougard (Rose-Virginie), dite « la Rosette », vingt-deux ans", "la Rosette"),
    ],
)
def test_a_nickname_with_its_article(language: str, text: str, nickname: str) -> None:
    assert (nickname, "PERSON") in pairs(text, language)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Diagnostikoa: pneumonia. Medikua: Etxeberria doktorea. Irteera: urriaren 2a.",
            "Etxeberria",
        ),
        ("eta Garmendia medikua Elizondotik ekarri behar izan zuten.", "Garmendia"),
        ("Oharrak: Laborde apezak emanen du meza.", "Laborde"),
    ],
)
def test_a_basque_surname_before_its_doctors_or_priests_title(text: str, name: str) -> None:
    assert (name, "PERSON") in pairs(text, "eus")


def test_a_basque_title_after_an_ordinary_word_names_nobody() -> None:
    assert not [v for v, k in pairs("Lehen medikua etorri zen. Herriko alkatea ere bai.", "eus")]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Fo. 14. Mrs Bridget Quinn, 27 Shaw Street, Govan, 3 up right. Man idle since Nov.",
            "27 Shaw Street, Govan, 3 up right",
        ),
        (
            "at 63 Elder Street, Govan, 2 up middle door. He",
            "63 Elder Street, Govan, 2 up middle door",
        ),
        (
            "Mrs Kelly, 114 Govan Road, back land, ground floor. Paid",
            "114 Govan Road, back land, ground floor",
        ),
        (
            "we were in forty-two Dalmarnock Road, two up. my mother",
            "forty-two Dalmarnock Road, two up",
        ),
    ],
)
def test_a_tenements_landing_and_door_after_its_street(text: str, address: str) -> None:
    assert (address, "ADDRESS") in pairs(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Jean, Pannecau karrikako 14. zenbakian egoiten dena", "Pannecau karrikako 14. zenbakian"),
        ("Kanbon sortua, Upelgileen karrikako 6an bizi zen", "Upelgileen karrikako 6an"),
        (
            "gurasoen etxean (Arranegi kalea, 7, bigarren solairua). Gurasoak",
            "Arranegi kalea, 7, bigarren solairua",
        ),
    ],
)
def test_a_basque_street_of_which_a_number_or_a_floor_is_said(text: str, address: str) -> None:
    assert (address, "ADDRESS") in pairs(text, "eus")


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        ("fra", "Hospitalisé à Bastia depuis le 12 mai, entrée n° 62-0417 ; allocation", "62-0417"),
        ("fra", "mort à l'hôpital le 9 septembre 1863 ; registre des entrées, n° 1197.", "1197"),
        ("spa", "recogida en el torno de la Inclusa con el número de entrada 1.284; se", "1.284"),
        ("spa", "Núm. de entrada 3.417. Día 3 de marzo. Martín Goñi Azcárate", "3.417"),
        ("spa", "falleció en el Hospital Goyeneche, ingreso n.º 2206. Dio noticia", "2206"),
    ],
)
def test_an_admission_number_to_a_hospital_or_a_foundling_home(
    language: str, text: str, number: str
) -> None:
    assert (number, "ID_NUMBER") in pairs(text, language)


def test_an_archives_deposit_entry_number_is_nobodys() -> None:
    for language, text in (
        ("fra", "N° d'entrée : 2023-041     Reçu par : G. Lenoir"),
        ("spa", "Número de entrada: 2023/041. Fondo familiar"),
    ):
        assert not [v for v, k in pairs(text, language) if k == "ID_NUMBER"], text


def test_a_pupils_number_listed_after_another_and_written_again_after_no() -> None:
    text = "eskolako jantokia doan. Eskola-zenbakiak: 231 eta 232."
    assert {("231", "ID_NUMBER"), ("232", "ID_NUMBER")} <= set(pairs(text, "eus"))
    register = (
        "Adm. No. | Name of pupil | Date of birth | Residence | Last school\n"
        "412 | McLeod, Donald Angus | 4.8.1888 | Waitahuna Gully | Lawrence\n"
        "\nRemarks. No. 412 left 20.12.1896, having passed Standard IV; 412 pupils in all."
    )
    numbers = [s for s in detect(register, "eng") if register[s.start : s.end] == "412"]
    assert [s.start for s in numbers] == [register.index("412"), register.index("No. 412") + 4]


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        (
            "fra",
            "et ma fille, à Nantes, c'est le quarante, soixante-quatorze, douze, trente-quatre. la",
            "quarante, soixante-quatorze, douze, trente-quatre",
        ),
        (
            "spa",
            "teléfono tenía la señora Remedios, y era... el veintisiete, cuarenta y ocho, cero "
            "cinco. sí, ese.",
            "veintisiete, cuarenta y ocho, cero cinco",
        ),
        (
            "isl",
            "svo kom fimmti stafurinn, og þá varð það einn, fjórir, níu, tveir, sex... eða var",
            "einn, fjórir, níu, tveir, sex",
        ),
        (
            "eus",
            "eta gero automatikoa etorri zenean, laurogeita bat, berrogeita hamahiru, "
            "hirurogeita hamar. hori gogoan daukat",
            "laurogeita bat, berrogeita hamahiru, hirurogeita hamar",
        ),
        (
            "fra",
            "et son portable ? c'est le zéro six, douze, trente-quatre... euh, cinquante-six, "
            "soixante-dix-huit. voilà.",
            "zéro six, douze, trente-quatre... euh, cinquante-six, soixante-dix-huit",
        ),
    ],
)
def test_a_telephone_number_said_in_groups(language: str, text: str, number: str) -> None:
    assert (number, "PHONE") in pairs(text, language)


def test_a_count_or_a_run_of_years_said_in_groups_is_no_telephone() -> None:
    for language, text in (
        ("spa", "allí estuvimos dos, tres, cuatro, cinco años, hasta que cerró"),
        ("eng", "it was nineteen fifty, nineteen fifty-one, nineteen fifty-two, all the same"),
        ("fra", "c'était le vingt, vingt et un, on ne savait plus"),
    ):
        assert not [v for v, k in pairs(text, language) if k == "PHONE"], text


@pytest.mark.parametrize(
    ("language", "directory", "numbers"),
    [
        (
            "fra",
            "ANNUAIRE OFFICIEL DES ABONNÉS AU TÉLÉPHONE - LOIRE-INFÉRIEURE - 1927\n\n"
            "PORNIC\n  7  Bréhier (Eugène), docteur en médecine, villa Les Tamaris\n"
            " 12  Gautier (Jules), boulangerie-pâtisserie, r. de la Marine\n",
            ["7", "12"],
        ),
        (
            "spa",
            "COMPAÑÍA TELEFÓNICA NACIONAL DE ESPAÑA - GUÍA DE ABONADOS - ASTURIAS, 1931\n\n"
            "Núm. | Abonado | Profesión | Domicilio\n"
            " 12  | Díaz Posada, Manuel | médico | Mayor, 18\n",
            ["12"],
        ),
        (
            "eus",
            "DONOSTIAKO TELEFONO HARPIDEDUNEN GIDA, 1958\n\n"
            "Harpideduna | Lanbidea | Etxebizitza | Zk.\n"
            "Aguirre Lasa, Ignacio | medikua | Fuenterrabía, 14, 2.º | 1-34-56\n",
            ["1-34-56"],
        ),
        (
            "eng",
            "KIRKWALL EXCHANGE - ALPHABETICAL LIST OF SUBSCRIBERS\n\n"
            "No.     | Subscriber | Particulars\n"
            "103 P 2 | Shearer, Peter | farmer, Quanterness\n",
            ["103 P 2"],
        ),
    ],
)
def test_a_telephone_directorys_numbers_however_short(
    language: str, directory: str, numbers: list[str]
) -> None:
    phones = [v for v, k in pairs(directory, language) if k == "PHONE"]
    assert all(number in phones for number in numbers), phones


def test_a_registers_entry_numbers_are_no_telephones() -> None:
    register = (
        "REGISTER OF BAPTISMS, 1887\n\nNo. | Name | Parents | Abode\n"
        "12 | Thomas Quayle | John and Mary Quayle | Ballacraine\n"
    )
    assert not [v for v, k in pairs(register) if k == "PHONE"]


@pytest.mark.parametrize(
    ("language", "register", "numbers"),
    [
        (
            "fra",
            "Registre d'inscription des lecteurs, année 1965\n\n"
            "N° lecteur | Nom, prénom | Adresse | Profession\n"
            "23 417 | Lefebvre, Michel | 8, rue Eau-de-Robec | lycéen\n",
            ["23 417"],
        ),
        (
            "isl",
            "AMTSBÓKASAFNIÐ Á AKUREYRI - LÁNÞEGASKRÁ 1956\n\n"
            "Skírt. | Nafn | Heimili | Staða\n"
            "1207 | Guðmundur Halldórsson | Brekkugötu 13 | nemandi\n",
            ["1207"],
        ),
        (
            "spa",
            "SOCIEDAD FILARMÓNICA DE OVIEDO - LISTA DE SOCIOS\n\n"
            "Socio | Nombre | Domicilio | Teléfono\n"
            "18  | Alas Argüelles, María Teresa | Uría, 24, 2.º | 2143\n",
            ["18"],
        ),
        (
            "eus",
            "GAZTELUPE ELKARTE GASTRONOMIKOA - BAZKIDEEN ZERRENDA, 1974\n\n"
            "Zk.  | Izen-abizenak | Helbidea | Telefonoa\n"
            "3    | Iñaki Mujika Goenaga | Narrika kalea 12, 3.a | 42 18 06\n"
            "7    | Patxi Lizarraga Etxaniz | Aldamar kalea 4, 1.a | 42 70 13\n",
            ["3", "7"],
        ),
        (
            "eng",
            "REGISTER OF ALLOTMENT TENANCIES, 1941\n\n"
            "Plot | Tenant | Address | Nat. Reg. Identity Card No. | Rent\n"
            "A.3 | Pugh, Idris | 12 Heol Fach, Neath | WLAC 117/2 | 5/-\n",
            ["WLAC 117/2"],
        ),
        (
            "eng",
            "FRIENDLY SOCIETY LODGE No. 7 - ROLL\n\n"
            "Cert. No. | Name | Residence | Initiated\n"
            "2214 | Lars Eriksen | 811 Fifth Ave. S. | May 3, 1921\n",
            ["2214"],
        ),
        (
            "eng",
            "ST ANDREW'S CHURCH - MEMBERS' LIST, 1958\n\n"
            "Env. No. | Name | Address | Weekly\n"
            "31 | Mr J. Orr | 4 Bank Place | 2/6\n"
            "32 | Miss A. Bell | 9 Mill Brae | 1/-\n",
            ["31", "32"],
        ),
        (
            "eng",
            "SEARCH ROOM REGISTER (cols: date | name | address | ticket no. | subject)\n"
            "4.v.1961 | Mr T. Healy | 3 Summerhill, Cork | R/2201 | parish records\n",
            ["R/2201"],
        ),
        (
            "fra",
            "FANFARE ROYALE DE HUY - REGISTRE DES MEMBRES, 1931\n\n"
            "Carte n° | Nom et prénom | Instrument | Adresse\n"
            "207 | LECLERCQ Albert | piston | rue Griange, 12\n",
            ["207"],
        ),
        (
            "fra",
            "Chorale de Vevey - Liste des membres actifs 1998\n\n"
            "Reg. | Nom, prénom | Adresse | Tél.\n"
            "S-112 | Favre Monique | Rue du Simplon 8, 1800 Vevey | 021 921 44 10\n",
            ["S-112"],
        ),
        (  # a newspaper's subscribers, whose numbers are theirs
            "eus",
            "HERRIA — astekaria\nHARPIDEDUNEN ZERRENDA — 1978\n\nZenb. | Izen-deiturak | Helbidea\n"
            "2214 | Battitta Etxeberri | Larrondoa etxea, Uharte-Garazi\n",
            ["2214"],
        ),
        (
            "isl",
            "Meðlimaskrá stúkunnar, 1910\n\nNr. | Nafn | Heimili\n"
            "311 | Jón Sigfússon | Strandgötu 9\n312 | Anna Jónsdóttir | Lækjargötu 2\n",
            ["311", "312"],
        ),
        (
            "isl",
            "GESTABÓK LESTRARSALAR\n\nDags. | Nafn | Heimilisfang | Skírteini nr.\n"
            "3.6.1987 | Þóra Gísladóttir | Hafnargötu 4, 415 Bolungarvík | L-87/11\n",
            ["L-87/11"],
        ),
        (
            "spa",
            "REGISTRO DE LECTORES, 1969\n\nFecha | Apellido y nombre | Domicilio | Carnet\n"
            "2/5/69 | Ferreyra, Alicia | Av. Corrientes 2210, 4.º A | L-0517\n",
            ["L-0517"],
        ),
        (
            "eus",
            "DANTZA TALDEA - Bazkideen zerrenda, 1998-1999\n\n"
            "Zk. | Izen-abizenak | Helbidea\n"
            "98-031 | Maialen Etxeberri | 7, rue d'Espagne, 64100 Bayonne\n"
            "98-034 | Beñat Larralde | 2, allée Marines, 64100 Bayonne\n",
            ["98-031", "98-034"],
        ),
    ],
)
def test_a_readers_or_a_members_number_under_its_column(
    language: str, register: str, numbers: list[str]
) -> None:
    ids = [v for v, k in pairs(register, language) if k == "ID_NUMBER"]
    assert all(number in ids for number in numbers), ids


def test_a_list_of_members_counted_one_two_three_has_no_member_numbers() -> None:
    register = (
        "FÉLAGATAL SÖGUFÉLAGS HOFSÓSS\n\nNr. | Nafn | Heimilisfang | Sími\n"
        "1 | Halldóra Sveinsdóttir | Suðurbraut 8, 565 Hofsós | 453 7314\n"
        "2 | Þórunn Einarsdóttir | Kirkjugata 3, 565 Hofsós | 453 7102\n"
    )
    assert not [v for v, k in pairs(register, "isl") if k == "ID_NUMBER"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "E: en Mesón de Paredes, el cuarenta y dos, tercero interior. P: ¿y",
            "Mesón de Paredes, el cuarenta y dos, tercero interior",
        ),
        ("RM: en Pagés del Corro, el ciento doce. en un corral", "Pagés del Corro, el ciento doce"),
    ],
)
def test_a_street_named_without_its_word_then_its_said_number(text: str, address: str) -> None:
    assert (address, "ADDRESS") in pairs(text, "spa")


def test_a_town_or_a_month_then_a_said_date_is_no_street() -> None:
    for text in ("nació en Madrid, el veinte de mayo", "llegamos en Agosto, el dos"):
        assert not [v for v, k in pairs(text, "spa") if k == "ADDRESS"], text


def test_an_item_numbered_in_brackets_is_nobodys() -> None:
    assert not [v for v, k in pairs("see item (#1142) in the list") if k == "ID_NUMBER"]


def test_a_lists_surname_before_its_given_name_in_brackets() -> None:
    directory = (
        "PORNIC\n  7  Bréhier (Eugène), docteur en médecine, villa Les Tamaris\n"
        " 12  Gautier (Jules), boulangerie-pâtisserie, r. de la Marine\n"
    )
    names = [v for v, k in pairs(directory, "fra") if k == "PERSON"]
    assert "Bréhier (Eugène)" in names and "Gautier (Jules)" in names


def test_a_place_and_its_country_in_brackets_is_nobody() -> None:
    row = "CBA 4.131 | Bonifacino, Angel | 11/X/1879 | Génova (Italia) | comerciante\n"
    assert "Génova (Italia)" not in [v for v, k in pairs(row, "spa") if k == "PERSON"]


def test_mail_held_at_the_post_office_and_the_number_before_it_kept_apart() -> None:
    text = "Rodney Publicover, S.I.N. 211 402 559, General Delivery, LaHave, N.S.\n3. Cook"
    found = pairs(text)
    assert ("211 402 559", "ID_NUMBER") in found
    assert ("General Delivery, LaHave, N.S.", "ADDRESS") in found
    assert ("poste restante, Quimper", "ADDRESS") in pairs("écrire poste restante, Quimper.", "fra")


def test_a_readers_telephone_under_an_argentine_te_column() -> None:
    register = (
        "Fecha | Apellido y nombre | Domicilio | T.E.\n"
        "9/4/68 | Rossi, Elena | Bolívar 1123, Capital | 33-8120\n"
    )
    assert ("33-8120", "PHONE") in pairs(register, "spa")


@pytest.mark.parametrize(
    ("language", "text", "numbers"),
    [
        (
            "eng",
            "They were admitted and allotted Roll Nos. 2291, 2292 and 2293 respectively. "
            "Mr Gray, Roll No. 1140, was fined a shilling.",
            ["2291", "2292", "2293", "1140"],
        ),
        (
            "spa",
            "Presentado por su padre, hermano n.º 2.114. N.º de nómina: 2.307.",
            ["2.114", "2.307"],
        ),
        (
            "eus",
            "Mikel Olaizola, lizentzia zk. G-91-0233, Kale Nagusia 8, Orio, tel. 83 51 20",
            ["G-91-0233"],
        ),
    ],
)
def test_a_societys_roll_a_brotherhoods_or_a_rowers_licence_number(
    language: str, text: str, numbers: list[str]
) -> None:
    found = pairs(text, language)
    ids = [v for v, k in found if k == "ID_NUMBER"]
    assert all(number in ids for number in numbers), ids
    assert not [v for v, k in found if k == "PERSON" and v.startswith("Roll")]


def test_a_members_lettered_code_written_again_as_a_lines_label() -> None:
    register = (
        "Bazkideen zerrenda\n\nZk. | Izen-abizenak | Helbidea\n"
        "B-214 | Ane Zubizarreta | Nagusia kalea 3, Getxo\n\n"
        "Helbideratzeak:\nB-214: 2095 0036 51 9100235511\n"
    )
    assert [v for v, k in pairs(register, "eus") if v == "B-214" and k == "ID_NUMBER"] == [
        "B-214",
        "B-214",
    ]


def test_a_home_after_a_persons_licence_number_and_before_the_telephone() -> None:
    text = "- Unai Lasa Arana, NAN 72331408-K, Portu Zaharra 6, 2. ezk., Zarautz, tel. 83 12 77"
    assert ("Portu Zaharra 6, 2. ezk., Zarautz", "ADDRESS") in pairs(text, "eus")


@pytest.mark.parametrize(
    ("language", "directory", "numbers"),
    [
        (
            "fra",
            "ANNUAIRE OFFICIEL DES ABONNÉS AU TÉLÉPHONE\nPAPEETE - Liste alphabétique\n\n"
            + "TAPUTU (Henri), pêcheur, Faaa .......... Faaa 7\n" * 12
            + "LEMAIRE (Odette), Vve, 4, rue des Remparts .......... 24.18.06\n",
            ["Faaa 7", "24.18.06"],
        ),
        (
            "spa",
            "GUÍA TELEFÓNICA DE MARACAIBO - 1970\nABONADOS\n\n"
            + "PIRELA Juan - Calle 72, Qta. Lucía, Maracaibo .......... 91 22 40\n" * 12
            + "URDANETA Rosa - Av. Bella Vista, Edif. Sol, Apto. 3 .......... 51 07 36\n",
            ["91 22 40", "51 07 36"],
        ),
    ],
)
def test_a_directorys_numbers_after_dotted_leaders_far_below_its_title(
    language: str, directory: str, numbers: list[str]
) -> None:
    phones = [v for v, k in pairs(directory, language) if k == "PHONE"]
    assert all(number in phones for number in numbers), phones
    assert not [v for v, k in pairs(directory, language) if v.endswith("...")]


def test_a_firms_entry_in_a_directory_is_no_persons_telephone() -> None:
    directory = (
        "GUÍA TELEFÓNICA DE CARACAS - 1968\n\n"
        "PÉREZ & HIJOS C.A. - Ferretería, Av. Urdaneta .......... 81 22 06\n"
        "GRAN HOTEL, Bulevar de Sabana Grande .......... 72 11 54\n"
    )
    assert not [v for v, k in pairs(directory, "spa") if k == "PHONE"]


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        (
            "eng",
            "RESP: No — three-four-one, two-oh-six. That's right.",
            "three-four-one, two-oh-six",
        ),
        ("isl", "Jóna, saumakona, flutt í Hafnarstræti 9; sími hennar 347.", "347"),
        ("spa", "Se le avisa por su vecina, Sra. Rosa Díaz, fono 224 5517.", "224 5517"),
        (
            "spa",
            "INF.: Sí, es el treinta y dos… treinta y dos, cuarenta y uno, diecisiete. Con el",
            "treinta y dos, cuarenta y uno, diecisiete",
        ),
    ],
)
def test_a_telephone_said_in_hyphened_groups_after_hers_or_a_chilean_fono(
    language: str, text: str, number: str
) -> None:
    phones = [v for v, k in pairs(text, language) if k == "PHONE"]
    assert any(number in phone for phone in phones), phones


def test_a_year_said_twice_over_is_no_telephone() -> None:
    assert not [v for v, k in pairs("in twenty-twenty-one, twenty-twenty-two") if k == "PHONE"]


def test_an_old_exchanges_name_and_number_under_a_telephone_column() -> None:
    register = (
        "Env. No. | Name | Address | Tel.\n"
        "14 | Mr R. Moore | 21 Clarendon Street | Londonderry 3517\n"
        "15 | Mrs K. Hegarty | Knocknaheeny | Blarney 12\n"
    )
    phones = [v for v, k in pairs(register) if k == "PHONE"]
    assert "Londonderry 3517" in phones and "Blarney 12" in phones


def test_a_directorys_home_between_the_subscribers_name_and_the_dotted_leader() -> None:
    directory = (
        "GUÍA TELEFÓNICA DE VALENCIA - 1971\nABONADOS\n\n"
        "MÁRQUEZ SOTO Elena M. - Qta. Las Acacias, Av. Bolívar Norte, La Viña .......... 21 40 17\n"
        "PADRÓN LUGO Andrés - Edif. Caribe, Apto. 5-C, Av. Cedeño, San Blas .......... 58 12 93\n"
        "RANGEL Rosa Elvira - Av. Lara, Bloque 3, Apto. 02-07, Urb. 19 de Abril ....... 44 20 61\n"
    )
    homes = [v for v, k in pairs(directory, "spa") if k == "ADDRESS"]
    for home in (
        "Qta. Las Acacias, Av. Bolívar Norte, La Viña",
        "Edif. Caribe, Apto. 5-C, Av. Cedeño, San Blas",
        "Av. Lara, Bloque 3, Apto. 02-07, Urb. 19 de Abril",
    ):
        assert home in homes, homes


def test_a_street_named_after_a_person_is_nobody() -> None:
    for text, language in (
        ("Vive en la Av. Bolívar Norte, La Viña.", "spa"),
        ("Elle habite rue Maréchal-Leclerc, à Vannes.", "fra"),
    ):
        assert not [v for v, k in pairs(text, language) if k == "PERSON"], text


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        ("eng", "Danish subject Peder Holm, Cert. of Registration No. 517204, reports", "517204"),
        ("eus", "Preso-zenbakia: 418\nIzen-abizenak: Joxe Zubiri", "418"),
        ("eus", "Soldadutza: 1891ko kintakoa, matrikula-zk. 2231, etxera bidalia.", "2231"),
        ("eus", "Atzerritar-erregistroko zk.: 4417203\n\n1. Nire izena:", "4417203"),
        ("fra", "N° d'écrou : 2214\nNom et prénoms : KERGOAT, Yves", "2214"),
        ("fra", "détenu au Centre pénitentiaire sous le n° d'écrou 05/2291, inculpé", "05/2291"),
    ],
)
def test_a_prisoners_an_aliens_or_a_conscripts_number_after_its_label(
    language: str, text: str, number: str
) -> None:
    assert (number, "ID_NUMBER") in pairs(text, language)


@pytest.mark.parametrize(
    ("language", "text", "numbers"),
    [
        ("eng", "His mother, Mrs E. Hodgson (Mem. No. 1502), of 9 Milburn St.", ["1502"]),
        ("eng", "Your ref: Customer No. 6218 447 03 K\n\nDear Sir,", ["6218 447 03 K"]),
        ("fra", "N° de client : C 418 227 05\nNom : BESSON", ["C 418 227 05"]),
        ("fra", "Décès de Marcel Dutertre (promo 1921, membre n° 88), à Issoudun.", ["88"]),
        ("fra", "- Jean-Claude Morvan (n° 904) : 18, rue Lakanal, 38-Grenoble.", ["904"]),
        ("fra", "Les camarades n° 512, 640 et 1019 sont priés de payer.", ["512", "640", "1019"]),
        ("fra", "Immatriculation consulaire n° 1208744\n", ["1208744"]),
        ("fra", "Passeport actuel n° 91CF27834, délivré le 3 mai 1991", ["91CF27834"]),
        ("isl", "Samlagsnúmer: 412\nFæddur: 14. maí 1911", ["412"]),
        ("isl", "Lífeyrissjóður verzlunarmanna, sjóðfélaganr. 14327", ["14327"]),
        ("isl", "Félagar nr. 14, 87 og 203 eiga ógreidd gjöld frá 1975.", ["14", "87", "203"]),
        ("eus", "Egoiliar zk.: 112\nIzen-abizenak: Martin Jose Etxenike", ["112"]),
        ("eus", "Bezero zk.: B-0391274\nHelbidea: Matia kalea 37", ["B-0391274"]),
        ("eus", "Pello Agirre Elortza bazkide berriak (zk. 44), hartzen du.", ["44"]),
        ("eus", "Diru-zorroa eta gidabaimena zk. 44152870.", ["44152870"]),
        # a British driving licence by its shape: the surname, the birth date, the initials
        (
            "eng",
            "Driving licence? YES (provisional)   No. ENTWI 656116 JM9XR",
            ["ENTWI 656116 JM9XR"],
        ),
    ],
)
def test_a_members_a_customers_or_a_residents_number_after_its_label(
    language: str, text: str, numbers: list[str]
) -> None:
    found = pairs(text, language)
    for number in numbers:
        assert (number, "ID_NUMBER") in found, found


def test_a_british_driving_licence_needs_a_birth_dates_digits() -> None:
    assert not [v for v, k in pairs("Ref. ENTWI 659916 JM9XR", "eng") if k == "ID_NUMBER"]


def test_a_registers_member_number_written_again_after_no_in_its_notes() -> None:
    ledger = (
        "Mem. No. | Name | Address | Share cap.\n"
        "2214 | Robt. Lowther | 17 Church St., Crook | £8. 4. 2\n"
        "1877 | Martha Lax | The Lodge, Helme Park | £21. 0. 0\n\n"
        "Notes\nNo. 1877: not a miner's household; credit as ordinary monthly a/c only.\n"
        "The Lodge was built in 1877."
    )
    found = [(v, k) for v, k in pairs(ledger, "eng") if k == "ID_NUMBER"]
    assert found.count(("1877", "ID_NUMBER")) == 2, found  # the column's and "No. 1877"
    coop = (
        "Fjel. nr. | Nafn | Heimili | Úttekt kr.\n"
        "41 | Björn Hallgrímsson | Grænavatni | 412,35\n"
        "52 | Stefán Helgason | Vogum | 530,12\n\n"
        "Nr. 52: Skuld Stefáns Helgasonar flyst til næsta árs með vöxtum, 52 kr."
    )
    found = [(v, k) for v, k in pairs(coop, "isl") if k == "ID_NUMBER"]
    assert found.count(("52", "ID_NUMBER")) == 2, found  # not the 52 krónur
    assert ("41", "ID_NUMBER") in found


@pytest.mark.parametrize(
    ("heading", "row", "number"),
    [
        (
            "Vivienda | Inquilino | Cédula personal | Alquiler",
            "Prim 3, bajo | Luis Gil Ortega, tonelero | 11.ª cl. n.º 41.207 | 40 ptas.",
            "41.207",  # (the class stays out, as the labelled texts leave it 24 times in 27)
        ),
        (  # (a comma after the class)
            "Nombre | Cédula personal | Oficio",
            "Ramón Lage Vila | 9.ª cl., n.º 2.771 | marinero",
            "2.771",
        ),
        (
            "Papeleta | Imponente | Domicilio | Céd. pers. n.º | Prenda",
            "23.417 | D.ª Eulalia Cortés Montero | Embajadores, 41, 3.º izq. | 48.271 | pendientes",
            "48.271",
        ),
        (
            "Apellidos, nombre | Centro | Teléfono | N.º colegiado",
            "Bravo Delgado, Ignacio | H. Virgen de la Arrixaca | 968 36 95 00 | 30/05512",
            "30/05512",
        ),
        (  # (whose cédula it is, before it)
            "Empeñante | Cédula personal | Prenda",
            "Josefa Sanz | presentada la del marido, Matías Ruiz, 11.ª cl., n.º 99.012 | sábanas",
            "99.012",
        ),
    ],
)
def test_a_cedula_or_a_doctors_college_number_under_its_column(
    heading: str, row: str, number: str
) -> None:
    assert (number, "ID_NUMBER") in pairs(f"{heading}\n{row}\n", "spa")


@pytest.mark.parametrize(
    ("language", "heading", "kind"),
    [
        ("eng", "Army No.", "ID_NUMBER"),
        ("eng", "Regtl. No.", "ID_NUMBER"),
        ("eng", "POW No.", "ID_NUMBER"),
        ("eng", "I.C. No.", "ID_NUMBER"),
        ("eng", "Pension No.", "ID_NUMBER"),
        ("eng", "Supplier No.", "ID_NUMBER"),
        ("eng", "Tenant No.", "ID_NUMBER"),
        ("eng", "A/c No.", "IBAN"),
        ("fra", "N° mle", "ID_NUMBER"),
        ("fra", "N° carte d'alimentation", "ID_NUMBER"),
        ("fra", "N° fournisseur", "ID_NUMBER"),
        ("fra", "N° compte", "IBAN"),
        ("spa", "N.º filiación", "ID_NUMBER"),
        ("spa", "N.º prisionero", "ID_NUMBER"),
        ("spa", "N.º proveedor", "ID_NUMBER"),
        ("spa", "Cuenta n.º", "IBAN"),
        ("isl", "Hermannsnr.", "ID_NUMBER"),
        ("isl", "Innl. nr.", "ID_NUMBER"),
        ("isl", "Reikn. nr.", "IBAN"),
        ("eus", "Soldadu zk.", "ID_NUMBER"),
        ("eus", "Hornitzaile zk.", "ID_NUMBER"),
        ("eus", "Kontu zk.", "IBAN"),
        # an evacuee's identity card, a ration card, a dairy's member, a show's exhibitor,
        # an auction's buyer, a Basque soldier, a cattle dealer's DNI
        ("fra", "Carte d'identité", "ID_NUMBER"),
        ("fra", "N° soc.", "ID_NUMBER"),
        ("fra", "N° adh.", "ID_NUMBER"),
        ("eng", "Sup. No.", "ID_NUMBER"),
        ("spa", "Cartilla n.º", "ID_NUMBER"),
        ("spa", "Cliente n.º", "ID_NUMBER"),
        ("isl", "Seðill nr.", "ID_NUMBER"),
        ("eus", "Gudari zk.", "ID_NUMBER"),
        ("eus", "N.A.N.", "ID_NUMBER"),
        # transport workers' badges, a seaman's discharge book, licences; a folklore
        # collector's informants, a festival's entrants, applicants
        ("eng", "Badge No.", "ID_NUMBER"),
        ("eng", "Driver's Badge", "ID_NUMBER"),
        ("eng", "Dis. A No.", "ID_NUMBER"),
        ("eng", "Informant No.", "ID_NUMBER"),
        ("eng", "Entrant No.", "ID_NUMBER"),
        ("fra", "N° insigne", "ID_NUMBER"),
        ("fra", "N° d'agent", "ID_NUMBER"),
        ("fra", "Permis n°", "ID_NUMBER"),
        ("spa", "N.º chapa", "ID_NUMBER"),
        ("spa", "Licencia n.º", "ID_NUMBER"),
        ("spa", "N.º concursante", "ID_NUMBER"),
        ("isl", "Leyfi nr.", "ID_NUMBER"),
        ("isl", "Heimildarm. nr.", "ID_NUMBER"),
        ("eus", "Lizentzia zk.", "ID_NUMBER"),
        ("eus", "Langile zk.", "ID_NUMBER"),
        # a cabman's police badge, a seaman's book, a platelayer's pay number, Iceland's old
        # name number, a Spanish seaman's enrolment, a Basque cédula and driving permit, a
        # French register's members
        ("eng", "Met. Pol. Badge", "ID_NUMBER"),
        ("eng", "Dis. A or Book No.", "ID_NUMBER"),
        ("eng", "Pay No.", "ID_NUMBER"),
        ("isl", "Nafnnúmer", "ID_NUMBER"),
        ("isl", "Nafnnr.", "ID_NUMBER"),
        ("spa", "Inscripción marítima", "ID_NUMBER"),
        ("eus", "Zedula", "ID_NUMBER"),
        ("eus", "Baimen-zk.", "ID_NUMBER"),
        ("fra", "Matr.", "ID_NUMBER"),
        # a miner's check or lamp, a docker's tally, a clock card, a worker's card
        ("eng", "Check", "ID_NUMBER"),
        ("eng", "Tally", "ID_NUMBER"),
        ("fra", "Lampe", "ID_NUMBER"),
        ("spa", "Chapa", "ID_NUMBER"),
        ("isl", "Stimpilkort", "ID_NUMBER"),
        ("eus", "Fitxa", "ID_NUMBER"),
        ("eng", "Pol. No.", "ID_NUMBER"),  # an industrial assurance's life policy
    ],
)
def test_a_soldiers_a_suppliers_or_an_account_column(
    language: str, heading: str, kind: str
) -> None:
    table = (
        f"{heading} | Name | Address\n41877 | John Smith | Hill Farm\n5512 | Ann Lee | Mill St.\n"
    )
    found = pairs(table, language)
    assert ("41877", kind) in found, found
    assert ("5512", kind) in found, found


def test_an_archives_accession_column_is_no_account() -> None:
    table = "Acc. No. | Item | Donor\n2021.007 | Photograph album | Mrs Ann Lee\n"
    assert not [v for v, k in pairs(table, "eng") if k in ("IBAN", "ID_NUMBER")]


# A register's values under the heading of their column: (language, heading, row, value).
# Its people, named by the part they play in it
_PEOPLE_UNDER_THEIR_PART = [
    # a bird ringer, a dog's breeder, a beekeeper
    (
        "eng",
        "Ring No. | Species | Ringer | Date",
        "EK 4417 | Swallow | Braithwaite, T. | 3.6.58",
        "Braithwaite, T",
    ),
    (
        "fra",
        "Nom du chien | Race | Éleveur | Né le",
        "Rip | épagneul breton | Le Quéré (Yves) | 3 mai 1951",
        "Le Quéré (Yves)",
    ),
    ("spa", "Colmena | Apicultor | Paraje", "14 | Ortuño Sáez | El Collado", "Ortuño Sáez"),
    # a register's people named by their part, surname first
    (
        "fra",
        "Date | Propriétaire | Domicile",
        "2 | Delort Antoine | Le Bruel",
        "Delort Antoine",
    ),
    ("fra", "N° | Sociétaire | Litres", "3 | Bourgeois Henri | 4 215", "Bourgeois Henri"),
    ("eng", "Sector | Warden | Tel.", "14B | O'Keefe, J. | —", "O'Keefe, J"),
    # (a widow's word before her name is no part of it)
    ("spa", "Núm. | Empeñante | Prenda", "3412 | Vda. de Gil | capa", "Gil"),
    ("isl", "Jörð | Eigandi | Mat", "Hóll | Jón Pálsson | 12", "Jón Pálsson"),
    (
        "eus",
        "Etxea | Jabea | Balioa",
        "Iriartea | Juan Bautista Mitxelena | 4.800",
        "Juan Bautista Mitxelena",
    ),
    # an exhibition's artists, a pastoral's actors (Souletin given names)
    (
        "fra",
        "N° cat. | Artiste | Titre, technique",
        "3 | Mathurin Le Bihan | « Pardon », huile",
        "Mathurin Le Bihan",
    ),
    (
        "eus",
        "Rola | Aktorea | Helbidea",
        "Xaho | Battitt Etchart | Bordaxuri",
        "Battitt Etchart",
    ),
]

# ... and its numbers: a licence's, a seaman's book's, a subscriber's
_NUMBERS_UNDER_THEIR_COLUMN = [
    # a driving licence's register, in three countries
    (
        "fra",
        "N° du certificat | Nom, prénoms | Né le | Domicile",
        "35-20871 | GUILLOUX Pierre | 2 mai 1907 | Le Bourg, Bréal",
        "35-20871",
    ),
    ("isl", "Skírt. nr. | Nafn | Heimili", "A-3318 | Jón Pálsson | Njálsgötu 12", "A-3318"),
    (
        "spa",
        "N.º permiso | Apellidos y nombre | Domicilio",
        "LE-4.102 | Cuesta Rabanal, Isidro | C/ Ancha, 3, León",
        "LE-4.102",
    ),
    # a seaman's book, an enrolled seaman's number, an evacuee child's
    (
        "spa",
        "Apellidos y nombre | Cargo | Libreta inscr. marítima",
        "Otero Pazos, Manuel | marinero | CO-8.771",
        "CO-8.771",
    ),
    ("fra", "Nom et prénoms | N° d'inscr. | Grade", "HAMON Joseph | 1733 | matelot", "1733"),
    ("eus", "Haur zk. | Izen-abizenak | Etxebizitza", "3107 | Miren Elorza | Bilbo", "3107"),
    # a hostel member's card, a water subscriber's contract, an electricity user's
    (
        "eus",
        "Izena | Alberguista txartela | Helbidea",
        "Jon Arana | E-48-002231 | Bilbo",
        "E-48-002231",
    ),
    ("fra", "N° police | Abonné | Immeuble", "44.317 | M. Blot | 9, rue Oberkampf", "44.317"),
    ("spa", "Póliza núm. | Abonado | Finca", "6.204 | D. Luis Sanz | Atocha, 12", "6.204"),
    ("isl", "Notandanr. | Notandi | Heimili", "3-0877 | Ari Gíslason | Ægisgötu 8", "3-0877"),
    ("eng", "School No. | Name | Form", "3318 | Joan Pickles | IIIb", "3318"),
    # a taxi licence's holder's driving permit, a cabman's old book
    (
        "spa",
        "Lic. | Titular | Permiso de conducir",
        "2.104 | Jaime Puig Ferrer | 1.ª clase núm. 268.415",
        "268.415",
    ),
    (
        "fra",
        "N° | Nom | Ancien cocher (n° de livret)",
        "14 522 | LEFEBVRE Auguste | oui, 87 301",
        "87 301",
    ),
    # a servant's health insurance card, social insurance numbers, a mutual's insured, a
    # quarryman's, a miner's check and registration, a mill hand's, a society's member
    (
        "eng",
        "Name | Situation | Health Ins. card",
        "Ann Moir | Cook | 41/S 112 907",
        "41/S 112 907",
    ),
    ("spa", "Ficha | Nombre | Afiliación S.O.E.", "214 | Pilar Vidal | 15/203.118", "15/203.118"),
    ("spa", "Ficha | Nombre | Domicilio", "214 | Pilar Vidal | calle Real, 4", "214"),
    ("fra", "Nom | Emploi | N° d'immatr. Ass. soc.", "Leroux Paul | valet | 61-10428", "61-10428"),
    (
        "spa",
        "Asegurado n.º | Titular | Domicilio",
        "5-20417 | Carmen Ruiz | c/ Betis, 12",
        "5-20417",
    ),
    ("eng", "Quarry No. | Applicant | Present address", "277 | Hugh Mackay | 3 Shore Row", "277"),
    ("eus", "Izena | Txapa | Bizilekua", "Patxi Olabe | 2216 | Gallarta", "2216"),
    ("fra", "N° | Nom | Matric. | Âge", "12 | Fabre (Louis) | 3317 | 41", "3317"),
    ("spa", "Casa | Titular | N.º de obrero", "Calle Nueva, 3 | Josep Vila | 1.108", "1.108"),
    ("spa", "Núm. socio | Nombre | Domicilio", "411 | D. Ramón Gil | calle Mayor, 3", "411"),
    # a seaman's enrolment by province and list
    (
        "spa",
        "N.º | Nombre | Cargo | Inscripción marítima",
        "1 | Francisco Padrón Armas | Capitán | SC-1.ª/1187",
        "SC-1.ª/1187",
    ),
]


@pytest.mark.parametrize(
    ("language", "heading", "row", "value", "kind"),
    [(*case, "PERSON") for case in _PEOPLE_UNDER_THEIR_PART]
    + [(*case, "ID_NUMBER") for case in _NUMBERS_UNDER_THEIR_COLUMN],
)
def test_a_registers_person_or_number_under_the_heading_of_its_column(
    language: str, heading: str, row: str, value: str, kind: str
) -> None:
    found = pairs(f"{heading}\n{row}\n", language)
    assert (value, kind) in found, found


@pytest.mark.parametrize(
    ("language", "text", "phone"),
    [
        (
            "eng",
            "Reference: Mr A. V. Pressley, 14 Walterton Road, W.9, tel. LADbroke 3918",
            "LADbroke 3918",
        ),
        (
            "eng",
            "Landlord: Mrs Ashby, 8 Oakwood Avenue, N.14  Tel. PALmers Green 6602",
            "PALmers Green 6602",
        ),
        ("eng", "Telephone: none — messages to neighbour Mrs Dunlop, IBRox 2231", "IBRox 2231"),
        ("fra", "Profession : cultivateur\nTéléphone : 12 à Savigneux\nConjoint", "12 à Savigneux"),
        (
            "fra",
            "M. Perrin, 17, rue Léon-Blum, 69100 Villeurbanne - tél. (7) 884.12.36",
            "(7) 884.12.36",
        ),
        ("fra", "Tél. (98) 85.21.47 (chez un voisin)", "(98) 85.21.47"),
        (
            "spa",
            "Tel. de contacto en horario de trabajo: (96) 514 30 00, ext. 218",
            "(96) 514 30 00, ext. 218",
        ),
        ("isl", "Lilja (móðir), Hlíðarvegi 20, 580 Siglufirði, s. 96-7 13 84", "96-7 13 84"),
        ("eus", "adierazi zenuen telefonora deituko dizugu: 79 14 52.", "79 14 52"),
        # a town that is a given name too; a town in capitals; a telegram's capitals
        ("eng", "Mr J. Haigh, 4 Mill Lane, York; tel. York 22518. Fee 1/-", "York 22518"),
        ("eng", "WANTED, girl for farm work. Ring Bala 318.", "Bala 318"),
        ("isl", "Tapað: kvenúr. Skilvís finnandi hringi í 31207.", "31207"),
        ("eng", "4. Telephone: ABERDARE 872214 (neighbour)", "ABERDARE 872214"),
        ("fra", "ARRIVONS LUNDI STOP TÉLÉPHONE 23 À VIERZON = PAUL", "23 À VIERZON"),
        # Iceland's "s." before four or five digits after a comma; a line's number
        ("isl", "Ólöf Snorradóttir, Faxastíg 7, s. 2214 — hringja ef sæti losnar.", "2214"),
        ("isl", "Sveitarforingi: Jóna Ragnars, s. 41187. Aðstoð", "41187"),
        ("spa", "Ficha de abonado          N.º de línea: 31-207\nAbonado: D. Luis", "31-207"),
        # "ring back", "í síma" before an old six-digit number; a column's "Teléf.", its
        # exchange, and a number of a year's shape alone in its cell
        ("eng", "Sheep worried. Ring back Hawes 314 after 6 p.m.", "Hawes 314"),
        ("isl", "22 ára stúlka óskar eftir vinnu. Uppl. í síma 672314.", "672314"),
        ("spa", "Cliente | Teléf. | Trabajo\nD.ª Pino Santana | 24316 | 6 fotos", "24316"),
        ("spa", "Cliente | Teléf. | Trabajo\nSr. Cabrera | Agaete 12 | reproducción", "Agaete 12"),
        ("isl", "Nafn | Heimili | Sími\nPáll Steingrímsson | Brávallagötu 40 | 1809", "1809"),
    ],
)
def test_an_exchange_in_capitals_a_city_code_an_extension_or_a_basque_case(
    language: str, text: str, phone: str
) -> None:
    assert (phone, "PHONE") in pairs(text, language)


@pytest.mark.parametrize(
    ("language", "text", "address"),
    [
        # a telephone's or a meter's address of installation, with its house's name
        (
            "eng",
            'Address of installation: "Rosedene", 8 Elm Grove, London, S.E.19\nRental: £4',
            '"Rosedene", 8 Elm Grove, London, S.E.19',
        ),
        (
            "spa",
            "Domicilio de instalación: C/ Sierpes, 41, 2.º, Sevilla\nProfesión: notario",
            "C/ Sierpes, 41, 2.º, Sevilla",
        ),
        # a gas board's consumer's premises under its column
        ("eng", "Consumer | Premises | Meter\nAnn Firth | 23 Moor Side | 3 lt.", "23 Moor Side"),
        # a Madrid small advertisement's floor and door, a Barcelona ground floor, a town
        # "nr." another
        (
            "spa",
            "Cede habitación a caballero. Fuencarral, 88, 2.º izqda. Teléfono 447 23 18.",
            "Fuencarral, 88, 2.º izqda.",
        ),
        ("spa", "Rosa Soler, 3 meses, Riera Alta, 9, bajos. Matrimonios:", "Riera Alta, 9, bajos"),
        (
            "eng",
            "Removed to 7 Hey Street, Shaw, nr. Oldham (notified 3.6.1921).",
            "7 Hey Street, Shaw, nr. Oldham",
        ),
        # a hamlet after its commune, in a lease
        (
            "fra",
            "M. Hébert, propriétaire, demeurant à Saint-Michel-de-Livet, hameau de la Bruyère,",
            "Saint-Michel-de-Livet, hameau de la Bruyère",
        ),
        (
            "fra",
            "son épouse, demeurant ensemble à Tortisambert, au lieu-dit le Mesnil, d'autre part",
            "Tortisambert, au lieu-dit le Mesnil",
        ),
        # an evacuee's billet, under its column
        (
            "eng",
            "No. | Evacuee | Householder | Billet\n1 | Kathleen Doyle | Mrs M. Jones | Penlan"
            " Fach, Tregaron",
            "Penlan Fach, Tregaron",
        ),
        # a rent roll's croft, a co-operative's member's place and parish, under its column
        ("eng", "Tenant | Holding | Rent\nJohn Beaton | Croft 4, Digg | £5.0.0", "Croft 4, Digg"),
        (
            "spa",
            "Nombre y apellidos | Lugar y parroquia | Cuota\nManuel Souto | O Outeiro, San Xoán"
            " de Prado | 25 ptas.",
            "O Outeiro, San Xoán de Prado",
        ),
        # a mining town's numbered estate before the street
        (
            "fra",
            "Mme Dubois, demeurant 7, cité n° 2, rue de Cracovie, Liévin, déclare",
            "7, cité n° 2, rue de Cracovie, Liévin",
        ),
        ("fra", "domiciliée cité du 12, rue Chopin, Lens.", "cité du 12, rue Chopin, Lens"),
        # a small advertisement's address without its verb; a post town after "par"; a
        # house and village before a ledger's dash
        ("fra", "A louer, chambre. S'adresser 14, rue de Brest, au 2e.", "14, rue de Brest, au 2e"),
        (
            "fra",
            "M. Yves Le Bihan, Plogoff, par Audierne — 2 tirages format carte.",
            "Plogoff, par Audierne",
        ),
        (
            "eng",
            "Mrs Ellen Metcalfe, Low Row, Gunnerside — 2 doz. eggs on tick",
            "Low Row, Gunnerside",
        ),
    ],
)
def test_an_address_on_a_form_in_a_ledger_or_in_a_small_advertisement(
    language: str, text: str, address: str
) -> None:
    found = pairs(text, language)
    assert (address, "ADDRESS") in found, found


def test_a_sum_in_the_next_cell_or_a_year_among_words_is_no_telephone() -> None:
    ledger = "Feb 10 | Dinsdale, J. | Ring back after 6 p.m. | £1.10.0\n"
    assert not [v for v, k in pairs(ledger, "eng") if k == "PHONE"]
    table = "Nafn | Sími | Athugasemdir\nBjörn Ingi | sumarstarf í bræðslunni 1990 | —\n"
    assert not [v for v, k in pairs(table, "isl") if k == "PHONE"]


def test_a_page_after_s_is_no_telephone() -> None:
    text = "Sjá Árbók Vestmannaeyja 1932, s. 1480-1482, og s. 214."
    assert not [v for v, k in pairs(text, "isl") if k == "PHONE"]


def test_a_forms_town_or_name_stops_at_the_gap_before_its_next_label() -> None:
    text = "Home address: 41 Union Street, Glace Bay          Telephone: 318-J"
    found = pairs(text, "eng")
    assert ("41 Union Street, Glace Bay", "ADDRESS") in found, found
    assert not [v for v, k in found if "Telephone" in v], found


@pytest.mark.parametrize(
    ("language", "text", "address"),
    [
        (
            "fra",
            "déclaré par le nommé Marc Lucien, pêcheur, demeurant quartier Morne-Rouge, "
            "Le Vauclin, qu'un canot",
            "quartier Morne-Rouge, Le Vauclin",
        ),
        (
            "fra",
            "demande envoyée à M. Tehei Faatau, quartier Tiapa, Mataiea).",
            "quartier Tiapa, Mataiea",
        ),
        (
            "spa",
            "INF.: Ahora en el paseo de Recoletos, cuarenta y dos, segundo B. Con mi nieta",
            "paseo de Recoletos, cuarenta y dos, segundo B",
        ),
        (
            "spa",
            "vivíamos en la calle Toledo, el catorce, en una corrala",
            "calle Toledo, el catorce",
        ),
    ],
)
def test_a_rural_quarter_and_its_commune_or_a_street_said_with_its_number(
    language: str, text: str, address: str
) -> None:
    assert (address, "ADDRESS") in pairs(text, language)


def test_a_towns_quarter_or_a_street_on_a_date_is_no_home() -> None:
    assert not [v for v, k in pairs("dans le quartier de Lorient, il", "fra") if k == "ADDRESS"]
    found = pairs("en la calle Mayor, el dos de mayo hubo fiesta", "spa")
    assert not [v for v, k in found if k == "ADDRESS" and "dos" in v]


@pytest.mark.parametrize(
    ("language", "text", "account"),
    [
        ("fra", "un chéquier postal, C.C.P. Lille 2203-41 M. Récépissé remis.", "Lille 2203-41 M"),
        ("fra", "versée au compte chèque postal Toulouse 1187-22 B. Suite", "Toulouse 1187-22 B"),
        ("spa", "una cuenta de cheques con CLABE 002180012345678914. Que el", "002180012345678914"),
    ],
)
def test_a_postal_account_with_its_centre_or_a_mexican_clabe(
    language: str, text: str, account: str
) -> None:
    assert (account, "IBAN") in pairs(text, language)


def test_a_surname_in_capitals_before_a_given_name_inside_a_sentence() -> None:
    text = (
        "Nous soussignés MARCHAND Louis, brigadier, et LAVENTURE Ernest, gendarme, avisés "
        "par le nommé SAINT-AIMÉ Gérard, cultivateur"
    )
    names = [v for v, k in pairs(text, "fra") if k == "PERSON"]
    for name in ("MARCHAND Louis", "LAVENTURE Ernest", "SAINT-AIMÉ Gérard"):
        assert name in names, names


def test_an_address_ends_at_its_street_words_full_stop_before_a_new_sentence() -> None:
    found = pairs("She lived at 14 High St. Then she moved. Later at 22 Centre Street. Það var")
    homes = [v for v, k in found if k == "ADDRESS"]
    assert "14 High St." in homes, homes
    assert any(home.startswith("22 Centre Street") for home in homes), homes
    assert not [h for h in homes if "Then" in h or "Það" in h], homes


@pytest.mark.parametrize(
    ("language", "text", "address"),
    [
        (
            "eng",
            "Tenant: Mr Baird, 8 Burghead Drive, Linthouse, Glasgow, S.W.1\nNext",
            "8 Burghead Drive, Linthouse, Glasgow, S.W.1",
        ),
        (
            "eng",
            "I live at 31 Haddonfield House, Brayards Road, London S.E.15 since May.",
            "31 Haddonfield House, Brayards Road, London S.E.15",
        ),
        ("eng", "Mrs Cole, 6 Consort Road, S.E.15, telephoned.", "6 Consort Road, S.E.15"),
        ("eng", "Complaints from 8 Cheltenham House about the lifts.", "8 Cheltenham House"),
        (
            "fra",
            "Mme Dubois, 47, boulevard de Port-Royal, Paris (5e), ouvrière.",
            "47, boulevard de Port-Royal, Paris (5e)",
        ),
        (
            "fra",
            "Ancienne adresse (changement signalé) : 8 ALLÉE DES TILLEULS 44470 CARQUEFOU\n",
            "8 ALLÉE DES TILLEULS 44470 CARQUEFOU",
        ),
        (
            "eus",
            "Helbide fiskala: ABAROA KALEA 14, 1. ESK.\n48300 GERNIKA-LUMO\nAitorpen mota: bat.",
            "ABAROA KALEA 14, 1. ESK.\n48300 GERNIKA-LUMO",
        ),
        (
            "isl",
            "Það greiðist gjaldkera, Ásthildi Kristinsdóttur, Hvassaleiti 30, s. 3 81 72, eða inn",
            "Hvassaleiti 30",
        ),
    ],
)
def test_a_citys_district_a_block_of_flats_or_a_tax_forms_address(
    language: str, text: str, address: str
) -> None:
    found = pairs(text, language)
    assert (address, "ADDRESS") in found, found


def test_a_prairie_quarter_section_is_no_postal_district() -> None:
    text = "R.R. 2, Wakaw, N.E. 14-43-26-W2"
    assert ("R.R. 2, Wakaw, N.E. 14-43-26-W2", "ADDRESS") in pairs(text, "eng")


def test_a_nurses_day_book_gives_the_house_before_the_patient() -> None:
    book = (
        "Mon. 12th\n"
        "9.15   21 Habost — Mrs Morrison, varicose ulcer of leg, dressed.\n"
        "10.0   4 Port of Ness — Confinement, Mrs Kirsty Mackay. Male child born.\n"
        "2.0    School, Lionel — heads inspected.\n"
        "Tues. 13th\n"
        "9.0    21 Habost — dressing as before; improving.\n"
    )
    homes = [v for v, k in pairs(book, "eng") if k == "ADDRESS"]
    assert homes.count("21 Habost") == 2, homes  # the second visit's too
    assert "4 Port of Ness" in homes, homes
    assert not [h for h in homes if "Lionel" in h or "School" in h], homes


def test_a_speakers_or_a_signers_remark_in_brackets_makes_no_name_field() -> None:
    text = "Signed (Director of Nursing): Bernadette Lynch, RGN\n"
    assert not [v for v, k in pairs(text, "eng") if "RGN" in v]
    text = "Elkarrizketatzailea (G): Nerea Bilbao. Bizkaieraz, ahoz esan bezala."
    assert not [v for v, k in pairs(text, "eus") if "Bizkaieraz" in v]


def test_a_basque_tax_forms_spouse() -> None:
    text = "Ezkontidea: ARRIEN BILBAO, MAITE   IFZ: 30.577.219-F\n"
    assert ("ARRIEN BILBAO, MAITE", "PERSON") in pairs(text, "eus")


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        ("eng", "Candidate No. 4417, Mary Jones, passed in English.", "4417"),
        ("eng", "Consumer No. 228 417, Gas Board, Cardiff.", "228 417"),
        ("eng", "Customer reference: 44127 883", "44127 883"),
        ("fra", "Candidat n° 4417 : Martin Pierre, admis.", "4417"),
        ("fra", "N° d'étudiant : 20114478", "20114478"),
        ("fra", "Abonné n° 4417, M. Laborde, 12 rue du Port.", "4417"),
        ("fra", "Billet n° 004417 au nom de M. Dupuy", "004417"),
        ("spa", "Abonado n.º 4417, D. José Ruiz, calle Mayor 3.", "4417"),
        ("spa", "Lector n.º 2218 de la Biblioteca Municipal.", "2218"),
        ("spa", "Permiso de conducir n.º 448.127 de 2.ª clase.", "448.127"),
        ("spa", "Billete n.º 14418, a nombre de D. José Arana.", "14418"),
        ("isl", "Notandanúmer: 44127", "44127"),
        ("isl", "Orkukaupandi nr. 4417, Jón Jónsson, Hringbraut 12.", "4417"),
        ("isl", "Viðskiptamannanúmer 118402", "118402"),
        ("isl", "Farmiði nr. 412, á nafn Jóns Sigurðssonar.", "412"),
        ("eus", "Harpidedun zk.: 4417", "4417"),
        ("eus", "Irakurle zk.: 2218", "2218"),
        ("eus", "Bezeroaren zenbakia: 44127", "44127"),
        ("eus", "Gidabaimena: 14.228.117", "14.228.117"),
        # a frequent flyer's, a bond holder's, a pupil's, an employee's, a soldier's, a
        # licence holder's, an insured worker's, a German passport, a card's several words
        ("eng", "Frequent flyer no.: BA 31186420\nSeat 14C", "BA 31186420"),
        ("eng", "Premium Bonds, holder's no. 518823, posted.", "518823"),
        ("eng", "Form: IIIb      School No.: 3318\nConduct", "3318"),
        ("spa", "Atendió: J. Sáez (n.º personal 31.207)", "31.207"),
        ("fra", "Lettre du soldat Mle 3318 du 42e RI.", "3318"),
        ("isl", "Afnotanúmer: B-41187", "B-41187"),
        ("eus", "Ikasle-zk.: 1991-0218", "1991-0218"),
        ("spa", "Afiliado a los Seguros Sociales con el n.º 28/331.470.", "28/331.470"),
        ("eus", "Mikel Aranburu | Reisepass C 5521874 | Alemania", "C 5521874"),
        ("fra", "Carte Club Air France n° : AF 0417 5582\nTél.", "AF 0417 5582"),
        ("fra", "Carte d'identité n° 3318 K 47 délivrée à Arras.", "3318 K 47"),
        # a prisoner of war, a home guard, a soldier's enlistment, a refugee, a ration card
        ("eng", "POW No. 5521, Stalag IVB", "5521"),
        ("eng", "Home Guard No. 3318, No. 2 Platoon", "3318"),
        ("spa", "Número de filiación: 3318", "3318"),
        ("spa", "Prisionero n.º 5521 del campo de Miranda de Ebro", "5521"),
        ("spa", "Número de refugiado: 31207", "31207"),
        ("isl", "Skömmtunarseðill nr. 5521", "5521"),
        ("eus", "Soldadu zk.: 3318", "3318"),
        ("eus", "Errefuxiatu zk. 2207", "2207"),
        ("eus", "Presoaren zenbakia: 518", "518"),
        ("eus", "Pentsio zk.: 31.207", "31.207"),
        ("spa", "Soldado del reemplazo de 1938, n.º de matrícula 3318", "3318"),
        ("eng", "Pension No. 7/W/31207, widow's allowance 26s.", "7/W/31207"),
        ("eng", "Ministry of Pensions No. 37/81215.", "37/81215"),
        ("isl", "nýr seðill nr. 2318 útgefinn 12. júlí", "2318"),
        ("eus", "Ola-berri baserria — Kartilla zenb. N-12.477", "N-12.477"),
        # a mail-order agent, a customer, a creamery's supplier
        ("eng", "Agent No.: 47/218365\nAgent: Mrs D. Pilling", "47/218365"),
        ("isl", "Viðskiptanúmer: 20417", "20417"),
        ("isl", "vinkonu minni, viðskiptanr. 18822, á", "18822"),
        ("isl", "tekur við búinu og fær nýtt innl. nr. 0431.", "0431"),
        ("eng", "the late Wm. Gleeson, Sup. No. 109, passes to his nephew", "109"),
        # a seaman's discharge book, an airport pass, an informant, an entrant, a gun's or a
        # hunter's licence, a tram's agent, a badge
        ("eng", "Dis. A No. 412287, A.B.", "412287"),
        ("eng", "Airport pass no. 22817, issued 1987", "22817"),
        ("eng", "Informant No. 412 (Mrs Jones, Llanfair)", "412"),
        ("eng", "Entrant No. 4417, solo soprano", "4417"),
        ("fra", "Fascicule de navigation n° 22817", "22817"),
        ("fra", "Insigne n° 4417, receveur", "4417"),
        ("fra", "Informateur n° 412 : Mme Le Floch", "412"),
        ("spa", "N.º de agente: 22817", "22817"),
        ("isl", "Byssuleyfi nr. 4417", "4417"),
        ("isl", "Heimildarmaður nr. 412: Guðrún", "412"),
        ("isl", "Umsækjandi nr. 4417", "4417"),
        ("eus", "Arma-baimena zk. 22817", "22817"),
        ("eus", "Berriemaile zk. 412", "412"),
        # a creamery's supplier, a milk producer, a farmer, a co-operative's member
        ("eng", "Supplier No. 518, Mrs A. Lloyd, Tyddyn Bach", "518"),
        ("eng", "Producer number 5521 (Milk Marketing Board)", "5521"),
        ("fra", "N° de fournisseur : 518", "518"),
        ("fra", "N° d'exploitant : 5521", "5521"),
        ("fra", "N° de sociétaire de la coopérative : 518", "518"),
        ("spa", "Proveedor n.º 518, leche de vaca", "518"),
        ("spa", "N.º de socio de la cooperativa: 518", "518"),
        ("isl", "Innleggjandi nr. 518, Grund", "518"),
        ("isl", "Félagsmaður nr. 518 í Kaupfélaginu", "518"),
        ("eus", "Hornitzaile zk.: 518", "518"),
        # a subscriber, a customer, an agent
        ("spa", "Suscriptor n.º 5521, D. Luis Gil", "5521"),
        ("spa", "Cliente n.º 518, a cuenta", "518"),
        ("fra", "Client n° 518, Mme Roux", "518"),
        ("isl", "Viðskiptavinur nr. 518", "518"),
        ("eng", "Agent's no. 518, Prudential", "518"),
        # a driving licence and a learner's file, a broadcaster's contributor, an author's
        # social fund, an old name number, an angling club's member, a policeman's badge, a
        # dog licence, a hawker's plate, a renewed game licence, a music pupil's examination
        ("fra", "Accompagnateur : M. Jean Santoni, permis n° 790420B10231.", "790420B10231"),
        ("fra", "N° NEPH : 031120B00734", "031120B00734"),
        ("fra", "N° de collaborateur : RT 58-03317", "RT 58-03317"),
        ("fra", "affilié à l'AGESSA sous le n° K 452 118, ci-après", "K 452 118"),
        ("isl", "Eiginkona hans, Sólveig Árnadóttir, nafnnr. 7516-2843, hefur", "7516-2843"),
        ("isl", "Félagsnúmer í SVFR: 4471", "4471"),
        ("eus", "Udaltzaina: Joseba Irazusta (txapa-zk. 214)", "214"),
        ("eus", "Lizentzia-zk.: HER-PPP-2005/014 (5 urterako)", "HER-PPP-2005/014"),
        ("spa", "Placa núm. 1.186 entregada", "1.186"),
        ("spa", "Renovada para 1928 con el núm. C-00318; presentó", "C-00318"),
        ("eng", "Contributor index no.: C.412/880", "C.412/880"),
        ("eng", "Intermediate, entered; cand. no. M 1493.", "M 1493"),
        # a pit's or a dock's check, tally, brass or lamp; a worker's, a clock card
        ("eng", "N.C.B. Check No.: 7720     N.I. No.", "7720"),
        ("eng", "Tally No. 318, Patrick Doyle, docker", "318"),
        ("eng", "Brass No. 1142", "1142"),
        ("fra", "N° de lampe : 412", "412"),
        ("fra", "N° de médaille : 2217", "2217"),
        ("fra", "N° d'ouvrier : 3318", "3318"),
        ("spa", "N.º de lámpara: 412", "412"),
        ("spa", "N.º de productor 44172", "44172"),
        ("isl", "Stimpilkort nr. 412", "412"),
        ("isl", "Verkamaður nr. 318", "318"),
        ("eus", "Fitxa zk. 3318", "3318"),
        ("eus", "Lanpara zk.: 412", "412"),
        # an insured person's policy, a mutual's member, a savings bank's depositor
        ("eng", "Pol. No. 44172, Mrs Ann Lee", "44172"),
        ("fra", "Police n° 44172", "44172"),
        ("fra", "N° de mutualiste : 3318", "3318"),
        ("spa", "Póliza n.º 44172", "44172"),
        ("spa", "Asociado n.º 318", "318"),
        ("spa", "N.º de imponente: 3318", "3318"),
        ("eus", "Aseguru-poliza zk.: 44172", "44172"),
        ("eus", "Mutualista zk. 318", "318"),
        # a friendly society's new member, a job seeker, a works' and a mutual's numbers
        # with a word between, a Basque cédula by its class, a renewed driving licence, a
        # sick club, a staff number, a licence with its council's initials
        ("eng", "Entrance fee paid; allotted No. 3318.", "3318"),
        ("fra", "Identifiant ANPE : 0612845 L\nNé le", "0612845 L"),
        ("fra", "N° de matricule dans l'entreprise : T-3307", "T-3307"),
        ("fra", "N° d'adhérent attribué : 0318 2271. Date d'effet", "0318 2271"),
        ("eus", "Zedula pertsonala: 9. mailakoa, zk. 21.604", "21.604"),
        ("eus", "Joxeren gidari-baimena berritua, zk. 2.219 (Gobernu Zibila).", "2.219"),
        ("isl", "Skráð í sjúkrasamlagið, nr. 2219.", "2219"),
        ("isl", "Starfsmannsnr.: 0412", "0412"),
        ("eng", "Driving licence Kent C.C. No. 61224, clean.", "61224"),
        # a landlord's tenant
        ("fra", "Locataire n° 3318 : Mme Perrot", "3318"),
        ("fra", "N° de locataire : 2217", "2217"),
        ("spa", "Inquilino n.º 2217, D.ª Rosa Gil", "2217"),
        ("isl", "Leigjandi nr. 412, Jón Pálsson", "412"),
        ("eus", "Maizter zk.: 318", "318"),
        # a disaster relief fund's claimants and victims
        ("eng", "Claimant No. 4417. Claimant: Thomas Ridley", "4417"),
        ("fra", "N° de sinistré : 1187", "1187"),
        ("spa", "Damnificado n.º 412: D. Pedro Lozano", "412"),
        # firemen, night watchmen, docks passes, tenants' references, applicants' cases
        ("eng", "Fireman J. Tulloch (Brigade No. 31) was burnt", "31"),
        ("spa", "lo sacó el bombero núm. 52, Andrés Gil", "52"),
        ("spa", "avisó el sereno núm. 208, Ramón Díaz", "208"),
        ("isl", "borinn út af brunaliðsmanni nr. 17, Jóni Pálssyni", "17"),
        ("eus", "Suhiltzaile Jon Agirre, zerbitzu-zk. 22, zauritua", "22"),
        ("eus", "Boluntarioa: Ane Iturbe (boluntario-zk. 3318)", "3318"),
        ("eng", "coal trimmer at Barry Dock, docks pass no. D 4471", "D 4471"),
        ("eng", "Name: Ruth Okafor   Tenant ref.: T0071428", "T0071428"),
        ("eng", "Applicant's case No.: M/2207", "M/2207"),
        ("eng", "NHI No. (if known): ABC1235", "ABC1235"),
        ("eng", "Ernest Kewley, mate, Dis. A. No. R.318472", "R.318472"),
        # licences and permits of hobbies, a vet's college, a club's member
        ("eng", "Amateur (Sound) Licence A, No. A 38814, renewed 1 Oct. 1957", "A 38814"),
        ("fra", "Licence du ministère des Communications no M-51128", "M-51128"),
        ("fra", "Carte d'assurance-chômage n° VL 318-402.", "VL 318-402"),
        ("eus", "Eraztuntzailea: Koldo Aranburu, baimen-zenbakia ARB-044", "ARB-044"),
        ("isl", "Merkingamaður: Óskar Jónsson, merkingaleyfi nr. 318", "318"),
        ("isl", "Félagsnúmer HRFÍ: 5512", "5512"),
        ("spa", "el veterinario D. Luis Ortega, colegiado núm. 28/1174.", "28/1174"),
        # a family allowance's or a relief fund's claimant, with its body's initials
        ("fra", "N° d'allocataire CAF de la Loire : 0518224", "0518224"),
        ("fra", "N° allocataire CAF : 3318204", "3318204"),
        ("fra", "numéro de réclamant OPDQ : JNQ-0412", "JNQ-0412"),
    ],
)
def test_a_persons_number_after_its_label_on_a_card_a_ticket_a_roll_or_a_ledger(
    language: str, text: str, number: str
) -> None:
    found = pairs(text, language)
    assert (number, "ID_NUMBER") in found, found
    assert not [v for v, k in found if k == "PHONE"], found


@pytest.mark.parametrize(
    ("language", "table", "number"),
    [
        (
            "eng",
            "Name | Relationship | Ration Book\nHarris, Joan | daughter | RX 518224\n",
            "RX 518224",
        ),
        (
            "eng",
            "Name | Alien Reg. | Camp\nJon Arrieta | B4 118 207 | Mountain Home\n",
            "B4 118 207",
        ),
        (
            "eng",
            "Tenant | Corporation rent a/c | Arrears\nMary Dunne | KL 33108 | £12.40\n",
            "KL 33108",
        ),
        ("eus", "Izena | CAF zk. | Oharrak\nAmina Benali | 7712045 | ezer ez\n", "7712045"),
        ("fra", "No membre | Amateur | Bague\n23 | Fernand Lebrun | B 53-3124567\n", "23"),
        ("fra", "N° de candidat | Candidat | Points\nC-3318 | Van Damme, Jef | 41\n", "C-3318"),
        ("spa", "Socio núm. | Nombre | Palomo\n17 | Antonio Ruiz Gil | Picasso\n", "17"),
        (
            "spa",
            "Nombre | Licencia federativa | Palomo\nAntonio Ruiz Gil | MU-4412 | Picasso\n",
            "MU-4412",
        ),
        (
            "spa",
            "Nombre | Carnet de identidad | Ciudad\nOsvaldo Retamal | 512.337 | Valparaíso\n",
            "512.337",
        ),
    ],
)
def test_a_ration_books_an_aliens_a_tenants_a_members_or_a_licence_holders_column(
    language: str, table: str, number: str
) -> None:
    assert (number, "ID_NUMBER") in pairs(table, language)


def test_a_travel_agents_client_file_is_no_ones_number() -> None:
    text = "DOSSIER CLIENT n° ARV-2003-0517 — ouvert le 06/10/2003"
    assert not [v for v, k in pairs(text, "fra") if k == "ID_NUMBER"]


def test_an_ambulances_call_out_number_is_no_ones() -> None:
    text = "Zerbitzu zk.: 14/08123          Data: 2014/08/15          Unitatea: G-12"
    assert not [v for v, k in pairs(text, "eus") if k == "ID_NUMBER"]


def test_a_basque_account_whose_money_goes_out() -> None:
    text = "hilero 40 dolar bidaltzen dizkio amari, bere kontutik, zk. 33-51277."
    assert ("33-51277", "IBAN") in pairs(text, "eus")


def test_surnames_a_comma_and_a_given_name_in_capitals() -> None:
    text = (
        "Zergaduna: ZUBIAUR ELORRIAGA, KOLDO   IFZ: 16.048.733-T\n"
        "Familia-unitateko seme-alabak:\n"
        "ZUBIAUR ARRIEN, UNAI — jaiotze-data 1987-06-21\n"
    )
    found = pairs(text, "eus")
    assert ("ZUBIAUR ELORRIAGA, KOLDO", "PERSON") in found, found
    assert ("ZUBIAUR ARRIEN, UNAI", "PERSON") in found, found
    # not a street and its town, nor an office's name going on in small letters
    text = "Address: 23 ST. GEORGE'S ROAD, ASHTON-ON-RIBBLE, PRESTON PR2 1AB\n"
    assert not [v for v, k in pairs(text, "eng") if k == "PERSON"]
    assert not [v for v, k in pairs("Señores ANSES, UDAI Rosario Centro:", "spa") if k == "PERSON"]


def test_icelandic_rings_a_person_with_i_not_a_place() -> None:
    text = "Handskrifað á afrit umboðs: „Hringt í Aðalstein 29/1, sími 462 3719; spyr um"
    assert ("Aðalstein", "PERSON") in pairs(text, "isl")


@pytest.mark.parametrize(
    ("language", "table", "number"),
    [
        (
            "eng",
            "Index No. | Candidate | School | Result\n4417 | Mary Jones | Tywyn | Pass\n",
            "4417",
        ),
        (
            "eng",
            "Consumer No. | Name | Premises | Reading\n228417 | T. Evans | 14 High St. | 4412\n",
            "228417",
        ),
        (
            "eng",
            "Licence No. | Name | Address | Fee\nW 441287 | T. Evans | 14 High St. | 10/-\n",
            "W 441287",
        ),
        (
            "fra",
            "N° d'abonné | Nom | Adresse | Index\n4417 | Laborde P. | 7, rue Gambetta | 1 412\n",
            "4417",
        ),
        (
            "spa",
            "Abonado | Nombre | Domicilio | Lectura\n4417 | José Ruiz | calle Mayor 3 | 1.412\n",
            "4417",
        ),
        ("isl", "Nafn | Vegabréf | Heimili\nJón Jónsson | A 441287 | Hringbraut 12\n", "A 441287"),
        ("eus", "Izena | Pasaportea | Helbidea\nJon Arana | 441287 | Kale Nagusia 3\n", "441287"),
    ],
)
def test_a_candidates_a_consumers_a_subscribers_or_a_passports_column(
    language: str, table: str, number: str
) -> None:
    found = pairs(table, language)
    assert (number, "ID_NUMBER") in found, found
    # the meter's reading beside it is nobody's
    assert not [v for v, k in found if v in ("4412", "1 412", "1.412")], found


@pytest.mark.parametrize(
    ("language", "text", "phone"),
    [
        ("eng", "Call received 21.40 from Mrs Jones by telephone (Blaina 41).", "Blaina 41"),
        ("fra", "Abonné : M. Laborde, n° d'appel 41 à Saint-Palais", "41 à Saint-Palais"),
        ("fra", "Appel reçu du 41 à Tardets à 22 h 10.", "41 à Tardets"),
        ("spa", "Teléfono del abonado: 41 de Villava", "41"),
        ("eus", "Telefono-zenbakia: 41 (Tolosa)", "41"),
    ],
)
def test_an_exchanges_short_number_in_a_call_log_or_a_subscribers_card(
    language: str, text: str, phone: str
) -> None:
    assert (phone, "PHONE") in pairs(text, language)


def test_a_street_whose_last_word_is_elided_or_a_residence_with_two_qualifiers() -> None:
    text = "M. et Mme Lacoste, demeurant 14, cours de l'Intendance à Bordeaux."
    assert ("14, cours de l'Intendance à Bordeaux", "ADDRESS") in pairs(text, "fra")
    text = "Last permanent residence: Ballymote, Co. Sligo\n"
    assert ("Ballymote, Co. Sligo", "ADDRESS") in pairs(text, "eng")


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        ("fra", "N° INE : 1234567890A", "1234567890A"),
        ("eng", "UPN: A123456789012", "A123456789012"),
        ("eng", "ULN 4412877123", "4412877123"),
        ("spa", "NIA: 12345678", "12345678"),
        ("eng", "Exam number 4417, Mary Jones.", "4417"),
        ("eng", "Apprentice's indenture No. 412, John Evans, aged 15.", "412"),
    ],
)
def test_a_pupils_national_number_or_an_apprentices_indenture(
    language: str, text: str, number: str
) -> None:
    found = pairs(text, language)
    assert (number, "ID_NUMBER") in found, found
    assert (number, "PHONE") not in found, found


def test_a_radio_amateurs_call_sign_on_a_qsl_card_and_its_operator() -> None:
    card = pairs(
        "QSL — To: GW3KJN. Confirming our QSO of 3 March 1961, 14 Mc/s, RST 579.\n"
        "Op.: Dilys Rowlands. 73 de EI4BQ/P",
    )
    assert ("GW3KJN", "ID_NUMBER") in card and ("EI4BQ/P", "ID_NUMBER") in card, card
    assert ("Dilys Rowlands", "PERSON") in card, card
    spanish = pairs("Radioaficionado con indicativo EA2ZKL desde 1974.", "spa")
    assert ("EA2ZKL", "ID_NUMBER") in spanish, spanish
    # the same shape is half a Canadian postcode where no word speaks of radio
    assert not [v for v, k in pairs("4120 rue Drolet, Montréal H2W 2L5", "fra") if k == "ID_NUMBER"]


def test_a_short_given_name_with_its_birth_year_after_it() -> None:
    icelandic = pairs("Börn á framfæri: 2 (Ari, f. 1989; Edda, f. 1993).", "isl")
    assert ("Ari", "PERSON") in icelandic and ("Edda", "PERSON") in icelandic, icelandic
    french = pairs("Enfants : Paul, né en 1989 ; Léa, née en 1993.", "fra")
    assert ("Léa", "PERSON") in french, french


def test_the_missing_listed_surname_first_with_their_age_and_a_constable_by_his_number() -> None:
    found = pairs("The crew lost were Hughes, Owen (28), and Pritchard, Ellis (44).")
    assert ("Pritchard, Ellis", "PERSON") in found and ("Hughes, Owen", "PERSON") in found, found
    constable = pairs("Informed by PC 412 Jenkins at 02.15.")
    assert ("412", "ID_NUMBER") in constable and ("Jenkins", "PERSON") in constable, constable


def test_wartime_identity_numbers_down_a_list_after_the_first_is_said() -> None:
    text = (
        "After National Registration (29.9.39) identity numbers noted: A. B. Lowe KLAB 61/2;"
        " C. Lowe KLAB 61/3; M. J. Foster KLAD 117/1."
    )
    found = pairs(text, "eng")
    for number in ("KLAB 61/2", "KLAB 61/3", "KLAD 117/1"):
        assert (number, "ID_NUMBER") in found, found
    # the name ends before the number's letters
    assert ("M. J. Foster", "PERSON") in found, found


def test_a_mexican_rfc_written_with_full_stops() -> None:
    text = "Núm. 140. — R.F.C. LOHJ-520814-T39; casado, tres hijos."
    assert ("LOHJ-520814-T39", "ID_NUMBER") in pairs(text, "spa")


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        (
            "spa",
            "Credencial de trabajador de la Secretaría de Comunicaciones núm. SCT-224107.",
            "SCT-224107",
        ),
        (
            "spa",
            "Permiso de la Secretaría de Comunicaciones y Transportes núm. RA-4127/66.",
            "RA-4127/66",
        ),
        ("eng", "Ernest Caine, mate, Discharge A No. R.518224", "R.518224"),
    ],
)
def test_a_code_of_capitals_and_digits_after_a_word_and_a_number_sign(
    language: str, text: str, number: str
) -> None:
    assert (number, "ID_NUMBER") in pairs(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fra", "Contrat Multirisque n° MRH 0452217   Dossier sinistre n° 96/12-3381"),
        ("eng", "Project: Gaelic Voices | Recording no. HCA/OH/98/027 | Tapes: 3 x C90"),
        ("eus", "Artxiboko zk.: ERR-G-021. Familiak emana, 1999."),
        ("spa", "RESERVA N.º ALM-06-884217 — Línea Almería–Melilla"),
        ("eng", "Deposit and Donation Form          Accession no. CHHG/2019/047"),
    ],
)
def test_a_things_or_a_files_code_after_its_sign_is_no_ones(language: str, text: str) -> None:
    assert not [v for v, k in pairs(text, language) if k == "ID_NUMBER"]


@pytest.mark.parametrize(
    ("language", "text", "address"),
    [
        # a Glasgow tenement's land, stair and flat, and what the family has
        (
            "eng",
            "3104 | 61 King Street, back land, 3rd stair, room & kitchen | Owen Daly, porter",
            "61 King Street, back land, 3rd stair, room & kitchen",
        ),
        (
            "eng",
            "3107 | 12 Crown Street, top flat, right | Hugh Boyle, carter",
            "12 Crown Street, top flat, right",
        ),
        ("eng", "3110 | 8 Weaver's Wynd, ground flat | Ann Rooney", "8 Weaver's Wynd, ground flat"),
        (
            "eng",
            "3112 | 30 Tontine Close, off the Trongate, single apartment | Pat Kerr",
            "30 Tontine Close, off the Trongate, single apartment",
        ),
        # a flat by its floor, a basement, before the street, even right after a label
        (
            "eng",
            "Premises allotted: 3rd floor flat, 41 Abbey Street, S.E.1, requisitioned",
            "3rd floor flat, 41 Abbey Street, S.E.1",
        ),
        (
            "isl",
            "Núverandi bústaður: kjallari, Njálsgötu 17. Eitt herbergi.",
            "kjallari, Njálsgötu 17",
        ),
        (
            "spa",
            "el propietario vive en calle Tucumán 812, primer piso, y tiene teléfono",
            "calle Tucumán 812, primer piso",
        ),
        (
            "eus",
            "Amona Kale Nagusia 14, 3. bizitza bizi da.",
            "Kale Nagusia 14, 3. bizitza",
        ),
        # a house by its number and street's name alone, "of" it
        (
            "eng",
            "Mr Hugh Baird, spirit merchant, of 22 Craigpark, Dennistoun, who collects",
            "22 Craigpark, Dennistoun",
        ),
    ],
)
def test_a_tenements_stair_and_flat_a_floor_before_the_street_or_a_house_of_a_person(
    language: str, text: str, address: str
) -> None:
    assert (address, "ADDRESS") in pairs(text, language)


def test_a_houses_door_in_basque_prose_or_a_count_after_of_is_no_address() -> None:
    found = pairs("Iturrialdea etxeko atea itxita zegoen.", "eus")
    assert not [v for v, k in found if k == "ADDRESS" and v.endswith("atea")], found
    assert not [v for v, k in pairs("Mr John Hay, of 3 Sons, Leeds.", "eng") if k == "ADDRESS"]


@pytest.mark.parametrize(
    ("language", "text", "address"),
    [
        (
            "fra",
            "Logement attribué : Habitations Saint-Michel, 2210, rue Wolfe, appartement 4. Loyer",
            "Habitations Saint-Michel, 2210, rue Wolfe, appartement 4",
        ),
        (
            "fra",
            "attribution d'un logement, cité du Petit-Menin, rue Pasteur, n° 17, loyer 80 francs",
            "cité du Petit-Menin, rue Pasteur, n° 17",
        ),
        (
            "fra",
            "Sinistrés : 8, allée des Tamaris, lotissement les Goélands, 85460 L'Aiguillon-sur-Mer",
            "8, allée des Tamaris, lotissement les Goélands, 85460 L'Aiguillon-sur-Mer",
        ),
        (
            "spa",
            "La familia vive en la Unidad Habitacional La Viga, edificio B-3, depto. 104,"
            " Iztapalapa, desde 1985.",
            "Unidad Habitacional La Viga, edificio B-3, depto. 104, Iztapalapa",
        ),
        (
            "eus",
            "Miren Etxeberria andereak, Loreto eraikina, 2. sarrera, 5. solairua, 21. atea, kexa",
            "Loreto eraikina, 2. sarrera, 5. solairua, 21. atea",
        ),
    ],
)
def test_a_flat_in_a_housing_estate_or_a_block_by_its_name(
    language: str, text: str, address: str
) -> None:
    assert (address, "ADDRESS") in pairs(text, language)


def test_a_housing_estate_named_alone_or_a_basque_palace_is_a_place() -> None:
    assert not [v for v, k in pairs("Logement de 4 pièces, cité Terdelt.", "fra") if k == "ADDRESS"]
    found = pairs("Bilera Aranburu jauregian egin zen.", "eus")
    assert not [v for v, k in found if k == "ADDRESS"], found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Fees: 5 pups at $3.00. Paid by cheque No. 004512 drawn on the Bank of New South"
            " Wales, Tumut, account of K. J. Meagher No. 062-611 20418842.",
            "K. J. Meagher",
        ),
        ("Fee paid by T. Corrigan No. 4417, received with thanks.", "T. Corrigan"),
    ],
)
def test_a_name_before_its_numbers_sign_ends_before_it(text: str, name: str) -> None:
    assert (name, "PERSON") in pairs(text, "eng")


def test_an_id_label_before_its_sign_is_no_name() -> None:
    text = "ALIEN REGISTRATION FORM\n\nAlien Registration No. 4 117 302\n1. My name is"
    found = pairs(text, "eng")
    assert not [v for v, k in found if k == "PERSON" and v.startswith("Alien")], found


def test_a_registers_surname_and_given_name_with_a_remark_in_brackets() -> None:
    table = (
        "Name | Relationship | Age\n"
        "Harris, Joan | daughter | 14\n"
        "Pike, Ada (née Harris) | mother-in-law | 71\n"
    )
    assert ("Pike, Ada", "PERSON") in pairs(table, "eng")


@pytest.mark.parametrize(
    ("language", "text", "phone"),
    [
        # an exchange whose name starts like a month or a day
        (
            "eng",
            "Certified correct: F. C. Mudge, Billeting Officer. Tel. Mary Tavy 214.",
            "Mary Tavy 214",
        ),
        ("eng", "Tel. Marlow 12.", "Marlow 12"),
        # a Breton exchange, after the abbreviated word
        ("fra", "Le président du comité, villa Ker-Anna. Téléph. : Plouhinec 12.", "Plouhinec 12"),
        ("fra", "Le président du comité. Téléph. : Penmarc'h 31.", "Penmarc'h 31"),
    ],
)
def test_an_old_exchange_named_like_a_month_or_with_an_apostrophe(
    language: str, text: str, phone: str
) -> None:
    assert (phone, "PHONE") in pairs(text, language)


def test_a_month_after_tel_is_no_exchange() -> None:
    assert not [v for v, k in pairs("Tel. March 14.", "eng") if k == "PHONE"]


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        # a charity's, a crowdfunder's records of people
        ("eng", "Supporter ID: 118204", "118204"),
        ("eng", "Contact ID 20931 | Jane Hobbs | jane.hobbs@example.org", "20931"),
        ("eng", "Donor ref: D-10442", "D-10442"),
        ("eng", "Backer #214: Tom Ellis, reward tier 2", "214"),
        # children in care, wards of the state, foundlings
        ("eng", "Child No. 412: Thomas Reilly, admitted 3.4.1931", "412"),
        ("fra", "N° de pupille : 4127, Jeanne Morel", "4127"),
        ("fra", "Pupille de l'État n° 18-331, placée en nourrice", "18-331"),
        ("spa", "Expediente de menor n.º 3318/1998, Luis García", "3318/1998"),
        ("spa", "Niño n.º 412, Pedro Ruiz, entregado al torno", "412"),
    ],
)
def test_a_supporters_a_backers_or_a_childs_number_in_care(
    language: str, text: str, number: str
) -> None:
    assert (number, "ID_NUMBER") in pairs(text, language)


def test_a_contacts_telephone_after_its_colon_stays_a_telephone() -> None:
    found = pairs("Contact: 0161 496 0732", "eng")
    assert ("0161 496 0732", "PHONE") in found and not [v for v, k in found if k == "ID_NUMBER"]


@pytest.mark.parametrize(
    ("language", "text", "phone"),
    [
        # an address book's row with no heading: the person, the home, the telephone
        (
            "eus",
            "Miren eta Koldo | Txurruka kalea 12, 3. esk., Getxo | 463 21 08 | urtebetetzea",
            "463 21 08",
        ),
        (
            "eng",
            "Brodie, Kenneth & Moira | 14 Marine Parade, Crail, Fife | Crail 243 | summers only",
            "Crail 243",
        ),
        (
            "eng",
            "Fraser, Hamish | 27 Comely Bank Road, Edinburgh 4 | Edinburgh 32115",
            "Edinburgh 32115",
        ),
        (
            "fra",
            "Guichard, Dédé | Les Tilleuls, route de Blois, 41120 Cormeray | le 8 à Cormeray",
            "le 8 à Cormeray",
        ),
        (
            "spa",
            "Castagnino, Aldo | Calle 8 n.º 1174, La Plata | 2-1835 (característica 021)",
            "2-1835",
        ),
    ],
)
def test_the_telephone_in_the_cell_after_a_persons_home(
    language: str, text: str, phone: str
) -> None:
    assert (phone, "PHONE") in pairs(text, language)


@pytest.mark.parametrize(
    "cell",
    ["4-9-64", "Grave 12", "March 1931", "1954", "12"],
)
def test_a_date_a_grave_or_a_count_after_a_home_is_no_telephone(cell: str) -> None:
    text = f"Fraser, Hamish | 27 Comely Bank Road, Edinburgh 4 | {cell}"
    assert not [v for v, k in pairs(text) if k == "PHONE"]


def test_a_bodys_row_gives_no_telephone_by_its_cell_alone() -> None:
    # no person on the row: a bank's, a shop's number is not proposed by this rule
    spans = detect("Bank of Scotland | 103 George Street, Edinburgh | Edinburgh 26161", "eng")
    assert not [s for s in spans if "phone-after-home" in s.detector]


@pytest.mark.parametrize(
    ("language", "text", "home"),
    [
        # the home before a contact is its own cell: not the bar after it, nor the first
        # half of a number written in two
        (
            "fra",
            "Arrieta, Edurne | 14 rue Gambetta, 64500 Saint-Jean-de-Luz | 07 33 59 26 14 37",
            "14 rue Gambetta, 64500 Saint-Jean-de-Luz",
        ),
        (
            "eus",
            "Larraburu, Ane | Bizkai kalea 9, 3.b, 20400 Tolosa | 943 65 12 08",
            "Bizkai kalea 9, 3.b, 20400 Tolosa",
        ),
    ],
)
def test_a_home_before_a_contact_on_a_registers_row_is_one_cell(
    language: str, text: str, home: str
) -> None:
    homes = [v for v, k in pairs(text, language) if k == "ADDRESS"]
    assert home in homes and not [h for h in homes if "|" in h]


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        # children's homes' and welfare papers
        ("eng", "Sister at the Homes: Agnes Laidlaw, Homes No. G 1906, Cottage 17.", "G 1906"),
        ("eng", "CiviCRM contact record: 20931 | Case ref: GHAP/15/0392", "GHAP/15/0392"),
        (
            "fra",
            "immatriculé comme pupille de l'État sous le n° 13-73-0183, a été placé",
            "13-73-0183",
        ),
        ("spa", "Matrícula de la Casa: 18.427", "18.427"),
        ("isl", "Skýrsla um heimilisvitjun, mál barns nr. 36/211", "36/211"),
        ("isl", "Málsnúmer barns: BV-2012-0318", "BV-2012-0318"),
        # born-digital records of volunteers and members
        ("eng", "NSW Working With Children Check (Age Managers only): WWC0412783E", "WWC0412783E"),
        ("fra", "Numéro de membre FQSG (si applicable) : FQ-20387", "FQ-20387"),
        ("spa", "ID de contacto CRM: 20931", "20931"),
        # identity numbers of Colombia and of Mexico's aliens
        ("spa", "NUIP: 1.098.812.447", "1.098.812.447"),
        ("spa", "Registro Nacional de Extranjeros núm. 38412.", "38412"),
    ],
)
def test_a_childs_case_a_volunteers_check_or_a_members_number_by_its_label(
    language: str, text: str, number: str
) -> None:
    assert (number, "ID_NUMBER") in pairs(text, language)


@pytest.mark.parametrize(
    ("language", "heading", "row", "number"),
    [
        (
            "spa",
            "Núm. de alumno | Nombre | Nació",
            "112 | Vicente Llorens Gisbert | 14-IV-1926",
            "112",
        ),
        (
            "fra",
            "Nom | Nourrice | Livret de nourrice",
            "Bertin, Marie | Françoise Lazare | 3318",
            "3318",
        ),
        (
            "fra",
            "Nom | Né le | Mutualité (n° d'affilié)",
            "Dewandre, Fernand | 14.03.1921 | Mutualité socialiste, n° 4417/28",
            "4417/28",
        ),
        (
            "eng",
            "first_name | last_name | dbs_cert_no",
            "Rhian | Jenkins | 001638472915",
            "001638472915",
        ),
        (
            "eus",
            "Izen-abizenak | Jaiotze data | Federazio lizentzia",
            "Koldo Saez | 1962/07/14 | EMF-A-16043",
            "EMF-A-16043",
        ),
        ("fra", "Nom | Prénom | Licence FFRandonnée", "KIEFFER | Bernard | 1287403W", "1287403W"),
    ],
)
def test_an_id_column_of_a_pupil_a_nurse_a_mutual_a_volunteer_or_a_federation(
    language: str, heading: str, row: str, number: str
) -> None:
    assert (number, "ID_NUMBER") in pairs(f"{heading}\n{row}", language)


@pytest.mark.parametrize(
    ("language", "heading", "row", "number"),
    [
        # a seaman's discharge book, his enrolment by port and year, a ferry card, a college's
        # member, a race's starter, a trainee, a staff member
        (
            "eng",
            "Name | Disch. A No. | Ship",
            "Owen Pritchard | R. 318442 | SS Corrie",
            "R. 318442",
        ),
        (
            "eus",
            "Izena | Inskripzio-liburuxka | Kargua",
            "Peio Arana | Bermeo 1904/77 | marinela",
            "Bermeo 1904/77",
        ),
        ("isl", "Kortnr. | Nafn | Tegund", "HF-09-1142 | Gunnar Ólafsson | árskort", "HF-09-1142"),
        ("eus", "Kide zk. | Izena | Herria", "418 | Miren Goñi | Lesaka", "418"),
        ("isl", "Rásnr. | Nafn | Tími", "27 | Ásdís Jónsdóttir | 41:12", "27"),
        ("fra", "N° stagiaire | Nom | Stage", "ALP-17-044 | Margaux Ferrand | B2", "ALP-17-044"),
        ("fra", "N° pers. | Nom | Service", "0718 | Julie Caron | buanderie", "0718"),
        ("isl", "Nemandanúmer | Nafn | Bekkur", "N-12-0457 | Hekla Birgisdóttir | 3.", "N-12-0457"),
        ("eng", "Learner ID | Name | Course", "KX220518 | Dean Walsh | NVQ 2", "KX220518"),
        # Canada's social insurance number, Chile's RUT, an identity paper and its initials
        ("fra", "Nom | N.A.S. | Casiers", "Cormier, Luc | 412 889 205 | 300", "412 889 205"),
        ("spa", "Nombre | R.U.T. | Club", "Pérez, Ana | 7.812.334-5 | Ñuñoa", "7.812.334-5"),
        (
            "spa",
            "Nombre | Documento | Oficio",
            "Ruiz, Tomás | L.E. 4.402.118 | tornero",
            "4.402.118",
        ),
        (
            "spa",
            "Nombre | Doc. de identidad | Lancha",
            "Lo Presti, Carmelo | C.I. P.F. 2.117.903 | «Rosa»",
            "2.117.903",
        ),
        (
            "spa",
            "Nombre | Documento | Oficio",
            "Ortiz, Lucía | DNI 30117628H | modista",
            "30117628H",
        ),
        (
            "spa",
            "Nombre | Licencia de manejo | Ruta",
            "Soto, Raúl | JAL-B-0318842 | 12",
            "JAL-B-0318842",
        ),
        ("eus", "Izena | Gidabaimena | Lana", "Ane Urkiza | SS-0443108 | gidaria", "SS-0443108"),
        # a National Health Insurance member's society and number
        (
            "eng",
            "Name | Approved Society & No. | Plot",
            "Walter Crabtree | Prudential Approved Society, 55120 | 14",
            "55120",
        ),
    ],
)
def test_a_seamans_a_members_a_trainees_or_an_identity_papers_column(
    language: str, heading: str, row: str, number: str
) -> None:
    assert (number, "ID_NUMBER") in pairs(f"{heading}\n{row}", language)


@pytest.mark.parametrize(
    ("language", "heading", "row", "number"),
    [
        (
            "fra",
            "Nom | Matricule | Fonction",
            "LE GALL Hervé | Binic 1881/62 | matelot",
            "Binic 1881/62",
        ),
        (
            "fra",
            "Nom | Matricule | Fonction",
            "HAMON Jean | St-M. 1879/140 | mousse",
            "St-M. 1879/140",
        ),
        (
            "spa",
            "Nombre | Inscripción (trozo, folio y n.º) | Plaza",
            "Juan Rosales | Santa Cruz, f.º 41, n.º 208 | marinero",
            "Santa Cruz, f.º 41, n.º 208",
        ),
        (
            "spa",
            "Nombre | Libreta de inscripción | Plaza",
            "Pedro Suárez | Arrecife, 3.ª lista, f.º 77/1951 | patrón",
            "Arrecife, 3.ª lista, f.º 77/1951",
        ),
    ],
)
def test_a_seamans_enrolment_under_its_column_keeps_its_port(
    language: str, heading: str, row: str, number: str
) -> None:
    assert (number, "ID_NUMBER") in pairs(f"{heading}\n{row}", language)


def test_a_code_of_capitals_before_an_id_columns_number_is_part_of_it() -> None:
    # a National Registration code is one ("KFCB 12/1"); a paper's name before it is not
    found_pairs = pairs("Name | N.R. No. | Born\nEdith Carr | WBKD 41/2 | 1911")
    assert ("WBKD 41/2", "ID_NUMBER") in found_pairs


def test_a_count_of_homes_is_no_childs_number() -> None:
    assert not [
        v for v, k in pairs("New building, 1931. Homes: 4417 bricks laid.") if k == "ID_NUMBER"
    ]


def test_an_entry_numbers_or_a_bare_licence_column_is_no_ones_number() -> None:
    # a register's own count and a licence column without its body stay as they were
    from desktop.core.pii import fields

    assert fields._column_kind("Núm.") != "ID_NUMBER"
    assert fields._column_kind("Licence") is None


@pytest.mark.parametrize(
    ("language", "text", "mailbox", "found"),
    [
        # a body's own mailbox, named for what it does, is no one's
        (
            "eng",
            "From: Margaret Dodd <peggy.dodd47@example.com>\nTo: enquiries@tynedalehistory.org.uk",
            "enquiries@tynedalehistory.org.uk",
            False,
        ),
        ("fra", "À : contact@memoires-portrhu.fr", "contact@memoires-portrhu.fr", False),
        ("eus", "Nori: artxiboa@tolosa.example.eus", "artxiboa@tolosa.example.eus", False),
        # a council's services' own
        ("eng", "Queries to burials@kilkenny.example.ie", "burials@kilkenny.example.ie", False),
        ("fra", "Écrire à cimetieres@agen.example.fr", "cimetieres@agen.example.fr", False),
        (
            "eus",
            "Idatzi: herriko.etxea@ezpeleta.example.fr",
            "herriko.etxea@ezpeleta.example.fr",
            False,
        ),
        # a person's, or a mailbox that names more than the role, stays
        ("eng", "From: Margaret Dodd <peggy.dodd47@example.com>", "peggy.dodd47@example.com", True),
        (
            "fra",
            "Secrétariat : Marixu Dolosor, secretariat.itsasargia@orange.fr",
            "secretariat.itsasargia@orange.fr",
            True,
        ),
        ("eng", "Write to info.mary.jones@example.com", "info.mary.jones@example.com", True),
    ],
)
def test_a_bodys_own_mailbox_is_no_ones_address(
    language: str, text: str, mailbox: str, found: bool
) -> None:
    assert ((mailbox, "EMAIL") in pairs(text, language)) is found


@pytest.mark.parametrize(
    ("language", "text", "home", "contact"),
    [
        # a home ends where the telephone or the e-mail written after it starts
        (
            "eus",
            "Miren Etxeberria, Portu Zaharra 4, 1. ezk., Algorta, 94 491 08 75.",
            "Portu Zaharra 4, 1. ezk., Algorta",
            "94 491 08 75",
        ),
        (
            "fra",
            "Paul Girod, 17 impasse des Vignes, 73370 Le Bourget-du-Lac, 04 65 71 08 93.",
            "17 impasse des Vignes, 73370 Le Bourget-du-Lac",
            "04 65 71 08 93",
        ),
        (
            "fra",
            "Marie Tremblay, C.P. 88, Baie-Sainte-Catherine G0T 1A0, cell. 418 555-0199",
            "C.P. 88, Baie-Sainte-Catherine G0T 1A0",
            "418 555-0199",
        ),
    ],
)
def test_a_home_ends_where_its_contact_starts(
    language: str, text: str, home: str, contact: str
) -> None:
    found = pairs(text, language)
    assert (home, "ADDRESS") in found and (contact, "PHONE") in found


@pytest.mark.parametrize(
    ("text", "home"),
    [
        # a street with its number and no street word, then a floor and its side or door
        ("Aitor eta Nerea, Zabalbide 64, 2. ezk., Bilbo.", "Zabalbide 64, 2. ezk., Bilbo"),
        ("Gaztela Atea 22, 4. B, Vitoria-Gasteiz", "Gaztela Atea 22, 4. B, Vitoria-Gasteiz"),
    ],
)
def test_a_basque_street_without_its_word_before_a_floor(text: str, home: str) -> None:
    assert (home, "ADDRESS") in pairs(text, "eus")


def test_an_e_mail_after_a_sentence_ends_does_not_take_its_last_word() -> None:
    text = "Graciela Prieto, Av. Rivadavia 5420, Buenos Aires. gracielaprieto@example.com.ar"
    found = pairs(text, "spa")
    assert ("gracielaprieto@example.com.ar", "EMAIL") in found
    assert ("lorraine. reed@example.org", "EMAIL") in pairs("Write to lorraine. reed@example.org")


def test_a_spreadsheets_export_with_headings_in_snake_case() -> None:
    text = (
        "vol_id | first_name | last_name | dob | home_address | role\n"
        "V0143 | Rhian | Jenkins | 14/02/1986 | 27 Bryn Road, Swansea SA2 0AP | Sorting\n"
        "V0166 | Kasia | Wróblewska | 07/06/1991 | Flat 3, 41 Walter Road, Swansea | Warehouse\n"
    )
    found = pairs(text)
    assert ("Wróblewska", "PERSON") in found and ("Kasia", "PERSON") in found
    assert ("07/06/1991", "DATE_OF_BIRTH") in found


def test_a_backers_column_and_an_anonymous_backer() -> None:
    from desktop.core.pii import fields

    assert fields._column_kind("Bakhjarl") == "PERSON"
    assert fields._column_kind("backer_name") == "PERSON"
    # a donor who gave no name is nobody, and the register's next row is no home's line
    text = "Name | Amount | Reward\nMary Tobin | 50 | Book\nAnonymous | 20 | none\n"
    found = pairs(text)
    assert ("Mary Tobin", "PERSON") in found
    assert not [v for v, k in found if "Anonymous" in v]


def test_an_address_and_contact_column_gives_the_home_not_a_telephone() -> None:
    text = (
        "Acc. no. | Received | Donor | Address / contact | Description\n"
        "2021.007 | 22/04/2021 | Mary MacLellan | PO Box 212, Mabou NS  B0E 1X0;"
        " tel. (902) 555-0148 | 4 postcards\n"
    )
    found = pairs(text)
    assert ("212", "PHONE") not in found and ("(902) 555-0148", "PHONE") in found


@pytest.mark.parametrize(
    ("language", "text", "surname"),
    [
        # an address book's entry, surname first, on a row whose next cell is a home
        ("spa", "Méndez, Tito | Ituzaingó 890, Paraná, Entre Ríos | (043) 21-4572", "Méndez"),
        (
            "eng",
            "Aitken, Dr & Mrs Ronald | 3 Barnton Avenue, Edinburgh 4 | Davidson's Mains 2296",
            "Aitken",
        ),
    ],
)
def test_an_address_books_surname_before_its_given_name_and_home(
    language: str, text: str, surname: str
) -> None:
    assert (surname, "PERSON") in pairs(text, language)


def test_a_shops_or_a_banks_entry_in_an_address_book_is_no_ones_name() -> None:
    text = "Kutxa, Arrasateko bulegoa | Kale Nagusia 21, 20500 Arrasate | 943 79 00 00"
    assert not [v for v, k in pairs(text, "eus") if k == "PERSON"]


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        # professional registers: a diploma's, a nurse's, a teacher's, a college's member
        ("fra", "Sage-femme de 1re classe, Lyon, 1921, diplôme n° 1204 | chez ses parents", "1204"),
        ("eus", "Erizain-diploma lortua 1988an; diploma zk. 64-88-0419.", "64-88-0419"),
        ("eng", "supported by Miss Edith Royle, S.R.N. No. 31267, her ward sister.", "31267"),
        ("eng", "Ministry of Education Teacher's Reference No.: 52/11904", "52/11904"),
        ("eng", "Civil Nursing Reserve, enrolment No. 2281; served at the First Aid Post", "2281"),
        ("eus", "Gipuzkoako Abokatuen Elkargoko kide zk. 2.318", "2.318"),
        # a year-shaped number right after a label with its sign: a member's, not a year
        ("fra", "Membre de l'Ordre depuis 1985 — n° de membre 2067.", "2067"),
        ("isl", "Skuldfært á félagsreikning hjá KEA, félagsnúmer 1873.", "1873"),
        ("isl", "Sveinsbréf nr. 1863 gefið út af bæjarfógetanum.", "1863"),
        ("spa", "Bazkide: Juan Pérez, N.º de socio 1952, alta en 1980.", "1952"),
        # a Norwegian seaman's book, its port's letter first
        ("isl", "veikur; sjómannsbók nr. Å 21 604; læknir kallaður", "Å 21 604"),
        # a society's code with Icelandic capitals: "VFÍ-2377"
        ("isl", "Meðmælendur: Sveinn Ari Kjartansson, félagsnr. VFÍ-2377.", "VFÍ-2377"),
        # a member's number in brackets after the name, his letters or its word
        ("eng", "My proposers are Mr D. G. Hart, M.I.E.Aust. (No. 6651), and", "6651"),
        ("spa", "Referencias: Ing. Salvador Íñiguez Barba (socio 1187) e", "1187"),
        ("spa", "Presentantes: Dr. Julio César Irigoyen (mat. 6.221) y", "6.221"),
        # workers' and employees' files, a miner's, a war pensioner's, a mutual's member
        ("spa", "donde es empleado (legajo n.º 3.412).", "3.412"),
        ("spa", "tejedor, 1954-1971 (ficha No. 11873)", "11873"),
        ("spa", "Técnico: Jesús Navarro, núm. de empleado E-112.", "E-112"),
        ("fra", "Employeur : Charbonnages de Wérister ; n° de mineur 4187", "4187"),
        ("fra", "Pensionné de la Marine, n° de pension B 214 377.", "B 214 377"),
        ("fra", "Mutualités chrétiennes, n° d'affiliation 312/0458877/22", "312/0458877/22"),
        ("eus", "haren lekua Itziar Bilbao Sarriak hartu du (haur zk. 2791, jaiotze-data", "2791"),
        # a French seaman's number in his home port's register
        ("fra", "marin pêcheur, inscrit maritime au quartier de Lorient sous le n° 4.217", "4.217"),
        ("fra", "Inscription maritime du père : quartier du Guilvinec, n° 3891", "3891"),
        # a refugee's case and papers
        ("eng", "UNHCR case no.: LEB-13C04771   Home Office ref.: H1178402", "LEB-13C04771"),
        ("eng", "UNHCR case no.: LEB-13C04771   Home Office ref.: H1178402", "H1178402"),
        ("eng", "I.R.O. / D.P. No.: 1 064 327", "1 064 327"),
    ],
)
def test_a_professionals_a_workers_a_seamans_or_a_refugees_number_by_its_label(
    language: str, text: str, number: str
) -> None:
    assert (number, "ID_NUMBER") in pairs(text, language)


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        # a probationer nurse's, a nurse's registration, a player's registration or licence
        ("eng", "Entered the Preliminary Training School, Probationer No. 2207", "2207"),
        ("eng", "NI No.: JR 63 48 12 D   NMC PIN: 88A0417E (revalidation due)", "88A0417E"),
        ("eng", "League registration no.: ML/2003/1142", "ML/2003/1142"),
        ("eus", "Lizentzia zk.: BI-09-M-01327", "BI-09-M-01327"),
        ("isl", "Leikmannsnúmer KSÍ: 30418", "30418"),
    ],
)
def test_a_nurses_or_a_players_number_by_its_label(language: str, text: str, number: str) -> None:
    assert (number, "ID_NUMBER") in pairs(text, language)


def test_a_mac_surname_and_a_holders_column() -> None:
    assert ("Catriona MacLeod", "PERSON") in pairs("Ticket holder: Catriona MacLeod, Tarbert.")
    from desktop.core.pii import fields

    assert fields._column_kind("Holder") == "PERSON"


@pytest.mark.parametrize(
    ("language", "text", "not_a_person"),
    [
        ("eng", "Released from: Darwen Vale FC (League club no. 044)", "Darwen Vale FC"),
        ("eng", "Signed for Tarleton Corinthians in May.", "Tarleton Corinthians"),
        ("spa", "Club: Club Ciclista Mierense\nAutorización paterna", "Ciclista Mierense"),
        ("fra", "Licencié à l'Union Sportive de Dax depuis 1931.", "Union Sportive"),
    ],
)
def test_a_sports_clubs_name_is_no_persons(language: str, text: str, not_a_person: str) -> None:
    assert not [v for v, k in pairs(text, language) if k == "PERSON" and not_a_person in v]


def test_a_rank_after_a_name_or_in_its_column_is_no_person() -> None:
    found = pairs("Not seen since. — T. W. Garnett, Supt.\n\nWeekly return")
    assert ("T. W. Garnett", "PERSON") in found
    assert not [v for v, k in found if k == "PERSON" and "Supt" in v]
    row = pairs("Bde No. | Rank | Name\nV.7/112 | Supt. | Harold E. Tonkin")
    assert not [v for v, k in row if k == "PERSON" and "Supt" in v]


def test_a_next_of_kins_cell_gives_the_name_and_the_home_apart() -> None:
    register = (
        "Date in | Name | Next of kin / address | Date out\n"
        "3.2.27 | Idris Morgan | sister Mrs. Olwen Pugh, 9 Dock Street, Barry | 9.2.27\n"
        "4.2.27 | Knut Aasen | mother, Kirkegata 7, Kristiansund | 6.2.27"
    )
    found = pairs(register)
    assert ("9 Dock Street, Barry", "ADDRESS") in found, found
    assert ("Mrs. Olwen Pugh", "PERSON") in found or ("Olwen Pugh", "PERSON") in found, found
    assert ("Kirkegata 7, Kristiansund", "ADDRESS") in found, found


def test_canadas_social_insurance_heading_is_no_person() -> None:
    register = (
        "N° de permis | Titulaire | N.A.S. | Casiers\n22-H-0190 | Cormier, Luc | 412 889 205 | 300"
    )
    assert not [v for v, k in pairs(register, "fra") if k == "PERSON" and "N.A.S" in v]


def test_a_licences_fee_and_a_roman_months_date_are_no_numbers() -> None:
    fee = pairs("Lizentzia: 38,50 € (federazioa, asegurua barne)", "eus")
    assert not [v for v, k in fee if k == "ID_NUMBER"]
    date = pairs("Libreta de embarco: 6.212. Nacido el 14-IV-1953 en Necochea.", "spa")
    assert not [v for v, k in date if k == "ID_NUMBER" and "IV" in v]


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        # a number in brackets after a body's or a letter's word, not a person's name
        ("fra", "Réclamation (n° 2205) : la destinataire signale par lettre", "2205"),
        ("fra", "Carte postale, collection de la Société (n° CP 1187), oblitérée", "CP 1187"),
        # a year after a member's word without a sign: when, not which
        ("fra", "Membre de la société depuis 1985, trésorier en 1990.", "1985"),
    ],
)
def test_a_bodys_or_a_letters_number_or_a_year_is_no_members_number(
    language: str, text: str, number: str
) -> None:
    assert (number, "ID_NUMBER") not in pairs(text, language)


@pytest.mark.parametrize(
    ("language", "text", "home", "phone"),
    [
        (
            "eng",
            "Residence: 5 Westbourne Gardens, Hillhead. Tel. Western 1187.\nOrdered by his mother.",
            "5 Westbourne Gardens, Hillhead",
            "Western 1187",
        ),
        (
            "eng",
            'Address: "Rathmore", 14 Cherryvalley Park, Belfast 5   Tel.: Belfast 656102\n',
            '"Rathmore", 14 Cherryvalley Park, Belfast 5',
            "Belfast 656102",
        ),
        (
            "isl",
            "Heimili: Brekkugötu 27, Akureyri. Sími 318.\nBrjóstvídd 98",
            "Brekkugötu 27, Akureyri",
            "318",
        ),
        (
            "fra",
            "Adresse : 87, cours Gambetta, Lyon (3e) ; tél. Moncey 22-08\nDiplômée en 1921.",
            "87, cours Gambetta, Lyon (3e)",
            "Moncey 22-08",
        ),
        # the home took in the word but not its full stop
        (
            "eng",
            "Honorary Secretary: Dr. J. M. Rae, Bankhead House, Portknockie, Tel. Buckie 212.",
            "Bankhead House, Portknockie",
            "Buckie 212",
        ),
    ],
)
def test_a_home_ends_before_the_telephones_word_and_the_telephone_is_kept(
    language: str, text: str, home: str, phone: str
) -> None:
    found = pairs(text, language)
    assert (home, "ADDRESS") in found and (phone, "PHONE") in found


@pytest.mark.parametrize(
    "text", ["Lunes 14 de octubre, sin novedad.", "Viernes 8 - Recoger la ropa."]
)
def test_a_weekday_and_its_date_is_no_street(text: str) -> None:
    assert not [v for v, k in pairs(text, "spa") if k == "ADDRESS"]


@pytest.mark.parametrize(
    ("language", "text", "home"),
    [
        # a Mexican estate's abbreviation inside a form's home is no sentence's end
        (
            "spa",
            "Domicilio: Privada Los Pinos 17, Fracc. Colinas de la Normal, Zapopan, Jal.",
            "Privada Los Pinos 17, Fracc. Colinas de la Normal, Zapopan, Jal",
        ),
        # a flat before the house's number and street
        (
            "fra",
            "Adresse personnelle : appartement 12, 5 rue de Saint-Malo, 35000 Rennes",
            "appartement 12, 5 rue de Saint-Malo, 35000 Rennes",
        ),
        # a Norwegian street: "-veien"
        (
            "isl",
            "Dvalarstaður (tímabundið): Løkkeveien 41, 4008 Stavanger, Noregi",
            "Løkkeveien 41, 4008 Stavanger, Noregi",
        ),
    ],
)
def test_a_home_with_an_estates_abbreviation_a_flat_first_or_a_norwegian_street(
    language: str, text: str, home: str
) -> None:
    assert (home, "ADDRESS") in pairs(text, language)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # a nickname in quotes between the given name and the surname is inside the name:
        # in brackets, in Iceland's quotes, an epithet in lower case, a function word's shape
        (
            "eng",
            '14 Nov. | Miss Dorothy ("Dolly") Yabsley | Rock Cottage',
            'Dorothy ("Dolly") Yabsley',
        ),
        ("isl", "Bílstjóri: Óskar „Skari“ Gíslason. Bíll G-512.", "Óskar „Skari“ Gíslason"),
        (
            "isl",
            "420 | 5. maí | Ólafur „langi“ Bjarnason | frá Bústöðum",
            "Ólafur „langi“ Bjarnason",
        ),
        ("eng", 'Name: Mr Desmond "Des" Okafor', 'Desmond "Des" Okafor'),
    ],
)
def test_a_nickname_between_a_given_name_and_a_surname_is_inside_the_name(
    language: str, text: str, name: str
) -> None:
    assert (name, "PERSON") in pairs(text, language)


def test_a_nickname_in_brackets_after_a_whole_name_stays_apart() -> None:
    found = pairs("Pierre-André Ruchonnet (« Pierrot ») est venu.", "fra")
    assert ("Pierre-André Ruchonnet", "PERSON") in found and ("Pierrot", "PERSON") in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # faculties, schools, hospitals and a public body's divisions are no one's name
        ("eus", "Ikasketak: Medikuntza Fakultatea, Leioa, 1979-1985."),
        ("eng", "Employed by Main Roads Commission, Queensland Division, from 1961."),
        ("fra", "Vaccins utilisés : lymphe antivariolique Institut Pasteur, lot 58-214."),
    ],
)
def test_a_faculty_a_hospital_or_a_bodys_division_is_no_person(language: str, text: str) -> None:
    assert not [v for v, k in pairs(text, language) if k == "PERSON"]


def test_a_lots_section_stays_in_the_home() -> None:
    found = pairs("Residence: Lot 14, Section 9, Hargraves Street, NAV")
    assert ("Lot 14, Section 9, Hargraves Street, NAV", "ADDRESS") in found


@pytest.mark.parametrize(
    ("language", "text", "phone"),
    [
        # an exchange and its number a few words after the telephone's word and a colon,
        # after "phoned from", after Basque "deitzeko" (to call) or Argentina's "T.E."
        ("eus", "— Harriet-enean telefonoa dago: Hazparne 58. Ogia goizeko", "Hazparne 58"),
        ("eus", "Eskatzailea: Martin, semea; telefonoa herriko dendan: Arizkun 12.", "Arizkun 12"),
        ("eus", "Familiari deitzeko: Ispaster 6 (izeba Joxeparen etxea).", "Ispaster 6"),
        (
            "eng",
            "Mr D. J. Pritchard phoned from Caerphilly 3156, promises to settle.",
            "Caerphilly 3156",
        ),
        ("spa", "Domicilio real: calle 47 n.º 812, La Plata — T.E. 2-4187", "2-4187"),
    ],
)
def test_an_exchanges_number_a_few_words_after_the_telephones_word(
    language: str, text: str, phone: str
) -> None:
    assert (phone, "PHONE") in pairs(text, language)


def test_a_bracket_closed_round_a_telephone_is_not_the_telephones() -> None:
    found = pairs("Llamar al (nº 943 21 45 67), gracias", "spa")
    assert ("943 21 45 67", "PHONE") in found
    assert ("(943) 21 45 67", "PHONE") in pairs("Tel. (943) 21 45 67", "spa")


def test_an_icelandic_farm_after_a_comma_a_farm_noun_or_in_a_farms_column() -> None:
    witnesses = pairs(
        "Vitundarvottar: Sigurður Magnússon, Þóroddsstöðum; móðir hins látna, Þórunn "
        "Stefánsdóttir, Dvergasteini, Seyðisfirði, að hluta. Jón Jónsson, Akureyri.",
        "isl",
    )
    for home in ("Þóroddsstöðum", "Dvergasteini, Seyðisfirði"):
        assert (home, "ADDRESS") in witnesses, witnesses
    assert ("Akureyri", "ADDRESS") not in witnesses  # a town's, not a farm
    assert ("Þóroddsstöðum", "PERSON") not in witnesses
    letting = pairs(
        "Jörðin Hjallaland byggð frá fardögum. Ég byggi Einari Jónssyni hjáleiguna Hraunskot.",
        "isl",
    )
    assert ("Hjallaland", "ADDRESS") in letting and ("Hraunskot", "ADDRESS") in letting, letting
    rent_roll = pairs(
        "Nr. | Jörð | Ábúandi | Landskuld\n1 | Geirastaðir | Björn Sigurðsson | 120 álnir\n"
        "2 | Kornsá | Guðrún Jónsdóttir, ekkja | 90 álnir",
        "isl",
    )
    assert ("Geirastaðir", "ADDRESS") in rent_roll and ("Kornsá", "ADDRESS") in rent_roll


def test_a_house_after_a_person_and_at_with_its_village_or_an_old_halls_shape() -> None:
    estate = pairs(
        "Gone to his daughter, Mrs Nesta Vaughan, at Maesydre, Llanfair Caereinion. Game "
        "sent to Mr Fellowes at Ingworth Old Hall, 4 brace. Mr Smith at Leeds, Yorkshire "
        "wrote. Mr Flett at Stenness, June 1952."
    )
    for home in ("Maesydre, Llanfair Caereinion", "Ingworth Old Hall"):
        assert (home, "ADDRESS") in estate, estate
    # a town known to the word lists, and a month after a comma, are no house's village
    assert not [v for v, k in estate if k == "ADDRESS" and ("Leeds" in v or "June" in v)]


def test_a_basque_date_of_birth_with_its_days_ending_under_a_jaiotze_data_heading() -> None:
    wages = pairs(
        "Izena | Jaiotze-data | Jaioterria | Lana\n"
        "Benita Goiria Arrizabalaga | 1851ko martxoaren 2a | Mendexa | giltzaina\n"
        "Josefa Ituarte | 1879ko urriaren 14a | Ispaster | sukaldaria",
        "eus",
    )
    for date in ("1851ko martxoaren 2a", "1879ko urriaren 14a"):
        assert (date, "DATE_OF_BIRTH") in wages, wages


@pytest.mark.parametrize(
    ("language", "heading", "row", "number"),
    [
        # a railway's season ticket and pass, an employee, a volunteer, a worker, a member,
        # National Health Insurance, a trade union's card, a subscriber
        ("spa", "Abono N.º | Titular | Trayecto", "GG-0231 | Elena Ross | Tigre", "GG-0231"),
        ("spa", "Pase N.º | Empleado N.º | Nombre", "R-4471 | 8812 | Juan Pérez", "R-4471"),
        ("spa", "Pase N.º | Empleado N.º | Nombre", "R-4471 | 8812 | Juan Pérez", "8812"),
        ("spa", "N.º voluntario | Nombre | Turno", "VOL-031 | Ana Gil | tarde", "VOL-031"),
        ("eng", "Vol ID | Name | Role", "V-0113 | Sam Hart | steward", "V-0113"),
        ("eng", "Volunteer No. | Name | Day", "V0213 | Alan Dixon | Mon", "V0213"),
        ("isl", "Verkam. nr. | Nafn | Starf", "112 | Jón Pálsson | kyndari", "112"),
        ("isl", "Félaganr. | Nafn | Deild", "S-31 | Anna Jónsdóttir | Selfoss", "S-31"),
        ("eng", "Name | N.H.I. No. | Grade", "Fred Kay | FK 40217 | porter", "FK 40217"),
        (
            "eng",
            "Name | Nat. Insurance No. | Rent",
            "Idris Rees | YT 23 90 17 B | 5s.",
            "YT 23 90 17 B",
        ),
        ("eng", "Name | Union card | Grade", "Ted Moss | N.A.T.K.E. 14402 | operator", "14402"),
        ("eus", "Harpidedun-zk. | Izena | Herria", "L-0148 | Miren Etxeberria | Irun", "L-0148"),
    ],
)
def test_a_season_tickets_a_passs_a_volunteers_or_a_workers_column(
    language: str, heading: str, row: str, number: str
) -> None:
    assert (number, "ID_NUMBER") in pairs(f"{heading}\n{row}", language)


def test_a_catalogues_volume_column_is_no_ones_number() -> None:
    listing = pairs("Vol. No. | Title | Years\n3 | Minute book | 1890-1901")
    assert not [v for v, k in listing if k == "ID_NUMBER"], listing


def test_a_staff_number_in_brackets_after_a_name_and_a_season_ticket_holders_column() -> None:
    lost_property = pairs(
        "Found 3.3.52 by Porter D. Buckley (41726); claimed by Mrs Nora Kiely. Volunteers: "
        "Jean Tyson (V0188). Thomas Rutherford (1889-1962), shepherd. Call Bev Lindqvist at "
        "(419) 555-0137. Her son Ayaan (DOB 14/06/2014) is well."
    )
    for number in ("41726", "V0188"):
        assert (number, "ID_NUMBER") in lost_property, lost_property
    assert not [v for v, k in lost_property if k == "ID_NUMBER" and v not in ("41726", "V0188")]
    basque = pairs("Andenean | M. Etxegarai txartel-zulatzailea (M-2907) | inork ez", "eus")
    assert ("M-2907", "ID_NUMBER") in basque, basque
    parents = pairs("Jose Luis Garmendia Mujika (NAN 15.902.117) eta Arantxa Otaegi", "eus")
    assert ("15.902.117", "ID_NUMBER") in parents, parents
    holders = pairs(
        "Holder's No. | Name | Residence\nW-10447 | Chas. F. Whitcomb | 14 Pleasant St., Melrose"
    )
    assert ("W-10447", "ID_NUMBER") in holders, holders


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        # a card's, a licence's or a certificate's number right after its word, shown by
        # its shape; a union's initials between a credential and its number
        ("eng", "From Isa Rennie (party card GD 5521) every two hours.", "GD 5521"),
        ("eng", "Bar (licence holder under personal licence SLDC/PL/0448)", "SLDC/PL/0448"),
        ("eng", "DBS check: certificate 001438275591, issued 02/09/2013", "001438275591"),
        ("spa", "operador; credencial S.T.I.C. 11-0102 | 15-II-1940", "11-0102"),
    ],
)
def test_a_papers_number_by_its_shape_after_the_papers_word(
    language: str, text: str, number: str
) -> None:
    assert (number, "ID_NUMBER") in pairs(text, language)


def test_a_vacancy_card_or_a_help_desk_ticket_is_nobodys() -> None:
    for text, language in (
        ("asks whether a girl can be found — vacancy card D/114 opened.", "eng"),
        ("solicitado borrado al equipo de TI, ticket HD-2291.", "spa"),
        ("We sold 250 cards 1000000 times over.", "eng"),
    ):
        found = pairs(text, language)
        assert not [v for v, k in found if k == "ID_NUMBER"], found


def test_a_registers_heading_row_names_no_one() -> None:
    wages = pairs(
        "Izena | Jaiotze-data | Jaioterria | Lana\n"
        "Kosme Bengoetxea | 1869ko abuztuaren 27a | Gizaburuaga | morroia\n"
        "Eusebio Kareaga | 1882ko ekainaren 19a | Lekeitio | lorezaina",
        "eus",
    )
    assert ("Lana", "PERSON") not in wages, wages
    assert ("Kosme Bengoetxea", "PERSON") in wages and ("Eusebio Kareaga", "PERSON") in wages
    # a table with no heading keeps the names of its first row
    no_heading = pairs(
        "Amparo Peris Fuster | tejedora | Alzira\nVicente Peris | labrador | Alzira", "spa"
    )
    assert ("Amparo Peris Fuster", "PERSON") in no_heading, no_heading


@pytest.mark.parametrize(
    ("language", "text", "phone"),
    [
        # whose telephone in brackets; a number with its line after a hyphen; a town of
        # hyphened words; a telephone column's exchange with a party line or two networks
        ("eng", "Mr Kinnear | 2nd Operator | Tel. (neighbour) Dysart 46", "Dysart 46"),
        ("eng", "teacher; tel. Reading 37-3 | Reading–Boston", "Reading 37-3"),
        ("eus", "Paris | tel. Saint-Jean-de-Luz 2-47", "Saint-Jean-de-Luz 2-47"),
        (
            "spa",
            "Nombre | Domicilio | Teléfono\nRosa Ruiz | calle Loza 725 | Mexicana 3-18-52",
            "Mexicana 3-18-52",
        ),
        (
            "eus",
            "Izena | Helbidea | Telefonoa\nMaite Yribar | Box 118, Idaho | Mountain Home 77-J",
            "Mountain Home 77-J",
        ),
    ],
)
def test_an_old_exchanges_number_with_a_line_a_hyphened_town_or_whose_it_is(
    language: str, text: str, phone: str
) -> None:
    assert (phone, "PHONE") in pairs(text, language)


def test_a_farm_by_its_kinds_word_and_its_name_in_quotes() -> None:
    estancia = pairs("Peones: Juan Godoy, Puesto «La Tapera»; Chacra «El Ombú», Ayacucho.", "spa")
    for home in ("Puesto «La Tapera»", "Chacra «El Ombú»"):
        assert any(k == "ADDRESS" and home in v for v, k in estancia), estancia
    # an estate's own name in a heading, an estancia's, is no one's home
    heading = pairs("ESTANCIA «LA ELVIRA» — Libro de peones, 1921", "spa")
    assert not [v for v, k in heading if k == "ADDRESS"], heading


def test_a_basque_dwelling_column_and_its_same_as_above() -> None:
    census = pairs(
        "Izena | Etxebizitza | Lana\nMiren Goñi | Goikoetxe, Ibarrangelu | josilea\n"
        "Jon Goñi | berdin | arotza",
        "eus",
    )
    assert ("Goikoetxe, Ibarrangelu", "ADDRESS") in census, census
    assert ("berdin", "ADDRESS") not in census, census


@pytest.mark.parametrize(
    ("language", "heading", "row", "number"),
    [
        # a prisoner's, a society's subscriber's, a student's enrolment, a candidate's, an
        # Argentine employee's file, a prisoner's in Spanish
        ("eng", "Date | Prisoner's No. | Prisoner", "9.11.53 | 4127/53 | Hugh McAleese", "4127/53"),
        ("eng", "Sub. No. | Name | Elected", "318 | Tyson, Dr. Harold | 1919", "318"),
        ("isl", "Innritunarnr. | Nafn | Deild", "46-118 | Ásgeir Hannesson | lagadeild", "46-118"),
        (
            "eus",
            "Hautagai zk. | Abizenak, izena | NAN",
            "01-3-0417 | Agirre Mendibil, Ainhoa | 16.045.327-K",
            "01-3-0417",
        ),
        ("spa", "Legajo | Apellido y nombre | Función", "4118 | Aldasoro, Jorge | geólogo", "4118"),
        ("spa", "N.º | Recluso | N.º de reclusión", "1382 | Josep Farré Mas | 11.377", "11.377"),
    ],
)
def test_a_prisoners_a_subscribers_a_students_or_a_candidates_column(
    language: str, heading: str, row: str, number: str
) -> None:
    assert (number, "ID_NUMBER") in pairs(f"{heading}\n{row}", language)


def test_a_members_number_keeps_its_life_members_or_founders_mark_outside() -> None:
    members = pairs(
        "Liste des membres au 1er janvier 1934\n\n"
        "N° | Nom | Adresse\n"
        "412 | DEFRANCE (Albert) | 17, avenue Raoul-Briquet, Lens\n"
        "387 * | DELATTRE (Mlle Suzanne) | 41, rue Nationale, Lille\n"
        "96 † | DESWARTE (Chanoine Henri) | 60, boulevard Vauban, Lille\n"
        "112 L* | ARMITAGE (Josiah) | 3, rue Nationale, Lille",
        "fra",
    )
    for number in ("412", "387", "96", "112"):
        assert (number, "ID_NUMBER") in members, members


def test_a_readers_card_number_written_again_in_the_registers_notes() -> None:
    register = pairs(
        "N° de carte | Nom et prénoms | Demeure\n"
        "318 | Vuillemin, Jules-Xavier | 12, rue des Granges, Besançon\n"
        "319 | Girardot, Marie-Célestine | 3, rue Battant, au 2e\n\n"
        "Observations :\nCarte 319 : a rendu le tome III taché d'eau. Vuillemin (carte 318) "
        "se porte caution. Le registre compte 319 pages.",
        "fra",
    )
    numbers = [(v, k) for v, k in register if k == "ID_NUMBER"]
    assert numbers.count(("319", "ID_NUMBER")) == 2 and numbers.count(("318", "ID_NUMBER")) == 2
    basque = pairs(
        "Txartel zk. | Izen-abizenak | Bizilekua\n"
        "206 | Joxe Migel Aranburu Irazusta | Aldabe baserria, Ataun\n"
        "208 | Martin Etxeberria Urkia | Easo kalea 12, Donostia\n\n"
        "Oharrak:\n208 txartela: Iturraldek ez daki idazten. 206 orrialdean amaitzen da.",
        "eus",
    )
    found = [(v, k) for v, k in basque if k == "ID_NUMBER"]
    assert found.count(("208", "ID_NUMBER")) == 2 and found.count(("206", "ID_NUMBER")) == 1


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        # a label read through an aside before its colon
        ("eng", "Volunteer ID (office use): NLWW-17-0483", "NLWW-17-0483"),
        ("eng", "Prisoner's number (if known): D/97/1406", "D/97/1406"),
        ("fra", "Numéro de membre (si membre) : 4417", "4417"),
    ],
)
def test_an_id_label_read_through_an_aside_before_its_colon(
    language: str, text: str, number: str
) -> None:
    assert (number, "ID_NUMBER") in pairs(text, language)


def test_an_aside_that_names_no_paper_announces_nothing() -> None:
    refs = pairs("Catalogue refs (office use): LDHS/2023/117 to LDHS/2023/140", "eng")
    assert not [v for v, k in refs if k == "ID_NUMBER"], refs


def test_numbers_of_one_shape_each_after_a_person_listed_on_a_line() -> None:
    staff = pairs(
        "Izena | Lana | Soldata\n"
        "Pello Etxeberria | laguntzailea | 250 pzta.\n"
        "Jose Iriarte | mekanikoa | 200 pzta.\n"
        "Martin Agirre | atezaina | 150 pzta.\n\n"
        "Lan-istripuen asegurua, polizak langile bakoitzeko: Etxeberria U-22.401, "
        "Iriarte U-22.402, Agirre U-22.403.",
        "eus",
    )
    for number in ("U-22.401", "U-22.402", "U-22.403"):
        assert (number, "ID_NUMBER") in staff, staff
    # one pair alone, a street named after a person, and dates are not such a list
    for text, language in (
        ("Mis datos para Gayosso: Manuel Acuña 2940, col. Providencia, Guadalajara.", "spa"),
        ("skráð af Ö. Kristinsson 10.08.2002 kl. 17:40, og Jón Jónsson 11.08.2002.", "isl"),
    ):
        found = pairs(text, language)
        assert not [v for v, k in found if k == "ID_NUMBER"], found


def test_a_seamans_discharge_book_and_a_mexican_interbank_account() -> None:
    crew = pairs("Mathieson — Dis. A 862305.\nFarquhar — Dis. A 917448.")
    for number in ("862305", "917448"):
        assert (number, "ID_NUMBER") in crew, crew
    transfer = pairs("CLABE interbancaria: 012470015234567896", "spa")
    assert ("012470015234567896", "IBAN") in transfer, transfer


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        # a convict's, a prisoner's in Iceland, a probation case's and a police record's
        ("eng", "James Aspinall | Convict B. 3391; Licence No. 7264 | burglary", "B. 3391"),
        ("isl", "Sendandi: Guðmundur Jóhannsson, fangi nr. 38", "38"),
        ("eng", "CRN: D482913   PNC ID: 09/0734521K   NI No.: JK 47 21 90 B", "D482913"),
        ("eng", "CRN: D482913   PNC ID: 09/0734521K   NI No.: JK 47 21 90 B", "09/0734521K"),
        ("spa", "Número en la Cárcel Modelo: 7.342 (libro de filiaciones)", "7.342"),
        ("spa", "Penado N.º 1.847. Prontuario de la Policía de la Capital N.º 43.118", "43.118"),
    ],
)
def test_a_prisoners_and_a_police_records_numbers(language: str, text: str, number: str) -> None:
    assert (number, "ID_NUMBER") in pairs(text, language)


def test_a_date_of_birth_with_its_month_in_roman_numerals() -> None:
    register = pairs(
        "N.º | Nombre | Parentesco | Nacimiento | Naturaleza\n"
        "1 | Faustino Díaz Collado | cabeza de familia | 8-III-1879 | Soto de Cangas\n"
        "2 | Jesusa Martínez Pando | esposa | 22-X-1890 | La Habana (Cuba)",
        "spa",
    )
    for date in ("8-III-1879", "22-X-1890"):
        assert (date, "DATE_OF_BIRTH") in register, register
    said = pairs("Remedios Gallardo Sánchez, nacida el 12-V-1924 en Cambroncino.", "spa")
    assert ("12-V-1924", "DATE_OF_BIRTH") in said, said
    # (not a word that looks like a numeral: "Luis XIV-1715" is no date)
    assert not [
        v for v, k in pairs("el reinado de Luis XIV-1715 fue largo", "spa") if k == "DATE_OF_BIRTH"
    ]


@pytest.mark.parametrize(
    ("language", "text", "phone"),
    [
        # an old exchange's name before a number said near a word for telephone
        ("eng", "given to her by telephone at her neighbour's, Bridgeton 3318.", "Bridgeton 3318"),
        ("eng", "Mam has the phone in now (Roath 1187).", "Roath 1187"),
        ("eng", "If you need me our number is Cardiff 41739 after 6.", "Cardiff 41739"),
        # a village's telephone by its number and its town
        ("spa", "a la farmacia de su cuñado, teléfono n.º 12 de Tortosa.", "n.º 12 de Tortosa"),
        ("spa", "don Faustino, que tiene teléfono, el 142 de Mieres, y pregunten", "142 de Mieres"),
        (
            "fra",
            "les Gautherot, qui ont le téléphone (le 27 à Vendeuvre) ; Marcel",
            "27 à Vendeuvre",
        ),
        # who rang, from where
        ("isl", "móðir hans, Elín Þórðardóttir, hringdi úr 5 23 41: sonurinn er á sjó", "5 23 41"),
        ("spa", "Llamó la hija, Macarena, desde el 45 33 80: la madre está en Huelva", "45 33 80"),
    ],
)
def test_a_telephone_said_with_its_exchange_or_its_village(
    language: str, text: str, phone: str
) -> None:
    assert (phone, "PHONE") in pairs(text, language)


def test_a_long_number_after_a_capitalised_word_is_not_an_exchanges() -> None:
    chat = pairs("Goizean deitu, arratsaldean siesta. Nirea 06 39 98 04 61 da, eta zurea?", "eus")
    assert ("06 39 98 04 61", "PHONE") in chat and ("Nirea 06 39 98 04 61", "PHONE") not in chat
    assert ("3 de mayo", "PHONE") not in pairs("el teléfono 3 de mayo no funcionaba", "spa")


def test_a_seamans_enrolment_cell_gives_his_number_not_the_registers_folio() -> None:
    crew = pairs(
        "N° | Nom et prénoms | Emploi | Inscription maritime | Domicile\n"
        "1 | Le Gall, Yves-Marie | maître d'équipage | Paimpol, f° 212, n° 1843 | Paimpol\n"
        "2 | Briand, Joseph-Auguste | matelot | Saint-Malo, f° 88, n° 4107 | Cancale",
        "fra",
    )
    numbers = [v for v, k in crew if k == "ID_NUMBER"]
    assert numbers == ["1843", "4107"], crew


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a reader's ticket by its series' letter, a student's matriculation
        ("Ticket R 5512 (T. O'Dwyer) reported lost; replacement issued 11.3.31.", "R 5512"),
        ("back with our boy Gareth (his junior ticket is J 11926). The other", "J 11926"),
        ("Mary Healy | student, Univ. of Sydney (matric. 31/0662) | Irish convicts", "31/0662"),
    ],
)
def test_a_readers_ticket_and_a_students_matriculation(text: str, number: str) -> None:
    assert (number, "ID_NUMBER") in pairs(text)


def test_a_help_desks_ticket_or_a_count_of_tickets_is_no_ones() -> None:
    for text, language in (
        ("solicitado borrado al equipo de TI, ticket HD-2291.", "spa"),
        ("we sold 40 tickets A 1200 each", "eng"),
    ):
        found = pairs(text, language)
        assert not [v for v, k in found if k == "ID_NUMBER"], found
