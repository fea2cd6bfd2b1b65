"""The proofreading view on real recognised pages: linn.png and the six-page multipage.pdf."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.capture.importer import import_file
from desktop.core.exports import page_plain_text
from desktop.core.ocr.pipeline import ocr_items
from desktop.core.store.project import LOCK_NAME, Project
from desktop.ui.proofread import LOW_CONFIDENCE, ProofreadView
from tests.conftest import CORPUS, REPO

SAVE_TIMEOUT_MS = 5_000


def _recognised(folder: Path, name: str) -> tuple[Path, int]:
    with Project.create(folder) as project:
        item_id, _ = import_file(project, CORPUS / "scans" / name, "eng")
        report = ocr_items(project, [item_id])
        assert report.failed == []
    return folder, item_id


@pytest.fixture(scope="module")
def linn_recognised(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    return _recognised(tmp_path_factory.mktemp("linn") / "project", "linn.png")


@pytest.fixture(scope="module")
def multipage_recognised(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    return _recognised(tmp_path_factory.mktemp("multipage") / "project", "multipage.pdf")


def _fresh_copy(source: tuple[Path, int], tmp_path: Path) -> Iterator[tuple[Project, int]]:
    """Each test corrects its own copy of the recognised project (OCR runs once)."""
    folder, item_id = source
    copy = tmp_path / "project"
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns(LOCK_NAME))
    with Project.open(copy) as project:
        yield project, item_id


@pytest.fixture
def linn(linn_recognised: tuple[Path, int], tmp_path: Path) -> Iterator[tuple[Project, int]]:
    yield from _fresh_copy(linn_recognised, tmp_path)


@pytest.fixture
def multipage(
    multipage_recognised: tuple[Path, int], tmp_path: Path
) -> Iterator[tuple[Project, int]]:
    yield from _fresh_copy(multipage_recognised, tmp_path)


@pytest.fixture
def view(qtbot: QtBot) -> ProofreadView:
    shown = ProofreadView()
    qtbot.addWidget(shown)
    shown.resize(1400, 900)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _word_index(view: ProofreadView, text: str) -> int:
    return next(i for i, word in enumerate(view.words()) if word.text == text)


def _selected(view: ProofreadView) -> str:
    return view.editor.textCursor().selectedText()


def _click_box(qtbot: QtBot, view: ProofreadView, index: int) -> None:
    canvas = view.canvas
    canvas.centerOn(canvas.mapToScene(canvas.box_centre(index)))
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.box_centre(index))


def test_shows_the_machine_text_and_a_box_per_word(
    view: ProofreadView, linn: tuple[Project, int]
) -> None:
    project, item_id = linn
    page = project.pages(item_id)[0]
    words = project.page_words(page["id"])
    view.show_document(project, item_id)
    assert view.editor.toPlainText() == page_plain_text(words)
    assert view.words() == words
    assert view.page_number() == 1
    assert "Page 1 of 1" in view.page_label()
    # Every word's span holds the word.
    text = view.editor.toPlainText()
    assert all(text[s[0] : s[1]] == w.text for w, s in zip(words, view.spans(), strict=True) if s)
    # Uncertain words are shaded in the text.
    uncertain = {view.spans()[i] for i, w in enumerate(words) if w.confidence < LOW_CONFIDENCE}
    shaded = {
        (s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in view.editor.extraSelections()
    }
    assert uncertain and shaded == uncertain
    # Opening a page does not make a correction.
    view.flush()
    assert project.page_correction(page["id"]) is None


def test_clicking_a_box_selects_its_word_and_the_cursor_outlines_the_box(
    qtbot: QtBot, view: ProofreadView, linn: tuple[Project, int]
) -> None:
    project, item_id = linn
    view.show_document(project, item_id)
    index = _word_index(view, "polyphonic")
    word = view.words()[index]
    _click_box(qtbot, view, index)
    assert _selected(view) == "polyphonic"
    assert view.editor.hasFocus()
    outlined = view.canvas.selected_rect()
    assert outlined is not None and outlined.contains(word.left + 1, word.top + 1)
    assert outlined.contains(word.right - 1, word.bottom - 1)

    # Move the text cursor into the page's last word, below the fold: its box is outlined
    # and scrolled to.
    other = len(view.words()) - 1
    visible = view.canvas.mapToScene(view.canvas.viewport().rect()).boundingRect()
    assert not visible.contains(view.words()[other].left, view.words()[other].top)
    span = view.spans()[other]
    assert span is not None
    cursor = view.editor.textCursor()
    cursor.setPosition(span[0] + 2)
    view.editor.setTextCursor(cursor)
    outlined = view.canvas.selected_rect()
    target = view.words()[other]
    assert outlined is not None and outlined.contains(target.left + 1, target.top + 1)
    visible = view.canvas.mapToScene(view.canvas.viewport().rect()).boundingRect()
    assert visible.contains(outlined)


def test_a_correction_is_saved_and_undone(
    qtbot: QtBot, view: ProofreadView, linn: tuple[Project, int]
) -> None:
    project, item_id = linn
    page_id = project.pages(item_id)[0]["id"]
    machine_words = project.page_words(page_id)
    machine_text = page_plain_text(machine_words)
    view.show_document(project, item_id)
    index = _word_index(view, "polyphonic")
    _click_box(qtbot, view, index)
    statuses: list[str] = []
    view.status.connect(statuses.append)
    qtbot.keyClicks(view.editor, "polyfonic")  # replaces the selected word
    corrected = machine_text.replace("polyphonic", "polyfonic", 1)
    assert view.editor.toPlainText() == corrected
    qtbot.waitUntil(lambda: project.page_correction(page_id) == corrected, timeout=SAVE_TIMEOUT_MS)
    assert statuses[-1] == "Saved"
    assert project.page_words(page_id) == machine_words  # machine words kept apart
    # The word's span followed the edit, and the next words moved with it.
    span = view.spans()[index]
    assert span is not None and corrected[span[0] : span[1]] == "polyfonic"
    assert all(
        corrected[s[0] : s[1]] == w.text
        for w, s in zip(machine_words, view.spans(), strict=True)
        if s and w is not machine_words[index]
    )

    # Ctrl+Z in the text undoes the typing; the machine text is saved back.
    while view.editor.toPlainText() != machine_text and view.editor.document().isUndoAvailable():
        qtbot.keyClick(view.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.editor.toPlainText() == machine_text
    qtbot.waitUntil(
        lambda: project.page_correction(page_id) == machine_text, timeout=SAVE_TIMEOUT_MS
    )
    assert view.spans()[index] == (
        machine_text.index("polyphonic"),
        machine_text.index("polyphonic") + 10,
    )

    while view.editor.document().isRedoAvailable():
        view.redo()
    assert view.editor.toPlainText() == corrected
    qtbot.waitUntil(lambda: project.page_correction(page_id) == corrected, timeout=SAVE_TIMEOUT_MS)

    # Shown again later, the correction is what the page shows, with its words found.
    view.show_document(project, item_id)
    assert view.editor.toPlainText() == corrected
    span = view.spans()[index]
    assert span is not None and corrected[span[0] : span[1]] == "polyfonic"


def test_flush_saves_at_once(qtbot: QtBot, view: ProofreadView, linn: tuple[Project, int]) -> None:
    project, item_id = linn
    page_id = project.pages(item_id)[0]["id"]
    view.show_document(project, item_id)
    view.editor.moveCursor(view.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(view.editor, " [end]")
    view.flush()
    assert (project.page_correction(page_id) or "").endswith(" [end]")


def test_f3_goes_from_uncertain_word_to_uncertain_word(
    qtbot: QtBot, view: ProofreadView, linn: tuple[Project, int]
) -> None:
    project, item_id = linn
    view.show_document(project, item_id)
    words, spans = view.words(), view.spans()
    uncertain = sorted(
        (s[0], i)
        for i, (w, s) in enumerate(zip(words, spans, strict=True))
        if s and w.confidence < LOW_CONFIDENCE
    )
    assert len(uncertain) >= 2
    view.editor.setFocus()
    qtbot.keyClick(view.editor, Qt.Key.Key_F3)
    first = uncertain[0][1]
    assert _selected(view) == words[first].text
    assert view.editor.textCursor().selectionStart() == uncertain[0][0]
    outlined = view.canvas.selected_rect()
    assert outlined is not None and outlined.contains(words[first].left + 1, words[first].top + 1)
    qtbot.keyClick(view.editor, Qt.Key.Key_F3)
    assert view.editor.textCursor().selectionStart() == uncertain[1][0]
    qtbot.keyClick(view.editor, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert view.editor.textCursor().selectionStart() == uncertain[0][0]
    # Before the first, Shift+F3 goes round to the last.
    qtbot.keyClick(view.editor, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert view.editor.textCursor().selectionStart() == uncertain[-1][0]


def test_zoom(view: ProofreadView, linn: tuple[Project, int], qtbot: QtBot) -> None:
    project, item_id = linn
    view.show_document(project, item_id)
    fitted = view.canvas.scale_factor()
    # Fitted to the width: the page (and its margins) fills the view across.
    width = view.canvas.sceneRect().width() * fitted
    assert abs(width - view.canvas.viewport().width()) <= 2
    view.zoom_in()
    assert view.canvas.scale_factor() == pytest.approx(fitted * 1.25)
    qtbot.keyClick(view.editor, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.canvas.scale_factor() == pytest.approx(fitted)
    view.zoom_out()
    view.zoom_fit()
    assert view.canvas.scale_factor() == pytest.approx(fitted)
    # Ctrl+wheel zooms; the wheel alone scrolls.
    viewport = view.canvas.viewport()
    scroll = view.canvas.verticalScrollBar()

    def turn_wheel(degrees: int, modifiers: Qt.KeyboardModifier) -> None:
        centre = QPointF(viewport.rect().center())
        wheel = QWheelEvent(
            centre,
            QPointF(viewport.mapToGlobal(centre)),
            QPoint(0, 0),
            QPoint(0, degrees * 8),  # in eighths of a degree
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(viewport, wheel)

    turn_wheel(15, Qt.KeyboardModifier.ControlModifier)
    assert view.canvas.scale_factor() == pytest.approx(fitted * 1.25)
    before = scroll.value()
    turn_wheel(-15, Qt.KeyboardModifier.NoModifier)
    assert view.canvas.scale_factor() == pytest.approx(fitted * 1.25)
    assert scroll.value() > before


def test_a_document_not_recognised_says_so(view: ProofreadView, project: Project) -> None:
    item_id, _ = import_file(project, CORPUS / "scans" / "crom.png", "eng")
    view.show_document(project, item_id)
    assert view.message() == (
        "This document has not been recognised yet. Use Run → Recognise text."
    )
    view.next_uncertain()  # nothing to do, and no error
    view.flush()
    assert project.page_correction(project.pages(item_id)[0]["id"]) is None


def test_pages_of_a_multipage_document(
    qtbot: QtBot, view: ProofreadView, multipage: tuple[Project, int]
) -> None:
    project, item_id = multipage
    pages = project.pages(item_id)
    assert len(pages) == 6
    project.reset_page_ocr(pages[0]["id"])  # as if page 1 and 4 were not recognised yet
    project.reset_page_ocr(pages[3]["id"])
    statuses: list[str] = []
    view.status.connect(statuses.append)

    view.show_document(project, item_id)
    assert view.page_number() == 2  # the first recognised page
    assert view.page_label() == "Page 2 of 6"
    assert view.editor.toPlainText() == page_plain_text(project.page_words(pages[1]["id"]))

    qtbot.keyClick(view.editor, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.page_number() == 3 and "Page 3 of 6" in statuses
    page3 = page_plain_text(project.page_words(pages[2]["id"]))
    assert view.editor.toPlainText() == page3
    # An edit is saved when the page changes, without waiting.
    view.editor.moveCursor(view.editor.textCursor().MoveOperation.Start)
    qtbot.keyClicks(view.editor, "Checked. ")
    qtbot.keyClick(view.editor, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert view.page_number() == 2
    assert project.page_correction(pages[2]["id"]) == "Checked. " + page3
    assert project.page_correction(pages[1]["id"]) is None

    view.next_page()
    assert view.editor.toPlainText() == "Checked. " + page3
    view.next_page()
    assert view.page_number() == 4
    assert view.message() == "Page 4 has not been recognised yet. Use Run → Recognise text."
    view.next_page()
    view.next_page()
    assert view.page_number() == 6
    view.next_page()  # the last page: stays
    assert view.page_number() == 6
    assert view.editor.toPlainText() == page_plain_text(project.page_words(pages[5]["id"]))
    view.previous_page()
    view.previous_page()
    view.previous_page()
    view.previous_page()
    assert view.page_number() == 2
    view.previous_page()  # page 1, not recognised, can still be visited
    assert view.page_number() == 1 and view.message().startswith("Page 1 has not")


def test_screenshot(qtbot: QtBot, view: ProofreadView, linn: tuple[Project, int]) -> None:
    project, item_id = linn
    view.show_document(project, item_id)
    view.editor.setFocus()
    while len(_selected(view)) < 3:  # an uncertain word, rather than a bullet
        qtbot.keyClick(view.editor, Qt.Key.Key_F3)
    target = REPO / "docs" / "screenshots" / "proofread.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    assert view.grab().save(str(target))
    assert target.stat().st_size > 10_000
