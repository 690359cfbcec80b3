"""``copy-to``: a single-user database file moves to the team server, all or nothing."""

from __future__ import annotations

import argparse
from typing import Any

from casetracker.commands import CommandContext, UsageError
from casetracker.commands._passphrase import open_server
from casetracker.commands.archive import count_summary, report_problems
from casetracker.domain.errors import CasetrackerError
from casetracker.store.server_url import FORM, ServerDatabaseError, is_server_url, redact


def register(subparsers: Any) -> None:
    copy = subparsers.add_parser(
        "copy-to",
        help="copy this database file, history included, into an empty database on a "
        "PostgreSQL server (all or nothing)",
    )
    copy.add_argument("url", metavar="URL", help=f"the server database, as {FORM}")
    copy.set_defaults(handler=run_copy_to)


def run_copy_to(args: argparse.Namespace, context: CommandContext) -> int:
    # Imported here: the archive reader would slow the start of every other command.
    from casetracker.services import archive, server_copy
    from casetracker.store.database import db_target

    if is_server_url(db_target(context.db_option)):
        raise UsageError(
            "copy-to copies a database file to a server, and --db names a server; give "
            "the file: casetracker --db FILE.sqlite3 copy-to URL (between servers, use "
            "pg_dump and pg_restore)"
        )
    if not is_server_url(args.url):
        raise UsageError(
            f"copy-to needs a server address written as {FORM}; to copy a database "
            "file, use: casetracker backup"
        )
    source = context.database(create=False)
    target = open_server(args.url)
    try:
        counts = server_copy.copy_to_server(source, target)
    except archive.ArchiveError as error:
        return report_problems(
            f"{redact(args.url)}: the server refused the copy; nothing was written:", error
        )
    except ServerDatabaseError as error:  # the transaction was rolled back
        raise CasetrackerError(f"{error}; nothing was written") from error
    finally:
        target.close()
    print(f"Copied {count_summary(counts)} from {source.location} to {redact(args.url)}")
    return 0
