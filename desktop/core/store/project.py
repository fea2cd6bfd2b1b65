"""A Quire project: a folder with ``project.sqlite`` and the imported originals.

One ``Project`` object is the only writer to the database (SQLite in WAL mode). A lock
file keeps a second process from writing to the same project at the same time.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, cast

from sqlite_utils import Database

from ..errors import ProjectError, ProjectLocked, SchemaTooNew
from ..fileio import explain_os_error
from ..model import OcrWord, Segment, TimedWord
from ..transcript import segments_from_json, segments_to_json
from .schema import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)

DB_NAME = "project.sqlite"
LOCK_NAME = ".quire.lock"
# Set by the desktop app for the job processes it starts: the app holds the project's lock
# and lends it to its own children, which run OCR and transcription beside it.
LOCK_LENT_BY = "QUIRE_LOCK_LENT_BY"
ORIGINALS = "originals"
DERIVED = "derived"

ITEM_METADATA_FIELDS = (
    "title",
    "date",
    "creator",
    "place",
    "languages",
    "rights",
    "notes",
    "narrator",
    "interviewer",
    "consent_status",
    "consent_ref",
    "consent_terms",
    "license",
    "embargo",
)
CONSENT_STATUSES = ("none", "pending", "signed", "refused")


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class _FolderLock:
    """An exclusive advisory lock on the project folder, released when the process ends."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self.handle: Any = None
        self.borrowed = False

    def acquire(self) -> None:
        try:
            handle = self.path.open("a+")
        except OSError as error:
            raise explain_os_error(error, self.path) from error
        try:
            _lock_file(handle)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            handle.close()
            if holder == os.environ.get(LOCK_LENT_BY) == str(os.getppid()):
                self.borrowed = True  # our parent holds the lock and lent it to us
                return
            raise ProjectLocked(
                f"This project is already open in another Quire window or command "
                f"(process {holder}).",
                "Close it there, or wait for its job to finish, then try again.",
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self.handle = handle

    def release(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None


def _lock_file(handle: Any) -> None:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        return
    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


class Project:
    """Open with ``Project.create(folder)`` or ``Project.open(folder)``; use as a context
    manager."""

    def __init__(self, folder: Path, db: Database, lock: _FolderLock | None) -> None:
        self.folder = folder
        self.db = db
        self._lock = lock
        self.read_only = lock is None

    # ----- opening and closing -------------------------------------------------------

    @classmethod
    def create(cls, folder: Path) -> Project:
        folder = Path(folder)
        if (folder / DB_NAME).exists():
            raise ProjectError(
                f"{folder} is already a Quire project.", "Open it instead of creating it."
            )
        if folder.exists() and any(p.name != LOCK_NAME for p in folder.iterdir()):
            raise ProjectError(
                f"{folder} is not empty.", "Choose a new or empty folder for the project."
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise explain_os_error(error, folder / DB_NAME) from error
        return cls._open(folder, create=True, read_only=False)

    @classmethod
    def open(cls, folder: Path, *, read_only: bool = False) -> Project:
        folder = Path(folder)
        if not (folder / DB_NAME).is_file():
            raise ProjectError(
                f"{folder} is not a Quire project (it has no {DB_NAME}).",
                "Create one with 'quire init FOLDER', or choose the project's folder.",
                window_hint="Choose the project's folder, or make a new project with "
                "File → New project.",
            )
        return cls._open(folder, create=False, read_only=read_only)

    @classmethod
    def _open(cls, folder: Path, *, create: bool, read_only: bool) -> Project:
        if not read_only and not os.access(folder, os.W_OK):
            raise ProjectError(
                f"The project folder {folder} is read-only.",
                "Quire needs to write there. Copy the project to a folder you can write to, "
                "or change the folder's permissions.",
            )
        lock = None
        if not read_only:
            lock = _FolderLock(folder)
            lock.acquire()
        try:
            db = _connect(folder / DB_NAME, read_only=read_only)
            project = cls(folder, db, lock)
            if create:
                project._migrate(0)
                project._set_meta("created_at", now())
            else:
                project._check_schema()
            if not read_only:
                (folder / ORIGINALS).mkdir(exist_ok=True)
                (folder / DERIVED).mkdir(exist_ok=True)
                if not (lock and lock.borrowed):
                    # A borrower runs beside its lender's other jobs: they are not cut off.
                    project._mark_interrupted_jobs()
        except BaseException:
            if lock:
                lock.release()
            raise
        return project

    def close(self) -> None:
        self.db.close()
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Project:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # ----- schema --------------------------------------------------------------------

    def schema_version(self) -> int:
        if not self.db["meta"].exists():
            return 0
        row = self.db.execute("select value from meta where key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def _set_meta(self, key: str, value: str) -> None:
        self.db.table("meta").upsert({"key": key, "value": value}, pk="key")

    def _check_schema(self) -> None:
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise SchemaTooNew(
                f"This project was saved by a newer version of Quire (project format "
                f"{version}; this Quire reads up to {SCHEMA_VERSION}).",
                "Open it with the newer Quire, or update Quire on this computer.",
            )
        if version < SCHEMA_VERSION:
            if self.read_only:
                raise ProjectError(
                    "This project was saved by an older version of Quire and must be "
                    "updated before it can be read.",
                    "Open it once without --read-only (a backup copy is kept).",
                    window_hint="Copy it to a folder you can write to and open it there once "
                    "(a backup copy is kept).",
                )
            backup = self.backup(f"before-upgrade-v{version}")
            log.info("Upgrading project from format %s; backup at %s", version, backup)
            self._migrate(version)

    def _migrate(self, from_version: int) -> None:
        for version in range(from_version, SCHEMA_VERSION):
            with self.db.conn:
                MIGRATIONS[version](self.db)
                self._set_meta("schema_version", str(version + 1))

    def backup(self, label: str) -> Path:
        """A consistent copy of the database (SQLite's backup API), kept in backups/."""
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.folder / "backups" / f"project-{label}-{stamp}.sqlite"
        try:
            target.parent.mkdir(exist_ok=True)
            destination = sqlite3.connect(target)
            with destination:
                self.db.conn.backup(destination)
            destination.close()
        except (OSError, sqlite3.OperationalError) as error:
            raise ProjectError(
                f"Could not make a backup copy of the project before upgrading it: {error}.",
                "Make sure the disk has space and the folder is writable.",
            ) from error
        return target

    # ----- writes, all in one place ---------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes so that a crash leaves all of them or none."""
        try:
            with self.db.conn:
                yield
        except sqlite3.OperationalError as error:
            raise _explain_sqlite_error(error, self.folder) from error

    # ----- items ----------------------------------------------------------------------

    def add_item(self, kind: str, title: str, languages: str, source_name: str) -> int:
        table = self.db.table("items")
        table.insert(
            {
                "kind": kind,
                "title": title,
                "languages": languages,
                "source_name": source_name,
                "created_at": now(),
            }
        )
        return int(cast(int, table.last_pk))

    def item(self, item_id: int) -> dict[str, Any]:
        rows = list(self.db["items"].rows_where("id = ?", [item_id]))
        if not rows:
            raise ProjectError(
                f"There is no item {item_id} in this project.",
                "'quire status PROJECT' lists the items and their numbers.",
                window_hint="The item may have been removed; choose another one in the list.",
                retry_helps=False,
            )
        return rows[0]

    def items(self, kind: str | None = None) -> list[dict[str, Any]]:
        if kind:
            return list(self.db["items"].rows_where("kind = ?", [kind], order_by="id"))
        return list(self.db["items"].rows_where(order_by="id"))

    def select_items(self, kind: str, item_ids: list[int] | None) -> list[dict[str, Any]]:
        """Every item of ``kind``, or the ones asked for, refusing any of another kind."""
        if not item_ids:
            return self.items(kind)
        chosen = [self.item(item_id) for item_id in dict.fromkeys(item_ids)]
        for item in chosen:
            if item["kind"] != kind:
                command = "quire ocr" if item["kind"] == "document" else "quire transcribe"
                action = "Recognise text" if item["kind"] == "document" else "Transcribe"
                raise ProjectError(
                    f"Item {item['id']} ({item['title']}) is a {item['kind']}, not a {kind}.",
                    f"Use {command} for it.",
                    window_hint=f"Use Run → {action} for it.",
                    retry_helps=False,
                )
        return chosen

    def set_item_metadata(self, item_id: int, **fields: str) -> None:
        unknown = set(fields) - set(ITEM_METADATA_FIELDS)
        if unknown:
            raise ProjectError(
                f"Unknown item field: {', '.join(sorted(unknown))}.",
                f"Known fields: {', '.join(ITEM_METADATA_FIELDS)}.",
            )
        status = fields.get("consent_status")
        if status and status not in CONSENT_STATUSES:
            raise ProjectError(
                f"'{status}' is not a consent status.",
                f"Use one of: {', '.join(CONSENT_STATUSES)}.",
            )
        embargo = fields.get("embargo")
        if embargo:
            try:
                dt.date.fromisoformat(embargo)
            except ValueError:
                raise ProjectError(
                    f"'{embargo}' is not a date.", "Write the embargo date as YYYY-MM-DD."
                ) from None
        self.item(item_id)
        with self.transaction():
            self.db.table("items").update(item_id, fields)

    def item_status(self, item: dict[str, Any]) -> str:
        """imported / recognised / corrected / failed, as shown in lists."""
        if item["kind"] == "document":
            states = [p["ocr_status"] for p in self.pages(item["id"])]
            corrected = self.db.execute(
                "select count(*) from page_corrections join pages on pages.id = page_id "
                "where pages.item_id = ?",
                [item["id"]],
            ).fetchone()[0]
        else:
            recording = self.recording_for_item(item["id"])
            states = [recording["asr_status"]] if recording else []
            corrected = (
                self.db.execute(
                    "select count(*) from transcript_corrections where recording_id = ?",
                    [recording["id"]],
                ).fetchone()[0]
                if recording
                else 0
            )
        if states and all(state == "done" for state in states):
            return "corrected" if corrected else "recognised"
        if "failed" in states:
            return "failed"
        return "imported"

    # ----- originals ------------------------------------------------------------------

    def add_original(
        self,
        item_id: int,
        relative_path: str,
        original_name: str,
        sha256: str,
        size: int,
        file_format: str,
    ) -> int:
        table = self.db.table("originals")
        table.insert(
            {
                "item_id": item_id,
                "path": relative_path,
                "original_name": original_name,
                "sha256": sha256,
                "size": size,
                "format": file_format,
                "imported_at": now(),
            }
        )
        return int(cast(int, table.last_pk))

    def originals(self, item_id: int) -> list[dict[str, Any]]:
        return list(self.db["originals"].rows_where("item_id = ?", [item_id], order_by="id"))

    def original_with_sha256(self, sha256: str) -> dict[str, Any] | None:
        rows = list(self.db["originals"].rows_where("sha256 = ?", [sha256], limit=1))
        return rows[0] if rows else None

    # ----- pages ----------------------------------------------------------------------

    def add_page(self, **fields: Any) -> int:
        fields.setdefault("ocr_status", "pending")
        table = self.db.table("pages")
        table.insert(fields)
        return int(cast(int, table.last_pk))

    def page(self, page_id: int) -> dict[str, Any]:
        return dict(self.db.table("pages").get(page_id))

    def pages(self, item_id: int) -> list[dict[str, Any]]:
        return list(self.db["pages"].rows_where("item_id = ?", [item_id], order_by="page_index"))

    def save_ocr(
        self,
        page_id: int,
        words: Sequence[OcrWord],
        *,
        cleanup: dict[str, Any],
        languages: str,
        engine: str,
    ) -> None:
        """Replace a page's machine OCR in one transaction and mark it done."""
        confidences = [w.confidence for w in words if w.confidence >= 0]
        mean = sum(confidences) / len(confidences) if confidences else None
        with self.transaction():
            self.db.execute("delete from ocr_words where page_id = ?", [page_id])
            self.db.table("ocr_words").insert_all(
                (
                    {
                        "page_id": page_id,
                        "seq": seq,
                        "block": w.block,
                        "paragraph": w.paragraph,
                        "line": w.line,
                        "word": w.word,
                        "left": w.left,
                        "top": w.top,
                        "width": w.width,
                        "height": w.height,
                        "confidence": w.confidence,
                        "text": w.text,
                    }
                    for seq, w in enumerate(words)
                ),
                batch_size=500,
            )
            self.db.table("pages").update(
                page_id,
                {
                    **cleanup,
                    "ocr_status": "done",
                    "ocr_error": None,
                    "ocr_languages": languages,
                    "ocr_engine": engine,
                    "ocr_mean_confidence": mean,
                    "ocr_at": now(),
                },
            )

    def mark_page_failed(self, page_id: int, error: str) -> None:
        with self.transaction():
            self.db.table("pages").update(page_id, {"ocr_status": "failed", "ocr_error": error})

    def reset_page_ocr(self, page_id: int) -> None:
        with self.transaction():
            self.db.table("pages").update(page_id, {"ocr_status": "pending", "ocr_error": None})

    def page_words(self, page_id: int) -> list[OcrWord]:
        rows = self.db.execute(
            "select text, left, top, width, height, confidence, block, paragraph, line, word "
            "from ocr_words where page_id = ? order by seq",
            [page_id],
        ).fetchall()
        return [OcrWord(*row) for row in rows]

    def set_page_correction(self, page_id: int, text: str, author: str = "") -> None:
        with self.transaction():
            self.db.table("page_corrections").upsert(
                {"page_id": page_id, "text": text, "author": author, "updated_at": now()},
                pk="page_id",
            )

    def page_correction(self, page_id: int) -> str | None:
        row = self.db.execute(
            "select text from page_corrections where page_id = ?", [page_id]
        ).fetchone()
        return None if row is None else str(row[0])

    # ----- recordings -----------------------------------------------------------------

    def add_recording(self, **fields: Any) -> int:
        fields.setdefault("asr_status", "pending")
        table = self.db.table("recordings")
        table.insert(fields)
        return int(cast(int, table.last_pk))

    def recording_for_item(self, item_id: int) -> dict[str, Any] | None:
        rows = list(self.db["recordings"].rows_where("item_id = ?", [item_id], limit=1))
        return rows[0] if rows else None

    def update_recording(self, recording_id: int, **fields: Any) -> None:
        with self.transaction():
            self.db.table("recordings").update(recording_id, fields)

    def clear_segments(self, recording_id: int) -> None:
        with self.transaction():
            self.db.execute("delete from segments where recording_id = ?", [recording_id])

    def append_segments(self, recording_id: int, segments: Iterable[Segment]) -> None:
        """Save segments as they come, so a killed transcription resumes after the last one."""
        with self.transaction():
            row = self.db.execute(
                "select coalesce(max(seq), -1) from segments where recording_id = ?",
                [recording_id],
            ).fetchone()
            next_seq = int(row[0]) + 1
            self.db.table("segments").insert_all(
                {
                    "recording_id": recording_id,
                    "seq": next_seq + offset,
                    "start": s.start,
                    "end": s.end,
                    "text": s.text,
                    "language": s.language,
                    "speaker": s.speaker,
                    "words_json": json.dumps(
                        [[w.text, w.start, w.end, w.probability] for w in s.words],
                        ensure_ascii=False,
                    ),
                }
                for offset, s in enumerate(segments)
            )

    def segments(self, recording_id: int) -> list[Segment]:
        rows = self.db.execute(
            "select start, end, text, language, speaker, words_json from segments "
            "where recording_id = ? order by seq",
            [recording_id],
        ).fetchall()
        return [
            Segment(
                start=start,
                end=end,
                text=text,
                language=language,
                speaker=speaker,
                words=[TimedWord(*word) for word in json.loads(words_json or "[]")],
            )
            for start, end, text, language, speaker, words_json in rows
        ]

    def set_transcript_correction(
        self, recording_id: int, segments: Sequence[Segment] | None, author: str = ""
    ) -> None:
        """Save a person's corrected transcript whole; None goes back to the machine's."""
        with self.transaction():
            if segments is None:
                self.db.execute(
                    "delete from transcript_corrections where recording_id = ?", [recording_id]
                )
                return
            self.db.table("transcript_corrections").upsert(
                {
                    "recording_id": recording_id,
                    "segments_json": segments_to_json(segments),
                    "author": author,
                    "updated_at": now(),
                },
                pk="recording_id",
            )

    def transcript_correction(self, recording_id: int) -> list[Segment] | None:
        """The corrected transcript, or None where nobody has corrected it."""
        row = self.db.execute(
            "select segments_json from transcript_corrections where recording_id = ?",
            [recording_id],
        ).fetchone()
        return None if row is None else segments_from_json(row[0])

    def transcript(self, recording_id: int) -> list[Segment]:
        """What the recording says as well as Quire knows: corrected, else the machine's,
        in the order it was said (a recording transcribed one channel at a time is stored
        channel after channel)."""
        corrected = self.transcript_correction(recording_id)
        if corrected is not None:
            return corrected
        return sorted(self.segments(recording_id), key=lambda segment: segment.start)

    # ----- vocabulary -----------------------------------------------------------------

    def add_vocabulary(self, words: Iterable[str]) -> int:
        rows = [{"word": w.strip(), "added_at": now()} for w in words if w.strip()]
        with self.transaction():
            self.db.table("vocabulary").insert_all(rows, pk="word", ignore=True)
        return len(rows)

    def vocabulary(self) -> list[str]:
        return [row[0] for row in self.db.execute("select word from vocabulary order by word")]

    # ----- jobs -----------------------------------------------------------------------

    def start_job(self, kind: str, item_id: int | None) -> int:
        table = self.db.table("jobs")
        with self.transaction():
            table.insert(
                {
                    "kind": kind,
                    "item_id": item_id,
                    "state": "running",
                    "progress": 0.0,
                    "pid": os.getpid(),
                    "started_at": now(),
                }
            )
        return int(cast(int, table.last_pk))

    def update_job(self, job_id: int, progress: float, message: str) -> None:
        with self.transaction():
            self.db.table("jobs").update(job_id, {"progress": progress, "message": message})

    def finish_job(self, job_id: int, state: str, error: str | None = None) -> None:
        with self.transaction():
            self.db.table("jobs").update(
                job_id, {"state": state, "error": error, "finished_at": now()}
            )

    def jobs(self, state: str | None = None) -> list[dict[str, Any]]:
        if state:
            return list(self.db["jobs"].rows_where("state = ?", [state], order_by="id"))
        return list(self.db["jobs"].rows_where(order_by="id"))

    def mark_job_resumed(self, job_id: int) -> None:
        """An interrupted job that has been started again, so it is not resumed twice."""
        with self.transaction():
            self.db.table("jobs").update(job_id, {"state": "resumed"})

    def thumbnail(self, item_id: int) -> Path | None:
        path = self.derived_dir(f"item-{item_id}", "thumbnail.png")
        return path if path.is_file() else None

    def _mark_interrupted_jobs(self) -> None:
        # We hold the folder lock, so no other process can be running these jobs:
        # they were cut off (a crash, a power cut, kill -9). Their finished work is kept
        # and the next run carries on from there.
        with self.transaction():
            self.db.execute(
                "update jobs set state = 'interrupted', finished_at = ? where state = 'running'",
                [now()],
            )
            self.db.execute(
                "update recordings set asr_status = 'pending' where asr_status = 'running'"
            )

    # ----- paths ----------------------------------------------------------------------

    def path(self, relative: str) -> Path:
        return self.folder / relative

    def relative(self, path: Path) -> str:
        return path.relative_to(self.folder).as_posix()

    def derived_dir(self, *parts: str) -> Path:
        return self.folder.joinpath(DERIVED, *parts)

    def remove_item(self, item_id: int) -> None:
        """Undo an import that failed half-way: rows and the files it wrote."""
        with self.transaction():
            page_ids = [p["id"] for p in self.pages(item_id)]
            for page_id in page_ids:
                self.db.execute("delete from ocr_words where page_id = ?", [page_id])
                self.db.execute("delete from page_corrections where page_id = ?", [page_id])
            self.db.execute("delete from pages where item_id = ?", [item_id])
            for recording in self.db["recordings"].rows_where("item_id = ?", [item_id]):
                self.db.execute("delete from segments where recording_id = ?", [recording["id"]])
                self.db.execute(
                    "delete from transcript_corrections where recording_id = ?", [recording["id"]]
                )
            self.db.execute("delete from recordings where item_id = ?", [item_id])
            originals = self.originals(item_id)
            self.db.execute("delete from originals where item_id = ?", [item_id])
            self.db.execute("delete from items where id = ?", [item_id])
        for original in originals:
            self.path(original["path"]).unlink(missing_ok=True)
        shutil.rmtree(self.derived_dir(f"item-{item_id}"), ignore_errors=True)


def _connect(path: Path, *, read_only: bool) -> Database:
    try:
        if read_only and os.access(path.parent, os.W_OK):
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        elif read_only:
            # On read-only media SQLite cannot create the WAL's shared-memory file; nobody
            # can be writing there either, so the file can be read as immutable.
            conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True, timeout=10)
        else:
            conn = sqlite3.connect(path, timeout=10)
        db = Database(conn)
        if not read_only:
            db.enable_wal()
            db.execute("pragma synchronous = normal")
        db.execute("pragma foreign_keys = on")
        db.execute("select count(*) from sqlite_master").fetchone()
    except sqlite3.DatabaseError as error:
        raise ProjectError(
            f"The project database {path.name} cannot be read: {error}.",
            "It may be damaged or not a Quire project. Restore it from a backup copy "
            "(the backups/ folder in the project, if there is one).",
        ) from error
    return db


def _explain_sqlite_error(error: sqlite3.OperationalError, folder: Path) -> ProjectError:
    text = str(error).lower()
    if "readonly" in text or "read-only" in text:
        return ProjectError(
            f"The project in {folder} is read-only.",
            "Check the folder's permissions, or copy the project somewhere you can write.",
        )
    if "full" in text:
        from ..errors import DiskFull

        return DiskFull(
            "The disk is full: Quire could not save to the project.",
            "Free some space, then run the job again. Nothing already saved was lost.",
        )
    if "locked" in text or "busy" in text:
        return ProjectLocked(
            "The project database is busy in another program.",
            "Close other Quire windows or commands using this project, then try again.",
        )
    return ProjectError(f"Could not save to the project: {error}.")
