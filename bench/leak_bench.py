"""Leaks after redaction through Quire's whole chain, counted independently of Quire.

    .venv/bin/python bench/leak_bench.py                      # 20 letters, 5 recordings
    .venv/bin/python bench/leak_bench.py --letters 8 --speech 2 --keep /tmp/leak-project

Typed letters in English, French, Icelandic, Basque and Spanish are generated with planted,
fictional personal data (full name, the name again as "Mrs X" or the local habit, street
address, phone number in the national format, e-mail, and for most an ID number with valid
check digits), rendered with DejaVu Sans Mono at 200 dpi, noised and skewed by 0.5-2.5
degrees. Short recordings are made with espeak-ng saying a name and a phone number. Each
input also carries the name in its file metadata (PNG EXIF Artist, FLAC artist tag).

The chain runs as a user would run it, with `quire` commands on a fresh project:
init, add, ocr, transcribe, pii scan, pii accept --all (standing in for staff review),
redact, export-text --redacted, meta set, export --track open.

Then every planted value is searched for, without Quire's own verification:
- page image: plain `tesseract` on each redacted page PNG (psm 3, 6 and 11), and an OCR-free
  check of the pixels: each character of each planted value, whose place on the skewed page
  is known from the drawing, must lie under the black box;
- text: text.txt, ALTO, transcript JSON and VTT of the redacted item, the redacted text
  export, and every text file of the open-track bundle;
- PDF layer: the text pypdfium2 extracts from each redacted PDF;
- audio: faster-whisper (base) transcribing each redacted FLAC;
- metadata: whatever metadata_of() finds in every derived file, and whether it names a
  planted value.
Values are compared casefolded without diacritics; numbers by their digits only; names
also by the surname alone; names, streets and e-mails also with one OCR slip allowed.
Prints a table and writes bench/results/leaks.json.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
import unicodedata
import wave
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import av  # noqa: E402
import numpy as np  # noqa: E402
import pypdfium2  # noqa: E402
from faker import Faker  # noqa: E402
from PIL import Image, ImageDraw, ImageFilter, ImageFont  # noqa: E402
from rapidfuzz.distance import Levenshtein  # noqa: E402
from stdnum.es import dni  # noqa: E402
from stdnum.fr import nir  # noqa: E402
from stdnum.is_ import kennitala  # noqa: E402

from desktop.core.redact.metadata import metadata_of  # noqa: E402

FONT_PATH = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")
DPI = 200
PAGE_W, PAGE_H = 1654, 2339
FONT_PX, LINE_PX, WRAP_COLS, TOP_PX = 32, 46, 60, 220
# Basque letters are read as eus+spa, as an archivist in the Basque Country would set it:
# Tesseract's eus model alone garbles DejaVu Sans Mono (names and streets come out mangled).
LANGS = ["eng", "fra", "isl", "eus+spa", "spa"]
TEXT_SUFFIXES = {".txt", ".xml", ".json", ".jsonl", ".vtt", ".srt", ".csv", ".tsv", ".html", ".md"}
DIGIT_WORDS = {
    "oh": "0", "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip


# ----- planted values --------------------------------------------------------------------


@dataclass
class Planted:
    kind: str  # name / address / phone / email / id
    value: str  # as written or said
    short: list[str] = field(default_factory=list)  # also searched: surname, street name


@dataclass
class Sample:
    key: str  # letter-01 / speech-01
    lang: str  # Tesseract code
    planted: list[Planted]
    angle: float = 0.0
    text: str = ""
    # per planted index: character cells [(x0, y0, x1, y1), ...] of every occurrence, in
    # the unrotated drawing
    # per planted index: (is the whole value, character cells) of every occurrence of the
    # value and of its short forms, in the unrotated drawing
    cells: dict[int, list[tuple[bool, list[tuple[float, float, float, float]]]]] = field(
        default_factory=dict
    )


def ascii_fold(text: str) -> str:
    text = text.casefold()
    for a, b in (("ð", "d"), ("þ", "th"), ("æ", "ae"), ("ø", "o"), ("ß", "ss"), ("œ", "oe")):
        text = text.replace(a, b)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def words_of(text: str) -> str:
    """Folded words separated by single spaces (punctuation dropped, @ . kept in e-mails)."""
    return " ".join(re.sub(r"[^a-z0-9@.]+", " ", ascii_fold(text)).split())


def digits_of(text: str) -> str:
    """The digit runs of text (digits with at most a few spaces, dots, dashes between them),
    each run's digits joined, runs separated by '|' so numbers far apart never merge."""
    runs = re.findall(r"\d(?:[\s.\-/()]{0,3}\d)*", text)
    return "|".join(re.sub(r"\D", "", run) for run in runs)


def spoken_digits(text: str) -> str:
    """Digits of a transcript where numbers may be said in words ("oh seven seven ...")."""
    out = []
    for token in re.findall(r"[a-z]+|\d+", ascii_fold(text)):
        if token.isdigit():
            out.append(token)
        elif token in DIGIT_WORDS:
            out.append(DIGIT_WORDS[token])
        elif token == "double" or token == "triple":
            out.append("*" + token)  # expanded below
        else:
            out.append(" ")
    joined = "".join(out)
    joined = re.sub(r"\*double(\d)", r"\1\1", joined)
    joined = re.sub(r"\*triple(\d)", r"\1\1\1", joined)
    return digits_of(re.sub(r"\*\w+", " ", joined)) + "|" + digits_of(text)


def kennitala_for(rng: random.Random) -> str:
    while True:
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(20, 69)
        stem = f"{day:02d}{month:02d}{year:02d}{rng.randint(20, 99):02d}"
        total = sum(int(d) * w for d, w in zip(stem, (3, 2, 7, 6, 5, 4, 3, 2), strict=True))
        check = (11 - total % 11) % 11
        if check == 10:
            continue
        number = f"{stem}{check}9"
        assert kennitala.is_valid(number)
        return f"{number[:6]}-{number[6:]}"


def nir_for(rng: random.Random, female: bool) -> str:
    body = (
        f"{2 if female else 1}{rng.randint(30, 69):02d}{rng.randint(1, 12):02d}64"
        f"{rng.randint(1, 400):03d}{rng.randint(1, 999):03d}"
    )
    number = body + nir.calc_check_digits(body)
    assert nir.is_valid(number)
    return " ".join([number[0], number[1:3], number[3:5], number[5:7], number[7:10],
                     number[10:13], number[13:]])  # fmt: skip


def dni_for(rng: random.Random) -> str:
    body = f"{rng.randint(10_000_000, 79_999_999)}"
    number = body + dni.calc_check_digit(body)
    assert dni.is_valid(number)
    return f"{body}-{number[-1]}" if rng.random() < 0.5 else number


def nino_for(rng: random.Random) -> str:
    prefix = rng.choice(["JK", "PR", "SE", "WL", "AB", "HT"])
    digits = "".join(str(rng.randint(0, 9)) for _ in range(6))
    return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {rng.choice('ABCD')}"


EN_STREETS = ["Harbour Street", "Church Lane", "Mill Road", "Flowergate", "Esk Terrace",
              "Station Road", "Chapel Street", "Bagdale"]  # fmt: skip
EN_TOWNS = ["Whitby YO21 3PU", "Scarborough YO11 1HD", "Pickering YO18 7AA", "Malton YO17 7LP"]
FR_STREETS = ["rue des Tanneurs", "avenue de la Marne", "place Paul Bert", "quai Galuperie",
              "chemin de Lahubiague", "rue Pannecau", "allée Marines"]  # fmt: skip
FR_TOWNS = ["64100 Bayonne", "64200 Biarritz", "64600 Anglet", "40100 Dax"]
IS_GIVEN_F = ["Guðrún", "Sigríður", "Kristín", "Þórdís", "Ragnheiður", "Ásdís", "Hólmfríður"]
IS_GIVEN_M = ["Ólafur", "Jón", "Ásgeir", "Hallgrímur", "Björn", "Þorsteinn", "Sigurjón"]
IS_PATRONYMS = [("Sigurðsson", "Sigurðardóttir"), ("Jónsson", "Jónsdóttir"),
                ("Ólafsson", "Ólafsdóttir"), ("Magnússon", "Magnúsdóttir"),
                ("Einarsson", "Einarsdóttir"), ("Þórðarson", "Þórðardóttir"),
                ("Gunnarsson", "Gunnarsdóttir"), ("Björnsson", "Björnsdóttir")]  # fmt: skip
IS_STREETS = ["Garðarsbraut", "Ásgarðsvegur", "Laugavegur", "Hafnargata", "Túngata",
              "Stórigarður", "Vesturgata"]  # fmt: skip
IS_TOWNS = ["640 Húsavík", "101 Reykjavík", "600 Akureyri", "400 Ísafjörður"]
EU_GIVEN_F = ["Miren", "Ainhoa", "Itziar", "Nerea", "Amaia", "Edurne", "Garazi"]
EU_GIVEN_M = ["Josu", "Iñaki", "Xabier", "Koldo", "Gorka", "Unai", "Joxe Mari"]
EU_SURNAMES = ["Etxeberria", "Agirre", "Zubizarreta", "Goikoetxea", "Urkiola", "Arrieta",
               "Larrañaga", "Olaizola", "Mendizabal", "Iturralde"]  # fmt: skip
EU_STREETS = ["Nagusia kalea", "Portu kalea", "San Frantzisko kalea", "Zabaleta kalea",
              "Easo kalea", "Aldapa kalea"]  # fmt: skip
EU_TOWNS = ["20003 Donostia", "20800 Zarautz", "48001 Bilbo", "20280 Hondarribia"]
ES_STREETS = ["calle Mayor", "avenida de la Libertad", "paseo de Colón", "calle del Carmen",
              "plaza Nueva"]  # fmt: skip
ES_TOWNS = ["20004 San Sebastián", "31001 Pamplona", "39001 Santander"]


def email_for(given: str, surname: str, rng: random.Random, tld: str) -> str:
    local = re.sub(r"[^a-z]", "", ascii_fold(given.split()[0]))
    last = re.sub(r"[^a-z]", "", ascii_fold(surname))
    form = rng.choice([f"{local}.{last}", f"{local[0]}.{last}", f"{local}{last}"])
    return f"{form}@example.{tld}"


def letter_text(lang: str, index: int, rng: random.Random) -> tuple[str, list[Planted]]:
    female = rng.random() < 0.5
    with_id = lang in ("fra", "isl") or index % 2 == 0
    number = rng.randint(2, 48)
    if lang == "eng":
        faker = Faker("en_GB")
        faker.seed_instance(index)
        given = faker.first_name_female() if female else faker.first_name_male()
        surname = faker.last_name()
        title = "Mrs" if female else "Mr"
        street = f"{number} {rng.choice(EN_STREETS)}"
        town = rng.choice(EN_TOWNS)
        phone = rng.choice([f"01632 960 {rng.randint(0, 999):03d}",
                            f"020 7946 {rng.randint(0, 999):04d}"])  # fmt: skip
        mail = email_for(given, surname, rng, "org")
        ident = nino_for(rng)
        idline = f" For the loan insurance we noted your National Insurance number, {ident}."
        text = f"""\
ESK VALLEY LOCAL HISTORY SOCIETY
Whitby, North Yorkshire

3rd March 1987

{title} {given} {surname}
{street}, {town}

Dear {title} {surname},

Thank you for lending the Society your late father's photographs of the herring fleet and \
the bundle of letters from the old rope works. Our volunteers have now copied every item, \
and the originals will be returned to you by hand before the end of the month.

We have noted your telephone number, {phone}, and your e-mail address, {mail}, so that we \
can tell you when the exhibition opens.{idline if with_id else ""}

With the permission of {title} {surname} two of the photographs will be shown at our \
spring exhibition in the Pannett Hall.

Yours sincerely,

The Honorary Secretary
"""
    elif lang == "fra":
        faker = Faker("fr_FR")
        faker.seed_instance(index)
        given = faker.first_name_female() if female else faker.first_name_male()
        surname = faker.last_name()
        title = "Madame" if female else "Monsieur"
        street = f"{number} {rng.choice(FR_STREETS)}"
        town = rng.choice(FR_TOWNS)
        prefix = rng.choice(["01 99 00", "02 61 91", "04 65 71", "05 36 49"])
        phone = f"{prefix} {rng.randint(0, 99):02d} {rng.randint(0, 99):02d}"
        mail = email_for(given, surname, rng, "fr")
        ident = nir_for(rng, female)
        text = f"""\
SOCIÉTÉ D'HISTOIRE DU PETIT BAYONNE
Bayonne, le 14 octobre 1988

{title} {given} {surname}
{street}, {town}

{title},

Nous vous remercions vivement pour le prêt des carnets de votre grand-père, tonnelier à \
Bayonne entre les deux guerres. Nos bénévoles ont photographié chaque feuillet ; les \
originaux vous seront rendus après l'exposition de décembre.

Nous avons noté votre numéro de téléphone, le {phone}, et votre adresse électronique, \
{mail}, afin de vous prévenir dès que les carnets seront prêts. Pour l'assurance du prêt, \
nous avons relevé votre numéro de sécurité sociale : {ident}.

Avec l'accord de {title} {surname}, deux pages seront exposées au musée.

Veuillez agréer, {title}, l'expression de nos sentiments très distingués.

La secrétaire de la Société
"""
    elif lang == "isl":
        given = rng.choice(IS_GIVEN_F if female else IS_GIVEN_M)
        surname = rng.choice(IS_PATRONYMS)[1 if female else 0]
        street = f"{rng.choice(IS_STREETS)} {number}"
        town = rng.choice(IS_TOWNS)
        phone = f"{rng.choice('4578')}{rng.randint(10, 99)} {rng.randint(0, 9999):04d}"
        mail = email_for(given, surname, rng, "is")
        ident = kennitala_for(rng)
        dear = "Kæra" if female else "Kæri"
        text = f"""\
SÖGUFÉLAG HÚSAVÍKUR
Húsavík, 2. maí 1989

{given} {surname}
{street}, {town}
kt. {ident}

{dear} {given},

Þakka þér kærlega fyrir bréfin og ljósmyndirnar sem þú lánaðir félaginu í vor. Við höfum \
skráð öll gögnin og afritað þau vandlega. Frumritin verða send aftur til þín áður en \
sumarið er á enda.

Við höfum skráð símanúmerið þitt, {phone}, og netfangið {mail}, svo að við getum látið \
þig vita þegar sýningin opnar. Myndin sem {given} {surname} tók af bátunum við höfnina \
verður sýnd í haust.

Með bestu kveðju,
ritari félagsins
"""
    elif lang == "eus+spa":
        given = rng.choice(EU_GIVEN_F if female else EU_GIVEN_M)
        surname = rng.choice(EU_SURNAMES)
        title = "andrea" if female else "jauna"
        street = f"{rng.choice(EU_STREETS)} {number}"
        town = rng.choice(EU_TOWNS)
        phone = f"943 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        mail = email_for(given, surname, rng, "eus")
        ident = dni_for(rng)
        idline = f" Maileguaren aseguruarako zure NAN zenbakia ere idatzi dugu: {ident}."
        text = f"""\
DONOSTIAKO HISTORIA ELKARTEA
Donostia, 1989ko maiatzaren 3a

{given} {surname} {title}
{street}, {town}

Agurgarri hori:

Eskerrik asko zure aitonaren argazkiak eta gutunak elkarteari uzteagatik. Boluntarioek \
orri guztiak kopiatu dituzte, eta jatorrizkoak hilaren amaiera baino lehen itzuliko \
dizkizugu.

Zure telefono zenbakia, {phone}, eta helbide elektronikoa, {mail}, jaso ditugu, \
erakusketa irekitzen denean abisatzeko.{idline if with_id else ""}

{surname} {title}k baimena ematen badu, bi argazki erakutsiko ditugu udazkeneko \
erakusketan.

Begirunez,
elkartearen idazkaria
"""
    else:  # spa
        faker = Faker("es_ES")
        faker.seed_instance(index)
        given = faker.first_name_female() if female else faker.first_name_male()
        surname = f"{faker.last_name()} {faker.last_name()}"
        title = "Sra." if female else "Sr."
        street = f"{rng.choice(ES_STREETS)} {number}"
        town = rng.choice(ES_TOWNS)
        phone = (
            f"{rng.choice(['943', '948', '942'])} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        )
        mail = email_for(given, surname.split()[0], rng, "es")
        ident = dni_for(rng)
        idline = f" Para el seguro del préstamo anotamos su DNI, {ident}."
        text = f"""\
SOCIEDAD DE ESTUDIOS HISTÓRICOS
San Sebastián, 12 de abril de 1990

{title} D.ª {given} {surname}
{street}, {town}

Estimada {title} {surname.split()[0]}:

Le agradecemos sinceramente el préstamo de las cartas y fotografías de su familia. Nuestros \
voluntarios han copiado todos los documentos y los originales le serán devueltos antes de \
fin de mes.

Hemos anotado su número de teléfono, {phone}, y su correo electrónico, {mail}, para \
avisarle cuando se inaugure la exposición.{idline if with_id else ""}

Con el permiso de la {title} {surname.split()[0]} se expondrán dos fotografías.

Atentamente,

La secretaria de la Sociedad
"""
        if not female:
            text = text.replace("D.ª", "D.").replace("Estimada", "Estimado")
            text = text.replace("de la Sr.", "del Sr.")
    # The surname alone (the first of two Spanish surnames; "Le Roux" whole); Icelanders
    # are addressed by their given name.
    name_short = [surname.split()[0] if lang == "spa" else surname]
    name_short += [given] if lang == "isl" else []
    street_name = re.sub(r"\s*\d+\s*", " ", street).strip()
    planted = [
        Planted("name", f"{given} {surname}", name_short),
        Planted("address", street, [street_name] if len(street_name) > 8 else []),
        Planted("phone", phone),
        Planted("email", mail, [mail.split("@")[0]]),
    ]
    if with_id:
        planted.append(Planted("id", ident))
    return text, planted


# ----- rendering -------------------------------------------------------------------------


def wrap(text: str, keep: list[str]) -> list[str]:
    for value in keep:
        text = text.replace(value, value.replace(" ", "\xa0"))
    lines: list[str] = []
    for line in text.rstrip("\n").split("\n"):
        lines.extend(textwrap.wrap(line, WRAP_COLS, break_on_hyphens=False) or [""])
    return [line.replace("\xa0", " ") for line in lines]


def occurrences(lines: list[str], needle: str) -> list[tuple[int, int]]:
    """(line, column) of every occurrence of needle as a whole word."""
    found = []
    pattern = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)")
    for number, line in enumerate(lines):
        found.extend((number, m.start()) for m in pattern.finditer(line))
    return found


def render_letter(sample: Sample, rng: np.random.Generator, path: Path) -> None:
    font = ImageFont.truetype(str(FONT_PATH), FONT_PX)
    ascent, descent = font.getmetrics()
    values = [p.value for p in sample.planted]
    lines = wrap(sample.text, values + [s for p in sample.planted for s in p.short])
    img = Image.new("L", (PAGE_W, PAGE_H), 255)
    draw = ImageDraw.Draw(img)
    left = (PAGE_W - int(font.getlength("M" * WRAP_COLS))) // 2
    for i, line in enumerate(lines):
        draw.text((left, TOP_PX + i * LINE_PX), line, fill=int(rng.integers(20, 55)), font=font)
    for index, planted in enumerate(sample.planted):
        occs = []
        for needle in [planted.value, *planted.short]:
            whole = needle == planted.value
            for line_no, col in occurrences(lines, needle):
                line = lines[line_no]
                top = TOP_PX + line_no * LINE_PX
                cells = []
                for k in range(col, col + len(needle)):
                    if not line[k].isalnum():
                        continue
                    x0 = left + font.getlength(line[:k])
                    x1 = left + font.getlength(line[: k + 1])
                    cells.append((x0, top, x1, top + ascent + descent))
                occs.append((whole, cells))
        sample.cells[index] = occs
    img = img.rotate(sample.angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    pix = np.asarray(img, dtype=np.float32) / 255.0 * 236.0
    pix += rng.normal(0, 6, pix.shape)  # scanner noise
    for _ in range(150):  # dust
        y, x = int(rng.integers(0, PAGE_H)), int(rng.integers(0, PAGE_W))
        pix[max(0, y - 2) : y + 2, max(0, x - 2) : x + 2] *= 0.55
    out = Image.fromarray(np.clip(pix, 0, 255).astype(np.uint8), mode="L")
    exif = Image.Exif()
    exif[0x013B] = sample.planted[0].value  # Artist
    exif[0x010E] = f"Letter to {sample.planted[0].value}"  # ImageDescription
    out.save(path, dpi=(DPI, DPI), exif=exif.tobytes())


def speech_sample(index: int, rng: random.Random) -> tuple[Sample, str]:
    names = [("Thomas", "Fletcher"), ("Margaret", "Ellison"), ("Peter", "Harrison"),
             ("Susan", "Walker"), ("David", "Thornton"), ("Helen", "Marshall"),
             ("James", "Robinson"), ("Alice", "Pemberton")]  # fmt: skip
    given, surname = names[index % len(names)]
    tail = f"{rng.randint(0, 999):03d}"
    phone = f"07700 900 {tail}"
    said = {"0": "oh", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five",
            "6": "six", "7": "seven", "8": "eight", "9": "nine"}  # fmt: skip
    spoken_phone = ", ".join(" ".join(said[d] for d in group) for group in phone.split())
    town = rng.choice(["Whitby", "Scarborough", "Pickering", "Malton"])
    text = (
        f"Hello. My name is {given} {surname}, and I grew up in {town}. My father worked on "
        f"the fishing boats, and the {surname} family lived by the harbour for three "
        f"generations. If the society wants to reach me, my telephone number is "
        f"{spoken_phone}. Thank you for listening."
    )
    sample = Sample(
        f"speech-{index + 1:02d}",
        "eng",
        [Planted("name", f"{given} {surname}", [surname]), Planted("phone", phone)],
        text=text,
    )
    return sample, text


def render_speech(sample: Sample, text: str, path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        wav_path = Path(tmp) / "speech.wav"
        subprocess.run(
            ["espeak-ng", "-v", "en-gb", "-s", "140", "-w", str(wav_path), text], check=True
        )
        with wave.open(str(wav_path), "rb") as wav:
            rate = wav.getframerate()
            pcm = wav.readframes(wav.getnframes())
    samples = np.frombuffer(pcm, dtype="<i2").reshape(1, -1)
    with av.open(str(path), "w", format="flac") as container:
        container.metadata["artist"] = sample.planted[0].value
        container.metadata["comment"] = f"Interview with {sample.planted[0].value}"
        stream = container.add_stream("flac", rate=16000, layout="mono")
        stream.format = "s16"
        resampler = av.AudioResampler(format="s16", layout="mono", rate=16000)
        frame = av.AudioFrame.from_ndarray(samples, format="s16", layout="mono")
        frame.sample_rate = rate
        for chunk in [*resampler.resample(frame), *resampler.resample(None)]:
            for packet in stream.encode(chunk):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)


# ----- searching -------------------------------------------------------------------------


def needles(planted: Planted) -> list[tuple[str, str, bool]]:
    """(how, needle, is_full): how is 'digits', 'alnum' or 'words'."""
    if planted.kind == "phone":
        digits = digits_of(planted.value)
        return [("digits", digits, True), ("digits", digits[-7:], False)]
    if planted.kind == "id":
        alnum = re.sub(r"[^a-z0-9]", "", ascii_fold(planted.value))
        return [("alnum", alnum, True)]
    if planted.kind == "email":  # OCR often drops or changes the @ and the dots
        alnum = re.sub(r"[^a-z0-9]", "", ascii_fold(planted.value))
        return [("alnum", alnum, True)] + [
            ("alnum", re.sub(r"[^a-z0-9]", "", ascii_fold(s)), False)
            for s in planted.short
            if len(s) >= 6
        ]
    return [("words", words_of(planted.value), True)] + [
        ("words", words_of(s), False) for s in planted.short
    ]


def near_word_match(needle: str, hay_words: list[str]) -> str | None:
    """A run of words within one edit per 6 characters of needle (OCR slips)."""
    size = len(needle.split())
    allowed = max(1, len(needle) // 6)
    if len(needle) < 5:
        return None
    for start in range(len(hay_words) - size + 1):
        window = " ".join(hay_words[start : start + size])
        if abs(len(window) - len(needle)) > allowed or digits_of(window) != digits_of(needle):
            continue  # a slip in a letter, never in a number: "19 Station Road" is not "38 ..."
        if Levenshtein.distance(window, needle, score_cutoff=allowed) <= allowed:
            return window
    return None


def find(planted: Planted, text: str, spoken: bool = False) -> dict[str, Any] | None:
    """The first form of planted found in text: {'form', 'full', 'exact'}, or None."""
    hay_words = words_of(text)
    hay_list = hay_words.split()
    hay_digits = spoken_digits(text) if spoken else digits_of(text)
    hay_alnum = re.sub(r"[^a-z0-9]", "", ascii_fold(text))
    for how, needle, full in needles(planted):
        if not needle:
            continue
        if how == "digits" and needle in hay_digits:
            return {"form": needle, "full": full, "exact": True}
        if how == "digits" and spoken and full:
            # Whisper drops or doubles digits it hears in a row: a number heard with a
            # slip or two is still that number.
            for run in hay_digits.split("|"):
                if len(run) >= 6 and Levenshtein.distance(run, needle) <= len(needle) // 3:
                    return {"form": run, "full": True, "exact": False}
        if how == "alnum" and needle in hay_alnum:
            return {"form": needle, "full": full, "exact": True}
        if how == "words":
            if re.search(rf"(?<![a-z0-9]){re.escape(needle)}(?![a-z0-9])", hay_words):
                return {"form": needle, "full": full, "exact": True}
            near = near_word_match(needle, hay_list)
            if near:
                return {"form": near, "full": full, "exact": False}
    return None


# ----- running the chain -----------------------------------------------------------------


def quire(*args: str | Path, check: bool = True) -> tuple[float, subprocess.CompletedProcess[str]]:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "desktop", *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    seconds = time.perf_counter() - started
    if check and result.returncode not in (0, 3) and "--json" not in args:
        raise SystemExit(f"quire {args[0]} failed ({result.returncode}): {result.stderr[-2000:]}")
    return seconds, result


def tesseract_text(image: Path, lang: str, psm: int) -> str:
    result = subprocess.run(
        ["tesseract", str(image), "stdout", "-l", lang, "--psm", str(psm)],
        capture_output=True,
        text=True,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        timeout=300,
    )
    return result.stdout


def pixel_exposure(
    sample: Sample, redacted_png: Path, deskew: float
) -> tuple[dict[int, tuple[int, bool, list[int]]], bool]:
    """Per planted value: the characters not under a black box in its worst occurrence,
    and whether at least half of a whole occurrence of the value is uncovered (else only a
    part or a short form shows), and where those characters are on the page ([left, top,
    right, bottom]); plus whether the geometry was confirmed on unredacted ink."""
    pix = np.asarray(Image.open(redacted_png).convert("L"))
    theta = math.radians(sample.angle + deskew)
    cx, cy = pix.shape[1] / 2, pix.shape[0] / 2

    def quad_box(cell: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
        x0, y0, x1, y1 = cell
        # Only the middle of the glyph cell: rotation and neighbours stay out of it.
        dx, dy = (x1 - x0) * 0.2, (y1 - y0) * 0.25
        corners = [(x0 + dx, y0 + dy), (x1 - dx, y0 + dy), (x0 + dx, y1 - dy), (x1 - dx, y1 - dy)]
        xs, ys = [], []
        for x, y in corners:
            xs.append(cx + (x - cx) * math.cos(theta) + (y - cy) * math.sin(theta))
            ys.append(cy - (x - cx) * math.sin(theta) + (y - cy) * math.cos(theta))
        return int(min(xs)), int(min(ys)), math.ceil(max(xs)), math.ceil(max(ys))

    exposed: dict[int, tuple[int, bool, list[int]]] = {}
    for index, occs in sample.cells.items():
        worst, whole_shows, where = 0, False, [0, 0, 0, 0]
        for whole, cells in occs:
            boxes = []
            for cell in cells:
                left, top, right, bottom = quad_box(cell)
                patch = pix[max(top, 0) : bottom, max(left, 0) : right]
                if patch.size == 0 or (patch <= 4).mean() < 0.9:
                    boxes.append((left, top, right, bottom))
            if len(boxes) > worst:
                worst = len(boxes)
                where = [min(b[0] for b in boxes), min(b[1] for b in boxes)]
                where += [max(b[2] for b in boxes), max(b[3] for b in boxes)]
            whole_shows = whole_shows or (whole and len(boxes) * 2 >= len(cells))
        exposed[index] = (worst, whole_shows, where)
    # Geometry check: the first line (the society's name, never redacted) must have ink
    # where the drawing put it.
    font = ImageFont.truetype(str(FONT_PATH), FONT_PX)
    ascent, descent = font.getmetrics()
    left = (PAGE_W - int(font.getlength("M" * WRAP_COLS))) // 2
    head = sample.text.split("\n")[0]
    x0, y0, x1, y1 = quad_box(
        (left, TOP_PX, left + font.getlength(head), TOP_PX + ascent + descent)
    )
    heading = pix[y0:y1, x0:x1]
    inked = float(heading.mean()) < 200 and float((heading <= 4).mean()) < 0.5
    return exposed, inked


def file_texts(folder: Path) -> dict[str, str]:
    """Every text a person or program could read from the files, by 'file' or 'file#meta'."""
    texts: dict[str, str] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = str(path.relative_to(folder))
        suffix = path.suffix.lower()
        if suffix == ".jsonl" and name.endswith("corpus.jsonl"):
            # One line per item: each line is that item's, so a value is not blamed on
            # another letter that shares a street name.
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    entry = json.loads(line)
                    texts[f"{name}#{entry.get('id')}"] = json.dumps(entry, ensure_ascii=False)
        elif suffix in TEXT_SUFFIXES:
            texts[name] = readable_text(path)
        elif suffix == ".pdf":
            pdf = pypdfium2.PdfDocument(str(path))
            texts[name + "#pdf-text"] = "\n".join(
                page.get_textpage().get_text_range() for page in pdf
            )
            pdf.close()
        if suffix in (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".pdf", ".flac", ".wav", ".mp3"):
            meta = metadata_of(path)
            texts[name + "#meta"] = "\n".join(f"{k}: {v}" for k, v in meta.items())
    return texts


def readable_text(path: Path) -> str:
    """What a reader sees in a text file: ALTO's words, JSON's strings, VTT's cues (not
    coordinates and times, whose digits would make numbers that were never written)."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    # Checksums and salted hashes (manifests, the ledger) are hex: their digit runs are no
    # number anyone wrote ("…a0900806b…" once matched a phone number's last 7 digits).
    raw = re.sub(r"\b[0-9a-f]{32,}\b", " ", raw)
    suffix = path.suffix.lower()
    if suffix == ".xml":
        contents = re.findall(r'CONTENT="([^"]*)"', raw)
        body = re.sub(r"<[^>]+>", " ", raw)
        return " ".join(contents) + "\n" + body
    if suffix in (".json", ".jsonl"):
        try:
            data = (
                json.loads(raw)
                if suffix == ".json"
                else [json.loads(line) for line in raw.splitlines() if line.strip()]
            )
        except ValueError:
            return raw
        strings: list[str] = []

        def walk(value: Any) -> None:
            if isinstance(value, str):
                strings.append(value)  # hex hashes were blanked in raw above
            elif isinstance(value, dict):
                for key, inner in value.items():
                    strings.append(str(key))
                    walk(inner)
            elif isinstance(value, list):
                for inner in value:
                    walk(inner)

        walk(data)
        return "\n".join(strings)
    if suffix in (".vtt", ".srt"):
        return "\n".join(line for line in raw.splitlines() if "-->" not in line)
    return raw


def channel_of(name: str) -> str:
    if name.endswith("#meta"):
        return "metadata"
    if name.endswith("#pdf-text"):
        return "pdf_text"
    return "text"


@dataclass
class Counts:
    planted: int = 0
    leaked: int = 0
    leaked_fragment: int = 0
    leaked_silently: int = 0  # in items Quire's own check passed (full or fragment)
    details: list[str] = field(default_factory=list)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=20)
    parser.add_argument("--speech", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="keep the work folder here")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    nprng = np.random.default_rng(args.seed)
    temp = tempfile.mkdtemp(prefix="leak-bench-")
    work = args.keep or Path(temp)
    if args.keep:
        shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True, exist_ok=True)
    inputs = work / "inputs"
    inputs.mkdir()
    project = work / "project"

    # 1. Inputs with ground truth.
    samples: list[Sample] = []
    for index in range(args.letters):
        lang = LANGS[index % len(LANGS)]
        text, planted = letter_text(lang, index, rng)
        angle = rng.uniform(0.5, 2.5) * rng.choice([-1, 1])
        sample = Sample(f"letter-{index + 1:02d}", lang, planted, angle, text)
        render_letter(sample, nprng, inputs / f"{sample.key}.png")
        samples.append(sample)
    for index in range(args.speech):
        sample, text = speech_sample(index, rng)
        render_speech(sample, text, inputs / f"{sample.key}.flac")
        samples.append(sample)

    # 2. The chain.
    times: dict[str, float] = {}
    quire("init", project)
    for sample in samples:
        suffix = ".png" if sample.key.startswith("letter") else ".flac"
        quire("add", project, inputs / f"{sample.key}{suffix}", "--lang", sample.lang)
    from desktop.core.store.project import Project

    with Project.open(project, read_only=True) as opened:
        item_of = {Path(item["source_name"]).stem: item["id"] for item in opened.items()}
    letters = [s for s in samples if s.key.startswith("letter")]
    speech = [s for s in samples if s.key.startswith("speech")]
    letter_ids = [str(item_of[s.key]) for s in letters]
    speech_ids = [str(item_of[s.key]) for s in speech]
    times["ocr"], _ = quire("ocr", project)
    if speech:
        times["transcribe"], _ = quire("transcribe", project)
    if letters:
        times["scan_letters"], _ = quire("pii", "scan", project, *letter_ids)
    if speech:
        times["scan_speech"], _ = quire("pii", "scan", project, *speech_ids)
    accepted = 0
    for _ in range(4):  # accepting names proposes them elsewhere; accept those too
        _, result = quire("pii", "accept", project, "--all", "--json")
        answer = json.loads(result.stdout)
        accepted += answer["confirmed"]
        if not answer["proposed_elsewhere"]:
            break
    redact_out: dict[str, Any] = {"failed": []}
    for label, ids in (("letters", letter_ids), ("speech", speech_ids)):
        if not ids:
            continue
        seconds, result = quire("redact", project, *ids, "--json", check=False)
        times[f"redact_{label}"] = seconds
        try:
            answer = json.loads(result.stdout)
            redact_out["failed"] += answer["failed"]
        except (ValueError, IndexError):
            raise SystemExit(f"quire redact gave no JSON: {result.stderr[-2000:]}") from None
    export_text_dir = work / "export-text"
    quire("export-text", project, export_text_dir, "--redacted", check=False)
    quire("meta", "set", project, "--all", "rights=Bench data, invented", "license=CC0-1.0")
    if speech_ids:
        quire("meta", "set", project, *speech_ids, "consent=FORM-BENCH-1")
    failed_ids = [str(f["item"]) for f in redact_out["failed"]]
    bundle = work / "bundle"
    export_args: list[str | Path] = ["export", project, bundle, "--track", "open"]
    if failed_ids:
        export_args += ["--leave-out", *failed_ids]
    _, exported = quire(*export_args, check=False)
    bundle_made = exported.returncode == 0 and bundle.exists()

    # 3. What Quire found and what it made.
    with Project.open(project, read_only=True) as opened:
        findings: dict[int, list[str]] = {}
        for row in opened.db.execute("select item_id, value, status from findings"):
            if row[2] == "confirmed":
                findings.setdefault(row[0], []).append(row[1])
        page_info: dict[int, dict[str, Any]] = {}
        machine_text: dict[int, str] = {}
        from desktop.core.exports import page_plain_text

        for sample in samples:
            item_id = item_of[sample.key]
            if sample in letters:
                page = opened.pages(item_id)[0]
                page_info[item_id] = dict(page)
                machine_text[item_id] = page_plain_text(opened.page_words(page["id"]))
            else:
                recording = opened.recording_for_item(item_id)
                machine_text[item_id] = " ".join(s.text for s in opened.transcript(recording["id"]))
        folders = {
            item_of[s.key]: project / "derived" / "redacted" / f"item-{item_of[s.key]}"
            for s in samples
        }

    # 4. Independent reading of what was made.
    ocr_jobs = []
    for sample in letters:
        png = folders[item_of[sample.key]] / "pages" / "page-001.png"
        if png.exists():
            ocr_jobs += [(sample.key, png, sample.lang, psm) for psm in (3, 6, 11)]
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        ocr_out = list(pool.map(lambda job: (job[0], job[3], tesseract_text(*job[1:])), ocr_jobs))
    times["independent_ocr"] = time.perf_counter() - started
    ocr_text: dict[str, dict[int, str]] = {}
    for key, psm, text in ocr_out:
        ocr_text.setdefault(key, {})[psm] = text

    heard: dict[str, str] = {}
    heard_before: dict[str, str] = {}
    if speech:
        from faster_whisper import WhisperModel

        from desktop.core.asr.models import resolve_model

        started = time.perf_counter()
        _, model_dir = resolve_model(None)
        model = WhisperModel(str(model_dir), device="cpu", compute_type="int8")
        for sample in speech:
            flac = folders[item_of[sample.key]] / "audio.flac"
            for target, source in ((heard, flac), (heard_before, inputs / f"{sample.key}.flac")):
                if source.exists():
                    segments, _ = model.transcribe(str(source), language="en", beam_size=5)
                    target[sample.key] = " ".join(s.text.strip() for s in segments)
        times["independent_asr"] = time.perf_counter() - started

    export_texts = file_texts(export_text_dir) if export_text_dir.exists() else {}
    bundle_texts = file_texts(bundle) if bundle_made else {}

    channels = {name: Counts() for name in
                ("page_image_ocr", "page_image_pixels", "text", "pdf_text", "audio",
                 "metadata", "export_text", "bundle")}  # fmt: skip
    per_value: list[dict[str, Any]] = []
    geometry_unconfirmed: list[str] = []
    verified: dict[int, bool] = {}
    for sample in samples:
        item_id = item_of[sample.key]
        folder = folders[item_id]
        own = [t for t in file_texts(folder).items() if not t[0].startswith("redacted.json")]
        found_values = " \n ".join(findings.get(item_id, []))
        is_letter = sample in letters
        exposure: dict[int, tuple[int, bool, list[int]]] = {}
        png = folder / "pages" / "page-001.png"
        if is_letter and png.exists():
            deskew = float(page_info[item_id].get("deskew_angle") or 0.0)
            rotation = page_info[item_id].get("rotation") or 0
            exposure, inked = pixel_exposure(sample, png, deskew)
            if rotation or not inked:
                geometry_unconfirmed.append(sample.key)
                exposure = {}
        item_prefix = f"{item_id}-"
        manifest = folder / "redacted.json"
        verified[item_id] = manifest.exists() and bool(
            json.loads(manifest.read_text(encoding="utf-8")).get("verified")
        )
        for index, planted in enumerate(sample.planted):
            record: dict[str, Any] = {
                "sample": sample.key,
                "lang": sample.lang,
                "kind": planted.kind,
                "value": planted.value,
                "read_before": bool(
                    find(planted, machine_text.get(item_id, ""), spoken=not is_letter)
                ),
                "detected": None,
                "leaks": {},
            }
            hit = find(planted, found_values, spoken=not is_letter)
            record["detected"] = "full" if hit and hit["full"] else "part" if hit else "no"
            if record["detected"] != "full" and planted.kind in ("phone", "id", "email"):
                # Read or heard with a slip, and that reading was found: detected.
                want = re.sub(r"[^a-z0-9]", "", ascii_fold(planted.value))
                for value in findings.get(item_id, []):
                    got = re.sub(r"[^a-z0-9]", "", ascii_fold(value))
                    slips = len(want) // (6 if is_letter else 3)  # Whisper slips more
                    if got and Levenshtein.distance(want, got) <= max(1, slips):
                        record["detected"] = "full (as read or heard)"
            record["item_verified_by_quire"] = verified.get(item_id, False)

            def note(
                channel: str,
                where: str,
                match: dict[str, Any] | None,
                record: dict[str, Any] = record,
            ) -> None:
                if match:
                    record["leaks"].setdefault(channel, []).append({"where": where, **match})

            if is_letter:
                for psm, text in ocr_text.get(sample.key, {}).items():
                    note("page_image_ocr", f"tesseract psm {psm}", find(planted, text))
                uncovered, whole_shows, box = exposure.get(index, (0, False, []))
                if uncovered:
                    record["leaks"].setdefault("page_image_pixels", []).append(
                        {
                            "where": f"page-001.png at {box} (glyph centres)",
                            "form": f"{uncovered} characters not under a box",
                            "full": whole_shows,
                            "exact": True,
                        }
                    )
            else:
                note(
                    "audio",
                    "faster-whisper on audio.flac",
                    find(planted, heard.get(sample.key, ""), spoken=True),
                )
                record["heard_before_independent"] = bool(
                    find(planted, heard_before.get(sample.key, ""), spoken=True)
                )
            for name, text in own:
                note(
                    channel_of(name),
                    name,
                    find(planted, text, spoken=not is_letter and channel_of(name) == "text"),
                )
            for name, text in export_texts.items():
                if name.startswith(item_prefix):
                    note("export_text", name, find(planted, text, spoken=not is_letter))
            own_id = f"item-{item_id:05d}"
            for name, text in bundle_texts.items():
                # The item's own files and corpus line, and the files about every item.
                shared = not name.startswith("data/items/") and "#item-" not in name
                if (
                    name.startswith(f"data/items/{own_id}/")
                    or name.endswith(f"#{own_id}")
                    or shared
                ):
                    note("bundle", name, find(planted, text, spoken=not is_letter))
            per_value.append(record)
            relevant = ["text", "pdf_text", "metadata", "export_text"]
            relevant += ["page_image_ocr", "page_image_pixels"] if is_letter else ["audio"]
            if bundle_made:
                relevant.append("bundle")
            for channel in relevant:
                counts = channels[channel]
                counts.planted += 1
                hits = record["leaks"].get(channel, [])
                if any(h["full"] for h in hits):
                    counts.leaked += 1
                elif hits:
                    counts.leaked_fragment += 1
                if hits and record["item_verified_by_quire"]:
                    counts.leaked_silently += 1
                if hits:
                    counts.details.append(
                        ("" if record["item_verified_by_quire"] else "[item failed Quire's check] ")
                        + f"{sample.key} {planted.kind} {planted.value!r}: "
                        + "; ".join(f"{h['where']} reads {h['form']!r}" for h in hits[:3])
                    )

    missed = [r for r in per_value if not r["detected"].startswith("full")]
    report = {
        "machine": (
            f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
        ),
        "date": time.strftime("%Y-%m-%d"),
        "letters": len(letters),
        "speech": len(speech),
        "planted_values": len(per_value),
        "languages": sorted({s.lang for s in samples}),
        "times_s": {k: round(v, 1) for k, v in times.items()},
        "findings_confirmed": accepted,
        "quire_redact_failed": redact_out["failed"],
        "bundle_made": bundle_made,
        "bundle_message": (exported.stdout + exported.stderr)[-1500:],
        "geometry_unconfirmed": geometry_unconfirmed,
        "channels": {k: asdict(v) for k, v in channels.items()},
        "not_detected_by_quire": [
            {k: r[k] for k in ("sample", "lang", "kind", "value", "detected", "read_before")}
            for r in missed
        ],
        "detected_but_readable_after": [
            {k: r[k] for k in ("sample", "kind", "value", "leaks")}
            for r in per_value
            if r["detected"].startswith("full") and r["leaks"]
        ],
        "silent_leaks": [
            {k: r[k] for k in ("sample", "lang", "kind", "value", "detected", "leaks")}
            for r in per_value
            if r["leaks"] and r["item_verified_by_quire"]
        ],
        "values": per_value,
        "heard_after": heard,
    }
    out = REPO / "bench" / "results" / "leaks.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    print(f"{len(letters)} letters ({', '.join(sorted({s.lang for s in letters}))}), "
          f"{len(speech)} recordings, {len(per_value)} planted values")  # fmt: skip
    print(f"\n{'channel':<20} {'values':>7} {'leaked':>7} {'fragment':>9} {'silently':>9}")
    for name, counts in channels.items():
        if counts.planted:
            print(
                f"{name:<20} {counts.planted:>7} {counts.leaked:>7} {counts.leaked_fragment:>9}"
                f" {counts.leaked_silently:>9}"
            )
    print("(fragment: only a surname, street name, e-mail local part or number tail;")
    print(" silently: full or fragment, in an item whose redaction Quire's own check passed)")
    print(f"\nnot fully detected by Quire: {len(missed)} of {len(per_value)}")
    for r in missed:
        print(f"  {r['sample']} {r['kind']:<7} {r['value']!r} detected={r['detected']} "
              f"read_by_quire_ocr={r['read_before']}")  # fmt: skip
    print(f"quire redact flagged as failing its own check: {len(redact_out['failed'])}")
    for failure in redact_out["failed"]:
        print(f"  item {failure['item']}: {failure['reason'][:200]}")
    print(f"bundle (open track) made: {bundle_made}")
    silent = report["silent_leaks"]
    print(f"\nSILENT LEAKS (in items Quire's own check passed): {len(silent)} values")
    for r in silent:
        print(
            f"  {r['sample']} {r['kind']:<7} {r['value']!r} detected={r['detected']}: "
            + ", ".join(sorted(r["leaks"]))
        )
    print("\ntimes (s): " + ", ".join(f"{k} {v:.1f}" for k, v in times.items()))
    for name, counts in channels.items():
        for line in counts.details:
            print(f"  LEAK {name}: {line}")
    if geometry_unconfirmed:
        print(f"pixel check skipped (geometry not confirmed): {geometry_unconfirmed}")
    print(f"\nwrote {out.relative_to(REPO)}; work folder {work}")
    if not args.keep:
        shutil.rmtree(temp, ignore_errors=True)


if __name__ == "__main__":
    main()
