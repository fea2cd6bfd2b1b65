"""Adding a speech model (folder or .zip) and OCR language data, valid and broken."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.addons import add_model, add_traineddata, describe_model, system_tessdata_dir
from desktop.core.asr.models import available_models, resolve_model
from desktop.core.errors import BadInput
from desktop.core.ocr import tesseract
from tests.conftest import SAMPLES, run_quire


@pytest.fixture
def own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    base = resolve_model("base")[1]  # joined once in the real models folder
    monkeypatch.setenv("QUIRE_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.setenv("QUIRE_TESSDATA_DIR", str(tmp_path / "tessdata"))
    tesseract.tessdata_dir.cache_clear()
    tesseract.installed_languages.cache_clear()
    yield base
    monkeypatch.undo()
    tesseract.tessdata_dir.cache_clear()
    tesseract.installed_languages.cache_clear()


def test_a_model_folder_is_checked_and_added(own_folders: Path, tmp_path: Path) -> None:
    info = add_model(own_folders, "base-copy")
    assert info.multilingual and {"is", "eu", "cy", "br", "fr"} <= set(info.languages)
    assert info.size_bytes > 140_000_000
    assert "base-copy" in available_models()
    with pytest.raises(BadInput, match="already installed"):
        add_model(own_folders, "base-copy")

    broken = tmp_path / "broken-model"
    broken.mkdir()
    shutil.copyfile(own_folders / "config.json", broken / "config.json")
    (broken / "model.bin").write_bytes(b"\0" * 100)
    with pytest.raises(BadInput, match=r"tokenizer\.json missing"):
        add_model(broken)
    shutil.copyfile(own_folders / "tokenizer.json", broken / "tokenizer.json")
    with pytest.raises(BadInput, match="far too small"):
        describe_model(broken)
    assert not (tmp_path / "models" / "broken-model").exists()
    assert not any(p.name.startswith(".") for p in (tmp_path / "models").iterdir())


def test_a_zipped_model_by_command(own_folders: Path, tmp_path: Path) -> None:
    archive = tmp_path / "whisper-base-usb.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_STORED) as out:
        for file in own_folders.iterdir():
            out.write(file, f"whisper-base/{file.name}")
    added = run_quire("models", "add", archive, "--json")
    assert added.returncode == 0, added.stderr
    result = json.loads(added.stdout)
    assert result["name"] == "whisper-base-usb" and len(result["languages"]) >= 99
    listed = json.loads(run_quire("models", "--json").stdout)
    assert "whisper-base-usb" in listed["models"]

    not_zip = tmp_path / "notes.zip"
    not_zip.write_text("just text")
    refused = run_quire("models", "add", not_zip)
    assert refused.returncode == 3 and "neither a model folder nor a .zip" in refused.stderr


def test_there_is_no_download(own_folders: Path) -> None:
    # Models come from installed packages or a folder staff bring; never from the network.
    refused = run_quire("models", "download", "small")
    assert refused.returncode == 2 and "invalid choice" in refused.stderr


def test_language_data_is_added_beside_the_system_one(own_folders: Path, tmp_path: Path) -> None:
    system = system_tessdata_dir()
    assert system is not None
    # A language the system lacks: Icelandic data under a new code stands in for one.
    community = tmp_path / "isq.traineddata"
    shutil.copyfile(system / "isl.traineddata", community)
    assert "isq" not in tesseract.installed_languages()
    assert add_traineddata(community) == "isq"
    assert {"isq", "eng", "isl"} <= tesseract.installed_languages()
    words = tesseract.recognise(
        SAMPLES / "bref-is.png",
        "isq",
        dpi=300,
        timeout=120,
        cancel=tesseract.CancelToken(),
    )
    assert any(word.text == "Húsavík," for word in words)

    broken = tmp_path / "kal.traineddata"
    broken.write_bytes(os.urandom(4096))
    with pytest.raises(BadInput, match=r"cannot use kal\.traineddata"):
        add_traineddata(broken)
    assert "kal" not in tesseract.installed_languages()
    with pytest.raises(BadInput, match="not Tesseract language data"):
        add_traineddata(SAMPLES / "letter-en.png")


def test_languages_command(own_folders: Path) -> None:
    listed = json.loads(run_quire("languages", "--json").stdout)
    assert "isl" in listed["languages"] and "osd" not in listed["languages"]
