"""Speed of redaction: N page images and M minutes of audio, with verification (OCR and
speech recognition of the results) measured on a sample and given per page / per minute.
Prints a table and writes bench/results/redact.json.

    .venv/bin/python bench/redact_bench.py                       # 100 pages, 60 minutes
    .venv/bin/python bench/redact_bench.py --pages 20 --minutes 5

Pages are the three typed sample letters (resources/samples, 1654 x 2339 at 200 dpi) in
turn, each with the boxes of its planted personal data taken from one OCR reading made
before the clock starts. Audio is the sample interview (16 kHz mono) repeated to M minutes,
with a 2-second span to redact every 10 seconds; a 48 kHz stereo copy of the same length
is timed as well. Everything runs in one process on one core, one file after another.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "resources" / "samples"
sys.path.insert(0, str(REPO))

import av  # noqa: E402
import numpy as np  # noqa: E402
from faster_whisper.audio import decode_audio  # noqa: E402

from desktop.core.asr.models import resolve_model  # noqa: E402
from desktop.core.asr.transcribe import LoadedModel  # noqa: E402
from desktop.core.model import OcrWord  # noqa: E402
from desktop.core.ocr.tesseract import recognise  # noqa: E402
from desktop.core.progress import CancelToken  # noqa: E402
from desktop.core.redact import (  # noqa: E402
    Box,
    find_values,
    metadata_of,
    redact_audio,
    redact_image,
    redact_page_to_pdf,
    strip_metadata,
    verify_audio,
    verify_image,
)

PAGES = {  # sample -> (languages, planted values)
    "letter-en.png": (
        "eng",
        ["Margaret Ellison", "Mrs Ellison", "14 Harbour Street", "01632 960 318",
         "m.ellison@example.org"],
    ),
    "lettre-fr.png": ("fra", ["Étienne Laborde", "12 rue des Tanneurs", "05 36 49 25 17"]),
    "bref-is.png": ("isl", ["Guðrún Sigurðardóttir", "120345-2919"]),
}  # fmt: skip
AUDIO_VALUES = ["Thomas Fletcher", "01632 960 527"]


def page_inputs() -> list[tuple[Path, str, list[str], list[OcrWord], list[Box]]]:
    inputs = []
    for name, (languages, values) in PAGES.items():
        path = SAMPLES / name
        words = recognise(path, languages, dpi=200, timeout=120, cancel=CancelToken())
        boxes = [Box(*leak.where, kind="PERSON") for leak in find_values(values, words)]  # type: ignore[misc]
        inputs.append((path, languages, values, words, boxes))
    return inputs


def bench_pages(count: int, verify: int, work: Path) -> dict[str, Any]:
    inputs = page_inputs()
    planted = {
        path.name: f"{len(find_values(values, words))} of {len(values)}"
        for path, _, values, words, _ in inputs
    }
    started = time.perf_counter()
    for index in range(count):
        path, _, _, _, boxes = inputs[index % len(inputs)]
        redact_image(path, boxes, work / f"page-{index}.png")
    png_seconds = time.perf_counter() - started

    started = time.perf_counter()
    for index in range(count):
        path, _, _, words, boxes = inputs[index % len(inputs)]
        redact_page_to_pdf(
            path, words, boxes, work / f"page-{index}.png", work / f"page-{index}.pdf"
        )
    pdf_seconds = time.perf_counter() - started

    started = time.perf_counter()
    for index in range(count):
        for suffix in ("png", "pdf"):
            assert metadata_of(work / f"page-{index}.{suffix}") == {}
    check_seconds = time.perf_counter() - started

    leaks = 0
    started = time.perf_counter()
    for index in range(verify):
        _, languages, values, _, _ = inputs[index % len(inputs)]
        result = verify_image(work / f"page-{index}.png", values, languages)
        leaks += len(result.leaks)
    verify_seconds = time.perf_counter() - started
    return {
        "pages": count,
        "planted_found": planted,
        "redact_png_s_per_page": png_seconds / count,
        "redact_png_and_pdf_s_per_page": pdf_seconds / count,
        "metadata_check_s_per_page": check_seconds / count,
        "verified_pages": verify,
        "verify_s_per_page": verify_seconds / max(verify, 1),
        "leaks_after_redaction": leaks,
        "pages_per_minute_redact_png_pdf": 60 * count / pdf_seconds,
    }


def long_recording(path: Path, minutes: float, rate: int, channels: int) -> Path:
    speech = decode_audio(str(SAMPLES / "interview-en.flac"), sampling_rate=rate)
    total = int(minutes * 60 * rate)
    layout = "mono" if channels == 1 else "stereo"
    with av.open(str(path), "w", format="flac") as out:
        stream = out.add_stream("flac", rate=rate, layout=layout)
        stream.format = "s16"
        written = 0
        while written < total:
            piece = speech[: total - written]
            ints = np.clip(piece * 32767, -32768, 32767).astype(np.int16)
            packed = np.repeat(ints[np.newaxis, :], channels, axis=0).T.reshape(1, -1).copy()
            frame = av.AudioFrame.from_ndarray(packed, format="s16", layout=layout)
            frame.sample_rate, frame.pts, frame.time_base = rate, written, Fraction(1, rate)
            for packet in stream.encode(frame):
                out.mux(packet)
            written += len(piece)
        for packet in stream.encode(None):
            out.mux(packet)
    return path


def bench_audio(minutes: float, verify_minutes: float, work: Path) -> dict[str, Any]:
    spans = [(start + 4.0, start + 6.0) for start in range(0, int(minutes * 60), 10)]
    results: dict[str, Any] = {"minutes": minutes, "spans": len(spans)}
    for label, rate, channels in (("16k_mono", 16000, 1), ("48k_stereo", 48000, 2)):
        source = long_recording(work / f"{label}.flac", minutes, rate, channels)
        started = time.perf_counter()
        redact_audio(source, spans, work / f"{label}-tone.flac")
        tone = time.perf_counter() - started
        started = time.perf_counter()
        strip_metadata(work / f"{label}-tone.flac", work / f"{label}-copy.flac")
        strip = time.perf_counter() - started
        results[label] = {
            "redact_tone_s": tone,
            "redact_s_per_audio_hour": tone * 60 / minutes,
            "strip_metadata_s": strip,
            "size_mb": source.stat().st_size / 1e6,
        }
    # Verification: the interview, its name and number toned out, transcribed again.
    name, folder = resolve_model(None)
    model = LoadedModel(name, folder, "cpu")
    sample = long_recording(work / "verify.flac", verify_minutes, 16000, 1)
    heard = verify_audio(SAMPLES / "interview-en.flac", AUDIO_VALUES, "eng", model=model)
    interview_spans = [(leak.where[0], leak.where[1]) for leak in heard.leaks]
    redacted = redact_audio(SAMPLES / "interview-en.flac", interview_spans, work / "iv.flac")
    after = verify_audio(redacted.path, AUDIO_VALUES, "eng", model=model)
    started = time.perf_counter()
    verify_audio(sample, AUDIO_VALUES, "eng", model=model)
    verify_seconds = time.perf_counter() - started
    results["verify"] = {
        "minutes": verify_minutes,
        "s": verify_seconds,
        "real_time_factor": verify_seconds / (verify_minutes * 60),
        "values_heard_before": len(heard.leaks),
        "values_heard_after": len(after.leaks),
    }
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--verify-pages", type=int, default=6)
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--verify-minutes", type=float, default=1.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        pages = bench_pages(args.pages, min(args.verify_pages, args.pages), work)
        audio = bench_audio(args.minutes, args.verify_minutes, work)
    report = {
        "machine": f"{platform.machine()}, Python {platform.python_version()}",
        "date": time.strftime("%Y-%m-%d"),
        "peak_memory_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "pages": pages,
        "audio": audio,
    }
    rows = [
        ("pages redacted (PNG only)", f"{pages['redact_png_s_per_page']:.2f} s/page"),
        ("pages redacted (PNG + searchable PDF)",
         f"{pages['redact_png_and_pdf_s_per_page']:.2f} s/page"
         f"  ({pages['pages_per_minute_redact_png_pdf']:.0f} pages/min)"),
        ("planted values read on the originals", f"{pages['planted_found']}"),
        ("metadata check of both files", f"{pages['metadata_check_s_per_page']:.3f} s/page"),
        (f"verification by OCR ({pages['verified_pages']} pages)",
         f"{pages['verify_s_per_page']:.2f} s/page, leaks {pages['leaks_after_redaction']}"),
    ]  # fmt: skip
    for label in ("16k_mono", "48k_stereo"):
        figures = audio[label]
        rows.append(
            (
                f"audio {args.minutes:g} min {label}, {audio['spans']} spans toned",
                f"{figures['redact_tone_s']:.1f} s ({figures['redact_s_per_audio_hour']:.1f} s"
                f" per hour), strip {figures['strip_metadata_s']:.2f} s",
            )
        )
    verify = audio["verify"]
    rows.append(
        (
            f"verification by ASR ({verify['minutes']:g} min)",
            f"real-time factor {verify['real_time_factor']:.3f}; interview values heard "
            f"{verify['values_heard_before']} before, {verify['values_heard_after']} after",
        )
    )
    rows.append(("peak memory", f"{report['peak_memory_mib']:.0f} MiB"))
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")
    out = REPO / "bench" / "results" / "redact.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"written to {out.relative_to(REPO)}")


if __name__ == "__main__":
    main()
