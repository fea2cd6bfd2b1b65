"""Staff's review of personal-data findings: state per item, decisions, manual marks.

An item's review is complete when its current text was scanned (a text corrected after
the scan must be scanned again) and no finding is still only proposed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import ProjectError
from ..store.project import Project, now
from . import store
from .store import salt as salt  # re-exported for the bundle

MANUAL = "manual"


@dataclass(frozen=True)
class ReviewState:
    scanned: bool  # every text of the item scanned as it is now
    proposed: int
    confirmed: int
    rejected: int

    @property
    def complete(self) -> bool:
        return self.scanned and self.proposed == 0


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def unit_key(page_id: int | None, recording_id: int | None) -> str:
    return f"page:{page_id}" if page_id is not None else f"recording:{recording_id}"


def mark_scanned(
    project: Project, item_id: int, page_id: int | None, recording_id: int | None, text: str
) -> None:
    """Remember that this text was scanned as it is; called by the scan."""
    with project.transaction():
        project.db.table("pii_scans").insert(
            {
                "unit": unit_key(page_id, recording_id),
                "item_id": item_id,
                "text_hash": text_hash(text),
                "scanned_at": now(),
            },
            replace=True,
        )


def review_state(project: Project, item_id: int) -> ReviewState:
    from .scan import item_texts

    item = project.item(item_id)
    scans = {
        row["unit"]: row["text_hash"]
        for row in project.db["pii_scans"].rows_where("item_id = ?", [item_id])
    }
    units = item_texts(project, item)
    scanned = bool(units) and all(
        scans.get(unit_key(u.page_id, u.recording_id)) == text_hash(u.text) for u in units
    )
    counts = dict(
        project.db.execute(
            "select status, count(*) from findings where item_id = ? group by status", [item_id]
        ).fetchall()
    )
    return ReviewState(
        scanned,
        int(counts.get("proposed", 0)),
        int(counts.get("confirmed", 0)),
        int(counts.get("rejected", 0)),
    )


def decide(project: Project, finding_ids: Sequence[int], accept: bool, who: str = "") -> None:
    store.set_status(project, finding_ids, "confirmed" if accept else "rejected", who)


def accept_all_like(project: Project, finding_id: int, who: str = "") -> list[int]:
    """Confirm every finding still proposed with the same kind and value, project-wide."""
    row = project.db.table("findings").get(finding_id)
    ids = [
        r[0]
        for r in project.db.execute(
            "select id from findings where value_hash = ? and kind = ? and "
            "(status = 'proposed' or id = ?)",
            [row["value_hash"], row["kind"], finding_id],
        )
    ]
    store.set_status(project, ids, "confirmed", who)
    return ids


def add_manual_finding(
    project: Project,
    item_id: int,
    *,
    kind: str = "PERSON",
    page_id: int | None = None,
    recording_id: int | None = None,
    boxes: Sequence[Sequence[float]] = (),
    span: tuple[int, int] | None = None,
    value: str = "",
    time_span: tuple[float, float] | None = None,
    who: str = "",
) -> int:
    """A redaction staff marked by hand: a box on a page, words, or a time span."""
    if (page_id is None) == (recording_id is None):
        raise ProjectError("A manual mark belongs to one page or one recording.")
    if not boxes and span is None and time_span is None:
        raise ProjectError("A manual mark needs a box, some words or a time span.")
    if time_span is not None and not 0 <= time_span[0] < time_span[1]:
        raise ProjectError("A marked time span must start before it ends.")
    start, end = span or (0, 0)
    import json

    table = project.db.table("findings")
    with project.transaction():
        table.insert(
            {
                "item_id": item_id,
                "page_id": page_id,
                "recording_id": recording_id,
                "kind": kind,
                "start": start,
                "end": end,
                "value": value,
                "value_hash": store.value_hash(salt(project), value) if value else "",
                "text_source": "manual",
                "boxes_json": json.dumps([[int(v) for v in box] for box in boxes]),
                "time_start": time_span[0] if time_span else None,
                "time_end": time_span[1] if time_span else None,
                "score": 1.0,
                "detector": MANUAL,
                "status": "confirmed",
                "decided_by": who,
                "decided_at": now(),
                "found_at": now(),
            }
        )
    return int(table.last_pk)  # type: ignore[arg-type]


def remove_manual_finding(project: Project, finding_id: int) -> None:
    row = project.db.table("findings").get(finding_id)
    if row["detector"] != MANUAL:
        raise ProjectError("Only marks made by hand can be removed; reject a finding instead.")
    with project.transaction():
        project.db.table("findings").delete(finding_id)


def project_queue(project: Project) -> list[dict[str, Any]]:
    """Every finding still to decide, across the project, with its item's title."""
    return [
        dict(row)
        for row in project.db.query(
            "select findings.*, items.title as item_title from findings "
            "join items on items.id = findings.item_id where status = 'proposed' "
            "order by item_id, page_id, recording_id, start"
        )
    ]


def ledger_rows(project: Project, item_ids: Sequence[int]) -> list[dict[str, Any]]:
    """The redaction ledger of these items, as it goes into a bundle: no values."""
    wanted = set(item_ids)
    rows = []
    for row in store.ledger(project):
        if row["item_id"] not in wanted:
            continue
        rows.append(
            {
                "item": f"item-{row['item_id']:05d}",
                "kind": row["kind"],
                "where": row["location"],
                "method": row["method"],
                "who": row["who"],
                "when": row["at"],
                "value_sha256_salted": row["value_hash"],
            }
        )
    return rows
