"""The transcript editor: listen to a recording and correct what speech recognition wrote.

One paragraph per segment, with its times and speaker above it. While the recording plays,
the word being spoken is highlighted; clicking a word moves playback there. Words the
recogniser was unsure of are shaded amber. Every edit (typing, splitting, joining, times,
speakers) is saved within half a second and can be undone. The machine's transcript is
never changed: the corrected one is kept beside it (``Project.transcript_correction``).
"""

from __future__ import annotations

import bisect
import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QPoint,
    QRect,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QValidator,
)
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSlider,
    QStackedWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.correction import text_change
from ..core.errors import QuireError
from ..core.model import Segment
from ..core.store.project import Project
from ..core.transcript import (
    clock,
    edit_text,
    flat_text,
    merge_segments,
    parse_clock,
    rename_speaker,
    set_speaker,
    set_times,
    speakers,
    split_segment,
    word_at,
    word_spans,
)
from .view_keys import ViewKeys

log = logging.getLogger(__name__)

LOW_PROBABILITY = 0.7  # Whisper's word probability; below this a word is worth a listen
AUTOSAVE_MS = 500
SKIP_SECONDS = 5.0
SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0)
TYPING_PAUSE_S = 2.0  # typing in one segment within this is undone in one step

_UNCERTAIN_TEXT = QColor(255, 213, 128)  # amber, as in the proofreading view
_PLAYING_BACK = QColor(37, 99, 200)
_PLAYING_TEXT = QColor(Qt.GlobalColor.white)
_CURRENT_BAND = QColor(236, 241, 250)
_HEADER_TEXT = QColor(96, 100, 108)
_SPEAKER_COLOURS = (
    QColor(31, 105, 170),
    QColor(170, 72, 30),
    QColor(40, 128, 60),
    QColor(128, 60, 150),
    QColor(150, 110, 0),
    QColor(0, 120, 130),
)


def _speaker_colour(name: str, names: Sequence[str]) -> QColor:
    index = names.index(name) if name in names else 0
    return _SPEAKER_COLOURS[index % len(_SPEAKER_COLOURS)]


class _TimeBox(QDoubleSpinBox):
    """A time in m:ss.ss (h:mm:ss.ss from an hour on), typed or stepped by a tenth."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(2)
        self.setRange(0.0, 1e7)
        self.setSingleStep(0.1)
        self.setKeyboardTracking(False)
        self.setAccelerated(True)
        self.setMinimumWidth(84)

    def textFromValue(self, value: float) -> str:
        return clock(value)

    def valueFromText(self, text: str) -> float:
        try:
            return parse_clock(text)
        except QuireError:
            return self.value()

    def validate(self, text: str, position: int) -> Any:
        try:
            parse_clock(text)
        except QuireError:
            return QValidator.State.Intermediate
        return QValidator.State.Acceptable


class _TranscriptText(QTextEdit):
    """The segments' text, one paragraph each, with its times and speaker painted above.

    Enter splits the segment at the cursor; Backspace at a segment's start joins it to the
    one before, Delete at its end joins the next one. Other edits that would add or remove
    a paragraph are refused by the editor, which keeps the paragraphs and segments paired.
    """

    split_requested = Signal(int)  # document position
    join_requested = Signal(int)  # index of the first of the two segments
    clicked = Signal(int, bool)  # document position, whether Ctrl was held
    header_clicked = Signal(int)  # segment index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)  # the editor keeps the history, of every kind of edit
        self.setAcceptDrops(False)  # a drag would move text across segments
        self.setTabChangesFocus(True)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 1.2, 11.0))
        self.setFont(font)
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(14)
        self.header_font = QFont(font)
        self.header_font.setPointSizeF(font.pointSizeF() * 0.8)
        self.headers: list[tuple[str, str]] = []  # (times, speaker) per segment
        self.speaker_names: list[str] = []
        self.playing_segment: int | None = None
        self._pressed_at: QPoint | None = None

    def header_height(self) -> int:
        return QFontMetrics(self.header_font).height() + 4

    def block_format(self) -> QTextBlockFormat:
        block_format = QTextBlockFormat()
        block_format.setTopMargin(self.header_height() + 12)
        block_format.setBottomMargin(2)
        return block_format

    def make_room_above_first(self) -> None:
        """Qt leaves out the first paragraph's top margin: the page gets it instead, so
        that the first header has room too."""
        root = self.document().rootFrame()
        frame_format = root.frameFormat()
        frame_format.setTopMargin(
            self.document().documentMargin() + self.block_format().topMargin()
        )
        root.setFrameFormat(frame_format)

    # ----- keys ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        cursor = self.textCursor()
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.split_requested.emit(cursor.selectionStart())
            return
        if not cursor.hasSelection():
            if key == Qt.Key.Key_Backspace and cursor.atBlockStart():
                if cursor.blockNumber() > 0:
                    self.join_requested.emit(cursor.blockNumber() - 1)
                return
            if key == Qt.Key.Key_Delete and cursor.atBlockEnd():
                if cursor.blockNumber() + 1 < self.document().blockCount():
                    self.join_requested.emit(cursor.blockNumber())
                return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: Any) -> None:
        # Pasted lines join the segment as one line: a new paragraph would be a new segment.
        if source.hasText():
            self.textCursor().insertText(flat_text(source.text()))

    # ----- mouse ---------------------------------------------------------------------------

    def header_at(self, point: QPoint) -> int | None:
        """The segment whose header line is under ``point`` (viewport coordinates)."""
        y = point.y() + self.verticalScrollBar().value()
        block = self.cursorForPosition(point).block()
        for candidate in (block, block.next()):
            if not candidate.isValid():
                continue
            top = candidate.layout().position().y()
            if top - self.header_height() - 2 <= y < top:
                return candidate.blockNumber()
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed_at = event.position().toPoint()
            header = self.header_at(self._pressed_at)
            if header is not None:
                self._pressed_at = None
                self.header_clicked.emit(header)
                return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pressed, self._pressed_at = self._pressed_at, None
        if pressed is None or event.button() != Qt.MouseButton.LeftButton:
            return
        at = event.position().toPoint()
        if (at - pressed).manhattanLength() >= QApplication.startDragDistance():
            return  # a selection was dragged
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        self.clicked.emit(self.cursorForPosition(at).position(), ctrl)

    # ----- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        offset_x = -self.horizontalScrollBar().value()
        offset_y = -self.verticalScrollBar().value()
        height = self.viewport().height()
        width = self.viewport().width()
        header_height = self.header_height()
        current = self.textCursor().blockNumber()
        metrics = QFontMetrics(self.header_font)
        margin = int(self.document().documentMargin())
        block = self.cursorForPosition(QPoint(0, 0)).block()
        if block.previous().isValid():
            block = block.previous()
        while block.isValid():
            layout = block.layout()
            top = int(layout.position().y()) + offset_y
            if top - header_height > height:
                break
            number = block.blockNumber()
            if number < len(self.headers):
                bottom = top + int(layout.boundingRect().height())
                if number == current:
                    painter.fillRect(
                        QRect(0, top - header_height - 6, width, bottom - top + header_height + 10),
                        _CURRENT_BAND,
                    )
                times, speaker = self.headers[number]
                painter.setFont(self.header_font)
                x = margin + offset_x
                baseline = top - 4 - metrics.descent()
                playing = number == self.playing_segment
                painter.setPen(_PLAYING_BACK if playing else _HEADER_TEXT)
                painter.drawText(x, baseline, ("▶ " if playing else "") + times)
                x += metrics.horizontalAdvance(("▶ " if playing else "") + times) + 14
                bold = QFont(self.header_font)
                bold.setBold(True)
                painter.setFont(bold)
                if speaker:
                    painter.setPen(_speaker_colour(speaker, self.speaker_names))
                    painter.drawText(x, baseline, speaker)
                else:
                    painter.setPen(QColor(150, 150, 150))
                    painter.drawText(x, baseline, self.tr("(speaker not named)"))
            block = block.next()
        painter.end()
        super().paintEvent(event)


def _in_time_order(segments: list[Segment]) -> list[Segment]:
    """Segments as they were spoken. A recording transcribed one channel at a time (one
    speaker each) is stored channel after channel; a transcriber reads it as a conversation."""
    return sorted(segments, key=lambda segment: segment.start)


class _SegmentLayout:
    """What the view works out once per version of a segment: where its words are in its
    text, which of them are uncertain, and its header."""

    def __init__(self, segment: Segment) -> None:
        self.segment = segment  # kept, so that its id() is not reused while cached
        self.spans = word_spans(segment)
        self.uncertain = [
            span
            for word, span in zip(segment.words, self.spans, strict=True)
            if span is not None and word.probability < LOW_PROBABILITY
        ]
        self.header = (f"{clock(segment.start)} – {clock(segment.end)}", segment.speaker or "")


class _Change:
    """One edit: the transcript before and after it, and where the cursor was."""

    def __init__(
        self,
        label: str,
        before: list[Segment],
        after: list[Segment],
        cursors: tuple[tuple[int, int], tuple[int, int]],
        typing_in: int | None,
    ) -> None:
        self.label = label
        self.before, self.after = before, after
        self.cursor_before, self.cursor_after = cursors
        self.typing_in = typing_in  # the segment typed in, for joining keystrokes
        self.at = time.monotonic()

    def absorb(self, later: _Change) -> bool:
        """Take in ``later`` if both are typing in one segment with no long pause."""
        if (
            self.typing_in is None
            or later.typing_in != self.typing_in
            or later.at - self.at > TYPING_PAUSE_S
        ):
            return False
        self.after, self.cursor_after, self.at = later.after, later.cursor_after, later.at
        return True


class _History:
    """Undo and redo over whole versions of the transcript.

    Each version shares the segments it did not change with the one before, so a long
    history costs little. (Qt's QUndoStack, driven from Python with merged commands,
    crashed PySide 6.12 here: this is the same idea in a few lines.)
    """

    LIMIT = 1000

    def __init__(self) -> None:
        self.done: list[_Change] = []
        self.undone: list[_Change] = []

    def push(self, change: _Change) -> None:
        self.undone.clear()
        if self.done and self.done[-1].absorb(change):
            return
        self.done.append(change)
        del self.done[: -self.LIMIT]

    def clear(self) -> None:
        self.done.clear()
        self.undone.clear()

    def undo(self) -> _Change | None:
        if not self.done:
            return None
        change = self.done.pop()
        self.undone.append(change)
        return change

    def redo(self) -> _Change | None:
        if not self.undone:
            return None
        change = self.undone.pop()
        self.done.append(change)
        return change


class RenameSpeakerDialog(QDialog):
    """Choose a speaker and give them a new name, everywhere in the transcript."""

    def __init__(
        self, names: list[str], unnamed: bool, current: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rename a speaker"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr("The new name replaces the old one in every segment of this recording."), self
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.speaker = QComboBox(self)
        for name in names:
            self.speaker.addItem(name, name)
        if unnamed:
            self.speaker.addItem(self.tr("Segments with no speaker"), None)
        if current in names:
            self.speaker.setCurrentIndex(names.index(current))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Mary Fletcher (narrator)"))
        self.name.setText(current or "")
        self.name.selectAll()
        self.speaker.currentIndexChanged.connect(
            lambda _index: self.name.setText(self.speaker.currentData() or "")
        )
        form.addRow(self.tr("Speaker"), self.speaker)
        form.addRow(self.tr("New name"), self.name)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name.setFocus()

    def old_name(self) -> str | None:
        data = self.speaker.currentData()
        return str(data) if data else None

    def new_name(self) -> str:
        return self.name.text()


class TranscriptEditor(QWidget):
    """One recording: a player made for transcribing above its editable transcript."""

    status = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._recording: dict[str, Any] | None = None
        self._machine: list[Segment] = []
        self._segments: list[Segment] = []
        self._stored: list[Segment] | None = None  # what the project holds as the correction
        self._loading = False
        self._layout_cache: dict[int, _SegmentLayout] = {}  # by id() of an unchanged segment
        self._uncertain: list[QTextEdit.ExtraSelection] = []
        self._playing: tuple[int, int] | None = None
        self.requested_position = 0  # ms: where playback was last asked to go
        self._position_ms = 0
        self._listened = False  # nothing is lit as "being spoken" before playing or a seek

        self.history = _History()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(AUTOSAVE_MS)
        self._save_timer.timeout.connect(self.flush)

        # The player.
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._check_sound_output)
        self.player.positionChanged.connect(self._position_changed)
        self.player.durationChanged.connect(self._duration_changed)
        self.player.playbackStateChanged.connect(self._playback_state_changed)
        self.player.errorOccurred.connect(self._player_error)
        self.player.mediaStatusChanged.connect(self._media_status_changed)

        self._player_bar = QWidget(self)
        bar = QHBoxLayout(self._player_bar)
        bar.setContentsMargins(8, 6, 8, 2)
        bar.setSpacing(4)
        self._play = self._button(
            self.tr("▶ Play"), self.tr("Play or pause"), "Ctrl+Space", self.toggle_play
        )
        self._play.setMinimumWidth(84)
        self._back = self._button(
            self.tr("⟲ 5 s"),
            self.tr("Back 5 seconds"),
            "Alt+Left",
            lambda: self.skip(-SKIP_SECONDS),
        )
        self._forward = self._button(
            self.tr("5 s ⟳"),
            self.tr("Forward 5 seconds"),
            "Alt+Right",
            lambda: self.skip(SKIP_SECONDS),
        )
        self.slider = QSlider(Qt.Orientation.Horizontal, self._player_bar)
        self.slider.setToolTip(self.tr("Where the recording is playing; drag to move"))
        self.slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.slider.sliderMoved.connect(lambda ms: self.seek(ms / 1000))
        self.slider.sliderReleased.connect(lambda: self.seek(self.slider.value() / 1000))
        self._time = QLabel("0:00.00 / 0:00.00", self._player_bar)
        self._time.setMinimumWidth(130)
        self._time.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.speed = QComboBox(self._player_bar)
        for rate in SPEEDS:
            self.speed.addItem(self.tr("{rate}×").format(rate=f"{rate:g}"), rate)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.speed.setToolTip(self.tr("Playback speed (slower: Ctrl+Down, faster: Ctrl+Up)"))
        self.speed.currentIndexChanged.connect(lambda i: self.set_speed(SPEEDS[i]))
        for widget in (self._play, self._back, self._forward):
            bar.addWidget(widget)
        bar.addWidget(self.slider, 1)
        bar.addWidget(self._time)
        bar.addWidget(QLabel(self.tr("Speed"), self._player_bar))
        bar.addWidget(self.speed)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "QLabel { background: #fff4d6; color: #5c4400; border: 1px solid #e8c770;"
            " border-radius: 3px; padding: 4px 8px; margin: 2px 8px; }"
        )
        self.notice.setVisible(False)

        # The segment under the cursor.
        self._segment_bar = QWidget(self)
        rows = QVBoxLayout(self._segment_bar)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(0)
        segment_bar = QHBoxLayout()
        segment_bar.setContentsMargins(8, 2, 8, 2)
        segment_bar.setSpacing(4)
        self._segment_label = QLabel(self._segment_bar)
        self._segment_label.setMinimumWidth(100)
        self.start_box = _TimeBox(self._segment_bar)
        self.start_box.setToolTip(self.tr("When the segment starts (minutes:seconds)"))
        self.end_box = _TimeBox(self._segment_bar)
        self.end_box.setToolTip(self.tr("When the segment ends (minutes:seconds)"))
        self.start_box.editingFinished.connect(self._times_edited)
        self.end_box.editingFinished.connect(self._times_edited)
        self.start_box.valueChanged.connect(self._times_edited)  # the arrows, the wheel
        self.end_box.valueChanged.connect(self._times_edited)
        start_here = self._button(
            self.tr("⇤ here"),
            self.tr("Start the segment where playback is"),
            "Ctrl+[",
            self.start_here,
        )
        end_here = self._button(
            self.tr("here ⇥"), self.tr("End the segment where playback is"), "Ctrl+]", self.end_here
        )
        self.speaker = QComboBox(self._segment_bar)
        self.speaker.setEditable(True)
        self.speaker.setMinimumWidth(140)
        self.speaker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        speaker_edit = self.speaker.lineEdit()
        assert speaker_edit is not None
        speaker_edit.setPlaceholderText(self.tr("Who speaks?"))
        self.speaker.setToolTip(
            self.tr("Who speaks in this segment; type a new name or choose one")
        )
        self.speaker.activated.connect(lambda _index: self._speaker_edited())
        speaker_edit.editingFinished.connect(self._speaker_edited)
        rename = self._button(
            self.tr("Rename speaker…"),
            self.tr("Rename a speaker everywhere"),
            "Ctrl+Shift+N",
            self.ask_rename_speaker,
        )
        split = self._button(
            self.tr("Split"),
            self.tr("Split the segment at the cursor"),
            "Ctrl+Return",
            self.split_at_cursor,
        )
        join = self._button(
            self.tr("Join next"),
            self.tr("Join the next segment to this one"),
            "Ctrl+J",
            self.join_with_next,
        )
        self._uncertain_label = QLabel(self._segment_bar)
        self._uncertain_label.setStyleSheet(
            f"QLabel {{ background: {_UNCERTAIN_TEXT.name()}; color: black;"
            " border-radius: 3px; padding: 1px 6px; }"
        )
        self._uncertain_label.setToolTip(
            self.tr(
                "Words the recogniser was unsure of (probability below {percent}%) are shaded "
                "amber. A word you correct counts as checked."
            ).format(percent=round(LOW_PROBABILITY * 100))
        )
        segment_bar.addWidget(self._segment_label)
        segment_bar.addWidget(QLabel(self.tr("From"), self._segment_bar))
        segment_bar.addWidget(self.start_box)
        segment_bar.addWidget(start_here)
        segment_bar.addSpacing(6)
        segment_bar.addWidget(QLabel(self.tr("to"), self._segment_bar))
        segment_bar.addWidget(self.end_box)
        segment_bar.addWidget(end_here)
        segment_bar.addStretch(1)
        # Speakers and split/join on a second row, so that the editor fits a laptop screen
        # beside the item list and the details.
        second = QHBoxLayout()
        second.setContentsMargins(8, 0, 8, 6)
        second.setSpacing(4)
        second.addWidget(QLabel(self.tr("Speaker"), self._segment_bar))
        second.addWidget(self.speaker)
        second.addWidget(rename)
        second.addSpacing(12)
        second.addWidget(split)
        second.addWidget(join)
        second.addStretch(1)
        rows.addLayout(segment_bar)
        rows.addLayout(second)

        self.text = _TranscriptText(self)
        self.text.textChanged.connect(self._text_changed)
        self.text.cursorPositionChanged.connect(self._cursor_moved)
        self.text.split_requested.connect(self._split_at)
        self.text.join_requested.connect(self.join)
        self.text.clicked.connect(self._text_clicked)
        self.text.header_clicked.connect(self._header_clicked)
        self._hint = QLabel(
            self.tr(
                "Ctrl+Space play/pause · Alt+← Alt+→ 5 s back/forward · Ctrl+↓ Ctrl+↑ speed · "
                "click a word to play from there · Enter splits · Backspace at the start joins"
            ),
            self,
        )
        self._hint.setStyleSheet("QLabel { color: #666; }")
        self._hint.setWordWrap(True)
        footer = QWidget(self)
        footer_layout = QHBoxLayout(footer)
        footer_layout.setContentsMargins(10, 3, 8, 4)
        footer_layout.addWidget(self._hint, 1)
        footer_layout.addWidget(self._uncertain_label)

        editor_page = QWidget(self)
        page = QVBoxLayout(editor_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        line = QFrame(editor_page)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        for part in (self._player_bar, self.notice, self._segment_bar, line):
            page.addWidget(part)
        page.addWidget(self.text, 1)
        page.addWidget(footer)

        self._message = QLabel(self)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setMargin(24)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._message)
        self._stack.addWidget(editor_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

        # The editor's own keys, claimed while it has the focus (as the proofreading view's).
        self._keys = ViewKeys(
            [
                (QKeySequence("Ctrl+Space"), self.toggle_play),
                (QKeySequence(Qt.Key.Key_MediaTogglePlayPause), self.toggle_play),
                (QKeySequence(Qt.Key.Key_MediaPlay), self.toggle_play),
                (QKeySequence("Alt+Left"), lambda: self.skip(-SKIP_SECONDS)),
                (QKeySequence("Alt+Right"), lambda: self.skip(SKIP_SECONDS)),
                (QKeySequence("Ctrl+Up"), self.faster),
                (QKeySequence("Ctrl+Down"), self.slower),
                (QKeySequence("Ctrl+Return"), self.split_at_cursor),
                (QKeySequence("Ctrl+Enter"), self.split_at_cursor),
                (QKeySequence("Ctrl+J"), self.join_with_next),
                (QKeySequence("Ctrl+["), self.start_here),
                (QKeySequence("Ctrl+]"), self.end_here),
                (QKeySequence("Ctrl+Shift+N"), self.ask_rename_speaker),
                (QKeySequence.StandardKey.Undo, self.undo),
                (QKeySequence.StandardKey.Redo, self.redo),
            ]
        )
        for watched in (self, self.text, self.start_box, self.end_box, self.speaker):
            watched.installEventFilter(self)
        self.setFocusProxy(self.text)
        self._check_sound_output()
        self._show_message(self.tr("Choose a recording to correct its transcript."))

    def _button(self, text: str, tip: str, keys: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        shortcut = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(self.tr("{action} ({shortcut})").format(action=tip, shortcut=shortcut))
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the text keeps the focus
        button.clicked.connect(slot)
        return button

    # ----- the main window's API -----------------------------------------------------------

    def show_recording(self, project: Project, item_id: int) -> None:
        """Show the recording's transcript (corrected if it was) and load its sound."""
        self.flush()
        recording = project.recording_for_item(item_id)
        if (
            self._project is project
            and self._recording is not None
            and recording is not None
            and recording["id"] == self._recording["id"]
            and _in_time_order(project.segments(recording["id"])) == self._machine
        ):
            return  # shown already (a job finished meanwhile): keep playing, keep the history
        self._release_sound()
        self._project = project
        self._recording = recording
        self.history.clear()
        self._layout_cache.clear()
        machine = _in_time_order(project.segments(recording["id"])) if recording else []
        if recording is None or not machine:
            self._recording = None
            self._machine = self._segments = []
            self.player.setSource(QUrl())
            self._show_message(
                self.tr(
                    "This recording has not been transcribed yet. Use Run → Transcribe recordings."
                )
                if recording is None or recording["asr_status"] != "failed"
                else self.tr("Transcription failed: {error}").format(error=recording["asr_error"])
            )
            return
        self._machine = machine
        self._stored = project.transcript_correction(recording["id"])
        self._segments = list(self._stored) if self._stored is not None else list(machine)
        self._stack.setCurrentIndex(1)
        self.text.setReadOnly(project.read_only)
        self._segment_bar.setEnabled(not project.read_only)
        self._render(full=True)
        cursor = self.text.textCursor()
        cursor.setPosition(0)
        self.text.setTextCursor(cursor)
        self._cursor_moved()
        self._load_sound(project, recording)
        self.status.emit(
            self.tr("Segments: {count} · {duration} of sound").format(
                count=len(self._segments), duration=clock(recording["duration"] or 0.0)
            )
        )

    def flush(self) -> None:
        """Save the transcript now if it differs from what the project holds."""
        self._save_timer.stop()
        if self._project is None or self._recording is None or self._project.read_only:
            return
        wanted = None if self._segments == self._machine else self._segments
        if wanted == self._stored:
            return
        self._project.set_transcript_correction(self._recording["id"], wanted)
        self._stored = None if wanted is None else list(wanted)
        log.info("Saved the transcript of recording %s", self._recording["id"])
        self.status.emit(self.tr("Saved"))

    def forget(self) -> None:
        """Save, stop playing and let go of the project (it is being closed)."""
        self.flush()
        self._release_sound()
        self._project = self._recording = None
        self._machine, self._segments, self._stored = [], [], None
        self.history.clear()
        self._show_message(self.tr("Choose a recording to correct its transcript."))

    def _release_sound(self) -> None:
        """Stop playing and let go of the sound file. Qt's FFmpeg backend can deadlock when
        told to stop, or to drop its source, while it is still opening a file (seen twice
        in a dozen CI runs, closing a project just after a recording was shown): wait for
        the opening to finish first, which takes milliseconds for a local file, at most
        two seconds; and do not stop a player that is not playing. It can also deadlock
        stopping a paused player, whose PulseAudio stream is suspended (seen once in CI;
        the same hang is valbok/QtAVPlayer#618): so the player is never paused, see
        toggle_play."""
        self._wait_while(lambda: self.player.mediaStatus() == QMediaPlayer.MediaStatus.LoadingMedia)
        # (logged because a CI run hung once more in stop() below with nothing ever played:
        # the backend reported a paused player after a seek made while stopped, the paused
        # state the docstring warns of; seek no longer moves a stopped player)
        log.info(
            "Releasing the sound: media %s, playback %s",
            self.player.mediaStatus().name,
            self.player.playbackState().name,
        )
        if self.player.playbackState() != QMediaPlayer.PlaybackState.StoppedState:
            self.player.stop()
        if not self.player.source().isEmpty():
            self.player.setSource(QUrl())

    @staticmethod
    def _wait_while(condition: Callable[[], bool], seconds: float = 2.0) -> None:
        """Let the player's events in while ``condition`` holds, at most ``seconds``."""
        deadline = time.monotonic() + seconds
        while condition() and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 20)

    def undo(self) -> None:
        change = self.history.undo()
        if change is not None:
            self._apply(change.before, change.cursor_before)
            self.status.emit(self.tr("Undone"))

    def redo(self) -> None:
        change = self.history.redo()
        if change is not None:
            self._apply(change.after, change.cursor_after)
            self.status.emit(self.tr("Redone"))

    # ----- what tests and the main window may read -----------------------------------------

    def segments(self) -> list[Segment]:
        """The transcript as shown: the correction, or the machine's where none was made."""
        return list(self._segments)

    def current_segment(self) -> int:
        return self.text.textCursor().blockNumber()

    def message(self) -> str:
        return self._message.text() if self._stack.currentIndex() == 0 else ""

    def notice_text(self) -> str:
        return self.notice.text() if not self.notice.isHidden() else ""

    def playing_word(self) -> tuple[int, int] | None:
        """(segment, word) highlighted as being spoken."""
        return self._playing

    def selected_time_span(self) -> tuple[float, float] | None:
        """From the first to the last word selected in the text, in seconds; None if none."""
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            return None
        first, last = cursor.selectionStart(), cursor.selectionEnd()
        document = self.text.document()
        times: list[tuple[float, float]] = []
        for number, segment in enumerate(self._segments):
            base = document.findBlockByNumber(number).position()
            for word, span in zip(segment.words, self._spans(number), strict=False):
                if span is not None and base + span[0] < last and first < base + span[1]:
                    times.append((word.start, word.end))
        if not times:
            return None
        return min(t[0] for t in times), max(t[1] for t in times)

    def word_position(self, segment: int, word: int) -> int:
        """Where word ``word`` of segment ``segment`` begins in the text (for tests)."""
        span = self._spans(segment)[word]
        assert span is not None
        return self.text.document().findBlockByNumber(segment).position() + span[0]

    # ----- the sound -------------------------------------------------------------------------

    def _load_sound(self, project: Project, recording: dict[str, Any]) -> None:
        original = next(
            (
                o
                for o in project.originals(recording["item_id"])
                if o["id"] == recording["original_id"]
            ),
            None,
        )
        path = project.path(original["path"]) if original else None
        self.requested_position = self._position_ms = 0
        self._listened = False
        if path is None or not Path(path).is_file():
            self.player.setSource(QUrl())
            self._set_notice(
                self.tr(
                    "The recording's sound file is missing, so it cannot be played: {path}"
                ).format(path=path or "?")
            )
            return
        self.player.setSource(QUrl.fromLocalFile(str(path)))
        self.player.setPlaybackRate(float(self.speed.currentData()))
        self._position_changed(0)
        self._check_sound_output()

    def _check_sound_output(self) -> None:
        outputs = QMediaDevices.audioOutputs()
        if outputs:
            self.audio.setDevice(QMediaDevices.defaultAudioOutput())
            self._set_notice("")
        else:
            self._set_notice(
                self.tr(
                    "No sound output was found on this computer, so the recording cannot be "
                    "heard. You can still read and correct the transcript; connect speakers or "
                    "headphones to listen."
                )
            )

    def _set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def toggle_play(self) -> None:
        if self._recording is None:
            return
        self._listened = True
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            # Stopped where it was, not paused: Qt's FFmpeg backend can hang for good when
            # a paused player is later stopped or given another file (see _release_sound).
            at = self.player.position()
            self.player.stop()
            self.seek(at / 1000)
        else:
            # the place asked for while stopped is given to the player only now, as it
            # starts (see seek)
            if self.requested_position:
                self.player.setPosition(self.requested_position)
            self.player.play()

    def seek(self, seconds: float) -> None:
        """Move playback to ``seconds`` (kept within the recording)."""
        limit = self.player.duration() or int(((self._recording or {}).get("duration") or 0) * 1000)
        ms = max(0, round(seconds * 1000))
        if limit:
            ms = min(ms, limit)
        self.requested_position = ms
        self._listened = True
        # A stopped player is not moved: Qt's FFmpeg backend reports a player moved while
        # stopped as paused, and stopping it later can hang (see _release_sound). The
        # place is kept and given to the player when it starts (see toggle_play).
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.setPosition(ms)
        self._position_changed(ms)

    def skip(self, seconds: float) -> None:
        self.seek(self.position() + seconds)

    def set_speed(self, rate: float) -> None:
        rate = min(max(rate, SPEEDS[0]), SPEEDS[-1])
        self.player.setPlaybackRate(rate)
        nearest = min(range(len(SPEEDS)), key=lambda i: abs(SPEEDS[i] - rate))
        if self.speed.currentIndex() != nearest:
            self.speed.blockSignals(True)
            self.speed.setCurrentIndex(nearest)
            self.speed.blockSignals(False)
        self.status.emit(self.tr("Speed {rate}×").format(rate=f"{rate:g}"))

    def faster(self) -> None:
        self.set_speed(SPEEDS[min(self.speed.currentIndex() + 1, len(SPEEDS) - 1)])

    def slower(self) -> None:
        self.set_speed(SPEEDS[max(self.speed.currentIndex() - 1, 0)])

    def _media_status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        # played to its end: playing again starts from the beginning
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            self.requested_position = 0

    def _duration_changed(self, ms: int) -> None:
        self.slider.setRange(0, max(ms, 0))
        self._position_changed(self._position_ms)

    def _playback_state_changed(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self._play.setText(self.tr("⏸ Pause") if playing else self.tr("▶ Play"))

    def _player_error(self, _error: QMediaPlayer.Error, message: str) -> None:
        log.warning("Playback failed: %s", message)
        self._set_notice(
            self.tr("The recording cannot be played: {message}").format(message=message)
        )

    def position(self) -> float:
        """Where playback is, in seconds (or where it was asked to go, before it gets there)."""
        return self._position_ms / 1000

    def _position_changed(self, ms: int) -> None:
        self._position_ms = ms
        if not self.slider.isSliderDown():
            self.slider.blockSignals(True)
            self.slider.setValue(ms)
            self.slider.blockSignals(False)
        total = self.player.duration() or int((self._recording or {}).get("duration", 0) * 1000)
        self._time.setText(f"{clock(ms / 1000)} / {clock(total / 1000)}")
        self._follow(ms / 1000)

    def _follow(self, seconds: float) -> None:
        """Highlight the word being spoken at ``seconds`` and keep it in view."""
        playing = None
        # Segments are in time order: find the last one begun, then its last word begun (it
        # stays lit through the pause before the next one). Nothing is lit before the person
        # has played or moved playback.
        number = -1
        if self._listened:
            number = bisect.bisect_right(self._segments, seconds, key=lambda s: s.start) - 1
        if number >= 0 and seconds <= self._segments[number].end:
            begun = [
                i for i, word in enumerate(self._segments[number].words) if word.start <= seconds
            ]
            if begun and self._spans(number)[begun[-1]] is not None:
                playing = (number, begun[-1])
        if playing == self._playing:
            return
        self._playing = playing
        self.text.playing_segment = playing[0] if playing else None
        self._show_highlights()
        if playing and self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(self.word_position(*playing))
            rect = self.text.cursorRect(cursor)
            if not self.text.viewport().rect().adjusted(0, 40, 0, -40).contains(rect):
                bar = self.text.verticalScrollBar()
                bar.setValue(bar.value() + rect.top() - self.text.viewport().height() // 3)

    # ----- the transcript shown --------------------------------------------------------------

    def _show_message(self, text: str) -> None:
        self._message.setText(text)
        self._stack.setCurrentIndex(0)

    def _layout(self, number: int) -> _SegmentLayout:
        segment = self._segments[number]
        cached = self._layout_cache.get(id(segment))
        if cached is None or cached.segment is not segment:
            cached = _SegmentLayout(segment)
            self._layout_cache[id(segment)] = cached
        return cached

    def _spans(self, number: int) -> list[tuple[int, int] | None]:
        return self._layout(number).spans

    def _render(self, *, full: bool = False) -> None:
        """Make the text show ``self._segments``, changing only the paragraphs that differ."""
        document = self.text.document()
        texts = [flat_text(segment.text) for segment in self._segments]
        self._loading = True
        try:
            if full or document.blockCount() != len(texts):
                scroll = self.text.verticalScrollBar().value()
                self.text.setPlainText("\n".join(texts))
                cursor = QTextCursor(document)
                cursor.select(QTextCursor.SelectionType.Document)
                cursor.setBlockFormat(self.text.block_format())
                self.text.make_room_above_first()
                self.text.verticalScrollBar().setValue(scroll)
            else:
                block = document.begin()
                for text in texts:
                    if block.text() != text:
                        cursor = QTextCursor(block)
                        cursor.movePosition(
                            QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                        )
                        cursor.insertText(text)
                    block = block.next()
        finally:
            self._loading = False
        self._model_changed()

    def _model_changed(self) -> None:
        """Refresh what depends on the segments: headers, shading, the word timeline."""
        if len(self._layout_cache) > 4 * len(self._segments) + 64:
            self._layout_cache.clear()
        self._playing = None
        self.text.playing_segment = None
        layouts = [self._layout(number) for number in range(len(self._segments))]
        self.text.speaker_names = speakers(self._segments)
        self.text.headers = [layout.header for layout in layouts]
        shade = QTextCharFormat()
        shade.setBackground(_UNCERTAIN_TEXT)
        shade.setForeground(QColor(Qt.GlobalColor.black))
        document = self.text.document()
        selections = []
        block = document.begin()
        for layout in layouts:
            for start, end in layout.uncertain:
                cursor = QTextCursor(document)
                cursor.setPosition(block.position() + start)
                cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = shade
                selections.append(selection)
            block = block.next()
        self._uncertain = selections
        self._uncertain_label.setText(
            self.tr("Uncertain words: {count}").format(count=len(selections))
        )
        self._follow(self.position())
        self._show_highlights()
        self._update_segment_bar()

    def _show_highlights(self) -> None:
        selections = list(self._uncertain)
        if self._playing is not None:
            number, index = self._playing
            span = self._spans(number)[index]
            if span is not None:
                block = self.text.document().findBlockByNumber(number)
                cursor = QTextCursor(self.text.document())
                cursor.setPosition(block.position() + span[0])
                cursor.setPosition(block.position() + span[1], QTextCursor.MoveMode.KeepAnchor)
                playing = QTextCharFormat()
                playing.setBackground(_PLAYING_BACK)
                playing.setForeground(_PLAYING_TEXT)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = playing
                selections.append(selection)
        self.text.setExtraSelections(selections)
        self.text.viewport().update()

    def _cursor_position(self) -> tuple[int, int]:
        cursor = self.text.textCursor()
        return cursor.blockNumber(), cursor.position() - cursor.block().position()

    def _apply(self, segments: list[Segment], at: tuple[int, int]) -> None:
        """Show ``segments`` (from the undo history), put the cursor at ``at`` and save soon."""
        self._segments = list(segments)
        self._render()
        number = min(at[0], len(self._segments) - 1)
        block = self.text.document().findBlockByNumber(number)
        cursor = self.text.textCursor()
        cursor.setPosition(block.position() + min(at[1], max(block.length() - 1, 0)))
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()
        self._save_timer.start()

    def _change(
        self,
        label: str,
        after: list[Segment],
        cursor_after: tuple[int, int] | None = None,
        typing_in: int | None = None,
        cursor_before: tuple[int, int] | None = None,
    ) -> None:
        """Make an edit: show it, put it in the undo history and save it soon."""
        if after == self._segments:
            return
        before = self._segments
        before_cursor = cursor_before or self._cursor_position()
        if typing_in is None:
            self._apply(after, cursor_after or before_cursor)
        else:
            self._segments = after
            self._model_changed()
        command = _Change(
            label,
            before,
            after,
            (before_cursor, cursor_after or self._cursor_position()),
            typing_in,
        )
        self.history.push(command)
        self._save_timer.start()

    def _refuse(self, error: QuireError) -> None:
        self.status.emit(f"{error.message} {error.hint}".strip())

    # ----- edits -------------------------------------------------------------------------------

    def _text_changed(self) -> None:
        if self._loading or self._recording is None:
            return
        document = self.text.document()
        if document.blockCount() != len(self._segments):
            # A paragraph was added or removed (a selection across segments was replaced,
            # for instance): put the text back as it was and say how to split or join.
            QTimer.singleShot(0, self, self._put_back)
            return
        changed = []
        block = document.begin()
        for number, segment in enumerate(self._segments):
            if block.text() != flat_text(segment.text):
                changed.append((number, block.text()))
            block = block.next()
        if not changed:
            return
        after = list(self._segments)
        for number, text in changed:
            after = edit_text(after, number, text)
        typing_in = changed[0][0] if len(changed) == 1 else None
        before = None
        if typing_in is not None:  # the cursor was where the text began to differ
            old = flat_text(self._segments[typing_in].text)
            position, removed, _inserted = text_change(old, changed[0][1])
            before = (typing_in, position + removed)
        self._change(self.tr("Typing"), after, typing_in=typing_in, cursor_before=before)

    def _put_back(self) -> None:
        at = self._cursor_position()
        self._render(full=True)
        self._apply(self._segments, at)
        self.status.emit(
            self.tr(
                "Segments are split with Enter and joined with Backspace at a segment's start; "
                "select text within one segment to replace it."
            )
        )

    def split_at_cursor(self) -> None:
        self._split_at(self.text.textCursor().selectionStart())

    def _split_at(self, position: int) -> None:
        if self._recording is None or self.text.isReadOnly():
            return
        block = self.text.document().findBlock(position)
        number, offset = block.blockNumber(), position - block.position()
        try:
            after = split_segment(self._segments, number, offset)
        except QuireError as error:
            self._refuse(error)
            return
        self._change(self.tr("Split segment"), after, cursor_after=(number + 1, 0))
        self.status.emit(self.tr("Segment split in two"))

    def join(self, first: int) -> None:
        """Join segment ``first`` and the one after it."""
        if self._recording is None or self.text.isReadOnly():
            return
        try:
            after = merge_segments(self._segments, first)
        except QuireError as error:
            self._refuse(error)
            return
        seam = (
            len(self._segments[first].text.strip()) + 1 if self._segments[first].text.strip() else 0
        )
        kept, dropped = self._segments[first].speaker, self._segments[first + 1].speaker
        self._change(self.tr("Join segments"), after, cursor_after=(first, seam))
        if kept and dropped and kept != dropped:
            self.status.emit(
                self.tr("Segments joined: all of it is now said by {kept}, not {dropped}.").format(
                    kept=kept, dropped=dropped
                )
            )
        else:
            self.status.emit(self.tr("Segments joined"))

    def join_with_next(self) -> None:
        self.join(self.current_segment())

    def set_segment_times(self, start: float, end: float) -> bool:
        """Give the current segment new times; False (and a message) if they do not fit."""
        if self._recording is None:
            return False
        number = self.current_segment()
        try:
            after = set_times(self._segments, number, start, end, self._recording["duration"])
        except QuireError as error:
            self._refuse(error)
            self._update_segment_bar(force=True)
            return False
        self._change(self.tr("Change times"), after, cursor_after=self._cursor_position())
        return True

    def _times_edited(self) -> None:
        if self._recording is None or not self._segments:
            return
        segment = self._segments[self.current_segment()]
        start, end = self.start_box.value(), self.end_box.value()
        # The boxes show hundredths: a time they did not change is kept to the millisecond.
        start = segment.start if abs(start - segment.start) < 0.005 else start
        end = segment.end if abs(end - segment.end) < 0.005 else end
        if (start, end) != (segment.start, segment.end):
            self.set_segment_times(start, end)

    def start_here(self) -> None:
        if self._segments:
            self.set_segment_times(self.position(), self._segments[self.current_segment()].end)

    def end_here(self) -> None:
        if self._segments:
            self.set_segment_times(self._segments[self.current_segment()].start, self.position())

    def set_current_speaker(self, name: str) -> None:
        if self._recording is None:
            return
        number = self.current_segment()
        self._change(
            self.tr("Set speaker"),
            set_speaker(self._segments, number, name),
            cursor_after=self._cursor_position(),
        )

    def _speaker_edited(self) -> None:
        if not self._segments or self._loading:
            return
        name = self.speaker.currentText()
        if " ".join(name.split()) != (self._segments[self.current_segment()].speaker or ""):
            self.set_current_speaker(name)

    def rename_speaker(self, old: str | None, new: str) -> bool:
        """Call speaker ``old`` (None: nobody named) ``new`` everywhere."""
        if self._recording is None:
            return False
        try:
            after = rename_speaker(self._segments, old, new)
        except QuireError as error:
            self._refuse(error)
            return False
        self._change(self.tr("Rename speaker"), after, cursor_after=self._cursor_position())
        self.status.emit(self.tr("Speaker renamed"))
        return True

    def ask_rename_speaker(self) -> None:
        if self._recording is None or self.text.isReadOnly():
            return
        current = self._segments[self.current_segment()].speaker
        dialog = RenameSpeakerDialog(
            speakers(self._segments), any(s.speaker is None for s in self._segments), current, self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.rename_speaker(dialog.old_name(), dialog.new_name())

    # ----- cursor and clicks -------------------------------------------------------------------

    def _cursor_moved(self) -> None:
        self._update_segment_bar()
        self.text.viewport().update()  # the band behind the current segment

    def _update_segment_bar(self, *, force: bool = False) -> None:
        """Show the current segment's number, times and speaker (not over what is being
        typed in a box, unless ``force``: an edit was refused)."""
        if not self._segments:
            return
        number = min(self.current_segment(), len(self._segments) - 1)
        segment = self._segments[number]
        self._segment_label.setText(
            self.tr("Segment {number} of {count}").format(
                number=number + 1, count=len(self._segments)
            )
        )
        loading, self._loading = self._loading, True
        for box, value in ((self.start_box, segment.start), (self.end_box, segment.end)):
            if force or not box.hasFocus():
                box.blockSignals(True)
                box.setValue(value)
                box.blockSignals(False)
        if not self.speaker.hasFocus():
            self.speaker.blockSignals(True)
            self.speaker.clear()
            self.speaker.addItems(speakers(self._segments))
            self.speaker.setEditText(segment.speaker or "")
            self.speaker.blockSignals(False)
        self._loading = loading

    def _text_clicked(self, position: int, play: bool) -> None:
        """A click on a word moves playback to it; Ctrl+click also starts playing."""
        if self._recording is None:
            return
        block = self.text.document().findBlock(position)
        number = block.blockNumber()
        if not 0 <= number < len(self._segments):
            return
        index = word_at(self._segments[number], position - block.position())
        if index is None:
            return
        self.seek(self._segments[number].words[index].start)
        if play:
            self.player.play()

    def _header_clicked(self, number: int) -> None:
        if not 0 <= number < len(self._segments):
            return
        cursor = self.text.textCursor()
        cursor.setPosition(self.text.document().findBlockByNumber(number).position())
        self.text.setTextCursor(cursor)
        self.text.setFocus(Qt.FocusReason.MouseFocusReason)
        self.seek(self._segments[number].start)

    # ----- keys --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._recording is not None and self._keys.handle(event):
            return True
        return super().eventFilter(watched, event)
