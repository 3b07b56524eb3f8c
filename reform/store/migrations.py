"""The state store's schema, as numbered migrations; both backends apply the same list.

Append a migration for every change (never edit one that has shipped): issue 9's data revisions are
version 2 (``revisions.py``) and the sign-in log version 3. A migration's SQL is portable where it can be (VARCHAR,
TIMESTAMPTZ, INTEGER mean the same in DuckDB and PostgreSQL); where it cannot, give a dict per dialect.
``schema_version`` records each version applied, when, under the migration's name.
"""
from __future__ import annotations

from dataclasses import dataclass

VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    name VARCHAR NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL
)
"""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: tuple[str, ...] | dict[str, tuple[str, ...]]

    def statements(self, dialect: str) -> tuple[str, ...]:
        return self.sql[dialect] if isinstance(self.sql, dict) else self.sql


MIGRATIONS: tuple[Migration, ...] = (
    # IF NOT EXISTS: a scenarios.duckdb written before there were migrations is adopted as version 1.
    Migration(1, "scenarios", ("""
        CREATE TABLE IF NOT EXISTS scenarios (
            id VARCHAR PRIMARY KEY,
            name VARCHAR NOT NULL UNIQUE,
            note VARCHAR NOT NULL,
            "values" VARCHAR NOT NULL,
            data_version VARCHAR NOT NULL,
            link_version VARCHAR NOT NULL,
            created_at TIMESTAMPTZ NOT NULL,
            updated_at TIMESTAMPTZ NOT NULL
        )
    """,)),
    # Issue 9: each confirmed data import is a revision; its rows are kept as JSON (one array of objects:
    # indicator_id, year, value, value_text, out_of, source). A rollback marks the revision rolled_back and
    # records who and when; nothing is ever deleted. ``revision_events`` counts every change (an import or a
    # rollback), so the data version is one cheap read: its largest id.
    Migration(2, "revisions", ("""
        CREATE TABLE revisions (
            id INTEGER PRIMARY KEY,
            entered_by VARCHAR NOT NULL,
            entered_at TIMESTAMPTZ NOT NULL,
            file_name VARCHAR NOT NULL,
            sha256 VARCHAR NOT NULL,
            note VARCHAR NOT NULL,
            row_count INTEGER NOT NULL,
            "rows" VARCHAR NOT NULL,
            status VARCHAR NOT NULL CHECK (status IN ('applied', 'rolled_back')),
            rolled_back_by VARCHAR,
            rolled_back_at TIMESTAMPTZ
        )
    """, """
        CREATE TABLE revision_events (
            id INTEGER PRIMARY KEY,
            revision_id INTEGER NOT NULL,
            action VARCHAR NOT NULL CHECK (action IN ('apply', 'rollback')),
            actor VARCHAR NOT NULL,
            acted_at TIMESTAMPTZ NOT NULL
        )
    """)),
)
