"""The subcommands of ``casetracker``, one module each.

A module exposes ``register(subparsers)``, which adds its parser and sets
``handler(args, context) -> int`` as a default.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import ModuleType

from casetracker.store.database import Database, open_database, resolve_db_path


@dataclass
class CommandContext:
    """What every command shares: the ``--db`` option and the database, opened lazily."""

    db_option: str | None
    _db: Database | None = field(default=None, repr=False)

    def database(self, *, create: bool = True) -> Database:
        if self._db is None:
            self._db = open_database(resolve_db_path(self.db_option), create=create)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def _modules() -> tuple[ModuleType, ...]:
    from casetracker.commands import (
        agenda,
        archive,
        brief,
        deadline,
        demo,
        gui,
        records,
        safety,
        screenshots,
        synth,
    )

    return (gui, demo, records, brief, deadline, agenda, safety, synth, archive, screenshots)


COMMANDS = _modules()
