"""What differs between SQLite and PostgreSQL inside a migration, in one place.

One linear chain of revisions serves both engines: a revision is the same logical
schema on either, so a file and a server at the same revision hold the same tables.
Most of a migration is portable as it is: ``op.create_table``, ``op.add_column``,
``op.batch_alter_table`` (on PostgreSQL it just emits ALTER TABLE), ``op.create_index``,
CHECKs such as ``length(trim(x)) > 0``, ``x IN ('a', 'b')``, ``BETWEEN`` and
``(a IS NULL) = (b IS NULL)``. What is not:

- **Boolean CHECKs.** SQLite stores booleans as integers and needs ``x IN (0, 1)``;
  on PostgreSQL that is an error ("operator does not exist: boolean = integer"), as
  the column is a real boolean. Write ``*dialect.bool_check("x", "ck_table_x_bool")``
  in ``create_table`` and ``dialect.add_bool_check(batch_op, ...)`` in a batch.
- **Raw SQL** (``op.execute``, ``sa.text``): ``PRAGMA``, ``sqlite_master``, FTS5,
  ``INSERT OR IGNORE``, ``json_each``, ``strftime`` are SQLite's. Put such SQL under
  ``if dialect.on_sqlite():`` and give PostgreSQL its own branch (or nothing, if the
  step has no meaning there), keeping each engine's SQL in one small function.
- **Search.** The full-text index is ``fts_v1`` (FTS5 and triggers) on SQLite and
  ``search_pg_v1`` (tsvector columns, triggers, GIN) on PostgreSQL. SQLite's batch mode
  recreates a table and drops its triggers, so a revision that batch-alters a
  searchable table drops and rebuilds the FTS5 index on SQLite only
  (``if dialect.on_sqlite():``); on PostgreSQL an ALTER keeps triggers and columns.
- **Rows inserted with explicit ids** (``op.bulk_insert`` with ``id=…``): PostgreSQL's
  sequence does not see them, and the next ordinary insert would reuse id 1. Call
  ``dialect.sync_sequence("table")`` after such an insert.
- **Booleans in data SQL**: write ``sa.true()``/``sa.false()`` or bound parameters,
  never ``= 1``/``= 0``.

``tests/store/test_pg_migrations.py`` runs every revision on PostgreSQL and compares
the result with the models, so a revision that is not portable fails loudly there.
Frozen like the revisions that use it: a later need gets a new helper, these keep
meaning what they meant.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op


def name() -> str:
    """``sqlite`` or ``postgresql``: the engine this migration runs on."""
    return str(op.get_bind().dialect.name)


def on_sqlite() -> bool:
    return name() == "sqlite"


def bool_check(column: str, constraint: str) -> list[sa.CheckConstraint]:
    """The ``column IN (0, 1)`` CHECK SQLite needs for a boolean; none on PostgreSQL."""
    if on_sqlite():
        return [sa.CheckConstraint(f"{column} IN (0, 1)", name=op.f(constraint))]
    return []


def add_bool_check(batch_op: Any, column: str, constraint: str) -> None:
    """:func:`bool_check` for a column added in ``op.batch_alter_table``."""
    if on_sqlite():
        batch_op.create_check_constraint(op.f(constraint), f"{column} IN (0, 1)")


def drop_bool_check(batch_op: Any, constraint: str) -> None:
    """Undo :func:`add_bool_check` (in a downgrade)."""
    if on_sqlite():
        batch_op.drop_constraint(op.f(constraint), type_="check")


def sync_sequence(table: str, column: str = "id") -> None:
    """After rows were inserted with explicit ids, let PostgreSQL's sequence follow."""
    if on_sqlite():
        return  # SQLite takes max(rowid) + 1 by itself
    op.execute(
        f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
        f"coalesce(max({column}), 0) + 1, false) FROM {table}"
    )
