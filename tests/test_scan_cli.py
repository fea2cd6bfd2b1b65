"""`quire scan` end to end, with SANE's virtual test scanners in a private configuration."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from desktop.core.store.project import Project
from tests.conftest import run_quire
from tests.sane import FEEDER_PAGES, expected_pixels, use_sane_config


def _no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr + result.stdout


@pytest.fixture
def folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    use_sane_config(monkeypatch, tmp_path / "sane")  # inherited by the quire processes
    project = tmp_path / "Parish of Hólar"
    assert run_quire("init", project).returncode == 0
    return project


def test_lists_the_scanners(folder: Path) -> None:
    listed = run_quire("scan", "--list", "--json")
    assert listed.returncode == 0, listed.stderr
    devices = json.loads(listed.stdout)["devices"]
    assert [d["name"] for d in devices] == ["test:0", "test:1"]
    assert devices[0]["model"] == "frontend-tester"
    plain = run_quire("scan", "--list")
    assert plain.stdout.splitlines()[0].startswith("test:0")


def test_scans_the_feeder_into_one_document(folder: Path) -> None:
    result = run_quire(
        "scan",
        folder,
        "--device",
        "test:0",
        "--source",
        "ADF",
        "--resolution",
        "100",
        "--mode",
        "Gray",
        "--title",
        "Register of baptisms, 1887",
        "--lang",
        "eng",
        "--json",
    )
    _no_traceback(result)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["pages"] == FEEDER_PAGES
    with Project.open(folder, read_only=True) as project:
        (item,) = project.items()
        assert item["id"] == report["added"][0]
        assert item["title"] == "Register of baptisms, 1887"
        assert item["kind"] == "document"
        assert item["languages"] == "eng"
        pages = project.pages(item["id"])
        assert len(pages) == FEEDER_PAGES
        width, height = expected_pixels(100)
        for page in pages:
            assert page["dpi"] == 100 and not page["dpi_assumed"]
            assert abs(page["width"] - width) <= 2 and abs(page["height"] - height) <= 2
        (original,) = project.originals(item["id"])
        assert original["original_name"].endswith(".tif")
        assert project.thumbnail(item["id"]) is not None

    # Progress for the desktop app, then a second document from the glass.
    again = run_quire("scan", folder, "--resolution", "100", "--progress-json")
    assert again.returncode == 0, again.stderr
    events = [json.loads(line) for line in again.stdout.splitlines()]
    assert events[-1] == {"event": "result", "result": {"added": [2], "pages": 1, "warnings": []}}
    assert all(e["event"] == "progress" for e in events[:-1]) and len(events) > 1
    with Project.open(folder, read_only=True) as project:
        assert project.item(2)["title"].startswith("Scan ")
        assert len(project.pages(2)) == 1


def test_a_setting_the_scanner_lacks_is_named(folder: Path) -> None:
    result = run_quire("scan", folder, "--mode", "Lineart")
    _no_traceback(result)
    assert result.returncode == 3
    assert "This scanner has no mode 'Lineart'." in result.stderr
    assert "It offers: Gray, Color." in result.stderr


def test_no_scanner_is_said_plainly(
    folder: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    use_sane_config(monkeypatch, tmp_path / "no-sane", backends=())
    result = run_quire("scan", folder)
    _no_traceback(result)
    assert result.returncode == 3
    assert "No scanner was found." in result.stderr
    assert "import the files" in result.stderr
    listed = run_quire("scan", "--list", "--json")
    assert listed.returncode == 0
    assert json.loads(listed.stdout) == {"devices": []}
    with Project.open(folder, read_only=True) as project:
        assert project.items() == []


def test_scan_needs_a_project(folder: Path) -> None:
    result = run_quire("scan")
    assert result.returncode == 2
    assert "--list" in result.stderr
