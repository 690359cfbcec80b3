"""``server …``: setting up a team server, its accounts and who sees which case.

Only for ``--db postgresql://…``: a database file has one user, no accounts and no
case teams, and each subcommand says so in one line. See
casetracker.store.server_access for the roles and policies.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING, Any

from casetracker.commands import CommandContext
from casetracker.commands._output import print_json, table
from casetracker.commands._passphrase import interactive
from casetracker.store.server_access import ROLES
from casetracker.store.server_url import is_server_url

if TYPE_CHECKING:
    from casetracker.store.server import ServerDatabase


def register(subparsers: Any) -> None:
    server = subparsers.add_parser(
        "server", help="set up a team server: accounts, roles and who sees which case"
    )
    commands = server.add_subparsers(dest="server_command", metavar="COMMAND", required=True)

    init = commands.add_parser(
        "init", help="create the schema, roles and access rules (safe to run again)"
    )
    init.set_defaults(handler=run_init)

    add = commands.add_parser("add-user", help="add a person's login with a role")
    add.add_argument("name", metavar="NAME", help="the login name (lowercase)")
    add.add_argument("--role", required=True, choices=list(ROLES), help="what the person may do")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input instead of asking",
    )
    add.set_defaults(handler=run_add_user)

    remove = commands.add_parser("remove-user", help="remove a login and its case teams")
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(handler=run_remove_user)

    for name, verb, handler in (
        ("grant", "let a user or group see a case", run_grant),
        ("revoke", "take a user or group off a case's team", run_revoke),
    ):
        command = commands.add_parser(name, help=verb)
        command.add_argument("case", metavar="CASE", help="case id or expediente number")
        command.add_argument("member", metavar="USER_OR_GROUP")
        command.set_defaults(handler=handler)

    users = commands.add_parser("users", help="list the logins, their roles and cases")
    users.add_argument("--json", action="store_true", help="print JSON")
    users.set_defaults(handler=run_users)


def _server(args: argparse.Namespace, context: CommandContext) -> ServerDatabase:
    """The open server database, or one line saying this needs a server."""
    from casetracker.store.database import db_target
    from casetracker.store.server import ServerDatabase
    from casetracker.store.server_accounts import ServerAccessError

    if not is_server_url(db_target(context.db_option)):
        raise ServerAccessError(
            f"server {args.server_command} needs a PostgreSQL server, not a database file "
            "(a file has one user and no accounts); give --db postgresql://USER@HOST/DBNAME"
        )
    database = context.database(create=args.server_command == "init")
    assert isinstance(database, ServerDatabase)
    return database


def run_init(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.store import server_accounts

    print(server_accounts.initialise(_server(args, context)))
    return 0


def run_add_user(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.store import server_accounts

    database = _server(args, context)
    password = _password(args.name, from_stdin=args.password_stdin)
    server_accounts.add_user(database, args.name, args.role, password)
    print(
        f"Added {args.name} as {args.role}. They see only the cases they are given "
        f"(casetracker server grant CASE {args.name}) and those they create"
        + (", admins see every case." if args.role == "admin" else ".")
    )
    return 0


def _password(name: str, *, from_stdin: bool) -> str:
    """The new login's password: stdin's first line, or typed twice in a terminal."""
    from casetracker.store.server_accounts import ServerAccessError

    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not interactive():
        raise ServerAccessError(
            "a password is needed for the new user; run the command in a terminal to be "
            "asked for it, or pipe it in with --password-stdin"
        )
    first = getpass.getpass(f"Password for {name}: ")
    if first != getpass.getpass("Type it again: "):
        raise ServerAccessError("the two passwords differ; nothing was changed")
    return first


def run_remove_user(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.store import server_accounts

    places = server_accounts.remove_user(_server(args, context), args.name)
    teams = f"; taken off {places} case team{'s' if places != 1 else ''}" if places else ""
    print(f"Removed {args.name}{teams}.")
    return 0


def _case(database: ServerDatabase, key: str) -> tuple[int, str]:
    from casetracker.services.cases import get_case, resolve_case_id

    case_id = resolve_case_id(database, key)
    return case_id, f"case {case_id} “{get_case(database, case_id).title}”"


def run_grant(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.store import server_accounts

    database = _server(args, context)
    case_id, case = _case(database, args.case)
    if server_accounts.add_member(database, case_id, args.member):
        print(f"{args.member} may now see {case}.")
    else:
        print(f"{args.member} could already see {case}; nothing changed.")
    return 0


def run_revoke(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.store import server_accounts
    from casetracker.store.server_accounts import ServerAccessError

    database = _server(args, context)
    case_id, case = _case(database, args.case)
    if not server_accounts.remove_member(database, case_id, args.member):
        raise ServerAccessError(
            f"{args.member} is not on the team of {case}; see: casetracker server users"
        )
    print(f"{args.member} no longer sees {case} (unless through a group or as an admin).")
    return 0


def run_users(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.store import server_accounts

    found = server_accounts.users(_server(args, context))
    if args.json:
        print_json(found)
        return 0
    rows = [[user.name, user.role, ", ".join(map(str, user.cases)) or "-"] for user in found]
    print(table(rows, ["user", "role", "cases"]))
    return 0
