"""The scan dialog, offscreen, scanning from SANE's virtual test scanner and adding the
pages to a real project through the job queue (a real ``quire scan`` child process)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.store.project import Project
from desktop.ui.main_window import MainWindow
from desktop.ui.scan_dialog import ScanDialog
from desktop.workers.jobs import DONE, JobQueue
from tests.sane import FEEDER, FEEDER_PAGES, use_sane_config

REPO = Path(__file__).resolve().parents[2]
TIMEOUT_MS = 60_000


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    # Never leave a question open with nobody to answer it.
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    # Held open, as the window holds it: the import job borrows its lock.
    opened = Project.create(tmp_path / "Minutes of the parish council")
    yield opened
    opened.close()


def open_dialog(qtbot: QtBot, project: Project, queue: JobQueue, work: Path) -> ScanDialog:
    dialog = ScanDialog(project.folder, queue, work_folder=work)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(
        lambda: (
            not dialog.busy()
            and (dialog.options is not None or dialog.stack.currentWidget() is dialog.no_scanner)
        ),
        timeout=TIMEOUT_MS,
    )
    return dialog


def choose(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    assert index >= 0, f"{value!r} is not offered"
    combo.setCurrentIndex(index)


def scan(qtbot: QtBot, dialog: ScanDialog, pages_after: int) -> None:
    assert dialog.scan_button.isEnabled()
    qtbot.mouseClick(dialog.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not dialog.busy() and dialog.pages.count() == pages_after, timeout=TIMEOUT_MS
    )


def test_scan_preview_remove_and_add_as_one_document(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    project: Project,
    queue: JobQueue,
) -> None:
    use_sane_config(monkeypatch, tmp_path / "sane")
    work = tmp_path / "work"
    dialog = open_dialog(qtbot, project, queue, work)
    assert dialog.device_combo.count() == 2
    choose(dialog.device_combo, "test:0")
    assert dialog.device() == "test:0"
    assert [dialog.mode_combo.itemText(i) for i in range(dialog.mode_combo.count())] == [
        "Greyscale",
        "Colour",
    ]
    assert dialog.resolution_combo.currentData() == 300  # the best start for OCR
    choose(dialog.resolution_combo, 100)
    choose(dialog.mode_combo, "Gray")

    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview.has_image() and not dialog.busy(), timeout=TIMEOUT_MS)
    assert dialog._preview_path is not None
    with Image.open(dialog._preview_path) as preview:
        assert round(preview.info["dpi"][0]) == 50

    scan(qtbot, dialog, 1)
    scan(qtbot, dialog, 2)
    assert dialog.pages.item(1).text() == "Page 2"
    first = dialog.page_files()[0]
    dialog.pages.item(0).setSelected(True)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.count() == 1 and not first.exists()
    assert dialog.pages.item(0).text() == "Page 1"

    # The whole feeder, while the event loop keeps turning (measured every 10 ms).
    choose(dialog.source_combo, FEEDER)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    scan(qtbot, dialog, 1 + FEEDER_PAGES)
    timer.stop()
    longest = max((b - a for a, b in itertools.pairwise(ticks)), default=0.0)
    print(f"longest pause of the event loop while scanning: {longest * 1000:.0f} ms")
    assert len(ticks) > 1 and longest < 1.0

    pages = dialog.page_files()
    dialog.title_edit.setText("Minutes, 1952–1954")
    dialog.languages_edit.setText("eng")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    job = dialog.added_job
    assert job is not None and not dialog.isVisible()
    qtbot.waitUntil(lambda: job.is_final, timeout=TIMEOUT_MS)
    assert job.state == DONE, f"{job.error} {job.hint}"

    (item,) = project.items()
    assert item["title"] == "Minutes, 1952–1954"
    assert item["kind"] == "document" and item["languages"] == "eng"
    stored = project.pages(item["id"])
    assert len(stored) == len(pages) == 1 + FEEDER_PAGES
    assert {page["dpi"] for page in stored} == {100.0}
    assert not work.exists()  # the scanned pages are removed once added


def test_cancel_stops_the_scanner(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    project: Project,
    queue: JobQueue,
) -> None:
    # A slow scanner: a pause after each block of data.
    use_sane_config(monkeypatch, tmp_path / "sane", read_delay="true", read_delay_duration="100000")
    dialog = open_dialog(qtbot, project, queue, tmp_path / "work")
    choose(dialog.mode_combo, "Color")
    choose(dialog.resolution_combo, 300)
    qtbot.mouseClick(dialog.scan_button, Qt.MouseButton.LeftButton)
    assert dialog.busy() and dialog.cancel_button.isVisible()
    assert not dialog.scan_button.isEnabled() and not dialog.add_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=TIMEOUT_MS)
    started = time.monotonic()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=TIMEOUT_MS)
    assert time.monotonic() - started < 5
    assert dialog.pages.count() == 0
    assert dialog.status.text().startswith("Stopped.")
    assert list((tmp_path / "work" / "pages").iterdir()) == []
    assert dialog.scan_button.isEnabled()


def test_no_scanner_offers_file_import(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    project: Project,
    queue: JobQueue,
) -> None:
    use_sane_config(monkeypatch, tmp_path / "sane", backends=())
    dialog = open_dialog(qtbot, project, queue, tmp_path / "work")
    assert dialog.stack.currentWidget() is dialog.no_scanner
    assert "No scanner was found." in dialog.no_scanner_text.text()
    assert not dialog.scan_button.isEnabled() and not dialog.preview_button.isEnabled()
    qtbot.mouseClick(dialog.import_instead_button, Qt.MouseButton.LeftButton)
    assert dialog.wants_file_import and not dialog.isVisible()
    assert not (tmp_path / "work").exists()


def test_the_main_window_has_a_scan_action(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    use_sane_config(monkeypatch, tmp_path / "sane", backends=())
    window = MainWindow(log_path=tmp_path / "quire.log")
    qtbot.addWidget(window)
    (action,) = [a for a in window.findChildren(QAction) if a.text() == "&Scan…"]
    assert action.shortcut() == QKeySequence("Ctrl+Shift+S")
    assert [a for a in window.findChildren(QAction) if a.text() == "Scan"]  # the toolbar

    folder = tmp_path / "p"
    Project.create(folder).close()
    window.open_project(folder)
    opened: list[ScanDialog] = []
    imports: list[bool] = []

    def answer(dialog: ScanDialog) -> int:  # instead of waiting for a person
        qtbot.waitUntil(lambda: not dialog.busy(), timeout=TIMEOUT_MS)
        opened.append(dialog)
        dialog._import_instead()
        return 0

    monkeypatch.setattr(ScanDialog, "exec", answer)
    monkeypatch.setattr(window, "import_files", lambda: imports.append(True))
    action.trigger()
    assert len(opened) == 1 and opened[0].project_folder == folder
    assert imports == [True]
    window.close_project()


def test_screenshot(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    project: Project,
    queue: JobQueue,
) -> None:
    use_sane_config(monkeypatch, tmp_path / "sane", test_picture='"Color pattern"')
    dialog = open_dialog(qtbot, project, queue, tmp_path / "work")
    dialog.resize(1080, 780)
    choose(dialog.resolution_combo, 100)
    choose(dialog.mode_combo, "Color")
    scan(qtbot, dialog, 1)
    scan(qtbot, dialog, 2)
    scan(qtbot, dialog, 3)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview.has_image() and not dialog.busy(), timeout=TIMEOUT_MS)
    dialog.title_edit.setText("Minutes of the parish council, 1952")
    target = REPO / "docs" / "screenshots" / "scan.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(target))
    assert target.stat().st_size > 10_000
