"""Scanning a whole project for personal data, and accepting what was found.

Each page is analysed on its own (the corrected text, else the machine text), each
recording as one text (the corrected transcript, else the machine one). A finding keeps
its character span in that text, the boxes of the OCR words it covers, or the time span
of the spoken words it covers.

A scan may be run again at any time: what staff decided (confirmed or rejected) stays,
moved to where the same value now lies if the text was corrected since (or marked stale
if the correction removed it); only proposals are replaced.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..correction import align_words, word_spans
from ..model import Segment, TimedWord
from ..progress import CancelToken, ProgressCallback, no_progress
from ..store.project import Project, now
from . import store
from .engine import Span, detect, merge
from .people import NameFinder
from .recognizers import PERSON, find_spoken_numbers
from .review import mark_scanned

log = logging.getLogger(__name__)


@dataclass
class TextUnit:
    """One text analysed: a page or a recording, with what places its characters."""

    item_id: int
    text: str
    language: str
    source: str  # corrected / machine
    page_id: int | None = None
    recording_id: int | None = None
    # Each OCR word's span in the text and its box; or each spoken word's span and times.
    word_places: list[tuple[tuple[int, int], tuple[float, float, float, float]]] = field(
        default_factory=list
    )

    def place(self, start: int, end: int) -> dict[str, Any]:
        covered = [box for (s, e), box in self.word_places if s < end and start < e]
        if self.page_id is not None:
            return {"boxes_json": json.dumps([[int(v) for v in box] for box in covered])}
        if not covered:
            return {"time_start": None, "time_end": None}
        return {
            "time_start": min(box[0] for box in covered),
            "time_end": max(box[1] for box in covered),
        }


@dataclass
class ScanReport:
    texts: int = 0
    proposed: int = 0  # new proposals made by this scan
    kept: int = 0  # decisions kept from before
    by_kind: dict[str, int] = field(default_factory=dict)


# ----- the texts of a project ----------------------------------------------------------


def item_texts(project: Project, item: dict[str, Any]) -> list[TextUnit]:
    if item["kind"] == "document":
        return [_page_text(project, item, page) for page in project.pages(item["id"])]
    recording = project.recording_for_item(item["id"])
    return [_recording_text(project, item, recording)] if recording else []


def _page_text(project: Project, item: dict[str, Any], page: dict[str, Any]) -> TextUnit:
    words = project.page_words(page["id"])
    corrected = project.page_correction(page["id"])
    spans: Sequence[tuple[int, int] | None]
    if corrected is not None:
        text, source = corrected, "corrected"
        spans = align_words(words, corrected)
    else:
        text, spans = word_spans(words)
        source = "machine"
    places = [
        (span, (float(w.left), float(w.top), float(w.width), float(w.height)))
        for w, span in zip(words, spans, strict=True)
        if span is not None and span[1] > span[0]
    ]
    return TextUnit(
        item_id=item["id"],
        text=text,
        language=page["ocr_languages"] or item["languages"] or "eng",
        source=source,
        page_id=page["id"],
        word_places=places,
    )


def _segments(project: Project, recording_id: int) -> tuple[list[Segment], str]:
    row = project.db.execute(
        "select segments_json from transcript_corrections where recording_id = ?",
        [recording_id],
    ).fetchone()
    if row is None:
        return project.segments(recording_id), "machine"
    return [
        Segment(
            start=s["start"],
            end=s["end"],
            text=s["text"],
            language=s.get("language"),
            words=[TimedWord(*w) for w in s.get("words", [])],
        )
        for s in json.loads(row[0])
    ], "corrected"


def _recording_text(project: Project, item: dict[str, Any], recording: dict[str, Any]) -> TextUnit:
    segments, source = _segments(project, recording["id"])
    pieces: list[str] = []
    places: list[tuple[tuple[int, int], tuple[float, float, float, float]]] = []
    offset = 0
    for segment in segments:
        text = " ".join(segment.text.split())
        cursor = 0
        for word in segment.words:
            token = word.text.strip()
            at = text.find(token, cursor) if token else -1
            if at < 0:
                continue
            cursor = at + len(token)
            places.append(((offset + at, offset + cursor), (word.start, word.end, 0.0, 0.0)))
        pieces.append(text)
        offset += len(text) + 1
    languages = [s.language for s in segments if s.language]
    language = (
        max(set(languages), key=languages.count)
        if languages
        else recording["language"] or item["languages"] or "eng"
    )
    return TextUnit(
        item_id=item["id"],
        text="\n".join(pieces),
        language=language,
        source=source,
        recording_id=recording["id"],
        word_places=places,
    )


# ----- scanning ------------------------------------------------------------------------


def known_names(project: Project) -> list[str]:
    """The people the project knows, and every name confirmed in a finding."""
    confirmed = [
        row[0]
        for row in project.db.execute(
            "select distinct value from findings where kind = ? and status = 'confirmed'",
            [PERSON],
        )
    ]
    return [*store.people_names(project), *confirmed]


def find_in(unit: TextUnit, names: NameFinder) -> list[Span]:
    spans = [*detect(unit.text, unit.language), *names.find(unit.text)]
    if unit.recording_id is not None:
        spans += [
            Span(f.start, f.end, f.kind, f.score, f.detector)
            for f in find_spoken_numbers(unit.text)
        ]
    return merge(spans)


def scan_project(
    project: Project,
    item_ids: Sequence[int] | None = None,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> ScanReport:
    """Find personal data in every page and recording (or those of ``item_ids``)."""
    store.people_from_metadata(project)
    items = [project.item(i) for i in item_ids] if item_ids else project.items()
    names = NameFinder(known_names(project))
    project_salt = store.salt(project)
    report = ScanReport()
    units = [unit for item in items for unit in item_texts(project, item)]
    for index, unit in enumerate(units):
        if cancel:
            cancel.raise_if_cancelled()
        title = project.item(unit.item_id)["title"]
        progress(index / max(len(units), 1), f"{title}")
        spans = find_in(unit, names)
        _save(project, unit, spans, project_salt, report)
        mark_scanned(project, unit.item_id, unit.page_id, unit.recording_id, unit.text)
        report.texts += 1
    progress(1.0, "done")
    return report


def _unit_where(unit: TextUnit) -> tuple[str, list[Any]]:
    if unit.page_id is not None:
        return "page_id = ?", [unit.page_id]
    return "recording_id = ?", [unit.recording_id]


def _save(
    project: Project,
    unit: TextUnit,
    spans: Sequence[Span],
    project_salt: str,
    report: ScanReport,
) -> None:
    where, params = _unit_where(unit)
    table = project.db.table("findings")
    with project.transaction():
        decided = list(table.rows_where(f"{where} and status != 'proposed'", params))
        project.db.execute(f"delete from findings where {where} and status = 'proposed'", params)
        for row in decided:
            moved = _relocate(unit, row)
            if moved != {"stale": row["stale"] or 0}:
                table.update(row["id"], moved)
                row.update(moved)
        report.kept += len(decided)
        for span in spans:
            value = unit.text[span.start : span.end]
            hashed = store.value_hash(project_salt, value)
            if any(
                (
                    row["value_hash"] == hashed
                    and row["start"] < span.end
                    and span.start < row["end"]
                )
                or (row["start"] <= span.start and span.end <= row["end"])
                for row in decided
            ):
                continue  # already decided: the same value here, or a span covering it
            table.insert(
                {
                    "item_id": unit.item_id,
                    "page_id": unit.page_id,
                    "recording_id": unit.recording_id,
                    "kind": span.kind,
                    "start": span.start,
                    "end": span.end,
                    "value": value,
                    "value_hash": hashed,
                    "text_source": unit.source,
                    **unit.place(span.start, span.end),
                    "score": span.score,
                    "detector": span.detector,
                    "status": "proposed",
                    "stale": 0,
                    "found_at": now(),
                }
            )
            report.proposed += 1
            report.by_kind[span.kind] = report.by_kind.get(span.kind, 0) + 1


def _relocate(unit: TextUnit, row: dict[str, Any]) -> dict[str, Any]:
    """What changes in a decided finding for the text as it is now: moved to where its
    value lies nearest its old place if the text changed, or marked stale if the value is
    no longer there at all."""
    value = row["value"] or ""
    start, end = row["start"], row["end"]
    if unit.text[start:end] == value and row["text_source"] == unit.source:
        return {"stale": 0}
    occurrences = []
    at = unit.text.find(value)
    while value and at >= 0:
        occurrences.append(at)
        at = unit.text.find(value, at + 1)
    if not occurrences:
        log.info("Finding %s: its value is no longer in the text", row["id"])
        return {"stale": 1}
    nearest = min(occurrences, key=lambda o: abs(o - start))
    return {
        "start": nearest,
        "end": nearest + len(value),
        "text_source": unit.source,
        "stale": 0,
        **unit.place(nearest, nearest + len(value)),
    }


# ----- accepting -----------------------------------------------------------------------


@dataclass
class AcceptReport:
    confirmed: int = 0
    names: list[str] = field(default_factory=list)  # names that joined the known people
    proposed_elsewhere: int = 0  # new proposals for those names in other places


def accept_all(
    project: Project,
    min_score: float = 0.0,
    who: str = "",
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> AcceptReport:
    """Confirm every proposal scoring at least ``min_score``, then propose each newly
    confirmed name wherever else it occurs in the project."""
    ids = [
        row[0]
        for row in project.db.execute(
            "select id from findings where status = 'proposed' and score >= ?", [min_score]
        )
    ]
    report = AcceptReport(confirmed=len(ids))
    report.names = store.set_status(project, ids, "confirmed", who)
    if report.names:
        before = project.db.execute("select count(*) from findings").fetchone()[0]
        scan_project(project, progress=progress, cancel=cancel)
        after = project.db.execute("select count(*) from findings").fetchone()[0]
        report.proposed_elsewhere = max(int(after) - int(before), 0)
    return report
