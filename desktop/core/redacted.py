"""The redacted rendition of an item: what ``quire redact`` made, and whether it still holds.

``quire redact`` writes, per item, a folder ``derived/redacted/item-<id>/`` with the files
as they will appear in a submission bundle (page images, PDF, ALTO, text, audio,
transcripts), plus ``redacted.json`` describing them. The bundle takes items only from
there, so nothing unredacted can reach it. The fingerprint of what the redaction was made
from (texts and personal-data decisions) tells when an item changed since: then it must be
redacted again before it may leave.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .fileio import atomic_write_text
from .store.project import Project

MANIFEST = "redacted.json"


@dataclass
class RedactedItem:
    item_id: int
    fingerprint: str  # of the inputs at redaction time; see input_fingerprint()
    files: list[str]  # relative to folder(), in the layout they take in a bundle
    text_file: str  # the redacted plain text, one of ``files``
    verified: bool  # OCR / ASR of the redacted files found none of the confirmed values
    problems: list[str] = field(default_factory=list)  # why verification failed
    method: str = "tokens"  # tokens / pseudonyms
    made_at: str = ""
    details: dict[str, Any] = field(default_factory=dict)


def folder(project: Project, item_id: int) -> Path:
    return project.derived_dir("redacted", f"item-{item_id}")


def load(project: Project, item_id: int) -> RedactedItem | None:
    path = folder(project, item_id) / MANIFEST
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        item = RedactedItem(**data)
    except (ValueError, TypeError):
        return None  # a damaged manifest means: redact again
    if not all((path.parent / name).is_file() for name in item.files):
        return None
    return item


def save(project: Project, item: RedactedItem) -> None:
    path = folder(project, item.item_id) / MANIFEST
    atomic_write_text(path, json.dumps(asdict(item), ensure_ascii=False, indent=2) + "\n")


def input_fingerprint(project: Project, item_id: int) -> str:
    """A hash of everything a redaction is made from: text, timings, review decisions."""
    digest = hashlib.sha256()
    item = project.item(item_id)
    digest.update(json.dumps([item["kind"], item["title"]], ensure_ascii=False).encode())
    if item["kind"] == "document":
        for page in project.pages(item_id):
            digest.update(f"page {page['id']} {page['ocr_at']}".encode())
            digest.update((project.page_correction(page["id"]) or "").encode())
    else:
        recording = project.recording_for_item(item_id)
        if recording:
            digest.update(f"recording {recording['id']} {recording['asr_at']}".encode())
            row = project.db.execute(
                "select updated_at from transcript_corrections where recording_id = ?",
                [recording["id"]],
            ).fetchone()
            digest.update(str(row[0] if row else "").encode())
    if "findings" in project.db.table_names():
        for row in project.db.execute(
            "select * from findings where item_id = ? order by id", [item_id]
        ).fetchall():
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()
