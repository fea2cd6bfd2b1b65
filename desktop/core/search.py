"""Finding items by their text: titles, metadata, recognised and corrected text.

A recording's corrected transcript is searched beside the machine's, speakers' names
included, as a page's corrected text is beside its OCR words.
"""

from __future__ import annotations

from .store.project import Project


def _casefold(text: str | None) -> str | None:
    return text.casefold() if text else text


def search_items(project: Project, query: str) -> list[int]:
    """Ids of the items in which every word of ``query`` occurs (any case), in item order."""
    terms = [term for term in query.casefold().split() if term]
    if not terms:
        return [item["id"] for item in project.items()]
    # SQLite's own lower() folds ASCII letters only; Þ, É or Ŵ need Python's casefold.
    project.db.conn.create_function("casefold", 1, _casefold, deterministic=True)
    matches: set[int] | None = None
    for term in terms:
        like = f"%{term}%"
        found = {
            row[0]
            for row in project.db.execute(
                """
                select id from items
                 where casefold(coalesce(title, '') || ' ' || coalesce(creator, '') || ' ' ||
                             coalesce(place, '') || ' ' || coalesce(notes, '')) like ?
                union select pages.item_id from ocr_words join pages on pages.id = page_id
                 where casefold(ocr_words.text) like ?
                union select pages.item_id from page_corrections join pages on pages.id = page_id
                 where casefold(page_corrections.text) like ?
                union select recordings.item_id from segments
                  join recordings on recordings.id = recording_id
                 where casefold(segments.text) like ?
                union select recordings.item_id from transcript_corrections
                  join recordings on recordings.id = recording_id,
                       json_each(transcript_corrections.segments_json) as segment
                 where casefold(coalesce(json_extract(segment.value, '$.text'), '') || ' ' ||
                                coalesce(json_extract(segment.value, '$.speaker'), '')) like ?
                """,
                [like, like, like, like, like],
            )
        }
        matches = found if matches is None else matches & found
    # SQLite's casefold() folds ASCII only; check other letters (Þ, É...) with Python's casefold.
    return [item["id"] for item in project.items() if item["id"] in (matches or set())]
