"""Help → Check this computer shows the same checks as 'quire doctor'."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.core.store.project import Project
from desktop.ui.doctor_dialog import DoctorDialog

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def test_the_check_names_what_the_project_lacks(qtbot: QtBot, tmp_path: Path) -> None:
    with Project.create(tmp_path / "p") as project:
        project.add_item("document", "Letter", "eng+tlh", "letter.png")
    dialog = DoctorDialog(tmp_path / "p")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.checks), timeout=60_000)
    shown = dialog.report.toPlainText()
    assert "Text recognition (Tesseract) — Needs fixing" in shown
    assert "sudo apt-get install tesseract-ocr-tlh" in shown
    assert "need fixing" in dialog.summary.text()
    dialog.grab().save(str(SCREENSHOTS / "check-computer.png"))
    dialog.copy_report()
    report = json.loads(QGuiApplication.clipboard().text())
    assert report["ok"] is False
    assert {check["name"] for check in report["checks"]} >= {"tesseract", "gpu", "folder"}
    dialog.accept()
