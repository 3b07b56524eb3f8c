"""The state store's schema, as numbered migrations; both backends apply the same list.

Append a migration for every change (never edit one that has shipped): issue 9's data revisions and
sign-in log come as versions 2 and 3. A migration's SQL is portable where it can be (VARCHAR,
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
)
