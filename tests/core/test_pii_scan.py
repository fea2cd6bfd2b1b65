"""Scanning a real project made from resources/samples (recognised and transcribed for
real): every piece of personal data planted in the samples is found, decisions survive a
re-scan, accepted names are proposed elsewhere, and the ledger holds no personal data."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.asr.transcribe import AsrOptions, transcribe_items
from desktop.core.capture.importer import import_file
from desktop.core.ocr.pipeline import ocr_items
from desktop.core.pii import store
from desktop.core.pii.people import fold
from desktop.core.pii.scan import item_texts, scan_project
from desktop.core.store.project import Project
from tests.conftest import SAMPLES, run_quire

pytestmark = pytest.mark.slow

# resources/samples/README.md, "Planted personal data" (all fictional).
PLANTED = {
    "letter-en.png": [
        "Margaret Ellison",
        "Ellison",
        "14 Harbour Street, Whitby",
        "01632 960 318",
        "m.ellison@example.org",
    ],
    "lettre-fr.png": ["Étienne Laborde", "12 rue des Tanneurs, 64100 Bayonne", "05 36 49 25 17"],
    "bref-is.png": ["Guðrún Sigurðardóttir", "Guðrún", "120345-2919"],
    "minutes-2pages.pdf": ["Robert Haines", "01632 960 184"],
    "interview-en.flac": ["Thomas Fletcher", "Whitby", "1941", "01632 960 527"],
}


@pytest.fixture(scope="module")
def recognised(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample collection imported, recognised and transcribed, once for this module."""
    folder = tmp_path_factory.mktemp("samples") / "project"
    manifest = json.loads((SAMPLES / "manifest.json").read_text(encoding="utf-8"))
    with Project.create(folder) as project:
        for name, languages in manifest.items():
            import_file(project, SAMPLES / name, languages)
        ocr_items(project)
        transcribe_items(project, options=AsrOptions())
    return folder


@pytest.fixture
def project_copy(recognised: Path, tmp_path: Path) -> Iterator[Path]:
    target = tmp_path / "project"
    shutil.copytree(recognised, target)
    yield target


def _key(value: str) -> str:
    digits = "".join(c for c in value if c.isdigit())
    if len(digits) >= 7 and len(digits) >= len(value.replace(" ", "")) - 2:
        return digits  # a number: compared by its digits, whatever the spacing
    return " ".join(fold(value)[0].split())


def _covered(project: Project, source_name: str) -> dict[str, bool]:
    item = next(i for i in project.items() if i["source_name"] == source_name)
    values = [_key(f["value"]) for f in store.findings(project, item["id"])]
    return {
        planted: any(_key(planted) in value for value in values) for planted in PLANTED[source_name]
    }


def test_every_planted_item_is_found(project_copy: Path) -> None:
    with Project.open(project_copy) as project:
        report = scan_project(project)
        assert report.texts == 6  # five pages and one recording
        missed = {
            name: [value for value, ok in _covered(project, name).items() if not ok]
            for name in PLANTED
        }
        assert all(not values for values in missed.values()), missed


def test_a_name_confirmed_in_one_item_is_proposed_in_the_others(project_copy: Path) -> None:
    with Project.open(project_copy) as project:
        project.add_vocabulary(["unused"])  # an unrelated write, to be sure nothing is reset
        letter = next(i for i in project.items() if i["source_name"] == "letter-en.png")
        scan_project(project, [letter["id"]])  # only the letter so far
        name = next(
            f for f in store.findings(project, letter["id"]) if f["value"] == "Margaret Ellison"
        )
        assert store.set_status(project, [name["id"]], "confirmed") == ["Margaret Ellison"]
        scan_project(project)
        minutes = next(i for i in project.items() if i["source_name"] == "minutes-2pages.pdf")
        ellison = [f for f in store.findings(project, minutes["id"]) if f["value"] == "Ellison"]
        assert ellison and "known-person" in ellison[0]["detector"]
        assert ellison[0]["status"] == "proposed"


def test_findings_know_their_words_on_the_page_and_their_time(project_copy: Path) -> None:
    with Project.open(project_copy) as project:
        scan_project(project)
        letter = next(i for i in project.items() if i["source_name"] == "letter-en.png")
        (unit,) = item_texts(project, letter)
        phone = next(f for f in store.findings(project, letter["id"]) if f["kind"] == "PHONE")
        assert unit.text[phone["start"] : phone["end"]] == phone["value"]
        boxes = json.loads(phone["boxes_json"])
        assert len(boxes) == 3  # "01632", "960", "318"
        page = project.pages(letter["id"])[0]
        words = {(w.left, w.top, w.width, w.height): w.text for w in project.page_words(page["id"])}
        covered = [words[tuple(box)] for box in boxes]
        assert covered[:2] == ["01632", "960"] and covered[2].startswith("318")
        interview = next(i for i in project.items() if i["kind"] == "recording")
        spoken = next(f for f in store.findings(project, interview["id"]) if f["kind"] == "PHONE")
        assert 15.0 < spoken["time_start"] < spoken["time_end"] < 30.0  # the last sentence


def test_a_rescan_keeps_decisions_and_follows_corrections(project_copy: Path) -> None:
    with Project.open(project_copy) as project:
        scan_project(project)
        letter = next(i for i in project.items() if i["source_name"] == "letter-en.png")
        rows = store.findings(project, letter["id"])
        phone = next(f for f in rows if f["kind"] == "PHONE")
        email = next(f for f in rows if f["kind"] == "EMAIL")
        store.set_status(project, [phone["id"]], "confirmed", "tester")
        store.set_status(project, [email["id"]], "rejected", "tester")
        # A person corrects the page: a line added at the top moves every offset.
        page = project.pages(letter["id"])[0]
        (unit,) = item_texts(project, letter)
        project.set_page_correction(page["id"], "Received 1988.\n" + unit.text)
        report = scan_project(project, [letter["id"]])
        assert report.kept == 2
        after = {f["id"]: f for f in store.findings(project, letter["id"])}
        assert after[phone["id"]]["status"] == "confirmed"
        assert after[phone["id"]]["start"] == phone["start"] + len("Received 1988.\n")
        assert after[phone["id"]]["text_source"] == "corrected"
        assert json.loads(after[phone["id"]]["boxes_json"]) == json.loads(phone["boxes_json"])
        assert after[email["id"]]["status"] == "rejected"
        # Neither is proposed again beside the decision.
        assert sum(f["value"] == phone["value"] for f in after.values()) == 1
        assert sum(f["value"] == email["value"] for f in after.values()) == 1
        assert after[phone["id"]]["stale"] == 0
        # A correction that removes the e-mail address leaves its decision, marked stale.
        corrected = project.page_correction(page["id"]) or ""
        project.set_page_correction(page["id"], corrected.replace(email["value"], "(removed)"))
        scan_project(project, [letter["id"]])
        final = {f["id"]: f for f in store.findings(project, letter["id"])}
        assert final[email["id"]]["status"] == "rejected" and final[email["id"]]["stale"] == 1
        assert final[phone["id"]]["stale"] == 0


def test_people_from_metadata_and_the_ledger_holds_no_value(project_copy: Path) -> None:
    with Project.open(project_copy) as project:
        interview = next(i for i in project.items() if i["kind"] == "recording")
        project.set_item_metadata(
            interview["id"], narrator="Thomas Fletcher", interviewer="Ann Lee"
        )
        scan_project(project)
        roles = {p["name"]: p["role"] for p in store.people(project)}
        assert roles == {"Thomas Fletcher": "narrator", "Ann Lee": "interviewer"}
        found = store.findings(project, interview["id"])
        fletcher = next(f for f in found if f["value"] == "Thomas Fletcher")
        assert "known-person" in fletcher["detector"]
        store.record_redaction(
            project,
            kind="PERSON",
            item_id=interview["id"],
            location="00:00:01.0-00:00:02.0",
            method="tone",
            value="Thomas Fletcher",
            who="tester",
        )
        (entry,) = store.ledger(project)
        assert "Fletcher" not in json.dumps(entry)
        assert entry["value_hash"] == store.value_hash(store.salt(project), "thomas  FLETCHER")
        assert entry["value_hash"] == fletcher["value_hash"]


def test_cli_people_scan_and_accept(project_copy: Path) -> None:
    result = run_quire("people", "add", project_copy, "Robert Haines", "Guðrún Sigurðardóttir")
    assert result.returncode == 0, result.stderr
    assert "the project knows 2 people" in result.stdout
    result = run_quire("pii", "scan", project_copy, "--progress-json")
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events[0]["event"] == "progress"
    summary = events[-1]["result"]
    assert summary["texts"] == 6 and summary["by_kind"]["PHONE"] == 4
    result = run_quire("pii", "accept", project_copy, "--all", "--min-score", "0.7", "--json")
    assert result.returncode == 0, result.stderr
    accepted = json.loads(result.stdout)
    with Project.open(project_copy, read_only=True) as project:
        confirmed = store.findings(project, status="confirmed")
        proposed = store.findings(project, status="proposed")
    assert accepted["confirmed"] == len(confirmed) > 0
    assert min(f["score"] for f in confirmed) >= 0.7
    assert all(f["score"] < 0.7 or "known-person" in f["detector"] for f in proposed)
    result = run_quire("pii", "accept", project_copy)
    assert result.returncode == 3 and "--all" in result.stderr


def test_a_half_heard_number_in_speech_is_proposed_but_not_in_a_page() -> None:
    from desktop.core.pii.people import NameFinder
    from desktop.core.pii.scan import TextUnit, find_in

    # Whisper's reading of espeak saying 07700 900 989 digit by digit (leak bench).
    said = "My number is 077000 and I know that I need to iron. I was born in 1941."
    spoken = TextUnit(item_id=1, text=said, language="eng", source="machine", recording_id=1)
    # On a page, five digits alone are not proposed (a number announced as a telephone's
    # is, by the recognisers: see test_pii_detect).
    page = said.replace("My number is", "Shelf mark")
    written = TextUnit(item_id=1, text=page, language="eng", source="machine", page_id=1)
    names = NameFinder([])
    phones = [said[s.start : s.end] for s in find_in(spoken, names) if s.kind == "PHONE"]
    assert phones == ["077000"]
    said = "my telephone number is 07 7 0 0 I know 0 2 1 thank you"
    spoken = TextUnit(item_id=1, text=said, language="eng", source="machine", recording_id=1)
    assert [said[s.start : s.end] for s in find_in(spoken, names) if s.kind == "PHONE"] == [
        "07 7 0 0"
    ]
    assert not [s for s in find_in(written, names) if s.kind == "PHONE"]


def test_a_known_name_glued_to_the_next_word_by_a_speck_is_found() -> None:
    from desktop.core.pii.people import NameFinder

    text = "Itziar Zubizarreta'andrea\nAldapa kalea 32. O'Brien and John's dog."
    found = [text[s.start : s.end] for s in NameFinder(["Itziar Zubizarreta"]).find(text)]
    assert "Itziar Zubizarreta" in found
    # Names with an apostrophe of their own stay whole words.
    assert NameFinder(["Brien Smith"]).find(text) == []
