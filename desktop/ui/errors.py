"""The one place that shows errors: what happened, what to do, and where the log is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.errors import QuireError


def show_error(
    parent: QWidget | None, message: str, hint: str = "", log_path: Path | None = None
) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("errors", "Quire"))
    box.setText(message)
    details = hint
    if log_path:
        details += ("\n\n" if details else "") + QCoreApplication.translate(
            "errors", "Details are in the log file: {path}"
        ).format(path=log_path)
    box.setInformativeText(details)
    box.exec()


def show_quire_error(
    parent: QWidget | None, error: QuireError, log_path: Path | None = None
) -> None:
    show_error(parent, str(error), error.hint_for_window, log_path)


def show_unexpected_error(parent: QWidget | None, error: BaseException, log_path: Path) -> None:
    if isinstance(error, QuireError):
        show_quire_error(parent, error, log_path)
        return
    show_error(
        parent,
        QCoreApplication.translate(
            "errors", "Something went wrong inside Quire. Your work saved so far is safe."
        ),
        QCoreApplication.translate(
            "errors",
            "You can carry on working. If it happens again, send the log file to whoever "
            "looks after Quire for you.",
        ),
        log_path,
    )
