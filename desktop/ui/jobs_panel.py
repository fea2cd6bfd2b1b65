"""The jobs of this session, newest first: progress, time left, errors, Cancel and Retry."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..workers.jobs import DONE, FAILED, QUEUED, RUNNING, STOPPED, Job, JobQueue

_MAX_FAILURES_SHOWN = 3

_Label = TypeVar("_Label", bound=QLabel)


class _ElidedLabel(QLabel):
    """One line of text, cut with … when narrower than its text; the tooltip has it all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text if text else "")
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width(), 40)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))


def _secondary(label: _Label) -> _Label:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class JobRow(QFrame):
    """One job: title, state or time left, a progress bar, the latest message, and for a
    failed job the error and what to do about it."""

    def __init__(self, job: Job, queue: JobQueue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.setObjectName("jobRow")
        self.setStyleSheet("#jobRow { border: none; border-bottom: 1px solid palette(mid); }")

        self.title_label = _ElidedLabel(self)
        bold = QFont(self.title_label.font())
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.status_label = QLabel(self)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setToolTip(self.tr("Stop this job. What it has finished is kept."))
        self.cancel_button.clicked.connect(lambda: queue.cancel(self.job))
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setObjectName("retryButton")
        self.retry_button.setToolTip(self.tr("Run this job again; it carries on where it ended."))
        self.retry_button.clicked.connect(lambda: queue.retry(self.job))

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.message_label = _secondary(_ElidedLabel(self))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("jobError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("#jobError { color: #b3261e; }")
        self.hint_label = _secondary(QLabel(self))
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.status_label)
        # One column for the buttons, kept when a row has none, so the states line up.
        self.button_column = QWidget(self)
        buttons = QHBoxLayout(self.button_column)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.retry_button)
        self.button_column.setMinimumWidth(
            max(self.cancel_button.sizeHint().width(), self.retry_button.sizeHint().width())
        )
        policy = self.button_column.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.button_column.setSizePolicy(policy)
        top.addWidget(self.button_column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.hint_label)
        self.refresh()

    def refresh(self) -> None:
        job = self.job
        self.title_label.set_full_text(job.title)
        self.status_label.setText(self._status_text())
        self.cancel_button.setVisible(job.state in (QUEUED, RUNNING))
        self.cancel_button.setEnabled(not job.stopping)
        self.retry_button.setVisible(
            job.state == STOPPED or (job.state == FAILED and job.retry_helps)
        )
        self.button_column.setVisible(job.state != DONE)
        # A stopped job's bar shows how far it got; waiting or finished ones need none, nor
        # one stopped before it started.
        started = job.started_at is not None
        self.progress.setVisible(job.state == RUNNING or (job.state == STOPPED and started))
        self.progress.setValue(round(job.fraction * 1000))
        self.progress.setEnabled(job.state == RUNNING)
        self.message_label.set_full_text(self._message_text())
        self.message_label.setVisible(bool(self.message_label.full_text()))
        error, hint = self._problem_texts()
        self.error_label.setText(error)
        self.error_label.setVisible(bool(error))
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))

    def _status_text(self) -> str:
        job = self.job
        if job.state == QUEUED:
            return self.tr("Waiting")
        if job.state == RUNNING:
            if job.stopping:
                return self.tr("Stopping…")
            percent = self.tr("{percent}%").format(percent=int(job.fraction * 100))
            left = job.seconds_left()
            if left is None:
                return percent
            return self.tr("{percent} · {left}").format(percent=percent, left=self.time_left(left))
        if job.state == DONE:
            return self.tr("Done, with problems") if job.failures() else self.tr("Done")
        if job.state == FAILED:
            return self.tr("Failed")
        return self.tr("Stopped")

    def time_left(self, seconds: float) -> str:
        if seconds < 10:
            return self.tr("a few seconds left")
        if seconds < 55:
            return self.tr("about %n seconds left", "", 5 * round(seconds / 5))
        if seconds < 90 * 60:
            return self.tr("about %n min left", "", max(1, round(seconds / 60)))
        return self.tr("about %n hours left", "", round(seconds / 3600))

    def _message_text(self) -> str:
        job = self.job
        if job.state == QUEUED:
            return self.tr("Starts when the job before it ends.")
        if job.state == STOPPED and job.started_at is None:
            return self.tr("Stopped before it started. Retry runs it.")
        if job.state == STOPPED:
            return self.tr("Stopped. What it finished is kept; Retry carries on from there.")
        if job.state == DONE:
            return self._summary()
        if job.state == RUNNING:
            return job.message or self.tr("Starting…")
        return ""

    def _summary(self) -> str:
        result = self.job.result or {}
        parts = []
        # Without a translation loaded Qt shows the source text, so English plurals are
        # spelt out here; translations give their own forms of the %n text.
        recognised, transcribed = result.get("recognised"), result.get("transcribed")
        if isinstance(recognised, int):
            parts.append(
                self.tr("1 page recognised")
                if recognised == 1
                else self.tr("%n pages recognised", "", recognised)
            )
        if isinstance(transcribed, int):
            parts.append(
                self.tr("1 recording transcribed")
                if transcribed == 1
                else self.tr("%n recordings transcribed", "", transcribed)
            )
        if result.get("skipped"):
            parts.append(self.tr("%n already done", "", int(result["skipped"])))
        return "; ".join(parts) + "." if parts else self.job.message

    def _problem_texts(self) -> tuple[str, str]:
        job = self.job
        if job.state == FAILED:
            return job.error, job.hint
        failures = job.failures()
        if job.state == DONE and failures:
            lines = []
            for entry in failures[:_MAX_FAILURES_SHOWN]:
                where = self.tr("Item {item}").format(item=entry.get("item", "?"))
                if "page" in entry:
                    where = self.tr("Item {item}, page {page}").format(
                        item=entry.get("item", "?"), page=entry["page"]
                    )
                lines.append(f"{where}: {entry.get('error', '')}")
            if len(failures) > _MAX_FAILURES_SHOWN:
                lines.append(self.tr("…and %n more", "", len(failures) - _MAX_FAILURES_SHOWN))
            return (
                self.tr("%n could not be done:", "", len(failures)),
                "\n".join(lines),
            )
        return "", ""


class JobsPanel(QWidget):
    """The jobs of a JobQueue, newest first, updated as they run."""

    def __init__(self, queue: JobQueue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue = queue
        self._rows: dict[int, JobRow] = {}

        self._empty = _secondary(
            QLabel(self.tr("No jobs yet. OCR and transcription run here."), self)
        )
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setMargin(24)
        container = QWidget(self)
        self._list = QVBoxLayout(container)
        self._list.setContentsMargins(0, 0, 0, 0)
        self._list.setSpacing(0)
        self._list.addWidget(self._empty)
        self._list.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(container)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        # Time left moves on between progress reports.
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)

        for job in queue.jobs():
            self._update(job)
        queue.changed.connect(self._update)

    def rows(self) -> list[JobRow]:
        """The rows as shown, newest first."""
        items = (self._list.itemAt(i) for i in range(self._list.count()))
        found = (item.widget() for item in items if item is not None)
        return [row for row in found if isinstance(row, JobRow)]

    def row(self, job: Job) -> JobRow | None:
        return self._rows.get(job.id)

    def _update(self, job: Job) -> None:
        row = self._rows.get(job.id)
        if row is None:
            row = JobRow(job, self.queue, self)
            self._rows[job.id] = row
            self._list.insertWidget(0, row)
            row.show()
            self._empty.hide()
        else:
            row.refresh()
        running = any(r.job.state == RUNNING for r in self._rows.values())
        if running and not self._clock.isActive():
            self._clock.start()
        elif not running:
            self._clock.stop()

    def _tick(self) -> None:
        for row in self._rows.values():
            if row.job.state == RUNNING:
                row.refresh()
