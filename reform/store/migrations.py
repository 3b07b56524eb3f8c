"""The state store's schema, as numbered migrations; both backends apply the same list.

Append a migration for every change (never edit one that has shipped): issue 9's data revisions are
version 2, the sign-in log 3, the scenarios' owner 4, a revision's kind (figures or a plan) 5. A store may have applied 3 and 4 before 2 exists
in the code (branches merged at different times): the runner applies every version not yet recorded,
in the order of this list, so a store that has {1, 3, 4} gets 2 when it arrives; a migration must
therefore not depend on a later one. Versions are unique and listed in ascending order (tested). A migration's SQL is portable where it can be (VARCHAR,
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
    Migration(3, "sign_in_log", ("""
        CREATE TABLE sign_in_log (
            id VARCHAR PRIMARY KEY,
            happened_at TIMESTAMPTZ NOT NULL,
            user_name VARCHAR NOT NULL,
            client VARCHAR NOT NULL,
            outcome VARCHAR NOT NULL,
            method VARCHAR NOT NULL
        )
    """, "CREATE INDEX sign_in_log_user ON sign_in_log (user_name, happened_at)",
        "CREATE INDEX sign_in_log_client ON sign_in_log (client, happened_at)")),
    # Who saved a scenario: "editor:<name>" or "session:<token>"; rows saved before it have none
    # (NULL), and only an editor may change those.
    Migration(4, "scenario_owner", ("ALTER TABLE scenarios ADD COLUMN owner VARCHAR",)),
    # Issue 9 item 6: a revision is either figures (``figures``, the rows of version 2) or a plan with its
    # targets (``plan``: rows of plan_id, …, target_id, …, horizon); revisions recorded before it are figures.
    Migration(5, "revision_kind", ("ALTER TABLE revisions ADD COLUMN kind VARCHAR DEFAULT 'figures'",)),
)
