"""Export and validation of a submission bundle, against bagit-python alone on the same files.

    .venv/bin/python bench/bundle_bench.py                 # 200 pages and 1 hour of audio
    .venv/bin/python bench/bundle_bench.py --pages 20 --minutes 6

A project is generated rather than recognised (recognising 200 pages and an hour of speech
would take the better part of an hour here and measures something else): every page is a
copy of the sample letter, already "recognised" and redacted, and the hour of audio is one
FLAC in 12 recordings of 5 minutes, so that the bundle holds real files of real sizes.
Each side runs as its own process, timed from start to exit; peak memory is that
process's maximum resident size. Prints a table and writes bench/results/bundle.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from desktop.core import redacted  # noqa: E402
from desktop.core.pii.review import mark_scanned, text_hash  # noqa: E402,F401
from desktop.core.pii.scan import item_texts  # noqa: E402
from desktop.core.store.project import Project, now  # noqa: E402

SAMPLES = REPO / "resources" / "samples"
PAGES_PER_DOCUMENT = 10
MINUTES_PER_RECORDING = 5

PLAIN_BAGIT = """
import shutil, sys, bagit
source, target = sys.argv[1], sys.argv[2]
shutil.copytree(source, target)
bagit.make_bag(target, {"Source-Organization": "bench"}, checksums=["sha256", "sha512"])
"""
PLAIN_VALIDATE = """
import sys, bagit
bagit.Bag(sys.argv[1]).validate()
"""


def timed(command: list[str]) -> tuple[float, float]:
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        assert process.stderr is not None
        raise SystemExit(f"{command[:4]} failed ({code}): {process.stderr.read().decode()}")
    return seconds, usage.ru_maxrss / 1024


def _hour_of_audio(folder: Path, minutes: int) -> Path:
    """A FLAC of ``minutes`` minutes, by repeating the sample interview (16 kHz mono)."""
    import av

    out = folder / f"speech-{minutes}min.flac"
    source = SAMPLES / "interview-en.flac"
    with av.open(str(source)) as probe:
        seconds = float(probe.duration or 0) / 1e6
    loops = max(1, int(minutes * 60 / seconds))
    subprocess.run([sys.executable, "-c", _CONCAT, str(source), str(out), str(loops)], check=True)
    return out


_CONCAT = """
import sys, av
source, out, loops = sys.argv[1], sys.argv[2], int(sys.argv[3])
with av.open(out, "w", format="flac") as target:
    stream = target.add_stream("flac", rate=16000, layout="mono")
    for _ in range(loops):
        with av.open(source) as src:
            resampler = av.AudioResampler(format="s16", layout="mono", rate=16000)
            for frame in src.decode(audio=0):
                for piece in resampler.resample(frame):
                    piece.pts = None
                    for packet in stream.encode(piece):
                        target.mux(packet)
    for packet in stream.encode(None):
        target.mux(packet)
"""


def generate(folder: Path, pages: int, minutes: int) -> Project:
    """A project whose items are recognised, reviewed and redacted, without running OCR."""
    project = Project.create(folder / "project")
    page_image = SAMPLES / "letter-en.png"
    text = (SAMPLES / "letter-en.txt").read_text(encoding="utf-8")
    audio = _hour_of_audio(folder, MINUTES_PER_RECORDING)
    documents = (pages + PAGES_PER_DOCUMENT - 1) // PAGES_PER_DOCUMENT
    recordings = max(1, minutes // MINUTES_PER_RECORDING) if minutes else 0
    for number in range(documents):
        item_id = project.add_item("document", f"Letters {number + 1}", "eng", "letters.tif")
        count = min(PAGES_PER_DOCUMENT, pages - number * PAGES_PER_DOCUMENT)
        files = []
        for index in range(count):
            page_id = project.add_page(
                item_id=item_id,
                page_index=index,
                source_page=index,
                width=1654,
                height=2339,
                dpi=200.0,
                image_path="",
                image_width=1654,
                image_height=2339,
                ocr_status="done",
                ocr_languages="eng",
                ocr_engine="tesseract 5",
                ocr_mean_confidence=91.0,
                ocr_at=now(),
            )
            project.set_page_correction(page_id, text)
            name = f"pages/page-{index + 1:03d}.png"
            target = redacted.folder(project, item_id) / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(page_image, target)
            files.append(name)
        _finish_item(project, item_id, files, text * count)
    for number in range(recordings):
        item_id = project.add_item("recording", f"Interview {number + 1}", "eng", "a.flac")
        project.add_recording(
            item_id=item_id,
            duration=MINUTES_PER_RECORDING * 60.0,
            sample_rate=16000,
            channels=1,
            asr_status="done",
            asr_model="base",
            language="en",
            asr_at=now(),
        )
        target = redacted.folder(project, item_id) / "audio.flac"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(audio, target)
        _finish_item(project, item_id, ["audio.flac"], "Transcript of the interview.\n")
        project.set_item_metadata(item_id, consent_ref=f"FORM-{number}", consent_status="signed")
    for item in project.items():
        project.set_item_metadata(item["id"], rights="Bench archive", license="CC-BY-4.0")
    return project


def _finish_item(project: Project, item_id: int, files: list[str], text: str) -> None:
    for unit in item_texts(project, project.item(item_id)):
        mark_scanned(project, item_id, unit.page_id, unit.recording_id, unit.text)
    folder = redacted.folder(project, item_id)
    (folder / "text.txt").write_text(text, encoding="utf-8")
    redacted.save(
        project,
        redacted.RedactedItem(
            item_id=item_id,
            fingerprint=redacted.input_fingerprint(project, item_id),
            files=[*files, "text.txt"],
            text_file="text.txt",
            verified=True,
            made_at=now(),
        ),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--minutes", type=int, default=60)
    options = parser.parse_args()
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="quire-bundle-bench-") as temp:
        work = Path(temp)
        started = time.perf_counter()
        project = generate(work, options.pages, options.minutes)
        folder = project.folder
        project.close()
        print(
            f"Generated {options.pages} pages and {options.minutes} min of audio in "
            f"{time.perf_counter() - started:.0f} s"
        )
        quire = [sys.executable, "-m", "desktop"]
        seconds, peak = timed([*quire, "export", str(folder), str(work / "bag"), "--track", "open"])
        payload = sum(f.stat().st_size for f in (work / "bag" / "data").rglob("*") if f.is_file())
        rows.append({"step": "export (quire)", "seconds": seconds, "peak_mib": peak})
        # bagit-python alone, on the same payload files.
        seconds, peak = timed(
            [sys.executable, "-c", PLAIN_BAGIT, str(work / "bag" / "data"), str(work / "plain")]
        )
        rows.append({"step": "make_bag (bagit alone)", "seconds": seconds, "peak_mib": peak})
        seconds, peak = timed([*quire, "validate", str(work / "bag")])
        rows.append({"step": "validate (quire)", "seconds": seconds, "peak_mib": peak})
        seconds, peak = timed([sys.executable, "-c", PLAIN_VALIDATE, str(work / "bag")])
        rows.append({"step": "validate (bagit alone)", "seconds": seconds, "peak_mib": peak})
    export, plain, ours, theirs = rows
    ratios = {
        "export_vs_bagit": export["seconds"] / plain["seconds"],
        "validate_vs_bagit": ours["seconds"] / theirs["seconds"],
    }
    print(
        f"\nBundle of {options.pages} pages and {options.minutes} min of audio "
        f"({payload / 1e6:.0f} MB payload), {os.cpu_count()} cores"
    )
    print(f"{'step':<26}{'seconds':>10}{'peak MiB':>10}")
    for row in rows:
        print(f"{row['step']:<26}{row['seconds']:>10.1f}{row['peak_mib']:>10.0f}")
    print(
        f"export / bagit alone: {ratios['export_vs_bagit']:.2f}; "
        f"validate / bagit alone: {ratios['validate_vs_bagit']:.2f}"
    )
    out = REPO / "bench" / "results" / "bundle.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "pages": options.pages,
                "minutes": options.minutes,
                "payload_bytes": payload,
                "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
                "rows": rows,
                "ratios": ratios,
            },
            indent=2,
        )
        + "\n"
    )
    print(f"Wrote {out}")


if __name__ == "__main__":
    main()
