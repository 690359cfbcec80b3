"""Asking for the password of a server login, as the passphrase of a protected file is.

libpq's own ways come first (a password in PGPASSWORD or ~/.pgpass, a client
certificate); only when the server still asks is the user asked, up to three times.
The typed password goes to the server and nowhere else: not to the settings, the log
or a message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from casetracker.services.database_file import (
    ServerDatabaseError,
    ServerPasswordRequiredError,
    connect_server,
    redact,
)
from casetracker.store import Database

ATTEMPTS = 3
_REFUSED = "refused the password"


def ask_server_password_if_needed(
    url: str, *, interactive: bool = True, parent: QWidget | None = None
) -> Database:
    """The server database at ``url``, connected with a typed password if it needs one.

    Raises:
        ServerPasswordRequiredError: no password could be asked (no screen) or none
            was typed.
        ServerDatabaseError: the server cannot be used (including three wrong passwords).
    """
    try:
        return connect_server(url)
    except ServerPasswordRequiredError:
        if not interactive:
            raise
    problem = ""
    for attempt in range(ATTEMPTS):
        typed = _ask(url, problem, parent)
        if not typed:
            raise ServerPasswordRequiredError(
                redact(url), "no password was entered; nothing was opened"
            )
        try:
            return connect_server(url, typed)
        except ServerDatabaseError as error:
            if _REFUSED not in str(error) or attempt == ATTEMPTS - 1:
                raise
            problem = QCoreApplication.translate(
                "ServerPassword", "The server refused this password. Try again."
            )
    raise AssertionError("unreachable")  # the loop returns or raises


def _ask(url: str, problem: str, parent: QWidget | None) -> str:
    label = QCoreApplication.translate("ServerPassword", "Password for %1:").replace(
        "%1", redact(url)
    )
    typed, accepted = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ServerPassword", "Connect to the server"),
        f"{problem}\n{label}" if problem else label,
        QLineEdit.EchoMode.Password,
    )
    return typed if accepted else ""
