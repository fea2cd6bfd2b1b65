"""Import files and folders into a project.

Each file is checked and decoded before anything is written, so a bad file leaves no
trace. The original is copied under a safe name into ``originals/`` and never touched
again; its SHA-256 is recorded. Pages get a lossless PNG rendition in ``derived/``.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict

from natsort import os_sorted
from PIL import Image, TiffImagePlugin

from ..errors import BadInput, Cancelled, ProjectError, QuireError
from ..fileio import explain_os_error, safe_name, sha256_of
from ..preprocess import measure_skew
from ..progress import CancelToken, ProgressCallback, SubProgress, no_progress
from ..store.project import ORIGINALS, Project
from .audio import AUDIO_SUFFIXES, VIDEO_SUFFIXES, probe_audio
from .images import IMAGE_SUFFIXES, read_image_pages
from .pdf import render_pdf

log = logging.getLogger(__name__)

PDF_SUFFIXES = {".pdf"}
SUPPORTED_SUFFIXES = IMAGE_SUFFIXES | PDF_SUFFIXES | AUDIO_SUFFIXES | VIDEO_SUFFIXES
_LANGUAGES = re.compile(r"^[A-Za-z_]{3,}(\+[A-Za-z_]{3,})*$")


@dataclass
class ImportReport:
    added: list[int] = field(default_factory=list)  # item ids
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # already in the project
    failed: list[tuple[Path, QuireError]] = field(default_factory=list)
    warnings: list[tuple[Path, str]] = field(default_factory=list)


def check_languages(languages: str) -> str:
    """Validate a Tesseract language string such as ``eus+spa+fra``."""
    languages = languages.strip()
    if not _LANGUAGES.match(languages):
        raise BadInput(
            f"'{languages}' is not a list of languages Quire understands.",
            "Use Tesseract's three-letter codes joined by '+', "
            "for example eng, fra+deu or eus+spa.",
        )
    return languages


def collect_files(paths: list[Path]) -> list[Path]:
    """Files to import, in the order given; folders are walked recursively in natural order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = [
                p
                for p in path.rglob("*")
                if p.is_file()
                and not p.name.startswith(".")
                and p.suffix.lower() in SUPPORTED_SUFFIXES
            ]
            files.extend(Path(p) for p in os_sorted(found))
        else:
            files.append(path)
    return files


def import_paths(
    project: Project,
    paths: list[Path],
    languages: str = "eng",
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Import every file under ``paths``; one bad file does not stop the others."""
    cancel = cancel or CancelToken()
    languages = check_languages(languages)
    report = ImportReport()
    files = collect_files(paths)
    for number, path in enumerate(files):
        cancel.raise_if_cancelled()
        step = SubProgress(progress, number / max(len(files), 1), 1 / max(len(files), 1))
        step(0.0, f"Importing {path.name}")
        try:
            item_id, warnings = import_file(project, path, languages, progress=step, cancel=cancel)
        except Cancelled:
            raise
        except _AlreadyImported as duplicate:
            report.skipped.append((path, str(duplicate)))
            continue
        except QuireError as error:
            if isinstance(error, ProjectError):
                raise  # the project itself cannot be written: stop, nothing else will work
            report.failed.append((path, error))
            continue
        report.added.append(item_id)
        report.warnings.extend((path, w) for w in warnings)
    progress(1.0, f"Imported {len(report.added)} of {len(files)} files")
    return report


class _AlreadyImported(Exception):
    pass


def import_file(
    project: Project,
    path: Path,
    languages: str,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> tuple[int, list[str]]:
    """Import one file as one item; returns its id and any warnings."""
    cancel = cancel or CancelToken()
    if not path.exists():
        raise BadInput(f"{path} does not exist.")
    if not path.is_file():
        raise BadInput(f"{path} is not a file.")
    try:
        size = path.stat().st_size
        if size == 0:
            raise BadInput(
                f"{path.name} is empty (0 bytes).", "Copy the file again from its source."
            )
        digest = sha256_of(path)
    except OSError as error:
        raise BadInput(f"{path.name} cannot be read: {error.strerror}.") from error
    existing = project.original_with_sha256(digest)
    if existing:
        raise _AlreadyImported(f"already in the project as item {existing['item_id']}")

    suffix = path.suffix.lower()
    if suffix in AUDIO_SUFFIXES | VIDEO_SUFFIXES:
        return _import_recording(project, path, digest, size, languages, cancel)
    if suffix in PDF_SUFFIXES or suffix in IMAGE_SUFFIXES:
        return _import_document(project, path, digest, size, languages, progress, cancel)
    raise BadInput(
        f"{path.name}: Quire does not know this kind of file ({suffix or 'no extension'}).",
        "Quire imports images (PNG, JPEG, TIFF), PDFs, and audio or video files.",
    )


def _copy_original(project: Project, path: Path, item_id: int) -> str:
    target = project.folder / ORIGINALS / f"{item_id:05d}-{safe_name(path.name)}"
    temp = target.with_name(f".{target.name}.tmp")
    try:
        shutil.copyfile(path, temp)
        os.replace(temp, target)
        os.chmod(target, 0o444)  # originals are never modified
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise explain_os_error(error, target) from error
    return project.relative(target)


def _import_recording(
    project: Project, path: Path, digest: str, size: int, languages: str, cancel: CancelToken
) -> tuple[int, list[str]]:
    info = probe_audio(path, cancel)  # raises BadInput before anything is written
    item_id = project.add_item("recording", path.stem, languages, path.name)
    try:
        relative = _copy_original(project, path, item_id)
        with project.transaction():
            original_id = project.add_original(
                item_id, relative, path.name, digest, size, path.suffix.lower().lstrip(".")
            )
            project.add_recording(
                item_id=item_id,
                original_id=original_id,
                duration=info.duration,
                sample_rate=info.sample_rate,
                channels=info.channels,
                codec=info.codec,
                warning=info.warning,
            )
    except BaseException:
        project.remove_item(item_id)
        raise
    return item_id, [info.warning] if info.warning else []


def _import_document(
    project: Project,
    path: Path,
    digest: str,
    size: int,
    languages: str,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> tuple[int, list[str]]:
    # Render or decode every page into a scratch folder inside the project (same disk, so
    # the final move is a rename), and only then record the item.
    scratch_root = project.derived_dir()
    try:
        scratch = Path(tempfile.mkdtemp(prefix=".import-", dir=scratch_root))
    except OSError as error:
        raise explain_os_error(error, scratch_root / ".import") from error
    try:
        pages = _render_pages(path, scratch, progress, cancel)
        item_id = project.add_item("document", path.stem, languages, path.name)
        try:
            relative = _copy_original(project, path, item_id)
            item_dir = project.derived_dir(f"item-{item_id}")
            item_dir.mkdir(parents=True, exist_ok=True)
            _write_thumbnail(pages[0]["path"], item_dir / THUMBNAIL)
            with project.transaction():
                original_id = project.add_original(
                    item_id, relative, path.name, digest, size, path.suffix.lower().lstrip(".")
                )
                for index, page in enumerate(pages):
                    final = item_dir / f"page-{index + 1:04d}.source.png"
                    os.replace(page["path"], final)
                    project.add_page(
                        item_id=item_id,
                        page_index=index,
                        original_id=original_id,
                        source_page=page["source_page"],
                        source_path=project.relative(final),
                        width=page["width"],
                        height=page["height"],
                        dpi=page["dpi"],
                        dpi_assumed=int(page["dpi_assumed"]),
                        text_hint=page["text_hint"],
                        warning=page["warning"],
                        measured_skew=page["measured_skew"],
                    )
        except BaseException:
            project.remove_item(item_id)
            raise
    except OSError as error:
        raise explain_os_error(error, scratch) from error
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    warnings = [f"page {p['source_page'] + 1}: {p['warning']}" for p in pages if p["warning"]]
    return item_id, warnings


class _ScratchPage(TypedDict):
    path: Path
    source_page: int
    width: int
    height: int
    dpi: float
    dpi_assumed: bool
    text_hint: str
    warning: str
    measured_skew: float | None


THUMBNAIL = "thumbnail.png"
_THUMBNAIL_SIZE = (256, 256)


def _write_thumbnail(page: Path, target: Path) -> None:
    """A small picture of the first page, for lists: made once here, not by every viewer."""
    with Image.open(page) as image:
        image.thumbnail(_THUMBNAIL_SIZE)
        small = image.convert("L" if image.mode in ("1", "L") else "RGB")
    small.save(target)


def _render_pages(
    path: Path, scratch: Path, progress: ProgressCallback, cancel: CancelToken
) -> list[_ScratchPage]:
    if path.suffix.lower() in PDF_SUFFIXES:
        return [
            {
                "path": page.path,
                "source_page": page.index,
                "width": page.width,
                "height": page.height,
                "dpi": page.dpi,
                "dpi_assumed": False,
                "text_hint": page.text_hint,
                "warning": page.warning,
                "measured_skew": measure_skew(page.path),
            }
            for page in render_pdf(path, scratch, progress, cancel)
        ]
    pages: list[_ScratchPage] = []
    for page in read_image_pages(path):
        cancel.raise_if_cancelled()
        target = scratch / f"frame-{page.frame:04d}.png"
        page.image.save(target, dpi=(round(page.dpi), round(page.dpi)), compress_level=1)
        pages.append(
            {
                "path": target,
                "source_page": page.frame,
                "width": page.image.width,
                "height": page.image.height,
                "dpi": page.dpi,
                "dpi_assumed": page.dpi_assumed,
                "text_hint": "",
                "warning": page.warning,
                "measured_skew": measure_skew(target),
            }
        )
        progress(0.5, f"{path.name}: page {len(pages)}")
    if not pages:
        raise BadInput(f"{path.name} has no pages.")
    return pages


def import_page_images(
    project: Project,
    pages: list[Path],
    title: str,
    languages: str = "eng",
    *,
    description: str = "",
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> tuple[int, list[str]]:
    """Import page images (fresh scans, say) as ONE document, pages in the order given.

    The pages are joined into one lossless multi-page TIFF, each page keeping its own
    resolution, and that TIFF is imported like any other: it becomes the item's original.
    ``description`` (the scanner and its settings) is recorded inside the TIFF.
    Returns the new item's id and any warnings.
    """
    cancel = cancel or CancelToken()
    languages = check_languages(languages)
    if not pages:
        raise BadInput("There are no pages to import.", "Scan or choose at least one page.")
    for page in pages:
        if not page.is_file():
            raise BadInput(f"The page {page} is missing.", "Scan it again.")
    scratch_root = project.derived_dir()
    try:
        scratch = Path(tempfile.mkdtemp(prefix=".pages-", dir=scratch_root))
    except OSError as error:
        raise explain_os_error(error, scratch_root / ".pages") from error
    try:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        joined = scratch / f"scan-{stamp}.tif"
        _join_pages(pages, joined, description, SubProgress(progress, 0.0, 0.3), cancel)
        try:
            item_id, warnings = import_file(
                project,
                joined,
                languages,
                progress=SubProgress(progress, 0.3, 0.7),
                cancel=cancel,
            )
        except _AlreadyImported as duplicate:
            raise BadInput(f"These pages are {duplicate}.") from None
        if title.strip():
            project.set_item_metadata(item_id, title=title.strip())
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    progress(1.0, f"Imported {len(pages)} page{'s' if len(pages) != 1 else ''}")
    return item_id, warnings


def _join_pages(
    pages: list[Path],
    target: Path,
    description: str,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> None:
    """One multi-page TIFF from page images: Deflate (Group 4 for black and white)."""
    when = time.strftime("%Y:%m:%d %H:%M:%S")  # TIFF's own date format
    try:
        with TiffImagePlugin.AppendingTiffWriter(str(target), True) as writer:
            for number, page in enumerate(pages):
                cancel.raise_if_cancelled()
                with Image.open(page) as opened:
                    dpi = opened.info.get("dpi")
                for frame in read_image_pages(page):
                    resolution = round(float(dpi[0])) if dpi else round(frame.dpi)
                    tags: dict[int, str] = {305: "Quire", 306: when}
                    if description:
                        tags[270] = description
                    frame.image.save(
                        writer,
                        format="TIFF",
                        dpi=(resolution, resolution),
                        compression="group4" if frame.image.mode == "1" else "tiff_adobe_deflate",
                        tiffinfo=tags,
                    )
                    writer.newFrame()
                progress((number + 1) / len(pages), f"Page {number + 1} of {len(pages)}")
    except OSError as error:
        target.unlink(missing_ok=True)
        raise explain_os_error(error, target) from error
