"""Reviewing personal data: every finding in context, decided by a person.

One panel serves an item (beside its page or recording) and the whole project (a queue
of everything still to decide). Decisions are saved at once; the main window shows the
finding on the page image or plays it in the recording.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import QuireError
from ..core.pii import review, store
from ..core.pii.scan import item_texts
from ..core.store.project import Project
from .errors import show_quire_error

log = logging.getLogger(__name__)

_ID_ROLE = Qt.ItemDataRole.UserRole
_STATUS_COLOURS = {
    "proposed": QColor(185, 28, 28),
    "confirmed": QColor(30, 30, 30),
    "rejected": QColor(120, 120, 120),
}


_FOUND_WIDTH = 180  # pixels: the "Found" column's widest


def kind_label(kind: str) -> str:
    labels = {
        "PERSON": QCoreApplication.translate("review", "Name"),
        "AREA": QCoreApplication.translate("review", "Area of the page"),
        "SPEECH": QCoreApplication.translate("review", "Stretch of speech"),
        "ADDRESS": QCoreApplication.translate("review", "Address"),
        "PHONE": QCoreApplication.translate("review", "Phone"),
        "EMAIL": QCoreApplication.translate("review", "E-mail"),
        "ID_NUMBER": QCoreApplication.translate("review", "ID number"),
        "IBAN": QCoreApplication.translate("review", "Bank account"),
        "CARD": QCoreApplication.translate("review", "Card number"),
        "IP_ADDRESS": QCoreApplication.translate("review", "IP address"),
        "DATE_OF_BIRTH": QCoreApplication.translate("review", "Date of birth"),
        "PLACE_OF_BIRTH": QCoreApplication.translate("review", "Place of birth"),
    }
    return labels.get(kind, kind.replace("_", " ").capitalize())


def _detector_labels() -> dict[str, str]:
    return {
        "manual": QCoreApplication.translate("review", "marked by hand"),
        "known-person": QCoreApplication.translate("review", "a person the project knows"),
        "ner": QCoreApplication.translate("review", "the language model"),
        "en-ner": QCoreApplication.translate("review", "the English language model"),
        "ner-guess": QCoreApplication.translate("review", "the language model (a guess)"),
        "en-ner-guess": QCoreApplication.translate(
            "review", "the English language model (a guess)"
        ),
        "honorific": QCoreApplication.translate("review", "a title before or after the name"),
        "salutation": QCoreApplication.translate("review", "a letter's greeting"),
        "sign-off": QCoreApplication.translate("review", "a letter's closing words"),
        "signature": QCoreApplication.translate("review", "a letter's signature line"),
        "self-named": QCoreApplication.translate("review", "someone giving their name"),
        "patronymic": QCoreApplication.translate("review", "an Icelandic patronymic"),
        "given-name": QCoreApplication.translate("review", "a known first name"),
        "lower-case-name": QCoreApplication.translate(
            "review", "a known first name in a lower-case transcript"
        ),
        "same-name": QCoreApplication.translate("review", "the same name elsewhere in this text"),
        "listed-name": QCoreApplication.translate("review", "a list with another name"),
        "kinship": QCoreApplication.translate("review", "a family word beside the name"),
        "nickname": QCoreApplication.translate("review", "a nickname"),
        "form-field": QCoreApplication.translate("review", "a form's label"),
        "register": QCoreApplication.translate("review", "a register's column"),
        "address": QCoreApplication.translate("review", "a street and house number"),
        "address-line": QCoreApplication.translate("review", "a line that reads like a street"),
        "address-tail": QCoreApplication.translate("review", "the rest of an address's line"),
        "address-head": QCoreApplication.translate("review", "what stands before a postcode"),
        "address-block": QCoreApplication.translate("review", "a letter's address block"),
        "line-under-name": QCoreApplication.translate("review", "the line under a name"),
        "house-name": QCoreApplication.translate("review", "a farm or house name"),
        "farm-name": QCoreApplication.translate("review", "a farm or street where someone lives"),
        "hamlet": QCoreApplication.translate("review", "a hamlet after a name"),
        "street": QCoreApplication.translate("review", "a street named without a number"),
        "said-name": QCoreApplication.translate(
            "review", "a name said after a family word, a title or a nickname"
        ),
        "initials": QCoreApplication.translate("review", "initials, or a surname after them"),
        "family-name": QCoreApplication.translate("review", "a family named by its surname"),
        "register-name": QCoreApplication.translate(
            "review", "a surname written before the first name"
        ),
        "house-of": QCoreApplication.translate("review", "a house after a person's name"),
        "said-email": QCoreApplication.translate("review", "an e-mail address spelt out"),
        "passport": QCoreApplication.translate("review", "a number after the word passport"),
        "said-address": QCoreApplication.translate("review", "an address said in words"),
        "postcode": QCoreApplication.translate("review", "a postcode and town"),
        "phone": QCoreApplication.translate("review", "a telephone number"),
        "said-phone": QCoreApplication.translate("review", "a telephone number said in words"),
        "spoken-number": QCoreApplication.translate("review", "digits heard in speech"),
        "announced-number": QCoreApplication.translate("review", "a number after an ID word"),
        "birth": QCoreApplication.translate("review", "a date or place of birth"),
        "birthplace": QCoreApplication.translate("review", "a place of birth"),
        "split-email": QCoreApplication.translate("review", "an e-mail address OCR broke"),
        "spaced-email": QCoreApplication.translate("review", "an e-mail address OCR broke"),
        "mangled-email": QCoreApplication.translate("review", "an e-mail address OCR broke"),
        "luhn": QCoreApplication.translate("review", "a card number's check digit"),
        "iban": QCoreApplication.translate("review", "an IBAN's check digits"),
    }


def detector_label(detector: str) -> str:
    """ "form-field+same-name" -> "a form's label; the same name elsewhere in this text".
    Check-digit rules for ID numbers are named by the number ("kennitala")."""
    labels = _detector_labels()
    parts = []
    for name in detector.split("+"):
        label = labels.get(name, name.replace("-", " "))
        if label not in parts:
            parts.append(label)
    return "; ".join(parts)


def status_label(status: str) -> str:
    return {
        "proposed": QCoreApplication.translate("review", "To review"),
        "confirmed": QCoreApplication.translate("review", "Remove"),
        "rejected": QCoreApplication.translate("review", "Keep"),
    }.get(status, status)


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return ""
    minutes, rest = divmod(max(seconds, 0.0), 60)
    return f"{int(minutes)}:{rest:04.1f}"


class ReviewPanel(QWidget):
    finding_chosen = Signal(dict)  # a finding row: the window shows it in its place
    changed = Signal()  # decisions changed: marks and the item's status need refreshing
    mark_area_requested = Signal()  # "draw a box on the page"

    def __init__(self, parent: QWidget | None = None, *, whole_project: bool = False) -> None:
        super().__init__(parent)
        self.whole_project = whole_project
        # Where the recording is playing, in seconds: a marked stretch starts there.
        self.position_provider: Callable[[], float] | None = None
        # The words selected in the transcript, as (start, end) seconds, if any.
        self.selection_provider: Callable[[], tuple[float, float] | None] | None = None
        self.project: Project | None = None
        self.item_id: int | None = None
        self._rows: dict[int, dict[str, Any]] = {}
        self._texts: dict[tuple[int | None, int | None], str] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)

        self.list = QTreeWidget(self)
        # "Where" (short: "page 1", "0:12.4") before "Found", so that a long value, last,
        # is what a narrow panel cuts.
        columns = [self.tr("Decision"), self.tr("Kind"), self.tr("Where"), self.tr("Found")]
        if whole_project:
            columns.insert(0, self.tr("Item"))
        self.list.setHeaderLabels(columns)
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept_selected())
        self.list.setToolTip(
            self.tr(
                "R: remove (it is personal data) · K: keep (it is not) · "
                "A: remove everywhere it occurs · N: next to review"
            )
        )
        layout.addWidget(self.list, 1)

        self.context = QLabel(self)
        self.context.setWordWrap(True)
        self.context.setTextFormat(Qt.TextFormat.RichText)
        self.context.setMinimumHeight(48)
        self.context.setStyleSheet("background: #f5f5f4; padding: 6px; border-radius: 4px;")
        layout.addWidget(self.context)

        buttons = QHBoxLayout()
        self.remove_button = self._button(
            self.tr("Remove"),
            self.tr("It is personal data: black it out (R)"),
            self.accept_selected,
        )
        self.keep_button = self._button(
            self.tr("Keep"), self.tr("It is not personal data: leave it (K)"), self.reject_selected
        )
        self.all_like_button = self._button(
            self.tr("Remove everywhere"),
            self.tr("Remove this value wherever else it was found in the project (A)"),
            self.accept_all_like,
        )
        for button in (self.remove_button, self.keep_button, self.all_like_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

        manual = QHBoxLayout()
        self.area_button = self._button(
            self.tr("Black out an area…"),
            self.tr("Draw a box on the page image over something to remove (a signature, a photo)"),
            self.mark_area_requested.emit,
        )
        self.time_button = self._button(
            self.tr("Silence a stretch…"),
            self.tr(
                "Mark a stretch of the recording to replace with a tone: the words selected "
                "in the transcript, or from where it is playing"
            ),
            self.ask_time_span,
        )
        self.forget_button = self._button(
            self.tr("Undo mark"),
            self.tr("Remove a box or stretch you marked by hand"),
            self.remove_manual,
        )
        for button in (self.area_button, self.time_button, self.forget_button):
            manual.addWidget(button)
        layout.addLayout(manual)
        if whole_project:
            for button in (self.area_button, self.time_button, self.forget_button):
                button.hide()

        # Single keys while the list has the focus: quick to review a long list.
        self._keys = {
            Qt.Key.Key_R: self.accept_selected,
            Qt.Key.Key_K: self.reject_selected,
            Qt.Key.Key_A: self.accept_all_like,
            Qt.Key.Key_N: self.next_proposed,
        }
        self.list.installEventFilter(self)
        self.show_item(None, None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and event.key() in self._keys
        ):
            self._keys[Qt.Key(event.key())]()
            return True
        return super().eventFilter(watched, event)

    def _button(self, text: str, tip: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # ----- what is shown ---------------------------------------------------------------

    def show_item(self, project: Project | None, item_id: int | None) -> None:
        self.project, self.item_id = project, item_id
        self._texts = {}
        self.reload()

    def show_project(self, project: Project | None) -> None:
        self.show_item(project, None)

    def _has_tables(self) -> bool:
        return self.project is not None and "findings" in self.project.db.table_names()

    def reload(self, keep: int | None = None) -> None:
        """Read the findings again, keeping the current one (or ``keep``) selected."""
        current = keep if keep is not None else self.current_id()
        self.list.clear()
        self._rows = {}
        project = self.project
        if (
            project is None
            or not self._has_tables()
            or (self.item_id is None and not self.whole_project)
        ):
            self.summary.setText("")
            self.context.setText("")
            self._enable(False)
            return
        if self.whole_project:
            rows = review.project_queue(project)
        else:
            assert self.item_id is not None
            rows = store.findings(project, self.item_id)
        kind = None if self.whole_project else project.item(self.item_id or 0)["kind"]
        self.area_button.setVisible(not self.whole_project and kind == "document")
        self.time_button.setVisible(not self.whole_project and kind == "recording")
        self.forget_button.setVisible(not self.whole_project)
        select = None
        for row in rows:
            self._rows[row["id"]] = row
            cells = [
                status_label(row["status"]),
                kind_label(row["kind"]),
                self._where(row),
                row["value"] or self.tr("(marked by hand)"),
            ]
            if self.whole_project:
                cells.insert(0, row.get("item_title") or str(row["item_id"]))
            entry = QTreeWidgetItem(self.list, cells)
            entry.setData(0, _ID_ROLE, row["id"])
            colour = QBrush(_STATUS_COLOURS.get(row["status"], QColor(0, 0, 0)))
            entry.setForeground(0 if not self.whole_project else 1, colour)
            entry.setToolTip(
                self.found_column(),
                (row["value"] or "")
                + "\n"
                + self.tr("Found by {detector}, score {score:.2f}").format(
                    detector=detector_label(row["detector"]), score=row["score"] or 0.0
                ),
            )
            if row["id"] == current:
                select = entry
        for column in range(self.list.columnCount()):
            self.list.resizeColumnToContents(column)
        # A long value (an address block) is cut with "…", whole in its tooltip.
        found = self.found_column()
        self.list.setColumnWidth(found, min(self.list.columnWidth(found), _FOUND_WIDTH))
        self._summarise()
        if select is None and self.list.topLevelItemCount():
            select = self._first_proposed() or self.list.topLevelItem(0)
        if select is not None:
            self.list.setCurrentItem(select)
        self._enable(select is not None)

    def found_column(self) -> int:
        """The column of the value found (the project queue has the item's first)."""
        return 4 if self.whole_project else 3

    def _summarise(self) -> None:
        project = self.project
        assert project is not None
        if self.whole_project:
            count = len(self._rows)
            items = len({row["item_id"] for row in self._rows.values()})
            self.summary.setText(
                self.tr("<b>{count}</b> findings to review in <b>{items}</b> items.").format(
                    count=count, items=items
                )
                if count
                else self.tr("<b>Nothing left to review.</b> Items never searched are not listed.")
            )
            return
        assert self.item_id is not None
        state = review.review_state(project, self.item_id)
        if not state.scanned:
            text = self.tr(
                "<b>Not searched for personal data</b> as its text is now. "
                "Use Run → Find personal data."
            )
        elif state.proposed:
            text = self.tr(
                "<b style='color:#b91c1c'>{proposed} to review</b> · {confirmed} to remove · "
                "{rejected} kept"
            ).format(proposed=state.proposed, confirmed=state.confirmed, rejected=state.rejected)
        else:
            text = self.tr(
                "<b style='color:#15803d'>✔ Review complete</b> · {confirmed} to remove · "
                "{rejected} kept"
            ).format(confirmed=state.confirmed, rejected=state.rejected)
        self.summary.setText(text)

    def _where(self, row: dict[str, Any]) -> str:
        if row["page_id"] is not None and self.project is not None:
            page = self.project.page(row["page_id"])
            return self.tr("page {number}").format(number=page["page_index"] + 1)
        if row["time_start"] is not None:
            return f"{_clock(row['time_start'])}–{_clock(row['time_end'])}"
        return ""

    def _text_of(self, row: dict[str, Any]) -> str:
        key = (row["page_id"], row["recording_id"])
        if key not in self._texts and self.project is not None:
            for unit in item_texts(self.project, self.project.item(row["item_id"])):
                self._texts[(unit.page_id, unit.recording_id)] = unit.text
        return self._texts.get(key, "")

    def context_html(self, row: dict[str, Any]) -> str:
        if row["detector"] == review.MANUAL and not row["value"]:
            return self.tr("Marked by hand: {where}.").format(where=self._where(row))
        text = self._text_of(row)
        start, end = row["start"], row["end"]
        if text[start:end] != row["value"]:
            return html.escape(row["value"] or "")
        before = text[max(0, start - 80) : start].split("\n")[-1]
        after = text[end : end + 80].split("\n")[0]
        return (
            f"…{html.escape(before)}<b style='background:#fecaca'>"
            f"{html.escape(text[start:end])}</b>{html.escape(after)}…"
        )

    def _enable(self, enabled: bool) -> None:
        writable = self.project is not None and not self.project.read_only
        for button in (self.remove_button, self.keep_button, self.all_like_button):
            button.setEnabled(enabled and writable)
        has_item = self.item_id is not None and self._has_tables() and writable
        for button in (self.area_button, self.time_button):
            button.setEnabled(has_item)
        current = self._rows.get(self.current_id() or -1)
        self.forget_button.setEnabled(
            bool(current) and current is not None and current["detector"] == review.MANUAL
        )

    # ----- selection ---------------------------------------------------------------------

    def current_id(self) -> int | None:
        entry = self.list.currentItem()
        return int(entry.data(0, _ID_ROLE)) if entry is not None else None

    def selected_ids(self) -> list[int]:
        return [int(entry.data(0, _ID_ROLE)) for entry in self.list.selectedItems()] or (
            [self.current_id()] if self.current_id() is not None else []  # type: ignore[list-item]
        )

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            self.context.setText("")
            self._enable(False)
            return
        row = self._rows[int(current.data(0, _ID_ROLE))]
        self.context.setText(self.context_html(row))
        self._enable(True)
        self.finding_chosen.emit(row)

    def select_finding(self, finding_id: int) -> None:
        for index in range(self.list.topLevelItemCount()):
            entry = self.list.topLevelItem(index)
            if entry is not None and entry.data(0, _ID_ROLE) == finding_id:
                self.list.setCurrentItem(entry)
                return

    def _first_proposed(self, after: int = -1) -> QTreeWidgetItem | None:
        count = self.list.topLevelItemCount()
        for step in range(count):
            entry = self.list.topLevelItem((after + 1 + step) % count)
            if (
                entry is not None
                and self._rows[int(entry.data(0, _ID_ROLE))]["status"] == "proposed"
            ):
                return entry
        return None

    def _position(self) -> int:
        current = self.list.currentItem()
        return self.list.indexOfTopLevelItem(current) if current is not None else -1

    def next_proposed(self) -> None:
        entry = self._first_proposed(self._position())
        if entry is not None:
            self.list.setCurrentItem(entry)

    # ----- decisions ---------------------------------------------------------------------

    def _decided(self, action: Any) -> None:
        if self.project is None:
            return
        position = self._position()
        try:
            action()
        except QuireError as error:
            show_quire_error(self, error)
            return
        self.reload()
        # Carry on with the next finding to review, as a transcriber would.
        following = self._first_proposed(position - 1) if position >= 0 else None
        if following is not None:
            self.list.setCurrentItem(following)
        self.changed.emit()

    def accept_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self.project:
            project = self.project
            self._decided(lambda: review.decide(project, ids, accept=True))

    def reject_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self.project:
            project = self.project
            self._decided(lambda: review.decide(project, ids, accept=False))

    def accept_all_like(self) -> None:
        finding = self.current_id()
        if finding is not None and self.project:
            project = self.project
            self._decided(lambda: review.accept_all_like(project, finding))

    # ----- marks made by hand ------------------------------------------------------------

    def add_area(self, page_id: int, box: tuple[float, float, float, float]) -> int | None:
        if self.project is None or self.item_id is None:
            return None
        try:
            finding = review.add_manual_finding(
                self.project, self.item_id, kind="AREA", page_id=page_id, boxes=[box]
            )
        except QuireError as error:
            show_quire_error(self, error)
            return None
        self.reload(keep=finding)
        self.changed.emit()
        return finding

    def add_time_span(self, start: float, end: float) -> int | None:
        if self.project is None or self.item_id is None:
            return None
        recording = self.project.recording_for_item(self.item_id)
        if recording is None:
            return None
        try:
            finding = review.add_manual_finding(
                self.project,
                self.item_id,
                kind="SPEECH",
                recording_id=recording["id"],
                time_span=(start, end),
            )
        except QuireError as error:
            show_quire_error(self, error)
            return None
        self.reload(keep=finding)
        self.changed.emit()
        return finding

    def ask_time_span(self) -> None:
        if self.project is None or self.item_id is None:
            return
        recording = self.project.recording_for_item(self.item_id)
        duration = float(recording["duration"] or 0.0) if recording else 0.0
        selected = self.selection_provider() if self.selection_provider else None
        if selected is not None:
            start, end = selected
        else:
            start = self.position_provider() if self.position_provider else 0.0
            end = start + 2.0
        dialog = TimeSpanDialog(start, duration, self, end=end)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_time_span(*dialog.span())

    def remove_manual(self) -> None:
        finding = self.current_id()
        if finding is not None and self.project:
            project = self.project
            self._decided(lambda: review.remove_manual_finding(project, finding))


class TimeSpanDialog(QDialog):
    """A stretch of a recording, in seconds, to replace with a tone."""

    def __init__(
        self,
        start: float,
        duration: float,
        parent: QWidget | None = None,
        *,
        end: float | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Silence a stretch of the recording"))
        form = QFormLayout(self)
        self.start = QDoubleSpinBox(self)
        self.end = QDoubleSpinBox(self)
        for box in (self.start, self.end):
            box.setDecimals(1)
            box.setSuffix(self.tr(" s"))
            box.setRange(0.0, max(duration, 0.1))
            box.setSingleStep(0.5)
        self.start.setValue(start)
        self.end.setValue(min(end if end is not None else start + 2.0, max(duration, 0.1)))
        form.addRow(self.tr("From:"), self.start)
        form.addRow(self.tr("To:"), self.end)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def span(self) -> tuple[float, float]:
        return self.start.value(), self.end.value()
