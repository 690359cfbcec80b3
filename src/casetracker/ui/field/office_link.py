"""Reaching a field copy's office: is it there, and opening it to synchronise.

The office is where the copy was checked out from (casetracker.services.field_sync.
source_of): a database file (on this computer, a USB drive, a shared folder) or a
team server's address. Whether it is reachable is asked without opening it, in a
few seconds at most, so the reminder can ask in the background every few minutes.
"""

from __future__ import annotations

import socket
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from PySide6.QtWidgets import QWidget

from casetracker.services.database_file import open_database
from casetracker.store import Database
from casetracker.ui.safety.passphrase_dialog import ask_passphrase_if_needed
from casetracker.ui.safety.server_password import ask_server_password_if_needed

ANSWER_SECONDS = 3.0
_PG_PORT = 5432


def on_server(source: str) -> bool:
    return source.startswith(("postgresql://", "postgres://", "postgresql+"))


def reachable(source: str, timeout: float = ANSWER_SECONDS) -> bool:
    """Whether the office can be reached now: its file exists, or its server answers.

    Never raises: an address that cannot be read is not reachable.
    """
    if not on_server(source):
        return Path(source).is_file()
    try:
        parts = urlsplit(source)
        host, port = parts.hostname, parts.port or _PG_PORT
    except ValueError:
        return False
    if not host:  # a local socket: ?host=/run/postgresql
        folders = parse_qs(parts.query).get("host", [])
        return any(Path(folder).is_dir() for folder in folders)
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def open_office(source: str, actor: str, parent: QWidget | None) -> Database:
    """The office database, asking for its password or passphrase when it needs one.

    Raises:
        CasetrackerError: it cannot be opened (not found, refused, nothing typed).
    """
    if on_server(source):
        return ask_server_password_if_needed(source, parent=parent)
    path = Path(source)
    passphrase = ask_passphrase_if_needed(path, parent)
    return open_database(
        path, actor=actor, create=False, auto_backup=False, check=False, passphrase=passphrase
    )
