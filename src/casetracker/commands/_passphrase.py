"""Reading passphrases on the command line: an environment variable, else a prompt.

The prompt (``getpass``: nothing echoed) is used only in a terminal; a script without
the variable gets one clear line instead of a hang. Passphrases are returned to the
caller and kept nowhere else.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from casetracker.domain.errors import CasetrackerError
from casetracker.store.encryption import PASSPHRASE_ENV, PassphraseRequiredError
from casetracker.store.server_url import ServerPasswordRequiredError, redact

if TYPE_CHECKING:
    from casetracker.store.server import ServerDatabase

ADVICE = f"set {PASSPHRASE_ENV} or run the command in a terminal to be asked for it"


class PassphraseInputError(CasetrackerError):
    """No usable new passphrase was given; nothing was changed."""


def current_passphrase(path: Path) -> str:
    """The passphrase of the protected database (or backup) at ``path``.

    Raises:
        PassphraseRequiredError: no variable, no terminal, or nothing typed.
    """
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if not interactive():
        raise PassphraseRequiredError(path, ADVICE)
    typed = getpass.getpass(f"Passphrase for {path.name}: ")
    if not typed:
        raise PassphraseRequiredError(path, "no passphrase was entered; nothing was opened")
    return typed


def new_passphrase(path: Path, variable: str) -> str:
    """A new passphrase for ``path``: from ``variable``, else typed twice.

    Raises:
        PassphraseInputError: no variable and no terminal, or the two entries differ.
    """
    value = os.environ.get(variable)
    if value:
        return value
    if not interactive():
        raise PassphraseInputError(
            f"{path}: a new passphrase is needed; set {variable} or run the command in a "
            "terminal to be asked for it"
        )
    first = getpass.getpass(f"New passphrase for {path.name}: ")
    second = getpass.getpass("Type it again: ")
    if first != second:
        raise PassphraseInputError(f"{path}: the two passphrases differ; nothing was changed")
    return first


def interactive() -> bool:
    """Whether a person can answer a prompt here."""
    return sys.stdin is not None and sys.stdin.isatty()


def open_server(url: str, *, create: bool = True) -> ServerDatabase:
    """Connect to a server database, asking for the password in a terminal if needed.

    libpq's PGPASSWORD and ~/.pgpass are tried first (as psql does); the typed
    password goes to the server only, never to a log or a message.
    """
    from casetracker.store.server import open_server_database

    try:
        return open_server_database(url, create=create)
    except ServerPasswordRequiredError:
        if not interactive():
            raise
    typed = getpass.getpass(f"Password for {redact(url)}: ")
    if not typed:
        raise ServerPasswordRequiredError(
            redact(url), "no password was entered; nothing was opened"
        )
    return open_server_database(url, password=typed, create=create)
