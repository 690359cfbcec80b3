"""Schema upgrades through Alembic, guarded so that nothing is lost.

Batch-mode migrations recreate SQLite tables, so they run with foreign keys off;
before the transaction commits, ``foreign_key_check`` must come back empty, or
the whole upgrade is rolled back.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


@cache
def alembic_config() -> Config:
    """Alembic configuration pointing at the shipped migration scripts."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest schema revision this version of casetracker knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships revisions
        raise RuntimeError("no migrations are shipped")
    return head


def known_revisions() -> set[str]:
    """Every revision id this version of casetracker ships."""
    script = ScriptDirectory.from_config(alembic_config())
    return {revision.revision for revision in script.walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database, or None for a database without one."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Apply pending migrations in one transaction with foreign keys checked at the end.

    Raises:
        RuntimeError: the upgrade would leave rows pointing at missing rows.
    """
    with engine.connect() as connection:
        # PRAGMA foreign_keys is ignored inside a transaction, so it goes straight to
        # the driver connection, before SQLAlchemy begins one.
        raw = connection.connection.driver_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config = alembic_config()
                config.attributes["connection"] = connection
                try:
                    command.upgrade(config, target)
                finally:
                    config.attributes.pop("connection", None)
                problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
                if problems:
                    raise RuntimeError(
                        f"the upgrade would break {len(problems)} references "
                        f"(first in table {problems[0][0]}); nothing was changed"
                    )
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
