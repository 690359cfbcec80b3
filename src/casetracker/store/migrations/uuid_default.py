"""The server-side default of every table's ``uuid`` column (revision 0006 and later).

The app always gives a record its own UUIDv7 (casetracker.store.uuid7); this default
gives one to rows that other programs, or a migration's ``INSERT … SELECT``, insert.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# A UUIDv7 in SQLite's SQL, as 32 lowercase hex digits (how sa.Uuid stores one there):
# rows that other programs insert get an identity too. The app always gives its own.
_SQLITE_UUID7 = (
    "(printf('%012x', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)) || '7' || "
    "substr(lower(hex(randomblob(2))), 2, 3) || substr('89ab', 1 + abs(random() % 4), 1) || "
    "substr(lower(hex(randomblob(8))), 2, 15))"
)


def sqlite_uuid7_default() -> sa.TextClause | bool:
    """SQLite only: the uuid column's default (False: no default on other engines)."""
    if op.get_bind().dialect.name != "sqlite":
        return False
    return sa.text(_SQLITE_UUID7)


def uuid_column_default() -> sa.TextClause | None:
    """:func:`sqlite_uuid7_default` for a column in ``create_table`` (None elsewhere)."""
    default = sqlite_uuid7_default()
    return default if isinstance(default, sa.TextClause) else None
