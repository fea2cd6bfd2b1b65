"""The transcript editor on jfk.flac as transcribed: edit, undo, split, join, speakers, play."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtMultimedia import QMediaDevices, QMediaPlayer
from pytestqt.qtbot import QtBot

from desktop.core.asr.transcribe import AsrOptions, transcribe_items
from desktop.core.capture.importer import import_file
from desktop.core.model import Segment
from desktop.core.store.project import LOCK_NAME, Project
from desktop.ui.transcript_editor import (
    LOW_PROBABILITY,
    RenameSpeakerDialog,
    TranscriptEditor,
)
from tests.conftest import CORPUS, REPO

JFK = (
    "And so my fellow Americans, ask not what your country can do for you, "
    "ask what you can do for your country."
)
SAVE_TIMEOUT_MS = 5_000


@pytest.fixture(scope="module")
def transcribed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    folder = tmp_path_factory.mktemp("jfk") / "project"
    with Project.create(folder) as project:
        item_id, _ = import_file(project, CORPUS / "audio" / "jfk.flac", "eng")
        project.set_item_metadata(item_id, languages="")
        assert transcribe_items(project).transcribed == 1
    return folder, item_id


@pytest.fixture
def jfk(transcribed: tuple[Path, int], tmp_path: Path) -> Iterator[tuple[Project, int, int]]:
    """Each test corrects its own copy of the transcribed project."""
    folder, item_id = transcribed
    copy = tmp_path / "project"
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns(LOCK_NAME))
    with Project.open(copy) as project:
        recording = project.recording_for_item(item_id)
        assert recording is not None
        yield project, item_id, recording["id"]


@pytest.fixture
def editor(qtbot: QtBot, jfk: tuple[Project, int, int]) -> Iterator[TranscriptEditor]:
    project, item_id, _ = jfk
    shown = TranscriptEditor()
    qtbot.addWidget(shown)
    shown.resize(1100, 560)
    shown.show()
    qtbot.waitExposed(shown)
    shown.show_recording(project, item_id)
    yield shown
    shown.forget()


def _saved(project: Project, recording_id: int) -> list[Segment] | None:
    return project.transcript_correction(recording_id)


def _put_cursor(editor: TranscriptEditor, position: int) -> None:
    cursor = editor.text.textCursor()
    cursor.setPosition(position)
    editor.text.setTextCursor(cursor)
    editor.text.setFocus()


def _word_point(editor: TranscriptEditor, segment: int, word: int) -> QPoint:
    cursor = QTextCursor(editor.text.document())
    cursor.setPosition(editor.word_position(segment, word) + 1)
    return editor.text.cursorRect(cursor).center()


def test_shows_the_transcript_with_uncertain_words_shaded(
    editor: TranscriptEditor, jfk: tuple[Project, int, int]
) -> None:
    project, _, recording_id = jfk
    machine = project.segments(recording_id)
    assert editor.text.toPlainText() == JFK
    assert editor.segments() == machine
    uncertain = {
        (editor.word_position(0, i), editor.word_position(0, i) + len(w.text))
        for i, w in enumerate(machine[0].words)
        if w.probability < LOW_PROBABILITY
    }
    shaded = {
        (s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in editor.text.extraSelections()
    }
    assert uncertain and shaded == uncertain  # "And" and "not" in jfk
    assert editor.text.headers == [("0:00.00 – 0:10.36", "")]
    assert editor.playing_word() is None  # nothing is lit before listening
    if not QMediaDevices.audioOutputs():
        assert "No sound output was found" in editor.notice_text()
    # Opening the transcript does not make a correction.
    editor.flush()
    assert _saved(project, recording_id) is None


def test_a_word_typed_is_saved_undone_and_redone(
    qtbot: QtBot, editor: TranscriptEditor, jfk: tuple[Project, int, int]
) -> None:
    project, item_id, recording_id = jfk
    machine = project.segments(recording_id)
    start = JFK.index("Americans,")
    cursor = editor.text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("Americans"), QTextCursor.MoveMode.KeepAnchor)
    editor.text.setTextCursor(cursor)
    qtbot.keyClicks(editor.text, "citizens")
    qtbot.waitUntil(lambda: _saved(project, recording_id) is not None, timeout=SAVE_TIMEOUT_MS)
    saved = _saved(project, recording_id)
    assert saved is not None
    assert saved[0].text == JFK.replace("Americans,", "citizens,")
    word = saved[0].words[4]
    assert (word.text, word.start, word.end, word.probability) == ("citizens,", 1.56, 2.1, 1.0)
    assert project.segments(recording_id) == machine  # the machine's transcript is kept
    assert project.item_status(project.item(item_id)) == "corrected"

    editor.undo()  # the whole word typed goes in one step
    assert editor.text.toPlainText() == JFK
    qtbot.waitUntil(lambda: _saved(project, recording_id) is None, timeout=SAVE_TIMEOUT_MS)
    assert project.item_status(project.item(item_id)) == "recognised"
    editor.redo()
    assert "citizens," in editor.text.toPlainText()
    qtbot.waitUntil(lambda: _saved(project, recording_id) is not None, timeout=SAVE_TIMEOUT_MS)
    # The keyboard's undo works too, while the text has the focus.
    editor.text.setFocus()
    qtbot.keyClick(editor.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.text.toPlainText() == JFK


def test_undo_puts_the_cursor_back_where_the_typing_began(
    qtbot: QtBot, editor: TranscriptEditor
) -> None:
    _put_cursor(editor, JFK.index("fellow"))
    qtbot.keyClicks(editor.text, "dear ")
    assert editor.text.toPlainText().startswith("And so my dear fellow")
    _put_cursor(editor, len(JFK))
    editor.undo()
    assert editor.text.toPlainText() == JFK
    assert editor.text.textCursor().position() == JFK.index("fellow")
    editor.redo()
    assert editor.text.textCursor().position() == JFK.index("fellow") + len("dear ")


def test_main_window_undo_and_saving_when_another_item_is_chosen(
    qtbot: QtBot,
    transcribed: tuple[Path, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.main_window import MainWindow

    folder = tmp_path / "project"
    shutil.copytree(transcribed[0], folder, ignore=shutil.ignore_patterns(LOCK_NAME))
    with Project.open(folder) as project:
        import_file(project, CORPUS / "scans" / "linn.png", "eng")  # a second item
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    window = MainWindow(log_path=tmp_path / "quire.log")
    qtbot.addWidget(window)
    window.resize(1500, 950)
    window.show()
    try:
        window.open_project(folder)
        window.items.setCurrentItem(window.items.topLevelItem(0))
        assert window.centre.currentWidget() is window.transcript
        editor = window.transcript
        _put_cursor(editor, JFK.index("fellow"))
        qtbot.keyClicks(editor.text, "dear ")
        assert window.project is not None
        recording_id = window.project.recording_for_item(1)["id"]  # type: ignore[index]
        # Choosing another item saves at once, without waiting for the autosave.
        window.items.setCurrentItem(window.items.topLevelItem(1))
        saved = window.project.transcript_correction(recording_id)
        assert saved is not None and saved[0].text.startswith("And so my dear fellow")
        assert window.items.topLevelItem(0).text(3) == "corrected"
        window.items.setCurrentItem(window.items.topLevelItem(0))
        undo = (
            next(a for a in window.menuBar().actions() if a.text() == "&Edit").menu().actions()[0]
        )
        window.items.setFocus()  # the menu's action, not the editor's own key
        undo.trigger()
        assert editor.text.toPlainText() == JFK
        window.close_project()  # saves before closing
        with Project.open(folder, read_only=True) as reopened:
            assert reopened.transcript_correction(recording_id) is None
    finally:
        window.queue.stop_all(10_000)
        window.close_project()


def test_enter_splits_and_backspace_joins(
    qtbot: QtBot, editor: TranscriptEditor, jfk: tuple[Project, int, int]
) -> None:
    project, _, recording_id = jfk
    _put_cursor(editor, JFK.index("ask not"))
    qtbot.keyClick(editor.text, Qt.Key.Key_Return)
    assert editor.text.document().blockCount() == 2
    assert editor.current_segment() == 1
    editor.flush()
    saved = _saved(project, recording_id)
    assert saved is not None
    assert [s.text for s in saved] == [
        "And so my fellow Americans,",
        "ask not what your country can do for you, ask what you can do for your country.",
    ]
    ask = project.segments(recording_id)[0].words[5].start  # where the model put "ask"
    assert [(s.start, s.end) for s in saved] == [(0.0, 2.1), (ask, 10.36)]
    assert editor.text.headers[1] == (f"0:{ask:05.2f} – 0:10.36", "")

    # Ctrl+Return splits too, here before the second "ask".
    block = editor.text.document().findBlockByNumber(1)
    _put_cursor(editor, block.position() + block.text().index("ask what"))
    qtbot.keyClick(editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(editor.segments()) == 3
    assert editor.segments()[2].start == 7.74

    # Backspace at a segment's start joins it to the one before.
    qtbot.keyClick(editor.text, Qt.Key.Key_Backspace)
    assert len(editor.segments()) == 2
    _put_cursor(editor, editor.text.document().findBlockByNumber(1).position())
    qtbot.keyClick(editor.text, Qt.Key.Key_Backspace)
    assert editor.text.toPlainText() == JFK
    editor.flush()
    assert _saved(project, recording_id) is None  # back to what the machine heard
    editor.undo()
    editor.flush()
    assert len(_saved(project, recording_id) or []) == 2
    # The join button joins the current segment with the next.
    _put_cursor(editor, 0)
    editor.join_with_next()
    editor.flush()
    assert _saved(project, recording_id) is None


def test_a_selection_across_segments_cannot_delete_the_break(
    qtbot: QtBot, editor: TranscriptEditor
) -> None:
    editor._split_at(JFK.index("ask not"))
    cursor = editor.text.textCursor()
    cursor.setPosition(JFK.index("Americans"))
    cursor.setPosition(JFK.index("ask not") + 3, QTextCursor.MoveMode.KeepAnchor)
    editor.text.setTextCursor(cursor)
    qtbot.keyClick(editor.text, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: editor.text.document().blockCount() == 2)
    assert editor.segments()[0].text == "And so my fellow Americans,"
    assert editor.text.toPlainText().split("\n")[1].startswith("ask not")


def test_times_are_adjusted_and_checked(
    qtbot: QtBot, editor: TranscriptEditor, jfk: tuple[Project, int, int]
) -> None:
    project, _, recording_id = jfk
    editor._split_at(JFK.index("ask not"))  # 0.00-2.10 and 2.8-10.36; cursor in the second
    editor.start_box.setValue(2.5)
    editor.start_box.editingFinished.emit()
    editor.flush()
    saved = _saved(project, recording_id)
    assert saved is not None and (saved[1].start, saved[1].end) == (2.5, 10.36)
    # Overlapping the segment before is refused and said plainly; nothing is saved.
    with qtbot.waitSignal(editor.status) as said:
        editor.start_box.setValue(1.0)
        editor.start_box.editingFinished.emit()
    assert "before the one before it ends" in said.args[0]
    assert editor.start_box.value() == 2.5
    editor.end_box.setValue(10.9)
    editor.end_box.editingFinished.emit()
    editor.flush()
    saved = _saved(project, recording_id)
    assert saved is not None and (saved[1].start, saved[1].end) == (2.5, 10.9)
    assert editor.text.headers[1][0] == "0:02.50 – 0:10.90"
    # The end can be set from where playback is.
    editor.seek(9.0)
    editor.end_here()
    editor.flush()
    assert (_saved(project, recording_id) or [])[1].end == 9.0
    editor.undo()
    assert editor.segments()[1].end == 10.9


def test_speakers_are_set_and_renamed(
    editor: TranscriptEditor, jfk: tuple[Project, int, int]
) -> None:
    project, _, recording_id = jfk
    editor._split_at(JFK.index("ask not"))
    line = editor.speaker.lineEdit()
    assert line is not None
    line.setText("Kennedy")
    line.editingFinished.emit()
    editor.flush()
    assert [s.speaker for s in _saved(project, recording_id) or []] == [None, "Kennedy"]
    assert editor.text.headers[1][1] == "Kennedy"

    assert editor.rename_speaker(None, "Crowd")
    editor.flush()
    assert [s.speaker for s in _saved(project, recording_id) or []] == ["Crowd", "Kennedy"]
    assert editor.rename_speaker("Kennedy", "John F. Kennedy")
    editor.flush()
    assert [s.speaker for s in _saved(project, recording_id) or []] == [
        "Crowd",
        "John F. Kennedy",
    ]
    editor.undo()
    editor.flush()
    assert [s.speaker for s in _saved(project, recording_id) or []] == ["Crowd", "Kennedy"]

    dialog = RenameSpeakerDialog(["Crowd", "Kennedy"], False, "Kennedy", editor)
    assert dialog.old_name() == "Kennedy" and dialog.new_name() == "Kennedy"
    dialog.speaker.setCurrentIndex(0)
    assert dialog.old_name() == "Crowd" and dialog.new_name() == "Crowd"
    dialog.close()


@pytest.fixture(scope="module")
def stereo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """stereo_diarization.wav transcribed one channel, one speaker, at a time."""
    folder = tmp_path_factory.mktemp("stereo") / "project"
    with Project.create(folder) as project:
        item_id, _ = import_file(project, CORPUS / "audio" / "stereo_diarization.wav", "eng")
        project.set_item_metadata(item_id, languages="")
        report = transcribe_items(project, options=AsrOptions(split_channels=True))
        assert report.transcribed == 1
    return folder, item_id


def test_two_speakers_one_per_channel_are_named(
    qtbot: QtBot, stereo: tuple[Path, int], tmp_path: Path
) -> None:
    folder = tmp_path / "project"
    shutil.copytree(stereo[0], folder, ignore=shutil.ignore_patterns(LOCK_NAME))
    with Project.open(folder) as project:
        editor = TranscriptEditor()
        qtbot.addWidget(editor)
        editor.show_recording(project, stereo[1])
        segments = editor.segments()
        assert [s.start for s in segments] == sorted(s.start for s in segments)
        assert {s.speaker for s in segments} == {"left", "right"}
        assert {speaker for _times, speaker in editor.text.headers} == {"left", "right"}
        assert editor.rename_speaker("left", "Dorothy")
        assert editor.rename_speaker("right", "Narrator")
        editor.flush()
        recording_id = project.recording_for_item(stereo[1])["id"]  # type: ignore[index]
        saved = project.transcript_correction(recording_id) or []
        assert {s.speaker for s in saved} == {"Dorothy", "Narrator"}
        assert [s.text for s in saved if s.speaker == "Dorothy"] == [
            s.text for s in segments if s.speaker == "left"
        ]
        assert {s.speaker for s in project.segments(recording_id)} == {"left", "right"}
        # The two talk at once: a segment may run into the other speaker's.
        first = next(i for i, s in enumerate(saved) if s.speaker == "Dorothy")
        _put_cursor(editor, editor.text.document().findBlockByNumber(first).position())
        assert editor.set_segment_times(saved[first].start, 4.9)
        editor.forget()


def test_clicking_a_word_moves_playback_to_it(
    qtbot: QtBot, editor: TranscriptEditor, jfk: tuple[Project, int, int]
) -> None:
    project, _, recording_id = jfk
    words = project.segments(recording_id)[0].words
    index = next(i for i, w in enumerate(words) if w.text == "country")
    qtbot.waitUntil(
        lambda: editor.player.mediaStatus() == QMediaPlayer.MediaStatus.LoadedMedia, timeout=10_000
    )
    qtbot.mouseClick(
        editor.text.viewport(), Qt.MouseButton.LeftButton, pos=_word_point(editor, 0, index)
    )
    assert editor.requested_position == round(words[index].start * 1000)
    # (the player itself is not moved while stopped, see TranscriptEditor.seek)
    assert round(editor.position() * 1000) == round(words[index].start * 1000)
    assert editor.player.playbackState() == QMediaPlayer.PlaybackState.StoppedState
    assert editor.playing_word() == (0, index)
    played = {
        (s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in editor.text.extraSelections()
    }
    start = editor.word_position(0, index)
    assert (start, start + len("country")) in played
    assert editor.player.playbackState() != QMediaPlayer.PlaybackState.PlayingState
    assert _saved(project, recording_id) is None  # listening is not correcting
    # Ctrl+click plays from the word at once.
    first = next(i for i, w in enumerate(words) if w.text == "ask")
    qtbot.mouseClick(
        editor.text.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        _word_point(editor, 0, first),
    )
    qtbot.waitUntil(
        lambda: editor.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
    )
    assert editor.requested_position == round(words[first].start * 1000)
    editor.toggle_play()
    # A click on a segment's header (its times, above its text) goes to its start.
    _put_cursor(editor, len(JFK))
    top = int(editor.text.document().begin().layout().position().y())
    header = QPoint(40, top - editor.text.header_height() // 2)
    qtbot.mouseClick(editor.text.viewport(), Qt.MouseButton.LeftButton, pos=header)
    assert editor.requested_position == 0
    assert editor.text.textCursor().position() == 0


def test_speed_and_skips_from_the_keyboard(qtbot: QtBot, editor: TranscriptEditor) -> None:
    qtbot.waitUntil(
        lambda: editor.player.mediaStatus() == QMediaPlayer.MediaStatus.LoadedMedia, timeout=10_000
    )
    editor.text.setFocus()
    ctrl, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(editor.text, Qt.Key.Key_Up, ctrl)
    assert editor.player.playbackRate() == 1.25
    assert editor.speed.currentText() == "1.25×"
    for _ in range(2):
        qtbot.keyClick(editor.text, Qt.Key.Key_Down, ctrl)
    assert editor.player.playbackRate() == 0.75
    for _ in range(5):
        qtbot.keyClick(editor.text, Qt.Key.Key_Down, ctrl)
    assert editor.player.playbackRate() == 0.5  # never slower than half speed
    editor.speed.setCurrentIndex(editor.speed.count() - 1)
    assert editor.player.playbackRate() == 2.0
    editor.seek(6.0)
    qtbot.keyClick(editor.text, Qt.Key.Key_Left, alt)
    assert editor.requested_position == 1000
    qtbot.keyClick(editor.text, Qt.Key.Key_Left, alt)
    assert editor.requested_position == 0
    qtbot.keyClick(editor.text, Qt.Key.Key_Right, alt)
    assert editor.requested_position == 5000
    assert editor.text.toPlainText() == JFK  # the keys typed nothing


def test_playing_highlights_the_word_being_spoken(qtbot: QtBot, editor: TranscriptEditor) -> None:
    """With or without a sound card, the player's clock moves and the highlight follows it."""
    qtbot.waitUntil(
        lambda: editor.player.mediaStatus() == QMediaPlayer.MediaStatus.LoadedMedia, timeout=10_000
    )
    editor.set_speed(2.0)
    editor.seek(5.0)  # "what" (4.24-5.52)
    editor.text.setFocus()
    qtbot.keyClick(editor.text, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert editor.text.toPlainText() == JFK
    qtbot.waitUntil(
        lambda: editor.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
    )
    seen: set[tuple[int, int] | None] = set()
    qtbot.waitUntil(
        lambda: seen.add(editor.playing_word()) or editor.player.position() > 7_000,
        timeout=10_000,
    )
    qtbot.keyClick(editor.text, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: editor.player.playbackState() != QMediaPlayer.PlaybackState.PlayingState
    )
    assert editor._play.text() == "▶ Play"
    spoken = {index for segment, index in filter(None, seen)}
    assert len(spoken) >= 3 and min(spoken) >= 7  # "what" onwards, several words


def test_pausing_keeps_the_place_and_playing_again_goes_on_from_it(
    qtbot: QtBot, editor: TranscriptEditor
) -> None:
    """Pausing stops the player where it was (a paused Qt player can hang when stopped
    later); playing again goes on from there, not from the start."""
    qtbot.waitUntil(
        lambda: editor.player.mediaStatus() == QMediaPlayer.MediaStatus.LoadedMedia, timeout=10_000
    )
    editor.set_speed(2.0)
    editor.seek(5.0)
    editor.toggle_play()
    qtbot.waitUntil(lambda: editor.player.position() > 6_500, timeout=10_000)
    editor.toggle_play()
    qtbot.waitUntil(
        lambda: editor.player.playbackState() != QMediaPlayer.PlaybackState.PlayingState
    )
    paused_at = editor.position()
    qtbot.wait(300)
    assert editor.position() == paused_at >= 6.5
    assert editor._play.text() == "▶ Play"
    editor.toggle_play()
    qtbot.waitUntil(
        lambda: editor.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
    )
    heard: list[int] = []
    qtbot.waitUntil(
        lambda: heard.append(editor.player.position()) or heard[-1] > paused_at * 1000 + 300,
        timeout=10_000,
    )
    assert min(heard) >= paused_at * 1000 - 500, heard  # went on; did not start again at 0
    editor.toggle_play()


def test_screenshot(qtbot: QtBot, editor: TranscriptEditor, jfk: tuple[Project, int, int]) -> None:
    """docs/screenshots/transcript.png: a word being spoken, uncertain words shaded."""
    editor._split_at(JFK.index("ask not"))
    editor.rename_speaker(None, "John F. Kennedy")
    qtbot.waitUntil(
        lambda: editor.player.mediaStatus() == QMediaPlayer.MediaStatus.LoadedMedia, timeout=10_000
    )
    editor.seek(6.0)  # "country"
    _put_cursor(editor, editor.word_position(1, 3))
    assert editor.playing_word() == (1, 4)
    # The README shows the editor as it is with speakers plugged in: no warning about sound.
    editor.notice.setVisible(False)
    editor.resize(1100, 400)
    qtbot.wait(50)
    editor.grab().save(str(REPO / "docs" / "screenshots" / "transcript.png"))


# ----- with a real sound server --------------------------------------------------------------

_PLAY_WITH_SOUND = """
import json, subprocess, sys, time
from pathlib import Path
from PySide6.QtMultimedia import QMediaDevices, QMediaPlayer
from PySide6.QtWidgets import QApplication
from desktop.core.store.project import Project
from desktop.ui.transcript_editor import TranscriptEditor

app = QApplication([])
project = Project.open(Path(sys.argv[1]), read_only=True)
editor = TranscriptEditor()
editor.show()
editor.show_recording(project, int(sys.argv[2]))
deadline = time.monotonic() + 20
while editor.player.mediaStatus() != QMediaPlayer.MediaStatus.LoadedMedia:
    assert time.monotonic() < deadline, "the recording did not load"
    app.processEvents()
    time.sleep(0.01)
editor.seek(2.0)
editor.toggle_play()
streams = ""
while editor.position() < 3.5 and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
    if not streams:
        streams = subprocess.run(
            ["pactl", "list", "short", "sink-inputs"], capture_output=True, text=True
        ).stdout
editor.toggle_play()
print(json.dumps({
    "outputs": [device.description() for device in QMediaDevices.audioOutputs()],
    "notice": editor.notice_text(),
    "position": editor.position(),
    "playing": editor.playing_word(),
    "streams": streams,
}))
"""


@pytest.fixture
def sound_server(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private PulseAudio server with one silent output (a null sink), as CI has no sound
    card. It runs as root too (CI's user), with a warning."""
    if shutil.which("pulseaudio") is None or shutil.which("pactl") is None:
        pytest.skip("PulseAudio is not installed (scripts/bootstrap.sh installs it)")
    runtime = tmp_path / "pulse"
    runtime.mkdir()
    socket = runtime / "native"
    env = {
        **os.environ,
        "HOME": str(runtime),
        "XDG_RUNTIME_DIR": str(runtime),
        "PULSE_SERVER": f"unix:{socket}",
        "QT_QPA_PLATFORM": "offscreen",
    }
    server = subprocess.Popen(
        [
            "pulseaudio",
            "-n",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "--system=false",
            "-L",
            f"module-native-protocol-unix socket={socket} auth-anonymous=1",
            "-L",
            "module-null-sink sink_name=silent",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 15
        while subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode != 0:
            assert server.poll() is None, "PulseAudio did not start"
            assert time.monotonic() < deadline, "PulseAudio did not answer"
            time.sleep(0.1)
        yield env
    finally:
        server.terminate()
        server.wait(10)


def test_plays_through_a_sound_server(
    sound_server: dict[str, str], transcribed: tuple[Path, int]
) -> None:
    folder, item_id = transcribed
    child = subprocess.run(
        [sys.executable, "-c", _PLAY_WITH_SOUND, str(folder), str(item_id)],
        env={**sound_server, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    result = json.loads(child.stdout.strip().splitlines()[-1])
    assert result["outputs"] == ["Null Output"]
    assert result["notice"] == ""  # a sound output was found: no warning
    assert 3.5 <= result["position"] < 6.0
    assert result["playing"][0] == 0 and result["playing"][1] >= 5  # "ask" (about 2.8) or later
    assert "s32le 2ch 44100Hz" in result["streams"]  # Quire's stream plays into the sink


def test_untranscribed_recording_and_missing_sound_are_explained(
    qtbot: QtBot, jfk: tuple[Project, int, int], tmp_path: Path
) -> None:
    project, item_id, _ = jfk
    editor = TranscriptEditor()
    qtbot.addWidget(editor)
    with Project.create(tmp_path / "fresh") as fresh:
        new_item, _ = import_file(fresh, CORPUS / "audio" / "jfk.flac", "eng")
        editor.show_recording(fresh, new_item)
        assert "has not been transcribed yet" in editor.message()
        editor.toggle_play()  # nothing to play: nothing happens
        assert editor.player.playbackState() == QMediaPlayer.PlaybackState.StoppedState
        editor.forget()
    original = project.originals(item_id)[0]
    project.path(original["path"]).unlink()
    editor.show_recording(project, item_id)
    assert editor.message() == ""  # the transcript can still be corrected
    assert "sound file is missing" in editor.notice_text()
    editor.forget()


def test_selected_words_give_their_time_span_for_redaction(
    editor: TranscriptEditor, jfk: tuple[Project, int, int]
) -> None:
    assert editor.selected_time_span() is None
    segment = editor.segments()[0]
    words = [w.text.strip(" ,.").lower() for w in segment.words]
    first = words.index("country")
    cursor = editor.text.textCursor()
    cursor.setPosition(editor.word_position(0, first))
    cursor.setPosition(editor.word_position(0, first + 1) + 2, QTextCursor.MoveMode.KeepAnchor)
    editor.text.setTextCursor(cursor)
    span = editor.selected_time_span()
    assert span == (segment.words[first].start, segment.words[first + 1].end)
