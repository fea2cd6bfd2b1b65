"""quire validate: any BagIt bag, folder or zip, and every reason it is not valid."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import bagit
import pytest

from desktop.core.bundle.metadata import (
    bcp47,
    is_open_license,
    normalise_license,
    parse_assignments,
    tesseract_languages,
)
from desktop.core.bundle.validate import validate_bag
from desktop.core.errors import BadInput
from desktop.core.store.project import Project
from tests.conftest import CORPUS, run_quire


@pytest.fixture
def bag(tmp_path: Path) -> Path:
    folder = tmp_path / "bag"
    (folder / "scans").mkdir(parents=True)
    shutil.copyfile(CORPUS / "scans" / "linn.png", folder / "scans" / "linn.png")
    (folder / "Þjóðsögur.txt").write_text("Einu sinni var.\n", encoding="utf-8")
    bagit.make_bag(str(folder), {"Source-Organization": "Test"}, checksums=["sha256", "sha512"])
    return folder


def _zip(folder: Path, out: Path) -> Path:
    with zipfile.ZipFile(out, "w") as archive:
        for file in sorted(folder.rglob("*")):
            if file.is_file():
                archive.write(file, f"{folder.name}/{file.relative_to(folder).as_posix()}")
    return out


def test_a_valid_bag_folder_and_zip(bag: Path, tmp_path: Path) -> None:
    report = validate_bag(bag)
    assert report.valid and report.files == 2
    assert validate_bag(_zip(bag, tmp_path / "bag.zip")).valid
    done = run_quire("validate", bag, "--json")
    assert done.returncode == 0
    assert json.loads(done.stdout) == {
        "valid": True,
        "reasons": [],
        "files": 2,
        "bytes": report.bytes,
    }


def test_every_reason_is_listed(bag: Path, tmp_path: Path) -> None:
    page = bag / "data" / "scans" / "linn.png"
    data = bytearray(page.read_bytes())
    data[5000] ^= 0xFF  # one byte changed: the size stays, so only the checksums can tell
    page.write_bytes(bytes(data))
    (bag / "data" / "Þjóðsögur.txt").unlink()
    (bag / "data" / "extra.txt").write_text("not in the manifest\n")
    reasons = validate_bag(bag).reasons
    assert "data/scans/linn.png: its sha256 checksum does not match the manifest" in reasons[-2]
    assert "data/scans/linn.png: its sha512 checksum" in reasons[-1]
    assert any("data/Þjóðsögur.txt: listed in the manifest but missing" in r for r in reasons)
    assert any("data/extra.txt: in the bag but not listed" in r for r in reasons)
    assert any("Payload-Oxum" in r for r in reasons)

    broken = run_quire("validate", _zip(bag, tmp_path / "broken.zip"))
    assert broken.returncode == 1
    assert broken.stderr.count("\n  - ") == len(reasons)


def test_not_a_bag(tmp_path: Path) -> None:
    assert validate_bag(tmp_path).reasons[0].startswith("Not a valid bag")
    with pytest.raises(BadInput, match=r"neither a folder nor a \.zip"):
        validate_bag(CORPUS / "bad" / "invalid.pdf")
    empty = tmp_path / "empty.zip"
    empty.write_bytes(b"")
    assert run_quire("validate", empty).returncode == 3


def test_unsafe_zip_is_refused(tmp_path: Path) -> None:
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("../outside.txt", "escape")
    with pytest.raises(BadInput, match="unsafe path"):
        validate_bag(evil)
    assert not (tmp_path.parent / "outside.txt").exists()
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bag/data/zeros", b"\0" * (400 << 20))
    with pytest.raises(BadInput, match="decompression bomb"):
        validate_bag(bomb)


def test_metadata_values_are_checked() -> None:
    assert normalise_license("cc-by-4.0") == "CC-BY-4.0"
    assert normalise_license("LicenseRef-Skjalasafn") == "LicenseRef-Skjalasafn"
    with pytest.raises(BadInput, match="not an SPDX licence"):
        normalise_license("free for all")
    assert is_open_license("CC0-1.0") and is_open_license("CC-BY-SA-4.0")
    assert not is_open_license("CC-BY-NC-4.0") and not is_open_license(None)
    assert tesseract_languages("is, eu+es") == "isl+eus+spa"
    assert tesseract_languages("fra") == "fra"
    with pytest.raises(BadInput, match="not a language code"):
        tesseract_languages("elvish!")
    assert bcp47("isl+eus+chi_sim") == ["is", "eu", "zh-Hans"]
    assert parse_assignments(["consent=FORM-12"]) == {
        "consent_ref": "FORM-12",
        "consent_status": "signed",
    }
    with pytest.raises(BadInput, match="not an item field"):
        parse_assignments(["colour=blue"])


def test_meta_set_from_scripts(tmp_path: Path) -> None:
    project = tmp_path / "p"
    run_quire("init", project)
    run_quire("add", project, CORPUS / "scans" / "crom.png", CORPUS / "audio" / "jfk.flac")
    done = run_quire(
        "meta", "set", project, "--all", "license=cc-by-4.0", "rights=Skjalasafn Íslands"
    )
    assert done.returncode == 0, done.stderr
    one = run_quire(
        "meta", "set", project, "2", "consent=FORM-7", "language=en", "embargo=2031-01-01"
    )
    assert one.returncode == 0, one.stderr
    with Project.open(project, read_only=True) as opened:
        first, second = opened.items()
    assert (first["license"], first["rights"]) == ("CC-BY-4.0", "Skjalasafn Íslands")
    assert (second["consent_ref"], second["consent_status"]) == ("FORM-7", "signed")
    assert (second["languages"], second["embargo"]) == ("eng", "2031-01-01")

    for wrong, message in [
        (("1", "license=whatever"), "not an SPDX licence"),
        (("1", "embargo=soon"), "not a date"),
        (("9", "title=x"), "no item 9"),
        (("title=x",), "item numbers, or --all"),
        (("1",), "Nothing to set"),
    ]:
        refused = run_quire("meta", "set", project, *wrong)
        assert refused.returncode == 3, (wrong, refused.stderr)
        assert message in refused.stderr
        assert "Traceback" not in refused.stderr
