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
