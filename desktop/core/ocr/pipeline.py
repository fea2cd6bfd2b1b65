"""OCR of a project's documents: pages in parallel, each saved as soon as it is done.

Pages already recognised are skipped, so a run that was cancelled or killed simply
carries on. One page failing (a timeout, a damaged image) is recorded and the others
go on.
"""

from __future__ import annotations

import functools
import logging
import os
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

from ..errors import Cancelled, ProjectError, QuireError
from ..fileio import atomic_write_bytes
from ..model import OcrWord
from ..preprocess import CleanupOptions, CleanupResult, clean_page, needs_cleaning, read_page
from ..progress import CancelToken, ProgressCallback, no_progress
from ..store.project import Project
from .tesseract import check_languages, detect_rotation, recognise, tesseract_version

log = logging.getLogger(__name__)

# A first reading with fewer confident words than this suggests a page on its side.
_SUSPICIOUS_MEAN_CONFIDENCE = 50.0  # upright text scores 55-95; a page on its side about 35
_MIN_ROTATION_CONFIDENCE = 1.5


@dataclass
class OcrOptions:
    cleanup: CleanupOptions = field(default_factory=CleanupOptions)
    page_timeout: float = 300.0
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    redo: bool = False  # recognise pages again even if already done


@dataclass
class OcrReport:
    recognised: int = 0
    skipped: int = 0
    failed: list[tuple[int, int, str]] = field(default_factory=list)  # item, page number, why


@dataclass
class _PageResult:
    page_id: int
    words: list[OcrWord]
    cleanup: dict[str, Any]


def _quality(words: list[OcrWord]) -> float:
    return sum(w.confidence for w in words if w.confidence > 0 and len(w.text) > 1)


def _mean_confidence(words: list[OcrWord]) -> float:
    scores = [w.confidence for w in words if w.confidence >= 0]
    return sum(scores) / len(scores) if scores else 0.0


def _write_png(path: Path, result: CleanupResult) -> None:
    assert result.image is not None, "only cleaned pages are written"
    ok, encoded = cv2.imencode(".png", result.image, [cv2.IMWRITE_PNG_COMPRESSION, 1])
    if not ok:
        raise QuireError(f"Could not encode the cleaned page {path.name}.")
    atomic_write_bytes(path, encoded.tobytes())


def _process_page(
    project_folder: Path,
    page: dict[str, Any],
    languages: str,
    options: OcrOptions,
    cancel: CancelToken,
) -> _PageResult:
    source = project_folder / page["source_path"]
    cleaned = source.with_name(source.name.replace(".source.png", ".png"))
    measured = page.get("measured_skew")

    @functools.cache
    def image() -> NDArray[np.uint8]:
        return read_page(source)  # decoded only if some clean-up needs the pixels

    def attempt(rotation: int) -> tuple[CleanupResult, Path, list[OcrWord]]:
        if rotation == 0 and not needs_cleaning(options.cleanup, measured):
            # A straight page measured at import goes to Tesseract as it is: not decoded
            # here at all, which keeps Quire as fast as Tesseract alone.
            result = CleanupResult(None, 0, 0.0, None, False)
        else:
            result = clean_page(image(), options.cleanup, rotation, measured)
        # An untouched page is read straight from its rendition: no copy, no re-encoding.
        target = cleaned if result.changed else source
        if result.changed:
            _write_png(cleaned, result)
        cancel.raise_if_cancelled()
        words = recognise(
            target, languages, dpi=page["dpi"], timeout=options.page_timeout, cancel=cancel
        )
        return result, target, words

    result, target, words = attempt(0)
    if options.cleanup.detect_orientation and (
        len(words) < 5 or _mean_confidence(words) < _SUSPICIOUS_MEAN_CONFIDENCE
    ):
        rotation, confidence = detect_rotation(source, timeout=60, cancel=cancel)
        if rotation and confidence >= _MIN_ROTATION_CONFIDENCE:
            turned = attempt(rotation)
            if _quality(turned[2]) > _quality(words):
                result, target, words = turned
            elif result.changed:
                _write_png(cleaned, result)  # put back the first, better reading's image
    if result.image is None:
        width, height = page["width"], page["height"]
    else:
        height, width = result.image.shape[:2]
    return _PageResult(
        page["id"],
        words,
        {
            "image_path": target.relative_to(project_folder).as_posix(),
            "image_width": width,
            "image_height": height,
            "rotation": result.rotation,
            "deskew_angle": result.deskew_angle,
            "crop_box": ",".join(map(str, result.crop_box)) if result.crop_box else None,
            "binarized": int(result.binarized),
        },
    )


def pages_to_recognise(
    project: Project, item_ids: list[int] | None, redo: bool
) -> tuple[list[tuple[dict[str, Any], dict[str, Any]]], int]:
    """The pages to recognise, and how many of the chosen items' pages are already done."""
    pages = [
        (item, page)
        for item in project.select_items("document", item_ids)
        for page in project.pages(item["id"])
    ]
    work = [(item, page) for item, page in pages if redo or page["ocr_status"] != "done"]
    return work, len(pages) - len(work)


def ocr_items(
    project: Project,
    item_ids: list[int] | None = None,
    options: OcrOptions | None = None,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> OcrReport:
    options = options or OcrOptions()
    cancel = cancel or CancelToken()
    report = OcrReport()
    engine = tesseract_version()
    work, report.skipped = pages_to_recognise(project, item_ids, options.redo)
    for languages in {item["languages"] for item, _ in work}:
        check_languages(languages)
    total = len(work)
    if total == 0:
        progress(1.0, "Every page is already recognised")
        return report
    progress(0.0, f"Recognising {total} pages")
    done = 0
    # Largest pages first, so that one big page does not run alone at the end while the
    # other cores sit idle.
    work.sort(key=lambda pair: -(pair[1]["width"] or 0) * (pair[1]["height"] or 0))
    with ThreadPoolExecutor(max_workers=max(1, options.workers)) as pool:
        pending: dict[Future[_PageResult], tuple[dict[str, Any], dict[str, Any]]] = {
            pool.submit(_process_page, project.folder, page, item["languages"], options, cancel): (
                item,
                page,
            )
            for item, page in work
        }
        try:
            while pending:
                finished, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                cancel.raise_if_cancelled()
                for future in finished:
                    item, page = pending.pop(future)
                    page_label = f"{item['title']} page {page['page_index'] + 1}"
                    try:
                        result = future.result()
                    except (Cancelled, ProjectError):
                        raise  # a full disk or unwritable project stops the job, not one page
                    except QuireError as error:
                        project.mark_page_failed(page["id"], str(error))
                        report.failed.append((item["id"], page["page_index"] + 1, str(error)))
                        log.warning("OCR failed on %s: %s", page_label, error)
                    else:
                        project.save_ocr(
                            result.page_id,
                            result.words,
                            cleanup=result.cleanup,
                            languages=item["languages"],
                            engine=engine,
                        )
                        report.recognised += 1
                    done += 1
                    progress(done / total, f"Recognised {page_label} ({done} of {total})")
        except BaseException:
            cancel.cancel()  # running pages stop their Tesseract at once
            for future in pending:
                future.cancel()
            raise
    return report
