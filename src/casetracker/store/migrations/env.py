"""Alembic environment: migrations always run on a connection handed in by
:mod:`casetracker.store.migrate`, never on a URL of their own."""

from __future__ import annotations

from alembic import context

from casetracker.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through casetracker.store.migrate, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
