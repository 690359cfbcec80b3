"""References that must stay inside one case.

A record of a case that points at another case's record (an attachment at a filing,
a deadline at the filing that triggered it) carries its own ``case_id`` as well, so
the schema lets the two disagree: an attachment listed in case 1 could belong to a
filing of case 2, and would then show, print and export with the wrong case. The
services refuse such a link; archive import refuses it (located by JSON pointer);
``casetracker check`` reports one already in a database.

The links are read from the schema, so a table added later is covered too.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import cache

from casetracker.store.models import Base

CASE_COLUMN = "case_id"


@dataclass(frozen=True, slots=True)
class CaseLink:
    """``table.column`` points at a row of ``target``; both rows must share a case."""

    table: str
    column: str
    target: str
    target_key: str


@cache
def case_links() -> tuple[CaseLink, ...]:
    """Every reference from a case's record to another table whose rows have a case."""
    found = []
    for table in Base.metadata.sorted_tables:
        if CASE_COLUMN not in table.columns:
            continue
        for column in table.columns:
            for foreign in column.foreign_keys:
                key = foreign.column
                if column.name != CASE_COLUMN and CASE_COLUMN in key.table.columns:
                    found.append(CaseLink(table.name, column.name, key.table.name, key.name))
    return tuple(found)


def crossed_links(connection: sqlite3.Connection, limit: int) -> list[str]:
    """Rows whose link leads into another case, one line each (ids only)."""
    lines: list[str] = []
    for link in case_links():
        rows = connection.execute(
            f"SELECT src.rowid, src.{CASE_COLUMN}, dst.{link.target_key}, dst.{CASE_COLUMN} "
            f"FROM {link.table} AS src JOIN {link.target} AS dst "
            f"ON dst.{link.target_key} = src.{link.column} "
            f"WHERE dst.{CASE_COLUMN} IS NOT src.{CASE_COLUMN} LIMIT ?",
            (limit - len(lines),),
        ).fetchall()
        lines += [
            f"{link.table} row {row_id} belongs to case {case_id} but its {link.column} "
            f"points at {link.target} row {target_id} of case {target_case}"
            for row_id, case_id, target_id, target_case in rows
        ]
        if len(lines) >= limit:
            break
    return lines
