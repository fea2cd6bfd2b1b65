"""Scanning through the real ``scanimage`` with SANE's virtual ``test`` scanners."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from desktop.core.capture.importer import import_page_images
from desktop.core.capture.scanner import (
    NoScanner,
    SaneBackend,
    ScannerError,
    ScanningSoftwareMissing,
    ScanSettings,
    choose_device,
    parse_options,
)
from desktop.core.errors import BadInput, Cancelled, MissingDependency
from desktop.core.progress import CancelToken
from desktop.core.store.project import Project
from tests.sane import FEEDER, FEEDER_PAGES, expected_pixels, use_sane_config


@pytest.fixture
def sane(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> SaneBackend:
    use_sane_config(monkeypatch, tmp_path / "sane")
    return SaneBackend()


def assert_page(path: Path, dpi: int, mode: str) -> None:
    assert path.suffix == ".png"
    with Image.open(path) as image:
        assert image.format == "PNG"
        assert image.mode == mode
        assert image.info["dpi"][0] == pytest.approx(dpi, abs=0.05)
        width, height = expected_pixels(dpi)
        assert abs(image.width - width) <= 2 and abs(image.height - height) <= 2


def test_lists_the_virtual_scanners(sane: SaneBackend) -> None:
    devices = sane.devices()
    assert [d.name for d in devices] == ["test:0", "test:1"]
    assert devices[0].vendor == "Noname"
    assert devices[0].model == "frontend-tester"
    assert devices[0].type == "virtual device"
    assert devices[0].label == "Noname frontend-tester (test:0)"
    assert choose_device(sane).name == "test:0"
    assert choose_device(sane, "test:1").name == "test:1"


def test_reads_what_the_device_offers(sane: SaneBackend) -> None:
    options = sane.options("test:0")
    assert options.sources == ("Flatbed", FEEDER)
    assert options.modes == ("Gray", "Color")
    assert options.resolution_range == (1, 1200)
    assert 300 in options.resolutions and 75 in options.resolutions
    assert options.default_resolution == 50
    # Plain words map onto the device's own names.
    assert options.source_for("ADF") == FEEDER
    assert options.source_for("flatbed") == "Flatbed"
    assert options.mode_for("Color") == "Color"
    assert options.mode_for("grey") == "Gray"
    assert options.best_resolution() == 300
    assert options.best_mode() == "Color"
    assert options.flatbed() == "Flatbed"
    with pytest.raises(ScannerError, match="no mode 'Lineart'") as refused:
        options.mode_for("Lineart")
    assert refused.value.hint == "It offers: Gray, Color."
    with pytest.raises(ScannerError, match="cannot scan at 2400 dpi"):
        options.resolution_for(2400)


def test_reads_a_scanner_with_a_list_of_resolutions_and_a_duplex_feeder() -> None:
    # As an HP or Epson scanner lists its options with `scanimage -A`.
    options = parse_options(
        "All options specific to device `hpaio:/usb/Officejet_Pro_8600?serial=CN1':\n"
        "  Scan mode:\n"
        "    --mode Lineart|Gray|Color [Lineart]\n"
        "        Selects the scan mode (e.g., lineart, monochrome, or color).\n"
        "    --resolution 75|100|150|200|300|600|1200dpi [75]\n"
        "        Sets the resolution of the scanned image.\n"
        "    --source Flatbed|ADF Duplex|ADF [Flatbed]\n"
        "        Selects the scan source (such as a document-feeder).\n"
        "  Geometry:\n"
        "    -l 0..215.9mm [0]\n"
        "        Top-left x position of scan area.\n"
    )
    assert options.modes == ("Lineart", "Gray", "Color")
    assert options.resolutions == (75, 100, 150, 200, 300, 600, 1200)
    assert options.resolution_range is None
    assert options.default_resolution == 75
    assert options.source_for("ADF") == "ADF"  # the single-sided feeder, not duplex
    assert options.source_for("adf duplex") == "ADF Duplex"
    assert options.mode_for("Lineart") == "Lineart"
    assert options.best_resolution() == 300
    with pytest.raises(ScannerError) as refused:
        options.resolution_for(250)
    assert "75, 100, 150, 200, 300, 600, 1200 dpi" in refused.value.hint


def test_scans_one_page_with_its_resolution_recorded(sane: SaneBackend, tmp_path: Path) -> None:
    reports: list[tuple[float, str]] = []
    pages = sane.scan(
        "test:0",
        ScanSettings(source="Flatbed", mode="Color", resolution=100),
        tmp_path / "out",
        progress=lambda fraction, message: reports.append((fraction, message)),
    )
    assert len(pages) == 1
    assert_page(pages[0], 100, "RGB")
    assert reports[-1] == (1.0, "Scanned 1 page")
    # Nothing else is left in the folder.
    assert sorted((tmp_path / "out").iterdir()) == pages

    (grey,) = sane.scan("test:0", ScanSettings(mode="Gray", resolution=75), tmp_path / "out")
    assert_page(grey, 75, "L")
    assert grey != pages[0]  # a second scan into the same folder does not overwrite


def test_the_feeder_is_scanned_until_it_is_empty(sane: SaneBackend, tmp_path: Path) -> None:
    pages = sane.scan(
        "test:0", ScanSettings(source="ADF", mode="Gray", resolution=75), tmp_path / "out"
    )
    assert len(pages) == FEEDER_PAGES
    assert len(set(pages)) == FEEDER_PAGES
    assert pages == sorted(pages)
    for page in pages:
        assert_page(page, 75, "L")


def test_preview_is_low_resolution_from_the_glass(sane: SaneBackend, tmp_path: Path) -> None:
    # Even with the feeder chosen: a preview must not use up a page of the feeder.
    preview = sane.preview(
        "test:0", ScanSettings(source="ADF", mode="Color", resolution=600), tmp_path
    )
    assert_page(preview, 50, "RGB")


@pytest.mark.parametrize(
    ("status", "message"),
    [
        ("SANE_STATUS_NO_DOCS", "The document feeder is empty."),
        ("SANE_STATUS_JAMMED", "Paper is jammed in the scanner."),
        ("SANE_STATUS_COVER_OPEN", "The scanner's cover is open."),
    ],
)
def test_scanner_troubles_are_said_plainly(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, status: str, message: str
) -> None:
    use_sane_config(monkeypatch, tmp_path / "sane", read_status_code=f'"{status}"')
    # SANE's virtual test scanner now and then hangs instead of reporting the status it was
    # told to (seen once in CI under load): that is Quire's stall error, after a short wait
    # here. Such a run is tried again; the status itself must be said plainly.
    for _attempt in range(3):
        with pytest.raises(ScannerError) as trouble:
            SaneBackend(stall_timeout=15).scan(
                "test:0", ScanSettings(source="ADF"), tmp_path / "out"
            )
        if not str(trouble.value).startswith("The scanner stopped sending"):
            break
    assert str(trouble.value) == message
    assert trouble.value.hint
    assert list((tmp_path / "out").iterdir()) == []


def slow_scanner(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, pause_us: int = 100_000
) -> SaneBackend:
    # A pause after each buffer: a 300-dpi colour page takes several seconds.
    use_sane_config(
        monkeypatch, tmp_path / "sane", read_delay="true", read_delay_duration=str(pause_us)
    )
    return SaneBackend()


def test_cancel_stops_the_scan_at_once(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    backend = slow_scanner(monkeypatch, tmp_path)
    cancel = CancelToken()
    started = threading.Event()

    def progress(fraction: float, message: str) -> None:
        if fraction > 0:
            started.set()

    def cancel_when_started() -> None:
        started.wait(30)
        cancel.cancel()

    threading.Thread(target=cancel_when_started, daemon=True).start()
    begun = time.monotonic()
    with pytest.raises(Cancelled):
        backend.scan(
            "test:0",
            ScanSettings(mode="Color", resolution=300),
            tmp_path / "out",
            progress=progress,
            cancel=cancel,
        )
    assert started.is_set()
    assert time.monotonic() - begun < 10  # the whole page would take longer
    assert list((tmp_path / "out").iterdir()) == []  # the half page is gone


def test_a_stalled_scanner_is_given_up(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    backend = slow_scanner(monkeypatch, tmp_path, pause_us=200_000)
    backend.stall_timeout = 0.05  # much shorter than the pause between two buffers
    with pytest.raises(ScannerError, match="stopped sending the page"):
        backend.scan("test:0", ScanSettings(mode="Color", resolution=300), tmp_path / "out")
    assert list((tmp_path / "out").iterdir()) == []


def test_no_scanner_is_said_plainly(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    use_sane_config(monkeypatch, tmp_path / "sane", backends=())
    backend = SaneBackend()
    assert backend.devices() == []
    with pytest.raises(NoScanner) as missing:
        choose_device(backend)
    assert str(missing.value) == "No scanner was found."
    assert "import the files" in missing.value.hint


def test_an_unknown_device_cannot_be_opened(sane: SaneBackend) -> None:
    with pytest.raises(ScannerError, match="could not open the scanner test:9"):
        sane.options("test:9")


def test_without_scanimage_quire_says_what_to_install() -> None:
    backend = SaneBackend(program="scanimage-not-installed")
    with pytest.raises(ScanningSoftwareMissing) as missing:
        backend.devices()
    assert isinstance(missing.value, NoScanner)
    assert isinstance(missing.value, MissingDependency)  # exit code 4 from the command
    assert "sane-utils" in missing.value.hint
    assert "import the files" in missing.value.hint


def test_scanned_pages_become_one_document(
    sane: SaneBackend, project: Project, tmp_path: Path
) -> None:
    first = sane.scan("test:0", ScanSettings(mode="Color", resolution=100), tmp_path / "s")
    second = sane.scan("test:0", ScanSettings(mode="Gray", resolution=150), tmp_path / "s")
    pages = first + second
    item_id, warnings = import_page_images(
        project, pages, "Letters of Anna Jónsdóttir", "eng", description="test:0"
    )
    assert warnings == []
    item = project.item(item_id)
    assert item["kind"] == "document"
    assert item["title"] == "Letters of Anna Jónsdóttir"
    stored = project.pages(item_id)
    assert [(p["width"], p["dpi"], p["dpi_assumed"]) for p in stored] == [
        (314, 100.0, 0),
        (472, 150.0, 0),
    ]
    # One original: a multi-page TIFF holding each page losslessly, with its own DPI.
    (original,) = project.originals(item_id)
    assert original["format"] == "tif"
    with Image.open(project.path(original["path"])) as tiff:
        assert tiff.n_frames == 2
        for frame, page, dpi in ((0, pages[0], 100), (1, pages[1], 150)):
            tiff.seek(frame)
            assert tiff.info["dpi"][0] == pytest.approx(dpi)
            assert tiff.tag_v2[270] == "test:0"
            with Image.open(page) as scanned:
                assert ImageChops.difference(tiff.convert(scanned.mode), scanned).getbbox() is None
    # The scratch folder is gone.
    assert not list(project.derived_dir().glob(".pages-*"))


def test_importing_no_pages_or_a_missing_page_is_refused(project: Project, tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="no pages"):
        import_page_images(project, [], "Nothing")
    with pytest.raises(BadInput, match="is missing"):
        import_page_images(project, [tmp_path / "gone.png"], "Nothing")
    assert project.items() == []
