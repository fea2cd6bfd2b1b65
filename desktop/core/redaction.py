"""``quire redact``: the redacted rendition of every reviewed item, checked after it is made.

For each item whose personal-data review is complete, the confirmed findings are removed
from new files (see ``desktop/core/redacted.py`` for where they go): page images with the
boxes burned in, a searchable PDF and ALTO from the redacted words, the text with tokens
(or pseudonyms), the recording with each span toned out, the transcript with its words
replaced. Then the pages are read again by OCR and the recording transcribed again; any
confirmed value still found fails the item loudly, and it may not leave. The ledger notes
each removal without the value.
"""

from __future__ import annotations

import getpass
import json
import logging
import re
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import redacted
from .errors import QuireError
from .exports import (
    document_alto,
    page_plain_text,
    transcript_json,
    transcript_plain_text,
    transcript_vtt,
)
from .fileio import atomic_write_text
from .model import PageText
from .pii import store
from .pii.review import review_state
from .progress import CancelToken, ProgressCallback, SubProgress, no_progress
from .redact import (
    Pseudonyms,
    RedactedPage,
    TextSpan,
    is_clean,
    redact_audio,
    redact_image,
    redact_segments,
    redact_text,
    redact_words,
    token_for,
    write_redacted_pdf,
)
from .redact.verify import Leak, verify_audio, verify_image
from .store.project import Project, now

log = logging.getLogger(__name__)
METHODS = ("tokens", "pseudonyms")


@dataclass
class RedactReport:
    redacted: list[int] = field(default_factory=list)
    up_to_date: list[int] = field(default_factory=list)
    not_reviewed: list[int] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)  # verification failed


def _who() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def redaction_method(project: Project) -> str:
    """The project's option: "tokens" ([PERSON]) unless staff chose "pseudonyms"."""
    row = project.db.execute("select value from meta where key = 'redaction_method'").fetchone()
    return str(row[0]) if row and row[0] in METHODS else "tokens"


def set_redaction_method(project: Project, method: str) -> None:
    _check_method(method)
    with project.transaction():
        project.db.table("meta").insert({"key": "redaction_method", "value": method}, replace=True)


def _check_method(method: str) -> None:
    if method not in METHODS:
        raise QuireError(f"'{method}' is not a redaction method.", "Use tokens or pseudonyms.")


def _load_pseudonyms(project: Project) -> Pseudonyms:
    """The project's pseudonyms so far, so that a value keeps its "Person 3" from one run to
    the next. The table holds salted hashes only, never a value."""
    row = project.db.execute("select value from meta where key = 'pseudonyms'").fetchone()
    table = json.loads(row[0]) if row and row[0] else {}
    return Pseudonyms.from_table(store.salt(project), table if isinstance(table, dict) else {})


def _save_pseudonyms(project: Project, pseudonyms: Pseudonyms) -> None:
    with project.transaction():
        project.db.table("meta").insert(
            {"key": "pseudonyms", "value": json.dumps(pseudonyms.table, sort_keys=True)},
            replace=True,
        )


def redact_items(
    project: Project,
    item_ids: list[int] | None = None,
    *,
    method: str | None = None,
    again: bool = False,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> RedactReport:
    """Redact the reviewed items (all, or ``item_ids``). ``method`` is "tokens" or
    "pseudonyms"; by default the project's option (``redaction_method``)."""
    method = method or redaction_method(project)
    _check_method(method)
    cancel = cancel or CancelToken()
    items = [project.item(i) for i in item_ids] if item_ids else project.items()
    report = RedactReport()
    pseudonyms = _load_pseudonyms(project) if method == "pseudonyms" else None
    for number, item in enumerate(items):
        cancel.raise_if_cancelled()
        step = SubProgress(progress, number / len(items), 1 / len(items))
        step(0.0, f"Redacting {item['title']}")
        if not review_state(project, item["id"]).complete:
            report.not_reviewed.append(item["id"])
            continue
        fingerprint = redacted.input_fingerprint(project, item["id"])
        done = redacted.load(project, item["id"])
        if (
            not again
            and done is not None
            and done.fingerprint == fingerprint
            and done.method == method
        ):
            report.up_to_date.append(item["id"])
            continue
        result = _redact_item(project, item, fingerprint, method, pseudonyms, step, cancel)
        if pseudonyms is not None:
            _save_pseudonyms(project, pseudonyms)
        if result.verified:
            report.redacted.append(item["id"])
        else:
            report.failed.append((item["id"], "; ".join(result.problems)))
    progress(1.0, "Redacted")
    return report


def _confirmed(project: Project, item_id: int) -> list[dict[str, Any]]:
    return store.findings(project, item_id, "confirmed")


def _redact_item(
    project: Project,
    item: dict[str, Any],
    fingerprint: str,
    method: str,
    pseudonyms: Pseudonyms | None,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> redacted.RedactedItem:
    final = redacted.folder(project, item["id"])
    staging = final.with_name(final.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    findings = _confirmed(project, item["id"])
    values = sorted({f["value"] for f in findings if f["value"] and f["value"].strip()})
    try:
        if item["kind"] == "document":
            files, problems = _redact_document(
                project, item, findings, values, staging, pseudonyms, progress, cancel
            )
        else:
            files, problems = _redact_recording(
                project, item, findings, values, staging, pseudonyms, progress, cancel
            )
        for name in files:
            # Text files carry no hidden fields; images, PDFs and audio may.
            if Path(name).suffix in (".png", ".pdf", ".flac") and not is_clean(staging / name):
                problems.append(f"{name} still carries metadata")
        title = _redacted_title(project, item, pseudonyms)
        result = redacted.RedactedItem(
            item_id=item["id"],
            fingerprint=fingerprint,
            files=sorted(files),
            text_file="text.txt",
            verified=not problems,
            problems=problems,
            method=method,
            made_at=now(),
            details={"title": title, "confirmed": len(findings)},
        )
        atomic_write_text(
            staging / redacted.MANIFEST,
            json.dumps(result.__dict__, ensure_ascii=False, indent=2) + "\n",
        )
        old = final.with_name(final.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if final.exists():
            final.rename(old)
        staging.rename(final)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    _record_ledger(project, item, findings, method)
    if problems:
        log.warning("Redaction of item %s failed its check: %s", item["id"], problems)
    return result


def _text_spans(findings: list[dict[str, Any]], source: str) -> list[TextSpan]:
    return [
        TextSpan(f["start"], f["end"], f["kind"], store.folded_value(f["value"] or ""))
        for f in findings
        if f["text_source"] == source and f["end"] > f["start"]
    ]


def _redact_document(
    project: Project,
    item: dict[str, Any],
    findings: list[dict[str, Any]],
    values: list[str],
    out: Path,
    pseudonyms: Pseudonyms | None,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> tuple[list[str], list[str]]:
    files: list[str] = []
    problems: list[str] = []
    pages_for_pdf: list[RedactedPage] = []
    alto_pages: list[PageText] = []
    texts: list[str] = []
    pages = [p for p in project.pages(item["id"]) if p["ocr_status"] == "done"]
    for index, page in enumerate(pages):
        cancel.raise_if_cancelled()
        progress(index / max(len(pages), 1), f"Page {index + 1}")
        on_page = [f for f in findings if f["page_id"] == page["id"]]
        boxes = [(*box, f["kind"]) for f in on_page for box in json.loads(f["boxes_json"] or "[]")]
        name = f"pages/page-{index + 1:03d}.png"
        image = redact_image(
            project.path(page["image_path"]), boxes, out / name, dpi=page["dpi"] or None
        )
        files.append(name)
        words = redact_words(project.page_words(page["id"]), image.rects)
        pages_for_pdf.append(RedactedPage(out / name, image.width, image.height, image.dpi, words))
        languages = page["ocr_languages"] or item["languages"] or "eng"
        alto_pages.append(
            PageText(out / name, image.width, image.height, image.dpi, words, languages)
        )
        corrected = project.page_correction(page["id"])
        source = "corrected" if corrected is not None else "machine"
        machine = page_plain_text(project.page_words(page["id"]))
        text = machine if corrected is None else corrected
        texts.append(redact_text(text, _text_spans(on_page, source), pseudonyms=pseudonyms).strip())
        if values:
            check = verify_image(out / name, values, languages, dpi=page["dpi"], cancel=cancel)
            if not check.ok:
                problems.append(
                    f"page {index + 1}: {len(check.leaks)} value(s) still readable after redaction"
                )
    if pages_for_pdf:
        write_redacted_pdf(pages_for_pdf, out / "document.pdf")
        alto = document_alto(alto_pages, f"item-{item['id']}")
        atomic_write_text(out / "document.alto.xml", alto)
        files += ["document.pdf", "document.alto.xml"]
    atomic_write_text(out / "text.txt", "\n\n".join(texts) + "\n")
    files.append("text.txt")
    problems.extend(_text_leaks(out / "text.txt", values))
    return files, problems


def _redact_recording(
    project: Project,
    item: dict[str, Any],
    findings: list[dict[str, Any]],
    values: list[str],
    out: Path,
    pseudonyms: Pseudonyms | None,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> tuple[list[str], list[str]]:
    recording = project.recording_for_item(item["id"])
    if recording is None:
        raise QuireError(f"Item {item['id']} has no recording.")
    problems: list[str] = []
    spans = [
        (float(f["time_start"]), float(f["time_end"]), f["kind"], _replacement(f, pseudonyms))
        for f in findings
        if f["time_start"] is not None and f["time_end"] is not None
    ]
    missing = [f for f in findings if f["time_start"] is None and f["value"]]
    if missing:
        # A value found in the text but with no time: its sound cannot be toned out.
        problems.append(
            f"{len(missing)} confirmed finding(s) have no time in the recording; "
            "mark their stretch by hand"
        )
    original = project.originals(item["id"])[0]
    progress(0.1, "Toning out the recording")
    toned = redact_audio(
        project.path(original["path"]),
        [(span[0], span[1]) for span in spans],
        out / "audio.flac",
        cancel=cancel,
    )
    # The transcript's words inside the toned-out spans become tokens; the checks below
    # catch any value the word timings missed.
    segments = redact_segments(project.transcript(recording["id"]), spans)
    text = transcript_plain_text(segments)
    atomic_write_text(out / "text.txt", text.strip() + "\n")
    atomic_write_text(out / "transcript.vtt", transcript_vtt(segments))
    atomic_write_text(
        out / "transcript.json",
        transcript_json(
            segments,
            duration=recording["duration"] or 0.0,
            language=recording["language"],
            model=recording["asr_model"],
        ),
    )
    files = ["audio.flac", "text.txt", "transcript.vtt", "transcript.json"]
    problems.extend(_text_leaks(out / "text.txt", values))
    problems.extend(_text_leaks(out / "transcript.json", values))
    if values:
        progress(0.5, "Listening to the redacted recording again")
        language = item["languages"] or recording["language"]
        check = verify_audio(out / "audio.flac", values, language, cancel=cancel)
        heard = leaks_heard(
            check.leaks,
            toned.spans,
            lambda: (
                verify_audio(out / "audio.flac", values, language, prime=False, cancel=cancel).leaks
            ),
        )
        if heard:
            problems.append(f"{len(heard)} value(s) can still be heard after redaction")
    return files, problems


_TONE_EDGE = 0.25  # seconds


def leaks_heard(
    leaks: Sequence[Leak],
    toned: Sequence[tuple[float, float]],
    unprimed: Callable[[], Sequence[Leak]],
) -> list[Leak]:
    """The values the check heard outside the toned-out spans. Whisper, primed with the
    values, sometimes "hears" one inside the tone itself, and its word times spill over
    the tone's edges by a fifth of a second or so (a hallucination at 23.38-27.62 s in a
    tone at 23.43-27.73 s failed the sample job now and then), hence the quarter second
    either side. A word that starts inside a tone and runs out of it, or has no length
    ("Whitby" at 27.64-28.16 s or 28.28-28.28 s, after a tone ending at 27.5 s, in three
    checks of eight of the same audio) is Whisper making one up from its hints: it counts
    only if ``unprimed`` (a check without the values as hints, as the value was first
    heard) hears that value too. A value heard clear of every tone always counts."""

    def in_tone(at: float) -> bool:
        return any(start - _TONE_EDGE <= at <= end + _TONE_EDGE for start, end in toned)

    def outside(found: Sequence[Leak]) -> list[Leak]:
        return [
            leak
            for leak in found
            if not any(
                start - _TONE_EDGE <= leak.where[0] and leak.where[1] <= end + _TONE_EDGE
                for start, end in toned
            )
        ]

    def doubtful(leak: Leak) -> bool:
        return leak.where[1] <= leak.where[0] or in_tone(leak.where[0])

    heard = outside(leaks)
    if not any(doubtful(leak) for leak in heard):
        return heard
    again = {leak.index for leak in outside(unprimed())}
    return [leak for leak in heard if not doubtful(leak) or leak.index in again]


def _replacement(finding: dict[str, Any], pseudonyms: Pseudonyms | None) -> str:
    """What stands for a finding's words in a transcript: its token, or with pseudonyms the
    value's pseudonym, the same one the value gets in the documents' text."""
    value = store.folded_value(finding["value"] or "")
    if pseudonyms is None or not value:
        return token_for(finding["kind"])
    return pseudonyms.pseudonym(value, finding["kind"])


def _text_leaks(path: Path, values: list[str]) -> list[str]:
    """A value still present in a written text file, compared folded."""
    written = store.folded_value(path.read_text(encoding="utf-8"))
    # Whole words only: "les" must not be found inside "tabLES".
    left = [
        v
        for v in values
        if store.folded_value(v)
        and re.search(rf"(?<!\w){re.escape(store.folded_value(v))}(?!\w)", written)
    ]
    return [f"{path.name}: {len(left)} value(s) still in the text"] if left else []


def _redacted_title(project: Project, item: dict[str, Any], pseudonyms: Pseudonyms | None) -> str:
    """The item's title with known people's names and confirmed values removed."""
    from .pii.people import find_names
    from .pii.scan import known_names

    title = item["title"] or ""
    spans = [TextSpan(s.start, s.end, s.kind) for s in find_names(title, known_names(project))]
    for value in {f["value"] for f in _confirmed(project, item["id"]) if f["value"]}:
        at = title.find(value)
        if at >= 0:
            spans.append(TextSpan(at, at + len(value), "PERSON"))
    return redact_text(title, spans, pseudonyms=pseudonyms) if spans else title


def _record_ledger(
    project: Project, item: dict[str, Any], findings: list[dict[str, Any]], method: str
) -> None:
    with project.transaction():
        project.db.execute("delete from redaction_ledger where item_id = ?", [item["id"]])
    who = _who()
    for finding in findings:
        if finding["page_id"] is not None:
            page = project.page(finding["page_id"])
            where = f"page {page['page_index'] + 1}, characters {finding['start']}-{finding['end']}"
            how = "box" if finding["boxes_json"] not in (None, "", "[]") else ""
            how = "+".join(x for x in (how, "token" if method == "tokens" else "pseudonym") if x)
        else:
            start, end = finding["time_start"], finding["time_end"]
            where = f"{start:.2f}-{end:.2f} s" if start is not None else "transcript"
            how = "tone+token" if method == "tokens" else "tone+pseudonym"
        store.record_redaction(
            project,
            kind=finding["kind"],
            item_id=item["id"],
            location=where,
            method=how,
            value=finding["value"] or f"{finding['kind']}@{where}",
            who=who,
        )
