"""Settings: OCR languages, the speech model and device, how much work runs at once.

Kept in QSettings (per user); the main window passes them to each job it starts.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.asr.models import available_models, is_model_folder, user_models_dir
from ..core.errors import QuireError
from ..core.machine import debian_package, gpu_report, missing_ocr_languages
from ..core.store.project import Project
from .widgets import LANGUAGE_NAMES

DEFAULT_LANGUAGES = "eng"


class Settings:
    """Typed access to what the user chose, with the defaults in one place."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings()

    @property
    def languages(self) -> str:
        return str(self.store.value("import/languages", DEFAULT_LANGUAGES)) or DEFAULT_LANGUAGES

    @languages.setter
    def languages(self, value: str) -> None:
        self.store.setValue("import/languages", value)

    @property
    def ocr_jobs(self) -> int:
        value = self.store.value("ocr/jobs", 0)
        return int(value) if isinstance(value, (int, str)) and str(value).isdigit() else 0

    @ocr_jobs.setter
    def ocr_jobs(self, value: int) -> None:
        self.store.setValue("ocr/jobs", int(value))

    @property
    def asr_model(self) -> str:
        return str(self.store.value("asr/model", "base") or "base")

    @asr_model.setter
    def asr_model(self, value: str) -> None:
        self.store.setValue("asr/model", value)

    @property
    def asr_device(self) -> str:
        value = str(self.store.value("asr/device", "auto"))
        return value if value in ("auto", "cpu", "cuda") else "auto"

    @asr_device.setter
    def asr_device(self, value: str) -> None:
        self.store.setValue("asr/device", value)

    def ocr_arguments(self) -> list[str]:
        return ["--jobs", str(self.ocr_jobs)] if self.ocr_jobs > 0 else []

    def asr_arguments(self) -> list[str]:
        return ["--model", self.asr_model, "--device", self.asr_device]


def _language_label(code: str) -> str:
    name = LANGUAGE_NAMES.get(code)
    return f"{name} ({code})" if name else code


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        installed_languages: list[str],
        project: Project | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)

        # ----- text recognition
        ocr_box = QGroupBox(self.tr("Text recognition (OCR)"), self)
        ocr_layout = QVBoxLayout(ocr_box)
        ocr_layout.addWidget(
            QLabel(self.tr("Languages ticked at first when you import pages:"), ocr_box)
        )
        self.languages = QListWidget(ocr_box)
        self.languages.setToolTip(
            self.tr("These are the languages whose data Tesseract has on this computer.")
        )
        chosen = set(settings.languages.split("+"))
        for code in sorted(installed_languages, key=lambda c: LANGUAGE_NAMES.get(c, c)):
            if code == "osd":
                continue
            entry = QListWidgetItem(_language_label(code), self.languages)
            entry.setData(Qt.ItemDataRole.UserRole, code)
            entry.setCheckState(
                Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked
            )
        ocr_layout.addWidget(self.languages)
        self.missing = QLabel(ocr_box)
        self.missing.setWordWrap(True)
        self.missing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        missing = missing_ocr_languages(project) if project else []
        if missing:
            self.missing.setText(
                self.tr(
                    "This project has pages in languages Tesseract cannot read yet: {names}. "
                    "Ask whoever looks after this computer to install: {packages}"
                ).format(
                    names=", ".join(_language_label(code) for code in missing),
                    packages=" ".join(debian_package(code) for code in missing),
                )
            )
            self.missing.setStyleSheet("color: #9a3412;")
        else:
            self.missing.setText(
                self.tr(
                    "A language missing from this list is added by installing its Tesseract "
                    "data (on Debian or Ubuntu, the package tesseract-ocr-<code>)."
                )
            )
        ocr_layout.addWidget(self.missing)
        form = QFormLayout()
        self.ocr_jobs = QSpinBox(ocr_box)
        cores = os.cpu_count() or 1
        self.ocr_jobs.setRange(0, max(cores * 2, 2))
        self.ocr_jobs.setSpecialValueText(
            self.tr("One per processor core ({cores})").format(cores=cores)
        )
        self.ocr_jobs.setValue(settings.ocr_jobs)
        self.ocr_jobs.setToolTip(
            self.tr(
                "More pages at a time is faster, but uses more memory and leaves less room "
                "for other work."
            )
        )
        form.addRow(self.tr("Pages recognised at a time:"), self.ocr_jobs)
        ocr_layout.addLayout(form)
        layout.addWidget(ocr_box)

        # ----- speech recognition
        asr_box = QGroupBox(self.tr("Speech recognition"), self)
        asr_form = QFormLayout(asr_box)
        model_row = QHBoxLayout()
        self.model = QComboBox(asr_box)
        for name, folder in available_models().items():
            self.model.addItem(name, name)
            self.model.setItemData(self.model.count() - 1, str(folder), Qt.ItemDataRole.ToolTipRole)
        current = settings.asr_model
        if self.model.findData(current) < 0:
            self.model.addItem(Path(current).name or current, current)
        self.model.setCurrentIndex(self.model.findData(current))
        model_row.addWidget(self.model, 1)
        add_model = QPushButton(self.tr("Use a model folder…"), asr_box)
        add_model.setToolTip(
            self.tr(
                "A Whisper model in CTranslate2 format: a folder with model.bin, config.json "
                "and tokenizer.json, for instance copied from a USB stick."
            )
        )
        add_model.clicked.connect(self.choose_model_folder)
        model_row.addWidget(add_model)
        asr_form.addRow(self.tr("Model:"), model_row)
        self.model_problem = QLabel(asr_box)
        self.model_problem.setWordWrap(True)
        self.model_problem.setStyleSheet("color: #9a3412;")
        self.model_problem.hide()
        asr_form.addRow("", self.model_problem)

        self.device = QComboBox(asr_box)
        self.device.addItem(self.tr("Automatic (the GPU if there is one)"), "auto")
        self.device.addItem(self.tr("Processor only"), "cpu")
        self.device.addItem(self.tr("GPU"), "cuda")
        self.device.setCurrentIndex(self.device.findData(settings.asr_device))
        asr_form.addRow(self.tr("Run on:"), self.device)
        gpu = gpu_report()
        if gpu.usable:
            detected = self.tr("Found {count} NVIDIA GPU(s); speech runs there in {types}.").format(
                count=gpu.cuda_devices,
                types="float16" if "float16" in gpu.compute_types else ", ".join(gpu.compute_types),
            )
        else:
            detected = gpu.problem
        self.gpu_label = QLabel(detected, asr_box)
        self.gpu_label.setWordWrap(True)
        asr_form.addRow("", self.gpu_label)
        layout.addWidget(asr_box)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 640)

    def choose_model_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of a Whisper model"), str(user_models_dir())
        )
        if folder:
            self.use_model_folder(Path(folder))

    def use_model_folder(self, folder: Path) -> bool:
        if not is_model_folder(folder):
            self.model_problem.setText(
                self.tr(
                    "{folder} is not a speech model Quire can use: it needs model.bin, "
                    "config.json and tokenizer.json (a Whisper model in CTranslate2 format)."
                ).format(folder=folder)
            )
            self.model_problem.show()
            return False
        self.model_problem.hide()
        index = self.model.findData(str(folder))
        if index < 0:
            self.model.addItem(folder.name, str(folder))
            index = self.model.count() - 1
        self.model.setCurrentIndex(index)
        return True

    def chosen_languages(self) -> str:
        codes = [
            str(self.languages.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.languages.count())
            if self.languages.item(row).checkState() == Qt.CheckState.Checked
        ]
        return "+".join(codes) or DEFAULT_LANGUAGES

    def accept(self) -> None:
        self.settings.languages = self.chosen_languages()
        self.settings.ocr_jobs = self.ocr_jobs.value()
        self.settings.asr_model = str(self.model.currentData())
        self.settings.asr_device = str(self.device.currentData())
        super().accept()


def open_settings(parent: QWidget, settings: Settings, project: Project | None) -> bool:
    from ..core.ocr.tesseract import installed_languages

    try:
        installed = sorted(installed_languages())
    except QuireError:
        installed = []
    dialog = SettingsDialog(settings, installed, project, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
