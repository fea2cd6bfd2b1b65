"""Search over titles, metadata, recognised words, corrections and transcripts."""

from __future__ import annotations

from pathlib import Path

from desktop.core.capture.importer import import_file
from desktop.core.model import OcrWord, Segment
from desktop.core.search import search_items
from desktop.core.store.project import Project


def test_search_finds_items_by_any_of_their_text(project: Project, corpus: Path) -> None:
    letter = import_file(project, corpus / "scans" / "crom.png", "eng")[0]
    page = project.pages(letter)[0]["id"]
    project.save_ocr(
        page,
        [OcrWord("Þórður", 0, 0, 10, 10, 90.0), OcrWord("Reykjavík", 12, 0, 10, 10, 90.0)],
        cleanup={},
        languages="isl",
        engine="test",
    )
    talk = import_file(project, corpus / "audio" / "jfk.flac", "eng")[0]
    recording = project.recording_for_item(talk)
    assert recording is not None
    project.append_segments(recording["id"], [Segment(0.0, 2.0, "Ask not what your country")])
    project.set_item_metadata(talk, place="Washington")

    assert search_items(project, "þÓrÐur") == [letter]  # case folded beyond ASCII
    assert search_items(project, "country") == [talk]
    assert search_items(project, "washington ask") == [talk]  # every word, anywhere
    assert search_items(project, "crom") == [letter]  # the title
    assert search_items(project, "country Þórður") == []
    assert search_items(project, "  ") == [letter, talk]
    project.set_page_correction(page, "Þórður Guðmundsson, Reykjavík")
    assert search_items(project, "guðmundsson") == [letter]
