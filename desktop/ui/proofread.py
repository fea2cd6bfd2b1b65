"""Proofreading: a page's image beside its text, to correct what OCR read.

Every word the machine read is a box on the image, linked to its stretch of the text:
click a box and its word is selected in the text; move the text cursor onto a word and
its box is outlined. Words Tesseract was unsure of are shaded amber on both sides.
Corrections are saved as typed (half a second after typing stops) and kept apart from
the machine words, which are never changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QImageReader,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.correction import Span, align_words, shift_spans, text_change, word_spans
from ..core.model import OcrWord
from ..core.store.project import Project
from .view_keys import ViewKeys

log = logging.getLogger(__name__)

LOW_CONFIDENCE = 70.0  # Tesseract's 0..100; below this a word is worth a second look
AUTOSAVE_MS = 500

_BOX_PEN = QColor(40, 110, 220, 110)
_UNCERTAIN_PEN = QColor(215, 130, 0, 200)
_UNCERTAIN_FILL = QColor(255, 176, 0, 80)
_SELECTED_PEN = QColor(200, 20, 60)
_SELECTED_FILL = QColor(200, 20, 60, 40)
_UNCERTAIN_TEXT = QColor(255, 213, 128)  # amber behind an uncertain word in the text
_CANVAS_BACKGROUND = QColor(96, 99, 104)

_MIN_SCALE = 0.05
_MAX_SCALE = 8.0
_ZOOM_STEP = 1.25
_WORD_ROLE = 0  # QGraphicsItem.data key holding a box's word index
_FINDING_ROLE = 1  # ... and a personal-data mark's finding id
# Personal data: proposed findings outlined in red; confirmed ones shown as they will be
# burned in (black), so staff see the result before it is made.
_PROPOSED_PEN = QColor(220, 38, 38)
_PROPOSED_FILL = QColor(220, 38, 38, 45)
_CONFIRMED_FILL = QColor(0, 0, 0, 210)
_MARKING_PEN = QColor(220, 38, 38)

# One personal-data mark: finding id, status (proposed / confirmed), boxes (l, t, w, h).
Mark = tuple[int, str, Sequence[Sequence[float]]]


def _cosmetic_pen(color: QColor, width: float) -> QPen:
    pen = QPen(color)
    pen.setCosmetic(True)  # the same on screen at every zoom
    pen.setWidthF(width)
    return pen


def _is_uncertain(word: OcrWord) -> bool:
    return word.confidence < LOW_CONFIDENCE


class _PageCanvas(QGraphicsView):
    """The page image with a box over every word; pans by dragging, zooms with Ctrl+wheel."""

    word_clicked = Signal(int)
    zoomed = Signal(float)
    area_marked = Signal(QRectF)  # drawn by hand in marking mode, in page coordinates
    mark_clicked = Signal(int)  # a finding id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHints(
            QPainter.RenderHint.SmoothPixmapTransform | QPainter.RenderHint.Antialiasing
        )
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        # A page shorter than the view sits at its top, as on a desk, not in mid-air.
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setBackgroundBrush(_CANVAS_BACKGROUND)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._boxes: list[QGraphicsRectItem] = []
        self._selection = QGraphicsRectItem()
        self._fit = True  # fit the page's width to the view, also when the view is resized
        self._pressed_at: QPoint | None = None
        self._marks: list[QGraphicsRectItem] = []
        self._marking = False
        self._rubber: QGraphicsRectItem | None = None
        self._rubber_from: QPointF | None = None

    # ----- contents ----------------------------------------------------------------------

    def show_page(
        self, image: QImage, width: int, height: int, words: Sequence[OcrWord], message: str
    ) -> None:
        """The page (``width`` x ``height``, the words' coordinates) and its word boxes."""
        scene = self.scene()
        scene.clear()
        self._boxes = []
        self._marks = []  # deleted with the scene; set_marks() draws the page's anew
        margin = max(12.0, width * 0.02)
        scene.setSceneRect(QRectF(-margin, -margin, width + 2 * margin, height + 2 * margin))
        scene.addRect(
            QRectF(0, 0, width, height), QPen(Qt.PenStyle.NoPen), QBrush(Qt.GlobalColor.white)
        )
        if image.isNull():
            note = scene.addText(message)
            note.setDefaultTextColor(QColor(120, 120, 120))
            note.setPos(margin, margin)
        else:
            pixmap = QGraphicsPixmapItem(QPixmap.fromImage(image))
            pixmap.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            if image.width() != width or image.height() != height:
                pixmap.setTransform(
                    QTransform.fromScale(width / image.width(), height / image.height())
                )
            scene.addItem(pixmap)
        plain = _cosmetic_pen(_BOX_PEN, 1.0)
        uncertain = _cosmetic_pen(_UNCERTAIN_PEN, 1.0)
        for index, word in enumerate(words):
            box = QGraphicsRectItem(QRectF(word.left, word.top, word.width, word.height))
            if _is_uncertain(word):
                box.setPen(uncertain)
                box.setBrush(_UNCERTAIN_FILL)
            else:
                box.setPen(plain)
            box.setData(_WORD_ROLE, index)
            box.setToolTip(
                self.tr("“{word}”, confidence {confidence:.0f}%").format(
                    word=word.text, confidence=max(word.confidence, 0.0)
                )
            )
            box.setZValue(1)
            scene.addItem(box)
            self._boxes.append(box)
        self._selection = QGraphicsRectItem()
        self._selection.setPen(_cosmetic_pen(_SELECTED_PEN, 2.5))
        self._selection.setBrush(_SELECTED_FILL)
        self._selection.setZValue(2)
        self._selection.setVisible(False)
        scene.addItem(self._selection)
        self._fit = True  # a new page starts fitted to the width
        self._apply_fit()

    def clear(self) -> None:
        self.scene().clear()
        self._boxes = []
        self._marks = []
        self._selection = QGraphicsRectItem()

    # ----- personal data -----------------------------------------------------------------

    def set_marks(self, marks: Sequence[Mark]) -> None:
        """Show personal-data findings over the page (replacing those shown before)."""
        scene = self.scene()
        for item in self._marks:
            scene.removeItem(item)
        self._marks = []
        for finding_id, status, boxes in marks:
            for left, top, width, height in boxes:
                pad = max(2.0, height * 0.1)
                rect = QRectF(left - pad, top - pad, width + 2 * pad, height + 2 * pad)
                mark = QGraphicsRectItem(rect)
                if status == "confirmed":
                    mark.setPen(QPen(Qt.PenStyle.NoPen))
                    mark.setBrush(_CONFIRMED_FILL)
                    mark.setToolTip(self.tr("Personal data: will be blacked out"))
                else:
                    pen = _cosmetic_pen(_PROPOSED_PEN, 2.0)
                    pen.setStyle(Qt.PenStyle.DashLine)
                    mark.setPen(pen)
                    mark.setBrush(_PROPOSED_FILL)
                    mark.setToolTip(self.tr("Possible personal data: to review"))
                mark.setData(_FINDING_ROLE, finding_id)
                mark.setZValue(3)
                scene.addItem(mark)
                self._marks.append(mark)

    def marks(self) -> list[tuple[int, QRectF]]:
        return [(int(m.data(_FINDING_ROLE)), m.rect()) for m in self._marks]

    def reveal(self, rect: QRectF) -> None:
        self.ensureVisible(rect, 80, 80)

    def start_marking(self) -> None:
        """The next drag draws a box to black out, instead of panning the page."""
        self._marking = True
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.viewport().setCursor(Qt.CursorShape.CrossCursor)

    def stop_marking(self) -> None:
        self._marking = False
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.viewport().unsetCursor()
        if self._rubber is not None:
            self.scene().removeItem(self._rubber)
        self._rubber = None
        self._rubber_from = None

    @property
    def marking(self) -> bool:
        return self._marking

    def select(self, index: int | None, *, reveal: bool) -> None:
        """Outline word ``index`` (None: no word) and, if asked, scroll it into view."""
        if index is None or not 0 <= index < len(self._boxes):
            self._selection.setVisible(False)
            return
        rect = self._boxes[index].rect()
        pad = max(2.0, rect.height() * 0.15)
        self._selection.setRect(rect.adjusted(-pad, -pad, pad, pad))
        self._selection.setVisible(True)
        if reveal:
            self.ensureVisible(self._selection.sceneBoundingRect(), 60, 60)

    def selected_rect(self) -> QRectF | None:
        """The outlined word's box in scene coordinates, or None."""
        return self._selection.rect() if self._selection.isVisible() else None

    def box_centre(self, index: int) -> QPoint:
        """Where word ``index`` is in viewport coordinates (for tests and tooltips)."""
        return self.mapFromScene(self._boxes[index].rect().center())

    # ----- zoom --------------------------------------------------------------------------

    def scale_factor(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float, *, under_mouse: bool = False) -> None:
        scale = min(max(self.scale_factor() * factor, _MIN_SCALE), _MAX_SCALE)
        if scale == self.scale_factor():
            return
        self._fit = False
        anchor = self.transformationAnchor()
        if not under_mouse:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setTransform(QTransform.fromScale(scale, scale))
        self.setTransformationAnchor(anchor)
        self.zoomed.emit(scale)

    def zoom_fit(self) -> None:
        """Fit the page's width to the view, and keep it fitted as the view is resized."""
        self._fit = True
        self._apply_fit()
        self.zoomed.emit(self.scale_factor())

    def _apply_fit(self) -> None:
        rect = self.sceneRect()
        available = self.viewport().width()
        if rect.isEmpty() or available <= 0:
            return
        scale = min(max(available / rect.width(), _MIN_SCALE), _MAX_SCALE)
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(QPointF(rect.center().x(), rect.top() + self.viewport().height() / scale / 2))

    # ----- events ------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self._apply_fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit:
            self._apply_fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(_ZOOM_STEP**steps, under_mouse=True)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._marking and event.button() == Qt.MouseButton.LeftButton:
            self._rubber_from = self.mapToScene(event.position().toPoint())
            self._rubber = QGraphicsRectItem(QRectF(self._rubber_from, self._rubber_from))
            pen = _cosmetic_pen(_MARKING_PEN, 2.0)
            self._rubber.setPen(pen)
            self._rubber.setBrush(_PROPOSED_FILL)
            self._rubber.setZValue(4)
            self.scene().addItem(self._rubber)
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed_at = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._marking and self._rubber is not None and self._rubber_from is not None:
            at = self.mapToScene(event.position().toPoint())
            self._rubber.setRect(QRectF(self._rubber_from, at).normalized())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._marking and event.key() == Qt.Key.Key_Escape:
            self.stop_marking()
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._marking and self._rubber is not None:
            rect = self._rubber.rect().intersected(self._page_rect())
            self.stop_marking()
            if rect.width() >= 3 and rect.height() >= 3:
                self.area_marked.emit(rect)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        pressed, self._pressed_at = self._pressed_at, None
        if pressed is None or event.button() != Qt.MouseButton.LeftButton:
            return
        at = event.position().toPoint()
        if (at - pressed).manhattanLength() >= QApplication.startDragDistance():
            return  # that was a drag to pan the page
        for item in self.items(at):
            finding = item.data(_FINDING_ROLE)
            if isinstance(item, QGraphicsRectItem) and isinstance(finding, int):
                self.mark_clicked.emit(finding)
                return
            index = item.data(_WORD_ROLE)
            if isinstance(item, QGraphicsRectItem) and isinstance(index, int):
                self.word_clicked.emit(index)
                return

    def _page_rect(self) -> QRectF:
        rect = self.sceneRect()
        margin = -rect.left()
        return rect.adjusted(margin, margin, -margin, -margin)


class ProofreadView(QWidget):
    """One document's pages, one at a time: the image on the left, the text on the right."""

    status = Signal(str)
    page_shown = Signal(int)  # the page id, whenever a recognised page is shown
    area_marked = Signal(int, object)  # page id, (left, top, width, height) drawn by hand

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Gives the personal-data marks of a page (set by the main window).
        self.marks_for_page: Callable[[int], list[Mark]] | None = None
        self._project: Project | None = None
        self._pages: list[dict[str, Any]] = []
        self._page_number = 0  # index into _pages
        self._page_id: int | None = None  # the recognised page shown, if any
        self._words: list[OcrWord] = []
        self._spans: list[Span | None] = []  # each word's stretch of the text, while known
        self._text = ""  # the editor's text as last seen, to measure each edit
        self._stored = ""  # what the project holds for the page: its correction or machine text
        self._loading = False

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(AUTOSAVE_MS)
        self._save_timer.timeout.connect(self.flush)

        self._bar = QWidget(self)
        bar = QHBoxLayout(self._bar)
        bar.setContentsMargins(6, 4, 6, 4)
        bar.setSpacing(4)
        self._previous_page = self._button(
            "◀", self.tr("Previous page"), "Ctrl+PgUp", self.previous_page
        )
        self._page_label = QLabel(self._bar)
        self._page_label.setMinimumWidth(90)
        self._page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._next_page = self._button("▶", self.tr("Next page"), "Ctrl+PgDown", self.next_page)
        self._zoom_out = self._button(
            "−", self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut, self.zoom_out
        )
        self._zoom_fit = self._button(
            self.tr("Fit width"), self.tr("Fit the page's width"), "Ctrl+0", self.zoom_fit
        )
        self._zoom_in = self._button(
            "+", self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn, self.zoom_in
        )
        self._previous_uncertain = self._button(
            self.tr("◀ Uncertain"),
            self.tr("Previous uncertain word"),
            "Shift+F3",
            self.previous_uncertain,
        )
        self._next_uncertain = self._button(
            self.tr("Uncertain ▶"), self.tr("Next uncertain word"), "F3", self.next_uncertain
        )
        self._uncertain_label = QLabel(self._bar)
        self._uncertain_label.setStyleSheet(
            f"QLabel {{ background: {_UNCERTAIN_TEXT.name()}; color: black;"
            " border-radius: 3px; padding: 1px 6px; }"
        )
        self._uncertain_label.setToolTip(
            self.tr(
                "Words the recogniser was unsure of (confidence below {percent}%) are shaded amber."
            ).format(percent=round(LOW_CONFIDENCE))
        )
        for widget in (self._previous_page, self._page_label, self._next_page):
            bar.addWidget(widget)
        bar.addSpacing(16)
        for widget in (self._zoom_out, self._zoom_fit, self._zoom_in):
            bar.addWidget(widget)
        bar.addSpacing(16)
        for widget in (self._previous_uncertain, self._next_uncertain):
            bar.addWidget(widget)
        bar.addSpacing(8)
        bar.addWidget(self._uncertain_label)
        bar.addStretch(1)

        self.canvas = _PageCanvas(self)
        self.canvas.word_clicked.connect(self._word_clicked)
        self.canvas.area_marked.connect(self._area_marked)
        self.canvas.zoomed.connect(self._zoomed)
        self.editor = QPlainTextEdit(self)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = QFont(self.editor.font())
        font.setPointSizeF(max(font.pointSizeF() * 1.2, 11.0))
        self.editor.setFont(font)
        self.editor.document().setDocumentMargin(10)
        self.editor.document().contentsChange.connect(self._contents_changed)
        self.editor.cursorPositionChanged.connect(self._cursor_moved)

        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.addWidget(self.canvas)
        self._splitter.addWidget(self.editor)
        self._splitter.setStretchFactor(0, 11)
        self._splitter.setStretchFactor(1, 9)
        self._splitter.setSizes([1100, 900])
        self._splitter.setChildrenCollapsible(False)

        self._message = QLabel(self)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setMargin(24)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._message)
        self._stack.addWidget(self._splitter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._bar)
        layout.addWidget(self._stack, 1)

        # The view's own keys, claimed while it has the focus so that the same keys in the
        # main window's menus do not clash with them.
        self._keys = ViewKeys(
            [
                (QKeySequence("F3"), self.next_uncertain),
                (QKeySequence("Shift+F3"), self.previous_uncertain),
                (QKeySequence("Ctrl+PgDown"), self.next_page),
                (QKeySequence("Ctrl+PgUp"), self.previous_page),
                (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
                (QKeySequence("Ctrl+="), self.zoom_in),
                (QKeySequence("Ctrl+Shift++"), self.zoom_in),
                (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
                (QKeySequence("Ctrl+0"), self.zoom_fit),
                (QKeySequence.StandardKey.Undo, self.undo),
                (QKeySequence.StandardKey.Redo, self.redo),
            ]
        )
        for watched in (self, self.editor, self.canvas):
            watched.installEventFilter(self)
        self._show_message(self.tr("Choose a document to proofread."))

    def _button(
        self,
        text: str,
        tip: str,
        keys: str | QKeySequence.StandardKey,
        slot: Callable[[], None],
    ) -> QToolButton:
        button = QToolButton(self._bar)
        button.setText(text)
        shortcut = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(self.tr("{action} ({shortcut})").format(action=tip, shortcut=shortcut))
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the text keeps the focus
        button.clicked.connect(slot)
        return button

    # ----- the main window's API ---------------------------------------------------------

    def show_document(self, project: Project, item_id: int) -> None:
        """Show the document's first recognised page (or say that none is recognised)."""
        self.flush()
        self._project = project
        self._pages = project.pages(item_id)
        recognised = [n for n, page in enumerate(self._pages) if page["ocr_status"] == "done"]
        if not recognised:
            self._forget_page()
            self._show_message(
                self.tr("This document has not been recognised yet. Use Run → Recognise text.")
            )
            return
        self._show_page(recognised[0])

    def flush(self) -> None:
        """Save the shown page's text now if it differs from what the project holds."""
        self._save_timer.stop()
        if self._project is None or self._page_id is None or self._project.read_only:
            return
        text = self.editor.toPlainText()
        if text == self._stored:
            return
        self._project.set_page_correction(self._page_id, text)
        self._stored = text
        log.info("Saved the correction of page %s", self._page_id)
        self.status.emit(self.tr("Saved"))

    def undo(self) -> None:
        if self._page_id is not None:
            self.editor.undo()
            self._realign()

    def redo(self) -> None:
        if self._page_id is not None:
            self.editor.redo()
            self._realign()

    def next_uncertain(self) -> None:
        self._step_uncertain(forward=True)

    def previous_uncertain(self) -> None:
        self._step_uncertain(forward=False)

    def zoom_in(self) -> None:
        if self._page_id is not None:
            self.canvas.zoom_by(_ZOOM_STEP)

    def zoom_out(self) -> None:
        if self._page_id is not None:
            self.canvas.zoom_by(1 / _ZOOM_STEP)

    def zoom_fit(self) -> None:
        if self._page_id is not None:
            self.canvas.zoom_fit()

    def next_page(self) -> None:
        if self._pages and self._page_number + 1 < len(self._pages):
            self._show_page(self._page_number + 1)

    def previous_page(self) -> None:
        if self._pages and self._page_number > 0:
            self._show_page(self._page_number - 1)

    def show_page_id(self, page_id: int) -> bool:
        """Go to the page with this id, if it belongs to the document shown."""
        for number, page in enumerate(self._pages):
            if page["id"] == page_id:
                if number != self._page_number or self._page_id != page_id:
                    self._show_page(number)
                return True
        return False

    def page_id(self) -> int | None:
        return self._page_id

    def refresh_marks(self) -> None:
        if self._page_id is None:
            return
        marks = self.marks_for_page(self._page_id) if self.marks_for_page else []
        self.canvas.set_marks(marks)

    def reveal_finding(self, finding_id: int) -> None:
        rects = [rect for fid, rect in self.canvas.marks() if fid == finding_id]
        if rects:
            united = rects[0]
            for rect in rects[1:]:
                united = united.united(rect)
            self.canvas.reveal(united)

    def select_text(self, start: int, end: int) -> None:
        """Select characters start..end of the page's text (a finding's span)."""
        length = len(self.editor.toPlainText())
        if not 0 <= start <= end <= length:
            return
        cursor = self.editor.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

    def start_marking(self) -> None:
        if self._page_id is None:
            return
        self.canvas.start_marking()
        self.status.emit(self.tr("Drag over the part of the page to black out (Esc to stop)."))

    def _area_marked(self, rect: QRectF) -> None:
        if self._page_id is not None:
            box = (rect.left(), rect.top(), rect.width(), rect.height())
            self.area_marked.emit(self._page_id, box)

    # ----- what tests and the main window may read ---------------------------------------

    def page_number(self) -> int:
        """The shown page's number, from 1 (0 when no page is shown)."""
        return self._page_number + 1 if self._pages else 0

    def page_label(self) -> str:
        return self._page_label.text()

    def message(self) -> str:
        """The message shown instead of a page ("not recognised yet"), or ""."""
        return self._message.text() if self._stack.currentWidget() is self._message else ""

    def words(self) -> list[OcrWord]:
        """The shown page's machine words."""
        return list(self._words)

    def spans(self) -> list[Span | None]:
        """Where each machine word now is in the text; None where an edit lost it."""
        return list(self._spans)

    # ----- pages -------------------------------------------------------------------------

    def _show_message(self, text: str) -> None:
        self._message.setText(text)
        self._stack.setCurrentWidget(self._message)
        self._bar.setVisible(
            bool(self._pages) and any(p["ocr_status"] == "done" for p in self._pages)
        )

    def _forget_page(self) -> None:
        self._save_timer.stop()
        self._page_id = None
        self._words, self._spans = [], []
        self._loading = True
        self.editor.setPlainText("")
        self._loading = False
        self._text = self._stored = ""
        self.canvas.clear()

    def _show_page(self, number: int) -> None:
        assert self._project is not None
        self.flush()
        project = self._project
        page = project.page(self._pages[number]["id"])  # fresh: OCR may have finished since
        self._pages[number] = page
        self._page_number = number
        label = self.tr("Page {number} of {count}").format(
            number=number + 1, count=len(self._pages)
        )
        self._page_label.setText(label)
        self._previous_page.setEnabled(number > 0)
        self._next_page.setEnabled(number + 1 < len(self._pages))
        if page["ocr_status"] != "done":
            self._forget_page()
            self._set_page_tools_enabled(False)
            self._uncertain_label.setText("")
            self._show_message(
                self.tr(
                    "Page {number} has not been recognised yet. Use Run → Recognise text."
                ).format(number=number + 1)
            )
            self.status.emit(label)
            return

        words = project.page_words(page["id"])
        machine_text, machine_spans = word_spans(words)
        stored = project.page_correction(page["id"])
        self._page_id = page["id"]
        self._words = words
        self._spans = list(machine_spans) if stored is None else align_words(words, stored)
        self._stored = machine_text if stored is None else stored

        image_path = page.get("image_path")
        reader = QImageReader(str(project.path(image_path)) if image_path else "")
        reader.setAutoTransform(False)  # word boxes are in the stored pixels' coordinates
        image = reader.read()
        if image.isNull():
            log.warning("Could not show %s: %s", image_path, reader.errorString())
        width = int(page.get("image_width") or image.width() or 1)
        height = int(page.get("image_height") or image.height() or 1)
        self._stack.setCurrentWidget(self._splitter)
        self._bar.setVisible(True)
        self._set_page_tools_enabled(True)
        self.canvas.show_page(
            image, width, height, words, self.tr("The page image could not be shown.")
        )

        self._loading = True
        self.editor.setPlainText(self._stored)  # also starts a fresh undo history
        self._loading = False
        self._text = self._stored
        self.editor.setReadOnly(project.read_only)
        self.editor.moveCursor(QTextCursor.MoveOperation.Start)
        self._highlight_uncertain()
        count = sum(1 for word in words if _is_uncertain(word))
        self._uncertain_label.setText(self.tr("Uncertain words: {count}").format(count=count))
        self._uncertain_label.setVisible(True)
        self.refresh_marks()
        self.status.emit(label)
        self.page_shown.emit(page["id"])

    def _set_page_tools_enabled(self, enabled: bool) -> None:
        for button in (
            self._zoom_in,
            self._zoom_out,
            self._zoom_fit,
            self._previous_uncertain,
            self._next_uncertain,
        ):
            button.setEnabled(enabled)

    # ----- text and spans ----------------------------------------------------------------

    def _contents_changed(self, _position: int, _removed: int, _added: int) -> None:
        if self._loading or self._page_id is None:
            return
        # Qt's figures can cover more than was changed (after an undo, for instance), so
        # the edit is measured from the texts themselves.
        text = self.editor.toPlainText()
        position, removed, inserted = text_change(self._text, text)
        self._text = text
        if not removed and not inserted:
            return
        self._spans = shift_spans(self._spans, position, removed, inserted)
        self._highlight_uncertain()
        self._save_timer.start()

    def _realign(self) -> None:
        """Find every word again by comparing the text with the machine words.

        After an undo or a redo, this brings back the words an edit had lost track of."""
        self._spans = align_words(self._words, self.editor.toPlainText())
        self._highlight_uncertain()
        self._cursor_moved()

    def _highlight_uncertain(self) -> None:
        shade = QTextCharFormat()
        shade.setBackground(_UNCERTAIN_TEXT)
        shade.setForeground(QColor(Qt.GlobalColor.black))
        selections = []
        document = self.editor.document()
        for word, span in zip(self._words, self._spans, strict=True):
            if span is None or not _is_uncertain(word):
                continue
            cursor = QTextCursor(document)
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = shade
            selections.append(selection)
        self.editor.setExtraSelections(selections)

    def _word_at(self, position: int) -> int | None:
        """The word whose span holds ``position`` (or ends there)."""
        ending_here = None
        for index, span in enumerate(self._spans):
            if span is None:
                continue
            if span[0] <= position < span[1]:
                return index
            if span[1] == position and ending_here is None:
                ending_here = index
        return ending_here

    def _cursor_moved(self) -> None:
        if self._loading or self._page_id is None:
            return
        cursor = self.editor.textCursor()
        self.canvas.select(self._word_at(cursor.selectionStart()), reveal=True)

    def _select_word(self, index: int) -> None:
        """Select word ``index`` in the text and outline its box, both scrolled into view."""
        span = self._spans[index]
        if span is None:
            self.canvas.select(index, reveal=True)
            self.status.emit(self.tr("This word is no longer in the text."))
            return
        cursor = self.editor.textCursor()
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)  # outlines the box, through _cursor_moved
        self.editor.ensureCursorVisible()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.canvas.select(index, reveal=True)

    def _zoomed(self, scale: float) -> None:
        self.status.emit(self.tr("Zoom {percent}%").format(percent=round(scale * 100)))

    def _word_clicked(self, index: int) -> None:
        if self._page_id is not None:
            self._select_word(index)

    def _step_uncertain(self, *, forward: bool) -> None:
        if self._page_id is None:
            return
        found = sorted(
            (span[0], index)
            for index, (word, span) in enumerate(zip(self._words, self._spans, strict=True))
            if span is not None and _is_uncertain(word)
        )
        if not found:
            self.status.emit(self.tr("No uncertain words on this page."))
            return
        cursor = self.editor.textCursor()
        here = cursor.selectionStart()
        if forward:
            after = [entry for entry in found if entry[0] >= here + int(cursor.hasSelection())]
            chosen = after[0] if after else found[0]  # past the last one: back to the first
        else:
            before = [entry for entry in found if entry[0] < here]
            chosen = before[-1] if before else found[-1]
        self._select_word(chosen[1])
        self.status.emit(
            self.tr("Uncertain word {number} of {count}").format(
                number=found.index(chosen) + 1, count=len(found)
            )
        )

    # ----- keys --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._keys.handle(event):
            return True
        return super().eventFilter(watched, event)
