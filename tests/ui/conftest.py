"""Qt tests run without a display: the offscreen platform, chosen before Qt is imported."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.workers.jobs import JobQueue
from tests.ui import sound


@pytest.fixture(scope="session", autouse=True)
def sound_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sound.SoundServer]:
    """A virtual microphone and speaker, up before QtMultimedia is first used (sound.py)."""
    yield from sound.start(tmp_path_factory.mktemp("pulse"))


@pytest.fixture(autouse=True)
def no_unanswered_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A modal dialog that nobody answers blocks a test for ever: offscreen there is no
    user, and Qt's modal loop gives pytest-timeout no chance to step in. So each one a
    test has not answered itself is refused at once (as Cancel would be), and the test
    fails naming it."""
    shown: list[str] = []

    def refuse(self: QDialog, *args: Any) -> int:
        text = self.text() if isinstance(self, QMessageBox) else ""
        shown.append(f"{type(self).__name__} {self.windowTitle()!r} {text!r}".strip())
        return int(QDialog.DialogCode.Rejected.value)

    def refuse_static(name: str, answer: object) -> Any:
        def static(*args: Any, **kwargs: Any) -> object:
            words = [a for a in args if isinstance(a, str)]
            shown.append(f"QMessageBox.{name} {words!r}")
            return answer

        return static

    for dialog_class in (QDialog, QMessageBox, QFileDialog, QInputDialog):
        monkeypatch.setattr(dialog_class, "exec", refuse)
    cancel = QMessageBox.StandardButton.Cancel
    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, refuse_static(name, cancel))
    for name in ("getExistingDirectory", "getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, refuse_static(name, ""))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", refuse_static("getOpenFileNames", ([], ""))
    )
    yield shown
    assert not shown, f"a modal dialog was shown that the test did not answer: {shown}"


@pytest.fixture
def queue(qtbot: QtBot) -> Iterator[JobQueue]:
    """A job queue held until the test's widgets are closed, then stopped: one freed with a
    test's locals left Qt events for its finished jobs behind, and processing them crashed
    a later test at random."""
    jobs = JobQueue()
    yield jobs
    jobs.stop_all(10_000)
    assert not jobs.is_busy()
