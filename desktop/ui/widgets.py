"""Small widgets of the main window: item metadata and language choice."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import QuireError
from ..core.store.project import Project

# Names of Tesseract's languages, marked for lupdate; shown through language_name().
LANGUAGE_NAMES: dict[str, str] = {
    "eng": str(QT_TRANSLATE_NOOP("languages", "English")),
    "fra": str(QT_TRANSLATE_NOOP("languages", "French")),
    "deu": str(QT_TRANSLATE_NOOP("languages", "German")),
    "spa": str(QT_TRANSLATE_NOOP("languages", "Spanish")),
    "eus": str(QT_TRANSLATE_NOOP("languages", "Basque")),
    "cat": str(QT_TRANSLATE_NOOP("languages", "Catalan")),
    "glg": str(QT_TRANSLATE_NOOP("languages", "Galician")),
    "ita": str(QT_TRANSLATE_NOOP("languages", "Italian")),
    "por": str(QT_TRANSLATE_NOOP("languages", "Portuguese")),
    "nld": str(QT_TRANSLATE_NOOP("languages", "Dutch")),
    "isl": str(QT_TRANSLATE_NOOP("languages", "Icelandic")),
    "cym": str(QT_TRANSLATE_NOOP("languages", "Welsh")),
    "bre": str(QT_TRANSLATE_NOOP("languages", "Breton")),
    "fry": str(QT_TRANSLATE_NOOP("languages", "Frisian")),
    "gle": str(QT_TRANSLATE_NOOP("languages", "Irish")),
    "gla": str(QT_TRANSLATE_NOOP("languages", "Scottish Gaelic")),
    "dan": str(QT_TRANSLATE_NOOP("languages", "Danish")),
    "nor": str(QT_TRANSLATE_NOOP("languages", "Norwegian")),
    "swe": str(QT_TRANSLATE_NOOP("languages", "Swedish")),
    "fin": str(QT_TRANSLATE_NOOP("languages", "Finnish")),
    "est": str(QT_TRANSLATE_NOOP("languages", "Estonian")),
    "osd": "",
}


def language_name(code: str) -> str:
    """The language's name in the language of the window, or "" when unknown."""
    name = LANGUAGE_NAMES.get(code)
    return QCoreApplication.translate("languages", name) if name else ""


def languages_shown(codes: str) -> str:
    """Tesseract's "eng+fra" as a person reads it, "English, French" (a code with no name in
    the table stays a code)."""
    return ", ".join(language_name(code) or code for code in codes.split("+") if code)


class MetadataPanel(QWidget):
    """An item's title, date, creator, place, languages, rights and notes, saved as typed."""

    saved = Signal(str)

    FIELDS = (
        "title",
        "date",
        "creator",
        "place",
        "languages",
        "narrator",
        "interviewer",
        "rights",
        "license",
        "consent_ref",
        "embargo",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.item_id: int | None = None
        form = QFormLayout(self)
        labels = {
            "title": self.tr("Title"),
            "date": self.tr("Date"),
            "creator": self.tr("Creator"),
            "place": self.tr("Place"),
            "languages": self.tr("Languages"),
            "narrator": self.tr("Narrator"),
            "interviewer": self.tr("Interviewer"),
            "rights": self.tr("Rights"),
            "license": self.tr("Licence"),
            "consent_ref": self.tr("Consent form"),
            "embargo": self.tr("Embargo until"),
        }
        self.edits: dict[str, QLineEdit] = {}
        for name in self.FIELDS:
            edit = QLineEdit(self)
            edit.editingFinished.connect(self._save)
            self.edits[name] = edit
            form.addRow(labels[name], edit)
            if name == "consent_ref":
                self.consent = QComboBox(self)
                for status, label in (
                    ("none", self.tr("No consent")),
                    ("pending", self.tr("Asked, not signed yet")),
                    ("signed", self.tr("Signed")),
                    ("refused", self.tr("Refused")),
                ):
                    self.consent.addItem(label, status)
                self.consent.activated.connect(lambda _index: self._save())
                form.addRow(self.tr("Consent"), self.consent)
        self.edits["license"].setPlaceholderText(self.tr("SPDX id, e.g. CC-BY-4.0"))
        self.edits["license"].setToolTip(
            self.tr("The licence as an SPDX identifier: CC-BY-4.0, CC0-1.0, CC-BY-NC-4.0…")
        )
        self.edits["consent_ref"].setPlaceholderText(self.tr("reference of the signed form"))
        self.edits["embargo"].setPlaceholderText(self.tr("YYYY-MM-DD, if any"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b91c1c;")
        self.problem.hide()
        self.edits["languages"].setToolTip(
            self.tr("Tesseract language codes joined by +, for example eng or eus+spa+fra")
        )
        self.edits["date"].setPlaceholderText(self.tr("e.g. 1987-06-14"))
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(self.tr("Notes for colleagues"))
        self.notes.textChanged.connect(self._notes_changed)
        form.addRow(self.tr("Notes"), self.notes)
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Imported from"), self.source)
        form.addRow(self.problem)
        self.setEnabled(False)

    def show_item(self, project: Project | None, item_id: int | None) -> None:
        self._save()
        self.project, self.item_id = project, item_id
        self.setEnabled(project is not None and item_id is not None)
        item = project.item(item_id) if project and item_id else {}
        for name, edit in self.edits.items():
            edit.blockSignals(True)
            edit.setText(str(item.get(name) or ""))
            edit.blockSignals(False)
        self.notes.blockSignals(True)
        self.notes.setPlainText(str(item.get("notes") or ""))
        self.notes.blockSignals(False)
        self.notes.document().setModified(False)
        self.source.setText(str(item.get("source_name") or ""))
        self.consent.blockSignals(True)
        self.consent.setCurrentIndex(
            max(self.consent.findData(item.get("consent_status") or "none"), 0)
        )
        self.consent.blockSignals(False)
        self.problem.hide()

    def _notes_changed(self) -> None:
        self.notes.document().setModified(True)

    def _save(self) -> None:
        if not self.project or not self.item_id:
            return
        item = self.project.item(self.item_id)
        changes = {
            name: edit.text().strip()
            for name, edit in self.edits.items()
            if edit.text().strip() != (item.get(name) or "")
        }
        if self.notes.document().isModified():
            changes["notes"] = self.notes.toPlainText()
            self.notes.document().setModified(False)
        if changes.get("title") == "":
            del changes["title"]  # an item always keeps a title
        status = str(self.consent.currentData() or "none")
        if status != (item.get("consent_status") or "none"):
            changes["consent_status"] = status
        if not changes:
            return
        try:
            if changes.get("license"):
                from ..core.bundle.metadata import normalise_license

                changes["license"] = normalise_license(changes["license"])
                self.edits["license"].setText(changes["license"])
            self.project.set_item_metadata(self.item_id, **changes)
        except QuireError as error:
            self.problem.setText(f"{error} {error.hint_for_window}")
            self.problem.show()
            return
        self.problem.hide()
        self.saved.emit(self.tr("Saved"))

    def flush(self) -> None:
        self._save()


class LanguageDialog(QDialog):
    """Choose the languages of what is being imported, from those Tesseract has."""

    def __init__(self, installed: list[str], chosen: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Languages of these files"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Tick every language the pages are written in. Recordings are listened to "
                "and their language is detected, whatever you tick."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.list = QListWidget(self)
        wanted = set(chosen.split("+"))
        for code in sorted(installed, key=lambda c: LANGUAGE_NAMES.get(c, c)):
            if code == "osd":
                continue
            name = language_name(code)
            entry = QListWidgetItem(f"{name} ({code})" if name else code, self.list)
            entry.setData(Qt.ItemDataRole.UserRole, code)
            entry.setCheckState(
                Qt.CheckState.Checked if code in wanted else Qt.CheckState.Unchecked
            )
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(380, 460)

    def languages(self) -> str:
        codes = [
            str(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]
        return "+".join(codes) or "eng"
