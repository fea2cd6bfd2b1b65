"""The settings dialog: what this computer has, what the project lacks, and jobs that obey."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from desktop.core.asr.models import resolve_model
from desktop.core.ocr.tesseract import installed_languages
from desktop.core.store.project import Project
from desktop.ui.settings import Settings, SettingsDialog

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "quire.ini"), QSettings.Format.IniFormat))


def _row(dialog: SettingsDialog, code: str) -> int:
    for row in range(dialog.languages.count()):
        if dialog.languages.item(row).data(Qt.ItemDataRole.UserRole) == code:
            return row
    raise AssertionError(f"{code} not listed")


def test_settings_show_the_machine_and_are_kept(
    qtbot: QtBot, tmp_path: Path, settings: Settings
) -> None:
    with Project.create(tmp_path / "p") as project:
        project.add_item("document", "Klingon letter", "eng+tlh", "letter.png")
        dialog = SettingsDialog(settings, sorted(installed_languages()), project)
        qtbot.addWidget(dialog)

    # Installed languages are offered by name; the one the project lacks is named with its fix.
    assert "Icelandic (isl)" in [
        dialog.languages.item(row).text() for row in range(dialog.languages.count())
    ]
    assert "tlh" in dialog.missing.text() and "tesseract-ocr-tlh" in dialog.missing.text()
    assert "eng" not in dialog.missing.text().split("install:")[1]
    # No GPU on this machine: the dialog says why speech runs on the processor.
    assert "processor" in dialog.gpu_label.text() or "GPU" in dialog.gpu_label.text()

    broken = tmp_path / "not-a-model"
    broken.mkdir()
    (broken / "model.bin").write_bytes(b"")
    assert not dialog.use_model_folder(broken)
    assert "tokenizer.json" in dialog.model_problem.text()
    assert not dialog.model_problem.isHidden()
    model = tmp_path / "models" / "my-base"
    shutil.copytree(resolve_model("base")[1], model)
    assert dialog.use_model_folder(model)
    assert dialog.model_problem.isHidden()

    dialog.languages.item(_row(dialog, "isl")).setCheckState(Qt.CheckState.Checked)
    dialog.ocr_jobs.setValue(1)
    dialog.device.setCurrentIndex(dialog.device.findData("cpu"))
    dialog.show()
    dialog.grab().save(str(SCREENSHOTS / "settings.png"))
    dialog.accept()

    assert settings.languages == "eng+isl"
    assert settings.ocr_arguments() == ["--jobs", "1"]
    assert settings.asr_arguments() == ["--model", str(model), "--device", "cpu"]


def test_defaults(settings: Settings) -> None:
    assert settings.languages == "eng"
    assert settings.ocr_arguments() == []
    assert settings.asr_arguments() == ["--model", "base", "--device", "auto"]
