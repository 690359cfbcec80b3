"""Cases keep their title folded (lower case, no accents) for the case list's filter.

The filter compared ``fold(title)`` on every row, folding each title in Python
through an SQL function, and the app warmed that up at start with a query that
matched nothing. The folded title is now stored beside the title and kept in step
on every write (see ``store.models.Case``), so the filter is a plain ``LIKE`` on a
column, also on engines that cannot call Python. Existing rows are folded here.

The index on ``updated_at`` becomes one on ``updated_at, title_folded, expediente``:
the filter in the list's default order (last activity) then reads the index alone,
not every row in index order (13 ms instead of 49 on 10,000 cases, loaded machine).

``op.add_column`` (not batch mode): SQLite adds a column in place, so the table is
not recreated and the search index's triggers on it stay.

Revision ID: 0005_folded_titles
Revises: 0004_law_versions
Create Date: 2026-12-05
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op

revision = "0005_folded_titles"
down_revision = "0004_law_versions"
branch_labels = None
depends_on = None

_BATCH = 5_000
_CASE_INDEX_TRIGGER = "search_cases_au"


def fold(text: str) -> str:
    """``store.text_fold.fold`` as it was when this revision was written."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@contextmanager
def _index_trigger_suspended(connection: sa.Connection) -> Iterator[None]:
    """SQLite: without the search index's update trigger on cases while the new column
    is filled. The trigger re-indexes the whole row on any update, and the folded
    title is not indexed: on 10,000 cases the fill took 10 s with it. Its definition
    is read back and restored as found, in the same transaction."""
    found = None
    if connection.dialect.name == "sqlite":
        found = connection.scalar(
            sa.text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
            {"name": _CASE_INDEX_TRIGGER},
        )
    if found is not None:
        connection.execute(sa.text(f"DROP TRIGGER {_CASE_INDEX_TRIGGER}"))
    yield
    if found is not None:
        connection.execute(sa.text(found))


def upgrade() -> None:
    op.add_column(
        "cases",
        sa.Column("title_folded", sa.Text(), nullable=False, server_default=""),
    )
    cases = sa.table(
        "cases",
        sa.column("id", sa.Integer),
        sa.column("title", sa.String),
        sa.column("title_folded", sa.String),
    )
    connection = op.get_bind()
    rows = connection.execute(sa.select(cases.c.id, cases.c.title)).all()
    update = (
        sa.update(cases)
        .where(cases.c.id == sa.bindparam("case_id"))
        .values(title_folded=sa.bindparam("folded"))
    )
    with _index_trigger_suspended(connection):
        for start in range(0, len(rows), _BATCH):
            batch = rows[start : start + _BATCH]
            connection.execute(
                update, [{"case_id": case_id, "folded": fold(title)} for case_id, title in batch]
            )

    op.drop_index("ix_cases_updated_at", table_name="cases")
    op.create_index(
        "ix_cases_updated_at_title_folded_expediente",
        "cases",
        ["updated_at", "title_folded", "expediente"],
    )


def downgrade() -> None:
    op.drop_index("ix_cases_updated_at_title_folded_expediente", table_name="cases")
    op.create_index("ix_cases_updated_at", "cases", ["updated_at"])
    op.drop_column("cases", "title_folded")
