"""Scanning pages from a scanner, behind a small interface.

``ScannerBackend`` is all the CLI and the desktop app know about scanners. ``SaneBackend``
implements it over SANE's ``scanimage`` command (Debian's ``sane-utils``; also on macOS
with sane-backends). A Windows (TWAIN/WIA) or macOS (ImageCaptureCore) backend can be
added beside it and chosen in ``default_backend()``.

``scanimage`` always runs as a child process, polled a few times a second: a stuck
driver cannot hang Quire, cancelling stops it, and a scanner that stops sending data for
too long is given up with a plain message. Pages are saved as PNG (lossless) with their
resolution recorded in the file.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PIL import Image, UnidentifiedImageError

from ..errors import Cancelled, MissingDependency, QuireError
from ..progress import CancelToken, ProgressCallback, no_progress

log = logging.getLogger(__name__)

SCANIMAGE = "scanimage"
LIST_TIMEOUT = 90.0  # seconds; looking for network scanners can take a while
OPTIONS_TIMEOUT = 60.0
STALL_TIMEOUT = 180.0  # no data for this long during a scan: the scanner is stuck
STOP_GRACE = 5.0  # after asking scanimage to stop, kill it if it has not

# The resolutions offered when a scanner accepts any value in a range.
COMMON_RESOLUTIONS = (75, 100, 150, 200, 300, 400, 600, 1200)
PREFERRED_RESOLUTION = 300  # enough for OCR of ordinary print and handwriting
PREVIEW_RESOLUTION = 50

COLOR, GRAY, LINEART = "Color", "Gray", "Lineart"
FLATBED, FEEDER = "Flatbed", "ADF"

_IMPORT_HINT = (
    "You can also scan with the scanner's own program and import the files into Quire "
    "(File → Import files…, or 'quire add')."
)


# ----- errors --------------------------------------------------------------------------


class ScannerError(QuireError):
    """The scanner failed, refused a setting, or could not be reached."""


class NoScanner(ScannerError):
    """No scanner can be used: none is connected, or the scanning software is missing."""


class ScanningSoftwareMissing(NoScanner, MissingDependency):
    """The program Quire scans through is not installed."""


# ----- what the interface speaks -------------------------------------------------------


@dataclass(frozen=True)
class ScanDevice:
    name: str  # what the backend opens, e.g. "test:0" or "epson2:net:192.168.1.20"
    vendor: str = ""
    model: str = ""
    type: str = ""

    @property
    def label(self) -> str:
        """What a person recognises: 'Canon LiDE 300 (genesys:libusb:001:004)'."""
        description = " ".join(part for part in (self.vendor, self.model) if part)
        return f"{description} ({self.name})" if description else self.name


@dataclass(frozen=True)
class ScanOptions:
    """The settings a device offers, each named as the device names it."""

    sources: tuple[str, ...] = ()  # empty: the device has no choice of source
    modes: tuple[str, ...] = ()
    resolutions: tuple[int, ...] = ()  # a short list to choose from
    resolution_range: tuple[int, int] | None = None  # any value in it is accepted
    default_source: str | None = None
    default_mode: str | None = None
    default_resolution: int | None = None

    def source_for(self, wanted: str | None) -> str | None:
        """The device's name for ``wanted`` ("Flatbed", "ADF" or its own name)."""
        if not wanted:
            return None
        if not self.sources:
            if source_kind(wanted) == FLATBED:
                return None  # a flatbed-only scanner has no source option
            raise ScannerError(
                f"This scanner has no '{wanted}': it only scans from its glass.",
                "Scan without choosing a source.",
            )
        return _pick(wanted, self.sources, source_kind, "source", _prefer_single_sided)

    def mode_for(self, wanted: str | None) -> str | None:
        """The device's name for ``wanted`` ("Color", "Gray", "Lineart" or its own name)."""
        if not wanted:
            return None
        if not self.modes:
            raise ScannerError(
                "This scanner does not let Quire choose colour or greyscale.",
                "Scan without choosing a mode.",
            )
        return _pick(wanted, self.modes, mode_kind, "mode", list)

    def resolution_for(self, wanted: int | None) -> int | None:
        if wanted is None:
            return None
        if self.resolution_range:
            low, high = self.resolution_range
            if low <= wanted <= high:
                return wanted
        elif wanted in self.resolutions or not self.resolutions:
            return wanted
        offered = (
            f"from {self.resolution_range[0]} to {self.resolution_range[1]} dpi"
            if self.resolution_range
            else ", ".join(str(r) for r in self.resolutions) + " dpi"
        )
        raise ScannerError(f"This scanner cannot scan at {wanted} dpi.", f"It offers {offered}.")

    def best_resolution(self) -> int | None:
        """The resolution to start with: 300 dpi if offered, else the nearest above it."""
        if not self.resolutions:
            return self.default_resolution
        above = [r for r in self.resolutions if r >= PREFERRED_RESOLUTION]
        return min(above) if above else max(self.resolutions)

    def best_mode(self) -> str | None:
        """Colour if offered (archives keep colour), else grey, else the device's default."""
        for kind in (COLOR, GRAY):
            for mode in self.modes:
                if mode_kind(mode) == kind:
                    return mode
        return self.default_mode

    def preview_resolution(self) -> int | None:
        if self.resolution_range:
            return max(self.resolution_range[0], min(PREVIEW_RESOLUTION, self.resolution_range[1]))
        if self.resolutions:
            return min(self.resolutions, key=lambda r: (r < PREVIEW_RESOLUTION, abs(r - 50)))
        return None

    def flatbed(self) -> str | None:
        """The device's name for its glass, or None if it has no choice of source."""
        for source in self.sources:
            if source_kind(source) == FLATBED:
                return source
        if self.sources and all(source_kind(s) == FEEDER for s in self.sources):
            raise ScannerError(
                "This scanner has no glass to preview on: it only has a document feeder.",
                "Scan the pages instead; you can remove the ones you do not want.",
            )
        return None


@dataclass(frozen=True)
class ScanSettings:
    source: str | None = None  # "Flatbed", "ADF", or the device's own name; None: default
    mode: str | None = None  # "Color", "Gray", "Lineart", or the device's own name
    resolution: int | None = None  # dots per inch; None: the device's default


def source_kind(name: str) -> str | None:
    lowered = name.lower()
    if any(word in lowered for word in ("adf", "feeder", "duplex", "automatic document")):
        return FEEDER
    if any(word in lowered for word in ("flatbed", "platen", "normal", "glass")):
        return FLATBED
    return None


def mode_kind(name: str) -> str | None:
    lowered = name.lower()
    if "color" in lowered or "colour" in lowered:
        return COLOR
    if "gray" in lowered or "grey" in lowered:
        return GRAY
    if any(word in lowered for word in ("lineart", "binary", "black", "b&w", "bw")):
        return LINEART
    return None


def _prefer_single_sided(names: list[str]) -> list[str]:
    # "ADF" means the ordinary feeder; duplex only when asked for by name.
    single = [n for n in names if "duplex" not in n.lower() and "back" not in n.lower()]
    return single or names


def _pick(
    wanted: str,
    offered: tuple[str, ...],
    kind_of: Callable[[str], str | None],
    what: str,
    prefer: Callable[[list[str]], list[str]],
) -> str:
    """The offered name equal to ``wanted``, else the first one of the same kind."""
    for name in offered:
        if name.lower() == wanted.lower():
            return name
    kind = kind_of(wanted)
    matches = prefer([name for name in offered if kind and kind_of(name) == kind])
    if matches:
        return matches[0]
    raise ScannerError(
        f"This scanner has no {what} '{wanted}'.",
        f"It offers: {', '.join(offered)}.",
    )


class ScannerBackend(Protocol):
    """What Quire needs from a way of scanning. Long calls take progress and a cancel token."""

    def devices(self, cancel: CancelToken | None = None) -> list[ScanDevice]: ...

    def options(self, device: str, cancel: CancelToken | None = None) -> ScanOptions: ...

    def preview(
        self,
        device: str,
        settings: ScanSettings,
        folder: Path,
        *,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> Path:
        """A quick low-resolution image of what lies on the glass, saved in ``folder``."""
        ...

    def scan(
        self,
        device: str,
        settings: ScanSettings,
        folder: Path,
        *,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> list[Path]:
        """Scan one page, or from a feeder every page until it is empty, into ``folder``.

        Returns the page images in order. On cancel or failure no page of this scan is left.
        """
        ...


def default_backend() -> ScannerBackend:
    """The backend for this computer. Windows and macOS ones are not written yet."""
    if sys.platform == "win32":
        return UnavailableBackend(
            "Quire cannot use scanners on Windows yet.",
        )
    return SaneBackend()


def choose_device(backend: ScannerBackend, name: str | None = None) -> ScanDevice:
    """The device named, or the first one found; NoScanner if there is none."""
    found = backend.devices()
    if not found:
        raise NoScanner(
            "No scanner was found.",
            "Check that the scanner is switched on and connected (by cable or on the "
            "network), then look again. " + _IMPORT_HINT,
        )
    if name is None:
        return found[0]
    for device in found:
        if device.name == name:
            return device
    return ScanDevice(name)  # not listed (some network scanners are not): try it anyway


class UnavailableBackend:
    """A computer where Quire has no way to scan: every call says so plainly."""

    def __init__(self, message: str) -> None:
        self.message = message

    def _refuse(self) -> NoScanner:
        return NoScanner(self.message, _IMPORT_HINT)

    def devices(self, cancel: CancelToken | None = None) -> list[ScanDevice]:
        raise self._refuse()

    def options(self, device: str, cancel: CancelToken | None = None) -> ScanOptions:
        raise self._refuse()

    def preview(
        self,
        device: str,
        settings: ScanSettings,
        folder: Path,
        *,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> Path:
        raise self._refuse()

    def scan(
        self,
        device: str,
        settings: ScanSettings,
        folder: Path,
        *,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> list[Path]:
        raise self._refuse()


# ----- SANE through scanimage ----------------------------------------------------------

# An option line of `scanimage -A`: four spaces, the option, its values, [its value now].
_OPTION_LINE = re.compile(
    r"^ {4}(--[\w-]+|-\w)(?:\[=\(.*?\)\])?(?: (?P<values>.*?))? \[(?P<now>[^\]]*)\]\s*$"
)
_RANGE = re.compile(r"^(-?\d+(?:\.\d+)?)\.\.(-?\d+(?:\.\d+)?)")
_PROGRESS = re.compile(rb"Progress: (\d+(?:\.\d+)?)%")
_SCANNED_PAGE = re.compile(rb"Scanned page (\d+)")


class SaneBackend:
    """Scanners through SANE's ``scanimage`` command."""

    def __init__(self, program: str = SCANIMAGE, stall_timeout: float = STALL_TIMEOUT) -> None:
        self.program = program
        self.stall_timeout = stall_timeout
        self._options: dict[str, ScanOptions] = {}

    # ----- listing ------------------------------------------------------------------

    def devices(self, cancel: CancelToken | None = None) -> list[ScanDevice]:
        self._options.clear()  # looking again: a scanner may have been swapped
        # -f prints one line per device in our own format; fields separated by a tab.
        output, _ = self._run(["-f", "%d\t%v\t%m\t%t%n"], LIST_TIMEOUT, cancel)
        found = []
        for line in output.decode("utf-8", errors="replace").splitlines():
            fields = line.split("\t")
            if len(fields) == 4 and fields[0]:
                found.append(ScanDevice(*(field.strip() for field in fields)))
        log.info("Scanners found: %s", [d.name for d in found])
        return found

    def options(self, device: str, cancel: CancelToken | None = None) -> ScanOptions:
        if device not in self._options:
            output, _ = self._run(
                ["-d", device, "-A", "--format=png"], OPTIONS_TIMEOUT, cancel, device=device
            )
            self._options[device] = parse_options(output.decode("utf-8", errors="replace"))
        return self._options[device]

    # ----- scanning -----------------------------------------------------------------

    def preview(
        self,
        device: str,
        settings: ScanSettings,
        folder: Path,
        *,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> Path:
        options = self.options(device, cancel)
        glass = options.flatbed()
        low = ScanSettings(
            source=glass or settings.source,
            mode=settings.mode,
            resolution=options.preview_resolution(),
        )
        pages = self._scan(device, options, low, folder, "preview", False, progress, cancel)
        return pages[0]

    def scan(
        self,
        device: str,
        settings: ScanSettings,
        folder: Path,
        *,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> list[Path]:
        options = self.options(device, cancel)
        source = options.source_for(settings.source) or options.default_source
        feeder = source is not None and source_kind(source) == FEEDER
        return self._scan(device, options, settings, folder, "page", feeder, progress, cancel)

    def _scan(
        self,
        device: str,
        options: ScanOptions,
        settings: ScanSettings,
        folder: Path,
        stem: str,
        feeder: bool,
        progress: ProgressCallback,
        cancel: CancelToken | None,
    ) -> list[Path]:
        source = options.source_for(settings.source)
        mode = options.mode_for(settings.mode)
        resolution = options.resolution_for(settings.resolution) or options.default_resolution
        folder.mkdir(parents=True, exist_ok=True)
        prefix = f"{stem}-{uuid.uuid4().hex[:8]}-"
        pattern = str(folder / prefix).replace("%", "%%") + "%04d.png"
        args = ["-d", device, "--format=png", "-p", f"--batch={pattern}", "--batch-print"]
        if not feeder:
            args.append("--batch-count=1")  # a flatbed would otherwise scan the glass forever
        if source:
            args.append(f"--source={source}")
        if mode:
            args.append(f"--mode={mode}")
        if resolution:
            args.append(f"--resolution={resolution}")

        def report(output: bytes, errors: bytes) -> None:
            # stderr: "Scanning page 1", "Progress: 47.1%"..., "Scanned page 1.", then page 2…
            chunks = errors.split(b"Scanning page ")
            current = chunks[-1]
            percent = _PROGRESS.findall(current)
            fraction = 1.0 if _SCANNED_PAGE.search(current) else 0.0
            if percent and not fraction:
                fraction = float(percent[-1]) / 100
            if feeder:
                progress(fraction, f"Scanning page {max(len(chunks) - 1, 1)}")
            else:
                progress(fraction, "Scanning")

        try:
            output, errors = self._run(
                args, None, cancel, device=device, report=report, stall=self.stall_timeout
            )
        except BaseException:
            for partial in folder.glob(f"{prefix}*"):
                partial.unlink(missing_ok=True)
            raise
        pages = [
            Path(line)
            for line in output.decode("utf-8", errors="replace").splitlines()
            if line.strip()
        ]
        for stray in set(folder.glob(f"{prefix}*")) - set(pages):
            stray.unlink(missing_ok=True)  # a page begun but not finished
        if not pages:
            raise _explain(errors, device) or ScannerError(
                "The scanner sent no page.", "Check the scanner and try again."
            )
        for page in pages:
            _check_page(page, resolution)
        progress(1.0, f"Scanned {len(pages)} page{'s' if len(pages) != 1 else ''}")
        return pages

    # ----- running scanimage ----------------------------------------------------------

    def _run(
        self,
        args: list[str],
        timeout: float | None,
        cancel: CancelToken | None,
        *,
        device: str = "",
        report: Callable[[bytes, bytes], None] | None = None,
        stall: float | None = None,
    ) -> tuple[bytes, bytes]:
        """Run scanimage, polling it; stop it on cancel, timeout or stall. (stdout, stderr)."""
        cancel = cancel or CancelToken()
        program = shutil.which(self.program)
        if program is None:
            raise ScanningSoftwareMissing(
                "Quire cannot scan on this computer: the SANE scanning program "
                f"'{self.program}' is not installed.",
                "On Debian or Ubuntu, install it with: sudo apt install sane-utils. "
                + _IMPORT_HINT,
            )
        with tempfile.TemporaryDirectory(prefix="quire-scanimage-") as scratch:
            # Output goes to files, read through their own handles while scanimage writes.
            out, err = Path(scratch) / "stdout", Path(scratch) / "stderr"
            log.info("Running %s %s", self.program, " ".join(args))
            with out.open("wb") as out_handle, err.open("wb") as err_handle:
                process = subprocess.Popen(
                    [program, *args],
                    stdin=subprocess.DEVNULL,
                    stdout=out_handle,
                    stderr=err_handle,
                    start_new_session=os.name == "posix",  # Ctrl+C reaches Quire, which stops it
                )
            started = last_change = time.monotonic()
            seen = -1
            try:
                while process.poll() is None:
                    if cancel.wait(0.1):
                        raise Cancelled()
                    now = time.monotonic()
                    size = out.stat().st_size + err.stat().st_size
                    if size != seen:
                        seen, last_change = size, now
                        if report is not None:
                            report(out.read_bytes(), err.read_bytes())
                    if timeout is not None and now - started > timeout:
                        raise ScannerError(
                            f"The scanner did not answer within {timeout:.0f} seconds.",
                            "Check that it is switched on and connected, then try again.",
                        )
                    if stall is not None and now - last_change > stall:
                        raise ScannerError(
                            f"The scanner stopped sending the page for {stall:.0f} seconds.",
                            "Check it for a paper jam or an open cover, then scan again.",
                        )
            finally:
                if process.poll() is None:
                    _stop(process)
            output, errors = out.read_bytes(), err.read_bytes()
        if process.returncode != 0:
            if b"Scanned page" in errors and b"out of documents" in errors:
                return output, errors  # a feeder that ran empty after some pages: done
            raise _explain(errors, device) or ScannerError(
                f"The scanner reported a problem: {_last_line(errors) or 'no details'}.",
                "Check the scanner, then try again.",
            )
        return output, errors


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Ask scanimage to stop (it cancels the scan and frees the scanner), then kill it."""
    try:
        process.send_signal(signal.SIGINT if os.name == "posix" else signal.SIGTERM)
        process.wait(STOP_GRACE)
    except subprocess.TimeoutExpired:
        log.warning("scanimage did not stop in %.0f s; killing it", STOP_GRACE)
        process.kill()
        process.wait()


def _last_line(errors: bytes) -> str:
    lines = [
        line.strip()
        for line in errors.decode("utf-8", errors="replace").replace("\r", "\n").splitlines()
        if line.strip() and not line.startswith("Progress:")
    ]
    return lines[-1].removeprefix("scanimage: ") if lines else ""


def _explain(errors: bytes, device: str) -> ScannerError | None:
    """A plain message for the failures scanners commonly report."""
    text = errors.decode("utf-8", errors="replace").lower()
    if "out of documents" in text or "no docs" in text:
        return ScannerError(
            "The document feeder is empty.",
            "Put the pages in the feeder as the scanner's manual shows, then scan again.",
        )
    if "jammed" in text:
        return ScannerError(
            "Paper is jammed in the scanner.",
            "Clear the jam, put the pages back in the feeder, then scan again.",
        )
    if "cover open" in text or "cover is open" in text:
        return ScannerError("The scanner's cover is open.", "Close it, then scan again.")
    if "device busy" in text:
        return ScannerError(
            "The scanner is busy.",
            "Another program may be using it: close other scanning programs, wait a moment "
            "and try again.",
        )
    if "open of device" in text or "no such device" in text or "invalid argument" in text:
        return ScannerError(
            f"Quire could not open the scanner {device}.",
            "Check that it is switched on and connected, then look for scanners again.",
        )
    if "access to resource has been denied" in text or "permission" in text:
        return ScannerError(
            f"This account is not allowed to use the scanner {device}.",
            "Ask whoever looks after this computer to add you to the 'scanner' group.",
        )
    return None


def _check_page(page: Path, resolution: int | None) -> None:
    """Make sure a page is a complete image with its resolution recorded in it."""
    try:
        with Image.open(page) as image:
            image.load()
            dpi = image.info.get("dpi")
            if resolution and (not dpi or abs(float(dpi[0]) - resolution) > 0.5):
                image.save(page, dpi=(resolution, resolution))
    except (UnidentifiedImageError, OSError, SyntaxError) as error:
        raise ScannerError("The scanner sent a damaged page.", "Scan it again.") from error


def parse_options(text: str) -> ScanOptions:
    """Sources, modes and resolutions from the output of ``scanimage -d DEVICE -A``."""
    found: dict[str, tuple[str, str]] = {}
    for line in text.splitlines():
        match = _OPTION_LINE.match(line)
        if match and match.group(1) not in found:
            found[match.group(1)] = (match.group("values") or "", match.group("now"))

    def choices(option: str) -> tuple[tuple[str, ...], str | None]:
        values, now = found.get(option, ("", "inactive"))
        if now == "inactive" or not values:
            return (), None
        names = tuple(v.strip() for v in values.split("|") if v.strip())
        return names, (now if now in names else None)

    sources, default_source = choices("--source")
    modes, default_mode = choices("--mode")
    resolutions: tuple[int, ...] = ()
    resolution_range = None
    default_resolution = None
    values, now = found.get("--resolution", ("", "inactive"))
    if now != "inactive" and values:
        values = re.sub(r"\s*\(in steps of .*\)$", "", values).removesuffix("dpi")
        span = _RANGE.match(values)
        if span:
            low, high = round(float(span.group(1))), round(float(span.group(2)))
            resolution_range = (low, high)
            resolutions = tuple(r for r in COMMON_RESOLUTIONS if low <= r <= high) or (low, high)
        else:
            listed = []
            for value in values.removesuffix("dpi").split("|"):
                try:
                    listed.append(round(float(value.strip().removesuffix("dpi"))))
                except ValueError:
                    continue
            resolutions = tuple(sorted(set(listed)))
        try:
            default_resolution = round(float(now.removesuffix("dpi")))
        except ValueError:
            default_resolution = None
    return ScanOptions(
        sources=sources,
        modes=modes,
        resolutions=resolutions,
        resolution_range=resolution_range,
        default_source=default_source,
        default_mode=default_mode,
        default_resolution=default_resolution,
    )
