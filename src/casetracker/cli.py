"""Command-line entry point: parse, call a service, print. Nothing else lives here.

Each command is a module in :mod:`casetracker.commands` exposing ``register``.
Errors meant for the user become one line on stderr and a non-zero exit code;
unexpected failures are logged with their traceback to a file, never printed.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from casetracker import __version__
from casetracker.commands import COMMANDS, CommandContext, UsageError
from casetracker.commands._output import one_line
from casetracker.domain.errors import (
    ECHO_LIMIT,
    CasetrackerError,
    NotFoundError,
    ValidationError,
)
from casetracker.logs import exception_line, log_file, setup_logging

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70

log = logging.getLogger(__name__)
_LONG_WORD = re.compile(rf"[^\s']{{{ECHO_LIMIT + 1},}}")


class _Parser(argparse.ArgumentParser):
    """argparse, with its usage errors on one line like every other error."""

    USAGE_LIMIT = 300
    """argparse's own words are short; the rest is what was typed, echoed whole."""

    def error(self, message: str) -> NoReturn:
        typed = _LONG_WORD.sub(lambda word: word.group()[: ECHO_LIMIT - 1] + "…", message)
        self.exit(
            EXIT_USAGE,
            f"{self.prog}: error: {one_line(typed, self.USAGE_LIMIT)} (see: {self.prog} --help)\n",
        )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="casetracker",
        description="Offline case tracker for Peruvian public-interest litigation.",
    )
    parser.add_argument("--version", action="version", version=f"casetracker {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation end to end (temporary database, documents, window)",
    )
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="database file, or a PostgreSQL server as postgresql://USER@HOST[:PORT]/DBNAME "
        "(default: $CASETRACKER_DB, else a file in the per-user data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit status."""
    setup_logging()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from casetracker.selftest import run_self_test

        return run_self_test()
    if args.command is None:
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "gui"])
    context = CommandContext(db_option=args.db)
    try:
        return int(args.handler(args, context) or 0)
    except UsageError as error:
        print(f"casetracker: error: {one_line(str(error))}", file=sys.stderr)
        return EXIT_USAGE
    except (ValidationError, NotFoundError, CasetrackerError) as error:
        print(f"casetracker: error: {one_line(str(error))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("casetracker: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_ERROR
    except Exception as error:  # the last line of defence: logged, one line shown
        log.exception("unexpected failure in %s", args.command)
        print(
            f"casetracker: internal error: {_summary(error)} (details in {log_file()})",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    finally:
        context.close()


def _summary(error: BaseException) -> str:
    """The kind of failure, without the SQL statement and parameters (case data)."""
    cause = getattr(error, "orig", None)  # SQLAlchemy wraps the driver's error
    shown = cause if isinstance(cause, BaseException) else error
    return one_line(exception_line(shown), limit=160)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
