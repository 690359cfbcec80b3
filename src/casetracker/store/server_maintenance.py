"""Backups and checks of a database on a PostgreSQL server, with the server's own tools.

A server is backed up with ``pg_dump --format=custom`` (restored with ``pg_restore``),
run as a subprocess when PostgreSQL's client tools are installed; the password goes
to it in its environment, never on its command line (other users see that). A check
asks the server what it can answer: that it is reachable, which schema revision it
holds, and, when the ``amcheck`` extension is installed in the database, that every
B-tree index is consistent with its table.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from casetracker.domain.errors import CasetrackerError
from casetracker.store import migrate
from casetracker.store.server import ServerDatabase, describe_server_error

CLIENT_TOOLS_ADVICE = (
    "install PostgreSQL's client tools (Debian/Ubuntu: sudo apt install postgresql-client; "
    "Windows: the PostgreSQL installer from postgresql.org, then add its bin folder to PATH)"
)
DUMP_TIMEOUT_S = 6 * 3600
SUFFIX = ".dump"


class ServerToolError(CasetrackerError):
    """A server tool (pg_dump, pg_restore) is missing or failed; nothing was left half-made."""


@dataclass(frozen=True, slots=True)
class ServerBackup:
    path: Path
    size: int
    entries: int | None
    """Objects pg_restore lists in the file (None when pg_restore is not installed)."""


@dataclass(frozen=True, slots=True)
class ServerCheckReport:
    checks: tuple[str, ...]
    problems: tuple[str, ...]
    skipped: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def dump(db: ServerDatabase, destination: Path | None, *, now: datetime) -> ServerBackup:
    """Write a ``pg_dump --format=custom`` file of the database; return where.

    ``destination`` is a folder (a dated file is made in it), a file name, or None
    (a dated file in the current folder). The file appears whole or not at all.

    Raises:
        ServerToolError: pg_dump missing, failing, or the target not writable.
    """
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise ServerToolError(
            f"{db.location}: backing up a server needs pg_dump; {CLIENT_TOOLS_ADVICE}"
        )
    target = _target(db, destination, now)
    partial = target.with_name(f".{target.name}.partial")
    address, environment = _tool_address(db)
    try:
        finished = subprocess.run(
            [pg_dump, "--format=custom", "--no-password", f"--file={partial}", address],
            capture_output=True,
            text=True,
            env=environment,
            stdin=subprocess.DEVNULL,
            timeout=DUMP_TIMEOUT_S,
            check=False,
        )
        if finished.returncode != 0:
            raise ServerToolError(
                f"{db.location}: pg_dump failed: {_first_line(finished.stderr)}; no backup "
                "was written"
            )
        entries = _entries(partial)
        os.replace(partial, target)
    except OSError as exc:
        raise ServerToolError(
            f"{target}: cannot write the backup ({exc.strerror}); choose another folder"
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    return ServerBackup(target, target.stat().st_size, entries)


def check(db: ServerDatabase) -> ServerCheckReport:
    """What the server can say about the database: reachable, its schema, its indexes."""
    checks: list[str] = []
    problems: list[str] = []
    skipped: list[str] = []
    try:
        with db.read() as session:
            version = session.scalar(text("SHOW server_version"))
            checks.append(f"connection (PostgreSQL {version}, signed in as {db.actor})")
            revision = migrate.current_revision(session.connection())
            checks.append("schema revision")
            if revision != migrate.head_revision():
                problems.append(
                    f"schema revision {revision}, expected {migrate.head_revision()}; open it "
                    "once with this casetracker to upgrade it"
                )
            amcheck = session.scalar(
                text("SELECT extnamespace::regnamespace::text FROM pg_extension "
                     "WHERE extname = 'amcheck'")
            )  # fmt: skip
            if amcheck is None:
                skipped.append(
                    "index consistency: the amcheck extension is not installed in this "
                    "database (a superuser can add it: CREATE EXTENSION amcheck)"
                )
            elif not session.scalar(
                text("SELECT has_function_privilege(:f, 'EXECUTE')"),
                {"f": f'"{amcheck}".bt_index_check(regclass)'},
            ):
                skipped.append(
                    f"index consistency: {db.actor} may not run amcheck (an admin can allow "
                    f"it: GRANT EXECUTE ON FUNCTION bt_index_check(regclass) TO {db.actor})"
                )
            else:
                problems += _index_problems(session, amcheck)
                checks.append("index consistency (amcheck)")
    except CasetrackerError as exc:  # the connection failed half-way: said, not raised
        problems.append(str(exc))
    return ServerCheckReport(tuple(checks), tuple(problems), tuple(skipped))


def _index_problems(session: Session, schema: str) -> list[str]:
    """``bt_index_check`` on every B-tree index of casetracker's tables."""
    indexes = session.execute(
        text(
            "SELECT c.oid, c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE a.amname = 'btree' AND n.nspname = current_schema() ORDER BY c.relname"
        )
    ).all()
    problems = []
    for oid, name in indexes:
        try:
            with session.begin_nested():
                session.execute(
                    text(f'SELECT "{schema}".bt_index_check(CAST(:oid AS regclass))'),
                    {"oid": oid},
                )
        except DBAPIError as exc:
            problems.append(f"index {name}: {describe_server_error(exc)}")
    return problems


def _target(db: ServerDatabase, destination: Path | None, now: datetime) -> Path:
    database = db.engine_url().database or "casetracker"
    dated = f"{database}-{now:%Y-%m-%d-%H%M%S}{SUFFIX}"
    if destination is None:
        return Path.cwd() / dated
    if destination.is_dir():
        return destination / dated
    if destination.exists():
        raise ServerToolError(f"{destination}: a file of that name exists; choose a new name")
    return destination


def _tool_address(db: ServerDatabase) -> tuple[str, dict[str, str]]:
    """The libpq address without its password, and an environment that carries it."""
    url = db.engine_url()
    environment = dict(os.environ)
    password = url.password if url.password is not None else url.query.get("password")
    if password is not None:
        environment["PGPASSWORD"] = str(password)
    # Encoded as given (an option "-c%20x" must reach libpq encoded), no password in it.
    plain = url.set(drivername="postgresql", password=None).difference_update_query(["password"])
    return plain.render_as_string(hide_password=False), environment


def _entries(path: Path) -> int | None:
    """How many objects pg_restore can list in the dump: proof that it reads back."""
    pg_restore = shutil.which("pg_restore")
    if pg_restore is None:
        return None
    listed = subprocess.run(
        [pg_restore, "--list", str(path)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=600,
        check=False,
    )
    if listed.returncode != 0:
        raise ServerToolError(
            f"{path}: pg_restore cannot read the backup pg_dump wrote "
            f"({_first_line(listed.stderr)}); no backup was kept"
        )
    return sum(1 for line in listed.stdout.splitlines() if line and not line.startswith(";"))


def _first_line(message: str) -> str:
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    return lines[0] if lines else "no reason given"
