"""The project database's schema, as a list of migrations.

``MIGRATIONS[n]`` takes a database at schema version ``n`` to ``n + 1``. A new project
runs them all; an older project runs the ones it lacks (after a backup copy is made).
Never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from sqlite_utils import Database


def _v1_initial(db: Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.table("items").create(
        {
            "id": int,
            "kind": str,  # "document" or "recording"
            "title": str,
            "date": str,
            "creator": str,
            "place": str,
            "languages": str,  # Tesseract codes joined by "+", e.g. "eus+spa"
            "rights": str,
            "notes": str,
            "source_name": str,  # the file name it was imported from
            "created_at": str,
        },
        pk="id",
        not_null={"kind", "title", "created_at"},
    )
    db.table("originals").create(
        {
            "id": int,
            "item_id": int,
            "path": str,  # relative to the project folder, under originals/
            "original_name": str,
            "sha256": str,
            "size": int,
            "format": str,
            "imported_at": str,
        },
        pk="id",
        foreign_keys=[("item_id", "items", "id")],
    )
    db.table("pages").create(
        {
            "id": int,
            "item_id": int,
            "page_index": int,  # 0-based order within the item
            "original_id": int,
            "source_page": int,  # page or frame number within the original file
            "source_path": str,  # lossless rendition of the original page (derived/)
            "width": int,
            "height": int,
            "dpi": float,
            "dpi_assumed": int,  # 1 when the file did not say and Quire assumed one
            "text_hint": str,  # a PDF page's own text layer, if it had one
            "warning": str,
            # Clean-up applied; the cleaned image is what OCR sees and what word boxes refer to.
            "image_path": str,
            "image_width": int,
            "image_height": int,
            "rotation": int,
            "deskew_angle": float,
            "crop_box": str,
            "binarized": int,
            # Machine OCR state.
            "ocr_status": str,  # pending / done / failed
            "ocr_error": str,
            "ocr_languages": str,
            "ocr_engine": str,
            "ocr_mean_confidence": float,
            "ocr_at": str,
        },
        pk="id",
        foreign_keys=[("item_id", "items", "id"), ("original_id", "originals", "id")],
    )
    db.table("ocr_words").create(
        {
            "id": int,
            "page_id": int,
            "seq": int,
            "block": int,
            "paragraph": int,
            "line": int,
            "word": int,
            "left": int,
            "top": int,
            "width": int,
            "height": int,
            "confidence": float,
            "text": str,
        },
        pk="id",
        foreign_keys=[("page_id", "pages", "id")],
    )
    db.table("ocr_words").create_index(["page_id", "seq"])
    # Human corrections live apart from machine output so that quality can be measured.
    db.table("page_corrections").create(
        {"page_id": int, "text": str, "words_json": str, "author": str, "updated_at": str},
        pk="page_id",
        foreign_keys=[("page_id", "pages", "id")],
    )
    db.table("recordings").create(
        {
            "id": int,
            "item_id": int,
            "original_id": int,
            "duration": float,
            "sample_rate": int,
            "channels": int,
            "codec": str,
            "warning": str,
            "asr_status": str,  # pending / running / done / failed
            "asr_error": str,
            "asr_model": str,
            "asr_device": str,
            "asr_settings": str,  # JSON; a change of settings restarts instead of resuming
            "language": str,  # main language detected, ISO 639-1
            "asr_at": str,
        },
        pk="id",
        foreign_keys=[("item_id", "items", "id"), ("original_id", "originals", "id")],
    )
    db.table("segments").create(
        {
            "id": int,
            "recording_id": int,
            "seq": int,
            "start": float,
            "end": float,
            "text": str,
            "language": str,
            "speaker": str,
            "words_json": str,  # [[word, start, end, probability], ...]
        },
        pk="id",
        foreign_keys=[("recording_id", "recordings", "id")],
    )
    db.table("segments").create_index(["recording_id", "seq"])
    db.table("transcript_corrections").create(
        {"recording_id": int, "segments_json": str, "author": str, "updated_at": str},
        pk="recording_id",
        foreign_keys=[("recording_id", "recordings", "id")],
    )
    db.table("jobs").create(
        {
            "id": int,
            "kind": str,  # ocr / transcribe
            "item_id": int,
            "state": str,  # running / done / failed / cancelled / interrupted
            "progress": float,
            "message": str,
            "error": str,
            "pid": int,
            "started_at": str,
            "finished_at": str,
        },
        pk="id",
    )


def _v2_vocabulary(db: Database) -> None:
    # Project vocabulary (place names, family names, local terms) given to the recogniser.
    db.table("vocabulary").create({"word": str, "added_at": str}, pk="word")
    db.table("items").create_index(["kind"])
    db.table("pages").create_index(["item_id", "page_index"])


def _v3_measured_skew(db: Database) -> None:
    # The skew measured at import, so that OCR can skip decoding pages that are straight.
    # Pages imported before this stay NULL and are measured when recognised.
    db.table("pages").add_column("measured_skew", float)


def _v4_interview_and_rights(db: Database) -> None:
    # Oral-history interviews and the submission bundle need who spoke, who asked, what
    # the person consented to, and under which licence and embargo an item may leave.
    items = db.table("items")
    for column in (
        "narrator",
        "interviewer",
        "consent_status",  # none / pending / signed / refused
        "consent_ref",  # reference of the signed form
        "consent_terms",
        "license",  # SPDX identifier, e.g. CC-BY-4.0
        "embargo",  # ISO date before which the item may not leave
    ):
        items.add_column(column, str)


def _v5_personal_data(db: Database) -> None:
    # People the project knows (from item metadata, or added by staff), searched for in
    # every text; what the detector found, for review; and the ledger of what was removed.
    db.table("people").create(
        {
            "id": int,
            "name": str,
            "role": str,  # creator / narrator / interviewer / staff / confirmed
            "item_id": int,  # the item the name came from, if any
            "added_at": str,
        },
        pk="id",
        not_null={"name", "added_at"},
    )
    db.table("people").create_index(["name"], unique=True)
    db.table("findings").create(
        {
            "id": int,
            "item_id": int,
            "page_id": int,  # for a document: the page whose text was analysed
            "recording_id": int,  # for a recording
            "kind": str,  # PERSON, ADDRESS, PHONE, EMAIL, ID_NUMBER, IBAN, CARD, ...
            "start": int,  # character offsets into the text analysed
            "end": int,
            "value": str,  # the text found, for review; never leaves the project
            "value_hash": str,  # salted SHA-256 of the folded value (see the ledger)
            "text_source": str,  # corrected / machine: which text the offsets refer to
            "boxes_json": str,  # [[left, top, width, height], ...] on the page image
            "time_start": float,  # seconds, in the recording
            "time_end": float,
            "score": float,
            "detector": str,
            "status": str,  # proposed / confirmed / rejected
            # 1 when a decided finding's value is no longer in the text (corrected away);
            # its offsets are then those of the text it was decided on.
            "stale": int,
            "decided_by": str,
            "decided_at": str,
            "found_at": str,
        },
        pk="id",
        not_null={"item_id", "kind", "start", "end", "status"},
        foreign_keys=[
            ("item_id", "items", "id"),
            ("page_id", "pages", "id"),
            ("recording_id", "recordings", "id"),
        ],
    )
    db.table("findings").create_index(["item_id", "status"])
    db.table("findings").create_index(["value_hash"])
    # No personal data here: only a salted hash of each value removed, so the bundle can
    # prove what was redacted without saying it.
    db.table("redaction_ledger").create(
        {
            "id": int,
            "kind": str,
            "item_id": int,
            "location": str,  # page 2, words 14-15 / 00:01:02.5-00:01:03.1 / metadata field
            "method": str,  # token / pseudonym / box / tone / silence / metadata-removed
            "who": str,
            "at": str,
            "value_hash": str,
        },
        pk="id",
        foreign_keys=[("item_id", "items", "id")],
    )
    db.table("meta").insert({"key": "pii_salt", "value": secrets.token_hex(16)}, replace=True)


def _v6_pii_scans(db: Database) -> None:
    # Which text of each page or recording was scanned for personal data, so that a text
    # corrected after its scan is scanned again before anything leaves.
    db.table("pii_scans").create(
        {"unit": str, "item_id": int, "text_hash": str, "scanned_at": str}, pk="unit"
    )
    db.table("pii_scans").create_index(["item_id"])


MIGRATIONS: list[Callable[[Database], None]] = [
    _v1_initial,
    _v2_vocabulary,
    _v3_measured_skew,
    _v4_interview_and_rights,
    _v5_personal_data,
    _v6_pii_scans,
]
SCHEMA_VERSION = len(MIGRATIONS)
