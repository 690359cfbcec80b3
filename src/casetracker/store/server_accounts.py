"""Setting up a team server: ``server init``, the accounts and the case teams.

Each function takes an open :class:`~casetracker.store.server.ServerDatabase` and does
its work in one transaction, as the login that opened it; PostgreSQL itself refuses
what that login may not do, and the checks here only turn that into one clear line
beforehand. The SQL of the roles and policies is casetracker.store.server_access.

Passwords are turned into a SCRAM-SHA-256 verifier on this computer (libpq's
``PQencryptPasswordConn``), so the password itself is never sent in SQL, never
reaches the server's logs and is never written to ours.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from casetracker.domain.errors import CasetrackerError
from casetracker.store.server import ServerDatabase
from casetracker.store.server_access import ACCESS_VERSION, GROUPS, ROLES, statements

MARK = f"casetracker access {ACCESS_VERSION}"
"""Written as the comment of case_members by ``server init``: which version ran."""
_NAME = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")
_RESERVED = ("pg_", "ct_")
_OWNER = "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'cases'::regclass"


class ServerAccessError(CasetrackerError):
    """A ``server`` command cannot be done; the message says why and how to fix it."""


@dataclass(frozen=True, slots=True)
class ServerUser:
    """A login of the team server and what it may do."""

    name: str
    role: str  # admin, lawyer, paralegal or reader (the highest it holds)
    cases: tuple[int, ...]  # the cases whose team names it directly (that the caller sees)


@contextmanager
def _transaction(db: ServerDatabase) -> Iterator[Any]:
    """psycopg's connection (below SQLAlchemy's pool) inside one transaction."""
    import psycopg

    with db.write_engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        try:
            with raw.transaction():
                yield raw
        except psycopg.Error as error:
            # A refusal the checks above could not foresee (on PostgreSQL 16+, dropping
            # a login another admin created): the server's reason, in one line.
            reason = (error.diag.message_primary or str(error)).strip()
            raise ServerAccessError(
                f"the server refused: {reason}; nothing was changed (a superuser, or the "
                "admin who created that login, can do it)"
            ) from error


def _one(raw: Any, query: str, *params: object) -> Any:
    row = raw.execute(query, params).fetchone()
    return None if row is None else row[0]


def initialise(db: ServerDatabase) -> str:
    """Create the group roles, functions, policies and GRANTs; return what was done.

    Idempotent: run again after an upgrade, it replaces everything with this
    version's. Must run as the owner of the tables (who created the schema).
    """
    with _transaction(db) as raw:
        owner = _one(raw, _OWNER)
        me = _one(raw, "SELECT session_user")
        if owner != me:
            raise ServerAccessError(
                f"server init must run as the owner of the database's tables ({owner}); "
                f"connect as {owner} instead of {me}"
            )
        may_create = _one(
            raw, "SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = session_user"
        )
        if not may_create:
            raise ServerAccessError(
                f"server init needs a login that may create roles; as a superuser run: "
                f"ALTER ROLE {me} CREATEROLE"
            )
        was = _one(raw, "SELECT obj_description('case_members'::regclass, 'pg_class')")
        for statement in statements():
            raw.execute(statement)
        raw.execute(f"COMMENT ON TABLE case_members IS '{MARK}'")
    if was == MARK:
        return (
            f"the server is already set up (access rules version {ACCESS_VERSION}); nothing changed"
        )
    return (
        f"set up: roles {', '.join(GROUPS)}, case teams and row-level security "
        f"(version {ACCESS_VERSION}); add people with: casetracker server add-user NAME --role ROLE"
    )


def _require_set_up(raw: Any) -> None:
    """Refuse a database ``server init`` has not run on (the group roles are the
    cluster's, so their existence says nothing about this database)."""
    if _one(raw, "SELECT obj_description('case_members'::regclass, 'pg_class')") is None:
        raise ServerAccessError(
            "this server is not set up for a team yet; its owner must first run: "
            "casetracker --db URL server init"
        )


def _require_admin(raw: Any) -> str:
    """The caller's login, if it may manage users and teams."""
    _require_set_up(raw)
    me = str(_one(raw, "SELECT session_user"))
    owner = _one(raw, _OWNER)
    if me != owner and not _one(raw, "SELECT pg_has_role(session_user, 'ct_admin', 'MEMBER')"):
        raise ServerAccessError(
            f"{me} is not an admin of this server; ask an admin to do this "
            "(casetracker server users lists them)"
        )
    return me


def _check_name(name: str) -> None:
    if not _NAME.match(name) or name.startswith(_RESERVED):
        raise ServerAccessError(
            f"“{name}” cannot be a user name; use lowercase letters, digits, _ . or - "
            "(at most 63, not starting with pg_ or ct_)"
        )


def _role_exists(raw: Any, name: str) -> bool:
    return bool(_one(raw, "SELECT count(*) FROM pg_roles WHERE rolname = %s", name))


def _is_casetracker_user(raw: Any, name: str) -> bool:
    return bool(
        _one(
            raw,
            "SELECT rolcanlogin AND pg_has_role(oid, 'ct_reader', 'MEMBER') FROM pg_roles"
            " WHERE rolname = %s",
            name,
        )
    )


def add_user(db: ServerDatabase, name: str, role: str, password: str) -> None:
    """Create the login ``name`` in the group of ``role`` (see ROLES)."""
    from psycopg import sql

    _check_name(name)
    if role not in ROLES:
        raise ServerAccessError(f"no role “{role}”; use one of: {', '.join(ROLES)}")
    if not password:
        raise ServerAccessError("an empty password was given; nothing was changed")
    with _transaction(db) as raw:
        _require_admin(raw)
        if _role_exists(raw, name):
            raise ServerAccessError(
                f"the server already has a user or group named {name}; choose another name "
                "(or remove it first with: casetracker server remove-user NAME)"
            )
        verifier = raw.pgconn.encrypt_password(
            password.encode(), name.encode(), b"scram-sha-256"
        ).decode()
        create = sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
            sql.Identifier(name), sql.Literal(verifier), sql.Identifier(ROLES[role])
        )
        raw.execute(create)
        if role == "admin":
            # An admin creates and drops logins and puts them in groups: CREATEROLE,
            # and (PostgreSQL 16 and later) ADMIN OPTION on the groups it hands out.
            raw.execute(sql.SQL("ALTER ROLE {} CREATEROLE").format(sql.Identifier(name)))
            groups = sql.SQL(", ").join(sql.Identifier(group) for group in GROUPS)
            raw.execute(
                sql.SQL("GRANT {} TO {} WITH ADMIN OPTION").format(groups, sql.Identifier(name))
            )


def remove_user(db: ServerDatabase, name: str) -> int:
    """Drop the login ``name`` and its places in case teams; return how many places."""
    from psycopg import sql

    with _transaction(db) as raw:
        me = _require_admin(raw)
        if not _is_casetracker_user(raw, name):
            raise ServerAccessError(
                f"no casetracker user named {name} on this server; see: casetracker server users"
            )
        if name == me:
            raise ServerAccessError("you cannot remove your own login; ask another admin")
        removed = raw.execute("DELETE FROM case_members WHERE role_name = %s", (name,)).rowcount
        raw.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))
    return int(removed)


def add_member(db: ServerDatabase, case_id: int, member: str) -> bool:
    """Let ``member`` (a login or group) see the case; False if it already could."""
    with _transaction(db) as raw:
        _require_admin(raw)
        _check_member(raw, member)
        added = raw.execute(
            "INSERT INTO case_members (case_id, role_name, added_by, added_at, uuid, version)"
            " VALUES (%s, %s, session_user, now() AT TIME ZONE 'utc', gen_random_uuid(), 1)"
            " ON CONFLICT (case_id, role_name) DO NOTHING",
            (case_id, member),
        ).rowcount
    return bool(added)


def remove_member(db: ServerDatabase, case_id: int, member: str) -> bool:
    """Take ``member`` off the case's team; False if it was not on it."""
    with _transaction(db) as raw:
        _require_admin(raw)
        removed = raw.execute(
            "DELETE FROM case_members WHERE case_id = %s AND role_name = %s", (case_id, member)
        ).rowcount
    return bool(removed)


def _check_member(raw: Any, member: str) -> None:
    if member.startswith("pg_") or not _role_exists(raw, member):
        raise ServerAccessError(
            f"no user or group named {member} on this server; add one with: "
            "casetracker server add-user NAME --role ROLE"
        )


def users(db: ServerDatabase) -> list[ServerUser]:
    """The logins that hold a casetracker role, by name, with the cases named for them
    (of the cases the caller may see: all of them for an admin)."""
    found: list[ServerUser] = []
    with _transaction(db) as raw:
        _require_set_up(raw)
        levels = ", ".join(f"pg_has_role(r.oid, '{group}', 'MEMBER')" for group in reversed(GROUPS))
        rows = raw.execute(
            f"SELECT r.rolname, {levels},"
            " ARRAY(SELECT m.case_id FROM case_members m WHERE m.role_name = r.rolname"
            " ORDER BY m.case_id)"
            " FROM pg_roles r WHERE pg_has_role(r.oid, 'ct_reader', 'MEMBER')"
            " AND r.rolname NOT LIKE 'ct\\_%' AND r.rolcanlogin ORDER BY r.rolname"
        ).fetchall()
    names = list(reversed(ROLES))  # admin, lawyer, paralegal, reader: as GROUPS reversed
    for name, *held, cases in rows:
        role = next(names[index] for index, has in enumerate(held) if has)
        found.append(ServerUser(name, role, tuple(cases)))
    return found
