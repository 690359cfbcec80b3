"""The subcommands of ``casetracker``, one module each.

A module exposes ``register(subparsers)``, which adds its parser and sets
``handler(args, context) -> int`` as a default. Registering loads no SQLAlchemy, no
store and no service (issue 17): ``--help`` and a mistyped option answer at once, and a
handler imports what it uses, so only a command that opens a database pays for that.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from casetracker.domain.errors import CasetrackerError
from casetracker.store.encryption import is_protected, passphrase_for_new_file
from casetracker.store.server_url import SqliteOnlyError, is_server_url, redact

if TYPE_CHECKING:
    from casetracker.store.database import Database
    from casetracker.store.server import ServerDatabase


class UsageError(CasetrackerError):
    """Options that contradict each other or would be ignored: exit status 2, as argparse."""


@dataclass
class CommandContext:
    """What every command shares: the ``--db`` option and the database, opened lazily."""

    db_option: str | None
    _db: Database | None = field(default=None, repr=False)
    _passphrase: str | None = field(default=None, repr=False)

    def database(self, *, create: bool = True) -> Database:
        from casetracker.commands._passphrase import open_server
        from casetracker.services.backups import start_in_background
        from casetracker.store.database import db_target, open_database, resolve_db_path

        if self._db is None and is_server_url(target := db_target(self.db_option)):
            assert target is not None
            self._db = open_server(target, create=create)
        if self._db is None:
            path = resolve_db_path(self.db_option)
            passphrase = self.passphrase(path)
            if passphrase is None and create:
                passphrase = passphrase_for_new_file(path)
            # The day's backup runs in a process of its own: no command waits for it.
            self._db = open_database(path, create=create, passphrase=passphrase, auto_backup=False)
            _tell_leftovers(len(self._db.report.leftovers))
            if not self._db.read_only:
                start_in_background(path, self._db.passphrase)
        return self._db

    @property
    def on_server(self) -> bool:
        """Whether ``--db`` (or CASETRACKER_DB) names a PostgreSQL server."""
        from casetracker.store.database import db_target

        return is_server_url(db_target(self.db_option))

    def server(self) -> ServerDatabase:
        """The server database (the caller checked :attr:`on_server`)."""
        from casetracker.store.server import ServerDatabase

        database = self.database(create=False)
        assert isinstance(database, ServerDatabase)
        return database

    def refuse_server(self, reason: str) -> None:
        """One line saying why this command is the file kind's, and what to do instead."""
        from casetracker.store.database import db_target

        if self.on_server:
            raise SqliteOnlyError(redact(db_target(self.db_option) or ""), reason)

    def passphrase(self, path: Path | None = None) -> str | None:
        """The passphrase of a protected file (the database by default); None if plain.

        Read from CASETRACKER_PASSPHRASE, else asked in a terminal, once per command.
        """
        from casetracker.commands._passphrase import current_passphrase
        from casetracker.store.database import resolve_db_path

        path = path or resolve_db_path(self.db_option)
        if not is_protected(path):
            return None
        if self._passphrase is None:
            self._passphrase = current_passphrase(path)
        return self._passphrase

    def close(self) -> None:
        self._passphrase = None
        if self._db is not None:
            self._db.close()
            self._db = None


def _tell_leftovers(count: int) -> None:
    """Say once (on stderr, so that --json output stays clean) what opening removed."""
    if count:
        copies = "copy" if count == 1 else "copies"
        print(
            f"casetracker: removed {count} leftover temporary {copies} from an interrupted "
            "operation",
            file=sys.stderr,
        )


def _modules() -> tuple[ModuleType, ...]:
    from casetracker.commands import (
        agenda,
        archive,
        brief,
        deadline,
        demo,
        field_mode,
        gui,
        inbox,
        protect,
        records,
        safety,
        screenshots,
        server,
        server_copy,
        synth,
    )

    return (
        gui,
        demo,
        records,
        brief,
        deadline,
        agenda,
        safety,
        protect,
        synth,
        archive,
        server_copy,
        screenshots,
        inbox,
        server,
        field_mode,
    )


COMMANDS = _modules()
