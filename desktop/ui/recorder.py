"""Recording an oral-history interview from a microphone, with its details and consent.

QAudioSource hands the sound over in small chunks; each goes straight to the core's
``RecordingWriter``, which owns the file (written as it comes, made durable every second).
On Stop the sound is encoded on a thread and imported into the project as a recording
item. A recording cut off by a crash is offered again when the project is next opened.
"""

from __future__ import annotations

import logging
import math
import time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEventLoop,
    QIODevice,
    QObject,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QColor, QFont, QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSource, QMediaDevices, QtAudio
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..core.capture.importer import check_languages
from ..core.capture.recording import (
    AudioFormat,
    InProgress,
    RecordingWriter,
    discard,
    elapsed_text,
    encode_final,
    import_final,
    peak_level,
    recover,
)
from ..core.errors import QuireError
from ..core.store.project import Project
from ..workers.thread import BackgroundCall
from .errors import show_error, show_quire_error

log = logging.getLogger(__name__)

_FLOOR_DB = -60.0


class LevelMeter(QWidget):
    """How loud the microphone is, in dB below full scale, with a slowly falling peak mark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._level = 0.0  # 0..1 of the scale shown
        self._peak = 0.0
        self._peak_time = 0.0
        self._last = time.monotonic()
        self.setMinimumSize(240, 34)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(
            self.tr(
                "Loudness of the microphone. Speech should reach the yellow part; "
                "red means too loud (the sound is clipped)."
            )
        )
        self.setAccessibleName(self.tr("Input level"))

    @staticmethod
    def scale(peak: float) -> float:
        if peak <= 0:
            return 0.0
        db = 20 * math.log10(peak)
        return min(max((db - _FLOOR_DB) / -_FLOOR_DB, 0.0), 1.0)

    def level(self) -> float:
        return self._level

    def set_peak(self, peak: float) -> None:
        """A chunk's loudest sample, 0..1 of full scale."""
        now = time.monotonic()
        value = self.scale(peak)
        # Rise at once, fall by about 24 dB a second, so that speech reads as a steady bar
        # however small the chunks the sound card hands over.
        fallen = self._level - (now - self._last) * 0.4
        self._level = max(value, fallen, 0.0)
        self._last = now
        if value >= self.peak(now):
            self._peak, self._peak_time = value, now
        self.update()

    def peak(self, now: float) -> float:
        """The peak mark: the loudest moment, held for a second and a half, then sinking."""
        return max(self._peak - max(now - self._peak_time - 1.5, 0.0) * 0.15, 0.0)

    def reset(self) -> None:
        self._level = self._peak = 0.0
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = QRectF(0, 0, self.width(), self.height() - 12)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#2b2f33"))
        painter.drawRoundedRect(bar, 3, 3)
        zones = ((-12.0, "#3fa34d"), (-3.0, "#e0b42b"), (0.0, "#d9452b"))
        start = 0.0
        for top_db, colour in zones:
            end = (top_db - _FLOOR_DB) / -_FLOOR_DB
            shown = min(self._level, end) - start
            if shown > 0:
                painter.setBrush(QColor(colour))
                painter.drawRect(
                    QRectF(
                        bar.left() + 2 + start * (bar.width() - 4),
                        2,
                        shown * (bar.width() - 4),
                        bar.height() - 4,
                    )
                )
            start = end
        peak = self.peak(time.monotonic())
        if peak > 0:
            x = bar.left() + 2 + peak * (bar.width() - 4)
            painter.setBrush(QColor("#f4f4f4"))
            painter.drawRect(QRectF(x - 1, 2, 2, bar.height() - 4))
        painter.setPen(self.palette().color(self.foregroundRole()))
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.75, 6.0))
        painter.setFont(font)
        for db in (-48, -36, -24, -12, -6, -3, 0):
            x = bar.left() + 2 + (db - _FLOOR_DB) / -_FLOOR_DB * (bar.width() - 4)
            label = f"{db}"
            width = painter.fontMetrics().horizontalAdvance(label)
            painter.drawText(
                QRectF(min(x - width / 2, self.width() - width), bar.bottom() + 1, width, 11),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )
        painter.end()


READY, RECORDING, PAUSED, SAVING, SAVED = "ready", "recording", "paused", "saving", "saved"


class RecorderDialog(QDialog):
    """Record an interview into ``project``: microphone, level, pause, and the details."""

    saved = Signal(int)  # the new item's id
    transcribe_requested = Signal(int)

    def __init__(
        self, project: Project, parent: QWidget | None = None, log_path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.log_path = log_path
        self.state = READY
        self.writer: RecordingWriter | None = None
        self.source: QAudioSource | None = None
        self._io: QIODevice | None = None
        self._encoder: BackgroundCall | None = None
        self._finished: InProgress | None = None
        self.item_id: int | None = None
        self.setWindowTitle(self.tr("Record an interview"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        layout = QVBoxLayout(self)
        layout.addWidget(self._make_sound_box())
        layout.addWidget(self._make_form_box())
        layout.addWidget(self._make_result_box())
        self.result_box.hide()
        layout.addStretch(1)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_buttons.rejected.connect(self.close)
        layout.addWidget(self.close_buttons)

        self.devices = QMediaDevices(self)
        self.devices.audioInputsChanged.connect(self.refresh_devices)
        self.refresh_devices()

        self._clock = QTimer(self, interval=200)
        self._clock.timeout.connect(self._tick)
        self._metadata_timer = QTimer(self, singleShot=True, interval=1000)
        self._metadata_timer.timeout.connect(self._save_metadata_beside_sound)
        for key in ("Space", "Ctrl+R"):
            QShortcut(QKeySequence(key), self, self.toggle)
        QShortcut(QKeySequence("Ctrl+S"), self, self.stop)
        self._update_controls()
        self._update_title_placeholder()
        self.resize(640, self.sizeHint().height())

    # ----- building -------------------------------------------------------------------

    def _make_sound_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sound"), self)
        form = QFormLayout(box)
        self.device_combo = QComboBox(box)
        self.device_combo.setToolTip(self.tr("The microphone or sound input to record from"))
        form.addRow(self.tr("&Microphone"), self.device_combo)
        self.format_combo = QComboBox(box)
        self.format_combo.addItem(self.tr("FLAC — lossless, about half the size"), "flac")
        self.format_combo.addItem(self.tr("WAV — lossless, uncompressed"), "wav")
        self.format_combo.setToolTip(
            self.tr("Both keep every detail of the sound; FLAC files are smaller.")
        )
        form.addRow(self.tr("&Save as"), self.format_combo)
        self.no_device = QLabel(box)
        self.no_device.setWordWrap(True)
        self.no_device.setText(
            self.tr(
                "<b>No microphone was found.</b> Connect one, check that it is switched on "
                "and that this computer allows its use, and it will appear here. A recording "
                "made elsewhere can be brought in with File → Import files…"
            )
        )
        form.addRow(self.no_device)
        self.meter = LevelMeter(box)
        form.addRow(self.tr("Level"), self.meter)

        row = QHBoxLayout()
        self.elapsed = QLabel("0:00", box)
        font = QFont(self.elapsed.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.elapsed.setFont(font)
        self.elapsed.setToolTip(self.tr("Length of the sound recorded so far"))
        self.state_label = QLabel(box)
        row.addWidget(self.elapsed)
        row.addWidget(self.state_label, 1)
        style = self.style()
        self.record_button = QPushButton(box)
        self.record_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.record_button.clicked.connect(self.toggle)
        self.stop_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_MediaStop), self.tr("Stop and save"), box
        )
        self.stop_button.setToolTip(self.tr("End the recording and add it to the project (Ctrl+S)"))
        self.stop_button.clicked.connect(self.stop)
        row.addWidget(self.record_button)
        row.addWidget(self.stop_button)
        form.addRow(row)
        return box

    def _make_form_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Interview"), self)
        form = QFormLayout(box)
        self.title_edit = QLineEdit(box)
        self.title_edit.setToolTip(self.tr("Leave empty to use the title shown in grey"))
        self.narrator_edit = QLineEdit(box)
        self.narrator_edit.setToolTip(self.tr("The person telling their story"))
        self.interviewer_edit = QLineEdit(box)
        self.interviewer_edit.setToolTip(self.tr("The person asking the questions"))
        self.date_edit = QDateEdit(QDate.currentDate(), box)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.place_edit = QLineEdit(box)
        self.place_edit.setToolTip(self.tr("Where the interview takes place"))
        self.languages_edit = QLineEdit(box)
        self.languages_edit.setPlaceholderText(self.tr("e.g. eng, or eus+spa; empty: detected"))
        self.languages_edit.setToolTip(
            self.tr(
                "Language codes joined by +, for example eng or cym+eng. Leave empty and "
                "the transcription detects the language."
            )
        )
        self.consent_combo = QComboBox(box)
        for value, label in (
            ("none", self.tr("No consent form")),
            ("pending", self.tr("Form given, not yet signed")),
            ("signed", self.tr("Signed")),
            ("refused", self.tr("Refused")),
        ):
            self.consent_combo.addItem(label, value)
        self.consent_combo.setCurrentIndex(1)
        self.consent_combo.setToolTip(
            self.tr("Whether the narrator has signed the recording agreement (release form)")
        )
        self.consent_ref_edit = QLineEdit(box)
        self.consent_ref_edit.setPlaceholderText(self.tr("e.g. the number on the signed form"))
        self.terms_edit = QPlainTextEdit(box)
        self.terms_edit.setPlaceholderText(
            self.tr("What the narrator agreed to: who may listen, publish, when, any limits")
        )
        self.terms_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        for label, widget in (
            (self.tr("&Title"), self.title_edit),
            (self.tr("&Narrator"), self.narrator_edit),
            (self.tr("&Interviewer"), self.interviewer_edit),
            (self.tr("&Date"), self.date_edit),
            (self.tr("&Place"), self.place_edit),
            (self.tr("&Languages"), self.languages_edit),
            (self.tr("&Consent"), self.consent_combo),
            (self.tr("Consent &form"), self.consent_ref_edit),
            (self.tr("T&erms"), self.terms_edit),
        ):
            form.addRow(label, widget)
        for edit in (
            self.title_edit,
            self.narrator_edit,
            self.interviewer_edit,
            self.place_edit,
            self.languages_edit,
            self.consent_ref_edit,
        ):
            edit.textChanged.connect(self._metadata_changed)
        self.terms_edit.textChanged.connect(self._metadata_changed)
        self.date_edit.dateChanged.connect(self._metadata_changed)
        self.consent_combo.currentIndexChanged.connect(self._metadata_changed)
        return box

    def _make_result_box(self) -> QFrame:
        box = QFrame(self)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(box)
        self.result_label = QLabel(box)
        self.result_label.setWordWrap(True)
        self.transcribe_button = QPushButton(self.tr("&Transcribe now"), box)
        self.transcribe_button.setToolTip(
            self.tr("Write down what is said, in the background (see the Jobs panel)")
        )
        self.transcribe_button.clicked.connect(self._transcribe)
        self.again_button = QPushButton(self.tr("Record &another"), box)
        self.again_button.clicked.connect(self._record_another)
        row.addWidget(self.result_label, 1)
        row.addWidget(self.transcribe_button)
        row.addWidget(self.again_button)
        self.result_box = box
        return box

    # ----- devices --------------------------------------------------------------------

    def refresh_devices(self) -> None:
        current = self.device_combo.currentData()
        chosen_id = current.id() if isinstance(current, QAudioDevice) else None
        self.device_combo.clear()
        inputs = QMediaDevices.audioInputs()
        for device in inputs:
            self.device_combo.addItem(device.description(), device)
            if (chosen_id is None and device.isDefault()) or device.id() == chosen_id:
                self.device_combo.setCurrentIndex(self.device_combo.count() - 1)
        self.no_device.setVisible(not inputs)
        self.device_combo.setEnabled(bool(inputs) and self.state not in (RECORDING, PAUSED))
        self._update_controls()

    def has_microphone(self) -> bool:
        return self.device_combo.count() > 0

    # ----- recording ------------------------------------------------------------------

    def toggle(self) -> None:
        """Record, pause or resume (Space, Ctrl+R)."""
        if self.state in (READY, SAVED):
            self.record()
        elif self.state == RECORDING:
            self.pause()
        elif self.state == PAUSED:
            self.resume()

    def record(self) -> None:
        if self.state not in (READY, SAVED) or not self.has_microphone():
            return
        device = self.device_combo.currentData()
        assert isinstance(device, QAudioDevice)
        preferred = device.preferredFormat()
        rate = preferred.sampleRate() if 8000 <= preferred.sampleRate() <= 192_000 else 48_000
        channels = 2 if preferred.channelCount() >= 2 else 1
        qt_format = QAudioFormat()
        qt_format.setSampleRate(rate)
        qt_format.setChannelCount(channels)
        qt_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        try:
            self.writer = RecordingWriter.start(
                self.project.folder, AudioFormat(rate, channels), self.metadata()
            )
        except QuireError as error:
            show_quire_error(self, error, self.log_path)
            return
        self.source = QAudioSource(device, qt_format, self)
        self.source.setBufferSize(rate * channels * 2)  # a second: the window may be busy
        self.source.stateChanged.connect(self._source_state_changed)
        self._io = self.source.start()
        self._io.readyRead.connect(self._read)
        self.meter.reset()
        self.item_id = None
        self.result_box.hide()
        self._set_state(RECORDING)
        self._clock.start()
        log.info("Recording from %s at %d Hz, %d channel(s)", device.description(), rate, channels)

    def pause(self) -> None:
        if self.state != RECORDING or self.source is None:
            return
        self._read()
        self.source.suspend()
        self._sync()
        self.meter.reset()
        self._set_state(PAUSED)

    def resume(self) -> None:
        if self.state != PAUSED or self.source is None:
            return
        self._set_state(RECORDING)
        self.source.resume()

    def stop(self) -> None:
        """Stop and save (Ctrl+S): the sound is encoded on a thread, then imported."""
        if self.state not in (RECORDING, PAUSED) or self.writer is None:
            return
        if self.state == RECORDING:
            self._read()
        self._stop_source()
        if self.writer.frames == 0:
            self.writer.discard()
            self.writer = None
            self._set_state(READY)
            show_error(
                self,
                self.tr("Nothing was recorded."),
                self.tr("Check that the microphone is connected, switched on and not muted."),
            )
            return
        try:
            self.writer.update_metadata(self.metadata())
            self._finished = self.writer.close()
        except QuireError as error:
            show_quire_error(self, error, self.log_path)
            self._set_state(READY)
            return
        self.writer = None
        self._set_state(SAVING)
        self._encoder = BackgroundCall(
            encode_final, self._finished, self.format_combo.currentData(), parent=self
        )
        self._encoder.done.connect(self._encoded)
        self._encoder.failed.connect(self._encoding_failed)
        self._encoder.start()

    def _encoded(self, final: Path) -> None:
        recording, self._finished = self._finished, None
        assert recording is not None
        try:
            self.item_id = import_final(self.project, recording, final)
        except QuireError as error:
            self._save_failed(error)
            return
        item = self.project.item(self.item_id)
        self.result_label.setText(
            self.tr("Saved in the project as “{title}” ({length}).").format(
                title=item["title"], length=elapsed_text(recording.duration)
            )
        )
        self.transcribe_button.setEnabled(True)
        self.result_box.show()
        self._set_state(SAVED)
        self.saved.emit(self.item_id)

    def _encoding_failed(self, error: BaseException) -> None:
        self._finished = None
        if isinstance(error, QuireError):
            self._save_failed(error)
        else:
            log.error("Saving the recording failed", exc_info=error)
            self._save_failed(QuireError(self.tr("The recording could not be saved.")))

    def _save_failed(self, error: QuireError) -> None:
        self._set_state(READY)
        show_error(
            self,
            str(error),
            (error.hint + "\n\n" if error.hint else "")
            + self.tr(
                "The sound is kept: Quire offers it again the next time this project is opened."
            ),
            self.log_path,
        )

    def _read(self) -> None:
        if self._io is None or self.writer is None:
            return
        data = self._io.readAll().data()
        if not data or self.state != RECORDING:
            return  # paused: a little sound still in the pipe is not wanted
        try:
            self.writer.write(bytes(data))
        except QuireError as error:
            self._stop_source()
            self._keep_after_error(error)
            return
        self.meter.set_peak(peak_level(bytes(data)))

    def _sync(self) -> None:
        if self.writer is not None:
            try:
                self.writer.sync()
            except QuireError as error:
                self._stop_source()
                self._keep_after_error(error)

    def _keep_after_error(self, error: QuireError) -> None:
        """Writing failed (a full disk): keep what was recorded, say so."""
        if self.writer is not None:
            try:
                self.writer.close()
            except (QuireError, OSError):
                log.exception("Closing the recording after an error failed")
            self.writer = None
        self._set_state(READY)
        show_error(
            self,
            str(error),
            (error.hint + "\n\n" if error.hint else "")
            + self.tr("What was recorded until then is kept and offered next time."),
            self.log_path,
        )

    def _source_state_changed(self) -> None:
        if self.source is None or self.state not in (RECORDING, PAUSED):
            return
        log.debug("Microphone: %s, %s", self.source.state(), self.source.error())
        if (
            self.source.state() == QtAudio.State.StoppedState
            and self.source.error() != QtAudio.Error.NoError
        ):
            log.warning("The microphone stopped: %s", self.source.error())
            self.stop()
            show_error(
                self,
                self.tr("The microphone stopped sending sound (was it unplugged?)."),
                self.tr("What was recorded until then is saved in the project."),
            )

    def _stop_source(self) -> None:
        if self.source is not None:
            self.source.stop()
            self.source.deleteLater()
        self.source = None
        self._io = None
        self._clock.stop()
        self.meter.reset()

    def _tick(self) -> None:
        if self.writer is not None:
            self.elapsed.setText(elapsed_text(self.writer.duration))

    # ----- state ----------------------------------------------------------------------

    def _set_state(self, state: str) -> None:
        self.state = state
        self._update_controls()

    def _update_controls(self) -> None:
        if not hasattr(self, "state_label"):
            return
        state = self.state
        texts = {
            READY: self.tr("Ready to record")
            if self.has_microphone()
            else self.tr("No microphone"),
            RECORDING: self.tr("● Recording"),
            PAUSED: self.tr("Paused"),
            SAVING: self.tr("Saving…"),
            SAVED: self.tr("Saved"),
        }
        self.state_label.setText(texts[state])
        self.state_label.setStyleSheet(
            "color: #c62828; font-weight: bold;" if state == RECORDING else ""
        )
        style = self.style()
        if state == RECORDING:
            self.record_button.setText(self.tr("&Pause"))
            self.record_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaPause))
            self.record_button.setToolTip(self.tr("Pause the recording (Space or Ctrl+R)"))
        elif state == PAUSED:
            self.record_button.setText(self.tr("&Resume"))
            self.record_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
            self.record_button.setToolTip(self.tr("Carry on recording (Space or Ctrl+R)"))
        else:
            self.record_button.setText(self.tr("&Record"))
            self.record_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
            self.record_button.setToolTip(self.tr("Start recording (Space or Ctrl+R)"))
        busy = state in (RECORDING, PAUSED, SAVING)
        self.record_button.setEnabled(state != SAVING and self.has_microphone())
        self.stop_button.setEnabled(state in (RECORDING, PAUSED))
        self.device_combo.setEnabled(not busy and self.has_microphone())
        self.format_combo.setEnabled(not busy)
        if state in (READY, SAVED) and self.writer is None:
            self.elapsed.setText(elapsed_text(0) if state == READY else self.elapsed.text())

    # ----- the interview's details ----------------------------------------------------

    def metadata(self) -> dict[str, str]:
        details = {
            "title": self.title_edit.text().strip(),
            "narrator": self.narrator_edit.text().strip(),
            "interviewer": self.interviewer_edit.text().strip(),
            "date": self.date_edit.date().toString("yyyy-MM-dd"),
            "place": self.place_edit.text().strip(),
            "languages": self.languages_edit.text().strip(),
            "consent_status": str(self.consent_combo.currentData()),
            "consent_ref": self.consent_ref_edit.text().strip(),
            "consent_terms": self.terms_edit.toPlainText().strip(),
        }
        if details["languages"]:
            try:
                details["languages"] = check_languages(details["languages"])
            except QuireError:
                details["languages"] = ""  # marked in red as typed; detected meanwhile
        if not details["title"]:
            details["title"] = self._default_title()
        return details

    def _update_title_placeholder(self) -> None:
        self.title_edit.setPlaceholderText(self._default_title())

    def _default_title(self) -> str:
        narrator = self.narrator_edit.text().strip()
        date = self.date_edit.date().toString("yyyy-MM-dd")
        if narrator:
            return self.tr("Interview with {narrator}, {date}").format(narrator=narrator, date=date)
        return self.tr("Interview, {date}").format(date=date)

    def languages_valid(self) -> bool:
        text = self.languages_edit.text().strip()
        try:
            return not text or bool(check_languages(text))
        except QuireError:
            return False

    def _metadata_changed(self) -> None:
        self._update_title_placeholder()
        valid = self.languages_valid()
        self.languages_edit.setStyleSheet("" if valid else "border: 2px solid #c62828;")
        self.languages_edit.setStatusTip(
            ""
            if valid
            else self.tr("Not language codes: write them like eng, or cym+eng, or leave empty.")
        )
        if self.writer is not None:
            self._metadata_timer.start()

    def _save_metadata_beside_sound(self) -> None:
        if self.writer is not None and not self.writer.closed:
            try:
                self.writer.update_metadata(self.metadata())
            except QuireError as error:
                log.warning("Could not keep the interview's details beside the sound: %s", error)

    # ----- after saving ---------------------------------------------------------------

    def _transcribe(self) -> None:
        if self.item_id is None:
            return
        self.transcribe_requested.emit(self.item_id)
        self.transcribe_button.setEnabled(False)
        self.result_label.setText(
            self.result_label.text() + " " + self.tr("Transcription started: see the Jobs panel.")
        )

    def _record_another(self) -> None:
        for edit in (self.title_edit, self.narrator_edit, self.consent_ref_edit):
            edit.clear()
        self.terms_edit.clear()
        self.result_box.hide()
        self.elapsed.setText(elapsed_text(0))
        self._set_state(READY)
        self.narrator_edit.setFocus()

    # ----- closing --------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.state in (RECORDING, PAUSED):
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Recording"))
            box.setText(self.tr("The interview is still being recorded."))
            save = box.addButton(self.tr("Stop and save"), QMessageBox.ButtonRole.AcceptRole)
            throw = box.addButton(self.tr("Discard it"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(self.tr("Keep recording"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is save:
                self.stop()
            elif box.clickedButton() is throw and self.writer is not None:
                self._stop_source()
                self.writer.discard()
                self.writer = None
                self._set_state(READY)
            event.ignore()  # closed once saving is over, or the person carries on
            return
        if self.state == SAVING and self._encoder is not None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._encoder.wait()
            finally:
                QApplication.restoreOverrideCursor()
            QApplication.processEvents()  # deliver the result: the item is imported
        event.accept()

    def reject(self) -> None:
        self.close()  # Escape goes through closeEvent, which asks while recording


class RecoveredDialog(QDialog):
    """Recordings a crash interrupted: keep (import) or discard each one."""

    def __init__(self, recordings: list[InProgress], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Interrupted recordings"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Quire stopped while these interviews were being recorded. The sound up to "
                "the last second or so was kept. Tick the ones to keep; they are added to "
                "the project with the details typed in."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.list = QListWidget(self)
        for index, recording in enumerate(recordings):
            who = recording.metadata.get("narrator") or recording.metadata.get("title") or ""
            text = self.tr("Started {started}: {length} of sound").format(
                started=recording.started_at.replace("T", " ")[:16],
                length=elapsed_text(recording.duration),
            )
            entry = QListWidgetItem(text + (f" — {who}" if who else ""), self.list)
            entry.setData(Qt.ItemDataRole.UserRole, index)
            entry.setCheckState(Qt.CheckState.Checked)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(self)
        self.keep_button = buttons.addButton(
            self.tr("&Keep the ticked ones"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.discard_button = buttons.addButton(
            self.tr("&Discard the ticked ones"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.later_button = buttons.addButton(
            self.tr("Decide &later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.keep_button.clicked.connect(self.accept)
        self.discard_button.clicked.connect(self._confirm_discard)
        self.later_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.discarding = False
        self.resize(520, 300)

    def ticked(self) -> list[int]:
        return [
            int(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _confirm_discard(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Discard recordings"),
            self.tr("Delete the sound of the ticked recordings? This cannot be undone."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.discarding = True
            self.accept()


def offer_recovered_recordings(
    parent: QWidget, project: Project, log_path: Path | None = None
) -> list[int]:
    """On opening a project: offer what a crash left; returns the ids of items added."""
    try:
        recordings = recover(project)
    except QuireError as error:
        show_quire_error(parent, error, log_path)
        return []
    if not recordings:
        return []
    dialog = RecoveredDialog(recordings, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    chosen = [recordings[i] for i in dialog.ticked()]
    if dialog.discarding:
        for recording in chosen:
            discard(recording)
        return []
    added: list[int] = []
    for number, recording in enumerate(chosen, 1):
        try:
            final = _encode_showing_progress(
                parent,
                recording,
                QCoreApplication.translate(
                    "RecoveredDialog", "Saving interrupted recording {number} of {count}…"
                ).format(number=number, count=len(chosen)),
            )
            added.append(import_final(project, recording, final))
        except QuireError as error:
            show_quire_error(parent, error, log_path)
            break
    return added


class _Waiter(QObject):
    """Receives a BackgroundCall's result on the UI thread and ends a local event loop."""

    def __init__(self) -> None:
        super().__init__()
        self.loop = QEventLoop(self)
        self.result: object = None
        self.error: BaseException | None = None

    def done(self, result: object) -> None:
        self.result = result
        self.loop.quit()

    def failed(self, error: BaseException) -> None:
        self.error = error
        self.loop.quit()


def _encode_showing_progress(parent: QWidget, recording: InProgress, text: str) -> Path:
    """Encode on a thread while the window keeps drawing, behind a busy indicator."""
    waiter = _Waiter()
    call = BackgroundCall(encode_final, recording, "flac", parent=waiter)
    call.done.connect(waiter.done)
    call.failed.connect(waiter.failed)
    busy = QDialog(parent)
    busy.setWindowTitle(QCoreApplication.translate("RecoveredDialog", "Saving"))
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    column = QVBoxLayout(busy)
    column.addWidget(QLabel(text, busy))
    column.addWidget(QProgressBar(busy, minimum=0, maximum=0))  # busy, length unknown
    later = QTimer(busy, singleShot=True, interval=500)  # shown only if it takes a while
    later.timeout.connect(busy.show)
    later.start()
    call.start()
    waiter.loop.exec()
    later.stop()
    busy.close()
    busy.deleteLater()
    call.wait()
    if waiter.error is not None:
        if isinstance(waiter.error, QuireError):
            raise waiter.error
        raise QuireError(
            QCoreApplication.translate("RecoveredDialog", "The recording could not be saved.")
        ) from waiter.error
    assert isinstance(waiter.result, Path)
    return waiter.result
