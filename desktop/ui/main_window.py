"""The main window: the project's items, the item being worked on, its metadata, and jobs."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import QuireError
from ..core.search import search_items
from ..core.status import item_status
from ..core.store.project import DB_NAME, Project
from ..workers.jobs import Job, JobQueue
from .errors import show_error, show_quire_error
from .jobs_panel import JobsPanel
from .proofread import Mark, ProofreadView
from .review import ReviewPanel
from .settings import Settings, open_settings
from .transcript_editor import TranscriptEditor
from .widgets import LanguageDialog, MetadataPanel, languages_shown

log = logging.getLogger(__name__)

MAX_RECENT = 8
# Marked for lupdate; translated where shown, by self.tr() in MainWindow.
STATUS_LABELS: dict[str, str] = {
    "imported": str(QT_TRANSLATE_NOOP("MainWindow", "imported")),
    "recognised": str(QT_TRANSLATE_NOOP("MainWindow", "recognised")),
    "corrected": str(QT_TRANSLATE_NOOP("MainWindow", "corrected")),
    "reviewed": str(QT_TRANSLATE_NOOP("MainWindow", "personal data reviewed")),
    "ready": str(QT_TRANSLATE_NOOP("MainWindow", "ready")),
    "failed": str(QT_TRANSLATE_NOOP("MainWindow", "needs attention")),
}


def sample_project_folder() -> Path:
    return Path(platformdirs.user_data_dir("quire", appauthor=False)) / "Sample project"


class MainWindow(QMainWindow):
    def __init__(self, log_path: Path | None = None) -> None:
        super().__init__()
        self.log_path = log_path
        self.project: Project | None = None
        self.settings = QSettings()
        self.prefs = Settings(self.settings)
        self.queue = JobQueue(self)
        self.queue.finished.connect(self._job_finished)
        self.project_review: ReviewPanel | None = None
        self.setWindowTitle("Quire")
        self.setAcceptDrops(True)

        # Left: search and items.
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search all text…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Find items by any word in their text or metadata (Ctrl+F)"))
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.items = QTreeWidget(self)
        self.items.setHeaderLabels(
            [self.tr("Item"), self.tr("Kind"), self.tr("Languages"), self.tr("Status")]
        )
        self.items.setRootIsDecorated(False)
        self.items.setIconSize(QPixmap(48, 48).size())
        self.items.setAlternatingRowColors(True)
        self.items.currentItemChanged.connect(self._item_selected)
        left = QWidget(self)
        left.setMinimumWidth(280)  # room for the status column: it is what staff scan for
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.items)

        # Centre: what is being worked on.
        self.welcome = QLabel(self)
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome.setWordWrap(True)
        self.proofread = ProofreadView(self)
        self.proofread.status.connect(self._status)
        self.proofread.status.connect(self._refresh_current_status)
        self.transcript = TranscriptEditor(self)
        self.transcript.status.connect(self._status)
        self.transcript.status.connect(self._refresh_current_status)
        self.centre = QStackedWidget(self)
        for widget in (self.welcome, self.proofread, self.transcript):
            self.centre.addWidget(widget)

        # Right: metadata.
        self.metadata = MetadataPanel(self)
        self.metadata.saved.connect(self._status)
        self.metadata.saved.connect(lambda _text: self.refresh_items(keep_selection=True))

        # Right, second tab: the personal-data review of the item.
        self.review = ReviewPanel(self)
        self.review.finding_chosen.connect(self._show_finding)
        self.review.changed.connect(self._review_changed)
        self.review.mark_area_requested.connect(self.proofread.start_marking)
        self.proofread.area_marked.connect(self.review.add_area)
        self.proofread.marks_for_page = self._marks_for_page
        self.review.position_provider = lambda: self.transcript.player.position() / 1000
        self.review.selection_provider = self.transcript.selected_time_span
        self.side = QTabWidget(self)
        self.side.addTab(self.metadata, self.tr("Details"))
        self.side.addTab(self.review, self.tr("Personal data"))

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.centre)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 800, 340])
        self.splitter = splitter
        self.setCentralWidget(splitter)

        self.jobs_panel = JobsPanel(self.queue, self)
        dock = QDockWidget(self.tr("Jobs"), self)
        dock.setObjectName("jobs")
        dock.setWidget(self.jobs_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.jobs_dock = dock

        self._make_menus()
        self._show_welcome()
        geometry = self.settings.value("window/geometry")
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1500, 950)
        state = self.settings.value("window/state")
        if state:
            self.restoreState(state)

    # ----- menus ----------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        return action

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addAction(
            self._action(self.tr("&New project…"), self.new_project, QKeySequence.StandardKey.New)
        )
        file.addAction(
            self._action(
                self.tr("&Open project…"), self.choose_project, QKeySequence.StandardKey.Open
            )
        )
        self.recent_menu = file.addMenu(self.tr("Open &recent"))
        file.addSeparator()
        self.import_action = self._action(
            self.tr("&Import files…"),
            self.import_files,
            "Ctrl+I",
            self.tr(
                "Bring scans, PDFs or recordings into the project "
                "(you can also drop them on the window)"
            ),
        )
        file.addAction(self.import_action)
        file.addAction(
            self._action(self.tr("Import a &folder…"), self.import_folder, "Ctrl+Shift+I")
        )
        file.addAction(
            self._action(
                self.tr("&Scan…"),
                self.scan_pages,
                "Ctrl+Shift+S",
                self.tr("Scan pages from a scanner into the project as one document"),
            )
        )
        self.record_action = self._action(
            self.tr("Record an &interview…"),
            self.record_interview,
            "Ctrl+Shift+M",
            self.tr("Record an oral-history interview from a microphone"),
        )
        file.addAction(self.record_action)
        file.addSeparator()
        file.addAction(
            self._action(
                self.tr("&Export a submission bundle…"),
                self.export_bundle,
                "Ctrl+E",
                self.tr("Package the reviewed, redacted items for a data partnership"),
            )
        )
        file.addSeparator()
        file.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))

        edit = bar.addMenu(self.tr("&Edit"))
        edit.addAction(self._action(self.tr("&Undo"), self._undo, QKeySequence.StandardKey.Undo))
        edit.addAction(self._action(self.tr("&Redo"), self._redo, QKeySequence.StandardKey.Redo))
        edit.addSeparator()
        edit.addAction(
            self._action(self.tr("&Find…"), self.search.setFocus, QKeySequence.StandardKey.Find)
        )
        edit.addSeparator()
        edit.addAction(
            self._action(
                self.tr("&Settings…"),
                self.show_settings,
                "Ctrl+,",
                self.tr("OCR languages, the speech model, the GPU, how much runs at once"),
            )
        )

        view = bar.addMenu(self.tr("&View"))
        view.addAction(
            self._action(self.tr("Next uncertain word"), self.proofread.next_uncertain, "F3")
        )
        view.addAction(
            self._action(
                self.tr("Previous uncertain word"), self.proofread.previous_uncertain, "Shift+F3"
            )
        )
        view.addSeparator()
        view.addAction(
            self._action(
                self.tr("Zoom in"), self.proofread.zoom_in, QKeySequence.StandardKey.ZoomIn
            )
        )
        view.addAction(
            self._action(
                self.tr("Zoom out"), self.proofread.zoom_out, QKeySequence.StandardKey.ZoomOut
            )
        )
        view.addAction(self._action(self.tr("Fit the page"), self.proofread.zoom_fit, "Ctrl+0"))
        view.addSeparator()
        view.addAction(self.jobs_dock.toggleViewAction())

        run = bar.addMenu(self.tr("&Run"))
        run.addAction(
            self._action(
                self.tr("&Recognise text"),
                self.recognise,
                "Ctrl+R",
                self.tr("Read the text of every document not read yet (OCR)"),
            )
        )
        run.addAction(
            self._action(
                self.tr("&Transcribe recordings"),
                self.transcribe,
                "Ctrl+T",
                self.tr("Turn every recording not transcribed yet into text"),
            )
        )
        run.addSeparator()
        run.addAction(
            self._action(
                self.tr("Find &personal data"),
                self.find_personal_data,
                "Ctrl+Shift+P",
                self.tr("Look for names, addresses, numbers and other personal data in every text"),
            )
        )
        run.addAction(
            self._action(
                self.tr("Review personal data of the &whole project…"),
                self.review_whole_project,
                "Ctrl+Shift+V",
            )
        )
        run.addAction(
            self._action(
                self.tr("Re&dact reviewed items"),
                self.redact,
                "Ctrl+Shift+D",
                self.tr(
                    "Remove the personal data staff confirmed into new files, then check "
                    "them by reading and listening again"
                ),
            )
        )
        self.pseudonyms_action = self._action(
            self.tr("Use p&seudonyms when redacting"),
            self._set_pseudonyms,
            tip=self.tr(
                "Replace personal data with the same made-up name each time (Person 1, "
                "Person 2) instead of [PERSON]; a choice kept with the project"
            ),
        )
        self.pseudonyms_action.setCheckable(True)
        self.pseudonyms_action.setEnabled(False)
        run.addAction(self.pseudonyms_action)
        run.addSeparator()
        run.addAction(
            self._action(
                self.tr("Recognise this item &again"),
                self.redo_selected,
                "Ctrl+Shift+R",
            )
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(
                self.tr("&Getting started"), self.show_guide, QKeySequence.StandardKey.HelpContents
            )
        )
        help_menu.addAction(
            self._action(
                self.tr("&Check this computer"),
                self.check_computer,
                tip=self.tr("OCR languages, speech models, GPU, microphones, scanners, disk space"),
            )
        )
        help_menu.addAction(self._action(self.tr("Open the &log folder"), self.open_log_folder))
        help_menu.addAction(self._action(self.tr("&About Quire"), self.show_about))

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        style = self.style()
        for text, icon, slot in (
            (self.tr("Import"), QStyle.StandardPixmap.SP_DialogOpenButton, self.import_files),
            (self.tr("Scan"), QStyle.StandardPixmap.SP_ComputerIcon, self.scan_pages),
            (
                self.tr("Recognise text"),
                QStyle.StandardPixmap.SP_FileDialogContentsView,
                self.recognise,
            ),
            (self.tr("Transcribe"), QStyle.StandardPixmap.SP_MediaPlay, self.transcribe),
            (self.tr("Record"), QStyle.StandardPixmap.SP_MediaVolume, self.record_interview),
        ):
            action = toolbar.addAction(style.standardIcon(icon), text)
            action.triggered.connect(slot)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._refresh_recent_menu()

    def _undo(self) -> None:
        """Edit → Undo in whichever view is shown: the page's text or the transcript."""
        if self.centre.currentWidget() is self.transcript:
            self.transcript.undo()
        else:
            self.proofread.undo()

    def _redo(self) -> None:
        if self.centre.currentWidget() is self.transcript:
            self.transcript.redo()
        else:
            self.proofread.redo()

    # ----- projects -------------------------------------------------------------------

    def start(self, folder: Path | None) -> None:
        """Open the given project, else the last one, else the sample (made on first start)."""
        if folder is not None:
            self.open_project(folder)
            return
        recent = [Path(p) for p in self._recent() if (Path(p) / DB_NAME).is_file()]
        if recent:
            self.open_project(recent[0])
            return
        sample = sample_project_folder()
        if (sample / DB_NAME).is_file():
            self.open_project(sample)
            return
        self._status(self.tr("Preparing the sample project…"))
        self.welcome.setText(
            self.tr(
                "Welcome to Quire.\n\nPreparing a sample project so that you can see real "
                "material at once: a few typed pages and a short interview. This takes a "
                "minute the first time."
            )
        )
        job = self.queue.enqueue(
            self.tr("Prepare the sample project"), ["sample", str(sample), "--progress-json"]
        )
        self._after_job = {job.id: lambda: self.open_project(sample)}

    def new_project(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose an empty folder for the new project")
        )
        if not folder:
            return
        try:
            Project.create(Path(folder)).close()
        except QuireError as error:
            show_quire_error(self, error, self.log_path)
            return
        self.open_project(Path(folder))

    def choose_project(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a Quire project folder"))
        if folder:
            self.open_project(Path(folder))

    def open_project(self, folder: Path) -> None:
        if self.queue.is_busy() and not self._confirm_stop_jobs():
            return
        try:
            project = Project.open(folder)
        except QuireError as error:
            show_quire_error(self, error, self.log_path)
            return
        self.close_project()
        self.project = project
        self._remember(folder)
        self.setWindowTitle(self.tr("{name} — Quire").format(name=folder.name))
        self.refresh_items()
        self._show_redaction_method()
        self._resume_interrupted_jobs()
        self._offer_recovered_recordings()
        self._status(self.tr("Opened {folder}").format(folder=folder))

    def _show_redaction_method(self) -> None:
        from ..core.redaction import redaction_method

        self.pseudonyms_action.setEnabled(self.project is not None)
        self.pseudonyms_action.setChecked(
            self.project is not None and redaction_method(self.project) == "pseudonyms"
        )

    def close_project(self) -> None:
        self.proofread.flush()
        self.transcript.forget()
        self.metadata.flush()
        self.metadata.show_item(None, None)
        self.review.show_item(None, None)
        if self.project:
            self.project.close()
            self.project = None
        self._show_redaction_method()
        self.items.clear()
        self._show_welcome()

    def _resume_interrupted_jobs(self) -> None:
        assert self.project
        for job in self.project.jobs("interrupted"):
            self.project.mark_job_resumed(job["id"])
            kind = job["kind"]
            title = (
                self.tr("Recognise text (resumed)")
                if kind == "ocr"
                else self.tr("Transcribe (resumed)")
            )
            self.queue.enqueue(title, [kind, str(self.project.folder), "--progress-json"])

    def _recent(self) -> list[str]:
        value = self.settings.value("recent", [])
        return (
            [str(v) for v in value] if isinstance(value, list) else ([str(value)] if value else [])
        )

    def _remember(self, folder: Path) -> None:
        recent = [str(folder.resolve())] + [p for p in self._recent() if p != str(folder.resolve())]
        self.settings.setValue("recent", recent[:MAX_RECENT])
        self._refresh_recent_menu()

    def _refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self._recent():
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_project(Path(p)))
        self.recent_menu.setEnabled(bool(self._recent()))

    # ----- items ----------------------------------------------------------------------

    def refresh_items(self, keep_selection: bool = False) -> None:
        current = self._selected_item_id() if keep_selection else None
        self.items.blockSignals(True)
        self.items.clear()
        if self.project:
            style = self.style()
            for item in self.project.items():
                status = item_status(self.project, item)
                row = QTreeWidgetItem(
                    [
                        item["title"],
                        self.tr("document") if item["kind"] == "document" else self.tr("recording"),
                        languages_shown(item["languages"]) or self.tr("detected"),
                        self.tr(STATUS_LABELS.get(status, status)),
                    ]
                )
                row.setData(0, Qt.ItemDataRole.UserRole, item["id"])
                thumbnail = self.project.thumbnail(item["id"])
                if thumbnail:
                    row.setIcon(0, QIcon(str(thumbnail)))
                else:
                    row.setIcon(0, style.standardIcon(QStyle.StandardPixmap.SP_MediaVolume))
                row.setToolTip(0, item["source_name"] or "")
                row.setToolTip(2, item["languages"] or "")  # the codes Tesseract was given
                self.items.addTopLevelItem(row)
                if item["id"] == current:
                    self.items.setCurrentItem(row)
            for column in range(1, 4):
                self.items.resizeColumnToContents(column)
        self.items.blockSignals(False)
        self._apply_search()
        if not self.items.topLevelItemCount():
            self._show_welcome()

    def _refresh_current_status(self, _message: str = "") -> None:
        """A correction changes the item's status: show it in the list at once."""
        row = self.items.currentItem()
        if self.project and row is not None:
            item = self.project.item(int(row.data(0, Qt.ItemDataRole.UserRole)))
            status = item_status(self.project, item)
            row.setText(3, self.tr(STATUS_LABELS.get(status, status)))

    def _selected_item_id(self) -> int | None:
        row = self.items.currentItem()
        return int(row.data(0, Qt.ItemDataRole.UserRole)) if row else None

    def _item_selected(self, current: QTreeWidgetItem | None, previous: object) -> None:
        self.proofread.flush()
        self.transcript.flush()
        if self.project and isinstance(previous, QTreeWidgetItem):
            # What was just saved may have made the item left "corrected".
            left = self.project.item(int(previous.data(0, Qt.ItemDataRole.UserRole)))
            status = self.project.item_status(left)
            previous.setText(3, self.tr(STATUS_LABELS.get(status, status)))
        if not self.project or current is None:
            self.transcript.player.pause()
            self.metadata.show_item(None, None)
            self.review.show_item(None, None)
            self._show_welcome()
            return
        item_id = int(current.data(0, Qt.ItemDataRole.UserRole))
        item = self.project.item(item_id)
        self.metadata.show_item(self.project, item_id)
        if item["kind"] == "document":
            self.transcript.player.pause()
            self.proofread.show_document(self.project, item_id)
            self.centre.setCurrentWidget(self.proofread)
        else:
            self.transcript.show_recording(self.project, item_id)
            self.centre.setCurrentWidget(self.transcript)
        # After the page or recording is shown, so that the first finding is shown in it.
        self.review.show_item(self.project, item_id)

    def _apply_search(self) -> None:
        if not self.project:
            return
        found = set(search_items(self.project, self.search.text()))
        for index in range(self.items.topLevelItemCount()):
            row = self.items.topLevelItem(index)
            if row is not None:
                row.setHidden(int(row.data(0, Qt.ItemDataRole.UserRole)) not in found)

    def _show_welcome(self) -> None:
        if self.project:
            self.welcome.setText(
                self.tr(
                    "Choose an item on the left, or bring material in with File → Import files… "
                    "(or drop files on this window)."
                )
            )
        else:
            self.welcome.setText(
                self.tr("Open a project with File → Open project…, or make a new one.")
            )
        self.centre.setCurrentWidget(self.welcome)

    # ----- jobs -----------------------------------------------------------------------

    def _project_folder(self) -> str | None:
        if not self.project:
            show_error(self, self.tr("Open or create a project first."))
            return None
        return str(self.project.folder)

    def import_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import scans, PDFs or recordings"),
            "",
            self.tr(
                "Scans, PDFs and recordings (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.gif "
                "*.webp *.pdf *.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mov *.mkv "
                "*.webm *.avi);;All files (*)"
            ),
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import every file in a folder"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path], languages: str | None = None) -> Job | None:
        folder = self._project_folder()
        if folder is None:
            return None
        if languages is None:
            from ..core.ocr.tesseract import installed_languages

            try:
                installed = sorted(installed_languages())
            except QuireError as error:
                show_quire_error(self, error, self.log_path)
                return None
            dialog = LanguageDialog(installed, self.prefs.languages, self)
            if dialog.exec() != LanguageDialog.DialogCode.Accepted:
                return None
            languages = dialog.languages()
            self.prefs.languages = languages
        names = ", ".join(p.name for p in paths[:3]) + ("…" if len(paths) > 3 else "")
        return self.queue.enqueue(
            self.tr("Import {names}").format(names=names),
            # The languages chosen are the documents'; recordings are detected, as the
            # dialog says.
            [
                "add",
                folder,
                *map(str, paths),
                "--lang",
                languages,
                "--speech-lang",
                "auto",
                "--progress-json",
            ],
        )

    def scan_pages(self) -> None:
        folder = self._project_folder()
        if folder is None:
            return
        from .scan_dialog import ScanDialog

        dialog = ScanDialog(Path(folder), self.queue, parent=self)
        dialog.exec()
        dialog.deleteLater()
        if dialog.wants_file_import:
            self.import_files()

    def recognise(self) -> Job | None:
        folder = self._project_folder()
        if folder is None:
            return None
        return self.queue.enqueue(
            self.tr("Recognise text"),
            ["ocr", folder, *self.prefs.ocr_arguments(), "--progress-json"],
        )

    def transcribe(self) -> Job | None:
        folder = self._project_folder()
        if folder is None:
            return None
        return self.queue.enqueue(
            self.tr("Transcribe recordings"),
            ["transcribe", folder, *self.prefs.asr_arguments(), "--progress-json"],
        )

    def record_interview(self) -> None:
        from .recorder import RecorderDialog

        if self._project_folder() is None or not self.project:
            return
        dialog = RecorderDialog(self.project, self, self.log_path)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _item_id: self.refresh_items(keep_selection=True))
        dialog.transcribe_requested.connect(self.transcribe_item)
        dialog.show()
        self.recorder = dialog

    def transcribe_item(self, item_id: int) -> Job | None:
        folder = self._project_folder()
        if folder is None:
            return None
        return self.queue.enqueue(
            self.tr("Transcribe the new recording"),
            ["transcribe", folder, str(item_id), "--progress-json"],
        )

    def _offer_recovered_recordings(self) -> None:
        """A recording cut off by a crash: keep it or discard it (see recorder.py)."""
        from .recorder import offer_recovered_recordings

        if self.project and offer_recovered_recordings(self, self.project, self.log_path):
            self.refresh_items(keep_selection=True)

    def redo_selected(self) -> Job | None:
        folder = self._project_folder()
        item_id = self._selected_item_id()
        if folder is None or item_id is None or not self.project:
            return None
        document = self.project.item(item_id)["kind"] == "document"
        kind, options = (
            ("ocr", self.prefs.ocr_arguments())
            if document
            else ("transcribe", self.prefs.asr_arguments())
        )
        title = self.project.item(item_id)["title"]
        return self.queue.enqueue(
            self.tr("Again: {title}").format(title=title),
            [kind, folder, str(item_id), "--redo", *options, "--progress-json"],
        )

    def check_computer(self) -> None:
        from .doctor_dialog import DoctorDialog

        DoctorDialog(self.project.folder if self.project else None, self).exec()

    def show_settings(self) -> None:
        open_settings(self, self.prefs, self.project, self.queue)

    # ----- personal data --------------------------------------------------------------

    def find_personal_data(self) -> Job | None:
        folder = self._project_folder()
        if folder is None:
            return None
        return self.queue.enqueue(
            self.tr("Find personal data"), ["pii", "scan", folder, "--progress-json"]
        )

    def redact(self) -> Job | None:
        folder = self._project_folder()
        if folder is None:
            return None
        return self.queue.enqueue(
            self.tr("Redact reviewed items"), ["redact", folder, "--progress-json"]
        )

    def _set_pseudonyms(self) -> None:
        if not self.project:
            return
        from ..core.redaction import set_redaction_method

        chosen = self.pseudonyms_action.isChecked()
        set_redaction_method(self.project, "pseudonyms" if chosen else "tokens")
        self._status(
            self.tr("Redaction will use pseudonyms (Person 1).")
            if chosen
            else self.tr("Redaction will use [PERSON], [PHONE]…")
        )

    def review_whole_project(self) -> None:
        if not self.project:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Personal data to review in the whole project"))
        layout = QVBoxLayout(dialog)
        queue = ReviewPanel(dialog, whole_project=True)
        queue.show_project(self.project)
        queue.finding_chosen.connect(self._go_to_finding)
        queue.changed.connect(self._review_changed)
        layout.addWidget(queue)
        dialog.resize(820, 560)
        self.project_review = queue
        dialog.show()

    def export_bundle(self) -> None:
        if not self.project:
            show_error(self, self.tr("Open or create a project first."))
            return
        from .export_wizard import ExportWizard

        wizard = ExportWizard(self.project, self.queue, self)
        wizard.check_page.go_to_item.connect(self._select_item)
        self.export_wizard = wizard
        wizard.show()

    def _go_to_finding(self, row: dict[str, Any]) -> None:
        self._select_item(int(row["item_id"]))
        self.review.select_finding(int(row["id"]))

    def _select_item(self, item_id: int) -> None:
        for index in range(self.items.topLevelItemCount()):
            row = self.items.topLevelItem(index)
            if row is not None and row.data(0, Qt.ItemDataRole.UserRole) == item_id:
                if self.items.currentItem() is not row:
                    self.items.setCurrentItem(row)
                return

    def _marks_for_page(self, page_id: int) -> list[Mark]:
        if not self.project or "findings" not in self.project.db.table_names():
            return []
        marks: list[Mark] = []
        for row in self.project.db.execute(
            "select id, status, boxes_json from findings where page_id = ? "
            "and status != 'rejected'",
            [page_id],
        ):
            boxes = json.loads(row[2] or "[]")
            if boxes:
                marks.append((int(row[0]), str(row[1]), boxes))
        return marks

    def _show_finding(self, row: dict[str, Any]) -> None:
        if row["page_id"] is not None and self.centre.currentWidget() is self.proofread:
            self.proofread.show_page_id(int(row["page_id"]))
            self.proofread.reveal_finding(int(row["id"]))
            if row["text_source"] in ("corrected", "machine") and row["end"] > row["start"]:
                self.proofread.select_text(int(row["start"]), int(row["end"]))
        elif row["time_start"] is not None:
            self._play_finding(float(row["time_start"]))

    def _play_finding(self, seconds: float) -> None:
        self.transcript.seek(seconds)

    def _review_changed(self) -> None:
        self.proofread.refresh_marks()
        self.refresh_items(keep_selection=True)
        if self.project_review is not None and self.project_review.isVisible():
            self.project_review.reload()
        if self.review.project is not None:
            self.review.reload()

    def _job_finished(self, job: Job) -> None:
        after = getattr(self, "_after_job", {}).pop(job.id, None)
        if after and job.state == "done":
            after()
            return
        if self.project:
            self.refresh_items(keep_selection=True)
            current = self.items.currentItem()
            if current is not None:
                self._item_selected(current, None)
        if job.state == "done":
            result = job.result or {}
            text = self.tr("Finished: {title}").format(title=job.title)
            if result.get("device"):
                # Say where speech ran: the GPU in float16, or the processor (and why).
                text += " " + self.tr("(on {device})").format(device=result["device"])
            notes = [str(note) for note in result.get("notes") or []]
            self._status(" ".join([text, *notes]))

    def _confirm_stop_jobs(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Jobs are running"),
            self.tr(
                "Quire is still working. Stop the running jobs? What they finished is kept, "
                "and they carry on from there next time."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.queue.stop_all(10_000)
        return True

    # ----- drag and drop ----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.project:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.import_paths(paths)

    # ----- help -----------------------------------------------------------------------

    def show_guide(self) -> None:
        QMessageBox.information(
            self,
            self.tr("Getting started"),
            self.tr(
                "<h3>Getting started with Quire</h3>"
                "<ol>"
                "<li><b>Bring material in</b>: File → Import files… (Ctrl+I), or drop scans, PDFs "
                "and recordings on the window; File → Scan… (Ctrl+Shift+S) from a scanner; File "
                "→ Record an interview… (Ctrl+Shift+M) from a microphone.</li>"
                "<li><b>Recognise</b>: Run → Recognise text (Ctrl+R) reads the pages; Run → "
                "Transcribe recordings (Ctrl+T) writes down what is said. The Jobs panel shows "
                "progress; you can keep working meanwhile.</li>"
                "<li><b>Correct</b>: choose a document; the page is on the left, its text on the "
                "right. Uncertain words are shaded; F3 jumps to the next one. Everything you type "
                "is saved at once, and Ctrl+Z undoes it.</li>"
                "<li><b>Listen</b>: choose a recording; Ctrl+Space plays and pauses, Alt+← goes "
                "back 5 seconds, Ctrl+↓ slows down, and the word being spoken is highlighted. "
                "Click a word to play from there; Enter splits a segment, Backspace at its start "
                "joins it to the one before.</li>"
                "<li><b>Describe</b>: fill in the title, date, rights, licence and consent in "
                "the Details tab on the right.</li>"
                "<li><b>Protect people</b>: Run → Find personal data (Ctrl+Shift+P), then decide "
                "on each finding in the Personal data tab (R remove, K keep); Run → Redact "
                "reviewed items (Ctrl+Shift+D) removes them and checks the result.</li>"
                "<li><b>Deliver</b>: File → Export a submission bundle… (Ctrl+E) says what still "
                "blocks each item and writes the bundle.</li>"
                "</ol>"
                "<p>Quire never changes your original files, and works without the internet.</p>"
            ),
        )

    def show_about(self) -> None:
        from .. import __version__

        QMessageBox.about(
            self,
            self.tr("About Quire"),
            self.tr(
                "<b>Quire {version}</b><p>Recognise and correct the text of scans and "
                "recordings, offline.</p><p>Log file: {log}</p>"
            ).format(version=__version__, log=self.log_path or "-"),
        )

    def open_log_folder(self) -> None:
        if self.log_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))

    # ----- closing --------------------------------------------------------------------

    def _status(self, text: str) -> None:
        self.statusBar().showMessage(text, 4000)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.queue.is_busy() and not self._confirm_stop_jobs():
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.close_project()
        event.accept()
