"""``quire export-text``: each item's text in the usual formats, corrections preferred.

Documents: ``ITEM.txt`` (the corrected text where a person corrected a page, otherwise
the machine's), ``ITEM.hocr``, ``ITEM.alto.xml`` and a searchable ``ITEM.pdf``.
Recordings: ``ITEM.txt``, ``ITEM.vtt``, ``ITEM.srt`` and ``ITEM.json`` with word timings.
``ITEM`` is the item's number, as ``quire status`` lists it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .exports import (
    document_alto,
    document_hocr,
    page_plain_text,
    transcript_json,
    transcript_plain_text,
    transcript_srt,
    transcript_vtt,
    write_searchable_pdf,
)
from .fileio import atomic_write_text
from .model import PageText
from .progress import ProgressCallback, no_progress
from .store.project import Project


def _document_pages(project: Project, item: dict[str, Any]) -> list[PageText]:
    pages = []
    for page in project.pages(item["id"]):
        if page["ocr_status"] != "done":
            continue
        pages.append(
            PageText(
                image_path=project.path(page["image_path"]),
                width=page["image_width"],
                height=page["image_height"],
                dpi=page["dpi"],
                words=project.page_words(page["id"]),
                language=page["ocr_languages"] or item["languages"] or "eng",
            )
        )
    return pages


def _document_text(project: Project, item: dict[str, Any]) -> str:
    texts = []
    for page in project.pages(item["id"]):
        corrected = project.page_correction(page["id"])
        texts.append(
            corrected if corrected is not None else page_plain_text(project.page_words(page["id"]))
        )
    return "\n\n".join(text.strip() for text in texts) + "\n"


def export_text(
    project: Project,
    outdir: Path,
    item_ids: list[int] | None = None,
    *,
    progress: ProgressCallback = no_progress,
) -> list[Path]:
    items = [project.item(i) for i in item_ids] if item_ids else project.items()
    written: list[Path] = []
    outdir.mkdir(parents=True, exist_ok=True)
    for number, item in enumerate(items):
        key = str(item["id"])
        progress(number / max(len(items), 1), f"Exporting {item['title']}")
        if item["kind"] == "document":
            pages = _document_pages(project, item)
            atomic_write_text(outdir / f"{key}.txt", _document_text(project, item))
            written.append(outdir / f"{key}.txt")
            if pages:
                atomic_write_text(outdir / f"{key}.hocr", document_hocr(pages, item["title"]))
                atomic_write_text(outdir / f"{key}.alto.xml", document_alto(pages, item["title"]))
                write_searchable_pdf(pages, outdir / f"{key}.pdf")
                written += [
                    outdir / f"{key}.hocr",
                    outdir / f"{key}.alto.xml",
                    outdir / f"{key}.pdf",
                ]
        else:
            recording = project.recording_for_item(item["id"])
            if recording is None:
                continue
            segments = project.transcript(recording["id"])
            files = {
                f"{key}.txt": transcript_plain_text(segments),
                f"{key}.vtt": transcript_vtt(segments),
                f"{key}.srt": transcript_srt(segments),
                f"{key}.json": transcript_json(
                    segments,
                    duration=recording["duration"] or 0.0,
                    language=recording["language"],
                    model=recording["asr_model"],
                ),
            }
            for name, text in files.items():
                atomic_write_text(outdir / name, text)
                written.append(outdir / name)
    index = "id\tkind\ttitle\tsource\n" + "".join(
        f"{item['id']}\t{item['kind']}\t{item['title']}\t{item['source_name']}\n" for item in items
    )
    atomic_write_text(outdir / "items.tsv", index)
    written.append(outdir / "items.tsv")
    progress(1.0, f"Exported {len(items)} items")
    return written
