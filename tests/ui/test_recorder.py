"""Recording an interview from a virtual microphone: PulseAudio with a null sink whose
monitor is remapped as a microphone, fed with JFK's speech by ``paplay``."""

from __future__ import annotations

import os
import subprocess
import wave
from collections.abc import Iterator
from pathlib import Path

import av
import numpy as np
import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.capture.recording import IN_PROGRESS, AudioFormat, RecordingWriter
from desktop.core.store.project import Project
from desktop.ui.main_window import MainWindow
from desktop.ui.recorder import PAUSED, RECORDING, SAVED, RecorderDialog, RecoveredDialog
from tests.ui.sound import SINK, SoundServer

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def virtual_microphone(sound_server: SoundServer) -> SoundServer:
    if sound_server.server is None:
        pytest.skip(sound_server.why_not)
    return sound_server


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    main = MainWindow(log_path=tmp_path / "quire.log")
    qtbot.addWidget(main)
    main.show()
    yield main
    main.queue.stop_all(10_000)
    main.close_project()


def _as_wav(source: Path, target: Path) -> Path:
    """paplay (libsndfile) stops after 1.8 s of the corpus's 24-bit FLAC: give it a WAV."""
    resampler = av.AudioResampler(format="s16", layout="stereo", rate=44_100)
    with av.open(str(source)) as container, wave.open(str(target), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(44_100)
        for frame in container.decode(audio=0):
            for chunk in resampler.resample(frame):
                out.writeframes(chunk.to_ndarray().tobytes())
    return target


def _decode(path: Path) -> np.ndarray:
    with av.open(str(path)) as container:
        frames = [f.to_ndarray() for f in container.decode(container.streams.audio[0])]
    return np.concatenate(frames, axis=1).astype(np.float32) / 32768.0


def test_record_an_interview_from_a_microphone_and_transcribe_it(
    virtual_microphone: SoundServer, qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "Oral histories"
    Project.create(folder).close()
    window.open_project(folder)
    assert window.project is not None
    window.record_action.trigger()
    dialog = window.recorder
    assert isinstance(dialog, RecorderDialog) and dialog.isVisible()
    mics = [dialog.device_combo.itemText(i) for i in range(dialog.device_combo.count())]
    assert dialog.has_microphone(), f"the virtual microphone is not seen: {mics}"
    assert "Remapped" in dialog.device_combo.currentText(), "the default microphone is chosen"

    dialog.narrator_edit.setText("John F. Kennedy")
    dialog.interviewer_edit.setText("Ruth Ellis")
    dialog.date_edit.setDate(QDate(1961, 1, 20))
    dialog.place_edit.setText("Washington, D.C.")
    dialog.languages_edit.setText("en g")
    assert not dialog.languages_valid()
    dialog.languages_edit.setText("eng")
    assert dialog.languages_valid()
    dialog.consent_combo.setCurrentIndex(dialog.consent_combo.findData("signed"))
    dialog.consent_ref_edit.setText("CF-1961-001")
    dialog.terms_edit.setPlainText("Public domain; may be published and quoted.")

    dialog.toggle()  # Record
    assert dialog.state == RECORDING and dialog.writer is not None
    writer = dialog.writer
    qtbot.waitUntil(lambda: writer.duration > 0.3, timeout=10_000)
    dialog.toggle()  # Pause
    assert dialog.state == PAUSED
    paused_at = writer.frames
    qtbot.wait(700)
    assert writer.frames == paused_at, "nothing is written while paused"
    dialog.toggle()  # Resume
    assert dialog.state == RECORDING

    speech = _as_wav(CORPUS / "audio" / "jfk.flac", tmp_path / "jfk.wav")
    player = subprocess.Popen(
        ["paplay", f"--device={SINK}", str(speech)],
        stderr=subprocess.PIPE,
    )
    try:
        qtbot.waitUntil(lambda: dialog.meter.level() > 0.5, timeout=10_000)
        # JFK's loudest syllables are about 3 dB below full scale: the meter shows them.
        qtbot.waitUntil(lambda: dialog.meter.level() > 0.85, timeout=5_000)
        qtbot.wait(2500)  # the details were typed during the recording: kept beside the sound
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SCREENSHOTS / "recorder.png"))
        sidecar = (writer.folder / "recording.json").read_text(encoding="utf-8")
        assert "CF-1961-001" in sidecar
        qtbot.waitUntil(lambda: player.poll() is not None, timeout=30_000)
    finally:
        if player.poll() is None:
            player.kill()
        player.wait()
    assert player.returncode == 0, player.stderr.read() if player.stderr else ""
    qtbot.wait(500)  # the end of the speech is still on its way through the server
    recorded = writer.duration

    with qtbot.waitSignal(dialog.saved, timeout=30_000) as saved:
        dialog.stop()
    item_id = saved.args[0]
    assert dialog.state == SAVED and dialog.transcribe_button.isVisible()
    project = window.project
    item = project.item(item_id)
    assert item["title"] == "Interview with John F. Kennedy, 1961-01-20"
    assert item["narrator"] == "John F. Kennedy" and item["interviewer"] == "Ruth Ellis"
    assert item["date"] == "1961-01-20" and item["place"] == "Washington, D.C."
    assert item["consent_status"] == "signed" and item["consent_ref"] == "CF-1961-001"
    assert item["languages"] == "eng"
    recording = project.recording_for_item(item_id)
    assert recording is not None and recording["codec"] == "flac"
    # JFK speaks for 11 s; the pause came before him, and a little silence after.
    assert 10.5 <= recording["duration"] <= 16.0
    assert recorded <= recording["duration"] < recorded + 0.5  # the last chunks, read on Stop
    sound = _decode(project.path(project.originals(item_id)[0]["path"]))
    assert float(np.sqrt(np.mean(sound**2))) > 0.02, "the recording is silent"
    assert not (folder / IN_PROGRESS).exists()
    titles = [window.items.topLevelItem(i).text(0) for i in range(window.items.topLevelItemCount())]
    assert item["title"] in titles

    dialog.transcribe_button.click()
    (job,) = window.queue.jobs()
    assert job.command[:3] == ["transcribe", str(folder), str(item_id)]
    qtbot.waitUntil(lambda: job.is_final, timeout=120_000)
    assert job.state == "done", job.error
    recording = project.recording_for_item(item_id)
    assert recording is not None
    text = " ".join(s.text for s in project.segments(recording["id"])).lower()
    assert "ask not what your country can do for you" in text, text
    dialog.close()


def test_without_a_microphone_the_dialog_says_so(
    qtbot: QtBot, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui import recorder

    monkeypatch.setattr(recorder.QMediaDevices, "audioInputs", staticmethod(lambda: []))
    dialog = RecorderDialog(project)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.no_device.isHidden()
    assert "No microphone was found" in dialog.no_device.text()
    assert not dialog.record_button.isEnabled()
    dialog.toggle()
    assert dialog.state == "ready" and not (project.folder / IN_PROGRESS).exists()


def test_an_interrupted_recording_is_offered_when_the_project_opens(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "project"
    Project.create(folder).close()
    writer = RecordingWriter.start(folder, AudioFormat(16_000, 1), {"narrator": "Nan Shepherd"})
    tone = (np.sin(np.arange(16_000 * 3) * 2 * np.pi * 440 / 16_000) * 8000).astype("<i2")
    writer.write(tone.tobytes())  # ... and Quire is killed: the writer is never closed

    offered: list[str] = []

    def answer(dialog: RecoveredDialog) -> int:
        offered.extend(dialog.list.item(i).text() for i in range(dialog.list.count()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecoveredDialog, "exec", answer)
    window.open_project(folder)
    assert len(offered) == 1 and "0:03 of sound — Nan Shepherd" in offered[0]
    assert window.project is not None
    (item,) = window.project.items()
    assert item["narrator"] == "Nan Shepherd" and item["kind"] == "recording"
    recording = window.project.recording_for_item(item["id"])
    assert recording is not None and abs(recording["duration"] - 3.0) < 0.01
    assert not (folder / IN_PROGRESS).exists()
    os.close(writer._fd)


def test_the_keyboard_records_pauses_and_saves(
    virtual_microphone: SoundServer, qtbot: QtBot, project: Project
) -> None:
    dialog = RecorderDialog(project)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # shortcuts need it
    dialog.narrator_edit.setFocus()
    qtbot.keyClicks(dialog.narrator_edit, "Ada Brown")  # a space typed in a field is a space
    assert dialog.narrator_edit.text() == "Ada Brown" and dialog.state == "ready"
    qtbot.keyClick(dialog.narrator_edit, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert dialog.state == RECORDING
    writer = dialog.writer
    assert writer is not None
    qtbot.waitUntil(lambda: writer.duration > 0.5, timeout=10_000)
    dialog.record_button.setFocus()
    qtbot.keyClick(dialog.record_button, Qt.Key.Key_Space)
    assert dialog.state == PAUSED
    with qtbot.waitSignal(dialog.saved, timeout=30_000) as saved:
        qtbot.keyClick(dialog.record_button, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    item = project.item(saved.args[0])
    assert item["narrator"] == "Ada Brown" and item["consent_status"] == "pending"
    recording = project.recording_for_item(item["id"])
    assert recording is not None and recording["duration"] >= 0.5
