"""Schema upgrades through Alembic, guarded so that nothing is lost.

Batch-mode migrations recreate SQLite tables, so they run with foreign keys off;
before the transaction commits, ``foreign_key_check`` must come back empty, or
the whole upgrade is rolled back. On PostgreSQL the same revisions run in one plain
transaction (see casetracker.store.migrations.dialect for what differs).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"^revision\s*=\s*[\"'](?P<id>[^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*(?:[\"'](?P<id>[^\"']+)[\"']|None)", re.MULTILINE)


@cache
def alembic_config() -> Config:
    """Alembic configuration pointing at the shipped migration scripts."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@cache
def _revision_graph() -> dict[str, str | None]:
    """revision -> down_revision, read from the scripts' headers.

    Opening a database only needs to know which revisions exist and which is the
    newest; reading that without importing Alembic saves a seventh of a second at
    every start. Alembic itself runs only when there is something to upgrade.
    """
    graph: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is not None and down is not None:
            graph[revision["id"]] = down["id"]
    return graph


def head_revision() -> str:
    """The newest schema revision this version of casetracker knows."""
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down is not None}
    if len(heads) != 1:  # pragma: no cover - the package always ships one line of revisions
        raise RuntimeError(f"the shipped migrations have {len(heads)} heads")
    return heads.pop()


def known_revisions() -> set[str]:
    """Every revision id this version of casetracker ships."""
    return set(_revision_graph())


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database, or None for a database without one."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Apply pending migrations in one transaction with foreign keys checked at the end.

    Raises:
        RuntimeError: the upgrade would leave rows pointing at missing rows.
    """
    from alembic import command

    if engine.dialect.name != "sqlite":
        # PostgreSQL: DDL is transactional and foreign keys are always checked, so the
        # whole upgrade is one transaction that commits or leaves nothing behind.
        with engine.begin() as connection:
            _run_upgrade(command, connection, target)
        return
    with engine.connect() as connection:
        # PRAGMA foreign_keys is ignored inside a transaction, so it goes straight to
        # the driver connection, before SQLAlchemy begins one.
        raw = connection.connection.driver_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                _run_upgrade(command, connection, target)
                problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
                if problems:
                    raise RuntimeError(
                        f"the upgrade would break {len(problems)} references "
                        f"(first in table {problems[0][0]}); nothing was changed"
                    )
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _run_upgrade(command: ModuleType, connection: Connection, target: str) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    try:
        command.upgrade(config, target)
    finally:
        config.attributes.pop("connection", None)
