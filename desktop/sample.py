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
        status = project_status(project)
    console.say("")
    for item in status["items"]:
        if item["kind"] == "document":
            detail = f"{item['pages']} pages, mean confidence {item['mean_confidence']}"
        else:
            detail = f"{item['duration']:.0f} s, language {item['language']}"
        console.say(f"  {item['id']:>3}  {item['title']:<16} {item['status']:<11} {detail}")
    console.say(f"\nWrote {len(written)} files to {outdir.resolve()}")
    first = next((p for p in written if p.suffix == ".txt"), None)
    if first:
        console.say(f"For example, {first.name} begins:\n")
        console.say(
            "    " + "\n    ".join(first.read_text(encoding="utf-8").strip().splitlines()[:6])
        )
    console.emit_json(
        {"project": str(folder.resolve()), "export": str(outdir.resolve()), "status": status}
    )
    return EXIT_PARTIAL if ocr.failed or asr.failed else EXIT_OK
