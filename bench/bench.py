"""Speed, accuracy and memory of Quire's OCR and speech recognition, side by side with the
plain tools on the same files in the same run. Prints a table and writes bench/latest.json.

    .venv/bin/python bench/bench.py            # OCR and ASR
    .venv/bin/python bench/bench.py --only ocr

Each side runs as its own process, timed from start to exit, and its peak memory is that
process's maximum resident size (os.wait4). Quire's OCR is timed for `quire ocr` alone
(the import, which renders PDFs and copies originals, is timed apart).
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
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
sys.path.insert(0, str(REPO))

from desktop.core.asr.models import resolve_model  # noqa: E402
from desktop.core.exports import page_plain_text  # noqa: E402
from desktop.core.store.project import Project  # noqa: E402
from tests.text_metrics import cer, wer  # noqa: E402

SCANS = {  # file -> Tesseract languages
    "linn.png": "eng",
    "typewriter.png": "nld",
    "baiona.png": "eus+fra+spa",
    "crom.png": "eng",
    "c02-22.pdf": "eng",
    "multipage.pdf": "eng",
    "skew.pdf": "eng",
    "francais.pdf": "fra",
}
JFK = (
    "And so my fellow Americans, ask not what your country can do for you, "
    "ask what you can do for your country."
)
PLAIN_WHISPER = """
import os, sys, time
from faster_whisper import WhisperModel
model = WhisperModel(sys.argv[1], device="cpu", compute_type="int8", cpu_threads=os.cpu_count())
segments, info = model.transcribe(sys.argv[2], multilingual=True, condition_on_previous_text=False,
                                  vad_filter=True, word_timestamps=True, beam_size=5)
print(" ".join(s.text.strip() for s in segments))
"""


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Wall seconds, peak resident MiB, and stdout of one process."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - start
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    if process.returncode != 0:
        raise SystemExit(f"{command[:3]} failed with exit code {process.returncode}")
    return seconds, usage.ru_maxrss / 1024, text


def quire(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "desktop", *map(str, args)]


def bench_ocr(work: Path, repeat: int) -> dict[str, Any]:
    project = work / "ocr-project"
    subprocess.run(quire("init", project), check=True, capture_output=True)
    start = time.perf_counter()
    for name, languages in SCANS.items():
        subprocess.run(
            quire("add", project, CORPUS / "scans" / name, "--lang", languages),
            check=True,
            capture_output=True,
        )
    import_seconds = time.perf_counter() - start

    # The plain tool reads the same page images Quire's OCR starts from.
    with Project.open(project, read_only=True) as opened:
        jobs = [
            (opened.path(page["source_path"]), item["languages"])
            for item in opened.items()
            for page in opened.pages(item["id"])
        ]
        linn_item = next(i["id"] for i in opened.items() if i["source_name"] == "linn.png")
    pages = len(jobs)

    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    peaks: list[float] = []

    def plain(job: tuple[Path, str], *extra: str) -> None:
        image, languages = job
        output = work / f"plain-{image.parent.name}-{image.stem}"
        _, mib, _ = timed(["tesseract", str(image), str(output), "-l", languages, *extra], env)
        peaks.append(mib)

    def plain_run(*extra: str) -> float:
        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            list(pool.map(lambda job: plain(job, *extra), jobs))
        return time.perf_counter() - start

    # Plain text, as Tesseract is most often run; and TSV, the output with word boxes and
    # confidences that Quire asks for (it costs Tesseract about 5% more).
    # Rounds alternate the three runs; the fastest of each counts (the least disturbed).
    quire_times, plain_tsv_times, plain_times, quire_mib = [], [], [], 0.0
    for attempt in range(repeat):
        seconds, quire_mib, _ = timed(quire("ocr", project, *(["--redo"] if attempt else [])))
        quire_times.append(seconds)
        plain_tsv_times.append(plain_run("tsv"))
        plain_times.append(plain_run())
    quire_seconds, plain_tsv_seconds, plain_seconds = (
        min(quire_times),
        min(plain_tsv_times),
        min(plain_times),
    )

    reference = (CORPUS / "scans" / "linn.txt").read_text(encoding="utf-8")
    with Project.open(project, read_only=True) as opened:
        texts = {
            item["source_name"]: "\n".join(
                page_plain_text(opened.page_words(p["id"])) for p in opened.pages(item["id"])
            )
            for item in opened.items()
        }
        skew_angle = next(
            p["deskew_angle"]
            for i in opened.items()
            if i["source_name"] == "skew.pdf"
            for p in opened.pages(i["id"])
        )
    plain_linn = work / f"plain-item-{linn_item}-page-0001.source.txt"
    return {
        "pages": pages,
        "import_seconds": round(import_seconds, 2),
        "quire_seconds": round(quire_seconds, 2),
        "plain_seconds": round(plain_seconds, 2),
        "quire_pages_per_minute": round(pages / quire_seconds * 60, 1),
        "plain_pages_per_minute": round(pages / plain_seconds * 60, 1),
        "ratio": round(plain_seconds / quire_seconds, 3),
        "plain_tsv_seconds": round(plain_tsv_seconds, 2),
        "plain_tsv_pages_per_minute": round(pages / plain_tsv_seconds * 60, 1),
        "ratio_tsv": round(plain_tsv_seconds / quire_seconds, 3),
        "quire_peak_mib": round(quire_mib),
        "plain_peak_mib": round(max(peaks)),
        "linn_cer": round(cer(reference, texts["linn.png"]), 4),
        "plain_linn_cer": round(cer(reference, plain_linn.read_text(encoding="utf-8")), 4)
        if plain_linn.exists()
        else None,
        "skew_cer": round(cer(reference, texts["skew.pdf"]), 4),
        "skew_deskew_angle": skew_angle,
    }


def bench_asr(work: Path, name: str, repeat: int) -> dict[str, Any]:
    audio = CORPUS / "audio" / name
    _, model_dir = resolve_model("base")
    plain_runs, quire_runs = [], []
    for attempt in range(repeat):
        plain_runs.append(timed([sys.executable, "-c", PLAIN_WHISPER, str(model_dir), str(audio)]))
        project = work / f"asr-{name}-{attempt}"
        subprocess.run(quire("init", project), check=True, capture_output=True)
        subprocess.run(quire("add", project, audio), check=True, capture_output=True)
        quire_runs.append(timed(quire("transcribe", project)))
    plain = min(plain_runs)
    mine = min(quire_runs)
    with Project.open(project, read_only=True) as opened:
        recording = opened.recording_for_item(1)
        assert recording is not None
        duration = recording["duration"]
        text = " ".join(s.text for s in opened.segments(recording["id"]))
    result: dict[str, Any] = {
        "audio_seconds": round(duration, 1),
        "quire_seconds": round(mine[0], 2),
        "plain_seconds": round(plain[0], 2),
        "quire_rtf": round(mine[0] / duration, 3),
        "plain_rtf": round(plain[0] / duration, 3),
        "ratio": round(plain[0] / mine[0], 3),
        "quire_peak_mib": round(mine[1]),
        "plain_peak_mib": round(plain[1]),
        "same_text_as_plain": " ".join(text.split()) == " ".join(plain[2].split()),
    }
    if name == "jfk.flac":
        result["wer"] = wer(JFK, text)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=["ocr", "asr"])
    parser.add_argument(
        "--repeat", type=int, default=2, help="runs per side (OCR: one more); the fastest counts"
    )
    args = parser.parse_args()
    if not shutil.which("tesseract"):
        raise SystemExit("tesseract is not installed: run scripts/bootstrap.sh")
    results: dict[str, Any] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.platform()}",
        "date": time.strftime("%Y-%m-%d"),
    }
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        if args.only in (None, "ocr"):
            results["ocr"] = bench_ocr(work, args.repeat + 1)
        if args.only in (None, "asr"):
            results["asr"] = {
                name: bench_asr(work, name, args.repeat)
                for name in ("jfk.flac", "multilingual.mp3")
            }

    rows = [("measure", "Quire", "plain tool", "ratio (plain time / Quire time)")]
    if "ocr" in results:
        o = results["ocr"]
        rows += [
            (
                f"OCR pages/min ({o['pages']} pages)",
                str(o["quire_pages_per_minute"]),
                str(o["plain_pages_per_minute"]),
                str(o["ratio"]),
            ),
            (
                "OCR pages/min, plain with word boxes (tsv)",
                str(o["quire_pages_per_minute"]),
                str(o["plain_tsv_pages_per_minute"]),
                str(o["ratio_tsv"]),
            ),
            (
                "OCR peak memory (largest process), MiB",
                str(o["quire_peak_mib"]),
                str(o["plain_peak_mib"]),
                "",
            ),
            (
                "CER linn.png",
                f"{o['linn_cer']:.2%}",
                f"{o['plain_linn_cer']:.2%}" if o["plain_linn_cer"] is not None else "-",
                "",
            ),
            ("CER skew.pdf (deskewed)", f"{o['skew_cer']:.2%} ({o['skew_deskew_angle']}°)", "", ""),
        ]
    for name, a in results.get("asr", {}).items():
        rows += [
            (
                f"ASR real-time factor, {name} ({a['audio_seconds']} s)",
                str(a["quire_rtf"]),
                str(a["plain_rtf"]),
                str(a["ratio"]),
            ),
            (
                f"ASR peak memory, {name}, MiB",
                str(a["quire_peak_mib"]),
                str(a["plain_peak_mib"]),
                "",
            ),
        ]
        if "wer" in a:
            rows.append((f"WER {name}", f"{a['wer']:.1%}", "", ""))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for index, row in enumerate(rows):
        print(" | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if index == 0:
            print("-|-".join("-" * width for width in widths))
    (REPO / "bench" / "latest.json").write_text(
        json.dumps(results, indent=2) + "\n", encoding="utf-8"
    )
    print(f"\nWrote {REPO / 'bench' / 'latest.json'}")


if __name__ == "__main__":
    main()
