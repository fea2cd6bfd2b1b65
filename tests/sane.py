"""A private SANE set-up with only SANE's ``test`` backend, for scanning tests.

SANE reads its configuration from ``SANE_CONFIG_DIR``: a ``dll.conf`` listing ``test``
and a copy of Debian's ``test.conf`` make the virtual scanners ``test:0`` and ``test:1``
appear. Options of ``test.conf`` can be changed, e.g. ``read-delay`` for a slow scanner.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SYSTEM_TEST_CONF = Path("/etc/sane.d/test.conf")

# The virtual scanner's page: 80 × 100 mm unless test.conf says otherwise.
PAGE_MM = (80.0, 100.0)
FEEDER_PAGES = 10  # the test backend's feeder is empty after ten pages
FEEDER = "Automatic Document Feeder"


def make_sane_config(folder: Path, backends: tuple[str, ...] = ("test",), **options: str) -> Path:
    """A SANE configuration folder; ``options`` replace lines of test.conf (``_`` for ``-``)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "dll.conf").write_text("".join(f"{name}\n" for name in backends))
    conf = SYSTEM_TEST_CONF.read_text()
    for key, value in options.items():
        key = key.replace("_", "-")
        conf, count = re.subn(rf"(?m)^{re.escape(key)} .*$", f"{key} {value}", conf)
        assert count == 1, f"test.conf has no option {key}"
    (folder / "test.conf").write_text(conf)
    return folder


def use_sane_config(
    monkeypatch: pytest.MonkeyPatch,
    folder: Path,
    backends: tuple[str, ...] = ("test",),
    **options: str,
) -> Path:
    config = make_sane_config(folder, backends, **options)
    monkeypatch.setenv("SANE_CONFIG_DIR", str(config))
    return config


def expected_pixels(dpi: int) -> tuple[float, float]:
    return PAGE_MM[0] / 25.4 * dpi, PAGE_MM[1] / 25.4 * dpi
