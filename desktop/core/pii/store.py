"""Reading and writing the project's personal-data tables (schema v5).

- ``people``: names the project knows, searched for in every text.
- ``findings``: what was found, where, and what staff decided. The value itself is kept
  here so that it can be reviewed in context; it never leaves the project.
- ``redaction_ledger``: what was removed, by whom, when and how, with only a salted hash
  of the value. The salt is random per project, kept in ``meta``, and never exported, so
  the hash cannot be reversed by trying likely names.

Writes go through ``Project.transaction()`` like every other write.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable, Sequence
from typing import Any

from ..errors import ProjectError
from ..store.project import Project, now
from .people import fold
from .recognizers import PERSON

STATUSES = ("proposed", "confirmed", "rejected")
_METADATA_ROLES = ("creator", "narrator", "interviewer")


def salt(project: Project) -> str:
    row = project.db.execute("select value from meta where key = 'pii_salt'").fetchone()
    if row:
        return str(row[0])
    value = secrets.token_hex(16)
    with project.transaction():
        project.db.table("meta").insert({"key": "pii_salt", "value": value}, replace=True)
    return value


def folded_value(value: str) -> str:
    """The form a value is compared and hashed in: folded, spaces collapsed."""
    return " ".join(fold(value)[0].split())


def value_hash(project_salt: str, value: str) -> str:
    return hashlib.sha256(f"{project_salt}\n{folded_value(value)}".encode()).hexdigest()


# ----- people --------------------------------------------------------------------------


def add_people(
    project: Project, names: Iterable[str], role: str = "staff", item_id: int | None = None
) -> int:
    """Add names not yet known (compared folded); returns how many were new."""
    known = {folded_value(name) for name in people_names(project)}
    rows = []
    for name in names:
        name = " ".join(name.split())
        key = folded_value(name)
        if not key or key in known:
            continue
        known.add(key)
        rows.append({"name": name, "role": role, "item_id": item_id, "added_at": now()})
    if rows:
        with project.transaction():
            project.db.table("people").insert_all(rows)
    return len(rows)


def people(project: Project) -> list[dict[str, Any]]:
    return list(project.db["people"].rows_where(order_by="name"))


def people_names(project: Project) -> list[str]:
    return [row[0] for row in project.db.execute("select name from people order by name")]


def people_from_metadata(project: Project) -> int:
    """Add the creators, narrators and interviewers named in item metadata ("A; B")."""
    added = 0
    for item in project.items():
        for role in _METADATA_ROLES:
            value = item.get(role) or ""
            names = [name.strip() for name in value.split(";") if name.strip()]
            added += add_people(project, names, role=role, item_id=item["id"])
    return added


# ----- findings ------------------------------------------------------------------------


def findings(
    project: Project, item_id: int | None = None, status: str | None = None
) -> list[dict[str, Any]]:
    where: list[str] = []
    params: list[Any] = []
    if item_id is not None:
        where.append("item_id = ?")
        params.append(item_id)
    if status is not None:
        where.append("status = ?")
        params.append(status)
    return list(
        project.db["findings"].rows_where(
            " and ".join(where) or None, params, order_by="item_id, page_id, recording_id, start"
        )
    )


def set_status(
    project: Project, finding_ids: Sequence[int], status: str, who: str = ""
) -> list[str]:
    """Confirm or reject findings. A confirmed name joins the people the project knows,
    so that it is proposed wherever else it occurs. Returns the names that joined."""
    if status not in STATUSES:
        raise ProjectError(f"'{status}' is not a finding status.", f"Use one of {STATUSES}.")
    names: list[str] = []
    with project.transaction():
        for finding_id in finding_ids:
            project.db.table("findings").update(
                finding_id, {"status": status, "decided_by": who, "decided_at": now()}
            )
    if status == "confirmed":
        rows = project.db.execute(
            f"select value, item_id from findings where kind = ? and id in "
            f"({', '.join('?' * len(finding_ids))})",
            [PERSON, *finding_ids],
        ).fetchall()
        for value, item_id in rows:
            if add_people(project, [value], role="confirmed", item_id=item_id):
                names.append(value)
    return names


# ----- the ledger ----------------------------------------------------------------------


def record_redaction(
    project: Project,
    *,
    kind: str,
    item_id: int,
    location: str,
    method: str,
    value: str,
    who: str = "",
) -> None:
    """Note one removal in the ledger; the value is kept only as a salted hash."""
    hashed = value_hash(salt(project), value)
    with project.transaction():
        project.db.table("redaction_ledger").insert(
            {
                "kind": kind,
                "item_id": item_id,
                "location": location,
                "method": method,
                "who": who,
                "at": now(),
                "value_hash": hashed,
            }
        )


def ledger(project: Project) -> list[dict[str, Any]]:
    return list(project.db["redaction_ledger"].rows_where(order_by="id"))
