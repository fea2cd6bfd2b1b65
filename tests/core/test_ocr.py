"""OCR with the real Tesseract on the corpus scans: accuracy, clean-up, resume, cancel."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from desktop.core.capture.importer import import_file
from desktop.core.errors import Cancelled, MissingDependency
from desktop.core.exports import page_plain_text
from desktop.core.ocr.pipeline import OcrOptions, ocr_items
from desktop.core.progress import CancelToken
from desktop.core.store.project import Project
from tests.conftest import kill_ocr_after_pages
from tests.text_metrics import cer

LINN_REFERENCE = (
    Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "scans" / "linn.txt"
).read_text(encoding="utf-8")


def _text(project: Project, item_id: int) -> str:
    return "\n".join(page_plain_text(project.page_words(p["id"])) for p in project.pages(item_id))


@pytest.fixture(scope="module")
def recognised(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Project, dict[str, int]]]:
    """One project with the corpus scans (and a page on its side), recognised once."""
    corpus = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "scans"
    work = tmp_path_factory.mktemp("ocr")
    sideways = work / "linn-sideways.png"
    Image.open(corpus / "linn.png").rotate(90, expand=True).save(sideways, dpi=(300, 300))
    with Project.create(work / "project") as project:
        ids = {
            "linn": import_file(project, corpus / "linn.png", "eng")[0],
            "skew": import_file(project, corpus / "skew.pdf", "eng")[0],
            "sideways": import_file(project, sideways, "eng")[0],
            "francais": import_file(project, corpus / "francais.pdf", "fra")[0],
            "baiona": import_file(project, corpus / "baiona.png", "eus+fra+spa")[0],
        }
        seen: list[float] = []
        report = ocr_items(project, progress=lambda fraction, message: seen.append(fraction))
        assert report.failed == []
        assert report.recognised == 5
        assert seen[-1] == 1.0 and seen == sorted(seen)
        yield project, ids


def test_linn_character_error_rate(recognised: tuple[Project, dict[str, int]]) -> None:
    project, ids = recognised
    rate = cer(LINN_REFERENCE, _text(project, ids["linn"]))
    print(f"linn.png CER {rate:.4f}")
    assert rate <= 0.015


def test_words_have_boxes_confidences_and_structure(
    recognised: tuple[Project, dict[str, int]],
) -> None:
    project, ids = recognised
    (page,) = project.pages(ids["linn"])
    words = project.page_words(page["id"])
    assert len(words) > 600
    first = words[0]
    assert first.text == "The" and 0 < first.confidence <= 100
    assert all(
        w.left >= 0 and w.right <= page["image_width"] and w.bottom <= page["image_height"]
        for w in words
    )
    assert len({w.block for w in words}) > 3  # two columns and headings: several blocks
    assert page["ocr_engine"].startswith("tesseract 5")
    assert page["ocr_mean_confidence"] > 85


def test_skewed_pdf_is_straightened(recognised: tuple[Project, dict[str, int]]) -> None:
    project, ids = recognised
    (page,) = project.pages(ids["skew"])
    assert abs(page["deskew_angle"]) > 0.5
    assert page["image_path"] != page["source_path"]  # the cleaned page is a new file
    straight = cer(LINN_REFERENCE, _text(project, ids["linn"]))
    skewed = cer(LINN_REFERENCE, _text(project, ids["skew"]))
    print(
        f"skew.pdf CER {skewed:.4f} (angle {page['deskew_angle']}) against linn.png {straight:.4f}"
    )
    assert skewed <= straight + 0.005


def test_page_on_its_side_is_turned_upright(recognised: tuple[Project, dict[str, int]]) -> None:
    project, ids = recognised
    (page,) = project.pages(ids["sideways"])
    assert page["rotation"] == 90
    assert (page["image_width"], page["image_height"]) == (2550, 3300)
    assert cer(LINN_REFERENCE, _text(project, ids["sideways"])) <= 0.02


def test_original_and_rendition_are_untouched(recognised: tuple[Project, dict[str, int]]) -> None:
    project, ids = recognised
    (page,) = project.pages(ids["sideways"])
    with Image.open(project.path(page["source_path"])) as rendition:
        assert rendition.size == (3300, 2550)  # still on its side: clean-up wrote a new file


def test_french_diacritics(recognised: tuple[Project, dict[str, int]]) -> None:
    project, ids = recognised
    text = _text(project, ids["francais"])
    for word in ("whisky", "île", "intérieure", "côté", "bûches", "l'âtre", "œuvre"):
        assert word in text


def test_several_languages_on_one_page(recognised: tuple[Project, dict[str, int]]) -> None:
    project, ids = recognised
    text = _text(project, ids["baiona"])
    for place in ("Tarnose", "Mugerre", "Angelu", "BAIONA"):
        assert place in text
    assert project.pages(ids["baiona"])[0]["ocr_languages"] == "eus+fra+spa"


def test_finished_pages_are_skipped_on_a_second_run(
    recognised: tuple[Project, dict[str, int]],
) -> None:
    project, _ = recognised
    again = ocr_items(project)
    assert again.recognised == 0 and again.skipped == 5


def test_missing_language_names_the_package(project: Project, corpus: Path) -> None:
    item_id, _ = import_file(project, corpus / "scans" / "crom.png", "eng")
    project.set_item_metadata(item_id, languages="eng+tlh")
    with pytest.raises(MissingDependency, match="tlh") as caught:
        ocr_items(project)
    assert "apt-get install tesseract-ocr-tlh" in caught.value.hint


def test_page_timeout_fails_that_page_only(project: Project, corpus: Path) -> None:
    slow, _ = import_file(project, corpus / "scans" / "linn.png", "eng")
    report = ocr_items(project, options=OcrOptions(page_timeout=0.2))
    assert report.recognised == 0
    assert "took longer than" in report.failed[0][2]
    assert project.pages(slow)[0]["ocr_status"] == "failed"
    assert ocr_items(project).recognised == 1  # a later run with time enough succeeds


def _tesseract_children() -> list[int]:
    found = subprocess.run(
        ["pgrep", "-P", str(__import__("os").getpid()), "tesseract"], capture_output=True, text=True
    )
    return [int(pid) for pid in found.stdout.split()]


def test_cancel_stops_promptly_and_keeps_finished_pages(project: Project, corpus: Path) -> None:
    import_file(project, corpus / "scans" / "multipage.pdf", "eng")
    token = CancelToken()
    done_at: list[float] = []

    def progress(fraction: float, message: str) -> None:
        if fraction > 0 and not token.cancelled:
            done_at.append(time.monotonic())
            token.cancel()

    with pytest.raises(Cancelled):
        ocr_items(project, progress=progress, cancel=token)
    stopped_after = time.monotonic() - done_at[0]
    assert stopped_after < 2.0, f"took {stopped_after:.1f} s to stop"
    assert _tesseract_children() == []
    states = [p["ocr_status"] for item in project.items() for p in project.pages(item["id"])]
    assert states.count("done") >= 1 and "pending" in states
    rest = ocr_items(project)
    assert rest.recognised == states.count("pending")


def test_killed_run_resumes_where_it_stopped(tmp_path: Path, corpus: Path) -> None:
    folder = tmp_path / "project"
    with Project.create(folder) as project:
        import_file(project, corpus / "scans" / "multipage.pdf", "eng")
    done = kill_ocr_after_pages(folder, 2)
    assert done >= 2, "OCR made no progress before the kill"
    with Project.open(folder) as project:
        assert [j["state"] for j in project.jobs()] == ["interrupted"]
        finished = sum(p["ocr_status"] == "done" for p in project.pages(1))
        report = ocr_items(project)
        assert report.recognised == 6 - finished
        assert all(p["ocr_status"] == "done" for p in project.pages(1))
