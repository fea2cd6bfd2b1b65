"""A summary of a project, for ``quire status`` and the desktop window."""

from __future__ import annotations

from typing import Any

from .store.project import Project


def item_status(project: Project, item: dict[str, Any]) -> str:
    """imported / recognised / corrected / reviewed / ready / failed.

    "reviewed": every personal-data finding decided on the text as it is now; "ready":
    also redacted, with the check after redaction passed, and nothing changed since.
    """
    from . import redacted
    from .pii.review import review_state

    status = project.item_status(item)
    if status not in ("recognised", "corrected"):
        return status
    if not review_state(project, item["id"]).complete:
        return status
    done = redacted.load(project, item["id"])
    if (
        done is not None
        and done.verified
        and done.fingerprint == redacted.input_fingerprint(project, item["id"])
    ):
        return "ready"
    return "reviewed"


def project_status(project: Project) -> dict[str, Any]:
    items = []
    for item in project.items():
        entry: dict[str, Any] = {
            "id": item["id"],
            "kind": item["kind"],
            "title": item["title"],
            "languages": item["languages"] or "",
            "status": item_status(project, item),
            "source": item["source_name"],
            "warnings": [],
        }
        if item["kind"] == "document":
            pages = project.pages(item["id"])
            entry["pages"] = len(pages)
            entry["pages_done"] = sum(p["ocr_status"] == "done" for p in pages)
            entry["pages_failed"] = sum(p["ocr_status"] == "failed" for p in pages)
            confidences = [
                p["ocr_mean_confidence"] for p in pages if p["ocr_mean_confidence"] is not None
            ]
            entry["mean_confidence"] = (
                round(sum(confidences) / len(confidences), 1) if confidences else None
            )
            entry["warnings"] = [
                f"page {p['page_index'] + 1}: {text}"
                for p in pages
                for text in (p["warning"], p["ocr_error"])
                if text
            ]
        else:
            recording = project.recording_for_item(item["id"]) or {}
            entry["duration"] = recording.get("duration") or 0.0
            entry["asr_status"] = recording.get("asr_status")
            entry["language"] = recording.get("language")
            entry["model"] = recording.get("asr_model")
            entry["device"] = recording.get("asr_device")
            entry["segments"] = len(project.transcript(recording["id"])) if recording else 0
            entry["warnings"] = [
                w for w in (recording.get("warning"), recording.get("asr_error")) if w
            ]
        items.append(entry)
    interrupted = [
        {
            "id": job["id"],
            "kind": job["kind"],
            "progress": job["progress"] or 0.0,
            "message": job["message"],
        }
        for job in project.jobs("interrupted")
    ]
    return {
        "project": str(project.folder.resolve()),
        "schema_version": project.schema_version(),
        "items": items,
        "vocabulary": project.vocabulary(),
        "interrupted_jobs": interrupted,
    }
