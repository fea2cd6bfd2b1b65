"""The settings dialog: what this computer has, what the project lacks, and jobs that obey."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from desktop.core.addons import system_tessdata_dir
from desktop.core.asr.models import resolve_model
from desktop.core.ocr import tesseract
from desktop.core.store.project import Project
from desktop.ui.settings import Settings, SettingsDialog
from desktop.workers.jobs import JobQueue

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "quire.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    base = resolve_model("base")[1]
    monkeypatch.setenv("QUIRE_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.setenv("QUIRE_TESSDATA_DIR", str(tmp_path / "tessdata"))
    tesseract.tessdata_dir.cache_clear()
    tesseract.installed_languages.cache_clear()
    yield base
    monkeypatch.undo()
    tesseract.tessdata_dir.cache_clear()
    tesseract.installed_languages.cache_clear()


def _codes(dialog: SettingsDialog) -> list[str]:
    return [
        str(dialog.languages.item(row).data(Qt.ItemDataRole.UserRole))
        for row in range(dialog.languages.count())
    ]


def test_settings_show_the_machine_and_are_kept(
    qtbot: QtBot, tmp_path: Path, settings: Settings, own_folders: Path, queue: JobQueue
) -> None:
    with Project.create(tmp_path / "p") as project:
        project.add_item("document", "Klingon letter", "eng+tlh", "letter.png")
        dialog = SettingsDialog(
            settings, sorted(tesseract.installed_languages()), project, None, queue
        )
        qtbot.addWidget(dialog)

    # Installed languages are offered by name; the one the project lacks is named with its fix.
    assert "Icelandic (isl)" in [
        dialog.languages.item(row).text() for row in range(dialog.languages.count())
    ]
    assert "tlh" in dialog.missing.text() and "tesseract-ocr-tlh" in dialog.missing.text()
    assert "eng" not in dialog.missing.text().split("install:")[1]
    # No GPU on this machine: the dialog says why speech runs on the processor.
    assert "processor" in dialog.gpu_label.text() or "GPU" in dialog.gpu_label.text()

    # A broken model folder is refused, in words; a whole one is added and chosen.
    broken = tmp_path / "not-a-model"
    broken.mkdir()
    (broken / "model.bin").write_bytes(b"")
    job = dialog.add_model(str(broken))
    assert job is not None
    qtbot.waitUntil(lambda: job.is_final, timeout=60_000)
    assert job.state == "failed" and "tokenizer.json" in dialog.add_problem.text()
    assert not dialog.add_problem.isHidden()
    model = tmp_path / "usb" / "whisper-base-2"
    shutil.copytree(own_folders, model)
    job = dialog.add_model(str(model))
    assert job is not None
    qtbot.waitUntil(lambda: job.is_final, timeout=120_000)
    assert job.state == "done", job.error
    assert dialog.model.currentData() == "whisper-base-2"
    assert dialog.add_problem.isHidden()

    # Language data brought on a stick joins the list.
    system = system_tessdata_dir()
    assert system is not None
    shutil.copyfile(system / "isl.traineddata", tmp_path / "isq.traineddata")
    job = dialog.add_traineddata(str(tmp_path / "isq.traineddata"))
    assert job is not None
    qtbot.waitUntil(lambda: job.is_final, timeout=60_000)
    assert job.state == "done", job.error
    assert "isq" in _codes(dialog)

    dialog.languages.item(_codes(dialog).index("isl")).setCheckState(Qt.CheckState.Checked)
    dialog.ocr_jobs.setValue(1)
    dialog.device.setCurrentIndex(dialog.device.findData("cpu"))
    dialog.show()
    dialog.grab().save(str(SCREENSHOTS / "settings.png"))
    dialog.accept()

    assert settings.languages == "eng+isl"
    assert settings.ocr_arguments() == ["--jobs", "1"]
    assert settings.asr_arguments() == ["--model", "whisper-base-2", "--device", "cpu"]
    assert os.environ.get("QUIRE_MODELS_DIR")  # the jobs saw the test's own folders


def test_defaults(settings: Settings) -> None:
    assert settings.languages == "eng"
    assert settings.ocr_arguments() == []
    assert settings.asr_arguments() == ["--model", "base", "--device", "auto"]
