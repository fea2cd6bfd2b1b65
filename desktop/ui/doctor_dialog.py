"""Help → Check this computer: the self-check of ``quire doctor``, in a window."""

from __future__ import annotations

import html
import json
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.doctor import OK, PROBLEM, WARNING, Check, report_as_data, run_checks


class _ChecksThread(QThread):
    """Looking for scanners can take seconds: never on the UI thread."""

    done = Signal(list)

    def __init__(self, project_folder: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project_folder = project_folder

    def run(self) -> None:
        self.done.emit(run_checks(self.project_folder))


class DoctorDialog(QDialog):
    def __init__(self, project_folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check this computer"))
        self.checks: list[Check] = []
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Checking… (looking for scanners takes a few seconds)"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        # Rich text rather than a table: summaries and fixes are sentences, never cut off.
        self.report = QTextBrowser(self)
        self.report.setOpenLinks(False)
        layout.addWidget(self.report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy the report"), self)
        self.copy_button.setToolTip(
            self.tr("Copy the full report, to paste into a message to whoever helps you")
        )
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 480)
        self.thread_ = _ChecksThread(project_folder, self)
        self.thread_.done.connect(self.show_checks)
        self.thread_.start()

    def show_checks(self, checks: list[Check]) -> None:
        self.checks = checks
        marks = {
            OK: ("✔", "#15803d", self.tr("Ready")),
            WARNING: ("●", "#a16207", self.tr("Note")),
            PROBLEM: ("✖", "#b91c1c", self.tr("Needs fixing")),
        }
        blocks = []
        for check in checks:
            mark, colour, label = marks.get(check.status, marks[WARNING])
            block = (
                f"<p><span style='color:{colour}'>{mark} <b>{html.escape(check.title)}</b>"
                f" — {label}</span><br>{html.escape(check.summary)}"
            )
            if check.fix and check.status != OK:
                what = html.escape(self.tr("What to do:"))
                block += f"<br><i>{what}</i> {html.escape(check.fix)}"
            blocks.append(block + "</p>")
        self.report.setHtml("".join(blocks))
        problems = [check for check in checks if check.status == PROBLEM]
        if problems:
            self.summary.setText(
                self.tr(
                    "Some things need fixing before Quire can do all its work: {names}."
                ).format(names=", ".join(check.title for check in problems))
            )
        else:
            self.summary.setText(self.tr("This computer is ready for Quire."))
        self.copy_button.setEnabled(True)

    def copy_report(self) -> None:
        report = json.dumps(report_as_data(self.checks), indent=2, ensure_ascii=False)
        QGuiApplication.clipboard().setText(report)

    def done(self, result: int) -> None:
        self.thread_.wait()
        super().done(result)
