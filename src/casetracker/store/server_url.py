"""PostgreSQL server addresses as typed for ``--db``: recognised, checked, redacted.

``--db`` (and ``CASETRACKER_DB``) takes a file path or a server URL,
``postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=...]``. A password may be written in
the URL, but it is never shown: every message, log line and window title uses
:func:`redact`. libpq's own ways (PGPASSWORD, ~/.pgpass, client certificates, and any
``?param=`` it knows, such as ``sslmode`` or ``host=/run/postgresql``) work as in psql.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from casetracker.domain.errors import CasetrackerError

if TYPE_CHECKING:
    from sqlalchemy import URL

FORM = "postgresql://USER@HOST[:PORT]/DBNAME"
# Query parameters that may carry a secret (libpq accepts password= there too).
_SECRET_PARAMETERS = {"password", "sslpassword"}
# In a query value, what would read back as something else (+ reads as a space).
_QUOTED = str.maketrans({c: f"%{ord(c):02X}" for c in "%&=#?+"})


class ServerDatabaseError(CasetrackerError):
    """A PostgreSQL server could not be used; the message says why and what to do."""

    def __init__(self, label: str, message: str) -> None:
        super().__init__(f"{label}: {message}")
        self.label = label


class ServerPasswordRequiredError(ServerDatabaseError):
    """The server wants a password and none was given (PGPASSWORD, ~/.pgpass, typed)."""


class SqliteOnlyError(ServerDatabaseError):
    """A command that works on database files was given a server."""

    def __init__(self, label: str, reason: str | None = None) -> None:
        super().__init__(
            label,
            reason
            or "this command works on casetracker database files, not on a PostgreSQL "
            "server; on a server, backups are the server's job (pg_dump), and so are "
            "its checks and encryption (connect with sslmode=verify-full)",
        )


def is_server_url(target: str | os.PathLike[str] | None) -> bool:
    """Whether ``--db`` names a PostgreSQL server rather than a file."""
    if target is None:
        return False
    scheme, separator, _rest = os.fspath(target).partition("://")
    # Any postgres… scheme: a wrong driver name gets a clear refusal from engine_url
    # rather than being taken for a file name.
    return bool(separator) and scheme.lower().startswith("postgres")


def redact(url: str) -> str:
    """``url`` without its password (in the user part or the query): for messages,
    and the address a field copy keeps to connect again."""
    try:
        parts = urlsplit(url)
        netloc = parts.netloc
        if "@" in netloc:
            user, _at, host = netloc.rpartition("@")
            netloc = f"{user.partition(':')[0]}@{host}"
        # Shown as typed (a socket folder stays /run/postgresql, not %2Frun%2F…), but
        # what would change its meaning read back stays quoted: a field copy keeps this
        # address and connects to it again (C:\José & María\ca.crt).
        query = "&".join(
            f"{k}={v.translate(_QUOTED)}"
            for k, v in parse_qsl(parts.query)
            if k.lower() not in _SECRET_PARAMETERS
        )
        return urlunsplit((parts.scheme, netloc, parts.path, query, ""))
    except ValueError:
        return "the server address"  # unparseable: show none of it


def engine_url(url: str, password: str | None = None) -> URL:
    """The SQLAlchemy URL (psycopg 3 driver) for ``url``, with ``password`` if given.

    Raises:
        ServerDatabaseError: not a URL of the form ``FORM``, or no database name.
    """
    # Imported here: telling a path from a URL must not load SQLAlchemy (issue 17).
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    label = redact(url)
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise ServerDatabaseError(label, f"not a server address; write it as {FORM}") from None
    if parsed.drivername not in ("postgresql", "postgres", "postgresql+psycopg"):
        raise ServerDatabaseError(label, f"not a server address; write it as {FORM}")
    if not parsed.database:
        raise ServerDatabaseError(label, f"no database name; write the address as {FORM}")
    parsed = parsed.set(drivername="postgresql+psycopg")
    if password is not None:
        parsed = parsed.set(password=password)
    return parsed
