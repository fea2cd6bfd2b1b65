"""The personal-data tables (schema v5): migration, people, decisions, the salted ledger."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.errors import ProjectError
from desktop.core.pii import store
from desktop.core.store import schema
from desktop.core.store.project import Project


def test_a_v4_project_is_upgraded_with_the_personal_data_tables(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    old = Database(sqlite3.connect(folder / "project.sqlite"))
    for migration in schema.MIGRATIONS[:4]:
        migration(old)
    old["meta"].insert({"key": "schema_version", "value": "4"}, pk="key", replace=True)
    old.conn.commit()
    old.close()
    with Project.open(folder) as project:
        assert project.schema_version() == schema.SCHEMA_VERSION
        assert {"people", "findings", "redaction_ledger"} <= set(project.db.table_names())
        salt = store.salt(project)
        assert len(salt) == 32
    with Project.open(folder) as project:
        assert store.salt(project) == salt  # made once, kept


def test_people_are_kept_once_whatever_their_case_or_accents(project: Project) -> None:
    assert store.add_people(project, ["Guðrún Sigurðardóttir", "  Robert   Haines "]) == 2
    assert store.add_people(project, ["GUDRUN SIGURDARDOTTIR", "robert haines", ""]) == 0
    assert store.people_names(project) == ["Guðrún Sigurðardóttir", "Robert Haines"]


def test_value_hashes_are_salted_per_project(project: Project, tmp_path: Path) -> None:
    with Project.create(tmp_path / "other") as other:
        mine = store.value_hash(store.salt(project), "Margaret Ellison")
        theirs = store.value_hash(store.salt(other), "Margaret Ellison")
    assert mine != theirs
    assert mine == store.value_hash(store.salt(project), "MARGARET  ellison")


def test_a_status_must_be_known(project: Project) -> None:
    with pytest.raises(ProjectError):
        store.set_status(project, [1], "maybe")
