"""Qt tests run without a display: the offscreen platform, chosen before Qt is imported."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest

from tests.ui import sound


@pytest.fixture(scope="session", autouse=True)
def sound_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sound.SoundServer]:
    """A virtual microphone and speaker, up before QtMultimedia is first used (sound.py)."""
    yield from sound.start(tmp_path_factory.mktemp("pulse"))
