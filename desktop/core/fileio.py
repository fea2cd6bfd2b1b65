"""Small file helpers: atomic writes, checksums, safe names, disk-full translation."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .errors import DiskFull, ProjectError

_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)


def safe_name(name: str, max_length: int = 80) -> str:
    """A file name that is valid on Windows, macOS and Linux, keeping letters of any script."""
    name = unicodedata.normalize("NFC", name)
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    stem = _UNSAFE.sub("_", stem).strip("._") or "file"
    suffix = _UNSAFE.sub("", suffix).lower()[:10]
    stem = stem[: max_length - len(suffix) - 1]
    return f"{stem}.{suffix}" if suffix else stem


def sha256_of(path: Path, chunk_size: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(chunk_size):
            digest.update(chunk)
    return digest.hexdigest()


def explain_os_error(error: OSError, path: Path) -> ProjectError:
    """Turn an OSError into a ProjectError with a plain message."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull(
            f"The disk is full: Quire could not write {path.name}.",
            "Free some space on the disk that holds the project, then run the job again. "
            "Nothing already saved was lost.",
        )
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ProjectError(
            f"Quire is not allowed to write in {path.parent}.",
            "Check that the folder is not read-only and that you have permission to write there.",
        )
    return ProjectError(f"Could not write {path}: {error.strerror or error}.")


@contextlib.contextmanager
def atomic_writer(path: Path, mode: str = "wb") -> Iterator[IO[bytes] | IO[str]]:
    """Write to a temporary file beside ``path`` and rename it into place when complete.

    A crash or a full disk leaves the old file (or none), never half a file.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temp = Path(temp_name)
    try:
        encoding = None if "b" in mode else "utf-8"
        with os.fdopen(fd, mode, encoding=encoding) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise explain_os_error(error, path) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def atomic_write_bytes(path: Path, data: bytes) -> None:
    with atomic_writer(path, "wb") as handle:
        handle.write(data)  # type: ignore[arg-type]


def atomic_write_text(path: Path, text: str) -> None:
    with atomic_writer(path, "w") as handle:
        handle.write(text)  # type: ignore[call-overload]
