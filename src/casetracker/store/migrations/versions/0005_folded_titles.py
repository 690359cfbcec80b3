"""Cases keep their title folded (lower case, no accents) for the case list's filter.

The filter compared ``fold(title)`` on every row, folding each title in Python
through an SQL function, and the app warmed that up at start with a query that
matched nothing. The folded title is now stored beside the title and kept in step
on every write (see ``store.models.Case``), so the filter is a plain ``LIKE`` on a
column, also on engines that cannot call Python. Existing rows are folded here.

``op.add_column`` (not batch mode): SQLite adds a column in place, so the table is
not recreated and the search index's triggers on it stay.

Revision ID: 0005_folded_titles
Revises: 0004_law_versions
Create Date: 2026-12-05
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0005_folded_titles"
down_revision = "0004_law_versions"
branch_labels = None
depends_on = None

_BATCH = 5_000


def fold(text: str) -> str:
    """``store.text_fold.fold`` as it was when this revision was written."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def upgrade() -> None:
    op.add_column(
        "cases",
        sa.Column("title_folded", sa.String(length=300), nullable=False, server_default=""),
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
    for start in range(0, len(rows), _BATCH):
        batch = rows[start : start + _BATCH]
        connection.execute(
            update, [{"case_id": case_id, "folded": fold(title)} for case_id, title in batch]
        )


def downgrade() -> None:
    op.drop_column("cases", "title_folded")
