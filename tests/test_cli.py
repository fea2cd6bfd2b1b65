"""The quire command end to end, as a script outside the project would call it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from desktop.core.store.project import Project
from tests.conftest import CORPUS, SAMPLES, hold_open, run_quire
from tests.text_metrics import cer, wer


def _no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr + result.stdout


def test_version_and_help() -> None:
    assert run_quire("--version").stdout.startswith("quire ")
    result = run_quire("--help")
    for command in ("init", "add", "ocr", "transcribe", "export-text", "vocab", "status"):
        assert command in result.stdout


def test_whole_pipeline(tmp_path: Path) -> None:
    project = tmp_path / "Box 7 — letters"
    assert run_quire("init", project).returncode == 0

    added = run_quire(
        "add", project, CORPUS / "scans" / "linn.png", CORPUS / "audio" / "jfk.flac", "--json"
    )
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["added"] == [1, 2]

    vocab = run_quire("vocab", "add", project, "Kennedy", "Americans")
    assert vocab.returncode == 0
    listed = run_quire("vocab", "list", project, "--json")
    assert json.loads(listed.stdout)["vocabulary"] == ["Americans", "Kennedy"]

    ocr = run_quire("ocr", project, "1", "--json")
    assert ocr.returncode == 0, ocr.stderr
    assert json.loads(ocr.stdout)["recognised"] == 1

    asr = run_quire("transcribe", project, "--json")
    assert asr.returncode == 0, asr.stderr
    assert json.loads(asr.stdout) | {"notes": []} == {
        "transcribed": 1,
        "skipped": 0,
        "device": "cpu int8",
        "notes": [],
        "failed": [],
    }

    status = json.loads(run_quire("status", project, "--json").stdout)
    assert [(i["id"], i["kind"], i["status"]) for i in status["items"]] == [
        (1, "document", "recognised"),
        (2, "recording", "recognised"),
    ]
    assert status["items"][1]["language"] == "en"
    assert status["interrupted_jobs"] == []

    out = tmp_path / "export"
    exported = run_quire("export-text", project, out)
    assert exported.returncode == 0, exported.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(
        ["1.txt", "1.hocr", "1.alto.xml", "1.pdf", "2.txt", "2.vtt", "2.srt", "2.json", "items.tsv"]
    )
    reference = (CORPUS / "scans" / "linn.txt").read_text(encoding="utf-8")
    assert cer(reference, (out / "1.txt").read_text(encoding="utf-8")) <= 0.015
    pdf_text = pdfium.PdfDocument(out / "1.pdf")[0].get_textpage().get_text_range()
    assert cer(reference, pdf_text) <= 0.03
    transcript = json.loads((out / "2.json").read_text(encoding="utf-8"))
    assert (
        wer(
            "And so my fellow Americans, ask not what your country can do for you, "
            "ask what you can do for your country.",
            (out / "2.txt").read_text(),
        )
        == 0
    )
    assert transcript["segments"][0]["words"][0]["word"].strip() == "And"
    assert (out / "2.vtt").read_text().startswith("WEBVTT")
    assert "00:00:00,000 --> " in (out / "2.srt").read_text()

    again = run_quire("ocr", project)
    assert again.returncode == 0 and "already done" in again.stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("status", "/nonexistent/project"), 3, "is not a Quire project"),
        (("ocr", "{project}", "42"), 3, "There is no item 42"),
        (("ocr", "{project}", "first"), 3, "'first' is not an item number"),
        (
            ("add", "{project}", "{corpus}/scans/crom.png", "--lang", "klingon!"),
            3,
            "not a list of languages",
        ),
        (
            ("add", "{project}", "{corpus}/scans/crom.png", "--lang", "eng+tlh"),
            4,
            "apt-get install tesseract-ocr-tlh",
        ),
        (
            ("transcribe", "{project}", "--model", "/nonexistent/model"),
            0,
            "",
        ),  # nothing to transcribe yet
        (("add", "{project}", "/nonexistent/file.png"), 1, "does not exist"),
        (("add", "{project}", "{corpus}/bad/invalid.pdf"), 1, "invalid.pdf could not be read"),
        (("init", "{project}"), 3, "already a Quire project"),
        (("bogus",), 2, "invalid choice"),
    ],
)
def test_mistakes_get_one_clear_message_and_an_exit_code(
    tmp_path: Path, args: tuple[str, ...], code: int, message: str
) -> None:
    project = tmp_path / "p"
    run_quire("init", project)
    result = run_quire(*(a.format(project=project, corpus=CORPUS) for a in args))
    _no_traceback(result)
    assert result.returncode == code, result.stderr
    assert message in result.stderr


def test_missing_model_is_named_with_the_fix(tmp_path: Path) -> None:
    project = tmp_path / "p"
    run_quire("init", project)
    run_quire("add", project, CORPUS / "audio" / "jfk.flac")
    result = run_quire("transcribe", project, "--model", "medium")
    _no_traceback(result)
    assert result.returncode == 4
    assert (
        "No speech model called 'medium'" in result.stderr
        and "--model /path/to/folder" in result.stderr
    )


def test_second_process_and_newer_project(tmp_path: Path) -> None:
    project = tmp_path / "p"
    run_quire("init", project)
    holder = hold_open(project)
    try:
        busy = run_quire("add", project, CORPUS / "scans" / "crom.png")
        _no_traceback(busy)
        assert (
            busy.returncode == 3
            and "already open in another Quire window or command" in busy.stderr
        )
        assert run_quire("status", project).returncode == 0  # reading is fine meanwhile
    finally:
        holder.kill()
        holder.wait()
    import sqlite3

    with sqlite3.connect(project / "project.sqlite") as conn:
        conn.execute("update meta set value = '7' where key = 'schema_version'")
    newer = run_quire("status", project)
    _no_traceback(newer)
    assert newer.returncode == 3 and "newer version of Quire" in newer.stderr


def test_sample_command_runs_the_whole_job_and_resumes(tmp_path: Path) -> None:
    folder = tmp_path / "sample"
    first = run_quire("sample", folder)
    assert first.returncode == 0, first.stderr
    assert "5 pages recognised" in first.stdout and "1 recordings transcribed" in first.stdout
    export = folder / "export"
    letter = (export / "1.txt").read_text(encoding="utf-8")
    assert cer((SAMPLES / "letter-en.txt").read_text(encoding="utf-8"), letter) < 0.02
    icelandic = (export / "3.txt").read_text(encoding="utf-8")
    assert "Guðrún Sigurðardóttir" in icelandic
    spoken = (export / "5.txt").read_text(encoding="utf-8")
    assert wer((SAMPLES / "interview-en.txt").read_text(encoding="utf-8"), spoken) < 0.1
    # All the way to a bundle: the planted personal data found, accepted, removed.
    bundle = folder / "bundle"
    assert f"{bundle.resolve()} (30 files)" in first.stdout
    assert run_quire("validate", bundle).returncode == 0
    corpus = (bundle / "data" / "corpus.jsonl").read_text(encoding="utf-8")
    for planted in ("Ellison", "Laborde", "Sigurðardóttir", "120345-2919", "Fletcher", "960 318"):
        assert planted not in corpus, planted
    assert "[PERSON]" in corpus and "[PHONE]" in corpus
    assert first.stdout.count(" ready ") == 5
    second = run_quire("sample", folder)
    assert second.returncode == 0, second.stderr
    assert "0 pages recognised, 5 already done" in second.stdout
    assert run_quire("validate", bundle).returncode == 0


def test_an_item_of_the_other_kind_is_refused(tmp_path: Path) -> None:
    project = tmp_path / "p"
    run_quire("init", project)
    run_quire("add", project, CORPUS / "scans" / "crom.png", CORPUS / "audio" / "jfk.flac")
    wrong = run_quire("ocr", project, "2")
    _no_traceback(wrong)
    assert wrong.returncode == 3
    assert "Item 2 (jfk) is a recording, not a document" in wrong.stderr
    assert "quire transcribe" in wrong.stderr
    # The desktop window reads --progress-json and gets a hint written for a window.
    events = [
        json.loads(line)
        for line in run_quire("ocr", project, "2", "--progress-json").stdout.splitlines()
    ]
    assert events[-1]["event"] == "error"
    assert events[-1]["hint"] == "Use Run → Transcribe for it."
    assert events[-1]["retry_helps"] is False  # the window offers no Retry for it
    right = run_quire("ocr", project, "1", "--json")
    assert json.loads(right.stdout)["recognised"] == 1
    assert json.loads(run_quire("ocr", project, "1", "--json").stdout)["skipped"] == 1


def test_recording_languages_follow_speech_lang(tmp_path: Path) -> None:
    project = tmp_path / "p"
    run_quire("init", project)
    audio = CORPUS / "audio" / "jfk.flac"
    scan = CORPUS / "scans" / "crom.png"
    added = run_quire("add", project, scan, audio, "--lang", "fra", "--speech-lang", "auto")
    assert added.returncode == 0, added.stderr
    run_quire("add", project, CORPUS / "audio" / "multilingual.mp3", "--lang", "isl")
    listed = json.loads(run_quire("status", project, "--json").stdout)
    languages = {item["title"]: item["languages"] for item in listed["items"]}
    assert languages == {"crom": "fra", "jfk": "", "multilingual": "isl"}
    bad = run_quire("add", project, audio, "--speech-lang", "klingon!")
    assert bad.returncode == 3 and "not a list of languages" in bad.stderr


def test_doctor_reports_what_is_missing_and_how_to_fix_it(tmp_path: Path) -> None:
    ready = run_quire("doctor", "--json")
    assert ready.returncode == 0, ready.stdout + ready.stderr
    report = json.loads(ready.stdout)
    checks = {check["name"]: check for check in report["checks"]}
    assert checks["tesseract"]["status"] == "ok"
    assert "isl" in checks["tesseract"]["details"]["languages"]
    assert "base" in checks["speech_models"]["details"]["models"]
    assert checks["gpu"]["status"] in ("ok", "warning")
    assert checks["gpu"]["summary"]  # says why not, when there is none

    project = tmp_path / "p"
    run_quire("init", project)
    with Project.open(project) as opened:
        opened.add_item("document", "Letter", "eng+tlh", "letter.png")
    lacking = run_quire("doctor", project)
    assert lacking.returncode == 1
    assert "[FIX ] Text recognition" in lacking.stdout
    assert "sudo apt-get install tesseract-ocr-tlh" in lacking.stdout
