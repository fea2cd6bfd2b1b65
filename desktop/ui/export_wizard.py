"""File → Export a submission bundle: the track, what blocks, what goes in, then the bag.

The checks run here (they are quick reads of the project); the export itself is a job in
the queue (``quire export ... --progress-json``), so the window never waits on it.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..core.bundle.gates import Blocker, blockers
from ..core.bundle.metadata import bcp47
from ..core.store.project import Project
from ..workers.jobs import Job, JobQueue

_ITEM_ROLE = Qt.ItemDataRole.UserRole
# Characters per line of the advice under a reason, to fit the wizard's reason column.
_ADVICE_WIDTH = 80


def bundle_summary(project: Project, item_ids: list[int]) -> dict[str, Any]:
    pages = 0
    seconds = 0.0
    languages: set[str] = set()
    licences: set[str] = set()
    for item_id in item_ids:
        item = project.item(item_id)
        languages.update(bcp47(item["languages"]))
        if item["license"]:
            licences.add(item["license"])
        if item["kind"] == "document":
            pages += len(project.pages(item_id))
        else:
            recording = project.recording_for_item(item_id) or {}
            seconds += float(recording.get("duration") or 0.0)
            if not item["languages"] and recording.get("language"):
                languages.add(str(recording["language"]))
    return {
        "items": len(item_ids),
        "pages": pages,
        "hours": seconds / 3600,
        "languages": sorted(languages),
        "licences": sorted(licences),
    }


def _duration(hours: float) -> str:
    minutes = round(hours * 60)
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


class TrackPage(QWizardPage):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Which partnership is this bundle for?"))
        layout = QVBoxLayout(self)
        self.open = QRadioButton(self.tr("Open archive"), self)
        self.private = QRadioButton(self.tr("Private dataset"), self)
        group = QButtonGroup(self)
        for button, note in (
            (
                self.open,
                self.tr(
                    "Published for anyone to reuse and train on. Every item needs an open "
                    "licence (such as CC-BY-4.0 or CC0-1.0)."
                ),
            ),
            (
                self.private,
                self.tr("Shared with the partner alone, under the licence each item states."),
            ),
        ):
            group.addButton(button)
            layout.addWidget(button)
            label = QLabel(note, self)
            label.setWordWrap(True)
            label.setContentsMargins(24, 0, 0, 8)
            layout.addWidget(label)
        (self.private if settings.value("export/track") == "private" else self.open).setChecked(
            True
        )
        form = QFormLayout()
        self.organisation = QLineEdit(str(settings.value("export/organisation", "")), self)
        self.contact = QLineEdit(str(settings.value("export/contact", "")), self)
        self.description = QLineEdit(self)
        self.organisation.setPlaceholderText(self.tr("e.g. Esk Valley Local History Society"))
        self.contact.setPlaceholderText(self.tr("an e-mail address the partner can write to"))
        self.description.setPlaceholderText(self.tr("one line saying what the bundle holds"))
        form.addRow(self.tr("Your organisation:"), self.organisation)
        form.addRow(self.tr("Contact:"), self.contact)
        form.addRow(self.tr("Description:"), self.description)
        layout.addLayout(form)
        layout.addStretch(1)

    def track(self) -> str:
        return "private" if self.private.isChecked() else "open"


class CheckPage(QWizardPage):
    """What stops items from leaving, each with a way to it; and what will go in."""

    go_to_item = Signal(int)

    def __init__(self, project: Project, track_page: TrackPage, parent: QWidget | None = None):
        super().__init__(parent)
        self.project = project
        self.track_page = track_page
        self.found: list[Blocker] = []
        self.checked = False  # nothing may pass before the checks have run
        self.setTitle(self.tr("Is everything ready to leave?"))
        layout = QVBoxLayout(self)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.verdict)
        self.list = QTreeWidget(self)
        self.list.setHeaderLabels([self.tr("Item"), self.tr("Why it may not leave yet")])
        self.list.setRootIsDecorated(True)
        self.list.setWordWrap(True)
        self.list.setColumnWidth(0, 220)
        self.list.itemDoubleClicked.connect(self._open_item)
        # Later, not inside the signal: recheck() rebuilds the list, deleting the item.
        # (with the page as context, the timer dies with it if the wizard closes first).
        self.list.itemChanged.connect(lambda *_: QTimer.singleShot(0, self, self.recheck))
        self.list.setToolTip(
            self.tr(
                "Double-click an item to go to it. Untick an item to leave it out of this "
                "bundle on purpose."
            )
        )
        layout.addWidget(self.list, 1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        again = QPushButton(self.tr("Check again"), self)
        again.clicked.connect(self.recheck)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(again)
        layout.addLayout(row)
        self.left_out: set[int] = set()

    def initializePage(self) -> None:
        self.left_out = set()
        self.recheck()

    def included(self) -> list[int]:
        return [item["id"] for item in self.project.items() if item["id"] not in self.left_out]

    def recheck(self) -> None:
        # Read which items are ticked before rebuilding the list.
        for index in range(self.list.topLevelItemCount()):
            entry = self.list.topLevelItem(index)
            if entry is None:
                continue
            item_id = int(entry.data(0, _ITEM_ROLE))
            if entry.checkState(0) == Qt.CheckState.Unchecked:
                self.left_out.add(item_id)
            else:
                self.left_out.discard(item_id)
        track = self.track_page.track()
        everything = [item["id"] for item in self.project.items()]
        self.found = blockers(self.project, everything, track, dt.date.today())
        self.checked = True
        self.list.blockSignals(True)
        self.list.clear()
        by_item: dict[int, list[Blocker]] = {}
        for blocker in self.found:
            by_item.setdefault(blocker.item_id, []).append(blocker)
        for item_id, found in by_item.items():
            entry = QTreeWidgetItem(self.list, [f"{item_id}  {found[0].title}", ""])
            entry.setData(0, _ITEM_ROLE, item_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                0, Qt.CheckState.Unchecked if item_id in self.left_out else Qt.CheckState.Checked
            )
            for blocker in found:
                child = QTreeWidgetItem(
                    entry, ["", blocker.reason[:1].upper() + blocker.reason[1:]]
                )
                child.setData(0, _ITEM_ROLE, item_id)
                child.setToolTip(1, blocker.fix)
                what_to_do = self.tr("What to do: {fix}").format(fix=blocker.fix)
                # A tree's row does not wrap its text by itself: broken into lines here, so
                # that the whole advice shows rather than ending in "…" at the column's edge.
                fix = QTreeWidgetItem(child, ["", textwrap.fill(what_to_do, _ADVICE_WIDTH)])
                fix.setToolTip(1, what_to_do)
                fix.setData(0, _ITEM_ROLE, item_id)
                fix.setForeground(1, QBrush(QColor(90, 90, 90)))
                child.setExpanded(True)
            entry.setExpanded(item_id not in self.left_out)
        self.list.blockSignals(False)
        blocking = [b for b in self.found if b.item_id not in self.left_out]
        if blocking:
            count = len({b.item_id for b in blocking})
            # Without a translation loaded Qt shows the source text, so the English
            # singular is spelt out; translations give their own forms of the %n text.
            self.verdict.setText(
                self.tr(
                    "<b style='color:#b91c1c'>1 item may not leave yet.</b> Fix what is "
                    "listed, or untick the item to leave it out of this bundle."
                )
                if count == 1
                else self.tr(
                    "<b style='color:#b91c1c'>%n items may not leave yet.</b> Fix what is "
                    "listed, or untick an item to leave it out of this bundle.",
                    "",
                    count,
                )
            )
        else:
            self.verdict.setText(
                self.tr("<b style='color:#15803d'>✔ Everything included is ready.</b>")
            )
        summary = bundle_summary(self.project, self.included())
        going_in = (
            self.tr(
                "Going in: 1 item — pages: {pages}; recordings: {duration}; "
                "languages: {languages}; licences: {licences}."
            )
            if summary["items"] == 1
            else self.tr(
                "Going in: %n items — pages: {pages}; recordings: {duration}; "
                "languages: {languages}; licences: {licences}.",
                "",
                summary["items"],
            )
        )
        self.summary.setText(
            going_in.format(
                pages=summary["pages"],
                duration=_duration(summary["hours"]),
                languages=", ".join(summary["languages"]) or "—",
                licences=", ".join(summary["licences"]) or "—",
            )
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return (
            self.checked
            and bool(self.included())
            and not any(b.item_id not in self.left_out for b in self.found)
        )

    def _open_item(self, entry: QTreeWidgetItem, _column: int) -> None:
        self.go_to_item.emit(int(entry.data(0, _ITEM_ROLE)))


class RunPage(QWizardPage):
    def __init__(
        self,
        project: Project,
        queue: JobQueue,
        track_page: TrackPage,
        check_page: CheckPage,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.queue = queue
        self.track_page = track_page
        self.check_page = check_page
        self.settings = settings
        self.job: Job | None = None
        self.setTitle(self.tr("Where should the bundle go?"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.target = QLineEdit(self)
        default = Path(str(settings.value("export/folder", Path.home()))) / (
            f"{project.folder.name}-bundle-{dt.date.today().isoformat()}.zip"
        )
        self.target.setText(str(default))
        self.target.textChanged.connect(lambda *_: self.completeChanged.emit())
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self.choose)
        row.addWidget(self.target, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        note = QLabel(
            self.tr(
                "A name ending in .zip makes one file; any other name makes a folder. The "
                "bundle is checked in full before it appears there."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.start = QPushButton(self.tr("Export"), self)
        self.start.clicked.connect(self.run)
        layout.addWidget(self.start, 0, Qt.AlignmentFlag.AlignLeft)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result)
        self.open_folder = QPushButton(self.tr("Show the bundle's folder"), self)
        self.open_folder.hide()
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(
                QUrl.fromLocalFile(str(Path(self.target.text()).parent))
            )
        )
        layout.addWidget(self.open_folder, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        queue.changed.connect(self._changed)

    def choose(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the bundle as"), self.target.text(), self.tr("Zip file (*.zip)")
        )
        if path:
            self.target.setText(path)

    def run(self) -> Job | None:
        target = Path(self.target.text()).expanduser()
        if target.exists():
            self.result.setText(
                self.tr("{path} already exists. Choose another name.").format(path=target)
            )
            return None
        track_page = self.track_page
        self.settings.setValue("export/track", track_page.track())
        self.settings.setValue("export/organisation", track_page.organisation.text())
        self.settings.setValue("export/contact", track_page.contact.text())
        self.settings.setValue("export/folder", str(target.parent))
        command = [
            "export",
            str(self.project.folder),
            str(target),
            "--track",
            track_page.track(),
        ]
        for flag, value in (
            ("--organisation", track_page.organisation.text()),
            ("--contact", track_page.contact.text()),
            ("--description", track_page.description.text()),
        ):
            if value.strip():
                command += [flag, value.strip()]
        if self.check_page.left_out:
            command += ["--leave-out", *map(str, sorted(self.check_page.left_out))]
        self.job = self.queue.enqueue(self.tr("Export the bundle"), [*command, "--progress-json"])
        self.start.setEnabled(False)
        self.progress.show()
        self.result.setText(self.tr("Exporting…"))
        return self.job

    def _changed(self, job: Job) -> None:
        if job is not self.job:
            return
        self.progress.setValue(int(job.fraction * 1000))
        if job.message:
            self.result.setText(job.message)
        if not job.is_final:
            return
        if job.state == "done":
            self.progress.setValue(1000)
            self.result.setText(
                self.tr("The bundle was written and checked: {path}").format(
                    path=(job.result or {}).get("path", self.target.text())
                )
            )
            self.open_folder.show()
        else:
            self.start.setEnabled(True)
            self.result.setText(
                self.tr("The export did not finish: {error} {hint}").format(
                    error=job.error, hint=job.hint
                )
            )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.job is not None and self.job.state == "done"


class ExportWizard(QWizard):
    def __init__(self, project: Project, queue: JobQueue, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export a submission bundle"))
        settings = QSettings()
        self.track_page = TrackPage(settings, self)
        self.check_page = CheckPage(project, self.track_page, self)
        self.run_page = RunPage(project, queue, self.track_page, self.check_page, settings, self)
        for page in (self.track_page, self.check_page, self.run_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.resize(760, 560)
