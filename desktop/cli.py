"""The ``quire`` command: a thin front end over ``desktop.core``.

It parses arguments, shows progress, and turns Quire's errors into one plain line and an
exit code. All the work happens in the core, which the desktop app shares.

Exit codes: 0 done; 1 done, but some files or items failed; 2 wrong usage;
3 bad input or a project problem; 4 something is not installed; 130 stopped.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from . import __version__
from .core.errors import Cancelled, MissingDependency, QuireError
from .core.progress import CancelToken, ProgressCallback

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_ERROR, EXIT_MISSING, EXIT_STOPPED = 0, 1, 2, 3, 4, 130

log = logging.getLogger("quire")


# ----- terminal output ---------------------------------------------------------------


class Console:
    """Progress bars on a terminal, nothing in --json mode, plain lines otherwise.

    With --progress-json (used by the desktop app, which runs jobs as child processes),
    stdout carries one JSON object per line: {"event": "progress", "fraction", "message"}
    as the job goes, then {"event": "result", "result": {...}} or
    {"event": "error", "message", "hint", "exit_code", "retry_helps"}.
    """

    def __init__(self, as_json: bool, quiet: bool = False, progress_json: bool = False) -> None:
        self.progress_json = progress_json
        self.as_json = as_json or progress_json
        self.quiet = quiet or self.as_json
        self.interactive = sys.stderr.isatty() and not self.quiet

    def event(self, kind: str, **fields: Any) -> None:
        print(json.dumps({"event": kind, **fields}, ensure_ascii=False), flush=True)

    def say(self, text: str) -> None:
        if not self.quiet:
            print(text)

    def warn(self, text: str) -> None:
        print(text, file=sys.stderr)

    @contextmanager
    def progress(self, title: str) -> Iterator[ProgressCallback]:
        if self.progress_json:
            last = 0.0

            def report(fraction: float, message: str) -> None:
                nonlocal last
                now = time.monotonic()
                if now - last >= 0.1 or fraction >= 1.0:  # at most ten lines a second
                    last = now
                    self.event("progress", fraction=round(fraction, 4), message=message)

            yield report
            return
        if not self.interactive:
            yield lambda fraction, message: None
            return
        from tqdm import tqdm

        bar = tqdm(
            total=1000,
            desc=title,
            unit="",
            bar_format="{percentage:3.0f}% |{bar:30}| {elapsed}, {remaining} left · {desc}",
            file=sys.stderr,
            leave=False,
        )

        def update(fraction: float, message: str) -> None:
            bar.n = int(min(max(fraction, 0.0), 1.0) * 1000)
            bar.set_description_str(f"{title}: {message}"[:70], refresh=False)
            bar.refresh()

        try:
            yield update
        finally:
            bar.close()

    def emit_json(self, payload: Any) -> None:
        if self.progress_json:
            self.event("result", result=payload)
        elif self.as_json:
            print(json.dumps(payload, ensure_ascii=False, indent=2))


@contextmanager
def cancel_on_signals() -> Iterator[CancelToken]:
    """Ctrl+C or a polite kill asks the running job to stop at its next check."""
    token = CancelToken()

    def handler(signum: int, frame: object) -> None:
        if token.cancelled:
            raise KeyboardInterrupt  # a second Ctrl+C stops at once
        token.cancel()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield token
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def _open_project(path: str, *, read_only: bool = False) -> Any:
    from .core.store.project import Project

    return Project.open(Path(path), read_only=read_only)


def _item_ids(values: Sequence[str]) -> list[int] | None:
    ids = []
    for value in values:
        if not value.isdigit():
            raise QuireError(
                f"'{value}' is not an item number.", "See the numbers with 'quire status PROJECT'."
            )
        ids.append(int(value))
    return ids or None


T = TypeVar("T")


def _run_job_command(
    args: argparse.Namespace,
    console: Console,
    kind: str,
    title: str,
    work: Callable[[Any, ProgressCallback, CancelToken], T],
) -> T:
    """Run a long job on the project with a progress bar, Ctrl+C to stop, and job state."""
    from .core.jobs import run_job

    with (
        _open_project(args.project) as project,
        cancel_on_signals() as cancel,
        console.progress(title) as bar,
    ):
        return run_job(project, kind, None, lambda progress: work(project, progress, cancel), bar)


# ----- commands ----------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, console: Console) -> int:
    from .core.store.project import Project

    with Project.create(Path(args.project)) as project:
        console.say(f"Created the project {project.folder}")
        console.emit_json({"project": str(project.folder.resolve())})
    return EXIT_OK


def cmd_add(args: argparse.Namespace, console: Console) -> int:
    from .core.capture.importer import check_languages, import_paths
    from .core.ocr.tesseract import check_languages as check_installed

    if args.lang:
        check_installed(check_languages(args.lang))
    speech_languages = args.speech_lang if args.speech_lang is not None else args.lang
    if speech_languages == "auto":
        speech_languages = None
    elif speech_languages:
        speech_languages = check_languages(speech_languages)
    with (
        _open_project(args.project) as project,
        cancel_on_signals() as cancel,
        console.progress("Importing") as bar,
    ):
        report = import_paths(
            project, [Path(p) for p in args.paths], args.lang or "eng", progress=bar, cancel=cancel
        )
        # Recordings are left to language detection unless their language was given.
        for item_id in report.added:
            if project.item(item_id)["kind"] == "recording":
                project.set_item_metadata(item_id, languages=speech_languages or "")
        for item_id in report.added:
            item = project.item(item_id)
            console.say(f"Added item {item_id}: {item['title']} ({item['kind']})")
    for path, reason in report.skipped:
        console.say(f"Skipped {path.name}: {reason}")
    for path, warning in report.warnings:
        console.warn(f"Warning, {path.name}: {warning}")
    for _path, error in report.failed:
        console.warn(f"Not imported: {error}" + (f" {error.hint}" if error.hint else ""))
    console.emit_json(
        {
            "added": report.added,
            "skipped": [{"path": str(p), "reason": r} for p, r in report.skipped],
            "failed": [{"path": str(p), "error": str(e), "hint": e.hint} for p, e in report.failed],
            "warnings": [{"path": str(p), "warning": w} for p, w in report.warnings],
        }
    )
    if report.failed:
        return EXIT_PARTIAL
    return EXIT_OK


def cmd_scan(args: argparse.Namespace, console: Console) -> int:
    """Scan pages from a scanner into the project as one document (or list the scanners)."""
    import tempfile

    from .core.capture.importer import check_languages, import_page_images
    from .core.capture.scanner import ScanSettings, choose_device, default_backend
    from .core.ocr.tesseract import check_languages as check_installed
    from .core.progress import SubProgress

    if args.list:
        devices = default_backend().devices()
        for device in devices:
            console.say(f"{device.name}\t{device.vendor} {device.model} ({device.type})")
        if not devices:
            console.say("No scanner was found. Check that it is switched on and connected.")
        console.emit_json({"devices": [vars(d) for d in devices]})
        return EXIT_OK
    if not args.project:
        console.warn("quire scan: say which project to scan into (or use --list).")
        return EXIT_USAGE
    languages = check_languages(args.lang or "eng")
    if args.lang:
        check_installed(languages)
    title = args.title or time.strftime("Scan %Y-%m-%d %H:%M")
    with (
        _open_project(args.project) as project,  # before scanning: a locked project says so now
        cancel_on_signals() as cancel,
        console.progress("Scanning") as bar,
        tempfile.TemporaryDirectory(prefix="quire-scan-") as scratch,
    ):
        if args.from_files:
            # Pages already scanned (the desktop app scans, then adds them with this).
            pages = [Path(p) for p in args.from_files]
            description = "Scanned with Quire"
            start = 0.0
        else:
            backend = default_backend()
            device = choose_device(backend, args.device)
            settings = ScanSettings(args.source, args.mode, args.resolution)
            console.say(f"Scanning from {device.label}")
            pages = backend.scan(
                device.name,
                settings,
                Path(scratch),
                progress=SubProgress(bar, 0.0, 0.7),
                cancel=cancel,
            )
            description = (
                f"Scanned with Quire from {device.label}"
                + "".join(f", {value}" for value in (args.source, args.mode) if value)
                + (f", {args.resolution} dpi" if args.resolution else "")
            )
            start = 0.7
        item_id, warnings = import_page_images(
            project,
            pages,
            title,
            languages,
            description=description,
            progress=SubProgress(bar, start, 1.0 - start),
            cancel=cancel,
        )
        item = project.item(item_id)
        count = len(project.pages(item_id))
    console.say(f"Added item {item_id}: {item['title']} ({count} page{'s' if count != 1 else ''})")
    for warning in warnings:
        console.warn(f"Warning: {warning}")
    console.emit_json({"added": [item_id], "pages": count, "warnings": warnings})
    return EXIT_OK


def cmd_ocr(args: argparse.Namespace, console: Console) -> int:
    from .core.ocr.pipeline import OcrOptions, ocr_items
    from .core.preprocess import CleanupOptions

    options = OcrOptions(
        cleanup=CleanupOptions(
            deskew=not args.no_deskew,
            crop_borders=args.crop,
            binarize=args.binarize,
            detect_orientation=not args.no_orientation,
        ),
        page_timeout=args.page_timeout,
        redo=args.redo,
    )
    if args.jobs:
        options.workers = args.jobs
    report = _run_job_command(
        args,
        console,
        "ocr",
        "OCR",
        lambda project, progress, cancel: ocr_items(
            project, _item_ids(args.items), options, progress=progress, cancel=cancel
        ),
    )
    console.say(
        f"Recognised {report.recognised} pages"
        + (f"; {report.skipped} were already done" if report.skipped else "")
        + "."
    )
    for item_id, page, reason in report.failed:
        console.warn(f"Item {item_id}, page {page}: {reason}")
    console.emit_json(
        {
            "recognised": report.recognised,
            "skipped": report.skipped,
            "failed": [{"item": i, "page": p, "error": r} for i, p, r in report.failed],
        }
    )
    return EXIT_PARTIAL if report.failed else EXIT_OK


def cmd_transcribe(args: argparse.Namespace, console: Console) -> int:
    from .core.asr.transcribe import AsrOptions, transcribe_items

    options = AsrOptions(
        model=args.model, device=args.device, split_channels=args.split_channels, redo=args.redo
    )
    report = _run_job_command(
        args,
        console,
        "transcribe",
        "Transcribing",
        lambda project, progress, cancel: transcribe_items(
            project, _item_ids(args.items), options, progress=progress, cancel=cancel
        ),
    )
    for note in report.notes:
        console.warn(note)
    console.say(
        f"Transcribed {report.transcribed} recordings"
        + (f" on {report.device}" if report.device else "")
        + (f"; {report.skipped} were already done" if report.skipped else "")
        + "."
    )
    for item_id, reason in report.failed:
        console.warn(f"Item {item_id}: {reason}")
    console.emit_json(
        {
            "transcribed": report.transcribed,
            "skipped": report.skipped,
            "device": report.device,
            "notes": report.notes,
            "failed": [{"item": i, "error": r} for i, r in report.failed],
        }
    )
    return EXIT_PARTIAL if report.failed else EXIT_OK


def _redact(args: argparse.Namespace, console: Console, method: str | None, again: bool) -> Any:
    """Redact with ``method``, kept as the project's option; None: the project's option."""
    from .core.redaction import redact_items, set_redaction_method

    with (
        _open_project(args.project) as project,
        cancel_on_signals() as cancel,
        console.progress("Redacting") as bar,
    ):
        if method is not None:
            set_redaction_method(project, method)  # the project's option from now on
        report = redact_items(
            project, _item_ids(args.items), method=method, again=again, progress=bar, cancel=cancel
        )
        titles = {item["id"]: item["title"] for item in project.items()}
    for item_id in report.redacted:
        console.say(f"Redacted item {item_id} ({titles[item_id]}); checked: nothing left.")
    for item_id in report.not_reviewed:
        console.warn(
            f"Not redacted: item {item_id} ({titles[item_id]}): its personal-data review is "
            "not complete (quire pii scan, then review or quire pii accept)."
        )
    for item_id, reason in report.failed:
        console.warn(f"REDACTION FAILED for item {item_id} ({titles[item_id]}): {reason}")
    return report


def cmd_redact(args: argparse.Namespace, console: Console) -> int:
    method = "pseudonyms" if args.pseudonyms else "tokens" if args.tokens else None
    report = _redact(args, console, method, args.again)
    console.emit_json(
        {
            "redacted": report.redacted,
            "up_to_date": report.up_to_date,
            "not_reviewed": report.not_reviewed,
            "failed": [{"item": i, "reason": r} for i, r in report.failed],
        }
    )
    return EXIT_PARTIAL if report.failed or report.not_reviewed else EXIT_OK


def _export_redacted(args: argparse.Namespace, console: Console) -> int:
    import shutil

    from .core import redacted

    report = _redact(args, console, None, False)  # the project's option
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    with _open_project(args.project, read_only=True) as project:
        ready = [*report.redacted, *report.up_to_date]
        for item_id in sorted(ready):
            done = redacted.load(project, item_id)
            if done is None or not done.verified:
                continue
            for name in done.files:
                target = out / f"{item_id}-{name.replace('/', '-')}"
                shutil.copyfile(redacted.folder(project, item_id) / name, target)
                written.append(str(target))
    console.say(f"Wrote {len(written)} redacted files to {out}")
    console.emit_json({"outdir": str(out.resolve()), "files": written})
    return EXIT_PARTIAL if report.failed or report.not_reviewed else EXIT_OK


def cmd_export_text(args: argparse.Namespace, console: Console) -> int:
    from .core.export_text import export_text

    if args.redacted:
        return _export_redacted(args, console)
    with (
        _open_project(args.project, read_only=True) as project,
        console.progress("Exporting") as bar,
    ):
        written = export_text(project, Path(args.outdir), _item_ids(args.items), progress=bar)
    console.say(f"Wrote {len(written)} files to {args.outdir}")
    console.emit_json(
        {"outdir": str(Path(args.outdir).resolve()), "files": [str(p) for p in written]}
    )
    return EXIT_OK


def cmd_vocab(args: argparse.Namespace, console: Console) -> int:
    if args.vocab_command == "add":
        with _open_project(args.project) as project:
            project.add_vocabulary(args.words)
            words = project.vocabulary()
        console.say(f"The project vocabulary has {len(words)} words.")
    else:
        with _open_project(args.project, read_only=True) as project:
            words = project.vocabulary()
        for word in words:
            console.say(word)
    console.emit_json({"vocabulary": words})
    return EXIT_OK


def cmd_status(args: argparse.Namespace, console: Console) -> int:
    from .core.status import project_status

    with _open_project(args.project, read_only=True) as project:
        status = project_status(project)
    if console.as_json:
        console.emit_json(status)
        return EXIT_OK
    console.say(f"Project {status['project']} — {len(status['items'])} items")
    for item in status["items"]:
        detail = (
            f"{item['pages_done']}/{item['pages']} pages recognised"
            if item["kind"] == "document"
            else f"{item['duration']:.0f} s, {item['asr_status']}"
            + (f", language {item['language']}" if item.get("language") else "")
        )
        console.say(
            f"  {item['id']:>4}  {item['kind']:<9} {item['status']:<11} {item['title']}  ({detail})"
        )
        for warning in item["warnings"]:
            console.say(f"        warning: {warning}")
    for job in status["interrupted_jobs"]:
        console.say(
            f"  An earlier {job['kind']} job was interrupted at {job['progress'] * 100:.0f}%; "
            "run it again to continue."
        )
    return EXIT_OK


def cmd_models(args: argparse.Namespace, console: Console) -> int:
    from .core.addons import add_model
    from .core.asr.models import DEFAULT_MODEL, available_models, user_models_dir

    if args.action == "add":
        if not args.target:
            raise QuireError(
                "Say which model folder or .zip to add.",
                "quire models add FOLDER_OR_ZIP [--name NAME]",
            )
        with cancel_on_signals() as cancel, console.progress("Adding the model") as bar:
            info = add_model(Path(args.target), args.name, progress=bar, cancel=cancel)
        coverage = f"{len(info.languages)} languages" if info.multilingual else "English only"
        console.say(
            f"Added the speech model {info.name}: {info.size_bytes / 1e6:.0f} MB, {coverage}."
        )
        console.emit_json(
            {
                "name": info.name,
                "path": str(info.path),
                "bytes": info.size_bytes,
                "languages": list(info.languages),
            }
        )
        return EXIT_OK

    models = available_models()
    for name, path in models.items():
        console.say(f"{name}{' (default)' if name == DEFAULT_MODEL else ''}: {path}")
    if not models:
        console.say("No speech model is installed.")
    console.say(f"Add models in {user_models_dir()}")
    console.emit_json(
        {"models": {n: str(p) for n, p in models.items()}, "folder": str(user_models_dir())}
    )
    return EXIT_OK


def cmd_languages(args: argparse.Namespace, console: Console) -> int:
    from .core.addons import add_traineddata, user_tessdata_dir
    from .core.ocr.tesseract import installed_languages

    if args.action == "add":
        if not args.file:
            raise QuireError("Say which file to add.", "quire languages add FILE.traineddata")
        code = add_traineddata(Path(args.file))
        console.say(f"Added the OCR language {code}; Quire can now read pages in it.")
    languages = sorted(installed_languages() - {"osd"})
    if args.action != "add":
        console.say(" ".join(languages))
        console.say(f"Add language data (.traineddata files) in {user_tessdata_dir()}")
    console.emit_json({"languages": languages, "folder": str(user_tessdata_dir())})
    return EXIT_OK


def cmd_sample(args: argparse.Namespace, console: Console) -> int:
    from .sample import run_sample

    code = run_sample(Path(args.folder), console)
    if args.no_window or console.as_json:
        return code
    if not has_display():
        console.say(
            "\nNo display here, so the window was not opened. On a desktop, see the project "
            f"with: quire gui {args.folder}"
        )
        return code
    console.say("\nOpening the window on the sample project…")
    from .app import run_gui

    run_gui(Path(args.folder))
    return code


def cmd_doctor(args: argparse.Namespace, console: Console) -> int:
    from .core.doctor import OK, PROBLEM, WARNING, report_as_data, run_checks

    checks = run_checks(Path(args.project) if args.project else None)
    marks = {OK: "ok  ", WARNING: "note", PROBLEM: "FIX "}
    for check in checks:
        console.say(f"[{marks[check.status]}] {check.title}: {check.summary}")
        if check.fix and check.status != OK:
            console.say(f"       {check.fix}")
    report = report_as_data(checks)
    console.emit_json(report)
    if not report["ok"]:
        console.say("\nSome things need fixing before Quire can do all its work (marked FIX).")
        return EXIT_PARTIAL
    return EXIT_OK


def cmd_meta(args: argparse.Namespace, console: Console) -> int:
    from .core.bundle.metadata import parse_assignments, set_metadata

    assignments = [value for value in args.targets if "=" in value]
    items = _item_ids([value for value in args.targets if "=" not in value])
    if not assignments:
        raise QuireError("Nothing to set.", "Give KEY=VALUE pairs, e.g. license=CC-BY-4.0.")
    if bool(items) == bool(args.all):
        raise QuireError(
            "Give the item numbers, or --all (not both).",
            "See the numbers with 'quire status PROJECT'.",
        )
    fields = parse_assignments(assignments)
    with _open_project(args.project) as project:
        chosen = [item["id"] for item in project.items()] if args.all else (items or [])
        set_metadata(project, chosen, fields)
    console.say(f"Set {', '.join(sorted(fields))} on {len(chosen)} item(s).")
    console.emit_json({"items": chosen, "fields": fields})
    return EXIT_OK


def cmd_export(args: argparse.Namespace, console: Console) -> int:
    from .core.bundle.export import ExportBlocked, ExportOptions, describe_blockers, export_bag

    options = ExportOptions(
        track=args.track,
        leave_out=_item_ids(args.leave_out) or [],
        organisation=args.organisation or "",
        contact=args.contact or "",
        description=args.description or "",
        exported_by=args.exported_by or "",
    )
    try:
        with (
            _open_project(args.project) as project,
            cancel_on_signals() as cancel,
            console.progress("Exporting") as bar,
        ):
            report = export_bag(project, Path(args.out), options, progress=bar, cancel=cancel)
    except ExportBlocked as blocked:
        console.warn(f"quire: {blocked}")
        for blocker in blocked.blockers:
            console.warn(f"  - {blocker}")
            console.warn(f"      {blocker.fix}")
        console.warn(f"  {blocked.hint}")
        details = {"error": str(blocked), "blockers": describe_blockers(blocked.blockers)}
        if console.progress_json:
            console.event(
                "error", message=str(blocked), hint=blocked.hint, exit_code=EXIT_ERROR, **details
            )
        elif console.as_json:
            print(json.dumps(details, ensure_ascii=False))
        return EXIT_ERROR
    console.say(
        f"Wrote {report.path}: {report.items} items, {report.files} files, "
        f"{report.bytes:,} bytes, languages {', '.join(report.languages) or 'none'}."
    )
    console.emit_json(
        {
            "path": str(report.path),
            "items": report.items,
            "files": report.files,
            "bytes": report.bytes,
            "languages": report.languages,
            "left_out": report.left_out,
        }
    )
    return EXIT_OK


def cmd_validate(args: argparse.Namespace, console: Console) -> int:
    from .core.bundle.validate import validate_bag

    with console.progress("Validating") as bar:
        report = validate_bag(Path(args.path), progress=bar)
    if report.valid:
        console.say(f"Valid bag: {report.files} payload files, {report.bytes:,} bytes.")
    else:
        console.warn(f"Not valid: {args.path}")
        for reason in report.reasons:
            console.warn(f"  - {reason}")
    console.emit_json(
        {
            "valid": report.valid,
            "reasons": report.reasons,
            "files": report.files,
            "bytes": report.bytes,
        }
    )
    return EXIT_OK if report.valid else EXIT_PARTIAL


def has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_gui(args: argparse.Namespace, console: Console) -> int:
    if not has_display() and not os.environ.get("QT_QPA_PLATFORM"):
        raise QuireError(
            "There is no display here to open a window on.",
            "Run Quire on a desktop, or use the quire commands in this terminal.",
        )
    from .app import run_gui

    return run_gui(Path(args.project) if args.project else None)


def cmd_pii(args: argparse.Namespace, console: Console) -> int:
    if args.pii_command == "detect":
        return _pii_detect(args)
    if args.pii_command == "scan":
        from .core.pii.scan import scan_project

        report = _run_job_command(
            args,
            console,
            "pii-scan",
            "Finding personal data",
            lambda project, progress, cancel: scan_project(
                project, _item_ids(args.items), progress=progress, cancel=cancel
            ),
        )
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(report.by_kind.items()))
        console.say(
            f"Scanned {report.texts} pages and recordings: {report.proposed} findings to "
            f"review{' (' + kinds + ')' if kinds else ''}"
            + (f"; {report.kept} decided earlier were kept" if report.kept else "")
            + "."
        )
        console.emit_json(
            {
                "texts": report.texts,
                "proposed": report.proposed,
                "kept": report.kept,
                "by_kind": report.by_kind,
            }
        )
        return EXIT_OK
    # accept
    from .core.pii.scan import accept_all

    if not args.all:
        raise QuireError(
            "Say which findings to accept.",
            "Use --all (with --min-score S to accept only the surer ones); single findings "
            "are accepted in the desktop app.",
        )
    accepted = _run_job_command(
        args,
        console,
        "pii-accept",
        "Accepting findings",
        lambda project, progress, cancel: accept_all(
            project, args.min_score, _who(), progress=progress, cancel=cancel
        ),
    )
    console.say(
        f"Confirmed {accepted.confirmed} finding{'' if accepted.confirmed == 1 else 's'}."
        + (
            f" {len(accepted.names)} confirmed names were looked for everywhere: "
            f"{accepted.proposed_elsewhere} more places to review."
            if accepted.names
            else ""
        )
    )
    console.emit_json(
        {
            "confirmed": accepted.confirmed,
            "names": accepted.names,
            "proposed_elsewhere": accepted.proposed_elsewhere,
        }
    )
    return EXIT_OK


def _who() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def _pii_detect(args: argparse.Namespace) -> int:
    """Standard input to standard output; offsets count characters (code points)."""
    from .core.errors import BadInput
    from .core.pii import detect

    def decoded(data: bytes, where: str) -> str:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise BadInput(
                f"{where} is not UTF-8 text (byte {error.start}).", "Convert it to UTF-8 first."
            ) from None

    if not args.jsonl:
        text = decoded(sys.stdin.buffer.read(), "The input")
        spans = [span.as_json() for span in detect(text, args.lang)]
        print(json.dumps({"spans": spans}, ensure_ascii=False), flush=True)
        return EXIT_OK
    # One line in, one line out, as they come: a pipe sees each answer at once. Lines are
    # split at "\n" only, so a raw U+2028 inside a JSON string stays part of it.
    for number, raw in enumerate(sys.stdin.buffer, start=1):
        line = decoded(raw, f"Line {number}").rstrip("\r\n")
        if not line.strip():
            sys.stdout.write('{"spans": []}\n')
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            raise BadInput(
                f"Line {number} is not JSON: {error.msg}.",
                'With --jsonl, give one JSON string per line, e.g. "Call 01632 960 318".',
            ) from None
        if not isinstance(value, str):
            raise BadInput(
                f"Line {number} is JSON but not a string.",
                "With --jsonl, give one JSON string per line.",
            )
        spans = [span.as_json() for span in detect(value, args.lang)]
        sys.stdout.write(json.dumps({"spans": spans}, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return EXIT_OK


def cmd_people(args: argparse.Namespace, console: Console) -> int:
    from .core.pii import store

    if args.people_command == "add":
        with _open_project(args.project) as project:
            added = store.add_people(project, args.names, role="staff")
            known = store.people(project)
        console.say(f"Added {added} names; the project knows {len(known)} people.")
    else:
        with _open_project(args.project, read_only=True) as project:
            known = store.people(project)
        for person in known:
            console.say(f"{person['name']}  ({person['role']})")
    console.emit_json(
        {"people": [{"name": p["name"], "role": p["role"], "item": p["item_id"]} for p in known]}
    )
    return EXIT_OK


# ----- parsing -----------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quire", description="Quire: OCR and transcription for archives, offline."
    )
    parser.add_argument("--version", action="version", version=f"quire {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to the terminal")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(
        name: str, handler: Callable[[argparse.Namespace, Console], int], help_text: str
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        sub.add_argument("--json", action="store_true", help="print the result as JSON")
        sub.add_argument(
            "--progress-json",
            action="store_true",
            help="report progress and the result as JSON lines (for the desktop app)",
        )
        return sub

    sub = command("init", cmd_init, "create a new project folder")
    sub.add_argument("project")

    sub = command("add", cmd_add, "import images, PDFs, audio or video files, or folders of them")
    sub.add_argument("project")
    sub.add_argument("paths", nargs="+", metavar="PATH")
    sub.add_argument(
        "--lang",
        help="languages as Tesseract codes, e.g. eng or eus+spa+fra "
        "(documents default to eng; recordings are detected)",
    )
    sub.add_argument(
        "--speech-lang",
        metavar="LANG",
        help="languages of the recordings, or 'auto' to detect them even when --lang is "
        "given (default: the --lang languages if given, else auto)",
    )

    sub = command("scan", cmd_scan, "scan pages from a scanner into the project as one document")
    sub.add_argument("project", nargs="?")
    sub.add_argument("--list", action="store_true", help="list the scanners, then stop")
    sub.add_argument("--device", metavar="DEV", help="the scanner, as --list names it")
    sub.add_argument(
        "--source", metavar="SOURCE", help="Flatbed, ADF (the document feeder: every page in it)"
    )
    sub.add_argument("--resolution", type=int, metavar="DPI", help="dots per inch, e.g. 300")
    sub.add_argument("--mode", metavar="MODE", help="Color, Gray or Lineart")
    sub.add_argument("--title", help="the document's title (default: Scan and the date)")
    sub.add_argument("--lang", help="languages as Tesseract codes, e.g. eng or eus+spa")
    sub.add_argument(
        "--from-files",
        nargs="+",
        metavar="PAGE",
        help="do not scan: add these page images, already scanned, as one document",
    )

    sub = command("ocr", cmd_ocr, "recognise the text of documents (all, or the items given)")
    sub.add_argument("project")
    sub.add_argument("items", nargs="*", metavar="ITEM")
    sub.add_argument(
        "--redo", action="store_true", help="recognise pages again even if already done"
    )
    sub.add_argument("--no-deskew", action="store_true", help="do not straighten skewed pages")
    sub.add_argument(
        "--no-orientation",
        action="store_true",
        help="do not detect pages on their side or upside down",
    )
    sub.add_argument("--crop", action="store_true", help="crop dark borders and blank margins")
    sub.add_argument(
        "--binarize", action="store_true", help="convert pages to black and white before OCR"
    )
    sub.add_argument(
        "--page-timeout",
        type=float,
        default=300.0,
        metavar="SECONDS",
        help="give up on a page after this long (default 300)",
    )
    sub.add_argument(
        "--jobs", type=int, default=0, metavar="N", help="pages at a time (default: one per core)"
    )

    sub = command("transcribe", cmd_transcribe, "transcribe recordings (all, or the items given)")
    sub.add_argument("project")
    sub.add_argument("items", nargs="*", metavar="ITEM")
    sub.add_argument(
        "--model",
        metavar="NAME_OR_DIR",
        help="speech model: a name (default: base) or a model folder",
    )
    sub.add_argument("--device", choices=["auto", "cpu", "cuda"], default="auto")
    sub.add_argument(
        "--split-channels",
        action="store_true",
        help="stereo with one speaker per channel: transcribe each channel as its own speaker",
    )
    sub.add_argument("--redo", action="store_true", help="transcribe again even if already done")

    sub = command(
        "export-text",
        cmd_export_text,
        "write each item's text: .txt, and .hocr/.alto.xml/.pdf or .vtt/.srt/.json",
    )
    sub.add_argument("project")
    sub.add_argument("outdir")
    sub.add_argument("items", nargs="*", metavar="ITEM")
    sub.add_argument(
        "--redacted",
        action="store_true",
        help="the redacted text, page images (PNG), searchable PDFs and audio (FLAC) of every "
        "reviewed item, redacting first what needs it",
    )

    sub = command(
        "redact",
        cmd_redact,
        "remove the confirmed personal data into new files, then check them by OCR and "
        "speech recognition (exit 1 if any item failed or is not reviewed)",
    )
    sub.add_argument("project")
    sub.add_argument("items", nargs="*", metavar="ITEM")
    method = sub.add_mutually_exclusive_group()
    method.add_argument(
        "--pseudonyms",
        action="store_true",
        help="replace values with consistent pseudonyms (Person 1) instead of [PERSON]; "
        "kept as the project's option",
    )
    method.add_argument(
        "--tokens",
        action="store_true",
        help="replace values with [PERSON], [PHONE]... (the default); kept as the project's option",
    )
    sub.add_argument("--again", action="store_true", help="redact even items already done")

    sub = command(
        "vocab", cmd_vocab, "the project vocabulary: names and terms the recogniser should expect"
    )
    vocab = sub.add_subparsers(dest="vocab_command", required=True, metavar="add|list")
    vocab_add = vocab.add_parser("add", help="add words or names")
    vocab_add.add_argument("project")
    vocab_add.add_argument("words", nargs="+", metavar="WORD")
    vocab_add.add_argument("--json", action="store_true")
    vocab_list = vocab.add_parser("list", help="list the vocabulary")
    vocab_list.add_argument("project")
    vocab_list.add_argument("--json", action="store_true")

    sub = command("meta", cmd_meta, "item metadata, from scripts")
    meta = sub.add_subparsers(dest="meta_command", required=True, metavar="set")
    meta_set = meta.add_parser(
        "set",
        help="set fields on items: quire meta set PROJECT (ITEM...|--all) KEY=VALUE...",
        description="Set item fields: title, date, creator, place, language (BCP-47, e.g. is "
        "or eu+es), rights, license (SPDX id), consent (form reference), consent_status, "
        "consent_terms, embargo (YYYY-MM-DD), narrator, interviewer, notes.",
    )
    meta_set.set_defaults(handler=cmd_meta)
    meta_set.add_argument("project")
    meta_set.add_argument("targets", nargs="+", metavar="ITEM|KEY=VALUE")
    meta_set.add_argument("--all", action="store_true", help="every item of the project")
    meta_set.add_argument("--json", action="store_true", help="print the result as JSON")

    sub = command(
        "export",
        cmd_export,
        "write the submission bundle, a BagIt bag (a .zip when OUT ends in .zip); refuses, "
        "naming each item, when something may not leave yet",
    )
    sub.add_argument("project")
    sub.add_argument("out")
    sub.add_argument("--track", choices=["open", "private"], required=True)
    sub.add_argument(
        "--leave-out", nargs="+", default=[], metavar="ITEM", help="items left out on purpose"
    )
    sub.add_argument("--organisation", help="the source organisation, for bag-info.txt")
    sub.add_argument("--contact", help="a contact name or e-mail, for bag-info.txt")
    sub.add_argument("--description", help="one line describing the bundle")
    sub.add_argument("--exported-by", help="who exports (default: this computer's user name)")

    sub = command(
        "validate",
        cmd_validate,
        "fully validate any BagIt bag, a folder or a .zip (exit 1 with every reason if not)",
    )
    sub.add_argument("path")
    pii = commands.add_parser(
        "pii", help="personal data: find it in texts and projects, accept what was found"
    )
    pii.set_defaults(handler=cmd_pii)
    pii_commands = pii.add_subparsers(dest="pii_command", required=True, metavar="COMMAND")
    pii_detect = pii_commands.add_parser(
        "detect",
        help="read a UTF-8 text on standard input and print the personal data in it as JSON: "
        '{"spans": [{"start", "end", "kind", "score"}]} (offsets in characters)',
    )
    pii_detect.add_argument(
        "--lang",
        required=True,
        help="the text's language: a Tesseract code (eng, fra, isl, "
        "eus...) or a two-letter code (en, fr)",
    )
    pii_detect.add_argument(
        "--jsonl",
        action="store_true",
        help="read one JSON string per line and write one JSON object per line",
    )
    pii_scan = pii_commands.add_parser(
        "scan", help="find personal data in every page and recording of a project"
    )
    pii_scan.add_argument("project")
    pii_scan.add_argument("items", nargs="*", metavar="ITEM")
    pii_accept = pii_commands.add_parser("accept", help="confirm the findings of a scan")
    pii_accept.add_argument("project")
    pii_accept.add_argument("--all", action="store_true", help="every finding still proposed")
    pii_accept.add_argument(
        "--min-score",
        type=float,
        default=0.0,
        metavar="S",
        help="only findings scoring at least S (0 to 1)",
    )
    for nested in (pii_detect, pii_scan, pii_accept):
        nested.add_argument("--json", action="store_true", help="print the result as JSON")
        nested.add_argument(
            "--progress-json",
            action="store_true",
            help="report progress and the result as JSON lines (for the desktop app)",
        )

    sub = command(
        "people", cmd_people, "names the project knows, looked for in every text (add|list)"
    )
    people_commands = sub.add_subparsers(dest="people_command", required=True, metavar="add|list")
    people_add = people_commands.add_parser("add", help="add names of people")
    people_add.add_argument("project")
    people_add.add_argument("names", nargs="+", metavar="NAME")
    people_add.add_argument("--json", action="store_true")
    people_list = people_commands.add_parser("list", help="list the people the project knows")
    people_list.add_argument("project")
    people_list.add_argument("--json", action="store_true")

    sub = command("status", cmd_status, "what the project holds and how far each item is")
    sub.add_argument("project")

    sub = command(
        "models",
        cmd_models,
        "the speech models on this computer: list them, or add one from a folder or .zip "
        "(Quire never downloads a model)",
    )
    sub.add_argument("action", nargs="?", choices=["list", "add"], default="list")
    sub.add_argument("target", nargs="?", metavar="FOLDER_ZIP_OR_NAME")
    sub.add_argument("--name", help="the name to give an added model (default: its folder's)")

    sub = command(
        "languages",
        cmd_languages,
        "the OCR languages Tesseract can read here; add one from a .traineddata file",
    )
    sub.add_argument("action", nargs="?", choices=["list", "add"], default="list")
    sub.add_argument("file", nargs="?", metavar="FILE.traineddata")

    sub = command(
        "doctor",
        cmd_doctor,
        "check this computer: OCR languages, speech models, GPU, microphones, scanners, "
        "disk space (exit 1 when something needs fixing)",
    )
    sub.add_argument("project", nargs="?", help="also check what this project needs")

    sub = command("gui", cmd_gui, "open the desktop window (on the given project, or the last one)")
    sub.add_argument("project", nargs="?")

    sub = command(
        "sample",
        cmd_sample,
        "build a project from the bundled sample collection and run everything on it",
    )
    sub.add_argument("folder", nargs="?", default="sample-project")
    sub.add_argument("--no-window", action="store_true", help="do not open the window afterwards")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    console = Console(
        as_json=getattr(args, "json", False), progress_json=getattr(args, "progress_json", False)
    )
    try:
        return int(args.handler(args, console))
    except (Cancelled, KeyboardInterrupt):
        console.warn("Stopped. What was finished is saved; run the same command again to continue.")
        if console.progress_json:
            console.event("stopped")
        return EXIT_STOPPED
    except BrokenPipeError:
        # The reader went away (e.g. `quire status --json | head`): not an error of ours.
        sys.stderr.close()
        return EXIT_OK
    except QuireError as error:
        console.warn(f"quire: {error}")
        for blocker in getattr(error, "blockers", []):  # an export refused: say each item
            console.warn(f"  - {blocker}")
        if error.hint:
            console.warn(f"  {error.hint}")
        code = EXIT_MISSING if isinstance(error, MissingDependency) else EXIT_ERROR
        if console.progress_json:
            # Progress events are read by the desktop window: give the hint written for it.
            console.event(
                "error",
                message=str(error),
                hint=error.hint_for_window,
                exit_code=code,
                retry_helps=error.retry_helps,
            )
        elif console.as_json:
            print(json.dumps({"error": str(error), "hint": error.hint}, ensure_ascii=False))
        return code
