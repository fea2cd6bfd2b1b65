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
    QMenu,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.asr.models import available_models
from ..core.errors import QuireError
from ..core.machine import debian_package, gpu_report, missing_ocr_languages
from ..core.store.project import Project
from ..workers.jobs import Job, JobQueue
from .widgets import LANGUAGE_NAMES, language_name

DEFAULT_LANGUAGES = "eng"
# Languages the window can be shown in; each but English has resources/translations/quire_<code>.qm.
WINDOW_LANGUAGES = ("", "en", "fr")


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

    @property
    def window_language(self) -> str:
        """ "" for the system's language, else "en" or "fr"; read by app.py at start-up."""
        value = str(self.store.value("ui/language", "") or "")
        return value if value in WINDOW_LANGUAGES else ""

    @window_language.setter
    def window_language(self, value: str) -> None:
        self.store.setValue("ui/language", value)

    def ocr_arguments(self) -> list[str]:
        return ["--jobs", str(self.ocr_jobs)] if self.ocr_jobs > 0 else []

    def asr_arguments(self) -> list[str]:
        return ["--model", self.asr_model, "--device", self.asr_device]


def _language_label(code: str) -> str:
    name = language_name(code)
    return f"{name} ({code})" if name else code


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        installed_languages: list[str],
        project: Project | None,
        parent: QWidget | None = None,
        queue: JobQueue | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.queue = queue
        self._pending: dict[int, str | None] = {}  # job id -> model name, None for languages
        if queue is not None:
            queue.finished.connect(self._job_finished)
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
        self._fill_languages(installed_languages, set(settings.languages.split("+")))
        ocr_layout.addWidget(self.languages)
        add_language = QPushButton(self.tr("Add language data…"), ocr_box)
        add_language.setToolTip(
            self.tr(
                "Add a Tesseract .traineddata file, for a language or script this computer "
                "lacks (for example a community-trained model)."
            )
        )
        add_language.clicked.connect(self.choose_traineddata)
        add_language.setEnabled(queue is not None)
        ocr_layout.addWidget(add_language, 0, Qt.AlignmentFlag.AlignLeft)
        self.missing = QLabel(ocr_box)
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)  # "tesseract-ocr-<code>" is no tag
        self.missing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        missing = missing_ocr_languages(project) if project else []
        if missing:
            self.missing.setText(
                self.tr(
                    "This project has pages in languages Tesseract cannot read yet: {names}. "
                    "Add its language data with Add language data…, or ask whoever looks "
                    "after this computer to install: {packages}"
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
        self._fill_models(settings.asr_model)
        model_row.addWidget(self.model, 1)
        add_model = QToolButton(asr_box)
        add_model.setText(self.tr("Add a model…"))
        add_model.setToolTip(
            self.tr(
                "A Whisper model in CTranslate2 format (model.bin, config.json and "
                "tokenizer.json), for instance copied from a USB stick. Quire never downloads "
                "a model."
            )
        )
        add_model.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(add_model)
        menu.addAction(self.tr("From a folder…"), self.choose_model_folder)
        menu.addAction(self.tr("From a .zip file…"), self.choose_model_zip)
        add_model.setMenu(menu)
        add_model.setEnabled(queue is not None)
        model_row.addWidget(add_model)
        asr_form.addRow(self.tr("Model:"), model_row)

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

        # ----- language of the window (read once, at start-up, by app.py)
        window_form = QFormLayout()
        self.window_language = QComboBox(self)
        self.window_language.addItem(self.tr("System"), "")
        # Each language is named in itself, so whoever reads it can find theirs.
        self.window_language.addItem("English", "en")
        self.window_language.addItem("Français", "fr")
        self.window_language.setCurrentIndex(
            max(self.window_language.findData(settings.window_language), 0)
        )
        language_note = QLabel(self.tr("Applies the next time Quire starts."), self)
        language_note.setStyleSheet("color: #6b7280;")
        window_form.addRow(self.tr("Language of the window:"), self.window_language)
        window_form.addRow("", language_note)
        layout.addLayout(window_form)

        # Why adding a model or language data failed, in words.
        self.add_problem = QLabel(self)
        self.add_problem.setWordWrap(True)
        self.add_problem.setStyleSheet("color: #9a3412;")
        self.add_problem.hide()
        layout.addWidget(self.add_problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 640)

    # ----- lists

    def _fill_languages(self, installed: list[str], chosen: set[str]) -> None:
        self.languages.clear()
        for code in sorted(installed, key=lambda c: LANGUAGE_NAMES.get(c, c)):
            if code == "osd":
                continue
            entry = QListWidgetItem(_language_label(code), self.languages)
            entry.setData(Qt.ItemDataRole.UserRole, code)
            entry.setCheckState(
                Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked
            )

    def _fill_models(self, current: str) -> None:
        self.model.clear()
        for name, folder in available_models().items():
            self.model.addItem(name, name)
            self.model.setItemData(self.model.count() - 1, str(folder), Qt.ItemDataRole.ToolTipRole)
        if self.model.findData(current) < 0:
            self.model.addItem(Path(current).name or current, current)
        self.model.setCurrentIndex(self.model.findData(current))

    # ----- adding models and language data, as jobs (copying a model takes a while)

    def choose_model_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of a Whisper model"))
        if folder:
            self.add_model(folder)

    def choose_model_zip(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("A Whisper model in a .zip file"), "", self.tr("Zip files (*.zip)")
        )
        if path:
            self.add_model(path)

    def add_model(self, source: str) -> Job | None:
        name = Path(source).stem if source.lower().endswith(".zip") else Path(source).name
        return self._run(
            self.tr("Add the speech model {name}").format(name=name),
            ["models", "add", source],
            name,
        )

    def choose_traineddata(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Tesseract language data"),
            "",
            self.tr("Tesseract language data (*.traineddata)"),
        )
        if path:
            self.add_traineddata(path)

    def add_traineddata(self, path: str) -> Job | None:
        return self._run(
            self.tr("Add the OCR language {name}").format(name=Path(path).stem),
            ["languages", "add", path],
        )

    def _run(self, title: str, command: list[str], model: str | None = None) -> Job | None:
        if self.queue is None:
            return None
        self.add_problem.hide()
        job = self.queue.enqueue(title, [*command, "--progress-json"])
        self._pending[job.id] = model
        return job

    def _job_finished(self, job: Job) -> None:
        if job.id not in self._pending:
            return
        model = self._pending.pop(job.id)
        if job.state != "done":
            self.add_problem.setText(job.error + (" " + job.hint if job.hint else ""))
            self.add_problem.show()
            return
        if model is not None:
            self._fill_models(model)
            return
        from ..core.ocr.tesseract import installed_languages, tessdata_dir

        tessdata_dir.cache_clear()
        installed_languages.cache_clear()
        chosen = set(self.chosen_languages().split("+"))
        self._fill_languages(sorted(installed_languages()), chosen)

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
        self.settings.window_language = str(self.window_language.currentData())
        super().accept()


def open_settings(
    parent: QWidget, settings: Settings, project: Project | None, queue: JobQueue | None
) -> bool:
    from ..core.ocr.tesseract import installed_languages

    try:
        installed = sorted(installed_languages())
    except QuireError:
        installed = []
    dialog = SettingsDialog(settings, installed, project, parent, queue)
    return dialog.exec() == QDialog.DialogCode.Accepted
