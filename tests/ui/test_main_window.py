"""The main window end to end, offscreen: import, recognise, transcribe, correct, resume."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.capture.importer import import_file
from desktop.core.store.project import Project
from desktop.ui.main_window import MainWindow
from desktop.workers.jobs import Job
from tests.conftest import kill_ocr_after_pages

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    # Never leave a question dialog open with nobody to answer it.
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    # Settings (recent projects, window layout) go to the test's own folder.
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    main = MainWindow(log_path=tmp_path / "quire.log")
    main.resize(1500, 950)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.queue.stop_all(10_000)
    main.close_project()


def _wait(qtbot: QtBot, window: MainWindow, job: Job | None, timeout: int = 180_000) -> Job:
    assert job is not None
    qtbot.waitUntil(lambda: job.is_final, timeout=timeout)
    return job


def _rows(window: MainWindow) -> list[tuple[str, str, str]]:
    return [
        (row.text(0), row.text(1), row.text(3))
        for row in (window.items.topLevelItem(i) for i in range(window.items.topLevelItemCount()))
    ]


def _select(window: MainWindow, title: str) -> None:
    for index in range(window.items.topLevelItemCount()):
        row = window.items.topLevelItem(index)
        if row.text(0) == title:
            window.items.setCurrentItem(row)
            return
    raise AssertionError(f"no item {title}")


def test_import_recognise_transcribe_and_correct(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "Letters and interviews"
    Project.create(folder).close()
    window.open_project(folder)
    assert window.project is not None

    job = _wait(
        qtbot,
        window,
        window.import_paths(
            [CORPUS / "scans" / "linn.png", CORPUS / "audio" / "jfk.flac"], languages="eng"
        ),
    )
    assert job.state == "done", job.error
    qtbot.waitUntil(lambda: len(_rows(window)) == 2)
    assert _rows(window) == [("linn", "document", "imported"), ("jfk", "recording", "imported")]
    # The languages chosen are for the documents; the recording's language is detected.
    assert [item["languages"] for item in window.project.items()] == ["eng", ""]
    # ... and the list shows them by name, as an archivist reads them, not Tesseract's code
    assert [window.items.topLevelItem(i).text(2) for i in range(2)] == ["English", "detected"]

    assert _wait(qtbot, window, window.recognise()).state == "done"
    transcribed = _wait(qtbot, window, window.transcribe())
    assert transcribed.state == "done"
    # Where speech ran is said: here the processor, as no GPU is lent to the tests.
    assert (transcribed.result or {}).get("device") in ("cpu int8", "cuda float16")
    assert "(on cpu int8)" in window.statusBar().currentMessage() or "cuda" in (
        window.statusBar().currentMessage()
    )
    qtbot.waitUntil(lambda: [r[2] for r in _rows(window)] == ["recognised", "recognised"])

    _select(window, "jfk")
    assert window.centre.currentWidget() is window.transcript
    assert "ask not what your country" in window.transcript.text.toPlainText()
    window.grab().save(str(SCREENSHOTS / "main-window-recording.png"))

    _select(window, "linn")
    assert window.centre.currentWidget() is window.proofread
    editor = window.proofread.editor
    machine = editor.toPlainText()
    assert machine.startswith("The LinnSequencer")
    cursor = editor.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(3, cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "A")
    project = window.project
    page_id = project.pages(1)[0]["id"]
    qtbot.waitUntil(lambda: (project.page_correction(page_id) or "").startswith("A LinnSequencer"))
    assert project.page_words(page_id)[0].text == "The"  # the machine's reading is kept apart

    window.proofread.undo()
    qtbot.waitUntil(lambda: project.page_correction(page_id) == machine)
    window.proofread.redo()
    qtbot.waitUntil(lambda: (project.page_correction(page_id) or "").startswith("A LinnSequencer"))
    qtbot.waitUntil(lambda: _rows(window)[0][2] == "corrected")

    window.metadata.edits["creator"].setText("Forat Electronics")
    window.metadata.edits["creator"].editingFinished.emit()
    assert project.item(1)["creator"] == "Forat Electronics"

    window.search.setText("sequencer")
    qtbot.waitUntil(lambda: window.items.topLevelItem(1).isHidden())
    assert not window.items.topLevelItem(0).isHidden()
    window.search.clear()
    qtbot.waitUntil(lambda: not window.items.topLevelItem(1).isHidden())
    window.grab().save(str(SCREENSHOTS / "main-window.png"))


def test_closing_with_a_job_running_asks_first(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "p"
    with Project.create(folder) as project:
        import_file(project, CORPUS / "scans" / "multipage.pdf", "eng")
    window.open_project(folder)
    job = window.recognise()
    assert job is not None
    qtbot.waitUntil(lambda: job.state == "running" and job.fraction > 0, timeout=60_000)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    assert not window.close()
    assert window.isVisible() and job.state == "running"
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    assert window.close()
    assert job.state == "stopped"
    with Project.open(folder) as reopened:
        states = [p["ocr_status"] for p in reopened.pages(1)]
        assert "done" in states


def test_a_job_cut_off_by_a_kill_resumes_when_the_project_opens(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "p"
    with Project.create(folder) as project:
        import_file(project, CORPUS / "scans" / "multipage.pdf", "eng")
    kill_ocr_after_pages(folder, 1)

    window.open_project(folder)
    resumed = [job for job in window.queue.jobs() if "resumed" in job.title]
    assert len(resumed) == 1
    _wait(qtbot, window, resumed[0])
    assert resumed[0].state == "done"
    assert window.project is not None
    assert all(p["ocr_status"] == "done" for p in window.project.pages(1))
    assert [j["state"] for j in window.project.jobs()][:1] == ["resumed"]


def test_pseudonyms_are_a_choice_kept_with_the_project(window: MainWindow, tmp_path: Path) -> None:
    from desktop.core.redaction import redaction_method

    folder = tmp_path / "p"
    Project.create(folder).close()
    assert not window.pseudonyms_action.isEnabled()
    window.open_project(folder)
    assert window.pseudonyms_action.isEnabled() and not window.pseudonyms_action.isChecked()
    window.pseudonyms_action.trigger()
    assert window.project is not None and redaction_method(window.project) == "pseudonyms"
    window.close_project()
    assert not window.pseudonyms_action.isChecked()
    window.open_project(folder)
    assert window.pseudonyms_action.isChecked()
