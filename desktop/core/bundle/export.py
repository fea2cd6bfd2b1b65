"""``quire export``: a BagIt bag (RFC 8493) a data partnership can take as it is.

Only redacted renditions go in (see ``desktop/core/redacted.py``). The bag is built in a
hidden folder beside the target, validated in full, and only then moved into place, so an
interrupted export never leaves something that looks like a bag. Everything is written in
a fixed order with fixed dates (the day, or SOURCE_DATE_EPOCH), so the same project gives
the same checksums.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import shutil
import unicodedata
import zipfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import bagit

from ... import __version__
from .. import redacted
from ..errors import QuireError
from ..fileio import explain_os_error
from ..progress import CancelToken, ProgressCallback, SubProgress, no_progress
from ..store.project import Project
from .gates import TRACKS, Blocker, blockers
from .metadata import bcp47
from .validate import validate_bag

CHECKSUMS = ["sha256", "sha512"]
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed, so the same bag always zips to the same bytes


class ExportBlocked(QuireError):
    """Some items may not leave yet; each one is named with the reason."""

    def __init__(self, found: list[Blocker]) -> None:
        items = sorted({b.item_id for b in found})
        super().__init__(
            f"Export refused: {len(items)} item(s) may not leave yet.",
            "Fix what is listed, or leave those items out on purpose (--leave-out ITEM).",
        )
        self.blockers = found


@dataclass
class ExportOptions:
    track: str = "open"
    leave_out: list[int] = field(default_factory=list)
    organisation: str = ""
    contact: str = ""
    description: str = ""
    exported_by: str = ""


@dataclass
class ExportReport:
    path: Path
    items: int
    files: int
    bytes: int
    languages: list[str]
    left_out: list[int]


def bagging_date() -> dt.date:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.date.today()


def export_bag(
    project: Project,
    target: Path,
    options: ExportOptions,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> ExportReport:
    cancel = cancel or CancelToken()
    if options.track not in TRACKS:
        raise QuireError(f"'{options.track}' is not a track.", "Use --track open or private.")
    target = Path(target)
    as_zip = target.suffix.lower() == ".zip"
    if target.exists():
        raise QuireError(
            f"{target} already exists.", "Choose a new name, or move the old bundle away first."
        )
    items = [item for item in project.items() if item["id"] not in set(options.leave_out)]
    if not items:
        raise QuireError("There is nothing to export.", "Every item was left out.")
    today = bagging_date()
    found = blockers(project, [item["id"] for item in items], options.track, today)
    if found:
        raise ExportBlocked(found)

    parent = target.parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = parent / f".{target.name}.partial"
    shutil.rmtree(staging, ignore_errors=True)  # left by an export that was cut off
    try:
        staging.mkdir()
        payload = staging / "payload"
        payload.mkdir()
        languages = _write_payload(
            project, items, payload, options, today, SubProgress(progress, 0.0, 0.6), cancel
        )
        progress(0.6, "Writing manifests")
        bag = _make_bag(project, items, staging, payload, options, today)
        cancel.raise_if_cancelled()
        report = validate_bag(bag, progress=SubProgress(progress, 0.75, 0.2), cancel=cancel)
        if not report.valid:
            raise QuireError(
                "The bundle did not pass its own validation, so it was not kept.",
                "; ".join(report.reasons[:5]),
            )
        if as_zip:
            progress(0.95, "Writing the .zip")
            partial_zip = parent / f".{target.name}.partial.zip"
            _write_zip(bag, partial_zip, top=target.stem)
            zipped = validate_bag(partial_zip, cancel=cancel)
            if not zipped.valid:
                partial_zip.unlink(missing_ok=True)
                raise QuireError("The .zip of the bundle did not validate, so it was not kept.")
            os.replace(partial_zip, target)
        else:
            os.replace(bag, target)
    except OSError as error:
        raise explain_os_error(error, target) from error
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    progress(1.0, f"Wrote {target}")
    return ExportReport(
        target, len(items), report.files, report.bytes, languages, options.leave_out
    )


# ----- payload ----------------------------------------------------------------------


def _write_text(path: Path, text: str) -> None:
    # Plain writes: the whole bag is built in a staging folder and moved into place at the
    # end, so each file needs no atomic write (whose temporary files are private, 0600).
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def _item_folder(item_id: int) -> str:
    # Titles may hold names; the folder name never does.
    return f"items/item-{item_id:05d}"


def _nfc(path: str) -> str:
    return unicodedata.normalize("NFC", path)


def _write_payload(
    project: Project,
    items: list[dict[str, Any]],
    payload: Path,
    options: ExportOptions,
    today: dt.date,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> list[str]:
    stats: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    resources: list[dict[str, Any]] = []
    licences: set[str] = set()
    all_languages: set[str] = set()
    with (payload / "corpus.jsonl").open("w", encoding="utf-8", newline="\n") as corpus:
        for number, item in enumerate(items):
            cancel.raise_if_cancelled()
            progress(number / len(items), f"Adding item {item['id']}")
            done = redacted.load(project, item["id"])
            if done is None:  # the gates make sure of it; never export unredacted text
                raise QuireError(f"Item {item['id']} has no redacted rendition.")
            source = redacted.folder(project, item["id"])
            relative = _item_folder(item["id"])
            destination = payload / relative
            for name in sorted(done.files):
                out = destination / _nfc(name)
                out.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source / name, out)
                resources.append(_resource(f"{relative}/{_nfc(name)}", out))
            title = str(done.details.get("title") or f"Item {item['id']}")
            languages = _item_languages(project, item)
            all_languages.update(languages)
            if item["license"]:
                licences.add(item["license"])
            dc = _dublin_core(item, title, languages, relative)
            _write_text(destination / "dublin-core.xml", dc)
            resources.append(
                _resource(f"{relative}/dublin-core.xml", destination / "dublin-core.xml")
            )
            text = (source / done.text_file).read_text(encoding="utf-8")
            quality = _quality(project, item, done)
            record = {
                "id": f"item-{item['id']:05d}",
                "kind": item["kind"],
                "title": title,
                "languages": languages,
                "text": unicodedata.normalize("NFC", text),
                "files": [f"{relative}/{_nfc(n)}" for n in sorted(done.files)],
                "source": {
                    "organisation": options.organisation or None,
                    "format": _source_format(project, item["id"]),
                },
                "date": item["date"] or None,
                "rights": item["rights"],
                "license": item["license"] or None,
                "consent": item["consent_ref"] or None,
                "human_verified": quality.pop("human_verified"),
                "quality": quality,
            }
            corpus.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
            for language in languages or ["und"]:
                _count(stats[language], item, record, quality)
    resources.insert(0, _resource("corpus.jsonl", payload / "corpus.jsonl"))
    statistics = _finish_statistics(stats)
    _write_text(
        payload / "statistics.json",
        json.dumps(statistics, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
    )
    resources.insert(1, _resource("statistics.json", payload / "statistics.json"))
    card = _dataset_card(project, items, options, statistics, sorted(licences), today)
    _write_text(payload / "README.md", card)
    package = {
        "profile": "data-package",
        "name": _package_name(options, project),
        "title": options.description or f"Quire bundle from {options.organisation or 'an archive'}",
        "created": today.isoformat(),
        "licenses": [{"name": name} for name in sorted(licences)],
        "keywords": ["ocr", "speech", "archive", options.track],
        "resources": [{"name": "readme", "path": "README.md", "format": "md"}, *resources],
    }
    _write_text(
        payload / "datapackage.json",
        json.dumps(package, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
    )
    progress(1.0, "Payload written")
    return sorted(all_languages)


def _source_format(project: Project, item_id: int) -> str | None:
    originals = project.originals(item_id)
    return str(originals[0]["format"]) if originals else None


def _resource(path: str, file: Path) -> dict[str, Any]:
    suffix = file.suffix.lower().lstrip(".")
    name = path.replace("/", "-").replace(".", "-").lower()
    media = {
        "png": "image/png",
        "pdf": "application/pdf",
        "flac": "audio/flac",
        "txt": "text/plain",
        "json": "application/json",
        "jsonl": "application/jsonl",
        "vtt": "text/vtt",
        "xml": "application/xml",
    }.get(suffix, "application/octet-stream")
    return {
        "name": name,
        "path": path,
        "format": suffix,
        "mediatype": media,
        "bytes": file.stat().st_size,
    }


def _item_languages(project: Project, item: dict[str, Any]) -> list[str]:
    tags = bcp47(item["languages"])
    if not tags and item["kind"] == "recording":
        recording = project.recording_for_item(item["id"])
        if recording and recording["language"]:
            tags = [recording["language"]]
    return tags


def _dublin_core(item: dict[str, Any], title: str, languages: list[str], relative: str) -> str:
    dc = "http://purl.org/dc/elements/1.1/"
    terms = "http://purl.org/dc/terms/"
    ET.register_namespace("dc", dc)
    ET.register_namespace("dcterms", terms)
    root = ET.Element("metadata")
    ET.SubElement(root, f"{{{dc}}}identifier").text = relative.rsplit("/", 1)[-1]
    ET.SubElement(root, f"{{{dc}}}title").text = title
    ET.SubElement(root, f"{{{dc}}}type").text = "Text" if item["kind"] == "document" else "Sound"
    if item["date"]:
        ET.SubElement(root, f"{{{dc}}}date").text = item["date"]
    for language in languages:
        ET.SubElement(root, f"{{{dc}}}language").text = language
    ET.SubElement(root, f"{{{dc}}}rights").text = item["rights"]
    if item["license"]:
        ET.SubElement(
            root, f"{{{terms}}}license"
        ).text = f"https://spdx.org/licenses/{item['license']}.html"
    # People's names (creator, narrator, interviewer) are personal data: they stay home.
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _quality(project: Project, item: dict[str, Any], done: redacted.RedactedItem) -> dict[str, Any]:
    import jiwer

    from ..exports import page_plain_text, transcript_plain_text

    quality: dict[str, Any] = {}
    if item["kind"] == "document":
        pages = project.pages(item["id"])
        confidences = [p["ocr_mean_confidence"] for p in pages if p["ocr_mean_confidence"]]
        corrected = [(p, project.page_correction(p["id"])) for p in pages]
        verified = bool(pages) and all(text is not None for _p, text in corrected)
        pairs = [
            (text, page_plain_text(project.page_words(p["id"])))
            for p, text in corrected
            if text is not None and text.strip()
        ]
        quality.update(
            pages=len(pages),
            mean_ocr_confidence=round(sum(confidences) / len(confidences), 2)
            if confidences
            else None,
            cer=round(float(jiwer.cer([r for r, _ in pairs], [h for _, h in pairs])), 4)
            if pairs
            else None,
        )
    else:
        recording = project.recording_for_item(item["id"])
        assert recording is not None
        row = project.db.execute(
            "select 1 from transcript_corrections where recording_id = ?", [recording["id"]]
        ).fetchone()
        verified = row is not None
        wer = None
        if verified:
            reference = transcript_plain_text(project.transcript(recording["id"]))
            machine = transcript_plain_text(project.segments(recording["id"]))
            if reference.strip():
                wer = round(float(jiwer.wer(reference, machine)), 4)
        quality.update(duration_seconds=round(recording["duration"] or 0.0, 3), wer=wer)
    text = (redacted.folder(project, item["id"]) / done.text_file).read_text(encoding="utf-8")
    quality["words"] = len(text.split())
    quality["human_verified"] = verified
    return quality


def _count(
    stats: dict[str, float], item: dict[str, Any], record: dict[str, Any], quality: dict[str, Any]
) -> None:
    stats["items"] += 1
    stats["words"] += quality.get("words", 0)
    stats["verified_items"] += 1 if record["human_verified"] else 0
    if item["kind"] == "document":
        stats["pages"] += quality.get("pages", 0)
        if quality.get("mean_ocr_confidence") is not None:
            stats["_confidence_sum"] += quality["mean_ocr_confidence"]
            stats["_confidence_n"] += 1
        if quality.get("cer") is not None:
            stats["_cer_sum"] += quality["cer"]
            stats["_cer_n"] += 1
    else:
        stats["audio_hours"] += quality.get("duration_seconds", 0.0) / 3600
        if quality.get("wer") is not None:
            stats["_wer_sum"] += quality["wer"]
            stats["_wer_n"] += 1


def _finish_statistics(stats: dict[str, dict[str, float]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for language, values in sorted(stats.items()):
        items = values.get("items", 0)
        result[language] = {
            "items": int(items),
            "pages": int(values.get("pages", 0)),
            "words": int(values.get("words", 0)),
            "audio_hours": round(values.get("audio_hours", 0.0), 4),
            "share_verified_by_a_person": round(values.get("verified_items", 0) / items, 4)
            if items
            else 0.0,
            "mean_ocr_confidence": _mean(values, "confidence"),
            "cer_machine_vs_corrected": _mean(values, "cer"),
            "wer_machine_vs_corrected": _mean(values, "wer"),
        }
    return result


def _mean(values: dict[str, float], name: str) -> float | None:
    n = values.get(f"_{name}_n", 0)
    return round(values.get(f"_{name}_sum", 0.0) / n, 4) if n else None


def _size_category(count: int) -> str:
    return "n<1K" if count < 1000 else "1K<n<10K" if count < 10_000 else "10K<n<100K"


def _package_name(options: ExportOptions, project: Project) -> str:
    base = options.organisation or project.folder.name
    slug = "".join(c if c.isalnum() else "-" for c in unicodedata.normalize("NFKD", base).lower())
    slug = "-".join(part for part in slug.encode("ascii", "ignore").decode().split("-") if part)
    return f"{slug or 'quire'}-{options.track}"


def _dataset_card(
    project: Project,
    items: list[dict[str, Any]],
    options: ExportOptions,
    statistics: dict[str, Any],
    licences: list[str],
    today: dt.date,
) -> str:
    languages = sorted(statistics)
    header = {
        "pretty_name": options.description or "Archive material prepared with Quire",
        "language": languages,
        "license": [name.lower() for name in licences] or ["other"],
        "size_categories": [_size_category(len(items))],
        "track": options.track,
        "source_organisation": options.organisation or None,
        "created": today.isoformat(),
    }
    lines = ["---"]
    for key, value in header.items():
        lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    lines += ["---", ""]
    lines.append(f"# {header['pretty_name']}")
    lines.append("")
    track = (
        "an **open archive**: anyone may reuse it, training included, under the licences below"
        if options.track == "open"
        else "a **private dataset**, shared with the partner alone"
    )
    lines.append(f"This bundle is {track}.")
    lines.append("")
    lines.append(
        "Whole documents and whole conversations, in their own languages. Personal data "
        "(names, addresses, contacts, identity and account numbers) was found, reviewed by "
        "staff and removed from the text, the page images and the audio; the redaction "
        "ledger (quire/redaction-ledger.jsonl) records each removal without the value. "
        "People's names are left out of the metadata too."
    )
    lines.append("")
    lines.append(
        "| Language | Items | Pages | Words | Hours of audio | Verified by a person "
        "| Mean OCR confidence | CER | WER |"
    )
    lines.append("|---|---|---|---|---|---|---|---|---|")
    for language, s in statistics.items():
        lines.append(
            f"| {language} | {s['items']} | {s['pages']} | {s['words']} | {s['audio_hours']:.2f} "
            f"| {s['share_verified_by_a_person']:.0%} | {_fmt(s['mean_ocr_confidence'])} "
            f"| {_fmt(s['cer_machine_vs_corrected'])} | {_fmt(s['wer_machine_vs_corrected'])} |"
        )
    lines.append("")
    lines.append(
        "CER and WER compare the machine's text with the text as corrected by staff, where "
        "corrections exist. An item in several languages counts under each."
    )
    lines.append("")
    lines.append(
        "Files: `corpus.jsonl` (one record per item), `statistics.json`, "
        "`datapackage.json`, and per item under `items/`: page images (PNG), a "
        "searchable PDF, ALTO XML, text, audio (FLAC), transcripts (JSON, WebVTT) and "
        "Dublin Core."
    )
    return "\n".join(lines) + "\n"


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3g}"


# ----- bag --------------------------------------------------------------------------


def _make_bag(
    project: Project,
    items: list[dict[str, Any]],
    staging: Path,
    payload: Path,
    options: ExportOptions,
    today: dt.date,
) -> Path:
    bag_info = {
        "Bagging-Date": today.isoformat(),
        "Bag-Software-Agent": f"Quire {__version__}",
        "Source-Organization": options.organisation or "Not given",
        "External-Description": options.description
        or f"{len(items)} items prepared with Quire ({options.track} track).",
        "Quire-Track": options.track,
    }
    if options.contact:
        bag_info["Contact-Email" if "@" in options.contact else "Contact-Name"] = options.contact
    bag = bagit.make_bag(str(payload), bag_info, processes=1, checksums=CHECKSUMS)
    # RFC 8493 is BagIt 1.0; bagit-python still writes 0.97 by default.
    Path(bag.path, "bagit.txt").write_text(
        "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", encoding="utf-8"
    )
    tags = Path(bag.path) / "quire"
    tags.mkdir()
    _write_tag_files(project, items, tags, options, today)
    bag = bagit.Bag(bag.path)
    bag.save(processes=1)
    for name in CHECKSUMS:  # bagit lists tag files in directory order: sort them
        manifest = Path(bag.path) / f"tagmanifest-{name}.txt"
        lines = sorted(manifest.read_text(encoding="utf-8").splitlines())
        manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    final = staging / "bag"
    os.replace(payload, final)
    return final


def _write_tag_files(
    project: Project,
    items: list[dict[str, Any]],
    tags: Path,
    options: ExportOptions,
    today: dt.date,
) -> None:
    from ..pii.review import ledger_rows

    with (tags / "redaction-ledger.jsonl").open("w", encoding="utf-8", newline="\n") as ledger:
        for row in ledger_rows(project, [item["id"] for item in items]):
            ledger.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    salt = project_salt(project)
    with (tags / "consent-register.csv").open("w", encoding="utf-8", newline="\n") as register:
        register.write("item,narrator,form_reference,status,terms,embargo\n")
        for item in items:
            if item["kind"] != "recording":
                continue
            narrator = pseudonym(salt, item["narrator"]) if item["narrator"] else ""
            cells = [
                f"item-{item['id']:05d}",
                narrator,
                item["consent_ref"] or "",
                item["consent_status"] or "none",
                item["consent_terms"] or "",
                item["embargo"] or "",
            ]
            register.write(",".join(_csv(cell) for cell in cells) + "\n")
    models = sorted(
        {
            str(r[0])
            for r in project.db.execute(
                "select asr_model from recordings where asr_model is not null"
            )
        }
    )
    engines = sorted(
        {
            f"{r[0]} ({r[1]})"
            for r in project.db.execute(
                "select distinct ocr_engine, ocr_languages from pages where ocr_engine is not null"
            )
        }
    )
    log = {
        "quire_version": __version__,
        "exported_on": today.isoformat(),
        "exported_by": options.exported_by or _user(),
        "track": options.track,
        "items": [f"item-{item['id']:05d}" for item in items],
        "left_out": [f"item-{item_id:05d}" for item_id in sorted(options.leave_out)],
        "ocr": engines,
        "speech_models": models,
    }
    (tags / "export-log.json").write_text(
        json.dumps(log, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )


def _csv(cell: str) -> str:
    if any(c in cell for c in ',"\n'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def project_salt(project: Project) -> str:
    from ..pii.review import salt

    return str(salt(project))


def pseudonym(salt: str, value: str) -> str:
    import hashlib

    normalised = unicodedata.normalize("NFC", value).casefold().strip()
    return "person-" + hashlib.sha256((salt + normalised).encode()).hexdigest()[:10]


def _write_zip(bag: Path, out: Path, top: str) -> None:
    files = sorted(p for p in bag.rglob("*") if p.is_file())
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for file in files:
            name = f"{top}/{file.relative_to(bag).as_posix()}"
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            with file.open("rb") as source, archive.open(info, "w") as target:
                shutil.copyfileobj(source, target, 1 << 20)


def describe_blockers(found: Iterable[Blocker]) -> list[dict[str, Any]]:
    return [{"item": b.item_id, "title": b.title, "reason": b.reason, "fix": b.fix} for b in found]
