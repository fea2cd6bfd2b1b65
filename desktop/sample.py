"""``quire sample``: the README's run command. Builds a project from the bundled sample
collection and runs the whole pipeline on it, saying what it did at each step."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from .core.asr.transcribe import AsrOptions, transcribe_items
from .core.capture.importer import import_file
from .core.errors import QuireError
from .core.export_text import export_text
from .core.jobs import run_job
from .core.ocr.pipeline import ocr_items
from .core.progress import CancelToken
from .core.status import project_status
from .core.store.project import DB_NAME, Project

if TYPE_CHECKING:
    from .cli import Console

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


def run_sample(folder: Path, console: Console) -> int:
    from .cli import EXIT_OK, EXIT_PARTIAL, cancel_on_signals

    manifest_path = SAMPLES / "manifest.json"
    if not manifest_path.is_file():
        raise QuireError(f"The sample collection is missing ({manifest_path} not found).")
    manifest: dict[str, str] = json.loads(manifest_path.read_text(encoding="utf-8"))
    fresh = not (folder / DB_NAME).exists()
    project = Project.create(folder) if fresh else Project.open(folder)
    with project, cancel_on_signals() as cancel:
        console.say(f"{'Created' if fresh else 'Opened'} the sample project in {folder.resolve()}")
        known = {item["source_name"] for item in project.items()}
        for name, languages in manifest.items():
            if name in known:
                continue
            item_id, _warnings = import_file(project, SAMPLES / name, languages, cancel=cancel)
            if project.item(item_id)["kind"] == "recording":
                project.set_item_metadata(item_id, languages="")  # let Whisper detect it
            console.say(f"  imported {name} as item {item_id} ({languages})")
        project.add_vocabulary(["Whitby", "Fletcher", "Esk Valley"])
        with console.progress("OCR") as bar:
            ocr = run_job(
                project, "ocr", None, lambda p: ocr_items(project, progress=p, cancel=cancel), bar
            )
        console.say(
            f"OCR: {ocr.recognised} pages recognised, {ocr.skipped} already done, "
            f"{len(ocr.failed)} failed"
        )
        with console.progress("Transcribing") as bar:
            asr = run_job(
                project,
                "transcribe",
                None,
                lambda p: transcribe_items(
                    project, options=AsrOptions(), progress=p, cancel=cancel
                ),
                bar,
            )
        console.say(
            f"Speech: {asr.transcribed} recordings transcribed"
            f"{' on ' + asr.device if asr.device else ''}"
        )
        outdir = folder / "export"
        written = export_text(project, outdir)
        bundle, bundle_files = _personal_data_and_bundle(project, folder, console, cancel)
        status = project_status(project)
    console.say("")
    for item in status["items"]:
        if item["kind"] == "document":
            detail = f"{item['pages']} pages, mean confidence {item['mean_confidence']}"
        else:
            detail = f"{item['duration']:.0f} s, language {item['language']}"
        console.say(f"  {item['id']:>3}  {item['title']:<16} {item['status']:<11} {detail}")
    console.say(f"\nWrote {len(written)} files (the text as recognised) to {outdir.resolve()}")
    console.say(
        f"The submission bundle (personal data removed, checked, validated): "
        f"{bundle.resolve()} ({bundle_files} files)"
    )
    letter = bundle / "data" / "items" / "item-00001" / "text.txt"
    if letter.is_file():
        console.say("In the bundle, the first letter begins:\n")
        console.say(
            "    " + "\n    ".join(letter.read_text(encoding="utf-8").strip().splitlines()[:8])
        )
    console.emit_json(
        {
            "project": str(folder.resolve()),
            "export": str(outdir.resolve()),
            "bundle": str(bundle.resolve()),
            "status": status,
        }
    )
    return EXIT_PARTIAL if ocr.failed or asr.failed else EXIT_OK


def _personal_data_and_bundle(
    project: Project, folder: Path, console: Console, cancel: CancelToken
) -> tuple[Path, int]:
    """Find the planted personal data, accept it (as staff would after review), redact,
    and export a validated bundle for the open track."""
    import shutil

    from .core.bundle.export import ExportOptions, export_bag
    from .core.bundle.validate import validate_bag
    from .core.pii.scan import accept_all, scan_project
    from .core.redaction import redact_items

    with console.progress("Finding personal data") as bar:
        found = scan_project(project, progress=bar, cancel=cancel)
    kinds = ", ".join(f"{count} {kind.lower()}" for kind, count in sorted(found.by_kind.items()))
    console.say(f"Personal data: {found.proposed} findings to review ({kinds or 'none'})")
    # A name confirmed in one item is proposed wherever else it occurs: accept those too.
    confirmed = 0
    for _round in range(5):
        accepted = accept_all(project, cancel=cancel)
        confirmed += accepted.confirmed
        if not accepted.proposed_elsewhere:
            break
    console.say(
        f"  accepted {confirmed} findings, as a reviewer would for this sample "
        "(in the window: the Personal data tab)"
    )
    for item in project.items():
        project.set_item_metadata(
            item["id"],
            rights="Made by the Quire project as sample material; no rights reserved.",
            license="CC0-1.0",
        )
        if item["kind"] == "recording":
            # The sample interview is synthetic speech; its "consent form" is fictional too.
            project.set_item_metadata(
                item["id"], consent_ref="SAMPLE-CONSENT-1", consent_status="signed"
            )
    with console.progress("Redacting and checking") as bar:
        redaction = redact_items(project, progress=bar, cancel=cancel)
    console.say(
        f"Redaction: {len(redaction.redacted) + len(redaction.up_to_date)} items redacted and "
        f"checked by OCR and speech recognition, {len(redaction.failed)} failed"
    )
    for item_id, reason in redaction.failed:
        console.warn(f"  item {item_id}: {reason}")
    bundle = folder / "bundle"
    shutil.rmtree(bundle, ignore_errors=True)  # the sample's bundle is remade each run
    with console.progress("Writing the bundle") as bar:
        report = export_bag(
            project,
            bundle,
            ExportOptions(
                track="open",
                organisation="Quire sample collection",
                description="Sample material made by the Quire project (fictional people).",
            ),
            progress=bar,
            cancel=cancel,
        )
    checked = validate_bag(bundle)
    if not checked.valid:
        raise QuireError("The sample bundle did not validate: " + "; ".join(checked.reasons))
    return bundle, report.files
