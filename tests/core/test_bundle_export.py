"""From a reviewed, redacted project to a bag a partner can take: gates, round trip,
tampering, determinism and an export cut off half-way."""

from __future__ import annotations

import json
import shutil
import unicodedata
import zipfile
from pathlib import Path

import pytest

from desktop.core.bundle import export as bundle_export
from desktop.core.bundle.export import ExportBlocked, ExportOptions, export_bag
from desktop.core.bundle.validate import validate_bag
from desktop.core.errors import QuireError
from desktop.core.store.project import Project
from tests.conftest import run_quire

ORGANISATION = "Esk Valley Local History Society"


def _quire(*args: object) -> None:
    done = run_quire(*args)
    assert done.returncode == 0, done.stderr


@pytest.fixture
def project(redacted_sample: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "project"
    shutil.copytree(redacted_sample, copy)
    return copy


def _set_rights(folder: Path) -> None:
    _quire("meta", "set", folder, "--all", f"rights={ORGANISATION}", "license=CC-BY-4.0")
    _quire("meta", "set", folder, "2", "consent=FORM-2024-07")


def _export(folder: Path, out: Path, track: str = "open", **options: object) -> Path:
    with Project.open(folder) as opened:
        export_bag(opened, out, ExportOptions(track=track, organisation=ORGANISATION, **options))  # type: ignore[arg-type]
    return out


def test_gates_name_each_item_and_reason(project: Path, tmp_path: Path) -> None:
    refused = run_quire("export", project, tmp_path / "bag", "--track", "open", "--json")
    assert refused.returncode == 3
    blockers = json.loads(refused.stdout)["blockers"]
    reasons = {(b["item"], b["reason"].split(" ")[0:3][-1]) for b in blockers}
    assert {b["item"] for b in blockers} == {1, 2}
    assert any("no rights statement" in b["reason"] for b in blockers)
    assert any(b["item"] == 2 and "signed consent" in b["reason"] for b in blockers)
    assert any("open licence" in b["reason"] for b in blockers)
    assert reasons and not (tmp_path / "bag").exists()

    _quire("meta", "set", project, "--all", f"rights={ORGANISATION}", "license=CC-BY-NC-4.0")
    _quire("meta", "set", project, "2", "consent=FORM-2024-07", "embargo=2999-01-01")
    with Project.open(project) as opened, pytest.raises(ExportBlocked) as blocked:
        export_bag(opened, tmp_path / "bag", ExportOptions(track="open"))
    found = {(b.item_id, b.reason) for b in blocked.value.blockers}
    assert (2, "it is under embargo until 2999-01-01.") in found
    assert any("open licence" in reason for _item, reason in found)
    # The private track takes a non-commercial licence; the embargoed item is left out.
    out = _export(project, tmp_path / "private", track="private", leave_out=[2])
    assert validate_bag(out).valid
    corpus = (out / "data" / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in corpus] == ["item-00001"]


def test_unreviewed_or_changed_items_are_refused(project: Path, tmp_path: Path) -> None:
    _set_rights(project)
    with Project.open(project) as opened:
        page_id = opened.pages(1)[0]["id"]
        text = opened.page_correction(page_id) or ""
        opened.set_page_correction(page_id, text + "\nRing Anna Brown on 01632 960 999.")
        with pytest.raises(ExportBlocked) as blocked:
            export_bag(opened, tmp_path / "bag", ExportOptions(track="open"))
    assert [b.item_id for b in blocked.value.blockers] == [1]
    assert "not been searched for personal data" in blocked.value.blockers[0].reason
    _quire("pii", "scan", project)
    with Project.open(project) as opened, pytest.raises(ExportBlocked) as blocked:
        export_bag(opened, tmp_path / "bag", ExportOptions(track="open"))
    assert "not reviewed yet" in blocked.value.blockers[0].reason
    _quire("pii", "accept", project, "--all")
    with Project.open(project) as opened, pytest.raises(ExportBlocked) as blocked:
        export_bag(opened, tmp_path / "bag", ExportOptions(track="open"))
    assert "changed since it was last redacted" in blocked.value.blockers[0].reason
    _quire("redact", project)
    out = _export(project, tmp_path / "bag")
    text = (out / "data" / "items" / "item-00001" / "text.txt").read_text(encoding="utf-8")
    assert "Anna Brown" not in text and "960 999" not in text and "[PERSON]" in text


def test_round_trip_and_tampering(project: Path, tmp_path: Path) -> None:
    _set_rights(project)
    done = run_quire(
        "export", project, tmp_path / "bag", "--track", "open", "--organisation", ORGANISATION
    )
    assert done.returncode == 0, done.stderr
    bag = tmp_path / "bag"
    assert run_quire("validate", bag).returncode == 0
    payload = bag / "data"
    # What the partner gets: no planted personal data anywhere, metadata included.
    for file in payload.rglob("*"):
        if file.suffix in (".txt", ".json", ".jsonl", ".xml", ".vtt", ".md"):
            text = file.read_text(encoding="utf-8")
            for planted in ("Ellison", "01632 960 318", "example.org", "Fletcher"):
                assert planted not in text, (file, planted)
    record = json.loads((payload / "corpus.jsonl").read_text(encoding="utf-8").splitlines()[1])
    assert record["kind"] == "recording" and record["consent"] == "FORM-2024-07"
    assert record["languages"] == ["en"] and "[PHONE]" in record["text"]
    info = (bag / "bag-info.txt").read_text(encoding="utf-8")
    assert f"Source-Organization: {ORGANISATION}" in info and "Quire-Track: open" in info
    assert (bag / "bagit.txt").read_text().startswith("BagIt-Version: 1.0")
    assert (bag / "manifest-sha512.txt").is_file() and (bag / "tagmanifest-sha256.txt").is_file()
    package = json.loads((payload / "datapackage.json").read_text(encoding="utf-8"))
    assert {r["path"] for r in package["resources"]} >= {"corpus.jsonl", "README.md"}
    card = (payload / "README.md").read_text(encoding="utf-8")
    assert card.startswith("---\n") and 'license: ["cc-by-4.0"]' in card
    for name in (bag / "manifest-sha256.txt").read_text(encoding="utf-8").splitlines():
        path = name.split("  ", 1)[1]
        assert unicodedata.is_normalized("NFC", path)
        assert not set(path) & set('<>:"\\|?*')

    page = payload / "items" / "item-00001" / "pages" / "page-001.png"
    data = bytearray(page.read_bytes())
    data[-100] ^= 0xFF
    page.write_bytes(bytes(data))
    (payload / "items" / "item-00002" / "transcript.vtt").unlink()
    (payload / "items" / "extra.txt").write_text("added later\n")
    broken = run_quire("validate", bag)
    assert broken.returncode == 1
    assert "pages/page-001.png: its sha256 checksum does not match" in broken.stderr
    assert "transcript.vtt: listed in the manifest but missing" in broken.stderr
    assert "extra.txt: in the bag but not listed" in broken.stderr


def test_zip_and_determinism(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_rights(project)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795000000")
    first = _export(project, tmp_path / "a" / "one.zip")
    second = _export(project, tmp_path / "b" / "one.zip")
    assert validate_bag(first).valid
    assert first.read_bytes() == second.read_bytes()  # same project, same bytes
    with zipfile.ZipFile(first) as archive:
        names = archive.namelist()
        assert "one/bagit.txt" in names and "one/data/corpus.jsonl" in names
        assert "Bagging-Date: 2026-11-18" in archive.read("one/bag-info.txt").decode()


def test_an_interrupted_export_leaves_nothing_that_looks_like_a_bag(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_rights(project)

    def cut_off(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(bundle_export, "validate_bag", cut_off)
    with Project.open(project) as opened, pytest.raises(QuireError):
        export_bag(opened, tmp_path / "bag", ExportOptions(track="open"))
    assert list(tmp_path.iterdir()) == [project]
    monkeypatch.undo()
    out = _export(project, tmp_path / "bag")
    with Project.open(project) as opened, pytest.raises(QuireError, match="already exists"):
        export_bag(opened, out, ExportOptions(track="open"))
