"""What stops an item from leaving: each reason in words, naming the item.

The two tracks share the gates of consent, rights, embargo and personal data; the open
archive also needs an open licence on every item, since anyone may train on it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .. import redacted
from ..store.project import Project
from .metadata import is_open_license

TRACKS = ("open", "private")


@dataclass(frozen=True)
class Blocker:
    item_id: int
    title: str
    reason: str
    fix: str

    def __str__(self) -> str:
        return f"Item {self.item_id} ({self.title}): {self.reason}"


def _recognised(project: Project, item: dict[str, Any]) -> bool:
    if item["kind"] == "document":
        pages = project.pages(item["id"])
        return bool(pages) and all(page["ocr_status"] == "done" for page in pages)
    recording = project.recording_for_item(item["id"])
    return recording is not None and recording["asr_status"] == "done"


def _personal_data_blockers(project: Project, item: dict[str, Any]) -> list[tuple[str, str]]:
    from ..pii.review import review_state  # the personal-data review of this item

    state = review_state(project, item["id"])
    if not state.scanned:
        return [
            (
                "it has not been searched for personal data.",
                "Run the personal-data scan (quire pii scan) and review what it finds.",
            )
        ]
    if state.proposed:
        return [
            (
                f"{state.proposed} personal-data finding(s) are not reviewed yet.",
                "Accept or reject each finding in the review.",
            )
        ]
    done = redacted.load(project, item["id"])
    if done is None or done.fingerprint != redacted.input_fingerprint(project, item["id"]):
        return [
            (
                "it has changed since it was last redacted (or was never redacted).",
                "Redact it again (quire redact).",
            )
        ]
    if not done.verified:
        return [
            (
                "the check after redaction still found personal data: " + "; ".join(done.problems),
                "Mark the remaining words for redaction, then redact again.",
            )
        ]
    return []


def item_blockers(
    project: Project, item: dict[str, Any], track: str, today: dt.date
) -> list[Blocker]:
    reasons: list[tuple[str, str]] = []
    if not _recognised(project, item):
        verb = "recognised" if item["kind"] == "document" else "transcribed"
        reasons.append((f"it is not {verb} yet.", "Run the recognition first."))
    if not (item["rights"] or "").strip():
        reasons.append(
            (
                "it has no rights statement.",
                "Fill in Rights in the item's details (or: quire meta set ITEM rights=...).",
            )
        )
    if track == "open" and not is_open_license(item["license"]):
        have = item["license"] or "none"
        reasons.append(
            (
                f"the open archive needs an open licence, and its licence is {have}.",
                "Set an open licence such as CC-BY-4.0 or CC0-1.0, or use the private track.",
            )
        )
    consent = item["consent_status"] or "none"
    if item["kind"] == "recording" and consent != "signed":
        reasons.append(
            (
                f"the recording has no signed consent (status: {consent}).",
                "Fill in the signed consent form in the item's details "
                "(or: quire meta set ITEM consent=FORM-REF).",
            )
        )
    if item["embargo"]:
        try:
            embargo = dt.date.fromisoformat(item["embargo"])
        except ValueError:
            embargo = dt.date.max
        if embargo > today:
            reasons.append(
                (
                    f"it is under embargo until {item['embargo']}.",
                    "Leave it out until then.",
                )
            )
    reasons.extend(_personal_data_blockers(project, item))
    return [Blocker(item["id"], item["title"], reason, fix) for reason, fix in reasons]


def blockers(
    project: Project, item_ids: list[int], track: str, today: dt.date | None = None
) -> list[Blocker]:
    today = today or dt.date.today()
    found: list[Blocker] = []
    for item_id in item_ids:
        found.extend(item_blockers(project, project.item(item_id), track, today))
    return found
