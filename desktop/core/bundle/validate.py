"""Full validation of any BagIt bag, as a folder or a ``.zip``, listing every reason.

bagit-python stops at the first failing stage (a wrong Payload-Oxum hides every checksum
error), so the stages are run one by one here and all their findings are kept.
"""

from __future__ import annotations

import logging
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import bagit

from ..errors import BadInput
from ..progress import CancelToken, ProgressCallback, no_progress

MAX_ZIP_MEMBERS = 1_000_000
MAX_ZIP_RATIO = 200  # a zip expanding more than this is treated as a decompression bomb


@dataclass
class ValidationReport:
    path: Path
    reasons: list[str] = field(default_factory=list)
    files: int = 0
    bytes: int = 0

    @property
    def valid(self) -> bool:
        return not self.reasons


def validate_bag(
    path: Path,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> ValidationReport:
    """Check structure, bagit.txt, Payload-Oxum, completeness and every checksum."""
    path = Path(path)
    if not path.exists():
        raise BadInput(f"{path} does not exist.", "Give the folder or .zip file of a bag.")
    if path.is_file():
        if not zipfile.is_zipfile(path):
            raise BadInput(
                f"{path.name} is neither a folder nor a .zip file.",
                "Give the folder or .zip file of a bag.",
            )
        with _unzipped(path) as folder:
            report = _validate_folder(folder, progress, cancel)
            report.path = path
            return report
    return _validate_folder(path, progress, cancel)


def _validate_folder(
    folder: Path, progress: ProgressCallback, cancel: CancelToken | None
) -> ValidationReport:
    report = ValidationReport(folder)
    # bagit logs every problem as a warning too; the report says them once, in order.
    logging.getLogger("bagit").setLevel(logging.ERROR)
    progress(0.0, "Reading the bag")
    try:
        bag = bagit.Bag(str(folder))
        bag._validate_structure()
        bag._validate_bagittxt()
        bag.validate_fetch()
    except bagit.BagError as error:
        report.reasons.append(f"Not a valid bag: {_reason(error)}")
        return report
    if cancel is not None:
        cancel.raise_if_cancelled()
    if not list(bag.manifest_files()):
        report.reasons.append("The bag has no payload manifest.")
    try:
        bag._validate_oxum()
    except bagit.BagError as error:
        report.reasons.append(_reason(error))
    try:
        bag._validate_completeness()
    except bagit.BagValidationError as error:
        report.reasons.extend(_details(error))
    progress(0.1, "Checking every checksum")
    present = {
        rel
        for rel in bag.entries
        if (folder / bag.normalized_filesystem_names.get(rel, rel)).is_file()
    }
    # Missing files are reported above; hash only those present, so each reason shows once.
    entries = bag.entries
    bag.entries = {rel: hashes for rel, hashes in entries.items() if rel in present}
    try:
        bag._validate_entries(processes=1)
    except bagit.BagValidationError as error:
        report.reasons.extend(_details(error))
    finally:
        bag.entries = entries
    for rel in bag.payload_files():
        report.files += 1
        report.bytes += (folder / rel).stat().st_size
    progress(1.0, "Checked")
    return report


def _reason(error: BaseException) -> str:
    return str(error).strip()


def _details(error: bagit.BagValidationError) -> list[str]:
    details = getattr(error, "details", None) or []
    if not details:
        return [_reason(error)]
    reasons = []
    for detail in sorted(details, key=lambda d: (str(d.path), str(getattr(d, "algorithm", "")))):
        if isinstance(detail, bagit.ChecksumMismatch):
            reasons.append(
                f"{detail.path}: its {detail.algorithm} checksum does not match the manifest "
                "(the file was changed or damaged)."
            )
        elif isinstance(detail, bagit.FileMissing):
            reasons.append(f"{detail.path}: listed in the manifest but missing from the bag.")
        elif isinstance(detail, bagit.UnexpectedFile):
            reasons.append(f"{detail.path}: in the bag but not listed in any manifest.")
        else:
            reasons.append(_reason(detail))
    return reasons


@contextmanager
def _unzipped(zip_path: Path) -> Iterator[Path]:
    """Extract safely: no paths outside the folder, no links, no decompression bombs."""
    try:
        archive = zipfile.ZipFile(zip_path)
    except (zipfile.BadZipFile, OSError) as error:
        raise BadInput(f"{zip_path.name} is not a readable .zip file ({error}).") from error
    with archive, tempfile.TemporaryDirectory(prefix="quire-validate-") as temp:
        members = archive.infolist()
        if len(members) > MAX_ZIP_MEMBERS:
            raise BadInput(f"{zip_path.name} holds too many files ({len(members)}).")
        expanded = sum(member.file_size for member in members)
        if expanded > max(zip_path.stat().st_size, 1 << 20) * MAX_ZIP_RATIO:
            raise BadInput(
                f"{zip_path.name} would expand to {expanded / 1e9:.1f} GB, far more than its "
                "size: Quire does not open it (it may be a decompression bomb)."
            )
        free = shutil.disk_usage(temp).free
        if expanded > free:
            raise BadInput(
                f"{zip_path.name} needs {expanded / 1e9:.1f} GB to check, but only "
                f"{free / 1e9:.1f} GB is free in {temp}."
            )
        root = Path(temp)
        for member in members:
            name = PurePosixPath(member.filename)
            if name.is_absolute() or ".." in name.parts:
                raise BadInput(f"{zip_path.name} holds an unsafe path: {member.filename}")
            if stat.S_ISLNK(member.external_attr >> 16):
                raise BadInput(f"{zip_path.name} holds a link: {member.filename}")
            try:
                archive.extract(member, root)
            except (zipfile.BadZipFile, OSError, EOFError) as error:
                raise BadInput(
                    f"{zip_path.name} is damaged: {member.filename} cannot be read ({error})."
                ) from error
        # A bag zipped with its folder has one top-level folder holding bagit.txt.
        if not (root / "bagit.txt").exists():
            tops = [p for p in root.iterdir() if p.is_dir()]
            if len(tops) == 1 and (tops[0] / "bagit.txt").exists():
                root = tops[0]
        yield root
