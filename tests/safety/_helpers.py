"""Small helpers shared by the data-safety tests."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path


def count_rows(path: Path, table: str) -> int:
    """Rows of ``table`` as SQLite sees them (including what is still in the -wal)."""
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def table_contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every ordinary table, sorted, for before/after comparisons."""
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%'"
            )
        ]
        return {
            name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
            for name in names
        }
