"""The project store: schema versions, migrations with backup, locking, read-only folders."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.errors import ProjectError, ProjectLocked, SchemaTooNew
from desktop.core.model import OcrWord, Segment, TimedWord
from desktop.core.store import schema
from desktop.core.store.project import Project
from tests.conftest import hold_open


def test_new_project_is_wal_and_current(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    with Project.create(folder) as project:
        assert project.schema_version() == schema.SCHEMA_VERSION
        mode = project.db.execute("pragma journal_mode").fetchone()[0]
        assert mode == "wal"
    assert (folder / "project.sqlite").is_file()
    assert (folder / "originals").is_dir()


def test_create_refuses_existing_project_and_non_empty_folder(tmp_path: Path) -> None:
    Project.create(tmp_path / "p").close()
    with pytest.raises(ProjectError, match="already a Quire project"):
        Project.create(tmp_path / "p")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "letter.txt").write_text("hello")
    with pytest.raises(ProjectError, match="not empty"):
        Project.create(tmp_path / "other")


def test_machine_output_and_corrections_are_kept_apart(project: Project) -> None:
    item = project.add_item("document", "Letter", "eng", "letter.png")
    page = project.add_page(item_id=item, page_index=0, source_path="x.png", dpi=300.0)
    words = [
        OcrWord("Helo", 10, 10, 40, 12, 55.0, 1, 1, 1, 1),
        OcrWord("world", 60, 10, 50, 12, 91.0, 1, 1, 1, 2),
    ]
    project.save_ocr(page, words, cleanup={}, languages="eng", engine="tesseract 5")
    project.set_page_correction(page, "Hello world")
    assert project.page_words(page) == words
    assert project.page_correction(page) == "Hello world"
    assert project.page(page)["ocr_mean_confidence"] == pytest.approx(73.0)
    assert project.item_status(project.item(item)) == "corrected"


def test_segments_round_trip_with_words(project: Project) -> None:
    item = project.add_item("recording", "Interview", "", "a.flac")
    recording = project.add_recording(item_id=item, duration=12.0)
    first = Segment(
        0.0,
        2.5,
        "Góðan daginn",
        [TimedWord("Góðan", 0.0, 1.0, 0.9), TimedWord("daginn", 1.1, 2.5, 0.8)],
        "is",
        "left",
    )
    project.append_segments(recording, [first])
    project.append_segments(recording, [Segment(3.0, 4.0, "Takk", [], "is", "right")])
    assert project.segments(recording)[0] == first
    assert [s.text for s in project.segments(recording)] == ["Góðan daginn", "Takk"]


def test_newer_schema_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    with Project.create(folder) as project:
        project.db["meta"].upsert({"key": "schema_version", "value": "99"}, pk="key")
    with pytest.raises(SchemaTooNew, match="newer version of Quire"):
        Project.open(folder)


def test_older_schema_is_backed_up_then_migrated(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    # A project as the first release wrote it: only the first migration applied.
    conn = sqlite3.connect(folder / "project.sqlite")
    from sqlite_utils import Database

    old = Database(conn)
    schema.MIGRATIONS[0](old)
    old["meta"].insert({"key": "schema_version", "value": "1"})
    old["items"].insert({"kind": "document", "title": "Kept", "created_at": "2020-01-01"})
    conn.commit()
    conn.close()

    with Project.open(folder) as project:
        assert project.schema_version() == schema.SCHEMA_VERSION
        assert [i["title"] for i in project.items()] == ["Kept"]
        project.add_vocabulary(["Bayonne"])  # the table the second migration added
    backups = list((folder / "backups").glob("project-before-upgrade-v1-*.sqlite"))
    assert len(backups) == 1
    backup = sqlite3.connect(backups[0])
    assert backup.execute("select value from meta where key='schema_version'").fetchone()[0] == "1"
    assert backup.execute("select title from items").fetchall() == [("Kept",)]


def test_second_process_is_told_the_project_is_open(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    with Project.create(folder):
        other = subprocess.run(
            [
                sys.executable,
                "-c",
                "from pathlib import Path; from desktop.core.store.project import Project; "
                f"Project.open(Path({str(folder)!r}))",
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert other.returncode != 0
        assert "already open in another Quire window or command" in other.stderr
        # Reading alongside is allowed.
        with Project.open(folder, read_only=True) as reader:
            assert reader.items() == []
    with Project.open(folder):
        pass  # free again once the first one closed


def test_lock_is_released_when_the_holder_is_killed(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    Project.create(folder).close()
    holder = hold_open(folder)
    with pytest.raises(ProjectLocked):
        Project.open(folder)
    holder.kill()
    holder.wait()
    with Project.open(folder) as project:
        assert project.schema_version() == schema.SCHEMA_VERSION


def test_not_a_project_and_damaged_database(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="not a Quire project"):
        Project.open(tmp_path)
    (tmp_path / "project.sqlite").write_bytes(b"this is not a database" * 100)
    with pytest.raises(ProjectError, match="cannot be read"):
        Project.open(tmp_path)


def test_interview_and_rights_fields_are_checked(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p") as project:
        item_id = project.add_item("recording", "Interview", "isl", "a.flac")
        project.set_item_metadata(
            item_id,
            narrator="Guðrún Jónsdóttir",
            consent_status="signed",
            license="CC-BY-4.0",
            embargo="2030-01-01",
        )
        item = project.item(item_id)
        assert (item["narrator"], item["consent_status"], item["embargo"]) == (
            "Guðrún Jónsdóttir",
            "signed",
            "2030-01-01",
        )
        with pytest.raises(ProjectError, match="not a consent status"):
            project.set_item_metadata(item_id, consent_status="maybe")
        with pytest.raises(ProjectError, match="not a date"):
            project.set_item_metadata(item_id, embargo="next year")
        assert project.item(item_id)["consent_status"] == "signed"
