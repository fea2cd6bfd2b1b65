"""quire redact on a whole project: the options that change what stands for a value."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from tests.conftest import run_quire


def test_pseudonyms_stand_for_values_in_transcripts_as_in_letters(
    redacted_sample: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "project"
    shutil.copytree(redacted_sample, folder)
    done = run_quire("redact", folder, "--pseudonyms", "--again")
    assert done.returncode == 0, done.stderr

    redacted = folder / "derived" / "redacted"
    letter = (redacted / "item-1" / "text.txt").read_text(encoding="utf-8")
    interview = (redacted / "item-2" / "text.txt").read_text(encoding="utf-8")
    for text in (letter, interview):
        assert "[PERSON]" not in text and "[PHONE]" not in text
    assert re.search(r"Person \d", letter) and "Ellison" not in letter
    # The interview's words heard inside a toned span carry the pseudonym too.
    assert re.search(r"Person \d", interview), interview
    assert "Fletcher" not in interview and "960 527" not in interview
    words = [
        word["word"]
        for segment in json.loads((redacted / "item-2" / "transcript.json").read_text())["segments"]
        for word in segment.get("words", [])
    ]
    assert any(word.startswith("Person") for word in words)
    assert not any(word.startswith("[") for word in words)


def test_the_method_is_the_projects_option_and_numbering_holds_across_runs(
    redacted_sample: Path, tmp_path: Path
) -> None:
    from desktop.core.redaction import redaction_method
    from desktop.core.store.project import Project

    folder = tmp_path / "project"
    shutil.copytree(redacted_sample, folder)
    interview = folder / "derived" / "redacted" / "item-2" / "text.txt"
    assert run_quire("redact", folder, "2", "--pseudonyms", "--again").returncode == 0
    first = interview.read_text(encoding="utf-8")
    with Project.open(folder) as project:
        assert redaction_method(project) == "pseudonyms"
        table = project.db.execute("select value from meta where key = 'pseudonyms'").fetchone()
    # The table keeps salted hashes only: no name, no number. (A hash's hex digits may
    # hold "527" by chance: the keys are checked to be hashes instead.)
    pseudonyms = json.loads(table[0])
    assert "Fletcher" not in table[0]
    assert all(re.fullmatch(r"[0-9a-f]{64}", key) for key in pseudonyms), pseudonyms
    assert all(re.fullmatch(r"[A-Z][a-z]+ \d+", value) for value in pseudonyms.values())

    # A later plain run (as the window's Run → Redact) follows the option, and the letter,
    # redacted now, does not take the interview's numbers.
    assert run_quire("redact", folder, "--again").returncode == 0
    assert interview.read_text(encoding="utf-8") == first
    letter = (folder / "derived" / "redacted" / "item-1" / "text.txt").read_text(encoding="utf-8")
    interview_names = set(re.findall(r"Person \d+", first))
    assert interview_names and not interview_names & set(re.findall(r"Person \d+", letter))

    assert run_quire("redact", folder, "--tokens", "--again").returncode == 0
    assert "[PERSON]" in interview.read_text(encoding="utf-8")
